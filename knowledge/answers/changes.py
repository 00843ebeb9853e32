"""Passages anywhere in the index that move a value an answer would give: minutes or a
circular saying "Klinik ...: semula 2-3 September 2026, menjadi 9-10 September 2026" rank far
below the schedule still giving 2-3 September, and may not be among the passages read."""

from __future__ import annotations

from knowledge.reading.facts import moves, says_a_change
from knowledge.search.searcher import Hit, Searcher
from knowledge.search.versioned import PerIndexVersion


class Changes:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._saying = PerIndexVersion(searcher, self._saying_read)

    def moving(self, shown: str, *, rows_only: bool, skip: set[str]) -> list[Hit]:
        """The passages (not in ``skip``) that move a day or a change-table value ``shown``
        gives, in the index's order."""
        chunks = self.searcher.chunks
        return [
            Hit(chunks[cid], 0.0)
            for cid in self._saying.get()
            if cid not in skip and moves(chunks[cid].text, shown, rows_only=rows_only)
        ]

    def _saying_read(self) -> list[str]:
        chunks = self.searcher.chunks
        return sorted(cid for cid, chunk in chunks.items() if says_a_change(chunk.text))
