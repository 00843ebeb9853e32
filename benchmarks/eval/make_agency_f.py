#!/usr/bin/env python3
"""Generate the binary documents of the fictional "agency F" evaluation set.

Agency F: RSUD Sekar Wangi, a (fictional) regional general hospital owned by the (fictional)
Provinsi Teluk Damar, main hospital in Kota Damar Jaya (WITA) and four Unit Pelayanan Satelit.
Everything is fictional ("fiktif, untuk evaluasi").

Writes into benchmarks/eval/agency_f/:
  pedoman-pengembangan-kompetensi-2026.pdf   (Peraturan Direktur, long handbook, BAB/Pasal)
  se-bantuan-biaya-2026.pdf                  (Surat Edaran 2026, revokes the 2024 one)
  kep-mentari-2026.docx                      (Keputusan Direktur on the MENTARI programme)

The other documents (CSV, HTML, Markdown, TXT) are plain files kept in the folder itself.

Usage:
  python make_agency_f.py            # write the binaries
  python make_agency_f.py --text     # print the plain source text of the binaries
                                     # (table cells joined with " | ")
  python make_agency_f.py --text NAME  # only the document whose file stem is NAME
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agency_f")

FIKTIF = "Dokumen fiktif, untuk evaluasi."


# --------------------------------------------------------------------------- building blocks
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def L(*items):
    return ("list", list(items))


def T(caption, header, rows, widths, header2=None):
    return ("table", {"caption": caption, "header": header, "rows": rows,
                      "widths": widths, "header2": header2})


def BR():
    return ("pagebreak", None)


def C(t):  # centred bold line (cover, titles)
    return ("center", t)


# --------------------------------------------------------------------------- pedoman (long PDF)
PEDOMAN = [
    C("PERATURAN DIREKTUR"),
    C("RUMAH SAKIT UMUM DAERAH SEKAR WANGI"),
    C("PROVINSI TELUK DAMAR"),
    C("NOMOR 12 TAHUN 2026"),
    C("TENTANG"),
    C("PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI"),
    C("RUMAH SAKIT UMUM DAERAH SEKAR WANGI"),
    P("(Dokumen fiktif, untuk evaluasi. Nama rumah sakit, provinsi, kota, pejabat, nomor "
      "dan angka dalam dokumen ini adalah rekaan dan tidak merujuk pada instansi nyata.)"),
    P("Diterbitkan oleh Bagian Pendidikan, Pelatihan dan Penelitian (Bagian Diklatlit) "
      "selaku pengelola Akademi SEKAR, Gedung Akademi SEKAR, Jalan Pelita Raya Nomor 21, "
      "Kota Damar Jaya."),
    BR(),
    H1("DAFTAR ISI"),
    L("BAB I Ketentuan Umum",
      "BAB II Kewajiban dan Target Jam Pelajaran",
      "BAB III Perencanaan Pengembangan Kompetensi",
      "BAB IV Jalur dan Bentuk Pengembangan Kompetensi",
      "BAB V Pelatihan Wajib dan Pelatihan Berjenjang",
      "BAB VI Penyelenggaraan Pelatihan",
      "BAB VII Mentoring, Coaching dan Komunitas Praktisi",
      "BAB VIII Evaluasi Pelatihan dan Sertifikat",
      "BAB IX Laporan Pasca Pelatihan dan Berbagi Pengetahuan",
      "BAB X Pembiayaan",
      "BAB XI Tugas Belajar dan Izin Belajar",
      "BAB XII Penghargaan dan Tindak Lanjut",
      "BAB XIII Ketentuan Peralihan dan Penutup",
      "Lampiran I Tabel Konversi Jam Pelajaran Kegiatan Nonklasikal",
      "Lampiran II Kalender Kegiatan Pengembangan Kompetensi Tahun 2026",
      "Lampiran III Contoh Perhitungan Capaian JP"),
    BR(),
    C("DIREKTUR RUMAH SAKIT UMUM DAERAH SEKAR WANGI,"),
    P("Menimbang:"),
    L("a. bahwa setiap pegawai Aparatur Sipil Negara wajib melakukan pengembangan kompetensi "
      "melalui pembelajaran secara terus menerus agar tetap relevan dengan tuntutan pelayanan "
      "kesehatan;",
      "b. bahwa Rumah Sakit sebagai Badan Layanan Umum Daerah memerlukan pedoman pengembangan "
      "kompetensi yang terintegrasi dengan sistem pembelajaran korporasi Akademi SEKAR;",
      "c. bahwa Peraturan Direktur Nomor 7 Tahun 2023 tentang Pedoman Pendidikan dan Pelatihan "
      "Pegawai sudah tidak sesuai dengan perkembangan sehingga perlu diganti;",
      "d. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b dan huruf c, "
      "perlu menetapkan Peraturan Direktur tentang Pedoman Pengembangan Kompetensi Pegawai."),
    P("Mengingat:"),
    L("1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
      "2. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
      "3. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
      "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
      "4. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
      "Kompetensi Pegawai Negeri Sipil;",
      "5. Peraturan Gubernur Teluk Damar Nomor 31 Tahun 2024 tentang Tata Kelola Rumah Sakit "
      "Umum Daerah Sekar Wangi (fiktif)."),
    P("MEMUTUSKAN:"),
    P("Menetapkan: PERATURAN DIREKTUR TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI RUMAH "
      "SAKIT UMUM DAERAH SEKAR WANGI."),
    BR(),
    # ---------------------------------------------------------------- BAB I
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Direktur ini yang dimaksud dengan:"),
    L("1. Rumah Sakit adalah Rumah Sakit Umum Daerah Sekar Wangi milik Pemerintah Provinsi "
      "Teluk Damar, yang terdiri atas rumah sakit induk di Kota Damar Jaya dan Unit Pelayanan "
      "Satelit.",
      "2. Direktur adalah Direktur Rumah Sakit.",
      "3. Pegawai adalah Pegawai Negeri Sipil (PNS) dan Pegawai Pemerintah dengan Perjanjian "
      "Kerja (PPPK) yang bekerja di Rumah Sakit, termasuk CPNS.",
      "4. Pengembangan Kompetensi adalah upaya untuk pemenuhan kebutuhan kompetensi Pegawai "
      "dengan standar kompetensi jabatan dan rencana pengembangan karier.",
      "5. Akademi SEKAR (Sarana Edukasi dan Keahlian Aparatur Rumah sakit) adalah sistem "
      "pembelajaran korporasi (corporate university) Rumah Sakit yang dikelola oleh Bagian "
      "Pendidikan, Pelatihan dan Penelitian.",
      "6. Bagian Diklatlit adalah Bagian Pendidikan, Pelatihan dan Penelitian yang berada di "
      "bawah Wakil Direktur Sumber Daya Manusia dan Pendidikan.",
      "7. SILAT (Sistem Informasi Layanan Pembelajaran Terpadu) adalah aplikasi daring Akademi "
      "SEKAR untuk pendaftaran, pencatatan jam pelajaran, evaluasi, sertifikat dan laporan.",
      "8. MENTARI (Mentoring Terstruktur Aparatur Rumah Sakit Inovatif) adalah program "
      "mentoring terstruktur bagi Pegawai baru dan Pegawai yang berpindah jabatan.",
      "9. KOPI SEHAT (Komunitas Praktisi Inovasi Layanan Sehat) adalah komunitas praktisi "
      "lintas profesi di lingkungan Rumah Sakit.",
      "10. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pembelajaran; satu JP "
      "sama dengan 45 (empat puluh lima) menit.",
      "11. Unit Pelayanan Satelit yang selanjutnya disingkat UPS adalah unit pelayanan Rumah "
      "Sakit di luar rumah sakit induk, yaitu UPS Batu Lintang, UPS Muara Jati, UPS Tanjung "
      "Selaka dan UPS Rimba Hijau.",
      "12. Atasan Langsung adalah pejabat yang secara langsung membawahi Pegawai, termasuk "
      "kepala ruangan bagi perawat dan bidan.",
      "13. Hari kerja adalah hari Senin sampai dengan Jumat, kecuali hari libur nasional dan "
      "cuti bersama."),
    H2("Pasal 2"),
    P("Peraturan Direktur ini dimaksudkan sebagai acuan bagi Pegawai, Atasan Langsung dan "
      "pengelola Akademi SEKAR dalam merencanakan, melaksanakan dan mengevaluasi pengembangan "
      "kompetensi. Tujuannya adalah sebagai berikut:"),
    L("a. menjamin setiap Pegawai memperoleh kesempatan belajar yang setara, baik di rumah "
      "sakit induk maupun di UPS;",
      "b. meningkatkan mutu pelayanan dan keselamatan pasien;",
      "c. menyelaraskan pengembangan kompetensi dengan sasaran kinerja Pegawai; dan",
      "d. menyediakan data jam pelajaran yang akurat dan dapat ditelusuri melalui SILAT."),
    H2("Pasal 3"),
    P("Ruang lingkup Peraturan Direktur ini meliputi kewajiban dan target JP, perencanaan, "
      "jalur dan bentuk pengembangan kompetensi, pelatihan wajib dan berjenjang, "
      "penyelenggaraan, mentoring dan coaching, evaluasi, laporan pasca pelatihan, pembiayaan, "
      "tugas belajar dan izin belajar, serta penghargaan dan tindak lanjut."),
    BR(),
    # ---------------------------------------------------------------- BAB II
    H1("BAB II KEWAJIBAN DAN TARGET JAM PELAJARAN"),
    H2("Pasal 4"),
    L("(1) Setiap Pegawai wajib mengikuti pengembangan kompetensi paling sedikit 24 (dua puluh "
      "empat) JP dalam satu tahun kalender.",
      "(2) Kewajiban sebagaimana dimaksud pada ayat (1) berlaku sama bagi PNS dan PPPK.",
      "(3) Pegawai yang mulai bertugas di Rumah Sakit setelah tanggal 30 Juni wajib memenuhi "
      "paling sedikit 12 (dua belas) JP pada tahun pertama.",
      "(4) Pelatihan Dasar CPNS yang diikuti pada tahun berjalan diakui sebagai pemenuhan "
      "target JP tahun tersebut.",
      "(5) JP yang melebihi target pada satu tahun tidak dapat dialihkan ke tahun berikutnya."),
    H2("Pasal 5"),
    P("Dari 24 JP sebagaimana dimaksud dalam Pasal 4, setiap kelompok jabatan wajib memenuhi "
      "komposisi jenis kompetensi minimal sebagaimana tercantum dalam Tabel 1."),
    T("Tabel 1. Target JP dan Komposisi Minimal per Kelompok Jabatan",
      ["Kelompok Jabatan", "Target JP per Tahun", "Minimal Teknis", "Minimal Manajerial",
       "Minimal Sosial Kultural"],
      [["Pejabat struktural (Kepala Bidang, Kepala Bagian, Kepala Subbagian, Kepala Seksi)",
        "24 JP", "6 JP", "8 JP", "2 JP"],
       ["Dokter dan dokter spesialis", "24 JP", "12 JP", "-", "2 JP"],
       ["Perawat dan bidan", "24 JP", "12 JP", "-", "2 JP"],
       ["Tenaga kesehatan lain (apoteker, tenaga teknis kefarmasian, analis laboratorium, "
        "radiografer, nutrisionis, fisioterapis)", "24 JP", "10 JP", "-", "2 JP"],
       ["Kepala ruangan dan kepala instalasi", "24 JP", "8 JP", "6 JP", "2 JP"],
       ["Tenaga administrasi dan penunjang non-kesehatan", "24 JP", "6 JP", "-", "2 JP"]],
      [60, 27, 27, 28, 28]),
    P("Seluruh Pegawai wajib memasukkan paling sedikit 2 JP kompetensi sosial kultural, antara "
      "lain pelatihan pelayanan prima, komunikasi budaya setempat atau anti perundungan."),
    H2("Pasal 6"),
    L("(1) Pengembangan kompetensi bagi tenaga medis dan tenaga kesehatan yang diakui sebagai "
      "JP menurut Peraturan ini dicatat di SILAT.",
      "(2) Pengakuan kegiatan sebagai Satuan Kredit Profesi untuk perpanjangan izin praktik "
      "mengikuti ketentuan organisasi profesi dan kementerian yang menyelenggarakan urusan "
      "kesehatan, dan tidak diatur dalam Peraturan Direktur ini."),
    H2("Pasal 7"),
    L("(1) Capaian JP Pegawai dipantau oleh Bagian Diklatlit setiap triwulan melalui dasbor "
      "SILAT.",
      "(2) Pegawai yang pada tanggal 30 Juni belum mencapai 12 JP menerima notifikasi otomatis "
      "dari SILAT dan Atasan Langsung wajib menyusun rencana pemenuhan bersama Pegawai.",
      "(3) Rekapitulasi capaian JP per unit disampaikan kepada Direktur paling lambat tanggal "
      "15 Januari tahun berikutnya."),
    BR(),
    # ---------------------------------------------------------------- BAB III
    H1("BAB III PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 8"),
    L("(1) Analisis Kebutuhan Pengembangan Kompetensi (AKPK) dilaksanakan setiap tahun pada "
      "bulan Juli sampai dengan Agustus.",
      "(2) AKPK dilakukan melalui dua analisis, yaitu analisis kesenjangan kompetensi dan "
      "analisis kesenjangan kinerja.",
      "(3) Analisis kesenjangan kompetensi membandingkan profil kompetensi Pegawai dengan "
      "standar kompetensi jabatan; analisis kesenjangan kinerja membandingkan capaian sasaran "
      "kinerja dengan target."),
    H2("Pasal 9"),
    L("(1) Setiap Pegawai menyusun Rencana Pengembangan Kompetensi Individu (RPKI) bersama "
      "Atasan Langsung.",
      "(2) RPKI diisi pada menu Rencana Belajar di SILAT paling lambat tanggal 31 Agustus.",
      "(3) RPKI memuat paling sedikit empat hal, yaitu kompetensi yang akan dikembangkan, "
      "bentuk kegiatan, perkiraan JP dan perkiraan waktu pelaksanaan."),
    H2("Pasal 10"),
    P("Rencana Pengembangan Kompetensi Rumah Sakit untuk tahun berikutnya ditetapkan oleh "
      "Direktur paling lambat tanggal 30 November. Rencana tersebut memuat:"),
    L("a. jenis kompetensi yang akan dikembangkan;",
      "b. sasaran Pegawai per unit dan per kelompok jabatan;",
      "c. jalur dan bentuk pengembangan kompetensi;",
      "d. penyelenggara, baik Akademi SEKAR maupun lembaga mitra;",
      "e. jadwal pelaksanaan; dan",
      "f. anggaran yang dibutuhkan beserta sumbernya."),
    H2("Pasal 11"),
    L("(1) Dalam melaksanakan perencanaan dan pengendalian, Direktur membentuk Komite "
      "Pengembangan Kompetensi.",
      "(2) Komite Pengembangan Kompetensi diketuai oleh Wakil Direktur Sumber Daya Manusia dan "
      "Pendidikan, dengan Kepala Bagian Diklatlit sebagai sekretaris.",
      "(3) Anggota Komite terdiri atas Ketua Komite Medik, Ketua Komite Keperawatan, Ketua "
      "Komite Tenaga Kesehatan Lain, Ketua Komite Mutu dan para Kepala UPS.",
      "(4) Komite bersidang paling sedikit empat kali dalam satu tahun, yaitu satu kali setiap "
      "triwulan."),
    BR(),
    # ---------------------------------------------------------------- BAB IV
    H1("BAB IV JALUR DAN BENTUK PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 12"),
    P("Pengembangan kompetensi dilaksanakan melalui jalur pendidikan dan jalur pelatihan. "
      "Jalur pelatihan terdiri atas pelatihan klasikal dan pelatihan nonklasikal."),
    P("Pelatihan klasikal di lingkungan Rumah Sakit meliputi bentuk-bentuk berikut:"),
    L("a. pelatihan teknis klinis dan nonklinis;",
      "b. pelatihan manajerial dan kepemimpinan;",
      "c. seminar, simposium dan lokakarya;",
      "d. kursus dan bimbingan teknis;",
      "e. in-house training yang diselenggarakan Akademi SEKAR."),
    P("Pelatihan nonklasikal di lingkungan Rumah Sakit meliputi bentuk-bentuk berikut:"),
    L("a. e-learning pada SILAT;",
      "b. mentoring melalui program MENTARI dan coaching oleh Atasan Langsung;",
      "c. komunitas praktisi KOPI SEHAT;",
      "d. pembacaan jurnal (journal reading), presentasi kasus dan bedside teaching;",
      "e. magang di rumah sakit rujukan, detasering dan patok banding;",
      "f. belajar mandiri."),
    H2("Pasal 13"),
    L("(1) Kegiatan nonklasikal dikonversi ke dalam JP menurut Tabel Konversi Jam Pelajaran "
      "sebagaimana tercantum dalam Lampiran I.",
      "(2) Kegiatan klasikal dihitung sesuai JP yang tercantum dalam sertifikat; satu hari "
      "pelatihan klasikal penuh dihitung paling banyak 8 JP.",
      "(3) Kegiatan yang tidak tercantum dalam Lampiran I dapat diakui setelah mendapat "
      "pertimbangan Komite Pengembangan Kompetensi."),
    H2("Pasal 14"),
    P("Pengakuan JP nonklasikal dibatasi dengan ketentuan sebagai berikut:"),
    L("a. belajar mandiri diakui paling banyak 10 JP dalam satu tahun;",
      "b. kegiatan KOPI SEHAT diakui paling banyak 12 JP dalam satu tahun;",
      "c. paling sedikit 8 JP dari target 24 JP wajib berasal dari pelatihan klasikal atau "
      "e-learning terstruktur pada SILAT; dan",
      "d. satu kegiatan hanya dapat diakui satu kali walaupun dilaporkan oleh lebih dari satu "
      "unit."),
    BR(),
    # ---------------------------------------------------------------- BAB V
    H1("BAB V PELATIHAN WAJIB DAN PELATIHAN BERJENJANG"),
    H2("Pasal 15"),
    P("Setiap Pegawai wajib mengikuti pelatihan wajib berikut sesuai ketentuan masa "
      "berlakunya:"),
    L("a. Orientasi Pegawai Baru sebanyak 16 JP, paling lambat 3 (tiga) bulan sejak mulai "
      "bertugas;",
      "b. Pencegahan dan Pengendalian Infeksi (PPI) Dasar sebanyak 8 JP, diulang setiap 2 (dua) "
      "tahun;",
      "c. Bantuan Hidup Dasar (BHD) bagi tenaga medis dan tenaga kesehatan sebanyak 12 JP, "
      "diulang setiap 2 (dua) tahun;",
      "d. BHD Awam bagi tenaga administrasi dan penunjang non-kesehatan sebanyak 4 JP, diulang "
      "setiap 3 (tiga) tahun; dan",
      "e. Pelatihan Keselamatan Pasien dan Mutu Tingkat I sebanyak 16 JP, paling lambat "
      "dua belas bulan sejak mulai bertugas."),
    H2("Pasal 16"),
    L("(1) Pelatihan Keselamatan Pasien dan Mutu (PKPM) diselenggarakan secara berjenjang dalam "
      "tiga tingkat, yaitu Tingkat I, Tingkat II dan Tingkat III.",
      "(2) Sasaran, JP, lama pelatihan, kuota per angkatan dan persyaratan setiap tingkat "
      "tercantum dalam Tabel 2.",
      "(3) Pegawai tidak dapat mengikuti tingkat yang lebih tinggi sebelum lulus tingkat di "
      "bawahnya."),
    T("Tabel 2. Jenjang Pelatihan Keselamatan Pasien dan Mutu (PKPM)",
      ["Tingkat", "Sasaran", "JP", "Lama", "Kuota per Angkatan", "Persyaratan"],
      [["Tingkat I", "Seluruh Pegawai, termasuk Pegawai baru", "16 JP", "2 hari", "40 orang",
        "Masa kerja paling singkat 3 bulan"],
       ["Tingkat II", "Kepala ruangan, penanggung jawab shift dan anggota tim mutu unit",
        "32 JP", "4 hari", "30 orang",
        "Lulus Tingkat I dan masa kerja paling singkat 2 tahun"],
       ["Tingkat III", "Anggota Komite Mutu dan calon fasilitator internal", "48 JP",
        "6 hari", "20 orang",
        "Lulus Tingkat II paling singkat 1 tahun sebelumnya dan rekomendasi Ketua Komite Mutu"]],
      [20, 40, 14, 16, 24, 56]),
    P("Pada tahun 2026 PKPM Tingkat I diselenggarakan dalam empat angkatan, Tingkat II dalam "
      "dua angkatan dan Tingkat III dalam satu angkatan. Pembagian kuota per unit ditetapkan "
      "dalam daftar kuota pelatihan per unit."),
    H2("Pasal 17"),
    L("(1) Akademi SEKAR menyelenggarakan dua pelatihan komunikasi yang berbeda, yaitu "
      "Pelatihan Komunikasi Efektif dengan Pasien dan Keluarga (KEP) dan Pelatihan Komunikasi "
      "Efektif Antarprofesi (KEA).",
      "(2) KEP berbobot 12 JP dengan kuota 35 orang per angkatan, ditujukan bagi perawat, bidan "
      "dan petugas pendaftaran pasien.",
      "(3) KEA berbobot 16 JP dengan kuota 25 orang per angkatan, ditujukan bagi profesional "
      "pemberi asuhan, dengan materi komunikasi SBAR dan TBaK dalam serah terima pasien.",
      "(4) Pegawai dapat mengikuti kedua pelatihan tersebut; keikutsertaan pada KEP bukan "
      "persyaratan untuk mengikuti KEA."),
    H2("Pasal 18"),
    L("(1) Pelatihan Kepemimpinan Pengawas, Pelatihan Kepemimpinan Administrator dan Pelatihan "
      "Kepemimpinan Nasional Tingkat II diselenggarakan oleh lembaga pelatihan yang "
      "terakreditasi.",
      "(2) Rumah Sakit mengusulkan calon peserta kepada Badan Pengembangan Sumber Daya Manusia "
      "Provinsi Teluk Damar; kuota peserta ditetapkan oleh badan tersebut.",
      "(3) Usulan calon peserta pelatihan kepemimpinan disampaikan paling lambat tanggal 31 "
      "Oktober untuk pelaksanaan tahun berikutnya."),
    BR(),
    # ---------------------------------------------------------------- BAB VI
    H1("BAB VI PENYELENGGARAAN PELATIHAN"),
    H2("Pasal 19"),
    L("(1) Pendaftaran pelatihan dilakukan oleh Pegawai melalui SILAT dan wajib disetujui "
      "Atasan Langsung pada SILAT.",
      "(2) Pendaftaran ditutup paling lambat 10 (sepuluh) hari kerja sebelum pelatihan dimulai, "
      "kecuali ditentukan lain dalam pengumuman.",
      "(3) Bagian Diklatlit mengumumkan hasil seleksi peserta paling lambat 5 (lima) hari kerja "
      "sebelum pelatihan dimulai.",
      "(4) Apabila jumlah pendaftar melebihi kuota, prioritas diberikan kepada Pegawai yang "
      "capaian JP tahun berjalannya paling rendah dan Pegawai yang belum pernah mengikuti "
      "pelatihan sejenis."),
    H2("Pasal 20"),
    P("Pelatihan klasikal di rumah sakit induk dilaksanakan menurut jadwal harian pada Tabel 3. "
      "Seluruh waktu dinyatakan dalam Waktu Indonesia Tengah (WITA)."),
    T("Tabel 3. Jadwal Harian Pelatihan Klasikal",
      ["Hari", "Sesi Pagi", "Istirahat", "Sesi Siang", "Catatan"],
      [["Senin - Kamis", "pukul 07.30-12.00 WITA", "12.00-13.00 WITA", "13.00-16.00 WITA",
        "Rehat kopi 15 menit pada pukul 10.00 WITA"],
       ["Jumat", "pukul 07.30-11.00 WITA", "11.00-13.30 WITA", "13.30-16.00 WITA",
        "Didahului senam pagi pukul 07.00 WITA"],
       ["Sabtu (khusus pelatihan bagi petugas shift)", "pukul 08.00-12.00 WITA", "-", "-",
        "Hanya sesi pagi, paling banyak 4 JP"]],
      [34, 36, 30, 30, 50]),
    L("(1) Peserta wajib hadir paling sedikit 90% (sembilan puluh persen) dari seluruh sesi.",
      "(2) Peserta yang terlambat lebih dari 30 menit dianggap tidak hadir pada sesi tersebut.",
      "(3) Presensi dilakukan dengan memindai kode QR melalui SILAT pada awal setiap sesi."),
    H2("Pasal 21"),
    L("(1) Pelatihan dapat diselenggarakan di UPS dengan fasilitator internal atau secara daring "
      "melalui Ruang Virtual SILAT.",
      "(2) Peserta dari UPS yang mengikuti pelatihan klasikal di rumah sakit induk memperoleh "
      "fasilitas penginapan di Wisma Sekar dan penggantian biaya transportasi sesuai standar "
      "biaya Rumah Sakit.",
      "(3) Pelatihan daring sinkron dibatasi paling lama 4 JP per hari dengan jeda paling "
      "singkat 15 menit setiap 90 menit."),
    H2("Pasal 22"),
    L("(1) Fasilitator internal adalah Pegawai yang telah lulus PKPM Tingkat III atau pelatihan "
      "fasilitator yang diakui Akademi SEKAR, dan ditetapkan dengan Keputusan Direktur.",
      "(2) Besaran honorarium fasilitator internal diatur tersendiri dalam standar biaya Rumah "
      "Sakit."),
    H2("Pasal 23"),
    L("(1) Pegawai yang bertugas dalam sistem shift dan dijadwalkan mengikuti pelatihan "
      "klasikal dibebaskan dari dinas malam sebelum hari pertama pelatihan.",
      "(2) Kepala ruangan mengatur pengganti jaga paling lambat 3 (tiga) hari kerja sebelum "
      "pelatihan dimulai.",
      "(3) Hari pelatihan klasikal dihitung sebagai hari kerja dan tidak mengurangi hak cuti "
      "Pegawai."),
    BR(),
    # ---------------------------------------------------------------- BAB VII
    H1("BAB VII MENTORING, COACHING DAN KOMUNITAS PRAKTISI"),
    H2("Pasal 24"),
    L("(1) Program MENTARI berlangsung selama 6 (enam) bulan untuk setiap angkatan.",
      "(2) Sasaran MENTARI adalah CPNS dan PPPK pada tahun pertama penugasan serta Pegawai yang "
      "berpindah jabatan atau berpindah unit pelayanan.",
      "(3) Pertemuan mentoring dilaksanakan paling sedikit 2 (dua) kali dalam satu bulan dengan "
      "durasi 60-90 menit setiap sesi, secara tatap muka atau daring.",
      "(4) Satu mentor mendampingi paling banyak 4 (empat) mentee.",
      "(5) Setiap sesi mentoring yang tercatat di SILAT diakui 2 JP, paling banyak 4 JP dalam "
      "satu bulan, baik bagi mentor maupun mentee."),
    P("Pegawai yang dapat ditetapkan sebagai mentor MENTARI harus memenuhi persyaratan berikut:"),
    L("a. masa kerja paling singkat 5 (lima) tahun;",
      "b. predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir;",
      "c. telah mengikuti orientasi mentor sebanyak 8 JP; dan",
      "d. tidak sedang menjalani hukuman disiplin."),
    P("Mentor ditetapkan setiap tahun dengan Keputusan Direktur, yang juga memuat kuota mentee "
      "per unit dan jadwal program."),
    H2("Pasal 25"),
    L("(1) Coaching dilakukan oleh Atasan Langsung dengan model TIRTA (Tujuan, Identifikasi, "
      "Rencana aksi, TAnggung jawab).",
      "(2) Atasan Langsung melaksanakan paling sedikit satu sesi coaching dalam setiap "
      "triwulan, yang dapat dirangkaikan dengan dialog kinerja.",
      "(3) Satu sesi coaching berlangsung 30-60 menit dan diakui 2 JP, paling banyak 2 sesi "
      "dalam satu bulan."),
    H2("Pasal 26"),
    L("(1) KOPI SEHAT bertemu secara rutin setiap bulan dalam format hibrida dan terbuka bagi "
      "seluruh Pegawai.",
      "(2) Kehadiran pada satu pertemuan KOPI SEHAT diakui 2 JP, dengan batas pengakuan "
      "sebagaimana dimaksud dalam Pasal 14 huruf b.",
      "(3) Pengelolaan KOPI SEHAT, termasuk jadwal, simpul di setiap lokasi dan tema tahunan, "
      "ditetapkan oleh pengurus komunitas bersama Bagian Diklatlit."),
    BR(),
    # ---------------------------------------------------------------- BAB VIII
    H1("BAB VIII EVALUASI PELATIHAN DAN SERTIFIKAT"),
    H2("Pasal 27"),
    P("Evaluasi pelatihan dilakukan dengan mengadaptasi empat level evaluasi Kirkpatrick, "
      "yaitu:"),
    L("a. Level 1 (reaksi): peserta menilai materi, fasilitator, metode, sarana, jadwal dan "
      "relevansi dengan pekerjaan pada skala 1-5, paling lambat 3 (tiga) hari kerja setelah "
      "pelatihan berakhir;",
      "b. Level 2 (pembelajaran): pre-test dan post-test, dengan nilai kelulusan post-test "
      "paling rendah 70 (tujuh puluh);",
      "c. Level 3 (perilaku): penilaian penerapan oleh Atasan Langsung 3 (tiga) bulan setelah "
      "pelatihan; dan",
      "d. Level 4 (hasil): analisis dampak terhadap indikator mutu unit, yang dilakukan khusus "
      "untuk PKPM Tingkat II dan Tingkat III."),
    P("Peserta yang nilai post-test-nya di bawah 70 dapat mengikuti ujian ulang satu kali dalam "
      "waktu 7 (tujuh) hari kerja."),
    H2("Pasal 28"),
    L("(1) Sertifikat elektronik pelatihan Akademi SEKAR diterbitkan melalui SILAT setelah "
      "peserta mengisi evaluasi Level 1 dan mengunggah laporan pelaksanaan.",
      "(2) Sertifikat dari penyelenggara di luar Rumah Sakit diunggah sendiri oleh Pegawai ke "
      "SILAT dan diverifikasi oleh admin SILAT unit.",
      "(3) Pegawai tetap bertanggung jawab memperbarui riwayat pelatihan pada aplikasi "
      "kepegawaian nasional; SILAT tidak mengirim data secara otomatis ke aplikasi tersebut."),
    BR(),
    # ---------------------------------------------------------------- BAB IX
    H1("BAB IX LAPORAN PASCA PELATIHAN DAN BERBAGI PENGETAHUAN"),
    H2("Pasal 29"),
    L("(1) Setiap peserta pelatihan, baik yang diselenggarakan Akademi SEKAR maupun pihak "
      "lain, wajib menyusun dua laporan, yaitu laporan pelaksanaan dan laporan penerapan hasil "
      "pelatihan.",
      "(2) Laporan pelaksanaan diunggah ke SILAT paling lambat 7 (tujuh) hari kerja setelah "
      "pelatihan berakhir.",
      "(3) Laporan penerapan hasil pelatihan diunggah paling lambat 3 (tiga) bulan setelah "
      "pelatihan berakhir.",
      "(4) Atasan Langsung memverifikasi setiap laporan paling lambat 5 (lima) hari kerja sejak "
      "laporan diunggah."),
    H2("Pasal 30"),
    P("Laporan penerapan hasil pelatihan paling sedikit memuat:"),
    L("a. identitas pelatihan, yaitu nama, penyelenggara, tanggal dan JP;",
      "b. tiga pembelajaran utama;",
      "c. rencana tindak lanjut yang dikaitkan dengan sasaran kinerja Pegawai;",
      "d. hal yang telah diterapkan beserta bukti;",
      "e. dampak terhadap pekerjaan atau pelayanan;",
      "f. kendala dan dukungan yang dibutuhkan; dan",
      "g. verifikasi Atasan Langsung."),
    H2("Pasal 31"),
    L("(1) Pegawai yang mengikuti pelatihan di luar Rumah Sakit dengan biaya Rumah Sakit wajib "
      "berbagi pengetahuan kepada rekan kerja paling lambat 30 (tiga puluh) hari kalender "
      "setelah pelatihan berakhir.",
      "(2) Kegiatan berbagi pengetahuan dilaksanakan paling sedikit satu sesi selama 60 menit, "
      "dapat melalui forum KOPI SEHAT atau rapat unit.",
      "(3) Pegawai yang belum menyelesaikan laporan pelaksanaan tidak dapat didaftarkan pada "
      "pelatihan berikutnya melalui SILAT."),
    BR(),
    # ---------------------------------------------------------------- BAB X
    H1("BAB X PEMBIAYAAN"),
    H2("Pasal 32"),
    P("Pembiayaan pengembangan kompetensi dapat bersumber dari:"),
    L("a. anggaran Badan Layanan Umum Daerah (BLUD) Rumah Sakit;",
      "b. Anggaran Pendapatan dan Belanja Daerah Provinsi Teluk Damar;",
      "c. sponsor yang tidak mengikat, setelah mendapat persetujuan Direktur; dan",
      "d. biaya mandiri Pegawai."),
    H2("Pasal 33"),
    L("(1) Pegawai yang mengikuti pelatihan atau sertifikasi dengan biaya sendiri dapat "
      "mengajukan bantuan biaya kepada Rumah Sakit.",
      "(2) Besaran, persyaratan dan tata cara pengajuan bantuan biaya ditetapkan dengan Surat "
      "Edaran Direktur.",
      "(3) Pegawai yang mengundurkan diri dari pelatihan berbayar tanpa alasan yang sah setelah "
      "ditetapkan sebagai peserta wajib mengganti biaya yang telah dikeluarkan Rumah Sakit."),
    H2("Pasal 34"),
    P("Alokasi anggaran pengembangan kompetensi per unit ditetapkan setiap tahun bersama dengan "
      "kuota pelatihan per unit. Setiap unit wajib menggunakan paling sedikit 40% (empat puluh "
      "persen) dari alokasinya sebelum tanggal 30 Juni."),
    BR(),
    # ---------------------------------------------------------------- BAB XI
    H1("BAB XI TUGAS BELAJAR DAN IZIN BELAJAR"),
    H2("Pasal 35"),
    L("(1) Tugas belajar hanya diberikan kepada PNS; PPPK dapat menempuh pendidikan melalui "
      "izin belajar.",
      "(2) Persyaratan tugas belajar adalah masa kerja paling singkat 2 (dua) tahun, predikat "
      "kinerja paling rendah Baik dalam 2 (dua) tahun terakhir dan program studi sesuai "
      "dengan rencana kebutuhan Rumah Sakit.",
      "(3) Penerima tugas belajar menjalani ikatan dinas selama dua kali masa studi ditambah "
      "satu tahun.",
      "(4) Setiap semester tugas belajar yang diselesaikan diakui 20 JP."),
    H2("Pasal 36"),
    L("(1) Izin belajar diajukan melalui SILAT paling lambat 30 (tiga puluh) hari kalender "
      "sebelum perkuliahan dimulai.",
      "(2) Perkuliahan dalam rangka izin belajar dilaksanakan di luar jam dinas dan atas "
      "biaya sendiri.",
      "(3) Izin belajar tidak diakui sebagai JP, kecuali kegiatan yang memenuhi ketentuan "
      "Lampiran I."),
    BR(),
    # ---------------------------------------------------------------- BAB XII
    H1("BAB XII PENGHARGAAN DAN TINDAK LANJUT"),
    H2("Pasal 37"),
    L("(1) Setiap tahun Direktur memberikan penghargaan Insan Pembelajar Sekar Wangi kepada "
      "tiga Pegawai dengan capaian pengembangan kompetensi terbaik pada setiap kelompok jabatan.",
      "(2) Unit dengan persentase Pegawai mencapai target JP tertinggi memperoleh penghargaan "
      "Unit Pembelajar Terbaik.",
      "(3) Penghargaan diserahkan pada peringatan hari ulang tahun Rumah Sakit setiap tanggal "
      "17 Mei."),
    H2("Pasal 38"),
    P("Pegawai yang tidak memenuhi target JP ditindaklanjuti menurut Tabel 4."),
    T("Tabel 4. Tindak Lanjut Capaian JP Tahunan",
      ["Capaian JP Tahunan", "Tindak Lanjut", "Pelaksana"],
      [["24 JP atau lebih", "Tidak ada tindak lanjut; capaian dicatat sebagai bahan penilaian "
        "kinerja", "Bagian Diklatlit"],
       ["16 sampai 23 JP", "Teguran lisan dan rencana pemenuhan paling lambat triwulan I tahun "
        "berikutnya", "Atasan Langsung"],
       ["8 sampai 15 JP", "Teguran tertulis dan prioritas pendaftaran pada pelatihan "
        "berikutnya", "Atasan Langsung dan Kepala Bagian Diklatlit"],
       ["Kurang dari 8 JP", "Dipertimbangkan dalam penilaian perilaku kerja dan pembinaan oleh "
        "Wakil Direktur Sumber Daya Manusia dan Pendidikan", "Wakil Direktur SDM dan Pendidikan"]],
      [45, 90, 35]),
    BR(),
    # ---------------------------------------------------------------- BAB XIII
    H1("BAB XIII KETENTUAN PERALIHAN DAN PENUTUP"),
    H2("Pasal 39"),
    L("(1) Penilaian capaian JP tahun 2025 tetap menggunakan target 20 JP sebagaimana diatur "
      "dalam Peraturan Direktur Nomor 7 Tahun 2023.",
      "(2) Target 24 JP sebagaimana dimaksud dalam Pasal 4 berlaku mulai tahun 2026."),
    H2("Pasal 40"),
    P("Pada saat Peraturan Direktur ini mulai berlaku, Peraturan Direktur Nomor 7 Tahun 2023 "
      "tentang Pedoman Pendidikan dan Pelatihan Pegawai dicabut dan dinyatakan tidak berlaku."),
    H2("Pasal 41"),
    P("Peraturan Direktur ini mulai berlaku pada tanggal ditetapkan."),
    P("Ditetapkan di Damar Jaya pada tanggal 5 Januari 2026."),
    P("DIREKTUR RUMAH SAKIT UMUM DAERAH SEKAR WANGI, dr. Hendrawan Lapasila, Sp.PD., M.Kes."),
    BR(),
    # ---------------------------------------------------------------- LAMPIRAN I
    H1("LAMPIRAN I TABEL KONVERSI JAM PELAJARAN KEGIATAN NONKLASIKAL"),
    P("Lampiran ini merupakan bagian tidak terpisahkan dari Peraturan Direktur Nomor 12 Tahun "
      "2026. Konversi di bawah ini berlaku untuk kegiatan yang dicatat dan dibuktikan di SILAT. "
      "Bukti yang diterima berupa sertifikat, daftar hadir, notula atau tangkapan layar "
      "penyelesaian modul."),
    P("Ketentuan umum konversi adalah sebagai berikut:"),
    L("a. konversi dihitung per kegiatan, bukan per jam kehadiran, kecuali dinyatakan lain;",
      "b. kegiatan yang berlangsung kurang dari 60 menit tidak diakui sebagai JP;",
      "c. batas harian dan tahunan dalam tabel ini tidak dapat dilampaui walaupun kegiatan "
      "berlangsung lebih lama."),
    T("Tabel 5. Konversi JP Kegiatan Nonklasikal",
      ["No", "Kegiatan", "Satuan", "Pengakuan JP", "Batas"],
      [["1", "Seminar atau simposium", "1 hari", "4 JP", "-"],
       ["2", "Webinar", "1 kegiatan 2-3 jam", "2 JP", "Paling banyak 4 JP per hari"],
       ["3", "Lokakarya (workshop)", "1 hari", "6 JP", "-"],
       ["4", "Kongres atau pertemuan ilmiah tahunan organisasi profesi", "1 hari", "6 JP",
        "Paling banyak 18 JP per kegiatan"],
       ["5", "Sosialisasi kebijakan Rumah Sakit", "1 sesi", "2 JP", "-"],
       ["6", "E-learning terstruktur pada SILAT", "1 modul", "Sesuai JP modul",
        "Paling banyak 3 JP per hari"],
       ["7", "E-learning pada platform eksternal", "1 kursus bersertifikat",
        "Sesuai sertifikat", "Paling banyak 8 JP per kursus"],
       ["8", "Mentoring MENTARI (mentor atau mentee)", "1 sesi 60-90 menit", "2 JP",
        "Paling banyak 4 JP per bulan"],
       ["9", "Coaching oleh Atasan Langsung", "1 sesi 30-60 menit", "2 JP",
        "Paling banyak 2 sesi per bulan"],
       ["10", "Pertemuan KOPI SEHAT", "1 pertemuan", "2 JP", "Paling banyak 12 JP per tahun"],
       ["11", "Pembacaan jurnal (journal reading)", "1 sesi", "2 JP",
        "Penyaji memperoleh tambahan 1 JP"],
       ["12", "Presentasi kasus atau audit klinis", "1 sesi", "2 JP",
        "Penyaji memperoleh tambahan 1 JP"],
       ["13", "Bedside teaching", "1 sesi", "2 JP", "Paling banyak 4 JP per bulan"],
       ["14", "Belajar mandiri dengan resume yang disetujui Atasan Langsung", "1 hari",
        "2 JP", "Paling banyak 10 JP per tahun"],
       ["15", "Patok banding (benchmarking) ke rumah sakit lain", "1 kegiatan", "10 JP", "-"],
       ["16", "Magang di rumah sakit rujukan", "2 minggu", "20 JP",
        "Paling banyak 40 JP per tahun"],
       ["17", "Detasering", "1 kegiatan", "20 JP", "-"],
       ["18", "Narasumber atau fasilitator pelatihan internal", "1 sesi", "3 JP",
        "Paling banyak 12 JP per tahun"],
       ["19", "Penulisan artikel ilmiah yang terbit di jurnal nasional", "1 artikel", "8 JP",
        "-"],
       ["20", "Penulisan artikel ilmiah yang terbit di jurnal internasional", "1 artikel",
        "12 JP", "-"],
       ["21", "Penyusunan standar prosedur operasional baru", "1 dokumen", "4 JP",
        "Paling banyak 8 JP per tahun"],
       ["22", "Tugas belajar", "1 semester", "20 JP", "-"],
       ["23", "Simulasi tanggap darurat (code blue, kebakaran, evakuasi)", "1 kegiatan",
        "2 JP", "-"],
       ["24", "Rapat tim mutu yang memuat kajian insiden keselamatan pasien", "1 rapat",
        "1 JP", "Paling banyak 6 JP per tahun"],
       ["25", "Kunjungan lapangan dalam rangka pelatihan", "1 hari", "4 JP", "-"],
       ["26", "Pembimbingan mahasiswa praktik klinik", "1 bulan", "2 JP",
        "Paling banyak 8 JP per tahun"]],
      [10, 70, 34, 26, 40]),
    P("Kegiatan yang tidak tercantum pada Tabel 5 diajukan melalui menu Pengakuan Lain di SILAT "
      "dan diputuskan oleh Komite Pengembangan Kompetensi dalam sidang triwulan berikutnya."),
    BR(),
    # ---------------------------------------------------------------- LAMPIRAN II
    H1("LAMPIRAN II KALENDER KEGIATAN PENGEMBANGAN KOMPETENSI TAHUN 2026"),
    P("Kalender berikut merupakan acuan tahapan tahunan. Tanggal pelaksanaan setiap pelatihan "
      "diumumkan melalui SILAT dan portal Akademi SEKAR."),
    T("Tabel 6. Kalender Tahapan Tahun 2026",
      ["Waktu", "Kegiatan", "Penanggung Jawab"],
      [["Januari", "Penetapan mentor MENTARI dan kuota pelatihan per unit",
        "Direktur dan Bagian Diklatlit"],
       ["15 Januari", "Penyampaian rekapitulasi capaian JP tahun sebelumnya kepada Direktur",
        "Bagian Diklatlit"],
       ["Februari", "Pendaftaran PKPM Tingkat I dan Tingkat II", "Bagian Diklatlit"],
       ["Maret", "Sidang triwulan I Komite Pengembangan Kompetensi", "Wakil Direktur SDM dan "
        "Pendidikan"],
       ["17 Mei", "Penyerahan penghargaan Insan Pembelajar Sekar Wangi", "Direktur"],
       ["30 Juni", "Batas pemantauan tengah tahun (capaian minimal 12 JP)", "Atasan Langsung"],
       ["Juli - Agustus", "Analisis Kebutuhan Pengembangan Kompetensi", "Seluruh unit"],
       ["31 Agustus", "Batas pengisian RPKI di SILAT", "Pegawai dan Atasan Langsung"],
       ["31 Oktober", "Batas usulan calon peserta pelatihan kepemimpinan tahun berikutnya",
        "Bagian Diklatlit"],
       ["30 November", "Penetapan Rencana Pengembangan Kompetensi tahun berikutnya",
        "Direktur"]],
      [35, 95, 40]),
    BR(),
    # ---------------------------------------------------------------- LAMPIRAN III
    H1("LAMPIRAN III CONTOH PERHITUNGAN CAPAIAN JP"),
    P("Contoh berikut disusun untuk membantu Pegawai dan Atasan Langsung membaca dasbor SILAT. "
      "Nama dalam contoh adalah rekaan."),
    H2("Contoh 1: Perawat PPPK di rawat inap"),
    P("Seorang perawat PPPK di Instalasi Rawat Inap pada tahun 2026 mengikuti PKPM Tingkat I "
      "(16 JP), menghadiri tiga pertemuan KOPI SEHAT (6 JP) dan satu webinar selama dua jam "
      "(2 JP). Jumlah capaiannya 24 JP. Komposisi teknis terpenuhi 16 JP dari minimal 12 JP, "
      "tetapi kompetensi sosial kultural belum terpenuhi karena belum ada kegiatan sosial "
      "kultural minimal 2 JP. Dasbor SILAT menandai capaian ini dengan warna kuning sampai "
      "komposisi terpenuhi."),
    H2("Contoh 2: Kepala ruangan"),
    P("Seorang kepala ruangan mengikuti PKPM Tingkat II (32 JP) dan satu sesi coaching setiap "
      "triwulan (4 sesi, 8 JP). Seluruh PKPM dihitung sebagai kompetensi teknis, sedangkan "
      "kompetensi manajerial minimal 6 JP untuk kepala ruangan dipenuhi melalui pelatihan "
      "manajerial lain. Coaching diakui sebagai JP nonklasikal."),
    H2("Contoh 3: Belajar mandiri melebihi batas"),
    P("Seorang analis laboratorium mencatat belajar mandiri selama tujuh hari (14 JP). Karena "
      "batas belajar mandiri 10 JP dalam satu tahun, SILAT hanya mengakui 10 JP, dan kelebihan "
      "4 JP tidak dihitung."),
    H2("Contoh 4: Pegawai baru pada semester kedua"),
    P("Seorang CPNS mulai bertugas pada 1 Agustus 2026. Target tahun pertamanya 12 JP. "
      "Orientasi Pegawai Baru (16 JP) yang wajib diikutinya paling lambat 1 November 2026 "
      "sudah melampaui target tersebut."),
    H2("Contoh 5: Kegiatan ganda"),
    P("Sebuah presentasi kasus yang juga dicatat sebagai pertemuan KOPI SEHAT hanya diakui satu "
      "kali, yaitu 2 JP bagi peserta dan 3 JP bagi penyaji (2 JP ditambah 1 JP)."),
    P("Dokumen fiktif, untuk evaluasi."),
]


# --------------------------------------------------------------------------- SE 2026 (short PDF)
SE2026 = [
    C("RUMAH SAKIT UMUM DAERAH SEKAR WANGI"),
    C("PROVINSI TELUK DAMAR"),
    P("Jalan Pelita Raya Nomor 21, Kota Damar Jaya (dokumen fiktif, untuk evaluasi)"),
    C("SURAT EDARAN DIREKTUR"),
    C("NOMOR 800.1.2/017/SE/RSUD-SW/2026"),
    C("TENTANG"),
    C("BANTUAN BIAYA PELATIHAN DAN SERTIFIKASI MANDIRI PEGAWAI TAHUN 2026"),
    P("Yth. seluruh Pegawai PNS dan PPPK Rumah Sakit Umum Daerah Sekar Wangi, termasuk Unit "
      "Pelayanan Satelit Batu Lintang, Muara Jati, Tanjung Selaka dan Rimba Hijau."),
    H1("1. Latar Belakang"),
    P("Sesuai Pasal 33 Peraturan Direktur Nomor 12 Tahun 2026 tentang Pedoman Pengembangan "
      "Kompetensi Pegawai, Rumah Sakit memberikan bantuan biaya kepada Pegawai yang mengikuti "
      "pelatihan atau sertifikasi atas biaya sendiri. Evaluasi pelaksanaan tahun 2024-2025 "
      "menunjukkan bahwa plafon bantuan belum memadai dan PPPK belum dapat mengakses bantuan."),
    H1("2. Pencabutan"),
    P("Dengan berlakunya Surat Edaran ini, Surat Edaran Direktur Nomor 800/045/SE/RSUD-SW/2024 "
      "tanggal 15 Februari 2024 tentang Bantuan Biaya Pelatihan dan Sertifikasi Mandiri dicabut "
      "dan dinyatakan tidak berlaku."),
    H1("3. Ketentuan Bantuan Biaya"),
    P("Ketentuan bantuan biaya yang berlaku mulai tahun 2026 adalah sebagai berikut:"),
    L("a. Sasaran: PNS dan PPPK dengan masa kerja paling singkat 1 (satu) tahun di Rumah Sakit.",
      "b. Besaran bantuan: 75% (tujuh puluh lima persen) dari biaya pendaftaran pelatihan atau "
      "sertifikasi, paling banyak Rp6.500.000 per Pegawai per tahun anggaran.",
      "c. Untuk pelatihan atau sertifikasi yang tercantum dalam Daftar Prioritas 2026 (Tabel 1), "
      "besaran bantuan 100% (seratus persen), paling banyak Rp9.000.000 per Pegawai per tahun "
      "anggaran.",
      "d. Frekuensi: bantuan diberikan satu kali dalam satu tahun anggaran untuk setiap Pegawai.",
      "e. Bobot kegiatan: paling sedikit 6 JP, dibuktikan dengan sertifikat.",
      "f. Biaya transportasi, akomodasi dan uang harian tidak termasuk dalam bantuan."),
    H1("4. Tata Cara Pengajuan"),
    L("a. Pengajuan dilakukan melalui menu Bantuan Biaya pada SILAT paling lambat 15 (lima "
      "belas) hari kerja sebelum pelatihan atau sertifikasi dimulai.",
      "b. Pengajuan dilengkapi brosur atau undangan resmi penyelenggara, rincian biaya dan "
      "persetujuan Atasan Langsung.",
      "c. Bagian Diklatlit memberikan keputusan paling lambat 7 (tujuh) hari kerja sejak "
      "pengajuan lengkap diterima.",
      "d. Pertanggungjawaban disampaikan paling lambat 14 (empat belas) hari kerja setelah "
      "kegiatan berakhir, berupa sertifikat, kuitansi atau bukti pembayaran dan laporan "
      "pelaksanaan yang telah diunggah ke SILAT.",
      "e. Pegawai yang tidak menyampaikan pertanggungjawaban tepat waktu wajib mengembalikan "
      "bantuan yang telah diterima dan tidak dapat mengajukan bantuan pada tahun anggaran "
      "berikutnya."),
    T("Tabel 1. Daftar Prioritas 2026 (bantuan 100%)",
      ["No", "Pelatihan atau Sertifikasi", "Sasaran"],
      [["1", "Pelatihan Perawat Intensif (ICU) Dasar", "Perawat instalasi rawat intensif"],
       ["2", "Pelatihan Perawat Hemodialisis", "Perawat unit hemodialisis"],
       ["3", "Sertifikasi Pengadaan Barang/Jasa Tingkat Dasar", "Tenaga administrasi pengadaan"],
       ["4", "Pelatihan Perekam Medis Elektronik", "Perekam medis dan petugas admisi"],
       ["5", "Pelatihan Pencegahan dan Pengendalian Infeksi Lanjut", "Anggota tim PPI"]],
      [12, 95, 63]),
    H1("5. Anggaran dan Masa Berlaku"),
    L("a. Bantuan biaya dibebankan pada anggaran BLUD Rumah Sakit dengan pagu tahun 2026 "
      "sebesar Rp480.000.000; pengajuan dilayani menurut urutan kelengkapan sampai pagu habis.",
      "b. Surat Edaran ini berlaku mulai tanggal 1 Maret 2026.",
      "c. Pengajuan yang telah disetujui sebelum tanggal 1 Maret 2026 tetap diproses berdasarkan "
      "Surat Edaran Nomor 800/045/SE/RSUD-SW/2024."),
    P("Pertanyaan dapat disampaikan kepada Subbagian Pengembangan Kompetensi, Bagian Diklatlit, "
      "telepon internal 2140."),
    P("Ditetapkan di Damar Jaya pada tanggal 2 Februari 2026. Direktur, dr. Hendrawan Lapasila, "
      "Sp.PD., M.Kes."),
    P("Dokumen fiktif, untuk evaluasi."),
]


# --------------------------------------------------------------------------- Keputusan (DOCX)
MENTORS = [
    ["1", "dr. Bambang Sitorus, Sp.EM.", "Kepala Instalasi Gawat Darurat", "Rumah sakit induk"],
    ["2", "Ns. Lidya Manoppo, S.Kep., M.Kep.", "Kepala Ruang Rawat Inap Anggrek",
     "Rumah sakit induk"],
    ["3", "Ns. Stefanus Huwae, S.Kep.", "Perawat Ahli Madya", "Rumah sakit induk"],
    ["4", "dr. Rahmawati Lasena, Sp.PD.", "Dokter Spesialis Penyakit Dalam", "Rumah sakit induk"],
    ["5", "dr. Yusuf Pangemanan, Sp.An.", "Kepala Instalasi Bedah Sentral", "Rumah sakit induk"],
    ["6", "apt. Nurhayati Daeng Mapata, M.Farm.", "Kepala Instalasi Farmasi",
     "Rumah sakit induk"],
    ["7", "Fransiska Moningka, S.Tr.A.K.", "Pranata Laboratorium Kesehatan Ahli Madya",
     "Rumah sakit induk"],
    ["8", "Hendra Kalalo, S.E., M.Ak.", "Kepala Subbagian Keuangan", "Rumah sakit induk"],
    ["9", "dr. Agustina Bawole", "Kepala UPS Batu Lintang", "UPS Batu Lintang"],
    ["10", "Ns. Ismail Tuharea, S.Kep.", "Kepala UPS Muara Jati", "UPS Muara Jati"],
    ["11", "Bd. Sri Wahyuni Pakaya, S.Tr.Keb.", "Bidan Ahli Madya", "UPS Tanjung Selaka"],
    ["12", "dr. Markus Rumbewas", "Kepala UPS Rimba Hijau", "UPS Rimba Hijau"],
]

KUOTA_MENTEE = [
    ["Instalasi Gawat Darurat", "5", "4"],
    ["Instalasi Rawat Inap", "8", "7"],
    ["Instalasi Rawat Jalan", "4", "4"],
    ["Instalasi Bedah Sentral", "3", "3"],
    ["Instalasi Farmasi", "3", "3"],
    ["Instalasi Laboratorium", "3", "2"],
    ["Bagian Umum dan Keuangan", "2", "2"],
    ["UPS Batu Lintang", "5", "4"],
    ["UPS Muara Jati", "4", "4"],
    ["UPS Tanjung Selaka", "4", "4"],
    ["UPS Rimba Hijau", "3", "3"],
    ["Jumlah", "44", "40"],
]

KEP_MENTARI = [
    C("KEPUTUSAN DIREKTUR RUMAH SAKIT UMUM DAERAH SEKAR WANGI"),
    C("NOMOR 800.1.5/118/KPTS/RSUD-SW/2026"),
    C("TENTANG"),
    C("PENETAPAN MENTOR, KUOTA MENTEE DAN JADWAL PROGRAM MENTARI TAHUN 2026"),
    P("(Dokumen fiktif, untuk evaluasi.)"),
    P("DIREKTUR RUMAH SAKIT UMUM DAERAH SEKAR WANGI,"),
    P("Menimbang: bahwa untuk melaksanakan Pasal 24 Peraturan Direktur Nomor 12 Tahun 2026 "
      "tentang Pedoman Pengembangan Kompetensi Pegawai, perlu menetapkan mentor, kuota mentee "
      "dan jadwal program Mentoring Terstruktur Aparatur Rumah Sakit Inovatif (MENTARI) tahun "
      "2026 dengan Keputusan Direktur."),
    P("Mengingat: Peraturan Direktur Nomor 12 Tahun 2026 tentang Pedoman Pengembangan "
      "Kompetensi Pegawai."),
    C("MEMUTUSKAN:"),
    H2("KESATU"),
    P("Menetapkan 12 (dua belas) Pegawai sebagai mentor program MENTARI tahun 2026 sebagaimana "
      "tercantum dalam Tabel 1."),
    T("Tabel 1. Daftar Mentor MENTARI Tahun 2026",
      ["No", "Nama", "Jabatan", "Lokasi"], MENTORS, [10, 60, 60, 40]),
    H2("KEDUA"),
    P("Program MENTARI tahun 2026 dilaksanakan dalam dua angkatan, masing-masing selama enam "
      "bulan, dengan kuota mentee per unit sebagaimana tercantum dalam Tabel 2. Kuota yang "
      "tidak terisi oleh suatu unit dapat dialihkan ke unit lain oleh koordinator program."),
    T("Tabel 2. Kuota Mentee per Unit",
      ["Unit", "Angkatan 1 (Februari - Juli 2026)", "Angkatan 2 (Agustus 2026 - Januari 2027)"],
      KUOTA_MENTEE, [70, 50, 50],
      header2=["Unit", "Kuota Mentee", "Kuota Mentee"]),
    H2("KETIGA"),
    P("Mentor sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:"),
    L("a. menyusun kesepakatan mentoring bersama mentee pada pertemuan pertama;",
      "b. melaksanakan pertemuan paling sedikit dua kali sebulan dengan durasi 60-90 menit;",
      "c. mencatat setiap sesi dan rencana aksi mentee pada menu MENTARI di SILAT paling lambat "
      "2 (dua) hari kerja setelah sesi;",
      "d. memberikan penilaian akhir perkembangan mentee pada akhir angkatan; dan",
      "e. melaporkan kepada koordinator program apabila mentee tidak hadir dua kali berturut-"
      "turut."),
    H2("KEEMPAT"),
    P("Mentor diberikan insentif pembinaan sebesar Rp250.000 per mentee per bulan, paling banyak "
      "untuk 4 (empat) mentee, yang dibayarkan setiap triwulan berdasarkan catatan sesi di "
      "SILAT. Mentee tidak dipungut biaya."),
    H2("KELIMA"),
    P("Tahapan program MENTARI tahun 2026 dilaksanakan sesuai jadwal pada Tabel 3."),
    T("Tabel 3. Jadwal Program MENTARI Tahun 2026",
      ["Tahapan", "Waktu", "Keterangan"],
      [["Orientasi mentor", "21 Januari 2026", "8 JP, Aula Cempaka, pukul 07.30-16.00 WITA"],
       ["Pencocokan mentor dan mentee", "28 Januari 2026", "Diumumkan melalui SILAT"],
       ["Sesi mentoring Angkatan 1", "2 Februari - 31 Juli 2026", "Paling sedikit 2 sesi "
        "per bulan"],
       ["Evaluasi tengah program Angkatan 1", "30 April 2026", "Survei daring di SILAT"],
       ["Sesi mentoring Angkatan 2", "3 Agustus 2026 - 29 Januari 2027", "Paling sedikit 2 "
        "sesi per bulan"],
       ["Refleksi akhir Angkatan 1", "6 Agustus 2026", "Pukul 13.00-16.00 WITA, hibrida"]],
      [55, 55, 60]),
    H2("KEENAM"),
    P("Koordinator program MENTARI adalah Kepala Subbagian Pengembangan Kompetensi pada Bagian "
      "Diklatlit, Ns. Dewi Anggraini Lamba, S.Kep., M.Kep., yang bertugas memantau pelaksanaan, "
      "menyelesaikan permintaan pergantian mentor dan menyusun laporan program kepada Direktur "
      "paling lambat 31 Agustus 2026 untuk Angkatan 1."),
    H2("KETUJUH"),
    P("Mentee yang ingin berganti mentor mengajukan permohonan kepada koordinator program "
      "melalui SILAT disertai alasan; pergantian mentor hanya dapat dilakukan satu kali dalam "
      "satu angkatan."),
    H2("KEDELAPAN"),
    P("Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada anggaran "
      "BLUD Rumah Sakit Tahun Anggaran 2026."),
    H2("KESEMBILAN"),
    P("Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    P("Ditetapkan di Damar Jaya pada tanggal 14 Januari 2026. Direktur Rumah Sakit Umum Daerah "
      "Sekar Wangi, dr. Hendrawan Lapasila, Sp.PD., M.Kes."),
    P("Dokumen fiktif, untuk evaluasi."),
]

DOCS = {
    "pedoman-pengembangan-kompetensi-2026": ("pdf", PEDOMAN, "Pedoman Pengembangan Kompetensi "
                                             "Pegawai RSUD Sekar Wangi 2026"),
    "se-bantuan-biaya-2026": ("pdf", SE2026, "SE Bantuan Biaya Pelatihan 2026"),
    "kep-mentari-2026": ("docx", KEP_MENTARI, "Keputusan Direktur MENTARI 2026"),
}


# --------------------------------------------------------------------------- text rendering
def to_text(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("h1", "h2", "p", "center"):
            out.append(val)
        elif kind == "list":
            out.extend(val)
        elif kind == "table":
            out.append(val["caption"])
            if val["header2"]:
                out.append(" | ".join(val["header2"]))
            out.append(" | ".join(val["header"]))
            for r in val["rows"]:
                out.append(" | ".join(r))
        elif kind == "pagebreak":
            out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------- PDF rendering
def make_pdf(blocks, path, title):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, f"{title} - dokumen fiktif, untuk evaluasi - halaman {self.page_no()}",
                      align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(title)
    pdf.add_page()
    w = pdf.epw
    for kind, val in blocks:
        if kind == "center":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(w, 8, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h1":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(w, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(w, 7, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11.5)
            pdf.multi_cell(w, 6.6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "list":
            pdf.set_font("Helvetica", "", 11.5)
            for it in val:
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(w - 6, 6.6, it, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            pdf.ln(2)
        elif kind == "table":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(w, 6, val["caption"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            scale = w / sum(val["widths"])
            with pdf.table(col_widths=[x * scale for x in val["widths"]], line_height=5.6,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                           repeat_headings=1, text_align="LEFT") as table:
                row = table.row()
                for c in val["header"]:
                    row.cell(c)
                for r in val["rows"]:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(4)
        elif kind == "pagebreak":
            pdf.add_page()
    pdf.output(path)
    return pdf.page_no()


# --------------------------------------------------------------------------- DOCX rendering
def make_docx(blocks, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    for kind, val in blocks:
        if kind == "center":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(val).bold = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "list":
            for it in val:
                doc.add_paragraph(it)
        elif kind == "table":
            cap = doc.add_paragraph()
            cap.add_run(val["caption"]).bold = True
            hdr_rows = 2 if val["header2"] else 1
            ncol = len(val["header"])
            t = doc.add_table(rows=hdr_rows + len(val["rows"]), cols=ncol)
            t.style = "Table Grid"
            if val["header2"]:
                # merged top header row: first column spans two rows, the rest one merged cell
                top = t.rows[0].cells
                top[0].merge(t.rows[1].cells[0])
                merged = top[1].merge(top[ncol - 1])
                top[0].text = val["header2"][0]
                merged.text = val["header2"][1]
                for i in range(1, ncol):
                    t.rows[1].cells[i].text = val["header"][i]
            else:
                for i, c in enumerate(val["header"]):
                    t.rows[0].cells[i].text = c
            for ri, r in enumerate(val["rows"]):
                for ci, c in enumerate(r):
                    t.rows[hdr_rows + ri].cells[ci].text = c
            for i in range(hdr_rows):
                for cell in t.rows[i].cells:
                    for para in cell.paragraphs:
                        for run in para.runs:
                            run.bold = True
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.core_properties.title = "Keputusan Direktur MENTARI 2026 (fiktif, untuk evaluasi)"
    doc.save(path)


def text_of(name):
    return to_text(DOCS[name][1])


def main(argv):
    if "--text" in argv:
        rest = [a for a in argv if a != "--text"]
        names = rest or list(DOCS)
        for n in names:
            print(f"===== {n}.{DOCS[n][0]} =====")
            print(text_of(n))
            print()
        return
    os.makedirs(OUT, exist_ok=True)
    for name, (fmt, blocks, title) in DOCS.items():
        path = os.path.join(OUT, f"{name}.{fmt}")
        if fmt == "pdf":
            pages = make_pdf(blocks, path, title)
            print(f"wrote {path} ({pages} pages)")
        else:
            make_docx(blocks, path)
            print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
