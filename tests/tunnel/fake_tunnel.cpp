// Stand-ins for the tunnel programs, for the tunnel tests. One source, two executables:
//   fake-cloudflared  `cloudflared tunnel --no-autoupdate --url http://127.0.0.1:PORT` (a quick
//                     tunnel). Prints what cloudflared prints on stderr (zerolog console
//                     format: the disclaimer, "Requesting new quick Tunnel", the ASCII box with
//                     the URL, the connection lines) or its error line.
//   fake-ngrok        (built with FAKE_TUNNEL_NGROK) `ngrok http 127.0.0.1:PORT --log stdout
//                     --log-format logfmt|json` (ngrok v3 agent). Prints ngrok's log lines on
//                     stdout ("started tunnel" with url=...), or its authentication refusal
//                     (ERR_NGROK_4018: the lvl=eror/crit lines, then the "ERROR:" block on
//                     stderr, exit 1).
// Then each stays up, exits or crashes as FAKE_TUNNEL_MODE says. Every line is flushed at
// once: the tests read the output live.
//
// Environment (all optional):
//   FAKE_TUNNEL_MODE      run (default): announce the URL and stay up until terminated
//                         exit: announce, then exit 0 after FAKE_TUNNEL_EXIT_AFTER_MS
//                         crash: announce, then die abnormally after FAKE_TUNNEL_EXIT_AFTER_MS
//                         (Unix: SIGKILL; Windows: an NTSTATUS exit code, a crash for QProcess)
//                         autherror: ngrok's authtoken refusal (ERR_NGROK_4018), exit 1
//                         quickfail: cloudflared's "failed to request quick Tunnel", exit 1
//                         silent: print the banner lines but never a URL, stay up
//   FAKE_TUNNEL_URL       the public URL to announce (default: a random one in the real format)
//   FAKE_TUNNEL_FORWARD   1: listen on 127.0.0.1 (a free port), forward every connection to
//                         the local target from the command line (answering 502 when it is
//                         down, as a tunnel's edge does), and announce http://127.0.0.1:<port>
//                         (so tests reach the receiver through it)
//   FAKE_TUNNEL_EXIT_AFTER_MS  default 200
//   FAKE_TUNNEL_IGNORE_TERM    1: ignore SIGTERM once up (the caller must kill)
//   FAKE_TUNNEL_LOG       append "<pid> <args...>\n" to this file on every start
//
// Unix: SIGTERM keeps its default action (the process ends by the signal), as it did for the
// Python scripts these replace. Windows has no SIGTERM: the caller ends the process.
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <utility>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

using Args = QList<QByteArray>;

// Writes and flushes. A reader that went away ends the program with 1, as Python's
// BrokenPipeError ended the scripts.
void writeTo(FILE *stream, const QByteArray &bytes)
{
    const size_t size = size_t(bytes.size());
    if (std::fwrite(bytes.constData(), 1, size, stream) != size || std::fflush(stream) != 0)
        std::_Exit(1);
}

// The last line of the traceback the Python scripts died with, and their exit code.
int pythonError(const QByteArray &line)
{
    writeTo(stderr, line + '\n');
    return 1;
}

// os.environ.get(name, fallback): a variable set to "" is "", not the fallback.
QByteArray env(const char *name, const QByteArray &fallback = {})
{
    if (!qEnvironmentVariableIsSet(name))
        return fallback;
#ifdef Q_OS_WIN
    return qEnvironmentVariable(name).toUtf8();
#else
    return qgetenv(name);
#endif
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Python's int(text): surrounding white space, a sign, decimal digits with single '_' between
// them. Saturates instead of growing without bound.
std::optional<qint64> pythonInt(const QByteArray &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text.at(begin)))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1)))
        --end;
    bool negative = false;
    if (begin < end && (text.at(begin) == '+' || text.at(begin) == '-'))
        negative = text.at(begin++) == '-';
    if (begin == end)
        return std::nullopt;
    qint64 value = 0;
    bool lastWasDigit = false;
    for (qsizetype i = begin; i < end; ++i) {
        const char c = text.at(i);
        if (c == '_') {
            if (!lastWasDigit || i + 1 == end)
                return std::nullopt;
            lastWasDigit = false;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value > (LLONG_MAX - 9) / 10 ? LLONG_MAX : value * 10 + (c - '0');
        lastWasDigit = true;
    }
    return negative ? -value : value;
}

QByteArray notAnInt(const QByteArray &text)
{
    return "ValueError: invalid literal for int() with base 10: '"_ba + text + '\'';
}

void logStart(const Args &args, int *failure)
{
    const QString path = QString::fromUtf8(env("FAKE_TUNNEL_LOG"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *failure = pythonError("OSError: cannot open FAKE_TUNNEL_LOG "_ba + path.toUtf8());
        return;
    }
    file.write(QByteArray::number(QCoreApplication::applicationPid()) + ' ' + args.join(' ') +
               '\n');
}

// A loopback TCP forwarder to the target: every accepted connection gets one to the target,
// and bytes flow both ways until either side ends, which ends both.
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *client, const QString &host, quint16 port, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_connectTimer.setSingleShot(true);
        connect(&m_connectTimer, &QTimer::timeout, this, &Pipe::handleOriginDown);
        connect(m_upstream, &QTcpSocket::connected, this, &Pipe::handleConnected);
        connect(m_upstream, &QAbstractSocket::errorOccurred, this, [this] {
            if (!m_connected)
                handleOriginDown();
        });
        connect(m_client, &QTcpSocket::readyRead, this, [this] {
            if (m_connected)
                m_upstream->write(m_client->readAll());
        });
        connect(m_upstream, &QTcpSocket::readyRead, this,
                [this] { m_client->write(m_upstream->readAll()); });
        // A client gone before the origin answered: what it sent still goes once connected.
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            if (m_connected)
                handleEnded(m_client, m_upstream);
            else
                finishIfDone();
        });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            if (m_connected)
                handleEnded(m_upstream, m_client);
        });
        m_connectTimer.start(5000); // the scripts' connect timeout
        m_upstream->connectToHost(host, port);
    }

private:
    void handleConnected()
    {
        m_connectTimer.stop();
        m_connected = true;
        m_upstream->write(m_client->readAll());
        if (m_client->state() == QAbstractSocket::UnconnectedState)
            handleEnded(m_client, m_upstream);
    }
    void handleOriginDown()
    {
        if (m_originDown)
            return;
        m_originDown = true;
        m_connectTimer.stop();
        if (m_upstream->state() != QAbstractSocket::UnconnectedState)
            m_upstream->abort();
        m_client->readAll(); // the request is not read: the answer is the same for all
        if (m_client->state() == QAbstractSocket::ConnectedState) {
            m_client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                            "Connection: close\r\n\r\n");
            m_client->disconnectFromHost();
        }
        finishIfDone();
    }
    void handleEnded(QTcpSocket *from, QTcpSocket *to)
    {
        if (to->state() == QAbstractSocket::ConnectedState) {
            to->write(from->readAll());
            to->disconnectFromHost(); // after what is still to be written
        }
        finishIfDone();
    }
    void finishIfDone()
    {
        if (m_client->state() == QAbstractSocket::UnconnectedState &&
            m_upstream->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    }

    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    QTimer m_connectTimer;
    bool m_connected = false;
    bool m_originDown = false;
};

class Forwarder : public QObject
{
public:
    Forwarder(const QString &host, quint16 port)
        : m_host(host)
        , m_port(port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                new Pipe(client, m_host, m_port, this);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QString m_host;
    quint16 m_port;
};

// FAKE_TUNNEL_FORWARD=1: starts the forwarder to the command line's target and returns the URL
// to announce; on failure, sets *failure to the exit code.
QByteArray startForwarder(const QByteArray &target, std::optional<Forwarder> *forwarder,
                          int *failure)
{
    // 'http://127.0.0.1:8787' or '127.0.0.1:8787' -> ('127.0.0.1', 8787)
    QByteArray rest = target;
    if (const qsizetype scheme = rest.indexOf("://"); scheme >= 0)
        rest = rest.mid(scheme + 3);
    while (rest.endsWith('/'))
        rest.chop(1);
    const qsizetype colon = rest.lastIndexOf(':');
    QByteArray host = colon >= 0 ? rest.left(colon) : QByteArray();
    const QByteArray portText = colon >= 0 ? rest.mid(colon + 1) : rest;
    while (host.startsWith('[') || host.startsWith(']'))
        host.remove(0, 1);
    while (host.endsWith('[') || host.endsWith(']'))
        host.chop(1);
    const std::optional<qint64> port = pythonInt(portText);
    if (!port) {
        *failure = pythonError(notAnInt(portText));
        return {};
    }
    // A port out of range cannot be reached: every connection is answered 502.
    forwarder->emplace(QString::fromUtf8(host), *port >= 0 && *port <= 65535 ? quint16(*port) : 0);
    if (!(*forwarder)->listen()) {
        *failure = pythonError("OSError: cannot listen on 127.0.0.1"_ba);
        return {};
    }
    return "http://127.0.0.1:"_ba + QByteArray::number((*forwarder)->port());
}

[[noreturn]] void crash()
{
#ifdef Q_OS_WIN
    // STATUS_STACK_BUFFER_OVERRUN, what a failing abort() reports: QProcess sees a crash.
    TerminateProcess(GetCurrentProcess(), 0xC0000409);
#else
    ::kill(::getpid(), SIGKILL);
#endif
    std::abort();
}

// After the announcement: exit 0 or crash after FAKE_TUNNEL_EXIT_AFTER_MS, or stay up.
int finishAfterAnnounce(const QByteArray &mode)
{
    const QByteArray delayText = env("FAKE_TUNNEL_EXIT_AFTER_MS", "200");
    const std::optional<qint64> delay = pythonInt(delayText);
    if (!delay)
        return pythonError(notAnInt(delayText));
    if (mode == "exit" || mode == "crash") {
        if (*delay < 0)
            return pythonError("ValueError: sleep length must be non-negative"_ba);
        const bool exit = mode == "exit";
        QTimer::singleShot(int(qMin<qint64>(*delay, INT_MAX)), qApp, [exit] {
            if (!exit)
                crash();
            QCoreApplication::exit(0);
        });
        return QCoreApplication::exec();
    }
#ifndef Q_OS_WIN
    if (env("FAKE_TUNNEL_IGNORE_TERM") == "1")
        std::signal(SIGTERM, SIG_IGN);
#endif
    return QCoreApplication::exec();
}

QByteArray utcNow(const QString &format)
{
    return QDateTime::currentDateTimeUtc().toString(format).toUtf8();
}

#ifndef FAKE_TUNNEL_NGROK

// Python's len(): code points, not bytes.
qsizetype length(const QByteArray &utf8)
{
    qsizetype n = 0;
    for (const char c : utf8)
        n += (uchar(c) & 0xc0) != 0x80;
    return n;
}

void log(const QByteArray &level, const QByteArray &text)
{
    writeTo(stderr, utcNow(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s) + ' ' + level + ' ' + text + '\n');
}

QByteArray randomWords()
{
    static const char *const words[] = {"amber",   "river",  "quiet",    "pine",  "judge", "arcade",
                                        "brother", "manual", "seasonal", "deck",  "itchy", "narrow",
                                        "harbor",  "violet", "copper",   "meadow"};
    QByteArrayList chosen;
    for (int i = 0; i < 4; ++i)
        chosen.append(words[QRandomGenerator::global()->bounded(int(std::size(words)))]);
    return chosen.join('-');
}

int run(const Args &args)
{
    if (!args.isEmpty() && (args.first() == "--version" || args.first() == "version")) {
        writeTo(stdout, "cloudflared version 2024.8.2 (built 2024-08-01-0000 UTC)\n");
        return 0;
    }
    if (args.isEmpty() || args.first() != "tunnel" || !args.contains("--url")) {
        writeTo(stderr, "Use `cloudflared tunnel run` to start tunnel\n");
        return 1;
    }
    const qsizetype urlAt = args.indexOf("--url") + 1;
    if (urlAt >= args.size())
        return pythonError("IndexError: list index out of range"_ba);
    const QByteArray target = args.at(urlAt);
    const QByteArray mode = env("FAKE_TUNNEL_MODE", "run");

    log("INF", "Thank you for trying Cloudflare Tunnel. Doing so, without a Cloudflare "
               "account, is a quick way to experiment and try it out. However, be aware that "
               "these account-less Tunnels have no uptime guarantee, are subject to the "
               "Cloudflare Online Services Terms of Use "
               "(https://www.cloudflare.com/website-terms/), and Cloudflare reserves the right "
               "to investigate your use of Tunnels for violations of such terms. If you intend "
               "to use Tunnels in production you should use a pre-created named tunnel by "
               "following: https://developers.cloudflare.com/cloudflare-one/connections/"
               "connect-apps");
    log("INF", "Requesting new quick Tunnel on trycloudflare.com...");
    if (mode == "quickfail") {
        QTimer::singleShot(50, qApp, [] {
            writeTo(stderr, "failed to request quick Tunnel: Post \"https://api.trycloudflare.com"
                            "/tunnel\": dial tcp: lookup api.trycloudflare.com: no such host\n");
            QCoreApplication::exit(1);
        });
        return QCoreApplication::exec();
    }

    QByteArray url = env("FAKE_TUNNEL_URL");
    std::optional<Forwarder> forwarder;
    if (env("FAKE_TUNNEL_FORWARD") == "1") {
        int failure = 0;
        url = startForwarder(target, &forwarder, &failure);
        if (failure)
            return failure;
    }
    if (url.isEmpty())
        url = "https://"_ba + randomWords() + ".trycloudflare.com";

    if (mode != "silent") {
        const QByteArray title = "Your quick Tunnel has been created! Visit it at (it may take "
                                 "some time to be reachable):";
        const qsizetype width = qMax(length(title), length(url));
        const QByteArray border = '+' + QByteArray(width + 4, '-') + '+';
        log("INF", border);
        log("INF", "|  " + title + QByteArray(width - length(title), ' ') + "  |");
        log("INF", "|  " + url + QByteArray(width - length(url), ' ') + "  |");
        log("INF", border);
    }
    log("INF", "Cannot determine default configuration path. No file [config.yml config.yaml] "
               "in [~/.cloudflared ~/.cloudflare-warp ~/cloudflare-warp /etc/cloudflared "
               "/usr/local/etc/cloudflared]");
    log("INF", "Version 2024.8.2 (Checksum 0000000000000000)");
    log("INF", "GOOS: linux, GOVersion: go1.22.5, GoArch: amd64");
    log("INF",
        "Settings: map[ha-connections:1 no-autoupdate:true protocol:quic url:" + target + ']');
    log("INF", "Generated Connector ID: 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0");
    log("INF", "Initial protocol quic");
    log("INF", "Starting metrics server on 127.0.0.1:20241/metrics");
    log("INF", "Registered tunnel connection connIndex=0 "
               "connection=1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809 event=0 ip=198.41.200.13 "
               "location=ams01 protocol=quic");
    return finishAfterAnnounce(mode);
}

#else // FAKE_TUNNEL_NGROK

using Fields = QList<std::pair<QByteArray, QByteArray>>;

// logfmt's quoting of a value, as the script did it.
QByteArray quote(const QByteArray &text)
{
    bool plain = !text.isEmpty();
    for (const char c : text)
        plain = plain && c != ' ' && c != '"' && c != '=' && c != '\n' && c != '\r' && c != '\\';
    if (plain)
        return text;
    QByteArray escaped = text;
    escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n").replace('\r', "\\r");
    return '"' + escaped + '"';
}

// Python's json.dumps() of a string (ensure_ascii: everything outside ' '..'~' escaped).
QByteArray jsonString(const QByteArray &utf8)
{
    QByteArray out = "\"";
    for (const QChar c : QString::fromUtf8(utf8)) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'\\':
            out += "\\\\";
            break;
        case u'"':
            out += "\\\"";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (u >= 0x20 && u <= 0x7e)
                out += char(u);
            else
                out += "\\u" + QByteArray::number(uint(u), 16).rightJustified(4, '0');
        }
    }
    return out + '"';
}

bool g_json = false;

void log(const QByteArray &lvl, const QByteArray &msg, const Fields &fields = {})
{
    const QByteArray stamp = utcNow(u"yyyy-MM-dd'T'HH:mm:ss'+0000'"_s);
    QByteArray line;
    if (g_json) {
        line = "{\"t\": " + jsonString(stamp) + ", \"lvl\": " + jsonString(lvl) +
               ", \"msg\": " + jsonString(msg);
        for (const auto &[key, value] : fields)
            line += ", " + jsonString(key) + ": " + jsonString(value);
        line += '}';
    } else {
        line = "t=" + stamp + " lvl=" + lvl + " msg=" + quote(msg);
        for (const auto &[key, value] : fields)
            line += ' ' + key + '=' + quote(value);
    }
    writeTo(stdout, line + '\n');
}

const QByteArray AuthError =
    "authentication failed: Usage of ngrok requires a verified account and authtoken.\n\n"
    "Sign up for an account: https://dashboard.ngrok.com/signup\nInstall your authtoken: "
    "https://dashboard.ngrok.com/get-started/your-authtoken\r\n\r\nERR_NGROK_4018\r\n";

int run(const Args &args)
{
    if (!args.isEmpty() && args.first() == "version") {
        writeTo(stdout, "ngrok version 3.13.0\n");
        return 0;
    }
    if (args.size() < 2 || args.first() != "http") {
        writeTo(stderr, "ERROR:  unknown command\n");
        return 1;
    }
    const QByteArray target = args.at(1);
    if (const qsizetype formatAt = args.indexOf("--log-format"); formatAt >= 0) {
        if (formatAt + 1 >= args.size())
            return pythonError("IndexError: list index out of range"_ba);
        g_json = args.at(formatAt + 1) == "json";
    }
    const QByteArray mode = env("FAKE_TUNNEL_MODE", "run");

    const QByteArray config = "/home/user/.config/ngrok/ngrok.yml";
    log("info", "no configuration paths supplied");
    log("info", "using configuration at default config path", {{"path", config}});
    log("info", "open config file", {{"path", config}, {"err", "nil"}});
    log("info", "starting web service",
        {{"obj", "web"}, {"addr", "127.0.0.1:4040"}, {"allow_hosts", "[]"}});
    if (mode == "autherror") {
        log("eror", "failed to reconnect session",
            {{"obj", "tunnels.session"}, {"err", AuthError}});
        log("eror", "session closing", {{"obj", "tunnels.session"}, {"err", AuthError}});
        log("info", "received stop request",
            {{"obj", "app"}, {"stopReq", "{err:<nil> restart:false}"}});
        log("eror", "terminating with error", {{"obj", "app"}, {"err", AuthError}});
        log("crit", "command failed", {{"err", AuthError}});
        QByteArray block;
        for (const QByteArray &line : QByteArray(AuthError).replace('\r', "").split('\n'))
            block += "ERROR:  " + line + '\n';
        writeTo(stderr, block);
        return 1;
    }

    QByteArray url = env("FAKE_TUNNEL_URL");
    std::optional<Forwarder> forwarder;
    if (env("FAKE_TUNNEL_FORWARD") == "1") {
        int failure = 0;
        url = startForwarder(target, &forwarder, &failure);
        if (failure)
            return failure;
    }
    if (url.isEmpty()) {
        QRandomGenerator *random = QRandomGenerator::global();
        url = "https://"_ba +
              QByteArray::number(random->bounded(0x10000), 16).rightJustified(4, '0') +
              "-203-0-113-" + QByteArray::number(random->bounded(1, 255)) + ".ngrok-free.app";
    }
    log("info", "client session established", {{"obj", "tunnels.session"}});
    log("info", "tunnel session started", {{"obj", "tunnels.session"}});
    if (mode != "silent") {
        const QByteArray addr = target.contains("://") ? target : "http://" + target;
        log("info", "started tunnel",
            {{"obj", "tunnels"}, {"name", "command_line"}, {"addr", addr}, {"url", url}});
    }
    log("info", "update available", {{"obj", "updater"}});
    return finishAfterAnnounce(mode);
}

#endif // FAKE_TUNNEL_NGROK

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // The bytes the real programs write, without the C runtime's "\n" -> "\r\n".
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#else
    std::signal(SIGPIPE, SIG_IGN); // as Python does: a closed reader is a write error
    Args args;
    for (int i = 1; i < argc; ++i)
        args.append(QByteArray(argv[i]));
#endif
    QCoreApplication app(argc, argv);
#ifdef Q_OS_WIN
    Args args;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i)
        args.append(arguments.at(i).toUtf8());
#endif
    int failure = 0;
    logStart(args, &failure);
    if (failure)
        return failure;
    return run(args);
}
