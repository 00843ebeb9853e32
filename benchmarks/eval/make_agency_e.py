"""Generate the binary documents of the fictional "agency E" evaluation set.

Writes into benchmarks/eval/agency_e/:
  - pedoman-pengembangan-kompetensi-bskn-2026.pdf
        (Peraturan Kepala Badan, long handbook; fpdf2 core fonts, windows-1252)
  - keputusan-kurikulum-pelatihan-survei-batimetri-2026.docx
        (Keputusan Kepala Pusbangkom; python-docx, three tables, one with a merged header)

Everything here is fictional ("fiktif, untuk evaluasi"): the Badan Survei Kelautan Nasional
(BSKN), its Pusbangkom, the Akademi SAMUDRA corporate university, the ARUS learning system
and the research vessel KR Samudra Lestari do not exist.

Run:  python benchmarks/eval/make_agency_e.py
Use --text to print the plain source text of both documents (used to check facts). Table
cells are joined with " | " in that output.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "agency_e"
PDF_NAME = "pedoman-pengembangan-kompetensi-bskn-2026.pdf"
DOCX_NAME = "keputusan-kurikulum-pelatihan-survei-batimetri-2026.docx"

FIKTIF = ("Dokumen ini fiktif, untuk evaluasi. Badan Survei Kelautan Nasional (BSKN), Akademi "
          "SAMUDRA, sistem ARUS dan KR Samudra Lestari tidak ada; nama orang, nomor telepon dan "
          "alamat surel di dalamnya adalah rekaan.")
HEADER = "Peraturan Kepala BSKN Nomor 5 Tahun 2025 - Pedoman Pengembangan Kompetensi Pegawai (fiktif, untuk evaluasi)"
FOOTER = "Akademi SAMUDRA - Badan Survei Kelautan Nasional"

# =========================================================================== PDF content
PDF_TITLE = [
    "PERATURAN KEPALA BADAN SURVEI KELAUTAN NASIONAL",
    "NOMOR 5 TAHUN 2025",
    "TENTANG",
    "PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI DI LINGKUNGAN BADAN SURVEI KELAUTAN NASIONAL",
]
PDF_COVER_LINES = [
    "Akademi SAMUDRA",
    "Pusat Pengembangan Kompetensi Aparatur",
    "Badan Survei Kelautan Nasional",
    "Berlaku mulai 1 Januari 2026",
]

TOC = [
    "Pembukaan (Menimbang, Mengingat, Memutuskan)",
    "BAB I       Ketentuan Umum",
    "BAB II      Akademi SAMUDRA",
    "BAB III     Hak, Kewajiban dan Target Jam Pelajaran",
    "BAB IV      Perencanaan Pengembangan Kompetensi",
    "BAB V       Jalur Pengembangan Kompetensi",
    "BAB VI      Pengakuan dan Konversi Jam Pelajaran",
    "BAB VII     Pelatihan Kepemimpinan, Pelatihan Dasar dan Pelatihan Fungsional",
    "BAB VIII    Pelatihan Teknis Kelautan dan Sertifikasi Kompetensi",
    "BAB IX      Coaching, Mentoring dan Komunitas Belajar",
    "BAB X       Pelatihan di Luar Badan dan Pendanaan",
    "BAB XI      Hubungan dengan Urusan Manajemen ASN Lainnya",
    "BAB XII     Evaluasi, Pelaporan, Penghargaan dan Konsekuensi",
    "BAB XIII    Peran dan Tanggung Jawab",
    "BAB XIV     ARUS dan Layanan Informasi",
    "BAB XV      Ketentuan Peralihan dan Penutup",
    "LAMPIRAN    Kalender Batas Waktu Pengembangan Kompetensi",
]

PREAMBLE: list[tuple[str, object]] = [
    ("center", "DENGAN RAHMAT TUHAN YANG MAHA ESA"),
    ("center", "KEPALA BADAN SURVEI KELAUTAN NASIONAL,"),
    ("p", "Menimbang:"),
    ("li", "a. bahwa untuk mewujudkan pegawai Badan Survei Kelautan Nasional yang kompeten, "
           "berintegritas dan mampu menyelenggarakan survei dan pemetaan kelautan sesuai standar "
           "nasional dan internasional, diperlukan pengembangan kompetensi yang terencana, "
           "terukur dan berkelanjutan;"),
    ("li", "b. bahwa setiap pegawai aparatur sipil negara berhak dan wajib mengembangkan "
           "kompetensinya paling sedikit 20 (dua puluh) jam pelajaran dalam 1 (satu) tahun "
           "sebagaimana diatur dalam peraturan perundang-undangan di bidang manajemen aparatur "
           "sipil negara;"),
    ("li", "c. bahwa Keputusan Kepala Badan Survei Kelautan Nasional Nomor 112 Tahun 2021 "
           "tentang Pedoman Pendidikan dan Pelatihan Pegawai sudah tidak sesuai dengan "
           "perkembangan kebutuhan organisasi, pembentukan Akademi SAMUDRA sebagai corporate "
           "university, dan penerapan sistem pembelajaran ARUS, sehingga perlu diganti;"),
    ("li", "d. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b dan "
           "huruf c, perlu menetapkan Peraturan Kepala Badan tentang Pedoman Pengembangan "
           "Kompetensi Pegawai di Lingkungan Badan Survei Kelautan Nasional;"),
    ("p", "Mengingat:"),
    ("li", "1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;"),
    ("li", "2. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
           "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;"),
    ("li", "3. Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah "
           "dengan Perjanjian Kerja;"),
    ("li", "4. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
           "Kompetensi Pegawai Negeri Sipil;"),
    ("li", "5. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 38 "
           "Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara;"),
    ("li", "6. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 "
           "Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara;"),
    ("li", "7. Peraturan Presiden Nomor 88 Tahun 2024 tentang Badan Survei Kelautan Nasional "
           "(fiktif);"),
    ("li", "8. Peraturan Kepala Badan Survei Kelautan Nasional Nomor 1 Tahun 2025 tentang "
           "Organisasi dan Tata Kerja Badan Survei Kelautan Nasional (fiktif);"),
    ("center", "MEMUTUSKAN:"),
    ("p", "Menetapkan: PERATURAN KEPALA BADAN SURVEI KELAUTAN NASIONAL TENTANG PEDOMAN "
          "PENGEMBANGAN KOMPETENSI PEGAWAI DI LINGKUNGAN BADAN SURVEI KELAUTAN NASIONAL."),
]

PDF_CONTENT: list[tuple[str, object]] = [
    # ------------------------------------------------------------------ BAB I
    ("bab", ["BAB I", "KETENTUAN UMUM"]),
    ("pasal", "Pasal 1"),
    ("p", "Dalam Peraturan Kepala Badan ini yang dimaksud dengan:"),
    ("li", "1. Badan Survei Kelautan Nasional yang selanjutnya disebut Badan atau BSKN adalah "
           "lembaga pemerintah yang melaksanakan tugas pemerintahan di bidang survei, pemetaan "
           "dan pengelolaan data kelautan nasional."),
    ("li", "2. Kepala Badan adalah Kepala Badan Survei Kelautan Nasional."),
    ("li", "3. Sekretaris Utama yang selanjutnya disebut Sestama adalah Sekretaris Utama Badan "
           "Survei Kelautan Nasional."),
    ("li", "4. Pusat Pengembangan Kompetensi Aparatur yang selanjutnya disebut Pusbangkom adalah "
           "unit kerja di bawah dan bertanggung jawab kepada Sestama yang melaksanakan "
           "pengelolaan pengembangan kompetensi pegawai Badan."),
    ("li", "5. Biro Sumber Daya Manusia yang selanjutnya disebut Biro SDM adalah unit kerja pada "
           "Sekretariat Utama yang melaksanakan urusan manajemen kepegawaian selain "
           "pengembangan kompetensi."),
    ("li", "6. Unit Kerja adalah unit organisasi setingkat eselon II di lingkungan Badan, "
           "termasuk Balai Survei Kelautan Wilayah dan Unit Pengelola Kapal Riset."),
    ("li", "7. Balai Survei Kelautan Wilayah yang selanjutnya disebut Balai Wilayah adalah unit "
           "pelaksana teknis Badan di daerah, yang terdiri atas Balai Wilayah I Belawan, Balai "
           "Wilayah II Semarang, Balai Wilayah III Makassar, Balai Wilayah IV Ambon dan Balai "
           "Wilayah V Sorong."),
    ("li", "8. Pegawai adalah Pegawai Negeri Sipil (PNS) dan Pegawai Pemerintah dengan Perjanjian "
           "Kerja (PPPK) yang bekerja di lingkungan Badan."),
    ("li", "9. Pengembangan Kompetensi yang selanjutnya disebut Bangkom adalah upaya untuk "
           "pemenuhan kebutuhan kompetensi Pegawai dengan standar kompetensi jabatan dan "
           "rencana pengembangan karier."),
    ("li", "10. Akademi SAMUDRA (Sekolah Aparatur Maritim Unggul, Digital, Responsif dan Adaptif) "
           "adalah corporate university Badan yang dikelola oleh Pusbangkom sebagai wadah "
           "pembelajaran terintegrasi yang menghubungkan pembelajaran Pegawai dengan kinerja "
           "organisasi."),
    ("li", "11. ARUS (Akses Ruang belajar Untuk Semua) adalah sistem pengelolaan pembelajaran "
           "(learning management system) milik Badan yang digunakan untuk pendaftaran, "
           "pembelajaran elektronik, pencatatan dan pengakuan jam pelajaran."),
    ("li", "12. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu kegiatan Bangkom; "
           "1 (satu) JP setara dengan 45 (empat puluh lima) menit."),
    ("li", "13. Analisis Kebutuhan Pengembangan Kompetensi yang selanjutnya disingkat AKPK adalah "
           "proses identifikasi kesenjangan antara kompetensi Pegawai dan standar kompetensi "
           "jabatan serta kebutuhan kinerja organisasi."),
    ("li", "14. Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah "
           "rencana Bangkom tahunan setiap Pegawai yang disusun bersama atasan langsung."),
    ("li", "15. Rencana Bangkom Badan yang selanjutnya disingkat RBB adalah rencana tahunan "
           "Bangkom seluruh Unit Kerja yang ditetapkan oleh Sestama."),
    ("li", "16. Pengelola Bangkom Unit Kerja yang selanjutnya disingkat PBUK adalah Pegawai yang "
           "ditunjuk oleh pimpinan Unit Kerja untuk mengelola data Bangkom dan melakukan "
           "verifikasi tingkat pertama di ARUS."),
    ("li", "17. Pengajar Internal adalah Pegawai yang ditetapkan oleh Kepala Pusbangkom untuk "
           "mengajar, melatih atau menjadi narasumber dalam program Akademi SAMUDRA."),
    ("li", "18. Coach adalah Pegawai atau pihak lain yang telah mengikuti pelatihan coaching dan "
           "ditetapkan untuk mendampingi Pegawai menemukan solusi atas permasalahan kinerjanya."),
    ("li", "19. Mentor adalah Pegawai senior yang ditetapkan untuk berbagi pengalaman, pengetahuan "
           "dan keterampilan kepada Pegawai lain dalam Program Mentoring NAKHODA."),
    ("li", "20. Forum Dermaga Ilmu yang selanjutnya disingkat FDI adalah komunitas belajar "
           "(community of practices) Badan tempat Pegawai berbagi pengetahuan secara berkala."),
    ("li", "21. Awak Kapal Riset adalah Pegawai yang ditugaskan pada kapal riset milik Badan, "
           "termasuk KR Samudra Lestari, di bawah Unit Pengelola Kapal Riset (UPKR)."),
    ("li", "22. Laporan Implementasi Pembelajaran yang selanjutnya disingkat LIP adalah laporan "
           "Pegawai mengenai penerapan hasil Bangkom di tempat kerja."),
    ("li", "23. Sertifikasi Kompetensi adalah proses pemberian sertifikat kompetensi melalui uji "
           "kompetensi oleh lembaga sertifikasi yang berwenang."),
    ("li", "24. Hari kerja adalah hari Senin sampai dengan hari Jumat, kecuali hari libur "
           "nasional dan cuti bersama yang ditetapkan Pemerintah."),
    ("pasal", "Pasal 2"),
    ("p", "(1) Peraturan Kepala Badan ini dimaksudkan sebagai pedoman bagi Unit Kerja, atasan "
          "langsung dan Pegawai dalam merencanakan, melaksanakan, mencatat, mengakui dan "
          "mengevaluasi Bangkom di lingkungan Badan."),
    ("p", "(2) Peraturan Kepala Badan ini bertujuan untuk:"),
    ("li", "a. mewujudkan Pegawai yang kompeten, berkinerja tinggi dan adaptif terhadap "
           "perkembangan teknologi survei kelautan;"),
    ("li", "b. menjamin setiap Pegawai, termasuk Pegawai di Balai Wilayah dan Awak Kapal Riset, "
           "memperoleh hak Bangkom secara adil dan terencana;"),
    ("li", "c. menyelaraskan Bangkom dengan sasaran strategis Badan; dan"),
    ("li", "d. membangun budaya belajar melalui Akademi SAMUDRA."),
    ("pasal", "Pasal 3"),
    ("p", "Ruang lingkup Peraturan Kepala Badan ini meliputi:"),
    ("li", "a. Akademi SAMUDRA;"),
    ("li", "b. hak, kewajiban dan target JP;"),
    ("li", "c. perencanaan Bangkom;"),
    ("li", "d. jalur Bangkom;"),
    ("li", "e. pengakuan dan konversi JP;"),
    ("li", "f. pelatihan kepemimpinan, pelatihan dasar, pelatihan fungsional dan pelatihan "
           "teknis;"),
    ("li", "g. coaching, mentoring dan komunitas belajar;"),
    ("li", "h. pelatihan di luar Badan dan pendanaan;"),
    ("li", "i. evaluasi, pelaporan, penghargaan dan konsekuensi;"),
    ("li", "j. peran dan tanggung jawab; dan"),
    ("li", "k. ARUS dan layanan informasi."),
    ("pasal", "Pasal 4"),
    ("p", "Bangkom di lingkungan Badan dilaksanakan berdasarkan prinsip:"),
    ("li", "a. berbasis kebutuhan, yaitu didasarkan pada hasil AKPK dan kebutuhan kinerja;"),
    ("li", "b. terintegrasi, yaitu terhubung dengan perencanaan kinerja dan pengembangan karier;"),
    ("li", "c. setara dan inklusif, yaitu memberikan kesempatan yang sama kepada seluruh Pegawai "
           "tanpa membedakan lokasi tugas, status kepegawaian dan jenis kelamin;"),
    ("li", "d. akuntabel, yaitu dapat dipertanggungjawabkan dari sisi proses, hasil dan "
           "penggunaan anggaran; dan"),
    ("li", "e. berkelanjutan, yaitu dilaksanakan secara terus-menerus sepanjang masa kerja "
           "Pegawai."),
    # ------------------------------------------------------------------ BAB II
    ("bab", ["BAB II", "AKADEMI SAMUDRA"]),
    ("pasal", "Pasal 5"),
    ("p", "(1) Akademi SAMUDRA merupakan corporate university Badan yang menjadi pusat "
          "penyelenggaraan, koordinasi dan pengendalian seluruh kegiatan Bangkom di lingkungan "
          "Badan."),
    ("p", "(2) Pengelolaan Akademi SAMUDRA dilaksanakan oleh Pusbangkom dengan berkedudukan di "
          "Gedung Akademi SAMUDRA, Jalan Lodan Raya Nomor 9, Ancol, Jakarta Utara."),
    ("p", "(3) Akademi SAMUDRA terdiri atas empat sekolah sebagaimana tercantum dalam Tabel 1."),
    ("table", ("Tabel 1. Sekolah pada Akademi SAMUDRA",
               ["Sekolah", "Fokus Kompetensi", "Ketua Sekolah (ex officio)"],
               [["Sekolah Kepemimpinan Maritim",
                 "kompetensi manajerial, sosial kultural, kepemimpinan dan budaya kerja",
                 "Kepala Pusbangkom"],
                ["Sekolah Teknik Survei",
                 "survei hidrografi, survei batimetri, oseanografi dan keselamatan kerja di laut",
                 "Direktur Survei Hidrografi"],
                ["Sekolah Data dan Digital",
                 "pengelolaan data kelautan, sistem informasi geografis, analitik data dan "
                 "penulisan ilmiah",
                 "Direktur Data dan Informasi Kelautan"],
                ["Sekolah Tata Kelola",
                 "perencanaan, keuangan, pengadaan barang/jasa, kepegawaian dan penulisan "
                 "kebijakan",
                 "Kepala Biro Perencanaan dan Keuangan"]],
               [50, 75, 45])),
    ("pasal", "Pasal 6"),
    ("p", "(1) Untuk memberikan arah kebijakan Akademi SAMUDRA dibentuk Dewan Pembina Akademi "
          "SAMUDRA."),
    ("p", "(2) Dewan Pembina Akademi SAMUDRA diketuai oleh Sestama dengan anggota para Deputi, "
          "Inspektur dan Kepala Pusbangkom sebagai sekretaris merangkap anggota."),
    ("p", "(3) Dewan Pembina Akademi SAMUDRA bertugas:"),
    ("li", "a. menetapkan prioritas program Bangkom tahunan berdasarkan sasaran strategis Badan;"),
    ("li", "b. menyetujui rancangan RBB sebelum ditetapkan oleh Sestama;"),
    ("li", "c. mengevaluasi kinerja Akademi SAMUDRA; dan"),
    ("li", "d. memberikan rekomendasi penerima Anugerah Samudra Pembelajar."),
    ("p", "(4) Dewan Pembina Akademi SAMUDRA bersidang paling sedikit dua kali dalam satu tahun, "
          "yaitu pada bulan April dan bulan Oktober."),
    ("pasal", "Pasal 7"),
    ("p", "Dalam mengelola Akademi SAMUDRA, Pusbangkom bertugas:"),
    ("li", "a. mengoordinasikan pelaksanaan AKPK dan menyusun rancangan RBB;"),
    ("li", "b. merancang kurikulum dan menyelenggarakan program Akademi SAMUDRA;"),
    ("li", "c. menetapkan Pengajar Internal, Coach dan Mentor;"),
    ("li", "d. mengelola ARUS dan melakukan verifikasi akhir pengakuan JP;"),
    ("li", "e. memfasilitasi pengiriman Pegawai pada pelatihan yang diselenggarakan instansi "
           "lain; dan"),
    ("li", "f. menyusun laporan Bangkom Badan."),
    ("pasal", "Pasal 8"),
    ("p", "(1) Pengajar Internal ditetapkan oleh Kepala Pusbangkom untuk masa tiga tahun dan dapat "
          "ditetapkan kembali."),
    ("p", "(2) Calon Pengajar Internal paling sedikit memenuhi syarat:"),
    ("li", "a. menduduki jabatan paling rendah Ahli Muda atau Pengawas;"),
    ("li", "b. memiliki predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir;"),
    ("li", "c. telah mengikuti Training of Trainers (TOT) yang diselenggarakan Akademi SAMUDRA "
           "atau lembaga pelatihan terakreditasi; dan"),
    ("li", "d. tidak sedang menjalani hukuman disiplin."),
    ("p", "(3) Pengajar Internal wajib mengajar paling sedikit 12 JP dalam satu tahun. Honorarium "
          "Pengajar Internal diberikan sesuai Standar Biaya Masukan yang berlaku."),
    # ------------------------------------------------------------------ BAB III
    ("bab", ["BAB III", "HAK, KEWAJIBAN DAN TARGET JAM PELAJARAN"]),
    ("bagian", "Bagian Kesatu\nTarget Jam Pelajaran"),
    ("pasal", "Pasal 9"),
    ("p", "(1) Setiap Pegawai berhak dan wajib mengikuti Bangkom paling sedikit 20 JP (dua puluh "
          "jam pelajaran) dalam 1 (satu) tahun."),
    ("p", "(2) Ketentuan sebagaimana dimaksud pada ayat (1) berlaku sama bagi PNS dan PPPK."),
    ("p", "(3) Bagi pejabat pimpinan tinggi, pejabat administrator dan pejabat pengawas, dari "
          "target sebagaimana dimaksud pada ayat (1) paling sedikit 8 JP berupa Bangkom "
          "kompetensi manajerial."),
    ("p", "(4) Bagi pejabat fungsional, dari target sebagaimana dimaksud pada ayat (1) paling "
          "sedikit 10 JP berupa Bangkom kompetensi teknis atau fungsional sesuai jabatannya."),
    ("p", "(5) Bagi Awak Kapal Riset, dari target sebagaimana dimaksud pada ayat (1) paling "
          "sedikit 6 JP berupa pelatihan keselamatan pelayaran dan penyelamatan diri di laut."),
    ("p", "(6) Selain target individu sebagaimana dimaksud pada ayat (1), setiap Unit Kerja "
          "ditargetkan mencapai rata-rata paling sedikit 24 JP per Pegawai dalam satu tahun."),
    ("p", "(7) JP yang melebihi target dalam satu tahun tidak dapat dialihkan ke tahun "
          "berikutnya."),
    ("p", "(8) Tahun pencatatan JP adalah tanggal 1 Januari sampai dengan 31 Desember. Bangkom "
          "yang dilaksanakan pada bulan Desember dihitung sebagai capaian tahun berjalan "
          "sepanjang buktinya diunggah ke ARUS paling lambat tanggal 15 Januari tahun "
          "berikutnya."),
    ("table", ("Tabel 2. Ringkasan Target Jam Pelajaran per Tahun",
               ["Kelompok Pegawai", "Target JP", "Ketentuan Khusus"],
               [["PNS dan PPPK", "paling sedikit 20 JP", "berlaku sama; dipantau setiap triwulan"],
                ["Pejabat pimpinan tinggi, administrator dan pengawas", "paling sedikit 20 JP",
                 "paling sedikit 8 JP Bangkom kompetensi manajerial"],
                ["Pejabat fungsional", "paling sedikit 20 JP",
                 "paling sedikit 10 JP Bangkom teknis atau fungsional"],
                ["Awak Kapal Riset", "paling sedikit 20 JP",
                 "paling sedikit 6 JP pelatihan keselamatan pelayaran"],
                ["CPNS", "mengikuti Pelatihan Dasar CPNS",
                 "Pelatihan Dasar dihitung sebagai pemenuhan target tahun berjalan"],
                ["PPPK yang baru diangkat", "mengikuti Orientasi PPPK",
                 "Orientasi PPPK 24 JP dihitung sebagai capaian tahun berjalan"],
                ["Unit Kerja", "rata-rata paling sedikit 24 JP per Pegawai",
                 "dipantau melalui dasbor ARUS"]],
               [55, 45, 70])),
    ("bagian", "Bagian Kedua\nKewajiban dan Hak Pegawai"),
    ("pasal", "Pasal 10"),
    ("p", "Setiap Pegawai berkewajiban:"),
    ("li", "a. menyusun RPKI bersama atasan langsung sesuai jadwal dalam Pasal 14;"),
    ("li", "b. mengikuti Bangkom sesuai RPKI dan penugasan pimpinan;"),
    ("li", "c. mengunggah bukti Bangkom ke ARUS paling lambat 10 hari kerja setelah kegiatan "
           "selesai;"),
    ("li", "d. menyampaikan LIP melalui ARUS paling lambat 30 hari kalender setelah mengikuti "
           "pelatihan klasikal dengan bobot paling sedikit 24 JP; dan"),
    ("li", "e. membagikan pengetahuan yang diperoleh sebagai narasumber FDI atau di Unit Kerjanya "
           "paling sedikit satu kali, apabila mengikuti Bangkom yang dibiayai Badan dengan biaya "
           "lebih dari Rp10.000.000 (sepuluh juta rupiah) per orang."),
    ("pasal", "Pasal 11"),
    ("p", "Setiap Pegawai berhak:"),
    ("li", "a. memperoleh kesempatan Bangkom yang sama sesuai kebutuhan jabatan dan kinerja;"),
    ("li", "b. memperoleh informasi program, kuota dan jadwal Bangkom melalui ARUS dan portal "
           "Akademi SAMUDRA;"),
    ("li", "c. memperoleh sertifikat atau surat keterangan untuk setiap Bangkom yang "
           "diselesaikan;"),
    ("li", "d. memperoleh pengakuan JP sesuai ketentuan dalam Peraturan Kepala Badan ini; dan"),
    ("li", "e. memperoleh pendampingan coaching atau mentoring sesuai kebutuhan."),
    ("pasal", "Pasal 12"),
    ("p", "(1) Target JP dikurangi secara proporsional bagi Pegawai yang dalam tahun berjalan:"),
    ("li", "a. menjalani cuti di luar tanggungan negara;"),
    ("li", "b. menjalani cuti melahirkan atau cuti sakit lebih dari 30 hari kalender; atau"),
    ("li", "c. diberhentikan sementara sesuai ketentuan peraturan perundang-undangan."),
    ("p", "(2) Pegawai yang sedang menjalani tugas belajar dianggap memenuhi target JP pada tahun "
          "berjalan."),
    ("p", "(3) Jenis, hak dan tata cara pengajuan cuti tidak diatur dalam Peraturan Kepala Badan "
          "ini dan dilayani oleh Biro SDM sesuai ketentuan peraturan perundang-undangan."),
    # ------------------------------------------------------------------ BAB IV
    ("bab", ["BAB IV", "PERENCANAAN PENGEMBANGAN KOMPETENSI"]),
    ("pasal", "Pasal 13"),
    ("p", "(1) AKPK dilaksanakan setiap tahun melalui ARUS dengan membandingkan kompetensi "
          "Pegawai terhadap standar kompetensi jabatan, hasil penilaian kinerja dan hasil "
          "pemetaan talenta."),
    ("p", "(2) Tahapan AKPK adalah sebagai berikut:"),
    ("li", "a. pengisian instrumen AKPK oleh Pegawai pada tanggal 2 Januari sampai dengan "
           "13 Februari;"),
    ("li", "b. validasi oleh atasan langsung paling lama 10 hari kerja setelah pengisian "
           "instrumen ditutup;"),
    ("li", "c. rekapitulasi oleh PBUK dan penyampaian kepada Pusbangkom paling lambat "
           "tanggal 16 Maret;"),
    ("li", "d. analisis dan penyusunan rancangan RBB oleh Pusbangkom; dan"),
    ("li", "e. penetapan RBB oleh Sestama paling lambat tanggal 30 April setelah disetujui "
           "Dewan Pembina Akademi SAMUDRA."),
    ("p", "(3) Unit Kerja yang tidak menyampaikan rekapitulasi AKPK sampai batas waktu "
          "sebagaimana dimaksud pada ayat (2) huruf c tidak memperoleh prioritas kuota "
          "pelatihan teknis pada tahun berikutnya."),
    ("pasal", "Pasal 14"),
    ("p", "(1) RPKI disusun oleh setiap Pegawai dan disepakati bersama atasan langsung melalui "
          "ARUS paling lambat tanggal 31 Maret setiap tahun."),
    ("p", "(2) RPKI paling sedikit memuat:"),
    ("li", "a. kompetensi yang akan dikembangkan berdasarkan hasil AKPK;"),
    ("li", "b. jalur dan bentuk Bangkom yang dipilih;"),
    ("li", "c. target JP;"),
    ("li", "d. perkiraan waktu pelaksanaan; dan"),
    ("li", "e. perkiraan biaya dan sumber pendanaan, apabila ada."),
    ("p", "(3) RPKI dapat diubah paling banyak tiga kali dalam satu tahun, dengan perubahan "
          "terakhir paling lambat tanggal 31 Oktober."),
    ("p", "(4) Dalam hal atasan langsung berhalangan tetap, RPKI disepakati oleh pejabat satu "
          "tingkat di atasnya."),
    ("pasal", "Pasal 15"),
    ("p", "(1) Dalam menentukan peserta Bangkom yang kuotanya terbatas, Unit Kerja dan "
          "Pusbangkom memberikan prioritas kepada:"),
    ("li", "a. Pegawai yang belum mencapai 20 JP pada tahun sebelumnya;"),
    ("li", "b. Pegawai pada jabatan kritikal, yaitu Surveyor Pemetaan, Nakhoda dan Perwira "
           "Kapal Riset, serta Pranata Komputer yang mengelola data kelautan; dan"),
    ("li", "c. Pegawai yang Bangkomnya tercantum dalam RPKI."),
    ("p", "(2) Sebagai afirmasi wilayah timur, paling sedikit 25% (dua puluh lima persen) kuota "
          "setiap pelatihan teknis yang diselenggarakan Akademi SAMUDRA dialokasikan bagi "
          "Pegawai Balai Wilayah III Makassar, Balai Wilayah IV Ambon dan Balai Wilayah V "
          "Sorong."),
    ("p", "(3) Kuota peserta dan pagu anggaran Bangkom per Unit Kerja ditetapkan setiap tahun "
          "oleh Sestama berdasarkan RBB."),
    ("pasal", "Pasal 16"),
    ("p", "(1) Setiap pimpinan Unit Kerja menunjuk paling sedikit satu orang PBUK."),
    ("p", "(2) Unit Kerja dengan jumlah Pegawai lebih dari 150 orang menunjuk paling sedikit "
          "dua orang PBUK."),
    ("p", "(3) Surat penunjukan PBUK disampaikan kepada Kepala Pusbangkom paling lambat tanggal "
          "10 Januari setiap tahun."),
    ("p", "(4) PBUK bertugas memantau capaian JP Pegawai di Unit Kerjanya, melakukan verifikasi "
          "tingkat pertama atas bukti Bangkom dan menyusun laporan triwulanan."),
    # ------------------------------------------------------------------ BAB V
    ("bab", ["BAB V", "JALUR PENGEMBANGAN KOMPETENSI"]),
    ("bagian", "Bagian Kesatu\nUmum"),
    ("pasal", "Pasal 17"),
    ("p", "(1) Bangkom dilaksanakan melalui jalur klasikal dan jalur nonklasikal."),
    ("p", "(2) Jalur klasikal adalah proses pembelajaran tatap muka di dalam kelas, baik luring "
          "maupun daring sinkron, yang dipandu oleh pengajar, fasilitator atau narasumber."),
    ("p", "(3) Jalur nonklasikal adalah proses pembelajaran yang dilaksanakan di luar kelas dan "
          "menekankan pada pembelajaran di tempat kerja, pembelajaran mandiri dan pembelajaran "
          "melalui interaksi antarpegawai."),
    ("bagian", "Bagian Kedua\nJalur Klasikal"),
    ("pasal", "Pasal 18"),
    ("p", "Bentuk Bangkom jalur klasikal meliputi:"),
    ("li", "a. pelatihan struktural kepemimpinan;"),
    ("li", "b. pelatihan dasar CPNS;"),
    ("li", "c. pelatihan fungsional;"),
    ("li", "d. pelatihan teknis;"),
    ("li", "e. seminar, konferensi dan sarasehan, termasuk seminar daring (webinar);"),
    ("li", "f. workshop atau lokakarya;"),
    ("li", "g. kursus;"),
    ("li", "h. penataran;"),
    ("li", "i. bimbingan teknis; dan"),
    ("li", "j. sosialisasi."),
    ("bagian", "Bagian Ketiga\nJalur Nonklasikal"),
    ("pasal", "Pasal 19"),
    ("p", "Bentuk Bangkom jalur nonklasikal meliputi:"),
    ("li", "a. coaching;"),
    ("li", "b. mentoring;"),
    ("li", "c. e-learning;"),
    ("li", "d. pelatihan jarak jauh;"),
    ("li", "e. detasering (secondment);"),
    ("li", "f. pembelajaran alam terbuka (outbound);"),
    ("li", "g. patok banding (benchmarking);"),
    ("li", "h. pertukaran antara Pegawai dengan pegawai swasta atau badan usaha milik negara;"),
    ("li", "i. belajar mandiri (self development);"),
    ("li", "j. komunitas belajar (community of practices);"),
    ("li", "k. magang atau praktik kerja; dan"),
    ("li", "l. latihan kerja di kapal riset (sea training)."),
    ("bagian", "Bagian Keempat\nPenggolongan Program Akademi SAMUDRA"),
    ("pasal", "Pasal 20"),
    ("p", "Program yang diselenggarakan Akademi SAMUDRA digolongkan ke dalam jalur dan bentuk "
          "Bangkom sebagaimana tercantum dalam Tabel 3. Penggolongan ini menjadi dasar "
          "pencatatan JP di ARUS."),
    ("table", ("Tabel 3. Penggolongan Program Akademi SAMUDRA",
               ["Program", "Singkatan", "Jalur", "Bentuk Bangkom", "Sekolah"],
               [["Pelatihan Teknis Survei Batimetri Tingkat I", "PTSB-I", "Klasikal",
                 "Pelatihan teknis", "Teknik Survei"],
                ["Pelatihan Teknis Survei Batimetri Tingkat II", "PTSB-II", "Klasikal",
                 "Pelatihan teknis dengan praktik laut", "Teknik Survei"],
                ["Sekolah Menulis Ilmiah", "SEMI", "Klasikal", "Kursus (kombinasi luring dan "
                 "daring)", "Data dan Digital"],
                ["Sekolah Menulis Kebijakan", "SEMAK", "Klasikal", "Lokakarya",
                 "Tata Kelola"],
                ["Samudra Talks", "-", "Klasikal", "Seminar daring (webinar)",
                 "Kepemimpinan Maritim"],
                ["Program Mentoring NAKHODA", "NAKHODA", "Nonklasikal", "Mentoring",
                 "Kepemimpinan Maritim"],
                ["Forum Dermaga Ilmu", "FDI", "Nonklasikal",
                 "Komunitas belajar (community of practices)", "Kepemimpinan Maritim"],
                ["Kelas Mandiri ARUS", "-", "Nonklasikal", "E-learning", "Semua sekolah"],
                ["Latihan Layar Kapal Riset", "LALAR", "Nonklasikal",
                 "Latihan kerja di kapal riset (sea training)", "Teknik Survei"],
                ["Detasering Antarbalai", "-", "Nonklasikal", "Detasering (secondment)",
                 "Tata Kelola"]],
               [52, 22, 24, 42, 30])),
    # ------------------------------------------------------------------ BAB VI
    ("bab", ["BAB VI", "PENGAKUAN DAN KONVERSI JAM PELAJARAN"]),
    ("pasal", "Pasal 21"),
    ("p", "(1) Pengakuan JP diberikan berdasarkan bukti berupa sertifikat, Surat Tanda Tamat "
          "Pelatihan (STTPL), surat keterangan, daftar hadir atau laporan kegiatan yang "
          "diunggah Pegawai ke ARUS."),
    ("p", "(2) Bukti sebagaimana dimaksud pada ayat (1) diunggah paling lambat 10 hari kerja "
          "setelah kegiatan selesai."),
    ("p", "(3) Verifikasi tingkat pertama dilakukan oleh PBUK paling lama 5 hari kerja sejak "
          "bukti diunggah, dan verifikasi akhir dilakukan oleh Pusbangkom paling lama 10 hari "
          "kerja sejak verifikasi tingkat pertama."),
    ("p", "(4) Bukti yang diunggah melewati batas waktu sebagaimana dimaksud pada ayat (2) tetap "
          "dapat diajukan dengan persetujuan atasan langsung melalui ARUS, paling lambat tanggal "
          "15 Januari tahun berikutnya."),
    ("p", "(5) Awak Kapal Riset yang sedang berlayar mengunggah bukti paling lambat 10 hari "
          "kerja setelah kapal sandar di pelabuhan pangkalan."),
    ("pasal", "Pasal 22"),
    ("p", "(1) Bangkom jalur klasikal diakui sesuai jumlah JP yang tercantum dalam sertifikat "
          "atau STTPL, dengan syarat kehadiran paling sedikit 90% (sembilan puluh persen) dari "
          "seluruh sesi."),
    ("p", "(2) Bangkom jalur nonklasikal dikonversi menjadi JP sesuai Tabel 4."),
    ("table", ("Tabel 4. Konversi Jam Pelajaran Bangkom Jalur Nonklasikal dan Kegiatan Lain",
               ["No", "Kegiatan", "Satuan", "Pengakuan JP", "Batas Pengakuan"],
               [["1", "Coaching oleh atasan langsung atau Coach", "per sesi 60–90 menit",
                 "2 JP", "paling banyak 12 JP per tahun"],
                ["2", "Mentoring dalam Program Mentoring NAKHODA", "per sesi 60–90 menit",
                 "2 JP", "paling banyak 16 JP per tahun"],
                ["3", "E-learning pada Kelas Mandiri ARUS", "per modul",
                 "sesuai JP modul", "tidak dibatasi"],
                ["4", "E-learning di luar ARUS (LMS instansi pemerintah lain atau kursus daring "
                 "terbuka)", "per sertifikat", "sesuai sertifikat, paling banyak 8 JP per kursus",
                 "paling banyak 16 JP per tahun"],
                ["5", "Seminar daring (webinar), termasuk Samudra Talks",
                 "per kegiatan paling singkat 2 jam", "2 JP", "paling banyak 10 JP per tahun"],
                ["6", "Peserta FDI", "per sesi", "2 JP", "paling banyak 12 JP per tahun"],
                ["7", "Narasumber FDI", "per sesi", "4 JP", "paling banyak 16 JP per tahun"],
                ["8", "Latihan Layar Kapal Riset (LALAR)", "per hari layar", "6 JP",
                 "paling banyak 36 JP per penugasan"],
                ["9", "Magang atau praktik kerja", "per hari kerja", "6 JP",
                 "paling banyak 30 JP per penugasan"],
                ["10", "Detasering Antarbalai", "per bulan", "20 JP",
                 "paling banyak 60 JP per penugasan"],
                ["11", "Patok banding (benchmarking)", "per hari", "4 JP",
                 "paling banyak 8 JP per kegiatan"],
                ["12", "Artikel pada jurnal ilmiah terakreditasi",
                 "per artikel terbit", "10 JP penulis utama; 5 JP penulis pendamping",
                 "tidak dibatasi"],
                ["13", "Artikel pada buletin internal Warta Samudra", "per artikel terbit",
                 "2 JP", "paling banyak 6 JP per tahun"],
                ["14", "Mengajar sebagai Pengajar Internal", "per 2 JP mengajar", "1 JP",
                 "paling banyak 20 JP per tahun"],
                ["15", "Belajar mandiri berupa membaca buku dan menyusun resume",
                 "per resume yang disetujui atasan langsung", "2 JP",
                 "paling banyak 6 JP per tahun"],
                ["16", "Sertifikasi kompetensi", "per sertifikat",
                 "sesuai Surat Edaran Sestama", "sesuai Surat Edaran Sestama"]],
               [10, 55, 35, 35, 35])),
    ("pasal", "Pasal 23"),
    ("p", "(1) Pengakuan JP paling banyak 10 JP dalam satu hari untuk seluruh bentuk Bangkom."),
    ("p", "(2) Satu kegiatan yang sama tidak dapat diakui lebih dari satu kali, termasuk apabila "
          "kegiatan tersebut tercatat pada lebih dari satu sistem."),
    ("p", "(3) Kegiatan yang merupakan pelaksanaan tugas jabatan sehari-hari, seperti rapat "
          "koordinasi, pelaksanaan survei rutin dan penyusunan laporan dinas, tidak diakui "
          "sebagai JP."),
    ("p", "(4) Pelatihan daring sinkron hanya diakui apabila peserta mengisi presensi pada awal "
          "dan akhir sesi serta mengaktifkan kamera selama sesi berlangsung, kecuali bagi "
          "Pegawai di lokasi dengan keterbatasan jaringan yang dinyatakan oleh pimpinan Unit "
          "Kerja."),
    ("pasal", "Pasal 24"),
    ("p", "(1) Status pengajuan JP di ARUS terdiri atas Draf, Diajukan, Diverifikasi PBUK, "
          "Disetujui dan Dikembalikan."),
    ("p", "(2) Pengajuan berstatus Dikembalikan dapat diperbaiki dan diajukan kembali paling "
          "lama 5 hari kerja sejak dikembalikan."),
    # ------------------------------------------------------------------ BAB VII
    ("bab", ["BAB VII", "PELATIHAN KEPEMIMPINAN, PELATIHAN DASAR", "DAN PELATIHAN FUNGSIONAL"]),
    ("bagian", "Bagian Kesatu\nPelatihan Struktural Kepemimpinan"),
    ("pasal", "Pasal 25"),
    ("p", "(1) Pelatihan struktural kepemimpinan terdiri atas:"),
    ("li", "a. Pelatihan Kepemimpinan Nasional Tingkat II (PKN Tingkat II) bagi pejabat "
           "pimpinan tinggi pratama;"),
    ("li", "b. Pelatihan Kepemimpinan Administrator (PKA) bagi pejabat administrator; dan"),
    ("li", "c. Pelatihan Kepemimpinan Pengawas (PKP) bagi pejabat pengawas."),
    ("p", "(2) Pelatihan sebagaimana dimaksud pada ayat (1) diselenggarakan oleh Lembaga "
          "Administrasi Negara atau lembaga pelatihan pemerintah yang terakreditasi. Badan "
          "mengirimkan Pegawai sebagai peserta sesuai kuota yang diperoleh."),
    ("p", "(3) Pejabat yang dilantik dan belum mengikuti pelatihan kepemimpinan sesuai "
          "jenjangnya wajib mengikuti pelatihan tersebut paling lama 2 (dua) tahun sejak "
          "dilantik."),
    ("pasal", "Pasal 26"),
    ("p", "(1) Usulan calon peserta pelatihan kepemimpinan disampaikan oleh pimpinan Unit Kerja "
          "kepada Kepala Pusbangkom paling lambat tanggal 31 Januari."),
    ("p", "(2) Calon peserta sebagaimana dimaksud pada ayat (1) harus memenuhi syarat:"),
    ("li", "a. memiliki predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir;"),
    ("li", "b. telah memenuhi paling sedikit 20 JP pada tahun sebelumnya;"),
    ("li", "c. tidak sedang menjalani hukuman disiplin; dan"),
    ("li", "d. sehat jasmani dan rohani."),
    ("p", "(3) Penetapan peserta dilakukan oleh Sestama atas usul Kepala Pusbangkom dengan "
          "mempertimbangkan urutan prioritas kebutuhan jabatan."),
    ("bagian", "Bagian Kedua\nPelatihan Dasar dan Orientasi"),
    ("pasal", "Pasal 27"),
    ("p", "(1) CPNS wajib mengikuti Pelatihan Dasar CPNS dalam masa percobaan."),
    ("p", "(2) Badan menyelenggarakan Pelatihan Dasar CPNS bekerja sama dengan Lembaga "
          "Administrasi Negara sesuai ketentuan Peraturan Lembaga Administrasi Negara mengenai "
          "pelatihan dasar CPNS."),
    ("p", "(3) Pelatihan Dasar CPNS dilaksanakan melalui tahapan pembelajaran mandiri, "
          "pembelajaran jarak jauh, pembelajaran klasikal di asrama dan aktualisasi di tempat "
          "kerja."),
    ("p", "(4) Biaya Pelatihan Dasar CPNS dibebankan pada DIPA Pusbangkom, sedangkan biaya "
          "perjalanan peserta dari tempat kedudukan ke lokasi pelatihan dibebankan pada DIPA "
          "Unit Kerja masing-masing."),
    ("pasal", "Pasal 28"),
    ("p", "(1) PPPK yang baru diangkat wajib mengikuti Orientasi PPPK selama 3 (tiga) hari "
          "dengan bobot 24 JP, paling lambat 3 (tiga) bulan sejak terhitung mulai tanggal "
          "pengangkatan."),
    ("p", "(2) Orientasi PPPK diselenggarakan secara daring sinkron oleh Pusbangkom dan memuat "
          "materi nilai dasar ASN, pengenalan organisasi Badan, etika kerja serta penggunaan "
          "ARUS."),
    ("bagian", "Bagian Ketiga\nPelatihan Fungsional"),
    ("pasal", "Pasal 29"),
    ("p", "(1) Pelatihan fungsional bagi pejabat fungsional diselenggarakan oleh instansi pembina "
          "jabatan fungsional atau lembaga pelatihan yang ditunjuk instansi pembina."),
    ("p", "(2) Pusbangkom memfasilitasi pendaftaran Pegawai pada pelatihan fungsional sesuai "
          "kuota dan jadwal dari instansi pembina."),
    ("p", "(3) Ketentuan mengenai uji kompetensi untuk kenaikan jenjang jabatan fungsional "
          "diatur oleh instansi pembina jabatan fungsional dan tidak diatur dalam Peraturan "
          "Kepala Badan ini."),
    # ------------------------------------------------------------------ BAB VIII
    ("bab", ["BAB VIII", "PELATIHAN TEKNIS KELAUTAN DAN SERTIFIKASI KOMPETENSI"]),
    ("pasal", "Pasal 30"),
    ("p", "(1) Pelatihan teknis kelautan diselenggarakan oleh Sekolah Teknik Survei dan Sekolah "
          "Data dan Digital pada Akademi SAMUDRA."),
    ("p", "(2) Kurikulum, persyaratan peserta dan jadwal pelatihan teknis kelautan ditetapkan "
          "dengan Keputusan Kepala Pusbangkom."),
    ("p", "(3) Pelatihan teknis dilaksanakan pada hari kerja pukul 07.30–16.00 WIB, dengan "
          "istirahat pukul 12.00–13.00 WIB, kecuali hari Jumat dengan istirahat pukul "
          "11.30–13.00 WIB."),
    ("pasal", "Pasal 31"),
    ("p", "(1) Pelatihan Teknis Survei Batimetri diselenggarakan secara berjenjang, yaitu Tingkat "
          "I (dasar) dengan bobot 40 JP dan Tingkat II (lanjutan) dengan bobot 64 JP."),
    ("p", "(2) Peserta Pelatihan Teknis Survei Batimetri Tingkat II wajib telah lulus Tingkat I."),
    ("p", "(3) Pelatihan Teknis Survei Batimetri Tingkat II memuat praktik laut di kapal riset "
          "milik Badan. Peserta praktik laut wajib memiliki sertifikat Basic Safety Training "
          "(BST) yang masih berlaku."),
    ("pasal", "Pasal 32"),
    ("p", "(1) Awak Kapal Riset wajib memiliki sertifikat Basic Safety Training (BST) yang masih "
          "berlaku. Sertifikat BST berlaku selama 5 (lima) tahun."),
    ("p", "(2) Pelatihan pembaruan (revalidasi) BST diikuti paling lambat 3 (tiga) bulan sebelum "
          "masa berlaku sertifikat berakhir dan diakui sebagai pemenuhan pelatihan keselamatan "
          "pelayaran sebagaimana dimaksud dalam Pasal 9 ayat (5)."),
    ("pasal", "Pasal 33"),
    ("p", "(1) Badan memfasilitasi biaya Sertifikasi Kompetensi bagi Pegawai yang sertifikasinya "
          "relevan dengan jabatan dan tercantum dalam RPKI."),
    ("p", "(2) Besaran fasilitasi biaya, frekuensi, persyaratan, tata cara pengajuan dan "
          "pengakuan JP Sertifikasi Kompetensi ditetapkan dengan Surat Edaran Sestama."),
    ("p", "(3) Sertifikasi yang diikuti atas biaya sendiri tetap dapat diakui JP-nya sesuai "
          "Surat Edaran Sestama sebagaimana dimaksud pada ayat (2)."),
    # ------------------------------------------------------------------ BAB IX
    ("bab", ["BAB IX", "COACHING, MENTORING DAN KOMUNITAS BELAJAR"]),
    ("bagian", "Bagian Kesatu\nCoaching"),
    ("pasal", "Pasal 34"),
    ("p", "(1) Coaching dilaksanakan oleh atasan langsung atau Coach yang ditetapkan Kepala "
          "Pusbangkom."),
    ("p", "(2) Setiap sesi coaching berlangsung 60–90 menit dan dicatat dalam lembar catatan "
          "coaching di ARUS."),
    ("p", "(3) Pegawai dengan predikat kinerja Butuh Perbaikan wajib mengikuti coaching paling "
          "sedikit tiga kali dalam satu semester."),
    ("bagian", "Bagian Kedua\nMentoring"),
    ("pasal", "Pasal 35"),
    ("p", "(1) Mentoring diselenggarakan melalui Program Mentoring NAKHODA."),
    ("p", "(2) Mentor ditetapkan oleh Kepala Pusbangkom dengan rasio paling banyak 1 (satu) "
          "Mentor untuk 5 (lima) mentee."),
    ("p", "(3) Satu periode mentoring berlangsung selama 3 (tiga) bulan dengan paling sedikit "
          "empat sesi pertemuan."),
    ("p", "(4) Daftar Mentor dan Coach beserta jadwal layanannya diumumkan melalui ARUS dan "
          "portal Akademi SAMUDRA. Ketentuan teknis Program Mentoring NAKHODA ditetapkan dalam "
          "panduan yang diterbitkan Pusbangkom."),
    ("bagian", "Bagian Ketiga\nKomunitas Belajar dan Seminar Daring"),
    ("pasal", "Pasal 36"),
    ("p", "(1) FDI dilaksanakan setiap hari Kamis pada minggu kedua dan minggu keempat setiap "
          "bulan, pukul 13.30–15.00 WIB, secara hibrida dari Gedung Akademi SAMUDRA."),
    ("p", "(2) Topik FDI diusulkan oleh Unit Kerja secara bergiliran dan narasumbernya adalah "
          "Pegawai Badan."),
    ("p", "(3) Pegawai di Balai Wilayah yang berada pada zona waktu WITA atau WIT mengikuti FDI "
          "sesuai jadwal WIB, yaitu pukul 14.30–16.00 WITA atau pukul 15.30–17.00 WIT."),
    ("pasal", "Pasal 37"),
    ("p", "Samudra Talks merupakan seminar daring yang diselenggarakan Akademi SAMUDRA satu kali "
          "setiap bulan dengan menghadirkan narasumber dari dalam dan luar Badan. Samudra Talks "
          "digolongkan sebagai Bangkom jalur klasikal dalam bentuk seminar."),
    # ------------------------------------------------------------------ BAB X
    ("bab", ["BAB X", "PELATIHAN DI LUAR BADAN DAN PENDANAAN"]),
    ("bagian", "Bagian Kesatu\nPendanaan"),
    ("pasal", "Pasal 38"),
    ("p", "(1) Pendanaan Bangkom dibebankan pada Daftar Isian Pelaksanaan Anggaran (DIPA) "
          "Pusbangkom dan DIPA Unit Kerja."),
    ("p", "(2) Setiap Unit Kerja wajib mengalokasikan anggaran Bangkom dalam DIPA-nya untuk "
          "pelatihan di luar Badan dan biaya perjalanan peserta."),
    ("p", "(3) Program Akademi SAMUDRA tidak dipungut biaya dari peserta."),
    ("bagian", "Bagian Kedua\nPelatihan di Luar Badan"),
    ("pasal", "Pasal 39"),
    ("p", "(1) Pegawai dapat mengikuti pelatihan yang diselenggarakan oleh instansi pemerintah "
          "lain, perguruan tinggi, asosiasi profesi atau lembaga swasta atas biaya Badan "
          "dengan persetujuan:"),
    ("li", "a. pimpinan Unit Kerja, untuk biaya sampai dengan Rp5.000.000 (lima juta rupiah) "
           "per orang;"),
    ("li", "b. Kepala Pusbangkom, untuk biaya lebih dari Rp5.000.000 (lima juta rupiah) sampai "
           "dengan Rp25.000.000 (dua puluh lima juta rupiah) per orang; dan"),
    ("li", "c. Sestama, untuk biaya lebih dari Rp25.000.000 (dua puluh lima juta rupiah) per "
           "orang atau pelatihan di luar negeri."),
    ("p", "(2) Permohonan persetujuan diajukan melalui ARUS paling lambat 14 hari kerja sebelum "
          "pelatihan dimulai, dilengkapi brosur atau kerangka acuan pelatihan dan rincian "
          "biaya."),
    ("p", "(3) Pelatihan di luar Badan yang diikuti tanpa persetujuan sebagaimana dimaksud pada "
          "ayat (1) tidak dapat dibiayai Badan, tetapi JP-nya tetap dapat diakui apabila "
          "relevan dengan jabatan."),
    ("pasal", "Pasal 40"),
    ("p", "(1) Pegawai dapat mengikuti Bangkom atas biaya sendiri. Badan tidak mengganti biaya "
          "Bangkom yang diikuti atas biaya sendiri, kecuali Sertifikasi Kompetensi yang "
          "difasilitasi sesuai Surat Edaran Sestama."),
    ("p", "(2) Bangkom atas biaya sendiri yang dilaksanakan pada jam kerja wajib memperoleh izin "
          "tertulis dari atasan langsung."),
    ("bagian", "Bagian Ketiga\nIkatan Dinas"),
    ("pasal", "Pasal 41"),
    ("p", "(1) Pegawai yang mengikuti pelatihan dengan biaya lebih dari Rp25.000.000 (dua puluh "
          "lima juta rupiah) atau berdurasi paling singkat 30 hari kalender wajib menandatangani "
          "surat pernyataan ikatan dinas."),
    ("p", "(2) Masa ikatan dinas adalah dua kali masa pelatihan dan paling singkat 1 (satu) "
          "tahun terhitung sejak pelatihan selesai."),
    ("p", "(3) Pegawai yang mengundurkan diri atau pindah ke instansi lain atas permintaan "
          "sendiri sebelum masa ikatan dinas berakhir wajib mengembalikan biaya pelatihan "
          "secara proporsional."),
    ("pasal", "Pasal 42"),
    ("p", "Besaran uang harian, biaya penginapan dan biaya transportasi peserta Bangkom mengikuti "
          "Standar Biaya Masukan yang ditetapkan Menteri Keuangan dan ketentuan perjalanan dinas "
          "yang berlaku, serta tidak diatur dalam Peraturan Kepala Badan ini."),
    # ------------------------------------------------------------------ BAB XI
    ("bab", ["BAB XI", "HUBUNGAN DENGAN URUSAN MANAJEMEN ASN LAINNYA"]),
    ("pasal", "Pasal 43"),
    ("p", "(1) Urusan manajemen ASN berikut tidak diatur dalam Peraturan Kepala Badan ini dan "
          "dilayani oleh Biro SDM sesuai ketentuan peraturan perundang-undangan:"),
    ("li", "a. cuti;"),
    ("li", "b. mutasi, rotasi dan pindah antarinstansi;"),
    ("li", "c. kenaikan pangkat dan kenaikan jenjang jabatan fungsional;"),
    ("li", "d. tunjangan kinerja;"),
    ("li", "e. tugas belajar dan izin belajar;"),
    ("li", "f. disiplin pegawai; dan"),
    ("li", "g. pemberhentian dan pensiun."),
    ("p", "(2) Ketentuan mengenai tugas belajar dan izin belajar diatur dalam Peraturan Kepala "
          "Badan tersendiri."),
    ("p", "(3) Ketentuan mengenai pengaruh capaian JP terhadap tunjangan kinerja, apabila ada, "
          "diatur dalam Peraturan Kepala Badan mengenai tunjangan kinerja."),
    ("pasal", "Pasal 44"),
    ("p", "(1) Data capaian JP di ARUS digunakan sebagai salah satu bahan pertimbangan dalam "
          "manajemen talenta, seleksi peserta pelatihan kepemimpinan dan dialog kinerja."),
    ("p", "(2) Pusbangkom menyampaikan rekapitulasi capaian JP kepada Biro SDM setiap "
          "semester."),
    # ------------------------------------------------------------------ BAB XII
    ("bab", ["BAB XII", "EVALUASI, PELAPORAN, PENGHARGAAN DAN KONSEKUENSI"]),
    ("bagian", "Bagian Kesatu\nEvaluasi"),
    ("pasal", "Pasal 45"),
    ("p", "(1) Evaluasi program Bangkom dilaksanakan dalam empat level, yaitu:"),
    ("li", "a. level 1 (reaksi), berupa survei kepuasan peserta yang diisi paling lambat 3 hari "
           "kerja setelah program selesai;"),
    ("li", "b. level 2 (pembelajaran), berupa perbandingan nilai tes awal dan tes akhir;"),
    ("li", "c. level 3 (perilaku), berupa penilaian perubahan perilaku kerja oleh atasan "
           "langsung 3 sampai 6 bulan setelah program selesai; dan"),
    ("li", "d. level 4 (hasil), berupa penilaian dampak program terhadap kinerja Unit Kerja "
           "yang dilaksanakan setiap tahun oleh Pusbangkom untuk program strategis."),
    ("p", "(2) Sertifikat atau STTPL dapat diunduh di ARUS setelah peserta mengisi survei "
          "evaluasi level 1."),
    ("bagian", "Bagian Kedua\nPelaporan"),
    ("pasal", "Pasal 46"),
    ("p", "(1) PBUK menyampaikan laporan triwulanan capaian Bangkom Unit Kerja kepada Kepala "
          "Pusbangkom paling lambat tanggal 10 bulan pertama setelah triwulan berakhir."),
    ("p", "(2) Kepala Pusbangkom menyampaikan laporan tahunan Bangkom Badan kepada Kepala Badan "
          "melalui Sestama paling lambat tanggal 28 Februari tahun berikutnya."),
    ("bagian", "Bagian Ketiga\nPenghargaan"),
    ("pasal", "Pasal 47"),
    ("p", "(1) Badan memberikan Anugerah Samudra Pembelajar setiap tahun kepada:"),
    ("li", "a. tiga Pegawai Pembelajar Terbaik;"),
    ("li", "b. satu Unit Kerja Pembelajar Terbaik;"),
    ("li", "c. satu Pengajar Internal Terbaik; dan"),
    ("li", "d. satu Mentor Terbaik."),
    ("p", "(2) Unit Kerja Pembelajar Terbaik dinilai dari persentase Pegawai yang memenuhi target "
          "JP, rata-rata JP per Pegawai dan ketepatan penyampaian LIP."),
    ("p", "(3) Anugerah Samudra Pembelajar diserahkan pada peringatan Hari Jadi Badan setiap "
          "tanggal 21 Agustus, berupa piagam penghargaan dan prioritas mengikuti pelatihan di "
          "luar Badan pada tahun berikutnya."),
    ("bagian", "Bagian Keempat\nKonsekuensi"),
    ("pasal", "Pasal 48"),
    ("p", "(1) Pegawai yang tidak memenuhi target 20 JP tanpa alasan yang sah:"),
    ("li", "a. dicatat dan dibahas dalam dialog kinerja dengan atasan langsung;"),
    ("li", "b. tidak diprioritaskan untuk mengikuti pelatihan di luar Badan pada tahun "
           "berikutnya; dan"),
    ("li", "c. wajib menyelesaikan paling sedikit 10 JP e-learning pada Kelas Mandiri ARUS pada "
           "triwulan I tahun berikutnya."),
    ("p", "(2) Pimpinan Unit Kerja yang persentase Pegawainya memenuhi target JP kurang dari 80% "
          "(delapan puluh persen) wajib menyampaikan rencana aksi perbaikan kepada Sestama "
          "paling lambat tanggal 31 Januari tahun berikutnya."),
    # ------------------------------------------------------------------ BAB XIII
    ("bab", ["BAB XIII", "PERAN DAN TANGGUNG JAWAB"]),
    ("pasal", "Pasal 49"),
    ("p", "Peran dan tanggung jawab para pihak dalam pelaksanaan Bangkom di lingkungan Badan "
          "adalah sebagaimana tercantum dalam Tabel 5."),
    ("table", ("Tabel 5. Peran dan Tanggung Jawab",
               ["Pihak", "Peran dan Tanggung Jawab Utama"],
               [["Kepala Badan", "menetapkan kebijakan Bangkom dan menerima laporan tahunan"],
                ["Sestama", "mengetuai Dewan Pembina Akademi SAMUDRA; menetapkan RBB, kuota "
                 "dan pagu per Unit Kerja; menyetujui pelatihan di luar Badan di atas "
                 "Rp25.000.000 dan pelatihan di luar negeri; menetapkan peserta pelatihan "
                 "kepemimpinan"],
                ["Kepala Pusbangkom", "mengelola Akademi SAMUDRA dan ARUS; menetapkan Pengajar "
                 "Internal, Coach dan Mentor; menetapkan kurikulum pelatihan teknis; verifikasi "
                 "akhir JP"],
                ["Pimpinan Unit Kerja", "menunjuk PBUK; mengusulkan peserta; menyetujui "
                 "pelatihan di luar Badan sampai dengan Rp5.000.000; menyusun rencana aksi "
                 "apabila capaian di bawah 80%"],
                ["Atasan langsung", "menyepakati RPKI; memvalidasi AKPK; melakukan coaching; "
                 "menilai evaluasi level 3; menyetujui resume belajar mandiri"],
                ["PBUK", "mengelola data Bangkom Unit Kerja; verifikasi tingkat pertama; "
                 "rekapitulasi AKPK; laporan triwulanan"],
                ["Pegawai", "menyusun RPKI; mengikuti Bangkom; mengunggah bukti; menyampaikan "
                 "LIP; berbagi pengetahuan"],
                ["Pengajar Internal, Coach dan Mentor", "mengajar, mendampingi dan mencatat sesi "
                 "di ARUS"],
                ["Biro SDM", "melayani urusan kepegawaian di luar Bangkom, antara lain cuti, "
                 "mutasi, kenaikan pangkat dan tunjangan kinerja"]],
               [45, 125])),
    # ------------------------------------------------------------------ BAB XIV
    ("bab", ["BAB XIV", "ARUS DAN LAYANAN INFORMASI"]),
    ("pasal", "Pasal 50"),
    ("p", "(1) ARUS dapat diakses melalui alamat arus.bskn.go.id dan aplikasi ARUS untuk "
          "perangkat Android."),
    ("p", "(2) Pegawai masuk ke ARUS menggunakan akun Single Sign-On (SSO) Badan, yaitu NIP dan "
          "kata sandi SSO."),
    ("p", "(3) ARUS menyediakan menu Katalog Program, Kelas Mandiri, RPKI, Unggah Bukti, Riwayat "
          "JP, Sertifikat Saya dan Dasbor Unit Kerja."),
    ("p", "(4) Modul Kelas Mandiri ARUS dapat diunduh untuk dipelajari tanpa koneksi internet "
          "dan progresnya disinkronkan ketika perangkat kembali terhubung."),
    ("pasal", "Pasal 51"),
    ("p", "(1) Pusbangkom menyediakan layanan bantuan SAPA Akademi melalui WhatsApp "
          "0811-9000-4521 dan surel sapa.akademi@bskn.go.id."),
    ("p", "(2) Layanan SAPA Akademi melayani pada hari Senin sampai dengan Kamis pukul "
          "08.00–16.00 WIB dan hari Jumat pukul 08.00–16.30 WIB."),
    ("p", "(3) Setiap pertanyaan dijawab paling lama 2 (dua) hari kerja sejak diterima."),
    ("pasal", "Pasal 52"),
    ("p", "Data pribadi Pegawai di ARUS hanya digunakan untuk kepentingan manajemen ASN dan "
          "dilindungi sesuai ketentuan peraturan perundang-undangan mengenai pelindungan data "
          "pribadi."),
    # ------------------------------------------------------------------ BAB XV
    ("bab", ["BAB XV", "KETENTUAN PERALIHAN DAN PENUTUP"]),
    ("pasal", "Pasal 53"),
    ("p", "(1) Data JP tahun 2025 dan sebelumnya yang tercatat pada Sistem Informasi Diklat "
          "(SIDIK) dimigrasikan ke ARUS paling lambat tanggal 31 Maret 2026."),
    ("p", "(2) Sejak tanggal 1 April 2026, SIDIK tidak lagi digunakan untuk pencatatan JP."),
    ("p", "(3) Pengajar Internal yang ditetapkan berdasarkan Keputusan Kepala Badan Nomor 112 "
          "Tahun 2021 tetap melaksanakan tugasnya sampai masa penetapannya berakhir."),
    ("pasal", "Pasal 54"),
    ("p", "Pada saat Peraturan Kepala Badan ini mulai berlaku, Keputusan Kepala Badan Survei "
          "Kelautan Nasional Nomor 112 Tahun 2021 tentang Pedoman Pendidikan dan Pelatihan "
          "Pegawai dicabut dan dinyatakan tidak berlaku."),
    ("pasal", "Pasal 55"),
    ("p", "Peraturan Kepala Badan ini mulai berlaku pada tanggal 1 Januari 2026."),
    ("p", "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Kepala Badan ini "
          "dengan penempatannya dalam Berita Negara Republik Indonesia."),
    ("sign", ["Ditetapkan di Jakarta",
              "pada tanggal 18 Desember 2025",
              "KEPALA BADAN SURVEI KELAUTAN NASIONAL,",
              "ttd.",
              "Prof. Dr. Ir. BAMBANG SETYO NUGROHO, M.Sc."]),
    ("p", "Diundangkan di Jakarta pada tanggal 23 Desember 2025. BERITA NEGARA REPUBLIK "
          "INDONESIA TAHUN 2025 NOMOR 1187 (fiktif)."),
    # ------------------------------------------------------------------ LAMPIRAN
    ("bab", ["LAMPIRAN", "KALENDER BATAS WAKTU PENGEMBANGAN KOMPETENSI"]),
    ("p", "Lampiran ini merangkum batas waktu yang diatur dalam Peraturan Kepala Badan ini. "
          "Apabila batas waktu jatuh pada hari libur, batas waktu bergeser ke hari kerja "
          "berikutnya."),
    ("table", ("Tabel 6. Kalender Batas Waktu",
               ["Kegiatan", "Batas Waktu", "Penanggung Jawab"],
               [["Penunjukan PBUK", "10 Januari", "Pimpinan Unit Kerja"],
                ["Unggah bukti Bangkom bulan Desember tahun sebelumnya", "15 Januari",
                 "Pegawai"],
                ["Usulan calon peserta pelatihan kepemimpinan", "31 Januari",
                 "Pimpinan Unit Kerja"],
                ["Rencana aksi Unit Kerja dengan capaian di bawah 80%", "31 Januari",
                 "Pimpinan Unit Kerja"],
                ["Pengisian instrumen AKPK", "2 Januari sampai dengan 13 Februari", "Pegawai"],
                ["Laporan tahunan Bangkom Badan", "28 Februari", "Kepala Pusbangkom"],
                ["Validasi AKPK", "10 hari kerja setelah pengisian ditutup", "Atasan langsung"],
                ["Rekapitulasi AKPK ke Pusbangkom", "16 Maret", "PBUK"],
                ["Kesepakatan RPKI", "31 Maret", "Pegawai dan atasan langsung"],
                ["Penetapan RBB", "30 April", "Sestama"],
                ["Perubahan terakhir RPKI", "31 Oktober", "Pegawai dan atasan langsung"],
                ["Laporan triwulanan", "tanggal 10 bulan pertama setelah triwulan berakhir",
                 "PBUK"],
                ["Unggah bukti Bangkom", "10 hari kerja setelah kegiatan selesai", "Pegawai"],
                ["LIP pelatihan klasikal paling sedikit 24 JP",
                 "30 hari kalender setelah pelatihan", "Pegawai"],
                ["Permohonan pelatihan di luar Badan", "14 hari kerja sebelum pelatihan",
                 "Pegawai dan pimpinan Unit Kerja"]],
               [75, 55, 40])),
]


def _table_text(caption, header, rows) -> list[str]:
    lines = [caption, " | ".join(header)]
    lines.extend(" | ".join(r) for r in rows)
    return lines


def _blocks_text(blocks) -> list[str]:
    parts: list[str] = []
    for kind, payload in blocks:
        if kind in ("bab", "sign"):
            parts.extend(payload)
        elif kind in ("bagian",):
            parts.extend(payload.split("\n"))
        elif kind in ("pasal", "p", "li", "center"):
            parts.append(payload)
        elif kind == "table":
            caption, header, rows, _w = payload
            parts.extend(_table_text(caption, header, rows))
        else:
            raise ValueError(kind)
    return parts


def pdf_source_text() -> str:
    parts = list(PDF_TITLE) + list(PDF_COVER_LINES) + [FIKTIF, "DAFTAR ISI"] + list(TOC)
    parts.extend(_blocks_text(PREAMBLE))
    parts.extend(_blocks_text(PDF_CONTENT))
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
            if self.page_no() == 1:
                return
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 8, f"{FOOTER} - Halaman {self.page_no()} dari {{nb}}", align="C")

    pdf = Doc(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    # Cover
    pdf.add_page()
    pdf.ln(35)
    pdf.set_font("Helvetica", "B", 15)
    for line in PDF_TITLE:
        pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Helvetica", "", 12)
    for line in PDF_COVER_LINES:
        pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")

    # Table of contents
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 10, "DAFTAR ISI", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 11)
    for line in TOC:
        pdf.cell(0, 7.5, line, new_x="LMARGIN", new_y="NEXT")

    def render(blocks):
        for kind, payload in blocks:
            if kind == "bab":
                pdf.add_page()
                pdf.set_font("Helvetica", "B", 13)
                for line in payload:
                    pdf.multi_cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(4)
            elif kind in ("bagian", "pasal"):
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(0, 6, payload, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "center":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(0, 6, payload, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "p":
                pdf.set_font("Helvetica", "", 11)
                pdf.multi_cell(0, 6, payload, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "li":
                pdf.set_font("Helvetica", "", 11)
                pdf.set_x(pdf.l_margin + 8)
                pdf.multi_cell(width - 8, 6, payload, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "sign":
                pdf.ln(4)
                pdf.set_font("Helvetica", "", 11)
                for i, line in enumerate(payload):
                    if i == 4:
                        pdf.ln(14)
                    pdf.set_x(pdf.l_margin + width / 2)
                    pdf.multi_cell(width / 2, 6, line, align="C", new_x="LMARGIN",
                                   new_y="NEXT")
                pdf.ln(4)
            elif kind == "table":
                caption, header, rows, widths = payload
                assert abs(sum(widths) - width) < 1.5, (caption, sum(widths), width)
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 10)
                pdf.multi_cell(0, 6, caption, align="C", new_x="LMARGIN", new_y="NEXT")
                _table_rows(pdf, header, rows, widths)
                pdf.ln(3)
            else:
                raise ValueError(kind)

    pdf.add_page()
    render(PREAMBLE)
    render(PDF_CONTENT)
    pdf.output(str(path))
    return pdf.page_no()


def _table_rows(pdf, header, rows, widths) -> None:
    """Draw bordered rows of equal height; repeat the header row after a page break."""
    line_h = 5.2

    def row_height(row, bold):
        pdf.set_font("Helvetica", "B" if bold else "", 9.5)
        n = max(len(pdf.multi_cell(w - 2, line_h, text, dry_run=True, output="LINES"))
                for w, text in zip(widths, row, strict=True))
        return n * line_h + 2

    def draw(row, bold):
        h = row_height(row, bold)
        x0, y0 = pdf.l_margin, pdf.get_y()
        x = x0
        for w, text in zip(widths, row, strict=True):
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 1)
            pdf.multi_cell(w - 2, line_h, text)
            x += w
        pdf.set_xy(x0, y0 + h)

    if pdf.get_y() + row_height(header, True) + row_height(rows[0], False) > pdf.h - pdf.b_margin:
        pdf.add_page()
    draw(header, True)
    for row in rows:
        h = row_height(row, False)
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
            pdf.set_font("Helvetica", "I", 9)
            pdf.cell(0, 6, "(lanjutan tabel)", new_x="LMARGIN", new_y="NEXT")
            draw(header, True)
        draw(row, False)


# =========================================================================== DOCX content
DOCX_TITLE = [
    "KEPUTUSAN KEPALA PUSAT PENGEMBANGAN KOMPETENSI APARATUR",
    "BADAN SURVEI KELAUTAN NASIONAL",
    "NOMOR KEP-14/PUSBANGKOM/2026",
    "TENTANG",
    "KURIKULUM DAN PERSYARATAN PESERTA PELATIHAN TEKNIS SURVEI BATIMETRI "
    "TINGKAT I DAN TINGKAT II TAHUN 2026",
]

DOCX_INTRO = [
    FIKTIF,
    "KEPALA PUSAT PENGEMBANGAN KOMPETENSI APARATUR,",
    "Menimbang: a. bahwa untuk melaksanakan ketentuan Pasal 30 ayat (2) dan Pasal 31 Peraturan "
    "Kepala Badan Survei Kelautan Nasional Nomor 5 Tahun 2025 tentang Pedoman Pengembangan "
    "Kompetensi Pegawai di Lingkungan Badan Survei Kelautan Nasional, perlu menetapkan kurikulum "
    "dan persyaratan peserta Pelatihan Teknis Survei Batimetri; b. bahwa berdasarkan "
    "pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Pusat "
    "Pengembangan Kompetensi Aparatur tentang Kurikulum dan Persyaratan Peserta Pelatihan Teknis "
    "Survei Batimetri Tingkat I dan Tingkat II Tahun 2026;",
    "Mengingat: 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; "
    "2. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
    "Kompetensi Pegawai Negeri Sipil; 3. Peraturan Kepala Badan Survei Kelautan Nasional Nomor 5 "
    "Tahun 2025 tentang Pedoman Pengembangan Kompetensi Pegawai di Lingkungan Badan Survei "
    "Kelautan Nasional.",
    "MEMUTUSKAN:",
    "Menetapkan: KEPUTUSAN KEPALA PUSAT PENGEMBANGAN KOMPETENSI APARATUR TENTANG KURIKULUM DAN "
    "PERSYARATAN PESERTA PELATIHAN TEKNIS SURVEI BATIMETRI TINGKAT I DAN TINGKAT II TAHUN 2026.",
    "KESATU: Menetapkan struktur kurikulum Pelatihan Teknis Survei Batimetri (PTSB) Tingkat I "
    "dan Tingkat II sebagaimana tercantum dalam Tabel 1 Lampiran Keputusan ini.",
    "KEDUA: Menetapkan persyaratan peserta dan ketentuan penyelenggaraan PTSB Tingkat I dan "
    "Tingkat II sebagaimana tercantum dalam Tabel 2 Lampiran Keputusan ini, serta jadwal "
    "angkatan tahun 2026 sebagaimana tercantum dalam Tabel 3 Lampiran Keputusan ini.",
    "KETIGA: Peserta PTSB Tingkat II wajib telah lulus PTSB Tingkat I. Pegawai yang telah "
    "memiliki sertifikat Surveyor Hidrografi Kategori B dapat langsung mengikuti PTSB Tingkat II "
    "dengan persetujuan Ketua Sekolah Teknik Survei.",
    "KEEMPAT: Peserta dinyatakan lulus apabila kehadiran paling sedikit 90% dan nilai akhir "
    "paling rendah 70,00 untuk Tingkat I atau paling rendah 75,00 untuk Tingkat II. Predikat "
    "kelulusan adalah Sangat Memuaskan untuk nilai akhir 90,00 ke atas, Memuaskan untuk nilai "
    "akhir 80,00 sampai dengan 89,99, dan Baik untuk nilai akhir di bawah 80,00 yang memenuhi "
    "batas kelulusan.",
    "KELIMA: Peserta yang tidak lulus dapat mengulang paling banyak satu kali pada angkatan "
    "berikutnya tanpa melalui seleksi ulang.",
    "KEENAM: Biaya penyelenggaraan PTSB dibebankan pada DIPA Pusbangkom. Biaya perjalanan "
    "peserta dari tempat kedudukan ke lokasi pelatihan dibebankan pada DIPA Unit Kerja "
    "masing-masing, kecuali tiket pesawat pergi-pulang peserta dari Balai Wilayah III Makassar, "
    "Balai Wilayah IV Ambon dan Balai Wilayah V Sorong yang ditanggung DIPA Pusbangkom.",
    "KETUJUH: Praktik laut PTSB Tingkat II dilaksanakan di KR Samudra Lestari. Peserta praktik "
    "laut wajib membawa sertifikat Basic Safety Training (BST) yang masih berlaku dan surat "
    "keterangan sehat dari dokter. Peserta yang sedang hamil atau tidak memenuhi syarat "
    "kesehatan mengikuti praktik simulator di Laboratorium Survei Akademi SAMUDRA sebagai "
    "pengganti praktik laut.",
    "KEDELAPAN: Keputusan ini mulai berlaku pada tanggal ditetapkan.",
]

# Table 1: two header rows; "No", "Mata Pelatihan" and "Metode" are merged vertically and
# "Alokasi JP" is merged horizontally over the Tingkat I / Tingkat II columns.
DOCX_T1_CAPTION = "Tabel 1. Struktur Kurikulum PTSB Tingkat I dan Tingkat II"
DOCX_T1_HEAD1 = ["No", "Mata Pelatihan", "Alokasi JP", "", "Metode"]
DOCX_T1_HEAD2 = ["", "", "Tingkat I", "Tingkat II", ""]
DOCX_T1 = [
    ["A", "Kelompok Dasar", "", "", ""],
    ["1", "Kebijakan Survei Kelautan Nasional", "2", "2", "ceramah dan diskusi"],
    ["2", "Keselamatan dan Kesehatan Kerja Survei Laut", "4", "4", "ceramah dan simulasi"],
    ["B", "Kelompok Inti", "", "", ""],
    ["3", "Prinsip Akustik Bawah Air", "6", "-", "ceramah dan latihan"],
    ["4", "Pengoperasian Singlebeam Echosounder", "8", "-", "demonstrasi dan praktik"],
    ["5", "Pengoperasian Multibeam Echosounder", "-", "12", "demonstrasi dan praktik"],
    ["6", "Penentuan Posisi GNSS dan Pengamatan Pasang Surut", "6", "6",
     "ceramah dan praktik"],
    ["7", "Koreksi Data Kecepatan Suara, Pasang Surut dan Gerak Kapal", "4", "8",
     "latihan terbimbing"],
    ["8", "Pengolahan Data Batimetri", "6", "10", "praktik laboratorium"],
    ["9", "Kontrol Kualitas Data dan Standar IHO S-44", "-", "6", "studi kasus"],
    ["C", "Kelompok Penunjang", "", "", ""],
    ["10", "Praktik Lapangan Perairan Dangkal", "4", "-", "praktik di Teluk Jakarta"],
    ["11", "Praktik Laut di Kapal Riset", "-", "14", "praktik di KR Samudra Lestari"],
    ["12", "Penyusunan Laporan Survei", "-", "2", "penugasan"],
    ["", "Jumlah", "40", "64", ""],
]

DOCX_T2_CAPTION = "Tabel 2. Persyaratan Peserta dan Ketentuan Penyelenggaraan"
DOCX_T2_HEADER = ["Ketentuan", "PTSB Tingkat I", "PTSB Tingkat II"]
DOCX_T2 = [
    ["Sasaran peserta", "Surveyor Pemetaan Terampil, Surveyor Pemetaan Ahli Pertama atau "
     "pelaksana teknis survei", "Surveyor Pemetaan Ahli Pertama dan Ahli Muda"],
    ["Pangkat/golongan paling rendah", "Pengatur (II/c) atau golongan VII bagi PPPK",
     "Penata Muda (III/a) atau golongan IX bagi PPPK"],
    ["Pelatihan yang harus telah diikuti", "tidak ada",
     "lulus PTSB Tingkat I paling singkat 1 tahun sebelum pendaftaran"],
    ["Usia paling tinggi saat pendaftaran", "50 tahun", "48 tahun"],
    ["Durasi", "5 hari kerja", "8 hari (5 hari kelas dan 3 hari praktik laut)"],
    ["Bobot", "40 JP", "64 JP"],
    ["Kuota per angkatan", "30 orang", "20 orang"],
    ["Jumlah angkatan tahun 2026", "2 angkatan", "1 angkatan"],
    ["Tempat", "Gedung Akademi SAMUDRA, Ancol, Jakarta Utara",
     "Gedung Akademi SAMUDRA dan KR Samudra Lestari"],
    ["Nilai akhir paling rendah untuk lulus", "70,00", "75,00"],
    ["Dokumen kelulusan", "STTPL PTSB Tingkat I", "STTPL PTSB Tingkat II"],
]

DOCX_T3_CAPTION = "Tabel 3. Jadwal Angkatan Tahun 2026"
DOCX_T3_HEADER = ["Angkatan", "Pendaftaran melalui ARUS", "Pengumuman Peserta", "Pelaksanaan"]
DOCX_T3 = [
    ["PTSB Tingkat I Angkatan I", "25 Maret–10 April 2026", "17 April 2026",
     "4–8 Mei 2026"],
    ["PTSB Tingkat II Angkatan I", "1–19 Juni 2026", "26 Juni 2026", "20–27 Juli 2026"],
    ["PTSB Tingkat I Angkatan II", "24 Agustus–11 September 2026", "18 September 2026",
     "5–9 Oktober 2026"],
]

DOCX_CLOSING = [
    "Ditetapkan di Jakarta pada tanggal 9 Februari 2026",
    "KEPALA PUSAT PENGEMBANGAN KOMPETENSI APARATUR,",
    "ttd.",
    "Dr. Ir. RATNA KUSUMAWARDANI, M.T.",
    "Tembusan: 1. Sekretaris Utama Badan Survei Kelautan Nasional; 2. Direktur Survei Hidrografi "
    "selaku Ketua Sekolah Teknik Survei; 3. Pimpinan Unit Kerja di lingkungan Badan Survei "
    "Kelautan Nasional.",
]

DOCX_LAMPIRAN = "LAMPIRAN KEPUTUSAN KEPALA PUSBANGKOM NOMOR KEP-14/PUSBANGKOM/2026"


def docx_source_text() -> str:
    parts = list(DOCX_TITLE) + list(DOCX_INTRO) + [DOCX_LAMPIRAN]
    parts.append(DOCX_T1_CAPTION)
    parts.append(" | ".join(DOCX_T1_HEAD1))
    parts.append(" | ".join(DOCX_T1_HEAD2))
    parts.extend(" | ".join(r) for r in DOCX_T1)
    parts.extend(_table_text(DOCX_T2_CAPTION, DOCX_T2_HEADER, DOCX_T2))
    parts.extend(_table_text(DOCX_T3_CAPTION, DOCX_T3_HEADER, DOCX_T3))
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

    doc.add_page_break()
    doc.add_paragraph().add_run(DOCX_LAMPIRAN).bold = True

    # Table 1 with a two-row, merged header
    doc.add_paragraph().add_run(DOCX_T1_CAPTION).bold = True
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for r, head in enumerate((DOCX_T1_HEAD1, DOCX_T1_HEAD2)):
        for c, text in enumerate(head):
            if text:
                t.cell(r, c).text = text
                t.cell(r, c).paragraphs[0].runs[0].bold = True
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 4).merge(t.cell(1, 4))
    t.cell(0, 2).merge(t.cell(0, 3))
    for row in DOCX_T1:
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
        if row[0] in ("A", "B", "C") or row[1] == "Jumlah":
            for cell in cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph("")

    def table(caption, header, rows):
        doc.add_paragraph().add_run(caption).bold = True
        tb = doc.add_table(rows=1, cols=len(header))
        tb.style = "Table Grid"
        for cell, text in zip(tb.rows[0].cells, header, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = tb.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
        doc.add_paragraph("")

    table(DOCX_T2_CAPTION, DOCX_T2_HEADER, DOCX_T2)
    table(DOCX_T3_CAPTION, DOCX_T3_HEADER, DOCX_T3)
    for line in DOCX_CLOSING:
        doc.add_paragraph(line)
    doc.save(str(path))


def main() -> None:
    if "--text" in sys.argv:
        print(pdf_source_text())
        print("=" * 70)
        print(docx_source_text())
        return
    pdf_source_text().encode("cp1252")  # core fonts: windows-1252 only
    OUT.mkdir(parents=True, exist_ok=True)
    pages = build_pdf(OUT / PDF_NAME)
    build_docx(OUT / DOCX_NAME)
    print(f"wrote {OUT / PDF_NAME} ({pages} pages)")
    print(f"wrote {OUT / DOCX_NAME}")


if __name__ == "__main__":
    main()
