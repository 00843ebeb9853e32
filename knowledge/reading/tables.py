"""Reading a table's cells against the question: the cell of the office or row the question
names, amounts in cells labelled as money, the total row when the whole table's total is
asked, and a table whose every row is about another batch or year than the one asked."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.reading.about import contradicts, names_asked
from knowledge.reading.question import Question
from knowledge.reading.units import EMPHASIS, ROW_UNIT, rows_and_prose
from knowledge.reading.vocabulary import (
    COUNT_WORDS,
    MONEY_WORDS,
    NOT_HEADS,
    ORDINAL_UNITS,
    UNIT_WORDS,
)
from knowledge.text.tokens import tokenize

_MONEY_STEMS = frozenset(tokenize(" ".join(MONEY_WORDS)))
_MEASURES = set(UNIT_WORDS) - {"orang", "peserta"}  # what a count of people is not given in
_FRAME_LABELS = frozenset(tokenize(" ".join((*ORDINAL_UNITS, "tahun bulan no nomor kode"))))
_DIGITS = frozenset(str(n) for n in range(100))
_PERIODS = frozenset(tokenize("triwulan semester caturwulan"))
_COUNT_STEMS = frozenset(tokenize(" ".join((*COUNT_WORDS, "peserta", "orang", "kuota", "unit"))))
# what frames a column of counts of people, not whose they are: "Jumlah Pegawai PPPK"
_COUNT_FRAME = frozenset(tokenize(" ".join((*COUNT_WORDS, "pegawai", "orang", "peserta"))))
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{2})?")  # "350.000", "1.500.000", "58.400.000,00"
# a table's total row, its first cell "Jumlah seluruhnya" or "TOTAL" ("Kegiatan: Jumlah ...")
_TOTAL_ROW = re.compile(r"^(?:\|\s*|[^:|\n]{1,40}:\s*)(?:jumlah|total)\b", re.I)
# a label's code or acronym in brackets ("(SMB-30-10)", "(TKB)"), not a qualifier ("(Tingkat
# I)", "(2030)", "(Dasar)") that tells its column from another's
_GLOSS = re.compile(r"\(\s*((?=[A-Z0-9-]*[A-Z])[A-Z][A-Z0-9-]{1,11})\s*\)")
# a table row's cell on its own line, a bare number after its label
_CELL = re.compile(r"^[ \t]*([^:\n]{1,60}):[ \t]*(\d[\d.,]*)[ \t]*$", re.M)
_PAIR = re.compile(r"^[ \t]*([^:\n]{1,60}):[ \t]*(.*?)[ \t]*$", re.M)  # any cell, a line each


def cells_of(text: str, units: tuple[str, ...]) -> list[str]:
    """ "berapa push-up ..." of the row line "push up 1 menit min: 17": the numbers of the
    cells whose label names the counted unit, one way of writing it ("shuttle run maks detik:
    21,5" for seconds, "durasi jp: 24" for JP)."""
    ways = [set(tokenize(u)) for u in units if tokenize(u)]
    return _labelled_cells(text, lambda label, _: any(way <= set(tokenize(label)) for way in ways))


def named_cells(text: str, q: Question) -> list[str]:
    """ "kuota BPD-09 gerai samsat brp org" of the row "... Gerai Samsat: 15 ...": a quota or
    recap with a column per office or ward gives the number asked of one in the cell it labels,
    whatever unit the asker put on it (the table's title says what is counted). The label is
    a name the question writes in full, not a unit, a "total" or a "jumlah", and the number
    is not one the asker wrote ("tahun: 2026"). A count of people only: "brp JP ... kantor
    pusat" is not the office's quota (a unit of measure asked reads no such cell)."""
    return [value for _, value in named_pairs(text, q)]


def one_cell_asked(text: str, q: Question) -> bool:
    """ "kuota BPD-08 UPT Wilayah I": the question names one office's cell of the row and no
    other cell ("total semua ruangan?" or a second course's column asks those too), so the
    row's name and that cell answer it, not every office's count."""
    named = named_pairs(text, q)
    if not named:
        return False
    asked = q.words
    told = set().union(*(_label_words(label) for label, _ in named))
    others = set().union(*(_label_words(label) for label, _ in _CELL.findall(text))) - told
    return not (asked - told) & others


def named_pairs(text: str, q: Question) -> list[tuple[str, str]]:
    """The (label, number) cells of a row whose label the question names in full; a label
    naming only a batch, a year or a code ("angkatan: 2", "tahun: 2027") is no office's, and
    "Lulus" gives way to the "Tidak Lulus" the question names."""
    if q.kind != "number":
        return []
    measured = bool(set(q.units) & _MEASURES)  # "brp JP": no office's count of people
    asked = q.words
    units = set(tokenize(" ".join(q.units)))
    own = set(re.findall(r"\d+", q.text))
    # a period's column counts what the table counts: "JP triwulan III" of a JP recap (a
    # label says "JP"), not of a recap of participants
    labels = _CELL.findall(text)
    periods = not measured or any(units & _label_words(label) for label, _ in labels)
    found = [
        (label, value, words)
        for label, value in labels
        if (words := _label_named(label, asked) - _COUNT_FRAME)  # "Jumlah Pegawai ..."
        and words <= asked
        and not words & units
        # "PPPK Paruh Waktu" names whose count it is; "Waktu", "Total Kuota" do not
        and (
            (not measured and words - NOT_HEADS - _COUNT_STEMS - _FRAME_LABELS - _DIGITS)
            or (periods and _numbered_period(words))
        )
        and value not in own
    ]
    return [
        (label, value) for label, value, words in found if not any(words < o for *_, o in found)
    ]


def _numbered_period(words: frozenset[str]) -> bool:
    """ "Triwulan III", "Semester 2": a column of one numbered period of the year, its number
    in the label (asked: "JP triwulan III bidang X"); "Angkatan: 2" labels a batch's number,
    and "Golongan III" counts people of a rank, no period."""
    return bool(words & _PERIODS) and bool(words & _DIGITS) and words <= _PERIODS | _DIGITS


def _label_named(label: str, asked: frozenset[str] | set[str]) -> frozenset[str]:
    """A label's words as the question names it: "Desain Grafis Promosi (SMB-30-10)" is
    named by its name without the bracketed code, or by the code alone ("kuota TKB"
    of "Teknik Komunikasi Budaya (TKB)" names the acronym)."""
    words = _label_words(label)
    gloss = _GLOSS.search(label)
    if gloss is None or words <= asked:
        return words
    bare, inner = _label_words(_GLOSS.sub(" ", label)), _label_words(gloss.group(1))
    return inner if inner and inner <= asked else bare


@lru_cache(maxsize=8192)
def _label_words(label: str) -> frozenset[str]:
    """A column label's stems (the same labels repeat on every row of a table)."""
    return frozenset(tokenize(label))


def cell_line(label: str, value: str) -> re.Pattern:
    """A named cell as a sentence unit holds it: lines may be joined, spaced either way."""
    return re.compile(rf"(?<!\w){re.escape(label.strip())}\s*:\s*{re.escape(value)}(?![\d.,]*\d)")


def money_cells(text: str, heading: str) -> list[str]:
    """ "sewa lab utk instansi lain brp" of a tariff table's row "asn instansi lain: 500.000":
    an amount grouped in thousands without "Rp" is money in a cell whose label, or whose
    table's title, names money ("Tarif fasilitas ...", "Standar biaya ...")."""
    titled = bool(set(tokenize(heading)) & _MONEY_STEMS)

    def money(label: str) -> bool:  # "Jumlah Peserta: 1.200" under "Rekap biaya ..." counts
        words = set(tokenize(label))
        return bool(words & _MONEY_STEMS) or (titled and not words & _COUNT_STEMS)

    return _labelled_cells(
        text, lambda label, value: bool(_GROUPED.fullmatch(value)) and money(label)
    )


def _labelled_cells(text: str, fits) -> list[str]:
    """The numbers of a row's cells (one "label: number" a line) whose label and value fit."""
    return [value for label, value in _CELL.findall(text) if fits(label, value)]


def total_asked(text: str, q: Question, idf: dict[str, float]) -> bool:
    """ "total alokasi anggaran pengembangan kompetensi", "jumlah seluruh anggaran": the
    table's total row, when what the question names is what the whole table is about (its
    caption or lead-in); "total peserta pelatihan kepemimpinan pengawas" names one row's item,
    which that row answers. A word in a third of the passages or more (the agency's name, the
    year) names no row's item."""
    if not asks_total(q):
        return False
    table_rows, lines = rows_and_prose(text)
    rows = [row for row in table_rows if not is_total_row(row)]
    prose = set(tokenize(lines))
    # a row's own values name its item; its labels ("Jumlah preseptee") are every row's
    in_rows = {
        w for row in rows for cell in row.split("; ") for w in tokenize(cell[1 + cell.find(":") :])
    }
    # the asker's own words: an acronym's written-out name ("layanan edukasi pelatihan ...")
    # shares words with any row
    own = {alt for g in q.groups for alt in g if " " not in alt}
    asked = {w for w in own if idf.get(w, CONTEXT_IDF) >= CONTEXT_IDF}
    return not (asked & in_rows) - prose - {"total", "jumlah"}


def names_a_row(text: str, q: Question, idf: dict[str, float]) -> bool:
    """Does the question name this row by one of its own values ("... Loket MPP", a code, a
    name), not only by the column labels every row of its table has ("persen ASN yang capai
    target")? A word in a third of the passages or more (the agency, the year) names none."""
    labels, values = set(), set()
    for label, value in _PAIR.findall(text):
        labels |= _label_words(label)
        values |= set(tokenize(value))
    values -= labels
    return any(
        (words := set(alt.split())) <= values
        and (len(words) > 1 or idf.get(alt, CONTEXT_IDF) >= CONTEXT_IDF)
        for g in q.groups
        for alt in g
    )


def names_the_whole(text: str) -> bool:
    """A total row named as the whole ("JUMLAH", "TOTAL DINSOS", "Jumlah seluruhnya",
    "JUMLAH / RATA-RATA"), not an item counted ("Indikator: Jumlah inovasi pelayanan")."""
    # the first cell that is no running number ("No: Jumlah" when the number column holds it)
    first = next((v for _, v in _PAIR.findall(text) if v.strip() and not v.strip().isdigit()), "")
    words = first.replace("/", " ").split()
    if not words or words[0].lower() not in ("jumlah", "total"):
        return False
    return all(w.isupper() or w.lower() in _WHOLE_WORDS for w in words[1:])


_WHOLE_WORDS = frozenset(
    ("seluruh", "seluruhnya", "keseluruhan", "semua", "total", "rata-rata", "-")
)


def row_labels(text: str) -> set[str]:
    """A table row's column labels, one "label: value" a line ("No" left out)."""
    return {" ".join(label.lower().split()) for label, _ in _PAIR.findall(text)} - {"no"}


CONTEXT_IDF = 1.0  # idf below which a word is in about a third of the passages or more
# "jumlah seluruh anggaran", "jumlah penguji binaan seluruhnya", "total jp semua unit"
_WHOLE = re.compile(r"\b(?:jumlah|total)\b.{0,40}\b(?:seluruh(?:nya)?|keseluruhan|semua)\b")


def asks_total(q: Question) -> bool:
    """ "total JP ASN 2025 brp", "jumlah seluruh anggaran": a total is asked."""
    return q.kind in ("number", "money") and ({"total"} in q.groups or bool(_WHOLE.search(q.text)))


def is_total_record(text: str) -> bool:
    """A table file's row that is its total ("Seksi: JUMLAH DINSOS ..."), read as a passage
    of its own (a CSV or workbook row): its first cells hold "jumlah" or "total"."""
    return any(_TOTAL_ROW.match(EMPHASIS.sub("", line)) for line in text.splitlines()[:2])


def every_row_another(text: str, q: Question, headings: tuple[str, ...] = ()) -> bool:
    """A passage that is a table of several rows is about what is asked only if one row is:
    read whole, "DHB-12 ... Angk. I; Angk. II" beside "DHB-13 ... Angk. III" names the asked
    batch of DHB-12, though only another course has it. A caption or heading naming the asked
    batch or year ("Peserta Angkatan II") says every row is of it."""
    rows, prose = rows_and_prose(text)
    if len(rows) < 2 or len(prose) > TABLE_PROSE or names_asked("\n".join((*headings, prose)), q):
        return False
    return all(contradicts(row, q, headings=headings, table_row=True) for row in rows)


TABLE_PROSE = 200  # characters of a table passage's own text (its caption) beside its rows


def is_total_row(unit: str) -> bool:
    return bool(ROW_UNIT.match(unit) and _TOTAL_ROW.match(EMPHASIS.sub("", unit)))
