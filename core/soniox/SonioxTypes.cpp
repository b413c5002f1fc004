#include "soniox/SonioxTypes.h"

using namespace Qt::StringLiterals;

namespace Soniox {

QString toString(TranscriptionStatus status)
{
    switch (status) {
    case TranscriptionStatus::Queued:
        return u"queued"_s;
    case TranscriptionStatus::Processing:
        return u"processing"_s;
    case TranscriptionStatus::Completed:
        return u"completed"_s;
    case TranscriptionStatus::Error:
        return u"error"_s;
    }
    return {};
}

std::optional<TranscriptionStatus> statusFromString(const QString &text)
{
    if (text == "queued"_L1)
        return TranscriptionStatus::Queued;
    if (text == "processing"_L1)
        return TranscriptionStatus::Processing;
    if (text == "completed"_L1)
        return TranscriptionStatus::Completed;
    if (text == "error"_L1 || text == "failed"_L1)
        return TranscriptionStatus::Error;
    return std::nullopt;
}

} // namespace Soniox
