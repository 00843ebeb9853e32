#!/usr/bin/env python3
"""Generate the documents of the fictional "agency J" evaluation set.

Agency J: Dinas Pemadam Kebakaran dan Penyelamatan (Damkarmat) Kota Teluk Sarana, the
(fictional) fire and rescue service of the (fictional) Kota Teluk Sarana, Provinsi Selat
Karimun Raya (WITA time zone): six sector posts (Pos Sektor I-VI), three 24-hour duty groups
(regu jaga A/B/C), JF Pemadam Kebakaran, JF Inspektur Kebakaran, JF Analis Kebakaran, PPPK and
non-ASN volunteers (Relawan Kebakaran / Redkar). Everything is fictional
("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_j/:
  perkadis-pengembangan-kompetensi-damkarmat-2026.pdf  Peraturan Kepala Dinas No. 4/2026
  se-sertifikasi-kompetensi-2026.pdf         Surat Edaran 2026 (revokes the 2024 one)
  se-sertifikasi-kompetensi-2024.txt         Surat Edaran 2024 (old, revoked)
  kep-mentor-kawal-angkatan-i-2026.docx      Keputusan: KAWAL mentors/mentees per post and regu
  notulen-rapat-evaluasi-kompetensi-2026.docx minutes of the January 2026 evaluation meeting
  ambang-uji-kesamaptaan-2026.csv            physical-test thresholds per age band and sex
  kuota-pelatihan-pos-sektor-2026.csv        quota per training per post
  rekap-jp-pegawai-2025.csv                  ';'-delimited, decimal commas (30 sampled staff)
  jadwal-latihan-rutin-pos-tw2-2026.csv      drill roster per post (quoted commas/newlines)
  helpdesk-ebara.html                        helpdesk page of the e-BARA LMS
  panduan-mentoring-kawal.md                 Markdown with front matter (id: panduan-kawal-2026)
  profil-pusat-latihan-lapangan.md           Markdown without front matter
  broadcast-wa-uji-kesamaptaan-2026.txt      WhatsApp-style broadcast
  faq-pengembangan-kompetensi-damkarmat.txt  FAQ (versioned)
  panggilan-air-lanjutan-angkatan-ii-2026.txt call letter with a day-by-day schedule

Usage:
  python make_agency_j.py              # write all documents
  python make_agency_j.py --text       # plain text of the PDF/DOCX documents
  python make_agency_j.py --text NAME  # only the binary document whose file stem is NAME
  python make_agency_j.py --check      # check questions_agency_j.yaml against the documents
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
    check_question_set,
    print_texts,
    to_text,
    write_csv,
    write_documents,  # noqa: E402
)
from make_agency_g import load_documents as shared_load_documents  # noqa: E402

OUT = os.path.join(HERE, "agency_j")
FIKTIF = "Dokumen fiktif, untuk evaluasi."

# --------------------------------------------------------------------------- the agency
DINAS = "Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana"
ALAMAT = "Jalan Laksamana Bintan Nomor 27, Kelurahan Tanjung Batu, Teluk Sarana 78115"
TELP = "(0771) 440 2113"
TELP_KEPEG = "(0771) 440 2115"
DOMAIN = "damkarmat.teluksaranakota.go.id"
LMS_URL = "https://ebara." + DOMAIN
WA_HELPDESK = "0812-5530-7741"
WA_KAWAL = "0813-4877-2250"
WA_SAMAPTA = "0852-4190-6613"
WA_PUSLATLAP = "0811-5402-918"
WA_PANITIA_AIR = "0821-9934-0175"

# --------------------------------------------------------------------------- people
KADIS = "Ir. Bonifasius Rante Allo, M.T."
KADIS_NIP = "19720914 199803 1 006"
KADIS_LAMA = "Drs. Syamsul Bahri Lamatta, M.Si."
KADIS_LAMA_NIP = "19660221 199203 1 003"
SEKDIS = "Hj. Andi Nurlela Pawelloi, S.Sos., M.AP."
KABID_OPS = "Yohanes Kristianto Manuhutu, S.T."
KABID_OPS_NIP = "19790405 200501 1 012"
KABID_SARANA = "Muhammad Rizal Tahir, S.T., M.T."
KABID_CEGAH = "Fransiska Wulandari Tanod, S.H."
KASUBBAG = "Ratna Dewi Lasaka, S.E."
KA_PUSLATLAP = "Hendrik Pattiasina, S.ST."
KOORD_KAWAL = "Daniel Tuasikal, S.ST."
KOORD_SIGAP = "Maria Goreti Lewerissa, S.Pd."
ADMIN_EBARA = "Fikri Haikal Abubakar, S.Kom."
KETUA_SAMAPTA = "dr. Sri Handayani Poli"
NOTULIS = "Yuliana Paembonan, A.Md."

# Pos Sektor: (roman, name, address, kepala pos, personel)
POS = [
    (
        "I",
        "Tanjung Batu",
        "Jalan Laksamana Bintan Nomor 27 (Markas Komando)",
        "Agustinus Rumbewas, S.ST.",
        "58",
    ),
    ("II", "Pelabuhan Lama", "Jalan Syahbandar Nomor 3", "La Ode Hasrul, S.E.", "41"),
    ("III", "Bukit Kelapa", "Jalan Poros Bukit Kelapa Kilometer 4", "I Made Suarjana, S.T.", "38"),
    (
        "IV",
        "Sungai Bening",
        "Jalan Sungai Bening Raya Nomor 15",
        "Hasanuddin Daeng Ngemba, S.Sos.",
        "36",
    ),
    ("V", "Pulau Serai", "Kompleks Dermaga Pulau Serai", "Marthen Luther Sabono", "24"),
    ("VI", "Karang Indah", "Jalan Karang Indah Blok C Nomor 9", "Nurhalimah Bachmid, S.AP.", "35"),
]


def rp(n):
    return "Rp" + f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------- trainings
# no, kode, nama, sasaran, JP, tempat, kuota per angkatan, angkatan 2026
KATALOG = [
    (
        "PK-01",
        "Orientasi Pemadam Baru",
        "CPNS dan PPPK baru pada JF Pemadam Kebakaran",
        "60",
        "Ruang Kelas dan lapangan Puslatlap",
        "30",
        "1 (Angkatan I)",
    ),
    (
        "PK-02",
        "Pemadaman Kebakaran Dasar",
        "Pemadam Kebakaran Pemula",
        "40",
        "Lapangan Puslatlap dan Smoke House",
        "30",
        "2",
    ),
    (
        "PK-03",
        "Pemadaman Kebakaran Gedung Bertingkat",
        "Pemadam Kebakaran Terampil dan Mahir",
        "32",
        "Menara Latihan dan Smoke House",
        "24",
        "2",
    ),
    (
        "PK-04",
        "Pemadaman Kebakaran Permukiman Padat",
        "Pemadam Kebakaran Pemula dan Terampil",
        "24",
        "Puslatlap dan simulasi lapangan di Kelurahan Pelabuhan Lama",
        "30",
        "3",
    ),
    (
        "PK-05",
        "Pemadaman Kebakaran Kapal dan Kawasan Pelabuhan",
        "Pemadam pada Pos Sektor II dan Pos Sektor V",
        "24",
        "Dermaga Pelabuhan Lama",
        "20",
        "1",
    ),
    (
        "PK-06",
        "Penyelamatan di Air Dasar",
        "Seluruh pemadam operasional",
        "24",
        "Kolam Penyelamatan Air Puslatlap",
        "20",
        "3",
    ),
    (
        "PK-07",
        "Penyelamatan di Air Lanjutan",
        "Pemadam yang telah lulus PK-06 dan lulus tes renang 200 meter",
        "40",
        "Kolam Penyelamatan Air Puslatlap dan perairan Pulau Serai",
        "16",
        "2",
    ),
    (
        "PK-08",
        "Penyelamatan di Ketinggian Tingkat I",
        "Pemadam Kebakaran Terampil ke atas",
        "32",
        "Menara Latihan",
        "20",
        "2",
    ),
    (
        "PK-09",
        "Penyelamatan di Ketinggian Tingkat II",
        "Lulusan PK-08 paling singkat 1 (satu) tahun sebelumnya",
        "40",
        "Menara Latihan",
        "12",
        "1",
    ),
    (
        "PK-10",
        "Ekstrikasi Korban Kecelakaan Kendaraan",
        "Pemadam Kebakaran Terampil dan Mahir",
        "24",
        "Lapangan Ekstrikasi Puslatlap",
        "20",
        "2",
    ),
    (
        "PK-11",
        "Penanganan Bahan Berbahaya dan Beracun (B3) Tingkat Kesadaran",
        "Seluruh pegawai operasional",
        "16",
        "Ruang Kelas Puslatlap",
        "30",
        "2",
    ),
    (
        "PK-12",
        "Penggunaan Alat Pelindung Pernapasan (SCBA) di Smoke House",
        "Seluruh pemadam operasional",
        "16",
        "Smoke House",
        "24",
        "4",
    ),
    (
        "PK-13",
        "Pertolongan Pertama dan Bantuan Hidup Dasar",
        "Seluruh pegawai dan Relawan Kebakaran",
        "16",
        "Ruang Kelas Puslatlap",
        "30",
        "4",
    ),
    (
        "PK-14",
        "Operator dan Pengemudi Kendaraan Pemadam",
        "Pemadam yang ditunjuk sebagai operator kendaraan",
        "40",
        "Puslatlap dan ruas jalan yang ditetapkan",
        "12",
        "2",
    ),
    (
        "PK-15",
        "Operator Mobil Tangga (Aerial Ladder)",
        "Operator kendaraan yang telah lulus PK-14",
        "32",
        "Menara Latihan",
        "8",
        "1",
    ),
    (
        "PK-16",
        "Komunikasi Radio dan Pusat Komando 112",
        "Petugas Pusat Komando dan Komandan Regu",
        "16",
        "Pusat Komando Markas Komando",
        "20",
        "2",
    ),
    (
        "PK-17",
        "Sistem Komando Insiden Tingkat I",
        "Komandan Regu dan Wakil Komandan Regu",
        "24",
        "Ruang Kelas Puslatlap",
        "25",
        "1",
    ),
    (
        "PK-18",
        "Sistem Komando Insiden Tingkat II",
        "Kepala Pos Sektor dan Kepala Seksi",
        "32",
        "Ruang Kelas Puslatlap",
        "20",
        "1",
    ),
    (
        "PK-19",
        "Inspeksi Proteksi Kebakaran Bangunan Gedung",
        "JF Inspektur Kebakaran Ahli Pertama dan Ahli Muda",
        "40",
        "Ruang Kelas Puslatlap dan gedung mitra",
        "20",
        "1",
    ),
    (
        "PK-20",
        "Investigasi Penyebab Kebakaran",
        "JF Analis Kebakaran dan JF Inspektur Kebakaran Ahli Muda",
        "32",
        "Ruang Kelas Puslatlap dan lokasi bekas kebakaran",
        "15",
        "1",
    ),
    (
        "PK-21",
        "Penanganan dan Evakuasi Hewan",
        "Pemadam pada seluruh Pos Sektor",
        "12",
        "Lapangan Puslatlap",
        "25",
        "2",
    ),
    (
        "PK-22",
        "Pelatihan Instruktur Damkarmat (Training of Trainers)",
        "Pemadam Mahir dan Penyelia calon instruktur SIGAP",
        "48",
        "Ruang Kelas Puslatlap",
        "16",
        "1",
    ),
    (
        "PK-23",
        "Pelatihan Mentor KAWAL",
        "Calon mentor KAWAL",
        "16",
        "Ruang Kelas Puslatlap",
        "24",
        "1",
    ),
    (
        "PK-24",
        "Pembinaan Relawan Kebakaran",
        "Relawan Kebakaran dan pembina Redkar",
        "12",
        "Aula kantor kelurahan",
        "40",
        "6",
    ),
    (
        "PK-25",
        "Penyuluhan Pencegahan Kebakaran kepada Masyarakat",
        "Staf Bidang Pencegahan dan Pemberdayaan Masyarakat",
        "16",
        "Aula Markas Komando",
        "25",
        "1",
    ),
    (
        "PK-26",
        "Administrasi Kepegawaian dan SIASN",
        "Staf Subbagian Umum dan Kepegawaian",
        "12",
        "Daring melalui e-BARA",
        "30",
        "1",
    ),
]

JP_TARGET = [
    ["JF Pemadam Kebakaran", "Pemula", "20 JP", "24 JP", "16 JP"],
    ["JF Pemadam Kebakaran", "Terampil", "20 JP", "28 JP", "16 JP"],
    ["JF Pemadam Kebakaran", "Mahir", "24 JP", "32 JP", "20 JP"],
    ["JF Pemadam Kebakaran", "Penyelia", "24 JP", "32 JP", "16 JP"],
    ["JF Inspektur Kebakaran", "Ahli Pertama", "20 JP", "30 JP", "16 JP"],
    ["JF Inspektur Kebakaran", "Ahli Muda", "24 JP", "36 JP", "20 JP"],
    ["JF Inspektur Kebakaran", "Ahli Madya", "24 JP", "40 JP", "20 JP"],
    ["JF Analis Kebakaran", "Ahli Pertama", "20 JP", "30 JP", "16 JP"],
    ["JF Analis Kebakaran", "Ahli Muda", "24 JP", "36 JP", "20 JP"],
    ["Pejabat Administrator", "Sekretaris dan Kepala Bidang", "20 JP", "24 JP", "8 JP"],
    ["Pejabat Pengawas", "Kasubbag, Kepala Seksi, Kepala Pos Sektor", "20 JP", "28 JP", "12 JP"],
    ["Pelaksana", "-", "20 JP", "20 JP", "8 JP"],
    ["PPPK", "seluruh jabatan", "20 JP", "24 JP", "12 JP"],
]

ANGGARAN = [
    ["1", "Pelatihan klasikal di Pusat Latihan Lapangan", rp(612_400_000)],
    ["2", "Pengiriman pegawai ke pelatihan di luar Dinas", rp(236_000_000)],
    ["3", "Fasilitasi sertifikasi kompetensi", rp(210_000_000)],
    ["4", "Penyelenggaraan SIGAP (honorarium narasumber dan konsumsi)", rp(96_000_000)],
    ["5", "Penyelenggaraan Uji Kesamaptaan", rp(58_400_000)],
    ["6", "Penghargaan Pos Tangguh dan Pemadam Teladan", rp(45_000_000)],
    ["7", "Honorarium mentor KAWAL (paling banyak 14 mentor)", rp(37_800_000)],
    ["", "Jumlah", rp(1_295_600_000)],
]

# =========================================================================== PERATURAN (long PDF)
PERKADIS = [
    C("PERATURAN KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"),
    C("KOTA TELUK SARANA"),
    C("NOMOR 4 TAHUN 2026"),
    C("TENTANG"),
    C("PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"),
    P(
        FIKTIF + " Kota Teluk Sarana, Provinsi Selat Karimun Raya, serta seluruh nama orang, "
        "unit, nomor peraturan, dan angka dalam dokumen ini adalah rekaan dan tidak merujuk pada "
        "instansi yang sebenarnya."
    ),
    C("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
    C("KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TELUK SARANA,"),
    P("Menimbang:"),
    L(
        "a. bahwa pelayanan pemadaman kebakaran dan penyelamatan menuntut pegawai yang kompeten, "
        "bugar, dan siap siaga selama 24 (dua puluh empat) jam setiap hari;",
        "b. bahwa Peraturan Kepala Dinas Nomor 7 Tahun 2022 tentang Pendidikan dan Pelatihan "
        "Pegawai Pemadam Kebakaran belum mengatur pegawai pemerintah dengan perjanjian kerja, "
        "pembelajaran internal di Pos Sektor, pendampingan pemadam baru, dan pengakuan jam "
        "pelajaran dari kegiatan di luar Dinas sehingga perlu diganti;",
        "c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
        "menetapkan Peraturan Kepala Dinas tentang Pedoman Pengembangan Kompetensi Pegawai Dinas "
        "Pemadam Kebakaran dan Penyelamatan;",
    ),
    P("Mengingat:"),
    L(
        "1. Peraturan Daerah Kota Teluk Sarana Nomor 6 Tahun 2020 tentang Pencegahan dan "
        "Penanggulangan Kebakaran;",
        "2. Peraturan Wali Kota Teluk Sarana Nomor 38 Tahun 2022 tentang Kedudukan, Susunan "
        "Organisasi, Tugas dan Fungsi, serta Tata Kerja Dinas Pemadam Kebakaran dan "
        "Penyelamatan;",
        "3. Peraturan Wali Kota Teluk Sarana Nomor 12 Tahun 2023 tentang Pembentukan Unit "
        "Pelaksana Teknis Pusat Latihan Lapangan Pemadam Kebakaran;",
        "4. Peraturan Wali Kota Teluk Sarana Nomor 21 Tahun 2025 tentang Manajemen Aparatur "
        "Sipil Negara di Lingkungan Pemerintah Kota Teluk Sarana;",
    ),
    C("MEMUTUSKAN:"),
    P(
        "Menetapkan: PERATURAN KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN TENTANG PEDOMAN "
        "PENGEMBANGAN KOMPETENSI PEGAWAI DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN."
    ),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:"),
    L(
        "1. Daerah adalah Kota Teluk Sarana.",
        "2. Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana yang selanjutnya disebut "
        "Dinas atau Damkarmat adalah perangkat daerah yang menyelenggarakan urusan pemerintahan "
        "sub-urusan kebakaran di Daerah.",
        "3. Kepala Dinas adalah Kepala Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana.",
        "4. Bidang Operasi adalah bidang pada Dinas yang membidangi pemadaman, penyelamatan, dan "
        "pembinaan kesiapsiagaan personel, dipimpin oleh Kepala Bidang Operasi.",
        "5. Pos Sektor adalah pos pemadam kebakaran yang melayani satu Wilayah Manajemen "
        "Kebakaran dan dipimpin oleh seorang Kepala Pos Sektor.",
        "6. Wilayah Manajemen Kebakaran yang selanjutnya disingkat WMK adalah wilayah layanan "
        "sebuah Pos Sektor yang ditetapkan berdasarkan waktu tanggap paling lama 15 (lima belas) "
        "menit.",
        "7. Regu Jaga adalah kelompok personel pada Pos Sektor yang bertugas bergantian dalam satu "
        "giliran jaga selama 24 (dua puluh empat) jam, terdiri atas Regu A, Regu B, dan Regu C.",
        "8. Aparatur Sipil Negara yang selanjutnya disingkat ASN adalah pegawai negeri sipil dan "
        "pegawai pemerintah dengan perjanjian kerja yang bekerja pada instansi pemerintah.",
        "9. Pegawai Negeri Sipil yang selanjutnya disingkat PNS adalah warga negara Indonesia yang "
        "memenuhi syarat tertentu dan diangkat sebagai pegawai ASN secara tetap.",
        "10. Pegawai Pemerintah dengan Perjanjian Kerja yang selanjutnya disingkat PPPK adalah "
        "warga negara Indonesia yang memenuhi syarat tertentu dan diangkat berdasarkan perjanjian "
        "kerja untuk jangka waktu tertentu.",
        "11. Relawan Kebakaran yang selanjutnya disebut Redkar adalah warga masyarakat yang secara "
        "sukarela membantu pencegahan dan pemadaman kebakaran di lingkungannya, dibina oleh Dinas, "
        "dan bukan merupakan pegawai ASN.",
        "12. Pusat Latihan Lapangan yang selanjutnya disebut Puslatlap adalah unit pelaksana teknis "
        "Dinas yang menyelenggarakan pelatihan praktik pemadaman dan penyelamatan, berlokasi di "
        "Jalan Trans Teluk Kilometer 12, Kelurahan Batu Ampar.",
        "13. Sekolah Internal Garda Api dan Penyelamatan yang selanjutnya disebut SIGAP adalah "
        "program pembelajaran internal yang dilaksanakan di Pos Sektor dan di Puslatlap dengan "
        "narasumber dari dalam Dinas.",
        "14. Kawan Awal Lapangan yang selanjutnya disebut KAWAL adalah program pendampingan "
        "(mentoring) bagi pemadam baru berstatus CPNS atau PPPK pada tahun pertama penugasannya.",
        "15. Elektronik Belajar Aparatur Rescue dan Api yang selanjutnya disebut e-BARA adalah "
        "sistem pembelajaran daring dan pencatatan pengembangan kompetensi milik Dinas.",
        "16. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
        "kompetensi yang setara dengan 45 (empat puluh lima) menit.",
        "17. Uji Kesamaptaan adalah pengukuran kebugaran jasmani tahunan bagi pegawai untuk "
        "menilai kesiapan fisik dalam tugas pemadaman dan penyelamatan.",
        "18. Uji Kompetensi Pemadam yang selanjutnya disingkat UKP adalah uji internal yang "
        "diselenggarakan Dinas sebagai salah satu syarat kenaikan jenjang JF Pemadam Kebakaran.",
        "19. Sertifikasi Kompetensi adalah proses pemberian sertifikat kompetensi melalui uji "
        "kompetensi oleh lembaga sertifikasi profesi yang berlisensi.",
        "20. Rencana Pengembangan Kompetensi yang selanjutnya disingkat RPK adalah rencana tahunan "
        "kegiatan pengembangan kompetensi yang disusun oleh setiap pegawai.",
        "21. Tim Pengembangan Kompetensi yang selanjutnya disingkat TPK adalah tim yang dibentuk "
        "Kepala Dinas untuk merencanakan, memverifikasi, memantau, dan mengevaluasi pengembangan "
        "kompetensi pegawai.",
    ),
    H2("Pasal 2"),
    P(
        "(1) Peraturan Kepala Dinas ini dimaksudkan sebagai pedoman bagi Dinas, Puslatlap, Pos "
        "Sektor, dan setiap pegawai dalam merencanakan, melaksanakan, mencatat, dan mengevaluasi "
        "pengembangan kompetensi."
    ),
    P("(2) Peraturan Kepala Dinas ini bertujuan:"),
    L(
        "a. menjamin setiap pegawai memperoleh pengembangan kompetensi sesuai jabatan dan "
        "jenjangnya;",
        "b. menjaga kesiapan fisik dan keterampilan teknis personel Regu Jaga;",
        "c. mempercepat adaptasi pemadam baru melalui pendampingan;",
        "d. mendorong pembelajaran antarsesama pegawai di Pos Sektor; dan",
        "e. menyediakan data capaian JP yang akurat melalui e-BARA.",
    ),
    H2("Pasal 3"),
    P("Ruang lingkup Peraturan Kepala Dinas ini meliputi:"),
    L(
        "a. hak, kewajiban, dan target JP;",
        "b. perencanaan dan anggaran;",
        "c. jalur pengembangan kompetensi;",
        "d. Uji Kesamaptaan;",
        "e. UKP dan Sertifikasi Kompetensi;",
        "f. penggunaan Puslatlap;",
        "g. penghargaan; dan",
        "h. pemantauan, evaluasi, dan sanksi administratif.",
    ),
    H1("BAB II ORGANISASI, PERSONEL, DAN POS SEKTOR"),
    H2("Pasal 4"),
    P(
        "(1) Pada awal tahun 2026 Dinas memiliki 271 (dua ratus tujuh puluh satu) pegawai ASN yang "
        "terdiri atas 198 PNS dan 73 PPPK, serta membina 184 Redkar yang tersebar di 23 kelurahan."
    ),
    P(
        "(2) Pelayanan operasional dilaksanakan oleh 6 (enam) Pos Sektor sebagaimana tercantum "
        "dalam tabel berikut."
    ),
    T(
        "Tabel 1. Pos Sektor dan Wilayah Manajemen Kebakaran",
        ["Pos Sektor", "WMK", "Alamat", "Kepala Pos Sektor", "Jumlah personel"],
        [[f"Pos Sektor {r}", f"WMK {n}", a, k, p] for r, n, a, k, p in POS],
        [22, 26, 50, 46, 20],
    ),
    P(
        "(3) Pegawai selain personel Pos Sektor sebanyak 39 (tiga puluh sembilan) orang bertugas "
        "di Kantor Dinas, Pusat Komando 112, dan Puslatlap."
    ),
    H2("Pasal 5"),
    P("(1) Setiap Pos Sektor membagi personelnya ke dalam Regu A, Regu B, dan Regu C."),
    P(
        "(2) Pergantian Regu Jaga dilaksanakan setiap hari pukul 08.00 WITA dan didahului apel "
        "serah terima pukul 07.30 WITA di halaman Pos Sektor."
    ),
    P(
        "(3) Setiap Regu Jaga dipimpin oleh seorang Komandan Regu dan seorang Wakil Komandan Regu "
        "yang ditunjuk oleh Kepala Pos Sektor."
    ),
    P(
        "(4) Pegawai yang mengikuti pelatihan klasikal dibebaskan dari giliran jaga selama "
        "pelatihan, dan Kepala Pos Sektor wajib menunjuk pengganti dari regu lain paling lambat 3 "
        "(tiga) hari sebelum pelatihan dimulai."
    ),
    P(
        "(5) Pegawai yang baru selesai giliran jaga 24 jam tidak boleh dijadwalkan mengikuti "
        "pelatihan praktik di Puslatlap pada hari yang sama."
    ),
    H2("Pasal 6"),
    P(
        "(1) Redkar bukan pegawai ASN, sehingga kegiatan pembelajaran yang diikuti Redkar tidak "
        "dicatat sebagai capaian JP dan tidak diperhitungkan dalam target JP Dinas."
    ),
    P(
        "(2) Redkar dapat mengikuti pelatihan PK-13 Pertolongan Pertama dan Bantuan Hidup Dasar, "
        "PK-24 Pembinaan Relawan Kebakaran, serta sesi SIGAP yang dinyatakan terbuka oleh Kepala "
        "Pos Sektor."
    ),
    P(
        "(3) Redkar yang menyelesaikan pelatihan memperoleh Piagam Relawan yang ditandatangani "
        "Kepala Bidang Pencegahan dan Pemberdayaan Masyarakat."
    ),
    P(
        "(4) Redkar tidak dapat menerima fasilitasi Sertifikasi Kompetensi dan honorarium "
        "narasumber SIGAP."
    ),
    H1("BAB III HAK, KEWAJIBAN, DAN TARGET JAM PELAJARAN"),
    H2("Pasal 7"),
    P(
        "(1) Setiap pegawai ASN berhak dan wajib mengikuti pengembangan kompetensi sesuai target "
        "JP jabatan dan jenjangnya."
    ),
    P(
        "(2) Target JP tahun 2025 dan tahun 2026 serta batas minimal JP dari pelatihan klasikal "
        "tahun 2026 ditetapkan sebagai berikut."
    ),
    T(
        "Tabel 2. Target JP per jabatan dan jenjang",
        ["Jabatan", "Jenjang", "Target JP 2025", "Target JP 2026", "Minimal JP klasikal 2026"],
        JP_TARGET,
        [40, 46, 26, 26, 30],
    ),
    P(
        "(3) Target JP bagi PPPK pada tahun 2026 ditetapkan sebesar dua puluh empat JP, tanpa "
        "membedakan jabatan yang didudukinya."
    ),
    P(
        "(4) Pegawai yang diangkat, dimutasi masuk, atau kembali dari cuti di luar tanggungan "
        "negara setelah tanggal 30 Juni memenuhi target JP sebesar setengah dari target tahunan "
        "jabatannya."
    ),
    P(
        "(5) Secara keseluruhan Dinas menargetkan persentase pegawai yang memenuhi target JP "
        "sebesar 80% (delapan puluh persen) pada tahun 2025 dan 90% (sembilan puluh persen) pada "
        "tahun 2026."
    ),
    H2("Pasal 8"),
    P("Setiap pegawai berkewajiban:"),
    L(
        "a. menyusun RPK melalui e-BARA;",
        "b. mengikuti pelatihan yang ditugaskan sampai selesai;",
        "c. mengikuti Uji Kesamaptaan setiap tahun;",
        "d. mengunggah bukti kegiatan pembelajaran di luar Dinas paling lambat 30 (tiga puluh) hari "
        "kalender setelah kegiatan berakhir; dan",
        "e. membagikan pengetahuan yang diperoleh dari pelatihan di luar Dinas dalam sesi SIGAP "
        "paling lambat 3 (tiga) bulan setelah pelatihan.",
    ),
    H1("BAB IV PERENCANAAN DAN ANGGARAN"),
    H2("Pasal 9"),
    P(
        "(1) RPK disusun setiap pegawai melalui e-BARA paling lambat tanggal 31 Januari tahun "
        "berjalan."
    ),
    P(
        "(2) RPK diverifikasi oleh Kepala Pos Sektor atau atasan langsung dalam waktu paling lama "
        "7 (tujuh) hari kerja sejak diajukan."
    ),
    P(
        "(3) RPK yang telah diverifikasi disetujui oleh Kepala Bidang yang membawahi pegawai, "
        "kemudian direkapitulasi oleh Subbagian Umum dan Kepegawaian paling lambat akhir bulan "
        "Februari."
    ),
    P(
        "(4) Pegawai yang belum menyusun RPK sampai batas waktu sebagaimana dimaksud pada ayat (1) "
        "tidak dapat didaftarkan sebagai peserta pelatihan klasikal pada triwulan I."
    ),
    H2("Pasal 10"),
    P("(1) TPK terdiri atas:"),
    L(
        "a. Ketua: Sekretaris Dinas;",
        "b. Wakil Ketua: Kepala Bidang Operasi;",
        "c. Sekretaris: Kepala Subbagian Umum dan Kepegawaian;",
        "d. Anggota: Kepala Bidang Sarana dan Prasarana, Kepala Bidang Pencegahan dan Pemberdayaan "
        "Masyarakat, Kepala UPT Puslatlap, dan dua orang JF Pemadam Kebakaran Penyelia.",
    ),
    P(
        "(2) TPK bertugas menyusun kalender pelatihan tahunan, memverifikasi pengakuan JP, "
        "mengevaluasi pelaksanaan SIGAP dan KAWAL, serta melaporkan capaian JP kepada Kepala Dinas "
        "setiap triwulan."
    ),
    H2("Pasal 11"),
    P(
        "(1) Anggaran pengembangan kompetensi pegawai Tahun Anggaran 2026 bersumber dari APBD Kota "
        "Teluk Sarana sebesar Rp1.295.600.000 (satu miliar dua ratus sembilan puluh lima juta "
        "enam ratus ribu rupiah) dengan rincian sebagai berikut."
    ),
    T(
        "Tabel 3. Rincian anggaran pengembangan kompetensi Tahun Anggaran 2026",
        ["No", "Uraian", "Jumlah"],
        ANGGARAN,
        [10, 110, 40],
    ),
    P(
        "(2) Anggaran pemeliharaan sarana dan peralatan Puslatlap Tahun Anggaran 2026 sebesar "
        "Rp487.250.000 dikelola oleh Bidang Sarana dan Prasarana dan tidak termasuk anggaran "
        "pengembangan kompetensi sebagaimana dimaksud pada ayat (1)."
    ),
    P(
        "(3) Pergeseran antarrincian anggaran sebagaimana dimaksud pada ayat (1) paling banyak 10% "
        "(sepuluh persen) dapat dilakukan atas persetujuan Sekretaris Dinas."
    ),
    H1("BAB V JALUR PENGEMBANGAN KOMPETENSI"),
    H2("Bagian Kesatu Umum"),
    H2("Pasal 12"),
    P("Pengembangan kompetensi pegawai dilaksanakan melalui:"),
    L(
        "a. pelatihan klasikal di Puslatlap;",
        "b. pelatihan di luar Dinas yang diselenggarakan instansi pembina, pemerintah provinsi, "
        "atau lembaga pelatihan terakreditasi;",
        "c. SIGAP;",
        "d. KAWAL;",
        "e. latihan rutin Pos Sektor;",
        "f. pembelajaran daring mandiri melalui e-BARA; dan",
        "g. kegiatan pembelajaran lain yang diakui JP-nya.",
    ),
    H2("Bagian Kedua Pelatihan Klasikal"),
    H2("Pasal 13"),
    P(
        "(1) Pelatihan klasikal yang diselenggarakan Dinas pada tahun 2026 tercantum dalam Katalog "
        "Pelatihan berikut."
    ),
    T(
        "Tabel 4. Katalog Pelatihan Klasikal Damkarmat Tahun 2026",
        [
            "No",
            "Kode",
            "Nama pelatihan",
            "Sasaran",
            "JP",
            "Tempat",
            "Kuota per angkatan",
            "Jumlah angkatan",
        ],
        [[str(i + 1)] + list(r) for i, r in enumerate(KATALOG)],
        [8, 14, 40, 42, 9, 36, 16, 16],
    ),
    P(
        "(2) Jadwal setiap angkatan dan kuota per Pos Sektor diumumkan oleh Kepala UPT Puslatlap "
        "melalui e-BARA paling lambat 30 (tiga puluh) hari sebelum angkatan dimulai."
    ),
    P(
        "(3) Peserta pelatihan klasikal dinyatakan lulus apabila kehadiran paling rendah 90% "
        "(sembilan puluh persen) dan nilai ujian praktik paling rendah 70."
    ),
    P(
        "(4) Peserta yang tidak lulus dapat mengikuti angkatan berikutnya paling cepat 6 (enam) "
        "bulan kemudian."
    ),
    H2("Pasal 14"),
    P("Pelatihan berjenjang wajib diikuti secara berurutan dengan ketentuan:"),
    L(
        "1. PK-07 Penyelamatan di Air Lanjutan hanya dapat diikuti oleh pegawai yang telah lulus "
        "PK-06 Penyelamatan di Air Dasar dan lulus tes renang 200 meter gaya bebas dalam waktu "
        "paling lama 6 (enam) menit;",
        "2. PK-09 Penyelamatan di Ketinggian Tingkat II hanya dapat diikuti oleh pegawai yang "
        "telah lulus PK-08 Penyelamatan di Ketinggian Tingkat I paling singkat 1 (satu) tahun "
        "sebelumnya;",
        "3. PK-15 Operator Mobil Tangga hanya dapat diikuti oleh operator yang telah lulus PK-14 "
        "dan memiliki SIM B1 Umum;",
        "4. PK-18 Sistem Komando Insiden Tingkat II hanya dapat diikuti oleh pegawai yang telah "
        "lulus PK-17 Sistem Komando Insiden Tingkat I; dan",
        "5. PK-03 Pemadaman Kebakaran Gedung Bertingkat hanya dapat diikuti oleh pegawai yang "
        "telah lulus PK-12 Penggunaan Alat Pelindung Pernapasan (SCBA) di Smoke House.",
    ),
    H2("Bagian Ketiga Pelatihan di Luar Dinas dan Pengakuan JP"),
    H2("Pasal 15"),
    P(
        "(1) Pegawai dapat ditugaskan mengikuti pelatihan di luar Dinas atas usulan Kepala Bidang "
        "dan persetujuan Sekretaris Dinas."
    ),
    P(
        "(2) Pegawai yang mengikuti kegiatan pembelajaran atas inisiatif sendiri dapat mengajukan "
        "pengakuan JP melalui e-BARA dengan melampirkan sertifikat atau surat keterangan dan "
        "ringkasan materi."
    ),
    P("(3) Konversi JP untuk kegiatan pembelajaran di luar Dinas ditetapkan sebagai berikut."),
    T(
        "Tabel 5. Konversi JP kegiatan di luar Dinas",
        ["No", "Jenis kegiatan", "JP yang diakui", "Batas per kegiatan"],
        [
            ["1", "Webinar atau seminar daring paling singkat 2 jam", "2 JP", "4 JP"],
            ["2", "Seminar atau lokakarya tatap muka satu hari", "6 JP", "6 JP"],
            ["3", "Kursus daring bersertifikat (MOOC)", "sesuai sertifikat", "20 JP"],
            [
                "4",
                "Pelatihan teknis bersertifikat oleh instansi lain",
                "sesuai sertifikat",
                "40 JP",
            ],
            ["5", "Narasumber pada kegiatan di luar Dinas", "2 JP per sesi", "8 JP"],
            ["6", "Magang di Dinas Pemadam Kebakaran daerah lain", "8 JP per hari", "40 JP"],
        ],
        [10, 90, 35, 30],
    ),
    P(
        "(4) Jumlah JP yang diakui dari kegiatan atas inisiatif sendiri paling banyak 30 (tiga "
        "puluh) JP dalam satu tahun."
    ),
    P(
        "(5) Pengajuan pengakuan JP diverifikasi oleh Subbagian Umum dan Kepegawaian dalam waktu "
        "paling lama 5 (lima) hari kerja."
    ),
    P(
        "(6) Pengajuan yang melewati batas 30 (tiga puluh) hari kalender setelah kegiatan berakhir "
        "tidak dapat diproses."
    ),
    BR(),
    H2("Bagian Keempat SIGAP"),
    H2("Pasal 16"),
    P("(1) SIGAP dilaksanakan dalam dua bentuk, yaitu SIGAP Pos dan SIGAP Akbar."),
    P(
        "(2) SIGAP Pos dilaksanakan setiap hari Rabu di masing-masing Pos Sektor pukul "
        "10.00-12.00 WITA dan diikuti oleh Regu Jaga yang sedang bertugas, dengan bobot 2 JP per "
        "sesi."
    ),
    P(
        "(3) SIGAP Akbar dilaksanakan setiap hari Sabtu pada minggu kedua setiap bulan di "
        "Puslatlap pukul 07.30-11.30 WITA, diikuti perwakilan paling sedikit 4 (empat) orang dari "
        "setiap Pos Sektor, dengan bobot 4 JP."
    ),
    P(
        "(4) JP dari SIGAP yang diakui paling banyak 24 (dua puluh empat) JP per pegawai dalam "
        "satu tahun."
    ),
    P(
        "(5) Sesi SIGAP Pos tetap dilaksanakan apabila terjadi panggilan darurat, dan sisa materi "
        "dilanjutkan pada hari Rabu berikutnya tanpa tambahan JP."
    ),
    H2("Pasal 17"),
    P(
        "(1) Narasumber SIGAP adalah pegawai Dinas yang memiliki keahlian pada materi yang "
        "disampaikan, diutamakan lulusan PK-22 Pelatihan Instruktur Damkarmat."
    ),
    P(
        "(2) Narasumber SIGAP Pos diberikan honorarium sebesar Rp300.000 per sesi dan narasumber "
        "SIGAP Akbar sebesar Rp500.000 per sesi."
    ),
    P(
        "(3) Narasumber memperoleh pengakuan 2 JP untuk setiap sesi yang dibawakan, paling banyak "
        "12 JP dalam satu tahun."
    ),
    P("(4) Materi SIGAP tahun 2026 diprioritaskan pada:"),
    L(
        "a. pembelajaran dari kejadian kebakaran besar di Daerah (after action review);",
        "b. pemeliharaan peralatan dan perlengkapan regu;",
        "c. pengenalan bangunan berisiko tinggi di WMK masing-masing;",
        "d. kesehatan dan keselamatan kerja petugas; dan",
        "e. pelayanan non-kebakaran, termasuk evakuasi hewan dan pembukaan cincin.",
    ),
    H2("Bagian Kelima KAWAL"),
    H2("Pasal 18"),
    P(
        "(1) KAWAL wajib diikuti setiap pemadam baru berstatus CPNS atau PPPK dan dilaksanakan "
        "selama 6 (enam) bulan sejak penempatan di Pos Sektor."
    ),
    P("(2) Mentor KAWAL ditetapkan dengan Keputusan Kepala Dinas atas usulan Kepala Pos Sektor."),
    P(
        "(3) Seorang mentor mendampingi paling banyak 2 (dua) mentee, dan mentor serta mentee "
        "ditempatkan pada Regu Jaga yang sama."
    ),
    H2("Pasal 19"),
    P("Persyaratan mentor KAWAL:"),
    L(
        "a. menduduki JF Pemadam Kebakaran paling rendah jenjang Mahir;",
        "b. memiliki masa kerja sebagai pemadam paling singkat 5 (lima) tahun;",
        "c. lulus Uji Kesamaptaan tahun terakhir;",
        "d. telah mengikuti PK-23 Pelatihan Mentor KAWAL; dan",
        "e. tidak sedang menjalani hukuman disiplin tingkat sedang atau berat.",
    ),
    H2("Pasal 20"),
    P(
        "(1) Mentor KAWAL diberikan honorarium sebesar Rp450.000 per bulan selama masa "
        "pendampingan."
    ),
    P(
        "(2) Mentee yang menyelesaikan KAWAL diakui sebesar 40 JP, sedangkan mentor diakui "
        "sebesar 20 JP untuk setiap angkatan KAWAL."
    ),
    P(
        "(3) Ketentuan teknis pelaksanaan KAWAL, termasuk logbook dan evaluasi, diatur dalam "
        "Panduan KAWAL yang ditetapkan Kepala Bidang Operasi."
    ),
    H2("Bagian Keenam Latihan Rutin Pos Sektor"),
    H2("Pasal 21"),
    P(
        "(1) Setiap Regu Jaga melaksanakan latihan rutin paling sedikit 2 (dua) kali dalam satu "
        "bulan sesuai jadwal latihan rutin yang ditetapkan Kepala Pos Sektor setiap triwulan."
    ),
    P(
        "(2) Latihan rutin dilaksanakan pukul 09.00-11.00 WITA atau pukul 15.30-17.30 WITA dan "
        "diakui sebesar 2 JP per latihan, paling banyak 16 JP dalam satu tahun."
    ),
    P(
        "(3) Latihan gabungan antar-Pos Sektor dilaksanakan paling sedikit satu kali setiap "
        "triwulan di bawah koordinasi Kepala Bidang Operasi."
    ),
    H1("BAB VI UJI KESAMAPTAAN"),
    H2("Pasal 22"),
    P(
        "(1) Uji Kesamaptaan wajib diikuti setiap pegawai yang menduduki JF Pemadam Kebakaran dan "
        "pegawai operasional lainnya yang berusia sampai dengan 58 (lima puluh delapan) tahun."
    ),
    P(
        "(2) Uji Kesamaptaan dilaksanakan satu kali dalam setahun pada bulan April dan diumumkan "
        "paling lambat 30 (tiga puluh) hari sebelumnya."
    ),
    P("(3) Materi Uji Kesamaptaan terdiri atas:"),
    L(
        "a. lari 12 (dua belas) menit;",
        "b. push-up 1 (satu) menit;",
        "c. sit-up 1 (satu) menit;",
        "d. shuttle run 4 x 10 meter; dan",
        "e. renang 25 meter gaya bebas.",
    ),
    P(
        "(4) Ambang batas setiap materi menurut kelompok usia dan jenis kelamin ditetapkan dalam "
        "tabel ambang batas Uji Kesamaptaan yang diumumkan melalui e-BARA."
    ),
    H2("Pasal 23"),
    P(
        "(1) Nilai akhir Uji Kesamaptaan adalah rata-rata nilai kelima materi dengan kategori "
        "sebagai berikut:"
    ),
    L(
        "a. Baik Sekali: nilai 85 sampai dengan 100;",
        "b. Baik: nilai 75 sampai dengan 84;",
        "c. Cukup: nilai 65 sampai dengan 74; dan",
        "d. Kurang: nilai di bawah 65.",
    ),
    P(
        "(2) Pegawai dinyatakan lulus apabila memenuhi ambang batas seluruh materi dan memperoleh "
        "nilai akhir paling rendah 65."
    ),
    P(
        "(3) Pegawai yang tidak lulus wajib mengikuti program pembinaan jasmani selama 8 "
        "(delapan) minggu dan mengikuti uji ulang satu kali paling lambat 60 (enam puluh) hari "
        "setelah pengumuman hasil."
    ),
    P(
        "(4) Selama belum lulus, pegawai tidak dapat ditugaskan sebagai peserta PK-07, PK-09, dan "
        "PK-15, dan tidak dapat ditunjuk sebagai mentor KAWAL."
    ),
    P(
        "(5) Pegawai yang sedang hamil, dalam masa pemulihan pascaoperasi, atau memiliki kondisi "
        "kesehatan tertentu berdasarkan surat keterangan dokter pemerintah dikecualikan dari Uji "
        "Kesamaptaan tahun berjalan."
    ),
    P(
        "(6) Penanggung jawab medis Uji Kesamaptaan adalah dokter yang ditunjuk oleh Kepala Dinas "
        "bekerja sama dengan Puskesmas Batu Ampar."
    ),
    H1("BAB VII UJI KOMPETENSI PEMADAM DAN SERTIFIKASI KOMPETENSI"),
    H2("Pasal 24"),
    P(
        "(1) UKP diselenggarakan Dinas 2 (dua) kali dalam setahun, yaitu pada bulan Juni dan bulan "
        "November."
    ),
    P("(2) UKP diikuti oleh JF Pemadam Kebakaran yang akan naik jenjang, dengan persyaratan:"),
    L(
        "a. telah memenuhi target JP pada 2 (dua) tahun terakhir;",
        "b. lulus Uji Kesamaptaan tahun berjalan; dan",
        "c. diusulkan oleh Kepala Pos Sektor.",
    ),
    P(
        "(3) UKP terdiri atas ujian tertulis dengan bobot 30% dan ujian praktik dengan bobot 70%, "
        "dengan nilai kelulusan paling rendah 75."
    ),
    P("(4) Peserta yang belum lulus UKP dapat mengikuti UKP berikutnya."),
    H2("Pasal 25"),
    P(
        "(1) Dinas memfasilitasi Sertifikasi Kompetensi bagi pegawai melalui lembaga sertifikasi "
        "profesi yang berlisensi."
    ),
    P(
        "(2) Persyaratan, kuota, besaran fasilitasi biaya, dan tata cara pendaftaran Sertifikasi "
        "Kompetensi ditetapkan setiap tahun dengan Surat Edaran Kepala Dinas."
    ),
    P(
        "(3) Sertifikat kompetensi yang masih berlaku dapat menggantikan UKP bagi pegawai yang "
        "akan naik jenjang, sepanjang skema sertifikasinya sesuai dengan jenjang yang dituju."
    ),
    H1("BAB VIII PUSAT LATIHAN LAPANGAN"),
    H2("Pasal 26"),
    P(
        "(1) Puslatlap dipimpin oleh Kepala UPT Puslatlap dan memiliki fasilitas latihan sebagai "
        "berikut."
    ),
    T(
        "Tabel 6. Fasilitas latihan Puslatlap",
        ["Fasilitas", "Spesifikasi", "Kapasitas per sesi", "Syarat penggunaan"],
        [
            [
                "Smoke House",
                "Bangunan 3 lantai, 9 ruangan, generator asap dan sumber panas terkendali",
                "12 orang",
                "Wajib SCBA lengkap dan pendamping instruktur",
            ],
            [
                "Menara Latihan",
                "5 lantai, tinggi 18 meter, titik tambat tali di setiap lantai",
                "10 orang",
                "Wajib harnes, helm, dan petugas pengaman di bawah",
            ],
            [
                "Kolam Penyelamatan Air",
                "25 x 12 meter, kedalaman 1,2 sampai 4,5 meter, mesin arus",
                "16 orang",
                "Paling sedikit 2 instruktur atau penjaga kolam bersertifikat",
            ],
            [
                "Lapangan Ekstrikasi",
                "10 bangkai kendaraan, peralatan hidrolik",
                "12 orang",
                "Wajib sarung tangan dan pelindung mata",
            ],
            [
                "Simulator Kebakaran LPG dan Kendaraan",
                "Instalasi gas terkendali",
                "10 orang",
                "Hanya dioperasikan instruktur Puslatlap",
            ],
            ["Ruang Kelas Cakalang", "Ruang kelas ber-AC dengan proyektor", "40 orang", "-"],
            ["Ruang Kelas Kerapu", "Ruang kelas ber-AC dengan proyektor", "30 orang", "-"],
        ],
        [36, 62, 26, 52],
    ),
    P("(2) Puslatlap beroperasi hari Senin sampai dengan Sabtu pukul 07.30-16.00 WITA."),
    P(
        "(3) Latihan malam dapat dilaksanakan sampai dengan pukul 22.00 WITA atas izin Kepala "
        "Bidang Operasi."
    ),
    H2("Pasal 27"),
    P(
        "(1) Pos Sektor yang akan menggunakan fasilitas Puslatlap untuk latihan rutin mengajukan "
        "pemesanan melalui e-BARA paling lambat 7 (tujuh) hari kerja sebelum tanggal latihan."
    ),
    P(
        "(2) Dalam hal terdapat dua pemesanan pada waktu yang sama, prioritas diberikan kepada "
        "pelatihan klasikal, kemudian latihan gabungan, kemudian latihan rutin Pos Sektor."
    ),
    P(
        "(3) Penggunaan Puslatlap oleh instansi lain atau badan usaha dikenakan retribusi sesuai "
        "Peraturan Daerah."
    ),
    H1("BAB IX PENGHARGAAN"),
    H2("Pasal 28"),
    P(
        "(1) Kepala Dinas memberikan penghargaan Pos Tangguh setiap tahun kepada satu Pos Sektor "
        "dengan kinerja pengembangan kompetensi dan kesiapsiagaan terbaik."
    ),
    P("(2) Penilaian Pos Tangguh menggunakan kriteria dan bobot sebagai berikut:"),
    L(
        "a. persentase pegawai yang memenuhi target JP, bobot 30%;",
        "b. persentase kelulusan Uji Kesamaptaan, bobot 25%;",
        "c. rata-rata waktu tanggap di WMK, bobot 25%; dan",
        "d. keikutsertaan dan kualitas SIGAP Pos, bobot 20%.",
    ),
    P(
        "(3) Pos Sektor terbaik menerima piala bergilir dan dana pembinaan sebesar Rp30.000.000 "
        "(tiga puluh juta rupiah)."
    ),
    P(
        "(4) Kepala Dinas juga memberikan penghargaan Pemadam Teladan kepada 3 (tiga) orang "
        "pegawai, masing-masing dengan uang pembinaan sebesar Rp5.000.000."
    ),
    P(
        "(5) Penghargaan sebagaimana dimaksud pada ayat (1) dan ayat (4) diserahkan pada upacara "
        "peringatan Hari Pemadam Kebakaran tanggal 1 Maret."
    ),
    H1("BAB X PEMANTAUAN, EVALUASI, DAN SANKSI ADMINISTRATIF"),
    H2("Pasal 29"),
    P("(1) Kepala Pos Sektor memantau capaian JP personelnya setiap bulan melalui e-BARA."),
    P(
        "(2) TPK menyampaikan laporan capaian JP kepada Kepala Dinas paling lambat tanggal 10 "
        "bulan pertama triwulan berikutnya."
    ),
    P("(3) Capaian JP tahunan menjadi salah satu bahan penilaian kinerja pegawai."),
    H2("Pasal 30"),
    P(
        "Pegawai yang tidak memenuhi target JP selama 2 (dua) tahun berturut-turut tanpa alasan "
        "yang sah dikenai sanksi administratif berupa:"
    ),
    L(
        "a. teguran tertulis dari atasan langsung;",
        "b. tidak diusulkan mengikuti pelatihan di luar Dinas pada tahun berikutnya; dan",
        "c. tidak dapat diusulkan sebagai peserta UKP.",
    ),
    H1("BAB XI KETENTUAN PERALIHAN DAN PENUTUP"),
    H2("Pasal 31"),
    P(
        "(1) Capaian JP tahun 2025 tetap dihitung berdasarkan target JP tahun 2025 sebagaimana "
        "tercantum dalam Tabel 2."
    ),
    P(
        "(2) Mentor yang telah ditetapkan sebelum Peraturan Kepala Dinas ini berlaku tetap "
        "melaksanakan tugasnya sampai masa pendampingan berakhir."
    ),
    H2("Pasal 32"),
    P(
        "(1) Pada saat Peraturan Kepala Dinas ini mulai berlaku, Peraturan Kepala Dinas Nomor 7 "
        "Tahun 2022 tentang Pendidikan dan Pelatihan Pegawai Pemadam Kebakaran dicabut dan "
        "dinyatakan tidak berlaku."
    ),
    P("(2) Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Februari 2026."),
    P("Ditetapkan di Teluk Sarana pada tanggal 12 Januari 2026"),
    P("KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TELUK SARANA,"),
    P("ttd."),
    P(KADIS),
    P("NIP " + KADIS_NIP),
]

# =========================================================================== SURAT EDARAN 2026 (PDF)
SKEMA = [
    [
        "1",
        "Pemadam Kebakaran Tingkat I",
        "JF Pemadam Kebakaran Pemula dan Terampil",
        "20 JP",
        "8-9 Juni 2026",
    ],
    [
        "2",
        "Pemadam Kebakaran Tingkat II",
        "JF Pemadam Kebakaran Mahir dan Penyelia",
        "24 JP",
        "10-11 Juni 2026",
    ],
    [
        "3",
        "Penyelamatan di Air",
        "Lulusan PK-07 Penyelamatan di Air Lanjutan",
        "20 JP",
        "15 Juni 2026",
    ],
    [
        "4",
        "Penyelamatan di Ketinggian",
        "Lulusan PK-09 Penyelamatan di Ketinggian Tingkat II",
        "20 JP",
        "16 Juni 2026",
    ],
    [
        "5",
        "Inspektur Proteksi Kebakaran Bangunan",
        "JF Inspektur Kebakaran Ahli Pertama dan Ahli Muda",
        "24 JP",
        "18 Juni 2026",
    ],
]

SE2026 = [
    C("PEMERINTAH KOTA TELUK SARANA"),
    C("DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"),
    P(ALAMAT + ", Telepon " + TELP + ", laman " + DOMAIN),
    P(FIKTIF),
    C("SURAT EDARAN"),
    C("NOMOR 800.1.3/087/DAMKARMAT/2026"),
    C("TENTANG"),
    C("FASILITASI SERTIFIKASI KOMPETENSI PEMADAM KEBAKARAN DAN PENYELAMATAN TAHUN 2026"),
    P(
        "Yth. Sekretaris, Para Kepala Bidang, Kepala UPT Puslatlap, dan Para Kepala Pos Sektor di "
        "lingkungan Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana"
    ),
    H1("1. Latar belakang"),
    P(
        "Sesuai Pasal 25 Peraturan Kepala Dinas Nomor 4 Tahun 2026 tentang Pedoman Pengembangan "
        "Kompetensi Pegawai, Dinas memfasilitasi Sertifikasi Kompetensi bagi pegawai. Untuk "
        "memperluas jangkauan sertifikasi dan menyesuaikan dengan jumlah personel di enam Pos "
        "Sektor, ketentuan fasilitasi tahun 2026 ditetapkan kembali melalui Surat Edaran ini."
    ),
    H1("2. Pencabutan"),
    P(
        "Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas Nomor "
        "800.1/214/DAMKARMAT/2024 tentang Bantuan Biaya Sertifikasi Kompetensi Pemadam Kebakaran "
        "dicabut dan dinyatakan tidak berlaku."
    ),
    H1("3. Lembaga sertifikasi dan tempat uji"),
    P(
        "Sertifikasi Kompetensi tahun 2026 dilaksanakan bekerja sama dengan LSP Proteksi Kebakaran "
        "Nusantara. Asesmen dilaksanakan di Tempat Uji Kompetensi (TUK) Sewaktu Pusat Latihan "
        "Lapangan Damkarmat, Jalan Trans Teluk Kilometer 12, Kelurahan Batu Ampar, sehingga "
        "peserta tidak perlu berangkat ke luar Kota Teluk Sarana."
    ),
    H1("4. Sasaran"),
    P(
        "Fasilitasi diberikan kepada pegawai PNS dan PPPK yang menduduki JF Pemadam Kebakaran semua "
        "jenjang, termasuk jenjang Pemula, serta JF Inspektur Kebakaran Ahli Pertama dan Ahli Muda. "
        "Relawan Kebakaran (Redkar) bukan pegawai ASN sehingga tidak termasuk sasaran fasilitasi."
    ),
    H1("5. Persyaratan"),
    L(
        "a. masa kerja pada jabatan paling singkat 1 (satu) tahun; bagi pemadam baru dihitung "
        "setelah menyelesaikan program KAWAL;",
        "b. usia paling tinggi 53 (lima puluh tiga) tahun pada tanggal 1 Juni 2026;",
        "c. nilai akhir Uji Kesamaptaan tahun 2026 paling rendah 70;",
        "d. memenuhi persyaratan skema sebagaimana tercantum pada angka 6;",
        "e. belum pernah memperoleh sertifikat pada skema yang sama yang masih berlaku; dan",
        "f. mendapat rekomendasi Kepala Pos Sektor atau atasan langsung.",
    ),
    H1("6. Skema, JP yang diakui, dan jadwal asesmen"),
    T(
        "Tabel 1. Skema Sertifikasi Kompetensi tahun 2026",
        ["No", "Skema", "Sasaran atau prasyarat", "JP diakui", "Jadwal asesmen"],
        SKEMA,
        [10, 50, 70, 20, 32],
    ),
    P("Sertifikat kompetensi berlaku selama 3 (tiga) tahun sejak tanggal diterbitkan."),
    H1("7. Besaran fasilitasi dan kuota"),
    L(
        "a. Dinas menanggung 100% (seratus persen) biaya asesmen dan sertifikat, paling banyak "
        "Rp3.500.000 (tiga juta lima ratus ribu rupiah) per orang;",
        "b. biaya transportasi dan konsumsi selama asesmen ditanggung Dinas karena asesmen "
        "dilaksanakan di Puslatlap;",
        "c. kuota penerima fasilitasi tahun 2026 sebanyak 60 (enam puluh) orang, dengan paling "
        "banyak 10 (sepuluh) orang dari setiap Pos Sektor;",
        "d. apabila kuota suatu Pos Sektor tidak terisi, sisa kuota dialihkan kepada pendaftar "
        "dari Pos Sektor lain berdasarkan nilai Uji Kesamaptaan tertinggi.",
    ),
    H1("8. Tata cara pendaftaran"),
    L(
        "a. pendaftaran dilakukan secara daring melalui e-BARA menu Sertifikasi, tanpa berkas "
        "fisik;",
        "b. pendaftaran dibuka tanggal 14 April 2026 dan ditutup tanggal 15 Mei 2026 pukul 23.59 "
        "WITA;",
        "c. dokumen yang diunggah: SK jabatan terakhir, hasil Uji Kesamaptaan 2026, rekomendasi "
        "Kepala Pos Sektor, dan sertifikat pelatihan prasyarat skema;",
        "d. hasil seleksi diumumkan melalui e-BARA paling lambat tanggal 29 Mei 2026.",
    ),
    H1("9. Kewajiban penerima"),
    L(
        "a. mengikuti seluruh tahapan asesmen sesuai jadwal;",
        "b. menjadi narasumber SIGAP paling sedikit 4 JP dalam 12 (dua belas) bulan setelah "
        "sertifikat terbit;",
        "c. tetap bertugas di lingkungan Dinas paling singkat 3 (tiga) tahun setelah sertifikat "
        "terbit.",
    ),
    H1("10. Hasil belum kompeten"),
    P(
        "Peserta yang dinyatakan belum kompeten diberi kesempatan asesmen ulang 1 (satu) kali "
        "dengan biaya Dinas. Asesmen ulang berikutnya menjadi tanggungan peserta. Peserta yang belum "
        "kompeten tidak diwajibkan mengembalikan biaya fasilitasi."
    ),
    H1("11. Narahubung"),
    P(
        "Pertanyaan mengenai pendaftaran disampaikan kepada Helpdesk e-BARA melalui WhatsApp "
        + WA_HELPDESK
        + " pada jam kerja."
    ),
    P("Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab."),
    P("Teluk Sarana, 2 Maret 2026"),
    P("Kepala Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana,"),
    P("ttd."),
    P(KADIS),
    P("NIP " + KADIS_NIP),
    P(
        "Tembusan: 1. Wali Kota Teluk Sarana; 2. Kepala Badan Kepegawaian dan Pengembangan Sumber "
        "Daya Manusia Kota Teluk Sarana."
    ),
]

# =========================================================================== KEPUTUSAN KAWAL (DOCX)
# (pos, regu, mentor, jenjang mentor, [(mentee, status)])
KAWAL = [
    (
        "I",
        "A",
        "Yakobus Wanma",
        "Penyelia",
        [("Rizky Ananda Putra", "CPNS"), ("Fadli Ramadhan Sumual", "PPPK")],
    ),
    ("I", "B", "Abdul Gafur Tuanaya", "Mahir", [("Kevin Oktavianus Lekatompessy", "CPNS")]),
    (
        "I",
        "C",
        "Ni Kadek Sri Wahyuni",
        "Mahir",
        [("Indah Permatasari Lumenta", "CPNS"), ("Muhammad Iqbal Pakaya", "PPPK")],
    ),
    (
        "II",
        "A",
        "La Ode Muhammad Ridwan",
        "Mahir",
        [("Arif Setiawan Hamid", "PPPK"), ("Yusuf Maulana Bakri", "PPPK")],
    ),
    ("II", "C", "Stevanus Rumagit", "Penyelia", [("Gilang Pratama Usman", "CPNS")]),
    (
        "III",
        "B",
        "Ketut Arya Wibawa",
        "Mahir",
        [("Andi Muhammad Fikri", "CPNS"), ("Reza Firmansyah Lasut", "PPPK")],
    ),
    ("III", "C", "Yosef Kolo", "Mahir", [("Dimas Aditya Mamonto", "CPNS")]),
    ("IV", "A", "Hasnah Daeng Puji", "Mahir", [("Dewi Anggraini Modjo", "CPNS")]),
    (
        "IV",
        "B",
        "Ferdinand Manoppo",
        "Penyelia",
        [("Bayu Saputra Latif", "PPPK"), ("Rahmat Hidayat Mokoginta", "PPPK")],
    ),
    (
        "V",
        "A",
        "Samuel Rumbiak",
        "Mahir",
        [("Jefri Alfons Sahetapy", "PPPK"), ("Nurul Fadilah Sangaji", "CPNS")],
    ),
    ("VI", "B", "Muhammad Yamin Latuconsina", "Penyelia", [("Putri Ayuningtyas Rauf", "CPNS")]),
    (
        "VI",
        "C",
        "Wayan Sudarsana",
        "Mahir",
        [("Aldi Kurniawan Tahir", "PPPK"), ("Sarah Magdalena Pangemanan", "CPNS")],
    ),
]
HONOR_KAWAL = 450_000
BULAN_KAWAL = 6


def kawal_rows():
    rows = []
    for i, (pos, regu, mentor, jenjang, mentees) in enumerate(KAWAL):
        rows.append(
            [
                str(i + 1),
                f"Pos Sektor {pos}",
                f"Regu {regu}",
                mentor,
                f"Pemadam Kebakaran {jenjang}",
                "; ".join(m for m, _ in mentees),
                "; ".join(s for _, s in mentees),
                rp(HONOR_KAWAL * BULAN_KAWAL),
            ]
        )
    n_mentee = sum(len(k[4]) for k in KAWAL)
    rows.append(
        [
            "",
            "Jumlah",
            "",
            f"{len(KAWAL)} mentor",
            "",
            f"{n_mentee} mentee",
            "",
            rp(HONOR_KAWAL * BULAN_KAWAL * len(KAWAL)),
        ]
    )
    return rows


KEP_KAWAL = [
    C("KEPUTUSAN KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TELUK SARANA"),
    C("NOMOR 800.1.3/019/DAMKARMAT/2026"),
    C("TENTANG"),
    C("PENETAPAN MENTOR DAN MENTEE PROGRAM KAWAL ANGKATAN I TAHUN 2026"),
    P(FIKTIF),
    P("KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TELUK SARANA,"),
    P(
        "Menimbang: bahwa untuk melaksanakan Pasal 18 Peraturan Kepala Dinas Nomor 4 Tahun 2026 "
        "tentang Pedoman Pengembangan Kompetensi Pegawai, perlu menetapkan mentor dan mentee "
        "Program Kawan Awal Lapangan (KAWAL) Angkatan I Tahun 2026 bagi pemadam baru hasil "
        "pengadaan CPNS dan PPPK Tahun Anggaran 2025;"
    ),
    P(
        "Mengingat: Peraturan Kepala Dinas Nomor 4 Tahun 2026 tentang Pedoman Pengembangan "
        "Kompetensi Pegawai Dinas Pemadam Kebakaran dan Penyelamatan;"
    ),
    C("MEMUTUSKAN:"),
    P(
        "KESATU: Menetapkan mentor dan mentee Program KAWAL Angkatan I Tahun 2026 sebagaimana "
        "tercantum dalam Lampiran Keputusan ini."
    ),
    P(
        "KEDUA: Masa pendampingan Program KAWAL Angkatan I berlangsung selama 6 (enam) bulan, mulai "
        "tanggal 9 Februari 2026 sampai dengan tanggal 7 Agustus 2026."
    ),
    P(
        "KETIGA: Mentor diberikan honorarium sebesar Rp450.000 (empat ratus lima puluh ribu rupiah) "
        "per bulan, dibayarkan setiap akhir triwulan setelah logbook mentee diverifikasi Koordinator "
        "KAWAL."
    ),
    P(
        "KEEMPAT: Mentor dan mentee ditempatkan pada Regu Jaga yang sama dan tidak dapat dipindahkan "
        "ke regu lain selama masa pendampingan, kecuali atas persetujuan Kepala Bidang Operasi."
    ),
    P(
        "KELIMA: Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada "
        "Dokumen Pelaksanaan Anggaran Dinas Tahun Anggaran 2026."
    ),
    P("KEENAM: Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    P("Ditetapkan di Teluk Sarana pada tanggal 2 Februari 2026"),
    P("KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TELUK SARANA,"),
    P("ttd."),
    P(KADIS),
    BR(),
    C("LAMPIRAN KEPUTUSAN KEPALA DINAS NOMOR 800.1.3/019/DAMKARMAT/2026"),
    T(
        "Tabel 1. Daftar mentor dan mentee KAWAL Angkatan I Tahun 2026",
        [
            "No",
            "Pos Sektor",
            "Regu",
            "Nama mentor",
            "Jenjang mentor",
            "Nama mentee",
            "Status mentee",
            "Honorarium 6 bulan",
        ],
        kawal_rows(),
        [6, 16, 10, 26, 22, 38, 14, 20],
        header2=[
            ("No", 1),
            ("Pos Sektor", 1),
            ("Regu", 1),
            ("Mentor", 2),
            ("Mentee", 2),
            ("Honorarium 6 bulan", 1),
        ],
    ),
    T(
        "Tabel 2. Tim Pengelola KAWAL Angkatan I Tahun 2026",
        ["No", "Kedudukan dalam tim", "Nama", "Jabatan"],
        [
            ["1", "Penanggung jawab", KABID_OPS, "Kepala Bidang Operasi"],
            ["2", "Koordinator KAWAL", KOORD_KAWAL, "JF Pemadam Kebakaran Penyelia"],
            [
                "3",
                "Verifikator logbook",
                "Maria Goreti Lewerissa, S.Pd.",
                "Koordinator SIGAP, Bidang Operasi",
            ],
            ["4", "Sekretariat", NOTULIS, "Pengadministrasi Kepegawaian"],
        ],
        [6, 30, 40, 50],
        header2=[("No", 1), ("Tim Pengelola", 3)],
    ),
]

# =========================================================================== NOTULEN (DOCX)
REALISASI_POS = [
    ["Pos Sektor I Tanjung Batu", "58", "29,6 JP", "77,6%", "89,7%"],
    ["Pos Sektor II Pelabuhan Lama", "41", "26,1 JP", "68,3%", "82,9%"],
    ["Pos Sektor III Bukit Kelapa", "38", "27,9 JP", "73,7%", "84,2%"],
    ["Pos Sektor IV Sungai Bening", "36", "31,2 JP", "83,3%", "94,4%"],
    ["Pos Sektor V Pulau Serai", "24", "19,8 JP", "50,0%", "79,2%"],
    ["Pos Sektor VI Karang Indah", "35", "27,0 JP", "71,4%", "80,0%"],
    ["Kantor Dinas, Pusat Komando 112, dan Puslatlap", "39", "25,3 JP", "64,1%", "-"],
    ["Dinas (keseluruhan)", "271", "27,4 JP", "71,3%", "85,2%"],
]

NOTULEN = [
    C("NOTULEN RAPAT"),
    C("EVALUASI PENGEMBANGAN KOMPETENSI TAHUN 2025 DAN RENCANA TAHUN 2026"),
    C("DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TELUK SARANA"),
    P(FIKTIF),
    T(
        "Keterangan rapat",
        ["Unsur", "Keterangan"],
        [
            ["Hari, tanggal", "Kamis, 22 Januari 2026"],
            ["Waktu", "pukul 09.00-12.15 WITA"],
            [
                "Tempat",
                "Ruang Rapat Komando, lantai 2 Markas Komando, Jalan Laksamana Bintan Nomor 27",
            ],
            ["Pimpinan rapat", SEKDIS + " (Sekretaris Dinas, Ketua TPK)"],
            ["Notulis", NOTULIS],
            [
                "Peserta",
                "24 orang: para Kepala Bidang, Kasubbag Umum dan Kepegawaian, Kepala UPT "
                "Puslatlap, enam Kepala Pos Sektor, Koordinator KAWAL, Koordinator SIGAP, admin e-BARA, "
                "dan perwakilan JF Pemadam Kebakaran Penyelia",
            ],
        ],
        [40, 120],
    ),
    H1("A. Pembukaan"),
    P(
        "Rapat dibuka pukul 09.00 WITA oleh Sekretaris Dinas. Kepala Dinas berhalangan hadir karena "
        "mengikuti rapat koordinasi penanggulangan bencana di Kantor Wali Kota. Sekretaris Dinas "
        "menyampaikan bahwa Peraturan Kepala Dinas Nomor 4 Tahun 2026 telah ditetapkan pada 12 "
        "Januari 2026 dan berlaku mulai 1 Februari 2026."
    ),
    H1("B. Paparan capaian tahun 2025"),
    P(
        "Kasubbag Umum dan Kepegawaian, " + KASUBBAG + ", memaparkan capaian pengembangan "
        "kompetensi tahun 2025 sebagai berikut:"
    ),
    L(
        "1. Rata-rata capaian JP seluruh pegawai Dinas tahun 2025 sebesar 27,4 JP per pegawai.",
        "2. Pegawai yang memenuhi target JP sebanyak 193 dari 271 orang atau 71,3%, di bawah "
        "target 80% yang ditetapkan untuk tahun 2025.",
        "3. Pelatihan klasikal tahun 2025 diselenggarakan sebanyak 19 angkatan dengan 412 peserta.",
        "4. Sesi SIGAP Pos terlaksana 268 sesi dari 312 sesi yang direncanakan; 44 sesi batal atau "
        "terpotong karena panggilan darurat.",
        "5. Uji Kesamaptaan 2025 diikuti 236 pegawai, lulus 201 orang (85,2%), dan 35 orang "
        "mengikuti program pembinaan jasmani.",
        "6. Sertifikasi kompetensi tahun 2025 diikuti 18 pegawai, 15 orang dinyatakan kompeten.",
        "7. Pengajuan pengakuan JP dari kegiatan di luar Dinas sebanyak 143 pengajuan, 121 "
        "disetujui dan 22 ditolak, sebagian besar karena melewati batas waktu unggah.",
    ),
    T(
        "Tabel. Realisasi pengembangan kompetensi per unit tahun 2025",
        [
            "Unit",
            "Jumlah pegawai",
            "Rata-rata JP 2025",
            "Pegawai memenuhi target JP",
            "Kelulusan Uji Kesamaptaan",
        ],
        REALISASI_POS,
        [60, 22, 26, 30, 30],
    ),
    H1("C. Penilaian Pos Tangguh 2025"),
    P(
        "Kepala Bidang Operasi, " + KABID_OPS + ", menyampaikan hasil penilaian Pos Tangguh 2025. "
        "Pos Sektor IV Sungai Bening memperoleh skor tertinggi 88,6, disusul Pos Sektor I Tanjung "
        "Batu dengan skor 85,1 dan Pos Sektor III Bukit Kelapa dengan skor 80,4. Pos Sektor IV "
        "akan menerima piala bergilir dan dana pembinaan pada upacara Hari Pemadam Kebakaran 1 "
        "Maret 2026. Pemadam Teladan 2025 adalah Yakobus Wanma (Pos Sektor I), Hasnah Daeng Puji "
        "(Pos Sektor IV), dan Samuel Rumbiak (Pos Sektor V)."
    ),
    H1("D. Pembahasan dan tanggapan"),
    L(
        "1. Kepala Pos Sektor V Pulau Serai, Marthen Luther Sabono, menyampaikan bahwa personel "
        "Pos V sulit hadir di Puslatlap karena jadwal kapal penyeberangan hanya dua kali sehari "
        "(pukul 06.00 dan 14.00 WITA).",
        "2. Kepala UPT Puslatlap, " + KA_PUSLATLAP + ", melaporkan bahwa instruktur tetap "
        "Puslatlap berjumlah 14 orang dan idealnya ditambah 6 orang.",
        "3. Admin e-BARA, " + ADMIN_EBARA + ", melaporkan bahwa 61 pegawai belum mengaktifkan "
        "akun e-BARA per 20 Januari 2026.",
        "4. Koordinator KAWAL menyampaikan bahwa terdapat 19 pemadam baru hasil pengadaan 2025 "
        "yang akan didampingi pada KAWAL Angkatan I 2026.",
    ),
    H1("E. Keputusan rapat"),
    L(
        "1. Batas penyusunan RPK tahun 2026 diperpanjang satu kali menjadi tanggal 13 Februari "
        "2026 karena masih banyak akun e-BARA yang belum aktif; untuk tahun berikutnya kembali "
        "mengikuti batas 31 Januari.",
        "2. Pos Sektor V Pulau Serai mendapat SIGAP Akbar daring melalui e-BARA dan kuota tambahan "
        "asrama Puslatlap bagi personelnya yang mengikuti pelatihan klasikal.",
        "3. Uji Kesamaptaan 2026 dilaksanakan tanggal 13-29 April 2026 dengan hari cadangan 30 "
        "April 2026.",
        "4. Enam pemadam jenjang Mahir dan Penyelia diusulkan mengikuti PK-22 Pelatihan Instruktur "
        "Damkarmat pada bulan Juli 2026 untuk menambah instruktur.",
        "5. Ketentuan sertifikasi kompetensi tahun 2024 akan diganti dengan Surat Edaran baru yang "
        "memperluas sasaran kepada PPPK, dengan kuota yang diusulkan 60 orang.",
        "6. Admin e-BARA mengirim pengingat aktivasi akun kepada 61 pegawai paling lambat 27 "
        "Januari 2026 dan Kepala Pos Sektor memastikan aktivasi.",
    ),
    H1("F. Penutup"),
    P(
        "Rapat ditutup pukul 12.15 WITA. Rapat evaluasi berikutnya dijadwalkan pada minggu ketiga "
        "bulan Juli 2026."
    ),
    P("Teluk Sarana, 22 Januari 2026"),
    P("Notulis, " + NOTULIS),
    P("Mengetahui, Sekretaris Dinas selaku Ketua TPK, " + SEKDIS),
]

DOCS = {
    "perkadis-pengembangan-kompetensi-damkarmat-2026": (
        "pdf",
        PERKADIS,
        "Perkadis Damkarmat Teluk Sarana No. 4 Tahun 2026",
    ),
    "se-sertifikasi-kompetensi-2026": ("pdf", SE2026, "SE Fasilitasi Sertifikasi Kompetensi 2026"),
    "kep-mentor-kawal-angkatan-i-2026": (
        "docx",
        KEP_KAWAL,
        "Keputusan Kepala Dinas tentang Mentor dan Mentee KAWAL Angkatan I 2026",
    ),
    "notulen-rapat-evaluasi-kompetensi-2026": (
        "docx",
        NOTULEN,
        "Notulen Rapat Evaluasi Pengembangan Kompetensi 22 Januari 2026",
    ),
}

# =========================================================================== plain-text documents
SE2024_TXT = """\
PEMERINTAH KOTA TELUK SARANA
DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN
Jalan Laksamana Bintan Nomor 27, Teluk Sarana 78115
(Dokumen fiktif, untuk evaluasi)

SURAT EDARAN
NOMOR 800.1/214/DAMKARMAT/2024
TENTANG
BANTUAN BIAYA SERTIFIKASI KOMPETENSI PEMADAM KEBAKARAN

Yth. Para Kepala Bidang dan Para Kepala Pos Sektor
di lingkungan Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana

Dalam rangka meningkatkan profesionalisme petugas pemadam kebakaran, Dinas memberikan bantuan
biaya sertifikasi kompetensi dengan ketentuan sebagai berikut.

1. Sasaran
   Bantuan hanya diberikan kepada pegawai PNS yang menduduki JF Pemadam Kebakaran paling rendah
   jenjang Terampil. Pegawai PPPK, pemadam jenjang Pemula, dan Relawan Kebakaran belum dapat
   mengajukan bantuan ini.

2. Persyaratan
   a. masa kerja sebagai pemadam paling singkat 3 (tiga) tahun;
   b. usia paling tinggi 50 (lima puluh) tahun pada saat mendaftar;
   c. nilai Uji Kesamaptaan tahun terakhir paling rendah 60;
   d. mendapat rekomendasi Kepala Pos Sektor.

3. Lembaga sertifikasi dan tempat uji
   Uji kompetensi dilaksanakan oleh LSP Pemadam Kebakaran Indonesia Timur di kantor LSP di
   Kota Karimun Besar (ibu kota provinsi). Biaya perjalanan ke tempat uji ditanggung peserta.

4. Skema
   Skema yang difasilitasi hanya 2 (dua), yaitu Pemadam Kebakaran Tingkat I dan Pemadam
   Kebakaran Tingkat II.

5. Besaran bantuan
   Bantuan diberikan sebesar 50% (lima puluh persen) dari biaya uji kompetensi, paling banyak
   Rp2.000.000 (dua juta rupiah) per orang.

6. Kuota
   Kuota penerima bantuan sebanyak 25 (dua puluh lima) orang setiap tahun untuk seluruh Dinas.

7. Tata cara pengajuan
   a. berkas fisik diserahkan langsung ke Subbagian Umum dan Kepegawaian, lantai 1 Markas
      Komando, pada tanggal 1 Februari s.d. 29 Maret setiap tahun, pukul 08.00-15.00 WITA pada
      hari kerja;
   b. berkas terdiri atas surat permohonan, fotokopi SK jabatan terakhir, hasil Uji Kesamaptaan,
      dan rekomendasi Kepala Pos Sektor;
   c. hasil seleksi diumumkan pada akhir bulan April melalui papan pengumuman Markas Komando.

8. Kewajiban penerima
   a. setelah memperoleh sertifikat wajib bertugas di lingkungan Dinas paling singkat 2 (dua)
      tahun;
   b. peserta yang dinyatakan belum kompeten wajib mengembalikan seluruh bantuan yang telah
      diterima (100%).

9. Pengakuan JP
   Sertifikasi kompetensi tidak dihitung sebagai capaian JP.

10. Informasi
   Informasi lebih lanjut dapat ditanyakan ke Subbagian Umum dan Kepegawaian melalui telepon
   (0771) 440 2115.

Demikian Surat Edaran ini disampaikan untuk dilaksanakan.

Teluk Sarana, 12 Februari 2024
Kepala Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana,
ttd.
Drs. Syamsul Bahri Lamatta, M.Si.
NIP 19660221 199203 1 003
"""

WA_TXT = """\
[Broadcast] Grup WA "INFO PERSONEL DAMKARMAT TS"
Diteruskan dari: Panitia Uji Kesamaptaan 2026
(Dokumen fiktif, untuk evaluasi.)

🚒🔥 *PENGUMUMAN UJI KESAMAPTAAN 2026* 🔥🚒
Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana

Selamat pagi rekan-rekan personel semua 🙏
Sesuai keputusan rapat evaluasi tgl 22 Januari, *Uji Kesamaptaan 2026* dilaksanakan
*13–29 April 2026* di *Pusat Latihan Lapangan (Puslatlap) Batu Ampar* 🏃‍♂️🏊

📅 *JADWAL PER POS*
• Pos Sektor I Tanjung Batu ➡️ Senin–Selasa, 13–14 April 2026
• Pos Sektor II Pelabuhan Lama ➡️ Kamis, 16 April 2026
• Pos Sektor III Bukit Kelapa ➡️ Senin, 20 April 2026
• Pos Sektor IV Sungai Bening ➡️ Rabu, 22 April 2026
• Pos Sektor V Pulau Serai ➡️ Jumat, 24 April 2026 (kapal khusus berangkat 05.00 WITA dari Dermaga Pulau Serai)
• Pos Sektor VI Karang Indah ➡️ Senin, 27 April 2026
• Kantor Dinas, Pusat Komando 112 & Puslatlap ➡️ Rabu, 29 April 2026
• Hari cadangan / susulan ➡️ Kamis, 30 April 2026

⏰ *WAKTU*
Registrasi & cek tensi: pukul 05.45–06.30 WITA
Lari 12 menit, push-up, sit-up, shuttle run: mulai 06.30 WITA di lapangan Puslatlap
Renang 25 m: mulai 09.00 WITA di Kolam Penyelamatan Air
Selesai kira2 pukul 11.30 WITA

🎒 *WAJIB DIBAWA*
1. Kartu pegawai / KTP
2. Surat keterangan sehat dari Puskesmas atau klinik (maks. 7 hari sebelum tes) ⚠️
3. Pakaian olahraga + sepatu lari
4. Pakaian renang & handuk
5. Botol minum sendiri (panitia tidak sediakan air kemasan, demi kurangi sampah plastik ♻️)

⚠️ *PENTING*
❗ Personel yg kebetulan *giliran jaga* pada hari tes posnya *TIDAK* ikut hari itu ➡️ ikut di hari cadangan 30 April.
❗ Yg *hamil / pascaoperasi* cukup upload surat dokter ke e-BARA, tidak perlu datang.
❗ Jangan sarapan berat, cukup makan ringan min. 2 jam sebelum tes.
❗ Hasil tes diumumkan di e-BARA paling lambat *8 Mei 2026*.
❗ Redkar *tidak* ikut uji ini ya, khusus pegawai ASN 🙏

Ambang batas per usia & jenis kelamin sudah diupload di e-BARA (menu Pengumuman) 📊

Info lebih lanjut hubungi Ketua Panitia *dr. Sri Handayani Poli* / sekretariat panitia WA 0852-4190-6613 📲

Salam Damkar! _Pantang Pulang Sebelum Padam_ 💪🔥
"""

FAQ_TXT = """\
TANYA JAWAB (FAQ) PENGEMBANGAN KOMPETENSI PEGAWAI
Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana
Versi 3.1 - diperbarui 16 Maret 2026 (menggantikan versi 3.0 tanggal 5 Februari 2026)
Disusun oleh: Subbagian Umum dan Kepegawaian
Dokumen fiktif, untuk evaluasi.

Catatan perubahan versi 3.1: menyesuaikan jawaban sertifikasi (T7 dan T8) dengan Surat Edaran
Nomor 800.1.3/087/DAMKARMAT/2026 dan menambah pertanyaan T15 dan T16.

T1. Apa itu JP dan berapa menit satu JP?
J1. JP adalah jam pelajaran, satuan waktu pengembangan kompetensi. Satu JP setara 45 menit.

T2. Berapa target JP saya tahun ini?
J2. Target bergantung pada jabatan dan jenjang, lihat Tabel 2 Peraturan Kepala Dinas Nomor 4
    Tahun 2026. Contohnya Pemadam Kebakaran Terampil 28 JP dan PPPK 24 JP pada tahun 2026.
    Anda juga dapat melihat target pribadi di dasbor e-BARA.

T3. Bagaimana cara mengklaim JP dari webinar atau pelatihan di luar Dinas?
J3. Masuk ke e-BARA, pilih menu UKP (Unggah Kegiatan Pembelajaran), isi formulir, lalu unggah
    sertifikat dalam format PDF paling besar 2 MB. Batas unggah 30 hari kalender setelah
    kegiatan selesai. Verifikasi oleh Subbagian Umum dan Kepegawaian paling lama 5 hari kerja.

T4. Apakah ada batas JP dari kegiatan atas inisiatif sendiri?
J4. Ada. Paling banyak 30 JP per tahun. Webinar diakui 2 JP dengan batas 4 JP per kegiatan.

T5. Apakah Redkar di kelurahan kami bisa mengumpulkan JP?
J5. Tidak. Redkar bukan pegawai ASN sehingga kegiatan yang diikutinya tidak dicatat sebagai JP.
    Redkar yang menyelesaikan pelatihan mendapat Piagam Relawan.

T6. Kapan SIGAP Pos dilaksanakan dan berapa JP yang diakui?
J6. Setiap Rabu pukul 10.00-12.00 WITA di Pos Sektor masing-masing, 2 JP per sesi. Total JP
    dari SIGAP paling banyak 24 JP per tahun.

T7. Saya PPPK, apakah bisa ikut sertifikasi kompetensi yang dibiayai Dinas?
J7. Bisa, mulai tahun 2026. Surat Edaran tahun 2026 membuka fasilitasi untuk PNS dan PPPK,
    termasuk jenjang Pemula. Pendaftaran melalui e-BARA menu Sertifikasi, 14 April sampai
    15 Mei 2026.

T8. Berapa biaya sertifikasi yang ditanggung Dinas?
J8. Seluruhnya (100%), paling banyak Rp3.500.000 per orang. Ketentuan lama (50%, paling banyak
    Rp2.000.000) sudah tidak berlaku.

T9. Saya tidak lulus Uji Kesamaptaan. Apa yang harus saya lakukan?
J9. Ikuti program pembinaan jasmani selama 8 minggu, lalu uji ulang satu kali paling lambat
    60 hari setelah pengumuman hasil. Selama belum lulus Anda tidak dapat mengikuti PK-07,
    PK-09, dan PK-15.

T10. Saya sedang hamil. Apakah tetap wajib ikut Uji Kesamaptaan?
J10. Tidak. Unggah surat keterangan dokter ke e-BARA; Anda dikecualikan untuk tahun berjalan.

T11. Siapa yang bisa menjadi mentor KAWAL?
J11. Pemadam jenjang Mahir ke atas dengan masa kerja paling singkat 5 tahun, lulus Uji
     Kesamaptaan tahun terakhir, sudah mengikuti PK-23, dan tidak sedang menjalani hukuman
     disiplin sedang atau berat.

T12. Saya lupa kata sandi e-BARA.
J12. Gunakan tautan "Lupa Kata Sandi" di halaman masuk. Tautan atur ulang dikirim ke email
     terdaftar dan berlaku 30 menit. Jika email tidak lagi aktif, hubungi Helpdesk e-BARA.

T13. Saya dimutasi dari Pos Sektor II ke Pos Sektor VI di tengah tahun. Apakah JP saya hilang?
J13. Tidak. JP melekat pada pegawai, bukan pada pos. Minta admin e-BARA memindahkan unit kerja
     Anda agar capaian terbaca oleh Kepala Pos yang baru.

T14. Apakah latihan rutin regu dihitung JP?
J14. Ya, 2 JP per latihan dan paling banyak 16 JP per tahun, sepanjang tercatat dalam jadwal
     latihan rutin Pos Sektor dan daftar hadir diunggah Komandan Regu.

T15. Berapa hadiah Pos Tangguh?
J15. Pos Sektor terbaik menerima piala bergilir dan dana pembinaan Rp30.000.000. Pos Tangguh
     2025 diraih Pos Sektor IV Sungai Bening.

T16. Apakah sertifikasi kompetensi sekarang dihitung JP?
J16. Ya. Sejak Surat Edaran 2026, sertifikat kompetensi diakui 20 sampai 24 JP sesuai
     skemanya. Pada aturan tahun 2024 sertifikasi tidak dihitung JP.

Pertanyaan lain: Helpdesk e-BARA WA 0812-5530-7741 (Senin-Jumat 07.30-16.00 WITA).
"""

PANGGILAN_TXT = """\
PEMERINTAH KOTA TELUK SARANA
DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN
Jalan Laksamana Bintan Nomor 27, Teluk Sarana 78115, Telepon (0771) 440 2113
(Dokumen fiktif, untuk evaluasi)

Teluk Sarana, 3 Agustus 2026

Nomor    : 800.1.3/412/DAMKARMAT/2026
Sifat    : Segera
Lampiran : 1 (satu) berkas
Hal      : Panggilan Peserta Pelatihan Penyelamatan di Air Lanjutan Angkatan II Tahun 2026

Yth. Kepala Pos Sektor I, Pos Sektor III, Pos Sektor IV, dan Pos Sektor VI
di tempat

Berdasarkan Katalog Pelatihan Klasikal Tahun 2026 (PK-07), dengan hormat kami minta Saudara
menugaskan personel yang namanya tercantum di bawah ini untuk mengikuti Pelatihan Penyelamatan
di Air Lanjutan Angkatan II Tahun 2026 dengan ketentuan sebagai berikut.

Waktu    : Senin s.d. Jumat, 24-28 Agustus 2026 (5 hari, 40 JP)
Tempat   : Kolam Penyelamatan Air, Pusat Latihan Lapangan (Puslatlap), Jalan Trans Teluk
           Kilometer 12, Kelurahan Batu Ampar; praktik perairan terbuka di perairan Pulau Serai
Registrasi: Senin, 24 Agustus 2026, pukul 06.30 WITA di lobi Puslatlap

DAFTAR PESERTA (16 orang)
No  Nama                          Pos Sektor   Regu
1   Kornelius Ayomi               I            A
2   Muhammad Arsyad Djafar        I            A
3   Rudolf Tahapary               I            B
4   Santi Oktaviani Mointi        I            C
5   Irfan Maulana Katili          I            C
6   Gede Parwata                  III          A
7   Yohana Rumaropen              III          B
8   Ahmad Zulkifli Pagala         III          C
9   Syahrul Gunawan Dai           IV           A
10  Markus Kristian Wenda         IV           B
11  Nur Aisyah Hamzah             IV           B
12  Taufik Hidayatullah Bone      IV           C
13  Benediktus Lamanepa           VI           A
14  Risna Wulandari Talib         VI           A
15  Heru Prasetyo Djunaidi        VI           B
16  Alfian Ramadhan Puluhulawa    VI           C

JADWAL KEGIATAN
Hari I - Senin, 24 Agustus 2026
  06.30-07.30 WITA  Registrasi dan tes renang 200 meter gaya bebas (batas waktu 6 menit)
  07.30-08.00 WITA  Pembukaan oleh Kepala Bidang Operasi
  08.00-12.00 WITA  Teori: hidrologi arus, hipotermia, dan penilaian risiko penyelamatan air
  13.00-16.00 WITA  Praktik kolam: teknik berenang penyelamatan dan pelemparan tali

Hari II - Selasa, 25 Agustus 2026
  07.30-12.00 WITA  Praktik kolam dengan mesin arus: penyeberangan arus dan tali bentang
  13.00-16.00 WITA  Penggunaan papan penyelamat (rescue board) dan tandu apung

Hari III - Rabu, 26 Agustus 2026
  07.30-12.00 WITA  Pengoperasian perahu karet bermotor dan manuver dermaga
  13.00-16.00 WITA  Penyelamatan korban tidak sadar dan bantuan hidup dasar di air

Hari IV - Kamis, 27 Agustus 2026
  06.00 WITA        Berangkat dari Dermaga Pelabuhan Lama dengan kapal patroli Serai 01
  07.30-15.00 WITA  Praktik perairan terbuka di perairan Pulau Serai (pencarian pola, evakuasi
                    korban dari kapal terbalik)
  16.30 WITA        Tiba kembali di Dermaga Pelabuhan Lama

Hari V - Jumat, 28 Agustus 2026
  07.30-11.00 WITA  Ujian praktik (nilai lulus paling rendah 70)
  11.00-13.30 WITA  Istirahat dan salat Jumat
  13.30-14.30 WITA  Evaluasi dan penutupan oleh Kepala Dinas

KETENTUAN
1. Peserta dibebaskan dari giliran jaga selama 24-28 Agustus 2026; Kepala Pos Sektor menunjuk
   pengganti dari regu lain paling lambat 21 Agustus 2026.
2. Peserta wajib membawa sertifikat lulus PK-06 Penyelamatan di Air Dasar, surat keterangan sehat,
   pakaian renang, dan pakaian dinas lapangan. Pelampung (PFD) dan helm air disediakan panitia.
3. Peserta menerima uang transport Rp150.000 per hari dan konsumsi dua kali sehari.
4. Peserta dari luar Pos Sektor I dapat menginap di asrama Puslatlap dengan mendaftar kepada
   panitia paling lambat 19 Agustus 2026.
5. Peserta yang tidak lulus tes renang 200 meter pada hari pertama dipulangkan dan dapat
   didaftarkan kembali pada tahun berikutnya.

Narahubung panitia: Samuel Rumbiak (Koordinator Instruktur Penyelamatan Air), WA 0821-9934-0175.

a.n. Kepala Dinas Pemadam Kebakaran dan Penyelamatan
Kota Teluk Sarana
Kepala Bidang Operasi,

ttd.

Yohanes Kristianto Manuhutu, S.T.
NIP 19790405 200501 1 012

Tembusan:
1. Kepala Dinas Pemadam Kebakaran dan Penyelamatan (sebagai laporan);
2. Kepala UPT Pusat Latihan Lapangan;
3. Yang bersangkutan.
"""

PANDUAN_KAWAL_MD = """\
---
id: panduan-kawal-2026
title: Panduan Pelaksanaan KAWAL (Kawan Awal Lapangan) Tahun 2026
penerbit: Bidang Operasi, Dinas Pemadam Kebakaran dan Penyelamatan Kota Teluk Sarana
tanggal: 2026-02-05
versi: 1.0
catatan: Dokumen fiktif, untuk evaluasi.
---

# Panduan Pelaksanaan KAWAL Tahun 2026

Dokumen fiktif, untuk evaluasi.

Panduan ini ditetapkan Kepala Bidang Operasi sebagai aturan teknis Pasal 18 sampai Pasal 20
Peraturan Kepala Dinas Nomor 4 Tahun 2026. KAWAL (Kawan Awal Lapangan) mendampingi pemadam baru
berstatus CPNS atau PPPK selama **enam bulan pertama** di Pos Sektor.

## 1. Pihak yang terlibat

| Peran | Siapa | Tugas utama |
|---|---|---|
| Mentee | Pemadam baru (CPNS/PPPK) | Mengikuti pendampingan, mengisi logbook |
| Mentor | Pemadam Mahir/Penyelia di regu yang sama | Membimbing, memberi umpan balik, menilai |
| Komandan Regu | Danru regu mentee | Memastikan mentee dilibatkan dalam tugas jaga |
| Kepala Pos Sektor | Kepala pos tempat mentee ditempatkan | Mengusulkan mentor, memantau kemajuan |
| Koordinator KAWAL | Daniel Tuasikal, S.ST. | Memverifikasi logbook, menyusun laporan |

## 2. Tahapan pendampingan

1. **Bulan ke-1 (pengenalan):** pengenalan pos, WMK, kendaraan, dan peralatan; mentee belum
   boleh masuk ke ruang berasap tanpa didampingi mentor.
2. **Bulan ke-2 sampai ke-3 (pendampingan tugas):** mentee ikut respons kejadian sebagai anggota
   regu dengan pendampingan langsung mentor.
3. **Evaluasi tengah:** dilakukan pada akhir bulan ke-3 oleh mentor dan Kepala Pos Sektor.
4. **Bulan ke-4 sampai ke-6 (kemandirian):** mentee menjalankan tugas regu secara mandiri;
   mentor mengamati dan memberi umpan balik.
5. **Uji Tuntas KAWAL:** ujian praktik pada minggu terakhir bulan ke-6 di Puslatlap, meliputi
   penggelaran selang, penggunaan SCBA, dan simulasi penyelamatan korban.

## 3. Logbook

- Logbook diisi mentee di e-BARA (menu *KAWAL > Logbook*) **setiap minggu**, paling lambat
  hari **Jumat pukul 20.00 WITA**.
- Mentor memberi paraf elektronik paling lambat 3 hari setelah logbook diisi.
- Syarat kelulusan: paling sedikit **20 entri logbook** yang diparaf selama enam bulan.

## 4. Kelulusan dan pengakuan

- Mentee dinyatakan lulus KAWAL jika logbook memenuhi syarat dan nilai Uji Tuntas KAWAL paling
  rendah 70.
- Mentee yang belum lulus mengikuti perpanjangan pendampingan selama 2 bulan lalu uji
  ulang satu kali.
- Pengakuan JP: mentee **40 JP**, mentor **20 JP** per angkatan (sesuai Pasal 20 Perkadis).
- Honorarium mentor **Rp450.000 per bulan**, dibayar per triwulan setelah logbook diverifikasi.

## 5. Larangan

- Mentee tidak boleh ditugaskan sebagai operator pompa atau pengemudi kendaraan pemadam selama
  masa KAWAL.
- Mentor tidak boleh mendampingi lebih dari dua mentee.
- Mentor dan mentee tidak boleh dipisah ke regu berbeda tanpa persetujuan Kepala Bidang Operasi.

## 6. Kontak

Koordinator KAWAL: Daniel Tuasikal, S.ST. — WA 0813-4877-2250 (hari kerja 08.00–15.00 WITA).
"""

PROFIL_PUSLATLAP_MD = """\
# Profil Pusat Latihan Lapangan (Puslatlap) Damkarmat Teluk Sarana

Dokumen fiktif, untuk evaluasi.

Pusat Latihan Lapangan (Puslatlap) adalah UPT Dinas Pemadam Kebakaran dan Penyelamatan Kota
Teluk Sarana untuk latihan praktik pemadaman dan penyelamatan. Puslatlap berdiri di atas lahan
**3,2 hektare** di Jalan Trans Teluk Kilometer 12, Kelurahan Batu Ampar, sekitar 9 km dari
Markas Komando, dan diresmikan Wali Kota Teluk Sarana pada **14 Oktober 2023**.

## Pengelola

- Kepala UPT Puslatlap: Hendrik Pattiasina, S.ST.
- Instruktur tetap: 14 orang (termasuk 4 instruktur penyelamatan air)
- Koordinator Instruktur Penyelamatan Air: Samuel Rumbiak
- Admin pemesanan fasilitas: melalui e-BARA menu *Pesan Fasilitas*
- WhatsApp Puslatlap: 0811-5402-918

## Fasilitas utama

### Smoke House
Gedung 3 lantai dengan 9 ruangan yang bisa diatur tingkat asap dan panasnya. Dipakai untuk
PK-12 (SCBA) dan PK-03 (gedung bertingkat). Suhu ruang panas dibatasi paling tinggi 180 °C.

### Menara Latihan
Menara 5 lantai setinggi 18 meter untuk latihan tangga, tali, dan penyelamatan di ketinggian
(PK-08, PK-09, PK-15).

### Kolam Penyelamatan Air
Kolam 25 x 12 meter dengan kedalaman 1,2 sampai 4,5 meter dan mesin pembuat arus. Kolam ini
dipakai PK-06, PK-07, dan materi renang Uji Kesamaptaan. Kolam tidak dipakai setiap hari Senin
pukul 07.30–10.00 WITA karena jadwal pembersihan dan uji kualitas air.

### Lapangan Ekstrikasi dan Simulator
Lapangan berisi 10 bangkai kendaraan untuk latihan ekstrikasi (PK-10) dan simulator kebakaran
LPG dan kendaraan yang hanya dioperasikan instruktur.

### Ruang kelas dan asrama
- Ruang Kelas Cakalang (40 orang) dan Ruang Kelas Kerapu (30 orang)
- Asrama 40 tempat tidur (28 putra, 12 putri), diprioritaskan untuk peserta dari Pos Sektor V
  Pulau Serai dan peserta dari luar daerah
- Musala, kantin, dan ruang bilas

## Jam operasional

- Senin–Sabtu pukul 07.30–16.00 WITA
- Latihan malam sampai pukul 22.00 WITA dengan izin Kepala Bidang Operasi
- Minggu dan hari libur nasional tutup, kecuali untuk Uji Kesamaptaan atau kondisi darurat

## Capaian 2025

- 19 angkatan pelatihan klasikal dengan 412 peserta
- 126 sesi latihan rutin Pos Sektor
- 7 kali dipakai instansi lain dan badan usaha (antara lain Basarnas Pos Teluk Sarana dan PT
  Pelabuhan Selat Karimun), dengan penerimaan retribusi Rp58.500.000

## Tarif retribusi untuk pihak luar (Perda Kota Teluk Sarana Nomor 3 Tahun 2024)

| Fasilitas | Tarif |
|---|---|
| Smoke House | Rp2.500.000 per hari |
| Menara Latihan | Rp1.750.000 per hari |
| Kolam Penyelamatan Air | Rp1.500.000 per hari |
| Ruang Kelas Cakalang | Rp750.000 per hari |

Pegawai Dinas dan Redkar binaan Dinas tidak dikenakan tarif.
"""

HELPDESK_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Helpdesk e-BARA - Damkarmat Kota Teluk Sarana</title>
<style>body{font-family:sans-serif;max-width:960px;margin:auto} table{border-collapse:collapse}
td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<header>
<h1>Helpdesk e-BARA</h1>
<p>Elektronik Belajar Aparatur Rescue dan Api &mdash; Dinas Pemadam Kebakaran dan Penyelamatan
Kota Teluk Sarana. Alamat: <a href="https://ebara.damkarmat.teluksaranakota.go.id">ebara.damkarmat.teluksaranakota.go.id</a></p>
<p><em>Dokumen fiktif, untuk evaluasi.</em> Versi aplikasi e-BARA 3.2, halaman diperbarui 10 April 2026.</p>
</header>

<section id="jam-layanan">
<h2>Jam layanan helpdesk</h2>
<ul>
<li>Senin&ndash;Jumat: pukul 07.30&ndash;16.00 WITA</li>
<li>Sabtu: pukul 08.00&ndash;12.00 WITA (khusus gangguan akses saat Uji Kesamaptaan dan pelatihan)</li>
<li>Minggu dan hari libur: tutup; pesan dijawab pada hari kerja berikutnya</li>
<li>WhatsApp helpdesk: 0812-5530-7741 (chat saja, tidak menerima telepon)</li>
<li>Email: helpdesk.ebara@damkarmat.teluksaranakota.go.id</li>
<li>Admin e-BARA: Fikri Haikal Abubakar, S.Kom.</li>
</ul>
</section>

<section id="menu">
<h2>Menu utama e-BARA</h2>
<ol>
<li><strong>Dasbor</strong> &ndash; capaian JP pribadi dan target tahun berjalan.</li>
<li><strong>RPK</strong> &ndash; penyusunan Rencana Pengembangan Kompetensi tahunan.</li>
<li><strong>Kelas Daring</strong> &ndash; kursus mandiri; setiap modul yang selesai dengan nilai kuis paling rendah 70 langsung tercatat JP-nya.</li>
<li><strong>UKP (Unggah Kegiatan Pembelajaran)</strong> &ndash; pengajuan pengakuan JP dari kegiatan di luar Dinas.</li>
<li><strong>SIGAP</strong> &ndash; presensi SIGAP Pos dan SIGAP Akbar dengan memindai kode QR dari narasumber.</li>
<li><strong>KAWAL</strong> &ndash; logbook mentee dan paraf mentor.</li>
<li><strong>Sertifikasi</strong> &ndash; pendaftaran fasilitasi sertifikasi kompetensi (dibuka 14 April 2026).</li>
<li><strong>Pesan Fasilitas</strong> &ndash; pemesanan fasilitas Puslatlap oleh Pos Sektor.</li>
<li><strong>Pengumuman</strong> &ndash; jadwal pelatihan, ambang batas Uji Kesamaptaan, dan hasil seleksi.</li>
</ol>
</section>

<section id="ukp">
<h2>Cara mengajukan pengakuan JP lewat menu UKP</h2>
<ol>
<li>Masuk ke e-BARA dengan NIP (PNS) atau NI PPPK dan kata sandi.</li>
<li>Pilih menu <strong>UKP</strong>, lalu klik <em>Ajukan Baru</em>.</li>
<li>Isi nama kegiatan, penyelenggara, tanggal, dan jenis kegiatan (webinar, seminar, kursus, pelatihan, narasumber, magang).</li>
<li>Unggah sertifikat atau surat keterangan dalam format PDF, ukuran paling besar 2 MB.</li>
<li>Tulis ringkasan materi paling sedikit 150 kata.</li>
<li>Klik <em>Kirim</em>. Status berubah menjadi <em>Menunggu Verifikasi</em>.</li>
</ol>
<p>Pengajuan diverifikasi Subbagian Umum dan Kepegawaian paling lama 5 (lima) hari kerja. Pengajuan yang
diunggah lebih dari 30 hari kalender setelah kegiatan selesai otomatis ditolak sistem.</p>
</section>

<section id="masalah">
<h2>Masalah yang sering dilaporkan</h2>
<table>
<thead>
<tr><th>No</th><th>Masalah</th><th>Penyebab umum</th><th>Solusi</th><th>Target penyelesaian</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>Lupa kata sandi</td><td>-</td><td>Klik &quot;Lupa Kata Sandi&quot;; tautan atur ulang berlaku 30 menit</td><td>Mandiri</td></tr>
<tr><td>2</td><td>Akun belum aktif</td><td>Belum aktivasi lewat email undangan</td><td>Kirim NIP/NI PPPK ke WA helpdesk</td><td>1 hari kerja</td></tr>
<tr><td>3</td><td>JP pelatihan klasikal belum muncul</td><td>Daftar hadir belum diunggah panitia</td><td>Tunggu; JP klasikal dimasukkan panitia paling lambat 7 hari kerja setelah pelatihan</td><td>7 hari kerja</td></tr>
<tr><td>4</td><td>Presensi SIGAP gagal</td><td>Kode QR kedaluwarsa (berlaku 15 menit)</td><td>Minta narasumber menampilkan kode QR baru</td><td>Saat itu juga</td></tr>
<tr><td>5</td><td>Sertifikat kelas daring tidak bisa diunduh</td><td>Nilai kuis di bawah 70</td><td>Ulangi kuis; kesempatan paling banyak 3 kali</td><td>Mandiri</td></tr>
<tr><td>6</td><td>Unit kerja salah setelah mutasi</td><td>Data belum diperbarui</td><td>Kirim SK mutasi ke email helpdesk</td><td>3 hari kerja</td></tr>
<tr><td>7</td><td>Pengajuan UKP ditolak</td><td>Melewati 30 hari atau berkas tidak terbaca</td><td>Lihat alasan penolakan; berkas terbaca dapat diajukan ulang 1 kali</td><td>5 hari kerja</td></tr>
</tbody>
</table>
</section>

<section id="perangkat">
<h2>Persyaratan perangkat</h2>
<ul>
<li>Peramban Chrome, Edge, atau Firefox versi terbaru; aplikasi Android minimal versi 9.</li>
<li>Aplikasi e-BARA untuk iPhone belum tersedia; gunakan peramban Safari.</li>
<li>Presensi SIGAP memerlukan izin kamera untuk memindai kode QR.</li>
</ul>
</section>

<footer>
<p>&copy; 2026 Damkarmat Kota Teluk Sarana. Dokumen fiktif, untuk evaluasi.</p>
</footer>
</body>
</html>
"""

PLAIN = {
    "se-sertifikasi-kompetensi-2024.txt": SE2024_TXT,
    "broadcast-wa-uji-kesamaptaan-2026.txt": WA_TXT,
    "faq-pengembangan-kompetensi-damkarmat.txt": FAQ_TXT,
    "panggilan-air-lanjutan-angkatan-ii-2026.txt": PANGGILAN_TXT,
    "panduan-mentoring-kawal.md": PANDUAN_KAWAL_MD,
    "profil-pusat-latihan-lapangan.md": PROFIL_PUSLATLAP_MD,
    "helpdesk-ebara.html": HELPDESK_HTML,
}

# =========================================================================== CSV documents
AMBANG_HEADER = [
    "kelompok_usia",
    "jenis_kelamin",
    "lari_12_menit_min_meter",
    "push_up_1_menit_min",
    "sit_up_1_menit_min",
    "shuttle_run_maks_detik",
    "renang_25m_maks_detik",
    "keterangan",
]
_AMB = [  # usia, (L: lari, push, sit, shuttle, renang), (P: ...)
    ("18-25 tahun", (2400, 35, 40, "17,0", "30"), (2000, 25, 35, "19,0", "38")),
    ("26-30 tahun", (2300, 32, 38, "17,5", "32"), (1900, 23, 33, "19,5", "40")),
    ("31-35 tahun", (2200, 30, 35, "18,0", "34"), (1800, 21, 30, "20,0", "42")),
    ("36-40 tahun", (2100, 27, 32, "18,5", "36"), (1700, 19, 27, "20,5", "44")),
    ("41-45 tahun", (1950, 24, 28, "19,5", "39"), (1600, 17, 24, "21,5", "47")),
    ("46-50 tahun", (1800, 20, 24, "20,5", "42"), (1500, 14, 20, "22,5", "50")),
    ("51-55 tahun", (1650, 16, 20, "21,5", "46"), (1400, 11, 17, "23,5", "54")),
    (
        "56-58 tahun",
        (1500, 12, 16, "23,0", "tidak diwajibkan"),
        (1300, 9, 14, "25,0", "tidak diwajibkan"),
    ),
]


def ambang_rows():
    rows = []
    for usia, lk, pr in _AMB:
        for jk, v in (("Laki-laki", lk), ("Perempuan", pr)):
            ket = []
            if jk == "Perempuan":
                ket.append("push-up dengan lutut bertumpu")
            if usia == "56-58 tahun":
                ket.append(
                    "lari 12 menit boleh diganti jalan cepat 12 menit dengan jarak yang sama"
                )
            rows.append(
                [
                    usia,
                    jk,
                    str(v[0]),
                    str(v[1]),
                    str(v[2]),
                    v[3],
                    v[4],
                    "; ".join(ket) if ket else "-",
                ]
            )
    rows.append(
        [
            "Semua usia",
            "Semua",
            "-",
            "-",
            "-",
            "-",
            "-",
            "Nilai akhir lulus paling rendah 65, berlaku untuk Uji Kesamaptaan 13-29 April 2026",
        ]
    )
    return rows


KUOTA_HEADER = [
    "kode_pelatihan",
    "nama_pelatihan",
    "pos_sektor",
    "kuota_2026",
    "angkatan",
    "tanggal_angkatan",
    "catatan",
]
_KUOTA = [
    (
        "PK-03",
        "Pemadaman Kebakaran Gedung Bertingkat",
        [
            ("Pos Sektor I Tanjung Batu", 12, "I", "4-7 Mei 2026", "wajib sudah lulus PK-12"),
            ("Pos Sektor III Bukit Kelapa", 8, "I", "4-7 Mei 2026", "wajib sudah lulus PK-12"),
            (
                "Pos Sektor V Pulau Serai",
                4,
                "I",
                "4-7 Mei 2026",
                "menginap di asrama Puslatlap, berangkat H-1",
            ),
            (
                "Pos Sektor II Pelabuhan Lama",
                6,
                "II",
                "19-22 Oktober 2026",
                "wajib sudah lulus PK-12",
            ),
            (
                "Pos Sektor IV Sungai Bening",
                8,
                "II",
                "19-22 Oktober 2026",
                "wajib sudah lulus PK-12",
            ),
            (
                "Pos Sektor VI Karang Indah",
                10,
                "II",
                "19-22 Oktober 2026",
                "termasuk 2 kursi untuk Komandan Regu",
            ),
        ],
    ),
    (
        "PK-04",
        "Pemadaman Kebakaran Permukiman Padat",
        [
            (
                "Pos Sektor II Pelabuhan Lama",
                20,
                "I",
                "9-11 Maret 2026",
                "simulasi lapangan di RW 03, RW 04, dan RW 07 Kelurahan Pelabuhan Lama",
            ),
            (
                "Pos Sektor V Pulau Serai",
                10,
                "I",
                "9-11 Maret 2026",
                "menginap di asrama Puslatlap",
            ),
            ("Pos Sektor I Tanjung Batu", 14, "II", "15-17 Juni 2026", "-"),
            (
                "Pos Sektor IV Sungai Bening",
                16,
                "II",
                "15-17 Juni 2026",
                "prioritas personel yang belum pernah ikut PK-04",
            ),
            ("Pos Sektor III Bukit Kelapa", 12, "III", "7-9 September 2026", "-"),
            (
                "Pos Sektor VI Karang Indah",
                18,
                "III",
                "7-9 September 2026",
                "simulasi lapangan di Kampung Nelayan Karang Indah",
            ),
        ],
    ),
    (
        "PK-06",
        "Penyelamatan di Air Dasar",
        [
            ("Pos Sektor V Pulau Serai", 14, "I", "13-15 April 2026", "-"),
            ("Pos Sektor III Bukit Kelapa", 6, "I", "13-15 April 2026", "-"),
            ("Pos Sektor II Pelabuhan Lama", 12, "II", "20-22 Juli 2026", "-"),
            ("Pos Sektor VI Karang Indah", 8, "II", "20-22 Juli 2026", "-"),
            ("Pos Sektor I Tanjung Batu", 10, "III", "12-14 Oktober 2026", "-"),
            ("Pos Sektor IV Sungai Bening", 10, "III", "12-14 Oktober 2026", "-"),
        ],
    ),
    (
        "PK-07",
        "Penyelamatan di Air Lanjutan",
        [
            (
                "Pos Sektor V Pulau Serai",
                8,
                "I",
                "18-22 Mei 2026",
                "syarat lulus PK-06, tes renang 200 m maks. 6 menit",
            ),
            (
                "Pos Sektor II Pelabuhan Lama",
                8,
                "I",
                "18-22 Mei 2026",
                "syarat lulus PK-06, tes renang 200 m maks. 6 menit",
            ),
            (
                "Pos Sektor I Tanjung Batu",
                5,
                "II",
                "24-28 Agustus 2026",
                "syarat lulus PK-06, tes renang 200 m maks. 6 menit",
            ),
            (
                "Pos Sektor III Bukit Kelapa",
                3,
                "II",
                "24-28 Agustus 2026",
                "syarat lulus PK-06, tes renang 200 m maks. 6 menit",
            ),
            (
                "Pos Sektor IV Sungai Bening",
                4,
                "II",
                "24-28 Agustus 2026",
                "syarat lulus PK-06, tes renang 200 m maks. 6 menit",
            ),
            (
                "Pos Sektor VI Karang Indah",
                4,
                "II",
                "24-28 Agustus 2026",
                "syarat lulus PK-06, tes renang 200 m maks. 6 menit",
            ),
        ],
    ),
    (
        "PK-12",
        "Penggunaan Alat Pelindung Pernapasan (SCBA) di Smoke House",
        [
            (
                "Pos Sektor I Tanjung Batu",
                24,
                "I",
                "2-3 Februari 2026",
                "bawa SCBA pos, masker, dan tabung cadangan",
            ),
            (
                "Pos Sektor II Pelabuhan Lama",
                12,
                "II",
                "6-7 April 2026",
                "bawa SCBA pos, masker, dan tabung cadangan",
            ),
            ("Pos Sektor V Pulau Serai", 12, "II", "6-7 April 2026", "SCBA dipinjamkan Puslatlap"),
            (
                "Pos Sektor III Bukit Kelapa",
                12,
                "III",
                "3-4 Agustus 2026",
                "bawa SCBA pos, masker, dan tabung cadangan",
            ),
            (
                "Pos Sektor IV Sungai Bening",
                12,
                "III",
                "3-4 Agustus 2026",
                "bawa SCBA pos, masker, dan tabung cadangan",
            ),
            (
                "Pos Sektor VI Karang Indah",
                24,
                "IV",
                "2-3 November 2026",
                "bawa SCBA pos, masker, dan tabung cadangan",
            ),
        ],
    ),
]


def kuota_rows():
    rows = []
    for kode, nama, items in _KUOTA:
        for pos, kuota, angk, tgl, cat in items:
            rows.append([kode, nama, pos, str(kuota), f"Angkatan {angk}", tgl, cat])
    return rows


REKAP_HEADER = [
    "no",
    "nama",
    "nip_ni_pppk",
    "status",
    "jabatan",
    "jenjang",
    "unit_kerja",
    "regu",
    "jp_klasikal",
    "jp_sigap",
    "jp_latihan_rutin",
    "jp_kelas_daring",
    "jp_luar_dinas",
    "total_jp_2025",
    "target_jp_2025",
    "memenuhi_target",
]
# nama, nip, status, jabatan, jenjang, unit, regu, klasikal, sigap, rutin, daring, luar, target
_REKAP = [
    (
        "Yakobus Wanma",
        "198107142006041003",
        "PNS",
        "Pemadam Kebakaran",
        "Penyelia",
        "Pos Sektor I",
        "A",
        16,
        8,
        6,
        3.5,
        4,
        24,
    ),
    (
        "Abdul Gafur Tuanaya",
        "198603022010011007",
        "PNS",
        "Pemadam Kebakaran",
        "Mahir",
        "Pos Sektor I",
        "B",
        16,
        6,
        4,
        2,
        0,
        24,
    ),
    (
        "Kornelius Ayomi",
        "199209182019031002",
        "PNS",
        "Pemadam Kebakaran",
        "Terampil",
        "Pos Sektor I",
        "A",
        24,
        4,
        4,
        1.5,
        2,
        20,
    ),
    (
        "Santi Oktaviani Mointi",
        "199511072020122005",
        "PNS",
        "Pemadam Kebakaran",
        "Terampil",
        "Pos Sektor I",
        "C",
        0,
        6,
        4,
        4.5,
        0,
        20,
    ),
    (
        "Agustinus Rumbewas",
        "197808252003121004",
        "PNS",
        "Kepala Pos Sektor",
        "Pengawas",
        "Pos Sektor I",
        "-",
        8,
        4,
        0,
        3,
        6,
        20,
    ),
    (
        "La Ode Muhammad Ridwan",
        "198512192009031005",
        "PNS",
        "Pemadam Kebakaran",
        "Mahir",
        "Pos Sektor II",
        "A",
        16,
        2,
        4,
        0,
        0,
        24,
    ),
    (
        "Stevanus Rumagit",
        "198004112005011006",
        "PNS",
        "Pemadam Kebakaran",
        "Penyelia",
        "Pos Sektor II",
        "C",
        16,
        4,
        6,
        2.5,
        4,
        24,
    ),
    (
        "Fitriani Usman Bahmid",
        "199808232023212014",
        "PPPK",
        "Pemadam Kebakaran",
        "Pemula",
        "Pos Sektor II",
        "B",
        0,
        6,
        4,
        1.5,
        0,
        20,
    ),
    (
        "Ketut Arya Wibawa",
        "198711232011011004",
        "PNS",
        "Pemadam Kebakaran",
        "Mahir",
        "Pos Sektor III",
        "B",
        24,
        6,
        6,
        0,
        2,
        24,
    ),
    (
        "Gede Parwata",
        "199306142019031006",
        "PNS",
        "Pemadam Kebakaran",
        "Terampil",
        "Pos Sektor III",
        "A",
        16,
        4,
        4,
        2,
        0,
        20,
    ),
    (
        "Yohana Rumaropen",
        "199602282020122009",
        "PNS",
        "Pemadam Kebakaran",
        "Terampil",
        "Pos Sektor III",
        "B",
        8,
        4,
        4,
        0,
        0,
        20,
    ),
    (
        "Yosef Kolo",
        "198409052009031008",
        "PNS",
        "Pemadam Kebakaran",
        "Mahir",
        "Pos Sektor III",
        "C",
        16,
        2,
        4,
        1.5,
        0,
        24,
    ),
    (
        "Hasnah Daeng Puji",
        "198702172010012003",
        "PNS",
        "Pemadam Kebakaran",
        "Mahir",
        "Pos Sektor IV",
        "A",
        32,
        8,
        8,
        4.5,
        6,
        24,
    ),
    (
        "Ferdinand Manoppo",
        "197912302004121002",
        "PNS",
        "Pemadam Kebakaran",
        "Penyelia",
        "Pos Sektor IV",
        "B",
        24,
        8,
        6,
        3,
        2,
        24,
    ),
    (
        "Markus Kristian Wenda",
        "199410102019031004",
        "PNS",
        "Pemadam Kebakaran",
        "Terampil",
        "Pos Sektor IV",
        "B",
        24,
        6,
        6,
        2.5,
        0,
        20,
    ),
    (
        "Nur Aisyah Hamzah",
        "199705222021212011",
        "PPPK",
        "Pemadam Kebakaran",
        "Terampil",
        "Pos Sektor IV",
        "B",
        16,
        6,
        4,
        1,
        0,
        20,
    ),
    (
        "Samuel Rumbiak",
        "198305262008011005",
        "PNS",
        "Pemadam Kebakaran",
        "Mahir",
        "Pos Sektor V",
        "A",
        24,
        2,
        6,
        2,
        4,
        24,
    ),
    (
        "Marthen Luther Sabono",
        "197611092002121003",
        "PNS",
        "Kepala Pos Sektor",
        "Pengawas",
        "Pos Sektor V",
        "-",
        0,
        2,
        0,
        6,
        4,
        20,
    ),
    (
        "Jeane Paulina Tuhumury",
        "199901042023212008",
        "PPPK",
        "Pemadam Kebakaran",
        "Pemula",
        "Pos Sektor V",
        "C",
        0,
        2,
        4,
        3.5,
        0,
        20,
    ),
    (
        "Muhammad Yamin Latuconsina",
        "198106152006041011",
        "PNS",
        "Pemadam Kebakaran",
        "Penyelia",
        "Pos Sektor VI",
        "B",
        16,
        6,
        6,
        2,
        0,
        24,
    ),
    (
        "Wayan Sudarsana",
        "198808132011011009",
        "PNS",
        "Pemadam Kebakaran",
        "Mahir",
        "Pos Sektor VI",
        "C",
        16,
        4,
        4,
        0,
        0,
        24,
    ),
    (
        "Risna Wulandari Talib",
        "199512242020122007",
        "PNS",
        "Pemadam Kebakaran",
        "Terampil",
        "Pos Sektor VI",
        "A",
        16,
        4,
        6,
        1.5,
        2,
        20,
    ),
    (
        "Nurhalimah Bachmid",
        "198204202006042008",
        "PNS",
        "Kepala Pos Sektor",
        "Pengawas",
        "Pos Sektor VI",
        "-",
        8,
        4,
        0,
        4,
        2,
        20,
    ),
    (
        "Adriana Sumampouw",
        "198910012014032005",
        "PNS",
        "Inspektur Kebakaran",
        "Ahli Pertama",
        "Bidang Pencegahan",
        "-",
        40,
        0,
        0,
        6.5,
        4,
        20,
    ),
    (
        "Rahmat Saleh Hulopi",
        "198207092007011012",
        "PNS",
        "Inspektur Kebakaran",
        "Ahli Muda",
        "Bidang Pencegahan",
        "-",
        16,
        0,
        0,
        2,
        6,
        24,
    ),
    (
        "Dewi Kartika Mamonto",
        "199103172015032006",
        "PNS",
        "Analis Kebakaran",
        "Ahli Pertama",
        "Bidang Operasi",
        "-",
        32,
        2,
        0,
        3,
        2,
        20,
    ),
    (
        "Maria Goreti Lewerissa",
        "198511282010012009",
        "PNS",
        "Analis Kebakaran",
        "Ahli Muda",
        "Bidang Operasi",
        "-",
        16,
        6,
        0,
        1.5,
        8,
        24,
    ),
    (
        "Fikri Haikal Abubakar",
        "199406122022211006",
        "PPPK",
        "Pranata Komputer",
        "Terampil",
        "Subbagian Umum dan Kepegawaian",
        "-",
        12,
        2,
        0,
        7.5,
        4,
        20,
    ),
    (
        "Yuliana Paembonan",
        "199207302019032011",
        "PNS",
        "Pengadministrasi Kepegawaian",
        "-",
        "Subbagian Umum dan Kepegawaian",
        "-",
        12,
        2,
        0,
        5,
        0,
        20,
    ),
    (
        "Hendrik Pattiasina",
        "197705152003121007",
        "PNS",
        "Kepala UPT Puslatlap",
        "Pengawas",
        "Puslatlap",
        "-",
        24,
        4,
        0,
        2,
        6,
        20,
    ),
]


def dec(x):
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s.replace(".", ",")


def rekap_rows():
    rows = []
    totals = []
    for i, r in enumerate(_REKAP):
        nama, nip, st, jab, jj, unit, regu, kl, sg, ru, dr, lu, tg = r
        total = kl + sg + ru + dr + lu
        totals.append(total)
        rows.append(
            [
                str(i + 1),
                nama,
                nip,
                st,
                jab,
                jj,
                unit,
                regu,
                dec(kl),
                dec(sg),
                dec(ru),
                dec(dr),
                dec(lu),
                dec(total),
                str(tg),
                "Ya" if total >= tg else "Tidak",
            ]
        )
    avg = sum(totals) / len(totals)
    n_ok = sum(1 for r in rows if r[-1] == "Ya")
    rows.append(
        [
            "",
            f"Rata-rata {len(rows)} pegawai dalam rekap ini",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            dec(round(avg, 1)),
            "",
            f"{n_ok} dari {len(rows)} memenuhi",
        ]
    )
    return rows


JADWAL_HEADER = [
    "no",
    "tanggal",
    "pos_sektor",
    "regu",
    "jenis_latihan",
    "waktu",
    "lokasi",
    "pendamping",
    "catatan",
]
JADWAL = [
    [
        "1",
        "Kamis, 2 April 2026",
        "Pos Sektor I",
        "Regu B",
        "Penggelaran selang dan hidran kota",
        "09.00-11.00 WITA",
        "Halaman Markas Komando",
        "Komandan Regu B",
        "Bawa 4 gulung selang 2,5 inci, kunci hidran, dan nozzle",
    ],
    [
        "2",
        "Selasa, 7 April 2026",
        "Pos Sektor II",
        "Regu A",
        "Pemadaman kebakaran kapal di dermaga",
        "15.30-17.30 WITA",
        "Dermaga Pelabuhan Lama",
        "Instruktur Puslatlap",
        "Koordinasi dengan KSOP;\nkapal latih disediakan PT Pelabuhan Selat Karimun",
    ],
    [
        "3",
        "Kamis, 9 April 2026",
        "Pos Sektor III",
        "Regu C",
        "Evakuasi korban dari lereng",
        "09.00-11.00 WITA",
        "Bukit Kelapa, Jalan Poros Km 6",
        "Kepala Pos Sektor III",
        "Bawa tandu, tali statik 50 m, dan harnes",
    ],
    [
        "4",
        "Senin, 4 Mei 2026",
        "Pos Sektor IV",
        "Regu C",
        "Penanganan kebocoran LPG rumah tangga",
        "09.00-11.00 WITA",
        "Lapangan Puslatlap (Simulator LPG)",
        "Instruktur Puslatlap",
        "Dipesan via e-BARA, menu Pesan Fasilitas",
    ],
    [
        "5",
        "Rabu, 6 Mei 2026",
        "Pos Sektor V",
        "Regu B",
        "Penyelamatan korban tenggelam",
        "15.30-17.30 WITA",
        "Pantai Barat Pulau Serai",
        "Samuel Rumbiak",
        "Pakai pelampung, rescue tube, dan perahu karet pos",
    ],
    [
        "6",
        "Jumat, 8 Mei 2026",
        "Pos Sektor VI",
        "Regu A",
        "Pemadaman kebakaran permukiman padat",
        "09.00-11.00 WITA",
        "Kampung Nelayan Karang Indah",
        "Kepala Pos Sektor VI",
        "Libatkan Redkar Kelurahan Karang Indah,\nmaks. 10 orang",
    ],
    [
        "7",
        "Selasa, 12 Mei 2026",
        "Pos Sektor I",
        "Regu C",
        "SCBA dan pencarian korban di ruang gelap",
        "09.00-11.00 WITA",
        "Smoke House Puslatlap",
        "Instruktur Puslatlap",
        "Tabung SCBA diisi penuh sehari sebelumnya",
    ],
    [
        "8",
        "Kamis, 14 Mei 2026",
        "Pos Sektor II",
        "Regu B",
        "Evakuasi hewan (ular dan biawak)",
        "15.30-17.30 WITA",
        "Halaman Pos Sektor II",
        "Mitra BKSDA Seksi Teluk Sarana",
        "Gunakan penjepit ular, karung goni, dan sarung tangan tebal",
    ],
    [
        "9",
        "Sabtu, 16 Mei 2026",
        "Gabungan Pos I, II, III, IV, V, VI",
        "Regu jaga masing-masing pos",
        "Latihan gabungan kebakaran gedung bertingkat",
        "07.30-11.30 WITA",
        "Menara Latihan Puslatlap",
        "Kepala Bidang Operasi",
        "Latihan gabungan Triwulan II;\nsetiap pos mengirim 1 unit kendaraan dan 6 personel",
    ],
    [
        "10",
        "Selasa, 19 Mei 2026",
        "Pos Sektor III",
        "Regu A",
        "Ekstrikasi korban kecelakaan kendaraan",
        "09.00-11.00 WITA",
        "Lapangan Ekstrikasi Puslatlap",
        "Instruktur Puslatlap",
        "Peralatan hidrolik dibawa dari Pos Sektor I",
    ],
    [
        "11",
        "Kamis, 21 Mei 2026",
        "Pos Sektor IV",
        "Regu A",
        "Penggelaran tangga dan ventilasi atap",
        "15.30-17.30 WITA",
        "Halaman Pos Sektor IV",
        "Komandan Regu A",
        "Tangga 10,5 m dan gergaji mesin",
    ],
    [
        "12",
        "Selasa, 2 Juni 2026",
        "Pos Sektor V",
        "Regu A",
        "Pemadaman kebakaran kapal kayu nelayan",
        "09.00-11.00 WITA",
        "Dermaga Pulau Serai",
        "Kepala Pos Sektor V",
        "Pompa portabel dan selang 1,5 inci",
    ],
    [
        "13",
        "Kamis, 4 Juni 2026",
        "Pos Sektor VI",
        "Regu C",
        "Pertolongan pertama dan RJP",
        "15.30-17.30 WITA",
        "Aula Pos Sektor VI",
        "dr. Sri Handayani Poli",
        "Manekin RJP dipinjam dari Puskesmas Karang Indah",
    ],
    [
        "14",
        "Selasa, 9 Juni 2026",
        "Pos Sektor I",
        "Regu A",
        "Operasional mobil tangga 32 meter",
        "09.00-11.00 WITA",
        "Menara Latihan Puslatlap",
        "Instruktur Puslatlap",
        "Khusus operator lulusan PK-14;\npeserta lain mengamati",
    ],
    [
        "15",
        "Kamis, 11 Juni 2026",
        "Pos Sektor II",
        "Regu C",
        "Komunikasi radio saat insiden",
        "09.00-11.00 WITA",
        "Pusat Komando 112",
        "Kepala Seksi Pusat Komando",
        "Gunakan kanal latihan 7, bukan kanal operasi",
    ],
    [
        "16",
        "Selasa, 16 Juni 2026",
        "Pos Sektor III",
        "Regu B",
        "Pemadaman kebakaran lahan dan semak",
        "15.30-17.30 WITA",
        "Lahan kosong Bukit Kelapa Km 5",
        "Komandan Regu B",
        "Bawa pompa punggung, gepyok, dan cangkul",
    ],
    [
        "17",
        "Kamis, 18 Juni 2026",
        "Pos Sektor IV",
        "Regu B",
        "Penyelamatan korban banjir",
        "09.00-11.00 WITA",
        "Sungai Bening (Jembatan Dua)",
        "Instruktur penyelamatan air Puslatlap",
        "Wajib PFD;\nhanya personel yang lulus renang Uji Kesamaptaan 2026",
    ],
    [
        "18",
        "Senin, 22 Juni 2026",
        "Pos Sektor VI",
        "Regu B",
        "Inspeksi hidran dan titik air WMK Karang Indah",
        "09.00-11.00 WITA",
        "Wilayah WMK Karang Indah",
        "Kepala Pos Sektor VI",
        "Catat hidran rusak di formulir, kirim ke Bidang Sarana",
    ],
]

CSVS = {
    "ambang-uji-kesamaptaan-2026.csv": (AMBANG_HEADER, ambang_rows, ","),
    "kuota-pelatihan-pos-sektor-2026.csv": (KUOTA_HEADER, kuota_rows, ","),
    "rekap-jp-pegawai-2025.csv": (REKAP_HEADER, rekap_rows, ";"),
    "jadwal-latihan-rutin-pos-tw2-2026.csv": (JADWAL_HEADER, lambda: JADWAL, ","),
}


# =========================================================================== main and check
def text_of(name):
    return to_text(DOCS[name][1])


def load_documents():
    return shared_load_documents(DOCS, OUT)


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check_question_set(os.path.join(HERE, "questions_agency_j.yaml"), DOCS, OUT, "j") else 1)
    if "--text" in argv:
        print_texts(DOCS, [a for a in argv if a != "--text"])
        return
    write_documents(OUT, DOCS, PLAIN)
    for fname, (header, rows, delim) in CSVS.items():
        write_csv(os.path.join(OUT, fname), header, rows(), delimiter=delim)
        print(f"wrote {fname}")


if __name__ == "__main__":
    main(sys.argv[1:])
