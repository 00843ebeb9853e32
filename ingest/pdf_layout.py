"""Lines of pypdf's layout text: their cells (runs of 3+ spaces apart), list items, and the
tables that aligned cells form. Kept apart from the heading and paragraph logic of
ingest/pdf.py, which reads these lines."""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from ingest.tables import pipe_rows, without_separators

ITEM = re.compile(  # "(1)", "a.", "1.", "2.3", "-", "•" starting a line
    r"(?:\(\w{1,3}\)|[a-zA-Z][.)]|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+"
    r"|[-\u2022*\u2013])(?:\s|$)"
)
_MARKER = re.compile(r"\(?\w{1,3}[.)]|[-\u2022*\u2013]")
_TOL = 3  # columns a table cell may drift from its column start
JUSTIFIED_WORDS = 4  # words spread on a line before it can be read as justified text


class Line(NamedTuple):
    text: str  # whitespace collapsed
    page: int
    gap: bool  # a blank line or a page break before it
    indent: int
    right: int
    cells: list[tuple[int, str]]  # (start column, text) split on runs of 3+ spaces


def make_line(raw: str, page: int = 0, gap: bool = False) -> Line:
    indent = len(raw) - len(raw.lstrip())
    return Line(" ".join(raw.split()), page, gap, indent, len(raw.rstrip()), split_cells(raw))


def split_cells(raw: str) -> list[tuple[int, str]]:
    """Cells are separated by 3+ spaces. "a.   text" is a list item, not a row of two cells."""
    cells = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: {1,2}\S+)*", raw)]
    if len(cells) == 2 and _MARKER.fullmatch(cells[0][1]):
        return [(cells[0][0], f"{cells[0][1]} {cells[1][1]}")]
    if _justified(cells):
        return [(cells[0][0], " ".join(text for _, text in cells))]
    return cells


def _justified(cells: list[tuple[int, str]]) -> bool:
    """A line of justified text, its words spread to the right margin ("Pengembangan    Kompetensi
    Pegawai    di    Lingkungan"): one word a cell, words of unequal length, and the same gap
    between every two (give or take a space). A table's columns start at fixed places, so the
    gaps after its cells differ with their widths."""
    if len(cells) < JUSTIFIED_WORDS or any(" " in text for _, text in cells):
        return False
    gaps = [b - a - len(text) for (a, text), (b, _) in itertools.pairwise(cells)]
    widths = [len(text) for _, text in cells]
    return max(gaps) - min(gaps) <= 1 and max(widths) - min(widths) >= 3


def all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def table_at(lines: list[Line], i: int) -> tuple[list[str], int] | None:
    """A block of >= 2 rows of >= 2 cells aligned on the first row's columns. An indented line
    whose cells sit on columns continues the row above (a wrapped cell)."""
    if len(lines[i].cells) < 2:
        return None
    cols = [start for start, _ in lines[i].cells]
    rows = [dict(lines[i].cells)]
    apart = _set_apart(lines, i, cols)
    wrapped: list[list[tuple[int, str]]] = []  # the lines that wrapped the last row
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if len(line.cells) >= 2:
            line = line._replace(cells=split_at_columns(line.cells, cols))
        near = [nearest(cols, start) for start, _ in line.cells]
        hits = sum(c is not None for c in near)
        at_first = line.cells[0][0] <= cols[0] + _TOL
        if apart and len(rows) > 1 and not line.gap and hits == len(near):
            _carry_on(rows[-1], line.cells, near)  # rows stand apart: this line wraps one
        elif (
            len(near) >= 2
            and at_first
            and hits >= 2
            and (not line.gap or hits == len(cols) or (apart and hits == len(near)))
        ):
            if _continues(line, rows):
                _carry_on(rows[-1], line.cells, near)
            else:
                rows.append({})
                for (start, text), col in zip(line.cells, near, strict=True):
                    if col is None:  # a column the first row left empty
                        col = start
                        cols.append(col)
                    rows[-1][col] = text
                if not line.gap:  # a blank line sets rows apart: nothing above is this row's
                    _centred(rows, wrapped)
                wrapped = []
        elif not line.gap and not at_first and hits == len(near) and not ITEM.match(line.text):
            _carry_on(rows[-1], line.cells, near)
            wrapped.append([(col, text) for (_, text), col in zip(line.cells, near, strict=True)])
        else:
            break
        j += 1
    if len(rows) < 2:
        return None
    cols.sort()
    return render_table([[r.get(c, "").replace("|", "/") for c in cols] for r in rows]), j


def _set_apart(lines: list[Line], i: int, cols: list[int]) -> bool:
    """Rows that stand apart by blank lines: every line below the header that fills all but
    at most one column follows one (then a line right under a row wraps its cells, even one
    that starts in the first column in capitals: "Pelatihan Teknis Survei" / "Batimetri")."""
    full = []
    for line in lines[i + 1 : i + 60]:
        near = [nearest(cols, start) for start, _ in line.cells]
        if None in near:
            break
        if len(near) >= max(2, len(cols) - 1):
            full.append(line.gap)
    return len(full) >= 2 and all(full)


def split_at_columns(cells: list[tuple[int, str]], cols: list[int]) -> list[tuple[int, str]]:
    """ "Tingkat II  penanggung jawab": a cell that runs on over the start of the next column,
    where a word begins, is two cells (layout text may keep only one or two spaces there)."""
    out = []
    for start, text in cells:
        for col in sorted(c for c in cols if start + 2 < c < start + len(text)):
            at = next(
                (
                    k
                    for k in range(col - start - 1, col - start + 2)
                    if 0 < k < len(text) and text[k - 1] == " " and text[k] != " "
                ),
                None,
            )
            if at is None:
                continue
            out.append((start, text[:at].rstrip()))
            start, text = start + at, text[at:]
        out.append((start, text))
    return out


def _centred(rows: list[dict[int, str]], wrapped: list[list[tuple[int, str]]]) -> None:
    """Cells centred on their row's line: "Kepala ruangan," above the line "Tingkat II
    penanggung jawab ..." starts that row's cell, which goes on in lower case there; it had
    been read as the row above wrapping. The wrapped lines that move down are the last ones
    before the row in which each column's first piece starts in capitals and the row's own
    cell goes on in lower case (a top-aligned row's wrapped "WITA" beside the next row's
    "Didahului ..." stays where it is)."""
    if len(rows) < 2:
        return
    new, above = rows[-1], rows[-2]
    for k in range(len(wrapped) - 1, -1, -1):
        moving: dict[int, list[str]] = {}
        for line in wrapped[k:]:
            for col, text in line:
                moving.setdefault(col, []).append(text)
        if all(
            texts[0][:1].isupper() and new.get(col, "")[:1].islower()
            for col, texts in moving.items()
        ):
            break
    else:
        return
    for col, texts in moving.items():
        moved = " ".join(texts)
        if above.get(col, "").endswith(moved):
            above[col] = above[col][: -len(moved)].rstrip()
            new[col] = f"{moved} {new[col]}"


def _carry_on(row: dict[int, str], cells: list[tuple[int, str]], near: list[int | None]) -> None:
    """A wrapped line's cells appended to the row they carry on, column by column."""
    for (_, text), col in zip(cells, near, strict=True):
        if col is not None:
            row[col] = f"{row.get(col, '')} {text}".strip()


def _continues(line: Line, rows: list[dict[int, str]]) -> bool:
    """A line that starts in the first column but carries on the row above: its first cell
    goes on in lower case ("Webinar atau" / "seminar daring") and it leaves cells of that row
    empty (the amounts are on the row's first line)."""
    first = line.cells[0][1]
    return len(rows) > 1 and first[:1].islower() and len(line.cells) < len(rows[-1])


def nearest(cols: list[int], start: int) -> int | None:
    best = min(cols, key=lambda c: abs(c - start))
    return best if abs(best - start) <= _TOL else None


def render_table(rows: list[list[str]]) -> list[str]:
    """Markdown rows under the first (header) row. A two-column table keyed by ALL-CAPS codes
    ("AKARA", "BAB II") has no header: it becomes "- KEY: value" lines, read as a glossary."""
    rows = without_separators(rows)
    keyed = all(all_caps(r[0]) and len(r[0].split()) <= 3 for r in rows)
    if len(rows[0]) == 2 and (keyed or _no_header(rows)):
        keys = [key.removesuffix(":").rstrip() for key, _ in rows]  # "Menimbang :" a label
        return [f"- {k}: {v}" if v else f"- {k}" for k, (_, v) in zip(keys, rows, strict=True)]
    return pipe_rows(rows)  # its colon cells already gone


def _no_header(rows: list[list[str]]) -> bool:
    """Labels and their values ("Menetapkan | KEPUTUSAN ... TENTANG ...", "KESATU | Mengubah
    ..."): a first row holding a sentence is no header, whose cells name columns."""
    label, value = rows[0][0], rows[0][1]
    return len(label.split()) <= 3 and (len(value.split()) > 10 or value.endswith((".", ";")))


# the bullets of slides and word processors ("▪", "●", "➢", "❖", Symbol's private "\uf0b7"),
# read as the "•" a list item starts with: "▪   Target JP baru" is an item, not a row of two
# cells (a checklist's "✓" says more than that, and stays)
_BULLET = re.compile(
    "^([ \t]*)[\u25aa\u25a0\u25cf\u25c6\u25e6\u25cb\u25b8\u25b6\u25ba\u2023\u2043\u2219"
    "\u2756\u27a2\u27a4\u00b7\uf0a7\uf0b7\uf0d8\uf076](?=[ \t])"
)


def bullet_as_item(line: str) -> str:
    return _BULLET.sub("\\1\u2022", line)


def extract_pages(pages, errors: tuple[type[Exception], ...]) -> list[str]:
    """Layout text per page; plain text where layout mode fails; "" for a page that cannot be
    read at all. The error is raised only when no page could be read."""
    texts, failure = [], None
    for page in pages:
        try:
            texts.append(page.extract_text(extraction_mode="layout") or "")
            continue
        except Exception:  # layout mode trips over some fonts that plain mode still reads
            pass
        try:
            texts.append(page.extract_text() or "")
        except errors as exc:
            texts.append("")
            failure = exc
    if failure is not None and not any(t.strip() for t in texts):
        raise failure
    return texts
