#pragma once
// A real write error on demand, as a full disk gives: while a FileSizeLimit
// lives, writing past `bytes` into any file fails (RLIMIT_FSIZE; EFBIG, the
// SIGXFSZ signal ignored). Works in any folder and as root, which a
// read-only folder does not; the old limit comes back after.

#include <csignal>
#include <sys/resource.h>

namespace scalescope::test {

class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    bool m_ok = false;
};

} // namespace scalescope::test
