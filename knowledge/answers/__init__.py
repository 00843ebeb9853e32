"""Grounded answers: the evidence gate, then the fact pinpointed, a passage, or a refusal."""

from knowledge.answers.compose import Answerer

__all__ = ["Answerer"]
