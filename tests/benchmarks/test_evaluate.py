"""The evaluation's reading of an answer: does it state the expected fact?"""

from benchmarks.evaluate import fact_stated


def test_a_number_spelled_out_in_brackets_states_the_plain_fact():
    """Rules write "5 (lima) hari kerja"; a fact written "5 hari kerja" is stated by it."""
    assert fact_stated("Pendaftaran ditutup paling lambat 5 (lima) hari kerja.", "5 hari kerja")
    assert fact_stated("memperoleh pengakuan 40 (empat puluh) JP", ["40 JP", "empat puluh JP"])
    assert fact_stated("nilai paling rendah 70 (tujuh puluh)", "70")


def test_another_number_does_not_state_it():
    assert not fact_stated("paling lambat 7 (tujuh) hari kerja", "5 hari kerja")
    assert not fact_stated("paling lambat 15 (lima belas) hari kerja", "5 hari kerja")
    assert not fact_stated("Pasal 5 (ketentuan umum) ayat 2", "5 ayat 2")  # no number word


def test_a_fact_written_with_its_number_spelled_out_is_stated_without_it():
    """A rule writes "24 (dua puluh empat) JP", its FAQ "24 JP": the same fact."""
    assert fact_stated("paling banyak 24 JP per tahun perjanjian kerja", "24 (dua puluh empat) JP")
    assert not fact_stated("paling banyak 124 JP per tahun", "24 (dua puluh empat) JP")
    assert not fact_stated("paling banyak 20 JP per tahun", "24 (dua puluh empat) JP")
    assert not fact_stated("kuota 120 orang per angkatan", "12 (dua belas)")


def test_a_citation_names_its_document_by_id_and_by_file():
    """A Markdown file's front matter may give it an id of its own; the question sets name
    documents by file stem, so a citation of that file is right by either name."""
    from benchmarks.evaluate import names
    from knowledge.outcome import Source

    cited = Source(
        source="panduan-mentoring-jembatan.md", title="Panduan", score=1.0, doc_id="jembatan-2026"
    )
    assert names([cited]) == {"jembatan-2026", "panduan-mentoring-jembatan"}
