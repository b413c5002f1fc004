#include "Icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// Our icon names → freedesktop theme names.
QString themeName(const QString &name)
{
    static const QHash<QString, QString> names{
        {u"add-file"_s, u"document-new"_s},
        {u"add-folder"_s, u"folder-new"_s},
        {u"open-transcript"_s, u"document-open"_s},
        {u"export"_s, u"document-save-as"_s},
        {u"copy"_s, u"edit-copy"_s},
        {u"retry"_s, u"view-refresh"_s},
        {u"cancel"_s, u"process-stop"_s},
        {u"remove"_s, u"edit-delete"_s},
        {u"open-folder"_s, u"folder-open"_s},
        {u"settings"_s, u"preferences-system"_s},
        {u"search"_s, u"edit-find"_s},
        {u"find-next"_s, u"go-down"_s},
        {u"find-previous"_s, u"go-up"_s},
        {u"close"_s, u"window-close"_s},
        {u"details"_s, u"document-properties"_s},
    };
    return names.value(name);
}

} // namespace

namespace Icons {

QIcon get(const QString &name)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    const QIcon fallback(u":/icons/"_s + name + u".svg"_s);
    const QString theme = themeName(name);
    const QIcon icon = theme.isEmpty() ? fallback : QIcon::fromTheme(theme, fallback);
    cache.insert(name, icon);
    return icon;
}

QIcon forState(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return get(u"state-pending"_s);
    case JobState::Uploading:
        return get(u"state-uploading"_s);
    case JobState::Submitting:
    case JobState::Queued:
    case JobState::Processing:
    case JobState::Fetching:
        return get(u"state-working"_s);
    case JobState::Completed:
        return get(u"state-completed"_s);
    case JobState::Failed:
        return get(u"state-failed"_s);
    case JobState::Cancelled:
        return get(u"state-cancelled"_s);
    }
    return {};
}

QIcon app()
{
    static const QIcon icon(u":/hookscribe.svg"_s);
    return icon;
}

} // namespace Icons
