"""The number a question asks for: the unit it is asked in ("berapa jam"), and what is
counted ("berapa kuota"), or whether it asks an amount of money at all."""

from __future__ import annotations

import re

from knowledge.reading.vocabulary import (
    BOUND_WORDS,
    COUNT_WORDS,
    GENERIC,
    MEASURED_IN,
    MONEY_WORDS,
    NOT_HEADS,
    NOT_NOUNS,
    RATE_WORDS,
    UNIT_WORDS,
    bare,
)
from knowledge.text.dates import is_year
from knowledge.text.tokens import tokenize


def berapa_clause(text: str) -> list[str]:
    """The words of the clause that holds "berapa" ("jp nya brp, tgl kapan" -> "jp nya berapa")."""
    for clause in re.split(r"[?,;!]", text):
        words = [w for w in clause.split() if w != "nya"]
        if "berapa" in words:
            return words
    return []


# "tahun ini", "bulan depan": when the question is about, not a unit of the number asked
WHEN_WORDS = {
    f"{unit} {when}"
    for unit in ("tahun", "bulan", "minggu", "hari")
    for when in ("ini", "lalu", "depan", "kemarin", "berjalan")
}
INTO = ("ke", "dalam", "menjadi")  # "20 JP ke menit", "dalam jam": the unit a quantity is put in


def asked_unit(words: list[str]) -> str | None:
    """The unit right after "berapa" ("berapa jp"), or just before it ("jp-nya berapa")."""
    if "berapa" not in words:
        return None
    at = words.index("berapa")
    # "brp jam/menit": either unit answers; the first is read
    after = words[at + 1].split("/")[0] if at + 1 < len(words) else ""
    two = " ".join(words[at + 1 : at + 3])  # "berapa jam pelajaran": JP, not hours
    longer = next((u for u, aliases in UNIT_WORDS.items() if " " in two and two in aliases), None)
    if longer is not None:
        return longer
    if after == "lama" or after in UNIT_WORDS:
        return after
    into = next(  # "dikonversi ke menit jadi berapa": the unit converted into
        (u for w, u in zip(words[:at], words[1:at], strict=False) if w in INTO and u in UNIT_WORDS),
        None,
    )
    if into is not None:
        return into
    before = words[at - 1] if at > 0 else ""
    if before in ("jam", "pukul"):  # "jam berapa": a time of day, not a number of hours
        return "pukul"
    if before == "tanggal":  # "data per tanggal berapa", "mulai tanggal berapa pencatatan JP
        return None  # pakai X": a day, not a rate per day nor the JP named after it
    ahead = next(
        (
            w
            for i, w in enumerate(words[at + 2 : at + 4], at + 2)
            if w in UNIT_WORDS
            and words[i - 1] not in RATE_WORDS  # "brp maksimal per tahun"
            and " ".join(words[i : i + 2]) not in WHEN_WORDS  # "brp mentor tahun ini"
            and not is_year(" ".join(words[i + 1 : i + 2]))  # "brp kursi tahun 2027"
        ),
        None,
    )
    if ahead is not None and after not in UNIT_WORDS:  # "berapa target jp", "berapa rata-rata jp"
        return ahead
    if at > 1 and words[at - 2] in RATE_WORDS:  # "target jp per tahun berapa"
        rated = next((w for w in reversed(words[: at - 2]) if w in UNIT_WORDS), None)
        return rated if rated != before else None
    return before if before in UNIT_WORDS else None


def counts_no_money(words: list[str]) -> bool:
    """ "berapa kuota penerima bantuan biaya studi": what is counted follows "berapa" (seats),
    the money word only names the programme."""
    counted, at = counted_noun(words), _counted_at(words)
    after = words[at + 1] if counted and at + 1 < len(words) else ""
    if counted and counted[0] not in _COUNT_HEADS and bare(after) in MONEY_WORDS:
        return False  # "berapa total alokasi anggaran": an allocation of money
    stems = [set(tokenize(c)) for c in counted]
    return bool(counted) and all(
        s and not s & NOT_HEADS and bare(c) not in MONEY_WORDS
        for c, s in zip(counted, stems, strict=True)
    )  # "berapa batas maksimal fasilitasi biaya": the amount of money


def in_fiscal_year(words: list[str], i: int) -> bool:
    """ "kuota tubel tahun anggaran 2027": the year named, no money asked."""
    return words[i] == "anggaran" and i > 0 and words[i - 1] in ("tahun", "ta")


# what a count is of, whatever money word follows ("berapa kuota biaya tubel": seats)
_COUNT_HEADS = frozenset(("kuota", "peserta", "orang", "formasi", "jatah", "jumlah"))


def _counted_at(words: list[str]) -> int:
    """Where the counted noun stands after "berapa" (-1 without it); the word after it says
    whether money is counted ("berapa total alokasi anggaran")."""
    at = words.index("berapa") if "berapa" in words else -1
    while 0 <= at < len(words) - 2 and (
        words[at + 1] in COUNT_WORDS  # "berapa jumlah modul"
        or (words[at + 1] in BOUND_WORDS and words[at + 2] in MEASURED_IN)  # "batas usia"
    ):
        at += 1
    return at + 1 if 0 <= at < len(words) - 1 else -1


def counted_noun(words: list[str]) -> tuple[str, ...]:
    """ "berapa angka kredit": the number must come with what is counted, not any number;
    "berapa usia": a measure's number comes with its unit."""
    at = _counted_at(words)
    after = words[at] if at >= 0 else ""
    counted = (
        after not in GENERIC
        and after not in NOT_NOUNS
        and after not in RATE_WORDS  # "dpt brp per semester": a rate, no counted thing
        and len(after) > 2
        and not any(c.isdigit() for c in after)
    )
    return MEASURED_IN.get(after, (after,)) if counted else ()
