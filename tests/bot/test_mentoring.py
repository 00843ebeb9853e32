"""Mentoring through the real Application: a junior asks, a mentor answers, the answer comes
back, follow-up, rating, the learning log; anonymity, pass-on, timeouts and a paused mentor.
Messages to other people go through the reminder job (deliver_due), as in production."""

import pytest
from sqlmodel import select

from bot.handlers.reminders import deliver_due
from storage import learning, mentoring, people
from storage.db import session_scope
from tests.bot.conftest import ADMIN, Harness, text_of

MENTOR, MENTOR2, JUNIOR = 7001, 7002, 4343
QUESTION = "Bagaimana menghadapi rekan kerja yang sering menunda pekerjaan tim kami?"


@pytest.fixture
def bot(staffed):
    return staffed


async def consent(bot: Harness, user: int, name: str) -> None:
    await bot.say("/start", user=user)
    await bot.press("Setuju", user=user)
    await bot.say("/batal", user=user)
    with session_scope(bot.store.engine) as session:
        people.update_profile(
            session, telegram_id=user, now=bot.clock.now(), name=name, unit_kerja="Dinas Sosial"
        )


async def make_mentor(bot: Harness, user: int, name: str, topic: str = "kepemimpinan") -> None:
    invited = text_of(await bot.say("/undang mentor", user=ADMIN))
    code = invited.split("<code>")[1].split("</code>")[0]
    await consent(bot, user, name)
    assert "Peran Anda: mentor" in text_of(await bot.say(f"/gabung {code}", user=user))
    await bot.say("/mentor_topik", user=user)
    assert f"✅ {topic}" in str(await bot.press(topic, user=user))


async def ask(bot: Harness, text: str = QUESTION, who: str = "Anonim") -> str:
    await bot.say("/mentor", user=JUNIOR)
    topic = text_of(await bot.say(text, user=JUNIOR))
    if "Tetap kirim" in str(bot.transport.sent_to(JUNIOR)[-1].get("reply_markup")):
        topic = text_of(await bot.press("Tetap kirim", user=JUNIOR))
    assert "Topiknya apa" in topic
    await bot.press("kepemimpinan", user=JUNIOR)
    return text_of(await bot.press(who, user=JUNIOR))


def question_row(bot: Harness) -> mentoring.MentorQuestion:
    with session_scope(bot.store.engine) as session:
        return session.exec(select(mentoring.MentorQuestion)).one()


async def test_the_whole_loop_anonymously(bot):
    await make_mentor(bot, MENTOR, "Pak Mentor")
    await consent(bot, JUNIOR, "Rina Juniarti")
    assert "dikirim ke mentor" in await ask(bot)
    assert await deliver_due(bot.app) == 1
    offer = bot.transport.sent_to(MENTOR)[-1]["text"]
    assert QUESTION in offer and "Dari: anonim" in offer
    await bot.press("Jawab", user=MENTOR)
    answer = "Ajak bicara empat mata, sepakati tenggat bersama, lalu pantau mingguan."
    assert "diteruskan ke penanya" in text_of(await bot.say(answer, user=MENTOR))
    assert await deliver_due(bot.app) == 1
    relayed = bot.transport.sent_to(JUNIOR)[-1]["text"]
    assert answer in relayed and "Pak Mentor" in relayed
    assert "Terima kasih" in text_of(await bot.press("4", user=JUNIOR))
    await bot.press("Tanya lanjutan", user=JUNIOR)
    await bot.say("Kalau dia tetap menunda setelah itu bagaimana?", user=JUNIOR)
    assert "sudah dipakai" in text_of(await bot.press("Tanya lanjutan", user=JUNIOR))
    assert await deliver_due(bot.app) == 1
    assert "tetap menunda" in bot.transport.sent_to(MENTOR)[-1]["text"]
    await bot.press("Jawab", user=MENTOR)
    await bot.say("Laporkan ke atasan langsung dengan catatan tenggat yang terlewat.", user=MENTOR)
    await deliver_due(bot.app)
    assert "catatan tenggat" in bot.transport.sent_to(JUNIOR)[-1]["text"]
    logged = text_of(await bot.press("Catat ke log belajar", user=JUNIOR))
    assert "2 JP" in logged and "maksimal 2 sesi per bulan" in logged
    row = question_row(bot)
    assert (row.state, row.rating, row.anonymous, row.mentor_id, row.logged) == (
        "closed",
        4,
        True,
        MENTOR,
        True,
    )
    with session_scope(bot.store.engine) as session:
        [activity] = session.exec(select(learning.LearningActivity)).all()
        assert (activity.telegram_id, activity.form, activity.jp) == (JUNIOR, "mentoring", 2)
        events = session.exec(select(mentoring.MentorEvent.state)).all()
    assert events == ["new", "assigned", "claimed", "answered", "answered", "closed"]
    await bot.say("/antrian_mentor", user=MENTOR)
    seen_by_mentor = " ".join(
        str(m.get("text", "")) + str(m.get("reply_markup", ""))
        for m in bot.transport.sent_to(MENTOR)
    )
    for secret in ("Rina", "Juniarti", str(JUNIOR), "Dinas Sosial"):
        assert secret not in seen_by_mentor, secret


async def test_a_named_question_shows_the_asker_and_the_kb_answer_comes_first(bot):
    await make_mentor(bot, MENTOR, "Pak Mentor")
    await consent(bot, JUNIOR, "Rina Juniarti")
    await bot.say("/mentor", user=JUNIOR)
    found = text_of(await bot.say("brp jp minimal setahun utk pns?", user=JUNIOR))
    assert "Dokumen Pandu sudah membahas ini" in found and "20 JP" in found
    assert "tidak dikirim" in text_of(await bot.press("Sudah cukup", user=JUNIOR))
    with session_scope(bot.store.engine) as session:
        assert session.exec(select(mentoring.MentorQuestion)).all() == []
    await ask(bot, who="Dengan nama")
    await deliver_due(bot.app)
    assert "Dari: Rina Juniarti (Dinas Sosial)" in bot.transport.sent_to(MENTOR)[-1]["text"]


async def test_pass_on_timeouts_escalation_and_a_paused_mentor(bot):
    await consent(bot, ADMIN, "Admin SDM")  # HR is told through Pandu, like anyone else
    await make_mentor(bot, MENTOR, "Pak Mentor")
    await make_mentor(bot, MENTOR2, "Bu Mentor")
    await consent(bot, JUNIOR, "Rina Juniarti")
    await ask(bot)
    await deliver_due(bot.app)
    first = question_row(bot).mentor_id
    second = MENTOR2 if first == MENTOR else MENTOR
    await bot.press("Bukan keahlian saya", user=first)
    await deliver_due(bot.app)
    assert (
        question_row(bot).mentor_id == second
        and QUESTION in bot.transport.sent_to(second)[-1]["text"]
    )
    assert "tidak menunggu Anda" in text_of(await bot.press("Jawab", user=first))
    bot.clock.advance(hours=49)  # nobody claims it: nobody left, HR is told
    await deliver_due(bot.app)
    row = question_row(bot)
    assert (row.state, row.misses) == ("unrouted", 2)
    assert "belum mendapat mentor" in bot.transport.sent_to(ADMIN)[-1]["text"]
    assert "Rina" not in bot.transport.sent_to(ADMIN)[-1]["text"]
    await bot.say("/mentor_cuti", user=MENTOR)
    await bot.say("/mentor_cuti", user=MENTOR2)
    await bot.say("/batal", user=JUNIOR)
    reply = await ask(bot, text="Bagaimana cara memimpin rapat yang sering molor dari jadwal?")
    assert "belum ada mentor yang tersedia" in reply


async def test_mentor_commands_refuse_others_and_questions_need_consent(bot):
    for command in ("/antrian_mentor", "/mentor_topik", "/mentor_cuti"):
        assert "khusus mentor" in text_of(await bot.say(command, user=JUNIOR))
    assert "persetujuan" in text_of(await bot.say("/mentor", user=JUNIOR))
    assert "khusus petugas SDM atau admin" in text_of(await bot.say("/undang mentor", user=JUNIOR))


async def test_deleting_ones_data_removes_questions_and_their_history(bot):
    await make_mentor(bot, MENTOR, "Pak Mentor")
    await consent(bot, JUNIOR, "Rina Juniarti")
    await ask(bot)
    await deliver_due(bot.app)
    await bot.say("/hapusdata", user=JUNIOR)
    assert "dihapus" in text_of(await bot.press("Ya, hapus", user=JUNIOR))
    with session_scope(bot.store.engine) as session:
        assert session.exec(select(mentoring.MentorQuestion)).all() == []
        assert session.exec(select(mentoring.MentorEvent)).all() == []
        assert people.get_profile(session, telegram_id=JUNIOR) is None
        assert people.get_profile(session, telegram_id=MENTOR) is not None  # only the asker's


async def test_a_mentor_answering_across_a_restart_loses_nothing(tmp_path, bot):
    await make_mentor(bot, MENTOR, "Pak Mentor")
    await consent(bot, JUNIOR, "Rina Juniarti")
    await ask(bot)
    await deliver_due(bot.app)
    assert "Tulis jawaban Anda" in text_of(await bot.press("Jawab", user=MENTOR))
    await bot.stop()
    again = Harness(
        tmp_path / "data", clock=bot.clock, database_url=bot.database_url, admin_ids=(ADMIN,)
    )
    await again.start()
    try:
        done = await again.say("Sepakati tenggat bersama dan pantau setiap minggu.", user=MENTOR)
        assert "diteruskan ke penanya" in text_of(done)
        assert await deliver_due(again.app) == 1
        assert "Sepakati tenggat" in again.transport.sent_to(JUNIOR)[-1]["text"]
    finally:
        await again.stop()
        await bot.start()  # the fixture stops it again
