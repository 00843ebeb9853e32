"""What a passage is about beside its topic: the level, batch, code, degree, month or year it
names. A passage naming only other ones than the question asks answers for those, not for
the asked one ("Angkatan V" where it lists Angkatan I-III)."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.reading.question import Question
from knowledge.reading.vocabulary import DURATION_UNITS, NUMBERED_PARTS, ORDINAL_UNITS
from knowledge.text.dates import MONTHS, YEAR
from knowledge.text.normalize import ACRONYMS
from knowledge.text.tokens import DOTTED, numbered_words, stem, tokenize

# month names written out ("Januari", "Sept", "Mei"), not the 3-letter forms that are also
# words; after a day's number ("5-6 Okt", "2 Mar") every form is the month
MONTH_NAMES = "|".join(
    sorted((m for m in MONTHS if len(m) > 3 or m == "mei"), key=len, reverse=True)
)
MONTH_FORMS = "|".join(sorted(MONTHS, key=len, reverse=True))

# a level is numbered ("Tingkat II") or named ("Tingkat Dasar", "Jenjang Madya")
_LEVEL_NAMES = "dasar|lanjut(?:an)?|menengah|mahir|muda|madya|utama"
# a part of an area is numbered or named by its direction ("UPK Wilayah Utara", "Sektor Timur");
# a level or a batch is not ("tingkat tengah" is no level)
DIRECTIONS = frozenset(("utara", "selatan", "timur", "barat", "tengah"))
_DIRECTIONS = "|".join(DIRECTIONS)
PLACE_PARTS = ("wilayah", "sektor")  # numbered parts of an agency's area ("UPT Wilayah III")
# "angkatan kedua" is "Angkatan II"
_COUNTED = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6}
# a roman numeral up to 399 ("II", "LVIII"), checked whole: "civil" is a word
ROMAN = r"(?=[ivxlc]+\b)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
# a unit as documents shorten it, with its dot ("Angk. II 5-6 Okt", "Gel. I")
_SHORT_UNITS = {short: unit for short, unit in DOTTED.items() if unit in ORDINAL_UNITS}
_NUMBERING_WORDS = frozenset((*ORDINAL_UNITS, *NUMBERED_PARTS, *_SHORT_UNITS))
# "Angkatan II", "angkatan ke-2", "Angk.2", "Tingkat: Dasar"
_ORDINAL = re.compile(
    rf"\b({'|'.join((*ORDINAL_UNITS, *NUMBERED_PARTS))}|(?:{'|'.join(_SHORT_UNITS)})\.)"
    rf"(?:\s*:?\s+(?:ke-?\s*)?|(?<=\.)\s*)({ROMAN}|\d{{1,2}}|{_LEVEL_NAMES}|{_DIRECTIONS}|{'|'.join(_COUNTED)})\b",
    re.I,
)
_ROMAN_NUMBERS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# "angkatan kedua dan ketiga", "Tingkat II, III": the values listed right after the first (a
# number after "dan" is more often a count: "Tingkat I dan 2 orang pendamping")
_MORE_ORDINALS = re.compile(rf"\s*(?:,|dan|&|serta)\s+({ROMAN}|{'|'.join(_COUNTED)})\b", re.I)
# a year that dates something: "25 Juli 2023", "Mei 2026", "Angkatan LII tahun 2022", not the
# year of a rule ("Nomor 7 Tahun 2024", "PP 11/2017")
_DATED_YEAR = re.compile(rf"\b(?:({'|'.join(MONTHS)})|tahun)\s+(20\d\d)\b", re.I)
# "Nomor 7 Tahun 2024", "PMK 39 Tahun 2024", "UU ASN 20 Tahun 2023": a number before "Tahun"
# is a rule's, unless it numbers a batch or a stage ("Angkatan 2 Tahun 2026")
_NUMBERED_YEAR = re.compile(r"(\w+)\.?\s+[\w./-]*\d[\w./-]*\s+tahun\s*$", re.I)


def _rule_year(text: str, at: int) -> bool:
    """Is the year at ``at`` a rule's own ("Nomor 7 Tahun 2024", "PP 11/2017"), which dates
    nothing?"""
    if text[at - 1 : at] == "/":
        return True
    numbered = _NUMBERED_YEAR.search(text[max(0, at - 40) : at])
    return bool(numbered) and numbered.group(1).lower() not in _NUMBERING_WORDS


def _dated_years(text: str) -> set[str]:
    return {
        m.group(2)
        for m in _DATED_YEAR.finditer(text)
        if m.group(1) or not _rule_year(text, m.start(2))
    }


def ordinal_value(token: str) -> int | str:
    token = token.lower()
    if token.isdigit():
        return int(token)
    if token in _COUNTED:
        return _COUNTED[token]
    if not set(token) <= set(_ROMAN_NUMBERS):  # a named level: "lanjutan" is "lanjut"
        return token.removesuffix("an") if token.startswith("lanjut") else token
    values = [_ROMAN_NUMBERS[c] for c in token]
    return sum(-v if v < nxt else v for v, nxt in zip(values, values[1:] + [0], strict=True))


# a functional position's levels, in order: "Perawat Ahli Pertama", "Ahli Muda dan Madya",
# "Ahli Pertama s.d. Ahli Utama"
_AHLI_LEVELS = ("pertama", "muda", "madya", "utama")
_AHLI = re.compile(rf"\bahli\s+({'|'.join(_AHLI_LEVELS)})\b", re.I)
_AHLI_SPAN = re.compile(
    rf"\bahli\s+({'|'.join(_AHLI_LEVELS)})\s+(?:sampai dengan|s\.?\s?d\.?|s/d|hingga|-)\s+"
    rf"(?:ahli\s+)?({'|'.join(_AHLI_LEVELS)})\b",
    re.I,
)
_AHLI_NAME = re.compile(rf"\b({'|'.join(_AHLI_LEVELS)})\b", re.I)


def _ahli_levels(text: str) -> set[str]:
    """The Ahli levels a text names: once it names one ("Ahli Pertama"), every level name in
    it ("..., Muda, dan Madya"), and those within a span ("Ahli Pertama s.d. Ahli Utama")."""
    if not _AHLI.search(text):
        return set()
    levels = {m.group(1).lower() for m in _AHLI_NAME.finditer(text)}
    for span in _AHLI_SPAN.finditer(text):
        a, b = (_AHLI_LEVELS.index(span.group(i).lower()) for i in (1, 2))
        levels |= set(_AHLI_LEVELS[min(a, b) : max(a, b) + 1])
    return levels


def ordinals(text: str) -> dict[str, set[int | str]]:
    """ "Angkatan II" -> {"angkatan": {2}}; "tingkat kedua dan ketiga", "Tingkat II, III" ->
    {"tingkat": {2, 3}}; "Ahli Muda" -> {"ahli": {"muda"}}."""
    found: dict[str, set[int | str]] = {}
    ahli = _ahli_levels(text)
    if ahli:
        found["ahli"] = ahli
    text = numbered_words(text)  # "tingkat tiga" is Tingkat III
    for match in _ORDINAL.finditer(text):
        unit = match.group(1).lower().rstrip(".")  # "angk." is angkatan
        value = ordinal_value(match.group(2))
        if value in DIRECTIONS and unit not in PLACE_PARTS:
            continue
        values = found.setdefault(_SHORT_UNITS.get(unit, unit), set())
        values.add(value)
        more = _MORE_ORDINALS.match(text, match.end())
        while more is not None:
            values.add(ordinal_value(more.group(1)))
            more = _MORE_ORDINALS.match(text, more.end())
    return found


def names_level(text: str, asked: dict[str, set[int | str]]) -> bool:
    """Does the text (a heading) name one of the asked levels or batches? Then a sentence
    under it naming another ("lulus Tingkat Dasar" under "Tingkat Lanjut") names it in
    passing."""
    shown = ordinals(text)
    return any(values & shown.get(unit, set()) for unit, values in asked.items())


def other_levels(text: str, asked: dict[str, set[int | str]]) -> bool:
    """ "(4) ... wajib mengikuti PPKS Tingkat I paling lambat 12 bulan": a sentence naming only
    other levels or batches of a kind than the asked ones ("Tingkat III")."""
    shown = ordinals(text)
    return any(
        unit in shown and not values & shown[unit] and comparable(values, shown[unit])
        for unit, values in asked.items()
    )


def _of_another_half(text: str, asked: dict[str, set[int | str]]) -> bool:
    """ "capaian triwulan III": a quarter lies in a half year, so a recap of "Semester 1" is of
    another period (read only where the passage and its headings name no quarter at all: the
    semester I minutes' "rapat evaluasi berikutnya (triwulan III)", "setelah triwulan
    berakhir")."""
    quarters = {v for v in asked.get("triwulan", ()) if isinstance(v, int) and 1 <= v <= 4}
    if not quarters or "semester" in asked:
        return False
    return other_levels(text, {"semester": {(v + 1) // 2 for v in quarters}})


def comparable(asked: set[int | str], shown: set[int | str]) -> bool:
    """A region named by its direction ("Wilayah Timur") is not told apart from numbered ones
    ("Wilayah I-III"): the documents may number what the asker names."""
    return not (asked <= DIRECTIONS) or bool(shown & DIRECTIONS)


def contradicts(
    text: str, q: Question, *, headings: tuple[str, ...] = (), table_row: bool = False
) -> bool:
    """The question names something the passage shows only other values of: "Angkatan V"
    where the passage lists Angkatan I-III; "Tingkat Dasar" under the section "Tingkat Lanjut",
    whose text names the Dasar level it requires (``headings``, most specific first, are read
    one by one, then with the text); or, in a table row, whose columns carry years, "tahun
    2026" where the row has 2027 and 2028. Such a passage is about something else."""
    asking, whole = asking_words(q), "\n".join((*headings, text))
    asked = ordinals(asking)
    # a row's level column says its level; "persyaratan: Lulus Tingkat II" names another
    own = _level_cells(text) if table_row else ""
    shown = "\n".join((*headings, own)) if own else whole
    if any(other_levels(h, asked) for h in (*headings, shown)):  # a heading says its subject
        return True
    if "triwulan" not in whole.lower() and any(
        _of_another_half(h, asked) for h in (*headings, shown)
    ):
        return True
    # "sisa anggaran per 30 September 2026 brp": an amount as of a day, not of that month
    of_months = _AS_OF.sub(" ", asking) if q.kind in ("number", "money") else asking
    if other_code(asking, whole) or _other_month(of_months, whole) or _other_degree(asking, whole):
        return True
    if q.kind in ("number", "money") and _other_side(asking, whole):
        return True
    years = set(YEAR.findall(asking))
    if table_row:
        if _other_age(q.text, text):  # the asker's age, told or asked
            return True
        row_years = _own_years(text, headings)
        return bool(years and row_years and not years & row_years)
    asked_years = _dated_years(asking)
    if _of_another_year(q, asked_years, whole):
        return True
    if asked_years and any(a.kind in ("date", "day") for a in q.asked):
        # "PKN Tingkat I tahun 2027 dibuka kapan": a passage dating only the 2022 and 2023
        # batches tells when those were, not the one asked ("Formasi 2025" and a rule's
        # number and year date nothing)
        dated = _dated_years(whole)
        return bool(dated and not asked_years & _named_years(whole))
    if asked_years and any(_counted_for_a_year(a) for a in q.asked):
        # "kuota tugas belajar tahun 2027 brp": the minutes of April 2026 (their title dates
        # them) give that year's quota; a rule's text dating when it began ("sejak Januari
        # 2024") still states a standing figure; a budget table's caption heads its amounts
        # ("Tabel 5. Pagu Anggaran ... Tahun 2026" is no 2025 budget)
        dated = _dated_years("\n".join((*headings, *_money_captions(q, text))))
        return bool(dated and not asked_years & _named_years(whole))
    return False


# a day's date in a heading ("posisi 15 Januari 2026", "per 31/12/2025", "15-Jan-2027",
# "2027-01-15") or the day it was taken ("Update Januari 2027") dates the table's data, not
# the year its rows are of
_DAY_DATE = re.compile(
    rf"\b\d{{1,2}}(?:\s+(?:{MONTH_FORMS})\.?\s+|[/.-]\d{{1,2}}[/.-]|-(?:{MONTH_FORMS})-)"
    rf"(?:19|20)\d\d\b|\b(?:19|20)\d\d-\d{{2}}-\d{{2}}\b"
    rf"|\b(?:per|posisi|update|pembaruan|kondisi)\s+(?:{MONTH_FORMS})?\s*(?:19|20)\d\d\b",
    re.I,
)


def _own_years(text: str, headings: tuple[str, ...]) -> set[str]:
    """A row's years: its cells' and its nearest heading's that names one (the sheet "Rencana
    Anggaran Tahun 2030" of the workbook "Rekap Capaian 2029" is of 2030; a total row's "per 15
    Januari 2027" is when the 2026 recap was taken); a rule's year only where no heading names
    another (the award table of "Perkaban Nomor 3 Tahun 2026" is no 2025 award)."""
    dated = [_DAY_DATE.sub(" ", h) for h in headings]
    named = next((found for found in map(_named_years, dated) if found), set())
    return set(YEAR.findall(text)) | (named or {y for h in dated for y in YEAR.findall(h)})


_CAPTION = re.compile(r"^[ \t]*(?:Tabel|Table)\s+(?:\d+|[IVX]+)[.:].*$", re.M | re.I)


def _money_captions(q: Question, text: str) -> list[str]:
    """The numbered table captions of a passage, when an amount of money is asked: a budget
    table is a year's; a count in a rule's sentence beside it is standing ("Kuota ... setiap
    tahun" above "Tabel 5. Pagu Anggaran Tahun 2026")."""
    if not any(a.kind == "money" for a in q.asked):
        return []
    return _CAPTION.findall(text)


def _named_years(text: str) -> set[str]:
    """The years a passage names, a rule's own year aside ("Realisasi Latsar 2025" names 2025;
    "Peraturan LAN Nomor 1 Tahun 2024", "PP 11/2017" name none)."""
    return {m.group(0) for m in YEAR.finditer(text) if not _rule_year(text, m.start())}


def _counted_for_a_year(ask: Question) -> bool:
    """A count or an amount may be a year's ("kuota 2027"); a programme's JP or length ("PKN
    tingkat I 2027 berapa JP") is what another year's example states too."""
    if ask.kind == "number":
        return not set(ask.units) & {"jp", *DURATION_UNITS}
    return ask.kind == "money"


_LEVEL_CELL = re.compile(
    rf"^[^:\n]*\b({'|'.join(ORDINAL_UNITS)})\b[^:\n]*:\s*(\S[^\n]*)$", re.I | re.M
)


def _level_cells(row: str) -> str:
    """ "tingkat atau angkatan: Tingkat III" -> "Tingkat III"; "angkatan: II" -> "angkatan
    II": the cells of a table row under a level or batch column, read with their unit."""
    cells = []
    for match in _LEVEL_CELL.finditer(row):
        header, value = match.group(0).split(":", 1)[0], match.group(2)
        if ordinals(header):  # "PKPM Tingkat I: 13": a column of one level, its value a count
            continue
        cells.append(value if ordinals(value) else f"{match.group(1)} {value}")
    return "\n".join(cells)


# "KT-02", "RM-104"; not a letter's number ("SE-04/SU/2024") nor a year ("SE 2024")
_CODE = re.compile(r"\b([a-z]{2,6})-(\d{1,3})\b(?!/)", re.I)
# ... or "LH.15", written in capitals ("No.40", "Jam.08", "Rp.500.000" are no codes)
_DOTTED_CODE = re.compile(r"\b([A-Z]{2,6})\.(\d{1,3})\b(?![/.,]\d)")
_CODE_ASKED = re.compile(r"\b([a-z]{2,6})[- ](\d{1,3})\b(?!/)", re.I)
_NOT_CODES = frozenset(("no", "nomor", "jl", "lt", "hal", "rp", "pk", "tgl", "rt", "rw", "kel"))
# a form or a level lettered, written in capitals: "LD-C", "RTL-B" (the question's "ld-d")
_LETTERED = re.compile(r"\b([A-Z]{2,6})-([A-Z])\b")
_LETTERED_ASKED = re.compile(r"\b([a-z]{2,6})-([a-z])\b", re.I)
_A_MONTH = re.compile(rf"\b({MONTH_NAMES})\b", re.I)


_DEGREE = re.compile(r"\b([sd][1-4])\b", re.I)  # "S2", "D4": levels of a degree
_DEGREE_ASKED = re.compile(r"\b([sd] ?[1-4])\b", re.I)  # the question may read "s 3"


def _other_degree(asked: str, text: str) -> bool:
    """ "bantuan studi S3 plafonnya brp": a passage naming only S1/D4 and S2 is about those."""
    wanted = {d.lower().replace(" ", "") for d in _DEGREE_ASKED.findall(asked)}
    shown = {d.lower() for d in _DEGREE.findall(text)}
    return bool(wanted and shown) and not wanted & shown


_OUTSIDE = re.compile(r"\bluar\s+(\w+)", re.I)
# "Menteri Dalam Negeri" names an office, no side of a border
_INSIDE = re.compile(r"(?<!menteri )(?<!kementerian )\bdalam\s+(\w+)", re.I)


def _other_side(asked: str, text: str) -> bool:
    """ "uang harian di luar kabupaten brp": a passage naming only the rate "dalam kabupaten"
    gives the other side's figure (read of figures only: "boleh coaching di luar jam kerja?" is
    answered by "dilaksanakan dalam jam kerja"). Only "luar" is read so: "dalam" is also
    "within" ("dalam waktu 7 hari" is no side of "di luar waktu kerja")."""
    outside = {stem(w) for w in _OUTSIDE.findall(asked)}
    inside = {stem(w) for w in _INSIDE.findall(text)} - {stem(w) for w in _OUTSIDE.findall(text)}
    return bool(outside & inside)


def other_code(asked: str, text: str) -> bool:
    """ "kuota KT-02 per gugus": a passage listing KT-03 and KT-06, not KT-02, is about others
    (the question may write the code "kt 02": only the passage's code prefixes are codes);
    "isi Formulir LD-D" is not answered by the contents of LD-C."""
    codes = (*_CODE.findall(text), *_DOTTED_CODE.findall(text))
    shown = {(p.lower(), int(n)) for p, n in codes if p.lower() not in _NOT_CODES}
    shown |= {(p.lower(), letter.lower()) for p, letter in _LETTERED.findall(text)}
    prefixes = {p for p, _ in shown}
    wanted = {(p.lower(), int(n)) for p, n in _CODE_ASKED.findall(asked) if p.lower() in prefixes}
    wanted |= {
        (p.lower(), letter.lower())
        for p, letter in _LETTERED_ASKED.findall(asked)
        if p.lower() in prefixes
    }
    return bool(wanted) and not wanted & shown


# "umur 33", "sy perempuan 24 thn": an age (or a length of service) to place in a band
_AGE = re.compile(r"\b(?:usia|umur|berusia)\s+(\d{2})\b|\b(\d{2})\s+tahun\b")
_AGE_BAND = re.compile(r"\b(\d{2})\s*(?:-|–|s\.?\s?d\.?|sampai)\s*(\d{2})\s*tahun\b")


def _other_age(asked: str, text: str) -> bool:
    """ "sy cowok umur 33, lari 12 menit min brp meter": a row of the 26-30 age band holds
    another band's figure; the asker's is the 31-35 row ("masa kerja 7 tahun" likewise falls
    in a "5-10 tahun" band)."""
    ages, bands = _ages_and_bands(asked, text)
    return bool(ages and bands) and not _held(ages, bands)


def ages_in_bands(asked: str, text: str) -> set[str]:
    """The asker's ages that a band of the passage holds ("46-50 tahun" holds "umur 48"): the
    row states them, though it never writes the number."""
    return {str(age) for age in _held(*_ages_and_bands(asked, text))}


def _ages_and_bands(asked: str, text: str) -> tuple[set[int], list[tuple[int, int]]]:
    ages = {int(a or b) for a, b in _AGE.findall(asked)}
    bands = [(int(lo), int(hi)) for lo, hi in _AGE_BAND.findall(text)] if ages else []
    return ages, bands


def _held(ages: set[int], bands: list[tuple[int, int]]) -> set[int]:
    return {a for a in ages if any(lo <= a <= hi for lo, hi in bands)}


# "per 30 September 2026", "sampai 30 Juni", "smp 30 sept": the day a running figure stands at
_AS_OF = re.compile(
    rf"\b(?:per|posisi|sampai(?:\s+dengan)?|s\.?\s?d\.?|smp|hingga)\s+(?:tanggal\s+|tgl\s+)?"
    rf"\d{{1,2}}\s+(?:{MONTH_FORMS})\b",
    re.I,
)


def _other_month(asked: str, text: str) -> bool:
    """ "pelatihan bulan Agustus 2026 apa saja": a passage dating only July is about July. The
    passage's months are read as a span ("Juli s.d. September" holds August)."""
    wanted = {MONTHS[m.lower()] for m in _A_MONTH.findall(asked)}
    shown = [MONTHS[m.lower()] for m in _A_MONTH.findall(text)]
    return bool(wanted and shown) and not wanted & set(range(min(shown), max(shown) + 1))


# "pagu tahun 2026"; "anggaran ... Tahun Anggaran 2026", a budget year named the standard way
_YEAR_OF = re.compile(r"\b(\w+)\s+tahun\s+(?:(anggaran)\s+)?(20\d\d)\b", re.I)


def _of_another_year(q: Question, asked: set[str], text: str) -> bool:
    """ "pagunya thn 2025 brp": a passage giving "pagu tahun 2026", and the asked thing of no
    year asked, states another year's figure."""
    if not asked:
        return False
    words = {w for g in q.groups for w in g}
    # "kuota pka": the table of "pelatihan ... kepemimpinan tahun 2027" dates PKA; the words of
    # a known acronym's expansion after its first ("pelatihan", "pegawai" date anything)
    words |= {part for g in q.groups if g & ACRONYMS.keys() for w in g for part in w.split()[1:]}
    years = {
        year for *named, year in _YEAR_OF.findall(text) if set(tokenize(" ".join(named))) & words
    }
    return bool(years) and not years & asked


def names_asked(text: str, q: Question) -> bool:
    """Does the text name a level, batch or year the question asks of ("Peserta Angkatan II",
    "Jadwal Tahun 2026")?"""
    asking = asking_words(q)
    years = set(YEAR.findall(asking))
    return names_level(text, ordinals(asking)) or bool(years & set(YEAR.findall(text)))


def asking_words(q: Question) -> str:
    """The words of the pieces that ask: "PKPM tingkat IV kapan dibuka? sy udh lulus tk III"
    asks of level IV; level III is the asker's situation."""
    asking = [part.raw for part in q.parts if not part.tells]
    return " ".join(asking) if asking else q.raw


_BATCH_UNITS = ("angkatan", "gelombang")


def unnamed_batch(
    text: str,
    q: Question,
    *,
    headings: tuple[str, ...] = (),
    years: bool = True,
    rows: Callable[[], list[str]] | None = None,
) -> bool:
    """ "Siapa saja mentor BIMA Angkatan II", "pemenang anugerah 2025 siapa": the people of one
    batch or year are named where that batch or year is; a rule that names none says who may
    hold the role, not who did. So is a batch's date ("DHB-12 angkatan III kapan": a note
    dated when the budget was drawn up is no batch's date); not a year's (``years``), which a
    schedule of that year need not repeat."""
    asking = asking_words(q)
    batches = {u: v for u, v in ordinals(asking).items() if u in _BATCH_UNITS}
    years = set(YEAR.findall(asking)) if years else set()
    if not batches and not years:
        return False
    whole = "\n".join((*headings, text, *(rows() if rows and batches else ())))
    if batches:  # "Angkatan II tahun 2026": a rule of 2026 does not name the batch's people
        return not names_level(whole, batches)
    return not years & set(YEAR.findall(whole))
