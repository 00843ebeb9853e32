from sqlmodel import select

from storage import people
from storage.db import session_scope
from tests.bot.conftest import USER, text_of


async def consent(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("/batal")


def feedback_rows(bot) -> list[people.Feedback]:
    with session_scope(bot.store.engine) as session:
        return list(session.exec(select(people.Feedback)))


async def test_question_gets_answer_with_sources_typing_and_feedback(bot):
    await consent(bot)
    out = await bot.say("brp jp minimal setahun utk pns?")
    text = text_of(out)
    assert "20 JP" in text and "<b>Sumber:</b> Kewajiban 20 JP" in text
    assert bot.calls("sendChatAction")[-1]["action"] == "typing"
    assert out[-1]["reply_markup"]["inline_keyboard"][0][0]["text"] == "👍"
    await bot.press("👎")
    assert "alasannya" in text_of(bot.transport.sent_to(USER)[-1:])
    await bot.say("sumbernya kurang jelas")
    [row] = feedback_rows(bot)
    assert (row.question, row.rating, row.reason) == (
        "brp jp minimal setahun utk pns?",
        "down",
        "sumbernya kurang jelas",
    )
    assert "20 JP" in row.answer and "jp.md" in row.sources_json


async def test_thumbs_up_is_stored(bot):
    await consent(bot)
    await bot.say("siapa mentor latsar?")
    assert "Terima kasih" in text_of(await bot.press("👍"))
    assert feedback_rows(bot)[0].rating == "up"


async def test_unsure_answer_says_so_and_offers_the_catalog(bot):
    out = await bot.say("resep rendang padang gmn")
    text = text_of(out)
    assert text.startswith("⚠️") and "/pelatihan" in text
    labels = [b["text"] for row in out[-1]["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["📚 Lihat katalog pelatihan"]  # no consent: no feedback stored
    assert feedback_rows(bot) == []
    assert "Katalog pelatihan" in text_of(await bot.press("Lihat katalog"))


async def test_forged_and_foreign_buttons_get_a_polite_message(bot):
    await consent(bot)
    await bot.say("brp jp minimal setahun?")
    message_id, data = bot.button("👎")
    forged = data[:-1] + ("A" if data[-1] != "A" else "B")
    assert "tidak berlaku" in text_of(
        await bot.feed(bot.transport.button_update(USER, message_id, forged))
    )
    assert "tidak berlaku" in text_of(
        await bot.feed(bot.transport.button_update(USER, message_id, "garbage"))
    )
    other = await bot.feed(
        bot.transport.button_update(777, message_id, data)
    )  # someone else's answer
    assert "tidak berlaku" in text_of(other)
    assert feedback_rows(bot)[0].rating == ""


async def test_empty_huge_and_non_text_messages(bot):
    assert "terlalu panjang" in text_of(await bot.say("kenapa " * 400))
    for kind in ("sticker", "photo", "voice", "location", "document"):
        out = await bot.feed(bot.transport.media_update(USER, kind))
        assert "hanya memahami pesan teks" in text_of(out), kind


async def test_edited_message_is_not_answered_again(bot):
    out = await bot.say("brp jp minimal setahun?")
    edited = bot.transport.edited_update(USER, out[0]["message_id"], "brp jp minimal?")
    assert await bot.feed(edited) == []


async def test_duplicate_update_is_processed_once(bot):
    raw = bot.transport.text_update(USER, "siapa mentor latsar?")
    first = await bot.feed(raw)
    assert first and await bot.feed(raw) == []


async def test_groups_answer_only_when_addressed(bot):
    assert await bot.say("brp jp minimal setahun?", chat_id=-100, chat_type="group") == []
    out = await bot.say("@pandu_lokal_bot brp jp minimal setahun?", chat_id=-100, chat_type="group")
    assert "20 JP" in text_of(out)
    reply = await bot.say(
        "kalau PPPK?", chat_id=-100, chat_type="group", reply_to=out[-1]["message_id"]
    )
    assert reply  # a reply to Pandu is addressed to Pandu


async def test_help_unknown_command_and_privacy(bot):
    assert "/pelatihan" in text_of(await bot.say("/bantuan"))
    assert "tidak saya kenal" in text_of(await bot.say("/apaini"))
    assert "UU No. 27 Tahun 2022" in text_of(await bot.say("/privasi"))


async def test_language_switch(bot):
    await bot.say("/bahasa")
    assert "English" in text_of(await bot.press("English"))
    assert "What Pandu can do" in text_of(await bot.say("/bantuan"))


async def test_delete_my_data_after_confirmation(bot):
    await consent(bot)
    await bot.say("brp jp minimal setahun?")
    await bot.press("👍")
    await bot.say("/hapusdata")
    assert "tidak dihapus" in text_of(await bot.press("Batal"))
    await bot.say("/hapusdata")
    assert "telah dihapus" in text_of(await bot.press("Ya, hapus"))
    assert feedback_rows(bot) == []
    with session_scope(bot.store.engine) as session:
        assert people.get_profile(session, telegram_id=USER) is None
