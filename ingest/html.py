"""HTML pages read as a person reads them: one walk in document order, headings as headings,
lists item by item, tables row by row under their column names (spanned cells repeated where
they span), a glossary's term with its description, an FAQ's folded question heading its
answer, a form's parts and drop-down choices, and the text a page writes straight into its
<div>s between them. A Telegram chat
export is read message by message (``chat_export``)."""

from __future__ import annotations

from pathlib import Path

from ingest.chat_export import chat_sections
from ingest.document import (
    LoadedDocument,
    decode_text,
    inline,
    normalise_meta,
    sections_from_headings,
)
from ingest.tables import cards, markdown_table

# never page text: scripts, styles, navigation, the <head>'s tags (its <title> is read first;
# not the <head> itself, which holds the whole page when its end tag is missing), form controls
# (a drop-down's choices are read: "KA-06 ... (sisa 2 kursi)")
_DROPPED = ("script", "style", "nav", "noscript", "aside", "template", "title", "meta", "link")
_DROPPED += ("button", "input", "textarea", "datalist")
# a site's banner and footer, but not an article's own header with its headline, nor the
# page's header holding its <h1> and the note under it
_FRAME = ("header", "footer")
_MAX_CHOICES = 60  # a drop-down of more (every regency, every day of a month) is no content
# a form of controls only; an ASP.NET page wraps its whole body in one <form>
_HOLDS_TEXT = ("p", "h1", "h2", "h3", "h4", "table", "li", "dd")
# blocks read as a whole: their text, their items or their rows
_BLOCKS = frozenset(
    ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "pre", "blockquote", "dt", "dd")
    + ("summary", "ul", "ol", "dl", "div", "section", "article", "main", "details", "figure")
    + ("figcaption", "address", "center", "body", "html", "tr", "td", "th", "hr")
    + ("fieldset", "legend", "label", "select")
)
_HEADINGS = ("h1", "h2", "h3", "h4")
_MAX_SPAN = 100  # a colspan of 1000 is a typo, not a table of a thousand columns
_FENCE = "```"  # a Markdown code fence: what sections_from_headings reads no heading in


class _Page:
    """The lines of a page as the walk reaches them; a table is a slot filled once every
    table of the page is known (a card is known by the other cards)."""

    def __init__(self) -> None:
        self.lines: list[str | int] = []
        self.tables: list[tuple[list[str], list[list[str]], bool]] = []  # captions, rows, headed
        self.level = 1  # the last heading's level
        self.term: str | None = None  # a glossary's term waiting for its <dd>
        self.run: list[str] = []  # text and inline tags since the last block
        self.above_title = False  # still above the page's <h1>

    def add(self, line: str | int) -> None:
        self.end_term()
        self.lines.append(line)

    def end_term(self) -> None:
        if self.term is not None:
            self.lines.append(f"- {self.term}\n")  # a term with no description
            self.term = None

    def flush(self) -> None:
        """Text written straight into a container, up to the next block or line break; above
        a page's <h1>, its top bar and breadcrumb ("Beranda » Pengumuman »"), not its text."""
        text = inline(" ".join(self.run))
        self.run = []
        if text and not self.above_title:
            self.add(text + "\n")

    def text(self) -> str:
        self.flush()
        self.end_term()
        is_card = cards([rows for _, rows, _ in self.tables], headed=[h for *_, h in self.tables])
        out = []
        for line in self.lines:
            if isinstance(line, int):
                captions, rows, _ = self.tables[line]
                table = markdown_table(rows, card=is_card[line])
                out.extend(["", *captions, *table, ""])
            else:
                out.append(line)
        return "\n".join(out)


def load_html(path: Path, data: bytes) -> LoadedDocument:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(data), "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(list(_DROPPED)):
        tag.decompose()
    for tag in soup(list(_FRAME)):
        if tag.find_parent(["article", "main"]) is None and tag.find("h1") is None:
            tag.decompose()
    for form in soup("form"):
        if form.find(_HOLDS_TEXT) is None:
            form.decompose()
    chat = chat_sections(soup)
    if chat is not None:  # a Telegram export: its messages, each with its day and time
        body = "\n".join(s.text for s in chat[1])
        return LoadedDocument(chat[0] or title, normalise_meta({}, body), chat[1])
    page = _Page()
    page.above_title = soup.find("h1") is not None
    _walk(soup, page)
    body = page.text()
    heading_title, sections = sections_from_headings(body)
    meta = normalise_meta({}, body)
    return LoadedDocument(title=title or heading_title or path.stem, meta=meta, sections=sections)


def _walk(node, page: _Page) -> None:
    """The page's nodes in document order; a container's children before what follows it
    (a stack, not recursion: a page nested a thousand <div>s deep is read, not lost)."""
    from bs4 import Tag
    from bs4.element import NavigableString, PreformattedString

    stack = [iter(node.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            page.flush()  # a container's last text ends with it
        elif isinstance(child, Tag):
            if child.name == "br":
                page.flush()
            elif child.name in _BLOCKS or child.find(_BLOCKS) is not None:
                page.flush()
                if not _block(child, page):
                    stack.append(iter(child.children))
            else:  # an inline tag holding no block: part of the running text
                page.run.append(child.get_text(" "))
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            page.run.append(str(child))  # not a comment, doctype, <?php ?> or CDATA


def _block(block, page: _Page) -> bool:
    """Read a block whole; False for a container, whose children the walk reads."""
    name = block.name
    if name == "dt":
        page.end_term()
        page.term = inline(block.get_text(" ")) or None
    elif name == "dd" and page.term is not None:  # a glossary reads "- term: description"
        term, page.term = page.term, None
        page.lines.append(f"- {term}: {inline(block.get_text(' '))}\n")
        following = block.find_next_sibling(["dt", "dd"])
        if following is not None and following.name == "dd":
            page.term = term  # a second description of the same term
    elif name in ("summary", "legend"):  # an FAQ's folded question, a form's part: a heading
        page.add(f"\n{'#' * min(page.level + 1, 6)} {inline(block.get_text(' '))}\n")
    elif name == "table":
        own_rows = _rows(block)
        captions, rows = _captioned(_grid(own_rows))
        caption = block.find("caption")
        if caption is not None and caption.find_parent("table") is block:
            captions = [f"{inline(caption.get_text(' '))}\n", *captions]
        page.add(len(page.tables))
        page.tables.append((captions, rows, _row_headed(own_rows)))
    elif name == "select":
        for line in _choices(block):
            page.add(f"{line}\n")
    elif name == "li":
        for line in _item_lines(block):
            page.add(f"{line}\n")
    elif name in _HEADINGS:
        page.above_title = page.above_title and name != "h1"
        if text := inline(block.get_text(" ")):
            page.level = int(name[1])
            page.add(f"\n{'#' * page.level} {text}\n")
    elif name == "pre":  # fenced: its line breaks kept, a "# comment" line no heading
        if text := block.get_text().strip("\n").replace(_FENCE, "'''"):
            page.add(f"{_FENCE}\n{text}\n{_FENCE}\n")
    elif name in ("p", "blockquote", "h5", "h6", "dd", "label"):
        if text := inline(block.get_text(" ")):  # HTML whitespace is no line break
            page.add(text + "\n")
    elif name != "hr":  # a container: its blocks and the text between them, in order
        return False
    return True


def _rows(table) -> list:
    """The table's own rows, not those of a table nested in one of its cells; its <tfoot>
    (totals) last, where a browser shows it wherever the page writes it."""
    own = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    foot = [tr for tr in own if tr.find_parent("tfoot") is not None]
    return [tr for tr in own if all(tr is not f for f in foot)] + foot


def _choices(select) -> list[str]:
    """A drop-down's choices as a list, each group's label above its choices; none for a
    placeholder ("-- Pilih --") or a long list of places or days."""
    options = select.find_all("option")
    if len(options) > _MAX_CHOICES:
        return []
    lines, group = [], None
    for option in options:
        parent = option.find_parent("optgroup")
        if parent is not None and parent is not group and parent.get("label"):
            lines.append(f"{inline(str(parent['label']))}:")
        group = parent
        text = inline(option.get_text(" "))
        if text and not text.startswith("-") and text.lower() not in _PLACEHOLDERS:
            lines.append(f"- {text}")
    return lines


_PLACEHOLDERS = ("pilih", "pilih salah satu", "select", "choose")


def _grid(trs: list) -> list[list[str]]:
    """A table's rows (``_rows``) with every spanned cell repeated where it spans ("Persyaratan"
    down four rows, "Aspek" over two columns), so a row keeps its columns in line."""
    rows: list[list[str]] = []
    below: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    for tr in trs:
        row: list[str] = []
        cells = iter(tr.find_all(["th", "td"], recursive=False))
        while True:
            if len(row) in below:
                row.append(_fill(below, len(row)))
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text, down = cell.get_text(" ", strip=True), _span(cell, "rowspan")
            for _ in range(_span(cell, "colspan")):
                if down > 1:
                    below[len(row)] = (text, down - 1)
                row.append(text)
        for column in sorted(c for c in below if c >= len(row)):  # a short row: still spanned
            row.extend([""] * (column - len(row)))
            row.append(_fill(below, column))
        rows.append(row)
    return rows


def _fill(below: dict[int, tuple[str, int]], column: int) -> str:
    text, left = below.pop(column)
    if left > 1:
        below[column] = (text, left - 1)
    return text


def _span(cell, name: str) -> int:
    """A cell's span; rowspan="0" runs to the end of the table."""
    value = str(cell.get(name) or "1").strip()
    if not value.isdigit():
        return 1
    number = int(value)
    return _MAX_SPAN if number == 0 and name == "rowspan" else max(1, min(number, _MAX_SPAN))


def _captioned(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """A title row spanning the whole table ("JADWAL SHIFT" over its columns) is the table's
    caption, not the name of every column."""
    captions = []
    while len(rows) > 1 and len(rows[0]) > 1 and len(set(rows[0])) == 1:
        if rows[0][0]:
            captions.append(f"{inline(rows[0][0])}\n")
        rows = rows[1:]
    return captions, rows


def _row_headed(trs: list) -> bool:
    """Every row a <th> naming it and a <td> giving its value: a record's fields."""
    rows = [tr.find_all(["th", "td"], recursive=False) for tr in trs]
    return bool(rows) and all(
        len(cells) == 2 and cells[0].name == "th" and cells[1].name == "td" for cells in rows
    )


def _item_lines(item, depth: int = 0) -> list[str]:
    """A list item and the lists nested in it, each sub-item on its own indented line."""
    nested = [c for c in item.children if getattr(c, "name", None) in ("ul", "ol")]
    own = inline(
        " ".join(
            c.get_text(" ") if hasattr(c, "get_text") else str(c)
            for c in item.children
            if all(c is not n for n in nested)
        )
    )
    lines = [f"{'  ' * depth}- {own}"] if own else []
    for sub in (li for n in nested for li in n.find_all("li", recursive=False)):
        lines.extend(_item_lines(sub, depth + 1))
    return lines
