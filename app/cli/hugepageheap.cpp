#include "hugepageheap.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#if defined(__linux__) && defined(__GLIBC__)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace scalescope {

namespace {

// Below this a restart (loading the libraries again, about 0.1 s) costs
// more than the page faults it saves: 10,000 components are 4.5 MB.
constexpr long long kLargeFileBytes = 16LL << 20;

} // namespace

void restartWithHugePageHeap(int argc, char *argv[])
{
#if defined(__linux__) && defined(__GLIBC__)
    struct stat file {};
    if (argc < 3 || stat(argv[2], &file) != 0 || !S_ISREG(file.st_mode) || file.st_size < kLargeFileBytes)
        return;
    // glibc 2.35 and later: malloc asks for transparent huge pages (madvise)
    // on the memory it takes; older versions ignore the name. A caller's own
    // tunables are left alone, which also keeps the restart from repeating.
    if (std::getenv("GLIBC_TUNABLES"))
        return;
    if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 0) != 0)
        return;
    execv("/proc/self/exe", argv);
    unsetenv("GLIBC_TUNABLES"); // the restart failed: carry on as we are
#else
    (void)argc;
    (void)argv;
#endif
}

} // namespace scalescope
