// The German catalogue is built in, loads, and changes what people see — ours and Qt's own.
#include "EmptyState.h"
#include "JobText.h"
#include "Translations.h"
#include "export/ExportTokens.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Translations::install(u"en"_s); }

    void germanChangesVisibleStrings()
    {
        QVERIFY(Translations::install(u"en"_s));
        EmptyState english;
        auto *title = english.findChild<QLabel *>(u"emptyStateTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->text(), u"Drop audio or video files here"_s);
        QCOMPARE(JobText::stateName(JobState::Completed), u"Completed"_s);

        QVERIFY(Translations::install(u"de"_s));
        EmptyState german;
        QCOMPARE(german.findChild<QLabel *>(u"emptyStateTitle"_s)->text(),
                 u"Audio- oder Videodateien hier ablegen"_s);
        QCOMPARE(JobText::stateName(JobState::Completed), u"Fertig"_s);
        QCOMPARE(JobText::phase(Job{}), u"Wartet auf das Hochladen"_s);
    }

    void exportsNameSpeakersInTheLanguage()
    {
        // A transcript file says what the viewer shows ("Sprecher 1"); a given name stays.
        ExportOptions options;
        QVERIFY(Translations::install(u"de"_s));
        QCOMPARE(ExportTokens::speakerName(u"1"_s, options), u"Sprecher 1"_s);
        options.speakerNames.insert(u"2"_s, u"Anna"_s);
        QCOMPARE(ExportTokens::speakerName(u"2"_s, options), u"Anna"_s);
        QVERIFY(Translations::install(u"en"_s));
        QCOMPARE(ExportTokens::speakerName(u"1"_s, options), u"Speaker 1"_s);
    }

    void germanCatalogueIsComplete()
    {
        // Every string a user reads has its German: lupdate marks a new or changed source
        // text "unfinished" until someone translates it.
        QFile ts(QStringLiteral(HOOKSCRIBE_TRANSLATIONS_DIR "/hookscribe_de.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        QString source;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation" &&
                       xml.attributes().value(QLatin1String("type")) ==
                           QLatin1String("unfinished")) {
                unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 300);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u"\n"_s)));
    }

    void germanDatesGoWithGermanWords()
    {
        QVERIFY(Translations::install(u"de"_s));
        if (QLocale::system().language() != QLocale::German)
            QCOMPARE(QLocale().language(), QLocale::German);
        QVERIFY(Translations::install(u"en"_s));
        QCOMPARE(QLocale().language(), QLocale::system().language());
    }

    void germanPluralForms()
    {
        QVERIFY(Translations::install(u"de"_s));
        using R = AudioFiles::Skipped::Reason;
        QCOMPARE(JobText::skippedSummary({{u"/a.txt"_s, R::NotAudio}}),
                 u"1 Datei übersprungen: kein Audio- oder Videotyp, den Soniox annimmt (1)."_s);
        QCOMPARE(JobText::skippedSummary({{u"/a.txt"_s, R::NotAudio}, {u"/b.mp3"_s, R::Missing}}),
                 u"2 Dateien übersprungen: kein Audio- oder Videotyp, den Soniox annimmt (1), "
                 "nicht vorhanden (1)."_s);
    }

    void englishPluralForms()
    {
        QVERIFY(Translations::install(u"en"_s));
        using R = AudioFiles::Skipped::Reason;
        QCOMPARE(JobText::skippedSummary({{u"/a.txt"_s, R::Empty}}),
                 u"1 file skipped: empty (1)."_s);
        QCOMPARE(JobText::skippedSummary({{u"/a.mp3"_s, R::Empty}, {u"/b.mp3"_s, R::Empty}}),
                 u"2 files skipped: empty (2)."_s);
    }

    void qtsOwnCatalogueLoadsBeside()
    {
        QVERIFY(Translations::install(u"de"_s));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
    }

    void systemLanguageIsTheDefault()
    {
        QCOMPARE(Translations::resolve(u"de"_s), u"de"_s);
        const QString resolved = Translations::resolve(QString());
        QVERIFY(resolved == u"en"_s || Translations::available().contains(resolved));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
