"""The passage that says what an asked term is ("Korwil adalah wilayah koordinasi ..."), read
for "X itu apa" when none of the passages read does. A regulation defines thirty terms in one
article, whose cosine to any one of them is low; a table file's rows naming the term in their
key cells ("Batu Lawang — Korwil I") outrank it in the fused ranking, though BM25 alone puts
the definition first. So BM25's head is read for it, not the fused one."""

from __future__ import annotations

from knowledge.answers.gate import context_of
from knowledge.reading.passages import fact_near_terms
from knowledge.reading.question import Question
from knowledge.search.searcher import Hit, Searcher, is_row

LOOKUP_DEPTH = 10  # BM25's head read for a definition the fused ranking left out


class Definitions:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher

    def passage(self, q: Question, prepared: str, hits: list[Hit], read: int) -> Hit | None:
        """The first passage of BM25's head, not among the first ``read`` of ``hits``, that
        defines the asked term; none when one of those does, or nothing was retrieved."""
        if q.kind != "definition" or not hits or any(self._defines(q, h) for h in hits[:read]):
            return None
        seen = {h.chunk.id for h in hits[:read]}
        found = self.searcher.search(q.raw, k=LOOKUP_DEPTH, mode="bm25", prepared=prepared)
        return next((h for h in found if h.chunk.id not in seen and self._defines(q, h)), None)

    def _defines(self, q: Question, hit: Hit) -> bool:
        s, chunk = self.searcher, hit.chunk
        return fact_near_terms(
            chunk.text, q, s.idf, s.unknown_idf, context_of(chunk), record=is_row(hit)
        )
