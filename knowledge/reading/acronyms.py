"""Acronyms a document defines itself, in legal drafting ("... yang selanjutnya disingkat
SIBARA"), in brackets either way round, or in a glossary: how a question's acronym finds
the document's name for it."""

from __future__ import annotations

import re

_DEFINED_AS = re.compile(  # legal drafting: "Sistem Belajar ASN yang selanjutnya disingkat SIBARA"
    r"([A-Z][\w-]*(?:\s+[\w-]+){0,9}?)\s*,?\s+yang selanjutnya (?:disingkat|disebut)\s+"
    r"([A-Z][A-Za-z0-9]{1,11})\b"
)
# an acronym as agencies write a system's name: "SIBARA", "SI-RAKIT", "e-PRAJA"
_ACRONYM = r"(?:[a-z]-)?[A-Z][A-Za-z0-9]{1,11}(?:-[A-Z][A-Za-z0-9]{1,8})?"
_IN_BRACKETS = re.compile(
    r"((?:[A-Z][\w-]*\s+(?:(?:dan|dan/atau|atau|untuk|di|ke|dari)\s+)?){1,9})\(\s*"
    rf"({_ACRONYM})\s*\)"
)


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms a document defines itself ("Tes Potensi Akademik (TPA)", "... yang selanjutnya
    disingkat SIBARA"), lower-cased, when the expansion starts with the acronym's letter; and
    written after it ("TELAGA (Taman Edukasi dan Latihan ...)", a glossary's "AKSARA - Akademi
    Korporasi ...") when the acronym's letters stand in the expansion in order."""
    found: dict[str, str] = {}
    for pattern in (_DEFINED_AS, _IN_BRACKETS):
        for match in pattern.finditer(text):
            expansion, acronym = " ".join(match.group(1).split()), match.group(2)
            words = [w for w in expansion.split() if w[:1].isupper()]
            start = next((i for i, w in enumerate(words) if w[0] == acronym[0].upper()), None)
            tail = len(words) - len(acronym)  # "PENDAFTARAN PESERTA PELATIHAN TEKNIS SURVEI
            if tail > 0 and "".join(w[0] for w in words[tail:]).upper() == acronym.upper():
                start = tail  # BATIMETRI (PTSB)": the words whose initials spell it
            named = " ".join(words[start:]).lower() if start is not None else ""
            capitals = sum(c.isupper() for c in acronym) >= 2
            if named and named != acronym.lower() and (capitals or _syllabic(acronym, named)):
                found.setdefault(_key(acronym), named)
    for pattern in (_BRACKETED_EXPANSION, _GLOSSARY_EXPANSION):
        for match in pattern.finditer(text):
            acronym, written = match.group(1) or match.group(3), match.group(2) or match.group(4)
            expansion = " ".join(written.replace(",", " ").split())
            listed = "," in written  # a list spells it by its words' initials, each once
            initials = "".join(w[0] for w in expansion.split() if w.lower() not in _JOINERS)
            if listed and initials.upper() != acronym.upper():
                continue
            # "X = Y" is a formula's line too ("NK = Nilai Kinerja x 0,6")
            keyed = pattern is _GLOSSARY_EXPANSION and match.group(3) is not None
            if keyed and not _a_name(acronym, expansion):
                continue
            if _spells(acronym, expansion):
                found.setdefault(_key(acronym), expansion.lower())
    for match in _GLOSSARY_NAME.finditer(text):
        acronym = match.group(1) or match.group(3)
        expansion = " ".join((match.group(2) or match.group(4)).split())
        spelled = (
            _spells(acronym, expansion)
            if acronym.isupper()
            else _syllabic(acronym, expansion, inside_first=True)
        )
        if _titled_name(expansion) and spelled:
            found.setdefault(acronym.lower(), expansion.lower())
    return found


# "CAKAP (Cermat, Akuntabel, Kompeten, Adaptif, dan Profesional)": a list spells it too
_BRACKETED_EXPANSION = re.compile(
    r"(?<![\w-])((?:[a-z]-)?[A-Z][A-Z0-9]{1,11}(?:-[A-Z][A-Z0-9]{1,8})?)\s*"
    r"\(([A-Z][\w\s/&,-]{3,100}?)\)"
)
_GLOSSARY_EXPANSION = re.compile(
    r"^[-*•\s]*([A-Z][A-Z0-9]{1,11})\s+[-\u2013:]\s+([A-Z][\w /&-]{3,100})$"
    # a key in a note: "Singkatan unit: BM = Bidang Bina Marga; BJK = Bidang Bina Jasa ..."
    r"|(?<![\w-])([A-Z][A-Z0-9]{1,11})\s*=\s*([A-Z][\w /&-]{3,100}?)\s*(?=[;.,]|$)",
    re.M,
)
# a glossary line naming what the acronym stands for before a full stop or a description:
# "- Tibumtranmas: Ketertiban Umum dan Ketenteraman Masyarakat.", "SIGAP: Sekolah Internal
# Gerakan Aparatur Pembelajar, program ..." (the name Title Case, eight words at most)
_GLOSSARY_NAME = re.compile(
    r"^[-*•\s]*([A-Z][A-Za-z0-9]{1,11})(?:\s*:|\s+[-\u2013])\s+([A-Z][\w /&-]{3,100}?)\s*(?:[.,;]|$)"
    # a glossary table's row: "| AKP | Analisis Kebutuhan Pelatihan |"
    r"|^\|\s*([A-Z][A-Za-z0-9]{1,11})\s*\|\s*([A-Z][\w /&-]{3,100}?)\s*(?:[.,;][^|]*)?\|",
    re.M,
)


def _titled_name(expansion: str) -> bool:
    """A Title Case name of eight words at most ("Ketertiban Umum dan Ketenteraman Masyarakat")."""
    words = expansion.split()
    return len(words) <= 8 and all(w[0].isupper() or w in _JOINERS for w in words)


def _a_name(acronym: str, expansion: str) -> bool:
    """A Title Case name that does not repeat the acronym ("Bidang Bina Marga"; not "Jumlah
    Pertemuan x 45 menit", "JP Pelatihan dan JP Seminar")."""
    return _titled_name(expansion) and acronym not in expansion.split()


def _syllabic(acronym: str, expansion: str, *, inside_first: bool = False) -> bool:
    """ "Pusbangkom" for "Pusat Pengembangan Kompetensi Aparatur", "Sestama" for "Sekretaris
    Utama": an acronym of syllables, written like a word, takes its letters in order from two
    words or more of the expansion ("Badan ... yang selanjutnya disebut Badan" is no acronym).
    ``inside_first``: a glossary's name may take a syllable inside its first word ("Tibum" of
    "Ketertiban Umum")."""
    words, letters = expansion.lower().split(), acronym.lower()
    first = letters[0] in words[0] if inside_first else words[0].startswith(letters[0])
    if len(letters) < 4 or letters in words or not first:
        return False
    used, at = set(), 0
    for i, word in enumerate(words):
        for char in word:
            if at < len(letters) and char == letters[at]:
                used.add(i)
                at += 1
    return at == len(letters) and len(used) >= 2


def _key(acronym: str) -> str:
    """How a question's word reads it: "SI-RAKIT" as "sirakit", "e-PRAJA" as "epraja"."""
    return acronym.lower().replace("-", "")


def _spells(acronym: str, expansion: str) -> bool:
    """ "TELAGA" in "Taman Edukasi dan Latihan Aparatur yang Gemilang dan Adaptif", "AKSARA" in
    "Akademi Korporasi Sumber Daya Aparatur": its first letter starts the expansion and its
    letters stand in it in order, the expansion being two words or more."""
    letters = re.sub(r"[^a-z0-9]", "", expansion.lower())
    wanted = _key(acronym)
    if len(expansion.split()) < 2 or not letters.startswith(wanted[0]):
        return False
    at = 0
    for ch in wanted:
        at = letters.find(ch, at) + 1
        if at == 0:
            return False
    return True


# an acronym after the word that names its kind of unit: "Bidang PIAK", "Kepala Seksi PDI"
# (not a code: "Pelatihan DKP-213")
_KINDS = "Bidang|Seksi|Bagian|Subbagian|Subbidang|Dinas|Badan|Kantor|Tim|Unit|UPT|UPTD|Biro|Balai"
_HEADED_CAPITALS = re.compile(rf"\b({_KINDS})\s+((?![IVX]+\b)[A-Z]{{3,6}})\b(?!-\d)")
_TITLED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:dan|atau|dan/atau)\s+)?[A-Z][a-z]+)+")
_JOINERS = frozenset(("dan", "serta", "atau", "dan/atau"))


def implied_acronyms(texts: list[str], known: set[str]) -> dict[str, str]:
    """Acronyms the documents write after the word naming their kind ("Kepala Bidang PIAK")
    but never define, whose letters are the initials of the words written after the same
    word elsewhere ("Bidang Pengelolaan Informasi Administrasi Kependudukan"); one that
    several phrases spell is left out. Without the kind word, initials mislead: "RAB" is no
    "Rescuer Air Bersertifikat", a course code "DKP" no "Dinas Kependudukan ...")."""
    known_upper = {k.upper() for k in known}
    heads: dict[str, set[str]] = {}
    for text in texts:
        for head, acronym in _HEADED_CAPITALS.findall(text):
            if acronym not in known_upper:
                heads.setdefault(acronym, set()).add(head)
    spelled: dict[str, set[str]] = {}
    for text in texts:
        for run in _TITLED_RUN.finditer(text):
            words = [w for w in run.group(0).split() if w not in _JOINERS]
            for start in range(1, len(words)):
                for size in range(3, min(6, len(words) - start) + 1):
                    part = words[start : start + size]
                    initials = "".join(w[0] for w in part)
                    if words[start - 1] in heads.get(initials, ()):
                        spelled.setdefault(initials, set()).add(" ".join(part).lower())
    return {a.lower(): next(iter(p)) for a, p in spelled.items() if len(p) == 1}
