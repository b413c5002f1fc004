// The parsers of cloudflared's and ngrok's output, on lines in the real programs' formats.

#include "tunnel/TunnelOutput.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TunnelOutput;

class tst_TunnelOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cloudflaredBox();
    void cloudflaredIgnoresItsOwnApiHost();
    void cloudflaredQuickTunnelRefused();
    void ngrokLogfmt();
    void ngrokJson();
    void ngrokAuthFailureIsFatal();
    void ngrokNetworkErrorIsNotFatal();
    void logfmtValues();
    void tokensAreRedacted();
};

void tst_TunnelOutput::cloudflaredBox()
{
    CloudflaredState state;
    const QStringList lines = {
        u"2024-08-01T10:00:00Z INF Requesting new quick Tunnel on trycloudflare.com..."_s,
        u"2024-08-01T10:00:01Z INF +--------------------------------------------------------------------------------------------+"_s,
        u"2024-08-01T10:00:01Z INF |  Your quick Tunnel has been created! Visit it at (it may take some time to be reachable):  |"_s,
        u"2024-08-01T10:00:01Z INF |  https://judge-arcade-brother-manual.trycloudflare.com                                      |"_s,
        u"2024-08-01T10:00:01Z INF +--------------------------------------------------------------------------------------------+"_s,
    };
    QStringList urls;
    for (const QString &line : lines) {
        const Line parsed = parseCloudflared(line, state);
        QVERIFY(parsed.error.isEmpty());
        if (!parsed.url.isEmpty())
            urls.append(parsed.url);
    }
    QCOMPARE(urls, QStringList{u"https://judge-arcade-brother-manual.trycloudflare.com"_s});
    // The settings line names the local URL: not a public one.
    QVERIFY(parseCloudflared(u"2024-08-01T10:00:01Z INF Settings: map[ha-connections:1 "
                             "url:http://127.0.0.1:8787]"_s,
                             state)
                .url.isEmpty());
}

void tst_TunnelOutput::cloudflaredIgnoresItsOwnApiHost()
{
    CloudflaredState state;
    state.inQuickTunnelBox = true;
    QVERIFY(parseCloudflared(u"|  https://api.trycloudflare.com  |"_s, state).url.isEmpty());
}

void tst_TunnelOutput::cloudflaredQuickTunnelRefused()
{
    CloudflaredState state;
    const Line parsed = parseCloudflared(
        u"failed to request quick Tunnel: Post \"https://api.trycloudflare.com/tunnel\": "
        "context deadline exceeded (Client.Timeout exceeded while awaiting headers)"_s,
        state);
    QVERIFY(parsed.url.isEmpty());
    QVERIFY(!parsed.fatal);
    QVERIFY2(parsed.error.contains(u"could not get a quick tunnel"_s), qPrintable(parsed.error));
    QVERIFY(parsed.error.contains(u"context deadline exceeded"_s));
}

void tst_TunnelOutput::ngrokLogfmt()
{
    const Line started = parseNgrok(
        u"t=2024-06-01T00:00:00+0000 lvl=info msg=\"started tunnel\" obj=tunnels "
        "name=command_line addr=http://127.0.0.1:8787 url=https://abcd-1-2-3-4.ngrok-free.app"_s);
    QCOMPARE(started.url, u"https://abcd-1-2-3-4.ngrok-free.app"_s);
    QVERIFY(started.error.isEmpty());
    QVERIFY(parseNgrok(u"t=2024-06-01T00:00:00+0000 lvl=info msg=\"starting web service\" "
                       "obj=web addr=127.0.0.1:4040 allow_hosts=[]"_s)
                .url.isEmpty());
    QVERIFY(parseNgrok(u"t=2024-06-01T00:00:00+0000 lvl=info msg=\"open config file\" "
                       "path=/home/u/.config/ngrok/ngrok.yml err=nil"_s)
                .error.isEmpty());
}

void tst_TunnelOutput::ngrokJson()
{
    const Line started = parseNgrok(
        u"{\"addr\":\"http://127.0.0.1:8787\",\"lvl\":\"info\",\"msg\":\"started tunnel\","
        "\"name\":\"command_line\",\"obj\":\"tunnels\",\"t\":\"2024-06-01T00:00:00Z\","
        "\"url\":\"https://abcd.ngrok-free.app\"}"_s);
    QCOMPARE(started.url, u"https://abcd.ngrok-free.app"_s);
}

void tst_TunnelOutput::ngrokAuthFailureIsFatal()
{
    const Line logLine = parseNgrok(
        u"t=2024-06-01T00:00:00+0000 lvl=eror msg=\"failed to reconnect session\" "
        "obj=tunnels.session err=\"authentication failed: Usage of ngrok requires a verified "
        "account and authtoken.\\n\\nSign up for an account: https://dashboard.ngrok.com/signup"
        "\\r\\n\\r\\nERR_NGROK_4018\\r\\n\""_s);
    QVERIFY(logLine.fatal);
    QVERIFY2(logLine.error.contains(u"ERR_NGROK_4018"_s), qPrintable(logLine.error));
    QVERIFY(logLine.error.contains(u"requires a verified account and authtoken"_s));
    QVERIFY(!logLine.error.contains(u"\\n"_s));

    const Line stderrLine = parseNgrok(u"ERROR:  ERR_NGROK_105"_s);
    QVERIFY(stderrLine.fatal);
    QVERIFY(stderrLine.error.contains(u"ERR_NGROK_105"_s));
}

void tst_TunnelOutput::ngrokNetworkErrorIsNotFatal()
{
    const Line parsed = parseNgrok(u"t=2024-06-01T00:00:00+0000 lvl=eror msg=\"failed to "
                                   "reconnect session\" obj=csess err=\"dial tcp: i/o timeout\""_s);
    QVERIFY(!parsed.fatal);
    QVERIFY2(parsed.error.contains(u"dial tcp: i/o timeout"_s), qPrintable(parsed.error));
    QVERIFY(parsed.url.isEmpty());
}

void tst_TunnelOutput::logfmtValues()
{
    const QString line = u"t=1 lvl=info msg=\"a \\\"quoted\\\" word\" xurl=no url=https://x.io"_s;
    QCOMPARE(logfmtValue(line, u"msg"_s), u"a \"quoted\" word"_s);
    QCOMPARE(logfmtValue(line, u"url"_s), u"https://x.io"_s); // not the tail of "xurl="
    QVERIFY(logfmtValue(line, u"missing"_s).isNull());
}

void tst_TunnelOutput::tokensAreRedacted()
{
    const QString token = u"2abcDEF3ghiJKL4mnoPQR5stuVWX6yz_7ABCdef8GHIjkl9"_s;
    const QString out =
        redactTokens(u"authentication failed for "_s + token + u" (ERR_NGROK_107)"_s);
    QVERIFY(!out.contains(token));
    QVERIFY(out.contains(u"[redacted]"_s));
    QVERIFY(out.contains(u"ERR_NGROK_107"_s));
    // Host names and ordinary words stay.
    QCOMPARE(redactTokens(u"lookup api.trycloudflare.com: no such host"_s),
             u"lookup api.trycloudflare.com: no such host"_s);
    // Through the parser too.
    const Line parsed = parseNgrok(u"t=1 lvl=eror msg=\"failed to reconnect session\" err=\"the "
                                   "authtoken "_s +
                                   token + u" is invalid ERR_NGROK_107\""_s);
    QVERIFY(!parsed.error.contains(token));
}

QTEST_GUILESS_MAIN(tst_TunnelOutput)
#include "tst_tunneloutput.moc"
