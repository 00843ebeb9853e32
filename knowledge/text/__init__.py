"""Chat Indonesian made searchable: normalising, spelling repair, tokens and dates."""

from knowledge.text.normalize import normalise
from knowledge.text.tokens import tokenize

__all__ = ["normalise", "tokenize"]
