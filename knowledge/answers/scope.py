"""What a passage is about, beyond the words it shares with a question: the sibling
programme a section, table row or document is named for ("Pelatihan Kepemimpinan Pengawas"
for a question on the Administrator one), and the region the documents are written for."""

from __future__ import annotations

import re

from knowledge.answers.courses import Courses
from knowledge.reading.about import (
    MONTH_NAMES,
    PLACE_PARTS,
    ROMAN,
    comparable,
    ordinal_value,
    ordinals,
)
from knowledge.reading.passages import group_hits
from knowledge.reading.places import Place, asked_places, unknown_place
from knowledge.reading.question import Question
from knowledge.search.searcher import Hit, Searcher, is_row
from knowledge.search.versioned import PerIndexVersion
from knowledge.text.normalize import ACRONYMS, REGIONS, normalise
from knowledge.text.tokens import tokenize

_PURPOSE = re.compile(r"\b(?:untuk|buat|biar|agar|supaya)\b([^?,.;!]*)")
# the words of a contact asked for, not of whose it is ("no WA", "kontak", "email")
CONTACT_WORDS = frozenset(tokenize("nomor no wa whatsapp telepon telp hp kontak email surel"))
HEADLINE_CAPS = 0.8  # share of a headline's letters in capitals
HEADLINE_LINES = 12  # the opening lines a message's headline stands in
HOLDER_SHARE = 0.5  # of the weight of the words naming whose contact is asked
SIBLING_WORDS = 2  # "Pelatihan Kepemimpinan" Administrator / Nasional: one kind of thing
# a line opening with an emoji or nothing, then a bold phrase of its own: "📢 *X ANGKATAN II*"
_DATED = re.compile(rf"\b(?:{MONTH_NAMES})\b|\d{{1,2}}[.:]\d{{2}}", re.I)
_ANNOUNCED = re.compile(r"^[^\w*\n]*\*{1,2}([^*\n]{8,})\*{1,2}", re.M)
_RULE_NUMBER = re.compile(r"(?:\d+(?:/\d{2,4})?|no\.?|nomor)$", re.I)


class Scope:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        # read once per index version: the acronyms each title and section names (and each
        # document's sections), acronyms written out, each table file's row stems, each
        # message's headline, the numbered parts of the agency's area
        self._headings = PerIndexVersion(searcher, self._heading_names_read)
        self._spelled_names = PerIndexVersion(searcher, self._spelled_read)
        self._table_stems = PerIndexVersion(searcher, self._rows_stems_read)
        self._openings = PerIndexVersion(searcher, self._openings_read)
        self._parts = PerIndexVersion(searcher, self._numbered_parts_read)
        self.courses = Courses(searcher)

    def about_a_sibling(self, q: Question, hit: Hit) -> bool:
        """ "PKA itu untuk jabatan apa": the leadership guide has a section on PKA, so its
        section on PKN Tingkat II (a sibling: "Pelatihan Kepemimpinan ...", mentioning PKA in
        passing) is about something else. So is a table row named for a sibling ("Pelatihan
        Kepemimpinan Pengawas — Angkatan I" for "Pelatihan Kepemimpinan Administrator
        Angkatan I kapan"), and a document whose title names only a sibling."""
        if is_row(hit) and self._another_rows_item(q, hit):
            return True
        if self.courses.another(q.text, hit):  # terms titled for another catalog course
            return True
        named = self._named(q.content_stems)
        if not named:
            return False
        title = self._heading_names(hit.chunk.title)
        if title and not title & named and self._any_siblings(named, title):
            return True
        heading = self._heading_names(hit.chunk.section)
        if not heading or heading & named:
            return False
        if is_row(hit):  # a row holds its own name's facts only
            return self._any_siblings(named, heading)
        return self._any_siblings(named & self._sections_naming(hit.chunk.doc_id), heading)

    def lacks_the_holder(self, q: Question, hit: Hit) -> bool:
        """ "no WA helpdesk aplikasi SIPADA": a number to call is someone's; a passage without
        what the question names of its holder (words the documents use, not a figure or the
        asker's situation) gives another's ("Helpdesk e-DERMAGA: WA ..."). Not a name's: "pkn
        tingkat 1 dulu namanya apa" asks a programme's former name, with chat words around."""
        if q.kind != "contact":
            return False
        named = self._holder_words(q)
        if not named:
            return False
        stems = set(self.searcher.stems.get(hit.chunk.id, ()))
        return self._holder_missing(named, stems) or self._in_no_row(named, hit)

    def _holder_words(self, q: Question) -> dict[frozenset[str], float]:
        """The words naming whose contact is asked, with their weight (idf)."""
        idf = self.searcher.idf
        # "no wa koordinator KAWAL brp? jam brp bisa dihubungi": the ask for the contact
        ask = next((a for a in q.asked if a.kind == "contact"), q)
        purpose = set(tokenize(" ".join(_PURPOSE.findall(ask.text))))  # "utk reset password"
        weights = {
            frozenset(g): max(idf.get(alt.split()[0], 0.0) for alt in g)
            for g in ask.groups
            if g not in q.told
            and not g & purpose
            and not g & CONTACT_WORDS
            and not any(alt.isdigit() for alt in g)
        }
        return {g: w for g, w in weights.items() if w > 0}

    @staticmethod
    def _holder_missing(named: dict[frozenset[str], float], stems: set[str]) -> bool:
        """The rarest word naming the holder is missing, or most of their weight is: "no WA
        koordinator KOPI PAJAK" is not "Koordinator Penilaian, WA ...", which holds the
        office's word but not whose office it is."""
        groups = [set(g) for g in named]
        held = dict(zip(named, group_hits(groups, stems), strict=True))
        rarest = max(named, key=named.get)
        share = sum(w for g, w in named.items() if held[g])
        return not held[rarest] or share < HOLDER_SHARE * sum(named.values())

    @staticmethod
    def _in_no_row(named: dict[frozenset[str], float], hit: Hit) -> bool:
        """A table of contacts gives each holder's number in its row: "no WA ketua komite
        keperawatan" is in no row of "Ketua Komite Mutu" and "Koordinator ..., Komite
        Keperawatan" (each word in some row, no row with all); a word in no row may be the
        table's heading or lead-in ("Pengurus Komite Keperawatan: | Ketua | ..."), but one the
        passage does not hold at all names someone else's table."""
        lines = hit.chunk.text.splitlines()
        rows = [set(tokenize(r)) for r in lines if r.lstrip().startswith("|")]
        if len(rows) <= 2:
            return False
        lead = [r for r in lines if not r.lstrip().startswith("|")]
        context = set(tokenize(" ".join((hit.chunk.title, hit.chunk.section, *lead))))
        groups = [set(g) for g in named]
        in_rows = [g for g in groups if any(group_hits([g], r)[0] for r in rows)]
        if len(in_rows) < len(groups) and not all(
            group_hits([g for g in groups if g not in in_rows], context)
        ):
            return True
        return bool(in_rows) and not any(all(group_hits(in_rows, r)) for r in rows)

    def _another_rows_item(self, q: Question, hit: Hit) -> bool:
        """ "kuota Pelatihan Audit Investigatif Tingkat II": the row of "Audit Berbasis Risiko
        Tingkat II" lacks the question's rarest word that another row of its table has
        ("investigatif"), so it is that other row's item, not the one asked. Levels and
        batches are read by ``contradicts``."""
        table = self._rows_stems().get(hit.chunk.doc_id, set())
        # the reason for asking ("biar lolos") and the asker's numbers ("umur 33") name no
        # item, though some row's note or cell may hold them
        reason = q.reason_stems
        groups = [
            g for g in q.groups if not any(set(a.split()) <= reason or a.isdigit() for a in g)
        ]
        in_table = [g for g, found in zip(groups, group_hits(groups, table), strict=True) if found]
        if not in_table:
            return False
        idf = self.searcher.idf
        rarest = max(in_table, key=lambda g: max(idf.get(w, 0.0) for a in g for w in a.split()))
        row = set(self.searcher.stems.get(hit.chunk.id, frozenset()))
        return not group_hits([rarest], row)[0]

    def opening(self, doc_id: str) -> str:
        """ "📢 *BPD-08 PELAYANAN PRIMA ... ANGKATAN II* sudah dibuka": the bold announcement
        line a message opens with says what the whole message is about ("" when none)."""
        return self._openings.get().get(doc_id, "")

    def _openings_read(self) -> dict[str, str]:
        first: dict[str, str] = {}
        for chunk_id in sorted(self.searcher.chunks):
            chunk = self.searcher.chunks[chunk_id]
            first.setdefault(chunk.doc_id, chunk.text)
        found = {d: _headline_of(text) for d, text in first.items()}
        return {d: h for d, h in found.items() if h}

    def _rows_stems(self) -> dict[str, set[str]]:
        """The stems of each table file's row names together (a row's section is its name:
        "KS-112 — Manajemen Kasus Dasar (Angkatan II)"): what names an item, not a note's
        "dilaksanakan daring" that would make the question's verb another row's item."""
        return self._table_stems.get()

    def _rows_stems_read(self) -> dict[str, set[str]]:
        tables: dict[str, set[str]] = {}
        for chunk_id, chunk in self.searcher.chunks.items():
            if is_row(chunk):
                names = self.searcher.heading_stems[chunk_id]
                tables.setdefault(chunk.doc_id, set()).update(names)
        return tables

    def _any_siblings(self, asked: set[str], shown: set[str]) -> bool:
        return any(self._siblings(a, b) for a in asked for b in shown)

    def _named(self, stems: set[str]) -> set[str]:
        """The acronyms some words name, written as the acronym or written out in full."""
        acronyms = self.searcher.acronyms
        named = {t for t in stems if t in ACRONYMS or t in acronyms}
        spelled = {a: w for a, w in self._spelled().items() if w <= stems}
        # "Pelatihan Kepemimpinan Pengawas" names PKP, not also the wider Diklatpim
        return named | {a for a, w in spelled.items() if not any(w < o for o in spelled.values())}

    def _spelled(self) -> dict[str, frozenset[str]]:
        """Each acronym's written-out name as stems."""
        return self._spelled_names.get()

    def _spelled_read(self) -> dict[str, frozenset[str]]:
        names = {**ACRONYMS, **self.searcher.acronyms}
        spelled = {a: frozenset(tokenize(n)) for a, n in names.items()}
        return {a: w for a, w in spelled.items() if len(w) >= 2}

    def _siblings(self, a: str, b: str) -> bool:
        """Two names of one kind of thing: their written-out forms begin alike."""
        spelled = (ACRONYMS.get(x) or self.searcher.acronyms.get(x, "") for x in (a, b))
        first, second = (tokenize(x)[:SIBLING_WORDS] for x in spelled)
        return len(first) == SIBLING_WORDS and first == second

    def _sections_naming(self, doc_id: str) -> set[str]:
        """The acronyms some section heading of a document names."""
        return self._headings.get()[1].get(doc_id, set())

    def _heading_names(self, heading: str) -> set[str]:
        names = self._headings.get()[0].get(heading)
        return self._named(set(tokenize(heading))) if names is None else names

    def _heading_names_read(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """Every title and section heading read once (a question reads a dozen passages, each
        with both, and headings repeat across passages)."""
        names: dict[str, set[str]] = {}
        by_doc: dict[str, set[str]] = {}
        for chunk in self.searcher.chunks.values():
            for heading in (chunk.title, chunk.section):
                if heading not in names:
                    names[heading] = self._named(set(tokenize(heading)))
            by_doc.setdefault(chunk.doc_id, set()).update(names[chunk.section])
        return names, by_doc

    def unknown_name(self, raw: str) -> str | None:
        """ "kuota PKPM untuk UPS Sungai Perak", "syarat MENTARI Plus": a name written in
        capitals mid-sentence whose words no document uses is something the documents do not
        cover; a passage on another unit or programme would answer for it. Lower-case chat is
        not read so (its words may be typos or slang); "JP-nya", "Sekda" are known words.
        Returned with the capitalised words just before it ("MENTARI Plus")."""
        tokens = raw.split()
        # (word, opens a sentence): the first, or after a token ending a sentence
        words = [
            (token.strip(".,;:?!()\"'"), i == 0 or tokens[i - 1][-1] in ".?!")
            for i, token in enumerate(tokens)
        ]
        for i, (word, opening) in enumerate(words):
            if not word or opening or not self._unknown_capitalised(word):
                continue
            if i + 1 < len(words) and _RULE_NUMBER.match(words[i + 1][0]):
                continue  # "Perins 2/2026", "Perwali No. 12": a kind of rule, by its number
            start = i
            while start > 0 and words[start - 1][0][:1].isupper() and not words[start - 1][1]:
                start -= 1
            end = i
            while end + 1 < len(words) and self._unknown_capitalised(words[end + 1][0]):
                end += 1
            return " ".join(w for w, _ in words[start : end + 1])
        return None

    def unknown_part(self, raw: str) -> str | None:
        """ "jadwal pelatihan untuk UPTD PP Wilayah IV": the documents number their regions
        (or sectors) I to III, and name none of them "IV" even in a range ("Wilayah I s.d.
        III"), so the fourth is a region they do not cover: a passage on the others would
        answer for it. Returned as the question writes it ("Wilayah IV")."""
        numbered = self._numbered_parts()
        for part, values in ordinals(raw).items():
            known = numbered.get(part)
            if part in PLACE_PARTS and known and not values & known and comparable(values, known):
                match = re.search(rf"\b{part}\s*:?\s+(\w+)", raw, re.I)
                number = match.group(1) if match else ""
                roman = re.fullmatch(r"[ivxlc]+", number, re.I)
                return f"{part.title()} {number.upper() if roman else number.title()}".strip()
        return None

    def _numbered_parts(self) -> dict[str, set[int | str]]:
        """Every region and sector number (or direction) the documents name, ranges spelled
        out."""
        return self._parts.get()

    def _numbered_parts_read(self) -> dict[str, set[int | str]]:
        found: dict[str, set[int | str]] = {}
        for chunk in self.searcher.chunks.values():
            text = f"{chunk.title}\n{chunk.section}\n{chunk.text}"
            for part, values in ordinals(text).items():
                found.setdefault(part, set()).update(values)
            for part, low, high in _PART_RANGE.findall(text):
                span = range(_number(low), _number(high) + 1)
                found.setdefault(part.lower(), set()).update(span)
        return found

    def _unknown_capitalised(self, word: str) -> bool:
        if not word[:1].isupper() or any(c.isdigit() for c in word):
            return False
        if word.lower() in REGIONS:  # "Sultra": known where a document writes its full name
            return not self._writes(REGIONS[word.lower()])
        if re.sub(r"(?<=[A-Z]{2})-?nya$", "", word).isupper():  # "RTL-nya": the acronym RTL
            return False
        # "Bapak/Ibu", "Kasubbag-nya": each part; a part that is only stopwords names nothing
        parts = [p for p in re.split(r"[-/]", word.lower()) if p and p != "nya"]
        idf = self.searcher.idf
        stems = [tokenize(normalise(p)) for p in parts]
        return bool(parts) and all(s and not any(t in idf for t in s) for s in stems)

    def other_place(self, raw: str) -> Place | None:
        """A region the question names that the documents do not cover."""
        idf = self.searcher.idf
        return next((p for p in asked_places(raw) if unknown_place(p, self._writes, idf)), None)

    def _writes(self, phrase: str) -> bool:
        """Does some document (or catalog entry) write this phrase? Only passages holding all
        its words are read."""
        s = self.searcher
        words = set(tokenize(phrase))
        if not words or not words <= s.idf.keys():
            return not words
        pattern = re.compile(rf"\b{re.escape(phrase)}\b")
        for chunk_id, stems in s.stems.items():
            if words <= stems:
                chunk = s.chunks[chunk_id]
                text = " ".join(f"{chunk.title} {chunk.text}".lower().split())
                if pattern.search(text):
                    return True
        return False


# "Wilayah I s.d. IV", "Sektor 1-3": every number of the range
_PART_RANGE = re.compile(
    rf"\b({'|'.join(PLACE_PARTS)})\s+({ROMAN}|\d{{1,2}})\s*(?:s\.?\s?d\.?|sampai(?: dengan)?|"
    rf"hingga|-|\u2013)\s*(?:(?:{'|'.join(PLACE_PARTS)})\s+)?({ROMAN}|\d{{1,2}})\b",
    re.I,
)


def _number(token: str) -> int:
    value = ordinal_value(token)
    return value if isinstance(value, int) else 0


def _headline_of(text: str) -> str:
    """The first bold phrase of a message's opening lines that is a headline: "BPD-08
    PELAYANAN PRIMA ANGKATAN II" in capitals, two words of letters at least, no date or time
    ("*Dokumen fiktif*", "**Status: DICABUT**", "*SELASA, 14 JULI 2026*" are none)."""
    head = "\n".join(text.splitlines()[:HEADLINE_LINES])
    return next((m[1] for m in _ANNOUNCED.finditer(head) if _headline(m[1])), "")


def _headline(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    words = [w for w in phrase.split() if w.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    if len(words) < 2 or len(letters) < 6 or _DATED.search(phrase):
        return False
    return capitals >= HEADLINE_CAPS * len(letters)
