#pragma once
// A large scenario's compiled network is hundreds of megabytes of small
// heap blocks, and each fresh 4 KiB page costs a page fault (a fifth of an
// `evaluate` of 200,000 components, more in a virtual machine). glibc can
// back its heap with transparent huge pages instead, but reads that choice
// only from the environment at start-up.

namespace scalescope {

// On Linux with glibc, when the command's file (argv[2]) is large and the
// caller set no GLIBC_TUNABLES of their own: starts this program again
// (same arguments) with the heap on huge pages. Returns only when that
// does not happen; the output is the same either way.
void restartWithHugePageHeap(int argc, char *argv[]);

} // namespace scalescope
