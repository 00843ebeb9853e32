"""Whether a text states the kind of fact a question asks: a number in the unit asked, an
amount of money, a date, a person or a role, a contact, a definition or a list."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.reading.about import MONTH_FORMS, MONTH_NAMES
from knowledge.reading.question import Question
from knowledge.reading.units import EMPHASIS, is_item, split_units
from knowledge.reading.vocabulary import ORDINAL_UNITS, RATE_WORDS, UNIT_WORDS
from knowledge.text.tokens import DOTTED, tokenize

NUMBER_WORDS = (
    "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas|"
    "seratus|puluh|belas|ratus|ribu|setengah|separuh"
)
NUMBER = re.compile(rf"(?:\b|(?<=rp))(\d+(?:[.,]\d+)*|{NUMBER_WORDS})\b", re.I)  # "Rp5.000"
_MONEY = re.compile(r"\brp\.?\s?\d|\brupiah\b|\bjuta\b", re.I)
_PHONE = r"(?:\+62|\b62|\b0)\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,5}\b"
_ADDRESS = r"[\w.+-]+@[\w-]+\.[\w.]+"
_CONTACT = re.compile(f"{_PHONE}|{_ADDRESS}")  # "0812-4400-7315", "+62 812 ...", an address
# the channel a contact ask names: a phone number is no e-mail address, nor the other way
_CHANNELS = (
    (re.compile(r"\b(?:wa|whatsapp|telepon|telp|hp|handphone|ponsel)\b"), re.compile(_PHONE)),
    (re.compile(r"\b(?:email|e-mail|surel|alamat surat elektronik)\b"), re.compile(_ADDRESS)),
)
_PERSON = re.compile(
    r"\b(?:[Dd]r|Drs|Dra|Ir|Prof|Hj?|Bapak|Ibu|Bpk|Sdr|Sdri)\.?\s+[A-Z][a-z]+"
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+,\s*(?:S|M|Dr|A)\.[A-Za-z.]+"
    r"|\b(?i:nama)\s*[:=]\s*[A-Z][a-z]+"  # a list's "Nama: Gilang Pratama Usman"
)
DAY = re.compile(  # "24/11/2028", "2028-11-24" (a CSV export), "24 November", "tanggal 24"
    r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?\s+("
    + MONTH_FORMS
    + r")\b|\btanggal\s+\d{1,2}\b",
    re.I,
)
MONTH = re.compile(rf"\b({MONTH_NAMES})\b", re.I)
# When something happens: a date, a deadline with its term, a recurring period. A bare year
# names a rule, and "setelah seminar" says an order, not a time.
_DATEISH = re.compile(
    r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(paling lambat|selambat-lambatnya|sebelum|sesudah|setelah)\b[^.;]{0,40}?\b(\d+|satu|dua|tiga|"
    r"empat|lima|enam|tujuh|sepuluh|akhir|awal)\b"
    r"|\b(setiap|tiap|akhir|awal)\s+(hari|minggu|pekan|bulan|tahun|semester|triwulan|periode)\b"
    # a weekday ("ditutup hari Senin pukul 15.00", "setiap Rabu"): "Minggu" only as a day
    r"|\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|ahad|hari minggu)\b",
    re.I,
)


GLOSSARY = re.compile(r"^[-*•\s]*([^:;]{2,60}):\s+\S")
DEFINES = re.compile(
    r"\b(adalah|merupakan|yaitu|ialah|berarti|artinya|disebut|singkatan dari)\b", re.I
)


# Who does things in Indonesian public administration: an answer to "siapa yang ...".
_ROLE = re.compile(
    r"\b(pegawai|atasan|kepala|pejabat|pimpinan|sekretaris|menteri|gubernur|bupati|wali ?kota|"
    r"camat|lurah|direktur|inspektur|inspektorat|ketua|koordinator|tim|panitia|komite|dewan|"
    r"instansi|unit|"
    r"bagian|biro|bidang|badan|dinas|lembaga|kementerian|perangkat daerah|bkpsdm|bkd|bkn|lan|"
    r"ppk|pyb|mentor|coach|widyaiswara|fasilitator|narasumber|narsum|pemateri|instruktur|"
    r"pengajar|pelatih|penyelenggara|pengelola|admin\w*|peserta|"
    r"penguji|verifikator|operator)\b",
    re.I,
)


def _names_a_role(text: str, q: Question) -> bool:
    """A role or body; when a role is asked of ("siapa saja mentor angkatan I"), one the
    question does not name itself: "Pelatihan Mentor Angkatan I" says who is trained, not who
    mentors. "siapa saja yang wajib ikut" is answered by the kinds of staff it names."""
    if q.asks_doer:
        return bool(_ROLE.search(text))
    return any(
        not set(tokenize(m.group(0))) <= q.words or _NAMED_AFTER.match(text, m.end())
        for m in _ROLE.finditer(text)
    )


# the asked role with its holder's name: "Ketua Panitia: Ahmad Yani", "(Mentor): Hj. Sitti",
# "Ketua panitia adalah Ahmad Yani", "hubungi Ketua Panitia *dr. Sri Handayani*"; not a day or
# a month after a colon ("Pelatihan Coach: Senin, 3 Maret")
_TITLE = r"(?:[Dd]r|Drs|Dra|Ir|Hj?|Ns|Prof)\."
_NOT_A_NAME = rf"(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|(?i:{MONTH_NAMES}))\b)"
_NAMED_AFTER = re.compile(
    rf"[^:;\n]{{0,30}}?(?::\s*[*_]*(?:{_NOT_A_NAME}[A-Z][A-Za-z]+|{_TITLE})"
    rf"|\s+(?:adalah|yaitu|ialah|dijabat(?:\s+oleh)?|oleh)\s+[*_]*(?:{_TITLE}\s*)?[A-Z]"
    rf"|\s[*_]*{_TITLE}\s*[A-Z])"
)


# a person's role heading a field whose value is a name without a title: "Kepala Pos: Yakobus
# Sawang", "Mentor: Rizky Maulana" (not "Ketua: Sekretaris Dinas", "Unit kerja: Pos Damkar")
_HELD_BY = re.compile(
    r"\b(?i:kepala|ketua|wakil ketua|sekretaris|koordinator|mentor|coach|pembimbing|pelatih|"
    r"instruktur|widyaiswara|fasilitator|narasumber|narahubung|pic|penanggung jawab|admin\w*|"
    r"verifikator|operator|penguji|pejabat|atasan|pimpinan)(?:\s+[A-Za-z]+){0,2}\s*[:=]\s*[*_]*"
    rf"{_NOT_A_NAME}([A-Z][a-z']+(?:\s+[A-Z][a-z']+)+)"
)


def _held_by_name(text: str) -> bool:
    """A table gives names without "Drs." or "S.Sos." as often as with: its column says it."""
    return any(not _ROLE.match(m.group(1)) for m in _HELD_BY.finditer(text))


# A sentence that says what something is: "X adalah ...", "- X: ...", "Nama Lengkap (NL)".
# "Sasaran Kinerja Pegawai (SKP)", "Pelatihan Dasar (Latsar)": a short name in brackets, not a
# remark ("Pedoman penyelenggaraan pelatihan UPTD BLK (terpisah)")
EXPANSION = re.compile(
    r"\b[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*)+\s*\(\s*[A-Z0-9][A-Za-z0-9]{1,9}\s*\)"
)


_ENUMERATED = re.compile(r";(?:\s*(?:dan/atau|dan|atau))?\s*$", re.I)


def has_fact(text: str, q: Question) -> bool:
    """Does this text hold the kind of fact the question asks for?"""
    if q.kind == "list":  # "syarat X apa saja": a list's lead-in or item, or an enumeration
        listed = is_item(text) or bool(GLOSSARY.match(text)) or text.count(",") >= 2
        # "peserta menyampaikan LAPP paling lambat ...;": an item of an enumeration set as
        # paragraphs without markers, each closed by a semicolon (or "; dan", "; dan/atau")
        listed = listed or bool(_ENUMERATED.search(text))
        return text.rstrip().endswith(":") or listed
    if q.kind == "who":  # "siapa yang menyusun ...": a role or a body is the answer
        return bool(_PERSON.search(text)) or _names_a_role(text, q)
    if q.kind == "definition":
        return bool(DEFINES.search(text) or GLOSSARY.match(text) or EXPANSION.search(text))
    if q.kind == "money":
        return bool(_MONEY.search(text))
    if q.kind == "contact":  # "nomor WA Bu Rizky": her line giving only her e-mail has none
        asked = [found for channel, found in _CHANNELS if channel.search(q.text)]
        return any(found.search(text) for found in asked or [_CONTACT])
    if q.kind == "name":  # "siapa nama ...": a person's name, not a role
        return bool(_PERSON.search(text)) or _held_by_name(text)
    if q.kind == "day":  # "tanggal berapa": a day of a month, not just a year
        return bool(DAY.search(text))
    if q.kind == "number":
        own = frozenset(re.findall(r"\d+", q.text))
        return _has_number_with_unit(text, q.units, citations_count=q.asks_rule_number, own=own)
    if q.kind == "date":  # "masa jabatan lebih dari 4 tahun" is a length, not a when
        return bool(
            MONTH.search(text)
            or DAY.search(text)
            or _DATEISH.search(text)
            or _WITHIN.search(text)
            or IN_FORCE.search(text)
        )
    return True


# legal drafting's closing article: "... mulai berlaku pada tanggal diundangkan", whose day the
# signing block gives ("Diundangkan di Sungai Liat pada tanggal 8 Februari 2027")
IN_FORCE = re.compile(r"\bberlaku\s+(?:sejak|pada)\s+tanggal\s+(diundangkan|ditetapkan)\b", re.I)


def dated_by(units: list[str], picked: list[int]) -> list[int]:
    """A picked "berlaku pada tanggal ditetapkan" brings the line giving that day."""
    out = set(picked)
    for pos in picked:
        said = IN_FORCE.search(units[pos])
        if said is None:
            continue
        event = said.group(1).lower()
        out.update(
            i for i, unit in enumerate(units) if unit.lower().startswith(event) and DAY.search(unit)
        )
    return sorted(out)


# a when as a span from something: "dalam waktu 14 hari", "paling lama 1 x 24 jam", "30 hari
# kalender setelah kegiatan", "H-10"
_WITHIN = re.compile(
    r"\b(?:dalam(?: waktu| jangka waktu)?|paling lama|maksimal|selambatnya)\s+\d+"
    r"(?:\s*x\s*\d+)?(?:\s*\([\w ]+\))?\s*(?:hari|minggu|pekan|bulan|tahun|jam|menit)\b"
    r"|\b\d+(?:\s*\([\w ]+\))?\s*(?:hari|minggu|pekan|bulan|tahun|jam|menit)"
    r"(?:\s+kerja|\s+kalender)?"
    r"\s+(?:setelah|sebelum|sejak|sesudah|terhitung)\b|\bh\s?[-+]\s?\d+\b",
    re.I,
)
_CITATION_NUMBER = re.compile(
    r"(?:\b(?:nomor|no|pasal|ayat|tahun|pp|uu|perpres|permen\w*|peraturan \w+(?: \w+)?)\s+|/"
    # a code's number: "PLM-01", "DHB-15" name a course or a form, no amount ("ke-2" is asked)
    r"|\b(?!ke-)[a-z]{2,6}-)$"
)


def _is_citation(lowered: str, match: re.Match) -> bool:
    """ "Nomor 7 Tahun 2024", "Pasal 203", "11/2017", a year, "PLM-01": numbers that name a
    rule, a date or a code, not an amount a "berapa" question wants."""
    token = match.group(1)
    if re.fullmatch(r"(19|20)\d\d", token) or "/" in lowered[match.end() : match.end() + 1]:
        return True
    return bool(_CITATION_NUMBER.search(lowered[max(0, match.start() - 30) : match.start()]))


# Units written before their number: "Tingkat III", "Angkatan II", "pukul 08.00", "triwulan 2".
PREFIX_UNITS = {*ORDINAL_UNITS, "pukul", "jam"}
_UNIT_FIRST = re.compile(r"\b(" + "|".join(sorted(PREFIX_UNITS)) + r")\s+(?:[ivx]{1,4}|\d+)\b")


def _has_number_with_unit(
    text: str,
    units: tuple[str, ...],
    citations_count: bool = False,
    own: frozenset[str] = frozenset(),
) -> bool:
    """A number followed by the unit ("24 JP", "24 (dua puluh empat) JP", "60-90 menit"),
    labelled by it ("JP: 24", a table cell, "**Kapasitas:** 60 kursi"), or after a unit that
    comes first ("Tingkat III"); of no unit asked, any number but those the asker wrote
    ("total RAB 2026 brp" is not answered by "Tahun Anggaran 2026")."""
    lowered = EMPHASIS.sub("", text.lower())
    if "pukul" in units and _TIME_OF_DAY.search(lowered):  # "07.30 - 09.00   Sesi 1"
        return True
    for match in _UNIT_FIRST.finditer(lowered):
        if match.group(1) in units:
            return True
    # an inventory's row gives its count's unit in a column of its own: "satuan: unit; jumlah: 20"
    measured = any(
        m.group(1) in units or f"{m.group(1)} {m.group(2)}" in units
        for m in _MEASURED_IN.finditer(lowered)
    )
    for match in NUMBER.finditer(lowered):
        if not citations_count and _is_citation(lowered, match):
            continue
        after = lowered[match.end() : match.end() + 40]
        if not units:
            # "ditetapkan ... 9 Februari 2029" counts nothing asked
            if match.group(0) in own or MONTH.match(after.lstrip(" *_")):
                continue
            return True
        before = lowered[max(0, match.start() - 16) : match.start()]
        line = lowered[lowered.rfind("\n", 0, match.start()) + 1 : match.start()]
        label = _LABEL.search(line)  # read once per number, not once per unit
        labels = set(re.findall(r"[\w%]+", label.group(1))) if label else set()
        if measured and _COUNT_LABEL.search(before) and not _UNIT_AFTER.match(after):
            return True
        if MONTH.match(after.lstrip(" *_")):  # "menjadi 25 Mei 2026": a day, no amount
            continue
        # "dibagi menjadi 2 angkatan", "dibuka hingga 15.00 WITA": an amount of another unit
        counted = re.match(r"\s*([a-z]+)", after)
        other = bool(counted) and counted.group(1) in _NOT_OF_PEOPLE
        for unit in units:
            u = re.escape(unit) + _longer_unit(unit, units)
            if re.match(rf"{_RANGE_TAIL}(?:{_NOT_A_RATE}[\w()]+\s+){{0,3}}{u}(?!\w)", after):
                return True
            if re.search(rf"\b{u}\s*[:=]\s*$", before):
                return True
            # a column headed with its unit: "Tepat Waktu (%): 95,1", "Pagu (juta Rp): 286,0"
            if re.search(rf"\(\s*{u}(?:\s+[\w.]+)?\s*\)\s*[:=]\s*$", before):
                return True
            if unit in labels:
                return True
            if not other and _amount_said(
                lowered[max(0, match.start() - 160) : match.start()], unit
            ):
                return True
    return False


COUNTED_UNITS = {a for aliases in UNIT_WORDS.values() for a in aliases}
# what a number of a counted noun ("kuota ... menjadi 50 orang") is not given in
_NOT_OF_PEOPLE = (COUNTED_UNITS | {"wib", "wita", "wit"}) - {"orang", "peserta", "pegawai"}
_MEASURED_IN = re.compile(r"\bsatuan\s*[:=]\s*([a-z]+)(?:\s+([a-z]+))?")
_COUNT_LABEL = re.compile(r"\b(?:jumlah|volume|banyaknya|total|stok)\s*[:=]\s*$")
# a word after the count that is its own unit ("jumlah: 2 lokasi"), not the next field's label
_UNIT_AFTER = re.compile(r"[ \t]*[a-z]+(?![a-z]*(?:[ \t]+[a-z]+)?[ \t]*:)")
# Units of two words whose first is a unit too: "20 jam pelajaran" is 20 JP, not 20 hours.
_TWO_WORD_UNITS = {a for a in COUNTED_UNITS if " " in a}


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
_AMOUNT_SAID = (
    r"(?:sebanyak|sebesar|berjumlah|adalah|paling\s+\w+|maksimal|minimal|sampai(?:\s+dengan)?"
    r"|hingga|menjadi|mencapai|sejumlah)"
)


def _amount_said(line: str, unit: str) -> bool:
    """A counted noun, then a word that gives its amount, then the number ("ukuran paling
    besar 2 MB" for "berapa ukuran", "pendaftar ... mencapai 31 orang", a label's "Target:
    paling rendah 80 persen"); a unit ("2 JP") must say itself after the number."""
    if unit in COUNTED_UNITS:
        return False
    return bool(
        re.search(
            rf"\b{re.escape(unit)}\b(?:\s*:)?{_SAME_CLAUSE}{{0,120}}\b{_AMOUNT_SAID}\s*$", line
        )
    )


# within one clause, over a wrapped line of the same item ("3. Kuota Diklat Angk. I\n
# ditambah menjadi 30 orang"), not into the next item; a shortened word's dot ends none
_SAME_CLAUSE = (
    r"(?:[^.;:\n]|\n(?!\s*(?:[-*•]|\d{1,3}[.)]|[a-z][.)])\s)"
    + "".join(rf"|(?<=\b{word})\." for word in (*DOTTED, "no"))
    + ")"
)


# "20 JP per tahun" is a number of JP, not of years: a rate's "per" ends the search for the unit
_NOT_A_RATE = rf"(?!(?:{'|'.join(RATE_WORDS)})\b)"
_TIME_OF_DAY = re.compile(r"(?<![\d.,/])([01]?\d|2[0-3])[.:][0-5]\d(?![\d.,/])")
# what may stand between a number and its unit: a range's other end ("60-90", "1 sampai 3")
_RANGE_TAIL = r"[\s()]*(?:(?:[-\u2013]|s\.?d\.?|sampai(?: dengan)?|hingga)\s*\d+(?:[.,]\d+)*\s*)?"


def moves(text: str, other: str, *, rows_only: bool = False) -> list[str]:
    """The sentences of ``text`` saying that a day ``other`` gives was moved ("... dipindahkan
    dari Kamis, 28 Mei 2026 di Aula ... menjadi Senin, 25 Mei 2026", "diperpanjang dari
    tanggal 11 Mei ... ke 25 Mei", "semula 2-3 September 2026, menjadi 9-10 September"), and
    the rows of a change table whose old value ``other`` still gives (see ``changed_rows``):
    they give what now stands, which ``other`` no longer does. A day of another year is
    another day. ``rows_only``: the change table's rows only."""
    rows = changed_rows(text, other)
    if rows_only:
        return rows
    moved = [u for u in (*_moved_days(text, other), *_no_longer(text, other)) if u not in rows]
    return rows + list(dict.fromkeys(moved))


# "Mulai 8 Maret 2030, Kelas Berbagi diadakan setiap hari Jumat ..., tidak lagi hari Rabu": a
# weekly day a schedule gives, said to stand no more
_NO_LONGER = re.compile(
    r"\b(?:tidak|bukan)\s+lagi\s+(?:pada\s+|setiap\s+)?(?:hari\s+)?"
    r"(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b",
    re.I,
)


def _no_longer(text: str, other: str) -> list[str]:
    out = []
    for unit in (" ".join(unit.split()) for unit in _units(text)):
        for day in _NO_LONGER.findall(unit):
            if re.search(rf"\bhari\s+{re.escape(day)}\b", other, re.I):
                out.append(unit)
                break
    return out


def _moved_days(text: str, other: str) -> list[str]:
    days = set()
    for match in DAY.finditer(other):
        year = _YEAR_AFTER.match(other, match.end())
        days.add((" ".join(match.group(0).split()), year.group(1) if year else None))
    if not days:
        return []
    out = []
    for unit in (" ".join(unit.split()) for unit in _units(text)):
        if not _MOVE_VERB.search(unit) and not _WAS.search(unit):
            continue
        for day, year in days:
            said = re.search(
                rf"\b(?:dari|semula)\s+(?:tanggal\s+)?(?:\w+(?:-\w+)?,?\s+\(?)?{re.escape(day)}\b"
                rf"(?:\s+(\d{{4}}))?.{{0,200}}?\b(?:menjadi|ke)\b",
                unit,
                re.I,
            )
            if said and not (year and said.group(1) and said.group(1) != year):
                out.append(unit)
                break
    return out


# The columns of a change table, the value before and the value after: minutes' "Semula |
# Menjadi", an erratum's "Tertulis | Seharusnya", a schedule's "Jadwal Lama | Jadwal Baru" or
# "Sebelum | Sesudah". The two labels differ in that last word only ("Lama pelatihan" is a
# duration, "Sebelum Pelatihan | Sesudah Pelatihan" a pre- and post-test).
BEFORE_WORDS = ("semula", "sebelum", "lama", "tertulis")
AFTER_WORDS = ("menjadi", "sesudah", "baru", "seharusnya")
# what a change table's row says without writing it: the thing was moved, changed, became
CHANGE_STEMS = frozenset(tokenize("dipindahkan diubah diganti diundur dimajukan digeser menjadi"))
_ROW_CELL = re.compile(r"(?:^|;\s)([^:;]{1,60}):\s")
_NO_VALUE = re.compile(r"[\s\-\u2013\u2014]*")  # "-": the cell says nothing


def changed_from(unit: str) -> str | None:
    """A change table's row ("Kegiatan: KS-116 - tempat; Semula: Aula Cempaka; Menjadi: Aula
    PSAA"): the value it says no longer stands, when the row also gives the one that does (a
    row whose new cell is "-" was cancelled, not changed)."""
    labels = list(_ROW_CELL.finditer(unit))
    if len(labels) < 2:
        return None
    cells = [
        (m.group(1).strip().lower().split(), unit[m.end() : n.start() if n else len(unit)].strip())
        for m, n in zip(labels, [*labels[1:], None], strict=True)
    ]
    for old, before in cells:
        if not old or old[-1] not in BEFORE_WORDS or _NO_VALUE.fullmatch(before):
            continue
        for new, after in cells:
            paired = new and new[-1] in AFTER_WORDS and new[:-1] == old[:-1]
            if paired and not _NO_VALUE.fullmatch(after):
                return before
    return None


def changed_rows(text: str, other: str) -> list[str]:
    """The rows of a change table in ``text`` whose old value ``other`` still gives: the same
    words ("Aula Cempaka BDKS"), or every day it names ("14-16 April 2026" for "Selasa-Kamis,
    14-16 April 2026"), dashes and spacing aside; a whole figure ("2 Maret" is not in "12
    Maret")."""
    rows = _change_rows(text)
    if not rows:
        return []
    said = _flat(other)
    return [
        unit
        for unit, flat, days in rows
        if (len(flat) >= 5 and _holds(said, flat)) or (days and all(_holds(said, d) for d in days))
    ]


@lru_cache(maxsize=1024)
def _units(text: str) -> tuple[str, ...]:
    """A passage's units, read once for all the passages it is compared with."""
    return tuple(split_units(text))


@lru_cache(maxsize=1024)
def _change_rows(text: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Each change row of a passage with its old value and the days in it, flattened."""
    out = []
    for unit in _units(text):
        before = changed_from(unit)
        if before is not None:
            days = tuple(_flat(m.group(0)) for m in DAY.finditer(before))
            out.append((" ".join(unit.split()), _flat(before), days))
    return tuple(out)


def _holds(text: str, words: str) -> bool:
    return re.search(rf"(?<![\w.,]){re.escape(words)}(?![\w,]|\.\d)", text) is not None


def _flat(text: str) -> str:
    text = re.sub(r"\s*[-\u2013\u2014]\s*", "-", text.lower())
    return " ".join(re.sub(r"[,;|]", " ", text).split())


_YEAR_AFTER = re.compile(r"\s+(\d{4})\b")
# "Klinik ...: semula 2-3 September 2026, menjadi 9-10 September 2026": a change said without
# a verb of moving
_WAS = re.compile(r"\bsemula\b.{0,200}?\bmenjadi\b", re.I)
_MOVE_VERB = re.compile(
    r"\b(?:dipindah(?:kan)?|diundur|dimajukan|digeser|bergeser|diubah|berubah|diperpanjang"
    r"|dipercepat|ditunda|dijadwalkan ulang)\b",
    re.I,
)


def says_a_change(text: str) -> bool:
    """A passage that may move a value: a verb of moving, or "semula" (was)."""
    return bool(
        _MOVE_VERB.search(text) or re.search(r"\bsemula\b", text, re.I) or _NO_LONGER.search(text)
    )


def has_change_rows(text: str) -> bool:
    """A passage holding a change table's rows ("Semula | Menjadi")."""
    return bool(_change_rows(text))


def days_given(text: str) -> set[str]:
    """The days a passage gives, as ``moves`` reads them (lower case, spaces collapsed)."""
    return {" ".join(m.group(0).lower().split()) for m in DAY.finditer(text)}
