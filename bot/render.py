"""Telegram formatting: HTML escaping, and splitting past the 4096 limit without breaking markup."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

LIMIT = 4096
# The smallest limit split_message accepts: room for the longest HTML entity (``&#1114109;``)
# and a little markup.
MIN_LIMIT = 16


# Explicit bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): one
# typed into a name would reorder the rest of the line it is shown in ("Budi\u202e (8); Citra
# (12)" in an HR summary). Right-to-left letters need none of them; they are dropped from
# what is shown, never from what is stored.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def escape(text: str) -> str:
    """Text typed by users or read from documents, safe inside Telegram HTML: markup shown as
    typed, and no bidi control that could reorder the surrounding message."""
    return html.escape(text.translate(_BIDI_CONTROLS), quote=False)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's length limits."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# --- Splitting -------------------------------------------------------------------------------
#
# The text is cut into atoms that must never be separated: a tag, an HTML entity, one
# character (a surrogate pair counts as one), a whole custom emoji. Parts are built from
# atoms, the elements still open at a cut are closed at the end of the part and reopened
# (with their original start tags) at the start of the next one, and every part is measured
# in UTF-16 units of its HTML source, which is never less than Telegram's count of the
# rendered text.

_TEXT, _OPEN, _CLOSE = 0, 1, 2

_TOKEN = re.compile(
    r"(?P<emoji><tg-emoji\s[^<>]*>[^<>]*</tg-emoji\s*>)"
    r"|<(?P<end>/?)(?P<name>[^\s>]*)(?:\"[^\"]*\"|'[^']*'|[^>\"'])*>"
    # what tdlib's entity decoder reads from an "&", whether or not it is a valid entity
    r"|(?P<entity>&(?:#x[0-9a-fA-F]*|#[0-9]*|[A-Za-z]*);?)"
    r"|[\ud800-\udbff][\udc00-\udfff]"
    r"|.",
    re.S,
)
_VALID_ENTITY = re.compile(r"&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot));?")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
# An entity is at most 10 characters (``&#1114109;``); a longer run starting with "&" is
# literal text, and cutting it after its first 10 characters cannot turn it into one.
_MAX_ENTITY = 10
_ZWJ = "\u200d"


class _Atom(NamedTuple):
    kind: int
    src: str
    size: int  # UTF-16 units of src
    name: str = ""  # tag name (open and end tags)
    close_size: int = 0  # UTF-16 units of "</name>" (open tags)
    space: bool = False  # one whitespace character: dropped at a cut
    content: bool = False  # renders as something other than whitespace
    joiner: bool = False  # a cut right before it would split a grapheme (emoji, accent)


@dataclass
class _Element:
    """An element open at a cut: closed at the end of one part, reopened in the next."""

    name: str
    src: str  # its start tag, attributes and all
    size: int
    close_size: int
    dropped: bool = False  # too big to carry: its formatting is given up from here on


def _entity_char(src: str) -> str | None:
    """The character tdlib decodes an entity-like run to, or None when it is literal text."""
    match = _VALID_ENTITY.fullmatch(src)
    if not match:
        return None
    hex_code, dec_code, name = match.groups()
    if name:
        return _NAMED[name]
    code = int(hex_code, 16) if hex_code else int(dec_code)
    if code == 0 or code >= 0x10FFFF or len(src.rstrip(";")) >= _MAX_ENTITY:
        return None
    return chr(code)


def _joins_previous(char: str) -> bool:
    code = ord(char[0])
    return (
        char == _ZWJ
        or unicodedata.category(char[0]) in ("Mn", "Me", "Mc")
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones
        or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
    )


def _tokenize(text: str, limit: int) -> list[_Atom]:
    atoms: list[_Atom] = []
    regional = 0  # regional indicators in a row: a flag is two of them
    for match in _TOKEN.finditer(text):
        src = match.group(0)
        size = utf16_len(src)
        if match.group("emoji"):
            if size <= limit // 2:
                atoms.append(_Atom(_TEXT, src, size, content=True))
            else:  # too long to keep whole: split like any other element
                atoms.extend(_tokenize_plain_tags(src))
        elif match.group("end") is not None:
            name = match.group("name")
            if match.group("end"):
                atoms.append(_Atom(_CLOSE, src, size, name))
            else:
                atoms.append(_Atom(_OPEN, src, size, name, utf16_len(f"</{name}>")))
        elif match.group("entity"):
            char = _entity_char(src)
            head, tail = src[:_MAX_ENTITY], src[_MAX_ENTITY:]
            content = char is None or not char.isspace()
            atoms.append(_Atom(_TEXT, head, utf16_len(head), content=content))
            atoms.extend(_Atom(_TEXT, c, 1, content=True) for c in tail)
        else:
            is_flag_half = "\U0001f1e6" <= src <= "\U0001f1ff"
            regional = regional + 1 if is_flag_half else 0
            joiner = bool(atoms) and atoms[-1].src == _ZWJ
            joiner = joiner or _joins_previous(src) or (is_flag_half and regional % 2 == 0)
            space = src.isspace()
            atoms.append(_Atom(_TEXT, src, size, space=space, content=not space, joiner=joiner))
    return atoms


def _tokenize_plain_tags(src: str) -> list[_Atom]:
    """A custom emoji element too long to keep whole: its tags and characters."""
    start_end = src.index(">") + 1
    close_start = src.rindex("<")
    name = "tg-emoji"
    atoms = [
        _Atom(_OPEN, src[:start_end], utf16_len(src[:start_end]), name, utf16_len(f"</{name}>"))
    ]
    for char in src[start_end:close_start]:
        atoms.append(
            _Atom(_TEXT, char, utf16_len(char), content=not char.isspace(), space=char.isspace())
        )
    atoms.append(_Atom(_CLOSE, src[close_start:], utf16_len(src[close_start:]), name))
    return atoms


def split_message(text: str, limit: int = LIMIT) -> list[str]:
    """Split Telegram HTML into parts of at most ``limit`` UTF-16 units.

    A part ends at the last paragraph break that leaves it at least a third full, else the
    last line break, else the last space, else as late as fits. Cuts never fall inside a
    tag, an entity or a surrogate pair (nor, where avoidable, inside an emoji sequence or
    before an accent); elements open at a cut are closed there and reopened in the next
    part, and whitespace at the cut is dropped. Each part is valid HTML on its own.
    """
    if limit < MIN_LIMIT:
        raise ValueError(f"limit must be at least {MIN_LIMIT}, got {limit}")
    text = text.strip()
    if utf16_len(text) <= limit:
        return [text] if text else []
    atoms = _tokenize(text, limit)
    last_content = max((k for k, a in enumerate(atoms) if a.content), default=-1)
    parts: list[str] = []
    carried: list[_Element] = []
    dropped: set[int] = set()  # open tags (atom indices) whose formatting is given up
    start = 0
    while start <= last_content:
        part, start, carried = _take_part(atoms, start, carried, dropped, limit)
        parts.append(part)
        while start < len(atoms) and atoms[start].space:
            start += 1
    return parts


def _take_part(
    atoms: list[_Atom], start: int, carried: list[_Element], dropped: set[int], limit: int
) -> tuple[str, int, list[_Element]]:
    # Markup so long that reopening it would leave less than a third of a part for the text
    # (only with huge attributes or tiny limits) is not carried over.
    while True:
        live = [e for e in carried if not e.dropped]
        overhead = sum(e.size + e.close_size for e in live)
        if not live or limit - overhead >= limit // 3:
            break
        max(live, key=lambda e: e.size + e.close_size).dropped = True
    while (cut := _find_cut(atoms, start, carried, dropped, limit)) is None:
        _give_up_formatting(atoms, start, carried, dropped)
    return _emit(atoms, start, cut, carried, dropped)


def _find_cut(
    atoms: list[_Atom], start: int, carried: list[_Element], dropped: set[int], limit: int
) -> int | None:
    """Where the part starting at ``start`` ends (an atom index), or None if nothing fits."""
    n = len(atoms)
    prefix = sum(e.size for e in carried if not e.dropped)
    closes = [0 if e.dropped else e.close_size for e in carried]
    closing = sum(closes)
    cost = prefix
    floor = prefix + (limit - prefix) // 3  # a natural break must leave the part this full
    first = None  # the first boundary after some visible text
    hard = any_hard = para = line = space = None
    k = start
    while True:
        if first is not None and cost + closing <= limit:
            if k == n:
                return n
            following = atoms[k]
            any_hard = k
            if not following.joiner:
                hard = k
            if cost >= floor:
                if following.src == "\n":
                    line = k
                    if k + 1 < n and atoms[k + 1].src == "\n":
                        para = k
                elif following.space:
                    space = k
        if k == n or cost > limit:
            break
        atom = atoms[k]
        if atom.kind == _OPEN:
            size = 0 if k in dropped else atom.close_size
            closes.append(size)
            closing += size
            cost += atom.size if size else 0
        elif atom.kind == _CLOSE:
            size = closes.pop() if closes else -1
            closing -= max(size, 0)
            cost += atom.size if size else 0
        elif not (atom.space and first is None):  # whitespace opening a part is dropped
            cost += atom.size
            if atom.content and first is None:
                first = k + 1
        k += 1
    cut = next((c for c in (para, line, space, hard, any_hard) if c is not None), None)
    if cut is None:
        return None
    # a start tag right before the cut belongs to the next part
    while cut - 1 >= first and atoms[cut - 1].kind == _OPEN:
        cut -= 1
    return cut


def _give_up_formatting(
    atoms: list[_Atom], start: int, carried: list[_Element], dropped: set[int]
) -> None:
    """Nothing fits with the markup: drop the biggest element open at the part's start."""
    options: list[tuple[int, _Element | int]] = [
        (e.size + e.close_size, e) for e in carried if not e.dropped
    ]
    for k in range(start, len(atoms)):
        atom = atoms[k]
        if atom.content:
            break
        if atom.kind == _OPEN and k not in dropped:
            options.append((atom.size + atom.close_size, k))
    if not options:
        raise ValueError("the text has markup or an entity too long for the limit")
    _, biggest = max(options, key=lambda option: option[0])
    if isinstance(biggest, _Element):
        biggest.dropped = True
    else:
        dropped.add(biggest)


def _emit(
    atoms: list[_Atom], start: int, cut: int, carried: list[_Element], dropped: set[int]
) -> tuple[str, int, list[_Element]]:
    # Whitespace before the first and after the last visible character is dropped, even
    # inside elements: Telegram would trim it anyway.
    visible = [k for k in range(start, cut) if atoms[k].content]
    first, last = visible[0], visible[-1]
    out = [e.src for e in carried if not e.dropped]
    stack = list(carried)
    for k in range(start, cut):
        atom = atoms[k]
        if atom.kind == _OPEN:
            element = _Element(atom.name, atom.src, atom.size, atom.close_size, k in dropped)
            stack.append(element)
            if not element.dropped:
                out.append(atom.src)
        elif atom.kind == _CLOSE:
            element = stack.pop() if stack else None
            if element is None or not element.dropped:
                out.append(atom.src)
        elif not (atom.space and (k < first or k > last)):
            out.append(atom.src)
    out.extend(f"</{e.name}>" for e in reversed(stack) if not e.dropped)
    return "".join(out), cut, stack


_CITATION = ("Sumber", "Source")
_NOTES = ("Catatan", "Note")
_FRAMING = (*_CITATION, "Lihat juga", "See also", *_NOTES)


def answer_html(text: str, confident: bool, unsure_note: str) -> str:
    """The answer escaped, its framing lines in bold, an unsure answer flagged first.

    Only the framing Pandu adds is bold: the closing citation paragraph ("Sumber: ..." and
    the "Lihat juga" / "Catatan" lines under it) and a note that opens a paragraph. A quoted
    passage may hold lines that look the same ("Sumber: Perpres 99/2099" written inside a
    document): they stay plain text within the quote, so a document cannot forge a citation."""
    lines = escape(text).splitlines()
    blanks = [i for i, line in enumerate(lines) if not line.strip()]
    last = blanks[-1] + 1 if blanks else 0  # the last paragraph
    closing = last < len(lines) and lines[last].partition(": ")[0] in _CITATION
    out = []
    for i, line in enumerate(lines):
        head, sep, tail = line.partition(": ")
        opens = i == 0 or not lines[i - 1].strip()
        if sep and ((closing and i >= last and head in _FRAMING) or (opens and head in _NOTES)):
            line = f"<b>{head}:</b> {tail}"
        out.append(line)
    body = "\n".join(out)
    return body if confident or not unsure_note else f"{unsure_note}\n\n{body}"
