// libFuzzer entry for Fuzz::webhookRequest (tests/fuzz/FuzzTargets.h); scripts/fuzz.sh runs it.
#include "FuzzTargets.h"

#include <QCoreApplication>

// The receiver answers on its own thread; this thread delivers its queued signals.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Fuzz::webhookRequest(data, size);
}
