#include "TunnelText.h"

#include <QUrl>

QString TunnelText::reason(TunnelSelfTest::Reason reason)
{
    using R = TunnelSelfTest::Reason;
    switch (reason) {
    case R::None:
        return {};
    case R::Dns:
        return tr("the host name does not resolve");
    case R::Tls:
        return tr("the secure connection failed");
    case R::Timeout:
        return tr("no answer in time");
    case R::ConnectionRefused:
        return tr("nothing accepts connections there");
    case R::WrongService:
        return tr("something other than Hookscribe answered");
    case R::NeverArrived:
        return tr("the request never reached this app");
    case R::Other:
        return tr("the request failed");
    }
    return {};
}

QString TunnelText::statusLine(const TunnelSelfTest::Result &result, bool running)
{
    using S = TunnelSelfTest::Status;
    if (result.status == S::NotSet && running)
        return tr("Public URL: testing…");
    switch (result.status) {
    case S::NotSet:
        return tr("Public URL: not set");
    case S::Ok:
        if (result.localOnly)
            return tr("Public URL: local only");
        return tr("Public URL: OK (%1 ms)").arg(result.roundTripMs);
    case S::Failing:
        return tr("Public URL: failing — %1").arg(reason(result.reason));
    }
    return {};
}

QString TunnelText::testOutcome(const TunnelSelfTest::Result &result)
{
    using S = TunnelSelfTest::Status;
    switch (result.status) {
    case S::NotSet:
        return tr("Enter a public URL first.");
    case S::Ok:
        if (result.localOnly)
            return tr("It answers from this computer, but only for local testing: %1 is a "
                      "loopback or private address that Soniox cannot reach. Use a public "
                      "https address, such as a cloudflared or ngrok tunnel.")
                .arg(QUrl(result.url).host());
        return tr("It works: the request came back through the public URL in %1 ms.")
            .arg(result.roundTripMs);
    case S::Failing:
        return tr("The test failed: %1.").arg(reason(result.reason));
    }
    return {};
}
