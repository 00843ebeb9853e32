from __future__ import annotations

import pytest

from tests.ingest.test_pipeline import DOC_A, DOC_B


@pytest.fixture
def kb(tmp_path):
    """Two small Markdown documents in a folder."""
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "a.md").write_text(DOC_A)
    (folder / "b.md").write_text(DOC_B)
    return folder
