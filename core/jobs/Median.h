#pragma once

#include <algorithm>
#include <iterator>
#include <vector>

// The median of `values` (the mean of the middle two for an even count); 0 for none.
inline double medianOf(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2;
}
