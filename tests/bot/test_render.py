import pytest

from bot.callbacks import CallbackCodec, CallbackError
from bot.render import answer_html, split_message
from tests.support.botapi import parse_html, utf16_len


def test_long_text_is_split_at_paragraphs_within_the_limit():
    paragraphs = [f"Paragraf {i} " + "kata " * 150 for i in range(12)]
    parts = split_message("\n\n".join(paragraphs))
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts)
    assert all(p.startswith("Paragraf") for p in parts)


def test_an_early_paragraph_break_does_not_force_a_cut_inside_an_entity():
    # The only "\n\n" is near the start; the rest is one long run of words and entities.
    text = "Halo.\n\n" + "kata&amp;kata " * 60
    parts = split_message(text, 100)
    assert len(parts) > 1
    for part in parts:
        assert utf16_len(part) <= 100
        assert parse_html(part)[0] == part.replace("&amp;", "&")
        assert part.endswith("kata") and not part.endswith("&amp;kata&amp;")
    # cut at the last space, not at the early paragraph break nor at a hard cut
    assert parts[0].startswith("Halo.\n\nkata&amp;kata ") and len(parts[0]) > 80
    assert all(p.startswith("kata&amp;kata") for p in parts[1:])


def test_a_hard_cut_never_falls_inside_an_entity():
    for filler in range(85, 100):
        parts = split_message("x" * filler + "&amp;&#123;&#x1F600;&quot;" * 5, 100)
        assert [parse_html(p)[0] for p in parts][0].startswith("x" * filler)
        assert "".join(parse_html(p)[0] for p in parts) == "x" * filler + '&{😀"' * 5


def test_the_last_paragraph_break_is_preferred_to_a_later_line_break():
    text = "a" * 50 + "\n\n" + "b" * 30 + "\n" + "c" * 40
    assert split_message(text, 100) == ["a" * 50, "b" * 30 + "\n" + "c" * 40]
    # too early a paragraph break: the last line break instead
    text = "a" * 10 + "\n\n" + "b" * 60 + "\n" + "c" * 40
    assert split_message(text, 100) == ["a" * 10 + "\n\n" + "b" * 60, "c" * 40]


def test_a_cut_inside_an_element_closes_and_reopens_it():
    text = "<b>" + "tebal " * 60 + "</b>"
    parts = split_message(text, 100)
    assert len(parts) > 3
    for part in parts:
        assert part.startswith("<b>") and part.endswith("</b>") and utf16_len(part) <= 100
        plain, entities = parse_html(part)
        assert entities == [{"type": "bold", "offset": 0, "length": utf16_len(plain)}]
    assert " ".join(parse_html(p)[0] for p in parts) == ("tebal " * 60).strip()


def test_nested_elements_and_links_are_reopened_with_their_attributes():
    link = '<a href="https://example.org/?a=1&amp;b=2">'
    text = f"<i>Lihat {link}<b>" + "dokumen " * 40 + "</b></a> selesai</i>"
    parts = split_message(text, 120)
    assert len(parts) > 2
    assert parts[0].startswith(f"<i>Lihat {link}<b>dokumen")
    for part in parts[1:-1]:
        assert part.startswith(f"<i>{link}<b>") and part.endswith("</b></a></i>")
        _, entities = parse_html(part)
        assert {e["type"] for e in entities} == {"italic", "text_link", "bold"}
        assert all(
            e.get("url", "https://example.org/?a=1&b=2") == "https://example.org/?a=1&b=2"
            for e in entities
        )
    assert parts[-1].endswith("</b></a> selesai</i>")


def test_the_limit_counts_utf16_units_and_never_halves_a_surrogate_pair():
    parts = split_message("😀" * 100, 21)
    assert [len(p) for p in parts] == [10] * 10  # 20 units each
    assert all(p.encode("utf-8") for p in parts)
    # emoji sequences (skin tones, flags) stay whole when a cut can avoid them
    assert all(len(p) % 2 == 0 for p in split_message("👍🏽" * 30, 21))
    assert all(len(p) % 2 == 0 for p in split_message("🇮🇩" * 30, 21))


def test_short_texts_are_unchanged_and_tiny_limits_refused():
    assert split_message("  <b>halo</b> &amp; 😀\n") == ["<b>halo</b> &amp; 😀"]
    assert split_message(" \n ") == []
    with pytest.raises(ValueError):
        split_message("x" * 100, 8)


def test_markup_too_long_for_the_limit_loses_formatting_not_validity():
    link = '<a href="https://example.org/' + "p" * 60 + '">'
    parts = split_message(f"{link}{'kata ' * 40}</a>", 50)
    assert all(utf16_len(p) <= 50 for p in parts)
    assert " ".join(parse_html(p)[0] for p in parts) == ("kata " * 40).strip()


def test_html_is_escaped_and_sources_are_bold():
    html = answer_html("1 < 2 & <b>x</b>\n\nSumber: Dok — Bagian", True, "!")
    assert "1 &lt; 2 &amp; &lt;b&gt;x&lt;/b&gt;" in html and "<b>Sumber:</b> Dok — Bagian" in html


def test_callback_data_is_compact_signed_and_checked():
    codec = CallbackCodec(b"k" * 32)
    data = codec.encode("cd", "PKA-2027-01", "q", 2, 13)
    assert len(data.encode()) <= 64
    assert codec.decode(data).args == ("PKA-2027-01", "q", "2", "13")
    for bad in ("", "x", "2|f|1|u|tag", data.replace("PKA", "PKB"), "1|zz|tag"):
        try:
            codec.decode(bad)
        except CallbackError:
            continue
        raise AssertionError(bad)
    with pytest.raises(CallbackError):  # data signed by another installation
        CallbackCodec(b"other" * 8).decode(data)


def test_a_passage_carries_its_own_label_and_no_warning_line():
    text = "Bagian dokumen yang paling relevan:\nKuota 20 orang.\n\nSumber: Pedoman"
    html = answer_html(text, False, "")
    assert html.startswith("Bagian dokumen") and "<b>Sumber:</b> Pedoman" in html
    assert answer_html("Maaf, tidak ada.", False, "⚠️ Tidak yakin").startswith("⚠️")
