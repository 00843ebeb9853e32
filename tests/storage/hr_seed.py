"""A small agency for HR tests: two units, people who typed their unit in different ways,
their learning log, reports, evaluations and questions. The tests compute what they expect
from these tuples, not from the code under test."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session

from storage import evaluations, learning, people, reports, units
from storage.units import UnitSpec

KOMINFO = UnitSpec("Dinas Komunikasi dan Informatika", ("Diskominfo", "Dinas Kominfo"))
BKPSDM = UnitSpec("Badan Kepegawaian dan Pengembangan SDM", ("BKPSDM",))

# telegram id, name, unit as typed, consented
PEOPLE = [
    (101, "Ani", "Diskominfo", True),
    (102, "Budi", "dinas kominfo", True),
    (103, "Citra", "Dinas Komunikasi dan Informatika", True),
    (104, "Dedi", "DISKOMINFO", True),
    (105, "Eka", "Dinas Kominfo", True),
    (106, "Fajar", "Diskominfo", True),
    (107, "Gita (belum setuju)", "Diskominfo", False),
    (201, "Hadi", "BKPSDM", True),
    (202, "Indah", "Badan Kepegawaian dan Pengembangan SDM", True),
    (203, "Joko", "bkpsdm", True),
    (204, "Kiki", "BKPSDM", True),
]
# telegram id, form, title, start, jp
ACTIVITIES = [
    (101, "pelatihan klasikal", "Pelatihan SPBE", date(2026, 10, 5), 24),
    (102, "seminar", "Seminar Keamanan Siber", date(2026, 10, 12), 4),
    (102, "coaching", "Coaching kinerja", date(2026, 3, 2), 4),
    (103, "e-learning", "Literasi Data", date(2026, 11, 3), 12),
    (104, "workshop", "Workshop Dashboard", date(2026, 9, 1), 5),  # before the period
    (105, "pelatihan klasikal", "Pelatihan Arsip Digital", date(2026, 11, 20), 30),
    (106, "seminar", "Seminar Pelayanan Publik", date(2026, 10, 2), 4),  # no report: overdue
    (107, "pelatihan klasikal", "Tanpa persetujuan", date(2026, 10, 5), 40),
    (201, "pelatihan klasikal", "Pelatihan Analis SDM", date(2026, 10, 1), 40),
    (202, "seminar", "Seminar Manajemen Talenta", date(2026, 10, 20), 4),
]
# telegram id, training, obstacles, support, written on
REPORTS = [
    (
        101,
        "Pelatihan SPBE",
        "beban kerja tinggi",
        "Perlu dukungan atasan untuk uji coba",
        date(2026, 11, 1),
    ),
    (
        102,
        "Seminar Keamanan Siber",
        "keterbatasan waktu",
        "perlu dukungan atasan untuk uji coba aplikasi",
        date(2026, 11, 2),
    ),
    (103, "Literasi Data", "beban kerja tinggi", "Akses ke data dinas", date(2026, 11, 10)),
    (104, "Workshop Dashboard", "beban kerja tinggi", "Server untuk dashboard", date(2026, 10, 15)),
    (106, "Pelatihan Lama", "tidak ada kendala", "Tidak ada", date(2026, 10, 30)),
    (201, "Pelatihan Analis SDM", "perubahan tugas", "Waktu belajar terjadwal", date(2026, 11, 5)),
]
# telegram id, training, six scores (materi pengajar metode sarana jadwal relevansi), on
EVALUATIONS = [
    (101, "Pelatihan SPBE", (5, 4, 4, 3, 4, 5), date(2026, 10, 20)),
    (102, "Pelatihan SPBE", (4, 4, 3, 2, 4, 4), date(2026, 10, 22)),
    (103, "Literasi Data", (3, 3, 2, 3, 3, 2), date(2026, 11, 12)),
    (201, "Pelatihan Analis SDM", (5, 5, 5, 5, 5, 5), date(2026, 11, 6)),
]
# telegram id, question, confident, rating, on
FEEDBACK = [
    (101, "berapa tunjangan kinerja pranata komputer?", False, "", date(2026, 10, 3)),
    (102, "berapa tunjangan kinerja pranata komputer ahli muda?", False, "", date(2026, 10, 8)),
    (103, "cara klaim JP webinar di SIASN", True, "down", date(2026, 11, 4)),
    (104, "brp jp minimal setahun", True, "up", date(2026, 11, 4)),
    (201, "tunjangan kinerja analis SDM berapa", False, "", date(2026, 11, 4)),
]


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)  # 09:00 WIB


def seed(session: Session) -> None:
    now = at(date(2026, 1, 2))
    units.load(session, specs=[KOMINFO, BKPSDM], now=now)
    for pid, name, unit, consented in PEOPLE:
        people.update_profile(
            session,
            telegram_id=pid,
            now=now,
            name=name,
            unit_kerja=unit,
            consent_at=now if consented else None,
        )
    for pid, form, title, start, jp in ACTIVITIES:
        learning.add_activity(
            session,
            telegram_id=pid,
            unit_kerja=unit_of(pid),
            now=at(start),
            activity=learning.LearningActivityCreate(
                form=form, title=title, start_date=start, jp=jp
            ),
        )
    for n, (pid, training, obstacles, support, on) in enumerate(REPORTS, start=1):
        reports.submit_report(
            session,
            telegram_id=pid,
            unit_kerja=unit_of(pid),
            draft_id=n,
            now=at(on),
            values=reports.ReportBase(
                training=training,
                start_date=date(2026, 10, 1),
                end_date=date(2026, 10, 3),
                jp=10,
                lesson1="a",
                lesson2="b",
                lesson3="c",
                applied="d",
                impact="e",
                obstacles=obstacles,
                support=support,
                plan_activity="f",
                plan_date=date(2027, 1, 10),
                plan_indicator="g",
            ),
        )
    for pid, training, scores, on in EVALUATIONS:
        row = evaluations.Evaluation(
            telegram_id=pid,
            unit_kerja=unit_of(pid),
            training_key=f"teks:{training}",
            training_name=training,
            created_at=at(on),
            updated_at=at(on),
            **dict(zip(evaluations.ASPECTS, scores, strict=True)),
        )
        session.add(row)
    for pid, question, confident, rating, on in FEEDBACK:
        row = people.record_answer(
            session,
            telegram_id=pid,
            unit_kerja=unit_of(pid),
            question=question,
            answer="-",
            sources=[],
            confident=confident,
        )
        row.rating, row.created_at = rating, at(on)
        session.add(row)


def unit_of(pid: int) -> str:
    return next(unit for p, _, unit, _ in PEOPLE if p == pid)
