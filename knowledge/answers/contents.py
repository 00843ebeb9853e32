"""A passage that lists the titles of its own document's other sections (an agenda slide, a
table of contents) tells where things are said and says none of them: it answers only a
question about itself ("agenda sosialisasi apa saja")."""

from __future__ import annotations

import re

from knowledge.search.searcher import Hit, Searcher
from knowledge.search.versioned import PerIndexVersion
from knowledge.text.tokens import tokenize

MIN_ITEMS = 3  # titles listed, fewer are a passage's own list
LISTED_SHARE = 0.5  # of its items
WORDS_SHARED = 2 / 3  # of an item's words, in the title it names
MAX_ITEM_CHARS = 90
_PAGE = re.compile(r"[.\s·…]*\d{0,3}\s*$")  # "Tugas belajar ........ 12"


class Contents:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._titles = PerIndexVersion(searcher, self._read)
        self._seen: PerIndexVersion[dict[str, bool]] = PerIndexVersion(searcher, dict)

    def lists_sections(self, hit: Hit) -> bool:
        """Most of the passage's short lines name another section of its document."""
        chunk, seen = hit.chunk, self._seen.get()  # a new index version reads afresh
        if chunk.id not in seen:
            titles = self._titles.get().get(chunk.doc_id, {})
            others = [words for section, words in titles.items() if section != chunk.section]
            seen[chunk.id] = _lists(chunk.text, others)
        return seen[chunk.id]

    def _read(self) -> dict[str, dict[str, frozenset[str]]]:
        """Each document's section titles, as the words of their last part."""
        found: dict[str, dict[str, frozenset[str]]] = {}
        for chunk in self.searcher.chunks.values():
            found.setdefault(chunk.doc_id, {})[chunk.section] = frozenset(
                tokenize(leaf(chunk.section))
            )
        return found


def leaf(section: str) -> str:
    """A section's own title, the last part of its path ("BAB II > Tugas belajar")."""
    return re.split(r" > | — ", section)[-1]


def _lists(text: str, titles: list[frozenset[str]]) -> bool:
    lines = [line.strip(" \t-*•▪●–") for line in text.splitlines()]  # a title is one word
    items = [
        words
        for line in lines
        if line
        and len(line) <= MAX_ITEM_CHARS
        and len(words := frozenset(tokenize(_PAGE.sub("", line)))) >= 2
    ]
    named = sum(
        any(len(words & title) >= WORDS_SHARED * len(words) for title in titles) for words in items
    )
    return named >= MIN_ITEMS and named >= LISTED_SHARE * len(items)
