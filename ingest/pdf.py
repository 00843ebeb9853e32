"""PDF page text to Markdown: running headers dropped, legal and numbered headings marked,
wrapped lines joined, column-aligned tables turned into Markdown rows. Works on pypdf's layout
text, whose indentation and runs of spaces still show centred headings and table columns.
Every pass is linear in the number of lines, so a 300-page PDF stays fast."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ingest.pdf_centred import centred_table
from ingest.pdf_columns import unfold_columns
from ingest.pdf_contents import drop_contents
from ingest.pdf_layout import (
    ITEM,
    Line,
    all_caps,
    bullet_as_item,
    make_line,
    render_table,
    split_cells,
    table_at,
)
from ingest.pdf_tables import RuledTable, mark_tables

_R = r"[IVXLC]{1,7}"  # roman numeral
_LEGAL = (  # (level, line pattern, title read after it: ALL-CAPS lines / one short line / none)
    (1, re.compile(rf"(?i:bab)\s+(?:{_R}|\d{{1,2}})\.?(?:\s+[^a-z]*)?"), "caps"),
    (1, re.compile(rf"LAMPIRAN(?:\s+[^a-z]*)?|(?i:lampiran)\s+(?:{_R}|\d{{1,2}})"), "caps"),
    (2, re.compile(rf"(?i:bagian)\s+(?:(?i:ke)[\w-]+|(?i:pertama)|{_R}|\d{{1,2}})"), "line"),
    (3, re.compile(rf"(?i:paragraf)\s+(?:(?i:ke)[\w-]+|{_R}|\d{{1,2}})"), "line"),
    (4, re.compile(r"(?i:pasal)\s+(?:\d{1,3}[A-Z]?|[IVX]{1,4})"), ""),  # an amendment's: I, II
)
_NUMBERED = re.compile(rf"(\d{{1,2}}(?:\.\d{{1,2}})+\.?|\d{{1,2}}\.|[A-Z]\.|{_R}\.)\s+(\S.*)")
_PAGE_NO = re.compile(  # "5", "- 5 -", "Halaman 5", "5/23", "Page 5 of 23"
    r"(?:(?:halaman|hal\.?|page)\s*)?(?:[-\u2013\u2014]\s*)?\d{1,4}(?:\s*[-\u2013\u2014])?"
    r"(?:\s*(?:/|dari|of)\s*\d{1,4})?",
    re.I,
)
# a decree's parts, each a section: its considerations, legal basis and decisions
_PART = re.compile(r"(Menimbang|Mengingat|Memperhatikan|MEMUTUSKAN)\s*(?::\s*(.*))?")
# "KETIGA : Keputusan ini ...", "KEDUA BELAS: ..."
_DIKTUM = re.compile(r"(KE[A-Z]{3,12}(?: BELAS)?|PERTAMA)\s*:\s*(\S.*)")
_PAGED = re.compile(r"(?:halaman|hal\.|page)\s*\d{1,4}(?:\s*(?:/|dari|of)\s*\d{1,4})?$", re.I)
_CAPTION = re.compile(r"(?:tabel|table|gambar|figure)\s+[\dIVX]", re.I)
_SMALL = {  # words that stay lowercase in a Title Case heading
    *("dan", "di", "ke", "dari", "yang", "atau", "pada", "untuk", "dengan", "serta", "bagi"),
    *("oleh", "dalam", "tentang", "terhadap", "sebagai", "per", "atas", "of", "and", "the"),
}
_END = (".", ":", ";", "?", "!")


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NO.fullmatch(" ".join(text.split())))


def _key(line: str) -> str:
    """A running line with its page number or date digits ignored."""
    return re.sub(r"\d+", "#", " ".join(line.split()))


def drop_running_lines(pages: list[str]) -> list[list[str]]:
    """Drop page numbers and header/footer lines found on half the pages (digits ignored),
    peeled from each page's edges inward, at most two a side, so body text is never touched.
    A table's header row repeated on every page is kept: a row of cells sits on another."""
    split = [page.expandtabs().splitlines() for page in pages]
    sides = []
    for lines in split:
        filled = [k for k, line in enumerate(lines) if line.strip()]
        sides.append((filled[:2], filled[::-1][:2]))
    edges = [
        {" ".join(lines[k].split()) for k in top + bottom}
        for lines, (top, bottom) in zip(split, sides, strict=True)
    ]
    counts = Counter(key for texts in edges for key in {_key(text) for text in texts})
    exact = Counter(text for texts in edges for text in texts)
    limit = max(3, (len(pages) + 1) // 2)

    def often(text: str) -> bool:
        """On half the pages (digits ignored); a line naming its page number ("... Halaman 2")
        on every page of a short document; the same line on two of three pages (a letter's
        header from its second page on)."""
        return (
            counts[_key(text)] >= limit
            or (len(pages) >= 2 and counts[_key(text)] >= len(pages) and bool(_PAGED.search(text)))
            or (len(pages) == 3 and exact[text] >= 2)
        )

    def running(lines: list[str], k: int) -> bool:
        text = " ".join(lines[k].split())
        if is_page_number(text):
            return True
        if not often(text) or any(p.fullmatch(text) for _, p, _ in _LEGAL):
            return False
        row = len(split_cells(lines[k])) > 1
        next_row = k + 1 < len(lines) and len(split_cells(lines[k + 1])) > 1
        return not (row and next_row)

    out = []
    for lines, (top, bottom) in zip(split, sides, strict=True):
        drop: set[int] = set()
        for side in (top, bottom):
            drop.update(itertools.takewhile(lambda k, lines=lines: running(lines, k), side))
        out.append([line.rstrip() for k, line in enumerate(lines) if k not in drop])
    return out


def decree_part(text: str) -> tuple[str, str] | None:
    """("Menimbang", "a. bahwa ...") for a line opening a decree's part; "MEMUTUSKAN" alone."""
    found = _PART.fullmatch(text)
    if not found or (found[2] is None and found[1] != "MEMUTUSKAN"):
        return None
    return found[1].capitalize(), found[2] or ""


def _glossed_part(row: str) -> tuple[str, str] | None:
    return decree_part(row[2:]) if row.startswith("- ") else None


def first_line(pages: list[str]) -> str:
    """The first line with words in it, running headers and page numbers excluded."""
    lines = (line for page in drop_running_lines(pages) for line in page)
    return next((" ".join(s.split()) for s in lines if sum(c.isalpha() for c in s) >= 3), "")


def title_case(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'-]*", text)
    return bool(words) and all(w[0].isupper() or (w in _SMALL and k) for k, w in enumerate(words))


def title_like(text: str, limit: int = 80) -> bool:
    """Short, no sentence punctuation at the end, starts like a title."""
    return (
        2 <= len(text) <= limit
        and len(text.split()) <= 14
        and text[-1] not in ".,;:?!"
        and (text[0].isupper() or text[0].isdigit())
        and sum(c.isalpha() for c in text) >= 2
    )


def joins(prev: str, line: str, gap: bool = False, prev_full: bool = True) -> bool:
    """Whether `line` continues the wrapped line `prev`. Across a blank line only a lowercase
    start or a full-width `prev` says so: short lines there are titles and cover lines."""
    if not prev or not line or ITEM.match(line) or _CAPTION.match(line):
        return False
    if line[0].islower():
        return not prev.endswith(":")
    return not prev.endswith(_END) and (prev_full or not gap)


def join_text(prev: str, line: str) -> str:
    cut, sep = _glue(prev, line)
    return prev[: len(prev) - cut] + sep + line


def _glue(prev: str, line: str) -> tuple[int, str]:
    """(characters to cut from prev, separator): a space, but a word split across lines
    ("pengem-" + "bangan") loses its hyphen when both halves are lowercase, and any other
    hyphen break keeps its hyphen and no space ("Undang-" + "Undang", "kerja-" + "kerja")."""
    end = re.search(r"(\w+)-$", prev[-40:])
    if not end:
        return 0, " "
    start = re.match(r"\w+", line)
    split_word = start and end[1].islower() and start[0].islower() and start[0] != end[1]
    return (1 if split_word else 0), ""


def pdf_to_markdown(pages: list[str], ruled: dict[int, list[RuledTable]] | None = None) -> str:
    """Markdown for the page texts; one `## Halaman N` section per page when no heading is
    found (wrapped lines still joined, running headers still dropped). ``ruled``: per page,
    the tables read from their rules (ingest/pdf_tables.py), which replace their lines."""
    marks: dict[str, RuledTable] = {}
    kept = [unfold_columns(page) for page in drop_contents(drop_running_lines(pages))]
    measured = _lines(kept)  # the page's width is measured on every line, tables' too
    marked = [mark_tables(page, (ruled or {}).get(p, []), marks) for p, page in enumerate(kept)]
    # a slide's bullet read as an item once the ruled tables, whose cells keep it, are found
    lines = _lines([[bullet_as_item(line) for line in page] for page in marked])
    out, headings = _Converter(lines, True, marks, measured).run()
    if not headings:
        by_page: dict[int, tuple[list[Line], list[Line]]] = {}
        for line in lines:
            by_page.setdefault(line.page, ([], []))[0].append(line)
        for line in measured:
            by_page.setdefault(line.page, ([], []))[1].append(line)
        out = []
        widest = max((line.right for line in measured), default=0)
        titles = {p: _page_title(mine, widest) for p, (mine, _) in by_page.items()}
        if sum(map(bool, titles.values())) < max(3, 0.6 * len(titles)):
            titles = {}  # a deck titles most of its pages; a letter's first lines are no titles
        for p, (mine, width) in by_page.items():
            title = titles.get(p, "")  # kept in the text too: a caption stays one
            if mine:
                out += [
                    "",
                    f"## Halaman {p + 1}" + (f" - {title}" if title else ""),
                    "",
                    *_Converter(mine, False, marks, width).run()[0],
                ]
    return "\n".join(out).strip() + "\n"


def _page_title(lines: list[Line], widest: int) -> str:
    """A page's first line when it is a title, as a slide's is ("Siapa pamongnya?", "Honorarium
    pamong"): short against the document's widest line, opening with a capital, not ending a
    sentence or a clause, not a table's cells, with more lines under it. A paragraph carried
    over from the page before starts with a full line or ends with its full stop."""
    if len(lines) < 2 or lines[0].cells and len(lines[0].cells) > 1:
        return ""
    first = lines[0]
    text = first.text.strip("*_ ")
    short = first.right - first.indent <= 0.6 * widest and 3 <= len(text) <= 70
    if not short or not text[0].isupper() or text[-1] in ".,;:" or _NOT_A_TITLE.search(text):
        return ""
    return text


# a list item, a salutation, a letter's number, an amount, or a place and date ("Jakarta, 5 Mei")
_NOT_A_TITLE = re.compile(
    r"^(?:\(?\w{1,2}[.)]\s|[-\u2022*]\s|yth\b|nomor\b|rp\b)|\b\d{1,2}\s+(?:jan|feb|mar|apr|mei|jun"
    r"|jul|agu|sep|okt|nov|des)\w*\b",
    re.I,
)


def _lines(pages: list[list[str]]) -> list[Line]:
    return [
        make_line(raw, p, k == 0 or not page[k - 1].strip())
        for p, page in enumerate(pages)
        for k, raw in enumerate(page)
        if raw.strip()
    ]


SET_RIGHT = 0.4  # of the text's width: a block starting past it is set to the right


class _Converter:
    """One pass over the lines: a table, else a heading, else body text."""

    def __init__(
        self,
        lines: list[Line],
        find_headings: bool,
        marks: dict[str, RuledTable],
        measured: list[Line],
    ) -> None:
        self.lines, self.find_headings, self.marks = lines, find_headings, marks
        self.out: list[str] = []
        self.para: list[str] = []  # pieces of the open paragraph, joined once it closes
        self.pending: list[tuple[int, str]] = []  # headings with no text under them yet
        self.prev: Line | None = None  # the last body line
        self.headings = 0
        self.table_end = (-1, -1)  # where the last table ended: out length, page
        self.table_header = ""  # the header row of the last table that had one
        self.list_open, self.list_last = False, ""  # after a lead-in ending ":"; last item number
        self.base, self.kinds, self.seen_legal = 0, [], False  # legal level, numbering styles
        # measured on every line, a ruled table's too (``lines`` hold one mark line for it)
        rights = sorted(line.right for line in measured) or [80]
        self.width = rights[int(len(rights) * 0.9)]
        self.margin = min((line.indent for line in measured), default=0)
        self.flush_right = rights[-1] - 4  # right-aligned lines (dates, signatures) end here
        self.intro_end = next((k for k in range(1, len(lines)) if lines[k].gap), len(lines))
        first_page = [line for line in measured if line.page == lines[0].page] if lines else []
        sparse = lines and len(first_page) <= 20 and lines[-1].page != lines[0].page
        self.cover = lines[0].page if sparse else -1
        self.set_right = self._right_block(lines)

    def run(self) -> tuple[list[str], int]:
        i = 0
        while i < len(self.lines):
            if table := self._ruled(i) or centred_table(self.lines, i) or table_at(self.lines, i):
                self._close()
                start, (rows, i) = i, table
                if self.find_headings and any(_glossed_part(row) for row in rows):
                    self._parts(rows)
                elif self._goes_on(rows, start) and rows[0] == self.table_header:
                    self.out[-1:] = [*rows[2:], ""]  # the header repeated on the new page
                elif self._goes_on(rows, start):  # its header stayed on the page before
                    self.out[-1:] = [rows[0], *rows[2:], ""]
                else:
                    self.out += ["", *rows, ""]
                    self.table_header = rows[0]
                self.table_end = (len(self.out), self.lines[i - 1].page)
                self.pending = []
            elif self.find_headings and (part := decree_part(self.lines[i].text)):
                self._open_part(part[0])
                if part[1]:  # "Menimbang : a. bahwa ...": the part's first item
                    self._body(self.lines[i]._replace(text=part[1]))
                i += 1
            elif found := self.find_headings and self._starts_block(i) and self._heading_at(i):
                level, text, i = found
                self._open(level, text)
            else:
                line = self.lines[i]
                if self.seen_legal and (diktum := _DIKTUM.fullmatch(line.text)):
                    line = line._replace(text=f"- {diktum[1]}: {diktum[2]}")  # as its table's
                self._body(line)
                i += 1
        self._close()
        if self.pending:
            self.out.append(self.pending[-1][1])
        return self.out, self.headings

    def _open(self, level: int, text: str) -> None:
        self._close()
        if any(lvl >= level for lvl, _ in self.pending):  # keep an empty heading's text
            self.out.append(self.pending[-1][1])
            self.pending = []
        self.pending.append((level, text))
        self.out += ["", "#" * level + " " + text, ""]
        self.list_open, self.headings = False, self.headings + 1

    def _open_part(self, name: str) -> None:
        self._open(1, name)
        self.seen_legal, self.list_open, self.list_last = True, True, ""

    def _parts(self, rows: list[str]) -> None:
        """A decree laid out as labels and values ("- Menimbang: a. bahwa ...", "- KESATU:
        ..."): each part a section holding its value, the decisions listed under theirs."""
        for row in rows:
            if part := _glossed_part(row):
                self._open_part(part[0])
                if part[1]:  # the part's text: its heading is no longer empty
                    self.out.append(part[1])
                    self.pending = []
            else:
                self.out.append(row)
        self.out.append("")

    def _ruled(self, i: int) -> tuple[list[str], int] | None:
        """A table read from its rules, standing in for its lines (ingest/pdf_tables.py); its
        caption, ruled above its header, is a line of its own before it."""
        table = self.marks.get(self.lines[i].text)
        if table is None:
            return None
        if table.caption:
            self._close()
            self.out += ["", table.caption]
        rows = [[cell.replace("|", "/") for cell in row] for row in table.rows]
        return render_table(rows), i + 1

    def _goes_on(self, rows: list[str], start: int) -> bool:
        """A table right after another that ended on the page before, with as many columns:
        the same table, its header not repeated on the new page."""
        end, page = self.table_end
        before = self.out[end - 2] if end >= 2 and end == len(self.out) else ""
        return (
            before.startswith("|")
            and self.lines[start].page > page
            and before.count("|") == rows[0].count("|")
        )

    def _body(self, line: Line) -> None:
        prev, wide = self.prev, line.right >= 0.8 * self.width
        full = prev is not None and prev.right >= 0.8 * self.width and not self._centred(prev)
        # a centred title, then a paragraph's full line: a new block even without a blank line
        moved = prev is not None and self._centred(prev) and wide and not self._centred(line)
        # a signature's lines, one a line; the text under it is a block of its own
        right = self._set_right(line)
        set_right = (right and not line.text[0].islower()) or (
            prev is not None and self._set_right(prev) and not right
        )
        if (
            self.para
            and not set_right
            and joins(self.para[-1], line.text, line.gap or moved, full and not moved)
        ):
            cut, sep = _glue(self.para[-1], line.text)
            sep = ": " if self._defines(prev, line) else sep
            self.para[-1] = self.para[-1][: len(self.para[-1]) - cut]
            self.para.append(sep + line.text)
        else:
            self._close()
            item = re.match(r"\(?(\w{1,3})[.)]\s", line.text)
            self.list_open = self.list_open and bool(ITEM.match(line.text))
            self.list_last = item[1] if item else self.list_last
            safe = re.match(r"#{1,6}\s|```|~~~", line.text)  # must not read as Markdown syntax
            self.para = ["\\" + line.text if safe else line.text]
        self.prev, self.pending = line, []
        if line.text.endswith((":", ".")):
            self.list_open, self.list_last = line.text.endswith(":"), ""

    def _defines(self, prev: Line | None, line: Line) -> bool:
        """A glossary's term on a line of its own, its definition indented under it ("E-learning
        Asinkron" over "   Pembelajaran daring ..."): read "term: definition"."""
        return (
            prev is not None
            and len(self.para) == 1
            and prev.indent + 2 <= line.indent <= prev.indent + 8
            and not self._centred(prev)  # a centred title's lines are no term
            and not self._centred(line)
            and line.text[0].isupper()
            and title_like(prev.text, 60)
            and not ITEM.match(prev.text)
            and not prev.text.endswith(":")
        )

    def _close(self) -> None:
        if self.para:
            self.out.append("".join(self.para))
            self.para = []

    def _centred(self, line: Line) -> bool:
        """Indented well past the margin without reaching the right edge, and not a line of a
        block set to the right. (The page width in columns is unknown, so the text's centre
        cannot be measured.)"""
        return (
            line.indent - self.margin >= 8
            and line.right < self.flush_right
            and not self._set_right(line)
        )

    def _set_right(self, line: Line) -> bool:
        return id(line) in self.set_right

    def _right_block(self, lines: list[Line]) -> set[int]:
        """The lines of blocks set to the right, as a signature block is ("Ditetapkan di ...",
        "pada tanggal ...", the office, the name, rank and NIP, one a line): past the text's
        middle, aligned on the left with a line next to them on the page. A centred title's
        lines each start elsewhere."""
        edge = self.margin + SET_RIGHT * (self.width - self.margin)
        found: set[int] = set()
        for k, line in enumerate(lines):
            if line.indent < edge:
                continue
            near = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
            if any(
                other.page == line.page and abs(other.indent - line.indent) <= 1 for other in near
            ):
                found.add(id(line))
        return found

    def _starts_block(self, i: int) -> bool:
        line = self.lines[i]
        ended = not self.para or self.para[-1].endswith(_END)
        return line.gap or ended or (self._centred(line) and not self._continues(i))

    def _continues(self, i: int) -> bool:
        """An indented line carrying on the open paragraph: under a line of the same indent,
        or under a list item's text ("d. bahwa ... perlu menetapkan Keputusan Kepala" over
        "BPKAD tentang Perubahan ..."), which is no centred title."""
        line, prev = self.lines[i], self.lines[i - 1] if i else None
        return (
            prev is not None
            and not line.gap
            and prev.page == line.page
            and (abs(prev.indent - line.indent) <= 1 or self._hangs(i - 1))
        )

    def _heading_at(self, i: int) -> tuple[int, str, int] | None:
        """(level, heading text, index after it) when a heading starts at line i."""
        return self._legal(i) or self._numbered(i) or self._generic(i)

    def _legal(self, i: int) -> tuple[int, str, int] | None:
        text = self.lines[i].text
        for level, pattern, mode in _LEGAL:
            if pattern.fullmatch(text):
                extra, j = self._title_lines(i + 1, mode)
                self.base, self.kinds, self.seen_legal = level, [], True
                return level, " \u2014 ".join([text, *([" ".join(extra)] if extra else [])]), j
        return None

    def _title_lines(self, j: int, mode: str) -> tuple[list[str], int]:
        """BAB/LAMPIRAN take the ALL-CAPS lines after them; Bagian/Paragraf one short line,
        two when both are centred."""
        extra: list[str] = []
        while mode and j < len(self.lines) and len(extra) < (6 if mode == "caps" else 2):
            line = self.lines[j]
            if (
                (extra and line.gap)
                or not title_like(line.text, 200 if mode == "caps" else 80)
                or ITEM.match(line.text)
                or any(p.fullmatch(line.text) for _, p, _ in _LEGAL)
                or (mode == "caps" and not all_caps(line.text))
                or (mode == "line" and extra and not self._centred(line))
            ):
                break
            extra.append(line.text)
            j += 1
        return extra, j

    def _numbered(self, i: int) -> tuple[int, str, int] | None:
        """ "1. IDENTITAS PEGAWAI", "2.3 Batas Waktu", "A. CONTOH": below the legal level, one
        level deeper per numbering style met (I., A., 1.) and per dotted part."""
        match = _NUMBERED.fullmatch(self.lines[i].text)
        core = match[1].rstrip(".") if match else ""
        if not match or (self.list_open and _follows(self.list_last, core)) or self._hangs(i):
            return None
        if not title_like(title := match[2]) or not (all_caps(title) or title_case(title)):
            return None
        kind = "1" if core[0].isdigit() else "A"
        if kind == "A" and (len(core) > 1 or (core in "IVX" and "A" not in self.kinds)):
            kind = "I"
        if kind not in self.kinds:
            self.kinds.append(kind)
        depth = self.kinds.index(kind) + 1 + core.count(".")
        return min(6, self.base + depth), self.lines[i].text, i + 1

    def _hangs(self, i: int) -> bool:
        """A list item wrapped under its own text ("2.  Peraturan ... tentang Pengelolaan" over
        "    Keuangan Daerah;"): the next line, with no blank line between, indented past the
        item's number, where its text starts. A numbered heading's text runs at the margin under
        it, or a list."""
        line = self.lines[i]
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        marker = re.match(r"\(?\w{1,3}[.)]", line.text)
        return (
            marker is not None
            and nxt is not None
            and not nxt.gap
            and nxt.page == line.page
            and line.indent + 1 < nxt.indent <= line.indent + len(marker[0]) + 3
            and not ITEM.match(nxt.text)  # "1.4 Dasar Hukum" over its indented list
        )

    def _generic(self, i: int) -> tuple[int, str, int] | None:
        """Centred short lines (up to six), or an ALL-CAPS line between blank lines: level 1,
        only before any BAB/Pasal structure (a preface; signature blocks after it are text),
        never on a cover page or in the opening lines (the title)."""
        line = self.lines[i]
        if self.seen_legal or i < self.intro_end or line.page == self.cover:
            return None
        caps_or_title = all_caps(line.text) or title_case(line.text)
        if not (title_like(line.text) and caps_or_title) or re.search(r"[=<>{}\[\]|]", line.text):
            return None
        if self._hangs(i):
            return None
        if not self._centred(line):
            after = i + 1 == len(self.lines) or self.lines[i + 1].gap
            return (1, line.text, i + 1) if all_caps(line.text) and line.gap and after else None
        j = i + 1
        while j < min(i + 6, len(self.lines)) and not self.lines[j].gap:
            nxt = self.lines[j]
            if not (self._centred(nxt) and title_like(nxt.text)) or len(nxt.cells) > 1:
                break
            j += 1
        return 1, " ".join(line.text for line in self.lines[i:j]), j


def _follows(last: str, core: str) -> bool:
    """Whether numbering `core` can be the list's next item after `last` ("" before the first):
    "2. KETENTUAN" after items "1.", "2." starts something else."""
    if not last:
        return True
    if last.isdigit() and core.isdigit():
        return int(core) == int(last) + 1
    return len(last) == len(core) == 1 and ord(core.lower()) == ord(last.lower()) + 1
