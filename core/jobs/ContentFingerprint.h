#pragma once

#include <QString>

// What recognises the same audio added again, whatever its name or folder: "fp1:" and the
// hex SHA-256 of the file's size (8 bytes, little-endian), its first MiB and its last MiB.
// At most 2 MiB are read, in 64 KiB pieces, so a folder of long recordings is fingerprinted
// in moments; two different recordings agreeing in size, head and tail do not happen.
namespace ContentFingerprint {

constexpr qint64 EdgeBytes = 1024 * 1024;

// Empty when the file cannot be read.
QString of(const QString &path);

} // namespace ContentFingerprint
