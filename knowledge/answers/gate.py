"""Whether the evidence for a question is strong enough to show anything at all.

Two small logistic models over retrieval signals (one for questions that ask for a fact such
as a number or a date, one for the others) decide between showing (an answer, or the most
relevant part of a passage) and refusing. Weights and thresholds are data (``gate.json``),
fitted by ``python -m benchmarks.fit_gate`` on the tuning half of the evaluation questions,
each threshold on a split its weights never saw. No word list takes part.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from knowledge.reading.passages import FACT_KINDS, coverage, fact_near_terms, term_weight
from knowledge.reading.question import Question

GATE_FILE = Path(__file__).with_name("gate.json")
ANY_MODEL = "*"  # the gate for an embedding model none was fitted for (or none at all)
DENSE_FEATURES = ("cosine",)  # left out of that gate: cosines differ in scale between models
BM25_K1 = 1.5  # bm25s default: a term's score is at most idf * (k1 + 1)

# Every feature lies in [0, 1]; benchmarks/README.md says how they were chosen.
FEATURES = (
    "cosine",  # dense cosine of the best passage
    "bm25",  # its BM25 over the most the question's terms could score
    "coverage",  # IDF-weighted share of the question's terms it contains
    "fact_found",  # it states the asked kind of fact next to the question's terms
)


def context_of(chunk) -> str:
    """What every sentence of a passage is about: its document's title and its section (a
    sentence of the KLIP guide is about KLIP without naming it)."""
    return f"{chunk.title}\n{chunk.section}"


def kind_of(q: Question) -> str:
    return "fact" if q.kind in FACT_KINDS else "other"


@dataclass(frozen=True)
class Evidence:
    kind: str
    features: tuple[float, ...]
    score: float


def features(q: Question, hits: list, idf: dict[str, float], unknown_idf: float, stems) -> tuple:
    """The signals of the best passage (``hits[0]``) for ``q``; ``stems(hit)`` gives its stems."""
    if not hits or not q.groups:
        return (0.0,) * len(FEATURES)
    best = hits[0]
    bound = sum(
        max(term_weight(alt, idf, unknown_idf) for alt in g) * (BM25_K1 + 1) for g in q.groups
    )
    found = kind_of(q) == "fact" and any(
        fact_near_terms(best.chunk.text, ask, idf, unknown_idf, context_of(best.chunk))
        for ask in q.asked
    )
    return (
        best.dense_score,
        min(1.0, best.lexical_score / bound) if bound else 0.0,
        coverage(q.groups, set(stems(best)), idf, unknown_idf, q.told),
        float(found),
    )


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    threshold: float  # an answer that states the asked fact is shown from here
    passage_threshold: float  # the most relevant part of a passage (no fact pinpointed)

    def score(self, feats: tuple[float, ...]) -> float:
        z = self.bias + sum(w * f for w, f in zip(self.weights, feats, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(
            tuple(data["weights"]),
            float(data["bias"]),
            float(data["threshold"]),
            float(data["passage_threshold"]),
        )


@dataclass(frozen=True)
class Gate:
    models: dict[str, Model]  # "fact" and "other"

    @classmethod
    def load(cls, model: str | None, path: Path = GATE_FILE) -> Gate:
        """The gate fitted for this embedding model; for any other model, or none, the one
        fitted without the dense signal."""
        data = json.loads(path.read_text())
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path} was fitted for other features: refit the gate")
        fitted = data["gates"].get(model or "", data["gates"][ANY_MODEL])
        return cls({kind: Model.from_json(m) for kind, m in fitted.items()})

    def judge(self, q: Question, feats: tuple[float, ...]) -> Evidence:
        kind = kind_of(q)
        return Evidence(kind, feats, self.models[kind].score(feats))

    def strong(self, evidence: Evidence, *, pinpointed: bool) -> bool:
        model = self.models[evidence.kind]
        return evidence.score >= (model.threshold if pinpointed else model.passage_threshold)
