"""A passage cut into the pieces an answer may quote: sentences, list items with their
fields, and table rows read with their header ("Bulan: Mei; Kuota: 60")."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.reading.about import MONTH_NAMES
from knowledge.text.dates import YEAR

# a list item: "- x", "1. x", "a. x", "b) x" ("a." is a marker, not a sentence; "(1) ..."
# paragraphs of a regulation stay sentences: kept whole they made near-domain questions look covered)
ITEM_START = re.compile(r"^(?:[-*•]|\d{1,3}[.)]|[a-zA-Z][.)])\s")
_ABBREV = re.compile(
    r"\b(jo|no|nomor|dll|dsb|dst|hlm|tgl|rp|kab|prov|kec|ps|ayat|a\.n|u\.p|s\.d|dr|ir|drs|st|sdr|hj"
    r"|jl|ns|apt|angk|gel)\.$",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[A-Z0-9])")

EMPHASIS = re.compile(r"\*\*|__")  # Markdown bold: "**Kapasitas:** 60" is labelled
ROW_UNIT = re.compile(r"^[^:;\n]{1,60}: [^;\n]*; ")  # a row read with its header: "A: x; B: y"


def table_cells(line: str) -> list[str]:
    """A Markdown table row's cells, stripped."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


# a column header that ends with its unit: "Durasi (JP)", "Biaya per Peserta (Rp)", "(%)",
# with the rate it is given in: "Bantuan Biaya (Rp per orang)", "(Rp/hari)"
_HEADER_UNIT = re.compile(
    r"^(.*?)\s*\(\s*(JP(?:/\w+)?|Rp|%|orang|hari|jam|menit|bulan|tahun)"
    r"(?:\s*(?:/|per\s)\s*(\w+))?\s*\)$"
)
_AMOUNT_CELL = re.compile(r"\d[\d.,]*(?:\s*[-\u2013]\s*\d[\d.,]*)?")


def _labelled_cell(header: str, cell: str) -> str:
    """ "Durasi (JP)" and "24" read "Durasi: 24 JP", "Biaya (Rp)" and "950.000" "Biaya: Rp
    950.000": the unit with the amount, as a person writes it."""
    unit = _HEADER_UNIT.match(header)
    if unit is None or not _AMOUNT_CELL.fullmatch(cell):
        return f"{header}: {cell}"
    name, sign, rate = unit.group(1) or header, unit.group(2), unit.group(3)
    amount = f"Rp{cell}" if sign == "Rp" else f"{cell}%" if sign == "%" else f"{cell} {sign}"
    return f"{name}: {amount} per {rate}" if rate else f"{name}: {amount}"


def _a_field(cells: list[str], below: list[list[str]]) -> bool:
    """ "| Hari/tanggal | Kamis, 13 Juli 2028 |" opening a table: a label and its value (a
    figure other than a year, or more words than a column's name has), not a header ("| Istilah
    | Arti |", "| Indikator | Target 2028 |"); a column of amounts below ("| Latsar | 40 |")
    has a header, however long its name."""
    if len(cells) != 2 or not cells[0] or len(cells[0].split()) > 4:
        return False
    if _AMOUNT_CELL.fullmatch(cells[1]):  # "| Jumlah peserta | 31 |": no header is a number
        return True
    if below and all(len(row) == 2 and _AMOUNT_CELL.fullmatch(row[1]) for row in below):
        return False
    value = YEAR.sub("", re.sub(r"\([^)]*\)", "", cells[1]))  # "Biaya (Rp per orang)", "2028"
    return bool(re.search(r"\d", value)) or len(value.split()) > 4


_RULE = re.compile(r"\|?[\s:|-]+\|?")  # a Markdown table's rule under its header: "|---|---|"


def _rows_below(lines: list[str], at: int) -> list[list[str]]:
    """The cells of the table rows after line ``at``, its rule left out."""
    rows = []
    for line in lines[at + 1 :]:
        if not line.startswith("|"):
            break
        if not _RULE.fullmatch(line):
            rows.append(table_cells(line))
    return rows


def split_units(text: str) -> list[str]:
    """Sentences, list items and table rows: the pieces an answer may quote. A table row is
    read with its header ("Bulan: Mei; Kuota: 60") so that it stands alone in an answer."""
    units: list[str] = []
    header: list[str] | None = None
    lines = [raw.strip() for raw in unwrapped(text.splitlines())]
    for at, line in enumerate(lines):
        if line and _RULE.fullmatch(line):
            continue
        if not line.startswith("|"):
            header = None
        if not line:
            continue
        if line.startswith("|"):
            cells = table_cells(line)
            if header is None and len(cells) == 2 and _a_field(cells, _rows_below(lines, at)):
                header = []  # a table of labels and values: every row is a field
            if header is None:
                header = cells
            elif not header and len(cells) == 2:
                units.append(f"{cells[0]}: {cells[1]}")
            elif len(cells) == len(header):
                units.append(
                    "; ".join(_labelled_cell(h, c) for h, c in zip(header, cells, strict=True) if c)
                )
            else:
                units.append(" | ".join(cells))
            continue
        if ITEM_START.match(line):
            units.append(line)
            continue
        merged: list[str] = []
        for piece in _SENTENCE_END.split(line):
            if merged and _ABBREV.search(merged[-1]):
                merged[-1] += " " + piece
            else:
                merged.append(piece)
        units.extend(p.strip() for p in merged if p.strip())
    return units


# a sentence goes on: "... paling lambat\n14 hari kerja", "... pelatihan\nnonklasikal",
# "... adalah tanggal\n**20 Januari** tahun berikutnya" (emphasis does not start a sentence),
# "... pangkat paling rendah Penata Muda\n(III/a) atau ..." (a parenthesis that is no item
# marker such as "(2)", "(b)" or "(iv)")
_CONTINUES = re.compile(
    rf"^(?:\*\*|__|\*|_)?(\(?[a-z]|\d[\d.,/]*(?:\*\*|__)?\s+(?:[a-z(]|(?i:{MONTH_NAMES})\b)"
    r"|\((?!(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\)))"
)


# a line ending in a word no sentence ends with goes on whatever comes next ("... disetujui Kepala
# Bidang Pendidikan Lanjutan dan\nPengelolaan Pengetahuan")
_ENDS = (".", "!", "?", ":", ";")  # a line ending so ends its sentence
_NUMBERED = re.compile(r"^\(\d{1,3}\)\s")  # "(2) ...": a clause of its own
_FIELD = re.compile(r"^[^:\n]{1,40}?\s*:\s")  # "Hari/tanggal : Senin, 6 Juli 2026"
_OPEN_END = re.compile(
    r"\b(?:dan|atau|serta|yang|di|ke|dari|untuk|bagi|dengan|oleh|pada|dalam|tentang|kepada)$"
)


WRAP_WIDTH = 60  # a line this long that ends no sentence was wrapped, not ended


def _wrapped(last: str, line: str) -> bool:
    """ "... dilaksanakan di Gedung Serba Guna Karya\nBhakti": a long line of a paragraph that
    stops inside a name (its last word capitalised, not an acronym) goes on in the next line
    when that starts with a capital. Rows, fields, headings, rules and columns set out with
    runs of spaces are lines of their own."""
    if ROW_UNIT.match(last) or _LABELLED.match(line) or _LAID_OUT.search(f"{last}\n{line}"):
        return False
    words = last.split()
    return (
        len(last) >= WRAP_WIDTH
        and bool(words)
        and words[-1][:1].isupper()
        and not words[-1].isupper()
        and line[:1].isupper()
    )


_LABELLED = re.compile(r"[^:\s][^:]{0,40}:\s")  # "Kegiatan: ...", "Hari/tanggal : ..."
_LAID_OUT = re.compile(r"\S {2,}\S|^[#=*_-]", re.M)  # columns, headings, rules


def unwrapped(lines: list[str]) -> list[str]:
    """Hard-wrapped text (plain text, Markdown) as its sentences: a line that does not end a
    sentence, followed by one that starts in lower case or after a word no sentence ends
    with, is the same sentence. Indented lines under a list item are its fields ("1. Asesmen
    Formatif ...\n   Hari/tanggal : ..., 6-9 Juli 2026\n   Waktu : pukul 07.30"): they stay
    with it, on their own lines, until a blank line or the next item."""
    out: list[str] = []
    last = ""  # the previous line as written, not the sentence joined so far
    for raw in lines:
        line = raw.strip()
        prev = out[-1] if out else ""
        wrapped = bool(prev) and _wrapped(last, line)
        before, last = last, raw.rstrip()
        if (
            line
            and prev
            and (_CONTINUES.match(line) or _OPEN_END.search(prev) or wrapped)
            and not ITEM_START.match(line)  # "a. ..." starts an item of its own
            and not prev.startswith("|")
            and not prev.endswith(_ENDS)
        ):
            out[-1] = f"{prev} {line}"
        elif line and ITEM_START.match(prev) and raw[:1].isspace() and not ITEM_START.match(line):
            # a field of the item on its own line; the item's own sentence, wrapped at the
            # page's width, goes on ("... yaitu Rabu, 7 Oktober" / "   2026.")
            above = prev.rsplit("\n", 1)[-1]
            goes_on = (
                (len(before) >= WRAP_WIDTH or line[:1].islower() or line[:1].isdigit())
                and not above.endswith(_ENDS)
                and not _FIELD.match(line)
                and not _FIELD.match(above)
                and not _NUMBERED.match(line)
            )
            out[-1] = f"{prev}{' ' if goes_on else chr(10)}{line}"
        else:
            out.append(line)
    return out


def with_context(units: list[str], i: int) -> str:
    """A list item or table row is read with the sentence that introduces it (and a nested
    item with the item it belongs to)."""
    unit = units[i]
    if i > 0 and (is_item(unit) or units[i - 1].rstrip().endswith(":")):
        at, parent = intro(units, i), parent_item(units, i)
        lead = units[at] if at is not None else ""
        return f"{lead} {units[parent]} {unit}" if parent is not None else f"{lead} {unit}"
    return unit


def intro(units: list[str], pos: int) -> int | None:
    """The nearest unit before ``pos`` that is no list item: what introduces the list."""
    return next((i for i in range(pos - 1, -1, -1) if not is_item(units[i])), None)


def parent_item(units: list[str], pos: int) -> int | None:
    """The item a nested item belongs to: "a. KA-06 Restorasi Arsip Kertas Angkatan II:" for
    "1) tanggal semula 8-10 September 2026, menjadi 22-24 September 2026;", which names no
    class of its own. None for an item of a list a sentence introduces, or no item."""
    if not ITEM_START.match(units[pos]):
        return None
    for k in range(pos - 1, -1, -1):
        if not ITEM_START.match(units[k]):
            return None
        if units[k].rstrip().endswith(":"):
            return k
    return None


@lru_cache(maxsize=4096)
def rows_and_prose(text: str) -> tuple[tuple[str, ...], str]:
    """A passage's table rows (read with their header) and its other text (read once for
    the row check and the total row)."""
    units = split_units(text)
    rows = tuple(u for u in units if ROW_UNIT.match(u))
    return rows, "\n".join(u for u in units if not ROW_UNIT.match(u))


def is_answer(unit: str) -> bool:
    return not unit.rstrip().endswith("?")


def is_item(unit: str) -> bool:
    return (
        unit.startswith(("-", "*", "•"))
        or ": " in unit
        and "; " in unit
        or bool(ITEM_START.match(unit))
    )
