"""A question asking what a term is reads the sentence that defines it wherever the fused
ranking put it (knowledge/answers/definitions.py), and a table row naming the term in a field
defines nothing."""

from ingest.pipeline import Ingestor
from knowledge.answers import Answerer
from knowledge.reading.passages import defines_terms
from knowledge.search.searcher import Searcher
from storage.clock import FixedClock
from tests.knowledge.test_answer import TODAY

TERMS = [
    "Dinas adalah Dinas Pendidikan Kabupaten Lembah Contoh.",
    "Pendidik dan Tenaga Kependidikan yang selanjutnya disingkat PTK adalah guru dan staf sekolah.",
    "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu belajar 45 menit.",
    "Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah rencana "
    "tahunan setiap PTK.",
    "Koordinator Wilayah yang selanjutnya disebut Korwil adalah wilayah koordinasi pembinaan "
    "sekolah yang meliputi beberapa kecamatan.",
    "Gugus Sekolah yang selanjutnya disebut Gugus adalah kelompok sekolah dalam satu kecamatan.",
]
GLOSSARY = "\n".join(
    ["# Peraturan Kepala Dinas Nomor 7 Tahun 2026", "", "## Pasal 1", "", "Dalam peraturan ini:"]
    + [f"{i}. {t}" for i, t in enumerate(TERMS, 1)]
    + [f"{i}. Istilah {i} adalah pengertian ke-{i} dalam peraturan ini." for i in range(7, 25)]
)
RECAP = "Kecamatan;Korwil;Jumlah PTK;Rata-rata JP\n" + "".join(
    f"Kecamatan {name};Korwil {korwil};{300 + i};{20 + i},5\n"
    for i, (name, korwil) in enumerate(
        [("Batu", "I"), ("Sari", "I"), ("Rawa", "III"), ("Tinggi", "II"), ("Asri", "II")]
    )
)
MINUTES = (
    "# Notulen Rapat Koordinasi Korwil\n\n## Pembahasan\n\n"
    "Persentase PTK yang telah mengisi RPKI adalah Korwil I 96,2%, Korwil II 89,5%, dan "
    "Korwil III 78,4%. Rapat Korwil berikutnya dijadwalkan bulan Mei.\n"
)


def test_the_sentence_defining_a_term_answers_what_it_is(tmp_path, store, embedder):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "perkadis.md").write_text(GLOSSARY)
    (kb / "rekap-jp-kecamatan.csv").write_text(RECAP)
    (kb / "notulen.md").write_text(MINUTES)
    Ingestor(store, embedder, progress=False).run([kb])
    answerer = Answerer(Searcher(store, embedder), clock=FixedClock(TODAY))
    answer = answerer.answer("Apa yang dimaksud dengan Korwil?")
    assert answer.outcome == "answer" and "wilayah koordinasi pembinaan" in answer.text
    assert answer.sources[0].doc_id == "perkadis"
    # the rows name Korwil in a field and the minutes after "adalah": neither defines it
    raw = "korwil itu apa"
    prepared = answerer.searcher.prepare(raw)
    q = answerer._read(prepared, raw)
    others = [h for h in answerer.searcher.search(raw, k=12) if h.chunk.doc_id != "perkadis"]
    assert others and not any(answerer.definitions._defines(q, h) for h in others)
    found = answerer.definitions.passage(q, prepared, others, 6)
    assert found is not None and found.chunk.doc_id == "perkadis"
    # a question asking no definition looks nothing up
    count = answerer._read(answerer.searcher.prepare("korwil ada berapa"))
    assert answerer.definitions.passage(count, "korwil ada berapa", others, 6) is None


def test_a_term_is_defined_before_adalah_or_named_after_disebut():
    groups = [{"korwil", "koordinator wilayah"}]
    assert defines_terms("Wilayah koordinasi pembinaan sekolah disebut Korwil.", groups, {}, 4.0)
    named = "Koordinator Wilayah yang selanjutnya disebut Korwil adalah wilayah pembinaan."
    assert defines_terms(named, groups, {}, 4.0)
    share = "Persentase PTK yang mengisi RPKI adalah Korwil I 96,2% dan Korwil II 89,5%."
    assert not defines_terms(share, groups, {}, 4.0)
    # the question's other words may stand after "adalah": the term before it is enough
    grow = [{"grow"}, {"model"}, {"coaching"}]
    said = "GROW adalah model coaching yang dikenal luas untuk menyusun percakapan."
    assert defines_terms(said, grow, {}, 4.0, share=0.8)
    # an expansion asked stands after "adalah", in brackets beside the acronym
    forms = "Laporan pasca-pelatihan adalah Formulir Refleksi (Formulir FR-A) dan Laporan Dampak."
    asked = [{"fr"}]  # "FR-A itu singkatan apa?" as the tokenizer reads it
    assert defines_terms(forms, asked, {}, 4.0, term_first=False)
    assert not defines_terms(forms, asked, {}, 4.0)


def test_a_tables_meaning_column_defines_the_row_named_by_the_cells_before_it():
    """ "status Ditutup di SILAJU artinya apa", "label warna biru artinya apa": a status table
    whose column "Arti" says what each row means, of the system its title or section names;
    a row whose notes column is only "Keterangan" defines nothing."""
    row = (
        "Status: Ditutup; Warna label: Merah; Arti: Tidak diperbaiki tepat waktu, JP tidak dihitung"
    )
    heading = "Panduan SILAJU untuk Pegawai\n5. Arti status catatan"
    status = [{"status"}, {"tutup"}, {"silaju"}]
    assert defines_terms(row, status, {}, 4.0, share=0.8, heading=heading)
    assert not defines_terms(row, status, {}, 4.0, share=0.8)  # the system is no word of it
    colour = [{"label"}, {"warna"}, {"merah"}, {"silaju"}]
    assert defines_terms(row, colour, {}, 4.0, share=0.8, heading=heading)
    # "SILAJU itu apa": the title names the system, no row says what it is
    assert not defines_terms(row, [{"silaju"}], {}, 4.0, share=0.8, heading=heading)
    notes = "Status: Ditutup; Warna label: Merah; Keterangan: dibahas rapat FKU"
    assert not defines_terms(notes, status, {}, 4.0, share=0.8, heading=heading)
