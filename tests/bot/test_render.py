import pytest

from bot.callbacks import CallbackCodec, CallbackError
from bot.render import answer_html, split_message


def test_long_text_is_split_at_paragraphs_within_the_limit():
    paragraphs = [f"Paragraf {i} " + "kata " * 150 for i in range(12)]
    parts = split_message("\n\n".join(paragraphs))
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts)
    assert all(p.startswith("Paragraf") for p in parts)


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
