"""The flow engine: side steps and other flows never lose a draft, /lewati and /batal work
the same in every flow, a replayed update is not applied twice, an ending is idempotent."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select
from telegram import Update

from bot.app import FLOWS as DECLARED
from bot.flows.engine import REVIEW
from storage import flows, learning, reports
from storage.db import session_scope
from tests.bot.conftest import USER, text_of
from tests.bot.test_reminders import log_until_review
from tests.bot.test_report import ANSWERS, consent, fill_until_review


def draft(bot, flow: str) -> flows.FlowDraft | None:
    with session_scope(bot.store.engine) as session:
        return flows.get_draft(session, chat_id=USER, user_id=USER, flow=flow)


def report_rows(bot) -> list[reports.Report]:
    with session_scope(bot.store.engine) as session:
        return list(session.exec(select(reports.Report)))


async def start_report(bot, answers: int) -> dict:
    """A report draft with the first ``answers`` answers given; its data."""
    await consent(bot)
    await bot.say("/laporan")
    for answer, _ in ANSWERS[:answers]:
        await bot.say(answer)
    return draft(bot, "report").data


async def test_a_thumbs_down_reason_in_the_middle_of_a_report_keeps_every_answer(bot):
    before = await start_report(bot, 6)  # at "Apa yang sudah Anda terapkan"
    out = text_of(await bot.say("berapa JP minimal setahun?"))  # a question mid-flow
    assert "20 JP" in out and "terapkan" in out
    await bot.press("👎")
    back = text_of(await bot.say("kurang lengkap"))
    assert "Terima kasih" in back and "Kembali ke laporan" in back and "terapkan" in back
    offered = text_of(await bot.say("/laporan"))
    assert "draf laporan" in offered
    assert "terapkan" in text_of(await bot.press("Lanjutkan"))
    after = draft(bot, "report").data
    assert {k: after[k] for k in before if k != "_choices"} == {
        k: v for k, v in before.items() if k != "_choices"
    }
    assert after["lesson3"] == "Menulis rekomendasi singkat"


@pytest.mark.parametrize("command", ["/umpanbalik", "/jp", "/start", "/profil"])
async def test_other_commands_in_the_middle_of_a_report_keep_the_draft(bot, command):
    before = await start_report(bot, 4)
    out = text_of(await bot.say(command))
    if command == "/jp":
        out = text_of(await bot.press("Catat kegiatan"))
    elif command in ("/start", "/profil"):
        out = text_of(await bot.press("Setuju" if command == "/start" else "Ubah profil"))
    assert "Draf laporan Anda tetap tersimpan" in out and "/laporan" in out
    await bot.say("/batal")  # leaving the other flow returns to the report
    assert "kedua" in text_of(bot.transport.sent_to(USER)[-1:])
    assert draft(bot, "report").data["lesson1"] == before["lesson1"]
    assert "Kendala" not in text_of(await bot.say("Analisis pemangku kepentingan"))
    assert draft(bot, "report").data["lesson2"] == "Analisis pemangku kepentingan"


async def test_a_report_started_in_the_middle_of_the_profile_keeps_the_profile(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("Budi Santoso")
    out = text_of(await bot.say("/laporan"))
    assert "Draf profil Anda tetap tersimpan" in out and "Nama pelatihan" in out
    await bot.say("/batal")
    assert "NIP" in text_of(bot.transport.sent_to(USER)[-1:])  # back at the profile step
    assert draft(bot, "profile").data["name"] == "Budi Santoso"


def _data_reaching(flow_name: str, step_name: str) -> dict:
    """Answers that make every step before ``step_name`` already answered."""
    samples = {
        "report": {
            "training": "Workshop SPBE",
            "start_date": "2026-11-10",
            "end_date": "2026-11-12",
            "jp": 24,
        },
        "jp": {"form": "proyek perubahan", "title": "Proyek X", "date": "2026-11-10", "jp": 5},
        "eval": {"key": "teks:workshop", "name": "Workshop"},
    }
    return samples.get(flow_name, {})


@pytest.mark.parametrize(
    ("flow_name", "step_name"),
    [(f.name, s.name) for f in DECLARED for s in f.steps if s.optional],
)
async def test_lewati_skips_every_optional_step_of_every_flow(bot, flow_name, step_name):
    """Every optional step of every declared flow (a new flow is covered automatically)."""
    await consent(bot)
    with session_scope(bot.store.engine) as session:
        row = flows.new_draft(
            session,
            chat_id=USER,
            user_id=USER,
            flow=flow_name,
            step=step_name,
            data=_data_reaching(flow_name, step_name),
            now=bot.clock.now(),
        )
        pointer = flows.pointer(session, chat_id=USER, user_id=USER)
        pointer.set_stack([flow_name])
        draft_id = row.id
    out = await bot.say("/lewati")
    assert "wajib" not in text_of(out) and "Tidak ada" not in text_of(out)
    with session_scope(bot.store.engine) as session:
        row = session.get(flows.FlowDraft, draft_id)
        assert row is None or (row.step != step_name and row.data[step_name] == "")


async def test_lewati_on_a_required_step_says_so_and_keeps_the_step(bot):
    await start_report(bot, 1)
    assert "wajib" in text_of(await bot.say("/lewati"))
    assert draft(bot, "report").step == "dates"
    assert "Tidak ada pertanyaan" in text_of(await bot.say("/lewati", user=USER + 1))


async def test_an_update_handled_again_after_a_crash_is_answered_not_reapplied(bot):
    await start_report(bot, 3)
    raw = bot.transport.text_update(USER, "Menyusun policy brief")
    first = await bot.feed(raw)
    assert "kedua" in text_of(first)
    # the process died after the handler committed but before the inbox row was removed:
    # the same update is handled again
    await bot.app.process_update(Update.de_json(raw, bot.app.bot))
    again = bot.transport.sent_to(USER)[-1]
    assert again["text"] == first[-1]["text"]
    assert draft(bot, "report").step == "lesson2"  # not advanced twice
    assert draft(bot, "report").data["lesson1"] == "Menyusun policy brief"


async def test_submit_pressed_twice_gives_one_report_and_the_same_reference(bot):
    await consent(bot)
    await fill_until_review(bot)
    message_id, data = bot.button("Kirim")
    first = text_of(await bot.feed(bot.transport.button_update(USER, message_id, data)))
    second = text_of(await bot.feed(bot.transport.button_update(USER, message_id, data)))
    [row] = report_rows(bot)
    assert row.reference in first and row.reference in second


async def test_saving_an_activity_twice_stores_it_once(bot):
    await consent(bot)
    assert "Periksa dulu" in await log_until_review(bot, "Workshop SPBE", date(2026, 11, 10))
    message_id, data = bot.button("Simpan")
    for _ in range(2):
        assert "Tercatat" in text_of(
            await bot.feed(bot.transport.button_update(USER, message_id, data))
        )
    with session_scope(bot.store.engine) as session:
        assert len(session.exec(select(learning.LearningActivity)).all()) == 1


async def test_a_review_can_edit_one_field_and_typed_text_there_points_to_the_buttons(bot):
    await consent(bot)
    await fill_until_review(bot)
    assert "tombol" in text_of(await bot.say("kirim saja"))
    assert draft(bot, "report").step == REVIEW
    assert "Pembelajaran utama kedua" in text_of(await bot.press("Pembelajaran 2"))
    review = text_of(await bot.say("Memetakan pemangku kepentingan"))
    assert "Periksa laporan" in review and "Memetakan pemangku kepentingan" in review


async def test_forged_or_foreign_flow_buttons_reach_nothing(bot):
    await start_report(bot, 2)
    codec = bot.app.bot_data["services"].codec
    mine = draft(bot, "report")
    last = bot.transport.sent_to(USER)[-1]["message_id"]
    forged = codec.encode("fa", mine.id + 999, 0, 0)  # someone else's draft id
    out = text_of(await bot.feed(bot.transport.button_update(USER, last, forged)))
    assert "tidak berlaku" in out and "Berapa JP" in out  # and the step the user is at
    other = await bot.feed(
        bot.transport.button_update(USER + 7, last, codec.encode("fs", "report", mine.id))
    )
    assert "tidak berlaku" in text_of(other) and report_rows(bot) == []
    bad = await bot.feed(bot.transport.button_update(USER, last, "1|fa|x|y|z|AAAA"))
    assert "tidak berlaku" in text_of(bad)


async def test_the_replies_stored_for_a_replay_are_the_ones_sent(bot):
    await start_report(bot, 1)
    with session_scope(bot.store.engine) as session:
        pointer = flows.get_pointer(session, chat_id=USER, user_id=USER)
        replies = json.loads(pointer.last_reply_json)
    assert replies[-1][0] == bot.transport.sent_to(USER)[-1]["text"]


async def test_a_sticker_or_an_empty_looking_message_mid_flow_asks_the_step_again(bot):
    await start_report(bot, 3)
    out = text_of(await bot.feed(bot.transport.media_update(USER, "sticker")))
    assert "teks" in out and "pertama" in out
    assert "pendek" in text_of(await bot.say("ab"))  # too short for a lesson: asked again
    assert draft(bot, "report").step == "lesson1"
    huge = "x" * 5000
    assert "Terlalu panjang" in text_of(await bot.say(huge))
    assert draft(bot, "report").step == "lesson1"
