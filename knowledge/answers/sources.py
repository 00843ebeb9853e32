"""The document a question names as its source: "menurut KAK, ...", "... menurut buletin?",
"Menurut Panduan SAUH Edisi 2029, ...". Its passages are read first, so the answer and its
first citation come from the document asked about, not from another that says the same
topic (an e-mail about the same batch, minutes about the same rule)."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.search.searcher import Hit
from knowledge.text.articles import RULE_KINDS, long_form
from knowledge.text.normalize import ACRONYMS, normalise
from knowledge.text.tokens import tokenize

# the words after "menurut" up to a break or a question word: the source's name, then maybe
# the question's topic ("menurut pedoman 2029 honor narasumber brp"), cut below. Not
# "berdasarkan" ("dibagi berdasarkan golongan": by a criterion) nor "sesuai" ("pelatihan yg
# sesuai jabatan sy"), which seldom name a document
_SOURCE = re.compile(
    r"\bmenurut\s+([^,?;!.]+?)"
    r"(?=\s*(?:[,?;!.]|$)|\s+(?:berapa|brp|kapan|kpn|siapa|apa|apakah|bagaimana|gimana|gmn)\b)",
    re.I,
)
# which version of a rule, not which document ("menurut aturan baru", "perkadis 3/2024 sblm
# diubah"): the version reading answers these
_VERSION_WORDS = frozenset(
    ("baru", "lama", "terbaru", "berlaku", "sekarang", "dulu", "sebelum", "setelah", "lalu")
)
MAX_NAME_WORDS = 4  # "Panduan SAUH Edisi 2029": a name is short; what follows is the topic
# "menurut peraturan LENTERA", "menurut perkadis": a rule named without its number may be the
# base rule or its amendment, whatever their titles say; the rules' reading tells them apart
_RULE_WORDS = frozenset((*RULE_KINDS.split(), "aturan", "ketentuan", "edaran"))


def named_sources(
    raw: str,
    passages: list[Hit],
    acronyms: Callable[[], dict[str, str]],
    written_number: Callable[[Hit], bool | None],
) -> set[str]:
    """The documents among the passages whose title holds the source the question names:
    the longest opening of the words after "menurut" that some title holds, keeping every
    figure of the name ("jadwal pelatihan 2030" is no 2031 schedule's). A name with a figure
    names a document with a number of its own only where the question writes that number
    ("perkadis 3/2024", not the amendment citing it; ``written_number`` is None for a
    document without one). None when the name goes on with a version ("aturan baru"), names a
    rule without its number, or every document read has it (it tells none apart)."""
    found = _SOURCE.search(raw or "")
    if not found:
        return set()
    words = long_form(found.group(1).lower()).split()  # "3/2024": "3 tahun 2024"
    figures = [i for i, w in enumerate(words[:MAX_NAME_WORDS]) if any(c.isdigit() for c in w)]
    shortest = figures[-1] + 1 if figures else 1
    if not figures and _RULE_WORDS & set(words[:MAX_NAME_WORDS]):
        return set()
    known = acronyms()
    titles = {h.chunk.doc_id: (_title_stems(h), h) for h in passages}
    for size in range(min(len(words), MAX_NAME_WORDS), shortest - 1, -1):
        if _VERSION_WORDS & _plain(words[: size + 1]):
            continue
        named = {
            doc_id
            for doc_id, (stems, hit) in titles.items()
            if _names(words[:size], stems, known) and not (figures and written_number(hit) is False)
        }
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


def _plain(words: list[str]) -> set[str]:
    return set(normalise(" ".join(words), expand=False).split())


def _title_stems(hit: Hit) -> frozenset[str]:
    return frozenset(tokenize(f"{hit.chunk.title} {hit.chunk.doc_id.replace('-', ' ')}"))


def _names(words: list[str], title: frozenset[str], acronyms: dict[str, str]) -> bool:
    """Every word is in the title, as written or written out ("perkadis": "Peraturan Kepala
    Dinas", "SE": "Surat Edaran"); a word without a stem ("di") is no part of the name."""
    for word in words:
        expansion = acronyms.get(word) or ACRONYMS.get(word)
        spelled = set(tokenize(expansion)) if expansion else set()
        if spelled and spelled <= title:
            continue
        stems = set(tokenize(word))
        if (stems or spelled) and not (stems and stems <= title):
            return False  # "se" (no stem of its own) names only a title that spells it out
    return True
