#include "app/JsonLines.h"

#include <QJsonDocument>

namespace JsonLines {

namespace {

bool needsEscape(char16_t c)
{
    return (c >= 0x80 && c <= 0x9f)        // C1 controls
           || c == 0x2028 || c == 0x2029   // line and paragraph separators
           || c == 0x200e || c == 0x200f   // left-to-right and right-to-left marks
           || (c >= 0x202a && c <= 0x202e) // embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069) // isolates
           || c == 0x061c || c == 0xfeff;  // Arabic letter mark, zero-width no-break space
}

} // namespace

QByteArray line(const QJsonObject &object)
{
    const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    QString out;
    out.reserve(json.size() + 1);
    for (const QChar c : json) {
        if (needsEscape(c.unicode()))
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace JsonLines
