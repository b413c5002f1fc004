-- wrk script: every request is one webhook delivery (POST, JSON body, bearer token).
-- BENCH_JOB, BENCH_TOKEN and BENCH_TRANSCRIPTION come from the environment.
wrk.method = "POST"
wrk.path = "/webhook?job=" .. os.getenv("BENCH_JOB")
wrk.body = '{"id":"' .. os.getenv("BENCH_TRANSCRIPTION") .. '","status":"completed"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")


done = function(summary, latency, requests)
    io.write(string.format("BENCH rps %.1f p50_us %d p99_us %d errors %d\n",
        summary.requests / (summary.duration / 1e6),
        latency:percentile(50), latency:percentile(99),
        summary.errors.connect + summary.errors.read + summary.errors.write +
        summary.errors.status + summary.errors.timeout))
end
