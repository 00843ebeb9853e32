"""Fakes shared by the tests: a model-free embedder and document builders."""

from __future__ import annotations

import hashlib
import re

import numpy as np

from knowledge.search.embeddings import Embedder


class HashEmbedder(Embedder):
    """Deterministic bag-of-words vectors: similar words, similar vectors, no model to load."""

    def __init__(self, name: str = "fake:hash", dim: int = 64) -> None:
        self.name, self.dim = name, dim
        self.documents_embedded = 0
        self.fail_on: str | None = None
        self.interrupt_on: str | None = None

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            vec[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = np.linalg.norm(vec)
        return vec / norm if norm else vec + 1.0 / np.sqrt(self.dim)

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        for text in texts:
            if self.interrupt_on and self.interrupt_on in text:
                raise KeyboardInterrupt("simulated crash")
            if self.fail_on and self.fail_on in text:
                raise RuntimeError("simulated embedding failure")
        self.documents_embedded += len(texts)
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim))

    def encode_query(self, text: str) -> np.ndarray:
        return self._vector(text)


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a real text layer."""
    content = (
        "BT /F1 12 Tf 72 720 Td " + " ".join(f"({line}) Tj 0 -16 Td" for line in lines) + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def make_docx(
    path, title: str, sections: dict[str, str], table: list[list[str]] | None = None
) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=0)
    for heading, text in sections.items():
        document.add_heading(heading, level=1)
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))


def markdown_doc(doc_id: str, title: str, sections: dict[str, str], **front) -> str:
    lines = ["---", f"id: {doc_id}", f"title: {title}"]
    lines += [f"{k}: {v}" for k, v in front.items()]
    lines += ["---", f"# {title}", ""]
    for heading, text in sections.items():
        lines += [f"## {heading}", "", text, ""]
    return "\n".join(lines)
