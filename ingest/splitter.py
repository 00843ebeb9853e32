"""Heading-aware splitting: sections stay whole when they fit, long ones split at paragraphs."""

from __future__ import annotations

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
        pieces = [text] if whole else splitter.split_text(text)
        for piece in pieces:
            if piece.strip():
                drafts.append(ChunkDraft(len(drafts), title, piece.strip(), section.meta))
    return drafts


def embedding_text(title: str, section: str, text: str) -> str:
    """What the dense model sees: the chunk with its document and section titles."""
    head = f"{title} — {section}" if section else title
    return f"{head}\n{text}"
