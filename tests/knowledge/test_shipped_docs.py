"""Sample data ships with Pandu: none of its made-up addresses may belong to a real domain
(example.go.id is a real government domain; example.org and *.test are reserved)."""

import re
from pathlib import Path

import knowledge

SAMPLES = Path(knowledge.__file__).resolve().parent / "samples"
RESERVED = re.compile(r"(?:^|\.)(?:example\.(?:org|com|net)|[\w-]+\.(?:test|example|invalid))$")


def test_every_address_in_the_sample_catalog_is_on_a_reserved_domain():
    found = []
    for path in SAMPLES.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="ignore")
            found += [(path.name, d) for d in re.findall(r"(?:@|https?://)([\w.-]+\.\w+)", text)]
    assert found, "the sample catalog has contact addresses"
    assert [f for f in found if not RESERVED.search(f[1])] == []
