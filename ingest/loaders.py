"""One loader per file format; each turns bytes into a LoadedDocument or raises LoaderError."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from ingest.catalog import load_catalog_yaml, load_csv
from ingest.document import (
    LoadedDocument,
    LoaderError,
    Section,
    decode_text,
    normalise_meta,
    sections_from_headings,
    split_front_matter,
)
from ingest.html import load_html
from ingest.pdf_layout import all_caps
from ingest.tables import cards, markdown_table
from ingest.titles import official_title
from ingest.workbook import load_xlsx

# The largest file read. Every parser here (pypdf, python-docx, BeautifulSoup, YAML) holds the
# whole file in memory, and a text-layer PDF of a regulation with its appendices is a few
# MB (the national documents shipped are a few kB of Markdown each); a file past this is a
# scan, a video or an archive under a document's name, and reading it would take the
# memory and minutes that the other files need. It is reported, the rest indexed.
MAX_FILE_BYTES = 100 * 1024 * 1024


def load_markdown(path: Path, data: bytes) -> LoadedDocument:
    front, body = split_front_matter(decode_text(data))
    heading_title, sections = sections_from_headings(body)
    meta = normalise_meta(front, body)
    title = meta.get("title") or heading_title or path.stem.replace("-", " ").capitalize()
    return LoadedDocument(title=title, meta=meta, sections=sections)


def load_text(path: Path, data: bytes) -> LoadedDocument:
    front, body = split_front_matter(decode_text(data))
    body = _unquoted(body)
    meta = normalise_meta(front, body)
    first, _, rest = body.strip().partition("\n")
    title = meta.get("title") or official_title(body)
    if not title and first and len(first) <= 120 and rest.strip():
        title, body = first.strip(), rest
    title = title or path.stem.replace("-", " ").capitalize()
    _, sections = sections_from_headings(_text_headings(body))
    return LoadedDocument(title=title, meta=meta, sections=sections or [Section([], body.strip())])


_QUOTED = re.compile(r"^[ \t]*>(?:[ \t]?>)*(?![ \t]*[\d=<>])[ \t]?", re.M)


def _unquoted(body: str) -> str:
    """A forwarded e-mail thread quotes earlier messages line by line ("> ", ">> "): the
    marks only say how deep a reply sits, so they are dropped where three lines carry them
    (a ">" before a figure, "> 40 km" or "> 90 : Sangat Baik", is a comparison)."""
    if len(_QUOTED.findall(body)) < 3:
        return body
    return _QUOTED.sub("", body)


def _text_headings(body: str) -> str:
    """Plain text marks its sections with ALL-CAPS lines set apart by blank lines or rules
    ("II. JADWAL HARIAN", "JADWAL DAN TATA TERTIB" over "PELATIHAN DASAR ..."): they become
    Markdown headings, a block's lines joined, so a section is a section, not 1,200
    characters. A block followed by another block at once is a title: it stays text."""
    lines = [line for line in body.splitlines() if not _RULE.fullmatch(line.strip())]
    gaps = _gaps(body.splitlines())
    out: list[str] = []
    block: list[str] = []
    pending: list[str] = []  # a finished block, waiting to see whether a body follows
    for i, raw in enumerate(lines):
        line = raw.strip()
        words = sum(w.isalpha() for w in line.split()) + bool(_NUMBERED_HEAD.match(line))
        if (gaps[i] or block) and 5 <= len(line) <= 90 and words >= 2 and all_caps(line):
            if pending and not block:
                out.append(" — ".join(pending))  # a title block, no body of its own
                pending = []
            block.append(line)
            continue
        if block:
            pending, block = block, []
        if pending and line:
            out.append("## " + " — ".join(pending))
            pending = []
        out.append(raw)
    out.extend(" — ".join(b) for b in (pending, block) if b)
    return "\n".join(out)


def _gaps(raw_lines: list[str]) -> list[bool]:
    """For each line kept (rules dropped): does a blank line or a rule come before it?"""
    gaps, gap = [], True
    for raw in raw_lines:
        line = raw.strip()
        if _RULE.fullmatch(line):
            gap = True
            continue
        gaps.append(gap)
        gap = not line
    return gaps


_RULE = re.compile(r"[=\-_*~#]{3,}")
_NUMBERED_HEAD = re.compile(r"(?:[IVX]{1,5}|\d{1,2}|[A-Z])[.)]\s+[A-Z]{3,}")


def load_pdf(path: Path, data: bytes) -> LoadedDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from ingest.pdf import first_line, pdf_to_markdown
    from ingest.pdf_layout import extract_pages
    from ingest.pdf_tables import ruled_tables

    unreadable = (PdfReadError, ValueError, KeyError, TypeError, OSError)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoaderError("PDF terkunci kata sandi")
        pages = extract_pages(reader.pages, unreadable)
        info_title = (reader.metadata.title if reader.metadata else None) or ""
    except LoaderError:
        raise
    except unreadable as exc:
        raise LoaderError(f"PDF rusak atau tidak dapat dibaca ({exc.__class__.__name__})") from exc
    # Markdown headings from BAB/Pasal/numbered/centred lines; ruled tables read from rules
    body = pdf_to_markdown(pages, ruled_tables(data, pages))
    first = first_line(pages)
    title = (
        info_title.strip()
        or official_title(body)
        or (first if first and len(first) <= 120 else path.stem)
    )
    # a leading H1 is taken as the title, so the document's first real heading stays in paths
    _, sections = sections_from_headings(f"# {' '.join(title.split())}\n\n{body}")
    if not sections:  # blank pages, or nothing but page numbers
        raise LoaderError("PDF tidak memiliki lapisan teks (hasil pindai?)")
    return LoadedDocument(title=title, meta=normalise_meta({}, body), sections=sections)


def load_docx(path: Path, data: bytes) -> LoadedDocument:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken zip/xml
        raise LoaderError(f"DOCX rusak atau tidak dapat dibaca ({exc.__class__.__name__})") from exc
    lines: list[str] = []
    paragraphs: list[str] = []  # in order, for a title the opening paragraphs state
    title = (document.core_properties.title or "").strip()
    children = list(document.element.body.iterchildren())
    tables = [
        [[c.text for c in row.cells] for row in Table(child, document).rows]
        for child in children
        if child.tag.endswith("}tbl")
    ]
    read = iter(zip(tables, cards(tables), strict=True))
    for child in children:
        if child.tag.endswith("}tbl"):
            rows, card = next(read)
            lines.extend(["", *markdown_table(rows, card=card), ""])
            continue
        if not child.tag.endswith("}p"):
            continue
        para = Paragraph(child, document)
        text, style = para.text.strip(), (para.style.name if para.style is not None else "") or ""
        if not text:
            continue
        paragraphs.append(text)
        level = re.search(r"(?:heading|judul)\s*(\d)", style, re.I)
        if style.lower() == "title":
            title = title or text
        elif level:
            lines.append(f"\n{'#' * (int(level.group(1)) + 1)} {text}\n")
        else:
            lines.append(text + "\n")
    body = "\n".join(lines)
    heading_title, sections = sections_from_headings(body)
    if not sections:
        raise LoaderError("DOCX tidak berisi teks")
    meta = normalise_meta({}, body)
    title = title or official_title("\n".join(paragraphs)) or heading_title or path.stem
    return LoadedDocument(title=title, meta=meta, sections=sections)


Loader = Callable[[Path, bytes], LoadedDocument]
LOADERS: dict[str, Loader] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".yaml": load_catalog_yaml,
    ".yml": load_catalog_yaml,
    ".csv": load_csv,
    ".xlsx": load_xlsx,
}


def sniff_loader(path: Path, data: bytes) -> Loader | None:
    """Pick a loader by content when it betrays the extension (a PDF saved as .txt, ...)."""
    head = data[:512].lstrip()
    if head.startswith(b"%PDF"):
        return load_pdf
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:4096]:
        return load_docx
    if head.startswith(b"PK\x03\x04") and b"xl/" in data[:4096]:
        return load_xlsx
    if head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return load_html
    return LOADERS.get(path.suffix.lower())


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in LOADERS


def too_large(size: int) -> str | None:
    """The reason a file of ``size`` bytes is not read, or None when it may be."""
    if size <= MAX_FILE_BYTES:
        return None
    mb = 1024 * 1024
    return (
        f"berkas terlalu besar ({size / mb:.0f} MB; batas {MAX_FILE_BYTES // mb} MB): "
        "pecah menjadi beberapa berkas, atau simpan sebagai teks tanpa gambar"
    )


def load_file(path: Path, data: bytes) -> LoadedDocument:
    problem = too_large(len(data))
    if problem:
        raise LoaderError(problem)
    loader = sniff_loader(path, data)
    if loader is None:
        raise LoaderError(f"format {path.suffix or '(tanpa ekstensi)'} tidak didukung")
    return _without_nul(loader(path, data))


def _without_nul(doc: LoadedDocument) -> LoadedDocument:
    """A stray U+0000 (a byte past the binary check's first 4 kB, a CSV cell, a PDF font's
    text) is dropped: PostgreSQL text cannot hold it, and the file would fail as an
    unexpected database error instead of being indexed."""

    def clean(value):
        if isinstance(value, str):
            return value.replace("\x00", "")
        if isinstance(value, list | tuple):
            return type(value)(clean(v) for v in value)
        if isinstance(value, dict):
            return {clean(k): clean(v) for k, v in value.items()}
        return value

    doc.title, doc.meta = clean(doc.title), clean(doc.meta)
    for section in doc.sections:
        section.heading, section.text = clean(section.heading), clean(section.text)
        section.meta = clean(section.meta)
    doc.trainings = [
        t.model_copy(update={k: clean(v) for k, v in t.model_dump().items() if isinstance(v, str)})
        for t in doc.trainings
    ]
    return doc
