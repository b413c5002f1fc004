// libFuzzer entry for Fuzz::sonioxError (tests/fuzz/FuzzTargets.h); scripts/fuzz.sh runs it.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Fuzz::sonioxError(data, size);
}
