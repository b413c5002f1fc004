#!/usr/bin/env python3
"""Writes long.json: a deterministic, realistic Soniox transcript of a few thousand tokens.

Two speakers over about twelve minutes; sub-word tokens with the spacing inside them,
punctuation as tokens of their own, short gaps between words, pauses between sentences
(some longer than a second) and a few very long words. A fixed linear congruential
generator makes the output identical on every machine and Python version.

    python3 make_long.py > long.json
"""
import json

state = 20261127


def rand(n):
    """0 <= result < n, from a 31-bit LCG."""
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 8) % n


WORDS = ("we need to ship the release before the end of the month so every team should "
         "check their open issues and write down what blocks them the export looks good "
         "but subtitles still need work on long sentences and speaker changes later we can "
         "talk about budget hiring and the roadmap for next year customers asked for "
         "better timestamps faster uploads and clear error messages").split()
LONG_WORDS = ["internationalisation", "responsibilities", "characteristically",
              "telecommunications"]


def pieces(word):
    """Splits a word into sub-word tokens the way a tokenizer might."""
    if len(word) <= 4 or rand(3) == 0:
        return [word]
    out, rest = [], word
    while len(rest) > 5:
        cut = 2 + rand(3)
        out.append(rest[:cut])
        rest = rest[cut:]
    out.append(rest)
    return out


def main():
    tokens = []
    t = 400
    speaker = "1"
    sentences = 0
    while len(tokens) < 3000:
        length = 4 + rand(14)
        for i in range(length):
            word = LONG_WORDS[rand(len(LONG_WORDS))] if rand(40) == 0 else WORDS[rand(len(WORDS))]
            if i == 0:
                word = word.capitalize()
            for j, piece in enumerate(pieces(word)):
                text = (" " if (j == 0 and tokens) else "") + piece
                duration = 60 + 30 * len(piece) + rand(80)
                tokens.append({"text": text, "start_ms": t, "end_ms": t + duration,
                               "confidence": round(0.80 + rand(20) / 100, 2),
                               "speaker": speaker})
                t += duration
            if i < length - 1 and rand(6) == 0:
                tokens.append({"text": ",", "start_ms": t, "end_ms": t + 20,
                               "confidence": 0.97, "speaker": speaker})
                t += 20
            t += 20 + rand(120)
        tokens.append({"text": "." if rand(5) else "?", "start_ms": t, "end_ms": t + 20,
                       "confidence": 0.99, "speaker": speaker})
        t += 20
        sentences += 1
        pause = rand(10)
        t += 150 + rand(300) if pause < 6 else (900 + rand(600) if pause < 9 else 2000 + rand(2500))
        if rand(4) == 0:
            speaker = "2" if speaker == "1" else "1"
            t += 300 + rand(700)
    transcript = {"id": "9e8d7c6b-5a49-4382-a716-151413121110",
                  "text": "".join(tok["text"] for tok in tokens), "tokens": tokens}
    print(json.dumps(transcript, ensure_ascii=False))


main()
