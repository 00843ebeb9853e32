"""BM25 over chunk ids (bm25s), on the tokens of knowledge.text. A chunk holding a table or a
list is also scored row by row and item by item (each under its header or lead-in), and its
best unit counts: a course's row among a dozen others of an annex is found as a quota file's
one-row unit is, a rule's seventeenth definition as a short passage is. Course and form codes
("DHB-15", "LPH-02") are one token beside their parts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import bm25s
import numpy as np

from knowledge.text.tokens import TOKENIZER_VERSION, tokenize


class LexicalIndex:
    """BM25 over chunk ids; saved as a folder with the index version it was built from."""

    def __init__(self, ids: list[str], bm25: bm25s.BM25 | None, version: int) -> None:
        # one id per unit scored: a chunk's id once, then once more per table row or list item
        self.ids = ids
        self.bm25 = bm25
        self.version = version
        self._vocab = set(bm25.vocab_dict) if bm25 is not None else set()

    @classmethod
    def build(cls, ids: list[str], texts: list[str], version: int) -> LexicalIndex:
        if not ids:
            return cls([], None, version)
        units = [
            (cid, unit) for cid, text in zip(ids, texts, strict=True) for unit in units_of(text)
        ]
        bm25 = bm25s.BM25()
        bm25.index([lexical_tokens(u) or ["_"] for _, u in units], show_progress=False)
        return cls([cid for cid, _ in units], bm25, version)

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """The ``k`` best chunks, each by its best unit."""
        if self.bm25 is None:
            return []
        tokens = [t for t in lexical_tokens(query, query=True) if t in self._vocab]
        if not tokens:
            return []
        scores = self.bm25.get_scores(tokens)
        negated = -scores  # argsort of this puts the best first
        deep = min(len(scores), ROW_DEPTH * k)  # a chunk's rows may take several places
        while True:
            top = np.argpartition(negated, deep - 1)[:deep]
            found: dict[str, float] = {}
            for i in top[np.argsort(negated[top], kind="stable")]:
                if scores[i] <= 0 or len(found) == k:
                    break
                found.setdefault(self.ids[i], float(scores[i]))
            if len(found) == k or deep == len(scores) or scores[top].min() <= 0:
                return list(found.items())
            deep = min(len(scores), deep * 4)

    def save(self, folder: Path) -> None:
        """Write into ``folder``, a fresh one: the store points readers at it once complete."""
        if self.bm25 is not None:
            self.bm25.save(str(folder), show_progress=False)
        (folder / "pandu.json").write_text(
            json.dumps({"version": self.version, "tokenizer": TOKENIZER_VERSION, "ids": self.ids})
        )

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex | None:
        """None when the folder is unreadable, gone, or from another tokenizer."""
        try:
            info = json.loads((folder / "pandu.json").read_text())
            if info.get("tokenizer") != TOKENIZER_VERSION:
                return None
            bm25 = bm25s.BM25.load(str(folder), show_progress=False) if info["ids"] else None
        except (OSError, ValueError, KeyError):
            return None
        return cls(info["ids"], bm25, int(info["version"]))


ROW_DEPTH = 4  # units read per chunk wanted, before reading deeper
# a document's code is capitals, a hyphen and a number ("DHB-15", "LPH-02"); a question's may
# be typed "dhb-15", "dhb15" or "dhb 15" (normalising drops the hyphen): "pasal 5" matches none
_CODE = re.compile(r"\b([A-Z]{2,6})-0*(\d{1,3})\b")
_ASKED_CODE = re.compile(r"\b([a-z]{2,6})[-\s]?0*(\d{1,3})\b")
_TABLE_ROW = re.compile(r"^\|.*\|\s*$")
_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def lexical_tokens(text: str, *, query: bool = False) -> list[str]:
    """The tokens of knowledge.text, and each code whole ("dhb15" for "DHB-15" and "dhb 15")."""
    found = _ASKED_CODE.finditer(text.lower()) if query else _CODE.finditer(text)
    return tokenize(text) + [f"{m.group(1).lower()}{m.group(2)}" for m in found]


def units_of(text: str) -> list[str]:
    """The chunk's text, then, for a table of two rows or more in it, each row under the
    table's header, and for a list of three items or more (a rule's definitions), each item
    under its lead-in, with the chunk's headings (its first two lines: title and section)."""
    lines = text.split("\n")
    headings = "\n".join(lines[:2])
    return [text, *_table_rows(lines, headings), *_list_items(lines, headings)]


def _list_items(lines: list[str], headings: str) -> list[str]:
    items = [i for i, line in enumerate(lines[2:], 2) if _ITEM.match(line)]
    if len(items) < LIST_ITEMS:
        return []
    lead = next((lines[i] for i in range(items[0] - 1, 1, -1) if lines[i].strip()), "")
    return [f"{headings}\n{lead}\n{lines[i]}" for i in items]


LIST_ITEMS = 3  # items a list needs for each to be scored as a unit
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-\u2022*])\s+\S")


def _table_rows(lines: list[str], headings: str) -> list[str]:
    rows: list[str] = []
    for i, line in enumerate(lines[2:-1], 2):
        if not _RULE.match(lines[i + 1]) or not _TABLE_ROW.match(line):
            continue
        body = []
        for row in lines[i + 2 :]:
            if not _TABLE_ROW.match(row):
                break
            body.append(row)
        if len(body) >= 2:
            rows += [f"{headings}\n{line}\n{row}" for row in body]
    return rows
