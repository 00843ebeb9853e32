"""Ruled tables of a PDF, read by pdfplumber from the lines drawn around their cells.

pypdf's layout text puts every line of a wrapped cell on a line of its own, so a cell that
wraps in the first column ("Pos Sektor" / "III") reads as a row of its own, and a cell centred
in a tall row sits above the row's first line. Where a table is ruled, its rules say where
each cell and row begin and end; pdfplumber reads them. The page's layout text keeps
everything else (headings, paragraphs, tables without rules): the table's lines in it are
found by their words and replaced by the table read from its rules.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import NamedTuple

from ingest.pdf_layout import split_cells

MIN_FOUND = 0.9  # share of a table's words its lines in the layout text must hold
MAX_STRAY = 0.3  # share of a line's words that may be no word of the table (run-together text)
MARK = "\u241ftabel-bergaris-"  # stands for a ruled table among a page's lines
_WORD = re.compile(r"[\w-]+")
_CODE = re.compile(r"[A-Z]{2,6}-\d{1,4}[.,;:]?")  # "PLM-06": no column breaks it at a space
# "0811-4790-112" / "3", "Rp52.300." / "000": a figure's last digits; a whole figure on the
# next line ("0812-3344-5566") is another figure
_FIGURE = re.compile(r"(?:Rp)?\d+(?:[-./]\d+)*[-./]\d*")

Box = tuple[float, float, float, float]
Place = tuple[int, int] | None  # where the spanning cell covering a place starts


class RuledTable(NamedTuple):
    rows: list[list[str]]  # header first; a spanned cell's text in every place it covers
    words: list[str]  # the words the page shows in it, a spanned cell's once, in order
    caption: str = ""  # a first row that is one cell across the table: its title


class Found(NamedTuple):
    start: int
    end: int
    rest: str  # words of the table's last line that are not the table's (a note beside it)


def ruled_tables(data: bytes, pages: list[str]) -> dict[int, list[RuledTable]]:
    """Per page index, the ruled tables' rows (cells as text, spans filled in). Only upright
    pages whose layout text has aligned cells are read (reading a page's drawing is slow, and
    pdfplumber does not turn a rotated page as pypdf does); a page pdfplumber cannot read keeps
    its layout text's reading."""
    wanted = [p for p, text in enumerate(pages) if _has_cells(text)]
    if not wanted:
        return {}
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:  # pdfminer raises many kinds on odd files; the layout text stays
        return {}
    found: dict[int, list[RuledTable]] = {}
    vocabulary = {w.lower() for text in pages for w in _WORD.findall(text)}
    with pdf:
        for p in wanted:
            try:
                page = pdf.pages[p]
                tables = [] if page.rotation % 360 else page.find_tables()
                found[p] = [t for t in (_read(t, vocabulary) for t in tables) if t is not None]
                page.close()  # its parsed objects are not kept for the whole file
            except Exception:  # one odd page loses its ruled reading, not the file's
                continue
    return {p: tables for p, tables in found.items() if tables}


def _has_cells(text: str) -> bool:
    """Two lines with cells apart (3+ spaces): a table may be there."""
    return sum(len(split_cells(line)) >= 2 for line in text.splitlines()) >= 2


def _read(table, vocabulary: set[str] = frozenset()) -> RuledTable | None:
    """A table of two rows or more and two columns or more (a ruled box around a signature
    or one line is no table); a first row ruled as one cell across it is its caption."""
    grid = table.extract()
    if len(grid) < 2 or len(grid[0]) < 2:
        return None
    words = [w for row in grid for cell in row for w in _words(cell or "")]
    grid = _unbroken(table, grid, vocabulary)
    origin = _span_origins([row.cells for row in table.rows])
    texts = [
        [
            " ".join(((grid[o[0]][o[1]] if o else c) or "").split())
            for c, o in zip(row, at, strict=True)
        ]
        for row, at in zip(grid, origin, strict=True)
    ]
    caption = ""
    if len(texts) >= 3 and _across(origin[0], 0):
        caption, texts = texts[0][0], texts[1:]
        origin = [[(o[0] - 1, o[1]) if o else None for o in row] for row in origin[1:]]
    return RuledTable(_with_header(texts, origin), words, caption)


def _unbroken(table, grid: list[list[str | None]], vocabulary: set[str]) -> list[list[str | None]]:
    """Each cell's lines as one text. A word wider than its column is broken where the column
    ends ("PLM-0" / "6", "Kuo" / "ta" in a narrow column): a line of one word reaching the
    column's edge goes on without a space when the two halves make a word the document writes
    elsewhere ("Kuota") or a code ("PLM-06"); "Penanggung" / "jawab" and "tidak" / "dibatasi"
    reach the edge too, as two words. How close to the edge a line can come (the cell's
    padding) is the table's closest line."""
    x0, top, x1, bottom = table.bbox  # each cell's characters are among the table's
    chars = [
        c
        for c in table.page.chars
        if c.get("text", "").strip()
        and c["x0"] >= x0 - 1
        and c["x1"] <= x1 + 1
        and top - 1 <= c["top"]
        and c["bottom"] <= bottom + 1
    ]
    lines = {}
    for row, texts in zip(table.rows, grid, strict=True):
        for box, text in zip(row.cells, texts, strict=True):
            if box is not None and text and "\n" in text:
                lines[box] = _line_edges(chars, box)
    gaps = [box[2] - right for box, edges in lines.items() for right, _ in edges]
    padding = min(gaps, default=0.0)
    out = []
    for row, texts in zip(table.rows, grid, strict=True):
        cells = []
        for box, text in zip(row.cells, texts, strict=True):
            parts = (text or "").split("\n")
            edges = lines.get(box)
            if edges is None or len(edges) != len(parts):
                cells.append(text)
                continue
            joined = parts[0]
            for k in range(1, len(parts)):
                right, width = edges[k - 1]
                head, tail = parts[k - 1].strip(), parts[k].strip()
                word = head + (tail.split() or [""])[0]
                # a code goes on only with a bare piece of it ("PLM-0" / "6"), not before a
                # line of its own ("PLM-06" / "2 kelas")
                code = (_CODE.fullmatch(word) and " " not in tail) or (
                    _FIGURE.fullmatch(head) and tail.isdigit()
                )
                broken = (
                    " " not in head
                    and box[2] - right - padding < width
                    and (code or word.lower().strip(".,;:") in vocabulary)
                )
                joined += ("" if broken else " ") + parts[k]
            cells.append(joined)
        out.append(cells)
    return out


def _line_edges(chars: list[dict], box: Box) -> list[tuple[float, float]]:
    """The lines of text in a cell, top to bottom: each one's right edge and its characters'
    mean width."""
    x0, top, x1, bottom = box
    inside = [c for c in chars if c["x0"] >= x0 - 1 and c["x1"] <= x1 + 1 and top - 1 <= c["top"]]
    inside = [c for c in inside if c["bottom"] <= bottom + 1]
    rows: list[list[dict]] = []
    for c in sorted(inside, key=lambda c: (c["top"], c["x0"])):
        if rows and abs(rows[-1][0]["top"] - c["top"]) <= 2:
            rows[-1].append(c)
        else:
            rows.append([c])
    return [(max(c["x1"] for c in r), sum(c["x1"] - c["x0"] for c in r) / len(r)) for r in rows]


def _across(places: list[Place], r: int) -> bool:
    """Row ``r`` is one cell across the table (a title, or a group's name)."""
    return places[0] is None and all(o == (r, 0) for o in places[1:])


def _with_header(texts: list[list[str]], origin: list[list[Place]]) -> list[list[str]]:
    """The first row is the header. A header cell over several columns ("Persyaratan" over
    "Pengalaman" and "Pelatihan") has its labels in the rows below, as far down as the header
    cells beside it span: those rows are made one header, each column named by both. (A cell
    spanning rows under a one-row header is data: "JF Pemadam Kebakaran" over its levels.) A
    row that is one cell across the table below it names a group: said once, not per column."""
    depth = 1
    if any(o is not None and o[0] == 0 for o in origin[0]):  # a header cell over columns
        spans = [r for r in range(1, len(origin)) if any(o and o[0] == 0 for o in origin[r])]
        depth = min(max([2, *(r + 1 for r in spans)]), len(texts) - 1)
    header = []
    for c in range(len(texts[0])):
        parts = [texts[r][c] for r in range(depth)]
        header.append(" ".join(p for k, p in enumerate(parts) if p and p not in parts[:k]))
    body = [
        [row[0], *[""] * (len(row) - 1)] if _across(origin[r], r) else row
        for r, row in enumerate(texts[depth:], depth)
    ]
    return [header, *body]


def _span_origins(cells: list[list[Box | None]]) -> list[list[Place]]:
    """For each place a spanning cell covers (None in pdfplumber's rows), the row and column
    where that cell starts; None for a place that is a cell of its own. A place's centre is
    its column's narrowest cell's and its row's lowest cell's."""
    xs = [_middle([row[c] for row in cells], 0) for c in range(len(cells[0]))]
    ys = [_middle(row, 1) for row in cells]
    origin: list[list[Place]] = [[None] * len(row) for row in cells]
    for r, row in enumerate(cells):
        for c, cell in enumerate(row):
            if cell is not None or xs[c] is None or ys[r] is None:
                continue
            origin[r][c] = next(
                (
                    (r2, c2)
                    for r2 in range(r, -1, -1)
                    for c2 in range(c, -1, -1)
                    if (box := cells[r2][c2]) is not None
                    and box[0] <= xs[c] <= box[2]
                    and box[1] <= ys[r] <= box[3]
                ),
                None,
            )
    return origin


def _middle(boxes: list[Box | None], axis: int) -> float | None:
    """The middle of the smallest of the boxes along an axis (0: x, 1: y)."""
    own = [b for b in boxes if b is not None]
    if not own:
        return None
    box = min(own, key=lambda b: b[axis + 2] - b[axis])
    return (box[axis] + box[axis + 2]) / 2


def mark_tables(
    lines: list[str], tables: list[RuledTable], marks: dict[str, RuledTable]
) -> list[str]:
    """The page's lines with each table's lines replaced by one mark line; ``marks`` gets the
    mark's table. A table whose lines are not found stays as the layout text has it."""
    for table in tables:
        found = _lines_of(lines, table.words)
        if found is None:
            continue
        mark = f"{MARK}{len(marks)}"
        marks[mark] = table
        rest = [found.rest] if found.rest else []
        lines = [*lines[: found.start], mark, *rest, *lines[found.end :]]
    return lines


def _lines_of(lines: list[str], words: list[str]) -> Found | None:
    """Where the table's lines are: from a line opening with its first word, the lines whose
    words are the table's (each word used once), holding nearly all of them; the lines right
    above made only of its words left (a header cell centred above the header's first line).
    Of several such places the one leaving fewest of the page's words unexplained."""
    if not words:
        return None
    best: tuple[tuple[int, int], Found] | None = None
    for start, line in enumerate(lines):
        if _words(line)[:1] != words[:1]:
            continue
        left = Counter(words)
        end, stray, rest = _run(lines, start, left)
        while start > 0 and _words(lines[start - 1]) and _take(_words(lines[start - 1]), left):
            start -= 1
        found_share = (len(words) - sum(left.values())) / len(words)
        score = (-sum(left.values()), -stray)
        if found_share >= MIN_FOUND and (best is None or score > best[0]):
            best = (score, Found(start, end, rest))
    return best[1] if best else None


def _run(lines: list[str], start: int, left: Counter) -> tuple[int, int, str]:
    """The end of the table's lines from ``start`` (its words taken from ``left``), the
    number of words in them that are not the table's, and the stray words of a last line
    that holds the table's last words beside a note of its own."""
    end, stray = start, 0
    for k in range(start, len(lines)):
        words = _words(lines[k])
        if not words:
            continue
        known = [w for w in words if left[w] > 0]
        if len(known) < (1 - MAX_STRAY) * len(words):
            if known and _take(known, left.copy()) and not left - Counter(known):
                _take(known, left)  # the last row, a note printed beside it
                note = " ".join(w for w in lines[k].split() if w.lower() not in known)
                return k + 1, stray, note
            break
        stray += len(words) - len(known)
        for w in known:
            left[w] = max(0, left[w] - 1)
        end = k + 1
    return end, stray, ""


def _take(words: list[str], left: Counter) -> bool:
    """Takes the words from ``left`` when all of them are there (counted); else leaves it."""
    need = Counter(words)
    if any(left[w] < n for w, n in need.items()):
        return False
    left.subtract(need)
    return True


def _words(text: str) -> list[str]:
    return text.lower().split()
