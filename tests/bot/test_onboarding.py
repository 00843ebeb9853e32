from sqlmodel import select

from bot.flows.engine import looks_like_question
from storage import flows, people
from storage.db import session_scope
from tests.bot.conftest import USER, Harness, text_of


def profile(bot) -> people.Profile | None:
    with session_scope(bot.store.engine) as session:
        return people.get_profile(session, telegram_id=USER)


async def test_start_shows_privacy_and_asks_consent(bot):
    out = await bot.say("/start")
    text = text_of(out)
    assert "Pandu" in text and "UU No. 27 Tahun 2022" in text and "/hapusdata" in text
    assert bot.button("Setuju") and bot.button("Tidak setuju")
    assert profile(bot) is None  # nothing stored before consent


async def test_full_profile_is_stored_step_by_step(bot):
    await bot.say("/start")
    assert "Siapa nama" in text_of(await bot.press("Setuju"))
    assert profile(bot).consent_at is not None
    assert "NIP" in text_of(await bot.say("Budi Santoso"))
    assert "18 digit" in text_of(await bot.say("12345"))  # invalid NIP: asked again
    assert "Unit kerja" in text_of(await bot.say("198001012005011002"))
    assert "Jabatan" in text_of(await bot.say("Dinas Pendidikan Kabupaten Contoh"))
    assert "Status" in text_of(await bot.say("Analis Kebijakan Ahli Muda"))
    done = text_of(await bot.press("PPPK"))
    assert "Profil tersimpan" in done and "Budi Santoso" in done
    saved = profile(bot)
    assert (saved.name, saved.nip, saved.unit_kerja, saved.jabatan, saved.status_asn) == (
        "Budi Santoso",
        "198001012005011002",
        "Dinas Pendidikan Kabupaten Contoh",
        "Analis Kebijakan Ahli Muda",
        "PPPK",
    )
    with session_scope(bot.store.engine) as session:
        assert session.exec(select(flows.FlowDraft)).all() == []


async def test_steps_can_be_skipped_and_old_skip_buttons_are_stale(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.press("Lewati")  # name
    out = text_of(await bot.say("Budi"))  # now at NIP: "Budi" is not a NIP
    assert "18 digit" in out
    first_skip = bot.transport.sent_to(USER)[-3]  # the name prompt with its Skip button
    data = first_skip["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    out = await bot.feed(bot.transport.button_update(USER, first_skip["message_id"], data))
    assert "tidak berlaku" in text_of(out)


async def test_declining_stores_nothing(bot):
    await bot.say("/start")
    assert "tidak ada data pribadi" in text_of(await bot.press("Tidak setuju"))
    assert profile(bot) is None


async def test_question_in_the_middle_is_answered_and_the_step_asked_again(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    out = text_of(await bot.say("eh, berapa JP minimal setahun?"))
    assert "20 JP" in out and "Siapa nama" in out
    assert profile(bot).name == ""


async def test_cancel_ends_the_flow(bot):
    await bot.say("/start")
    await bot.press("Setuju")
    assert "Dibatalkan" in text_of(await bot.say("/batal"))
    assert "Tidak ada proses" in text_of(await bot.say("/batal"))


async def test_profile_command_shows_and_edits(bot):
    assert "persetujuan" in text_of(await bot.say("/profil"))
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("Sari")
    for _ in range(4):  # the other steps skipped: the profile is saved
        await bot.say("/lewati")
    assert "Sari" in text_of(await bot.say("/profil"))
    assert "Siapa nama" in text_of(await bot.press("Ubah profil"))


async def test_restart_continues_at_the_same_step(tmp_path, kb_folder, database_url):
    first = Harness(tmp_path / "data", database_url=database_url)
    first.ingest(kb_folder)
    await first.start()
    await first.say("/start")
    await first.press("Setuju")
    await first.say("Budi Santoso")
    await first.stop()
    second = Harness(tmp_path / "data", database_url=database_url)
    await second.start()
    try:
        assert "Unit kerja" in text_of(await second.say("198001012005011002"))
        with session_scope(second.store.engine) as session:
            draft = flows.get_draft(session, chat_id=USER, user_id=USER, flow="profile")
            assert draft.data["nip"] == "198001012005011002" and draft.step == "unit_kerja"
        await second.say("/lewati")
        await second.say("/lewati")
        assert "Profil tersimpan" in text_of(await second.say("/lewati"))
        saved = profile(second)
        assert (saved.name, saved.nip) == ("Budi Santoso", "198001012005011002")
    finally:
        await second.stop()
    assert first.errors == second.errors == []


async def test_group_chat_never_collects_personal_data(bot):
    out = text_of(await bot.say("/start", chat_id=-100, chat_type="group"))
    assert "chat saya secara pribadi" in out
    assert profile(bot) is None


def test_question_detection():
    assert looks_like_question("eh, berapa JP minimal?")
    assert looks_like_question("gmn caranya")
    assert not looks_like_question("Dinas Pendidikan")
