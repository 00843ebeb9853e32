"""Curated answers: a mentor publishes a general answer, the next person asking gets it with
its citation, and after withdrawal it is gone from the index."""

import pytest

from bot.handlers.curation import index_curated
from ingest.curated import folder_of
from tests.bot.conftest import USER, Harness, text_of
from tests.bot.test_mentoring import MENTOR, consent, make_mentor

QUESTION = "Bagaimana menghadapi rekan kerja yang sering menunda pekerjaan tim?"
ANSWER = (
    "Ajak bicara empat mata tentang dampaknya bagi tim, sepakati tenggat bersama yang tertulis, "
    "lalu pantau kemajuannya setiap minggu dalam rapat singkat."
)


@pytest.fixture
def bot(staffed):
    return staffed


async def publish(bot: Harness, question: str, answer: str) -> str:
    await bot.say(question, user=MENTOR)
    review = text_of(await bot.say(answer, user=MENTOR))
    assert "Periksa sebelum diterbitkan" in review
    return text_of(await bot.press("Terbitkan", user=MENTOR))


async def asked(bot: Harness) -> dict:
    services = bot.app.bot_data["services"]
    return (
        await services.answers.answer(
            "id", "gimana menghadapi rekan kerja yg suka menunda pekerjaan tim?"
        )
    ).as_json()


async def test_publish_answer_edit_and_withdraw(bot):
    await make_mentor(bot, MENTOR, "Pak Mentor")
    services = bot.app.bot_data["services"]
    await bot.say("/kurasi", user=MENTOR)
    assert "diterbitkan" in await publish(bot, QUESTION, ANSWER)
    await index_curated(services)
    [document] = folder_of(bot.settings.data_dir).glob("*.md")
    assert "Pak Mentor" not in document.read_text() and "Jawaban kurasi" in document.read_text()
    found = await asked(bot)
    assert found["kind"] == "answer" and "empat mata" in found["answer"]
    assert found["sources"][0]["title"].startswith("Jawaban kurasi")
    await consent(bot, USER, "Rina")
    reply = text_of(await bot.say("gimana menghadapi rekan kerja yg suka menunda pekerjaan tim?"))
    assert "empat mata" in reply and "Jawaban kurasi" in reply
    await bot.say("/kurasi_daftar", user=MENTOR)
    await bot.press("Ubah #1", user=MENTOR)
    await publish(bot, QUESTION, ANSWER.replace("setiap minggu", "setiap dua minggu"))
    await index_curated(services)
    assert "setiap dua minggu" in (await asked(bot))["answer"]
    await bot.say("/kurasi_daftar", user=MENTOR)
    assert "ditarik" in text_of(await bot.press("Tarik #1", user=MENTOR))
    await index_curated(services)
    assert list(folder_of(bot.settings.data_dir).glob("*.md")) == []
    gone = await asked(bot)
    assert "empat mata" not in gone["answer"]
    assert not any(s["title"].startswith("Jawaban kurasi") for s in gone["sources"])


async def test_only_curators_curate(bot):
    await consent(bot, USER, "Rina")
    for command in ("/kurasi", "/kurasi_daftar"):
        assert "khusus mentor, petugas SDM, atau admin" in text_of(await bot.say(command))
