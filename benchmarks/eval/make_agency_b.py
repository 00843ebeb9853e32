"""Generate the binary documents of the fictional "agency B" evaluation set.

Writes into benchmarks/eval/agency_b/:
  - pedoman-pengembangan-kompetensi-kcr-2027.pdf  (long handbook, fpdf2, Latin-1 core fonts)
  - keputusan-konversi-jp-dan-kompetensi-2027.docx (python-docx, three tables)

Everything here is fictional ("fiktif, untuk evaluasi"): Kota Contoh Raya and its
BKPSDM do not exist. fpdf2 is only a generation tool: `pip install fpdf2`.
Run:  python benchmarks/eval/make_agency_b.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "agency_b"
PDF_NAME = "pedoman-pengembangan-kompetensi-kcr-2027.pdf"
DOCX_NAME = "keputusan-konversi-jp-dan-kompetensi-2027.docx"
FIKTIF = "Dokumen fiktif, untuk evaluasi. Kota Contoh Raya dan BKPSDM Kota Contoh Raya tidak ada."

# --------------------------------------------------------------------------- PDF
# Content model: a list of (kind, payload) items.
#   ("bab", ("BAB I", "KETENTUAN UMUM"))  -> new page, two centred bold lines
#   ("bagian", ("Bagian Kesatu", "Target Jam Pelajaran"))
#   ("pasal", "Pasal 1")
#   ("h", "1. Identitas Pegawai")         -> bold numbered heading, own line
#   ("p", text)                           -> paragraph
#   ("li", text)                          -> indented list item (text carries its own marker)
#   ("table", (caption, header, rows, widths))
#   ("page", None)                        -> page break

PDF_CONTENT: list[tuple[str, object]] = [
    ("bab", ("KATA PENGANTAR", "")),
    ("p", "Buku Pedoman ini disusun sebagai acuan bagi seluruh Aparatur Sipil Negara (ASN) di "
          "lingkungan Pemerintah Kota Contoh Raya dalam merencanakan, melaksanakan, mencatat, "
          "dan mengevaluasi pengembangan kompetensi. " + FIKTIF),
    ("p", "Pedoman ini merupakan Lampiran Peraturan Wali Kota Contoh Raya Nomor 14 Tahun 2026 "
          "tentang Pedoman Pengembangan Kompetensi Aparatur Sipil Negara. Pedoman mengacu pada "
          "kewajiban pengembangan kompetensi secara berkelanjutan sebagaimana diatur dalam "
          "Undang-Undang Nomor 20 Tahun 2023 tentang ASN dan peraturan pelaksanaannya, dengan "
          "penyesuaian sesuai kebutuhan daerah."),
    ("p", "Pertanyaan tentang pedoman ini dapat disampaikan kepada Bidang Pengembangan Kompetensi "
          "BKPSDM Kota Contoh Raya melalui surel bangkom@bkpsdm.contohraya.test."),
    ("h", "DAFTAR ISI"),
    ("li", "BAB I      Ketentuan Umum"),
    ("li", "BAB II     Target dan Penghitungan Jam Pelajaran"),
    ("li", "BAB III    Jalur Pengembangan Kompetensi"),
    ("li", "BAB IV     Perencanaan Pengembangan Kompetensi"),
    ("li", "BAB V      Coaching dan Mentoring"),
    ("li", "BAB VI     Pengakuan E-Learning"),
    ("li", "BAB VII    Tugas Belajar dan Izin Belajar"),
    ("li", "BAB VIII   Pelaporan dan Evaluasi"),
    ("li", "BAB IX     Penghargaan dan Konsekuensi"),
    ("li", "BAB X      Pendanaan"),
    ("li", "BAB XI     Ketentuan Peralihan dan Penutup"),
    ("li", "LAMPIRAN I sampai dengan LAMPIRAN IV"),

    # ------------------------------------------------------------------ BAB I
    ("bab", ("BAB I", "KETENTUAN UMUM")),
    ("pasal", "Pasal 1"),
    ("p", "Dalam Pedoman ini yang dimaksud dengan:"),
    ("li", "1. Pemerintah Daerah adalah Pemerintah Kota Contoh Raya."),
    ("li", "2. Wali Kota adalah Wali Kota Contoh Raya."),
    ("li", "3. Sekretaris Daerah adalah Sekretaris Daerah Kota Contoh Raya."),
    ("li", "4. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia yang selanjutnya disingkat "
           "BKPSDM adalah Perangkat Daerah yang melaksanakan urusan kepegawaian dan pengembangan "
           "kompetensi ASN di lingkungan Pemerintah Daerah."),
    ("li", "5. Kepala BKPSDM adalah pimpinan BKPSDM Kota Contoh Raya."),
    ("li", "6. Perangkat Daerah adalah unsur pembantu Wali Kota, termasuk dinas, badan, "
           "inspektorat, sekretariat, rumah sakit umum daerah, dan kecamatan."),
    ("li", "7. Pengembangan Kompetensi adalah upaya untuk pemenuhan kebutuhan kompetensi ASN "
           "dengan standar kompetensi jabatan dan rencana pengembangan karier."),
    ("li", "8. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu belajar yang setara "
           "dengan 45 (empat puluh lima) menit."),
    ("li", "9. Akademi ASN Contoh Raya yang selanjutnya disingkat AKARA adalah corporate university "
           "Pemerintah Daerah yang mengintegrasikan seluruh kegiatan pembelajaran ASN."),
    ("li", "10. Sistem Belajar ASN Contoh Raya yang selanjutnya disingkat SIBARA adalah aplikasi "
           "pembelajaran elektronik dan pencatatan JP yang dikelola AKARA."),
    ("li", "11. Rencana Pengembangan Individu yang selanjutnya disingkat RPI adalah rencana "
           "tahunan pengembangan kompetensi seorang pegawai."),
    ("li", "12. Laporan Penerapan Hasil Pelatihan yang selanjutnya disingkat LPHP adalah laporan "
           "peserta tentang penerapan hasil pelatihan di tempat kerja."),
    ("li", "13. Tim Pertimbangan Pengembangan Kompetensi yang selanjutnya disingkat TP2K adalah "
           "tim yang dibentuk Wali Kota untuk memberikan pertimbangan atas rencana dan evaluasi "
           "pengembangan kompetensi, diketuai oleh Sekretaris Daerah."),
    ("li", "14. Jumat Belajar Bersama yang selanjutnya disebut JUMBARA adalah komunitas belajar "
           "ASN yang dikelola AKARA."),
    ("li", "15. Coach adalah pegawai yang membantu coachee menemukan solusi atas persoalan "
           "kinerjanya melalui percakapan dua arah yang terstruktur."),
    ("li", "16. Mentor adalah pegawai senior yang membagikan pengalaman dan membimbing "
           "pengembangan karier mentee dalam jangka waktu tertentu."),
    ("pasal", "Pasal 2"),
    ("p", "Pedoman ini dimaksudkan sebagai acuan bersama dalam pengembangan kompetensi ASN. "
          "Pedoman ini bertujuan untuk:"),
    ("li", "a. menjamin setiap pegawai memperoleh pengembangan kompetensi yang terencana;"),
    ("li", "b. menyeragamkan cara penghitungan dan pencatatan JP;"),
    ("li", "c. mengaitkan hasil pelatihan dengan kinerja pegawai dan Perangkat Daerah; dan"),
    ("li", "d. menjadi dasar penganggaran pengembangan kompetensi dalam APBD."),
    ("pasal", "Pasal 3"),
    ("p", "Ruang lingkup Pedoman ini meliputi sembilan hal, yaitu:"),
    ("li", "a. target dan penghitungan JP;"),
    ("li", "b. jalur pengembangan kompetensi;"),
    ("li", "c. perencanaan pengembangan kompetensi;"),
    ("li", "d. coaching dan mentoring;"),
    ("li", "e. pengakuan e-learning;"),
    ("li", "f. tugas belajar dan izin belajar;"),
    ("li", "g. pelaporan dan evaluasi;"),
    ("li", "h. penghargaan dan konsekuensi; dan"),
    ("li", "i. pendanaan."),

    # ------------------------------------------------------------------ BAB II
    ("bab", ("BAB II", "TARGET DAN PENGHITUNGAN JAM PELAJARAN")),
    ("bagian", ("Bagian Kesatu", "Target Jam Pelajaran")),
    ("pasal", "Pasal 4"),
    ("p", "(1) Setiap PNS di lingkungan Pemerintah Daerah wajib mengikuti pengembangan kompetensi "
          "paling sedikit 24 (dua puluh empat) JP dalam 1 (satu) tahun."),
    ("p", "(2) Target sebagaimana dimaksud pada ayat (1) lebih tinggi dari batas minimal nasional "
          "20 JP dan ditetapkan berdasarkan kebutuhan Pemerintah Daerah."),
    ("p", "(3) Target JP untuk setiap kelompok jabatan, termasuk batas paling sedikit JP yang harus "
          "berasal dari jalur klasikal, tercantum dalam Tabel 1."),
    ("table", ("Tabel 1. Target JP per Kelompok Jabatan",
               ["Kelompok jabatan", "Target JP per tahun", "Paling sedikit dari jalur klasikal"],
               [["Pejabat Pimpinan Tinggi Pratama", "30 JP", "12 JP"],
                ["Pejabat Administrator", "28 JP", "10 JP"],
                ["Pejabat Pengawas", "26 JP", "10 JP"],
                ["Pejabat Fungsional", "24 JP", "8 JP"],
                ["Pelaksana", "24 JP", "8 JP"],
                ["PPPK", "16 JP", "4 JP"]],
               [80, 45, 55])),
    ("p", "(4) CPNS yang mengikuti Pelatihan Dasar (Latsar) pada tahun berjalan dianggap telah "
          "memenuhi target JP tahun tersebut."),
    ("p", "(5) PPPK yang mengikuti orientasi PPPK memperoleh JP sesuai jadwal orientasi yang "
          "ditetapkan Kepala BKPSDM."),
    ("bagian", ("Bagian Kedua", "Cara Penghitungan JP")),
    ("pasal", "Pasal 5"),
    ("p", "(1) JP dihitung per tahun kalender, mulai 1 Januari sampai dengan 31 Desember."),
    ("p", "(2) JP diakui apabila sertifikat atau bukti kegiatan telah diunggah ke SIBARA dan "
          "diverifikasi oleh admin kepegawaian Perangkat Daerah."),
    ("p", "(3) Verifikasi sebagaimana dimaksud pada ayat (2) dilakukan paling lambat 10 (sepuluh) "
          "hari kerja sejak bukti diunggah."),
    ("p", "(4) Kegiatan yang berlangsung melewati pergantian tahun dihitung pada tahun kegiatan "
          "tersebut berakhir."),
    ("p", "(5) JP dari satu kegiatan hanya dihitung satu kali walaupun kegiatan tersebut memenuhi "
          "lebih dari satu bentuk pengembangan kompetensi."),
    ("p", "(6) Kelebihan JP pada suatu tahun tidak dapat dipindahkan ke tahun berikutnya."),
    ("p", "(7) Bukti kegiatan yang dilaksanakan pada bulan Desember diunggah paling lambat "
          "15 Januari tahun berikutnya."),
    ("p", "(8) Nilai JP kegiatan nonklasikal mengikuti tabel konversi yang ditetapkan dengan "
          "Keputusan Kepala BKPSDM."),
    ("pasal", "Pasal 6"),
    ("p", "SIBARA menampilkan status pemenuhan target JP setiap pegawai dalam tiga kategori, yaitu:"),
    ("li", "a. Tercapai, apabila JP sama dengan atau lebih dari target dan batas JP klasikal "
           "terpenuhi;"),
    ("li", "b. Hampir Tercapai, apabila JP paling sedikit 75% dari target; dan"),
    ("li", "c. Belum Tercapai, apabila JP kurang dari 75% dari target."),
    ("bagian", ("Bagian Ketiga", "Hak Pegawai")),
    ("pasal", "Pasal 7"),
    ("p", "Setiap pegawai berhak:"),
    ("li", "a. memperoleh kesempatan mengikuti paling sedikit satu kali pelatihan klasikal yang "
           "dibiayai APBD dalam 3 (tiga) tahun;"),
    ("li", "b. memperoleh informasi kalender pelatihan tahunan; dan"),
    ("li", "c. mengajukan keberatan atas hasil verifikasi JP kepada Kepala Bidang Pengembangan "
           "Kompetensi BKPSDM paling lambat 14 (empat belas) hari kerja sejak hasil verifikasi "
           "diterima."),

    # ------------------------------------------------------------------ BAB III
    ("bab", ("BAB III", "JALUR PENGEMBANGAN KOMPETENSI")),
    ("pasal", "Pasal 8"),
    ("p", "(1) Pengembangan kompetensi dilaksanakan melalui jalur pendidikan dan jalur pelatihan."),
    ("p", "(2) Jalur pelatihan terdiri atas pelatihan klasikal dan pelatihan nonklasikal."),
    ("bagian", ("Bagian Kesatu", "Pendidikan")),
    ("pasal", "Pasal 9"),
    ("p", "(1) Pengembangan kompetensi melalui jalur pendidikan dilaksanakan dalam bentuk tugas "
          "belajar."),
    ("p", "(2) Izin belajar merupakan kegiatan pendidikan atas biaya dan inisiatif pegawai sendiri "
          "dan tidak dihitung sebagai JP pengembangan kompetensi."),
    ("bagian", ("Bagian Kedua", "Pelatihan Klasikal")),
    ("pasal", "Pasal 10"),
    ("p", "(1) Pelatihan klasikal adalah pembelajaran tatap muka di dalam kelas, baik luring "
          "maupun tatap maya sinkron, yang meliputi:"),
    ("li", "a. pelatihan struktural kepemimpinan;"),
    ("li", "b. pelatihan manajerial;"),
    ("li", "c. pelatihan teknis;"),
    ("li", "d. pelatihan fungsional;"),
    ("li", "e. pelatihan sosial kultural;"),
    ("li", "f. seminar, konferensi, atau sarasehan;"),
    ("li", "g. workshop atau lokakarya;"),
    ("li", "h. kursus;"),
    ("li", "i. penataran;"),
    ("li", "j. bimbingan teknis; dan"),
    ("li", "k. sosialisasi."),
    ("p", "(2) Bimbingan teknis yang diselenggarakan secara daring dengan tatap maya sinkron tetap "
          "termasuk jalur klasikal."),
    ("bagian", ("Bagian Ketiga", "Pelatihan Nonklasikal")),
    ("pasal", "Pasal 11"),
    ("p", "(1) Pelatihan nonklasikal adalah pembelajaran yang menekankan proses di tempat kerja "
          "atau di luar kelas, yang meliputi:"),
    ("li", "a. coaching;"),
    ("li", "b. mentoring;"),
    ("li", "c. e-learning;"),
    ("li", "d. pelatihan jarak jauh;"),
    ("li", "e. detasering;"),
    ("li", "f. pembelajaran alam terbuka;"),
    ("li", "g. patok banding;"),
    ("li", "h. pertukaran antara PNS dengan pegawai swasta, BUMN, atau BUMD;"),
    ("li", "i. belajar mandiri;"),
    ("li", "j. komunitas belajar;"),
    ("li", "k. bimbingan di tempat kerja; dan"),
    ("li", "l. magang atau praktik kerja."),
    ("p", "(2) JUMBARA termasuk pelatihan nonklasikal dalam bentuk komunitas belajar."),
    ("p", "(3) Kegiatan menjadi narasumber atau pengajar internal dicatat sebagai pelatihan "
          "nonklasikal dalam bentuk bimbingan di tempat kerja."),
    ("bagian", ("Bagian Keempat", "Pelatihan Kepemimpinan")),
    ("pasal", "Pasal 12"),
    ("p", "(1) Pelatihan kepemimpinan terdiri atas tiga jenjang sebagaimana tercantum dalam Tabel 2."),
    ("table", ("Tabel 2. Jenjang Pelatihan Kepemimpinan",
               ["Pelatihan", "Sasaran", "Nama lama", "Produk akhir"],
               [["PKN Tingkat II", "Pejabat Pimpinan Tinggi Pratama", "Diklatpim Tingkat II",
                 "proyek perubahan"],
                ["PKA", "Pejabat Administrator", "Diklatpim Tingkat III", "aksi perubahan"],
                ["PKP", "Pejabat Pengawas", "Diklatpim Tingkat IV", "aksi perubahan"]],
               [35, 60, 45, 40])),
    ("p", "(2) Pejabat yang dilantik sebelum mengikuti pelatihan kepemimpinan sesuai jenjangnya "
          "wajib mengikuti pelatihan tersebut paling lambat 2 (dua) tahun sejak pelantikan."),
    ("p", "(3) Calon peserta pelatihan kepemimpinan diusulkan oleh Kepala Perangkat Daerah dan "
          "ditetapkan oleh Kepala BKPSDM."),
    ("bagian", ("Bagian Kelima", "Pelatihan Dasar CPNS")),
    ("pasal", "Pasal 13"),
    ("p", "(1) Latsar CPNS terdiri atas empat agenda, yaitu Sikap Perilaku Bela Negara, Nilai-Nilai "
          "Dasar PNS, Kedudukan dan Peran PNS, serta Habituasi."),
    ("p", "(2) Peserta menyusun rancangan aktualisasi, melaksanakannya di tempat kerja selama "
          "30 (tiga puluh) hari kerja, dan menyusun laporan aktualisasi yang diseminarkan."),
    ("p", "(3) Mentor peserta Latsar adalah atasan langsung, sedangkan coach adalah widyaiswara "
          "atau fasilitator dari penyelenggara."),
    ("p", "(4) CPNS yang dinyatakan tidak lulus Latsar diberi kesempatan mengulang 1 (satu) kali "
          "pada angkatan berikutnya."),

    # ------------------------------------------------------------------ BAB IV
    ("bab", ("BAB IV", "PERENCANAAN PENGEMBANGAN KOMPETENSI")),
    ("pasal", "Pasal 14"),
    ("p", "(1) Analisis kebutuhan pengembangan kompetensi dilakukan oleh atasan langsung bersama "
          "pegawai setiap bulan Januari."),
    ("p", "(2) Analisis kebutuhan mencakup dua analisis, yaitu analisis kesenjangan kompetensi dan "
          "analisis kesenjangan kinerja."),
    ("pasal", "Pasal 15"),
    ("p", "(1) Setiap pegawai menyusun RPI paling lambat 31 Januari setiap tahun."),
    ("p", "(2) RPI disetujui oleh atasan langsung dan diunggah di SIBARA."),
    ("p", "(3) RPI memuat paling sedikit:"),
    ("li", "a. kompetensi yang akan dikembangkan;"),
    ("li", "b. bentuk dan jalur kegiatan;"),
    ("li", "c. jadwal pelaksanaan;"),
    ("li", "d. perkiraan JP; dan"),
    ("li", "e. perkiraan biaya dan sumber dana."),
    ("pasal", "Pasal 16"),
    ("p", "Rencana pengembangan kompetensi Perangkat Daerah disusun oleh Kepala Perangkat Daerah "
          "berdasarkan RPI pegawainya dan disampaikan kepada BKPSDM paling lambat 15 Maret."),
    ("pasal", "Pasal 17"),
    ("p", "(1) BKPSDM menyusun Rencana Pengembangan Kompetensi Kota berdasarkan rencana seluruh "
          "Perangkat Daerah."),
    ("p", "(2) Rencana Pengembangan Kompetensi Kota dibahas oleh TP2K pada bulan April dan "
          "ditetapkan oleh Sekretaris Daerah paling lambat 31 Mei untuk dianggarkan pada tahun "
          "anggaran berikutnya."),

    # ------------------------------------------------------------------ BAB V
    ("bab", ("BAB V", "COACHING DAN MENTORING")),
    ("bagian", ("Bagian Kesatu", "Coaching")),
    ("pasal", "Pasal 18"),
    ("p", "(1) Coaching dilakukan oleh atasan langsung atau oleh coach dari Pool Coach AKARA."),
    ("p", "(2) Satu sesi coaching berlangsung 60-90 menit."),
    ("p", "(3) Coachee dapat mengikuti paling banyak tiga sesi coaching per bulan yang diakui "
          "JP-nya."),
    ("p", "(4) Coaching menggunakan model TIRTA (Tujuan, Identifikasi, Rencana aksi, TAnggung "
          "jawab) atau model GROW."),
    ("p", "(5) Setiap sesi dicatat pada Lembar Catatan Coaching (formulir LCC-01) yang "
          "ditandatangani coach dan coachee, lalu diunggah di SIBARA."),
    ("p", "(6) Coaching bukan forum penilaian kinerja; isi percakapan coaching bersifat rahasia "
          "kecuali disepakati lain oleh coachee."),
    ("pasal", "Pasal 19"),
    ("p", "(1) Anggota Pool Coach AKARA harus memenuhi syarat berikut:"),
    ("li", "a. lulus Pelatihan Coach Internal AKARA;"),
    ("li", "b. memiliki jam terbang coaching paling sedikit 20 jam; dan"),
    ("li", "c. memiliki predikat kinerja paling rendah Baik."),
    ("p", "(2) Keanggotaan Pool Coach AKARA ditetapkan oleh Kepala BKPSDM untuk masa 2 (dua) tahun "
          "dan dapat diperpanjang."),
    ("bagian", ("Bagian Kedua", "Mentoring")),
    ("pasal", "Pasal 20"),
    ("p", "(1) Program Mentoring Karier berlangsung selama 12 bulan."),
    ("p", "(2) Mentor dan mentee bertemu paling sedikit satu kali dalam sebulan."),
    ("p", "(3) Satu mentor membimbing paling banyak lima mentee dalam waktu yang sama."),
    ("p", "(4) Mentor ditetapkan oleh Kepala BKPSDM atas usul Kepala Perangkat Daerah."),
    ("p", "(5) Pada akhir program, mentee menyusun catatan refleksi karier paling banyak "
          "5 (lima) halaman."),
    ("pasal", "Pasal 21"),
    ("p", "Mentor dalam Program Mentoring Karier harus memenuhi syarat berikut:"),
    ("li", "a. menduduki jabatan paling rendah administrator atau jabatan fungsional ahli madya;"),
    ("li", "b. memiliki masa kerja paling singkat 10 tahun; dan"),
    ("li", "c. tidak sedang menjalani hukuman disiplin."),
    ("pasal", "Pasal 22"),
    ("p", "Coaching dan mentoring melaksanakan model pembelajaran 10:20:70, yaitu 10% belajar di "
          "kelas, 20% belajar dari orang lain, dan 70% belajar dari pengalaman kerja."),

    # ------------------------------------------------------------------ BAB VI
    ("bab", ("BAB VI", "PENGAKUAN E-LEARNING")),
    ("pasal", "Pasal 23"),
    ("p", "(1) Kelas e-learning yang diselesaikan di SIBARA diakui secara otomatis."),
    ("p", "(2) E-learning dari platform lain diakui apabila sertifikatnya memuat nama peserta, "
          "nama kegiatan, tanggal, dan durasi atau jumlah JP."),
    ("p", "(3) Sertifikat e-learning yang tidak mencantumkan durasi atau jumlah JP hanya diakui "
          "1 (satu) JP."),
    ("p", "(4) Pengakuan e-learning dari platform lain divalidasi oleh Kepala Bidang Pengembangan "
          "Kompetensi BKPSDM."),
    ("p", "(5) JP dari e-learning yang diakui paling banyak 12 JP per tahun untuk setiap pegawai, "
          "termasuk kelas SIBARA."),
    ("p", "(6) Webinar satu arah tanpa evaluasi akhir diperlakukan sebagai seminar, bukan "
          "e-learning."),
    ("pasal", "Pasal 24"),
    ("p", "Kursus daring terbuka (MOOC) dari perguruan tinggi diakui dengan nilai JP sesuai "
          "sertifikat dan tetap tunduk pada batas sebagaimana dimaksud dalam Pasal 23 ayat (5)."),

    # ------------------------------------------------------------------ BAB VII
    ("bab", ("BAB VII", "TUGAS BELAJAR DAN IZIN BELAJAR")),
    ("bagian", ("Bagian Kesatu", "Tugas Belajar")),
    ("pasal", "Pasal 25"),
    ("p", "(1) Tugas belajar diberikan kepada PNS yang lulus seleksi tugas belajar dan dibiayai "
          "APBD atau sponsor."),
    ("p", "(2) Pegawai tugas belajar dibebaskan dari tugas jabatan selama masa studi."),
    ("p", "(3) Keputusan tugas belajar ditetapkan oleh Sekretaris Daerah atas nama Wali Kota."),
    ("p", "(4) Masa tugas belajar paling lama 2 (dua) tahun untuk program magister, 4 (empat) tahun "
          "untuk program doktor, dan 2 (dua) tahun untuk program sarjana terapan alih jenjang."),
    ("pasal", "Pasal 26"),
    ("p", "Pegawai tugas belajar wajib:"),
    ("li", "a. menyampaikan laporan kemajuan studi setiap semester kepada BKPSDM paling lambat "
           "30 hari setelah semester berakhir;"),
    ("li", "b. menjalani ikatan dinas selama dua kali masa studi ditambah satu tahun (2n+1);"),
    ("li", "c. melapor diri kepada BKPSDM paling lambat 15 hari kerja setelah dinyatakan lulus; dan"),
    ("li", "d. mengembalikan seluruh biaya studi apabila melanggar ikatan dinas."),
    ("pasal", "Pasal 27"),
    ("p", "Masa tugas belajar dapat diperpanjang 1 (satu) kali paling lama 1 (satu) semester atas "
          "persetujuan Sekretaris Daerah."),
    ("bagian", ("Bagian Kedua", "Izin Belajar")),
    ("pasal", "Pasal 28"),
    ("p", "(1) Izin belajar diberikan kepada PNS yang menempuh pendidikan atas biaya sendiri di luar "
          "jam kerja."),
    ("p", "(2) Syarat izin belajar adalah sebagai berikut:"),
    ("li", "a. masa kerja paling singkat 2 (dua) tahun;"),
    ("li", "b. predikat kinerja paling rendah Baik;"),
    ("li", "c. jadwal perkuliahan di luar jam kerja;"),
    ("li", "d. program studi terakreditasi; dan"),
    ("li", "e. program studi relevan dengan jabatan."),
    ("p", "(3) Surat izin belajar diterbitkan oleh Kepala BKPSDM."),
    ("p", "(4) Permohonan izin belajar diajukan melalui SIBARA paling lambat 30 hari sebelum "
          "perkuliahan dimulai."),
    ("p", "(5) Izin belajar tidak menjamin pencantuman gelar atau kenaikan pangkat penyesuaian "
          "ijazah; ketentuan mengenai hal tersebut diatur tersendiri."),
    ("pasal", "Pasal 29"),
    ("p", "Perbedaan tugas belajar dan izin belajar tercantum dalam Tabel 3."),
    ("table", ("Tabel 3. Perbandingan Tugas Belajar dan Izin Belajar",
               ["Aspek", "Tugas belajar", "Izin belajar"],
               [["Biaya", "APBD atau sponsor", "biaya sendiri"],
                ["Tugas jabatan", "dibebaskan", "tetap bekerja"],
                ["Pejabat yang menetapkan", "Sekretaris Daerah a.n. Wali Kota", "Kepala BKPSDM"],
                ["Masa kerja minimal", "4 tahun", "2 tahun"],
                ["Pengakuan JP", "24 JP per semester", "tidak dihitung JP"],
                ["Ikatan dinas", "2n+1", "tidak ada"]],
               [50, 70, 60])),

    # ------------------------------------------------------------------ BAB VIII
    ("bab", ("BAB VIII", "PELAPORAN DAN EVALUASI")),
    ("bagian", ("Bagian Kesatu", "Laporan Penerapan Hasil Pelatihan")),
    ("pasal", "Pasal 30"),
    ("p", "(1) Peserta pelatihan tertentu wajib menyusun LPHP."),
    ("p", "(2) Jenis pelatihan yang wajib disertai LPHP, batas waktu, format, dan cara penyampaian "
          "LPHP diatur dengan Surat Edaran Kepala BKPSDM yang berlaku."),
    ("bagian", ("Bagian Kedua", "Evaluasi Pascapelatihan")),
    ("pasal", "Pasal 31"),
    ("p", "(1) Evaluasi pascapelatihan mengadaptasi model Kirkpatrick yang terdiri atas empat "
          "level, yaitu reaksi, pembelajaran, perilaku, dan hasil."),
    ("p", "(2) Evaluasi reaksi diisi peserta di SIBARA paling lambat 3 (tiga) hari setelah "
          "pelatihan dengan skala 1-5 untuk enam aspek: materi, pengajar, metode, sarana, jadwal, "
          "dan relevansi dengan pekerjaan."),
    ("p", "(3) Evaluasi perilaku dilakukan oleh atasan langsung 3 (tiga) bulan setelah pelatihan."),
    ("p", "(4) Pelatihan dengan rata-rata nilai evaluasi reaksi di bawah 3,5 ditinjau oleh TP2K "
          "sebelum diselenggarakan kembali."),
    ("pasal", "Pasal 32"),
    ("p", "BKPSDM menyampaikan rekapitulasi capaian JP per Perangkat Daerah kepada Sekretaris "
          "Daerah setiap semester, yaitu pada bulan Juli dan bulan Januari."),

    # ------------------------------------------------------------------ BAB IX
    ("bab", ("BAB IX", "PENGHARGAAN DAN KONSEKUENSI")),
    ("pasal", "Pasal 33"),
    ("p", "(1) Penghargaan Pembelajar Teladan diberikan setiap tahun kepada satu pegawai pada setiap "
          "Perangkat Daerah dengan capaian JP dan penerapan hasil pelatihan terbaik."),
    ("p", "(2) Penghargaan diserahkan oleh Wali Kota pada peringatan Hari Jadi Kota Contoh Raya "
          "tanggal 9 Oktober."),
    ("p", "(3) Perangkat Daerah dengan persentase pemenuhan target JP tertinggi memperoleh "
          "Piala AKARA."),
    ("pasal", "Pasal 34"),
    ("p", "(1) Pegawai yang tidak memenuhi target JP selama 2 (dua) tahun berturut-turut:"),
    ("li", "a. tidak diprioritaskan sebagai peserta pelatihan kepemimpinan pada tahun berikutnya;"),
    ("li", "b. wajib menyusun RPI dengan pendampingan atasan langsung; dan"),
    ("li", "c. dicatat dalam dialog kinerja."),
    ("p", "(2) Tidak tercapainya target JP bukan merupakan pelanggaran disiplin."),

    # ------------------------------------------------------------------ BAB X
    ("bab", ("BAB X", "PENDANAAN")),
    ("pasal", "Pasal 35"),
    ("p", "(1) Pengembangan kompetensi dibiayai dari APBD Kota Contoh Raya dan sumber lain yang sah, "
          "termasuk dana BLUD bagi rumah sakit umum daerah."),
    ("p", "(2) Alokasi anggaran pengembangan kompetensi paling sedikit 0,75% dari belanja pegawai "
          "Perangkat Daerah."),
    ("p", "(3) Biaya kontribusi pelatihan dibayarkan langsung oleh Perangkat Daerah kepada "
          "penyelenggara."),
    ("p", "(4) Biaya pelatihan yang diikuti atas inisiatif sendiri tanpa surat tugas tidak "
          "diganti oleh Pemerintah Daerah, tetapi JP-nya tetap dapat diakui."),

    # ------------------------------------------------------------------ BAB XI
    ("bab", ("BAB XI", "KETENTUAN PERALIHAN DAN PENUTUP")),
    ("pasal", "Pasal 36"),
    ("p", "Pelatihan yang sedang berjalan sebelum Pedoman ini berlaku tetap dihitung sesuai "
          "ketentuan sebelumnya."),
    ("pasal", "Pasal 37"),
    ("p", "Pedoman ini mulai berlaku pada tanggal 2 Januari 2027."),
    ("p", "Ditetapkan di Kota Contoh Raya pada tanggal 21 Desember 2026. WALI KOTA CONTOH RAYA."),

    # ------------------------------------------------------------------ LAMPIRAN
    ("bab", ("LAMPIRAN I", "JADWAL SIKLUS PENGEMBANGAN KOMPETENSI")),
    ("p", "Siklus pengembangan kompetensi setiap tahun berjalan sebagai berikut."),
    ("table", ("Tabel 4. Jadwal Siklus Tahunan",
               ["Waktu", "Kegiatan", "Penanggung jawab"],
               [["15 Januari", "Batas unggah bukti kegiatan bulan Desember tahun lalu", "Pegawai"],
                ["Januari", "Analisis kebutuhan dan penyusunan RPI", "Pegawai dan atasan langsung"],
                ["31 Januari", "Batas unggah RPI di SIBARA", "Pegawai"],
                ["15 Maret", "Penyampaian rencana Perangkat Daerah ke BKPSDM",
                 "Kepala Perangkat Daerah"],
                ["April", "Pembahasan rencana oleh TP2K", "Sekretaris Daerah selaku ketua TP2K"],
                ["31 Mei", "Penetapan Rencana Pengembangan Kompetensi Kota", "Sekretaris Daerah"],
                ["Juli", "Rekapitulasi capaian JP semester I", "Kepala BKPSDM"],
                ["9 Oktober", "Penyerahan penghargaan Pembelajar Teladan", "Wali Kota"],
                ["Desember", "Evaluasi tahunan pengembangan kompetensi", "BKPSDM"]],
               [30, 95, 55])),

    ("bab", ("LAMPIRAN II", "FORMAT RENCANA PENGEMBANGAN INDIVIDU (RPI)")),
    ("p", "RPI diisi melalui SIBARA dengan susunan sebagai berikut."),
    ("h", "1. IDENTITAS PEGAWAI"),
    ("p", "Nama, NIP, jabatan, unit kerja, Perangkat Daerah, dan nama atasan langsung."),
    ("h", "2. HASIL ANALISIS KESENJANGAN"),
    ("p", "Kompetensi teknis, manajerial, dan sosial kultural yang masih di bawah standar jabatan, "
          "serta kinerja yang belum mencapai target SKP."),
    ("h", "3. RENCANA KEGIATAN"),
    ("p", "Untuk setiap kegiatan dicantumkan: nama kegiatan, jalur (klasikal atau nonklasikal), "
          "bentuk, penyelenggara, jadwal, perkiraan JP, perkiraan biaya, dan sumber dana."),
    ("h", "4. KETERKAITAN DENGAN SKP"),
    ("p", "Rencana hasil kerja dalam SKP yang didukung oleh setiap kegiatan."),
    ("h", "5. PERSETUJUAN"),
    ("p", "Tanda tangan elektronik pegawai dan atasan langsung di SIBARA."),

    ("bab", ("LAMPIRAN III", "CONTOH PENGHITUNGAN JP")),
    ("h", "A. CONTOH PEGAWAI YANG MEMENUHI TARGET"),
    ("p", "Sdr. Rina (nama fiktif), pelaksana di Kecamatan Rayamulya, pada tahun 2027 mengikuti "
          "kegiatan berikut:"),
    ("li", "- Bimtek Penyusunan SKP (klasikal): 12 JP;"),
    ("li", "- empat sesi JUMBARA (nonklasikal, komunitas belajar): 8 JP;"),
    ("li", "- dua kelas SIBARA (nonklasikal, e-learning): 6 JP."),
    ("p", "Jumlah JP Sdr. Rina adalah 26 JP, di atas target pelaksana 24 JP, dan JP klasikal 12 JP "
          "sudah melebihi batas paling sedikit 8 JP. Status di SIBARA: Tercapai."),
    ("h", "B. CONTOH PEGAWAI YANG BELUM MEMENUHI TARGET"),
    ("p", "Sdr. Bayu (nama fiktif), pejabat pengawas di Dinas Pekerjaan Umum dan Penataan Ruang, "
          "mengikuti kegiatan berikut:"),
    ("li", "- e-learning dari platform lain sebanyak 16 JP, yang diakui hanya 12 JP karena batas "
           "e-learning per tahun;"),
    ("li", "- satu hari seminar (klasikal): 4 JP."),
    ("p", "Jumlah JP yang diakui adalah 16 JP dari target pengawas 26 JP, atau sekitar 62%, dan JP "
          "klasikal 4 JP masih kurang dari batas 10 JP. Status di SIBARA: Belum Tercapai."),

    ("bab", ("LAMPIRAN IV", "DAFTAR SINGKATAN")),
    ("li", "AKARA     Akademi ASN Contoh Raya"),
    ("li", "BKPSDM    Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ("li", "JP        Jam Pelajaran (45 menit)"),
    ("li", "JUMBARA   Jumat Belajar Bersama"),
    ("li", "LCC-01    Lembar Catatan Coaching"),
    ("li", "LPHP      Laporan Penerapan Hasil Pelatihan"),
    ("li", "PKA       Pelatihan Kepemimpinan Administrator"),
    ("li", "PKN       Pelatihan Kepemimpinan Nasional"),
    ("li", "PKP       Pelatihan Kepemimpinan Pengawas"),
    ("li", "RPI       Rencana Pengembangan Individu"),
    ("li", "SIBARA    Sistem Belajar ASN Contoh Raya"),
    ("li", "TP2K      Tim Pertimbangan Pengembangan Kompetensi"),
]


def make_pdf(path: Path) -> int:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Handbook(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, "Pedoman Pengembangan Kompetensi ASN Kota Contoh Raya 2027 - "
                      "fiktif, untuk evaluasi", align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 10, f"Halaman {self.page_no()}", align="C")

    pdf = Handbook(format="A4")
    pdf.set_title("Buku Pedoman Pengembangan Kompetensi ASN Kota Contoh Raya 2027 (fiktif)")
    pdf.set_author("BKPSDM Kota Contoh Raya (fiktif)")
    pdf.set_subject("Dokumen fiktif, untuk evaluasi")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(22, 18, 22)

    # cover
    pdf.add_page()
    pdf.ln(40)
    pdf.set_font("Helvetica", "B", 14)
    for line in ("PEMERINTAH KOTA CONTOH RAYA",
                 "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"):
        pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 10, "BUKU PEDOMAN PENGEMBANGAN KOMPETENSI APARATUR SIPIL NEGARA",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 10, "TAHUN 2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 7, "Lampiran Peraturan Wali Kota Contoh Raya Nomor 14 Tahun 2026",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "I", 11)
    pdf.multi_cell(0, 7, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, "Edisi pertama, Desember 2026", align="C", new_x="LMARGIN", new_y="NEXT")

    body = ("Helvetica", "", 11)
    for kind, payload in PDF_CONTENT:
        if kind == "bab":
            title, sub = payload  # type: ignore[misc]
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 8, title, align="C", new_x="LMARGIN", new_y="NEXT")
            if sub:
                pdf.multi_cell(0, 8, sub, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "bagian":
            title, sub = payload  # type: ignore[misc]
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 7, sub, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "pasal":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 7, str(payload), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 7, str(payload), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(*body)
            pdf.multi_cell(0, 6, str(payload), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "li":
            pdf.set_font(*body)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(pdf.epw - 8, 6, str(payload), new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            caption, header, rows, widths = payload  # type: ignore[misc]
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            with pdf.table(col_widths=tuple(widths), line_height=6,
                           headings_style=FontFace(emphasis="BOLD"),
                           text_align="LEFT") as table:
                for row in [header, *rows]:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(3)
        elif kind == "page":
            pdf.add_page()
        else:  # pragma: no cover
            raise ValueError(kind)
    pdf.output(str(path))
    return pdf.page_no()


# --------------------------------------------------------------------------- DOCX
KONVERSI_HEADER = ["No", "Bentuk kegiatan", "Jalur", "Satuan", "Nilai JP", "Batas pengakuan"]
KONVERSI_ROWS = [
    ["1", "Seminar, konferensi, atau sarasehan", "Klasikal", "1 hari", "4 JP", "maks. 8 JP per kegiatan"],
    ["2", "Sosialisasi", "Klasikal", "1 kegiatan (paling sedikit 3 jam)", "2 JP", "-"],
    ["3", "Workshop atau lokakarya", "Klasikal", "1 hari", "6 JP", "maks. 18 JP per kegiatan"],
    ["4", "Coaching", "Nonklasikal", "1 sesi (60-90 menit)", "2 JP", "maks. 6 JP per bulan"],
    ["5", "Mentoring", "Nonklasikal", "1 pertemuan", "2 JP", "maks. 4 JP per bulan"],
    ["6", "E-learning", "Nonklasikal", "1 hari", "maks. 4 JP", "maks. 12 JP per tahun"],
    ["7", "Belajar mandiri", "Nonklasikal", "1 hari", "1 JP", "maks. 6 JP per tahun"],
    ["8", "Komunitas belajar (termasuk JUMBARA)", "Nonklasikal", "1 pertemuan", "2 JP", "maks. 4 JP per bulan"],
    ["9", "Patok banding", "Nonklasikal", "1 kali kunjungan", "12 JP", "-"],
    ["10", "Detasering", "Nonklasikal", "1 kali penugasan (paling singkat 1 bulan)", "24 JP", "-"],
    ["11", "Magang atau praktik kerja", "Nonklasikal", "1 kali (paling singkat 5 hari kerja)", "15 JP", "-"],
    ["12", "Narasumber atau pengajar internal", "Nonklasikal", "1 kali tampil", "3 JP", "maks. 9 JP per tahun"],
    ["13", "Tugas belajar", "Pendidikan", "1 semester", "24 JP", "-"],
]

TEKNIS_HEADER = ["Kode", "Nama kompetensi teknis", "Sasaran", "Level minimal"]
TEKNIS_ROWS = [
    ["KT-01", "Pengelolaan Keuangan Daerah", "Bendahara dan pejabat penatausahaan keuangan", "Level 3"],
    ["KT-02", "Pengadaan Barang/Jasa Pemerintah", "PPK, pokja pemilihan, pejabat pengadaan", "Level 3"],
    ["KT-03", "Analisis Kebijakan Publik", "Analis kebijakan dan perencana di Bappeda", "Level 2"],
    ["KT-04", "Pelayanan Administrasi Kependudukan", "Petugas layanan Disdukcapil dan kecamatan", "Level 2"],
    ["KT-05", "Manajemen Data dan Statistik Sektoral", "Pranata komputer dan statistisi", "Level 2"],
    ["KT-06", "Pengawasan Intern Pemerintah", "Auditor dan P2UPD Inspektorat Daerah", "Level 3"],
    ["KT-07", "Pengelolaan Barang Milik Daerah", "Pengurus barang dan pengelola aset", "Level 2"],
]

MANAJERIAL_HEADER = ["No", "Kompetensi", "Jenis", "Level minimal pengawas", "Level minimal administrator"]
MANAJERIAL_ROWS = [
    ["1", "Integritas", "Manajerial", "Level 3", "Level 4"],
    ["2", "Kerja Sama", "Manajerial", "Level 3", "Level 4"],
    ["3", "Komunikasi", "Manajerial", "Level 3", "Level 4"],
    ["4", "Orientasi pada Hasil", "Manajerial", "Level 3", "Level 4"],
    ["5", "Pelayanan Publik", "Manajerial", "Level 3", "Level 4"],
    ["6", "Pengembangan Diri dan Orang Lain", "Manajerial", "Level 3", "Level 3"],
    ["7", "Mengelola Perubahan", "Manajerial", "Level 2", "Level 3"],
    ["8", "Pengambilan Keputusan", "Manajerial", "Level 2", "Level 3"],
    ["9", "Perekat Bangsa", "Sosial kultural", "Level 2", "Level 3"],
]


def make_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.title = "Keputusan Kepala BKPSDM tentang Tabel Konversi JP dan Daftar Kompetensi 2027 (fiktif)"
    doc.core_properties.author = "BKPSDM Kota Contoh Raya (fiktif)"
    doc.core_properties.subject = "Dokumen fiktif, untuk evaluasi"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    def table(header: list[str], rows: list[list[str]]) -> None:
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            cell = t.rows[0].cells[i]
            cell.text = h
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v

    doc.add_heading("Keputusan Kepala BKPSDM Kota Contoh Raya Nomor 800.1/210/BKPSDM/2026", level=1)
    doc.add_paragraph("Tentang Tabel Konversi Jam Pelajaran dan Daftar Kompetensi Prioritas Tahun 2027")
    doc.add_paragraph(FIKTIF).runs[0].italic = True

    doc.add_heading("Menimbang", level=2)
    doc.add_paragraph(
        "bahwa untuk melaksanakan Pasal 5 ayat (8) Pedoman Pengembangan Kompetensi ASN Kota Contoh "
        "Raya, perlu menetapkan nilai JP kegiatan pengembangan kompetensi dan daftar kompetensi "
        "prioritas tahun 2027.")
    doc.add_heading("Memutuskan", level=2)
    for text in (
        "KESATU: Menetapkan tabel konversi JP sebagaimana tercantum dalam Lampiran I.",
        "KEDUA: Menetapkan daftar kompetensi teknis prioritas tahun 2027 sebagaimana tercantum dalam "
        "Lampiran II dan level minimal kompetensi manajerial dan sosial kultural sebagaimana "
        "tercantum dalam Lampiran III.",
        "KETIGA: Nilai JP kegiatan yang tidak tercantum dalam Lampiran I ditetapkan oleh Kepala "
        "Bidang Pengembangan Kompetensi berdasarkan durasi efektif dengan pembulatan ke bawah.",
        "KEEMPAT: Keputusan ini mulai berlaku pada tanggal 1 Januari 2027.",
    ):
        doc.add_paragraph(text)
    doc.add_paragraph("Ditetapkan di Kota Contoh Raya pada tanggal 18 Desember 2026. "
                      "Kepala BKPSDM Kota Contoh Raya.")

    doc.add_heading("Lampiran I. Tabel Konversi Jam Pelajaran", level=1)
    doc.add_paragraph("Nilai JP kegiatan pengembangan kompetensi ditetapkan sebagai berikut:")
    table(KONVERSI_HEADER, KONVERSI_ROWS)
    doc.add_paragraph("Catatan:")
    for text in (
        "1 JP setara dengan 45 menit; durasi efektif kurang dari 45 menit tidak dihitung.",
        "Pelatihan klasikal yang sertifikatnya mencantumkan JP dihitung sesuai JP pada sertifikat.",
        "Batas pengakuan per bulan dan per tahun berlaku untuk setiap pegawai.",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Lampiran II. Daftar Kompetensi Teknis Prioritas Tahun 2027", level=1)
    doc.add_paragraph("Tujuh kompetensi teknis berikut menjadi prioritas pelatihan teknis tahun 2027:")
    table(TEKNIS_HEADER, TEKNIS_ROWS)

    doc.add_heading("Lampiran III. Level Minimal Kompetensi Manajerial dan Sosial Kultural", level=1)
    doc.add_paragraph("Terdapat delapan kompetensi manajerial dan satu kompetensi sosial kultural "
                      "dengan level minimal per jenjang jabatan sebagai berikut:")
    table(MANAJERIAL_HEADER, MANAJERIAL_ROWS)
    doc.add_paragraph("Level kompetensi diukur dari 1 sampai dengan 5 sesuai kamus kompetensi "
                      "yang berlaku. Pegawai dengan level di bawah minimal wajib mencantumkan "
                      "kompetensi tersebut dalam RPI.")
    doc.save(str(path))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pages = make_pdf(OUT / PDF_NAME)
    make_docx(OUT / DOCX_NAME)
    print(f"wrote {OUT / PDF_NAME} ({pages} pages)")
    print(f"wrote {OUT / DOCX_NAME}")


if __name__ == "__main__":
    main()
