"""An agenda slide or a table of contents names its document's other sections and says none
of what they say: a question is answered from the section, unless it asks of the agenda."""

from __future__ import annotations

from knowledge.answers.contents import _lists
from knowledge.text.tokens import tokenize
from tests.knowledge.test_answer import answerer_over

DECK = """# Sosialisasi Peraturan Kepala Dinas Nomor 3 Tahun 2031

## Agenda

- Alasan perubahan aturan
- Target JP baru
- Tenggat pelaporan baru
- Pembiayaan pelatihan
- Tanya jawab

## Alasan perubahan aturan

Capaian JP 2030 baru 71%, dan aplikasi lama tidak dapat dipakai dari ponsel.

## Target JP per tahun

PNS jabatan fungsional 30 JP, PNS lainnya 24 JP, PPPK 16 JP.

## Tenggat pelaporan

Laporan penerapan hasil belajar paling lambat 20 hari kerja setelah pelatihan selesai;
sertifikat diunggah paling lambat 5 hari kerja.

## Pembiayaan pelatihan

Bantuan sertifikasi profesi paling banyak Rp4.000.000 per pegawai per tahun.
"""


def test_a_list_of_the_documents_own_section_titles_is_its_contents():
    titles = [
        frozenset(tokenize(t))
        for t in (
            "Target JP per tahun",
            "Tenggat pelaporan",
            "Pembiayaan pelatihan",
            "Alasan perubahan aturan",
        )
    ]
    agenda = "Agenda\n• Alasan perubahan aturan\n• Target JP baru\n• Tenggat pelaporan baru\n"
    assert _lists(agenda + "• Pembiayaan pelatihan\n• Tanya jawab", titles)
    own_list = "Syarat peserta:\n- berstatus PNS\n- masa kerja 2 tahun\n- predikat kinerja Baik"
    assert not _lists(own_list, titles)
    two = "Agenda\n• Target JP baru\n• Tenggat pelaporan baru\n• Lain-lain\n• Penutup"
    assert not _lists(two, titles)  # two titles are a passage's own list


def test_the_section_answers_not_the_agenda_naming_it(tmp_path, store, embedder):
    answerer = answerer_over(tmp_path, store, embedder, {"paparan-sosialisasi.md": DECK})
    answer = answerer.answer("tenggat pelaporan baru brp hari kerja?")
    assert answer.outcome != "refusal"
    assert "20 hari kerja" in answer.text
    assert "Tanya jawab" not in answer.text.split("Sumber")[0]
    agenda = answerer.answer("agenda sosialisasi apa saja?")
    assert agenda.outcome == "answer" and "Tanya jawab" in agenda.text
