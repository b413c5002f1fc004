#pragma once

#include "tunnel/TunnelSelfTest.h"

#include <QCoreApplication>
#include <QString>

// Words for the public URL self-test, translated from its kinds (core reports kinds and
// plain-English details; people read these).
class TunnelText
{
    Q_DECLARE_TR_FUNCTIONS(TunnelText)

public:
    static QString reason(TunnelSelfTest::Reason reason);
    // One line for the status bar: "Public URL: OK (120 ms)", "Public URL: failing — …".
    static QString statusLine(const TunnelSelfTest::Result &result, bool running);
    // A sentence for the test buttons of the settings and the first-run setup.
    static QString testOutcome(const TunnelSelfTest::Result &result);
};
