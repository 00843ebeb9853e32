"""Durability soak: a scripted user fills /laporan against the local Bot API stand-in while
the real bot process is SIGKILLed at random moments, many of them while an update is being
handled. Afterwards: every submitted report exists exactly once with all its fields, every
reference number is unique, no reply was lost, and after each kill the user resumed at the
step they were at.

    python -m benchmarks.soak [--kills 50] [--seconds 600]

Prints one JSON object (kills, kills in flight, reports submitted/stored, lost replies,
duplicated reports, resumes checked/wrong, seconds). The e2e test runs the same function.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.support.botapi import BotApiStandIn

TOKEN = "123456789:AAHpanduSoakTestToken_abcdefghij"
USER = 6262

# (what the user does, a fragment of the prompt that must follow)
STEPS = [
    ("say", "Pelatihan Soak {n}", "Tanggal pelatihan"),
    ("say", "10/11/2026 - 12/11/2026", "Berapa JP"),
    ("say", "24 JP", "pertama"),
    ("say", "Pelajaran satu laporan {n}", "kedua"),
    ("say", "Pelajaran dua laporan {n}", "ketiga"),
    ("say", "Pelajaran tiga laporan {n}", "terapkan"),
    ("say", "Menerapkan policy brief untuk laporan {n}", "dampak"),
    ("say", "Keputusan rapat lebih cepat {n}", "bagikan"),
    ("say", "/lewati", "Kendala"),
    ("press", "beban kerja tinggi", "Dukungan"),
    ("press", "Lewati", "kegiatan apa"),
    ("say", "Pelatihan internal {n}", "Target tanggal"),
    ("say", "30 Juni 2031", "Indikator"),
    ("say", "Lima staf menulis policy brief {n}", "Periksa laporan"),
    ("press", "Kirim", "Nomor referensi"),
]
PROMPT_OF_STEP = {  # the draft's step -> a fragment of its prompt (resume check)
    "training": "Nama pelatihan",
    "dates": "Tanggal pelatihan",
    "jp": "Berapa JP",
    "lesson1": "pertama",
    "lesson2": "kedua",
    "lesson3": "ketiga",
    "applied": "terapkan",
    "impact": "dampak",
    "shared": "bagikan",
    "obstacles": "Kendala",
    "support": "Dukungan",
    "plan_activity": "kegiatan apa",
    "plan_date": "Target tanggal",
    "plan_indicator": "Indikator",
    "review": "Periksa laporan",
}


class BotProcess:
    def __init__(self, server: BotApiStandIn, data_dir: Path, kb: Path, log: Path) -> None:
        self.server, self.log = server, log
        self.env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "PANDU_DATA_DIR": str(data_dir),
            "PANDU_KNOWLEDGE_PATHS": json.dumps([str(kb)]),
            "PANDU_LOG_LEVEL": "WARNING",
        }
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        polls = len(self.server.calls("getUpdates"))
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run"],
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.server.wait_until(
            lambda: len(self.server.calls("getUpdates")) > polls, timeout=120, what="polling"
        )

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class User:
    """Plays the steps; after a kill, asks for the draft and checks the step it resumes at."""

    def __init__(self, server: BotApiStandIn, db: Path, stats: dict) -> None:
        self.server, self.db, self.stats = server, db, stats

    def _count(self) -> int:
        return len(self.server.messages(USER))

    def wait(self, fragment: str, since: int, timeout: float = 90) -> dict | None:
        """The first bot message since ``since`` with one of the |-separated fragments."""

        def found():
            for message in self.server.messages(USER)[since:]:
                if any(f in (message.get("text") or "") for f in fragment.split("|")):
                    return message
            return None

        try:
            return self.server.wait_until(found, timeout=timeout, what=fragment)
        except TimeoutError:
            return None

    def act(self, kind: str, value: str, fragment: str) -> dict | None:
        since = self._count()
        if kind == "say":
            self.server.send_text(USER, value)
        else:
            self.server.click(USER, value)
        return self.wait(fragment, since)

    def draft_step(self) -> str | None:
        with sqlite3.connect(self.db, timeout=30) as con:
            row = con.execute(
                "SELECT step FROM flow_draft WHERE user_id = ? AND flow = 'report'", (USER,)
            ).fetchone()
        return row[0] if row else None

    def resume(self) -> None:
        """/laporan after a restart: the draft is offered and continues at the stored step."""
        step = self.draft_step()
        if step is None:
            return
        self.stats["resumes_checked"] += 1
        if self.act("say", "/laporan", "draf laporan") is None:
            self.stats["resumes_wrong"] += 1
            return
        expected = PROMPT_OF_STEP.get(step, step)
        if self.act("press", "Lanjutkan", expected) is None:
            self.stats["resumes_wrong"] += 1


def run_soak(kills: int = 50, seconds: float = 600, workdir: Path | None = None) -> dict:
    from tests.knowledge.conftest import write_kb

    workdir = Path(workdir or tempfile.mkdtemp(prefix="pandu-soak-"))
    kb = write_kb(workdir / "kb")
    data = workdir / "data"
    stats = {
        "kills": 0,
        "kills_in_flight": 0,
        "reports_submitted": 0,
        "reports_stored": 0,
        "lost_replies": 0,
        "duplicated_reports": 0,
        "missing_reports": 0,
        "wrong_fields": 0,
        "unique_references": True,
        "resumes_checked": 0,
        "resumes_wrong": 0,
        "error_replies": 0,
        "seconds": 0.0,
    }
    started = time.monotonic()
    rng = random.Random(8)
    with BotApiStandIn(token=TOKEN) as server:
        server.add_chat(USER, "private")
        bot = BotProcess(server, data, kb, workdir / "bot.log")
        subprocess.run(
            [sys.executable, "-m", "bot.cli", "ingest", str(kb)],
            env=bot.env,
            capture_output=True,
            check=True,
        )
        bot.start()
        user = User(server, data / "pandu.db", stats)
        user.act("say", "/start", "Apakah Anda setuju")
        user.act("press", "Setuju", "Siapa nama")
        user.act("say", "/batal", "Dibatalkan")
        lock = threading.Lock()
        killed = threading.Event()
        done = threading.Event()

        def killer() -> None:
            while not done.is_set() and stats["kills"] < kills:
                time.sleep(rng.uniform(0.05, 0.6))
                with lock:
                    if done.is_set():
                        return
                    busy = _in_flight(data / "pandu.db") or _handling(server)
                    bot.kill()
                    stats["kills"] += 1
                    stats["kills_in_flight"] += int(busy)
                    bot.start()
                    killed.set()

        thread = threading.Thread(target=killer, daemon=True)
        thread.start()
        n = 0
        try:
            while (stats["kills"] < kills or n == 0) and time.monotonic() - started < seconds:
                n += 1
                opened = user.act("say", "/laporan", "Nama pelatihan|draf laporan")
                if opened is not None and "draf laporan" in opened["text"]:  # an earlier one lost
                    user.act("press", "Mulai ulang", "Nama pelatihan")
                for kind, value, fragment in STEPS:
                    if killed.is_set():
                        killed.clear()
                        user.resume()
                    reply = user.act(kind, value.format(n=n), fragment)
                    if reply is None:
                        stats["lost_replies"] += 1
                        break
                else:
                    stats["reports_submitted"] += 1
        finally:
            done.set()
            thread.join(timeout=180)
            bot.stop()
        stats["error_replies"] = sum(
            "terjadi kesalahan" in (m.get("text") or "") for m in server.messages(USER)
        )
    _check_reports(data / "pandu.db", stats)
    stats["seconds"] = round(time.monotonic() - started, 1)
    return stats


def _in_flight(db: Path) -> bool:
    """An update received by the bot and not yet handled (a row in its inbox)."""
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT COUNT(*) FROM inbox_update").fetchone()[0] > 0
    except sqlite3.Error:
        return False


def _handling(server: BotApiStandIn) -> bool:
    """A bot call in progress at the stand-in (an update being handled right now)."""
    return any(c["status"] is None for c in server.calls()[-5:])


def _check_reports(db: Path, stats: dict) -> None:
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT reference, training, lesson1, lesson2, lesson3, applied, impact, obstacles,"
            " plan_activity, plan_indicator, jp, start_date, plan_date FROM reflection_report"
        ).fetchall()
    stats["reports_stored"] = len(rows)
    trainings = [r[1] for r in rows]
    stats["duplicated_reports"] = len(trainings) - len(set(trainings))
    stats["unique_references"] = len({r[0] for r in rows}) == len(rows)
    for row in rows:
        n = row[1].rsplit(" ", 1)[-1]
        expected = (
            f"Pelatihan Soak {n}",
            f"Pelajaran satu laporan {n}",
            f"Pelajaran dua laporan {n}",
            f"Pelajaran tiga laporan {n}",
            f"Menerapkan policy brief untuk laporan {n}",
            f"Keputusan rapat lebih cepat {n}",
            "beban kerja tinggi",
            f"Pelatihan internal {n}",
            f"Lima staf menulis policy brief {n}",
            24.0,
            "2026-11-10",
            "2031-06-30",
        )
        stats["wrong_fields"] += int(tuple(row[1:]) != expected)
    stats["missing_reports"] = max(0, stats["reports_submitted"] - len(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=600)
    args = parser.parse_args()
    print(json.dumps(run_soak(args.kills, args.seconds)))


if __name__ == "__main__":
    main()
