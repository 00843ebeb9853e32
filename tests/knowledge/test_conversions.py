"""A question converting units reads the sentence that equates them wherever it stands
(knowledge/answers/conversions.py)."""

from ingest.pipeline import Ingestor
from knowledge.answers import Answerer
from knowledge.reading.preferred import equates
from knowledge.search.searcher import Searcher
from storage.clock import FixedClock
from tests.knowledge.test_answer import TODAY

GLOSSARY = "\n".join(
    ["# Peraturan Kepala Dinas Nomor 4 Tahun 2026", "", "## Pasal 1", "", "Dalam peraturan ini:"]
    + [f"{i}. Istilah {i} adalah pengertian ke-{i} dalam peraturan ini." for i in range(1, 25)]
    + ["25. Jam Pelajaran (JP) adalah satuan waktu belajar; 1 (satu) JP sama dengan 45 menit."]
)
TABLE = "Kegiatan;Satuan;JP diakui\n" + "".join(
    f"Coaching sesi {i};1 sesi paling singkat {30 + i} menit;1 JP\n" for i in range(1, 9)
)


def test_the_equation_of_a_long_glossary_answers_a_conversion(tmp_path, store, embedder):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "perkadis.md").write_text(GLOSSARY)
    (kb / "konversi-jp.csv").write_text(TABLE)
    Ingestor(store, embedder, progress=False).run([kb])
    answerer = Answerer(Searcher(store, embedder), clock=FixedClock(TODAY))
    raw = "1 jp itu brp menit"
    prepared = answerer.searcher.prepare(raw)
    q = answerer._read(prepared, raw)
    _, passages = answerer._search(q, raw, prepared)
    rows = [h for h in passages if h.chunk.doc_id != "perkadis"]  # retrieval found only rows
    found = answerer.conversions.equation(q, rows)
    assert found.chunk.doc_id == "perkadis" and "45 menit" in found.chunk.text
    assert answerer.conversions.equation(q, []) is None  # nothing retrieved: nothing looked up
    answer = answerer.answer("1 jp itu brp menit sih")
    assert answer.outcome == "answer" and "45 menit" in answer.text
    assert answer.sources[0].doc_id == "perkadis"
    # a question asking of a kind of activity is no conversion: no equation is looked up
    other = answerer._read(answerer.searcher.prepare("coaching 1 sesi dapat brp jp"))
    assert answerer.conversions.equation(other, passages) is None


DEFINING = "\n".join(
    ["# Peraturan Kepala Dinas Nomor 3 Tahun 2029", "", "## Pasal 1", "", "Dalam peraturan ini:"]
    + [f"{i}. Istilah {i} adalah pengertian ke-{i} dalam peraturan ini." for i in range(1, 25)]
    + [
        "25. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu kegiatan belajar"
        " selama 45 (empat puluh lima) menit."
    ]
)
RECOGNITION = "Jenis kegiatan;Bukti;Pengakuan JP\n" + "".join(
    f"Coaching jenis {i};Lembar sesi;1 JP per sesi {50 + i} menit\n" for i in range(1, 9)
)


def test_the_definition_of_the_unit_answers_a_conversion_of_one_of_it(tmp_path, store, embedder):
    """ "1 JP itu brp menit": a rule defines JP as "satuan waktu ... selama 45 menit" without
    an equals word; the recognition table's "1 JP per sesi 60 menit" equates a session, not
    the unit. "2 JP itu brp menit" is no definition's one."""
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "perkadis.md").write_text(DEFINING)
    (kb / "pengakuan-jp.csv").write_text(RECOGNITION)
    Ingestor(store, embedder, progress=False).run([kb])
    answerer = Answerer(Searcher(store, embedder), clock=FixedClock(TODAY))
    answer = answerer.answer("1 JP itu berapa menit sih?")
    assert answer.outcome == "answer" and "45 (empat puluh lima) menit" in answer.text
    assert answer.sources[0].doc_id == "perkadis"
    two = answerer._read(answerer.searcher.prepare("2 jp itu brp menit"))
    assert (
        answerer.conversions.equation(two, answerer._search(two, "2 jp itu brp menit", two.raw)[1])
        is None
    )
    # a line on the unit that does not define it as one ("JP: 2 per sesi 60 menit") is none
    for line in ("- JP: 2 per sesi coaching 60 menit", "| JP | Durasi sesi 180 menit |"):
        assert not equates(line, answerer._read("1 jp itu brp menit"))
