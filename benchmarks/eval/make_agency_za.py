#!/usr/bin/env python3
"""Generate the documents of the fictional "agency ZA" evaluation set.

Agency ZA: Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida) Kota Muara
Kelumpang (fictional city in the fictional Provinsi Kalimantan Hulu, WITA). The ASN competency
development programme is "BELANTARA" (Belajar Berkelanjutan Aparatur Perencana, Riset, dan
Inovasi), recorded in the information system "SI-RAKIT" (Sistem Informasi Rekam Kompetensi dan
Pelatihan Terpadu), which replaced the old application "APIK" in February 2029. 155 employees
(112 PNS, 43 PPPK) in the Sekretariat, five bidang and one UPT.

The handbook (February 2028) follows the OLD rule, Peraturan Kepala Badan Nomor 2 Tahun 2026;
the NEW rule, Peraturan Kepala Badan Nomor 1 Tahun 2029, revokes it and changes many values.

Near-domain traps: Musrenbang RKPD 2030, research grants to universities (Hibah Riset
Kemitraan), the student internship programme and the city innovation contest are tasks of the
agency that are NOT competency development of its employees.

Documents (written into agency_za/):
  pedoman-belantara-2028.pdf                 long handbook on the old rule: cover, foreword,
                                             TOC, glossary, BAB I-XIII, catalogue table over
                                             several pages, LAMPIRAN I-III
  perka-2-2026-pengembangan-kompetensi.pdf   OLD regulation (BAB/Pasal/ayat), revoked
  perka-1-2029-belantara.pdf                 NEW regulation, revokes the old one
  paparan-sosialisasi-perka-1-2029.pdf       presentation slides (landscape, short bullets)
  pengumuman-perpanjangan-tugas-belajar-2029.pdf  announcement letter: deadline extension,
                                             numbers in words, roman numerals, signature block
  sop-verifikasi-jp-si-rakit.docx            SOP: identity table, steps table
  notulen-rapat-evaluasi-belantara-2028.docx minutes: decisions and follow-up table
  formulir-rencana-belajar-individu-2029.docx  blank form template with instructions
  rekap-belantara-2028.xlsx                  Capaian JP 2028, Tugas Belajar, Anggaran 2029,
                                             Catatan
  kuota-kursi-pelatihan-2029.csv             seats per training x unit
  rekap-jp-per-kelompok-pegawai-2028.csv     semicolons, decimal commas
  jadwal-musrenbang-kecamatan-rkpd-2030.csv  near-domain trap (development planning)
  berita-intranet-peluncuran-si-rakit.html   intranet news with navigation chrome
  direktori-duta-belajar-unit.html           table and definition list
  hibah-riset-kemitraan-perguruan-tinggi-2029.html  near-domain trap (research grants)
  faq-belantara.md                           FAQ on the new rule
  panduan-coaching-mentoring.md              guide with steps and a table
  changelog-si-rakit.md                      changelog with versions and dates
  grup-wa-duta-belajar-februari-2029.txt     WhatsApp export with corrections
  nota-dinas-rbi-dan-migrasi-si-rakit.txt    plain-text memo

Usage:
  python make_agency_za.py                     # write the documents
  python make_agency_za.py --text [stem ...]   # print the extracted text of each document
  python make_agency_za.py --check             # check questions_agency_za.yaml against documents

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
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agency_za")
QUESTIONS = os.path.join(HERE, "questions_agency_za.yaml")
FIXED_DATE = datetime.datetime(2029, 2, 26, 8, 0, tzinfo=datetime.UTC)
ZIP_DATE = (2029, 2, 26, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."
GEN = "make_agency_za.py"

BADAN = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"
SINGKAT = "Bapperida"
KOTA = "Kota Muara Kelumpang"
KOTA_SHORT = "Muara Kelumpang"
PROV = "Provinsi Kalimantan Hulu"
PROGRAM = "BELANTARA"
PROGRAM_LONG = "Belajar Berkelanjutan Aparatur Perencana, Riset, dan Inovasi"
SISTEM = "SI-RAKIT"
SISTEM_LONG = "Sistem Informasi Rekam Kompetensi dan Pelatihan Terpadu"
SISTEM_OLD = "APIK"
SISTEM_OLD_LONG = "Aplikasi Pencatatan Isian Kompetensi"
ALAMAT = "Jl. Tumenggung Jalil No. 17, Kota Muara Kelumpang 73114"
TELP = "(0517) 241 739"
DOMAIN = "bapperida.muarakelumpangkota.go.id"
EMAIL = f"belantara@{DOMAIN}"
EMAIL_HELP = f"helpdesk.sirakit@{DOMAIN}"
URL_SIRAKIT = f"https://sirakit.{DOMAIN}"
WA_HELP = "0852-4810-3376"

KABAN_OLD = "Ir. Hj. Nurul Hidayati Syarif, M.T."
KABAN_OLD_NIP = "19680412 199403 2 0**"
KABAN = "Dr. Rusdiansyah Noor, S.T., M.Sc."
KABAN_NIP = "19750823 200012 1 0**"
SEKRETARIS = "Muhammad Rizani Fahmi, S.E., M.M."
SEKRETARIS_NIP = "19790305 200501 1 0**"
KASUBBAG = "Yohana Lusi Ngabut, S.AP., M.Si."
KASUBBAG_NIP = "19840917 200902 2 0**"
ANALIS = "Siti Raudhatul Jannah, S.Psi."
PRAKOM = "Gusti Ardiansyah Putra, S.Kom."
PRAKOM_NEW = "Ridho Pratama Wicaksono, S.Kom."
VERIF1 = "Fitriani Lestari, S.E."
VERIF2 = "Muhammad Alfian Noor, A.Md."
BENDAHARA = "Nor Aida Rahmah, A.Md.Ak."
KABID_P3M = "Rahmadi Saputra, S.IP., M.AP."
KABID_PSDA = "Ir. Marthen Sampe Toding, M.P."
KABID_IKW = "Andi Nurfaidah Tenri, S.T., M.T."
KABID_PEDP = "Hairunnisa, S.Si., M.T."
KABID_RIDA = "Dr. Lambertus Ding Jalung, M.Sc."
KA_UPT = "Bayu Setiawan Nugroho, S.Kom., M.Kom."

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
    q = Decimal(1).scaleb(-nd)
    return str(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)).replace(".", ",")


def r1(x):
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


SATUAN = [
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
        return SATUAN[n] if n else "nol"
    if n < 20:
        return f"{SATUAN[n - 10]} belas"
    if n < 100:
        r = n % 10
        return f"{SATUAN[n // 10]} puluh" + (f" {SATUAN[r]}" if r else "")
    if n < 200:
        return "seratus" + (f" {terbilang(n - 100)}" if n > 100 else "")
    if n < 1000:
        r = n % 100
        return f"{SATUAN[n // 100]} ratus" + (f" {terbilang(r)}" if r else "")
    if n < 2000:
        return "seribu" + (f" {terbilang(n - 1000)}" if n > 1000 else "")
    if n < 1000000:
        r = n % 1000
        return f"{terbilang(n // 1000)} ribu" + (f" {terbilang(r)}" if r else "")
    r = n % 1000000
    return f"{terbilang(n // 1000000)} juta" + (f" {terbilang(r)}" if r else "")


def angka(n):
    """'32 (tiga puluh dua)' style used in regulations."""
    return f"{n} ({terbilang(n)})"


# ------------------------------------------------------------------ units
# name, short, PNS, PNS in a jabatan fungsional, PPPK, head, DBU (Duta Belajar Unit), extension,
# JP realised 2028, employees below the 2028 target
UNITS = [
    ("Sekretariat", "SEK", 28, 6, 14, SEKRETARIS, "Dewi Kartika Sari, S.E.", "101", 845, 7),
    (
        "Bidang Perencanaan Pemerintahan dan Pembangunan Manusia",
        "P3M",
        15,
        11,
        4,
        KABID_P3M,
        "Akhmad Zainuddin, S.Sos.",
        "211",
        492,
        1,
    ),
    (
        "Bidang Perekonomian dan Sumber Daya Alam",
        "PSDA",
        14,
        10,
        3,
        KABID_PSDA,
        "Rina Marlina Tambunan, S.P.",
        "221",
        338,
        5,
    ),
    (
        "Bidang Infrastruktur dan Kewilayahan",
        "IKW",
        16,
        12,
        4,
        KABID_IKW,
        "Yosef Dwi Handoko, S.T.",
        "231",
        521,
        2,
    ),
    (
        "Bidang Pengendalian, Evaluasi, dan Data Pembangunan",
        "PEDP",
        13,
        9,
        5,
        KABID_PEDP,
        "Nurlaila Safitri, S.Si.",
        "241",
        447,
        2,
    ),
    (
        "Bidang Riset dan Inovasi Daerah",
        "RIDA",
        17,
        13,
        6,
        KABID_RIDA,
        "Muhammad Iqbal Fathurrahman, S.Si.",
        "251",
        746,
        0,
    ),
    (
        "UPT Laboratorium Inovasi Kota",
        "UPT LIK",
        9,
        3,
        7,
        KA_UPT,
        "Kristina Uli Panjaitan, S.Kom.",
        "261",
        388,
        6,
    ),
]
N_PNS = sum(u[2] for u in UNITS)
N_JF = sum(u[3] for u in UNITS)
N_PPPK = sum(u[4] for u in UNITS)
N_PEG = N_PNS + N_PPPK

# targets per person: (PNS non-JF, PNS JF, PPPK)
T_OLD = (20, 20, 12)
T_NEW = (24, 30, 20)


def target_old(u):
    return (u[2] - u[3]) * T_OLD[0] + u[3] * T_OLD[1] + u[4] * T_OLD[2]


def target_new(u):
    return (u[2] - u[3]) * T_NEW[0] + u[3] * T_NEW[1] + u[4] * T_NEW[2]


TGT_OLD_TOTAL = sum(target_old(u) for u in UNITS)
TGT_NEW_TOTAL = sum(target_new(u) for u in UNITS)
JP_2028 = sum(u[8] for u in UNITS)
BELUM_2028 = sum(u[9] for u in UNITS)


def cap(u):
    return r1(u[8] / target_old(u) * 100)


CAP_TOTAL = r1(JP_2028 / TGT_OLD_TOTAL * 100)
PCT_MEMENUHI = r1((N_PEG - BELUM_2028) / N_PEG * 100)

# ------------------------------------------------------------------ employee groups 2028
# kelompok, jumlah, target per orang 2028, total JP, JP terendah, JP tertinggi, belum memenuhi
KELOMPOK = [
    ("Pejabat struktural (JPT, administrator, pengawas)", 11, 20, 352, 18, 61, 1),
    ("JF Perencana", 38, 20, 1178, 12, 74, 3),
    ("JF Analis Kebijakan", 9, 20, 297, 20, 52, 0),
    ("JF Statistisi", 6, 20, 171, 16, 40, 1),
    ("JF Pranata Komputer", 5, 20, 146, 22, 38, 0),
    ("JF lainnya (Arsiparis, Analis SDM Aparatur, Pranata Keuangan)", 6, 20, 137, 10, 32, 2),
    ("Pelaksana PNS", 37, 20, 851, 6, 44, 9),
    ("PPPK", 43, 12, 645, 4, 30, 7),
]
assert sum(k[1] for k in KELOMPOK) == N_PEG
assert sum(k[3] for k in KELOMPOK) == JP_2028
assert sum(k[6] for k in KELOMPOK) == BELUM_2028
assert sum(k[1] for k in KELOMPOK[1:6]) == N_JF

# ------------------------------------------------------------------ change table old -> new
# item, old (Perka 2/2026 and handbook 2028), new (Perka 1/2029)
PERUBAHAN = [
    ("Target JP PNS jabatan fungsional", "20 JP per tahun", "30 JP per tahun"),
    ("Target JP PNS lainnya (struktural dan pelaksana)", "20 JP per tahun", "24 JP per tahun"),
    ("Target JP PPPK", "12 JP per tahun", "20 JP per tahun"),
    ("Batas penyampaian RBI", "31 Januari", "15 Februari"),
    ("Batas unggah sertifikat", "14 hari kalender", "5 hari kerja"),
    ("Batas penyampaian LPHP", "30 hari kalender", "20 hari kerja"),
    ("Batas JP coaching dan mentoring", "12 JP per tahun", "20 JP per tahun"),
    (
        "Porsi JP e-learning dan belajar mandiri",
        "paling banyak 30% dari target",
        "paling banyak 50% dari target",
    ),
    ("Kamis Berbagi", "1 JP per sesi 60 menit", "2 JP per sesi 90 menit"),
    ("Patok banding", "8 JP per kegiatan", "12 JP per kegiatan"),
    ("Bantuan biaya sertifikasi profesi", "Rp2.500.000", "Rp4.000.000"),
    ("Honor coach dan mentor internal", "Rp300.000 per sesi", "Rp450.000 per sesi"),
    ("Rapat evaluasi BELANTARA", "setiap triwulan", "setiap semester"),
    ("Batas akhir input JP tahunan", "15 Desember", "10 Desember"),
    ("Kuota tugas belajar", "2 orang per tahun", "4 orang per tahun"),
    ("Batas usia tugas belajar S2", "37 tahun", "40 tahun"),
    ("Masa ikatan dinas tugas belajar", "masa studi ditambah 1 tahun", "2 kali masa studi"),
    ("Uang pembinaan Pembelajar Teladan", "Rp1.500.000", "Rp2.000.000"),
    ("Aplikasi pencatatan", "APIK", "SI-RAKIT"),
]

# ------------------------------------------------------------------ JP conversion (nonklasikal)
# kegiatan, konversi old, batas old, konversi new, batas new
KONVERSI = [
    (
        "Seminar, webinar, atau sosialisasi",
        "4 JP per hari; 2 JP per setengah hari",
        "-",
        "4 JP per hari; 2 JP per setengah hari",
        "-",
    ),
    ("Workshop atau lokakarya", "6 JP per hari", "-", "6 JP per hari", "-"),
    (
        "Coaching atau mentoring (sesi minimal 60 menit)",
        "2 JP per sesi",
        "12 JP per tahun",
        "2 JP per sesi",
        "20 JP per tahun",
    ),
    (
        "E-learning atau MOOC bersertifikat",
        "sesuai sertifikat, paling banyak 3 JP per hari",
        "30% dari target (gabungan)",
        "sesuai sertifikat, paling banyak 3 JP per hari",
        "50% dari target (gabungan)",
    ),
    (
        "Belajar mandiri (ringkasan bacaan yang disahkan atasan)",
        "1 JP per ringkasan",
        "30% dari target (gabungan)",
        "1 JP per ringkasan",
        "50% dari target (gabungan)",
    ),
    (
        "Kamis Berbagi (komunitas belajar)",
        "1 JP per sesi 60 menit",
        "-",
        "2 JP per sesi 90 menit",
        "-",
    ),
    (
        "Menjadi narasumber internal",
        "2 JP per sesi",
        "8 JP per tahun",
        "2 JP per sesi",
        "8 JP per tahun",
    ),
    ("Patok banding", "8 JP per kegiatan", "-", "12 JP per kegiatan", "-"),
    (
        "Magang atau detasering (minimal 5 hari kerja)",
        "20 JP per kegiatan",
        "-",
        "20 JP per kegiatan",
        "-",
    ),
    ("Tugas belajar", "20 JP per semester", "-", "20 JP per semester", "-"),
]


def _pdf_setup(pdf, title):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(f"{SINGKAT} {KOTA}")
    pdf.set_subject(FIKTIF)
    pdf.set_creator(GEN)
    pdf.set_producer("fpdf2")
    for fam, base in (("S", "DejaVuSans"), ("R", "DejaVuSerif"), ("M", "DejaVuSansMono")):
        ital = "Italic" if fam == "R" else "Oblique"
        pdf.add_font(fam, "", os.path.join(FONT_DIR, base + ".ttf"))
        pdf.add_font(fam, "B", os.path.join(FONT_DIR, base + "-Bold.ttf"))
        pdf.add_font(fam, "I", os.path.join(FONT_DIR, f"{base}-{ital}.ttf"))
        pdf.add_font(fam, "BI", os.path.join(FONT_DIR, f"{base}-Bold{ital}.ttf"))


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
            if self.pre_header:
                self.pre_header(self)
            if self.page_no() == 1 or not self.running:
                return
            self.set_font(self.fam, "I", 7.5)
            self.set_text_color(80, 80, 80)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, self.running, align="L")
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, self.running_right, align="R")
            self.set_draw_color(140, 140, 140)
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
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Hal. {self.page_no()} / {{nb}}", align="R")
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
    pdf.running_right = ""
    pdf.footer_left = footer
    pdf.base_bottom = bottom
    pdf.skip_first_footer = False
    pdf.no_footer = False
    pdf.pre_header = None
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
            self.pdf.add_page(same=True)

    def lines(self, text, w, size=None, style=""):
        self.pdf.set_font(self.fam, style, size or self.size)
        return _nlines(self.pdf, w, self.lh, text)

    def chapter(self, label, title, newpage=True, toc=True, orientation="P"):
        pdf = self.pdf
        if newpage:
            pdf.add_page(orientation=orientation)
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
        fill=(214, 228, 240),
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
                pdf.add_page(same=True)
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
PED_TITLE = f"Pedoman Program {PROGRAM} {SINGKAT} {KOTA} Edisi 2028"
DBU_2028 = {"PSDA": "Wahyu Hidayat, S.E."}

ISTILAH = [
    ("ASN", "Aparatur Sipil Negara, terdiri atas PNS dan PPPK."),
    ("APIK", f"{SISTEM_OLD_LONG}, aplikasi pencatatan JP yang dipakai {SINGKAT} sejak 2026."),
    (PROGRAM, f"{PROGRAM_LONG}; program pengembangan kompetensi pegawai {SINGKAT}."),
    (
        "Coaching",
        "Percakapan terstruktur dua arah untuk membantu pegawai menemukan sendiri "
        "cara meningkatkan kinerjanya; coach tidak harus ahli di bidang coachee.",
    ),
    (
        "DBU",
        "Duta Belajar Unit, pegawai yang ditunjuk di setiap unit kerja untuk membantu "
        "perencanaan, pencatatan, dan pemantauan JP.",
    ),
    (
        "Detasering",
        "Penugasan sementara pegawai pada instansi lain untuk belajar langsung "
        "di tempat kerja instansi tersebut.",
    ),
    (
        "Izin belajar",
        "Izin bagi pegawai untuk menempuh pendidikan dengan biaya sendiri di luar jam kerja.",
    ),
    ("JP", "Jam pelajaran; satuan waktu pembelajaran. Satu JP sama dengan 45 menit."),
    (
        "Kamis Berbagi",
        "Komunitas belajar internal berupa diskusi berkala yang dipandu pegawai sendiri.",
    ),
    (
        "Klasikal",
        "Pembelajaran yang dilaksanakan melalui tatap muka di dalam kelas, "
        "termasuk kelas daring sinkron.",
    ),
    (
        "Klinik Perencana",
        "Layanan mentoring bagi perencana muda yang dibimbing Perencana Ahli Madya.",
    ),
    (
        "LPHP",
        "Laporan Penerapan Hasil Pembelajaran, laporan pegawai tentang penerapan hasil "
        "pelatihan di tempat kerja.",
    ),
    (
        "Mentoring",
        "Pendampingan jangka panjang oleh pegawai senior atau ahli yang berbagi "
        "pengalaman untuk pengembangan karier mentee.",
    ),
    (
        "Musrenbang",
        "Musyawarah perencanaan pembangunan; forum penyusunan rencana "
        f"pembangunan daerah. Bukan kegiatan {PROGRAM}.",
    ),
    (
        "Nonklasikal",
        "Pembelajaran di luar kelas: coaching, mentoring, e-learning, belajar "
        "mandiri, komunitas belajar, patok banding, magang, dan detasering.",
    ),
    (
        "Patok banding",
        "Kunjungan belajar ke instansi lain untuk mempelajari praktik baik (benchmarking).",
    ),
    (
        "Pembelajar Teladan",
        f"Penghargaan tahunan {PROGRAM} bagi pegawai dengan capaian pembelajaran terbaik.",
    ),
    ("PNS", "Pegawai Negeri Sipil."),
    ("PPPK", "Pegawai Pemerintah dengan Perjanjian Kerja."),
    (
        "RBI",
        "Rencana Belajar Individu; rencana pengembangan kompetensi pegawai selama satu "
        "tahun yang disetujui atasan langsung.",
    ),
    (
        "TPK",
        f"Tim Pengelola Kompetensi, tim yang ditetapkan Kepala Badan untuk mengelola {PROGRAM}.",
    ),
    (
        "Tugas belajar",
        "Penugasan pegawai untuk menempuh pendidikan formal dengan biaya "
        "dari pemerintah dan dibebaskan dari tugas jabatan.",
    ),
]

TPK_2028 = [
    ("Pengarah", KABAN_OLD, "Kepala Badan"),
    ("Ketua", SEKRETARIS, "Sekretaris"),
    ("Sekretaris Tim", KASUBBAG, "Kepala Subbagian Umum dan Kepegawaian"),
    ("Koordinator Perencanaan Pembelajaran", ANALIS, "Analis SDM Aparatur Ahli Muda"),
    ("Koordinator Data dan Aplikasi", PRAKOM, "Pranata Komputer Ahli Pertama"),
    ("Verifikator JP", VERIF1, "Pengelola Kepegawaian"),
    ("Verifikator JP", VERIF2, "Pengadministrasi Kepegawaian"),
    ("Bendahara Kegiatan", BENDAHARA, "Bendahara Pengeluaran Pembantu"),
]

# code, name, jenis, penyelenggara, JP, metode, bulan, kuota, sasaran
KATALOG = [
    (
        "BLT-28-01",
        "Penyusunan Dokumen Perencanaan Berbasis Kinerja",
        "Teknis",
        "BPSDM Provinsi Kalimantan Hulu",
        32,
        "Tatap muka",
        "April",
        6,
        "JF Perencana",
    ),
    (
        "BLT-28-02",
        "Analisis Data Pembangunan dengan R",
        "Teknis",
        "Internal (Bidang PEDP)",
        24,
        "Daring",
        "Mei",
        8,
        "Statistisi, Perencana",
    ),
    (
        "BLT-28-03",
        "Penulisan Policy Brief",
        "Teknis",
        "Internal (Bidang RIDA)",
        16,
        "Blended",
        "Juni",
        10,
        "Analis Kebijakan, Perencana",
    ),
    (
        "BLT-28-04",
        "Manajemen Risiko Pembangunan Daerah",
        "Manajerial",
        "Inspektorat Kota Muara Kelumpang",
        16,
        "Tatap muka",
        "Maret",
        12,
        "Pejabat struktural, Perencana",
    ),
    (
        "BLT-28-05",
        "Operasional SIPD untuk Perencana",
        "Teknis",
        "Internal (Sekretariat)",
        12,
        "Tatap muka",
        "Februari",
        15,
        "Semua pegawai perencanaan",
    ),
    (
        "BLT-28-06",
        "Pelatihan Kepemimpinan Pengawas (PKP)",
        "Manajerial",
        "BPSDM Provinsi Kalimantan Hulu",
        "sesuai kurikulum",
        "Blended",
        "Juli",
        1,
        "Pejabat pengawas",
    ),
    (
        "BLT-28-07",
        "Design Thinking untuk Inovasi Layanan",
        "Teknis",
        "Internal (UPT Laboratorium Inovasi Kota)",
        16,
        "Tatap muka",
        "Agustus",
        12,
        "Semua pegawai",
    ),
    (
        "BLT-28-08",
        "Metode Kajian Kualitatif",
        "Teknis",
        "Internal (Bidang RIDA)",
        20,
        "Blended",
        "September",
        10,
        "Analis Kebijakan, Perencana",
    ),
    (
        "BLT-28-09",
        "Sistem Informasi Geografis untuk Perencanaan Wilayah",
        "Teknis",
        "Badan Informasi Geospasial (kelas daring)",
        24,
        "Daring",
        "Mei",
        6,
        "Bidang IKW",
    ),
    (
        "BLT-28-10",
        "Perencanaan dan Penganggaran Responsif Gender",
        "Teknis",
        "DP3A Kota Muara Kelumpang",
        12,
        "Tatap muka",
        "Juni",
        10,
        "Perencana",
    ),
    (
        "BLT-28-11",
        "Pengelolaan Arsip Dinamis",
        "Teknis",
        "Dinas Perpustakaan dan Kearsipan",
        12,
        "Tatap muka",
        "Oktober",
        4,
        "Arsiparis, pelaksana",
    ),
    (
        "BLT-28-12",
        "Pengadaan Barang/Jasa Tingkat Dasar",
        "Teknis",
        "LPSE Kota",
        24,
        "Blended",
        "Juli",
        5,
        "Pelaksana, PPK",
    ),
    (
        "BLT-28-13",
        "Fasilitasi Musyawarah dan Public Speaking",
        "Sosial kultural",
        "Internal (Bidang P3M)",
        12,
        "Tatap muka",
        "Januari",
        15,
        "Perencana, pelaksana",
    ),
    (
        "BLT-28-14",
        "Akuntabilitas Kinerja dan SAKIP",
        "Manajerial",
        "Bagian Organisasi Setda Kota",
        16,
        "Tatap muka",
        "Maret",
        10,
        "Pejabat struktural, Perencana",
    ),
    (
        "BLT-28-15",
        "Excel Lanjutan untuk Pengolahan Data",
        "Teknis",
        "Internal (UPT LIK)",
        12,
        "Tatap muka",
        "April",
        20,
        "Pelaksana, PPPK",
    ),
    (
        "BLT-28-16",
        "Etika dan Nilai BerAKHLAK",
        "Sosial kultural",
        "Internal (Sekretariat)",
        8,
        "Daring",
        "Februari",
        60,
        "Semua pegawai",
    ),
    (
        "BLT-28-17",
        "Evaluasi Pembangunan dengan Theory of Change",
        "Teknis",
        "Internal (Bidang PEDP)",
        20,
        "Blended",
        "Oktober",
        10,
        "Perencana, Analis Kebijakan",
    ),
    (
        "BLT-28-18",
        "Pelayanan Prima dan Kehumasan Digital",
        "Sosial kultural",
        "Diskominfo Kota Muara Kelumpang",
        12,
        "Daring",
        "November",
        12,
        "Pelaksana, PPPK",
    ),
]

KALENDER_2028 = [
    ("2-31 Januari 2028", "Penyusunan dan penyampaian RBI 2028", "Pegawai, atasan langsung, DBU"),
    ("1-29 Februari 2028", "Rekapitulasi RBI dan analisis kebutuhan unit", "TPK"),
    (
        "paling lambat 31 Maret 2028",
        "Penetapan rencana pengembangan kompetensi tahunan",
        "Kepala Badan",
    ),
    ("April 2028", "Rapat evaluasi triwulan I", "TPK dan DBU"),
    ("Juli 2028", "Rapat evaluasi triwulan II", "TPK dan DBU"),
    ("Oktober 2028", "Rapat evaluasi triwulan III", "TPK dan DBU"),
    ("15 Desember 2028", "Batas akhir input JP tahun 2028 di APIK", "Pegawai, DBU"),
    ("Januari 2029", "Rapat evaluasi tahunan dan penetapan Pembelajar Teladan", "TPK"),
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
    pdf.running = f"Pedoman {PROGRAM} Edisi 2028"
    pdf.running_right = f"{SINGKAT} {KOTA}"
    pdf.footer_left = f"Pedoman {PROGRAM} 2028 - {FIKTIF}"
    pdf.skip_first_footer = True
    F = Flow(pdf)
    # ---------------------------------------------------------------- cover
    pdf.add_page()
    pdf.set_fill_color(20, 90, 60)
    pdf.rect(0, pdf.h - 60, pdf.w, 60, style="F")
    pdf.set_fill_color(200, 160, 40)
    pdf.rect(0, pdf.h - 63, pdf.w, 3, style="F")
    pdf.set_font("S", "B", 12)
    pdf.ln(12)
    for t in (f"PEMERINTAH {KOTA.upper()}", BADAN.upper()):
        pdf.multi_cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("S", "B", 28)
    pdf.cell(0, 14, f"PEDOMAN {PROGRAM}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 12)
    pdf.multi_cell(0, 7, f"({PROGRAM_LONG})", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("S", "", 12.5)
    pdf.multi_cell(
        0,
        7,
        f"Pengembangan Kompetensi Pegawai\ndi Lingkungan {BADAN}\n{KOTA}\nEdisi 2028",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(30)
    pdf.set_font("S", "", 11)
    pdf.cell(0, 6, "Versi 1.0 - Februari 2028", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(255, 255, 255)
    pdf.set_y(pdf.h - 40)
    pdf.cell(0, 6, f"{KOTA}, {PROV}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "I", 9)
    pdf.cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    # ---------------------------------------------------------------- foreword
    F.chapter("", "KATA PENGANTAR", toc=False)
    F.p(
        f"{SINGKAT} adalah dapur perencanaan pembangunan {KOTA}. Dokumen RPJMD, RKPD, kajian "
        "kebijakan, dan inovasi daerah lahir dari meja para perencana, analis kebijakan, "
        "statistisi, dan pranata komputer kita. Mutu dokumen itu sangat bergantung pada mutu "
        "orang yang menyusunnya. Karena itu belajar tidak boleh menjadi kegiatan sampingan."
    )
    F.p(
        f"Pedoman Program {PROGRAM} Edisi 2028 ini menjabarkan Peraturan Kepala Badan Nomor 2 "
        f"Tahun 2026 tentang Pedoman Pengembangan Kompetensi Pegawai di Lingkungan {SINGKAT} "
        f"{KOTA}. Pedoman ini berisi target JP, bentuk pembelajaran dan konversinya, tata cara "
        f"penyusunan Rencana Belajar Individu, katalog pembelajaran 2028, pencatatan di aplikasi "
        f"{SISTEM_OLD}, serta ketentuan tugas belajar dan penghargaan."
    )
    F.p(
        "Apabila peraturan yang menjadi dasar pedoman ini diubah atau dicabut, yang berlaku "
        "adalah ketentuan dalam peraturan yang baru sampai pedoman ini diperbarui."
    )
    F.p(
        "Terima kasih kepada Tim Pengelola Kompetensi, para Duta Belajar Unit, dan seluruh "
        f"kepala unit kerja. Masukan untuk edisi berikutnya dapat dikirim ke {EMAIL}."
    )
    F.sign(
        [f"{KOTA_SHORT}, 12 Februari 2028", "Kepala Badan,", "", KABAN_OLD, f"NIP {KABAN_OLD_NIP}"]
    )

    # ---------------------------------------------------------------- TOC
    F.chapter("", "DAFTAR ISI", toc=False)
    for level, text, page in toc:
        pdf.set_font("S", "B" if level == 0 else "", 9.6)
        ind = 0 if level == 0 else 8
        pdf.set_x(pdf.l_margin + ind)
        w = F.width - ind - 12
        pdf.cell(w, 5.2, text)
        pdf.cell(12, 5.2, str(page), align="R", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- glossary
    F.chapter("", "DAFTAR ISTILAH DAN SINGKATAN")
    F.table(["Istilah", "Pengertian"], ISTILAH, [30, 120], size=9, lh=4.4)

    # ---------------------------------------------------------------- BAB I
    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("A. Latar Belakang")
    F.p(
        f"{BADAN} {KOTA} ({SINGKAT}) dibentuk dari penggabungan fungsi perencanaan pembangunan "
        "dengan fungsi penelitian, pengembangan, dan inovasi daerah. Perubahan ini menuntut "
        "pegawai menguasai kompetensi baru: pengelolaan data, penulisan kajian, perancangan "
        "inovasi, dan fasilitasi forum warga, selain kompetensi perencanaan yang sudah ada."
    )
    F.p(
        f"Setiap pegawai ASN berhak dan wajib mengembangkan kompetensinya. Di {SINGKAT}, hak "
        f"dan kewajiban itu diwadahi dalam Program {PROGRAM}. Program ini mulai berjalan pada "
        f"tahun 2026 bersamaan dengan penetapan Peraturan Kepala Badan Nomor 2 Tahun 2026 dan "
        f"peluncuran aplikasi {SISTEM_OLD}. Pada tahun 2027 rata-rata JP pegawai baru mencapai "
        "17,4 JP per orang, sehingga masih di bawah target."
    )
    F.h2("B. Dasar Hukum")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah tentang Manajemen Pegawai Negeri Sipil;",
            "Peraturan Lembaga Administrasi Negara tentang Pengembangan Kompetensi Pegawai "
            "Negeri Sipil;",
            f"Peraturan Wali Kota {KOTA_SHORT} Nomor 48 Tahun 2025 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {SINGKAT};",
            f"Peraturan Kepala Badan Nomor 2 Tahun 2026 tentang Pedoman Pengembangan Kompetensi "
            f"Pegawai di Lingkungan {SINGKAT} {KOTA}.",
        ]
    )
    F.h2("C. Maksud dan Tujuan")
    F.p(
        "Pedoman ini dimaksudkan sebagai acuan praktis bagi pegawai, atasan langsung, Duta "
        "Belajar Unit, dan Tim Pengelola Kompetensi. Tujuannya adalah:"
    )
    F.items(
        [
            "memastikan setiap pegawai memenuhi target JP tahunan;",
            "mengarahkan pembelajaran pada kesenjangan kompetensi dan kinerja yang nyata;",
            "menyeragamkan cara menghitung dan mencatat JP; dan",
            "memastikan hasil pembelajaran diterapkan di tempat kerja.",
        ],
        kind="al",
    )
    F.h2("D. Ruang Lingkup dan Batasan")
    F.p(
        f"Pedoman ini berlaku bagi seluruh PNS dan PPPK di lingkungan {SINGKAT}, termasuk "
        "UPT Laboratorium Inovasi Kota. Calon PNS yang sedang mengikuti Pelatihan Dasar "
        "mengikuti ketentuan penyelenggara pelatihan dasar, tetapi JP Latsar tetap dicatat."
    )
    F.p(
        f"Beberapa kegiatan {SINGKAT} memakai istilah yang mirip tetapi BUKAN bagian dari "
        f"{PROGRAM}, yaitu:"
    )
    F.items(
        [
            "Musrenbang dan forum konsultasi publik penyusunan RKPD (tugas Bidang P3M, PSDA, "
            "dan IKW);",
            "Hibah Riset Kemitraan Perguruan Tinggi, yaitu dana penelitian bagi dosen dan "
            "peneliti perguruan tinggi (tugas Bidang RIDA);",
            "Program Magang Mahasiswa, yaitu praktik kerja bagi mahasiswa di lingkungan "
            f"{SINGKAT}; berbeda dengan magang pegawai pada instansi lain;",
            'Lomba Inovasi Daerah "Kelumpang Berinovasi" untuk masyarakat dan perangkat '
            "daerah (tugas UPT Laboratorium Inovasi Kota).",
        ]
    )
    F.p(
        "Pegawai yang menjadi panitia atau narasumber kegiatan tersebut melaksanakan tugas "
        "jabatan, bukan kegiatan pembelajaran, sehingga tidak mendapat JP kecuali ditetapkan "
        "lain oleh TPK."
    )
    F.h2("E. Sistematika")
    F.p(
        "Pedoman ini terdiri atas tiga belas bab dan tiga lampiran. Bab II sampai Bab IV "
        "menjelaskan organisasi, kewajiban, dan bentuk pembelajaran; Bab V sampai Bab IX "
        "mengikuti siklus perencanaan, pelaksanaan, pencatatan, dan evaluasi; Bab X sampai "
        "Bab XII membahas coaching dan mentoring, tugas belajar, serta penghargaan."
    )

    # ---------------------------------------------------------------- BAB II
    F.chapter("BAB II", "PROFIL PEGAWAI DAN ORGANISASI BELANTARA")
    F.h2("A. Profil Pegawai")
    F.p(
        f"Per 1 Januari 2028 {SINGKAT} memiliki {N_PEG} pegawai, terdiri atas {N_PNS} PNS dan "
        f"{N_PPPK} PPPK. Sebanyak {N_JF} PNS menduduki jabatan fungsional, sebagian besar "
        "Perencana. Sebaran pegawai per unit kerja disajikan pada Tabel 2.1."
    )
    rows = [
        [str(i), u[0], str(u[2]), str(u[3]), str(u[4]), str(u[2] + u[4])]
        for i, u in enumerate(UNITS, 1)
    ]
    rows.append(["", "Jumlah", str(N_PNS), str(N_JF), str(N_PPPK), str(N_PEG)])
    F.table(
        ["No", "Unit kerja", "PNS", "PNS dalam JF", "PPPK", "Jumlah"],
        rows,
        [8, 70, 14, 18, 14, 16],
        caption="Tabel 2.1 Sebaran pegawai per unit kerja (1 Januari 2028)",
        bold_last=True,
    )
    F.h2("B. Tim Pengelola Kompetensi")
    F.p(
        f"TPK ditetapkan dengan Keputusan Kepala Badan dan bertugas merencanakan, mengelola, "
        f"dan mengevaluasi {PROGRAM}. Susunan TPK tahun 2028 adalah sebagai berikut."
    )
    F.table(
        ["Kedudukan dalam tim", "Nama", "Jabatan"],
        [list(t) for t in TPK_2028],
        [45, 60, 55],
        caption="Tabel 2.2 Susunan Tim Pengelola Kompetensi 2028",
    )
    F.h2("C. Duta Belajar Unit")
    F.p(
        "Setiap unit kerja menunjuk satu orang Duta Belajar Unit (DBU) untuk masa tugas dua "
        "tahun. DBU bukan atasan dan tidak menilai pegawai; DBU adalah penghubung antara "
        "pegawai unit dan TPK. Tugas DBU:"
    )
    F.items(
        [
            "mengingatkan pegawai unit untuk menyusun RBI dan mengunggah sertifikat;",
            "memeriksa kelengkapan bukti kegiatan sebelum diverifikasi TPK;",
            "menyampaikan rekap capaian JP unit kepada kepala unit setiap bulan;",
            "mengoordinasikan Kamis Berbagi di unitnya; dan",
            "menghadiri rapat evaluasi BELANTARA.",
        ]
    )
    F.p("Daftar DBU tahun 2028 dimuat pada Lampiran III.")
    F.h2("D. Peran Atasan Langsung")
    F.p(
        "Atasan langsung menyetujui RBI, memberi izin mengikuti pembelajaran, membahas "
        "penerapan hasil pembelajaran dalam dialog kinerja, dan memverifikasi LPHP. Atasan "
        "langsung juga dapat menjadi coach bagi pegawai yang dipimpinnya."
    )

    # ---------------------------------------------------------------- BAB III
    F.chapter("BAB III", "KEWAJIBAN DAN TARGET JAM PELAJARAN")
    F.h2("A. Target JP Tahunan")
    F.p(
        "Setiap pegawai wajib memenuhi target JP dalam satu tahun kalender (1 Januari sampai "
        "31 Desember). Target JP menurut Peraturan Kepala Badan Nomor 2 Tahun 2026 adalah:"
    )
    F.table(
        ["Kelompok pegawai", "Target JP minimal per tahun"],
        [
            ["PNS yang menduduki jabatan fungsional", f"{T_OLD[1]} JP"],
            ["PNS lainnya (pejabat struktural dan pelaksana)", f"{T_OLD[0]} JP"],
            ["PPPK", f"{T_OLD[2]} JP"],
        ],
        [100, 60],
        caption="Tabel 3.1 Target JP tahunan",
    )
    F.p("Satu JP sama dengan 45 menit. Pecahan JP dibulatkan ke bawah pada akhir tahun.")
    F.h2("B. Ketentuan Khusus")
    F.items(
        [
            "Pegawai yang mulai bertugas di Bapperida setelah 30 Juni wajib memenuhi setengah "
            "dari target tahunan.",
            "Pegawai yang sedang tugas belajar dibebaskan dari target JP selama masa tugas "
            "belajar; JP tugas belajar tetap dicatat.",
            "Pegawai yang menjalani cuti besar, cuti melahirkan, atau cuti sakit lebih dari "
            "tiga bulan mendapat pengurangan target secara proporsional.",
            "JP yang melebihi target tidak dapat dipindahkan ke tahun berikutnya.",
        ],
        kind="ol",
    )
    F.h2("C. Contoh")
    F.p(
        "Seorang Perencana Ahli Pertama mengikuti pelatihan klasikal 16 JP, dua sesi coaching, "
        "dan satu webinar sehari penuh. Jumlah JP-nya adalah 16 + 4 + 4 = 24 JP, sehingga "
        f"target {T_OLD[1]} JP terpenuhi. Contoh lain dimuat pada Lampiran II."
    )

    # ---------------------------------------------------------------- BAB IV
    F.chapter("BAB IV", "BENTUK DAN JALUR PEMBELAJARAN")
    F.h2("A. Jalur Klasikal")
    F.p("Pembelajaran klasikal yang diakui dalam BELANTARA meliputi:")
    F.items(
        [
            "pelatihan struktural kepemimpinan (PKP, PKA, dan PKN Tingkat II);",
            "pelatihan teknis dan pelatihan fungsional;",
            "seminar, konferensi, dan sarasehan;",
            "workshop atau lokakarya;",
            "kursus dan bimbingan teknis; serta",
            "sosialisasi peraturan atau kebijakan.",
        ],
        kind="al",
    )
    F.h2("B. Jalur Nonklasikal")
    F.p(
        "Pembelajaran nonklasikal meliputi coaching, mentoring, e-learning, belajar mandiri, "
        "komunitas belajar (Kamis Berbagi), patok banding, magang, dan detasering. JP "
        "nonklasikal dihitung dengan tabel konversi berikut."
    )
    F.table(
        ["No", "Kegiatan", "Konversi JP", "Batas"],
        [[str(i), k[0], k[1], k[2]] for i, k in enumerate(KONVERSI, 1)],
        [10, 60, 56, 30],
        caption="Tabel 4.1 Konversi JP kegiatan nonklasikal",
        size=8.8,
    )
    F.p(
        "Jumlah JP dari e-learning dan belajar mandiri paling banyak 30% dari target JP "
        "tahunan pegawai. JP coaching dan mentoring paling banyak 12 JP per tahun. Satu sesi "
        "coaching atau mentoring diakui apabila berlangsung paling sedikit 60 menit dan "
        "dicatat dalam lembar sesi yang ditandatangani kedua pihak."
    )
    F.h2("C. Jenis Kompetensi")
    F.p(
        "Setiap kegiatan dikelompokkan menurut jenis kompetensi: teknis, manajerial, atau "
        "sosial kultural. Pegawai dianjurkan menyeimbangkan ketiganya dalam RBI, dengan porsi "
        "kompetensi teknis paling besar bagi pejabat fungsional."
    )

    # ---------------------------------------------------------------- BAB V
    F.chapter("BAB V", "PERENCANAAN PEMBELAJARAN")
    F.h2("A. Analisis Kebutuhan")
    F.p(
        "Perencanaan dimulai dengan dua analisis: analisis kesenjangan kompetensi, yaitu "
        "selisih antara kompetensi yang dituntut jabatan dan kompetensi pegawai saat ini, "
        "serta analisis kesenjangan kinerja, yaitu selisih antara target SKP dan realisasinya. "
        "Hasil penilaian kinerja tahun sebelumnya menjadi bahan utama."
    )
    F.h2("B. Rencana Belajar Individu")
    F.p("Setiap pegawai menyusun RBI dengan langkah sebagai berikut:")
    F.items(
        [
            "mengunduh formulir RBI dari APIK atau meminta kepada DBU;",
            "mengisi identitas, hasil analisis kesenjangan, dan paling sedikit tiga rencana "
            "kegiatan pembelajaran;",
            "membahas RBI dengan atasan langsung dalam dialog kinerja;",
            "meminta tanda tangan persetujuan atasan langsung; dan",
            "menyampaikan RBI kepada DBU untuk diunggah ke APIK.",
        ]
    )
    F.p(
        "RBI disampaikan paling lambat tanggal 31 Januari tahun berjalan. RBI dapat diubah "
        "satu kali pada bulan Juli dengan persetujuan atasan langsung."
    )
    F.h2("C. Rencana Tahunan dan Kalender")
    F.p(
        "TPK merekapitulasi seluruh RBI, menyusun prioritas, dan mengusulkan rencana "
        "pengembangan kompetensi tahunan yang ditetapkan Kepala Badan paling lambat 31 Maret."
    )
    F.table(
        ["Waktu", "Kegiatan", "Pelaksana"],
        [list(k) for k in KALENDER_2028],
        [40, 80, 40],
        caption="Tabel 5.1 Kalender BELANTARA 2028",
    )

    # ---------------------------------------------------------------- BAB VI
    F.chapter("BAB VI", "KATALOG PEMBELAJARAN 2028", orientation="L")
    F.p(
        "Katalog berikut memuat pembelajaran yang direncanakan dan dibiayai tahun 2028. "
        "Kegiatan di luar katalog tetap dapat diikuti apabila tercantum dalam RBI dan disetujui "
        "atasan langsung. Kuota adalah jumlah kursi untuk seluruh Bapperida."
    )
    F.table(
        [
            "Kode",
            "Nama pembelajaran",
            "Jenis",
            "Penyelenggara",
            "JP",
            "Metode",
            "Bulan",
            "Kuota",
            "Sasaran",
        ],
        [[k[0], k[1], k[2], k[3], str(k[4]), k[5], k[6], str(k[7]), k[8]] for k in KATALOG],
        [22, 56, 22, 44, 20, 18, 20, 14, 34],
        caption="Tabel 6.1 Katalog pembelajaran BELANTARA 2028",
        size=8.4,
        lh=4.0,
    )
    F.p(
        "Pendaftaran kegiatan internal dibuka paling lambat dua minggu sebelum pelaksanaan. "
        "Untuk kegiatan yang diselenggarakan instansi lain, pendaftaran mengikuti jadwal "
        "penyelenggara dan diajukan melalui Subbagian Umum dan Kepegawaian."
    )

    # ---------------------------------------------------------------- BAB VII
    F.chapter("BAB VII", "PELAKSANAAN DAN PEMBIAYAAN", orientation="P")
    F.h2("A. Pendaftaran dan Izin")
    F.items(
        [
            "Pegawai memilih kegiatan yang sesuai dengan RBI.",
            "Pegawai mengisi formulir pendaftaran dan meminta persetujuan atasan langsung.",
            "DBU meneruskan pendaftaran kepada Subbagian Umum dan Kepegawaian.",
            "Subbagian Umum dan Kepegawaian menerbitkan surat tugas untuk kegiatan di luar "
            "kantor atau yang dibiayai Bapperida.",
        ]
    )
    F.p(
        "Pembelajaran nonklasikal di tempat kerja, seperti coaching dan Kamis Berbagi, tidak "
        "memerlukan surat tugas."
    )
    F.h2("B. Pembiayaan")
    F.p(
        f"Pembelajaran dibiayai dari APBD {KOTA} pada sub-kegiatan pengembangan kompetensi "
        "aparatur. Ketentuan pembiayaan menurut Peraturan Kepala Badan Nomor 2 Tahun 2026:"
    )
    F.items(
        [
            "bantuan biaya sertifikasi profesi paling banyak Rp2.500.000 per pegawai per "
            "tahun, diberikan setelah pegawai lulus dan menyerahkan sertifikat;",
            "honor coach dan mentor internal sebesar Rp300.000 per sesi, paling banyak dua "
            "sesi per coachee per bulan;",
            "biaya perjalanan dinas pelatihan di luar kota mengikuti standar biaya Pemerintah "
            f"{KOTA}; dan",
            "pelatihan yang diikuti atas kemauan sendiri di luar RBI dibiayai pegawai, tetapi "
            "JP-nya tetap dapat diakui.",
        ],
        kind="al",
    )
    F.p(
        "Bantuan biaya sertifikasi tidak diberikan untuk sertifikasi yang sudah dibiayai "
        "pihak lain atau yang tidak berkaitan dengan jabatan."
    )

    # ---------------------------------------------------------------- BAB VIII
    F.chapter("BAB VIII", "PENCATATAN JP MELALUI APLIKASI APIK")
    F.h2("A. Unggah Bukti")
    F.p(
        f"Seluruh JP dicatat melalui aplikasi {SISTEM_OLD} ({SISTEM_OLD_LONG}). Pegawai "
        "mengunggah sertifikat atau bukti kegiatan paling lambat 14 hari kalender setelah "
        "kegiatan selesai. Bukti yang diterima adalah sertifikat, surat keterangan dari "
        "penyelenggara, lembar sesi coaching atau mentoring, daftar hadir Kamis Berbagi, atau "
        "ringkasan bacaan yang disahkan atasan."
    )
    F.h2("B. Verifikasi Dua Tingkat")
    F.p(
        "Entri diperiksa kelengkapannya oleh DBU, kemudian diverifikasi oleh Verifikator JP "
        "TPK. Status entri dalam APIK adalah Draf, Diajukan, Diperiksa DBU, Dikembalikan, dan "
        "Terverifikasi. Hanya entri berstatus Terverifikasi yang dihitung dalam capaian."
    )
    F.h2("C. Batas Akhir Input")
    F.p(
        "Input JP tahun berjalan ditutup pada 15 Desember. Kegiatan yang berlangsung setelah "
        "tanggal tersebut dicatat sebagai JP tahun berikutnya."
    )
    F.p(
        f"Catatan: {SISTEM_OLD} tidak terhubung dengan aplikasi kepegawaian nasional. Pegawai "
        "tetap perlu memutakhirkan riwayat pelatihan pada MyASN secara mandiri."
    )

    # ---------------------------------------------------------------- BAB IX
    F.chapter("BAB IX", "EVALUASI DAN LAPORAN PENERAPAN")
    F.h2("A. Evaluasi Empat Tingkat")
    F.p("Evaluasi BELANTARA mengadaptasi model Kirkpatrick empat tingkat:")
    F.table(
        ["Tingkat", "Yang diukur", "Cara", "Waktu"],
        [
            ["1 Reaksi", "Kepuasan peserta", "Kuesioner skala 1-5", "Akhir kegiatan"],
            [
                "2 Pembelajaran",
                "Pengetahuan dan keterampilan",
                "Pre-test dan post-test",
                "Awal dan akhir kegiatan",
            ],
            [
                "3 Perilaku",
                "Penerapan di tempat kerja",
                "LPHP dan verifikasi atasan",
                "Setelah kegiatan",
            ],
            [
                "4 Hasil",
                "Dampak pada kinerja unit",
                "Telaah capaian SKP dan indikator unit",
                "Akhir tahun",
            ],
        ],
        [24, 40, 50, 36],
        caption="Tabel 9.1 Tingkat evaluasi",
    )
    F.h2("B. Laporan Penerapan Hasil Pembelajaran")
    F.p(
        "Pegawai yang mengikuti pembelajaran klasikal paling sedikit 12 JP wajib menyusun LPHP "
        "paling lambat 30 hari kalender setelah kegiatan selesai. LPHP memuat:"
    )
    F.items(
        [
            "identitas kegiatan (nama, penyelenggara, tanggal, dan JP);",
            "tiga pelajaran utama;",
            "rencana tindak lanjut yang dikaitkan dengan SKP;",
            "hal yang sudah diterapkan beserta buktinya;",
            "kendala dan dukungan yang dibutuhkan; dan",
            "verifikasi atasan langsung.",
        ]
    )
    F.h2("C. Rapat Evaluasi")
    F.p(
        "TPK bersama DBU menyelenggarakan rapat evaluasi BELANTARA setiap triwulan untuk "
        "membahas capaian JP, kepatuhan LPHP, dan kendala pelaksanaan. Rapat evaluasi tahunan "
        "diadakan pada bulan Januari tahun berikutnya."
    )

    # ---------------------------------------------------------------- BAB X
    F.chapter("BAB X", "COACHING, MENTORING, DAN KOMUNITAS BELAJAR")
    F.h2("A. Coaching dan Mentoring")
    F.p(
        "Coaching bersifat singkat dan dua arah; coach membantu coachee menemukan jalan keluar "
        "sendiri dan tidak harus ahli dalam bidang coachee. Mentoring bersifat jangka panjang; "
        "mentor adalah pegawai senior atau ahli yang membagikan pengalaman untuk pengembangan "
        "karier mentee. Coach internal ditetapkan TPK dari pejabat struktural dan pejabat "
        "fungsional jenjang Ahli Madya."
    )
    F.h2("B. Klinik Perencana")
    F.p(
        "Klinik Perencana adalah layanan mentoring bagi Perencana Ahli Pertama dan Ahli Muda. "
        "Klinik dibuka setiap Selasa pertama setiap bulan pukul 09.00-11.00 WITA di Ruang "
        "Klinik Lantai 3 dan dibimbing oleh Perencana Ahli Madya secara bergiliran. Satu "
        "pertemuan klinik dihitung sebagai satu sesi mentoring."
    )
    F.h2("C. Kamis Berbagi")
    F.p(
        "Kamis Berbagi adalah komunitas belajar internal yang diadakan setiap Kamis minggu "
        "kedua dan keempat pukul 14.00-15.00 WITA di Aula Lantai 2 dan melalui rapat daring. "
        "Pemateri adalah pegawai yang baru mengikuti pelatihan atau memiliki praktik baik. "
        "Peserta memperoleh 1 JP per sesi; pemateri memperoleh 2 JP sebagai narasumber "
        "internal."
    )

    # ---------------------------------------------------------------- BAB XI
    F.chapter("BAB XI", "TUGAS BELAJAR DAN IZIN BELAJAR")
    F.h2("A. Tugas Belajar")
    F.p(
        "Tugas belajar diberikan untuk program magister (S2) dan doktor (S3) yang mendukung "
        "kebutuhan organisasi. Kuota tugas belajar paling banyak 2 orang per tahun. Syarat "
        "calon tugas belajar:"
    )
    F.items(
        [
            "berstatus PNS dengan masa kerja paling sedikit 2 tahun;",
            "berusia paling tinggi 37 tahun untuk S2 atau 42 tahun untuk S3 pada saat mulai studi;",
            "memiliki predikat kinerja paling rendah Baik dalam 2 tahun terakhir;",
            "tidak sedang menjalani hukuman disiplin; dan",
            "program studi terakreditasi paling rendah Baik Sekali dan sesuai prioritas Bapperida.",
        ]
    )
    F.p(
        "Pegawai tugas belajar wajib menjalani ikatan dinas selama masa studi ditambah 1 tahun "
        "setelah lulus. Pegawai yang tidak menyelesaikan studi tanpa alasan sah wajib "
        "mengembalikan biaya yang telah dikeluarkan."
    )
    F.h2("B. Izin Belajar")
    F.p(
        "Izin belajar diberikan kepada pegawai yang menempuh pendidikan atas biaya sendiri di "
        "luar jam kerja. Izin ditandatangani Kepala Badan setelah mendapat rekomendasi atasan "
        "langsung. Izin belajar tidak membebaskan pegawai dari target JP."
    )

    # ---------------------------------------------------------------- BAB XII
    F.chapter("BAB XII", "PENGHARGAAN DAN TINDAK LANJUT")
    F.h2("A. Pembelajar Teladan")
    F.p(
        "Setiap tahun TPK menetapkan tiga Pembelajar Teladan, masing-masing satu dari "
        "kategori pejabat struktural, pejabat fungsional, dan PPPK. Kriteria penilaian:"
    )
    F.items(
        [
            "capaian JP paling sedikit 150% dari target;",
            "seluruh LPHP disampaikan tepat waktu;",
            "berbagi pengetahuan paling sedikit satu kali sebagai pemateri Kamis Berbagi; dan",
            "predikat kinerja tahun berjalan paling rendah Baik.",
        ]
    )
    F.p(
        "Pembelajar Teladan menerima piagam dari Kepala Badan dan uang pembinaan sebesar "
        "Rp1.500.000."
    )
    F.h2("B. Pegawai yang Belum Memenuhi Target")
    F.p(
        "Pegawai yang belum memenuhi target JP dicatat dalam rekap tahunan, dibahas dalam "
        "dialog kinerja bersama atasan langsung, dan diprioritaskan dalam RBI tahun "
        "berikutnya. Capaian JP juga menjadi salah satu bahan pertimbangan pengembangan karier."
    )

    # ---------------------------------------------------------------- BAB XIII
    F.chapter("BAB XIII", "PENUTUP")
    F.p(
        "Pedoman ini berlaku sejak ditandatangani dan akan ditinjau paling lambat dua tahun "
        "sekali. Pertanyaan tentang pedoman ini dapat disampaikan kepada DBU masing-masing "
        f"atau kepada Sekretariat TPK melalui {EMAIL}."
    )
    F.p(FIKTIF, italic=True)

    # ---------------------------------------------------------------- LAMPIRAN
    F.chapter("LAMPIRAN I", "CONTOH PENGISIAN RENCANA BELAJAR INDIVIDU")
    F.kv(
        [
            ("Nama", "Contoh Pegawai, S.T."),
            ("Jabatan", "Perencana Ahli Pertama"),
            ("Unit kerja", "Bidang Infrastruktur dan Kewilayahan"),
            ("Target JP 2028", f"{T_OLD[1]} JP"),
        ]
    )
    F.table(
        ["No", "Kompetensi", "Kegiatan", "Kode", "JP", "Waktu"],
        [
            [
                "1",
                "Analisis spasial",
                "Sistem Informasi Geografis untuk Perencanaan Wilayah",
                "BLT-28-09",
                "24",
                "Mei",
            ],
            ["2", "Penulisan kajian", "Kamis Berbagi (4 sesi)", "-", "4", "Maret-Juni"],
            [
                "3",
                "Pengambilan keputusan",
                "Coaching oleh atasan langsung (2 sesi)",
                "-",
                "4",
                "Triwulan III",
            ],
        ],
        [8, 32, 60, 20, 10, 24],
        caption="Contoh rencana kegiatan (jumlah 32 JP)",
    )
    F.chapter("LAMPIRAN II", "CONTOH PERHITUNGAN JP")
    F.table(
        ["Kegiatan", "Perhitungan", "JP"],
        [
            ["Webinar setengah hari", "1 x 2 JP", "2"],
            ["Workshop 2 hari", "2 x 6 JP", "12"],
            ["Coaching 8 sesi", "8 x 2 JP = 16 JP, dibatasi", "12"],
            ["Kamis Berbagi 10 sesi", "10 x 1 JP", "10"],
            ["Patok banding ke Bappeda kota lain", "1 x 8 JP", "8"],
            ["E-learning 5 JP dalam satu hari", "dibatasi 3 JP per hari", "3"],
        ],
        [60, 70, 20],
        caption="Tabel L2.1 Contoh perhitungan menurut aturan 2026",
    )
    F.chapter("LAMPIRAN III", "DAFTAR DUTA BELAJAR UNIT 2028")
    F.table(
        ["Unit kerja", "Duta Belajar Unit", "Ekstensi"],
        [[u[0], DBU_2028.get(u[1], u[6]), u[7]] for u in UNITS],
        [80, 60, 20],
        caption="Tabel L3.1 Duta Belajar Unit 2028",
    )
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    return F.marks


# ============================================================================ regulations (PDF)
def _reg_head(F, nomor, tahun, tentang):
    F.center(f"PERATURAN KEPALA {BADAN.upper()}", 11.5)
    F.center(KOTA.upper(), 11.5)
    F.center(f"NOMOR {nomor} TAHUN {tahun}", 11.5)
    F.pdf.ln(3)
    F.center("TENTANG", 11)
    F.center(tentang.upper(), 11)
    F.pdf.ln(3)
    F.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", 10.5)
    F.pdf.ln(1)
    F.center(f"KEPALA {BADAN.upper()}\n{KOTA.upper()},", 10.5)
    F.pdf.ln(3)


def _pasal(F, n, ayat):
    F.need(20)
    F.center(f"Pasal {n}", 10.5)
    F.pdf.ln(1)
    if isinstance(ayat, (str, tuple)):
        ayat = [ayat]
    for i, a in enumerate(ayat, 1):
        sub = None
        if isinstance(a, tuple):
            a, sub = a
        text = f"({i}) {a}" if len(ayat) > 1 else a
        F.need(F.lines(text, F.width) * F.lh + 2)
        F.p(text)
        if sub:
            F.items(sub, kind="al", indent=8)


def _bab(F, num, title):
    F.need(34)
    F.pdf.ln(2)
    F.center(f"BAB {num}", 10.5)
    F.center(title, 10.5)
    F.pdf.ln(2)


OLD_TENTANG = f"Pedoman Pengembangan Kompetensi Pegawai di Lingkungan {SINGKAT} {KOTA}"
NEW_TENTANG = f"Program {PROGRAM_LONG} ({PROGRAM})"


def _defs(new):
    app = (
        f"{SISTEM} adalah {SISTEM_LONG}, aplikasi pencatatan perencanaan, JP, dan evaluasi "
        "pengembangan kompetensi pegawai Badan."
        if new
        else f"{SISTEM_OLD} adalah {SISTEM_OLD_LONG}, aplikasi pencatatan JP pegawai Badan."
    )
    return (
        "Dalam Peraturan ini yang dimaksud dengan:",
        [
            f"Badan adalah {BADAN} {KOTA}.",
            "Kepala Badan adalah Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi "
            f"Daerah {KOTA}.",
            "Pegawai adalah Pegawai Negeri Sipil (PNS) dan Pegawai Pemerintah dengan Perjanjian "
            "Kerja (PPPK) yang bekerja di lingkungan Badan.",
            "Pengembangan Kompetensi adalah upaya pemenuhan kebutuhan kompetensi Pegawai "
            "dengan standar kompetensi jabatan dan rencana pengembangan karier.",
            "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pembelajaran "
            "selama 45 (empat puluh lima) menit.",
            "Tim Pengelola Kompetensi yang selanjutnya disingkat TPK adalah tim yang "
            "ditetapkan Kepala Badan untuk mengelola pengembangan kompetensi Pegawai.",
            "Duta Belajar Unit yang selanjutnya disingkat DBU adalah Pegawai yang ditunjuk "
            "kepala unit kerja sebagai penghubung pengembangan kompetensi di unitnya.",
            "Rencana Belajar Individu yang selanjutnya disingkat RBI adalah rencana "
            "pengembangan kompetensi Pegawai selama 1 (satu) tahun yang disetujui atasan "
            "langsung.",
            "Laporan Penerapan Hasil Pembelajaran yang selanjutnya disingkat LPHP adalah "
            "laporan Pegawai mengenai penerapan hasil pembelajaran di tempat kerja.",
            app,
        ],
    )


def _reg_old():
    yield ("bab", "I", "KETENTUAN UMUM")
    yield ("pasal", _defs(False))
    yield ("bab", "II", "MAKSUD, TUJUAN, DAN RUANG LINGKUP")
    yield (
        "pasal",
        [
            "Peraturan ini dimaksudkan sebagai pedoman pengembangan kompetensi Pegawai.",
            "Peraturan ini bertujuan meningkatkan kompetensi teknis, manajerial, dan sosial "
            "kultural Pegawai secara terencana dan terukur.",
        ],
    )
    yield (
        "pasal",
        "Ruang lingkup Peraturan ini meliputi kewajiban JP, perencanaan, bentuk dan jalur, "
        "pelaksanaan dan pembiayaan, pencatatan dan evaluasi, tugas belajar dan izin belajar, "
        "serta penghargaan.",
    )
    yield ("bab", "III", "KEWAJIBAN JAM PELAJARAN")
    yield (
        "pasal",
        [
            "Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) "
            "JP dalam 1 (satu) tahun.",
            "Setiap PPPK wajib mengikuti pengembangan kompetensi paling sedikit 12 (dua belas) "
            "JP dalam 1 (satu) tahun.",
            "Pegawai yang mulai bertugas di Badan setelah tanggal 30 Juni wajib memenuhi "
            "setengah dari kewajiban sebagaimana dimaksud pada ayat (1) dan ayat (2).",
            "Pegawai yang sedang tugas belajar dibebaskan dari kewajiban sebagaimana dimaksud "
            "pada ayat (1).",
        ],
    )
    yield (
        "pasal",
        "Setiap Pegawai berhak memperoleh kesempatan pengembangan kompetensi sesuai RBI yang "
        "telah disetujui.",
    )
    yield ("bab", "IV", "PERENCANAAN")
    yield (
        "pasal",
        [
            "Setiap Pegawai menyusun RBI berdasarkan analisis kesenjangan kompetensi dan "
            "analisis kesenjangan kinerja.",
            "RBI disetujui atasan langsung dan disampaikan melalui DBU paling lambat tanggal "
            "31 Januari tahun berjalan.",
        ],
    )
    yield (
        "pasal",
        "TPK menyusun rencana pengembangan kompetensi tahunan berdasarkan rekapitulasi RBI "
        "untuk ditetapkan Kepala Badan paling lambat tanggal 31 Maret tahun berjalan.",
    )
    yield ("bab", "V", "BENTUK DAN JALUR")
    yield (
        "pasal",
        [
            "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan nonklasikal.",
            "Konversi JP kegiatan nonklasikal tercantum dalam Lampiran yang merupakan bagian "
            "tidak terpisahkan dari Peraturan ini.",
        ],
    )
    yield (
        "pasal",
        [
            "Jumlah JP dari e-learning dan belajar mandiri paling banyak 30% (tiga puluh "
            "persen) dari kewajiban JP tahunan Pegawai.",
            "Jumlah JP dari coaching dan mentoring paling banyak 12 (dua belas) JP dalam "
            "1 (satu) tahun.",
            "Peserta Kamis Berbagi memperoleh 1 (satu) JP untuk setiap sesi selama 60 (enam "
            "puluh) menit.",
        ],
    )
    yield ("bab", "VI", "PELAKSANAAN DAN PEMBIAYAAN")
    yield (
        "pasal",
        "Pegawai yang mengikuti pengembangan kompetensi di luar kantor atau yang dibiayai "
        "Badan diberikan surat tugas.",
    )
    yield (
        "pasal",
        [
            "Badan memberikan bantuan biaya sertifikasi profesi paling banyak Rp2.500.000,00 "
            "(dua juta lima ratus ribu rupiah) per Pegawai per tahun.",
            "Coach dan mentor internal diberikan honor sebesar Rp300.000,00 (tiga ratus ribu "
            "rupiah) per sesi.",
        ],
    )
    yield ("bab", "VII", "PENCATATAN DAN EVALUASI")
    yield (
        "pasal",
        [
            f"Pegawai mengunggah bukti pengembangan kompetensi melalui {SISTEM_OLD} paling "
            "lambat 14 (empat belas) hari kalender setelah kegiatan selesai.",
            "Input JP tahun berjalan ditutup pada tanggal 15 Desember.",
        ],
    )
    yield (
        "pasal",
        "Pegawai yang mengikuti pembelajaran klasikal paling sedikit 12 (dua belas) JP wajib "
        "menyampaikan LPHP paling lambat 30 (tiga puluh) hari kalender setelah kegiatan "
        "selesai.",
    )
    yield (
        "pasal",
        "TPK menyelenggarakan rapat evaluasi setiap triwulan.",
    )
    yield ("bab", "VIII", "TUGAS BELAJAR DAN IZIN BELAJAR")
    yield (
        "pasal",
        [
            "Kuota tugas belajar paling banyak 2 (dua) orang setiap tahun.",
            (
                "Calon tugas belajar harus memenuhi syarat:",
                [
                    "masa kerja sebagai PNS paling sedikit 2 (dua) tahun;",
                    "berusia paling tinggi 37 (tiga puluh tujuh) tahun untuk program magister "
                    "atau 42 (empat puluh dua) tahun untuk program doktor; dan",
                    "predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir.",
                ],
            ),
            "Pegawai tugas belajar menjalani ikatan dinas selama masa studi ditambah 1 (satu) "
            "tahun.",
        ],
    )
    yield (
        "pasal",
        "Izin belajar diberikan kepada Pegawai yang menempuh pendidikan atas biaya sendiri di "
        "luar jam kerja.",
    )
    yield ("bab", "IX", "PENGHARGAAN")
    yield (
        "pasal",
        "Kepala Badan memberikan penghargaan Pembelajar Teladan kepada 3 (tiga) Pegawai "
        "setiap tahun berupa piagam dan uang pembinaan sebesar Rp1.500.000,00 (satu juta lima "
        "ratus ribu rupiah).",
    )
    yield ("bab", "X", "KETENTUAN PENUTUP")
    yield ("pasal", "Peraturan ini mulai berlaku pada tanggal ditetapkan.")


def _reg_new():
    yield ("bab", "I", "KETENTUAN UMUM")
    yield ("pasal", _defs(True))
    yield ("bab", "II", "NAMA, MAKSUD, DAN TUJUAN")
    yield (
        "pasal",
        [
            f"Program pengembangan kompetensi Pegawai di lingkungan Badan diberi nama "
            f"{PROGRAM_LONG} yang selanjutnya disebut {PROGRAM}.",
            f"{PROGRAM} bertujuan membangun budaya belajar berkelanjutan yang terintegrasi "
            "dengan pengelolaan kinerja Pegawai.",
        ],
    )
    yield (
        "pasal",
        "Kegiatan Musrenbang, hibah riset kemitraan perguruan tinggi, magang mahasiswa, dan "
        f"lomba inovasi daerah tidak termasuk {PROGRAM}.",
    )
    yield ("bab", "III", "KEWAJIBAN JAM PELAJARAN")
    yield (
        "pasal",
        [
            (
                "Setiap Pegawai wajib mengikuti pengembangan kompetensi dalam 1 (satu) tahun "
                "paling sedikit:",
                [
                    "30 (tiga puluh) JP bagi PNS yang menduduki jabatan fungsional;",
                    "24 (dua puluh empat) JP bagi PNS lainnya; dan",
                    "20 (dua puluh) JP bagi PPPK.",
                ],
            ),
            "Pegawai yang mulai bertugas di Badan setelah tanggal 30 Juni wajib memenuhi "
            "setengah dari kewajiban sebagaimana dimaksud pada ayat (1).",
            "Pegawai yang sedang tugas belajar dibebaskan dari kewajiban sebagaimana dimaksud "
            "pada ayat (1).",
            "Paling sedikit 8 (delapan) JP dari kewajiban sebagaimana dimaksud pada ayat (1) "
            "berasal dari pembelajaran kompetensi teknis.",
        ],
    )
    yield (
        "pasal",
        [
            "Pegawai yang tidak memenuhi kewajiban JP selama 2 (dua) tahun berturut-turut "
            "tidak dapat diusulkan sebagai calon tugas belajar pada tahun berikutnya.",
            "Atasan langsung wajib membahas pemenuhan kewajiban JP dalam dialog kinerja "
            "paling sedikit 1 (satu) kali setiap semester.",
        ],
    )
    yield ("bab", "IV", "PERENCANAAN")
    yield (
        "pasal",
        [
            "Setiap Pegawai menyusun RBI berdasarkan analisis kesenjangan kompetensi dan "
            "analisis kesenjangan kinerja.",
            f"RBI disetujui atasan langsung dan diunggah melalui {SISTEM} paling lambat "
            "tanggal 15 Februari tahun berjalan.",
            "RBI dapat diubah 1 (satu) kali pada bulan Juli dengan persetujuan atasan langsung.",
        ],
    )
    yield (
        "pasal",
        "TPK menyusun rencana pengembangan kompetensi tahunan berdasarkan rekapitulasi RBI "
        "untuk ditetapkan Kepala Badan paling lambat tanggal 31 Maret tahun berjalan.",
    )
    yield ("bab", "V", "BENTUK DAN JALUR")
    yield (
        "pasal",
        [
            "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan nonklasikal.",
            "Konversi JP kegiatan nonklasikal tercantum dalam Lampiran yang merupakan bagian "
            "tidak terpisahkan dari Peraturan ini.",
        ],
    )
    yield (
        "pasal",
        [
            "Jumlah JP dari e-learning dan belajar mandiri paling banyak 50% (lima puluh "
            "persen) dari kewajiban JP tahunan Pegawai.",
            "Jumlah JP dari coaching dan mentoring paling banyak 20 (dua puluh) JP dalam "
            "1 (satu) tahun.",
            "Peserta Kamis Berbagi memperoleh 2 (dua) JP untuk setiap sesi selama 90 "
            "(sembilan puluh) menit.",
            "Patok banding dihitung 12 (dua belas) JP untuk setiap kegiatan.",
        ],
    )
    yield ("bab", "VI", "PELAKSANAAN DAN PEMBIAYAAN")
    yield (
        "pasal",
        "Pegawai yang mengikuti pengembangan kompetensi di luar kantor atau yang dibiayai "
        "Badan diberikan surat tugas.",
    )
    yield (
        "pasal",
        [
            "Badan memberikan bantuan biaya sertifikasi profesi paling banyak Rp4.000.000,00 "
            "(empat juta rupiah) per Pegawai per tahun.",
            "Coach dan mentor internal diberikan honor sebesar Rp450.000,00 (empat ratus lima "
            "puluh ribu rupiah) per sesi.",
            "Bantuan sebagaimana dimaksud pada ayat (1) diberikan setelah Pegawai lulus dan "
            f"mengunggah sertifikat ke {SISTEM}.",
        ],
    )
    yield ("bab", "VII", "PENCATATAN DAN EVALUASI")
    yield (
        "pasal",
        [
            f"Pegawai mengunggah bukti pengembangan kompetensi melalui {SISTEM} paling "
            "lambat 5 (lima) hari kerja setelah kegiatan selesai.",
            "DBU memeriksa kelengkapan bukti paling lama 2 (dua) hari kerja dan Verifikator "
            "JP memverifikasi paling lama 3 (tiga) hari kerja.",
            "Input JP tahun berjalan ditutup pada tanggal 10 Desember.",
        ],
    )
    yield (
        "pasal",
        "Pegawai yang mengikuti pembelajaran klasikal paling sedikit 12 (dua belas) JP wajib "
        "menyampaikan LPHP paling lambat 20 (dua puluh) hari kerja setelah kegiatan selesai.",
    )
    yield (
        "pasal",
        "TPK menyelenggarakan rapat evaluasi setiap semester dan rapat evaluasi tahunan pada "
        "bulan Januari tahun berikutnya.",
    )
    yield ("bab", "VIII", "TUGAS BELAJAR DAN IZIN BELAJAR")
    yield (
        "pasal",
        [
            "Kuota tugas belajar paling banyak 4 (empat) orang setiap tahun.",
            (
                "Calon tugas belajar harus memenuhi syarat:",
                [
                    "masa kerja sebagai PNS paling sedikit 2 (dua) tahun;",
                    "berusia paling tinggi 40 (empat puluh) tahun untuk program magister "
                    "atau 42 (empat puluh dua) tahun untuk program doktor;",
                    "predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir; dan",
                    "memenuhi kewajiban JP pada tahun sebelumnya.",
                ],
            ),
            "Pegawai tugas belajar menjalani ikatan dinas selama 2 (dua) kali masa studi.",
        ],
    )
    yield (
        "pasal",
        "Izin belajar diberikan kepada Pegawai yang menempuh pendidikan atas biaya sendiri di "
        "luar jam kerja.",
    )
    yield ("bab", "IX", "PENGHARGAAN")
    yield (
        "pasal",
        "Kepala Badan memberikan penghargaan Pembelajar Teladan kepada 3 (tiga) Pegawai "
        "setiap tahun berupa piagam dan uang pembinaan sebesar Rp2.000.000,00 (dua juta "
        "rupiah).",
    )
    yield ("bab", "X", "KETENTUAN PERALIHAN")
    yield (
        "pasal",
        [
            f"Data JP yang tercatat dalam {SISTEM_OLD} sampai dengan tanggal 31 Januari 2029 "
            f"dipindahkan ke {SISTEM}.",
            "RBI tahun 2029 yang telah disampaikan sebelum Peraturan ini berlaku tetap sah.",
            "Kewajiban JP sebagaimana dimaksud dalam Pasal 4 berlaku mulai tahun 2029.",
        ],
    )
    yield ("bab", "XI", "KETENTUAN PENUTUP")
    yield (
        "pasal",
        "Pada saat Peraturan ini mulai berlaku, Peraturan Kepala Badan Nomor 2 Tahun 2026 "
        f"tentang {OLD_TENTANG} dicabut dan dinyatakan tidak berlaku.",
    )
    yield ("pasal", "Peraturan ini mulai berlaku pada tanggal ditetapkan.")


REG = {
    "old": {
        "nomor": 2,
        "tahun": 2026,
        "tentang": OLD_TENTANG,
        "ditetapkan": "23 Maret 2026",
        "kaban": KABAN_OLD,
        "kaban_nip": KABAN_OLD_NIP,
        "body": _reg_old,
        "k": (1, 2),
        "menimbang": [
            "bahwa pegawai Badan perlu dikembangkan kompetensinya secara terencana untuk "
            "mendukung fungsi perencanaan, riset, dan inovasi daerah;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
            "menetapkan Peraturan Kepala Badan tentang Pedoman Pengembangan Kompetensi "
            "Pegawai.",
        ],
    },
    "new": {
        "nomor": 1,
        "tahun": 2029,
        "tentang": NEW_TENTANG,
        "ditetapkan": "9 Januari 2029",
        "kaban": KABAN,
        "kaban_nip": KABAN_NIP,
        "body": _reg_new,
        "k": (3, 4),
        "menimbang": [
            "bahwa pengembangan kompetensi merupakan kewajiban setiap pegawai ASN yang "
            "dilaksanakan melalui pembelajaran berkelanjutan dan terintegrasi;",
            "bahwa hasil evaluasi pelaksanaan Peraturan Kepala Badan Nomor 2 Tahun 2026 "
            "menunjukkan perlunya penyesuaian target JP, tenggat pencatatan, dan pembiayaan, "
            f"serta peralihan pencatatan dari {SISTEM_OLD} ke {SISTEM};",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, "
            f"perlu menetapkan Peraturan Kepala Badan tentang Program {PROGRAM}.",
        ],
    },
}


def render_reg(path, key):
    R = REG[key]
    title = f"Peraturan Kepala {SINGKAT} {KOTA} Nomor {R['nomor']} Tahun {R['tahun']}"
    pdf = _make_pdf(title, fam="R", header="", bottom=22)
    pdf.running = f"Peraturan Kepala Badan Nomor {R['nomor']} Tahun {R['tahun']}"
    pdf.footer_left = f"{SINGKAT} {KOTA} - {FIKTIF}"
    F = Flow(pdf, size=10.5, lh=5.3)
    pdf.add_page()
    _reg_head(F, R["nomor"], R["tahun"], R["tentang"])
    F.p("Menimbang :", bold=True, align="L")
    F.items(R["menimbang"], kind="al", indent=6)
    F.p("Mengingat :", bold=True, align="L")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara beserta peraturan pelaksanaannya;",
            "Peraturan Pemerintah tentang Manajemen Pegawai Negeri Sipil;",
            f"Peraturan Wali Kota {KOTA_SHORT} Nomor 48 Tahun 2025 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {SINGKAT};",
        ],
        indent=6,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(
        f"Menetapkan : PERATURAN KEPALA BADAN TENTANG {R['tentang'].upper()}.",
        bold=True,
        align="L",
    )
    n = 0
    for item in R["body"]():
        if item[0] == "bab":
            _bab(F, item[1], item[2])
        else:
            n += 1
            _pasal(F, n, item[1])
    F.p(f"Ditetapkan di {KOTA_SHORT}", align="L", indent=92)
    F.p(f"pada tanggal {R['ditetapkan']}", align="L", indent=92)
    F.sign(["KEPALA BADAN,", "", R["kaban"], f"NIP {R['kaban_nip']}"])
    pdf.add_page()
    F.p(
        f"LAMPIRAN\nPERATURAN KEPALA BADAN NOMOR {R['nomor']} TAHUN {R['tahun']}",
        bold=True,
        align="L",
        indent=80,
    )
    F.center("TABEL KONVERSI JP KEGIATAN NONKLASIKAL", 10.5)
    pdf.ln(2)
    a, b = R["k"]
    F.table(
        ["No", "Kegiatan", "Konversi JP", "Batas"],
        [[str(i), k[0], k[a], k[b]] for i, k in enumerate(KONVERSI, 1)],
        [10, 58, 56, 30],
        size=9.2,
        fill=(235, 235, 235),
    )
    F.sign(["KEPALA BADAN,", "", R["kaban"]])
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


def render_reg_old(path):
    return render_reg(path, "old")


def render_reg_new(path):
    return render_reg(path, "new")


# ============================================================================ slides (PDF)
SLIDE_DATE = "2029-01-16"


def _slide(pdf, n, title, bullets=None, table=None, note=None):
    pdf.add_page()
    pdf.set_fill_color(20, 90, 60)
    pdf.rect(0, 0, pdf.w, 22, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 19)
    pdf.set_xy(12, 6)
    pdf.cell(0, 10, title)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(14, 30)
    if bullets:
        for b in bullets:
            sub = b.startswith("- ")
            pdf.set_x(24 if sub else 14)
            pdf.set_font("S", "", 13 if sub else 15)
            pdf.cell(7, 8, "\u2013" if sub else "\u25aa")
            pdf.multi_cell(
                pdf.w - 40, 8, b[2:] if sub else b, align="L", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(1.5)
    if table:
        header, rows, widths = table
        F = Flow(pdf, size=12, lh=6)
        pdf.set_x(14)
        F.table(header, rows, widths, size=12, lh=6, fill=(214, 234, 222))
    if note:
        pdf.set_font("S", "I", 10)
        pdf.set_xy(14, pdf.h - 22)
        pdf.multi_cell(pdf.w - 28, 5, note, align="L")
    pdf.set_font("S", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(12, pdf.h - 10)
    pdf.cell(0, 5, f"Sosialisasi Perka 1/2029 - TPK {SINGKAT} - {FIKTIF}")
    pdf.set_xy(pdf.w - 30, pdf.h - 10)
    pdf.cell(18, 5, str(n), align="R")
    pdf.set_text_color(0, 0, 0)


def render_slides(path):
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format=(142.9, 254))
    pdf.fam = "S"
    _pdf_setup(pdf, f"Paparan Sosialisasi Peraturan Kepala Badan Nomor 1 Tahun 2029 - {PROGRAM}")
    pdf.set_auto_page_break(False)
    pdf.set_margins(14, 14, 14)
    # 1 title
    pdf.add_page()
    pdf.set_fill_color(20, 90, 60)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 24)
    pdf.set_xy(14, 30)
    pdf.multi_cell(
        pdf.w - 28,
        11,
        "Sosialisasi Peraturan Kepala Badan\nNomor 1 Tahun 2029",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("S", "", 16)
    pdf.ln(3)
    pdf.multi_cell(
        pdf.w - 28,
        8,
        f"Program {PROGRAM}: apa yang berubah mulai 2029?",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(10)
    pdf.set_font("S", "", 12)
    pdf.multi_cell(
        pdf.w - 28,
        6,
        f"Tim Pengelola Kompetensi {SINGKAT} {KOTA}\n{htgl(SLIDE_DATE)} - Aula Lantai 2\n"
        f"Pemapar: {ANALIS} dan {KASUBBAG}\n{FIKTIF}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    _slide(
        pdf,
        2,
        "Agenda",
        [
            "Mengapa aturan 2026 diganti",
            "Target JP baru",
            "Tenggat baru",
            "Konversi JP yang berubah",
            "Pembiayaan dan penghargaan",
            "Tugas belajar",
            f"Peralihan ke {SISTEM}",
            "Tanya jawab",
        ],
    )
    _slide(
        pdf,
        3,
        "Mengapa aturan 2026 diganti?",
        [
            "Undang-undang ASN terbaru: pengembangan kompetensi adalah KEWAJIBAN setiap ASN",
            f"Tahun 2028: {BELUM_2028} pegawai belum memenuhi target JP",
            "LPHP yang disampaikan tepat waktu baru 71,4%",
            f"{SISTEM_OLD} tidak dapat dipakai dari ponsel dan sering lambat",
            "Perencana butuh porsi belajar teknis yang lebih besar",
        ],
    )
    _slide(
        pdf,
        4,
        "Target JP per tahun",
        table=(
            ["Kelompok", "Aturan 2026", "Mulai 2029"],
            [
                ["PNS jabatan fungsional", f"{T_OLD[1]} JP", f"{T_NEW[1]} JP"],
                ["PNS lainnya", f"{T_OLD[0]} JP", f"{T_NEW[0]} JP"],
                ["PPPK", f"{T_OLD[2]} JP", f"{T_NEW[2]} JP"],
            ],
            [90, 50, 50],
        ),
        note=f"Target seluruh Bapperida naik dari {ribuan(TGT_OLD_TOTAL)} JP menjadi "
        f"{ribuan(TGT_NEW_TOTAL)} JP. Minimal 8 JP harus dari kompetensi teknis.",
    )
    _slide(
        pdf,
        5,
        "Tenggat baru",
        [
            "RBI 2029: paling lambat 15 Februari 2029 (dulu 31 Januari)",
            "Unggah sertifikat: 5 hari kerja (dulu 14 hari kalender)",
            "LPHP: 20 hari kerja (dulu 30 hari kalender)",
            "Input JP tahunan ditutup 10 Desember (dulu 15 Desember)",
            "Rapat evaluasi: setiap semester (dulu setiap triwulan)",
        ],
    )
    _slide(
        pdf,
        6,
        "Konversi JP: yang berubah dan yang tetap",
        [
            "Berubah:",
            "- Coaching dan mentoring: maksimal 20 JP per tahun",
            "- E-learning + belajar mandiri: maksimal 50% dari target",
            "- Kamis Berbagi: 2 JP per sesi, durasi 90 menit",
            "- Patok banding: 12 JP per kegiatan",
            "Tetap:",
            "- 1 JP = 45 menit; coaching 2 JP per sesi",
            "- E-learning maksimal 3 JP per hari",
        ],
    )
    _slide(
        pdf,
        7,
        "Pembiayaan dan penghargaan",
        [
            "Bantuan sertifikasi profesi: maks. Rp4.000.000 per pegawai per tahun",
            "Honor coach/mentor internal: Rp450.000 per sesi",
            "Pembelajar Teladan: piagam + uang pembinaan Rp2.000.000",
            "Bantuan dicairkan setelah lulus dan sertifikat diunggah",
        ],
    )
    _slide(
        pdf,
        8,
        "Tugas belajar",
        [
            "Kuota: 4 orang per tahun (dulu 2)",
            "Usia maksimal: S2 40 tahun, S3 tetap 42 tahun",
            "Ikatan dinas: 2 kali masa studi",
            "Syarat baru: memenuhi target JP tahun sebelumnya",
            "Tidak memenuhi target 2 tahun berturut-turut = tidak dapat diusulkan",
        ],
    )
    _slide(
        pdf,
        9,
        f"Peralihan {SISTEM_OLD} ke {SISTEM}",
        [
            f"{SISTEM_OLD} ditutup untuk input: 31 Januari 2029 pukul 16.00 WITA",
            f"{SISTEM} aktif: 1 Februari 2029",
            "Login memakai NIP; kata sandi awal dikirim lewat pos-el dinas",
            "Pelatihan DBU: 5 Februari 2029",
            f"{SISTEM} belum terhubung ke SIASN: riwayat di MyASN tetap diperbarui sendiri",
        ],
    )
    _slide(
        pdf,
        10,
        f"Bukan {PROGRAM}",
        [
            "Musrenbang RKPD",
            "Hibah Riset Kemitraan Perguruan Tinggi",
            "Magang Mahasiswa",
            'Lomba Inovasi Daerah "Kelumpang Berinovasi"',
            "Menjadi panitia kegiatan di atas = tugas jabatan, bukan JP",
        ],
    )
    _slide(
        pdf,
        11,
        "Kontak",
        [
            f"Koordinator Perencanaan Pembelajaran: {ANALIS} (ekstensi 105)",
            f"Helpdesk {SISTEM}: WhatsApp {WA_HELP}",
            f"Pos-el: {EMAIL}",
            "Terima kasih - mari belajar berkelanjutan!",
        ],
    )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ announcement letter (PDF)
PENG_NO = "800.2.3/047/BPRD-UMPEG/II/2029"
PENG_OLD_NO = "800.2.3/021/BPRD-UMPEG/I/2029"


def _kop(pdf):
    pdf.set_draw_color(40, 40, 40)
    pdf.rect(20, 12, 20, 24, style="D")
    pdf.set_font("R", "B", 6)
    pdf.set_xy(20, 22)
    pdf.cell(20, 3, "LAMBANG", align="C")
    pdf.set_xy(42, 12)
    w = pdf.w - 42 - 16
    pdf.set_font("R", "B", 12.5)
    pdf.cell(w, 6, f"PEMERINTAH {KOTA.upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(42)
    pdf.set_font("R", "B", 12)
    pdf.multi_cell(w, 5.6, BADAN.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(42)
    pdf.set_font("R", "", 8.5)
    pdf.multi_cell(
        w,
        4,
        f"{ALAMAT}, Telepon {TELP}\nLaman www.{DOMAIN}  Pos-el sekretariat@{DOMAIN}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = max(pdf.get_y(), 38) + 2
    pdf.set_line_width(1.0)
    pdf.line(16, y, pdf.w - 16, y)
    pdf.set_line_width(0.3)
    pdf.line(16, y + 1.4, pdf.w - 16, y + 1.4)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 6)


def render_pengumuman(path):
    pdf = _make_pdf(
        "Pengumuman Perpanjangan Pendaftaran Seleksi Tugas Belajar 2029", fam="R", bottom=18
    )
    pdf.footer_left = FIKTIF
    F = Flow(pdf, size=10.4, lh=5.1)
    pdf.add_page()
    _kop(pdf)
    F.center("PENGUMUMAN", 12)
    F.center(f"NOMOR {PENG_NO}", 10.5, style="")
    pdf.ln(2)
    F.center("TENTANG", 10.5)
    F.center("PERPANJANGAN MASA PENDAFTARAN SELEKSI CALON PEGAWAI\nTUGAS BELAJAR TAHUN 2029", 10.5)
    pdf.ln(3)
    F.p(
        f"Menindaklanjuti Pengumuman Nomor {PENG_OLD_NO} tanggal 22 Januari 2029 tentang "
        "Seleksi Calon Pegawai Tugas Belajar Tahun 2029, dengan ini diumumkan hal-hal sebagai "
        "berikut:"
    )
    F.items(
        [
            "Sampai dengan batas akhir pendaftaran pada hari Rabu, 14 Februari 2029, jumlah "
            "pendaftar yang memenuhi syarat administrasi baru 3 orang, sedangkan kuota "
            "tugas belajar tahun 2029 adalah 4 (empat) orang sesuai Peraturan Kepala Badan "
            "Nomor 1 Tahun 2029.",
            "Masa pendaftaran DIPERPANJANG sampai dengan hari Rabu, 28 Februari 2029 pukul "
            "15.00 WITA.",
            "Pendaftar yang telah mendaftar sebelum perpanjangan tidak perlu mendaftar ulang "
            "dan dapat melengkapi berkas selama masa perpanjangan.",
            "Jadwal seleksi disesuaikan sebagaimana tercantum pada Lampiran I.",
        ],
    )
    F.p("Persyaratan calon pegawai tugas belajar:", bold=True, align="L")
    F.items(
        [
            "PNS dengan masa kerja paling sedikit 2 (dua) tahun;",
            "usia paling tinggi 40 (empat puluh) tahun untuk program magister dan 42 (empat "
            "puluh dua) tahun untuk program doktor pada tanggal 1 Agustus 2029;",
            "predikat kinerja paling rendah Baik pada tahun 2027 dan 2028;",
            "memenuhi target JP tahun 2028;",
            "mendapat rekomendasi tertulis dari kepala unit kerja; dan",
            "telah memperoleh surat penerimaan (Letter of Acceptance) atau bukti pendaftaran "
            "pada program studi tujuan.",
        ],
        kind="al",
    )
    F.p(
        "Program studi prioritas tahun 2029 tercantum pada Lampiran II. Berkas disampaikan "
        "dalam satu berkas PDF melalui pos-el " + EMAIL + ' dengan subjek "TUBEL2029_NAMA", '
        "atau diserahkan langsung ke Subbagian Umum dan Kepegawaian Lantai 1."
    )
    F.p("Demikian pengumuman ini disampaikan untuk diketahui dan dilaksanakan.")
    F.sign(
        [
            f"{KOTA_SHORT}, 13 Februari 2029",
            "a.n. KEPALA BADAN",
            "SEKRETARIS,",
            "",
            SEKRETARIS,
            "Pembina Tingkat I (IV/b)",
            f"NIP {SEKRETARIS_NIP}",
        ]
    )
    F.p("Tembusan:", bold=True, align="L", size=9.5)
    F.items(
        [
            "Kepala Badan (sebagai laporan);",
            "Kepala Bidang dan Kepala UPT di lingkungan Badan;",
            "Arsip.",
        ]
    )
    # lampiran I
    pdf.add_page()
    F.p(f"LAMPIRAN I\nPENGUMUMAN NOMOR {PENG_NO}", bold=True, align="L", indent=80)
    F.center("JADWAL SELEKSI SETELAH PERPANJANGAN", 11)
    pdf.ln(2)
    F.table(
        ["Tahap", "Kegiatan", "Jadwal semula", "Jadwal baru"],
        [
            [
                "I",
                "Pendaftaran dan pengumpulan berkas",
                "22 Januari - 14 Februari 2029",
                "22 Januari - 28 Februari 2029",
            ],
            ["II", "Seleksi administrasi", "15 - 19 Februari 2029", "1 - 5 Maret 2029"],
            ["III", "Tes potensi akademik dan wawancara", htgl("2029-02-26"), htgl("2029-03-12")],
            ["IV", "Pengumuman hasil seleksi", htgl("2029-03-05"), htgl("2029-03-19")],
            ["V", "Penerbitan surat tugas belajar", "Juni 2029", "Juni 2029"],
        ],
        [16, 58, 48, 48],
        size=9.5,
        fill=(235, 235, 235),
    )
    F.p(
        "Tes potensi akademik dan wawancara dilaksanakan di Ruang Rapat Batang Kelumpang, "
        "Lantai 3, mulai pukul 08.30 WITA. Peserta membawa kartu identitas pegawai.",
        size=10,
    )
    F.p(f"LAMPIRAN II\nPENGUMUMAN NOMOR {PENG_NO}", bold=True, align="L", indent=80)
    F.center("PROGRAM STUDI PRIORITAS TAHUN 2029", 11)
    pdf.ln(2)
    F.table(
        ["No", "Program studi", "Jenjang", "Unit pengusul"],
        [
            ["1", "Perencanaan Wilayah dan Kota", "S2", "Bidang IKW"],
            ["2", "Statistika Terapan atau Sains Data", "S2", "Bidang PEDP"],
            ["3", "Kebijakan Publik", "S2", "Bidang P3M dan Bidang RIDA"],
            ["4", "Ekonomi Pembangunan", "S2", "Bidang PSDA"],
            ["5", "Studi Pembangunan", "S3", "Seluruh bidang"],
        ],
        [10, 80, 20, 50],
        size=9.5,
        fill=(235, 235, 235),
    )
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


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
    cp.author = f"{SINGKAT} {KOTA}"
    cp.subject = FIKTIF
    cp.comments = FIKTIF
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = author
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in doc.sections:
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(2.0)
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
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def docx_table(
    doc, header, rows, widths=None, size=9.5, bold_last=False, aligns=None, shade="D6E4F0"
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


def label_table(doc, pairs, widths=(4.5, 12.5), size=9.5):
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
SOP_NO = "SOP/BPRD-UMPEG/04/2029"
SOP_STEPS = [
    (
        "Mengunggah sertifikat atau bukti kegiatan ke SI-RAKIT dan mengisi data kegiatan",
        "Pegawai",
        "Sertifikat, surat keterangan, atau lembar sesi",
        "paling lambat 5 hari kerja setelah kegiatan selesai",
        "Entri berstatus Diajukan",
    ),
    (
        "Memeriksa kelengkapan bukti, kesesuaian nama, tanggal, dan jenis kegiatan",
        "DBU",
        "Entri Diajukan",
        "2 hari kerja",
        "Entri berstatus Diperiksa DBU atau Dikembalikan",
    ),
    (
        "Memperbaiki entri yang dikembalikan sesuai catatan DBU atau Verifikator",
        "Pegawai",
        "Catatan pengembalian",
        "3 hari kerja",
        "Entri berstatus Diajukan kembali",
    ),
    (
        "Memverifikasi konversi JP dan batas per jenis kegiatan",
        "Verifikator JP",
        "Entri Diperiksa DBU, tabel konversi",
        "3 hari kerja",
        "Entri berstatus Terverifikasi",
    ),
    (
        "Menyusun rekap capaian JP bulanan per unit",
        "Koordinator Data dan Aplikasi",
        "Entri Terverifikasi",
        "setiap tanggal 3 bulan berikutnya",
        "Rekap bulanan",
    ),
    (
        "Menyetujui rekap bulanan dan mengirimkannya kepada kepala unit",
        "Kasubbag Umum dan Kepegawaian",
        "Rekap bulanan",
        "setiap tanggal 5 bulan berikutnya",
        "Rekap bulanan disetujui",
    ),
    (
        "Mengingatkan pegawai yang capaian JP-nya di bawah rencana",
        "DBU",
        "Rekap bulanan",
        "1 hari kerja setelah rekap diterima",
        "Pesan pengingat",
    ),
]


def write_sop(path):
    doc = new_docx("SOP Verifikasi JP pada SI-RAKIT")
    para(doc, f"PEMERINTAH {KOTA.upper()}", bold=True, align="center", after=0)
    para(doc, BADAN.upper(), bold=True, align="center", after=6)
    para(doc, "STANDAR OPERASIONAL PROSEDUR", bold=True, size=13, align="center", after=0)
    para(doc, "PENCATATAN DAN VERIFIKASI JP PADA SI-RAKIT", bold=True, size=12, align="center")
    label_table(
        doc,
        [
            ("Nomor SOP", SOP_NO),
            ("Tanggal pembuatan", "1 Februari 2029"),
            ("Tanggal revisi", "- (revisi ke-0)"),
            ("Tanggal efektif", "5 Februari 2029"),
            ("Disahkan oleh", f"Kepala Badan, {KABAN}"),
            ("Nama SOP", "Pencatatan dan Verifikasi JP pada SI-RAKIT"),
            ("Dasar hukum", f"Peraturan Kepala Badan Nomor 1 Tahun 2029 tentang Program {PROGRAM}"),
            (
                "Kualifikasi pelaksana",
                "Memahami tabel konversi JP; mampu mengoperasikan "
                "SI-RAKIT; DBU dan Verifikator telah mengikuti pelatihan SI-RAKIT",
            ),
            ("Keterkaitan", "SOP Penyusunan RBI; SOP Penyusunan LPHP"),
            (
                "Peralatan",
                "Komputer atau ponsel dengan akses internet, akun SI-RAKIT, pemindai dokumen",
            ),
            (
                "Peringatan",
                "Entri tanpa bukti tidak diproses. Entri untuk kegiatan yang "
                "selesai lebih dari 60 hari kalender sebelum tanggal unggah hanya diproses "
                "dengan persetujuan Kasubbag Umum dan Kepegawaian.",
            ),
            (
                "Pencatatan dan pendataan",
                "Riwayat status entri tersimpan otomatis di SI-RAKIT; "
                "rekap bulanan diarsipkan Subbagian Umum dan Kepegawaian",
            ),
        ],
    )
    heading(doc, "Uraian Prosedur", level=2)
    docx_table(
        doc,
        ["No", "Kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output"],
        [[str(i), s[0], s[1], s[2], s[3], s[4]] for i, s in enumerate(SOP_STEPS, 1)],
        widths=(1.0, 5.2, 2.6, 3.2, 2.8, 3.2),
        size=9,
    )
    heading(doc, "Ketentuan Tambahan", level=2)
    numbered(
        doc,
        [
            "Ukuran berkas bukti paling besar 10 MB dalam format PDF, JPG, atau PNG.",
            "Satu entri hanya untuk satu kegiatan; sertifikat gabungan dipecah per kegiatan.",
            "Entri coaching dan mentoring dilampiri lembar sesi yang ditandatangani coach dan "
            "coachee.",
            "Apabila DBU berhalangan lebih dari 2 hari kerja, pemeriksaan dilakukan langsung "
            "oleh Verifikator JP.",
            "Keberatan atas hasil verifikasi diajukan kepada Ketua TPK paling lambat 5 hari "
            "kerja setelah status Terverifikasi.",
        ],
    )
    para(doc, FIKTIF, italic=True, size=9)
    sign_block(doc, [f"{KOTA_SHORT}, 1 Februari 2029", "Kepala Badan,", "", "", KABAN])
    doc.save(path)


# ============================================================================ minutes (DOCX)
NOT_DATE = "2029-01-12"
TELADAN_2028 = [
    (
        "Pejabat struktural",
        "Rizky Amalia Putri, S.E., M.Ak.",
        "Kepala Subbagian Perencanaan dan Keuangan",
        "61 JP",
    ),
    (
        "Pejabat fungsional",
        "Eko Prasetyo Wibowo, S.T., M.T.",
        "Perencana Ahli Muda, Bidang IKW",
        "74 JP",
    ),
    ("PPPK", "Sri Handayani, A.Md.", "Pranata Komputer Terampil, UPT LIK", "30 JP"),
]


def write_notulen(path):
    doc = new_docx("Notulen Rapat Evaluasi Tahunan BELANTARA 2028")
    para(doc, "NOTULEN RAPAT", bold=True, size=13, align="center", after=0)
    para(doc, f"EVALUASI TAHUNAN PROGRAM {PROGRAM} TAHUN 2028", bold=True, align="center")
    label_table(
        doc,
        [
            ("Hari, tanggal", htgl(NOT_DATE)),
            ("Waktu", "08.30 - 11.45 WITA"),
            ("Tempat", "Ruang Rapat Batang Kelumpang, Lantai 3"),
            ("Pimpinan rapat", f"{SEKRETARIS} (Sekretaris, Ketua TPK)"),
            ("Notulis", VERIF2),
            (
                "Peserta",
                "TPK, 7 DBU, Kepala Bidang, dan Kepala UPT (daftar hadir terlampir; "
                "19 orang hadir)",
            ),
            (
                "Agenda",
                "1. Capaian JP 2028; 2. Kepatuhan LPHP; 3. Pembelajar Teladan 2028; "
                "4. Persiapan penerapan Perka 1/2029 dan SI-RAKIT; 5. Lain-lain",
            ),
        ],
    )
    heading(doc, "1. Capaian JP 2028", level=2)
    para(
        doc,
        f"Koordinator Perencanaan Pembelajaran ({ANALIS}) memaparkan bahwa total JP "
        f"terverifikasi tahun 2028 adalah {ribuan(JP_2028)} JP dari target {ribuan(TGT_OLD_TOTAL)} "
        f"JP ({koma(CAP_TOTAL)}%). Sebanyak {N_PEG - BELUM_2028} dari {N_PEG} pegawai "
        f"({koma(PCT_MEMENUHI)}%) memenuhi target; {BELUM_2028} pegawai belum memenuhi. Unit "
        "dengan pegawai belum memenuhi target terbanyak adalah Sekretariat (7 orang) dan UPT "
        "Laboratorium Inovasi Kota (6 orang). Bidang RIDA menjadi satu-satunya unit yang "
        "seluruh pegawainya memenuhi target.",
        align="justify",
    )
    docx_table(
        doc,
        ["Unit", "Target 2028 (JP)", "Realisasi (JP)", "Capaian", "Belum memenuhi"],
        [[u[1], str(target_old(u)), str(u[8]), f"{koma(cap(u))}%", str(u[9])] for u in UNITS]
        + [
            [
                "Jumlah",
                ribuan(TGT_OLD_TOTAL),
                ribuan(JP_2028),
                f"{koma(CAP_TOTAL)}%",
                str(BELUM_2028),
            ]
        ],
        bold_last=True,
        size=9.5,
    )
    heading(doc, "2. Kepatuhan LPHP", level=2)
    para(
        doc,
        "Dari 84 LPHP yang wajib disusun tahun 2028, sebanyak 60 disampaikan tepat waktu "
        "(71,4%), 17 terlambat, dan 7 belum disampaikan sampai rapat ini. Kendala yang paling "
        "sering disebut: beban kerja penyusunan dokumen RKPD dan KUA-PPAS pada bulan Juni-Agustus, "
        "serta format LPHP yang dinilai terlalu panjang.",
        align="justify",
    )
    heading(doc, "3. Pembelajar Teladan 2028", level=2)
    para(doc, "Rapat menyepakati tiga Pembelajar Teladan 2028:")
    docx_table(
        doc,
        ["Kategori", "Nama", "Jabatan dan unit", "JP 2028"],
        [list(t) for t in TELADAN_2028],
        size=9.5,
    )
    para(
        doc,
        "Karena ditetapkan untuk tahun 2028, uang pembinaan mengikuti aturan lama, yaitu "
        "Rp1.500.000 per orang. Penyerahan piagam dilakukan pada apel pagi Senin, 22 Januari "
        "2029.",
    )
    heading(doc, "4. Persiapan Perka 1/2029 dan SI-RAKIT", level=2)
    bullets(
        doc,
        [
            "Perka 1/2029 telah ditetapkan 9 Januari 2029; target JP naik menjadi 30 JP (PNS "
            "jabatan fungsional), 24 JP (PNS lainnya), dan 20 JP (PPPK).",
            f"Dengan komposisi pegawai saat ini target seluruh Badan menjadi "
            f"{ribuan(TGT_NEW_TOTAL)} JP.",
            f"Koordinator Data dan Aplikasi, {PRAKOM}, melaporkan migrasi data APIK sudah 80%.",
            "Rencana anggaran sub-kegiatan pengembangan kompetensi aparatur 2029 sebesar "
            f"Rp{ribuan(ANGGARAN_TOTAL)}, termasuk 72 sesi honor coach dan mentor internal.",
            f"Mulai 1 Februari 2029 Koordinator Data dan Aplikasi dijabat {PRAKOM_NEW} karena "
            f"{PRAKOM} dimutasi ke Dinas Komunikasi dan Informatika.",
            "DBU Bidang PSDA berganti dari Wahyu Hidayat, S.E. kepada Rina Marlina Tambunan, "
            "S.P. mulai Januari 2029.",
        ],
    )
    heading(doc, "5. Lain-lain", level=2)
    para(
        doc,
        "Kepala Bidang RIDA mengingatkan agar penjurian Lomba Inovasi Daerah dan seleksi Hibah "
        "Riset Kemitraan tidak dicatat sebagai JP karena merupakan tugas jabatan. Kepala Bidang "
        "PEDP mengusulkan agar Kamis Berbagi 8 Februari 2029 membahas dasbor capaian RKPD.",
        align="justify",
    )
    heading(doc, "Keputusan dan Tindak Lanjut", level=2)
    docx_table(
        doc,
        ["No", "Tindak lanjut", "Penanggung jawab", "Batas waktu"],
        [
            ["1", "Sosialisasi Perka 1/2029 kepada seluruh pegawai", ANALIS, "16 Januari 2029"],
            ["2", "Menyelesaikan migrasi data APIK ke SI-RAKIT", PRAKOM, "31 Januari 2029"],
            ["3", "Pelatihan SI-RAKIT bagi DBU", PRAKOM_NEW, "5 Februari 2029"],
            ["4", "Menetapkan kuota kursi pelatihan 2029 per unit", KASUBBAG, "9 Februari 2029"],
            [
                "5",
                "Pendampingan pegawai Sekretariat dan UPT LIK yang belum memenuhi target",
                "DBU Sekretariat dan DBU UPT LIK",
                "28 Februari 2029",
            ],
            [
                "6",
                "Menyederhanakan format LPHP menjadi paling banyak 2 halaman",
                ANALIS,
                "15 Februari 2029",
            ],
            [
                "7",
                "Mengusulkan tambahan pagu bantuan sertifikasi pada APBD Perubahan 2029",
                BENDAHARA,
                "30 April 2029",
            ],
        ],
        size=9,
    )
    para(doc, "Rapat ditutup pukul 11.45 WITA.")
    sign_block(
        doc,
        ["Mengetahui,", "Pimpinan Rapat", "", "", SEKRETARIS],
        align="left",
    )
    sign_block(doc, ["Notulis", "", "", VERIF2], align="right")
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ form (DOCX)
def write_formulir(path):
    doc = new_docx("Formulir Rencana Belajar Individu 2029")
    para(doc, "F-BLT-01 Rev. 02", size=8.5, align="right", after=0)
    para(
        doc, "FORMULIR RENCANA BELAJAR INDIVIDU (RBI)", bold=True, size=13, align="center", after=0
    )
    para(doc, f"PROGRAM {PROGRAM} TAHUN 2029", bold=True, align="center")
    para(doc, f"{BADAN} {KOTA}", align="center", size=9.5)
    heading(doc, "Petunjuk Pengisian", level=2)
    numbered(
        doc,
        [
            "Isi seluruh kolom; kolom bertanda * wajib diisi.",
            "Target JP 2029: 30 JP untuk PNS jabatan fungsional, 24 JP untuk PNS lainnya, "
            "dan 20 JP untuk PPPK.",
            "Tuliskan paling sedikit 3 rencana kegiatan; jumlah perkiraan JP paling sedikit "
            "sama dengan target JP Anda.",
            "Paling sedikit 8 JP berasal dari kompetensi teknis.",
            "Gunakan kode katalog BLT-29 bila kegiatan ada dalam katalog; kegiatan di luar "
            'katalog ditulis "non-katalog".',
            "Bahas RBI dengan atasan langsung, lalu minta tanda tangan persetujuan.",
            "Unggah RBI yang sudah ditandatangani ke SI-RAKIT menu Rencana Belajar paling "
            "lambat 15 Februari 2029. Bila mengalami kendala, serahkan berkas kepada DBU.",
        ],
    )
    heading(doc, "A. Identitas Pegawai", level=2)
    label_table(
        doc,
        [
            ("Nama*", ""),
            ("NIP/NI PPPK*", ""),
            ("Jabatan*", ""),
            ("Unit kerja*", ""),
            ("Status (PNS JF / PNS lainnya / PPPK)*", ""),
            ("Target JP 2029*", ""),
            ("Predikat kinerja 2028", ""),
        ],
        widths=(6.5, 10.5),
    )
    heading(doc, "B. Analisis Kesenjangan", level=2)
    docx_table(
        doc,
        [
            "No",
            "Kompetensi yang dibutuhkan jabatan",
            "Kondisi saat ini",
            "Kesenjangan kinerja terkait (indikator SKP)",
        ],
        [["1", "", "", ""], ["2", "", "", ""], ["3", "", "", ""]],
        widths=(1.0, 5.5, 4.5, 6.0),
    )
    heading(doc, "C. Rencana Kegiatan Pembelajaran", level=2)
    docx_table(
        doc,
        [
            "No",
            "Kompetensi",
            "Jenis (teknis / manajerial / sosial kultural)",
            "Bentuk dan jalur",
            "Kode katalog",
            "Perkiraan JP",
            "Triwulan",
            "Kaitan dengan SKP",
        ],
        [[str(i), "", "", "", "", "", "", ""] for i in range(1, 6)]
        + [["", "Jumlah perkiraan JP", "", "", "", "", "", ""]],
        size=8.5,
    )
    heading(doc, "D. Dukungan yang Dibutuhkan", level=2)
    para(doc, "(misalnya izin waktu, biaya, coach atau mentor, perangkat)")
    para(doc, "..........................................................................")
    heading(doc, "E. Persetujuan", level=2)
    docx_table(
        doc,
        ["Pegawai", "Atasan langsung", "Diterima DBU"],
        [
            [
                "Tanggal:\n\n\n(nama dan tanda tangan)",
                "Tanggal:\n\n\n(nama dan tanda tangan)",
                "Tanggal:\n\n\n(nama dan paraf)",
            ]
        ],
        widths=(5.6, 5.6, 5.6),
    )
    para(
        doc,
        "RBI dapat diubah satu kali pada bulan Juli 2029 dengan persetujuan atasan langsung. "
        "Formulir ini tidak dipakai untuk pendaftaran Magang Mahasiswa atau Hibah Riset.",
        size=9,
    )
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ workbook (XLSX)
TUBEL = [
    (
        "Nadia Puspitasari, S.Si.",
        "PEDP",
        "S2",
        "Statistika Terapan",
        "Universitas Negeri Kalimantan Hulu",
        "Agustus 2026",
        "Juli 2028",
        "Lulus; aktif kembali 1 Agustus 2028",
        "APBD Kota",
        "Juli 2031",
    ),
    (
        "Hendra Gunawan Siahaan, S.T.",
        "IKW",
        "S2",
        "Perencanaan Wilayah dan Kota",
        "Institut Teknologi Borneo Raya",
        "Agustus 2027",
        "Juli 2029",
        "Berjalan (semester 4)",
        "APBD Kota",
        "Juli 2032",
    ),
    (
        "Lidya Anggraini, S.E.",
        "PSDA",
        "S2",
        "Ekonomi Pembangunan",
        "Universitas Negeri Kalimantan Hulu",
        "Februari 2028",
        "Januari 2030",
        "Berjalan (semester 3)",
        "Beasiswa pemerintah pusat",
        "Januari 2033",
    ),
    (
        "Ahmad Rifa'i, S.IP.",
        "P3M",
        "S2",
        "Kebijakan Publik",
        "Universitas Nusantara Mandiri",
        "Agustus 2028",
        "Juli 2030",
        "Berjalan (semester 1)",
        "APBD Kota",
        "Juli 2033",
    ),
]

# komponen, volume, satuan, harga satuan, keterangan
ANGGARAN = [
    (
        "Kontribusi pelatihan teknis klasikal (penyelenggara eksternal)",
        25,
        "orang",
        7460000,
        "rata-rata kontribusi per peserta",
    ),
    ("Pelatihan internal BELANTARA (narasumber, konsumsi, bahan)", 14, "kegiatan", 5300000, ""),
    ("Bantuan biaya sertifikasi profesi", 12, "orang", 4000000, "Perka 1/2029 Pasal 11"),
    ("Bantuan biaya tugas belajar", 6, "orang", 35000000, "3 lanjutan + kuota baru"),
    ("Honor coach dan mentor internal", 72, "sesi", 450000, "Perka 1/2029 Pasal 11"),
    ("Patok banding", 2, "kegiatan", 32500000, "ke Bappeda kota lain"),
    ("Pemeliharaan dan hosting SI-RAKIT", 1, "paket", 38750000, "UPT LIK"),
    ("Uang pembinaan Pembelajar Teladan", 3, "orang", 2000000, "Perka 1/2029 Pasal 17"),
]
ANGGARAN_TOTAL = sum(a[1] * a[3] for a in ANGGARAN)


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
            "title": "Rekap BELANTARA 2028",
            "author": f"{SINGKAT} {KOTA}",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13})
    ital = wb.add_format({"italic": True, "font_color": "#555555"})
    hdr = wb.add_format(
        {"bold": True, "bg_color": "#D6EADE", "border": 1, "text_wrap": True, "valign": "top"}
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

    # ---------------------------------------------------------------- Capaian JP 2028
    ws = wb.add_worksheet("Capaian JP 2028")
    ws.write(0, 0, f"Rekap Capaian JP {PROGRAM} per Unit Kerja Tahun 2028", title)
    ws.write(1, 0, f"{SINGKAT} {KOTA}; posisi data 15 Desember 2028 (sumber: APIK)", ital)
    head = [
        "No",
        "Unit kerja",
        "Singkatan",
        "PNS",
        "PNS dalam JF",
        "PPPK",
        "Jumlah pegawai",
        "Target JP 2028",
        "Realisasi JP 2028",
        "Capaian (%)",
        "Pegawai belum memenuhi target",
        "Target JP 2029 (Perka 1/2029)",
    ]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    r0 = 4
    for i, u in enumerate(UNITS):
        r = r0 + i
        x = r + 1
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, u[0], cell)
        ws.write(r, 2, u[1], cell)
        ws.write(r, 3, u[2], num)
        ws.write(r, 4, u[3], num)
        ws.write(r, 5, u[4], num)
        ws.write_formula(r, 6, f"=D{x}+F{x}", num, u[2] + u[4])
        ws.write_formula(r, 7, f"=(D{x}-E{x})*20+E{x}*20+F{x}*12", num, target_old(u))
        ws.write(r, 8, u[8], num)
        ws.write_formula(r, 9, f"=ROUND(I{x}/H{x}*100,1)", pct, cap(u))
        ws.write(r, 10, u[9], num)
        ws.write_formula(r, 11, f"=(D{x}-E{x})*24+E{x}*30+F{x}*20", num, target_new(u))
    rt = r0 + len(UNITS)
    a, b = r0 + 1, rt
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "Jumlah", tot)
    ws.write(rt, 2, "", tot)
    vals = {
        3: N_PNS,
        4: N_JF,
        5: N_PPPK,
        6: N_PEG,
        7: TGT_OLD_TOTAL,
        8: JP_2028,
        10: BELUM_2028,
        11: TGT_NEW_TOTAL,
    }
    for j, v in vals.items():
        c = _col(j)
        ws.write_formula(rt, j, f"=SUM({c}{a}:{c}{b})", totn, v)
    ws.write_formula(rt, 9, f"=ROUND(I{rt + 1}/H{rt + 1}*100,1)", totp, CAP_TOTAL)
    ws.write(rt + 2, 0, "Target 2028: PNS 20 JP, PPPK 12 JP (Perka 2/2026).", ital)
    ws.write(rt + 3, 0, "Target 2029: PNS JF 30 JP, PNS lainnya 24 JP, PPPK 20 JP.", ital)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 48)
    ws.set_column(2, 11, 13)

    # ---------------------------------------------------------------- Tugas Belajar
    ws = wb.add_worksheet("Tugas Belajar")
    ws.write(0, 0, "Daftar Pegawai Tugas Belajar (posisi Januari 2029)", title)
    head = [
        "No",
        "Nama",
        "Unit",
        "Jenjang",
        "Program studi",
        "Perguruan tinggi",
        "Mulai",
        "Selesai (rencana)",
        "Status",
        "Sumber biaya",
        "Ikatan dinas sampai",
    ]
    for j, h in enumerate(head):
        ws.write(2, j, h, hdr)
    for i, t in enumerate(TUBEL):
        ws.write(3 + i, 0, i + 1, num)
        for j, v in enumerate(t, 1):
            ws.write(3 + i, j, v, cell)
    ws.write(
        4 + len(TUBEL),
        0,
        "Ikatan dinas keempat pegawai mengikuti aturan saat surat tugas belajar terbit "
        "(Perka 2/2026: masa studi ditambah 1 tahun).",
        ital,
    )
    ws.set_column(0, 0, 5)
    ws.set_column(1, 10, 24)

    # ---------------------------------------------------------------- Anggaran 2029
    ws = wb.add_worksheet("Anggaran 2029")
    ws.write(0, 0, "Rencana Anggaran Sub-kegiatan Pengembangan Kompetensi Aparatur 2029", title)
    ws.write(1, 0, f"Sumber dana: APBD {KOTA} Tahun Anggaran 2029", ital)
    head = ["No", "Komponen", "Volume", "Satuan", "Harga satuan (Rp)", "Jumlah (Rp)", "Keterangan"]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    for i, a_ in enumerate(ANGGARAN):
        r = 4 + i
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, a_[0], cell)
        ws.write(r, 2, a_[1], num)
        ws.write(r, 3, a_[2], cell)
        ws.write(r, 4, a_[3], rpf)
        ws.write_formula(r, 5, f"=C{r + 1}*E{r + 1}", rpf, a_[1] * a_[3])
        ws.write(r, 6, a_[4], cell)
    rt = 4 + len(ANGGARAN)
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "Jumlah", tot)
    for j in (2, 3, 4, 6):
        ws.write(rt, j, "", tot)
    ws.write_formula(rt, 5, f"=SUM(F5:F{rt})", totr, ANGGARAN_TOTAL)
    ws.write(
        rt + 2,
        0,
        "Tidak termasuk anggaran Musrenbang RKPD 2030 dan Hibah Riset Kemitraan Perguruan "
        "Tinggi (sub-kegiatan lain).",
        ital,
    )
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 58)
    ws.set_column(2, 6, 16)

    # ---------------------------------------------------------------- Catatan
    ws = wb.add_worksheet("Catatan")
    notes = [
        "Catatan pengolahan data",
        "1. Data capaian 2028 diambil dari APIK pada 15 Desember 2028 (batas akhir input "
        "menurut Perka 2/2026).",
        "2. Hanya entri berstatus Terverifikasi yang dihitung.",
        "3. Kolom Target JP 2029 adalah simulasi dengan komposisi pegawai 1 Januari 2028.",
        "4. Pegawai tugas belajar tetap dihitung dalam jumlah pegawai unit, tetapi target "
        "JP-nya dianggap terpenuhi.",
        f"5. Pengolah data: {VERIF1} (Verifikator JP), ekstensi 108.",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t, title if i == 0 else None)
    ws.set_column(0, 0, 110)
    wb.close()


# ============================================================================ CSV
# code, name, JP, seats per unit (SEK, P3M, PSDA, IKW, PEDP, RIDA, UPT LIK), bulan
KUOTA = [
    ("BLT-29-01", "Analisis Data Pembangunan dengan Python", "24", (1, 2, 1, 2, 4, 3, 2), "April"),
    ("BLT-29-02", "Penyusunan Policy Brief Berbasis Bukti", "16", (0, 3, 2, 2, 1, 3, 0), "Mei"),
    (
        "BLT-29-03",
        "Sistem Informasi Geografis untuk Perencanaan Wilayah",
        "24",
        (0, 1, 2, 4, 1, 1, 1),
        "Mei",
    ),
    (
        "BLT-29-04",
        "Perencanaan dan Penganggaran Responsif Gender",
        "12",
        (2, 2, 2, 2, 1, 1, 0),
        "Juni",
    ),
    ("BLT-29-05", "Manajemen Risiko Pembangunan Daerah", "16", (2, 1, 1, 1, 2, 1, 1), "Maret"),
    ("BLT-29-06", "Design Thinking untuk Inovasi Layanan", "16", (1, 1, 1, 1, 1, 3, 4), "Juli"),
    (
        "BLT-29-07",
        "Penulisan Naskah Akademik dan Kajian Kebijakan",
        "20",
        (0, 2, 1, 1, 1, 4, 0),
        "Agustus",
    ),
    ("BLT-29-08", "Pengadaan Barang/Jasa Tingkat Dasar", "24", (3, 0, 0, 1, 0, 1, 1), "Juli"),
    (
        "BLT-29-09",
        "Excel dan Dasbor untuk Administrasi Perkantoran",
        "12",
        (6, 1, 1, 1, 1, 1, 3),
        "April",
    ),
    (
        "BLT-29-10",
        "Fasilitasi Musyawarah dan Public Speaking",
        "12",
        (1, 3, 2, 2, 2, 1, 1),
        "Maret",
    ),
    (
        "BLT-29-11",
        "Pelatihan Kepemimpinan Pengawas (PKP)",
        "sesuai kurikulum",
        (1, 0, 0, 0, 0, 0, 1),
        "Juni",
    ),
    ("BLT-29-12", "Orientasi PPPK dan Nilai BerAKHLAK", "8", (5, 1, 1, 1, 2, 2, 3), "Februari"),
]


def kuota_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["kode", "nama_pelatihan", "jp", "bulan"] + [u[1] for u in UNITS] + ["total"])
    for k in KUOTA:
        w.writerow([k[0], k[1], k[2], k[4]] + list(k[3]) + [sum(k[3])])
    cols = [sum(k[3][j] for k in KUOTA) for j in range(len(UNITS))]
    w.writerow(["", "JUMLAH KURSI", "", ""] + cols + [sum(cols)])
    w.writerow(
        [
            f"# Kuota kursi pelatihan BELANTARA 2029 per unit kerja; ditetapkan "
            f"Kasubbag Umum dan Kepegawaian 9 Februari 2029. {FIKTIF}"
        ]
    )
    return buf.getvalue()


def jp_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            "# Rekap JP per kelompok pegawai tahun 2028 (sumber: APIK, posisi 15 Desember "
            f"2028). {FIKTIF}"
        ]
    )
    w.writerow(
        [
            "Kelompok pegawai",
            "Jumlah pegawai",
            "Target per orang (JP)",
            "Total JP",
            "Rata-rata JP per orang",
            "JP terendah",
            "JP tertinggi",
            "Memenuhi target",
            "Belum memenuhi",
            "Persentase memenuhi (%)",
        ]
    )
    for k in KELOMPOK:
        n = k[1]
        w.writerow(
            [
                k[0],
                n,
                k[2],
                k[3],
                koma(k[3] / n),
                k[4],
                k[5],
                n - k[6],
                k[6],
                koma((n - k[6]) / n * 100),
            ]
        )
    w.writerow(
        [
            "Jumlah",
            N_PEG,
            "",
            JP_2028,
            koma(JP_2028 / N_PEG),
            "",
            "",
            N_PEG - BELUM_2028,
            BELUM_2028,
            koma(PCT_MEMENUHI),
        ]
    )
    return buf.getvalue()


# kecamatan, date, tempat, kelurahan, bidang penanggung jawab
MUSRENBANG = [
    (
        "Muara Kelumpang Hilir",
        "2029-02-05",
        "Aula Kantor Camat Muara Kelumpang Hilir",
        8,
        "Bidang P3M",
    ),
    ("Muara Kelumpang Hulu", "2029-02-07", "Gedung Serbaguna Hulu", 7, "Bidang IKW"),
    ("Pasar Lama", "2029-02-12", "Aula Kantor Camat Pasar Lama", 6, "Bidang PSDA"),
    ("Sungai Tabuk Baru", "2029-02-14", "Balai Pertemuan Sungai Tabuk Baru", 9, "Bidang P3M"),
    ("Kelumpang Seberang", "2029-02-19", "Aula SMP Negeri 7", 5, "Bidang IKW"),
    ("Teluk Danau", "2029-02-21", "Aula Kantor Camat Teluk Danau", 6, "Bidang PSDA"),
]


def musrenbang_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(
        [
            "No",
            "Kecamatan",
            "Hari, tanggal",
            "Tempat",
            "Jumlah kelurahan",
            "Bidang penanggung jawab",
            "Pukul",
        ]
    )
    for i, m in enumerate(MUSRENBANG, 1):
        w.writerow([i, m[0], htgl(m[1]), m[2], m[3], m[4], "08.30 WITA"])
    w.writerow(
        [
            "",
            "Musrenbang tingkat kota RKPD 2030",
            htgl("2029-03-27"),
            "Gedung Balairung Sari",
            sum(m[3] for m in MUSRENBANG),
            "Sekretariat dan seluruh bidang",
            "08.00 WITA",
        ]
    )
    w.writerow(
        [
            f"# Jadwal Musrenbang kecamatan penyusunan RKPD 2030. Bukan kegiatan "
            f"pengembangan kompetensi pegawai. {FIKTIF}"
        ]
    )
    return buf.getvalue()


# ============================================================================ HTML
CSS = """<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;background:#f5f7f5}
header.top{background:#145a3c;color:#fff;padding:10px 24px}
header.top a{color:#fff;margin-right:14px;text-decoration:none;font-size:14px}
main{max-width:920px;margin:20px auto;background:#fff;padding:20px 32px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border:1px solid #bbb;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#d6eade}
aside{font-size:13px;border-top:1px solid #ccc;margin-top:24px}
dt{font-weight:bold;margin-top:10px}
footer{font-size:12px;color:#666;text-align:center;padding:16px}
.crumb{font-size:12px;color:#666}
</style>"""

NAV = f"""<header class="top">
<strong>Intranet {SINGKAT} {KOTA}</strong><br>
<nav><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/belantara">BELANTARA</a>
<a href="/layanan">Layanan</a><a href="/unduhan">Unduhan</a><a href="/kontak">Kontak</a></nav>
</header>"""

FOOT = f"""<footer>
{BADAN} {KOTA} &middot; {ALAMAT} &middot; Telepon {TELP}<br>
{FIKTIF}
</footer>"""


def _page(title, body, crumbs):
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n{CSS}\n<script>window.dataLayer=[];</script>\n</head>\n<body>\n"
        f'{NAV}\n<main>\n<p class="crumb">{crumbs}</p>\n{body}\n</main>\n{FOOT}\n</body>\n'
        "</html>\n"
    )


def berita_html():
    body = f"""<article>
<h1>Resmi Diluncurkan, SI-RAKIT Gantikan APIK untuk Pencatatan JP Pegawai</h1>
<p><em>Kamis, 1 Februari 2029 &middot; Penulis: Tim Humas {SINGKAT} &middot; Dibaca 412 kali</em></p>
<p>Kepala {SINGKAT}, {KABAN}, meluncurkan {SISTEM} ({SISTEM_LONG}) di Aula Lantai 2
pada Kamis pagi. Aplikasi ini menggantikan {SISTEM_OLD} ({SISTEM_OLD_LONG}) yang dipakai sejak 2026
untuk mencatat jam pelajaran (JP) pegawai dalam Program {PROGRAM}.</p>
<p>&ldquo;Belajar itu kewajiban, mencatatnya jangan sampai jadi beban. Dengan {SISTEM}, pegawai cukup
memotret sertifikat dari ponsel,&rdquo; kata Kepala Badan dalam sambutannya.</p>
<h2>Fitur utama</h2>
<ul>
<li>Unggah bukti kegiatan langsung dari ponsel, termasuk foto sertifikat.</li>
<li>Menu Rencana Belajar untuk menyusun dan mengunggah RBI.</li>
<li>Verifikasi dua tingkat: DBU lalu Verifikator JP, dengan riwayat status yang tercatat.</li>
<li>Notifikasi tenggat unggah bukti dan LPHP melalui pos-el dinas.</li>
<li>Dasbor capaian JP per unit untuk kepala unit kerja.</li>
</ul>
<h2>Migrasi data</h2>
<p>Sebanyak 1.214 entri JP tahun 2026-2028 telah dipindahkan dari {SISTEM_OLD}. Terdapat 37 entri
yang gagal dipindahkan karena lampirannya rusak; pemiliknya diminta mengunggah ulang paling lambat
28 Februari 2029. {SISTEM_OLD} masih dapat dibuka dalam mode baca saja sampai 30 April 2029,
setelah itu dinonaktifkan.</p>
<p>{SISTEM} dikembangkan secara mandiri oleh tim UPT Laboratorium Inovasi Kota bersama Pranata
Komputer Sekretariat. Aplikasi ini belum terhubung dengan SIASN, sehingga pegawai tetap perlu
memperbarui riwayat pelatihan di MyASN.</p>
<p>Alamat aplikasi: <a href="{URL_SIRAKIT}">{URL_SIRAKIT}</a>. Akun masuk memakai NIP (PPPK memakai
NI PPPK).</p>
</article>
<aside>
<h3>Berita lainnya</h3>
<ul>
<li><a href="#">Musrenbang Kecamatan RKPD 2030 Dimulai 5 Februari</a></li>
<li><a href="#">Hibah Riset Kemitraan Perguruan Tinggi 2029 Dibuka</a></li>
<li><a href="#">Pendaftaran Magang Mahasiswa Semester Genap Ditutup 20 Februari</a></li>
</ul>
</aside>"""
    return _page(f"Peluncuran {SISTEM} - Intranet {SINGKAT}", body, "Beranda &rsaquo; Berita")


DIR_EMAIL = {
    "SEK": "sek",
    "P3M": "p3m",
    "PSDA": "psda",
    "IKW": "ikw",
    "PEDP": "pedp",
    "RIDA": "rida",
    "UPT LIK": "lik",
}


def direktori_html():
    rows = "\n".join(
        f"<tr><td>{u[0]}</td><td>{u[6]}</td><td>{u[7]}</td>"
        f"<td>dbu.{DIR_EMAIL[u[1]]}@{DOMAIN}</td></tr>"
        for u in UNITS
    )
    body = f"""<h1>Direktori Duta Belajar Unit dan Layanan {PROGRAM} 2029</h1>
<p>Diperbarui 6 Februari 2029. Hubungi DBU unit Anda terlebih dahulu untuk pertanyaan tentang RBI,
unggah bukti, dan status verifikasi.</p>
<table>
<thead><tr><th>Unit kerja</th><th>Duta Belajar Unit</th><th>Ekstensi</th><th>Pos-el</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h2>Peran dalam {PROGRAM}</h2>
<dl>
<dt>Duta Belajar Unit (DBU)</dt>
<dd>Memeriksa kelengkapan bukti paling lama 2 hari kerja, mengingatkan tenggat, dan
mengoordinasikan Kamis Berbagi di unitnya. Masa tugas 2 tahun.</dd>
<dt>Verifikator JP</dt>
<dd>{VERIF1} dan {VERIF2}; memverifikasi konversi JP paling lama 3 hari kerja.</dd>
<dt>Koordinator Perencanaan Pembelajaran</dt>
<dd>{ANALIS}, ekstensi 105. Menangani RBI, katalog, dan LPHP.</dd>
<dt>Koordinator Data dan Aplikasi</dt>
<dd>{PRAKOM_NEW}, ekstensi 107, sejak 1 Februari 2029. Menangani akun dan data {SISTEM}.</dd>
<dt>Helpdesk {SISTEM}</dt>
<dd>WhatsApp {WA_HELP} atau pos-el {EMAIL_HELP}. Jam layanan Senin-Kamis 08.00-15.30 WITA dan
Jumat 08.00-11.00 WITA.</dd>
<dt>Ketua TPK</dt>
<dd>{SEKRETARIS}, Sekretaris Badan. Menerima keberatan atas hasil verifikasi.</dd>
</dl>"""
    return _page(f"Direktori DBU {PROGRAM}", body, f"Beranda &rsaquo; {PROGRAM} &rsaquo; Direktori")


def hibah_html():
    body = f"""<h1>Hibah Riset Kemitraan Perguruan Tinggi Tahun 2029</h1>
<p><em>Bidang Riset dan Inovasi Daerah &middot; diterbitkan 15 Februari 2029</em></p>
<p>{SINGKAT} {KOTA} membuka Hibah Riset Kemitraan Perguruan Tinggi untuk dosen dan peneliti
perguruan tinggi yang berkedudukan di {PROV}. Hasil riset dipakai sebagai bahan perumusan kebijakan
dan RKPD.</p>
<p><strong>Hibah ini bukan program pengembangan kompetensi pegawai.</strong> Pegawai {SINGKAT}
tidak dapat menjadi pengusul. Pegawai yang menjadi narasumber data atau pendamping riset
menjalankan tugas jabatan dan tidak memperoleh JP {PROGRAM}.</p>
<h2>Skema dan pendanaan</h2>
<table>
<thead><tr><th>Skema</th><th>Dana paling banyak per proposal</th><th>Jumlah judul</th><th>Syarat ketua tim</th></tr></thead>
<tbody>
<tr><td>Riset Utama</td><td>Rp150.000.000</td><td>6</td><td>bergelar doktor</td></tr>
<tr><td>Riset Pemula</td><td>Rp50.000.000</td><td>6</td><td>dosen dengan masa kerja di bawah 5 tahun</td></tr>
</tbody>
</table>
<p>Total dana hibah tahun 2029 adalah Rp1.200.000.000. Lama pelaksanaan riset 8 bulan.</p>
<h2>Tema prioritas</h2>
<ol>
<li>Pengendalian banjir rob dan drainase kota.</li>
<li>Ekonomi sungai dan pasar terapung.</li>
<li>Percepatan penurunan stunting.</li>
<li>Transportasi sungai terpadu.</li>
<li>Digitalisasi UMKM.</li>
</ol>
<h2>Jadwal</h2>
<ul>
<li>Pengajuan proposal: 1-31 Maret 2029 melalui laman hibahriset.{DOMAIN}.</li>
<li>Seleksi dan presentasi proposal: April 2029.</li>
<li>Penandatanganan kontrak: Mei 2029.</li>
</ul>
<p>Luaran wajib: laporan akhir, ringkasan kebijakan (policy brief), dan draf artikel jurnal.
Sekretariat hibah: Bidang RIDA, ekstensi 252, pos-el hibahriset@{DOMAIN}.</p>"""
    return _page("Hibah Riset Kemitraan 2029", body, "Beranda &rsaquo; Riset &rsaquo; Hibah")


# ============================================================================ Markdown
def faq_md():
    return f"""# Tanya Jawab (FAQ) Program {PROGRAM}

Diperbarui 20 Februari 2029 sesuai Peraturan Kepala Badan Nomor 1 Tahun 2029. Disusun oleh Tim
Pengelola Kompetensi {SINGKAT} {KOTA}.

> {FIKTIF}

## Umum

**1. Apa itu {PROGRAM}?**
{PROGRAM} ({PROGRAM_LONG}) adalah program pengembangan kompetensi untuk seluruh PNS dan PPPK
{SINGKAT}. Semua kegiatan belajar dicatat di {SISTEM}.

**2. Pedoman Edisi 2028 masih berlaku?**
Masih dipakai sebagai panduan umum, tetapi angka yang berbeda (target JP, tenggat, batas konversi,
besaran bantuan) mengikuti Perka 1/2029. Pedoman Edisi 2029 direncanakan terbit Juni 2029.

**3. Apakah panitia Musrenbang atau juri lomba inovasi dapat JP?**
Tidak. Itu tugas jabatan, bukan kegiatan belajar. Begitu juga pendampingan Hibah Riset dan
pembimbingan Magang Mahasiswa.

## Target JP

**4. Berapa target JP saya tahun 2029?**
PNS jabatan fungsional 30 JP, PNS lainnya (struktural dan pelaksana) 24 JP, PPPK 20 JP. Paling
sedikit 8 JP harus dari kompetensi teknis.

**5. Saya PPPK yang mulai bertugas Agustus 2029. Target saya berapa?**
Pegawai yang mulai bertugas setelah 30 Juni cukup memenuhi setengah target, jadi 10 JP.

**6. JP saya tahun 2028 lebih 15 JP. Bisa dipindah ke 2029?**
Tidak bisa. Kelebihan JP tidak dapat dibawa ke tahun berikutnya.

**7. Apa akibatnya kalau target tidak tercapai?**
Dibahas dalam dialog kinerja dan diprioritaskan di RBI tahun berikutnya. Jika tidak tercapai 2 tahun
berturut-turut, pegawai tidak dapat diusulkan tugas belajar pada tahun berikutnya.

## RBI dan pencatatan

**8. Kapan batas RBI 2029?**
Paling lambat Kamis, 15 Februari 2029, diunggah melalui menu Rencana Belajar di {SISTEM}. Tidak ada
perpanjangan.

**9. Berapa lama batas unggah sertifikat?**
5 hari kerja setelah kegiatan selesai. Ukuran berkas paling besar 10 MB (PDF, JPG, atau PNG).

**10. Siapa yang memverifikasi JP saya?**
DBU unit Anda memeriksa kelengkapan (paling lama 2 hari kerja), lalu Verifikator JP ({VERIF1} atau
{VERIF2}) memverifikasi konversi JP (paling lama 3 hari kerja).

**11. Apakah {SISTEM} otomatis memperbarui MyASN?**
Tidak. {SISTEM} belum terhubung dengan SIASN. Setelah entri Terverifikasi, perbarui sendiri riwayat
pelatihan Anda di MyASN.

**12. Saya lupa kata sandi {SISTEM}.**
Klik "Lupa Kata Sandi" di halaman masuk; tautan reset dikirim ke pos-el dinas. Jika tidak masuk
(periksa juga folder spam), hubungi helpdesk WhatsApp {WA_HELP}.

## Konversi JP

**13. Webinar setengah hari dihitung berapa JP?**
2 JP, asal ada sertifikat atau bukti kehadiran. Webinar sehari penuh 4 JP.

**14. Berapa JP untuk coaching?**
2 JP per sesi (minimal 60 menit), paling banyak 20 JP per tahun. Lampirkan lembar sesi F-BLT-02.

**15. Apakah kursus daring (MOOC) dihitung?**
Ya, sesuai JP di sertifikat, paling banyak 3 JP per hari. JP e-learning dan belajar mandiri
digabung paling banyak 50% dari target Anda.

**16. Ikut Kamis Berbagi dapat berapa JP?**
2 JP per sesi 90 menit. Pemateri mendapat 2 JP sebagai narasumber internal (paling banyak 8 JP
per tahun).

## Biaya dan tugas belajar

**17. Berapa bantuan biaya sertifikasi profesi?**
Paling banyak Rp4.000.000 per pegawai per tahun. Ajukan dengan formulir F-BLT-03 melalui DBU
setelah lulus dan sertifikat diunggah; bantuan dibayarkan paling lambat 10 hari kerja setelah
berkas lengkap.

**18. Berapa kuota tugas belajar 2029?**
4 orang. Pendaftaran seleksi diperpanjang sampai 28 Februari 2029 pukul 15.00 WITA.

**19. Saya sedang tugas belajar. Apakah tetap punya target JP?**
Tidak. Pegawai tugas belajar dibebaskan dari target; JP tugas belajar (20 JP per semester) tetap
dicatat.
"""


def panduan_md():
    return f"""# Panduan Coaching, Mentoring, dan Kamis Berbagi

Panduan praktis Program {PROGRAM} tahun 2029. Berlaku sejak 5 Februari 2029; mengacu pada Peraturan
Kepala Badan Nomor 1 Tahun 2029. {FIKTIF}

## 1. Bedanya coaching dan mentoring

| Aspek | Coaching | Mentoring |
|---|---|---|
| Tujuan | meningkatkan kinerja pada tugas tertentu | pengembangan karier jangka panjang |
| Jangka waktu | singkat, 1-3 bulan | panjang, 6-12 bulan |
| Peran pendamping | bertanya dan memancing solusi | berbagi pengalaman dan memberi arahan |
| Siapa pendampingnya | atasan langsung atau coach internal | pegawai senior atau Perencana Ahli Madya |
| Konversi JP | 2 JP per sesi | 2 JP per sesi |

Batas gabungan coaching dan mentoring adalah 20 JP per tahun. Satu coachee paling banyak 2 sesi
per bulan, dan setiap sesi paling sedikit 60 menit.

## 2. Langkah satu sesi coaching (model GROW)

1. **Goal** - sepakati tujuan sesi.
2. **Reality** - gali kondisi saat ini dan hambatannya.
3. **Options** - susun beberapa pilihan tindakan.
4. **Will** - tetapkan komitmen tindakan dan tenggatnya.
5. Isi lembar sesi F-BLT-02, tanda tangani berdua, lalu coachee mengunggahnya ke {SISTEM} paling
   lambat 5 hari kerja.

## 3. Coach dan mentor internal 2029

| Nama | Jabatan | Keahlian |
|---|---|---|
| {KABID_IKW} | Kepala Bidang IKW | perencanaan spasial |
| {KABID_PEDP} | Kepala Bidang PEDP | data dan evaluasi pembangunan |
| {KABID_RIDA} | Kepala Bidang RIDA | metodologi riset |
| Drs. Syahrani Arsyad, M.Si. | Perencana Ahli Madya, Bidang P3M | penyusunan RPJMD |
| Ir. Yusuf Kurniawan Lubis, M.E. | Perencana Ahli Madya, Bidang PSDA | ekonomi regional |
| {KASUBBAG} | Kasubbag Umum dan Kepegawaian | coaching karier |

Honor coach dan mentor internal Rp450.000 per sesi. Honor tidak dibayarkan untuk coaching oleh
atasan langsung kepada bawahannya sendiri, karena itu bagian dari tugas jabatan.

## 4. Klinik Perencana

Mulai Februari 2029 Klinik Perencana dibuka **setiap Selasa pertama dan ketiga** setiap bulan pukul
09.00-11.00 WITA di Ruang Klinik Lantai 3. Sasaran: Perencana Ahli Pertama dan Ahli Muda. Daftar
paling lambat H-1 ke DBU unit. Satu pertemuan klinik dihitung satu sesi mentoring (2 JP).

## 5. Kamis Berbagi

- Jadwal: Kamis minggu kedua dan keempat, pukul 13.30-15.00 WITA (90 menit), di Aula Lantai 2 dan
  daring.
- Peserta: 2 JP per sesi, dengan presensi lewat kode QR di {SISTEM}.
- Pemateri: 2 JP sebagai narasumber internal; usulkan topik ke DBU paling lambat hari Senin
  sebelum jadwal.
- Topik dianjurkan berasal dari pelatihan yang baru diikuti (sekaligus bukti penerapan di LPHP).

## 6. Yang sering salah

- Sesi kurang dari 60 menit tidak dihitung.
- Lembar sesi tanpa tanda tangan coach akan dikembalikan DBU.
- Rapat koordinasi atau rapat persiapan Musrenbang bukan Kamis Berbagi.
"""


def changelog_md():
    return f"""# Catatan Perubahan {SISTEM}

{SISTEM_LONG}. Dikelola UPT Laboratorium Inovasi Kota dan Koordinator Data dan Aplikasi TPK.
{FIKTIF}

## [1.1.1] - 2029-02-26
### Diperbaiki
- Perhitungan batas gabungan 50% e-learning dan belajar mandiri untuk pegawai dengan target
  setengah tahun.
- Tampilan dasbor unit di layar ponsel kecil.

## [1.1.0] - 2029-02-19
### Ditambahkan
- Ekspor rekap unit ke Excel untuk DBU dan kepala unit.
- Notifikasi WhatsApp dua hari sebelum tenggat unggah bukti dan LPHP.
- Menu Tugas Belajar untuk pendaftaran seleksi tugas belajar secara daring.

## [1.0.2] - 2029-02-09
### Diperbaiki
- Tenggat 5 hari kerja kini tidak menghitung hari libur nasional dan cuti bersama 2029.

## [1.0.1] - 2029-02-06
### Diubah
- Batas ukuran berkas bukti naik dari 5 MB menjadi 10 MB.
### Diperbaiki
- Gagal masuk bila NIP diketik dengan spasi.

## [1.0.0] - 2029-02-01
### Ditambahkan
- Rilis produksi: Rencana Belajar (RBI), Unggah Bukti, verifikasi dua tingkat (DBU dan
  Verifikator JP), dasbor capaian unit, notifikasi pos-el.
- Migrasi 1.214 entri dari {SISTEM_OLD} (2026-2028).

## [0.9.0-beta] - 2028-12-11
- Uji coba terbatas di Bidang PEDP dan UPT Laboratorium Inovasi Kota.

## Masalah yang diketahui
- Notifikasi pos-el kadang masuk folder spam.
- Belum terhubung dengan SIASN; riwayat pelatihan di MyASN diperbarui pegawai sendiri.
"""


# ============================================================================ plain text
def wa_txt():
    L = [
        (
            "01/02/29 08.05",
            "Siti Raudhatul Jannah",
            "Assalamualaikum Bapak/Ibu DBU. SI-RAKIT "
            "sudah live pagi ini ya, alamatnya sirakit.bapperida.muarakelumpangkota.go.id. Login "
            "pakai NIP, sandi awal sudah dikirim ke email dinas masing2",
        ),
        (
            "01/02/29 08.07",
            "Siti Raudhatul Jannah",
            "Pelatihan SI-RAKIT khusus DBU hari Senin 5 Feb jam 09.00 di Aula Lt 2, bawa laptop",
        ),
        ("01/02/29 08.20", "Dewi Kartika Sari", "Siap bu"),
        (
            "01/02/29 09.12",
            "Yosef Dwi Handoko",
            "Bu, pegawai IKW nanya coaching sekarang maksimal berapa JP? setau sy 12 JP",
        ),
        (
            "01/02/29 09.30",
            "Siti Raudhatul Jannah",
            "12 JP itu aturan lama pak (Perka 2/2026). "
            "Sekarang maksimal 20 JP per tahun, per sesi tetap 2 JP",
        ),
        ("01/02/29 09.31", "Yosef Dwi Handoko", "Oke bu makasih"),
        (
            "02/02/29 10.02",
            "Siti Raudhatul Jannah",
            "Ralat ya: pelatihan DBU Senin 5 Feb jadi "
            "jam 13.30 WITA, bukan 09.00. Paginya aula dipakai rapat persiapan Musrenbang. Tempat "
            "tetap Aula Lt 2",
        ),
        ("02/02/29 10.05", "Nurlaila Safitri", "Noted bu"),
        ("02/02/29 13.40", "Ridho Pratama Wicaksono", "Nomor helpdesk SI-RAKIT: 0852-4810-3367"),
        (
            "02/02/29 13.42",
            "Ridho Pratama Wicaksono",
            "Maaf salah ketik, yang benar 0852-4810-3376 (WA saja, tidak terima telepon)",
        ),
        (
            "05/02/29 16.10",
            "Akhmad Zainuddin",
            "Pak Ridho, pegawai sy gagal upload sertifikat 7 MB",
        ),
        (
            "05/02/29 16.25",
            "Ridho Pratama Wicaksono",
            "Batas sekarang masih 5 MB pak, sedang kami naikkan. Sementara dikompres dulu",
        ),
        (
            "06/02/29 08.15",
            "Ridho Pratama Wicaksono",
            "Update: SI-RAKIT versi 1.0.1 sudah naik, batas berkas sekarang 10 MB",
        ),
        (
            "06/02/29 09.40",
            "Nurlaila Safitri",
            "Bu Siti, kuota pelatihan Python untuk PEDP 3 kursi ya?",
        ),
        ("06/02/29 09.52", "Siti Raudhatul Jannah", "Iya bu 3"),
        (
            "06/02/29 10.15",
            "Siti Raudhatul Jannah",
            "Ralat bu Nurlaila, PEDP 4 kursi. Yang 3 kursi itu RIDA. Maaf",
        ),
        (
            "06/02/29 11.03",
            "Kristina Uli Panjaitan",
            "Kak, anak magang mahasiswa di UPT bisa "
            "didaftarkan akun SI-RAKIT gak? mereka ikut Kamis Berbagi juga",
        ),
        (
            "06/02/29 11.10",
            "Siti Raudhatul Jannah",
            "Gak bisa kak. Magang mahasiswa itu "
            "programnya Bidang RIDA, bukan BELANTARA. SI-RAKIT cuma untuk pegawai PNS dan PPPK",
        ),
        (
            "07/02/29 14.00",
            "Nurlaila Safitri",
            "Info Kamis Berbagi besok 8 Feb: Dasbor Capaian "
            "RKPD, pemateri Bu Hairunnisa (Kabid PEDP)",
        ),
        (
            "07/02/29 16.45",
            "Nurlaila Safitri",
            "Ralat: Kamis Berbagi Dasbor Capaian RKPD "
            "diundur ke Kamis 22 Feb karena Bu Kabid dinas luar. Besok 8 Feb tidak ada Kamis "
            "Berbagi",
        ),
        (
            "09/02/29 08.30",
            "Muhammad Iqbal Fathurrahman",
            "Bu, entri coaching pegawai RIDA dikembalikan terus, kenapa ya?",
        ),
        (
            "09/02/29 08.41",
            "Fitriani Lestari",
            "Entri coaching wajib lampir lembar sesi F-BLT-02 "
            "yang ditandatangani coach dan coachee pak. Foto daftar hadir saja tidak cukup",
        ),
        (
            "12/02/29 07.55",
            "Dewi Kartika Sari",
            "Bu, RBI bisa diperpanjang gak? Masih banyak pegawai Sekretariat yang belum",
        ),
        (
            "12/02/29 08.10",
            "Siti Raudhatul Jannah",
            "Tidak ada perpanjangan RBI ya bu, tetap "
            "Kamis 15 Feb. Yang diperpanjang itu pendaftaran tugas belajar sampai 28 Feb",
        ),
        (
            "12/02/29 08.12",
            "Siti Raudhatul Jannah",
            "DBU yang kemarin tidak ikut pelatihan, "
            "rekaman pelatihannya ada di SI-RAKIT menu Bantuan",
        ),
        (
            "16/02/29 09.00",
            "Siti Raudhatul Jannah",
            "Rekap RBI per 15 Feb: 141 dari 155 pegawai "
            "sudah unggah. Yang belum 14 orang, DBU tolong follow up paling lambat Selasa 20 Feb",
        ),
        ("16/02/29 09.05", "Rina Marlina Tambunan", "PSDA sudah lengkap semua bu"),
    ]
    out = [
        "Pesan dan panggilan dienkripsi secara end-to-end. Tidak seorang pun di luar chat ini "
        "yang dapat membaca atau mendengarkannya.",
        '01/02/29 08.00 - Siti Raudhatul Jannah membuat grup "DBU BELANTARA 2029"',
        f"01/02/29 08.01 - Siti Raudhatul Jannah: [catatan ekspor] {FIKTIF}",
    ]
    for t, who, msg in L:
        out.append(f"{t} - {who}: {msg}")
    return "\n".join(out) + "\n"


def memo_txt():
    return f"""PEMERINTAH {KOTA.upper()}
{BADAN.upper()}
{ALAMAT}

NOTA DINAS

Kepada   : Yth. Kepala Bidang dan Kepala UPT di lingkungan {SINGKAT}
Dari     : Sekretaris {SINGKAT}
Tembusan : Kepala Badan
Tanggal  : 22 Januari 2029
Nomor    : 800.2/031/BPRD-UMPEG/I/2029
Sifat    : Penting
Lampiran : -
Hal      : Penyampaian RBI 2029 dan Migrasi Data APIK ke SI-RAKIT

Dengan hormat,

Sehubungan dengan berlakunya Peraturan Kepala Badan Nomor 1 Tahun 2029 tentang Program
{PROGRAM} sejak 9 Januari 2029, bersama ini kami sampaikan hal-hal berikut:

1. Aplikasi APIK ditutup untuk input baru pada hari Rabu, 31 Januari 2029 pukul 16.00 WITA.
   Sertifikat kegiatan tahun 2028 yang belum diunggah harus sudah masuk ke APIK paling lambat
   Jumat, 26 Januari 2029. Setelah itu kegiatan 2028 tidak dapat diproses lagi.

2. SI-RAKIT dapat diakses mulai Kamis, 1 Februari 2029. Akun masuk memakai NIP; kata sandi
   awal dikirim melalui pos-el dinas masing-masing.

3. Rencana Belajar Individu (RBI) tahun 2029 disusun dengan formulir F-BLT-01 Rev. 02 dan
   diunggah melalui SI-RAKIT paling lambat tanggal 15 Februari 2029. RBI yang sudah
   disampaikan sebelum Perka 1/2029 berlaku tetap sah, tetapi target JP di dalamnya perlu
   disesuaikan dengan target baru.

4. Pelatihan SI-RAKIT bagi Duta Belajar Unit dilaksanakan pada hari Senin, 5 Februari 2029
   pukul 09.00 WITA di Aula Lantai 2. Mohon setiap unit menugaskan DBU-nya.

5. Mohon Kepala Bidang dan Kepala UPT memastikan seluruh pegawai di unitnya mengetahui
   target JP 2029: 30 JP untuk PNS jabatan fungsional, 24 JP untuk PNS lainnya, dan 20 JP
   untuk PPPK.

6. Pertanyaan dapat disampaikan kepada {ANALIS} (ekstensi 105) atau helpdesk
   SI-RAKIT melalui WhatsApp {WA_HELP}.

Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.

Sekretaris,

ttd.

{SEKRETARIS}
NIP {SEKRETARIS_NIP}

---
{FIKTIF}
"""


def _w_text(fn):
    def w(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(fn())

    return w


# ============================================================================ registry
DOCS = {
    "pedoman-belantara-2028": ("pdf", render_pedoman),
    "perka-2-2026-pengembangan-kompetensi": ("pdf", render_reg_old),
    "perka-1-2029-belantara": ("pdf", render_reg_new),
    "paparan-sosialisasi-perka-1-2029": ("pdf", render_slides),
    "pengumuman-perpanjangan-tugas-belajar-2029": ("pdf", render_pengumuman),
    "sop-verifikasi-jp-si-rakit": ("docx", write_sop),
    "notulen-rapat-evaluasi-belantara-2028": ("docx", write_notulen),
    "formulir-rencana-belajar-individu-2029": ("docx", write_formulir),
    "rekap-belantara-2028": ("xlsx", write_xlsx),
    "kuota-kursi-pelatihan-2029": ("csv", _w_text(kuota_csv)),
    "rekap-jp-per-kelompok-pegawai-2028": ("csv", _w_text(jp_csv)),
    "jadwal-musrenbang-kecamatan-rkpd-2030": ("csv", _w_text(musrenbang_csv)),
    "berita-intranet-peluncuran-si-rakit": ("html", _w_text(berita_html)),
    "direktori-duta-belajar-unit": ("html", _w_text(direktori_html)),
    "hibah-riset-kemitraan-perguruan-tinggi-2029": ("html", _w_text(hibah_html)),
    "faq-belantara": ("md", _w_text(faq_md)),
    "panduan-coaching-mentoring": ("md", _w_text(panduan_md)),
    "changelog-si-rakit": ("md", _w_text(changelog_md)),
    "grup-wa-duta-belajar-februari-2029": ("txt", _w_text(wa_txt)),
    "nota-dinas-rbi-dan-migrasi-si-rakit": ("txt", _w_text(memo_txt)),
}


def path_of(stem):
    return os.path.join(OUT, f"{stem}.{DOCS[stem][0]}")


def write_documents():
    random.seed(2029)
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

    BLOCK = ("p", "li", "tr", "h1", "h2", "h3", "br", "div", "dt", "dd", "ul", "ol", "footer")

    def __init__(self):
        from html.parser import HTMLParser

        outer = self

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag in ("script", "style"):
                    outer.skip += 1
                elif tag in outer.BLOCK:
                    outer.out.append("\n")
                elif tag in ("td", "th"):
                    outer.out.append(" ")

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
        lines = []
        for s in dd.sections:
            lines += [p.text for p in s.header.paragraphs if p.text]
        lines += _docx_lines(dd)
        for s in dd.sections[:1]:
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
    s = s.replace("\u2014", "-").replace("\u201c", '"').replace("\u201d", '"')
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
        "gimana",
        "gmn",
        "yang",
        "yg",
        "dan",
        "atau",
        "untuk",
        "utk",
        "dari",
        "dengan",
        "dgn",
        "pada",
        "dalam",
        "ini",
        "itu",
        "ada",
        "tidak",
        "gak",
        "bisa",
        "boleh",
        "saya",
        "sy",
        "kita",
        "kami",
        "sih",
        "dong",
        "nya",
        "brp",
        "tahun",
        "dinas",
        "berapakah",
        "adalah",
        "sudah",
        "sdh",
        "akan",
        "juga",
        "harus",
        "kalau",
        "kalo",
        "jika",
        "tentang",
        "sama",
        "min",
        "kak",
        "bang",
        "pak",
        "bu",
        "mohon",
        "tolong",
        "info",
    ]
)


TAGS = {
    "casual",
    "formal",
    "oos",
    "near",
    "far",
    "two-part",
    "list",
    "number",
    "amount",
    "date",
    "deadline",
    "duration",
    "who",
    "role",
    "where",
    "definition",
    "acronym",
    "procedure",
    "condition",
    "table",
    "changed",
    "correction",
    "comparison",
    "yesno",
    "boundary",
}


def check():
    import yaml

    with open(QUESTIONS, encoding="utf-8") as f:
        qs = yaml.safe_load(f)
    errors = []
    ids = [q.get("id") for q in qs]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        errors.append(f"duplicate question ids: {dup}")
    texts = {}
    for stem in DOCS:
        if not os.path.exists(path_of(stem)):
            errors.append(f"missing document {stem}")
            continue
        texts[stem] = norm(doc_text(stem))
        if norm(FIKTIF) not in texts[stem]:
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
            if t not in TAGS:
                errors.append(f"{q['id']}: unknown tag {t!r}")
        if len(set(tags)) != len(tags):
            errors.append(f"{q['id']}: duplicate tags")
        if not isinstance(q["q"], str) or not q["q"].strip():
            errors.append(f"{q['id']}: empty question")
        if not tags or tags[0] not in ("casual", "formal"):
            errors.append(f"{q['id']}: first tag must be casual|formal")
        if not exp or "oos" in tags:
            if exp or facts or "oos" not in tags:
                errors.append(f"{q['id']}: out-of-scope question needs [] expected, [] facts, oos")
            if not re.fullmatch(r"za9[0-4]\d", q["id"]) or not 901 <= int(q["id"][2:]) <= 940:
                errors.append(f"{q['id']}: out-of-scope ids are za901..za940")
            if "near" in tags:
                n_near += 1
                near_qs.append(q)
            elif "far" in tags:
                n_far += 1
            else:
                errors.append(f"{q['id']}: oos needs near|far")
            continue
        if not re.fullmatch(r"za[0-8]\d\d", q["id"]):
            errors.append(f"{q['id']}: answerable ids are za001..za899")
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
            if len(nf.split()) > 8:
                errors.append(f"{q['id']}: fact {fact!r} longer than 8 words")
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
    if len(DOCS) < 18 or len(exts) < 7:
        errors.append(f"need >= 18 documents in >= 7 formats, got {len(DOCS)} in {len(exts)}")
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
    print("check passed: 0 problems; every fact found in its first expected document")
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
