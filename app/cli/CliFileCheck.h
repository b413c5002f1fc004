#pragma once

#include "CliOptions.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class CliPrinter;
class DuplicateCheck;

// The command line's files before anything starts: folders walked, what is not audio
// said and left out, and content transcribed before (by this CLI or the window: the same
// store) skipped with a line unless --again. Then ready() with the files to transcribe.
class CliFileCheck : public QObject
{
    Q_OBJECT

public:
    CliFileCheck(const CliOptions &options, CliPrinter *printer, QObject *parent = nullptr);

    void start();
    const QStringList &files() const { return m_files; }
    const QHash<QString, QString> &hashes() const { return m_hashes; }
    int duplicatesSkipped() const { return m_duplicatesSkipped; }

signals:
    void ready();
    void failed(const QString &error);

private:
    CliOptions m_options;
    CliPrinter *m_printer;
    DuplicateCheck *m_check = nullptr;
    QStringList m_files;
    QHash<QString, QString> m_hashes;
    int m_duplicatesSkipped = 0;
};
