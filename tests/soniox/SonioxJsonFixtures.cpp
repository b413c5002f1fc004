// JSON fixtures of tst_sonioxjson (kept out of the moc-parsed file).
#include <QByteArray>
#include <QHash>

QByteArray fixture(const char *name)
{
    static const QHash<QByteArray, QByteArray> fixtures = {
        {"f0", R"({"id":"f1","filename":"a.wav","size":42,"created_at":"2024-11-26T00:00:00Z",
                "client_reference_id":null,"brand_new_field":{"x":1}})"},
        {"f1", R"({"id":"t","status":"queued","audio_duration_ms":null,
            "error_type":null,"webhook_status_code":null,"language_hints":null})"},
        {"f2", R"({"id":"t","status":"queued"})"},
        {"f3", R"({"id":"t","status":"queued","audio_duration_ms":0})"},
        {"f4", R"({
            "id":"5f0c","status":"error","created_at":"2026-05-01T09:30:12.150Z",
            "model":"stt-async-v4","file_id":"f1","filename":"meeting.wav",
            "language_hints":["en","de"],"enable_speaker_diarization":true,
            "enable_language_identification":false,"audio_duration_ms":1234,
            "error_type":"audio_decode_error","error_message":"bad audio",
            "webhook_url":"https://h.example/x?job=1","webhook_auth_header_name":"X-T",
            "webhook_auth_header_value":"******************","webhook_status_code":500,
            "client_reference_id":"job-1","context":{"terms":["Qt"]}})"},
        {"f5", R"({"id":"t","status":"paused"})"},
        {"f6", R"({"id":"t","status":"failed"})"},
        {"f7", R"({"status":"queued"})"},
        {"f8", R"({"id":"t","text":"Hi Salut",
            "tokens":[
              {"text":"Hi","start_ms":10,"end_ms":90,"confidence":0.9,"speaker":"1","language":"en",
               "translation_status":"original"},
              {"text":" Salut","confidence":0.8,"language":"fr","source_language":"en",
               "translation_status":"translation","speaker":null},
              {"text":"x","start_ms":100,"end_ms":120,"confidence":1}
            ]})"},
        {"f9", R"({"files":[{"id":"a"},{"id":"b"}],"next_page_cursor":null})"},
        {"f10", R"({"transcriptions":[{"id":"a","status":"completed"}],"next_page_cursor":"c2"})"},
        {"f11", R"({"models":[
            {"id":"stt-async-v4","transcription_mode":"async","languages":[{"code":"en","name":"English"}]},
            {"id":"stt-rt-v4","transcription_mode":"real_time"},
            {"id":"stt-async-preview","aliased_model_id":"stt-async-v4","transcription_mode":"async"}
        ]})"},
        {"f12", R"({"status_code":409,
            "error_type":"transcription_invalid_state","message":"Can only get transcript with completed status.",
            "validation_errors":[{"error_type":"missing","location":"body.payload.model","message":"Field required"}],
            "request_id":"r-1"})"},
        {"f13", R"({"transcriptions":[
            {"id":"a","status":"completed","client_reference_id":"job-1"},
            {"id":"b","status":"cancelled"},
            {"status":"queued"},
            {"id":"c","status":"queued"}
        ],"next_page_cursor":null})"},
    };
    return fixtures.value(QByteArray(name));
}
