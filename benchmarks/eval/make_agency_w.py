#!/usr/bin/env python3
"""Generate the documents of the fictional "agency W" evaluation set.

Agency W: Dinas Pertanian dan Ketahanan Pangan (DPKP) Kabupaten Padang Lamun (fictional regency,
capital Lubuk Lamun, Provinsi Sumatera Tenggara Raya, WIB). Its competency development programme
is "SEMAI" (Sekolah Mandiri Aparatur Inovatif), recorded in the information system "SIPANEN".
204 employees (142 PNS, 62 PPPK; 99 of them Penyuluh Pertanian at nine BPP kecamatan) in the
Sekretariat, four bidang, the UPTD Balai Benih and the BPP.

Documents (written into agency_w/):
  pedoman-semai-dpkp-2026.pdf                    long handbook: cover, TOC, BAB I-X with numbered
                                                 headings, glossary, catalogue table over several
                                                 pages with repeated header, footnotes, running
                                                 header/footer, LAMPIRAN I-III
  perkadis-dpkp-5-2023-pengembangan-kompetensi.pdf  OLD regulation (Pasal 1-19): 20/10/30 JP,
                                                 31 Maret, 80 %, 14 hari kalender, 30 hari
                                                 kalender, Rp2.000.000, Rp75.000, 8 JP, SIKOMTAN
  perkadis-dpkp-2-2026-perubahan.pdf             NEW amending regulation (Pasal I/II): 26/18/40 JP,
                                                 28 Februari, 90 %, 7 hari kerja, 10 hari kerja,
                                                 Rp3.000.000, Rp100.000, 12 JP, SIPANEN, Pasal 16A
  buletin-semai-edisi-2-2026.pdf                 two-column newsletter page (April-Juni 2026)
  formulir-f03-pengakuan-jp-sri-wahyuni.pdf      filled form/checklist (label: value lines)
  kak-pelatihan-pht-penyuluh-2026.docx           terms of reference, tables with merged cells
  notulen-evaluasi-semai-semester-i-2026.docx    minutes with action items (who, what, deadline)
  panduan-pengguna-sipanen-v2-1.docx             user guide, numbered lists with nested bullets
  rekap-jp-semai-2026.xlsx                       sheets Ringkasan (formulas), Rekap JP Pegawai
                                                 (masked NIP), Kuota Pelatihan, Keterangan
  jadwal-sekolah-lapang-2026.csv                 field-school schedule per kecamatan (comma,
                                                 quoted fields)
  realisasi-anggaran-semai-2026.csv              budget realisation (semicolon, decimal comma)
  pengumuman-seleksi-magang-perbenihan-2026.html announcement with table and site chrome
  helpdesk-sipanen.html                          helpdesk page: <dl>, PIC table, error codes
  faq-semai.md                                   FAQ with "### Apakah ...?" headings
  panduan-laporan-refleksi-pascapelatihan.md     LRP guide with tables and nested lists
  grup-wa-penyuluh-semai-juli-2026.txt           WhatsApp export (abbreviations, emoji, a RALAT)
  surat-edaran-unggah-sertifikat-semester-i-2026.txt  plain-text circular

Usage:
  python make_agency_w.py                     # write the documents
  python make_agency_w.py --text [stem ...]   # print extracted text
  python make_agency_w.py --check             # check questions_agency_w.yaml against documents

Dokumen fiktif, untuk evaluasi.
"""

import csv
import datetime
import io
import os
import random
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agency_w")
QUESTIONS = os.path.join(HERE, "questions_agency_w.yaml")
FIXED_DATE = datetime.datetime(2026, 7, 25, 9, 0, tzinfo=datetime.UTC)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."

DINAS = "Dinas Pertanian dan Ketahanan Pangan"
KAB = "Kabupaten Padang Lamun"
PROV = "Provinsi Sumatera Tenggara Raya"
IBUKOTA = "Lubuk Lamun"
PROGRAM = "SEMAI"
PROGRAM_LONG = "Sekolah Mandiri Aparatur Inovatif"
SISTEM = "SIPANEN"
SISTEM_LONG = "Sistem Informasi Pemantauan Pengembangan Kompetensi Pegawai Pertanian"
SISTEM_OLD = "SIKOMTAN"
SISTEM_OLD_LONG = "Sistem Informasi Kompetensi Pegawai Pertanian"
ALAMAT = "Jl. Lintas Pertanian No. 17, Lubuk Lamun 29471"
TELP = "(0759) 312448"
EMAIL = "semai.dpkp@padanglamunkab.go.id"
WA_HELP = "0813-7720-4518"
URL_SIPANEN = "https://sipanen.padanglamunkab.go.id"

# ------------------------------------------------------------------ current (2026) and old values
JP_PNS, JP_PPPK, JP_PENYULUH, JP_TEKNIS_PENYULUH = 26, 18, 40, 16
JP_PNS_OLD, JP_PPPK_OLD, JP_PENYULUH_OLD = 20, 10, 30
RPK_BATAS, RPK_BATAS_OLD = "28 Februari", "31 Maret"
HADIR, HADIR_OLD = 90, 80
UNGGAH, UNGGAH_OLD = "7 (tujuh) hari kerja", "14 (empat belas) hari kalender"
LRP, LRP_OLD = "10 (sepuluh) hari kerja", "30 (tiga puluh) hari kalender"
MANDIRI, MANDIRI_OLD = 3_000_000, 2_000_000
TRANSPORT_SL, TRANSPORT_SL_OLD = 100_000, 75_000
ELEARN, ELEARN_OLD = 12, 8

# ------------------------------------------------------------------ people
KADIS = "Dr. Ir. Rosmaini Harahap, M.P."
KADIS_NIP = "19710608 199803 2 004"
KADIS_OLD = "Ir. Zulkarnain Sitompul, M.M."
KADIS_OLD_NIP = "19650219 199003 1 002"
SEKDIS = "Drs. Effendi Nasution, M.Si."
UMPEG = "Yusnita Pohan, S.E."
RENKEU = "Fitri Handayani, S.E., Ak."
ADMIN = "Rahmat Hidayat Siregar, S.Kom."
VERIF = "Novi Andriani, S.Psi."
NOTULIS = "Dewi Kartika Sari, A.Md."
KABID_TPH = "Siti Aisyah Rangkuti, S.P., M.Si."
KABID_PSP = "Ir. Bonar Simanjuntak, M.Si."
KABID_KDP = "Andi Pratama Lubis, S.TP."
KABID_KKP = "drh. Nurhayati Batubara"
KA_UPTD = "Marlina Daulay, S.P."
STAF_PSP = "Hendri Gunawan, S.P."

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
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def d(s):
    return datetime.date.fromisoformat(s)


def tgl(s):
    x = d(s) if isinstance(s, str) else s
    return f"{x.day} {BULAN[x.month - 1]} {x.year}"


def hari(s):
    x = d(s) if isinstance(s, str) else s
    return HARI[x.weekday()]


def htgl(s):
    return f"{hari(s)}, {tgl(s)}"


def ribuan(n):
    return f"{n:,}".replace(",", ".")


def rp(n):
    return "Rp" + ribuan(n)


def koma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


# ------------------------------------------------------------------ units
BPP = [
    # kecamatan, penyuluh PNS, penyuluh PPPK, kepala BPP
    ("Lamun Hilir", 8, 6, "Agus Salim Nasution, S.ST."),
    ("Lamun Hulu", 6, 4, "Yenni Marpaung, S.P."),
    ("Sungai Padi", 8, 5, "Irwansyah Putra, S.P."),
    ("Koto Ranah", 7, 5, "Syafrizal, S.P."),
    ("Batang Seruyan", 6, 5, "Hotma Sinaga, S.P."),
    ("Air Kumbang", 5, 4, "Rudi Hartono, S.P."),
    ("Tanjung Gadang", 7, 4, "Nelly Susanti, S.P."),
    ("Pasir Lebar", 6, 4, "Zainal Abidin, S.ST."),
    ("Bukit Sirih", 5, 4, "Dodi Permana, A.Md.P."),
]
UNITS = [
    # name, PNS, PPPK
    ("Sekretariat", 22, 6),
    ("Bidang Tanaman Pangan dan Hortikultura", 17, 4),
    ("Bidang Prasarana, Sarana dan Penyuluhan", 15, 4),
    ("Bidang Ketersediaan dan Distribusi Pangan", 11, 3),
    ("Bidang Konsumsi dan Keamanan Pangan", 10, 3),
    ("UPTD Balai Benih", 9, 1),
] + [(f"BPP {k}", a, b) for k, a, b, _ in BPP]
UNIT_SHORT = {
    "Sekretariat": "Sekretariat",
    "Bidang Tanaman Pangan dan Hortikultura": "Bidang TPH",
    "Bidang Prasarana, Sarana dan Penyuluhan": "Bidang PSP",
    "Bidang Ketersediaan dan Distribusi Pangan": "Bidang KDP",
    "Bidang Konsumsi dan Keamanan Pangan": "Bidang KKP",
    "UPTD Balai Benih": "UPTD Balai Benih",
}
N_PNS = sum(u[1] for u in UNITS)
N_PPPK = sum(u[2] for u in UNITS)
N_PEG = N_PNS + N_PPPK
N_PENYULUH = sum(a + b for _, a, b, _ in BPP)
N_PENYULUH_PNS = sum(a for _, a, _, _ in BPP)
N_PENYULUH_PPPK = sum(b for _, _, b, _ in BPP)
assert (N_PEG, N_PNS, N_PPPK, N_PENYULUH) == (204, 142, 62, 99)

# ------------------------------------------------------------------ quota per unit x training
QUOTA_COLS = [
    "Sekretariat",
    "Bidang TPH",
    "Bidang PSP",
    "Bidang KDP",
    "Bidang KKP",
    "UPTD Balai Benih",
    "Penyuluh (9 BPP)",
]
QUOTA = [
    ("SM-T01", "Pengendalian Hama Terpadu (PHT) Padi dan Jagung", [0, 2, 3, 0, 0, 1, 34]),
    ("SM-T02", "Pemandu Sekolah Lapang Iklim", [0, 0, 2, 0, 0, 0, 23]),
    ("SM-T03", "Magang Teknologi Perbenihan", [0, 4, 0, 0, 0, 6, 14]),
    ("SM-T04", "Pengolahan Pangan Lokal B2SA", [2, 1, 0, 3, 10, 0, 14]),
    ("SM-T05", "Penanganan Pascapanen Hortikultura", [0, 8, 1, 0, 2, 2, 12]),
    ("SM-T10", "Pengoperasian dan Perawatan Alsintan", [0, 2, 8, 0, 0, 2, 8]),
    ("SM-T14", "Penyuluhan Digital dan Media Sosial", [1, 1, 2, 1, 1, 0, 24]),
    ("SM-A01", "Penatausahaan Keuangan pada SIPD", [8, 2, 2, 2, 2, 2, 0]),
    ("SM-A02", "Pengadaan Barang/Jasa Tingkat Dasar", [4, 2, 2, 1, 1, 2, 0]),
    ("SM-S02", "Etika dan Budaya Kerja BerAKHLAK", [6, 4, 4, 3, 3, 2, 20]),
]
QUOTA_TOTAL = {code: sum(v) for code, _, v in QUOTA}

# ------------------------------------------------------------------ catalogue (handbook BAB V)
# kode, nama, sasaran, JP, jalur, penyelenggara, kuota, waktu
KATALOG = [
    (
        "SM-T01",
        "Pengendalian Hama Terpadu (PHT) Padi dan Jagung",
        "Penyuluh Pertanian; staf teknis",
        "40",
        "Klasikal dan praktik lapangan",
        "Bidang PSP",
        str(QUOTA_TOTAL["SM-T01"]),
        "Mei dan September (2 angkatan)",
    ),
    (
        "SM-T02",
        "Pemandu Sekolah Lapang Iklim",
        "Penyuluh Pertanian",
        "32",
        "Klasikal dan praktik lapangan",
        "Bidang PSP bersama Stasiun Klimatologi Lubuk Lamun",
        str(QUOTA_TOTAL["SM-T02"]),
        "Februari",
    ),
    (
        "SM-T03",
        "Magang Teknologi Perbenihan",
        "Staf UPTD Balai Benih, Bidang TPH, penyuluh",
        "30",
        "Magang (5 hari kerja)",
        "UPTD Balai Benih",
        f"{QUOTA_TOTAL['SM-T03']} (12 per angkatan)",
        "April dan Juli",
    ),
    (
        "SM-T04",
        "Pengolahan Pangan Lokal B2SA",
        "Bidang KKP, Bidang KDP, penyuluh",
        "24",
        "Klasikal",
        "Bidang KKP",
        str(QUOTA_TOTAL["SM-T04"]),
        "14-16 Juli",
    ),
    (
        "SM-T05",
        "Penanganan Pascapanen Hortikultura",
        "Bidang TPH, penyuluh",
        "24",
        "Klasikal dan praktik lapangan",
        "Bidang TPH",
        str(QUOTA_TOTAL["SM-T05"]),
        "Agustus",
    ),
    (
        "SM-T06",
        "Pengawasan Keamanan Pangan Segar Asal Tumbuhan (PSAT)",
        "Bidang KKP",
        "32",
        "Klasikal",
        "Otoritas Kompetensi Keamanan Pangan Daerah (OKKPD) Provinsi",
        "6",
        "Oktober",
    ),
    (
        "SM-T07",
        "Analisis Neraca Bahan Makanan dan Pola Pangan Harapan",
        "Bidang KDP",
        "16",
        "Klasikal",
        "Bidang KDP",
        "10",
        "April",
    ),
    (
        "SM-T08",
        "Pengelolaan Cadangan Pangan Pemerintah Daerah",
        "Bidang KDP",
        "12",
        "E-learning terstruktur",
        "Platform e-learning Kementerian",
        "8",
        "Juni",
    ),
    (
        "SM-T09",
        "Penyusunan Peta Ketahanan dan Kerentanan Pangan (FSVA)",
        "Bidang KDP",
        "20",
        "Klasikal",
        "Bidang KDP",
        "6",
        "Maret",
    ),
    (
        "SM-T10",
        "Pengoperasian dan Perawatan Alsintan",
        "Bidang PSP, penyuluh, UPTD",
        "24",
        "Klasikal dan praktik lapangan",
        "Bidang PSP",
        str(QUOTA_TOTAL["SM-T10"]),
        "Juni",
    ),
    (
        "SM-T11",
        "Penyaluran Pupuk Bersubsidi dan e-RDKK",
        "Penyuluh Pertanian",
        "8",
        "Webinar",
        "Bidang PSP",
        "99",
        "Januari",
    ),
    (
        "SM-T12",
        "Pembuatan Pupuk Organik dan Pestisida Nabati",
        "Penyuluh Pertanian",
        "24",
        "Sekolah Lapang",
        "BPP bergiliran",
        "30",
        "Maret-Mei",
    ),
    (
        "SM-T13",
        "Budidaya Cabai dan Bawang Merah di Luar Musim",
        "Bidang TPH, penyuluh",
        "24",
        "Klasikal dan praktik lapangan",
        "Bidang TPH",
        "25",
        "Oktober",
    ),
    (
        "SM-T14",
        "Penyuluhan Digital dan Media Sosial",
        "Penyuluh Pertanian",
        "16",
        "Klasikal daring",
        "Bidang PSP",
        str(QUOTA_TOTAL["SM-T14"]),
        "Juli",
    ),
    (
        "SM-T15",
        "Pelaporan Luas Tambah Tanam dan Data Produksi",
        "Penyuluh Pertanian, Bidang TPH",
        "12",
        "Klasikal",
        "Bidang TPH",
        "40",
        "Februari",
    ),
    (
        "SM-M01",
        "Coaching dan Mentoring bagi Atasan Langsung",
        "Pejabat administrator dan pengawas, Kepala BPP",
        "16",
        "Klasikal",
        "Sekretariat",
        "25",
        "Mei",
    ),
    (
        "SM-M02",
        "Manajemen Kinerja dan Penyusunan SKP",
        "Seluruh pegawai",
        "8",
        "Klasikal daring",
        "Sekretariat",
        "60",
        "Januari",
    ),
    (
        "SM-M03",
        "Manajemen Risiko dan Rencana Aksi",
        "Pejabat administrator dan pengawas",
        "12",
        "Klasikal",
        "Inspektorat Kabupaten",
        "15",
        "Agustus",
    ),
    (
        "SM-A01",
        "Penatausahaan Keuangan pada SIPD",
        "Pengelola keuangan",
        "24",
        "Klasikal",
        "BPKAD Kabupaten",
        str(QUOTA_TOTAL["SM-A01"]),
        "Februari",
    ),
    (
        "SM-A02",
        "Pengadaan Barang/Jasa Tingkat Dasar",
        "PPK, pejabat pengadaan",
        "32",
        "Klasikal",
        "Bagian Pengadaan Setda",
        str(QUOTA_TOTAL["SM-A02"]),
        "Maret",
    ),
    (
        "SM-A03",
        "Tata Naskah Dinas Elektronik",
        "Sekretariat, pengadministrasi",
        "8",
        "Klasikal",
        "Sekretariat",
        "20",
        "April",
    ),
    (
        "SM-A04",
        "Penatausahaan Barang Milik Daerah",
        "Pengurus barang",
        "16",
        "Klasikal",
        "BPKAD Kabupaten",
        "8",
        "Mei",
    ),
    (
        "SM-A05",
        "Pengelolaan Arsip Dinamis",
        "Arsiparis, pengadministrasi",
        "12",
        "Klasikal",
        "Dinas Kearsipan Kabupaten",
        "10",
        "September",
    ),
    (
        "SM-S01",
        "Pelayanan Prima bagi Petugas Layanan",
        "Petugas layanan, UPTD",
        "8",
        "Klasikal",
        "Sekretariat",
        "20",
        "Juni",
    ),
    (
        "SM-S02",
        "Etika dan Budaya Kerja BerAKHLAK",
        "Seluruh pegawai; wajib PPPK tahun pertama",
        "6",
        "E-learning terstruktur",
        "Sekretariat",
        str(QUOTA_TOTAL["SM-S02"]),
        "Sepanjang tahun",
    ),
    (
        "SM-S03",
        "Literasi Digital dan Keamanan Siber Dasar",
        "Seluruh pegawai",
        "6",
        "E-learning terstruktur",
        "Diskominfo Kabupaten",
        "80",
        "Sepanjang tahun",
    ),
    (
        "SM-S04",
        "Komunikasi Efektif dengan Kelompok Tani",
        "Penyuluh Pertanian",
        "12",
        "Klasikal",
        "Bidang PSP",
        "30",
        "November",
    ),
    (
        "SM-S05",
        "Pengarusutamaan Gender dalam Pembangunan Pertanian",
        "Perencana, penyuluh",
        "8",
        "Webinar",
        "Bappeda Kabupaten",
        "20",
        "Oktober",
    ),
    (
        "SM-F01",
        "Penyusunan Dokumen Kinerja Jabatan Fungsional Penyuluh",
        "Penyuluh Pertanian",
        "12",
        "Klasikal",
        "Bidang PSP",
        "40",
        "Februari",
    ),
    (
        "SM-F02",
        "Persiapan Uji Kompetensi Kenaikan Jenjang Penyuluh",
        "Penyuluh yang akan naik jenjang",
        "16",
        "Klasikal",
        "Bidang PSP",
        "15",
        "Agustus",
    ),
    (
        "SM-F03",
        "Orientasi Tugas PPPK Penyuluh Pertanian",
        "PPPK Penyuluh tahun pertama",
        "24",
        "Klasikal dan magang di BPP",
        "Bidang PSP",
        "12",
        "April",
    ),
    (
        "SM-E01",
        "Rembug Tani Aparatur (komunitas belajar)",
        "Seluruh pegawai",
        "2 per sesi",
        "Komunitas belajar",
        "Tim Pengelola SEMAI",
        "Tidak dibatasi",
        "Kamis terakhir setiap bulan",
    ),
    (
        "SM-E02",
        "Jumat Belajar",
        "Seluruh pegawai",
        "2 per sesi",
        "Kelas internal daring/luring",
        "Tim Pengelola SEMAI",
        "Tidak dibatasi",
        "Setiap Jumat",
    ),
]

# ------------------------------------------------------------------ budget (CSV realisasi)
# kode rekening, uraian, pagu, realisasi s.d. 30 Juni 2026, keterangan
ANGGARAN = [
    (
        "5.1.02.02.01.0003",
        "Honorarium narasumber pelatihan klasikal",
        96_000_000,
        41_250_000,
        "Termasuk narasumber PHT Angkatan I",
    ),
    (
        "5.1.02.01.01.0052",
        "Belanja makanan dan minuman kegiatan pelatihan",
        148_500_000,
        52_380_000,
        "",
    ),
    (
        "5.1.02.02.12.0001",
        "Belanja sewa gedung/aula pelatihan",
        36_000_000,
        9_000_000,
        "Sebagian pelatihan memakai aula UPTD Balai Benih",
    ),
    (
        "5.1.02.01.01.0008",
        "Belanja bahan praktik (benih, pupuk, agens hayati)",
        72_400_000,
        30_115_500,
        "",
    ),
    (
        "5.1.02.01.01.0024",
        "Belanja alat tulis kantor dan penggandaan modul",
        28_600_000,
        11_972_000,
        "",
    ),
    (
        "5.1.02.02.01.0029",
        "Uang transport pemandu Sekolah Lapang",
        118_800_000,
        40_200_000,
        "Rp100.000 per pertemuan sejak 1 Februari 2026",
    ),
    (
        "5.1.02.04.01.0003",
        "Perjalanan dinas dalam daerah pendampingan Sekolah Lapang",
        164_250_000,
        71_400_000,
        "",
    ),
    (
        "5.1.02.04.01.0001",
        "Perjalanan dinas luar daerah mengikuti pelatihan",
        210_000_000,
        84_655_000,
        "Antara lain ke balai pelatihan pertanian",
    ),
    (
        "5.1.02.02.02.0005",
        "Kontribusi/biaya pelatihan pihak penyelenggara lain",
        185_000_000,
        67_500_000,
        "",
    ),
    (
        "5.1.02.03.02.0001",
        "Bantuan biaya pelatihan mandiri pegawai",
        60_000_000,
        21_000_000,
        "7 pegawai x Rp3.000.000",
    ),
    (
        "5.1.02.05.01.0001",
        "Hadiah SEMAI Award",
        7_500_000,
        7_500_000,
        "3 kategori x Rp2.500.000, diserahkan 22 Juni 2026",
    ),
    (
        "5.1.02.02.05.0041",
        "Pemeliharaan dan lisensi SIPANEN",
        48_000_000,
        24_000_000,
        "Termin I dari 2",
    ),
    (
        "5.1.02.02.05.0052",
        "Langganan platform rapat daring dan e-learning",
        14_400_000,
        7_200_000,
        "",
    ),
]
PAGU_TOTAL = sum(r[2] for r in ANGGARAN)
REAL_TOTAL = sum(r[3] for r in ANGGARAN)
REAL_PCT = REAL_TOTAL * 100 / PAGU_TOTAL

# ------------------------------------------------------------------ field-school schedule (CSV)
# musim, kecamatan, jenis, komoditas, kelompok, pemandu, mulai, pertemuan, pukul, peserta, lokasi
SL = [
    (
        "MT I",
        "Koto Ranah",
        "SLI",
        "Padi sawah",
        "Poktan Sepakat Maju",
        "Sri Wahyuni, S.P.",
        "2026-03-03",
        12,
        "08.00-11.00",
        25,
        "Hamparan sawah Desa Padang Ranah",
    ),
    (
        "MT I",
        "Lamun Hilir",
        "SL-PHT",
        "Padi sawah",
        "Poktan Tunas Harapan",
        "Agus Salim Nasution, S.ST.",
        "2026-03-05",
        12,
        "07.30-10.30",
        24,
        "Desa Sei Lamun, blok Tanjung",
    ),
    (
        "MT I",
        "Sungai Padi",
        "SL-PHT",
        "Jagung",
        "Poktan Jaya Bersama",
        "Rina Marlina, S.P.",
        "2026-03-09",
        10,
        "08.00-11.00",
        20,
        "Lahan kering Dusun Parit Tiga",
    ),
    (
        "MT I",
        "Pasir Lebar",
        "SL-PO",
        "Sayuran daun",
        "KWT Melati",
        "Ahmad Fauzan, A.Md.P.",
        "2026-03-12",
        10,
        "14.00-16.30",
        22,
        "Kebun KWT, Desa Pasir Putih",
    ),
    (
        "MT I",
        "Air Kumbang",
        "SLI",
        "Padi ladang",
        "Poktan Karya Tani",
        "Rudi Hartono, S.P.",
        "2026-03-16",
        14,
        "08.00-11.00",
        25,
        "Desa Air Kumbang Hulu",
    ),
    (
        "MT I",
        "Bukit Sirih",
        "SL-PO",
        "Cabai merah",
        "Poktan Sirih Makmur",
        "Dodi Permana, A.Md.P.",
        "2026-03-18",
        10,
        "15.00-17.30",
        20,
        "Desa Bukit Sirih Dalam",
    ),
    (
        "MT I",
        "Tanjung Gadang",
        "SL-PHT",
        "Bawang merah",
        "Poktan Gadang Saiyo",
        "Nelly Susanti, S.P.",
        "2026-03-24",
        10,
        "07.30-10.00",
        21,
        "Desa Tanjung Gadang Ilir",
    ),
    (
        "MT I",
        "Batang Seruyan",
        "SL-P2L",
        "Sayuran pekarangan",
        "KWT Seruyan Lestari",
        "Hotma Sinaga, S.P.",
        "2026-04-07",
        8,
        "14.00-16.00",
        30,
        "Pekarangan Desa Batang Seruyan",
    ),
    (
        "MT I",
        "Lamun Hulu",
        "SL-P2L",
        "Sayuran pekarangan",
        "KWT Mawar Lamun Hulu",
        "Yenni Marpaung, S.P.",
        "2026-04-08",
        8,
        "14.00-16.00",
        28,
        "Pekarangan Desa Koto Tinggi",
    ),
    (
        "MT II",
        "Sungai Padi",
        "SLI",
        "Padi sawah",
        "Poktan Sumber Rezeki",
        "Irwansyah Putra, S.P.",
        "2026-07-07",
        12,
        "08.00-11.00",
        25,
        "Desa Sungai Padi Baru",
    ),
    (
        "MT II",
        "Koto Ranah",
        "SL-PHT",
        "Jagung",
        "Poktan Ranah Bersatu",
        "Sri Wahyuni, S.P.",
        "2026-07-14",
        10,
        "08.00-11.00",
        20,
        "Desa Koto Baru",
    ),
    (
        "MT II",
        "Lamun Hilir",
        "SLI",
        "Padi sawah",
        "Poktan Maju Bersama",
        "Fadli Ramadhan, S.P.",
        "2026-07-13",
        12,
        "07.30-10.30",
        25,
        "Desa Muara Lamun",
    ),
    (
        "MT II",
        "Air Kumbang",
        "SL-PO",
        "Kopi robusta",
        "Poktan Kumbang Jaya",
        "Rudi Hartono, S.P.",
        "2026-07-20",
        8,
        "09.00-12.00",
        22,
        "Kebun kopi Desa Simpang Tiga",
    ),
    (
        "MT II",
        "Tanjung Gadang",
        "SL-PHT",
        "Cabai merah",
        "Poktan Bina Tani",
        "Nelly Susanti, S.P.",
        "2026-07-21",
        10,
        "07.30-10.00",
        20,
        "Desa Tanjung Gadang Mudik",
    ),
    (
        "MT II",
        "Pasir Lebar",
        "SLI",
        "Padi sawah",
        "Poktan Lebar Sejahtera",
        "Ahmad Fauzan, A.Md.P.",
        "2026-08-04",
        12,
        "08.00-11.00",
        25,
        "Desa Pasir Lebar Timur",
    ),
    (
        "MT II",
        "Batang Seruyan",
        "SL-PHT",
        "Padi sawah",
        "Poktan Seruyan Maju",
        "Maria Ulfa Tanjung, S.P.",
        "2026-08-05",
        12,
        "08.00-11.00",
        24,
        "Desa Seruyan Hilir",
    ),
    (
        "MT II",
        "Bukit Sirih",
        "SL-P2L",
        "Sayuran pekarangan",
        "KWT Sirih Wangi",
        "Dodi Permana, A.Md.P.",
        "2026-08-11",
        8,
        "14.00-16.00",
        30,
        "Pekarangan Desa Sirih Indah",
    ),
    (
        "MT II",
        "Lamun Hulu",
        "SL-PO",
        "Padi sawah organik",
        "Poktan Hulu Lestari",
        "Yenni Marpaung, S.P.",
        "2026-08-18",
        12,
        "08.00-11.00",
        23,
        "Desa Lamun Hulu Dalam",
    ),
]


# ------------------------------------------------------------------ employee roster (xlsx)
# name, status, jabatan, unit, klasikal, nonklasikal, keterangan
KEY_PEOPLE = [
    (SEKDIS, "PNS", "Sekretaris Dinas", "Sekretariat", 8, 4, ""),
    (UMPEG, "PNS", "Kepala Subbagian Umum dan Kepegawaian", "Sekretariat", 12, 6, ""),
    (RENKEU, "PNS", "Kepala Subbagian Perencanaan dan Keuangan", "Sekretariat", 24, 2, ""),
    (ADMIN, "PNS", "Pranata Komputer Ahli Pertama", "Sekretariat", 16, 14, ""),
    (VERIF, "PNS", "Analis SDM Aparatur Ahli Pertama", "Sekretariat", 20, 8, ""),
    (NOTULIS, "PPPK", "Penata Layanan Operasional", "Sekretariat", 10, 6, ""),
    ("Dedi Kurniawan", "PNS", "Bendahara Pengeluaran", "Sekretariat", 0, 0, "Cuti sakit Feb-Apr"),
    (KABID_TPH, "PNS", "Kepala Bidang", "Bidang Tanaman Pangan dan Hortikultura", 6, 2, ""),
    (KABID_PSP, "PNS", "Kepala Bidang", "Bidang Prasarana, Sarana dan Penyuluhan", 4, 4, ""),
    (
        STAF_PSP,
        "PNS",
        "Analis Kelembagaan Penyuluhan",
        "Bidang Prasarana, Sarana dan Penyuluhan",
        16,
        10,
        "",
    ),
    (KABID_KDP, "PNS", "Kepala Bidang", "Bidang Ketersediaan dan Distribusi Pangan", 12, 0, ""),
    (KABID_KKP, "PNS", "Kepala Bidang", "Bidang Konsumsi dan Keamanan Pangan", 0, 6, ""),
    (KA_UPTD, "PNS", "Kepala UPTD", "UPTD Balai Benih", 10, 30, "Pengajar magang"),
    ("Joko Susilo, A.Md.", "PNS", "Pengawas Benih Tanaman Terampil", "UPTD Balai Benih", 0, 30, ""),
    (
        "Sri Wahyuni, S.P.",
        "PNS",
        "Penyuluh Pertanian Ahli Muda",
        "BPP Koto Ranah",
        24,
        34,
        "Termasuk 16 JP pemandu SLI MT I",
    ),
    (
        "Syafrizal, S.P.",
        "PNS",
        "Penyuluh Pertanian Ahli Madya",
        "BPP Koto Ranah",
        8,
        6,
        "Kepala BPP",
    ),
    (
        "Agus Salim Nasution, S.ST.",
        "PNS",
        "Penyuluh Pertanian Ahli Muda",
        "BPP Lamun Hilir",
        16,
        18,
        "Kepala BPP",
    ),
    (
        "Rina Marlina, S.P.",
        "PPPK",
        "Penyuluh Pertanian Ahli Pertama",
        "BPP Sungai Padi",
        8,
        16,
        "",
    ),
    (
        "Ahmad Fauzan, A.Md.P.",
        "PPPK",
        "Penyuluh Pertanian Terampil",
        "BPP Pasir Lebar",
        24,
        12,
        "",
    ),
    (
        "Rudi Hartono, S.P.",
        "PNS",
        "Penyuluh Pertanian Ahli Muda",
        "BPP Air Kumbang",
        0,
        16,
        "Kepala BPP",
    ),
    (
        "Dodi Permana, A.Md.P.",
        "PNS",
        "Penyuluh Pertanian Mahir",
        "BPP Bukit Sirih",
        0,
        0,
        "Kepala BPP; laporan SL belum diunggah",
    ),
    (
        "Nelly Susanti, S.P.",
        "PNS",
        "Penyuluh Pertanian Ahli Muda",
        "BPP Tanjung Gadang",
        8,
        4,
        "Kepala BPP",
    ),
    (
        "Yenni Marpaung, S.P.",
        "PNS",
        "Penyuluh Pertanian Ahli Muda",
        "BPP Lamun Hulu",
        16,
        16,
        "Kepala BPP",
    ),
    (
        "Irwansyah Putra, S.P.",
        "PNS",
        "Penyuluh Pertanian Ahli Madya",
        "BPP Sungai Padi",
        12,
        8,
        "Kepala BPP",
    ),
    (
        "Hotma Sinaga, S.P.",
        "PNS",
        "Penyuluh Pertanian Ahli Muda",
        "BPP Batang Seruyan",
        8,
        16,
        "Kepala BPP",
    ),
    (
        "Zainal Abidin, S.ST.",
        "PNS",
        "Penyuluh Pertanian Ahli Muda",
        "BPP Pasir Lebar",
        16,
        2,
        "Kepala BPP",
    ),
    (
        "Fadli Ramadhan, S.P.",
        "PPPK",
        "Penyuluh Pertanian Ahli Pertama",
        "BPP Lamun Hilir",
        0,
        0,
        "TMT PPPK 1 Juni 2026; target prorata",
    ),
    (
        "Maria Ulfa Tanjung, S.P.",
        "PPPK",
        "Penyuluh Pertanian Ahli Pertama",
        "BPP Batang Seruyan",
        6,
        8,
        "",
    ),
]

FIRST_M = [
    "Ahmad",
    "Budi",
    "Candra",
    "Darwin",
    "Eko",
    "Fajar",
    "Gunawan",
    "Hasan",
    "Indra",
    "Jefri",
    "Kurniadi",
    "Lukman",
    "Muhammad",
    "Nanda",
    "Oktavianus",
    "Putra",
    "Rizki",
    "Samsul",
    "Taufik",
    "Usman",
    "Wahyu",
    "Yudi",
    "Zulfikar",
    "Arief",
    "Bambang",
    "Doni",
    "Erwin",
    "Firman",
    "Hendra",
    "Iwan",
]
FIRST_F = [
    "Ani",
    "Butet",
    "Citra",
    "Dian",
    "Erna",
    "Fitriani",
    "Gita",
    "Hana",
    "Intan",
    "Juliana",
    "Kartini",
    "Lestari",
    "Mega",
    "Nurul",
    "Oktaviani",
    "Puspita",
    "Rahma",
    "Sari",
    "Tuti",
    "Ulfa",
    "Vivi",
    "Wulan",
    "Yanti",
    "Zahra",
    "Ayu",
    "Desi",
    "Elvi",
    "Herlina",
    "Indah",
    "Lina",
]
LAST = [
    "Saragih",
    "Hasibuan",
    "Siregar",
    "Lubis",
    "Tanjung",
    "Pane",
    "Ritonga",
    "Daulay",
    "Harahap",
    "Nainggolan",
    "Situmorang",
    "Hutapea",
    "Chaniago",
    "Piliang",
    "Koto",
    "Sikumbang",
    "Jambak",
    "Caniago",
    "Melayu",
    "Syahputra",
    "Pratama",
    "Saputra",
    "Wijaya",
    "Purba",
    "Ginting",
    "Sembiring",
    "Tarigan",
    "Simbolon",
    "Matondang",
    "Rambe",
]
GELAR = ["S.P.", "S.P.", "S.ST.", "A.Md.P.", "S.TP.", "S.E.", "S.Kom.", "", "", "A.Md.", "S.Sos."]
JAB_PNS = {
    "Sekretariat": ["Pengadministrasi Perkantoran", "Penata Keuangan", "Arsiparis Terampil"],
    "Bidang Tanaman Pangan dan Hortikultura": [
        "Pengendali Organisme Pengganggu Tumbuhan Ahli Pertama",
        "Analis Tanaman Pangan",
        "Pengawas Mutu Hasil Pertanian Ahli Pertama",
    ],
    "Bidang Prasarana, Sarana dan Penyuluhan": [
        "Analis Prasarana dan Sarana Pertanian",
        "Pengelola Alsintan",
    ],
    "Bidang Ketersediaan dan Distribusi Pangan": [
        "Analis Ketahanan Pangan Ahli Pertama",
        "Pengelola Data Pangan",
    ],
    "Bidang Konsumsi dan Keamanan Pangan": [
        "Analis Ketahanan Pangan Ahli Muda",
        "Pengawas Mutu Pangan",
    ],
    "UPTD Balai Benih": ["Pengawas Benih Tanaman Terampil", "Teknisi Perbenihan"],
}
JAB_PPPK = {
    "Sekretariat": ["Penata Layanan Operasional", "Pengelola Umum Operasional"],
    "Bidang Tanaman Pangan dan Hortikultura": ["Penata Layanan Operasional"],
    "Bidang Prasarana, Sarana dan Penyuluhan": ["Operator Layanan Operasional"],
    "Bidang Ketersediaan dan Distribusi Pangan": ["Penata Layanan Operasional"],
    "Bidang Konsumsi dan Keamanan Pangan": ["Operator Layanan Operasional"],
    "UPTD Balai Benih": ["Operator Layanan Operasional"],
}
JAB_PENYULUH_PNS = [
    "Penyuluh Pertanian Ahli Pertama",
    "Penyuluh Pertanian Ahli Muda",
    "Penyuluh Pertanian Terampil",
    "Penyuluh Pertanian Mahir",
]
JAB_PENYULUH_PPPK = ["Penyuluh Pertanian Ahli Pertama", "Penyuluh Pertanian Terampil"]


def target_of(status, jabatan):
    if jabatan and jabatan.startswith("Penyuluh Pertanian"):
        return JP_PENYULUH
    return JP_PNS if status == "PNS" else JP_PPPK


def _nip(rng, status, seq):
    y = rng.randint(1968, 1997) if status == "PNS" else rng.randint(1975, 1999)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    g = rng.choice("12")
    return f"{y}{m:02d}{dd:02d}******{g}{seq % 1000:03d}"


_ROSTER = None


def roster():
    """All 204 employees: dicts with no, nip, nama, status, jabatan, unit, target, kl, nk, ket."""
    global _ROSTER
    if _ROSTER is not None:
        return _ROSTER
    rng = random.Random(20260630)
    used = {k[0] for k in KEY_PEOPLE}
    rows = []
    for unit, n_pns, n_pppk in UNITS:
        keys = [k for k in KEY_PEOPLE if k[3] == unit]
        have_pns = sum(1 for k in keys if k[1] == "PNS")
        have_pppk = sum(1 for k in keys if k[1] == "PPPK")
        for k in keys:
            rows.append(
                dict(nama=k[0], status=k[1], jabatan=k[2], unit=unit, kl=k[4], nk=k[5], ket=k[6])
            )
        for status, need in (("PNS", n_pns - have_pns), ("PPPK", n_pppk - have_pppk)):
            for _ in range(need):
                while True:
                    fem = rng.random() < 0.5
                    first = rng.choice(FIRST_F if fem else FIRST_M)
                    last = rng.choice(LAST)
                    g = rng.choice(GELAR)
                    nama = f"{first} {last}" + (f", {g}" if g else "")
                    if nama not in used:
                        used.add(nama)
                        break
                if unit.startswith("BPP"):
                    jab = rng.choice(JAB_PENYULUH_PNS if status == "PNS" else JAB_PENYULUH_PPPK)
                else:
                    jab = rng.choice(JAB_PNS[unit] if status == "PNS" else JAB_PPPK[unit])
                r = rng.random()
                if r < 0.3:
                    kl, nk = 0, 0
                else:
                    kl = rng.choice([0, 0, 6, 8, 8, 12, 16, 16, 24])
                    nk = rng.choice([0, 2, 2, 4, 4, 6, 8, 10, 12])
                    if kl + nk == 0:
                        nk = 2
                rows.append(
                    dict(nama=nama, status=status, jabatan=jab, unit=unit, kl=kl, nk=nk, ket="")
                )
    for i, r in enumerate(rows, 1):
        r["no"] = i
        r["nip"] = _nip(rng, r["status"], 100 + i * 7)
        r["target"] = target_of(r["status"], r["jabatan"])
        if "prorata" in r["ket"]:
            r["target"] = 24  # 40 JP x 7/12, rounded up
        r["total"] = r["kl"] + r["nk"]
    # a fixed NIP for Sri Wahyuni (the form shows it in full)
    for r in rows:
        if r["nama"] == "Sri Wahyuni, S.P.":
            r["nip"] = "19870412******2005"
    _ROSTER = rows
    return rows


def unit_stats():
    rows = roster()
    out = []
    for unit, _, _ in UNITS:
        rs = [r for r in rows if r["unit"] == unit]
        out.append(
            dict(
                unit=unit,
                n=len(rs),
                pns=sum(1 for r in rs if r["status"] == "PNS"),
                pppk=sum(1 for r in rs if r["status"] == "PPPK"),
                target=sum(r["target"] for r in rs),
                jp=sum(r["total"] for r in rs),
                nol=sum(1 for r in rs if r["total"] == 0),
            )
        )
    return out


def overall_stats():
    rows = roster()
    tot = sum(r["total"] for r in rows)
    peny = [r for r in rows if r["unit"].startswith("BPP")]
    return dict(
        jp=tot,
        avg=tot / len(rows),
        nol=sum(1 for r in rows if r["total"] == 0),
        target=sum(r["target"] for r in rows),
        avg_peny=sum(r["total"] for r in peny) / len(peny),
        tuntas=sum(1 for r in rows if r["total"] >= r["target"]),
    )


# ============================================================================ PDF helpers
def _pdf_setup(pdf, title):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(f"{DINAS} {KAB}")
    pdf.set_subject(FIKTIF)
    pdf.set_creator("make_agency_w.py")
    pdf.set_producer("fpdf2")
    for style, fn in (("", "DejaVuSans"), ("B", "DejaVuSans-Bold"), ("I", "DejaVuSans-Oblique")):
        pdf.add_font("S", style, os.path.join(FONT_DIR, fn + ".ttf"))
    pdf.add_font("S", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
    for style, fn in (("", "DejaVuSerif"), ("B", "DejaVuSerif-Bold"), ("I", "DejaVuSerif-Italic")):
        pdf.add_font("R", style, os.path.join(FONT_DIR, fn + ".ttf"))
    pdf.add_font("R", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))
    pdf.add_font("C", "", os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf"))
    pdf.add_font("C", "B", os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"))
    pdf.add_font("M", "", os.path.join(FONT_DIR, "DejaVuSansMono.ttf"))


def _make_pdf(title, fam="S", header="", footer=FIKTIF, total=True, bottom=20):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_auto_page_break(True, margin=self.base_bottom)
            self.notes = []
            if self.page_no() == 1 or not self.running:
                return
            self.set_font(self.fam, "I", 7.5)
            self.set_text_color(80, 80, 80)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, self.running, align="L")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)

        def footer(self):
            if self.notes:
                wid = self.w - self.l_margin - self.r_margin - 5
                self.set_font(self.fam, "", 7.5)
                n = sum(
                    len(self.multi_cell(wid, 3.5, t, dry_run=True, output="LINES"))
                    for _, t in self.notes
                )
                y = self.h - 15 - n * 3.5 - 2
                self.set_draw_color(120, 120, 120)
                self.line(self.l_margin, y, self.l_margin + 45, y)
                self.set_draw_color(0, 0, 0)
                self.set_y(y + 1.2)
                for mk, t in self.notes:
                    self.set_x(self.l_margin)
                    self.cell(5, 3.5, mk)
                    self.multi_cell(wid, 3.5, t, align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_y(-12)
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
            pg = (
                f"Halaman {self.page_no()} dari {{nb}}"
                if self.with_total
                else f"- {self.page_no()} -"
            )
            self.cell(0, 5, pg, align="R")
            self.set_text_color(0, 0, 0)

        def add_note(self, mk, text, reserve_above=0):
            """Footnote on the current page: shrink the page body so the note fits."""
            wid = self.w - self.l_margin - self.r_margin - 5
            self.set_font(self.fam, "", 7.5)
            self.notes.append((mk, text))
            n = sum(
                len(self.multi_cell(wid, 3.5, t, dry_run=True, output="LINES"))
                for _, t in self.notes
            )
            self.set_auto_page_break(True, margin=15 + n * 3.5 + 6)

    pdf = Doc(format="A4")
    pdf.fam = fam
    pdf.running = header
    pdf.footer_left = footer
    pdf.with_total = total
    pdf.base_bottom = bottom
    pdf.notes = []
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=bottom)
    _pdf_setup(pdf, title)
    pdf.alias_nb_pages()
    return pdf


class Flow:
    """Block writer: headings, paragraphs, lists, tables with repeated headers, signatures."""

    def __init__(self, pdf, size=10.5, lh=5.4):
        self.pdf = pdf
        self.size = size
        self.lh = lh
        self.fam = pdf.fam
        self.marks = []  # (level, text, page) for the table of contents

    @property
    def width(self):
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def need(self, h):
        if self.pdf.get_y() + h > self.pdf.page_break_trigger:
            self.pdf.add_page()

    def lines(self, text, w, size=None, style=""):
        self.pdf.set_font(self.fam, style, size or self.size)
        return len(self.pdf.multi_cell(w, self.lh, text, dry_run=True, output="LINES"))

    def chapter(self, label, title, newpage=True, toc=True):
        pdf = self.pdf
        if newpage:
            pdf.add_page()
        else:
            self.need(30)
        if toc:
            self.marks.append((0, f"{label} {title}".strip(), pdf.page_no()))
        pdf.set_font(self.fam, "B", 12.5)
        if label:
            pdf.cell(0, 7, label, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    def h2(self, text, toc=True):
        pdf = self.pdf
        self.need(22)
        pdf.ln(1.5)
        if toc:
            self.marks.append((1, text, pdf.page_no()))
        pdf.set_font(self.fam, "B", 11)
        pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def h3(self, text):
        pdf = self.pdf
        self.need(16)
        pdf.set_font(self.fam, "BI", 10.5)
        pdf.multi_cell(0, 5.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)

    def p(self, text, note=None, bold=False, italic=False, align="J", indent=0, size=None):
        pdf = self.pdf
        style = ("B" if bold else "") + ("I" if italic else "")
        if note:
            n_note = sum(self.lines(t, self.width - 5, 7.5) for _, t in note)
            self.need(
                self.lines(text, self.width - indent, size, style) * self.lh + n_note * 3.5 + 10
            )
        pdf.set_font(self.fam, style, size or self.size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            self.width - indent, self.lh, text, align=align, new_x="LMARGIN", new_y="NEXT"
        )
        if note:
            for mk, t in note:
                pdf.add_note(mk, t)
        pdf.ln(1.8)

    def items(self, items, kind="ol", indent=3, start=1):
        pdf = self.pdf
        for i, it in enumerate(items):
            sub = None
            if isinstance(it, tuple):
                it, sub = it
            mk = {
                "ol": f"{start + i}.",
                "al": f"{'abcdefghijklmnopqrstuvwxyz'[start - 1 + i]}.",
                "pl": f"{start + i})",
                "ul": "\u2022",
                "dash": "-",
            }[kind]
            w = self.width - indent - 7
            self.need(self.lh * min(self.lines(it, w), 3))
            pdf.set_font(self.fam, "", self.size)
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(7, self.lh, mk)
            pdf.multi_cell(w, self.lh, it, align="L", new_x="LMARGIN", new_y="NEXT")
            if sub:
                self.items(sub, kind="al" if kind == "ol" else "dash", indent=indent + 7)
            pdf.ln(0.6)
        pdf.ln(1.2)

    def _row_h(self, row, widths, size, lh, bold=False):
        pdf = self.pdf
        pdf.set_font(self.tfam, "B" if bold else "", size)
        n = 1
        for txt, w in zip(row, widths, strict=True):
            n = max(n, len(pdf.multi_cell(w - 2, lh, str(txt), dry_run=True, output="LINES")))
        return n * lh + 2

    def _row(self, row, widths, size, lh, bold=False, fill=None, aligns=None):
        pdf = self.pdf
        h = self._row_h(row, widths, size, lh, bold)
        x0, y0 = pdf.l_margin, pdf.get_y()
        x = x0
        for j, (txt, w) in enumerate(zip(row, widths, strict=True)):
            if fill:
                pdf.set_fill_color(*fill)
                pdf.rect(x, y0, w, h, style="DF")
            else:
                pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 1)
            pdf.set_font(self.tfam, "B" if bold else "", size)
            pdf.multi_cell(
                w - 2,
                lh,
                str(txt),
                align=(aligns[j] if aligns else "L"),
                new_x="RIGHT",
                new_y="TOP",
            )
            x += w
        pdf.set_xy(x0, y0 + h)

    def table(
        self,
        header,
        rows,
        widths,
        caption=None,
        size=8.6,
        lh=4.2,
        aligns=None,
        bold_last=False,
        fam=None,
        keep=False,
    ):
        pdf = self.pdf
        self.tfam = fam or self.fam
        tw = sum(widths)
        widths = [w * self.width / tw for w in widths]
        if keep:
            full = self._row_h(header, widths, size, lh, True) + 12
            full += sum(self._row_h(r, widths, size, lh) for r in rows)
            self.need(full)
        if caption:
            self.need(28)
            pdf.set_font(self.fam, "B", 9.5)
            pdf.multi_cell(0, 5, caption, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        hh = self._row_h(header, widths, size, lh, True)
        self.need(hh + self._row_h(rows[0], widths, size, lh))
        self._row(header, widths, size, lh, bold=True, fill=(220, 235, 215))
        for i, row in enumerate(rows):
            bold = bold_last and i == len(rows) - 1
            rh = self._row_h(row, widths, size, lh, bold)
            if pdf.get_y() + rh > pdf.page_break_trigger:
                pdf.add_page()
                if caption:
                    pdf.set_font(self.fam, "I", 8.5)
                    pdf.cell(0, 5, f"{caption} (lanjutan)", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.5)
                self._row(header, widths, size, lh, bold=True, fill=(220, 235, 215))
            self._row(row, widths, size, lh, bold=bold, aligns=aligns)
        pdf.ln(3)

    def kv(self, pairs, label_w=48, size=None):
        pdf = self.pdf
        for k, v in pairs:
            self.need(self.lh * 2)
            pdf.set_font(self.fam, "", size or self.size)
            pdf.cell(label_w, self.lh, k)
            pdf.cell(4, self.lh, ":")
            pdf.multi_cell(
                self.width - label_w - 4, self.lh, v, align="L", new_x="LMARGIN", new_y="NEXT"
            )
        pdf.ln(1.5)

    def sign(self, lines, x_off=92):
        pdf = self.pdf
        self.need(len(lines) * self.lh + 14)
        pdf.set_font(self.fam, "", self.size)
        for ln in lines:
            pdf.set_x(pdf.l_margin + x_off)
            if ln == "":
                pdf.ln(self.lh * 2.6)
                continue
            pdf.cell(0, self.lh, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


# ============================================================================ handbook (PDF)
PED_TITLE = f"Pedoman Program {PROGRAM} Pengembangan Kompetensi Pegawai {DINAS} {KAB} Tahun 2026"


def render_pedoman(path):
    marks = _pedoman(_make_pdf(PED_TITLE), [])  # titles only
    marks = _pedoman(_make_pdf(PED_TITLE), marks)  # TOC has its final length: real pages
    pdf = _make_pdf(PED_TITLE)
    marks2 = _pedoman(pdf, marks)
    assert marks == marks2, "TOC pages moved between passes"
    pdf.output(path)
    return pdf.pages_count


def _pedoman(pdf, toc):
    pdf.running = f"Pedoman {PROGRAM} {DINAS} {KAB} 2026"
    F = Flow(pdf)
    # ---------------------------------------------------------------- cover
    pdf.add_page()
    pdf.set_font("S", "B", 12)
    pdf.ln(18)
    for t in (f"PEMERINTAH {KAB.upper()}", DINAS.upper()):
        pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("S", "B", 26)
    pdf.cell(0, 12, f"PEDOMAN PROGRAM {PROGRAM}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 14)
    pdf.cell(0, 8, f"({PROGRAM_LONG})", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("S", "", 13)
    pdf.multi_cell(
        0,
        7,
        "Pengembangan Kompetensi Pegawai\nDinas Pertanian dan Ketahanan Pangan\nTahun 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(40)
    pdf.set_font("S", "", 11)
    pdf.cell(0, 6, "Versi 1.0 - Februari 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"{IBUKOTA}, {PROV}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("S", "I", 9)
    pdf.cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- foreword
    F.chapter("", "KATA PENGANTAR", toc=False)
    F.p(
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena Pedoman Program SEMAI "
        "Tahun 2026 dapat diselesaikan. Pedoman ini disusun sebagai penjabaran Peraturan Kepala "
        "Dinas Nomor 5 Tahun 2023 sebagaimana telah diubah dengan Peraturan Kepala Dinas Nomor 2 "
        "Tahun 2026, sehingga seluruh pegawai memiliki satu rujukan yang sama tentang target jam "
        "pelajaran, jalur pengembangan kompetensi, tata cara pencatatan, dan pembiayaannya."
    )
    F.p(
        "Sektor pertanian di Kabupaten Padang Lamun menghadapi tantangan perubahan iklim, serangan "
        "organisme pengganggu tumbuhan, dan tuntutan penyediaan pangan yang beragam, bergizi "
        "seimbang, dan aman. Tantangan itu hanya dapat dijawab oleh aparatur yang terus belajar, "
        "terutama para Penyuluh Pertanian yang setiap hari mendampingi petani di sembilan Balai "
        "Penyuluhan Pertanian."
    )
    F.p(
        "Kami mengucapkan terima kasih kepada Tim Pengelola SEMAI, para kepala bidang, Kepala UPTD "
        "Balai Benih, para Kepala BPP, serta semua pihak yang telah memberikan masukan. Saran "
        "perbaikan atas pedoman ini dapat disampaikan melalui Subbagian Umum dan Kepegawaian."
    )
    F.sign(
        [
            f"{IBUKOTA}, {tgl('2026-02-09')}",
            f"Kepala {DINAS}",
            KAB,
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ]
    )

    # ---------------------------------------------------------------- table of contents
    pdf.add_page()
    pdf.set_font("S", "B", 12.5)
    pdf.cell(0, 7, "DAFTAR ISI", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for level, text, page in toc:
        pdf.set_font("S", "B" if level == 0 else "", 9.5)
        ind = 0 if level == 0 else 7
        pdf.set_x(pdf.l_margin + ind)
        w = F.width - ind - 12
        pdf.cell(w, 5.2, text)
        pdf.cell(12, 5.2, str(page), align="R", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- BAB I
    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("1.1 Latar Belakang")
    F.p(
        f"{DINAS} {KAB} (DPKP) mempunyai {N_PEG} pegawai Aparatur Sipil Negara yang terdiri atas "
        f"{N_PNS} Pegawai Negeri Sipil (PNS) dan {N_PPPK} Pegawai Pemerintah dengan Perjanjian "
        f"Kerja (PPPK). Dari jumlah tersebut, {N_PENYULUH} orang merupakan pejabat fungsional "
        f"Penyuluh Pertanian ({N_PENYULUH_PNS} PNS dan {N_PENYULUH_PPPK} PPPK) yang bertugas di "
        "sembilan Balai Penyuluhan Pertanian (BPP) tingkat kecamatan. Pegawai lainnya tersebar di "
        "Sekretariat, empat bidang, dan UPTD Balai Benih."
    )
    F.p(
        "Hasil pemetaan tahun 2025 menunjukkan bahwa rata-rata capaian pengembangan kompetensi "
        "pegawai DPKP baru 17,6 JP per orang dan 37 pegawai sama sekali tidak memiliki catatan "
        "JP. Pencatatan masih tersebar di berkas Excel masing-masing bidang dan di aplikasi lama "
        "SIKOMTAN yang tidak terhubung dengan data kepegawaian. Kondisi tersebut menyulitkan "
        "perencanaan pelatihan dan penilaian kinerja."
    )
    F.p(
        "Untuk itu sejak tahun 2026 DPKP menyelenggarakan Program SEMAI (Sekolah Mandiri Aparatur "
        "Inovatif), yaitu kerangka terpadu pengembangan kompetensi yang menggabungkan pelatihan "
        "klasikal, pembelajaran di lapangan melalui Sekolah Lapang, magang, dan komunitas belajar. "
        "Seluruh kegiatan dicatat dalam SIPANEN, aplikasi yang menggantikan SIKOMTAN."
    )
    F.h2("1.2 Maksud dan Tujuan")
    F.p(
        "Pedoman ini dimaksudkan sebagai acuan bagi pegawai, atasan langsung, dan Tim Pengelola "
        "SEMAI dalam merencanakan, melaksanakan, mencatat, dan mengevaluasi pengembangan "
        "kompetensi. Tujuannya adalah:"
    )
    F.items(
        [
            "memastikan setiap pegawai memenuhi target JP tahunan sesuai kategorinya;",
            "menyelaraskan pelatihan dengan kebutuhan tugas, khususnya pelayanan kepada petani;",
            "menyediakan data kompetensi yang akurat melalui SIPANEN;",
            "menggunakan anggaran pengembangan kompetensi secara efisien dan tepat sasaran.",
        ],
        kind="al",
    )
    F.h2("1.3 Ruang Lingkup")
    F.p(
        "Pedoman ini berlaku bagi seluruh PNS dan PPPK di lingkungan DPKP, termasuk pejabat "
        "fungsional Penyuluh Pertanian, pegawai UPTD Balai Benih, serta CPNS yang sedang "
        "menjalani masa percobaan. Ruang lingkupnya meliputi target dan perhitungan JP, jalur "
        "pengembangan kompetensi, katalog pelatihan, perencanaan, pelaksanaan dan pencatatan, "
        "pembiayaan, serta monitoring, evaluasi, dan penghargaan."
    )
    F.p(
        "Pedoman ini tidak berlaku bagi tenaga non-ASN, termasuk Tenaga Harian Lepas Tenaga Bantu "
        "Penyuluh Pertanian (THL-TBPP). THL-TBPP tetap dapat mengikuti Rembug Tani Aparatur dan "
        "Jumat Belajar sebagai peserta, tetapi tidak dikenai target JP dan tidak dicatat di "
        "SIPANEN."
    )
    F.h2("1.4 Dasar Hukum")
    F.items(
        [
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "Undang-Undang Nomor 16 Tahun 2006 tentang Sistem Penyuluhan Pertanian, Perikanan, "
            "dan Kehutanan;",
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
            "sebagaimana telah diubah terakhir dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
            "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
            "Kompetensi Pegawai Negeri Sipil;",
            "Peraturan Bupati Padang Lamun Nomor 41 Tahun 2022 tentang Kedudukan, Susunan "
            "Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Pertanian dan Ketahanan Pangan;",
            "Peraturan Kepala Dinas Nomor 5 Tahun 2023 tentang Pedoman Pengembangan Kompetensi "
            "Pegawai sebagaimana telah diubah dengan Peraturan Kepala Dinas Nomor 2 Tahun 2026.",
        ]
    )
    F.h2("1.5 Sistematika Pedoman")
    F.p(
        "Pedoman ini terdiri atas sepuluh bab dan tiga lampiran. Bab I memuat pendahuluan, Bab II "
        "istilah, Bab III target dan perhitungan JP, Bab IV jalur pengembangan kompetensi, Bab V "
        "katalog pelatihan, Bab VI perencanaan, Bab VII pelaksanaan dan pencatatan, Bab VIII "
        "pembiayaan, Bab IX monitoring, evaluasi, dan penghargaan, serta Bab X penutup. Lampiran "
        "memuat daftar formulir, kalender SEMAI 2026, dan kontak Tim Pengelola."
    )

    # ---------------------------------------------------------------- BAB II
    F.chapter("BAB II", "ISTILAH DAN PENGERTIAN")
    F.p("Dalam pedoman ini yang dimaksud dengan:")
    gloss = [
        (
            "Jam Pelajaran (JP)",
            "satuan waktu kegiatan pengembangan kompetensi. Satu JP setara dengan 45 menit untuk "
            "kegiatan di kelas, baik luring maupun daring, dan 60 menit untuk praktik lapangan.",
        ),
        (
            "SEMAI",
            "Sekolah Mandiri Aparatur Inovatif, yaitu program pengembangan kompetensi pegawai DPKP "
            "yang dimulai tahun 2026.",
        ),
        (
            "SIPANEN",
            f"{SISTEM_LONG}, yaitu aplikasi berbasis web untuk merencanakan, mencatat, dan "
            "memverifikasi kegiatan pengembangan kompetensi pegawai DPKP.",
        ),
        (
            "Rencana Pengembangan Kompetensi (RPK)",
            "rencana kegiatan pengembangan kompetensi pegawai selama satu tahun yang disusun "
            "pegawai dan disetujui atasan langsung.",
        ),
        (
            "Laporan Refleksi Pascapelatihan (LRP)",
            "laporan tertulis pegawai setelah mengikuti pelatihan yang memuat refleksi pembelajaran "
            "dan rencana penerapan di tempat kerja.",
        ),
        (
            "Balai Penyuluhan Pertanian (BPP)",
            "unit kerja penyuluhan pertanian di tingkat kecamatan tempat Penyuluh Pertanian "
            "bertugas.",
        ),
        (
            "Sekolah Lapang (SL)",
            "metode belajar bersama petani di lahan selama satu musim tanam, dipandu oleh "
            "Penyuluh Pertanian sebagai pemandu.",
        ),
        (
            "Rembug Tani Aparatur",
            "komunitas belajar pegawai DPKP untuk berbagi praktik baik, yang diselenggarakan "
            "setiap bulan secara bergiliran di BPP.",
        ),
        (
            "Jumat Belajar",
            "kelas internal singkat setiap hari Jumat yang diselenggarakan Tim Pengelola SEMAI.",
        ),
        (
            "Verifikator JP",
            "pegawai yang ditunjuk untuk memeriksa kesesuaian bukti kegiatan dan menetapkan JP "
            "yang diakui di SIPANEN.",
        ),
        (
            "Tim Pengelola SEMAI",
            "tim yang ditetapkan Kepala Dinas untuk mengelola program SEMAI, diketuai Kepala "
            "Subbagian Umum dan Kepegawaian.",
        ),
        (
            "Atasan Langsung",
            "pejabat yang secara langsung membawahi pegawai; bagi Penyuluh Pertanian adalah "
            "Kepala BPP, dan bagi Kepala BPP adalah Kepala Bidang Prasarana, Sarana dan "
            "Penyuluhan.",
        ),
    ]
    for term, dfn in gloss:
        F.need(16)
        pdf.set_font("S", "B", F.size)
        pdf.multi_cell(0, F.lh, term, new_x="LMARGIN", new_y="NEXT")
        F.p(dfn, indent=6)

    # ---------------------------------------------------------------- BAB III
    F.chapter("BAB III", "TARGET DAN PERHITUNGAN JP")
    F.h2("3.1 Target JP Tahunan")
    F.p(
        "Setiap pegawai wajib memenuhi target JP tahunan sesuai kategorinya sebagaimana diatur "
        "dalam Pasal 6 Peraturan Kepala Dinas Nomor 5 Tahun 2023 yang telah diubah dengan "
        "Peraturan Kepala Dinas Nomor 2 Tahun 2026. Target tersebut berlaku mulai tahun 2026.",
        note=[
            (
                "\u00b9",
                "Kepala BPP yang berasal dari jabatan fungsional Penyuluh Pertanian tetap "
                "menggunakan target 40 JP, bukan target PNS pada umumnya.",
            ),
            (
                "\u00b2",
                "JP teknis penyuluhan adalah JP dari pelatihan berkode SM-T dan SM-F pada Katalog "
                "BAB V serta kegiatan sebagai pemandu Sekolah Lapang.",
            ),
        ],
    )
    F.table(
        ["Kategori pegawai", "Target JP per tahun", "Ketentuan khusus"],
        [
            [
                "PNS selain Penyuluh Pertanian",
                f"{JP_PNS} JP",
                "Paling sedikit 8 JP berupa pelatihan teknis sesuai bidang tugas",
            ],
            [
                "PPPK selain Penyuluh Pertanian",
                f"{JP_PPPK} JP",
                "Pada tahun pertama wajib termasuk 6 JP Etika dan Budaya Kerja BerAKHLAK",
            ],
            [
                "Penyuluh Pertanian (PNS maupun PPPK)\u00b9",
                f"{JP_PENYULUH} JP",
                f"Paling sedikit {JP_TEKNIS_PENYULUH} JP teknis penyuluhan\u00b2",
            ],
            [
                "CPNS yang mengikuti Pelatihan Dasar",
                "Tidak dikenai target terpisah",
                "JP Pelatihan Dasar CPNS diakui seluruhnya",
            ],
        ],
        [45, 28, 60],
        caption="Tabel 3.1 Target JP tahunan menurut kategori pegawai",
        size=9,
        lh=4.6,
    )
    F.h2("3.2 Target Prorata")
    F.p(
        "Pegawai yang aktif kurang dari satu tahun penuh, misalnya karena baru diangkat, kembali "
        "dari cuti di luar tanggungan negara, atau selesai tugas belajar, dikenai target prorata. "
        "Target prorata dihitung dengan rumus target tahunan dikali jumlah bulan aktif dibagi 12, "
        "dan hasilnya dibulatkan ke atas ke bilangan bulat terdekat."
    )
    F.items(
        [
            "PNS yang aktif mulai 1 Juli 2026 memiliki 6 bulan aktif sehingga targetnya 26 x 6/12 "
            "= 13 JP.",
            "PPPK Penyuluh Pertanian dengan TMT 1 Juni 2026 memiliki 7 bulan aktif sehingga "
            "targetnya 40 x 7/12 = 23,3 yang dibulatkan menjadi 24 JP.",
            "Pegawai yang menjalani cuti besar tidak dikurangi targetnya, kecuali cuti tersebut "
            "lebih dari 3 bulan berturut-turut.",
        ],
        kind="ul",
    )
    F.h2("3.3 Konversi Kegiatan ke JP")
    F.p(
        "Tidak semua kegiatan dihitung dengan cara yang sama. Tabel berikut menjadi acuan "
        "verifikator ketika menetapkan JP yang diakui."
    )
    F.table(
        ["Jenis kegiatan", "Cara menghitung", "Batas pengakuan"],
        [
            [
                "Pelatihan klasikal (luring/daring)",
                "1 JP = 45 menit",
                "Paling banyak 10 JP per hari",
            ],
            ["Praktik lapangan dalam pelatihan", "1 JP = 60 menit", "Mengikuti jadwal pelatihan"],
            [
                "E-learning terstruktur bersertifikat",
                "Sesuai JP pada sertifikat",
                "Tidak dibatasi",
            ],
            [
                "Belajar mandiri / e-learning tanpa penilaian",
                "Sesuai durasi yang tercatat",
                f"Paling banyak {ELEARN} JP per tahun",
            ],
            ["Seminar, webinar, lokakarya", "Sesuai durasi", "Paling banyak 4 JP per kegiatan"],
            [
                "Coaching atau mentoring\u00b3",
                "1 sesi (minimal 90 menit) = 2 JP",
                "Paling banyak 12 JP per tahun",
            ],
            [
                "Pemandu Sekolah Lapang",
                "2 JP per pertemuan",
                "Paling banyak 16 JP per musim tanam",
            ],
            ["Magang di UPTD Balai Benih", "30 JP per angkatan", "5 hari kerja penuh"],
            ["Rembug Tani Aparatur", "2 JP per sesi", "Tidak dibatasi"],
            ["Jumat Belajar", "2 JP per sesi", "Tidak dibatasi"],
            [
                "Narasumber pada pelatihan internal",
                "2 JP per materi",
                "Paling banyak 10 JP per tahun",
            ],
        ],
        [48, 40, 45],
        caption="Tabel 3.2 Konversi kegiatan ke JP",
        size=9,
        lh=4.6,
        keep=True,
    )
    pdf.add_note(
        "\u00b3",
        "Sesi coaching yang diakui adalah sesi terjadwal dengan atasan langsung atau "
        "coach bersertifikat yang dicatat di SIPANEN; percakapan informal tidak dihitung.",
    )
    F.h2("3.4 Periode Pencatatan dan Batas Akhir")
    F.p(
        "Periode pencatatan JP adalah 1 Januari sampai dengan 31 Desember tahun berjalan. Bukti "
        "kegiatan yang berlangsung pada akhir Desember 2026 masih dapat diunggah paling lambat "
        "15 Januari 2027. Setelah tanggal tersebut SIPANEN dikunci untuk tahun 2026."
    )
    F.p(
        "Kelebihan JP pada suatu tahun tidak dapat dialihkan ke tahun berikutnya. Sebaliknya, "
        "kekurangan JP tidak dapat ditutup dengan kegiatan tahun berikutnya."
    )
    F.h2("3.5 Akibat Tidak Memenuhi Target")
    F.p("Pegawai yang sampai akhir tahun tidak memenuhi target JP:")
    F.items(
        [
            "dipanggil atasan langsung untuk menyusun rencana pemenuhan pada triwulan I tahun "
            "berikutnya;",
            "menjadi prioritas dalam RPK tahun berikutnya;",
            "tidak dapat diusulkan sebagai penerima SEMAI Award;",
            "dicatat sebagai bahan penilaian perilaku kerja dalam evaluasi kinerja.",
        ],
        kind="al",
    )

    # ---------------------------------------------------------------- BAB IV
    F.chapter("BAB IV", "JALUR PENGEMBANGAN KOMPETENSI")
    F.h2("4.1 Jalur Klasikal")
    F.p(
        "Jalur klasikal adalah proses pembelajaran tatap muka di dalam kelas, baik luring maupun "
        "daring sinkron, antara lain pelatihan teknis, pelatihan fungsional, pelatihan "
        "manajerial, pelatihan sosial kultural, seminar, lokakarya, dan kursus. Pelatihan klasikal "
        "yang diselenggarakan DPKP dibuka dengan pre-test dan ditutup dengan post-test."
    )
    F.h2("4.2 Jalur Nonklasikal")
    F.p(
        "Jalur nonklasikal adalah pembelajaran yang menekankan praktik kerja dan pembelajaran di "
        "luar kelas, meliputi e-learning, coaching, mentoring, magang, Sekolah Lapang, "
        "detasering, pertukaran pegawai, belajar mandiri, dan komunitas belajar. Kegiatan "
        "nonklasikal yang tidak menghasilkan sertifikat diakui melalui Formulir F-03 Usulan "
        "Pengakuan JP Kegiatan Nonklasikal."
    )
    F.h2("4.3 Sekolah Lapang")
    F.p(
        "Sekolah Lapang merupakan jalur utama pengembangan kompetensi teknis Penyuluh Pertanian "
        "karena penyuluh belajar sambil memandu petani. Pada tahun 2026 DPKP menyelenggarakan "
        "empat jenis Sekolah Lapang, yaitu Sekolah Lapang Pengendalian Hama Terpadu (SL-PHT), "
        "Sekolah Lapang Iklim (SLI), Sekolah Lapang Pertanian Organik (SL-PO), dan Sekolah Lapang "
        "Pekarangan Pangan Lestari (SL-P2L)."
    )
    F.items(
        [
            "Satu Sekolah Lapang diikuti 20 sampai 30 petani dari satu kelompok tani atau kelompok "
            "wanita tani (KWT).",
            "Jumlah pertemuan 8 sampai 14 kali dalam satu musim tanam, umumnya seminggu sekali.",
            "Pemandu wajib telah mengikuti pelatihan pemandu yang sesuai, misalnya SM-T02 untuk "
            "Sekolah Lapang Iklim.",
            "Pemandu memperoleh 2 JP per pertemuan dengan batas 16 JP per musim tanam; pertemuan "
            "yang melebihi batas tidak dapat dipindahkan ke musim tanam berikutnya.",
            "Laporan akhir Sekolah Lapang dan daftar hadir petani diunggah ke SIPANEN sebagai "
            "lampiran Formulir F-03.",
        ],
        kind="ul",
    )
    F.h2("4.4 Magang di UPTD Balai Benih")
    F.p(
        "Magang Teknologi Perbenihan dilaksanakan di UPTD Balai Benih selama lima hari kerja "
        "penuh dan diakui 30 JP. Magang diselenggarakan dua angkatan per tahun dengan kuota 12 "
        "peserta per angkatan. Peserta dipilih melalui seleksi administrasi dan wawancara oleh "
        "UPTD Balai Benih. Peserta yang tidak hadir penuh selama lima hari tidak memperoleh JP "
        "magang."
    )
    F.h2("4.5 Rembug Tani Aparatur")
    F.p(
        "Rembug Tani Aparatur diselenggarakan setiap Kamis terakhir setiap bulan pukul 14.00 "
        "sampai dengan 16.00 WIB secara bergiliran di BPP. Setiap sesi menampilkan satu praktik "
        "baik dari pegawai, diikuti diskusi. Kehadiran satu sesi diakui 2 JP. Daftar hadir "
        "diunggah oleh tuan rumah BPP paling lambat 3 hari kerja setelah sesi."
    )
    F.h2("4.6 Jumat Belajar")
    F.p(
        "Jumat Belajar adalah kelas internal setiap hari Jumat pukul 13.30 sampai dengan 15.00 "
        "WIB, dapat diikuti di ruang rapat DPKP atau secara daring. Setiap sesi diakui 2 JP. "
        "Topik diumumkan setiap Senin melalui SIPANEN dan grup WhatsApp resmi SEMAI."
    )
    F.h2("4.7 Tugas Belajar dan Izin Belajar")
    F.p(
        "Pengembangan kompetensi dalam bentuk pendidikan formal melalui tugas belajar dan izin "
        "belajar diatur tersendiri dengan Keputusan Bupati dan tidak dibahas dalam pedoman ini. "
        "Pegawai yang menjalani tugas belajar dikenai target prorata sebagaimana dimaksud dalam "
        "subbab 3.2."
    )

    # ---------------------------------------------------------------- BAB V
    F.chapter("BAB V", "KATALOG PELATIHAN SEMAI 2026")
    F.h2("5.1 Ketentuan Umum Katalog")
    F.p(
        "Katalog memuat pelatihan yang direncanakan DPKP pada tahun 2026. Kode SM-T menandai "
        "pelatihan teknis, SM-M manajerial, SM-A administrasi, SM-S sosial kultural, SM-F "
        "fungsional penyuluh, dan SM-E kegiatan komunitas belajar. Kuota merupakan jumlah kursi "
        "untuk seluruh DPKP dalam satu tahun dan dapat berubah mengikuti ketersediaan anggaran.",
        note=[
            (
                "\u2074",
                "Rincian kuota per unit kerja untuk pelatihan prioritas dimuat dalam berkas Rekap "
                "JP SEMAI 2026, lembar Kuota Pelatihan.",
            )
        ],
    )
    F.h2("5.2 Daftar Pelatihan")
    rows = [[str(i), *k] for i, k in enumerate(KATALOG, 1)]
    F.table(
        [
            "No",
            "Kode",
            "Nama pelatihan",
            "Sasaran",
            "JP",
            "Jalur",
            "Penyelenggara",
            "Kuota\u2074",
            "Waktu",
        ],
        rows,
        [9, 15, 32, 25, 8, 21, 25, 14, 19],
        caption="Tabel 5.1 Katalog Pelatihan SEMAI 2026",
        size=7.4,
        lh=3.5,
        fam="C",
    )
    F.h2("5.3 Pelatihan di Luar Katalog")
    F.p(
        "Pegawai dapat mengikuti pelatihan yang tidak tercantum dalam katalog sepanjang relevan "
        "dengan tugas dan tercantum dalam RPK. Pelatihan di luar katalog yang dibiayai sendiri "
        "dapat diajukan untuk memperoleh bantuan biaya pelatihan mandiri sesuai BAB VIII. "
        "Pelatihan yang diselenggarakan balai pelatihan pertanian Kementerian diusulkan melalui "
        "Bidang Prasarana, Sarana dan Penyuluhan."
    )

    # ---------------------------------------------------------------- BAB VI
    F.chapter("BAB VI", "PERENCANAAN PENGEMBANGAN KOMPETENSI")
    F.h2("6.1 Rencana Pengembangan Kompetensi")
    F.p(
        "Setiap pegawai menyusun RPK di SIPANEN dengan memilih paling banyak enam kegiatan dari "
        "katalog atau kegiatan lain yang relevan. RPK harus memuat perkiraan JP yang sekurang-"
        "kurangnya sama dengan target JP pegawai yang bersangkutan."
    )
    F.h2("6.2 Jadwal Penyusunan RPK")
    F.table(
        ["Tahap", "Pelaksana", "Batas waktu"],
        [
            ["Pengisian RPK di SIPANEN", "Pegawai", "28 Februari 2026"],
            ["Verifikasi dan persetujuan RPK", "Atasan langsung", "15 Maret 2026"],
            ["Konsolidasi RPK tingkat dinas", "Tim Pengelola SEMAI", "31 Maret 2026"],
            ["Penetapan rencana pelatihan dinas", "Kepala Dinas", "15 April 2026"],
            ["Revisi RPK (jendela revisi)", "Pegawai dan atasan langsung", "1-15 Juli 2026"],
        ],
        [45, 40, 30],
        caption="Tabel 6.1 Jadwal penyusunan RPK 2026",
        size=9,
        lh=4.6,
    )
    F.h2("6.3 Kriteria Prioritas")
    F.p("Apabila kuota pelatihan terbatas, peserta ditetapkan berdasarkan urutan prioritas:")
    F.items(
        [
            "pegawai yang tidak memenuhi target JP pada tahun sebelumnya;",
            "pegawai dengan kesenjangan kompetensi terbesar berdasarkan hasil uji kompetensi;",
            "PPPK pada tahun pertama pengangkatan;",
            "Penyuluh Pertanian yang belum pernah mengikuti pelatihan pemandu Sekolah Lapang;",
            "pegawai yang belum pernah mengikuti pelatihan yang sama dalam tiga tahun terakhir.",
        ]
    )
    F.h2("6.4 Revisi RPK")
    F.p(
        "RPK hanya dapat direvisi satu kali dalam setahun pada jendela revisi tanggal 1 sampai "
        "dengan 15 Juli. Revisi di luar jendela tersebut hanya dapat dilakukan karena mutasi "
        "jabatan dengan persetujuan Ketua Tim Pengelola SEMAI."
    )

    # ---------------------------------------------------------------- BAB VII
    F.chapter("BAB VII", "PELAKSANAAN, PENCATATAN, DAN VERIFIKASI")
    F.h2("7.1 Pendaftaran")
    F.p(
        "Pendaftaran pelatihan dilakukan melalui SIPANEN paling lambat 10 hari kalender sebelum "
        "pelatihan dimulai. Pendaftaran memerlukan persetujuan atasan langsung. Bagi Penyuluh "
        "Pertanian, persetujuan diberikan oleh Kepala BPP dan diketahui Koordinator Penyuluh, "
        "yaitu Kepala Bidang Prasarana, Sarana dan Penyuluhan."
    )
    F.h2("7.2 Kehadiran")
    F.p(
        f"Peserta wajib hadir paling sedikit {HADIR} persen dari seluruh sesi pelatihan. Peserta "
        "yang kehadirannya kurang dari batas tersebut tidak memperoleh sertifikat dan JP, serta "
        "wajib mengembalikan uang transport yang telah diterima."
    )
    F.h2("7.3 Pengunggahan Bukti Kegiatan")
    F.p(
        "Sertifikat atau surat keterangan mengikuti kegiatan diunggah ke SIPANEN paling lambat "
        f"{UNGGAH}\u2075 setelah kegiatan berakhir, dalam format PDF. Bukti yang diunggah melewati "
        "batas waktu tetap diproses, tetapi diberi tanda terlambat dan tidak diperhitungkan dalam "
        "penilaian SEMAI Award.",
        note=[
            (
                "\u2075",
                "Hari kerja mengikuti hari kerja Pemerintah Kabupaten Padang Lamun, yaitu Senin "
                "sampai Jumat; hari libur nasional dan cuti bersama tidak dihitung.",
            )
        ],
    )
    F.h2("7.4 Laporan Refleksi Pascapelatihan")
    F.p(
        f"Peserta pelatihan dengan durasi 8 JP atau lebih wajib menyusun LRP paling lambat {LRP} "
        "setelah hari terakhir pelatihan. LRP disusun sesuai Panduan Penyusunan Laporan Refleksi "
        "Pascapelatihan dan diunggah ke SIPANEN. Kegiatan di bawah 8 JP, seperti webinar, Jumat "
        "Belajar, dan Rembug Tani Aparatur, tidak memerlukan LRP."
    )
    F.h2("7.5 Verifikasi JP")
    F.p(
        "Verifikator JP memeriksa bukti kegiatan paling lambat 5 hari kerja sejak bukti diajukan. "
        "Hasil verifikasi berupa status Diverifikasi, Dikembalikan, atau Ditolak. Bukti yang "
        "dikembalikan harus diperbaiki pegawai dalam 5 hari kerja; apabila tidak diperbaiki, "
        "pengajuan dianggap batal."
    )
    F.h2("7.6 Pengakuan JP Kegiatan Nonklasikal")
    F.p(
        "Kegiatan nonklasikal yang tidak menghasilkan sertifikat, seperti pemandu Sekolah Lapang, "
        "coaching, dan narasumber internal, diajukan dengan Formulir F-03 beserta bukti "
        "pendukung. Verifikator dapat mengakui JP lebih kecil dari yang diusulkan apabila usulan "
        "melebihi batas pengakuan dalam Tabel 3.2."
    )
    F.h2("7.7 Keberatan")
    F.p(
        "Pegawai yang tidak sependapat dengan hasil verifikasi dapat mengajukan keberatan kepada "
        "Sekretaris Dinas dengan Formulir F-04 paling lambat 14 hari kalender sejak hasil "
        "verifikasi diterima. Keputusan Sekretaris Dinas atas keberatan bersifat final."
    )

    # ---------------------------------------------------------------- BAB VIII
    F.chapter("BAB VIII", "PEMBIAYAAN")
    F.h2("8.1 Sumber Pembiayaan")
    F.p("Kegiatan SEMAI dibiayai dari:")
    F.items(
        [
            "Anggaran Pendapatan dan Belanja Daerah melalui Dokumen Pelaksanaan Anggaran DPKP "
            "Tahun 2026;",
            "Anggaran Pendapatan dan Belanja Negara melalui kementerian yang membidangi pertanian, "
            "khususnya untuk pelatihan Penyuluh Pertanian di balai pelatihan;",
            "sumber lain yang sah dan tidak mengikat;",
            "biaya pegawai sendiri (mandiri).",
        ],
        kind="al",
    )
    F.h2("8.2 Pagu Anggaran SEMAI 2026")
    F.p(
        f"Pagu anggaran SEMAI dalam DPA DPKP Tahun 2026 sebesar {rp(PAGU_TOTAL)}. Komponen terbesar "
        "adalah perjalanan dinas luar daerah untuk mengikuti pelatihan, disusul kontribusi biaya "
        "pelatihan kepada penyelenggara lain dan perjalanan dinas pendampingan Sekolah Lapang. "
        "Realisasi anggaran dilaporkan setiap triwulan oleh Subbagian Perencanaan dan Keuangan."
    )
    F.h2("8.3 Bantuan Biaya Pelatihan Mandiri")
    F.p(
        "Pegawai yang mengikuti pelatihan dengan biaya sendiri dapat memperoleh bantuan biaya "
        f"pelatihan mandiri paling banyak {rp(MANDIRI)} per orang per tahun\u2076 dengan "
        "ketentuan:",
        note=[
            (
                "\u2076",
                "Bantuan hanya mencakup biaya pendaftaran atau kontribusi pelatihan; biaya "
                "transportasi, akomodasi, dan uang harian tidak termasuk.",
            )
        ],
    )
    F.items(
        [
            "pelatihan tercantum dalam RPK yang telah disetujui;",
            "permohonan diajukan dengan Formulir F-02 paling lambat 14 hari kalender sebelum "
            "pelatihan dimulai;",
            "pegawai melampirkan bukti pembayaran yang sah;",
            "bantuan dibayarkan setelah sertifikat dan LRP diverifikasi.",
        ]
    )
    F.h2("8.4 Uang Transport Pemandu Sekolah Lapang")
    F.p(
        f"Penyuluh Pertanian yang bertugas sebagai pemandu Sekolah Lapang menerima uang transport "
        f"sebesar {rp(TRANSPORT_SL)} per pertemuan. Uang transport dibayarkan setiap akhir bulan "
        "berdasarkan daftar hadir yang ditandatangani ketua kelompok tani."
    )
    F.h2("8.5 Larangan Pembiayaan Ganda")
    F.p(
        "Satu kegiatan tidak boleh dibiayai dari dua sumber untuk komponen yang sama. Pegawai yang "
        "menerima beasiswa atau pembiayaan dari penyelenggara tidak dapat mengajukan bantuan biaya "
        "pelatihan mandiri untuk kegiatan yang sama."
    )

    # ---------------------------------------------------------------- BAB IX
    F.chapter("BAB IX", "MONITORING, EVALUASI, DAN PENGHARGAAN")
    F.h2("9.1 Monitoring Triwulanan")
    F.p(
        "Tim Pengelola SEMAI memantau capaian JP setiap triwulan dan menyampaikan laporan kepada "
        "Kepala Dinas paling lambat tanggal 10 bulan pertama triwulan berikutnya. Laporan memuat "
        "capaian JP per unit kerja, daftar pegawai yang belum memiliki JP, dan realisasi anggaran. "
        "Kepala BPP menyampaikan rekap JP penyuluh di wilayahnya setiap tanggal 5 bulan berikutnya."
    )
    F.h2("9.2 Evaluasi Pascapelatihan")
    F.p(
        "Tiga bulan setelah pelatihan, atasan langsung menilai penerapan hasil pelatihan di tempat "
        "kerja berdasarkan rencana penerapan dalam LRP. Penilaian menggunakan skala 1 sampai 4 "
        "dan dicatat di SIPANEN. Hasil evaluasi menjadi bahan penyusunan RPK tahun berikutnya."
    )
    F.h2("9.3 SEMAI Award")
    F.p(
        "SEMAI Award diberikan setiap tahun kepada pegawai dengan capaian pengembangan kompetensi "
        "terbaik dalam tiga kategori, yaitu kategori Penyuluh Pertanian, kategori Pegawai "
        "Administrasi dan Teknis, serta kategori PPPK. Kriteria penilaian meliputi:",
        note=[
            (
                "\u2077",
                "Apabila 21 Juni jatuh pada hari libur, penyerahan dilakukan pada hari kerja "
                "berikutnya.",
            )
        ],
    )
    F.items(
        [
            "capaian JP paling sedikit 150 persen dari target;",
            "seluruh LRP diunggah tepat waktu;",
            "hasil evaluasi pascapelatihan rata-rata paling rendah 3;",
            "tidak sedang menjalani hukuman disiplin.",
        ]
    )
    F.p(
        f"Pemenang setiap kategori menerima piagam dan uang pembinaan {rp(2_500_000)}. Penghargaan "
        "atas capaian suatu tahun diserahkan pada peringatan Hari Krida Pertanian tanggal 21 Juni "
        "tahun berikutnya.\u2077"
    )

    # ---------------------------------------------------------------- BAB X
    F.chapter("BAB X", "PENUTUP")
    F.p(
        "Pedoman ini berlaku sejak tanggal ditetapkan dan akan ditinjau kembali paling lambat "
        "akhir tahun 2026. Hal-hal yang belum diatur dalam pedoman ini akan diatur lebih lanjut "
        "oleh Kepala Dinas. Pertanyaan mengenai pelaksanaan pedoman dapat disampaikan kepada Tim "
        "Pengelola SEMAI melalui layanan bantuan SIPANEN."
    )
    F.p(
        "Setiap pegawai diharapkan menjadikan pengembangan kompetensi sebagai kebutuhan, bukan "
        "sekadar kewajiban memenuhi angka JP. Seperti benih yang disemai, kompetensi yang dirawat "
        "dengan baik akan tumbuh dan memberi hasil bagi petani dan masyarakat Padang Lamun."
    )

    # ---------------------------------------------------------------- LAMPIRAN
    F.chapter("LAMPIRAN I", "DAFTAR FORMULIR SEMAI")
    F.table(
        ["Kode", "Nama formulir", "Diisi oleh", "Keterangan"],
        [
            ["F-01", "Rencana Pengembangan Kompetensi (RPK)", "Pegawai", "Diisi di SIPANEN"],
            [
                "F-02",
                "Permohonan Bantuan Biaya Pelatihan Mandiri",
                "Pegawai",
                "Paling lambat 14 hari kalender sebelum pelatihan",
            ],
            [
                "F-03",
                "Usulan Pengakuan JP Kegiatan Nonklasikal",
                "Pegawai; diverifikasi Verifikator JP",
                "Dilampiri bukti kegiatan",
            ],
            [
                "F-04",
                "Keberatan atas Hasil Verifikasi JP",
                "Pegawai",
                "Ditujukan kepada Sekretaris Dinas",
            ],
        ],
        [12, 50, 35, 45],
        size=9,
        lh=4.6,
    )
    F.p("Isian pokok Formulir F-01 (RPK):", bold=True, align="L")
    F.items(
        [
            "identitas pegawai (nama, NIP atau NI PPPK, jabatan, unit kerja);",
            "kesenjangan kompetensi yang ingin ditutup;",
            "daftar kegiatan yang direncanakan (kode katalog, JP, bulan);",
            "perkiraan biaya dan sumber pembiayaan;",
            "persetujuan atasan langsung.",
        ]
    )

    F.chapter("LAMPIRAN II", "KALENDER SEMAI 2026")
    F.table(
        ["Bulan", "Kegiatan utama"],
        [
            ["Januari", "Sosialisasi Perkadis Nomor 2 Tahun 2026; webinar e-RDKK (SM-T11)"],
            ["Februari", "Pengisian RPK sampai 28 Februari; pelatihan Pemandu SLI (SM-T02)"],
            [
                "Maret",
                "Persetujuan RPK sampai 15 Maret; konsolidasi RPK dan migrasi data SIKOMTAN ke "
                "SIPANEN sampai 31 Maret; Sekolah Lapang MT I dimulai",
            ],
            ["April", "Laporan monitoring Triwulan I (10 April); Magang Angkatan I (13-17 April)"],
            ["Mei", "PHT Padi dan Jagung Angkatan I (18-22 Mei)"],
            ["Juni", "Penyerahan SEMAI Award 2025 (22 Juni); pelatihan Alsintan"],
            [
                "Juli",
                "Jendela revisi RPK (1-15 Juli); laporan Triwulan II (10 Juli); B2SA (14-16 Juli); "
                "Magang Angkatan II (20-24 Juli)",
            ],
            ["Agustus", "Pascapanen Hortikultura; Manajemen Risiko; Sekolah Lapang MT II berjalan"],
            ["September", "PHT Padi dan Jagung Angkatan II (7-11 September)"],
            ["Oktober", "Laporan Triwulan III (10 Oktober); PSAT; Budidaya Cabai dan Bawang Merah"],
            ["November", "Komunikasi Efektif dengan Kelompok Tani"],
            [
                "Desember",
                "Penutupan pencatatan 31 Desember; unggah bukti kegiatan Desember paling lambat "
                "15 Januari 2027",
            ],
        ],
        [20, 110],
        size=9,
        lh=4.6,
    )

    F.chapter("LAMPIRAN III", "TIM PENGELOLA SEMAI DAN KONTAK")
    F.table(
        ["Peran", "Nama", "Jabatan", "Kontak"],
        [
            ["Penanggung jawab", SEKDIS, "Sekretaris Dinas", "ext. 201"],
            ["Ketua Tim Pengelola", UMPEG, "Kepala Subbagian Umum dan Kepegawaian", "ext. 211"],
            ["Verifikator JP", VERIF, "Analis SDM Aparatur Ahli Pertama", "ext. 212"],
            [
                "Administrator SIPANEN",
                ADMIN,
                "Pranata Komputer Ahli Pertama",
                f"ext. 214; WhatsApp helpdesk {WA_HELP}",
            ],
            ["Keuangan SEMAI", RENKEU, "Kepala Subbagian Perencanaan dan Keuangan", "ext. 221"],
            [
                "Koordinator Penyuluh",
                KABID_PSP,
                "Kepala Bidang Prasarana, Sarana dan Penyuluhan",
                "ext. 231",
            ],
            [
                "Sekretariat Sekolah Lapang",
                STAF_PSP,
                "Analis Kelembagaan Penyuluhan",
                "0812-6645-1093",
            ],
            ["Koordinator Magang", KA_UPTD, "Kepala UPTD Balai Benih", "0821-7034-5512"],
        ],
        [30, 42, 45, 35],
        size=8.8,
        lh=4.4,
    )
    F.p(
        f"Telepon kantor {TELP}, surel {EMAIL}. Alamat: {ALAMAT}. {FIKTIF}",
        size=9,
        align="L",
    )
    return F.marks


# ============================================================================ regulations (PDF)
def _reg_head(pdf, F, nomor, tentang):
    pdf.add_page()
    pdf.set_font("R", "B", 11.5)
    for t in (
        f"PERATURAN KEPALA {DINAS.upper()}",
        KAB.upper(),
        "",
        nomor,
        "",
        "TENTANG",
        "",
    ):
        pdf.cell(0, 5.6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5.6, tentang.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5.6, "DENGAN RAHMAT TUHAN YANG MAHA ESA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(
        0,
        5.6,
        f"KEPALA {DINAS.upper()} {KAB.upper()},",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)


def _reg_list(pdf, F, label, items, marker="al"):
    pdf.set_font("R", "", F.size)
    y = pdf.get_y()
    pdf.cell(28, F.lh, label)
    pdf.cell(4, F.lh, ":")
    pdf.set_y(y)
    for i, it in enumerate(items):
        mk = "abcdefghij"[i] + "." if marker == "al" else f"{i + 1}."
        w = F.width - 40
        F.need(F.lh * min(F.lines(it, w), 3))
        pdf.set_x(pdf.l_margin + 32)
        pdf.cell(8, F.lh, mk)
        pdf.multi_cell(w, F.lh, it, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(2)


def _pasal(pdf, F, num, ayat, title=None):
    F.need(F.lh * 4)
    pdf.set_font("R", "B", F.size)
    pdf.ln(1.5)
    pdf.cell(0, F.lh, f"Pasal {num}", align="C", new_x="LMARGIN", new_y="NEXT")
    if title:
        pdf.cell(0, F.lh, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("R", "", F.size)
    if isinstance(ayat, (str, tuple)):
        ayat = [ayat]
        numbered = False
    else:
        numbered = len(ayat) > 1
    for i, a in enumerate(ayat):
        sub = None
        if isinstance(a, tuple):
            a, sub = a
        if numbered:
            pdf.cell(9, F.lh, f"({i + 1})")
            pdf.multi_cell(F.width - 9, F.lh, a, align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(F.width, F.lh, a, align="J", new_x="LMARGIN", new_y="NEXT")
        if sub:
            for j, s in enumerate(sub):
                mk = "abcdefghijklmnop"[j] + "." if numbered else f"{j + 1}."
                pdf.set_x(pdf.l_margin + 9)
                pdf.cell(7, F.lh, mk)
                pdf.multi_cell(F.width - 16, F.lh, s, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def _bab(pdf, F, num, title):
    F.need(F.lh * 6)
    pdf.ln(3)
    pdf.set_font("R", "B", F.size)
    pdf.cell(0, F.lh, f"BAB {num}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, F.lh, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


PERKA_OLD_TITLE = (
    "Pedoman Pengembangan Kompetensi Pegawai di Lingkungan Dinas Pertanian dan Ketahanan Pangan"
)


def render_perka_old(path):
    pdf = _make_pdf(
        "Peraturan Kepala DPKP Kabupaten Padang Lamun Nomor 5 Tahun 2023",
        fam="R",
        header="Peraturan Kepala DPKP Kabupaten Padang Lamun Nomor 5 Tahun 2023",
        total=False,
    )
    F = Flow(pdf, size=10.5, lh=5.3)
    _reg_head(pdf, F, "NOMOR 5 TAHUN 2023", PERKA_OLD_TITLE)
    _reg_list(
        pdf,
        F,
        "Menimbang",
        [
            "bahwa setiap pegawai Aparatur Sipil Negara memiliki hak dan kesempatan untuk "
            "mengembangkan kompetensi;",
            "bahwa untuk meningkatkan mutu pelayanan penyuluhan dan ketahanan pangan diperlukan "
            "pedoman pengembangan kompetensi yang terukur di lingkungan Dinas Pertanian dan "
            "Ketahanan Pangan;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
            "menetapkan Peraturan Kepala Dinas tentang Pedoman Pengembangan Kompetensi Pegawai di "
            "Lingkungan Dinas Pertanian dan Ketahanan Pangan;",
        ],
    )
    _reg_list(
        pdf,
        F,
        "Mengingat",
        [
            "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;",
            "Undang-Undang Nomor 16 Tahun 2006 tentang Sistem Penyuluhan Pertanian, Perikanan, "
            "dan Kehutanan;",
            "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
            "Kompetensi Pegawai Negeri Sipil;",
            "Peraturan Bupati Padang Lamun Nomor 41 Tahun 2022 tentang Kedudukan, Susunan "
            "Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Pertanian dan Ketahanan Pangan;",
        ],
        marker="ol",
    )
    pdf.set_font("R", "B", F.size)
    pdf.cell(0, F.lh, "MEMUTUSKAN:", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("R", "", F.size)
    pdf.multi_cell(
        0,
        F.lh,
        "Menetapkan : PERATURAN KEPALA DINAS TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI DI "
        "LINGKUNGAN DINAS PERTANIAN DAN KETAHANAN PANGAN.",
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    _bab(pdf, F, "I", "KETENTUAN UMUM")
    _pasal(
        pdf,
        F,
        1,
        (
            "Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:",
            [
                f"Dinas adalah {DINAS} {KAB}.",
                "Kepala Dinas adalah Kepala Dinas Pertanian dan Ketahanan Pangan Kabupaten Padang "
                "Lamun.",
                "Pegawai adalah Pegawai Negeri Sipil dan Pegawai Pemerintah dengan Perjanjian "
                "Kerja yang bertugas di lingkungan Dinas.",
                "Penyuluh Pertanian adalah Pegawai yang menduduki jabatan fungsional Penyuluh "
                "Pertanian.",
                "Pengembangan Kompetensi adalah upaya untuk pemenuhan kebutuhan kompetensi "
                "Pegawai dengan standar kompetensi jabatan dan rencana pengembangan karier.",
                "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu kegiatan "
                "Pengembangan Kompetensi.",
                "Balai Penyuluhan Pertanian yang selanjutnya disingkat BPP adalah unit kerja "
                "penyuluhan di tingkat kecamatan.",
                "Sekolah Lapang adalah metode belajar bersama petani di lahan selama satu musim "
                "tanam.",
                f"Aplikasi {SISTEM_OLD} adalah aplikasi {SISTEM_OLD_LONG} yang digunakan untuk "
                "mencatat kegiatan Pengembangan Kompetensi.",
                "Rencana Pengembangan Kompetensi yang selanjutnya disingkat RPK adalah rencana "
                "kegiatan Pengembangan Kompetensi Pegawai selama satu tahun.",
                "Laporan Refleksi Pascapelatihan yang selanjutnya disingkat LRP adalah laporan "
                "Pegawai setelah mengikuti pelatihan.",
                "Atasan Langsung adalah pejabat yang secara langsung membawahi Pegawai.",
            ],
        ),
    )
    _pasal(
        pdf,
        F,
        2,
        "Peraturan Kepala Dinas ini dimaksudkan sebagai pedoman bagi Pegawai dan pejabat di "
        "lingkungan Dinas dalam melaksanakan Pengembangan Kompetensi.",
    )
    _pasal(
        pdf,
        F,
        3,
        (
            "Peraturan Kepala Dinas ini bertujuan untuk:",
            [
                "meningkatkan kompetensi Pegawai sesuai kebutuhan jabatan;",
                "meningkatkan mutu pelayanan penyuluhan kepada petani;",
                "mewujudkan pencatatan Pengembangan Kompetensi yang tertib.",
            ],
        ),
    )
    _pasal(
        pdf,
        F,
        4,
        "Peraturan Kepala Dinas ini berlaku bagi seluruh Pegawai, termasuk Penyuluh Pertanian "
        "yang bertugas di BPP.",
    )
    _bab(pdf, F, "II", "JAM PELAJARAN DAN TARGET")
    _pasal(
        pdf,
        F,
        5,
        [
            "Satu JP untuk kegiatan di dalam kelas setara dengan 45 (empat puluh lima) menit.",
            "Satu JP untuk praktik lapangan setara dengan 60 (enam puluh) menit.",
            "Dalam satu hari JP yang diakui paling banyak 10 (sepuluh) JP.",
        ],
    )
    _pasal(
        pdf,
        F,
        6,
        [
            f"Setiap Pegawai Negeri Sipil wajib mengikuti Pengembangan Kompetensi paling sedikit "
            f"{JP_PNS_OLD} (dua puluh) JP dalam 1 (satu) tahun.",
            f"Setiap Pegawai Pemerintah dengan Perjanjian Kerja wajib mengikuti Pengembangan "
            f"Kompetensi paling sedikit {JP_PPPK_OLD} (sepuluh) JP dalam 1 (satu) tahun.",
            f"Penyuluh Pertanian wajib mengikuti Pengembangan Kompetensi paling sedikit "
            f"{JP_PENYULUH_OLD} (tiga puluh) JP dalam 1 (satu) tahun.",
        ],
    )
    _bab(pdf, F, "III", "PERENCANAAN DAN PELAKSANAAN")
    _pasal(
        pdf,
        F,
        7,
        "Pengembangan Kompetensi dilaksanakan melalui jalur pelatihan klasikal dan jalur "
        "pelatihan nonklasikal, termasuk Sekolah Lapang, coaching, mentoring, magang, dan "
        "e-learning.",
    )
    _pasal(
        pdf,
        F,
        8,
        [
            f"Setiap Pegawai menyusun RPK paling lambat tanggal {RPK_BATAS_OLD} tahun berjalan.",
            "RPK sebagaimana dimaksud pada ayat (1) disetujui oleh Atasan Langsung.",
        ],
    )
    _pasal(
        pdf,
        F,
        9,
        "Pendaftaran kegiatan Pengembangan Kompetensi dilakukan dengan persetujuan Atasan "
        "Langsung.",
    )
    _pasal(
        pdf,
        F,
        10,
        f"Peserta pelatihan wajib hadir paling sedikit {HADIR_OLD}% (delapan puluh persen) dari "
        "seluruh sesi untuk memperoleh sertifikat dan JP.",
    )
    _pasal(
        pdf,
        F,
        11,
        f"Sertifikat kegiatan Pengembangan Kompetensi diunggah ke aplikasi {SISTEM_OLD} paling "
        f"lambat {UNGGAH_OLD} setelah kegiatan berakhir.",
    )
    _pasal(
        pdf,
        F,
        12,
        f"Pegawai yang telah mengikuti pelatihan wajib menyampaikan LRP kepada Atasan Langsung "
        f"paling lambat {LRP_OLD} setelah pelatihan berakhir.",
    )
    _bab(pdf, F, "IV", "PEMBIAYAAN")
    _pasal(
        pdf,
        F,
        13,
        "Pembiayaan Pengembangan Kompetensi bersumber dari Anggaran Pendapatan dan Belanja "
        "Daerah, Anggaran Pendapatan dan Belanja Negara, dan sumber lain yang sah.",
    )
    _pasal(
        pdf,
        F,
        14,
        [
            "Pegawai yang mengikuti pelatihan atas biaya sendiri dapat diberikan bantuan biaya "
            f"pelatihan mandiri paling banyak {rp(MANDIRI_OLD)} (dua juta rupiah) per orang per "
            "tahun.",
            "Bantuan sebagaimana dimaksud pada ayat (1) diberikan untuk pelatihan yang tercantum "
            "dalam RPK.",
        ],
    )
    _pasal(
        pdf,
        F,
        15,
        f"Penyuluh Pertanian yang bertugas sebagai pemandu Sekolah Lapang diberikan uang "
        f"transport sebesar {rp(TRANSPORT_SL_OLD)} (tujuh puluh lima ribu rupiah) per pertemuan.",
    )
    _pasal(
        pdf,
        F,
        16,
        f"JP dari belajar mandiri dan e-learning tanpa penilaian diakui paling banyak "
        f"{ELEARN_OLD} (delapan) JP dalam 1 (satu) tahun.",
    )
    _bab(pdf, F, "V", "PENGHARGAAN, MONITORING, DAN EVALUASI")
    _pasal(
        pdf,
        F,
        17,
        "Kepala Dinas memberikan penghargaan setiap tahun kepada Pegawai dengan capaian "
        "Pengembangan Kompetensi tertinggi.",
    )
    _pasal(
        pdf,
        F,
        18,
        [
            "Subbagian Umum dan Kepegawaian melakukan monitoring capaian JP setiap semester.",
            "Hasil monitoring dilaporkan kepada Kepala Dinas.",
        ],
    )
    _bab(pdf, F, "VI", "KETENTUAN PENUTUP")
    _pasal(pdf, F, 19, "Peraturan Kepala Dinas ini mulai berlaku pada tanggal ditetapkan.")
    F.sign(
        [
            f"Ditetapkan di {IBUKOTA}",
            f"pada tanggal {tgl('2023-08-14')}",
            "",
            f"KEPALA {DINAS.upper()}",
            f"{KAB.upper()},",
            "",
            KADIS_OLD,
            f"NIP {KADIS_OLD_NIP}",
        ],
        x_off=80,
    )
    pdf.set_font("R", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "BERITA DAERAH KABUPATEN PADANG LAMUN TAHUN 2023 NOMOR 37\n" + FIKTIF,
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(path)
    return pdf.pages_count


def render_perka_new(path):
    pdf = _make_pdf(
        "Peraturan Kepala DPKP Kabupaten Padang Lamun Nomor 2 Tahun 2026",
        fam="R",
        header="Peraturan Kepala DPKP Kabupaten Padang Lamun Nomor 2 Tahun 2026",
        total=False,
    )
    F = Flow(pdf, size=10.5, lh=5.3)
    _reg_head(
        pdf,
        F,
        "NOMOR 2 TAHUN 2026",
        "Perubahan atas Peraturan Kepala Dinas Nomor 5 Tahun 2023 tentang " + PERKA_OLD_TITLE,
    )
    _reg_list(
        pdf,
        F,
        "Menimbang",
        [
            "bahwa target jam pelajaran dalam Peraturan Kepala Dinas Nomor 5 Tahun 2023 perlu "
            "disesuaikan dengan kebutuhan kompetensi Penyuluh Pertanian dan kebijakan "
            "pengembangan kompetensi Aparatur Sipil Negara yang baru;",
            f"bahwa mulai tahun 2026 pencatatan pengembangan kompetensi dilaksanakan melalui "
            f"{SISTEM} dalam kerangka Program {PROGRAM} sehingga aplikasi {SISTEM_OLD} tidak "
            "digunakan lagi;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
            "menetapkan Peraturan Kepala Dinas tentang Perubahan atas Peraturan Kepala Dinas "
            "Nomor 5 Tahun 2023;",
        ],
    )
    _reg_list(
        pdf,
        F,
        "Mengingat",
        [
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
            "Kompetensi Pegawai Negeri Sipil;",
            "Peraturan Kepala Dinas Nomor 5 Tahun 2023 tentang Pedoman Pengembangan Kompetensi "
            "Pegawai di Lingkungan Dinas Pertanian dan Ketahanan Pangan (Berita Daerah Kabupaten "
            "Padang Lamun Tahun 2023 Nomor 37);",
        ],
        marker="ol",
    )
    pdf.set_font("R", "B", F.size)
    pdf.cell(0, F.lh, "MEMUTUSKAN:", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("R", "", F.size)
    pdf.multi_cell(
        0,
        F.lh,
        "Menetapkan : PERATURAN KEPALA DINAS TENTANG PERUBAHAN ATAS PERATURAN KEPALA DINAS NOMOR "
        "5 TAHUN 2023 TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI DI LINGKUNGAN DINAS "
        "PERTANIAN DAN KETAHANAN PANGAN.",
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    F.need(20)
    pdf.ln(2)
    pdf.set_font("R", "B", F.size)
    pdf.cell(0, F.lh, "Pasal I", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    F.p(
        "Beberapa ketentuan dalam Peraturan Kepala Dinas Nomor 5 Tahun 2023 tentang Pedoman "
        "Pengembangan Kompetensi Pegawai di Lingkungan Dinas Pertanian dan Ketahanan Pangan "
        "(Berita Daerah Kabupaten Padang Lamun Tahun 2023 Nomor 37) diubah sebagai berikut:"
    )

    def change(n, text):
        F.need(F.lh * 3)
        pdf.set_font("R", "", F.size)
        pdf.cell(8, F.lh, f"{n}.")
        pdf.multi_cell(F.width - 8, F.lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def quoted(lines):
        pdf.set_font("R", "", F.size)
        for ln in lines:
            F.need(F.lh * 2)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(F.width - 8, F.lh, ln, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.6)
        pdf.ln(1.5)

    change(
        1,
        "Ketentuan Pasal 1 angka 9 diubah dan ditambah 1 (satu) angka, yakni angka 13, sehingga berbunyi:",
    )
    quoted(
        [
            f"9. {SISTEM_LONG} yang selanjutnya disebut {SISTEM} adalah aplikasi berbasis web "
            "yang digunakan untuk merencanakan, mencatat, dan memverifikasi kegiatan "
            "Pengembangan Kompetensi Pegawai.",
            f"13. Program {PROGRAM} ({PROGRAM_LONG}) adalah program terpadu Pengembangan "
            "Kompetensi Pegawai Dinas.",
        ]
    )
    change(2, "Ketentuan Pasal 6 diubah sehingga berbunyi:")
    quoted(
        [
            "Pasal 6",
            f"(1) Setiap Pegawai Negeri Sipil wajib mengikuti Pengembangan Kompetensi paling "
            f"sedikit {JP_PNS} (dua puluh enam) JP dalam 1 (satu) tahun.",
            f"(2) Setiap Pegawai Pemerintah dengan Perjanjian Kerja wajib mengikuti Pengembangan "
            f"Kompetensi paling sedikit {JP_PPPK} (delapan belas) JP dalam 1 (satu) tahun.",
            f"(3) Penyuluh Pertanian, baik Pegawai Negeri Sipil maupun Pegawai Pemerintah dengan "
            f"Perjanjian Kerja, wajib mengikuti Pengembangan Kompetensi paling sedikit "
            f"{JP_PENYULUH} (empat puluh) JP dalam 1 (satu) tahun, dengan paling sedikit "
            f"{JP_TEKNIS_PENYULUH} (enam belas) JP berupa pengembangan kompetensi teknis "
            "penyuluhan.",
            "(4) Pegawai yang aktif kurang dari 1 (satu) tahun dikenai target secara prorata "
            "sesuai jumlah bulan aktif.",
        ]
    )
    change(3, "Ketentuan Pasal 8 ayat (1) diubah sehingga berbunyi:")
    quoted(
        [
            f"(1) Setiap Pegawai menyusun RPK melalui {SISTEM} paling lambat tanggal {RPK_BATAS} tahun berjalan."
        ]
    )
    change(4, "Ketentuan Pasal 10 diubah sehingga berbunyi:")
    quoted(
        [
            f"Peserta pelatihan wajib hadir paling sedikit {HADIR}% (sembilan puluh persen) dari "
            "seluruh sesi untuk memperoleh sertifikat dan JP."
        ]
    )
    change(5, "Ketentuan Pasal 11 diubah sehingga berbunyi:")
    quoted(
        [
            f"Sertifikat kegiatan Pengembangan Kompetensi diunggah ke {SISTEM} paling lambat "
            f"{UNGGAH} setelah kegiatan berakhir."
        ]
    )
    change(6, "Ketentuan Pasal 12 diubah sehingga berbunyi:")
    quoted(
        [
            "Pegawai yang telah mengikuti pelatihan dengan durasi paling sedikit 8 (delapan) JP "
            f"wajib mengunggah LRP ke {SISTEM} paling lambat {LRP} setelah hari terakhir "
            "pelatihan."
        ]
    )
    change(7, "Ketentuan Pasal 14 ayat (1) diubah sehingga berbunyi:")
    quoted(
        [
            "(1) Pegawai yang mengikuti pelatihan atas biaya sendiri dapat diberikan bantuan biaya "
            f"pelatihan mandiri paling banyak {rp(MANDIRI)} (tiga juta rupiah) per orang per tahun."
        ]
    )
    change(8, "Ketentuan Pasal 15 diubah sehingga berbunyi:")
    quoted(
        [
            "Penyuluh Pertanian yang bertugas sebagai pemandu Sekolah Lapang diberikan uang "
            f"transport sebesar {rp(TRANSPORT_SL)} (seratus ribu rupiah) per pertemuan."
        ]
    )
    change(9, "Ketentuan Pasal 16 diubah sehingga berbunyi:")
    quoted(
        [
            "JP dari belajar mandiri dan e-learning tanpa penilaian diakui paling banyak "
            f"{ELEARN} (dua belas) JP dalam 1 (satu) tahun."
        ]
    )
    change(
        10,
        "Di antara Pasal 16 dan Pasal 17 disisipkan 1 (satu) pasal, yakni Pasal 16A, sehingga berbunyi:",
    )
    quoted(
        [
            "Pasal 16A",
            "(1) Penyuluh Pertanian yang bertugas sebagai pemandu Sekolah Lapang memperoleh 2 "
            "(dua) JP untuk setiap pertemuan.",
            "(2) JP sebagaimana dimaksud pada ayat (1) diakui paling banyak 16 (enam belas) JP "
            "dalam 1 (satu) musim tanam.",
        ]
    )
    change(11, "Ketentuan Pasal 17 diubah sehingga berbunyi:")
    quoted(
        [
            "Pasal 17",
            f"(1) Kepala Dinas memberikan penghargaan {PROGRAM} Award setiap tahun kepada Pegawai "
            "dengan capaian Pengembangan Kompetensi terbaik.",
            "(2) Penghargaan sebagaimana dimaksud pada ayat (1) diberikan untuk 3 (tiga) "
            "kategori, yaitu Penyuluh Pertanian, Pegawai Administrasi dan Teknis, serta Pegawai "
            "Pemerintah dengan Perjanjian Kerja.",
        ]
    )
    F.need(30)
    pdf.ln(2)
    pdf.set_font("R", "B", F.size)
    pdf.cell(0, F.lh, "Pasal II", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("R", "", F.size)
    for i, t in enumerate(
        [
            f"Peraturan Kepala Dinas ini mulai berlaku pada tanggal {tgl('2026-02-01')}.",
            "Kegiatan Pengembangan Kompetensi yang telah selesai dilaksanakan sebelum tanggal 1 "
            "Februari 2026 tetap mengikuti batas waktu pengunggahan sertifikat dan LRP "
            "sebagaimana diatur dalam Peraturan Kepala Dinas Nomor 5 Tahun 2023.",
            f"Data pada aplikasi {SISTEM_OLD} dipindahkan ke {SISTEM} paling lambat tanggal 31 "
            "Maret 2026.",
            "Target JP sebagaimana dimaksud dalam Pasal 6 berlaku untuk perhitungan capaian tahun "
            "2026 dan seterusnya.",
        ],
        1,
    ):
        F.need(F.lh * 3)
        pdf.cell(9, F.lh, f"({i})")
        pdf.multi_cell(F.width - 9, F.lh, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(2)
    F.sign(
        [
            f"Ditetapkan di {IBUKOTA}",
            f"pada tanggal {tgl('2026-01-19')}",
            "",
            f"KEPALA {DINAS.upper()}",
            f"{KAB.upper()},",
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ],
        x_off=80,
    )
    pdf.set_font("R", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "BERITA DAERAH KABUPATEN PADANG LAMUN TAHUN 2026 NOMOR 4\n" + FIKTIF,
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ bulletin (2 columns)
class Columns:
    """Two-column flow: text is broken into lines and poured into the left, then right column."""

    def __init__(self, pdf, top, gap=7, size=9, lh=4.4):
        self.pdf = pdf
        self.gap = gap
        self.size = size
        self.lh = lh
        self.colw = (pdf.w - pdf.l_margin - pdf.r_margin - gap) / 2
        self.col = 0
        self.top = top
        self.bottom = pdf.page_break_trigger - 1
        pdf.set_y(top)

    def _x(self):
        return self.pdf.l_margin + self.col * (self.colw + self.gap)

    def _advance(self, h):
        if self.pdf.get_y() + h > self.bottom:
            if self.col == 0:
                self.col = 1
            else:
                self.col = 0
                self.pdf.add_page()
                self.top = 22
            self.pdf.set_y(self.top)

    def _lines(self, text, style, size, w):
        self.pdf.set_font("S", style, size)
        return self.pdf.multi_cell(w, self.lh, text, dry_run=True, output="LINES")

    def heading(self, text, size=11):
        lines = self._lines(text, "B", size, self.colw)
        self._advance(len(lines) * 5.2 + 3 * self.lh)
        self.pdf.ln(1.5)
        self._advance(0)
        self.pdf.set_font("S", "B", size)
        self.pdf.set_text_color(30, 90, 40)
        for ln in lines:
            self.pdf.set_x(self._x())
            self.pdf.cell(self.colw, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_text_color(0, 0, 0)
        self.pdf.ln(0.8)

    def para(self, text, style="", indent=0, bullet=None):
        w = self.colw - indent - (4 if bullet else 0)
        lines = self._lines(text, style, self.size, w)
        for i, ln in enumerate(lines):
            self._advance(self.lh)
            self.pdf.set_font("S", style, self.size)
            self.pdf.set_x(self._x() + indent)
            if bullet:
                self.pdf.cell(4, self.lh, bullet if i == 0 else "")
            self.pdf.cell(w, self.lh, ln, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1.2)


def render_buletin(path):
    pdf = _make_pdf("Buletin SEMAI Edisi 2 Tahun 2026", header="", footer=FIKTIF, total=True)
    pdf.add_page()
    pdf.set_fill_color(36, 110, 50)
    pdf.rect(pdf.l_margin, 14, pdf.w - pdf.l_margin - pdf.r_margin, 22, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin + 4, 16)
    pdf.set_font("S", "B", 22)
    pdf.cell(0, 10, "BULETIN SEMAI")
    pdf.set_xy(pdf.l_margin + 4, 27)
    pdf.set_font("S", "", 9)
    pdf.cell(
        0,
        6,
        f"Media informasi pengembangan kompetensi pegawai DPKP {KAB}",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, 38)
    pdf.set_font("S", "B", 9)
    pdf.cell(0, 5, "Edisi 2 Tahun 2026  |  April - Juni 2026  |  Terbit 30 Juni 2026", align="L")
    pdf.line(pdf.l_margin, 44, pdf.w - pdf.r_margin, 44)
    C = Columns(pdf, top=47)

    C.heading("Dari Meja Redaksi")
    C.para(
        "Semester pertama 2026 ditutup dengan kabar baik. Hingga akhir Juni, 138 pegawai sudah "
        "mengunggah paling sedikit satu sertifikat atau bukti kegiatan ke SIPANEN. Meski begitu, "
        "masih ada rekan yang belum mencatat satu JP pun. Redaksi mengajak seluruh pegawai "
        "memanfaatkan Jumat Belajar dan Rembug Tani Aparatur yang tidak memerlukan biaya dan "
        "langsung diakui 2 JP per sesi."
    )
    C.heading("SEMAI Award 2025 Resmi Diserahkan")
    C.para(
        "Penghargaan SEMAI Award untuk capaian tahun 2025 diserahkan Kepala Dinas, Dr. Ir. "
        "Rosmaini Harahap, M.P., pada Senin, 22 Juni 2026 di Aula DPKP. Penyerahan bergeser satu "
        "hari karena peringatan Hari Krida Pertanian tanggal 21 Juni jatuh pada hari Minggu. "
        "Karena merupakan penghargaan pertama, penilaian capaian 2025 masih memakai target JP lama."
    )
    C.para("Para pemenang:", style="B")
    C.para(
        "Kategori Penyuluh Pertanian: Sri Wahyuni, S.P. (BPP Koto Ranah) dengan 74 JP.",
        bullet="\u2022",
        indent=2,
    )
    C.para(
        "Kategori Pegawai Administrasi dan Teknis: Rahmat Hidayat Siregar, S.Kom. (Sekretariat) "
        "dengan 52 JP.",
        bullet="\u2022",
        indent=2,
    )
    C.para(
        "Kategori PPPK: Ahmad Fauzan, A.Md.P. (BPP Pasir Lebar) dengan 38 JP.",
        bullet="\u2022",
        indent=2,
    )
    C.para(
        'Setiap pemenang menerima piagam dan uang pembinaan Rp2.500.000. "Penghargaan ini bukan '
        'soal angka, tetapi soal kebiasaan belajar," ujar Kepala Dinas dalam sambutannya.'
    )
    C.heading("Profil: Belajar dari Sawah Padang Ranah")
    C.para(
        "Sri Wahyuni sudah menjadi penyuluh sejak 2010. Pada musim tanam I tahun ini ia memandu "
        "Sekolah Lapang Iklim bersama Poktan Sepakat Maju di Desa Padang Ranah, Kecamatan Koto "
        "Ranah. Dua puluh lima petani belajar membaca data curah hujan dan menyesuaikan jadwal "
        "tanam. Hasilnya, produktivitas padi di petak belajar naik dari 5,1 ton menjadi 5,8 ton "
        "gabah kering panen per hektare."
    )
    C.para(
        '"Petani yang paling rajin justru yang paling banyak bertanya. Saya ikut belajar dari '
        'mereka," katanya. Dari 12 pertemuan yang ia pandu, 16 JP diakui sebagai JP teknis '
        "penyuluhan, sesuai batas per musim tanam."
    )
    C.heading("SIPANEN Kini Kirim Notifikasi WhatsApp")
    C.para(
        "Sejak 4 Mei 2026 SIPANEN mengirim pemberitahuan status verifikasi melalui WhatsApp. "
        "Fitur ini harus diaktifkan sendiri melalui menu Profil, submenu Notifikasi. Migrasi data "
        "dari aplikasi lama SIKOMTAN juga telah rampung pada 27 Maret 2026, lebih cepat dari "
        "batas 31 Maret. Sebanyak 3.412 catatan kegiatan tahun 2019-2025 berhasil dipindahkan."
    )
    C.heading("Rembug Tani Aparatur Juni di BPP Sungai Padi")
    C.para(
        "Rembug Tani Aparatur edisi Juni digelar Kamis, 25 Juni 2026 di BPP Sungai Padi dan "
        "dihadiri 41 peserta. Irwansyah Putra, S.P., Kepala BPP Sungai Padi, berbagi pengalaman "
        "mengendalikan tikus sawah dengan memanfaatkan burung hantu Tyto alba. Rembug bulan Juli "
        "dijadwalkan Kamis, 30 Juli 2026 di BPP Tanjung Gadang dengan topik pestisida nabati."
    )
    C.heading("Agenda Triwulan III")
    for t in (
        "14-16 Juli: Pengolahan Pangan Lokal B2SA, Aula DPKP.",
        "20-24 Juli: Magang Teknologi Perbenihan Angkatan II, UPTD Balai Benih.",
        "Akhir Juli: Penyuluhan Digital dan Media Sosial (daring); jadwal pasti diumumkan di grup "
        "WhatsApp penyuluh.",
        "7-11 September: PHT Padi dan Jagung Angkatan II, UPTD Balai Benih.",
    ):
        C.para(t, bullet="\u2022", indent=2)
    C.heading("Tanya Redaksi")
    C.para("Apakah THL-TBPP boleh ikut Jumat Belajar?", style="B")
    C.para(
        "Boleh, sebagai peserta. Namun THL-TBPP bukan ASN sehingga tidak dikenai target JP dan "
        "kehadirannya tidak dicatat di SIPANEN."
    )
    C.para("Sertifikat saya hilang, apakah JP tetap bisa diakui?", style="B")
    C.para(
        "Bisa, dengan surat keterangan dari penyelenggara yang mencantumkan nama kegiatan, "
        "tanggal, dan jumlah JP. Surat keterangan diunggah seperti sertifikat biasa."
    )
    C.heading("Redaksi", size=9.5)
    C.para(
        f"Penanggung jawab: {SEKDIS}; pemimpin redaksi: {UMPEG}; redaktur pelaksana: {NOTULIS}; "
        f"kontributor: {STAF_PSP}; alamat redaksi: Subbagian Umum dan Kepegawaian DPKP, "
        f"{ALAMAT}. {FIKTIF}",
        style="I",
    )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ form F-03 (PDF)
def render_formulir(path):
    pdf = _make_pdf("Formulir F-03 Usulan Pengakuan JP Kegiatan Nonklasikal", total=True, bottom=16)
    pdf.set_top_margin(14)
    pdf.add_page()
    F = Flow(pdf, size=9.2, lh=4.4)
    pdf.set_font("S", "B", 9)
    pdf.cell(0, 5, f"{DINAS.upper()} {KAB.upper()}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.5)
    pdf.cell(0, 4.5, f"Program {PROGRAM} - {SISTEM}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    y = pdf.get_y()
    pdf.rect(pdf.l_margin, y, F.width, 16)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin, y + 2)
    pdf.set_font("S", "B", 12)
    pdf.cell(0, 6, "FORMULIR F-03", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "B", 10.5)
    pdf.cell(
        0, 6, "USULAN PENGAKUAN JP KEGIATAN NONKLASIKAL", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(5)
    F.kv(
        [("Nomor registrasi", "F03/2026/0147"), ("Tanggal diterima", tgl("2026-06-01"))], label_w=45
    )

    def section(t):
        F.need(20)
        pdf.set_fill_color(225, 238, 220)
        pdf.set_font("S", "B", 9.8)
        pdf.cell(0, 6, t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    section("A. IDENTITAS PEGAWAI")
    F.kv(
        [
            ("Nama", "Sri Wahyuni, S.P."),
            ("NIP", "19870412 201001 2 005"),
            ("Status kepegawaian", "PNS"),
            ("Jabatan", "Penyuluh Pertanian Ahli Muda"),
            ("Unit kerja", "BPP Koto Ranah"),
            ("Nomor HP/WhatsApp", "0852-7613-4409"),
        ],
        label_w=45,
    )
    section("B. URAIAN KEGIATAN")
    F.kv(
        [
            ("Jenis kegiatan", "Pemandu Sekolah Lapang Iklim (SLI)"),
            ("Musim tanam", "MT I 2026"),
            ("Kelompok tani", "Poktan Sepakat Maju, Desa Padang Ranah"),
            ("Komoditas", "Padi sawah"),
            ("Periode", f"{tgl('2026-03-03')} s.d. {tgl('2026-05-26')}"),
            ("Jumlah pertemuan", "12 kali (setiap Selasa)"),
            ("Jumlah petani peserta", "25 orang"),
            ("JP yang diusulkan", "24 JP (12 pertemuan x 2 JP)"),
            ("Catatan pemohon", "Pertemuan ke-4 diundur satu minggu karena libur Idul Fitri."),
        ],
        label_w=45,
    )
    section("C. KELENGKAPAN BUKTI")
    F.table(
        ["No", "Kelengkapan", "Ada", "Keterangan"],
        [
            ["1", "Surat tugas dari Kepala BPP", "\u2611 Ya", "Nomor 800/17/BPP-KR/2026"],
            ["2", "Daftar hadir petani seluruh pertemuan", "\u2611 Ya", "12 lembar"],
            ["3", "Dokumentasi foto kegiatan", "\u2611 Ya", "24 foto"],
            ["4", "Laporan akhir Sekolah Lapang", "\u2611 Ya", "Diunggah 1 Juni 2026"],
            ["5", "Surat keterangan Kepala Desa", "\u2610 Tidak", "Tidak wajib"],
            [
                "6",
                "Sertifikat pelatihan pemandu SLI (SM-T02)",
                "\u2611 Ya",
                "Angkatan Februari 2026",
            ],
        ],
        [8, 62, 18, 45],
        size=9,
        lh=4.6,
    )
    section("D. PERNYATAAN DAN PERSETUJUAN")
    F.p(
        "Saya menyatakan bahwa data dan bukti yang saya sampaikan benar. Apabila di kemudian hari "
        "ditemukan ketidaksesuaian, saya bersedia JP yang telah diakui dibatalkan.",
        size=9.3,
    )
    F.kv(
        [
            ("Pemohon", f"Sri Wahyuni, S.P. (ditandatangani {tgl('2026-06-01')})"),
            (
                "Mengetahui atasan langsung",
                f"Syafrizal, S.P., Kepala BPP Koto Ranah ({tgl('2026-06-01')})",
            ),
        ],
        label_w=52,
    )
    section("E. HASIL VERIFIKASI (diisi Verifikator JP)")
    F.kv(
        [
            ("Status", "Diverifikasi sebagian"),
            ("JP diakui", "16 JP"),
            (
                "Alasan",
                "Pengakuan pemandu Sekolah Lapang paling banyak 16 JP per musim tanam (Pasal 16A "
                "Perkadis Nomor 2 Tahun 2026). Kelebihan 8 JP tidak dapat dialihkan ke MT II.",
            ),
            ("Kategori JP", "Teknis penyuluhan"),
            ("Verifikator", VERIF),
            ("Tanggal verifikasi", tgl("2026-06-04")),
        ],
        label_w=45,
    )
    pdf.set_font("S", "I", 8.5)
    pdf.multi_cell(
        0,
        4.5,
        "Keberatan atas hasil verifikasi dapat diajukan kepada Sekretaris Dinas dengan Formulir "
        f"F-04 paling lambat 14 hari kalender sejak hasil verifikasi diterima. {FIKTIF}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ DOCX helpers
def _fix_zip_times(path):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 7, 25, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def new_docx(title):
    import docx
    from docx.shared import Cm, Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = f"{DINAS} {KAB}"
    cp.subject = FIKTIF
    cp.comments = FIKTIF
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "Subbagian Umum dan Kepegawaian"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.5)
        s.top_margin = s.bottom_margin = Cm(2.2)
        s.footer.paragraphs[0].text = FIKTIF
    return doc


def para(doc, text, bold=False, italic=False, size=None, align=None, style=None, after=4):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(after)
    return p


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def _restart_numbering(doc, p):
    """Give paragraph p (style List Number) a fresh w:num so its list starts again at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    num_id = style.element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(new_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)
    return new_id


def numbered(doc, items):
    """Numbered list (restarting at 1); an item may be (text, [sub-bullets])."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    num_id = None
    for i, it in enumerate(items):
        sub = None
        if isinstance(it, tuple):
            it, sub = it
        p = doc.add_paragraph(it, style="List Number")
        if i == 0:
            num_id = _restart_numbering(doc, p)
        else:
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(num_id))
            numPr.append(il)
            numPr.append(ni)
            pPr.append(numPr)
        for s in sub or []:
            if isinstance(s, tuple):
                doc.add_paragraph(s[0], style="List Bullet 2")
                for s3 in s[1]:
                    doc.add_paragraph(s3, style="List Bullet 3")
            else:
                doc.add_paragraph(s, style="List Bullet 2")


def bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def _cell(cell, text, bold=False, size=10, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def docx_table(doc, header, rows, widths=None, size=10, bold_last=False, aligns=None):
    from docx.shared import Cm

    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        _cell(t.rows[0].cells[j], h, bold=True, size=size)
        _shade(t.rows[0].cells[j], "DCEBD7")
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            _cell(
                t.rows[i].cells[j],
                str(v),
                bold=bold_last and i == len(rows),
                size=size,
                align=aligns[j] if aligns else None,
            )
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def label_table(doc, pairs, widths=(5, 11), size=10):
    from docx.shared import Cm

    t = doc.add_table(rows=len(pairs), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(pairs):
        _cell(t.rows[i].cells[0], k, bold=True, size=size)
        _shade(t.rows[i].cells[0], "F2F2F2")
        _cell(t.rows[i].cells[1], v, size=size)
        t.rows[i].cells[0].width = Cm(widths[0])
        t.rows[i].cells[1].width = Cm(widths[1])
    doc.add_paragraph()
    return t


# ============================================================================ KAK (DOCX)
KAK_KURIKULUM = [
    ("Kebijakan perlindungan tanaman pangan", 2, 0),
    ("Agroekosistem padi dan jagung", 3, 2),
    ("Identifikasi OPT utama padi dan jagung", 3, 7),
    ("Pengamatan OPT dan ambang ekonomi", 2, 5),
    ("Agens pengendali hayati dan pestisida nabati", 2, 5),
    ("Metode pemanduan SL-PHT", 2, 4),
    ("Rencana tindak lanjut (RTL)", 0, 3),
]
KAK_BIAYA = [
    ("Honorarium narasumber", 80, "JP", 300_000),
    ("Makan dan minum peserta dan panitia", 260, "orang-hari", 65_000),
    ("Bahan praktik (agens hayati, perangkap, benih)", 40, "paket", 450_000),
    ("Penggandaan modul", 46, "eksemplar", 75_000),
    ("Transport lokal peserta", 200, "orang-hari", 100_000),
    ("Sewa kendaraan praktik lapangan", 6, "unit-hari", 1_200_000),
]
KAK_TOTAL = sum(v * h for _, v, _, h in KAK_BIAYA)


def write_kak(path):
    doc = new_docx("KAK Pelatihan PHT Padi dan Jagung bagi Penyuluh Pertanian 2026")
    para(doc, f"PEMERINTAH {KAB.upper()}", bold=True, align="center", after=0)
    para(doc, DINAS.upper(), bold=True, align="center", after=0)
    para(doc, "BIDANG PRASARANA, SARANA DAN PENYULUHAN", bold=True, align="center", after=10)
    para(doc, "KERANGKA ACUAN KERJA (KAK)", bold=True, size=14, align="center", after=0)
    para(
        doc,
        "PELATIHAN PENGENDALIAN HAMA TERPADU (PHT) PADI DAN JAGUNG BAGI PENYULUH PERTANIAN",
        bold=True,
        align="center",
        after=0,
    )
    para(doc, "TAHUN ANGGARAN 2026", bold=True, align="center", after=12)
    label_table(
        doc,
        [
            ("Program", "Program Penyuluhan Pertanian"),
            ("Kegiatan", "Pelaksanaan Penyuluhan Pertanian"),
            ("Sub kegiatan", "Peningkatan Kapasitas Penyuluh Pertanian"),
            ("Kode katalog SEMAI", "SM-T01"),
            ("Penanggung jawab", f"{KABID_PSP}, Kepala Bidang Prasarana, Sarana dan Penyuluhan"),
            ("Ketua panitia", STAF_PSP),
            ("Sumber dana", "DPA DPKP Tahun 2026 (APBD Kabupaten Padang Lamun)"),
        ],
    )
    heading(doc, "A. Latar Belakang", 2)
    para(
        doc,
        "Pada musim tanam II tahun 2025 serangan wereng batang cokelat pada padi dan ulat grayak "
        "pada jagung di Kabupaten Padang Lamun mencapai 1.240 hektare, terluas dalam lima tahun "
        "terakhir. Sebagian besar serangan terlambat terdeteksi karena pengamatan rutin belum "
        "dilakukan dengan baik di tingkat kelompok tani.",
        align="justify",
    )
    para(
        doc,
        "Hasil pemetaan kompetensi menunjukkan 34 Penyuluh Pertanian belum pernah mengikuti "
        "pelatihan PHT dalam tiga tahun terakhir. Pelatihan ini merupakan pelatihan teknis "
        "penyuluhan dalam Program SEMAI dan menjadi bekal untuk memandu Sekolah Lapang PHT.",
        align="justify",
    )
    heading(doc, "B. Maksud dan Tujuan", 2)
    para(doc, "Pelatihan ini bertujuan agar peserta mampu:")
    numbered(
        doc,
        [
            "mengidentifikasi organisme pengganggu tumbuhan (OPT) utama padi dan jagung;",
            "melakukan pengamatan dan menentukan ambang ekonomi pengendalian;",
            "menerapkan agens pengendali hayati dan pestisida nabati;",
            "memandu Sekolah Lapang PHT bersama kelompok tani.",
        ],
    )
    heading(doc, "C. Peserta", 2)
    para(
        doc,
        "Peserta berjumlah 40 orang yang dibagi dalam dua angkatan masing-masing 20 orang. Syarat "
        "peserta: Penyuluh Pertanian atau staf teknis yang belum pernah mengikuti pelatihan PHT "
        "dalam tiga tahun terakhir, sehat jasmani, dan mendapat persetujuan atasan langsung.",
        align="justify",
    )
    peserta = [
        ("Angkatan I", "Wilayah Hilir", "BPP Lamun Hilir", 5),
        ("Angkatan I", "Wilayah Hilir", "BPP Lamun Hulu", 3),
        ("Angkatan I", "Wilayah Hilir", "BPP Sungai Padi", 5),
        ("Angkatan I", "Wilayah Hilir", "BPP Koto Ranah", 4),
        ("Angkatan I", "Staf teknis", "Bidang TPH", 1),
        ("Angkatan I", "Staf teknis", "Bidang PSP", 2),
        ("Angkatan II", "Wilayah Hulu", "BPP Batang Seruyan", 4),
        ("Angkatan II", "Wilayah Hulu", "BPP Air Kumbang", 3),
        ("Angkatan II", "Wilayah Hulu", "BPP Tanjung Gadang", 4),
        ("Angkatan II", "Wilayah Hulu", "BPP Pasir Lebar", 3),
        ("Angkatan II", "Wilayah Hulu", "BPP Bukit Sirih", 3),
        ("Angkatan II", "Staf teknis", "Bidang TPH", 1),
        ("Angkatan II", "Staf teknis", "Bidang PSP", 1),
        ("Angkatan II", "Staf teknis", "UPTD Balai Benih", 1),
    ]
    assert sum(p[3] for p in peserta) == QUOTA_TOTAL["SM-T01"]
    t = doc.add_table(rows=1 + len(peserta) + 1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Angkatan", "Kelompok", "Unit kerja asal", "Jumlah peserta"]):
        _cell(t.rows[0].cells[j], h, bold=True)
        _shade(t.rows[0].cells[j], "DCEBD7")
    for i, (a, k, u, n) in enumerate(peserta, 1):
        _cell(t.rows[i].cells[0], a)
        _cell(t.rows[i].cells[1], k)
        _cell(t.rows[i].cells[2], u)
        _cell(t.rows[i].cells[3], str(n), align="center")
    # merge the angkatan and kelompok cells vertically
    groups = {}
    for i, (a, k, _, _) in enumerate(peserta, 1):
        groups.setdefault(("a", a), []).append(i)
        groups.setdefault(("k", a, k), []).append(i)
    for key, idx in groups.items():
        col = 0 if key[0] == "a" else 1
        if len(idx) > 1:
            top, bot = t.rows[idx[0]].cells[col], t.rows[idx[-1]].cells[col]
            m = top.merge(bot)
            _cell(m, key[1] if col == 0 else key[2], bold=(col == 0))
    last = len(peserta) + 1
    m = t.rows[last].cells[0].merge(t.rows[last].cells[2])
    _cell(m, "Jumlah seluruh peserta", bold=True)
    _cell(t.rows[last].cells[3], str(QUOTA_TOTAL["SM-T01"]), bold=True, align="center")
    doc.add_paragraph()
    heading(doc, "D. Waktu dan Tempat", 2)
    docx_table(
        doc,
        ["Angkatan", "Tanggal", "Tempat kelas", "Lokasi praktik lapangan"],
        [
            [
                "I",
                "18-22 Mei 2026",
                "Aula UPTD Balai Benih, Sungai Padi",
                "Hamparan sawah Desa Sei Lamun, Kecamatan Lamun Hilir",
            ],
            [
                "II",
                "7-11 September 2026",
                "Aula UPTD Balai Benih, Sungai Padi",
                "Desa Air Kumbang Hulu, Kecamatan Air Kumbang",
            ],
        ],
        widths=[2, 3.5, 4.5, 6],
    )
    para(
        doc,
        "Hari pertama sampai keempat berlangsung pukul 07.30-16.00 WIB; hari kelima pukul "
        "07.30-12.00 WIB dan ditutup dengan penyerahan sertifikat.",
        align="justify",
    )
    heading(doc, "E. Kurikulum", 2)
    nrow = 2 + len(KAK_KURIKULUM) + 1
    t = doc.add_table(rows=nrow, cols=5)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    m = hdr[0].merge(t.rows[1].cells[0])
    _cell(m, "No", bold=True)
    m = hdr[1].merge(t.rows[1].cells[1])
    _cell(m, "Mata pelatihan", bold=True)
    m = hdr[2].merge(hdr[3])
    _cell(m, "Jumlah JP", bold=True, align="center")
    m = hdr[4].merge(t.rows[1].cells[4])
    _cell(m, "Total JP", bold=True, align="center")
    _cell(t.rows[1].cells[2], "Teori", bold=True, align="center")
    _cell(t.rows[1].cells[3], "Praktik", bold=True, align="center")
    for c in list(t.rows[0].cells) + list(t.rows[1].cells):
        _shade(c, "DCEBD7")
    for i, (mp, te, pr) in enumerate(KAK_KURIKULUM, 1):
        r = t.rows[1 + i].cells
        _cell(r[0], str(i))
        _cell(r[1], mp)
        _cell(r[2], str(te), align="center")
        _cell(r[3], str(pr), align="center")
        _cell(r[4], str(te + pr), align="center")
    r = t.rows[nrow - 1].cells
    m = r[0].merge(r[1])
    _cell(m, "Jumlah", bold=True)
    st = sum(k[1] for k in KAK_KURIKULUM)
    sp = sum(k[2] for k in KAK_KURIKULUM)
    _cell(r[2], str(st), bold=True, align="center")
    _cell(r[3], str(sp), bold=True, align="center")
    _cell(r[4], str(st + sp), bold=True, align="center")
    doc.add_paragraph()
    para(
        doc,
        "Catatan: 1 JP teori setara 45 menit dan 1 JP praktik lapangan setara 60 menit. Sertifikat "
        f"mencantumkan {st + sp} JP dan diakui sebagai JP teknis penyuluhan.",
        italic=True,
        size=10,
    )
    heading(doc, "F. Narasumber dan Fasilitator", 2)
    bullets(
        doc,
        [
            f"{KABID_PSP} - kebijakan perlindungan tanaman pangan (pembukaan);",
            "Dr. Rahmi Syafitri, M.Si. - dosen proteksi tanaman, Politeknik Pertanian Lubuk Lamun;",
            "Ir. Junaidi Hasibuan - Pengendali OPT Ahli Madya, Laboratorium Pengamatan Hama dan "
            "Penyakit Provinsi Sumatera Tenggara Raya;",
            "Sri Wahyuni, S.P. - fasilitator praktik metode pemanduan Sekolah Lapang.",
        ],
    )
    heading(doc, "G. Metode dan Evaluasi", 2)
    para(
        doc,
        "Metode pelatihan terdiri atas ceramah singkat, diskusi, studi kasus, dan praktik "
        "lapangan. Peserta mengikuti pre-test pada hari pertama dan post-test pada hari kelima. "
        "Peserta dinyatakan lulus apabila kehadiran paling sedikit 90 persen dan nilai post-test "
        "paling rendah 70. Sertifikat ditandatangani Sekretaris Dinas atas nama Kepala Dinas.",
        align="justify",
    )
    heading(doc, "H. Rincian Biaya", 2)
    t = doc.add_table(rows=2 + len(KAK_BIAYA), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(
        ["No", "Komponen", "Volume", "Satuan", "Harga satuan (Rp)", "Jumlah (Rp)"]
    ):
        _cell(t.rows[0].cells[j], h, bold=True, size=9.5)
        _shade(t.rows[0].cells[j], "DCEBD7")
    for i, (k, v, s, h) in enumerate(KAK_BIAYA, 1):
        r = t.rows[i].cells
        _cell(r[0], str(i), size=9.5)
        _cell(r[1], k, size=9.5)
        _cell(r[2], str(v), size=9.5, align="right")
        _cell(r[3], s, size=9.5)
        _cell(r[4], ribuan(h), size=9.5, align="right")
        _cell(r[5], ribuan(v * h), size=9.5, align="right")
    r = t.rows[len(KAK_BIAYA) + 1].cells
    m = r[0].merge(r[4])
    _cell(m, "Jumlah total (dua angkatan)", bold=True, size=9.5)
    _cell(r[5], ribuan(KAK_TOTAL), bold=True, size=9.5, align="right")
    doc.add_paragraph()
    para(
        doc,
        "Transport lokal peserta dihitung 40 peserta x 5 hari. Makan dan minum dihitung 26 orang "
        "(20 peserta dan 6 panitia) x 5 hari x 2 angkatan.",
        italic=True,
        size=10,
    )
    heading(doc, "I. Keluaran dan Hasil yang Diharapkan", 2)
    bullets(
        doc,
        [
            "Keluaran: 40 peserta terlatih dan bersertifikat 40 JP.",
            "Setiap penyuluh peserta menyusun rencana Sekolah Lapang PHT untuk musim tanam "
            "berikutnya sebagai bagian dari LRP.",
            "Hasil: luas serangan OPT utama padi dan jagung pada MT I 2027 turun paling sedikit "
            "20 persen dibanding MT II 2025.",
        ],
    )
    heading(doc, "J. Jadwal Persiapan", 2)
    docx_table(
        doc,
        ["Tahapan", "Angkatan I", "Angkatan II"],
        [
            ["Penetapan peserta", tgl("2026-05-04"), tgl("2026-08-24")],
            ["Pengiriman undangan", tgl("2026-05-06"), tgl("2026-08-26")],
            ["Rapat persiapan panitia", tgl("2026-05-13"), tgl("2026-09-02")],
            ["Batas unggah LRP peserta", tgl("2026-06-09"), tgl("2026-09-25")],
        ],
        widths=[6, 5, 5],
    )
    para(
        doc,
        "Batas unggah LRP Angkatan I sudah memperhitungkan libur Iduladha (27 Mei 2026) dan Hari "
        "Lahir Pancasila (1 Juni 2026).",
        italic=True,
        size=10,
    )
    heading(doc, "K. Penutup", 2)
    para(
        doc,
        "Kerangka acuan kerja ini menjadi pedoman pelaksanaan pelatihan. Perubahan jadwal akan "
        "diberitahukan kepada peserta paling lambat tujuh hari sebelum pelaksanaan.",
        align="justify",
    )
    para(doc, f"{IBUKOTA}, {tgl('2026-03-16')}", align="right", after=0)
    para(doc, "Kepala Bidang Prasarana, Sarana dan Penyuluhan,", align="right", after=30)
    para(doc, KABID_PSP, bold=True, align="right", after=0)
    para(doc, "NIP 19720315 199903 1 006", align="right", after=12)
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ minutes (DOCX)
def write_notulen(path):
    o = overall_stats()
    us = unit_stats()
    best = max(us, key=lambda u: u["jp"] / u["target"])
    worst = min(us, key=lambda u: u["jp"] / u["target"])
    top = max(roster(), key=lambda r: r["total"])
    doc = new_docx("Notulen Rapat Evaluasi Program SEMAI Semester I Tahun 2026")
    para(doc, "NOTULEN RAPAT", bold=True, size=14, align="center", after=0)
    para(doc, "EVALUASI PROGRAM SEMAI SEMESTER I TAHUN 2026", bold=True, align="center", after=0)
    para(doc, f"{DINAS.upper()} {KAB.upper()}", bold=True, align="center", after=12)
    label_table(
        doc,
        [
            ("Hari/tanggal", htgl("2026-07-09")),
            ("Waktu", "09.00-12.15 WIB (dibuka pukul 09.10 WIB)"),
            ("Tempat", "Ruang Rapat Cempaka, Lantai 2 Kantor DPKP"),
            ("Pimpinan rapat", f"{SEKDIS}, Sekretaris Dinas"),
            ("Notulis", NOTULIS),
            ("Peserta", "23 orang (daftar hadir terlampir)"),
        ],
    )
    heading(doc, "Agenda", 2)
    numbered(
        doc,
        [
            "Capaian JP semester I (posisi 30 Juni 2026)",
            "Kendala penggunaan SIPANEN",
            "Realisasi anggaran SEMAI",
            "Persiapan semester II",
        ],
    )
    heading(doc, "Pembukaan", 2)
    para(
        doc,
        "Sekretaris Dinas membuka rapat dan menyampaikan bahwa semester I adalah semester pertama "
        "penerapan target JP baru. Rapat diharapkan menghasilkan langkah konkret agar target "
        "tahunan dapat dicapai sebelum SIPANEN dikunci pada 15 Januari 2027.",
        align="justify",
    )
    heading(doc, "Pembahasan", 2)
    heading(doc, "1. Capaian JP semester I", 3)
    para(doc, f"Dipaparkan oleh {VERIF} (Verifikator JP):")
    bullets(
        doc,
        [
            f"JP yang tercatat dan terverifikasi sampai 30 Juni 2026 berjumlah {ribuan(o['jp'])} JP, "
            f"atau {koma(o['jp'] * 100 / o['target'], 1)} persen dari total target tahunan "
            f"{ribuan(o['target'])} JP.",
            f"Rata-rata capaian {koma(o['avg'], 1)} JP per pegawai; rata-rata Penyuluh Pertanian "
            f"{koma(o['avg_peny'], 1)} JP.",
            f"Sebanyak {o['nol']} pegawai ({koma(o['nol'] * 100 / N_PEG, 1)} persen) belum "
            "memiliki catatan JP sama sekali.",
            f"Sebanyak {o['tuntas']} pegawai sudah memenuhi target tahunan; capaian individu "
            f"tertinggi diraih {top['nama']} ({top['unit']}) dengan {top['total']} JP.",
            f"Capaian unit tertinggi: {best['unit']} ({koma(best['jp'] * 100 / best['target'], 1)} "
            f"persen). Capaian terendah: {worst['unit']} "
            f"({koma(worst['jp'] * 100 / worst['target'], 1)} persen), antara lain karena laporan "
            "Sekolah Lapang MT I belum diunggah.",
        ],
    )
    heading(doc, "2. Kendala SIPANEN", 3)
    para(doc, f"Dipaparkan oleh {ADMIN} (Administrator SIPANEN):")
    bullets(
        doc,
        [
            "Selama semester I helpdesk menerima 47 tiket; 19 tiket di antaranya tentang kegagalan "
            "unggah berkas karena batas ukuran 2 MB.",
            "Notifikasi WhatsApp aktif sejak 4 Mei 2026, tetapi baru 88 pegawai yang "
            "mengaktifkannya.",
            "Diusulkan batas ukuran berkas dinaikkan menjadi 5 MB.",
        ],
    )
    heading(doc, "3. Realisasi anggaran", 3)
    para(doc, f"Dipaparkan oleh {RENKEU}:")
    bullets(
        doc,
        [
            f"Realisasi sampai 30 Juni 2026 sebesar {rp(REAL_TOTAL)} atau {koma(REAL_PCT)} persen "
            f"dari pagu {rp(PAGU_TOTAL)}.",
            "Realisasi terendah pada belanja sewa gedung/aula (25 persen) karena sebagian besar "
            "pelatihan memakai aula UPTD Balai Benih tanpa biaya sewa.",
            "Pos Hadiah SEMAI Award sudah terealisasi 100 persen pada penyerahan 22 Juni 2026.",
            "Diusulkan pergeseran Rp18.000.000 dari belanja sewa aula ke uang transport pemandu "
            "Sekolah Lapang untuk MT II.",
        ],
    )
    heading(doc, "4. Persiapan semester II", 3)
    bullets(
        doc,
        [
            f"{KABID_PSP} menyampaikan tambahan kuota 6 kursi pelatihan penyuluh di balai "
            "pelatihan pertanian Kementerian untuk bulan Oktober 2026.",
            "Jumat Belajar Agustus-September direncanakan 8 sesi dengan prioritas pegawai yang "
            "belum memiliki JP.",
            "PHT Padi dan Jagung Angkatan II tetap dilaksanakan 7-11 September 2026.",
            "Sekretaris Dinas meminta BPP Bukit Sirih didampingi secara khusus.",
        ],
    )
    heading(doc, "Keputusan dan Tindak Lanjut", 2)
    docx_table(
        doc,
        ["No", "Tindak lanjut", "Penanggung jawab", "Batas waktu"],
        [
            [
                "1",
                f"Mengirim surat pengingat kepada {o['nol']} pegawai yang belum memiliki JP",
                UMPEG,
                tgl("2026-07-17"),
            ],
            [
                "2",
                "Menyusun draf Surat Edaran Kepala Dinas tentang batas unggah sertifikat semester I",
                UMPEG,
                tgl("2026-07-17"),
            ],
            [
                "3",
                "Menaikkan batas ukuran berkas unggah SIPANEN dari 2 MB menjadi 5 MB",
                ADMIN,
                tgl("2026-07-31"),
            ],
            [
                "4",
                "Mengajukan pergeseran anggaran Rp18.000.000 dari sewa aula ke transport pemandu SL",
                RENKEU,
                tgl("2026-07-24"),
            ],
            [
                "5",
                "Menyusun jadwal dan topik Jumat Belajar Agustus-September (8 sesi)",
                VERIF,
                tgl("2026-07-31"),
            ],
            [
                "6",
                "Pendampingan khusus BPP Bukit Sirih untuk unggah laporan SL dan bukti kegiatan",
                KABID_PSP,
                tgl("2026-08-07"),
            ],
            [
                "7",
                "Koordinasi nama peserta untuk 6 kursi pelatihan di balai pelatihan Kementerian",
                STAF_PSP,
                tgl("2026-08-14"),
            ],
        ],
        widths=[1, 8, 4.5, 3],
        size=9.5,
    )
    heading(doc, "Penutup", 2)
    para(
        doc,
        "Rapat evaluasi berikutnya (triwulan III) dijadwalkan "
        f"{htgl('2026-10-08')}. Rapat ditutup pukul 12.15 WIB.",
        align="justify",
    )
    docx_table(
        doc,
        ["Notulis", "Pimpinan rapat"],
        [[f"\n\n{NOTULIS}", f"\n\n{SEKDIS}"]],
        widths=[8, 8],
    )
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ SIPANEN guide (DOCX)
def write_panduan(path):
    doc = new_docx("Panduan Pengguna SIPANEN untuk Pegawai Versi 2.1")
    para(doc, "PANDUAN PENGGUNA SIPANEN", bold=True, size=16, align="center", after=0)
    para(doc, SISTEM_LONG, italic=True, align="center", after=0)
    para(doc, f"Untuk Pegawai - Versi 2.1 - {tgl('2026-08-03')}", align="center", after=12)
    para(
        doc,
        f"Disusun oleh Tim Pengelola SEMAI, {DINAS} {KAB}. Panduan ini menggantikan Versi 2.0 "
        f"tanggal {tgl('2026-02-02')}. {FIKTIF}",
        italic=True,
        size=10,
    )
    heading(doc, "Perubahan pada Versi 2.1", 1)
    docx_table(
        doc,
        ["Bagian", "Versi 2.0", "Versi 2.1"],
        [
            ["Ukuran maksimal berkas unggah", "2 MB", "5 MB"],
            ["Notifikasi", "Hanya surel", "Surel dan WhatsApp"],
            ["Batas usulan dalam RPK", "5 kegiatan", "6 kegiatan"],
            ["Masa berlaku kode OTP", "5 menit", "10 menit"],
        ],
        widths=[6, 4.5, 4.5],
    )
    heading(doc, "1. Mengakses SIPANEN", 1)
    numbered(
        doc,
        [
            (
                f"Buka alamat {URL_SIPANEN} melalui peramban.",
                [
                    "Gunakan Google Chrome atau Mozilla Firefox versi terbaru.",
                    "SIPANEN dapat dibuka dari ponsel, tetapi unggah berkas sebaiknya dari laptop.",
                ],
            ),
            (
                "Masuk dengan nama pengguna dan kata sandi.",
                [
                    "Nama pengguna adalah NIP 18 digit tanpa spasi; bagi PPPK digunakan NI PPPK.",
                    (
                        "Kata sandi awal adalah tanggal lahir dengan format ddmmyyyy.",
                        [
                            "Kata sandi awal wajib diganti saat pertama kali masuk.",
                            "Kata sandi baru paling sedikit 8 karakter dan memuat huruf dan angka.",
                        ],
                    ),
                    "Akun terkunci setelah 5 kali salah memasukkan kata sandi.",
                ],
            ),
            (
                "Jika lupa kata sandi, klik tautan Lupa Kata Sandi.",
                [
                    "Kode OTP dikirim ke surel dinas pegawai dan berlaku 10 menit.",
                    "Akun yang terkunci hanya dapat dibuka oleh helpdesk SIPANEN.",
                ],
            ),
        ],
    )
    heading(doc, "2. Mengisi Rencana Pengembangan Kompetensi (RPK)", 1)
    numbered(
        doc,
        [
            "Pilih menu Perencanaan, lalu submenu RPK 2026.",
            (
                "Klik Tambah Usulan dan pilih kegiatan.",
                [
                    "Kegiatan dapat dipilih dari katalog (kode SM-...) atau diketik sebagai "
                    "kegiatan di luar katalog.",
                    "Paling banyak 6 usulan kegiatan per pegawai.",
                    "Jumlah perkiraan JP harus sama dengan atau lebih dari target JP Anda.",
                ],
            ),
            "Isi kesenjangan kompetensi yang ingin ditutup dan perkiraan biaya.",
            (
                "Klik Kirim ke Atasan.",
                [
                    "Status berubah menjadi Menunggu Persetujuan.",
                    "RPK yang sudah dikirim tidak dapat diubah, kecuali pada jendela revisi 1-15 Juli.",
                ],
            ),
        ],
    )
    heading(doc, "3. Mendaftar Pelatihan", 1)
    numbered(
        doc,
        [
            "Buka menu Katalog dan pilih pelatihan yang dibuka pendaftarannya.",
            (
                "Klik Daftar, lalu tunggu persetujuan.",
                [
                    "Pegawai Sekretariat, bidang, dan UPTD: persetujuan atasan langsung.",
                    "Penyuluh Pertanian: persetujuan Kepala BPP, lalu Koordinator Penyuluh.",
                ],
            ),
            "Pendaftaran ditutup otomatis 10 hari kalender sebelum pelatihan dimulai.",
        ],
    )
    heading(doc, "4. Mengunggah Sertifikat dan Bukti Kegiatan", 1)
    numbered(
        doc,
        [
            "Pilih menu Riwayat, lalu klik Tambah Kegiatan.",
            (
                "Isi data kegiatan.",
                [
                    "Nama kegiatan dan penyelenggara sesuai sertifikat.",
                    "Tanggal mulai dan tanggal selesai.",
                    "Jumlah JP sesuai sertifikat; jika sertifikat hanya mencantumkan jam, "
                    "konversikan dengan 1 JP = 45 menit.",
                ],
            ),
            (
                "Unggah berkas bukti.",
                [
                    "Format PDF, ukuran paling besar 5 MB (sebelumnya 2 MB).",
                    (
                        "Nama berkas mengikuti pola NIP_KodeKegiatan_Tanggal.pdf.",
                        ["Contoh: 198704122010012005_SM-T02_20260227.pdf"],
                    ),
                ],
            ),
            "Klik Ajukan. Batas unggah 7 hari kerja setelah kegiatan berakhir.",
        ],
    )
    heading(doc, "5. Mengajukan Pengakuan JP Kegiatan Nonklasikal (F-03)", 1)
    numbered(
        doc,
        [
            "Pilih menu Riwayat, lalu Tambah Kegiatan Nonklasikal.",
            (
                "Pilih jenis kegiatan.",
                [
                    "Pemandu Sekolah Lapang: lampirkan surat tugas, daftar hadir petani, dan "
                    "laporan akhir SL.",
                    "Coaching atau mentoring: lampirkan catatan sesi yang ditandatangani coach.",
                    "Narasumber internal: lampirkan surat permintaan dan bahan paparan.",
                ],
            ),
            "Sistem mengisi Formulir F-03 secara otomatis; periksa lalu klik Ajukan.",
        ],
    )
    heading(doc, "6. Memantau Status Verifikasi", 1)
    docx_table(
        doc,
        ["Status", "Warna label", "Arti"],
        [
            ["Draf", "Abu-abu", "Belum diajukan; masih dapat diubah"],
            ["Diajukan", "Biru", "Menunggu pemeriksaan verifikator (paling lama 5 hari kerja)"],
            ["Diverifikasi", "Hijau", "JP diakui dan masuk rekap"],
            ["Dikembalikan", "Kuning", "Perlu perbaikan dalam 5 hari kerja"],
            ["Ditolak", "Merah", "Tidak diakui; alasan tercantum pada catatan verifikator"],
        ],
        widths=[3.5, 3, 9],
    )
    heading(doc, "7. Mengaktifkan Notifikasi WhatsApp", 1)
    numbered(
        doc,
        [
            "Buka menu Profil, lalu submenu Notifikasi.",
            (
                "Isi nomor WhatsApp aktif dan klik Kirim Kode.",
                ["Kode verifikasi 6 digit dikirim ke WhatsApp Anda."],
            ),
            "Masukkan kode, lalu klik Aktifkan.",
        ],
    )
    heading(doc, "8. Bantuan", 1)
    bullets(
        doc,
        [
            f"Helpdesk WhatsApp {WA_HELP} (pesan teks).",
            f"Telepon {TELP} ext. 214 pada jam kerja.",
            "Sebutkan NIP, nama, dan kode galat yang muncul di layar.",
        ],
    )
    doc.save(path)


# ============================================================================ workbook (XLSX)
def write_xlsx(path):
    import xlsxwriter

    rows = roster()
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Rekap JP SEMAI 2026 (posisi 30 Juni 2026)",
            "author": f"{DINAS} {KAB}",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13})
    ital = wb.add_format({"italic": True, "font_color": "#555555"})
    hdr = wb.add_format(
        {"bold": True, "bg_color": "#DCEBD7", "border": 1, "text_wrap": True, "valign": "top"}
    )
    cell = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "align": "center"})
    pct = wb.add_format({"border": 1, "align": "center", "num_format": "0.0"})
    tot = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    totn = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "align": "center"})
    totp = wb.add_format(
        {"bold": True, "border": 1, "bg_color": "#F2F2F2", "align": "center", "num_format": "0.0"}
    )

    # ---------------------------------------------------------------- Ringkasan
    ws = wb.add_worksheet("Ringkasan")
    ws.write(0, 0, "Rekap Capaian JP Program SEMAI per Unit Kerja", title)
    ws.write(1, 0, f"{DINAS} {KAB} - posisi data 30 Juni 2026 (sumber: SIPANEN)", ital)
    head = [
        "No",
        "Unit kerja",
        "Jumlah pegawai",
        "PNS",
        "PPPK",
        "Target JP setahun",
        "JP tercapai s.d. 30 Juni",
        "Capaian (%)",
        "Pegawai belum ada JP",
    ]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    us = unit_stats()
    R = "'Rekap JP Pegawai'"
    n = len(rows)
    last = 4 + n
    for i, u in enumerate(us):
        r = 4 + i
        xr = r + 1
        ws.write_number(r, 0, i + 1, num)
        ws.write_string(r, 1, u["unit"], cell)
        ws.write_formula(r, 2, f"=COUNTIF({R}!$F$5:$F${last},B{xr})", num, u["n"])
        ws.write_formula(
            r, 3, f'=COUNTIFS({R}!$F$5:$F${last},B{xr},{R}!$D$5:$D${last},"PNS")', num, u["pns"]
        )
        ws.write_formula(
            r, 4, f'=COUNTIFS({R}!$F$5:$F${last},B{xr},{R}!$D$5:$D${last},"PPPK")', num, u["pppk"]
        )
        ws.write_formula(
            r, 5, f"=SUMIF({R}!$F$5:$F${last},B{xr},{R}!$G$5:$G${last})", num, u["target"]
        )
        ws.write_formula(r, 6, f"=SUMIF({R}!$F$5:$F${last},B{xr},{R}!$J$5:$J${last})", num, u["jp"])
        ws.write_formula(
            r, 7, f"=ROUND(G{xr}/F{xr}*100,1)", pct, round(u["jp"] * 100 / u["target"], 1)
        )
        ws.write_formula(
            r, 8, f"=COUNTIFS({R}!$F$5:$F${last},B{xr},{R}!$J$5:$J${last},0)", num, u["nol"]
        )
    tr = 4 + len(us)
    o = overall_stats()
    ws.write(tr, 0, "", tot)
    ws.write(tr, 1, "JUMLAH", tot)
    for j, key in ((2, "n"), (3, "pns"), (4, "pppk"), (5, "target"), (6, "jp"), (8, "nol")):
        col = "ABCDEFGHI"[j]
        ws.write_formula(tr, j, f"=SUM({col}5:{col}{tr})", totn, sum(u[key] for u in us))
    ws.write_formula(
        tr, 7, f"=ROUND(G{tr + 1}/F{tr + 1}*100,1)", totp, round(o["jp"] * 100 / o["target"], 1)
    )
    ws.write(tr + 2, 1, "Catatan:", wb.add_format({"bold": True}))
    ws.write(
        tr + 3,
        1,
        f"Target: PNS {JP_PNS} JP, PPPK {JP_PPPK} JP, Penyuluh Pertanian {JP_PENYULUH} JP "
        "(Perkadis Nomor 2 Tahun 2026); pegawai baru memakai target prorata.",
    )
    ws.write(tr + 4, 1, "JP yang dihitung hanya JP berstatus Diverifikasi di SIPANEN.")
    ws.write(tr + 5, 1, FIKTIF)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 42)
    ws.set_column(2, 8, 13)
    ws.freeze_panes(4, 2)

    # ---------------------------------------------------------------- Rekap JP Pegawai
    ws = wb.add_worksheet("Rekap JP Pegawai")
    ws.write(0, 0, "Rekap JP Pegawai Semester I Tahun 2026", title)
    ws.write(1, 0, "NIP/NI PPPK disamarkan (6 digit tengah). Posisi 30 Juni 2026.", ital)
    head = [
        "No",
        "NIP (disamarkan)",
        "Nama",
        "Status",
        "Jabatan",
        "Unit kerja",
        "Target JP 2026",
        "JP klasikal",
        "JP nonklasikal",
        "Total JP",
        "Capaian (%)",
        "Keterangan",
    ]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    for i, r in enumerate(rows):
        x = 4 + i
        xr = x + 1
        ws.write_number(x, 0, r["no"], num)
        ws.write_string(x, 1, r["nip"], cell)
        ws.write_string(x, 2, r["nama"], cell)
        ws.write_string(x, 3, r["status"], num)
        ws.write_string(x, 4, r["jabatan"], cell)
        ws.write_string(x, 5, r["unit"], cell)
        ws.write_number(x, 6, r["target"], num)
        ws.write_number(x, 7, r["kl"], num)
        ws.write_number(x, 8, r["nk"], num)
        ws.write_formula(x, 9, f"=H{xr}+I{xr}", num, r["total"])
        ws.write_formula(
            x, 10, f"=ROUND(J{xr}/G{xr}*100,0)", num, round(r["total"] * 100 / r["target"])
        )
        ws.write_string(x, 11, r["ket"], cell)
    ws.autofilter(3, 0, 3 + n, 11)
    ws.freeze_panes(4, 3)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 20)
    ws.set_column(2, 2, 34)
    ws.set_column(3, 3, 8)
    ws.set_column(4, 4, 40)
    ws.set_column(5, 5, 38)
    ws.set_column(6, 10, 11)
    ws.set_column(11, 11, 36)

    # ---------------------------------------------------------------- Kuota Pelatihan
    ws = wb.add_worksheet("Kuota Pelatihan")
    ws.write(0, 0, "Kuota Peserta Pelatihan Prioritas SEMAI 2026 per Unit Kerja", title)
    ws.write(
        1, 0, "Jumlah kursi untuk satu tahun anggaran; penyuluh dihitung gabungan 9 BPP.", ital
    )
    head = ["Kode", "Nama pelatihan", *QUOTA_COLS, "Total"]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    ncol = len(QUOTA_COLS)
    lastcol = "ABCDEFGHIJ"[1 + ncol]
    for i, (code, name, vals) in enumerate(QUOTA):
        x = 4 + i
        ws.write_string(x, 0, code, cell)
        ws.write_string(x, 1, name, cell)
        for j, v in enumerate(vals):
            ws.write_number(x, 2 + j, v, num)
        ws.write_formula(x, 2 + ncol, f"=SUM(C{x + 1}:{lastcol}{x + 1})", totn, sum(vals))
    tr = 4 + len(QUOTA)
    ws.write(tr, 0, "", tot)
    ws.write(tr, 1, "Total per unit", tot)
    for j in range(ncol + 1):
        col = "ABCDEFGHIJ"[2 + j]
        val = sum(q[2][j] for q in QUOTA) if j < ncol else sum(sum(q[2]) for q in QUOTA)
        ws.write_formula(tr, 2 + j, f"=SUM({col}5:{col}{tr})", totn, val)
    ws.set_column(0, 0, 9)
    ws.set_column(1, 1, 46)
    ws.set_column(2, 2 + ncol, 12)

    # ---------------------------------------------------------------- Keterangan
    ws = wb.add_worksheet("Keterangan")
    notes = [
        "Keterangan berkas Rekap JP SEMAI 2026",
        "",
        "Sumber data: ekspor SIPANEN tanggal 1 Juli 2026 pukul 07.00 WIB.",
        "Disusun oleh: " + VERIF + " (Verifikator JP); diperiksa oleh " + UMPEG,
        "Posisi data: 30 Juni 2026 (semester I).",
        "Total JP = JP klasikal + JP nonklasikal yang berstatus Diverifikasi.",
        "Capaian (%) = Total JP dibagi Target JP 2026 dikali 100.",
        "JP pemandu Sekolah Lapang dihitung paling banyak 16 JP per musim tanam.",
        "Pegawai dengan TMT setelah 1 Januari 2026 memakai target prorata.",
        "Lembar Kuota Pelatihan memuat pelatihan prioritas saja; kuota lengkap ada di Pedoman SEMAI.",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t, title if i == 0 else None)
    ws.set_column(0, 0, 100)
    wb.close()


# ============================================================================ CSV
def sl_csv():
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writerow(
        [
            "No",
            "Musim Tanam",
            "Kecamatan",
            "BPP",
            "Jenis SL",
            "Komoditas",
            "Kelompok Tani",
            "Pemandu",
            "Tanggal Mulai",
            "Hari Pertemuan",
            "Jumlah Pertemuan",
            "Pukul (WIB)",
            "Jumlah Peserta",
            "Lokasi Lahan",
        ]
    )
    for i, (mt, kec, jenis, kom, kel, pem, mulai, n, pukul, pes, lok) in enumerate(SL, 1):
        w.writerow(
            [
                i,
                mt,
                kec,
                f"BPP {kec}",
                jenis,
                kom,
                kel,
                pem,
                tgl(mulai),
                hari(mulai),
                n,
                pukul,
                pes,
                lok,
            ]
        )
    w.writerow(["", "Keterangan", "", "", "", "", "", FIKTIF, "", "", "", "", "", ""])
    w.writerow(
        [
            "",
            "Singkatan",
            "",
            "",
            "",
            "",
            "",
            "SL-PHT = SL Pengendalian Hama Terpadu; SLI = SL Iklim; SL-PO = SL Pertanian Organik; "
            "SL-P2L = SL Pekarangan Pangan Lestari",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    return buf.getvalue()


def anggaran_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(
        [
            "No",
            "Kode Rekening",
            "Uraian Belanja",
            "Pagu (Rp)",
            "Realisasi s.d. 30 Juni 2026 (Rp)",
            "Persentase (%)",
            "Sisa Anggaran (Rp)",
            "Keterangan",
        ]
    )
    for i, (kode, ur, pagu, real, ket) in enumerate(ANGGARAN, 1):
        w.writerow(
            [
                i,
                kode,
                ur,
                ribuan(pagu),
                ribuan(real),
                koma(real * 100 / pagu),
                ribuan(pagu - real),
                ket,
            ]
        )
    w.writerow(
        [
            "",
            "",
            "JUMLAH",
            ribuan(PAGU_TOTAL),
            ribuan(REAL_TOTAL),
            koma(REAL_PCT),
            ribuan(PAGU_TOTAL - REAL_TOTAL),
            "Program SEMAI, DPA DPKP 2026",
        ]
    )
    w.writerow(["", "", "Disusun oleh Subbagian Perencanaan dan Keuangan", "", "", "", "", FIKTIF])
    return buf.getvalue()


# ============================================================================ HTML
NAV = """<header class="site-header">
  <a class="skip" href="#konten">Lewati ke konten</a>
  <div class="brand"><img src="/assets/logo-padang-lamun.png" alt="Logo Kabupaten Padang Lamun">
    <span>Dinas Pertanian dan Ketahanan Pangan<br><small>Kabupaten Padang Lamun</small></span></div>
  <nav aria-label="Menu utama">
    <ul>
      <li><a href="/">Beranda</a></li>
      <li><a href="/profil">Profil</a></li>
      <li><a href="/berita">Berita</a></li>
      <li><a href="/layanan">Layanan</a></li>
      <li><a href="/semai">Program SEMAI</a></li>
      <li><a href="https://sipanen.padanglamunkab.go.id">SIPANEN</a></li>
      <li><a href="/ppid">PPID</a></li>
      <li><a href="/kontak">Kontak</a></li>
    </ul>
  </nav>
  <form class="search" action="/cari"><input type="search" name="q" placeholder="Cari..."><button>Cari</button></form>
</header>"""

FOOT = f"""<footer class="site-footer">
  <p>{DINAS} {KAB}<br>{ALAMAT}<br>Telepon {TELP} &middot; Surel {EMAIL}</p>
  <p>Jam kerja kantor: Senin-Kamis 07.30-16.00 WIB, Jumat 07.30-16.30 WIB</p>
  <p>&copy; 2026 DPKP Kabupaten Padang Lamun. {FIKTIF}</p>
</footer>"""


def magang_list():
    """Angkatan II magang: 12 lulus (TPH 2, UPTD 3, penyuluh 7) and 3 cadangan."""
    rows = roster()
    keys = {k[0] for k in KEY_PEOPLE}

    def pick(unit, n, skip=()):
        return [
            r for r in rows if r["unit"] == unit and r["nama"] not in keys and r["nama"] not in skip
        ][:n]

    lulus = []
    lulus += pick("Bidang Tanaman Pangan dan Hortikultura", 2)
    lulus += pick("UPTD Balai Benih", 3)
    lulus += [r for r in rows if r["nama"] == "Ahmad Fauzan, A.Md.P."]
    for k in (
        "Lamun Hilir",
        "Sungai Padi",
        "Batang Seruyan",
        "Tanjung Gadang",
        "Bukit Sirih",
        "Lamun Hulu",
    ):
        lulus += pick(f"BPP {k}", 1)
    used = {r["nama"] for r in lulus}
    cad = (
        pick("BPP Air Kumbang", 1, used)
        + pick("BPP Koto Ranah", 1, used)
        + pick("BPP Pasir Lebar", 1, used)
    )
    return lulus, cad


def pengumuman_html():
    lulus, cad = magang_list()
    trs = []
    for i, r in enumerate(lulus + cad, 1):
        status = "Lulus" if i <= len(lulus) else f"Cadangan {i - len(lulus)}"
        trs.append(
            f"        <tr><td>{i}</td><td>{r['nama']}</td><td>{r['nip']}</td>"
            f"<td>{r['unit']}</td><td>{status}</td></tr>"
        )
    rows = "\n".join(trs)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Pengumuman Hasil Seleksi Magang Teknologi Perbenihan Angkatan II 2026 - DPKP Kabupaten Padang Lamun</title>
<meta name="description" content="Hasil seleksi peserta magang di UPTD Balai Benih. {FIKTIF}">
<style>
body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
.site-header nav ul {{ list-style: none; display: flex; gap: 1em; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 4px 8px; }}
</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
{NAV}
<nav class="breadcrumb" aria-label="Remah roti"><a href="/">Beranda</a> &rsaquo; <a href="/berita">Berita</a> &rsaquo; Pengumuman</nav>
<div class="layout">
<main id="konten">
  <article>
    <h1>Pengumuman Hasil Seleksi Peserta Magang Teknologi Perbenihan Angkatan II Tahun 2026</h1>
    <p class="meta">Diterbitkan {htgl("2026-07-13")} pukul 15.30 WIB oleh Admin SEMAI &middot; Kategori: Program SEMAI</p>
    <p>Berdasarkan hasil seleksi administrasi pada 6-7 Juli 2026 dan wawancara pada 8-9 Juli 2026
    oleh UPTD Balai Benih, dari 27 pendaftar ditetapkan 12 peserta yang lulus dan 3 peserta
    cadangan untuk Magang Teknologi Perbenihan (kode SM-T03) Angkatan II Tahun 2026.</p>
    <h2>Daftar peserta</h2>
    <table>
      <thead>
        <tr><th>No</th><th>Nama</th><th>NIP (disamarkan)</th><th>Unit kerja</th><th>Status</th></tr>
      </thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <h2>Ketentuan bagi peserta</h2>
    <ol>
      <li>Peserta yang lulus wajib melakukan daftar ulang melalui SIPANEN (menu Katalog &rsaquo; Magang &rsaquo;
      Konfirmasi) paling lambat {htgl("2026-07-16")} pukul 12.00 WIB.</li>
      <li>Peserta yang tidak melakukan daftar ulang dianggap mengundurkan diri dan digantikan oleh
      peserta cadangan sesuai urutan.</li>
      <li>Magang dilaksanakan {htgl("2026-07-20")} sampai dengan {htgl("2026-07-24")}, pukul 07.30-15.00 WIB,
      di UPTD Balai Benih, Jl. Raya Sungai Padi Km 7, Kecamatan Sungai Padi.</li>
      <li>Peserta yang hadir penuh lima hari memperoleh sertifikat 30 JP. Peserta yang tidak hadir penuh
      tidak memperoleh JP magang.</li>
      <li>Peserta membawa sepatu bot, topi lapangan, pakaian kerja lapangan, dan alat tulis. Laptop tidak wajib.</li>
      <li>Makan siang disediakan panitia. Penginapan tidak disediakan; peserta dari BPP yang jauh dapat
      mengajukan biaya perjalanan dinas dalam daerah melalui atasan langsung.</li>
    </ol>
    <h2>Informasi</h2>
    <dl>
      <dt>Koordinator magang</dt><dd>{KA_UPTD}, Kepala UPTD Balai Benih</dd>
      <dt>Nomor kontak</dt><dd>0821-7034-5512 (WhatsApp, jam kerja)</dd>
      <dt>Angkatan berikutnya</dt><dd>Magang Angkatan I Tahun 2027 dibuka Maret 2027</dd>
    </dl>
    <p><small>{FIKTIF}</small></p>
  </article>
</main>
<aside class="sidebar">
  <h3>Berita terkait</h3>
  <ul>
    <li><a href="/berita/b2sa-2026">Pelatihan Pengolahan Pangan Lokal B2SA 14-16 Juli 2026</a></li>
    <li><a href="/berita/magang-angkatan-i-2026">Hasil Seleksi Magang Angkatan I 2026</a></li>
    <li><a href="/berita/semai-award-2025">Pemenang SEMAI Award 2025</a></li>
  </ul>
  <h3>Tautan</h3>
  <ul><li><a href="/semai/pedoman">Unduh Pedoman SEMAI 2026</a></li><li><a href="/semai/faq">FAQ SEMAI</a></li></ul>
</aside>
</div>
{FOOT}
</body>
</html>
"""


def helpdesk_html():
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Layanan Bantuan SIPANEN - DPKP Kabupaten Padang Lamun</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; }}
dt {{ font-weight: bold; margin-top: .6em; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 4px 8px; }}
</style>
</head>
<body>
{NAV}
<nav class="breadcrumb"><a href="/">Beranda</a> &rsaquo; <a href="/layanan">Layanan</a> &rsaquo; Helpdesk SIPANEN</nav>
<main id="konten">
  <h1>Layanan Bantuan (Helpdesk) SIPANEN</h1>
  <p class="meta">Terakhir diperbarui {tgl("2026-08-05")}</p>
  <p>Helpdesk melayani pertanyaan dan kendala pegawai DPKP dalam menggunakan {SISTEM}
  ({SISTEM_LONG}) serta pertanyaan seputar Program {PROGRAM}.</p>

  <h2>Kanal dan jam layanan</h2>
  <dl>
    <dt>Jam layanan</dt>
    <dd>Senin-Kamis pukul 08.00-15.30 WIB; Jumat pukul 08.00-11.30 WIB. Sabtu, Minggu, dan hari libur nasional tutup.</dd>
    <dt>WhatsApp helpdesk</dt>
    <dd>{WA_HELP} (khusus pesan teks; tidak menerima panggilan suara atau video)</dd>
    <dt>Telepon</dt>
    <dd>{TELP} ext. 214</dd>
    <dt>Surel</dt>
    <dd>{EMAIL}</dd>
    <dt>Layanan tatap muka</dt>
    <dd>Ruang Subbagian Umum dan Kepegawaian, Lantai 2 Kantor DPKP, {ALAMAT}</dd>
    <dt>Waktu tanggap</dt>
    <dd>Setiap pesan dijawab paling lambat 1 x 24 jam pada hari kerja.</dd>
    <dt>Eskalasi</dt>
    <dd>Jika dalam 2 hari kerja belum ada tanggapan, hubungi Ketua Tim Pengelola SEMAI, {UMPEG}, ext. 211.</dd>
  </dl>

  <h2>Petugas menurut jenis pertanyaan</h2>
  <table>
    <thead><tr><th>Jenis pertanyaan</th><th>Petugas</th><th>Kontak</th></tr></thead>
    <tbody>
      <tr><td>Akun, kata sandi, akun terkunci</td><td>{ADMIN}</td><td>WhatsApp helpdesk / ext. 214</td></tr>
      <tr><td>Verifikasi JP, Formulir F-03 dan F-04</td><td>{VERIF}</td><td>ext. 212</td></tr>
      <tr><td>Bantuan biaya pelatihan mandiri (F-02) dan uang transport</td><td>{RENKEU}</td><td>ext. 221</td></tr>
      <tr><td>Sekolah Lapang dan pelatihan penyuluh</td><td>{STAF_PSP}</td><td>0812-6645-1093</td></tr>
      <tr><td>Magang di UPTD Balai Benih</td><td>{KA_UPTD}</td><td>0821-7034-5512</td></tr>
    </tbody>
  </table>

  <h2>Sebelum menghubungi helpdesk</h2>
  <ul>
    <li>Siapkan NIP atau NI PPPK dan nama lengkap.</li>
    <li>Ambil tangkapan layar pesan galat.</li>
    <li>Tulis pesan WhatsApp dengan format: <code>HELP#NIP#kode galat#uraian singkat</code>.</li>
  </ul>

  <h2>Arti kode galat</h2>
  <dl class="galat">
    <dt>E-101</dt><dd>NIP atau NI PPPK tidak terdaftar. Kirim foto SK pengangkatan ke helpdesk.</dd>
    <dt>E-204</dt><dd>Ukuran berkas melebihi batas 5 MB. Kompres berkas PDF lalu unggah ulang.</dd>
    <dt>E-305</dt><dd>Sesi berakhir karena tidak ada aktivitas selama 30 menit. Silakan masuk kembali.</dd>
    <dt>E-402</dt><dd>Format berkas tidak didukung. Hanya berkas PDF yang diterima.</dd>
    <dt>E-503</dt><dd>Periode pengisian sudah ditutup, misalnya RPK setelah 28 Februari. Hubungi Ketua Tim Pengelola SEMAI.</dd>
  </dl>

  <h2>Pemeliharaan sistem</h2>
  <p>Pemeliharaan rutin dilakukan setiap Sabtu pada minggu terakhir setiap bulan pukul 20.00-23.00 WIB.
  Selama pemeliharaan SIPANEN tidak dapat diakses. Pemeliharaan di luar jadwal diumumkan melalui grup
  WhatsApp resmi SEMAI.</p>
  <p><small>{FIKTIF}</small></p>
</main>
{FOOT}
</body>
</html>
"""


# ============================================================================ Markdown
FAQ_MD = f"""# FAQ Program SEMAI 2026

*{DINAS} {KAB} - diperbarui 16 Maret 2026*

> Jawaban di bawah mengikuti Perkadis Nomor 5 Tahun 2023 sebagaimana diubah dengan Perkadis
> Nomor 2 Tahun 2026 dan Pedoman SEMAI 2026. {FIKTIF}

## A. Target JP

### Apakah THL-TBPP juga wajib memenuhi target JP?

Tidak. THL-TBPP bukan ASN sehingga tidak dikenai target JP dan tidak dicatat di SIPANEN.
THL-TBPP tetap boleh ikut Rembug Tani Aparatur dan Jumat Belajar.

### Saya diangkat PPPK (bukan penyuluh) per 1 Juli 2026. Berapa target saya?

Target dihitung prorata: 18 JP x 6/12 = 9 JP untuk tahun 2026.

### Apakah Kepala BPP memakai target PNS atau target penyuluh?

Kepala BPP yang berasal dari jabatan fungsional Penyuluh Pertanian tetap memakai target
penyuluh, yaitu 40 JP.

### Apakah kelebihan JP tahun ini bisa dipakai tahun depan?

Tidak bisa. JP tidak dapat dialihkan ke tahun berikutnya.

## B. Pengakuan JP

### Apakah webinar dua hari bisa diakui penuh?

Webinar, seminar, dan lokakarya diakui paling banyak 4 JP per kegiatan, berapa pun durasinya.

### Apakah sesi coaching dengan atasan dihitung JP?

Ya, jika terjadwal dan dicatat di SIPANEN:

- 1 sesi minimal 90 menit = 2 JP
- paling banyak 12 JP per tahun
- percakapan informal tidak dihitung

### Apakah pelatihan di hari Sabtu diakui?

Diakui, sepanjang ada surat tugas atau persetujuan atasan langsung dan sertifikatnya sah.

### Apakah JP Pelatihan Dasar CPNS dihitung?

Ya. CPNS tidak dikenai target terpisah dan JP Pelatihan Dasar diakui seluruhnya.

### Pelatihan saya selesai 23 Januari 2026. Batas unggahnya ikut aturan mana?

Ikut aturan lama (Perkadis Nomor 5 Tahun 2023), karena kegiatan selesai sebelum 1 Februari
2026: sertifikat paling lambat 14 hari kalender dan LRP 30 hari kalender.

## C. Pembiayaan

### Apakah pelatihan berbayar yang saya ikuti sendiri bisa diganti?

Bisa melalui bantuan biaya pelatihan mandiri, paling banyak Rp3.000.000 per orang per tahun:

1. pelatihan harus tercantum dalam RPK;
2. ajukan Formulir F-02 paling lambat 14 hari kalender sebelum pelatihan;
3. bantuan dibayar setelah sertifikat dan LRP diverifikasi.

### Apakah biaya hotel ikut diganti?

Tidak. Bantuan hanya untuk biaya pendaftaran atau kontribusi pelatihan; transportasi,
akomodasi, dan uang harian tidak termasuk.

## D. SIPANEN

### Berapa lama verifikasi JP?

Paling lama 5 hari kerja sejak bukti diajukan. Jika dikembalikan, perbaiki dalam 5 hari kerja.

### Siapa yang menandatangani sertifikat pelatihan internal DPKP?

Sekretaris Dinas atas nama Kepala Dinas.

### Apakah data saya di SIKOMTAN hilang?

Tidak. Seluruh data SIKOMTAN dipindahkan ke SIPANEN paling lambat 31 Maret 2026.

---
Pertanyaan lain: WhatsApp helpdesk {WA_HELP} atau surel {EMAIL}.
"""

LRP_MD = f"""# Panduan Penyusunan Laporan Refleksi Pascapelatihan (LRP)

Program SEMAI - {DINAS} {KAB}
Versi Maret 2026. {FIKTIF}

## 1. Siapa yang wajib menyusun LRP?

Setiap pegawai yang mengikuti pelatihan dengan durasi **8 JP atau lebih**. Kegiatan di bawah
8 JP tidak memerlukan LRP, misalnya:

- webinar dan seminar;
- Jumat Belajar;
- Rembug Tani Aparatur.

Pemandu Sekolah Lapang tidak menyusun LRP, melainkan laporan akhir Sekolah Lapang yang
dilampirkan pada Formulir F-03.

## 2. Batas waktu

LRP diunggah ke SIPANEN (menu **Laporan > LRP**) paling lambat **10 hari kerja** setelah hari
terakhir pelatihan. Hari Sabtu, Minggu, libur nasional, dan cuti bersama tidak dihitung.

| Pelatihan berakhir | Batas unggah LRP | Catatan |
|---|---|---|
| Jumat, 17 April 2026 | Senin, 4 Mei 2026 | 1 Mei (Hari Buruh) tidak dihitung |
| Kamis, 16 Juli 2026 | Kamis, 30 Juli 2026 | - |
| Jumat, 7 Agustus 2026 | Senin, 24 Agustus 2026 | 17 Agustus tidak dihitung |

## 3. Susunan LRP

| Bagian | Isi | Panjang |
|---|---|---|
| A. Identitas | Nama, NIP, unit kerja, nama dan kode pelatihan, tanggal | 1/2 halaman |
| B. Ringkasan materi | Pokok materi yang paling relevan dengan tugas | paling banyak 1 halaman |
| C. Refleksi pembelajaran | Apa yang baru dipelajari dan apa yang ingin diubah | 1-2 halaman |
| D. Rencana penerapan | Paling sedikit 2 kegiatan dengan target terukur dalam 3 bulan | 1 halaman |
| E. Dukungan yang diperlukan | Dukungan atasan, sarana, atau anggaran | 1/2 halaman |
| F. Persetujuan atasan | Tanda tangan atasan langsung | - |

Ketentuan format:

1. Panjang seluruh LRP 3 sampai 6 halaman.
2. Huruf Arial 11, spasi 1,15, kertas A4.
3. Berkas PDF dengan nama `LRP_NIP_KodePelatihan.pdf`, ukuran paling besar 5 MB.

## 4. Penilaian

LRP dinilai atasan langsung, lalu diperiksa Verifikator JP.

| Aspek | Bobot |
|---|---|
| Kesesuaian rencana penerapan dengan tugas | 30% |
| Kedalaman refleksi | 25% |
| Keterukuran target | 25% |
| Kelengkapan dan ketepatan waktu | 20% |

- Nilai paling rendah untuk dinyatakan **Baik** adalah **70**.
- LRP dengan nilai di bawah 70 dikembalikan untuk direvisi **satu kali** dalam 5 hari kerja.
  - Jika revisi tetap di bawah 70, JP pelatihan tetap diakui tetapi pegawai tidak dapat
    diusulkan untuk SEMAI Award tahun berjalan.
- Tiga bulan kemudian atasan menilai penerapan rencana (skala 1-4).

## 5. Contoh rencana penerapan yang baik

| Kegiatan | Target | Waktu |
|---|---|---|
| Pengamatan OPT mingguan bersama Poktan | 12 kali pengamatan tercatat | Agustus-Oktober |
| Menyusun kalender tanam berbasis data iklim | 1 kalender untuk 2 desa | September |

Pertanyaan tentang LRP dapat disampaikan kepada {VERIF}, Verifikator JP (ext. 212).
"""


# ============================================================================ plain text
def _capaian_dinas():
    o = overall_stats()
    return koma(o["jp"] * 100 / o["target"], 1)


WA_TXT = """13/07/26 07.12 - Hendri Gunawan PSP: Selamat pagi bpk/ibu penyuluh 🙏 info bimtek Penyuluhan Digital & Medsos (SM-T14) daring hari Selasa 21/7 jam 09.00 WIB ya. Link nyusul
13/07/26 07.15 - Rudi Hartono BPP Air Kumbang: Siap pak 👍
13/07/26 07.20 - Sri Wahyuni BPP Koto Ranah: izin tanya pak, bimtek ini dihitung brp JP?
13/07/26 07.31 - Hendri Gunawan PSP: 16 JP bu, 2 hari. masuk JP teknis penyuluhan jg 👌
13/07/26 08.02 - Ahmad Fauzan BPP Pasir Lebar: pak magang perbenihan angk. II msh bs daftar gk?
13/07/26 08.10 - Hendri Gunawan PSP: udh tutup dik, hasil seleksi diumumin sore ini di web dinas. kuotanya 12 org
13/07/26 15.40 - Hendri Gunawan PSP: <Media tidak disertakan>
13/07/26 15.41 - Hendri Gunawan PSP: pengumuman magang sdh tayang ya. yg lulus daftar ulang di SIPANEN paling lambat Kamis 16/7 jam 12 siang ⏰
13/07/26 15.50 - Ahmad Fauzan BPP Pasir Lebar: alhamdulillah lulus 🙏🙏
14/07/26 09.05 - Rahmat SIPANEN: Info: SIPANEN maintenance besar Sabtu 18/7 jam 20.00 s.d. Minggu 19/7 jam 06.00. Mohon jgn unggah di jam tsb 🙏
14/07/26 09.07 - Rina Marlina BPP Sungai Padi: pak rahmat file sertifikat sy 3 MB gagal trs diunggah 😭
14/07/26 09.12 - Rahmat SIPANEN: iya bu batasnya msh 2 MB, akhir bulan ini dinaikkan jd 5 MB. sementara dikompres dulu ya
15/07/26 19.30 - Hendri Gunawan PSP: ‼️RALAT‼️ bimtek Penyuluhan Digital BUKAN Selasa 21/7. Pindah ke Rabu 22/7 jam 13.30 WIB s.d. selesai, hari kedua Kamis 23/7 jam 08.00 WIB. Mohon maaf 🙏
15/07/26 19.33 - Agus Salim BPP Lamun Hilir: noted pak
15/07/26 19.40 - Sri Wahyuni BPP Koto Ranah: link zoomnya sama kah pak?
15/07/26 19.52 - Hendri Gunawan PSP: Meeting ID 871 2204 5561 passcode SEMAI26 ya bu. absen lwt gform di chat zoom
17/07/26 10.00 - Hendri Gunawan PSP: 📌 Pengingat: laporan akhir SL MT I + daftar hadir petani diunggah paling lambat Jumat 31/7 ya. yg blm: BPP Bukit Sirih & BPP Tanjung Gadang
17/07/26 10.05 - Dodi BPP Bukit Sirih: siap pak, minggu dpn sy upload
17/07/26 10.20 - Rudi Hartono BPP Air Kumbang: pak klo SL sy 14 pertemuan tp JP nya cm diakui 16 ya?
17/07/26 10.24 - Hendri Gunawan PSP: betul pak, maks 16 JP per musim tanam. sisanya gk bs dibawa ke MT brikutnya
17/07/26 10.26 - Rudi Hartono BPP Air Kumbang: oke pak makasih 👍
20/07/26 08.15 - Yusnita Umpeg: Bpk/Ibu, SE Kadis ttg batas unggah sertifikat semester I sdh terbit ya, batasnya Jumat 14 Agustus. File SE sy share di bawah
20/07/26 08.16 - Yusnita Umpeg: <Media tidak disertakan>
20/07/26 08.30 - Nelly BPP Tanjung Gadang: bu yusnita, yg blm punya JP sama sekali hrs ikut jumat belajar brp kali?
20/07/26 08.41 - Yusnita Umpeg: min 2 sesi di bulan Agustus bu, cek di SE poin 3 ya
21/07/26 21.03 - Fadli BPP Lamun Hilir: bsk bimteknya jam brp? msh jam 9 kah
21/07/26 21.10 - Sri Wahyuni BPP Koto Ranah: udh diralat dik, jam 13.30 😅 scroll ke atas
22/07/26 13.25 - Hendri Gunawan PSP: 5 menit lg mulai ya bpk ibu, kamera on 📷
23/07/26 16.45 - Hendri Gunawan PSP: Terima kasih bpk ibu 🙏 sertifikat bimtek dikirim via SIPANEN paling lambat tgl 31/7. Jgn lupa isi evaluasi narsum ya
24/07/26 07.50 - Hendri Gunawan PSP: Rembug Tani Aparatur bln ini Kamis 30/7 jam 14.00 di BPP Tanjung Gadang, topik pestisida nabati 🌿 tuan rumah bu Nelly
24/07/26 07.58 - Nelly BPP Tanjung Gadang: siap pak, kami tunggu 🙏
24/07/26 08.03 - Hendri Gunawan PSP: (Dokumen fiktif, untuk evaluasi.)
"""

SE_TXT = f"""PEMERINTAH KABUPATEN PADANG LAMUN
DINAS PERTANIAN DAN KETAHANAN PANGAN
{ALAMAT} - Telepon {TELP} - Surel {EMAIL}
======================================================================

                               SURAT EDARAN
                  NOMOR 800.1.3/1187/DPKP/2026

                                TENTANG
      PERCEPATAN PENGUNGGAHAN SERTIFIKAT DAN PEMENUHAN JAM PELAJARAN
                SEMESTER I TAHUN 2026 MELALUI SIPANEN

Yth. 1. Sekretaris Dinas;
     2. Para Kepala Bidang;
     3. Kepala UPTD Balai Benih;
     4. Para Kepala BPP;
     5. Seluruh PNS dan PPPK
di lingkungan Dinas Pertanian dan Ketahanan Pangan Kabupaten Padang Lamun

1. Latar belakang
   Berdasarkan hasil Rapat Evaluasi Program SEMAI Semester I tanggal 9 Juli 2026, masih
   terdapat pegawai yang belum mengunggah bukti kegiatan pengembangan kompetensi ke
   SIPANEN, sehingga capaian JP dinas per 30 Juni 2026 baru {_capaian_dinas()} persen dari target tahunan.

2. Batas pengunggahan
   Sertifikat dan bukti kegiatan yang dilaksanakan pada periode 1 Januari sampai dengan
   30 Juni 2026 wajib diunggah ke SIPANEN paling lambat hari Jumat, 14 Agustus 2026.
   Bukti yang diunggah setelah tanggal tersebut tetap diproses, tetapi diberi tanda
   terlambat dan tidak diperhitungkan dalam penilaian SEMAI Award 2026.

3. Pegawai yang belum memiliki JP
   Pegawai yang sampai dengan 30 Juni 2026 belum memiliki catatan JP wajib:
   a. mengikuti paling sedikit 2 (dua) sesi Jumat Belajar pada bulan Agustus 2026; dan
   b. menyusun rencana pemenuhan JP bersama atasan langsung paling lambat 31 Juli 2026.

4. Jumat Belajar
   Jumat Belajar dilaksanakan setiap hari Jumat pukul 13.30-15.00 WIB di Ruang Rapat
   Cempaka atau secara daring. Setiap sesi diakui 2 JP. Pada bulan Agustus 2026 Jumat
   Belajar tetap dilaksanakan pada tanggal 7, 14, 21, dan 28 Agustus 2026.

5. Kewajiban atasan
   a. Atasan langsung memantau capaian JP bawahannya setiap bulan melalui SIPANEN.
   b. Kepala BPP menyampaikan rekap JP penyuluh di wilayahnya kepada Koordinator
      Penyuluh setiap tanggal 5 bulan berikutnya.

6. Ketentuan lain
   Ukuran berkas unggah SIPANEN akan dinaikkan dari 2 MB menjadi 5 MB paling lambat
   31 Juli 2026. Selama masa transisi, pegawai dapat mengirim berkas lebih dari 2 MB
   melalui surel {EMAIL} dengan subjek UNGGAH#NIP.

Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.

                                      Ditetapkan di {IBUKOTA}
                                      pada tanggal {tgl("2026-07-20")}

                                      KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN
                                      KABUPATEN PADANG LAMUN,

                                      ttd.

                                      {KADIS}
                                      NIP {KADIS_NIP}

Tembusan:
1. Bupati Padang Lamun (sebagai laporan);
2. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Padang Lamun.

{FIKTIF}
"""


def _w_text(fn_or_text):
    def w(path):
        text = fn_or_text() if callable(fn_or_text) else fn_or_text
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)

    return w


DOCS = {
    "pedoman-semai-dpkp-2026": ("pdf", render_pedoman),
    "perkadis-dpkp-5-2023-pengembangan-kompetensi": ("pdf", render_perka_old),
    "perkadis-dpkp-2-2026-perubahan": ("pdf", render_perka_new),
    "buletin-semai-edisi-2-2026": ("pdf", render_buletin),
    "formulir-f03-pengakuan-jp-sri-wahyuni": ("pdf", render_formulir),
    "kak-pelatihan-pht-penyuluh-2026": ("docx", write_kak),
    "notulen-evaluasi-semai-semester-i-2026": ("docx", write_notulen),
    "panduan-pengguna-sipanen-v2-1": ("docx", write_panduan),
    "rekap-jp-semai-2026": ("xlsx", write_xlsx),
    "jadwal-sekolah-lapang-2026": ("csv", _w_text(sl_csv)),
    "realisasi-anggaran-semai-2026": ("csv", _w_text(anggaran_csv)),
    "pengumuman-seleksi-magang-perbenihan-2026": ("html", _w_text(pengumuman_html)),
    "helpdesk-sipanen": ("html", _w_text(helpdesk_html)),
    "faq-semai": ("md", _w_text(FAQ_MD)),
    "panduan-laporan-refleksi-pascapelatihan": ("md", _w_text(LRP_MD)),
    "grup-wa-penyuluh-semai-juli-2026": ("txt", _w_text(WA_TXT)),
    "surat-edaran-unggah-sertifikat-semester-i-2026": ("txt", _w_text(SE_TXT)),
}


def path_of(stem):
    return os.path.join(OUT, f"{stem}.{DOCS[stem][0]}")


def write_documents():
    os.makedirs(OUT, exist_ok=True)
    for stem, (ext, writer) in DOCS.items():
        path = path_of(stem)
        res = writer(path)
        if ext in ("docx", "xlsx"):
            _fix_zip_times(path)
        extra = f" ({res} pages)" if ext == "pdf" else ""
        print(f"wrote {os.path.relpath(path, HERE)}{extra}")


def _docx_lines(parent):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out = []
    for child in parent.iter_inner_content():
        if isinstance(child, Paragraph):
            out.append(child.text)
        elif isinstance(child, Table):
            for row in child.rows:
                cells, seen = [], set()
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    cells.append(" / ".join(p.text for p in c.paragraphs if p.text))
                out.append(" | ".join(cells))
    return out


def doc_text(stem):
    """Text of a document as a reader would extract it."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "docx":
        import docx

        d = docx.Document(path)
        lines = _docx_lines(d)
        for s in d.sections:
            lines += [p.text for p in s.footer.paragraphs]
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
    if ext == "html":
        from bs4 import BeautifulSoup

        with open(path, encoding="utf-8") as f:
            soup = BeautifulSoup(f.read(), "html.parser")
        for s in soup(["style", "script"]):
            s.decompose()
        return soup.get_text(" ")
    with open(path, encoding="utf-8-sig") as f:
        return f.read()


def doc_cells(stem):
    """For CSV and XLSX: the list of cell texts (facts must sit inside one cell)."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            data = f.read()
        first = data.split("\n", 1)[0]
        delim = ";" if first.count(";") > first.count(",") else ","
        return [c for row in csv.reader(io.StringIO(data), delimiter=delim) for c in row]
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


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check():
    import yaml

    with open(QUESTIONS, encoding="utf-8") as f:
        qs = yaml.safe_load(f)
    errors = []
    ids = [q["id"] for q in qs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate question ids")
    texts, cells = {}, {}
    for stem in DOCS:
        if not os.path.exists(path_of(stem)):
            errors.append(f"missing document {stem}")
            continue
        texts[stem] = norm(doc_text(stem))
        if "dokumen fiktif, untuk evaluasi." not in texts[stem]:
            errors.append(f"{stem}: fiction notice missing")
        c = doc_cells(stem)
        cells[stem] = [norm(x) for x in c] if c is not None else None
    per_first = dict.fromkeys(DOCS, 0)
    per_any = dict.fromkeys(DOCS, 0)
    tags_count = {}
    n_ans = n_two = n_near = n_far = 0
    for q in qs:
        exp, facts, tags = q["expected"], q["facts"], q["tags"]
        for t in tags:
            tags_count[t] = tags_count.get(t, 0) + 1
        if tags[0] not in ("casual", "formal"):
            errors.append(f"{q['id']}: first tag must be casual|formal")
        if not exp:
            if facts or "oos" not in tags:
                errors.append(f"{q['id']}: out-of-scope question needs facts [] and tag oos")
            if "near" in tags:
                n_near += 1
            elif "far" in tags:
                n_far += 1
            else:
                errors.append(f"{q['id']}: oos needs near|far")
            continue
        n_ans += 1
        if len(facts) >= 2:
            n_two += 1
        for e in exp:
            if e not in DOCS:
                errors.append(f"{q['id']}: unknown document {e}")
        first = exp[0]
        if first not in texts:
            continue
        per_first[first] += 1
        for e in set(exp):
            if e in per_any:
                per_any[e] += 1
        if not facts:
            errors.append(f"{q['id']}: answerable question without facts")
        ql = norm(q["q"])
        for fact in facts:
            nf = norm(str(fact))
            if cells[first] is not None:
                ok = any(nf in c for c in cells[first])
            else:
                ok = nf in texts[first]
            if not ok:
                errors.append(f"{q['id']}: fact {fact!r} not found in {first}")
            if nf in ql:
                errors.append(f"{q['id']}: fact {fact!r} appears verbatim in the question")
    for stem, n in per_first.items():
        if n < 6:
            errors.append(f"document {stem} is first expected of only {n} questions (need >= 6)")
    print(
        f"questions: {len(qs)} (answerable {n_ans}, with two facts {n_two}, "
        f"out of scope {n_near} near + {n_far} far)"
    )
    print(
        "tags: " + ", ".join(f"{k}={v}" for k, v in sorted(tags_count.items(), key=lambda x: -x[1]))
    )
    print("questions per document (first expected / listed anywhere in expected):")
    for stem in DOCS:
        print(f"  {per_first[stem]:3d} / {per_any[stem]:3d}  {stem}.{DOCS[stem][0]}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("check passed: every fact found in its first expected document")
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    if "--text" in argv:
        names = [a for a in argv if not a.startswith("--")]
        for stem in DOCS:
            if names and stem not in names:
                continue
            print(f"===== {stem}.{DOCS[stem][0]} =====")
            print(doc_text(stem))
        return 0
    write_documents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
