"""A table file's whole: its total row, shown when the question asks the figure of the whole
table rather than of one of its rows."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.reading.question import Question
from knowledge.reading.tables import (
    asks_total,
    is_total_record,
    names_a_row,
    names_the_whole,
    row_labels,
)
from knowledge.search.searcher import Hit, Searcher, is_row
from knowledge.search.versioned import PerIndexVersion

SAME_TABLE = 0.8  # share of a total row's column labels the shown row must have (one sheet)


class Totals:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._index = PerIndexVersion(searcher, self._read)

    def whole(
        self,
        q: Question,
        answering: list[Hit],
        *,
        fits: Callable[[Hit], bool],
        cover: Callable[[Hit], float],
    ) -> Hit | None:
        """The total row of the table whose row would be shown, when a total is asked ("total
        JP semua unit") or the question names none of the row's own values ("persen ASN yang
        capai target 2025" over a recap: every row has those labels); not when another row of
        the file names more of the question than the total row does ("total JP seksi X")."""
        shown = answering[0] if answering else None
        if shown is None or not is_row(shown) or is_total_record(shown.chunk.text):
            return None
        s = self.searcher
        if not asks_total(q) and (
            q.kind not in ("number", "money") or names_a_row(shown.chunk.text, q, s.idf)
        ):
            return None
        doc = shown.chunk.doc_id
        rows = [h for h in answering if h.chunk.doc_id == doc and is_row(h)]
        seen = {h.chunk.id for h in rows}
        totals = [h for h in rows if is_total_record(h.chunk.text)]
        totals += [Hit(c, 0.0) for c in self._records(doc) if c.id not in seen]
        best = max((cover(h) for h in rows if h not in totals), default=0.0)
        return next(
            (
                h
                for h in totals
                if _same_table(h, shown)
                and (asks_total(q) or names_the_whole(h.chunk.text))
                and cover(h) >= best
                and fits(h)
            ),
            None,
        )

    def _records(self, doc_id: str) -> list:
        return self._index.get().get(doc_id, [])

    def _read(self) -> dict[str, list]:
        """The total rows of each table file."""
        found: dict[str, list] = {}
        for chunk_id in sorted(self.searcher.chunks):
            chunk = self.searcher.chunks[chunk_id]
            if is_row(chunk) and is_total_record(chunk.text):
                found.setdefault(chunk.doc_id, []).append(chunk)
        return found


def _same_table(total: Hit, shown: Hit) -> bool:
    """A workbook's sheets are one file: its total row is the shown row's sheet's when its
    section is under the same sheet title and most of its column labels are the shown row's
    ("No" aside, which a total row leaves empty)."""
    labels, own = row_labels(total.chunk.text), row_labels(shown.chunk.text)
    sheets = total.chunk.section.split(" > ")[0], shown.chunk.section.split(" > ")[0]
    one_sheet = " > " not in shown.chunk.section or sheets[0] == sheets[1]
    return one_sheet and bool(labels) and len(labels & own) >= SAME_TABLE * len(labels)
