"""The row of a table holding the most or the least of a column: "pelatihan mana yang JP-nya
paling banyak", "siapa peserta dengan nilai post-test tertinggi", "aspek mana yang bobotnya
paling kecil". No sentence says which row that is; a reader finds it by comparing the column's
cells, and so does this."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.answers.rows import TableRows, is_table_header, table_body, table_of
from knowledge.reading.passages import group_hits
from knowledge.reading.question import Question
from knowledge.reading.units import table_cells
from knowledge.search.searcher import Hit, is_row
from knowledge.text.dates import is_year
from knowledge.text.tokens import tokenize

MOST = "banyak besar tinggi lama mahal tua panjang luas"
LEAST = "sedikit kecil rendah singkat murah muda pendek"
_SUPERLATIVE = re.compile(
    rf"\b(?:paling\s+({'|'.join((MOST + ' ' + LEAST).split())})|ter({'|'.join(MOST.split())}|"
    rf"{'|'.join(LEAST.split())})|(terendah))\b"
)
_WHICH = re.compile(r"\b(?:mana|siapa|apa)\b")
_ROWS_ARE = re.compile(r"\bsiapa\s+(\w+)|\b(\w+)\s+mana\b")
_HOW_MUCH = re.compile(r"\b(?:berapa|brp|kapan|kpn)\b")
# "paling sedikit harus dipakai", "paling lama diserahkan": a rule's bound, no row's rank
_RULE_SAYS = re.compile(r"\s*(?:harus|wajib|perlu|dapat|boleh|bisa|di\w+kan)\b")
# a cell that is an amount and nothing else: "24", "80,0", "25%", "Rp1.250.000", "40 JP"
_AMOUNT = re.compile(
    r"(?:rp\.?\s?)?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s?"
    r"(?:%|persen|jp|orang|peserta|jam|hari|menit|bulan|kali|pertemuan)?",
    re.I,
)
_TOTAL = re.compile(r"[*_\s]*(?:jumlah|total|seluruh|semua|keseluruhan)\b\s*", re.I)
NAMING_WORDS = 6  # words before the superlative read as naming its column
_PERCENT = re.compile(r"%|\bpersen|\bprosentase")
# words that name no column of their own: "jumlah pelanggaran tertinggi" is not "Jumlah Pegawai"
_GENERIC = frozenset(tokenize("jumlah total nilai angka rata banyak besar"))
_AVERAGE = frozenset(tokenize("rata-rata ratarata rerata"))
# "paling" is a function word to the tokenizer, a term of the question's groups
_RANKING = frozenset(tokenize(f"{MOST} {LEAST} tertinggi terendah")) | {"paling"}
TOP_HITS = 5  # passages whose tables are compared
MIN_ROWS = 3  # fewer rows are read, not compared
MAX_SHOWN = 3  # rows tied for the extreme, shown


@dataclass(frozen=True)
class Extreme:
    most: bool  # the largest, or the smallest
    column: str  # the header the question names
    rows: list[str]  # the rows holding it, each "Label: cell; Label: cell"
    hit: Hit  # the passage the first of them was read from


@dataclass(frozen=True)
class Table:
    rows: list[dict[str, str]]  # cells by header, total rows left out
    hits: list[Hit]  # the passage each row was read from
    words: frozenset[str]  # the stems of its title, section, headers and cells
    titled: frozenset[str] = frozenset()  # the stems of its title and section


def asks_extreme(text: str) -> tuple[bool, list[str]] | None:
    """(True for "which ... the most", False for "... the least"; the words just before the
    superlative, which name the column: "total JP tertinggi"); None when the question asks no
    row by its rank ("paling banyak berapa JP", "paling lama kapan", "APD apa saja yang paling
    sedikit harus dipakai": a bound a rule sets, not a row)."""
    text = text.lower()
    match = _SUPERLATIVE.search(text)
    if match is None or not _WHICH.search(text):
        return None
    before = re.split(r"[,;?]|\bdan\b", text[: match.start()])[-1]
    after = re.split(r"[,;?]|\bdan\b", text[match.end() :])[0]
    if _HOW_MUCH.search(before + after) or _RULE_SAYS.match(after):
        return None
    word = next(g for g in match.groups() if g)
    return word in MOST.split(), tokenize(text[: match.start()])[-NAMING_WORDS:]


def _rows_are(text: str) -> set[str]:
    """ "siapa peserta ... tertinggi", "unit mana ...": what the rows are, which a table of
    names and scores need not write."""
    match = _ROWS_ARE.search(text)
    return set(tokenize(match.group(1) or match.group(2))) if match else set()


def amount(cell: str) -> float | None:
    """The cell's amount, when the cell is an amount and nothing else."""
    match = _AMOUNT.fullmatch(cell.strip().strip("*"))
    if match is None:
        return None
    return float(match.group(1).replace(".", "").replace(",", "."))


class Extremes:
    def __init__(self, rows: TableRows) -> None:
        self.rows = rows

    def find(self, q: Question, hits: list[Hit]) -> Extreme | None:
        """The column the question names best among the tables of the first passages, and its
        extreme rows; None when no table there has a column of amounts the question names by
        a word of its own (not only "jumlah"), when two columns are named as well ("capaian
        JP" over "rata-rata JP" and "total JP"), when an average is asked and the column is
        none ("rata2 JP paling rendah" over each person's target), or the table lacks a word
        of the question ("nilai tertinggi pelatihan BMD" over the SIPD class's scores)."""
        asks = asks_extreme(q.raw)  # as written: "jp" not followed by "jam pelajaran"
        if asks is None:
            return None
        most, near = asks
        asked, idf = set(tokenize(q.text)), self.rows.searcher.idf
        percent = bool(_PERCENT.search(q.text))
        average = bool(asked & _AVERAGE)  # "rata2 JP paling rendah": an average's column only
        rows_are = _rows_are(q.text)  # a table naming them too comes first
        groups = [g for g in q.groups if not g & _RANKING and not g & rows_are]
        # "tahun 2027": the year names it, not "tahun"
        if any(is_year(w) for g in groups for w in g):
            groups = [g for g in groups if g != {"tahun"}]
        named_rows = [g for g in q.groups if g & rows_are]
        found: tuple[tuple, str, Table] | None = None
        tied = False  # another column named as well: which one is meant is not known
        seen: set = set()  # a table file's rows found by several hits: read once
        for hit in hits[:TOP_HITS]:
            key = table_of(hit.chunk) if is_row(hit) else hit.chunk.id
            if key in seen:
                continue
            seen.add(key)
            for table in self._tables(hit):
                stems = set(table.words)
                if not all(group_hits(groups, stems)):
                    continue
                whole = all(group_hits(named_rows, stems))
                for column in _amount_columns(table.rows):
                    words = set(tokenize(column))
                    if _counts_the_titled(column, near, table, rows_are) and not average:
                        # "diklat mana yang kursinya terbanyak" over "Alokasi kursi
                        # pelatihan" per unit: its "total" column counts the seats of a row
                        score = (whole, -1, 0.0)
                    elif not (asked & words) - _GENERIC or (average and not words & _AVERAGE):
                        continue
                    else:
                        named = [w for w in near if w in words]
                        shares = percent and _percent_column(table.rows, column)
                        score = (whole, len(named) + shares, sum(idf.get(w, 0.0) for w in named))
                    if found is None or score > found[0]:
                        found, tied = (score, column, table), False
                    elif score == found[0] and column != found[1]:
                        tied = True
        if found is None or tied:
            return None
        _, column, table = found
        valued = [(amount(row.get(column, "")), k) for k, row in enumerate(table.rows)]
        valued = [(v, k) for v, k in valued if v is not None]
        edge = max(v for v, _ in valued) if most else min(v for v, _ in valued)
        at = [k for v, k in valued if v == edge][:MAX_SHOWN]
        return Extreme(most, column, [_line(table.rows[k]) for k in at], table.hits[at[0]])

    def _tables(self, hit: Hit) -> list[Table]:
        """The tables a passage belongs to: a table file's every row; a Markdown table's rows
        in every passage it is cut across."""
        heads = f"{hit.chunk.title} {hit.chunk.section}"
        if is_row(hit):
            chunks = self.rows.table_chunks(table_of(hit.chunk))
            kept = [(_pairs(c.text), Hit(c, hit.score)) for c in chunks]
            kept = [(row, h) for row, h in kept if not _total(row)]
            return [_table([r for r, _ in kept], [h for _, h in kept], heads)]
        return [
            _table(rows, [hit] * len(rows), heads)
            for rows in (
                [r for r in table if not _total(r)]
                for table in markdown_tables(self.rows.whole_table(hit.chunk))
            )
        ]


def _table(rows: list[dict[str, str]], hits: list[Hit], heads: str) -> Table:
    cells = " ".join(f"{label} {cell}" for row in rows for label, cell in row.items())
    said = " persen persentase" if "%" in cells else ""  # "37,0%" is said "37 persen"
    return Table(
        rows, hits, frozenset(tokenize(f"{heads} {cells}{said}")), frozenset(tokenize(heads))
    )


def _counts_the_titled(column: str, near: list[str], table: Table, rows_are: set[str]) -> bool:
    """A row's "Total" or "Jumlah" column counts what the table's title counts, when the
    question names that (a word its title has, no column's label) right before the
    superlative, and asks for rows of the kind the table's rows are ("pelatihan mana": a
    label or cell of its rows names trainings; "unit mana" over trainings x units asks a
    column)."""
    if not _TOTAL.fullmatch(column):
        return False
    labels = {w for row in table.rows[:1] for label in row for w in tokenize(label)}
    if rows_are and not rows_are <= labels:
        return False
    return any(w in table.titled and w not in labels | _GENERIC | _RANKING for w in near)


def _percent_column(rows: list[dict[str, str]], column: str) -> bool:
    return bool(_PERCENT.search(column)) or any(row.get(column, "").endswith("%") for row in rows)


def markdown_tables(text: str) -> list[list[dict[str, str]]]:
    """Every Markdown table of a text, each row a dict of its cells by header."""
    lines, tables = text.split("\n"), []
    for k in range(len(lines) - 1):
        if is_table_header(lines, k):
            header = table_cells(lines[k])
            rows = (table_cells(row) for row in table_body(lines, k))
            tables.append(
                [dict(zip(header, c, strict=True)) for c in rows if len(c) == len(header)]
            )
    return tables


def _pairs(text: str) -> dict[str, str]:
    """A table file's row, one "Label: cell" a line."""
    pairs = (line.split(":", 1) for line in text.split("\n") if ":" in line)
    return {label.strip(): cell.strip() for label, cell in pairs}


def _total(row: dict[str, str]) -> bool:
    """A total row ("Jumlah", "TOTAL") or a note row (its first cells empty)."""
    cells = list(row.values())[:2]
    return not any(cells) or any(_TOTAL.match(cell) for cell in cells)


def _amount_columns(table: list[dict[str, str]]) -> list[str]:
    """The columns whose cells are amounts in two rows of three or more."""
    if len(table) < MIN_ROWS:
        return []
    columns = dict.fromkeys(label for row in table for label in row)
    return [
        c
        for c in columns
        if 3 * sum(amount(row.get(c, "")) is not None for row in table) >= 2 * len(table)
        and not re.fullmatch(r"(?i)no\.?|nomor|nip|kode|tahun", c)
    ]


def _line(row: dict[str, str]) -> str:
    return "; ".join(f"{label}: {cell}" for label, cell in row.items() if cell)
