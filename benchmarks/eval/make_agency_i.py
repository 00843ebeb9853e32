#!/usr/bin/env python3
"""Generate the documents of the fictional "agency I" evaluation set.

Agency I: RSUD Sekar Rawang, the (fictional) regional public hospital of the (fictional)
Kabupaten Tanah Rawang, Provinsi Bukit Barisan Raya (WIB time zone), with its nurses (JF
Perawat), midwives (JF Bidan), doctors and specialists, pharmacists, nutritionists, medical
record staff, administrative staff and PPPK. Everything is fictional
("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_i/:
  perdir-pengembangan-kompetensi-2026.pdf   Peraturan Direktur No. 14/2026 (long, BAB/Pasal)
  se-bintang-2026.pdf                        Surat Edaran 2026 on BINTANG (revokes the 2024 one)
  se-bintang-2024.txt                        Surat Edaran 2024 on BINTANG (old, revoked)
  kep-preseptor-prima-angkatan-i-2026.docx   Keputusan: preceptors/preceptees PRIMA Angkatan I
  notulen-rakor-kompetensi-tw1-2026.docx     minutes of the Q1 coordination meeting
  rekap-jp-pegawai-2025.csv                  ';'-delimited, decimal commas
  jadwal-fokus-semester-1-2026.csv           case-review forum schedule (quoted commas/newlines)
  kuota-pelatihan-ruangan-2026.csv           quota per ward per training
  jadwal-pelatihan-balkis-2026.csv           training schedule of the in-house training centre
  helpdesk-elentera.html                     helpdesk page of the e-LENTERA LMS
  panduan-preseptorship-prima-2026.md        Markdown with front matter (id: panduan-prima-2026)
  profil-balkis.md                           Markdown without front matter
  pengumuman-wa-ppi-2026.txt                 WhatsApp-style broadcast
  faq-jp-dan-skp.txt                         FAQ (versioned)
  panggilan-pkkt-tingkat-ii-angkatan-iii.txt call letter with a day-by-day schedule

Usage:
  python make_agency_i.py              # write all documents
  python make_agency_i.py --text       # plain text of the PDF/DOCX documents
  python make_agency_i.py --text NAME  # only the binary document whose file stem is NAME
  python make_agency_i.py --check      # check questions_agency_i.yaml against the documents
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_agency_g import (  # noqa: E402
    BR,
    H1,
    H2,
    C,
    L,
    P,
    T,
    check_question_set,  # noqa: E402
    print_texts,
    to_text,
    write_csv,
    write_documents,
)
from make_agency_g import load_documents as shared_load_documents  # noqa: E402

OUT = os.path.join(HERE, "agency_i")
FIKTIF = "Dokumen fiktif, untuk evaluasi."

# --------------------------------------------------------------------------- the agency
RS = "RSUD Sekar Rawang"
RS_PANJANG = "Rumah Sakit Umum Daerah Sekar Rawang"
KAB = "Kabupaten Tanah Rawang"
PROV = "Provinsi Bukit Barisan Raya"
ALAMAT = "Jalan Lintas Tengah Kilometer 6 Nomor 101, Muara Rawang, Kabupaten Tanah Rawang 39271"
TELP = "(0739) 552 1180"
DOMAIN = "rsudsekarrawang.tanahrawangkab.go.id"
LMS_URL = "https://elentera." + DOMAIN

# --------------------------------------------------------------------------- people
DIREKTUR = "dr. Hendra Saputra Siregar, Sp.PD., M.Kes."
DIREKTUR_NIP = "19760318 200312 1 004"
DIREKTUR_LAMA = "dr. Rosmaini Harahap, M.A.R.S."
DIREKTUR_LAMA_NIP = "19681102 199703 2 002"
WADIR_PEL = "dr. Aulia Rahman Nasution, Sp.B."
WADIR_UMUM = "Syafrizal Tanjung, S.E., M.Si."
KABID_KEP = "Ns. Fitriani Lubis, S.Kep., M.Kep."
KABAG_SDM = "Drs. Bonar Simanjuntak, M.AP."
KASUBBAG_KEPEG = "Nurhayati Daulay, S.E., M.M."
KA_BALKIS = "dr. Meutia Rahmadani, M.Pd.Ked."
ADMIN_LMS = "Yoga Pratama Ginting, S.Kom."
OPERATOR_LMS = "Putri Ayu Lestari, A.Md.Kom."
KETUA_KOMKEP = "Ns. Elvira Situmorang, S.Kep., M.Kep., Sp.Kep.M.B."
KETUA_KOMED = "dr. Taufik Hidayat, Sp.OG."
KETUA_KTKL = "apt. Rizky Amalia Harahap, S.Farm., M.Farm."
KOORD_PRIMA = "Ns. Desi Ratnasari Pohan, S.Kep."
KOORD_FOKUS = "dr. Ikhsan Maulana Purba, Sp.An."
IPCN = "Ns. Rina Marlina Sitepu, S.Kep."
PANITIA_PKKT = "Ns. Hotman Sihombing, S.Kep."
BENDAHARA = "Maya Sari Lubis, S.E."
NOTULIS = "Dina Marlina, S.AP."

WA_HELPDESK = "0812-6604-2391"
WA_BALKIS = "0811-6230-775"
WA_PRIMA = "0821-6650-1190"
WA_IPCN = "0852-7001-3346"
WA_PKKT = "0813-7720-4418"


def rp(n):
    return "Rp" + f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------- trainings (shared)
# code, name, JP, sasaran, metode, angkatan 2026
KATALOG = [
    ("BK-01", "Orientasi Pegawai Baru RSUD Sekar Rawang", 24,
     "CPNS, PPPK baru, dan pegawai mutasi masuk", "Klasikal", "3 angkatan"),
    ("BK-02", "Bantuan Hidup Dasar (BHD)", 16,
     "Seluruh pegawai klinis dan nonklinis", "Klasikal dan simulasi", "6 angkatan"),
    ("BK-03", "Pelatihan Kegawatdaruratan Klinik Terpadu (PKKT) Tingkat I", 24,
     "Perawat dan Bidan jenjang Terampil dan Mahir; perawat baru lulus PRIMA",
     "Klasikal dan skill lab", "3 angkatan"),
    ("BK-04", "Pelatihan Kegawatdaruratan Klinik Terpadu (PKKT) Tingkat II", 40,
     "Perawat dan Bidan jenjang Penyelia dan Ahli Pertama", "Klasikal dan skill lab",
     "3 angkatan"),
    ("BK-05", "Pelatihan Kegawatdaruratan Klinik Terpadu (PKKT) Tingkat III", 56,
     "Perawat Ahli Muda ke atas di IGD, ICU, dan Kamar Operasi", "Klasikal, simulasi, magang",
     "1 angkatan"),
    ("BK-06", "Pencegahan dan Pengendalian Infeksi (PPI) Dasar", 16,
     "Seluruh tenaga medis dan tenaga kesehatan", "Klasikal", "3 angkatan"),
    ("BK-07", "PPI Lanjutan bagi IPCLN", 32,
     "IPCLN yang ditunjuk oleh Kepala Ruangan", "Klasikal dan praktik lapangan", "1 angkatan"),
    ("BK-08", "Keselamatan Pasien dan Manajemen Risiko Klinis", 16,
     "Tenaga medis, tenaga kesehatan, Kepala Ruangan", "Klasikal", "2 angkatan"),
    ("BK-09", "Komunikasi Efektif SBAR dan Serah Terima Pasien", 8,
     "Perawat, bidan, dan dokter jaga", "Klasikal dan bermain peran", "4 angkatan"),
    ("BK-10", "Komunikasi Efektif dan Edukasi Pasien-Keluarga", 12,
     "Perawat, bidan, nutrisionis, apoteker", "Klasikal dan bermain peran", "2 angkatan"),
    ("BK-11", "Pemberian Obat Aman dan Obat High Alert", 12,
     "Perawat, bidan, apoteker, tenaga teknis kefarmasian", "Klasikal", "2 angkatan"),
    ("BK-12", "Terapi Intravena dan Pemasangan Infus Dewasa", 16,
     "Perawat rawat inap dewasa dan IGD", "Skill lab", "2 angkatan"),
    ("BK-13", "Terapi Intravena Pediatrik dan Neonatus", 20,
     "Perawat Ruang Anggrek dan Perinatologi, bidan Kamar Bersalin", "Skill lab",
     "1 angkatan"),
    ("BK-14", "Asuhan Persalinan Normal (APN) Penyegaran", 24,
     "Bidan Kamar Bersalin dan Ruang Teratai", "Klasikal dan skill lab", "1 angkatan"),
    ("BK-15", "Resusitasi Neonatus", 16,
     "Bidan, perawat Perinatologi, dokter jaga IGD", "Simulasi", "2 angkatan"),
    ("BK-16", "Penanganan Obstetri dan Neonatal Emergensi Komprehensif (PONEK)", 40,
     "Tim PONEK (dokter Sp.OG, dokter Sp.A, bidan, perawat)", "Klasikal dan simulasi",
     "1 angkatan"),
    ("BK-17", "Pelatihan Preseptor Klinik (TOT Preseptor PRIMA)", 30,
     "Calon preseptor PRIMA", "Klasikal dan praktik bimbingan", "1 angkatan"),
    ("BK-18", "Dokumentasi Asuhan Keperawatan Elektronik (e-Askep)", 8,
     "Perawat dan bidan", "Daring di e-LENTERA", "Sepanjang tahun"),
    ("BK-19", "Pengodean Klinis ICD-10 dan ICD-9-CM untuk Klaim JKN", 24,
     "Perekam Medis, case manager, verifikator internal", "Klasikal dan praktik",
     "1 angkatan"),
    ("BK-20", "Proses Asuhan Gizi Terstandar (PAGT)", 16,
     "Nutrisionis dan dietisien", "Klasikal dan studi kasus", "1 angkatan"),
    ("BK-21", "Farmasi Klinik dan Rekonsiliasi Obat", 16,
     "Apoteker dan tenaga teknis kefarmasian", "Klasikal dan studi kasus", "1 angkatan"),
    ("BK-22", "Manajemen Bangsal bagi Kepala Ruangan dan Ketua Tim", 32,
     "Kepala Ruangan, Ketua Tim, calon Kepala Ruangan", "Klasikal dan proyek perubahan",
     "1 angkatan"),
    ("BK-23", "Pelayanan Prima dan Penanganan Keluhan Pasien", 8,
     "Pelaksana administrasi, petugas pendaftaran, customer service", "Klasikal",
     "2 angkatan"),
    ("BK-24", "Kepemimpinan Klinis bagi Pejabat Pengawas", 24,
     "Pejabat Pengawas dan Kepala Instalasi", "Klasikal dan coaching", "1 angkatan"),
    ("BK-25", "K3 Rumah Sakit dan Kewaspadaan Bencana (K3RS)", 12,
     "Seluruh pegawai", "Klasikal dan simulasi evakuasi", "2 angkatan"),
    ("BK-26", "Penulisan Laporan Kasus dan Presentasi FOKUS", 6,
     "Calon penyaji FOKUS", "Daring di e-LENTERA", "Sepanjang tahun"),
]
KAT = {k[0]: k for k in KATALOG}

# target JP per jabatan/jenjang (Tabel 1 of the Perdir)
TARGET_JP = [
    ("Perawat", "Terampil", 24, 16, "-"),
    ("Perawat", "Mahir", 24, 16, "-"),
    ("Perawat", "Penyelia", 30, 18, "4 JP"),
    ("Perawat", "Ahli Pertama", 30, 18, "4 JP"),
    ("Perawat", "Ahli Muda", 36, 20, "6 JP"),
    ("Perawat", "Ahli Madya", 40, 20, "8 JP"),
    ("Bidan", "Terampil", 24, 16, "-"),
    ("Bidan", "Mahir", 24, 16, "-"),
    ("Bidan", "Penyelia", 30, 18, "4 JP"),
    ("Bidan", "Ahli Pertama", 30, 18, "4 JP"),
    ("Bidan", "Ahli Muda", 36, 20, "6 JP"),
    ("Dokter", "Ahli Pertama", 32, 20, "4 JP"),
    ("Dokter", "Ahli Muda", 36, 24, "4 JP"),
    ("Dokter Spesialis", "Ahli Muda dan Ahli Madya", 40, 28, "6 JP"),
    ("Dokter Gigi", "Ahli Pertama dan Ahli Muda", 32, 20, "4 JP"),
    ("Apoteker", "Ahli Pertama", 30, 18, "4 JP"),
    ("Apoteker", "Ahli Muda", 36, 20, "6 JP"),
    ("Nutrisionis", "Terampil", 24, 16, "-"),
    ("Nutrisionis", "Ahli Pertama", 30, 18, "4 JP"),
    ("Perekam Medis", "Terampil", 24, 16, "-"),
    ("Perekam Medis", "Mahir", 24, 16, "-"),
    ("Perekam Medis", "Ahli Pertama", 30, 18, "4 JP"),
    ("Pelaksana", "-", 20, 10, "-"),
    ("Pejabat Pengawas", "-", 24, 8, "12 JP"),
    ("Pejabat Administrator", "-", 30, 8, "16 JP"),
]

RINGKASAN = [
    ("Satuan JP", "1 JP = 45 menit", "Pasal 1 angka 8"),
    ("Batas usulan kebutuhan pengembangan kompetensi", "31 Januari setiap tahun",
     "Pasal 8 ayat (2)"),
    ("Penetapan RPK", "paling lambat 20 Februari", "Pasal 8 ayat (4)"),
    ("Penutupan pendaftaran pelatihan internal", "5 hari kerja sebelum pelatihan dimulai",
     "Pasal 11 ayat (2)"),
    ("Syarat sertifikat pelatihan internal", "kehadiran 90% dan nilai akhir 70",
     "Pasal 11 ayat (3)"),
    ("Pemberitahuan berhalangan hadir", "2 hari kerja sebelum pelatihan dimulai",
     "Pasal 11 ayat (4)"),
    ("Penerbitan sertifikat elektronik", "5 hari kerja setelah pelatihan berakhir",
     "Pasal 11 ayat (5)"),
    ("Masa berlaku sertifikat PKKT", "3 tahun; penyegaran 8 JP pada tingkat yang sama",
     "Pasal 12 ayat (2)"),
    ("Syarat PKKT Tingkat II", "sertifikat PKKT Tingkat I paling singkat 1 tahun",
     "Pasal 12 ayat (1)"),
    ("Magang PKKT Tingkat III", "2 hari di IGD rumah sakit rujukan provinsi",
     "Pasal 12 ayat (4)"),
    ("Permohonan pelatihan eksternal berbiaya BLUD", "14 hari kalender sebelum pelatihan",
     "Pasal 13 ayat (2)"),
    ("Unggah sertifikat pelatihan eksternal", "7 hari kerja setelah sertifikat diterima",
     "Pasal 13 ayat (3)"),
    ("Laporan hasil pelatihan eksternal", "14 hari kalender setelah pelatihan berakhir",
     "Pasal 13 ayat (3)"),
    ("Diseminasi hasil pelatihan eksternal", "30 hari kalender setelah pelatihan berakhir",
     "Pasal 13 ayat (3)"),
    ("Kewajiban menjadi narasumber internal", "biaya pelatihan eksternal lebih dari "
     "Rp15.000.000 dalam satu tahun", "Pasal 14 ayat (1)"),
    ("Sisa masa perjanjian kerja PPPK untuk pelatihan eksternal", "paling singkat 1 tahun",
     "Pasal 14 ayat (2)"),
    ("Lama PRIMA", "12 minggu", "Pasal 15 ayat (2)"),
    ("Pengalaman klinis Preseptor", "5 tahun, termasuk 2 tahun di unit Preseptee",
     "Pasal 16 ayat (2)"),
    ("Rasio bimbingan PRIMA", "paling banyak 2 Preseptee; di IGD, ICU, Kamar Bersalin, dan "
     "Perinatologi 1 Preseptee", "Pasal 16 ayat (3)"),
    ("Evaluasi Preseptee", "DOPS 4 kali dan Mini-CEX 2 kali", "Pasal 17 ayat (2)"),
    ("Kelulusan Preseptee", "nilai akhir 75 dan logbook 80%", "Pasal 17 ayat (3)"),
    ("Perpanjangan bimbingan PRIMA", "4 minggu", "Pasal 17 ayat (4)"),
    ("Honorarium Preseptor", "Rp400.000 per Preseptee per bulan", "Pasal 18 ayat (1)"),
    ("Honorarium tidak dibayarkan", "Preseptor tidak membimbing lebih dari 10 hari kerja "
     "dalam sebulan", "Pasal 18 ayat (3)"),
    ("Jadwal FOKUS", "Kamis minggu kedua dan keempat, 13.00-15.00 WIB", "Pasal 20 ayat (1)"),
    ("Pengiriman bahan FOKUS", "3 hari kerja sebelum penyajian", "Pasal 20 ayat (3)"),
    ("Kehadiran FOKUS perawat dan bidan klinis", "6 kali per tahun; hadir paling sedikit 90 "
     "menit per sesi", "Pasal 21"),
    ("Klaim Rekognisi JP", "30 hari kalender sejak kegiatan berakhir; batas akhir 15 Desember",
     "Pasal 23"),
    ("Verifikasi klaim Rekognisi JP", "5 hari kerja", "Pasal 23 ayat (3)"),
    ("Diseminasi penerima BINTANG", "3 bulan setelah kembali bertugas", "Pasal 26"),
    ("Rekredensial perawat dan bidan", "setiap 3 tahun", "Pasal 27 ayat (2)"),
    ("Laporan triwulan BALKIS", "tanggal 10 bulan berikutnya", "Pasal 29 ayat (1)"),
    ("Evaluasi perilaku pascapelatihan", "paling cepat 3 bulan setelah pelatihan",
     "Pasal 30 ayat (1)"),
    ("Larangan mendaftar karena tidak hadir tanpa pemberitahuan", "6 bulan",
     "Pasal 32 ayat (1)"),
    ("Pengembalian biaya pelatihan eksternal yang tidak diselesaikan", "60 hari kalender "
     "sejak pemberitahuan", "Pasal 32 ayat (2)"),
]

ANGGARAN = [
    ("Pelatihan internal BALKIS", "BLUD", 685_000_000),
    ("Pelatihan eksternal dan sertifikasi kompetensi", "BLUD", 590_000_000),
    ("Program PRIMA (Angkatan I dan Angkatan II)", "BLUD", 146_500_000),
    ("Forum Kajian Kasus (FOKUS)", "BLUD", 36_000_000),
    ("Bantuan Pendidikan Lanjutan Tenaga Kesehatan (BINTANG)", "APBD", 540_000_000),
    ("Pengembangan dan pemeliharaan e-LENTERA", "BLUD", 95_000_000),
]
assert sum(a[2] for a in ANGGARAN) == 2_092_500_000


# =========================================================================== PERATURAN (long PDF)
def perdir_blocks():
    b = [
        C("PERATURAN DIREKTUR"),
        C("RUMAH SAKIT UMUM DAERAH SEKAR RAWANG"),
        C("KABUPATEN TANAH RAWANG"),
        C("NOMOR 14 TAHUN 2026"),
        C("TENTANG"),
        C("PEDOMAN PENGEMBANGAN KOMPETENSI SUMBER DAYA MANUSIA RUMAH SAKIT"),
        P("Dokumen fiktif, untuk evaluasi. Kabupaten Tanah Rawang, Provinsi Bukit Barisan Raya, "
          "RSUD Sekar Rawang, serta seluruh nama orang, unit, nomor peraturan, dan angka dalam "
          "dokumen ini adalah rekaan dan tidak merujuk pada instansi yang sebenarnya."),
        C("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
        C("DIREKTUR RUMAH SAKIT UMUM DAERAH SEKAR RAWANG,"),
        P("Menimbang:"),
        L("a. bahwa mutu dan keselamatan pelayanan kesehatan di RSUD Sekar Rawang sangat "
          "bergantung pada kompetensi tenaga medis, tenaga kesehatan, dan tenaga penunjang yang "
          "dikembangkan secara terencana, terukur, dan berkelanjutan;",
          "b. bahwa setiap pegawai aparatur sipil negara berhak dan wajib mengembangkan "
          "kompetensinya, sedangkan tenaga medis dan tenaga kesehatan juga wajib memelihara "
          "kecukupan satuan kredit profesi untuk keperluan perizinan praktik;",
          "c. bahwa Peraturan Direktur Nomor 9 Tahun 2022 tentang Pendidikan dan Pelatihan "
          "Pegawai belum mengatur pegawai PPPK, program preseptorship, forum kajian kasus, "
          "pembelajaran daring, serta pengakuan jam pelajaran, sehingga perlu diganti;",
          "d. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan "
          "huruf c, perlu menetapkan Peraturan Direktur tentang Pedoman Pengembangan Kompetensi "
          "Sumber Daya Manusia Rumah Sakit;"),
        P("Mengingat:"),
        L("1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
          "2. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
          "3. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
          "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
          "4. Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah "
          "dengan Perjanjian Kerja;",
          "5. Peraturan Bupati Tanah Rawang Nomor 31 Tahun 2023 tentang Pola Tata Kelola Badan "
          "Layanan Umum Daerah Rumah Sakit Umum Daerah Sekar Rawang;",
          "6. Peraturan Bupati Tanah Rawang Nomor 12 Tahun 2025 tentang Manajemen Aparatur Sipil "
          "Negara di Lingkungan Pemerintah Kabupaten Tanah Rawang;"),
        C("MEMUTUSKAN:"),
        P("Menetapkan: PERATURAN DIREKTUR TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI SUMBER DAYA "
          "MANUSIA RUMAH SAKIT."),

        H1("BAB I KETENTUAN UMUM"),
        H2("Pasal 1"),
        P("Dalam Peraturan Direktur ini yang dimaksud dengan:"),
        L("1. Rumah Sakit adalah Rumah Sakit Umum Daerah Sekar Rawang Kabupaten Tanah Rawang, yang "
          "selanjutnya disebut RSUD Sekar Rawang.",
          "2. Direktur adalah Direktur RSUD Sekar Rawang.",
          "3. Pegawai adalah Pegawai Negeri Sipil, termasuk calon Pegawai Negeri Sipil, dan "
          "Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) yang bertugas di Rumah Sakit.",
          "4. Pegawai BLUD Non-ASN adalah pegawai yang diangkat oleh Direktur berdasarkan pola "
          "tata kelola Badan Layanan Umum Daerah dan bukan aparatur sipil negara.",
          "5. Tenaga Medis adalah dokter, dokter spesialis, dokter gigi, dan dokter gigi spesialis.",
          "6. Tenaga Kesehatan adalah perawat, bidan, apoteker, tenaga teknis kefarmasian, "
          "nutrisionis, perekam medis dan informasi kesehatan, serta tenaga kesehatan lain yang "
          "bertugas di Rumah Sakit.",
          "7. Pengembangan Kompetensi adalah upaya untuk pemenuhan kebutuhan kompetensi Pegawai "
          "dengan standar kompetensi jabatan dan rencana pengembangan karier.",
          "8. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu kegiatan "
          "pengembangan kompetensi yang setara dengan 45 (empat puluh lima) menit.",
          "9. Sasaran Kinerja Pegawai yang selanjutnya disebut SKP Kinerja adalah ekspektasi "
          "kinerja yang akan dicapai oleh Pegawai setiap tahun dan dinilai dengan predikat "
          "Sangat Baik, Baik, Butuh Perbaikan, Kurang, atau Sangat Kurang.",
          "10. Satuan Kredit Profesi yang selanjutnya disebut SKP Profesi adalah nilai kuantitas "
          "kegiatan pengembangan keprofesian berkelanjutan yang diakui oleh organisasi profesi "
          "atau kementerian yang menyelenggarakan urusan pemerintahan di bidang kesehatan, dan "
          "digunakan untuk pemenuhan kecukupan kredit dalam perpanjangan Surat Izin Praktik (SIP).",
          "11. Balai Latih Klinik Sekar yang selanjutnya disingkat BALKIS adalah unit kerja "
          "setingkat instalasi yang melaksanakan perencanaan, penyelenggaraan, pencatatan, dan "
          "evaluasi pengembangan kompetensi di Rumah Sakit.",
          "12. e-Learning Tenaga Kesehatan RSUD Sekar Rawang yang selanjutnya disebut e-LENTERA "
          "adalah sistem manajemen pembelajaran (learning management system) milik Rumah Sakit "
          "yang dikelola oleh BALKIS.",
          "13. Program Preseptorship dan Mentoring Awal yang selanjutnya disingkat PRIMA adalah "
          "program pendampingan klinis terstruktur bagi perawat dan bidan baru.",
          "14. Preseptor adalah perawat atau bidan berpengalaman yang ditetapkan oleh Direktur "
          "untuk membimbing Preseptee dalam PRIMA.",
          "15. Preseptee adalah perawat atau bidan baru yang mengikuti PRIMA.",
          "16. Forum Kajian Kasus yang selanjutnya disingkat FOKUS adalah forum ilmiah "
          "interprofesional untuk menelaah kasus klinis yang ditangani di Rumah Sakit.",
          "17. Bantuan Pendidikan Lanjutan Tenaga Kesehatan yang selanjutnya disingkat BINTANG "
          "adalah bantuan biaya pendidikan formal bagi Tenaga Medis dan Tenaga Kesehatan yang "
          "bersumber dari anggaran Pemerintah Kabupaten Tanah Rawang.",
          "18. Pelatihan Kegawatdaruratan Klinik Terpadu yang selanjutnya disingkat PKKT adalah "
          "pelatihan internal berjenjang di bidang kegawatdaruratan yang terdiri atas Tingkat I, "
          "Tingkat II, dan Tingkat III.",
          "19. Rekognisi JP adalah pengakuan kegiatan pembelajaran di luar pelatihan yang "
          "diselenggarakan BALKIS sebagai capaian JP.",
          "20. Rencana Pengembangan Kompetensi yang selanjutnya disingkat RPK adalah dokumen "
          "rencana pengembangan kompetensi Rumah Sakit untuk 1 (satu) tahun anggaran.",
          "21. Komite Keperawatan adalah wadah nonstruktural yang menjaga profesionalisme tenaga "
          "keperawatan dan kebidanan melalui kredensial, penjagaan mutu profesi, dan pemeliharaan "
          "etika dan disiplin profesi.",
          "22. Komite Medik adalah wadah nonstruktural yang menjaga profesionalisme Tenaga Medis.",
          "23. Komite Tenaga Kesehatan Lain adalah wadah nonstruktural bagi apoteker, "
          "nutrisionis, perekam medis, dan tenaga kesehatan lain.",
          "24. Rincian Kewenangan Klinis yang selanjutnya disingkat RKK adalah uraian intervensi "
          "klinis yang boleh dilakukan oleh tenaga medis atau tenaga kesehatan berdasarkan hasil "
          "kredensial.",
          "25. Infection Prevention and Control Nurse (IPCN) adalah perawat purnawaktu yang "
          "bertugas di Komite PPI, sedangkan Infection Prevention and Control Link Nurse (IPCLN) "
          "adalah perawat pelaksana di ruangan yang menjadi penghubung Komite PPI.",
          "26. Kepala Ruangan adalah perawat atau bidan yang diberi tugas memimpin satu unit "
          "rawat inap, rawat intensif, kamar bersalin, atau kamar operasi.",
          "27. Hari kerja adalah hari Senin sampai dengan hari Jumat, kecuali hari libur nasional "
          "dan cuti bersama, sedangkan hari kalender adalah seluruh hari dalam satu tahun "
          "kalender."),
        H2("Pasal 2"),
        P("Peraturan Direktur ini dimaksudkan sebagai pedoman bagi pimpinan, Kepala Ruangan, "
          "Kepala Instalasi, komite, BALKIS, dan seluruh Pegawai dalam merencanakan, "
          "melaksanakan, mencatat, dan mengevaluasi pengembangan kompetensi di Rumah Sakit."),
        H2("Pasal 3"),
        P("Peraturan Direktur ini bertujuan untuk:"),
        L("a. menjamin setiap Pegawai memperoleh kesempatan pengembangan kompetensi paling "
          "sedikit sesuai target JP jabatannya;",
          "b. memastikan pengembangan kompetensi selaras dengan hasil kredensial dan RKK;",
          "c. mempercepat kesiapan perawat dan bidan baru melalui PRIMA;",
          "d. membangun budaya belajar dari kasus melalui FOKUS; dan",
          "e. meningkatkan kualifikasi pendidikan Tenaga Medis dan Tenaga Kesehatan melalui "
          "BINTANG."),
        H2("Pasal 4"),
        P("Ruang lingkup Peraturan Direktur ini meliputi: hak, kewajiban, dan target JP; "
          "perencanaan; jenis dan jalur pengembangan kompetensi; PRIMA; FOKUS; Rekognisi JP dan "
          "SKP Profesi; BINTANG; kaitan dengan kredensial; pendanaan; pemantauan, evaluasi, dan "
          "pelaporan; sanksi; serta ketentuan peralihan."),

        H1("BAB II HAK, KEWAJIBAN, DAN TARGET JAM PELAJARAN"),
        H2("Pasal 5"),
        P("(1) Setiap Pegawai berhak memperoleh pengembangan kompetensi dan wajib memenuhi target "
          "JP setiap tahun sesuai jabatan dan jenjangnya sebagaimana tercantum dalam Tabel 1."),
        P("(2) Target JP sebagaimana dimaksud pada ayat (1) paling sedikit memuat JP teknis atau "
          "klinis sesuai bidang tugas, dan bagi jenjang tertentu memuat JP manajerial atau "
          "sosiokultural."),
        P("(3) Pegawai PPPK yang menduduki jabatan fungsional memenuhi target JP yang sama "
          "dengan Pegawai Negeri Sipil pada jabatan dan jenjang yang sama. Pegawai PPPK pada "
          "tahun pertama masa perjanjian kerja memenuhi target paling sedikit 20 (dua puluh) JP, "
          "dan Orientasi Pegawai Baru (BK-01) diakui sebagai bagian dari target tersebut."),
        P("(4) Pegawai BLUD Non-ASN memenuhi target paling sedikit 20 (dua puluh) JP per tahun "
          "tanpa membedakan jabatan."),
        T("Tabel 1. Target JP per Tahun menurut Jabatan dan Jenjang",
          ["No", "Jabatan", "Jenjang", "Target JP per Tahun", "Paling Sedikit JP Teknis/Klinis",
           "JP Manajerial/Sosiokultural"],
          [[str(i + 1), j, jj, f"{t} JP", f"{k} JP", m]
           for i, (j, jj, t, k, m) in enumerate(TARGET_JP)],
          [8, 34, 40, 24, 30, 30]),
        H2("Pasal 6"),
        P("(1) Capaian JP dihitung untuk periode 1 Januari sampai dengan 31 Desember. Kegiatan "
          "yang diselenggarakan setelah tanggal 15 Desember dicatat sebagai capaian JP tahun "
          "berikutnya."),
        P("(2) JP hanya diakui apabila tercatat dalam e-LENTERA, baik dicatat otomatis oleh "
          "BALKIS maupun melalui klaim Rekognisi JP yang telah diverifikasi."),
        P("(3) JP yang melebihi target tahun berjalan tidak dapat dialihkan sebagai capaian JP "
          "tahun berikutnya."),
        H2("Pasal 7"),
        P("(1) Capaian JP merupakan salah satu indikator kinerja individu pada aspek "
          "pengembangan kompetensi dalam SKP Kinerja Pegawai. Pegawai yang capaian JP-nya "
          "kurang dari target tidak dapat memperoleh predikat Sangat Baik pada SKP Kinerja "
          "tahun yang bersangkutan."),
        P("(2) SKP Profesi sebagaimana dimaksud dalam Pasal 1 angka 10 berbeda dengan SKP "
          "Kinerja. Pemenuhan SKP Profesi menjadi tanggung jawab masing-masing Tenaga Medis dan "
          "Tenaga Kesehatan, dan Rumah Sakit menargetkan setiap Tenaga Medis dan Tenaga "
          "Kesehatan memperoleh paling sedikit 5 (lima) SKP Profesi setiap tahun."),
        P("(3) Satu kegiatan dapat sekaligus menghasilkan JP dan SKP Profesi, tetapi konversi "
          "SKP Profesi menjadi JP hanya dapat dilakukan untuk kegiatan yang belum dicatat "
          "sebagai JP."),

        H1("BAB III PERENCANAAN PENGEMBANGAN KOMPETENSI"),
        H2("Pasal 8"),
        P("(1) Kepala Ruangan, Kepala Instalasi, dan pejabat pengawas menyusun usulan kebutuhan "
          "pengembangan kompetensi Pegawai di unitnya berdasarkan hasil penilaian kinerja, hasil "
          "kredensial, insiden keselamatan pasien, dan rencana pengembangan layanan."),
        P("(2) Usulan sebagaimana dimaksud pada ayat (1) disampaikan melalui menu Analisis "
          "Kebutuhan pada e-LENTERA paling lambat tanggal 31 Januari setiap tahun."),
        P("(3) BALKIS menghimpun usulan dan menyusun rancangan RPK dengan melibatkan Komite "
          "Keperawatan, Komite Medik, Komite Tenaga Kesehatan Lain, dan Bagian Umum dan "
          "Kepegawaian."),
        P("(4) RPK ditetapkan oleh Direktur paling lambat tanggal 20 Februari tahun berjalan dan "
          "diumumkan melalui e-LENTERA."),
        H2("Pasal 9"),
        P("Prioritas pengembangan kompetensi ditetapkan dengan urutan sebagai berikut:"),
        L("a. kompetensi yang dipersyaratkan akreditasi Rumah Sakit dan standar pelayanan "
          "minimal, antara lain Bantuan Hidup Dasar, PPI, dan keselamatan pasien;",
          "b. kompetensi yang dipersyaratkan dalam RKK hasil kredensial;",
          "c. kompetensi untuk layanan unggulan, yaitu layanan PONEK, hemodialisis, dan layanan "
          "bedah minimal invasif; dan",
          "d. kompetensi untuk pengembangan karier dan kenaikan jenjang jabatan fungsional."),

        H1("BAB IV JENIS DAN JALUR PENGEMBANGAN KOMPETENSI"),
        H2("Bagian Kesatu - Umum"),
        H2("Pasal 10"),
        P("(1) Pengembangan kompetensi dilaksanakan melalui jalur pendidikan formal dan jalur "
          "pelatihan."),
        P("(2) Jalur pelatihan terdiri atas pelatihan klasikal dan pelatihan nonklasikal."),
        P("(3) Pelatihan klasikal meliputi pelatihan tatap muka, workshop, seminar, kursus, dan "
          "penataran, baik yang diselenggarakan BALKIS maupun oleh penyelenggara eksternal."),
        P("(4) Pelatihan nonklasikal meliputi e-learning di e-LENTERA, coaching, mentoring, "
          "PRIMA, FOKUS, magang, detasering, pertukaran pegawai, dan belajar mandiri yang "
          "terstruktur."),
        H2("Bagian Kedua - Pelatihan Internal"),
        H2("Pasal 11"),
        P("(1) Pelatihan internal diselenggarakan oleh BALKIS berdasarkan RPK dan tercantum "
          "dalam Daftar Pelatihan Internal Tahun 2026 sebagaimana tercantum dalam Lampiran II "
          "Peraturan Direktur ini."),
        P("(2) Pendaftaran pelatihan internal dilakukan melalui e-LENTERA dengan persetujuan "
          "atasan langsung. Pendaftaran ditutup paling lambat 5 (lima) hari kerja sebelum "
          "pelatihan dimulai."),
        P("(3) Peserta wajib mengikuti paling sedikit 90% (sembilan puluh persen) dari seluruh "
          "sesi dan memperoleh nilai akhir paling rendah 70 (tujuh puluh) untuk memperoleh "
          "sertifikat dan pengakuan JP."),
        P("(4) Peserta yang berhalangan hadir wajib memberitahukan kepada BALKIS paling lambat "
          "2 (dua) hari kerja sebelum pelatihan dimulai disertai persetujuan atasan langsung, "
          "sehingga kuotanya dapat dialihkan kepada Pegawai lain dari ruangan yang sama."),
        P("(5) Sertifikat pelatihan internal diterbitkan secara elektronik melalui e-LENTERA "
          "paling lambat 5 (lima) hari kerja setelah pelatihan berakhir."),
        H2("Bagian Ketiga - Pelatihan Kegawatdaruratan Klinik Terpadu"),
        H2("Pasal 12"),
        P("(1) PKKT diselenggarakan secara berjenjang dengan ketentuan sebagai berikut:"),
        L("a. PKKT Tingkat I dengan beban 24 (dua puluh empat) JP, diperuntukkan bagi perawat "
          "dan bidan jenjang Terampil dan Mahir serta perawat baru yang telah lulus PRIMA;",
          "b. PKKT Tingkat II dengan beban 40 (empat puluh) JP, diperuntukkan bagi perawat dan "
          "bidan jenjang Penyelia dan Ahli Pertama yang telah memiliki sertifikat PKKT Tingkat I "
          "paling singkat 1 (satu) tahun; dan",
          "c. PKKT Tingkat III dengan beban 56 (lima puluh enam) JP, diperuntukkan bagi perawat "
          "Ahli Muda ke atas yang bertugas di IGD, ICU, atau Kamar Operasi dan telah memiliki "
          "sertifikat PKKT Tingkat II."),
        P("(2) Sertifikat PKKT berlaku selama 3 (tiga) tahun. Pemegang sertifikat yang masa "
          "berlakunya habis wajib mengikuti penyegaran sebanyak 8 (delapan) JP pada tingkat yang "
          "sama."),
        P("(3) Sertifikat Bantuan Hidup Dasar (BK-02) yang masih berlaku merupakan syarat untuk "
          "mengikuti PKKT pada semua tingkat."),
        P("(4) PKKT Tingkat III diselenggarakan bekerja sama dengan Balai Pelatihan Kesehatan "
          "Provinsi Bukit Barisan Raya dan mencakup magang 2 (dua) hari di IGD rumah sakit "
          "rujukan provinsi."),
        H2("Bagian Keempat - Pelatihan Eksternal"),
        H2("Pasal 13"),
        P("(1) Pegawai dapat mengikuti pelatihan yang diselenggarakan pihak eksternal atas "
          "penugasan Direktur atau atas permohonan sendiri dengan persetujuan atasan langsung."),
        P("(2) Permohonan mengikuti pelatihan eksternal yang dibiayai BLUD diajukan melalui "
          "e-LENTERA paling lambat 14 (empat belas) hari kalender sebelum pelatihan dimulai."),
        P("(3) Pegawai yang telah mengikuti pelatihan eksternal wajib:"),
        L("a. mengunggah sertifikat ke e-LENTERA paling lambat 7 (tujuh) hari kerja setelah "
          "sertifikat diterima;",
          "b. menyampaikan laporan hasil pelatihan kepada atasan langsung dan BALKIS paling "
          "lambat 14 (empat belas) hari kalender setelah pelatihan berakhir; dan",
          "c. melaksanakan diseminasi di ruangan atau dalam FOKUS paling lambat 30 (tiga puluh) "
          "hari kalender setelah pelatihan berakhir."),
        P("(4) Pelatihan eksternal yang dibiayai secara mandiri oleh Pegawai tetap diakui "
          "sebagai capaian JP sepanjang sertifikatnya mencantumkan jumlah JP atau durasi "
          "kegiatan."),
        H2("Pasal 14"),
        P("(1) Pegawai yang dalam satu tahun menerima penugasan pelatihan eksternal dengan biaya "
          "BLUD lebih dari Rp15.000.000 (lima belas juta rupiah) wajib menjadi fasilitator atau "
          "narasumber internal paling sedikit 1 (satu) kali pada tahun yang sama atau tahun "
          "berikutnya."),
        P("(2) Penugasan pelatihan eksternal bagi Pegawai PPPK dapat diberikan sepanjang sisa "
          "masa perjanjian kerjanya paling singkat 1 (satu) tahun terhitung sejak pelatihan "
          "berakhir."),

        H1("BAB V PROGRAM PRESEPTORSHIP DAN MENTORING AWAL (PRIMA)"),
        H2("Pasal 15"),
        P("(1) PRIMA wajib diikuti oleh perawat dan bidan yang baru diangkat sebagai CPNS atau "
          "PPPK, serta perawat dan bidan yang dimutasi dari unit nonklinis ke unit klinis."),
        P("(2) PRIMA dilaksanakan selama 12 (dua belas) minggu yang terdiri atas tahap "
          "orientasi, tahap bimbingan terstruktur, dan tahap evaluasi."),
        P("(3) PRIMA tahun 2026 dilaksanakan dalam 2 (dua) angkatan, yaitu Angkatan I pada "
          "tanggal 9 Februari sampai dengan 30 April 2026 dan Angkatan II pada tanggal 3 Agustus "
          "sampai dengan 23 Oktober 2026."),
        H2("Pasal 16"),
        P("(1) Preseptor ditetapkan dengan Keputusan Direktur atas usul Kepala Bidang "
          "Keperawatan setelah mendapat pertimbangan Komite Keperawatan."),
        P("(2) Persyaratan Preseptor adalah:"),
        L("a. perawat atau bidan paling rendah jenjang Mahir atau Ahli Pertama;",
          "b. memiliki pengalaman klinis paling singkat 5 (lima) tahun, termasuk paling singkat "
          "2 (dua) tahun di unit tempat Preseptee ditempatkan;",
          "c. memiliki sertifikat Pelatihan Preseptor Klinik (BK-17);",
          "d. memperoleh predikat SKP Kinerja paling rendah Baik dalam 2 (dua) tahun terakhir; "
          "dan",
          "e. tidak sedang menjalani hukuman disiplin atau sanksi etik profesi."),
        P("(3) Satu Preseptor membimbing paling banyak 2 (dua) Preseptee. Di IGD, ICU, Kamar "
          "Bersalin, dan Perinatologi, satu Preseptor hanya membimbing 1 (satu) Preseptee."),
        H2("Pasal 17"),
        P("(1) Preseptee wajib mengisi logbook kompetensi, mengikuti jadwal dinas Preseptornya, "
          "dan mengikuti evaluasi pada akhir program."),
        P("(2) Evaluasi Preseptee terdiri atas Direct Observation of Procedural Skills (DOPS) "
          "paling sedikit 4 (empat) kali, Mini Clinical Evaluation Exercise (Mini-CEX) paling "
          "sedikit 2 (dua) kali, dan penilaian logbook."),
        P("(3) Preseptee dinyatakan lulus apabila memperoleh nilai akhir paling rendah 75 (tujuh "
          "puluh lima) dan telah menyelesaikan paling sedikit 80% (delapan puluh persen) "
          "kompetensi dalam logbook."),
        P("(4) Preseptee yang belum lulus diberi perpanjangan bimbingan selama 4 (empat) minggu. "
          "Apabila setelah perpanjangan tetap belum lulus, Kepala Bidang Keperawatan melaporkan "
          "kepada Komite Keperawatan untuk dilakukan asesmen kompetensi ulang dan penyesuaian "
          "penempatan."),
        H2("Pasal 18"),
        P("(1) Preseptor diberikan honorarium sebesar Rp400.000 (empat ratus ribu rupiah) per "
          "Preseptee per bulan selama masa bimbingan, yang dibayarkan setiap bulan."),
        P("(2) Preseptor memperoleh pengakuan 12 (dua belas) JP untuk setiap angkatan yang "
          "diselesaikan, dan Preseptee yang dinyatakan lulus memperoleh pengakuan 40 (empat "
          "puluh) JP."),
        P("(3) Honorarium Preseptor tidak dibayarkan untuk bulan ketika Preseptor tidak "
          "melaksanakan bimbingan lebih dari 10 (sepuluh) hari kerja, dan bimbingan pada bulan "
          "tersebut dialihkan kepada Preseptor cadangan."),
        H2("Pasal 19"),
        P("Ketentuan teknis mengenai tahapan, logbook, bobot penilaian, dan tata cara pelaksanaan "
          "PRIMA dimuat dalam Panduan PRIMA yang ditetapkan oleh Kepala Bidang Keperawatan."),

        H1("BAB VI FORUM KAJIAN KASUS (FOKUS)"),
        H2("Pasal 20"),
        P("(1) FOKUS diselenggarakan 2 (dua) kali setiap bulan, yaitu pada hari Kamis minggu "
          "kedua dan hari Kamis minggu keempat, pukul 13.00 sampai dengan 15.00 WIB, bertempat di "
          "Aula Cempaka, Gedung Diklat lantai 3, dan dapat diikuti secara daring melalui tautan "
          "yang diumumkan di e-LENTERA."),
        P("(2) Apabila jadwal FOKUS bertepatan dengan hari libur nasional atau cuti bersama, "
          "FOKUS dipindahkan ke hari kerja terdekat yang ditetapkan oleh Koordinator FOKUS."),
        P("(3) Penyaji FOKUS ditetapkan bergiliran dari ruangan, instalasi, dan Kelompok Staf "
          "Medis. Bahan presentasi dikirimkan kepada Koordinator FOKUS paling lambat 3 (tiga) "
          "hari kerja sebelum jadwal penyajian."),
        H2("Pasal 21"),
        P("(1) Setiap perawat dan bidan yang bertugas di unit klinis wajib menghadiri FOKUS "
          "paling sedikit 6 (enam) kali dalam 1 (satu) tahun."),
        P("(2) Pengakuan JP untuk FOKUS diberikan sebagai berikut: penyaji 4 (empat) JP, "
          "moderator dan pembahas masing-masing 3 (tiga) JP, dan peserta 2 (dua) JP. Peserta "
          "diakui hadir apabila mengikuti paling sedikit 90 (sembilan puluh) menit."),
        P("(3) Sesi FOKUS yang telah memperoleh akreditasi organisasi profesi memberikan "
          "tambahan 1 (satu) SKP Profesi bagi setiap peserta yang hadir."),
        H2("Pasal 22"),
        P("Kasus yang disajikan dalam FOKUS wajib dianonimkan. Nama, nomor rekam medis, dan foto "
          "wajah pasien dilarang ditampilkan, dan inisial pasien hanya boleh ditulis satu huruf."),

        H1("BAB VII REKOGNISI JP DAN SKP PROFESI"),
        H2("Pasal 23"),
        P("(1) Kegiatan pembelajaran yang tidak diselenggarakan oleh BALKIS dapat diakui sebagai "
          "capaian JP melalui Rekognisi JP dengan konversi sebagaimana tercantum dalam Tabel 2."),
        T("Tabel 2. Konversi Rekognisi JP",
          ["No", "Jenis Kegiatan", "Nilai Pengakuan", "Batas per Tahun"],
          [["1", "Seminar, webinar, atau workshop bersertifikat SKP Profesi",
            "1 SKP Profesi = 2 JP", "16 JP"],
           ["2", "Webinar bersertifikat tanpa SKP Profesi", "1 JP per 45 menit, paling banyak 6 "
            "JP per kegiatan", "12 JP"],
           ["3", "Modul e-learning di e-LENTERA", "Sesuai JP modul", "Tidak dibatasi"],
           ["4", "FOKUS", "Penyaji 4 JP, moderator/pembahas 3 JP, peserta 2 JP",
            "Tidak dibatasi"],
           ["5", "Narasumber atau fasilitator pelatihan internal", "1 JP mengajar = 1,5 JP",
            "20 JP"],
           ["6", "Publikasi artikel ilmiah pada jurnal", "Penulis pertama 10 JP, penulis "
            "pendamping 5 JP", "20 JP"],
           ["7", "Magang atau studi banding", "8 JP per hari", "40 JP"],
           ["8", "Preseptor PRIMA", "12 JP per angkatan", "24 JP"]],
          [8, 60, 62, 30]),
        P("(2) Klaim Rekognisi JP diajukan oleh Pegawai melalui menu Rekognisi pada e-LENTERA "
          "paling lambat 30 (tiga puluh) hari kalender sejak kegiatan berakhir, dengan "
          "melampirkan sertifikat atau bukti kegiatan."),
        P("(3) BALKIS memverifikasi klaim paling lama 5 (lima) hari kerja sejak klaim diterima. "
          "Klaim yang tidak lengkap dikembalikan satu kali kepada Pegawai untuk dilengkapi dalam "
          "waktu 5 (lima) hari kerja."),
        P("(4) Batas akhir pengajuan klaim Rekognisi JP untuk tahun berjalan adalah tanggal 15 "
          "Desember."),
        H2("Pasal 24"),
        P("(1) Tenaga Medis dan Tenaga Kesehatan wajib mencatat perolehan SKP Profesi pada "
          "e-LENTERA untuk keperluan pemantauan kecukupan SKP Profesi oleh komite."),
        P("(2) Komite Keperawatan, Komite Medik, dan Komite Tenaga Kesehatan Lain menerima "
          "rekapitulasi SKP Profesi setiap semester dari BALKIS."),
        P("(3) Tenaga Medis dan Tenaga Kesehatan yang Surat Izin Praktiknya akan berakhir dalam "
          "6 (enam) bulan dan belum mencukupi SKP Profesi diprioritaskan dalam penugasan "
          "kegiatan yang menghasilkan SKP Profesi."),

        H1("BAB VIII BANTUAN PENDIDIKAN LANJUTAN TENAGA KESEHATAN (BINTANG)"),
        H2("Pasal 25"),
        P("(1) Rumah Sakit memberikan BINTANG kepada Tenaga Medis dan Tenaga Kesehatan untuk "
          "pendidikan dokter spesialis, magister, dan sarjana terapan atau sarjana beserta "
          "pendidikan profesi yang sesuai dengan rencana kebutuhan sumber daya manusia Rumah "
          "Sakit."),
        P("(2) Persyaratan, besaran, kuota, tata cara pengajuan, kewajiban penerima, ikatan "
          "dinas, dan sanksi BINTANG ditetapkan setiap tahun dengan Surat Edaran Direktur."),
        P("(3) Pegawai yang mengikuti pendidikan dengan status tugas belajar dibebaskan dari "
          "target JP selama masa tugas belajar, sedangkan Pegawai dengan status izin belajar "
          "tetap wajib memenuhi target JP."),
        H2("Pasal 26"),
        P("Penerima BINTANG yang telah menyelesaikan pendidikan wajib melaksanakan diseminasi "
          "dalam FOKUS paling lambat 3 (tiga) bulan setelah kembali bertugas."),

        H1("BAB IX KAITAN DENGAN KREDENSIAL"),
        H2("Pasal 27"),
        P("(1) Hasil pengembangan kompetensi digunakan sebagai bahan kredensial dan rekredensial "
          "oleh Komite Keperawatan, Komite Medik, dan Komite Tenaga Kesehatan Lain."),
        P("(2) Rekredensial perawat dan bidan dilakukan setiap 3 (tiga) tahun. Perawat dan bidan "
          "yang akan menjalani rekredensial wajib menunjukkan capaian JP 3 (tiga) tahun terakhir "
          "dan logbook kompetensi."),
        P("(3) Penambahan RKK untuk tindakan kegawatdaruratan lanjut hanya dapat diusulkan bagi "
          "perawat yang memiliki sertifikat PKKT Tingkat II atau Tingkat III yang masih "
          "berlaku."),

        H1("BAB X PENDANAAN"),
        H2("Pasal 28"),
        P("(1) Pendanaan pengembangan kompetensi bersumber dari pendapatan BLUD Rumah Sakit, "
          "Anggaran Pendapatan dan Belanja Daerah Kabupaten Tanah Rawang, dan sumber lain yang "
          "sah dan tidak mengikat."),
        P("(2) Anggaran pengembangan kompetensi Tahun 2026 adalah sebagaimana tercantum dalam "
          "Tabel 3."),
        T("Tabel 3. Anggaran Pengembangan Kompetensi Tahun 2026",
          ["No", "Kegiatan", "Sumber Dana", "Anggaran"],
          [[str(i + 1), k, s, rp(n)] for i, (k, s, n) in enumerate(ANGGARAN)]
          + [["", "Jumlah", "BLUD dan APBD", rp(sum(a[2] for a in ANGGARAN))]],
          [8, 90, 28, 36]),
        P("(3) Anggaran Program PRIMA sebagaimana tercantum dalam Tabel 3 digunakan untuk "
          "honorarium Preseptor, Pelatihan Preseptor Klinik (BK-17), pencetakan logbook, dan "
          "evaluasi kedua angkatan."),
        P("(4) Biaya pelatihan eksternal yang dibiayai BLUD meliputi biaya pendaftaran, "
          "transportasi, dan uang harian sesuai standar biaya BLUD Rumah Sakit."),

        H1("BAB XI PEMANTAUAN, EVALUASI, DAN PELAPORAN"),
        H2("Pasal 29"),
        P("(1) BALKIS menyampaikan laporan capaian JP, pelaksanaan pelatihan, PRIMA, FOKUS, dan "
          "BINTANG kepada Direktur setiap triwulan paling lambat tanggal 10 bulan berikutnya."),
        P("(2) Kepala Ruangan dan Kepala Instalasi memantau capaian JP Pegawai di unitnya "
          "melalui dasbor e-LENTERA dan membahasnya dalam rapat unit paling sedikit 1 (satu) "
          "kali setiap triwulan."),
        H2("Pasal 30"),
        P("(1) Evaluasi pelatihan internal dilaksanakan pada tingkat reaksi, pembelajaran, dan "
          "perilaku. Evaluasi perilaku dilakukan oleh atasan langsung paling cepat 3 (tiga) "
          "bulan setelah pelatihan berakhir."),
        P("(2) Hasil evaluasi digunakan sebagai bahan penyusunan RPK tahun berikutnya."),

        H1("BAB XII SANKSI"),
        H2("Pasal 31"),
        P("(1) Pegawai yang capaian JP-nya paling sedikit 75% (tujuh puluh lima persen) tetapi "
          "kurang dari 100% (seratus persen) target diberikan teguran lisan oleh atasan langsung "
          "dan wajib menyusun rencana pemenuhan JP paling lambat tanggal 31 Januari tahun "
          "berikutnya."),
        P("(2) Pegawai yang capaian JP-nya kurang dari 75% (tujuh puluh lima persen) target "
          "diberikan teguran tertulis oleh Wakil Direktur yang membawahinya dan pada tahun "
          "berikutnya:"),
        L("a. tidak dapat diusulkan mengikuti pelatihan eksternal yang dibiayai BLUD;",
          "b. tidak dapat mengajukan BINTANG; dan",
          "c. tidak dapat ditetapkan sebagai Preseptor PRIMA."),
        P("(3) Pegawai yang capaian JP-nya kurang dari 75% (tujuh puluh lima persen) target "
          "selama 2 (dua) tahun berturut-turut dilaporkan kepada komite terkait untuk dilakukan "
          "evaluasi RKK."),
        H2("Pasal 32"),
        P("(1) Pegawai yang telah terdaftar dan tidak hadir pada pelatihan internal tanpa "
          "pemberitahuan sebagaimana dimaksud dalam Pasal 11 ayat (4) tidak dapat mendaftar "
          "pelatihan internal selama 6 (enam) bulan."),
        P("(2) Pegawai yang tidak menyelesaikan pelatihan eksternal yang dibiayai BLUD tanpa "
          "alasan yang sah wajib mengembalikan seluruh biaya yang telah dikeluarkan Rumah Sakit "
          "paling lambat 60 (enam puluh) hari kalender sejak pemberitahuan."),
        P("(3) Sanksi atas pelanggaran kewajiban penerima BINTANG diatur dalam Surat Edaran "
          "Direktur sebagaimana dimaksud dalam Pasal 25 ayat (2)."),

        H1("BAB XIII KETENTUAN PERALIHAN"),
        H2("Pasal 33"),
        P("(1) Capaian JP tahun 2025 tetap dihitung berdasarkan Peraturan Direktur Nomor 9 Tahun "
          "2022 dengan target 20 (dua puluh) JP bagi seluruh Pegawai."),
        P("(2) Preseptor yang telah membimbing sebelum berlakunya Peraturan Direktur ini tetapi "
          "belum memiliki sertifikat Pelatihan Preseptor Klinik (BK-17) tetap dapat ditetapkan "
          "sebagai Preseptor Angkatan I Tahun 2026 dan wajib mengikuti BK-17 paling lambat "
          "tanggal 31 Desember 2026."),
        P("(3) Sertifikat pelatihan kegawatdaruratan yang diterbitkan sebelum tahun 2026 "
          "disetarakan dengan PKKT Tingkat I sampai dengan masa berlakunya berakhir."),

        H1("BAB XIV KETENTUAN PENUTUP"),
        H2("Pasal 34"),
        P("Pada saat Peraturan Direktur ini mulai berlaku, Peraturan Direktur Nomor 9 Tahun 2022 "
          "tentang Pendidikan dan Pelatihan Pegawai dicabut dan dinyatakan tidak berlaku."),
        H2("Pasal 35"),
        P("Peraturan Direktur ini mulai berlaku pada tanggal ditetapkan."),
        P("Ditetapkan di Muara Rawang pada tanggal 12 Januari 2026"),
        P("DIREKTUR RUMAH SAKIT UMUM DAERAH SEKAR RAWANG KABUPATEN TANAH RAWANG,"),
        P("ttd."),
        P(DIREKTUR),
        P("Pembina Utama Muda (IV/c)"),
        P("NIP " + DIREKTUR_NIP),
        BR(),
        C("LAMPIRAN I"),
        P("PERATURAN DIREKTUR RSUD SEKAR RAWANG NOMOR 14 TAHUN 2026 TENTANG PEDOMAN PENGEMBANGAN "
          "KOMPETENSI SUMBER DAYA MANUSIA RUMAH SAKIT"),
        H1("STRUKTUR PENGELOLA PENGEMBANGAN KOMPETENSI"),
        T("Tabel 4. Pengelola dan Penanggung Jawab",
          ["No", "Fungsi", "Pejabat/Pengelola", "Tugas Utama"],
          [["1", "Penanggung jawab umum", "Direktur", "Menetapkan RPK, Keputusan Preseptor, dan "
            "Surat Edaran BINTANG"],
           ["2", "Pembina pelayanan", "Wakil Direktur Pelayanan", "Mengarahkan prioritas "
            "kompetensi klinis dan memberikan teguran tertulis bagi pegawai pelayanan"],
           ["3", "Pembina umum dan keuangan", "Wakil Direktur Umum dan Keuangan", "Mengelola "
            "anggaran dan memberikan teguran tertulis bagi pegawai administrasi"],
           ["4", "Kepala BALKIS", KA_BALKIS, "Menyusun RPK, menyelenggarakan pelatihan "
            "internal, dan memverifikasi Rekognisi JP"],
           ["5", "Kepala Bidang Keperawatan", KABID_KEP, "Mengusulkan Preseptor dan menetapkan "
            "Panduan PRIMA"],
           ["6", "Koordinator PRIMA", KOORD_PRIMA, "Mengelola jadwal, logbook, dan evaluasi "
            "PRIMA"],
           ["7", "Koordinator FOKUS", KOORD_FOKUS, "Menyusun jadwal dan menetapkan penyaji "
            "FOKUS"],
           ["8", "Kepala Subbagian Kepegawaian", KASUBBAG_KEPEG, "Menyediakan data pegawai dan "
            "memproses administrasi BINTANG"],
           ["9", "Administrator e-LENTERA", ADMIN_LMS, "Mengelola akun, modul, dan helpdesk "
            "e-LENTERA"]],
          [8, 40, 56, 66]),
        P("Alamat BALKIS: Gedung Diklat lantai 1, " + ALAMAT + ". Telepon " + TELP
          + " pesawat 214, surel balkis@" + DOMAIN + "."),
        BR(),
        C("LAMPIRAN II"),
        P("PERATURAN DIREKTUR RSUD SEKAR RAWANG NOMOR 14 TAHUN 2026 TENTANG PEDOMAN PENGEMBANGAN "
          "KOMPETENSI SUMBER DAYA MANUSIA RUMAH SAKIT"),
        H1("DAFTAR PELATIHAN INTERNAL TAHUN 2026"),
        P("Pelatihan internal di bawah ini diselenggarakan oleh BALKIS. Jadwal rinci, tempat, dan "
          "kuota setiap angkatan diumumkan melalui e-LENTERA. Kode pelatihan digunakan pada saat "
          "pendaftaran dan klaim JP."),
        T("Tabel 5. Daftar Pelatihan Internal Tahun 2026",
          ["Kode", "Nama Pelatihan", "JP", "Sasaran", "Metode", "Jumlah Angkatan 2026"],
          [[k, n, f"{jp} JP", s, m, a] for k, n, jp, s, m, a in KATALOG],
          [16, 52, 14, 50, 30, 24]),
        P("Catatan: pelatihan dengan metode daring di e-LENTERA dapat diikuti kapan saja dan JP "
          "dicatat otomatis setelah peserta lulus kuis akhir modul."),
        BR(),
        C("LAMPIRAN III"),
        P("PERATURAN DIREKTUR RSUD SEKAR RAWANG NOMOR 14 TAHUN 2026 TENTANG PEDOMAN PENGEMBANGAN "
          "KOMPETENSI SUMBER DAYA MANUSIA RUMAH SAKIT"),
        H1("KALENDER KEGIATAN PENGEMBANGAN KOMPETENSI TAHUN 2026"),
        T("Tabel 6. Kalender Kegiatan",
          ["No", "Kegiatan", "Batas Waktu atau Periode", "Penanggung Jawab"],
          [["1", "Usulan kebutuhan pengembangan kompetensi per unit", "31 Januari 2026",
            "Kepala Ruangan dan Kepala Instalasi"],
           ["2", "Penetapan RPK Tahun 2026", "20 Februari 2026", "Direktur"],
           ["3", "PRIMA Angkatan I", "9 Februari - 30 April 2026", "Koordinator PRIMA"],
           ["4", "Pengajuan BINTANG Tahun 2026", "Sesuai Surat Edaran Direktur",
            "Kepala Subbagian Kepegawaian"],
           ["5", "Laporan triwulan I", "10 April 2026", "Kepala BALKIS"],
           ["6", "Laporan triwulan II", "10 Juli 2026", "Kepala BALKIS"],
           ["7", "PRIMA Angkatan II", "3 Agustus - 23 Oktober 2026", "Koordinator PRIMA"],
           ["8", "Laporan triwulan III", "10 Oktober 2026", "Kepala BALKIS"],
           ["9", "Batas akhir klaim Rekognisi JP", "15 Desember 2026", "Seluruh Pegawai"],
           ["10", "Batas Pelatihan Preseptor Klinik bagi Preseptor lama", "31 Desember 2026",
            "Preseptor"],
           ["11", "Laporan triwulan IV dan rekap capaian JP", "10 Januari 2027",
            "Kepala BALKIS"]],
          [8, 70, 44, 44]),
        BR(),
        C("LAMPIRAN IV"),
        P("PERATURAN DIREKTUR RSUD SEKAR RAWANG NOMOR 14 TAHUN 2026 TENTANG PEDOMAN PENGEMBANGAN "
          "KOMPETENSI SUMBER DAYA MANUSIA RUMAH SAKIT"),
        H1("RINGKASAN KETENTUAN POKOK"),
        P("Ringkasan ini disusun untuk memudahkan Pegawai. Apabila terdapat perbedaan, yang "
          "berlaku adalah ketentuan dalam batang tubuh Peraturan Direktur."),
        T("Tabel 7. Ringkasan Ketentuan Pokok", ["No", "Ketentuan", "Nilai", "Dasar"],
          [[str(i + 1), k, v, d] for i, (k, v, d) in enumerate(RINGKASAN)],
          [8, 62, 66, 26]),
        P("Ditetapkan di Muara Rawang pada tanggal 12 Januari 2026"),
        P("DIREKTUR RUMAH SAKIT UMUM DAERAH SEKAR RAWANG KABUPATEN TANAH RAWANG,"),
        P("ttd."),
        P(DIREKTUR),
        P("NIP " + DIREKTUR_NIP),
    ]
    return b


# =========================================================================== SE BINTANG 2026 (PDF)
SE2026 = [
    C("PEMERINTAH KABUPATEN TANAH RAWANG"),
    C("RUMAH SAKIT UMUM DAERAH SEKAR RAWANG"),
    P(ALAMAT + " - Telepon " + TELP + " - Laman " + DOMAIN),
    P("Dokumen fiktif, untuk evaluasi."),
    C("SURAT EDARAN"),
    C("NOMOR 800.1/061/RSUD-SR/2026"),
    C("TENTANG"),
    C("BANTUAN PENDIDIKAN LANJUTAN TENAGA KESEHATAN (BINTANG) TAHUN 2026"),
    P("Yth. 1. Para Wakil Direktur; 2. Para Kepala Bidang dan Kepala Bagian; 3. Ketua Komite "
      "Medik, Ketua Komite Keperawatan, dan Ketua Komite Tenaga Kesehatan Lain; 4. Para Kepala "
      "Instalasi dan Kepala Ruangan; di lingkungan RSUD Sekar Rawang."),
    H1("1. Latar Belakang"),
    P("Sesuai dengan Pasal 25 Peraturan Direktur Nomor 14 Tahun 2026 tentang Pedoman "
      "Pengembangan Kompetensi Sumber Daya Manusia Rumah Sakit, ketentuan Bantuan Pendidikan "
      "Lanjutan Tenaga Kesehatan (BINTANG) ditetapkan dengan Surat Edaran Direktur. Surat Edaran "
      "ini menggantikan Surat Edaran Direktur Nomor 800.1/214/RSUD-SR/2024 dengan menyesuaikan "
      "sasaran, persyaratan, besaran bantuan, kuota, tata cara pengajuan, dan ikatan dinas."),
    H1("2. Sasaran"),
    P("BINTANG Tahun 2026 diberikan kepada Pegawai Negeri Sipil dan PPPK yang menduduki jabatan "
      "Tenaga Medis atau Tenaga Kesehatan, yaitu dokter, dokter gigi, perawat, bidan, apoteker, "
      "nutrisionis, dan perekam medis. Pegawai PPPK hanya dapat mengajukan bantuan untuk jenjang "
      "D4/S1 beserta pendidikan profesi Ners atau Bidan, dengan sisa masa perjanjian kerja paling "
      "singkat 3 tahun pada saat mengajukan."),
    H1("3. Persyaratan"),
    L("a. masa kerja di RSUD Sekar Rawang paling singkat 2 tahun;",
      "b. usia pada saat mengajukan paling tinggi 42 tahun untuk pendidikan dokter spesialis "
      "(PPDS), serta paling tinggi 45 tahun untuk jenjang S2 dan jenjang D4/S1;",
      "c. predikat SKP Kinerja (Sasaran Kinerja Pegawai) paling rendah Baik pada 1 tahun "
      "terakhir;",
      "d. capaian JP tahun sebelumnya memenuhi target sesuai jabatan dan jenjangnya;",
      "e. diterima atau sedang menempuh pendidikan pada program studi yang terakreditasi paling "
      "rendah Baik Sekali;",
      "f. program studi sesuai dengan rencana kebutuhan sumber daya manusia Rumah Sakit. Untuk "
      "tahun 2026, PPDS diprioritaskan pada program studi Anestesiologi dan Terapi Intensif, "
      "Obstetri dan Ginekologi, Ilmu Kesehatan Anak, serta Neurologi; dan",
      "g. tidak sedang menerima beasiswa atau bantuan biaya pendidikan dari sumber lain untuk "
      "program studi yang sama."),
    H1("4. Besaran Bantuan dan Ikatan Dinas"),
    T("Tabel 1. Besaran Bantuan, Lama Bantuan, dan Ikatan Dinas BINTANG 2026",
      ["Jenjang Pendidikan", "Besaran per Semester", "Lama Bantuan Paling Lama", "Ikatan Dinas"],
      [["PPDS (dokter spesialis)", "Rp25.000.000", "9 semester", "8 tahun"],
       ["S2 (Magister Keperawatan, Kebidanan, Farmasi Klinik, Gizi, atau Administrasi Rumah "
        "Sakit)", "Rp7.500.000", "4 semester", "4 tahun"],
       ["D4/S1 beserta pendidikan profesi Ners atau Bidan", "Rp4.500.000", "6 semester",
        "3 tahun"]],
      [60, 34, 34, 26]),
    P("Selain bantuan per semester, penerima jenjang PPDS dan S2 memperoleh bantuan penelitian "
      "tugas akhir sebesar Rp2.000.000 (dua juta rupiah) yang dibayarkan 1 (satu) kali."),
    P("Bantuan dibayarkan melalui transfer ke rekening penerima setelah penerima mengunggah "
      "bukti pembayaran uang kuliah semester berjalan. Apabila uang kuliah lebih kecil dari "
      "besaran bantuan, bantuan dibayarkan sebesar uang kuliah."),
    H1("5. Kuota dan Pagu Anggaran"),
    P("Kuota penerima baru BINTANG Tahun 2026 sebanyak 16 (enam belas) orang, terdiri atas PPDS "
      "4 (empat) orang, S2 4 (empat) orang, dan D4/S1 8 (delapan) orang. Apabila kuota suatu "
      "jenjang tidak terisi, sisa kuota dapat dialihkan ke jenjang D4/S1."),
    P("Pagu anggaran BINTANG Tahun 2026 sebesar Rp540.000.000 (lima ratus empat puluh juta "
      "rupiah) bersumber dari APBD Kabupaten Tanah Rawang, terdiri atas Rp215.000.000 untuk "
      "penerima baru dan Rp325.000.000 untuk penerima lanjutan."),
    H1("6. Tata Cara Pengajuan dan Seleksi"),
    L("a. pengajuan dilakukan secara daring melalui menu BINTANG pada e-LENTERA (" + LMS_URL
      + ") mulai tanggal 2 Februari 2026 sampai dengan 13 Maret 2026 pukul 16.00 WIB;",
      "b. dokumen yang diunggah: surat permohonan, persetujuan atasan langsung, SK pangkat atau "
      "SK PPPK terakhir, SKP Kinerja 1 (satu) tahun terakhir, surat penerimaan atau kartu "
      "mahasiswa, bukti akreditasi program studi, dan rincian biaya pendidikan;",
      "c. berkas asli ditunjukkan untuk verifikasi di loket BALKIS, Gedung Diklat lantai 1, "
      "setelah pemohon menerima pemberitahuan melalui e-LENTERA;",
      "d. verifikasi administrasi dilakukan oleh BALKIS bersama Subbagian Kepegawaian paling "
      "lama 10 hari kerja setelah pengajuan ditutup;",
      "e. pemohon yang lolos verifikasi administrasi mengikuti wawancara oleh Tim Seleksi BINTANG "
      "yang diketuai Wakil Direktur Pelayanan;",
      "f. hasil seleksi diumumkan paling lambat tanggal 24 April 2026 melalui e-LENTERA dan "
      "papan pengumuman BALKIS; dan",
      "g. keberatan atas hasil seleksi dapat disampaikan secara tertulis kepada Direktur paling "
      "lambat 5 hari kerja setelah pengumuman."),
    H1("7. Kewajiban Penerima"),
    L("a. mempertahankan indeks prestasi semester paling rendah 3,00 untuk jenjang D4/S1 dan "
      "paling rendah 3,25 untuk jenjang S2, sedangkan penerima PPDS wajib lulus evaluasi setiap "
      "tahap pendidikan;",
      "b. menyampaikan laporan kemajuan studi setiap semester melalui e-LENTERA paling lambat 30 "
      "hari kalender setelah semester berakhir;",
      "c. menyelesaikan pendidikan tepat waktu sesuai lama bantuan pada Tabel 1; dan",
      "d. kembali bertugas di RSUD Sekar Rawang dan menjalani ikatan dinas sesuai Tabel 1 "
      "terhitung sejak tanggal kembali bertugas."),
    H1("8. Sanksi"),
    P("Penerima yang mengundurkan diri dari pendidikan tanpa alasan yang sah, diberhentikan oleh "
      "perguruan tinggi karena kelalaiannya, atau tidak menyelesaikan ikatan dinas wajib "
      "mengembalikan dua kali (200%) jumlah bantuan yang telah diterima ke kas BLUD RSUD Sekar "
      "Rawang paling lambat 90 hari kalender sejak surat penagihan diterima. Kewajiban "
      "pengembalian dua kali ini menggantikan ketentuan Surat Edaran Tahun 2024 yang hanya "
      "mewajibkan pengembalian sebesar bantuan yang diterima. Penerima yang indeks prestasinya "
      "di bawah batas minimal pada 2 (dua) semester berturut-turut dihentikan bantuannya mulai "
      "semester berikutnya."),
    H1("9. Ketentuan Peralihan dan Pencabutan"),
    P("Dengan berlakunya Surat Edaran ini, Surat Edaran Direktur Nomor 800.1/214/RSUD-SR/2024 "
      "tentang Bantuan Pendidikan Lanjutan Tenaga Kesehatan Tahun 2024 dicabut dan dinyatakan "
      "tidak berlaku. Penerima BINTANG yang ditetapkan berdasarkan Surat Edaran Tahun 2024 tetap "
      "menerima besaran bantuan dan menjalani ikatan dinas menurut ketentuan lama sampai dengan "
      "selesai masa studinya, tetapi laporan kemajuan studinya disampaikan melalui e-LENTERA "
      "sesuai angka 7 huruf b."),
    H1("10. Narahubung"),
    P("Informasi lebih lanjut dapat diperoleh di loket BALKIS, Gedung Diklat lantai 1, pada hari "
      "kerja pukul 08.00-15.00 WIB, telepon " + TELP + " pesawat 214, WhatsApp " + WA_BALKIS
      + ", atau surel bintang@" + DOMAIN + "."),
    P("Demikian Surat Edaran ini disampaikan untuk diketahui dan dilaksanakan."),
    P("Ditetapkan di Muara Rawang pada tanggal 19 Januari 2026"),
    P("DIREKTUR RSUD SEKAR RAWANG,"),
    P("ttd."),
    P(DIREKTUR),
    P("Pembina Utama Muda (IV/c)"),
    P("NIP " + DIREKTUR_NIP),
    P("Tembusan: 1. Bupati Tanah Rawang; 2. Sekretaris Daerah Kabupaten Tanah Rawang; 3. Kepala "
      "BKPSDM Kabupaten Tanah Rawang; 4. Ketua Dewan Pengawas BLUD RSUD Sekar Rawang."),
]


# =========================================================================== KEPUTUSAN PRIMA (DOCX)
# ward, preceptor, jenjang, [(preceptee, status)]
PRIMA_I = [
    ("IGD", "Ns. Hotman Sihombing, S.Kep.", "Perawat Ahli Muda",
     [("Ns. Rahmat Hidayat, S.Kep.", "CPNS")]),
    ("ICU", "Ns. Yuliana Br Tarigan, S.Kep.", "Perawat Ahli Pertama",
     [("Ns. Siti Aisyah Lubis, S.Kep.", "PPPK")]),
    ("Ruang Melati (Penyakit Dalam)", "Rosdiana Hutapea, A.Md.Kep.", "Perawat Penyelia",
     [("Dewi Sartika Nainggolan, A.Md.Kep.", "PPPK"), ("Muhammad Fadli, A.Md.Kep.", "PPPK")]),
    ("Ruang Mawar (Bedah)", "Ns. Agustina Simatupang, S.Kep.", "Perawat Ahli Muda",
     [("Ns. Bima Prasetyo, S.Kep.", "CPNS"), ("Ns. Nadia Putri Harahap, S.Kep.", "PPPK")]),
    ("Ruang Anggrek (Anak)", "Ns. Lina Marpaung, S.Kep.", "Perawat Ahli Pertama",
     [("Ns. Cindy Amelia Sinaga, S.Kep.", "CPNS")]),
    ("Kamar Bersalin", "Bd. Sri Wahyuni Rangkuti, S.Tr.Keb.", "Bidan Ahli Muda",
     [("Bd. Anisa Rahmawati, S.Tr.Keb.", "PPPK")]),
    ("Ruang Teratai (Nifas)", "Erna Wati Siregar, A.Md.Keb.", "Bidan Penyelia",
     [("Putri Handayani, A.Md.Keb.", "PPPK"), ("Rini Oktaviani, A.Md.Keb.", "PPPK")]),
    ("Perinatologi", "Ns. Maria Ulfa Gultom, S.Kep.", "Perawat Ahli Pertama",
     [("Tri Wulandari, A.Md.Kep.", "CPNS")]),
    ("Kamar Operasi (IBS)", "Ns. Darwin Situmeang, S.Kep.", "Perawat Ahli Muda",
     [("Ns. Fajar Ramadhan, S.Kep.", "CPNS"), ("Yosua Manik, A.Md.Kep.", "PPPK")]),
    ("Hemodialisis", "Ns. Ratna Juwita Purba, S.Kep.", "Perawat Ahli Pertama",
     [("Ns. Dimas Saputra, S.Kep.", "PPPK")]),
    ("Ruang Kenanga (VIP)", "Herlina Pasaribu, A.Md.Kep.", "Perawat Mahir",
     [("Suci Ramadhani, A.Md.Kep.", "PPPK"), ("Andre Wijaya Tambunan, A.Md.Kep.", "PPPK")]),
    ("Ruang Dahlia (Paru dan Isolasi)", "Ns. Sahat Panjaitan, S.Kep.", "Perawat Ahli Pertama",
     [("Ns. Melati Kusuma, S.Kep.", "CPNS")]),
]
HONOR_PRIMA = 400_000
N_PRESEPTEE = sum(len(p[3]) for p in PRIMA_I)
N_CPNS = sum(1 for p in PRIMA_I for _n, s in p[3] if s == "CPNS")
TOTAL_HONOR_I = HONOR_PRIMA * 3 * N_PRESEPTEE
assert (N_PRESEPTEE, N_CPNS, TOTAL_HONOR_I) == (17, 6, 20_400_000)


def prima_rows():
    rows = []
    for i, (ward, pres, jj, tees) in enumerate(PRIMA_I):
        rows.append([str(i + 1), ward, pres, jj, "; ".join(n for n, _s in tees),
                     "; ".join(s for _n, s in tees), rp(HONOR_PRIMA * 3 * len(tees))])
    rows.append(["", "JUMLAH (12 ruangan)", f"{len(PRIMA_I)} Preseptor", "-",
                 f"{N_PRESEPTEE} Preseptee", f"CPNS {N_CPNS}, PPPK {N_PRESEPTEE - N_CPNS}",
                 rp(TOTAL_HONOR_I)])
    return rows


KEP_PRIMA = [
    C("KEPUTUSAN DIREKTUR RUMAH SAKIT UMUM DAERAH SEKAR RAWANG"),
    C("KABUPATEN TANAH RAWANG"),
    C("NOMOR 445/027/KEP/RSUD-SR/2026"),
    C("TENTANG"),
    C("PENETAPAN PRESEPTOR DAN PRESEPTEE PROGRAM PRESEPTORSHIP DAN MENTORING AWAL (PRIMA) "
      "ANGKATAN I TAHUN 2026"),
    P("Dokumen fiktif, untuk evaluasi."),
    C("DIREKTUR RUMAH SAKIT UMUM DAERAH SEKAR RAWANG,"),
    P("Menimbang: a. bahwa sesuai dengan Pasal 16 Peraturan Direktur Nomor 14 Tahun 2026, "
      "Preseptor PRIMA ditetapkan dengan Keputusan Direktur; b. bahwa Kepala Bidang Keperawatan "
      "telah mengusulkan Preseptor dan Preseptee PRIMA Angkatan I Tahun 2026 setelah mendapat "
      "pertimbangan Komite Keperawatan dalam rapat tanggal 27 Januari 2026; c. bahwa berdasarkan "
      "pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan "
      "Direktur tentang Penetapan Preseptor dan Preseptee PRIMA Angkatan I Tahun 2026."),
    P("Mengingat: 1. Peraturan Bupati Tanah Rawang Nomor 31 Tahun 2023 tentang Pola Tata Kelola "
      "Badan Layanan Umum Daerah RSUD Sekar Rawang; 2. Peraturan Direktur Nomor 14 Tahun 2026 "
      "tentang Pedoman Pengembangan Kompetensi Sumber Daya Manusia Rumah Sakit."),
    C("MEMUTUSKAN:"),
    P("Menetapkan:"),
    P("KESATU: Menetapkan Preseptor dan Preseptee PRIMA Angkatan I Tahun 2026 sebagaimana "
      "tercantum dalam Lampiran Keputusan ini."),
    P("KEDUA: PRIMA Angkatan I dilaksanakan selama 12 (dua belas) minggu, mulai tanggal 9 "
      "Februari 2026 sampai dengan tanggal 30 April 2026, dengan pembukaan pada hari Senin, 9 "
      "Februari 2026 pukul 08.00 WIB di Aula Cempaka, Gedung Diklat lantai 3."),
    P("KETIGA: Preseptor bertugas menyusun rencana bimbingan, mendampingi Preseptee pada setiap "
      "dinas, memvalidasi logbook setiap minggu, melaksanakan DOPS dan Mini-CEX, serta "
      "melaporkan perkembangan Preseptee kepada Koordinator PRIMA paling lambat setiap hari "
      "Jumat."),
    P("KEEMPAT: Preseptor diberikan honorarium sebesar Rp400.000 (empat ratus ribu rupiah) per "
      "Preseptee per bulan selama 3 (tiga) bulan. Jumlah honorarium Preseptor Angkatan I "
      "seluruhnya sebesar Rp20.400.000 (dua puluh juta empat ratus ribu rupiah) dan dibebankan "
      "pada anggaran Program PRIMA dalam Rencana Bisnis dan Anggaran BLUD RSUD Sekar Rawang "
      "Tahun 2026."),
    P("KELIMA: Ns. Elisabeth Sembiring, S.Kep. (Perawat Ahli Muda, Ruang Mawar) dan Bd. Nurul "
      "Fadhilah, S.Tr.Keb. (Bidan Ahli Pertama, Kamar Bersalin) ditetapkan sebagai Preseptor "
      "cadangan yang menggantikan Preseptor yang berhalangan lebih dari 10 (sepuluh) hari "
      "kerja."),
    P("KEENAM: Koordinator PRIMA Angkatan I adalah " + KOORD_PRIMA + " (Perawat Ahli Muda), "
      "dengan narahubung WhatsApp " + WA_PRIMA + " dan surel prima@" + DOMAIN + "."),
    P("KETUJUH: Preseptor yang belum memiliki sertifikat Pelatihan Preseptor Klinik (BK-17), "
      "yaitu Herlina Pasaribu, A.Md.Kep. dan Ns. Sahat Panjaitan, S.Kep., wajib mengikuti BK-17 "
      "paling lambat tanggal 31 Desember 2026."),
    P("KEDELAPAN: Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    P("Ditetapkan di Muara Rawang pada tanggal 2 Februari 2026"),
    P("DIREKTUR RSUD SEKAR RAWANG,"),
    P("ttd."),
    P(DIREKTUR),
    P("NIP " + DIREKTUR_NIP),
    BR(),
    C("LAMPIRAN KEPUTUSAN DIREKTUR RSUD SEKAR RAWANG NOMOR 445/027/KEP/RSUD-SR/2026"),
    T("Daftar Preseptor dan Preseptee PRIMA Angkatan I Tahun 2026",
      ["No", "Ruangan", "Nama Preseptor", "Jenjang Jabatan", "Nama Preseptee", "Status Preseptee",
       "Honor 3 Bulan"],
      prima_rows(),
      [6, 22, 30, 20, 36, 14, 18],
      header2=[("No", 1), ("Ruangan", 1), ("Preseptor", 2), ("Preseptee", 2),
               ("Honor 3 Bulan", 1)]),
    P("Catatan: honor dihitung Rp400.000 x jumlah Preseptee x 3 bulan. Di IGD, ICU, Kamar "
      "Bersalin, dan Perinatologi setiap Preseptor membimbing 1 (satu) Preseptee."),
]


# =========================================================================== NOTULEN (DOCX)
NOTULEN = [
    C("NOTULEN RAPAT KOORDINASI PENGEMBANGAN KOMPETENSI SDM"),
    C("TRIWULAN I TAHUN 2026"),
    C("RSUD SEKAR RAWANG KABUPATEN TANAH RAWANG"),
    P("Dokumen fiktif, untuk evaluasi."),
    T("Keterangan Rapat", ["Unsur", "Keterangan"],
      [["Hari, tanggal", "Selasa, 24 Februari 2026"],
       ["Waktu", "09.00 - 11.45 WIB"],
       ["Tempat", "Ruang Rapat Direksi, Gedung Administrasi lantai 2"],
       ["Pimpinan rapat", WADIR_PEL + " (Wakil Direktur Pelayanan)"],
       ["Notulis", NOTULIS + " (Pengadministrasi Perkantoran, BALKIS)"],
       ["Jumlah peserta", "21 orang (daftar hadir terlampir)"]],
      [40, 120]),
    H1("Peserta Rapat"),
    L("1. " + WADIR_PEL + ", Wakil Direktur Pelayanan",
      "2. " + WADIR_UMUM + ", Wakil Direktur Umum dan Keuangan",
      "3. " + KA_BALKIS + ", Kepala BALKIS",
      "4. " + KABID_KEP + ", Kepala Bidang Keperawatan",
      "5. " + KETUA_KOMKEP + ", Ketua Komite Keperawatan",
      "6. " + KETUA_KOMED + ", Ketua Komite Medik",
      "7. " + KETUA_KTKL + ", Ketua Komite Tenaga Kesehatan Lain",
      "8. " + KASUBBAG_KEPEG + ", Kepala Subbagian Kepegawaian",
      "9. " + KOORD_PRIMA + ", Koordinator PRIMA",
      "10. " + KOORD_FOKUS + ", Koordinator FOKUS",
      "11. " + IPCN + ", IPCN",
      "12. " + ADMIN_LMS + ", Administrator e-LENTERA",
      "13. Para Kepala Ruangan (9 orang)"),
    H1("Agenda"),
    L("1. Evaluasi capaian JP tahun 2025;",
      "2. Perkembangan PRIMA Angkatan I;",
      "3. Persiapan PPI Dasar, PPI Lanjutan bagi IPCLN, dan PKKT;",
      "4. Perkembangan pendaftaran BINTANG 2026;",
      "5. Pengembangan e-LENTERA; dan",
      "6. Lain-lain."),
    H1("Pembahasan"),
    P("1. Kepala BALKIS melaporkan bahwa pada tahun 2025, dari 604 pegawai yang wajib memenuhi "
      "target, sebanyak 433 orang (71,7%) memenuhi target 20 JP. Rata-rata capaian seluruh "
      "pegawai adalah 24,6 JP. Ruangan dengan rata-rata terendah adalah Ruang Dahlia dengan 14,5 "
      "JP, disebabkan tingginya beban pasien isolasi pada triwulan III 2025."),
    P("2. Koordinator PRIMA melaporkan bahwa 17 Preseptee Angkatan I telah memasuki minggu ketiga. "
      "Satu Preseptor, Ns. Yuliana Br Tarigan, S.Kep. (ICU), akan menjalani cuti melahirkan mulai "
      "16 Maret 2026, sehingga bimbingan Preseptee ICU dialihkan kepada Preseptor cadangan Ns. "
      "Elisabeth Sembiring, S.Kep. mulai tanggal tersebut."),
    P("3. IPCN menyampaikan bahwa PPI Dasar Angkatan I akan dilaksanakan pada 10-11 Maret 2026 "
      "dan baru 9 dari 14 ruangan yang mengirimkan nama calon IPCLN untuk PPI Lanjutan."),
    P("4. Kepala Subbagian Kepegawaian melaporkan bahwa sampai dengan 23 Februari 2026 terdapat 9 "
      "pengajuan BINTANG melalui e-LENTERA, terdiri atas PPDS 3 orang, S2 2 orang, dan D4/S1 4 "
      "orang, termasuk 3 orang PPPK."),
    P("5. Administrator e-LENTERA menyampaikan bahwa e-LENTERA versi 3.2 menambahkan menu "
      "Rekognisi dan dasbor capaian JP per ruangan. Selama Januari 2026 tercatat 212 tiket "
      "helpdesk, terbanyak kategori lupa kata sandi."),
    P("6. Ketua Komite Medik meminta agar sesi FOKUS dari Kelompok Staf Medis diberi tambahan "
      "waktu diskusi. Rapat menyepakati bahwa durasi FOKUS tetap 2 jam, dengan diskusi paling "
      "sedikit 45 menit."),
    H1("Keputusan dan Tindak Lanjut"),
    T("Tabel Tindak Lanjut", ["No", "Keputusan/Tindak Lanjut", "Penanggung Jawab", "Batas Waktu"],
      [["1", "Seluruh Kepala Ruangan yang belum mengirimkan nama calon IPCLN menyampaikannya "
        "kepada IPCN", "Para Kepala Ruangan, dikoordinasikan oleh " + IPCN, "6 Maret 2026"],
       ["2", "Menu Rekognisi pada e-LENTERA versi 3.2 dibuka untuk seluruh pegawai",
        ADMIN_LMS, "16 Maret 2026"],
       ["3", "Honorarium Preseptor PRIMA dibayarkan melalui transfer paling lambat tanggal 10 "
        "bulan berikutnya", "Bendahara Pengeluaran BLUD, " + BENDAHARA,
        "Mulai 10 Maret 2026"],
       ["4", "Ruang Dahlia menyusun rencana pemenuhan JP 2026; BALKIS memfasilitasi 2 sesi "
        "in-house training di ruangan", "Kepala Ruang Dahlia, Ns. Juliana Hasibuan, S.Kep.",
        "31 Maret 2026"],
       ["5", "Menyusun naskah perjanjian kerja sama PKKT Tingkat III dengan Balai Pelatihan "
        "Kesehatan Provinsi Bukit Barisan Raya", KA_BALKIS, "30 April 2026"],
       ["6", "FOKUS tanggal 26 Maret 2026 ditiadakan karena cuti bersama Idulfitri dan diganti "
        "pada hari Kamis, 2 April 2026", KOORD_FOKUS, "Diumumkan 5 Maret 2026"],
       ["7", "Sosialisasi Surat Edaran BINTANG 2026 dalam apel pagi dan grup WhatsApp ruangan",
        KASUBBAG_KEPEG, "27 Februari 2026"],
       ["8", "Menambah 1 angkatan PPI Dasar (Angkatan IV) pada 2-3 Juni 2026 bagi pegawai yang "
        "belum memperoleh kuota", IPCN + " dan BALKIS", "Diumumkan 30 April 2026"],
       ["9", "Rekap capaian JP triwulan I per ruangan disampaikan kepada Direktur", KA_BALKIS,
        "10 April 2026"]],
      [8, 80, 48, 30]),
    P("Rapat ditutup pukul 11.45 WIB. Rapat koordinasi triwulan II direncanakan pada hari Selasa, "
      "19 Mei 2026 pukul 09.00 WIB di tempat yang sama."),
    P("Muara Rawang, 24 Februari 2026"),
    P("Notulis: " + NOTULIS),
    P("Mengetahui, Pimpinan Rapat: " + WADIR_PEL),
]

DOCS = {
    "perdir-pengembangan-kompetensi-2026": (
        "pdf", perdir_blocks(), "Perdir RSUD Sekar Rawang No. 14 Tahun 2026"),
    "se-bintang-2026": ("pdf", SE2026, "SE Direktur BINTANG 2026"),
    "kep-preseptor-prima-angkatan-i-2026": (
        "docx", KEP_PRIMA, "Keputusan Direktur tentang Preseptor PRIMA Angkatan I 2026"),
    "notulen-rakor-kompetensi-tw1-2026": (
        "docx", NOTULEN, "Notulen Rakor Pengembangan Kompetensi Triwulan I 2026"),
}


# =========================================================================== plain-text documents
SE2024_TXT = """\
PEMERINTAH KABUPATEN TANAH RAWANG
RUMAH SAKIT UMUM DAERAH SEKAR RAWANG
Jalan Lintas Tengah Kilometer 6 Nomor 101, Muara Rawang, Kabupaten Tanah Rawang 39271
Telepon (0739) 552 1180
(Dokumen fiktif, untuk evaluasi)

SURAT EDARAN
NOMOR 800.1/214/RSUD-SR/2024
TENTANG
BANTUAN PENDIDIKAN LANJUTAN TENAGA KESEHATAN (BINTANG) TAHUN 2024

Yth. Para Wakil Direktur, Kepala Bidang, Kepala Bagian, Kepala Instalasi, dan Kepala Ruangan
di lingkungan RSUD Sekar Rawang

Dalam rangka meningkatkan kualifikasi pendidikan tenaga medis dan tenaga kesehatan, RSUD Sekar
Rawang memberikan Bantuan Pendidikan Lanjutan Tenaga Kesehatan (BINTANG) Tahun 2024 dengan
ketentuan sebagai berikut.

1. Sasaran
   BINTANG hanya diberikan kepada Pegawai Negeri Sipil (PNS) yang menduduki jabatan dokter,
   dokter gigi, perawat, atau bidan. Pegawai PPPK dan pegawai BLUD non-ASN belum dapat mengajukan
   bantuan ini.

2. Persyaratan
   a. masa kerja di RSUD Sekar Rawang paling singkat 3 tahun;
   b. usia pada saat mengajukan paling tinggi 38 tahun untuk pendidikan dokter spesialis
      (PPDS) dan paling tinggi 40 tahun untuk jenjang S2 dan jenjang D4/S1;
   c. nilai SKP (Sasaran Kinerja Pegawai) dengan predikat paling rendah Baik dalam 2 tahun
      terakhir berturut-turut;
   d. diterima pada program studi yang terakreditasi paling rendah B;
   e. PPDS diprioritaskan pada program studi Anestesiologi dan Terapi Intensif serta Ilmu
      Penyakit Dalam.

3. Besaran bantuan dan ikatan dinas
   Jenjang                      Besaran per semester   Lama paling lama   Ikatan dinas
   PPDS (dokter spesialis)      Rp15.000.000           8 semester         5 tahun
   S2                           Rp6.000.000            4 semester         3 tahun
   D4/S1 dan profesi            Rp3.500.000            4 semester         2 tahun

4. Kuota dan pagu
   Kuota penerima baru tahun 2024 sebanyak 10 orang, yaitu PPDS 2 orang, S2 3 orang,
   dan D4/S1 5 orang. Pagu anggaran BINTANG tahun 2024 sebesar Rp300.000.000 (tiga ratus juta
   rupiah).

5. Tata cara pengajuan
   a. berkas fisik dimasukkan dalam map berwarna biru dan diserahkan langsung ke Subbagian
      Kepegawaian, Gedung Administrasi lantai 2, pada tanggal 1 s.d. 28 Maret 2024, hari kerja
      pukul 08.00-14.00 WIB;
   b. berkas terdiri atas surat permohonan, rekomendasi atasan langsung, fotokopi SK pangkat
      terakhir, fotokopi SKP 2 (dua) tahun terakhir, surat penerimaan dari perguruan tinggi,
      dan rincian biaya pendidikan;
   c. verifikasi berkas dilakukan oleh Subbagian Kepegawaian paling lama 14 hari kalender
      setelah pengajuan ditutup;
   d. hasil seleksi diumumkan paling lambat 30 April 2024 pada papan pengumuman Subbagian
      Kepegawaian.

6. Kewajiban penerima
   a. indeks prestasi semester paling rendah 2,75 untuk semua jenjang;
   b. menyerahkan laporan kemajuan studi dalam bentuk cetak kepada Subbagian Kepegawaian
      setiap semester, paling lambat 1 (satu) bulan setelah semester berakhir;
   c. kembali bertugas di RSUD Sekar Rawang dan menjalani ikatan dinas sesuai angka 3.

7. Sanksi
   Penerima yang mengundurkan diri dari pendidikan tanpa alasan yang sah atau tidak
   menyelesaikan ikatan dinas wajib mengembalikan seluruh (100%) bantuan yang telah diterima
   paling lambat 60 (enam puluh) hari kalender sejak surat penagihan diterima, tanpa denda.

8. Narahubung
   Subbagian Kepegawaian, telepon (0739) 552 1180 pesawat 105.

Demikian Surat Edaran ini disampaikan untuk diketahui dan dilaksanakan.

Muara Rawang, 5 Februari 2024
Direktur RSUD Sekar Rawang,
ttd.
dr. Rosmaini Harahap, M.A.R.S.
Pembina Utama Muda (IV/c)
NIP 19681102 199703 2 002
"""

WA_TXT = """\
[27/02/26 07.42] BALKIS RSUD Sekar Rawang: 📢📢 *INFO PELATIHAN PPI 2026* 📢📢
(Dokumen fiktif, untuk evaluasi.)

Selamat pagi rekan2 sejawat semua 🙏😊
Mau infoin jadwal pelatihan PPI tahun ini ya. Ada DUA pelatihan yang namanya mirip, jangan
sampe ketuker ya kak 🙏

1️⃣ *PPI DASAR (kode BK-06) — 16 JP*
👉 untuk SEMUA tenaga medis & nakes, wajib buat akreditasi
🗓️ Angkatan I : Selasa-Rabu, 10-11 Maret 2026
🗓️ Angkatan II : Selasa-Rabu, 21-22 April 2026
🗓️ Angkatan III : Selasa-Rabu, 12-13 Mei 2026
⏰ jam 08.00-16.00 WIB (registrasi mulai 07.30)
📍 Aula Cempaka, Gedung Diklat lt. 3
👥 kuota per ruangan udah dikirim ke karu masing2, tanya karu ya
📝 daftar lewat e-LENTERA, tutup 5 hari kerja sebelum mulai ➡️ Angkatan I tutup Selasa 3 Maret
2026 jam 23.59 WIB ⚠️

2️⃣ *PPI LANJUTAN BAGI IPCLN (kode BK-07) — 32 JP*
⚠️ BUKAN buat semua ya!! khusus IPCLN yg udah ditunjuk karu (1 orang per ruangan/unit)
🗓️ Senin-Kamis, 4-7 Mei 2026
⏰ 07.30-16.00 WIB
📍 Ruang Seminar Komite PPI, Gedung Pelayanan Terpadu lt. 2 + praktik audit di ruangan
📌 syarat: udah lulus PPI Dasar & minimal 2 tahun kerja di ruangan yg sama
💻 bawa laptop ya, ada praktik input data surveilans HAIs

ℹ️ sertifikat PPI Dasar berlaku 3 tahun. Kalo sertifikat kakak terbit tahun 2022 atau
sebelumnya, udah ga berlaku, wajib ikut lagi 🙏
🍱 snack 2x + makan siang disediakan
👕 seragam dinas harian, sepatu tertutup
🌙 yg kebagian dinas malam sebelum hari pelatihan, koordinasi tukar jadwal sama karu ya,
jangan maksain ngantuk2 ikut pelatihan 😅

Info lebih lanjut: Ns. Rina Marlina Sitepu, S.Kep. (IPCN) WA 0852-7001-3346
(chat aja ya kak, jangan telpon pas jam dinas 🙏)

Makasih, sehat2 semua 💪🏥

[27/02/26 08.15] Ns. Bima (Mawar): min, PPI dasar ini dapet JP brp? sama dapet SKP profesi ga?
[27/02/26 08.21] BALKIS RSUD Sekar Rawang: 16 JP kak 👍 SKP profesi-nya 2 SKP dari PPNI, udah
keluar nomor akreditasinya kemarin ✅
[27/02/26 08.30] Bd. Anisa (VK): min sy PPPK baru, boleh ikut PPI dasar ga? 🙏
[27/02/26 08.34] BALKIS RSUD Sekar Rawang: boleh bgt kak, PPPK & CPNS justru diprioritaskan 😊
asal ada kuota ruangan & disetujui karu ya
[27/02/26 09.02] Ns. Rina (IPCN): tambahan: buat yg belum dapet kuota, rencananya ada Angkatan IV
awal Juni, nanti diumumin lagi ya 🙏
"""

FAQ_TXT = """\
TANYA JAWAB (FAQ) JAM PELAJARAN, SKP KINERJA, DAN SKP PROFESI
Balai Latih Klinik Sekar (BALKIS) - RSUD Sekar Rawang, Kabupaten Tanah Rawang
Versi 2.1 - diperbarui 3 Februari 2026 (menggantikan versi 2.0 tanggal 15 Januari 2026)
Dokumen fiktif, untuk evaluasi.

Perubahan pada versi 2.1: jawaban nomor 5 dan nomor 10 disesuaikan dengan Peraturan Direktur
Nomor 14 Tahun 2026; ditambahkan pertanyaan nomor 15 dan nomor 16.

1. Apa bedanya SKP Kinerja dan SKP Profesi? Kok sama-sama "SKP"?
   SKP Kinerja adalah Sasaran Kinerja Pegawai, yaitu target kinerja tahunan Anda sebagai ASN
   yang dinilai atasan dan menghasilkan predikat (Sangat Baik, Baik, Butuh Perbaikan, Kurang,
   Sangat Kurang). SKP Profesi adalah Satuan Kredit Profesi, yaitu kredit dari kegiatan
   pengembangan keprofesian berkelanjutan yang diakui organisasi profesi (misalnya PPNI, IBI,
   IDI, IAI, PERSAGI) dan dipakai untuk perpanjangan Surat Izin Praktik (SIP). Keduanya berbeda
   dan dicatat di tempat berbeda: SKP Kinerja di e-Kinerja BKN, SKP Profesi di e-LENTERA (menu
   SKP Profesi) dan di akun profesi Anda.

2. Berapa target JP saya tahun 2026?
   Lihat Tabel 1 Peraturan Direktur Nomor 14 Tahun 2026. Contoh: Perawat Ahli Pertama 30 JP,
   Bidan Mahir 24 JP, Dokter Spesialis 40 JP, Pelaksana 20 JP. Target tahun 2025 masih 20 JP
   untuk semua pegawai.

3. Saya PPPK yang baru diangkat. Targetnya berapa?
   Pada tahun pertama masa perjanjian kerja, target Anda paling sedikit 20 JP. Orientasi
   Pegawai Baru (BK-01) yang bernilai 24 JP sudah ikut dihitung. Mulai tahun kedua, target
   Anda sama dengan PNS pada jabatan dan jenjang yang sama.

4. Saya ikut webinar yang memberi 2 SKP Profesi dari PPNI. Dapat berapa JP?
   Setiap 1 SKP Profesi diakui 2 JP, jadi 2 SKP Profesi = 4 JP. Pengakuan dari konversi SKP
   Profesi paling banyak 16 JP per tahun.

5. Kalau webinarnya tidak ada SKP Profesi, tapi ada sertifikat, durasi 3 jam?
   Dihitung 1 JP per 45 menit, jadi 3 jam (180 menit) = 4 JP. Satu kegiatan paling banyak
   diakui 6 JP, dan total webinar tanpa SKP Profesi paling banyak 12 JP per tahun.

6. Kapan batas mengajukan klaim Rekognisi JP?
   Paling lambat 30 hari kalender sejak kegiatan selesai, melalui menu Rekognisi di e-LENTERA.
   Untuk tahun 2026, klaim terakhir diterima tanggal 15 Desember 2026.

7. Berapa lama klaim diverifikasi?
   Paling lama 5 hari kerja. Jika status klaim "Dikembalikan", lengkapi kekurangannya dalam 5
   hari kerja. Klaim hanya dapat dikembalikan satu kali; jika tidak dilengkapi, klaim ditolak.

8. JP saya tahun ini sudah lebih dari target. Sisanya bisa dibawa ke tahun depan?
   Tidak bisa. Kelebihan JP tidak dapat dialihkan ke tahun berikutnya.

9. Saya ikut pelatihan mandiri waktu cuti tahunan. Apakah JP-nya diakui?
   Diakui, asalkan sertifikat mencantumkan JP atau durasi kegiatan dan diunggah sesuai
   ketentuan. Cuti tahunan Anda tetap terhitung sebagai cuti.

10. Pelatihan internal di luar jam dinas, dapat uang lembur?
    Tidak ada uang lembur. Namun, waktu pelatihan internal yang diikuti di luar jadwal dinas
    dapat diperhitungkan sebagai jam dinas pengganti paling banyak 8 jam per bulan dengan
    persetujuan Kepala Ruangan.

11. Berapa SKP Profesi yang harus saya kumpulkan?
    Rumah sakit menargetkan paling sedikit 5 SKP Profesi per tahun untuk setiap tenaga medis
    dan tenaga kesehatan. Kecukupan SKP Profesi untuk perpanjangan SIP mengikuti ketentuan
    organisasi profesi dan kementerian; komite menerima rekap SKP Profesi setiap semester.

12. Ikut FOKUS dapat apa saja?
    Peserta 2 JP (hadir paling sedikit 90 menit), moderator dan pembahas 3 JP, penyaji 4 JP.
    Sesi yang sudah terakreditasi organisasi profesi memberi tambahan 1 SKP Profesi. Perawat
    dan bidan di unit klinis wajib hadir minimal 6 kali setahun.

13. Saya sedang tugas belajar dengan BINTANG. Apakah tetap harus memenuhi JP?
    Pegawai berstatus tugas belajar dibebaskan dari target JP. Pegawai berstatus izin belajar
    (kuliah sambil tetap bekerja) tetap wajib memenuhi target JP.

14. Apa akibatnya kalau JP saya kurang?
    Capaian 75% sampai kurang dari 100%: teguran lisan atasan langsung dan wajib membuat
    rencana pemenuhan JP. Capaian di bawah 75%: teguran tertulis Wakil Direktur, serta tahun
    berikutnya tidak dapat diusulkan pelatihan eksternal berbiaya BLUD, tidak dapat mengajukan
    BINTANG, dan tidak dapat menjadi Preseptor PRIMA. Capaian JP juga memengaruhi SKP Kinerja:
    Anda tidak bisa mendapat predikat Sangat Baik jika JP belum memenuhi target.

15. Sertifikat pelatihan eksternal harus diunggah kapan?
    Paling lambat 7 hari kerja setelah sertifikat diterima. Laporan hasil pelatihan paling
    lambat 14 hari kalender setelah pelatihan selesai.

16. Ke mana saya bertanya kalau JP tidak muncul di e-LENTERA?
    Hubungi Helpdesk e-LENTERA melalui WhatsApp 0812-6604-2391 (Senin-Jumat 07.30-16.00 WIB,
    Sabtu 08.00-12.00 WIB) atau surel helpdesk.elentera@rsudsekarrawang.tanahrawangkab.go.id.
    Pilih kategori tiket T3 (JP dan Rekognisi).
"""

PANGGILAN_TXT = """\
PEMERINTAH KABUPATEN TANAH RAWANG
RUMAH SAKIT UMUM DAERAH SEKAR RAWANG
BALAI LATIH KLINIK SEKAR (BALKIS)
Gedung Diklat lantai 1, Jalan Lintas Tengah Kilometer 6 Nomor 101, Muara Rawang 39271
Telepon (0739) 552 1180 pesawat 214 - surel balkis@rsudsekarrawang.tanahrawangkab.go.id
(Dokumen fiktif, untuk evaluasi)

Nomor    : 800.1/318/BALKIS/VII/2026                      Muara Rawang, 6 Juli 2026
Sifat    : Penting
Lampiran : 1 (satu) berkas
Perihal  : Panggilan Peserta PKKT Tingkat II Angkatan III

Yth. Kepala Ruangan IGD, ICU, Ruang Melati, Ruang Mawar, Ruang Anggrek, Kamar Bersalin,
Ruang Teratai, Kamar Operasi, dan Hemodialisis
di RSUD Sekar Rawang

Berdasarkan Rencana Pengembangan Kompetensi Tahun 2026 dan Jadwal Pelatihan BALKIS Tahun 2026,
dengan hormat kami memanggil pegawai yang namanya tercantum di bawah ini untuk mengikuti
Pelatihan Kegawatdaruratan Klinik Terpadu (PKKT) Tingkat II Angkatan III (kode BK-04, 40 JP)
yang akan diselenggarakan pada:

  Hari/tanggal : Senin s.d. Jumat, 20-24 Juli 2026 (lima hari)
  Waktu        : pukul 07.30-16.00 WIB (hari Jumat pukul 07.30-16.30 WIB)
  Tempat       : Aula Cempaka, Gedung Diklat lantai 3 (materi kelas) dan
                 Skill Lab BALKIS, Gedung Diklat lantai 2 (praktik dan ujian OSCE)
  Registrasi   : Senin, 20 Juli 2026 pukul 07.00-07.30 WIB di meja panitia lantai 3

DAFTAR PESERTA
No  Nama                                   Jenjang                Ruangan
1   Ns. Lina Marpaung, S.Kep.              Perawat Ahli Pertama   Ruang Anggrek
2   Ns. Yohanes Gea, S.Kep.                Perawat Ahli Pertama   IGD
3   Ns. Friska Manurung, S.Kep.            Perawat Ahli Pertama   IGD
4   Ns. Ratna Juwita Purba, S.Kep.         Perawat Ahli Pertama   Hemodialisis
5   Rosdiana Hutapea, A.Md.Kep.            Perawat Penyelia       Ruang Melati
6   Marlina Br Ginting, A.Md.Kep.          Perawat Penyelia       Ruang Melati
7   Ns. Benny Hutagalung, S.Kep.           Perawat Ahli Pertama   ICU
8   Ns. Intan Permatasari, S.Kep.          Perawat Ahli Pertama   ICU
9   Ns. Roni Syahputra, S.Kep.             Perawat Ahli Pertama   Ruang Mawar
10  Erna Wati Siregar, A.Md.Keb.           Bidan Penyelia         Ruang Teratai
11  Bd. Dewi Kartika Sari, S.Tr.Keb.       Bidan Ahli Pertama     Kamar Bersalin
12  Bd. Nurul Fadhilah, S.Tr.Keb.          Bidan Ahli Pertama     Kamar Bersalin
13  Ns. Pardamean Sinaga, S.Kep.           Perawat Ahli Pertama   Kamar Operasi
14  Ns. Winda Lestari, S.Kep.              Perawat Ahli Pertama   Kamar Operasi
15  Sarmauli Simanjuntak, A.Md.Kep.        Perawat Penyelia       Ruang Mawar
16  Ns. Ahmad Rizal Lubis, S.Kep.          Perawat Ahli Pertama   Hemodialisis
17  Ns. Tiurma Situmorang, S.Kep.          Perawat Ahli Pertama   Ruang Anggrek
18  Ns. Hendrik Saragih, S.Kep.            Perawat Ahli Pertama   IGD
19  Ns. Evi Susanti Nasution, S.Kep.       Perawat Ahli Pertama   ICU
20  Siti Rahmah Daulay, A.Md.Keb.          Bidan Penyelia         Ruang Teratai
Cadangan (dipanggil apabila ada peserta yang berhalangan):
21  Ns. Yosef Telaumbanua, S.Kep.          Perawat Ahli Pertama   Ruang Mawar
22  Ns. Cici Anggraini, S.Kep.             Perawat Ahli Pertama   Ruang Melati

JADWAL KEGIATAN (seluruh waktu dalam WIB)

Hari I - Senin, 20 Juli 2026
  07.00-07.30  Registrasi ulang
  07.30-08.15  Pembukaan dan kontrak belajar (Kepala BALKIS)
  08.15-09.00  Pre-test
  09.00-10.30  Pengkajian Primer dan Sekunder Pasien Gawat Darurat (2 JP)
  10.30-10.45  Rehat
  10.45-12.15  Tata Laksana Jalan Napas Lanjut (2 JP)
  12.15-13.00  Ishoma
  13.00-14.30  Praktik Skill Lab: Jalan Napas dan Ventilasi (2 JP)
  14.30-16.00  Interpretasi EKG Aritmia Letal (2 JP)

Hari II - Selasa, 21 Juli 2026
  07.30-09.00  Syok dan Terapi Cairan (2 JP)
  09.00-10.30  Akses Vaskular dan Intraoseus (2 JP)
  10.30-10.45  Rehat
  10.45-12.15  Praktik Skill Lab: Defibrilasi dan Kardioversi (2 JP)
  12.15-13.00  Ishoma
  13.00-16.00  Simulasi Henti Jantung Terpadu (Megacode) (4 JP, dua sesi)

Hari III - Rabu, 22 Juli 2026
  07.30-09.00  Penanganan Awal Trauma Multipel (2 JP)
  09.00-10.30  Pembidaian dan Imobilisasi Tulang Belakang (2 JP)
  10.30-10.45  Rehat
  10.45-12.15  Triase Korban Massal (2 JP)
  12.15-13.00  Ishoma
  13.00-16.00  Simulasi Bencana dan Evakuasi di Halaman Gedung Diklat (4 JP)

Hari IV - Kamis, 23 Juli 2026
  07.30-09.00  Kegawatdaruratan Obstetri: Perdarahan Pascapersalinan (2 JP)
  09.00-10.30  Kegawatdaruratan Neonatus dan Resusitasi Bayi Baru Lahir (2 JP)
  10.30-10.45  Rehat
  10.45-12.15  Kegawatdaruratan Pediatrik (2 JP)
  12.15-13.00  Ishoma
  13.00-16.00  Praktik Skill Lab Bergilir per Stasiun (4 JP)
  Catatan: peserta dibebaskan dari kewajiban menghadiri FOKUS hari Kamis, 23 Juli 2026.

Hari V - Jumat, 24 Juli 2026
  07.30-11.00  Ujian OSCE (5 stasiun) di Skill Lab lantai 2
  11.00-13.30  Istirahat, salat Jumat, dan makan siang
  13.30-14.30  Post-test
  14.30-15.30  Evaluasi penyelenggaraan dan rencana tindak lanjut
  15.30-16.30  Pengumuman hasil dan penutupan

KETENTUAN PESERTA
1. Peserta dibebaskan dari tugas jaga selama pelatihan, termasuk dinas malam pada malam
   sebelum hari pelatihan. Kepala Ruangan diminta menyesuaikan jadwal dinas.
2. Peserta wajib membawa sertifikat PKKT Tingkat I dan sertifikat Bantuan Hidup Dasar yang
   masih berlaku (asli dan fotokopi), stetoskop, dan alat tulis.
3. Pakaian: hari Senin s.d. Rabu seragam dinas harian; hari Kamis dan Jumat baju scrub
   berwarna biru; seluruh hari memakai sepatu tertutup.
4. Peserta dinyatakan lulus apabila kehadiran paling sedikit 90%, nilai akhir paling rendah
   70, dan nilai ujian OSCE paling rendah 75.
5. Konfirmasi kehadiran paling lambat hari Rabu, 15 Juli 2026 melalui e-LENTERA atau kepada
   panitia, Ns. Hotman Sihombing, S.Kep., WhatsApp 0813-7720-4418.
6. Peserta yang berhalangan wajib memberitahukan paling lambat 2 (dua) hari kerja sebelum
   pelatihan dimulai, yaitu hari Kamis, 16 Juli 2026, disertai persetujuan Kepala Ruangan,
   dan tempatnya diisi oleh peserta cadangan.
7. Konsumsi (rehat pagi dan makan siang) disediakan panitia. Parkir tersedia di halaman
   Gedung Diklat.

Demikian surat panggilan ini disampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan
terima kasih.

Kepala Balai Latih Klinik Sekar,
ttd.
dr. Meutia Rahmadani, M.Pd.Ked.
NIP 19840709 201001 2 015

Tembusan:
1. Wakil Direktur Pelayanan RSUD Sekar Rawang;
2. Kepala Bidang Keperawatan RSUD Sekar Rawang;
3. Peserta yang bersangkutan.
"""

PANDUAN_PRIMA_MD = """\
---
id: panduan-prima-2026
judul: Panduan Program Preseptorship dan Mentoring Awal (PRIMA) Tahun 2026
penerbit: Bidang Keperawatan RSUD Sekar Rawang
versi: 1.0
tanggal: 2026-01-26
dasar: Peraturan Direktur Nomor 14 Tahun 2026, Pasal 19
catatan: Dokumen fiktif, untuk evaluasi.
---

# Panduan PRIMA 2026

PRIMA (Program Preseptorship dan Mentoring Awal) adalah pendampingan klinis selama **12 minggu**
bagi perawat dan bidan baru di RSUD Sekar Rawang: CPNS, PPPK, dan perawat/bidan yang dimutasi
dari unit nonklinis ke unit klinis. Panduan ini ditetapkan oleh Kepala Bidang Keperawatan,
Ns. Fitriani Lubis, S.Kep., M.Kep., sebagai penjabaran Pasal 15 sampai dengan Pasal 19
Peraturan Direktur Nomor 14 Tahun 2026.

## 1. Tahapan program

| Tahap | Minggu ke- | Kegiatan utama | Keluaran |
|---|---|---|---|
| Orientasi | 1-2 | Orientasi rumah sakit dan ruangan, SPO utama, uji ulang BHD, pengenalan e-Askep | Daftar tilik orientasi |
| Bimbingan terstruktur | 3-10 | Mengikuti jadwal dinas Preseptor, tindakan bertahap dari observasi ke mandiri terbimbing | Logbook, DOPS ke-1 s.d. ke-3 |
| Evaluasi | 11-12 | DOPS ke-4, dua kali Mini-CEX, penilaian sikap, umpan balik akhir | Nilai akhir dan rekomendasi penempatan |

## 2. Aturan dinas Preseptee

- Minggu 1-2: **hanya dinas pagi** (07.30-14.30 WIB).
- Minggu 3-4: dinas pagi dan dinas sore (14.00-21.00 WIB).
- Mulai minggu 5: boleh dinas malam (20.30-08.00 WIB), **selalu bersama Preseptornya**.
- Preseptee paling banyak 5 kali dinas per minggu dan tidak boleh menjadi penanggung jawab shift.
- Jika Preseptor cuti atau sakit lebih dari 10 hari kerja, bimbingan dialihkan ke Preseptor
  cadangan yang ditetapkan dalam Keputusan Direktur.

## 3. Logbook kompetensi

Logbook diisi setiap hari melalui menu PRIMA di e-LENTERA dan divalidasi Preseptor setiap hari
Jumat. Jumlah kompetensi target berbeda per area:

| Area penempatan | Jumlah kompetensi dalam logbook |
|---|---|
| Rawat inap dewasa (Ruang Melati, Ruang Mawar, Ruang Kenanga, Ruang Dahlia) | 40 |
| Ruang Anggrek (anak) | 36 |
| IGD | 45 |
| ICU | 50 |
| Kamar Bersalin dan Ruang Teratai | 42 |
| Perinatologi | 38 |
| Kamar Operasi (IBS) | 44 |
| Hemodialisis | 30 |

Syarat lulus: paling sedikit 80% kompetensi logbook tuntas (contoh: di ICU paling sedikit 40 dari
50 kompetensi).

## 4. Bobot penilaian akhir

| Komponen | Bobot |
|---|---|
| DOPS (paling sedikit 4 kali) | 40% |
| Mini-CEX (paling sedikit 2 kali) | 30% |
| Logbook | 20% |
| Sikap profesional | 10% |

Nilai akhir paling rendah **75** untuk lulus. Preseptee yang belum lulus mendapat perpanjangan
bimbingan 4 minggu; perpanjangan hanya diberikan 1 kali. Jika tetap belum lulus, Kepala Bidang Keperawatan
melaporkan ke Komite Keperawatan untuk asesmen kompetensi ulang.

## 5. Hak Preseptor dan Preseptee

- Preseptor: honorarium Rp400.000 per Preseptee per bulan, pengakuan 12 JP per angkatan, dan
  sertifikat Preseptor PRIMA.
- Preseptee yang lulus: pengakuan 40 JP dan prioritas kuota PKKT Tingkat I Angkatan III
  (8-10 September 2026).

## 6. Pertemuan refleksi bulanan

Pertemuan refleksi Preseptor dan Preseptee Angkatan I diadakan setiap Jumat terakhir bulan
berjalan pukul 13.30-15.00 WIB di Ruang Diskusi BALKIS, Gedung Diklat lantai 2:

1. Jumat, 27 Februari 2026
2. Jumat, 27 Maret 2026
3. Jumat, 24 April 2026 (sekaligus penutupan Angkatan I)

## 7. Pertanyaan yang sering muncul

**Preseptee sakit lebih dari 5 hari kerja, bagaimana?**
Masa PRIMA diperpanjang sebanyak hari kerja yang hilang, tanpa tambahan honor Preseptor.

**Apakah Preseptee PPPK diperlakukan berbeda dari CPNS?**
Tidak. Tahapan, logbook, dan penilaian sama.

**Bolehkah Preseptee bertukar jadwal dinas dengan perawat lain?**
Tidak boleh selama masa PRIMA, kecuali bersama Preseptornya dan disetujui Kepala Ruangan.

## 8. Kontak

- Koordinator PRIMA: Ns. Desi Ratnasari Pohan, S.Kep. (Perawat Ahli Muda), WhatsApp
  0821-6650-1190, surel prima@rsudsekarrawang.tanahrawangkab.go.id
- Sekretariat: BALKIS, Gedung Diklat lantai 1, telepon (0739) 552 1180 pesawat 214
"""

PROFIL_BALKIS_MD = """\
# Profil Balai Latih Klinik Sekar (BALKIS)

> RSUD Sekar Rawang, Kabupaten Tanah Rawang, Provinsi Bukit Barisan Raya.
> Dokumen fiktif, untuk evaluasi.

## Sejarah singkat

BALKIS berawal dari **Instalasi Pendidikan dan Pelatihan** yang dibentuk dengan Peraturan
Direktur Nomor 4 Tahun 2019. Pada tahun 2023 instalasi ini berganti nama menjadi Balai Latih
Klinik Sekar (BALKIS) dan mulai mengelola sistem pembelajaran daring **e-LENTERA** (versi 1.0
diluncurkan 14 Agustus 2023). Versi yang berjalan sekarang adalah e-LENTERA versi 3.2 (Maret
2026).

## Gedung dan fasilitas

BALKIS menempati **Gedung Diklat** tiga lantai di sisi timur kompleks rumah sakit:

- **Lantai 1**: kantor BALKIS, loket layanan (pendaftaran, verifikasi berkas BINTANG, sertifikat),
  dan perpustakaan klinik dengan sekitar 2.300 judul buku.
- **Lantai 2**: Skill Lab dengan 6 stasiun (bantuan hidup dasar, jalan napas, akses vaskular,
  persalinan, resusitasi neonatus, perawatan luka) serta Ruang Diskusi berkapasitas 30 orang.
- **Lantai 3**: Aula Cempaka, kapasitas 120 orang (susunan kelas) atau 80 orang (susunan meja
  bundar), dilengkapi perangkat konferensi video untuk FOKUS hibrida.

## Jam layanan

| Layanan | Hari | Jam |
|---|---|---|
| Loket BALKIS | Senin-Kamis | 08.00-15.00 WIB |
| Loket BALKIS | Jumat | 08.00-11.30 dan 13.30-15.00 WIB |
| Perpustakaan klinik | Senin-Kamis | 08.00-16.00 WIB |
| Perpustakaan klinik | Jumat | 08.00-11.30 WIB |
| Skill Lab (latihan mandiri) | Senin-Jumat | 08.00-20.00 WIB, dengan reservasi |

## Tim BALKIS

| Nama | Peran |
|---|---|
| dr. Meutia Rahmadani, M.Pd.Ked. | Kepala BALKIS |
| Ns. Yusnita Batubara, S.Kep., M.Kep. | Koordinator Penyelenggaraan Pelatihan |
| apt. Hasan Basri Rambe, S.Farm. | Koordinator Kurikulum dan Evaluasi |
| Ns. Roy Fernando Saragih, S.Kep. | Pengelola Skill Lab |
| Yoga Pratama Ginting, S.Kom. | Administrator e-LENTERA (Pranata Komputer Ahli Pertama) |
| Putri Ayu Lestari, A.Md.Kom. | Operator Helpdesk e-LENTERA (PPPK) |
| Dina Marlina, S.AP. | Pengadministrasi Perkantoran dan sekretariat FOKUS |

## Kinerja tahun 2025

- 38 pelatihan internal dengan 1.146 peserta
- 27 modul e-learning aktif di e-LENTERA
- 21.430 JP tercatat untuk seluruh pegawai
- indeks kepuasan peserta 4,32 dari skala 5

## Peminjaman Skill Lab

Pegawai dapat meminjam Skill Lab untuk latihan mandiri atau latihan ruangan tanpa biaya.
Reservasi diajukan melalui e-LENTERA paling lambat **3 hari kerja** sebelumnya, paling lama
4 jam per peminjaman. Institusi pendidikan yang memakai Skill Lab untuk mahasiswa praktik
dikenakan tarif Rp250.000 per sesi sesuai tarif layanan BLUD.

## Kontak

BALKIS, Gedung Diklat lantai 1, RSUD Sekar Rawang, Jalan Lintas Tengah Kilometer 6 Nomor 101,
Muara Rawang 39271. Telepon (0739) 552 1180 pesawat 214, WhatsApp 0811-6230-775, surel
balkis@rsudsekarrawang.tanahrawangkab.go.id.
"""

HELPDESK_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Helpdesk e-LENTERA - RSUD Sekar Rawang</title>
<style>
body { font-family: Arial, sans-serif; max-width: 960px; margin: auto; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px 8px; }
</style>
</head>
<body>
<header>
<h1>Helpdesk e-LENTERA</h1>
<p>e-Learning Tenaga Kesehatan RSUD Sekar Rawang, versi 3.2. Dokumen fiktif, untuk evaluasi.</p>
<nav><a href="#kanal">Kanal layanan</a> | <a href="#tiket">Kategori tiket</a> |
<a href="#istilah">Istilah</a> | <a href="#faq">FAQ</a> | <a href="#kontak">Kontak</a></nav>
</header>

<main>
<section id="kanal">
<h2>Kanal dan waktu layanan</h2>
<table>
<thead>
<tr><th>Kanal</th><th>Alamat atau nomor</th><th>Jam layanan</th><th>Waktu tanggap</th></tr>
</thead>
<tbody>
<tr><td>WhatsApp Helpdesk</td><td>0812-6604-2391 (chat saja, tidak menerima telepon)</td>
<td>Senin-Jumat 07.30-16.00 WIB; Sabtu 08.00-12.00 WIB</td><td>paling lama 2 jam kerja</td></tr>
<tr><td>Surel</td><td>helpdesk.elentera@rsudsekarrawang.tanahrawangkab.go.id</td>
<td>diterima 24 jam</td><td>paling lama 1 hari kerja</td></tr>
<tr><td>Tiket dalam aplikasi</td><td>menu Bantuan &gt; Buat Tiket</td>
<td>diterima 24 jam</td><td>paling lama 1 hari kerja</td></tr>
<tr><td>Loket BALKIS</td><td>Gedung Diklat lantai 1</td>
<td>Senin-Kamis 08.00-15.00 WIB; Jumat 08.00-11.30 WIB dan 13.30-15.00 WIB</td>
<td>dilayani langsung</td></tr>
</tbody>
</table>
<p>Pemeliharaan sistem rutin dilakukan setiap hari Minggu pukul 22.00-24.00 WIB. Selama
pemeliharaan, e-LENTERA tidak dapat diakses.</p>
</section>

<section id="tiket">
<h2>Kategori tiket</h2>
<table>
<thead>
<tr><th>Kode</th><th>Kategori</th><th>Contoh masalah</th><th>Target selesai</th></tr>
</thead>
<tbody>
<tr><td>T1</td><td>Akun dan login</td><td>lupa kata sandi, akun terkunci, ganti nomor HP</td>
<td>1 hari kerja</td></tr>
<tr><td>T2</td><td>Sertifikat</td><td>sertifikat belum terbit, salah nama atau gelar</td>
<td>3 hari kerja</td></tr>
<tr><td>T3</td><td>JP dan Rekognisi</td><td>JP tidak tercatat, klaim Rekognisi belum diverifikasi</td>
<td>5 hari kerja</td></tr>
<tr><td>T4</td><td>Pendaftaran pelatihan</td><td>tidak bisa mendaftar, kuota ruangan penuh</td>
<td>2 hari kerja</td></tr>
<tr><td>T5</td><td>BINTANG</td><td>gagal unggah berkas, status pengajuan</td>
<td>3 hari kerja</td></tr>
<tr><td>T6</td><td>Logbook PRIMA</td><td>logbook tidak tersimpan, validasi Preseptor</td>
<td>2 hari kerja</td></tr>
</tbody>
</table>
</section>

<section id="istilah">
<h2>Istilah di e-LENTERA</h2>
<dl>
<dt>Nama pengguna</dt>
<dd>NIP untuk PNS dan NI PPPK untuk PPPK, 18 digit tanpa spasi.</dd>
<dt>Kode aktivasi</dt>
<dd>Enam digit yang dikirim melalui SMS ke nomor HP yang terdaftar di SIMPEG rumah sakit;
berlaku 24 jam.</dd>
<dt>Sertifikat elektronik</dt>
<dd>Sertifikat bertanda tangan elektronik yang terbit paling lambat 5 hari kerja setelah
pelatihan berakhir dan peserta mengisi evaluasi penyelenggaraan.</dd>
<dt>Rekognisi</dt>
<dd>Menu untuk mengajukan pengakuan JP atas kegiatan di luar BALKIS, paling lambat 30 hari
kalender setelah kegiatan.</dd>
<dt>Kuis akhir modul</dt>
<dd>Kuis pada setiap modul e-learning; nilai lulus 70, paling banyak 3 kali percobaan, jeda
antarpercobaan 24 jam.</dd>
<dt>Lencana Pembelajar Aktif</dt>
<dd>Lencana digital yang diberikan otomatis kepada pegawai yang mencapai 40 JP dalam satu
tahun.</dd>
</dl>
</section>

<section id="faq">
<h2>Pertanyaan yang sering diajukan</h2>
<details>
<summary>Saya lupa kata sandi. Apa yang harus dilakukan?</summary>
<p>Klik "Lupa kata sandi" di halaman masuk, lalu masukkan NIP atau NI PPPK. Tautan atur ulang
dikirim ke surel terdaftar dan berlaku 60 menit. Setelah 5 kali salah memasukkan kata sandi,
akun terkunci selama 30 menit.</p>
</details>
<details>
<summary>Sertifikat pelatihan saya belum terbit.</summary>
<p>Pastikan Anda sudah mengisi evaluasi penyelenggaraan. Sertifikat terbit paling lambat 5 hari
kerja setelah pelatihan berakhir. Jika lewat dari itu, buat tiket kategori T2.</p>
</details>
<details>
<summary>JP dari webinar belum muncul di dasbor.</summary>
<p>JP dari kegiatan di luar BALKIS tidak tercatat otomatis. Ajukan klaim melalui menu Rekognisi
dengan mengunggah sertifikat dalam format PDF atau JPG, paling besar 2 MB.</p>
</details>
<details>
<summary>Apakah e-LENTERA bisa dibuka dari HP?</summary>
<p>Bisa, melalui peramban di HP. Aplikasi Android "e-LENTERA Mobile" tersedia untuk Android 9 ke
atas; untuk iPhone gunakan peramban Safari.</p>
</details>
<details>
<summary>Saya tidak bisa mendaftar PKKT Tingkat II.</summary>
<p>Sistem memeriksa syarat secara otomatis. Unggah dulu sertifikat PKKT Tingkat I (atau
sertifikat kegawatdaruratan lama yang disetarakan) dan sertifikat BHD yang masih berlaku di menu
Profil &gt; Sertifikat, lalu tunggu verifikasi 1 hari kerja.</p>
</details>
<details>
<summary>Nomor HP saya ganti, kode aktivasi tidak masuk.</summary>
<p>Perbarui nomor HP di SIMPEG melalui Subbagian Kepegawaian, kemudian buat tiket kategori T1
agar data disinkronkan ke e-LENTERA.</p>
</details>
</section>
</main>

<footer id="kontak">
<h2>Kontak</h2>
<address>
Tim Helpdesk e-LENTERA<br>
Balai Latih Klinik Sekar (BALKIS), Gedung Diklat lantai 1<br>
RSUD Sekar Rawang, Jalan Lintas Tengah Kilometer 6 Nomor 101, Muara Rawang 39271<br>
Penanggung jawab: Yoga Pratama Ginting, S.Kom. (Administrator e-LENTERA)<br>
Operator: Putri Ayu Lestari, A.Md.Kom.<br>
WhatsApp: 0812-6604-2391<br>
Telepon: (0739) 552 1180 pesawat 214<br>
Surel: helpdesk.elentera@rsudsekarrawang.tanahrawangkab.go.id
</address>
<p>&copy; 2026 RSUD Sekar Rawang. Dokumen fiktif, untuk evaluasi.</p>
</footer>
</body>
</html>
"""

PLAIN = {
    "se-bintang-2024.txt": SE2024_TXT,
    "pengumuman-wa-ppi-2026.txt": WA_TXT,
    "faq-jp-dan-skp.txt": FAQ_TXT,
    "panggilan-pkkt-tingkat-ii-angkatan-iii.txt": PANGGILAN_TXT,
    "panduan-preseptorship-prima-2026.md": PANDUAN_PRIMA_MD,
    "profil-balkis.md": PROFIL_BALKIS_MD,
    "helpdesk-elentera.html": HELPDESK_HTML,
}


# =========================================================================== CSV documents
def dec(x):
    """Number with a decimal comma; integers without decimals."""
    x = round(float(x), 1)
    return str(int(x)) if x.is_integer() else f"{x:.1f}".replace(".", ",")


REKAP_HEADER = ["no", "nama", "nip_ni_pppk", "status", "jabatan", "jenjang", "unit_kerja",
                "target_jp_2025", "jp_klasikal", "jp_nonklasikal", "jp_rekognisi", "total_jp",
                "capaian_persen", "keterangan"]
# name, nip, status, jabatan, jenjang, unit, klasikal, nonklasikal, rekognisi (None: tugas belajar)
REKAP = [
    ("Ns. Hotman Sihombing, S.Kep.", "198205142006041003", "PNS", "Perawat", "Ahli Muda", "IGD",
     24, 10.5, 4),
    ("Ns. Yuliana Br Tarigan, S.Kep.", "199003222015032004", "PNS", "Perawat", "Ahli Pertama",
     "ICU", 16, 6, 2),
    ("Rosdiana Hutapea, A.Md.Kep.", "197811092002122003", "PNS", "Perawat", "Penyelia",
     "Ruang Melati", 8, 7.5, 0),
    ("Ns. Agustina Simatupang, S.Kep.", "198408172009032006", "PNS", "Perawat", "Ahli Muda",
     "Ruang Mawar", 16, 12, 6),
    ("Ns. Lina Marpaung, S.Kep.", "199106052017042001", "PNS", "Perawat", "Ahli Pertama",
     "Ruang Anggrek", 12, 4.5, 2),
    ("Bd. Sri Wahyuni Rangkuti, S.Tr.Keb.", "198302192008012005", "PNS", "Bidan", "Ahli Muda",
     "Kamar Bersalin", 24, 8, 8),
    ("Erna Wati Siregar, A.Md.Keb.", "198012302005022002", "PNS", "Bidan", "Penyelia",
     "Ruang Teratai", 16, 3, 2),
    ("Bd. Dewi Kartika Sari, S.Tr.Keb.", "199507182022212011", "PPPK", "Bidan", "Ahli Pertama",
     "Kamar Bersalin", 16, 6, 2),
    ("Ns. Maria Ulfa Gultom, S.Kep.", "199209112019032008", "PNS", "Perawat", "Ahli Pertama",
     "Perinatologi", 24, 5, 2),
    ("Ns. Darwin Situmeang, S.Kep.", "198506262010011007", "PNS", "Perawat", "Ahli Muda",
     "Kamar Operasi (IBS)", 16, 7.5, 0),
    ("Ns. Ratna Juwita Purba, S.Kep.", "199304042020122006", "PNS", "Perawat", "Ahli Pertama",
     "Hemodialisis", 32, 3, 0),
    ("Herlina Pasaribu, A.Md.Kep.", "199011252014032003", "PNS", "Perawat", "Mahir",
     "Ruang Kenanga", 16, 4, 0),
    ("Ns. Juliana Hasibuan, S.Kep.", "198107082006042009", "PNS", "Perawat", "Ahli Muda",
     "Ruang Dahlia", 8, 4.5, 0),
    ("Ns. Sahat Panjaitan, S.Kep.", "198909302015031002", "PNS", "Perawat", "Ahli Pertama",
     "Ruang Dahlia", 8, 6, 4),
    ("Rahmadani Sitompul, A.Md.Kep.", "199802142023212007", "PPPK", "Perawat", "Terampil",
     "Ruang Melati", 8, 9.5, 0),
    ("Ns. Siti Khadijah Pane, S.Kep.", "199012122015032010", "PNS", "Perawat", "Ahli Pertama",
     "Ruang Anggrek", None, None, None),
    ("dr. Ikhsan Maulana Purba, Sp.An.", "198103112010011012", "PNS", "Dokter",
     "Ahli Madya", "ICU", 16, 6, 12),
    ("dr. Fauziah Rahmi", "199406202022032009", "PNS", "Dokter", "Ahli Pertama", "IGD", 8, 3,
     6),
    ("apt. Rizky Amalia Harahap, S.Farm., M.Farm.", "198609152011012008", "PNS", "Apoteker",
     "Ahli Muda", "Instalasi Farmasi", 16, 9, 4),
    ("Lestari Handayani Nasution, S.Gz.", "199208082019032012", "PNS", "Nutrisionis",
     "Ahli Pertama", "Instalasi Gizi", 16, 2.5, 2),
    ("Andika Putra Lubis, A.Md.RMIK", "199605012020121004", "PNS", "Perekam Medis",
     "Terampil", "Instalasi Rekam Medis", 24, 1.5, 0),
    ("Fitri Yanti Nababan, S.E.", "198711232011012006", "PNS", "Pelaksana (Penata Layanan "
     "Operasional)", "-", "Subbagian Kepegawaian", 8, 6, 0),
    ("Rudi Hartono Simbolon, A.Md.", "199409102024211003", "PPPK", "Pelaksana (Operator "
     "Layanan Operasional)", "-", "Instalasi Rawat Jalan (pendaftaran)", 8, 3, 0),
    ("Nurhayati Daulay, S.E., M.M.", "197906122005012011", "PNS", "Pejabat Pengawas (Kepala "
     "Subbagian Kepegawaian)", "-", "Subbagian Kepegawaian", 16, 8, 0),
]


def rekap_rows():
    rows = []
    totals = []
    for i, (nama, nip, st, jab, jj, unit, k, n, r) in enumerate(REKAP):
        if k is None:
            rows.append([str(i + 1), nama, nip, st, jab, jj, unit, "-", "0", "0", "0", "0", "-",
                         "Tugas belajar S2 Keperawatan (BINTANG 2024), dibebaskan dari target"])
            continue
        tot = k + n + r
        totals.append(tot)
        pct = tot / 20 * 100
        ket = "Memenuhi target" if tot >= 20 else (
            "Belum memenuhi target, teguran lisan" if pct >= 75 else
            "Belum memenuhi target, teguran tertulis")
        rows.append([str(i + 1), nama, nip, st, jab, jj, unit, "20", dec(k), dec(n), dec(r),
                     dec(tot), dec(pct), ket])
    avg = round(sum(totals) / len(totals), 1)
    n_ok = sum(1 for t in totals if t >= 20)
    rows.append(["", "RATA-RATA (tidak termasuk pegawai tugas belajar)", "", "", "", "", "",
                 "20", "", "", "", dec(avg), dec(round(avg / 20 * 100, 1)),
                 f"{n_ok} dari {len(totals)} pegawai memenuhi target"])
    return rows


FOKUS_HEADER = ["pertemuan_ke", "hari_tanggal", "waktu", "tempat", "unit_penyaji",
                "judul_kasus", "penyaji", "moderator", "pembahas", "skp_profesi", "keterangan"]
AULA = "Aula Cempaka, Gedung Diklat lt. 3 (luring dan daring)"
FOKUS = [
    ["1", "Kamis, 8 Januari 2026", "13.00-15.00 WIB", AULA, "IGD",
     "Tn. A, 47 tahun, cedera kepala berat akibat kecelakaan lalu lintas,\n"
     "penurunan kesadaran dengan GCS 7",
     "Ns. Hotman Sihombing, S.Kep.", "dr. Fauziah Rahmi",
     "dr. Aulia Rahman Nasution, Sp.B.;\ndr. Ikhsan Maulana Purba, Sp.An.", "1 SKP (PPNI)",
     "Terlaksana, 94 peserta (61 luring, 33 daring)"],
    ["2", "Kamis, 22 Januari 2026", "13.00-15.00 WIB", AULA, "Ruang Melati dan Instalasi Gizi",
     "Ny. S, 63 tahun, diabetes melitus tipe 2 dengan ulkus kaki,\n"
     "hipoglikemia berulang dan risiko jatuh tinggi",
     "Rosdiana Hutapea, A.Md.Kep.;\nLestari Handayani Nasution, S.Gz.",
     "Ns. Juliana Hasibuan, S.Kep.", "dr. Hendra Saputra Siregar, Sp.PD., M.Kes.",
     "1 SKP (PPNI)", "Terlaksana, 88 peserta"],
    ["3", "Kamis, 12 Februari 2026", "13.00-15.00 WIB", AULA, "Kamar Bersalin",
     "Ny. R, 29 tahun, G2P1A0 hamil 36 minggu,\npreeklamsia berat dengan sindrom HELLP",
     "Bd. Sri Wahyuni Rangkuti, S.Tr.Keb.", "Bd. Nurul Fadhilah, S.Tr.Keb.",
     "dr. Taufik Hidayat, Sp.OG.;\ndr. Ikhsan Maulana Purba, Sp.An.", "1 SKP (IBI)",
     "Terlaksana, 102 peserta"],
    ["4", "Kamis, 26 Februari 2026", "13.00-15.00 WIB", AULA, "Instalasi Farmasi",
     "Kejadian nyaris cedera (KNC) pemberian kalium klorida pekat,\n"
     "analisis akar masalah (RCA) dan perbaikan sistem",
     "apt. Rizky Amalia Harahap, S.Farm., M.Farm.", "Ns. Elvira Situmorang, S.Kep., M.Kep.",
     "Komite Mutu dan Keselamatan Pasien", "Dalam proses akreditasi", "Dijadwalkan"],
    ["5", "Kamis, 12 Maret 2026", "13.00-15.00 WIB", AULA, "Perinatologi",
     "By. Ny. M, bayi prematur 32 minggu, berat lahir 1.450 gram,\n"
     "sepsis neonatorum awitan dini",
     "Ns. Maria Ulfa Gultom, S.Kep.", "Ns. Lina Marpaung, S.Kep.",
     "dr. Yohana Situmorang, Sp.A.", "1 SKP (PPNI)", "Dijadwalkan"],
    ["6", "Kamis, 2 April 2026", "13.00-15.00 WIB", AULA, "Ruang Mawar",
     "Tn. B, 55 tahun, pascalaparotomi hari ke-3,\ninfeksi daerah operasi",
     "Ns. Agustina Simatupang, S.Kep.", "Ns. Elisabeth Sembiring, S.Kep.",
     "dr. Aulia Rahman Nasution, Sp.B.;\nNs. Rina Marlina Sitepu, S.Kep. (IPCN)",
     "1 SKP (PPNI)", "Pengganti jadwal Kamis, 26 Maret 2026 (cuti bersama Idulfitri)"],
    ["7", "Kamis, 9 April 2026", "13.00-15.00 WIB", AULA, "Hemodialisis",
     "Tn. H, 41 tahun, penyakit ginjal kronik stadium 5,\nhipotensi intradialisis berulang",
     "Ns. Ratna Juwita Purba, S.Kep.", "Ns. Ahmad Rizal Lubis, S.Kep.",
     "dr. Hendra Saputra Siregar, Sp.PD., M.Kes.", "1 SKP (PPNI)", "Dijadwalkan"],
    ["8", "Kamis, 23 April 2026", "13.00-15.00 WIB", AULA, "Instalasi Gizi dan Ruang Anggrek",
     "An. D, 4 tahun, gizi buruk tipe marasmus,\nsindrom refeeding",
     "Lestari Handayani Nasution, S.Gz.", "Ns. Tiurma Situmorang, S.Kep.",
     "dr. Yohana Situmorang, Sp.A.", "1 SKP (PERSAGI)", "Dijadwalkan"],
    ["9", "Rabu, 13 Mei 2026", "13.00-15.00 WIB",
     "Ruang Seminar IGD, Gedung Pelayanan Terpadu lt. 1 (luring dan daring)", "ICU",
     "Ny. L, 58 tahun, ARDS pada pneumonia berat,\nventilasi mekanik dan posisi pronasi",
     "Ns. Benny Hutagalung, S.Kep.", "Ns. Intan Permatasari, S.Kep.",
     "dr. Ikhsan Maulana Purba, Sp.An.", "1 SKP (PPNI)",
     "Dimajukan dari Kamis, 14 Mei 2026 (libur Kenaikan Isa Almasih); "
     "Aula Cempaka dipakai PPI Dasar Angkatan III"],
    ["10", "Kamis, 28 Mei 2026", "13.00-15.00 WIB", AULA, "Instalasi Rekam Medis",
     "Audit rekam medis elektronik:\nketidaksesuaian kode diagnosis sepsis pada klaim JKN",
     "Andika Putra Lubis, A.Md.RMIK", "Fitri Yanti Nababan, S.E.",
     "dr. Fauziah Rahmi;\napt. Hasan Basri Rambe, S.Farm.", "Tidak ber-SKP Profesi",
     "Dijadwalkan"],
    ["11", "Kamis, 11 Juni 2026", "13.00-15.00 WIB", AULA, "Ruang Anggrek",
     "An. F, 7 tahun, demam berdarah dengue derajat III,\nsindrom syok dengue",
     "Ns. Lina Marpaung, S.Kep.", "Ns. Cindy Amelia Sinaga, S.Kep.",
     "dr. Yohana Situmorang, Sp.A.", "1 SKP (PPNI)", "Dijadwalkan"],
    ["12", "Kamis, 25 Juni 2026", "13.00-15.00 WIB", AULA, "Ruang Dahlia",
     "Tn. K, 36 tahun, TB paru resisten obat (TB-RO),\n"
     "kepatuhan minum obat dan pencegahan penularan",
     "Ns. Sahat Panjaitan, S.Kep.", "Ns. Juliana Hasibuan, S.Kep.",
     "dr. Ronald Tampubolon, Sp.P.;\nNs. Rina Marlina Sitepu, S.Kep. (IPCN)", "1 SKP (PPNI)",
     "Dijadwalkan"],
]

KUOTA_HEADER = ["kode_pelatihan", "nama_pelatihan", "jp", "ruangan_unit", "kuota", "angkatan",
                "tanggal", "keterangan"]
PPI_DASAR = [
    ("IGD", 6, "I"), ("ICU", 4, "I"), ("Ruang Melati", 5, "I"), ("Ruang Mawar", 5, "I"),
    ("Hemodialisis", 2, "I"),
    ("Ruang Anggrek", 4, "II"), ("Kamar Bersalin", 4, "II"), ("Ruang Teratai", 4, "II"),
    ("Perinatologi", 3, "II"), ("Kamar Operasi (IBS)", 5, "II"), ("Ruang Kenanga", 3, "II"),
    ("Ruang Dahlia", 4, "III"), ("Poliklinik Rawat Jalan", 6, "III"),
    ("Instalasi Farmasi", 3, "III"), ("Instalasi Gizi", 3, "III"),
    ("Instalasi Rekam Medis", 2, "III"), ("Instalasi Rehabilitasi Medik", 2, "III"),
]
PPI_TGL = {"I": "10-11 Maret 2026", "II": "21-22 April 2026", "III": "12-13 Mei 2026"}
IPCLN_UNITS = ["IGD", "ICU", "Ruang Melati", "Ruang Mawar", "Ruang Anggrek", "Kamar Bersalin",
               "Ruang Teratai", "Perinatologi", "Kamar Operasi (IBS)", "Hemodialisis",
               "Ruang Kenanga", "Ruang Dahlia", "Poliklinik Rawat Jalan", "Instalasi Gizi"]
PKKT1 = [
    ("IGD", 3, "I"), ("ICU", 2, "I"), ("Ruang Melati", 3, "I"), ("Ruang Mawar", 3, "I"),
    ("Ruang Dahlia", 3, "I"), ("Ruang Kenanga", 2, "I"),
    ("Ruang Anggrek", 2, "II"), ("Kamar Bersalin", 3, "II"), ("Ruang Teratai", 2, "II"),
    ("Perinatologi", 2, "II"), ("Kamar Operasi (IBS)", 3, "II"), ("Hemodialisis", 2, "II"),
    ("Poliklinik Rawat Jalan", 2, "II"),
    ("Lulusan PRIMA Angkatan I (semua ruangan)", 17, "III"),
]
PKKT1_TGL = {"I": "3-5 Maret 2026", "II": "5-7 Mei 2026", "III": "8-10 September 2026"}


def kuota_rows():
    rows = []
    nm6 = KAT["BK-06"][1]
    for unit, n, a in PPI_DASAR:
        ket = ""
        if unit == "Ruang Dahlia":
            ket = "diutamakan perawat yang belum pernah mengikuti PPI Dasar"
        elif unit.startswith("Instalasi"):
            ket = "termasuk tenaga nonperawat"
        rows.append(["BK-06", nm6, "16", unit, str(n), "Angkatan " + a, PPI_TGL[a], ket])
    rows.append(["BK-06", nm6, "16", "JUMLAH", str(sum(n for _u, n, _a in PPI_DASAR)),
                 "Angkatan I-III", "-", "jumlah kuota PPI Dasar seluruh ruangan/unit"])
    nm7 = KAT["BK-07"][1]
    for unit in IPCLN_UNITS:
        rows.append(["BK-07", nm7, "32", unit, "1", "Angkatan I", "4-7 Mei 2026",
                     "IPCLN yang ditunjuk Kepala Ruangan; wajib lulus PPI Dasar"])
    rows.append(["BK-07", nm7, "32", "JUMLAH", str(len(IPCLN_UNITS)), "Angkatan I", "-",
                 "satu IPCLN per ruangan/unit"])
    nm3 = KAT["BK-03"][1]
    for unit, n, a in PKKT1:
        ket = "prioritas perawat baru lulus PRIMA" if a == "III" else ""
        if unit == "Kamar Bersalin":
            ket = "untuk bidan jenjang Terampil dan Mahir"
        rows.append(["BK-03", nm3, "24", unit, str(n), "Angkatan " + a, PKKT1_TGL[a], ket])
    rows.append(["BK-03", nm3, "24", "JUMLAH", str(sum(n for _u, n, _a in PKKT1)),
                 "Angkatan I-III", "-", "jumlah kuota PKKT Tingkat I seluruh angkatan"])
    return rows


JADWAL_HEADER = ["nama_pelatihan", "kode", "jp", "angkatan", "tanggal_mulai", "tanggal_selesai",
                 "waktu", "tempat", "kuota", "sasaran", "syarat"]
SKILL_LAB = "Skill Lab BALKIS, Gedung Diklat lt. 2"
AULA_LT3 = "Aula Cempaka, Gedung Diklat lt. 3"
DISKUSI = "Ruang Diskusi BALKIS, Gedung Diklat lt. 2"
JADWAL = [
    ("BK-01", "I", "2 Februari 2026", "4 Februari 2026", "07.30-16.00 WIB", AULA_LT3, 40,
     "CPNS dan PPPK formasi 2025", "Surat penugasan dari Subbagian Kepegawaian"),
    ("BK-02", "I", "19 Februari 2026", "20 Februari 2026", "08.00-16.00 WIB", SKILL_LAB, 24,
     "Seluruh pegawai", "Belum memiliki sertifikat BHD atau sertifikat BHD sudah habis masa "
     "berlakunya"),
    ("BK-03", "I", "3 Maret 2026", "5 Maret 2026", "07.30-16.00 WIB", SKILL_LAB, 16,
     "Perawat dan Bidan jenjang Terampil dan Mahir", "Sertifikat BHD yang masih berlaku"),
    ("BK-06", "I", "10 Maret 2026", "11 Maret 2026", "08.00-16.00 WIB", AULA_LT3, 22,
     "Seluruh tenaga medis dan tenaga kesehatan", "Sesuai kuota ruangan"),
    ("BK-09", "I", "7 April 2026", "7 April 2026", "08.00-16.00 WIB", DISKUSI, 30,
     "Perawat, bidan, dan dokter jaga", "-"),
    ("BK-04", "I", "13 April 2026", "17 April 2026", "07.30-16.00 WIB",
     AULA_LT3 + " dan " + SKILL_LAB, 24, "Perawat dan Bidan jenjang Penyelia dan Ahli Pertama",
     "Sertifikat PKKT Tingkat I paling singkat 1 tahun; sertifikat BHD berlaku"),
    ("BK-06", "II", "21 April 2026", "22 April 2026", "08.00-16.00 WIB", AULA_LT3, 23,
     "Seluruh tenaga medis dan tenaga kesehatan", "Sesuai kuota ruangan"),
    ("BK-10", "I", "28 April 2026", "29 April 2026", "08.00-14.30 WIB", DISKUSI, 25,
     "Perawat, bidan, nutrisionis, apoteker", "-"),
    ("BK-07", "I", "4 Mei 2026", "7 Mei 2026", "07.30-16.00 WIB",
     "Ruang Seminar Komite PPI, Gedung Pelayanan Terpadu lt. 2", 14,
     "IPCLN yang ditunjuk Kepala Ruangan", "Lulus PPI Dasar; masa kerja di ruangan paling "
     "singkat 2 tahun"),
    ("BK-03", "II", "5 Mei 2026", "7 Mei 2026", "07.30-16.00 WIB", SKILL_LAB, 16,
     "Perawat dan Bidan jenjang Terampil dan Mahir", "Sertifikat BHD yang masih berlaku"),
    ("BK-06", "III", "12 Mei 2026", "13 Mei 2026", "08.00-16.00 WIB", AULA_LT3, 20,
     "Seluruh tenaga medis dan tenaga kesehatan", "Sesuai kuota ruangan"),
    ("BK-04", "II", "8 Juni 2026", "12 Juni 2026", "07.30-16.00 WIB",
     AULA_LT3 + " dan " + SKILL_LAB, 24, "Perawat dan Bidan jenjang Penyelia dan Ahli Pertama",
     "Sertifikat PKKT Tingkat I paling singkat 1 tahun; sertifikat BHD berlaku"),
    ("BK-16", "I", "15 Juni 2026", "19 Juni 2026", "07.30-16.00 WIB",
     SKILL_LAB + " dan Kamar Bersalin", 20, "Tim PONEK", "Ditunjuk dalam Keputusan Direktur "
     "tentang Tim PONEK"),
    ("BK-04", "III", "20 Juli 2026", "24 Juli 2026", "07.30-16.00 WIB",
     AULA_LT3 + " dan " + SKILL_LAB, 24, "Perawat dan Bidan jenjang Penyelia dan Ahli Pertama",
     "Sertifikat PKKT Tingkat I paling singkat 1 tahun; sertifikat BHD berlaku"),
    ("BK-17", "I", "27 Juli 2026", "30 Juli 2026", "08.00-16.00 WIB", DISKUSI, 20,
     "Calon Preseptor PRIMA Angkatan II dan Preseptor yang belum bersertifikat",
     "Perawat/Bidan paling rendah Mahir atau Ahli Pertama; pengalaman klinis paling singkat "
     "5 tahun"),
    ("BK-12", "I", "19 Agustus 2026", "20 Agustus 2026", "08.00-16.00 WIB", SKILL_LAB, 20,
     "Perawat rawat inap dewasa dan IGD", "-"),
    ("BK-13", "I", "24 Agustus 2026", "26 Agustus 2026", "08.00-16.00 WIB (hari ketiga "
     "08.00-12.00 WIB)", SKILL_LAB + " dan Ruang Perinatologi", 15,
     "Perawat Ruang Anggrek dan Perinatologi, bidan Kamar Bersalin",
     "Lulus Terapi Intravena dan Pemasangan Infus Dewasa (BK-12) atau berpengalaman 2 tahun "
     "di ruang anak/neonatus"),
    ("BK-03", "III", "8 September 2026", "10 September 2026", "07.30-16.00 WIB", SKILL_LAB, 17,
     "Perawat dan bidan baru lulusan PRIMA Angkatan I", "Lulus PRIMA; sertifikat BHD berlaku"),
    ("BK-05", "I", "21 September 2026", "29 September 2026", "07.30-16.00 WIB",
     "Balai Pelatihan Kesehatan Provinsi Bukit Barisan Raya, Kota Bandar Serai; magang 2 hari "
     "di IGD rumah sakit rujukan provinsi", 12,
     "Perawat Ahli Muda ke atas di IGD, ICU, dan Kamar Operasi",
     "Sertifikat PKKT Tingkat II yang masih berlaku; surat tugas Direktur"),
]


def jadwal_rows():
    return [[KAT[k][1], k, str(KAT[k][2]), a, m, s, w, t, str(q), sas, sy]
            for k, a, m, s, w, t, q, sas, sy in JADWAL]


CSVS = {
    "rekap-jp-pegawai-2025.csv": (REKAP_HEADER, rekap_rows, ";"),
    "jadwal-fokus-semester-1-2026.csv": (FOKUS_HEADER, lambda: FOKUS, ","),
    "kuota-pelatihan-ruangan-2026.csv": (KUOTA_HEADER, kuota_rows, ","),
    "jadwal-pelatihan-balkis-2026.csv": (JADWAL_HEADER, jadwal_rows, ","),
}


# =========================================================================== main and check
def text_of(name):
    return to_text(DOCS[name][1])


def load_documents():
    return shared_load_documents(DOCS, OUT)


def main(argv):
    if "--check" in argv:
        questions = os.path.join(HERE, "questions_agency_i.yaml")
        sys.exit(0 if check_question_set(questions, DOCS, OUT, "i", answerable=230) else 1)
    if "--text" in argv:
        print_texts(DOCS, [a for a in argv if a != "--text"])
        return
    write_documents(OUT, DOCS, PLAIN)
    for fname, (header, rows, delim) in CSVS.items():
        write_csv(os.path.join(OUT, fname), header, rows(), delimiter=delim)
        print(f"wrote {fname}")


if __name__ == "__main__":
    main(sys.argv[1:])
