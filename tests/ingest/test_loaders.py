from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import LoaderError
from ingest.loaders import load_file
from ingest.splitter import split_document
from ingest.tables import read_csv
from tests.fakes import make_docx, make_pdf, markdown_doc


def load(path: Path, data: bytes | str):
    raw = data.encode() if isinstance(data, str) else data
    path.write_bytes(raw)
    return load_file(path, raw)


def test_markdown_keeps_front_matter_and_section_paths(tmp_path):
    text = (
        markdown_doc(
            "aturan-baru",
            "Aturan Baru",
            {"Dasar hukum": "PP 11/2017 Pasal 203."},
            regulation="PP 11/2017",
            supersedes="[aturan-lama]",
            effective_date="2020-04-28",
        )
        + "\n### Rincian\n\nSatu JP sama dengan 45 menit.\n"
    )
    doc = load(tmp_path / "a.md", text)
    assert doc.title == "Aturan Baru"
    assert doc.meta["supersedes"] == ["aturan-lama"]
    assert doc.meta["regulation"] == "PP 11/2017"
    assert [s.heading for s in doc.sections] == [["Dasar hukum"], ["Dasar hukum", "Rincian"]]
    chunks = split_document(doc)
    assert chunks[1].section == "Dasar hukum > Rincian"


def test_status_line_marks_a_revoked_document(tmp_path):
    doc = load(
        tmp_path / "lama.md", "# Aturan Lama\n\nStatus: dicabut sejak 2024.\n\n## Isi\n\nTeks.\n"
    )
    assert doc.meta["status"] == "dicabut"


def test_mentioning_another_revoked_rule_does_not_revoke_this_one(tmp_path):
    doc = load(tmp_path / "baru.md", "# Baru\n\nUU 5/2014 telah dicabut oleh UU 20/2023.\n")
    assert "status" not in doc.meta


def test_broken_front_matter_is_a_clear_error(tmp_path):
    with pytest.raises(LoaderError, match="front matter"):
        load(tmp_path / "x.md", "---\ntitle: [unclosed\n---\n# X\n")


def test_text_file_uses_first_line_as_title(tmp_path):
    doc = load(tmp_path / "faq.txt", "FAQ BKPSDM\n\nT: Kapan?\nJ: Maret.\n")
    assert doc.title == "FAQ BKPSDM"
    assert "J: Maret." in doc.sections[0].text


def test_html_drops_scripts_and_navigation(tmp_path):
    html = (
        "<html><head><title>Pengumuman PKA</title><script>var kuota=99</script></head><body>"
        "<nav>Menu cuti</nav><h1>Seleksi PKA</h1><h2>Syarat</h2><p>Pangkat minimal III/d.</p>"
        "<table><tr><th>Syarat</th><th>Nilai</th></tr><tr><td>Usia</td><td>maks 50</td></tr></table>"
        "</body></html>"
    )
    doc = load(tmp_path / "p.html", html)
    body = " ".join(s.text for s in doc.sections)
    assert doc.title == "Pengumuman PKA"
    assert "III/d" in body and "| Syarat | Nilai |\n|---|---|\n| Usia | maks 50 |" in body
    assert "99" not in body and "cuti" not in body


def test_html_glossaries_folded_faqs_and_nested_lists_are_read_as_written(tmp_path):
    """A <dl> term with its description on one line; an accordion FAQ's <summary> (its
    question) heading its answer, not dropped; a nested list's items each on a line, not run
    into their parent's sentence; no space left before punctuation by an inline tag."""
    html = (
        "<html><head><title>Portal Belajar</title></head><body><h2>Istilah</h2><dl>"
        "<dt>Daftar Tunggu</dt><dd>Status ketika kuota\n angkatan penuh.</dd>"
        "<dt>Kelas terbuka</dt><dd>Modul tanpa kuota.</dd><dd>Dapat diulang.</dd><dt>Lencana</dt>"
        "</dl><h2>Pertanyaan umum</h2><details><summary>Progres modul berhenti di 99%.</summary>"
        "<p>Modul selesai setelah kuis akhir lulus dengan nilai paling rendah 80.</p></details>"
        "<h2>Cara daftar</h2><ol><li>Klik <b>Daftar</b>:<ol><li>pilih angkatan;</li>"
        "<li>unggah surat tugas.</li></ol></li><li>Tunggu verifikasi.</li></ol></body></html>"
    )
    doc = load(tmp_path / "portal.html", html)
    by_heading = {" > ".join(s.heading): s.text for s in doc.sections}
    glossary = by_heading["Istilah"]
    assert "- Daftar Tunggu: Status ketika kuota angkatan penuh." in glossary
    assert "- Kelas terbuka: Modul tanpa kuota." in glossary
    assert "- Kelas terbuka: Dapat diulang." in glossary and "- Lencana" in glossary
    faq = by_heading["Pertanyaan umum > Progres modul berhenti di 99%."]
    assert faq.startswith("Modul selesai setelah kuis akhir lulus"), faq
    steps = by_heading["Cara daftar"].splitlines()
    assert "- Klik Daftar:" in steps and "  - pilih angkatan;" in steps, steps
    assert "- Tunggu verifikasi." in steps


def test_html_items_and_descriptions_keep_their_words_apart(tmp_path):
    """A line break or a bold label inside an item, paragraphs inside a description: words
    stay apart and nothing is read twice; a file name's dot keeps its space before it."""
    html = (
        "<html><body><h2>Istilah</h2><dl><dt>JP</dt><dd><p>Jam pelajaran.</p><ul><li>45 menit"
        "</li></ul></dd><dd>Dicatat di Riwayat.</dd></dl><h2>Kuota</h2><ul><li>Baris satu<br>"
        "Baris dua</li><li><strong>Kuota:</strong>30 orang</li><li>Unggah berkas .pdf atau "
        ".docx</li></ul></body></html>"
    )
    doc = load(tmp_path / "istilah.html", html)
    by_heading = {" > ".join(s.heading): s.text.splitlines() for s in doc.sections}
    assert [line for line in by_heading["Istilah"] if line] == [
        "- JP: Jam pelajaran. 45 menit",
        "- JP: Dicatat di Riwayat.",
    ]
    kuota = by_heading["Kuota"]
    assert "- Baris satu Baris dua" in kuota and "- Kuota: 30 orang" in kuota, kuota
    assert "- Unggah berkas .pdf atau .docx" in kuota


def test_an_e_mail_threads_quote_marks_are_dropped_but_a_comparison_stays(tmp_path):
    """A forwarded thread quotes earlier messages ("> ", ">> "): the marks say how deep a
    reply sits, not what it says; one line opening with ">" is a comparison."""
    thread = (
        "Fwd: Peserta bimtek\n\nMohon dicek.\n\n> Dari: Sari\n> Kuota 12 orang.\n>\n"
        ">> Sari Utami, Koordinator, WA 0812-1111-2222\n>> Terima kasih.\n"
    )
    body = load(tmp_path / "surel.txt", thread).sections[0].text
    assert "Sari Utami, Koordinator, WA 0812-1111-2222" in body.splitlines()
    assert ">" not in body and "Kuota 12 orang." in body.splitlines()
    rule = "Syarat jarak\n\nPeserta dengan jarak\n> 40 km dapat menginap.\n"
    assert "> 40 km dapat menginap." in load(tmp_path / "jarak.txt", rule).sections[0].text
    scale = "Skala nilai\n\n> 90 : Sangat Baik\n> 75 : Baik\n> 60 : Cukup\n>= 50 : Kurang\n"
    assert "> 90 : Sangat Baik" in load(tmp_path / "skala.txt", scale).sections[0].text


def test_pdf_text_layer_is_read(tmp_path):
    doc = load(tmp_path / "d.pdf", make_pdf(["Pedoman Pelatihan", "Batas laporan 30 hari."]))
    assert "Batas laporan 30 hari." in doc.sections[0].text
    assert doc.sections[0].heading == ["Halaman 1"]


def test_corrupt_pdf_is_a_loader_error(tmp_path):
    with pytest.raises(LoaderError, match="PDF"):
        load(tmp_path / "rusak.pdf", b"%PDF-1.4\n1 0 obj garbage \x00\x01 trailer")


def test_pdf_saved_as_txt_is_read_as_pdf(tmp_path):
    doc = load(tmp_path / "salah.txt", make_pdf(["Isi PDF asli"]))
    assert "Isi PDF asli" in doc.sections[0].text


def test_binary_with_text_extension_is_refused(tmp_path):
    with pytest.raises(LoaderError, match="biner"):
        load(tmp_path / "gambar.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_docx_headings_and_tables(tmp_path):
    path = tmp_path / "p.docx"
    make_docx(
        path,
        "Pedoman DOCX",
        {"Tujuan": "Meningkatkan kompetensi."},
        [["Bulan", "Kuota"], ["Maret", "40"]],
    )
    doc = load_file(path, path.read_bytes())
    assert doc.title == "Pedoman DOCX"
    assert doc.sections[0].heading == ["Tujuan"]
    assert "| Bulan | Kuota |\n|---|---|\n| Maret | 40 |" in doc.sections[0].text


def test_a_table_row_is_read_with_its_headers_and_a_wrapped_cell_stays_one_cell(tmp_path):
    from knowledge.reading.units import split_units

    path = tmp_path / "konversi.docx"
    rows = [["Kegiatan", "Satuan", "JP", "Batas"], ["Coaching", "1 sesi", "2 JP", "maks.\n6 JP"]]
    make_docx(path, "Konversi", {"Tabel": "Tabel konversi JP."}, rows)
    text = load_file(path, path.read_bytes()).sections[0].text
    assert "Kegiatan: Coaching; Satuan: 1 sesi; JP: 2 JP; Batas: maks. 6 JP" in split_units(text)


def test_a_header_merged_over_two_rows_in_a_docx_is_one_header(tmp_path):
    """A budget's header as a word processor merges it: "Biaya (Rp)" spans "Biaya per
    angkatan" and "Jumlah", "Kode" runs down both rows. A row reads "Biaya per angkatan (Rp):
    11.650.000", not "Biaya (Rp): 11.650.000" twice under a header row read as data."""
    import docx

    from knowledge.reading.units import split_units

    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Kode"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "Kegiatan"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Biaya (Rp)"
    table.cell(1, 2).text, table.cell(1, 3).text = "Biaya per angkatan", "Jumlah"
    for cell, text in zip(
        table.rows[2].cells,
        ("DHB-19", "Penguji Pendamping", "11.650.000", "23.300.000"),
        strict=True,
    ):
        cell.text = text
    path = tmp_path / "rab.docx"
    document.save(path)
    text = load_file(path, path.read_bytes()).sections[0].text
    assert text.count("| Kode |") == 1
    assert (
        "Kode: DHB-19; Kegiatan: Penguji Pendamping; Biaya per angkatan: Rp11.650.000; "
        "Jumlah: Rp23.300.000" in split_units(text)
    )


def test_a_merged_groups_label_names_its_columns_when_it_has_no_unit():
    """ "Realisasi JP" over "2025 | 2026" reads "Realisasi JP 2025", not a bare "2025" twice
    over two groups; a group that is only a unit ("Biaya (Rp)") gives its unit."""
    from ingest.tables import markdown_table

    rows = [
        ["Unit", "Target JP", "Target JP", "Realisasi JP", "Realisasi JP"],
        ["Unit", "2025", "2026", "2025", "2026"],
        ["Sekretariat", "20", "24", "18", "22"],
    ]
    assert markdown_table(rows)[0] == (
        "| Unit | Target JP 2025 | Target JP 2026 | Realisasi JP 2025 | Realisasi JP 2026 |"
    )


def test_a_forms_colons_between_label_and_value_are_no_cells():
    """ "Nama | : | Budi" and "Jabatan | : Analis" read "Nama | Budi": the colon column is a
    separator; a colon inside a value stays."""
    from ingest.tables import markdown_table

    rows = [["Data", "", "Isi"], ["Nama", ":", "Budi"], ["Waktu", ":", "08.00: apel pagi"]]
    assert markdown_table(rows) == [
        "| Data | Isi |",
        "|---|---|",
        "| Nama | Budi |",
        "| Waktu | 08.00: apel pagi |",
    ]
    opened = [["Label", "Nilai"], ["Jabatan", ": Analis SDM"], ["Unit", ": Sekretariat"]]
    assert markdown_table(opened)[2:] == ["| Jabatan | Analis SDM |", "| Unit | Sekretariat |"]
    kept = [["Jam", "Acara"], ["08.00", ": pembukaan"], ["09.00", "materi"]]
    assert markdown_table(kept)[2] == "| 08.00 | : pembukaan |"  # not every value: content


def test_a_table_cut_across_chunks_keeps_its_column_names_in_every_chunk(tmp_path):
    from knowledge.reading.units import split_units

    path = tmp_path / "konversi-panjang.docx"
    header = ["No", "Kegiatan", "Nilai JP", "Batas Pengakuan"]
    rows = [
        [str(n), f"Kegiatan belajar jenis {n}", f"{n} JP", f"paling banyak {2 * n} JP"]
        for n in range(1, 41)
    ]
    make_docx(path, "Konversi", {"Tabel 1": "Nilai konversi JP."}, [header, *rows])
    chunks = split_document(load_file(path, path.read_bytes()), max_chars=1200)
    tables = [c for c in chunks if "| Kegiatan belajar jenis" in c.text]
    assert len(tables) >= 3  # the table really is cut
    for chunk in tables:
        assert chunk.text.splitlines()[0] == "| No | Kegiatan | Nilai JP | Batas Pengakuan |"
    last = split_units(tables[-1].text)
    assert (
        "No: 40; Kegiatan: Kegiatan belajar jenis 40; Nilai JP: 40 JP; "
        "Batas Pengakuan: paling banyak 80 JP" in last
    )


def test_a_one_column_html_table_is_a_list(tmp_path):
    html = "<html><body><h1>Syarat</h1><table><tr><td>SK CPNS</td></tr><tr><td>SKP</td></tr>"
    doc = load(tmp_path / "s.html", html + "</table></body></html>")
    assert "- SK CPNS\n- SKP" in doc.sections[0].text


def test_corrupt_docx_is_a_loader_error(tmp_path):
    with pytest.raises(LoaderError, match="DOCX"):
        load(tmp_path / "r.docx", b"PK\x03\x04 word/ not really a zip")


def test_yaml_catalog_gives_one_section_per_training(tmp_path):
    text = """
catalog: {title: Katalog Uji, sample: true}
trainings:
  - {kode: A1, nama: Analisis Data, jp: 30, metode: daring, tanggal_mulai: 2027-03-08, batas_pendaftaran: "1 Maret 2027"}
  - {kode: A2, nama: Statistik, jp: "24", metode: tatap muka, tanggal_mulai: 15/03/2027}
"""
    doc = load(tmp_path / "k.yaml", text)
    assert [t.kode for t in doc.trainings] == ["A1", "A2"]
    assert doc.trainings[0].batas_pendaftaran.isoformat() == "2027-03-01"
    assert doc.sections[0].meta == {"kind": "training", "kode": "A1"}
    assert "Batas pendaftaran: 1 Maret 2027" in doc.sections[0].text


def test_csv_catalog_with_semicolons(tmp_path):
    doc = load(
        tmp_path / "k.csv", "Kode;Nama Pelatihan;JP;Tanggal Mulai\nB1;Kearsipan;16;2027-04-01\n"
    )
    assert doc.trainings[0].nama == "Kearsipan" and doc.trainings[0].jp == 16


def test_catalog_with_bad_date_names_the_row(tmp_path):
    with pytest.raises(LoaderError, match="baris 1"):
        load(tmp_path / "k.csv", "kode,nama,tanggal_mulai\nB1,Kearsipan,besok\n")


def test_yaml_that_is_not_a_catalog_is_refused(tmp_path):
    with pytest.raises(LoaderError, match="katalog"):
        load(tmp_path / "config.yaml", "a: 1\nb: 2\n")


def test_long_section_is_split_but_keeps_its_title(tmp_path):
    para = "Kalimat panjang tentang pelatihan. " * 30
    doc = load(tmp_path / "l.md", f"# Judul\n\n## Bagian Panjang\n\n{para}\n\n{para}\n\n{para}\n")
    chunks = split_document(doc, max_chars=1200)
    assert len(chunks) >= 3
    assert {c.section for c in chunks} == {"Bagian Panjang"}
    assert all(len(c.text) <= 1200 for c in chunks)


def test_a_csv_that_is_not_a_catalog_is_read_row_by_row_with_its_column_names(tmp_path):
    path = tmp_path / "kuota-pelatihan-per-unit.csv"
    path.write_text(
        "kode_pelatihan,nama_pelatihan,unit_kerja,kuota_peserta\n"
        "PBJ-D,Pengadaan Barang/Jasa Dasar,Dinas Kesehatan,5\n"
        "PBJ-D,Pengadaan Barang/Jasa Dasar,Dinas Pendidikan,7\n"
        ",,,\n"
    )
    doc = load(path, path.read_text())
    assert doc.trainings == [] and doc.meta["doc_type"] == "tabel"
    assert [s.heading for s in doc.sections] == [
        ["PBJ-D — Pengadaan Barang/Jasa Dasar"],
        ["PBJ-D — Pengadaan Barang/Jasa Dasar"],
    ]
    second = doc.sections[1].text
    assert "unit kerja: Dinas Pendidikan" in second and "kuota peserta: 7" in second


def test_a_semicolon_csv_under_a_title_line_with_a_comma_in_every_row(tmp_path):
    """An export with its title above the header and a remark below the rows, its dates
    written "Senin, 5 Februari 2029": the semicolons are the delimiter (not the comma every
    line has), the header is the line below the title, and the title and remark are a note."""
    path = tmp_path / "jadwal-musrenbang.csv"
    path.write_text(
        "# Jadwal Musrenbang kecamatan (sumber: Bidang P3M, posisi 2 Januari 2029).\n"
        "No;Kecamatan;Hari, tanggal;Tempat;Pukul\n"
        "1;Muara Hilir;Senin, 5 Februari 2029;Aula Kantor Camat;08.30 WITA\n"
        "2;Muara Hulu;Rabu, 7 Februari 2029;Gedung Serbaguna;08.30 WITA\n"
        "3;Pasar Lama;Senin, 12 Februari 2029;Aula SMPN 7;09.00 WITA\n"
        '"# Bukan kegiatan pengembangan kompetensi, untuk evaluasi."\n'
    )
    doc = load(path, path.read_text())
    assert doc.title == "Jadwal Musrenbang kecamatan (sumber: Bidang P3M, posisi 2 Januari 2029)"
    note, *rows = doc.sections
    assert "posisi 2 Januari 2029" in note.text and "Bukan kegiatan" in note.text
    assert len(rows) == 3 and all(r.meta == {"kind": "table_row"} for r in rows)
    assert "Hari, tanggal: Rabu, 7 Februari 2029" in rows[1].text
    assert "Pukul: 09.00 WITA" in rows[2].text


@pytest.mark.parametrize(
    ("text", "first", "note"),
    [
        (  # an Indonesian-locale export: a comma in every date and amount
            "Hari, tanggal;Biaya\nSenin, 5 Februari 2029;Rp1.500.000,00\n"
            "Selasa, 6 Februari 2029;Rp2.000.000,00\nRabu, 7 Februari 2029;Rp500,00\n",
            {"Hari, tanggal": "Senin, 5 Februari 2029", "Biaya": "Rp1.500.000,00"},
            "",
        ),
        (  # one row whose cells hold commas
            "Kegiatan;Tanggal\nRapat koordinasi, evaluasi, dan pelaporan;Senin, 5 Februari 2029\n",
            {
                "Kegiatan": "Rapat koordinasi, evaluasi, dan pelaporan",
                "Tanggal": "Senin, 5 Februari 2029",
            },
            "",
        ),
        (  # a comma file whose column lists with semicolons
            "Kode,Nama,Syarat\nA1,Pelatihan A,PNS; gol III; sehat\nA2,Pelatihan B,PNS; gol II; sehat\n",
            {"Kode": "A1", "Nama": "Pelatihan A", "Syarat": "PNS; gol III; sehat"},
            "",
        ),
        (  # Excel pads a title line and a remark to the table's width
            "Rekap JP 2028;;;\nUnit;Target;Realisasi;Capaian\nSEK;10;12;120\nP3M;8;9;112\n"
            "# data sementara;;;\n",
            {"Unit": "SEK", "Target": "10", "Realisasi": "12", "Capaian": "120"},
            "Rekap JP 2028 data sementara",
        ),
        (  # a "#" title with a comma of its own above a comma file
            "# Rekap JP pegawai, posisi 15 Desember 2028\nUnit,Target\nSEK,10\nP3M,8\n",
            {"Unit": "SEK", "Target": "10"},
            "Rekap JP pegawai, posisi 15 Desember 2028",
        ),
    ],
)
def test_a_csvs_delimiter_header_and_notes(text, first, note):
    table = read_csv(text.encode())
    assert table.rows[0] == first and table.note == note


def test_a_training_table_with_columns_the_catalog_lacks_keeps_them_all(tmp_path):
    """A schedule with a quota per unit, a date range and a closing note: a catalog entry
    would drop those columns and the note row would fail the file, so it is read row by
    row, every column kept."""
    path = tmp_path / "kuota-pelatihan-irban-2026.csv"
    path.write_text(
        "kode_pelatihan,nama_pelatihan,durasi,tanggal_pelaksanaan,penyelenggara,kuota_irban_i\n"
        "PTS-12,Manajemen Risiko Sektor Publik,24 JP / 3 hari,5-7 Oktober 2026,PUSAKA APIP,4\n"
        '"Catatan: data fiktif, untuk evaluasi.",,,,,\n'
    )
    doc = load(path, path.read_text())
    assert doc.trainings == [] and doc.meta["doc_type"] == "tabel"
    first = doc.sections[0].text
    assert "tanggal pelaksanaan: 5-7 Oktober 2026" in first and "kuota irban i: 4" in first
    catalog = load(
        tmp_path / "k.csv", "kode,nama,jp,penyelenggara\nB1,Kearsipan,16,BPSDM Provinsi\n"
    )
    assert catalog.trainings[0].nama == "Kearsipan"


def test_a_recap_table_without_training_names_is_not_refused(tmp_path):
    path = tmp_path / "rekap-jp.csv"
    path.write_text("bidang;rata_rata_jp;pegawai_di_bawah_target\nMutasi;29;2\nSekretariat;26;5\n")
    doc = load(path, path.read_text())
    assert [s.heading for s in doc.sections] == [["Mutasi"], ["Sekretariat"]]
    assert "rata rata jp: 26" in doc.sections[1].text


def test_plain_text_sections_from_all_caps_lines_set_apart(tmp_path):
    text = (
        "BADAN CONTOH\n\nJADWAL DAN TATA TERTIB\nPELATIHAN DASAR ANGKATAN II\n\n"
        "I. GAMBARAN UMUM\n\nPelatihan diikuti empat puluh peserta.\n\n"
        "==========\nBAGIAN B. IZIN BELAJAR\n==========\nIzin belajar diajukan lewat SINAU.\n\n"
        "V. PENDAMPING\n\nMentor adalah atasan langsung.\n"
    )
    doc = load(tmp_path / "jadwal.txt", text)
    # under the letterhead (the issuing body), the title block (ingest.titles)
    assert doc.title == "JADWAL DAN TATA TERTIB PELATIHAN DASAR ANGKATAN II"
    assert [s.heading for s in doc.sections] == [
        [],
        ["I. GAMBARAN UMUM"],
        ["BAGIAN B. IZIN BELAJAR"],
        ["V. PENDAMPING"],
    ]
    assert "JADWAL DAN TATA TERTIB — PELATIHAN DASAR ANGKATAN II" in doc.sections[0].text
    assert "=====" not in " ".join(s.text for s in doc.sections)


def test_a_document_knows_its_own_number_and_the_rules_it_revokes():
    from ingest.document import rule_numbers

    revoking = (
        "SURAT EDARAN\nNOMOR 800/0088/BKD/2027\n\nDengan berlakunya Surat Edaran ini, Surat "
        "Edaran Nomor 800/0412/BKD/2025 dicabut. Peraturan Bupati Nomor 14 Tahun 2026 tetap "
        "berlaku."
    )
    assert rule_numbers(revoking) == {
        "number": "800/0088/bkd/2027",
        "revokes": ["800/0412/bkd/2025"],
    }
    revoked = (
        "SURAT EDARAN\nNOMOR 800/0412/BKD/2025\n\n> Status: DICABUT sejak 1 Juli 2027 oleh "
        "Surat Edaran\n> Nomor 800/0088/BKD/2027.\nSurat Edaran ini dicabut dengan Surat "
        "Edaran Nomor 800/0088/BKD/2027."
    )
    assert rule_numbers(revoked) == {"number": "800/0412/bkd/2025"}
    # a handbook naming the rule it follows, and what that rule revoked
    handbook = (
        "Pedoman ini menjabarkan Peraturan Kepala Dinas Nomor 2 Tahun 2027 tentang Pedoman "
        "Pengembangan Kompetensi, yang mencabut Peraturan Kepala Dinas Nomor 4 Tahun 2023."
    )
    assert rule_numbers(handbook) == {"revokes": ["4 tahun 2023"]}
    active = "Peraturan ini mencabut Peraturan Kepala Dinas Nomor 4 Tahun 2023."
    assert rule_numbers(active) == {"revokes": ["4 tahun 2023"]}


def test_an_amendment_revokes_the_rule_it_amends_and_names_the_articles_it_changes():
    from ingest.document import rule_numbers

    amendment = (
        "PERATURAN KEPALA DINAS NOMOR 2 TAHUN 2026 TENTANG PERUBAHAN ATAS PERATURAN KEPALA "
        "DINAS NOMOR 5 TAHUN 2023 TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI\n\n"
        "Pasal I\nBeberapa ketentuan dalam Peraturan Kepala Dinas Nomor 5 Tahun 2023 diubah "
        "sebagai berikut:\n1. Ketentuan Pasal 6 diubah sehingga berbunyi:\nPasal 6\n"
        "Setiap PNS wajib mengikuti paling sedikit 26 JP.\n"
        "2. Ketentuan Pasal 8 ayat (1) diubah sehingga berbunyi:\n(1) RPK disusun.\n"
        "3. Di antara Pasal 16 dan Pasal 17 disisipkan 1 (satu) pasal, yakni Pasal 16A.\n"
        "4. Pasal 13 dihapus.\n"
    )
    assert rule_numbers(amendment) == {
        "number": "2 tahun 2026",
        "revokes": ["5 tahun 2023"],
        "changed_articles": ["6", "8", "13"],
    }
    partly = (
        "KEPUTUSAN\nNOMOR 800/027/BK/2026\n\nKEENAM: Dengan berlakunya Keputusan ini, ketentuan "
        "Pasal 6 dan Pasal 9 ayat (2) Peraturan Kepala Badan Nomor 3 Tahun 2024 dinyatakan tidak "
        "berlaku, sedangkan ketentuan lainnya tetap berlaku."
    )
    assert rule_numbers(partly)["changed_articles"] == ["6", "9"]



def test_a_legal_basis_citing_an_amendment_revokes_nothing():
    """An SOP's legal basis names the rule and the rule amending it ("Nomor 1 Tahun 2030
    tentang Perubahan atas ... Nomor 2 Tahun 2029"): the 2029 rule stands, amended."""
    from ingest.document import rule_numbers

    sop = (
        "STANDAR OPERASIONAL PROSEDUR\n\n| Nomor SOP | SOP-DKP/JGK/03/2030 |\n\nDasar Hukum\n"
        "Peraturan Kepala Dinas Nomor 2 Tahun 2029 tentang Pengembangan Kompetensi Aparatur;\n\n"
        "Peraturan Kepala Dinas Nomor 1 Tahun 2030 tentang Perubahan atas Peraturan Kepala "
        "Dinas Nomor 2 Tahun 2029.\n"
    )
    assert "revokes" not in rule_numbers(sop)
    own = "PERATURAN KEPALA DINAS\nNOMOR 1 TAHUN 2030\n" + sop.split("Dasar Hukum\n")[1]
    assert rule_numbers(own)["revokes"] == ["2 tahun 2029"]  # under its own number
    plain = sop.split("Dasar Hukum\n")[1].split(";\n\n")[1]  # its own title, a plain line
    assert rule_numbers(plain + "\nKetentuan Pasal 4 diubah.")["revokes"] == ["2 tahun 2029"]

def test_a_letters_number_set_out_with_a_colon_is_its_own():
    from ingest.document import rule_numbers

    letter = (
        "PEMERINTAH KABUPATEN LEMBAH SARI\n\n"
        "Nomor    : 800.1/0598/DIKBUD/2026                      Tanjung Sari, 29 Juni 2026\n"
        "Sifat    : Penting\nPerihal  : Panggilan Peserta PPKS Tingkat II Angkatan III\n"
    )
    assert rule_numbers(letter) == {"number": "800.1/0598/dikbud/2026"}


def test_numbers_that_open_with_the_issuers_code_are_rule_numbers():
    """Central agencies number their circulars "SE-02/SU/KP.02/2026", "KEP-15/PUSBANGKOM/2026":
    a code before the digits."""
    from ingest.document import rule_numbers

    revoking = (
        "# Surat Edaran Sekretaris Utama Nomor SE-02/SU/KP.02/2026\n\n"
        "Dengan berlakunya Surat Edaran ini, Surat Edaran Sekretaris Utama Nomor "
        "SE-04/SU/KP.02/2024\ntentang Fasilitasi Biaya Sertifikasi **dicabut dan dinyatakan "
        "tidak berlaku**."
    )
    assert rule_numbers(revoking) == {
        "number": "se-02/su/kp.02/2026",
        "revokes": ["se-04/su/kp.02/2024"],
    }
    letter = "KEPUTUSAN KEPALA PUSAT\nNOMOR: KEP-15/PUSBANGKOM/2026\nTENTANG KURIKULUM"
    assert rule_numbers(letter) == {"number": "kep-15/pusbangkom/2026"}


def test_a_title_block_in_capitals_on_one_line_gives_the_rules_own_number():
    """A PDF's centred title block reads as one line; the rules it cites come later, each on
    a line of its own ("Nomor 11 Tahun 2017 tentang ...") and are not its number."""
    from ingest.document import rule_numbers

    regulation = (
        "PERATURAN KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH KABUPATEN SUNGAI RAMPAI "
        "NOMOR 3 TAHUN 2024\nTENTANG\nPEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI\n"
        "Mengingat : 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;\n"
        "Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil;"
    )
    assert rule_numbers(regulation) == {"number": "3 tahun 2024"}


def test_articles_of_a_rule_declared_no_longer_in_force_replace_it():
    from ingest.document import rule_numbers

    decree = (
        "KEPUTUSAN KEPALA BPKAD\nNOMOR 800.1.3/027/BPKAD/2026\n\nKEENAM : Dengan berlakunya "
        "Keputusan ini, ketentuan Pasal 6 dan Pasal 9 ayat (2) Peraturan Kepala BPKAD Nomor 3 "
        "Tahun 2024 tentang Pedoman Pengembangan Kompetensi Pegawai dinyatakan tidak berlaku."
    )
    assert rule_numbers(decree)["revokes"] == ["3 tahun 2024"]
    own = "SURAT EDARAN\nNOMOR 5 TAHUN 2026\n\nSurat Edaran ini dinyatakan tidak berlaku bagi PPPK."
    assert "revokes" not in rule_numbers(own)


def test_html_text_written_straight_into_divs_is_read_once_in_order(tmp_path):
    """A chat export or a portal writes its text in <div>s, not <p>s: that text is read (it
    was dropped, and a page of only such text was "no indexable text"), in the page's order, a
    line break or a nested block ending a line, each piece read once."""
    html = (
        "<html><head><title>Kanal Info</title></head><body><div class='history'>"
        "<div class='service'><div class='details'>5 January 2026</div></div>"
        "<div class='message'><div class='from'>Admin Kanal</div><div class='text'>Kelas "
        "<strong>ADL-02</strong> (6 JP) dibuka sampai 30 November 2026.<br>Daftar di "
        "<a href='#'>portal</a>.</div></div><div class='note'>Catatan awal<p>Kuota 20 orang."
        "</p>catatan akhir<ul><li>Bawa laptop.</li></ul></div></div></body></html>"
    )
    doc = load(tmp_path / "kanal.html", html)
    lines = [line for s in doc.sections for line in s.text.splitlines() if line.strip()]
    assert lines == [
        "5 January 2026",
        "Admin Kanal",
        "Kelas ADL-02 (6 JP) dibuka sampai 30 November 2026.",
        "Daftar di portal.",
        "Catatan awal",
        "Kuota 20 orang.",
        "catatan akhir",
        "- Bawa laptop.",
    ]


def test_record_cards_are_read_as_one_record_each(tmp_path):
    """A catalogue of cards (a two-column table per training: "Kode | ADL-04", "Prasyarat |
    ADL-03", the labels repeated on every card) reads each card as one record with its labels,
    not as a table headed by its first field ("Kode: Prasyarat; ADL-04: ADL-03"). A two-column
    table that is no card (its labels on no other table) keeps its header."""
    import docx

    from knowledge.reading.units import split_units

    document = docx.Document()
    fields = ("Kode", "Nama pelatihan", "JP", "Prasyarat")
    for values in (
        ("ADL-03", "Server Linux Dasar", "24 JP", "-"),
        ("ADL-04", "Server Linux Lanjutan", "24 JP", "ADL-03"),
    ):
        table = document.add_table(rows=4, cols=2)
        for row, label, value in zip(table.rows, fields, values, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    for _unit in ("Unit A", "Unit B"):  # the same plain table under each unit: no cards
        shifts = document.add_table(rows=3, cols=2)
        rows = (("Shift", "Jam"), ("Pagi", "07.00"), ("Malam", "23.00"))
        for row, cells in zip(shifts.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = cells
    path = tmp_path / "kartu.docx"
    document.save(path)
    units = split_units("\n".join(s.text for s in load_file(path, path.read_bytes()).sections))
    assert (
        "Kode: ADL-04; Nama pelatihan: Server Linux Lanjutan; JP: 24 JP; Prasyarat: ADL-03" in units
    )
    assert "Shift: Pagi; Jam: 07.00" in units
    assert not any("Kode: Nama pelatihan" in unit for unit in units)


def test_html_record_cards_are_read_as_one_record_each(tmp_path):
    cards = "".join(
        f"<table><tr><th>Nama</th><td>{name}</td></tr><tr><th>Jabatan</th><td>{role}</td></tr>"
        f"<tr><th>Unit</th><td>{unit}</td></tr></table>"
        for name, role, unit in (("Budi", "Sandiman", "Persandian"), ("Sari", "Statistisi", "Data"))
    )
    doc = load(tmp_path / "profil.html", f"<html><body><h1>Profil</h1>{cards}</body></html>")
    assert "| Nama | Jabatan | Unit |\n|---|---|---|\n| Sari | Statistisi | Data |" in (
        doc.sections[0].text
    )


TELEGRAM_EXPORT = """<html><head><title>Exported Data</title></head><body><div class="page_wrap">
<div class="page_header"><div class="content"><div class="text bold">Info Bangkom</div></div></div>
<div class="page_body chat_page"><div class="history">
<div class="message service" id="message-1"><div class="body details">5 January 2026</div></div>
<div class="message default clearfix" id="message2"><div class="pull_left userpic_wrap">
<div class="userpic"><div class="initials">IB</div></div></div><div class="body">
<div class="pull_right date details" title="05.01.2026 08:02:00 UTC+07:00">08:02</div>
<div class="from_name">Info Bangkom</div>
<div class="text">Kelas <strong>ADL-02</strong> (6 JP) dibuka.<br>Daftar di portal.</div></div></div>
<div class="message default clearfix joined" id="message3"><div class="body">
<div class="pull_right date details" title="05.01.2026 08:05:00 UTC+07:00">08:05</div>
<div class="text">Kuota 30 orang.</div></div></div>
<div class="message default clearfix" id="message4"><div class="body">
<div class="pull_right date details" title="12.03.2026 10:05:00 UTC+07:00">10:05</div>
<div class="from_name">Info Bangkom</div><div class="forwarded body">
<div class="from_name">Humas Pemkab<span class="date details"> 12.03.2026 09:40</span></div>
<div class="text">Layanan 112 versi baru diluncurkan.</div></div></div></div>
</div></div></div></body></html>"""


def test_a_telegram_chat_export_is_read_message_by_message(tmp_path):
    """Telegram Desktop's export: a message per section headed by its day and time (the day
    separator far above it dates nothing once the page is cut into passages), a forwarded one
    saying from whom, no avatar initials, sender or clock lines; named after its chat."""
    doc = load(tmp_path / "messages.html", TELEGRAM_EXPORT)
    assert doc.title == "Info Bangkom"
    assert [(s.heading, s.text) for s in doc.sections] == [
        (["5 Januari 2026 pukul 08.02"], "Kelas ADL-02 (6 JP) dibuka. Daftar di portal."),
        (["5 Januari 2026 pukul 08.05"], "Kuota 30 orang."),
        (
            ["12 Maret 2026 pukul 10.05"],
            "Diteruskan dari Humas Pemkab: Layanan 112 versi baru diluncurkan.",
        ),
    ]


def test_html_spanned_cells_keep_rows_in_line_and_a_row_headed_table_is_a_record(tmp_path):
    """A JDIH page: a cell spanning rows ("Persyaratan" down two) or columns is repeated where
    it spans, so a row's values stay under their columns (they slid left, under the wrong
    level); a metadata table of <th> labels and <td> values is one record."""
    html = (
        "<html><body><h1>Keputusan</h1><table><tr><th>Jenis</th><td>Keputusan</td></tr>"
        "<tr><th>Nomor</th><td>800/0412/2026</td></tr><tr><th>Tanggal berlaku</th>"
        "<td>1 April 2026</td></tr></table><table><thead><tr><th rowspan='2' colspan='2'>Aspek"
        "</th><th colspan='2'>Jenjang</th></tr><tr><th>Operator</th><th>Analis</th></tr></thead>"
        "<tbody><tr><th rowspan='2'>Persyaratan</th><td>Pelatihan</td><td>lulus ADL-08</td>"
        "<td>lulus ADL-09</td></tr><tr><td>Pengalaman</td><td>1 tahun</td><td>2 tahun</td></tr>"
        "<tr><th colspan='2'>Masa berlaku</th><td>3 tahun</td><td>4 tahun</td></tr></tbody>"
        "</table></body></html>"
    )
    from knowledge.reading.units import split_units

    units = split_units("\n".join(s.text for s in load(tmp_path / "jdih.html", html).sections))
    assert "Jenis: Keputusan; Nomor: 800/0412/2026; Tanggal berlaku: 1 April 2026" in units
    assert (
        "Aspek: Persyaratan; Aspek: Pengalaman; Jenjang Operator: 1 tahun; Jenjang Analis: 2 tahun"
        in units
    )  # "Jenjang" spans its levels, "Aspek" runs down beside them: one header
    assert (
        "Aspek: Masa berlaku; Aspek: Masa berlaku; Jenjang Operator: 3 tahun; Jenjang Analis: 4 tahun"
        in units
    )


def test_html_pages_read_in_order_once_whatever_their_shape(tmp_path):
    """An FAQ's answers written straight into <details> stay under their own question; a
    heading inside a <div> heads the text after it; a <font> wrapping blocks reads them once;
    two identical tables (a spacer, a table repeated per unit) are two tables; a title row
    spanning a table is its caption; a table in a cell keeps its own rows; server code and
    templates are no text."""
    html = (
        "<html><body><details><summary>Berapa biaya?</summary>Gratis.</details><details>"
        "<summary>Berapa lama?</summary>Tiga hari kerja.</details><div>Pengantar<h2>Bagian A"
        "</h2>Isi A</div><font face='Arial'><h2>Persyaratan</h2><p>Fotokopi KTP.</p></font>"
        "<table></table><p>antara</p><table></table><table><tr><td colspan='3'>JADWAL SHIFT"
        "</td></tr><tr><th>Shift</th><th>Mulai</th><th>Selesai</th></tr><tr><td>Pagi</td>"
        "<td>07.00</td><td>15.00</td></tr></table><table><tr><td rowspan='2'>L</td><td>"
        "<table><tr><td>a</td><td>b</td></tr></table></td></tr><tr><td>r2</td></tr></table>"
        "<?php echo $x; ?><template><p>rahasia</p></template></body></html>"
    )
    doc = load(tmp_path / "faq.html", html)
    by_heading = {" > ".join(s.heading): s.text for s in doc.sections}
    assert by_heading["Berapa biaya?"].strip() == "Gratis."
    assert by_heading["Berapa lama?"].startswith("Tiga hari kerja.")
    assert by_heading["Bagian A"].startswith("Isi A")
    body = "\n".join(s.text for s in doc.sections)
    assert body.count("Fotokopi KTP.") == 1 and "Persyaratan" in by_heading
    assert "JADWAL SHIFT\n\n| Shift | Mulai | Selesai |" in body or (
        "JADWAL SHIFT\n| Shift | Mulai | Selesai |" in body
    )
    assert "| L | a b |\n|---|---|\n| L | r2 |" in body
    assert "php" not in body and "rahasia" not in body


def test_html_pages_written_loosely_lose_nothing(tmp_path):
    """A <head> never closed (the parser then holds the body inside it), a page nested 1500
    <div>s deep, an ASP.NET page wrapping its whole body in one <form>, an article's own
    <header> with its headline: each is read, not left with "no indexable text"."""
    unclosed = load(tmp_path / "a.html", "<html><head><title>X</title><body><h2>S</h2><p>isi</p>")
    assert [(s.heading, s.text.strip()) for s in unclosed.sections] == [(["S"], "isi")]
    deep = load(tmp_path / "b.html", "<html><body>" + "<div>" * 1500 + "dalam" + "</div>" * 1500)
    assert deep.sections[0].text.strip() == "dalam"
    aspx = load(
        tmp_path / "c.html",
        "<html><body><form id='form1'><h1>Dinas</h1><p>Isi pengumuman.</p>"
        "<input value='Cari'><button>Kirim</button></form><form><input name='q'></form>"
        "<header>Menu situs</header><article><header><h2>Judul berita</h2></header>"
        "<p>Isi berita.</p></article></body></html>",
    )
    body = "\n".join(f"{' > '.join(s.heading)}: {s.text}" for s in aspx.sections)
    assert "Isi pengumuman." in body and "Judul berita: Isi berita." in body
    assert "Menu situs" not in body and "Kirim" not in body and "Cari" not in body


def test_a_portals_top_bar_and_breadcrumb_above_its_title_are_no_section(tmp_path):
    """A portal writes its greeting bar and breadcrumb straight into <div>s above the page's
    <h1>: no section of their own, and the <h1> stays the page's title rather than heading
    every section; <div> text below it is read."""
    html = (
        "<html><body><div class='topbar'>Selamat datang di portal resmi | Masuk</div>"
        "<div class='crumb'>Beranda » Pengumuman » Magang</div><h1>Pendaftaran Magang Dibuka"
        "</h1><p>Diterbitkan 1 Februari.</p><div>Kuota 20 orang.</div><h2>Persyaratan</h2>"
        "<ul><li>PNS</li></ul></body></html>"
    )
    doc = load(tmp_path / "magang.html", html)
    assert doc.title == "Pendaftaran Magang Dibuka"
    assert [(s.heading, s.text.strip()) for s in doc.sections] == [
        ([], "Diterbitkan 1 Februari.\n\nKuota 20 orang."),
        (["Persyaratan"], "- PNS"),
    ]


def test_html_preformatted_text_keeps_its_lines_and_makes_no_heading(tmp_path):
    """A <pre> block (a command, a highlighted snippet) keeps its line breaks, and its "# ..."
    comment line heads no section of its own."""
    html = (
        "<html><body><h2>Setup</h2><pre># pasang dulu\npip install x\n<span>def</span> f():\n"
        "    return 1</pre></body></html>"
    )
    doc = load(tmp_path / "pre.html", html)
    assert [s.heading for s in doc.sections] == [["Setup"]]
    assert "# pasang dulu\npip install x\ndef f():\n    return 1" in doc.sections[0].text


def test_html_forms_captions_totals_and_the_pages_own_header_are_read(tmp_path):
    """A registration form's drop-down lists its classes (seats left, full ones), each group's
    label above them, with no placeholder and no list of 61 days; a fieldset's legend heads its
    part; a <caption> names its table and a <tfoot> total comes last, as a browser shows them;
    a <header> holding the page's <h1> keeps the note under it."""
    days = "".join(f"<option>{d}</option>" for d in range(1, 62))
    html = (
        "<html><head><title>Formulir</title></head><body><header><h1>Pendaftaran Kelas</h1>"
        "<p>Sisa kursi per 22 Juli.</p></header><form><fieldset><legend>B. Pilihan kelas</legend>"
        "<label for='k'>Kelas</label><select id='k'><option value=''>-- Pilih --</option>"
        "<optgroup label='Kearsipan'><option>KA-06 Restorasi (sisa 2 kursi)</option>"
        "<option disabled>KA-02 Inaktif (PENUH)</option></optgroup></select>"
        f"<label for='t'>Tanggal</label><select id='t'>{days}</select>"
        "<p>Paling banyak 3 kelas.</p></fieldset></form><table><caption>Tabel 1. Realisasi"
        "</caption><thead><tr><th>Komponen</th><th>Jumlah</th><th>Ket</th></tr></thead><tfoot>"
        "<tr><th>Total</th><td>300</td><td></td></tr></tfoot><tbody><tr><td>Kelas</td><td>100"
        "</td><td>a</td></tr><tr><td>Uji</td><td>200</td><td>b</td></tr></tbody></table>"
        "</body></html>"
    )
    doc = load(tmp_path / "form.html", html)
    assert "Sisa kursi per 22 Juli." in doc.sections[0].text
    form = next(s.text for s in doc.sections if s.heading[-1:] == ["B. Pilihan kelas"])
    choices = [line for line in form.splitlines() if line.strip()]
    assert choices[choices.index("Kelas") + 1 :][:3] == [
        "Kearsipan:",
        "- KA-06 Restorasi (sisa 2 kursi)",
        "- KA-02 Inaktif (PENUH)",
    ]
    assert "Pilih" not in form and "- 17" not in form and "Paling banyak 3 kelas." in form
    table = form[form.index("Tabel 1. Realisasi") :]
    assert table.index("Komponen") < table.index("Kelas") < table.index("Uji")
    assert table.index("Uji") < table.index("Total")
