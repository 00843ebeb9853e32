"""What every answer path returns (documents, catalog): the text shown, how sure it is, and
its sources. Its own module so that the answer paths import it, not each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.answers.gate import Evidence
    from knowledge.search.searcher import Hit


@dataclass
class Source:
    source: str
    title: str
    score: float
    section: str = ""
    doc_id: str = ""
    regulation: str = ""
    authority: str = ""

    def as_json(self) -> dict:
        return {"source": self.source, "title": self.title, "score": round(self.score, 4)}


@dataclass
class Answer:
    text: str
    confident: bool
    sources: list[Source] = field(default_factory=list)
    kind: str = "passage"  # passage | catalog | evidence | abstain
    trainings: list[str] = field(default_factory=list)  # catalog codes, for buttons
    coverage: float = 0.0  # how much of the question the answer's source contains
    evidence: Evidence | None = None  # the gate's reading of the retrieved passages

    @property
    def outcome(self) -> str:
        """answer: the asked fact pinpointed; passage: the most relevant part of a document
        retrieval is sure of, quoted verbatim (the fact could not be pinpointed); refusal."""
        if self.confident:
            return "answer"
        return "passage" if self.kind == "evidence" else "refusal"

    def as_json(self) -> dict:
        return {
            "answer": self.text,
            "kind": self.outcome,
            "confident": self.confident,
            "evidence": round(self.evidence.score, 4) if self.evidence else None,
            "sources": [s.as_json() for s in self.sources],
        }


def source_of(hit: Hit) -> Source:
    meta = hit.meta
    return Source(
        source=hit.chunk.source,
        title=hit.chunk.title,
        score=hit.score,
        section=hit.chunk.section,
        doc_id=hit.chunk.doc_id,
        regulation=str(meta.get("regulation", "")),
        authority=str(meta.get("authority", "")),
    )
