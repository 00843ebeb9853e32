"""Numbered PDF tables whose row numbers are centred on their rows: the lines of a cell stand
above and below the line that carries the row's number, so a line between two numbered lines
may end the row above or begin the row below. Which one follows from the centring itself: a
row of L lines has (L - 1) // 2 of them above its number and the rest below, so the split of
every gap between numbers is fixed by the rows around it (the first row's lines above its
number are known). A line that goes on in lower case seldom starts a cell."""

from __future__ import annotations

import re

from ingest.pdf_layout import Line, nearest, render_table, split_at_columns

_ROW_NO = re.compile(r"\d{1,3}\.?")
_MAX_ROWS = 60  # rows solved at once (each gap has at most two readings)

Cells = dict[int, str]


def centred_table(lines: list[Line], i: int) -> tuple[list[str], int] | None:
    """The Markdown rows and the index after the table, when a numbered table whose numbers
    are centred starts at ``i`` (its header, or a header line above the header's first
    column); None otherwise, or when no centred reading fits (then the rows are read as
    top-aligned elsewhere)."""
    above, k = _header_start(lines, i)
    if k is None:
        return None
    cols = [start for start, _ in lines[k].cells]
    body, keys = _body(lines, k + 1, cols)
    numbers = [int(body[n][cols[0]].rstrip(".")) for n in keys]
    counted = list(range(numbers[0], numbers[0] + len(keys))) if keys else []
    if len(keys) < 2 or numbers != counted or len(keys) > _MAX_ROWS:  # 1, 2, 3 or 12, 13, 14
        return None
    split = _solve(body, keys, len(above))
    # read top-aligned (every line under a number goes on its row), the numbered lines start
    # the rows' cells: unless that starts more cells in lower case, it is the reading
    if split is None or split[3] >= sum(_lower_starts(body[k]) for k in keys):
        return None
    wrap, tops, bottoms, _ = split
    header = _merge([*above, dict(lines[k].cells), *body[:wrap]], cols)
    rows = [header]
    for n, key in enumerate(keys):
        rows.append(_merge(body[key - tops[n] : key + bottoms[n] + 1], cols))
    end = k + 1 + keys[-1] + bottoms[-1] + 1
    return render_table([[r.get(c, "").replace("|", "/") for c in cols] for r in rows]), end


def _header_start(lines: list[Line], i: int) -> tuple[list[Cells], int | None]:
    """The header's first-column line, and the header lines above it (cells over its
    columns, none in the first: "Durasi   Kursi per   Biaya per" above "(JP)  Angkatan")."""
    line = lines[i]
    if i + 1 < len(lines) and len(lines[i + 1].cells) >= 3 and not lines[i + 1].gap:
        cols = [start for start, _ in lines[i + 1].cells]
        near = [nearest(cols, start) for start, _ in line.cells]
        if line.cells and None not in near and cols[0] not in near:
            return [dict(zip(near, (t for _, t in line.cells), strict=True))], i + 1
    return [], (i if len(line.cells) >= 3 else None)


def _body(lines: list[Line], j: int, cols: list[int]) -> tuple[list[Cells], list[int]]:
    """The lines under the header that sit on its columns, up to a blank line, and which of
    them carry a row number in the first column."""
    body: list[Cells] = []
    keys: list[int] = []
    while j < len(lines) and not lines[j].gap and lines[j].cells:
        cells = split_at_columns(lines[j].cells, cols)
        near = [nearest(cols, start) for start, _ in cells]
        if None in near:
            break
        row = dict(zip(near, (t for _, t in cells), strict=True))
        if cols[0] in row:
            if not _ROW_NO.fullmatch(row[cols[0]]):
                break
            keys.append(len(body))
        body.append(row)
        j += 1
    return body, keys


def _solve(
    body: list[Cells], keys: list[int], above: int
) -> tuple[int, list[int], list[int], int] | None:
    """How many lines wrap the header, each row's lines above and below its number, and how
    many rows then start a cell in lower case: the reading where every row is centred (below
    = above or above + 1) that starts the fewest cells in lower case ("perjanjian kerja" goes
    on a cell), a line between two numbers going with the row above when either fits."""
    gaps = [keys[0]] + [b - a - 1 for a, b in zip(keys, keys[1:], strict=False)]
    after = len(body) - keys[-1] - 1  # lines after the last number (the table may end sooner)
    seen: dict[tuple[int, int], tuple[int, list[int], list[int]] | None] = {}

    def rows(n: int, top: int) -> tuple[int, list[int], list[int]] | None:
        """The best reading of rows n.. when row n has ``top`` lines above its number."""
        if (n, top) not in seen:
            seen[n, top] = _rows(n, top)
        return seen[n, top]

    def _rows(n: int, top: int) -> tuple[int, list[int], list[int]] | None:
        if top < 0:
            return None
        odd = 2 * _lower_starts(body[keys[n] - top])  # a cell seldom starts in lower case
        found = None
        for extra in (0, 1):
            bottom = top + extra
            if n + 1 == len(keys):
                rest = (odd - extra, [top], [bottom]) if bottom <= after else None
            else:
                later = rows(n + 1, gaps[n + 1] - bottom)
                rest = (
                    None
                    if later is None
                    else (odd - extra + later[0], [top, *later[1]], [bottom, *later[2]])
                )
            if rest is not None and (found is None or rest[0] < found[0]):
                found = rest
        return found

    best = None
    for wrap in (above, above + 1):  # the header is centred on its first-column line too
        found = rows(0, gaps[0] - wrap)
        if found is not None and (best is None or found[0] < best[0][0]):
            best = (found, wrap)
    if best is None:
        return None
    (_, tops, bottoms), wrap = best
    return (
        wrap,
        tops,
        bottoms,
        sum(_lower_starts(body[k - t]) for k, t in zip(keys, tops, strict=True)),
    )


def _lower_starts(row: Cells) -> int:
    return sum(text[:1].islower() for text in row.values())


def _merge(lines: list[Cells], cols: list[int]) -> Cells:
    return {c: " ".join(line[c] for line in lines if c in line) for c in cols}
