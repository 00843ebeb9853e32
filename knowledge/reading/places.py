"""Places a question names ("Kabupaten Contoh Jaya", "pemkot contoh raya"): an agency's
documents answer for the region they are written for, not for another one they never name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.reading.vocabulary import DATE_WORDS, GENERIC, UNIT_WORDS
from knowledge.text.dates import MONTHS
from knowledge.text.normalize import normalise
from knowledge.text.tokens import common_words, tokenize

# the kind of region, as chat and documents write it
PLACE_KINDS = {
    "kabupaten": ("kabupaten", "kab.", "kab", "pemkab", "pemerintah kabupaten"),
    "kota": ("kota", "pemkot", "pemerintah kota"),
    "provinsi": ("provinsi", "prov.", "prov", "pemprov", "pemerintah provinsi"),
}
_WORD_TO_KIND = {w: kind for kind, words in PLACE_KINDS.items() for w in words if " " not in w}
_PLACE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _WORD_TO_KIND), key=len, reverse=True)) + r")(?!\w)"
    r"\s*((?:[\w-]+\s*){1,3})",
    re.I,
)
MAX_NAME_WORDS = 3


@dataclass(frozen=True)
class Place:
    kind: str  # kabupaten | kota | provinsi
    name: tuple[str, ...]  # the name's words, lower case
    written: bool  # capitalised as a name in the question ("Kabupaten Contoh Jaya")
    span: tuple[int, int] = (0, 0)  # where the question names it

    def left_out_of(self, raw: str) -> str:
        """The question without the place ("berapa JP minimal di Kab X" -> "... minimal di")."""
        return " ".join(f"{raw[: self.span[0]]} {raw[self.span[1] :]}".split())

    def phrases(self, words: int) -> list[str]:
        """How documents write the place with the first ``words`` of its name."""
        name = " ".join(self.name[:words])
        return [f"{w} {name}" for w in PLACE_KINDS[self.kind]]


def asked_places(raw: str) -> list[Place]:
    """The regions a question names. Capitalised words after "Kabupaten", "Kota"... are the
    name; in lower-case chat, the words up to the first one that cannot be part of a name (a
    question word, a unit, a month, a number, a function word)."""
    places = []
    for match in _PLACE.finditer(raw):
        kind = _WORD_TO_KIND[match.group(1).lower()]
        words = match.group(2).split()
        capitalised = match.group(1)[0].isupper() and all(w[0].isupper() for w in words[:1])
        name: list[str] = []
        end = match.start(2)
        for word in words[:MAX_NAME_WORDS]:
            if capitalised and not word[0].isupper():
                break
            if not capitalised and not _may_name(word.lower()):
                break
            name.append(word.lower())
            end = raw.index(word, end) + len(word)
        if name:
            places.append(Place(kind, tuple(name), capitalised, (match.start(), end)))
    return places


def _may_name(word: str) -> bool:
    if normalise(word, expand=False) != word:  # chat shorthand ("brp", "gk", "thn")
        return False
    return not (
        word in GENERIC  # question words among them ("berapa", "kapan", "mana")
        or word in UNIT_WORDS
        or word in DATE_WORDS
        or word in MONTHS
        or any(c.isdigit() for c in word)
        or not tokenize(word)  # a function word ("yang", "masih", "saya")
    )


def unknown_place(place: Place, writes, known: dict[str, float]) -> bool:
    """A place the documents do not cover: a capitalised name they never write; or a name
    whose start they write as a place ("kabupaten contoh") followed by a word they never use
    ("jaya"); or, in lower-case chat, a proper name no document uses ("kota bandung").
    ``writes(phrase)`` tells whether some document writes the phrase; ``known``
    holds the stems the documents use."""
    if any(writes(p) for p in place.phrases(len(place.name))):
        return False
    if place.written:
        return True
    for size in range(len(place.name) - 1, 0, -1):
        if any(writes(p) for p in place.phrases(size)):
            return _unknown(place.name[size], known)
    # "kota bandung": a proper name no document uses (not an ordinary word: "prov gratis")
    return _unknown(place.name[0], known) and place.name[0] not in common_words()


def _unknown(word: str, known: dict[str, float]) -> bool:
    return not any(stem in known for stem in tokenize(word))
