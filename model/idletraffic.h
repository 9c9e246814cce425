#pragma once
// Why a drawn connection or a component carries no requests. The editor
// warns with these words when a connection the model ignores is drawn, and
// the inspector shows them; the answer comes from the compiled network's
// flows, so it says what the figures do.

#include "document.h"
#include "network.h"

#include <optional>

namespace scalescope {

// Why the connection from -> to (component ids) carries no requests in
// `network` (compiled from `architecture`), naming components by label;
// nullopt when it carries some, or when it is not a connection of both.
std::optional<QString> idleConnectionReason(const Architecture &architecture, const Network &network,
                                            const QString &from, const QString &to);
// The same for a connection known to be drawn, by the ends' places in
// `network` (-1 for an end it does not have): no look-up by id, so a pass
// over every connection of a big diagram stays linear in its size.
std::optional<QString> idleConnectionReason(const Network &network, int from, int to);

// Why a component receives nothing, by cause: the inspector words it.
enum class IdleCause {
    Busy,            // it takes (or, for Users, sends) requests
    Client,          // Users connected to nothing yet
    Monitoring,      // watches the others, carries no requests
    NotConnected,    // nothing sends to it
    NothingBehind,   // a DNS, load balancer or pass-through that is sent to, with nothing that serves behind it
    NotRouted,       // its senders send their requests elsewhere, or nothing it takes
};
IdleCause idleCause(const Architecture &architecture, const Network &network, const QString &id);

} // namespace scalescope
