"""Privacy: nothing is stored about someone who has not consented, /hapusdata leaves no row
about the user in any table (tables found from the metadata, so a new one is covered), and
questions asked in groups are not stored with the asker's id."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import SQLModel

from storage.db import register_tables, session_scope
from tests.bot.conftest import USER, text_of
from tests.bot.test_report import ANSWERS, consent

OTHER = 7777


def rows_mentioning(bot, person: int) -> list[tuple[str, dict]]:
    """Every row of every table with a value equal to, or a text containing, the id."""
    register_tables()
    found = []
    with session_scope(bot.store.engine) as session:
        for table in SQLModel.metadata.sorted_tables:
            for row in session.exec(select(table)).mappings():
                values = dict(row)
                if any(
                    v == person or (isinstance(v, str) and str(person) in v)
                    for v in values.values()
                ):
                    found.append((table.name, values))
    return found


async def use_everything(bot, user: int = USER) -> None:
    await consent(bot)
    await bot.say("/bahasa", user=user)
    await bot.press("Indonesia", user=user)
    await bot.say("brp jp minimal setahun?", user=user)
    await bot.press("👎", user=user)
    await bot.say("kurang jelas", user=user)
    await bot.say("/pelatihan kearsipan", user=user)
    await bot.press("Kearsipan", user=user)
    await bot.press("berminat", user=user)
    await bot.say("/jp", user=user)
    await bot.press("Catat kegiatan", user=user)
    await bot.press("workshop", user=user)
    await bot.say("Workshop SPBE", user=user)
    await bot.say("10/11/2026", user=user)
    await bot.say("1 hari", user=user)
    await bot.press("Simpan", user=user)
    await bot.say("/umpanbalik", user=user)
    await bot.press("Pandu", user=user)
    await bot.press("5", user=user)
    await bot.press("Lewati", user=user)
    await bot.say("/laporan", user=user)
    for answer, _ in ANSWERS[:4]:
        await bot.say(answer, user=user)


async def test_delete_my_data_leaves_no_row_about_the_user_in_any_table(bot):
    await use_everything(bot)
    assert rows_mentioning(bot, USER), "the scenario stored something to delete"
    await bot.say("/hapusdata")
    assert "dihapus" in text_of(await bot.press("Ya, hapus"))
    assert rows_mentioning(bot, USER) == []


async def test_someone_who_did_not_consent_leaves_no_row(bot):
    await bot.say("/start", user=OTHER)
    await bot.press("Tidak setuju", user=OTHER)
    await bot.say("/bahasa", user=OTHER)
    assert "English" in text_of(await bot.press("English", user=OTHER))
    assert "20 JP" in text_of(await bot.say("brp jp minimal setahun?", user=OTHER))
    await bot.say("/pelatihan data", user=OTHER)
    await bot.say("/laporan", user=OTHER)
    await bot.say("/jp", user=OTHER)
    await bot.say("/pengingat", user=OTHER)
    await bot.say("/hapusdata", user=OTHER)
    assert rows_mentioning(bot, OTHER) == []


async def test_a_question_in_a_group_is_not_stored_with_the_askers_id(bot):
    await consent(bot)
    out = await bot.say("@pandu_lokal_bot brp jp minimal setahun?", chat_id=-100, chat_type="group")
    assert "20 JP" in text_of(out)
    assert not any(table == "answer_feedback" for table, _ in rows_mentioning(bot, USER))
