from sqlmodel import select

from storage import evaluations
from storage.db import session_scope
from tests.bot.conftest import USER, text_of


def rows(bot) -> list[evaluations.Evaluation]:
    with session_scope(bot.store.engine) as session:
        return list(session.exec(select(evaluations.Evaluation)))


async def consent_and_interest(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("/batal")
    await bot.say("/pelatihan kearsipan")
    await bot.press("Kearsipan")
    await bot.press("Saya berminat")


async def rate_all(bot, score: str) -> None:
    for _ in range(6):
        await bot.press(score)


async def test_evaluate_a_training_of_interest(bot):
    await consent_and_interest(bot)
    assert "Pelatihan apa" in text_of(await bot.say("/umpanbalik"))
    assert "materi" in text_of(await bot.press("Kearsipan Digital"))
    assert "Pilih nilai 1 sampai 5" in text_of(await bot.say("7"))  # out of range: asked again
    assert "pengajar" in text_of(await bot.press("4"))
    for score in ("5", "3", "2", "4", "5"):
        await bot.press(score)
    assert "komentar" in text_of(bot.transport.sent_to(USER)[-1:])
    assert "tersimpan" in text_of(await bot.say("Materinya padat"))
    [row] = rows(bot)
    assert (
        row.training_key,
        row.materi,
        row.pengajar,
        row.metode,
        row.sarana,
        row.jadwal,
        row.relevansi,
        row.comment,
    ) == ("K1", 4, 5, 3, 2, 4, 5, "Materinya padat")


async def test_second_evaluation_replaces_only_after_confirmation(bot):
    await consent_and_interest(bot)
    await bot.say("/umpanbalik")
    await bot.press("Kearsipan Digital")
    await rate_all(bot, "3")
    await bot.press("Lewati")
    await bot.say("/umpanbalik")
    await bot.press("Kearsipan Digital")
    await rate_all(bot, "5")
    assert "Ganti" in text_of(await bot.press("Lewati"))
    assert "lama tetap" in text_of(await bot.press("Batal"))
    assert rows(bot)[0].materi == 3
    await bot.say("/umpanbalik")
    await bot.press("Kearsipan Digital")
    await rate_all(bot, "5")
    await bot.press("Lewati")
    await bot.press("Ganti")
    [row] = rows(bot)
    assert row.materi == 5


async def test_feedback_about_pandu_and_a_typed_training(bot):
    await consent_and_interest(bot)
    await bot.say("/umpanbalik")
    await bot.press("Pandu")
    await bot.press("5")
    await bot.say("Sangat membantu")
    await bot.say("/umpanbalik")
    assert "materi" in text_of(await bot.say("Workshop Penulisan Policy Brief"))
    await rate_all(bot, "4")
    await bot.press("Lewati")
    keys = {r.training_key: r for r in rows(bot)}
    assert keys["pandu"].relevansi == 5 and keys["pandu"].comment == "Sangat membantu"
    assert keys["teks:workshop penulisan policy brief"].sarana == 4


async def test_evaluation_needs_consent_and_stale_scores_are_refused(bot):
    assert "persetujuan" in text_of(await bot.say("/umpanbalik"))
    await consent_and_interest(bot)
    await bot.say("/umpanbalik")
    await bot.press("Kearsipan Digital")
    message_id, data = bot.button("4")
    await bot.press("4")
    assert "tidak berlaku" in text_of(
        await bot.feed(bot.transport.button_update(USER, message_id, data))
    )
