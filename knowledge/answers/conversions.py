"""The sentence equating two units ("1 (satu) JP sama dengan 45 (empat puluh lima) menit"),
read for a question that converts units and nothing else. A regulation states it once, in a
long glossary of thirty terms, which retrieval ranks below the conversion table's rows that
merely hold "1 JP" and minutes; so the passages that equate are looked up, not searched."""

from __future__ import annotations

from knowledge.reading.preferred import EQUALS, converted, defines_a_unit, equates
from knowledge.reading.question import Question
from knowledge.search.searcher import Hit, Searcher
from knowledge.search.versioned import PerIndexVersion
from storage.index_records import ChunkRecord


class Conversions:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._equating = PerIndexVersion(searcher, self._read)

    def _read(self) -> list[ChunkRecord]:
        """Every passage with an equals word or sign or defining a unit, the rules in force
        first: read once per index version, so a question scans only these (hundreds at
        most; "setara D-III" and the "=" of a web page's links are among them), not the
        whole index."""
        chunks, docs = self.searcher.chunks, self.searcher.docs
        found = [
            chunks[i]
            for i in sorted(chunks)
            if EQUALS.search(chunks[i].text.lower()) or defines_a_unit(chunks[i].text)
        ]
        return sorted(found, key=lambda c: c.doc_id in docs and not docs[c.doc_id].is_current)

    def equation(self, q: Question, hits: list[Hit]) -> Hit | None:
        """The first passage, not among ``hits``, that equates the quantity the question
        converts with the unit it asks (one is read; the rest are not checked); none when
        nothing was retrieved (the question is about nothing the documents hold)."""
        if not hits or not converted(q):
            return None
        seen = {h.chunk.id for h in hits}
        found = (c for c in self._equating.get() if c.id not in seen and equates(c.text, q))
        chunk = next(found, None)
        return Hit(chunk, 0.0) if chunk is not None else None
