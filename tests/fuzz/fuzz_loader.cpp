// libFuzzer entry for the scenario loader: any byte string goes through the
// same steps as a file the user opens (see loadersteps.h). Sanitizer reports,
// crashes and hangs are found by the instrumentation; a broken promise of the
// loader (no message, a failed round trip) is turned into an abort here.
#include "loadersteps.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const scalescope::fuzzing::StepsOutcome outcome =
        scalescope::fuzzing::runLoaderSteps(bytes, QStringLiteral("fuzz-input.json"));
    if (!outcome.violation.isEmpty()) {
        std::fprintf(stderr, "fuzz_loader: %s\n", qPrintable(outcome.violation));
        std::abort();
    }
    return 0;
}
