"""CSV files that are not training catalogs (a quota per unit, a JP recap per division): each
row becomes one searchable unit that names every column, so "kuota Dinas Kesehatan untuk
PBJ dasar?" finds the row with its headers instead of nothing."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ingest.document import LoadedDocument, LoaderError, Section

CATALOG_SIGNS = {"tanggal_mulai", "jp", "penyelenggara", "metode", "batas_pendaftaran"}


@dataclass(frozen=True)
class CsvTable:
    rows: list[dict[str, str]]
    note: str = ""  # the lines above the header and the remarks below the rows
    above: str = ""  # the lines above the header: a title, "# sumber: ..., posisi 15 Desember"


def read_csv(data: bytes) -> CsvTable:
    """The rows under the header. Lines of one filled cell or opening with "#" above the header
    (an export's "# Rekap JP ..., posisi 15 Desember 2028", "Rekap JP 2028;;;") and records
    opening with "#" below the rows ("# Bukan kegiatan ...") are the table's note; csv.Sniffer
    took such a line, or a comma in every row ("Senin, 5 Februari" in a semicolon file), for
    the delimiter."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoaderError("CSV bukan teks UTF-8") from exc
    records = _records(text)
    # the header is the first record that is no note (a list of one column has none: its first)
    start = next((k for k, r in enumerate(records) if not _noted(r)), 0)
    header, below = (records[start] if records else []), records[start + 1 :]
    above = [_text(r) for r in records[:start]]
    remarks = [_text(r) if _marked(r) else "" for r in below]
    rows = [_row(header, r) for r, remark in zip(below, remarks, strict=True) if not remark]
    return CsvTable(rows, " ".join(above + [m for m in remarks if m]), " ".join(above))


def _records(text: str) -> list[list[str]]:
    """The file's non-empty records split by the delimiter under which the first record and
    the largest share of all ("# ..." notes aside) have one count of fields, the most fields
    on a tie ("Hari, tanggal;Biaya" over "Senin, 5 Februari 2029;Rp1.500.000,00" is two
    fields, not three); a quoted cell may hold line breaks."""
    best: tuple[tuple, list[list[str]]] = ((), [])
    for delimiter in (",", ";", "\t", "|"):
        try:
            records = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(r)]
        except csv.Error:  # a NUL byte
            continue
        table = [r for r in records[:60] if not _marked(r)]
        counts = Counter(len(r) for r in table)
        columns, having = max(counts.items(), key=lambda c: (c[1], c[0]), default=(1, 0))
        if columns < 2:
            score: tuple = (False, 0.0, 0)
        else:
            score = (len(table[0]) == columns, having / len(table), columns)
        if not best[1] or score > best[0]:
            best = (score, records)
    return best[1]


def _noted(record: list[str]) -> bool:
    """A note, not a table's record: one filled cell ("Rekap JP 2028;;;"), or "# ..."."""
    return _marked(record) or sum(bool(c.strip()) for c in record) <= 1


def _marked(record: list[str]) -> bool:
    return bool(record) and record[0].lstrip().startswith("#")


def _text(record: list[str]) -> str:
    """A note's words: "#,Dokumen fiktif, untuk evaluasi." reads "Dokumen fiktif, ..."."""
    cells = [c.strip() for c in record]
    cells[:1] = [cells[0].lstrip("#").strip()] if cells else []
    return ", ".join(c for c in cells if c)


def _row(header: list[str], record: list[str]) -> dict:
    """As csv.DictReader gives it: missing fields None, extra ones a list under None."""
    row: dict = dict(zip(header, record, strict=False))
    if len(record) > len(header):
        row[None] = record[len(header) :]
    for name in header[len(record) :]:
        row.setdefault(name, None)
    return row


def is_catalog(keys: set[str], codes: list[str]) -> bool:
    """A training catalog names its trainings and says something only a catalog says (dates,
    JP, organiser, method); each training once."""
    unique = len(set(codes)) == len(codes)
    return "nama" in keys and bool(keys & CATALOG_SIGNS) and unique


def _label(column: str) -> str:
    return " ".join(str(column).replace("_", " ").split()).strip()


def table_document(
    path: Path, rows: list[dict[str, str]], note: str = "", above: str = ""
) -> LoadedDocument:
    """Each row a section naming its columns; the table's note (its title and source above
    the header, remarks below the rows) a section of its own, the title's first sentence the
    document's title."""
    title = _note_title(above) or path.stem.replace("-", " ").replace("_", " ").capitalize()
    columns = [c for c in (rows[0].keys() if rows else []) if c is not None]
    if not columns:
        raise LoaderError("CSV tanpa baris judul kolom")
    sections = [Section([title], note)] if note else []
    for row in rows:
        cells = [(c, (row.get(c) or "").strip()) for c in columns]
        if any(value for _, value in cells):
            sections.append(row_section([], cells, title))
    if len(sections) == bool(note):
        raise LoaderError("CSV tidak berisi baris data")
    meta = {"doc_type": "tabel", "title": title, "columns": ", ".join(map(_label, columns))}
    return LoadedDocument(title=title, meta=meta, sections=sections)


def _note_title(above: str) -> str:
    """The title line's first sentence ("... posisi 15 Desember 2028). Dokumen fiktif ...");
    "Kab." or "T.A." ends no sentence; a note that only gives a source titles nothing."""
    if re.match(r"(?i)\s*(?:sumber|catatan|keterangan|ket)\s*:", above):
        return ""
    first = re.split(r"(?<=[a-z]{4}[.!?])\s", above, maxsplit=1)[0].rstrip(".")
    return first if 0 < len(first) <= 120 else ""


def row_section(above: list[str], cells: list[tuple[str, str]], title: str) -> Section:
    """One row as a unit naming every column ("unit kerja: Sekretariat"), headed by its first
    two words (not numbers) under the headings ``above`` it."""
    words = [v for _, v in cells if v and not v.replace(".", "").replace(",", "").isdigit()]
    heading = " — ".join(words[:2]) or title
    text = "\n".join(f"{_label(c)}: {v}" for c, v in cells if v)
    return Section([*above, heading], text, {"kind": "table_row"})


def markdown_table(rows: list[list[str]], *, card: bool = False) -> list[str]:
    """Table rows (DOCX, HTML) as Markdown rows under a header separator, so that a row is read
    with its column names. A cell's line breaks become spaces (a wrapped cell stays one cell);
    a table of one column is a list, not a table; a record card (``cards``) is one row under
    its labels."""
    cleaned = _cleaned(rows)
    if not cleaned:
        return []
    if max(len(row) for row in cleaned) < 2:
        return [f"- {row[0]}" for row in cleaned if row and row[0]]
    if card:
        return markdown_rows([[label for label, _ in cleaned], [value for _, value in cleaned]])
    return markdown_rows(_one_header(cleaned))


def _cleaned(rows: list[list[str]]) -> list[list[str]]:
    cleaned = [[" ".join(c.split()).replace("|", "/") for c in row] for row in rows]
    return [row for row in cleaned if any(row)]


CARD_LABELS = 3  # labels two cards must share


def cards(tables: list[list[list[str]]], *, headed: list[bool] | None = None) -> list[bool]:
    """Which of a document's tables are record cards: two columns, a label and its value per
    row ("Kode | ADL-04", "Nama pelatihan | ...", "JP | 24 JP"), the labels repeated on another
    card of the document, or (``headed``, HTML) every row headed by its own label cell. Read as
    a table, the first field would head the columns ("Kode: Prasyarat; ADL-04: ADL-03"); read
    as one record, every field keeps its label."""
    cleaned = [_cleaned(rows) for rows in tables]
    labels = [_card_labels(rows) for rows in cleaned]
    # a card's first field names its record ("Kode | ADL-04"); a plain table repeated per unit
    # ("Shift | Jam" under each unit) has the same first row every time
    keys = [rows[0][1] if own else None for rows, own in zip(cleaned, labels, strict=True)]
    headed = headed or [False] * len(tables)
    return [
        bool(own)
        and (
            headed[i]
            or any(
                j != i
                and keys[j] != keys[i]
                and len(own & other) >= max(CARD_LABELS, 0.6 * min(len(own), len(other)))
                for j, other in enumerate(labels)
            )
        )
        for i, own in enumerate(labels)
    ]


def _card_labels(rows: list[list[str]]) -> frozenset[str]:
    """The labels of a two-column table whose first column could be field names (short,
    worded, each once); empty when it cannot be a card."""
    if len(rows) < CARD_LABELS or any(len(row) != 2 for row in rows):
        return frozenset()
    firsts = [row[0] for row in rows]
    worded = all(f and len(f) <= 40 and len(f.split()) <= 6 and not f[0].isdigit() for f in firsts)
    return (
        frozenset(f.lower() for f in firsts)
        if worded and len(set(firsts)) == len(firsts)
        else frozenset()
    )


def _one_header(rows: list[list[str]]) -> list[list[str]]:
    """A header of two rows as a word processor merges it, read as one: the first row spans a
    group over columns ("Biaya (Rp)" over "Biaya per angkatan" and "Jumlah", each cell
    repeated), its other cells run down into the second ("No", "Kode", repeated below)."""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]):
        return rows
    top, sub = rows[0], rows[1]
    down = [c for c in range(len(top)) if top[c] == sub[c]]  # "Aspek" down both rows
    spanned = [
        i
        for i in range(len(top))
        if top[i] and top[i] in top[i - 1 : i] + top[i + 1 : i + 2] and i not in down
    ]
    if not spanned or not down or any(not sub[i] for i in spanned):
        return rows
    return [[_label_under(above, below) for above, below in zip(top, sub, strict=True)], *rows[2:]]


def _label_under(above: str, below: str) -> str:
    """ "Biaya (Rp)" over "Jumlah": "Jumlah (Rp)"; "Realisasi JP" over "2025": "Realisasi JP
    2025"; a cell running down both rows: itself."""
    unit = _UNIT.search(above)
    if above == below or above in below:
        return below
    if unit:
        return below if unit.group(0) in below else f"{below} {unit.group(0)}"
    return f"{above} {below}"


_UNIT = re.compile(r"\([^)]*\)$")  # "Biaya (Rp)": the unit a group's columns are in


def without_separators(rows: list[list[str]]) -> list[list[str]]:
    """A form's colons between label and value ("Nama | : | Budi", "KESATU | : Mengubah ...")
    are no cells: a column of colons only is dropped, a colon opening every value of a column
    is cut. A header row above the values has none."""
    width = max((len(row) for row in rows), default=0)
    padded = [row + [""] * (width - len(row)) for row in rows]
    keep = []
    for c in range(width):
        cells = [row[c].strip() for row in padded[1:] or padded if row[c].strip()]
        if c and cells and all(cell == ":" for cell in cells):
            continue
        if c and cells and all(cell.startswith(":") for cell in cells):
            padded = [[*r[:c], _uncoloned(r[c]), *r[c + 1 :]] for r in padded]
        keep.append(c)
    return [[row[c] for c in keep] for row in padded] if keep else rows


def _uncoloned(cell: str) -> str:
    return cell.strip().removeprefix(":").strip()


def markdown_rows(rows: list[list[str]]) -> list[str]:
    """The first row as the header, a separator under it, then the other rows."""
    return pipe_rows(without_separators(rows))


def pipe_rows(rows: list[list[str]]) -> list[str]:
    """``markdown_rows`` for rows already without a form's colon cells."""
    out = ["| " + " | ".join(row) + " |" for row in rows]
    return [out[0], "|" + "---|" * len(rows[0]), *out[1:]]
