"""Signature blocks: who signed a letter, circular or rule, read from its closing layout."""

from knowledge.reading.signature import asks_signer, signature_block

LETTER = """Demikian, atas perhatian Saudara diucapkan terima kasih.

                                   a.n. INSPEKTUR DAERAH PROVINSI TELUK HARAPAN
                                   Sekretaris,

                                   ttd.

                                   Hendrik Sapulete, S.E., M.M.
                                   Pembina Tingkat I (IV/b)
                                   NIP 19780305 200312 1 004

Tembusan:
1. Inspektur Daerah Provinsi Teluk Harapan."""


def test_a_letters_block_gives_the_office_the_name_rank_and_nip_not_its_text():
    block = signature_block(LETTER)
    assert block == (
        "a.n. INSPEKTUR DAERAH PROVINSI TELUK HARAPAN\nSekretaris,\n"
        "Hendrik Sapulete, S.E., M.M.\nPembina Tingkat I (IV/b)\nNIP 19780305 200312 1 004"
    )


def test_a_rule_signed_on_the_office_line_keeps_where_and_when_it_was_set():
    """A PDF regulation: "INSPEKTUR ..., ttd." on one line, the date it was set above."""
    rule = (
        "Peraturan Inspektur ini mulai berlaku pada tanggal ditetapkan.\n"
        "Ditetapkan di Teluk Damai pada tanggal 12 Januari 2026\n"
        "INSPEKTUR DAERAH PROVINSI TELUK HARAPAN, ttd.\n"
        "Dr. Yosias Manuel Kambuaya, S.E., M.Si., QIA\nNIP 19720614 199803 1 007"
    )
    block = signature_block(rule)
    assert block.splitlines()[0] == "Ditetapkan di Teluk Damai pada tanggal 12 Januari 2026"
    assert "Dr. Yosias Manuel Kambuaya" in block and "mulai berlaku" not in block


def test_a_block_without_ttd_is_found_by_the_nip_under_the_name():
    decree = (
        "KETUJUH: Keputusan ini mulai berlaku pada tanggal ditetapkan.\n\n"
        "Ditetapkan di Teluk Damai pada tanggal 20 Februari 2026\n\n"
        "INSPEKTUR DAERAH PROVINSI TELUK HARAPAN,\n\n"
        "Dr. Yosias Manuel Kambuaya, S.E., M.Si., QIA\n\nNIP 19720614 199803 1 007"
    )
    block = signature_block(decree)
    assert block.splitlines()[1:3] == [
        "INSPEKTUR DAERAH PROVINSI TELUK HARAPAN,",
        "Dr. Yosias Manuel Kambuaya, S.E., M.Si., QIA",
    ]


def test_a_blank_form_and_plain_text_have_no_block():
    assert signature_block("FORMAT RPKI Nama: ........ NIP: ........ Jabatan: ........") is None
    assert signature_block("Pegawai wajib menandatangani surat pernyataan.") is None


def test_the_ways_a_signer_is_asked():
    for asked in ("ditandatangani oleh siapa", "yang tanda tangan siapa", "penandatangannya"):
        assert asks_signer(asked)
    assert not asks_signer("tanda terima berkas diambil di mana")


def test_a_rules_printed_copy_without_ttd_or_nip_still_names_its_signer():
    rule = (
        "Peraturan Kepala ini mulai berlaku pada tanggal ditetapkan.\n"
        "Ditetapkan di Bandar Rampai pada tanggal 15 Februari 2024\n"
        "KEPALA BADAN PENGELOLA KEUANGAN\n"
        "DAN ASET DAERAH KABUPATEN SUNGAI RAMPAI,\n"
        "Ir. Hendra Wijaya Kusuma, M.M.\n"
        "RINGKASAN KETENTUAN POKOK\n"
    )
    block = signature_block(rule)
    assert block is not None
    assert block.splitlines()[0] == "Ditetapkan di Bandar Rampai pada tanggal 15 Februari 2024"
    assert block.splitlines()[-1] == "Ir. Hendra Wijaya Kusuma, M.M."
    # a sentence that says where something was decided is no signature
    assert signature_block("Ditetapkan di rapat bahwa semua pegawai hadir.\nTerima kasih.") is None
