"""Pages set in two columns of running text (a bulletin, a newsletter): pypdf's layout text
puts both columns on one line, which the table reader would take for a two-column table and
the paragraph reader for one line of text. Each column is read down before the next."""

from __future__ import annotations

import re

from ingest.pdf_layout import split_cells

MIN_BOTH = 8  # lines with text on both sides of the gutter
MIN_SHORT = 4  # ... when one column runs on MIN_BOTH lines past the other (a short last column)
MIN_WORDS = 4.0  # mean words per column line: running text, not a table's short cells
FULL = 0.7  # a line this share of its column's widest line runs to the column's edge
MIN_FULL = 0.5  # share of a column's lines that do: text set to a width, wrapped
MAX_SHARED_STARTS = 0.5  # a table's rows start a new cell on both sides at once
MAX_CELLED = 0.1  # share of a column's lines that may hold cells (3+ spaces apart, not
# justified words: a newsletter's columns are set flush to both edges)
_END = re.compile(r"[.!?:]['\")]*$")


def unfold_columns(lines: list[str]) -> list[str]:
    """The page's lines with each two-column stretch read column by column."""
    found = _columns(lines)
    if found is None:
        return lines
    start, end, gutter = found
    left = [raw[:gutter].rstrip() for raw in lines[start:end]]
    shift = min(len(r) - len(r[gutter:].lstrip()) for r in lines[start:end] if r[gutter:].strip())
    right = [raw[shift:].rstrip() for raw in lines[start:end]]
    return [*lines[:start], *left, "", *right, *unfold_columns(lines[end:])]


def _columns(lines: list[str]) -> tuple[int, int, int] | None:
    """(first line, line past the last, gutter column) of the longest stretch of lines that
    no text crosses at one column, with running text on both sides; None when there is none."""
    best: tuple[int, int, int] | None = None
    best_key = (0, 0)
    width = max((len(r) for r in lines), default=0)
    for gutter in range(20, width - 20):
        for start, end in _runs(lines, gutter):
            both = sum(_both_sides(r, gutter) for r in lines[start:end])
            # a bulletin's last column may hold a few lines beside a long first one
            enough = both >= MIN_BOTH or (both >= MIN_SHORT and end - start >= MIN_BOTH + both)
            # of gutters as good, the one the longer column does not cross anywhere
            key = (both, end - start)
            if enough and key > best_key and _running_text(lines[start:end], gutter):
                best, best_key = (start, end, gutter), key
    return best


def _open(raw: str, gutter: int) -> bool:
    return raw[gutter - 1 : gutter + 1].strip() == ""


def _both_sides(raw: str, gutter: int) -> bool:
    return bool(raw[:gutter].strip() and raw[gutter:].strip())


def _runs(lines: list[str], gutter: int) -> list[tuple[int, int]]:
    """Stretches of lines open at the gutter, from their first line with text on both sides
    (a heading above the columns is not one of them) to their last line with text (a column
    running on below the other is); two blank lines end one (a footer below the columns,
    "... evaluasi.   1", is not one of them)."""
    runs, start = [], None
    for k, raw in enumerate([*lines, "\0" * (gutter + 1)]):
        apart = k > 0 and not raw.strip() and not lines[k - 1].strip()  # two blank lines
        if _open(raw, gutter) and k < len(lines) and not apart:
            start = k if start is None else start
            continue
        if start is not None:
            both = [j for j in range(start, k) if _both_sides(lines[j], gutter)]
            if both:
                last = max(j for j in range(start, k) if lines[j].strip())
                runs.append((both[0], last + 1))
        start = None
    return runs


def _running_text(lines: list[str], gutter: int) -> bool:
    """Both sides read as wrapped running text, one column each, and their paragraphs start at different lines
    (a table's row starts a cell on each side on the same line)."""
    sides = ([r[:gutter].strip() for r in lines], [r[gutter:].strip() for r in lines])
    starts = []
    for side in sides:
        texts = [t for t in side if t]
        # one line may be a justified line of two words ("tulisan          ke")
        if sum(len(split_cells(t)) > 1 for t in texts) > max(1, MAX_CELLED * len(texts)):
            return False  # a side of a table's cells, not one column of text
        widest = max(len(t) for t in texts)
        if sum(len(t.split()) for t in texts) / len(texts) < MIN_WORDS:
            return False
        if sum(len(t) >= FULL * widest for t in texts) < MIN_FULL * len(texts):
            return False
        # both columns open on the first line; a table's rows go on starting together
        starts.append({k for k, t in enumerate(side) if k and t and _starts(side, k)})
    shared = len(starts[0] & starts[1])
    return shared <= MAX_SHARED_STARTS * min(len(starts[0]), len(starts[1]))


def _starts(side: list[str], k: int) -> bool:
    """A paragraph starts here: after an empty line or a finished sentence, in a capital."""
    before = side[k - 1] if k else ""
    return side[k][:1].isupper() and (not before or bool(_END.search(before)))
