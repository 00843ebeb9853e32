"""BM25 over chunk ids (bm25s), on the tokens of knowledge.text."""

from __future__ import annotations

import json
from pathlib import Path

import bm25s
import numpy as np

from knowledge.text.tokens import TOKENIZER_VERSION, tokenize


class LexicalIndex:
    """BM25 over chunk ids; saved as a folder with the index version it was built from."""

    def __init__(self, ids: list[str], bm25: bm25s.BM25 | None, version: int) -> None:
        self.ids = ids
        self.bm25 = bm25
        self.version = version
        self._vocab = set(bm25.vocab_dict) if bm25 is not None else set()

    @classmethod
    def build(cls, ids: list[str], texts: list[str], version: int) -> LexicalIndex:
        if not ids:
            return cls([], None, version)
        bm25 = bm25s.BM25()
        bm25.index([tokenize(t) or ["_"] for t in texts], show_progress=False)
        return cls(ids, bm25, version)

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        if self.bm25 is None:
            return []
        tokens = [t for t in tokenize(query) if t in self._vocab]
        if not tokens:
            return []
        scores = self.bm25.get_scores(tokens)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

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
