"""The rows of a table file (a CSV export, a workbook sheet) that a question asking for
several of them names: "siapa aja yg dpt teguran tertulis", "unit mana saja yang ...". Each
row is a passage of its own, so the rows alike are found in the table, not among the dozen
passages a search returns."""

from __future__ import annotations

import re

from knowledge.reading.passages import coverage, rows_told_apart
from knowledge.reading.question import Question
from knowledge.search.searcher import Hit, Searcher, is_row
from knowledge.search.versioned import PerIndexVersion

MAX_ROWS = 12  # rows shown
ROWS_DEPTH = 40  # passages searched for the rows when no word of the question tells them apart


def table_of(chunk) -> tuple[str, str]:
    """A row's table: its file, and the sheet or table its section names before the row's
    own name ("Rekap Bulanan > Sekretariat")."""
    return chunk.doc_id, chunk.section.rpartition(" > ")[0]


class TableRows:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._tables = PerIndexVersion(searcher, self._tables_read)
        self._documents = PerIndexVersion(searcher, self._documents_read)

    def whole_table(self, chunk) -> str:
        """The passage's text with the rest of its table: a long table is cut across passages,
        each repeating its header, and a question asking for several of its rows asks them
        all ("siapa saja peserta dari Bidang X": one in this passage, one in the next)."""
        lines = chunk.text.split("\n")
        at = next((k for k, line in enumerate(lines[:-1]) if is_table_header(lines, k)), None)
        if at is None:
            return chunk.text
        end = at + 2 + len(table_body(lines, at))
        rows = []
        for other in self._documents.get().get(chunk.doc_id, []):
            theirs = self.searcher.chunks[other].text.split("\n")
            start = next((k for k in range(len(theirs) - 1) if theirs[k] == lines[at]), None)
            if start is not None and is_table_header(theirs, start):
                rows += table_body(theirs, start)
        if not rows:
            return chunk.text
        rows = list(dict.fromkeys(rows))  # passages overlap: a row cut in two is in both
        return "\n".join([*lines[: at + 2], *rows, *lines[end:]])

    def quote(self, q: Question, best: Hit) -> str:
        """The rows of ``best``'s table the question tells apart as it does ``best``'s row,
        in the table's order (at most MAX_ROWS; ``best``'s own always), one line each; when
        no word tells them apart, the rows a search ranks that hold as much of the question."""
        rows = self._tables.get().get(table_of(best.chunk), [best.chunk.id])
        s = self.searcher
        table = [set(s.stems.get(row, ())) for row in rows]
        told = rows_told_apart(q.groups, set(s.stems.get(best.chunk.id, ())), table)
        if told is None:
            members, bar = set(rows), self._cover(q, best.chunk.id)
            ranked = s.search(q.raw, k=ROWS_DEPTH, prepared=q.raw)
            shown = [h.chunk.id for h in ranked if h.chunk.id in members]
            shown = [row for row in shown if self._cover(q, row) >= bar] or [best.chunk.id]
        else:
            alike = {rows[k] for k in told[:MAX_ROWS]} | {best.chunk.id}
            shown = [row for row in rows if row in alike]
        lines = ("; ".join(s.chunks[row].text.split("\n")) for row in shown[:MAX_ROWS])
        return "\n".join(f"- {line}" for line in lines)

    def next_passage(self, chunk) -> str:
        """The text of the passage after this one in its document ("" after the last): a
        chat's correction may be written past the passage holding the message it corrects."""
        order = self._documents.get().get(chunk.doc_id, [])
        at = order.index(chunk.id) if chunk.id in order else len(order)
        return self.searcher.chunks[order[at + 1]].text if at + 1 < len(order) else ""

    def table_chunks(self, table: tuple[str, str]) -> list:
        """A table file's rows' passages, in order (``table_of`` names the table)."""
        return [self.searcher.chunks[row] for row in self._tables.get().get(table, [])]

    def _cover(self, q: Question, row: str) -> float:
        s = self.searcher
        return coverage(q.groups, set(s.stems.get(row, ())), s.idf, s.unknown_idf, q.told)

    def _documents_read(self) -> dict[str, list[str]]:
        """Each document's passages in order."""
        documents: dict[str, list[tuple[int, str]]] = {}
        for chunk_id, chunk in self.searcher.chunks.items():
            documents.setdefault(chunk.doc_id, []).append((chunk.position, chunk_id))
        return {doc: [cid for _, cid in sorted(chunks)] for doc, chunks in documents.items()}

    def _tables_read(self) -> dict[tuple[str, str], list[str]]:
        """Each table file's rows in order, from the documents' passages in order."""
        tables: dict[tuple[str, str], list[str]] = {}
        chunks = self.searcher.chunks
        for passages in self._documents.get().values():
            for chunk_id in passages:
                if is_row(chunks[chunk_id]):
                    tables.setdefault(table_of(chunks[chunk_id]), []).append(chunk_id)
        return tables


_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?")


def is_table_header(lines: list[str], k: int) -> bool:
    """A Markdown table's header: a row with its rule line under it."""
    return lines[k].startswith("|") and bool(_RULE.fullmatch(lines[k + 1].strip()))


def table_body(lines: list[str], at: int) -> list[str]:
    """The rows under the header at ``at``, up to the first line that is no row."""
    rows = []
    for line in lines[at + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return rows
