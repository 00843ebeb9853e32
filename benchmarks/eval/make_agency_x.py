#!/usr/bin/env python3
"""Generate the documents of the fictional "agency X" evaluation set.

Agency X: Satuan Polisi Pamong Praja dan Pemadam Kebakaran (Satpol PP dan Damkar) Kabupaten
Tanjung Ranggas (fictional regency, capital Muara Ranggas, Provinsi Kalimantan Hulu Raya, WITA).
Its competency development programme is "SIGAP" (Sekolah Internal Gerakan Aparatur Pembelajar),
recorded in the information system "SI-BARA" (Sistem Informasi Belajar Aparatur Ranggas), which
replaced the old application "e-RANGKA". 312 employees (187 PNS, 125 PPPK) in the Sekretariat,
four bidang, five Pos Damkar Sektor and six Unit Satpol PP Kecamatan.

Documents (written into agency_x/):
  pedoman-sigap-2027.pdf                          long handbook: cover, TOC, glossary, BAB I-X,
                                                  catalogue table over several pages with repeated
                                                  header, footnotes, running header/footer,
                                                  LAMPIRAN I-III
  perkasat-3-2024-pengembangan-kompetensi.pdf     OLD regulation (BAB I-IX, Pasal 1-18), replaced
  perkasat-1-2027-pengembangan-kompetensi.pdf     NEW regulation (BAB I-X, Pasal 1-21) that
                                                  "dicabut dan dinyatakan tidak berlaku" the old one
  surat-undangan-pelatihan-ppns-lanjutan-2027.pdf scanned-looking letter with kop, participants
  paparan-rakor-sigap-semester-i-2027.pdf         landscape slide deck (title + bullets per page)
  sop-pengajuan-pengakuan-jp-sibara.docx          SOP, identity table, steps table w/ merged cells
  log-coaching-mentoring-pos-tanjung-lampas-2027.docx  coaching/mentoring log with tables
  berita-acara-ujikom-jf-pol-pp-2027.docx         berita acara, numbers in words, score table
  kak-pelatihan-water-rescue-2027.docx            terms of reference, curriculum, budget, quota
  rekap-jp-sigap-2027.xlsx                        sheets Ringkasan (formulas), Pegawai Prioritas
                                                  (masked NIP), Kuota Pelatihan, Keterangan
  rekap-kehadiran-latihan-rutin-pos-semester-i-2027.csv  attendance per post (semicolon)
  jadwal-pelatihan-sigap-semester-ii-2027.csv     training schedule (comma, quoted)
  berita-intranet-apel-siaga-kelas-sigap-lapangan.html   intranet news page with chrome
  kontak-pic-layanan-sibara.html                  PIC table and ordered-list procedures
  faq-sigap.md                                    FAQ
  panduan-pengakuan-jp-nonklasikal.md             guide with nested lists and tables
  grup-wa-pos-damkar-sungai-kapuak-agustus-2027.txt  WhatsApp export with corrections (RALAT)
  memo-umpeg-tindak-lanjut-capaian-jp-2027.txt    plain-text internal memo

Usage:
  python make_agency_x.py                     # write the documents
  python make_agency_x.py --text [stem ...]   # print the extracted text of each document
  python make_agency_x.py --check             # check questions_agency_x.yaml against documents

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
OUT = os.path.join(HERE, "agency_x")
QUESTIONS = os.path.join(HERE, "questions_agency_x.yaml")
FIXED_DATE = datetime.datetime(2027, 8, 20, 8, 0, tzinfo=datetime.UTC)
ZIP_DATE = (2027, 8, 20, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."

SATUAN = "Satuan Polisi Pamong Praja dan Pemadam Kebakaran"
SINGKAT = "Satpol PP dan Damkar"
KAB = "Kabupaten Tanjung Ranggas"
PROV = "Provinsi Kalimantan Hulu Raya"
IBUKOTA = "Muara Ranggas"
PROGRAM = "SIGAP"
PROGRAM_LONG = "Sekolah Internal Gerakan Aparatur Pembelajar"
SISTEM = "SI-BARA"
SISTEM_LONG = "Sistem Informasi Belajar Aparatur Ranggas"
SISTEM_OLD = "e-RANGKA"
SISTEM_OLD_LONG = "Elektronik Rekam Kompetensi Aparatur"
ALAMAT = "Jl. Jenderal Sudirman Km 4 No. 88, Muara Ranggas 74512"
TELP = "(0537) 21455"
EMAIL = "sigap@satpolppdamkar.tanjungranggaskab.go.id"
EMAIL_SIBARA = "sibara@satpolppdamkar.tanjungranggaskab.go.id"
URL_SIBARA = "https://sibara.tanjungranggaskab.go.id"
WA_SIBARA = "0811-5402-3317"
AULA = "Aula Bhakti Praja"

# ------------------------------------------------------------------ current (2027) and old values
JP_PNS, JP_PPPK, JP_JF, JP_PPNS = 24, 16, 36, 8
JP_PNS_OLD, JP_PPPK_OLD, JP_JF_OLD, JP_PPNS_OLD = 20, 10, 30, 4
RPK_BATAS, RPK_BATAS_OLD = "31 Januari", "15 Maret"
RPK_2027 = "28 Februari 2027"
HADIR, HADIR_OLD = 90, 80
UNGGAH, UNGGAH_OLD = "5 (lima) hari kerja", "30 (tiga puluh) hari kalender"
VERIF_LAMA, VERIF_LAMA_OLD = "7 (tujuh) hari kerja", "14 (empat belas) hari kerja"
LRTL, LRTL_OLD = "14 (empat belas) hari kalender", "1 (satu) bulan"
LRTL_MIN, LRTL_MIN_OLD = 24, 32
MANDIRI, MANDIRI_OLD = 2_500_000, 1_500_000
MANDIRI_BATAS, MANDIRI_BATAS_OLD = "30 September", "31 Oktober"
TRANSPORT, TRANSPORT_OLD = 85_000, 60_000
ELEARN, ELEARN_OLD = 16, 10
RUTIN_SESI, RUTIN_MAX, RUTIN_SESI_OLD, RUTIN_MAX_OLD = 2, 12, 1, 8
SAMAPTA_NILAI, SAMAPTA_NILAI_OLD = 61, 55

# ------------------------------------------------------------------ people
KASAT = "Drs. Hairil Anwar Syahrani, M.Si."
KASAT_NIP = "19740312 199603 1 003"
KASAT_OLD = "H. Ahmad Rizani, S.Sos., M.AP."
KASAT_OLD_NIP = "19680921 199003 1 006"
SEKRETARIS = "Noor Hidayati, S.STP., M.Si."
SEKRETARIS_NIP = "19800517 200212 2 002"
UMPEG = "Rusdiana Fitriani, S.E."
UMPEG_NIP = "19830905 200903 2 011"
RENKEU = "Muhammad Irfansyah, S.E., M.Ak."
KABID_GAK = "Bambang Sutrisno Jaya, S.H., M.H."
KABID_TIB = "Gusti Rahmadani, S.Sos."
KABID_LIN = "Siti Mahmudah, S.AP."
KABID_DAM = "Yohanes Dungan, S.T."
ADMIN = "Akhmad Fauzan Noor, S.Kom."
VERIF = "Dwi Lestari Wulandari, S.Psi."
STAF_UMPEG = "Fajar Ramadhan, S.H."
BENDAHARA = "Siti Rabiatul Adawiyah, S.E."
INSTR_DAM = "Ruslan Efendi"
INSTR_POLPP = "Wahyu Hidayatullah, S.H."
KAPOS_SK = "Herman Tuah"
KAPOS_TL = "Dominikus Ajang"
MENTOR = "Antonius Lawing, S.T."
BUPATI = "H. Syahrial Noor, S.E., M.M."

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


def koma(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


# ------------------------------------------------------------------ units
# name, short, PNS, of which PNS in a jabatan fungsional (target 36 JP), PPPK
UNITS = [
    ("Sekretariat", "Sekretariat", 26, 3, 9),
    ("Bidang Penegakan Peraturan Perundang-undangan Daerah", "Bidang Gakperda", 19, 14, 6),
    ("Bidang Ketertiban Umum dan Ketenteraman Masyarakat", "Bidang Tibumtranmas", 32, 24, 18),
    ("Bidang Perlindungan Masyarakat", "Bidang Linmas", 11, 4, 5),
    ("Bidang Pemadam Kebakaran dan Penyelamatan", "Bidang Damkar", 18, 10, 7),
    ("Pos Damkar Sektor Muara Ranggas Kota", "Pos Muara Ranggas Kota", 14, 12, 10),
    ("Pos Damkar Sektor Sungai Kapuak", "Pos Sungai Kapuak", 9, 8, 8),
    ("Pos Damkar Sektor Tanjung Lampas", "Pos Tanjung Lampas", 8, 7, 7),
    ("Pos Damkar Sektor Batu Bahalang", "Pos Batu Bahalang", 7, 6, 6),
    ("Pos Damkar Sektor Kuala Ransa", "Pos Kuala Ransa", 6, 5, 6),
    ("Unit Satpol PP Kecamatan Muara Ranggas", "Unit Kec. Muara Ranggas", 7, 6, 8),
    ("Unit Satpol PP Kecamatan Sungai Kapuak", "Unit Kec. Sungai Kapuak", 7, 6, 8),
    ("Unit Satpol PP Kecamatan Tanjung Lampas", "Unit Kec. Tanjung Lampas", 6, 5, 7),
    ("Unit Satpol PP Kecamatan Batu Bahalang", "Unit Kec. Batu Bahalang", 6, 5, 7),
    ("Unit Satpol PP Kecamatan Kuala Ransa", "Unit Kec. Kuala Ransa", 6, 5, 7),
    ("Unit Satpol PP Kecamatan Long Sebatu", "Unit Kec. Long Sebatu", 5, 4, 6),
]
# JP realised up to 30 June 2027 per unit (same order as UNITS)
JP_JUNI = [406, 398, 742, 196, 352, 448, 271, 302, 196, 148, 182, 161, 149, 130, 128, 97]
N_PNS = sum(u[2] for u in UNITS)
N_JF = sum(u[3] for u in UNITS)
N_PPPK = sum(u[4] for u in UNITS)
N_PEG = N_PNS + N_PPPK
N_DAMKAR = sum(
    u[2] + u[4] for u in UNITS if u[0].startswith("Pos Damkar") or u[1] == "Bidang Damkar"
)
assert (N_PEG, N_PNS, N_PPPK, N_JF) == (312, 187, 125, 124), (N_PEG, N_PNS, N_PPPK, N_JF)
assert N_DAMKAR == 106


def target_unit(u):
    return JP_JF * u[3] + JP_PNS * (u[2] - u[3]) + JP_PPPK * u[4]


TARGET_TOTAL = sum(target_unit(u) for u in UNITS)
JP_TOTAL = sum(JP_JUNI)
assert TARGET_TOTAL == 7976 and JP_TOTAL == 4306, (TARGET_TOTAL, JP_TOTAL)
CAPAIAN_TOTAL = koma(100 * JP_TOTAL / TARGET_TOTAL)  # "54,0"
RATA_JP = koma(JP_TOTAL / N_PEG)  # "13,8"

POS_DAMKAR = [u for u in UNITS if u[0].startswith("Pos Damkar")]
UNIT_KEC = [u for u in UNITS if u[0].startswith("Unit Satpol")]

# ------------------------------------------------------------------ training catalogue 2027
# kode, nama, sasaran, JP, penyelenggara, jadwal, kuota
KATALOG = [
    (
        "DK-01",
        "Pelatihan Dasar Pemadam Kebakaran Tingkat I",
        "Pemadam Kebakaran Pemula dan PPPK Damkar baru",
        120,
        "Balai Diklat Damkar Provinsi",
        "8 Maret - 16 April 2027",
        12,
    ),
    (
        "DK-02",
        "Pelatihan Pemadam Kebakaran Tingkat II",
        "Pemadam Kebakaran Terampil",
        80,
        "Balai Diklat Damkar Provinsi",
        "10 - 28 Mei 2027",
        10,
    ),
    (
        "DK-03",
        "Pelatihan Penyelamatan di Air (Water Rescue)",
        "Personel Pos Damkar Sektor dan Bidang Damkar",
        40,
        "Internal + Pos SAR Muara Ranggas",
        "13 - 18 September 2027",
        30,
    ),
    (
        "DK-04",
        "Penyegaran Penyelamatan di Air",
        "Lulusan DK-03 tahun 2026",
        12,
        "Internal",
        "8 - 9 November 2027",
        20,
    ),
    (
        "DK-05",
        "Pelatihan Penyelamatan pada Ketinggian (High Angle Rescue)",
        "Pemadam Kebakaran Mahir dan Penyelia",
        40,
        "Internal + Basarnas",
        "Oktober 2027",
        15,
    ),
    (
        "DK-06",
        "Pelatihan Penanganan Bahan Berbahaya (Hazmat) Dasar",
        "Personel Pos Muara Ranggas Kota",
        32,
        "Balai Diklat Damkar Provinsi",
        "Juni 2027",
        10,
    ),
    (
        "DK-07",
        "Pelatihan Investigasi Penyebab Kebakaran",
        "Analis Kebakaran",
        32,
        "Pusdiklat Kebakaran (daring)",
        "Agustus 2027",
        6,
    ),
    (
        "DK-08",
        "Pelatihan Operator Mobil Pompa dan Mobil Tangga",
        "Operator kendaraan Damkar",
        24,
        "Internal",
        "April 2027",
        16,
    ),
    (
        "DK-09",
        "Pelatihan Pengendalian Kebakaran Hutan dan Lahan (Karhutla)",
        "Personel Damkar dan Linmas",
        24,
        "Internal + Manggala Agni",
        "Juli 2027",
        40,
    ),
    (
        "DK-10",
        "Pelatihan Penanganan Satwa Liar dan Hewan Berbisa",
        "Personel Pos Damkar Sektor",
        16,
        "Internal + BKSDA",
        "Oktober 2027",
        20,
    ),
    (
        "PP-01",
        "Pelatihan Dasar Polisi Pamong Praja",
        "Pol PP baru dan PPPK Pol PP",
        100,
        "BPSDM Provinsi",
        "Februari - Maret 2027",
        15,
    ),
    (
        "PP-02",
        "Pelatihan Pengendalian Massa (Dalmas) Dasar",
        "Pol PP Terampil dan Mahir",
        32,
        "Internal + Polres",
        "Juni 2027",
        40,
    ),
    (
        "PP-03",
        "Pelatihan Pengendalian Massa Terpadu",
        "Pol PP lulusan Dalmas Dasar",
        16,
        "Internal + Polres + Kodim",
        "November 2027",
        30,
    ),
    (
        "PP-04",
        "Bimtek Penegakan Perda Ketertiban Umum",
        "Pol PP seluruh jenjang",
        16,
        "Internal",
        "Mei 2027",
        35,
    ),
    (
        "PP-05",
        "Bimtek Penegakan Perda Bangunan Gedung",
        "Pol PP Bidang Gakperda",
        12,
        "Internal + Dinas PUPR",
        "Oktober 2027",
        15,
    ),
    (
        "PP-06",
        "Pelatihan Negosiasi dan Komunikasi Persuasif",
        "Pol PP dan Linmas",
        24,
        "Internal",
        "Agustus 2027",
        30,
    ),
    (
        "PP-07",
        "Pelatihan Penataan PKL secara Humanis",
        "Pol PP Bidang Tibumtranmas",
        16,
        "Internal + Dinas Perdagangan",
        "Oktober 2027",
        25,
    ),
    (
        "PP-08",
        "Pelatihan Pengawalan dan Pengamanan Pimpinan (Walpri)",
        "Pol PP terpilih",
        24,
        "Internal + Polres",
        "September 2027",
        12,
    ),
    (
        "PP-09",
        "Pelatihan Hak Asasi Manusia bagi Polisi Pamong Praja",
        "Pol PP seluruh jenjang",
        12,
        "Kanwil Kementerian HAM (daring)",
        "Juli 2027",
        40,
    ),
    (
        "PP-10",
        "Pelatihan Bela Diri Praktis",
        "Pol PP Terampil dan Mahir",
        32,
        "Internal",
        "Maret dan Oktober 2027",
        30,
    ),
    (
        "PN-01",
        "Pelatihan Penyidikan bagi Calon PPNS Perda (Dasar)",
        "Calon PPNS",
        40,
        "Kanwil Kementerian Hukum",
        "April 2027",
        4,
    ),
    (
        "PN-02",
        "Pelatihan Penyidikan Lanjutan bagi PPNS",
        "PPNS aktif",
        24,
        "Internal + Kanwil Kementerian Hukum",
        "6 - 10 September 2027",
        8,
    ),
    (
        "PN-03",
        "Forum Bedah Perkara PPNS",
        "PPNS dan Pol PP Bidang Gakperda",
        2,
        "Internal (per triwulan)",
        "Maret, Juni, September, Desember",
        20,
    ),
    (
        "PN-04",
        "Bimtek Penyusunan Berkas Perkara Tipiring",
        "PPNS dan Pol PP Ahli",
        12,
        "Internal + Pengadilan Negeri",
        "Agustus 2027",
        12,
    ),
    (
        "LM-01",
        "Pelatihan Pelatih (ToT) Kader Linmas",
        "Koordinator Linmas Kecamatan",
        32,
        "Internal",
        "Mei 2027",
        11,
    ),
    (
        "LM-02",
        "Pelatihan Pengamanan Kegiatan Massal bagi Linmas",
        "Staf Bidang Linmas",
        16,
        "Internal",
        "Agustus 2027",
        15,
    ),
    (
        "LM-03",
        "Pelatihan Pertolongan Pertama (First Aid)",
        "Pol PP, Damkar, dan Linmas",
        24,
        "PMI Kabupaten",
        "Juli 2027",
        30,
    ),
    (
        "LM-04",
        "Pelatihan Bantuan Hidup Dasar (BHD)",
        "Seluruh pegawai lapangan",
        16,
        "PMI Kabupaten + RSUD",
        "3 - 5 Agustus 2027",
        40,
    ),
    (
        "MN-01",
        "Pelatihan Kepemimpinan Pengawas (PKP)",
        "Pejabat pengawas",
        0,
        "BPSDM Provinsi",
        "sesuai jadwal BPSDM",
        2,
    ),
    (
        "MN-02",
        "Pelatihan Kepemimpinan Administrator (PKA)",
        "Pejabat administrator",
        0,
        "BPSDM Provinsi",
        "sesuai jadwal BPSDM",
        1,
    ),
    (
        "MN-03",
        "Orientasi PPPK Formasi 2026",
        "PPPK pengangkatan 2026",
        40,
        "Internal + BKPSDM",
        "Februari 2027",
        23,
    ),
    (
        "SK-01",
        "Pelatihan Penatausahaan Keuangan Daerah pada SIPD",
        "Staf Subbag Perencanaan dan Keuangan",
        16,
        "BPKAD",
        "Maret 2027",
        4,
    ),
    (
        "SK-02",
        "Pelatihan Pengelola Kepegawaian dan Operator SI-BARA",
        "Operator unit kerja",
        12,
        "Internal",
        "Februari 2027",
        16,
    ),
    (
        "SK-03",
        "Pelatihan Penyusunan SAKIP dan Evaluasi Kinerja",
        "Staf perencanaan",
        16,
        "Bagian Organisasi Setda",
        "Juni 2027",
        5,
    ),
    (
        "SK-04",
        "Pelatihan Kearsipan Dinamis",
        "Pengelola arsip unit",
        12,
        "Dinas Perpustakaan dan Kearsipan",
        "September 2027",
        4,
    ),
    (
        "UM-01",
        "Kelas SIGAP Lapangan (8 modul mikro)",
        "Seluruh pegawai",
        16,
        "Internal (e-learning SI-BARA)",
        "mulai 2 Agustus 2027",
        312,
    ),
    (
        "UM-02",
        "Pelatihan Antikorupsi dan Integritas",
        "Seluruh pegawai",
        8,
        "Inspektorat Daerah",
        "Juni dan November 2027",
        60,
    ),
    (
        "UM-03",
        "Latihan Rutin Pos dan Unit Kecamatan",
        "Personel pos dan unit kecamatan",
        2,
        "Kepala Pos / Kepala Unit",
        "setiap pekan / dua pekan",
        146,
    ),
]
assert len(KATALOG) == 38
KAT = {k[0]: k for k in KATALOG}

# DPA 2027 budget of the programme
ANGGARAN = [
    ("Pelatihan teknis pemadaman dan penyelamatan", 468_200_000),
    ("Pelatihan teknis Polisi Pamong Praja dan PPNS", 251_600_000),
    ("Pelatihan Perlindungan Masyarakat (Linmas)", 96_000_000),
    ("Latihan rutin pos dan tes kesamaptaan", 142_800_000),
    ("Bantuan biaya pelatihan mandiri", 87_500_000),
    ("Kelas SIGAP Lapangan dan pemeliharaan SI-BARA", 64_300_000),
    ("Coaching, mentoring, dan honor Instruktur SIGAP", 75_000_000),
]
ANGGARAN_TOTAL = sum(a for _, a in ANGGARAN)
assert ANGGARAN_TOTAL == 1_185_400_000
REALISASI_SEM1 = 412_750_000

JP_SHOW = {
    "MN-01": "sesuai LAN",
    "MN-02": "sesuai LAN",
    "PN-03": "2 JP per forum",
    "UM-01": "2 JP per modul (total 16 JP)",
    "UM-03": "2 JP per sesi",
}


def jp_show(k):
    return JP_SHOW.get(k[0], f"{k[3]} JP")


# ============================================================================ PDF helpers
def _pdf_setup(pdf, title, author=None):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(author or f"{SATUAN} {KAB}")
    pdf.set_subject(FIKTIF)
    pdf.set_creator("make_agency_x.py")
    pdf.set_producer("fpdf2")
    for style, fn in (("", "DejaVuSans"), ("B", "DejaVuSans-Bold"), ("I", "DejaVuSans-Oblique")):
        pdf.add_font("S", style, os.path.join(FONT_DIR, fn + ".ttf"))
    pdf.add_font("S", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
    for style, fn in (("", "DejaVuSerif"), ("B", "DejaVuSerif-Bold"), ("I", "DejaVuSerif-Italic")):
        pdf.add_font("R", style, os.path.join(FONT_DIR, fn + ".ttf"))
    pdf.add_font("R", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))
    pdf.add_font("C", "", os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf"))
    pdf.add_font("C", "B", os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"))


def _make_pdf(
    title, fam="S", header="", footer=FIKTIF, total=True, bottom=20, fmt="A4", orientation="P"
):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_auto_page_break(True, margin=self.base_bottom)
            self.notes = []
            if self.page_no() == 1 or not self.running:
                return
            self.set_font(self.fam, "I", 7.5)
            self.set_text_color(90, 90, 90)
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
            if (self.page_no() == 1 and self.skip_first_footer) or self.no_footer:
                return
            self.set_y(-12)
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
            pg = (
                f"Halaman {self.page_no()} dari {{nb}}"
                if self.with_total
                else f"- {self.page_no()} -"
            )
            self.cell(0, 5, pg, align="R")
            self.set_text_color(0, 0, 0)

        def add_note(self, mk, text):
            """Footnote on the current page: shrink the page body so the note fits."""
            wid = self.w - self.l_margin - self.r_margin - 5
            self.set_font(self.fam, "", 7.5)
            self.notes.append((mk, text))
            n = sum(
                len(self.multi_cell(wid, 3.5, t, dry_run=True, output="LINES"))
                for _, t in self.notes
            )
            self.set_auto_page_break(True, margin=15 + n * 3.5 + 6)

    pdf = Doc(format=fmt, orientation=orientation)
    pdf.fam = fam
    pdf.running = header
    pdf.footer_left = footer
    pdf.with_total = total
    pdf.base_bottom = bottom
    pdf.skip_first_footer = False
    pdf.no_footer = False
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
        self.tfam = pdf.fam
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
                self.items(sub, kind="pl" if kind in ("ol", "al") else "dash", indent=indent + 7)
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
        fill=(214, 226, 240),
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
        self._row(header, widths, size, lh, bold=True, fill=fill)
        for i, row in enumerate(rows):
            bold = bold_last and i == len(rows) - 1
            rh = self._row_h(row, widths, size, lh, bold)
            if pdf.get_y() + rh > pdf.page_break_trigger:
                pdf.add_page()
                if caption:
                    pdf.set_font(self.fam, "I", 8.5)
                    pdf.cell(0, 5, f"{caption} (lanjutan)", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.5)
                self._row(header, widths, size, lh, bold=True, fill=fill)
            self._row(row, widths, size, lh, bold=bold, aligns=aligns)
        pdf.ln(3)

    def kv(self, pairs, label_w=48, size=None, indent=0):
        pdf = self.pdf
        for k, v in pairs:
            self.need(self.lh * 2)
            pdf.set_font(self.fam, "", size or self.size)
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(label_w, self.lh, k)
            pdf.cell(4, self.lh, ":")
            pdf.multi_cell(
                self.width - label_w - 4 - indent,
                self.lh,
                v,
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
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
PED_TITLE = f"Pedoman Program {PROGRAM} {SATUAN} {KAB} Tahun 2027"

POS_INFO = [
    # unit name, alamat, kepala pos, armada
    (
        "Pos Damkar Sektor Muara Ranggas Kota",
        "Jl. Pangeran Antasari No. 12, Muara Ranggas",
        "Sapriansyah",
        "3 mobil pompa, 1 mobil tangga 22 meter, 1 mobil tangki 8.000 liter",
    ),
    (
        "Pos Damkar Sektor Sungai Kapuak",
        "Jl. Poros Sungai Kapuak Km 2",
        KAPOS_SK,
        "2 mobil pompa, 1 mobil rescue",
    ),
    (
        "Pos Damkar Sektor Tanjung Lampas",
        "Jl. Dermaga Lama No. 5, Tanjung Lampas",
        KAPOS_TL,
        "2 mobil pompa, 1 perahu karet bermesin",
    ),
    (
        "Pos Damkar Sektor Batu Bahalang",
        "Jl. Trans Kalimantan Km 41, Batu Bahalang",
        "Yakobus Sawang",
        "1 mobil pompa, 1 mobil rescue",
    ),
    (
        "Pos Damkar Sektor Kuala Ransa",
        "Jl. Pelabuhan Rakyat No. 3, Kuala Ransa",
        "Abdul Gani",
        "1 mobil pompa, 1 perahu karet bermesin",
    ),
]
KEPALA_UNIT = {
    "Unit Satpol PP Kecamatan Muara Ranggas": "Rahmat Saleh, S.Sos.",
    "Unit Satpol PP Kecamatan Sungai Kapuak": "Johansyah, S.AP.",
    "Unit Satpol PP Kecamatan Tanjung Lampas": "Petrus Lahang",
    "Unit Satpol PP Kecamatan Batu Bahalang": "Mulyadi Anwar",
    "Unit Satpol PP Kecamatan Kuala Ransa": "Fitri Yanti Jamal, S.H.",
    "Unit Satpol PP Kecamatan Long Sebatu": "Stefanus Ding",
}
MODUL_SIGAP = [
    "Etika dan Integritas Penegak Perda",
    "Komunikasi Humanis dengan Masyarakat dan PKL",
    "Dasar Teori Api dan Klasifikasi Kebakaran",
    "Pertolongan Pertama pada Luka Bakar",
    "Penggunaan APAR dan Hidran",
    "Penyusunan Berita Acara Penertiban",
    "Keselamatan dan Kesehatan Kerja Personel Lapangan",
    "Penanganan Ular dan Sarang Tawon",
]
TIM = [
    ("Pengarah", "Kepala Satuan", KASAT),
    ("Penanggung Jawab", "Sekretaris", SEKRETARIS),
    ("Ketua Harian", "Kepala Subbagian Umum dan Kepegawaian", UMPEG),
    ("Pengelola Anggaran", "Kepala Subbagian Perencanaan dan Keuangan", RENKEU),
    ("Verifikator JP", "Analis SDM Aparatur Ahli Pertama", VERIF),
    ("Administrator SI-BARA", "Pranata Komputer Ahli Pertama", ADMIN),
    ("Sekretariat Tim", "Pengolah Data Kepegawaian", STAF_UMPEG),
    ("Koordinator Instruktur Damkar", "Pemadam Kebakaran Penyelia", INSTR_DAM),
    ("Koordinator Instruktur Pol PP", "Polisi Pamong Praja Ahli Muda", INSTR_POLPP),
    ("Koordinator PPNS", "Kepala Bidang Gakperda", KABID_GAK),
    ("Koordinator Linmas", "Kepala Bidang Linmas", KABID_LIN),
]
NONKLASIKAL = [
    # bentuk, pengakuan, batas, bukti
    (
        "E-learning dan pembelajaran daring mandiri (termasuk Kelas SIGAP Lapangan)",
        "sesuai JP pada sertifikat",
        f"{ELEARN} JP",
        "sertifikat elektronik",
    ),
    (
        "Latihan rutin pos / unit kecamatan",
        f"{RUTIN_SESI} JP per sesi",
        f"{RUTIN_MAX} JP",
        "daftar hadir yang ditandatangani Kepala Pos atau Kepala Unit",
    ),
    (
        "Latihan gabungan antarpos atau antarinstansi",
        "4 JP per kegiatan",
        "8 JP",
        "surat tugas dan daftar hadir",
    ),
    (
        "Coaching dan mentoring",
        "1 JP per 60 menit, paling banyak 2 JP per sesi",
        "10 JP",
        "log coaching dan mentoring",
    ),
    ("Forum Bedah Perkara PPNS", "2 JP per forum", "8 JP", "notulen forum"),
    ("Webinar atau seminar daring", "1 JP per 90 menit", "6 JP", "e-sertifikat"),
    ("Magang atau detasering", "6 JP per hari kerja", "30 JP", "laporan magang"),
    (
        "Menjadi Instruktur SIGAP",
        "1 JP untuk setiap 2 JP mengajar",
        "12 JP",
        "surat tugas dan jadwal mengajar",
    ),
]
KALENDER = [
    ("4 - 31 Januari 2027", "Pengisian RPK pegawai di SI-BARA (tahun berjalan)"),
    ("1 Februari 2027", "Peraturan Kepala Satuan Nomor 1 Tahun 2027 mulai berlaku"),
    ("28 Februari 2027", "Batas akhir RPK khusus tahun 2027 (ketentuan peralihan)"),
    ("15 Maret 2027", "Penetapan Rencana Pengembangan Kompetensi Satuan"),
    ("22 - 24 Maret 2027", "Tes kesamaptaan semester I"),
    ("31 Maret 2027", "Batas migrasi data JP dari e-RANGKA ke SI-BARA"),
    ("10 April, 10 Juli, 10 Oktober 2027", "Batas laporan triwulan unit kerja"),
    ("29 Juli 2027", "Rapat koordinasi evaluasi SIGAP semester I"),
    ("2 Agustus 2027", "Peluncuran Kelas SIGAP Lapangan"),
    ("20 - 22 September 2027", "Tes kesamaptaan semester II"),
    ("30 September 2027", "Batas pengajuan bantuan biaya pelatihan mandiri"),
    ("15 Desember 2027", "Batas akhir unggah bukti JP tahun 2027"),
    ("20 Desember 2027", "Penetapan Insan SIGAP Teladan dan Pos Terbaik SIGAP"),
]
ISTILAH = [
    ("Apel Siaga", "apel kesiapsiagaan personel dan sarana sebelum musim rawan bencana."),
    ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Tanjung Ranggas."),
    ("Dalmas", "Pengendalian Massa, teknik pengamanan unjuk rasa dan keramaian."),
    ("Damkar", "Pemadam Kebakaran dan Penyelamatan."),
    (
        "e-RANGKA",
        f"{SISTEM_OLD_LONG}, aplikasi pencatatan JP lama yang digunakan sampai 31 Januari 2027.",
    ),
    ("Gakperda", "Penegakan Peraturan Perundang-undangan Daerah."),
    ("Instruktur SIGAP", "pegawai Satuan yang ditetapkan untuk mengajar dalam pelatihan internal."),
    ("JP", "jam pelajaran; satu JP pelatihan klasikal setara 45 menit."),
    ("Karhutla", "kebakaran hutan dan lahan."),
    (
        "Kelas SIGAP Lapangan",
        "rangkaian 8 modul mikro e-learning di SI-BARA yang dapat diakses dari telepon genggam.",
    ),
    ("Latgab", "latihan gabungan antarpos atau bersama instansi lain."),
    (
        "Linmas",
        "Perlindungan Masyarakat; Satlinmas adalah satuan perlindungan masyarakat di "
        "desa/kelurahan.",
    ),
    ("LRTL", "Laporan Rencana Tindak Lanjut, laporan penerapan hasil pelatihan di tempat kerja."),
    ("Mako", "Markas Komando Satuan di Jl. Jenderal Sudirman Km 4, Muara Ranggas."),
    ("PPNS", "Penyidik Pegawai Negeri Sipil yang menyidik pelanggaran Peraturan Daerah."),
    ("PPPK", "Pegawai Pemerintah dengan Perjanjian Kerja."),
    ("RPK", "Rencana Pengembangan Kompetensi, rencana tahunan setiap pegawai."),
    (
        "SI-BARA",
        f"{SISTEM_LONG}, aplikasi pencatatan pengembangan kompetensi sejak 1 Februari 2027.",
    ),
    ("SIGAP", f"{PROGRAM_LONG}, program pengembangan kompetensi Satuan."),
    ("Tibumtranmas", "Ketertiban Umum dan Ketenteraman Masyarakat."),
    ("Tipiring", "tindak pidana ringan, termasuk pelanggaran Peraturan Daerah."),
    ("Verifikator JP", "pegawai yang memeriksa dan mengesahkan pengakuan JP di SI-BARA."),
    ("Walpri", "pengawalan pribadi atau pengamanan pimpinan daerah."),
]


def render_pedoman(path):
    marks = _pedoman(_make_pdf(PED_TITLE), [])
    marks = _pedoman(_make_pdf(PED_TITLE), marks)
    pdf = _make_pdf(PED_TITLE)
    marks2 = _pedoman(pdf, marks)
    assert marks == marks2, "TOC pages moved between passes"
    pdf.output(path)
    return pdf.pages_count


def _pedoman(pdf, toc):
    pdf.running = f"Pedoman Program {PROGRAM} {SINGKAT} {KAB} Tahun 2027"
    pdf.skip_first_footer = True
    F = Flow(pdf)
    # ---------------------------------------------------------------- cover
    pdf.add_page()
    pdf.set_fill_color(178, 34, 34)
    pdf.rect(0, 0, pdf.w, 16, style="F")
    pdf.set_font("S", "B", 12)
    pdf.ln(14)
    for t in (f"PEMERINTAH {KAB.upper()}", SATUAN.upper()):
        pdf.multi_cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(28)
    pdf.set_font("S", "B", 28)
    pdf.cell(0, 13, f"PEDOMAN PROGRAM {PROGRAM}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 14)
    pdf.cell(0, 8, f"({PROGRAM_LONG})", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("S", "", 13)
    pdf.multi_cell(
        0,
        7,
        "Pengembangan Kompetensi Polisi Pamong Praja, PPNS, Linmas,\n"
        "Pemadam Kebakaran, dan Pegawai Sekretariat\nTahun 2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(42)
    pdf.set_font("S", "", 11)
    pdf.cell(0, 6, "Versi 1.0 - Februari 2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"{IBUKOTA}, {PROV}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(18)
    pdf.set_font("S", "I", 9)
    pdf.cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- foreword
    F.chapter("", "KATA PENGANTAR", toc=False)
    F.p(
        f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena Pedoman Program "
        f"{PROGRAM} Tahun 2027 dapat diselesaikan. Pedoman ini menjabarkan Peraturan Kepala "
        f"Satuan Nomor 1 Tahun 2027 tentang Pedoman Pengembangan Kompetensi Pegawai, yang "
        f"menggantikan seluruh ketentuan dalam Peraturan Kepala Satuan Nomor 3 Tahun 2024."
    )
    F.p(
        "Tugas Satuan kami sangat beragam: menegakkan Peraturan Daerah, menjaga ketertiban umum "
        "dan ketenteraman masyarakat, membina Satuan Perlindungan Masyarakat, serta memadamkan "
        "kebakaran dan melakukan penyelamatan. Keberagaman itu menuntut pegawai yang terus "
        "belajar, baik di ruang kelas maupun di lapangan, di Mako maupun di pos-pos yang jauh "
        "dari ibu kota kabupaten."
    )
    F.p(
        f"Program {PROGRAM} kami rancang agar setiap pegawai, termasuk personel yang bertugas "
        f"dalam sistem regu jaga, dapat memenuhi target jam pelajaran tanpa mengganggu "
        f"kesiapsiagaan. Seluruh kegiatan dicatat dalam {SISTEM} sehingga capaian setiap "
        f"pegawai dapat dipantau secara terbuka oleh pegawai itu sendiri dan atasannya."
    )
    F.p(
        "Terima kasih kami sampaikan kepada Tim Pengelola SIGAP, para Kepala Bidang, Kepala Pos "
        "Damkar Sektor, Kepala Unit Satpol PP Kecamatan, dan para Instruktur SIGAP. Saran "
        "perbaikan atas pedoman ini dapat disampaikan melalui Subbagian Umum dan Kepegawaian."
    )
    F.sign([f"{IBUKOTA}, {tgl('2027-02-15')}", "Kepala Satuan,", "", KASAT, f"NIP {KASAT_NIP}"])

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
        pdf.cell(w, 5.1, text)
        pdf.cell(12, 5.1, str(page), align="R", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- glossary
    F.chapter("", "DAFTAR ISTILAH DAN SINGKATAN")
    for term, expl in ISTILAH:
        F.need(F.lh * 2)
        pdf.set_font("S", "B", 10)
        pdf.cell(44, F.lh, term)
        pdf.set_font("S", "", 10)
        pdf.multi_cell(F.width - 44, F.lh, expl, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    # ---------------------------------------------------------------- BAB I
    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("1.1 Latar Belakang")
    F.p(
        f"{SATUAN} {KAB} ({SINGKAT}) dibentuk dari penggabungan Satuan Polisi Pamong Praja dan "
        f"Dinas Pemadam Kebakaran pada tahun 2022. Per 1 Januari 2027 Satuan memiliki {N_PEG} "
        f"pegawai Aparatur Sipil Negara, terdiri atas {N_PNS} Pegawai Negeri Sipil (PNS) dan "
        f"{N_PPPK} Pegawai Pemerintah dengan Perjanjian Kerja (PPPK). Sebanyak {N_DAMKAR} "
        f"pegawai bertugas di bidang pemadaman kebakaran dan penyelamatan, sebagian besar di "
        f"lima Pos Damkar Sektor yang bekerja dalam tiga regu jaga bergantian 24 jam."
    )
    F.p(
        "Hasil pemetaan pada akhir tahun 2026 menunjukkan rata-rata capaian pengembangan "
        "kompetensi baru 14,3 JP per pegawai. Sebanyak 58 pegawai sama sekali tidak memiliki "
        "catatan JP dan hanya 23,7% pegawai yang memenuhi target tahunan.\u00b9 Personel pos "
        "paling sulit mengikuti pelatihan klasikal karena jadwal regu jaga, sedangkan latihan "
        "rutin yang sudah berjalan di pos belum seluruhnya diakui sebagai JP.",
        note=[
            (
                "\u00b9",
                "Sumber: rekap aplikasi e-RANGKA per 31 Desember 2026, diolah Subbagian "
                "Umum dan Kepegawaian. Data pegawai yang mutasi masuk setelah 1 Oktober 2026 "
                "tidak dihitung.",
            )
        ],
    )
    F.p(
        f"Sejak tahun 2027 Satuan menyelenggarakan Program {PROGRAM} ({PROGRAM_LONG}), yaitu "
        f"kerangka terpadu yang menggabungkan pelatihan klasikal, latihan rutin di pos, "
        f"coaching dan mentoring, Forum Bedah Perkara bagi PPNS, serta pembelajaran mikro "
        f"melalui telepon genggam. Seluruh kegiatan dicatat dalam {SISTEM} ({SISTEM_LONG}) "
        f"yang menggantikan aplikasi {SISTEM_OLD} mulai 1 Februari 2027."
    )
    F.h2("1.2 Maksud dan Tujuan")
    F.p(
        "Pedoman ini dimaksudkan sebagai acuan bagi pegawai, atasan langsung, Kepala Pos, "
        "Kepala Unit Kecamatan, dan Tim Pengelola SIGAP. Tujuannya adalah:"
    )
    F.items(
        [
            "memastikan setiap pegawai memenuhi target JP tahunan sesuai kategorinya;",
            "menyelaraskan pelatihan dengan tugas penegakan Perda, ketertiban umum, "
            "perlindungan masyarakat, serta pemadaman dan penyelamatan;",
            "mengakui pembelajaran di tempat kerja, terutama latihan rutin di pos;",
            "menyediakan data kompetensi yang akurat melalui SI-BARA;",
            "menggunakan anggaran pengembangan kompetensi secara efisien dan tepat sasaran.",
        ],
        kind="al",
    )
    F.h2("1.3 Ruang Lingkup")
    F.p(
        "Pedoman ini berlaku bagi seluruh PNS dan PPPK di lingkungan Satuan, termasuk pegawai "
        "yang diperbantukan di kecamatan. Pedoman ini tidak mengatur pembinaan anggota Satlinmas "
        "di desa/kelurahan yang bukan pegawai ASN; pelatihan bagi anggota Satlinmas diatur "
        "tersendiri oleh Bidang Linmas. Ruang lingkup pedoman meliputi target JP, jalur "
        "pengembangan kompetensi, katalog pelatihan, perencanaan dan pencatatan, pembiayaan, "
        "serta monitoring, evaluasi, penghargaan, dan sanksi."
    )
    F.h2("1.4 Dasar Hukum")
    F.items(
        [
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah Nomor 16 Tahun 2018 tentang Satuan Polisi Pamong Praja;",
            "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
            "Kompetensi Pegawai Negeri Sipil;",
            "Peraturan Bupati Tanjung Ranggas Nomor 47 Tahun 2022 tentang Kedudukan, Susunan "
            "Organisasi, Tugas dan Fungsi, serta Tata Kerja Satuan Polisi Pamong Praja dan "
            "Pemadam Kebakaran;",
            "Peraturan Kepala Satuan Nomor 1 Tahun 2027 tentang Pedoman Pengembangan "
            "Kompetensi Pegawai.",
        ]
    )

    # ---------------------------------------------------------------- BAB II
    F.chapter("BAB II", "PROFIL PEGAWAI DAN UNIT KERJA")
    F.h2("2.1 Komposisi Pegawai per Unit Kerja")
    F.p(
        "Tabel 2.1 memuat jumlah pegawai setiap unit kerja per 1 Januari 2027. Pegawai PNS yang "
        "menduduki jabatan fungsional dicatat tersendiri karena target JP-nya berbeda."
    )
    rows = [
        [str(i), u[0], str(u[2]), str(u[3]), str(u[4]), str(u[2] + u[4])]
        for i, u in enumerate(UNITS, 1)
    ]
    rows.append(["", "Jumlah", str(N_PNS), str(N_JF), str(N_PPPK), str(N_PEG)])
    F.table(
        ["No", "Unit kerja", "PNS", "PNS jabatan fungsional", "PPPK", "Jumlah"],
        rows,
        [8, 70, 14, 22, 14, 16],
        caption="Tabel 2.1 Jumlah pegawai per unit kerja",
        aligns=["C", "L", "C", "C", "C", "C"],
        bold_last=True,
        keep=True,
    )
    F.h2("2.2 Komposisi Pegawai menurut Jabatan")
    F.table(
        ["Kelompok jabatan", "Rincian jenjang", "Jumlah"],
        [
            [
                "Jabatan pimpinan dan struktural",
                "1 pimpinan tinggi pratama, 5 administrator, 2 pengawas",
                "8",
            ],
            [
                "JF Polisi Pamong Praja",
                "Terampil 41, Mahir 36, Penyelia 14, Ahli Pertama 10, Ahli Muda 5",
                "106",
            ],
            ["JF Pemadam Kebakaran", "Pemula 12, Terampil 38, Mahir 21, Penyelia 9", "80"],
            ["JF Analis Kebakaran", "Ahli Pertama 6, Ahli Muda 3", "9"],
            [
                "Jabatan pelaksana dan JF lainnya",
                "termasuk 11 Koordinator Linmas Kecamatan, "
                "pranata komputer, analis SDM aparatur, dan pengelola keuangan",
                "109",
            ],
            ["Jumlah", "", "312"],
        ],
        [45, 95, 18],
        caption="Tabel 2.2 Komposisi pegawai menurut kelompok jabatan",
        bold_last=True,
        keep=True,
    )
    F.p(
        "Di antara pejabat fungsional Polisi Pamong Praja terdapat 8 orang yang telah diangkat "
        "sebagai Penyidik Pegawai Negeri Sipil (PPNS) Perda. Lima di antaranya bertugas di "
        "Bidang Gakperda, satu di Bidang Tibumtranmas, satu di Unit Satpol PP Kecamatan "
        "Sungai Kapuak, dan satu orang sedang menjalani tugas belajar. Satu orang Analis "
        "Kebakaran Ahli Pertama juga telah diangkat sebagai PPNS untuk Perda tentang "
        "Pencegahan dan Penanggulangan Kebakaran, sehingga jumlah PPNS Satuan seluruhnya 9 "
        "orang."
    )
    F.h2("2.3 Pos Damkar Sektor dan Unit Satpol PP Kecamatan")
    F.p(
        "Satuan mempunyai lima Pos Damkar Sektor dan enam Unit Satpol PP Kecamatan. Setiap pos "
        "dipimpin oleh seorang Kepala Pos yang sekaligus menjadi koordinator SIGAP di posnya."
    )
    F.table(
        ["Pos", "Alamat", "Kepala Pos", "Armada utama"],
        [[a, b, c, e] for a, b, c, e in POS_INFO],
        [38, 45, 25, 50],
        caption="Tabel 2.3 Pos Damkar Sektor",
        keep=True,
    )
    F.table(
        ["Unit kecamatan", "Kepala Unit", "Jumlah personel"],
        [[u[0], KEPALA_UNIT[u[0]], str(u[2] + u[4])] for u in UNIT_KEC],
        [70, 50, 25],
        caption="Tabel 2.4 Unit Satpol PP Kecamatan",
        keep=True,
    )

    # ---------------------------------------------------------------- BAB III
    F.chapter("BAB III", "ORGANISASI PENGELOLA SIGAP")
    F.h2("3.1 Tim Pengelola SIGAP")
    F.p(
        "Tim Pengelola SIGAP ditetapkan dengan Keputusan Kepala Satuan Nomor 800.1.3/021/Kep/2027 "
        "tanggal 11 Januari 2027. Susunan tim adalah sebagai berikut."
    )
    F.table(
        ["Kedudukan dalam tim", "Jabatan", "Nama"],
        [list(t) for t in TIM],
        [40, 62, 55],
        caption="Tabel 3.1 Susunan Tim Pengelola SIGAP 2027",
        keep=True,
    )
    F.h2("3.2 Tugas Tim Pengelola")
    F.items(
        [
            (
                "Ketua Harian bertugas:",
                [
                    "menyusun Rencana Pengembangan Kompetensi Satuan berdasarkan RPK pegawai;",
                    "mengoordinasikan penyelenggaraan pelatihan internal dan pengiriman peserta;",
                    "menyampaikan laporan semesteran kepada Kepala Satuan melalui Sekretaris.",
                ],
            ),
            (
                "Verifikator JP bertugas:",
                [
                    "memeriksa bukti kegiatan yang diunggah pegawai;",
                    "menghitung JP sesuai tabel konversi JP nonklasikal;",
                    "mengembalikan pengajuan yang tidak lengkap disertai alasan.",
                ],
            ),
            (
                "Administrator SI-BARA bertugas:",
                [
                    "mengelola akun dan hak akses pengguna;",
                    "menyinkronkan data JP ke sistem kepegawaian BKPSDM setiap hari Jumat;",
                    "menangani tiket kendala aplikasi.",
                ],
            ),
            (
                "Koordinator Instruktur bertugas menyusun jadwal Instruktur SIGAP, memantau mutu "
                "latihan rutin, dan mengusulkan Instruktur SIGAP baru.",
                None,
            ),
        ]
    )
    F.h2("3.3 Instruktur SIGAP")
    F.p(
        "Instruktur SIGAP adalah pegawai Satuan yang ditugaskan mengajar pada pelatihan "
        "internal dan membina latihan rutin di pos. Pada tahun 2027 terdapat 14 Instruktur "
        "SIGAP, yaitu 8 orang dari unsur Damkar dan 6 orang dari unsur Polisi Pamong Praja. "
        "Syarat menjadi Instruktur SIGAP:"
    )
    F.items(
        [
            "paling rendah menduduki jenjang Mahir atau Ahli Pertama;",
            "memiliki sertifikat pelatihan untuk pelatih (ToT) atau sertifikat keahlian di "
            "bidang yang diajarkan;",
            "tidak sedang menjalani hukuman disiplin;",
            "diusulkan oleh Kepala Bidang dan ditetapkan oleh Kepala Satuan.",
        ],
        kind="al",
    )
    F.p(
        "Instruktur SIGAP menerima honorarium Rp200.000 per JP mengajar pada pelatihan internal "
        "yang dibiayai DPA Satuan, dan memperoleh pengakuan JP nonklasikal sebagaimana "
        "tercantum dalam Tabel 5.1.\u00b2",
        note=[
            (
                "\u00b2",
                "Honorarium tidak dibayarkan untuk pembinaan latihan rutin di pos "
                "tempat Instruktur SIGAP bertugas sehari-hari.",
            )
        ],
    )

    # ---------------------------------------------------------------- BAB IV
    F.chapter("BAB IV", "TARGET JAM PELAJARAN")
    F.h2("4.1 Target JP Tahunan")
    F.p(
        "Setiap pegawai wajib memenuhi target JP tahunan. Satu JP pelatihan klasikal setara "
        "dengan 45 menit. Target JP berdasarkan Peraturan Kepala Satuan Nomor 1 Tahun 2027 "
        "adalah sebagai berikut."
    )
    F.table(
        ["Kategori pegawai", "Target JP per tahun", "Keterangan"],
        [
            [
                "PNS jabatan pimpinan, struktural, dan pelaksana",
                f"{JP_PNS} JP",
                "paling sedikit 8 JP pelatihan teknis sesuai tugas",
            ],
            [
                "PNS jabatan fungsional (Pol PP, Pemadam Kebakaran, Analis Kebakaran, dan JF "
                "lainnya)",
                f"{JP_JF} JP",
                "paling sedikit 16 JP pelatihan teknis atau fungsional",
            ],
            ["PPPK", f"{JP_PPPK} JP", "termasuk PPPK yang menduduki jabatan fungsional"],
            [
                "PPNS (tambahan)",
                f"{JP_PPNS} JP",
                "pelatihan teknis penyidikan, di luar target jabatannya",
            ],
        ],
        [62, 30, 66],
        caption="Tabel 4.1 Target JP tahunan",
        keep=True,
    )
    F.p(
        "JP nonklasikal diakui paling banyak 60% dari target JP tahunan pegawai. Sisa target "
        "harus dipenuhi melalui pelatihan klasikal. Contoh: PNS jabatan fungsional dengan "
        "target 36 JP dapat memenuhi paling banyak 21,6 JP dari jalur nonklasikal, sehingga "
        "sekurang-kurangnya 14,4 JP harus berasal dari pelatihan klasikal."
    )
    F.h2("4.2 Target Prorata dan Pengecualian")
    F.items(
        [
            "Pegawai dengan TMT pengangkatan atau mutasi masuk setelah 1 Juli memakai target "
            "50% dari target kategorinya.",
            "Pegawai yang menjalani tugas belajar atau cuti di luar tanggungan negara "
            "dibebaskan dari target JP selama masa tersebut.",
            "Pegawai yang menjalani cuti melahirkan atau cuti sakit lebih dari 30 hari "
            "kalender memperoleh pengurangan target secara proporsional.",
            "Pegawai yang pensiun sebelum 1 Oktober tidak dihitung dalam capaian Satuan.",
        ]
    )
    F.h2("4.3 Tes Kesamaptaan")
    F.p(
        "Selain target JP, setiap Polisi Pamong Praja dan Pemadam Kebakaran wajib mengikuti tes "
        "kesamaptaan jasmani dua kali setahun, yaitu pada bulan Maret dan September. Nilai "
        f"paling rendah yang dipersyaratkan adalah {SAMAPTA_NILAI} (kategori cukup). Pegawai "
        "dengan nilai di bawah batas tersebut wajib mengikuti program latihan fisik terukur "
        "selama 8 minggu yang dipantau Instruktur SIGAP, lalu mengikuti tes ulang.\u00b3 Tes "
        "kesamaptaan tidak dihitung sebagai JP.",
        note=[
            (
                "\u00b3",
                "Tes ulang dilaksanakan paling lambat 10 minggu setelah tes utama. "
                "Pegawai hamil dan pegawai dengan surat keterangan dokter dikecualikan.",
            )
        ],
    )

    # ---------------------------------------------------------------- BAB V
    F.chapter("BAB V", "JALUR PENGEMBANGAN KOMPETENSI")
    F.h2("5.1 Jalur Klasikal")
    F.p(
        "Jalur klasikal adalah pembelajaran tatap muka atau daring sinkron di kelas, meliputi "
        "pelatihan struktural kepemimpinan, pelatihan fungsional, pelatihan teknis, seminar, "
        "kursus, dan penataran. Pelatihan klasikal diakui apabila peserta hadir paling sedikit "
        f"{HADIR}% dari seluruh sesi dan memperoleh sertifikat atau surat keterangan dari "
        "penyelenggara."
    )
    F.h2("5.2 Jalur Nonklasikal")
    F.p(
        "Jalur nonklasikal adalah pembelajaran di tempat kerja dan pembelajaran mandiri. Bagi "
        "personel pos, jalur ini menjadi sarana utama karena dapat dilaksanakan di sela regu "
        "jaga. Pengakuan JP nonklasikal mengikuti Tabel 5.1."
    )
    F.table(
        ["Bentuk kegiatan", "Pengakuan JP", "Batas per tahun", "Bukti"],
        [list(r) for r in NONKLASIKAL],
        [50, 38, 20, 45],
        caption="Tabel 5.1 Konversi JP nonklasikal",
        keep=True,
    )
    F.p(
        "Latihan rutin diakui sebagai JP apabila berlangsung paling singkat 2 jam, materinya "
        "tercantum dalam rencana latihan bulanan pos, dan dipandu oleh Kepala Pos, Kepala Unit, "
        "atau Instruktur SIGAP. Latihan yang hanya berupa pengecekan kendaraan dan peralatan "
        "harian tidak diakui sebagai JP."
    )
    F.h2("5.3 Kelas SIGAP Lapangan")
    F.p(
        "Kelas SIGAP Lapangan adalah rangkaian 8 modul mikro yang dapat dipelajari melalui "
        "aplikasi SI-BARA di telepon genggam. Setiap modul berdurasi sekitar 90 menit, bernilai "
        "2 JP, dan diakhiri kuis dengan nilai lulus 70. Modul yang tersedia adalah:"
    )
    F.items(MODUL_SIGAP)
    F.p(
        "JP dari Kelas SIGAP Lapangan termasuk dalam batas e-learning 16 JP per tahun. Pegawai "
        "yang belum memiliki catatan JP sama sekali diprioritaskan mengikuti Kelas SIGAP "
        "Lapangan pada gelombang pertama."
    )
    F.h2("5.4 Tugas Belajar")
    F.p(
        "Tugas belajar hanya diberikan kepada PNS dengan masa kerja paling singkat 2 tahun dan "
        "penilaian kinerja dua tahun terakhir paling rendah Baik. Kuota tugas belajar tahun 2027 "
        "adalah 3 orang: 2 orang untuk program S1 Ilmu Hukum dan 1 orang untuk program D-IV "
        "Teknologi Penyelamatan dan Pemadam Kebakaran. Penerima tugas belajar wajib menjalani "
        "ikatan dinas selama 2 (dua) kali masa tugas belajar. PPPK tidak dapat diberikan tugas "
        "belajar, tetapi dapat mengikuti pelatihan dan kursus singkat."
    )

    # ---------------------------------------------------------------- BAB VI catalogue
    F.chapter("BAB VI", "KATALOG PELATIHAN 2027")
    F.p(
        "Katalog berikut memuat 38 pelatihan dan kegiatan pengembangan kompetensi yang "
        "direncanakan pada tahun 2027. Kode DK untuk pemadaman dan penyelamatan, PP untuk "
        "Polisi Pamong Praja, PN untuk PPNS, LM untuk Linmas, MN untuk manajerial, SK untuk "
        "kesekretariatan, dan UM untuk kegiatan umum. Kuota dapat berubah.\u2074",
        note=[
            (
                "\u2074",
                "Kuota pelatihan dapat ditambah atau dikurangi setelah penetapan APBD "
                "Perubahan Tahun 2027. Perubahan kuota diumumkan melalui SI-BARA.",
            )
        ],
    )
    F.table(
        ["Kode", "Nama pelatihan", "Sasaran", "JP", "Pelaksana", "Jadwal", "Kuota"],
        [[k[0], k[1], k[2], jp_show(k), k[4], k[5], str(k[6])] for k in KATALOG],
        [14, 40, 29, 17, 27, 22, 15],
        caption="Tabel 6.1 Katalog Pelatihan SIGAP 2027",
        size=8,
        lh=3.9,
        aligns=["L", "L", "L", "C", "L", "L", "C"],
    )
    F.p(
        "Perhatikan perbedaan pelatihan yang namanya mirip. Pelatihan Penyelamatan di Air "
        "(DK-03, 40 JP) ditujukan bagi personel yang belum pernah mengikutinya, sedangkan "
        "Penyegaran Penyelamatan di Air (DK-04, 12 JP) hanya untuk lulusan DK-03 tahun 2026. "
        "Demikian pula Dalmas Dasar (PP-02, 32 JP) merupakan prasyarat Pengendalian Massa "
        "Terpadu (PP-03, 16 JP), dan Pelatihan Pertolongan Pertama (LM-03, 24 JP) berbeda dari "
        "Pelatihan Bantuan Hidup Dasar (LM-04, 16 JP)."
    )

    # ---------------------------------------------------------------- BAB VII
    F.chapter("BAB VII", "PERENCANAAN DAN PENCATATAN DI SI-BARA")
    F.h2("7.1 Rencana Pengembangan Kompetensi (RPK)")
    F.p(
        f"Setiap pegawai menyusun RPK tahunan di SI-BARA paling lambat tanggal {RPK_BATAS} "
        "tahun berjalan. RPK memuat kompetensi yang akan dikembangkan, bentuk kegiatan, "
        "perkiraan JP, dan perkiraan waktu pelaksanaan. Atasan langsung memberikan persetujuan "
        "paling lambat 10 Februari. Khusus tahun 2027, karena peralihan aplikasi, RPK "
        f"disampaikan paling lambat {RPK_2027}."
    )
    F.p(
        "Ketua Harian merekapitulasi RPK menjadi Rencana Pengembangan Kompetensi Satuan yang "
        "ditetapkan Kepala Satuan paling lambat 15 Maret. Pegawai yang tidak menyusun RPK tidak "
        "diprioritaskan untuk pelatihan yang dibiayai DPA Satuan."
    )
    F.h2("7.2 Pendaftaran dan Penugasan")
    F.items(
        [
            "Pegawai mendaftar pelatihan pada menu Katalog di SI-BARA.",
            "Atasan langsung menyetujui pendaftaran; untuk personel pos, persetujuan diberikan "
            "oleh Kepala Pos dengan memperhatikan jadwal regu jaga.",
            "Ketua Harian menetapkan peserta sesuai kuota dan menerbitkan surat tugas.",
            "Pegawai yang batal mengikuti pelatihan wajib memberi tahu paling lambat 3 hari "
            "kerja sebelum pelatihan dimulai agar kuota dapat dialihkan.",
        ]
    )
    F.h2("7.3 Unggah Bukti dan Verifikasi")
    F.p(
        f"Bukti kegiatan diunggah ke SI-BARA paling lambat {UNGGAH} setelah kegiatan selesai. "
        f"Verifikator JP menyelesaikan verifikasi paling lama {VERIF_LAMA} sejak pengajuan "
        "diterima. Status pengajuan di SI-BARA adalah sebagai berikut:"
    )
    F.table(
        ["Status", "Arti"],
        [
            ["Draf", "pengajuan disimpan tetapi belum dikirim"],
            ["Diajukan", "menunggu persetujuan atasan langsung"],
            ["Diperiksa", "sedang diperiksa Verifikator JP"],
            ["Dikembalikan", "bukti kurang; pegawai melengkapi paling lambat 3 hari kerja"],
            ["Diverifikasi", "JP sah dan dihitung dalam capaian"],
            ["Ditolak", "kegiatan tidak memenuhi syarat pengakuan JP"],
        ],
        [30, 120],
        caption="Tabel 7.1 Status pengajuan JP di SI-BARA",
        keep=True,
    )
    F.h2("7.4 Laporan Rencana Tindak Lanjut (LRTL)")
    F.p(
        f"Peserta pelatihan klasikal dengan beban paling sedikit {LRTL_MIN} JP wajib "
        f"menyampaikan LRTL paling lambat {LRTL} setelah pelatihan berakhir. LRTL memuat "
        "rencana penerapan hasil pelatihan, dukungan yang diperlukan dari atasan, dan ukuran "
        "keberhasilannya. LRTL yang terlambat menyebabkan JP pelatihan tersebut berstatus "
        "Diperiksa sampai LRTL diterima."
    )

    # ---------------------------------------------------------------- BAB VIII
    F.chapter("BAB VIII", "PEMBIAYAAN")
    F.h2("8.1 Anggaran Program SIGAP 2027")
    F.p(
        f"Program SIGAP tahun 2027 dibiayai dari DPA Satuan sebesar {rp(ANGGARAN_TOTAL)} dengan "
        "rincian sebagai berikut."
    )
    F.table(
        ["No", "Komponen", "Pagu (Rp)"],
        [[str(i), a, ribuan(b)] for i, (a, b) in enumerate(ANGGARAN, 1)]
        + [["", "Jumlah", ribuan(ANGGARAN_TOTAL)]],
        [10, 100, 40],
        caption="Tabel 8.1 Pagu anggaran Program SIGAP 2027",
        aligns=["C", "L", "R"],
        bold_last=True,
        keep=True,
    )
    F.h2("8.2 Bantuan Biaya Pelatihan Mandiri")
    F.p(
        "Pegawai yang mengikuti pelatihan atas inisiatif sendiri dapat memperoleh penggantian "
        f"biaya paling banyak {rp(MANDIRI)} per pegawai per tahun, dengan syarat pelatihan "
        "tercantum dalam RPK, relevan dengan tugas, bernilai paling sedikit 8 JP, dan disetujui "
        f"atasan langsung. Permohonan diajukan paling lambat {MANDIRI_BATAS} tahun berjalan "
        "dengan melampirkan kuitansi asli dan sertifikat. Pagu bantuan tahun 2027 cukup untuk "
        "35 orang dan diberikan berdasarkan urutan pengajuan yang lengkap."
    )
    F.h2("8.3 Uang Transport Latihan")
    F.p(
        f"Peserta latihan gabungan atau pelatihan internal yang dilaksanakan di luar pos atau "
        f"kantor tempat tugasnya dan berlangsung paling singkat 6 jam diberikan uang transport "
        f"{rp(TRANSPORT)} per hari. Uang transport tidak diberikan kepada peserta yang "
        "difasilitasi kendaraan dinas atau yang latihan di tempat tugasnya sendiri."
    )

    # ---------------------------------------------------------------- BAB IX
    F.chapter("BAB IX", "MONITORING, EVALUASI, PENGHARGAAN, DAN SANKSI")
    F.h2("9.1 Monitoring dan Evaluasi")
    F.p(
        "Kepala Bidang, Kepala Pos, dan Kepala Unit menyampaikan laporan capaian JP unitnya "
        "setiap triwulan paling lambat tanggal 10 bulan berikutnya. Tim Pengelola "
        "menyelenggarakan rapat koordinasi evaluasi setiap semester, yaitu pada bulan Juli dan "
        "Januari. Indikator kinerja Program SIGAP tahun 2027 adalah:"
    )
    F.items(
        [
            "persentase pegawai yang memenuhi target JP: 70%;",
            "rata-rata JP per pegawai: paling sedikit 24 JP;",
            "jumlah pegawai tanpa catatan JP pada akhir tahun: 0 orang;",
            "persentase LRTL yang disampaikan tepat waktu: 85%.",
        ],
        kind="al",
    )
    F.h2("9.2 Penghargaan")
    F.p(
        "Setiap tahun Kepala Satuan menetapkan 3 (tiga) orang Insan SIGAP Teladan, masing-"
        "masing satu orang dari unsur Polisi Pamong Praja, unsur Damkar, dan unsur Sekretariat "
        "atau Linmas. Insan SIGAP Teladan menerima piagam dan uang pembinaan Rp1.500.000. Pos "
        "Damkar Sektor atau Unit Kecamatan dengan capaian JP tertinggi ditetapkan sebagai Pos "
        "Terbaik SIGAP dan menerima piala bergilir serta bantuan peralatan latihan senilai "
        "Rp5.000.000. Penghargaan diserahkan pada apel peringatan HUT Satpol PP dan Damkar."
    )
    F.h2("9.3 Sanksi")
    F.items(
        [
            "Pegawai dengan capaian di bawah 50% target pada akhir tahun diberi teguran lisan "
            "oleh atasan langsung.",
            "Pegawai yang tidak memenuhi target dua tahun berturut-turut diberi teguran tertulis "
            "dan tidak diprioritaskan untuk pelatihan yang dibiayai DPA Satuan, kecuali "
            "pelatihan wajib.",
            "Capaian JP menjadi salah satu bahan penilaian perilaku kerja dalam penilaian "
            "kinerja pegawai.",
        ]
    )

    # ---------------------------------------------------------------- BAB X
    F.chapter("BAB X", "PENUTUP")
    F.p(
        "Pedoman ini berlaku sejak ditetapkan dan akan ditinjau setiap tahun. Hal-hal yang "
        "belum diatur dalam pedoman ini akan ditetapkan lebih lanjut oleh Kepala Satuan "
        "berdasarkan usulan Tim Pengelola SIGAP. Dengan pedoman ini diharapkan setiap pegawai "
        "Satpol PP dan Damkar Kabupaten Tanjung Ranggas menjadi pembelajar yang sigap: siap "
        "menegakkan Perda, siap melindungi masyarakat, dan siap menyelamatkan."
    )
    F.sign([f"{IBUKOTA}, {tgl('2027-02-15')}", "Kepala Satuan,", "", KASAT, f"NIP {KASAT_NIP}"])

    # ---------------------------------------------------------------- LAMPIRAN
    F.chapter("LAMPIRAN I", "FORMAT RENCANA PENGEMBANGAN KOMPETENSI (RPK)")
    F.p("RPK diisi melalui menu RPK di SI-BARA. Isian yang diminta adalah:")
    F.kv(
        [
            ("Identitas", "nama, NIP/NI PPPK, jabatan, unit kerja, atasan langsung"),
            ("Kesenjangan kompetensi", "hasil penilaian kompetensi atau catatan atasan"),
            ("Kompetensi yang dikembangkan", "paling banyak 3 kompetensi prioritas"),
            ("Bentuk kegiatan", "klasikal atau nonklasikal, beserta kode katalog bila ada"),
            ("Perkiraan JP", "jumlah JP yang direncanakan untuk setiap kegiatan"),
            ("Waktu pelaksanaan", "bulan atau triwulan rencana pelaksanaan"),
            ("Persetujuan", "persetujuan elektronik atasan langsung di SI-BARA"),
        ],
        label_w=58,
    )
    F.p(
        "Contoh isian: seorang Pemadam Kebakaran Terampil di Pos Damkar Sektor Kuala Ransa "
        "merencanakan DK-03 (40 JP) pada September, Kelas SIGAP Lapangan (8 JP) pada Agustus, "
        "dan latihan rutin pos (12 JP) sepanjang tahun; total rencana 60 JP, dengan JP "
        "nonklasikal yang diakui tetap dibatasi 60% dari target.",
        italic=True,
    )
    F.chapter("LAMPIRAN II", "KALENDER PROGRAM SIGAP 2027")
    F.table(
        ["Tanggal", "Kegiatan"],
        [list(r) for r in KALENDER],
        [45, 110],
        caption="Kalender SIGAP 2027",
        keep=True,
    )
    F.chapter("LAMPIRAN III", "KONTAK TIM PENGELOLA SIGAP")
    F.table(
        ["Layanan", "Petugas", "Kontak"],
        [
            ["RPK, kuota, dan surat tugas", STAF_UMPEG, "ekstensi 115"],
            ["Verifikasi JP", VERIF, "ekstensi 112"],
            ["Akun dan kendala SI-BARA", ADMIN, f"WA {WA_SIBARA}"],
            ["Bantuan biaya pelatihan mandiri", BENDAHARA, "ekstensi 121"],
            ["Ketua Harian", UMPEG, "ekstensi 110"],
        ],
        [50, 55, 45],
        keep=True,
    )
    F.p(
        f"Telepon kantor {TELP}, surel {EMAIL}. Alamat Mako: {ALAMAT}. Jam layanan Senin "
        f"sampai Kamis pukul 07.30-16.00 WITA, Jumat pukul 07.30-11.00 WITA. {FIKTIF}",
        size=9,
        align="L",
    )
    return F.marks


# ============================================================================ regulations (PDF)
REG_TENTANG = (
    "Pedoman Pengembangan Kompetensi Pegawai di Lingkungan Satuan Polisi Pamong Praja "
    "dan Pemadam Kebakaran"
)


def _reg_head(pdf, nomor, tentang):
    pdf.add_page()
    pdf.set_font("R", "B", 11.5)
    for t in (
        f"PERATURAN KEPALA {SATUAN.upper()}",
        KAB.upper(),
        "",
        nomor,
        "",
        "TENTANG",
        "",
    ):
        pdf.multi_cell(0, 5.6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5.6, tentang.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5.6, "DENGAN RAHMAT TUHAN YANG MAHA ESA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(
        0, 5.6, f"KEPALA {SATUAN.upper()} {KAB.upper()},", align="C", new_x="LMARGIN", new_y="NEXT"
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


def _pasal(pdf, F, num, ayat):
    F.need(F.lh * 4)
    pdf.set_font("R", "B", F.size)
    pdf.ln(1.5)
    pdf.cell(0, F.lh, f"Pasal {num}", align="C", new_x="LMARGIN", new_y="NEXT")
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
        F.need(F.lh * 2)
        if numbered:
            pdf.cell(9, F.lh, f"({i + 1})")
            pdf.multi_cell(F.width - 9, F.lh, a, align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(F.width, F.lh, a, align="J", new_x="LMARGIN", new_y="NEXT")
        for j, s in enumerate(sub or []):
            mk = "abcdefghijklmnop"[j] + "." if numbered else f"{j + 1}."
            F.need(F.lh * 2)
            pdf.set_x(pdf.l_margin + 9)
            pdf.cell(7, F.lh, mk)
            pdf.multi_cell(F.width - 16, F.lh, s, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def _bab(pdf, F, num, title):
    F.need(F.lh * 8)
    pdf.ln(3)
    pdf.set_font("R", "B", F.size)
    pdf.cell(0, F.lh, f"BAB {num}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, F.lh, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _definisi(new):
    sis = f"{SISTEM} ({SISTEM_LONG})" if new else f"{SISTEM_OLD} ({SISTEM_OLD_LONG})"
    out = [
        "Daerah adalah Kabupaten Tanjung Ranggas.",
        f"Satuan adalah {SATUAN} {KAB}.",
        "Kepala Satuan adalah Kepala Satuan Polisi Pamong Praja dan Pemadam Kebakaran "
        "Kabupaten Tanjung Ranggas.",
        "Pegawai adalah Pegawai Negeri Sipil dan Pegawai Pemerintah dengan Perjanjian Kerja "
        "di lingkungan Satuan.",
        "Pengembangan Kompetensi adalah upaya untuk pemenuhan kebutuhan kompetensi Pegawai "
        "dengan standar kompetensi jabatan dan rencana pengembangan karier.",
        "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pembelajaran; satu JP "
        "pelatihan klasikal setara dengan 45 (empat puluh lima) menit.",
        "Rencana Pengembangan Kompetensi yang selanjutnya disingkat RPK adalah rencana tahunan "
        "pengembangan kompetensi setiap Pegawai.",
    ]
    if new:
        out += [
            f"Program {PROGRAM} ({PROGRAM_LONG}) adalah kerangka terpadu pengembangan kompetensi "
            "Pegawai di lingkungan Satuan.",
            f"{sis} adalah aplikasi pencatatan pengembangan kompetensi Pegawai.",
            "Verifikator JP adalah Pegawai yang ditetapkan Kepala Satuan untuk memeriksa dan "
            "mengesahkan pengakuan JP.",
            "Instruktur SIGAP adalah Pegawai yang ditetapkan Kepala Satuan untuk mengajar pada "
            "pelatihan internal.",
            "Latihan Rutin Pos adalah latihan keterampilan terjadwal di Pos Damkar Sektor atau "
            "Unit Satpol PP Kecamatan.",
        ]
    else:
        out += [
            f"{sis} adalah aplikasi pencatatan pengembangan kompetensi Pegawai.",
            "Latihan Rutin adalah latihan keterampilan terjadwal di pos pemadam kebakaran atau "
            "unit Satpol PP kecamatan.",
        ]
    return out


def render_perkasat_old(path):
    t = "Peraturan Kepala Satpol PP dan Damkar Kabupaten Tanjung Ranggas Nomor 3 Tahun 2024"
    pdf = _make_pdf(t, fam="R", header=t, total=False)
    F = Flow(pdf, size=10.5, lh=5.3)
    _reg_head(pdf, "NOMOR 3 TAHUN 2024", REG_TENTANG)
    _reg_list(
        pdf,
        F,
        "Menimbang",
        [
            "bahwa untuk meningkatkan profesionalisme Polisi Pamong Praja dan Pemadam Kebakaran "
            "diperlukan pengembangan kompetensi yang terencana dan berkelanjutan;",
            "bahwa penggabungan Satuan Polisi Pamong Praja dan Dinas Pemadam Kebakaran memerlukan "
            "satu pedoman pengembangan kompetensi yang berlaku bagi seluruh Pegawai;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
            "menetapkan Peraturan Kepala Satuan tentang Pedoman Pengembangan Kompetensi Pegawai di "
            "Lingkungan Satuan Polisi Pamong Praja dan Pemadam Kebakaran;",
        ],
    )
    _reg_list(
        pdf,
        F,
        "Mengingat",
        [
            "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah Nomor 16 Tahun 2018 tentang Satuan Polisi Pamong Praja;",
            "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
            "Kompetensi Pegawai Negeri Sipil;",
            "Peraturan Bupati Tanjung Ranggas Nomor 47 Tahun 2022 tentang Kedudukan, Susunan "
            "Organisasi, Tugas dan Fungsi, serta Tata Kerja Satuan Polisi Pamong Praja dan Pemadam "
            "Kebakaran;",
        ],
        marker="ol",
    )
    _memutuskan(pdf, F)
    _bab(pdf, F, "I", "KETENTUAN UMUM")
    _pasal(
        pdf,
        F,
        1,
        [("Dalam Peraturan Kepala Satuan ini yang dimaksud dengan:", _definisi(False))][0],
    )
    _pasal(
        pdf,
        F,
        2,
        "Peraturan Kepala Satuan ini dimaksudkan sebagai pedoman bagi Pegawai "
        "dan atasan dalam melaksanakan pengembangan kompetensi.",
    )
    _bab(pdf, F, "II", "TARGET JAM PELAJARAN")
    _pasal(
        pdf,
        F,
        3,
        [
            (
                "Setiap Pegawai wajib memenuhi target JP setiap tahun dengan ketentuan:",
                [
                    f"PNS yang menduduki jabatan fungsional paling sedikit {JP_JF_OLD} ({'tiga puluh'}) "
                    "JP;",
                    f"PNS selain huruf a paling sedikit {JP_PNS_OLD} (dua puluh) JP; dan",
                    f"PPPK paling sedikit {JP_PPPK_OLD} (sepuluh) JP.",
                ],
            ),
            f"PPNS wajib mengikuti pelatihan teknis penyidikan paling sedikit {JP_PPNS_OLD} (empat) "
            "JP setiap tahun sebagai bagian dari target sebagaimana dimaksud pada ayat (1).",
            "JP nonklasikal diakui paling banyak 50% (lima puluh persen) dari target JP tahunan.",
        ],
    )
    _pasal(
        pdf,
        F,
        4,
        "Pegawai yang menjalani tugas belajar dibebaskan dari kewajiban "
        "sebagaimana dimaksud dalam Pasal 3 selama masa tugas belajar.",
    )
    _bab(pdf, F, "III", "PERENCANAAN")
    _pasal(
        pdf,
        F,
        5,
        [
            f"Setiap Pegawai menyusun RPK paling lambat tanggal {RPK_BATAS_OLD} tahun berjalan.",
            f"RPK disampaikan melalui {SISTEM_OLD} dan disetujui atasan langsung.",
        ],
    )
    _pasal(
        pdf,
        F,
        6,
        "Rencana pengembangan kompetensi Satuan ditetapkan oleh Kepala Satuan "
        "paling lambat tanggal 30 April tahun berjalan.",
    )
    _bab(pdf, F, "IV", "JALUR PENGEMBANGAN KOMPETENSI")
    _pasal(
        pdf,
        F,
        7,
        [
            "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan nonklasikal.",
            (
                "Pengakuan JP nonklasikal ditetapkan sebagai berikut:",
                [
                    f"e-learning paling banyak {ELEARN_OLD} (sepuluh) JP per tahun;",
                    f"Latihan Rutin diakui {RUTIN_SESI_OLD} (satu) JP per sesi dan paling banyak "
                    f"{RUTIN_MAX_OLD} (delapan) JP per tahun;",
                    "coaching dan mentoring diakui 1 (satu) JP per sesi dan paling banyak 6 (enam) JP "
                    "per tahun.",
                ],
            ),
        ],
    )
    _bab(pdf, F, "V", "PELAKSANAAN")
    _pasal(
        pdf,
        F,
        8,
        f"Pelatihan klasikal diakui apabila Pegawai hadir paling sedikit "
        f"{HADIR_OLD}% (delapan puluh persen) dari seluruh sesi.",
    )
    _pasal(
        pdf,
        F,
        9,
        [
            "Polisi Pamong Praja dan Pemadam Kebakaran wajib mengikuti tes kesamaptaan jasmani "
            "1 (satu) kali setahun.",
            f"Nilai paling rendah tes kesamaptaan jasmani adalah {SAMAPTA_NILAI_OLD} (lima puluh "
            "lima).",
        ],
    )
    _pasal(
        pdf,
        F,
        10,
        f"Peserta pelatihan klasikal dengan beban paling sedikit {LRTL_MIN_OLD} "
        f"(tiga puluh dua) JP wajib menyampaikan laporan pascapelatihan paling lambat "
        f"{LRTL_OLD} setelah pelatihan berakhir.",
    )
    _bab(pdf, F, "VI", "PENCATATAN")
    _pasal(
        pdf,
        F,
        11,
        [
            f"Pegawai mengunggah sertifikat atau bukti kegiatan ke {SISTEM_OLD} paling lambat "
            f"{UNGGAH_OLD} setelah kegiatan selesai.",
            f"Verifikasi diselesaikan paling lama {VERIF_LAMA_OLD} sejak bukti diunggah.",
        ],
    )
    _bab(pdf, F, "VII", "PEMBIAYAAN")
    _pasal(
        pdf,
        F,
        12,
        "Pengembangan kompetensi dibiayai dari anggaran Satuan dan sumber lain "
        "yang sah dan tidak mengikat.",
    )
    _pasal(
        pdf,
        F,
        13,
        [
            f"Pegawai yang mengikuti pelatihan mandiri dapat diberikan penggantian biaya paling "
            f"banyak {rp(MANDIRI_OLD)} (satu juta lima ratus ribu rupiah) per tahun.",
            f"Permohonan penggantian biaya diajukan paling lambat tanggal {MANDIRI_BATAS_OLD} "
            "tahun berjalan.",
        ],
    )
    _pasal(
        pdf,
        F,
        14,
        [
            f"Peserta latihan gabungan di luar tempat tugas diberikan uang transport sebesar "
            f"{rp(TRANSPORT_OLD)} (enam puluh ribu rupiah) per hari.",
            "Pegawai yang selesai tugas belajar wajib menjalani ikatan dinas selama masa tugas "
            "belajar ditambah 1 (satu) tahun.",
        ],
    )
    _bab(pdf, F, "VIII", "PENGHARGAAN DAN SANKSI")
    _pasal(
        pdf,
        F,
        15,
        "Pegawai dengan capaian JP terbaik setiap tahun dapat diberikan "
        "penghargaan oleh Kepala Satuan.",
    )
    _pasal(
        pdf,
        F,
        16,
        "Pegawai yang tidak memenuhi target JP diberi teguran lisan oleh atasan langsung.",
    )
    _bab(pdf, F, "IX", "KETENTUAN PENUTUP")
    _pasal(
        pdf,
        F,
        17,
        "Hal-hal yang belum diatur dalam Peraturan Kepala Satuan ini ditetapkan "
        "lebih lanjut oleh Kepala Satuan.",
    )
    _pasal(pdf, F, 18, "Peraturan Kepala Satuan ini mulai berlaku pada tanggal ditetapkan.")
    F.sign(
        [
            "Ditetapkan di Muara Ranggas",
            f"pada tanggal {tgl('2024-02-12')}",
            "",
            f"KEPALA {SINGKAT.upper()}",
            KAB.upper() + ",",
            "",
            KASAT_OLD,
            f"NIP {KASAT_OLD_NIP}",
        ],
        x_off=78,
    )
    pdf.output(path)
    return pdf.pages_count


def _memutuskan(pdf, F, extra=""):
    F.need(F.lh * 6)
    pdf.set_font("R", "B", F.size)
    pdf.cell(0, F.lh, "MEMUTUSKAN:", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("R", "", F.size)
    pdf.multi_cell(
        0,
        F.lh,
        "Menetapkan : PERATURAN KEPALA SATUAN TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI "
        "DI LINGKUNGAN SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN." + extra,
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)


def render_perkasat_new(path):
    t = "Peraturan Kepala Satpol PP dan Damkar Kabupaten Tanjung Ranggas Nomor 1 Tahun 2027"
    pdf = _make_pdf(t, fam="R", header=t, total=False)
    F = Flow(pdf, size=10.5, lh=5.3)
    _reg_head(pdf, "NOMOR 1 TAHUN 2027", REG_TENTANG)
    _reg_list(
        pdf,
        F,
        "Menimbang",
        [
            "bahwa Peraturan Kepala Satuan Nomor 3 Tahun 2024 tentang Pedoman Pengembangan "
            "Kompetensi Pegawai di Lingkungan Satuan Polisi Pamong Praja dan Pemadam Kebakaran "
            "sudah tidak sesuai dengan kebutuhan kompetensi dan perkembangan kebijakan "
            "pengembangan kompetensi Aparatur Sipil Negara;",
            f"bahwa mulai tahun 2027 pengembangan kompetensi Pegawai diselenggarakan melalui "
            f"Program {PROGRAM} dan dicatat dalam {SISTEM} sebagai pengganti aplikasi "
            f"{SISTEM_OLD};",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
            "menetapkan Peraturan Kepala Satuan tentang Pedoman Pengembangan Kompetensi Pegawai di "
            "Lingkungan Satuan Polisi Pamong Praja dan Pemadam Kebakaran;",
        ],
    )
    _reg_list(
        pdf,
        F,
        "Mengingat",
        [
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah Nomor 16 Tahun 2018 tentang Satuan Polisi Pamong Praja;",
            "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
            "Kompetensi Pegawai Negeri Sipil;",
            "Peraturan Bupati Tanjung Ranggas Nomor 47 Tahun 2022 tentang Kedudukan, Susunan "
            "Organisasi, Tugas dan Fungsi, serta Tata Kerja Satuan Polisi Pamong Praja dan Pemadam "
            "Kebakaran;",
        ],
        marker="ol",
    )
    _memutuskan(pdf, F)
    _bab(pdf, F, "I", "KETENTUAN UMUM")
    _pasal(pdf, F, 1, ("Dalam Peraturan Kepala Satuan ini yang dimaksud dengan:", _definisi(True)))
    _pasal(
        pdf,
        F,
        2,
        [
            "Peraturan Kepala Satuan ini dimaksudkan sebagai pedoman bagi Pegawai, atasan "
            "langsung, dan Tim Pengelola SIGAP dalam melaksanakan pengembangan kompetensi.",
            "Peraturan Kepala Satuan ini bertujuan agar setiap Pegawai memenuhi target JP dan "
            "kompetensi sesuai standar kompetensi jabatannya.",
        ],
    )
    _bab(pdf, F, "II", "TARGET JAM PELAJARAN")
    _pasal(
        pdf,
        F,
        3,
        [
            (
                "Setiap Pegawai wajib memenuhi target JP setiap tahun dengan ketentuan:",
                [
                    f"PNS yang menduduki jabatan fungsional paling sedikit {JP_JF} (tiga puluh enam) "
                    "JP;",
                    f"PNS selain huruf a paling sedikit {JP_PNS} (dua puluh empat) JP; dan",
                    f"PPPK paling sedikit {JP_PPPK} (enam belas) JP.",
                ],
            ),
            f"Selain target sebagaimana dimaksud pada ayat (1), PPNS wajib mengikuti pelatihan "
            f"teknis penyidikan paling sedikit {JP_PPNS} (delapan) JP setiap tahun.",
            "JP nonklasikal diakui paling banyak 60% (enam puluh persen) dari target JP tahunan.",
        ],
    )
    _pasal(
        pdf,
        F,
        4,
        [
            "Pegawai dengan TMT pengangkatan atau mutasi masuk setelah tanggal 1 Juli memenuhi 50% "
            "(lima puluh persen) dari target JP sebagaimana dimaksud dalam Pasal 3 ayat (1).",
            "Pegawai yang menjalani tugas belajar atau cuti di luar tanggungan negara dibebaskan "
            "dari target JP selama masa tersebut.",
            "Pegawai yang menjalani cuti melahirkan atau cuti sakit lebih dari 30 (tiga puluh) hari "
            "kalender memperoleh pengurangan target JP secara proporsional.",
        ],
    )
    _bab(pdf, F, "III", "PERENCANAAN")
    _pasal(
        pdf,
        F,
        5,
        [
            f"Setiap Pegawai menyusun RPK melalui {SISTEM} paling lambat tanggal {RPK_BATAS} tahun "
            "berjalan.",
            "Atasan langsung memberikan persetujuan atas RPK paling lambat tanggal 10 Februari "
            "tahun berjalan.",
        ],
    )
    _pasal(
        pdf,
        F,
        6,
        "Rencana Pengembangan Kompetensi Satuan ditetapkan oleh Kepala Satuan "
        "paling lambat tanggal 15 Maret tahun berjalan.",
    )
    _bab(pdf, F, "IV", "JALUR PENGEMBANGAN KOMPETENSI")
    _pasal(
        pdf,
        F,
        7,
        [
            "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan nonklasikal.",
            (
                "Jalur nonklasikal meliputi:",
                [
                    "e-learning dan pembelajaran daring mandiri, termasuk Kelas SIGAP Lapangan;",
                    "Latihan Rutin Pos dan latihan gabungan;",
                    "coaching dan mentoring;",
                    "Forum Bedah Perkara PPNS;",
                    "magang atau detasering; dan",
                    "penugasan sebagai Instruktur SIGAP.",
                ],
            ),
        ],
    )
    _pasal(
        pdf,
        F,
        8,
        [
            f"E-learning diakui paling banyak {ELEARN} (enam belas) JP per tahun.",
            f"Latihan Rutin Pos diakui {RUTIN_SESI} (dua) JP per sesi dan paling banyak "
            f"{RUTIN_MAX} (dua belas) JP per tahun.",
            "Coaching dan mentoring diakui 1 (satu) JP untuk setiap 60 (enam puluh) menit, paling "
            "banyak 2 (dua) JP per sesi dan 10 (sepuluh) JP per tahun.",
            "Rincian konversi JP nonklasikal lainnya ditetapkan dalam Pedoman Program SIGAP.",
        ],
    )
    _bab(pdf, F, "V", "PELAKSANAAN")
    _pasal(
        pdf,
        F,
        9,
        f"Pelatihan klasikal diakui apabila Pegawai hadir paling sedikit {HADIR}% "
        "(sembilan puluh persen) dari seluruh sesi.",
    )
    _pasal(
        pdf,
        F,
        10,
        [
            "Polisi Pamong Praja dan Pemadam Kebakaran wajib mengikuti tes kesamaptaan jasmani "
            "2 (dua) kali setahun pada bulan Maret dan September.",
            f"Nilai paling rendah tes kesamaptaan jasmani adalah {SAMAPTA_NILAI} (enam puluh "
            "satu).",
        ],
    )
    _pasal(
        pdf,
        F,
        11,
        f"Peserta pelatihan klasikal dengan beban paling sedikit {LRTL_MIN} (dua "
        f"puluh empat) JP wajib menyampaikan Laporan Rencana Tindak Lanjut paling lambat "
        f"{LRTL} setelah pelatihan berakhir.",
    )
    _bab(pdf, F, "VI", "PENCATATAN")
    _pasal(
        pdf,
        F,
        12,
        f"Pegawai mengunggah sertifikat atau bukti kegiatan ke {SISTEM} paling "
        f"lambat {UNGGAH} setelah kegiatan selesai.",
    )
    _pasal(
        pdf,
        F,
        13,
        [
            f"Verifikator JP menyelesaikan verifikasi paling lama {VERIF_LAMA} sejak pengajuan "
            "diterima.",
            "Pengajuan yang tidak lengkap dikembalikan kepada Pegawai untuk dilengkapi paling "
            "lambat 3 (tiga) hari kerja.",
        ],
    )
    _bab(pdf, F, "VII", "PEMBIAYAAN")
    _pasal(
        pdf,
        F,
        14,
        "Pengembangan kompetensi dibiayai dari Dokumen Pelaksanaan Anggaran "
        "Satuan dan sumber lain yang sah dan tidak mengikat.",
    )
    _pasal(
        pdf,
        F,
        15,
        [
            f"Pegawai yang mengikuti pelatihan mandiri dapat diberikan penggantian biaya paling "
            f"banyak {rp(MANDIRI)} (dua juta lima ratus ribu rupiah) per tahun.",
            f"Permohonan penggantian biaya diajukan paling lambat tanggal {MANDIRI_BATAS} tahun "
            "berjalan.",
        ],
    )
    _pasal(
        pdf,
        F,
        16,
        [
            f"Peserta latihan gabungan atau pelatihan internal di luar tempat tugas yang "
            f"berlangsung paling singkat 6 (enam) jam diberikan uang transport sebesar "
            f"{rp(TRANSPORT)} (delapan puluh lima ribu rupiah) per hari.",
            "Pegawai yang selesai tugas belajar wajib menjalani ikatan dinas selama 2 (dua) kali "
            "masa tugas belajar.",
        ],
    )
    _bab(pdf, F, "VIII", "PENGHARGAAN DAN SANKSI")
    _pasal(
        pdf,
        F,
        17,
        [
            "Kepala Satuan menetapkan Insan SIGAP Teladan dan Pos Terbaik SIGAP setiap tahun.",
            "Ketentuan mengenai bentuk dan besaran penghargaan diatur dalam Pedoman Program SIGAP.",
        ],
    )
    _pasal(
        pdf,
        F,
        18,
        [
            "Pegawai dengan capaian JP di bawah 50% (lima puluh persen) dari target pada akhir "
            "tahun diberi teguran lisan oleh atasan langsung.",
            "Pegawai yang tidak memenuhi target JP 2 (dua) tahun berturut-turut diberi teguran "
            "tertulis dan tidak diprioritaskan untuk pelatihan yang dibiayai Satuan, kecuali "
            "pelatihan wajib.",
        ],
    )
    _bab(pdf, F, "IX", "KETENTUAN PERALIHAN")
    _pasal(
        pdf,
        F,
        19,
        [
            f"Khusus tahun 2027, RPK sebagaimana dimaksud dalam Pasal 5 ayat (1) disampaikan paling "
            f"lambat tanggal {RPK_2027}.",
            f"Data JP yang tercatat dalam {SISTEM_OLD} sebelum tanggal 1 Februari 2027 dipindahkan "
            f"ke {SISTEM} paling lambat tanggal 31 Maret 2027.",
        ],
    )
    _bab(pdf, F, "X", "KETENTUAN PENUTUP")
    _pasal(
        pdf,
        F,
        20,
        "Pada saat Peraturan Kepala Satuan ini mulai berlaku, Peraturan Kepala "
        "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Tanjung Ranggas Nomor 3 "
        "Tahun 2024 tentang Pedoman Pengembangan Kompetensi Pegawai di Lingkungan Satuan "
        "Polisi Pamong Praja dan Pemadam Kebakaran dicabut dan dinyatakan tidak berlaku.",
    )
    _pasal(pdf, F, 21, "Peraturan Kepala Satuan ini mulai berlaku pada tanggal 1 Februari 2027.")
    F.sign(
        [
            "Ditetapkan di Muara Ranggas",
            f"pada tanggal {tgl('2027-01-08')}",
            "",
            f"KEPALA {SINGKAT.upper()}",
            KAB.upper() + ",",
            "",
            KASAT,
            f"NIP {KASAT_NIP}",
        ],
        x_off=78,
    )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ attendance data
POS_KODE = {
    "Pos Damkar Sektor Muara Ranggas Kota": "DK-MRK",
    "Pos Damkar Sektor Sungai Kapuak": "DK-SKP",
    "Pos Damkar Sektor Tanjung Lampas": "DK-TLP",
    "Pos Damkar Sektor Batu Bahalang": "DK-BBH",
    "Pos Damkar Sektor Kuala Ransa": "DK-KRS",
    "Unit Satpol PP Kecamatan Muara Ranggas": "PP-MRG",
    "Unit Satpol PP Kecamatan Sungai Kapuak": "PP-SKP",
    "Unit Satpol PP Kecamatan Tanjung Lampas": "PP-TLP",
    "Unit Satpol PP Kecamatan Batu Bahalang": "PP-BBH",
    "Unit Satpol PP Kecamatan Kuala Ransa": "PP-KRS",
    "Unit Satpol PP Kecamatan Long Sebatu": "PP-LSB",
}
MATERI_DK = [
    "Pemeriksaan APD dan SCBA",
    "Pompa portabel dan pemasangan selang",
    "Teknik nozzle dan semprotan kabut",
    "Evakuasi korban dari bangunan",
    "Pemadaman kebakaran lahan gambut",
    "Penanganan ular dan sarang tawon",
]
MATERI_PP = [
    "Peraturan baris-berbaris dan apel",
    "Teknik patroli wilayah",
    "Penertiban PKL secara humanis",
    "Formasi Dalmas dasar",
    "Penyusunan berita acara penertiban",
    "Bela diri praktis",
]
KET = {
    ("DK-SKP", 1): "Uji coba 4 set SCBA baru",
    ("PP-LSB", 2): "1 sesi diganti latihan gabungan dengan Koramil Long Sebatu",
    ("DK-KRS", 3): "2 sesi batal karena pemadaman kebakaran lahan 16-19 Maret",
    ("DK-MRK", 4): "Dipandu Instruktur SIGAP Ruslan Efendi",
    ("PP-TLP", 5): "1 sesi batal karena pengamanan Festival Dermaga Lama",
    ("DK-BBH", 6): "Latihan di Bendungan Batu Bahalang",
    ("DK-TLP", 6): "Sesi ke-4 dirangkai dengan evaluasi coaching",
}
RATE_BIAS = {
    "DK-MRK": 0.90,
    "DK-SKP": 0.88,
    "DK-TLP": 0.95,
    "DK-BBH": 0.86,
    "DK-KRS": 0.80,
    "PP-MRG": 0.89,
    "PP-SKP": 0.87,
    "PP-TLP": 0.91,
    "PP-BBH": 0.85,
    "PP-KRS": 0.84,
    "PP-LSB": 0.82,
}


def kehadiran():
    """Rows of the attendance recap: one per post per month, then one semester row per post."""
    rng = random.Random(20270630)
    rows = []
    sem = {}
    posts = POS_DAMKAR + UNIT_KEC
    for m in range(1, 7):
        for u in posts:
            kode = POS_KODE[u[0]]
            dk = kode.startswith("DK")
            pers = u[2] + u[4]
            jadwal = 4 if dk else 2
            batal = 0
            ket = KET.get((kode, m), "")
            if "2 sesi batal" in ket:
                batal = 2
            elif "1 sesi batal" in ket:
                batal = 1
            sesi = jadwal - batal
            rate = min(0.99, max(0.70, RATE_BIAS[kode] + rng.uniform(-0.05, 0.05)))
            hadir = round(pers * sesi * rate)
            pct = 100 * hadir / (pers * sesi)
            materi = (MATERI_DK if dk else MATERI_PP)[(m - 1 + len(kode)) % 6]
            if (kode, m) == ("DK-BBH", 6):
                materi = "Penyelamatan di air dengan throw bag"
            rows.append(
                [
                    BULAN[m - 1],
                    kode,
                    u[0],
                    "Pos Damkar" if dk else "Unit Satpol PP",
                    pers,
                    jadwal,
                    sesi,
                    hadir,
                    koma(pct),
                    materi,
                    ket,
                ]
            )
            s = sem.setdefault(
                kode, [u[0], "Pos Damkar" if dk else "Unit Satpol PP", pers, 0, 0, 0]
            )
            s[3] += jadwal
            s[4] += sesi
            s[5] += hadir
    semrows = []
    for kode, (nama, jenis, pers, jad, ses, had) in sem.items():
        pct = 100 * had / (pers * ses)
        semrows.append(
            [
                "Semester I",
                kode,
                nama,
                jenis,
                pers,
                jad,
                ses,
                had,
                koma(pct),
                "-",
                "Rekap Januari-Juni 2027",
            ]
        )
    return rows, semrows


def kehadiran_stats():
    _, semrows = kehadiran()
    vals = [(float(r[8].replace(",", ".")), r[2]) for r in semrows]
    hi = max(vals)
    lo = min(vals)
    tot_h = sum(r[7] for r in semrows)
    tot_p = sum(r[4] * r[6] for r in semrows)
    jad = sum(r[5] for r in semrows)
    ses = sum(r[6] for r in semrows)
    return dict(hi=hi, lo=lo, avg=koma(100 * tot_h / tot_p), jadwal=jad, sesi=ses)


# ============================================================================ letter (PDF)
PPNS_PESERTA = [
    (
        "Yudhi Prasetyo, S.H.",
        "19820714 200701 1 009",
        "Polisi Pamong Praja Ahli Muda",
        "Bidang Gakperda",
    ),
    (
        "Mariani Saputri, S.H.",
        "19880203 201101 2 004",
        "Polisi Pamong Praja Ahli Pertama",
        "Bidang Gakperda",
    ),
    (
        "Hairudin Nafarin, S.H.",
        "19860911 201001 1 012",
        "Polisi Pamong Praja Ahli Pertama",
        "Bidang Gakperda",
    ),
    (
        "Ferdinan Ngabut, S.Sos.",
        "19810426 200604 1 005",
        "Polisi Pamong Praja Ahli Muda",
        "Bidang Tibumtranmas",
    ),
    (
        "Nurul Aini Rahmah, S.H.",
        "19920517 201503 2 001",
        "Polisi Pamong Praja Ahli Pertama",
        "Bidang Gakperda",
    ),
    (
        "Johansyah, S.AP.",
        "19790830 200312 1 004",
        "Polisi Pamong Praja Penyelia",
        "Unit Satpol PP Kecamatan Sungai Kapuak",
    ),
    (
        "Lilis Suryani, S.H.",
        "19900128 201402 2 003",
        "Polisi Pamong Praja Ahli Pertama",
        "Bidang Gakperda",
    ),
    (
        "Markus Uyang, S.T.",
        "19910305 201503 1 002",
        "Analis Kebakaran Ahli Pertama",
        "Bidang Damkar",
    ),
]


def _speckles(pdf, rng, n=260):
    pdf.set_fill_color(246, 244, 238)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_draw_color(205, 203, 198)
    pdf.set_line_width(0.3)
    pdf.line(0, pdf.h * 0.36, pdf.w, pdf.h * 0.36 + 0.8)
    pdf.set_line_width(0.2)
    for _ in range(n):
        g = rng.randint(150, 215)
        pdf.set_fill_color(g, g, g)
        r = rng.uniform(0.08, 0.35)
        pdf.ellipse(rng.uniform(3, pdf.w - 3), rng.uniform(3, pdf.h - 3), r, r, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(0, 0, 0)


def _kop(pdf):
    pdf.set_draw_color(30, 30, 30)
    pdf.set_fill_color(235, 235, 235)
    pdf.ellipse(24, 16, 20, 22, style="D")
    pdf.set_font("S", "B", 6)
    pdf.set_xy(24, 24)
    pdf.cell(20, 3, "LOGO", align="C")
    pdf.set_text_color(25, 25, 25)
    pdf.set_xy(46, 15)
    pdf.set_font("R", "B", 12)
    pdf.cell(0, 6, f"PEMERINTAH {KAB.upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(46)
    pdf.set_font("R", "B", 11)
    pdf.multi_cell(pdf.w - 46 - 18, 5.5, SATUAN.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(46)
    pdf.set_font("R", "", 8.5)
    pdf.multi_cell(
        pdf.w - 46 - 18,
        4,
        f"{ALAMAT} Telepon {TELP}\nLaman satpolppdamkar.tanjungranggaskab.go.id  Pos-el " + EMAIL,
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = max(pdf.get_y(), 40) + 2
    pdf.set_line_width(0.9)
    pdf.line(18, y, pdf.w - 18, y)
    pdf.set_line_width(0.3)
    pdf.line(18, y + 1.3, pdf.w - 18, y + 1.3)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 5)


def _stamp(pdf, x, y):
    pdf.set_draw_color(60, 80, 160)
    pdf.set_line_width(0.6)
    pdf.ellipse(x, y, 34, 34, style="D")
    pdf.ellipse(x + 3, y + 3, 28, 28, style="D")
    pdf.set_line_width(0.5)
    pdf.set_draw_color(30, 30, 60)
    # a hand-drawn looking signature
    pdf.bezier([(x + 12, y + 24), (x + 20, y + 5), (x + 26, y + 30), (x + 34, y + 12)])
    pdf.bezier([(x + 30, y + 20), (x + 38, y + 16), (x + 42, y + 22), (x + 48, y + 14)])
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def render_surat(path):
    pdf = _make_pdf(
        "Undangan Pelatihan Penyidikan Lanjutan bagi PPNS Angkatan II Tahun 2027",
        fam="R",
        header="",
        footer="",
        total=False,
        bottom=14,
    )
    pdf.set_margins(24, 15, 20)
    rng = random.Random(8162027)
    pdf.no_footer = True
    F = Flow(pdf, size=10, lh=4.9)
    pdf.add_page()
    pdf.set_auto_page_break(False)
    _speckles(pdf, rng)
    _kop(pdf)
    pdf.set_text_color(25, 25, 25)
    pdf.set_font("R", "", 10.5)
    pdf.set_x(pdf.w - 20 - 70)
    pdf.cell(70, 5.2, f"{IBUKOTA}, {tgl('2027-08-16')}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    F.kv(
        [
            ("Nomor", "800.1.5/0417/Umpeg/VIII/2027"),
            ("Sifat", "Penting"),
            ("Lampiran", "1 (satu) lembar"),
            ("Hal", "Undangan Pelatihan Penyidikan Lanjutan bagi PPNS Angkatan II Tahun 2027"),
        ],
        label_w=22,
    )
    F.p(
        "Yth. Saudara/Saudari Peserta (daftar terlampir)\nmelalui Kepala Bidang/Kepala Unit "
        "masing-masing\ndi Muara Ranggas",
        align="L",
    )
    F.p(
        "Dalam rangka pelaksanaan Program SIGAP Tahun 2027 dan pemenuhan kewajiban pelatihan "
        "teknis penyidikan bagi PPNS sebagaimana diatur dalam Peraturan Kepala Satuan Nomor 1 "
        "Tahun 2027, Satuan bekerja sama dengan Kantor Wilayah Kementerian Hukum Provinsi "
        "Kalimantan Hulu Raya menyelenggarakan Pelatihan Penyidikan Lanjutan bagi PPNS "
        "Angkatan II. Sehubungan dengan hal tersebut, kami mengundang Saudara untuk mengikuti "
        "pelatihan dimaksud yang akan dilaksanakan pada:"
    )
    F.kv(
        [
            ("Hari/tanggal", "Senin s.d. Jumat, 6 s.d. 10 September 2027"),
            ("Waktu", "pukul 07.30 s.d. 16.00 WITA (hari Jumat s.d. 11.00 WITA)"),
            ("Tempat", f"{AULA}, Lantai 2 Mako {SINGKAT}, {ALAMAT}"),
            ("Registrasi ulang", "Senin, 6 September 2027 pukul 07.00 - 07.30 WITA"),
            ("Beban belajar", "24 JP"),
        ],
        label_w=36,
        indent=8,
    )
    F.p("Selama mengikuti pelatihan, peserta diminta:")
    F.items(
        [
            "mengenakan Pakaian Dinas Harian (PDH) khaki pada hari pertama dan Pakaian Dinas "
            "Lapangan (PDL) pada hari praktik olah tempat kejadian perkara;",
            "membawa laptop, Kartu Tanda Pengenal PPNS, dan salinan SK pengangkatan sebagai PPNS;",
            "mengerjakan pre-test melalui SI-BARA paling lambat Jumat, 3 September 2027 pukul "
            "23.59 WITA.",
        ],
        kind="al",
        indent=6,
    )
    F.p(
        "Pelatihan bersifat nonresidensial. Peserta memperoleh uang transport Rp85.000 per "
        "hari. Konfirmasi kehadiran disampaikan kepada Sdr. Fajar Ramadhan, S.H. (nomor "
        "0812-5530-7721) paling lambat Jumat, 27 Agustus 2027. Demikian undangan ini "
        "disampaikan, atas perhatian dan kehadiran Saudara diucapkan terima kasih."
    )
    y = pdf.get_y()
    _stamp(pdf, pdf.l_margin + 78, y + 6)
    pdf.set_text_color(25, 25, 25)
    F.sign(
        [
            "a.n. Kepala Satuan",
            "Sekretaris,",
            "",
            SEKRETARIS,
            "Pembina Tingkat I (IV/b)",
            f"NIP {SEKRETARIS_NIP}",
        ],
        x_off=92,
    )
    pdf.set_font("R", "", 9)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(
        0,
        4.4,
        "Tembusan:\n1. Kepala Satuan (sebagai laporan);\n2. Kepala Bidang "
        "Penegakan Peraturan Perundang-undangan Daerah;\n3. Arsip.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("R", "I", 7)
    pdf.set_xy(pdf.l_margin, pdf.h - 8)
    pdf.cell(0, 4, FIKTIF + "  |  scan: Subbag Umpeg 16/08/2027", align="L")

    # ---------------------------------------------------------------- lampiran
    pdf.add_page()
    pdf.set_auto_page_break(False)
    _speckles(pdf, rng, 200)
    pdf.set_text_color(25, 25, 25)
    pdf.set_y(20)
    pdf.set_font("R", "", 9.5)
    for t in (
        "Lampiran Surat Sekretaris Satuan",
        "Nomor  : 800.1.5/0417/Umpeg/VIII/2027",
        f"Tanggal: {tgl('2027-08-16')}",
    ):
        pdf.set_x(pdf.w - 20 - 85)
        pdf.cell(85, 4.8, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("R", "B", 10.5)
    pdf.multi_cell(
        0,
        5.5,
        "DAFTAR PESERTA PELATIHAN PENYIDIKAN LANJUTAN BAGI PPNS\nANGKATAN II TAHUN 2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    F.table(
        ["No", "Nama", "NIP", "Jabatan", "Unit kerja"],
        [[str(i), a, b, c, e] for i, (a, b, c, e) in enumerate(PPNS_PESERTA, 1)],
        [9, 40, 38, 40, 38],
        size=8.8,
        lh=4.3,
        fam="R",
        fill=(225, 225, 225),
    )
    F.p(
        "Catatan: PPNS atas nama Rahmat Hidayat, S.H. tidak diundang karena sedang menjalani "
        "tugas belajar. PPNS yang berhalangan hadir wajib menyampaikan surat keterangan dari "
        "atasan langsung.",
        size=9.5,
    )
    y = pdf.get_y()
    _stamp(pdf, pdf.l_margin + 78, y + 4)
    pdf.set_text_color(25, 25, 25)
    F.sign(["a.n. Kepala Satuan", "Sekretaris,", "", SEKRETARIS], x_off=92)
    pdf.set_font("R", "I", 7)
    pdf.set_xy(pdf.l_margin, pdf.h - 8)
    pdf.cell(0, 4, FIKTIF + "  |  scan: Subbag Umpeg 16/08/2027", align="L")
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ slide deck (PDF)
def slides_content():
    ks = kehadiran_stats()
    caps = sorted(
        ((100 * j / target_unit(u), u[0]) for u, j in zip(UNITS, JP_JUNI, strict=True)),
        reverse=True,
    )
    bid = [(100 * j / target_unit(u), u[1]) for u, j in zip(UNITS[:5], JP_JUNI[:5], strict=True)]
    return [
        ("title", None),
        (
            "Agenda",
            [
                "Capaian JP semester I",
                "Pelaksanaan pelatihan klasikal",
                "Latihan rutin pos dan unit kecamatan",
                "Serapan anggaran",
                "Kendala dan tindak lanjut",
                "Rencana semester II",
                "Arahan Kepala Satuan",
            ],
        ),
        (
            "Capaian JP s.d. 30 Juni 2027",
            [
                f"Total JP terverifikasi: {ribuan(JP_TOTAL)} JP dari target {ribuan(TARGET_TOTAL)} "
                f"JP ({CAPAIAN_TOTAL}%)",
                f"Rata-rata {RATA_JP} JP per pegawai (akhir 2026: 14,3 JP setahun penuh)",
                "JP klasikal 2.918 JP; JP nonklasikal 1.388 JP",
                "31 pegawai sudah tuntas target tahunan",
                "27 pegawai belum memiliki catatan JP sama sekali",
            ],
        ),
        (
            "Capaian per unit kerja",
            [
                f"Tertinggi: {caps[0][1]} ({koma(caps[0][0])}%)",
                f"Terendah: {caps[-1][1]} ({koma(caps[-1][0])}%)",
                "Bidang: " + "; ".join(f"{n} {koma(v)}%" for v, n in bid),
                "Unit Satpol PP Kecamatan seluruhnya masih di bawah 50%",
                "Rincian per unit: lihat berkas Rekap JP SIGAP 2027 (lembar Ringkasan)",
            ],
        ),
        (
            "Pelatihan klasikal semester I",
            [
                "Terlaksana 14 dari 38 kegiatan dalam katalog 2027",
                "286 peserta-kali; kehadiran rata-rata 96,2%",
                "DK-01 Pelatihan Dasar Pemadam Kebakaran Tingkat I: 12 peserta, 11 lulus",
                "PP-02 Dalmas Dasar: 38 peserta (kuota 40)",
                "PN-01 Penyidikan Calon PPNS: 4 peserta, seluruhnya lulus",
            ],
        ),
        (
            "Latihan rutin pos dan unit kecamatan",
            [
                f"Sesi terlaksana {ks['sesi']} dari {ks['jadwal']} sesi terjadwal",
                f"Kehadiran rata-rata {ks['avg']}%",
                f"Tertinggi: {ks['hi'][1]} ({koma(ks['hi'][0])}%)",
                f"Terendah: {ks['lo'][1]} ({koma(ks['lo'][0])}%)",
                "64 pengajuan JP dikembalikan karena daftar hadir tidak ditandatangani Kepala Pos",
            ],
        ),
        (
            "Serapan anggaran semester I",
            [
                f"Realisasi {rp(REALISASI_SEM1)} dari pagu {rp(ANGGARAN_TOTAL)} (34,82%)",
                "Serapan terbesar: pengiriman peserta DK-01 ke Balai Diklat Damkar Provinsi "
                "Rp176.400.000",
                "Bantuan biaya pelatihan mandiri: 9 pegawai, Rp19.850.000",
                "Sisa pagu bantuan pelatihan mandiri cukup untuk sekitar 26 pegawai",
            ],
        ),
        (
            "Kendala",
            [
                "Jadwal regu jaga bentrok dengan pelatihan klasikal",
                "Sinyal internet lemah di Long Sebatu dan Kuala Ransa untuk e-learning",
                "Migrasi e-RANGKA: 212 sertifikat lama harus diunggah ulang secara manual",
                "Keterlambatan LRTL: baru 71% LRTL disampaikan tepat waktu (target 85%)",
            ],
        ),
        (
            "Rencana semester II",
            [
                "2 Agustus: peluncuran Kelas SIGAP Lapangan (8 modul, 16 JP)",
                "6 - 10 September: PN-02 Penyidikan Lanjutan bagi PPNS",
                "13 - 18 September: DK-03 Water Rescue (30 peserta)",
                "20 - 22 September: tes kesamaptaan semester II",
                "DK-05 High Angle Rescue ditunda menunggu APBD Perubahan",
            ],
        ),
        (
            "Kandidat Insan SIGAP Teladan (sementara)",
            [
                "Unsur Polisi Pamong Praja: Nurul Aini Rahmah, S.H. (41 JP)",
                "Unsur Damkar: Yuliana Ningsih, Pos Damkar Sektor Tanjung Lampas (39 JP)",
                "Unsur Sekretariat/Linmas: Fajar Ramadhan, S.H. (30 JP)",
                f"Calon Pos Terbaik SIGAP: {caps[0][1]}",
                "Penetapan final: 20 Desember 2027",
            ],
        ),
        (
            "Arahan Kepala Satuan",
            [
                "Kepala Pos menjadwalkan paling sedikit 2 personel per regu untuk Kelas SIGAP "
                "Lapangan setiap pekan",
                "Pegawai 0 JP wajib menyelesaikan 4 modul Kelas SIGAP Lapangan paling lambat 30 "
                "September 2027",
                "Verifikator JP menuntaskan tunggakan verifikasi paling lambat 15 Agustus 2027",
                "Usulan tambahan kuota DK-03 sebanyak 10 orang pada APBD Perubahan",
            ],
        ),
        (
            "Terima kasih",
            [
                "Tim Pengelola SIGAP - Subbagian Umum dan Kepegawaian",
                f"Pos-el {EMAIL}",
                f"Helpdesk SI-BARA (WA) {WA_SIBARA}",
                FIKTIF,
            ],
        ),
    ]


def render_paparan(path):
    pdf = _make_pdf(
        "Paparan Evaluasi Program SIGAP Semester I Tahun 2027",
        fam="S",
        fmt=(142.875, 254),
        orientation="L",
        header="",
        footer="",
        bottom=12,
    )
    pdf.set_margins(16, 12, 16)
    pdf.no_footer = True
    slides = slides_content()
    n = len(slides)
    for i, (title, bullets) in enumerate(slides, 1):
        pdf.add_page()
        pdf.set_auto_page_break(False)
        if title == "title":
            pdf.set_fill_color(150, 25, 25)
            pdf.rect(0, 0, pdf.w, pdf.h, style="F")
            pdf.set_fill_color(245, 180, 40)
            pdf.rect(0, 96, pdf.w, 3, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(16, 30)
            pdf.set_font("S", "B", 24)
            pdf.multi_cell(
                pdf.w - 32,
                11,
                "EVALUASI PROGRAM SIGAP\nSEMESTER I TAHUN 2027",
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(3)
            pdf.set_font("S", "", 13)
            pdf.cell(0, 7, "Rapat Koordinasi Tim Pengelola SIGAP", new_x="LMARGIN", new_y="NEXT")
            pdf.set_xy(16, 104)
            pdf.set_font("S", "", 11)
            pdf.multi_cell(
                pdf.w - 32,
                6,
                f"Kamis, 29 Juli 2027 | Ruang Rapat Siaga, Mako {SINGKAT} {KAB}\n"
                f"Disampaikan oleh: {SEKRETARIS}, Sekretaris selaku Penanggung Jawab SIGAP",
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font("S", "I", 8)
            pdf.set_xy(16, pdf.h - 9)
            pdf.cell(0, 4, FIKTIF)
            pdf.set_text_color(0, 0, 0)
            continue
        pdf.set_fill_color(150, 25, 25)
        pdf.rect(0, 0, pdf.w, 22, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(16, 6)
        pdf.set_font("S", "B", 19)
        pdf.cell(0, 10, title)
        pdf.set_text_color(20, 20, 20)
        pdf.set_xy(16, 32)
        for b in bullets:
            pdf.set_font("S", "", 14)
            pdf.set_x(18)
            pdf.set_text_color(150, 25, 25)
            pdf.cell(7, 7.5, "\u25a0")
            pdf.set_text_color(20, 20, 20)
            pdf.multi_cell(pdf.w - 16 - 27, 7.5, b, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(16, pdf.h - 12, pdf.w - 16, pdf.h - 12)
        pdf.set_font("S", "", 8)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(16, pdf.h - 10)
        pdf.cell(0, 4, f"Rakor SIGAP Semester I 2027 | {SINGKAT} {KAB}", align="L")
        pdf.set_xy(16, pdf.h - 10)
        pdf.cell(pdf.w - 32, 4, f"{i} / {n}", align="R")
        pdf.set_text_color(0, 0, 0)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ DOCX helpers
def _fix_zip_times(path):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def new_docx(title, landscape=False):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = f"{SATUAN} {KAB}"
    cp.subject = FIKTIF
    cp.comments = FIKTIF
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "Subbagian Umum dan Kepegawaian"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for s in doc.sections:
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
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


def bullets(doc, items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def numbered(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Number")


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def _cell(cell, text, bold=False, size=9.5, align=None):
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


def docx_table(
    doc, header, rows, widths=None, size=9.5, bold_last=False, aligns=None, shade="D9E2F3"
):
    from docx.shared import Cm

    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        _cell(t.rows[0].cells[j], h, bold=True, size=size)
        _shade(t.rows[0].cells[j], shade)
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


def label_table(doc, pairs, widths=(5, 11.5), size=9.5):
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


def sign_block(doc, lines, align="right"):
    for ln in lines:
        para(doc, ln, align=align, after=0)
    para(doc, "", after=2)


# ============================================================================ SOP (DOCX)
SOP_STEPS = [
    (
        "Mengunggah sertifikat atau bukti kegiatan ke SI-BARA dan mengisi formulir pengajuan JP",
        "Pegawai",
        "Sertifikat, surat tugas, daftar hadir (PDF/JPG paling besar 2 MB per berkas)",
        "5 hari kerja setelah kegiatan selesai",
        "Pengajuan berstatus Diajukan",
        "-",
    ),
    (
        "Memeriksa kesesuaian kegiatan dengan RPK dan memberikan persetujuan",
        "Atasan langsung (untuk personel pos: Kepala Pos)",
        "Pengajuan JP",
        "2 hari kerja",
        "Persetujuan elektronik",
        "Jika tidak ditanggapi dalam 2 hari kerja, pengajuan otomatis diteruskan ke Verifikator JP",
    ),
    (
        "Memeriksa kelengkapan dan keabsahan bukti kegiatan",
        "Verifikator JP",
        "Bukti kegiatan dan daftar hadir",
        "3 hari kerja",
        "Status Diperiksa",
        "KET-VERIF",
    ),
    (
        "Mengembalikan pengajuan yang tidak lengkap disertai catatan; pegawai melengkapi bukti",
        "Verifikator JP dan Pegawai",
        "Catatan verifikasi",
        "3 hari kerja",
        "Status Dikembalikan, lalu pengajuan diperbaiki",
        "KET-VERIF",
    ),
    (
        "Menghitung JP sesuai tabel konversi JP nonklasikal dan batas tahunan",
        "Verifikator JP",
        "Tabel 5.1 Pedoman SIGAP",
        "1 hari kerja",
        "Usulan JP",
        "KET-VERIF",
    ),
    (
        "Mengesahkan hasil verifikasi",
        "Kepala Subbagian Umum dan Kepegawaian",
        "Usulan JP",
        "1 hari kerja",
        "Status Diverifikasi",
        "-",
    ),
    (
        "Menyinkronkan data JP ke sistem kepegawaian BKPSDM",
        "Administrator SI-BARA",
        "Data JP berstatus Diverifikasi",
        "setiap hari Jumat pukul 15.00 WITA",
        "Log sinkronisasi",
        "-",
    ),
    (
        "Menyusun rekap capaian JP bulanan per unit kerja",
        "Verifikator JP",
        "Data SI-BARA",
        "paling lambat tanggal 5 bulan berikutnya",
        "Rekap bulanan",
        "Disampaikan kepada Ketua Harian",
    ),
    (
        "Melaporkan capaian JP semesteran kepada Kepala Satuan",
        "Ketua Harian (Kepala Subbagian Umum dan Kepegawaian)",
        "Rekap bulanan",
        "bulan Juli dan Januari",
        "Laporan semester",
        "-",
    ),
]
SOP_KET_VERIF = "Tahap 3 sampai 5 paling lama 7 hari kerja sejak pengajuan diterima"


def write_sop(path):
    from docx.shared import Cm

    doc = new_docx("SOP Pengajuan dan Pengakuan JP melalui SI-BARA", landscape=True)
    para(doc, f"PEMERINTAH {KAB.upper()}", bold=True, align="center", after=0)
    para(doc, SATUAN.upper(), bold=True, align="center", after=0)
    para(doc, ALAMAT, align="center", size=9, after=8)
    para(doc, "STANDAR OPERASIONAL PROSEDUR (SOP)", bold=True, size=13, align="center", after=2)
    para(
        doc,
        "PENGAJUAN DAN PENGAKUAN JAM PELAJARAN (JP) PENGEMBANGAN KOMPETENSI MELALUI SI-BARA",
        bold=True,
        align="center",
        after=8,
    )
    label_table(
        doc,
        [
            ("Nomor SOP", "800/SOP-07/SATPOL-DK/2027"),
            ("Tanggal Pembuatan", tgl("2027-01-04")),
            ("Tanggal Revisi", f"{tgl('2027-02-15')} (revisi ke-1)"),
            ("Tanggal Efektif", tgl("2027-03-01")),
            ("Disahkan oleh", f"Kepala Satuan, {KASAT}"),
            (
                "Dasar Hukum",
                "1. Peraturan Kepala Satuan Nomor 1 Tahun 2027 tentang Pedoman "
                "Pengembangan Kompetensi Pegawai; 2. Pedoman Program SIGAP Tahun 2027",
            ),
            (
                "Kualifikasi Pelaksana",
                "1. Memahami tabel konversi JP nonklasikal; 2. Mampu "
                "mengoperasikan SI-BARA; 3. Verifikator JP telah mengikuti pelatihan SK-02 "
                "Pengelola Kepegawaian dan Operator SI-BARA",
            ),
            ("Keterkaitan", "SOP-06 Penyusunan RPK; SOP-08 Bantuan Biaya Pelatihan Mandiri"),
            (
                "Peralatan/Perlengkapan",
                "Komputer atau telepon genggam, akses internet, pemindai dokumen",
            ),
            (
                "Peringatan",
                "Bukti yang diunggah lebih dari 5 hari kerja setelah kegiatan hanya "
                "diproses dengan dispensasi tertulis Kepala Subbagian Umum dan Kepegawaian. Berkas "
                "lebih dari 2 MB ditolak sistem.",
            ),
            ("Pencatatan dan Pendataan", "Log aktivitas SI-BARA, rekap bulanan, laporan semester"),
        ],
        widths=(6, 18),
    )
    para(doc, "URAIAN PROSEDUR", bold=True, after=4)

    cols = 7
    t = doc.add_table(rows=2 + len(SOP_STEPS), cols=cols)
    t.style = "Table Grid"
    h0 = ["No", "Kegiatan", "Pelaksana", "Mutu Baku", "", "", "Keterangan"]
    h1 = ["", "", "", "Kelengkapan", "Waktu", "Output", ""]
    for j in range(cols):
        _cell(t.rows[0].cells[j], h0[j], bold=True, size=9, align="center")
        _cell(t.rows[1].cells[j], h1[j], bold=True, size=9, align="center")
    # merged header cells: "Mutu Baku" over three columns; other headers over two rows
    t.cell(0, 3).merge(t.cell(0, 5))
    _cell(t.cell(0, 3), "Mutu Baku", bold=True, size=9, align="center")
    for j in (0, 1, 2, 6):
        t.cell(0, j).merge(t.cell(1, j))
        _cell(t.cell(0, j), h0[j], bold=True, size=9, align="center")
    for r in (0, 1):
        for c in t.rows[r].cells:
            _shade(c, "D9E2F3")
    first_verif = None
    for i, (keg, pel, kel, wkt, out, ket) in enumerate(SOP_STEPS):
        r = 2 + i
        vals = [str(i + 1), keg, pel, kel, wkt, out, ket]
        for j, v in enumerate(vals):
            if j == 6 and v == "KET-VERIF":
                continue
            _cell(t.cell(r, j), v, size=9, align="center" if j == 0 else None)
        if ket == "KET-VERIF":
            if first_verif is None:
                first_verif = r
            last_verif = r
    m = t.cell(first_verif, 6).merge(t.cell(last_verif, 6))
    _cell(m, SOP_KET_VERIF, size=9)
    widths = [1.0, 6.0, 3.6, 4.2, 3.2, 3.4, 3.6]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    para(doc, "Catatan:", bold=True, after=2)
    bullets(
        doc,
        [
            "Waktu penyelesaian seluruh prosedur sejak kegiatan selesai sampai status "
            "Diverifikasi paling lama 15 hari kerja.",
            "Pengajuan yang dikembalikan dan tidak diperbaiki dalam 3 hari kerja otomatis berubah "
            "menjadi Ditolak dan dapat diajukan ulang satu kali.",
            "Untuk latihan rutin pos, satu pengajuan dapat mencakup seluruh sesi dalam satu bulan "
            "dengan melampirkan daftar hadir bulanan.",
        ],
    )
    para(doc, "")
    sign_block(
        doc,
        [f"{IBUKOTA}, {tgl('2027-02-15')}", "Kepala Satuan,", "", "", KASAT, f"NIP {KASAT_NIP}"],
    )
    doc.save(path)


# ============================================================================ coaching log (DOCX)
MENTEE = [
    (
        "Rizky Maulana",
        "Pemadam Kebakaran Terampil (PNS)",
        "Membaca peta risiko kebakaran dan memimpin regu kecil",
        "Mampu menjadi wakil komandan regu pada semester II",
    ),
    (
        "Dedy Kurniawan",
        "Pemadam Kebakaran Pemula (PPPK)",
        "Pengoperasian pompa portabel dan penanganan satwa",
        "Lulus uji operator pompa portabel",
    ),
    (
        "Yuliana Ningsih",
        "Pemadam Kebakaran Terampil (PPPK)",
        "Teknik selang dan nozzle serta pelaporan kejadian",
        "Menyusun laporan kejadian tanpa koreksi",
    ),
]
SESI = [
    # tanggal, waktu, peserta, topik, metode, menit, tindak lanjut
    (
        "2027-03-09",
        "09.00 - 10.30",
        "Rizky, Dedy, Yuliana",
        "Pengenalan tujuan coaching dan pemetaan kompetensi",
        "Coaching kelompok",
        90,
        "Setiap mentee menyusun 3 target pribadi",
    ),
    (
        "2027-03-23",
        "13.30 - 15.30",
        "Dedy",
        "Pengoperasian pompa portabel",
        "Mentoring praktik",
        120,
        "Latihan mandiri 2 kali seminggu saat regu jaga",
    ),
    (
        "2027-04-06",
        "08.00 - 09.00",
        "Yuliana",
        "Teknik pemasangan selang dan nozzle",
        "Mentoring praktik",
        60,
        "Demonstrasi ulang di depan regu",
    ),
    (
        "2027-04-20",
        "14.00 - 16.30",
        "Rizky, Dedy, Yuliana",
        "Simulasi kebakaran rumah toko (ruko)",
        "Simulasi dan umpan balik",
        150,
        "Evaluasi waktu tanggap regu: target di bawah 4 menit",
    ),
    (
        "2027-05-04",
        "09.00 - 10.00",
        "Rizky",
        "Membaca peta risiko kebakaran kecamatan",
        "Coaching individu",
        60,
        "Memetakan 5 titik rawan di Tanjung Lampas",
    ),
    (
        "2027-05-18",
        "13.00 - 14.45",
        "Rizky, Dedy",
        "Penanganan ular dan sarang tawon",
        "Mentoring praktik",
        105,
        "Ikut DK-10 pada Oktober 2027",
    ),
    (
        "2027-06-08",
        "09.00 - 11.00",
        "Yuliana",
        "Penyusunan laporan kejadian kebakaran",
        "Coaching individu",
        120,
        "Menyusun 2 laporan kejadian bulan Juni",
    ),
    (
        "2027-06-22",
        "08.30 - 10.00",
        "Rizky, Dedy, Yuliana",
        "Refleksi dan evaluasi akhir",
        "Coaching kelompok",
        90,
        "Rekomendasi pelatihan semester II",
    ),
]


def sesi_jp(menit):
    return min(2, menit // 60)


def write_coaching(path):
    doc = new_docx(
        "Log Coaching dan Mentoring Pos Damkar Sektor Tanjung Lampas 2027", landscape=True
    )
    para(doc, "LOG COACHING DAN MENTORING", bold=True, size=14, align="center", after=0)
    para(
        doc,
        f"PROGRAM {PROGRAM} - {SATUAN.upper()} {KAB.upper()}",
        bold=True,
        align="center",
        after=8,
    )
    label_table(
        doc,
        [
            ("Unit kerja", "Pos Damkar Sektor Tanjung Lampas"),
            ("Periode", "Maret - Juni 2027"),
            ("Mentor", f"{MENTOR}, Analis Kebakaran Ahli Muda (Bidang Damkar)"),
            (
                "Coach (atasan langsung)",
                f"{KAPOS_TL}, Kepala Pos Damkar Sektor Tanjung Lampas (Pemadam Kebakaran Penyelia)",
            ),
            (
                "Dasar pengakuan JP",
                "1 JP untuk setiap 60 menit, paling banyak 2 JP per sesi dan "
                "10 JP per tahun (Pasal 8 ayat (3) Perkasat Nomor 1 Tahun 2027)",
            ),
        ],
        widths=(6, 18),
    )
    heading(doc, "A. Mentee dan Sasaran Kompetensi", level=2)
    docx_table(
        doc,
        ["No", "Nama mentee", "Jabatan", "Kompetensi yang dikembangkan", "Target akhir periode"],
        [[str(i), a, b, c, e] for i, (a, b, c, e) in enumerate(MENTEE, 1)],
        widths=[1, 4, 5, 7, 7],
    )
    heading(doc, "B. Catatan Sesi", level=2)
    rows = []
    for i, (tg, wk, pes, top, met, mnt, tl) in enumerate(SESI, 1):
        rows.append(
            [
                str(i),
                f"{hari(tg)}, {tgl(tg)}",
                wk,
                pes,
                top,
                met,
                str(mnt),
                f"{sesi_jp(mnt)} JP",
                tl,
            ]
        )
    docx_table(
        doc,
        [
            "No",
            "Hari, tanggal",
            "Waktu (WITA)",
            "Peserta",
            "Topik",
            "Metode",
            "Durasi (menit)",
            "JP diakui",
            "Tindak lanjut",
        ],
        rows,
        widths=[0.8, 3.6, 2.4, 2.8, 4.2, 2.8, 1.6, 1.4, 4.4],
        size=8.5,
    )
    heading(doc, "C. Rekapitulasi per Mentee", level=2)
    rec = []
    for nama, *_ in MENTEE:
        first = nama.split()[0]
        ss = [s for s in SESI if first in s[2]]
        rec.append(
            [nama, str(len(ss)), str(sum(s[5] for s in ss)), f"{sum(sesi_jp(s[5]) for s in ss)} JP"]
        )
    docx_table(
        doc,
        ["Nama mentee", "Jumlah sesi", "Total durasi (menit)", "Total JP diakui"],
        rec,
        widths=[6, 4, 5, 5],
    )
    heading(doc, "D. Catatan Akhir Mentor", level=2)
    bullets(
        doc,
        [
            "Rizky Maulana siap ditugaskan sebagai wakil komandan regu C mulai Juli 2027.",
            "Dedy Kurniawan lulus uji operator pompa portabel pada 15 Juni 2027 dan "
            "direkomendasikan mengikuti DK-01 Pelatihan Dasar Pemadam Kebakaran Tingkat I "
            "tahun 2028.",
            "Yuliana Ningsih direkomendasikan mengikuti DK-03 Pelatihan Penyelamatan di Air "
            "(Water Rescue) pada September 2027.",
            "Seluruh log telah diunggah ke SI-BARA sebagai satu pengajuan per mentee pada 25 Juni "
            "2027.",
        ],
    )
    para(doc, "")
    para(doc, f"Tanjung Lampas, {tgl('2027-06-25')}", align="right")
    t = doc.add_table(rows=2, cols=3)
    for j, (a, b) in enumerate(
        [
            ("Mentor,", MENTOR),
            ("Coach / Kepala Pos,", KAPOS_TL),
            ("Mengetahui, Kepala Bidang Damkar,", KABID_DAM),
        ]
    ):
        _cell(t.cell(0, j), a, size=10, align="center")
        _cell(t.cell(1, j), "\n\n" + b, bold=True, size=10, align="center")
    doc.save(path)


# ============================================================================ berita acara (DOCX)
UJIKOM = [
    # nama, nip, asal, tujuan, tulis, praktik  (None = tidak hadir)
    ("Ahmad Yani Noor", "19890412 ****** 1 ***", "Terampil", "Mahir", 78, 82),
    ("Siti Nurjanah", "19910730 ****** 2 ***", "Terampil", "Mahir", 65, 74),
    ("Rudi Hartawan", "19880105 ****** 1 ***", "Terampil", "Mahir", 58, 85),
    ("Agus Riyadi", "19870918 ****** 1 ***", "Terampil", "Mahir", 72, 66),
    ("Eka Saputra", "19840623 ****** 1 ***", "Mahir", "Penyelia", 84, 88),
    ("Norhayati", "19850311 ****** 2 ***", "Mahir", "Penyelia", 70, 72),
    ("Yosef Kila", "19830227 ****** 1 ***", "Mahir", "Penyelia", None, None),
    ("Lukman Hakim, S.H.", "19900914 ****** 1 ***", "Ahli Pertama", "Ahli Muda", 88, 90),
    ("Dewi Anggraini, S.Sos.", "19890502 ****** 2 ***", "Ahli Pertama", "Ahli Muda", 75, 69),
    ("Hendra Gunawan", "19920819 ****** 1 ***", "Terampil", "Mahir", 62, 59),
    ("Maria Goreti Lawai", "19930104 ****** 2 ***", "Terampil", "Mahir", 80, 76),
    ("Syahrudin", "19860716 ****** 1 ***", "Mahir", "Penyelia", 67, 71),
]


def ujikom_rows():
    out = []
    for nama, nip, a, b, tl, pr in UJIKOM:
        if tl is None:
            out.append([nama, nip, a, b, "-", "-", "-", "Tidak hadir (sakit)"])
            continue
        akhir = round(0.4 * tl + 0.6 * pr, 2)
        lulus = akhir >= 70 and min(tl, pr) >= 60
        out.append(
            [nama, nip, a, b, str(tl), str(pr), koma(akhir, 2), "Lulus" if lulus else "Tidak Lulus"]
        )
    return out


def write_ba(path):
    rows = ujikom_rows()
    n_lulus = sum(1 for r in rows if r[7] == "Lulus")
    n_tl = sum(1 for r in rows if r[7] == "Tidak Lulus")
    assert (n_lulus, n_tl) == (7, 4)
    doc = new_docx("Berita Acara Uji Kompetensi Kenaikan Jenjang JF Polisi Pamong Praja 2027")
    para(doc, f"PEMERINTAH {KAB.upper()}", bold=True, align="center", after=0)
    para(doc, SATUAN.upper(), bold=True, align="center", after=10)
    para(
        doc,
        "BERITA ACARA PELAKSANAAN UJI KOMPETENSI KENAIKAN JENJANG JABATAN FUNGSIONAL "
        "POLISI PAMONG PRAJA TAHUN 2027",
        bold=True,
        align="center",
        after=0,
    )
    para(doc, "Nomor: 800.1.13/BA-03/Ujikom/VII/2027", align="center", after=10)
    para(
        doc,
        "Pada hari ini Kamis tanggal dua puluh dua bulan Juli tahun dua ribu dua puluh tujuh, "
        f"bertempat di {AULA}, Mako {SINGKAT} {KAB}, telah dilaksanakan Uji Kompetensi "
        "Kenaikan Jenjang Jabatan Fungsional Polisi Pamong Praja bekerja sama dengan Badan "
        "Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Kalimantan Hulu Raya, berdasarkan "
        "Keputusan Kepala Satuan Nomor 800.1.13/112/Kep/2027 tentang Tim Penguji Uji "
        "Kompetensi Jabatan Fungsional Polisi Pamong Praja.",
        align="justify",
    )
    heading(doc, "I. Tim Penguji", level=2)
    docx_table(
        doc,
        ["No", "Nama", "Unsur", "Kedudukan"],
        [
            [
                "1",
                "Drs. Syamsul Bahri Arifin, M.Si.",
                "BPSDM Provinsi Kalimantan Hulu Raya",
                "Ketua",
            ],
            ["2", INSTR_POLPP, "Polisi Pamong Praja Ahli Muda, Satuan", "Anggota"],
            ["3", "Indah Permatasari, S.Psi.", "Asesor SDM Aparatur, BKPSDM", "Anggota"],
            ["4", VERIF, "Analis SDM Aparatur, Satuan", "Sekretaris"],
        ],
        widths=[1, 6, 6.5, 3],
    )
    heading(doc, "II. Pelaksanaan", level=2)
    bullets(
        doc,
        [
            "Uji tulis berbasis komputer (CAT) pukul 08.00 - 09.30 WITA, 60 soal pilihan ganda.",
            "Uji praktik pukul 10.00 - 15.00 WITA berupa simulasi penertiban PKL, penanganan unjuk "
            "rasa, dan penyusunan berita acara penertiban.",
            "Nilai akhir = 40% nilai uji tulis + 60% nilai uji praktik.",
            "Peserta dinyatakan lulus apabila nilai akhir paling rendah 70,00 dan tidak ada nilai "
            "komponen di bawah 60.",
            "Peserta terdaftar dua belas orang, hadir sebelas orang, satu orang berhalangan hadir "
            "karena sakit dengan surat keterangan dokter.",
        ],
    )
    heading(doc, "III. Hasil Uji Kompetensi", level=2)
    docx_table(
        doc,
        [
            "No",
            "Nama",
            "NIP",
            "Jenjang asal",
            "Jenjang tujuan",
            "Nilai tulis",
            "Nilai praktik",
            "Nilai akhir",
            "Hasil",
        ],
        [[str(i)] + r for i, r in enumerate(rows, 1)],
        widths=[0.8, 3.6, 3.4, 1.9, 1.9, 1.4, 1.4, 1.4, 2.2],
        size=8.5,
    )
    para(
        doc,
        f"Jumlah peserta lulus {n_lulus} (tujuh) orang dan tidak lulus {n_tl} (empat) "
        "orang. Peserta yang tidak lulus dapat mengikuti uji kompetensi ulang paling cepat 6 "
        "(enam) bulan kemudian, yang direncanakan pada Januari 2028. Peserta yang tidak hadir "
        "karena sakit diikutkan pada jadwal uji susulan tanggal 19 Agustus 2027.",
        align="justify",
    )
    para(
        doc,
        "Hasil uji kompetensi ini disampaikan kepada Kepala Satuan sebagai bahan usulan "
        "penetapan kenaikan jenjang jabatan kepada BKPSDM Kabupaten Tanjung Ranggas. Demikian "
        "berita acara ini dibuat dalam rangkap 3 (tiga) untuk dipergunakan sebagaimana "
        "mestinya.",
        align="justify",
    )
    para(doc, "")
    t = doc.add_table(rows=2, cols=2)
    for j, (a, b) in enumerate(
        [
            ("Sekretaris Tim Penguji,", VERIF),
            ("Ketua Tim Penguji,", "Drs. Syamsul Bahri Arifin, M.Si."),
        ]
    ):
        _cell(t.cell(0, j), a, size=10, align="center")
        _cell(t.cell(1, j), "\n\n" + b, bold=True, size=10, align="center")
    para(doc, "")
    para(doc, "Mengetahui,", align="center", after=0)
    para(doc, "Kepala Satuan,", align="center", after=30)
    para(doc, KASAT, bold=True, align="center", after=0)
    doc.save(path)


# ============================================================================ KAK (DOCX)
KAK_KURIKULUM = [
    ("Kebijakan penyelamatan dan SOP operasi Damkar", 2, 0),
    ("Hidrologi dan karakter arus sungai", 2, 2),
    ("Teknik berenang penyelamatan (rescue swimming)", 1, 6),
    ("Penggunaan throw bag dan tali penyelamat", 1, 4),
    ("Pengoperasian perahu karet bermesin", 2, 6),
    ("Pertolongan korban tenggelam dan resusitasi jantung paru", 2, 4),
    ("Manajemen operasi SAR gabungan", 2, 2),
    ("Simulasi terpadu di Sungai Ranggas", 0, 4),
]
KAK_BIAYA = [
    ("Honorarium narasumber eksternal", 18, "JP", 400_000),
    ("Honorarium Instruktur SIGAP", 22, "JP", 200_000),
    ("Konsumsi peserta dan panitia", 216, "orang-hari", 60_000),
    ("Uang transport peserta", 180, "orang-hari", TRANSPORT),
    ("Sewa perahu karet bermesin", 8, "unit-hari", 1_250_000),
    ("Bahan bakar perahu", 8, "unit-hari", 350_000),
    ("Pengadaan throw bag dan tali penyelamat", 10, "paket", 650_000),
    ("Asuransi kegiatan", 36, "orang", 50_000),
    ("Sertifikat dan alat tulis", 1, "paket", 2_140_000),
]
KAK_TOTAL = sum(v * h for _, v, _, h in KAK_BIAYA)
assert KAK_TOTAL == 63_100_000, KAK_TOTAL
KAK_KUOTA = [
    ("Bidang Damkar", "-", 4),
    ("Pos Damkar Sektor", "Muara Ranggas Kota", 8),
    ("Pos Damkar Sektor", "Sungai Kapuak", 5),
    ("Pos Damkar Sektor", "Tanjung Lampas", 5),
    ("Pos Damkar Sektor", "Batu Bahalang", 4),
    ("Pos Damkar Sektor", "Kuala Ransa", 4),
]
assert sum(k[2] for k in KAK_KUOTA) == 30


def write_kak(path):
    from docx.shared import Cm

    doc = new_docx("KAK Pelatihan Penyelamatan di Air (Water Rescue) 2027")
    para(doc, "KERANGKA ACUAN KERJA (KAK)", bold=True, size=13, align="center", after=0)
    para(
        doc,
        "PELATIHAN PENYELAMATAN DI AIR (WATER RESCUE) BAGI PERSONEL PEMADAM KEBAKARAN TAHUN 2027",
        bold=True,
        align="center",
        after=0,
    )
    para(doc, f"Kode katalog DK-03 - Program {PROGRAM}", align="center", after=10)
    label_table(
        doc,
        [
            ("Unit pelaksana", "Bidang Pemadam Kebakaran dan Penyelamatan"),
            ("Sub kegiatan", "Peningkatan Kapasitas Aparatur Pemadam Kebakaran"),
            ("Penanggung jawab", f"{KABID_DAM}, Kepala Bidang Damkar"),
            ("Ketua panitia", f"{INSTR_DAM}, Koordinator Instruktur Damkar"),
            ("Nilai anggaran", rp(KAK_TOTAL)),
            ("Tanggal KAK", tgl("2027-08-09")),
        ],
    )
    heading(doc, "1. Latar Belakang", level=2)
    para(
        doc,
        "Kabupaten Tanjung Ranggas dilalui Sungai Ranggas beserta anak-anak sungainya dan "
        "memiliki 14 desa rawan banjir. Sepanjang tahun 2026 Satuan menangani 23 kejadian "
        "penyelamatan di air, termasuk 4 korban meninggal dunia karena tenggelam. Baru 19 "
        "personel Damkar yang memiliki sertifikat penyelamatan di air, sehingga pada "
        "beberapa kejadian regu jaga harus menunggu bantuan Pos SAR Muara Ranggas.",
        align="justify",
    )
    para(
        doc,
        "Pelatihan ini berbeda dengan Penyegaran Penyelamatan di Air (DK-04, 12 JP) yang "
        "hanya diperuntukkan bagi lulusan tahun 2026. Pelatihan ini ditujukan bagi personel "
        "yang belum pernah mengikuti pelatihan penyelamatan di air.",
        align="justify",
    )
    heading(doc, "2. Tujuan dan Keluaran", level=2)
    bullets(
        doc,
        [
            "Meningkatkan kemampuan personel melakukan penyelamatan korban di sungai, danau, dan "
            "genangan banjir dengan aman.",
            "Keluaran: 30 personel bersertifikat penyelamatan di air.",
            "Terbentuknya Tim Reaksi Cepat Air (TRC Air) beranggotakan 12 personel terbaik dari "
            "peserta pelatihan.",
        ],
    )
    heading(doc, "3. Waktu dan Tempat", level=2)
    docx_table(
        doc,
        ["Hari ke-", "Tanggal", "Kegiatan", "Tempat"],
        [
            ["1", htgl("2027-09-13"), "Pembukaan dan materi kelas", f"{AULA}, Mako"],
            ["2", htgl("2027-09-14"), "Teknik berenang penyelamatan", "Kolam Renang Tirta Ranggas"],
            [
                "3",
                htgl("2027-09-15"),
                "Throw bag dan tali penyelamat",
                "Kolam Renang Tirta Ranggas",
            ],
            ["4", htgl("2027-09-16"), "Perahu karet bermesin", "Danau Tanjung Embun"],
            [
                "5",
                htgl("2027-09-17"),
                "Pertolongan korban tenggelam dan SAR gabungan",
                "Danau Tanjung Embun",
            ],
            [
                "6",
                htgl("2027-09-18"),
                "Simulasi terpadu dan penutupan",
                "Sungai Ranggas, Dermaga Pasar Lama",
            ],
        ],
        widths=[1.6, 4.2, 6, 5],
    )
    heading(doc, "4. Kurikulum", level=2)
    kr = [[m, str(a), str(b), str(a + b)] for m, a, b in KAK_KURIKULUM]
    ta = sum(a for _, a, _ in KAK_KURIKULUM)
    tb = sum(b for _, _, b in KAK_KURIKULUM)
    assert ta + tb == 40
    kr.append(["Jumlah", str(ta), str(tb), f"{ta + tb}"])
    docx_table(
        doc,
        ["Materi", "Teori (JP)", "Praktik (JP)", "Jumlah (JP)"],
        kr,
        widths=[9, 2.5, 2.5, 2.5],
        bold_last=True,
    )
    para(
        doc,
        "Narasumber eksternal berasal dari Pos SAR Muara Ranggas dan PMI Kabupaten "
        "Tanjung Ranggas; materi praktik lainnya dipandu Instruktur SIGAP unsur Damkar.",
    )
    heading(doc, "5. Peserta dan Persyaratan", level=2)
    para(doc, "Peserta berjumlah 30 orang dengan pembagian kuota sebagai berikut:")
    t = doc.add_table(rows=1 + len(KAK_KUOTA) + 1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Unit", "Pos", "Kuota (orang)"]):
        _cell(t.cell(0, j), h, bold=True)
        _shade(t.cell(0, j), "D9E2F3")
    for i, (a, b, c) in enumerate(KAK_KUOTA, 1):
        _cell(t.cell(i, 0), a)
        _cell(t.cell(i, 1), b)
        _cell(t.cell(i, 2), str(c), align="center")
    # "Pos Damkar Sektor" merged vertically over the five pos rows
    m = t.cell(2, 0).merge(t.cell(1 + len(KAK_KUOTA) - 1, 0))
    _cell(m, "Pos Damkar Sektor")
    last = 1 + len(KAK_KUOTA)
    mm = t.cell(last, 0).merge(t.cell(last, 1))
    _cell(mm, "Jumlah", bold=True)
    _cell(t.cell(last, 2), "30", bold=True, align="center")
    for row in t.rows:
        for j, w in enumerate([5, 6, 3]):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    para(doc, "Persyaratan peserta:")
    numbered(
        doc,
        [
            "personel Damkar berstatus PNS atau PPPK;",
            "berusia paling tinggi 45 tahun pada tanggal 13 September 2027;",
            "mampu berenang 50 meter tanpa alat bantu, dibuktikan melalui uji renang seleksi pada "
            "Senin, 30 Agustus 2027 di Kolam Renang Tirta Ranggas;",
            "sehat jasmani dibuktikan dengan surat keterangan sehat dari dokter;",
            "belum pernah mengikuti pelatihan penyelamatan di air.",
        ],
    )
    heading(doc, "6. Rincian Anggaran Biaya", level=2)
    br = [
        [str(i), u, str(v), s, ribuan(h), ribuan(v * h)]
        for i, (u, v, s, h) in enumerate(KAK_BIAYA, 1)
    ]
    br.append(["", "Jumlah", "", "", "", ribuan(KAK_TOTAL)])
    docx_table(
        doc,
        ["No", "Uraian", "Volume", "Satuan", "Harga satuan (Rp)", "Jumlah (Rp)"],
        br,
        widths=[1, 6.5, 1.6, 2.4, 2.8, 2.8],
        bold_last=True,
        aligns=["center", None, "center", None, "right", "right"],
    )
    heading(doc, "7. Penutup", level=2)
    para(
        doc,
        "Peserta yang hadir kurang dari 90% sesi tidak memperoleh sertifikat dan JP. "
        "Peserta wajib menyampaikan LRTL paling lambat 14 hari kalender setelah pelatihan "
        "berakhir melalui SI-BARA.",
        align="justify",
    )
    para(doc, "")
    sign_block(
        doc,
        [
            f"{IBUKOTA}, {tgl('2027-08-09')}",
            "Kepala Bidang Pemadam Kebakaran dan Penyelamatan,",
            "",
            "",
            KABID_DAM,
        ],
    )
    doc.save(path)


# ============================================================================ XLSX
PRIORITAS_KET = {
    3: "Cuti melahirkan April-Juni 2027, target dikurangi proporsional",
    8: "Mutasi masuk 1 Mei 2027",
    15: "Sakit lebih dari 30 hari (Februari-Maret 2027)",
    22: "Penugasan pengamanan Pilkades serentak Maret-Mei 2027",
    31: "Sudah terdaftar Kelas SIGAP Lapangan gelombang 1",
    40: "Menunggu verifikasi sertifikat DK-08 (status Diperiksa)",
}


def prioritas():
    """Employees with JP below 25% of target on 30 June 2027 (27 of them with 0 JP)."""
    rng = random.Random(312)
    pria = [
        "Ahmad",
        "Muhammad",
        "Rahmat",
        "Hendra",
        "Yusuf",
        "Agus",
        "Budi",
        "Dani",
        "Fikri",
        "Gunawan",
        "Irwan",
        "Joko",
        "Kurniadi",
        "Lukas",
        "Marten",
        "Nanang",
        "Oktavianus",
        "Paulus",
        "Ridwan",
        "Samsul",
        "Taufik",
        "Usman",
        "Wahyudi",
        "Yohanis",
        "Zainal",
    ]
    wanita = [
        "Aisyah",
        "Bunga",
        "Citra",
        "Dina",
        "Erna",
        "Fatimah",
        "Helena",
        "Intan",
        "Juliana",
        "Kartini",
        "Lina",
        "Mega",
        "Nia",
        "Rosita",
        "Sri",
    ]
    belakang_p = [
        "Saputra",
        "Hidayat",
        "Rahman",
        "Kusuma",
        "Pratama",
        "Ilham",
        "Nugroho",
        "Tingang",
        "Anyau",
        "Ladung",
        "Baya",
        "Maulidi",
        "Noor",
        "Ramli",
        "Arbain",
        "Jumberi",
        "Asmuni",
        "Effendi",
        "Setiawan",
        "Wijaya",
        "Lawing",
        "Kalalo",
    ]
    belakang_w = [
        "Sari",
        "Handayani",
        "Wulandari",
        "Apriani",
        "Rahmawati",
        "Hasanah",
        "Anyau",
        "Noor",
        "Ramli",
        "Kalalo",
        "Lestari",
        "Yulianti",
    ]
    units = (
        [u for u in UNITS if u[0].startswith("Unit")] * 3
        + [u for u in UNITS if u[0].startswith("Pos")] * 2
        + [UNITS[0], UNITS[2], UNITS[3], UNITS[1], UNITS[4]]
    )
    taken = set()
    out = []
    i = 0
    while len(out) < 46:
        i += 1
        female = (len(out) + 1) == 3 or rng.random() < 0.3
        if female:
            nama = f"{rng.choice(wanita)} {rng.choice(belakang_w)}"
        else:
            nama = f"{rng.choice(pria)} {rng.choice(belakang_p)}"
        if nama in taken:
            continue
        taken.add(nama)
        u = units[len(out) % len(units)]
        status = "PPPK" if rng.random() < 0.45 else "PNS"
        pos = u[0].startswith("Pos")
        if status == "PPPK":
            jab = (
                "Pemadam Kebakaran Terampil"
                if pos
                else (
                    "Polisi Pamong Praja Terampil"
                    if u[0].startswith("Unit") or "Tibum" in u[0]
                    else "Pengadministrasi Perkantoran"
                )
            )
            target = JP_PPPK
        else:
            if pos:
                jab = rng.choice(["Pemadam Kebakaran Terampil", "Pemadam Kebakaran Mahir"])
                target = JP_JF
            elif u[0].startswith("Unit") or "Gakperda" in u[1] or "Tibum" in u[1]:
                jab = rng.choice(["Polisi Pamong Praja Terampil", "Polisi Pamong Praja Mahir"])
                target = JP_JF
            else:
                jab = rng.choice(
                    ["Pengelola Data", "Pengadministrasi Umum", "Pengolah Data Kepegawaian"]
                )
                target = JP_PNS
        y = rng.randint(1978, 1998)
        mth = rng.randint(1, 12)
        dd = rng.randint(1, 28)
        g = "2" if female else "1"
        nip = f"{y}{mth:02d}{dd:02d} ****** {g} ***"
        n = len(out) + 1
        if n <= 27:
            jp = 0
        else:
            jp = rng.randint(1, max(1, int(target * 0.25) - 0))
            if jp >= target * 0.25:
                jp = int(target * 0.25) - 1 or 1
        out.append([n, nama, nip, status, jab, u[0], target, jp, PRIORITAS_KET.get(n, "")])
    return out


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Rekap JP SIGAP 2027 (posisi 30 Juni 2027)",
            "author": f"{SATUAN} {KAB}",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13})
    ital = wb.add_format({"italic": True, "font_color": "#555555"})
    hdr = wb.add_format(
        {"bold": True, "bg_color": "#D9E2F3", "border": 1, "text_wrap": True, "valign": "top"}
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
    ws.write(0, 0, "Rekap Capaian JP Program SIGAP per Unit Kerja", title)
    ws.write(1, 0, f"{SATUAN} {KAB} - posisi data 30 Juni 2027 (sumber: SI-BARA)", ital)
    head = [
        "No",
        "Unit kerja",
        "Jumlah pegawai",
        "PNS",
        "PNS jabatan fungsional",
        "PPPK",
        "Target JP 2027",
        "JP terverifikasi s.d. 30 Juni",
        "Capaian (%)",
        "Kategori",
    ]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    for i, (u, jp) in enumerate(zip(UNITS, JP_JUNI, strict=True)):
        r = 4 + i
        x = r + 1
        t = target_unit(u)
        c = 100 * jp / t
        kat = "Hijau" if c >= 60 else ("Kuning" if c >= 45 else "Merah")
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, u[0], cell)
        ws.write_formula(r, 2, f"=D{x}+F{x}", num, u[2] + u[4])
        ws.write(r, 3, u[2], num)
        ws.write(r, 4, u[3], num)
        ws.write(r, 5, u[4], num)
        ws.write_formula(r, 6, f"={JP_JF}*E{x}+{JP_PNS}*(D{x}-E{x})+{JP_PPPK}*F{x}", num, t)
        ws.write(r, 7, jp, num)
        ws.write_formula(r, 8, f"=ROUND(H{x}/G{x}*100,1)", pct, round(c, 1))
        ws.write(r, 9, kat, cell)
    last = 4 + len(UNITS)
    ws.write(last, 0, "", tot)
    ws.write(last, 1, "Jumlah Satuan", tot)
    for j, val in (
        (2, N_PEG),
        (3, N_PNS),
        (4, N_JF),
        (5, N_PPPK),
        (6, TARGET_TOTAL),
        (7, JP_TOTAL),
    ):
        col = "ABCDEFGH"[j]
        ws.write_formula(last, j, f"=SUM({col}5:{col}{last})", totn, val)
    ws.write_formula(
        last,
        8,
        f"=ROUND(H{last + 1}/G{last + 1}*100,1)",
        totp,
        round(100 * JP_TOTAL / TARGET_TOTAL, 1),
    )
    ws.write(last, 9, "Kuning", tot)
    ws.write(last + 2, 1, "Rata-rata JP per pegawai", cell)
    ws.write_formula(
        last + 2, 2, f"=ROUND(H{last + 1}/C{last + 1},1)", pct, round(JP_TOTAL / N_PEG, 1)
    )
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 48)
    ws.set_column(2, 9, 13)

    # ---------------------------------------------------------------- Pegawai Prioritas
    ws = wb.add_worksheet("Pegawai Prioritas")
    ws.write(0, 0, "Daftar Pegawai Prioritas Pendampingan (capaian JP di bawah 25% target)", title)
    ws.write(1, 0, "NIP/NI PPPK disamarkan. Posisi data 30 Juni 2027.", ital)
    head = [
        "No",
        "Nama",
        "NIP / NI PPPK",
        "Status",
        "Jabatan",
        "Unit kerja",
        "Target JP",
        "JP s.d. 30 Juni",
        "Kekurangan JP",
        "Keterangan",
    ]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    rows = prioritas()
    for i, r in enumerate(rows):
        x = 5 + i
        for j, v in enumerate(r):
            ws.write(4 + i, j, v, num if j in (0, 3, 6, 7) else cell)
        ws.write_formula(4 + i, 8, f"=G{x}-H{x}", num, r[6] - r[7])
        ws.write(4 + i, 9, r[8], cell)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 24)
    ws.set_column(2, 2, 22)
    ws.set_column(4, 5, 34)
    ws.set_column(9, 9, 50)

    # ---------------------------------------------------------------- Kuota Pelatihan
    ws = wb.add_worksheet("Kuota Pelatihan")
    ws.write(0, 0, "Kuota Peserta Pelatihan Prioritas Semester II 2027 per Unit", title)
    cols = [
        "Sekretariat",
        "Bidang Gakperda",
        "Bidang Tibumtranmas",
        "Bidang Linmas",
        "Bidang Damkar",
        "Pos Damkar Sektor (5 pos)",
        "Unit Satpol PP Kecamatan (6 unit)",
    ]
    head = ["Kode", "Pelatihan"] + cols + ["Jumlah"]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    for i, (kode, q) in enumerate(KUOTA):
        r = 4 + i
        x = r + 1
        ws.write(r, 0, kode, cell)
        ws.write(r, 1, KAT[kode][1], cell)
        for j, v in enumerate(q):
            ws.write(r, 2 + j, v, num)
        assert sum(q) == KAT[kode][6], kode
        ws.write_formula(r, 9, f"=SUM(C{x}:I{x})", totn, sum(q))
    tr = 4 + len(KUOTA)
    ws.write(tr, 1, "Jumlah", tot)
    for j in range(8):
        col = "CDEFGHIJ"[j]
        val = sum(q[j] for _, q in KUOTA) if j < 7 else sum(sum(q) for _, q in KUOTA)
        ws.write_formula(tr, 2 + j, f"=SUM({col}5:{col}{tr})", totn, val)
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 52)
    ws.set_column(2, 9, 13)

    # ---------------------------------------------------------------- Keterangan
    ws = wb.add_worksheet("Keterangan")
    notes = [
        "Keterangan berkas Rekap JP SIGAP 2027",
        "",
        "Sumber data: ekspor SI-BARA tanggal 1 Juli 2027 pukul 06.00 WITA.",
        f"Disusun oleh: {VERIF} (Verifikator JP); diperiksa oleh {UMPEG} (Ketua Harian).",
        "Target JP 2027 = 36 x PNS jabatan fungsional + 24 x PNS lainnya + 16 x PPPK.",
        "JP yang dihitung hanya JP berstatus Diverifikasi; JP berstatus Diperiksa belum dihitung.",
        "Kategori: Hijau jika capaian >= 60%; Kuning jika 45% sampai di bawah 60%; Merah jika "
        "di bawah 45%.",
        "Lembar Pegawai Prioritas memuat pegawai dengan capaian di bawah 25% target; 27 "
        "pegawai di antaranya belum memiliki JP.",
        "Lembar Kuota Pelatihan memuat pelatihan prioritas semester II saja; katalog lengkap "
        "ada di Pedoman SIGAP 2027.",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t, title if i == 0 else None)
    ws.set_column(0, 0, 100)
    wb.close()


KUOTA = [
    # kode, (Sekr, Gakperda, Tibum, Linmas, Bid Damkar, Pos Damkar, Unit Kec)
    ("DK-03", (0, 0, 0, 0, 4, 26, 0)),
    ("DK-04", (0, 0, 0, 0, 3, 17, 0)),
    ("DK-10", (0, 0, 0, 0, 2, 18, 0)),
    ("PN-02", (0, 5, 1, 0, 1, 0, 1)),
    ("PN-04", (0, 8, 2, 0, 0, 0, 2)),
    ("PP-03", (0, 4, 14, 0, 0, 0, 12)),
    ("PP-05", (0, 9, 2, 0, 0, 0, 4)),
    ("PP-06", (0, 3, 9, 6, 0, 0, 12)),
    ("PP-07", (0, 0, 13, 0, 0, 0, 12)),
    ("PP-08", (0, 2, 7, 0, 0, 0, 3)),
    ("LM-02", (0, 0, 0, 15, 0, 0, 0)),
    ("SK-04", (4, 0, 0, 0, 0, 0, 0)),
    ("UM-02", (12, 6, 12, 5, 5, 10, 10)),
]


# ============================================================================ CSV
def kehadiran_csv():
    rows, semrows = kehadiran()
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(
        [
            "No",
            "Bulan",
            "Kode Pos",
            "Nama Pos/Unit",
            "Jenis",
            "Jumlah Personel",
            "Sesi Terjadwal",
            "Sesi Terlaksana",
            "Kehadiran (orang-sesi)",
            "Persentase Kehadiran (%)",
            "Materi Utama",
            "Keterangan",
        ]
    )
    for i, r in enumerate(rows + semrows, 1):
        w.writerow([i] + r)
    w.writerow([])
    w.writerow(
        [
            "Catatan",
            "Sumber: daftar hadir latihan rutin (formulir F-LR01) yang diunggah "
            "ke SI-BARA; setiap sesi yang dihadiri diakui 2 JP, paling banyak 12 JP per "
            "tahun. " + FIKTIF,
        ]
    )
    return buf.getvalue()


JADWAL = [
    ("DK-07", "02/08/2027", "13/08/2027", "Daring (Pusdiklat Kebakaran)", "26/07/2027", "Berjalan"),
    ("LM-04", "03/08/2027", "05/08/2027", f"{AULA}, Mako", "28/07/2027", "Selesai"),
    ("UM-01", "02/08/2027", "15/12/2027", "SI-BARA (daring, telepon genggam)", "-", "Dibuka"),
    ("PP-06", "16/08/2027", "18/08/2027", f"{AULA}, Mako", "09/08/2027", "Penuh"),
    (
        "LM-02",
        "24/08/2027",
        "25/08/2027",
        "Gedung Serbaguna Kecamatan Sungai Kapuak",
        "17/08/2027",
        "Dibuka",
    ),
    (
        "PN-04",
        "26/08/2027",
        "27/08/2027",
        "Ruang Sidang Pengadilan Negeri Muara Ranggas",
        "19/08/2027",
        "Dibuka",
    ),
    (
        "PN-02",
        "06/09/2027",
        "10/09/2027",
        f"{AULA}, Mako",
        "27/08/2027",
        "Undangan terbatas (8 PPNS)",
    ),
    (
        "DK-03",
        "13/09/2027",
        "18/09/2027",
        "Mako; Kolam Renang Tirta Ranggas; Danau Tanjung Embun; Sungai Ranggas",
        "27/08/2027",
        "Seleksi (uji renang 30/08/2027)",
    ),
    ("PP-08", "27/09/2027", "29/09/2027", "Mako dan Lapangan Apel", "17/09/2027", "Dibuka"),
    (
        "SK-04",
        "28/09/2027",
        "29/09/2027",
        "Dinas Perpustakaan dan Kearsipan",
        "21/09/2027",
        "Dibuka",
    ),
    (
        "PN-03",
        "30/09/2027",
        "30/09/2027",
        "Ruang Rapat Bidang Gakperda",
        "-",
        "Terjadwal (triwulan III)",
    ),
    (
        "DK-05",
        "04/10/2027",
        "08/10/2027",
        "Menara Latihan Mako",
        "-",
        "Ditunda (menunggu APBD Perubahan)",
    ),
    ("PP-10", "11/10/2027", "15/10/2027", "GOR Ranggas Jaya", "04/10/2027", "Dibuka (angkatan II)"),
    (
        "DK-10",
        "12/10/2027",
        "13/10/2027",
        "Pos Damkar Sektor Batu Bahalang",
        "04/10/2027",
        "Dibuka",
    ),
    ("PP-05", "19/10/2027", "20/10/2027", f"{AULA}, Mako", "11/10/2027", "Dibuka"),
    ("PP-07", "26/10/2027", "27/10/2027", f"{AULA}, Mako", "18/10/2027", "Dibuka"),
    ("DK-04", "08/11/2027", "09/11/2027", "Danau Tanjung Embun", "01/11/2027", "Dibuka"),
    (
        "PP-03",
        "16/11/2027",
        "17/11/2027",
        "Lapangan Apel Mako",
        "08/11/2027",
        "Dibuka (prasyarat lulus PP-02)",
    ),
    ("UM-02", "23/11/2027", "23/11/2027", f"{AULA}, Mako", "16/11/2027", "Dibuka (angkatan II)"),
    (
        "PN-03",
        "16/12/2027",
        "16/12/2027",
        "Ruang Rapat Bidang Gakperda",
        "-",
        "Terjadwal (triwulan IV)",
    ),
]


def jadwal_csv():
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(
        [
            "Kode",
            "Nama Pelatihan",
            "Sasaran",
            "JP",
            "Tanggal Mulai",
            "Tanggal Selesai",
            "Tempat",
            "Kuota",
            "Penyelenggara",
            "Batas Pendaftaran",
            "Status",
        ]
    )
    for kode, a, b, tempat, batas, status in JADWAL:
        k = KAT[kode]
        w.writerow([kode, k[1], k[2], jp_show(k), a, b, tempat, k[6], k[4], batas, status])
    w.writerow(
        [
            "#",
            FIKTIF + " Jadwal pelatihan SIGAP semester II 2027, versi 6 Agustus 2027.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    return buf.getvalue()


# ============================================================================ HTML
NAV = """<header class="topbar">
  <div class="brand"><img src="/assets/logo-satpolppdamkar.png" alt="Logo"> <span>PORTAL INTERNAL
  SATPOL PP DAN DAMKAR KABUPATEN TANJUNG RANGGAS</span></div>
  <nav class="menu" aria-label="Menu utama">
    <ul>
      <li><a href="/">Beranda</a></li>
      <li><a href="/berita" class="aktif">Berita</a></li>
      <li><a href="https://sibara.tanjungranggaskab.go.id">SI-BARA</a></li>
      <li><a href="/dokumen">Dokumen</a></li>
      <li><a href="/layanan">Layanan</a></li>
      <li><a href="/kontak">Kontak</a></li>
      <li><a href="/logout">Keluar</a></li>
    </ul>
  </nav>
  <form class="cari" action="/cari"><input type="search" name="q" placeholder="Cari di portal...">
  <button>Cari</button></form>
</header>"""

FOOT = f"""<footer class="bawah">
  <p>&copy; 2027 {SATUAN} {KAB} &middot; {ALAMAT} &middot; Telp. {TELP}</p>
  <p><a href="/kebijakan-privasi">Kebijakan Privasi</a> | <a href="/peta-situs">Peta Situs</a> |
  Portal ini hanya untuk pegawai. {FIKTIF}</p>
</footer>"""


def berita_html():
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Apel Siaga Karhutla dan Peluncuran Kelas SIGAP Lapangan - Portal Internal Satpol PP dan Damkar</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Berita internal. {FIKTIF}">
<style>
body {{ font-family: Verdana, sans-serif; margin: 0; background: #f4f4f4; color: #222; }}
.topbar {{ background: #8f1b1b; color: #fff; padding: 8px 16px; }}
.menu ul {{ list-style: none; display: flex; gap: 14px; margin: 6px 0; padding: 0; }}
.menu a {{ color: #fff; }}
.wrap {{ display: flex; gap: 24px; max-width: 1100px; margin: 16px auto; }}
article {{ background: #fff; padding: 18px 24px; flex: 3; }}
aside {{ flex: 1; }}
.meta {{ color: #777; font-size: 0.85em; }}
</style>
<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
</head>
<body>
{NAV}
<nav class="remah" aria-label="Remah roti"><a href="/">Beranda</a> &rsaquo; <a href="/berita">Berita</a> &rsaquo; Kegiatan</nav>
<div class="wrap">
<article>
  <h1>Apel Siaga Karhutla Sekaligus Peluncuran Kelas SIGAP Lapangan</h1>
  <p class="meta">Senin, 2 Agustus 2027 | 10.15 WITA | Penulis: Tim Humas Subbagian Umum dan
  Kepegawaian | Editor: Rahmadi Noor | Dibaca 1.284 kali</p>
  <figure><img src="/media/2027/08/apel-siaga.jpg" alt="Apel siaga di lapangan Mako">
  <figcaption>Bupati Tanjung Ranggas memeriksa kesiapan mobil pompa di Lapangan Apel Mako.</figcaption></figure>
  <p><strong>MUARA RANGGAS</strong> &ndash; Sebanyak 245 personel mengikuti Apel Siaga Kebakaran
  Hutan dan Lahan (Karhutla) di Lapangan Apel Mako {SINGKAT}, Senin (2/8/2027) pukul 07.30 WITA.
  Apel dipimpin langsung oleh Bupati Tanjung Ranggas, {BUPATI}, dan diikuti 118 personel
  Polisi Pamong Praja, 97 personel Damkar, serta 30 anggota Satlinmas dari enam kecamatan.</p>
  <p>Dalam apel tersebut diperiksa kesiapan 9 unit mobil pompa, 1 unit mobil tangga 22 meter,
  2 unit perahu karet bermesin, dan 14 unit pompa portabel. Bupati mengingatkan bahwa sepanjang
  Januari hingga Juli 2027 tercatat 37 titik panas dan 11 kejadian kebakaran lahan dengan luas
  26,4 hektare, sebagian besar di Kecamatan Kuala Ransa dan Batu Bahalang.</p>
  <h2>Kelas SIGAP Lapangan resmi dibuka</h2>
  <p>Usai apel, Kepala Satuan, {KASAT}, meluncurkan Kelas SIGAP Lapangan, yaitu 8 modul
  pembelajaran mikro di aplikasi SI-BARA yang dapat dipelajari dari telepon genggam di sela
  regu jaga. Setiap modul bernilai 2 JP sehingga seluruh kelas bernilai 16 JP. Gelombang
  pertama diikuti 60 peserta, dengan prioritas 27 pegawai yang belum memiliki catatan JP pada
  semester I.</p>
  <blockquote>&ldquo;Personel kita tidak bisa meninggalkan pos terlalu lama. Karena itu kelasnya
  yang kita bawa ke pos. Satu modul cukup 90 menit, bisa diselesaikan saat piket
  siang,&rdquo; kata {KASAT}.</blockquote>
  <p>Modul pertama yang dibuka adalah &ldquo;Etika dan Integritas Penegak Perda&rdquo; dan
  &ldquo;Dasar Teori Api dan Klasifikasi Kebakaran&rdquo;. Enam modul lainnya dibuka bertahap
  setiap pekan sampai 6 September 2027. Peserta yang menyelesaikan seluruh modul lebih dulu
  akan mendapat prioritas kuota Pelatihan Penyelamatan di Air (DK-03) tahun 2028.</p>
  <p>Pada kesempatan yang sama diserahkan piagam kepada Pos Damkar Sektor Tanjung Lampas
  sebagai pos dengan capaian JP tertinggi semester I, yaitu 77,8 persen dari target tahunan.
  Kepala Pos, {KAPOS_TL}, menyebut kunci capaian itu adalah latihan rutin yang konsisten dan
  program coaching bersama Analis Kebakaran dari Bidang Damkar.</p>
  <p class="tag">Tag: <a href="/tag/sigap">SIGAP</a> <a href="/tag/karhutla">Karhutla</a>
  <a href="/tag/sibara">SI-BARA</a></p>
  <section class="komentar"><h3>Komentar (3)</h3>
  <p><b>Herman Tuah</b>: Mantap, Pos Sungai Kapuak siap menyusul! 🔥</p>
  <p><b>Lilis Suryani</b>: Modul Penyusunan Berita Acara Penertiban kapan dibuka, Min?</p>
  <p><b>Admin Portal</b>: Modul tersebut dijadwalkan dibuka Senin, 23 Agustus 2027.</p></section>
</article>
<aside>
  <section><h3>Berita Terbaru</h3><ul>
    <li><a href="/berita/1">Uji Kompetensi JF Pol PP: 7 Peserta Lulus</a> (23/07/2027)</li>
    <li><a href="/berita/2">Rakor Evaluasi SIGAP Semester I</a> (29/07/2027)</li>
    <li><a href="/berita/3">Pelatihan BHD Bersama PMI Dimulai</a> (03/08/2027)</li>
  </ul></section>
  <section><h3>Pengumuman</h3><ul>
    <li>Pemeliharaan SI-BARA: Sabtu, 21 Agustus 2027 pukul 22.00 - 02.00 WITA. Aplikasi tidak
    dapat diakses selama pemeliharaan.</li>
    <li>Pendaftaran DK-03 Water Rescue ditutup 27 Agustus 2027.</li>
  </ul></section>
  <section><h3>Tautan</h3><ul><li><a href="/dokumen/pedoman-sigap-2027.pdf">Pedoman SIGAP
  2027</a></li><li><a href="/kontak">Kontak PIC SI-BARA</a></li></ul></section>
</aside>
</div>
{FOOT}
</body>
</html>
"""


PIC = [
    (
        "Akun, login, dan reset kata sandi SI-BARA",
        ADMIN,
        "Pranata Komputer Ahli Pertama",
        f"WA {WA_SIBARA} / ekstensi 114",
        "Senin - Sabtu 07.00 - 21.00 WITA (WA)",
    ),
    (
        "Verifikasi dan koreksi data JP",
        VERIF,
        "Analis SDM Aparatur Ahli Pertama",
        "ekstensi 112",
        "Senin - Jumat, jam kerja",
    ),
    (
        "RPK, pendaftaran pelatihan, dan surat tugas",
        STAF_UMPEG,
        "Pengolah Data Kepegawaian",
        "ekstensi 115 / WA 0812-5530-7721",
        "Senin - Jumat, jam kerja",
    ),
    (
        "Bantuan biaya pelatihan mandiri",
        BENDAHARA,
        "Bendahara Pengeluaran Pembantu",
        "ekstensi 121",
        "Selasa dan Kamis 09.00 - 14.00 WITA",
    ),
    (
        "Jadwal Instruktur SIGAP unsur Damkar",
        INSTR_DAM,
        "Pemadam Kebakaran Penyelia",
        "WA 0852-4811-0962",
        "Senin - Jumat, jam kerja",
    ),
    (
        "Jadwal Instruktur SIGAP unsur Pol PP",
        INSTR_POLPP,
        "Polisi Pamong Praja Ahli Muda",
        "WA 0813-4790-2285",
        "Senin - Jumat, jam kerja",
    ),
    (
        "Forum Bedah Perkara PPNS",
        KABID_GAK,
        "Kepala Bidang Gakperda",
        "ekstensi 131",
        "Senin - Jumat, jam kerja",
    ),
]


def kontak_html():
    trs = "\n".join(
        f"      <tr><td>{i}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td><td>{f}</td></tr>"
        for i, (a, b, c, e, f) in enumerate(PIC, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Layanan dan Kontak PIC SI-BARA - Portal Internal Satpol PP dan Damkar</title>
<meta name="description" content="Daftar PIC layanan SI-BARA dan prosedur layanan. {FIKTIF}">
<style>
body {{ font-family: Verdana, sans-serif; margin: 0; color: #222; }}
.topbar {{ background: #8f1b1b; color: #fff; padding: 8px 16px; }}
.menu ul {{ list-style: none; display: flex; gap: 14px; margin: 6px 0; padding: 0; }}
.menu a {{ color: #fff; }}
main {{ max-width: 1000px; margin: 16px auto; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #bbb; padding: 4px 8px; }}
.info {{ background: #fff6d6; padding: 8px 12px; border-left: 4px solid #e0a800; }}
</style>
</head>
<body>
{NAV}
<nav class="remah" aria-label="Remah roti"><a href="/">Beranda</a> &rsaquo; <a href="/layanan">Layanan</a> &rsaquo; Kontak PIC SI-BARA</nav>
<main id="konten">
  <h1>Layanan dan Kontak PIC SI-BARA</h1>
  <p>Halaman ini memuat petugas penanggung jawab (PIC) setiap layanan {SISTEM} ({SISTEM_LONG})
  dan prosedur layanan yang paling sering diminta. Jam kerja kantor: Senin sampai Kamis pukul
  07.30-16.00 WITA dan Jumat pukul 07.30-11.00 WITA.</p>
  <p class="info">Setiap permintaan layanan dicatat sebagai tiket dengan nomor berformat
  <code>SBR-2027-nnnnn</code>. Tiket dijawab paling lama 1 x 24 jam kerja. Untuk kendala saat
  pelatihan sedang berlangsung, hubungi WA helpdesk agar ditangani segera.</p>
  <h2>Daftar PIC Layanan</h2>
  <table>
    <thead><tr><th>No</th><th>Layanan</th><th>PIC</th><th>Jabatan</th><th>Kontak</th><th>Jam layanan</th></tr></thead>
    <tbody>
{trs}
    </tbody>
  </table>
  <p>Surel helpdesk: <a href="mailto:{EMAIL_SIBARA}">{EMAIL_SIBARA}</a>. Alamat aplikasi:
  <a href="{URL_SIBARA}">{URL_SIBARA}</a>.</p>

  <h2>Prosedur koreksi data JP</h2>
  <p>Gunakan prosedur ini jika JP yang sudah berstatus Diverifikasi ternyata keliru (misalnya
  jumlah JP, tanggal, atau nama kegiatan).</p>
  <ol>
    <li>Masuk ke SI-BARA dan buka menu <em>Riwayat JP</em>.</li>
    <li>Pilih kegiatan yang keliru, lalu tekan tombol <em>Ajukan Koreksi</em>.</li>
    <li>Tuliskan data yang benar dan alasan koreksi pada kolom catatan.</li>
    <li>Unggah bukti pendukung, misalnya sertifikat yang benar atau surat keterangan
    penyelenggara.</li>
    <li>Atasan langsung menyetujui permintaan koreksi di SI-BARA.</li>
    <li>Verifikator JP memproses koreksi paling lama 5 hari kerja.</li>
    <li>Pegawai menerima notifikasi dan memeriksa kembali capaian JP pada menu
    <em>Dasbor</em>.</li>
  </ol>
  <p>Koreksi data JP tahun 2027 hanya dapat diajukan sampai 15 Desember 2027. Koreksi setelah
  tanggal tersebut diajukan secara tertulis kepada Ketua Harian.</p>

  <h2>Prosedur reset kata sandi</h2>
  <ol>
    <li>Buka halaman masuk SI-BARA dan tekan tautan <em>Lupa Kata Sandi</em>.</li>
    <li>Masukkan NIP atau NI PPPK dan alamat surel yang terdaftar.</li>
    <li>Buka tautan reset yang dikirim ke surel; tautan berlaku 30 menit.</li>
    <li>Buat kata sandi baru paling sedikit 10 karakter yang memuat huruf dan angka.</li>
    <li>Jika surel tidak diterima dalam 15 menit, kirim pesan WA ke helpdesk dengan format
    <code>RESET#NIP#NAMA#UNIT</code>.</li>
  </ol>
  <p>Akun terkunci otomatis setelah 5 kali salah memasukkan kata sandi dan terbuka kembali
  setelah 60 menit, atau lebih cepat melalui Administrator SI-BARA.</p>
</main>
{FOOT}
</body>
</html>
"""


# ============================================================================ Markdown
FAQ_MD = f"""# Tanya Jawab (FAQ) Program SIGAP

*{SATUAN} {KAB} - versi 3, diperbarui 6 Agustus 2027*

> {FIKTIF}

Halaman ini menjawab pertanyaan yang paling sering masuk ke Tim Pengelola SIGAP. Ketentuan
resmi tetap mengacu pada Peraturan Kepala Satuan Nomor 1 Tahun 2027 dan Pedoman Program SIGAP
Tahun 2027.

## Umum

### Apa itu SIGAP?
SIGAP adalah singkatan dari *{PROGRAM_LONG}*, program pengembangan kompetensi pegawai Satpol PP
dan Damkar yang dimulai tahun 2027. Semua kegiatan belajar dicatat di {SISTEM}.

### Apakah SI-BARA sama dengan e-RANGKA?
Tidak. e-RANGKA adalah aplikasi lama yang dipakai sampai 31 Januari 2027. Sejak 1 Februari 2027
semua pencatatan JP memakai SI-BARA. Data JP lama sudah dimigrasikan; jika ada sertifikat lama
yang tidak muncul, unggah ulang dengan memilih jenis kegiatan **Migrasi e-RANGKA** paling lambat
30 September 2027.

## Target JP

### Saya PPPK di pos Damkar dan menduduki jabatan fungsional. Apakah target saya 36 JP?
Tidak. Target 36 JP hanya berlaku untuk PNS jabatan fungsional. Seluruh PPPK, termasuk yang
menduduki jabatan fungsional, memiliki target 16 JP per tahun.

### Apakah JP pelatihan bulan Desember masih dihitung tahun ini?
Batas akhir unggah bukti JP tahun 2027 adalah 15 Desember 2027. Kegiatan yang selesai setelah
tanggal itu dicatat sebagai JP tahun 2028.

### Apakah tes kesamaptaan dihitung sebagai JP?
Tidak. Tes kesamaptaan jasmani wajib diikuti dua kali setahun, tetapi tidak menambah JP.

### Untuk PPNS, pelatihan apa saja yang dihitung sebagai 8 JP tambahan?
Pelatihan teknis penyidikan, yaitu PN-01, PN-02, dan PN-04. Forum Bedah Perkara (PN-03) tetap
diakui sebagai JP nonklasikal, tetapi tidak dihitung dalam 8 JP tambahan karena bukan pelatihan
klasikal.

## Latihan dan Pembelajaran di Pos

### Apakah latihan rutin di pos dihitung JP?
Ya. Setiap sesi latihan rutin paling singkat 2 jam diakui 2 JP, paling banyak 12 JP per tahun.
Pengecekan kendaraan dan peralatan harian tidak dihitung. Pengajuannya cukup satu kali per bulan
dengan melampirkan daftar hadir formulir F-LR01.

### Saya regu jaga malam. Bagaimana caranya ikut pelatihan klasikal?
Ajukan tukar regu kepada Kepala Pos paling lambat 3 hari sebelum pelatihan dan catat di buku
mutasi jaga. Pelatihan internal yang diikuti banyak personel pos dibuat dalam dua gelombang
agar kesiapsiagaan pos tetap terjaga.

### Apakah webinar bisa diakui?
Bisa, 1 JP untuk setiap 90 menit dengan batas 6 JP per tahun. Webinar yang berlangsung kurang
dari 90 menit tidak diakui.

## Sertifikat dan Verifikasi

### Sertifikat saya hilang. Apa yang harus dilakukan?
Untuk pelatihan eksternal, minta surat keterangan dari penyelenggara. Untuk pelatihan internal,
ajukan Surat Keterangan Mengikuti Pelatihan (SKMP) ke Subbagian Umum dan Kepegawaian; SKMP
terbit paling lama 3 hari kerja berdasarkan daftar hadir.

### Siapa yang menyetujui pengajuan JP personel pos?
Kepala Pos, selaku atasan langsung. Untuk Unit Satpol PP Kecamatan, persetujuan diberikan oleh
Kepala Unit.

### Pengajuan saya berstatus "Dikembalikan". Apa artinya?
Bukti yang diunggah belum lengkap. Baca catatan Verifikator JP dan lengkapi dalam 3 hari kerja;
jika tidak, pengajuan berubah menjadi Ditolak.

## Biaya

### Berapa penggantian biaya pelatihan mandiri?
Paling banyak Rp2.500.000 per pegawai per tahun, untuk pelatihan paling sedikit 8 JP yang
tercantum dalam RPK. Permohonan diajukan paling lambat 30 September. Penggantian dibayarkan
paling lama 14 hari kerja setelah berkas dinyatakan lengkap.

### Apakah peserta pelatihan internal mendapat uang transport?
Ya, Rp85.000 per hari jika pelatihan berlangsung di luar tempat tugas dan paling singkat
6 jam. Peserta yang diantar kendaraan dinas tidak mendapat uang transport.

## Lain-lain

### Bagaimana cara menjadi Instruktur SIGAP?
Diusulkan oleh Kepala Bidang, paling rendah berjenjang Mahir atau Ahli Pertama, dan memiliki
sertifikat ToT atau sertifikat keahlian. Honorarium Rp200.000 per JP mengajar pada pelatihan
internal.

### Apakah anggota Satlinmas desa bisa ikut SIGAP?
Program SIGAP hanya untuk pegawai ASN Satuan. Pelatihan anggota Satlinmas desa/kelurahan
diatur tersendiri oleh Bidang Linmas.

### Jika saya mutasi ke perangkat daerah lain, bagaimana dengan JP saya?
JP tetap tercatat karena SI-BARA disinkronkan ke sistem kepegawaian BKPSDM setiap Jumat. Anda
dapat mencetak *Surat Keterangan Capaian JP* dari menu Dasbor sebelum pindah.
"""


LRP_MD = f"""# Panduan Pengakuan JP Nonklasikal

**Program SIGAP - {SATUAN} {KAB}**
Disusun oleh Verifikator JP, {VERIF} - Juli 2027

> {FIKTIF}

Panduan ini menjelaskan cara mengajukan JP dari kegiatan belajar di luar kelas: latihan rutin,
coaching dan mentoring, magang, webinar, Forum Bedah Perkara, dan tugas sebagai Instruktur
SIGAP.

## 1. Siapa yang perlu membaca

- Pegawai yang ingin JP kegiatan nonklasikalnya diakui;
- Kepala Pos dan Kepala Unit yang menandatangani daftar hadir latihan rutin;
- Mentor dan coach yang mengisi log coaching.

## 2. Tabel konversi

| Bentuk kegiatan | Pengakuan | Batas per tahun | Formulir/bukti |
|---|---|---|---|
| Latihan rutin pos/unit | 2 JP per sesi (minimal 2 jam) | 12 JP | F-LR01 daftar hadir |
| Latihan gabungan | 4 JP per kegiatan | 8 JP | surat tugas + daftar hadir |
| Coaching dan mentoring | 1 JP per 60 menit, maks. 2 JP per sesi | 10 JP | F-CM02 log coaching |
| Forum Bedah Perkara PPNS | 2 JP per forum | 8 JP | notulen ditandatangani Kepala Bidang Gakperda |
| Webinar / seminar daring | 1 JP per 90 menit | 6 JP | e-sertifikat |
| Magang / detasering | 6 JP per hari kerja | 30 JP | F-MG03 laporan magang |
| Instruktur SIGAP | 1 JP per 2 JP mengajar | 12 JP | surat tugas + jadwal |
| E-learning (termasuk Kelas SIGAP Lapangan) | sesuai sertifikat | 16 JP | sertifikat elektronik |

Ingat: seluruh JP nonklasikal hanya diakui paling banyak **60% dari target JP tahunan** Anda.

## 3. Langkah pengajuan per jenis kegiatan

1. **Latihan rutin pos/unit**
   - Kepala Pos menyusun rencana latihan bulanan paling lambat tanggal 25 bulan sebelumnya.
   - Setiap sesi dicatat pada formulir F-LR01:
     - tanggal, jam mulai dan jam selesai;
     - materi dan nama pemandu;
     - tanda tangan peserta dan Kepala Pos.
   - Pegawai mengajukan rekap satu bulan sekaligus paling lambat 5 hari kerja setelah akhir
     bulan.
2. **Coaching dan mentoring**
   - Mentor mengisi log F-CM02 setiap selesai sesi.
   - Sesi yang kurang dari 60 menit tidak menghasilkan JP.
   - Log diunggah oleh mentee; mentor cukup memberi persetujuan di SI-BARA.
3. **Magang atau detasering**
   - Durasi paling singkat 2 hari kerja dan paling lama 5 hari kerja per kegiatan.
   - Lampirkan:
     - surat tugas dari Kepala Satuan;
     - surat keterangan dari instansi tempat magang;
     - laporan magang F-MG03 paling banyak 5 halaman.
4. **Webinar**
   - Pastikan e-sertifikat mencantumkan durasi.
   - Jika durasi tidak tercantum, lampirkan tangkapan layar kehadiran di awal dan akhir acara.
5. **Forum Bedah Perkara PPNS**
   - Notulen ditandatangani Kepala Bidang Gakperda dan diunggah oleh sekretaris forum untuk
     seluruh peserta sekaligus.

## 4. Contoh perhitungan

| Pegawai | Kegiatan | Perhitungan | JP diakui |
|---|---|---|---|
| Pemadam Kebakaran Terampil (PNS, target 36 JP) | 8 sesi latihan rutin | 8 x 2 = 16 JP, dibatasi 12 JP | 12 JP |
| Polisi Pamong Praja Mahir | 1 sesi coaching 150 menit | 2,5 jam, maksimal 2 JP per sesi | 2 JP |
| Staf Sekretariat | webinar 3 jam | 180 : 90 = 2 | 2 JP |
| PPPK Damkar (target 16 JP) | magang 3 hari di Damkar Kota Banjar Ranggas | 3 x 6 = 18 JP; batas nonklasikal 60% x 16 = 9,6 JP | 9,6 JP untuk target |
| Analis Kebakaran (Instruktur SIGAP) | mengajar 10 JP pada DK-03 | 10 : 2 = 5 | 5 JP |

Pada contoh PPPK di atas, sisa 8,4 JP tetap tercatat di SI-BARA sebagai JP tambahan, tetapi
tidak menambah persentase capaian target.

## 5. Kesalahan yang sering terjadi

- Daftar hadir latihan rutin tidak ditandatangani Kepala Pos (penyebab utama status
  *Dikembalikan* pada semester I).
- Satu sesi coaching dipecah menjadi dua pengajuan agar mendapat JP lebih banyak; pengajuan
  seperti ini **ditolak**.
- Mengunggah foto kegiatan tanpa daftar hadir.
- Memilih jenis kegiatan yang salah, misalnya webinar dicatat sebagai e-learning.

Pertanyaan tentang panduan ini dapat disampaikan ke Verifikator JP melalui ekstensi 112.
"""


# ============================================================================ TXT
WA_TXT = f"""09/08/27 06.58 - Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.
09/08/27 06.58 - Herman Tuah membuat grup "Pos Damkar Sungai Kapuak 🚒"
09/08/27 07.02 - Herman Tuah: ({FIKTIF})
09/08/27 07.12 - Herman Tuah: Assalamualaikum rekan2 🙏 info latihan rutin bln Agustus:
1. Selasa 10/8 jam 09.00 materi pompa portabel + selang
2. Kamis 12/8 jam 14.00 latgab dgn Pos Tanjung Lampas di lapangan SMPN 2 Sungai Kapuak
Mohon regu yg lepas jaga tetap hadir ya
09/08/27 07.15 - Rizal Anshari: Siap ndan 👍
09/08/27 07.16 - Fitriyani SK: Siap, izin bawa apa aja utk latgab?
09/08/27 07.20 - Herman Tuah: PDL lengkap, helm, sarung tangan. SCBA dibawa dr pos 2 set aja
09/08/27 07.31 - Ujang Ruhiyat: 👍👍
09/08/27 08.05 - +62 852-5077-1943: Ndan, latihan rutin itu dpt JP brp ya? biar sy catat di RPK
09/08/27 08.09 - Herman Tuah: 2 JP per sesi, maks 12 JP setahun. Minimal 2 jam ya, klo cuma cek mobil pagi2 gak dihitung 😅
09/08/27 08.10 - +62 852-5077-1943: Oke ndan makasih
09/08/27 10.44 - Danu Prasetya: <Media tidak disertakan>
09/08/27 10.44 - Danu Prasetya: Ini undangan BHD kmrn, sertifikatnya udh jadi
09/08/27 10.52 - Dwi Lestari Verif: Izin masuk grup ya bapak2 ibu2 🙏 saya Dwi, Verifikator JP. Sertifikat BHD yg tgl 5 Agt mohon diunggah ke SI-BARA maks 5 hari kerja ya, berarti paling lambat Kamis 12 Agt
09/08/27 10.53 - Dwi Lestari Verif: Jgn lupa pilih jenis kegiatan "Pelatihan Klasikal", bukan e-learning
09/08/27 10.55 - Danu Prasetya: Siap bu
10/08/27 06.40 - Herman Tuah: Kuota pelatihan water rescue (DK-03) utk pos kita 6 org. Yg berminat japri sy smp Rabu 11/8 ya. Syarat: usia maks 45, bisa renang 50 m
10/08/27 06.42 - Fitriyani SK: Sy minat ndan 🙋‍♀️
10/08/27 06.43 - Rizal Anshari: Sy jg ndan
10/08/27 07.01 - Ujang Ruhiyat: Pesan ini telah dihapus
10/08/27 07.02 - Ujang Ruhiyat: sy ikut ndan, umur sy 44 msh boleh kan 😁
10/08/27 07.05 - Herman Tuah: Msh boleh 👍
10/08/27 11.30 - Herman Tuah: Dokumentasi latihan pompa portabel tadi pagi
10/08/27 11.30 - Herman Tuah: <Media tidak disertakan>
10/08/27 11.31 - Herman Tuah: <Media tidak disertakan>
10/08/27 15.20 - Herman Tuah: RALAT 🙏 latgab dgn Pos Tanjung Lampas BUKAN Kamis 12/8 jam 14.00, tp JUMAT 13/8 jam 08.00 WITA. Lokasi tetap lapangan SMPN 2 Sungai Kapuak. Kamis ada pengamanan acara Pemkab
10/08/27 15.22 - Fitriyani SK: Noted ndan
10/08/27 15.25 - Danu Prasetya: Siap, jd Jumat pagi ya
11/08/27 08.12 - Herman Tuah: Koreksi dr Bidang Damkar: kuota DK-03 utk pos kita jd 5 org ya, bukan 6. 1 kuota dialihkan ke Pos Kuala Ransa. Mohon maaf 🙏
11/08/27 08.14 - Herman Tuah: Yg sy usulkan: Fitriyani, Rizal Anshari, Ujang Ruhiyat, Danu Prasetya, Agus Tamrin. Uji renang seleksi Senin 30/8 di Kolam Renang Tirta Ranggas
11/08/27 08.16 - Agus Tamrin: Siap ndan, terima kasih 🙏
11/08/27 08.30 - +62 852-5077-1943: Yah sy gak kebagian 😢
11/08/27 08.33 - Herman Tuah: Sabar, nanti ada tambahan kuota 10 org di APBD Perubahan klo disetujui
11/08/27 13.05 - Dwi Lestari Verif: Info: tes kesamaptaan semester II utk Pos Sungai Kapuak hari Senin 20 Sept jam 06.00 di Stadion Mini Bukit Ranggas
11/08/27 13.40 - Dwi Lestari Verif: Mohon maaf ralat 🙏 utk Pos Sungai Kapuak tes kesamaptaan hari SELASA 21 Sept (gelombang 2), bukan Senin 20 Sept. Jam & tempat sama. Surat keterangan sehat dr puskesmas jgn lupa
11/08/27 13.42 - Rizal Anshari: Siap bu 👍
11/08/27 13.45 - Fitriyani SK: Surat sehatnya paling lama brp hari sblm tes bu?
11/08/27 13.50 - Dwi Lestari Verif: Maks 14 hari sblm tes ya bu
12/08/27 19.02 - Herman Tuah: Pengingat: bsk Jumat 13/8 jam 08.00 latgab. Kumpul di pos jam 07.15 utk briefing 🚒🔥
12/08/27 19.05 - Ujang Ruhiyat: Siap ndan
13/08/27 12.10 - Herman Tuah: Terima kasih semua, latgab lancar. Daftar hadir sdh sy tandatangani, silakan unggah ke SI-BARA, latgab diakui 4 JP 👍
13/08/27 12.12 - Danu Prasetya: Mantap ndan 💪
"""

MEMO_TXT = f"""MEMO INTERNAL
{SATUAN.upper()}
{KAB.upper()}
==========================================================================

Nomor   : 17/MEMO/UMPEG/VIII/2027
Tanggal : 4 Agustus 2027
Dari    : Kepala Subbagian Umum dan Kepegawaian (Ketua Harian Tim Pengelola SIGAP)
Kepada  : 1. Para Kepala Bidang
          2. Para Kepala Pos Damkar Sektor
          3. Para Kepala Unit Satpol PP Kecamatan
Hal     : Tindak lanjut capaian JP semester I dan persiapan tes kesamaptaan semester II

Menindaklanjuti hasil Rapat Koordinasi Evaluasi SIGAP tanggal 29 Juli 2027, bersama ini kami
sampaikan hal-hal sebagai berikut.

1. Capaian JP Satuan per 30 Juni 2027 adalah 54,0% dari target tahunan. Sebanyak 27 pegawai
   belum memiliki catatan JP; daftar namanya dapat dilihat pada menu Monitoring di SI-BARA dan
   pada lembar "Pegawai Prioritas" berkas Rekap JP SIGAP 2027.

2. Ke-27 pegawai tersebut wajib menyelesaikan paling sedikit 4 (empat) modul Kelas SIGAP
   Lapangan paling lambat 30 September 2027.

3. Setiap Kepala Pos dan Kepala Unit menyampaikan rencana pendampingan bagi pegawai
   prioritas di unitnya paling lambat Jumat, 13 Agustus 2027, melalui surel
   {EMAIL}.

4. Sertifikat kegiatan semester I yang belum diunggah diberi dispensasi unggah terakhir sampai
   20 Agustus 2027. Setelah tanggal tersebut berlaku kembali batas 5 hari kerja.

5. Tes kesamaptaan jasmani semester II dilaksanakan pada 20 - 22 September 2027 pukul 06.00
   WITA di Stadion Mini Bukit Ranggas, dengan pembagian:
   - Gelombang 1 (Senin, 20 September 2027): Sekretariat, seluruh Bidang, dan Unit Satpol PP
     Kecamatan;
   - Gelombang 2 (Selasa, 21 September 2027): Pos Damkar Sektor Muara Ranggas Kota, Sungai
     Kapuak, dan Tanjung Lampas;
   - Gelombang 3 (Rabu, 22 September 2027): Pos Damkar Sektor Batu Bahalang dan Kuala Ransa,
     serta peserta susulan.
   Materi tes: lari 12 menit, pull-up (pria) atau chinning (wanita), sit-up 1 menit, push-up
   1 menit, dan shuttle run. Nilai minimal 61. Peserta membawa surat keterangan sehat dari
   puskesmas yang diterbitkan paling lama 14 hari sebelum tes.

6. Pegawai yang bertugas jaga pada hari tesnya mengikuti gelombang berikutnya atas
   persetujuan Kepala Pos.

Demikian disampaikan untuk dilaksanakan.

Kepala Subbagian Umum dan Kepegawaian,

ttd.

{UMPEG}
NIP {UMPEG_NIP}

Tembusan: Sekretaris (sebagai laporan)

{FIKTIF}
"""


def _w_text(fn_or_text):
    def w(path):
        text = fn_or_text() if callable(fn_or_text) else fn_or_text
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)

    return w


DOCS = {
    "pedoman-sigap-2027": ("pdf", render_pedoman),
    "perkasat-3-2024-pengembangan-kompetensi": ("pdf", render_perkasat_old),
    "perkasat-1-2027-pengembangan-kompetensi": ("pdf", render_perkasat_new),
    "surat-undangan-pelatihan-ppns-lanjutan-2027": ("pdf", render_surat),
    "paparan-rakor-sigap-semester-i-2027": ("pdf", render_paparan),
    "sop-pengajuan-pengakuan-jp-sibara": ("docx", write_sop),
    "log-coaching-mentoring-pos-tanjung-lampas-2027": ("docx", write_coaching),
    "berita-acara-ujikom-jf-pol-pp-2027": ("docx", write_ba),
    "kak-pelatihan-water-rescue-2027": ("docx", write_kak),
    "rekap-jp-sigap-2027": ("xlsx", write_xlsx),
    "rekap-kehadiran-latihan-rutin-pos-semester-i-2027": ("csv", _w_text(kehadiran_csv)),
    "jadwal-pelatihan-sigap-semester-ii-2027": ("csv", _w_text(jadwal_csv)),
    "berita-intranet-apel-siaga-kelas-sigap-lapangan": ("html", _w_text(berita_html)),
    "kontak-pic-layanan-sibara": ("html", _w_text(kontak_html)),
    "faq-sigap": ("md", _w_text(FAQ_MD)),
    "panduan-pengakuan-jp-nonklasikal": ("md", _w_text(LRP_MD)),
    "grup-wa-pos-damkar-sungai-kapuak-agustus-2027": ("txt", _w_text(WA_TXT)),
    "memo-umpeg-tindak-lanjut-capaian-jp-2027": ("txt", _w_text(MEMO_TXT)),
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

        dd = docx.Document(path)
        lines = _docx_lines(dd)
        for s in dd.sections:
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
    s = s.replace("\u00a0", " ").replace("\u2019", "'")
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
        if set(q) != {"id", "q", "expected", "facts", "tags"}:
            errors.append(f"{q.get('id')}: keys must be id, q, expected, facts, tags")
            continue
        exp, facts, tags = q["expected"], q["facts"], q["tags"]
        for t in tags:
            tags_count[t] = tags_count.get(t, 0) + 1
        if not tags or tags[0] not in ("casual", "formal"):
            errors.append(f"{q['id']}: first tag must be casual|formal")
        if not exp:
            if facts or "oos" not in tags:
                errors.append(f"{q['id']}: out-of-scope question needs facts [] and tag oos")
            if not re.fullmatch(r"x9\d\d", q["id"]):
                errors.append(f"{q['id']}: out-of-scope ids are x901..")
            if "near" in tags:
                n_near += 1
            elif "far" in tags:
                n_far += 1
            else:
                errors.append(f"{q['id']}: oos needs near|far")
            continue
        if not re.fullmatch(r"x[0-8]\d\d", q["id"]):
            errors.append(f"{q['id']}: answerable ids are x001..")
        n_ans += 1
        if "two-part" in tags:
            n_two += 1
            if len(facts) != 2:
                errors.append(f"{q['id']}: two-part question needs exactly two facts")
        elif len(facts) >= 2 and "list" not in tags:
            errors.append(f"{q['id']}: several facts need tag two-part or list")
        if len(set(exp)) != len(exp):
            errors.append(f"{q['id']}: duplicate expected ids")
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
    if n_ans < 210:
        errors.append(f"only {n_ans} answerable questions (need >= 210)")
    if (n_near, n_far) != (20, 20):
        errors.append(f"out of scope must be 20 near + 20 far, got {n_near} + {n_far}")
    exts = {DOCS[s][0] for s in DOCS}
    if len(DOCS) < 17 or len(exts) < 7:
        errors.append(f"need >= 17 documents in >= 7 formats, got {len(DOCS)} in {len(exts)}")
    print(
        f"documents: {len(DOCS)} in {len(exts)} formats; questions: {len(qs)} (answerable "
        f"{n_ans}, two-part {n_two}, out of scope {n_near} near + {n_far} far)"
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
