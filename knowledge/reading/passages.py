"""Passage reading: split a chunk into sentences, score them against the question, and tell
whether a passage holds the kind of fact that was asked (a number, an amount, a date)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from knowledge.reading.about import (
    MONTH_FORMS,
    MONTH_NAMES,
    ages_in_bands,
    asking_words,
    contradicts,
    names_asked,
    names_level,
    ordinals,
    other_levels,
)
from knowledge.reading.question import (
    COUNT_WORDS,
    MONEY_WORDS,
    NOT_HEADS,
    ORDINAL_UNITS,
    RATE_WORDS,
    UNIT_WORDS,
    Question,
)
from knowledge.text.tokens import common_words, tokenize

# a list item: "- x", "1. x", "a. x", "b) x" ("a." is a marker, not a sentence; "(1) ..."
# paragraphs of a regulation stay sentences: kept whole they made near-domain questions look covered)
ITEM_START = re.compile(r"^(?:[-*•]|\d{1,3}[.)]|[a-zA-Z][.)])\s")
_ABBREV = re.compile(
    r"\b(jo|no|nomor|dll|dsb|dst|hlm|tgl|rp|kab|prov|kec|ps|ayat|a\.n|u\.p|s\.d|dr|ir|drs|st|sdr|hj"
    r"|jl|ns|apt)\.$",
    re.I,
)
FACT_KINDS = ("number", "money", "date", "day", "contact", "name", "who", "definition", "list")
NEAR_MIN_COVERAGE = 0.5  # share of the question's topic the fact's own sentence must name
DEFINED_SHARE = 0.8  # "sistem merit ASN itu apa": a sentence defining "ASN" does not answer
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[A-Z0-9])")
NUMBER_WORDS = (
    "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas|"
    "seratus|puluh|belas|ratus|ribu|setengah|separuh"
)
_NUMBER = re.compile(rf"(?:\b|(?<=rp))(\d+(?:[.,]\d+)*|{NUMBER_WORDS})\b", re.I)  # "Rp5.000"
_MONEY = re.compile(r"\brp\.?\s?\d|\brupiah\b|\bjuta\b", re.I)
_CONTACT = re.compile(  # "0812-4400-7315", "+62 812 ...", "(0986) 221-4470", an address
    r"(?:\+62|\b62|\b0)\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,5}\b|[\w.+-]+@[\w-]+\.[\w.]+"
)
_PERSON = re.compile(
    r"\b(?:Dr|Drs|Dra|Ir|Prof|Hj?|Bapak|Ibu|Bpk|Sdr|Sdri)\.?\s+[A-Z][a-z]+"
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+,\s*(?:S|M|Dr|A)\.[A-Za-z.]+"
)
_DAY = re.compile(  # "24/11/2028", "2028-11-24" (a CSV export), "24 November", "tanggal 24"
    r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?\s+("
    + MONTH_FORMS
    + r")\b|\btanggal\s+\d{1,2}\b",
    re.I,
)
_MONTH = re.compile(rf"\b({MONTH_NAMES})\b", re.I)
# When something happens: a date, a deadline with its term, a recurring period. A bare year
# names a rule, and "setelah seminar" says an order, not a time.
_DATEISH = re.compile(
    r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(paling lambat|selambat-lambatnya|sebelum|sesudah|setelah)\b[^.;]{0,40}?\b(\d+|satu|dua|tiga|"
    r"empat|lima|enam|tujuh|sepuluh|akhir|awal)\b"
    r"|\b(setiap|tiap|akhir|awal)\s+(hari|minggu|pekan|bulan|tahun|semester|triwulan|periode)\b"
    # a weekday ("ditutup hari Senin pukul 15.00", "setiap Rabu"): "Minggu" only as a day
    r"|\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|hari minggu)\b",
    re.I,
)


def _cells(line: str) -> list[str]:
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


def split_units(text: str) -> list[str]:
    """Sentences, list items and table rows: the pieces an answer may quote. A table row is
    read with its header ("Bulan: Mei; Kuota: 60") so that it stands alone in an answer."""
    units: list[str] = []
    header: list[str] | None = None
    for raw in unwrapped(text.splitlines()):
        line = raw.strip()
        if line and re.fullmatch(r"\|?[\s:|-]+\|?", line):
            continue
        if not line.startswith("|"):
            header = None
        if not line:
            continue
        if line.startswith("|"):
            cells = _cells(line)
            if header is None:
                header = cells
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
_OPEN_END = re.compile(
    r"\b(?:dan|atau|serta|yang|di|ke|dari|untuk|bagi|dengan|oleh|pada|dalam|tentang|kepada)$"
)


def unwrapped(lines: list[str]) -> list[str]:
    """Hard-wrapped text (plain text, Markdown) as its sentences: a line that does not end a
    sentence, followed by one that starts in lower case or after a word no sentence ends
    with, is the same sentence. Indented lines under a list item are its fields ("1. Asesmen
    Formatif ...\n   Hari/tanggal : ..., 6-9 Juli 2026\n   Waktu : pukul 07.30"): they stay
    with it, on their own lines, until a blank line or the next item."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        prev = out[-1] if out else ""
        if (
            line
            and prev
            and (_CONTINUES.match(line) or _OPEN_END.search(prev))
            and not ITEM_START.match(line)  # "a. ..." starts an item of its own
            and not prev.startswith("|")
            and not prev.endswith((".", "!", "?", ":", ";"))
        ):
            out[-1] = f"{prev} {line}"
        elif line and ITEM_START.match(prev) and raw[:1].isspace() and not ITEM_START.match(line):
            out[-1] = f"{prev}\n{line}"
        else:
            out.append(line)
    return out


_GLOSSARY = re.compile(r"^[-*•\s]*([^:;]{2,60}):\s+\S")
_DEFINES = re.compile(
    r"\b(adalah|merupakan|yaitu|ialah|berarti|artinya|disebut|singkatan dari)\b", re.I
)


def defines(
    text: str, q: Question, idf: dict[str, float], unknown_idf: float, *, share: float = 0.5
) -> bool:
    """A sentence that says what the asked term is ("Detasering adalah ..."), naming at least
    ``share`` of it; for "X singkatan dari apa", one that writes X out."""
    if q.asks_expansion and _expansions(q.groups):
        return states_expansion(text, q.groups)
    return defines_terms(text, q.groups, idf, unknown_idf, share=share)


def _expansions(groups: list[set[str]]) -> list[set[str]]:
    """The written-out forms the question's acronyms are known by (several words each)."""
    return [set(alt.split()) for g in groups for alt in g if " " in alt]


def states_expansion(text: str, groups: list[set[str]]) -> bool:
    """A sentence that writes out an acronym of the question ("... TELAGA (Taman Edukasi dan
    Latihan Aparatur ...)"): every word of its known expansion stands in it."""
    wanted = _expansions(groups)
    return any(
        any(words <= stems for words in wanted)
        for stems in (set(tokenize(unit)) for unit in split_units(text))
    )


def defines_terms(
    text: str,
    groups: list[set[str]],
    idf: dict[str, float],
    unknown_idf: float,
    *,
    share: float = 0.5,
) -> bool:
    """A sentence says what the asked term is, naming at least ``share`` of it."""
    for unit in split_units(text):
        head = _GLOSSARY.match(unit)  # "- Detasering (secondment): penugasan sementara ..."
        expansion = _EXPANSION.search(unit)  # "Sasaran Kinerja Pegawai (SKP)"
        said = (
            head.group(1)
            if head
            else unit
            if _DEFINES.search(unit)
            else expansion.group(0)
            if expansion
            else ""
        )
        if said and coverage(groups, set(tokenize(said)), idf, unknown_idf) >= share:
            return True
    return False


def has_table(text: str) -> bool:
    return bool(re.search(r"^\s*\|.*\|\s*$", text, re.M))


def fact_near_terms(
    text: str,
    q: Question,
    idf: dict[str, float],
    unknown_idf: float,
    heading: str = "",
    about: str = "",
) -> bool:
    """The asked kind of fact stands in a sentence that (with its heading and lead-in) names
    most of what the passage has of the question's topic, not in some other sentence of the
    same passage. Relative to the passage: chat words no document uses count for nobody.
    ``about`` (a message's headline) names the topic of every sentence, no level or title."""
    if q.kind not in FACT_KINDS:
        return True
    if q.kind == "definition":  # what the asked term itself is, all of it, or X written out
        return defines(text, q, idf, unknown_idf, share=DEFINED_SHARE) or _titled_for(
            heading, q, idf, unknown_idf
        )
    unit_stems = set(tokenize(" ".join(q.units)))
    if "pukul" in q.units:  # "jam berapa" asks a time of day: "jam" is the question's word
        unit_stems.add("jam")
    # "1 tim isinya brp orang": "1 X" means "per X", not a number the sentence must repeat
    # "dulu kan 60 hari, skrg jd brp hari": a number of another piece of the message is the
    # asker's guess or situation, not a word the sentence stating this fact must repeat
    own = set(tokenize(q.text))
    told = {t for g in q.groups for t in g if t.isdigit() and t not in own}
    topic = [g for g in q.groups if not (g & unit_stems) and g != {"1"} and not g <= told]
    units = split_units(text)
    if not topic:  # read unit by unit, as below: a table row gives "JP: 24" its header
        return any(has_fact(unit, q) for unit in units)
    whole = known_share(topic, idf, unknown_idf)
    counted = _counted_in(q, heading)
    levels = _levels_to_check(q, heading)
    head = q.head(idf) if q.kind == "number" and q.units else None
    cells = (
        _cells_of(text, q.units) + named_cells(text, q)
        if q.kind == "number"
        else _money_cells(text, heading)
        if q.kind == "money"
        else ()
    )
    for i, unit in enumerate(units):
        stated = (
            has_fact(unit, counted)
            or (head is not None and _labelled_by(unit, head))
            or any(re.search(rf"(?<![\d.,]){re.escape(v)}(?![\d.,]*\d)", unit) for v in cells)
        )
        if not stated or (levels and other_levels(unit, levels)):
            continue
        # read with the heading, the lead-in and the passage's opening sentence, which
        # names the topic later sentences refer back to ("Belajar mandiri melalui platform
        # eksternal adalah ..." ... "Bukti diunggah paling lambat 30 hari")
        context = f"{heading} {about} {units[0] if i else ''} {_with_context(units, i)}"
        near = coverage(
            topic, set(tokenize(context)) | ages_in_bands(q.text, context), idf, unknown_idf
        )
        if near > 0 and near >= NEAR_MIN_COVERAGE * whole:
            return True
    return False


def _labelled_by(text: str, head: set[str]) -> bool:
    """ "kuota ppi dasar ruang mawar brp orang" in the row "... kuota: 5 ...": a bare number in
    a column headed with what the count is asked of holds it, whatever unit the asker put on
    it; one the cell gives another unit or a month ("kuota: 2 angkatan", "pendaftaran: 12
    Maret") counts something else."""
    lowered = _EMPHASIS.sub("", text.lower())
    for match in _NUMBER.finditer(lowered):
        label = _LABEL_WORD.search(lowered[max(0, match.start() - 40) : match.start()])
        if not label or not head & set(tokenize(label.group(1))):
            continue
        after = lowered[match.end() :].split()[:1]
        if not after or not (after[0] in _COUNTED_UNITS or _MONTH.fullmatch(after[0])):
            return True
    return False


def _cells_of(text: str, units: tuple[str, ...]) -> list[str]:
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
    return [value for _, value in _named_pairs(text, q)]


def one_cell_asked(text: str, q: Question) -> bool:
    """ "kuota BPD-08 UPT Wilayah I": the question names one office's cell of the row and no
    other cell ("total semua ruangan?" or a second course's column asks those too), so the
    row's name and that cell answer it, not every office's count."""
    named = _named_pairs(text, q)
    if not named:
        return False
    asked = q.words
    told = set().union(*(_label_words(label) for label, _ in named))
    others = set().union(*(_label_words(label) for label, _ in _CELL.findall(text))) - told
    return not (asked - told) & others


def _named_pairs(text: str, q: Question) -> list[tuple[str, str]]:
    """The (label, number) cells of a row whose label the question names in full; a label
    naming only a batch, a year or a code ("angkatan: 2", "tahun: 2027") is no office's, and
    "Lulus" gives way to the "Tidak Lulus" the question names."""
    if q.kind != "number" or set(q.units) & _MEASURES:
        return []
    asked = q.words
    units = set(tokenize(" ".join(q.units)))
    own = set(re.findall(r"\d+", q.text))
    found = [
        (label, value, words)
        for label, value in _CELL.findall(text)
        if (words := _label_words(label) - _COUNT_FRAME)  # "Jumlah Pegawai Tenaga Alih Daya"
        and words <= asked
        and not words & units
        # "PPPK Paruh Waktu" names whose count it is; "Waktu", "Total Kuota" do not
        and words - NOT_HEADS - _COUNT_STEMS - _FRAME_LABELS - _DIGITS
        and value not in own
    ]
    return [
        (label, value) for label, value, words in found if not any(words < o for *_, o in found)
    ]


@lru_cache(maxsize=8192)
def _label_words(label: str) -> frozenset[str]:
    """A column label's stems (the same labels repeat on every row of a table)."""
    return frozenset(tokenize(label))


def _cell_line(label: str, value: str) -> re.Pattern:
    """A named cell as a sentence unit holds it: lines may be joined, spaced either way."""
    return re.compile(rf"(?<!\w){re.escape(label.strip())}\s*:\s*{re.escape(value)}(?![\d.,]*\d)")


def _money_cells(text: str, heading: str) -> list[str]:
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


_MONEY_STEMS = frozenset(tokenize(" ".join(MONEY_WORDS)))
_MEASURES = set(UNIT_WORDS) - {"orang", "peserta"}  # what a count of people is not given in
_FRAME_LABELS = frozenset(tokenize(" ".join((*ORDINAL_UNITS, "tahun bulan no nomor kode"))))
_DIGITS = frozenset(str(n) for n in range(100))
_COUNT_STEMS = frozenset(tokenize(" ".join((*COUNT_WORDS, "peserta", "orang", "kuota", "unit"))))
# what frames a column of counts of people, not whose they are: "Jumlah Pegawai PPPK"
_COUNT_FRAME = frozenset(tokenize(" ".join((*COUNT_WORDS, "pegawai", "orang", "peserta"))))
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "350.000", "1.500.000"
# a table's total row, its first cell "Jumlah seluruhnya" or "TOTAL" ("Kegiatan: Jumlah ...")
_TOTAL_ROW = re.compile(r"^(?:\|\s*|[^:|\n]{1,40}:\s*)(?:jumlah|total)\b", re.I)
_ROW_UNIT = re.compile(r"^[^:;\n]{1,60}: [^;\n]*; ")  # a row read with its header: "A: x; B: y"
# a table row's cell on its own line, a bare number after its label
_CELL = re.compile(r"^[ \t]*([^:\n]{1,60}):[ \t]*(\d[\d.,]*)[ \t]*$", re.M)
# the word heading a cell, "(unit)" allowed: "kuota: 5", "Kuota (orang): 5"
_LABEL_WORD = re.compile(r"(\w+)(?:\s*\([^)]*\))?\s*[:=]\s*$")


def _levels_to_check(q: Question, heading: str) -> dict[str, set[int | str]]:
    """The levels and batches asked, which the fact's sentence must not name only others of,
    unless the heading names the asked one (then "lulus Tingkat Dasar" under "Tingkat Lanjut"
    is a requirement named in passing)."""
    asked = ordinals(asking_words(q))
    return {} if names_level(heading, asked) else asked


def _titled_for(heading: str, q: Question, idf: dict[str, float], unknown_idf: float) -> bool:
    """ "konsep 10 20 70 maksudnya gmn": a section headed with the asked term ("Model
    pembelajaran 10:20:70") is what the document says that term is."""
    section = heading.splitlines()[-1].split(" > ")[-1] if heading else ""
    stems = set(tokenize(section))
    return bool(stems) and coverage(q.groups, stems, idf, unknown_idf) >= DEFINED_SHARE


def _counted_in(q: Question, heading: str) -> Question:
    """ "berapa kursi" in a document headed "Alokasi kursi pelatihan": every count in it is of
    seats, however a row writes it ("kuota: 8 orang"); elsewhere the number must say "kursi".
    A list of the things themselves ("Daftar mentor ...") is not: each row is one mentor, and
    its numbers (row number, phone) count something else."""
    counted_noun = len(q.units) == 1 and q.units[0] not in UNIT_WORDS
    words = tokenize(heading)
    if counted_noun and set(tokenize(q.units[0])) <= set(words):
        pairs = zip(words, words[1:], strict=False)
        listed = any(a == "daftar" and b in tokenize(q.units[0]) for a, b in pairs)
        return q if listed else replace(q, units=())
    return q


def holds_all_known(
    groups: list[set[str]], stems: set[str], idf: dict[str, float], unknown_idf: float
) -> bool:
    """Every word of these that some document uses stands here (chat words count for none)."""
    return coverage(groups, stems, idf, unknown_idf) >= known_share(groups, idf, unknown_idf) - 1e-6


def known_share(topic: list[set[str]], idf: dict[str, float], unknown_idf: float) -> float:
    """The share of the question's topic the documents use at all: what a sentence is measured
    against. A term some document uses but this passage lacks ("PKA" in a worked example of
    other activities) counts against it; chat words no document uses count for nobody."""
    known = [g for g in topic if any(all(p in idf for p in alt.split()) for alt in g)]
    return coverage(topic, {p for g in known for alt in g for p in alt.split()}, idf, unknown_idf)


def _with_context(units: list[str], i: int) -> str:
    """A list item or table row is read with the sentence that introduces it."""
    unit = units[i]
    if i > 0 and (_is_item(unit) or units[i - 1].rstrip().endswith(":")):
        at = _intro(units, i)
        return f"{units[at] if at is not None else ''} {unit}"
    return unit


def _intro(units: list[str], pos: int) -> int | None:
    """The nearest unit before ``pos`` that is no list item: what introduces the list."""
    return next((i for i in range(pos - 1, -1, -1) if not _is_item(units[i])), None)


# Who does things in Indonesian public administration: an answer to "siapa yang ...".
_ROLE = re.compile(
    r"\b(pegawai|atasan|kepala|pejabat|pimpinan|sekretaris|menteri|gubernur|bupati|wali ?kota|"
    r"camat|lurah|direktur|inspektur|ketua|koordinator|tim|panitia|komite|dewan|instansi|unit|"
    r"bagian|biro|bidang|badan|dinas|lembaga|kementerian|perangkat daerah|bkpsdm|bkd|bkn|lan|"
    r"ppk|pyb|mentor|coach|widyaiswara|fasilitator|penyelenggara|pengelola|admin\w*|peserta|"
    r"penguji|verifikator|operator)\b",
    re.I,
)
# A sentence that says what something is: "X adalah ...", "- X: ...", "Nama Lengkap (NL)".
_EXPANSION = re.compile(
    r"\b[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*)+\s*\(\s*[A-Za-z0-9]{2,10}\s*\)"
)


_DEFINED_AS = re.compile(  # legal drafting: "Sistem Belajar ASN yang selanjutnya disingkat SIBARA"
    r"([A-Z][\w-]*(?:\s+[\w-]+){0,9}?)\s*,?\s+yang selanjutnya (?:disingkat|disebut)\s+"
    r"([A-Z][A-Za-z0-9]{1,11})\b"
)
_IN_BRACKETS = re.compile(
    r"((?:[A-Z][\w-]*\s+(?:(?:dan|dan/atau|atau|untuk|di|ke|dari)\s+)?){1,9})\(\s*([A-Z][A-Za-z0-9]{1,11})\s*\)"
)


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms a document defines itself ("Tes Potensi Akademik (TPA)", "... yang selanjutnya
    disingkat SIBARA"), lower-cased, when the expansion starts with the acronym's letter; and
    written after it ("TELAGA (Taman Edukasi dan Latihan ...)", a glossary's "AKSARA - Akademi
    Korporasi ...") when the acronym's letters stand in the expansion in order."""
    found: dict[str, str] = {}
    for pattern in (_DEFINED_AS, _IN_BRACKETS):
        for match in pattern.finditer(text):
            expansion, acronym = " ".join(match.group(1).split()), match.group(2)
            words = [w for w in expansion.split() if w[:1].isupper()]
            start = next((i for i, w in enumerate(words) if w[0] == acronym[0].upper()), None)
            tail = len(words) - len(acronym)  # "PENDAFTARAN PESERTA PELATIHAN TEKNIS SURVEI
            if tail > 0 and "".join(w[0] for w in words[tail:]).upper() == acronym.upper():
                start = tail  # BATIMETRI (PTSB)": the words whose initials spell it
            named = " ".join(words[start:]).lower() if start is not None else ""
            capitals = sum(c.isupper() for c in acronym) >= 2
            if named and named != acronym.lower() and (capitals or _syllabic(acronym, named)):
                found.setdefault(acronym.lower(), named)
    for pattern in (_BRACKETED_EXPANSION, _GLOSSARY_EXPANSION):
        for match in pattern.finditer(text):
            acronym, expansion = match.group(1), " ".join(match.group(2).split())
            if _spells(acronym, expansion):
                found.setdefault(acronym.lower(), expansion.lower())
    return found


_BRACKETED_EXPANSION = re.compile(r"\b([A-Z][A-Z0-9]{1,11})\s*\(([A-Z][\w\s/&-]{3,100}?)\)")
_GLOSSARY_EXPANSION = re.compile(
    r"^[-*•\s]*([A-Z][A-Z0-9]{1,11})\s+[-\u2013:]\s+([A-Z][\w /&-]{3,100})$", re.M
)


def _syllabic(acronym: str, expansion: str) -> bool:
    """ "Pusbangkom" for "Pusat Pengembangan Kompetensi Aparatur", "Sestama" for "Sekretaris
    Utama": an acronym of syllables, written like a word, takes its letters in order from two
    words or more of the expansion ("Badan ... yang selanjutnya disebut Badan" is no acronym)."""
    words, letters = expansion.split(), acronym.lower()
    if len(letters) < 4 or letters in words or not words[0].startswith(letters[0]):
        return False
    used, at = set(), 0
    for i, word in enumerate(words):
        for char in word:
            if at < len(letters) and char == letters[at]:
                used.add(i)
                at += 1
    return at == len(letters) and len(used) >= 2


def _spells(acronym: str, expansion: str) -> bool:
    """ "TELAGA" in "Taman Edukasi dan Latihan Aparatur yang Gemilang dan Adaptif", "AKSARA" in
    "Akademi Korporasi Sumber Daya Aparatur": its first letter starts the expansion and its
    letters stand in it in order, the expansion being two words or more."""
    letters = re.sub(r"[^a-z0-9]", "", expansion.lower())
    wanted = acronym.lower()
    if len(expansion.split()) < 2 or not letters.startswith(wanted[0]):
        return False
    at = 0
    for ch in wanted:
        at = letters.find(ch, at) + 1
        if at == 0:
            return False
    return True


# A document saying what it leaves to other rules: "Pedoman ini tidak mengatur cuti, ...";
# "Jenis hukuman disiplin tidak diatur dalam nota dinas ini"; "Rincian perubahan itu belum
# dirangkum di dokumen ini"; "... tidak dirangkum di sini karena ...".
_NOT_COVERED = re.compile(
    r"\bini\s+tidak\s+mengatur\b"
    r"|\b(?:tidak|belum)\s+(?:diatur|dimuat|termuat|dirangkum|dirinci|dibahas|dijelaskan)\s+"
    r"(?:di|dalam)\s+(?:sini\b|[\w ]{0,40}?\bini\b)",
    re.I,
)
# "Rincian perubahan itu ...": the sentence is about what the one before it named
_REFERS_BACK = re.compile(r"\b(?:itu|tersebut)\b", re.I)


def leaves_out(text: str, q: Question, idf: dict[str, float], unknown_idf: float) -> str | None:
    """The sentence of a passage saying the document does not cover what was asked, when that
    sentence holds more of each ask than any other of the passage ("syarat kenaikan
    pangkat": "Pedoman ini tidak mengatur ... kenaikan pangkat ..."); None otherwise ("PKN
    brp lama? brp JP?": the duration is stated, only the JP left out). Such a sentence that
    refers back ("Rincian perubahan itu belum dirangkum") is read with the one before it when
    it names what the question word asks of ("isinya berubah apa saja": "perubahan"), not
    merely the topic the sentence before it answers ("diubah untuk apa")."""
    if not _NOT_COVERED.search(text):  # most passages: no sentence to weigh
        return None
    units = split_units(text)
    said = [_best_unit(units, ask.groups, q, idf, unknown_idf) for ask in q.asked]
    if any(best is None or not _NOT_COVERED.search(best) for best in said):
        return None
    return said[0]


def _best_unit(
    units: list[str], groups: list[set[str]], q: Question, idf: dict[str, float], unknown_idf: float
) -> str | None:
    """The unit holding most of ``groups``; None when two tie."""
    best, best_cov, tied = None, 0.0, False
    for i, unit in enumerate(units):
        words = set(tokenize(unit))
        merged = bool(
            i
            and _NOT_COVERED.search(unit)
            and _REFERS_BACK.search(unit)
            and any(a.focus in words for a in q.asked)
        )
        if merged:
            words |= set(tokenize(units[i - 1]))
        cov = coverage(groups, words, idf, unknown_idf)
        if cov > best_cov or (merged and cov == best_cov):
            best, best_cov, tied = unit, cov, False
        elif cov == best_cov:
            tied = True
    return None if tied else best


def names_another(text: str, q: Question, *, headings: tuple[str, ...] = ()) -> bool:
    """Some sentence or item of the passage is about another level or batch than the one
    asked ("1. Tingkat I: ..." beside "2. Tingkat II: ..."), and its headings do not say the
    passage is about the asked one (then "lulus Tingkat Dasar" under "Tingkat Lanjut" is a
    requirement named in passing)."""
    asked = ordinals(asking_words(q))
    if not asked or any(names_level(h, asked) for h in headings):
        return False
    other = [contradicts(unit, q) for unit in split_units(text)]
    return any(other) and not all(other)


def has_fact(text: str, q: Question) -> bool:
    """Does this text hold the kind of fact the question asks for?"""
    if q.kind == "list":  # "syarat X apa saja": a list's lead-in or item, or an enumeration
        listed = _is_item(text) or bool(_GLOSSARY.match(text)) or text.count(",") >= 2
        return text.rstrip().endswith(":") or listed
    if q.kind == "who":  # "siapa yang menyusun ...": a role or a body is the answer
        return bool(_ROLE.search(text) or _PERSON.search(text))
    if q.kind == "definition":
        return bool(_DEFINES.search(text) or _GLOSSARY.match(text) or _EXPANSION.search(text))
    if q.kind == "money":
        return bool(_MONEY.search(text))
    if q.kind == "contact":
        return bool(_CONTACT.search(text))
    if q.kind == "name":  # "siapa nama ...": a person's name, not a role
        return bool(_PERSON.search(text))
    if q.kind == "day":  # "tanggal berapa": a day of a month, not just a year
        return bool(_DAY.search(text))
    if q.kind == "number":
        return _has_number_with_unit(text, q.units, citations_count=q.asks_rule_number)
    if q.kind == "date":  # "masa jabatan lebih dari 4 tahun" is a length, not a when
        return bool(
            _MONTH.search(text)
            or _DAY.search(text)
            or _DATEISH.search(text)
            or _WITHIN.search(text)
        )
    return True


# a when as a span from something: "dalam waktu 14 hari", "paling lama 1 x 24 jam", "30 hari
# kalender setelah kegiatan", "H-10"
_WITHIN = re.compile(
    r"\b(?:dalam(?: waktu| jangka waktu)?|paling lama|maksimal|selambatnya)\s+\d+"
    r"(?:\s*x\s*\d+)?(?:\s*\([\w ]+\))?\s*(?:hari|minggu|pekan|bulan|tahun|jam)\b"
    r"|\b\d+(?:\s*\([\w ]+\))?\s*(?:hari|minggu|pekan|bulan|tahun|jam)(?:\s+kerja|\s+kalender)?"
    r"\s+(?:setelah|sebelum|sejak|sesudah|terhitung)\b|\bh\s?[-+]\s?\d+\b",
    re.I,
)
_CITATION_NUMBER = re.compile(
    r"(?:\b(?:nomor|no|pasal|ayat|tahun|pp|uu|perpres|permen\w*|peraturan \w+(?: \w+)?)\s+|/)$"
)


def _is_citation(lowered: str, match: re.Match) -> bool:
    """ "Nomor 7 Tahun 2024", "Pasal 203", "11/2017", a year: numbers that name a rule or a
    date, not an amount a "berapa" question wants."""
    token = match.group(1)
    if re.fullmatch(r"(19|20)\d\d", token) or "/" in lowered[match.end() : match.end() + 1]:
        return True
    return bool(_CITATION_NUMBER.search(lowered[max(0, match.start() - 30) : match.start()]))


# Units written before their number: "Tingkat III", "Angkatan II", "pukul 08.00", "triwulan 2".
PREFIX_UNITS = {*ORDINAL_UNITS, "pukul", "jam"}
_UNIT_FIRST = re.compile(r"\b(" + "|".join(sorted(PREFIX_UNITS)) + r")\s+(?:[ivx]{1,4}|\d+)\b")


def _has_number_with_unit(text: str, units: tuple[str, ...], citations_count: bool = False) -> bool:
    """A number followed by the unit ("24 JP", "24 (dua puluh empat) JP", "60-90 menit"),
    labelled by it ("JP: 24", a table cell, "**Kapasitas:** 60 kursi"), or after a unit that
    comes first ("Tingkat III")."""
    lowered = _EMPHASIS.sub("", text.lower())
    if "pukul" in units and _TIME_OF_DAY.search(lowered):  # "07.30 - 09.00   Sesi 1"
        return True
    for match in _UNIT_FIRST.finditer(lowered):
        if match.group(1) in units:
            return True
    for match in _NUMBER.finditer(lowered):
        if not citations_count and _is_citation(lowered, match):
            continue
        if not units:
            return True
        after = lowered[match.end() : match.end() + 40]
        before = lowered[max(0, match.start() - 16) : match.start()]
        line = lowered[lowered.rfind("\n", 0, match.start()) + 1 : match.start()]
        label = _LABEL.search(line)  # read once per number, not once per unit
        labels = set(re.findall(r"[\w%]+", label.group(1))) if label else set()
        for unit in units:
            u = re.escape(unit) + _longer_unit(unit, units)
            if re.match(rf"{_RANGE_TAIL}(?:{_NOT_A_RATE}[\w()]+\s+){{0,3}}{u}(?!\w)", after):
                return True
            if re.search(rf"\b{u}\s*[:=]\s*$", before):
                return True
            # a column headed with its unit: "Tepat Waktu (%): 95,1", "Pagu (juta Rp): 286,0"
            if re.search(rf"\(\s*{u}(?:\s+[\w.]+)?\s*\)\s*[:=]\s*$", before):
                return True
            if unit in labels or _amount_said(line, unit):
                return True
    return False


_COUNTED_UNITS = {a for aliases in UNIT_WORDS.values() for a in aliases}
# Units of two words whose first is a unit too: "20 jam pelajaran" is 20 JP, not 20 hours.
_TWO_WORD_UNITS = {a for a in _COUNTED_UNITS if " " in a}


def _longer_unit(unit: str, units: tuple[str, ...]) -> str:
    """A lookahead keeping "jam" from matching the start of "jam pelajaran" when JP is not
    what was asked."""
    tails = [a[len(unit) + 1 :] for a in _TWO_WORD_UNITS if a.startswith(f"{unit} ")]
    tails = [t for t in tails if f"{unit} {t}" not in units]
    return rf"(?!\s+(?:{'|'.join(map(re.escape, tails))})\b)" if tails else ""


# what labels a value: the text from the start of its line (or a row's previous "; ") up to
# the colon right before it: "Rata-rata JP Guru PNS: 22,9", "- Akun aktif: 2.803 PTK"
_LABEL = re.compile(r"(?:^|;\s*|\|\s*)([^:;|\n]{1,60}?)\s*[:=]\s*(?:rp\.?\s?)?$")
# a measured or counted thing, then its amount: "ukuran paling besar 2 MB", "Kuota penerima
# tahun 2026 sebanyak 35 orang"
_AMOUNT_SAID = r"(?:sebanyak|sebesar|berjumlah|adalah|paling\s+\w+|maksimal|minimal)"


def _amount_said(line: str, unit: str) -> bool:
    """A counted noun, then a word that gives its amount, then the number ("ukuran paling
    besar 2 MB" for "berapa ukuran"); a unit ("2 JP") must say itself after the number."""
    if unit in _COUNTED_UNITS:
        return False
    return bool(re.search(rf"\b{re.escape(unit)}\b[^.;:\n]{{0,50}}\b{_AMOUNT_SAID}\s*$", line))


_EMPHASIS = re.compile(r"\*\*|__")  # Markdown bold: "**Kapasitas:** 60" is labelled
# "20 JP per tahun" is a number of JP, not of years: a rate's "per" ends the search for the unit
_NOT_A_RATE = rf"(?!(?:{'|'.join(RATE_WORDS)})\b)"
_TIME_OF_DAY = re.compile(r"(?<![\d.,/])([01]?\d|2[0-3])[.:][0-5]\d(?![\d.,/])")
# what may stand between a number and its unit: a range's other end ("60-90", "1 sampai 3")
_RANGE_TAIL = r"[\s()]*(?:(?:[-\u2013]|s\.?d\.?|sampai(?: dengan)?|hingga)\s*\d+(?:[.,]\d+)*\s*)?"


def group_hits(groups: list[set[str]], stems: set[str]) -> list[bool]:
    """Which question term groups appear in a set of stems (multi-word alternatives need all words)."""
    return [any(all(part in stems for part in alt.split()) for alt in g) for g in groups]


def term_weight(term: str, idf: dict[str, float], unknown_idf: float) -> float:
    """Known words weigh their idf. A word the documents never use weighs the most when it names
    something of its own (a country, a product, a benefit the KB lacks), half that when it is
    an ordinary Indonesian word or a short stem: "talenta" or "merit" (stemmed "rit") may be
    exactly the topic the documents lack, so no unknown content word weighs next to nothing."""
    first = term.split()[0]
    if first in idf:
        return idf[first]
    if first in common_words() or (len(first) <= 3 and re.search("[aiueo]", first)):
        return unknown_idf / 2  # a short one without vowels is an acronym (THR): the most
    return unknown_idf


def coverage(
    groups: list[set[str]],
    stems: set[str],
    idf: dict[str, float],
    unknown_idf: float,
    optional: list[set[str]] = (),
) -> float:
    """IDF-weighted share of the question's content terms present in a passage; an
    ``optional`` group (the asker's situation) counts only where the passage holds it."""
    if not groups:
        return 0.0
    weights = [max(term_weight(alt, idf, unknown_idf) for alt in g) for g in groups]
    hits = group_hits(groups, stems)
    total = sum(w for g, w, h in zip(groups, weights, hits, strict=True) if h or g not in optional)
    return sum(w for w, h in zip(weights, hits, strict=True) if h) / total if total else 0.0


def pick_sentences(
    text: str, q: Question, idf: dict[str, float], *, max_chars: int = 480
) -> list[str]:
    """The few sentences of a passage that best answer the question, in their original order;
    a sentence that introduces a list ("... empat tahap:") brings its items along. A question
    that asks several things ("brp jp? kpn selesainya?") gets the best sentences of each ask."""
    units = split_units(text)
    if not units:
        return []
    asks = q.parts or [q]
    budget = max(240, max_chars // len(asks))
    # "PKP angkatan III ...? penyelenggaranya siapa": no ask is answered by another batch's row
    other = {i for i, unit in enumerate(units) if contradicts(unit, q)}
    if len(other) == len(units):
        other = set()
    # "kuota ... gerai samsat": the row's cell the question names, wherever its line joined
    named = [_cell_line(label, value) for ask in asks for label, value in _named_pairs(text, ask)]
    total = _total_asked(text, q, idf)
    picked = sorted(
        {
            p
            for ask in asks
            for p in _pick(units, ask, idf, budget, skip=other, named=named, total=total)
        }
    )
    if q.kind == "list":  # "apa saja ...": the whole list or table an item of it was picked from
        picked = _whole_lists(units, picked, max_chars * 2)
    picked = _with_lead_ins(units, picked)
    return [units[p] for p in _with_list_items(units, picked, max_chars * 2)]


def _total_asked(text: str, q: Question, idf: dict[str, float]) -> bool:
    """ "total alokasi anggaran pengembangan kompetensi", "jumlah seluruh anggaran": the
    table's total row, when what the question names is what the whole table is about (its
    caption or lead-in); "total peserta pelatihan kepemimpinan pengawas" names one row's item,
    which that row answers. A word in a third of the passages or more (the agency's name, the
    year) names no row's item."""
    if q.kind not in ("number", "money"):
        return False
    if {"total"} not in q.groups and not _WHOLE.search(q.text):
        return False
    table_rows, lines = _rows_and_prose(text)
    rows = [row for row in table_rows if not _is_total_row(row)]
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


CONTEXT_IDF = 1.0  # idf below which a word is in about a third of the passages or more
# "jumlah seluruh anggaran", "jumlah penguji binaan seluruhnya"
_WHOLE = re.compile(r"\b(?:jumlah|total)\b.{0,40}\b(?:seluruh(?:nya)?|keseluruhan)\b")


def every_row_another(text: str, q: Question, headings: tuple[str, ...] = ()) -> bool:
    """A passage that is a table of several rows is about what is asked only if one row is:
    read whole, "DHB-12 ... Angk. I; Angk. II" beside "DHB-13 ... Angk. III" names the asked
    batch of DHB-12, though only another course has it. A caption or heading naming the asked
    batch or year ("Peserta Angkatan II") says every row is of it."""
    rows, prose = _rows_and_prose(text)
    if len(rows) < 2 or len(prose) > TABLE_PROSE or names_asked("\n".join((*headings, prose)), q):
        return False
    return all(contradicts(row, q, headings=headings, table_row=True) for row in rows)


@lru_cache(maxsize=4096)
def _rows_and_prose(text: str) -> tuple[tuple[str, ...], str]:
    """A passage's table rows (read with their header) and its other text (read once for
    the row check and the total row)."""
    units = split_units(text)
    rows = tuple(u for u in units if _ROW_UNIT.match(u))
    return rows, "\n".join(u for u in units if not _ROW_UNIT.match(u))


TABLE_PROSE = 200  # characters of a table passage's own text (its caption) beside its rows


def _is_total_row(unit: str) -> bool:
    return bool(_ROW_UNIT.match(unit) and _TOTAL_ROW.match(_EMPHASIS.sub("", unit)))


def _with_lead_ins(units: list[str], picked: list[int]) -> list[int]:
    """A list item comes with the sentence that introduces it ("Hal berikut diatur oleh
    instansi: - pengakuan sertifikat webinar ..."): alone, an item says nothing of what it is."""
    out = set(picked)
    for pos in picked:
        if not _is_item(units[pos]) or pos == 0:
            continue
        lead = _intro(units, pos)
        if lead is not None and units[lead].rstrip().endswith(":"):
            out.add(lead)
    return sorted(out)


def _whole_lists(units: list[str], picked: list[int], budget: int) -> list[int]:
    out = set(picked)
    size = sum(len(units[p]) for p in out)
    for pos in picked:
        if not _is_item(units[pos]):
            continue
        start = pos
        while start > 0 and _is_item(units[start - 1]):
            start -= 1
        if start > 0 and units[start - 1].rstrip().endswith(":"):
            start -= 1  # the list's lead-in
        end = pos
        while end + 1 < len(units) and _is_item(units[end + 1]):
            end += 1
        block = [p for p in range(start, end + 1) if p not in out]
        extra = sum(len(units[p]) for p in block)
        if size + extra <= budget:
            out.update(block)
            size += extra
    return sorted(out)


def _pick(
    units: list[str],
    q: Question,
    idf: dict[str, float],
    max_chars: int,
    *,
    skip: set[int],
    named: list[re.Pattern] = (),
    total: bool = False,
) -> list[int]:
    asked_numbers = {int(n) for n in re.findall(r"(?<![\d/.])\d{1,4}(?![\d/.])", q.text)}
    scored = []
    for pos, unit in enumerate(units):
        if pos in skip:
            continue
        stems = set(tokenize(unit))
        overlap = sum(
            max(idf.get(alt.split()[0], 1.0) for alt in g)
            for g, hit in zip(q.groups, group_hits(q.groups, stems), strict=True)
            if hit
        )
        bonus = 2.0 if q.kind in FACT_KINDS and has_fact(unit, q) else 0.0
        bonus += 3.0 if _in_range(unit, asked_numbers) else 0.0
        bonus += 5.0 if any(cell.search(unit) for cell in named) else 0.0
        bonus += 3.0 if total and _is_total_row(unit) else 0.0
        scored.append((overlap + bonus - 0.05 * pos, pos))
    scored.sort(reverse=True)
    best_score = scored[0][0]
    chosen = [scored[0][1]]
    size = len(units[scored[0][1]])
    for score, pos in scored[1:]:
        if score < 0.5 * best_score or size + len(units[pos]) > max_chars:
            continue
        chosen.append(pos)
        size += len(units[pos])
        if len(chosen) == 3:
            break
    if q.kind in FACT_KINDS and not any(has_fact(units[p], q) for p in chosen):
        # the asked kind of fact, when the passage has it, is part of the answer
        stating = next((pos for _, pos in scored if has_fact(units[pos], q)), None)
        if stating is not None:
            chosen.append(stating)
    # the total asked is the table's "Jumlah" row, whatever words its empty cells lack
    totals = [pos for _, pos in scored if total and _is_total_row(units[pos])]
    if not totals or totals[0] in chosen:
        return chosen
    kept, size = [totals[0]], len(units[totals[0]])
    for pos in chosen:  # the fact-stating unit stays when it fits beside the total
        if size + len(units[pos]) <= max_chars:
            kept.append(pos)
            size += len(units[pos])
    return kept


_RANGE = re.compile(
    r"\b(\d{1,4})\s*(?:[-\u2013]|s\.\s?d\.?|sampai(?: dengan)?|hingga)\s*(\d{1,4})\b", re.I
)


def _in_range(unit: str, numbers: set[int]) -> bool:
    """A table row "11-13 hari kerja" (or "16 sampai 23 JP", "11 s.d. 13") answers "bolos 12
    hari": the asked number lies in its range."""
    for low, high in _RANGE.findall(unit):
        if any(int(low) <= n <= int(high) for n in numbers):
            return True
    return False


def _with_list_items(units: list[str], picked: list[int], budget: int) -> list[int]:
    out = set(picked)
    size = sum(len(units[p]) for p in picked)
    for pos in picked:
        lead = units[pos].rstrip()
        if lead.endswith(":"):  # a list's lead-in brings its items
            follows = _is_item
        elif lead.endswith("?"):  # an FAQ's question brings its answer
            follows = _is_answer
        else:
            continue
        nxt = pos + 1
        while nxt < len(units) and follows(units[nxt]) and size + len(units[nxt]) <= budget:
            if nxt not in out:
                out.add(nxt)
                size += len(units[nxt])
            nxt += 1
    return sorted(out)


def _is_answer(unit: str) -> bool:
    return not unit.rstrip().endswith("?")


def _is_item(unit: str) -> bool:
    return (
        unit.startswith(("-", "*", "•"))
        or ": " in unit
        and "; " in unit
        or bool(ITEM_START.match(unit))
    )
