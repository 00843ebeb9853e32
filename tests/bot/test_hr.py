"""HR officers and admins through the real bot: roles by invitation, summaries and exports
that show one unit to its officer and nothing to anyone else."""

import io
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from storage import roles
from storage.db import session_scope
from tests.bot.conftest import ADMIN, USER, Harness, text_of
from tests.storage import hr_seed

OFFICER, OTHER = 9100, 9200
PERIOD = "01/10/2026 - 29/11/2026"
ZONE = ZoneInfo("Asia/Jakarta")


@pytest.fixture
async def hr(tmp_path, kb_folder, database_url):
    harness = Harness(tmp_path / "data", database_url=database_url, admin_ids=(ADMIN,))
    harness.ingest(kb_folder)
    with session_scope(harness.store.engine) as session:
        hr_seed.seed(session)
    await harness.start()
    yield harness
    await harness.stop()
    assert harness.errors == [], harness.errors


async def consent(bot: Harness, user: int) -> None:
    await bot.say("/start", user=user)
    await bot.press("Setuju", user=user)
    await bot.say("/batal", user=user)


async def make_officer(bot: Harness, user: int = OFFICER, unit: str = "Diskominfo") -> str:
    invited = text_of(await bot.say(f"/undang hr {unit}", user=ADMIN))
    code = re.search(r"<code>(\w+)</code>", invited).group(1)
    await consent(bot, user)
    joined = text_of(await bot.say(f"/gabung {code}", user=user))
    assert "petugas SDM — Dinas Komunikasi dan Informatika" in joined
    return code


def files_to(bot: Harness, user: int) -> list[tuple[str, bytes]]:
    return [
        bot.transport.files[m["message_id"]]
        for m in bot.transport.sent_to(user)
        if m["message_id"] in bot.transport.files
    ]


def signed(bot: Harness, kind: str, *args) -> str:
    return bot.app.bot_data["services"].codec.encode(kind, *args)


async def press_data(bot: Harness, user: int, data: str) -> list[dict]:
    message_id = bot.transport.sent_to(user)[-1]["message_id"]
    return await bot.feed(bot.transport.button_update(user, message_id, data))


async def test_every_hr_entry_point_refuses_an_employee_and_shows_nothing(hr):
    await consent(hr, USER)
    for command in (
        "/ringkasan",
        f"/ringkasan {PERIOD}",
        "/ekspor",
        "/undang hr Diskominfo",
        "/peran",
        "/unit",
        "/unit tambah Dinas Baru",
        "/audit",
    ):
        assert "khusus petugas SDM atau admin" in text_of(await hr.say(command)), command
    for data in (
        signed(hr, "hp", "s", "bi"),
        signed(hr, "hu", "e", "bi", 0),
        signed(hr, "hu", "s", "bi", 1),
        signed(hr, "rv", 1),
    ):
        assert "khusus petugas SDM" in text_of(await press_data(hr, USER, data))
    assert files_to(hr, USER) == []
    sent = " ".join(m.get("text", "") for m in hr.transport.sent_to(USER))
    assert "Fajar" not in sent and "Hadi" not in sent
    with session_scope(hr.store.engine) as session:
        assert roles.audit_log(session) == [] and roles.active_grants(session) == []


async def test_an_officer_sees_their_unit_only_in_the_summary_and_the_chart(hr):
    await make_officer(hr)
    out = text_of(await hr.say(f"/ringkasan {PERIOD}", user=OFFICER))
    assert "Ringkasan Dinas Komunikasi dan Informatika" in out
    assert "Pegawai terdaftar: 6" in out
    assert "2 dari 6 pegawai (33%)" in out and "18,3 JP" in out
    assert "Di bawah target: Fajar (4); Dedi (5); Budi (8); Citra (12)" in out
    assert "3 terkirim, 1 belum jatuh tempo, 1 terlambat; penyelesaian 75%" in out
    assert "beban kerja tinggi (3)" in out
    assert "0 dikonfirmasi, 0 perlu revisi, 5 belum diverifikasi" in out
    assert "berapa tunjangan kinerja pranata komputer? (2×)" in out
    for other_unit in ("Hadi", "Indah", "Joko", "Kiki", "analis SDM", "Gita"):
        assert other_unit not in out
    [(name, png)] = files_to(hr, OFFICER)
    assert name == "ringkasan.png" and png.startswith(b"\x89PNG")
    forged = await press_data(hr, OFFICER, signed(hr, "hu", "s", "ty", 2))  # the other unit
    assert "khusus petugas SDM" in text_of(forged) and len(files_to(hr, OFFICER)) == 1


async def test_the_export_holds_the_units_records_typed_cell_by_cell(hr):
    await make_officer(hr)
    await hr.say(f"/ekspor {PERIOD}", user=OFFICER)
    [(name, data)] = files_to(hr, OFFICER)
    assert name == "pandu-20261001-20261129.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == [
        "Pegawai",
        "Log belajar",
        "Laporan penerapan",
        "Evaluasi pelatihan",
        "Umpan balik jawaban",
    ]
    staff = book["Pegawai"]
    assert staff.freeze_panes == "A2" and staff.auto_filter.ref
    rows = {r[0]: r for r in staff.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"Ani", "Budi", "Citra", "Dedi", "Eka", "Fajar"}
    assert rows["Budi"][5] == 8 and rows["Ani"][5] == 24 and rows["Eka"][5] == 30  # JP numbers
    assert sum(r[5] for r in rows.values()) == 83
    assert rows["Fajar"][9] == 1 and rows["Eka"][8] == 1  # overdue, not yet due
    log = list(book["Log belajar"].iter_rows(min_row=2, values_only=True))
    assert len(log) == 5 and all(isinstance(r[3], datetime) for r in log)  # Oct 1 .. Nov 29
    assert {r[5] for r in log} >= {"Pelatihan SPBE", "Seminar Pelayanan Publik"}
    assert all(r[2] == "Dinas Komunikasi dan Informatika" for r in log)
    texts = " ".join(str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row)
    assert "Hadi" not in texts and "Analis SDM" not in texts and "Gita" not in texts
    with session_scope(hr.store.engine) as session:
        [entry] = roles.audit_log(session)
    assert (entry.actor_id, entry.action, entry.units) == (
        OFFICER,
        "export",
        "Dinas Komunikasi dan Informatika",
    )


async def test_an_admin_picks_every_unit_and_reads_the_audit_log(hr):
    await make_officer(hr)
    await hr.say(f"/ekspor {PERIOD}", user=OFFICER)
    await hr.say("/ringkasan", user=ADMIN)
    await hr.press("Tahun ini", user=ADMIN)
    out = text_of(await hr.press("Semua unit saya", user=ADMIN))
    assert "Ringkasan semua unit" in out and "Pegawai terdaftar: 11" in out  # 10 + the officer
    audit = text_of(await hr.say("/audit", user=ADMIN))
    assert f"{OFFICER}: ekspor Dinas Komunikasi dan Informatika" in audit
    assert f"{ADMIN}: ringkasan semua unit" in audit


async def test_codes_work_once_expire_and_a_revoked_officer_is_refused(hr):
    code = await make_officer(hr)
    await consent(hr, OTHER)
    assert "sudah dipakai, atau kedaluwarsa" in text_of(await hr.say(f"/gabung {code}", user=OTHER))
    invited = text_of(await hr.say("/undang mentor", user=ADMIN))
    late = re.search(r"<code>(\w+)</code>", invited).group(1)
    hr.clock.advance(days=8)
    assert "kedaluwarsa" in text_of(await hr.say(f"/gabung {late}", user=OTHER))
    listing = text_of(await hr.say("/peran", user=ADMIN))
    assert "petugas SDM — Dinas Komunikasi dan Informatika" in listing
    await hr.press("Cabut", user=ADMIN)
    assert "khusus petugas SDM" in text_of(await hr.say(f"/ringkasan {PERIOD}", user=OFFICER))


async def test_joining_needs_consent_and_units_are_kept_by_admins(hr):
    await hr.say("/undang hr Diskominfo", user=ADMIN)
    assert "persetujuan" in text_of(await hr.say("/gabung ABCDEFGH", user=OTHER))
    added = text_of(await hr.say("/unit tambah Dinas Pendidikan; Disdik", user=ADMIN))
    assert "Dinas Pendidikan; Disdik" in added
    listing = text_of(await hr.say("/unit", user=ADMIN))
    assert "Unit kerja</b> (3)" in listing and "Diskominfo" in listing
    unknown = text_of(await hr.say("/undang hr Dinas Pariwisata", user=ADMIN))
    assert "tidak ditemukan" in unknown


async def test_the_profile_takes_a_listed_unit_or_offers_the_close_ones(hr):
    await hr.say("/start", user=OTHER)
    await hr.press("Setuju", user=OTHER)
    await hr.say("Rina", user=OTHER)
    await hr.say("/lewati", user=OTHER)
    assert "Jabatan" in text_of(await hr.say("diskominfo", user=OTHER))  # clear: taken
    await hr.say("/lewati", user=OTHER)
    await hr.say("/lewati", user=OTHER)
    assert people_unit(hr, OTHER) == "Dinas Komunikasi dan Informatika"
    await hr.say("/unit tambah Badan Kepegawaian Negara Kantor Regional", user=ADMIN)
    await hr.say("/profil", user=OTHER)
    await hr.press("Ubah", user=OTHER)
    await hr.say("/lewati", user=OTHER)
    await hr.say("/lewati", user=OTHER)
    offer = text_of(await hr.say("badan kepegawaian", user=OTHER))
    assert "Maksud Anda salah satu unit ini?" in offer
    assert hr.button("Badan Kepegawaian dan Pengembangan SDM", OTHER)  # two close: both offered
    assert hr.button("Badan Kepegawaian Negara Kantor Regional", OTHER)
    assert hr.button("Tetap: badan kepegawaian", OTHER)
    assert "Jabatan" in text_of(await hr.press("Badan Kepegawaian dan", user=OTHER))
    await hr.say("/lewati", user=OTHER)
    await hr.say("/lewati", user=OTHER)
    assert people_unit(hr, OTHER) == "Badan Kepegawaian dan Pengembangan SDM"


def people_unit(bot: Harness, user: int) -> str:
    from storage import people

    with session_scope(bot.store.engine) as session:
        return people.get_profile(session, telegram_id=user).unit_kerja


async def test_the_weekly_digest_goes_once_to_each_officer_and_survives_a_restart(tmp_path, hr):
    from bot.handlers.reminders import deliver_due
    from storage import reminders

    await make_officer(hr)
    assert await deliver_due(hr.app) == 0  # Sunday: this week's Monday came before the role
    hr.clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=ZONE))  # Monday 09.00 WIB
    assert await deliver_due(hr.app) == 1
    [digest] = [m["text"] for m in hr.transport.sent_to(OFFICER) if "mingguan" in m.get("text", "")]
    assert "Ringkasan Dinas Komunikasi dan Informatika" in digest
    assert "23 November 2026 – 29 November 2026" in digest
    assert await deliver_due(hr.app) == 0  # sent once
    await hr.stop()
    again = Harness(tmp_path / "data", clock=hr.clock, database_url=hr.database_url)
    again.settings = hr.settings
    await again.start()
    try:
        assert await deliver_due(again.app) == 0  # a restart does not send it again
        again.clock.advance(days=7)
        assert await deliver_due(again.app) == 1  # next Monday: the next week
        assert "30 November 2026 – 6 Desember 2026" in again.transport.sent_to(OFFICER)[-1]["text"]
        with session_scope(again.store.engine) as session:
            rows = [r for r in reminders.due_ids(session, at=again.clock.now())]
        assert rows == []
    finally:
        await again.stop()
        await hr.start()  # the fixture stops it again


async def test_a_muted_officer_gets_no_digest(hr):
    from bot.handlers.reminders import deliver_due

    await make_officer(hr)
    await hr.say("/pengingat", user=OFFICER)
    await hr.press("Matikan", user=OFFICER)
    hr.clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=ZONE))
    assert await deliver_due(hr.app) == 0
    assert not [m for m in hr.transport.sent_to(OFFICER) if "mingguan" in m.get("text", "")]
