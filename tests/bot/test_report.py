from datetime import date

from sqlmodel import select

from storage import flows, reports
from storage.db import session_scope
from tests.bot.conftest import USER, Harness, text_of

ANSWERS = [
    ("Pelatihan Analisis Kebijakan", "Tanggal pelatihan"),
    ("10/11/2026 - 12/11/2026", "Berapa JP"),
    ("24 JP", "pertama"),
    ("Menyusun policy brief", "kedua"),
    ("Analisis pemangku kepentingan", "ketiga"),
    ("Menulis rekomendasi singkat", "terapkan"),
    ("Menyusun policy brief retribusi parkir, contohnya untuk rapat pimpinan", "dampak"),
    ("Rapat pimpinan memutuskan lebih cepat", "bagikan"),
]


def stored(bot) -> list[reports.Report]:
    with session_scope(bot.store.engine) as session:
        return list(session.exec(select(reports.Report)))


async def consent(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("/batal")


async def fill_until_review(bot):
    assert "Nama pelatihan" in text_of(await bot.say("/laporan"))
    for answer, next_prompt in ANSWERS:
        assert next_prompt in text_of(await bot.say(answer)), answer
    assert "Kendala" in text_of(await bot.say("/lewati"))  # "shared" is optional
    assert "Dukungan" in text_of(await bot.press("beban kerja tinggi"))
    assert "kegiatan apa" in text_of(await bot.press("Lewati"))
    assert "Target tanggal" in text_of(await bot.say("Pelatihan internal untuk staf"))
    assert "Indikator" in text_of(await bot.say("30 Juni 2027"))
    return text_of(await bot.say("5 staf mampu menulis policy brief"))


async def test_full_report_is_reviewed_and_submitted_with_a_reference(bot):
    await consent(bot)
    review = await fill_until_review(bot)
    assert "Periksa laporan" in review and "24 JP" in review and "beban kerja tinggi" in review
    submitted = text_of(await bot.press("Kirim"))
    [row] = stored(bot)
    assert row.reference in submitted and row.reference.startswith("LAP-")
    assert (row.training, row.jp, row.obstacles, row.shared, row.plan_date.isoformat()) == (
        "Pelatihan Analisis Kebijakan",
        24,
        "beban kerja tinggi",
        "",
        "2027-06-30",
    )
    with session_scope(bot.store.engine) as session:
        assert session.exec(select(flows.FlowDraft)).all() == []


async def test_validation_errors_ask_again(bot):
    await consent(bot)
    await bot.say("/laporan")
    await bot.say("Pelatihan Data")
    assert "tidak dikenali" in text_of(await bot.say("minggu lalu"))
    assert "tidak dikenali" in text_of(await bot.say("14/11/2026 - 10/11/2026"))  # end before start
    await bot.say("10/11/2026 - 12/11/2026")
    assert "JP tidak dikenali" in text_of(await bot.say("banyak"))
    assert "JP tidak dikenali" in text_of(await bot.say("3 hari"))  # days: no national rule
    assert "pertama" in text_of(await bot.say("18 jam"))  # 18 hours = 24 JP
    assert "Terlalu pendek" in text_of(await bot.say("ok"))
    assert "wajib" in text_of(await bot.say("/lewati"))


async def test_edit_one_field_before_submitting(bot):
    await consent(bot)
    await fill_until_review(bot)
    assert "Pembelajaran utama kedua" in text_of(await bot.press("Pembelajaran 2"))
    review = text_of(await bot.say("Memetakan pemangku kepentingan"))
    assert "Periksa laporan" in review and "Memetakan pemangku kepentingan" in review
    await bot.press("Kirim")
    assert stored(bot)[0].lesson2 == "Memetakan pemangku kepentingan"


async def test_question_in_the_middle_is_answered_and_the_step_resumes(bot):
    await consent(bot)
    await bot.say("/laporan")
    await bot.say("Pelatihan Data")
    out = text_of(await bot.say("eh, berapa JP minimal setahun?"))
    assert "20 JP" in out and "Tanggal pelatihan" in out


async def test_draft_survives_a_restart_and_is_offered_again(tmp_path, kb_folder, database_url):
    first = Harness(tmp_path / "data", database_url=database_url)
    first.ingest(kb_folder)
    await first.start()
    await consent(first)
    await first.say("/laporan")
    await first.say("Pelatihan Data")
    await first.stop()
    second = Harness(tmp_path / "data", database_url=database_url)
    await second.start()
    try:
        assert "Berapa JP" in text_of(await second.say("10/11/2026 - 12/11/2026"))
        assert "belum selesai" in text_of(await second.say("/laporan"))
        assert "Berapa JP" in text_of(await second.press("Lanjutkan"))
        await second.say("/laporan")
        assert "Nama pelatihan" in text_of(await second.press("Mulai ulang"))
    finally:
        await second.stop()
    assert first.errors == second.errors == []


async def test_cancel_from_the_review_stores_nothing(bot):
    await consent(bot)
    await fill_until_review(bot)
    assert "dibatalkan" in text_of(await bot.press("Batal")).lower()
    assert stored(bot) == []
    assert "tidak berlaku" in text_of(await bot.press("Kirim"))


async def test_report_needs_consent(bot):
    assert "persetujuan" in text_of(await bot.say("/laporan"))
    with session_scope(bot.store.engine) as session:
        assert (
            session.exec(select(flows.FlowDraft).where(flows.FlowDraft.user_id == USER)).all() == []
        )


async def test_a_training_from_the_log_fills_its_dates_and_jp(bot):
    from tests.bot.test_reminders import record_training

    await consent(bot)
    await record_training(bot, "Workshop SPBE", date(2026, 11, 10))
    await bot.say("/laporan")
    assert "pertama" in text_of(await bot.press("Workshop SPBE"))  # dates and JP come from the log
    with session_scope(bot.store.engine) as session:
        data = session.exec(select(flows.FlowDraft)).one().data
    assert (data["training"], data["start_date"], data["jp"]) == ("Workshop SPBE", "2026-11-10", 5)
