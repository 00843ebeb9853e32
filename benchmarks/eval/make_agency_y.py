#!/usr/bin/env python3
"""Generate the documents of the fictional "agency Y" evaluation set.

Agency Y: Dinas Pekerjaan Umum dan Penataan Ruang (Dinas PUPR) Provinsi Teluk Wangsa (fictional
province, capital Kota Bandar Wangsa, WITA). Its competency development programme is "TAPAK"
(Tata Pembelajaran Aparatur Konstruksi), recorded in the information system "SIPAKAR" (Sistem
Informasi Pengembangan Keahlian Aparatur), which replaced the old application "e-DIKWAN".
511 employees (357 PNS, 154 PPPK) in the Sekretariat, five bidang, five UPTD and one Balai.

Documents (written into agency_y/):
  pedoman-tapak-2027.pdf                         long handbook: cover, TOC, glossary, BAB I-X,
                                                 catalogue table over several pages with repeated
                                                 header, footnotes, running header/footer,
                                                 LAMPIRAN I-III
  perkadis-4-2023-pengembangan-kompetensi.pdf    OLD regulation (BAB/Pasal/ayat), replaced
  perkadis-2-2027-pengembangan-kompetensi.pdf    NEW regulation that revokes the old one
  surat-pemanggilan-pelatihan-ahli-k3-konstruksi-2027.pdf  letter with kop and participants
  paparan-evaluasi-tapak-semester-i-2027.pdf     landscape slide deck
  sop-validasi-jp-sipakar.docx                   SOP, identity table and steps table with
                                                 merged cells
  notulen-rakor-tapak-juli-2027.docx             minutes with decisions and follow-up table
  berita-acara-uji-kompetensi-operator-alat-berat-2027.docx  numbers in words, result table
  kak-pelatihan-pengujian-mutu-beton-2027.docx   terms of reference: curriculum, budget, quota
  rekap-tapak-2027.xlsx                          sheets Capaian JP (formulas), Kuota Pelatihan,
                                                 Anggaran, Catatan
  rekap-alat-berat-dan-operator-uptd-2027.csv    equipment per UPTD (semicolon, decimal commas)
  rekap-jp-per-unit-semester-i-2027.csv          JP recap per unit (comma, quoted)
  berita-intranet-tapak-lapangan-jembatan-lindu.html  intranet news page with chrome
  kontak-pic-sipakar.html                        PIC table and ordered-list procedures
  faq-tapak.md                                   FAQ
  panduan-pengakuan-jp-belajar-mandiri.md        guide with nested lists and a table
  grup-wa-uptd-pjj-wilayah-ii-agustus-2027.txt   WhatsApp export with corrections (RALAT)
  memo-sekretaris-percepatan-capaian-jp-2027.txt plain-text internal memo

Usage:
  python make_agency_y.py                     # write the documents
  python make_agency_y.py --text [stem ...]   # print the extracted text of each document
  python make_agency_y.py --check             # check questions_agency_y.yaml against documents

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
OUT = os.path.join(HERE, "agency_y")
QUESTIONS = os.path.join(HERE, "questions_agency_y.yaml")
FIXED_DATE = datetime.datetime(2027, 8, 27, 8, 0, tzinfo=datetime.UTC)
ZIP_DATE = (2027, 8, 27, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."

DINAS = "Dinas Pekerjaan Umum dan Penataan Ruang"
SINGKAT = "Dinas PUPR"
PROV = "Provinsi Teluk Wangsa"
IBUKOTA = "Kota Bandar Wangsa"
PROGRAM = "TAPAK"
PROGRAM_LONG = "Tata Pembelajaran Aparatur Konstruksi"
SISTEM = "SIPAKAR"
SISTEM_LONG = "Sistem Informasi Pengembangan Keahlian Aparatur"
SISTEM_OLD = "e-DIKWAN"
SISTEM_OLD_LONG = "Elektronik Diklat Wangsa"
ALAMAT = "Jl. Laksamana Malahayati No. 17, Kota Bandar Wangsa 93117"
TELP = "(0408) 312 5880"
EMAIL = "tapak@dpupr.telukwangsaprov.go.id"
EMAIL_SIPAKAR = "helpdesk.sipakar@dpupr.telukwangsaprov.go.id"
URL_SIPAKAR = "https://sipakar.dpupr.telukwangsaprov.go.id"
WA_HELPDESK = "0812-4077-3190"

KADIS = "Ir. Haris Munandar Lamadjido, M.T."
KADIS_NIP = "19710814 199803 1 0**"
KADIS_OLD = "Ir. Andi Baso Tenriajeng, M.Eng."
KADIS_OLD_NIP = "19640502 198903 1 0**"
SEKRETARIS = "Dra. Wa Ode Nurhayati, M.Si."
SEKRETARIS_NIP = "19720311 199703 2 0**"
KASUBBAG = "Rahmawati Daeng Sikati, S.E., M.M."
KASUBBAG_NIP = "19810925 200604 2 0**"
KABID_BM = "Ir. Yohanis Palinggi, M.T."
KABID_SDA = "Dr. Ir. La Ode Safiuddin, M.T."
KABID_PR = "Nurul Fadhilah Amir, S.T., M.Sc."
KABID_BJK = "Ir. Bambang Wicaksono Putro, M.T."
KABID_CK = "Agus Salim Tamrin, S.T., M.T."
KA_LAB = "Ir. Meilani Sarapang, M.T."
KA_ALAT = "Hendrik Rumambi, S.T."
KA_PJJ1 = "Muh. Arsyad Patiroi, S.T., M.T."
KA_PJJ2 = "Stefanus Lede Bili, S.T."
KA_PJJ3 = "Hasanuddin Lamaddukelleng, S.T."
KA_BPSDA = "Ir. Sitti Rukayah Mappiasse, M.T."
ADMIN = "Fikri Ananda Lasulika, S.Kom."
VERIF = "Maria Goretti Tandiono, S.Psi."
VERIF2 = "Yusran Mokodompit, S.AP."
VERIF3 = "Ni Luh Putu Ayu Wiradani, S.T."
BENDAHARA = "Nur Aisyah Lapawawoi, S.E."
GUBERNUR = "H. Arifin Daeng Matutu, S.H., M.H."

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


SATUAN_KATA = [
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
]


def terbilang(n):
    if n < 12:
        return SATUAN_KATA[n] if n else "nol"
    if n < 20:
        return f"{SATUAN_KATA[n - 10]} belas"
    if n < 100:
        r = n % 10
        return f"{SATUAN_KATA[n // 10]} puluh" + (f" {SATUAN_KATA[r]}" if r else "")
    if n < 200:
        return "seratus" + (f" {terbilang(n - 100)}" if n > 100 else "")
    if n < 1000:
        r = n % 100
        return f"{SATUAN_KATA[n // 100]} ratus" + (f" {terbilang(r)}" if r else "")
    if n < 2000:
        return "seribu" + (f" {terbilang(n - 1000)}" if n > 1000 else "")
    if n < 1000000:
        r = n % 1000
        return f"{terbilang(n // 1000)} ribu" + (f" {terbilang(r)}" if r else "")
    r = n % 1000000
    return f"{terbilang(n // 1000000)} juta" + (f" {terbilang(r)}" if r else "")


# ------------------------------------------------------------------ units
# name, PNS, PNS in a jabatan fungsional teknik/JF (target 40 JP), PPPK, head
UNITS = [
    ("Sekretariat", 58, 6, 22, SEKRETARIS),
    ("Bidang Bina Marga", 41, 28, 9, KABID_BM),
    ("Bidang Sumber Daya Air", 38, 25, 8, KABID_SDA),
    ("Bidang Penataan Ruang", 24, 15, 5, KABID_PR),
    ("Bidang Bina Jasa Konstruksi", 22, 13, 4, KABID_BJK),
    ("Bidang Cipta Karya", 27, 16, 6, KABID_CK),
    ("UPTD Laboratorium Bahan Konstruksi", 19, 8, 11, KA_LAB),
    ("UPTD Peralatan dan Perbengkelan", 23, 3, 26, KA_ALAT),
    ("UPTD Pengelolaan Jalan dan Jembatan Wilayah I", 31, 12, 18, KA_PJJ1),
    ("UPTD Pengelolaan Jalan dan Jembatan Wilayah II", 27, 10, 16, KA_PJJ2),
    ("UPTD Pengelolaan Jalan dan Jembatan Wilayah III", 22, 8, 14, KA_PJJ3),
    ("Balai Pengelolaan Sumber Daya Air Wangsa-Lindu", 25, 11, 15, KA_BPSDA),
]
UNIT_LOC = {
    "UPTD Pengelolaan Jalan dan Jembatan Wilayah I": "Kota Bandar Wangsa",
    "UPTD Pengelolaan Jalan dan Jembatan Wilayah II": "Kota Tanjung Kelambu",
    "UPTD Pengelolaan Jalan dan Jembatan Wilayah III": "Kabupaten Pulau Senggara",
    "Balai Pengelolaan Sumber Daya Air Wangsa-Lindu": "Kabupaten Lindu Raya",
    "UPTD Laboratorium Bahan Konstruksi": "Kota Bandar Wangsa",
    "UPTD Peralatan dan Perbengkelan": "Kota Bandar Wangsa",
}
T_JF, T_PNS, T_PPPK = 40, 24, 20  # new targets (Perkadis 2/2027)
T_JF_OLD, T_PNS_OLD, T_PPPK_OLD = 30, 20, 20  # old targets (Perkadis 4/2023)
# JP verified in semester I 2027 (klasikal, nonklasikal) per unit
JP_SEM1 = [
    (512, 318),
    (596, 281),
    (402, 230),
    (388, 142),
    (276, 119),
    (301, 132),
    (296, 91),
    (228, 104),
    (410, 176),
    (244, 143),
    (198, 88),
    (352, 121),
]
N_PNS = sum(u[1] for u in UNITS)
N_JF = sum(u[2] for u in UNITS)
N_PPPK = sum(u[3] for u in UNITS)
N_PEG = N_PNS + N_PPPK


def target_unit(u):
    return T_JF * u[2] + T_PNS * (u[1] - u[2]) + T_PPPK * u[3]


TARGET_TOTAL = sum(target_unit(u) for u in UNITS)
JP_KLAS_TOTAL = sum(a for a, _ in JP_SEM1)
JP_NON_TOTAL = sum(b for _, b in JP_SEM1)
JP_TOTAL = JP_KLAS_TOTAL + JP_NON_TOTAL
CAPAIAN_TOTAL = koma(100 * JP_TOTAL / TARGET_TOTAL)


def capaian(i):
    return 100 * sum(JP_SEM1[i]) / target_unit(UNITS[i])


# ------------------------------------------------------------------ catalogue
# code, name, target group, JP, method, organiser, quota, schedule
KATALOG = [
    (
        "BM-01",
        "Pelatihan Perencanaan Teknis Jalan",
        "JF Teknik Jalan dan Jembatan Ahli Pertama/Muda",
        40,
        "Klasikal",
        "Bapekom PUPR Wilayah Timur",
        6,
        "10-14 Mei 2027",
    ),
    (
        "BM-02",
        "Pelatihan Perencanaan Teknis Jembatan",
        "JF Teknik Jalan dan Jembatan Ahli Muda",
        40,
        "Klasikal",
        "Bapekom PUPR Wilayah Timur",
        4,
        "7-11 Juni 2027",
    ),
    (
        "BM-03",
        "Pelatihan Survei Kondisi Jalan (IRI dan PCI)",
        "JF Teknik Jalan dan Jembatan, teknisi UPTD PJJ",
        24,
        "Blended",
        "Internal (Bidang Bina Marga)",
        24,
        "16-19 Agustus 2027",
    ),
    (
        "BM-04",
        "Pelatihan Pemeriksaan Jembatan",
        "JF Teknik Jalan dan Jembatan, teknisi UPTD PJJ",
        32,
        "Klasikal dan praktik lapangan",
        "Internal (Bidang Bina Marga)",
        20,
        "18-22 Oktober 2027",
    ),
    (
        "BM-05",
        "Pelatihan Pengawasan Pekerjaan Pemeliharaan Jalan",
        "Pengawas lapangan UPTD PJJ (PNS dan PPPK)",
        24,
        "Klasikal",
        "Internal (Bidang Bina Marga)",
        30,
        "8-10 November 2027",
    ),
    (
        "SD-01",
        "Pelatihan Operasi dan Pemeliharaan Bendung",
        "JF Teknik Pengairan, juru/pengamat pintu air BPSDA",
        32,
        "Klasikal dan praktik lapangan",
        "Internal (Bidang Sumber Daya Air)",
        20,
        "21-25 Juni 2027",
    ),
    (
        "SD-02",
        "Pelatihan Pengukuran Debit Sungai",
        "JF Teknik Pengairan, teknisi hidrologi BPSDA",
        24,
        "Praktik lapangan",
        "Internal (BPSDA Wangsa-Lindu)",
        16,
        "2-4 Agustus 2027",
    ),
    (
        "SD-03",
        "Pelatihan Perencanaan Jaringan Irigasi",
        "JF Teknik Pengairan Ahli Pertama/Muda",
        40,
        "Klasikal",
        "Bapekom PUPR Wilayah Timur",
        5,
        "6-10 September 2027",
    ),
    (
        "PR-01",
        "Pelatihan Penyusunan Rencana Detail Tata Ruang (RDTR)",
        "JF Penata Ruang Ahli Pertama/Muda",
        48,
        "Klasikal",
        "Kementerian ATR/BPN (kelas daring dan luring)",
        4,
        "12-20 Juli 2027",
    ),
    (
        "PR-02",
        "Pelatihan Pengendalian Pemanfaatan Ruang",
        "JF Penata Ruang, staf Bidang Penataan Ruang",
        24,
        "Klasikal",
        "Internal (Bidang Penataan Ruang)",
        15,
        "13-15 September 2027",
    ),
    (
        "PR-03",
        "Pelatihan Pemetaan dengan Drone (Fotogrametri)",
        "JF Penata Ruang, JF Teknik Jalan dan Jembatan",
        32,
        "Klasikal dan praktik lapangan",
        "Internal bekerja sama dengan Universitas Teluk Wangsa",
        12,
        "11-14 Oktober 2027",
    ),
    (
        "JK-01",
        "Pelatihan Ahli K3 Konstruksi",
        "PPK, JF Pembina Jasa Konstruksi, JF teknik yang menangani pengawasan",
        40,
        "Klasikal dan uji sertifikasi",
        "LSP Konstruksi terakreditasi",
        "10 per angkatan",
        "Angkatan I: 17-21 Mei 2027; Angkatan II: 13-17 September 2027",
    ),
    (
        "JK-02",
        "Pelatihan Petugas K3 Konstruksi",
        "Pengawas lapangan, pelaksana dan PPPK teknis",
        24,
        "Klasikal",
        "Internal (Bidang Bina Jasa Konstruksi)",
        "20 per angkatan",
        "Angkatan I: 14-16 Juni 2027; Angkatan II: 25-27 Oktober 2027",
    ),
    (
        "JK-03",
        "Pelatihan Sistem Manajemen Keselamatan Konstruksi (SMKK)",
        "JF Pembina Jasa Konstruksi, PPK, pengawas",
        24,
        "Klasikal",
        "Internal (Bidang Bina Jasa Konstruksi)",
        25,
        "23-25 Agustus 2027",
    ),
    (
        "JK-04",
        "Pelatihan Pembinaan Tertib Penyelenggaraan Jasa Konstruksi",
        "JF Pembina Jasa Konstruksi",
        16,
        "Klasikal",
        "Internal (Bidang Bina Jasa Konstruksi)",
        15,
        "15-16 November 2027",
    ),
    (
        "LB-01",
        "Pelatihan Pengujian Mutu Beton",
        "Teknisi UPTD Laboratorium dan UPTD PJJ",
        40,
        "Klasikal dan praktik laboratorium",
        "Internal (UPTD Laboratorium Bahan Konstruksi)",
        30,
        "4-8 Oktober 2027",
    ),
    (
        "LB-02",
        "Pelatihan Pengujian Mutu Aspal",
        "Teknisi UPTD Laboratorium dan UPTD PJJ",
        32,
        "Klasikal dan praktik laboratorium",
        "Internal (UPTD Laboratorium Bahan Konstruksi)",
        20,
        "22-25 November 2027",
    ),
    (
        "LB-03",
        "Pelatihan Uji Tanah (Sondir dan CBR)",
        "Teknisi UPTD Laboratorium, JF Teknik Jalan dan Jembatan",
        24,
        "Praktik laboratorium dan lapangan",
        "Internal (UPTD Laboratorium Bahan Konstruksi)",
        18,
        "26-28 Juli 2027",
    ),
    (
        "AL-01",
        "Pelatihan Operator Alat Berat (Excavator dan Motor Grader)",
        "Operator PPPK UPTD Peralatan dan UPTD PJJ",
        48,
        "Praktik lapangan dan uji kompetensi",
        "Internal bekerja sama dengan LSP Alat Berat",
        32,
        "16-24 Agustus 2027",
    ),
    (
        "AL-02",
        "Pelatihan Mekanik Alat Berat",
        "Mekanik UPTD Peralatan dan Perbengkelan",
        40,
        "Praktik bengkel",
        "Internal (UPTD Peralatan dan Perbengkelan)",
        12,
        "4-8 Oktober 2027",
    ),
    (
        "AL-03",
        "Pelatihan Manajemen Pemeliharaan Peralatan",
        "Pengelola peralatan dan kepala bengkel",
        16,
        "Klasikal",
        "Internal (UPTD Peralatan dan Perbengkelan)",
        10,
        "19-20 Mei 2027",
    ),
    (
        "PB-01",
        "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar",
        "PPK, pejabat pengadaan, calon JF PPBJ",
        24,
        "Klasikal dan ujian sertifikasi",
        "BPSDM Provinsi Teluk Wangsa",
        20,
        "15-17 Maret 2027",
    ),
    (
        "PB-02",
        "Pelatihan Penyusunan HPS dan Spesifikasi Teknis",
        "JF PPBJ, PPK, JF teknik",
        16,
        "Klasikal",
        "Internal (Sekretariat)",
        25,
        "9-10 Juni 2027",
    ),
    (
        "PB-03",
        "Pelatihan E-Katalog dan E-Purchasing Pekerjaan Konstruksi",
        "JF PPBJ, PPK, pejabat pengadaan",
        8,
        "Daring",
        "Internal (Sekretariat)",
        30,
        "21 Juli 2027",
    ),
    (
        "CK-01",
        "Pelatihan Building Information Modelling (BIM) Dasar",
        "JF Teknik Bangunan Gedung dan Permukiman, drafter",
        32,
        "Klasikal (laboratorium komputer)",
        "Internal bekerja sama dengan Politeknik Negeri Bandar Wangsa",
        20,
        "20-23 September 2027",
    ),
    (
        "CK-02",
        "Pelatihan Penilaian Kelaikan Fungsi Bangunan Gedung (SLF)",
        "JF Teknik Bangunan Gedung dan Permukiman",
        24,
        "Klasikal dan praktik lapangan",
        "Internal (Bidang Cipta Karya)",
        12,
        "1-3 November 2027",
    ),
    (
        "UM-01",
        "Pelatihan Penulisan Laporan Teknis",
        "Seluruh pegawai",
        16,
        "Klasikal",
        "Internal (Sekretariat)",
        40,
        "6-7 Juli 2027",
    ),
    (
        "UM-02",
        "Pelatihan Pengelolaan Arsip Dinamis",
        "Pengelola arsip Sekretariat, bidang dan UPTD",
        16,
        "Klasikal",
        "Internal (Sekretariat)",
        15,
        "24-25 Mei 2027",
    ),
    (
        "UM-03",
        "Orientasi PPPK Dinas PUPR",
        "PPPK yang baru diangkat",
        20,
        "Klasikal",
        "Internal (Subbagian Umum dan Kepegawaian)",
        "30 per angkatan",
        "Angkatan I: 22-24 Februari 2027; Angkatan II: 19-21 Juli 2027",
    ),
    (
        "UM-04",
        "Pelatihan Microsoft Excel untuk Analisis Data Teknis",
        "Seluruh pegawai",
        16,
        "Klasikal (laboratorium komputer)",
        "Internal (Sekretariat)",
        35,
        "30-31 Agustus 2027",
    ),
]
KAT = {k[0]: k for k in KATALOG}

ANGGARAN = [
    ("Penyelenggaraan pelatihan klasikal internal", 486_750_000),
    ("Pengiriman peserta pelatihan eksternal", 612_400_000),
    ("Sertifikasi dan uji kompetensi (SKK, SIO operator)", 298_600_000),
    ("TAPAK Lapangan (pembelajaran di lokasi pekerjaan)", 142_300_000),
    ("Coaching, mentoring dan Bedah Kasus Teknik", 38_450_000),
    ("Pengembangan dan pemeliharaan SIPAKAR", 176_000_000),
    ("Monitoring, evaluasi dan pelaporan", 24_500_000),
]
ANGGARAN_TOTAL = sum(a for _, a in ANGGARAN)
# realisation as of 30 June 2027
REALISASI = [203_115_000, 287_930_000, 96_400_000, 61_275_000, 14_880_000, 132_000_000, 6_125_000]
REALISASI_TOTAL = sum(REALISASI)


# ============================================================================ PDF helpers
def _pdf_setup(pdf, title):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(f"{DINAS} {PROV}")
    pdf.set_subject(FIKTIF)
    pdf.set_creator("make_agency_y.py")
    pdf.set_producer("fpdf2")
    for style, fn in (("", "DejaVuSans"), ("B", "DejaVuSans-Bold"), ("I", "DejaVuSans-Oblique")):
        pdf.add_font("S", style, os.path.join(FONT_DIR, fn + ".ttf"))
    pdf.add_font("S", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
    for style, fn in (("", "DejaVuSerif"), ("B", "DejaVuSerif-Bold"), ("I", "DejaVuSerif-Italic")):
        pdf.add_font("R", style, os.path.join(FONT_DIR, fn + ".ttf"))
    pdf.add_font("R", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))


def _nlines(pdf, w, h, text):
    """Line count of a multi_cell, without letting the dry run trigger a page break."""
    auto, margin = pdf.auto_page_break, pdf.b_margin
    pdf.set_auto_page_break(False, margin)
    n = len(pdf.multi_cell(w, h, text, dry_run=True, output="LINES"))
    pdf.set_auto_page_break(auto, margin)
    return n


def _make_pdf(title, fam="S", header="", footer=FIKTIF, bottom=20, fmt="A4", orientation="P"):
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
            self.set_auto_page_break(False)
            if self.notes:
                wid = self.w - self.l_margin - self.r_margin - 5
                self.set_font(self.fam, "", 7.5)
                n = sum(_nlines(self, wid, 3.5, t) for _, t in self.notes)
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
            self.cell(0, 5, f"Halaman {self.page_no()} dari {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

        def add_note(self, mk, text):
            wid = self.w - self.l_margin - self.r_margin - 5
            self.set_font(self.fam, "", 7.5)
            self.notes.append((mk, text))
            n = sum(_nlines(self, wid, 3.5, t) for _, t in self.notes)
            self.set_auto_page_break(True, margin=15 + n * 3.5 + 6)

    pdf = Doc(format=fmt, orientation=orientation)
    pdf.fam = fam
    pdf.running = header
    pdf.footer_left = footer
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
        self.marks = []

    @property
    def width(self):
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def need(self, h):
        if self.pdf.get_y() + h > self.pdf.page_break_trigger:
            self.pdf.add_page()

    def lines(self, text, w, size=None, style=""):
        self.pdf.set_font(self.fam, style, size or self.size)
        return _nlines(self.pdf, w, self.lh, text)

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

    def center(self, text, size=11, style="B", h=6):
        self.pdf.set_font(self.fam, style, size)
        self.pdf.multi_cell(0, h, text, align="C", new_x="LMARGIN", new_y="NEXT")

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
        pdf.set_font(self.fam, "B" if bold else "", size)
        n = 1
        for txt, w in zip(row, widths, strict=True):
            n = max(n, _nlines(pdf, w - 2, lh, str(txt)))
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
            pdf.set_font(self.fam, "B" if bold else "", size)
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
        fill=(222, 232, 214),
    ):
        pdf = self.pdf
        tw = sum(widths)
        widths = [w * self.width / tw for w in widths]
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
PED_TITLE = f"Pedoman Program {PROGRAM} {SINGKAT} {PROV} Tahun 2027"

ISTILAH = [
    ("AKP", "Analisis Kebutuhan Pelatihan"),
    ("ASN", "Aparatur Sipil Negara"),
    ("Bapekom", "Balai Pengembangan Kompetensi"),
    ("BIM", "Building Information Modelling"),
    ("BPSDA", "Balai Pengelolaan Sumber Daya Air"),
    ("BPSDM", "Badan Pengembangan Sumber Daya Manusia"),
    ("CBR", "California Bearing Ratio"),
    ("e-DIKWAN", f"{SISTEM_OLD_LONG}, aplikasi lama pencatatan diklat"),
    ("HPS", "Harga Perkiraan Sendiri"),
    ("IRI", "International Roughness Index"),
    ("JF", "Jabatan Fungsional"),
    ("JP", "Jam Pelajaran, setara 45 menit"),
    ("K3", "Keselamatan dan Kesehatan Kerja"),
    ("KPB", "Koordinator Pembelajaran Bidang"),
    ("LSP", "Lembaga Sertifikasi Profesi"),
    ("PCI", "Pavement Condition Index"),
    ("PJJ", "Pengelolaan Jalan dan Jembatan"),
    ("PPBJ", "Pengelola Pengadaan Barang/Jasa"),
    ("PPK", "Pejabat Pembuat Komitmen"),
    ("PPPK", "Pegawai Pemerintah dengan Perjanjian Kerja"),
    ("RDTR", "Rencana Detail Tata Ruang"),
    ("RPK", "Rencana Pengembangan Kompetensi"),
    ("SIO", "Surat Izin Operator"),
    ("SIPAKAR", SISTEM_LONG),
    ("SKK", "Sertifikat Kompetensi Kerja"),
    ("SLF", "Sertifikat Laik Fungsi"),
    ("SMKK", "Sistem Manajemen Keselamatan Konstruksi"),
    ("TAPAK", PROGRAM_LONG),
    ("UPTD", "Unit Pelaksana Teknis Daerah"),
]

TIM = [
    ("Pengarah", "Kepala Dinas", KADIS),
    ("Penanggung Jawab", "Sekretaris", SEKRETARIS),
    ("Ketua Pelaksana", "Kepala Subbagian Umum dan Kepegawaian", KASUBBAG),
    ("Sekretaris Tim", "Analis SDM Aparatur Ahli Muda", VERIF),
    ("Verifikator JP", "Analis SDM Aparatur dan Pranata SDM Aparatur", f"{VERIF2}; {VERIF3}"),
    ("Administrator SIPAKAR", "Pranata Komputer Ahli Pertama", ADMIN),
    (
        "Koordinator Pembelajaran Bidang",
        "Ditunjuk oleh kepala unit kerja",
        "1 orang per unit kerja",
    ),
]

KONVERSI = [
    ("Coaching dan mentoring", "2 JP per sesi paling singkat 90 menit", "12 JP"),
    ("TAPAK Lapangan", "4 JP per hari kegiatan", "16 JP per kegiatan"),
    ("Bedah Kasus Teknik (peserta)", "2 JP per sesi", "12 JP"),
    ("Narasumber internal Kelas TAPAK atau Bedah Kasus", "3 JP per kali tampil", "12 JP"),
    ("Webinar bersertifikat (paling singkat 2 jam)", "2 JP per webinar", "10 JP"),
    ("Kursus daring (e-learning) bersertifikat", "sesuai JP pada sertifikat", "20 JP"),
    ("Magang atau detasering", "5 JP per hari kerja", "30 JP"),
    ("Penulisan artikel teknis di Warta TAPAK", "4 JP per artikel yang dimuat", "8 JP"),
]

KALENDER = [
    ("Januari", "Penyusunan RPK individu bersama atasan (paling lambat 31 Januari 2027)"),
    ("Februari", "Orientasi PPPK Angkatan I; penetapan Perkadis Nomor 2 Tahun 2027"),
    ("Maret", "Penetapan KPB seluruh unit kerja (paling lambat 31 Maret 2027)"),
    ("April", "Migrasi data e-DIKWAN ke SIPAKAR (12-30 April 2027)"),
    ("Mei", "SIPAKAR mulai digunakan 3 Mei 2027; Ahli K3 Konstruksi Angkatan I"),
    ("Juni", "e-DIKWAN hanya-baca sampai 30 Juni 2027; batas capaian antara 45%"),
    ("Juli", "Evaluasi semester I; Rapat Koordinasi TAPAK; Orientasi PPPK Angkatan II"),
    ("Agustus", "Uji kompetensi operator alat berat; TAPAK Lapangan wilayah II"),
    ("September", "Batas pengisian AKP 2028 (30 September 2027); Ahli K3 Konstruksi Angkatan II"),
    ("Oktober", "Pelatihan Pengujian Mutu Beton; Pelatihan Mekanik Alat Berat"),
    ("November", "Pelatihan Pengujian Mutu Aspal; evaluasi pasca-pelatihan"),
    ("Desember", "Penutupan data JP 2027 (17 Desember 2027); penganugerahan Piala TAPAK"),
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
    pdf.running = f"Pedoman Program {PROGRAM} {SINGKAT} {PROV} Tahun 2027"
    pdf.skip_first_footer = True
    F = Flow(pdf)
    # ---------------------------------------------------------------- cover
    pdf.add_page()
    pdf.set_fill_color(20, 80, 60)
    pdf.rect(0, 0, pdf.w, 18, style="F")
    pdf.set_fill_color(240, 170, 30)
    pdf.rect(0, 18, pdf.w, 3, style="F")
    pdf.set_font("S", "B", 12)
    pdf.ln(16)
    for t in (f"PEMERINTAH {PROV.upper()}", DINAS.upper()):
        pdf.multi_cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("S", "B", 28)
    pdf.cell(0, 13, f"PEDOMAN PROGRAM {PROGRAM}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 14)
    pdf.cell(0, 8, f"({PROGRAM_LONG})", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("S", "", 13)
    pdf.multi_cell(
        0,
        7,
        "Pengembangan Kompetensi Tenaga Teknik, Tenaga Laboratorium,\n"
        "Operator Peralatan, dan Tenaga Administrasi\nTahun 2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(40)
    pdf.set_font("S", "", 11)
    pdf.cell(0, 6, "Versi 1.1 - Maret 2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"{IBUKOTA}, {PROV}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(18)
    pdf.set_font("S", "I", 9)
    pdf.cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- foreword
    F.chapter("", "KATA PENGANTAR", toc=False)
    F.p(
        f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena Pedoman Program "
        f"{PROGRAM} Tahun 2027 dapat diselesaikan. Pedoman ini menjabarkan Peraturan Kepala "
        f"Dinas Nomor 2 Tahun 2027 tentang Pedoman Pengembangan Kompetensi Pegawai di "
        f"Lingkungan {DINAS} {PROV}, yang mencabut Peraturan Kepala Dinas Nomor 4 Tahun 2023."
    )
    F.p(
        "Pekerjaan umum dan penataan ruang adalah urusan yang sangat teknis. Jalan dan jembatan "
        "provinsi, bendung dan jaringan irigasi, bangunan gedung negara, serta rencana tata ruang "
        "hanya akan bermutu apabila dikerjakan oleh aparatur yang kompeten dan bersertifikat. "
        "Karena itu pengembangan kompetensi kami arahkan tidak hanya ke ruang kelas, tetapi juga "
        "ke lokasi pekerjaan, ke laboratorium, dan ke bengkel peralatan."
    )
    F.p(
        "Kami mengucapkan terima kasih kepada Tim Pengelola TAPAK, para Koordinator Pembelajaran "
        "Bidang, serta seluruh pembimbing lapangan yang telah menyumbangkan pengalaman mereka. "
        "Saran perbaikan atas pedoman ini dapat disampaikan melalui pos-el " + EMAIL + "."
    )
    F.sign([f"{IBUKOTA}, 1 Maret 2027", "Kepala Dinas,", "", KADIS, f"NIP {KADIS_NIP}"])

    # ---------------------------------------------------------------- TOC
    F.chapter("", "DAFTAR ISI", toc=False)
    for level, text, page in toc:
        pdf.set_font("S", "B" if level == 0 else "", 10)
        ind = 0 if level == 0 else 8
        pdf.set_x(pdf.l_margin + ind)
        w = F.width - ind - 12
        pdf.cell(w, 5.6, text)
        pdf.cell(12, 5.6, str(page), align="R", new_x="LMARGIN", new_y="NEXT")
    if not toc:
        for _ in range(62):
            pdf.cell(0, 5.6, "", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- glossary
    F.chapter("", "DAFTAR ISTILAH DAN SINGKATAN")
    F.table(["Singkatan", "Kepanjangan"], [list(x) for x in ISTILAH], [30, 110], size=9.2)

    # ---------------------------------------------------------------- BAB I
    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("1.1 Latar Belakang")
    F.p(
        f"{DINAS} {PROV} menyelenggarakan urusan pemerintahan bidang pekerjaan umum dan "
        "penataan ruang yang menjadi kewenangan provinsi. Pada tahun 2027 Dinas mengelola "
        "1.284,6 km jalan provinsi, 213 jembatan, 14 daerah irigasi kewenangan provinsi, dan "
        "pembinaan jasa konstruksi di 11 kabupaten/kota.",
        note=[
            (
                "1)",
                "Data Rencana Strategis Dinas PUPR Provinsi Teluk Wangsa 2026-2030, "
                "pemutakhiran Januari 2027.",
            )
        ],
    )
    F.p(
        "Sebagian besar pekerjaan tersebut menuntut sertifikat kompetensi kerja dan keterampilan "
        "lapangan yang harus terus diperbarui. Hasil pemetaan kompetensi akhir tahun 2026 "
        "menunjukkan bahwa baru 38,2% pejabat fungsional teknik yang memiliki SKK yang masih "
        "berlaku, dan rata-rata capaian JP pegawai tahun 2026 hanya 17,4 JP per orang, masih di "
        "bawah batas minimal nasional."
    )
    F.p(
        f"Untuk menjawab kondisi tersebut, sejak tahun 2025 Dinas menjalankan program {PROGRAM} "
        f"({PROGRAM_LONG}), yaitu program internal pengembangan kompetensi yang menggabungkan "
        "pelatihan klasikal, pembelajaran di lokasi pekerjaan, coaching dan mentoring, serta "
        "sertifikasi kompetensi. Mulai Mei 2027 seluruh pencatatan program beralih dari "
        f"aplikasi {SISTEM_OLD} ke {SISTEM}."
    )
    F.h2("1.2 Maksud dan Tujuan")
    F.p(
        "Pedoman ini dimaksudkan sebagai acuan bersama bagi pegawai, atasan, dan pengelola "
        "program. Tujuannya meliputi:"
    )
    F.items(
        [
            "menyeragamkan cara merencanakan, melaksanakan, dan melaporkan pengembangan "
            "kompetensi;",
            "memastikan setiap pegawai memenuhi target JP tahunan;",
            "meningkatkan jumlah pegawai teknis yang memiliki SKK;",
            "mendekatkan pembelajaran dengan pekerjaan nyata di lapangan; dan",
            f"menjamin data pengembangan kompetensi tercatat lengkap di {SISTEM}.",
        ],
        kind="al",
    )
    F.h2("1.3 Sasaran Tahun 2027")
    F.p(
        f"Sasaran program pada tahun 2027 adalah {N_PEG} pegawai, terdiri atas {N_PNS} PNS dan "
        f"{N_PPPK} PPPK. Indikator keberhasilan yang ditetapkan yaitu: capaian JP Dinas paling "
        "sedikit 100% dari target, 85% pegawai memenuhi target JP individu, dan 60 SKK baru "
        "diterbitkan bagi pegawai teknis."
    )
    F.h2("1.4 Ruang Lingkup")
    F.p(
        "Pedoman ini berlaku bagi seluruh PNS dan PPPK di Sekretariat, lima bidang, lima UPTD, "
        "dan satu Balai di lingkungan Dinas. Pegawai tugas belajar dan pegawai yang "
        "diperbantukan di instansi lain tidak dihitung dalam target JP unit kerja."
    )
    F.h2("1.5 Dasar Hukum")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara beserta peraturan pelaksanaannya;",
            "Undang-Undang tentang Jasa Konstruksi beserta peraturan pelaksanaannya;",
            f"Peraturan Gubernur {PROV} Nomor 31 Tahun 2024 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {SINGKAT};",
            "Peraturan Kepala Dinas Nomor 2 Tahun 2027 tentang Pedoman Pengembangan Kompetensi "
            "Pegawai.",
        ]
    )

    # ---------------------------------------------------------------- BAB II
    F.chapter("BAB II", "ORGANISASI PENGELOLA TAPAK")
    F.h2("2.1 Tim Pengelola TAPAK")
    F.p(
        "Program dikelola oleh Tim Pengelola TAPAK yang ditetapkan dengan Keputusan Kepala Dinas "
        "setiap awal tahun. Susunan tim tahun 2027 adalah sebagai berikut."
    )
    F.table(
        ["Kedudukan dalam tim", "Jabatan", "Nama"],
        [list(t) for t in TIM],
        [38, 55, 55],
        caption="Tabel 2.1 Susunan Tim Pengelola TAPAK Tahun 2027",
        size=9,
    )
    F.h2("2.2 Tugas Tim Pengelola")
    F.p("Tim Pengelola TAPAK bertugas:")
    F.items(
        [
            "menyusun katalog pelatihan dan kalender kegiatan tahunan;",
            "membagi kuota pelatihan kepada unit kerja;",
            "memverifikasi dan memvalidasi JP di SIPAKAR;",
            "menyusun rekap capaian JP bulanan dan laporan semester; dan",
            "mengevaluasi dampak pelatihan terhadap kinerja.",
        ],
        kind="al",
    )
    F.h2("2.3 Koordinator Pembelajaran Bidang (KPB)")
    F.p(
        "Setiap unit kerja menunjuk satu orang Koordinator Pembelajaran Bidang (KPB) dari "
        "kalangan pejabat fungsional atau pengawas. KPB ditetapkan paling lambat 31 Maret 2027 "
        "dan bertugas mengingatkan pegawai di unitnya, mengumpulkan usulan kebutuhan pelatihan, "
        "serta menjadi penghubung dengan Tim Pengelola. Untuk UPTD PJJ yang wilayahnya luas, KPB "
        "dapat dibantu satu orang asisten KPB di setiap seksi."
    )
    F.h2("2.4 Unit Kerja, Jumlah Pegawai, dan Target JP")
    rows = []
    for u in UNITS:
        rows.append(
            [u[0], str(u[1]), str(u[2]), str(u[3]), str(u[1] + u[3]), ribuan(target_unit(u))]
        )
    rows.append(["Jumlah", str(N_PNS), str(N_JF), str(N_PPPK), str(N_PEG), ribuan(TARGET_TOTAL)])
    F.table(
        ["Unit kerja", "PNS", "PNS dalam JF", "PPPK", "Jumlah pegawai", "Target JP 2027"],
        rows,
        [62, 14, 18, 14, 18, 20],
        caption="Tabel 2.2 Jumlah Pegawai dan Target JP per Unit Kerja (posisi 1 Januari 2027)",
        size=8.6,
        aligns=["L", "C", "C", "C", "C", "C"],
        bold_last=True,
    )
    F.p(
        "Lokasi kantor UPTD dan Balai: UPTD PJJ Wilayah I di Kota Bandar Wangsa, UPTD PJJ "
        "Wilayah II di Kota Tanjung Kelambu, UPTD PJJ Wilayah III di Kabupaten Pulau Senggara, "
        "dan BPSDA Wangsa-Lindu di Kabupaten Lindu Raya. UPTD Laboratorium Bahan Konstruksi dan "
        "UPTD Peralatan dan Perbengkelan berkedudukan di Kota Bandar Wangsa."
    )

    # ---------------------------------------------------------------- BAB III
    F.chapter("BAB III", "TARGET DAN PERHITUNGAN JAM PELAJARAN")
    F.h2("3.1 Target JP Tahunan")
    F.p(
        "Setiap ASN wajib mengikuti pengembangan kompetensi paling sedikit 20 JP dalam satu "
        "tahun. Dinas menetapkan target yang lebih tinggi untuk kelompok tertentu sebagai "
        "berikut:",
        note=[
            (
                "2)",
                "Batas minimal 20 JP per tahun berlaku secara nasional bagi setiap ASN; "
                "target Dinas tidak boleh lebih rendah dari batas tersebut.",
            )
        ],
    )
    F.table(
        ["Kelompok pegawai", "Target JP per tahun", "Keterangan"],
        [
            [
                "PNS dalam jabatan fungsional (JF Teknik Jalan dan Jembatan, JF Teknik "
                "Pengairan, JF Penata Ruang, JF Pembina Jasa Konstruksi, JF PPBJ, dan JF "
                "lainnya)",
                f"{T_JF} JP",
                "paling sedikit 16 JP harus berupa pelatihan teknis sesuai jabatan",
            ],
            [
                "PNS lainnya (pejabat administrator, pengawas, dan pelaksana)",
                f"{T_PNS} JP",
                "termasuk pelatihan manajerial bagi pejabat",
            ],
            ["PPPK", f"{T_PPPK} JP", "sesuai perjanjian kerja"],
        ],
        [70, 25, 55],
        caption="Tabel 3.1 Target JP per Kelompok Pegawai",
        size=9,
    )
    F.p(
        "Bagi pegawai yang baru diangkat, pindah masuk, atau kembali dari tugas belajar setelah "
        "bulan Januari, target dihitung secara proporsional sesuai jumlah bulan aktif."
    )
    F.h2("3.2 Satuan Jam Pelajaran")
    F.p(
        "Satu JP setara dengan 45 menit pembelajaran. Satu sesi Kelas TAPAK terdiri atas 3 x 45 "
        "menit atau 3 JP. Pelatihan daring sinkron dihitung sama dengan pelatihan tatap muka, "
        "sedangkan kursus daring asinkron dihitung sesuai JP yang tercantum pada sertifikat."
    )
    F.h2("3.3 Batas Pengakuan JP Nonklasikal")
    F.p(
        "JP dari kegiatan nonklasikal diakui paling banyak 60% dari target JP tahunan pegawai. "
        "Sebagai contoh, bagi pejabat fungsional dengan target 40 JP, paling banyak 24 JP dapat "
        "berasal dari kegiatan nonklasikal; sisanya harus dari pelatihan klasikal.",
        note=[
            (
                "3)",
                "Pada Peraturan Kepala Dinas Nomor 4 Tahun 2023 batas ini 40%. Ketentuan "
                "lama tidak berlaku lagi sejak 1 Maret 2027.",
            )
        ],
    )
    F.h2("3.4 Kategori Capaian")
    F.p("Capaian JP unit kerja dan pegawai dikelompokkan sebagai berikut:")
    F.items(
        [
            "Hijau: capaian 75% atau lebih;",
            "Kuning: capaian 50% sampai kurang dari 75%;",
            "Merah: capaian kurang dari 50%.",
        ],
        kind="ul",
    )
    F.p(
        "Sebagai tonggak antara, capaian JP setiap unit kerja pada 30 Juni 2027 diharapkan "
        "sudah mencapai paling sedikit 45% dari target tahunan."
    )

    # ---------------------------------------------------------------- BAB IV
    F.chapter("BAB IV", "JALUR PEMBELAJARAN TAPAK")
    F.h2("4.1 Kelas TAPAK")
    F.p(
        "Kelas TAPAK adalah pelatihan klasikal internal yang diselenggarakan di Aula Pinisi "
        "Lantai 3 Kantor Dinas PUPR. Jadwal baku Kelas TAPAK adalah pukul 08.00-11.30 WITA "
        "untuk sesi pagi dan pukul 13.00-16.30 WITA untuk sesi siang, masing-masing 3 x 45 menit "
        "ditambah rehat 15 menit. Peserta paling banyak 35 orang per kelas."
    )
    F.h2("4.2 TAPAK Lapangan")
    F.p(
        "TAPAK Lapangan adalah pembelajaran di lokasi pekerjaan konstruksi yang sedang berjalan, "
        "misalnya pembangunan jembatan, rehabilitasi bendung, atau pemeliharaan berkala jalan. "
        "Kegiatan dipandu oleh seorang Pembimbing Lapangan, yaitu pejabat fungsional paling "
        "rendah Ahli Madya atau pegawai yang memiliki SKK jenjang ahli."
    )
    F.items(
        [
            "Setiap kegiatan TAPAK Lapangan diikuti paling banyak 25 peserta.",
            "Pengakuan 4 JP per hari kegiatan, paling banyak 16 JP per kegiatan.",
            "Peserta wajib memakai alat pelindung diri lengkap dan mengikuti safety briefing "
            "sebelum masuk lokasi.",
            "Laporan dan foto berpenanda lokasi (geotag) diunggah ke SIPAKAR.",
        ]
    )
    F.h2("4.3 Bedah Kasus Teknik")
    F.p(
        "Bedah Kasus Teknik adalah forum berbagi pengetahuan yang membahas satu kasus nyata, "
        "misalnya kegagalan lapis perkerasan atau longsoran tebing saluran. Forum diadakan setiap "
        "hari Kamis minggu kedua, pukul 13.30-15.00 WITA, secara hibrida. Peserta memperoleh "
        "2 JP per sesi, sedangkan penyaji memperoleh 3 JP."
    )
    F.h2("4.4 Coaching dan Mentoring")
    F.p(
        "Coaching dan mentoring dilakukan oleh atasan langsung atau mentor yang ditunjuk, "
        "paling rendah JF Ahli Madya untuk mentee pejabat fungsional. Setiap sesi paling singkat "
        "90 menit dan dicatat dalam log coaching di SIPAKAR. Pengakuan 2 JP per sesi dan paling "
        "banyak 12 JP per tahun."
    )
    F.h2("4.5 Belajar Mandiri")
    F.p(
        "Belajar mandiri meliputi webinar, kursus daring, dan penulisan artikel teknis. Tata "
        "cara pengajuannya dijelaskan dalam Panduan Pengakuan JP Belajar Mandiri."
    )
    F.h2("4.6 Magang dan Detasering")
    F.p(
        "Pegawai dapat magang di balai kementerian atau detasering pada proyek strategis di "
        "provinsi lain paling lama 10 hari kerja dengan persetujuan Kepala Dinas. Magang diakui "
        "5 JP per hari kerja, paling banyak 30 JP per tahun."
    )
    F.table(
        ["Jenis kegiatan nonklasikal", "Konversi JP", "Batas per tahun"],
        [list(k) for k in KONVERSI],
        [62, 52, 30],
        caption="Tabel 4.1 Konversi JP Kegiatan Nonklasikal",
        size=9,
    )

    # ---------------------------------------------------------------- BAB V
    F.chapter("BAB V", "KATALOG PELATIHAN TAHUN 2027")
    F.h2("5.1 Daftar Pelatihan")
    F.p(
        f"Katalog berikut memuat {len(KATALOG)} pelatihan yang direncanakan pada tahun 2027. "
        "Kode pelatihan menunjukkan rumpun: BM (Bina Marga), SD (Sumber Daya Air), PR "
        "(Penataan Ruang), JK (Jasa Konstruksi), LB (Laboratorium), AL (Peralatan), PB "
        "(Pengadaan), CK (Cipta Karya), dan UM (Umum).",
        note=[
            (
                "4)",
                "Jadwal dapat bergeser; jadwal terbaru diumumkan melalui SIPAKAR dan surat "
                "pemanggilan peserta.",
            )
        ],
    )
    F.table(
        ["Kode", "Nama pelatihan", "Sasaran", "JP", "Metode / penyelenggara", "Kuota", "Jadwal"],
        [[k[0], k[1], k[2], str(k[3]), f"{k[4]}; {k[5]}", str(k[6]), k[7]] for k in KATALOG],
        [13, 34, 31, 8, 35, 18, 27],
        caption="Tabel 5.1 Katalog Pelatihan TAPAK Tahun 2027",
        size=7.8,
        lh=3.7,
        aligns=["L", "L", "L", "C", "L", "C", "L"],
    )
    F.h2("5.2 Ketentuan Kuota")
    F.p(
        "Kuota setiap pelatihan dibagi kepada unit kerja oleh Tim Pengelola dengan "
        "memperhatikan AKP. Ketentuan kuota adalah sebagai berikut:"
    )
    F.items(
        [
            "setiap pegawai paling banyak mengikuti 2 pelatihan eksternal berbayar dalam satu "
            "tahun;",
            "prioritas diberikan kepada pegawai dengan capaian JP terendah, pegawai yang SKK-nya "
            "akan habis masa berlakunya, dan pegawai yang baru menduduki jabatan;",
            "kuota yang tidak terisi sampai 10 hari kalender sebelum pelaksanaan dialihkan "
            "kepada pegawai dalam daftar tunggu; dan",
            "pegawai yang batal tanpa alasan sah tidak diprioritaskan untuk pelatihan eksternal "
            "berikutnya pada tahun yang sama.",
        ],
        kind="al",
    )
    F.h2("5.3 Membedakan Pelatihan yang Namanya Mirip")
    F.p(
        "Pelatihan Ahli K3 Konstruksi (JK-01) diselenggarakan bersama LSP Konstruksi dan "
        "diakhiri uji sertifikasi; lulusannya memperoleh SKK Ahli K3 Konstruksi. Pelatihan "
        "Petugas K3 Konstruksi (JK-02) adalah pelatihan internal 24 JP bagi pengawas lapangan "
        "dan hanya menghasilkan sertifikat pelatihan, bukan SKK."
    )
    F.p(
        "Demikian pula Pelatihan Operator Alat Berat (AL-01) ditujukan bagi operator dan "
        "diakhiri uji kompetensi untuk SIO, sedangkan Pelatihan Mekanik Alat Berat (AL-02) "
        "ditujukan bagi mekanik bengkel. Pelatihan Pengujian Mutu Beton (LB-01) berbeda dari "
        "Pelatihan Pengujian Mutu Aspal (LB-02), dan Pelatihan Perencanaan Teknis Jalan (BM-01) "
        "berbeda dari Pelatihan Perencanaan Teknis Jembatan (BM-02)."
    )

    # ---------------------------------------------------------------- BAB VI
    F.chapter("BAB VI", "SISTEM INFORMASI SIPAKAR")
    F.h2("6.1 Gambaran Umum")
    F.p(
        f"{SISTEM} ({SISTEM_LONG}) adalah aplikasi berbasis web untuk mencatat rencana, "
        f"pelaksanaan, dan pengakuan JP pegawai Dinas. Aplikasi dapat diakses di {URL_SIPAKAR} "
        "dan mulai digunakan pada 3 Mei 2027. SIPAKAR dikembangkan oleh Sekretariat bersama "
        "Dinas Komunikasi dan Informatika Provinsi Teluk Wangsa."
    )
    F.h2("6.2 Migrasi dari e-DIKWAN")
    F.p(
        f"{SISTEM_OLD} ({SISTEM_OLD_LONG}) digunakan sejak tahun 2019. Data riwayat diklat "
        "dipindahkan ke SIPAKAR pada 12-30 April 2027 sebanyak 4.871 rekaman. Sejak 3 Mei 2027 "
        "e-DIKWAN hanya dapat dibaca (read-only) dan ditutup sepenuhnya pada 1 Juli 2027.",
        note=[
            (
                "5)",
                "Rekaman e-DIKWAN yang tidak memiliki bukti sertifikat dipindahkan dengan "
                "status Perlu Bukti dan harus dilengkapi pegawai paling lambat 31 Agustus "
                "2027.",
            )
        ],
    )
    F.h2("6.3 Peran Pengguna")
    F.items(
        [
            "Pegawai: menyusun RPK, mendaftar pelatihan, dan mengunggah bukti kegiatan;",
            "Atasan langsung: menyetujui RPK dan pengajuan JP;",
            "KPB: memantau capaian unit kerja dan mengingatkan pegawai;",
            "Verifikator JP: memeriksa bukti dan memvalidasi JP;",
            "Administrator: mengelola akun, hak akses, dan data referensi;",
            "Pimpinan: melihat dasbor capaian seluruh unit kerja.",
        ],
        kind="al",
    )
    F.h2("6.4 Layanan Bantuan")
    F.p(
        "Helpdesk SIPAKAR melayani pada hari Senin-Kamis pukul 08.00-15.30 WITA dan hari Jumat "
        f"pukul 08.00-11.00 WITA melalui WhatsApp {WA_HELPDESK} dan pos-el {EMAIL_SIPAKAR}. "
        "Permintaan reset kata sandi diselesaikan paling lama 1 hari kerja."
    )

    # ---------------------------------------------------------------- BAB VII
    F.chapter("BAB VII", "PERENCANAAN, PELAKSANAAN, DAN PELAPORAN")
    F.h2("7.1 Perencanaan")
    F.p(
        "Setiap pegawai menyusun RPK bersama atasan langsung paling lambat 31 Januari. Usulan "
        "kebutuhan pelatihan tahun berikutnya diisi melalui formulir AKP di SIPAKAR paling "
        "lambat 30 September tahun berjalan."
    )
    F.h2("7.2 Pendaftaran Peserta")
    F.p(
        "Pendaftaran pelatihan dilakukan melalui SIPAKAR paling lambat 10 hari kalender sebelum "
        "pelaksanaan dan harus disetujui atasan langsung. Untuk pelatihan eksternal, surat "
        "pemanggilan peserta diterbitkan oleh Sekretaris atas nama Kepala Dinas."
    )
    F.h2("7.3 Kehadiran")
    F.p(
        "Peserta wajib hadir paling sedikit 90% dari seluruh sesi. Peserta yang kehadirannya "
        "kurang dari batas tersebut tidak memperoleh sertifikat dan JP-nya tidak diakui."
    )
    F.h2("7.4 Laporan Pelaksanaan")
    F.p(
        "Peserta pelatihan eksternal dan peserta TAPAK Lapangan wajib mengunggah laporan "
        "pelaksanaan ke SIPAKAR paling lambat 7 hari kerja setelah kegiatan selesai. Laporan "
        "memuat ringkasan materi, rencana penerapan di unit kerja, dan salinan sertifikat, "
        "dengan format sebagaimana LAMPIRAN I."
    )
    F.h2("7.5 Validasi JP")
    F.p(
        "Verifikator JP memvalidasi pengajuan JP paling lama 5 hari kerja sejak pengajuan "
        "disetujui atasan langsung. Pengajuan yang tidak lengkap dikembalikan dengan catatan "
        "dan dapat diajukan kembali paling banyak 2 kali."
    )
    F.h2("7.6 Ikatan Dinas")
    F.p(
        "Pegawai yang mengikuti pelatihan dengan biaya Rp15.000.000 atau lebih per orang wajib "
        "menandatangani pernyataan kesediaan tetap bertugas di lingkungan Dinas paling singkat "
        "2 tahun setelah pelatihan selesai."
    )

    # ---------------------------------------------------------------- BAB VIII
    F.chapter("BAB VIII", "UJI KOMPETENSI DAN SERTIFIKASI")
    F.h2("8.1 Sertifikat Kompetensi Kerja")
    F.p(
        "Dinas menargetkan 60 SKK baru pada tahun 2027, terutama untuk jabatan kerja Ahli K3 "
        "Konstruksi, Ahli Teknik Jalan, Ahli Teknik Jembatan, dan Teknisi Laboratorium Beton. "
        "Biaya uji sertifikasi ditanggung DPA Sekretariat. SKK berlaku selama 5 tahun dan "
        "pegawai wajib mengajukan perpanjangan paling lambat 6 bulan sebelum masa berlaku habis."
    )
    F.h2("8.2 Uji Kompetensi Operator Alat Berat")
    F.p(
        "Operator alat berat UPTD Peralatan dan Perbengkelan serta UPTD PJJ mengikuti uji "
        "kompetensi setelah Pelatihan Operator Alat Berat. Operator yang dinyatakan kompeten "
        "diusulkan memperoleh SIO. Operator yang belum kompeten dapat mengikuti uji ulang "
        "paling cepat 3 bulan kemudian."
    )
    F.h2("8.3 Uji Kompetensi Kenaikan Jenjang JF")
    F.p(
        "Uji kompetensi kenaikan jenjang JF teknik diselenggarakan oleh instansi pembina "
        "jabatan. Tim Pengelola TAPAK membantu pendaftaran dan menyediakan kelas persiapan "
        "sebanyak 12 JP bagi calon peserta."
    )

    # ---------------------------------------------------------------- BAB IX
    F.chapter("BAB IX", "ANGGARAN")
    F.h2("9.1 Sumber Anggaran")
    F.p(
        f"Program {PROGRAM} dibiayai dari APBD {PROV} Tahun Anggaran 2027 melalui DPA "
        f"Sekretariat {SINGKAT} dengan pagu sebesar {rp(ANGGARAN_TOTAL)}. Pelatihan yang "
        "diselenggarakan kementerian tanpa biaya tetap dicatat di SIPAKAR."
    )
    F.h2("9.2 Rincian Pagu")
    F.table(
        ["No", "Komponen", "Pagu (Rp)", "Porsi"],
        [
            [str(i), k, ribuan(a), koma(100 * a / ANGGARAN_TOTAL) + "%"]
            for i, (k, a) in enumerate(ANGGARAN, 1)
        ]
        + [["", "Jumlah", ribuan(ANGGARAN_TOTAL), "100,0%"]],
        [8, 80, 30, 16],
        caption="Tabel 9.1 Rincian Pagu Program TAPAK Tahun 2027",
        size=9,
        aligns=["C", "L", "R", "R"],
        bold_last=True,
    )
    F.h2("9.3 Standar Biaya Kegiatan Internal")
    F.items(
        [
            "honorarium narasumber internal Rp450.000 per JP;",
            "honorarium narasumber dari luar Dinas Rp900.000 per JP;",
            "uang harian peserta TAPAK Lapangan di luar kota Rp380.000 per hari;",
            "konsumsi Kelas TAPAK Rp65.000 per orang per hari.",
        ],
        kind="al",
    )

    # ---------------------------------------------------------------- BAB X
    F.chapter("BAB X", "MONITORING, EVALUASI, DAN PENUTUP")
    F.h2("10.1 Monitoring")
    F.p(
        "Verifikator JP menyusun rekap capaian JP bulanan per unit kerja paling lambat tanggal "
        "7 bulan berikutnya. Ketua Pelaksana melaporkan capaian semester kepada Kepala Dinas "
        "pada bulan Juli dan Januari."
    )
    F.h2("10.2 Evaluasi Pasca-Pelatihan")
    F.p(
        "Tiga bulan setelah pelatihan, atasan langsung menilai penerapan hasil pelatihan "
        "melalui formulir evaluasi pasca-pelatihan di SIPAKAR. Hasil evaluasi menjadi bahan "
        "penyusunan katalog tahun berikutnya."
    )
    F.h2("10.3 Penghargaan")
    F.p(
        "Setiap akhir tahun Dinas memberikan penghargaan Pegawai Pembelajar Terbaik kepada 3 "
        "pegawai, serta Piala TAPAK kepada unit kerja dengan capaian JP tertinggi. Penutupan "
        "data JP tahun 2027 dilakukan pada 17 Desember 2027."
    )
    F.h2("10.4 Penutup")
    F.p(
        "Pedoman ini berlaku sejak tanggal ditetapkan dan akan ditinjau setiap tahun. Hal-hal "
        "yang belum diatur akan ditetapkan kemudian oleh Kepala Dinas."
    )

    # ---------------------------------------------------------------- LAMPIRAN
    F.chapter("LAMPIRAN I", "FORMAT LAPORAN PELAKSANAAN PELATIHAN")
    F.items(
        [
            "Identitas peserta: nama, NIP, jabatan, unit kerja;",
            "Identitas pelatihan: nama, penyelenggara, tanggal, tempat, jumlah JP;",
            "Ringkasan materi (paling banyak 2 halaman);",
            "Rencana penerapan di unit kerja dan target waktunya;",
            "Lampiran: sertifikat, surat tugas, dan dokumentasi kegiatan.",
        ]
    )
    F.chapter("LAMPIRAN II", "KALENDER KEGIATAN TAPAK TAHUN 2027")
    F.table(["Bulan", "Kegiatan utama"], [list(k) for k in KALENDER], [25, 120], size=9)
    F.chapter("LAMPIRAN III", "KONTAK TIM PENGELOLA TAPAK")
    F.kv(
        [
            ("Ketua Pelaksana", f"{KASUBBAG} (pesawat 214)"),
            ("Sekretaris Tim", f"{VERIF} (pesawat 217)"),
            ("Administrator SIPAKAR", f"{ADMIN} (pesawat 219)"),
            ("Helpdesk SIPAKAR", f"WhatsApp {WA_HELPDESK}"),
            ("Pos-el program", EMAIL),
            ("Alamat", ALAMAT),
        ]
    )
    return F.marks


# ============================================================================ regulations (PDF)
def _reg_head(F, nomor, tahun):
    F.center(f"PERATURAN KEPALA {DINAS.upper()}", 11.5)
    F.center(PROV.upper(), 11.5)
    F.center(f"NOMOR {nomor} TAHUN {tahun}", 11.5)
    F.pdf.ln(3)
    F.center("TENTANG", 11)
    F.center(
        f"PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI DI LINGKUNGAN\n{DINAS.upper()}\n{PROV.upper()}",
        11,
    )
    F.pdf.ln(3)
    F.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", 10.5)
    F.pdf.ln(1)
    F.center(f"KEPALA {DINAS.upper()} {PROV.upper()},", 10.5)
    F.pdf.ln(3)


def _pasal(F, n, ayat, title=None):
    F.need(20)
    F.center(f"Pasal {n}", 10.5)
    if title:
        F.center(title, 10.5, style="")
    F.pdf.ln(1)
    if isinstance(ayat, str):
        F.p(ayat)
        return
    for i, a in enumerate(ayat, 1):
        sub = None
        if isinstance(a, tuple):
            a, sub = a
        text = f"({i}) {a}" if len(ayat) > 1 else a
        F.need(F.lines(text, F.width) * F.lh + 2)  # keep an ayat on one page
        F.p(text, indent=0)
        if sub:
            F.items(sub, kind="al", indent=8)


def _bab(F, num, title):
    F.need(30)
    F.pdf.ln(2)
    F.center(f"BAB {num}", 10.5)
    F.center(title, 10.5)
    F.pdf.ln(2)


REG_OLD = dict(
    nomor=4,
    tahun=2023,
    t_jf=T_JF_OLD,
    t_pns=T_PNS_OLD,
    t_pppk=T_PPPK_OLD,
    nonklas="40% (empat puluh persen)",
    coaching="1 (satu) JP untuk setiap sesi paling singkat 60 (enam puluh) menit, paling "
    "banyak 6 (enam) JP dalam 1 (satu) tahun",
    kehadiran="80% (delapan puluh persen)",
    eksternal="1 (satu) kali",
    akp="31 Oktober",
    daftar="7 (tujuh) hari kalender",
    laporan="14 (empat belas) hari kalender",
    validasi="10 (sepuluh) hari kerja",
    rekap="tanggal 10 (sepuluh)",
    ikatan=("Rp25.000.000,00 (dua puluh lima juta rupiah)", "1 (satu) tahun"),
    sistem=f"{SISTEM_OLD} ({SISTEM_OLD_LONG})",
    sanksi="diberikan teguran lisan oleh atasan langsung",
    ditetapkan="16 Januari 2023",
    kadis=KADIS_OLD,
    kadis_nip=KADIS_OLD_NIP,
)
REG_NEW = dict(
    nomor=2,
    tahun=2027,
    t_jf=T_JF,
    t_pns=T_PNS,
    t_pppk=T_PPPK,
    nonklas="60% (enam puluh persen)",
    coaching="2 (dua) JP untuk setiap sesi paling singkat 90 (sembilan puluh) menit, paling "
    "banyak 12 (dua belas) JP dalam 1 (satu) tahun",
    kehadiran="90% (sembilan puluh persen)",
    eksternal="2 (dua) kali",
    akp="30 September",
    daftar="10 (sepuluh) hari kalender",
    laporan="7 (tujuh) hari kerja",
    validasi="5 (lima) hari kerja",
    rekap="tanggal 7 (tujuh)",
    ikatan=("Rp15.000.000,00 (lima belas juta rupiah)", "2 (dua) tahun"),
    sistem=f"{SISTEM} ({SISTEM_LONG})",
    sanksi="tidak diprioritaskan mengikuti pelatihan eksternal berbayar pada tahun berikutnya "
    "dan wajib mengikuti pembinaan oleh atasan langsung",
    ditetapkan="8 Februari 2027",
    kadis=KADIS,
    kadis_nip=KADIS_NIP,
)


def render_reg(path, R):
    new = R is REG_NEW
    title = (
        f"Peraturan Kepala {SINGKAT} {PROV} Nomor {R['nomor']} Tahun {R['tahun']} tentang "
        "Pedoman Pengembangan Kompetensi Pegawai"
    )
    pdf = _make_pdf(
        title,
        fam="R",
        header=f"Peraturan Kepala {SINGKAT} Nomor {R['nomor']} Tahun {R['tahun']}",
    )
    pdf.set_margins(25, 20, 22)
    F = Flow(pdf, size=10.3, lh=5.2)
    pdf.add_page()
    _reg_head(F, R["nomor"], R["tahun"])
    old_ref = (
        "Peraturan Kepala Dinas Nomor 4 Tahun 2023 tentang Pedoman Pengembangan Kompetensi Pegawai"
    )
    F.kv(
        [
            (
                "Menimbang",
                "a. bahwa pengembangan kompetensi merupakan hak dan kewajiban setiap pegawai "
                "untuk meningkatkan kinerja pelayanan bidang pekerjaan umum dan penataan ruang;",
            ),
            (
                "",
                (
                    f"b. bahwa {old_ref} perlu disesuaikan dengan perkembangan kebutuhan "
                    f"kompetensi teknis dan penggunaan aplikasi {SISTEM} sehingga perlu diganti;"
                    if new
                    else "b. bahwa diperlukan pedoman pengembangan kompetensi pegawai yang "
                    "seragam di lingkungan Dinas;"
                ),
            ),
            (
                "",
                "c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf "
                "b, perlu menetapkan Peraturan Kepala Dinas tentang Pedoman Pengembangan "
                "Kompetensi Pegawai;",
            ),
            (
                "Mengingat",
                "1. Undang-Undang tentang Aparatur Sipil Negara; 2. Undang-Undang tentang Jasa "
                f"Konstruksi; 3. Peraturan Gubernur {PROV} tentang Kedudukan, Susunan "
                f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {SINGKAT}.",
            ),
        ],
        label_w=28,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.kv(
        [
            (
                "Menetapkan",
                f"PERATURAN KEPALA DINAS TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI DI "
                f"LINGKUNGAN {DINAS.upper()} {PROV.upper()}.",
            )
        ],
        label_w=28,
    )
    # BAB I
    _bab(F, "I", "KETENTUAN UMUM")
    defs = [
        f"Dinas adalah {DINAS} {PROV}.",
        "Kepala Dinas adalah Kepala Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Teluk Wangsa.",
        "Pegawai adalah Pegawai Negeri Sipil dan Pegawai Pemerintah dengan Perjanjian Kerja di "
        "lingkungan Dinas.",
        "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pembelajaran yang "
        "setara dengan 45 (empat puluh lima) menit.",
        "Pengembangan kompetensi klasikal adalah pembelajaran tatap muka atau daring sinkron di "
        "dalam kelas.",
        "Pengembangan kompetensi nonklasikal adalah pembelajaran di luar kelas, antara lain "
        "coaching, mentoring, pembelajaran di lokasi pekerjaan, magang, dan belajar mandiri.",
        f"Sistem informasi adalah {R['sistem']}.",
    ]
    if new:
        defs.insert(
            6,
            f"TAPAK adalah program pengembangan kompetensi internal Dinas yang merupakan "
            f"singkatan dari {PROGRAM_LONG}.",
        )
        defs.append(
            "Tim Pengelola TAPAK adalah tim yang ditetapkan Kepala Dinas untuk mengelola "
            "pengembangan kompetensi pegawai."
        )
    _pasal(F, 1, "Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:")
    F.items(defs, kind="ol", indent=4)
    # BAB II
    _bab(F, "II", "TARGET JAM PELAJARAN")
    _pasal(
        F,
        2,
        [
            "Setiap Pegawai wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua "
            "puluh) JP dalam 1 (satu) tahun.",
            (
                "Target JP tahunan di lingkungan Dinas ditetapkan sebagai berikut:",
                [
                    f"PNS yang menduduki jabatan fungsional: {R['t_jf']} JP;",
                    f"PNS lainnya: {R['t_pns']} JP; dan",
                    f"PPPK: {R['t_pppk']} JP.",
                ],
            ),
            "Target sebagaimana dimaksud pada ayat (2) dihitung secara proporsional bagi "
            "Pegawai yang aktif kurang dari 1 (satu) tahun.",
        ],
    )
    _pasal(
        F,
        3,
        [
            f"JP dari pengembangan kompetensi nonklasikal diakui paling banyak {R['nonklas']} "
            "dari target JP tahunan.",
            f"Coaching dan mentoring diakui {R['coaching']}.",
        ],
    )
    # BAB III
    _bab(F, "III", "PERENCANAAN")
    _pasal(
        F,
        4,
        [
            "Setiap Pegawai menyusun Rencana Pengembangan Kompetensi bersama atasan langsung "
            "paling lambat tanggal 31 Januari.",
            f"Usulan kebutuhan pelatihan tahun berikutnya disampaikan melalui sistem informasi "
            f"paling lambat tanggal {R['akp']} tahun berjalan.",
        ],
    )
    # BAB IV
    _bab(F, "IV", "PELAKSANAAN")
    _pasal(
        F,
        5,
        [
            f"Pendaftaran pelatihan dilakukan paling lambat {R['daftar']} sebelum pelaksanaan.",
            f"Setiap Pegawai paling banyak mengikuti pelatihan eksternal berbayar sebanyak "
            f"{R['eksternal']} dalam 1 (satu) tahun.",
            f"Peserta wajib hadir paling sedikit {R['kehadiran']} dari seluruh sesi pelatihan.",
        ],
    )
    _pasal(
        F,
        6,
        [
            f"Pegawai yang mengikuti pelatihan dengan biaya paling sedikit {R['ikatan'][0]} per "
            f"orang wajib tetap bertugas di lingkungan Dinas paling singkat {R['ikatan'][1]} "
            "setelah pelatihan selesai.",
            "Ketentuan sebagaimana dimaksud pada ayat (1) dituangkan dalam surat pernyataan "
            "yang ditandatangani Pegawai dan diketahui atasan langsung.",
        ],
    )
    if new:
        _pasal(
            F,
            7,
            [
                "Dinas menyelenggarakan TAPAK Lapangan, yaitu pembelajaran di lokasi pekerjaan "
                "konstruksi yang dipandu oleh Pembimbing Lapangan.",
                "TAPAK Lapangan diakui 4 (empat) JP per hari kegiatan dan paling banyak 16 "
                "(enam belas) JP per kegiatan.",
            ],
        )
    # BAB V
    _bab(F, "V", "PELAPORAN DAN VALIDASI")
    n = 8 if new else 7
    _pasal(
        F,
        n,
        [
            f"Peserta pelatihan wajib menyampaikan laporan pelaksanaan paling lambat "
            f"{R['laporan']} setelah pelatihan selesai.",
            "Laporan sebagaimana dimaksud pada ayat (1) diunggah ke sistem informasi beserta "
            "salinan sertifikat.",
        ],
    )
    _pasal(
        F,
        n + 1,
        [
            f"Verifikator JP memvalidasi pengajuan JP paling lama {R['validasi']} sejak "
            "pengajuan diterima.",
            f"Rekap capaian JP bulanan disusun paling lambat {R['rekap']} bulan berikutnya.",
        ],
    )
    # BAB VI
    _bab(F, "VI", "SISTEM INFORMASI")
    _pasal(
        F,
        n + 2,
        [
            f"Seluruh data pengembangan kompetensi dicatat dalam {R['sistem']}.",
            "Pegawai bertanggung jawab atas kebenaran data dan bukti yang diunggah.",
        ],
    )
    # BAB VII
    _bab(F, "VII", "SANKSI")
    _pasal(
        F,
        n + 3,
        f"Pegawai yang capaian JP-nya kurang dari 50% (lima puluh persen) dari target pada akhir "
        f"tahun {R['sanksi']}.",
    )
    # BAB VIII / IX
    if new:
        _bab(F, "VIII", "KETENTUAN PERALIHAN")
        _pasal(
            F,
            n + 4,
            [
                f"JP yang telah divalidasi melalui {SISTEM_OLD} sebelum Peraturan Kepala Dinas "
                "ini berlaku tetap diakui.",
                "Pengajuan JP yang belum divalidasi pada saat Peraturan Kepala Dinas ini mulai "
                "berlaku diproses berdasarkan Peraturan Kepala Dinas ini.",
            ],
        )
        _bab(F, "IX", "KETENTUAN PENUTUP")
        _pasal(
            F,
            n + 5,
            f"Pada saat Peraturan Kepala Dinas ini mulai berlaku, {old_ref} dicabut dan "
            "dinyatakan tidak berlaku.",
        )
        _pasal(F, n + 6, "Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Maret 2027.")
    else:
        _bab(F, "VIII", "KETENTUAN PENUTUP")
        _pasal(F, n + 4, "Peraturan Kepala Dinas ini mulai berlaku pada tanggal ditetapkan.")
    F.sign(
        [
            f"Ditetapkan di {IBUKOTA}",
            f"pada tanggal {R['ditetapkan']}",
            f"KEPALA {SINGKAT.upper()}",
            f"{PROV.upper()},",
            "",
            R["kadis"],
            f"NIP {R['kadis_nip']}",
        ],
        x_off=80,
    )
    F.p(FIKTIF, italic=True, size=8.5, align="L")
    pdf.output(path)
    return pdf.pages_count


def render_reg_old(path):
    return render_reg(path, REG_OLD)


def render_reg_new(path):
    return render_reg(path, REG_NEW)


# ============================================================================ letter (PDF)
PESERTA_K3 = [
    (
        "Andi Muh. Fadli Rasyid, S.T.",
        "19880412 201101 1 0**",
        "JF Teknik Jalan dan Jembatan Ahli Muda",
        "Bidang Bina Marga",
    ),
    (
        "Hendra Gunawan Tulak, S.T.",
        "19850907 200903 1 0**",
        "JF Teknik Jalan dan Jembatan Ahli Muda (PPK)",
        "Bidang Bina Marga",
    ),
    (
        "Dewi Anggraeni Patadjenu, S.T.",
        "19870219 201001 2 0**",
        "JF Teknik Pengairan Ahli Muda",
        "Bidang Sumber Daya Air",
    ),
    (
        "Yulianti Sambara, S.T.",
        "19920630 201903 2 0**",
        "JF Pembina Jasa Konstruksi Ahli Pertama",
        "Bidang Bina Jasa Konstruksi",
    ),
    (
        "Rudy Hartono Siregar, S.T., M.T.",
        "19830115 200801 1 0**",
        "JF Pembina Jasa Konstruksi Ahli Muda",
        "Bidang Bina Jasa Konstruksi",
    ),
    (
        "Ketut Suardana, S.T.",
        "19910521 201903 1 0**",
        "JF Teknik Bangunan Gedung dan Permukiman Ahli Pertama",
        "Bidang Cipta Karya",
    ),
    (
        "Muhammad Ridwan Lasaka, S.T.",
        "19930808 202012 1 0**",
        "JF Teknik Jalan dan Jembatan Ahli Pertama",
        "UPTD PJJ Wilayah I",
    ),
    (
        "Fransiska Wea, S.T.",
        "19940314 202012 2 0**",
        "JF Teknik Jalan dan Jembatan Ahli Pertama",
        "UPTD PJJ Wilayah II",
    ),
    (
        "La Ode Muh. Syukur, S.T.",
        "19860102 201001 1 0**",
        "Kepala Seksi Pemeliharaan Jalan dan Jembatan",
        "UPTD PJJ Wilayah III",
    ),
    (
        "Irwan Sapada, S.T.",
        "19900927 201503 1 0**",
        "JF Teknik Pengairan Ahli Pertama",
        "BPSDA Wangsa-Lindu",
    ),
]


def _kop(pdf):
    pdf.set_draw_color(30, 30, 30)
    pdf.ellipse(22, 14, 20, 23, style="D")
    pdf.set_font("S", "B", 6)
    pdf.set_xy(22, 23)
    pdf.cell(20, 3, "LOGO", align="C")
    pdf.set_xy(44, 13)
    pdf.set_font("R", "B", 12)
    pdf.cell(
        pdf.w - 44 - 18, 6, f"PEMERINTAH {PROV.upper()}", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_x(44)
    pdf.set_font("R", "B", 11)
    pdf.multi_cell(pdf.w - 44 - 18, 5.5, DINAS.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(44)
    pdf.set_font("R", "", 8.5)
    pdf.multi_cell(
        pdf.w - 44 - 18,
        4,
        f"{ALAMAT} Telepon {TELP}\nLaman dpupr.telukwangsaprov.go.id  Pos-el {EMAIL}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = max(pdf.get_y(), 39) + 2
    pdf.set_line_width(0.9)
    pdf.line(18, y, pdf.w - 18, y)
    pdf.set_line_width(0.3)
    pdf.line(18, y + 1.3, pdf.w - 18, y + 1.3)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 5)


def _stamp(pdf, x, y):
    pdf.set_draw_color(60, 80, 160)
    pdf.set_line_width(0.6)
    pdf.ellipse(x, y, 32, 32, style="D")
    pdf.ellipse(x + 3, y + 3, 26, 26, style="D")
    pdf.set_draw_color(30, 30, 60)
    pdf.set_line_width(0.5)
    pdf.bezier([(x + 12, y + 22), (x + 20, y + 4), (x + 26, y + 28), (x + 34, y + 10)])
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def render_surat(path):
    pdf = _make_pdf(
        "Pemanggilan Peserta Pelatihan Ahli K3 Konstruksi Angkatan II Tahun 2027", fam="R"
    )
    pdf.set_margins(22, 12, 20)
    pdf.set_auto_page_break(True, margin=14)
    pdf.base_bottom = 14
    F = Flow(pdf, size=10, lh=4.75)
    pdf.add_page()
    _kop(pdf)
    pdf.set_font("R", "", 10.5)
    pdf.cell(0, 5.3, f"{IBUKOTA}, 23 Agustus 2027", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    F.kv(
        [
            ("Nomor", "800.1.3/1127/DPUPR-Sekr/VIII/2027"),
            ("Sifat", "Penting"),
            ("Lampiran", "1 (satu) lembar"),
            (
                "Perihal",
                "Pemanggilan Peserta Pelatihan Ahli K3 Konstruksi Angkatan II Tahun 2027",
            ),
        ],
        label_w=22,
    )
    F.p("Yth.", align="L")
    F.items(
        [
            "Kepala Bidang Bina Marga;",
            "Kepala Bidang Sumber Daya Air;",
            "Kepala Bidang Bina Jasa Konstruksi;",
            "Kepala Bidang Cipta Karya;",
            "Kepala UPTD Pengelolaan Jalan dan Jembatan Wilayah I, II, dan III;",
            "Kepala Balai Pengelolaan Sumber Daya Air Wangsa-Lindu,",
        ],
        indent=6,
    )
    F.p("di Tempat", align="L")
    F.p(
        "Dalam rangka pelaksanaan Program TAPAK Tahun 2027 dan pemenuhan sertifikat kompetensi "
        "kerja bagi aparatur yang menangani pengawasan pekerjaan konstruksi, bersama ini kami "
        "memanggil pegawai sebagaimana tercantum dalam lampiran surat ini untuk mengikuti "
        "Pelatihan Ahli K3 Konstruksi Angkatan II (kode JK-01) yang dilaksanakan pada:"
    )
    F.kv(
        [
            ("Hari/tanggal", "Senin-Jumat, 13-17 September 2027"),
            ("Waktu", "pukul 08.00-16.30 WITA"),
            (
                "Tempat",
                "Gedung Graha Konstruksi Lantai 3, Jl. Sultan Hasanuddin No. 45, "
                "Kota Bandar Wangsa",
            ),
            ("Penyelenggara", "LSP Konstruksi Nusa Wangsa bekerja sama dengan Dinas"),
            (
                "Jumlah",
                "40 JP, diakhiri uji sertifikasi pada Jumat, 17 September 2027 pukul 13.00 WITA",
            ),
        ],
        label_w=32,
        indent=6,
    )
    F.p(
        "Registrasi ulang peserta dilaksanakan pada Senin, 13 September 2027 pukul 07.30-08.00 "
        "WITA. Peserta diminta membawa:"
    )
    F.items(
        [
            "surat tugas dari kepala unit kerja;",
            "fotokopi ijazah S1 teknik yang telah dilegalisasi;",
            "pas foto berwarna ukuran 3x4 latar merah sebanyak 2 lembar;",
            "laptop dan alat tulis; dan",
            "alat pelindung diri (helm, rompi, dan sepatu keselamatan) untuk praktik lapangan.",
        ],
        kind="al",
        indent=6,
    )
    F.p(
        "Biaya pelatihan dan uji sertifikasi sebesar Rp17.500.000 per peserta dibebankan pada "
        "DPA Sekretariat Dinas Tahun Anggaran 2027. Sesuai ketentuan ikatan dinas, setiap "
        "peserta menandatangani surat pernyataan kesediaan tetap bertugas di lingkungan Dinas. "
        f"Konfirmasi kehadiran disampaikan paling lambat 6 September 2027 kepada {VERIF2} "
        "(WhatsApp 0813-5520-7714)."
    )
    F.p("Demikian disampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.")
    F.need(45)
    y = pdf.get_y()
    F.sign(
        [
            "a.n. Kepala Dinas",
            "Sekretaris,",
            "",
            SEKRETARIS,
            "Pembina Tingkat I (IV/b)",
            f"NIP {SEKRETARIS_NIP}",
        ],
        x_off=88,
    )
    _stamp(pdf, pdf.l_margin + 76, y + 2)
    F.p("Tembusan:", align="L", size=9.5)
    F.items(["Kepala Dinas (sebagai laporan);", "Arsip."], indent=4)
    # lampiran
    pdf.add_page()
    pdf.set_font("R", "", 9.5)
    F.kv(
        [
            ("Lampiran", "Surat Sekretaris Dinas PUPR Provinsi Teluk Wangsa"),
            ("Nomor", "800.1.3/1127/DPUPR-Sekr/VIII/2027"),
            ("Tanggal", "23 Agustus 2027"),
        ],
        label_w=22,
        size=9.5,
    )
    F.center("DAFTAR PESERTA PELATIHAN AHLI K3 KONSTRUKSI ANGKATAN II TAHUN 2027", 10.5)
    pdf.ln(3)
    F.table(
        ["No", "Nama", "NIP", "Jabatan", "Unit kerja"],
        [[str(i), *p] for i, p in enumerate(PESERTA_K3, 1)],
        [8, 45, 35, 55, 40],
        size=8.6,
        fill=(230, 230, 230),
    )
    F.p(
        "Cadangan (daftar tunggu): 1. Saiful Bahri Nggilu, S.T. (UPTD PJJ Wilayah II); "
        "2. Theresia Mangiri, S.T. (Bidang Bina Marga).",
        size=9.5,
    )
    F.sign(["Sekretaris,", "", SEKRETARIS], x_off=100)
    F.p(FIKTIF, italic=True, size=8, align="L")
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ slides (PDF)
def _unit_short(name):
    return name.replace("UPTD Pengelolaan Jalan dan Jembatan", "UPTD PJJ").replace(
        "Balai Pengelolaan Sumber Daya Air", "BPSDA"
    )


def slides_content():
    order = sorted(range(len(UNITS)), key=lambda i: -capaian(i))
    top = [f"{_unit_short(UNITS[i][0])}: {koma(capaian(i))}%" for i in order[:3]]
    low = [f"{_unit_short(UNITS[i][0])}: {koma(capaian(i))}%" for i in order[-3:]]
    real = koma(100 * REALISASI_TOTAL / ANGGARAN_TOTAL)
    return [
        ("title", []),
        (
            "Capaian JP Dinas s.d. 30 Juni 2027",
            [
                f"JP terverifikasi: {ribuan(JP_TOTAL)} JP dari target tahunan "
                f"{ribuan(TARGET_TOTAL)} JP (capaian {CAPAIAN_TOTAL}%)",
                f"Klasikal {ribuan(JP_KLAS_TOTAL)} JP; nonklasikal {ribuan(JP_NON_TOTAL)} JP",
                f"Rata-rata {koma(JP_TOTAL / N_PEG)} JP per pegawai ({N_PEG} pegawai)",
                "Tonggak antara 45% pada 30 Juni belum tercapai di tingkat Dinas",
            ],
        ),
        (
            "Unit Kerja: Tertinggi dan Terendah",
            [
                "Tiga capaian tertinggi: " + "; ".join(top),
                "Tiga capaian terendah: " + "; ".join(low),
                "Tiga unit terendah diminta menyusun rencana percepatan paling lambat "
                "31 Agustus 2027",
            ],
        ),
        ("table", []),
        (
            "Pelatihan dan Sertifikasi Semester I",
            [
                "14 dari 30 pelatihan dalam katalog telah terlaksana, diikuti 387 peserta",
                "SKK baru terbit: 17 dari target 60 SKK (28,3%)",
                "Ahli K3 Konstruksi Angkatan I: 10 peserta, 9 kompeten",
                "TAPAK Lapangan: 5 kegiatan, 104 peserta; Bedah Kasus Teknik: 6 sesi",
            ],
        ),
        (
            "SIPAKAR: Tiga Bulan Pertama",
            [
                "Digunakan sejak 3 Mei 2027; 486 dari 511 pegawai sudah aktif (95,1%)",
                "1.126 pengajuan JP masuk; rata-rata waktu validasi 3,8 hari kerja",
                "4.871 rekaman e-DIKWAN dimigrasikan; 312 rekaman masih berstatus Perlu Bukti",
                "Keluhan terbanyak: lupa kata sandi dan ukuran berkas melebihi 2 MB",
            ],
        ),
        (
            "Realisasi Anggaran s.d. 30 Juni 2027",
            [
                f"Pagu {rp(ANGGARAN_TOTAL)}; realisasi {rp(REALISASI_TOTAL)} ({real}%)",
                "Realisasi tertinggi: pengembangan dan pemeliharaan SIPAKAR (75,0%)",
                "Realisasi terendah: monitoring, evaluasi dan pelaporan (25,0%)",
            ],
        ),
        (
            "Kendala",
            [
                "Jaringan internet terbatas di UPTD PJJ Wilayah III (Kabupaten Pulau Senggara)",
                "Operator PPPK bekerja bergilir sehingga sulit mengikuti kelas pagi",
                "Bukti kegiatan lama dari e-DIKWAN belum dilengkapi pegawai",
            ],
        ),
        (
            "Rencana Tindak Lanjut Semester II",
            [
                "Kelas TAPAK sore (pukul 15.30-17.00 WITA) khusus operator dan teknisi mulai "
                "Agustus 2027",
                "Kelas daring bagi UPTD PJJ Wilayah III setiap Selasa",
                "Batas pelengkapan bukti e-DIKWAN: 31 Agustus 2027",
                "Target capaian JP Dinas akhir tahun: 100%",
            ],
        ),
    ]


def render_paparan(path):
    pdf = _make_pdf(
        "Paparan Evaluasi Program TAPAK Semester I Tahun 2027",
        fam="S",
        fmt=(142.875, 254),
        orientation="L",
        bottom=12,
    )
    pdf.set_margins(16, 12, 16)
    pdf.no_footer = True
    slides = slides_content()
    n = len(slides)
    green = (20, 80, 60)
    for i, (title, bullets) in enumerate(slides, 1):
        pdf.add_page()
        pdf.set_auto_page_break(False)
        if title == "title":
            pdf.set_fill_color(*green)
            pdf.rect(0, 0, pdf.w, pdf.h, style="F")
            pdf.set_fill_color(240, 170, 30)
            pdf.rect(0, 96, pdf.w, 3, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(16, 28)
            pdf.set_font("S", "B", 24)
            pdf.multi_cell(
                pdf.w - 32,
                11,
                "EVALUASI PROGRAM TAPAK\nSEMESTER I TAHUN 2027",
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(3)
            pdf.set_font("S", "", 13)
            pdf.cell(0, 7, f"Rapat Pimpinan {SINGKAT} {PROV}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_xy(16, 104)
            pdf.set_font("S", "", 11)
            pdf.multi_cell(
                pdf.w - 32,
                6,
                "Senin, 12 Juli 2027 | Ruang Rapat Lambusango, Lantai 2\n"
                f"Disampaikan oleh: {KASUBBAG}, Ketua Pelaksana TAPAK",
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font("S", "I", 8)
            pdf.set_xy(16, pdf.h - 9)
            pdf.cell(0, 4, FIKTIF)
            pdf.set_text_color(0, 0, 0)
            continue
        pdf.set_fill_color(*green)
        pdf.rect(0, 0, pdf.w, 22, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(16, 6)
        pdf.set_font("S", "B", 19)
        pdf.cell(0, 10, "Capaian JP per Unit Kerja (30 Juni 2027)" if title == "table" else title)
        pdf.set_text_color(20, 20, 20)
        pdf.set_xy(16, 28)
        if title == "table":
            F = Flow(pdf)
            rows = [
                [
                    _unit_short(u[0]),
                    ribuan(target_unit(u)),
                    ribuan(sum(JP_SEM1[j])),
                    koma(capaian(j)) + "%",
                ]
                for j, u in enumerate(UNITS)
            ]
            F.table(
                ["Unit kerja", "Target JP", "JP terverifikasi", "Capaian"],
                rows,
                [90, 25, 30, 22],
                size=8.8,
                lh=4.0,
                aligns=["L", "R", "R", "R"],
            )
        for b in bullets:
            pdf.set_font("S", "", 14)
            pdf.set_x(18)
            pdf.set_text_color(*green)
            pdf.cell(7, 7.5, "\u25a0")
            pdf.set_text_color(20, 20, 20)
            pdf.multi_cell(pdf.w - 16 - 27, 7.5, b, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(16, pdf.h - 12, pdf.w - 16, pdf.h - 12)
        pdf.set_font("S", "", 8)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(16, pdf.h - 10)
        pdf.cell(0, 4, f"Evaluasi TAPAK Semester I 2027 | {SINGKAT} {PROV} | {FIKTIF}")
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


def new_docx(title, landscape=False, author="Subbagian Umum dan Kepegawaian"):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = f"{SINGKAT} {PROV}"
    cp.subject = FIKTIF
    cp.comments = FIKTIF
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = author
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
    doc, header, rows, widths=None, size=9.5, bold_last=False, aligns=None, shade="DDE8D6"
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
# kegiatan, actor column index (0 Pegawai, 1 Atasan, 2 Verifikator, 3 Administrator),
# kelengkapan, waktu, output, keterangan
SOP_STEPS = [
    (
        "Mengunggah bukti kegiatan dan mengisi formulir pengajuan JP di SIPAKAR",
        0,
        "Sertifikat, daftar hadir atau laporan (PDF/JPG paling besar 2 MB per berkas)",
        "paling lambat 7 hari kerja setelah kegiatan selesai",
        "Status Diajukan",
        "-",
    ),
    (
        "Memeriksa kesesuaian kegiatan dengan RPK dan menyetujui pengajuan",
        1,
        "Pengajuan JP",
        "2 hari kerja",
        "Status Disetujui Atasan",
        "Jika tidak ditanggapi dalam 2 hari kerja, pengajuan otomatis diteruskan ke "
        "Verifikator JP (eskalasi otomatis)",
    ),
    (
        "Memeriksa kelengkapan dan keabsahan bukti",
        2,
        "Bukti kegiatan",
        "2 hari kerja",
        "Status Diperiksa",
        "Tahap 3, 5 dan 6 paling lama 5 hari kerja",
    ),
    (
        "Mengembalikan pengajuan yang tidak lengkap disertai catatan; pegawai memperbaiki",
        0,
        "Catatan verifikasi",
        "3 hari kerja untuk perbaikan",
        "Status Dikembalikan",
        "Pengembalian paling banyak 2 kali; setelah itu pengajuan ditolak",
    ),
    (
        "Menghitung JP sesuai Tabel 4.1 Pedoman TAPAK dan batas nonklasikal 60%",
        2,
        "Tabel konversi JP",
        "1 hari kerja",
        "Usulan JP",
        "Tahap 3, 5 dan 6 paling lama 5 hari kerja",
    ),
    (
        "Memvalidasi dan menetapkan JP",
        2,
        "Usulan JP",
        "2 hari kerja",
        "Status Tervalidasi",
        "Tahap 3, 5 dan 6 paling lama 5 hari kerja",
    ),
    (
        "Menyinkronkan JP tervalidasi ke SIMPEG Badan Kepegawaian Daerah",
        3,
        "Data berstatus Tervalidasi",
        "setiap hari Jumat pukul 16.00 WITA",
        "Log sinkronisasi",
        "-",
    ),
    (
        "Menyusun rekap capaian JP bulanan per unit kerja",
        2,
        "Data SIPAKAR",
        "paling lambat tanggal 7 bulan berikutnya",
        "Rekap bulanan",
        "Disampaikan kepada Ketua Pelaksana TAPAK",
    ),
]


def write_sop(path):
    from docx.shared import Cm

    doc = new_docx("SOP Validasi JP melalui SIPAKAR")
    # identity table with merged cells
    t = doc.add_table(rows=8, cols=3)
    t.style = "Table Grid"
    left = t.cell(0, 0).merge(t.cell(7, 0))
    _cell(
        left,
        f"PEMERINTAH {PROV.upper()}\n{DINAS.upper()}\nSUBBAGIAN UMUM DAN KEPEGAWAIAN",
        bold=True,
        size=9.5,
        align="center",
    )
    ident = [
        ("Nomor SOP", "800/SOP-07/DPUPR/2027"),
        ("Tanggal pembuatan", "1 Maret 2027"),
        ("Tanggal revisi", "10 Mei 2027 (Revisi 01)"),
        ("Tanggal efektif", "3 Mei 2027"),
        ("Disahkan oleh", f"Kepala Dinas, {KADIS}"),
        ("Nama SOP", "Validasi Jam Pelajaran (JP) melalui SIPAKAR"),
        ("Unit pemilik", "Subbagian Umum dan Kepegawaian"),
        ("Klasifikasi", "SOP Administrasi Kepegawaian"),
    ]
    for i, (k, v) in enumerate(ident):
        _cell(t.cell(i, 1), k, bold=True)
        _cell(t.cell(i, 2), v)
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(4)
        row.cells[2].width = Cm(7.5)
    doc.add_paragraph()
    label_table(
        doc,
        [
            (
                "Dasar hukum",
                "Peraturan Kepala Dinas Nomor 2 Tahun 2027 tentang Pedoman "
                "Pengembangan Kompetensi Pegawai; Pedoman Program TAPAK 2027",
            ),
            (
                "Kualifikasi pelaksana",
                "Verifikator JP memahami Pedoman TAPAK dan telah "
                "mengikuti bimbingan teknis SIPAKAR",
            ),
            ("Keterkaitan", "SOP Pendaftaran Pelatihan Eksternal; SOP Pengelolaan Akun SIPAKAR"),
            ("Peralatan/perlengkapan", "Komputer, jaringan internet, akun SIPAKAR, pemindai"),
            (
                "Peringatan",
                "Bukti yang dipalsukan dibatalkan seluruh JP-nya dan pegawai "
                "diproses sesuai ketentuan disiplin",
            ),
            (
                "Pencatatan dan pendataan",
                "Log pengajuan SIPAKAR; rekap bulanan; arsip digital bukti kegiatan",
            ),
        ],
    )
    para(doc, "URAIAN PROSEDUR", bold=True, align="center")
    n = len(SOP_STEPS)
    t = doc.add_table(rows=2 + n, cols=10)
    t.style = "Table Grid"
    # header row 1 with merged cells
    _cell(t.cell(0, 0).merge(t.cell(1, 0)), "No", bold=True, size=8.5)
    _cell(t.cell(0, 1).merge(t.cell(1, 1)), "Kegiatan", bold=True, size=8.5)
    _cell(t.cell(0, 2).merge(t.cell(0, 5)), "Pelaksana", bold=True, size=8.5, align="center")
    _cell(t.cell(0, 6).merge(t.cell(0, 8)), "Mutu Baku", bold=True, size=8.5, align="center")
    _cell(t.cell(0, 9).merge(t.cell(1, 9)), "Keterangan", bold=True, size=8.5)
    for j, h in enumerate(["Pegawai", "Atasan Langsung", "Verifikator JP", "Administrator"]):
        _cell(t.cell(1, 2 + j), h, bold=True, size=8)
    for j, h in enumerate(["Kelengkapan", "Waktu", "Output"]):
        _cell(t.cell(1, 6 + j), h, bold=True, size=8)
    for r in (0, 1):
        for c in t.rows[r].cells:
            _shade(c, "DDE8D6")
    for i, (keg, actor, kel, waktu, out, ket) in enumerate(SOP_STEPS, 1):
        r = 1 + i
        _cell(t.cell(r, 0), str(i), size=8.5)
        _cell(t.cell(r, 1), keg, size=8.5)
        for j in range(4):
            _cell(t.cell(r, 2 + j), "\u25a0" if j == actor else "", size=8.5, align="center")
        if i == 4:
            _cell(t.cell(r, 2 + 2), "\u25a0", size=8.5, align="center")
        _cell(t.cell(r, 6), kel, size=8.5)
        _cell(t.cell(r, 7), waktu, size=8.5)
        _cell(t.cell(r, 8), out, size=8.5)
        _cell(t.cell(r, 9), ket, size=8.5)
    # merge the repeated Keterangan of steps 3, 5, 6? keep 5-6 merged as one block
    m = t.cell(6, 9).merge(t.cell(7, 9))
    _cell(m, "Tahap 3, 5 dan 6 paling lama 5 hari kerja", size=8.5)
    doc.add_paragraph()
    para(doc, "Catatan:", bold=True)
    bullets(
        doc,
        [
            "Status pengajuan di SIPAKAR: Diajukan, Disetujui Atasan, Diperiksa, Dikembalikan, "
            "Tervalidasi, atau Ditolak.",
            "Waktu validasi dihitung sejak pengajuan disetujui atasan langsung.",
            "JP yang berstatus Diperiksa belum dihitung dalam rekap capaian.",
            f"Pertanyaan teknis disampaikan ke Helpdesk SIPAKAR melalui WhatsApp {WA_HELPDESK}.",
        ],
    )
    sign_block(doc, [f"{IBUKOTA}, 10 Mei 2027", "Kepala Dinas,", "", "", KADIS])
    para(doc, FIKTIF, italic=True, size=8)
    doc.save(path)


# ============================================================================ notulen (DOCX)
KPB = [
    "Andi Nurul Hikmah, S.AP.",
    "Andi Muh. Fadli Rasyid, S.T.",
    "Dewi Anggraeni Patadjenu, S.T.",
    "Arya Pratama Lamusu, S.T.",
    "Yulianti Sambara, S.T.",
    "Gregorius Ndun, S.T.",
    "Rini Astuti Pakaya, S.T.",
    "Jefri Kalalo, A.Md.T.",
    "Nurhalimah Djafar, S.T.",
    "Saiful Bahri Nggilu, S.T.",
    "Abdul Rahman Kalake, S.T.",
    "Irwan Sapada, S.T.",
]
BELUM_JP = [4, 2, 3, 1, 2, 3, 2, 9, 5, 8, 10, 4]
# Kuota Ahli K3 Konstruksi Angkatan II per unit (same order as UNITS)
KUOTA_K3_II = [0, 2, 1, 0, 2, 1, 0, 0, 1, 1, 1, 1]


def write_notulen(path):
    doc = new_docx("Notulen Rapat Koordinasi TAPAK Juli 2027")
    para(doc, "NOTULEN RAPAT", bold=True, size=13, align="center", after=0)
    para(
        doc,
        "KOORDINASI TIM PENGELOLA TAPAK DAN KOORDINATOR PEMBELAJARAN BIDANG",
        bold=True,
        align="center",
        after=8,
    )
    label_table(
        doc,
        [
            ("Hari/tanggal", "Kamis, 15 Juli 2027"),
            ("Waktu", "pukul 09.00-12.15 WITA"),
            ("Tempat", "Ruang Rapat Lambusango, Lantai 2 Kantor Dinas PUPR"),
            ("Pimpinan rapat", f"{SEKRETARIS} (Sekretaris, Penanggung Jawab TAPAK)"),
            ("Notulis", f"{VERIF2} (Verifikator JP)"),
            (
                "Peserta",
                "21 orang: Tim Pengelola TAPAK (6 orang), KPB seluruh unit kerja "
                "(12 orang), Kepala UPTD Peralatan dan Perbengkelan, Kepala UPTD "
                "Laboratorium Bahan Konstruksi, dan Kepala Seksi Pemeliharaan UPTD PJJ "
                "Wilayah III",
            ),
        ],
    )
    heading(doc, "A. Agenda", 2)
    numbered(
        doc,
        [
            "Evaluasi capaian JP semester I Tahun 2027;",
            "Kelas TAPAK sore bagi operator dan teknisi;",
            "Rencana TAPAK Lapangan semester II;",
            "Pembagian kuota Pelatihan Ahli K3 Konstruksi Angkatan II;",
            "Lain-lain.",
        ],
    )
    heading(doc, "B. Pokok Pembahasan", 2)
    para(
        doc,
        f"1. Ketua Pelaksana ({KASUBBAG}) menyampaikan bahwa capaian JP Dinas per 30 Juni 2027 "
        f"sebesar {CAPAIAN_TOTAL}% ({ribuan(JP_TOTAL)} dari {ribuan(TARGET_TOTAL)} JP), masih di "
        "bawah tonggak antara 45%. Capaian terendah ada di UPTD Peralatan dan Perbengkelan, "
        "UPTD PJJ Wilayah III, dan UPTD PJJ Wilayah II.",
        align="justify",
    )
    para(
        doc,
        f"2. Kepala UPTD Peralatan dan Perbengkelan ({KA_ALAT}) menjelaskan bahwa 26 operator "
        "PPPK bekerja bergilir di lapangan sehingga tidak dapat mengikuti Kelas TAPAK pagi. "
        "Diusulkan kelas sore dengan materi yang lebih praktis.",
        align="justify",
    )
    para(
        doc,
        "3. KPB UPTD PJJ Wilayah III menyampaikan kendala jaringan internet di Kabupaten Pulau "
        "Senggara; unggah bukti ke SIPAKAR sering gagal untuk berkas lebih dari 1 MB.",
        align="justify",
    )
    para(
        doc,
        "4. Ketua Pelaksana menyampaikan bahwa masih terdapat 312 rekaman e-DIKWAN berstatus "
        "Perlu Bukti.",
        align="justify",
    )
    heading(doc, "C. Keputusan Rapat", 2)
    numbered(
        doc,
        [
            "Kelas TAPAK sore bagi operator dan teknisi dimulai Selasa, 3 Agustus 2027, setiap "
            "hari Selasa dan Kamis pukul 15.30-17.00 WITA (2 JP per sesi) di Workshop UPTD "
            "Peralatan dan Perbengkelan.",
            "Kuota Pelatihan Ahli K3 Konstruksi Angkatan II sebanyak 10 orang dibagi: Bidang "
            "Bina Marga 2, Bidang Sumber Daya Air 1, Bidang Bina Jasa Konstruksi 2, Bidang Cipta "
            "Karya 1, UPTD PJJ Wilayah I 1, UPTD PJJ Wilayah II 1, UPTD PJJ Wilayah III 1, dan "
            "BPSDA Wangsa-Lindu 1.",
            "Untuk UPTD PJJ Wilayah III, Administrator SIPAKAR menyediakan unggah luring melalui "
            "KPB (bukti dikirim dalam satu berkas terkompresi setiap Jumat).",
            "Batas pelengkapan bukti rekaman e-DIKWAN berstatus Perlu Bukti adalah 31 Agustus "
            "2027; setelah tanggal tersebut rekaman dinonaktifkan dan JP-nya tidak dihitung.",
            "Setiap unit kerja dengan capaian di bawah 35% menyusun rencana percepatan dan "
            "menyampaikannya paling lambat 31 Agustus 2027.",
            "TAPAK Lapangan semester II dilaksanakan empat kali sesuai tabel tindak lanjut.",
        ],
    )
    heading(doc, "D. Rencana TAPAK Lapangan Semester II", 2)
    docx_table(
        doc,
        ["No", "Lokasi pekerjaan", "Unit penanggung jawab", "Waktu", "Kuota"],
        [
            [
                "1",
                "Survei kondisi ruas jalan Tanjung Kelambu-Lasolo",
                "UPTD PJJ Wilayah II",
                "Agustus 2027",
                "25",
            ],
            ["2", "Rehabilitasi Bendung Wawolemo", "BPSDA Wangsa-Lindu", "September 2027", "20"],
            [
                "3",
                "Pembangunan Gedung Pelayanan Terpadu Bandar Wangsa",
                "Bidang Cipta Karya",
                "Oktober 2027",
                "20",
            ],
            [
                "4",
                "Pemeliharaan berkala Jalan Lingkar Pulau Senggara",
                "UPTD PJJ Wilayah III",
                "November 2027",
                "15",
            ],
        ],
        widths=[1, 6.5, 4, 3, 1.5],
    )
    heading(doc, "E. Tindak Lanjut", 2)
    docx_table(
        doc,
        ["No", "Tindak lanjut", "Penanggung jawab", "Batas waktu"],
        [
            [
                "1",
                "Menyiapkan jadwal dan materi kelas sore",
                f"{KA_ALAT} dan KPB UPTD Peralatan",
                "30 Juli 2027",
            ],
            [
                "2",
                "Menerbitkan surat pemanggilan Ahli K3 Konstruksi Angkatan II",
                "Sekretaris",
                "23 Agustus 2027",
            ],
            [
                "3",
                "Menyediakan mekanisme unggah luring UPTD PJJ Wilayah III",
                ADMIN,
                "31 Juli 2027",
            ],
            [
                "4",
                "Mengingatkan pegawai dengan rekaman Perlu Bukti",
                "Seluruh KPB",
                "31 Agustus 2027",
            ],
            [
                "5",
                "Menyampaikan rencana percepatan unit dengan capaian di bawah 35%",
                "Kepala UPTD Peralatan, Kepala UPTD PJJ Wilayah II dan III",
                "31 Agustus 2027",
            ],
        ],
        widths=[1, 7, 5, 3],
    )
    para(doc, "Rapat ditutup pukul 12.15 WITA.", italic=True)
    t = doc.add_table(rows=1, cols=2)
    _cell(t.cell(0, 0), f"Notulis,\n\n\n{VERIF2}", size=10)
    _cell(t.cell(0, 1), f"Pimpinan Rapat,\n\n\n{SEKRETARIS}", size=10)
    doc.add_paragraph()
    para(doc, FIKTIF, italic=True, size=8)
    doc.save(path)


# ============================================================================ berita acara (DOCX)
# name, unit, jenis alat, nilai tulis, nilai praktik, hasil
UJIKOM = [
    ("Darwis Lamba", "UPTD Peralatan", "Excavator", 78, 84),
    ("Marthen Luther Pandie", "UPTD Peralatan", "Excavator", 72, 81),
    ("Rusdin Lahamid", "UPTD Peralatan", "Excavator", 65, 77),
    ("Yakobus Nenohai", "UPTD Peralatan", "Excavator", 70, 88),
    ("Sudirman Labaco", "UPTD Peralatan", "Excavator", 58, 66),
    ("Hamzah Tuasikal", "UPTD Peralatan", "Excavator", 81, 90),
    ("Petrus Ama Bataona", "UPTD Peralatan", "Excavator", 74, 72),
    ("Kadir Baso", "UPTD Peralatan", "Excavator", 62, 79),
    ("Alfons Rumbewas", "UPTD Peralatan", "Excavator", 69, 74),
    ("Made Sukarta", "UPTD Peralatan", "Excavator", 55, 63),
    ("Arman Tamalagi", "UPTD PJJ Wilayah I", "Excavator", 77, 85),
    ("Rahmat Hidayat Pakaya", "UPTD PJJ Wilayah I", "Excavator", 66, 71),
    ("Jufri Datau", "UPTD PJJ Wilayah II", "Excavator", 73, 80),
    ("Simon Kolo", "UPTD PJJ Wilayah II", "Excavator", 61, 70),
    ("Baharuddin Sila", "UPTD PJJ Wilayah III", "Excavator", 59, 68),
    ("Wahyudi Lamato", "UPTD PJJ Wilayah III", "Excavator", 71, 76),
    ("Ridwan Katili", "UPTD PJJ Wilayah I", "Excavator", 68, 82),
    ("Lukas Mau", "UPTD PJJ Wilayah II", "Excavator", 64, 75),
    ("Abdul Gafur Mokoginta", "UPTD Peralatan", "Motor Grader", 80, 87),
    ("Yosef Dhae", "UPTD Peralatan", "Motor Grader", 67, 73),
    ("Nasrun Talib", "UPTD Peralatan", "Motor Grader", 75, 79),
    ("Samuel Bulu", "UPTD Peralatan", "Motor Grader", 63, 65),
    ("Zainal Abidin Lakoro", "UPTD Peralatan", "Motor Grader", 70, 80),
    ("Fredik Lango", "UPTD Peralatan", "Motor Grader", 0, 0),
    ("Irfan Saleh Dunggio", "UPTD Peralatan", "Motor Grader", 72, 71),
    ("Agus Salim Lapadi", "UPTD PJJ Wilayah I", "Motor Grader", 61, 74),
    ("Daniel Sabu", "UPTD PJJ Wilayah II", "Motor Grader", 78, 83),
    ("Hasrul Mopangga", "UPTD PJJ Wilayah II", "Motor Grader", 57, 69),
    ("Muhlis Dako", "UPTD PJJ Wilayah III", "Motor Grader", 69, 78),
    ("Oktovianus Lay", "UPTD PJJ Wilayah III", "Motor Grader", 74, 86),
    ("Ismail Ahmad Tangahu", "UPTD PJJ Wilayah I", "Motor Grader", 66, 72),
    ("Robert Ndolu", "UPTD PJJ Wilayah III", "Motor Grader", 60, 62),
]
BATAS_TULIS, BATAS_PRAKTIK = 60, 70


def ujikom_hasil(r):
    if r[3] == 0 and r[4] == 0:
        return "Tidak hadir"
    return "Kompeten" if r[3] >= BATAS_TULIS and r[4] >= BATAS_PRAKTIK else "Belum Kompeten"


def ujikom_stats():
    out = {}
    for alat in ("Excavator", "Motor Grader"):
        rows = [r for r in UJIKOM if r[2] == alat]
        hadir = [r for r in rows if ujikom_hasil(r) != "Tidak hadir"]
        k = [r for r in rows if ujikom_hasil(r) == "Kompeten"]
        out[alat] = (len(rows), len(hadir), len(k), len(hadir) - len(k))
    return out


def write_ba(path):
    st = ujikom_stats()
    n = len(UJIKOM)
    hadir = sum(v[1] for v in st.values())
    komp = sum(v[2] for v in st.values())
    belum = sum(v[3] for v in st.values())
    assert (n, hadir, komp, belum) == (32, 31, 25, 6), (n, hadir, komp, belum)
    doc = new_docx(
        "Berita Acara Uji Kompetensi Operator Alat Berat 2027",
        author="UPTD Peralatan dan Perbengkelan",
    )
    para(doc, f"PEMERINTAH {PROV.upper()}", bold=True, align="center", after=0)
    para(doc, DINAS.upper(), bold=True, align="center", after=0)
    para(doc, "UPTD PERALATAN DAN PERBENGKELAN", bold=True, align="center", after=0)
    para(
        doc,
        "Kawasan Pergudangan Wangsa, Jl. Poros Bandar Wangsa-Tanjung Kelambu Km 12",
        size=9,
        align="center",
        after=10,
    )
    para(doc, "BERITA ACARA", bold=True, size=13, align="center", after=0)
    para(
        doc,
        "HASIL UJI KOMPETENSI OPERATOR ALAT BERAT TAHUN 2027",
        bold=True,
        align="center",
        after=0,
    )
    para(doc, "Nomor: 800.1.4/1098/UPTD-ALAT/VIII/2027", align="center", after=10)
    para(
        doc,
        "Pada hari ini Rabu tanggal dua puluh lima bulan Agustus tahun dua ribu dua puluh tujuh "
        "(25-08-2027), bertempat di Lapangan Uji Workshop UPTD Peralatan dan Perbengkelan, "
        "telah dilaksanakan uji kompetensi operator alat berat sebagai rangkaian akhir "
        "Pelatihan Operator Alat Berat (Excavator dan Motor Grader) kode AL-01 Program TAPAK "
        "Tahun 2027, dengan ketentuan sebagai berikut:",
        align="justify",
    )
    numbered(
        doc,
        [
            f"Peserta terdaftar sebanyak {terbilang(n)} ({n}) orang, yang hadir "
            f"{terbilang(hadir)} ({hadir}) orang, dan {terbilang(n - hadir)} ({n - hadir}) "
            "orang tidak hadir karena sakit dengan surat keterangan dokter.",
            f"Peserta dinyatakan Kompeten sebanyak {terbilang(komp)} ({komp}) orang dan Belum "
            f"Kompeten sebanyak {terbilang(belum)} ({belum}) orang.",
            f"Batas kelulusan adalah nilai ujian tulis paling rendah {terbilang(BATAS_TULIS)} "
            f"({BATAS_TULIS}) dan nilai ujian praktik paling rendah {terbilang(BATAS_PRAKTIK)} "
            f"({BATAS_PRAKTIK}); keduanya harus terpenuhi.",
            "Ujian tulis dilaksanakan pukul 07.30-09.00 WITA dan ujian praktik pukul "
            "09.30-16.00 WITA, dengan durasi praktik 2 x 30 menit per peserta.",
            "Peserta yang dinyatakan Kompeten diusulkan memperoleh Surat Izin Operator (SIO); "
            "peserta yang Belum Kompeten dapat mengikuti uji ulang paling cepat tiga bulan "
            "kemudian, yang direncanakan pada 29 November 2027.",
        ],
    )
    para(doc, "Rekapitulasi hasil per jenis alat:", bold=True)
    t = doc.add_table(rows=3 + 2, cols=5)
    t.style = "Table Grid"
    _cell(t.cell(0, 0).merge(t.cell(1, 0)), "Jenis alat", bold=True)
    _cell(t.cell(0, 1).merge(t.cell(1, 1)), "Terdaftar", bold=True)
    _cell(t.cell(0, 2).merge(t.cell(1, 2)), "Hadir", bold=True)
    _cell(t.cell(0, 3).merge(t.cell(0, 4)), "Hasil", bold=True, align="center")
    _cell(t.cell(1, 3), "Kompeten", bold=True)
    _cell(t.cell(1, 4), "Belum Kompeten", bold=True)
    for i, alat in enumerate(("Excavator", "Motor Grader"), 2):
        v = st[alat]
        for j, x in enumerate((alat, *map(str, v))):
            _cell(t.cell(i, j), x)
    for j, x in enumerate(("Jumlah", str(n), str(hadir), str(komp), str(belum))):
        _cell(t.cell(4, j), x, bold=True)
    doc.add_paragraph()
    para(doc, "Daftar nilai peserta:", bold=True)
    docx_table(
        doc,
        ["No", "Nama peserta", "Unit kerja", "Jenis alat", "Nilai tulis", "Nilai praktik", "Hasil"],
        [
            [
                str(i),
                r[0],
                r[1],
                r[2],
                "-" if r[3] == 0 else str(r[3]),
                "-" if r[4] == 0 else str(r[4]),
                ujikom_hasil(r),
            ]
            for i, r in enumerate(UJIKOM, 1)
        ],
        size=8.5,
    )
    para(doc, "Tim Penguji:", bold=True)
    numbered(
        doc,
        [
            "Ir. Daniel Kakerissa (Asesor Kompetensi LSP Alat Berat, Ketua Tim Penguji);",
            "Agustinus Manafe, S.T. (Asesor Kompetensi LSP Alat Berat);",
            "Jefri Kalalo, A.Md.T. (Instruktur internal UPTD Peralatan dan Perbengkelan).",
        ],
    )
    para(
        doc,
        "Demikian Berita Acara ini dibuat dengan sebenarnya dalam rangkap tiga untuk "
        "dipergunakan sebagaimana mestinya.",
    )
    t = doc.add_table(rows=1, cols=2)
    _cell(t.cell(0, 0), "Ketua Tim Penguji,\n\n\nIr. Daniel Kakerissa", size=10)
    _cell(
        t.cell(0, 1),
        f"Mengetahui,\nKepala UPTD Peralatan dan Perbengkelan,\n\n\n{KA_ALAT}",
        size=10,
    )
    doc.add_paragraph()
    para(doc, FIKTIF, italic=True, size=8)
    doc.save(path)


# ============================================================================ KAK (DOCX)
KURIKULUM_BETON = [
    ("Kebijakan mutu pekerjaan beton di lingkungan Dinas", 2, 0),
    ("Material beton dan pengujian agregat", 2, 4),
    ("Rancangan campuran beton (mix design)", 3, 3),
    ("Uji slump dan pembuatan benda uji silinder", 1, 4),
    ("Uji kuat tekan beton", 2, 5),
    ("Uji tidak merusak (hammer test dan UPV)", 2, 4),
    ("K3 laboratorium", 2, 0),
    ("Pelaporan dan interpretasi hasil uji", 2, 2),
    ("Evaluasi (ujian tulis dan praktik)", 0, 2),
]
BIAYA_BETON = [
    ("Honorarium narasumber internal", 24, "JP", 450_000),
    ("Honorarium narasumber luar Dinas", 16, "JP", 900_000),
    ("Bahan uji (semen, agregat, cetakan silinder)", 1, "paket", 18_750_000),
    ("Konsumsi peserta dan panitia (35 orang x 5 hari)", 175, "orang-hari", 65_000),
    (
        "Uang harian peserta dari UPTD PJJ Wilayah II dan III (12 orang x 5 hari)",
        60,
        "orang-hari",
        380_000,
    ),
    ("Modul dan alat tulis", 30, "paket", 175_000),
    ("Sertifikat", 30, "lembar", 25_000),
]
BIAYA_BETON_TOTAL = sum(v * h for _, v, _, h in BIAYA_BETON)


def write_kak(path):
    teori = sum(k[1] for k in KURIKULUM_BETON)
    praktik = sum(k[2] for k in KURIKULUM_BETON)
    assert teori + praktik == KAT["LB-01"][3]
    doc = new_docx(
        "KAK Pelatihan Pengujian Mutu Beton 2027", author="UPTD Laboratorium Bahan Konstruksi"
    )
    para(doc, "KERANGKA ACUAN KERJA (KAK)", bold=True, size=13, align="center", after=0)
    para(doc, "PELATIHAN PENGUJIAN MUTU BETON", bold=True, align="center", after=0)
    para(
        doc,
        f"PROGRAM TAPAK {SINGKAT.upper()} {PROV.upper()} TAHUN 2027",
        bold=True,
        align="center",
        after=10,
    )
    heading(doc, "1. Latar Belakang", 2)
    para(
        doc,
        "Hasil audit mutu pekerjaan jalan dan jembatan tahun 2026 menemukan bahwa 23 dari 61 "
        "benda uji beton dari paket pekerjaan di wilayah UPTD PJJ tidak diuji sesuai prosedur "
        "standar. Kemampuan teknisi dalam pengambilan sampel, perawatan benda uji, dan "
        "pengujian kuat tekan perlu ditingkatkan agar mutu beton pekerjaan provinsi dapat "
        "dipertanggungjawabkan.",
        align="justify",
    )
    heading(doc, "2. Maksud dan Tujuan", 2)
    para(doc, "Pelatihan ini bertujuan agar peserta mampu:")
    bullets(
        doc,
        [
            "melakukan pengujian agregat dan merancang campuran beton;",
            "membuat, merawat, dan menguji benda uji silinder beton;",
            "melaksanakan uji tidak merusak di lapangan; dan",
            "menyusun laporan hasil uji yang sesuai standar.",
        ],
    )
    heading(doc, "3. Peserta dan Kuota", 2)
    para(doc, "Kuota peserta sebanyak 30 orang dengan pembagian sebagai berikut:")
    docx_table(
        doc,
        ["Unit kerja", "Kuota", "Kriteria"],
        [
            ["UPTD Laboratorium Bahan Konstruksi", "12", "teknisi laboratorium PNS dan PPPK"],
            ["UPTD PJJ Wilayah I", "6", "pengawas lapangan dan teknisi mutu"],
            ["UPTD PJJ Wilayah II", "6", "pengawas lapangan dan teknisi mutu"],
            ["UPTD PJJ Wilayah III", "6", "pengawas lapangan dan teknisi mutu"],
            ["Jumlah", "30", ""],
        ],
        widths=[6, 2, 8],
        bold_last=True,
    )
    heading(doc, "4. Waktu dan Tempat", 2)
    label_table(
        doc,
        [
            ("Waktu", "Senin-Jumat, 4-8 Oktober 2027, pukul 08.00-16.00 WITA"),
            (
                "Tempat",
                "Ruang Kelas dan Laboratorium Beton UPTD Laboratorium Bahan Konstruksi, "
                "Jl. Poros Bandar Wangsa-Tanjung Kelambu Km 9",
            ),
            (
                "Jumlah JP",
                f"{teori + praktik} JP ({teori} JP teori dan {praktik} JP praktik), "
                "1 JP = 45 menit",
            ),
            ("Kode katalog", "LB-01"),
        ],
    )
    heading(doc, "5. Kurikulum", 2)
    docx_table(
        doc,
        ["No", "Mata pelatihan", "Teori (JP)", "Praktik (JP)", "Jumlah (JP)"],
        [
            [str(i), k[0], str(k[1]), str(k[2]), str(k[1] + k[2])]
            for i, k in enumerate(KURIKULUM_BETON, 1)
        ]
        + [["", "Jumlah", str(teori), str(praktik), str(teori + praktik)]],
        widths=[1, 8.5, 2.2, 2.2, 2.2],
        bold_last=True,
    )
    heading(doc, "6. Narasumber dan Panitia", 2)
    bullets(
        doc,
        [
            f"Narasumber internal: {KA_LAB} (Kepala UPTD Laboratorium Bahan Konstruksi) dan "
            "Wayan Suarjana, A.Md.T. (teknisi laboratorium senior);",
            "Narasumber luar Dinas: Dr. Ir. Syamsul Bahri Rangkuti, M.T. (dosen Teknik Sipil "
            "Universitas Teluk Wangsa);",
            "Ketua panitia: Rini Astuti Pakaya, S.T. (Kepala Seksi Pengujian UPTD Laboratorium "
            "Bahan Konstruksi).",
        ],
    )
    heading(doc, "7. Rencana Anggaran Biaya", 2)
    docx_table(
        doc,
        ["No", "Uraian", "Volume", "Satuan", "Harga satuan (Rp)", "Jumlah (Rp)"],
        [
            [str(i), u, str(v), s, ribuan(h), ribuan(v * h)]
            for i, (u, v, s, h) in enumerate(BIAYA_BETON, 1)
        ]
        + [["", "Jumlah", "", "", "", ribuan(BIAYA_BETON_TOTAL)]],
        widths=[1, 7, 1.6, 2.2, 2.6, 2.6],
        bold_last=True,
        size=9,
    )
    para(
        doc,
        f"Terbilang: {terbilang(BIAYA_BETON_TOTAL)} rupiah. Anggaran dibebankan pada DPA "
        "Sekretariat komponen penyelenggaraan pelatihan klasikal internal.",
        italic=True,
    )
    heading(doc, "8. Keluaran dan Evaluasi", 2)
    bullets(
        doc,
        [
            "30 peserta mengikuti pelatihan dengan kehadiran paling sedikit 90%;",
            "paling sedikit 80% peserta memperoleh nilai ujian akhir 70 atau lebih;",
            "10 peserta dengan nilai tertinggi diusulkan mengikuti uji SKK Teknisi Laboratorium "
            "Beton pada November 2027;",
            "evaluasi pasca-pelatihan oleh atasan langsung tiga bulan setelah pelatihan.",
        ],
    )
    sign_block(
        doc,
        [
            f"{IBUKOTA}, 2 Agustus 2027",
            "Kepala UPTD Laboratorium Bahan Konstruksi,",
            "",
            "",
            KA_LAB,
        ],
    )
    para(doc, FIKTIF, italic=True, size=8)
    doc.save(path)


# ============================================================================ XLSX
UNIT_COLS = [
    "Sekr",
    "BM",
    "SDA",
    "PR",
    "BJK",
    "CK",
    "Lab",
    "Alat",
    "PJJ I",
    "PJJ II",
    "PJJ III",
    "BPSDA",
]
KUOTA = [
    # kode, keterangan angkatan, kuota per unit (UNITS order)
    ("BM-04", "", (0, 8, 0, 0, 0, 0, 0, 0, 4, 4, 4, 0)),
    ("BM-05", "", (0, 0, 0, 0, 0, 0, 0, 0, 10, 10, 10, 0)),
    ("SD-03", "", (0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 2)),
    ("PR-02", "", (0, 0, 0, 13, 2, 0, 0, 0, 0, 0, 0, 0)),
    ("PR-03", "", (0, 3, 0, 7, 0, 0, 0, 0, 1, 1, 0, 0)),
    ("JK-01", " Angkatan II", tuple(KUOTA_K3_II)),
    ("JK-02", " Angkatan II", (0, 2, 1, 0, 2, 2, 0, 2, 4, 3, 3, 1)),
    ("JK-04", "", (0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0)),
    ("LB-01", "", (0, 0, 0, 0, 0, 0, 12, 0, 6, 6, 6, 0)),
    ("LB-02", "", (0, 0, 0, 0, 0, 0, 8, 0, 4, 4, 4, 0)),
    ("AL-02", "", (0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0)),
    ("CK-01", "", (0, 2, 1, 2, 1, 12, 0, 0, 0, 0, 0, 2)),
    ("CK-02", "", (0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0)),
    ("UM-04", "", (8, 3, 3, 2, 2, 2, 2, 3, 3, 3, 2, 2)),
]
KUOTA_TOTAL = {"JK-01": 10, "JK-02": 20}


def _col(j):
    s = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Rekap TAPAK 2027 (posisi 30 Juni 2027)",
            "author": f"{SINGKAT} {PROV}",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13})
    ital = wb.add_format({"italic": True, "font_color": "#555555"})
    hdr = wb.add_format(
        {"bold": True, "bg_color": "#DDE8D6", "border": 1, "text_wrap": True, "valign": "top"}
    )
    cell = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "align": "center"})
    pct = wb.add_format({"border": 1, "align": "center", "num_format": "0.0"})
    rpf = wb.add_format({"border": 1, "num_format": "#,##0"})
    tot = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    totn = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "align": "center"})
    totp = wb.add_format(
        {"bold": True, "border": 1, "bg_color": "#F2F2F2", "align": "center", "num_format": "0.0"}
    )
    totr = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "num_format": "#,##0"})

    # ---------------------------------------------------------------- Capaian JP
    ws = wb.add_worksheet("Capaian JP")
    ws.write(0, 0, "Rekap Capaian JP Program TAPAK per Unit Kerja", title)
    ws.write(1, 0, f"{SINGKAT} {PROV} - posisi data 30 Juni 2027 (sumber: SIPAKAR)", ital)
    head = [
        "No",
        "Unit kerja",
        "PNS",
        "PNS dalam JF",
        "PPPK",
        "Jumlah pegawai",
        "Target JP 2027",
        "JP klasikal",
        "JP nonklasikal",
        "Total JP",
        "Capaian (%)",
        "Tonggak 45%",
    ]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    for i, (u, jp) in enumerate(zip(UNITS, JP_SEM1, strict=True)):
        r = 4 + i
        x = r + 1
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, u[0], cell)
        ws.write(r, 2, u[1], num)
        ws.write(r, 3, u[2], num)
        ws.write(r, 4, u[3], num)
        ws.write_formula(r, 5, f"=C{x}+E{x}", num, u[1] + u[3])
        ws.write_formula(r, 6, f"=40*D{x}+24*(C{x}-D{x})+20*E{x}", num, target_unit(u))
        ws.write(r, 7, jp[0], num)
        ws.write(r, 8, jp[1], num)
        ws.write_formula(r, 9, f"=H{x}+I{x}", num, sum(jp))
        c = round(capaian(i), 1)
        ws.write_formula(r, 10, f"=ROUND(J{x}/G{x}*100,1)", pct, c)
        ws.write_formula(
            r, 11, f'=IF(K{x}>=45,"Tercapai","Belum")', num, "Tercapai" if c >= 45 else "Belum"
        )
    tr = 4 + len(UNITS)
    ws.write(tr, 1, "Jumlah", tot)
    vals = [N_PNS, N_JF, N_PPPK, N_PEG, TARGET_TOTAL, JP_KLAS_TOTAL, JP_NON_TOTAL, JP_TOTAL]
    for j, v in enumerate(vals):
        col = _col(2 + j)
        ws.write_formula(tr, 2 + j, f"=SUM({col}5:{col}{tr})", totn, v)
    ws.write_formula(
        tr, 10, f"=ROUND(J{tr + 1}/G{tr + 1}*100,1)", totp, round(100 * JP_TOTAL / TARGET_TOTAL, 1)
    )
    ws.write(tr + 2, 1, f"Capaian Dinas: {CAPAIAN_TOTAL}% (tonggak antara 30 Juni: 45%)", ital)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 46)
    ws.set_column(2, 11, 12)

    # ---------------------------------------------------------------- Kuota Pelatihan
    ws = wb.add_worksheet("Kuota Pelatihan")
    ws.write(0, 0, "Pembagian Kuota Pelatihan Semester II Tahun 2027 per Unit Kerja", title)
    ws.write(1, 0, "Singkatan unit: lihat lembar Catatan", ital)
    head = ["Kode", "Pelatihan", *UNIT_COLS, "Jumlah"]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    for i, (kode, angk, q) in enumerate(KUOTA):
        r = 4 + i
        x = r + 1
        ws.write(r, 0, kode, cell)
        ws.write(r, 1, KAT[kode][1] + angk, cell)
        for j, v in enumerate(q):
            ws.write(r, 2 + j, v, num)
        exp = KUOTA_TOTAL.get(kode, KAT[kode][6])
        assert sum(q) == exp, kode
        ws.write_formula(r, 14, f"=SUM(C{x}:N{x})", totn, sum(q))
    tr = 4 + len(KUOTA)
    ws.write(tr, 1, "Jumlah", tot)
    for j in range(13):
        col = _col(2 + j)
        val = sum(q[j] for _, _, q in KUOTA) if j < 12 else sum(sum(q) for _, _, q in KUOTA)
        ws.write_formula(tr, 2 + j, f"=SUM({col}5:{col}{tr})", totn, val)
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 58)
    ws.set_column(2, 14, 8)

    # ---------------------------------------------------------------- Anggaran
    ws = wb.add_worksheet("Anggaran")
    ws.write(0, 0, "Pagu dan Realisasi Anggaran Program TAPAK 2027 (s.d. 30 Juni 2027)", title)
    head = [
        "No",
        "Komponen",
        "Pagu (Rp)",
        "Realisasi s.d. 30 Juni (Rp)",
        "Sisa (Rp)",
        "Realisasi (%)",
    ]
    for j, h in enumerate(head):
        ws.write(2, j, h, hdr)
    for i, ((k, a), re_) in enumerate(zip(ANGGARAN, REALISASI, strict=True)):
        r = 3 + i
        x = r + 1
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, k, cell)
        ws.write(r, 2, a, rpf)
        ws.write(r, 3, re_, rpf)
        ws.write_formula(r, 4, f"=C{x}-D{x}", rpf, a - re_)
        ws.write_formula(r, 5, f"=ROUND(D{x}/C{x}*100,1)", pct, round(100 * re_ / a, 1))
    tr = 3 + len(ANGGARAN)
    ws.write(tr, 1, "Jumlah", tot)
    ws.write_formula(tr, 2, f"=SUM(C4:C{tr})", totr, ANGGARAN_TOTAL)
    ws.write_formula(tr, 3, f"=SUM(D4:D{tr})", totr, REALISASI_TOTAL)
    ws.write_formula(tr, 4, f"=C{tr + 1}-D{tr + 1}", totr, ANGGARAN_TOTAL - REALISASI_TOTAL)
    ws.write_formula(
        tr,
        5,
        f"=ROUND(D{tr + 1}/C{tr + 1}*100,1)",
        totp,
        round(100 * REALISASI_TOTAL / ANGGARAN_TOTAL, 1),
    )
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 52)
    ws.set_column(2, 5, 18)

    # ---------------------------------------------------------------- Catatan
    ws = wb.add_worksheet("Catatan")
    notes = [
        "Catatan berkas Rekap TAPAK 2027",
        "",
        "Sumber data: ekspor SIPAKAR tanggal 1 Juli 2027 pukul 07.00 WITA.",
        f"Disusun oleh: {VERIF} (Sekretaris Tim); diperiksa oleh {KASUBBAG} (Ketua Pelaksana).",
        "Target JP 2027 = 40 x PNS dalam JF + 24 x PNS lainnya + 20 x PPPK (Perkadis Nomor 2 "
        "Tahun 2027).",
        "Hanya JP berstatus Tervalidasi yang dihitung; JP berstatus Diperiksa belum dihitung.",
        "Tonggak antara: capaian 45% pada 30 Juni 2027.",
        "Singkatan unit pada lembar Kuota: Sekr = Sekretariat; BM = Bidang Bina Marga; SDA = "
        "Bidang Sumber Daya Air; PR = Bidang Penataan Ruang; BJK = Bidang Bina Jasa Konstruksi; "
        "CK = Bidang Cipta Karya; Lab = UPTD Laboratorium Bahan Konstruksi; Alat = UPTD "
        "Peralatan dan Perbengkelan; PJJ I-III = UPTD Pengelolaan Jalan dan Jembatan Wilayah "
        "I-III; BPSDA = Balai Pengelolaan Sumber Daya Air Wangsa-Lindu.",
        "Kuota JK-01 dan JK-02 pada lembar Kuota hanya untuk Angkatan II.",
        "Realisasi anggaran berdasarkan SP2D yang terbit sampai dengan 30 Juni 2027.",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t, title if i == 0 else None)
    ws.set_column(0, 0, 110)
    wb.close()


# ============================================================================ CSV
ALAT = [
    # kode, jenis, merek, tahun, unit, lokasi, jam operasi, ketersediaan, bbm l/jam,
    # operator, status SIO, biaya pemeliharaan
    (
        "EXC-01",
        "Excavator",
        "Komatsu PC200-8",
        2018,
        "UPTD Peralatan dan Perbengkelan",
        "Pool Alat Km 12 Bandar Wangsa",
        612,
        91.5,
        14.2,
        "Darwis Lamba",
        "SIO berlaku s.d. 14/03/2028",
        48_250_000,
    ),
    (
        "EXC-02",
        "Excavator",
        "Hitachi ZX200-5G",
        2020,
        "UPTD Peralatan dan Perbengkelan",
        "Pool Alat Km 12 Bandar Wangsa",
        548,
        88.0,
        13.6,
        "Hamzah Tuasikal",
        "SIO berlaku s.d. 02/11/2027",
        31_900_000,
    ),
    (
        "EXC-03",
        "Excavator mini",
        "Kobelco SK35SR",
        2021,
        "UPTD Peralatan dan Perbengkelan",
        "Pool Alat Km 12 Bandar Wangsa",
        296,
        95.2,
        4.8,
        "Yakobus Nenohai",
        "Uji kompetensi 25/08/2027",
        9_400_000,
    ),
    (
        "EXC-04",
        "Excavator",
        "Komatsu PC200-8",
        2016,
        "UPTD PJJ Wilayah I",
        "Gudang UPTD PJJ Wilayah I",
        431,
        79.4,
        14.9,
        "Arman Tamalagi",
        "Uji kompetensi 25/08/2027",
        57_800_000,
    ),
    (
        "EXC-05",
        "Excavator",
        "Caterpillar 320D2",
        2017,
        "UPTD PJJ Wilayah II",
        "Base camp Lasolo",
        502,
        84.1,
        15.3,
        "Jufri Datau",
        "Uji kompetensi 25/08/2027",
        44_650_000,
    ),
    (
        "EXC-06",
        "Excavator",
        "Hitachi ZX200-5G",
        2019,
        "UPTD PJJ Wilayah III",
        "Dermaga Senggara Utara",
        377,
        72.6,
        13.8,
        "Wahyudi Lamato",
        "Uji kompetensi 25/08/2027",
        61_200_000,
    ),
    (
        "MG-01",
        "Motor grader",
        "Komatsu GD535-5",
        2018,
        "UPTD Peralatan dan Perbengkelan",
        "Pool Alat Km 12 Bandar Wangsa",
        467,
        90.3,
        12.1,
        "Abdul Gafur Mokoginta",
        "SIO berlaku s.d. 21/06/2028",
        36_750_000,
    ),
    (
        "MG-02",
        "Motor grader",
        "Caterpillar 120K",
        2015,
        "UPTD PJJ Wilayah I",
        "Gudang UPTD PJJ Wilayah I",
        388,
        76.8,
        13.4,
        "Agus Salim Lapadi",
        "Uji kompetensi 25/08/2027",
        52_300_000,
    ),
    (
        "MG-03",
        "Motor grader",
        "Komatsu GD535-5",
        2020,
        "UPTD PJJ Wilayah II",
        "Base camp Lasolo",
        421,
        86.7,
        11.9,
        "Daniel Sabu",
        "Uji kompetensi 25/08/2027",
        28_450_000,
    ),
    (
        "MG-04",
        "Motor grader",
        "Mitsubishi MG330",
        2014,
        "UPTD PJJ Wilayah III",
        "Dermaga Senggara Utara",
        214,
        58.3,
        14.7,
        "Oktovianus Lay",
        "Uji kompetensi 25/08/2027",
        73_900_000,
    ),
    (
        "VR-01",
        "Vibratory roller",
        "Sakai SV512D",
        2019,
        "UPTD Peralatan dan Perbengkelan",
        "Pool Alat Km 12 Bandar Wangsa",
        356,
        93.8,
        7.6,
        "Marthen Luther Pandie",
        "SIO berlaku s.d. 09/09/2028",
        21_300_000,
    ),
    (
        "VR-02",
        "Vibratory roller",
        "Dynapac CA250D",
        2016,
        "UPTD PJJ Wilayah II",
        "Base camp Lasolo",
        289,
        81.2,
        8.3,
        "Lukas Mau",
        "SIO berlaku s.d. 30/01/2028",
        27_850_000,
    ),
    (
        "DT-01",
        "Dump truck",
        "Hino Dutro 130 HD",
        2021,
        "UPTD PJJ Wilayah I",
        "Gudang UPTD PJJ Wilayah I",
        702,
        96.4,
        5.1,
        "Ridwan Katili",
        "SIM B2 Umum",
        12_600_000,
    ),
    (
        "DT-02",
        "Dump truck",
        "Mitsubishi Canter FE 74",
        2018,
        "UPTD PJJ Wilayah III",
        "Dermaga Senggara Utara",
        455,
        83.9,
        5.4,
        "Baharuddin Sila",
        "SIM B2 Umum",
        18_900_000,
    ),
    (
        "AMP-01",
        "Asphalt sprayer",
        "Bitumen sprayer 850 L",
        2017,
        "UPTD PJJ Wilayah II",
        "Base camp Lasolo",
        134,
        70.5,
        3.2,
        "Simon Kolo",
        "Tidak memerlukan SIO",
        14_750_000,
    ),
    (
        "PC-01",
        "Pompa beton",
        "Putzmeister BSA 1005",
        2022,
        "UPTD Laboratorium Bahan Konstruksi",
        "Laboratorium Km 9",
        96,
        98.1,
        6.0,
        "Wayan Suarjana",
        "Tidak memerlukan SIO",
        6_200_000,
    ),
]


def alat_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(
        [
            "Kode Alat",
            "Jenis Alat",
            "Merek/Tipe",
            "Tahun Perolehan",
            "Unit Pengelola",
            "Lokasi Penempatan",
            "Jam Operasi Jan-Jun 2027",
            "Ketersediaan Alat (%)",
            "Konsumsi BBM (liter/jam)",
            "Operator Utama",
            "Status SIO Operator",
            "Biaya Pemeliharaan Jan-Jun 2027 (Rp)",
        ]
    )
    for a in ALAT:
        w.writerow(
            [
                a[0],
                a[1],
                a[2],
                a[3],
                a[4],
                a[5],
                ribuan(a[6]),
                koma(a[7]),
                koma(a[8]),
                a[9],
                a[10],
                ribuan(a[11]),
            ]
        )
    w.writerow([f"# {FIKTIF} Sumber: UPTD Peralatan dan Perbengkelan, posisi 30 Juni 2027."])
    return buf.getvalue()


def jp_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerow(
        [
            "Unit Kerja",
            "Lokasi",
            "Jumlah Pegawai",
            "Target JP 2027",
            "JP Klasikal",
            "JP Nonklasikal",
            "Total JP",
            "Capaian (%)",
            "Pegawai Belum Ada JP",
            "KPB",
        ]
    )
    for i, u in enumerate(UNITS):
        jp = JP_SEM1[i]
        w.writerow(
            [
                u[0],
                UNIT_LOC.get(u[0], "Kantor Dinas, Kota Bandar Wangsa"),
                u[1] + u[3],
                target_unit(u),
                jp[0],
                jp[1],
                sum(jp),
                koma(capaian(i)),
                BELUM_JP[i],
                KPB[i],
            ]
        )
    w.writerow(
        [
            "Jumlah",
            "",
            N_PEG,
            TARGET_TOTAL,
            JP_KLAS_TOTAL,
            JP_NON_TOTAL,
            JP_TOTAL,
            CAPAIAN_TOTAL,
            sum(BELUM_JP),
            "",
        ]
    )
    w.writerow([f"{FIKTIF} Posisi data 30 Juni 2027, sumber SIPAKAR (JP Tervalidasi)."])
    return buf.getvalue()


# ============================================================================ HTML
NAV = """  <header class="topbar">
    <div class="brand">Intranet Dinas PUPR Provinsi Teluk Wangsa</div>
    <nav>
      <ul>
        <li><a href="/">Beranda</a></li>
        <li><a href="/berita">Berita</a></li>
        <li><a href="/pengumuman">Pengumuman</a></li>
        <li><a href="/tapak">Program TAPAK</a></li>
        <li><a href="https://sipakar.dpupr.telukwangsaprov.go.id">SIPAKAR</a></li>
        <li><a href="/kontak">Kontak</a></li>
      </ul>
    </nav>
  </header>"""

FOOT = f"""  <footer>
    <p>&copy; 2027 {DINAS} {PROV}. {ALAMAT}. Telepon {TELP}.</p>
    <p>Halaman intranet hanya untuk pegawai. {FIKTIF}</p>
  </footer>"""


def berita_html():
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>TAPAK Lapangan di Jembatan Sungai Lindu - Intranet Dinas PUPR</title>
  <style>
    body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
    .topbar {{ background: #14503c; color: #fff; padding: 10px 24px; }}
    nav ul {{ list-style: none; display: flex; gap: 18px; margin: 6px 0 0; padding: 0; }}
    nav a {{ color: #fff; text-decoration: none; }}
    main {{ display: flex; gap: 32px; padding: 24px; }}
    article {{ flex: 3; }} aside {{ flex: 1; font-size: 0.9em; }}
    footer {{ background: #eee; padding: 12px 24px; font-size: 0.8em; }}
  </style>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
{NAV}
  <div class="breadcrumb">Beranda &rsaquo; Berita &rsaquo; Program TAPAK</div>
  <main>
    <article>
      <h1>TAPAK Lapangan di Jembatan Sungai Lindu: 24 Pegawai Belajar Langsung Pemasangan
      Balok Girder</h1>
      <p class="meta">Senin, 26 Juli 2027 | Penulis: Tim Humas Sekretariat | Kategori:
      Program TAPAK</p>
      <p>BANDAR WANGSA &ndash; Sebanyak 24 pegawai Dinas PUPR Provinsi Teluk Wangsa mengikuti
      TAPAK Lapangan di lokasi pekerjaan penggantian Jembatan Sungai Lindu, ruas jalan
      provinsi Lasolo&ndash;Lindu Raya, pada Kamis&ndash;Jumat, 22&ndash;23 Juli 2027. Peserta
      berasal dari Bidang Bina Marga (8 orang), UPTD PJJ Wilayah I (6 orang), UPTD PJJ Wilayah
      II (6 orang), dan UPTD Laboratorium Bahan Konstruksi (4 orang).</p>
      <p>Jembatan baru sepanjang 60 meter itu dibangun dengan balok girder beton pratekan dua
      bentang masing-masing 30 meter. Nilai kontraknya Rp38,6 miliar dan progres fisik pada
      saat kegiatan mencapai 64,27%. Pekerjaan ditargetkan selesai pada Desember 2027.</p>
      <h2>Belajar dari pekerjaan nyata</h2>
      <p>Kegiatan dipandu Pembimbing Lapangan Ir. Benny Tumbelaka, M.T., pejabat fungsional
      Teknik Jalan dan Jembatan Ahli Madya. Materi yang dipelajari meliputi:</p>
      <ul>
        <li>metode pemasangan (erection) balok girder dengan launcher;</li>
        <li>pengendalian mutu beton di lapangan, termasuk uji slump dan pengambilan benda
        uji;</li>
        <li>penerapan SMKK dan izin kerja di ketinggian.</li>
      </ul>
      <p>&ldquo;Teori di kelas baru terasa maknanya ketika peserta melihat sendiri bagaimana
      girder 30 meter diangkat dan diletakkan di atas pilar,&rdquo; kata Kepala Bidang Bina
      Marga, {KABID_BM}, yang membuka kegiatan pada hari pertama.</p>
      <p>Setiap peserta memperoleh pengakuan 8 JP (2 hari x 4 JP) setelah mengunggah laporan
      dan foto berpenanda lokasi ke SIPAKAR paling lambat 7 hari kerja setelah kegiatan.
      Sebelum masuk lokasi, peserta mengikuti safety briefing selama 30 menit dan wajib
      memakai alat pelindung diri lengkap.</p>
      <h2>Agenda berikutnya</h2>
      <p>TAPAK Lapangan berikutnya adalah survei kondisi ruas jalan Tanjung Kelambu&ndash;Lasolo
      yang diselenggarakan UPTD PJJ Wilayah II pada Agustus 2027. Pendaftaran dibuka melalui
      menu <em>Kegiatan &gt; TAPAK Lapangan</em> di SIPAKAR.</p>
      <p class="tags">Tag: TAPAK Lapangan, Bina Marga, jembatan, girder</p>
    </article>
    <aside>
      <h3>Berita lainnya</h3>
      <ul>
        <li><a href="/berita/1201">Rapat Pimpinan Bahas Evaluasi TAPAK Semester I</a></li>
        <li><a href="/berita/1198">Bendung Wawolemo Masuk Tahap Rehabilitasi</a></li>
        <li><a href="/berita/1190">Lomba Foto Infrastruktur HUT Provinsi Dibuka</a></li>
        <li><a href="/berita/1184">SIPAKAR Resmi Gantikan e-DIKWAN</a></li>
      </ul>
      <h3>Tautan cepat</h3>
      <ul>
        <li><a href="/tapak/pedoman">Pedoman TAPAK 2027</a></li>
        <li><a href="/tapak/katalog">Katalog Pelatihan</a></li>
      </ul>
    </aside>
  </main>
{FOOT}
</body>
</html>
"""


PIC = [
    (
        "Akun, aktivasi, dan reset kata sandi SIPAKAR",
        ADMIN,
        "Administrator SIPAKAR (Pranata Komputer Ahli Pertama)",
        "219",
    ),
    ("Validasi JP Sekretariat dan seluruh bidang", VERIF, "Sekretaris Tim / Verifikator JP", "217"),
    ("Validasi JP UPTD PJJ Wilayah I-III dan BPSDA Wangsa-Lindu", VERIF2, "Verifikator JP", "218"),
    ("Validasi JP UPTD Laboratorium dan UPTD Peralatan", VERIF3, "Verifikator JP", "216"),
    (
        "Pendaftaran dan pemanggilan pelatihan eksternal",
        "Ahmad Taufik Hidayat, S.Sos.",
        "Pengelola Diklat",
        "215",
    ),
    ("Kebijakan program, keberatan, dan pengaduan", KASUBBAG, "Ketua Pelaksana TAPAK", "214"),
]


def kontak_html():
    rows = "\n".join(
        f"          <tr><td>{i}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d_}</td></tr>"
        for i, (a, b, c, d_) in enumerate(PIC, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>Kontak dan PIC Layanan SIPAKAR - Intranet Dinas PUPR</title>
  <style>
    body {{ font-family: Arial, sans-serif; margin: 0; }}
    .topbar {{ background: #14503c; color: #fff; padding: 10px 24px; }}
    nav ul {{ list-style: none; display: flex; gap: 18px; margin: 6px 0 0; padding: 0; }}
    nav a {{ color: #fff; }}
    main {{ padding: 24px; max-width: 980px; }}
    table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 4px 8px; }}
  </style>
</head>
<body>
{NAV}
  <main>
    <h1>Kontak dan PIC Layanan SIPAKAR</h1>
    <p>SIPAKAR ({SISTEM_LONG}) adalah aplikasi pencatatan pengembangan kompetensi pegawai yang
    menggantikan e-DIKWAN sejak 3 Mei 2027. Alamat aplikasi:
    <a href="{URL_SIPAKAR}">{URL_SIPAKAR}</a>.</p>
    <h2>Jam layanan helpdesk</h2>
    <ul>
      <li>Senin&ndash;Kamis: pukul 08.00&ndash;15.30 WITA</li>
      <li>Jumat: pukul 08.00&ndash;11.00 WITA</li>
      <li>Sabtu, Minggu, dan hari libur nasional: tidak ada layanan; pesan dijawab pada hari
      kerja berikutnya</li>
    </ul>
    <p>WhatsApp helpdesk (pesan saja, tidak menerima panggilan): <strong>{WA_HELPDESK}</strong>.
    Pos-el: {EMAIL_SIPAKAR}. Layanan tatap muka: Subbagian Umum dan Kepegawaian, Lantai 1,
    Ruang 104. Telepon kantor {TELP} dilanjutkan nomor pesawat.</p>
    <h2>Daftar PIC per layanan</h2>
    <table>
      <thead>
        <tr><th>No</th><th>Layanan</th><th>PIC</th><th>Jabatan/peran</th><th>Pesawat</th></tr>
      </thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <h2>Cara mengatur ulang kata sandi</h2>
    <ol>
      <li>Buka halaman masuk SIPAKAR dan klik <em>Lupa kata sandi</em>.</li>
      <li>Masukkan NIP atau NI PPPK dan alamat pos-el yang terdaftar.</li>
      <li>Buka tautan yang dikirim ke pos-el; tautan berlaku 30 menit.</li>
      <li>Buat kata sandi baru paling sedikit 10 karakter yang memuat huruf dan angka.</li>
      <li>Jika pos-el tidak terdaftar, kirim foto kartu pegawai ke WhatsApp helpdesk; reset
      diselesaikan paling lama 1 hari kerja.</li>
    </ol>
    <h2>Cara mengajukan pengakuan JP</h2>
    <ol>
      <li>Masuk ke SIPAKAR dan pilih menu <em>Pengembangan Kompetensi &gt; Ajukan JP</em>.</li>
      <li>Pilih jenis kegiatan: klasikal, TAPAK Lapangan, coaching/mentoring, Bedah Kasus
      Teknik, atau belajar mandiri.</li>
      <li>Isi tanggal, penyelenggara, dan jumlah jam kegiatan.</li>
      <li>Unggah bukti (PDF atau JPG, paling besar 2 MB per berkas).</li>
      <li>Kirim pengajuan; status berubah menjadi <em>Diajukan</em> dan atasan langsung
      menerima notifikasi.</li>
    </ol>
    <h2>Eskalasi</h2>
    <ol>
      <li>Pengajuan yang tidak disetujui atasan dalam 2 hari kerja otomatis diteruskan ke
      Verifikator JP.</li>
      <li>Pengajuan yang belum divalidasi setelah 5 hari kerja dapat dilaporkan ke Ketua
      Pelaksana TAPAK (pesawat 214).</li>
      <li>Keberatan atas hasil validasi disampaikan paling lambat 14 hari kalender setelah
      status Tervalidasi atau Ditolak.</li>
    </ol>
    <p class="updated">Diperbarui 4 Agustus 2027.</p>
  </main>
{FOOT}
</body>
</html>
"""


# ============================================================================ Markdown
def faq_md():
    return f"""# FAQ Program TAPAK 2027

*Tanya jawab seputar Program TAPAK ({PROGRAM_LONG}) {SINGKAT} {PROV}.*
*Diperbarui: 5 Agustus 2027. {FIKTIF}*

## Umum

### 1. Apa itu TAPAK?
TAPAK adalah singkatan dari {PROGRAM_LONG}, program internal pengembangan kompetensi
pegawai Dinas PUPR yang berjalan sejak tahun 2025. TAPAK menggabungkan Kelas TAPAK
(klasikal), TAPAK Lapangan, Bedah Kasus Teknik, coaching dan mentoring, serta belajar mandiri.

### 2. Berapa target JP saya tahun 2027?
Tergantung kelompok jabatan: pejabat fungsional {T_JF} JP, PNS lainnya {T_PNS} JP, dan PPPK
{T_PPPK} JP per tahun, sesuai Peraturan Kepala Dinas Nomor 2 Tahun 2027. Batas minimal
nasional tetap 20 JP per tahun untuk setiap ASN.

### 3. Saya CPNS yang mulai bertugas 1 Juli 2027. Apakah targetnya tetap penuh?
Tidak. Target dihitung proporsional sesuai bulan aktif. Pegawai yang aktif 6 bulan
menanggung separuh target tahunan kelompoknya.

### 4. Apakah cuti panjang mengurangi target?
Ya. Pegawai yang menjalani cuti lebih dari 3 bulan berturut-turut (misalnya cuti melahirkan
atau cuti besar) mendapat pengurangan target secara proporsional setelah mengunggah surat
cuti ke SIPAKAR.

## SIPAKAR

### 5. Aplikasi apa yang dipakai sekarang?
SIPAKAR, yang menggantikan e-DIKWAN sejak 3 Mei 2027. e-DIKWAN ditutup sepenuhnya pada
1 Juli 2027.

### 6. Riwayat diklat saya di e-DIKWAN berstatus "Perlu Bukti". Apa yang harus dilakukan?
Unggah sertifikat atau bukti lain melalui menu *Riwayat > Lengkapi Bukti* paling lambat
31 Agustus 2027. Setelah itu rekaman dinonaktifkan dan JP-nya tidak dihitung.

### 7. Berapa ukuran berkas maksimal?
2 MB per berkas, dalam format PDF atau JPG. Pegawai UPTD PJJ Wilayah III boleh mengirim bukti
melalui KPB dalam satu berkas terkompresi setiap Jumat.

### 8. Kapan data JP masuk ke SIMPEG BKD?
JP yang berstatus Tervalidasi disinkronkan setiap hari Jumat pukul 16.00 WITA.

## Pengakuan JP

### 9. Berapa lama validasi JP?
Paling lama 5 hari kerja sejak pengajuan disetujui atasan langsung. Aturan lama (10 hari
kerja) sudah tidak berlaku sejak 1 Maret 2027.

### 10. Atasan saya sedang dinas luar dan belum menyetujui. Bagaimana?
Jika atasan tidak menanggapi dalam 2 hari kerja, pengajuan otomatis diteruskan ke
Verifikator JP.

### 11. Apakah webinar tanpa sertifikat bisa diakui?
Tidak. Webinar hanya diakui bila bersertifikat dan berlangsung paling singkat 2 jam
(2 JP per webinar, paling banyak 10 JP per tahun).

### 12. Berapa banyak JP nonklasikal yang boleh diakui?
Paling banyak 60% dari target tahunan. Bagi pejabat fungsional artinya paling banyak 24 JP.

### 13. Apakah sertifikat berbahasa Inggris dari pelatihan daring luar negeri diakui?
Ya, sepanjang mencantumkan jumlah jam atau JP dan nama peserta. Jika hanya mencantumkan jam,
verifikator mengonversi 1 jam = 1,33 JP, dibulatkan ke bawah.

## Pelatihan

### 14. Berapa kali saya boleh ikut pelatihan eksternal berbayar?
Paling banyak 2 kali dalam setahun (sebelumnya 1 kali).

### 15. Ada kelas untuk operator yang kerja bergilir?
Ada. Kelas TAPAK sore berlangsung setiap Selasa dan Kamis pukul 15.30-17.00 WITA di Workshop
UPTD Peralatan dan Perbengkelan, mulai 3 Agustus 2027, dengan pengakuan 2 JP per sesi.

### 16. Apa beda Pelatihan Ahli K3 Konstruksi dan Petugas K3 Konstruksi?
Ahli K3 Konstruksi (40 JP) diakhiri uji sertifikasi dan menghasilkan SKK. Petugas K3
Konstruksi (24 JP) adalah pelatihan internal untuk pengawas lapangan dan hanya menghasilkan
sertifikat pelatihan.

### 17. Kalau saya ikut pelatihan seharga Rp17.500.000, apa konsekuensinya?
Pelatihan dengan biaya Rp15.000.000 atau lebih mewajibkan ikatan dinas: tetap bertugas di
lingkungan Dinas paling singkat 2 tahun setelah pelatihan.

### 18. Berapa minimal kehadiran agar JP diakui?
90% dari seluruh sesi.

### 19. Siapa yang bisa menjadi Pembimbing Lapangan TAPAK Lapangan?
Pejabat fungsional paling rendah Ahli Madya atau pegawai yang memiliki SKK jenjang ahli.

### 20. Ke mana saya bertanya jika masih bingung?
Hubungi KPB di unit kerja Anda terlebih dahulu, atau Helpdesk SIPAKAR melalui WhatsApp
{WA_HELPDESK}.
"""


def panduan_md():
    return f"""# Panduan Pengakuan JP Belajar Mandiri

> Subbagian Umum dan Kepegawaian {SINGKAT} {PROV} - Versi 2.0, Juni 2027.
> Berlaku untuk pengajuan melalui SIPAKAR. {FIKTIF}

## 1. Apa yang termasuk belajar mandiri

Belajar mandiri adalah pembelajaran yang dilakukan pegawai atas inisiatif sendiri di luar
Kelas TAPAK, meliputi:

1. **Webinar** bersertifikat
   - durasi paling singkat 2 jam;
   - sertifikat mencantumkan nama peserta dan tanggal;
   - penyelenggara: instansi pemerintah, perguruan tinggi, asosiasi profesi, atau LSP.
2. **Kursus daring (e-learning)**
   - LMS BPSDM {PROV};
   - kursus daring kementerian teknis;
   - platform kursus lain yang mencantumkan jumlah jam belajar.
3. **Penulisan artikel teknis**
   - dimuat di buletin internal *Warta TAPAK*;
   - panjang paling sedikit 1.500 kata;
   - ditulis paling banyak oleh 3 orang; setiap penulis memperoleh JP penuh.

Belajar mandiri **tidak** meliputi membaca buku tanpa bukti evaluasi, menonton video tanpa
sertifikat, atau rapat kerja rutin.

## 2. Tabel konversi

| Jenis kegiatan | Konversi | Batas per tahun | Bukti wajib |
|---|---|---|---|
| Webinar bersertifikat | 2 JP per webinar | 10 JP | sertifikat |
| Kursus daring | sesuai JP pada sertifikat | 20 JP | sertifikat dan nilai akhir |
| Kursus daring tanpa JP tertulis | 1 jam = 1,33 JP (dibulatkan ke bawah) | 20 JP | sertifikat yang mencantumkan jam |
| Artikel teknis di Warta TAPAK | 4 JP per artikel | 8 JP | tautan atau salinan terbitan |

Semua JP belajar mandiri termasuk JP nonklasikal, sehingga ikut dalam batas 60% dari target
tahunan.

## 3. Langkah pengajuan di SIPAKAR

1. Masuk ke SIPAKAR, pilih menu **Pengembangan Kompetensi > Ajukan JP > Belajar Mandiri**.
2. Pilih jenis kegiatan:
   - Webinar
   - Kursus daring
   - Artikel teknis
3. Isi data kegiatan:
   - judul dan penyelenggara;
   - tanggal mulai dan selesai;
   - jumlah jam atau JP pada sertifikat.
4. Unggah bukti (PDF/JPG, paling besar 2 MB per berkas).
5. Tulis refleksi singkat 100-300 kata: apa yang dipelajari dan bagaimana menerapkannya.
6. Kirim; pengajuan diteruskan ke atasan langsung lalu ke Verifikator JP.

## 4. Contoh perhitungan

- Ir. A (JF Teknik Pengairan, target 40 JP) mengikuti kursus daring 12 JP dan 3 webinar.
  - Kursus daring: 12 JP.
  - Webinar: 3 x 2 JP = 6 JP.
  - Total belajar mandiri: **18 JP**, masih di bawah batas nonklasikal 24 JP.
- B (PPPK, target 20 JP) mengikuti 6 webinar.
  - Dihitung 6 x 2 = 12 JP, tetapi batas webinar 10 JP, sehingga diakui **10 JP**.
  - Batas nonklasikal PPPK adalah 12 JP (60% dari 20 JP).

## 5. Hal yang sering membuat pengajuan dikembalikan

- Sertifikat tidak mencantumkan nama lengkap sesuai data kepegawaian.
- Tanggal kegiatan di luar tahun berjalan.
- Refleksi kosong atau hanya menyalin judul kegiatan.
- Berkas lebih dari 2 MB atau berupa foto layar yang buram.

Pertanyaan: Helpdesk SIPAKAR, WhatsApp {WA_HELPDESK}.
"""


# ============================================================================ TXT
def wa_txt():
    msgs = [
        (
            "02/08/27 07.45",
            "Saiful Bahri KPB",
            "Selamat pagi bapak ibu 🙏 Info TAPAK Lapangan "
            "survei kondisi ruas Tanjung Kelambu-Lasolo akan dilaksanakan Kamis 19 Agustus 2027. "
            "Kuota dari UPTD kita 8 orang, sisanya dari Bina Marga dan UPTD PJJ Wil I",
        ),
        ("02/08/27 07.58", "Fransiska Wea", "Siap pak. Pembimbingnya siapa pak?"),
        (
            "02/08/27 08.03",
            "Saiful Bahri KPB",
            "Pembimbing lapangan Pak Yohanes Ratu Kore, "
            "S.T., M.T. (JF TJJ Ahli Madya dari Bidang Bina Marga)",
        ),
        (
            "02/08/27 09.17",
            "Saiful Bahri KPB",
            "RALAT: TAPAK Lapangan dilaksanakan Jumat "
            "20 Agustus 2027, bukan Kamis 19 Agustus. Tgl 19 kantor ada kunjungan pemeriksa "
            "dari Inspektorat",
        ),
        ("02/08/27 09.20", "Stefanus Lede Bili", "Ok. Mohon semua yang ditunjuk siapkan diri"),
        (
            "02/08/27 10.02",
            "Saiful Bahri KPB",
            "koreksi juga utk kuota: UPTD kita dapat 12 orang, bukan 8. Total peserta 25 orang",
        ),
        (
            "02/08/27 10.05",
            "Jufri Datau",
            "Pak, operator boleh ikut? Sy blm ada JP sama sekali tahun ini 😅",
        ),
        (
            "02/08/27 10.11",
            "Saiful Bahri KPB",
            "Boleh pak Jufri, sy masukkan. Sekalian ikut "
            "kelas sore operator di workshop Km 12, tiap Selasa & Kamis jam 15.30-17.00, mulai "
            "besok 3 Agustus",
        ),
        (
            "09/08/27 16.40",
            "Saiful Bahri KPB",
            "Daftar 12 peserta UPTD PJJ Wil II sudah sy "
            "input di SIPAKAR. Titik kumpul Jumat 20 Agustus jam 07.30 WITA di halaman kantor "
            "UPTD, Jl. Pelabuhan Baru No. 8 Tanjung Kelambu",
        ),
        (
            "09/08/27 16.44",
            "Saiful Bahri KPB",
            "maaf salah ketik, titik kumpul jam 06.30 WITA "
            "ya bapak ibu, bukan 07.30. Perjalanan ke Lasolo sekitar 2 jam",
        ),
        ("09/08/27 16.52", "Fransiska Wea", "Bawa apa saja pak?"),
        (
            "09/08/27 16.58",
            "Saiful Bahri KPB",
            "Helm, rompi, sepatu safety, topi, air minum, "
            "HP yg sudah terpasang aplikasi SurveiJalan. Roll meter & GPS disiapkan kantor",
        ),
        ("09/08/27 17.03", "Simon Kolo", "Dapat JP brp pak?"),
        ("09/08/27 17.05", "Saiful Bahri KPB", "1 hari = 4 JP pak, sesuai pedoman TAPAK"),
        (
            "16/08/27 08.15",
            "Fransiska Wea",
            "Pak KPB, saya sudah terima surat panggilan Ahli "
            "K3 Konstruksi Angkatan II tgl 13-17 September. Tapi Pelatihan Survei Kondisi Jalan "
            "juga mulai hari ini ya?",
        ),
        (
            "16/08/27 08.21",
            "Saiful Bahri KPB",
            "Iya bu, Survei Kondisi Jalan (BM-03) 16-19 "
            "Agustus, jadi pas sebelum TAPAK Lapangan. Bagus utk praktek",
        ),
        (
            "20/08/27 15.42",
            "Saiful Bahri KPB",
            "Terima kasih bapak ibu, TAPAK Lapangan hari ini "
            "selesai. Ruas yang disurvei sepanjang 38,5 km. Jangan lupa unggah laporan + foto "
            "geotag di SIPAKAR paling lambat 27 Agustus",
        ),
        (
            "20/08/27 15.55",
            "Maria Goretti (Tim TAPAK)",
            "Koreksi sedikit pak Saiful: batasnya 7 "
            "hari kerja, jadi paling lambat Selasa 31 Agustus 2027, bukan 27 Agustus 🙏",
        ),
        (
            "20/08/27 15.57",
            "Saiful Bahri KPB",
            "Siap bu, terima kasih koreksinya. Paling lambat 31 Agustus ya bapak ibu",
        ),
        (
            "25/08/27 17.30",
            "Jufri Datau",
            "Lapor pak, hasil ujikom operator tadi sudah keluar. "
            "Dari UPTD kita 5 operator ikut, 4 kompeten, 1 belum (pak Hasrul, motor grader)",
        ),
        (
            "25/08/27 17.34",
            "Stefanus Lede Bili",
            "Selamat untuk yg kompeten 👍 Pak Hasrul semangat, uji ulang nanti 29 November",
        ),
        ("25/08/27 17.40", "Simon Kolo", "<Media tidak disertakan>"),
        (
            "26/08/27 07.10",
            "Saiful Bahri KPB",
            "Pengingat: bukti e-DIKWAN yg masih Perlu Bukti "
            "dilengkapi paling lambat 31 Agustus ya. Di UPTD kita masih 19 rekaman",
        ),
    ]
    head = (
        "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini "
        "yang dapat membaca atau mendengarkannya.\n"
        f'Grup "TAPAK UPTD PJJ Wil. II" - ekspor chat Agustus 2027. {FIKTIF}\n'
    )
    return head + "".join(f"[{t}] {n}: {m}\n" for t, n, m in msgs)


def memo_txt():
    order = sorted(range(len(UNITS)), key=lambda i: capaian(i))
    low = [i for i in order if capaian(i) < 35]
    low_lines = "\n".join(
        f"   - {UNITS[i][0]}: {koma(capaian(i))}% ({BELUM_JP[i]} pegawai belum memiliki JP)"
        for i in low
    )
    return f"""MEMO INTERNAL
{DINAS.upper()} {PROV.upper()}

Nomor     : 800.1/1079/DPUPR-Sekr/VIII/2027
Kepada    : Para Kepala Bidang, Kepala UPTD, dan Kepala Balai
Dari      : Sekretaris Dinas
Tembusan  : Kepala Dinas; Ketua Pelaksana TAPAK
Tanggal   : 9 Agustus 2027
Perihal   : Percepatan Capaian JP Semester II Tahun 2027

1. Berdasarkan rekap SIPAKAR posisi 30 Juni 2027, capaian JP Dinas baru {CAPAIAN_TOTAL}%
   ({ribuan(JP_TOTAL)} dari {ribuan(TARGET_TOTAL)} JP), di bawah tonggak antara 45%. Sebanyak
   {sum(BELUM_JP)} pegawai belum memiliki JP sama sekali.

2. Unit kerja dengan capaian di bawah 35%:
{low_lines}

3. Untuk itu diminta kepada Saudara:
   a. menugaskan KPB memanggil seluruh pegawai yang belum memiliki JP paling lambat
      20 Agustus 2027 dan membantu menyusun rencana belajarnya;
   b. menyelenggarakan paling sedikit 1 (satu) sesi Bedah Kasus Teknik di unit masing-masing
      setiap bulan sampai Desember 2027;
   c. memastikan operator dan teknisi yang bekerja bergilir mengikuti Kelas TAPAK sore
      (Selasa dan Kamis, pukul 15.30-17.00 WITA);
   d. menyampaikan rencana percepatan bagi unit dengan capaian di bawah 35% paling lambat
      31 Agustus 2027; dan
   e. mengingatkan pegawai melengkapi bukti rekaman e-DIKWAN berstatus Perlu Bukti paling
      lambat 31 Agustus 2027.

4. Capaian per unit akan dipaparkan kembali pada Rapat Pimpinan hari Senin, 13 September
   2027. Target capaian Dinas pada 30 September 2027 adalah 70%.

5. Unit kerja dengan capaian tertinggi pada akhir tahun akan menerima Piala TAPAK.

Demikian untuk menjadi perhatian dan dilaksanakan.

Sekretaris,
ttd.
{SEKRETARIS}

--
{FIKTIF}
"""


# ============================================================================ driver
def _w_text(fn):
    def w(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(fn())

    return w


DOCS = {
    "pedoman-tapak-2027": ("pdf", render_pedoman),
    "perkadis-4-2023-pengembangan-kompetensi": ("pdf", render_reg_old),
    "perkadis-2-2027-pengembangan-kompetensi": ("pdf", render_reg_new),
    "surat-pemanggilan-pelatihan-ahli-k3-konstruksi-2027": ("pdf", render_surat),
    "paparan-evaluasi-tapak-semester-i-2027": ("pdf", render_paparan),
    "sop-validasi-jp-sipakar": ("docx", write_sop),
    "notulen-rakor-tapak-juli-2027": ("docx", write_notulen),
    "berita-acara-uji-kompetensi-operator-alat-berat-2027": ("docx", write_ba),
    "kak-pelatihan-pengujian-mutu-beton-2027": ("docx", write_kak),
    "rekap-tapak-2027": ("xlsx", write_xlsx),
    "rekap-alat-berat-dan-operator-uptd-2027": ("csv", _w_text(alat_csv)),
    "rekap-jp-per-unit-semester-i-2027": ("csv", _w_text(jp_csv)),
    "berita-intranet-tapak-lapangan-jembatan-lindu": ("html", _w_text(berita_html)),
    "kontak-pic-sipakar": ("html", _w_text(kontak_html)),
    "faq-tapak": ("md", _w_text(faq_md)),
    "panduan-pengakuan-jp-belajar-mandiri": ("md", _w_text(panduan_md)),
    "grup-wa-uptd-pjj-wilayah-ii-agustus-2027": ("txt", _w_text(wa_txt)),
    "memo-sekretaris-percepatan-capaian-jp-2027": ("txt", _w_text(memo_txt)),
}


def path_of(stem):
    return os.path.join(OUT, f"{stem}.{DOCS[stem][0]}")


def write_documents():
    random.seed(2027)
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


class _Strip:
    """Minimal HTML to text: drop script/style, keep text of everything else."""

    def __init__(self):
        from html.parser import HTMLParser

        outer = self

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag in ("script", "style"):
                    outer.skip += 1
                elif tag in ("p", "li", "tr", "h1", "h2", "h3", "br", "div", "td", "th"):
                    outer.out.append("\n" if tag not in ("td", "th") else " ")

            def handle_endtag(self, tag):
                if tag in ("script", "style"):
                    outer.skip -= 1

            def handle_data(self, data):
                if not outer.skip:
                    outer.out.append(data)

        self.out, self.skip = [], 0
        self.parser = P(convert_charrefs=True)

    def text(self, html):
        self.parser.feed(html)
        self.parser.close()
        return "".join(self.out)


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
    with open(path, encoding="utf-8-sig") as f:
        raw = f.read()
    if ext == "html":
        return _Strip().text(raw)
    return raw


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


STOP = set(
    [
        "apa",
        "apakah",
        "berapa",
        "siapa",
        "kapan",
        "dimana",
        "mana",
        "bagaimana",
        "yang",
        "dan",
        "atau",
        "untuk",
        "dari",
        "dengan",
        "pada",
        "dalam",
        "ini",
        "itu",
        "ada",
        "tidak",
        "bisa",
        "boleh",
        "saya",
        "kita",
        "kami",
        "sih",
        "gak",
        "dong",
        "nya",
        "brp",
        "yg",
        "tahun",
        "dinas",
        "pupr",
        "berapakah",
        "adalah",
        "sudah",
        "akan",
        "juga",
        "harus",
        "kalau",
        "jika",
        "tentang",
        "sama",
        "berapa",
    ]
)


def check():
    import yaml

    with open(QUESTIONS, encoding="utf-8") as f:
        qs = yaml.safe_load(f)
    errors = []
    ids = [q["id"] for q in qs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate question ids")
    texts = {}
    for stem in DOCS:
        if not os.path.exists(path_of(stem)):
            errors.append(f"missing document {stem}")
            continue
        texts[stem] = norm(doc_text(stem))
        if "dokumen fiktif, untuk evaluasi." not in texts[stem]:
            errors.append(f"{stem}: fiction notice missing")
    per_first = dict.fromkeys(DOCS, 0)
    per_any = dict.fromkeys(DOCS, 0)
    tags_count = {}
    n_ans = n_two = n_near = n_far = 0
    near_qs = []
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
            if not re.fullmatch(r"y9[0-4]\d", q["id"]):
                errors.append(f"{q['id']}: out-of-scope ids are y901..y940")
            if "near" in tags:
                n_near += 1
                near_qs.append(q)
            elif "far" in tags:
                n_far += 1
            else:
                errors.append(f"{q['id']}: oos needs near|far")
            continue
        if not re.fullmatch(r"y[0-8]\d\d", q["id"]):
            errors.append(f"{q['id']}: answerable ids are y001..")
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
            if nf not in texts[first]:
                errors.append(f"{q['id']}: fact {fact!r} not found in {first}")
            if nf in ql:
                errors.append(f"{q['id']}: fact {fact!r} appears verbatim in the question")
    for stem, n in per_first.items():
        if n < 5:
            errors.append(f"document {stem} is first expected of only {n} questions (need >= 5)")
    if n_ans < 200:
        errors.append(f"only {n_ans} answerable questions (need >= 200)")
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
    # sanity print for near out-of-scope questions: which document shares most key terms
    print("near out-of-scope sanity (best-overlapping document, share of key terms found):")
    for q in near_qs:
        terms = [w for w in re.findall(r"[a-z0-9][a-z0-9\-]{3,}", norm(q["q"])) if w not in STOP]
        best = max(
            ((sum(t in texts[s] for t in terms) / max(len(terms), 1), s) for s in texts),
            default=(0, "-"),
        )
        print(f"  {q['id']} {best[0]:.2f} {best[1]}: {q['q'][:70]}")
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
