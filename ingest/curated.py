"""Curated answers as documents: every published answer is a Markdown file in the data
dir's curated folder, indexed like any other document; a withdrawn one is deleted and so
leaves every index. The files follow the SQL rows (storage.curated), never the reverse."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import Engine

from ingest.pipeline import Ingestor, IngestReport
from knowledge.text.dates import format_date
from storage import curated
from storage.db import session_scope

FOLDER = "kurasi"


def folder_of(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def document(row: curated.CuratedAnswer) -> str:
    day = row.updated_at.date()
    title = f"Jawaban kurasi — {row.unit or 'Pandu'}, {format_date(day)}"
    front = {
        "id": f"kurasi-{row.id}",
        "title": title,
        "authority": "instansi",
        "doc_type": "jawaban_kurasi",
        "status": "berlaku",
        "last_verified": day.isoformat(),
    }
    head = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items())
    return f"---\n{head}\n---\n# {title}\n\n## {row.question}\n{row.answer}\n"


def sync(engine: Engine, ingestor: Ingestor, data_dir: Path) -> IngestReport | None:
    """Write what is published, delete what is not, index the folder when anything changed."""
    folder = folder_of(data_dir)
    with session_scope(engine) as session:
        wanted = {f"kurasi-{r.id}.md": document(r) for r in curated.published(session)}
    if not wanted and not folder.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    changed = False
    for path in folder.glob("*.md"):
        if path.name not in wanted:
            path.unlink()
            changed = True
    for name, text in wanted.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed = True
    return ingestor.run([folder]) if changed else None
