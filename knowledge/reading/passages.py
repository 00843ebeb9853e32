"""Passage reading: split a chunk into sentences, score them against the question, and tell
whether a passage holds the kind of fact that was asked (a number, an amount, a date)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from knowledge.reading.about import (
    ages_in_bands,
    asking_words,
    contradicts,
    names_level,
    ordinals,
    other_code,
    other_levels,
)
from knowledge.reading.facts import (
    COUNTED_UNITS,
    DEFINES,
    EXPANSION,
    GLOSSARY,
    MONTH,
    NUMBER,
    dated_by,
    has_fact,
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
    ROW_UNIT,
    intro,
    is_answer,
    is_item,
    parent_item,
    split_units,
    with_context,
)
from knowledge.reading.vocabulary import DURATION_UNITS, UNIT_WORDS
from knowledge.text.tokens import common_words, tokenize

FACT_KINDS = ("number", "money", "date", "day", "contact", "name", "who", "definition", "list")
NEAR_MIN_COVERAGE = 0.5  # share of the question's topic the fact's own sentence must name
MAX_ROWS = 12  # rows quoted for a question asking for several
DEFINED_SHARE = 0.8  # "sistem merit ASN itu apa": a sentence defining "ASN" does not answer


def defines(
    text: str,
    q: Question,
    idf: dict[str, float],
    unknown_idf: float,
    *,
    share: float = 0.5,
    heading: str = "",
    record: bool = False,
) -> bool:
    """A sentence that says what the asked term is ("Detasering adalah ..."), naming at least
    ``share`` of it; for "X singkatan dari apa", one that writes X out. ``record``: a row of a
    table file, whose "Korwil: Korwil I" is a field, not a glossary item."""
    if q.asks_expansion and _expansions(q.groups):
        return states_expansion(text, q.groups)
    return _writes_out(text, q.groups, idf, unknown_idf, share) or defines_terms(
        text,
        q.groups,
        idf,
        unknown_idf,
        share=share,
        heading=heading,
        record=record,
        term_first=not q.asks_expansion,  # "... adalah Formulir Refleksi (Formulir FR-A)"
    )


def _writes_out(
    text: str, groups: list[set[str]], idf: dict[str, float], unknown_idf: float, share: float
) -> bool:
    """A sentence writing an acronym of the question beside its known expansion ("BJK = Bidang
    Bina Jasa Konstruksi") says what it is, with no "adalah", when it names ``share`` of the
    question ("akreditasi LAN" is not what "Lembaga Administrasi Negara (LAN) adalah ..." says;
    a sentence writing "JP" and "jam pelajaran" defines no "detasering")."""
    pairs = [
        (a, set(alt.split())) for g in groups for alt in g if " " in alt for a in g if " " not in a
    ]
    return any(
        any(acronym in stems and words <= stems for acronym, words in pairs)
        and coverage(groups, stems, idf, unknown_idf) >= share
        for stems in (set(tokenize(unit)) for unit in split_units(text))
    )


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
    heading: str = "",
    record: bool = False,
    term_first: bool = True,
) -> bool:
    """A sentence says what the asked term is, naming at least ``share`` of it; a glossary
    item is read with its section's name ("- Tertunda: ..." under "Status JP di e-CAKAP" says
    what the JP status "tertunda" is); a table file's row is a glossary only by its header."""
    section = heading.splitlines()[-1].split(" > ")[-1] if heading else ""
    asked = {_compact(alt) for g in groups for alt in g}
    for unit in split_units(text):
        # a glossary table's row, "Singkatan: AKP; Kepanjangan: Analisis ...": its first cell
        # is the term; else "- Detasering (secondment): penugasan sementara ..."
        row = record or _FIELDS.search(unit)  # "Korwil: Korwil I; Kecamatan: ..." is a row
        head = _FIRST_CELL.match(unit) or (None if row else GLOSSARY.match(unit))
        if head and not term_first and not _the_term_written_out(unit, head, asked):
            head = None  # what an acronym stands for: "• SI-RAKIT aktif: 1 Februari" is no item
        meaning = None if head else _MEANING_FIELD.search(unit)
        if meaning and not any(group_hits(groups, set(tokenize(unit[: meaning.start()])))):
            meaning = None  # "SILAJU itu apa": the guide's title names it, no row defines it
        expansion = EXPANSION.search(unit)  # "Sasaran Kinerja Pegawai (SKP)"
        # the term comes before "adalah": "persentase ... adalah Korwil I 96,2%" says what the
        # share is, not what a Korwil is; "..., selanjutnya disebut Korwil." names it after
        definers = [m.start() for m in DEFINES.finditer(unit) if m.group(1).lower() in _COPULAS]
        before = unit[: definers[-1]] if definers and term_first else unit
        named = any(group_hits(groups, set(tokenize(before))))
        said = (
            f"{head.group(1)} {section}"
            if head
            else f"{unit[: meaning.start()]} {heading}"  # the table is of its title's
            if meaning
            else unit
            if DEFINES.search(unit) and named
            else expansion.group(0)
            if expansion
            else ""
        )
        if said and coverage(groups, set(tokenize(said)), idf, unknown_idf) >= share:
            return True
    return False


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _the_term_written_out(unit: str, head: re.Match, asked: set[str]) -> bool:
    """A glossary item of the asked acronym, and a name after it: "1. SI-RAKIT: Sistem
    Informasi ...", "Singkatan: KLIP; Kepanjangan: Kelompok ...", not "SI-RAKIT aktif: 1
    Februari" nor "SI-RAKIT: aktif sejak Februari"."""
    term = re.sub(r"^\W*(?:\d{1,3}|[a-z])?[.)]?\s*", "", head.group(1))
    value = unit[head.end(1) :].lstrip(" :;\t")
    value = re.sub(rf"^(?i:{_MEANING}|keterangan)\s*:\s*", "", value)
    return _compact(term) in asked and value[:1].isupper()


# the header of a column saying what a term means or stands for
_MEANING = "kepanjangan|pengertian|artinya|arti|makna|maksud|definisi"
# a glossary table's row: its first column is the term, its second what it stands for
_FIRST_CELL = re.compile(
    r"^(?i:singkatan|istilah|akronim|kata|kode)\s*:\s*([^:;\n]{1,60});\s*"
    rf"(?i:kepanjangan/arti|{_MEANING}|keterangan)\s*:\s*\S"
)


# a table row with a column saying what the row's term means ("Status: Ditutup; Warna label:
# Abu-abu; Arti: Catatan tidak dihitung"): the fields before it name the term
_MEANING_FIELD = re.compile(rf";\s*(?i:{_MEANING})\s*:\s*\S")


# a table row read with its header, "Korwil: Korwil I; Kecamatan: Sari Kota": a second field
# (a glossary item's "- Ditolak: bukti tidak sah; klaim diajukan ulang" has one)
_FIELDS = re.compile(r";\s*[^:;]{1,40}:\s")
# the verbs after which a definition's term has been named: "X adalah ...", not "disebut X"
_COPULAS = ("adalah", "merupakan", "yaitu", "ialah", "berarti", "artinya")


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
    others: tuple[Question, ...] = (),
) -> bool:
    """The asked kind of fact stands in a sentence that (with its heading and lead-in) names
    most of what the passage has of the question's topic, not in some other sentence of the
    same passage. Relative to the passage: chat words no document uses count for nobody.
    ``about`` (a message's headline) names the topic of every sentence, no level or title;
    ``record``: the passage is one row of a table file, its fields one statement (a bare
    number in a field the question names, when it has one). ``others``: the message's other
    asks, whose sentences are not this one's (below)."""
    if q.kind not in FACT_KINDS:
        return True
    if q.kind == "definition":  # what the asked term itself is, all of it, or X written out
        # a row's heading is its key cells ("Batu Lawang — Korwil I"), no section titled
        return defines(
            text, q, idf, unknown_idf, share=DEFINED_SHARE, heading=heading, record=record
        ) or (not record and _titled_for(heading, q, idf, unknown_idf))
    unit_stems = given_in(q)
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
    rates = q.rates if q.kind in ("number", "money") else []
    counted = _counted_in(q, heading)
    levels = _levels_to_check(q, heading)
    head = q.head(idf) if q.kind == "number" and q.units else None
    cells = (
        cells_of(text, q.units) + named_cells(text, q)
        if q.kind == "number"
        # a Markdown table's row reads "Komponen: X; Sisa: 36.750.000": a cell a line
        else money_cells(text + "\n" + "\n".join(units).replace("; ", "\n"), heading)
        if q.kind == "money"
        else ()
    )
    # a bare number asked of a row that has a field the question names stands in such a field
    named_fields = record and q.kind == "number" and not q.units and _field_named(text, q.groups)
    others_named = [(other, _asked_of(other, idf)) for other in others]
    for i, unit in enumerate(units):
        stated = (
            has_fact(unit, counted)
            or (head is not None and _labelled_by(unit, head))
            or any(re.search(rf"(?<![\d.,]){re.escape(v)}(?![\d.,]*\d)", unit) for v in cells)
        )
        if not stated or (levels and _of_other_levels(units, i, levels)) or other_code(q.raw, unit):
            continue
        if named_fields and not _field_named(unit, q.groups):
            continue  # "No: 44" in the row of the unit asked is not its attendance
        if not record and _of_another_ask(unit, topic, others_named):
            continue
        # read with the heading, the lead-in and the passage's opening sentence, which
        # names the topic later sentences refer back to ("Belajar mandiri melalui platform
        # eksternal adalah ..." ... "Bukti diunggah paling lambat 30 hari")
        # ... an item beside it in the same list labelled with its own subject ("- Akun dan
        # aplikasi: Dimas, WhatsApp ...") is no such sentence: it names its own person or
        # thing; an unlabelled item ("- Lama pelatihan 4 bulan") goes on about the first's
        sibling = is_item(units[0]) and bool(_LABELLED_ITEM.match(unit))
        opening = units[0] if i and not sibling else ""
        own = text if record else f"{opening} {with_context(units, i)}"
        context = f"{heading} {about} {own}"
        if rates and not all(group_hits(rates, set(tokenize(context)))):
            continue  # "biaya per angkatan": an amount given per no batch is some other one
        near = coverage(
            topic, set(tokenize(context)) | ages_in_bands(q.text, context), idf, unknown_idf
        )
        if near > 0 and near >= NEAR_MIN_COVERAGE * whole:
            return True
    return False


def given_in(q: Question) -> set[str]:
    """The stems of what the asked fact is given in ("jp", "orang"); "jam berapa" asks a time
    of day, so its "jam" is the question's word for "pukul"."""
    stems = set(tokenize(" ".join(q.units)))
    return stems | {"jam"} if "pukul" in q.units else stems


_LABELLED_ITEM = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)]|[a-z][.)])\s*[^:\n]{1,40}:\s*\S")


def _asked_of(ask: Question, idf: dict[str, float]) -> set[str]:
    """What an ask counts or is about ("sesi", "kuota"), not its qualifiers ("minimal") or
    passing words; a duration's units say nothing of its thing."""
    counted = () if ask.units == DURATION_UNITS else ask.units
    return set(tokenize(" ".join(counted))) | (ask.head(idf) or set())


def _of_another_ask(
    unit: str, topic: list[set[str]], others: list[tuple[Question, set[str]]]
) -> bool:
    """ "Berapa lama pendampingan KLIP dan minimal berapa sesi coaching": "Setiap sesi
    berlangsung 90 menit" under "Sesi Pendampingan" names what the other ask is of
    (``_asked_of``) and none of this one's words, and states no fact of that ask either: its
    duration is of a session, not of the mentoring. A sentence naming nothing of either is
    read with its heading, as before."""
    stems = set(tokenize(unit))
    if not others or any(group_hits(topic, stems)):
        return False
    return any(named & stems and not has_fact(unit, other) for other, named in others)


def _of_other_levels(units: list[str], i: int, levels: dict[str, set[int | str]]) -> bool:
    """A unit naming only other levels or batches than the asked; one naming none of that kind
    is of what its lead-in names ("Tes semester II dilaksanakan ...:" over "- Gelombang 1
    (Senin, 20 September 2027)")."""
    shown = ordinals(units[i])
    if any(kind in shown for kind in levels):
        return other_levels(units[i], levels)
    return other_levels(with_context(units, i), levels)


def _field_named(unit: str, groups: list[set[str]]) -> bool:
    """A number in a table file's field ("Persentase Kehadiran (%): 77,3", "kuota: 17") whose
    label names a word of the question."""
    return any(any(group_hits(groups, label)) for label, _ in _labelled_numbers(unit))


def _labelled_by(text: str, head: set[str]) -> bool:
    """ "kuota ppi dasar ruang mawar brp orang" in the row "... kuota: 5 ...": a bare number in
    a column headed with what the count is asked of holds it, whatever unit the asker put on
    it; one the cell gives another unit or a month ("kuota: 2 angkatan", "pendaftaran: 12
    Maret") counts something else."""
    return any(
        head & label and not (after in COUNTED_UNITS or MONTH.fullmatch(after))
        for label, after in _labelled_numbers(text)
    )


def _labelled_numbers(text: str):
    """Each number standing after a cell's label ("kuota: 5"): the label's stems and the word
    after the number."""
    lowered = EMPHASIS.sub("", text.lower())
    for match in NUMBER.finditer(lowered):
        label = _LABEL_WORD.search(lowered[max(0, match.start() - 40) : match.start()])
        if label:
            after = lowered[match.end() :].split()[:1]
            yield set(tokenize(label.group(1))), after[0] if after else ""


# the words heading a cell, "(unit)" allowed: "kuota: 5", "Kuota (orang): 5", "shuttle run maks
# detik: 17,5"; up to four, none a number (a number ends the cell before: "sit up 1 menit min")
_LABEL_WORD = re.compile(r"((?:[^\W\d][\w-]*\s+){0,3}\w+)(?:\s*\([^)]*\))?\s*[:=]\s*$")


def _levels_to_check(q: Question, heading: str) -> dict[str, set[int | str]]:
    """The levels and batches asked, which the fact's sentence must not name only others of,
    unless the heading names the asked one (then "lulus Tingkat Dasar" under "Tingkat Lanjut"
    is a requirement named in passing). A heading naming others of the kind beside it ("capaian
    JP semester I dan persiapan tes semester II") leaves its sentences to say which they are of."""
    asked = ordinals(asking_words(q))
    shown = ordinals(heading)
    only_asked = all(shown.get(kind, set()) <= values for kind, values in asked.items())
    return {} if names_level(heading, asked) and only_asked else asked


def _titled_for(heading: str, q: Question, idf: dict[str, float], unknown_idf: float) -> bool:
    """ "konsep 10 20 70 maksudnya gmn": a section headed with the asked term ("Model
    pembelajaran 10:20:70") is what the document says that term is; not what it stands for
    (a slide "Peralihan APIK ke SI-RAKIT" does not write SI-RAKIT out)."""
    section = heading.splitlines()[-1].split(" > ")[-1] if heading else ""
    if q.asks_expansion and not EXPANSION.search(section):
        return False  # "FORMAT RENCANA PENGEMBANGAN INDIVIDU (RPI)" writes RPI out
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
    known = [g for g in topic if is_known(g, idf)]
    return coverage(topic, {p for g in known for alt in g for p in alt.split()}, idf, unknown_idf)


def is_known(group: set[str], idf: dict[str, float]) -> bool:
    """Some document writes one of the term's forms (every word of a multi-word one)."""
    return any(all(p in idf for p in alt.split()) for alt in group)


# A document saying what it leaves to other rules: "Pedoman ini tidak mengatur cuti, ...";
# "Jenis hukuman disiplin tidak diatur dalam nota dinas ini"; "Rincian perubahan itu belum
# dirangkum di dokumen ini"; "... tidak dirangkum di sini karena ...".
_NOT_COVERED = re.compile(
    r"\bini\s+(?:juga\s+|pun\s+)?tidak\s+(?:pula\s+)?mengatur\b"  # "Pedoman ini juga tidak ..."
    r"|\b(?:tidak|belum)\s+(?:diatur|dimuat|termuat|dirangkum|dirinci|dibahas|dijelaskan)\s+"
    r"(?:di|dalam)\s+(?:sini\b|[\w ]{0,40}?\bini\b)",
    re.I,
)
# "hal apa saja yang tidak diatur dalam pedoman": what the document leaves out is the answer
_ASKS_NOT_COVERED = re.compile(
    r"\b(?:tidak|tak|belum)\s+(?:diatur|mengatur|dimuat|dibahas|dijelaskan|dirinci)\b"
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
    if not _NOT_COVERED.search(text) or _ASKS_NOT_COVERED.search(q.text):
        return None  # most passages: no sentence to weigh; "apa saja yang tidak diatur": asked
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


def group_hits(
    groups: list[set[str]],
    stems: set[str],
    together: Callable[[], str] | None = None,
    names: frozenset[str] = frozenset(),
) -> list[bool]:
    """Which question term groups appear in a set of stems (multi-word alternatives need all
    words; with ``together``, a passage's stems in order, read only when needed, an acronym's
    written-out name among ``names`` must stand whole: a paraphrase may not, "penggantian
    biaya" is "biaya ... tidak diganti")."""
    return [
        any(
            _holds(alt, stems, together if alt in names else None)
            for alt in sorted(g, key=lambda a: " " in a)  # a word first: no order read
        )
        for g in groups
    ]


def _holds(alt: str, stems: set[str], together: Callable[[], str] | None) -> bool:
    if " " not in alt:
        return alt in stems
    if not all(part in stems for part in alt.split()):
        return False
    return together is None or f" {alt} " in together()


@lru_cache(maxsize=4096)
def in_order(text: str) -> str:
    """A passage's stems in their order, for a phrase to be found whole: "Latsar" read as
    "pelatihan dasar" is in "Pelatihan Dasar CPNS", not in a row's "Pelatihan: BLS dan
    Kegawatdaruratan Dasar". Lines and sentences apart: "... mengikuti pelatihan. Dasar
    penilaian ..." holds no phrase across them."""
    parts = (" ".join(tokenize(part)) for part in _BREAKS.split(text))
    return f" {' | '.join(parts)} "


_BREAKS = re.compile(r"\n|[.;:!?](?=\s)")


def rows_told_apart(
    groups: list[set[str]], best: set[str], rows: list[set[str]]
) -> list[int] | None:
    """ "siapa saja peserta dari Bidang Rehabilitasi Sosial": the rows (their stems) that hold
    every word of the question the best row holds and some row of its table lacks (the unit,
    the mentor's name, "teguran tertulis"); None when no such word tells rows apart ("OPD
    mana yg capaiannya di bawah 60%" compares figures). A number does not tell them apart:
    "Gelombang I" is found in a row's NIP as well."""
    held = [
        g
        for g, hit in zip(groups, group_hits(groups, best), strict=True)
        if hit and not any(alt.isdigit() for alt in g)
    ]
    telling = [g for g in held if not all(group_hits([g], row)[0] for row in rows)]
    if not telling:
        return None
    return [k for k, row in enumerate(rows) if all(group_hits(telling, row))]


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
    together: Callable[[], str] | None = None,
    names: frozenset[str] = frozenset(),
) -> float:
    """IDF-weighted share of the question's content terms present in a passage; an
    ``optional`` group (the asker's situation) counts only where the passage holds it."""
    if not groups:
        return 0.0
    weights = [max(term_weight(alt, idf, unknown_idf) for alt in g) for g in groups]
    hits = group_hits(groups, stems, together, names)
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
    if q.several:  # "apa saja ...", "siapa saja ...": every matching row
        picked = _rows_alike(units, picked, q)
    if q.kind == "list":  # "apa saja ...": the whole list or table an item of it was picked from
        picked = _whole_lists(units, picked, max_chars * 2)
    picked = dated_by(units, _with_lead_ins(units, picked))
    return [units[p] for p in _with_list_items(units, picked, max_chars * 2)]


def _rows_alike(units: list[str], picked: list[int], q: Question) -> list[int]:
    """A question asking for several ("siapa saja", "apa saja") over a table: the rows of the
    picked row's table that the question tells apart as it does that row, in the table's
    order, instead of the few rows a single fact would need."""
    rows = [p for p in picked if ROW_UNIT.match(units[p])]
    if not rows:
        return picked
    best = max(rows, key=lambda p: sum(group_hits(q.groups, set(tokenize(units[p])))))
    start, end = best, best + 1
    while start > 0 and ROW_UNIT.match(units[start - 1]):
        start -= 1
    while end < len(units) and ROW_UNIT.match(units[end]):
        end += 1
    table = [set(tokenize(units[p])) for p in range(start, end)]
    # a word the table's caption or lead-in holds names the table ("Susunan Tim Pengelola
    # Kompetensi"), not a row: "Pengelola" in one row's Jabatan tells no Verifikator apart
    above = set(tokenize(" ".join(units[max(0, start - 2) : start])))
    groups = [g for g, hit in zip(q.groups, group_hits(q.groups, above), strict=True) if not hit]
    told = rows_told_apart(groups, table[best - start], table)
    if told is None:  # the caption's words were the only ones ("verifikator ... dalam tim")
        told = rows_told_apart(q.groups, table[best - start], table)
    if told is None:  # "sebutkan mentor dari Korwil III": the rows by number, so all of them
        told = list(range(len(table)))
    alike = [start + k for k in told][:MAX_ROWS]
    others = [p for p in picked if not start <= p < end]
    return sorted({*others, *alike, best})


def _with_lead_ins(units: list[str], picked: list[int]) -> list[int]:
    """A list item comes with the sentence that introduces it ("Hal berikut diatur oleh
    instansi: - pengakuan sertifikat webinar ..."): alone, an item says nothing of what it is."""
    out = set(picked)
    for pos in picked:
        if not is_item(units[pos]) or pos == 0:
            continue
        if (parent := parent_item(units, pos)) is not None:
            out.add(parent)  # "a. KA-06 ...:" says whose "1) tanggal semula ..." this is
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
    where = bool(_WHERE.search(q.text))  # "diadakan di mana": the "Tempat:" field says
    scored = []
    for pos, unit in enumerate(units):
        if pos in skip:
            continue
        stems = set(tokenize(unit))
        if (parent := parent_item(units, pos)) is not None:  # "a. KA-06 ...:" / "1) tanggal ..."
            stems |= set(tokenize(units[parent]))
        overlap = sum(
            max(idf.get(alt.split()[0], 1.0) for alt in g)
            for g, hit in zip(q.groups, group_hits(q.groups, stems), strict=True)
            if hit
        )
        bonus = 2.0 if q.kind in FACT_KINDS and has_fact(unit, q) else 0.0
        bonus += 3.0 if _in_range(unit, asked_numbers) else 0.0
        bonus += 5.0 if any(cell.search(unit) for cell in named) else 0.0
        bonus += 3.0 if total and is_total_row(unit) else 0.0
        bonus += 2.0 if where and _PLACE_FIELD.match(unit) else 0.0
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
    cells = [pos for _, pos in scored if any(cell.search(units[pos]) for cell in named)]
    if cells and not set(cells) & set(chosen):
        # "Subbag HUMAS dapat berapa kursi diklat Jurnalistik Dasar": the cell named is
        # the answer, however many of the question's words the row's name line holds
        chosen.append(cells[0])
    if q.kind in FACT_KINDS and not any(has_fact(units[p], q) for p in chosen):
        # the asked kind of fact, when the passage has it, is part of the answer
        stating = next((pos for _, pos in scored if has_fact(units[pos], q)), None)
        if stating is not None:
            chosen.append(stating)
    # "di mana ...", "lembaga apa yang menyelenggarakan": the field whose label the question
    # names ("Tempat: ...", "Penyelenggara: ...") answers, past a long lead-in; a date or an
    # amount asked is found by its kind ("kapan pendaftaran dibuka" takes no "Pendaftaran:")
    asked = set(tokenize(q.text)) if q.kind in ("who", "name", "general") else set()
    fields = [
        pos
        for _, pos in scored
        if (where and _PLACE_FIELD.match(units[pos])) or _label_asked(units[pos], asked)
    ]
    if fields and not set(fields) & set(chosen):
        chosen.append(fields[0])
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


def _label_asked(unit: str, asked: set[str]) -> bool:
    """A field of its own ("Penyelenggara: LSP ...", not a table row's "A: x; B: y") whose
    label shares a word with the question."""
    label = _ONE_FIELD.match(unit)
    return bool(label) and bool(set(tokenize(label.group(1))) & asked)


_ONE_FIELD = re.compile(r"^[-*\s]*([^:;\n]{2,30}):\s+[^;\n]*$")
_WHERE = re.compile(r"\b(?:di\s*mana|dimana|tempatnya|lokasinya)\b")
_PLACE_FIELD = re.compile(r"(?i)^[-*\s]*(?:tempat|lokasi|alamat)\b[^:;\n]{0,30}:\s*\S")
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


_CAPTION = re.compile(r"(?:tabel|table|gambar|bagan|grafik)\s+[\dIVX][\w.]*\b", re.I)


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
        if follows is is_item and nxt + 1 < len(units) and _CAPTION.match(units[nxt]):
            nxt += 1  # "... empat tingkat:" / "Tabel 9.1 Tingkat evaluasi" / its rows
            if is_item(units[nxt]):
                out.add(nxt - 1)
        while nxt < len(units) and follows(units[nxt]) and size + len(units[nxt]) <= budget:
            if nxt not in out:
                out.add(nxt)
                size += len(units[nxt])
            nxt += 1
    return sorted(out)
