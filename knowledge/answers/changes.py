"""Passages anywhere in the index that move a value an answer would give: minutes or a
circular saying "Klinik ...: semula 2-3 September 2026, menjadi 9-10 September 2026" rank far
below the schedule still giving 2-3 September, and may not be among the passages read."""

from __future__ import annotations

from typing import NamedTuple

from knowledge.reading.facts import days_given, has_change_rows, moves, says_a_change
from knowledge.search.searcher import Hit, Searcher
from knowledge.search.versioned import PerIndexVersion


class _Saying(NamedTuple):
    chunk_id: str
    flat: str  # lower case, spaces collapsed: a day the answer gives is looked up in it
    rows: bool  # holds a change table's rows


class Changes:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._saying = PerIndexVersion(searcher, self._saying_read)

    def moving(self, shown: str, *, rows_only: bool, skip: set[str]) -> list[Hit]:
        """The passages (not in ``skip``) that move a day or a change-table value ``shown``
        gives, in the index's order. Read once per index version, and per question only
        those with a change table or a day ``shown`` gives (an index of 20,000 passages
        holds hundreds that say a change)."""
        days = () if rows_only else days_given(shown)
        chunks = self.searcher.chunks
        return [
            Hit(chunks[s.chunk_id], 0.0)
            for s in self._saying.get()
            if s.chunk_id not in skip
            and (s.rows or any(day in s.flat for day in days))
            and moves(chunks[s.chunk_id].text, shown, rows_only=rows_only)
        ]

    def _saying_read(self) -> list[_Saying]:
        out = []
        for chunk_id in sorted(self.searcher.chunks):
            text = self.searcher.chunks[chunk_id].text
            if says_a_change(text):
                out.append(_Saying(chunk_id, " ".join(text.lower().split()), has_change_rows(text)))
        return out
