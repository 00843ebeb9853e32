"""What a loader hands to the splitter: a titled document made of headed sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from storage.catalog import TrainingCreate


class LoaderError(Exception):
    """A file that cannot be read; the message is shown to the user as the reason."""


@dataclass
class Section:
    heading: list[str]
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class LoadedDocument:
    title: str
    meta: dict[str, Any]
    sections: list[Section]
    trainings: list[TrainingCreate] = field(default_factory=list)


DOC_META_KEYS = (
    "id",
    "title",
    "regulation",
    "effective_date",
    "authority",
    "doc_type",
    "status",
    "supersedes",
    "amends",
    "superseded_by",
    "tags",
    "last_verified",  # the day the document was last checked against its public sources
    "revoked_date",
    "transitional_under",  # the law under which the document's rules apply as transitional
)
LIST_KEYS = ("supersedes", "amends", "superseded_by", "tags")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_STATUS_LINE = re.compile(r"^\W*status\W*:\W*(dicabut|tidak berlaku|diubah|berlaku)", re.I | re.M)
_REVOKED_SENTENCE = re.compile(
    r"\b(?:dokumen|peraturan|ketentuan|pedoman|surat edaran) ini (?:telah |sudah )?"
    r"(?:dinyatakan )?(dicabut|tidak berlaku)",
    re.I,
)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return (front matter, body); malformed YAML is a LoaderError, not a silent skip."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise LoaderError(f"front matter YAML tidak valid: {exc.__class__.__name__}") from exc
    if not isinstance(data, dict):
        raise LoaderError("front matter harus berupa pasangan kunci: nilai")
    return data, text[match.end() :]


def normalise_meta(raw: dict[str, Any], body: str) -> dict[str, Any]:
    """Keep the known keys in JSON-friendly form and detect a status line in the body."""
    meta = {k: raw[k] for k in DOC_META_KEYS if raw.get(k) not in (None, "", [])}
    for key in LIST_KEYS:
        if key in meta and not isinstance(meta[key], list):
            meta[key] = [s.strip() for s in str(meta[key]).split(",") if s.strip()]
        if key in meta:
            meta[key] = [str(v) for v in meta[key]]
    for key in DOC_META_KEYS:
        if key in meta and key not in LIST_KEYS:
            meta[key] = str(meta[key]).strip()
    if "status" not in meta:
        head = body[:1500]
        found = _STATUS_LINE.search(head) or _REVOKED_SENTENCE.search(head)
        if found:
            meta["status"] = (
                "dicabut"
                if "berlaku" in found.group(1).lower() and found.group(1).lower() != "berlaku"
                else found.group(1).lower()
            )
    if meta.get("status") == "tidak berlaku":
        meta["status"] = "dicabut"
    return meta
