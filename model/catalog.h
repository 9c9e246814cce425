#pragma once
// The component catalog: every kind described once (category, icon, role,
// parameters with defaults and their sources). The data is
// catalog/catalog.json, compiled into the model library; adding a kind whose
// behaviour matches an existing role is one entry there.

#include "document.h"

#include <QAnyStringView>
#include <QHash>

#include <memory>
#include <vector>

namespace scalescope {

// How a kind treats traffic (see network.cpp for each role's routing).
enum class Role : unsigned char {
    Client, Dns, Passthrough, Cdn, ObjectStore, LoadBalancer, Compute, Function,
    Cache, SqlPrimary, SqlReplica, NoSql, Queue, Monitoring,
};
QString roleName(Role role);

enum class ParamType { Number, Integer, Flag, Choice };

struct ParamSpec {
    QString name;
    QString label;
    QString unit;
    QString source;
    bool sizing = false;    // a size (type, count, nodes, storage...): a scenario may change it without a reason
    QString zeroMeans;      // what 0 stands for ("one per vCPU"), if it is not a count
    ParamType type = ParamType::Number;
    double minimum = 0;
    double maximum = 0;
    ParamValue defaultValue;
    QString table;          // Choice from an instance-type table
    QStringList options;    // or from a fixed list
};

struct InstanceType {
    QString name;
    double vcpus = 0;
    double memoryGiB = 0;
    double hourlyUsd = 0;
    double baseline = 1;       // sustained share of each vCPU (burstable types < 1)
    double maxConnections = 0; // 0 = from memory by formula
    // Graviton (arm64) types: moving to or from one rebuilds the software, so
    // a resize stays on its side.
    bool arm64 = false;
    // Price key of the surplus CPU credits when the type has its own (T4g);
    // empty: the kind's.
    QString creditPrice;
    QString source;
};

// A price that falls with volume: each tier's rate applies to the part of
// the month's total that falls in it (AWS bills data transfer this way,
// over all the services that share the tier).
struct PriceTiers {
    QString unit;
    QString source;
    std::vector<std::pair<double, double>> tiers; // (up to this total, USD per unit); the last is unbounded
    double cost(double volume) const;
};

struct KindSpec {
    QString id;
    QString name;
    QString category;
    QString description;
    QString icon;
    Role role = Role::Monitoring;
    bool isGroup = false;
    std::vector<ParamSpec> params;

    // Looked up by any string (a literal too) without building a QString.
    const ParamSpec *param(QAnyStringView name) const;
};

class Catalog {
public:
    // The built-in catalog (catalog/catalog.json); loaded once, thread-safe.
    static const Catalog &builtin();
    // Parses a catalog; returns null and sets *error when malformed.
    static std::unique_ptr<Catalog> fromJson(const QByteArray &json, QString *error);

    const KindSpec *kind(const QString &id) const;       // component kinds only
    const KindSpec *groupKind(const QString &id) const;  // group kinds only
    const std::vector<KindSpec> &kinds() const { return m_kinds; }
    const std::vector<KindSpec> &groupKinds() const { return m_groups; }
    const InstanceType *instanceType(const QString &table, const QString &name) const;
    const std::vector<InstanceType> &instanceTypes(const QString &table) const;
    double price(const QString &key) const; // throws std::out_of_range for unknown keys
    QString priceSource(const QString &key) const;
    const PriceTiers *priceTiers(const QString &key) const; // null for unknown keys
    QStringList priceTierKeys() const;

    // A parameter's value for a component: its override or the default.
    double number(const KindSpec &kind, const ParamMap &params, QAnyStringView name) const;
    bool flag(const KindSpec &kind, const ParamMap &params, QAnyStringView name) const;
    QString text(const KindSpec &kind, const ParamMap &params, QAnyStringView name) const;

private:
    std::vector<KindSpec> m_kinds;
    std::vector<KindSpec> m_groups;
    QHash<QString, std::vector<InstanceType>> m_types;
    QHash<QString, QPair<double, QString>> m_prices;
    QHash<QString, PriceTiers> m_tiers;
};

} // namespace scalescope
