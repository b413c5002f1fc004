#pragma once

#include <QString>

#include <optional>

namespace Soniox {

// An amount of US dollars in billionths (nano-USD), exact for what the usage logs say:
// "cost_usd" is a decimal string ("0.000556"). Sums of a year's jobs fit easily.
struct UsdAmount
{
    qint64 nano = 0;

    // "0.000556", "12", "-0.5", or a JSON number written as text; digits past the ninth
    // decimal are rounded half up. nullopt for anything else.
    static std::optional<UsdAmount> parse(const QString &text);
    // The plain decimal text, no exponent, no trailing zeros beyond two decimals:
    // "0.000556", "1.20", "0.00".
    QString toDecimal() const;
    double toDouble() const { return double(nano) / 1e9; }

    UsdAmount &operator+=(UsdAmount other)
    {
        nano += other.nano;
        return *this;
    }
    friend bool operator==(UsdAmount a, UsdAmount b) { return a.nano == b.nano; }
    friend bool operator!=(UsdAmount a, UsdAmount b) { return a.nano != b.nano; }
};

} // namespace Soniox
