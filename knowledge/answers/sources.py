"""The document a question names as its source: "menurut KAK, ...", "... menurut buletin?",
"Menurut Panduan SAUH Edisi 2029, ...". Its passages are read first, so the answer and its
first citation come from the document asked about, not from another that says the same
topic (an e-mail about the same batch, minutes about the same rule)."""

from __future__ import annotations

import re

from knowledge.search.searcher import Hit
from knowledge.text.articles import long_form
from knowledge.text.normalize import ACRONYMS, normalise
from knowledge.text.tokens import tokenize

# the words after "menurut" up to a break or a question word: the source's name, then maybe
# the question's topic ("menurut pedoman 2029 honor narasumber brp"), cut below; not
# "sesuai" ("pelatihan yg sesuai jabatan sy"), which seldom names a document
_SOURCE = re.compile(
    r"\b(?:menurut|berdasarkan)\s+([^,?;!.]+?)"
    r"(?=\s*(?:[,?;!.]|$)|\s+(?:berapa|brp|kapan|kpn|siapa|apa|apakah|bagaimana|gimana|gmn)\b)",
    re.I,
)
# which version of a rule, not which document: the version reading answers these
_VERSION_WORDS = frozenset(
    ("baru", "lama", "terbaru", "berlaku", "sekarang", "dulu", "sebelum", "setelah", "lalu")
)
MAX_NAME_WORDS = 4  # "Panduan SAUH Edisi 2029": a name is short; what follows is the topic


def named_sources(raw: str, passages: list[Hit], acronyms: dict[str, str]) -> set[str]:
    """The documents among the passages whose title holds the source the question names
    (the longest opening of the words after "menurut" that some title holds); none when the
    question names no source, names a version ("menurut aturan baru"), or every document
    read has the name (it tells none apart)."""
    found = _SOURCE.search(raw or "")
    if not found:
        return set()
    words = long_form(found.group(1).lower()).split()  # "3/2024": "3 tahun 2024"
    if not words or _VERSION_WORDS & set(normalise(found.group(1), expand=False).split()):
        return set()  # "sblm diubah": which version, read by the version reading
    titles = {h.chunk.doc_id: _title_stems(h) for h in passages}
    for size in range(min(len(words), MAX_NAME_WORDS), 0, -1):
        named = {d for d, stems in titles.items() if _names(words[:size], stems, acronyms)}
        if named:
            return named if len(named) < len(titles) else set()
    return set()


def sources_first(passages: list[Hit], named: set[str]) -> list[Hit]:
    """The named documents' passages first, each group in its order."""
    if not named:
        return passages
    return [
        *(h for h in passages if h.chunk.doc_id in named),
        *(h for h in passages if h.chunk.doc_id not in named),
    ]


def _title_stems(hit: Hit) -> frozenset[str]:
    return frozenset(tokenize(f"{hit.chunk.title} {hit.chunk.doc_id.replace('-', ' ')}"))


def _names(words: list[str], title: frozenset[str], acronyms: dict[str, str]) -> bool:
    """Every word is in the title, as written or written out ("perkadis": "Peraturan Kepala
    Dinas"); a word without a stem ("di") is no part of the name."""
    for word in words:
        stems = set(tokenize(word))
        if not stems:
            continue
        expansion = acronyms.get(word) or ACRONYMS.get(word)
        spelled = set(tokenize(expansion)) if expansion else set()
        if not (stems <= title or (spelled and spelled <= title)):
            return False
    return True
