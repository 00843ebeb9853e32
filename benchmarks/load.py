"""Simulated users over HTTP against the local Bot API stand-in, the real bot process
answering: answered questions per second, reply latency, lost or duplicated replies.

    python -m benchmarks.load [--users 200] [--questions 10] [--rate-limit 0]

Each user is a private chat that asks its questions one after another, waiting for the
reply and then pausing 1-3 s (reading time). Latency is measured from the moment the user's
message is queued at the stand-in to the moment the bot's sendMessage reaches it, so it
includes long polling, the answer and the HTTP round trips. The knowledge base is the
shipped one, embedded with the default model.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import yaml

from tests.support.botapi import BotApiStandIn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOKEN = "123456789:AAHpanduLoadBenchmarkToken_abcdefgh"


class Replies:
    """One event per chat, set when the bot's sendMessage to that chat arrives: users wait on
    their own event instead of all waking on every stand-in state change."""

    def __init__(self) -> None:
        self.events: dict[int, threading.Event] = {}
        self.at: dict[int, float] = {}

    def watch(self, user_id: int) -> threading.Event:
        self.events[user_id] = event = threading.Event()
        return event

    def __call__(self, record: dict) -> None:
        if record["method"] == "sendMessage" and record["status"] == 200:
            chat = int(record["params"].get("chat_id", 0))
            self.at[chat] = time.monotonic()
            if chat in self.events:
                self.events[chat].set()


def user_session(
    server: BotApiStandIn,
    replies: Replies,
    user_id: int,
    questions: list[str],
    pauses: tuple[float, float],
    results: list,
    rng: random.Random,
) -> None:
    time.sleep(rng.uniform(0, pauses[1]))  # users arrive over a few seconds, not all at once
    for question in questions:
        event = replies.watch(user_id)
        started = time.monotonic()
        server.send_text(user_id, question)
        if event.wait(timeout=60):
            results.append(("ok", user_id, replies.at[user_id] - started, started))
        else:
            results.append(("lost", user_id, None, started))
        time.sleep(rng.uniform(*pauses))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--pause-min", type=float, default=1.0)
    parser.add_argument("--pause-max", type=float, default=3.0)
    parser.add_argument(
        "--rate-limit", type=float, default=0.0, help="PANDU_RATE_LIMIT_PER_SECOND for the bot"
    )
    parser.add_argument(
        "--unique",
        action="store_true",
        help="make every question text distinct (defeats the answer and embedding caches)",
    )
    parser.add_argument("--cache", type=Path, default=HERE / ".cache")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "load.json")
    args = parser.parse_args()
    pool = [i["q"] for i in yaml.safe_load((HERE / "eval" / "questions.yaml").read_text())]
    data_dir = args.cache / "load-data"
    env = {**os.environ, "PANDU_DATA_DIR": str(data_dir), "PANDU_LOG_LEVEL": "WARNING"}
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest"], env=env, check=True, capture_output=True
    )
    # update ids grow across runs, as Telegram's do (the bot remembers ids it has handled)
    with BotApiStandIn(token=TOKEN, first_update_id=int(time.time() * 1000)) as server:
        env.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=server.base_url,
            PANDU_RATE_LIMIT_PER_SECOND=str(args.rate_limit),
        )
        bot = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            server.mark(1)
            server.send_text(1, "halo")  # wait until the bot is up
            server.wait_for_messages(1, 1, timeout=120)
            results: list = []
            replies = Replies()
            server.on_call = replies
            server.record_calls = False
            rng = random.Random(11)
            threads = [
                threading.Thread(
                    target=user_session,
                    args=(
                        server,
                        replies,
                        10_000 + u,
                        [
                            rng.choice(pool) + (f" (nomor {u}-{i})" if args.unique else "")
                            for i in range(args.questions)
                        ],
                        (args.pause_min, args.pause_max),
                        results,
                        random.Random(u),
                    ),
                )
                for u in range(args.users)
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.monotonic() - started
            time.sleep(2)  # let any late duplicate arrive before counting
            replies = sum(len(server.messages(10_000 + u)) for u in range(args.users))
        finally:
            bot.terminate()
            bot.wait(timeout=30)
    latencies = sorted(r[2] for r in results if r[0] == "ok")
    asked = args.users * args.questions
    report = {
        "users": args.users,
        "questions_per_user": args.questions,
        "asked": asked,
        "answered": len(latencies),
        "lost": asked - len(latencies),
        "duplicated": max(0, replies - len(latencies)),
        "wall_s": round(wall, 1),
        "answered_per_s": round(len(latencies) / wall, 1),
        "p50_ms": round(latencies[len(latencies) // 2] * 1000, 1),
        "p95_ms": round(latencies[int(len(latencies) * 0.95)] * 1000, 1),
        "mean_ms": round(statistics.mean(latencies) * 1000, 1),
        "rate_limit_per_s": args.rate_limit,
        "pause_s": [args.pause_min, args.pause_max],
        "unique_questions": args.unique,
    }
    print(json.dumps(report, indent=2))
    by_second: dict[int, list[float]] = {}
    t0 = min(r[3] for r in results)
    for r in results:
        if r[2] is not None:
            by_second.setdefault(int(r[3] - t0), []).append(r[2])
    print("second: count, max latency ms")
    print(" ".join(f"{k}:{len(v)},{max(v) * 1000:.0f}" for k, v in sorted(by_second.items())))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    out = args.out.with_name(args.out.stem + ("-unique" if args.unique else "") + args.out.suffix)
    out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
