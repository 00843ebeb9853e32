"""A document's title read from its opening lines as Indonesian official documents write it
(Tata Naskah Dinas): a letter states its subject after "Perihal:" or "Hal:", and a letterhead
(kop: the issuing body, its address) comes first and is not the title: the title block
under it is. Without this, a file's first line became its title, so every citation of a
circular or schedule read "PEMERINTAH KABUPATEN ..." or "BADAN ...".

A regulation's or decision's whole head ("KEPUTUSAN ... / NOMOR ... / TENTANG ...") as the
title was measured and dropped: its issuing body and subject words, counted in every chunk
of the document, made out-of-scope questions look covered (benchmarks/README.md)."""

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
SUBJECT = re.compile(r"(?:Perihal|Hal)\s*:\s*(?P<subject>\S.*)", re.I)
FIELD = re.compile(r"[A-Za-z][A-Za-z ]{0,20}:")  # "Lampiran :", "Sifat :"
SECTION_HEAD = re.compile(r"(?:BAB\s+[IVXLC\d]+|(?:[IVX]{1,5}|\d{1,2}|[A-Z])[.)]\s)")


def official_title(text: str) -> str | None:
    """The title the opening lines state, or None when they state none of these ways."""
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()[:OPENING]]
    found = _subject(lines) or _after_letterhead(lines)
    return " ".join(found.split())[:MAX_TITLE] if found else None


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
        if not (lines[j] and all_caps(lines[j])):
            continue  # the date, the addressees ("Yth. 1. Kepala ...")
        if SECTION_HEAD.match(lines[j]):
            return None  # the sections begin: there is no title block
        if not lines[j - 1]:  # a block of capitals begins
            return " ".join(_caps_run(lines, j))
    return None


def _caps_run(lines: list[str], i: int, most: int = 4) -> list[str]:
    """Consecutive non-blank capital lines from ``i`` on."""
    run: list[str] = []
    while i < len(lines) and lines[i] and all_caps(lines[i]) and len(run) < most:
        run.append(lines[i])
        i += 1
    return run
