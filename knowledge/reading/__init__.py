"""What a question asks, and the reading of passages that may answer it."""

from knowledge.reading.question import Question, analyse

__all__ = ["Question", "analyse"]
