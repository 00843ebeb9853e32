"""Which folders a data dir keeps indexed: PANDU_KNOWLEDGE_PATHS exactly when it is set;
otherwise the shipped national documents with the agency's folders once given to `pandu
ingest` (remembered in the database, so every bot process on it keeps the same ones), or
with the sample catalog while there are none, so sample trainings never mix with an
agency's; and the curated answers published through the bot."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

import knowledge
from ingest.curated import folder_of
from storage import knowledge_roots
from storage.db import session_scope

SHIPPED_DOCS = Path(knowledge.__file__).resolve().parent / "docs"
SAMPLES = Path(knowledge.__file__).resolve().parent / "samples"
LEGACY_FILE = "knowledge_paths.json"  # where a data dir remembered them before the database


def remembered(engine: Engine, data_dir: Path) -> list[Path]:
    _adopt_legacy(engine, Path(data_dir) / LEGACY_FILE)
    with session_scope(engine) as session:
        return [Path(p) for p in knowledge_roots.list_paths(session)]


def remember(engine: Engine, data_dir: Path, paths: list[Path]) -> None:
    """Add folders given to `pandu ingest` to the remembered ones (absolute, in order); the
    shipped folders are always there and are never remembered."""
    _adopt_legacy(engine, Path(data_dir) / LEGACY_FILE)
    shipped = {str(SHIPPED_DOCS), str(SAMPLES)}
    given = [str(Path(p).resolve()) for p in paths]
    _add(engine, [p for p in given if p not in shipped])


def roots(engine: Engine, data_dir: Path, configured: list[Path]) -> list[Path]:
    curated = folder_of(data_dir)
    chosen = list(configured) or [SHIPPED_DOCS, *(remembered(engine, data_dir) or [SAMPLES])]
    return [*chosen, *([curated] if curated.is_dir() else [])]


def _adopt_legacy(engine: Engine, path: Path) -> None:
    """A data dir from before: its list joins the database's once, then the file goes."""
    try:
        paths = [str(p) for p in json.loads(path.read_text(encoding="utf-8"))]
    except FileNotFoundError:
        return
    except (OSError, ValueError, TypeError):
        paths = []  # unreadable: nothing to carry over, and it must not be read again
    _add(engine, paths)
    with contextlib.suppress(OSError):  # a read-only data dir: read again next time, harmless
        path.unlink(missing_ok=True)


def _add(engine: Engine, paths: list[str]) -> None:
    for attempt in (1, 2):
        try:
            with session_scope(engine) as session:
                knowledge_roots.add_paths(session, paths=paths)
            return
        except IntegrityError:  # another process added one of them at the same moment
            if attempt == 2:
                raise
