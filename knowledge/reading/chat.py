"""A chat export's later message that corrects an earlier one ("Ralat 🙏 jam 14.00-16.00 WIB
ya", "eh maksudnya tanggal 28 Agustus (Senin), bukan 25"). The earlier message alone states
what no longer holds, and the correction alone does not say what it corrects, so an answer
quoting the one quotes the other after it."""

from __future__ import annotations

import re

from knowledge.text.dates import MONTHS, is_year
from knowledge.text.tokens import tokenize

# "07/08/28 07.58 - Winda Tim KIPRAH: ...", "[02/08/27 09.17] Saiful Bahri KPB: ...",
# "8/7/28, 7:58 AM - Winda: ..." (a phone set to a 12-hour clock)
_MESSAGE = re.compile(
    r"^\[?\d{1,2}/\d{1,2}/\d{2,4}[,\s]+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?"
    r"\s*(?:-\s*)?([^:\n]{1,60}?):\s+(.+)$"
)
# what a message correcting another opens with: "RALAT tempat:", "Koreksi jadwal ...:",
# "Mohon maaf ralat", "eh maksudnya ...", "Update setelah disetujui ...:"; a member's
# "Maksudnya Latsar untuk CPNS juga?" asks, it corrects nothing
_CORRECTS = re.compile(
    r"^\W*(?:(?:mohon\s+)?maaf\s+)?(?:ralat|koreksi|revisi\s+\w+\s*:|eh\s+maksud\w*"
    r"|update\s+(?:setelah|sesudah|terbaru|jadwal|tempat|waktu|kuota)\b)",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\b")  # "13.30-15.30": when, not what
# words any two messages of a group share: days, months, the clock's, and its courtesies
_EVERY_DAY = frozenset(
    tokenize("senin selasa rabu kamis jumat sabtu minggu tanggal tgl jam pukul wib wita wit")
    + tokenize("ralat koreksi revisi maksud update maaf mohon sesuai lama baru info pengumuman")
    + tokenize("pengingat terima kasih bapak ibu pak bu kak min ya sy saya kami kita tetap")
    + [m for m in MONTHS if len(m) > 3 or m == "mei"]
)
WINDOW = 12  # messages after one that a correction of it is looked for in
NEXT_WORD = 3  # a correction saying nothing of its topic follows its sender's message this close


def is_chat(text: str) -> bool:
    """Some line of the text is a chat export's message (only then is a correction sought)."""
    return any(_MESSAGE.match(line.strip()) for line in text.splitlines())


def corrections(quoted: list[str], chat: list[str]) -> list[str]:
    """The messages of ``chat`` (lines in order) correcting a quoted message: opening with a
    correction word, asking nothing, within ``WINDOW`` messages after it, and either from its
    sender naming a word or figure of it, or from anyone naming a figure of it ("koreksi
    sedikit: batasnya 31 Agustus, bukan 27 Agustus" of "paling lambat 27 Agustus"), or, naming
    nothing of any message, its sender's next message ("Ralat 🙏 jam 14.00-16.00 WIB ya");
    none already quoted."""
    lines = dict.fromkeys(line.strip() for line in chat)  # passages overlap: each message once
    messages = [(line, m) for line in lines if (m := _MESSAGE.match(line))]
    shown = [line.strip() for line in quoted if line.strip()]
    found: list[str] = []
    for at, (line, message) in enumerate(messages):
        if not _quoted(line, shown):  # whole, or its first sentences
            continue
        said = _said(message.group(2))
        for k, (later, reply) in enumerate(messages[at + 1 : at + 1 + WINDOW], 1):
            body = reply.group(2)
            if _quoted(later, shown) or later in found or not _corrects(body):
                continue
            words, sender = _said(body), _sender(reply) == _sender(message)
            # a year many messages name is no figure
            figures = {w for w in words & said if w.isdigit() and not is_year(w)}
            if (
                figures
                or (sender and words & said)
                or (k <= NEXT_WORD and _bare(messages, at, at + k))
            ):
                found.append(later)
    return found


def _corrects(body: str) -> bool:
    return bool(_CORRECTS.match(body)) and not body.rstrip().endswith("?")


def _sender(message: re.Match) -> str:
    return message.group(1).strip()


def _said(text: str) -> set[str]:
    """The words and figures a message says, but its times and days."""
    return set(tokenize(_TIME.sub(" ", text))) - _EVERY_DAY


def _quoted(line: str, shown: list[str]) -> bool:
    """The message is quoted whole or by its first sentences."""
    return any(line.startswith(q) for q in shown)


def _bare(messages: list[tuple[str, re.Match]], at: int, reply: int) -> bool:
    """A correction naming nothing of any message before it ("Ralat 🙏 jam 14.00-16.00 WIB
    ya") corrects its sender's last message: the one at ``at``, when no other of the same
    sender stands between."""
    sender, words = _sender(messages[reply][1]), _said(messages[reply][1].group(2))
    earlier = messages[max(0, reply - WINDOW) : reply]
    if sender != _sender(messages[at][1]) or any(words & _said(m.group(2)) for _, m in earlier):
        return False
    return all(_sender(messages[k][1]) != sender for k in range(at + 1, reply))
