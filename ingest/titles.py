"""A document's title read from its opening lines as Indonesian official documents write it
(Tata Naskah Dinas): a regulation, decision or circular names itself "X / NOMOR ... / TENTANG
/ Y"; a letter states its subject after "Perihal:" or "Hal:"; and a letterhead (kop: the
issuing body, its address) comes first and is not the title. Without this, a file's first
line became its title, so every citation of a circular read "PEMERINTAH KABUPATEN ...", and
a decision saved without document properties was cited by its file name."""

from __future__ import annotations

import re

from ingest.pdf_layout import all_caps

OPENING = 40  # lines read: a title stands near the top
MAX_TITLE = 240
# the issuing body a letterhead starts with
LETTERHEAD = re.compile(
    r"(?:PEMERINTAH|KEMENTERIAN|BADAN|DINAS|SEKRETARIAT|LEMBAGA|KANTOR|BIRO|INSPEKTORAT"
    r"|KOMISI|DEWAN|UNIVERSITAS|RUMAH SAKIT)\b"
)
NUMBER = re.compile(r"NOMOR\b|NO\.\s*\S")
ABOUT = re.compile(r"TENTANG\b")
ONE_LINE = re.compile(r"(?P<kind>.+?)\s+(?P<number>NOMOR\s+.+?)\s+TENTANG\s+(?P<about>.+)")
SUBJECT = re.compile(r"(?:Perihal|Hal)\s*:\s*(?P<subject>\S.*)", re.I)
FIELD = re.compile(r"[A-Za-z][A-Za-z ]{0,20}:")  # "Lampiran :", "Sifat :"
SECTION_HEAD = re.compile(r"(?:BAB\s+[IVXLC\d]+|(?:[IVX]{1,5}|\d{1,2}|[A-Z])[.)]\s)")


def official_title(text: str) -> str | None:
    """The title the opening lines state, or None when they state none of these ways."""
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()[:OPENING]]
    found = _regulation(lines) or _subject(lines) or _after_letterhead(lines)
    return " ".join(found.split())[:MAX_TITLE] if found else None


def _regulation(lines: list[str]) -> str | None:
    """ "KEPUTUSAN KEPALA ... / NOMOR 800/045/2026 / TENTANG / NILAI KONVERSI ..." on lines of
    their own, or run together on one line (a PDF's text layer)."""
    for i, line in enumerate(lines):
        one = ONE_LINE.fullmatch(line) if all_caps(line) else None
        if one:
            return f"{one['kind']} {one['number']} tentang {one['about']}"
        if not (NUMBER.match(line) and all_caps(line) and i > 0):
            continue
        kind = _caps_run(lines, i - 1, step=-1)
        after = i + 1 if i + 1 < len(lines) and ABOUT.match(lines[i + 1]) else None
        if not kind or after is None:
            continue
        rest = ABOUT.sub("", lines[after], count=1).strip()
        about = [rest] if rest else []
        about += _caps_run(lines, after + 1, step=1)
        if about:
            return f"{' '.join(kind)} {line} tentang {' '.join(about)}"
    return None


def _subject(lines: list[str]) -> str | None:
    """A letter's "Perihal : ..." with the lines that continue it."""
    for i, line in enumerate(lines):
        match = SUBJECT.match(line)
        if match:
            parts = [match["subject"]]
            for nxt in lines[i + 1 : i + 4]:
                if not nxt or FIELD.match(nxt) or nxt.startswith(("Yth", "Kepada")):
                    break
                parts.append(nxt)
            return " ".join(parts)
    return None


def _after_letterhead(lines: list[str]) -> str | None:
    """Below a letterhead, the first block of capital lines that is not a numbered section."""
    start = next((i for i, line in enumerate(lines) if line), None)
    if start is None or not (all_caps(lines[start]) and LETTERHEAD.match(lines[start])):
        return None
    i = start
    while i < len(lines) and lines[i]:  # the letterhead block
        i += 1
    for j in range(i, len(lines)):
        if lines[j] and all_caps(lines[j]) and not SECTION_HEAD.match(lines[j]):
            block = _caps_run(lines, j, step=1)
            if len(block) >= 1 and (j == 0 or not lines[j - 1]):
                return " ".join(block)
        if lines[j] and SECTION_HEAD.match(lines[j]):
            return None  # the sections begin: there is no title block
    return None


def _caps_run(lines: list[str], i: int, *, step: int, most: int = 4) -> list[str]:
    """Consecutive non-blank capital lines from ``i`` going ``step`` (in reading order)."""
    run: list[str] = []
    while 0 <= i < len(lines) and lines[i] and all_caps(lines[i]) and len(run) < most:
        run.append(lines[i])
        i += step
    return run if step > 0 else run[::-1]
