"""Property tests for split_message: every part fits, parses as Telegram HTML, and together
the parts say what the whole text said (modulo whitespace at the cuts)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from bot.render import split_message
from tests.support.botapi import parse_html, render_text, utf16_len

WORDS = st.one_of(
    st.sampled_from(
        [
            "kata",
            "Pandu",
            "ASN",
            "pelatihan",
            "naïve",
            "café",
            "😀",
            "👍🏽",
            "🇮🇩",
            "👨‍👩‍👧",
            "日本語",
            "𝔘𝔫𝔦",
            "x" * 25,
        ]
    ),
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<>&"),
        min_size=1,
        max_size=8,
    ),
)
ENTITIES = st.sampled_from(
    ["&lt;", "&gt;", "&amp;", "&quot;", "&#123;", "&#x1F600;", "&#128512;", "&#233;", "&amp;amp;"]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\n\n\n"])
LEAVES = st.one_of(WORDS, WORDS, ENTITIES, SEPARATORS)

INLINE_TAGS = [
    ("<b>", "</b>"),
    ("<strong>", "</strong>"),
    ("<i>", "</i>"),
    ("<em>", "</em>"),
    ("<u>", "</u>"),
    ("<s>", "</s>"),
    ("<tg-spoiler>", "</tg-spoiler>"),
    ('<span class="tg-spoiler">', "</span>"),
    ('<a href="https://t.me/x?a=1&amp;b=2">', "</a>"),
    ("<a href='tg://user?id=42'>", "</a>"),
    ("<blockquote>", "</blockquote>"),
    ("<blockquote expandable>", "</blockquote>"),
]
CODE_TAGS = [
    ("<code>", "</code>"),
    ("<pre>", "</pre>"),
    ('<pre><code class="language-python">', "</code></pre>"),
]


def _element(tags: list[tuple[str, str]], children: st.SearchStrategy[str]):
    return st.tuples(st.sampled_from(tags), st.lists(children, min_size=1, max_size=6)).map(
        lambda t: t[0][0] + "".join(t[1]) + t[0][1]
    )


NODES = st.recursive(
    st.one_of(LEAVES, _element(CODE_TAGS, LEAVES)),
    lambda children: _element(INLINE_TAGS, children),
    max_leaves=25,
)
DOCUMENTS = st.lists(NODES, min_size=1, max_size=60).map("".join)


def styled(html_text: str) -> list[tuple[str, frozenset]]:
    """The rendered text (trimmed like Telegram) as characters with their formatting."""
    text, entities = render_text(html_text, "HTML")
    out, offset = [], 0
    for char in text:
        styles = frozenset(
            (e["type"], e.get("url"), e.get("language"), (e.get("user") or {}).get("id"))
            for e in entities
            if e["offset"] <= offset < e["offset"] + e["length"]
        )
        out.append((char, styles))
        offset += utf16_len(char)
    return out


def markup_overhead(html_text: str) -> int:
    """The most UTF-16 units of start and end tags open at any one point."""
    stack, most = [], 0
    for match in re.finditer(r"<(/?)([^\s>]*)[^>]*>", html_text):
        if match.group(1):
            stack.pop()
        else:
            stack.append(utf16_len(match.group(0)) + len(match.group(2)) + 3)
            most = max(most, sum(stack))
    return most


def check_split(html_text: str, limit: int) -> list[str]:
    assume(render_text(html_text, "HTML")[0])  # the input itself is a valid, non-empty message
    parts = split_message(html_text, limit)
    event(f"parts: {min(len(parts), 5)}{'+' if len(parts) > 5 else ''}")
    for part in parts:
        assert utf16_len(part) <= limit, (part, limit)
        assert not re.search("[\ud800-\udfff]", part)  # no half of a surrogate pair
        parse_html(part)  # raises BotApiError("can't parse entities: ...")
        assert render_text(part, "HTML")[0], part  # Telegram rejects an empty message

    # (c) joined back, the parts render the same text with the same formatting, except for
    # whitespace dropped at the cuts. When the limit is too small to carry the markup into
    # every part, formatting may be dropped but never invented.
    whole = styled(html_text)
    # (room for the longest entity, ten units, next to all the markup open at one point)
    keeps_formatting = markup_overhead(html_text) <= min(limit // 2, limit - 10)
    event(f"formatting {'kept' if keeps_formatting else 'may be dropped'}")
    pos = 0
    for part in parts:
        while pos < len(whole) and whole[pos][0].isspace():
            pos += 1
        rendered = styled(part)
        expected = whole[pos : pos + len(rendered)]
        assert [c for c, _ in rendered] == [c for c, _ in expected], (part, parts)
        for (char, got), (_, want) in zip(rendered, expected, strict=True):
            if keeps_formatting:
                assert got == want, (char, part, parts)
            else:  # a dropped <code class="language-x"> leaves <pre> without a language
                assert {s[0] for s in got} <= {s[0] for s in want}, (char, part, parts)
        pos += len(rendered)
    assert all(c.isspace() for c, _ in whole[pos:]), (parts, whole[pos:])
    return parts


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS, st.integers(min_value=20, max_value=200))
def test_parts_fit_parse_and_render_the_same_text(html_text, limit):
    check_split(html_text, limit)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NODES, min_size=20, max_size=80).map("".join), st.integers(20, 60))
def test_long_texts_with_small_limits(html_text, limit):
    check_split(html_text, limit)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(WORDS, ENTITIES, st.just(" ")), min_size=10, max_size=200).map("".join),
    st.integers(20, 120),
)
def test_runs_without_breaks_are_cut_between_characters_and_entities(text, limit):
    """Long runs with few or no spaces force hard cuts."""
    check_split(text, limit)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.sampled_from(["😀", "𝔘", "a", "&#128512;", "👍🏽", "🇮🇩"]), min_size=5, max_size=300)
    .map("".join)
    .map(lambda s: f"<b>{s}</b>"),
    st.integers(20, 80),
)
def test_surrogate_pairs_are_counted_twice_and_never_halved(text, limit):
    for part in check_split(text, limit):
        part.encode("utf-8")  # a halved surrogate pair would not encode
