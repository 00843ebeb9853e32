"""Passage reading: split a chunk into sentences, score them against the question, and tell
whether a passage holds the kind of fact that was asked (a number, an amount, a date)."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.reading.about import (
    MONTH_FORMS,
    MONTH_NAMES,
    ages_in_bands,
    asking_words,
    contradicts,
    names_level,
    ordinals,
    other_levels,
)
from knowledge.reading.question import Question
from knowledge.reading.tables import (
    cell_line,
    cells_of,
    is_total_row,
    money_cells,
    named_cells,
    named_pairs,
    total_asked,
)
from knowledge.reading.units import (
    EMPHASIS,
    intro,
    is_answer,
    is_item,
    split_units,
    with_context,
)
from knowledge.reading.vocabulary import ORDINAL_UNITS, RATE_WORDS, UNIT_WORDS
from knowledge.text.tokens import DOTTED, common_words, tokenize

FACT_KINDS = ("number", "money", "date", "day", "contact", "name", "who", "definition", "list")
NEAR_MIN_COVERAGE = 0.5  # share of the question's topic the fact's own sentence must name
DEFINED_SHARE = 0.8  # "sistem merit ASN itu apa": a sentence defining "ASN" does not answer
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
    r"\b(?:[Dd]r|Drs|Dra|Ir|Prof|Hj?|Bapak|Ibu|Bpk|Sdr|Sdri)\.?\s+[A-Z][a-z]+"
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+,\s*(?:S|M|Dr|A)\.[A-Za-z.]+"
    r"|\b(?i:nama)\s*[:=]\s*[A-Z][a-z]+"  # a list's "Nama: Gilang Pratama Usman"
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
    *,
    record: bool = False,
) -> bool:
    """The asked kind of fact stands in a sentence that (with its heading and lead-in) names
    most of what the passage has of the question's topic, not in some other sentence of the
    same passage. Relative to the passage: chat words no document uses count for nobody.
    ``about`` (a message's headline) names the topic of every sentence, no level or title;
    ``record``: the passage is one row of a table file, its fields one statement."""
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
        cells_of(text, q.units) + named_cells(text, q)
        if q.kind == "number"
        else money_cells(text, heading)
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
        own = text if record else f"{units[0] if i else ''} {with_context(units, i)}"
        context = f"{heading} {about} {own}"
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
    lowered = EMPHASIS.sub("", text.lower())
    for match in _NUMBER.finditer(lowered):
        label = _LABEL_WORD.search(lowered[max(0, match.start() - 40) : match.start()])
        if not label or not head & set(tokenize(label.group(1))):
            continue
        after = lowered[match.end() :].split()[:1]
        if not after or not (after[0] in _COUNTED_UNITS or _MONTH.fullmatch(after[0])):
            return True
    return False


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


# Who does things in Indonesian public administration: an answer to "siapa yang ...".
_ROLE = re.compile(
    r"\b(pegawai|atasan|kepala|pejabat|pimpinan|sekretaris|menteri|gubernur|bupati|wali ?kota|"
    r"camat|lurah|direktur|inspektur|inspektorat|ketua|koordinator|tim|panitia|komite|dewan|"
    r"instansi|unit|"
    r"bagian|biro|bidang|badan|dinas|lembaga|kementerian|perangkat daerah|bkpsdm|bkd|bkn|lan|"
    r"ppk|pyb|mentor|coach|widyaiswara|fasilitator|penyelenggara|pengelola|admin\w*|peserta|"
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


# A sentence that says what something is: "X adalah ...", "- X: ...", "Nama Lengkap (NL)".
_EXPANSION = re.compile(
    r"\b[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*)+\s*\(\s*[A-Za-z0-9]{2,10}\s*\)"
)

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
    """The unit holding most of ``groups``; None when two tie. An FAQ's answer is read with
    its question ("Bagaimana dengan tugas belajar? Tidak diatur dalam Peraturan ini.")."""
    best, best_cov, tied = None, 0.0, False
    for i, unit in enumerate(units):
        words = set(tokenize(unit))
        merged = bool(
            i
            and _NOT_COVERED.search(unit)
            and (
                units[i - 1].rstrip().endswith("?")
                or (_REFERS_BACK.search(unit) and any(a.focus in words for a in q.asked))
            )
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
        listed = is_item(text) or bool(_GLOSSARY.match(text)) or text.count(",") >= 2
        return text.rstrip().endswith(":") or listed
    if q.kind == "who":  # "siapa yang menyusun ...": a role or a body is the answer
        return bool(_PERSON.search(text)) or _names_a_role(text, q)
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
            or _IN_FORCE.search(text)
        )
    return True


# legal drafting's closing article: "... mulai berlaku pada tanggal diundangkan", whose day the
# signing block gives ("Diundangkan di Sungai Liat pada tanggal 8 Februari 2027")
_IN_FORCE = re.compile(r"\bberlaku\s+(?:sejak|pada)\s+tanggal\s+(diundangkan|ditetapkan)\b", re.I)


def _dated_by(units: list[str], picked: list[int]) -> list[int]:
    """A picked "berlaku pada tanggal ditetapkan" brings the line giving that day."""
    out = set(picked)
    for pos in picked:
        said = _IN_FORCE.search(units[pos])
        if said is None:
            continue
        event = said.group(1).lower()
        out.update(
            i
            for i, unit in enumerate(units)
            if unit.lower().startswith(event) and _DAY.search(unit)
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


def _has_number_with_unit(text: str, units: tuple[str, ...], citations_count: bool = False) -> bool:
    """A number followed by the unit ("24 JP", "24 (dua puluh empat) JP", "60-90 menit"),
    labelled by it ("JP: 24", a table cell, "**Kapasitas:** 60 kursi"), or after a unit that
    comes first ("Tingkat III")."""
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
        if measured and _COUNT_LABEL.search(before) and not _UNIT_AFTER.match(after):
            return True
        if _MONTH.match(after.lstrip(" *_")):  # "menjadi 25 Mei 2026": a day, no amount
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


_COUNTED_UNITS = {a for aliases in UNIT_WORDS.values() for a in aliases}
# what a number of a counted noun ("kuota ... menjadi 50 orang") is not given in
_NOT_OF_PEOPLE = (_COUNTED_UNITS | {"wib", "wita", "wit"}) - {"orang", "peserta", "pegawai"}
_MEASURED_IN = re.compile(r"\bsatuan\s*[:=]\s*([a-z]+)(?:\s+([a-z]+))?")
_COUNT_LABEL = re.compile(r"\b(?:jumlah|volume|banyaknya|total|stok)\s*[:=]\s*$")
# a word after the count that is its own unit ("jumlah: 2 lokasi"), not the next field's label
_UNIT_AFTER = re.compile(r"[ \t]*[a-z]+(?![a-z]*(?:[ \t]+[a-z]+)?[ \t]*:)")
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
_AMOUNT_SAID = (
    r"(?:sebanyak|sebesar|berjumlah|adalah|paling\s+\w+|maksimal|minimal|sampai(?:\s+dengan)?"
    r"|hingga|menjadi)"
)


def _amount_said(line: str, unit: str) -> bool:
    """A counted noun, then a word that gives its amount, then the number ("ukuran paling
    besar 2 MB" for "berapa ukuran"); a unit ("2 JP") must say itself after the number."""
    if unit in _COUNTED_UNITS:
        return False
    return bool(
        re.search(rf"\b{re.escape(unit)}\b{_SAME_CLAUSE}{{0,120}}\b{_AMOUNT_SAID}\s*$", line)
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
    named = [cell_line(label, value) for ask in asks for label, value in named_pairs(text, ask)]
    total = total_asked(text, q, idf)
    picked = sorted(
        {
            p
            for ask in asks
            for p in _pick(units, ask, idf, budget, skip=other, named=named, total=total)
        }
    )
    if q.kind == "list":  # "apa saja ...": the whole list or table an item of it was picked from
        picked = _whole_lists(units, picked, max_chars * 2)
    picked = _dated_by(units, _with_lead_ins(units, picked))
    return [units[p] for p in _with_list_items(units, picked, max_chars * 2)]


def _with_lead_ins(units: list[str], picked: list[int]) -> list[int]:
    """A list item comes with the sentence that introduces it ("Hal berikut diatur oleh
    instansi: - pengakuan sertifikat webinar ..."): alone, an item says nothing of what it is."""
    out = set(picked)
    for pos in picked:
        if not is_item(units[pos]) or pos == 0:
            continue
        lead = intro(units, pos)
        if lead is not None and units[lead].rstrip().endswith(":"):
            out.add(lead)
    return sorted(out)


def _whole_lists(units: list[str], picked: list[int], budget: int) -> list[int]:
    out = set(picked)
    size = sum(len(units[p]) for p in out)
    for pos in picked:
        if not is_item(units[pos]):
            continue
        start = pos
        while start > 0 and is_item(units[start - 1]):
            start -= 1
        if start > 0 and units[start - 1].rstrip().endswith(":"):
            start -= 1  # the list's lead-in
        end = pos
        while end + 1 < len(units) and is_item(units[end + 1]):
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
        bonus += 3.0 if total and is_total_row(unit) else 0.0
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
    totals = [pos for _, pos in scored if total and is_total_row(units[pos])]
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
            follows = is_item
        elif lead.endswith("?"):  # an FAQ's question brings its answer
            follows = is_answer
        else:
            continue
        nxt = pos + 1
        while nxt < len(units) and follows(units[nxt]) and size + len(units[nxt]) <= budget:
            if nxt not in out:
                out.add(nxt)
                size += len(units[nxt])
            nxt += 1
    return sorted(out)
