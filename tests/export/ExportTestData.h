#pragma once

#include "soniox/SonioxJson.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest>

// Loads an input of tests/export/data/ as raw bytes and as a parsed transcript.
struct ExportTestInput
{
    QByteArray raw;
    Soniox::Transcript transcript;
};

inline QString exportTestDataPath(const QString &relative)
{
    return QStringLiteral(HOOKSCRIBE_EXPORT_TESTDATA "/") + relative;
}

inline QByteArray readExportTestFile(const QString &relative)
{
    QFile file(exportTestDataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool loadExportTestInput(const QString &name, ExportTestInput *input)
{
    input->raw = readExportTestFile(QStringLiteral("data/") + name + QStringLiteral(".json"));
    if (input->raw.isEmpty())
        return false;
    auto object = Soniox::Json::parseObject(input->raw);
    if (!object)
        return false;
    auto transcript = Soniox::Json::parseTranscript(object.value());
    if (!transcript)
        return false;
    input->transcript = transcript.value();
    return true;
}
