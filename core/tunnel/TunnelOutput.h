#pragma once

#include <QString>

// Reading the output of the tunnel programs, one line at a time. Pure functions over
// the real programs' formats, so they are testable without the programs.
//
// cloudflared (quick tunnel, logs on stderr, zerolog console format):
//   2024-05-01T10:00:00Z INF +--------------------------------------------------+
//   2024-05-01T10:00:00Z INF |  Your quick Tunnel has been created! Visit it at (it may take some
//   time to be reachable):  | 2024-05-01T10:00:00Z INF |
//   https://some-random-words.trycloudflare.com    | failed to request quick Tunnel: Post
//   "https://api.trycloudflare.com/tunnel": ...
//
// ngrok v3 (`--log stdout --log-format logfmt`; JSON lines are read too):
//   t=... lvl=info msg="started tunnel" obj=tunnels name=command_line
//         addr=http://127.0.0.1:8787 url=https://1a2b-203-0-113-7.ngrok-free.app
//   t=... lvl=eror msg="failed to reconnect session" obj=tunnels.session
//         err="authentication failed: ... ERR_NGROK_4018 ..."
//   ERROR:  ERR_NGROK_4018
namespace TunnelOutput {

struct Line
{
    QString url;        // the public URL this line announced, if any
    QString error;      // a failure this line reported, in plain words (secrets cut)
    bool fatal = false; // retrying cannot help (a missing or refused ngrok authtoken)
};

// cloudflared needs a little memory across lines: the box announces the URL on the line
// after its title.
struct CloudflaredState
{
    bool inQuickTunnelBox = false;
};

Line parseCloudflared(const QString &line, CloudflaredState &state);
Line parseNgrok(const QString &line);

// The value of key in a logfmt line (`key=value` or `key="quoted \"value\""`), or a null
// QString when absent.
QString logfmtValue(const QString &line, const QString &key);

// Cuts anything that looks like a token (long runs of letters, digits, '_' and '-') out
// of a message a tunnel program printed, so no authtoken reaches a log or a label.
QString redactTokens(const QString &text);

} // namespace TunnelOutput
