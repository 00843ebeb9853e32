"""The sentence equating two units ("1 (satu) JP sama dengan 45 (empat puluh lima) menit"),
read for a question that converts units and nothing else. A regulation states it once, in a
long glossary of thirty terms, which retrieval ranks below the conversion table's rows that
merely hold "1 JP" and minutes; so the passages that equate are looked up, not searched."""

from __future__ import annotations

from knowledge.reading.preferred import EQUALS, converted, equates
from knowledge.reading.question import Question
from knowledge.search.searcher import Hit, Searcher
from knowledge.search.versioned import PerIndexVersion


class Conversions:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._equating = PerIndexVersion(searcher, self._read)

    def _read(self) -> list:
        """Every passage with an equals word or sign (a few dozen in a regulation set)."""
        chunks = self.searcher.chunks
        return [chunks[i] for i in sorted(chunks) if EQUALS.search(chunks[i].text.lower())]

    def passages(self, q: Question, hits: list[Hit]) -> list[Hit]:
        """The passages, not among ``hits``, that equate the quantity the question converts
        with the unit it asks."""
        if not converted(q):
            return []
        seen = {h.chunk.id for h in hits}
        return [
            Hit(c, 0.0) for c in self._equating.get() if c.id not in seen and equates(c.text, q)
        ]
