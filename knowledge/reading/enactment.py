"""When a rule was enacted and from when it holds: the closing article ("Peraturan ini mulai
berlaku pada tanggal ditetapkan", "Keputusan ini mulai berlaku pada tanggal 1 Maret 2026") and
the enactment line of its signature block ("Ditetapkan di Sangiwu pada tanggal 10 Januari
2030"). A transition article's dates ("tetap berlaku sampai ... 30 Juni 2027") answer neither."""

from __future__ import annotations

import re

# "kapan ditetapkan", "mulai berlaku tgl brp", "berlaku sejak kapan": a rule's own dates; not
# "masa berlaku" (a certificate's validity) nor "masih berlaku" (whether it still holds)
_ENACTED_ASKED = re.compile(
    r"\b(?:ditetapkan|diundangkan|disahkan|(?<!masa )(?<!masih )(?:mulai\s+)?berlaku(?:nya)?)\b"
)
_WHEN = re.compile(r"\b(?:kapan|tanggal|tgl|sejak|mulai)\b")
_RULE = re.compile(
    r"\b(?:peraturan|keputusan|surat edaran|se|perbup|pergub|perwali|perda|perkada|perkadis|"
    r"perka|perkaban|perkalaksa|perdir|perins|kepkadis|kepkaban|sk|uu|pp|permen\w*|aturan|pedoman)\b"
)
# "(Peraturan|Keputusan ...) ini mulai berlaku pada tanggal ...", one sentence
IN_FORCE = re.compile(
    r"[^.\n]*\bini\s+(?:mulai\s+)?berlaku\s+(?:pada|sejak|mulai)\b[^.]{0,80}?(?:\.(?!\d)|(?=\n\s*\n)|\Z)",
    re.I,
)
# "Ditetapkan di X" with its "pada tanggal D", on one line or the next
ENACTED = re.compile(
    r"^\s*((?:Ditetapkan|Diundangkan)\s+di\s+[^\n]{2,60}?)\s*(?:\n\s*)?"
    r"(pada\s+tanggal\s+(?:\d{1,2}\s+[A-Za-z]+\s+\d{4}|[^\n.]{6,30}))",
    re.I | re.M,
)
# "Pada saat Peraturan ini mulai berlaku, Peraturan ... Nomor 11 Tahun 2023 ... dicabut dan
# dinyatakan tidak berlaku": what the rule replaced, said with when it holds
REVOKES = re.compile(
    r"[^.\n]*\bini\s+(?:mulai\s+)?berlaku\b[^.]{0,300}?\bdicabut\b[^.]{0,80}?(?:\.(?!\d)|(?=\n\s*\n)|\Z)",
    re.I,
)


# "paling lambat kapan", "batas": a deadline a rule sets, not the rule's own date
_DEADLINE = re.compile(r"\b(?:paling\s+lambat|selambat|batas|deadline|tenggat)\w*\b")


def asks_enactment(text: str) -> bool:
    """Does this ask when a rule (named in it) was enacted or holds from? The clause asking
    when says "ditetapkan" or "berlaku" ("kegiatan yg kelar sblm aturan baru berlaku,
    uploadnya paling lambat kapan" asks a deadline)."""
    lowered = text.lower()
    if not _RULE.search(lowered):
        return False
    return any(
        _ENACTED_ASKED.search(clause) and _WHEN.search(clause) and not _DEADLINE.search(clause)
        for clause in re.split(r"[,;?]|\bdan\b", lowered)
    )


def enactment(text: str) -> list[str]:
    """The rule's closing in-force sentence and its enactment lines, in the document's order."""
    found = [
        (m.start(), " ".join(m.group(0).split()))
        for pattern in (REVOKES, IN_FORCE)
        for m in pattern.finditer(text)
    ]
    found += [
        (m.start(), f"{m.group(1).strip()} {m.group(2).strip()}") for m in ENACTED.finditer(text)
    ]
    return list(dict.fromkeys(line for _, line in sorted(found)))


_NUMBERED = re.compile(r"\b(\d{1,3})(?:\s+tahun\s+|/)((?:19|20)\d\d)\b")


def rule_numbers(text: str) -> set[str]:
    """The rule numbers a text writes, as "7 tahun 2026" ("Nomor 7 Tahun 2026", "7/2026")."""
    return {f"{m.group(1)} tahun {m.group(2)}" for m in _NUMBERED.finditer(text.lower())}


def rule_kinds(text: str) -> set[str]:
    """The kinds of rule a text names ("peraturan", "keputusan", "surat edaran")."""
    kinds = {m.group(0) for m in _RULE.finditer(text.lower())} - {"aturan"}
    return {"surat edaran" if k == "se" else k for k in kinds}
