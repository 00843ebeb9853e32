"""A local stand-in for the Telegram Bot API server, for end-to-end tests and benchmarks.

The real bot (PTB) is pointed at it with::

    server = BotApiStandIn(token="123456:TEST-token_abc")
    server.start()
    app = (
        Application.builder().token(server.token)
        .base_url(server.base_url).base_file_url(server.base_file_url).build()
    )

and test code plays the users through the plain, thread-safe helpers (``send_text``,
``send_command``, ``press_button``, ...), then asserts on what the bot did
(``wait_for_messages``, ``messages``, ``calls``, ``last_keyboard``, ...).

It behaves like the real server where bots usually trip: parse_mode text is parsed with the
same rules as Telegram (a port of tdlib's HTML/Markdown/MarkdownV2 parsers, so a bad escape
is a 400 "can't parse entities" here too), editing without ``reply_markup`` drops the inline
keyboard, an identical edit is "message is not modified", unknown chats are "chat not found",
callback data over 64 bytes is rejected, and with privacy mode on (the default, matching
``can_read_all_group_messages: false``) group messages the bot would not see are withheld.

Standard library only. The token never appears in anything the stand-in logs or records.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import logging
import mimetypes
import re
import socket
import threading
import time
import urllib.parse
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["BOT_USER", "DEFAULT_TOKEN", "BotApiError", "BotApiStandIn"]

_LOG = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456:TEST-token_abc"

BOT_USER: dict[str, Any] = {
    "id": 999,
    "is_bot": True,
    "first_name": "Pandu",
    "username": "pandu_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# How the bot appears as the sender of a message (Message.from carries no capability flags).
_BOT_SENDER = {k: BOT_USER[k] for k in ("id", "is_bot", "first_name", "username")}

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024

# Update types delivered when allowed_updates is unset or empty (Telegram's default).
_OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

# Parameters that are plain strings even when they look like JSON (e.g. text "123").
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "secret_token",
        "ip_address",
        "description",
        "short_description",
        "name",
        "title",
        "language_code",
        "action",
        "business_connection_id",
        "message_effect_id",
        "emoji",
        "query",
        "file_id",
        "question",
        "address",
        "foursquare_id",
        "foursquare_type",
        "google_place_id",
        "google_place_type",
        "phone_number",
        "first_name",
        "last_name",
        "vcard",
        "custom_title",
        "invite_link",
        "sticker_format",
        "filename",
        "file_name",
        "callback_data",
        "switch_pm_text",
        "switch_pm_parameter",
        "next_offset",
        "web_app_query_id",
        "start_parameter",
        "payload",
        "currency",
        "provider_token",
        "document",
        "photo",
        "audio",
        "voice",
        "video",
        "animation",
        "sticker",
        "thumbnail",
        "video_note",
        "certificate",
        "gift_id",
    }
)
# Parameters whose value is a JSON object/array, even when sent as a JSON string.
_JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "allowed_updates",
        "commands",
        "scope",
        "menu_button",
        "link_preview_options",
        "reply_parameters",
        "media",
        "results",
        "options",
        "permissions",
        "explanation_entities",
        "reaction",
        "question_entities",
        "prices",
        "rights",
        "button",
    }
)

_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_INLINE_BUTTON_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
_SERVICE_MESSAGE_KEYS = frozenset(
    {
        "new_chat_members",
        "left_chat_member",
        "new_chat_title",
        "new_chat_photo",
        "delete_chat_photo",
        "group_chat_created",
        "supergroup_chat_created",
        "migrate_to_chat_id",
        "migrate_from_chat_id",
        "pinned_message",
    }
)

_STATUS_DESCRIPTIONS = {
    400: "Bad Request: simulated failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    500: "Internal Server Error",
}
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


class BotApiError(Exception):
    """A Telegram-style error answer: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad_request(description: str) -> BotApiError:
    return BotApiError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# Text helpers: UTF-16 offsets, auto-detected entities, and ports of tdlib's markup parsers.
# --------------------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def utf16_slice(text: str, offset: int, length: int) -> str:
    raw = text.encode("utf-16-le")
    return raw[offset * 2 : (offset + length) * 2].decode("utf-16-le", "replace")


_COMMAND_RE = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>@])")
_MENTION_RE = re.compile(r"(?<!\w)@[A-Za-z0-9_]{2,32}(?!\w)")


def detect_entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram itself adds to a user's text: bot commands and @mentions."""
    found = []
    for kind, pattern in (("bot_command", _COMMAND_RE), ("mention", _MENTION_RE)):
        for match in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group(0)),
                }
            )
    found.sort(key=lambda e: (e["offset"], -e["length"]))
    return found


def _is_space(c: int) -> bool:
    return c in (0x20, 0x09, 0x0D, 0x0A, 0x00, 0x0B, 0x0C)


class _Bytes:
    """A NUL-terminated view of UTF-8 bytes, as tdlib's parsers index past the end."""

    __slots__ = ("data", "size")

    def __init__(self, text: str) -> None:
        self.data = text.encode("utf-8", "surrogatepass")
        self.size = len(self.data)

    def __getitem__(self, i: int) -> int:
        return self.data[i] if 0 <= i < self.size else 0


def _u16_units(c: int) -> int:
    """UTF-16 units contributed by a UTF-8 byte (0 for continuation bytes)."""
    if c & 0xC0 == 0x80:
        return 0
    return 2 if c >= 0xF0 else 1


def _cant_parse(message: str) -> BotApiError:
    return _bad_request(f"can't parse entities: {message}")


def _finish_parse(out: bytearray, entities: list[dict[str, Any]]) -> tuple[str, list[dict]]:
    try:
        text = out.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _cant_parse(
            "Text contains invalid Unicode characters after decoding HTML entities, "
            "check for unmatched surrogate code units"
        ) from exc
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return text, entities


def _link_entity(offset: int, length: int, url: str) -> dict[str, Any] | None:
    url = url.strip()
    if not url:
        return None
    match = re.fullmatch(r"tg://user\?id=(\d+)", url)
    if match:
        return {
            "type": "text_mention",
            "offset": offset,
            "length": length,
            "user": {"id": int(match.group(1)), "is_bot": False, "first_name": "?"},
        }
    return {"type": "text_link", "offset": offset, "length": length, "url": url}


def _decode_html_entity(b: _Bytes, pos: int) -> tuple[int, int]:
    end = pos + 1
    code = 0
    if b[pos + 1] == ord("#"):
        end += 1
        if b[pos + 2] == ord("x"):
            end += 1
            while chr(b[end]) in "0123456789abcdefABCDEF" and b[end]:
                code = code * 16 + int(chr(b[end]), 16)
                end += 1
        else:
            while ord("0") <= b[end] <= ord("9"):
                code = code * 10 + b[end] - ord("0")
                end += 1
        if code == 0 or code >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while chr(b[end]).isascii() and chr(b[end]).isalpha():
            end += 1
        name = b.data[pos + 1 : end]
        code = {b"lt": 0x3C, b"gt": 0x3E, b"amp": 0x26, b"quot": 0x22}.get(name, 0)
        if not code:
            return 0, pos
    if b[end] == ord(";"):
        end += 1
    return code, end


_HTML_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)
_HTML_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "u": "underline",
    "ins": "underline",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Telegram's parse_mode=HTML: the plain text and entities, or a 400 BotApiError."""
    b = _Bytes(text)
    out = bytearray()
    entities: list[dict[str, Any]] = []
    nested: list[list[Any]] = []  # [tag, argument, utf16 offset, output byte position, attrs]
    u16 = 0
    i = 0
    while i < b.size:
        c = b[i]
        if c == ord("&"):
            code, end = _decode_html_entity(b, i)
            if code:
                u16 += 2 if code > 0xFFFF else 1
                out += chr(code).encode("utf-8", "surrogatepass")
                i = end
                continue
        if c != ord("<"):
            u16 += _u16_units(c)
            out.append(c)
            i += 1
            continue
        begin = i
        i += 1
        if b[i] != ord("/"):
            while not _is_space(b[i]) and b[i] != ord(">"):
                i += 1
            if b[i] == 0:
                raise _cant_parse(f"Unclosed start tag at byte offset {begin}")
            tag = b.data[begin + 1 : i].decode("utf-8", "replace").lower()
            if tag not in _HTML_TAGS:
                raise _cant_parse(f'Unsupported start tag "{tag}" at byte offset {begin}')
            argument = ""
            attrs: set[str] = set()
            while b[i] != ord(">"):
                while b[i] != 0 and _is_space(b[i]):
                    i += 1
                if b[i] == ord(">"):
                    break
                attr_begin = i
                while not _is_space(b[i]) and b[i] not in (ord("="), ord(">")):
                    i += 1
                attr = b.data[attr_begin:i].decode("utf-8", "replace").lower()
                if not attr:
                    raise _cant_parse(
                        f'Empty attribute name in the tag "{tag}" at byte offset {begin}'
                    )
                while b[i] != 0 and _is_space(b[i]):
                    i += 1
                if b[i] != ord("="):
                    if tag == "blockquote" and attr == "expandable":
                        attrs.add(attr)
                        continue
                    raise _cant_parse(
                        "Expected equal sign in declaration of an attribute of the tag "
                        f'"{tag}" at byte offset {begin}'
                    )
                i += 1
                while b[i] != 0 and _is_space(b[i]):
                    i += 1
                if b[i] == 0:
                    raise _cant_parse(f'Unclosed start tag "{tag}" at byte offset {begin}')
                if b[i] not in (ord("'"), ord('"')):
                    token_begin = i
                    while (
                        b[i] and chr(b[i]).isascii() and (chr(b[i]).isalnum() or chr(b[i]) in ".-")
                    ):
                        i += 1
                    value = b.data[token_begin:i].decode("utf-8", "replace").lower()
                    if not _is_space(b[i]) and b[i] != ord(">"):
                        raise _cant_parse(
                            f"Unexpected end of name token at byte offset {token_begin}"
                        )
                else:
                    quote = b[i]
                    i += 1
                    raw = bytearray()
                    while b[i] != quote and b[i] != 0:
                        if b[i] == ord("&"):
                            code, end = _decode_html_entity(b, i)
                            if code:
                                raw += chr(code).encode("utf-8", "surrogatepass")
                                i = end
                                continue
                        raw.append(b[i])
                        i += 1
                    if b[i] == quote:
                        i += 1
                    value = raw.decode("utf-8", "replace")
                if b[i] == 0:
                    raise _cant_parse(f"Unclosed start tag at byte offset {begin}")
                attrs.add(attr)
                if tag == "a" and attr == "href":
                    argument = value
                elif tag == "code" and attr == "class" and value.startswith("language-"):
                    argument = value[9:]
                elif tag == "span" and attr == "class" and value.startswith("tg-"):
                    argument = value[3:]
                elif tag == "tg-emoji" and attr == "emoji-id":
                    argument = value
            if tag == "span" and argument != "spoiler":
                raise _cant_parse(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
            nested.append([tag, argument, u16, len(out), attrs])
            i += 1
            continue
        # an end tag
        if not nested:
            raise _cant_parse(f"Unexpected end tag at byte offset {begin}")
        while not _is_space(b[i]) and b[i] != ord(">"):
            i += 1
        end_tag = b.data[begin + 2 : i].decode("utf-8", "replace").lower()
        while _is_space(b[i]) and b[i] != 0:
            i += 1
        if b[i] != ord(">"):
            raise _cant_parse(f"Unclosed end tag at byte offset {begin}")
        tag, argument, offset, out_pos, attrs = nested.pop()
        if end_tag and end_tag != tag:
            raise _cant_parse(
                f'Unmatched end tag at byte offset {begin}, expected "</{tag}>", '
                f'found "</{end_tag}>"'
            )
        length = u16 - offset
        if length > 0:
            entity: dict[str, Any] | None
            if tag in _HTML_SIMPLE:
                entity = {"type": _HTML_SIMPLE[tag], "offset": offset, "length": length}
            elif tag == "tg-emoji":
                if not argument.isdigit() or int(argument) == 0:
                    raise _bad_request("Invalid custom emoji identifier specified")
                entity = {
                    "type": "custom_emoji",
                    "offset": offset,
                    "length": length,
                    "custom_emoji_id": argument,
                }
            elif tag == "a":
                url = argument or out[out_pos:].decode("utf-8", "replace")
                entity = _link_entity(offset, length, url)
            elif tag == "blockquote":
                kind = "expandable_blockquote" if "expandable" in attrs else "blockquote"
                entity = {"type": kind, "offset": offset, "length": length}
            elif tag == "pre":
                last = entities[-1] if entities else None
                if (
                    last
                    and last["type"] == "code"
                    and (last["offset"], last["length"]) == (offset, length)
                    and last.get("language")
                ):
                    last["type"] = "pre"
                    entity = None
                else:
                    entity = {"type": "pre", "offset": offset, "length": length}
            else:  # code
                last = entities[-1] if entities else None
                if (
                    last
                    and last["type"] == "pre"
                    and (last["offset"], last["length"]) == (offset, length)
                    and argument
                ):
                    last["language"] = argument
                    entity = None
                else:
                    entity = {"type": "code", "offset": offset, "length": length}
                    if argument:
                        entity["language"] = argument
            if entity:
                entities.append(entity)
        i += 1
    if nested:
        raise _cant_parse(f'Can\'t find end tag corresponding to start tag "{nested[-1][0]}"')
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    return _finish_parse(out, entities)


def _skip_pre_newline(b: _Bytes, i: int) -> int:
    if b[i] in (ord("\n"), ord("\r")):
        if b[i + 1] in (ord("\n"), ord("\r")) and b[i] != b[i + 1]:
            return i + 2
        return i + 1
    return i


def _pre_language(b: _Bytes, i: int) -> tuple[str, int]:
    end = i
    while not _is_space(b[end]) and b[end] != ord("`"):
        end += 1
    if i != end and end < b.size and b[end] != ord("`"):
        return b.data[i:end].decode("utf-8", "replace"), end
    return "", i


def parse_markdown(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Telegram's legacy parse_mode=Markdown."""
    b = _Bytes(text)
    out = bytearray()
    entities: list[dict[str, Any]] = []
    u16 = 0
    i = 0
    while i < b.size:
        c = b[i]
        if c == ord("\\") and b[i + 1] in b"_*`[":
            out.append(b[i + 1])
            u16 += 1
            i += 2
            continue
        if c not in b"_*`[":
            u16 += _u16_units(c)
            out.append(c)
            i += 1
            continue
        begin = i
        end_char = ord("]") if c == ord("[") else c
        is_pre = False
        language = ""
        i += 1
        if c == ord("`") and b[i] == ord("`") and b[i + 1] == ord("`"):
            i += 2
            is_pre = True
            language, i = _pre_language(b, i)
            i = _skip_pre_newline(b, i)
        offset = u16
        start_out = len(out)
        while i < b.size and (
            b[i] != end_char or (is_pre and not (b[i + 1] == ord("`") and b[i + 2] == ord("`")))
        ):
            u16 += _u16_units(b[i])
            out.append(b[i])
            i += 1
        if i == b.size:
            raise _cant_parse(f"Can't find end of the entity starting at byte offset {begin}")
        length = u16 - offset
        if length:
            if c == ord("_"):
                entities.append({"type": "italic", "offset": offset, "length": length})
            elif c == ord("*"):
                entities.append({"type": "bold", "offset": offset, "length": length})
            elif c == ord("["):
                if b[i + 1] != ord("("):
                    url = out[start_out:].decode("utf-8", "replace")
                else:
                    i += 2
                    url_begin = i
                    while i < b.size and b[i] != ord(")"):
                        i += 1
                    url = b.data[url_begin:i].decode("utf-8", "replace")
                link = _link_entity(offset, length, url)
                if link:
                    entities.append(link)
            elif is_pre:
                entity = {"type": "pre", "offset": offset, "length": length}
                if language:
                    entity["language"] = language
                entities.append(entity)
            else:
                entities.append({"type": "code", "offset": offset, "length": length})
        if is_pre:
            i += 2
        i += 1
    return _finish_parse(out, entities)


_MD2_END = {
    "bold": "*",
    "italic": "_",
    "code": "`",
    "strikethrough": "~",
    "text_link": "]",
    "custom_emoji": "]",
}
_MD2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "pre_code": "PreCode",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
    "blockquote": "BlockQuote",
}


def parse_markdown_v2(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Telegram's parse_mode=MarkdownV2 (reserved characters must be escaped)."""
    b = _Bytes(text)
    out = bytearray()
    entities: list[dict[str, Any]] = []
    # [type, argument, utf16 offset, byte offset in input, output position]
    nested: list[list[Any]] = []
    have_blockquote = False
    u16 = 0
    i = 0

    def reserved(ch: int) -> BotApiError:
        return _cant_parse(
            f"Character '{chr(ch)}' is reserved and must be escaped with the preceding '\\'"
        )

    while i < b.size:
        c = b[i]
        if c == ord("\\") and 0 < b[i + 1] <= 126:
            out.append(b[i + 1])
            u16 += 1
            i += 2
            continue
        top = nested[-1][0] if nested else None
        reserved_chars = b"`" if top in ("code", "pre", "pre_code") else b"_*[]()~`>#+-=|{}.!\n"
        if c not in reserved_chars:
            u16 += _u16_units(c)
            out.append(c)
            i += 1
            continue

        is_end = False
        if nested:
            if have_blockquote and c == ord("\n") and (i + 1 == b.size or b[i + 1] != ord(">")):
                is_end = True
            elif top in _MD2_END:
                is_end = c == ord(_MD2_END[top]) and not (top == "italic" and b[i + 1] == c)
            elif top in ("pre", "pre_code"):
                is_end = c == ord("`") and b[i + 1] == ord("`") and b[i + 2] == ord("`")
            elif top == "underline":
                is_end = c == ord("_") and b[i + 1] == ord("_")
            elif top == "spoiler":
                is_end = c == ord("|") and b[i + 1] == ord("|")

        if not is_end:
            kind: str | None
            argument = ""
            byte_offset = i
            if c == ord("_"):
                if b[i + 1] == ord("_"):
                    kind = "underline"
                    i += 1
                else:
                    kind = "italic"
            elif c == ord("*"):
                kind = "bold"
            elif c == ord("~"):
                kind = "strikethrough"
            elif c == ord("|"):
                if b[i + 1] != ord("|"):
                    raise reserved(c)
                i += 1
                kind = "spoiler"
            elif c == ord("["):
                kind = "text_link"
            elif c == ord("`"):
                if b[i + 1] == ord("`") and b[i + 2] == ord("`"):
                    i += 3
                    kind = "pre"
                    argument, i = _pre_language(b, i)
                    if argument:
                        kind = "pre_code"
                    i = _skip_pre_newline(b, i)
                    i -= 1
                else:
                    kind = "code"
            elif c == ord("!"):
                if b[i + 1] != ord("["):
                    raise reserved(c)
                i += 1
                kind = "custom_emoji"
            elif c == ord("\n"):
                u16 += 1
                out.append(c)
                kind = None
                if i + 1 < b.size and b[i + 1] == ord(">"):
                    i += 1
                    if not have_blockquote:
                        kind = "blockquote"
                        have_blockquote = True
            elif c == ord(">"):
                if i != 0:
                    raise reserved(c)
                kind = "blockquote"
                have_blockquote = True
            else:
                raise reserved(c)
            if kind is not None:
                nested.append([kind, argument, u16, byte_offset, len(out)])
            i += 1
            continue

        # end of an entity
        kind, argument, offset, byte_offset, out_pos = nested[-1]
        if c == ord("\n") and kind != "blockquote":
            raise _cant_parse(
                f"Can't find end of {_MD2_NAMES[kind]} entity at byte offset {byte_offset}"
            )
        skip = u16 == offset
        entity: dict[str, Any] | None = None
        if kind in ("underline", "spoiler"):
            i += 1
        elif kind in ("pre", "pre_code"):
            i += 2
        elif kind in ("text_link", "custom_emoji"):
            url = ""
            if b[i + 1] != ord("("):
                if kind == "custom_emoji":
                    raise _bad_request("Custom emoji entity must contain a tg://emoji URL")
                url = out[out_pos:].decode("utf-8", "replace")
            else:
                i += 2
                url_begin = i
                raw = bytearray()
                while i < b.size and b[i] != ord(")"):
                    if b[i] == ord("\\") and 0 < b[i + 1] <= 126:
                        raw.append(b[i + 1])
                        i += 2
                        continue
                    raw.append(b[i])
                    i += 1
                if b[i] != ord(")"):
                    what = "a custom emoji URL" if kind == "custom_emoji" else "a URL"
                    raise _cant_parse(f"Can't find end of {what} at byte offset {url_begin}")
                url = raw.decode("utf-8", "replace")
            if kind == "custom_emoji":
                match = re.fullmatch(r"tg://emoji\?id=(\d+)", url)
                if not match:
                    raise _bad_request("Custom emoji URL must have an emoji identifier")
                entity = {"type": "custom_emoji", "custom_emoji_id": match.group(1)}
            else:
                entity = _link_entity(offset, u16 - offset, url)
                if entity is None:
                    skip = True
        elif kind == "blockquote":
            have_blockquote = False
            out.append(c)
            u16 += 1
        if not skip:
            length = u16 - offset
            if entity is None:
                name = "pre" if kind == "pre_code" else kind
                entity = {"type": name}
                if kind == "pre_code":
                    entity["language"] = argument
            entity.update(offset=offset, length=length)
            entities.append(entity)
        nested.pop()
        i += 1

    if have_blockquote and nested and nested[-1][0] == "blockquote":
        kind, _, offset, _, _ = nested.pop()
        if u16 - offset:
            entities.append({"type": "blockquote", "offset": offset, "length": u16 - offset})
    if nested:
        kind, _, _, byte_offset, _ = nested[-1]
        raise _cant_parse(
            f"Can't find end of {_MD2_NAMES[kind]} entity at byte offset {byte_offset}"
        )
    return _finish_parse(out, entities)


def render_text(text: str, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """What Telegram stores for a bot's text: (plain text, entities), trimmed like Telegram."""
    if parse_mode is None or parse_mode == "":
        plain, entities = text, []
    else:
        mode = str(parse_mode).lower()
        if mode == "html":
            plain, entities = parse_html(text)
        elif mode == "markdownv2":
            plain, entities = parse_markdown_v2(text)
        elif mode == "markdown":
            plain, entities = parse_markdown(text)
        else:
            raise _bad_request("unsupported parse_mode")
    stripped = plain.lstrip()
    shift = utf16_len(plain) - utf16_len(stripped)
    stripped = stripped.rstrip()
    total = utf16_len(stripped)
    kept = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


# --------------------------------------------------------------------------------------------
# Request decoding
# --------------------------------------------------------------------------------------------


def _decode_value(key: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if key in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError as exc:
            raise _bad_request(f"can't parse {key} JSON object") from exc
    if key in _STRING_PARAMS:
        return value
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    if isinstance(decoded, float) and decoded != decoded:  # NaN: keep the string
        return value
    return decoded


_FORM_ESCAPE_RE = re.compile(r"%22|%[01][0-9A-Fa-f]|\\\\")


def _unescape_form_param(value: str) -> str:
    def repl(match: re.Match[str]) -> str:
        token = match.group(0)
        return "\\" if token == "\\\\" else chr(int(token[1:], 16))

    return _FORM_ESCAPE_RE.sub(repl, value)


def _disposition_params(header: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for match in re.finditer(r';\s*([\w-]+)(\*?)=("((?:[^"\\]|\\.)*)"|[^;]*)', header):
        name, star, raw, quoted = match.groups()
        if star:
            charset, _, rest = raw.strip().partition("''")
            params[name.lower()] = urllib.parse.unquote(rest, encoding=charset or "utf-8")
        elif quoted is not None:
            params.setdefault(name.lower(), _unescape_form_param(quoted))
        else:
            params.setdefault(name.lower(), raw.strip())
    return params


def _parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, str], dict[str, dict]]:
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if not match:
        raise _bad_request("multipart boundary is missing")
    delimiter = b"--" + match.group(1).encode("latin-1")
    fields: dict[str, str] = {}
    files: dict[str, dict] = {}
    for part in body.split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        if part.startswith(b"\r\n"):
            part = part[2:]
        head, sep, data = part.partition(b"\r\n\r\n")
        if not sep:
            continue
        if data.endswith(b"\r\n"):
            data = data[:-2]
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = _disposition_params(";" + headers.get("content-disposition", ""))
        name = disposition.get("name")
        if not name:
            continue
        if "filename" in disposition:
            files[name] = {
                "file_name": disposition["filename"],
                "mime_type": headers.get("content-type") or "application/octet-stream",
                "data": data,
            }
        else:
            fields[name] = data.decode("utf-8", "replace")
    return fields, files


# --------------------------------------------------------------------------------------------
# HTTP plumbing
# --------------------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 512

    def __init__(self, address: tuple[str, int], stand_in: BotApiStandIn) -> None:
        self.stand_in = stand_in
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The default prints the request; log only the exception type (never a path/token).
        _LOG.debug("bot api stand-in: connection error", exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BotApiStandIn/1.0"
    sys_version = ""
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.stand_in._track_connection(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.stand_in._track_connection(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Silent: request lines contain the bot token."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Silent: request lines contain the bot token."""

    def do_GET(self) -> None:  # noqa: N802
        self._serve()

    def do_POST(self) -> None:  # noqa: N802
        self._serve()

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        try:
            body = self._read_body()
            status, payload, content_type = self.server.stand_in._handle_http(
                self.command, self.path, self.headers, body
            )
        except (ConnectionError, TimeoutError):
            self.close_connection = True
            return
        except Exception:  # never leak the path (token) into logs
            _LOG.exception("bot api stand-in: internal error")
            status, payload, content_type = (
                500,
                json.dumps(
                    {"ok": False, "error_code": 500, "description": "Internal Server Error"}
                ).encode(),
                "application/json",
            )
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            if self.server.stand_in._stopping.is_set():
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            self.wfile.write(payload)
        except (ConnectionError, OSError):
            self.close_connection = True


def _json_bytes(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------------------------
# The stand-in
# --------------------------------------------------------------------------------------------

_METHODS = [
    "getMe",
    "logOut",
    "close",
    "getUpdates",
    "setWebhook",
    "deleteWebhook",
    "getWebhookInfo",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "setChatMenuButton",
    "getChatMenuButton",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "editMessageCaption",
    "deleteMessage",
    "answerCallbackQuery",
    "sendChatAction",
    "sendDocument",
    "sendPhoto",
    "sendAudio",
    "sendVoice",
    "sendVideo",
    "sendAnimation",
    "sendSticker",
    "sendLocation",
    "getFile",
    "getChat",
]


class BotApiStandIn:
    """An in-process Telegram Bot API server on 127.0.0.1 (see the module docstring).

    Attributes tests may tweak at any time:
      ``privacy_mode`` (group messages the bot would not see are withheld),
      ``strict_entities`` (parse parse_mode text and reject bad markup like Telegram),
      ``response_delay`` (seconds added to every answer, to simulate network latency),
      ``callback_query_ttl`` (answering an older callback query fails, None = never).
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        privacy_mode: bool = True,
        strict_entities: bool = True,
        first_update_id: int = 100_000_000,
        record_calls: bool = True,
    ) -> None:
        self._token = token
        self._host = host
        self._requested_port = port
        self.privacy_mode = privacy_mode
        self.strict_entities = strict_entities
        self.response_delay = 0.0
        self.callback_query_ttl: float | None = None
        self.record_calls = record_calls
        self.on_call: Callable[[dict], None] | None = None

        self._lock = threading.RLock()
        self._updates_cv = threading.Condition(self._lock)
        self._state_cv = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()

        self._methods = {name.lower(): name for name in _METHODS}
        self._handlers: dict[str, Callable[[dict, dict], Any]] = {
            name: getattr(self, "_api_" + name) for name in _METHODS
        }

        self._calls: list[dict[str, Any]] = []
        self._faults: dict[str, deque[dict[str, Any]]] = defaultdict(deque)
        self._next_update_id = itertools.count(first_update_id)
        self._pending: list[dict[str, Any]] = []
        self._all_updates: dict[int, dict[str, Any]] = {}
        self._withheld: list[tuple[int, int]] = []
        self._allowed_updates: list[str] | None = None
        self._webhook: dict[str, Any] = {"url": ""}
        self._users: dict[int, dict[str, Any]] = {}
        self._chats: dict[int, dict[str, Any]] = {}
        self._message_ids: dict[int, int] = defaultdict(int)
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._transcripts: dict[int, list[dict[str, Any]]] = defaultdict(list)
        self._marks: dict[int, int] = defaultdict(int)
        self._callback_queries: dict[str, dict[str, Any]] = {}
        self._callback_ids = itertools.count(4_300_000_000_000_000_001)
        self._files: dict[str, dict[str, Any]] = {}
        self._file_paths: dict[str, str] = {}
        self._file_seq = itertools.count(1)
        self._uploads: list[dict[str, Any]] = []
        self._chat_actions: dict[int, list[str]] = defaultdict(list)
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._menu_buttons: dict[int | None, dict[str, Any]] = {}
        self._blocked: set[int] = set()

    # ---------------------------------------------------------------- lifecycle and addresses

    def start(self) -> BotApiStandIn:
        if self._httpd is not None:
            raise RuntimeError("already started")
        self._stopping.clear()
        self._httpd = _Server((self._host, self._requested_port), self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="bot-api-stand-in",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        with self._lock:
            self._updates_cv.notify_all()
            self._state_cv.notify_all()
        httpd.shutdown()
        httpd.server_close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> BotApiStandIn:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:  # never shows the token
        state = f"port={self.port}" if self._httpd else "stopped"
        return f"<BotApiStandIn {state}>"

    @property
    def token(self) -> str:
        return self._token

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the stand-in is not running; call start() first")
        return self._httpd.server_address[1]

    @property
    def api_root(self) -> str:
        return f"http://{self._host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder.base_url`` / ``Bot(base_url=...)``."""
        return f"{self.api_root}/bot"

    @property
    def base_file_url(self) -> str:
        """For ``ApplicationBuilder.base_file_url`` / ``Bot(base_file_url=...)``."""
        return f"{self.api_root}/file/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        return {**BOT_USER, "can_read_all_group_messages": not self.privacy_mode}

    def _track_connection(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    # ---------------------------------------------------------------- HTTP entry point

    def _handle_http(
        self, verb: str, raw_path: str, headers: Any, body: bytes
    ) -> tuple[int, bytes, str]:
        path, _, query = raw_path.partition("?")
        if path.startswith("/file/bot"):
            return self._serve_file(path[len("/file/bot") :])
        if not path.startswith("/bot"):
            return 404, _json_bytes(BotApiError(404, "Not Found").payload()), "application/json"
        token, _, method = path[len("/bot") :].partition("/")
        if urllib.parse.unquote(token) != self._token:
            error = BotApiError(401, "Unauthorized")
            return 401, _json_bytes(error.payload()), "application/json"
        try:
            params, files = self._decode_params(headers, body, query)
        except BotApiError as error:
            return error.status, _json_bytes(error.payload()), "application/json"
        return self._dispatch(method.strip("/"), params, files)

    def _decode_params(
        self, headers: Any, body: bytes, query: str
    ) -> tuple[dict[str, Any], dict[str, dict]]:
        params: dict[str, Any] = {}
        files: dict[str, dict] = {}
        for key, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
            params[key] = _decode_value(key, value)
        content_type = headers.get("Content-Type") or ""
        ctype = content_type.split(";")[0].strip().lower()
        if not body:
            return params, files
        if ctype == "application/json":
            try:
                data = json.loads(body.decode("utf-8"))
            except ValueError as exc:
                raise _bad_request("can't parse JSON request body") from exc
            if not isinstance(data, dict):
                raise _bad_request("request body must be a JSON object")
            for key, value in data.items():
                params[key] = value if key not in _JSON_PARAMS else _decode_value(key, value)
        elif ctype == "multipart/form-data":
            fields, files = _parse_multipart(body, content_type)
            for key, value in fields.items():
                params[key] = _decode_value(key, value)
        else:
            text = body.decode("utf-8", "replace")
            for key, value in urllib.parse.parse_qsl(text, keep_blank_values=True):
                params[key] = _decode_value(key, value)
        # attach://name values point at multipart parts
        for key, value in list(params.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                part = files.pop(value[len("attach://") :], None)
                if part is not None:
                    files[key] = part
        return params, files

    def _dispatch(self, method: str, params: dict, files: dict) -> tuple[int, bytes, str]:
        canonical = self._methods.get(method.lower())
        recorded = dict(params)
        for name, part in files.items():
            recorded[name] = {
                "file_name": part["file_name"],
                "mime_type": part["mime_type"],
                "size": len(part["data"]),
            }
        record = {
            "method": canonical or method,
            "params": recorded,
            "time": time.time(),
            "status": None,
            "error": None,
        }
        with self._lock:
            if self.record_calls:
                self._calls.append(record)
            queue = self._faults.get(method.lower())
            fault = queue.popleft() if queue else None
        delay = self.response_delay + (fault["delay"] if fault else 0.0)
        if delay > 0:
            time.sleep(delay)

        status, payload, content_type = 200, b"", "application/json"
        error: BotApiError | None = None
        if fault and fault["status"] is not None:
            status = fault["status"]
            if status == 502:
                payload, content_type = _BAD_GATEWAY_HTML, "text/html"
                error = BotApiError(502, "Bad Gateway")
            else:
                error = BotApiError(status, fault["description"], fault["parameters"])
        elif canonical is None:
            error = BotApiError(404, "Not Found: method not found")
        else:
            try:
                result = self._handlers[canonical](params, files)
                payload = _json_bytes({"ok": True, "result": result})
            except BotApiError as exc:
                error = exc
        if error is not None:
            status = error.status
            if not payload:
                payload = _json_bytes(error.payload())
        with self._lock:
            record["status"] = status
            record["error"] = error.description if error is not None else None
            self._state_cv.notify_all()
        if self.on_call is not None:  # a cheap hook for load tests (no shared condition)
            self.on_call(record)
        return status, payload, content_type

    def _serve_file(self, rest: str) -> tuple[int, bytes, str]:
        token, _, file_path = rest.partition("/")
        not_found = _json_bytes(BotApiError(404, "Not Found").payload())
        if urllib.parse.unquote(token) != self._token:
            return 404, not_found, "application/json"
        with self._lock:
            file_id = self._file_paths.get(urllib.parse.unquote(file_path))
            entry = self._files.get(file_id) if file_id else None
        if entry is None:
            return 404, not_found, "application/json"
        return 200, entry["data"], entry.get("mime_type") or "application/octet-stream"

    # ---------------------------------------------------------------- fault injection

    def fail_next(
        self,
        method: str,
        status: int | None = 429,
        retry_after: int = 1,
        *,
        description: str | None = None,
        times: int = 1,
        delay: float = 0.0,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail.

        ``status=429`` answers ``Too Many Requests: retry after N`` with ``retry_after``
        (PTB raises RetryAfter); ``502`` answers a bare HTML 502 (PTB: NetworkError); other
        codes answer a Telegram-style error with a typical description (override with
        ``description``). ``delay`` seconds are waited before answering; with ``status=None``
        the call then succeeds normally (use it to provoke client-side timeouts).
        """
        params = None
        if status == 429:
            description = description or f"Too Many Requests: retry after {retry_after}"
            params = {"retry_after": retry_after}
        elif status is not None and description is None:
            try:
                phrase = HTTPStatus(status).phrase
            except ValueError:
                phrase = "Error"
            description = _STATUS_DESCRIPTIONS.get(status, phrase)
        fault = {"status": status, "description": description, "parameters": params, "delay": delay}
        with self._lock:
            for _ in range(times):
                self._faults[method.lower()].append(dict(fault))

    def block_user(self, user_id: int) -> None:
        """Sends to this user's private chat now fail with 403 "bot was blocked by the user"."""
        with self._lock:
            self._blocked.add(user_id)

    def unblock_user(self, user_id: int) -> None:
        with self._lock:
            self._blocked.discard(user_id)

    # ---------------------------------------------------------------- users, chats, updates

    def _user(self, user_id: int, first_name: str | None, username: str | None) -> dict:
        known = self._users.get(user_id)
        user = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name or (known or {}).get("first_name") or "Uji",
            "username": username or (known or {}).get("username") or f"uji{user_id}",
            "language_code": "id",
        }
        self._users[user_id] = user
        return user

    def _chat_for(self, user: dict, chat_id: int | None, chat_type: str, title: str | None) -> dict:
        if chat_type == "private":
            if chat_id is not None and chat_id != user["id"]:
                raise ValueError("a private chat's id is the user's id")
            chat = {
                "id": user["id"],
                "type": "private",
                "first_name": user["first_name"],
                "username": user["username"],
            }
        elif chat_type in ("group", "supergroup"):
            if chat_id is None or chat_id >= 0:
                raise ValueError(f"a {chat_type} needs a negative chat_id")
            known = self._chats.get(chat_id) or {}
            chat = {
                "id": chat_id,
                "type": chat_type,
                "title": title or known.get("title") or f"Grup Uji {abs(chat_id)}",
            }
        else:
            raise ValueError(f"unsupported chat_type {chat_type!r}")
        self._chats[chat["id"]] = chat
        return chat

    def add_chat(self, chat_id: int, chat_type: str = "private", **fields: Any) -> dict:
        """Make a chat known without a user update (e.g. for proactive sends)."""
        with self._lock:
            chat = {"id": chat_id, "type": chat_type, **fields}
            self._chats[chat_id] = chat
            return copy.deepcopy(chat)

    def _next_message_id(self, chat_id: int) -> int:
        self._message_ids[chat_id] += 1
        return self._message_ids[chat_id]

    def _queue(self, update: dict, *, redelivery: bool = False, deliver: bool = True) -> int:
        update_id = update["update_id"]
        if not redelivery:
            self._all_updates[update_id] = update
        if deliver:
            self._pending.append(
                {"id": update_id, "update": update, "redelivery": redelivery, "delivered": False}
            )
            self._updates_cv.notify_all()
        self._state_cv.notify_all()
        return update_id

    def _visible_to_bot(self, msg: dict) -> bool:
        """Telegram privacy mode: what a bot sees of a group conversation."""
        if msg["chat"]["type"] not in ("group", "supergroup") or not self.privacy_mode:
            return True
        if _SERVICE_MESSAGE_KEYS & msg.keys():
            return True
        reply = msg.get("reply_to_message")
        if reply and reply.get("from", {}).get("id") == BOT_USER["id"]:
            return True
        text = msg.get("text") or msg.get("caption") or ""
        entities = msg.get("entities") or msg.get("caption_entities") or []
        me = BOT_USER["username"].lower()
        for entity in entities:
            fragment = utf16_slice(text, entity["offset"], entity["length"])
            if entity["type"] == "mention" and fragment[1:].lower() == me:
                return True
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            return "@" not in command or command.split("@", 1)[1].lower() == me
        return False

    def _user_message(
        self,
        user_id: int,
        content: dict[str, Any],
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to_bot: bool = False,
        reply_to: int | None = None,
        username: str | None = None,
        first_name: str | None = "Uji",
        title: str | None = None,
    ) -> int:
        with self._lock:
            user = self._user(user_id, first_name, username)
            chat = self._chat_for(user, chat_id, chat_type, title)
            cid = chat["id"]
            msg: dict[str, Any] = {
                "message_id": self._next_message_id(cid),
                "from": user,
                "chat": chat,
                "date": int(time.time()),
            }
            if reply_to_bot:
                target = self._latest_bot_entry(cid)
                if target is None:
                    raise ValueError(f"no bot message in chat {cid} to reply to")
                msg["reply_to_message"] = target["message"]
            elif reply_to is not None:
                target = self._messages.get((cid, reply_to))
                if target is None or target["deleted"]:
                    raise ValueError(f"no message {reply_to} in chat {cid}")
                msg["reply_to_message"] = target["message"]
            msg.update(content)
            self._messages[(cid, msg["message_id"])] = self._new_entry(msg, outgoing=False)
            update = {"update_id": next(self._next_update_id), "message": msg}
            visible = self._visible_to_bot(msg)
            if not visible:
                self._withheld.append((cid, update["update_id"]))
            return self._queue(update, deliver=visible)

    @staticmethod
    def _text_content(text: str, entities: list[dict] | None, key: str = "text") -> dict:
        content: dict[str, Any] = {key: text}
        found = detect_entities(text) if entities is None else entities
        if found:
            content["entities" if key == "text" else "caption_entities"] = copy.deepcopy(found)
        return content

    def send_text(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to_bot: bool = False,
        entities: list[dict] | None = None,
        username: str | None = None,
        first_name: str = "Uji",
        *,
        reply_to: int | None = None,
        title: str | None = None,
    ) -> int:
        """The user sends ``text``; returns the update_id.

        ``entities=None`` lets the stand-in add the bot_command/mention entities Telegram adds;
        pass a list (maybe empty) to set them exactly. ``reply_to_bot`` replies to the latest
        bot message in the chat, ``reply_to`` to a given message id. In groups (pass
        ``chat_type="group"`` and a negative ``chat_id``) privacy mode withholds messages that
        are neither commands, @mentions of the bot nor replies to it: the update id is still
        returned but the bot never receives it (see ``withheld_updates``).
        """
        return self._user_message(
            user_id,
            self._text_content(text, entities),
            chat_id=chat_id,
            chat_type=chat_type,
            reply_to_bot=reply_to_bot,
            reply_to=reply_to,
            username=username,
            first_name=first_name,
            title=title,
        )

    def send_command(self, user_id: int, command: str, args: str = "", **kwargs: Any) -> int:
        """``/command`` (optionally ``@botname`` and ``args``) with a bot_command entity at 0."""
        if not command.startswith("/"):
            command = "/" + command
        text = f"{command} {args}".strip() if args else command
        head = text.split(maxsplit=1)[0]
        entities = [{"type": "bot_command", "offset": 0, "length": utf16_len(head)}]
        return self.send_text(user_id, text, entities=entities, **kwargs)

    def _register_file(
        self, kind: str, data: bytes, file_name: str | None, mime_type: str | None
    ) -> dict[str, Any]:
        n = next(self._file_seq)
        file_id = f"BQACAgUAAxkB{kind.upper()}{n:08d}"
        ext = ""
        if file_name and "." in file_name:
            ext = file_name.rsplit(".", 1)[1]
        elif mime_type:
            ext = (mimetypes.guess_extension(mime_type) or "").lstrip(".")
        file_path = f"{kind}s/file_{n}" + (f".{ext}" if ext else "")
        entry = {
            "file_id": file_id,
            "file_unique_id": f"AgAD{n:08d}",
            "file_size": len(data),
            "file_path": file_path,
            "file_name": file_name,
            "mime_type": mime_type,
            "data": bytes(data),
        }
        self._files[file_id] = entry
        self._file_paths[file_path] = file_id
        return entry

    def _media_content(
        self,
        kind: str,
        data: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Build (and register) the JSON of an uploaded file as Telegram would describe it."""
        entry = self._register_file(kind, data, file_name, mime_type)
        base = {
            "file_id": entry["file_id"],
            "file_unique_id": entry["file_unique_id"],
            "file_size": entry["file_size"],
        }
        if kind == "photo":
            width, height = (extra or {}).get("width", 1280), (extra or {}).get("height", 720)
            scale = min(1.0, 90 / max(width, height))
            thumb = {
                **base,
                "file_id": base["file_id"] + "s",
                "file_unique_id": base["file_unique_id"] + "s",
                "file_size": max(1, len(data) // 10),
                "width": max(1, int(width * scale)),
                "height": max(1, int(height * scale)),
            }
            return {"photo": [thumb, {**base, "width": width, "height": height}]}
        described = {**base, **(extra or {})}
        if file_name:
            described["file_name"] = file_name
        if mime_type:
            described["mime_type"] = mime_type
        return {kind: described}

    def send_document(
        self,
        user_id: int,
        file_name: str,
        data: bytes = b"",
        mime_type: str | None = None,
        caption: str | None = None,
        **kwargs: Any,
    ) -> int:
        """The user sends a file; the bot can getFile and download ``data``."""
        mime_type = mime_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        with self._lock:
            content = self._media_content(
                "document", data, file_name=file_name, mime_type=mime_type
            )
        if caption is not None:
            content.update(self._text_content(caption, None, key="caption"))
        return self._user_message(user_id, content, **kwargs)

    def send_photo(
        self,
        user_id: int,
        data: bytes = b"\xff\xd8\xff\xe0 fake jpeg \xff\xd9",
        caption: str | None = None,
        width: int = 1280,
        height: int = 720,
        **kwargs: Any,
    ) -> int:
        with self._lock:
            content = self._media_content(
                "photo", data, mime_type="image/jpeg", extra={"width": width, "height": height}
            )
        if caption is not None:
            content.update(self._text_content(caption, None, key="caption"))
        return self._user_message(user_id, content, **kwargs)

    def send_voice(
        self, user_id: int, data: bytes = b"OggS fake voice", duration: int = 3, **kwargs: Any
    ) -> int:
        with self._lock:
            content = self._media_content(
                "voice", data, mime_type="audio/ogg", extra={"duration": duration}
            )
        return self._user_message(user_id, content, **kwargs)

    def send_sticker(self, user_id: int, emoji: str = "👍", **kwargs: Any) -> int:
        with self._lock:
            content = self._media_content(
                "sticker",
                b"RIFF fake webp",
                extra={
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                    "emoji": emoji,
                    "set_name": "UjiStickers",
                },
            )
        return self._user_message(user_id, content, **kwargs)

    def send_location(
        self,
        user_id: int,
        latitude: float = -6.175392,
        longitude: float = 106.827153,
        **kwargs: Any,
    ) -> int:
        content = {"location": {"latitude": latitude, "longitude": longitude}}
        return self._user_message(user_id, content, **kwargs)

    def edit_text(
        self, user_id: int, message_id: int, new_text: str, chat_id: int | None = None
    ) -> int:
        """The user edits one of their text messages: an ``edited_message`` update."""
        cid = user_id if chat_id is None else chat_id
        with self._lock:
            entry = self._messages.get((cid, message_id))
            if entry is None or entry["outgoing"] or entry["message"]["from"]["id"] != user_id:
                raise ValueError(f"user {user_id} has no message {message_id} in chat {cid}")
            old = entry["message"]
            if "text" not in old:
                raise ValueError("only text messages can be edited this way")
            msg = {k: v for k, v in old.items() if k != "entities"}
            msg.update(self._text_content(new_text, None))
            msg["edit_date"] = int(time.time())
            entry["message"] = msg
            update = {"update_id": next(self._next_update_id), "edited_message": msg}
            visible = self._visible_to_bot(msg)
            if not visible:
                self._withheld.append((cid, update["update_id"]))
            return self._queue(update, deliver=visible)

    def press_button(
        self,
        user_id: int,
        message_id: int,
        callback_data: str,
        chat_id: int | None = None,
        *,
        strict: bool = True,
        username: str | None = None,
        first_name: str | None = None,
    ) -> int:
        """The user taps an inline button of bot message ``message_id``; returns the update_id.

        With ``strict`` the message must currently show a button with that callback_data (a
        real client cannot press anything else); ``strict=False`` forges arbitrary data.
        """
        cid = user_id if chat_id is None else chat_id
        with self._lock:
            entry = self._messages.get((cid, message_id))
            if entry is None or not entry["outgoing"] or entry["deleted"]:
                raise ValueError(f"no bot message {message_id} in chat {cid}")
            if strict:
                available = [
                    button.get("callback_data")
                    for row in _inline_rows(entry["message"].get("reply_markup"))
                    for button in row
                ]
                if callback_data not in available:
                    raise ValueError(
                        f"message {message_id} has no button with callback_data "
                        f"{callback_data!r}; it has {available}"
                    )
            user = self._user(user_id, first_name, username)
            query_id = str(next(self._callback_ids))
            query = {
                "id": query_id,
                "from": user,
                "message": entry["message"],
                "chat_instance": str((cid * 2654435761) % 10**19),
                "data": callback_data,
            }
            update = {"update_id": next(self._next_update_id), "callback_query": query}
            self._callback_queries[query_id] = {
                "created": time.monotonic(),
                "answers": [],
                "update_id": update["update_id"],
            }
            return self._queue(update)

    def click(self, user_id: int, button_text: str, chat_id: int | None = None) -> int:
        """Press the inline button whose label contains ``button_text`` (latest message first)."""
        cid = user_id if chat_id is None else chat_id
        with self._lock:
            for entry in reversed(self._transcripts.get(cid, [])):
                if entry["deleted"]:
                    continue
                for row in _inline_rows(entry["message"].get("reply_markup")):
                    for button in row:
                        if button_text in button.get("text", "") and "callback_data" in button:
                            return self.press_button(
                                user_id,
                                entry["message"]["message_id"],
                                button["callback_data"],
                                chat_id=cid,
                            )
        raise ValueError(f"no inline button labelled {button_text!r} in chat {cid}")

    def queue_raw_update(self, update: dict[str, Any]) -> int:
        """Queue any update JSON as-is (an update_id is assigned if missing)."""
        update = copy.deepcopy(update)
        with self._lock:
            if "update_id" not in update:
                update["update_id"] = next(self._next_update_id)
            for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
                msg = update.get(key)
                if isinstance(msg, dict) and isinstance(msg.get("chat"), dict):
                    cid = msg["chat"]["id"]
                    self._chats.setdefault(cid, msg["chat"])
                    if "message_id" in msg and (cid, msg["message_id"]) not in self._messages:
                        self._messages[(cid, msg["message_id"])] = self._new_entry(
                            msg, outgoing=False
                        )
                        self._message_ids[cid] = max(self._message_ids[cid], msg["message_id"])
            for key in ("my_chat_member", "chat_member", "chat_join_request"):
                member = update.get(key)
                if isinstance(member, dict) and isinstance(member.get("chat"), dict):
                    self._chats.setdefault(member["chat"]["id"], member["chat"])
            return self._queue(update)

    def duplicate_update(self, update_id: int) -> int:
        """Deliver update ``update_id`` again, as Telegram may (even if already confirmed)."""
        with self._lock:
            update = self._all_updates.get(update_id)
            if update is None:
                raise KeyError(f"unknown update_id {update_id}")
            return self._queue(update, redelivery=True)

    def get_update(self, update_id: int) -> dict[str, Any]:
        """The JSON of a queued update (e.g. to learn the user message's message_id)."""
        with self._lock:
            return copy.deepcopy(self._all_updates[update_id])

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates queued but not yet confirmed by the bot."""
        with self._lock:
            return [copy.deepcopy(item["update"]) for item in self._pending]

    @property
    def withheld_updates(self) -> list[tuple[int, int]]:
        """(chat_id, update_id) of group messages privacy mode kept from the bot."""
        with self._lock:
            return list(self._withheld)

    # ---------------------------------------------------------------- assertions

    def mark(self, chat_id: int) -> None:
        """Start counting bot messages in ``chat_id`` from now (see ``wait_for_messages``)."""
        with self._lock:
            self._marks[chat_id] = len(self._transcripts.get(chat_id, []))

    def wait_for_messages(self, chat_id: int, count: int = 1, timeout: float = 10) -> list[dict]:
        """Block until the bot has sent ``count`` messages to ``chat_id`` since ``mark``.

        Returns those messages (current state, edits applied; deleted ones flagged
        ``deleted``). Raises TimeoutError describing what the bot did instead.
        """
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                since = self._transcripts.get(chat_id, [])[self._marks[chat_id] :]
                if len(since) >= count:
                    return [self._view(entry) for entry in since]
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._stopping.is_set():
                    raise TimeoutError(self._explain_timeout(chat_id, count, since, timeout))
                self._state_cv.wait(remaining)

    async def wait_for_messages_async(
        self, chat_id: int, count: int = 1, timeout: float = 10
    ) -> list[dict]:
        """``wait_for_messages`` for asyncio code (runs in a worker thread)."""
        return await asyncio.to_thread(self.wait_for_messages, chat_id, count, timeout)

    def wait_until(
        self, predicate: Callable[[], Any], timeout: float = 10, what: str = "condition"
    ) -> Any:
        """Re-evaluate ``predicate`` on every stand-in state change until it is truthy."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._stopping.is_set():
                    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
                self._state_cv.wait(remaining)

    def wait_for_text(self, chat_id: int, fragment: str, timeout: float = 10) -> dict:
        """Wait until a (current, non-deleted) bot message in the chat contains ``fragment``."""

        def find() -> dict | None:
            for message in reversed(self.messages(chat_id)):
                if fragment in (message.get("text") or ""):
                    return message
            return None

        try:
            return self.wait_until(find, timeout, f"{fragment!r} in chat {chat_id}")
        except TimeoutError:
            with self._lock:
                detail = self._describe_chat(chat_id)
            raise TimeoutError(
                f"no bot message containing {fragment!r} in chat {chat_id} "
                f"within {timeout}s\n{detail}"
            ) from None

    def _explain_timeout(self, chat_id: int, count: int, since: list, timeout: float) -> str:
        lines = [
            f"bot sent {len(since)} of {count} expected message(s) to chat {chat_id} "
            f"within {timeout}s (mark at {self._marks[chat_id]})",
            self._describe_chat(chat_id),
        ]
        return "\n".join(lines)

    def _describe_chat(self, chat_id: int) -> str:
        lines = ["transcript:"]
        for entry in self._transcripts.get(chat_id, []):
            msg = entry["message"]
            body = msg.get("text", msg.get("caption", f"<{entry['kind']}>"))
            flags = " (deleted)" if entry["deleted"] else ""
            lines.append(f"  #{msg['message_id']}{flags}: {body!r}")
        if len(lines) == 1:
            lines.append("  (no bot messages)")
        failures = [
            c
            for c in self._calls
            if c["error"] and c["params"].get("chat_id") in (chat_id, str(chat_id))
        ]
        if failures:
            lines.append("failed calls for this chat:")
            lines += [f"  {c['method']}: {c['error']}" for c in failures[-5:]]
        withheld = [uid for cid, uid in self._withheld if cid == chat_id]
        if withheld:
            lines.append(f"withheld by privacy mode (never delivered): {withheld}")
        pending = [item["id"] for item in self._pending]
        if pending:
            lines.append(f"updates not yet confirmed by the bot: {pending[:20]}")
        return "\n".join(lines)

    def messages(self, chat_id: int, include_deleted: bool = False) -> list[dict]:
        """All bot messages in the chat, in order, in their current state.

        Each is the Message JSON plus: ``text`` (caption for media; formatting stripped as
        Telegram shows it), ``raw_text`` (as the bot sent it), ``parse_mode``, ``entities``,
        ``reply_markup`` (as given, any keyboard kind), ``kind``, ``method``, ``deleted``,
        ``edits`` and ``history`` (earlier versions).
        """
        with self._lock:
            return [
                self._view(entry)
                for entry in self._transcripts.get(chat_id, [])
                if include_deleted or not entry["deleted"]
            ]

    def calls(self, method: str | None = None) -> list[dict]:
        """Recorded requests ({"method", "params", "time", "status", "error"}), in order."""
        with self._lock:
            wanted = method.lower() if method else None
            return [
                copy.deepcopy(c)
                for c in self._calls
                if wanted is None or c["method"].lower() == wanted
            ]

    def clear_calls(self) -> None:
        with self._lock:
            self._calls.clear()

    def stats(self) -> dict[str, int]:
        """Number of recorded requests per method."""
        with self._lock:
            counts: dict[str, int] = defaultdict(int)
            for c in self._calls:
                counts[c["method"]] += 1
            return dict(counts)

    def last_keyboard(self, chat_id: int) -> list[list[dict]] | None:
        """The inline keyboard of the latest bot message (still) showing one."""
        with self._lock:
            for entry in reversed(self._transcripts.get(chat_id, [])):
                rows = _inline_rows(entry["message"].get("reply_markup"))
                if rows and not entry["deleted"]:
                    return copy.deepcopy(rows)
        return None

    def chat_actions(self, chat_id: int) -> list[str]:
        """Actions sent with sendChatAction to the chat, in order."""
        with self._lock:
            return list(self._chat_actions.get(chat_id, []))

    def uploaded_files(self, chat_id: int | None = None) -> list[dict]:
        """Files the bot uploaded: chat_id, message_id, method, field, file_id, file_name,
        mime_type, data (bytes)."""
        with self._lock:
            return [dict(u) for u in self._uploads if chat_id is None or u["chat_id"] == chat_id]

    def file_bytes(self, file_id: str) -> bytes:
        with self._lock:
            return self._files[file_id]["data"]

    def callback_answers(self, update_id: int | None = None) -> list[dict]:
        """answerCallbackQuery params, optionally only those for one press_button update."""
        with self._lock:
            answers = []
            for query in self._callback_queries.values():
                if update_id is None or query["update_id"] == update_id:
                    answers += query["answers"]
            return copy.deepcopy(answers)

    def commands(self, scope: dict | None = None, language_code: str = "") -> list[dict]:
        with self._lock:
            return copy.deepcopy(self._commands.get((_scope_key(scope), language_code), []))

    # ---------------------------------------------------------------- transcript internals

    @staticmethod
    def _new_entry(msg: dict, *, outgoing: bool, **meta: Any) -> dict[str, Any]:
        return {
            "message": msg,
            "outgoing": outgoing,
            "deleted": False,
            "history": [],
            "markup": None,
            "method": None,
            "raw_text": None,
            "parse_mode": None,
            "entities": [],
            "kind": "text",
            **meta,
        }

    def _latest_bot_entry(self, chat_id: int) -> dict | None:
        for entry in reversed(self._transcripts.get(chat_id, [])):
            if not entry["deleted"]:
                return entry
        return None

    @staticmethod
    def _view(entry: dict) -> dict:
        view = copy.deepcopy(entry["message"])
        if entry["markup"] is not None:
            view["reply_markup"] = copy.deepcopy(entry["markup"])
        view.setdefault("text", view.get("caption") or "")
        view.update(
            kind=entry["kind"],
            method=entry["method"],
            raw_text=entry["raw_text"],
            parse_mode=entry["parse_mode"],
            entities=copy.deepcopy(entry["entities"]),
            deleted=entry["deleted"],
            edits=len(entry["history"]),
            history=copy.deepcopy(entry["history"]),
        )
        return view

    # ---------------------------------------------------------------- API helpers

    def _resolve_chat(self, value: Any) -> dict:
        if value is None or value == "":
            raise _bad_request("chat_id is empty")
        if isinstance(value, str) and value.lstrip("-").isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise _bad_request("chat not found")
        if isinstance(value, str):
            name = value.lstrip("@").lower()
            for chat in self._chats.values():
                if (chat.get("username") or "").lower() == name:
                    return chat
            raise _bad_request("chat not found")
        chat = self._chats.get(value)
        if chat is None:
            raise _bad_request("chat not found")
        return chat

    def _writable_chat(self, params: dict) -> dict:
        chat = self._resolve_chat(params.get("chat_id"))
        if chat["type"] == "private" and chat["id"] in self._blocked:
            raise BotApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _reply_target(self, chat_id: int, params: dict) -> dict | None:
        reply = params.get("reply_parameters")
        allow_missing = bool(params.get("allow_sending_without_reply"))
        if isinstance(reply, dict):
            target_id = reply.get("message_id")
            allow_missing = allow_missing or bool(reply.get("allow_sending_without_reply"))
            chat_id = self._resolve_chat(reply["chat_id"])["id"] if "chat_id" in reply else chat_id
        else:
            target_id = params.get("reply_to_message_id")
        if target_id is None:
            return None
        entry = self._messages.get((chat_id, int(target_id)))
        if entry is None or entry["deleted"]:
            if allow_missing:
                return None
            raise _bad_request("message to be replied not found")
        target = dict(entry["message"])
        target.pop("reply_to_message", None)
        return target

    def _render(self, params: dict, key: str) -> tuple[str, list[dict], str | None]:
        raw = params.get(key)
        if raw is None:
            raw = ""
        raw = str(raw)
        parse_mode = params.get("parse_mode") or None
        explicit = params.get("entities" if key == "text" else "caption_entities")
        if not self.strict_entities:
            return raw.strip(), list(explicit or []), parse_mode
        if explicit and not parse_mode:
            plain, _ = render_text(raw, None)
            return plain, list(explicit), None
        plain, entities = render_text(raw, parse_mode)
        return plain, entities, parse_mode

    def _outgoing(
        self,
        method: str,
        params: dict,
        content: dict,
        *,
        kind: str,
        raw_text: str | None,
        parse_mode: str | None,
        entities: list[dict],
        upload: dict | None = None,
    ) -> dict:
        """Store a new bot message and return its Message JSON (never mutated afterwards)."""
        markup = params.get("reply_markup")
        _check_markup(markup)
        with self._lock:
            chat = self._writable_chat(params)
            cid = chat["id"]
            reply = self._reply_target(cid, params)
            msg: dict[str, Any] = {
                "message_id": self._next_message_id(cid),
                "from": _BOT_SENDER,
                "chat": copy.deepcopy(chat),
                "date": int(time.time()),
            }
            if reply is not None:
                msg["reply_to_message"] = reply
            msg.update(content)
            if _inline_rows(markup):
                msg["reply_markup"] = copy.deepcopy(markup)
            entry = self._new_entry(
                msg,
                outgoing=True,
                markup=copy.deepcopy(markup),
                method=method,
                raw_text=raw_text,
                parse_mode=parse_mode,
                entities=entities,
                kind=kind,
            )
            self._messages[(cid, msg["message_id"])] = entry
            self._transcripts[cid].append(entry)
            if upload is not None:
                self._uploads.append({"chat_id": cid, "message_id": msg["message_id"], **upload})
            self._state_cv.notify_all()
            return msg

    def _editable(self, params: dict) -> dict:
        if params.get("inline_message_id"):
            raise _bad_request("inline messages are not supported by the stand-in")
        chat = self._resolve_chat(params.get("chat_id"))
        message_id = params.get("message_id")
        if message_id is None:
            raise _bad_request("message identifier is not specified")
        entry = self._messages.get((chat["id"], int(message_id)))
        if entry is None or entry["deleted"]:
            raise _bad_request("message to edit not found")
        if not entry["outgoing"]:
            raise _bad_request("message can't be edited")
        return entry

    def _apply_edit(self, entry: dict, changes: dict, markup: Any, **meta: Any) -> dict:
        old = entry["message"]
        entry["history"].append(
            {
                "text": old.get("text", old.get("caption")),
                "reply_markup": copy.deepcopy(entry["markup"]),
                "date": old.get("edit_date", old["date"]),
            }
        )
        msg = {k: v for k, v in old.items() if k != "reply_markup"}
        msg.update(changes)
        for key, value in list(msg.items()):
            if value is None:
                del msg[key]
        if _inline_rows(markup):
            msg["reply_markup"] = copy.deepcopy(markup)
        msg["edit_date"] = int(time.time())
        entry["message"] = msg
        entry["markup"] = copy.deepcopy(markup) if _inline_rows(markup) else None
        entry.update(meta)
        self._state_cv.notify_all()
        return msg

    # ---------------------------------------------------------------- API methods

    def _api_getMe(self, params: dict, files: dict) -> dict:  # noqa: N802
        return self.bot_user

    def _api_logOut(self, params: dict, files: dict) -> bool:  # noqa: N802
        return True

    def _api_close(self, params: dict, files: dict) -> bool:
        return True

    def _api_getUpdates(self, params: dict, files: dict) -> list[dict]:  # noqa: N802
        offset = params.get("offset")
        limit = int(params.get("limit") or 100)
        limit = max(1, min(limit, 100))
        timeout = max(0.0, float(params.get("timeout") or 0))
        allowed = params.get("allowed_updates")
        deadline = time.monotonic() + timeout
        with self._lock:
            if self._webhook["url"]:
                raise BotApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            if allowed is not None:
                self._allowed_updates = list(allowed) or None
            if offset is not None:
                offset = int(offset)
                if offset < 0:
                    self._pending = self._pending[offset:]
                else:
                    self._pending = [
                        item
                        for item in self._pending
                        if not (
                            item["id"] < offset and (item["delivered"] or not item["redelivery"])
                        )
                    ]
            while True:
                batch = self._deliverable(limit)
                if batch or self._stopping.is_set():
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._updates_cv.wait(remaining)
            for item in batch:
                item["delivered"] = True
            return [item["update"] for item in batch]

    def _deliverable(self, limit: int) -> list[dict]:
        allowed = self._allowed_updates
        kept = []
        for item in self._pending:
            kind = next((k for k in item["update"] if k != "update_id"), "")
            ok = kind in allowed if allowed else kind not in _OPT_IN_UPDATE_TYPES
            if ok:
                kept.append(item)
        if len(kept) != len(self._pending):
            self._pending = kept  # Telegram drops updates of types the bot opted out of
        ordered = sorted(kept, key=lambda item: item["id"])
        return ordered[:limit]

    def _api_setWebhook(self, params: dict, files: dict) -> bool:  # noqa: N802
        url = params.get("url") or ""
        if url and not str(url).startswith("https://"):
            raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        with self._lock:
            if params.get("drop_pending_updates"):
                self._pending.clear()
            if params.get("allowed_updates") is not None:
                self._allowed_updates = list(params["allowed_updates"]) or None
            self._webhook = {
                "url": url,
                "max_connections": params.get("max_connections", 40),
                "has_secret_token": bool(params.get("secret_token")),
            }
            self._updates_cv.notify_all()
        return True

    def _api_deleteWebhook(self, params: dict, files: dict) -> bool:  # noqa: N802
        with self._lock:
            self._webhook = {"url": ""}
            if params.get("drop_pending_updates"):
                self._pending.clear()
        return True

    def _api_getWebhookInfo(self, params: dict, files: dict) -> dict:  # noqa: N802
        with self._lock:
            info: dict[str, Any] = {
                "url": self._webhook["url"],
                "has_custom_certificate": False,
                "pending_update_count": len(self._pending),
            }
            if self._webhook["url"]:
                info["max_connections"] = self._webhook["max_connections"]
            if self._allowed_updates:
                info["allowed_updates"] = list(self._allowed_updates)
            return info

    def _api_setMyCommands(self, params: dict, files: dict) -> bool:  # noqa: N802
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request("commands must be an array of BotCommand")
        if len(commands) > 100:
            raise _bad_request("too many commands specified")
        for command in commands:
            name = command.get("command") if isinstance(command, dict) else None
            if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise _bad_request("BOT_COMMAND_INVALID")
            description = command.get("description")
            if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        with self._lock:
            self._commands[key] = copy.deepcopy(commands)
        return True

    def _api_getMyCommands(self, params: dict, files: dict) -> list[dict]:  # noqa: N802
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        with self._lock:
            return copy.deepcopy(self._commands.get(key, []))

    def _api_deleteMyCommands(self, params: dict, files: dict) -> bool:  # noqa: N802
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        with self._lock:
            self._commands.pop(key, None)
        return True

    def _api_setChatMenuButton(self, params: dict, files: dict) -> bool:  # noqa: N802
        button = params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in (
            "default",
            "commands",
            "web_app",
        ):
            raise _bad_request("can't parse menu button")
        with self._lock:
            chat_id = params.get("chat_id")
            key = self._resolve_chat(chat_id)["id"] if chat_id is not None else None
            self._menu_buttons[key] = copy.deepcopy(button)
        return True

    def _api_getChatMenuButton(self, params: dict, files: dict) -> dict:  # noqa: N802
        with self._lock:
            chat_id = params.get("chat_id")
            key = self._resolve_chat(chat_id)["id"] if chat_id is not None else None
            button = self._menu_buttons.get(key) or self._menu_buttons.get(None)
            return copy.deepcopy(button or {"type": "default"})

    def _api_getChat(self, params: dict, files: dict) -> dict:  # noqa: N802
        with self._lock:
            chat = copy.deepcopy(self._resolve_chat(params.get("chat_id")))
        chat.setdefault("accent_color_id", 0)
        chat.setdefault("max_reaction_count", 11)
        return chat

    def _api_sendMessage(self, params: dict, files: dict) -> dict:  # noqa: N802
        text, entities, parse_mode = self._render(params, "text")
        if not text:
            raise _bad_request("message text is empty")
        if len(text) > MAX_TEXT_LENGTH:
            raise _bad_request("message is too long")
        return self._outgoing(
            "sendMessage",
            params,
            {"text": text},
            kind="text",
            raw_text=params.get("text"),
            parse_mode=parse_mode,
            entities=entities,
        )

    def _api_editMessageText(self, params: dict, files: dict) -> dict:  # noqa: N802
        text, entities, parse_mode = self._render(params, "text")
        if not text:
            raise _bad_request("message text is empty")
        if len(text) > MAX_TEXT_LENGTH:
            raise _bad_request("message is too long")
        markup = params.get("reply_markup")
        _check_markup(markup)
        with self._lock:
            entry = self._editable(params)
            old = entry["message"]
            if "text" not in old:
                raise _bad_request("there is no text in the message to edit")
            if (
                old["text"] == text
                and entry["entities"] == entities
                and old.get("reply_markup") == (markup if _inline_rows(markup) else None)
            ):
                raise _bad_request(_NOT_MODIFIED[len("Bad Request: ") :])
            return self._apply_edit(
                entry,
                {"text": text},
                markup,
                raw_text=params.get("text"),
                parse_mode=parse_mode,
                entities=entities,
            )

    def _api_editMessageCaption(self, params: dict, files: dict) -> dict:  # noqa: N802
        caption, entities, parse_mode = self._render(params, "caption")
        if len(caption) > MAX_CAPTION_LENGTH:
            raise _bad_request("message caption is too long")
        markup = params.get("reply_markup")
        _check_markup(markup)
        with self._lock:
            entry = self._editable(params)
            old = entry["message"]
            if "text" in old:
                raise _bad_request("there is no caption in the message to edit")
            if (
                old.get("caption", "") == caption
                and entry["entities"] == entities
                and old.get("reply_markup") == (markup if _inline_rows(markup) else None)
            ):
                raise _bad_request(_NOT_MODIFIED[len("Bad Request: ") :])
            return self._apply_edit(
                entry,
                {"caption": caption or None},
                markup,
                raw_text=params.get("caption"),
                parse_mode=parse_mode,
                entities=entities,
            )

    def _api_editMessageReplyMarkup(self, params: dict, files: dict) -> dict:  # noqa: N802
        markup = params.get("reply_markup")
        _check_markup(markup)
        with self._lock:
            entry = self._editable(params)
            if entry["message"].get("reply_markup") == (markup if _inline_rows(markup) else None):
                raise _bad_request(_NOT_MODIFIED[len("Bad Request: ") :])
            return self._apply_edit(entry, {}, markup)

    def _api_deleteMessage(self, params: dict, files: dict) -> bool:  # noqa: N802
        with self._lock:
            chat = self._resolve_chat(params.get("chat_id"))
            message_id = params.get("message_id")
            if message_id is None:
                raise _bad_request("message identifier is not specified")
            entry = self._messages.get((chat["id"], int(message_id)))
            if entry is None or entry["deleted"]:
                raise _bad_request("message to delete not found")
            if not entry["outgoing"] and chat["type"] != "private":
                raise _bad_request("message can't be deleted")
            entry["deleted"] = True
            self._state_cv.notify_all()
        return True

    def _api_answerCallbackQuery(self, params: dict, files: dict) -> bool:  # noqa: N802
        query_id = str(params.get("callback_query_id") or "")
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise _bad_request("MESSAGE_TOO_LONG")
        with self._lock:
            query = self._callback_queries.get(query_id)
            if query is None:
                raise _bad_request(_QUERY_TOO_OLD[len("Bad Request: ") :])
            ttl = self.callback_query_ttl
            if ttl is not None and time.monotonic() - query["created"] > ttl:
                raise _bad_request(_QUERY_TOO_OLD[len("Bad Request: ") :])
            query["answers"].append(dict(params))
        return True

    def _api_sendChatAction(self, params: dict, files: dict) -> bool:  # noqa: N802
        action = params.get("action")
        if action not in _CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        with self._lock:
            chat = self._writable_chat(params)
            self._chat_actions[chat["id"]].append(action)
        return True

    def _api_getFile(self, params: dict, files: dict) -> dict:  # noqa: N802
        file_id = str(params.get("file_id") or "")
        with self._lock:
            entry = self._files.get(file_id)
            if entry is None:
                raise _bad_request("invalid file_id")
            if entry["file_size"] > MAX_DOWNLOAD_BYTES:
                raise _bad_request("file is too big")
            return {
                "file_id": entry["file_id"],
                "file_unique_id": entry["file_unique_id"],
                "file_size": entry["file_size"],
                "file_path": entry["file_path"],
            }

    def _send_media(self, method: str, kind: str, params: dict, files: dict) -> dict:
        caption, entities, parse_mode = self._render(params, "caption")
        if len(caption) > MAX_CAPTION_LENGTH:
            raise _bad_request("message caption is too long")
        upload = files.get(kind)
        value = params.get(kind)
        extra: dict[str, Any] = {}
        for key in ("duration", "width", "height", "title", "performer"):
            if params.get(key) is not None:
                extra[key] = params[key]
        with self._lock:
            if upload is not None:
                if not upload["data"]:
                    raise _bad_request("file must be non-empty")
                file_name = upload["file_name"] if kind not in ("photo", "sticker") else None
                content = self._media_content(
                    kind,
                    upload["data"],
                    file_name=file_name,
                    mime_type=upload["mime_type"] if kind != "photo" else None,
                    extra=extra,
                )
            elif isinstance(value, str) and value in self._files:
                known = self._files[value]
                content = {
                    kind: {
                        "file_id": known["file_id"],
                        "file_unique_id": known["file_unique_id"],
                        "file_size": known["file_size"],
                        **({"file_name": known["file_name"]} if known["file_name"] else {}),
                    }
                }
                if kind == "photo":
                    content = {"photo": [{**content["photo"], "width": 1280, "height": 720}]}
            elif isinstance(value, str) and value.startswith(("http://", "https://")):
                name = urllib.parse.urlparse(value).path.rsplit("/", 1)[-1] or None
                content = self._media_content(kind, b"", file_name=name, extra=extra)
            elif value:
                raise _bad_request(f"wrong remote file identifier specified: {kind}")
            else:
                raise _bad_request(f"there is no {kind} in the request")
        if kind == "sticker":
            sticker = content["sticker"]
            sticker.pop("file_name", None)
            sticker.update(type="regular", width=512, height=512, is_animated=False)
            sticker.setdefault("is_video", False)
        if caption and kind != "sticker":
            content["caption"] = caption
        record = None
        if upload is not None:
            media = content[kind][-1] if kind == "photo" else content[kind]
            record = {
                "method": method,
                "field": kind,
                "file_id": media["file_id"],
                "file_name": upload["file_name"],
                "mime_type": upload["mime_type"],
                "data": upload["data"],
            }
        return self._outgoing(
            method,
            params,
            content,
            kind=kind,
            raw_text=params.get("caption"),
            parse_mode=parse_mode,
            entities=entities,
            upload=record,
        )

    def _api_sendDocument(self, params: dict, files: dict) -> dict:  # noqa: N802
        return self._send_media("sendDocument", "document", params, files)

    def _api_sendPhoto(self, params: dict, files: dict) -> dict:  # noqa: N802
        return self._send_media("sendPhoto", "photo", params, files)

    def _api_sendAudio(self, params: dict, files: dict) -> dict:  # noqa: N802
        return self._send_media("sendAudio", "audio", params, files)

    def _api_sendVoice(self, params: dict, files: dict) -> dict:  # noqa: N802
        return self._send_media("sendVoice", "voice", params, files)

    def _api_sendVideo(self, params: dict, files: dict) -> dict:  # noqa: N802
        return self._send_media("sendVideo", "video", params, files)

    def _api_sendAnimation(self, params: dict, files: dict) -> dict:  # noqa: N802
        return self._send_media("sendAnimation", "animation", params, files)

    def _api_sendSticker(self, params: dict, files: dict) -> dict:  # noqa: N802
        return self._send_media("sendSticker", "sticker", params, files)

    def _api_sendLocation(self, params: dict, files: dict) -> dict:  # noqa: N802
        try:
            latitude, longitude = float(params["latitude"]), float(params["longitude"])
        except (KeyError, TypeError, ValueError) as exc:
            raise _bad_request("latitude and longitude must be numbers") from exc
        return self._outgoing(
            "sendLocation",
            params,
            {"location": {"latitude": latitude, "longitude": longitude}},
            kind="location",
            raw_text=None,
            parse_mode=None,
            entities=[],
        )


_BAD_GATEWAY_HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


def _scope_key(scope: Any) -> str:
    if not scope:
        return '{"type":"default"}'
    return json.dumps(scope, sort_keys=True, separators=(",", ":"))


def _inline_rows(markup: Any) -> list[list[dict]]:
    if isinstance(markup, dict) and isinstance(markup.get("inline_keyboard"), list):
        return markup["inline_keyboard"]
    return []


def _check_markup(markup: Any) -> None:
    """Reject reply_markup the way Telegram does for the common mistakes."""
    if markup is None:
        return
    if not isinstance(markup, dict):
        raise _bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
            )
        for button in _flatten(rows):
            if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                raise _bad_request("can't parse inline keyboard button: Text must be a String")
            actions = _INLINE_BUTTON_ACTIONS & button.keys()
            if not actions:
                raise _bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the "
                    "inline keyboard"
                )
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= (
                    MAX_CALLBACK_DATA_BYTES
                ):
                    raise _bad_request("BUTTON_DATA_INVALID")
            if "url" in button:
                url = str(button["url"])
                if not re.match(r"(https?|tg)://\S+$", url) and not re.match(r"[\w.-]+\.\w+", url):
                    raise _bad_request(
                        f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL"
                    )
    elif "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad_request(
                'field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays'
            )
    elif not ({"remove_keyboard", "force_reply"} & markup.keys()):
        raise _bad_request("can't parse reply keyboard markup JSON object")


def _flatten(rows: Iterable[list[Any]]) -> Iterable[Any]:
    for row in rows:
        yield from row
