#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<QTranslator> s_ours;
std::unique_ptr<QTranslator> s_qt;
} // namespace

QStringList Translations::available()
{
    return {u"de"_s};
}

QString Translations::resolve(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &tag : ui) {
        const QString language = QLocale(tag).name().section(u'_', 0, 0);
        if (language == u"en"_s)
            return language;
        if (available().contains(language))
            return language;
    }
    return u"en"_s;
}

bool Translations::install(const QString &language)
{
    if (s_ours)
        QCoreApplication::removeTranslator(s_ours.get());
    if (s_qt)
        QCoreApplication::removeTranslator(s_qt.get());
    s_ours.reset();
    s_qt.reset();
    QLocale::setDefault(QLocale::system());
    if (language.isEmpty())
        return true;

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = std::move(qt);
    }
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(u":/i18n/hookscribe_"_s + language + u".qm"_s))
        return false;
    QCoreApplication::installTranslator(ours.get());
    s_ours = std::move(ours);
    // Dates and numbers in the language of the words around them ("2. Dez. 2026", not
    // "2 Dec 2026") when the system's own locale speaks another language; a German system
    // keeps its regional variant (de_AT, de_CH).
    if (language != u"en"_s && QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    return true;
}
