"""A changelog's entries are dated by their heading ("## [1.0.0] - 2031-10-01"), which the
entries do not repeat: a date asked of an entry is read from, and shown with, its heading."""

from __future__ import annotations

from tests.knowledge.test_answer import answerer_over

CHANGELOG = """# Catatan Perubahan SI-TEKUN

Semua perubahan penting pada aplikasi SI-TEKUN dicatat di sini.

## [1.1.0] - 2031-11-04

### Ditambahkan
- Unggah sertifikat langsung dari kamera ponsel.
- Kompresi otomatis untuk foto besar.

## [1.0.0] - 2031-10-01

### Ditambahkan
- Rilis perdana untuk pegawai Sekretariat.
- Pencatatan kegiatan belajar dan verifikasi satu tingkat.
"""


def test_an_entry_is_dated_by_its_heading(tmp_path, store, embedder):
    answerer = answerer_over(tmp_path, store, embedder, {"changelog-si-tekun.md": CHANGELOG})
    answer = answerer.answer("kapan SI-TEKUN versi 1.0.0 dirilis?")
    assert answer.outcome == "answer"
    assert "2031-10-01" in answer.text
    assert "2031-11-04" not in answer.text.split("Sumber")[0]


MINUTES = """# Notulen Rapat Tim Pengembangan Kompetensi

## Rapat 12 Maret 2031

### Pembahasan
- Pelatihan penulisan naskah dinas dilaksanakan setelah anggaran perubahan disahkan.
- Kuota peserta per bidang dibahas pada rapat berikutnya.
"""


def test_a_meetings_date_does_not_date_what_it_discussed(tmp_path, store, embedder):
    answerer = answerer_over(tmp_path, store, embedder, {"notulen-rapat.md": MINUTES})
    answer = answerer.answer("Kapan pelatihan penulisan naskah dinas dilaksanakan?")
    assert answer.outcome != "answer"  # the minutes say "setelah anggaran ... disahkan"


ROSTER = """# Rekap Diklat 2031

## Daftar Peserta Diklat Kepemimpinan (posisi Januari 2031)

Ikatan dinas peserta diklat kepemimpinan mengikuti aturan yang berlaku saat surat tugas terbit.
"""


def test_a_lists_position_date_does_not_date_what_its_entries_name(tmp_path, store, embedder):
    answerer = answerer_over(tmp_path, store, embedder, {"rekap-diklat-2031.md": ROSTER})
    answer = answerer.answer("Surat tugas diklat kepemimpinan 2031 terbit kapan?")
    assert "Januari 2031" not in answer.text.split("Sumber")[0].split("(")[0]
    assert answer.outcome != "answer"


RELEASE_NOTES = """# Catatan Rilis SI-LARAS

## Versi 2.4 - 9 Maret 2032
- Menu **Rencana Belajar** untuk menyusun rencana tahunan langsung di aplikasi.
- Batas ukuran berkas bukti tetap 5 MB.

## Versi 2.3 - 2 Februari 2032
- Ekspor rekap ke lembar kerja dari menu Laporan.
- Perbaikan: grafik unit kerja tidak menampilkan pegawai paruh waktu (dilaporkan 20 Januari 2032).
"""


def test_a_release_is_dated_by_its_heading_when_the_notes_title_names_the_release(
    tmp_path, store, embedder
):
    """ "dirilis kapan": the heading names no word asked, the notes' title ("Catatan Rilis")
    does; the entries name neither."""
    answerer = answerer_over(
        tmp_path, store, embedder, {"catatan-rilis-si-laras.md": RELEASE_NOTES}
    )
    answer = answerer.answer("menu rencana belajar si-laras dirilis kapan?")
    assert answer.outcome == "answer"
    assert "9 Maret 2032" in answer.text.split("Sumber")[0]


def test_the_version_that_fixed_an_entry_is_its_heading(tmp_path, store, embedder):
    """ "diperbaiki di versi berapa": a version is an identifier asked like a number; the
    fix, the second entry under its heading, is of that heading's version."""
    answerer = answerer_over(
        tmp_path, store, embedder, {"catatan-rilis-si-laras.md": RELEASE_NOTES}
    )
    answer = answerer.answer(
        "bug grafik unit kerja yg ga nampilin pegawai paruh waktu diperbaiki di versi brp?"
    )
    assert answer.outcome == "answer"
    shown = answer.text.split("Sumber")[0]
    assert "Versi 2.3" in shown and "Versi 2.4" not in shown


def test_a_sections_number_is_no_figure_asked_and_a_meetings_title_dates_nothing(
    tmp_path, store, embedder
):
    """ "nilai minimal kelulusan latsar brp": "7. Kelulusan Latsar" numbers a section, it is
    no pass mark (only "nomor/versi berapa" asks an identifier a heading gives); minutes
    titled "Notula Rapat Persiapan Uji Kompetensi" under "Rapat Selasa, 12 Maret 2031" do not
    date the test they discussed (only a release's bare label takes its notes' title)."""
    files = {
        "pedoman-latsar.md": "# Pedoman Latsar\n\n## 7. Kelulusan Latsar\n\n"
        "Peserta dinyatakan lulus latsar apabila memenuhi seluruh nilai minimal kelulusan.\n",
        "notula-uji.md": "# Notula Rapat Persiapan Uji Kompetensi 2031\n\n"
        "## Rapat Selasa, 12 Maret 2031\n\n"
        "- Uji pranata komputer angkatan 3 menunggu persetujuan anggaran.\n",
    }
    answerer = answerer_over(tmp_path, store, embedder, files)
    mark = answerer.answer("nilai minimal kelulusan latsar brp?")
    assert mark.outcome != "answer"
    when = answerer.answer("uji kompetensi pranata komputer angkatan 3 dilaksanakan kapan?")
    assert when.outcome != "answer"


NOTES = """# Catatan Rilis SI-TEKUN

## Riwayat versi

Versi 1.1.0 dirilis 7 September 2031.

- Tampilan ponsel dan unggah bukti langsung dari kamera.
- Daftar hadir kelas belajar diisi di aplikasi.

Versi 1.0.1 dirilis 10 Agustus 2031.

- Perbaikan: webinar dihitung ulang menurut tabel konversi.
"""


def test_a_release_line_opening_the_notes_numbers_each_entry(tmp_path, store, embedder):
    """ "Versi 1.1.0 dirilis 7 September 2031." over the entries: the version asked of an
    entry ("ada di versi brp") is that line's, as a heading's would be, up to the next
    release line, which numbers the entries below it."""
    answerer = answerer_over(tmp_path, store, embedder, {"catatan-rilis-si-tekun.md": NOTES})
    answer = answerer.answer("unggah dr kamera ada di versi brp?")
    assert answer.outcome == "answer"
    shown = answer.text.split("Sumber")[0]
    assert "1.1.0" in shown
    later = answerer.answer("webinar dihitung ulang ada di versi brp?")
    assert later.outcome == "answer" and "1.0.1" in later.text.split("Sumber")[0]


DATED = """# Catatan Perubahan SI-TEKUN

## 2031-09-07

- Unggah sertifikat langsung dari kamera ponsel.

## 2031-08-10

- Webinar dihitung ulang menurut tabel konversi.
"""


def test_a_heading_of_a_date_only_dates_its_entries(tmp_path, store, embedder):
    """ "## 2031-09-07" names nothing but its date: its entries are of the document the
    title names, and dated by it."""
    answerer = answerer_over(tmp_path, store, embedder, {"perubahan-si-tekun.md": DATED})
    answer = answerer.answer("fitur unggah dari kamera di SI-TEKUN dirilis kapan?")
    assert answer.outcome == "answer" and "2031-09-07" in answer.text
