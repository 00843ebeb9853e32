"""Serving under load, the embedded defaults beside the production path, in one run:

    python -m benchmarks.serving [--rate 30] [--seconds 60] [--saturate 150] [--saturate-seconds 20]

- ``embedded``: one `pandu run` (long polling), SQLite and Chroma in its data dir;
- ``production``: two `pandu run --webhook` workers, each with a data dir of its own, on one
  PostgreSQL database (the local server) and one Chroma server (`chroma run`), updates posted
  to the two in turn as a load balancer would.

Open loop: question k is sent at k / rate seconds whatever happened before, each from one of
200 users in turn, every text distinct (no cache helps). Latency runs from the moment the
update is handed over (queued at the stand-in, or posted to a worker) to the bot's
sendMessage reaching the stand-in. Phase one offers ``--rate`` questions/s for ``--seconds``
(p50/p95/p99 overall and for the first minute); phase two offers ``--saturate``/s for
``--saturate-seconds`` and reports what was answered per second. Lost = no reply within 60 s
of the phase's end; duplicated = more replies than questions in a chat.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

from tests.support.botapi import BotApiStandIn
from tests.support.chroma_server import ChromaServer, free_port
from tests.support.updates import message_update, post_update

HERE = Path(__file__).resolve().parent
TOKEN = "123456789:AAHpanduServingBenchmark_abcdefgh"
USERS = 200
PUBLIC = "https://pandu.example.org"


class Replies:
    """sendMessage arrivals per chat, in order (the stand-in's cheap hook)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.at: dict[int, list[float]] = {}

    def __call__(self, record: dict) -> None:
        if record["method"] == "sendMessage" and record["status"] == 200:
            chat = int(record["params"].get("chat_id", 0))
            with self.lock:
                self.at.setdefault(chat, []).append(time.monotonic())


class Embedded:
    name = "embedded (SQLite, Chroma in the data dir, 1 process, polling)"

    def __init__(self, server: BotApiStandIn, tmp: Path) -> None:
        self.server = server
        self.env = {**os.environ, "PANDU_DATA_DIR": str(tmp / "data"), "PANDU_LOG_LEVEL": "WARNING"}

    def start(self) -> None:
        subprocess.run([sys.executable, "-m", "bot.cli", "ingest"], env=self.env, check=True,
                       capture_output=True)
        env = {**self.env, "TELEGRAM_BOT_TOKEN": TOKEN,
               "TELEGRAM_API_BASE_URL": self.server.base_url}
        self.procs = [subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]

    def send(self, update_id: int, chat: int, words: str) -> None:
        self.server.send_text(chat, words)

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
            proc.wait(timeout=30)


class Production(Embedded):
    name = "production (PostgreSQL, Chroma server, 2 webhook workers)"

    def __init__(self, server: BotApiStandIn, tmp: Path) -> None:
        from tests.conftest import create_pg_database

        self.server, self.tmp = server, tmp
        self.database = create_pg_database("pandu_bench")
        self.chroma = ChromaServer(tmp / "chroma").start()
        self.env = {**os.environ, "DATABASE_URL": self.database,
                    "PANDU_CHROMA_URL": self.chroma.url, "PANDU_LOG_LEVEL": "WARNING",
                    "PANDU_DATA_DIR": str(tmp / "ingest")}
        self.ports = [free_port(), free_port()]
        self.posts = ThreadPoolExecutor(8)
        self.secret = ""

    def start(self) -> None:
        subprocess.run([sys.executable, "-m", "bot.cli", "ingest"], env=self.env, check=True,
                       capture_output=True)
        self.procs = []
        for i, port in enumerate(self.ports):
            env = {**self.env, "TELEGRAM_BOT_TOKEN": TOKEN, "PANDU_DATA_DIR": str(self.tmp / f"w{i}"),
                   "TELEGRAM_API_BASE_URL": self.server.base_url}
            command = [sys.executable, "-m", "bot.cli", "run", "--webhook", PUBLIC, "--port",
                       str(port)]
            self.procs.append(subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL))
        calls = self.server.wait_until(lambda: len(self.server.calls("setWebhook")) >= 2
                                       and self.server.calls("setWebhook"), timeout=180,
                                       what="both workers' setWebhook")
        self.secret = calls[-1]["params"]["secret_token"]

    def send(self, update_id: int, chat: int, words: str) -> None:
        url = f"http://127.0.0.1:{self.ports[update_id % 2]}/telegram"
        self.posts.submit(post_update, url, self.secret, message_update(update_id, chat, words))

    def stop(self) -> None:
        from tests.conftest import drop_pg_database

        super().stop()
        self.posts.shutdown(wait=True)
        self.chroma.stop()
        drop_pg_database(self.database)


def phase(setup, replies: Replies, pool: list[str], rate: float, seconds: float, tag: str,
          next_id: list[int]) -> dict:
    sent: list[tuple[int, float]] = []  # (chat, when)
    total = int(rate * seconds)
    began = time.monotonic()
    for k in range(total):
        target = began + k / rate
        delay = target - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        chat = 20_000 + k % USERS
        next_id[0] += 1
        words = f"{pool[k % len(pool)]} ({tag} {k})"
        sent.append((chat, time.monotonic()))
        setup.send(next_id[0], chat, words)
    offered = time.monotonic() - began
    deadline = time.monotonic() + 60
    counts: dict[int, int] = {}
    for chat, _ in sent:
        counts[chat] = counts.get(chat, 0) + 1
    while time.monotonic() < deadline:
        with replies.lock:
            done = all(len(replies.at.get(c, [])) >= n for c, n in counts.items())
        if done:
            break
        time.sleep(0.2)
    time.sleep(2)  # a late duplicate would arrive now
    latencies, first_minute, last_reply, lost, duplicated = [], [], began, 0, 0
    with replies.lock:
        arrivals = {c: list(replies.at.get(c, [])) for c in counts}
        for c in counts:
            replies.at.pop(c, None)
    by_chat: dict[int, list[float]] = {}
    for chat, when in sent:
        by_chat.setdefault(chat, []).append(when)
    for chat, sends in by_chat.items():
        got = arrivals[chat]
        lost += max(0, len(sends) - len(got))
        duplicated += max(0, len(got) - len(sends))
        for when, arrived in zip(sends, got, strict=False):
            latencies.append(arrived - when)
            if when - began < 60:
                first_minute.append(arrived - when)
            last_reply = max(last_reply, arrived)
    latencies.sort()
    first_minute.sort()

    def pct(values: list[float], p: float) -> float | None:
        return round(values[min(len(values) - 1, int(len(values) * p))] * 1000, 1) if values \
            else None

    return {
        "offered_per_s": rate,
        "offered_s": round(offered, 1),
        "asked": total,
        "answered": len(latencies),
        "answered_per_s": round(len(latencies) / max(1e-9, last_reply - began), 1),
        "lost": lost,
        "duplicated": duplicated,
        "p50_ms": pct(latencies, 0.50),
        "p95_ms": pct(latencies, 0.95),
        "p99_ms": pct(latencies, 0.99),
        "first_minute_p95_ms": pct(first_minute, 0.95),
    }


def measure(kind, args, pool: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp, BotApiStandIn(
        token=TOKEN, first_update_id=int(time.time() * 1000)
    ) as server:
        for u in range(USERS + 1):
            server.add_chat(20_000 + u, "private")
        setup = kind(server, Path(tmp))
        replies = Replies()
        try:
            setup.start()
            server.on_call = replies
            server.record_calls = False
            next_id = [int(time.time() * 1000)]
            warm = phase(setup, replies, pool, 2, 3, "pemanasan", next_id)  # up and warm
            steady = phase(setup, replies, pool, args.rate, args.seconds, "tetap", next_id)
            peak = phase(setup, replies, pool, args.saturate, args.saturate_seconds, "puncak",
                         next_id)
        finally:
            setup.stop()
    return {"setup": kind.name, "warm_up_lost": warm["lost"], "steady": steady,
            "saturation": peak}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--setups", default="embedded,production")
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--saturate", type=float, default=150.0)
    parser.add_argument("--saturate-seconds", type=float, default=20.0)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "serving.json")
    args = parser.parse_args()
    pool = [i["q"] for i in yaml.safe_load((HERE / "eval" / "questions.yaml").read_text())]
    kinds = {"embedded": Embedded, "production": Production}
    rows = [measure(kinds[name], args, pool) for name in args.setups.split(",")]
    print(json.dumps(rows, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
