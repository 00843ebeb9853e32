"""Among the passages that answer, the one the asker is shown first: the steps for a how-to
question, the list for a list question, the sentence beside the amounts the question gives.
Each is a preference between passages that answer, never a reason to answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from knowledge.reading.about import MONTH_NAMES
from knowledge.reading.facts import has_fact
from knowledge.reading.passages import FACT_KINDS, group_hits, holds_all_known, term_weight
from knowledge.reading.question import Question
from knowledge.reading.units import ITEM_START, split_units
from knowledge.reading.vocabulary import ORDINAL_UNITS, PROCEDURE, UNIT_WORDS
from knowledge.text.tokens import NUMBER_VALUES, tokenize

# "cara/prosedur X": the steps are asked ("skrg hrs gmn" asks what to do, not a procedure)
STEPS_ASKED = re.compile(r"\b(cara|caranya|langkah|prosedur|mekanisme|alur|tahapan)\b")
_GIVEN = re.compile(r"\b(\d+)\s+([a-z]+)")
_GIVEN_TWO = re.compile(r"\b(\d+)\s+([a-z]+)(?:\s+([a-z]+))?")
_STEP = re.compile(r"^\s*(?:\d{1,2}[.)]|langkah\s+\d)\s", re.I)
# a list's lead-in writes its count out: "delapan kompetensi manajerial ASN:"
COUNTS = {word: int(n) for word, n in NUMBER_VALUES.items() if n >= 2}


def preference(
    q: Question, idf: dict[str, float], unknown_idf: float
) -> Callable[[str, str], tuple[bool, ...]]:
    """A sort key over a passage's text and heading: the amounts given, then the list, then the
    steps (what the question does not ask for plays no part)."""
    steps = bool(STEPS_ASKED.search(q.text)) and q.kind not in FACT_KINDS
    listed = q.kind == "list"
    # "... apa aja sih? mau ngisi IDP nih": the list is of what the asking part names
    listing = next((a for a in q.asked if a.kind == "list"), q)

    rated = q.kind in ("money", "number") and bool(q.rates)
    item = _rarest_item(q, idf, unknown_idf) if rated else None
    spanned = q.kind in FACT_KINDS and bool(RANGE_ASKED.search(q.text))

    def key(text: str, heading: str) -> tuple[bool, ...]:
        return (
            not states_with_givens(text, q),
            not equates(text, q),
            spanned and not _states_a_range(text, q),
            rated and not (states_the_rate(text, q) and _names(item, text, heading)),
            listed and not lists_it(text, listing, idf, unknown_idf),
            steps and not states_steps(text, heading),
        )

    return key


# "jam brp sampai brp", "dari tgl brp s.d. brp": both ends of a span are asked
RANGE_ASKED = re.compile(
    r"\bberapa\s+(?:sampai|hingga|s\.?\s?d\.?)\s+(?:\w+\s+){0,2}berapa\b"
    r"|\bmulai\s+(?:\w+\s+)?berapa\b.{0,40}\bselesai\s+(?:\w+\s+)?berapa\b"
)
_TO = r"\s*(?:[-\u2013]|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*"
_ZONE = r"(?:\s*(?:WIB|WITA|WIT))?"
# a span of the hours of a day or of days: "09.00-11.45 WIB", "pukul 09.00 WIB s.d. 11.45
# WIB", "12 Agustus s.d. 16 Agustus 2031", "1-26 Februari"; no telephone number or ISO date
_RANGE = re.compile(
    rf"\b\d{{1,2}}[.:]\d{{2}}{_ZONE}{_TO}(?:pukul\s+)?\d{{1,2}}[.:]\d{{2}}\b"
    rf"|\b\d{{1,2}}(?:\s+(?:{MONTH_NAMES}))?(?:\s+\d{{4}})?{_TO}\d{{1,2}}\s+(?:{MONTH_NAMES})\b",
    re.I,
)


def _states_a_range(text: str, q: Question) -> bool:
    """A sentence giving the asked kind of fact as a span ("pukul 09.00-11.45 WIB"), not one
    end of it ("Rapat ditutup pukul 11.45 WIB")."""
    return any(_RANGE.search(unit) and has_fact(unit, q) for unit in split_units(text))


def states_with_givens(text: str, q: Question) -> bool:
    """ "20 jp tuh klo dikonversi ke menit jd brp": the quantities the question gives ("20 JP")
    stand in the sentence that answers it ("20 JP ... setara dengan 900 menit"), where another
    only states the rule they are worked from ("1 JP = 45 menit"). A quantity is a number with
    its unit: "Angkatan II" and "SE 2025" name things; "1 X" says "per X"."""
    givens = [
        (n, UNIT_WORDS[u])
        for n, u in _GIVEN.findall(q.text)
        if n != "1" and u in UNIT_WORDS and u not in ORDINAL_UNITS
    ]
    if not givens or q.kind not in FACT_KINDS or q.kind == "definition":
        return False
    return any(
        has_fact(unit, q)
        and all(re.search(rf"\b{n}\s+(?:{'|'.join(forms)})\b", unit.lower()) for n, forms in givens)
        for unit in split_units(text)
    )


# an amount and, within a few words, the period or session it is given per: "Rp350.000 per
# JP", "3 JP/hari", "Rp125.000 per orang per hari", "Rp150.000/orang/hari"
_PER = re.compile(
    r"(rp\.?\s?)?\d[\d.,]*\s*(?:\([^)]{1,40}\)\s*)?((?:[^\W\d]+\s*){0,3}?)(?:per\s+(?:\w+\s+per\s+)?|/\s*(?:\w+\s*/\s*)?)(\w+)"
)


def states_the_rate(text: str, q: Question) -> bool:
    """ "honor pengajar dalam brp per JP": a sentence writing an amount of the kind asked
    (rupiah for money, the unit asked for a count) per the period asked ("Rp350.000 per JP")
    states the rate; a budget row's unit price ("Harga satuan (Rp): 350.000", "Satuan: JP")
    applies it to a year's volume."""
    rates = set().union(*q.rates)
    units = set(tokenize(" ".join(q.units)))
    for m in _PER.finditer(text.lower()):
        if not set(tokenize(m.group(3))) & rates:
            continue
        if q.kind == "money" and m.group(1) or units & set(tokenize(m.group(2))):
            return True
    return False


def _rarest_item(q: Question, idf: dict[str, float], unknown_idf: float) -> set[str] | None:
    """ "bantuan biaya per semester utk PPDS": what the rate is asked of, the question's
    rarest word beside the rate's period and unit ("semester", "rupiah")."""
    said = set().union(*q.rates) | set(tokenize(" ".join(q.units)))
    # a word no document uses ("Puskesmas Sukamaju") names nothing a passage could name
    groups = [g for g in q.groups if not g & said and any(w.split()[0] in idf for w in g)]
    weight = lambda g: max(term_weight(alt, idf, unknown_idf) for alt in g)  # noqa: E731
    return max(groups, key=weight, default=None)


def _names(item: set[str] | None, text: str, heading: str) -> bool:
    """A rate written for another group ("PPPK ... Rp2.500.000 per semester") is no rate of
    the item asked; the row naming it is read before it."""
    return item is None or group_hits([item], set(tokenize(f"{heading} {text}")))[0]


EQUALS = re.compile(r"\b(?:sama dengan|setara(?: dengan)?|senilai(?: dengan)?)\b|=")
_EQUAL_WORDS = "sama dengan setara senilai"  # "itu setara brp menit" asks only the conversion
_WHOLE_NUMBERS = {w: int(n) for w, n in NUMBER_VALUES.items() if n == int(n)}  # no "setengah"
_SPELLED = re.compile(r"(\d)\s*\([a-z ]+\)")  # "1 (satu) JP": the number as the rule spells it


def equates(text: str, q: Question) -> bool:
    """ "1 JP itu brp menit", a conversion of units and nothing else: the sentence that equates
    the quantity given with the unit asked ("1 (satu) JP sama dengan 45 menit"), before a row
    that merely has "1 JP" and minutes."""
    givens = converted(q)
    if not givens:
        return False
    for unit in split_units(text):
        flat = _in_digits(_SPELLED.sub(r"\1", unit.lower()))  # "satu JP sama dengan"
        given = [re.search(rf"\b{n}\s+(?:{'|'.join(forms)})\b", flat) for n, forms in givens]
        if all(given) and EQUALS.search(flat, max(g.end() for g in given)) and has_fact(unit, q):
            return True
        if _defines_one(flat, givens) and has_fact(unit, q):
            return True
    return False


def defines_a_unit(text: str) -> bool:
    """Does this text define a unit of measure ("Jam Pelajaran yang selanjutnya disingkat JP
    adalah satuan waktu ... selama 45 menit", a glossary's "JP: ... 45 menit")?"""
    return bool(_defined(_ALL_FORMS).search(text.lower()))


def _defines_one(flat: str, givens: list[tuple[str, tuple[str, ...]]]) -> bool:
    """One of a single unit asked ("1 JP itu brp menit") is what the unit's definition gives:
    the unit named, then a defining word or as a glossary's term (a colon or a table cell
    after it), then "satuan"."""
    if len(givens) != 1 or givens[0][0] != "1":
        return False
    return bool(_defined("|".join(map(re.escape, givens[0][1]))).search(flat))


@lru_cache(maxsize=64)
def _defined(forms: str) -> re.Pattern:
    # "JP adalah satuan waktu ...", a glossary's "| JP | Jam Pelajaran, satuan waktu ...": the
    # unit defined as a unit ("satuan"), not a line on it ("JP: 2 per sesi 60 menit")
    return re.compile(
        rf"(?:\b(?:{forms})\b[^.;\n]{{0,60}}?\b(?:adalah|ialah|yaitu|merupakan)\b"
        rf"|^[|*\-\s]*(?:{forms})\s*[:|])[^.;\n]{{0,40}}?\bsatuan\b",
        re.M,
    )


_ALL_FORMS = "|".join(dict.fromkeys(re.escape(f) for fs in UNIT_WORDS.values() for f in fs))


def _in_digits(text: str) -> str:
    return " ".join(str(_WHOLE_NUMBERS.get(w, w)) for w in text.split())


def _given_unit(given: tuple[str, str, str]) -> tuple[str, str | None]:
    """ "1 jam pelajaran" is 1 JP; "1 jam" an hour."""
    n, first, second = given
    two = next((u for u, forms in UNIT_WORDS.items() if f"{first} {second}" in forms), None)
    return n, two or (first if first in UNIT_WORDS else None)


def converted(q: Question) -> list[tuple[str, tuple[str, ...]]]:
    """The quantities a question converts into the unit it asks ("1 JP itu brp menit": 1 JP,
    with the unit's written forms); none when it asks anything beside the conversion ("ikut
    seminar 1 hari dapat brp jp" asks of seminars)."""
    asked = _in_digits(q.text)  # "satu jp": "1 jp"
    givens = [(n, UNIT_WORDS[u]) for n, u in map(_given_unit, _GIVEN_TWO.findall(asked)) if u]
    if not givens or q.kind != "number" or not q.units:
        return []
    written = (*q.units, *(f for _, fs in givens for f in fs), _EQUAL_WORDS)
    named = {*NUMBER_VALUES, *tokenize(" ".join(written))}
    if any(not g & named and not any(w.isdigit() for w in g) for g in q.groups):
        return []
    return givens


def states_steps(text: str, heading: str = "") -> bool:
    """ "cara ngisi riwayat diklat gmn": a passage that gives the steps (a numbered list, or a
    section headed as a procedure: "Langkah umum memperbarui riwayat pelatihan")."""
    numbered = sum(bool(_STEP.match(u)) for u in split_units(text))
    return numbered >= 2 or bool(
        PROCEDURE.search(heading.splitlines()[-1].lower() if heading else "")
    )


def lists_it(text: str, q: Question, idf: dict[str, float], unknown_idf: float) -> bool:
    """ "kompetensi manajerial contohnya apa aja": a passage that lists them (items under a
    lead-in that names all of what is asked: "... delapan kompetensi manajerial ASN:"), not
    one that mentions them between commas or lists something else of the same topic."""
    units = split_units(text)
    for i, unit in enumerate(units[:-2]):
        items = units[i + 1 : i + 3]  # bullets or numbers: a table's rows list aspects
        if not unit.rstrip().endswith(":") or not all(ITEM_START.match(u) for u in items):
            continue
        stems = set(tokenize(unit))
        stems |= {str(n) for word, n in COUNTS.items() if word in stems}  # "ada 8": "delapan"
        if holds_all_known(q.groups, stems, idf, unknown_idf):
            return True
    return False
