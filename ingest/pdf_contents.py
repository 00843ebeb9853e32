"""A PDF's table of contents left out: its lines name every chapter and section with a page
number, so a search finds it for any question and it answers none; its "BAB I PENDAHULUAN 5"
would also read as a chapter heading."""

from __future__ import annotations

import re

_TITLE = re.compile(r"\s*(?:daftar\s+isi|table\s+of\s+contents|isi)\s*", re.I)
# a heading and its page set apart: "1.2 Maksud dan Tujuan      5", "BAB II ......... 7", "Kata
# Pengantar    ii" (not "BAB I", whose numeral is its own)
_ENTRY = re.compile(r".*\S(?:\s{2,}|\s*\.{3,}\s*)(?:\d{1,3}|[ivxlc]{1,6})\s*$", re.I)
MAX_WRAPPED = 2  # lines of an entry wrapped before its page number


def drop_contents(pages: list[list[str]]) -> list[list[str]]:
    """The pages without their table of contents: from a line "DAFTAR ISI" on, the lines that
    end in a page number (and up to two wrapped lines before one), over a page break too when
    the contents run to the page's end. A "Daftar Isi" with fewer than three entries is text."""
    out, open_run = [], False
    for page in pages:
        kept, k = [], 0
        while k < len(page):
            if open_run or _TITLE.fullmatch(page[k]):
                end = _entries_end(page, k + (0 if open_run else 1))
                entries = sum(bool(_ENTRY.fullmatch(line)) for line in page[k:end])
                if entries >= 3 or (open_run and entries):
                    # run to the page's end (a repeated "DAFTAR ISI" aside): goes on overleaf
                    open_run = all(_TITLE.fullmatch(line) for line in page[end:] if line.strip())
                    k = len(page) if open_run else end
                    continue
                open_run = False
            kept.append(page[k])
            k += 1
        out.append(kept)
    return out


def _entries_end(page: list[str], k: int) -> int:
    """Where the entries starting at ``k`` end: at the first line after which no entry comes
    within MAX_WRAPPED lines (blank lines skipped)."""
    end, wrapped = k, 0
    for j in range(k, len(page)):
        line = page[j]
        if not line.strip():
            continue
        if _ENTRY.fullmatch(line):
            end, wrapped = j + 1, 0
        else:
            wrapped += 1
            if wrapped > MAX_WRAPPED:
                break
    return end
