// libFuzzer entry for Fuzz::httpRequest (tests/fuzz/FuzzTargets.h); scripts/fuzz.sh runs it.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Fuzz::httpRequest(data, size);
}
