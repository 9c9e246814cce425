#pragma once
// While the whole scene is already asked to repaint (a slider move that
// changes more than a few dozen items asks for that first), an item's own
// request to repaint its place changes nothing, yet each one reaches into
// the item's private data: thousands per move on a big diagram. Whoever
// asked for the whole repaint holds one of these while it gives the items
// their new figures, and their own requests are skipped meanwhile. A move
// or a change of bounds still goes through (the scene's index and the far
// layer's places follow those).

namespace scalescope {

class WholeRepaintAsked {
public:
    explicit WholeRepaintAsked(bool asked)
        : m_before(s_asked)
    {
        s_asked = s_asked || asked;
    }
    ~WholeRepaintAsked() { s_asked = m_before; }
    WholeRepaintAsked(const WholeRepaintAsked &) = delete;
    WholeRepaintAsked &operator=(const WholeRepaintAsked &) = delete;

    static bool isAsked() { return s_asked; }

private:
    bool m_before;
    static inline bool s_asked = false;
};

} // namespace scalescope
