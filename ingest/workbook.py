"""Excel workbooks (.xlsx), the form an agency keeps its recaps and schedules in: each sheet's
rows become searchable units that name their columns, as a CSV's do, read under the sheet's
title rows ("REKAPITULASI CAPAIAN JP ... TAHUN 2025") and the group row above them ("MARET
2026"); a header of two rows under a cell merged over columns names both ("Jumlah Pegawai
PPPK"); a sheet of notes is text."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from ingest.document import LoadedDocument, LoaderError, Section
from ingest.tables import row_section
from knowledge.text.dates import format_date


def load_xlsx(path: Path, data: bytes) -> LoadedDocument:
    import openpyxl

    try:  # cached values of formulas, as the spreadsheet shows them
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # a broken zip or xml raises many kinds
        raise LoaderError(f"XLSX rusak atau tidak dapat dibaca ({exc.__class__.__name__})") from exc
    sections = []
    for sheet in book.worksheets:
        if sheet.sheet_state == "visible":
            grid = _grid(sheet)
            sections += sheet_sections(sheet.title, grid, _spans(sheet, grid))
    if not sections:
        raise LoaderError("XLSX tidak berisi data")
    title = (book.properties.title or "").strip() or path.stem.replace("-", " ").capitalize()
    meta = {"doc_type": "tabel", "title": title}
    return LoadedDocument(title=title, meta=meta, sections=sections)


# a sheet is read to its last written row: a formatted cell far below the data (row 300000)
# would otherwise make millions of empty cells; reading stops after this many empty rows
EMPTY_ROWS_ENOUGH = 500
_ERROR = re.compile(r"#(?:DIV/0!|N/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def cell_text(value, number_format: str = "General") -> str:
    """A cell as an Indonesian document writes it: "20,6", "3048", "350.000" (a column
    formatted with thousands), "72,5%", "15 Maret 2026"; an error ("#DIV/0!") is no text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, dt.datetime):  # a date cell; its time only when one is set
        timed = (value.hour, value.minute) != (0, 0)
        return format_date(value.date()) + (f" {value:%H.%M}" if timed else "")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return f"{value:%H.%M}"
    if isinstance(value, int | float):
        return _number(value, number_format or "General")
    text = " ".join(str(value).split())
    return "" if _ERROR.fullmatch(text) else text


def _number(value: float, number_format: str) -> str:
    percent = "%" in number_format
    value = value * 100 if percent else value
    whole, _, fraction = f"{abs(value):.6f}".rstrip("0").partition(".")
    if "," in number_format.split(";")[0] and len(whole) > 3:  # "#,##0": thousands shown
        whole = f"{int(whole):,}".replace(",", ".")
    text = ("-" if value < 0 else "") + whole + (f",{fraction}" if fraction else "")
    return text + ("%" if percent else "")


def _grid(sheet) -> list[list[str]]:
    """Every cell's text to the last written row; a merged cell's text fills the range it
    covers, except a cell merged over a whole row (a title or group row), which stays one."""
    grid: list[list[str]] = []
    empty = 0
    for row in sheet.iter_rows():
        texts = [cell_text(c.value, c.number_format) for c in row]
        empty = 0 if any(texts) else empty + 1
        if empty > EMPTY_ROWS_ENOUGH:
            break
        grid.append(texts)
    while grid and not any(grid[-1]):
        grid.pop()
    width = max((max((i + 1 for i, t in enumerate(r) if t), default=0) for r in grid), default=0)
    grid = [r[:width] for r in grid]
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if merged.max_col - merged.min_col + 1 >= width or top >= len(grid) or left >= width:
            continue
        text = grid[top][left]
        for r in range(top, min(merged.max_row, len(grid))):
            for c in range(left, min(merged.max_col, width)):
                grid[r][c] = text
    return grid


def _spans(sheet, grid: list[list[str]]) -> set[int]:
    """The rows (0-based) holding a cell merged over several columns but not the whole written
    width (the grid's, not the sheet's: a formatted cell far right widens the sheet): a header
    cell over sub-columns."""
    width = max((len(r) for r in grid), default=0)
    return {
        m.min_row - 1 for m in sheet.merged_cells.ranges if 1 < m.max_col - m.min_col + 1 < width
    }


def _is_label(row: list[str]) -> bool:
    """No figure among the cells, a year aside ("Unit | 2024 | 2025")."""
    return all(
        _YEAR.fullmatch(c) or not c.replace(".", "").replace(",", "").isdigit() for c in row if c
    )


def _sub_header(header: list[str], below: list[str]) -> bool:
    """ "Jumlah Pegawai" merged over "PNS | PPPK": the row under a header is its second row
    when it holds labels only under a cell spanning columns (elsewhere it is empty or the
    same cell merged down); a first row of data fills its other columns too."""
    if not _is_label(below):
        return False
    spanning = {c for c in header if c and header.count(c) > 1}
    return all(
        not sub or sub == top or top in spanning for top, sub in zip(header, below, strict=False)
    )


def sheet_sections(name: str, grid: list[list[str]], spans: set[int]) -> list[Section]:
    """A sheet's title lines, header and rows: the first row that fills at least half the
    sheet's width with labels is the header; a row of one cell is a title above it, a group
    row among the rows, a note below them."""
    filled = [[c for c in row if c] for row in grid]
    width = max((len(set(r)) for r in filled), default=0)
    at = next(
        (i for i, r in enumerate(filled) if len(set(r)) >= max(2, width / 2) and _is_label(r)),
        None,
    )
    if at is None or width < 2:  # a sheet of notes
        lines = [" ".join(r) for r in filled if r]
        return [Section([name], "\n".join(lines), {})] if lines else []
    # "JP per bulan" merged over "Jan ... Sep": the row above the sub-columns is the header's
    # first row, though its merged cell repeats one label (the sub-columns are more labels)
    if (
        at > 0
        and at - 1 in spans
        and _is_label(grid[at - 1])
        and _sub_header(grid[at - 1], grid[at])
    ):
        at -= 1
    titles = [" ".join(dict.fromkeys(r)) for r in filled[:at] if r]
    header = grid[at]
    rows = grid[at + 1 :]
    if at in spans and rows and _sub_header(header, rows[0]):
        pairs = zip(header, rows[0], strict=False)
        header = [top if sub in ("", top) else f"{top} {sub}" for top, sub in pairs]
        rows = rows[1:]
    # the sheet's name too when the title does not say it ("2025", "2026" under one title)
    caption = titles[0] if titles else name
    if titles and name.lower() not in caption.lower() and not name.lower().startswith("sheet"):
        caption = f"{caption} ({name})"
    sections, group, single = [], None, []
    for row in rows:
        cells = [c for c in row if c]
        if not cells:
            continue
        if len(set(cells)) == 1 and width >= 3:  # "MARET 2026", or a note under the table
            single.append(cells[0])
            continue
        group, single = (" — ".join(single), []) if single else (group, single)
        headings = [caption, group] if group else [caption]
        sections.append(row_section(headings, list(zip(header, row, strict=False)), caption))
    notes = [*titles[1:], *single]  # the lines under the title, and those under the rows
    if notes:
        sections.insert(0, Section([caption], "\n".join(notes), {}))
    return sections
