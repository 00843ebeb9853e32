"""How rules name their articles ("Pasal 5", "Pasal 16A"): ingest reads the articles an
amendment changes, search the article a passage belongs to, by the same pattern."""

from __future__ import annotations

import re

ARTICLE = re.compile(r"\bpasal\s+(\d{1,3}[A-Z]?)\b", re.I)
