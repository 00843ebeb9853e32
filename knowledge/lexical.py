"""Lexical search: Indonesian tokenising (Sastrawi stemming and stopwords) over a BM25 index."""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np

from knowledge.normalize import ACRONYMS

TOKENIZER_VERSION = 3  # bump when tokenize() changes: saved indexes are then rebuilt
_ROMAN = re.compile(
    r"\b(angkatan|tingkat|tk|tahap|gelombang|bagian|bab|eselon|jilid|seri)\s+(iv|iii|ii|i)\b"
)
_ROMAN_VALUES = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}  # "Angkatan I" = "angkatan 1"
_TOKEN = re.compile(r"\d+(?:[/.,]\d+)*|[a-z]+")
# Words that carry the question's meaning here, so they stay even if Sastrawi lists them.
_KEEP = {
    "tidak",
    "belum",
    "wajib",
    "minimal",
    "maksimal",
    "paling",
    "sedikit",
    "lama",
    "baru",
    "bulan",
    "hari",
    "kerja",
    "bekerja",
    "akhir",
    "awal",
    "lanjut",
    "tempat",
    "naik",
    "masuk",
    "panjang",
    "luar",
    "jumlah",
    "kali",
    "bersama",
    "biasa",
    "khusus",
    "masa",
    "sendiri",
    "tambah",
    "pertama",
    "kedua",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "orang",
    "besar",
    "kecil",
    "berturut-turut",
    "mulai",
    "selesai",
    "usai",
    "setiap",
    "tiap",
    "depan",
    "dulu",
    "dahulu",
    "sebelum",
    "setelah",
    "sesudah",
    "sejak",
    "selama",
    "laku",
    "berlaku",
    "kurang",
    "lebih",
    "tanpa",
    "pihak",
    "umum",
}


@lru_cache(maxsize=1)
def _sastrawi():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    stop = set(StopWordRemoverFactory().get_stop_words()) - _KEEP
    return StemmerFactory().create_stemmer(), frozenset(stop)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Sastrawi's dictionary of Indonesian root words: ordinary language, not a topic of its own."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words_from_file())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    stemmer, _ = _sastrawi()
    return stemmer.stem(word) or word


def token_pairs(text: str) -> list[tuple[str, str]]:
    """(word, stem) for every content word: stopwords dropped; numbers, acronyms and
    regulation numbers ("20/2023") kept whole."""
    _, stop = _sastrawi()
    pairs = []
    text = _ROMAN.sub(lambda m: f"{m.group(1)} {_ROMAN_VALUES[m.group(2)]}", text.lower())
    for tok in _TOKEN.findall(text):
        if tok in stop or (len(tok) == 1 and not tok.isdigit()):
            continue
        keep = tok[0].isdigit() or len(tok) <= 3 or tok in ACRONYMS
        pairs.append((tok, tok if keep else stem(tok)))
    return pairs


def tokenize(text: str) -> list[str]:
    return [s for _, s in token_pairs(text)]


def idf_table(doc_freq: dict[str, int], n_docs: int) -> dict[str, float]:
    """BM25's idf per stem, used to weigh how much of a question a passage covers."""
    return {t: math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) for t, df in doc_freq.items()}


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
