"""Generate the binary documents of the fictional "agency D" evaluation set.

Writes into benchmarks/eval/agency_d/:
  - pedoman-bangkom-telaga-lembah-hijau-2027.pdf     (long handbook, fpdf2, Latin-1 core fonts)
  - keputusan-pojok-belajar-fasilitator-internal-2027.docx  (python-docx, two tables)

Everything here is fictional ("fiktif, untuk evaluasi"): Kabupaten Lembah Hijau, its
BKPSDM, the Kampus Aparatur TELAGA corporate university and the SIBELIA app do not exist.
Run:  python benchmarks/eval/make_agency_d.py
Use --text to print the plain source text of both documents (used to check facts).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "agency_d"
PDF_NAME = "pedoman-bangkom-telaga-lembah-hijau-2027.pdf"
DOCX_NAME = "keputusan-pojok-belajar-fasilitator-internal-2027.docx"

FIKTIF = ("Dokumen ini fiktif, untuk evaluasi. Kabupaten Lembah Hijau, BKPSDM Kabupaten Lembah "
          "Hijau, Kampus Aparatur TELAGA dan aplikasi SIBELIA tidak ada.")
HEADER = "Pedoman Pengembangan Kompetensi ASN Kabupaten Lembah Hijau - fiktif, untuk evaluasi"
FOOTER = "BKPSDM Kabupaten Lembah Hijau"

# --------------------------------------------------------------------------- PDF content
PDF_TITLE = [
    "PERATURAN BUPATI LEMBAH HIJAU",
    "NOMOR 14 TAHUN 2026",
    "TENTANG",
    "PEDOMAN PENGEMBANGAN KOMPETENSI APARATUR SIPIL NEGARA "
    "DI LINGKUNGAN PEMERINTAH KABUPATEN LEMBAH HIJAU",
]
PDF_COVER_LINES = [
    "Kampus Aparatur TELAGA",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Lembah Hijau",
    "Edisi 2027",
]

TOC = [
    "BAB I      Ketentuan Umum",
    "BAB II     Hak, Kewajiban dan Target Jam Pelajaran",
    "BAB III    Perencanaan Pengembangan Kompetensi",
    "BAB IV     Jalur Pengembangan Kompetensi",
    "BAB V      Pengakuan Jam Pelajaran",
    "BAB VI     Pelatihan Struktural Kepemimpinan dan Pelatihan Dasar",
    "BAB VII    Program Unggulan TELAGA",
    "BAB VIII   Pendanaan",
    "BAB IX     Tugas Belajar, Izin Belajar dan Urusan Kepegawaian Lain",
    "BAB X      Evaluasi, Pelaporan dan Konsekuensi",
    "BAB XI     Peran dan Tanggung Jawab",
    "BAB XII    SIBELIA dan Layanan Informasi",
    "BAB XIII   Ketentuan Penutup",
    "LAMPIRAN   Ringkasan Batas Waktu Penting",
]

PDF_CONTENT: list[tuple[str, object]] = [
    # ------------------------------------------------------------------ BAB I
    ("bab", ["BAB I", "KETENTUAN UMUM"]),
    ("pasal", "Pasal 1"),
    ("p", "Dalam Peraturan Bupati ini yang dimaksud dengan:"),
    ("li", "1. Daerah adalah Kabupaten Lembah Hijau."),
    ("li", "2. Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara Pemerintahan Daerah "
           "yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom."),
    ("li", "3. Bupati adalah Bupati Lembah Hijau."),
    ("li", "4. Sekretaris Daerah adalah Sekretaris Daerah Kabupaten Lembah Hijau."),
    ("li", "5. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia yang selanjutnya disingkat "
           "BKPSDM adalah perangkat daerah yang melaksanakan fungsi penunjang urusan pemerintahan "
           "di bidang kepegawaian serta pendidikan dan pelatihan."),
    ("li", "6. Bidang Pengembangan Kompetensi Aparatur dan Karier yang selanjutnya disebut Bidang "
           "PKAK adalah bidang pada BKPSDM yang melaksanakan pengelolaan pengembangan kompetensi "
           "dan pengembangan karier pegawai."),
    ("li", "7. Aparatur Sipil Negara yang selanjutnya disingkat ASN adalah profesi bagi Pegawai "
           "Negeri Sipil (PNS) dan Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) yang bekerja "
           "pada instansi pemerintah."),
    ("li", "8. Pengembangan Kompetensi yang selanjutnya disebut Bangkom adalah upaya untuk "
           "pemenuhan kebutuhan kompetensi ASN dengan standar kompetensi jabatan dan rencana "
           "pengembangan karier."),
    ("li", "9. Kampus Aparatur TELAGA yang selanjutnya disebut TELAGA (Taman Edukasi dan Latihan "
           "Aparatur yang Gemilang dan Adaptif) adalah corporate university Pemerintah Kabupaten "
           "Lembah Hijau yang mengintegrasikan pembelajaran dengan kinerja organisasi."),
    ("li", "10. Sistem Informasi Belajar Aparatur yang selanjutnya disebut SIBELIA adalah aplikasi "
           "pembelajaran dan pencatatan jam pelajaran milik Pemerintah Daerah yang dikelola oleh "
           "BKPSDM."),
    ("li", "11. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu kegiatan Bangkom; "
           "1 (satu) JP pada jalur klasikal setara dengan 45 menit."),
    ("li", "12. Analisis Kebutuhan Pengembangan Kompetensi yang selanjutnya disingkat AKPK adalah "
           "proses identifikasi kesenjangan kompetensi pegawai terhadap standar kompetensi "
           "jabatannya."),
    ("li", "13. Rencana Pengembangan Diri Pegawai yang selanjutnya disingkat RPDP adalah rencana "
           "Bangkom tahunan setiap pegawai yang disepakati bersama atasan langsung."),
    ("li", "14. Laporan Aktualisasi Pembelajaran yang selanjutnya disingkat LAP adalah laporan "
           "penerapan hasil Bangkom di tempat kerja."),
    ("li", "15. Admin Bangkom Perangkat Daerah yang selanjutnya disingkat ABPD adalah pegawai yang "
           "ditunjuk oleh kepala perangkat daerah untuk mengelola data Bangkom di perangkat "
           "daerahnya."),
    ("li", "16. Fasilitator Internal adalah ASN Pemerintah Daerah yang ditetapkan oleh Kepala BKPSDM "
           "untuk mengajar, melatih atau mendampingi peserta dalam program TELAGA."),
    ("li", "17. Atasan Langsung adalah pejabat yang secara struktural atau fungsional membawahi "
           "pegawai secara langsung."),
    ("li", "18. Pojok Belajar adalah ruang belajar bersama yang disediakan TELAGA di perangkat "
           "daerah tertentu untuk kegiatan belajar mandiri terfasilitasi."),
    ("pasal", "Pasal 2"),
    ("p", "Peraturan Bupati ini dimaksudkan sebagai pedoman bagi perangkat daerah dan pegawai "
          "dalam merencanakan, melaksanakan, mencatat dan mengevaluasi Bangkom di lingkungan "
          "Pemerintah Kabupaten Lembah Hijau. Peraturan Bupati ini bertujuan untuk:"),
    ("li", "a. mewujudkan ASN yang kompeten, berkinerja tinggi dan adaptif;"),
    ("li", "b. menjamin setiap pegawai memperoleh hak Bangkom secara adil dan terencana;"),
    ("li", "c. menyelaraskan Bangkom dengan sasaran kinerja perangkat daerah; dan"),
    ("li", "d. membangun budaya belajar melalui TELAGA."),
    ("pasal", "Pasal 3"),
    ("p", "Ruang lingkup Peraturan Bupati ini meliputi:"),
    ("li", "a. hak, kewajiban dan target jam pelajaran;"),
    ("li", "b. perencanaan Bangkom;"),
    ("li", "c. jalur Bangkom;"),
    ("li", "d. pengakuan jam pelajaran;"),
    ("li", "e. pelatihan struktural kepemimpinan dan pelatihan dasar;"),
    ("li", "f. program unggulan TELAGA;"),
    ("li", "g. pendanaan;"),
    ("li", "h. evaluasi, pelaporan dan konsekuensi;"),
    ("li", "i. peran dan tanggung jawab; dan"),
    ("li", "j. SIBELIA dan layanan informasi."),
    # ------------------------------------------------------------------ BAB II
    ("bab", ["BAB II", "HAK, KEWAJIBAN DAN TARGET JAM PELAJARAN"]),
    ("pasal", "Pasal 4"),
    ("p", "(1) Setiap PNS berhak dan wajib mengikuti Bangkom paling sedikit 20 JP (dua puluh jam "
          "pelajaran) dalam 1 (satu) tahun."),
    ("p", "(2) Setiap PPPK diberikan kesempatan mengikuti Bangkom yang dibiayai Anggaran "
          "Pendapatan dan Belanja Daerah paling lama 24 JP dalam 1 (satu) tahun. PPPK dapat "
          "mengikuti Bangkom melebihi batas tersebut atas biaya sendiri atau melalui e-learning "
          "SIBELIA."),
    ("p", "(3) Bagi Pejabat Administrator dan Pejabat Pengawas, dari target sebagaimana dimaksud "
          "pada ayat (1), paling sedikit 6 JP berupa Bangkom kompetensi manajerial."),
    ("p", "(4) JP yang melebihi target dalam 1 (satu) tahun tidak dapat dialihkan ke tahun "
          "berikutnya."),
    ("p", "(5) Pegawai yang sedang menjalani cuti di luar tanggungan negara atau pemberhentian "
          "sementara dikecualikan dari target JP secara proporsional selama masa tersebut. "
          "Ketentuan mengenai jenis dan tata cara cuti tidak diatur dalam Peraturan Bupati ini."),
    ("pasal", "Pasal 5"),
    ("p", "Setiap pegawai berkewajiban:"),
    ("li", "a. menyusun RPDP bersama atasan langsung paling lambat tanggal 31 Januari setiap "
           "tahun;"),
    ("li", "b. mengikuti Bangkom sesuai RPDP dan penugasan pimpinan;"),
    ("li", "c. mengunggah bukti Bangkom ke SIBELIA;"),
    ("li", "d. menyampaikan LAP paling lambat 14 hari kerja setelah Bangkom jalur klasikal "
           "selesai; dan"),
    ("li", "e. membagikan pengetahuan yang diperoleh kepada rekan kerja di unitnya."),
    ("pasal", "Pasal 6"),
    ("p", "Setiap pegawai berhak:"),
    ("li", "a. memperoleh kesempatan Bangkom yang sama sesuai kebutuhan jabatan dan kinerja;"),
    ("li", "b. memperoleh informasi kuota dan jadwal Bangkom melalui SIBELIA;"),
    ("li", "c. memperoleh sertifikat atau surat keterangan untuk setiap Bangkom yang diselesaikan; "
           "dan"),
    ("li", "d. memperoleh pengakuan JP sesuai ketentuan dalam Peraturan Bupati ini."),
    ("table", ("Tabel 1. Ringkasan Target Jam Pelajaran",
               ["Kelompok Pegawai", "Ketentuan JP per Tahun", "Catatan"],
               [["PNS", "paling sedikit 20 JP", "wajib; dipantau setiap triwulan"],
                ["PPPK", "paling lama 24 JP dibiayai APBD",
                 "Bangkom di atas 24 JP atas biaya sendiri atau e-learning SIBELIA"],
                ["Pejabat Administrator dan Pejabat Pengawas", "paling sedikit 20 JP",
                 "paling sedikit 6 JP berupa Bangkom kompetensi manajerial"],
                ["CPNS", "mengikuti Pelatihan Dasar CPNS",
                 "Pelatihan Dasar dihitung sebagai pemenuhan JP tahun berjalan"]],
               [50, 50, 70])),
    # ------------------------------------------------------------------ BAB III
    ("bab", ["BAB III", "PERENCANAAN PENGEMBANGAN KOMPETENSI"]),
    ("pasal", "Pasal 7"),
    ("p", "(1) AKPK dilaksanakan setiap tahun melalui SIBELIA."),
    ("p", "(2) Tahapan AKPK sebagaimana dimaksud pada ayat (1) adalah sebagai berikut:"),
    ("li", "a. pengisian kuesioner kesenjangan kompetensi oleh pegawai pada tanggal 1 sampai "
           "dengan 28 Februari;"),
    ("li", "b. validasi oleh atasan langsung paling lama 7 hari kerja setelah pengisian "
           "kuesioner ditutup;"),
    ("li", "c. rekapitulasi oleh ABPD dan penyampaian kepada BKPSDM paling lambat tanggal "
           "20 Maret;"),
    ("li", "d. verifikasi oleh Bidang PKAK; dan"),
    ("li", "e. penetapan hasil AKPK oleh Kepala BKPSDM paling lambat tanggal 31 Maret."),
    ("pw", "(3) Hasil AKPK tahun berjalan menjadi dasar penyusunan rencana Bangkom\n"
           "perangkat daerah, usulan kuota pelatihan, dan usulan anggaran Bangkom\n"
           "untuk tahun berikutnya. Perangkat daerah yang tidak menyampaikan\n"
           "rekapitulasi AKPK sampai batas waktu sebagaimana dimaksud pada ayat (2)\n"
           "huruf c tidak memperoleh prioritas kuota pelatihan pada tahun berikutnya."),
    ("pasal", "Pasal 8"),
    ("p", "(1) RPDP disusun oleh setiap pegawai dan disepakati bersama atasan langsung melalui "
          "SIBELIA."),
    ("p", "(2) RPDP paling sedikit memuat:"),
    ("li", "a. kompetensi yang akan dikembangkan;"),
    ("li", "b. jalur dan bentuk Bangkom yang dipilih;"),
    ("li", "c. target JP;"),
    ("li", "d. perkiraan waktu pelaksanaan; dan"),
    ("li", "e. perkiraan biaya, apabila ada."),
    ("p", "(3) Perubahan RPDP dapat dilakukan paling banyak dua kali dalam satu tahun, dan "
          "perubahan terakhir paling lambat tanggal 30 September."),
    ("pw", "(4) Atasan langsung yang tidak menyepakati RPDP pegawai sampai dengan\n"
           "tanggal 31 Januari wajib memberikan alasan tertulis melalui SIBELIA.\n"
           "Dalam hal atasan langsung berhalangan tetap, RPDP disepakati oleh\n"
           "pejabat satu tingkat di atasnya."),
    ("pasal", "Pasal 9"),
    ("pw", "Setiap kepala perangkat daerah menunjuk paling sedikit satu orang ABPD.\n"
           "Perangkat daerah dengan jumlah pegawai lebih dari 500 orang menunjuk\n"
           "paling sedikit dua orang ABPD. Penunjukan ABPD disampaikan kepada\n"
           "Kepala BKPSDM paling lambat tanggal 15 Januari setiap tahun."),
    # ------------------------------------------------------------------ BAB IV
    ("bab", ["BAB IV", "JALUR PENGEMBANGAN KOMPETENSI"]),
    ("bagian", "Bagian Kesatu\nUmum"),
    ("pasal", "Pasal 10"),
    ("p", "(1) Bangkom dilaksanakan melalui jalur klasikal dan jalur nonklasikal."),
    ("p", "(2) Jalur klasikal adalah proses pembelajaran tatap muka di dalam kelas, baik luring "
          "maupun daring sinkron, yang dipandu oleh pengajar atau fasilitator."),
    ("p", "(3) Jalur nonklasikal adalah proses pembelajaran yang tidak dilaksanakan di dalam "
          "kelas dan menekankan pada pembelajaran di tempat kerja, pembelajaran mandiri, dan "
          "pembelajaran melalui interaksi antarpegawai."),
    ("bagian", "Bagian Kedua\nJalur Klasikal"),
    ("pasal", "Pasal 11"),
    ("p", "Bentuk Bangkom jalur klasikal meliputi:"),
    ("li", "a. pelatihan struktural kepemimpinan;"),
    ("li", "b. pelatihan dasar CPNS;"),
    ("li", "c. pelatihan fungsional;"),
    ("li", "d. pelatihan teknis;"),
    ("li", "e. seminar, konferensi dan sarasehan;"),
    ("li", "f. workshop atau lokakarya;"),
    ("li", "g. kursus;"),
    ("li", "h. penataran;"),
    ("li", "i. bimbingan teknis; dan"),
    ("li", "j. sosialisasi."),
    ("bagian", "Bagian Ketiga\nJalur Nonklasikal"),
    ("pasal", "Pasal 12"),
    ("p", "Bentuk Bangkom jalur nonklasikal meliputi:"),
    ("li", "a. coaching;"),
    ("li", "b. mentoring;"),
    ("li", "c. e-learning;"),
    ("li", "d. pelatihan jarak jauh;"),
    ("li", "e. detasering (secondment);"),
    ("li", "f. pembelajaran alam terbuka (outbound);"),
    ("li", "g. patok banding (benchmarking);"),
    ("li", "h. pertukaran antara PNS dengan pegawai swasta atau badan usaha milik daerah;"),
    ("li", "i. belajar mandiri (self development);"),
    ("li", "j. komunitas belajar (community of practices); dan"),
    ("li", "k. magang atau praktik kerja."),
    ("bagian", "Bagian Keempat\nPenggolongan Program TELAGA"),
    ("pasal", "Pasal 13"),
    ("p", "Program yang diselenggarakan TELAGA digolongkan ke dalam jalur dan bentuk Bangkom "
          "sebagaimana tercantum dalam Tabel 2. Penggolongan ini menjadi dasar pencatatan JP "
          "di SIBELIA."),
    ("table", ("Tabel 2. Penggolongan Program TELAGA",
               ["Program", "Singkatan", "Jalur", "Bentuk Bangkom"],
               [["Rabu Berbagi Ilmu", "RABI", "Nonklasikal",
                 "Komunitas belajar (community of practices)"],
                ["Sahabat Mentor", "-", "Nonklasikal", "Mentoring"],
                ["Kelas Inovasi Pelayanan", "KIP", "Klasikal", "Pelatihan teknis"],
                ["Klinik Inovasi Pelayanan", "KLIP", "Nonklasikal", "Coaching"],
                ["Tukar Peran", "-", "Nonklasikal", "Detasering (secondment) antarperangkat daerah"],
                ["Pojok Belajar", "-", "Nonklasikal", "Belajar mandiri terfasilitasi"],
                ["Pelatihan Pengadaan Barang/Jasa Tingkat Dasar dan Tingkat Lanjut", "PBJ",
                 "Klasikal", "Pelatihan teknis"]],
               [55, 25, 30, 60])),
    # ------------------------------------------------------------------ BAB V
    ("bab", ["BAB V", "PENGAKUAN JAM PELAJARAN"]),
    ("pasal", "Pasal 14"),
    ("p", "(1) Bangkom jalur klasikal diakui sesuai jumlah JP yang tercantum dalam sertifikat "
          "atau surat keterangan dari penyelenggara."),
    ("p", "(2) Bangkom jalur nonklasikal dikonversi ke dalam JP sesuai Tabel 3."),
    ("p", "(3) Pengakuan JP belajar mandiri melalui platform di luar SIBELIA, termasuk batas JP "
          "per tahun dan batas waktu pengunggahan bukti, ditetapkan dengan Surat Edaran "
          "Sekretaris Daerah."),
    ("p", "(4) Pengakuan JP bagi pegawai yang menjadi pengajar atau narasumber ditetapkan dengan "
          "Keputusan Kepala BKPSDM tentang Fasilitator Internal."),
    ("table", ("Tabel 3. Konversi JP Bangkom Jalur Nonklasikal",
               ["Bentuk", "Satuan", "Nilai JP", "Batas per Tahun", "Bukti"],
               [["Coaching", "1 sesi paling singkat 60 menit", "1 JP", "10 JP",
                 "lembar coaching yang ditandatangani coach"],
                ["Mentoring", "1 pertemuan", "1 JP", "8 JP", "logbook mentoring di SIBELIA"],
                ["E-learning SIBELIA", "1 modul", "sesuai JP modul", "tidak dibatasi",
                 "sertifikat elektronik SIBELIA"],
                ["Webinar atau seminar daring", "1 kegiatan paling singkat 2 jam", "2 JP", "8 JP",
                 "sertifikat dan tangkapan layar kehadiran"],
                ["Detasering, termasuk Tukar Peran", "1 periode paling singkat 1 bulan", "20 JP",
                 "40 JP", "surat penugasan dan laporan akhir"],
                ["Patok banding", "1 kegiatan", "4 JP", "8 JP", "laporan patok banding"],
                ["Magang atau praktik kerja", "1 hari kerja", "3 JP", "30 JP",
                 "surat keterangan magang"],
                ["Komunitas belajar, termasuk RABI", "sesuai panduan program",
                 "sesuai panduan program", "sesuai panduan program", "presensi SIBELIA"]],
               [34, 36, 24, 26, 50])),
    ("pasal", "Pasal 15"),
    ("p", "(1) Bukti Bangkom yang diunggah pegawai diverifikasi oleh ABPD paling lama 5 hari "
          "kerja sejak diunggah, kecuali ditentukan lain dalam Surat Edaran Sekretaris Daerah."),
    ("p", "(2) Sertifikat Bangkom jalur klasikal dari penyelenggara di luar Pemerintah Daerah "
          "diverifikasi oleh Bidang PKAK."),
    ("p", "(3) Bukti yang ditolak dapat diperbaiki dan diunggah kembali paling banyak dua kali."),
    ("pw", "(4) Rekapitulasi capaian JP tahun berjalan dikunci pada tanggal 15 Januari\n"
           "tahun berikutnya. Bukti Bangkom yang diunggah setelah tanggal tersebut tidak\n"
           "diperhitungkan dalam capaian JP tahun sebelumnya."),
    # ------------------------------------------------------------------ BAB VI
    ("bab", ["BAB VI", "PELATIHAN STRUKTURAL KEPEMIMPINAN DAN PELATIHAN DASAR"]),
    ("pasal", "Pasal 16"),
    ("p", "(1) Pelatihan struktural kepemimpinan terdiri atas:"),
    ("li", "a. Pelatihan Kepemimpinan Nasional Tingkat II (PKN Tingkat II) bagi Pejabat Pimpinan "
           "Tinggi Pratama;"),
    ("li", "b. Pelatihan Kepemimpinan Administrator (PKA) bagi Pejabat Administrator; dan"),
    ("li", "c. Pelatihan Kepemimpinan Pengawas (PKP) bagi Pejabat Pengawas."),
    ("p", "(2) Pejabat yang belum mengikuti pelatihan struktural kepemimpinan sesuai jenjangnya "
          "wajib mengikutinya paling lambat 2 tahun sejak dilantik."),
    ("p", "(3) Pengiriman peserta pelatihan struktural kepemimpinan diusulkan oleh kepala "
          "perangkat daerah dan ditetapkan oleh Kepala BKPSDM berdasarkan kuota dari "
          "penyelenggara terakreditasi."),
    ("p", "(4) Persyaratan peserta pelatihan struktural kepemimpinan adalah:"),
    ("li", "a. telah dilantik dalam jabatan sesuai jenjang pelatihan;"),
    ("li", "b. mencapai target JP pada tahun sebelumnya;"),
    ("li", "c. tidak sedang menjalani hukuman disiplin tingkat sedang atau berat; dan"),
    ("li", "d. sehat jasmani dan rohani yang dibuktikan dengan surat keterangan dokter."),
    ("pasal", "Pasal 17"),
    ("p", "(1) Pelatihan Dasar CPNS wajib diikuti oleh setiap CPNS Golongan II dan Golongan III "
          "dalam masa percobaan."),
    ("p", "(2) Pelatihan Dasar CPNS dilaksanakan paling lama 1 (satu) tahun sejak pengangkatan "
          "sebagai CPNS, dan kelulusan Pelatihan Dasar merupakan salah satu syarat pengangkatan "
          "menjadi PNS."),
    ("p", "(3) Biaya Pelatihan Dasar CPNS dibebankan pada Dokumen Pelaksanaan Anggaran (DPA) "
          "BKPSDM."),
    ("pasal", "Pasal 18"),
    ("p", "Orientasi PPPK dilaksanakan oleh BKPSDM bagi PPPK yang baru diangkat dalam 3 (tiga) "
          "bulan pertama sejak terhitung mulai tanggal pengangkatan."),
    ("table", ("Tabel 4. Pelatihan Struktural, Pelatihan Dasar dan Orientasi",
               ["Pelatihan", "Sasaran", "Penyelenggara", "Ketentuan Waktu"],
               [["PKN Tingkat II", "Pejabat Pimpinan Tinggi Pratama", "Lembaga Administrasi Negara",
                 "paling lambat 2 tahun sejak dilantik"],
                ["PKA", "Pejabat Administrator",
                 "BPSDM Provinsi Tanjung Selatan atau Lembaga Administrasi Negara",
                 "paling lambat 2 tahun sejak dilantik"],
                ["PKP", "Pejabat Pengawas",
                 "BKPSDM bekerja sama dengan BPSDM Provinsi Tanjung Selatan",
                 "paling lambat 2 tahun sejak dilantik"],
                ["Pelatihan Dasar CPNS", "CPNS Golongan II dan Golongan III",
                 "BKPSDM bekerja sama dengan BPSDM Provinsi Tanjung Selatan",
                 "paling lama 1 tahun sejak pengangkatan CPNS"],
                ["Orientasi PPPK", "PPPK yang baru diangkat", "BKPSDM",
                 "3 bulan pertama sejak pengangkatan"]],
               [35, 42, 52, 41])),
    ("pw", "Sertifikat pelatihan struktural kepemimpinan dapat menjadi salah satu\n"
           "persyaratan dalam pengembangan karier pegawai. Ketentuan mengenai kenaikan\n"
           "pangkat, termasuk periode dan berkas usulannya, diatur dalam peraturan\n"
           "perundang-undangan tersendiri dan tidak diatur dalam Peraturan Bupati ini."),
    # ------------------------------------------------------------------ BAB VII
    ("bab", ["BAB VII", "PROGRAM UNGGULAN TELAGA"]),
    ("pasal", "Pasal 19"),
    ("p", "(1) TELAGA menyelenggarakan program unggulan sebagai berikut:"),
    ("li", "a. Rabu Berbagi Ilmu (RABI);"),
    ("li", "b. Sahabat Mentor;"),
    ("li", "c. Kelas Inovasi Pelayanan (KIP);"),
    ("li", "d. Klinik Inovasi Pelayanan (KLIP);"),
    ("li", "e. Tukar Peran; dan"),
    ("li", "f. Pojok Belajar."),
    ("p", "(2) Ketentuan teknis setiap program unggulan ditetapkan dalam panduan, pengumuman atau "
          "keputusan Kepala BKPSDM."),
    ("p", "(3) Informasi pendaftaran program unggulan diumumkan melalui SIBELIA dan laman resmi "
          "BKPSDM."),
    ("pasal", "Pasal 20"),
    ("p", "(1) Fasilitator Internal ditetapkan dengan Keputusan Kepala BKPSDM."),
    ("p", "(2) Fasilitator Internal terdiri atas tiga jenjang, yaitu Fasilitator Internal "
          "Tingkat I, Fasilitator Internal Tingkat II dan Fasilitator Internal Tingkat III."),
    ("p", "(3) Syarat, kewajiban mengajar dan pengakuan JP setiap jenjang Fasilitator Internal "
          "ditetapkan dalam Keputusan Kepala BKPSDM sebagaimana dimaksud pada ayat (1)."),
    ("pasal", "Pasal 21"),
    ("p", "Lokasi, kapasitas dan jam layanan Pojok Belajar ditetapkan dengan Keputusan Kepala "
          "BKPSDM dan dapat ditinjau setiap tahun."),
    ("pasal", "Pasal 22"),
    ("p", "(1) TELAGA memberikan penghargaan tahunan yang disebut TELAGA Award kepada:"),
    ("li", "a. perangkat daerah dengan persentase pegawai yang mencapai target JP tertinggi;"),
    ("li", "b. Fasilitator Internal terbaik; dan"),
    ("li", "c. pembelajar terbaik."),
    ("p", "(2) TELAGA Award diserahkan oleh Bupati pada rangkaian peringatan Hari Jadi Kabupaten "
          "Lembah Hijau setiap tanggal 17 Oktober."),
    # ------------------------------------------------------------------ BAB VIII
    ("bab", ["BAB VIII", "PENDANAAN"]),
    ("pasal", "Pasal 23"),
    ("p", "Pendanaan Bangkom bersumber dari:"),
    ("li", "a. Anggaran Pendapatan dan Belanja Daerah melalui DPA BKPSDM dan DPA perangkat daerah; "
           "dan"),
    ("li", "b. sumber lain yang sah dan tidak mengikat, termasuk kerja sama dengan perguruan "
           "tinggi, badan usaha milik daerah dan mitra pembangunan."),
    ("pasal", "Pasal 24"),
    ("p", "(1) Bangkom atas biaya sendiri dapat diakui JP-nya apabila:"),
    ("li", "a. sesuai dengan RPDP;"),
    ("li", "b. mendapat persetujuan atasan langsung paling lambat 10 hari kerja sebelum "
           "pelaksanaan; dan"),
    ("li", "c. diselenggarakan oleh lembaga yang terakreditasi atau kredibel."),
    ("p", "(2) Biaya Bangkom atas biaya sendiri tidak dapat dimintakan penggantian kepada "
          "Pemerintah Daerah."),
    ("pasal", "Pasal 25"),
    ("pw", "Biaya perjalanan dinas peserta Bangkom dibebankan pada DPA perangkat daerah\n"
           "asal peserta, kecuali ditentukan lain dalam surat panggilan peserta. Besaran\n"
           "uang harian dan biaya perjalanan dinas mengikuti Peraturan Bupati tentang\n"
           "standar harga satuan yang berlaku dan tidak diatur dalam Peraturan Bupati ini."),
    # ------------------------------------------------------------------ BAB IX
    ("bab", ["BAB IX", "TUGAS BELAJAR, IZIN BELAJAR DAN URUSAN KEPEGAWAIAN LAIN"]),
    ("pasal", "Pasal 26"),
    ("p", "(1) Tugas belajar dan izin belajar merupakan bagian dari Bangkom dalam bentuk "
          "pendidikan formal."),
    ("p", "(2) Persyaratan, tata cara pengusulan dan hak pegawai yang menjalani tugas belajar "
          "atau izin belajar diatur dalam Peraturan Bupati tersendiri."),
    ("p", "(3) Pegawai yang sedang menjalani tugas belajar dikecualikan dari target JP "
          "sebagaimana dimaksud dalam Pasal 4 ayat (1)."),
    ("pasal", "Pasal 27"),
    ("p", "Ketentuan mengenai cuti, kenaikan pangkat, mutasi dan tambahan penghasilan pegawai "
          "(TPP) tidak diatur dalam Peraturan Bupati ini. Capaian JP dapat digunakan sebagai "
          "salah satu data dukung dalam penilaian kinerja dan sistem merit sesuai ketentuan "
          "peraturan perundang-undangan."),
    # ------------------------------------------------------------------ BAB X
    ("bab", ["BAB X", "EVALUASI, PELAPORAN DAN KONSEKUENSI"]),
    ("pasal", "Pasal 28"),
    ("p", "(1) Evaluasi penyelenggaraan Bangkom meliputi evaluasi reaksi peserta (level 1) dan "
          "evaluasi pembelajaran (level 2) yang dilaksanakan oleh penyelenggara."),
    ("p", "(2) Evaluasi pasca pelatihan (level 3) dilaksanakan oleh atasan langsung 3 bulan "
          "setelah pelatihan berakhir melalui SIBELIA."),
    ("p", "(3) Hasil evaluasi dilaporkan oleh Kepala BKPSDM kepada Bupati melalui Sekretaris "
          "Daerah setiap semester."),
    ("pasal", "Pasal 29"),
    ("p", "(1) ABPD menyampaikan rekapitulasi capaian JP perangkat daerahnya kepada BKPSDM "
          "setiap triwulan paling lambat tanggal 10 bulan berikutnya."),
    ("p", "(2) BKPSDM mengumumkan rekapitulasi capaian JP seluruh perangkat daerah setiap "
          "triwulan melalui SIBELIA."),
    ("pasal", "Pasal 30"),
    ("p", "(1) PNS yang tidak mencapai target 20 JP dalam 1 (satu) tahun:"),
    ("li", "a. tidak dapat diusulkan sebagai peserta pelatihan struktural kepemimpinan pada "
           "tahun berikutnya;"),
    ("li", "b. dicatat dalam penilaian perilaku kerja oleh atasan langsung; dan"),
    ("li", "c. wajib menyusun rencana pemenuhan kekurangan JP dalam RPDP tahun berikutnya."),
    ("pw", "(2) Kepala perangkat daerah yang persentase pegawainya mencapai target JP\n"
           "kurang dari 60% pada akhir tahun diberikan teguran tertulis oleh Sekretaris\n"
           "Daerah dan wajib menyampaikan rencana perbaikan paling lambat tanggal\n"
           "28 Februari tahun berikutnya."),
    ("pw", "(3) Pengecualian target JP bagi pegawai yang cuti di luar tanggungan\n"
           "negara, diberhentikan sementara, atau menjalani tugas belajar dicatat\n"
           "oleh ABPD di SIBELIA dengan melampirkan surat keputusan yang\n"
           "bersangkutan."),
    # ------------------------------------------------------------------ BAB XI
    ("bab", ["BAB XI", "PERAN DAN TANGGUNG JAWAB"]),
    ("pasal", "Pasal 31"),
    ("p", "Peran dan tanggung jawab para pihak dalam penyelenggaraan Bangkom dan TELAGA adalah "
          "sebagaimana tercantum dalam Tabel 5."),
    ("table", ("Tabel 5. Peran dan Tanggung Jawab",
               ["Pihak", "Peran dalam TELAGA", "Tanggung Jawab Utama"],
               [["Bupati", "Pembina TELAGA",
                 "menetapkan kebijakan Bangkom dan menyerahkan TELAGA Award"],
                ["Sekretaris Daerah", "Ketua Dewan Pengarah TELAGA",
                 "menetapkan Surat Edaran teknis Bangkom dan memberikan teguran kepada kepala "
                 "perangkat daerah"],
                ["Kepala BKPSDM", "Chief Learning Officer (CLO) TELAGA",
                 "menetapkan hasil AKPK, Fasilitator Internal dan Pojok Belajar"],
                ["Kepala Bidang PKAK", "Koordinator Program TELAGA",
                 "memverifikasi AKPK, mengoordinasikan program unggulan dan menerbitkan "
                 "sertifikat program TELAGA"],
                ["Kepala Perangkat Daerah", "Mitra Pembelajaran",
                 "menunjuk ABPD, memberikan rekomendasi peserta dan memastikan capaian JP "
                 "perangkat daerah"],
                ["ABPD", "Pengelola data Bangkom perangkat daerah",
                 "memverifikasi bukti Bangkom dan menyampaikan rekapitulasi triwulan"],
                ["Atasan Langsung", "Coach di tempat kerja",
                 "menyepakati RPDP, memvalidasi AKPK dan melaksanakan evaluasi pasca pelatihan"],
                ["Pegawai", "Pembelajar",
                 "menyusun RPDP, mengikuti Bangkom, mengunggah bukti dan menyampaikan LAP"]],
               [38, 50, 82])),
    ("pasal", "Pasal 32"),
    ("pw", "Dalam melaksanakan tugas sehari-hari pengelolaan TELAGA, Kepala BKPSDM\n"
           "dibantu oleh Kepala Bidang PKAK dan Tim Kerja Pembelajaran. Tim Kerja\n"
           "Pembelajaran dipimpin oleh seorang Ketua Tim Kerja Pembelajaran yang\n"
           "ditetapkan oleh Kepala BKPSDM."),
    # ------------------------------------------------------------------ BAB XII
    ("bab", ["BAB XII", "SIBELIA DAN LAYANAN INFORMASI"]),
    ("pasal", "Pasal 33"),
    ("p", "(1) SIBELIA dapat diakses melalui alamat sibelia.lembahhijau.example.org dan aplikasi "
          "Android SIBELIA Lembah Hijau."),
    ("p", "(2) SIBELIA paling sedikit menyediakan fitur:"),
    ("li", "a. katalog e-learning;"),
    ("li", "b. pendaftaran program Bangkom dan program unggulan TELAGA;"),
    ("li", "c. pengisian AKPK dan penyusunan RPDP;"),
    ("li", "d. pengunggahan dan verifikasi bukti Bangkom;"),
    ("li", "e. rekapitulasi capaian JP pegawai dan perangkat daerah;"),
    ("li", "f. logbook mentoring dan coaching; dan"),
    ("li", "g. evaluasi pasca pelatihan."),
    ("pasal", "Pasal 34"),
    ("p", "(1) Pertanyaan mengenai program dan kebijakan Bangkom disampaikan melalui Layanan "
          "TELAGA."),
    ("p", "(2) Layanan TELAGA dapat dihubungi melalui surel telaga@lembahhijau.example.org atau "
          "WhatsApp 0811-0000-2727."),
    ("p", "(3) Jam layanan Layanan TELAGA adalah hari Senin sampai dengan Kamis pukul "
          "08.00-15.30 WITA dan hari Jumat pukul 08.00-11.00 WITA."),
    ("p", "(4) Layanan tatap muka diberikan di Gedung BKPSDM Lantai 2, Jalan Merdeka Raya "
          "No. 17, Rindang."),
    # ------------------------------------------------------------------ BAB XIII
    ("bab", ["BAB XIII", "KETENTUAN PENUTUP"]),
    ("pasal", "Pasal 35"),
    ("p", "Pada saat Peraturan Bupati ini mulai berlaku, Peraturan Bupati Lembah Hijau Nomor 9 "
          "Tahun 2021 tentang Pedoman Pendidikan dan Pelatihan Pegawai dicabut dan dinyatakan "
          "tidak berlaku."),
    ("pasal", "Pasal 36"),
    ("p", "Peraturan Bupati ini mulai berlaku pada tanggal 1 Januari 2027. Agar setiap orang "
          "mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya "
          "dalam Berita Daerah Kabupaten Lembah Hijau."),
    ("p", "Ditetapkan di Rindang pada tanggal 18 November 2026. BUPATI LEMBAH HIJAU, ttd. "
          "ARDIANSYAH MULYONO."),
    ("p", "Diundangkan di Rindang pada tanggal 18 November 2026. SEKRETARIS DAERAH KABUPATEN "
          "LEMBAH HIJAU, ttd. SITI RAHMAWATI."),
    ("p", "BERITA DAERAH KABUPATEN LEMBAH HIJAU TAHUN 2026 NOMOR 14."),
    # ------------------------------------------------------------------ LAMPIRAN
    ("bab", ["LAMPIRAN", "RINGKASAN BATAS WAKTU PENTING"]),
    ("p", "Ringkasan berikut disusun untuk memudahkan pegawai, atasan langsung dan ABPD. Dalam "
          "hal terdapat perbedaan, yang berlaku adalah ketentuan dalam batang tubuh Peraturan "
          "Bupati ini."),
    ("table", ("Tabel 6. Ringkasan Batas Waktu Penting",
               ["Kegiatan", "Pelaksana", "Batas Waktu"],
               [["Penunjukan ABPD (paling sedikit 1 orang; 2 orang bagi perangkat daerah dengan "
                 "pegawai lebih dari 500 orang)", "Kepala Perangkat Daerah",
                 "15 Januari setiap tahun"],
                ["Penyusunan RPDP", "Pegawai dan atasan langsung", "31 Januari setiap tahun"],
                ["Pengisian kuesioner AKPK", "Pegawai", "1-28 Februari"],
                ["Validasi AKPK", "Atasan langsung", "7 hari kerja setelah pengisian ditutup"],
                ["Rekapitulasi AKPK", "ABPD", "20 Maret"],
                ["Penetapan hasil AKPK", "Kepala BKPSDM", "31 Maret"],
                ["Perubahan RPDP (paling banyak 2 kali setahun)", "Pegawai dan atasan langsung",
                 "perubahan terakhir 30 September"],
                ["Penyampaian LAP", "Pegawai",
                 "14 hari kerja setelah Bangkom klasikal selesai"],
                ["Verifikasi bukti Bangkom", "ABPD", "5 hari kerja sejak diunggah"],
                ["Rekapitulasi capaian JP triwulan", "ABPD", "tanggal 10 bulan berikutnya"],
                ["Evaluasi pasca pelatihan", "Atasan langsung", "3 bulan setelah pelatihan"],
                ["Penguncian rekap capaian JP", "BKPSDM", "15 Januari tahun berikutnya"]],
               [62, 50, 58])),
]


def _pdf_blocks_text() -> list[str]:
    parts: list[str] = []
    for kind, payload in PDF_CONTENT:
        if kind == "bab":
            parts.extend(payload)
        elif kind == "table":
            caption, header, rows, _ = payload
            parts.append(caption)
            parts.append(" ".join(header))
            parts.extend(" ".join(r) for r in rows)
        else:
            parts.append(payload)
    return parts


def pdf_source_text() -> str:
    """Plain text of the PDF content, used to check facts."""
    parts = list(PDF_TITLE) + list(PDF_COVER_LINES) + [HEADER, FIKTIF, "DAFTAR ISI"] + list(TOC)
    parts.extend(_pdf_blocks_text())
    return "\n".join(parts)


def build_pdf(path: Path) -> int:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, HEADER, align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 8, f"Halaman {self.page_no()} dari {{nb}} - {FOOTER}", align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()

    # Cover
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font("Helvetica", "B", 16)
    for line in PDF_TITLE:
        pdf.multi_cell(0, 9, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", "", 12)
    for line in PDF_COVER_LINES:
        pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")

    # Table of contents
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "DAFTAR ISI", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for line in TOC:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")

    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, payload in PDF_CONTENT:
        if kind == "bab":
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 14)
            for line in payload:
                pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind in ("bagian", "pasal"):
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, payload, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, payload, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "pw":
            # hard-wrapped paragraph: every source line is its own printed line
            pdf.set_font("Helvetica", "", 11)
            for line in payload.split("\n"):
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "li":
            pdf.set_font("Helvetica", "", 11)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(width - 8, 6, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            caption, header, rows, widths = payload
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 6, caption, align="C", new_x="LMARGIN", new_y="NEXT")
            _table_rows(pdf, [header] + rows, widths)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.output(str(path))
    return pdf.page_no()


def _table_rows(pdf, rows, widths) -> None:
    """Draw each row as a line of bordered cells with equal height."""
    line_h = 5.5
    for i, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if i == 0 else "", 9.5)
        n_lines = max(len(pdf.multi_cell(w - 2, line_h, text, dry_run=True, output="LINES"))
                      for w, text in zip(widths, row, strict=True))
        h = n_lines * line_h + 2
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
        x0, y0 = pdf.l_margin, pdf.get_y()
        x = x0
        for w, text in zip(widths, row, strict=True):
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 1)
            pdf.multi_cell(w - 2, line_h, text)
            x += w
        pdf.set_xy(x0, y0 + h)


# --------------------------------------------------------------------------- DOCX content
DOCX_TITLE = [
    "KEPUTUSAN KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA "
    "KABUPATEN LEMBAH HIJAU",
    "NOMOR 800.1.6/118/BKPSDM/2027",
    "TENTANG",
    "PENETAPAN POJOK BELAJAR TELAGA DAN JENJANG FASILITATOR INTERNAL TAHUN 2027",
]

DOCX_INTRO = [
    FIKTIF,
    "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LEMBAH HIJAU,",
    "Menimbang: a. bahwa untuk melaksanakan ketentuan Pasal 20 dan Pasal 21 Peraturan Bupati "
    "Lembah Hijau Nomor 14 Tahun 2026 tentang Pedoman Pengembangan Kompetensi Aparatur Sipil "
    "Negara di Lingkungan Pemerintah Kabupaten Lembah Hijau, perlu menetapkan Pojok Belajar "
    "dan jenjang Fasilitator Internal; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud "
    "dalam huruf a, perlu menetapkan Keputusan Kepala BKPSDM tentang Penetapan Pojok Belajar "
    "TELAGA dan Jenjang Fasilitator Internal Tahun 2027;",
    "Mengingat: 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; "
    "2. Peraturan Bupati Lembah Hijau Nomor 14 Tahun 2026 tentang Pedoman Pengembangan "
    "Kompetensi Aparatur Sipil Negara di Lingkungan Pemerintah Kabupaten Lembah Hijau.",
    "MEMUTUSKAN:",
    "Menetapkan:",
    "KESATU: Menetapkan Pojok Belajar TELAGA Tahun 2027 sebagaimana tercantum dalam Tabel 1 "
    "Lampiran Keputusan ini.",
    "KEDUA: Menetapkan syarat, kewajiban mengajar dan pengakuan JP jenjang Fasilitator "
    "Internal sebagaimana tercantum dalam Tabel 2 Lampiran Keputusan ini.",
    "KETIGA: Pojok Belajar dapat digunakan oleh seluruh ASN Pemerintah Kabupaten Lembah Hijau "
    "tanpa biaya dengan melakukan reservasi melalui SIBELIA paling lambat 2 hari kerja sebelum "
    "penggunaan.",
    "KEEMPAT: Penggunaan Pojok Belajar untuk belajar mandiri terfasilitasi diakui 1 JP untuk "
    "setiap kunjungan paling singkat 90 menit, dengan pengakuan paling banyak 6 JP per tahun.",
    "KELIMA: Fasilitator Internal ditetapkan untuk masa 2 tahun dan dapat ditetapkan kembali "
    "setelah dievaluasi oleh Bidang PKAK.",
    "KEENAM: Fasilitator Internal yang tidak memenuhi kewajiban mengajar selama dua tahun "
    "berturut-turut dikeluarkan dari daftar Fasilitator Internal.",
    "KETUJUH: Keputusan ini mulai berlaku pada tanggal ditetapkan.",
]

DOCX_TABLE1_CAPTION = "Tabel 1. Pojok Belajar TELAGA Tahun 2027"
DOCX_TABLE1_HEADER = ["No", "Nama Pojok Belajar", "Lokasi", "Kapasitas", "Jam Layanan",
                      "Penanggung Jawab"]
DOCX_TABLE1 = [
    ["1", "Pojok Belajar Rindang", "Gedung BKPSDM Lantai 2, Jalan Merdeka Raya No. 17, Rindang",
     "40 orang", "Senin-Kamis pukul 08.00-15.00 WITA", "Kepala Bidang PKAK BKPSDM"],
    ["2", "Pojok Belajar Sehat", "Aula Dinas Kesehatan (Dinkes), Jalan Bhakti Husada No. 3, "
     "Rindang", "25 orang", "Selasa dan Kamis pukul 09.00-12.00 WITA",
     "Sekretaris Dinas Kesehatan"],
    ["3", "Pojok Belajar Guru", "Perpustakaan Dinas Pendidikan dan Kebudayaan (Disdikbud), "
     "Jalan Pendidikan No. 8, Rindang", "30 orang", "Rabu pukul 13.00-16.00 WITA",
     "Sekretaris Disdikbud"],
    ["4", "Pojok Belajar Hulu", "Kantor Kecamatan Batu Ampar", "15 orang",
     "Jumat pukul 08.00-11.00 WITA", "Sekretaris Camat Batu Ampar"],
    ["5", "Pojok Belajar Digital", "Ruang Command Center Dinas Komunikasi dan Informatika "
     "(Diskominfo)", "20 orang", "Senin-Jumat pukul 10.00-14.00 WITA",
     "Kepala Bidang Aplikasi Informatika Diskominfo"],
]

DOCX_TABLE2_CAPTION = "Tabel 2. Jenjang Fasilitator Internal"
DOCX_TABLE2_HEADER = ["Jenjang", "Syarat Minimal", "Kewajiban Mengajar per Tahun",
                      "Pengakuan JP bagi Fasilitator"]
DOCX_TABLE2 = [
    ["Fasilitator Internal Tingkat I",
     "PNS golongan paling rendah III/d; pengalaman mengajar paling sedikit 100 JP; lulus "
     "Training of Trainers (TOT) Lanjutan",
     "paling sedikit 40 JP", "4 JP per penugasan, paling banyak 20 JP per tahun"],
    ["Fasilitator Internal Tingkat II",
     "PNS golongan paling rendah III/b; pengalaman mengajar paling sedikit 40 JP; lulus "
     "TOT Dasar",
     "paling sedikit 24 JP", "3 JP per penugasan, paling banyak 15 JP per tahun"],
    ["Fasilitator Internal Tingkat III",
     "PNS golongan paling rendah III/a atau PPPK; lulus TOT Dasar",
     "paling sedikit 12 JP", "2 JP per penugasan, paling banyak 10 JP per tahun"],
]

DOCX_CLOSING = [
    "Ditetapkan di Rindang pada tanggal 8 Januari 2027",
    "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LEMBAH HIJAU,",
    "ttd.",
    "Drs. HENDRA WIRATAMA, M.Si.",
    "Tembusan: 1. Bupati Lembah Hijau; 2. Sekretaris Daerah Kabupaten Lembah Hijau; "
    "3. Kepala Perangkat Daerah di lingkungan Pemerintah Kabupaten Lembah Hijau.",
]


def docx_source_text() -> str:
    parts = list(DOCX_TITLE) + list(DOCX_INTRO)
    parts.append("LAMPIRAN KEPUTUSAN KEPALA BKPSDM NOMOR 800.1.6/118/BKPSDM/2027")
    for caption, header, rows in ((DOCX_TABLE1_CAPTION, DOCX_TABLE1_HEADER, DOCX_TABLE1),
                                  (DOCX_TABLE2_CAPTION, DOCX_TABLE2_HEADER, DOCX_TABLE2)):
        parts.append(caption)
        parts.append(" ".join(header))
        parts.extend(" ".join(r) for r in rows)
    parts.extend(DOCX_CLOSING)
    return "\n".join(parts)


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    for line in DOCX_TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    for line in DOCX_INTRO:
        doc.add_paragraph(line)

    def table(caption, header, rows):
        doc.add_paragraph(caption).runs[0].bold = True
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, header, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = t.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
        doc.add_paragraph("")

    p = doc.add_paragraph()
    p.add_run("LAMPIRAN KEPUTUSAN KEPALA BKPSDM NOMOR 800.1.6/118/BKPSDM/2027").bold = True
    table(DOCX_TABLE1_CAPTION, DOCX_TABLE1_HEADER, DOCX_TABLE1)
    table(DOCX_TABLE2_CAPTION, DOCX_TABLE2_HEADER, DOCX_TABLE2)
    for line in DOCX_CLOSING:
        doc.add_paragraph(line)
    doc.save(str(path))


def main() -> None:
    if "--text" in sys.argv:
        print(pdf_source_text())
        print("=" * 70)
        print(docx_source_text())
        return
    pdf_source_text().encode("latin-1")  # core fonts: Latin-1 only
    docx_source_text().encode("latin-1")
    OUT.mkdir(parents=True, exist_ok=True)
    pages = build_pdf(OUT / PDF_NAME)
    build_docx(OUT / DOCX_NAME)
    print(f"wrote {OUT / PDF_NAME} ({pages} pages)")
    print(f"wrote {OUT / DOCX_NAME}")


if __name__ == "__main__":
    main()
