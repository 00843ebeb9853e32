"""Telegram formatting: HTML escaping and the 4096-character limit, split at paragraphs."""

from __future__ import annotations

import html

LIMIT = 4096


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def split_message(text: str, limit: int = LIMIT) -> list[str]:
    """Split at paragraph, then line, then word boundaries; never inside an HTML tag."""
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = (
            max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0)
        )
        if cut < limit // 3:
            cut = limit
        while "<" in window[:cut] and window[:cut].rfind("<") > window[:cut].rfind(">"):
            cut = window[:cut].rfind("<")
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def answer_html(text: str, confident: bool, unsure_note: str) -> str:
    """The answer escaped, its source lines in bold, an unsure answer flagged first."""
    lines = []
    for line in escape(text).splitlines():
        head, sep, tail = line.partition(": ")
        if sep and head in ("Sumber", "Source", "Lihat juga", "See also", "Catatan", "Note"):
            line = f"<b>{head}:</b> {tail}"
        lines.append(line)
    body = "\n".join(lines)
    return body if confident else f"{unsure_note}\n\n{body}"
