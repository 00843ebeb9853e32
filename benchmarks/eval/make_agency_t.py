#!/usr/bin/env python3
"""Generate the documents of the fictional "agency T" evaluation set.

Agency T: Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) Kabupaten Sekar Lintang,
Provinsi Rantau Biru (fictional; capital Kota Lintang Raya; WIB). Staff: JF Pranata Komputer,
JF Statistisi, JF Pranata Hubungan Masyarakat, JF Sandiman, structural officials, PPPK (full and
part time), the UPTD Lintang Command Center (LCC, emergency line 112, three shifts) with call-takers
who are PNS/PPPK and outsourced operators (PT Mitra Suara Nusantara, not ASN), honorary support
staff and student interns (not ASN, no JP). In-house catalogue "Akademi Digital Lintang" (ADL-01..
ADL-22) on the LMS "LINTANG BELAJAR"; mentoring programme SULUH (pemandu / pembelajar, forms
SLH-1, SLH-2, SLH-3, SLH-3P); post-training report policy KLPP (forms LPP-1, LPP-1N, LPP-2, LPP-3,
LPP-4; not the finance forms LPJ-1 / LPJ-2) kept as a versioned changelog (v1.0, v1.1, v1.2 in
force, v1.3 draft); internal certification SKI-PKI (Keputusan 800.1.13/0412/DKIS/2026, which
revokes Keputusan 045.2/117/DKI/2023 of the former Dinas Komunikasi dan Informatika); minutes of
22 Juli 2026 that move dates, venues, a deadline and quotas. Everything is fictional ("Dokumen
fiktif, untuk evaluasi.").

Document shapes (none used by earlier sets):
  peraturan-kadis-pengembangan-kompetensi-2026.pdf   regulation BAB / Bagian / Pasal / ayat, folio
                                                     pages, running header "- n -", footnotes,
                                                     paraf box in the footer, lampiran tables
  jdih-keputusan-sertifikasi-ski-pki-2026.html       JDIH page: metadata table, diktum, lampiran
                                                     table with rowspan / colspan (NEW rule)
  salinan-keputusan-operator-sandi-2023.pdf          typewritten "SALINAN" (Courier), numbers as
                                                     "2 (dua)" (OLD rule, revoked)
  notulen-rapat-tim-pengembangan-kompetensi-22-juli-2026.docx  narrative minutes: changes in prose
  nota-dinas-uji-ski-pki-gelombang-ii-2026.txt       plain-text nota dinas, "Key : value" header
  kebijakan-laporan-pasca-pelatihan-klpp.md          versioned policy / changelog v1.0..v1.3
  proyeksi-kebutuhan-pengembangan-kompetensi-2025-2027.docx  row headings x years, two-row header,
                                                     nested table
  anggaran-pengembangan-kompetensi-2026.xlsx         merged headers, formula totals with cached
                                                     values, per-class sheet
  log-jp-pegawai-semester-i-2026.csv                 long format: one row per person per activity
  tiket-helpdesk-lintang-belajar-2026.csv            ticket export, quoted multi-line cells
  kanal-telegram-info-bangkom.html                   Telegram channel export (messages.html)
  kartu-katalog-akademi-digital-lintang-2026.docx    one key/value card (table) per course
  formulir-slh-2-catatan-sesi-suluh.docx             form template + filled-in example
  rekap-jp-bulanan-uptd-lcc-semester-i-2026.pdf      scanned-looking monthly JP sheet with stamp
                                                     and handwritten correction
  buku-saku-suluh-angkatan-ii-2026.pdf               A5 booklet with boxed call-outs
  linimasa-bangkom-semester-ii-2026.html             timeline (<ol> with <time>), July version
  wiki-onboarding-tim-lcc.md                         wiki page with checklists "- [ ]"

Usage:
  python make_agency_t.py              # write all documents
  python make_agency_t.py --text       # text of every document (as extracted from the files)
  python make_agency_t.py --text NAME  # only the document whose file stem is NAME
  python make_agency_t.py --check      # check questions_agency_t.yaml against the documents
"""

import csv
import datetime
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agency_t")
QUESTIONS = os.path.join(HERE, "questions_agency_t.yaml")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 11, 30, 8, 0, tzinfo=datetime.UTC)

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def D(s):
    return datetime.date.fromisoformat(s)


def tgl(s, hari=True):
    """'2026-09-22' -> 'Selasa, 22 September 2026' (or without the day name)."""
    d = D(s) if isinstance(s, str) else s
    t = f"{d.day} {BULAN[d.month - 1]} {d.year}"
    return f"{HARI[d.weekday()]}, {t}" if hari else t


def rentang(a, b, dash="–", hari=True):
    """('2026-09-22', '2026-09-23') -> 'Selasa–Rabu, 22–23 September 2026'."""
    x, y = D(a), D(b)
    if x == y:
        return tgl(a, hari)
    hh = f"{HARI[x.weekday()]}{dash}{HARI[y.weekday()]}, " if hari else ""
    if x.month == y.month:
        return f"{hh}{x.day}{dash}{y.day} {BULAN[x.month - 1]} {x.year}"
    return f"{hh}{x.day} {BULAN[x.month - 1]}{dash}{y.day} {BULAN[y.month - 1]} {y.year}"


def rp(n):
    """1250000 -> 'Rp1.250.000'."""
    return "Rp" + f"{n:,}".replace(",", ".")


def ribuan(n):
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------- the agency
KAB = "Kabupaten Sekar Lintang"
PROV = "Provinsi Rantau Biru"
IBUKOTA = "Lintang Raya"
DINAS = "Dinas Komunikasi, Informatika dan Statistik Kabupaten Sekar Lintang"
DINAS_LAMA = "Dinas Komunikasi dan Informatika Kabupaten Sekar Lintang"
KANTOR = "Jalan Merpati Putih Nomor 8, Lintang Raya 78123"
GEDUNG_LCC = "Gedung Lintang Command Center, Jalan Veteran Nomor 21, Lintang Raya"
DOMAIN = "diskominfotik.sekarlintang.contoh"
LMS = "LINTANG BELAJAR"
LMS_URL = "belajar.diskominfotik.sekarlintang.contoh"
EMAIL_KEPEG = "kepegawaian@diskominfotik.sekarlintang.contoh"
EMAIL_HELPDESK = "helpdesk.belajar@diskominfotik.sekarlintang.contoh"
EMAIL_SANDI = "persandian@diskominfotik.sekarlintang.contoh"
TELP = "(0561) 730-412"

KADIS = "Ir. Bambang Sutejo Wicaksono, M.T."
KADIS_NIP = "19720308 199803 1 004"
KADIS_LAMA = "Drs. H. Syamsul Bahri, M.Si."
KADIS_LAMA_NIP = "19650112 198903 1 007"
SEKRETARIS = "Dra. Nining Kurniasih, M.Si."
SEKRETARIS_NIP = "19740922 200003 2 002"
KASUBAG_UK = "Teguh Prasetyo Adi, S.Sos."
KASUBAG_PK = "Maya Anggraeni, S.E., M.Ak."
ANALIS_SDM = "Dewi Ratnasari, S.Psi."
KABID_APTIKA = "Rizal Fahmi Hasibuan, S.Kom., M.Kom."
KABID_INFRA = "Yudi Hermawan, S.T."
KABID_IKP = "Larasati Widyaningrum, S.I.Kom., M.Si."
KABID_STAT = "Dr. Hendra Saputra Lubis, S.Si., M.Stat."
KABID_SANDI = "Agung Nugroho Setiawan, S.ST., M.T."
KABID_SANDI_NIP = "19800517 200212 1 003"
KA_LCC = "Sri Mulyani Hartati, S.Kom."
KA_LCC_NIP = "19820704 200604 2 011"
KOORD_SULUH = "Ahmad Fauzan Siregar, S.Kom., M.T.I."
ADMIN_LMS = "Fajar Ramadhan, S.Kom."
KETUA_PENGUJI = "Wahyu Kurniawan, S.ST."
PENGUJI_2 = "Citra Ayu Lestari, S.T."
PENGUJI_3 = "Yohanes Bria Seran, S.Kom., M.Cs."
ASESOR_EKS = "Ir. Markus Tanoto, M.Kom."
KOORD_SHIFT = "Rina Oktaviani, A.Md.Kom."
KASI_PERSANDIAN = "Bonifasius Lado, S.ST."
KASI_KAMINFO = "Hesti Purnamasari, S.Kom."
KASI_MEDIA = "Galih Prakoso, S.Sos."

WA_KEPEG = "0812-5310-4476"
WA_HELPDESK = "0813-5220-9184"
WA_SULUH = "0812-5531-7720"
WA_SANDI = "0813-4490-2275"
WA_SHIFT = "0821-5408-6613"
WA_LCC = "0852-4512-0098"

AULA = "Aula Rangkong lantai 1"
LAB_KOM = "Laboratorium Komputer lantai 3"
LAB_SANDI = "Laboratorium Sandi lantai 2"
KELAS_DATA = "Ruang Kelas Data lantai 3"
MEDIA_CENTER = "Media Center lantai 1"
KELAS_LCC = "Ruang Kelas LCC lantai 2"
GSB = "Gedung Serbaguna Lintang Raya"

ALIH_DAYA = "PT Mitra Suara Nusantara"
POLTEK = "Politeknik Negeri Lintang Raya"

PERKADIS_NO = "Nomor 4 Tahun 2026"
KEP_BARU = "800.1.13/0412/DKIS/2026"
KEP_LAMA = "045.2/117/DKI/2023"
ND_NO = "800.1.13/0571/DKIS/2026"


# --------------------------------------------------------------------------- catalogue
# code, name, competency type, target group, JP, method, sessions [(label, start, end)], venue,
# quota, prerequisite, open to non-ASN, unit in charge
KATALOG = [
    (
        "ADL-01",
        "Orientasi Tugas Diskominfotik bagi Pegawai Baru",
        "sosial kultural",
        "CPNS, PPPK penuh waktu, PPPK paruh waktu, dan pegawai mutasi masuk",
        12,
        "klasikal",
        [("Angkatan I", "2026-01-20", "2026-01-21"), ("Angkatan II", "2026-07-14", "2026-07-15")],
        AULA,
        "30",
        "-",
        "tidak",
        "Subbagian Umum dan Kepegawaian",
    ),
    (
        "ADL-02",
        "Etika Digital dan Budaya Kerja BerAKHLAK",
        "sosial kultural",
        "seluruh pegawai, tenaga pendukung non-ASN, dan peserta magang",
        6,
        "e-learning mandiri",
        [("Kelas terbuka", "2026-01-05", "2026-11-30")],
        "LINTANG BELAJAR",
        "tidak dibatasi",
        "-",
        "ya",
        "Subbagian Umum dan Kepegawaian",
    ),
    (
        "ADL-03",
        "Administrasi Server Linux Dasar",
        "teknis",
        "Pranata Komputer Terampil, Mahir, dan Ahli Pertama",
        24,
        "klasikal + praktik",
        [("Angkatan I", "2026-02-10", "2026-02-12"), ("Angkatan II", "2026-08-11", "2026-08-13")],
        LAB_KOM,
        "16",
        "-",
        "tidak",
        "Bidang Infrastruktur dan Teknologi Informasi",
    ),
    (
        "ADL-04",
        "Administrasi Server Linux Lanjutan",
        "teknis",
        "Pranata Komputer Ahli Pertama dan Ahli Muda",
        24,
        "klasikal + praktik",
        [("Angkatan I", "2026-05-05", "2026-05-07")],
        LAB_KOM,
        "16",
        "ADL-03",
        "tidak",
        "Bidang Infrastruktur dan Teknologi Informasi",
    ),
    (
        "ADL-05",
        "Pengembangan Aplikasi Web yang Aman (Secure Coding)",
        "teknis",
        "Pranata Komputer pengembang aplikasi",
        30,
        "blended (6 JP daring + 24 JP klasikal)",
        [("Angkatan I", "2026-03-09", "2026-03-12"), ("Angkatan II", "2026-10-19", "2026-10-22")],
        "Zoom (hari pertama) dan " + LAB_KOM,
        "20",
        "-",
        "tidak",
        "Bidang Aplikasi dan Tata Kelola Informatika",
    ),
    (
        "ADL-06",
        "Manajemen Layanan TI (ITSM) Dasar",
        "teknis",
        "Pranata Komputer dan petugas helpdesk",
        12,
        "daring (Zoom)",
        [("Angkatan I", "2026-04-14", "2026-04-15")],
        "Zoom",
        "40",
        "-",
        "tidak",
        "Bidang Aplikasi dan Tata Kelola Informatika",
    ),
    (
        "ADL-07",
        "Keamanan Siber Dasar bagi Pengguna",
        "teknis",
        "seluruh pegawai, tenaga pendukung non-ASN, dan peserta magang",
        4,
        "e-learning mandiri",
        [("Kelas terbuka", "2026-01-05", "2026-11-30")],
        "LINTANG BELAJAR",
        "tidak dibatasi",
        "-",
        "ya",
        "Bidang Persandian dan Keamanan Informasi",
    ),
    (
        "ADL-08",
        "Keamanan Siber Dasar bagi Administrator Sistem",
        "teknis",
        "Pranata Komputer dan Sandiman",
        24,
        "klasikal + praktik",
        [("Angkatan I", "2026-02-24", "2026-02-26"), ("Angkatan II", "2026-07-21", "2026-07-23")],
        LAB_SANDI,
        "16",
        "ADL-07",
        "tidak",
        "Bidang Persandian dan Keamanan Informasi",
    ),
    (
        "ADL-09",
        "Penanganan Insiden Siber (SL-CSIRT)",
        "teknis",
        "Sandiman, Pranata Komputer Ahli Muda, dan anggota SL-CSIRT",
        30,
        "klasikal + simulasi",
        [("Angkatan I", "2026-03-23", "2026-03-26"), ("Angkatan II", "2026-09-14", "2026-09-17")],
        LAB_SANDI,
        "16",
        "ADL-08",
        "tidak",
        "Bidang Persandian dan Keamanan Informasi",
    ),
    (
        "ADL-10",
        "Pengelolaan Sertifikat Elektronik dan Tanda Tangan Elektronik (TTE)",
        "teknis",
        "Sandiman dan operator TTE perangkat daerah",
        16,
        "klasikal",
        [("Angkatan I", "2026-04-21", "2026-04-22"), ("Angkatan II", "2026-10-27", "2026-10-28")],
        AULA,
        "25",
        "-",
        "tidak",
        "Bidang Persandian dan Keamanan Informasi",
    ),
    (
        "ADL-11",
        "Pengamanan Informasi Berklasifikasi dan Persandian",
        "teknis",
        "Sandiman",
        24,
        "klasikal",
        [("Angkatan I", "2026-06-09", "2026-06-11")],
        LAB_SANDI,
        "12",
        "ADL-10",
        "tidak",
        "Bidang Persandian dan Keamanan Informasi",
    ),
    (
        "ADL-12",
        "Statistik Sektoral Dasar",
        "teknis",
        "Statistisi dan pengelola data perangkat daerah",
        24,
        "klasikal",
        [("Angkatan I", "2026-02-03", "2026-02-05"), ("Angkatan II", "2026-08-04", "2026-08-06")],
        KELAS_DATA,
        "25",
        "-",
        "tidak",
        "Bidang Statistik Sektoral",
    ),
    (
        "ADL-13",
        "Statistik Sektoral Terapan: Analisis dan Visualisasi Data",
        "teknis",
        "Statistisi",
        24,
        "klasikal + praktik",
        [("Angkatan I", "2026-05-12", "2026-05-14"), ("Angkatan II", "2026-11-10", "2026-11-12")],
        LAB_KOM,
        "20",
        "ADL-12",
        "tidak",
        "Bidang Statistik Sektoral",
    ),
    (
        "ADL-14",
        "Metadata Statistik dan Satu Data Indonesia",
        "teknis",
        "Statistisi dan walidata pendukung perangkat daerah",
        12,
        "daring (Zoom)",
        [("Angkatan I", "2026-03-17", "2026-03-18")],
        "Zoom",
        "50",
        "-",
        "tidak",
        "Bidang Statistik Sektoral",
    ),
    (
        "ADL-15",
        "Penulisan Siaran Pers dan Naskah Berita Pemerintah",
        "teknis",
        "Pranata Hubungan Masyarakat",
        16,
        "klasikal",
        [("Angkatan I", "2026-02-17", "2026-02-18"), ("Angkatan II", "2026-09-08", "2026-09-09")],
        MEDIA_CENTER,
        "20",
        "-",
        "tidak",
        "Bidang Informasi dan Komunikasi Publik",
    ),
    (
        "ADL-16",
        "Pengelolaan Media Sosial Instansi Pemerintah",
        "teknis",
        "Pranata Hubungan Masyarakat dan admin media sosial perangkat daerah",
        16,
        "klasikal",
        [("Angkatan I", "2026-04-28", "2026-04-29"), ("Angkatan II", "2026-10-13", "2026-10-14")],
        MEDIA_CENTER,
        "30",
        "-",
        "ya (admin media sosial non-ASN dengan surat tugas)",
        "Bidang Informasi dan Komunikasi Publik",
    ),
    (
        "ADL-17",
        "Komunikasi Krisis dan Konten Media Sosial Saat Bencana",
        "teknis",
        "Pranata Hubungan Masyarakat dan operator LCC",
        12,
        "klasikal + simulasi",
        [("Angkatan I", "2026-06-23", "2026-06-24")],
        MEDIA_CENTER,
        "25",
        "ADL-16",
        "tidak",
        "Bidang Informasi dan Komunikasi Publik",
    ),
    (
        "ADL-18",
        "Fotografi dan Videografi Kehumasan",
        "teknis",
        "Pranata Hubungan Masyarakat",
        20,
        "klasikal + praktik lapangan",
        [("Angkatan I", "2026-07-07", "2026-07-09")],
        MEDIA_CENTER + " dan lapangan",
        "15",
        "-",
        "tidak",
        "Bidang Informasi dan Komunikasi Publik",
    ),
    (
        "ADL-19",
        "Pelayanan Panggilan Darurat 112 (Call Taking dan Dispatch)",
        "teknis",
        "operator LCC (PNS, PPPK) dan operator alih daya",
        20,
        "klasikal + simulasi",
        [
            ("Angkatan I", "2026-01-27", "2026-01-29"),
            ("Angkatan II", "2026-06-16", "2026-06-18"),
            ("Angkatan III", "2026-10-20", "2026-10-22"),
        ],
        KELAS_LCC,
        "20",
        "-",
        "ya",
        "UPTD Lintang Command Center",
    ),
    (
        "ADL-20",
        "Manajemen Stres dan Kelelahan Kerja Shift",
        "sosial kultural",
        "seluruh pegawai dan operator LCC",
        8,
        "klasikal",
        [("Angkatan I", "2026-03-05", "2026-03-05"), ("Angkatan II", "2026-09-03", "2026-09-03")],
        KELAS_LCC,
        "30",
        "-",
        "ya",
        "UPTD Lintang Command Center",
    ),
    (
        "ADL-21",
        "Kepemimpinan Transformasi Digital bagi Pejabat Struktural",
        "manajerial",
        "pejabat administrator dan pejabat pengawas",
        20,
        "klasikal",
        [("Angkatan I", "2026-08-18", "2026-08-20")],
        AULA,
        "20",
        "-",
        "tidak",
        "Sekretariat",
    ),
    (
        "ADL-22",
        "Coaching dan Mentoring bagi Pemandu SULUH",
        "manajerial",
        "calon pemandu SULUH, JF Ahli Muda dan Ahli Madya, pejabat pengawas",
        16,
        "klasikal",
        [("Angkatan I", "2026-01-13", "2026-01-14"), ("Angkatan II", "2026-07-28", "2026-07-29")],
        AULA,
        "15",
        "-",
        "tidak",
        "Sekretariat",
    ),
]
KAT = {k[0]: k for k in KATALOG}


def sesi_text(code, dash="–"):
    k = KAT[code]
    return "; ".join(
        f"{lab}: {rentang(a, b, dash, hari=lab != 'Kelas terbuka')}" for lab, a, b in k[6]
    )


# --------------------------------------------------------------------------- JP targets
TARGET = [
    [
        "1",
        "JF Pranata Komputer Terampil dan Mahir",
        "26 JP",
        "10 JP teknis infrastruktur",
        "ADL-03, ADL-07",
    ],
    ["2", "JF Pranata Komputer Ahli Pertama", "30 JP", "12 JP teknis TI", "ADL-03, ADL-05, ADL-08"],
    [
        "3",
        "JF Pranata Komputer Ahli Muda",
        "32 JP",
        "12 JP keamanan atau arsitektur sistem",
        "ADL-04, ADL-09",
    ],
    [
        "4",
        "JF Pranata Komputer Ahli Madya",
        "34 JP",
        "8 JP sebagai pengajar atau pemandu",
        "ADL-22",
    ],
    ["5", "JF Statistisi (semua jenjang)", "30 JP", "12 JP statistik", "ADL-12, ADL-13, ADL-14"],
    [
        "6",
        "JF Pranata Hubungan Masyarakat (semua jenjang)",
        "28 JP",
        "10 JP kehumasan",
        "ADL-15, ADL-16",
    ],
    [
        "7",
        "JF Sandiman (semua jenjang)",
        "36 JP",
        "16 JP persandian dan keamanan informasi",
        "ADL-08, ADL-10, ADL-11",
    ],
    [
        "8",
        "Operator LCC berstatus PNS atau PPPK (sistem shift)",
        "24 JP",
        "8 JP layanan kedaruratan",
        "ADL-19, ADL-20",
    ],
    [
        "9",
        "Pejabat administrator (Sekretaris, Kepala Bidang)",
        "26 JP",
        "8 JP kepemimpinan",
        "ADL-21",
    ],
    [
        "10",
        "Pejabat pengawas (Kepala Subbagian, Kepala Seksi, Kepala UPTD)",
        "24 JP",
        "8 JP kepemimpinan",
        "ADL-21",
    ],
    ["11", "Kepala Dinas (JPT Pratama)", "20 JP", "-", "-"],
    ["12", "Pelaksana", "20 JP", "4 JP keamanan digital", "ADL-02, ADL-07"],
    [
        "13",
        "PPPK penuh waktu",
        "sama dengan jabatannya",
        "dibiayai Dinas paling banyak 24 JP",
        "sesuai jabatan",
    ],
    ["14", "PPPK paruh waktu", "8 JP", "boleh seluruhnya e-learning", "ADL-02, ADL-07"],
    [
        "15",
        "Tenaga pendukung non-ASN, operator alih daya, dan peserta magang",
        "tidak ada target",
        "bukan ASN",
        "-",
    ],
]

KONVERSI = [
    [
        "1",
        "Seminar atau webinar paling singkat 2 jam",
        "2 JP per kegiatan",
        "8 JP",
        "sertifikat atau tangkapan layar presensi",
    ],
    ["2", "Workshop atau lokakarya", "5 JP per hari", "15 JP", "sertifikat dan ringkasan"],
    ["3", "Modul e-learning LINTANG BELAJAR", "sesuai modul", "4 JP per hari", "tercatat otomatis"],
    ["4", "Sesi Tular Ilmu - penyaji", "3 JP per sesi", "9 JP", "bahan paparan"],
    ["5", "Sesi Tular Ilmu - peserta", "1 JP per sesi", "6 JP", "presensi"],
    ["6", "SULUH - pembelajar", "2 JP per sesi", "16 JP per angkatan", "Formulir SLH-2"],
    ["7", "SULUH - pemandu", "1 JP per sesi", "12 JP per angkatan", "Formulir SLH-2"],
    ["8", "Coaching oleh atasan langsung", "2 JP per sesi", "8 JP", "catatan coaching"],
    [
        "9",
        "Latihan simulasi insiden siber (table-top atau drill)",
        "4 JP per latihan",
        "12 JP",
        "laporan latihan SL-CSIRT",
    ],
    [
        "10",
        "Magang atau detasering di instansi lain",
        "10 JP per pekan",
        "30 JP",
        "surat keterangan magang",
    ],
    ["11", "Narasumber atau pengajar", "3 JP per kegiatan", "12 JP", "surat undangan"],
    [
        "12",
        "Pelatihan dari penyedia dalam rangka pengadaan",
        "sesuai sertifikat",
        "16 JP",
        "sertifikat dan berita acara",
    ],
    ["13", "Artikel di portal Warta Lintang", "3 JP per artikel", "6 JP", "tautan terbitan"],
    [
        "14",
        "Lulus sertifikasi profesi TI yang diakui",
        "10 JP per sertifikat",
        "20 JP",
        "sertifikat",
    ],
    ["15", "Tugas shift, piket siaga bencana, dan pengamanan acara", "tidak dikonversi", "-", "-"],
]

KONTAK = [
    ["Rekap JP, RPK, dan verifikasi", ANALIS_SDM + " (Analis SDM Aparatur Ahli Muda)", WA_KEPEG],
    ["Akun dan e-learning LINTANG BELAJAR", ADMIN_LMS + " (admin LINTANG BELAJAR)", WA_HELPDESK],
    ["Program SULUH", KOORD_SULUH, WA_SULUH],
    ["Sertifikasi SKI-PKI", KETUA_PENGUJI + " (Ketua Tim Penguji Internal)", WA_SANDI],
    ["Pengaturan shift pegawai LCC", KOORD_SHIFT + " (Koordinator Shift)", WA_SHIFT],
]


# =========================================================================== PERATURAN (long PDF)
# Blocks: ("center", text, size, style) ("p", text) ("bab", num, title) ("bagian", num, title)
# ("pasal", num) ("ayat", label, text) ("item", label, text, level) ("table", dict)
# ("page",) ("sign", [lines]) ("space", mm). "{fn:...}" inside a text is a footnote.
def _ay(*items):
    return [("ayat", f"({i + 1})", t) for i, t in enumerate(items)]


def _it(items, level=1):
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [("item", f"{letters[i]}.", t, level) for i, t in enumerate(items)]


def _num(items, level=1):
    return [("item", f"{i + 1}.", t, level) for i, t in enumerate(items)]


PERKADIS = [
    ("center", "KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK", 13, "B"),
    ("center", "KABUPATEN SEKAR LINTANG", 13, "B"),
    ("space", 6),
    ("center", "PERATURAN KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK", 12, "B"),
    ("center", "KABUPATEN SEKAR LINTANG", 12, "B"),
    ("center", "NOMOR 4 TAHUN 2026", 12, "B"),
    ("space", 3),
    ("center", "TENTANG", 12, "B"),
    ("space", 3),
    ("center", "PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI DI LINGKUNGAN", 12, "B"),
    ("center", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK", 12, "B"),
    ("space", 5),
    ("center", "DENGAN RAHMAT TUHAN YANG MAHA ESA", 12, "B"),
    ("space", 3),
    (
        "center",
        "KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK KABUPATEN SEKAR LINTANG,",
        12,
        "B",
    ),
    ("space", 4),
    ("p", "Menimbang :"),
    *_it(
        [
            "bahwa setiap Pegawai Aparatur Sipil Negara wajib melakukan pengembangan kompetensi "
            "melalui pembelajaran secara terus menerus agar tetap relevan dengan tuntutan "
            "organisasi, termasuk tuntutan transformasi digital, keamanan informasi, dan "
            "penyelenggaraan statistik sektoral;",
            "bahwa penggabungan urusan statistik sektoral ke dalam Dinas serta beroperasinya "
            "layanan panggilan darurat 112 selama 24 (dua puluh empat) jam memerlukan pengaturan "
            "pengembangan kompetensi yang memperhatikan Pegawai dengan sistem kerja shift;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
            "menetapkan Peraturan Kepala Dinas tentang Pedoman Pengembangan Kompetensi Pegawai di "
            "Lingkungan Dinas Komunikasi, Informatika dan Statistik;",
        ]
    ),
    ("p", "Mengingat :"),
    *_num(
        [
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
            "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
            "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
            "Kompetensi Pegawai Negeri Sipil;",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 38 Tahun "
            "2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara;",
            "Peraturan Bupati Sekar Lintang Nomor 61 Tahun 2024 tentang Kedudukan, Susunan "
            "Organisasi, Tugas dan Fungsi, serta Tata Kerja Dinas Komunikasi, Informatika dan "
            "Statistik{fn:Peraturan Bupati Nomor 61 Tahun 2024 menggabungkan urusan statistik "
            "sektoral ke dalam Dinas Komunikasi dan Informatika. Nama Dinas berubah menjadi Dinas "
            "Komunikasi, Informatika dan Statistik mulai 2 Januari 2025.};",
        ]
    ),
    ("space", 2),
    ("center", "MEMUTUSKAN:", 12, "B"),
    (
        "p",
        "Menetapkan : PERATURAN KEPALA DINAS TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI "
        "DI LINGKUNGAN DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK.",
    ),
    # ------------------------------------------------------------------ BAB I
    ("bab", "BAB I", "KETENTUAN UMUM"),
    ("pasal", "Pasal 1"),
    ("p", "Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:"),
    *_num(
        [
            "Dinas adalah Dinas Komunikasi, Informatika dan Statistik Kabupaten Sekar Lintang.",
            "Kepala Dinas adalah Kepala Dinas Komunikasi, Informatika dan Statistik Kabupaten Sekar "
            "Lintang.",
            "Pegawai adalah Pegawai Negeri Sipil dan Pegawai Pemerintah dengan Perjanjian Kerja "
            "(PPPK) yang bertugas di lingkungan Dinas.",
            "PPPK Penuh Waktu adalah PPPK yang diangkat dengan perjanjian kerja penuh waktu sesuai "
            "jam kerja Dinas.",
            "PPPK Paruh Waktu adalah PPPK yang diangkat dengan perjanjian kerja paruh waktu.",
            "Tenaga Pendukung Non-ASN adalah tenaga honorer, tenaga kontrak, dan tenaga lain yang "
            "bekerja di Dinas tetapi bukan Pegawai.",
            "Operator Alih Daya adalah operator panggilan pada UPTD LCC yang dipekerjakan oleh "
            "penyedia jasa berdasarkan kontrak dengan Dinas.",
            "Peserta Magang adalah mahasiswa atau siswa yang melaksanakan praktik kerja di Dinas "
            "berdasarkan perjanjian kerja sama dengan satuan pendidikan.",
            "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pembelajaran selama 45 "
            "(empat puluh lima) menit.",
            "Rencana Pengembangan Kompetensi yang selanjutnya disingkat RPK adalah rencana "
            "pengembangan kompetensi individu Pegawai untuk 1 (satu) tahun anggaran.",
            "Tim Pengembangan Kompetensi yang selanjutnya disingkat TPK adalah tim yang dibentuk "
            "Kepala Dinas untuk merencanakan, memantau, dan mengevaluasi pengembangan kompetensi.",
            "Akademi Digital Lintang yang selanjutnya disingkat ADL adalah unit pembelajaran internal "
            "Dinas yang menyelenggarakan pelatihan sesuai katalog dengan kode ADL-01 sampai dengan "
            "ADL-22.",
            "LINTANG BELAJAR adalah sistem pengelolaan pembelajaran (learning management system) "
            f"Dinas yang dapat diakses pada alamat {LMS_URL}.",
            "Unit Pelaksana Teknis Daerah Lintang Command Center yang selanjutnya disebut UPTD LCC "
            "adalah unit pelaksana teknis yang mengelola layanan panggilan darurat 112 dan "
            "pemantauan kota selama 24 (dua puluh empat) jam.",
            "Media Center adalah ruang layanan informasi publik pada Bidang Informasi dan "
            "Komunikasi Publik di kantor Dinas dan bukan bagian dari UPTD LCC.",
            "Sahabat Untuk Langkah Unggul dan Handal yang selanjutnya disingkat SULUH adalah program "
            "mentoring terstruktur bagi Pegawai baru dan Pegawai yang beralih jabatan.",
            "Pemandu adalah Pegawai senior yang ditetapkan untuk mendampingi Pembelajar dalam "
            "program SULUH, sedangkan Pembelajar adalah Pegawai yang didampingi.",
            "Sesi Tular Ilmu adalah forum berbagi pengetahuan bulanan yang diselenggarakan setiap "
            "Kamis pekan kedua pukul 13.30-15.00 WIB.",
            "Sekar Lintang Computer Security Incident Response Team yang selanjutnya disingkat "
            "SL-CSIRT adalah tim tanggap insiden siber Pemerintah Kabupaten Sekar Lintang yang "
            "dikelola Bidang Persandian dan Keamanan Informasi.",
            "Sertifikasi Kompetensi Internal Persandian dan Keamanan Informasi yang selanjutnya "
            "disingkat SKI-PKI adalah uji kompetensi internal bagi Pegawai pengelola persandian dan "
            "keamanan informasi.",
            "Kebijakan Laporan Pasca-Pelatihan yang selanjutnya disingkat KLPP adalah ketentuan "
            "mengenai formulir, tenggat, dan verifikasi laporan setelah Pegawai mengikuti "
            "pengembangan kompetensi.",
            "Hari kerja adalah hari Senin sampai dengan hari Jumat kecuali hari libur nasional dan "
            "cuti bersama, termasuk bagi Pegawai UPTD LCC yang bertugas pada hari Sabtu atau "
            "Minggu.",
        ]
    ),
    ("pasal", "Pasal 2"),
    *_ay(
        "Peraturan Kepala Dinas ini dimaksudkan sebagai pedoman bagi Pegawai, atasan langsung, "
        "dan pengelola kepegawaian dalam merencanakan, melaksanakan, mencatat, dan mengevaluasi "
        "pengembangan kompetensi.",
        "Peraturan Kepala Dinas ini bertujuan agar setiap Pegawai, termasuk Pegawai UPTD LCC "
        "yang bekerja dalam sistem shift, memperoleh kesempatan belajar yang adil, terencana, "
        "dan tercatat.",
    ),
    ("pasal", "Pasal 3"),
    ("p", "Ruang lingkup Peraturan Kepala Dinas ini meliputi:"),
    *_it(
        [
            "kewajiban dan target JP;",
            "perencanaan pengembangan kompetensi;",
            "bentuk, jalur, dan pengakuan JP;",
            "penyelenggaraan pelatihan ADL;",
            "pengembangan kompetensi Pegawai UPTD LCC dengan sistem shift;",
            "program SULUH;",
            "sertifikasi kompetensi internal;",
            "pelaporan pasca-pelatihan;",
            "pemantauan, evaluasi, dan penghargaan; dan",
            "pembiayaan.",
        ]
    ),
    # ------------------------------------------------------------------ BAB II
    ("bab", "BAB II", "KEWAJIBAN DAN TARGET JAM PELAJARAN"),
    ("bagian", "Bagian Kesatu", "Umum"),
    ("pasal", "Pasal 4"),
    *_ay(
        "Setiap Pegawai wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) JP "
        "dalam 1 (satu) tahun.",
        "Target JP bagi setiap jabatan di lingkungan Dinas ditetapkan sebagaimana tercantum "
        "dalam Lampiran I yang merupakan bagian tidak terpisahkan dari Peraturan Kepala Dinas "
        "ini.",
        "Target JP yang berlaku bagi Pegawai ditentukan oleh jabatan yang diduduki pada tanggal "
        "1 Juli tahun berjalan.",
        "Pegawai yang menjalani cuti besar, cuti melahirkan, atau cuti di luar tanggungan negara "
        "lebih dari 3 (tiga) bulan dalam 1 (satu) tahun diberi target proporsional sesuai "
        "jumlah bulan aktif, dibulatkan ke atas.",
        "Kelebihan JP pada suatu tahun tidak dapat dialihkan ke tahun berikutnya.",
    ),
    ("pasal", "Pasal 5"),
    *_ay(
        "Pegawai yang merangkap sebagai anggota SL-CSIRT wajib memenuhi tambahan 6 (enam) JP "
        "latihan simulasi insiden di luar target jabatannya.",
        "Pegawai jabatan fungsional yang ditugaskan sebagai operator atau supervisor pada UPTD "
        "LCC mengikuti target jabatan fungsionalnya dan wajib memenuhi muatan 8 (delapan) JP "
        "layanan kedaruratan.",
    ),
    ("bagian", "Bagian Kedua", "Pegawai Pemerintah dengan Perjanjian Kerja"),
    ("pasal", "Pasal 6"),
    *_ay(
        "Target JP bagi PPPK Penuh Waktu sama dengan target jabatannya sebagaimana tercantum "
        "dalam Lampiran I.",
        "Dinas membiayai pengembangan kompetensi PPPK Penuh Waktu paling banyak 24 (dua puluh "
        "empat) JP dalam 1 (satu) tahun perjanjian kerja; kekurangan JP dipenuhi melalui "
        "e-learning atau kegiatan tanpa biaya.",
        "Target JP bagi PPPK Paruh Waktu adalah 8 (delapan) JP dalam 1 (satu) tahun dan boleh "
        "dipenuhi seluruhnya melalui e-learning.",
        "PPPK yang perjanjian kerjanya dimulai setelah tanggal 1 Juli diberi target setengah "
        "dari target tahunan, dibulatkan ke atas.",
    ),
    ("bagian", "Bagian Ketiga", "Tenaga Pendukung Non-ASN, Operator Alih Daya, dan Peserta Magang"),
    ("pasal", "Pasal 7"),
    *_ay(
        "Tenaga Pendukung Non-ASN, Operator Alih Daya, dan Peserta Magang tidak mempunyai target "
        "JP dan keikutsertaannya tidak dicatat sebagai riwayat pengembangan kompetensi ASN.",
        "Tenaga Pendukung Non-ASN dan Operator Alih Daya dapat mengikuti ADL-02, ADL-07, ADL-19, "
        "dan ADL-20; admin media sosial non-ASN perangkat daerah dapat mengikuti ADL-16 dengan "
        "surat tugas dari kepala perangkat daerahnya.",
        "Peserta sebagaimana dimaksud pada ayat (2) memperoleh Surat Keterangan Mengikuti tanpa "
        "nilai JP yang diterbitkan paling lambat 5 (lima) hari kerja setelah pelatihan "
        "berakhir.",
        "Operator Alih Daya wajib lulus ADL-19 sebelum bertugas mandiri; biayanya ditanggung "
        "Dinas melalui DPA UPTD LCC dan tidak dibebankan kepada penyedia jasa.",
        "Peserta Magang hanya dapat mengikuti ADL-02 dan ADL-07 dan tidak diberi akses ke sistem "
        "produksi Dinas.",
        "Tenaga Pendukung Non-ASN, Operator Alih Daya, dan Peserta Magang tidak dapat menjadi "
        "Pemandu atau Pembelajar SULUH dan tidak dapat mengikuti SKI-PKI.",
    ),
    # ------------------------------------------------------------------ BAB III
    ("bab", "BAB III", "PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    ("bagian", "Bagian Kesatu", "Analisis Kebutuhan"),
    ("pasal", "Pasal 8"),
    *_ay(
        "TPK melakukan analisis kesenjangan kompetensi dan analisis kesenjangan kinerja setiap "
        "bulan Oktober sampai dengan November untuk tahun berikutnya.",
        "Susunan TPK terdiri atas Sekretaris Dinas sebagai ketua, Kepala Subbagian Umum dan "
        "Kepegawaian sebagai sekretaris, serta para Kepala Bidang, Kepala UPTD LCC, dan Analis "
        "SDM Aparatur sebagai anggota.",
        "Hasil analisis sebagaimana dimaksud pada ayat (1) dituangkan dalam rencana "
        "pengembangan kompetensi Dinas paling lambat tanggal 15 Desember.",
    ),
    ("bagian", "Bagian Kedua", "Rencana Pengembangan Kompetensi Individu"),
    ("pasal", "Pasal 9"),
    *_ay(
        "Setiap Pegawai mengisi RPK pada LINTANG BELAJAR paling lambat tanggal 31 Januari.",
        "Atasan langsung menyetujui atau mengembalikan RPK paling lambat 10 (sepuluh) hari kerja "
        "setelah RPK diterima.",
        "RPK dapat diubah paling banyak 2 (dua) kali dalam 1 (satu) tahun dan perubahan "
        "terakhir paling lambat tanggal 30 September.",
        "Pegawai baru mengisi RPK paling lambat 30 (tiga puluh) hari kalender sejak tanggal "
        "mulai bertugas.",
        "RPK memuat jenis kompetensi, bentuk dan jalur, jadwal, perkiraan JP, perkiraan biaya, "
        "dan keterkaitan dengan Sasaran Kinerja Pegawai.",
    ),
    ("pasal", "Pasal 10"),
    *_ay(
        "Usulan mengikuti pelatihan yang diselenggarakan pihak di luar Dinas diajukan melalui "
        "atasan langsung paling lambat 30 (tiga puluh) hari kalender sebelum pelaksanaan.",
        "Pegawai yang diusulkan mengikuti pelatihan dengan biaya lebih dari Rp10.000.000,00 "
        "(sepuluh juta rupiah) wajib menandatangani surat pernyataan bersedia tetap bertugas "
        "di Dinas paling singkat 2 (dua) tahun setelah pelatihan.",
        "Usulan sebagaimana dimaksud pada ayat (1) disetujui Kepala Dinas atas pertimbangan TPK.",
    ),
    # ------------------------------------------------------------------ BAB IV
    ("bab", "BAB IV", "BENTUK, JALUR, DAN PENGAKUAN JAM PELAJARAN"),
    ("bagian", "Bagian Kesatu", "Bentuk dan Jalur"),
    ("pasal", "Pasal 11"),
    *_ay(
        "Pengembangan kompetensi dilaksanakan dalam bentuk pendidikan dan pelatihan.",
        "Pelatihan klasikal meliputi pelatihan teknis, pelatihan fungsional, pelatihan "
        "kepemimpinan, seminar, workshop atau lokakarya, kursus, bimbingan teknis, dan "
        "sosialisasi.",
        "Pelatihan nonklasikal meliputi e-learning, coaching, mentoring melalui SULUH, Sesi "
        "Tular Ilmu, latihan simulasi insiden siber, magang atau detasering, belajar mandiri, "
        "dan penugasan sebagai narasumber.",
    ),
    ("bagian", "Bagian Kedua", "Konversi Jam Pelajaran"),
    ("pasal", "Pasal 12"),
    *_ay(
        "Kegiatan nonklasikal dikonversi menjadi JP sebagaimana tercantum dalam Lampiran II yang "
        "merupakan bagian tidak terpisahkan dari Peraturan Kepala Dinas ini.",
        "Batas paling banyak pada Lampiran II berlaku untuk 1 (satu) tahun, kecuali dinyatakan "
        "lain.",
        "Tugas shift, piket siaga bencana, dan pengamanan acara merupakan pelaksanaan tugas "
        "jabatan dan tidak dikonversi menjadi JP.",
    ),
    ("bagian", "Bagian Ketiga", "Pengakuan dan Pencatatan"),
    ("pasal", "Pasal 13"),
    *_ay(
        "Pegawai mengajukan klaim JP melalui LINTANG BELAJAR paling lambat 30 (tiga puluh) hari "
        "kalender setelah kegiatan selesai.",
        "Atasan langsung memverifikasi klaim paling lambat 3 (tiga) hari kerja dan Subbagian "
        "Umum dan Kepegawaian menetapkan JP paling lambat 5 (lima) hari kerja setelah "
        "verifikasi atasan.",
        "Sertifikat pelatihan dari instansi lain, antara lain BSSN, BPS, atau kementerian, "
        "diunggah paling lambat 14 (empat belas) hari kalender setelah sertifikat diterima.",
        "JP yang telah ditetapkan tercatat pada LINTANG BELAJAR; Pegawai memperbarui sendiri "
        "riwayat pengembangan kompetensinya pada MyASN{fn:LINTANG BELAJAR tidak terhubung "
        "dengan SIASN. Pemutakhiran riwayat pelatihan pada MyASN dilakukan sendiri oleh "
        "Pegawai dan diverifikasi oleh pengelola kepegawaian.}.",
    ),
    # ------------------------------------------------------------------ BAB V
    ("bab", "BAB V", "PENYELENGGARAAN PELATIHAN AKADEMI DIGITAL LINTANG"),
    ("pasal", "Pasal 14"),
    *_ay(
        "Pendaftaran pelatihan ADL dilakukan melalui LINTANG BELAJAR paling lambat 7 (tujuh) "
        "hari kerja sebelum pelatihan dimulai.",
        "Apabila pendaftar melebihi kuota, peserta ditetapkan dengan urutan prioritas:",
    ),
    *_it(
        [
            "Pegawai yang pelatihan tersebut wajib bagi jabatannya menurut Lampiran I;",
            "Pegawai dengan capaian JP terendah pada tahun berjalan; dan",
            "urutan waktu pendaftaran.",
        ],
        level=2,
    ),
    (
        "ayat",
        "(3)",
        "Daftar peserta ditetapkan dan diumumkan paling lambat 5 (lima) hari kerja "
        "sebelum pelatihan dimulai.",
    ),
    ("pasal", "Pasal 15"),
    *_ay(
        "Kelas klasikal dilaksanakan pada hari Senin sampai dengan Kamis pukul 08.00-15.30 WIB "
        "dan hari Jumat pukul 08.00-11.30 WIB.",
        "Dalam 1 (satu) hari, pelatihan klasikal paling banyak 8 (delapan) JP, pelatihan daring "
        "sinkron paling banyak 6 (enam) JP, dan e-learning yang diakui paling banyak 4 (empat) "
        "JP.",
        "Waktu istirahat kelas klasikal adalah pukul 12.00-13.00 WIB.",
    ),
    ("pasal", "Pasal 16"),
    *_ay(
        "Peserta dinyatakan lulus apabila kehadiran paling sedikit 90% (sembilan puluh persen) "
        "dan nilai akhir paling rendah 70 (tujuh puluh).",
        "Untuk ADL-03, ADL-04, dan ADL-09 nilai ujian praktik paling rendah 75 (tujuh puluh lima).",
        "Presensi kode QR dibuka 30 (tiga puluh) menit sebelum kelas dimulai dan ditutup 15 "
        "(lima belas) menit setelah kelas dimulai.",
        "Peserta yang tidak lulus tidak memperoleh JP dari pelatihan tersebut dan diprioritaskan "
        "pada angkatan berikutnya.",
    ),
    ("pasal", "Pasal 17"),
    *_ay(
        "Pembatalan keikutsertaan disampaikan melalui LINTANG BELAJAR paling lambat 3 (tiga) "
        "hari kerja sebelum pelatihan dimulai.",
        "Pegawai yang 2 (dua) kali tidak hadir tanpa pembatalan dalam 1 (satu) tahun tidak "
        "dapat mendaftar pelatihan ADL selama 6 (enam) bulan.",
        "Ketentuan sebagaimana dimaksud pada ayat (2) tidak berlaku apabila ketidakhadiran "
        "disebabkan penugasan siaga bencana atau penugasan mendadak di UPTD LCC yang dibuktikan "
        "dengan surat keterangan Kepala UPTD LCC atau atasan langsung.",
    ),
    ("pasal", "Pasal 18"),
    (
        "p",
        "Sertifikat elektronik pelatihan ADL diterbitkan paling lambat 5 (lima) hari kerja "
        "setelah laporan singkat pasca-pelatihan diverifikasi sesuai KLPP.",
    ),
    # ------------------------------------------------------------------ BAB VI
    ("bab", "BAB VI", "PEGAWAI UPTD LCC DENGAN SISTEM SHIFT"),
    ("pasal", "Pasal 19"),
    *_ay(
        "Jadwal kerja UPTD LCC dibagi dalam 3 (tiga) shift, yaitu Shift I (Pagi) pukul "
        "07.00-15.00 WIB, Shift II (Sore) pukul 15.00-23.00 WIB, dan Shift III (Malam) pukul "
        "23.00-07.00 WIB.",
        "Serah terima tugas dilakukan 15 (lima belas) menit sebelum shift dimulai.",
        "Jumlah petugas paling sedikit pada Shift I adalah 6 (enam) orang, Shift II 6 (enam) "
        "orang, dan Shift III 4 (empat) orang, termasuk Operator Alih Daya, dengan paling "
        "sedikit 1 (satu) supervisor berstatus ASN pada setiap shift.",
        "Pegawai yang dilepas untuk mengikuti pelatihan paling banyak 2 (dua) orang per shift.",
    ),
    ("pasal", "Pasal 20"),
    *_ay(
        "Pegawai yang baru menyelesaikan Shift III tidak boleh mengikuti kelas yang dimulai "
        "sebelum pukul 13.00 WIB pada hari yang sama.",
        "Pegawai yang mengikuti pelatihan klasikal paling sedikit 6 (enam) JP pada hari libur "
        "shiftnya berhak atas 1 (satu) hari pengganti yang diambil paling lambat 30 (tiga "
        "puluh) hari kalender setelah pelatihan.",
        "Tukar shift untuk keperluan pelatihan diajukan dengan Formulir TS-1 paling lambat 2 "
        "(dua) hari kerja sebelumnya dan disetujui Koordinator Shift; seorang petugas tidak "
        "boleh bertugas lebih dari 2 (dua) shift berturut-turut.",
        "E-learning pada Shift III dapat dilakukan pukul 01.00-04.00 WIB paling banyak 2 (dua) "
        "JP per shift dengan persetujuan supervisor shift dan tidak dalam status siaga.",
    ),
    ("pasal", "Pasal 21"),
    ("p", "Pegawai UPTD LCC tidak dilepas untuk mengikuti pelatihan pada:"),
    *_it(
        [
            "tanggal 20 Desember sampai dengan 5 Januari;",
            "7 (tujuh) hari sebelum sampai dengan 7 (tujuh) hari sesudah Hari Raya Idulfitri; dan",
            "masa status siaga atau tanggap darurat bencana yang ditetapkan Bupati,",
        ]
    ),
    ("p", "kecuali untuk ADL-20 yang diselenggarakan di Ruang Kelas LCC."),
    ("pasal", "Pasal 22"),
    *_ay(
        "Pegawai UPTD LCC yang mengikuti pelatihan klasikal di kantor Dinas pada hari libur "
        "shiftnya diberi uang transport sebesar Rp75.000,00 (tujuh puluh lima ribu rupiah) per "
        "hari.",
        "Uang transport sebagaimana dimaksud pada ayat (1) tidak diberikan untuk pelatihan "
        "daring, e-learning, atau pelatihan yang diselenggarakan di Gedung LCC.",
    ),
    # ------------------------------------------------------------------ BAB VII
    ("bab", "BAB VII", "PROGRAM SULUH"),
    ("pasal", "Pasal 23"),
    *_ay(
        "SULUH diikuti oleh CPNS, PPPK yang baru diangkat, dan Pegawai yang beralih ke jabatan "
        "fungsional di lingkungan Dinas.",
        "SULUH berlangsung selama 16 (enam belas) pekan dan diselenggarakan 2 (dua) angkatan "
        "dalam 1 (satu) tahun.",
        "PPPK Paruh Waktu dapat menjadi Pembelajar tetapi tidak dapat menjadi Pemandu.",
        "Ketentuan teknis SULUH dimuat dalam Buku Saku SULUH yang diterbitkan Koordinator SULUH.",
    ),
    ("pasal", "Pasal 24"),
    ("p", "Pemandu harus memenuhi persyaratan:"),
    *_it(
        [
            "masa kerja sebagai ASN paling singkat 4 (empat) tahun;",
            "menduduki jabatan fungsional paling rendah jenjang Ahli Muda atau jabatan pengawas;",
            "telah lulus ADL-22 Coaching dan Mentoring bagi Pemandu SULUH;",
            "predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir;",
            "bukan atasan langsung Pembelajar; dan",
            "mendampingi paling banyak 2 (dua) Pembelajar dalam waktu yang sama.",
        ]
    ),
    ("pasal", "Pasal 25"),
    *_ay(
        "Pemandu dan Pembelajar melaksanakan paling sedikit 8 (delapan) sesi dengan durasi "
        "masing-masing 90 (sembilan puluh) menit.",
        "Pelaksanaan SULUH didokumentasikan dengan Formulir SLH-1 Kesepakatan Pendampingan, "
        "Formulir SLH-2 Catatan Sesi, Formulir SLH-3 Refleksi Akhir Pembelajar, dan Formulir "
        "SLH-3P Penilaian oleh Pemandu.",
        "JP bagi Pemandu dan Pembelajar dihitung sesuai Lampiran II.",
    ),
    ("pasal", "Pasal 26"),
    (
        "p",
        "Pemandu diberi honorarium sesuai standar biaya yang berlaku di Pemerintah Kabupaten "
        "Sekar Lintang, yang besarannya ditetapkan dengan Keputusan Kepala Dinas.",
    ),
    # ------------------------------------------------------------------ BAB VIII
    ("bab", "BAB VIII", "SERTIFIKASI KOMPETENSI INTERNAL"),
    ("pasal", "Pasal 27"),
    *_ay(
        "Dinas menyelenggarakan SKI-PKI bagi Pegawai pengelola persandian dan keamanan informasi.",
        "Jenjang, persyaratan, tata cara uji, masa berlaku, dan biaya SKI-PKI ditetapkan dengan "
        "Keputusan Kepala Dinas{fn:Pada saat Peraturan ini ditetapkan masih berlaku Keputusan "
        "Kepala Dinas Komunikasi dan Informatika Nomor 045.2/117/DKI/2023 tentang Penetapan "
        "Operator Sandi Bersertifikat. Keputusan penggantinya sedang disusun Bidang Persandian "
        "dan Keamanan Informasi.}.",
        "JP yang diperoleh untuk memelihara sertifikat diperhitungkan dalam target JP jabatan.",
    ),
    # ------------------------------------------------------------------ BAB IX
    ("bab", "BAB IX", "PELAPORAN PASCA-PELATIHAN"),
    ("pasal", "Pasal 28"),
    *_ay(
        "Pegawai yang telah mengikuti pengembangan kompetensi wajib menyampaikan laporan "
        "pasca-pelatihan sesuai KLPP.",
        "Formulir dan tenggat laporan ditetapkan dalam KLPP yang disahkan Sekretaris Dinas, "
        "dikelola Subbagian Umum dan Kepegawaian, dan diumumkan melalui LINTANG BELAJAR; setiap "
        "perubahan KLPP diberi nomor versi dan tanggal mulai berlaku.",
        "Atasan langsung memverifikasi laporan dan memantau penerapan hasil pelatihan dalam "
        "pelaksanaan tugas.",
        "Hasil laporan digunakan untuk evaluasi pelatihan dengan model empat level Kirkpatrick, "
        "yaitu reaksi, pembelajaran, perilaku, dan hasil.",
    ),
    # ------------------------------------------------------------------ BAB X
    ("bab", "BAB X", "PEMANTAUAN, EVALUASI, DAN PENGHARGAAN"),
    ("pasal", "Pasal 29"),
    *_ay(
        "Subbagian Umum dan Kepegawaian menyusun rekapitulasi JP per Pegawai dan per unit kerja "
        "setiap triwulan paling lambat tanggal 10 bulan berikutnya.",
        "Unit kerja yang pada akhir triwulan III kurang dari 60% (enam puluh persen) Pegawainya "
        "mencapai target JP wajib menyusun rencana percepatan paling lambat tanggal 31 "
        "Oktober.",
        "Rekapitulasi JP tahun berjalan ditutup tanggal 15 Desember; kegiatan sesudah tanggal "
        "tersebut diakui untuk tahun berjalan apabila diklaim paling lambat tanggal 5 Januari "
        "tahun berikutnya.",
    ),
    ("pasal", "Pasal 30"),
    *_ay(
        "Kepala Dinas memberikan penghargaan Anugerah Lintang Cendekia kepada paling banyak 3 "
        "(tiga) Pegawai setiap tahun.",
        "Kriteria penerima penghargaan meliputi capaian JP paling sedikit 150% (seratus lima "
        "puluh persen) dari target, seluruh laporan pasca-pelatihan tepat waktu, dan menjadi "
        "penyaji Sesi Tular Ilmu paling sedikit 2 (dua) kali.",
        "Penghargaan diserahkan pada peringatan Hari Jadi Kabupaten Sekar Lintang tanggal 9 "
        "November berupa piagam dan uang pembinaan sebesar Rp2.500.000,00 (dua juta lima ratus "
        "ribu rupiah) per orang.",
    ),
    ("pasal", "Pasal 31"),
    (
        "p",
        "Pegawai yang tidak memenuhi target JP selama 2 (dua) tahun berturut-turut wajib "
        "mengikuti dialog kinerja dengan atasan langsung dan menyusun RPK khusus yang dipantau "
        "TPK.",
    ),
    # ------------------------------------------------------------------ BAB XI
    ("bab", "BAB XI", "PEMBIAYAAN"),
    ("pasal", "Pasal 32"),
    *_ay(
        "Pembiayaan pengembangan kompetensi dibebankan pada Anggaran Pendapatan dan Belanja "
        "Daerah melalui Dokumen Pelaksanaan Anggaran (DPA) Dinas.",
        "Pelatihan yang dibiayai sendiri oleh Pegawai diakui JP-nya apabila relevan dengan "
        "jabatan dan tercantum dalam RPK.",
        "Satu kegiatan tidak boleh dibiayai dari lebih dari 1 (satu) sumber dana.",
    ),
    # ------------------------------------------------------------------ BAB XII
    ("bab", "BAB XII", "KETENTUAN PERALIHAN DAN PENUTUP"),
    ("pasal", "Pasal 33"),
    (
        "p",
        "RPK tahun 2026 yang telah diisi sebelum Peraturan Kepala Dinas ini berlaku tetap "
        "berlaku dan disesuaikan paling lambat tanggal 28 Februari 2026.",
    ),
    ("pasal", "Pasal 34"),
    (
        "p",
        "Pada saat Peraturan Kepala Dinas ini mulai berlaku, Pedoman Pendidikan dan Pelatihan "
        "Pegawai Dinas Komunikasi dan Informatika Tahun 2020 dicabut dan dinyatakan tidak "
        "berlaku.",
    ),
    ("pasal", "Pasal 35"),
    ("p", "Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Februari 2026."),
    ("space", 6),
    (
        "sign",
        [
            "Ditetapkan di Lintang Raya",
            "pada tanggal 26 Januari 2026",
            "KEPALA DINAS KOMUNIKASI, INFORMATIKA",
            "DAN STATISTIK KABUPATEN SEKAR LINTANG,",
            "",
            "ttd.",
            "",
            KADIS,
            "NIP " + KADIS_NIP,
        ],
    ),
    ("space", 4),
    (
        "p",
        "Salinan sesuai dengan aslinya, Kepala Subbagian Umum dan Kepegawaian, "
        f"{KASUBAG_UK} {FIKTIF} Kabupaten Sekar Lintang, Provinsi Rantau Biru, dan seluruh "
        "nama, nomor, dan angka dalam dokumen ini adalah rekaan.",
    ),
    # ------------------------------------------------------------------ LAMPIRAN
    ("page",),
    (
        "p",
        "LAMPIRAN I PERATURAN KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK KABUPATEN "
        "SEKAR LINTANG NOMOR 4 TAHUN 2026",
    ),
    ("center", "TARGET JAM PELAJARAN PER JABATAN", 12, "B"),
    (
        "table",
        {
            "caption": "Tabel I.1 Target JP per tahun",
            "widths": [8, 52, 22, 40, 34],
            "header": [
                "No",
                "Jabatan",
                "Target JP per tahun",
                "Muatan wajib",
                "Pelatihan prioritas",
            ],
            "rows": TARGET,
        },
    ),
    (
        "p",
        "Catatan: (1) Muatan wajib termasuk dalam target, bukan tambahan. (2) Anggota SL-CSIRT "
        "menambah 6 JP latihan simulasi insiden (Pasal 5). (3) Angka target untuk tahun 2026; "
        "usulan target 2027 dibahas TPK pada November 2026.",
    ),
    ("page",),
    (
        "p",
        "LAMPIRAN II PERATURAN KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK KABUPATEN "
        "SEKAR LINTANG NOMOR 4 TAHUN 2026",
    ),
    ("center", "KONVERSI KEGIATAN NONKLASIKAL MENJADI JAM PELAJARAN", 12, "B"),
    (
        "table",
        {
            "caption": "Tabel II.1 Konversi JP",
            "widths": [8, 58, 30, 28, 40],
            "header": ["No", "Kegiatan", "Nilai JP", "Paling banyak per tahun", "Bukti"],
            "rows": KONVERSI,
        },
    ),
    ("page",),
    (
        "p",
        "LAMPIRAN III PERATURAN KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK KABUPATEN "
        "SEKAR LINTANG NOMOR 4 TAHUN 2026",
    ),
    ("center", "NARAHUBUNG PENGEMBANGAN KOMPETENSI", 12, "B"),
    (
        "table",
        {
            "caption": "Tabel III.1 Narahubung",
            "widths": [55, 75, 32],
            "header": ["Urusan", "Narahubung", "WhatsApp"],
            "rows": KONTAK,
        },
    ),
    (
        "p",
        f"Helpdesk LINTANG BELAJAR melayani pesan WhatsApp pada hari kerja pukul 07.30-16.00 "
        f"WIB dan surel {EMAIL_HELPDESK}. Urusan pembayaran honorarium dan uang transport "
        "ditangani Subbagian Perencanaan dan Keuangan.",
    ),
]


# =========================================================================== PDF renderers
FN_RE = re.compile(r"\{fn:(.*?)\}", re.S)


def _latin(text):
    text.encode("latin-1")  # core PDF fonts are latin-1 only
    return text


def _fpdf():
    from fpdf import FPDF

    return FPDF


def render_perkadis(blocks, path, title):
    """Regulation on folio paper: BAB / Bagian / Pasal / ayat, running header '- n -' with the
    regulation's short title, footnotes at the foot of the page, paraf box in the footer."""
    FPDF = _fpdf()
    state = {"notes": {}, "n": 0}

    class Reg(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Times", "", 11)
            self.cell(0, 6, f"- {self.page_no()} -", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Times", "I", 8)
            self.cell(
                0,
                4,
                "Peraturan Kepala Dinas Komunikasi, Informatika dan Statistik Nomor 4 "
                "Tahun 2026 tentang Pedoman Pengembangan Kompetensi Pegawai",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.ln(4)

        def footer(self):
            notes = state["notes"].get(self.page_no(), [])
            y = self.h - 46
            if notes:
                self.set_xy(self.l_margin, y)
                self.line(self.l_margin, y, self.l_margin + 50, y)
                self.set_font("Times", "", 8.5)
                for num, txt in notes:
                    self.set_x(self.l_margin)
                    self.multi_cell(self.epw, 3.8, f"{num} {txt}", new_x="LMARGIN", new_y="NEXT")
            self.set_xy(self.l_margin, self.h - 17)
            self.set_font("Helvetica", "", 6.5)
            self.cell(
                95,
                4,
                "Paraf koordinasi: Sekretaris ....  Kasubag Umum dan Kepegawaian "
                "....  Analis SDM ....",
                border=1,
            )
            self.set_font("Helvetica", "I", 7)
            self.cell(0, 4, FIKTIF, align="R")

    pdf = Reg(orientation="P", unit="mm", format=(215, 330))
    pdf.set_title(title)
    pdf.set_author(DINAS)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(28, 18, 22)
    pdf.set_auto_page_break(True, margin=50)
    pdf.add_page()
    w = pdf.epw
    lh = 6.4

    def para(text, x, width, align="J", size=12, style=""):
        parts = FN_RE.split(text)
        pdf.set_font("Times", style, size)
        if len(parts) == 1:
            pdf.set_x(x)
            pdf.multi_cell(width, lh, _latin(text), align=align, new_x="LMARGIN", new_y="NEXT")
            return
        # text with footnotes: write() segments, marker as superscript number
        old_l = pdf.l_margin
        pdf.set_left_margin(x)
        pdf.set_right_margin(pdf.w - x - width)
        pdf.set_x(x)
        for i, part in enumerate(parts):
            if i % 2 == 0:
                pdf.set_font("Times", style, size)
                pdf.write(lh, _latin(part))
            else:
                state["n"] += 1
                state["notes"].setdefault(pdf.page_no(), []).append((state["n"], _latin(part)))
                pdf.set_font("Times", style, 8)
                pdf.char_vpos = "SUP"
                pdf.write(lh, str(state["n"]))
                pdf.char_vpos = "LINE"
        pdf.ln(lh)
        pdf.set_left_margin(old_l)
        pdf.set_right_margin(22)

    for blk in blocks:
        kind = blk[0]
        if kind == "center":
            _k, text, size, style = blk
            pdf.set_font("Times", style, size)
            pdf.multi_cell(w, 6.5, _latin(text), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "space":
            pdf.ln(blk[1])
        elif kind == "page":
            pdf.add_page()
        elif kind == "bab":
            pdf.ln(5)
            if pdf.get_y() > pdf.h - 90:
                pdf.add_page()
            pdf.set_font("Times", "B", 12)
            pdf.cell(w, 6.5, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.cell(w, 6.5, _latin(blk[2]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "bagian":
            pdf.ln(2)
            pdf.set_font("Times", "B", 12)
            pdf.cell(w, 6.5, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(w, 6.5, _latin(blk[2]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "pasal":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 70:
                pdf.add_page()
            pdf.set_font("Times", "B", 12)
            pdf.cell(w, 6.5, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            para(blk[1], pdf.l_margin, w)
            pdf.ln(1.5)
        elif kind == "ayat":
            _k, label, text = blk
            y0 = pdf.get_y()
            pdf.set_font("Times", "", 12)
            pdf.set_xy(pdf.l_margin, y0)
            pdf.cell(10, lh, label)
            para(text, pdf.l_margin + 10, w - 10)
            pdf.ln(1.5)
        elif kind == "item":
            _k, label, text, level = blk
            ind = 10 * level
            pdf.set_font("Times", "", 12)
            pdf.set_x(pdf.l_margin + ind - 8)
            pdf.cell(8, lh, label)
            para(text, pdf.l_margin + ind, w - ind)
            pdf.ln(1)
        elif kind == "sign":
            if pdf.get_y() > pdf.h - 110:
                pdf.add_page()
            pdf.set_font("Times", "", 12)
            for line in blk[1]:
                pdf.set_x(pdf.l_margin + w * 0.48)
                pdf.cell(w * 0.52, 6, _latin(line), new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            _pdf_table(pdf, blk[1], font="Times", size=10, line=5.4)
    pdf.output(path)
    return pdf.page_no()


def _pdf_table(pdf, val, font="Helvetica", size=10, line=5.6, fill=(225, 225, 225)):
    from fpdf.fonts import FontFace

    w = pdf.epw
    pdf.ln(2)
    if val.get("caption"):
        pdf.set_font(font, "B", size + 0.5)
        pdf.multi_cell(w, 6, _latin(val["caption"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", size)
    scale = w / sum(val["widths"])
    with pdf.table(
        col_widths=[x * scale for x in val["widths"]],
        line_height=line,
        headings_style=FontFace(emphasis="BOLD", fill_color=fill),
        repeat_headings=1,
        text_align="LEFT",
    ) as table:
        row = table.row()
        for c in val["header"]:
            row.cell(_latin(c))
        for r in val["rows"]:
            row = table.row()
            for c in r:
                row.cell(_latin(str(c)))
    pdf.ln(3)


def render_salinan(blocks, path, title):
    """Typewritten copy of an old decree: Courier, 'SALINAN' box, centered page numbers."""
    FPDF = _fpdf()

    class Sal(FPDF):
        def header(self):
            self.set_font("Courier", "B", 11)
            self.set_xy(self.w - 52, 8)
            self.cell(34, 7, "SALINAN", border=1, align="C")
            self.set_xy(self.l_margin, 20)

        def footer(self):
            self.set_y(-15)
            self.set_font("Courier", "", 8)
            self.cell(0, 5, f"Halaman {self.page_no()} dari {{nb}} - {FIKTIF}", align="C")

    pdf = Sal(orientation="P", unit="mm", format="A4")
    pdf.alias_nb_pages()
    pdf.set_title(title)
    pdf.set_author(DINAS_LAMA)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(25, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    w = pdf.epw
    for blk in blocks:
        kind = blk[0]
        if kind == "center":
            pdf.set_font("Courier", "B" if len(blk) > 2 and blk[2] else "", 11)
            pdf.multi_cell(w, 5.6, _latin(blk[1]), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "space":
            pdf.ln(blk[1])
        elif kind == "p":
            pdf.set_font("Courier", "", 10.5)
            pdf.multi_cell(w, 5.4, _latin(blk[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "diktum":
            _k, label, text = blk
            pdf.set_font("Courier", "B", 10.5)
            pdf.cell(32, 5.4, label + " :")
            pdf.set_font("Courier", "", 10.5)
            pdf.multi_cell(w - 32, 5.4, _latin(text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "item":
            _k, label, text = blk
            pdf.set_font("Courier", "", 10.5)
            pdf.set_x(pdf.l_margin + 32)
            pdf.cell(8, 5.4, label)
            pdf.multi_cell(w - 40, 5.4, _latin(text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sign":
            if pdf.get_y() > pdf.h - 80:
                pdf.add_page()
            pdf.set_font("Courier", "", 10.5)
            y0 = pdf.get_y()
            for line in blk[1]:
                pdf.set_x(pdf.l_margin + w * 0.45)
                pdf.cell(w * 0.55, 5.4, _latin(line), new_x="LMARGIN", new_y="NEXT")
            # round stamp, drawn (no text inside, so text extraction is not disturbed)
            pdf.set_draw_color(90, 90, 160)
            pdf.set_line_width(0.6)
            pdf.ellipse(pdf.l_margin + w * 0.38, y0 + 8, 30, 30)
            pdf.ellipse(pdf.l_margin + w * 0.38 + 3, y0 + 11, 24, 24)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.2)
        elif kind == "table":
            _pdf_table(pdf, blk[1], font="Courier", size=9, line=5, fill=(240, 240, 240))
        elif kind == "page":
            pdf.add_page()
    pdf.output(path)
    return pdf.page_no()


def render_booklet(blocks, path, title):
    """A5 pocket booklet: coloured title band, boxed call-outs, small page footer."""
    FPDF = _fpdf()

    class Bk(FPDF):
        def footer(self):
            self.set_y(-11)
            self.set_font("Helvetica", "I", 7)
            self.cell(
                0, 5, f"Buku Saku SULUH Angkatan II 2026 | {self.page_no()} | {FIKTIF}", align="C"
            )

    pdf = Bk(orientation="P", unit="mm", format=(148, 210))
    pdf.set_title(title)
    pdf.set_author(DINAS)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    w = pdf.epw
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            pdf.set_fill_color(244, 166, 35)
            pdf.set_font("Helvetica", "B", 18)
            pdf.multi_cell(
                w, 10, _latin(blk[1]), fill=True, align="C", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(3)
        elif kind == "sub":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(w, 6, _latin(blk[1]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(2)
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.set_text_color(160, 80, 0)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(w, 6.5, _latin(blk[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(w, 5, _latin(blk[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "list":
            pdf.set_font("Helvetica", "", 9.5)
            for it in blk[1]:
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(4, 5, "-")
                pdf.multi_cell(w - 7, 5, _latin(it), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "box":
            _k, head, lines = blk
            pdf.set_font("Helvetica", "", 9)
            need = 9 + 5 * sum(1 + len(x) // 70 for x in lines)
            if pdf.get_y() + need > pdf.h - 18:
                pdf.add_page()
            y0 = pdf.get_y()
            pdf.set_fill_color(255, 243, 214)
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.set_x(pdf.l_margin + 3)
            pdf.multi_cell(w - 6, 5.5, _latin(head), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 9)
            for line in lines:
                pdf.set_x(pdf.l_margin + 3)
                pdf.multi_cell(w - 6, 4.8, _latin(line), new_x="LMARGIN", new_y="NEXT")
            y1 = pdf.get_y() + 1.5
            pdf.set_draw_color(244, 166, 35)
            pdf.set_line_width(0.5)
            pdf.rect(pdf.l_margin, y0 - 1.5, w, y1 - y0 + 1.5)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.2)
            pdf.set_y(y1 + 3)
        elif kind == "table":
            _pdf_table(pdf, blk[1], size=8, line=4.6, fill=(255, 230, 180))
        elif kind == "page":
            pdf.add_page()
    pdf.output(path)
    return pdf.page_no()


# =========================================================================== 2023 decree (old)
KEP2023 = [
    ("center", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", True),
    ("center", "KABUPATEN SEKAR LINTANG", True),
    ("space", 4),
    ("center", "KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", True),
    ("center", "KABUPATEN SEKAR LINTANG", True),
    ("center", f"NOMOR {KEP_LAMA}", True),
    ("space", 2),
    ("center", "TENTANG", True),
    ("center", "PENETAPAN OPERATOR SANDI BERSERTIFIKAT", True),
    ("center", "DI LINGKUNGAN DINAS KOMUNIKASI DAN INFORMATIKA", True),
    ("space", 4),
    ("center", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SEKAR LINTANG,", True),
    ("space", 3),
    (
        "diktum",
        "Menimbang",
        "a. bahwa pengamanan informasi berklasifikasi milik Pemerintah Kabupaten Sekar Lintang "
        "memerlukan petugas sandi yang kompetensinya telah diuji; b. bahwa berdasarkan "
        "pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Dinas "
        "tentang Penetapan Operator Sandi Bersertifikat;",
    ),
    (
        "diktum",
        "Mengingat",
        "1. Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara; 2. Peraturan "
        "Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah "
        "diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020; 3. Peraturan Bupati Sekar Lintang "
        "Nomor 40 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata "
        "Kerja Dinas Komunikasi dan Informatika;",
    ),
    ("center", "MEMUTUSKAN:", True),
    (
        "diktum",
        "Menetapkan",
        "KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA TENTANG PENETAPAN OPERATOR SANDI "
        "BERSERTIFIKAT DI LINGKUNGAN DINAS KOMUNIKASI DAN INFORMATIKA.",
    ),
    (
        "diktum",
        "KESATU",
        "Operator Sandi Bersertifikat adalah Pegawai Negeri Sipil yang telah lulus uji "
        "kompetensi operator sandi yang diselenggarakan Dinas dan ditetapkan dengan Keputusan "
        "ini. Sertifikat Operator Sandi hanya terdiri atas 1 (satu) jenjang.",
    ),
    (
        "diktum",
        "KEDUA",
        "Yang dapat mengikuti uji kompetensi operator sandi adalah Pegawai Negeri Sipil yang "
        "menduduki jabatan fungsional Sandiman atau pelaksana pada Seksi Persandian. Pegawai "
        "Pemerintah dengan Perjanjian Kerja dan tenaga honorer tidak dapat mengikuti uji "
        "kompetensi operator sandi.",
    ),
    ("diktum", "KETIGA", "Persyaratan peserta uji kompetensi operator sandi:"),
    ("item", "a.", "telah lulus Diklat Teknis Persandian Dasar;"),
    ("item", "b.", "memiliki masa kerja paling singkat 2 (dua) tahun di bidang persandian; dan"),
    ("item", "c.", "mendapat rekomendasi dari Kepala Bidang Persandian dan Statistik."),
    (
        "diktum",
        "KEEMPAT",
        "Uji kompetensi terdiri atas ujian tertulis sebanyak 50 (lima puluh) soal yang dikerjakan "
        "dalam waktu 60 (enam puluh) menit dan ujian praktik selama 90 (sembilan puluh) menit. "
        "Peserta dinyatakan lulus apabila memperoleh nilai rata-rata paling rendah 65 (enam puluh "
        "lima).",
    ),
    (
        "diktum",
        "KELIMA",
        "Uji kompetensi diselenggarakan 1 (satu) kali dalam setahun pada bulan Oktober dengan "
        "kuota paling banyak 10 (sepuluh) orang. Penguji adalah Tim Penguji yang dibentuk oleh "
        "Kepala Bidang Persandian dan Statistik.",
    ),
    (
        "diktum",
        "KEENAM",
        "Sertifikat Operator Sandi berlaku selama 2 (dua) tahun sejak tanggal ditetapkan dan dapat "
        "diperpanjang apabila pemegangnya mengikuti pengembangan kompetensi persandian paling "
        "sedikit 8 (delapan) jam pelajaran setiap tahun.",
    ),
    (
        "diktum",
        "KETUJUH",
        "Biaya uji kompetensi sebesar Rp900.000,00 (sembilan ratus ribu rupiah) per peserta "
        "dibebankan pada Dokumen Pelaksanaan Anggaran Dinas. Peserta yang tidak lulus dapat "
        "mengikuti ujian ulang setelah 3 (tiga) bulan dan biaya ujian ulang pertama ditanggung "
        "Dinas 1 (satu) kali.",
    ),
    (
        "diktum",
        "KEDELAPAN",
        "Pemegang Sertifikat Operator Sandi yang terbukti membocorkan informasi berklasifikasi "
        "dicabut sertifikatnya dan tidak dapat mengikuti uji kompetensi selama 12 (dua belas) "
        "bulan, tanpa mengurangi sanksi disiplin sesuai ketentuan peraturan perundang-undangan.",
    ),
    (
        "diktum",
        "KESEMBILAN",
        "Daftar Operator Sandi Bersertifikat hasil uji kompetensi tahun 2023 tercantum dalam "
        "Lampiran Keputusan ini.",
    ),
    ("diktum", "KESEPULUH", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    (
        "sign",
        [
            "Ditetapkan di Lintang Raya",
            "pada tanggal 14 Agustus 2023",
            "",
            "KEPALA DINAS KOMUNIKASI DAN",
            "INFORMATIKA KABUPATEN SEKAR LINTANG,",
            "",
            "ttd.",
            "",
            KADIS_LAMA,
            "NIP " + KADIS_LAMA_NIP,
        ],
    ),
    ("space", 6),
    ("p", "Salinan sesuai dengan aslinya. Kepala Subbagian Umum dan Kepegawaian. " + FIKTIF),
    ("page",),
    ("p", f"LAMPIRAN KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA NOMOR {KEP_LAMA}"),
    (
        "table",
        {
            "caption": "DAFTAR OPERATOR SANDI BERSERTIFIKAT TAHUN 2023",
            "widths": [8, 55, 45, 25, 30],
            "header": ["No", "Nama", "Jabatan", "Nilai", "Berlaku s.d."],
            "rows": [
                ["1", "Wahyu Kurniawan, S.ST.", "Sandiman Ahli Pertama", "81,5", "14 Agustus 2025"],
                ["2", "Bonifasius Lado, S.ST.", "Sandiman Ahli Pertama", "77,0", "14 Agustus 2025"],
                ["3", "Lestari Handayani, A.Md.", "Sandiman Terampil", "72,5", "14 Agustus 2025"],
                [
                    "4",
                    "Imanuel Kefi, A.Md.",
                    "Pelaksana Seksi Persandian",
                    "66,0",
                    "14 Agustus 2025",
                ],
            ],
        },
    ),
    (
        "p",
        "Catatan: uji kompetensi tahun 2023 dilaksanakan lebih awal pada 1-2 Agustus 2023 "
        "karena pengamanan komunikasi Pemilu 2024. Sertifikat nomor 1 sampai dengan 4 "
        "diperpanjang pada tahun 2025 sampai dengan 14 Agustus 2027.",
    ),
]


# =========================================================================== people and JP log
# key: (name, NIP or NI PPPK, position, unit, status)
U_APTIKA = "Bidang Aplikasi dan Tata Kelola Informatika"
U_INFRA = "Bidang Infrastruktur dan Teknologi Informasi"
U_IKP = "Bidang Informasi dan Komunikasi Publik"
U_STAT = "Bidang Statistik Sektoral"
U_SANDI = "Bidang Persandian dan Keamanan Informasi"
U_LCC = "UPTD Lintang Command Center"
U_SEKRE = "Sekretariat"

ORANG = {
    "bagus": (
        "Bagus Wirawan, S.Kom.",
        "19950314 201903 1 006",
        "Pranata Komputer Ahli Pertama",
        U_APTIKA,
        "PNS",
    ),
    "citra": (
        "Citra Ayu Lestari, S.T.",
        "19880621 201101 2 004",
        "Pranata Komputer Ahli Muda",
        U_INFRA,
        "PNS",
    ),
    "yoga": (
        "Yoga Pratama, A.Md.Kom.",
        "19980802 202203 1 003",
        "Pranata Komputer Terampil",
        U_INFRA,
        "PNS",
    ),
    "nurul": (
        "Nurul Hidayati, S.Si.",
        "19960117 202012 2 005",
        "Statistisi Ahli Pertama",
        U_STAT,
        "PNS",
    ),
    "rahmat": (
        "Rahmat Hidayat, S.Stat.",
        "19890930 201402 1 002",
        "Statistisi Ahli Muda",
        U_STAT,
        "PNS",
    ),
    "putri": (
        "Putri Wulandari, S.Si.",
        "19970505 202421 2 011",
        "Statistisi Ahli Pertama",
        U_STAT,
        "PPPK penuh waktu",
    ),
    "dimas": (
        "Dimas Arya Putra, S.I.Kom.",
        "19970224 202203 1 008",
        "Pranata Hubungan Masyarakat Ahli Pertama",
        U_IKP,
        "PNS",
    ),
    "sekar": (
        "Sekar Ayuningtyas, S.Sos.",
        "19870411 201001 2 009",
        "Pranata Hubungan Masyarakat Ahli Muda",
        U_IKP,
        "PNS",
    ),
    "andini": (
        "Andini Maharani, A.Md.",
        "20000719 202521 2 004",
        "Pengelola Media Sosial",
        U_IKP,
        "PPPK paruh waktu",
    ),
    "wahyu": (
        "Wahyu Kurniawan, S.ST.",
        "19860905 200901 1 001",
        "Sandiman Ahli Muda",
        U_SANDI,
        "PNS",
    ),
    "indra": (
        "Indra Gunawan, S.Tr.Kom.",
        "19990127 202203 1 002",
        "Sandiman Ahli Pertama",
        U_SANDI,
        "PNS",
    ),
    "lestari": (
        "Lestari Handayani, A.Md.",
        "19920318 201503 2 007",
        "Sandiman Mahir",
        U_SANDI,
        "PNS",
    ),
    "galih": (
        "Galih Prakoso, S.Sos.",
        "19840128 200902 1 004",
        "Kepala Seksi Pengelolaan Media",
        U_IKP,
        "PNS",
    ),
    "fajar": (
        "Fajar Ramadhan, S.Kom.",
        "19940708 201903 1 012",
        "Pranata Komputer Ahli Pertama",
        U_APTIKA,
        "PNS",
    ),
    "yohanes": (
        "Yohanes Bria Seran, S.Kom., M.Cs.",
        "19810515 200501 1 008",
        "Pranata Komputer Ahli Madya",
        U_APTIKA,
        "PNS",
    ),
    "sri": ("Sri Mulyani Hartati, S.Kom.", KA_LCC_NIP, "Kepala UPTD LCC", U_LCC, "PNS"),
    "rina": (
        "Rina Oktaviani, A.Md.Kom.",
        "19910612 201403 2 005",
        "Koordinator Shift",
        U_LCC,
        "PNS",
    ),
    "ketut": (
        "Ketut Ardana, A.Md.Kom.",
        "19900411 201503 1 004",
        "Pranata Komputer Terampil (supervisor shift)",
        U_LCC,
        "PNS",
    ),
    "maria": ("Maria Goreti Siahaan, A.Md.", "19940216 201903 2 010", "Operator LCC", U_LCC, "PNS"),
    "rifai": ("Ahmad Rifai", "19930120 202012 1 006", "Operator LCC", U_LCC, "PNS"),
    "siti": ("Siti Aminah, A.Md.Kom.", "19960630 202012 2 003", "Operator LCC", U_LCC, "PNS"),
    "hendro": (
        "Hendro Susanto, S.Kom.",
        "19930823 202321 1 006",
        "Operator LCC",
        U_LCC,
        "PPPK penuh waktu",
    ),
    "joko": ("Joko Purnomo", "19900507 202321 1 003", "Operator LCC", U_LCC, "PPPK penuh waktu"),
    "taufik": (
        "Taufik Hidayatullah",
        "19951109 202421 1 007",
        "Operator LCC",
        U_LCC,
        "PPPK penuh waktu",
    ),
    "yuliana": ("Yuliana Bere", "19980304 202421 2 002", "Operator LCC", U_LCC, "PPPK penuh waktu"),
    "dedi": (
        "Dedi Kurniawan",
        "-",
        "Operator alih daya (PT Mitra Suara Nusantara)",
        U_LCC,
        "Non-ASN",
    ),
    "aulia": (
        "Aulia Rahma",
        "-",
        "Peserta magang (Politeknik Negeri Lintang Raya)",
        U_APTIKA,
        "Non-ASN",
    ),
}
LCC_ASN = ["sri", "rina", "ketut", "maria", "rifai", "siti", "hendro", "joko", "taufik", "yuliana"]
VERIF = {
    U_APTIKA: KABID_APTIKA,
    U_INFRA: KABID_INFRA,
    U_IKP: KABID_IKP,
    U_STAT: KABID_STAT,
    U_SANDI: KABID_SANDI,
    U_LCC: KA_LCC,
}

# person, code, activity, form, start, end, jp_submitted, jp_recognised, score, result, LPP-1,
# note
_W = "Webinar"
LOG = [
    (
        "andini",
        "ADL-02",
        None,
        "e-learning",
        "2026-01-12",
        "2026-01-16",
        6,
        6,
        "88",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "sekar",
        "ADL-22",
        None,
        "klasikal",
        "2026-01-13",
        "2026-01-14",
        16,
        16,
        "88",
        "Lulus",
        "tepat waktu",
        "ditetapkan sebagai Pemandu SULUH Angkatan I",
    ),
    (
        "rahmat",
        "ADL-22",
        None,
        "klasikal",
        "2026-01-13",
        "2026-01-14",
        16,
        16,
        "84",
        "Lulus",
        "tepat waktu",
        "ditetapkan sebagai Pemandu SULUH Angkatan I",
    ),
    (
        "citra",
        "ADL-22",
        None,
        "klasikal",
        "2026-01-13",
        "2026-01-14",
        16,
        16,
        "90",
        "Lulus",
        "tepat waktu",
        "ditetapkan sebagai Pemandu SULUH Angkatan I",
    ),
    (
        "galih",
        "ADL-22",
        None,
        "klasikal",
        "2026-01-13",
        "2026-01-14",
        16,
        16,
        "79",
        "Lulus",
        "terlambat 2 hari kerja",
        "JP dicatat setelah LPP-1 masuk",
    ),
    (
        "bagus",
        "ADL-07",
        None,
        "e-learning",
        "2026-01-19",
        "2026-01-19",
        4,
        4,
        "92",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "yoga",
        "ADL-07",
        None,
        "e-learning",
        "2026-01-21",
        "2026-01-22",
        4,
        4,
        "85",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "aulia",
        "ADL-07",
        None,
        "e-learning",
        "2026-01-23",
        "2026-01-23",
        4,
        "-",
        "90",
        "Lulus",
        "-",
        "peserta magang; bukan ASN, JP tidak dicatat",
    ),
    (
        "hendro",
        "ADL-19",
        None,
        "klasikal",
        "2026-01-27",
        "2026-01-29",
        20,
        20,
        "83",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "joko",
        "ADL-19",
        None,
        "klasikal",
        "2026-01-27",
        "2026-01-29",
        20,
        20,
        "77",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "taufik",
        "ADL-19",
        None,
        "klasikal",
        "2026-01-27",
        "2026-01-29",
        20,
        20,
        "81",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "yuliana",
        "ADL-19",
        None,
        "klasikal",
        "2026-01-27",
        "2026-01-29",
        20,
        20,
        "86",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "nurul",
        "ADL-12",
        None,
        "klasikal",
        "2026-02-03",
        "2026-02-05",
        24,
        24,
        "85",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "putri",
        "ADL-12",
        None,
        "klasikal",
        "2026-02-03",
        "2026-02-05",
        24,
        24,
        "80",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "rahmat",
        "NS-ADL-12",
        "Narasumber ADL-12 Statistik Sektoral Dasar",
        "narasumber",
        "2026-02-04",
        "2026-02-04",
        3,
        3,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "bagus",
        "ADL-03",
        None,
        "klasikal",
        "2026-02-10",
        "2026-02-12",
        24,
        24,
        "82 (praktik 78)",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "yoga",
        "ADL-03",
        None,
        "klasikal",
        "2026-02-10",
        "2026-02-12",
        24,
        0,
        "74 (praktik 72)",
        "Tidak lulus",
        "tepat waktu",
        "nilai praktik di bawah 75; JP tidak diakui, diprioritaskan pada Angkatan II",
    ),
    (
        "citra",
        "NS-ADL-03",
        "Narasumber ADL-03 Administrasi Server Linux Dasar",
        "narasumber",
        "2026-02-11",
        "2026-02-11",
        3,
        3,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "dimas",
        "ADL-15",
        None,
        "klasikal",
        "2026-02-17",
        "2026-02-18",
        16,
        16,
        "84",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "taufik",
        "SULUH-I",
        "SULUH Angkatan I - sesi 1 dan 2 (pembelajar)",
        "mentoring",
        "2026-02-05",
        "2026-02-19",
        4,
        4,
        "-",
        "-",
        "-",
        "Pemandu: Citra Ayu Lestari, S.T.",
    ),
    (
        "putri",
        "SULUH-I",
        "SULUH Angkatan I - sesi 1 dan 2 (pembelajar)",
        "mentoring",
        "2026-02-06",
        "2026-02-20",
        4,
        4,
        "-",
        "-",
        "-",
        "Pemandu: Rahmat Hidayat, S.Stat.",
    ),
    (
        "rahmat",
        "SULUH-I",
        "SULUH Angkatan I - sesi 1 dan 2 (pemandu)",
        "mentoring",
        "2026-02-06",
        "2026-02-20",
        2,
        2,
        "-",
        "-",
        "-",
        "Pembelajar: Putri Wulandari, S.Si.",
    ),
    (
        "indra",
        "ADL-08",
        None,
        "klasikal",
        "2026-02-24",
        "2026-02-26",
        24,
        24,
        "80",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "ketut",
        "ADL-08",
        None,
        "klasikal",
        "2026-02-24",
        "2026-02-26",
        24,
        24,
        "76",
        "Lulus",
        "terlambat 1 hari kerja",
        "JP dicatat setelah LPP-1 masuk",
    ),
    (
        "wahyu",
        "NS-ADL-08",
        "Narasumber ADL-08 Keamanan Siber Dasar bagi Administrator Sistem",
        "narasumber",
        "2026-02-25",
        "2026-02-25",
        3,
        3,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "rina",
        "ADL-20",
        None,
        "klasikal",
        "2026-03-05",
        "2026-03-05",
        8,
        8,
        "90",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "maria",
        "ADL-20",
        None,
        "klasikal",
        "2026-03-05",
        "2026-03-05",
        8,
        8,
        "87",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "siti",
        "ADL-20",
        None,
        "klasikal",
        "2026-03-05",
        "2026-03-05",
        8,
        8,
        "85",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "ketut",
        "ADL-20",
        None,
        "klasikal",
        "2026-03-05",
        "2026-03-05",
        8,
        8,
        "80",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "rifai",
        "ADL-20",
        None,
        "klasikal",
        "2026-03-05",
        "2026-03-05",
        8,
        8,
        "82",
        "Lulus",
        "tepat waktu",
        "mengikuti pada hari libur shift; hak 1 hari pengganti",
    ),
    (
        "joko",
        "ADL-20",
        None,
        "klasikal",
        "2026-03-05",
        "2026-03-05",
        8,
        8,
        "79",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "sri",
        "ADL-20",
        None,
        "klasikal",
        "2026-03-05",
        "2026-03-05",
        8,
        8,
        "91",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "bagus",
        "ADL-05",
        None,
        "blended",
        "2026-03-09",
        "2026-03-12",
        30,
        0,
        "68",
        "Tidak lulus",
        "tepat waktu",
        "nilai akhir di bawah 70; JP tidak diakui",
    ),
    (
        "yohanes",
        "NS-ADL-05",
        "Narasumber ADL-05 Pengembangan Aplikasi Web yang Aman",
        "narasumber",
        "2026-03-10",
        "2026-03-11",
        6,
        6,
        "-",
        "-",
        "-",
        "2 kegiatan @3 JP",
    ),
    (
        "taufik",
        "SULUH-I",
        "SULUH Angkatan I - sesi 3 dan 4 (pembelajar)",
        "mentoring",
        "2026-03-05",
        "2026-03-19",
        4,
        4,
        "-",
        "-",
        "-",
        "Pemandu: Citra Ayu Lestari, S.T.",
    ),
    (
        "putri",
        "SULUH-I",
        "SULUH Angkatan I - sesi 3 dan 4 (pembelajar)",
        "mentoring",
        "2026-03-06",
        "2026-03-20",
        4,
        4,
        "-",
        "-",
        "-",
        "Pemandu: Rahmat Hidayat, S.Stat.",
    ),
    (
        "rahmat",
        "SULUH-I",
        "SULUH Angkatan I - sesi 3 dan 4 (pemandu)",
        "mentoring",
        "2026-03-06",
        "2026-03-20",
        2,
        2,
        "-",
        "-",
        "-",
        "Pembelajar: Putri Wulandari, S.Si.",
    ),
    (
        "nurul",
        "ADL-14",
        None,
        "daring",
        "2026-03-17",
        "2026-03-18",
        12,
        12,
        "90",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "rahmat",
        "ADL-14",
        None,
        "daring",
        "2026-03-17",
        "2026-03-18",
        12,
        12,
        "93",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "citra",
        "ADL-09",
        None,
        "klasikal",
        "2026-03-23",
        "2026-03-26",
        30,
        30,
        "88 (praktik 85)",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "indra",
        "ADL-09",
        None,
        "klasikal",
        "2026-03-23",
        "2026-03-26",
        30,
        30,
        "76 (praktik 75)",
        "Lulus",
        "tepat waktu",
        "nilai praktik tepat di batas lulus 75",
    ),
    (
        "dimas",
        _W,
        "Webinar Literasi Digital Komdigi",
        "webinar",
        "2026-01-28",
        "2026-01-28",
        2,
        2,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "dimas",
        _W,
        "Webinar Humas Pemerintah Era AI",
        "webinar",
        "2026-02-26",
        "2026-02-26",
        2,
        2,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "dimas",
        _W,
        "Webinar Penulisan Rilis Data Statistik",
        "webinar",
        "2026-03-19",
        "2026-03-19",
        2,
        2,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "dimas",
        _W,
        "Webinar Penanganan Hoaks Bencana",
        "webinar",
        "2026-04-16",
        "2026-04-16",
        2,
        2,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "dimas",
        _W,
        "Webinar Desain Infografis",
        "webinar",
        "2026-05-21",
        "2026-05-21",
        2,
        0,
        "-",
        "-",
        "-",
        "melebihi batas webinar 8 JP per tahun; tidak diakui",
    ),
    (
        "rahmat",
        "MAGANG",
        "Magang di BPS Provinsi Rantau Biru (2 pekan)",
        "magang",
        "2026-04-06",
        "2026-04-17",
        20,
        20,
        "-",
        "-",
        "-",
        "surat keterangan magang diunggah",
    ),
    (
        "fajar",
        "ADL-06",
        None,
        "daring",
        "2026-04-14",
        "2026-04-15",
        12,
        12,
        "86",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "fajar",
        "VENDOR",
        "Pelatihan Administrator LMS dari penyedia aplikasi",
        "pelatihan penyedia",
        "2026-04-20",
        "2026-04-23",
        24,
        16,
        "-",
        "-",
        "tepat waktu",
        "diakui 16 JP (batas pelatihan penyedia 16 JP per tahun)",
    ),
    (
        "indra",
        "ADL-10",
        None,
        "klasikal",
        "2026-04-21",
        "2026-04-22",
        16,
        16,
        "83",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "lestari",
        "ADL-10",
        None,
        "klasikal",
        "2026-04-21",
        "2026-04-22",
        16,
        16,
        "78",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "wahyu",
        "SIMULASI",
        "Latihan simulasi insiden siber (table-top) SL-CSIRT",
        "simulasi",
        "2026-04-23",
        "2026-04-23",
        4,
        4,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "indra",
        "SIMULASI",
        "Latihan simulasi insiden siber (table-top) SL-CSIRT",
        "simulasi",
        "2026-04-23",
        "2026-04-23",
        4,
        4,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "citra",
        "SIMULASI",
        "Latihan simulasi insiden siber (table-top) SL-CSIRT",
        "simulasi",
        "2026-04-23",
        "2026-04-23",
        4,
        4,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "joko",
        _W,
        "Webinar Layanan Darurat Terpadu",
        "webinar",
        "2026-04-08",
        "2026-04-08",
        2,
        0,
        "-",
        "-",
        "-",
        "bukti presensi tidak ada; tidak diakui",
    ),
    (
        "sri",
        _W,
        "Webinar Kota Cerdas dan Command Center",
        "webinar",
        "2026-04-08",
        "2026-04-08",
        2,
        2,
        "-",
        "-",
        "-",
        "",
    ),
    (
        "rina",
        "ADL-16",
        None,
        "klasikal",
        "2026-04-28",
        "2026-04-29",
        16,
        16,
        "81",
        "Lulus",
        "tepat waktu",
        "mengikuti pada hari libur shift; hak 1 hari pengganti",
    ),
    (
        "dimas",
        "ADL-16",
        None,
        "klasikal",
        "2026-04-28",
        "2026-04-29",
        16,
        16,
        "81",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "taufik",
        "SULUH-I",
        "SULUH Angkatan I - sesi 5 dan 6 (pembelajar)",
        "mentoring",
        "2026-04-02",
        "2026-04-16",
        4,
        4,
        "-",
        "-",
        "-",
        "Pemandu: Citra Ayu Lestari, S.T.",
    ),
    (
        "putri",
        "SULUH-I",
        "SULUH Angkatan I - sesi 5 dan 6 (pembelajar)",
        "mentoring",
        "2026-04-03",
        "2026-04-17",
        4,
        4,
        "-",
        "-",
        "-",
        "Pemandu: Rahmat Hidayat, S.Stat.",
    ),
    (
        "rahmat",
        "SULUH-I",
        "SULUH Angkatan I - sesi 5 dan 6 (pemandu)",
        "mentoring",
        "2026-04-03",
        "2026-04-17",
        2,
        2,
        "-",
        "-",
        "-",
        "Pembelajar: Putri Wulandari, S.Si.",
    ),
    (
        "siti",
        "ADL-07",
        None,
        "e-learning",
        "2026-04-07",
        "2026-04-07",
        4,
        4,
        "88",
        "Lulus",
        "tepat waktu",
        "dikerjakan pada Shift III pukul 01.00-03.00 WIB",
    ),
    (
        "hendro",
        "ADL-02",
        None,
        "e-learning",
        "2026-04-14",
        "2026-04-15",
        6,
        6,
        "84",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "nurul",
        "ADL-13",
        None,
        "klasikal",
        "2026-05-12",
        "2026-05-14",
        24,
        24,
        "79",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "taufik",
        "SULUH-I",
        "SULUH Angkatan I - sesi 7 dan 8 (pembelajar)",
        "mentoring",
        "2026-05-07",
        "2026-05-21",
        4,
        4,
        "-",
        "-",
        "-",
        "Pemandu: Citra Ayu Lestari, S.T.",
    ),
    (
        "putri",
        "SULUH-I",
        "SULUH Angkatan I - sesi 7 dan 8 (pembelajar)",
        "mentoring",
        "2026-05-08",
        "2026-05-22",
        4,
        4,
        "-",
        "-",
        "-",
        "Pemandu: Rahmat Hidayat, S.Stat.",
    ),
    (
        "rahmat",
        "SULUH-I",
        "SULUH Angkatan I - sesi 7 dan 8 (pemandu)",
        "mentoring",
        "2026-05-08",
        "2026-05-22",
        2,
        2,
        "-",
        "-",
        "-",
        "Pembelajar: Putri Wulandari, S.Si.",
    ),
    (
        "indra",
        "SKI-PKI",
        "Uji SKI-PKI Gelombang I - Tingkat Operator",
        "sertifikasi",
        "2026-05-19",
        "2026-05-20",
        "-",
        "-",
        "-",
        "Lulus",
        "-",
        "uji sertifikasi tidak menghasilkan JP; sertifikat berlaku 3 tahun",
    ),
    (
        "lestari",
        "SKI-PKI",
        "Uji SKI-PKI Gelombang I - Tingkat Operator",
        "sertifikasi",
        "2026-05-19",
        "2026-05-20",
        "-",
        "-",
        "-",
        "Tidak lulus",
        "-",
        "gagal ujian praktik; boleh mengulang komponen praktik",
    ),
    (
        "yohanes",
        "SERT-TI",
        "Sertifikasi profesi TI (ujian penyedia internasional)",
        "sertifikasi",
        "2026-05-27",
        "2026-05-27",
        10,
        10,
        "-",
        "Lulus",
        "-",
        "biaya dari pos sertifikasi profesi eksternal",
    ),
    (
        "nurul",
        "TULAR",
        "Sesi Tular Ilmu April: Membaca Tabel Statistik Sektoral untuk Nonstatistisi",
        "komunitas belajar",
        "2026-04-09",
        "2026-04-09",
        3,
        3,
        "-",
        "-",
        "-",
        "penyaji",
    ),
    (
        "taufik",
        "TULAR",
        "Sesi Tular Ilmu Juni: Sehari di Balik Layar Layanan 112",
        "komunitas belajar",
        "2026-06-11",
        "2026-06-11",
        3,
        3,
        "-",
        "-",
        "-",
        "penyaji",
    ),
    (
        "andini",
        "TULAR",
        "Sesi Tular Ilmu Mei: Menulis Takarir yang Ramah Disabilitas",
        "komunitas belajar",
        "2026-05-14",
        "2026-05-14",
        1,
        1,
        "-",
        "-",
        "-",
        "peserta",
    ),
    (
        "sekar",
        "TULAR",
        "Sesi Tular Ilmu Mei: Menulis Takarir yang Ramah Disabilitas",
        "komunitas belajar",
        "2026-05-14",
        "2026-05-14",
        3,
        3,
        "-",
        "-",
        "-",
        "penyaji",
    ),
    (
        "wahyu",
        "ADL-11",
        None,
        "klasikal",
        "2026-06-09",
        "2026-06-11",
        24,
        24,
        "86",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "lestari",
        "ADL-11",
        None,
        "klasikal",
        "2026-06-09",
        "2026-06-11",
        24,
        24,
        "74",
        "Lulus",
        "belum",
        "JP ditahan sampai LPP-1 diunggah",
    ),
    (
        "maria",
        "ADL-19",
        None,
        "klasikal",
        "2026-06-16",
        "2026-06-18",
        20,
        20,
        "88",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "siti",
        "ADL-19",
        None,
        "klasikal",
        "2026-06-16",
        "2026-06-18",
        20,
        20,
        "84",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "rifai",
        "ADL-19",
        None,
        "klasikal",
        "2026-06-16",
        "2026-06-18",
        20,
        20,
        "80",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "dedi",
        "ADL-19",
        None,
        "klasikal",
        "2026-06-16",
        "2026-06-18",
        20,
        "-",
        "85",
        "Lulus",
        "-",
        "operator alih daya; diberi Surat Keterangan Mengikuti, tanpa JP",
    ),
    (
        "rina",
        "ADL-17",
        None,
        "klasikal",
        "2026-06-23",
        "2026-06-24",
        12,
        12,
        "83",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "galih",
        "ADL-17",
        None,
        "klasikal",
        "2026-06-23",
        "2026-06-24",
        12,
        12,
        "80",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "yuliana",
        "ADL-07",
        None,
        "e-learning",
        "2026-06-02",
        "2026-06-02",
        4,
        4,
        "80",
        "Lulus",
        "tepat waktu",
        "",
    ),
    (
        "taufik",
        "ADL-02",
        None,
        "e-learning",
        "2026-06-25",
        "2026-06-26",
        6,
        6,
        "86",
        "Lulus",
        "tepat waktu",
        "",
    ),
]


def log_rows():
    rows = []
    for i, (who, kode, nama, bentuk, a, b, jp1, jp2, nilai, hasil, lpp, note) in enumerate(
        sorted(LOG, key=lambda r: (r[4], r[0])), 1
    ):
        name, nip, jab, unit, status = ORANG[who]
        if nama is None:
            nama = KAT[kode][1]
        ver = VERIF[unit] if jp2 not in ("-",) else "-"
        rows.append(
            [
                f"LB-26-{i:04d}",
                nip,
                name,
                jab,
                unit,
                status,
                kode,
                nama,
                bentuk,
                a,
                b,
                str(jp1),
                str(jp2),
                nilai,
                hasil,
                lpp,
                ver,
                note,
            ]
        )
    return rows


LOG_HEADER = [
    "id_log",
    "nip",
    "nama",
    "jabatan",
    "unit_kerja",
    "status_kepegawaian",
    "kode_kegiatan",
    "nama_kegiatan",
    "bentuk",
    "tanggal_mulai",
    "tanggal_selesai",
    "jp_diajukan",
    "jp_diakui",
    "nilai",
    "hasil",
    "lpp_1",
    "diverifikasi_oleh",
    "catatan",
]


def lcc_monthly():
    """JP recognised per LCC ASN per month (Jan-Jun), from the log."""
    out = {}
    for who in LCC_ASN:
        m = [0] * 6
        for r in LOG:
            if r[0] == who and isinstance(r[7], int):
                m[D(r[5]).month - 1] += r[7]
        out[who] = m
    return out


# =========================================================================== scanned monthly sheet
def lcc_target(who):
    return 26 if who == "ketut" else 24


def scan_rows():
    """Rows as printed (typed); Joko's April webinar was typed as 2 and corrected by hand."""
    rows = []
    for i, who in enumerate(LCC_ASN, 1):
        m = list(lcc_monthly()[who])
        name, _nip, _jab, _unit, status = ORANG[who]
        typed = list(m)
        if who == "joko":
            typed[3] = 2
        total = sum(typed)
        status_s = "PPPK" if status.startswith("PPPK") else "PNS"
        pct = round(sum(m) / lcc_target(who) * 100)
        rows.append(
            (
                who,
                [str(i), name, status_s]
                + [str(x) for x in typed]
                + [str(total), str(lcc_target(who)), f"{pct}%"],
            )
        )
    return rows


SCAN_HEAD = [
    "No",
    "Nama",
    "Status",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Mei",
    "Jun",
    "Jumlah",
    "Target",
    "Capaian",
]
SCAN_W = [9, 62, 17, 13, 13, 13, 13, 13, 13, 18, 17, 20]

SCAN_NOTES = [
    "Keterangan:",
    "1. JP diambil dari JP yang diakui di LINTANG BELAJAR per 30 Juni 2026.",
    "2. Target 24 JP bagi operator, koordinator shift, dan Kepala UPTD; Ketut Ardana "
    "mengikuti target JF Pranata Komputer Terampil (26 JP).",
    "3. Operator alih daya (18 orang) dan peserta magang tidak direkap karena bukan ASN.",
    "4. Capaian di bawah 50%: Sri Mulyani Hartati, S.Kom. (10 JP); rencana: ADL-21 Agustus.",
    "5. Taufik Hidayatullah sudah {t} JP ({p}%), termasuk 16 JP SULUH Angkatan I dan 3 JP "
    "sebagai penyaji Sesi Tular Ilmu.",
]


def render_scan(path, title):
    import random

    FPDF = _fpdf()
    rnd = random.Random(20260707)
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_title(title)
    pdf.set_author("UPTD Lintang Command Center")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    # paper tone and scanner specks
    pdf.set_fill_color(246, 242, 230)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(120, 120, 110)
    for _ in range(260):
        x, y = rnd.uniform(3, pdf.w - 3), rnd.uniform(3, pdf.h - 3)
        r = rnd.uniform(0.08, 0.35)
        pdf.ellipse(x, y, r, r, style="F")
    pdf.set_draw_color(200, 195, 180)
    pdf.set_line_width(1.2)
    pdf.line(6, 4, 6, pdf.h - 4)  # binder shadow
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.25)
    x0, y = 18, 12
    pdf.set_text_color(30, 30, 30)
    pdf.set_font("Courier", "B", 11)
    for line in [
        "PEMERINTAH KABUPATEN SEKAR LINTANG",
        "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK",
        "UPTD LINTANG COMMAND CENTER",
    ]:
        pdf.set_xy(x0, y)
        pdf.cell(pdf.w - 2 * x0, 5, line, align="C")
        y += 5
    pdf.line(x0, y + 1, pdf.w - x0, y + 1)
    y += 4
    pdf.set_font("Courier", "B", 10.5)
    for line in [
        "REKAPITULASI JAM PELAJARAN (JP) BULANAN PEGAWAI ASN",
        "SEMESTER I (JANUARI - JUNI) TAHUN 2026",
    ]:
        pdf.set_xy(x0, y)
        pdf.cell(pdf.w - 2 * x0, 5, line, align="C")
        y += 5
    pdf.set_font("Courier", "", 8.5)
    pdf.set_xy(x0, y)
    pdf.cell(
        pdf.w - 2 * x0,
        4.5,
        "Nomor: 800.1.13/0498/UPTD-LCC/2026 | Hasil pindai lembar asli bertanda tangan | " + FIKTIF,
        align="C",
    )
    y += 8
    # table
    widths = [w * 1.0 for w in SCAN_W]
    scale = (pdf.w - 2 * x0) / sum(widths)
    widths = [w * scale for w in widths]
    rh = 7
    pdf.set_font("Courier", "B", 9)
    x = x0
    for wd, hd in zip(widths, SCAN_HEAD, strict=True):
        pdf.set_xy(x, y)
        pdf.cell(wd, rh, hd, border=1, align="C")
        x += wd
    y += rh
    pdf.set_font("Courier", "", 9)
    totals = [0] * 6
    joko_apr = None
    for who, row in scan_rows():
        x = x0
        for ci, (wd, val) in enumerate(zip(widths, row, strict=True)):
            pdf.set_xy(x, y)
            pdf.cell(wd, rh, val, border=1, align="L" if ci == 1 else "C")
            if who == "joko" and ci in (6, 9):
                joko_apr = joko_apr or {}
                joko_apr[ci] = (x, y, wd)
            x += wd
        for k in range(6):
            totals[k] += lcc_monthly()[who][k]
        y += rh
    # total row (typed after the correction)
    x = x0
    grand = sum(totals)
    tot_row = ["", "JUMLAH", ""] + [str(t) for t in totals] + [str(grand), "242", ""]
    pdf.set_font("Courier", "B", 9)
    for ci, (wd, val) in enumerate(zip(widths, tot_row, strict=True)):
        pdf.set_xy(x, y)
        pdf.cell(wd, rh, val, border=1, align="L" if ci == 1 else "C")
        x += wd
    y += rh + 3
    # handwritten correction on Joko's April value and total
    pdf.set_draw_color(20, 40, 160)
    pdf.set_text_color(20, 40, 160)
    pdf.set_line_width(0.5)
    pdf.set_font("Helvetica", "I", 9)
    for ci, new in ((6, "0"), (9, "28")):
        cx, cy, wd = joko_apr[ci]
        pdf.line(cx + wd * 0.3, cy + rh * 0.75, cx + wd * 0.7, cy + rh * 0.25)
        pdf.set_xy(cx + wd * 0.68, cy - 1.2)
        pdf.cell(wd * 0.3, 4, new)
    # notes
    pdf.set_text_color(30, 30, 30)
    pdf.set_font("Courier", "", 8.5)
    taufik = sum(lcc_monthly()["taufik"])
    for line in SCAN_NOTES:
        line = line.format(t=taufik, p=round(taufik / 24 * 100))
        pdf.set_xy(x0, y)
        pdf.cell(170, 4.4, _latin(line))
        y += 4.4
    pdf.set_text_color(20, 40, 160)
    pdf.set_font("Helvetica", "I", 9)
    pdf.set_xy(x0, y + 1)
    pdf.cell(
        170,
        5,
        "Koreksi: webinar 8/4 Joko tdk diakui (tanpa bukti presensi) -> Apr 0, jumlah 28. DR 7/7",
    )
    # signature (typed) on the right
    pdf.set_text_color(30, 30, 30)
    pdf.set_font("Courier", "", 9)
    sy = y - 30
    for line in [
        "Lintang Raya, 3 Juli 2026",
        "Kepala UPTD Lintang Command Center,",
        "",
        "ttd.",
        "",
        KA_LCC,
        "NIP " + KA_LCC_NIP,
    ]:
        pdf.set_xy(pdf.w - x0 - 80, sy)
        pdf.cell(80, 4.4, line)
        sy += 4.4
    # received stamp, rotated
    pdf.set_draw_color(190, 30, 30)
    pdf.set_text_color(190, 30, 30)
    pdf.set_line_width(0.7)
    with pdf.rotation(8, x=pdf.w - 150, y=pdf.h - 30):
        pdf.rect(pdf.w - 170, pdf.h - 42, 62, 20, round_corners=True, style="D")
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(pdf.w - 170, pdf.h - 40)
        pdf.cell(62, 5, "DITERIMA", align="C")
        pdf.set_font("Helvetica", "", 7.5)
        pdf.set_xy(pdf.w - 170, pdf.h - 35)
        pdf.cell(62, 4, "SUBBAG UMUM DAN KEPEGAWAIAN", align="C")
        pdf.set_xy(pdf.w - 170, pdf.h - 31)
        pdf.cell(62, 4, "07 JUL 2026", align="C")
    pdf.output(path)
    return pdf.page_no()


# =========================================================================== SULUH booklet (A5)
SLH_FORMS = [
    [
        "SLH-1",
        "Kesepakatan Pendampingan",
        "pemandu dan pembelajar, disetujui atasan langsung pembelajar",
        "paling lambat 5 hari kerja setelah sesi perdana",
    ],
    [
        "SLH-2",
        "Catatan Sesi",
        "pembelajar, diparaf pemandu",
        "paling lambat 2 hari kerja setelah setiap sesi",
    ],
    [
        "SLH-3",
        "Refleksi Akhir Pembelajar",
        "pembelajar",
        "paling lambat 7 hari kalender sebelum Temu Karya",
    ],
    [
        "SLH-3P",
        "Penilaian oleh Pemandu",
        "pemandu",
        "paling lambat 7 hari kalender sebelum Temu Karya",
    ],
]

BOOKLET = [
    ("title", "BUKU SAKU SULUH"),
    ("sub", "Sahabat Untuk Langkah Unggul dan Handal"),
    ("sub", "Program Mentoring Pegawai Baru - Angkatan II Tahun 2026"),
    ("sub", "Dinas Komunikasi, Informatika dan Statistik Kabupaten Sekar Lintang"),
    (
        "p",
        "Diterbitkan oleh Koordinator SULUH pada 6 Juli 2026 sebagai ketentuan teknis Pasal 23 "
        "Peraturan Kepala Dinas Nomor 4 Tahun 2026. " + FIKTIF,
    ),
    ("h", "1. Apa itu SULUH?"),
    (
        "p",
        "SULUH adalah program mentoring selama 16 pekan bagi CPNS, PPPK yang baru diangkat, dan "
        "Pegawai yang beralih ke jabatan fungsional. Pembelajar didampingi seorang Pemandu, "
        "yaitu Pegawai senior dari bidang yang sama atau bidang yang berkaitan. SULUH mengikuti "
        "pola 10:20:70: sebagian kecil belajar di kelas, sebagian belajar dari orang lain, dan "
        "sebagian besar belajar dari pekerjaan sehari-hari.",
    ),
    (
        "p",
        "SULUH bukan coaching oleh atasan. Coaching singkat oleh atasan langsung dicatat "
        "terpisah, 2 JP per sesi dan paling banyak 8 JP per tahun.",
    ),
    (
        "box",
        "ANGKATAN II SEKILAS",
        [
            "Masa program: Senin, 3 Agustus 2026 s.d. Jumat, 20 November 2026 (16 pekan)",
            "Pembelajar: 22 orang (CPNS 2025: 9, PPPK 2025: 11, alih jabatan: 2)",
            "Pemandu: 12 orang",
            "Pengumuman pasangan pemandu-pembelajar: Jumat, 24 Juli 2026",
            "Temu Karya: Kamis, 19 November 2026, pukul 08.30 WIB, Aula Rangkong lantai 1",
        ],
    ),
    ("h", "2. Siapa saja yang terlibat?"),
    (
        "list",
        [
            "Pembelajar: mengisi SLH-2 setelah setiap sesi dan menulis Refleksi Akhir (SLH-3).",
            "Pemandu: memimpin sesi, memaraf SLH-2, dan menilai pembelajar dengan SLH-3P.",
            "Atasan langsung pembelajar: menyetujui SLH-1 dan memberi ruang untuk sesi bayangan.",
            f"Koordinator SULUH ({KOORD_SULUH}): memantau pasangan, menerima pergantian pemandu, "
            "dan mengusulkan pembayaran honorarium.",
        ],
    ),
    ("h", "3. Syarat menjadi pemandu"),
    (
        "list",
        [
            "masa kerja sebagai ASN paling singkat 4 tahun;",
            "JF paling rendah Ahli Muda atau pejabat pengawas;",
            "lulus ADL-22 Coaching dan Mentoring bagi Pemandu SULUH;",
            "predikat kinerja paling rendah Baik dalam 2 tahun terakhir;",
            "bukan atasan langsung pembelajar; dan",
            "paling banyak 2 pembelajar dalam waktu yang sama.",
        ],
    ),
    (
        "p",
        "PPPK paruh waktu boleh menjadi pembelajar, tetapi tidak boleh menjadi pemandu. Tenaga "
        "pendukung non-ASN, operator alih daya, dan peserta magang tidak dapat mengikuti SULUH.",
    ),
    ("h", "4. Alur 16 pekan"),
    (
        "table",
        {
            "caption": "",
            "widths": [18, 62],
            "header": ["Pekan", "Kegiatan"],
            "rows": [
                ["1", "Sesi perdana; menyusun dan menandatangani SLH-1"],
                [
                    "2-14",
                    "Sesi setiap 2 pekan (sesi 2 s.d. 7), termasuk 2 sesi bayangan di "
                    "tempat kerja pemandu",
                ],
                ["14", "Sesi 8: tinjauan capaian dan rencana lanjutan"],
                ["15", "Pembelajar mengunggah SLH-3; pemandu mengunggah SLH-3P"],
                ["16", "Temu Karya: presentasi hasil belajar"],
            ],
        },
    ),
    ("h", "5. Formulir"),
    (
        "table",
        {
            "caption": "",
            "widths": [14, 26, 30, 30],
            "header": ["Kode", "Nama", "Diisi oleh", "Tenggat"],
            "rows": SLH_FORMS,
        },
    ),
    (
        "box",
        "JANGAN TERTUKAR!",
        [
            "SLH-2 (Catatan Sesi SULUH) bukan LPP-2 (Rencana Tindak Lanjut pasca-pelatihan) dan bukan "
            "LPJ-2 (pertanggungjawaban keuangan perjalanan dinas).",
            "SLH-3 diisi pembelajar, SLH-3P diisi pemandu.",
            "Semua formulir SLH diunggah di LINTANG BELAJAR, menu SULUH, bukan dikirim lewat "
            "WhatsApp.",
        ],
    ),
    ("h", "6. Aturan sesi"),
    (
        "list",
        [
            "Paling sedikit 8 sesi, masing-masing 90 menit.",
            "Paling banyak 3 sesi boleh dilakukan daring.",
            "2 sesi bayangan (job shadowing) dilakukan di tempat kerja pemandu.",
            "Sesi boleh ditunda paling banyak 1 kali dalam sebulan.",
            "Pembelajar dari UPTD LCC tidak boleh menjalani sesi dalam 8 jam setelah Shift III "
            "berakhir, artinya tidak sebelum pukul 15.00 WIB.",
            "Sesi di luar jam kerja tetap dicatat, tetapi tidak menimbulkan uang lembur.",
        ],
    ),
    ("h", "7. Jam pelajaran"),
    (
        "p",
        "Pembelajar memperoleh 2 JP per sesi, paling banyak 16 JP per angkatan. Pemandu "
        "memperoleh 1 JP per sesi, paling banyak 12 JP per angkatan, walaupun mendampingi 2 "
        "pembelajar. JP diakui setelah SLH-2 diverifikasi Koordinator SULUH. SLH-2 yang "
        "terlambat lebih dari 5 hari kerja membuat sesi tersebut tidak diberi JP.",
    ),
    ("h", "8. Kelulusan pembelajar"),
    (
        "p",
        "Pembelajar dinyatakan lulus apabila hadir paling sedikit 6 dari 8 sesi (75%), "
        "mengunggah SLH-3, dan memperoleh nilai SLH-3P paling rendah 70. Pembelajar yang belum "
        "lulus mengikuti angkatan berikutnya hanya untuk sesi yang kurang.",
    ),
    ("h", "9. Honorarium pemandu"),
    (
        "p",
        "Honorarium pemandu Rp300.000 per pembelajar per bulan selama 4 bulan, jadi Rp1.200.000 "
        "per pembelajar; pemandu dengan 2 pembelajar menerima Rp2.400.000. Honorarium dipotong "
        "PPh Pasal 21 sesuai golongan dan dibayar dalam 2 termin: termin I setelah bulan kedua "
        "apabila SLH-2 sesi 1 sampai 4 lengkap, termin II setelah Temu Karya. Pembelajar tidak "
        "menerima honorarium.",
    ),
    ("h", "10. Temu Karya"),
    (
        "p",
        "Setiap pembelajar mempresentasikan hasil belajarnya selama 10 menit ditambah 5 menit "
        "tanya jawab. Kepala Dinas menyerahkan piagam Pembelajar Terbaik kepada 3 pembelajar.",
    ),
    (
        "box",
        "TANYA CEPAT",
        [
            "Boleh ganti pemandu? Boleh 1 kali, melalui Koordinator SULUH, paling lambat pekan ke-6.",
            "Pemandu cuti panjang? Sesi digeser; bila lebih dari 4 pekan, koordinator menunjuk "
            "pemandu pengganti.",
            "Sesi perdana terlewat karena tugas shift? Jadwalkan ulang dalam pekan yang sama dan "
            "catat alasannya di SLH-2.",
        ],
    ),
    ("h", "11. Kontak"),
    (
        "p",
        f"Koordinator SULUH: {KOORD_SULUH}, WhatsApp {WA_SULUH} (hari kerja 08.00-16.00 WIB). "
        f"Masalah unggah formulir: helpdesk LINTANG BELAJAR, WhatsApp {WA_HELPDESK}.",
    ),
]


# =========================================================================== JDIH page (new rule)
SKI_JADWAL = [
    ("I", "2026-05-19", "2026-05-20", LAB_SANDI, "12", "2026-04-24", "2026-06-05"),
    ("II", "2026-09-22", "2026-09-23", LAB_SANDI, "16", "2026-08-28", "2026-10-09"),
]


def _jdih_jadwal_rows():
    out = []
    for g, a, b, tempat, kuota, daftar, hasil in SKI_JADWAL:
        out.append(f"""        <tr>
          <td>{g}</td>
          <td>{rentang(a, b)}</td>
          <td>{tempat}</td>
          <td>{kuota} orang</td>
          <td>{tgl(daftar)}</td>
          <td>{tgl(hasil)}</td>
        </tr>""")
    return "\n".join(out)


JDIH_HTML = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Keputusan Kepala Dinas Nomor {KEP_BARU} - JDIH Kabupaten Sekar Lintang</title>
<meta name="description" content="{FIKTIF}">
<style>
 body {{ font-family: Arial, sans-serif; margin: 0; }}
 header, footer {{ background: #0b3d62; color: #fff; padding: 10px 24px; }}
 main {{ display: flex; gap: 24px; padding: 16px 24px; }}
 article {{ flex: 3; }} aside {{ flex: 1; font-size: 0.9em; }}
 table {{ border-collapse: collapse; margin: 8px 0 16px; }}
 th, td {{ border: 1px solid #999; padding: 4px 8px; vertical-align: top; }}
 th {{ background: #e8eef4; }}
 .status-berlaku {{ color: #0a7a2f; font-weight: bold; }}
</style>
</head>
<body>
<header>
  <strong>JDIH Kabupaten Sekar Lintang</strong> - Jaringan Dokumentasi dan Informasi Hukum
  <nav><a href="/">Beranda</a> | <a href="/produk-hukum">Produk Hukum</a> |
  <a href="/produk-hukum?jenis=keputusan-kepala-perangkat-daerah">Keputusan Kepala Perangkat
  Daerah</a></nav>
</header>
<main>
<article>
  <p><small>Beranda &rsaquo; Produk Hukum &rsaquo; Keputusan Kepala Perangkat Daerah &rsaquo;
  Diskominfotik</small></p>
  <h1>Keputusan Kepala Dinas Komunikasi, Informatika dan Statistik Nomor {KEP_BARU} tentang
  Sertifikasi Kompetensi Internal Persandian dan Keamanan Informasi</h1>
  <p><em>{FIKTIF} Halaman ini meniru tampilan portal JDIH; seluruh isi adalah rekaan.</em></p>

  <h2>Metadata</h2>
  <table class="metadata">
    <tr><th>Jenis</th><td>Keputusan Kepala Perangkat Daerah</td></tr>
    <tr><th>Pemrakarsa</th><td>Bidang Persandian dan Keamanan Informasi</td></tr>
    <tr><th>Nomor</th><td>{KEP_BARU}</td></tr>
    <tr><th>Tanggal penetapan</th><td>16 Maret 2026</td></tr>
    <tr><th>Tanggal mulai berlaku</th><td>1 April 2026</td></tr>
    <tr><th>Penandatangan</th><td>{KADIS}, Kepala Dinas Komunikasi, Informatika dan
      Statistik</td></tr>
    <tr><th>Status</th><td><span class="status-berlaku">Berlaku</span></td></tr>
    <tr><th>Keterangan status</th><td>Mencabut Keputusan Kepala Dinas Komunikasi dan Informatika
      Nomor {KEP_LAMA} tentang Penetapan Operator Sandi Bersertifikat</td></tr>
    <tr><th>Bidang hukum</th><td>Kepegawaian; Persandian</td></tr>
    <tr><th>Lampiran</th><td>2 (dua) lampiran</td></tr>
    <tr><th>Dilihat</th><td>412 kali</td></tr>
  </table>

  <h2>Isi Keputusan</h2>
  <p>Menimbang bahwa pengelolaan persandian dan keamanan informasi, termasuk penanganan insiden
  oleh SL-CSIRT, memerlukan Pegawai yang kompetensinya diuji secara berjenjang, dan bahwa
  Keputusan Nomor {KEP_LAMA} hanya mengenal satu jenjang dan belum mencakup PPPK, perlu
  menetapkan Keputusan Kepala Dinas tentang Sertifikasi Kompetensi Internal Persandian dan
  Keamanan Informasi.</p>
  <p>Mengingat Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara dan Peraturan
  Kepala Dinas Nomor 4 Tahun 2026 tentang Pedoman Pengembangan Kompetensi Pegawai, Pasal 27.</p>
  <h3>MEMUTUSKAN</h3>
  <dl class="diktum">
    <dt>KESATU</dt>
    <dd>Menetapkan Sertifikasi Kompetensi Internal Persandian dan Keamanan Informasi (SKI-PKI)
    yang terdiri atas 2 (dua) jenjang, yaitu Tingkat Operator (Level 1) dan Tingkat Analis
    (Level 2).</dd>
    <dt>KEDUA</dt>
    <dd>SKI-PKI dapat diikuti oleh PNS dan PPPK Penuh Waktu yang menduduki JF Sandiman, JF
    Pranata Komputer pada Bidang Persandian dan Keamanan Informasi atau Bidang Infrastruktur dan
    Teknologi Informasi, atau yang ditetapkan sebagai anggota SL-CSIRT. PPPK Paruh Waktu, Tenaga
    Pendukung Non-ASN, Operator Alih Daya, dan Peserta Magang tidak dapat mengikuti SKI-PKI.</dd>
    <dt>KETIGA</dt>
    <dd>Persyaratan, komponen uji, nilai kelulusan, masa berlaku, dan pemeliharaan sertifikat
    setiap jenjang tercantum dalam Lampiran I.</dd>
    <dt>KEEMPAT</dt>
    <dd>Sandiman Ahli Muda ke atas dapat langsung mendaftar Tingkat Analis tanpa memegang
    sertifikat Tingkat Operator, sepanjang memenuhi persyaratan lainnya.</dd>
    <dt>KELIMA</dt>
    <dd>Uji dilaksanakan oleh Tim Penguji Internal yang terdiri atas {KETUA_PENGUJI} (Sandiman
    Ahli Muda) sebagai ketua, serta {PENGUJI_2} (Pranata Komputer Ahli Muda) dan {PENGUJI_3}
    (Pranata Komputer Ahli Madya) sebagai anggota. Penguji tidak boleh menguji bawahan
    langsungnya. Untuk Tingkat Analis, tim ditambah 1 (satu) asesor eksternal.</dd>
    <dt>KEENAM</dt>
    <dd>Biaya uji pertama sebesar Rp1.250.000,00 per peserta dibebankan pada DPA Bidang
    Persandian dan Keamanan Informasi. Biaya ujian ulang sebesar Rp500.000,00 per peserta
    ditanggung peserta.</dd>
    <dt>KETUJUH</dt>
    <dd>Ujian ulang paling cepat 45 (empat puluh lima) hari setelah pengumuman hasil dan paling
    banyak 2 (dua) kali dalam 1 (satu) tahun. Peserta yang tidak lulus pada satu komponen cukup
    mengulang komponen tersebut apabila ujian ulang dilakukan dalam 6 (enam) bulan.</dd>
    <dt>KEDELAPAN</dt>
    <dd>Perpanjangan sertifikat diajukan paling lambat 60 (enam puluh) hari sebelum masa
    berlakunya berakhir. Sertifikat yang telah berakhir lebih dari 6 (enam) bulan hanya dapat
    diperoleh kembali melalui uji penuh.</dd>
    <dt>KESEMBILAN</dt>
    <dd>Sertifikat dicabut apabila pemegangnya terbukti berbuat curang dalam uji atau
    membocorkan informasi berklasifikasi, dan yang bersangkutan tidak dapat mengikuti SKI-PKI
    selama 24 (dua puluh empat) bulan.</dd>
    <dt>KESEPULUH</dt>
    <dd>Jadwal uji tahun 2026 tercantum dalam Lampiran II. Perubahan jadwal, tempat, atau kuota
    diputuskan dalam rapat Tim Pengembangan Kompetensi dan diberitahukan dengan nota dinas
    Kepala Bidang Persandian dan Keamanan Informasi.</dd>
    <dt>KESEBELAS</dt>
    <dd>Pemegang sertifikat Operator Sandi Bersertifikat berdasarkan Keputusan Nomor
    {KEP_LAMA} dinyatakan setara Tingkat Operator sampai masa berlaku sertifikatnya berakhir,
    paling lama sampai tanggal 30 Juni 2027.</dd>
    <dt>KEDUA BELAS</dt>
    <dd>Pada saat Keputusan ini mulai berlaku, Keputusan Kepala Dinas Komunikasi dan
    Informatika Nomor {KEP_LAMA} tentang Penetapan Operator Sandi Bersertifikat dicabut dan
    dinyatakan tidak berlaku.</dd>
    <dt>KETIGA BELAS</dt>
    <dd>Keputusan ini mulai berlaku pada tanggal 1 April 2026.</dd>
  </dl>
  <p>Ditetapkan di Lintang Raya pada tanggal 16 Maret 2026. Kepala Dinas Komunikasi,
  Informatika dan Statistik Kabupaten Sekar Lintang, {KADIS}</p>

  <h2>Lampiran I. Persyaratan dan Uji per Jenjang</h2>
  <table class="lampiran">
    <thead>
      <tr><th rowspan="2" colspan="2">Aspek</th><th colspan="2">Jenjang SKI-PKI</th></tr>
      <tr><th>Tingkat Operator (Level 1)</th><th>Tingkat Analis (Level 2)</th></tr>
    </thead>
    <tbody>
      <tr><th rowspan="4">Persyaratan</th><td>Pelatihan</td><td>lulus ADL-08</td>
        <td>lulus ADL-09 dan ADL-11</td></tr>
      <tr><td>Pengalaman</td><td>paling singkat 1 tahun bertugas di bidang persandian, keamanan
        informasi, atau infrastruktur</td><td>memegang sertifikat Tingkat Operator paling singkat
        2 tahun</td></tr>
      <tr><td>Rekam jejak</td><td>-</td><td>menangani paling sedikit 10 insiden tercatat di
        SL-CSIRT dalam 2 tahun terakhir</td></tr>
      <tr><td>Rekomendasi</td><td>atasan langsung</td><td>Kepala Bidang Persandian dan Keamanan
        Informasi</td></tr>
      <tr><th rowspan="3">Komponen uji</th><td>Tertulis</td><td>60 soal pilihan ganda, 90
        menit</td><td>40 soal, 60 menit</td></tr>
      <tr><td>Praktik atau studi kasus</td><td>ujian praktik 120 menit di laboratorium</td>
        <td>studi kasus insiden 90 menit</td></tr>
      <tr><td>Wawancara</td><td>-</td><td>20 menit per peserta</td></tr>
      <tr><th colspan="2">Nilai kelulusan</th><td>tertulis 70 dan praktik 75</td><td>tertulis 75,
        studi kasus 80, dan wawancara dinyatakan memadai</td></tr>
      <tr><th colspan="2">Masa berlaku</th><td>3 tahun</td><td>4 tahun</td></tr>
      <tr><th colspan="2">Pemeliharaan</th><td colspan="2">10 JP pengembangan kompetensi keamanan
        informasi per tahun dan 1 kali latihan simulasi insiden per tahun</td></tr>
    </tbody>
  </table>

  <h2>Lampiran II. Jadwal Uji SKI-PKI Tahun 2026</h2>
  <table class="lampiran">
    <thead>
      <tr><th>Gelombang</th><th>Tanggal uji</th><th>Tempat</th><th>Kuota</th>
      <th>Batas pendaftaran</th><th>Pengumuman hasil</th></tr>
    </thead>
    <tbody>
{_jdih_jadwal_rows()}
    </tbody>
  </table>
  <p>Pendaftaran melalui LINTANG BELAJAR, menu Sertifikasi. Kuota dapat dibagi antara Tingkat
  Operator dan Tingkat Analis sesuai jumlah pendaftar yang memenuhi syarat.</p>
  <p><a href="/unduh/kep-800.1.13-0412-dkis-2026.pdf">Unduh salinan (PDF, 1,2 MB)</a></p>
</article>
<aside>
  <h3>Produk hukum terkait</h3>
  <ul>
    <li>Peraturan Kepala Dinas Nomor 4 Tahun 2026 tentang Pedoman Pengembangan Kompetensi
    Pegawai <span>(Berlaku)</span></li>
    <li>Keputusan Kepala Dinas Komunikasi dan Informatika Nomor {KEP_LAMA} tentang Penetapan
    Operator Sandi Bersertifikat <span>(Dicabut)</span></li>
    <li>Keputusan Kepala Dinas Nomor 800.1.13/0233/DKIS/2026 tentang Susunan Tim SL-CSIRT
    Tahun 2026 <span>(Berlaku)</span></li>
  </ul>
  <h3>Statistik</h3>
  <p>Diunggah 18 Maret 2026 oleh admin JDIH Diskominfotik.</p>
</aside>
</main>
<footer>JDIH Kabupaten Sekar Lintang &copy; 2026. {FIKTIF}</footer>
</body>
</html>
"""


# =========================================================================== KLPP changelog (MD)
KLPP_MD = f"""# Kebijakan Laporan Pasca-Pelatihan (KLPP)

**Pemilik dokumen:** Subbagian Umum dan Kepegawaian, {DINAS}
**Pengesah:** Sekretaris Dinas, {SEKRETARIS}
**Narahubung:** {ANALIS_SDM}, Analis SDM Aparatur Ahli Muda, WhatsApp {WA_KEPEG}
**Dasar:** Peraturan Kepala Dinas Nomor 4 Tahun 2026, Pasal 28

> {FIKTIF} Halaman ini adalah versi Markdown dari kebijakan yang diumumkan di LINTANG BELAJAR.
> Versi terbaru ada di paling atas. Versi yang **berlaku saat ini adalah v1.2**. Bagian v1.3 masih
> rancangan dan belum boleh dipakai.

## Ringkasan yang berlaku saat ini (v1.2, berlaku 1 Juli 2026)

| Kode | Nama formulir | Wajib untuk | Tenggat | Diverifikasi oleh |
|---|---|---|---|---|
| LPP-1 | Laporan Singkat Keikutsertaan | semua pelatihan 4 JP atau lebih | 3 hari kerja setelah pelatihan selesai | atasan langsung |
| LPP-1N | Laporan Singkat Peserta Non-ASN | tenaga pendukung non-ASN, operator alih daya, peserta magang | 5 hari kerja setelah pelatihan selesai | penanggung jawab unit |
| LPP-2 | Rencana Tindak Lanjut (RTL) | pelatihan 16 JP atau lebih | 7 hari kerja setelah pelatihan selesai | atasan langsung |
| LPP-3 | Laporan Penerapan dan Dampak | pelatihan 24 JP atau lebih, atau biaya Rp5.000.000 atau lebih | 90 hari kalender setelah pelatihan selesai | atasan langsung, lalu Subbagian Umum dan Kepegawaian |
| LPP-4 | Laporan Sesi Tular Ilmu | pelatihan eksternal yang dibiayai Dinas | 30 hari kalender setelah pelatihan selesai | Koordinator Sesi Tular Ilmu |

Formulir keuangan **LPJ-1** (rincian biaya perjalanan dinas) dan **LPJ-2** (bukti pengeluaran
riil) bukan bagian KLPP. Keduanya diserahkan ke Subbagian Perencanaan dan Keuangan paling lambat
5 hari kerja setelah kembali dari perjalanan dinas.

---

## v1.3 (rancangan, belum berlaku; direncanakan berlaku 1 Januari 2027)

Status: **RANCANGAN**. Dibahas dalam rapat Tim Pengembangan Kompetensi bulan November 2026.

- Usulan: LPP-3 diganti survei evaluasi perilaku (Kirkpatrick level 3) yang diisi atasan langsung
  langsung di LINTANG BELAJAR.
- Usulan: LPP-2 digabungkan dengan rencana aksi pada SKP, sehingga tidak perlu diunggah terpisah.
- Usulan: tenggat LPP-4 menjadi 45 hari kalender.

Sampai v1.3 disahkan, seluruh ketentuan v1.2 tetap berlaku.

## v1.2 (berlaku 1 Juli 2026)

Disahkan Sekretaris Dinas pada 24 Juni 2026.

### Diubah
- Tenggat LPP-1 dipersingkat dari 5 hari kerja menjadi **3 hari kerja** setelah pelatihan
  selesai.
- LPP-1 wajib untuk semua pelatihan **4 JP atau lebih** (sebelumnya 8 JP atau lebih), sehingga
  e-learning ADL-07 juga memerlukan LPP-1.
- LPP-2 wajib untuk pelatihan **16 JP atau lebih** (sebelumnya 20 JP atau lebih).
- LPP-3 disampaikan **90 hari kalender** setelah pelatihan selesai (sebelumnya 60 hari kalender)
  dan wajib untuk pelatihan 24 JP atau lebih atau yang biayanya Rp5.000.000 atau lebih
  (sebelumnya 30 JP atau lebih).

### Ditambah
- Formulir **LPP-1N** untuk peserta non-ASN: tanpa nilai JP, tenggat 5 hari kerja, diverifikasi
  penanggung jawab unit. Surat Keterangan Mengikuti baru diterbitkan setelah LPP-1N masuk.
- Sanksi keterlambatan: JP dari pelatihan yang LPP-1-nya terlambat baru dicatat setelah LPP-1
  diunggah. Apabila keterlambatan LPP-1 lebih dari 30 hari kalender, Pegawai tidak dapat diusulkan
  mengikuti pelatihan eksternal yang dibiayai Dinas selama 6 bulan.
- Sertifikat elektronik ADL terbit 5 hari kerja setelah LPP-1 diverifikasi (menegaskan Pasal 18
  Peraturan Kepala Dinas Nomor 4 Tahun 2026).
- Bagi Pegawai UPTD LCC yang bekerja shift, tenggat tetap dihitung dengan hari kerja kantor (Senin
  sampai Jumat), walaupun yang bersangkutan bertugas pada hari Sabtu atau Minggu.

### Diperjelas
- LPJ-1 dan LPJ-2 adalah formulir keuangan, bukan LPP-1 atau LPP-2.
- Pelatihan yang berakhir sebelum 1 Juli 2026 tetap mengikuti tenggat v1.1.

## v1.1 (berlaku 1 Maret 2026)

Disahkan Sekretaris Dinas pada 16 Februari 2026.

### Diubah
- Laporan diunggah melalui LINTANG BELAJAR, menu Laporan Pasca-Pelatihan. Pengiriman lewat surel
  {EMAIL_KEPEG} tidak diterima lagi.
- Tenggat LPP-2 dipersingkat dari 10 hari kerja menjadi 7 hari kerja.
- Verifikasi atasan langsung dipersingkat dari 5 hari kerja menjadi 3 hari kerja.

### Ditambah
- Formulir **LPP-4 Laporan Sesi Tular Ilmu**: Pegawai yang mengikuti pelatihan eksternal yang
  dibiayai Dinas wajib membagikan hasilnya dalam Sesi Tular Ilmu paling singkat 45 menit dan
  mengunggah LPP-4 paling lambat 30 hari kalender setelah pelatihan selesai.

### Tetap
- LPP-1: tenggat 5 hari kerja, wajib untuk pelatihan 8 JP atau lebih.
- LPP-3: 60 hari kalender setelah pelatihan, wajib untuk pelatihan 30 JP atau lebih.

## v1.0 (berlaku 2 Januari 2025)

Versi pertama, ditetapkan bersamaan dengan perubahan nama menjadi Dinas Komunikasi, Informatika
dan Statistik.

- LPP-1 Laporan Singkat Keikutsertaan: tenggat 5 hari kerja, wajib untuk pelatihan 8 JP atau
  lebih.
- LPP-2 Rencana Tindak Lanjut: tenggat 10 hari kerja, wajib untuk pelatihan 20 JP atau lebih,
  ditandatangani atasan langsung.
- LPP-3 Laporan Penerapan dan Dampak: 60 hari kalender setelah pelatihan, wajib untuk pelatihan
  30 JP atau lebih.
- Laporan dikirim lewat surel ke {EMAIL_KEPEG}; verifikasi atasan langsung 5 hari kerja.
- Subbagian Umum dan Kepegawaian mencatat JP paling lambat 5 hari kerja setelah verifikasi
  atasan.

---

### Isi minimal setiap formulir (tidak berubah sejak v1.0)

1. **LPP-1**: nama pelatihan, penyelenggara, tanggal, JP, tiga pelajaran utama, penilaian 1-5
   atas materi, pengajar, metode, sarana, jadwal, dan relevansi dengan tugas.
2. **LPP-2**: kegiatan tindak lanjut, target, jadwal, indikator keberhasilan, dan kaitannya dengan
   SKP.
3. **LPP-3**: apa yang sudah diterapkan beserta bukti, dampak terhadap pekerjaan atau layanan,
   kendala, dukungan yang dibutuhkan, dan pengesahan atasan langsung.
4. **LPP-4**: judul sesi, tanggal, jumlah peserta, bahan paparan, dan daftar hadir.

Riwayat dokumen: dibuat 2 Januari 2025; terakhir diubah 24 Juni 2026 ({ANALIS_SDM}).
"""


# =========================================================================== DOCX helpers
def _fix_zip_times(path):
    """Rewrite the zip with a fixed timestamp so the file is reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


def _cell_text(cell, text, bold=False, size=None):
    from docx.shared import Pt

    cell.text = ""
    par = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def docx_table(
    doc,
    header,
    rows,
    widths=None,
    size=9.5,
    header_rows=None,
    merges=(),
    shade="D9E2F3",
    style="Table Grid",
):
    """header: list of labels, or header_rows: list of lists (several header rows); merges:
    ((r1, c1, r2, c2), ...) in table coordinates, applied after filling."""
    from docx.shared import Cm

    hrows = header_rows or [header]
    ncol = len(hrows[0])
    t = doc.add_table(rows=len(hrows) + len(rows), cols=ncol)
    t.style = style
    for r, hr in enumerate(hrows):
        for c, val in enumerate(hr):
            _cell_text(t.cell(r, c), val, bold=True, size=size)
            _shade(t.cell(r, c), shade)
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            _cell_text(t.cell(len(hrows) + r, c), val, size=size)
    for r1, c1, r2, c2 in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        _cell_text(m, keep, bold=r1 < len(hrows), size=size)
    if widths:
        for row in t.rows:
            for c, wd in enumerate(widths):
                row.cells[c].width = Cm(wd)
    return t


def new_docx(title, subject=""):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = DINAS
    cp.subject = subject or FIKTIF
    cp.comments = FIKTIF
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "Subbagian Umum dan Kepegawaian"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def para(doc, text, bold=False, italic=False, size=None, align=None, style=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def bullets(doc, items, numbered=False):
    for it in items:
        doc.add_paragraph(it, style="List Number" if numbered else "List Bullet")


def footer_fiktif(doc, text):
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = text


# =========================================================================== minutes (DOCX)
NOTULEN_HADIR = [
    ["1", SEKRETARIS, "Sekretaris Dinas / Ketua TPK", "hadir (pimpinan rapat)"],
    ["2", KABID_APTIKA, "Kepala Bidang Aplikasi dan Tata Kelola Informatika", "hadir"],
    [
        "3",
        KASI_KAMINFO,
        "Kepala Seksi Infrastruktur Jaringan, mewakili Kepala Bidang "
        "Infrastruktur dan Teknologi Informasi",
        "diwakili",
    ],
    ["4", KABID_IKP, "Kepala Bidang Informasi dan Komunikasi Publik", "hadir"],
    ["5", KABID_STAT, "Kepala Bidang Statistik Sektoral", "hadir"],
    ["6", KABID_SANDI, "Kepala Bidang Persandian dan Keamanan Informasi", "hadir"],
    ["7", KA_LCC, "Kepala UPTD Lintang Command Center", "hadir"],
    ["8", KASUBAG_UK, "Kepala Subbagian Umum dan Kepegawaian / sekretaris TPK", "hadir"],
    ["9", KASUBAG_PK, "Kepala Subbagian Perencanaan dan Keuangan", "hadir"],
    ["10", KOORD_SULUH, "Koordinator SULUH", "hadir"],
    ["11", KETUA_PENGUJI, "Ketua Tim Penguji Internal SKI-PKI", "hadir"],
    ["12", ADMIN_LMS, "Admin LINTANG BELAJAR", "hadir"],
    ["13", KOORD_SHIFT, "Koordinator Shift UPTD LCC", "hadir"],
    ["14", ANALIS_SDM, "Analis SDM Aparatur Ahli Muda (notulis)", "hadir"],
]

NOTULEN_TL = [
    [
        "1",
        "Menerbitkan nota dinas jadwal baru Uji SKI-PKI Gelombang II",
        KABID_SANDI,
        "paling lambat Senin, 14 September 2026",
    ],
    [
        "2",
        "Mengumumkan seluruh perubahan di kanal Telegram Info Bangkom dan LINTANG BELAJAR",
        ADMIN_LMS,
        "Kamis, 23 Juli 2026",
    ],
    [
        "3",
        "Memproses pergeseran anggaran Rp5.000.000 ke pos uji SKI-PKI",
        KASUBAG_PK,
        "Jumat, 31 Juli 2026",
    ],
    [
        "4",
        "Memesan Gedung Serbaguna Lintang Raya untuk Temu Karya SULUH",
        KOORD_SULUH,
        "Jumat, 7 Agustus 2026",
    ],
    [
        "5",
        "Mengatur shift operator yang mengikuti Uji SKI-PKI dan ADL-19 Angkatan III",
        KOORD_SHIFT,
        "Rabu, 30 September 2026",
    ],
    [
        "6",
        "Menanyakan kaitan capaian JP dengan TPP kepada BKPSDM",
        KASUBAG_UK,
        "Senin, 31 Agustus 2026",
    ],
]


def write_notulen(path):
    doc = new_docx("Notulen Rapat Koordinasi Tim Pengembangan Kompetensi 22 Juli 2026")
    para(doc, "NOTULEN RAPAT KOORDINASI", bold=True, size=14, align="center")
    para(doc, "TIM PENGEMBANGAN KOMPETENSI (TPK)", bold=True, size=13, align="center")
    para(doc, DINAS, align="center")
    para(doc, FIKTIF, italic=True, align="center", size=9)
    docx_table(
        doc,
        None,
        [
            ["Hari, tanggal", "Rabu, 22 Juli 2026"],
            ["Waktu", "pukul 09.00–11.45 WIB"],
            ["Tempat", "Ruang Rapat Sekretariat lantai 2, kantor Dinas, " + KANTOR],
            ["Pimpinan rapat", f"{SEKRETARIS} (Sekretaris Dinas, Ketua TPK)"],
            ["Notulis", f"{ANALIS_SDM} (Analis SDM Aparatur Ahli Muda)"],
            ["Peserta", "14 orang (daftar hadir di bawah)"],
            [
                "Agenda",
                "Capaian JP Semester I; renovasi Laboratorium Sandi dan dampaknya; ADL-19 "
                "Angkatan III; SULUH Angkatan II; Sesi Tular Ilmu; RPK; lain-lain",
            ],
        ],
        header_rows=[["Unsur", "Keterangan"]],
        widths=[4, 12],
    )
    para(doc, "")
    para(doc, "Daftar hadir", bold=True)
    docx_table(doc, ["No", "Nama", "Jabatan", "Kehadiran"], NOTULEN_HADIR, widths=[1, 5, 8, 3])
    para(doc, "")
    para(doc, "I. PEMBUKAAN", bold=True)
    para(
        doc,
        "Rapat dibuka pukul 09.05 WIB oleh Ketua TPK. Ketua menyampaikan bahwa rapat ini "
        "terutama membahas dampak renovasi Laboratorium Sandi terhadap jadwal semester II, "
        "karena Linimasa Pengembangan Kompetensi Semester II yang terbit 1 Juli 2026 disusun "
        "sebelum jadwal renovasi diketahui.",
    )
    para(doc, "II. PEMBAHASAN", bold=True)
    para(doc, "1. Capaian JP Semester I", bold=True)
    para(
        doc,
        "Analis SDM Aparatur melaporkan bahwa per 30 Juni 2026 sebanyak 61 dari 148 Pegawai "
        "ASN (41,2%) telah mencapai paling sedikit separuh target JP tahunannya. Capaian "
        "terendah ada di Bidang Informasi dan Komunikasi Publik (28%), karena padatnya "
        "agenda peliputan. UPTD LCC mencapai 90% (9 dari 10 Pegawai ASN) sesuai rekap bulanan "
        "UPTD LCC tertanggal 3 Juli 2026. Operator alih daya tidak dihitung karena bukan ASN.",
    )
    para(doc, "2. Renovasi Laboratorium Sandi", bold=True)
    para(
        doc,
        "Kepala Bidang Persandian dan Keamanan Informasi menyampaikan bahwa Laboratorium Sandi "
        "lantai 2 akan direnovasi (penggantian instalasi listrik dan pendingin ruang server) "
        "mulai 1 September sampai dengan 30 Oktober 2026, sehingga tidak dapat dipakai untuk "
        "pelatihan maupun uji. Rapat memutuskan:",
    )
    para(
        doc,
        "a. Uji SKI-PKI Gelombang II yang semula dijadwalkan Selasa–Rabu, 22–23 September 2026 "
        "di Laboratorium Sandi lantai 2 dipindahkan ke Selasa–Rabu, 6–7 Oktober 2026 di Ruang "
        "Kelas LCC lantai 2, Gedung Lintang Command Center.",
    )
    para(
        doc,
        "b. Kuota Uji SKI-PKI Gelombang II dinaikkan dari 16 orang menjadi 20 orang, karena 7 "
        "Pegawai Bidang Infrastruktur dan Teknologi Informasi yang baru ditetapkan sebagai "
        "anggota SL-CSIRT memerlukan sertifikat Tingkat Operator.",
    )
    para(
        doc,
        "c. Batas pendaftaran Uji SKI-PKI Gelombang II diundur dari Jumat, 28 Agustus 2026 "
        "menjadi Jumat, 11 September 2026 pukul 16.00 WIB.",
    )
    para(
        doc,
        "d. Pengumuman hasil Uji SKI-PKI Gelombang II bergeser dari Jumat, 9 Oktober 2026 "
        "menjadi Jumat, 23 Oktober 2026.",
    )
    para(
        doc,
        "e. Tambahan biaya untuk 4 peserta, yaitu 4 x Rp1.250.000 = Rp5.000.000 (lima juta "
        "rupiah), diambil dari pos Sertifikasi profesi eksternal melalui pergeseran anggaran "
        "yang disetujui Kepala Subbagian Perencanaan dan Keuangan.",
    )
    para(
        doc,
        "f. ADL-09 Penanganan Insiden Siber (SL-CSIRT) Angkatan II yang semula Senin–Kamis, "
        "14–17 September 2026 dimajukan menjadi Senin–Kamis, 24–27 Agustus 2026, tetap di "
        "Laboratorium Sandi lantai 2, agar selesai sebelum renovasi. Pendaftarannya ditutup "
        "Jumat, 14 Agustus 2026.",
    )
    para(
        doc,
        "Ketua Tim Penguji Internal menambahkan bahwa Ruang Kelas LCC hanya memuat 12 laptop "
        "ujian, sehingga ujian praktik Tingkat Operator dibagi menjadi 2 sesi.",
    )
    para(doc, "3. ADL-19 Angkatan III", bold=True)
    para(
        doc,
        f"Kepala UPTD LCC menyampaikan bahwa {ALIH_DAYA} menambah 8 operator alih daya baru "
        "mulai 1 Oktober 2026. Rapat memutuskan kuota ADL-19 Pelayanan Panggilan Darurat 112 "
        "Angkatan III (Selasa–Kamis, 20–22 Oktober 2026) dinaikkan dari 20 menjadi 28 "
        "orang; tempat tetap di Ruang Kelas LCC lantai 2. Sampai lulus ADL-19, operator baru "
        "hanya boleh mendampingi operator senior dan belum boleh menerima panggilan "
        "sendiri.",
    )
    para(doc, "4. SULUH Angkatan II", bold=True)
    para(
        doc,
        "Koordinator SULUH melaporkan bahwa 3 calon pemandu baru akan lulus ADL-22 pada "
        "Angkatan II (28–29 Juli 2026), sehingga pasangan belum dapat diumumkan pada 24 Juli. "
        "Rapat memutuskan: pengumuman pasangan diundur menjadi Jumat, 31 Juli 2026; program "
        "dimulai Senin, 10 Agustus 2026 (semula 3 Agustus) dan berakhir Jumat, 27 November "
        "2026 (semula 20 November); Temu Karya dipindahkan dari Kamis, 19 November 2026 di "
        "Aula Rangkong lantai 1 ke Kamis, 26 November 2026 pukul 08.30 WIB di Gedung "
        "Serbaguna Lintang Raya, karena jumlah undangan bertambah menjadi sekitar 120 orang.",
    )
    para(doc, "5. Sesi Tular Ilmu Agustus", bold=True)
    para(
        doc,
        "Sesi Tular Ilmu Kamis, 13 Agustus 2026 diubah dari tatap muka di Aula Rangkong "
        "lantai 1 menjadi daring melalui Zoom, pukul 13.30–15.00 WIB, karena aula dipakai "
        "persiapan Pameran Inovasi Daerah. Penyaji: Indra Gunawan, S.Tr.Kom., dengan topik "
        "pelajaran dari latihan table-top SL-CSIRT.",
    )
    para(doc, "6. Perubahan RPK", bold=True)
    para(
        doc,
        "Karena beberapa jadwal pelatihan bergeser, batas perubahan RPK terakhir untuk tahun "
        "2026 saja diundur dari 30 September 2026 menjadi Jumat, 16 Oktober 2026. Batas "
        "perubahan paling banyak 2 kali setahun tetap berlaku.",
    )
    para(doc, "7. Lain-lain", bold=True)
    para(
        doc,
        "a. Usulan uang lembur bagi operator LCC yang menggantikan rekan yang sedang "
        "pelatihan belum diputuskan dan diteruskan kepada Subbagian Perencanaan dan Keuangan "
        "untuk dikaji.",
    )
    para(
        doc,
        "b. Pertanyaan apakah kekurangan JP memengaruhi Tambahan Penghasilan Pegawai (TPP) "
        "tidak dapat dijawab TPK karena bukan kewenangannya; akan ditanyakan kepada BKPSDM.",
    )
    para(
        doc,
        f"c. Semester ini terdapat 6 peserta magang dari {POLTEK}. Mereka hanya mengikuti "
        "ADL-02 dan ADL-07, sesuai Pasal 7 ayat (5) Peraturan Kepala Dinas Nomor 4 Tahun "
        "2026.",
    )
    para(
        doc,
        "d. TPK akan mengusulkan kenaikan target JP Sandiman tahun 2027 dari 36 JP menjadi "
        "40 JP dalam proyeksi kebutuhan 2025–2027.",
    )
    para(doc, "III. TINDAK LANJUT", bold=True)
    docx_table(
        doc, ["No", "Tindak lanjut", "Penanggung jawab", "Tenggat"], NOTULEN_TL, widths=[1, 8, 5, 4]
    )
    para(doc, "")
    para(
        doc,
        "Catatan: Linimasa Semester II (terbit 1 Juli 2026), kartu katalog Akademi Digital "
        "Lintang, dan Buku Saku SULUH tidak dicetak ulang. Perubahan di atas berlaku sejak "
        "notulen ini ditandatangani. Rapat ditutup pukul 11.45 WIB.",
    )
    para(doc, f"Lintang Raya, 22 Juli 2026. Pimpinan rapat: {SEKRETARIS} Notulis: {ANALIS_SDM}")
    footer_fiktif(doc, "Notulen Rapat TPK 22 Juli 2026 - " + FIKTIF)
    doc.save(path)


# =========================================================================== nota dinas (TXT)
NOTA_TXT = f"""PEMERINTAH KABUPATEN SEKAR LINTANG
DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK
{KANTOR} | Telp. {TELP} | {EMAIL_SANDI}

NOTA DINAS

Kepada     : Yth. 1. Sekretaris Dinas
                  2. Kepala Bidang Aplikasi dan Tata Kelola Informatika
                  3. Kepala Bidang Infrastruktur dan Teknologi Informasi
                  4. Kepala UPTD Lintang Command Center
Dari       : Kepala Bidang Persandian dan Keamanan Informasi
Tembusan   : Kepala Dinas Komunikasi, Informatika dan Statistik
Tanggal    : 14 September 2026
Nomor      : {ND_NO}
Sifat      : Segera
Lampiran   : 1 (satu) berkas
Hal        : Pelaksanaan Uji SKI-PKI Gelombang II Tahun 2026

({FIKTIF})

Menindaklanjuti hasil Rapat Koordinasi Tim Pengembangan Kompetensi tanggal 22 Juli 2026 dan
Diktum KESEPULUH Keputusan Kepala Dinas Nomor {KEP_BARU}, dengan hormat kami sampaikan
pelaksanaan Uji Sertifikasi Kompetensi Internal Persandian dan Keamanan Informasi (SKI-PKI)
Gelombang II Tahun 2026 sebagai berikut.

1. Waktu dan tempat
   Hari/tanggal : Selasa-Rabu, 6-7 Oktober 2026
   Tempat       : Ruang Kelas LCC lantai 2, {GEDUNG_LCC}
   (Laboratorium Sandi lantai 2 sedang direnovasi sampai dengan 30 Oktober 2026.)

2. Peserta
   Pendaftaran ditutup Jumat, 11 September 2026 pukul 16.00 WIB. Pendaftar yang memenuhi syarat
   sebanyak 19 (sembilan belas) orang dari kuota 20 (dua puluh) orang:
   - Tingkat Operator : 13 orang (7 di antaranya anggota baru SL-CSIRT dari Bidang
                        Infrastruktur dan Teknologi Informasi)
   - Tingkat Analis   : 6 orang (2 di antaranya Sandiman Ahli Muda yang mendaftar langsung
                        tanpa sertifikat Tingkat Operator)
   Satu kursi yang tersisa tidak diisi. Daftar nama peserta terlampir.

3. Jadwal
   Selasa, 6 Oktober 2026 (Tingkat Operator)
     07.30-08.00 WIB  registrasi dan penitipan telepon genggam
     08.00-09.30 WIB  ujian tertulis (60 soal pilihan ganda, 90 menit)
     10.00-12.00 WIB  ujian praktik sesi 1 (7 peserta)
     13.00-15.00 WIB  ujian praktik sesi 2 (6 peserta)
   Rabu, 7 Oktober 2026 (Tingkat Analis)
     07.30-08.00 WIB  registrasi
     08.00-09.00 WIB  ujian tertulis (40 soal, 60 menit)
     09.30-11.00 WIB  studi kasus insiden (90 menit)
     13.00-15.00 WIB  wawancara, 20 menit per peserta, sesuai urutan nomor peserta

4. Ketentuan bagi peserta
   a. Membawa kartu identitas pegawai; telepon genggam dititipkan kepada panitia selama ujian.
   b. Laptop ujian disediakan panitia (12 unit); peserta tidak membawa laptop sendiri.
   c. Peserta yang bertugas di UPTD LCC dibebaskan dari Shift III pada malam sebelum hari
      ujiannya. Koordinator Shift ({KOORD_SHIFT}) mengatur petugas pengganti.
   d. Peserta yang terlambat lebih dari 15 menit tidak dapat mengikuti ujian tertulis dan
      dijadwalkan pada gelombang berikutnya.
   e. Biaya uji pertama Rp1.250.000 per peserta ditanggung DPA Bidang Persandian dan Keamanan
      Informasi; peserta ujian ulang membayar sendiri Rp500.000.

5. Penguji
   Tim Penguji Internal diketuai {KETUA_PENGUJI}. Untuk Tingkat Analis, tim ditambah asesor
   eksternal {ASESOR_EKS} dari Dinas Komunikasi dan Informatika Provinsi Rantau Biru.
   {PENGUJI_2} tidak menguji 3 peserta dari Bidang Infrastruktur dan Teknologi Informasi
   yang merupakan anggota tim kerja yang dipimpinnya, untuk menghindari konflik kepentingan.

6. Pengumuman hasil
   Hasil diumumkan Jumat, 23 Oktober 2026 melalui LINTANG BELAJAR dan surat kepada kepala unit
   kerja peserta.

Mohon Bapak/Ibu memberi izin kepada pegawai yang bersangkutan. Narahubung: {KETUA_PENGUJI},
WhatsApp {WA_SANDI}.

Kepala Bidang Persandian dan Keamanan Informasi,

ttd.

{KABID_SANDI}
NIP {KABID_SANDI_NIP}
"""


# =========================================================================== projection (DOCX)
PROYEKSI_JP = [
    # position, staff 2026, target 2025, actual 2025, target 2026, actual to 30 June, 2027
    ["JF Pranata Komputer Terampil dan Mahir", "9", "20", "22,4", "26", "14,1", "26"],
    ["JF Pranata Komputer Ahli Pertama", "12", "24", "26,0", "30", "17,5", "30"],
    ["JF Pranata Komputer Ahli Muda", "6", "24", "31,2", "32", "21,0", "32"],
    ["JF Pranata Komputer Ahli Madya", "2", "24", "18,5", "34", "12,0", "34"],
    ["JF Statistisi", "11", "24", "25,7", "30", "19,4", "32"],
    ["JF Pranata Hubungan Masyarakat", "10", "20", "18,2", "28", "8,9", "28"],
    ["JF Sandiman", "8", "30", "33,1", "36", "24,6", "40"],
    ["Operator LCC (PNS dan PPPK)", "8", "20", "21,3", "24", "30,9", "24"],
    ["Pejabat administrator", "6", "20", "22,0", "26", "9,5", "26"],
    ["Pejabat pengawas", "17", "20", "19,6", "24", "11,2", "24"],
    ["Kepala Dinas", "1", "20", "24,0", "20", "6,0", "20"],
    ["Pelaksana", "51", "20", "16,8", "20", "10,3", "20"],
    ["PPPK paruh waktu", "7", "-", "-", "8", "6,0", "8"],
]

PROYEKSI_RP = [
    ["Pelatihan katalog ADL", 402_150_000, 486_500_000, 512_000_000],
    [
        "Uji sertifikasi internal (2025: uji operator sandi; 2026: SKI-PKI)",
        7_200_000,
        35_000_000,
        50_000_000,
    ],
    ["Program SULUH", 0, 57_600_000, 62_400_000],
    ["Pengiriman pegawai ke pelatihan eksternal", 151_300_000, 172_000_000, 180_000_000],
    ["Lisensi dan pemeliharaan LINTANG BELAJAR", 60_000_000, 64_800_000, 66_000_000],
    ["Pelatihan operator LCC termasuk operator alih daya", 41_800_000, 52_250_000, 61_750_000],
    ["Sesi Tular Ilmu dan komunitas belajar", 4_800_000, 9_600_000, 9_600_000],
    ["Anugerah Lintang Cendekia", 7_500_000, 7_500_000, 7_500_000],
    ["Sertifikasi profesi eksternal", 36_000_000, 58_000_000, 70_000_000],
]


def _rp_or_dash(n):
    return rp(n) if n else "-"


def write_proyeksi(path):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = new_docx("Proyeksi Kebutuhan Pengembangan Kompetensi 2025-2027")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(
        doc,
        "PROYEKSI KEBUTUHAN PENGEMBANGAN KOMPETENSI TAHUN 2025–2027",
        bold=True,
        size=14,
        align="center",
    )
    para(doc, DINAS, align="center")
    para(
        doc,
        "Bahan pembahasan Tim Pengembangan Kompetensi, belum ditetapkan. Disusun Subbagian "
        "Perencanaan dan Keuangan bersama Subbagian Umum dan Kepegawaian, 3 Agustus 2026. "
        + FIKTIF,
        italic=True,
        size=9,
    )
    para(doc, "Tabel 1. Target dan realisasi rata-rata JP per jabatan", bold=True)
    rows = [[r[0], r[1], r[2], r[3], r[4], r[5], r[6]] for r in PROYEKSI_JP]
    docx_table(
        doc,
        None,
        rows,
        header_rows=[
            ["Jabatan", "Jumlah pegawai 2026", "Tahun 2025", "", "Tahun 2026", "", "Tahun 2027"],
            [
                "",
                "",
                "Target JP",
                "Realisasi rata-rata JP",
                "Target JP",
                "Realisasi rata-rata JP s.d. 30 Juni",
                "Usulan target JP",
            ],
        ],
        merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)),
        widths=[6.5, 2.5, 2.2, 3, 2.2, 3.5, 2.6],
    )
    para(
        doc,
        "Catatan Tabel 1: target 2025 masih mengikuti Pedoman Pendidikan dan Pelatihan "
        "Pegawai Tahun 2020 (20 JP umum, 24 JP bagi JF teknis TI dan statistik, 30 JP bagi "
        "Sandiman). Usulan kenaikan target Sandiman menjadi 40 JP pada 2027 berasal dari "
        "rapat TPK 22 Juli 2026 karena bertambahnya kewajiban pemeliharaan sertifikat "
        "SKI-PKI. Jumlah pegawai 2026 seluruhnya 148 orang ASN.",
        size=9,
    )
    para(doc, "Tabel 2. Anggaran per komponen", bold=True)
    rrows = [[r[0], _rp_or_dash(r[1]), rp(r[2]), rp(r[3])] for r in PROYEKSI_RP]
    tot = [sum(r[i] for r in PROYEKSI_RP) for i in (1, 2, 3)]
    rrows.append(["Jumlah", rp(tot[0]), rp(tot[1]), rp(tot[2])])
    docx_table(
        doc,
        ["Komponen", "Realisasi 2025", "Pagu 2026", "Usulan 2027"],
        rrows,
        widths=[10, 4.5, 4.5, 4.5],
    )
    para(
        doc,
        "Catatan Tabel 2: Pagu 2026 adalah pagu awal. Pergeseran Rp5.000.000 dari pos "
        "sertifikasi profesi eksternal ke uji SKI-PKI (notulen 22 Juli 2026) tidak mengubah "
        "jumlah pagu. Program SULUH baru dimulai tahun 2026.",
        size=9,
    )
    para(doc, "Tabel 3. Komposisi pegawai dan tenaga non-ASN", bold=True)
    t = docx_table(
        doc,
        ["Status", "2025", "2026", "2027 (proyeksi)", "Keterangan 2026"],
        [
            ["PNS", "118", "112", "108", "6 pensiun pada 2026"],
            ["PPPK penuh waktu", "16", "29", "35", "13 PPPK diangkat 1 Maret 2026"],
            ["PPPK paruh waktu", "0", "7", "7", "diangkat Januari 2026"],
            ["Jumlah ASN", "134", "148", "150", "-"],
            ["Non-ASN (bukan ASN, tanpa target JP)", "37", "40", "48", ""],
        ],
        widths=[5.5, 2.5, 2.5, 3, 9],
    )
    nested_cell = t.cell(5, 4)
    nested_cell.text = "Rincian non-ASN 2026:"
    nt = nested_cell.add_table(rows=4, cols=2)
    nt.style = "Table Grid"
    for r, (a, b) in enumerate(
        [
            ("Tenaga pendukung (honorer dan kontrak)", "16 orang"),
            (f"Operator alih daya {ALIH_DAYA}", "18 orang (bertambah 8 mulai 1 Oktober 2026)"),
            (f"Peserta magang {POLTEK}", "6 orang"),
            ("Jumlah", "40 orang"),
        ]
    ):
        _cell_text(nt.cell(r, 0), a, size=9)
        _cell_text(nt.cell(r, 1), b, size=9)
    para(doc, "")
    para(
        doc,
        "Proyeksi 2027 bergantung pada formasi CASN dan PPPK 2027 yang belum diumumkan.",
        size=9,
    )
    footer_fiktif(doc, "Proyeksi Kebutuhan Pengembangan Kompetensi 2025-2027 - " + FIKTIF)
    doc.save(path)


# =========================================================================== catalogue cards (DOCX)
KARTU_CATATAN = {
    "ADL-02": "Diakui paling banyak 4 JP per hari; kelas terbuka sampai 30 November 2026.",
    "ADL-03": "Nilai ujian praktik paling rendah 75.",
    "ADL-04": "Nilai ujian praktik paling rendah 75.",
    "ADL-05": "Hari pertama daring melalui Zoom (6 JP), tiga hari berikutnya klasikal di "
    "laboratorium. Peserta membawa contoh kode aplikasi unitnya.",
    "ADL-07": "Wajib bagi seluruh pegawai baru dalam 30 hari pertama bertugas.",
    "ADL-08": "Syarat Tingkat Operator SKI-PKI.",
    "ADL-09": "Nilai ujian praktik paling rendah 75. Bersama ADL-11 menjadi syarat Tingkat "
    "Analis SKI-PKI.",
    "ADL-11": "Peserta menandatangani pakta kerahasiaan.",
    "ADL-16": "Admin media sosial non-ASN perangkat daerah wajib membawa surat tugas.",
    "ADL-19": "Wajib lulus sebelum operator bertugas mandiri; operator alih daya memperoleh Surat "
    "Keterangan Mengikuti tanpa JP.",
    "ADL-20": "Dapat diselenggarakan juga pada masa tanpa pelepasan shift.",
    "ADL-22": "Syarat menjadi Pemandu SULUH.",
}


def write_kartu(path):
    doc = new_docx("Kartu Katalog Akademi Digital Lintang 2026")
    para(
        doc, "KARTU KATALOG AKADEMI DIGITAL LINTANG (ADL) 2026", bold=True, size=14, align="center"
    )
    para(doc, "Edisi Januari 2026 - " + DINAS, align="center")
    para(
        doc,
        FIKTIF + " Satu kartu untuk satu pelatihan. Pendaftaran melalui LINTANG BELAJAR "
        "paling lambat 7 hari kerja sebelum pelatihan. Kelas klasikal Senin–Kamis "
        "pukul 08.00–15.30 WIB dan Jumat pukul 08.00–11.30 WIB. Seluruh pelatihan "
        "tanpa biaya bagi peserta.",
        size=9.5,
    )
    para(
        doc,
        "Daftar kode: ADL-01 sampai ADL-22. Tempat: Aula Rangkong lantai 1, Laboratorium "
        "Komputer lantai 3, Laboratorium Sandi lantai 2, Ruang Kelas Data lantai 3, dan "
        "Media Center lantai 1 berada di kantor Dinas; Ruang Kelas LCC lantai 2 berada di "
        "Gedung Lintang Command Center.",
        size=9.5,
    )
    for k in KATALOG:
        code, name, jenis, sasaran, jp, metode, sesi, tempat, kuota, prasyarat, nonasn, pj = k
        rows = [
            ["Kode", code],
            ["Nama pelatihan", name],
            ["Jenis kompetensi", jenis],
            ["Sasaran", sasaran],
            ["JP", f"{jp} JP"],
            ["Metode", metode],
            [
                "Jadwal",
                "\n".join(
                    f"{lab}: {rentang(a, b, hari=lab != 'Kelas terbuka')}" for lab, a, b in sesi
                ),
            ],
            ["Tempat", tempat],
            ["Kuota per angkatan", kuota if kuota == "tidak dibatasi" else f"{kuota} orang"],
            ["Prasyarat", prasyarat],
            ["Terbuka bagi non-ASN", nonasn],
            ["Penanggung jawab", pj],
        ]
        if code in KARTU_CATATAN:
            rows.append(["Catatan", KARTU_CATATAN[code]])
        para(doc, "")
        docx_table(
            doc, None, rows[1:], header_rows=[rows[0]], widths=[4.5, 11.5], size=9.5, shade="FCE4D6"
        )
    footer_fiktif(doc, "Kartu Katalog ADL 2026, edisi Januari 2026 - " + FIKTIF)
    doc.save(path)


# =========================================================================== form SLH-2 (DOCX)
def write_formulir(path):
    doc = new_docx("Formulir SLH-2 Catatan Sesi SULUH")
    para(doc, "FORMULIR SLH-2", bold=True, size=14, align="center")
    para(
        doc,
        "CATATAN SESI SULUH (SAHABAT UNTUK LANGKAH UNGGUL DAN HANDAL)",
        bold=True,
        align="center",
    )
    para(
        doc,
        DINAS + " - versi formulir 2026.2 (Juli 2026). " + FIKTIF,
        italic=True,
        size=9,
        align="center",
    )
    para(doc, "PETUNJUK PENGISIAN", bold=True)
    for line in [
        "1. SLH-2 diisi oleh pembelajar paling lambat 2 hari kerja setelah setiap sesi, diparaf "
        "pemandu, lalu diunggah ke LINTANG BELAJAR pada menu SULUH.",
        "2. Satu formulir untuk satu sesi. Sesi yang berlangsung kurang dari 60 menit tidak "
        "dihitung sebagai sesi.",
        "3. Untuk sesi daring, lampirkan tangkapan layar yang tidak menampilkan data rahasia atau "
        "data pribadi warga.",
        "4. SLH-2 yang terlambat lebih dari 5 hari kerja membuat sesi tersebut tidak diberi JP.",
        "5. JP per sesi: pembelajar 2 JP, pemandu 1 JP. JP diakui setelah Koordinator SULUH "
        "memverifikasi SLH-2.",
        "6. Jangan tertukar: SLH-2 bukan LPP-2 (Rencana Tindak Lanjut pasca-pelatihan).",
    ]:
        para(doc, line, size=10)
    para(doc, "BAGIAN I. TEMPLAT KOSONG", bold=True)
    blank = [
        ["A. Angkatan", "..............................."],
        ["Nama dan NIP pembelajar", "..............................."],
        ["Nama dan NIP pemandu", "..............................."],
        ["Sesi ke-", "...... dari 8"],
        ["Tanggal dan waktu", "......................., pukul ........ - ........ WIB"],
        ["Durasi", "........ menit"],
        ["Bentuk sesi", "☐ Tatap muka   ☐ Daring   ☐ Sesi bayangan"],
        ["Tempat atau tautan", "..............................."],
        ["B. Topik dan tujuan sesi", ""],
        ["C. Hal yang dipelajari (paling banyak 3)", "1.\n2.\n3."],
        ["D. Rencana aksi sampai sesi berikutnya", "Kegiatan | Target | Tenggat"],
        ["E. Kendala dan dukungan yang dibutuhkan", ""],
        ["F. Paraf pembelajar / paraf pemandu", "............ / ............"],
        ["Tanggal unggah", "..............................."],
    ]
    docx_table(doc, None, blank[1:], header_rows=[blank[0]], widths=[6, 10], shade="EDEDED")
    para(doc, "")
    para(doc, "BAGIAN II. CONTOH PENGISIAN", bold=True)
    para(
        doc,
        "Contoh berikut diisi oleh pembelajar Angkatan II dan dipakai dalam sosialisasi; "
        "nama dan isinya rekaan.",
        italic=True,
        size=9,
    )
    contoh = [
        ["A. Angkatan", "SULUH Angkatan II Tahun 2026"],
        [
            "Nama dan NIP pembelajar",
            "Kevin Aditya Nugraha, S.Kom. - NIP 20000315 202506 1 002 "
            "(CPNS 2025, Pranata Komputer Ahli Pertama, Bidang "
            "Infrastruktur dan Teknologi Informasi)",
        ],
        [
            "Nama dan NIP pemandu",
            "Citra Ayu Lestari, S.T. - NIP 19880621 201101 2 004 (Pranata Komputer Ahli Muda)",
        ],
        ["Sesi ke-", "3 dari 8"],
        ["Tanggal dan waktu", "Kamis, 10 September 2026, pukul 13.30 - 15.00 WIB"],
        ["Durasi", "90 menit"],
        ["Bentuk sesi", "☐ Tatap muka   ☐ Daring   ☒ Sesi bayangan"],
        ["Tempat atau tautan", "Ruang Server lantai 3, kantor Dinas"],
        [
            "B. Topik dan tujuan sesi",
            "Pemantauan log server dan penanganan peringatan (alert); "
            "tujuan: pembelajar mampu membaca dasbor pemantauan dan "
            "menentukan kapan peringatan dieskalasi ke SL-CSIRT.",
        ],
        [
            "C. Hal yang dipelajari (paling banyak 3)",
            "1. Membedakan peringatan informasi, peringatan, dan kritis.\n"
            "2. Eskalasi ke SL-CSIRT dalam 15 menit untuk peringatan kritis.\n"
            "3. Mencatat setiap tindakan di buku log ruang server.",
        ],
        [
            "D. Rencana aksi sampai sesi berikutnya",
            "Menyusun daftar periksa harian server | 1 dokumen | Kamis, 17 September 2026\n"
            "Membaca panduan penanganan insiden SL-CSIRT bab 3 | selesai | Kamis, 24 September "
            "2026",
        ],
        [
            "E. Kendala dan dukungan yang dibutuhkan",
            "Akses ke dasbor pemantauan belum diberikan; "
            "dukungan: permintaan akses kepada Kepala "
            "Seksi Infrastruktur Jaringan.",
        ],
        ["F. Paraf pembelajar / paraf pemandu", "KAN / CAL"],
        ["Tanggal unggah", "Jumat, 11 September 2026 (1 hari kerja setelah sesi)"],
        [
            "Verifikasi Koordinator SULUH",
            "Senin, 14 September 2026 - JP diakui: pembelajar 2 JP, pemandu 1 JP",
        ],
    ]
    docx_table(doc, None, contoh[1:], header_rows=[contoh[0]], widths=[6, 10], shade="E2EFDA")
    footer_fiktif(doc, "Formulir SLH-2 - " + FIKTIF)
    doc.save(path)


# =========================================================================== budget (XLSX)
# component, source, ceiling, TW I, TW II, TW III, note
ANGGARAN = [
    (
        "Penyelenggaraan pelatihan katalog ADL (ADL-01 s.d. ADL-22)",
        "DPA Sekretariat",
        486_500_000,
        98_250_000,
        142_600_000,
        121_400_000,
        "rincian per kelas di sheet Rincian Kelas ADL",
    ),
    (
        "Uji SKI-PKI (2 gelombang)",
        "DPA Bidang Persandian dan Keamanan Informasi",
        35_000_000,
        0,
        15_000_000,
        0,
        "Gelombang I 12 peserta x Rp1.250.000 = Rp15.000.000; pagu setelah "
        "pergeseran Rp40.000.000 (notulen 22 Juli 2026); Gelombang II dibayar TW IV",
    ),
    (
        "Program SULUH (honorarium pemandu dan Temu Karya)",
        "DPA Sekretariat",
        57_600_000,
        0,
        26_400_000,
        0,
        "Angkatan I: honorarium 18 pembelajar x Rp1.200.000 = Rp21.600.000 dan Temu "
        "Karya Rp4.800.000",
    ),
    (
        "Pengiriman pegawai ke pelatihan eksternal",
        "DPA Sekretariat",
        172_000_000,
        24_500_000,
        61_750_000,
        38_900_000,
        "antara lain BSSN, BPS, dan kementerian",
    ),
    (
        "Lisensi dan pemeliharaan LINTANG BELAJAR",
        "DPA Bidang Aplikasi dan Tata Kelola Informatika",
        64_800_000,
        64_800_000,
        0,
        0,
        "dibayar sekaligus pada Januari 2026",
    ),
    (
        "Pelatihan operator LCC (ADL-19, ADL-20) termasuk operator alih daya",
        "DPA UPTD LCC",
        52_250_000,
        17_500_000,
        16_200_000,
        0,
        "ADL-19 Angkatan III (28 peserta) dibayar TW IV",
    ),
    (
        "Sesi Tular Ilmu dan komunitas belajar",
        "DPA Sekretariat",
        9_600_000,
        2_400_000,
        2_400_000,
        2_400_000,
        "12 sesi x Rp800.000; sesi Agustus daring",
    ),
    (
        "Anugerah Lintang Cendekia",
        "DPA Sekretariat",
        7_500_000,
        0,
        0,
        0,
        "3 x Rp2.500.000, diserahkan 9 November 2026",
    ),
    (
        "Sertifikasi profesi eksternal (ujian penyedia)",
        "DPA Bidang Aplikasi dan Tata Kelola Informatika",
        58_000_000,
        0,
        11_500_000,
        17_250_000,
        "pagu setelah pergeseran Rp53.000.000",
    ),
]

# per-class costs for the catalogue line (sheet 2), grouped by unit
BIAYA_KELAS = {
    "ADL-01": 9_600_000,
    "ADL-02": 0,
    "ADL-03": 18_400_000,
    "ADL-04": 18_400_000,
    "ADL-05": 28_000_000,
    "ADL-06": 6_400_000,
    "ADL-07": 0,
    "ADL-08": 19_600_000,
    "ADL-09": 27_500_000,
    "ADL-10": 14_200_000,
    "ADL-11": 18_600_000,
    "ADL-12": 16_000_000,
    "ADL-13": 17_000_000,
    "ADL-14": 4_800_000,
    "ADL-15": 11_000_000,
    "ADL-16": 12_500_000,
    "ADL-17": 10_250_000,
    "ADL-18": 14_500_000,
    "ADL-19": 0,
    "ADL-20": 0,
    "ADL-21": 20_000_000,
    "ADL-22": 11_200_000,
}


def anggaran_totals():
    pagu = sum(a[2] for a in ANGGARAN)
    tw = [sum(a[i] for a in ANGGARAN) for i in (3, 4, 5)]
    real = sum(tw)
    return pagu, tw, real, pagu - real


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Anggaran Pengembangan Kompetensi Diskominfotik 2026",
            "author": "Subbagian Perencanaan dan Keuangan",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13})
    hdr = wb.add_format(
        {
            "bold": True,
            "border": 1,
            "bg_color": "#DDEBF7",
            "align": "center",
            "valign": "vcenter",
            "text_wrap": True,
        }
    )
    cell = wb.add_format({"border": 1, "valign": "top", "text_wrap": True})
    money = wb.add_format({"border": 1, "num_format": "#,##0", "valign": "top"})
    pct = wb.add_format({"border": 1, "num_format": "0.0", "valign": "top"})
    tot = wb.add_format({"bold": True, "border": 1, "bg_color": "#FFF2CC"})
    totm = wb.add_format({"bold": True, "border": 1, "num_format": "#,##0", "bg_color": "#FFF2CC"})
    totp = wb.add_format({"bold": True, "border": 1, "num_format": "0.0", "bg_color": "#FFF2CC"})
    merged = wb.add_format({"border": 1, "valign": "vcenter", "text_wrap": True, "bold": True})

    # ---------------------------------------------------------------- sheet 1
    ws = wb.add_worksheet("Rekap 2026")
    ws.merge_range("A1:K1", "REKAPITULASI ANGGARAN PENGEMBANGAN KOMPETENSI TAHUN 2026", title)
    ws.merge_range("A2:K2", DINAS + ". Posisi realisasi s.d. 30 September 2026 (TW III). " + FIKTIF)
    ws.merge_range(3, 4, 3, 6, "Realisasi (Rp)", hdr)
    heads = [
        "No",
        "Komponen",
        "Sumber dana",
        "Pagu awal 2026 (Rp)",
        "TW I",
        "TW II",
        "TW III",
        "Jumlah realisasi (Rp)",
        "Sisa pagu (Rp)",
        "Serapan (%)",
        "Keterangan",
    ]
    for col, hd in enumerate(heads):
        if 4 <= col <= 6:
            ws.write(4, col, hd, hdr)
        else:
            ws.merge_range(3, col, 4, col, hd, hdr)
    first = 5
    for i, (komp, src, pagu, a, b, c, note) in enumerate(ANGGARAN):
        r = first + i
        x = r + 1
        ws.write(r, 0, i + 1, cell)
        ws.write(r, 1, komp, cell)
        ws.write(r, 2, src, cell)
        ws.write(r, 3, pagu, money)
        ws.write(r, 4, a, money)
        ws.write(r, 5, b, money)
        ws.write(r, 6, c, money)
        real = a + b + c
        ws.write_formula(r, 7, f"=SUM(E{x}:G{x})", money, real)
        ws.write_formula(r, 8, f"=D{x}-H{x}", money, pagu - real)
        ws.write_formula(r, 9, f"=ROUND(H{x}/D{x}*100,1)", pct, round(real / pagu * 100, 1))
        ws.write(r, 10, note, cell)
    last = first + len(ANGGARAN)
    pagu, tw, real, sisa = anggaran_totals()
    ws.write(last, 0, "", tot)
    ws.write(last, 1, "JUMLAH", tot)
    ws.write(last, 2, "", tot)
    for col, letter, val in (
        (3, "D", pagu),
        (4, "E", tw[0]),
        (5, "F", tw[1]),
        (6, "G", tw[2]),
        (7, "H", real),
        (8, "I", sisa),
    ):
        ws.write_formula(last, col, f"=SUM({letter}{first + 1}:{letter}{last})", totm, val)
    ws.write_formula(
        last, 9, f"=ROUND(H{last + 1}/D{last + 1}*100,1)", totp, round(real / pagu * 100, 1)
    )
    ws.write(
        last, 10, f"Jumlah pagu {rp(pagu)}; realisasi s.d. TW III {rp(real)}; sisa {rp(sisa)}", tot
    )
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 48)
    ws.set_column(2, 2, 30)
    ws.set_column(3, 9, 15)
    ws.set_column(10, 10, 60)
    ws.freeze_panes(5, 2)

    # ---------------------------------------------------------------- sheet 2
    ws2 = wb.add_worksheet("Rincian Kelas ADL")
    ws2.merge_range("A1:G1", "RINCIAN BIAYA KELAS AKADEMI DIGITAL LINTANG 2026 (PAGU AWAL)", title)
    ws2.merge_range(
        "A2:G2",
        "Biaya per angkatan meliputi narasumber, konsumsi, bahan, dan "
        "sertifikat. ADL-19 dan ADL-20 dibiayai DPA UPTD LCC (baris 6 sheet Rekap). "
        "E-learning ADL-02 dan ADL-07 tanpa biaya kelas. " + FIKTIF,
    )
    h2 = [
        "Penanggung jawab",
        "Kode",
        "Nama pelatihan",
        "Jumlah angkatan",
        "Kuota per angkatan",
        "Biaya per angkatan (Rp)",
        "Jumlah biaya (Rp)",
    ]
    for col, hd in enumerate(h2):
        ws2.write(3, col, hd, hdr)
    groups = {}
    for k in KATALOG:
        groups.setdefault(k[11], []).append(k)
    r = 4
    for unit, items in groups.items():
        if len(items) > 1:
            ws2.merge_range(r, 0, r + len(items) - 1, 0, unit, merged)
        else:
            ws2.write(r, 0, unit, merged)
        for k in items:
            n = len(k[6])
            ws2.write(r, 1, k[0], cell)
            ws2.write(r, 2, k[1], cell)
            ws2.write(r, 3, n, cell)
            ws2.write(r, 4, k[8], cell)
            ws2.write(r, 5, BIAYA_KELAS[k[0]], money)
            ws2.write_formula(r, 6, f"=D{r + 1}*F{r + 1}", money, n * BIAYA_KELAS[k[0]])
            r += 1
    kelas_total = sum(len(k[6]) * BIAYA_KELAS[k[0]] for k in KATALOG)
    umum = ANGGARAN[0][2] - kelas_total
    ws2.write(r, 0, "Sekretariat", merged)
    ws2.write(r, 1, "-", cell)
    ws2.write(r, 2, "Biaya umum ADL (konten e-learning, sertifikat elektronik, cadangan)", cell)
    ws2.write(r, 3, "-", cell)
    ws2.write(r, 4, "-", cell)
    ws2.write(r, 5, "-", cell)
    ws2.write(r, 6, umum, money)
    r += 1
    ws2.write(r, 0, "", tot)
    ws2.merge_range(r, 1, r, 5, "JUMLAH (sama dengan pagu baris 1 sheet Rekap 2026)", tot)
    ws2.write_formula(r, 6, f"=SUM(G5:G{r})", totm, ANGGARAN[0][2])
    ws2.set_column(0, 0, 32)
    ws2.set_column(1, 1, 9)
    ws2.set_column(2, 2, 58)
    ws2.set_column(3, 6, 16)

    # ---------------------------------------------------------------- sheet 3
    ws3 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan",
        FIKTIF,
        f"1. Jumlah pagu awal 2026 seluruh komponen: {rp(pagu)}. Realisasi s.d. 30 September "
        f"2026 (TW III): {rp(real)}. Sisa pagu: {rp(sisa)}.",
        "2. Pergeseran anggaran Rp5.000.000 dari komponen Sertifikasi profesi eksternal ke Uji "
        "SKI-PKI berdasarkan notulen rapat TPK 22 Juli 2026, karena kuota Gelombang II naik dari "
        "16 menjadi 20 peserta. Kolom Pagu awal belum diubah; pagu setelah pergeseran ditulis di "
        "kolom Keterangan.",
        "3. Uang transport Rp75.000 per hari bagi pegawai LCC yang mengikuti pelatihan klasikal "
        "di kantor Dinas pada hari libur shift dibayar dari komponen pelatihan katalog ADL.",
        "4. Honorarium pemandu SULUH Rp300.000 per pembelajar per bulan (4 bulan).",
        "5. Uang harian dan penginapan pelatihan eksternal mengikuti Standar Biaya Masukan "
        "Kabupaten Sekar Lintang dan tidak dirinci di sini.",
        f"6. Disusun {KASUBAG_PK}, Kepala Subbagian Perencanaan dan Keuangan, 5 Oktober 2026.",
    ]
    for i, t in enumerate(notes):
        ws3.write(i, 0, t)
    ws3.set_column(0, 0, 130)
    wb.close()


# =========================================================================== helpdesk tickets (CSV)
TIKET_HEADER = [
    "nomor_tiket",
    "dibuat",
    "pelapor",
    "unit_kerja",
    "kategori",
    "subjek",
    "uraian",
    "tanggapan",
    "status",
    "diselesaikan",
    "petugas",
]

TIKET = [
    (
        "HD-2026-0012",
        "2026-01-07 08:41",
        "Andini Maharani, A.Md.",
        U_IKP,
        "Akun",
        "Akun PPPK paruh waktu belum aktif",
        "Selamat pagi.\nSaya PPPK paruh waktu yang diangkat Januari 2026.\nSaya belum bisa login ke "
        "LINTANG BELAJAR.",
        "Akun PPPK paruh waktu dibuat otomatis setelah SK diterima Subbagian Umum dan Kepegawaian.\n"
        "Akun Anda aktif per 8 Januari 2026. Login dengan NI PPPK; kata sandi awal tanggal lahir "
        "(ddmmyyyy) dan wajib diganti saat login pertama.",
        "Selesai",
        "2026-01-08 09:10",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0027",
        "2026-01-26 14:05",
        "Dedi Kurniawan",
        U_LCC,
        "Akun",
        "Login untuk operator alih daya",
        "Saya operator alih daya PT Mitra Suara Nusantara.\nBesok ikut ADL-19, bagaimana cara login "
        "untuk presensi dan ujian?",
        'Operator alih daya dan peserta magang memakai akun tamu berawalan "tamu." yang dibuat '
        "admin atas permintaan Koordinator Shift atau pembimbing magang.\nAkun tamu hanya dapat "
        "membuka ADL-02, ADL-07, ADL-19, dan ADL-20, tidak memiliki menu RPK, dan aktif selama 6 "
        "bulan (dapat diperpanjang).\nAkun Anda: tamu.dedi.kurniawan",
        "Selesai",
        "2026-01-26 15:30",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0041",
        "2026-02-13 10:12",
        "Yoga Pratama, A.Md.Kom.",
        U_INFRA,
        "Nilai",
        "ADL-03 tidak lulus padahal nilai akhir 74",
        "Nilai akhir saya 74, di atas 70.\nKenapa status saya tidak lulus?",
        "Untuk ADL-03 nilai ujian praktik paling rendah 75 (Pasal 16 ayat (2)); nilai praktik Anda "
        "72.\nAnda diprioritaskan pada ADL-03 Angkatan II (11-13 Agustus 2026). Silakan mendaftar "
        "saat pendaftaran dibuka.",
        "Selesai",
        "2026-02-13 13:45",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0058",
        "2026-03-02 09:20",
        "Sekar Ayuningtyas, S.Sos.",
        U_IKP,
        "Laporan",
        "LPP-1 dikirim lewat surel tidak tercatat",
        "Saya kirim LPP-1 ke surel kepegawaian tanggal 2 Maret pagi,\ntapi status di LINTANG BELAJAR "
        "masih belum ada laporan.",
        "Sejak KLPP v1.1 (1 Maret 2026) laporan diunggah di LINTANG BELAJAR, menu Laporan "
        "Pasca-Pelatihan; kiriman surel tidak diproses lagi.\nUkuran berkas paling besar 5 MB, format "
        "PDF atau JPG.",
        "Selesai",
        "2026-03-02 10:05",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0063",
        "2026-03-10 11:02",
        "Ketut Ardana, A.Md.Kom.",
        U_LCC,
        "Sertifikat",
        "Sertifikat ADL-08 belum muncul",
        "ADL-08 selesai 26 Februari.\nSertifikat elektronik belum ada di profil saya.",
        "Sertifikat terbit 5 hari kerja setelah LPP-1 diverifikasi.\nLPP-1 Anda baru diunggah 6 Maret "
        "(terlambat) dan diverifikasi 9 Maret, sehingga sertifikat terbit paling lambat 16 Maret "
        "2026.",
        "Selesai",
        "2026-03-16 08:30",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0077",
        "2026-03-23 02:14",
        "Siti Aminah, A.Md.Kom.",
        U_LCC,
        "E-learning",
        "Progres e-learning di shift malam tidak tersimpan",
        "Saya sedang Shift III dan membuka modul ADL-07.\nSetiap pindah halaman progres hilang.",
        'Gunakan jaringan Wi-Fi "LCC-Belajar", bukan "LCC-Ops" yang khusus untuk layanan 112.\n'
        "Progres modul tersimpan di akhir setiap halaman.\nIngat: e-learning pada Shift III hanya "
        "pukul 01.00-04.00 WIB, paling banyak 2 JP, dengan persetujuan supervisor shift.",
        "Selesai",
        "2026-03-23 08:15",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0090",
        "2026-04-09 13:30",
        "Joko Purnomo",
        U_LCC,
        "JP",
        "Webinar 8 April tidak diakui",
        "Saya ikut Webinar Layanan Darurat Terpadu 8 April.\nKlaim 2 JP ditolak.",
        "Klaim webinar wajib melampirkan sertifikat atau tangkapan layar presensi; lampiran Anda "
        "hanya poster acara.\nKlaim dapat diajukan ulang paling lambat 30 hari kalender setelah kegiatan "
        "apabila ada bukti.",
        "Ditutup - tidak ada bukti tambahan",
        "2026-05-11 09:00",
        ANALIS_SDM,
    ),
    (
        "HD-2026-0102",
        "2026-04-27 10:48",
        "Fajar Ramadhan, S.Kom.",
        U_APTIKA,
        "JP",
        "Pelatihan dari penyedia 24 JP hanya diakui 16 JP",
        "Pelatihan administrator LMS dari penyedia aplikasi 20-23 April tercatat 24 JP di sertifikat.",
        "Pelatihan dari penyedia dalam rangka pengadaan diakui paling banyak 16 JP per tahun "
        "(Lampiran II nomor 12 Peraturan Kepala Dinas Nomor 4 Tahun 2026).",
        "Selesai",
        "2026-04-27 14:00",
        ANALIS_SDM,
    ),
    (
        "HD-2026-0118",
        "2026-05-22 08:55",
        "Dimas Arya Putra, S.I.Kom.",
        U_IKP,
        "JP",
        "Webinar kelima tidak diakui",
        "Webinar Desain Infografis 21 Mei tidak diakui.",
        "Batas webinar 8 JP per tahun (4 kegiatan x 2 JP) sudah tercapai sejak webinar 16 April.\n"
        "Kegiatan itu tetap tercatat tetapi dengan 0 JP.",
        "Selesai",
        "2026-05-22 10:20",
        ANALIS_SDM,
    ),
    (
        "HD-2026-0129",
        "2026-06-08 09:30",
        "Lestari Handayani, A.Md.",
        U_SANDI,
        "Sertifikasi",
        "Ujian ulang SKI-PKI setelah gagal praktik",
        "Saya gagal ujian praktik SKI-PKI Gelombang I.\nKapan bisa ujian ulang dan berapa biayanya?",
        "Ujian ulang paling cepat 45 hari setelah pengumuman hasil (5 Juni 2026), jadi mulai 20 Juli "
        "2026.\nBiaya ujian ulang Rp500.000 ditanggung peserta. Karena masih dalam 6 bulan, Anda "
        "cukup mengulang komponen praktik.\nAnda dapat mendaftar pada Gelombang II.",
        "Selesai",
        "2026-06-08 11:00",
        KETUA_PENGUJI,
    ),
    (
        "HD-2026-0124",
        "2026-06-03 15:12",
        "Putri Wulandari, S.Si.",
        U_STAT,
        "RPK",
        "Ingin mengubah RPK untuk ketiga kalinya",
        "RPK saya sudah diubah Februari dan Mei.\nSaya ingin menambah ADL-13.",
        "RPK hanya dapat diubah paling banyak 2 kali dalam setahun; kesempatan Anda sudah habis.\n"
        "Tambahan pelatihan dicatat sebagai catatan atasan langsung tanpa mengubah RPK, dan JP-nya "
        "tetap diakui.",
        "Selesai",
        "2026-06-04 08:40",
        ANALIS_SDM,
    ),
    (
        "HD-2026-0140",
        "2026-06-16 08:22",
        "Maria Goreti Siahaan, A.Md.",
        U_LCC,
        "Presensi",
        "QR presensi ADL-19 tidak bisa dipindai",
        "Saya tiba 08.20 karena serah terima shift.\nQR presensi sudah tertutup.",
        "Presensi QR ditutup 15 menit setelah kelas dimulai (pukul 08.15 WIB).\nPanitia mencatat "
        "kehadiran Anda secara manual berdasarkan daftar hadir kertas, sehingga kehadiran tetap "
        "dihitung.",
        "Selesai",
        "2026-06-16 12:00",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0152",
        "2026-07-02 10:05",
        "Nurul Hidayati, S.Si.",
        U_STAT,
        "Laporan",
        "Apakah ADL-13 wajib LPP-3?",
        "ADL-13 Angkatan I selesai 14 Mei 2026 (24 JP).\nApakah saya wajib LPP-3 dengan aturan baru?",
        "ADL-13 selesai sebelum 1 Juli 2026, jadi mengikuti tenggat dan ketentuan KLPP v1.1: LPP-3 "
        "hanya wajib untuk pelatihan 30 JP atau lebih.\nADL-13 (24 JP) tidak wajib LPP-3; cukup LPP-1 "
        "dan LPP-2 yang sudah Anda unggah.",
        "Selesai",
        "2026-07-02 13:30",
        ANALIS_SDM,
    ),
    (
        "HD-2026-0166",
        "2026-07-13 09:00",
        "Andini Maharani, A.Md.",
        U_IKP,
        "Laporan",
        "E-learning ADL-07 perlu LPP-1?",
        "Saya baru menyelesaikan ADL-07 (4 JP) tanggal 10 Juli.",
        "Ya. Sejak KLPP v1.2 (1 Juli 2026) LPP-1 wajib untuk semua pelatihan 4 JP atau lebih, "
        "termasuk ADL-07.\nTenggatnya 3 hari kerja, yaitu Rabu, 15 Juli 2026.",
        "Selesai",
        "2026-07-13 09:40",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0186",
        "2026-08-11 16:10",
        "Citra Ayu Lestari, S.T.",
        U_INFRA,
        "SULUH",
        "SLH-2 masuk ke menu LPP-2",
        "Pembelajar saya mengunggah catatan sesi 1 di menu Laporan Pasca-Pelatihan.",
        "SLH-2 harus diunggah di menu SULUH. Berkas yang salah menu sudah kami pindahkan dan tanggal "
        "unggah aslinya tetap dipakai.",
        "Selesai",
        "2026-08-12 08:05",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0174",
        "2026-08-03 10:30",
        "Aulia Rahma",
        U_APTIKA,
        "Akun",
        "Peserta magang ingin ikut ADL-03",
        "Saya peserta magang dari Politeknik Negeri Lintang Raya.\nBoleh ikut ADL-03 Angkatan II?",
        "Peserta magang hanya dapat mengikuti ADL-02 dan ADL-07 (Pasal 7 ayat (5) Peraturan Kepala "
        "Dinas Nomor 4 Tahun 2026). Permintaan tidak dapat dipenuhi.",
        "Ditolak",
        "2026-08-03 11:15",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0193",
        "2026-08-12 09:25",
        "Hendro Susanto, S.Kom.",
        U_LCC,
        "Jadwal",
        "Sesi Tular Ilmu besok di mana?",
        "Di linimasa tertulis Aula Rangkong.",
        "Sesuai notulen rapat TPK 22 Juli 2026, Sesi Tular Ilmu 13 Agustus dilaksanakan daring "
        "melalui Zoom pukul 13.30-15.00 WIB.\nTautan dikirim H-1 pukul 16.00 WIB lewat kanal "
        "Telegram Info Bangkom.",
        "Selesai",
        "2026-08-12 09:40",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0207",
        "2026-09-01 11:00",
        "Indra Gunawan, S.Tr.Kom.",
        U_SANDI,
        "Sertifikasi",
        "Mendaftar Tingkat Analis Gelombang II",
        "Saya lulus Tingkat Operator Mei 2026 dan sudah lulus ADL-09.\nBisakah langsung daftar "
        "Tingkat Analis?",
        "Belum bisa. Tingkat Analis mensyaratkan sertifikat Tingkat Operator paling singkat 2 tahun "
        "dan lulus ADL-11.\nPengecualian Diktum KEEMPAT hanya untuk Sandiman Ahli Muda ke atas, "
        "sedangkan Anda Sandiman Ahli Pertama.",
        "Selesai",
        "2026-09-01 14:20",
        KETUA_PENGUJI,
    ),
    (
        "HD-2026-0226",
        "2026-09-21 07:58",
        "Wahyu Kurniawan, S.ST.",
        U_SANDI,
        "Akun",
        "Lupa kata sandi",
        "Tidak bisa login sejak pagi.",
        "Gunakan menu Lupa Kata Sandi di halaman login. Tautan reset dikirim ke surel dinas dan "
        "berlaku 15 menit.",
        "Selesai",
        "2026-09-21 08:10",
        ADMIN_LMS,
    ),
    (
        "HD-2026-0215",
        "2026-09-10 13:40",
        "Ahmad Rifai",
        U_LCC,
        "Transport",
        "Uang transport ADL-20 Angkatan II belum diterima",
        "Saya ikut ADL-20 tanggal 3 September pada hari libur shift.",
        "ADL-20 diselenggarakan di Ruang Kelas LCC (Gedung LCC), sehingga uang transport tidak "
        "diberikan (Pasal 22 ayat (2)).\nHak 1 hari pengganti tetap berlaku karena ADL-20 bernilai 8 "
        "JP; ajukan kepada Koordinator Shift paling lambat 30 hari kalender setelah pelatihan.",
        "Selesai",
        "2026-09-10 15:00",
        ANALIS_SDM,
    ),
    (
        "HD-2026-0244",
        "2026-11-02 10:10",
        "Galih Prakoso, S.Sos.",
        U_IKP,
        "Rekap",
        "Kapan rekap JP 2026 ditutup?",
        "Saya masih punya kegiatan pertengahan Desember.",
        "Rekap JP 2026 ditutup 15 Desember 2026.\nKegiatan sesudah tanggal itu diakui untuk tahun "
        "2026 apabila diklaim paling lambat 5 Januari 2027.",
        "Selesai",
        "2026-11-02 11:00",
        ANALIS_SDM,
    ),
    (
        "HD-2026-0251",
        "2026-11-16 09:15",
        "Kevin Aditya Nugraha, S.Kom.",
        U_INFRA,
        "SULUH",
        "Tenggat SLH-3 Angkatan II",
        "Di Buku Saku tertulis Temu Karya 19 November.\nKapan paling lambat unggah SLH-3?",
        "Temu Karya dipindah ke Kamis, 26 November 2026 (notulen 22 Juli 2026), sehingga SLH-3 paling "
        "lambat 7 hari kalender sebelumnya, yaitu Kamis, 19 November 2026.",
        "Selesai",
        "2026-11-16 10:00",
        KOORD_SULUH,
    ),
]


def tiket_rows():
    return [list(t) for t in sorted(TIKET, key=lambda t: t[1])]


# =========================================================================== Telegram export (HTML)
CHANNEL = "Info Bangkom Diskominfotik Sekar Lintang"
TG_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# (datetime "2026-01-05 08:02", text with <br>, extra) ; extra: "pinned", ("fwd", name, when),
# ("reply", msg_index)
TG = [
    (
        "2026-01-05 08:02",
        "Selamat Tahun Baru 2026! 🎉<br>Kelas e-learning <strong>ADL-02</strong> "
        "(6 JP) dan <strong>ADL-07</strong> (4 JP) sudah dibuka di LINTANG BELAJAR sampai 30 "
        "November 2026.<br>Ingat: e-learning diakui paling banyak 4 JP per hari. #elearning",
        None,
    ),
    (
        "2026-01-08 09:30",
        "Pengingat RPK 2026: isi RPK di LINTANG BELAJAR paling lambat Sabtu, 31 "
        "Januari 2026. Pegawai baru: paling lambat 30 hari kalender sejak mulai bertugas. #RPK",
        None,
    ),
    (
        "2026-01-29 15:10",
        "Peraturan Kepala Dinas Nomor 4 Tahun 2026 tentang Pedoman Pengembangan "
        "Kompetensi Pegawai sudah ditandatangani 26 Januari 2026 dan berlaku 1 Februari 2026. "
        "Salinannya ada di JDIH. #pedoman",
        None,
    ),
    (
        "2026-02-16 13:00",
        "📌 KLPP v1.1 berlaku 1 Maret 2026:<br>• laporan pasca-pelatihan "
        "diunggah di LINTANG BELAJAR, tidak lagi lewat surel;<br>• tenggat LPP-2 menjadi 7 hari "
        "kerja;<br>• formulir baru LPP-4 Laporan Sesi Tular Ilmu untuk pelatihan eksternal yang "
        "dibiayai Dinas. #KLPP",
        None,
    ),
    (
        "2026-03-12 10:05",
        "Siaran ulang dari Humas Pemkab: Bupati meluncurkan layanan 112 versi "
        "baru dengan fitur berbagi lokasi otomatis. Operator LCC yang belum ikut ADL-19 agar "
        "mendaftar Angkatan II (16–18 Juni 2026).",
        ("fwd", "Humas Pemkab Sekar Lintang", "12.03.2026 09:40"),
    ),
    (
        "2026-03-18 14:20",
        "Keputusan SKI-PKI yang baru (Nomor 800.1.13/0412/DKIS/2026) terbit dan "
        "berlaku 1 April 2026, menggantikan Keputusan 2023 tentang Operator Sandi Bersertifikat. "
        "Sekarang ada 2 jenjang: Tingkat Operator dan Tingkat Analis. Detail di JDIH. #SKIPKI",
        None,
    ),
    (
        "2026-04-13 08:15",
        "Pendaftaran Uji SKI-PKI Gelombang I (Selasa–Rabu, 19–20 Mei 2026, "
        "Laboratorium Sandi lantai 2) dibuka sampai Jumat, 24 April 2026. Kuota 12 orang. #SKIPKI",
        None,
    ),
    (
        "2026-06-05 16:45",
        "Hasil Uji SKI-PKI Gelombang I: 10 dari 12 peserta lulus (Tingkat "
        "Operator 8 dari 9, Tingkat Analis 2 dari 3). Selamat! Yang belum lulus dapat ujian ulang "
        "paling cepat 45 hari setelah pengumuman ini. #SKIPKI",
        None,
    ),
    (
        "2026-06-24 11:00",
        "📌 KLPP v1.2 berlaku 1 Juli 2026:<br>• LPP-1 paling lambat 3 hari kerja "
        "(sebelumnya 5) dan wajib untuk pelatihan 4 JP atau lebih;<br>• LPP-2 untuk pelatihan 16 JP "
        "atau lebih;<br>• LPP-3 disampaikan 90 hari setelah pelatihan;<br>• baru: LPP-1N untuk "
        "peserta non-ASN. #KLPP",
        None,
    ),
    (
        "2026-07-01 08:00",
        "Linimasa Pengembangan Kompetensi Semester II 2026 sudah terbit di "
        "LINTANG BELAJAR. Silakan cek jadwal pelatihan, SULUH, dan uji SKI-PKI. #linimasa",
        None,
    ),
    (
        "2026-07-06 13:30",
        "Buku Saku SULUH Angkatan II sudah bisa diunduh. Pembelajar 22 orang, "
        "pemandu 12 orang. #SULUH",
        None,
    ),
    (
        "2026-07-23 10:15",
        "‼️ PERUBAHAN JADWAL hasil rapat TPK 22 Juli 2026:<br>• Uji SKI-PKI "
        "Gelombang II: 6–7 Oktober 2026 di Ruang Kelas LCC lantai 2 (semula 22–23 September di "
        "Laboratorium Sandi). Kuota 20. Pendaftaran sampai 11 September pukul 16.00 WIB. Hasil 23 "
        "Oktober.<br>• ADL-09 Angkatan II maju ke 24–27 Agustus (Laboratorium Sandi), pendaftaran "
        "sampai 14 Agustus.<br>• ADL-19 Angkatan III kuota menjadi 28.<br>• SULUH Angkatan II mulai "
        "10 Agustus; Temu Karya 26 November di Gedung Serbaguna Lintang Raya.<br>• Sesi Tular Ilmu "
        "13 Agustus lewat Zoom.<br>• Batas perubahan RPK 2026: 16 Oktober.<br>Linimasa 1 Juli tidak "
        "dicetak ulang ya 🙏",
        "pinned",
    ),
    (
        "2026-07-31 15:00",
        "Pasangan pemandu–pembelajar SULUH Angkatan II sudah diumumkan di "
        "LINTANG BELAJAR menu SULUH. Sesi perdana pada pekan 10–14 Agustus 2026. #SULUH",
        None,
    ),
    (
        "2026-08-12 16:00",
        "Tautan Zoom Sesi Tular Ilmu besok, Kamis 13 Agustus 2026 pukul 13.30 "
        'WIB: <a href="https://zoom.contoh/j/88120413">zoom.contoh/j/88120413</a><br>Penyaji: Indra '
        "Gunawan, S.Tr.Kom. Topik: pelajaran dari latihan table-top SL-CSIRT.<br>Peserta "
        "memperoleh 1 JP; isi presensi di LINTANG BELAJAR. #TularIlmu",
        None,
    ),
    (
        "2026-08-28 09:00",
        "Pengingat: pendaftaran Uji SKI-PKI Gelombang II masih dibuka sampai "
        "Jumat, 11 September 2026 pukul 16.00 WIB (bukan 28 Agustus seperti di linimasa lama). "
        "#SKIPKI",
        ("reply", 11),
    ),
    (
        "2026-09-14 14:00",
        "Nota dinas pelaksanaan Uji SKI-PKI Gelombang II sudah dikirim ke unit "
        "kerja. Peserta 19 orang (Operator 13, Analis 6). Peserta dari LCC dibebaskan dari Shift III "
        "pada malam sebelum ujian. #SKIPKI",
        None,
    ),
    (
        "2026-10-01 07:30",
        "Selamat bergabung 8 operator alih daya baru di LCC! Sebelum lulus ADL-19 "
        "Angkatan III (20–22 Oktober 2026), operator baru belum boleh menerima panggilan sendiri. "
        "#LCC",
        None,
    ),
    (
        "2026-10-23 17:05",
        "Hasil Uji SKI-PKI Gelombang II: 15 dari 19 peserta lulus (Tingkat "
        "Operator 11 dari 13, Tingkat Analis 4 dari 6). Sertifikat elektronik dikirim paling lambat "
        "6 November 2026. #SKIPKI",
        None,
    ),
    (
        "2026-11-09 12:30",
        "Selamat kepada penerima Anugerah Lintang Cendekia 2026: Nurul Hidayati, "
        "S.Si. (Statistisi Ahli Pertama), Taufik Hidayatullah (Operator LCC), dan Sekar Ayuningtyas, "
        "S.Sos. (Pranata Humas Ahli Muda). Penghargaan diserahkan pada peringatan Hari Jadi "
        "Kabupaten Sekar Lintang hari ini. 👏",
        None,
    ),
    (
        "2026-11-26 13:00",
        "Temu Karya SULUH Angkatan II hari ini di Gedung Serbaguna Lintang Raya "
        "diikuti 21 pembelajar yang lulus. Pembelajar Terbaik: Kevin Aditya Nugraha, S.Kom., Rosa "
        "Dewi Anggraini, S.Stat., dan Yusuf Maulana, S.I.Kom. #SULUH",
        None,
    ),
    (
        "2026-12-01 08:00",
        "Pengingat akhir tahun:<br>• e-learning ADL-02 dan ADL-07 sudah ditutup "
        "30 November;<br>• rekap JP 2026 ditutup Selasa, 15 Desember 2026; kegiatan sesudahnya diakui "
        "untuk 2026 bila diklaim paling lambat 5 Januari 2027;<br>• pegawai LCC tidak dilepas untuk "
        "pelatihan tanggal 20 Desember–5 Januari. #rekapJP",
        None,
    ),
    (
        "2026-12-03 10:00",
        "Rancangan KLPP v1.3 sudah dibahas TPK pada November, tetapi belum "
        "disahkan. Sampai ada pengumuman, tetap gunakan KLPP v1.2. #KLPP",
        None,
    ),
]


def _tg_hashtags(text):
    return re.sub(
        r"#(\w+)",
        lambda m: (
            f'<a href="" onclick="return ShowHashtag(&quot;{m.group(1)}&quot;)">#{m.group(1)}</a>'
        ),
        text,
    )


def telegram_html():
    out = [
        f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Exported Data</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport">
<link href="css/style.css" rel="stylesheet">
</head>
<body onload="CheckLocation();">
<div class="page_wrap">
<div class="page_header">
<div class="content">
<div class="text bold">{CHANNEL}</div>
</div>
</div>
<div class="page_body chat_page">
<div class="history">
<div class="message service" id="message-2">
<div class="body details">Ekspor kanal Telegram 1 Januari - 3 Desember 2026. {FIKTIF}</div>
</div>"""
    ]
    last_day = None
    for i, (when, text, extra) in enumerate(TG):
        d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
        mid = 100 + i * 7
        if d.date() != last_day:
            out.append(f"""<div class="message service" id="message-{mid - 1}">
<div class="body details">{d.day} {TG_EN[d.month - 1]} {d.year}</div>
</div>""")
            last_day = d.date()
        title = d.strftime("%d.%m.%Y %H:%M:%S") + " UTC+07:00"
        body = _tg_hashtags(text)
        fwd = reply = ""
        if isinstance(extra, tuple) and extra[0] == "fwd":
            fwd = (
                f'<div class="forwarded body">\n<div class="from_name">{extra[1]}'
                f'<span class="date details" title="{extra[2]}"> {extra[2]}</span></div>\n'
                f'<div class="text">{body}</div>\n</div>'
            )
            body = ""
        if isinstance(extra, tuple) and extra[0] == "reply":
            reply = (
                f'<div class="reply_to details">In reply to <a href="#go_to_message'
                f'{100 + extra[1] * 7}" onclick="return GoToMessage({100 + extra[1] * 7})">'
                f"this message</a></div>\n"
            )
        out.append(f"""<div class="message default clearfix" id="message{mid}">
<div class="pull_left userpic_wrap">
<div class="userpic userpic5" style="width: 42px; height: 42px">
<div class="initials" style="line-height: 42px">IB</div>
</div>
</div>
<div class="body">
<div class="pull_right date details" title="{title}">{d.strftime("%H:%M")}</div>
<div class="from_name">{CHANNEL}</div>
{reply}{fwd}{f'<div class="text">{body}</div>' if body else ""}
</div>
</div>""")
        if extra == "pinned":
            out.append(f"""<div class="message service" id="message{mid + 1}">
<div class="body details">{CHANNEL} pinned <a href="#go_to_message{mid}" onclick="return GoToMessage({mid})">this message</a></div>
</div>""")
    out.append("""</div>
</div>
</div>
</body>
</html>
""")
    return "\n".join(out)


# =========================================================================== timeline (HTML)
TULAR = [
    ("2026-07-09", "Menulis takarir ramah disabilitas, bagian 2", "Sekar Ayuningtyas, S.Sos."),
    ("2026-08-13", "Pelajaran dari latihan table-top SL-CSIRT", "Indra Gunawan, S.Tr.Kom."),
    ("2026-09-10", "Visualisasi data sektoral dengan dasbor", "Nurul Hidayati, S.Si."),
    (
        "2026-10-08",
        "Belajar sambil shift: pengalaman pembelajar SULUH di LCC",
        "Taufik Hidayatullah",
    ),
    ("2026-11-12", "Pengalaman magang di BPS Provinsi Rantau Biru", "Rahmat Hidayat, S.Stat."),
    ("2026-12-10", "Refleksi operator 112: menangani penelepon panik", "Rina Oktaviani, A.Md.Kom."),
]


def _kls(code, label=None):
    k = KAT[code]
    out = []
    for lab, a, b in k[6]:
        if label and lab != label:
            continue
        out.append(
            (
                a,
                b,
                f"{code} {k[1]} ({lab})",
                f"{k[7]} &middot; {k[4]} JP &middot; kuota {k[8]} orang",
            )
        )
    return out


def linimasa_items():
    items = []
    for code, lab in [
        ("ADL-18", None),
        ("ADL-01", "Angkatan II"),
        ("ADL-08", "Angkatan II"),
        ("ADL-22", "Angkatan II"),
        ("ADL-12", "Angkatan II"),
        ("ADL-03", "Angkatan II"),
        ("ADL-21", None),
        ("ADL-20", "Angkatan II"),
        ("ADL-15", "Angkatan II"),
        ("ADL-09", "Angkatan II"),
        ("ADL-16", "Angkatan II"),
        ("ADL-05", "Angkatan II"),
        ("ADL-19", "Angkatan III"),
        ("ADL-10", "Angkatan II"),
        ("ADL-13", "Angkatan II"),
    ]:
        items += _kls(code, lab)
    items += [
        (
            "2026-07-24",
            "2026-07-24",
            "Pengumuman pasangan pemandu–pembelajar SULUH Angkatan II",
            "LINTANG BELAJAR, menu SULUH",
        ),
        (
            "2026-08-03",
            "2026-08-03",
            "SULUH Angkatan II dimulai (16 pekan, sampai 20 November 2026)",
            "22 pembelajar, 12 pemandu",
        ),
        (
            "2026-08-28",
            "2026-08-28",
            "Batas pendaftaran Uji SKI-PKI Gelombang II",
            "LINTANG BELAJAR, menu Sertifikasi",
        ),
        (
            "2026-09-22",
            "2026-09-23",
            "Uji SKI-PKI Gelombang II",
            f"{LAB_SANDI} &middot; kuota 16 orang",
        ),
        (
            "2026-09-30",
            "2026-09-30",
            "Batas perubahan RPK terakhir tahun 2026",
            "paling banyak 2 kali perubahan dalam setahun",
        ),
        (
            "2026-10-09",
            "2026-10-09",
            "Pengumuman hasil Uji SKI-PKI Gelombang II",
            "LINTANG BELAJAR",
        ),
        (
            "2026-10-10",
            "2026-10-10",
            "Batas rekap JP triwulan III",
            "Subbagian Umum dan Kepegawaian",
        ),
        (
            "2026-10-31",
            "2026-10-31",
            "Batas rencana percepatan bagi unit kerja dengan capaian di bawah 60%",
            "disampaikan kepada TPK",
        ),
        (
            "2026-11-09",
            "2026-11-09",
            "Penyerahan Anugerah Lintang Cendekia",
            "peringatan Hari Jadi Kabupaten Sekar Lintang",
        ),
        (
            "2026-11-19",
            "2026-11-19",
            "Temu Karya SULUH Angkatan II",
            f"pukul 08.30 WIB &middot; {AULA}",
        ),
        (
            "2026-11-30",
            "2026-11-30",
            "Kelas e-learning ADL-02 dan ADL-07 ditutup",
            "LINTANG BELAJAR",
        ),
        (
            "2026-12-15",
            "2026-12-15",
            "Rekap JP tahun 2026 ditutup",
            "klaim kegiatan sesudahnya paling lambat 5 Januari 2027",
        ),
        (
            "2026-12-20",
            "2027-01-05",
            "Masa tanpa pelepasan pelatihan bagi pegawai UPTD LCC",
            "Pasal 21 Peraturan Kepala Dinas Nomor 4 Tahun 2026",
        ),
    ]
    for day, topik, penyaji in TULAR:
        items.append(
            (
                day,
                day,
                f"Sesi Tular Ilmu: {topik}",
                f"{AULA} &middot; pukul 13.30–15.00 WIB &middot; penyaji {penyaji}",
            )
        )
    return sorted(items, key=lambda x: (x[0], x[2]))


def _tl_date(a, b):
    if a == b:
        return f'<time datetime="{a}">{tgl(a)}</time>'
    if D(a).year != D(b).year:
        return f'<time datetime="{a}/{b}">{tgl(a, False)} – {tgl(b, False)}</time>'
    return f'<time datetime="{a}/{b}">{rentang(a, b)}</time>'


def linimasa_html():
    parts = [
        f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Linimasa Pengembangan Kompetensi Semester II 2026 - LINTANG BELAJAR</title>
<style>
 ol.timeline {{ list-style: none; border-left: 3px solid #f4a623; padding-left: 18px; }}
 ol.timeline li {{ margin: 0 0 14px; }}
 ol.timeline time {{ font-weight: bold; display: block; }}
 .meta {{ color: #555; font-size: 0.9em; }}
</style>
</head>
<body>
<header>
<h1>Linimasa Pengembangan Kompetensi Semester II 2026</h1>
<p>{DINAS}. Diterbitkan 1 Juli 2026 oleh Subbagian Umum dan Kepegawaian. {FIKTIF}</p>
<p>Sesi Tular Ilmu diadakan setiap Kamis pekan kedua pukul 13.30–15.00 WIB. Pendaftaran
pelatihan ditutup 7 hari kerja sebelum pelatihan dimulai.</p>
</header>
<main>"""
    ]
    month = None
    for a, b, judul, meta in linimasa_items():
        m = D(a).month
        if m != month:
            if month is not None:
                parts.append("</ol>\n</section>")
            parts.append(
                f'<section id="bulan-{m:02d}">\n<h2>{BULAN[m - 1]} 2026</h2>\n<ol class="timeline">'
            )
            month = m
        parts.append(f'<li>{_tl_date(a, b)}<h3>{judul}</h3><p class="meta">{meta}</p></li>')
    parts.append("</ol>\n</section>\n</main>")
    parts.append(f"""<footer>
<p>Perubahan jadwal setelah tanggal terbit diumumkan melalui kanal Telegram Info Bangkom dan
nota dinas. Narahubung: {ANALIS_SDM}, WhatsApp {WA_KEPEG}.</p>
</footer>
</body>
</html>
""")
    return "\n".join(parts)


# =========================================================================== LCC wiki (MD)
WIKI_MD = f"""# Onboarding Tim Lintang Command Center (LCC)

_Wiki internal UPTD Lintang Command Center - halaman **Onboarding**. Terakhir diubah 3 Agustus
2026 oleh {KOORD_SHIFT} (Koordinator Shift). {FIKTIF}_

> Halaman ini untuk **operator baru**: PNS, PPPK, operator alih daya {ALIH_DAYA}, dan peserta
> magang. Aturan resmi tetap Peraturan Kepala Dinas Nomor 4 Tahun 2026 (Bab VI) dan kontrak
> penyedia jasa. Jangan tertukar: **Command Center** ada di {GEDUNG_LCC}; **Media Center** adalah
> ruang layanan informasi publik milik Bidang Informasi dan Komunikasi Publik di kantor Dinas,
> Jalan Merpati Putih Nomor 8.

## Siapa kita

- Layanan panggilan darurat **112** dan pemantauan kota 24 jam, 7 hari seminggu.
- Pegawai ASN LCC: 10 orang (Kepala UPTD, Koordinator Shift, supervisor shift, dan operator).
- Operator alih daya: 18 orang dari {ALIH_DAYA} (bertambah 8 orang mulai 1 Oktober 2026).
- Target kinerja: panggilan dijawab dalam 10 detik; panggilan iseng dicatat dengan kode **PI**.

## Jadwal shift

| Shift | Jam | Serah terima | Petugas minimum |
|---|---|---|---|
| Shift I (Pagi) | 07.00–15.00 WIB | 06.45 WIB | 6 orang |
| Shift II (Sore) | 15.00–23.00 WIB | 14.45 WIB | 6 orang |
| Shift III (Malam) | 23.00–07.00 WIB | 22.45 WIB | 4 orang |

Setiap shift wajib ada minimal 1 supervisor berstatus ASN. Operator alih daya tidak boleh menjadi
supervisor.

## Daftar periksa pekan pertama (operator baru)

- [ ] Ambil kartu akses gedung di meja keamanan lantai 1 (bawa surat penempatan).
- [ ] Minta akun LINTANG BELAJAR. PNS/PPPK: akun dinas otomatis. Operator alih daya dan peserta
      magang: akun tamu berawalan `tamu.` yang diminta Koordinator Shift.
- [ ] Selesaikan e-learning **ADL-02** Etika Digital (6 JP) dan **ADL-07** Keamanan Siber Dasar
      bagi Pengguna (4 JP).
- [ ] Baca SOP penerimaan panggilan (versi cetak ada di meja supervisor).
- [ ] Ikut **10 shift pendampingan** bersama operator senior (shadowing). Selama pendampingan,
      operator baru belum boleh menerima panggilan sendiri.
- [ ] Daftar **ADL-19** Pelayanan Panggilan Darurat 112 angkatan terdekat. Operator baru baru boleh
      bertugas mandiri setelah lulus ADL-19.
- [x] Grup Telegram tim shift sudah otomatis ditambahkan oleh admin.

## Aturan belajar bagi petugas shift (ringkas)

1. Habis Shift III (Malam), jangan ikut kelas yang mulai sebelum pukul 13.00 WIB.
2. Tukar shift untuk pelatihan pakai **Formulir TS-1**, paling lambat 2 hari kerja sebelumnya, ke
   Koordinator Shift. Tidak boleh jaga lebih dari 2 shift berturut-turut.
3. E-learning saat Shift III hanya pukul 01.00–04.00 WIB, paling banyak 2 JP, dengan izin
   supervisor, dan tidak saat status siaga. Gunakan Wi-Fi `LCC-Belajar`, bukan `LCC-Ops`.
4. Paling banyak 2 orang per shift dilepas untuk pelatihan.
5. Ikut pelatihan klasikal 6 JP atau lebih di hari libur shift = 1 hari pengganti (ambil paling
   lambat 30 hari kalender). Uang transport Rp75.000 per hari hanya untuk pelatihan klasikal di
   kantor Dinas, bukan di Gedung LCC.
6. Tidak ada pelepasan pelatihan tanggal 20 Desember–5 Januari, sepekan sebelum sampai sepekan
   sesudah Idulfitri, dan saat siaga/tanggap darurat bencana (kecuali ADL-20 di Ruang Kelas LCC).

## Khusus operator alih daya

- Bukan ASN: tidak punya target JP dan tidak tercatat di SIASN.
- Boleh ikut ADL-02, ADL-07, ADL-19, dan ADL-20. Biaya ADL-19 ditanggung Dinas (DPA UPTD LCC),
  bukan oleh {ALIH_DAYA}.
- Setelah pelatihan, isi **LPP-1N** (bukan LPP-1) paling lambat 5 hari kerja; Surat Keterangan
  Mengikuti terbit setelah LPP-1N masuk.
- Tidak bisa ikut SULUH maupun uji SKI-PKI.
- Gaji, lembur, dan cuti diatur oleh {ALIH_DAYA}, bukan oleh Dinas.

## Khusus peserta magang

- Peserta magang dari {POLTEK} hanya bertugas pada Shift I (Pagi), paling lama 6 jam per hari.
- Hanya boleh mengikuti ADL-02 dan ADL-07; tidak diberi akses ke sistem produksi dan tidak boleh
  menerima panggilan 112.
- Pembimbing magang di LCC: {KOORD_SHIFT}.

## Kontak

| Urusan | Orang | WhatsApp |
|---|---|---|
| Jadwal shift dan tukar shift (TS-1) | {KOORD_SHIFT} | {WA_SHIFT} |
| Kepala UPTD LCC | {KA_LCC} | {WA_LCC} |
| Akun dan e-learning LINTANG BELAJAR | {ADMIN_LMS} | {WA_HELPDESK} |
| JP dan laporan pasca-pelatihan | {ANALIS_SDM} | {WA_KEPEG} |

## Riwayat halaman

- 3 Agustus 2026: tambah info 8 operator alih daya baru mulai 1 Oktober; ADL-19 Angkatan III kuota 28.
- 1 Juli 2026: tambah LPP-1N sesuai KLPP v1.2.
- 2 Februari 2026: halaman dibuat mengikuti Peraturan Kepala Dinas Nomor 4 Tahun 2026.
"""


# =========================================================================== CSV text
def csv_text(header, rows, delimiter=","):
    note = ["Catatan: " + FIKTIF] + [""] * (len(header) - 1)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    w.writerow(note)
    return buf.getvalue()


# =========================================================================== registry
def _w_text(content):
    def write(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(content() if callable(content) else content)

    return write


def _w_pdf(render, blocks, title):
    def write(path):
        n = render(blocks, path, title) if blocks is not None else render(path, title)
        return n

    return write


DOCS = {
    "peraturan-kadis-pengembangan-kompetensi-2026": (
        "pdf",
        _w_pdf(
            render_perkadis,
            PERKADIS,
            "Peraturan Kepala Dinas Nomor 4 Tahun 2026 tentang Pedoman Pengembangan "
            "Kompetensi Pegawai",
        ),
    ),
    "jdih-keputusan-sertifikasi-ski-pki-2026": ("html", _w_text(JDIH_HTML)),
    "salinan-keputusan-operator-sandi-2023": (
        "pdf",
        _w_pdf(render_salinan, KEP2023, f"Keputusan {KEP_LAMA}"),
    ),
    "notulen-rapat-tim-pengembangan-kompetensi-22-juli-2026": ("docx", write_notulen),
    "nota-dinas-uji-ski-pki-gelombang-ii-2026": ("txt", _w_text(NOTA_TXT)),
    "kebijakan-laporan-pasca-pelatihan-klpp": ("md", _w_text(KLPP_MD)),
    "proyeksi-kebutuhan-pengembangan-kompetensi-2025-2027": ("docx", write_proyeksi),
    "anggaran-pengembangan-kompetensi-2026": ("xlsx", write_xlsx),
    "log-jp-pegawai-semester-i-2026": ("csv", _w_text(lambda: csv_text(LOG_HEADER, log_rows()))),
    "tiket-helpdesk-lintang-belajar-2026": (
        "csv",
        _w_text(lambda: csv_text(TIKET_HEADER, tiket_rows())),
    ),
    "kanal-telegram-info-bangkom": ("html", _w_text(telegram_html)),
    "kartu-katalog-akademi-digital-lintang-2026": ("docx", write_kartu),
    "formulir-slh-2-catatan-sesi-suluh": ("docx", write_formulir),
    "rekap-jp-bulanan-uptd-lcc-semester-i-2026": (
        "pdf",
        _w_pdf(render_scan, None, "Rekap JP Bulanan UPTD LCC Semester I 2026"),
    ),
    "buku-saku-suluh-angkatan-ii-2026": (
        "pdf",
        _w_pdf(render_booklet, BOOKLET, "Buku Saku SULUH Angkatan II 2026"),
    ),
    "linimasa-bangkom-semester-ii-2026": ("html", _w_text(linimasa_html)),
    "wiki-onboarding-tim-lcc": ("md", _w_text(WIKI_MD)),
}


def path_of(stem):
    return os.path.join(OUT, f"{stem}.{DOCS[stem][0]}")


def write_documents():
    os.makedirs(OUT, exist_ok=True)
    for stem, (ext, writer) in DOCS.items():
        path = path_of(stem)
        res = writer(path)
        if ext == "docx":
            _fix_zip_times(path)
        extra = f" ({res} pages)" if ext == "pdf" else ""
        print(f"wrote {os.path.relpath(path, HERE)}{extra}")


# =========================================================================== text extraction
def _docx_blocks(parent):
    """Paragraph and table text of a python-docx container, in body order; nested tables are
    listed after the row that holds them."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out = []
    for child in parent.iter_inner_content():
        if isinstance(child, Paragraph):
            out.append(child.text)
        elif isinstance(child, Table):
            out.extend(_docx_table(child))
    return out


def _docx_table(table):
    out = []
    for row in table.rows:
        cells, seen, nested = [], set(), []
        for c in row.cells:
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            cells.append(" / ".join(p.text for p in c.paragraphs if p.text))
            for t in c.tables:
                nested.extend(_docx_table(t))
        out.append(" | ".join(cells))
        out.extend(nested)
    return out


def _docx_cells(table):
    for row in table.rows:
        for c in row.cells:
            yield "\n".join(p.text for p in c.paragraphs)
            for t in c.tables:
                yield from _docx_cells(t)


def doc_text(stem):
    """Text of a written document as a reader would extract it."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "docx":
        import docx

        d = docx.Document(path)
        lines = _docx_blocks(d)
        for sec in d.sections:
            lines += [p.text for p in sec.footer.paragraphs]
        return "\n".join(lines)
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(f"## {ws.title}")
            for row in ws.iter_rows(values_only=True):
                cells = ["" if v is None else str(v) for v in row]
                if any(cells):
                    out.append("\t".join(cells).rstrip())
        return "\n".join(out) + "\n"
    with open(path, encoding="utf-8") as f:
        return f.read()


def doc_cells(stem):
    """For CSV and XLSX: the list of cell texts (facts must sit inside one cell)."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            return [c for row in csv.reader(f) for c in row]
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, data_only=True)
        return [
            str(v)
            for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v is not None
        ]
    return None


def visible_text(stem):
    """What the check searches: HTML without tags, everything else as extracted."""
    if DOCS[stem][0] == "html":
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(doc_text(stem), "html.parser")
        for s in soup(["style", "script"]):
            s.decompose()
        return soup.get_text(" ")
    return doc_text(stem)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def print_all_texts(names):
    for stem in DOCS:
        if names and stem not in names:
            continue
        print(f"===== {stem}.{DOCS[stem][0]} =====")
        print(doc_text(stem))
    unknown = [n for n in names if n not in DOCS]
    if unknown:
        print("unknown document(s): " + ", ".join(unknown), file=sys.stderr)


# =========================================================================== check
KINDS = {
    "table",
    "list",
    "two-part",
    "date",
    "who",
    "count",
    "money",
    "definition",
    "replaced",
    "minutes",
    "code",
    "total",
}


def check_questions():
    import yaml

    problems = []
    if not all(os.path.exists(path_of(s)) for s in DOCS):
        write_documents()
    with open(QUESTIONS, encoding="utf-8") as f:
        items = yaml.safe_load(f)
    texts = {s: norm(visible_text(s)) for s in DOCS}
    cells = {s: [norm(c) for c in (doc_cells(s) or [])] for s in DOCS}
    want = [f"t{i:03d}" for i in range(1, 201)] + [f"t{i}" for i in range(901, 941)]
    ids = [it.get("id") for it in items]
    if ids != want:
        missing = sorted(set(want) - set(ids))
        extra = sorted(set(ids) - set(want))
        dup = sorted({i for i in ids if ids.count(i) > 1})
        problems.append(
            f"ids: missing {missing[:10]}, unexpected {extra[:10]}, duplicates {dup}"
            + ("" if missing or extra or dup else ", order differs")
        )
    tagcount = {}
    qs = set()
    for it in items:
        qid = it.get("id")
        q, exp, facts, tags = it.get("q"), it.get("expected"), it.get("facts"), it.get("tags")
        if set(it) != {"id", "q", "expected", "facts", "tags"}:
            problems.append(f"{qid}: fields {sorted(it)}")
        if not isinstance(q, str) or not q.strip():
            problems.append(f"{qid}: empty question")
        elif q in qs:
            problems.append(f"{qid}: duplicate question text")
        qs.add(q)
        if not isinstance(tags, list) or not tags or tags[0] not in ("casual", "formal"):
            problems.append(f"{qid}: first tag must be casual or formal: {tags}")
            continue
        if len(set(tags)) != len(tags):
            problems.append(f"{qid}: repeated tag")
        for t in tags:
            tagcount[t] = tagcount.get(t, 0) + 1
        oos = qid.startswith("t9")
        if oos:
            if exp != [] or facts != []:
                problems.append(f"{qid}: out-of-scope item must have expected [] and facts []")
            if "oos" not in tags or sum(t in ("near", "far") for t in tags) != 1:
                problems.append(f"{qid}: out-of-scope tags must be oos plus near or far: {tags}")
            if set(tags[1:]) - {"oos", "near", "far"}:
                problems.append(f"{qid}: unexpected tags {tags}")
            continue
        bad = set(tags[1:]) - KINDS
        if bad or len(tags) < 2:
            problems.append(f"{qid}: tags {tags}")
        if not exp or not isinstance(exp, list):
            problems.append(f"{qid}: expected must be a non-empty list")
            continue
        for e in exp:
            if e not in DOCS:
                problems.append(f"{qid}: unknown document id {e}")
        if len(set(exp)) != len(exp):
            problems.append(f"{qid}: repeated expected id")
        if not facts or not isinstance(facts, list):
            problems.append(f"{qid}: facts must be a non-empty list")
            continue
        first = exp[0]
        if first not in DOCS:
            continue
        for fact in facts:
            if not isinstance(fact, str) or not fact.strip():
                problems.append(f"{qid}: empty fact")
                continue
            nf = norm(fact)
            if DOCS[first][0] in ("csv", "xlsx"):
                if not any(nf in c for c in cells[first]):
                    problems.append(f"{qid}: fact not in one cell of {first}: {fact!r}")
            elif nf not in texts[first]:
                problems.append(f"{qid}: fact not in {first}: {fact!r}")
    near = tagcount.get("near", 0)
    far = tagcount.get("far", 0)
    if (near, far) != (20, 20):
        problems.append(f"out of scope should be 20 near + 20 far, got {near} + {far}")
    ans = [
        it
        for it in items
        if str(it.get("id", "")).startswith("t") and not str(it.get("id")).startswith("t9")
    ]
    print(f"{len(items)} questions ({len(ans)} answerable, {len(items) - len(ans)} out of scope)")
    print("tags: " + ", ".join(f"{k} {v}" for k, v in sorted(tagcount.items())))
    per_doc = {}
    for it in ans:
        if it.get("expected"):
            per_doc[it["expected"][0]] = per_doc.get(it["expected"][0], 0) + 1
    print("first expected document: " + ", ".join(f"{k} {v}" for k, v in per_doc.items()))
    unused = [s for s in DOCS if s not in per_doc]
    if unused:
        problems.append(f"documents never expected first: {unused}")
    for p in problems:
        print("PROBLEM: " + p)
    print(f"{len(problems)} problem(s)")
    return not problems


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check_questions() else 1)
    if "--text" in argv:
        if not all(os.path.exists(path_of(s)) for s in DOCS):
            write_documents()
        print_all_texts([a for a in argv if a != "--text"])
        return
    write_documents()


if __name__ == "__main__":
    main(sys.argv[1:])
