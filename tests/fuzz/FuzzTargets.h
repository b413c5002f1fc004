#pragma once

// The fuzzed entry points, shared by the libFuzzer executables (HOOKSCRIBE_BUILD_FUZZERS)
// and by tst_fuzzregressions, which feeds the seed corpus and every kept crash input
// through the same functions in every normal build.

#include <cstddef>
#include <cstdint>

namespace Fuzz {

// parseWebhookPayload: the webhook body.
int webhookPayload(const std::uint8_t *data, std::size_t size);
// A raw HTTP request sent to a running WebhookReceiver (guard, routing, query, token,
// payload) over loopback; the answer is read to the end. Needs a QCoreApplication.
int webhookRequest(const std::uint8_t *data, std::size_t size);
// Soniox::Json: the first byte picks the parser (transcription, transcript, file page,
// transcription page, models, counts, file), the rest is the body.
int sonioxJson(const std::uint8_t *data, std::size_t size);
// Soniox::Error::fromHttp: the first byte picks the status, the rest is the body.
int sonioxError(const std::uint8_t *data, std::size_t size);

} // namespace Fuzz
