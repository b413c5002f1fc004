#include "tunnel/TunnelOutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace TunnelOutput {

namespace {

// A URL a tunnel may hand out: http(s) with a host, and never cloudflared's own API
// (which its error lines name).
bool acceptableUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() != "https"_L1 && url.scheme() != "http"_L1)
        return false;
    return url.host() != "api.trycloudflare.com"_L1;
}

QString ngrokErrorCode(const QString &text)
{
    static const QRegularExpression code(u"ERR_NGROK_\\d+"_s);
    const QRegularExpressionMatch m = code.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

// ngrok's authentication errors: no authtoken, a malformed one, a revoked one, an account
// limit. Starting again with the same token cannot help.
bool ngrokAuthFailure(const QString &text)
{
    static const QRegularExpression authCodes(u"ERR_NGROK_(105|106|107|108|120|4018)\\b"_s);
    return text.contains("authentication failed"_L1, Qt::CaseInsensitive) ||
           authCodes.match(text).hasMatch();
}

QString firstLine(QString text)
{
    text.replace("\\r"_L1, " "_L1);
    text.replace("\\n"_L1, "\n"_L1);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.first().trimmed();
}

Line ngrokError(const QString &errText, const QString &wholeLine)
{
    Line out;
    const QString code = ngrokErrorCode(wholeLine);
    out.fatal = ngrokAuthFailure(wholeLine);
    QString message = firstLine(errText);
    if (out.fatal) {
        out.error = u"ngrok could not sign in%1: %2 Add your authtoken with "
                    "\"ngrok config add-authtoken\" (from dashboard.ngrok.com)."_s.arg(
                        code.isEmpty() ? QString() : u" ("_s + code + u')',
                        message.isEmpty() ? u"authentication failed."_s : message);
    } else {
        out.error = u"ngrok: %1%2"_s.arg(
            message.isEmpty() ? u"error"_s : message,
            code.isEmpty() || message.contains(code) ? QString() : u" ("_s + code + u')');
    }
    out.error = redactTokens(out.error);
    return out;
}

} // namespace

QString logfmtValue(const QString &line, const QString &key)
{
    const QString needle = key + u'=';
    qsizetype from = 0;
    while (true) {
        const qsizetype at = line.indexOf(needle, from);
        if (at < 0)
            return {};
        // Must start a key: beginning of the line or after a space.
        if (at > 0 && !line.at(at - 1).isSpace()) {
            from = at + 1;
            continue;
        }
        qsizetype i = at + needle.size();
        QString value(u""_s);
        if (i < line.size() && line.at(i) == u'"') {
            ++i;
            while (i < line.size() && line.at(i) != u'"') {
                if (line.at(i) == u'\\' && i + 1 < line.size()) {
                    const QChar next = line.at(i + 1);
                    if (next == u'"' || next == u'\\') {
                        value.append(next);
                        i += 2;
                        continue;
                    }
                }
                value.append(line.at(i));
                ++i;
            }
        } else {
            while (i < line.size() && !line.at(i).isSpace())
                value.append(line.at(i++));
        }
        return value;
    }
}

QString redactTokens(const QString &text)
{
    static const QRegularExpression longRun(u"[A-Za-z0-9_\\-]{32,}"_s);
    QString out = text;
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch m = longRun.match(out, from);
        if (!m.hasMatch())
            break;
        const QString run = m.captured(0);
        bool hasDigit = false;
        for (QChar c : run)
            hasDigit = hasDigit || c.isDigit();
        if (hasDigit && !run.startsWith("ERR_NGROK_"_L1)) {
            out.replace(m.capturedStart(), m.capturedLength(), u"[redacted]"_s);
            from = m.capturedStart() + 10;
        } else {
            from = m.capturedEnd();
        }
    }
    return out;
}

Line parseCloudflared(const QString &line, CloudflaredState &state)
{
    Line out;
    if (line.contains("failed to request quick Tunnel"_L1, Qt::CaseInsensitive) ||
        line.contains("failed to unmarshal quick Tunnel"_L1, Qt::CaseInsensitive) ||
        line.contains("failed to parse quick Tunnel ID"_L1, Qt::CaseInsensitive)) {
        state.inQuickTunnelBox = false;
        QString detail = line.mid(line.indexOf("failed to"_L1, 0, Qt::CaseInsensitive)).trimmed();
        out.error = redactTokens(u"cloudflared could not get a quick tunnel from "
                                 "trycloudflare.com (%1)."_s.arg(detail));
        return out;
    }
    if (line.contains("Your quick Tunnel has been created"_L1, Qt::CaseInsensitive)) {
        state.inQuickTunnelBox = true;
        return out;
    }
    // Inside the box: "|  https://words.trycloudflare.com   |".
    const qsizetype open = line.indexOf(u'|');
    const qsizetype close = line.lastIndexOf(u'|');
    if (state.inQuickTunnelBox && open >= 0 && close > open) {
        const QString inner = line.mid(open + 1, close - open - 1).trimmed();
        if (acceptableUrl(inner)) {
            out.url = inner;
            state.inQuickTunnelBox = false;
            return out;
        }
    }
    if (line.contains(u'+') && line.contains("---"_L1))
        state.inQuickTunnelBox = false; // the box closed without a URL we could read
    // Versions that print the URL without the box.
    static const QRegularExpression quick(u"https://[a-z0-9-]+\\.trycloudflare\\.com\\b"_s);
    const QRegularExpressionMatch m = quick.match(line);
    if (m.hasMatch() && acceptableUrl(m.captured(0)))
        out.url = m.captured(0);
    return out;
}

Line parseNgrok(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.startsWith(u'{')) {
        const QJsonObject o = QJsonDocument::fromJson(trimmed.toUtf8()).object();
        if (o.value("msg"_L1).toString() == "started tunnel"_L1) {
            Line out;
            const QString url = o.value("url"_L1).toString();
            if (acceptableUrl(url))
                out.url = url;
            return out;
        }
        const QString lvl = o.value("lvl"_L1).toString();
        if ((lvl == "eror"_L1 || lvl == "crit"_L1) && o.contains("err"_L1))
            return ngrokError(o.value("err"_L1).toString(), trimmed);
        return {};
    }
    if (trimmed.startsWith("ERROR:"_L1)) {
        const QString text = trimmed.mid(6).trimmed();
        if (text.isEmpty())
            return {};
        return ngrokError(text, trimmed);
    }
    const QString msg = logfmtValue(trimmed, u"msg"_s);
    if (msg == "started tunnel"_L1) {
        Line out;
        const QString url = logfmtValue(trimmed, u"url"_s);
        if (acceptableUrl(url))
            out.url = url;
        return out;
    }
    const QString lvl = logfmtValue(trimmed, u"lvl"_s);
    if (lvl == "eror"_L1 || lvl == "crit"_L1) {
        const QString err = logfmtValue(trimmed, u"err"_s);
        if (!err.isNull() && err != "nil"_L1)
            return ngrokError(err, trimmed);
    }
    return {};
}

} // namespace TunnelOutput
