"""What a loader hands to the splitter: a titled document made of headed sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from knowledge.text.articles import ARTICLE, CITED_NUMBER, RULE_NUMBER, number_key
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
    return {**meta, **rule_numbers(body)}


# "800/0412/BKD/2025", "5 Tahun 2025", and with the issuer's code first (central agencies):
# "... Nomor 3 Tahun 2024 dicabut", "ketentuan Pasal 6 ... Nomor 3 Tahun 2024 dinyatakan tidak
# berlaku" (a rule replacing some of another's articles replaces what it says of them)
_REVOKES = re.compile(r"\b(dicabut|mencabut|dinyatakan\s+tidak\s+berlaku)\b", re.I)
_THIS_REVOKED = re.compile(
    r"\bini\s+(?:telah\s+|sudah\s+)?(?:dinyatakan\s+)?(?:dicabut|tidak\s+berlaku)\b", re.I
)
# "dicabut oleh SE Nomor ...", "dicabut dengan Perbup Nomor ...": that number is the reviser
_BY = re.compile(r"(\boleh|\bdicabut\s+dengan)\b[^.;]{0,60}$", re.I)
_SENTENCE = re.compile(r"(?<=[.;])\s+|\n\s*\n")


def _own_number(body: str) -> str | None:
    """A line of the document's head that starts with "Nomor" (title block, letter: "Nomor    :
    800.1/0598/DIKBUD/2026") and does not
    carry on a sentence ("... dicabut oleh Surat Edaran\nNomor ..."), a Markdown heading
    that names it ("# Surat Edaran ... Nomor SE-02/SU/KP.02/2026"), or a title block in capitals
    read as one line ("PERATURAN KEPALA BADAN ... NOMOR 3 TAHUN 2024")."""
    lines = body[:1500].splitlines()
    for i, line in enumerate(lines):
        found = (
            re.match(rf"[^\w\n]*nomor\s*:?\W{{0,4}}{RULE_NUMBER}", line, re.I)
            or re.match(rf"#+\s.*?\bnomor\W{{0,4}}{RULE_NUMBER}", line, re.I)
            or _capitals_title(line)
        )
        prev = re.sub(r"[*_#>`\s]+", " ", lines[i - 1]).strip() if i else ""
        if found and (not prev or prev.isupper() or prev.endswith((".", ":", ";"))):
            return number_key(found.group(1))
    return None


def _capitals_title(line: str) -> re.Match | None:
    found = re.match(rf"[^\n]*?\bNOMOR\W{{0,4}}{RULE_NUMBER}", line, re.I)
    before = found.group(0)[: found.start(1)] if found else ""
    upper = before.isupper() and len(before.split()) >= 3 and "NOMOR" in before
    return found if upper and before.rstrip().endswith("NOMOR") else None


def rule_numbers(body: str) -> dict[str, Any]:
    """The document's own number and the numbers of the rules it says it revokes ("Surat Edaran
    Nomor 800/0412/2025 ... dicabut"), so that a replaced circular is known as replaced without
    anyone writing front matter for it. "Surat Edaran ini dicabut oleh ..." revokes nothing.
    An amendment ("PERUBAHAN ATAS PERATURAN ... NOMOR 5 TAHUN 2023") revokes what it amends;
    the articles it changes ("Ketentuan Pasal 6 diubah", "ketentuan Pasal 6, Pasal 9 ayat (2)
    ... dinyatakan tidak berlaku") are ``changed_articles``: the others stay in force."""
    out: dict[str, Any] = {}
    own = _own_number(body)
    if own:
        out["number"] = own
    sentences = _SENTENCE.split(body)
    revoking = [s for s in sentences if _REVOKES.search(s) and not _THIS_REVOKED.search(s)]
    revoked = {
        number_key(m.group(1))
        for sentence in revoking
        for m in CITED_NUMBER.finditer(sentence)
        if not _BY.search(sentence[: m.start()]) and _revoked_here(sentence, m.start())
    }
    amended = next((m for m in _AMENDS.finditer(body[:1500]) if _amends_itself(body, m, own)), None)
    if amended:
        revoked.add(number_key(amended.group(1)))
    revoked -= {own}
    if revoked:
        out["revokes"] = sorted(revoked)
    articles = _changed_articles(sentences if amended else revoking)
    if revoked and articles:
        out["changed_articles"] = articles
    return out


def _revoked_here(sentence: str, at: int) -> bool:
    """A rule cited at ``at`` is what the sentence revokes: it says "dicabut" or "tidak
    berlaku" of what it names, or "mencabut" before the number ("Pedoman ini menjabarkan
    Perkadis Nomor 2 Tahun 2027, yang mencabut Perkadis Nomor 4 Tahun 2023": the first rule
    is the one revoking, not revoked)."""
    passive = any(m.group(1).lower() != "mencabut" for m in _REVOKES.finditer(sentence))
    return passive or bool(_REVOKES.search(sentence[:at]))


# "PERUBAHAN ATAS PERATURAN KEPALA DINAS NOMOR 5 TAHUN 2023", "Perubahan Kedua atas ..."
_AMENDS = re.compile(
    rf"\bperubahan\s+(?:\w+\s+)?atas\s+(?:peraturan|keputusan|surat\s+edaran)\b[^.;]{{0,160}}?"
    rf"\bnomor\W{{0,4}}{RULE_NUMBER}",
    re.I,
)
# "... Nomor 1 Tahun 2030 tentang Perubahan atas ...": the rule named before is the amending one
_AMENDED_BY = re.compile(rf"\bnomor\W{{0,4}}{RULE_NUMBER}\s+tentang\s+$", re.I)


def _amends_itself(body: str, found: re.Match, own: str | None) -> bool:
    """The document's own title says it amends ("PERUBAHAN ATAS PERATURAN ... NOMOR 2 TAHUN
    2029", under its own number or none), not its legal basis citing another rule that does (an
    SOP's "Peraturan ... Nomor 1 Tahun 2030 tentang Perubahan atas Peraturan ... Nomor 2 Tahun
    2029": the 2029 rule stands, amended)."""
    named = _AMENDED_BY.search(body[max(0, found.start() - 120) : found.start()])
    if named is None or number_key(named.group(1)) == own:
        return True
    title = body.lstrip()
    title_end = len(body) - len(title) + len(title.split("\n", 1)[0])
    return own is None and found.start() < title_end  # "Peraturan ... Nomor 1 Tahun 2030
    # tentang Perubahan atas ...": a plain first line is its own title


# "Ketentuan Pasal 8 ayat (1) diubah", "Pasal 13 dihapus", "ketentuan Pasal 6, Pasal 9 ayat (2),
# ... dinyatakan tidak berlaku": the articles named before the verb
_CHANGED = re.compile(r"\b(?:diubah|dihapus|tidak\s+berlaku)\b", re.I)
_NAMES_ARTICLE = re.compile(r"\bketentuan\s+pasal\b|\bpasal\s+\d{1,3}[A-Z]?\s+dihapus\b", re.I)


def _changed_articles(sentences: list[str]) -> list[str]:
    found: set[str] = set()
    for sentence in sentences:
        verb = _CHANGED.search(sentence)
        if verb and _NAMES_ARTICLE.search(sentence):
            found.update(m.group(1).upper() for m in ARTICLE.finditer(sentence[: verb.start()]))
    return sorted(found, key=lambda a: (int(re.match(r"\d+", a).group()), a))


_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def decode_text(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise LoaderError("isi berkas biner, bukan teks (ekstensi tidak sesuai isi?)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise LoaderError("berkas bukan teks UTF-8") from exc


def sections_from_headings(body: str) -> tuple[str | None, list[Section]]:
    """Split Markdown at headings; the first H1 is the title, deeper headings form the path."""
    title: str | None = None
    stack: list[tuple[int, str]] = []
    sections: list[Section] = []
    lines: list[str] = []
    in_fence = False

    def flush() -> None:
        text = "\n".join(lines).strip()
        if text:
            sections.append(Section([h for _, h in stack], text))
        lines.clear()

    for line in body.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if not match:
            lines.append(line)
            continue
        flush()
        level, heading = len(match.group(1)), match.group(2).strip()
        if level == 1 and title is None and not sections:
            title = heading
            continue
        stack = [(lvl, h) for lvl, h in stack if lvl < level] + [(level, heading)]
    flush()
    return title, sections


def inline(text: str) -> str:
    """Markup's text on one line, without the space its inline tags leave before punctuation
    ("klik <b>Daftar</b>:" reads "klik Daftar:", not "Daftar :")."""
    return re.sub(r"\s+([,.;:!?)])(?=\s|$)", r"\1", " ".join(text.split()))
