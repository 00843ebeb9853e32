"""One message cut into the pieces that ask and those that tell the asker's situation."""

from __future__ import annotations

import re

from knowledge.reading.vocabulary import (
    ASKING,
    COMPARISON,
    DEFINITION,
    ORDINAL_UNITS,
    PROCEDURE,
    PURPOSE_WORDS,
    ROMAN_VALUES,
    term_groups,
)
from knowledge.text.normalize import normalise

_CLAUSE_BREAK = re.compile(r"[?;!]|,\s+|\s+(?:trs|terus|lalu|kemudian|juga)\s+|\s+-\s+")
_CLAUSE_BREAK_KEPT = re.compile(f"({_CLAUSE_BREAK.pattern})")  # "?" says the piece asks


_CONJUNCTION = re.compile(r"(\s+(?:dan|&|serta)\s+)", re.I)  # kept: a piece reads as written


_ASKED_LAST = r"(?:berapa|brp|brapa|kapan|kpn|siapa|sapa)"
_PARTICLES = r"(?:\s+(?:ya|kak|min|dong|sih|nih|pak|bu))*"
# "tgl brp jam brp": a second ask typed straight after the first, its one noun before its
# question word as in the first; "latsar brp hari jpnya brp" is not cut ("hari" is the first
# ask's unit), nor "brp jp brp hari" (its first question word comes first)
_UNJOINED = re.compile(rf"^(.*?\b{_ASKED_LAST})(\s+\S+\s+{_ASKED_LAST}{_PARTICLES})\s*$", re.I)


def _conjoined(piece: str) -> list[str]:
    """ "berapa lama X dan berapa sesi Y": two asks joined by "dan" when each side asks
    something of its own; "tugas belajar dan izin belajar bedanya apa" stays one."""
    piece = _UNJOINED.sub(r"\1 dan\2", piece)
    parts = _CONJUNCTION.split(piece)  # text, joiner, text, joiner, ...
    out = [parts[0]]
    for joiner, part in zip(parts[1::2], parts[2::2], strict=True):
        if ASKING.search(normalise(out[-1])) and ASKING.search(normalise(part)):
            out.append(part)
        else:
            out[-1] += joiner + part
    return out


_LEVEL_LISTED = re.compile(  # "tingkat i", "angkatan 1 , 2": a level word, then its numbers
    rf"\b(?:{'|'.join(ORDINAL_UNITS)})\s+(?:[ivx]+|\d{{1,2}})(?:\s*,\s*(?:[ivx]+|\d{{1,2}}))*$"
)


def _level_value(token: str) -> int | None:
    return int(token) if token.isdigit() and len(token) <= 2 else ROMAN_VALUES.get(token)


def _continues_enumeration(before: str, piece: str) -> bool:
    """ "PKKT tingkat I, II, III masing2 brp JP": a piece that opens with the next number of
    the levels the asking piece before it lists after a level word goes on listing them; it
    does not ask anew ("angkatan 2, 30 orang ya?" does: 30 is no next level)."""
    if not _LEVEL_LISTED.search(before.lower()) or not piece.split():
        return False
    last, first = _level_value(before.split()[-1].lower()), _level_value(piece.split()[0].lower())
    return last is not None and first == last + 1


def clauses(raw: str) -> list[str]:
    """The separate pieces of one message ("detasering brp jp, minimal brp lama?")."""
    return [text for text, _ in pieces(raw)]


def pieces(raw: str) -> list[tuple[str, bool]]:
    """A message cut at its clause breaks, each piece with whether it asks; a piece without a
    topic word of its own stays with the piece before it, or, opening the message ("min,"),
    with the piece after it."""
    split = _CLAUSE_BREAK_KEPT.split(raw)  # piece, break, piece, break, ...
    out: list[list] = []  # [text, asks]
    opening = ""
    for i in range(0, len(split), 2):
        after = split[i + 1] if i + 1 < len(split) else ""
        for piece in _conjoined(split[i]):
            piece = piece.strip()
            if not piece:
                continue
            if out and out[-1][1] and _continues_enumeration(out[-1][0], piece):
                out[-1][0] += " , " + piece  # "tingkat I, II, III brp": one ask of three levels
                continue
            if not term_groups(piece):
                if out:  # "sy dpt kotak 5, artinya gmn?": the telling piece now asks
                    out[-1][0] += " " + piece
                    out[-1][1] = out[-1][1] or _asks_outright(piece)
                else:
                    opening = f"{opening} {piece}".strip()
                continue
            piece = f"{opening} {piece}".strip()
            opening = ""
            out.append([piece, "?" in after or _asks(piece)])
    if opening:  # no piece with a topic at all
        out.append([opening, True])
    return [(text, asks) for text, asks in out]


_TELLS = re.compile(r"\b(?:saya|aku|kami)\b|^(?:" + "|".join(PURPOSE_WORDS) + r")\b")
_YES_NO = re.compile(
    r"\b(?:apakah|(?:bisa|boleh|ada|harus|perlu|wajib|benar|masih|sudah)kah)\b"
    r"|\b(?:tidak|belum|bukan|kah)\s*$"
)
_REQUEST = re.compile(r"\b(?:mohon|tolong|minta|jelaskan|sebutkan)\b")
_ASKING_FORMS = (ASKING, _YES_NO, _REQUEST, PROCEDURE, DEFINITION, COMPARISON)


def _asks(piece: str) -> bool:
    """Does this piece ask (a question word, a yes/no ending, a request, how or what something
    is), or tell the asker's situation or reason ("saya gol II/b", "biar saya bisa hitung")?"""
    return not _TELLS.search(normalise(piece)) or _asks_outright(piece)


def _asks_outright(piece: str) -> bool:
    """ "artinya gmn?" joined to "sy dpt kotak 5": a question word, a yes/no ending or a request
    makes the joined piece ask even though it says "saya"; a "?" after "mau nanya ya" does not
    (a piece without "saya" counts as asking in ``_asks``, not here)."""
    text = normalise(piece)
    return any(p.search(text) for p in _ASKING_FORMS)


def with_their_asks(pieces: list[tuple[str, bool]]) -> list[str]:
    """Each ask with the pieces that tell its context: those before it (those after the last
    ask join the last one), after a comma, which keeps the asked thing's clause apart
    (``Question.head`` reads the clause of the question word)."""
    out: list[str] = []
    waiting: list[str] = []
    for text, asks in pieces:
        if asks:
            out.append(", ".join([*waiting, text]))
            waiting = []
        else:
            waiting.append(text)
    if waiting and out:
        out[-1] = ", ".join([out[-1], *waiting])
    return out or [", ".join(waiting)]
