// The Files API of soniox-api.md §2.
#include "FakeMultipart.h"
#include "FakeSonioxApi.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

FakeResponse FakeSonioxApi::uploadFile(const FakeRequest &request)
{
    const auto parts = request.streamed
                           ? request.streamedParts
                           : FakeMultipart::parse(request.header("Content-Type"), request.body);
    if (!parts) {
        return FakeErrors::invalidRequest(
            {{u"value_error"_s, u"file"_s, u"Malformed multipart body."_s}},
            u"Malformed multipart body."_s);
    }
    const FakeMultipartPart *filePart = nullptr;
    const FakeMultipartPart *referencePart = nullptr;
    for (const FakeMultipartPart &part : *parts) {
        if (part.name == "file" && !filePart)
            filePart = &part;
        else if (part.name == "client_reference_id" && !referencePart)
            referencePart = &part;
    }
    if (!filePart || !filePart->hasFilename) {
        return FakeErrors::invalidRequest({{u"missing"_s, u"file.file"_s, u"Field required"_s}});
    }
    if (filePart->length > maxFileSize)
        return FakeErrors::error(400, u"invalid_request"_s, u"Exceeded maximum file size"_s);

    const QString filename = QString::fromUtf8(filePart->filename);
    if (filename.size() > 256) {
        return FakeErrors::invalidRequest(
            {{u"string_too_long"_s, u"file.file.filename"_s, u"Filename is too long."_s}});
    }
    QJsonValue reference = QJsonValue::Null;
    if (referencePart) {
        // part.data holds up to 64 KiB, enough to tell a reference over 256 characters.
        const QString text = QString::fromUtf8(referencePart->data);
        if (text.size() > 256) {
            return FakeErrors::invalidRequest({{u"string_too_long"_s, u"file.client_reference_id"_s,
                                                u"String should have at most 256 characters"_s}});
        }
        reference = text;
    }
    if (files.size() >= maxFiles) {
        return FakeErrors::error(
            429, u"limit_exceeded"_s,
            u"Maximum number of stored files exceeded. Delete files to upload more."_s);
    }
    qint64 stored = 0;
    for (const File &f : std::as_const(files))
        stored += f.size;
    if (stored + filePart->length > maxStorageBytes) {
        return FakeErrors::error(
            429, u"limit_exceeded"_s,
            u"Total file storage limit exceeded. Delete files to upload more."_s);
    }

    File file;
    file.seq = m_nextSeq++;
    file.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    file.filename = filename;
    file.size = filePart->length;
    file.createdAt = QDateTime::currentDateTimeUtc();
    file.clientReferenceId = reference;
    files.insert(file.id, file);
    lastFileId = file.id;
    return FakeErrors::json(201, fileJson(file));
}

FakeResponse FakeSonioxApi::listFiles(const FakeRequest &request)
{
    QList<const File *> sorted;
    for (const File &file : std::as_const(files))
        sorted.append(&file);
    std::sort(sorted.begin(), sorted.end(),
              [](const File *a, const File *b) { return a->seq < b->seq; });
    QList<quint64> seqs;
    for (const File *file : std::as_const(sorted))
        seqs.append(file->seq);

    FakeResponse error;
    const auto range = page(request, seqs, u"files"_s, &error);
    if (!range)
        return error;
    QJsonArray items;
    for (qsizetype i = range->begin; i < range->end; ++i)
        items.append(fileJson(*sorted.at(i)));
    return FakeErrors::json(200, {{u"files"_s, items}, {u"next_page_cursor"_s, range->nextCursor}});
}

FakeResponse FakeSonioxApi::countFiles() const
{
    return FakeErrors::json(
        200, {{u"total"_s, files.size()}, {u"public_api"_s, files.size()}, {u"playground"_s, 0}});
}

FakeResponse FakeSonioxApi::getFile(const QString &id) const
{
    const auto it = files.constFind(id.toLower());
    if (it == files.cend())
        return FakeErrors::error(404, u"file_not_found"_s, u"File not found."_s);
    return FakeErrors::json(200, fileJson(*it));
}

FakeResponse FakeSonioxApi::deleteFile(const QString &id)
{
    if (!files.remove(id.toLower()))
        return FakeErrors::error(404, u"file_not_found"_s, u"File not found."_s);
    return FakeErrors::noContent();
}
