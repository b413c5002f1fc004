#pragma once

#include "jobs/Job.h"

#include <QIcon>
#include <QString>

// The app's icons: the platform theme's icon when there is one (native look), else our own
// SVG from resources/icons. Icons are cached, so views may ask for them on every paint.
namespace Icons {

// name: a file of resources/icons without ".svg", e.g. "add-file".
QIcon get(const QString &name);
QIcon forState(JobState state);
QIcon app();

} // namespace Icons
