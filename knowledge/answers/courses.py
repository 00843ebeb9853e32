"""Which catalog course a question asks of, and which one a passage is titled for: terms of
reference titled "KAK Pelatihan Pemandu Wisata Budaya" state that course's pass mark, not the
pass mark of "Teknik Komunikasi Budaya" a question asks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.search.searcher import Hit, Searcher
from knowledge.search.versioned import PerIndexVersion
from knowledge.text.normalize import normalise
from knowledge.text.tokens import tokenize

# what kind of course a name says ("Pelatihan ..."), not which course it is
KINDS = frozenset(tokenize("pelatihan diklat bimbingan teknis bimtek kursus workshop"))
_ACRONYM = re.compile(r"\(\s*[A-Z][A-Za-z0-9-]{1,11}\s*\)")  # "(TKB)", "(SMB-30-10)"
ASKED_MEMO = 4096  # questions whose courses are kept
TITLED_MEMO = 65536  # passages' headings whose courses are kept
_CODE = re.compile(r"(?=.*[a-z])(?=.*\d).{4,}")  # a code with letters and figures, not "1"


@dataclass(frozen=True)
class Course:
    words: tuple[str, ...]  # its name's stems in order, its kind and acronym aside
    code: str  # normalised ("smb 30 07"), "" when too short to tell apart


class Courses:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._courses = PerIndexVersion(searcher, self._read)
        self._titled: PerIndexVersion[dict[tuple[str, str], frozenset[int]]] = PerIndexVersion(
            searcher, dict
        )
        self._asked: PerIndexVersion[dict[str, frozenset[int]]] = PerIndexVersion(searcher, dict)

    def another(self, text: str, hit: Hit) -> bool:
        """The passage's headings name a catalog course after its kind ("KAK Pelatihan
        Pemandu Wisata Budaya") or by its code, and not the course the question names (by
        its whole name in order, or its code). A heading naming the asked course too ("...
        Berbasis Komunitas" holds the shorter name) is about it."""
        if hit.meta.get("kind") == "training":
            return False
        memo = self._asked.get()  # a question reads a dozen passages: its courses once
        asked = memo.get(text)
        if asked is None:
            if len(memo) >= ASKED_MEMO:
                memo.clear()
            asked = memo[text] = frozenset(_named(self._courses.get(), text, after_kind=False))
        if not asked:
            return False
        shown = self._titled_by(hit.chunk.title, hit.chunk.section)
        return bool(shown) and not shown & asked

    def _titled_by(self, title: str, section: str) -> frozenset[int]:
        """The courses a passage's headings are titled for, read when first asked (the
        headings repeat over a document's passages; reading all 20,000 at once took seconds)."""
        memo, key = self._titled.get(), (title, section)
        if key not in memo:
            if len(memo) >= TITLED_MEMO:
                memo.clear()
            memo[key] = frozenset(
                _named(self._courses.get(), f"{title}\n{section}", after_kind=True)
            )
        return memo[key]

    def _read(self) -> list[Course]:
        out = []
        for chunk in self.searcher.chunks.values():
            if (chunk.meta or {}).get("kind") != "training":
                continue
            words = tokenize(_ACRONYM.sub(" ", chunk.section))
            while words and words[0] in KINDS:
                words = words[1:]
            code = normalise(str((chunk.meta or {}).get("kode") or ""), expand=False)
            if len(words) >= 2:
                out.append(Course(tuple(words), code if _CODE.fullmatch(code) else ""))
        return out


def _named(courses: list[Course], text: str, *, after_kind: bool) -> set[int]:
    """The courses a text names: its name's words in order (after a kind word, for a
    heading: "Pedoman Manajemen Kinerja" is no course's terms), or its code."""
    words, plain = tokenize(text), normalise(text, expand=False)
    return {i for i, c in enumerate(courses) if _names(c, words, plain, after_kind=after_kind)}


def _names(course: Course, words: list[str], plain: str, *, after_kind: bool) -> bool:
    n = len(course.words)
    at = [k for k in range(len(words) - n + 1) if tuple(words[k : k + n]) == course.words]
    if any(not after_kind or (k and words[k - 1] in KINDS) for k in at):
        return True
    code = course.code
    return bool(code) and bool(re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", plain))
