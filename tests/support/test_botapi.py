"""The Bot API stand-in, driven by a real python-telegram-bot ``Bot``."""

from __future__ import annotations

import asyncio
import io
import json
import threading
import time
import urllib.error
import urllib.request

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.request import HTTPXRequest

from tests.support.botapi import BotApiStandIn

TOKEN = "123456:TEST-token_abc"
USER = 4242


@pytest.fixture
def server():
    with BotApiStandIn(token=TOKEN) as stand_in:
        yield stand_in


@pytest.fixture
async def bot(server):
    async with Bot(TOKEN, base_url=server.base_url, base_file_url=server.base_file_url) as b:
        yield b


def _keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Ya", callback_data="jawab:ya")],
            [InlineKeyboardButton("Tidak", callback_data="jawab:tidak")],
        ]
    )


def _raw_call(server: BotApiStandIn, method: str, body: bytes, content_type: str) -> dict:
    request = urllib.request.Request(
        f"{server.base_url}{server.token}/{method}",
        data=body,
        headers={"Content-Type": content_type},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        return json.loads(error.read())


async def test_get_me(server, bot):
    me = await bot.get_me()
    assert (me.id, me.username, me.first_name, me.is_bot) == (999, "pandu_test_bot", "Pandu", True)
    assert me.can_join_groups and not me.can_read_all_group_messages
    assert bot.username == "pandu_test_bot"
    assert server.calls("getMe")[0]["status"] == 200


async def test_send_message_echoes_inline_keyboard(server, bot):
    server.send_text(USER, "halo")
    server.mark(USER)
    sent = await bot.send_message(USER, "Pilih salah satu:", reply_markup=_keyboard())
    assert sent.reply_markup == _keyboard()
    assert sent.chat.id == USER and sent.chat.type == "private"
    assert sent.from_user.username == "pandu_test_bot"
    assert sent.message_id == 2  # the user's "halo" was message 1 in this chat

    [message] = server.wait_for_messages(USER, 1, timeout=2)
    assert message["text"] == "Pilih salah satu:"
    assert message["message_id"] == sent.message_id
    keyboard = server.last_keyboard(USER)
    assert [[b["callback_data"] for b in row] for row in keyboard] == [
        ["jawab:ya"],
        ["jawab:tidak"],
    ]
    params = server.calls("sendMessage")[0]["params"]
    assert params["chat_id"] == USER and params["reply_markup"]["inline_keyboard"]


async def test_unknown_chat_and_blocked_user(server, bot):
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(777, "siapa?")
    server.send_text(USER, "halo")
    server.block_user(USER)
    with pytest.raises(Forbidden, match="(?i)blocked by the user"):
        await bot.send_message(USER, "halo juga")


async def test_user_text_is_delivered_and_offset_confirms_it(server, bot):
    update_id = server.send_text(USER, "Apa itu SKP?", username="budi", first_name="Budi")
    [update] = await bot.get_updates(timeout=0)
    assert update.update_id == update_id
    assert update.message.text == "Apa itu SKP?"
    assert update.message.from_user.username == "budi"
    assert update.message.from_user.language_code == "id"
    assert update.effective_chat.id == USER

    assert len(await bot.get_updates(timeout=0)) == 1  # not confirmed yet: delivered again
    assert await bot.get_updates(offset=update_id + 1, timeout=0) == ()
    assert server.pending_updates() == []


async def test_commands_and_updates_parse_in_ptb(server, bot):
    server.send_command(USER, "/start", args="ref_abc")
    server.send_text(USER, "coba /bantuan ya")
    server.send_sticker(USER)
    server.send_photo(USER, caption="foto ini")
    server.send_voice(USER)
    server.send_location(USER)
    doc_update = server.send_document(USER, "laporan.pdf", data=b"%PDF-1.4 tiny")
    message_id = server.get_update(doc_update)["message"]["message_id"]
    server.send_text(USER, "salah ketik")
    edited_id = server.get_update(server.send_text(USER, "typo"))["message"]["message_id"]
    server.edit_text(USER, edited_id, "sudah dibetulkan")

    updates = await bot.get_updates(timeout=0)
    assert len(updates) == 10
    start = updates[0].message
    assert start.text == "/start ref_abc"
    assert start.entities[0].type == "bot_command" and start.entities[0].length == len("/start")
    assert updates[1].message.parse_entities(["bot_command"]).popitem()[1] == "/bantuan"
    assert updates[2].message.sticker.emoji == "👍"
    assert updates[3].message.photo[-1].width == 1280 and updates[3].message.caption == "foto ini"
    assert updates[4].message.voice.mime_type == "audio/ogg"
    assert updates[5].message.location.latitude == pytest.approx(-6.175392)
    assert updates[6].message.document.file_name == "laporan.pdf"
    assert updates[6].message.message_id == message_id
    assert updates[9].edited_message.text == "sudah dibetulkan"

    # the bot can download what the user sent, through base_file_url
    tg_file = await bot.get_file(updates[6].message.document.file_id)
    assert bytes(await tg_file.download_as_bytearray()) == b"%PDF-1.4 tiny"


async def test_wrong_token_is_rejected(server):
    with pytest.raises(InvalidToken):
        async with Bot("654321:WRONG-token", base_url=server.base_url):
            pass
    assert server.calls() == []  # a request with a wrong token reaches no method
    assert _raw_call(server, "getMe", b"", "")["ok"] is True  # the right token works


async def test_unknown_method_is_404(server):
    answer = _raw_call(server, "sendTelepathy", b"{}", "application/json")
    assert answer == {"ok": False, "error_code": 404, "description": "Not Found: method not found"}


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_fail_next_429_raises_retry_after(server, bot):
    server.send_text(USER, "halo")
    server.fail_next("sendMessage", status=429, retry_after=1)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(USER, "pertama")
    assert "retry in 1" in caught.value.message.lower()
    assert server.calls("sendMessage")[0]["error"] == "Too Many Requests: retry after 1"
    sent = await bot.send_message(USER, "kedua")  # only the next call fails
    assert sent.text == "kedua"

    server.fail_next("sendMessage", status=502)
    with pytest.raises(NetworkError, match="(?i)Bad Gateway"):
        await bot.send_message(USER, "ketiga")
    assert [c["status"] for c in server.calls("sendMessage")] == [429, 200, 502]


async def test_send_document_stores_bytes(server, bot):
    server.send_text(USER, "minta dokumen")
    payload = b"isi berkas uji\n" * 10
    sent = await bot.send_document(
        USER, io.BytesIO(payload), filename="panduan.txt", caption="Ini panduannya"
    )
    assert sent.document.file_name == "panduan.txt"
    assert sent.document.file_size == len(payload)
    assert sent.caption == "Ini panduannya"
    [upload] = server.uploaded_files(USER)
    assert upload["data"] == payload and upload["file_name"] == "panduan.txt"
    assert server.file_bytes(sent.document.file_id) == payload
    params = server.calls("sendDocument")[0]["params"]
    assert params["document"]["size"] == len(payload) and params["caption"] == "Ini panduannya"


async def test_long_poll_wakes_when_an_update_arrives(server, bot):
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.3)
    assert not poll.done()
    started = time.monotonic()
    threading.Timer(0.1, server.send_text, args=(USER, "bangun")).start()
    updates = await asyncio.wait_for(poll, timeout=5)
    assert time.monotonic() - started < 4.0  # woken by the update, not by the 5 s timeout
    assert updates[0].message.text == "bangun"


async def test_long_poll_times_out_empty(server, bot):
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 <= time.monotonic() - started < 3


async def test_button_press_and_edits(server, bot):
    server.send_text(USER, "mulai")
    sent = await bot.send_message(USER, "Lanjut?", reply_markup=_keyboard())
    await bot.get_updates(offset=-1, timeout=0)
    update_id = server.press_button(USER, sent.message_id, "jawab:ya")
    with pytest.raises(ValueError):
        server.press_button(USER, sent.message_id, "tidak-ada")

    [update] = await bot.get_updates(offset=update_id, timeout=0)
    query = update.callback_query
    assert query.data == "jawab:ya"
    assert query.message.message_id == sent.message_id
    assert query.message.reply_markup == _keyboard()
    assert query.from_user.id == USER
    assert await query.answer("Oke")
    assert server.callback_answers(update_id)[0]["text"] == "Oke"
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query("123")

    edited = await query.edit_message_text("Baik, lanjut.")  # no reply_markup: keyboard goes
    assert edited.text == "Baik, lanjut." and edited.reply_markup is None
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await query.edit_message_text("Baik, lanjut.")
    assert server.last_keyboard(USER) is None
    [message] = server.messages(USER)
    assert message["text"] == "Baik, lanjut." and message["edits"] == 1
    assert message["history"][0]["text"] == "Lanjut?"

    await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=_keyboard())
    assert server.last_keyboard(USER) is not None
    assert await bot.delete_message(USER, sent.message_id)
    assert server.messages(USER) == [] and server.last_keyboard(USER) is None
    with pytest.raises(BadRequest, match="(?i)message to delete not found"):
        await bot.delete_message(USER, sent.message_id)


async def test_parse_modes_follow_telegram_rules(server, bot):
    server.send_text(USER, "halo")
    sent = await bot.send_message(USER, "<b>Tebal</b> &amp; biasa", parse_mode=ParseMode.HTML)
    assert sent.text == "Tebal & biasa"
    assert server.messages(USER)[0]["entities"] == [{"type": "bold", "offset": 0, "length": 5}]
    with pytest.raises(BadRequest, match="(?i)can't parse entities: Character '.' is reserved"):
        await bot.send_message(USER, "Selesai.", parse_mode=ParseMode.MARKDOWN_V2)
    with pytest.raises(BadRequest, match="(?i)Unsupported start tag"):
        await bot.send_message(USER, "tanya <admin@contoh.id>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="(?i)unclosed start tag"):
        await bot.send_message(USER, "skor 1 <2", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(
            USER,
            "terlalu panjang",
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("x", callback_data="x" * 65)]]
            ),
        )
    with pytest.raises(BadRequest, match="(?i)message text is empty"):
        await bot.send_message(USER, "   ")


async def test_group_privacy_mode(server, bot):
    group = -100500
    chatter = server.send_text(USER, "ngobrol biasa", chat_id=group, chat_type="group")
    command = server.send_command(USER, "/tanya", args="cuti", chat_id=group, chat_type="group")
    mention = server.send_text(USER, "@pandu_test_bot halo", chat_id=group, chat_type="group")
    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [command, mention]
    assert updates[0].effective_chat.type == "group"
    assert server.withheld_updates == [(group, chatter)]

    await bot.send_message(group, "Jawaban di grup")
    reply = server.send_text(USER, "makasih", chat_id=group, chat_type="group", reply_to_bot=True)
    [update] = await bot.get_updates(offset=mention + 1, timeout=0)
    assert update.update_id == reply
    assert update.message.reply_to_message.from_user.id == 999


async def test_duplicate_update_is_redelivered(server, bot):
    first = server.send_text(USER, "satu")
    await bot.get_updates(timeout=0)
    assert await bot.get_updates(offset=first + 1, timeout=0) == ()
    server.duplicate_update(first)
    [again] = await bot.get_updates(offset=first + 1, timeout=0)
    assert again.update_id == first and again.message.text == "satu"
    assert await bot.get_updates(offset=first + 1, timeout=0) == ()


async def test_wait_for_messages_timeout_explains(server, bot):
    server.send_text(USER, "halo")
    await bot.send_message(USER, "satu-satunya")
    with pytest.raises(TimeoutError, match="(?i)satu-satunya"):
        server.wait_for_messages(USER, 2, timeout=0.2)
    assert len(await server.wait_for_messages_async(USER, 1, timeout=1)) == 1


async def test_json_and_form_bodies(server):
    server.send_text(USER, "halo")
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    body = json.dumps({"chat_id": USER, "text": "json", "reply_markup": json.dumps(markup)})
    answer = _raw_call(server, "sendMessage", body.encode(), "application/json")
    assert answer["ok"] and answer["result"]["reply_markup"] == markup

    form = f"chat_id={USER}&text=123&reply_markup={json.dumps(markup)}".encode()
    answer = _raw_call(server, "sendmessage", form, "application/x-www-form-urlencoded")
    assert answer["ok"] and answer["result"]["text"] == "123"  # text stays a string
    assert [c["method"] for c in server.calls()] == ["sendMessage", "sendMessage"]


async def test_commands_menu_and_webhook(server, bot):
    from telegram import BotCommand, MenuButtonCommands

    assert await bot.set_my_commands([BotCommand("start", "Mulai"), BotCommand("tanya", "Tanya")])
    assert [c.command for c in await bot.get_my_commands()] == ["start", "tanya"]
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()
    assert await bot.set_chat_menu_button(menu_button=MenuButtonCommands())

    assert await bot.set_webhook("https://contoh.id/hook")
    assert (await bot.get_webhook_info()).url == "https://contoh.id/hook"
    with pytest.raises(Exception, match="(?i)webhook is active"):
        await bot.get_updates(timeout=0)
    server.send_text(USER, "tertunda")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates(timeout=0) == ()
    assert await bot.send_chat_action(USER, "typing")
    assert server.chat_actions(USER) == ["typing"]


async def test_token_never_logged(server, bot, capfd):
    await bot.get_me()
    _raw_call(server, "noSuchMethod", b"", "")
    request = urllib.request.Request(f"{server.base_url}000:bad/getMe", data=b"")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(request, timeout=5)
    out, err = capfd.readouterr()
    assert TOKEN not in out + err and "000:bad" not in out + err
    assert TOKEN not in repr(server) and TOKEN not in json.dumps(server.calls())


async def test_many_concurrent_requests(server):
    """Five long polls and 200 sends at once: every message stored once, ids in order. The
    client gets a connection per poll (a Bot's default pool of one made the polls queue and
    time out under load); how fast the stand-in is belongs in a benchmark, not here."""
    pools = {
        "request": HTTPXRequest(connection_pool_size=16),
        "get_updates_request": HTTPXRequest(connection_pool_size=5),
    }
    urls = {"base_url": server.base_url, "base_file_url": server.base_file_url}
    async with Bot(TOKEN, **urls, **pools) as bot:
        server.send_text(USER, "halo")
        polls = [asyncio.create_task(bot.get_updates(offset=-1, timeout=2)) for _ in range(5)]
        await asyncio.gather(*(bot.send_message(USER, f"pesan {i}") for i in range(200)))
        await asyncio.gather(*polls)
    assert len(server.messages(USER)) == 200
    assert sorted(m["message_id"] for m in server.messages(USER)) == list(range(2, 202))


async def test_polling_application_end_to_end(server):
    from telegram.ext import Application, CallbackQueryHandler, CommandHandler

    async def start(update, context):
        await update.message.reply_text("Selamat datang!", reply_markup=_keyboard())

    async def answer(update, context):
        await update.callback_query.answer()
        await update.callback_query.edit_message_text(f"Pilihan: {update.callback_query.data}")

    app = (
        Application.builder()
        .token(TOKEN)
        .base_url(server.base_url)
        .base_file_url(server.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(answer))
    async with app:
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await app.start()
        try:
            server.mark(USER)
            server.send_command(USER, "/start")
            [welcome] = await server.wait_for_messages_async(USER, 1, timeout=5)
            assert welcome["text"] == "Selamat datang!"
            server.click(USER, "Tidak")
            edited = await asyncio.to_thread(server.wait_for_text, USER, "Pilihan:", 5)
            assert edited["text"] == "Pilihan: jawab:tidak"
            assert server.last_keyboard(USER) is None
            assert len(server.calls("answerCallbackQuery")) == 1
        finally:
            await app.updater.stop()
            await app.stop()
    assert server.pending_updates() == []  # PTB confirmed everything on shutdown
