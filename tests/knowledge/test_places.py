"""Places a question names (knowledge/reading/places.py)."""

import pytest

from knowledge.reading.places import Place, asked_places, unknown_place


@pytest.mark.parametrize(
    ("question", "kind", "name"),
    [
        ("Target JP tahunan ASN di Kabupaten Contoh Jaya berapa?", "kabupaten", ("contoh", "jaya")),
        ("brp jp minimal utk pns di kab lembah hijau?", "kabupaten", ("lembah", "hijau")),
        ("kuota pka kab contoh thn 2025 brp org?", "kabupaten", ("contoh",)),  # "thn" is a unit
        ("asn pemkot contoh raya boleh wfh?", "kota", ("contoh", "raya")),
    ],
)
def test_the_name_of_a_region_ends_where_the_question_goes_on(question, kind, name):
    place = asked_places(question)[0]
    assert (place.kind, place.name) == (kind, name)


def test_no_place_when_no_name_follows():
    assert asked_places("nilai indeks merit pemkab sy thn kemarin brp?") == []
    assert asked_places("kl diklatnya di luar provinsi gmn") == []


def test_the_question_without_its_place():
    place = asked_places("berapa JP minimal di Kota Contoh Raya?")[0]
    assert place.left_out_of("berapa JP minimal di Kota Contoh Raya?") == "berapa JP minimal di ?"


CORPUS = "pedoman pengembangan kompetensi pemerintah provinsi nusa contoh. kabupaten contoh."


def writes(phrase: str) -> bool:
    return phrase in CORPUS


KNOWN = dict.fromkeys(["pedoman", "kembang", "kompetensi", "provinsi", "nusa", "contoh"], 1.0)


def test_a_region_the_documents_never_write_is_not_theirs():
    assert unknown_place(Place("kabupaten", ("contoh", "jaya"), True), writes, KNOWN)
    assert not unknown_place(Place("provinsi", ("nusa", "contoh"), True), writes, KNOWN)
    # lower case: the known start and a word the documents never use
    assert unknown_place(Place("kabupaten", ("contoh", "jaya"), False), writes, KNOWN)
    # an ordinary word after "prov" ("bpsdm prov gratis gk?") is no region's name
    assert not unknown_place(Place("provinsi", ("gratis",), False), writes, KNOWN)
    assert unknown_place(Place("kota", ("surabaya",), False), writes, KNOWN)
