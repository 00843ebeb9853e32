"""Which folders a data dir keeps indexed: PANDU_KNOWLEDGE_PATHS exactly when it is set;
otherwise the shipped national documents with the agency's folders once given to `pandu
ingest` (remembered in the data dir), or with the sample catalog while there are none, so
sample trainings never mix with an agency's; and the curated answers published through the
bot."""

from __future__ import annotations

import json
from pathlib import Path

import knowledge
from ingest.curated import folder_of

SHIPPED_DOCS = Path(knowledge.__file__).resolve().parent / "docs"
SAMPLES = Path(knowledge.__file__).resolve().parent / "samples"
REMEMBERED = "knowledge_paths.json"


def remembered(data_dir: Path) -> list[Path]:
    path = Path(data_dir) / REMEMBERED
    try:
        return [Path(p) for p in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        return []


def remember(data_dir: Path, paths: list[Path]) -> None:
    """Add folders given to `pandu ingest` to the remembered ones (absolute, in order)."""
    known = [str(p) for p in remembered(data_dir)]
    for path in paths:
        absolute = str(Path(path).resolve())
        if absolute not in known and absolute not in (str(SHIPPED_DOCS), str(SAMPLES)):
            known.append(absolute)
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    (Path(data_dir) / REMEMBERED).write_text(json.dumps(known, indent=1), encoding="utf-8")


def roots(data_dir: Path, configured: list[Path]) -> list[Path]:
    curated = folder_of(data_dir)
    chosen = list(configured) or [SHIPPED_DOCS, *(remembered(data_dir) or [SAMPLES])]
    return [*chosen, *([curated] if curated.is_dir() else [])]
