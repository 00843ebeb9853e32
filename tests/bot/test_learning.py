from sqlmodel import select

from bot.handlers.learning import progress_bar
from storage import learning
from storage.db import session_scope
from tests.bot.conftest import USER, text_of


def rows(bot) -> list[learning.LearningActivity]:
    with session_scope(bot.store.engine) as session:
        return list(session.exec(select(learning.LearningActivity)))


async def consent(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("/batal")


async def test_log_needs_consent(bot):
    assert "persetujuan" in text_of(await bot.say("/jp"))


async def test_record_an_activity_with_a_converted_duration(bot):
    await consent(bot)
    out = text_of(await bot.say("/jp"))
    assert "0 dari target minimal 20 JP" in out and "░░░░░░░░░░ 0%" in out
    assert "Pelatihan terdekat di katalog" in out  # behind target: suggestions
    await bot.press("Catat kegiatan")
    assert "Judul" in text_of(await bot.press("workshop"))
    assert "Tanggal" in text_of(await bot.say("Workshop Analisis Kebijakan"))
    assert "tidak dikenali" in text_of(await bot.say("kemarin lusa"))
    assert "Berapa JP" in text_of(await bot.say("10/11/2026"))
    wrong_unit = text_of(await bot.say("3 sesi"))  # workshops count by day
    assert "menghitung per hari (Workshop: 5 JP per hari)" in wrong_unit
    confirm = text_of(await bot.say("2 hari"))
    assert "<b>JP</b>: 10 JP (2 hari; tabel konversi contoh — Workshop: 5 JP per hari)" in confirm
    assert "10 November 2026" in confirm
    saved = text_of(await bot.press("Simpan"))
    assert "Tercatat" in saved and "10 dari target minimal 20 JP" in saved and "MyASN" in saved
    [row] = rows(bot)
    assert (row.telegram_id, row.form, row.title, row.jp, row.duration_text) == (
        USER,
        "workshop",
        "Workshop Analisis Kebijakan",
        10,
        "2 hari",
    )


async def log(bot, form: str, day: str, amount: str) -> str:
    await bot.say("/jp")
    await bot.press("Catat kegiatan")
    await bot.press(form)
    await bot.say(f"{form.title()} bersama atasan")
    await bot.say(day)
    await bot.say(amount)
    return text_of(await bot.press("Simpan"))


async def test_coaching_and_mentoring_share_a_cap_of_two_sessions_a_month(bot):
    await consent(bot)
    first = await log(bot, "coaching", "3/10/2026", "5 sesi")
    assert "Tercatat ✅ 4 JP" in first and "maksimal 2 sesi per bulan" in first
    assert "Tanpa batas menjadi 10 JP; sudah tercatat 0 JP" in first
    second = await log(bot, "mentoring", "20/10/2026", "1 sesi")
    assert "Tercatat ✅ 0 JP" in second and "sudah tercatat 4 JP" in second
    next_month = await log(bot, "mentoring", "1/11/2026", "1 sesi")
    assert "Tercatat ✅ 2 JP" in next_month and "Tanpa batas" not in next_month
    assert [(r.form, r.jp, r.duration_text) for r in rows(bot)] == [
        ("coaching", 4, "5 sesi"),
        ("mentoring", 0, "1 sesi"),
        ("mentoring", 2, "1 sesi"),
    ]


async def test_e_learning_hours_count_at_most_three_jp_a_day_and_jp_typed_stay_as_written(bot):
    await consent(bot)
    hours = await log(bot, "e-learning", "2/11/2026", "4 jam")
    assert (
        "Tercatat ✅ 3 JP" in hours
        and "E-learning: 1 JP per 45 menit, maksimal 3 JP per hari" in hours
    )
    typed = await log(bot, "e-learning", "2/11/2026", "6 JP")
    assert "Tercatat ✅ 6 JP" in typed and "ditulis langsung" in typed
    assert [r.jp for r in rows(bot)] == [3, 6]


async def test_project_activity_asks_role_and_outcome(bot):
    await consent(bot)
    await bot.say("/jp")
    await bot.press("Catat kegiatan")
    await bot.press("aksi perubahan")
    await bot.say("Digitalisasi arsip kepegawaian")
    await bot.say("hari ini")
    assert "Peran" in text_of(await bot.say("20 JP"))
    assert "Hasil" in text_of(await bot.say("Ketua tim"))
    await bot.say("Arsip 2.000 pegawai terdigitalisasi")
    await bot.press("Simpan")
    [row] = rows(bot)
    assert (row.jp, row.project_role, row.project_outcome) == (
        20,
        "Ketua tim",
        "Arsip 2.000 pegawai terdigitalisasi",
    )


async def test_cancel_saves_nothing_and_old_buttons_are_stale(bot):
    await consent(bot)
    await bot.say("/jp")
    await bot.press("Catat kegiatan")
    await bot.press("seminar")
    await bot.say("Seminar SPBE")
    await bot.say("1/11/2026")
    await bot.say("1 hari")
    assert "Dibatalkan" in text_of(await bot.press("Batal"))
    assert rows(bot) == []
    assert "tidak berlaku" in text_of(await bot.press("Simpan"))


async def test_deleting_my_data_removes_the_log(bot):
    await consent(bot)
    await bot.say("/jp")
    await bot.press("Catat kegiatan")
    await bot.press("coaching")
    await bot.say("Coaching kinerja")
    await bot.say("hari ini")
    await bot.say("2 sesi")
    await bot.press("Simpan")
    assert len(rows(bot)) == 1
    await bot.say("/hapusdata")
    await bot.press("Ya, hapus")
    assert rows(bot) == []


def test_progress_bar():
    assert progress_bar(5, 20) == "▓▓░░░░░░░░ 25%"
    assert progress_bar(30, 20) == "▓▓▓▓▓▓▓▓▓▓ 100%"


async def test_suggestions_leave_out_a_training_whose_registration_closed(bot):
    await consent(bot)
    assert "Kearsipan Digital" in text_of(await bot.say("/jp"))  # registration open until 1 Dec
    bot.clock.advance(days=3)
    out = text_of(await bot.say("/jp"))
    assert "Pelatihan terdekat di katalog" in out and "Kearsipan Digital" not in out
