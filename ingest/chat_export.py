"""A chat export saved as HTML by Telegram Desktop ("Export chat history": a channel's or a
group's messages.html): one section per message, headed by its day and time, with who wrote
or forwarded it. Read as a page, every message would carry its avatar's initials, its sender
and its time as lines of their own, and a message would be dated only by the day separator
somewhere above it."""

from __future__ import annotations

import re

from ingest.document import Section, inline
from knowledge.text.dates import format_date, parse_date

# the time a message was sent, in its time element's title: "05.01.2026 08:02:00 UTC+07:00"
_STAMP = re.compile(r"^(\d{2}\.\d{2}\.\d{4})\s+(\d{2}):(\d{2})")


def chat_sections(soup) -> tuple[str, list[Section]] | None:
    """The chat's name and its messages, or None when the page is no such export."""
    history = soup.select_one("div.history")
    messages = history.select("div.message.default") if history is not None else []
    if not messages:
        return None
    header = soup.select_one("div.page_header div.text")
    name = " ".join(header.get_text(" ").split()) if header is not None else ""
    sections, sender = [], ""
    for message in messages:
        sender = _own_sender(message) or sender  # a joined message shows no sender of its own
        lines = [_line(text) for text in message.select("div.text")]
        if any(lines):
            sections.append(
                Section([_when(message) or sender or name], "\n".join(filter(None, lines)))
            )
    return name, sections


def _own_sender(message) -> str:
    """The sender the message shows itself, not the author of a message it forwards."""
    body = message.find("div", class_="body", recursive=False)
    found = body.find("div", class_="from_name", recursive=False) if body is not None else None
    return " ".join(found.get_text(" ").split()) if found is not None else ""


def _when(message) -> str:
    stamp = message.select_one("div.date[title]")
    match = _STAMP.match(stamp["title"]) if stamp is not None else None
    day = parse_date(match.group(1)) if match else None
    return f"{format_date(day)} pukul {match.group(2)}.{match.group(3)}" if day else ""


def _line(text) -> str:
    """A message's text; a forwarded one says from whom ("Diteruskan dari Humas Pemkab: ...")."""
    words = inline(text.get_text(" "))
    forwarded = text.find_parent("div", class_="forwarded")
    origin = forwarded.select_one("div.from_name") if forwarded is not None else None
    if origin is None or not words:
        return words
    who = " ".join(origin.find_all(string=True, recursive=False)).strip()
    return f"Diteruskan dari {who}: {words}" if who else words
