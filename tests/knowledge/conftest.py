from __future__ import annotations

from datetime import date

import pytest

from ingest.pipeline import Ingestor
from knowledge.answers.compose import Answerer
from knowledge.search.searcher import Searcher
from knowledge.search.store import KnowledgeStore
from storage.clock import FixedClock
from tests.fakes import markdown_doc
from tests.support.chroma_server import chroma_server  # noqa: F401  (the session's server)

TODAY = date(2026, 11, 29)

DOCS = {
    "jp.md": markdown_doc(
        "kewajiban-jp",
        "Kewajiban 20 JP",
        {
            "Jumlah minimal": "Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 JP dalam satu tahun.",
            "Satuan JP": "Satu jam pelajaran (JP) sama dengan 45 menit.",
        },
        regulation="PP 17/2020 Pasal 203",
        authority="nasional",
    ),
    "konversi-lama.md": markdown_doc(
        "konversi-2019",
        "Perbup Contoh 12/2019 tentang Konversi JP",
        {
            "Coaching": "Satu sesi coaching diakui sebagai 1 JP menurut Perbup 12/2019.",
        },
        regulation="Perbup Contoh 12/2019",
        authority="instansi",
        status="dicabut",
    ),
    "konversi-baru.md": markdown_doc(
        "konversi-2024",
        "Perbup Contoh 7/2024 tentang Konversi JP",
        {
            "Coaching": "Satu sesi coaching diakui sebagai 2 JP, paling banyak 2 sesi per bulan.",
        },
        regulation="Perbup Contoh 7/2024",
        authority="instansi",
        supersedes="[konversi-2019]",
    ),
    "tunjangan.md": markdown_doc(
        "tukin",
        "Tunjangan Kinerja Kabupaten Contoh",
        {
            "Dasar pemberian": "Tunjangan kinerja diberikan berdasarkan kelas jabatan dan predikat SKP pegawai.",
        },
        authority="instansi",
    ),
    "latsar.md": markdown_doc(
        "latsar",
        "Pelatihan Dasar CPNS",
        {
            "Peran mentor": "Mentor peserta Latsar CPNS adalah atasan langsung; coach adalah widyaiswara.",
        },
    ),
}
CATALOG = """
catalog: {title: Katalog Uji, sample: true}
trainings:
  - {kode: D1, nama: Analisis Data dengan Python, jp: 30, kuota: 40, sisa_kuota: 6, metode: daring, tanggal_mulai: 2027-03-08, tanggal_selesai: 2027-03-12, batas_pendaftaran: 2027-02-26}
  - {kode: D2, nama: Statistik Terapan untuk Data Kinerja, jp: 24, metode: tatap muka, tanggal_mulai: 2027-03-15, tanggal_selesai: 2027-03-18}
  - {kode: D3, nama: Visualisasi Data Kinerja, jp: 20, metode: daring, tanggal_mulai: 2027-05-03, tanggal_selesai: 2027-05-05}
  - {kode: K1, nama: Kearsipan Digital, jp: 16, metode: daring, tanggal_mulai: 2026-12-07, tanggal_selesai: 2026-12-09, batas_pendaftaran: 2026-12-01}
"""


def write_kb(folder):
    """The small test knowledge base (rules, an old and a new agency rule, a catalog)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (folder / name).write_text(text)
    (folder / "katalog.yaml").write_text(CATALOG)
    return folder


@pytest.fixture
def kb_dir(tmp_path):
    return write_kb(tmp_path / "kb")


@pytest.fixture
def searcher(kb_dir, store, embedder) -> Searcher:
    Ingestor(store, embedder, progress=False).run([kb_dir])
    return Searcher(store, embedder)


@pytest.fixture
def answerer(searcher) -> Answerer:
    return Answerer(searcher, clock=FixedClock(TODAY))


@pytest.fixture(params=["embedded", "server"])
def any_store(request, tmp_path) -> KnowledgeStore:
    """A store keeping its vectors in the embedded Chroma, then on the session's Chroma
    server (a new data dir: its own collection there)."""
    if request.param == "server":
        url = request.getfixturevalue("chroma_server").url
        return KnowledgeStore(tmp_path / "data", chroma_url=url)
    return KnowledgeStore(tmp_path / "data")
