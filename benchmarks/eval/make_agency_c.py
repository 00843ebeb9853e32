"""Generate the binary documents of the fictional "agency C" evaluation set.

Writes into benchmarks/eval/agency_c/:
  - pedoman-bangkom-nusa-contoh-2027.pdf  (long handbook, fpdf2, Latin-1 core fonts)
  - kepka-konversi-jp-2027.docx           (python-docx, two tables)

Everything here is fictional ("fiktif, untuk evaluasi"): Provinsi Nusa Contoh, its
BPSDM, the AKSARA corporate university and the SINAU app do not exist.
Run:  python benchmarks/eval/make_agency_c.py
Use --text to print the plain source text of both documents (used to check facts).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "agency_c"
PDF_NAME = "pedoman-bangkom-nusa-contoh-2027.pdf"
DOCX_NAME = "kepka-konversi-jp-2027.docx"
FIKTIF = ("Dokumen ini fiktif, untuk evaluasi. Provinsi Nusa Contoh, BPSDM Provinsi Nusa Contoh, "
          "AKSARA dan SINAU tidak ada.")
HEADER = "Pedoman Pengembangan Kompetensi ASN Provinsi Nusa Contoh - Edisi 2027 (fiktif, untuk evaluasi)"

# --------------------------------------------------------------------------- PDF content
# ("bab", (line1, line2))  new page, two centred bold lines
# ("bagian", text)         bold centred line
# ("pasal", text)          bold centred line
# ("h", text)              bold heading on its own line (numbered: "1.", "1.1")
# ("p", text)              paragraph
# ("li", text)             indented item, text carries its own marker
# ("table", (caption, header, rows, widths))

PDF_CONTENT: list[tuple[str, object]] = [
    ("bab", ("KATA PENGANTAR", "")),
    ("p", "Pedoman ini menjadi acuan bagi seluruh Aparatur Sipil Negara (ASN) di lingkungan "
          "Pemerintah Provinsi Nusa Contoh dalam merencanakan, mengikuti, mencatat, melaporkan, "
          "dan mengevaluasi pengembangan kompetensi melalui AKSARA, corporate university "
          "Pemerintah Provinsi Nusa Contoh yang dikelola oleh Badan Pengembangan Sumber Daya "
          "Manusia (BPSDM) Provinsi Nusa Contoh. " + FIKTIF),
    ("p", "Pedoman ini merupakan Lampiran Peraturan Gubernur Nusa Contoh Nomor 27 Tahun 2026 "
          "tentang Pedoman Pengembangan Kompetensi Aparatur Sipil Negara. Pedoman mengacu pada "
          "kewajiban setiap pegawai ASN untuk mengembangkan kompetensi melalui pembelajaran "
          "secara terus-menerus sebagaimana diatur dalam Undang-Undang Nomor 20 Tahun 2023 "
          "tentang Aparatur Sipil Negara, dengan penyesuaian sesuai kebutuhan daerah."),
    ("p", "Dibandingkan dengan pedoman sebelumnya, edisi 2027 memuat beberapa perubahan penting: "
          "target tahunan naik menjadi 22 JP, sebagian target wajib dipenuhi melalui jalur "
          "klasikal, batas akhir pencatatan JP dimajukan menjadi tanggal 15 Desember, dan seluruh "
          "pencatatan dilakukan melalui aplikasi SINAU."),
    ("p", "Pertanyaan tentang pedoman ini dapat disampaikan kepada Bidang Pendidikan Lanjutan dan "
          "Pengelolaan Pengetahuan BPSDM Provinsi Nusa Contoh melalui surel "
          "aksara@bpsdm.nusacontoh.test atau melalui menu Bantuan pada SINAU."),
    ("p", "Tanjung Contoh, Desember 2026"),
    ("p", "Kepala Badan Pengembangan Sumber Daya Manusia Provinsi Nusa Contoh"),
    ("h", "DAFTAR ISI"),
    ("li", "BAB I      Ketentuan Umum"),
    ("li", "BAB II     Target dan Penghitungan Jam Pelajaran"),
    ("li", "BAB III    Jalur Pengembangan Kompetensi"),
    ("li", "BAB IV     Perencanaan Pengembangan Kompetensi"),
    ("li", "BAB V      Pelatihan Kepemimpinan"),
    ("li", "BAB VI     Coaching, Mentoring, dan Komunitas Belajar"),
    ("li", "BAB VII    E-Learning SINAU"),
    ("li", "BAB VIII   Pendidikan Lanjutan"),
    ("li", "BAB IX     Pencatatan, Pelaporan, dan Evaluasi"),
    ("li", "BAB X      Penghargaan dan Konsekuensi"),
    ("li", "BAB XI     Pendanaan"),
    ("li", "BAB XII    Ketentuan Peralihan dan Penutup"),
    ("li", "LAMPIRAN I    Contoh Perhitungan JP"),
    ("li", "LAMPIRAN II   Siklus Tahunan Pengembangan Kompetensi"),
    ("li", "LAMPIRAN III  Daftar Singkatan"),

    # ------------------------------------------------------------------ BAB I
    ("bab", ("BAB I", "KETENTUAN UMUM")),
    ("pasal", "Pasal 1"),
    ("p", "Dalam Pedoman ini yang dimaksud dengan:"),
    ("li", "1. Pemerintah Provinsi adalah Pemerintah Provinsi Nusa Contoh."),
    ("li", "2. Badan Pengembangan Sumber Daya Manusia yang selanjutnya disingkat BPSDM adalah "
           "perangkat daerah yang melaksanakan fungsi penunjang pengembangan kompetensi ASN "
           "Pemerintah Provinsi."),
    ("li", "3. Akademi Korporasi Sumber Daya Aparatur yang selanjutnya disebut AKSARA adalah "
           "corporate university Pemerintah Provinsi yang dikelola oleh BPSDM sebagai wadah "
           "pembelajaran terintegrasi bagi seluruh pegawai."),
    ("li", "4. Sistem Informasi Pembelajaran Aparatur Unggul yang selanjutnya disebut SINAU adalah "
           "aplikasi e-learning dan pencatatan JP milik AKSARA yang dapat diakses melalui alamat "
           "https://sinau.nusacontoh.test."),
    ("li", "5. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pembelajaran yang "
           "setara dengan 45 (empat puluh lima) menit."),
    ("li", "6. Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah "
           "rencana pengembangan kompetensi setiap pegawai untuk jangka waktu satu tahun."),
    ("li", "7. Laporan Penerapan Hasil Pembelajaran yang selanjutnya disebut LAPENA adalah laporan "
           "pegawai tentang penerapan hasil pelatihan di tempat kerja."),
    ("li", "8. Pengelola Kompetensi Perangkat Daerah yang selanjutnya disingkat PKPD adalah pegawai "
           "yang ditunjuk oleh Kepala Perangkat Daerah untuk memverifikasi bukti dukung dan "
           "merekap JP pegawai di perangkat daerahnya."),
    ("li", "9. Tim Penjamin Mutu Pembelajaran yang selanjutnya disingkat TPMP adalah tim yang "
           "ditetapkan oleh Kepala BPSDM untuk menjamin mutu program pembelajaran dan memberikan "
           "rekognisi atas kegiatan pengembangan kompetensi di luar AKSARA."),
    ("li", "10. Komunitas Pembelajar Inspiratif Pagi yang selanjutnya disebut KOPI PAGI adalah "
           "komunitas belajar yang diselenggarakan AKSARA secara berkala pada pagi hari."),
    ("li", "11. Sahabat Belajar adalah program mentoring bagi CPNS dan PPPK yang baru diangkat."),
    ("li", "12. Jalur klasikal adalah pembelajaran yang dilakukan dalam kelas dengan pengajar dan "
           "jadwal yang tetap, baik tatap muka maupun tatap maya secara sinkron."),
    ("li", "13. Jalur nonklasikal adalah pembelajaran yang dilakukan di luar kelas, antara lain di "
           "tempat kerja, secara mandiri, atau melalui e-learning."),
    ("li", "14. Rekognisi adalah pengakuan JP atas kegiatan pengembangan kompetensi yang "
           "diselenggarakan oleh pihak di luar AKSARA."),
    ("pasal", "Pasal 2"),
    ("p", "Pedoman ini dimaksudkan sebagai acuan pengembangan kompetensi ASN Pemerintah Provinsi "
          "dengan tujuan:"),
    ("li", "a. menjamin setiap pegawai memperoleh kesempatan dan memenuhi kewajiban pengembangan "
           "kompetensi setiap tahun;"),
    ("li", "b. menyelaraskan pengembangan kompetensi dengan kebutuhan jabatan dan kinerja organisasi;"),
    ("li", "c. menyeragamkan cara menghitung, mencatat, dan melaporkan JP di seluruh perangkat daerah; dan"),
    ("li", "d. memastikan hasil pembelajaran diterapkan di tempat kerja."),
    ("pasal", "Pasal 3"),
    ("p", "(1) Pedoman ini berlaku bagi PNS, CPNS, dan PPPK di lingkungan Pemerintah Provinsi."),
    ("p", "(2) Bagi pejabat fungsional, JP yang diwajibkan oleh instansi pembina jabatan fungsional "
          "tetap berlaku dan dapat diperhitungkan dalam target tahunan sebagaimana diatur dalam "
          "Pedoman ini."),
    ("p", "(3) Pedoman ini tidak mengatur gaji, tunjangan, cuti, kenaikan pangkat, maupun disiplin "
          "pegawai, yang tunduk pada peraturan perundang-undangan tersendiri."),

    # ------------------------------------------------------------------ BAB II
    ("bab", ("BAB II", "TARGET DAN PENGHITUNGAN JAM PELAJARAN")),
    ("bagian", "Bagian Kesatu - Target Tahunan"),
    ("pasal", "Pasal 4"),
    ("p", "(1) Setiap PNS di lingkungan Pemerintah Provinsi wajib memenuhi paling sedikit 22 JP "
          "pengembangan kompetensi dalam satu tahun."),
    ("p", "(2) Target sebagaimana dimaksud pada ayat (1) ditetapkan lebih tinggi dari batas minimal "
          "nasional sebesar 20 JP, sesuai dengan kebutuhan percepatan kompetensi daerah."),
    ("p", "(3) Target JP dan batas paling sedikit JP klasikal untuk setiap kelompok jabatan "
          "tercantum dalam Tabel 1."),
    ("table", ("Tabel 1. Target JP per Kelompok Jabatan",
               ["Kelompok Jabatan", "Target JP per Tahun", "Paling Sedikit JP Klasikal"],
               [["Jabatan Pimpinan Tinggi Pratama", "30 JP", "12 JP"],
                ["Pejabat Administrator", "26 JP", "10 JP"],
                ["Pejabat Pengawas", "24 JP", "8 JP"],
                ["Pejabat Fungsional", "22 JP", "8 JP"],
                ["Pelaksana", "22 JP", "8 JP"],
                ["PPPK", "16 JP", "4 JP"],
                ["CPNS", "Pelatihan Dasar CPNS", "tidak berlaku"]],
               [80, 50, 50])),
    ("pasal", "Pasal 5"),
    ("p", "(1) Sebagian dari target tahunan wajib dipenuhi melalui jalur klasikal sesuai dengan "
          "batas paling sedikit JP klasikal dalam Tabel 1."),
    ("p", "(2) Kelebihan JP nonklasikal tidak dapat menggantikan kekurangan JP klasikal. Pegawai "
          "yang telah mencapai jumlah JP tahunan tetapi belum memenuhi batas JP klasikal "
          "dinyatakan belum memenuhi target."),
    ("p", "(3) Pegawai yang sedang menjalani tugas belajar dikecualikan dari kewajiban JP klasikal."),
    ("p", "(4) CPNS yang mengikuti Pelatihan Dasar CPNS pada tahun berjalan dianggap telah memenuhi "
          "target tahunan."),
    ("pasal", "Pasal 6"),
    ("p", "(1) JP dihitung untuk kegiatan yang selesai antara tanggal 1 Januari sampai dengan tanggal "
          "15 Desember tahun berjalan."),
    ("p", "(2) Kegiatan yang selesai antara tanggal 16 Desember dan 31 Desember dicatat sebagai JP "
          "tahun berikutnya."),
    ("p", "(3) Kegiatan yang berlangsung melewati pergantian tahun dicatat pada tahun kegiatan "
          "tersebut selesai."),
    ("bagian", "Bagian Kedua - Cara Menghitung"),
    ("pasal", "Pasal 7"),
    ("p", "(1) Satu JP setara dengan 45 menit pembelajaran."),
    ("p", "(2) JP kegiatan klasikal dihitung sesuai JP yang tercantum dalam sertifikat."),
    ("p", "(3) Dalam satu hari paling banyak diakui 8 JP, termasuk apabila pegawai mengikuti lebih "
          "dari satu kegiatan pada hari yang sama."),
    ("p", "(4) Sisa waktu yang kurang dari 45 menit dibulatkan ke bawah dan tidak dihitung sebagai JP."),
    ("p", "(5) Nilai konversi JP untuk kegiatan yang sertifikatnya tidak mencantumkan JP ditetapkan "
          "dengan Keputusan Kepala BPSDM."),
    ("pasal", "Pasal 8"),
    ("p", "(1) Kegiatan yang sama yang diikuti ulang dalam tahun yang sama hanya dicatat satu kali."),
    ("p", "(2) Satu sertifikat hanya dapat diunggah oleh pegawai yang namanya tercantum dalam "
          "sertifikat tersebut."),
    ("pasal", "Pasal 9"),
    ("p", "(1) PPPK wajib memenuhi paling sedikit 16 JP dalam satu tahun masa perjanjian kerja."),
    ("p", "(2) Bagi PPPK yang masa perjanjian kerjanya kurang dari satu tahun, target dihitung "
          "secara proporsional menurut jumlah bulan masa kerja."),

    # ------------------------------------------------------------------ BAB III
    ("bab", ("BAB III", "JALUR PENGEMBANGAN KOMPETENSI")),
    ("pasal", "Pasal 10"),
    ("p", "Pengembangan kompetensi melalui jalur klasikal meliputi:"),
    ("li", "a. pelatihan struktural kepemimpinan;"),
    ("li", "b. pelatihan manajerial;"),
    ("li", "c. pelatihan teknis;"),
    ("li", "d. pelatihan fungsional;"),
    ("li", "e. pelatihan sosial kultural;"),
    ("li", "f. seminar, konferensi, atau sarasehan;"),
    ("li", "g. workshop atau lokakarya;"),
    ("li", "h. kursus dan penataran;"),
    ("li", "i. bimbingan teknis; dan"),
    ("li", "j. sosialisasi."),
    ("pasal", "Pasal 11"),
    ("p", "Pengembangan kompetensi melalui jalur nonklasikal meliputi:"),
    ("li", "a. coaching;"),
    ("li", "b. mentoring;"),
    ("li", "c. e-learning;"),
    ("li", "d. pelatihan jarak jauh yang bersifat asinkron;"),
    ("li", "e. detasering;"),
    ("li", "f. pembelajaran alam terbuka;"),
    ("li", "g. patok banding;"),
    ("li", "h. pertukaran PNS dengan badan usaha milik daerah atau swasta;"),
    ("li", "i. belajar mandiri;"),
    ("li", "j. komunitas belajar, termasuk KOPI PAGI;"),
    ("li", "k. bimbingan di tempat kerja; dan"),
    ("li", "l. magang atau praktik kerja."),
    ("pasal", "Pasal 12"),
    ("p", "(1) Pelatihan daring yang diselenggarakan secara sinkron penuh melalui tatap maya, "
          "dengan pengajar dan jadwal yang tetap serta daftar hadir daring, diperlakukan sebagai "
          "jalur klasikal untuk keperluan pemenuhan JP klasikal."),
    ("p", "(2) E-learning mandiri pada SINAU yang dipelajari tanpa jadwal tetap (asinkron) termasuk "
          "jalur nonklasikal, meskipun diikuti dari ruang kelas."),
    ("p", "(3) Pengelompokan bentuk kegiatan ke dalam jalur klasikal atau nonklasikal beserta bukti "
          "dukung utamanya tercantum dalam Tabel 2."),
    ("table", ("Tabel 2. Pengelompokan Bentuk Kegiatan",
               ["Bentuk Kegiatan", "Jalur", "Contoh", "Bukti Dukung Utama"],
               [["Pelatihan teknis tatap muka", "Klasikal", "Bimtek Penyusunan Anggaran", "Sertifikat"],
                ["Pelatihan daring sinkron", "Klasikal", "Kelas tatap maya terjadwal",
                 "Sertifikat dan daftar hadir daring"],
                ["E-learning mandiri SINAU", "Nonklasikal", "Modul MR-01", "Sertifikat SINAU"],
                ["Coaching", "Nonklasikal", "Sesi dengan atasan langsung", "Log coaching di SINAU"],
                ["KOPI PAGI", "Nonklasikal", "Sesi Rabu pagi", "Presensi SINAU"],
                ["Patok banding", "Nonklasikal", "Kunjungan ke pemerintah daerah lain",
                 "Laporan dan surat tugas"],
                ["Magang", "Nonklasikal", "Magang di BUMD", "Surat keterangan magang"]],
               [45, 28, 55, 52])),
    ("pasal", "Pasal 13"),
    ("p", "(1) Kegiatan pengembangan kompetensi yang diselenggarakan oleh pihak di luar AKSARA, "
          "antara lain kementerian, lembaga, perguruan tinggi, atau lembaga pelatihan swasta, "
          "dapat diakui melalui rekognisi oleh TPMP."),
    ("p", "(2) Permohonan rekognisi diajukan melalui SINAU paling lambat 30 hari kalender setelah "
          "kegiatan selesai."),
    ("p", "(3) TPMP memutuskan permohonan rekognisi paling lama 10 hari kerja sejak permohonan "
          "diterima secara lengkap."),
    ("p", "(4) Kegiatan yang sertifikatnya tidak mencantumkan JP maupun durasi tidak dapat "
          "direkognisi."),

    # ------------------------------------------------------------------ BAB IV
    ("bab", ("BAB IV", "PERENCANAAN PENGEMBANGAN KOMPETENSI")),
    ("pasal", "Pasal 14"),
    ("p", "(1) Setiap pegawai wajib menyusun RPKI setiap tahun melalui SINAU."),
    ("p", "(2) RPKI disusun berdasarkan hasil analisis kesenjangan kompetensi dan analisis "
          "kesenjangan kinerja."),
    ("p", "(3) Tata cara penyusunan RPKI diatur lebih lanjut dalam Panduan Penyusunan RPKI yang "
          "diterbitkan oleh BPSDM setiap tahun."),
    ("pasal", "Pasal 15"),
    ("p", "(1) RPKI disetujui oleh atasan langsung setelah dialog kinerja dengan pegawai."),
    ("p", "(2) Kepala Perangkat Daerah mengesahkan rekap RPKI perangkat daerah dan menyampaikannya "
          "kepada Kepala BPSDM paling lambat tanggal 28 Februari."),
    ("p", "(3) RPKI dapat direvisi satu kali dalam setahun, yaitu pada bulan Juli."),
    ("pasal", "Pasal 16"),
    ("p", "(1) BPSDM menyusun Rencana Pengembangan Kompetensi Provinsi berdasarkan rekap RPKI "
          "seluruh perangkat daerah."),
    ("p", "(2) Rencana Pengembangan Kompetensi Provinsi ditetapkan oleh Kepala BPSDM paling lambat "
          "tanggal 31 Maret dan menjadi dasar penganggaran pengembangan kompetensi dalam APBD."),
    ("p", "(3) Program AKSARA yang tidak tercantum dalam Rencana Pengembangan Kompetensi Provinsi "
          "hanya dapat dilaksanakan atas persetujuan Kepala BPSDM."),

    # ------------------------------------------------------------------ BAB V
    ("bab", ("BAB V", "PELATIHAN KEPEMIMPINAN")),
    ("pasal", "Pasal 17"),
    ("p", "(1) Pelatihan struktural kepemimpinan terdiri atas Pelatihan Kepemimpinan Pengawas (PKP), "
          "Pelatihan Kepemimpinan Administrator (PKA), dan Pelatihan Kepemimpinan Nasional "
          "(PKN) Tingkat II."),
    ("p", "(2) PKP dan PKA diselenggarakan oleh AKSARA sebagai lembaga pelatihan terakreditasi. "
          "PKN Tingkat II diikuti melalui penyelenggara yang ditetapkan oleh lembaga pembina "
          "pelatihan nasional."),
    ("p", "(3) Sasaran, produk akhir, dan mentor setiap pelatihan kepemimpinan tercantum dalam Tabel 3."),
    ("table", ("Tabel 3. Pelatihan Kepemimpinan",
               ["Program", "Sasaran", "Produk Akhir", "Mentor"],
               [["PKP", "Pejabat Pengawas", "Aksi Perubahan", "Atasan langsung (pejabat administrator)"],
                ["PKA", "Pejabat Administrator", "Aksi Perubahan", "Atasan langsung (JPT Pratama)"],
                ["PKN Tingkat II", "JPT Pratama", "Proyek Perubahan", "Sekretaris Daerah"]],
               [30, 45, 40, 65])),
    ("pasal", "Pasal 18"),
    ("p", "(1) Calon peserta pelatihan kepemimpinan diusulkan oleh Kepala Perangkat Daerah."),
    ("p", "(2) Peserta ditetapkan oleh Kepala BPSDM dengan mempertimbangkan data jabatan dari Badan "
          "Kepegawaian Daerah (BKD)."),
    ("p", "(3) Prioritas diberikan kepada pejabat yang telah dilantik dan belum mengikuti pelatihan "
          "kepemimpinan sesuai jenjang jabatannya."),
    ("pasal", "Pasal 19"),
    ("p", "(1) Setiap peserta didampingi oleh seorang mentor dan seorang coach. Coach adalah "
          "widyaiswara AKSARA."),
    ("p", "(2) Aksi perubahan dan proyek perubahan wajib dilanjutkan paling sedikit enam bulan "
          "setelah pelatihan berakhir dan perkembangannya dilaporkan kepada BPSDM melalui SINAU."),
    ("p", "(3) Peserta yang tidak menyelesaikan pelatihan tanpa alasan yang sah tidak dapat "
          "diusulkan kembali dalam dua tahun berikutnya."),

    # ------------------------------------------------------------------ BAB VI
    ("bab", ("BAB VI", "COACHING, MENTORING, DAN KOMUNITAS BELAJAR")),
    ("bagian", "Bagian Kesatu - Coaching"),
    ("pasal", "Pasal 20"),
    ("p", "(1) Coaching dilakukan oleh atasan langsung atau oleh coach bersertifikat AKSARA."),
    ("p", "(2) Satu sesi coaching berlangsung paling singkat 60 menit dan dicatat dalam log coaching "
          "pada SINAU yang disetujui oleh coach dan coachee."),
    ("p", "(3) Coaching dapat menggunakan model GROW atau model TIRTA (Tujuan, Identifikasi, "
          "Rencana aksi, TAnggung jawab)."),
    ("bagian", "Bagian Kedua - Mentoring dan Sahabat Belajar"),
    ("pasal", "Pasal 21"),
    ("p", "(1) Mentoring merupakan pendampingan jangka panjang oleh pegawai yang lebih senior atau "
          "ahli di bidangnya untuk pengembangan karier mentee."),
    ("p", "(2) Satu sesi mentoring berlangsung paling singkat 90 menit."),
    ("pasal", "Pasal 22"),
    ("p", "(1) Setiap CPNS dan PPPK yang baru diangkat didampingi oleh seorang mentor dalam program "
          "Sahabat Belajar selama enam bulan pertama masa kerjanya."),
    ("p", "(2) Mentor Sahabat Belajar ditunjuk oleh Kepala Perangkat Daerah dari pegawai yang paling "
          "rendah berpredikat kinerja Baik."),
    ("p", "(3) Satu mentor paling banyak mendampingi tiga mentee dalam waktu yang sama."),
    ("p", "(4) Mentor dan mentee memperoleh JP mentoring sesuai nilai konversi yang berlaku."),
    ("bagian", "Bagian Ketiga - Komunitas Belajar"),
    ("pasal", "Pasal 23"),
    ("p", "(1) AKSARA menyelenggarakan KOPI PAGI sebagai komunitas belajar lintas perangkat daerah."),
    ("p", "(2) Jadwal, tata tertib, dan tema KOPI PAGI ditetapkan dalam panduan tersendiri."),
    ("p", "(3) Perangkat daerah dapat menyelenggarakan komunitas belajar internal. JP komunitas "
          "belajar internal hanya diakui apabila kegiatannya didaftarkan oleh PKPD pada SINAU "
          "sebelum kegiatan dimulai."),
    ("pasal", "Pasal 24"),
    ("p", "Nilai konversi JP dan batas pengakuan bulanan untuk coaching, mentoring, dan komunitas "
          "belajar mengikuti Keputusan Kepala BPSDM tentang nilai konversi JP."),

    # ------------------------------------------------------------------ BAB VII
    ("bab", ("BAB VII", "E-LEARNING SINAU")),
    ("pasal", "Pasal 25"),
    ("p", "(1) SINAU menyediakan modul e-learning yang dikembangkan dan dikurasi oleh AKSARA. Setiap "
          "modul mencantumkan jumlah JP."),
    ("p", "(2) Modul dinyatakan lulus apabila pegawai memperoleh nilai post-test paling rendah 75."),
    ("p", "(3) Post-test dapat dikerjakan paling banyak tiga kali. Apabila tidak lulus setelah "
          "percobaan ketiga, modul terkunci selama 7 hari."),
    ("pasal", "Pasal 26"),
    ("p", "(1) Modul wajib diselesaikan dalam waktu 30 hari sejak pegawai mendaftar pada modul."),
    ("p", "(2) Modul yang tidak diselesaikan dalam jangka waktu tersebut berstatus kedaluwarsa dan "
          "pegawai harus mendaftar ulang."),
    ("pasal", "Pasal 27"),
    ("p", "E-learning yang diikuti pada platform milik instansi lain diakui melalui rekognisi "
          "sebesar 50% dari JP yang tercantum dalam sertifikat."),
    ("pasal", "Pasal 28"),
    ("p", "(1) SINAU tidak terhubung dengan SIASN."),
    ("p", "(2) Pegawai tetap wajib memperbarui riwayat pengembangan kompetensi pada MyASN secara "
          "mandiri setelah JP diverifikasi pada SINAU."),

    # ------------------------------------------------------------------ BAB VIII
    ("bab", ("BAB VIII", "PENDIDIKAN LANJUTAN")),
    ("pasal", "Pasal 29"),
    ("p", "(1) Pendidikan lanjutan dilaksanakan melalui tugas belajar atau izin belajar."),
    ("p", "(2) Tugas belajar adalah pendidikan formal yang dibiayai oleh Pemerintah Provinsi atau "
          "pemberi beasiswa mitra, dan pegawai dibebaskan sementara dari tugas jabatannya."),
    ("p", "(3) Izin belajar adalah pendidikan formal atas biaya sendiri yang dilaksanakan di luar jam "
          "kerja tanpa meninggalkan tugas jabatan."),
    ("p", "(4) Persyaratan dan alur pengajuan tugas belajar dan izin belajar diatur dalam Prosedur "
          "Tugas Belajar dan Izin Belajar yang diterbitkan oleh BPSDM."),
    ("pasal", "Pasal 30"),
    ("p", "(1) Pegawai yang sedang menjalani tugas belajar diakui memperoleh 22 JP untuk setiap "
          "semester yang diselesaikan, sehingga dianggap memenuhi target tahunan."),
    ("p", "(2) Izin belajar tidak dikonversi menjadi JP. Pegawai yang sedang izin belajar tetap wajib "
          "memenuhi target tahunan."),

    # ------------------------------------------------------------------ BAB IX
    ("bab", ("BAB IX", "PENCATATAN, PELAPORAN, DAN EVALUASI")),
    ("bagian", "Bagian Kesatu - Pencatatan"),
    ("pasal", "Pasal 31"),
    ("p", "(1) Pegawai wajib mengunggah sertifikat atau bukti dukung ke SINAU paling lambat 10 hari "
          "kerja setelah kegiatan selesai."),
    ("p", "(2) PKPD memverifikasi bukti dukung paling lama 5 hari kerja sejak diunggah."),
    ("p", "(3) Bukti dukung yang ditolak dapat diperbaiki oleh pegawai paling lama 5 hari kerja "
          "sejak penolakan."),
    ("p", "(4) Sertifikat kegiatan AKSARA tercatat otomatis pada SINAU dan tidak perlu diunggah "
          "ulang."),
    ("bagian", "Bagian Kedua - Pelaporan"),
    ("pasal", "Pasal 32"),
    ("p", "(1) Setiap peserta pelatihan klasikal wajib menyusun LAPENA sesuai dengan Surat Edaran "
          "Kepala BPSDM yang berlaku."),
    ("p", "(2) BPSDM menerbitkan rekap JP per perangkat daerah setiap triwulan, paling lambat tanggal "
          "10 bulan berikutnya setelah triwulan berakhir."),
    ("p", "(3) Rekap JP tahunan diterbitkan paling lambat tanggal 31 Januari tahun berikutnya."),
    ("bagian", "Bagian Ketiga - Evaluasi"),
    ("pasal", "Pasal 33"),
    ("p", "Evaluasi pelatihan dilaksanakan dalam empat level sebagai berikut:"),
    ("li", "a. Level 1 (reaksi): peserta mengisi formulir evaluasi reaksi pada SINAU paling lambat 2 "
           "hari setelah pelatihan berakhir, dengan skala 1 sampai 5;"),
    ("li", "b. Level 2 (pembelajaran): diukur melalui pre-test dan post-test;"),
    ("li", "c. Level 3 (perilaku): dinilai oleh atasan langsung tiga bulan setelah pelatihan berakhir; dan"),
    ("li", "d. Level 4 (hasil): dilaksanakan oleh TPMP untuk program prioritas yang ditetapkan "
           "Kepala BPSDM."),
    ("pasal", "Pasal 34"),
    ("p", "Hasil evaluasi digunakan untuk memperbaiki kurikulum, memilih pengajar, dan menyusun "
          "Rencana Pengembangan Kompetensi Provinsi tahun berikutnya."),

    # ------------------------------------------------------------------ BAB X
    ("bab", ("BAB X", "PENGHARGAAN DAN KONSEKUENSI")),
    ("pasal", "Pasal 35"),
    ("p", "(1) Piagam AKSARA diberikan kepada 10 pegawai dengan capaian JP tertinggi pada tahun "
          "sebelumnya yang seluruh LAPENA-nya disampaikan tepat waktu."),
    ("p", "(2) Anugerah AKSARA diberikan kepada 3 perangkat daerah dengan persentase pegawai yang "
          "memenuhi target tertinggi pada tahun sebelumnya."),
    ("p", "(3) Piagam dan Anugerah AKSARA diserahkan oleh Gubernur pada peringatan Hari Jadi Provinsi "
          "Nusa Contoh setiap tanggal 14 Oktober."),
    ("pasal", "Pasal 36"),
    ("p", "(1) Pegawai yang tidak memenuhi target tahunan dicatat dalam evaluasi kinerja oleh atasan "
          "langsung dan wajib mengikuti program percepatan JP pada triwulan I tahun berikutnya."),
    ("p", "(2) Pegawai yang tidak memenuhi target dua tahun berturut-turut tidak diusulkan untuk "
          "mengikuti pelatihan kepemimpinan maupun tugas belajar pada tahun berikutnya."),
    ("p", "(3) Pedoman ini tidak mengatur hukuman disiplin. Pelanggaran disiplin diproses sesuai "
          "peraturan tentang disiplin PNS."),

    # ------------------------------------------------------------------ BAB XI
    ("bab", ("BAB XI", "PENDANAAN")),
    ("pasal", "Pasal 37"),
    ("p", "(1) Pengembangan kompetensi dibiayai dari APBD melalui Dokumen Pelaksanaan Anggaran (DPA) "
          "BPSDM untuk program AKSARA dan DPA perangkat daerah untuk kegiatan di luar AKSARA."),
    ("p", "(2) Pegawai dapat mengikuti pengembangan kompetensi atas biaya sendiri. JP kegiatan "
          "tersebut tetap diakui sepanjang memenuhi ketentuan rekognisi."),
    ("pasal", "Pasal 38"),
    ("p", "Biaya pelatihan di luar AKSARA yang dibebankan pada DPA perangkat daerah paling banyak "
          "Rp7.500.000 per pegawai per tahun, kecuali pelatihan sertifikasi yang ditetapkan oleh "
          "Kepala BPSDM."),
    ("pasal", "Pasal 39"),
    ("p", "Pegawai yang telah ditetapkan sebagai peserta program klasikal AKSARA dan mengundurkan "
          "diri tanpa alasan yang sah tidak dapat mendaftar program klasikal AKSARA selama enam "
          "bulan."),

    # ------------------------------------------------------------------ BAB XII
    ("bab", ("BAB XII", "KETENTUAN PERALIHAN DAN PENUTUP")),
    ("pasal", "Pasal 40"),
    ("p", "Capaian JP tahun 2026 tetap dihitung dengan target 20 JP berdasarkan Peraturan Gubernur "
          "Nusa Contoh Nomor 9 Tahun 2019."),
    ("pasal", "Pasal 41"),
    ("p", "Pada saat Pedoman ini mulai berlaku, Peraturan Gubernur Nusa Contoh Nomor 9 Tahun 2019 "
          "tentang Pendidikan dan Pelatihan Pegawai dicabut dan dinyatakan tidak berlaku."),
    ("pasal", "Pasal 42"),
    ("p", "Pedoman ini mulai berlaku pada tanggal 1 Januari 2027."),

    # ------------------------------------------------------------------ LAMPIRAN I
    ("bab", ("LAMPIRAN I", "CONTOH PERHITUNGAN JP")),
    ("h", "1. Contoh Pelaksana yang Memenuhi Target"),
    ("p", "Seorang pelaksana mengikuti Bimtek Penyusunan Anggaran selama dua hari dengan sertifikat "
          "12 JP (klasikal) dan menghadiri KOPI PAGI sebanyak sepuluh kali pada sepuluh bulan yang "
          "berbeda (10 x 1 JP = 10 JP)."),
    ("h", "1.1 Penghitungan"),
    ("p", "Total JP = 12 JP + 10 JP = 22 JP. JP klasikal = 12 JP, lebih dari batas 8 JP. Pegawai "
          "dinyatakan memenuhi target."),
    ("h", "2. Contoh Pengawas yang Belum Memenuhi Target"),
    ("p", "Seorang pejabat pengawas menyelesaikan modul SINAU sebanyak 20 JP dan enam sesi coaching "
          "(6 JP) tanpa mengikuti pelatihan klasikal apa pun."),
    ("h", "2.1 Penghitungan"),
    ("p", "Total JP = 26 JP, melebihi target pengawas 24 JP, tetapi JP klasikal = 0 JP sehingga "
          "belum mencapai batas 8 JP. Pegawai dinyatakan belum memenuhi target (Pasal 5 ayat (2))."),
    ("h", "3. Contoh Kegiatan di Akhir Tahun"),
    ("p", "Pelatihan teknis yang berakhir pada tanggal 18 Desember 2027 dicatat sebagai JP tahun "
          "2028 karena selesai setelah tanggal 15 Desember (Pasal 6 ayat (2))."),
    ("h", "4. Contoh Batas Harian"),
    ("p", "Pada hari yang sama seorang pegawai mengikuti workshop sehari (6 JP) dan menyelesaikan "
          "modul SINAU 4 JP. JP yang diakui pada hari itu hanya 8 JP (Pasal 7 ayat (3))."),
    ("h", "5. Contoh Rekognisi E-Learning Instansi Lain"),
    ("p", "Sertifikat e-learning dari platform instansi lain mencantumkan 10 JP. JP yang diakui "
          "melalui rekognisi adalah 5 JP (Pasal 27)."),

    # ------------------------------------------------------------------ LAMPIRAN II
    ("bab", ("LAMPIRAN II", "SIKLUS TAHUNAN PENGEMBANGAN KOMPETENSI")),
    ("p", "Siklus tahunan di bawah ini berlaku untuk seluruh perangkat daerah."),
    ("table", ("Tabel 4. Siklus Tahunan",
               ["Waktu", "Kegiatan", "Penanggung Jawab"],
               [["Januari", "Penyusunan draf RPKI pada SINAU", "Pegawai"],
                ["Paling lambat 15 Februari", "Dialog kinerja dan persetujuan RPKI", "Atasan langsung"],
                ["Paling lambat 28 Februari", "Pengesahan rekap RPKI perangkat daerah",
                 "Kepala Perangkat Daerah"],
                ["Paling lambat 31 Maret", "Penetapan Rencana Pengembangan Kompetensi Provinsi",
                 "Kepala BPSDM"],
                ["10 April, 10 Juli, 10 Oktober", "Publikasi rekap JP triwulanan", "BPSDM"],
                ["Juli", "Revisi RPKI (satu kali)", "Pegawai dan atasan langsung"],
                ["14 Oktober", "Penyerahan Piagam dan Anugerah AKSARA", "Gubernur"],
                ["15 Desember", "Batas akhir pencatatan JP tahun berjalan", "PKPD"],
                ["31 Januari tahun berikutnya", "Publikasi rekap JP tahunan", "BPSDM"]],
               [50, 80, 50])),

    # ------------------------------------------------------------------ LAMPIRAN III
    ("bab", ("LAMPIRAN III", "DAFTAR SINGKATAN")),
    ("li", "AKSARA   : Akademi Korporasi Sumber Daya Aparatur"),
    ("li", "APBD     : Anggaran Pendapatan dan Belanja Daerah"),
    ("li", "BKD      : Badan Kepegawaian Daerah"),
    ("li", "BPSDM    : Badan Pengembangan Sumber Daya Manusia"),
    ("li", "DPA      : Dokumen Pelaksanaan Anggaran"),
    ("li", "JP       : Jam Pelajaran"),
    ("li", "KOPI PAGI: Komunitas Pembelajar Inspiratif Pagi"),
    ("li", "LAPENA   : Laporan Penerapan Hasil Pembelajaran"),
    ("li", "PKA      : Pelatihan Kepemimpinan Administrator"),
    ("li", "PKN      : Pelatihan Kepemimpinan Nasional"),
    ("li", "PKP      : Pelatihan Kepemimpinan Pengawas"),
    ("li", "PKPD     : Pengelola Kompetensi Perangkat Daerah"),
    ("li", "RPKI     : Rencana Pengembangan Kompetensi Individu"),
    ("li", "SINAU    : Sistem Informasi Pembelajaran Aparatur Unggul"),
    ("li", "TPMP     : Tim Penjamin Mutu Pembelajaran"),
    ("li", "WITA     : Waktu Indonesia Tengah"),
    ("p", FIKTIF),
]


def pdf_source_text() -> str:
    """Plain text of the PDF content, used to check facts."""
    parts = ["PEDOMAN PENGEMBANGAN KOMPETENSI APARATUR SIPIL NEGARA PROVINSI NUSA CONTOH",
             "Lampiran Peraturan Gubernur Nusa Contoh Nomor 27 Tahun 2026", HEADER, FIKTIF]
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
            self.cell(0, 8, f"Halaman {self.page_no()} dari {{nb}} - BPSDM Provinsi Nusa Contoh",
                      align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()

    # Cover
    pdf.add_page()
    pdf.ln(40)
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 10, "PEDOMAN PENGEMBANGAN KOMPETENSI APARATUR SIPIL NEGARA PROVINSI NUSA CONTOH",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 12)
    for line in ["Lampiran Peraturan Gubernur Nusa Contoh Nomor 27 Tahun 2026",
                 "AKSARA - Akademi Korporasi Sumber Daya Aparatur",
                 "Badan Pengembangan Sumber Daya Manusia Provinsi Nusa Contoh",
                 "Edisi 2027"]:
        pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")

    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, payload in PDF_CONTENT:
        if kind == "bab":
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 14)
            for line in payload:
                if line:
                    pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind in ("bagian", "pasal"):
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, payload, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, payload, align="J", new_x="LMARGIN", new_y="NEXT")
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
    "KEPUTUSAN KEPALA BADAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI NUSA CONTOH",
    "NOMOR 800.2/045/BPSDM/2026",
    "TENTANG",
    "NILAI KONVERSI JAM PELAJARAN DAN BUKTI DUKUNG KEGIATAN PENGEMBANGAN KOMPETENSI",
]

DOCX_INTRO = [
    FIKTIF,
    "KEPALA BADAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI NUSA CONTOH,",
    "Menimbang: bahwa untuk melaksanakan ketentuan Pasal 7 ayat (5) Peraturan Gubernur Nusa "
    "Contoh Nomor 27 Tahun 2026 tentang Pedoman Pengembangan Kompetensi Aparatur Sipil Negara, "
    "perlu menetapkan nilai konversi jam pelajaran dan bukti dukung kegiatan pengembangan "
    "kompetensi;",
    "Mengingat: Peraturan Gubernur Nusa Contoh Nomor 27 Tahun 2026 tentang Pedoman Pengembangan "
    "Kompetensi Aparatur Sipil Negara.",
    "MEMUTUSKAN:",
    "KESATU: Menetapkan nilai konversi JP dan batas pengakuan untuk kegiatan pengembangan "
    "kompetensi yang sertifikatnya tidak mencantumkan JP sebagaimana tercantum dalam Tabel 1.",
    "KEDUA: Seminar, workshop, dan sosialisasi yang sertifikatnya mencantumkan JP dicatat sesuai "
    "JP dalam sertifikat dan tidak menggunakan nilai konversi pada Tabel 1.",
    "KETIGA: JP yang melebihi batas bulanan hangus dan tidak dapat dialihkan ke bulan berikutnya. "
    "Batas tahunan dihitung sejak 1 Januari sampai dengan 15 Desember.",
    "KEEMPAT: Bukti dukung setiap kegiatan dan pejabat yang memverifikasinya tercantum dalam "
    "Tabel 2. Bukti dukung diunggah oleh pegawai melalui SINAU.",
    "KELIMA: Kepala Perangkat Daerah menunjuk paling sedikit satu PKPD dan menyampaikan namanya "
    "kepada BPSDM paling lambat tanggal 31 Januari setiap tahun. Perangkat daerah dengan lebih "
    "dari 500 pegawai menunjuk paling sedikit dua PKPD.",
]

DOCX_TABLE1_HEADER = ["No", "Kegiatan", "Jalur", "Satuan", "Nilai JP", "Batas Pengakuan"]
DOCX_TABLE1 = [
    ["1", "Seminar, konferensi, atau sarasehan", "Klasikal", "per hari (paling singkat 4 jam)",
     "3 JP", "paling banyak 6 JP per bulan"],
    ["2", "Workshop atau lokakarya", "Klasikal", "per hari (paling singkat 6 jam)", "6 JP",
     "paling banyak 12 JP per bulan"],
    ["3", "Sosialisasi", "Klasikal", "per kegiatan", "2 JP", "paling banyak 4 JP per bulan"],
    ["4", "Coaching", "Nonklasikal", "per sesi (paling singkat 60 menit)", "1 JP",
     "paling banyak 3 JP per bulan"],
    ["5", "Mentoring", "Nonklasikal", "per sesi (paling singkat 90 menit)", "2 JP",
     "paling banyak 4 JP per bulan"],
    ["6", "E-learning SINAU", "Nonklasikal", "per modul yang lulus", "sesuai JP modul",
     "paling banyak 10 JP per bulan"],
    ["7", "E-learning pada platform instansi lain", "Nonklasikal", "per sertifikat",
     "50% dari JP sertifikat", "paling banyak 6 JP per bulan"],
    ["8", "Belajar mandiri (resume buku atau jurnal)", "Nonklasikal",
     "per resume yang disetujui atasan langsung", "1 JP", "paling banyak 2 JP per bulan"],
    ["9", "KOPI PAGI sebagai peserta", "Nonklasikal", "per sesi (hadir paling singkat 60 menit)",
     "1 JP", "paling banyak 2 JP per bulan"],
    ["10", "KOPI PAGI sebagai narasumber", "Nonklasikal", "per sesi", "3 JP",
     "paling banyak 6 JP per bulan"],
    ["11", "Patok banding", "Nonklasikal", "per kegiatan", "8 JP", "paling banyak 16 JP per tahun"],
    ["12", "Magang atau praktik kerja", "Nonklasikal", "per minggu (5 hari kerja)", "15 JP",
     "paling banyak 30 JP per tahun"],
    ["13", "Detasering", "Nonklasikal", "per penugasan (paling singkat 1 bulan)", "25 JP",
     "satu kali per tahun"],
    ["14", "Pertukaran PNS dengan BUMD atau swasta", "Nonklasikal", "per penugasan", "25 JP",
     "satu kali per tahun"],
    ["15", "Tugas belajar", "Pendidikan formal", "per semester", "22 JP", "tidak dibatasi"],
    ["16", "Artikel yang dimuat di portal AKSARA", "Nonklasikal", "per artikel", "3 JP",
     "paling banyak 6 JP per triwulan"],
]

DOCX_TABLE2_HEADER = ["Kegiatan", "Bukti Dukung", "Verifikator"]
DOCX_TABLE2 = [
    ["Seminar, workshop, sosialisasi", "Sertifikat atau surat keterangan dan daftar hadir", "PKPD"],
    ["Coaching dan mentoring", "Log sesi pada SINAU yang disetujui kedua pihak", "PKPD"],
    ["E-learning SINAU", "Tercatat otomatis pada SINAU", "Tidak perlu verifikasi"],
    ["E-learning platform instansi lain", "Sertifikat yang mencantumkan JP", "TPMP"],
    ["Belajar mandiri", "Resume paling sedikit 2 halaman yang disetujui atasan langsung", "PKPD"],
    ["KOPI PAGI", "Presensi pada SINAU", "Tercatat otomatis"],
    ["Patok banding", "Surat tugas dan laporan patok banding",
     "Kepala Bidang Pendidikan Lanjutan dan Pengelolaan Pengetahuan"],
    ["Magang, detasering, pertukaran", "Surat keterangan dari instansi tempat penugasan dan laporan",
     "Kepala Bidang Pendidikan Lanjutan dan Pengelolaan Pengetahuan"],
    ["Tugas belajar", "Kartu hasil studi setiap semester",
     "Kepala Bidang Pendidikan Lanjutan dan Pengelolaan Pengetahuan"],
    ["Artikel portal AKSARA", "Tautan artikel yang telah dimuat", "Redaksi portal AKSARA"],
]

DOCX_CLOSING = [
    "KEENAM: Keputusan ini mulai berlaku pada tanggal 1 Januari 2027.",
    "Ditetapkan di Tanjung Contoh pada tanggal 28 Desember 2026.",
    "KEPALA BADAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI NUSA CONTOH",
    "Tembusan: Gubernur Nusa Contoh; Sekretaris Daerah Provinsi Nusa Contoh; Kepala Perangkat "
    "Daerah di lingkungan Pemerintah Provinsi Nusa Contoh.",
    "Pertanyaan: aksara@bpsdm.nusacontoh.test",
]


def docx_source_text() -> str:
    parts = list(DOCX_TITLE) + list(DOCX_INTRO)
    parts.append("Tabel 1. Nilai Konversi JP dan Batas Pengakuan")
    parts.append(" ".join(DOCX_TABLE1_HEADER))
    parts.extend(" ".join(r) for r in DOCX_TABLE1)
    parts.append("Tabel 2. Bukti Dukung dan Verifikator")
    parts.append(" ".join(DOCX_TABLE2_HEADER))
    parts.extend(" ".join(r) for r in DOCX_TABLE2)
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

    table("Tabel 1. Nilai Konversi JP dan Batas Pengakuan", DOCX_TABLE1_HEADER, DOCX_TABLE1)
    table("Tabel 2. Bukti Dukung dan Verifikator", DOCX_TABLE2_HEADER, DOCX_TABLE2)
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
    OUT.mkdir(parents=True, exist_ok=True)
    pages = build_pdf(OUT / PDF_NAME)
    build_docx(OUT / DOCX_NAME)
    print(f"wrote {OUT / PDF_NAME} ({pages} pages)")
    print(f"wrote {OUT / DOCX_NAME}")


if __name__ == "__main__":
    main()
