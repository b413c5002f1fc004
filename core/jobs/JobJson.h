#pragma once

#include "jobs/Job.h"

#include <QJsonObject>

#include <optional>

// A Job as a JSON object with every field, for the channel between two Hookscribe
// processes on one data folder (FollowerHub → InstanceClient). Times are ISO 8601 UTC with
// milliseconds; enums are the stable names of Jobs::toString().
namespace JobJson {

QJsonObject toJson(const Job &job);
// nullopt when the object has no valid id or state.
std::optional<Job> fromJson(const QJsonObject &object);

} // namespace JobJson
