#include "soniox/UsdAmount.h"

using namespace Qt::StringLiterals;

namespace Soniox {

std::optional<UsdAmount> UsdAmount::parse(const QString &text)
{
    QStringView s = QStringView(text).trimmed();
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.front() == u'-';
        s = s.mid(1);
    }
    const qsizetype dot = s.indexOf(u'.');
    const QStringView whole = dot < 0 ? s : s.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : s.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (whole.size() > 9) // more than a billion dollars is not a job's cost
        return std::nullopt;
    qint64 nano = 0;
    for (QChar c : whole) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
        nano = nano * 10 + (c.unicode() - u'0');
    }
    nano *= 1'000'000'000;
    qint64 scale = 100'000'000;
    bool roundUp = false;
    for (qsizetype i = 0; i < fraction.size(); ++i) {
        const QChar c = fraction.at(i);
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (i < 9)
            nano += digit * scale, scale /= 10;
        else if (i == 9)
            roundUp = digit >= 5;
    }
    if (roundUp)
        ++nano;
    return UsdAmount{negative ? -nano : nano};
}

QString UsdAmount::toDecimal() const
{
    const qint64 magnitude = nano < 0 ? -nano : nano;
    QString fraction = u"%1"_s.arg(magnitude % 1'000'000'000, 9, 10, QChar(u'0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return (nano < 0 ? u"-"_s : QString()) + QString::number(magnitude / 1'000'000'000) + u'.' +
           fraction;
}

} // namespace Soniox
