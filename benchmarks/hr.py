"""HR summaries and exports at agency size, against a plain baseline in the same run.

    python -m benchmarks.hr [--people 5000] [--units 40]

A SQLite database with N consenting employees spread over U units (typed in three ways
each), 4 learning activities, 1 report, 1 evaluation and 2 questions per person. Timed: the
records of one unit and of every unit (`storage.summary.records`, which matches every typed
unit to the list), the figures (`summarise`), the text and chart, the XLSX. Baseline: the
same rows read with plain SELECTs and no unit matching, so the cost of matching typed units
is visible.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from bot.hr import export, summary
from bot.texts import texts
from storage import evaluations, learning, people, reports, units
from storage.db import create_tables, make_engine, session_scope
from storage.summary import Scope, records, summarise

HERE = Path(__file__).resolve().parent
START, END = date(2026, 1, 1), date(2026, 11, 29)


def seed(engine, n_people: int, n_units: int) -> None:
    rng = random.Random(7)
    now = datetime(2026, 1, 2, 2, tzinfo=UTC)
    with session_scope(engine) as session:
        specs = [
            units.UnitSpec(
                f"Dinas Urusan Nomor {i} Kabupaten Contoh", (f"Disurus{i}", f"Dinas Urusan {i}")
            )
            for i in range(n_units)
        ]
        units.load(session, specs=specs, now=now)
        for pid in range(1, n_people + 1):
            spec = specs[pid % n_units]
            typed = rng.choice([spec.name, *spec.aliases]).lower()
            people.update_profile(
                session,
                telegram_id=pid,
                now=now,
                name=f"Pegawai {pid}",
                unit_kerja=typed,
                consent_at=now,
            )
            for k in range(4):
                day = START + timedelta(days=rng.randrange(0, 330))
                session.add(
                    learning.LearningActivity(
                        telegram_id=pid,
                        unit_kerja=typed,
                        form="pelatihan klasikal",
                        title=f"Pelatihan {k}",
                        start_date=day,
                        jp=rng.choice([4, 8, 16, 24]),
                        created_at=now,
                        updated_at=now,
                    )
                )
            session.add(
                reports.Report(
                    telegram_id=pid,
                    unit_kerja=typed,
                    reference=f"LAP-2026-{pid:06d}",
                    training="Pelatihan 0",
                    start_date=START,
                    end_date=START,
                    jp=8,
                    lesson1="a",
                    lesson2="b",
                    lesson3="c",
                    applied="d",
                    impact="e",
                    obstacles=rng.choice(["beban kerja tinggi", "keterbatasan waktu"]),
                    support=rng.choice(["dukungan atasan", "waktu belajar", "akses data"]),
                    plan_activity="f",
                    plan_date=END,
                    plan_indicator="g",
                    created_at=now,
                    updated_at=now,
                )
            )
            session.add(
                evaluations.Evaluation(
                    telegram_id=pid,
                    unit_kerja=typed,
                    training_key="teks:Pelatihan 0",
                    training_name="Pelatihan 0",
                    materi=rng.randint(1, 5),
                    pengajar=4,
                    metode=4,
                    sarana=3,
                    jadwal=4,
                    relevansi=5,
                    created_at=now,
                    updated_at=now,
                )
            )
            for q in range(2):
                session.add(
                    people.Feedback(
                        telegram_id=pid,
                        unit_kerja=typed,
                        question=f"pertanyaan {q} tentang topik {pid % 30}",
                        answer="-",
                        confident=bool(q),
                        created_at=now,
                        updated_at=now,
                    )
                )


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, round(time.perf_counter() - started, 3)


def measure(engine, unit_name: str | None) -> dict:
    t = texts("id")
    with session_scope(engine) as session:
        chosen = None if unit_name is None else [units.resolve(session, text=unit_name)]
        scope = Scope(chosen, START, END)
        data, read_s = timed(lambda: records(session, scope=scope))
    figures, figures_s = timed(
        lambda: summarise(data, scope=scope, today=END, due_days=30, min_group=5)
    )
    _, text_s = timed(lambda: summary.render(figures, scope, t, 5))
    _, chart_s = timed(lambda: summary.chart(figures, scope, t))
    book, xlsx_s = timed(lambda: export.to_xlsx(export.sheets(data, today=END, due_days=30)))
    with session_scope(engine) as session:
        _, plain_s = timed(
            lambda: [
                list(session.exec(select(m)))
                for m in (
                    people.Profile,
                    learning.LearningActivity,
                    reports.Report,
                    evaluations.Evaluation,
                    people.Feedback,
                )
            ]
        )
    return {
        "scope": unit_name or "every unit",
        "people": len(data.people),
        "records_s": read_s,
        "baseline_plain_selects_s": plain_s,
        "figures_s": figures_s,
        "text_s": text_s,
        "chart_s": chart_s,
        "xlsx_s": xlsx_s,
        "xlsx_kib": round(len(book) / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--units", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'hr.db'}")
        create_tables(engine)
        _, seed_s = timed(lambda: seed(engine, args.people, args.units))
        results = [measure(engine, "Disurus3"), measure(engine, None)]
    out = {"people": args.people, "units": args.units, "seed_s": seed_s, "runs": results}
    (HERE / "results" / "hr.json").write_text(json.dumps(out, indent=2))
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
