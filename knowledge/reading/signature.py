"""Who signed a letter, circular or rule: the block that closes it ("a.n. INSPEKTUR ...,
Sekretaris, ttd. Hendrik Sapulete, NIP ..."). A signature block names an office and a person
in a layout no sentence has, so "ditandatangani oleh siapa" is read from the layout."""

from __future__ import annotations

import re

SIGNER_ASKED = re.compile(
    r"\b(?:(?:ditandatangani|menandatangani)(?:nya)?|penandatangan\w*|tanda ?tangan\w*|diteken|neken)\b"
)
# where the signature stands: "ttd.", "(ttd)", "INSPEKTUR DAERAH ..., ttd."
_SIGNED = re.compile(r"^(?P<office>.*?,)?\s*\(?ttd\.?\)?$", re.I)
_NIP = re.compile(r"^NIP\.?\s*:?\s*\d", re.I)
_RANK = re.compile(r"\([IVX]+/[a-e]\)\s*$")  # "Pembina Utama Muda (IV/c)"
# "Ditetapkan di Bandar Rampai", "... pada tanggal 15 Februari 2024": a place, not a sentence
_ENACTED = re.compile(
    r"(?i:ditetapkan\s+di)\s+[A-Z][\w .'-]{1,40}?(?:\s+(?i:pada\s+tanggal)\s+[\w ]{6,30})?"
)
_DATED = re.compile(r"^pada\s+tanggal\b", re.I)
_NAME_END = re.compile(r"\b[A-Z][A-Za-z]{0,3}\.\s*$")  # "..., M.M.", "..., S.Sos.": a degree
OFFICE_LINES = 3  # "Ditetapkan di ...", "pada tanggal ...", "a.n. KEPALA ...", "Sekretaris,"


def asks_signer(text: str) -> bool:
    return bool(SIGNER_ASKED.search(text))


def signature_block(text: str) -> str | None:
    """The first signature block of a document's text: the office lines, the signer's name,
    rank and NIP, one per line; None when the text has none."""
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        signed = _SIGNED.match(line)
        if signed is not None:
            office = [signed.group("office")] if signed.group("office") else []
            name_at = _next_filled(lines, i + 1)
            above = i
        elif _NIP.match(line):
            name_at = _previous_filled(lines, i)
            if name_at is not None and _RANK.search(lines[name_at]):
                name_at = _previous_filled(lines, name_at)
            office, above = [], name_at
        elif _ENACTED.fullmatch(line) and (unsigned := _unsigned(lines, i)) is not None:
            return unsigned
        else:
            continue
        if name_at is None or above is None:
            continue
        office = _office_above(lines, above) + office
        return "\n".join([*office, *_name_and_ids(lines, name_at)])
    return None


def _unsigned(lines: list[str], at: int) -> str | None:
    """A block with no "ttd" or NIP, as a copy of a rule prints it: "Ditetapkan di ... pada
    tanggal ...", the office in capitals, then the name (the first line that is not)."""
    block, offices = [lines[at]], 0
    for k in range(at + 1, min(at + 2 + OFFICE_LINES, len(lines))):
        line = lines[k]
        if _DATED.match(line) or not line:
            block += [line] if line else []
        elif line.isupper():
            block.append(line)
            offices += 1
        elif offices and len(line) <= 80 and (not _is_text(line) or _NAME_END.search(line)):
            return "\n".join([*block, *_name_and_ids(lines, k)])
        else:
            return None
    return None


def _office_above(lines: list[str], at: int) -> list[str]:
    found: list[str] = []
    i = _previous_filled(lines, at)
    while i is not None and len(found) < OFFICE_LINES and not _is_text(lines[i]):
        found.insert(0, lines[i])
        i = _previous_filled(lines, i)
    return found


def _name_and_ids(lines: list[str], at: int) -> list[str]:
    """The name and, right under it, the rank and NIP lines."""
    block = [lines[at]]
    for line in lines[at + 1 : at + 4]:
        if not line:
            continue
        if not (_RANK.search(line) or _NIP.match(line)):
            break
        block.append(line)
    return block


def _is_text(line: str) -> bool:
    """ "Demikian untuk dilaksanakan.": the letter's text, not an office line."""
    return line.endswith((".", ":"))


def _next_filled(lines: list[str], start: int) -> int | None:
    return next((j for j in range(start, min(start + 4, len(lines))) if lines[j]), None)


def _previous_filled(lines: list[str], before: int) -> int | None:
    return next((j for j in range(before - 1, max(before - 4, -1), -1) if lines[j]), None)
