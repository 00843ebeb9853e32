"""The sentence equating two units ("1 (satu) JP sama dengan 45 (empat puluh lima) menit"),
read for a question that converts units and nothing else. A regulation states it once, in a
long glossary of thirty terms, which retrieval ranks below the conversion table's rows that
merely hold "1 JP" and minutes; so the passages that equate are looked up, not searched."""

from __future__ import annotations

from knowledge.reading.preferred import EQUALS, converted, equates
from knowledge.reading.question import Question
from knowledge.search.searcher import Hit, Searcher
from knowledge.search.versioned import PerIndexVersion
from storage.index_records import ChunkRecord


class Conversions:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._equating = PerIndexVersion(searcher, self._read)

    def _read(self) -> list[ChunkRecord]:
        """Every passage with an equals word or sign, the rules in force first: read once per
        index version, so a question scans only these (hundreds at most; "setara D-III" and
        the "=" of a web page's links are among them), not the whole index."""
        chunks, docs = self.searcher.chunks, self.searcher.docs
        found = [chunks[i] for i in sorted(chunks) if EQUALS.search(chunks[i].text.lower())]
        return sorted(found, key=lambda c: c.doc_id in docs and not docs[c.doc_id].is_current)

    def passages(self, q: Question, hits: list[Hit]) -> list[Hit]:
        """The passages, not among ``hits``, that equate the quantity the question converts
        with the unit it asks; none when nothing was retrieved (the question is about
        nothing the documents hold)."""
        if not hits or not converted(q):
            return []
        seen = {h.chunk.id for h in hits}
        return [
            Hit(c, 0.0) for c in self._equating.get() if c.id not in seen and equates(c.text, q)
        ]
