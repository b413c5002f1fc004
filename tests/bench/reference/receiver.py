"""The reference webhook receiver the Soniox webhook guide suggests, for scripts/bench.sh.

A FastAPI endpoint that checks the auth header, validates the payload with a pydantic
model, keeps an in-memory set of processed ids and queues a background task (which in a
real script would fetch the transcript). Run with Debian's uvicorn, one worker:

    BENCH_TOKEN=... BENCH_JOB=... uvicorn --app-dir tests/bench/reference receiver:app \
        --host 127.0.0.1 --port 8000 --workers 1 --no-access-log
"""
import hmac
import os
from typing import Literal

from fastapi import BackgroundTasks, FastAPI, Header, HTTPException, Query
from pydantic import BaseModel, constr

TOKEN = os.environ["BENCH_TOKEN"]
app = FastAPI()
processed: set = set()


class Webhook(BaseModel):
    id: constr(min_length=1, max_length=128)
    status: Literal["completed", "error"]


def fetch_transcript(transcription_id: str) -> None:
    """Where a script would GET /v1/transcriptions/{id}/transcript."""
    processed.add(transcription_id)


@app.post("/webhook")
async def webhook(
    payload: Webhook,
    background_tasks: BackgroundTasks,
    job: str = Query(...),
    authorization: str = Header(default=""),
):
    if not hmac.compare_digest(authorization, f"Bearer {TOKEN}"):
        raise HTTPException(status_code=401, detail="unauthorized")
    if payload.id in processed:
        return {"status": "duplicate"}
    background_tasks.add_task(fetch_transcript, payload.id)
    return {"status": "success"}
