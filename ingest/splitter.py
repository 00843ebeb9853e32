"""Heading-aware splitting: sections stay whole when they fit, long ones split at paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from langchain_text_splitters import RecursiveCharacterTextSplitter

from ingest.document import LoadedDocument

MAX_CHARS = 1200


@dataclass(frozen=True)
class ChunkDraft:
    position: int
    section: str
    text: str
    meta: dict = field(default_factory=dict)


def split_document(doc: LoadedDocument, *, max_chars: int = MAX_CHARS) -> list[ChunkDraft]:
    """Each chunk keeps its section path ("Bagian > Subbagian") so citations can name it."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=max_chars,
        chunk_overlap=max_chars // 8,
        separators=["\n\n", "\n", ". ", " ", ""],
    )
    drafts: list[ChunkDraft] = []
    for section in doc.sections:
        title = " > ".join(section.heading)
        text = section.text.strip()
        whole = len(text) <= max_chars or section.meta.get("kind") == "training"
        pieces = [text] if whole else with_table_headers(splitter.split_text(text), text)
        for piece in pieces:
            if piece.strip():
                drafts.append(ChunkDraft(len(drafts), title, piece.strip(), section.meta))
    return drafts


_SEPARATOR = re.compile(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?")


def with_table_headers(pieces: list[str], text: str) -> list[str]:
    """A table cut across chunks: each piece that starts inside it repeats the table's header
    and separator, so its rows keep their column names (read without them, the first row of
    the piece would pass for the header)."""
    out, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        at = text.find(piece, cursor)
        cursor = at if at >= 0 else cursor
        header = _open_table_header(text[:cursor]) if piece.startswith("|") else None
        lines = piece.splitlines()
        continues = header and not (len(lines) > 1 and _SEPARATOR.fullmatch(lines[1].strip()))
        out.append("\n".join([*header, piece]) if continues else piece)
    return out


def _open_table_header(before: str) -> list[str] | None:
    """The header and separator of the table that the text before a piece ends inside."""
    lines = before.rstrip("\n").splitlines()
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i].strip()
        if not line.startswith("|"):
            return None
        if _SEPARATOR.fullmatch(line) and lines[i - 1].strip().startswith("|"):
            return [lines[i - 1].strip(), line]
    return None


def embedding_text(title: str, section: str, text: str) -> str:
    """What the dense model sees: the chunk with its document and section titles."""
    head = f"{title} — {section}" if section else title
    return f"{head}\n{text}"
