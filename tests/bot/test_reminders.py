from datetime import date, datetime, timedelta

from sqlmodel import select

from bot.handlers.reminders import deliver_due
from storage import reminders
from storage.clock import FixedClock
from storage.db import session_scope
from tests.bot.conftest import TODAY, USER, Harness, text_of

START = FixedClock(TODAY).now()


def pending(bot) -> list[reminders.Reminder]:
    with session_scope(bot.store.engine) as session:
        return list(session.exec(select(reminders.Reminder).order_by(reminders.Reminder.due_at)))


async def consent(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("/batal")


async def log_until_review(bot, title: str, day: date) -> str:
    """A workshop of one day in /jp, up to the review before saving; the review's text."""
    await bot.say("/jp")
    await bot.press("Catat kegiatan")
    await bot.press("workshop")
    await bot.say(title)
    await bot.say(day.strftime("%d/%m/%Y"))
    return text_of(await bot.say("1 hari"))


async def record_training(bot, title: str, day: date) -> None:
    await log_until_review(bot, title, day)
    await bot.press("Simpan")


async def deliver_at(bot, when: datetime) -> int:
    bot.clock.set(when)
    return await deliver_due(bot.app)


def later(days: float) -> datetime:
    return START + timedelta(days=days)


async def test_a_training_in_the_log_schedules_two_report_reminders(bot):
    await consent(bot)
    await record_training(bot, "Workshop SPBE", TODAY - timedelta(days=1))
    kinds = [(r.kind, r.subject) for r in pending(bot)]
    assert kinds == [("report_soon", "workshop spbe"), ("report_due", "workshop spbe")]
    due = pending(bot)[1].due_at
    assert due.date() == TODAY - timedelta(days=1) + timedelta(days=30)


async def test_due_reminders_are_sent_once_even_across_a_restart(
    tmp_path, kb_folder, database_url
):
    first = Harness(tmp_path / "data", database_url=database_url)
    first.ingest(kb_folder)
    await first.start()
    await consent(first)
    await record_training(first, "Workshop SPBE", TODAY - timedelta(days=1))
    before = len(first.transport.sent_to(USER))
    assert await deliver_at(first, later(25)) == 1  # a week before the due date
    assert "7 hari lagi" in text_of(first.transport.sent_to(USER)[before:])
    assert await deliver_at(first, later(25)) == 0  # never twice
    await first.stop()
    second = Harness(tmp_path / "data", database_url=database_url)  # restart: reminders come back from the database
    await second.start()
    try:
        assert await deliver_at(second, later(25)) == 0
        assert await deliver_at(second, later(31)) == 1  # the due date itself
        assert "Hari ini" in text_of(second.transport.sent_to(USER))
        assert await deliver_at(second, later(40)) == 0
    finally:
        await second.stop()
    assert first.errors == second.errors == []


async def test_muted_or_already_reported_trainings_get_no_reminder(bot):
    await consent(bot)
    await record_training(bot, "Workshop SPBE", TODAY - timedelta(days=1))
    await bot.say("/pengingat")
    assert "dimatikan" in text_of(await bot.press("Matikan"))
    assert await deliver_at(bot, later(25)) == 0
    await bot.say("/pengingat")
    await bot.press("Aktifkan")
    assert await deliver_at(bot, later(31)) == 1


async def test_a_draft_left_for_a_day_gets_one_reminder(bot):
    await consent(bot)
    await bot.say("/laporan")
    await bot.say("Workshop SPBE")
    assert [r.kind for r in pending(bot)] == ["draft"]
    assert await deliver_at(bot, later(0)) == 0
    assert await deliver_at(bot, later(25 / 24)) == 1
    assert "Draf laporan" in text_of(bot.transport.sent_to(USER)[-1:])
    assert await deliver_at(bot, later(50 / 24)) == 0


async def test_submitting_the_report_stops_its_reminders(bot):
    from tests.bot.test_report import fill_until_review

    await consent(bot)
    await record_training(bot, "Pelatihan Analisis Kebijakan", TODAY - timedelta(days=1))
    await fill_until_review(bot)
    await bot.press("Kirim")
    assert pending(bot) == []
    assert await deliver_at(bot, later(40)) == 0
