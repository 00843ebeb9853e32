"""When a rule was enacted and from when it holds: the closing article ("Peraturan ini mulai
berlaku pada tanggal ditetapkan", "Keputusan ini mulai berlaku pada tanggal 1 Maret 2026"),
the article revoking the rule it replaced, and the enactment line of its signature block
("Ditetapkan di Sangiwu pada tanggal 10 Januari 2030"). A transition article's dates ("tetap
berlaku sampai ... 30 Juni 2027") answer neither."""

from __future__ import annotations

import re

from knowledge.text.articles import RULE_KINDS

# "kapan ditetapkan", "mulai berlaku tgl brp", "berlaku sejak kapan": a rule's own dates; not
# "masa berlaku" (a certificate's validity), "masih/tetap berlaku" (whether it still holds),
# "berlaku sampai kapan" (until when)
_ENACTED_ASKED = re.compile(
    r"\b(?:ditetapkan|diundangkan|disahkan|(?<!masa )(?<!masih )(?<!msh )(?<!tetap )"
    r"(?:mulai\s+)?berlaku(?:nya)?(?!\s+(?:sampai|hingga|sd|s\.d)))\b"
)
_WHEN = re.compile(r"\b(?:kapan|kpn|(?:tanggal|tgl)\s+(?:berapa|brp))\b")
# another ask in the same clause: "target JP sejak perkadis berlaku berapa"
_OTHER_ASK = re.compile(r"\b(?:berapa|brp|apa|siapa|mana)\b")
# "paling lambat kapan", "batas": a deadline a rule sets, not the rule's own date
_DEADLINE = re.compile(r"\b(?:paling\s+lambat|selambat|batas|deadline|tenggat)\w*\b")
_KINDS = rf"surat edaran|permen\w*|aturan|{'|'.join(RULE_KINDS.split())}"
_RULE = re.compile(rf"\b(?:{_KINDS})\b")
# the sentence around "Peraturan ini (mulai) berlaku" or "Dengan berlakunya Surat Edaran ini",
# of the rule itself (not "Pasal 4 ini berlaku mulai semester genap", "berlakunya sistem
# SIMPUL ini"): found by its words first, then widened to its sentence (a pattern opening with
# "[^.]*" rescans every position of a long text)
_THIS_RULE = rf"(?:{_KINDS}|pedoman|ketentuan)(?:\s+[\w.]+){{0,4}}?\s+ini"
_IN_FORCE = re.compile(
    rf"\b{_THIS_RULE}\s+(?:mulai\s+)?berlaku\b|\bberlakunya\s+{_THIS_RULE}\b", re.I
)
_SAYS_WHEN = re.compile(r"\bberlaku\s+(?:pada|sejak|mulai)\b|\bdicabut\b")
_STARTS = re.compile(r"(?:^|(?<=[.\n]))\s*(?=\S)")
_SENTENCE_END = re.compile(r"\.(?!\d)|\n\s*\n")
# "Ditetapkan di X" with its "pada tanggal D", on one line or the next
ENACTED = re.compile(
    r"^\s*((?:Ditetapkan|Diundangkan)\s+di\s+[^\n]{2,60}?)\s*(?:\n\s*)?"
    r"(pada\s+tanggal\s+(?:\d{1,2}\s+[A-Za-z]+\s+\d{4}|[^\n.]{6,30}))",
    re.I | re.M,
)
MAX_SENTENCE = 400


def asks_enactment(text: str) -> bool:
    """Does this ask when a rule (named in it) was enacted or holds from? The clause asking
    when says "ditetapkan" or "berlaku" and asks nothing else ("yg selesai sebelum perkadis
    baru berlaku, laporannya paling lambat kapan" asks a deadline)."""
    lowered = text.lower()
    if not _RULE.search(lowered):
        return False
    for clause in re.split(r"[,;?]|\bdan\b", lowered):
        when = _WHEN.search(clause)
        if not when or not _ENACTED_ASKED.search(clause) or _DEADLINE.search(clause):
            continue
        if not _OTHER_ASK.search(clause[: when.start()] + clause[when.end() :]):
            return True
    return False


def enactment(text: str) -> list[str]:
    """The rule's closing in-force and revoking sentences and its enactment lines, in the
    document's order."""
    found: list[tuple[int, str]] = []
    for m in _IN_FORCE.finditer(text):
        start = max(
            (
                s.start()
                for s in _STARTS.finditer(text, max(0, m.start() - MAX_SENTENCE), m.start() + 1)
            ),
            default=m.start(),
        )
        end = _SENTENCE_END.search(text, m.end(), m.end() + MAX_SENTENCE)
        sentence = " ".join(
            text[start : end.start() + 1 if end else m.end() + MAX_SENTENCE].split()
        )
        if _SAYS_WHEN.search(sentence):
            found.append((start, sentence.rstrip(".\n ") + "."))
    found += [
        (m.start(), f"{m.group(1).strip()} {m.group(2).strip()}") for m in ENACTED.finditer(text)
    ]
    return list(dict.fromkeys(line for _, line in sorted(found)))


def rule_kinds(text: str) -> set[str]:
    """The kinds of rule a text names ("peraturan", "keputusan", "surat edaran")."""
    kinds = {m.group(0) for m in _RULE.finditer(text.lower())} - {"aturan"}
    return {"surat edaran" if k == "se" else k for k in kinds}


# a title may write the short form, in capitals: "SE Bantuan Biaya" (not "se-Dinas Kesehatan")
_SHORT_KINDS = {"surat edaran": re.compile(r"(?<![\w-])SE(?![\w-])")}


def names_kind(title: str, kinds: set[str]) -> bool:
    """Does a title name one of these kinds of rule, as a word ("pp" is not "PPPK")?"""
    if any(_SHORT_KINDS[k].search(title) for k in kinds if k in _SHORT_KINDS):
        return True
    return any(re.search(rf"\b{re.escape(k)}\b", title.lower()) for k in kinds)
