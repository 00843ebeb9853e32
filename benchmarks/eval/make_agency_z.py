#!/usr/bin/env python3
"""Generate the documents of the fictional "agency Z" evaluation set.

Agency Z: Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Provinsi Selat Karimata Raya
(fictional province, capital Kota Tanjung Seruni, WIB). The ASN competency development programme
is "KIPRAH" (Kompetensi, Inovasi, dan Prestasi Aparatur Handal), recorded in the information
system "SILAJU" (Sistem Informasi Layanan Jam Pelajaran dan Uji Kompetensi), which replaced the
old application "e-PRAJA". 486 employees (312 PNS, 174 PPPK) in the Sekretariat, five bidang,
four UPTD Balai Latihan Kerja and three UPTD Pengawasan Ketenagakerjaan.

Near-domain trap: the UPTD BLK train the PUBLIC (Pelatihan Berbasis Kompetensi for job seekers);
that is not KIPRAH and is not described here beyond a few boundary statements.

Documents (written into agency_z/):
  pedoman-kiprah-2028.pdf                        long handbook (Jan 2028, still follows the old
                                                 regulation): cover, TOC, glossary, BAB I-XI,
                                                 catalogue over several pages with repeated
                                                 header, footnotes, running header/footer,
                                                 LAMPIRAN I-IV
  perkadis-11-2024-pengembangan-kompetensi.pdf   OLD regulation (BAB/Pasal/ayat), revoked
  perkadis-4-2028-kiprah.pdf                     NEW regulation, revokes the old one
  surat-tugas-pelatihan-pengawas-k3-listrik-2028.pdf  scanned-looking letter, kop, persons
  buletin-kiprah-edisi-ii-2028.pdf               two-column newsletter
  sop-pengusulan-pelatihan-eksternal.docx        SOP: identity table, steps table, merged cells
  notulen-rakor-kiprah-triwulan-ii-2028.docx     minutes, decisions and follow-up table
  kak-pelatihan-pengantar-kerja-ahli-muda-2028.docx  terms of reference: curriculum, budget
  formulir-kesepakatan-coaching-mentoring.docx   blank form template with instructions
  rekap-kiprah-2028.xlsx                         Capaian JP (formulas), Kuota Pelatihan,
                                                 Anggaran, Catatan
  rekap-jp-per-kelompok-jabatan-semester-i-2028.csv   semicolons, decimal commas
  masa-berlaku-sertifikat-instruktur-penguji-2028.csv certificate validity (comma)
  berita-intranet-peluncuran-silaju.html         intranet news with navigation chrome
  layanan-bantuan-silaju.html                    helpdesk table, ordered-list procedures
  profil-jabatan-fungsional-ketenagakerjaan.html definition list (<dl>)
  faq-kiprah.md                                  FAQ
  panduan-penyusunan-rpk-individu.md             guide with nested lists and a table
  changelog-silaju.md                            changelog with versions and dates
  grup-wa-fpu-kiprah-agustus-2028.txt            WhatsApp export with corrections
  nota-dinas-sekretaris-penutupan-data-jp-2028.txt  plain-text memo

Usage:
  python make_agency_z.py                     # write the documents
  python make_agency_z.py --text [stem ...]   # print the extracted text of each document
  python make_agency_z.py --check             # check questions_agency_z.yaml against documents

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
OUT = os.path.join(HERE, "agency_z")
QUESTIONS = os.path.join(HERE, "questions_agency_z.yaml")
FIXED_DATE = datetime.datetime(2028, 9, 4, 7, 30, tzinfo=datetime.UTC)
ZIP_DATE = (2028, 9, 4, 7, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."

DINAS = "Dinas Tenaga Kerja dan Transmigrasi"
SINGKAT = "Disnakertrans"
PROV = "Provinsi Selat Karimata Raya"
PROV_SHORT = "Selat Karimata Raya"
IBUKOTA = "Kota Tanjung Seruni"
KOTA = "Tanjung Seruni"
PROGRAM = "KIPRAH"
PROGRAM_LONG = "Kompetensi, Inovasi, dan Prestasi Aparatur Handal"
SISTEM = "SILAJU"
SISTEM_LONG = "Sistem Informasi Layanan Jam Pelajaran dan Uji Kompetensi"
SISTEM_OLD = "e-PRAJA"
SISTEM_OLD_LONG = "Elektronik Pencatatan Riwayat Aparatur dan Jabatan"
ALAMAT = "Jl. Datuk Laksamana Raja No. 45, Kota Tanjung Seruni 29261"
TELP = "(0779) 421 6030"
DOMAIN = "disnakertrans.selatkarimataprov.go.id"
EMAIL = f"kiprah@{DOMAIN}"
EMAIL_HELP = f"helpdesk.silaju@{DOMAIN}"
URL_SILAJU = f"https://silaju.{DOMAIN}"
WA_HELP = "0813-6620-4418"

KADIS = "Dr. H. Zulkarnain Abdul Rahman, S.E., M.Si."
KADIS_NIP = "19720915 199803 1 0**"
KADIS_OLD = "Ir. Hj. Rosnani Effendi, M.M."
KADIS_OLD_NIP = "19660704 199203 2 0**"
SEKRETARIS = "Dra. Suryani Hasibuan, M.AP."
SEKRETARIS_NIP = "19740228 199903 2 0**"
KASUBBAG = "Fadli Ramadhan Siregar, S.Sos., M.M."
KASUBBAG_NIP = "19820611 200701 1 0**"
KABID_LATTAS = "Ir. Anton Wijaya Kusuma, M.T."
KABID_PENTA = "Nurhasanah Daulay, S.E., M.Si."
KABID_HI = "Marudut Pardede, S.H., M.H."
KABID_WAS = "Ir. Gusti Randi Pratama, M.T."
KABID_TRANS = "Drs. Markus Lim Tjoen Fat, M.Si."
KA_BLK_TS = "Hendrik Darmawan, S.T., M.Pd."
KA_BLK_TM = "Sri Wahyuni Nasution, S.Pd., M.T."
KA_BLK_KP = "Antonius Ding, S.T."
KA_BLK_PS = "Rahmat Hidayat Tambunan, S.Kom."
KA_WAS1 = "Eko Prasetyo Nugroho, S.T., M.M."
KA_WAS2 = "Dayang Kartini, S.H."
KA_WAS3 = "Yulianus Bayu Aji, S.T."
ANALIS = "Winda Apriliani Putri, S.Psi., M.Psi."
VERIF1 = "Rizky Maulana Harahap, S.AP."
VERIF2 = "Ayu Lestari Ningsih, S.E."
PRANATA_SDM = "Dimas Arya Putra, A.Md."
ADMIN = "Bagas Adi Nugraha, S.Kom."
BENDAHARA = "Mutiara Sari Dewi, S.E."

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
# name, short name, PNS, PNS in a jabatan fungsional, PPPK, head, FPU (unit coordinator)
UNITS = [
    ("Sekretariat", "Sekretariat", 46, 5, 21, SEKRETARIS, "Yuni Kartika Sari, S.E."),
    (
        "Bidang Pelatihan dan Produktivitas",
        "Bid. Lattas",
        24,
        6,
        8,
        KABID_LATTAS,
        "Reza Fahlevi, S.T.",
    ),
    (
        "Bidang Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja",
        "Bid. Penta",
        27,
        15,
        9,
        KABID_PENTA,
        "Lidya Christina Manurung, S.Psi.",
    ),
    (
        "Bidang Hubungan Industrial dan Jaminan Sosial",
        "Bid. HI-Jamsos",
        22,
        12,
        6,
        KABID_HI,
        "Arief Budiman Lubis, S.H.",
    ),
    (
        "Bidang Pengawasan Ketenagakerjaan dan K3",
        "Bid. Wasnaker-K3",
        19,
        11,
        5,
        KABID_WAS,
        "Ir. Sutan Mangaraja Hasibuan",
    ),
    (
        "Bidang Transmigrasi",
        "Bid. Transmigrasi",
        21,
        4,
        7,
        KABID_TRANS,
        "Fransiska Natalia, S.Sos.",
    ),
    ("UPTD BLK Tanjung Seruni", "BLK Tanjung Seruni", 34, 22, 27, KA_BLK_TS, "Andi Saputra, S.Pd."),
    ("UPTD BLK Teluk Mandau", "BLK Teluk Mandau", 25, 16, 21, KA_BLK_TM, "Rina Marlina, S.E."),
    ("UPTD BLK Kuala Pegatan", "BLK Kuala Pegatan", 21, 13, 18, KA_BLK_KP, "Yohana Ayang, A.Md."),
    (
        "UPTD BLK Pulau Serindit",
        "BLK Pulau Serindit",
        16,
        9,
        14,
        KA_BLK_PS,
        "Syahrul Gunawan, S.Kom.",
    ),
    (
        "UPTD Pengawasan Ketenagakerjaan Wilayah I",
        "Wasnaker Wil. I",
        22,
        17,
        13,
        KA_WAS1,
        "Desi Ratnasari, S.T.",
    ),
    (
        "UPTD Pengawasan Ketenagakerjaan Wilayah II",
        "Wasnaker Wil. II",
        19,
        14,
        13,
        KA_WAS2,
        "Joko Susilo Wibowo, S.H.",
    ),
    (
        "UPTD Pengawasan Ketenagakerjaan Wilayah III",
        "Wasnaker Wil. III",
        16,
        12,
        12,
        KA_WAS3,
        "Maria Ulfa Ningrum, S.AP.",
    ),
]
WILAYAH = {
    "UPTD Pengawasan Ketenagakerjaan Wilayah I": f"{IBUKOTA}, Kabupaten Lingga Sari, dan "
    "Kabupaten Pesisir Seruni",
    "UPTD Pengawasan Ketenagakerjaan Wilayah II": "Kota Teluk Mandau, Kabupaten Sungai Belida, "
    "dan Kabupaten Mandau Hulu",
    "UPTD Pengawasan Ketenagakerjaan Wilayah III": "Kota Kuala Pegatan, Kabupaten Pulau Serindit, "
    "dan Kabupaten Karimata Selatan",
}
N_PNS = sum(u[2] for u in UNITS)
N_JF = sum(u[3] for u in UNITS)
N_PPPK = sum(u[4] for u in UNITS)
N_PEG = N_PNS + N_PPPK
N_STRUK = 38
N_PELAKSANA = N_PNS - N_JF - N_STRUK

# targets: old regulation (flat 20 JP) and new regulation
T_JF_OLD, T_PNS_OLD, T_PPPK_OLD = 20, 20, 20
T_JF, T_PNS, T_PPPK = 32, 24, 20


def target_unit(u):
    return T_JF * u[3] + T_PNS * (u[2] - u[3]) + T_PPPK * u[4]


# JP semester I 2028 (klasikal, nonklasikal), position 30 June 2028
JP_SEM1 = [
    (402, 311),
    (228, 162),
    (356, 187),
    (214, 149),
    (233, 120),
    (118, 96),
    (412, 228),
    (301, 176),
    (197, 131),
    (96, 84),
    (352, 161),
    (348, 169),
    (211, 104),
]
TARGET_TOTAL = sum(target_unit(u) for u in UNITS)
JP_KLAS = sum(a for a, _ in JP_SEM1)
JP_NON = sum(b for _, b in JP_SEM1)
JP_TOTAL = JP_KLAS + JP_NON
TONGGAK = 40


def capaian(i):
    return r1(sum(JP_SEM1[i]) / target_unit(UNITS[i]) * 100)


CAPAIAN_TOTAL = r1(JP_TOTAL / TARGET_TOTAL * 100)

# JF holders by type: (name, holders, pembina, distribution)
JF = [
    (
        "Pengantar Kerja",
        19,
        "Kementerian Ketenagakerjaan",
        "Bidang Penempatan Tenaga Kerja 15 orang, UPTD BLK 4 orang",
    ),
    (
        "Pengawas Ketenagakerjaan",
        44,
        "Kementerian Ketenagakerjaan",
        "Bidang Pengawasan Ketenagakerjaan dan K3 6 orang, UPTD Pengawasan Ketenagakerjaan "
        "38 orang",
    ),
    (
        "Mediator Hubungan Industrial",
        12,
        "Kementerian Ketenagakerjaan",
        "seluruhnya di Bidang Hubungan Industrial dan Jaminan Sosial",
    ),
    (
        "Instruktur",
        60,
        "Kementerian Ketenagakerjaan",
        "UPTD BLK 56 orang, Bidang Pelatihan dan Produktivitas 4 orang",
    ),
    (
        "Penguji Keselamatan dan Kesehatan Kerja",
        9,
        "Kementerian Ketenagakerjaan",
        "Bidang Pengawasan Ketenagakerjaan dan K3 5 orang, UPTD Pengawasan Ketenagakerjaan 4 orang",
    ),
    ("Analis SDM Aparatur", 5, "Badan Kepegawaian Negara", "Sekretariat 3 orang, bidang 2 orang"),
    ("Pranata Komputer", 3, "Badan Pusat Statistik", "Sekretariat, Bidang Transmigrasi, UPTD"),
    (
        "Perencana",
        4,
        "Kementerian PPN/Bappenas",
        "Sekretariat 1 orang, Bidang Pelatihan dan Produktivitas 1 orang, Bidang Transmigrasi "
        "2 orang",
    ),
]
assert sum(j[1] for j in JF) == N_JF


# ============================================================================ PDF helpers
def _pdf_setup(pdf, title):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(f"{DINAS} {PROV}")
    pdf.set_subject(FIKTIF)
    pdf.set_creator("make_agency_z.py")
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
PED_TITLE = f"Pedoman Program {PROGRAM} {SINGKAT} {PROV} Edisi 2028"

ISTILAH = [
    ("AKAD", "Antarkerja Antardaerah"),
    ("AKAN", "Antarkerja Antarnegara"),
    ("AKP", "Analisis Kebutuhan Pelatihan"),
    ("ASN", "Aparatur Sipil Negara"),
    ("BKD", "Badan Kepegawaian Daerah"),
    ("BKK", "Bursa Kerja Khusus"),
    ("BLK", "Balai Latihan Kerja"),
    ("BPSDM", "Badan Pengembangan Sumber Daya Manusia"),
    ("e-PRAJA", f"{SISTEM_OLD_LONG}, aplikasi pencatatan lama (2019-2028)"),
    ("HI", "Hubungan Industrial"),
    ("IPK", "Informasi Pasar Kerja"),
    ("JF", "Jabatan Fungsional"),
    ("JP", "Jam Pelajaran; 1 JP setara 45 menit"),
    ("K3", "Keselamatan dan Kesehatan Kerja"),
    ("KIPRAH", PROGRAM_LONG),
    ("LMS", "Learning Management System"),
    ("LSP", "Lembaga Sertifikasi Profesi"),
    ("MTU", "Mobile Training Unit, unit pelatihan keliling UPTD BLK bagi masyarakat"),
    ("OPKU", "Operator Kepegawaian Unit"),
    ("PBK", "Pelatihan Berbasis Kompetensi bagi pencari kerja di UPTD BLK"),
    ("PKB", "Perjanjian Kerja Bersama"),
    ("PNS", "Pegawai Negeri Sipil"),
    ("PPPK", "Pegawai Pemerintah dengan Perjanjian Kerja"),
    ("RPK", "Rencana Pengembangan Kompetensi individu"),
    ("SILAJU", f"{SISTEM_LONG}, pengganti e-PRAJA"),
    ("SKKNI", "Standar Kompetensi Kerja Nasional Indonesia"),
    ("SKP", "Sasaran Kinerja Pegawai"),
    ("UPTD", "Unit Pelaksana Teknis Daerah"),
]

TIM = [
    ("Pengarah", "Kepala Dinas", KADIS),
    ("Ketua", "Sekretaris", SEKRETARIS),
    ("Wakil Ketua", "Kepala Subbagian Umum dan Kepegawaian", KASUBBAG),
    ("Sekretaris Tim", "Analis SDM Aparatur Ahli Muda", ANALIS),
    ("Verifikator JP", "Analis SDM Aparatur Ahli Pertama", f"{VERIF1}; {VERIF2}"),
    ("Administrator aplikasi", "Pranata Komputer Ahli Pertama", ADMIN),
    ("Pengelola keuangan", "Bendahara Pengeluaran Pembantu", BENDAHARA),
    ("Operator Kepegawaian Unit (OPKU)", "Ditunjuk kepala unit kerja", "1 orang per unit kerja"),
]

# kode, nama, rumpun, jalur, sasaran, JP, jadwal, penyelenggara, kuota
KATALOG = [
    (
        "K-01",
        "Orientasi Pegawai PPPK Ketenagakerjaan",
        "Sosial Kultural",
        "Klasikal",
        "PPPK yang baru diangkat",
        "12",
        "Februari",
        "Subbagian Umum dan Kepegawaian",
        "40",
    ),
    (
        "K-02",
        "Pelatihan Pengantar Kerja Ahli Pertama",
        "Fungsional",
        "Klasikal",
        "Calon pemangku JF Pengantar Kerja",
        "64",
        "Mei",
        "Disnakertrans bersama Kementerian Ketenagakerjaan",
        "20",
    ),
    (
        "K-03",
        "Pelatihan Pengantar Kerja Ahli Muda",
        "Fungsional",
        "Klasikal",
        "Pengantar Kerja Ahli Pertama yang akan naik jenjang",
        "72",
        "September",
        "Disnakertrans",
        "20",
    ),
    (
        "K-04",
        "Pelatihan Teknis Mediator Hubungan Industrial Tingkat Dasar",
        "Teknis",
        "Klasikal",
        "Mediator HI dan calon mediator",
        "40",
        "Juni",
        "Kementerian Ketenagakerjaan",
        "6",
    ),
    (
        "K-05",
        "Pelatihan Teknis Mediator Hubungan Industrial Tingkat Lanjut",
        "Teknis",
        "Klasikal",
        "Mediator HI paling singkat 2 tahun dalam jabatan",
        "40",
        "November",
        "Kementerian Ketenagakerjaan",
        "4",
    ),
    (
        "K-06",
        "Pelatihan Pengawas Ketenagakerjaan: Pemeriksaan Norma K3 Listrik",
        "Teknis",
        "Campuran (8 JP daring, 40 JP tatap muka)",
        "Pengawas Ketenagakerjaan",
        "48",
        "Agustus",
        "Disnakertrans bersama Balai K3 Regional Barat",
        "12",
    ),
    (
        "K-07",
        "Pelatihan Pengawas Ketenagakerjaan: Pemeriksaan Norma K3 Pesawat Angkat dan Angkut",
        "Teknis",
        "Campuran (8 JP daring, 40 JP tatap muka)",
        "Pengawas Ketenagakerjaan",
        "48",
        "Oktober",
        "Disnakertrans bersama Balai K3 Regional Barat",
        "12",
    ),
    (
        "K-08",
        "Pelatihan Pengawas Ketenagakerjaan: Norma Kerja Perempuan dan Anak",
        "Teknis",
        "Klasikal",
        "Pengawas Ketenagakerjaan",
        "32",
        "Mei",
        "Disnakertrans",
        "15",
    ),
    (
        "K-09",
        "Pelatihan Penguji K3 Pesawat Uap dan Bejana Tekan",
        "Teknis",
        "Klasikal",
        "Penguji K3",
        "56",
        "Oktober",
        "Balai K3 Regional Barat",
        "4",
    ),
    (
        "K-10",
        "Pelatihan Penguji K3 Listrik",
        "Teknis",
        "Klasikal",
        "Penguji K3",
        "48",
        "Juli",
        "Balai K3 Regional Barat",
        "4",
    ),
    (
        "K-11",
        "Pelatihan Metodologi Pelatihan Dasar bagi Instruktur",
        "Fungsional",
        "Klasikal",
        "Instruktur baru, termasuk PPPK instruktur",
        "56",
        "Maret",
        "UPTD BLK Tanjung Seruni",
        "20",
    ),
    (
        "K-12",
        "Pelatihan Metodologi Pelatihan Lanjut bagi Instruktur",
        "Fungsional",
        "Klasikal",
        "Instruktur bersertifikat metodologi dasar",
        "48",
        "Juli",
        "UPTD BLK Tanjung Seruni",
        "15",
    ),
    (
        "K-13",
        "Upgrading Instruktur Kejuruan Teknik Las",
        "Teknis",
        "Klasikal",
        "Instruktur kejuruan las",
        "60",
        "Juni",
        "UPTD BLK Teluk Mandau",
        "8",
    ),
    (
        "K-14",
        "Upgrading Instruktur Kejuruan Teknologi Informasi: Administrasi Jaringan",
        "Teknis",
        "Campuran (24 JP daring, 16 JP tatap muka)",
        "Instruktur kejuruan TIK",
        "40",
        "Agustus",
        "UPTD BLK Tanjung Seruni",
        "8",
    ),
    (
        "K-15",
        "Pelatihan Asesor Kompetensi",
        "Teknis",
        "Klasikal",
        "Instruktur Ahli Muda ke atas",
        "40",
        "November",
        "LSP mitra",
        "10",
    ),
    (
        "K-16",
        "Bimtek Analisis Informasi Pasar Kerja",
        "Teknis",
        "Klasikal",
        "Pengantar Kerja dan pelaksana Bidang Penta",
        "24",
        "April",
        "Bidang Penta",
        "20",
    ),
    (
        "K-17",
        "Bimtek Penyiapan Permukiman Transmigrasi",
        "Teknis",
        "Klasikal",
        "Pegawai Bidang Transmigrasi",
        "24",
        "Mei",
        "Bidang Transmigrasi",
        "15",
    ),
    (
        "K-18",
        "Bimtek Penyusunan dan Pendaftaran Perjanjian Kerja Bersama",
        "Teknis",
        "Klasikal",
        "Pegawai Bidang HI-Jamsos",
        "16",
        "Oktober",
        "Bidang HI-Jamsos",
        "20",
    ),
    (
        "K-19",
        "Pelatihan Analis SDM Aparatur: Manajemen Talenta",
        "Teknis",
        "Klasikal",
        "Analis SDM Aparatur dan pengelola kepegawaian",
        "24",
        "Juni",
        "BKD Provinsi",
        "5",
    ),
    (
        "K-20",
        "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar",
        "Teknis",
        "Klasikal",
        "Pelaksana pengadaan",
        "24",
        "Maret",
        "Biro Pengadaan Setda Provinsi",
        "10",
    ),
    (
        "K-21",
        "Pelatihan Dasar K3 bagi Pegawai Nonteknis",
        "Teknis",
        "Klasikal",
        "Seluruh pegawai nonteknis",
        "16",
        "Maret",
        "Bidang Wasnaker-K3",
        "30",
    ),
    (
        "K-22",
        "Pelatihan Pelayanan Prima dan Penanganan Pengaduan",
        "Sosial Kultural",
        "Klasikal",
        "Petugas layanan publik",
        "16",
        "April",
        "Sekretariat",
        "30",
    ),
    (
        "K-23",
        "Bahasa Inggris untuk Pengantar Kerja Antarnegara",
        "Teknis",
        "Campuran (20 JP daring, 20 JP tatap muka)",
        "Pengantar Kerja dan petugas AKAN",
        "40",
        "Juli",
        "Bidang Penta",
        "12",
    ),
    (
        "K-24",
        "Literasi Digital dan Keamanan Data Pencari Kerja",
        "Sosial Kultural",
        "Nonklasikal (e-learning)",
        "Seluruh pegawai",
        "12",
        "Agustus",
        "Tim KIPRAH",
        "terbuka",
    ),
    (
        "K-25",
        "Pelatihan Mediasi dan Negosiasi bagi Pejabat Pengawas",
        "Manajerial",
        "Klasikal",
        "Pejabat pengawas",
        "24",
        "September",
        "BPSDM Provinsi",
        "15",
    ),
    (
        "K-26",
        "Kepemimpinan Adaptif bagi Kepala UPTD",
        "Manajerial",
        "Campuran (12 JP daring, 20 JP tatap muka)",
        "Kepala UPTD",
        "32",
        "November",
        "BPSDM Provinsi",
        "7",
    ),
    (
        "K-27",
        "Manajemen Kinerja dan Coaching bagi Atasan",
        "Manajerial",
        "Klasikal",
        "Pejabat struktural",
        "16",
        "Februari",
        "Tim KIPRAH",
        "25",
    ),
    (
        "K-28",
        "Jumat Belajar (kelas internal mingguan)",
        "Beragam",
        "Klasikal",
        "Seluruh pegawai",
        "2 per pertemuan",
        "Setiap Jumat, 13.30-15.30 WIB",
        "Tim KIPRAH",
        "terbuka",
    ),
    (
        "K-29",
        "Coaching dan Mentoring Jabatan",
        "Beragam",
        "Nonklasikal",
        "Seluruh pegawai",
        "2 per sesi",
        "Sepanjang tahun",
        "Atasan dan mentor",
        "-",
    ),
    (
        "K-30",
        "Webinar Bulanan Naker Menyapa",
        "Beragam",
        "Nonklasikal",
        "Seluruh pegawai",
        "2 per webinar",
        "Rabu pekan ketiga",
        "Tim KIPRAH",
        "terbuka",
    ),
    (
        "K-31",
        "Bedah Regulasi Ketenagakerjaan",
        "Teknis",
        "Nonklasikal",
        "Pegawai teknis",
        "2 per sesi",
        "Kamis pekan kedua",
        "Bidang HI-Jamsos",
        "terbuka",
    ),
    (
        "K-32",
        "Magang atau Detasering di Instansi Mitra",
        "Beragam",
        "Nonklasikal",
        "Pegawai terpilih",
        "5 per hari kerja",
        "Sepanjang tahun",
        "Tim KIPRAH",
        "6",
    ),
]

# kegiatan, old conversion, old cap, new cap
KONVERSI = [
    ("Coaching atau mentoring", "2 JP per sesi paling singkat 60 menit", "8 JP", "24 JP"),
    ("Jumat Belajar", "2 JP per pertemuan", "tidak dibatasi", "tidak dibatasi"),
    ("Webinar bersertifikat (paling singkat 2 jam)", "2 JP per webinar", "10 JP", "10 JP"),
    ("E-learning bersertifikat", "sesuai JP pada sertifikat", "20 JP", "20 JP"),
    ("Bedah Regulasi Ketenagakerjaan (peserta)", "2 JP per sesi", "12 JP", "12 JP"),
    ("Magang atau detasering", "5 JP per hari kerja", "30 JP", "40 JP"),
    ("Narasumber internal", "3 JP per penampilan", "12 JP", "12 JP"),
    ("Menulis artikel di Buletin KIPRAH", "4 JP per artikel yang dimuat", "8 JP", "8 JP"),
]

KALENDER = [
    ("Januari", "Penyusunan dan persetujuan RPK individu (paling lambat 31 Januari 2028)"),
    ("Februari", "Orientasi PPPK Angkatan I; Manajemen Kinerja dan Coaching bagi Atasan"),
    ("Maret", "Metodologi Pelatihan Dasar; Pengadaan Barang/Jasa; Dasar K3 Nonteknis"),
    ("April", "Migrasi data e-PRAJA ke SILAJU (10-28 April 2028); Bimtek IPK"),
    ("Mei", "SILAJU mulai digunakan 2 Mei 2028; Pengantar Kerja Ahli Pertama"),
    ("Juni", "e-PRAJA hanya-baca sampai 30 Juni 2028; Mediator HI Tingkat Dasar"),
    ("Juli", "Rapat Koordinasi KIPRAH Triwulan II; evaluasi semester I"),
    ("Agustus", "Pengawas K3 Listrik; Upgrading Instruktur TIK; e-learning Literasi Digital"),
    ("September", "Pengantar Kerja Ahli Muda; batas pengisian AKP 2029 (29 September 2028)"),
    ("Oktober", "Penguji K3 Pesawat Uap dan Bejana Tekan; Perjanjian Kerja Bersama"),
    ("November", "Mediator HI Tingkat Lanjut; Asesor Kompetensi; Kepemimpinan Adaptif"),
    ("Desember", "Penutupan data JP 2028 (29 Desember 2028); Anugerah KIPRAH"),
]

PEJABAT_STRUKTURAL = (
    "1 Kepala Dinas, 1 Sekretaris, 5 Kepala Bidang, 3 Kepala Subbagian, 7 Kepala UPTD, "
    "7 Kepala Subbagian Tata Usaha UPTD, dan 14 Kepala Seksi pada UPTD"
)


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
    pdf.running_right = f"{SINGKAT} {PROV}"
    pdf.skip_first_footer = True
    F = Flow(pdf)
    # ---------------------------------------------------------------- cover
    pdf.add_page()
    pdf.set_fill_color(12, 60, 110)
    pdf.rect(0, 0, 14, pdf.h, style="F")
    pdf.set_fill_color(230, 120, 30)
    pdf.rect(14, 0, 3, pdf.h, style="F")
    pdf.set_font("S", "B", 12)
    pdf.ln(14)
    for t in (f"PEMERINTAH {PROV.upper()}", DINAS.upper()):
        pdf.multi_cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(34)
    pdf.set_font("S", "B", 30)
    pdf.cell(0, 14, "PEDOMAN KIPRAH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 13)
    pdf.cell(0, 8, f"({PROGRAM_LONG})", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("S", "", 12.5)
    pdf.multi_cell(
        0,
        7,
        f"Program Pengembangan Kompetensi Aparatur Sipil Negara\ndi Lingkungan {DINAS}\nEdisi 2028",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(40)
    pdf.set_font("S", "", 11)
    pdf.cell(0, 6, "Versi 1.0 - Januari 2028", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"{IBUKOTA}, {PROV}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("S", "I", 9)
    pdf.cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- foreword
    F.chapter("", "KATA PENGANTAR", toc=False)
    F.p(
        "Aparatur ketenagakerjaan berada di garis depan pelayanan kepada pekerja, pencari kerja, "
        "pengusaha, dan transmigran. Pengantar kerja, pengawas ketenagakerjaan, mediator "
        "hubungan industrial, instruktur, dan penguji K3 bekerja dengan regulasi dan teknologi "
        "yang terus berubah. Tanpa pembelajaran yang terencana, pelayanan kita akan tertinggal."
    )
    F.p(
        f"Pedoman Program {PROGRAM} Edisi 2028 ini menjabarkan Peraturan Kepala Dinas Nomor 11 "
        "Tahun 2024 tentang Pedoman Pengembangan Kompetensi Pegawai Aparatur Sipil Negara di "
        f"Lingkungan {DINAS} {PROV}. Pedoman ini juga memuat katalog pembelajaran tahun 2028 dan "
        f"rencana peralihan pencatatan dari aplikasi {SISTEM_OLD} ke {SISTEM}."
    )
    F.p(
        "Apabila di kemudian hari peraturan yang menjadi dasar pedoman ini diubah atau diganti, "
        "ketentuan dalam peraturan yang baru yang berlaku, dan pedoman ini akan disesuaikan "
        "pada edisi berikutnya."
    )
    F.p(
        "Terima kasih kami sampaikan kepada Tim KIPRAH, para Operator Kepegawaian Unit, dan "
        "seluruh kepala unit kerja. Saran perbaikan dapat dikirim ke pos-el " + EMAIL + "."
    )
    F.sign([f"{IBUKOTA}, 17 Januari 2028", "Kepala Dinas,", "", KADIS, f"NIP {KADIS_NIP}"])

    # ---------------------------------------------------------------- TOC
    F.chapter("", "DAFTAR ISI", toc=False)
    for level, text, page in toc:
        pdf.set_font("S", "B" if level == 0 else "", 9.6)
        ind = 0 if level == 0 else 8
        pdf.set_x(pdf.l_margin + ind)
        w = F.width - ind - 12
        pdf.cell(w, 5.2, text)
        pdf.cell(12, 5.2, str(page), align="R", new_x="LMARGIN", new_y="NEXT")
    if not toc:
        for _ in range(70):
            pdf.cell(0, 5.2, "", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- glossary
    F.chapter("", "DAFTAR ISTILAH DAN SINGKATAN")
    F.table(["Istilah", "Kepanjangan / arti"], [list(x) for x in ISTILAH], [28, 112], size=9)

    # ---------------------------------------------------------------- BAB I
    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("1.1 Latar Belakang")
    F.p(
        f"{DINAS} {PROV} ({SINGKAT}) menyelenggarakan urusan ketenagakerjaan dan "
        "ketransmigrasian yang menjadi kewenangan provinsi. Pada tahun 2027 Dinas melayani "
        "sekitar 1,9 juta angkatan kerja di 9 kabupaten/kota, mengawasi 6.412 perusahaan, dan "
        "menangani 287 perselisihan hubungan industrial.",
        note=[
            (
                "1)",
                "Data Rencana Strategis Disnakertrans Provinsi Selat Karimata Raya 2025-2029, "
                "pemutakhiran Desember 2027.",
            )
        ],
    )
    F.p(
        "Hasil pemetaan kompetensi akhir tahun 2027 menunjukkan rata-rata capaian JP pegawai baru "
        "14,8 JP per orang, sementara 23 dari 60 instruktur belum memiliki sertifikat "
        "metodologi pelatihan lanjut. Di sisi lain, banyak pembelajaran yang sebenarnya sudah "
        "dilakukan pegawai, seperti webinar dan coaching, tidak tercatat."
    )
    F.p(
        f"Sejak tahun 2025 Dinas menjalankan program {PROGRAM} ({PROGRAM_LONG}), yaitu program "
        "internal pengembangan kompetensi bagi seluruh PNS dan PPPK Dinas yang menggabungkan "
        "pelatihan klasikal, pembelajaran nonklasikal, serta sertifikasi jabatan fungsional."
    )
    F.h2("1.2 Maksud dan Tujuan")
    F.p("Pedoman ini menjadi acuan bagi pegawai, atasan, OPKU, dan Tim KIPRAH, dengan tujuan:")
    F.items(
        [
            "menyeragamkan perencanaan, pelaksanaan, pencatatan, dan pelaporan pengembangan "
            "kompetensi;",
            "memastikan setiap pegawai memenuhi target JP tahunan;",
            "meningkatkan jumlah pemangku jabatan fungsional yang bersertifikat; dan",
            "menjamin seluruh JP tercatat dalam aplikasi resmi Dinas.",
        ],
        kind="al",
    )
    F.h2("1.3 Sasaran")
    F.p(
        f"Sasaran program adalah {N_PEG} pegawai yang terdiri atas {N_PNS} PNS dan {N_PPPK} PPPK "
        "pada Sekretariat, lima bidang, empat UPTD Balai Latihan Kerja, dan tiga UPTD Pengawasan "
        "Ketenagakerjaan. Indikator keberhasilan tahun 2028: capaian JP Dinas 100% dari target, "
        "80% pegawai memenuhi target individu, dan seluruh instruktur memiliki sertifikat "
        "metodologi pelatihan dasar."
    )
    F.h2("1.4 Ruang Lingkup dan Batasan")
    F.p(
        f"{PROGRAM} hanya mengatur pengembangan kompetensi pegawai ASN Dinas. Pelatihan Berbasis "
        "Kompetensi (PBK) dan Mobile Training Unit (MTU) yang diselenggarakan UPTD Balai Latihan "
        "Kerja bagi masyarakat pencari kerja bukan bagian dari KIPRAH dan diatur dalam pedoman "
        "penyelenggaraan pelatihan UPTD BLK tersendiri. Perbedaan keduanya dirangkum dalam "
        "LAMPIRAN IV.",
        note=[
            (
                "2)",
                "Pertanyaan tentang pendaftaran, persyaratan, dan fasilitas peserta pelatihan "
                "masyarakat agar disampaikan langsung kepada UPTD BLK yang bersangkutan.",
            )
        ],
    )
    F.p(
        "Pedoman ini juga tidak mengatur tugas belajar dan izin belajar, kenaikan pangkat, uji "
        "kompetensi kenaikan jenjang jabatan fungsional, cuti, maupun penilaian kinerja "
        "pegawai. Hal-hal tersebut mengikuti ketentuan kepegawaian yang dikelola BKD Provinsi."
    )
    F.h2("1.5 Dasar Hukum")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara beserta peraturan pelaksanaannya;",
            "Undang-Undang tentang Ketenagakerjaan beserta peraturan pelaksanaannya;",
            f"Peraturan Gubernur {PROV} Nomor 27 Tahun 2023 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {DINAS};",
            "Peraturan Kepala Dinas Nomor 11 Tahun 2024 tentang Pedoman Pengembangan "
            "Kompetensi Pegawai Aparatur Sipil Negara.",
        ]
    )

    # ---------------------------------------------------------------- BAB II
    F.chapter("BAB II", "ORGANISASI PELAKSANA")
    F.h2("2.1 Tim KIPRAH")
    F.p(
        "Program dikelola oleh Tim KIPRAH yang ditetapkan dengan Keputusan Kepala Dinas pada awal "
        "tahun. Susunan Tim KIPRAH tahun 2028 adalah sebagai berikut."
    )
    F.table(
        ["Kedudukan", "Jabatan", "Nama"],
        [list(t) for t in TIM],
        [40, 55, 55],
        caption="Tabel 2.1 Susunan Tim KIPRAH Tahun 2028",
        size=9,
    )
    F.h2("2.2 Tugas Operator Kepegawaian Unit")
    F.p(
        "Setiap kepala unit kerja menunjuk satu Operator Kepegawaian Unit (OPKU). Daftar OPKU "
        "tahun 2028 terdapat pada LAMPIRAN III. Tugas OPKU meliputi:"
    )
    F.items(
        [
            "mengingatkan pegawai di unitnya untuk menyusun RPK dan mengunggah bukti kegiatan;",
            "memeriksa kelengkapan usulan pelatihan eksternal sebelum diteruskan ke "
            "Subbagian Umum dan Kepegawaian;",
            "memantau capaian JP unit setiap bulan dan melaporkannya kepada kepala unit kerja; dan",
            "menjadi narahubung pertama bagi pegawai untuk persoalan pencatatan JP.",
        ]
    )
    F.h2("2.3 Peran Atasan Langsung")
    F.p(
        "Atasan langsung membimbing penyusunan RPK, memberi rekomendasi atas usulan pelatihan, "
        "melakukan coaching, dan menilai penerapan hasil pembelajaran di tempat kerja. Peran "
        "atasan sebagai coach menjadi salah satu kriteria kategori Mentor Inspiratif pada "
        "Anugerah KIPRAH."
    )

    # ---------------------------------------------------------------- BAB III
    F.chapter("BAB III", "PROFIL PEGAWAI DAN TARGET JP")
    F.h2("3.1 Profil Pegawai")
    F.p(
        f"Per 1 Januari 2028 Dinas memiliki {N_PEG} pegawai: {N_PNS} PNS dan {N_PPPK} PPPK. "
        f"Dari {N_PNS} PNS, sebanyak {N_JF} orang menduduki jabatan fungsional, {N_STRUK} orang "
        f"pejabat struktural ({PEJABAT_STRUKTURAL}), dan {N_PELAKSANA} orang pelaksana."
    )
    rows = []
    for u in UNITS:
        rows.append(
            [u[0], str(u[2]), str(u[3]), str(u[4]), str(u[2] + u[4]), ribuan(20 * (u[2] + u[4]))]
        )
    rows.append(["Jumlah", str(N_PNS), str(N_JF), str(N_PPPK), str(N_PEG), ribuan(20 * N_PEG)])
    F.table(
        ["Unit kerja", "PNS", "PNS dalam JF", "PPPK", "Jumlah", "Target JP unit 2028"],
        rows,
        [62, 14, 18, 14, 16, 22],
        caption="Tabel 3.1 Pegawai dan Target JP per Unit Kerja (posisi 1 Januari 2028)",
        size=8.6,
        aligns=["L", "C", "C", "C", "C", "C"],
        bold_last=True,
    )
    F.h2("3.2 Target JP Individu")
    F.p(
        "Sesuai Peraturan Kepala Dinas Nomor 11 Tahun 2024, setiap PNS dan PPPK wajib "
        "mengikuti pengembangan kompetensi paling sedikit 20 JP dalam satu tahun. Target unit "
        "kerja adalah jumlah pegawai dikalikan 20 JP.",
        note=[
            (
                "3)",
                "Target JP mengikuti peraturan yang berlaku. Perubahan target akan diumumkan "
                "Tim KIPRAH dan dimutakhirkan di aplikasi pencatatan.",
            )
        ],
    )
    F.p(
        "Pegawai yang diangkat, pindah masuk, atau kembali dari tugas belajar pada pertengahan "
        "tahun memperoleh target proporsional sesuai jumlah bulan aktif. Pegawai yang menjalani "
        "cuti di luar tanggungan negara tidak dihitung dalam target unit."
    )

    # ---------------------------------------------------------------- BAB IV
    F.chapter("BAB IV", "JALUR PEMBELAJARAN DAN KONVERSI JP")
    F.h2("4.1 Jalur Klasikal")
    F.p(
        "Jalur klasikal adalah pembelajaran tatap muka di kelas atau secara sinkron dengan "
        "pengajar, antara lain pelatihan, kursus, bimbingan teknis, seminar, lokakarya, dan "
        "kelas internal Jumat Belajar."
    )
    F.h2("4.2 Jalur Nonklasikal")
    F.p(
        "Jalur nonklasikal meliputi coaching, mentoring, e-learning, webinar, Bedah Regulasi "
        "Ketenagakerjaan, magang atau detasering, serta kegiatan berbagi pengetahuan. JP dari "
        "jalur nonklasikal diakui paling banyak 50% dari target JP individu.",
        note=[("4)", "Pasal 6 ayat (2) Peraturan Kepala Dinas Nomor 11 Tahun 2024.")],
    )
    F.h2("4.3 Pelatihan Campuran (Blended)")
    F.p(
        "Pelatihan campuran dihitung sebagai jalur klasikal apabila porsi tatap mukanya paling "
        "sedikit 50% dari total JP. Apabila porsi tatap muka kurang dari 50%, seluruh JP "
        "pelatihan tersebut dihitung sebagai jalur nonklasikal."
    )
    F.h2("4.4 Tabel Konversi JP Nonklasikal")
    F.table(
        ["Kegiatan", "Konversi", "Batas per tahun"],
        [[k[0], k[1], k[2]] for k in KONVERSI],
        [60, 60, 28],
        caption="Tabel 4.1 Konversi JP Kegiatan Nonklasikal",
        size=9,
    )
    F.p(
        "Sesi coaching atau mentoring yang berlangsung kurang dari 60 menit tidak diakui. "
        "Webinar tanpa sertifikat atau tanpa bukti kehadiran juga tidak diakui. 1 JP setara "
        "dengan 45 menit pembelajaran."
    )

    # ---------------------------------------------------------------- BAB V
    F.chapter("BAB V", "KATALOG PEMBELAJARAN KIPRAH 2028", orientation="L")
    F.p(
        "Katalog berikut memuat pembelajaran yang direncanakan pada tahun 2028. Jadwal dapat "
        "bergeser dan akan diumumkan melalui OPKU. Kolom Kuota menunjukkan jumlah kursi untuk "
        "pegawai Dinas.",
        note=[
            (
                "5)",
                "Pelatihan campuran ditulis dengan pembagian JP daring dan tatap muka; "
                "penentuan jalurnya mengikuti angka 4.3.",
            ),
            ("6)", "Kuota terbuka berarti tidak dibatasi sepanjang kapasitas ruang mencukupi."),
        ],
    )
    F.table(
        [
            "Kode",
            "Nama pembelajaran",
            "Rumpun",
            "Jalur",
            "Sasaran",
            "JP",
            "Jadwal",
            "Penyelenggara",
            "Kuota",
        ],
        [list(k) for k in KATALOG],
        [14, 57, 20, 30, 37, 17, 26, 40, 14],
        caption="Tabel 5.1 Katalog Pembelajaran KIPRAH 2028",
        size=8,
        lh=3.8,
        aligns=["C", "L", "L", "L", "L", "C", "L", "L", "C"],
    )
    F.p(
        "Pelatihan kepemimpinan (PKP, PKA, dan PKN) diselenggarakan oleh BPSDM Provinsi "
        "berdasarkan usulan BKD dan tidak termasuk dalam katalog ini."
    )

    # ---------------------------------------------------------------- BAB VI
    F.chapter("BAB VI", "PELATIHAN JABATAN FUNGSIONAL KETENAGAKERJAAN")
    F.h2("6.1 Pemangku Jabatan Fungsional")
    F.table(
        ["Jabatan fungsional", "Pemangku", "Instansi pembina", "Sebaran"],
        [[j[0], str(j[1]), j[2], j[3]] for j in JF] + [["Jumlah", str(N_JF), "", ""]],
        [40, 16, 36, 56],
        caption="Tabel 6.1 Pemangku Jabatan Fungsional (posisi 1 Januari 2028)",
        size=8.8,
        bold_last=True,
    )
    F.h2("6.2 Pengantar Kerja")
    F.p(
        "Calon pemangku JF Pengantar Kerja wajib lulus Pelatihan Pengantar Kerja Ahli Pertama "
        "(K-02, 64 JP) sebelum diangkat. Pengantar Kerja Ahli Pertama yang akan naik ke jenjang "
        "Ahli Muda wajib mengikuti Pelatihan Pengantar Kerja Ahli Muda (K-03, 72 JP). Kedua "
        "pelatihan ini sering tertukar; perhatikan jenjangnya saat mendaftar."
    )
    F.h2("6.3 Pengawas Ketenagakerjaan dan Penguji K3")
    F.p(
        "Pengawas Ketenagakerjaan melakukan pemeriksaan norma kerja dan norma K3 di perusahaan, "
        "sedangkan Penguji K3 melakukan pengujian teknis atas objek K3 seperti instalasi listrik, "
        "pesawat uap, dan bejana tekan. Karena itu Pelatihan Pengawas Ketenagakerjaan: "
        "Pemeriksaan Norma K3 Listrik (K-06) berbeda dengan Pelatihan Penguji K3 Listrik (K-10); "
        "K-06 ditujukan bagi Pengawas, K-10 hanya bagi Penguji K3."
    )
    F.h2("6.4 Mediator Hubungan Industrial")
    F.p(
        "Mediator HI menangani mediasi perselisihan hak, kepentingan, pemutusan hubungan kerja, "
        "dan perselisihan antarserikat pekerja. Tingkat Dasar (K-04) diikuti mediator baru, "
        "sedangkan Tingkat Lanjut (K-05) diikuti mediator dengan masa jabatan paling singkat "
        "2 tahun."
    )
    F.h2("6.5 Instruktur")
    F.p(
        "Instruktur di UPTD BLK wajib memiliki sertifikat metodologi pelatihan dasar paling lambat "
        "1 tahun sejak pengangkatan, dan sertifikat kompetensi kejuruan yang masih berlaku. "
        "Waktu mengajar instruktur pada PBK bagi masyarakat adalah pelaksanaan tugas jabatan, "
        "bukan kegiatan pengembangan kompetensi, sehingga tidak dihitung sebagai JP KIPRAH.",
        note=[
            (
                "7)",
                "Instruktur yang menjadi narasumber internal Jumat Belajar bagi sesama pegawai "
                "tetap memperoleh JP narasumber sesuai Tabel 4.1.",
            )
        ],
    )

    # ---------------------------------------------------------------- BAB VII
    F.chapter("BAB VII", "PERENCANAAN: RPK DAN AKP")
    F.h2("7.1 Rencana Pengembangan Kompetensi Individu")
    F.p(
        "Setiap pegawai menyusun RPK untuk satu tahun berjalan bersama atasan langsung. RPK "
        "memuat kesenjangan kompetensi, rencana pembelajaran, JP yang direncanakan, dan waktu "
        "pelaksanaan. RPK disusun paling lambat 31 Januari dan disetujui oleh Kepala Subbagian "
        "Umum dan Kepegawaian. Format RPK terdapat pada LAMPIRAN II."
    )
    F.h2("7.2 Analisis Kebutuhan Pelatihan")
    F.p(
        "AKP untuk tahun berikutnya disusun oleh setiap unit kerja dan dikirim kepada Tim KIPRAH "
        "paling lambat 29 September 2028. Hasil AKP menjadi dasar penyusunan katalog dan usulan "
        "anggaran tahun 2029."
    )
    F.h2("7.3 Usulan Pelatihan Eksternal")
    F.p(
        "Pelatihan eksternal berbiaya diusulkan melalui OPKU dan disetujui oleh Sekretaris. "
        "Jumlah pegawai satu unit kerja yang mengikuti pelatihan eksternal pada waktu bersamaan "
        "paling banyak 10% dari jumlah pegawai unit tersebut."
    )

    # ---------------------------------------------------------------- BAB VIII
    F.chapter("BAB VIII", "PENCATATAN DAN PELAPORAN")
    F.h2("8.1 Aplikasi Pencatatan")
    F.p(
        f"Sejak 2019 JP pegawai dicatat dalam aplikasi {SISTEM_OLD} ({SISTEM_OLD_LONG}). Pada "
        f"tahun 2028 pencatatan beralih ke {SISTEM} ({SISTEM_LONG}). Migrasi data direncanakan "
        f"10-28 April 2028 dan {SISTEM} direncanakan mulai digunakan 2 Mei 2028. Setelah itu "
        f"{SISTEM_OLD} hanya dapat dibaca sampai 30 Juni 2028.",
        note=[
            (
                "8)",
                "Jadwal peralihan dapat berubah; informasi terbaru disampaikan Administrator "
                "aplikasi melalui OPKU.",
            )
        ],
    )
    F.h2("8.2 Unggah Bukti dan Penetapan JP")
    F.p(
        "Pegawai mengunggah bukti kegiatan (sertifikat, daftar hadir, atau laporan) paling lambat "
        "14 hari kalender setelah kegiatan selesai. Berkas berformat PDF atau JPG dengan ukuran "
        "paling besar 2 MB. JP ditetapkan oleh Kepala Subbagian Umum dan Kepegawaian setelah "
        "diperiksa Verifikator JP."
    )
    F.h2("8.3 Laporan Pasca-Pelatihan")
    F.p(
        "Pegawai yang mengikuti pelatihan eksternal wajib menyampaikan laporan pasca-pelatihan "
        "paling lambat 30 hari kalender setelah pelatihan selesai, serta membagikan pengetahuan "
        "dalam forum Jumat Belajar paling lambat 60 hari setelah pelatihan."
    )
    F.h2("8.4 Penutupan Data")
    F.p(
        "Data JP tahun berjalan ditutup pada hari kerja terakhir bulan Desember. Untuk tahun "
        "2028 penutupan data dijadwalkan pada 29 Desember 2028."
    )

    # ---------------------------------------------------------------- BAB IX
    F.chapter("BAB IX", "PEMBIAYAAN")
    F.h2("9.1 Sumber Dana")
    F.p(
        "Kegiatan KIPRAH dibiayai dari DPA Dinas pada sub kegiatan Pengembangan Kompetensi "
        "Aparatur, serta dapat didukung oleh instansi pembina jabatan fungsional dan mitra "
        "sepanjang tidak menimbulkan konflik kepentingan."
    )
    F.h2("9.2 Penggantian Biaya Kursus Mandiri")
    F.p(
        "Pegawai yang mengikuti kursus bersertifikat atas biaya sendiri dan relevan dengan RPK "
        "dapat mengajukan penggantian biaya paling banyak Rp1.500.000 per pegawai per tahun, "
        "sepanjang anggaran tersedia. Pengajuan dilengkapi kuitansi, sertifikat, dan "
        "persetujuan atasan langsung.",
        note=[("9)", "Pasal 14 Peraturan Kepala Dinas Nomor 11 Tahun 2024.")],
    )
    F.h2("9.3 Perjalanan Dinas")
    F.p(
        "Biaya perjalanan dinas peserta pelatihan di luar kota mengikuti ketentuan perjalanan "
        "dinas Pemerintah Provinsi dan tidak diatur dalam pedoman ini."
    )

    # ---------------------------------------------------------------- BAB X
    F.chapter("BAB X", "MONITORING, EVALUASI, DAN PENGHARGAAN")
    F.h2("10.1 Monitoring")
    F.p(
        "OPKU memantau capaian JP unit setiap bulan. Tim KIPRAH menyajikan rekap triwulanan dalam "
        "Rapat Koordinasi KIPRAH. Tonggak capaian semester I adalah 40% dari target tahunan."
    )
    F.h2("10.2 Evaluasi Pasca-Pelatihan")
    F.p(
        "Evaluasi penerapan hasil pelatihan dilakukan oleh atasan langsung 6 bulan setelah "
        "pelatihan selesai dengan formulir evaluasi yang disediakan Tim KIPRAH."
    )
    F.h2("10.3 Anugerah KIPRAH")
    F.p("Penghargaan tahunan Anugerah KIPRAH diberikan dalam empat kategori:")
    F.items(
        [
            "Pembelajar Teladan: tiga orang, masing-masing dari PNS jabatan fungsional, PNS "
            "nonfungsional, dan PPPK, dengan capaian paling sedikit 150% dari target;",
            "Unit Pembelajar Terbaik: unit kerja dengan persentase capaian JP tertinggi dan "
            "seluruh pegawainya memenuhi target;",
            "Mentor Inspiratif: atasan atau mentor dengan jumlah sesi dan penilaian mentee "
            "terbaik; dan",
            "Karya Berbagi Pengetahuan: artikel atau materi Jumat Belajar yang paling bermanfaat.",
        ]
    )
    F.p(
        "Penerima Anugerah KIPRAH memperoleh piagam, trofi, dan prioritas mengikuti satu "
        "pelatihan eksternal pada tahun berikutnya."
    )
    F.h2("10.4 Konsekuensi Tidak Memenuhi Target")
    F.p(
        "Pegawai yang tidak memenuhi target JP dicatat dalam penilaian perilaku kerja oleh "
        "atasan langsung."
    )

    # ---------------------------------------------------------------- BAB XI
    F.chapter("BAB XI", "PENUTUP", newpage=False)
    F.p(
        "Pedoman ini berlaku sejak ditetapkan. Hal-hal yang belum diatur akan ditetapkan "
        "kemudian oleh Ketua Tim KIPRAH."
    )

    # ---------------------------------------------------------------- LAMPIRAN
    F.chapter("LAMPIRAN I", "KALENDER KIPRAH 2028")
    F.table(
        ["Bulan", "Kegiatan utama"],
        [list(k) for k in KALENDER],
        [22, 126],
        caption="Kalender KIPRAH 2028",
        size=9,
    )
    F.chapter("LAMPIRAN II", "FORMAT RENCANA PENGEMBANGAN KOMPETENSI (RPK)")
    F.kv(
        [
            ("Nama / NIP", "...................................................."),
            ("Jabatan / Unit kerja", "...................................................."),
            ("Atasan langsung", "...................................................."),
            ("Target JP tahun berjalan", ".......... JP"),
        ]
    )
    F.table(
        ["No", "Kompetensi yang dikembangkan", "Kesenjangan", "Bentuk pembelajaran", "JP", "Waktu"],
        [[str(i), "", "", "", "", ""] for i in range(1, 6)],
        [8, 45, 30, 40, 10, 15],
        caption="Tabel L2.1 Rencana pembelajaran",
        size=9,
    )
    F.p(
        "RPK ditandatangani pegawai dan atasan langsung, kemudian disahkan Kepala Subbagian "
        "Umum dan Kepegawaian."
    )
    F.chapter("LAMPIRAN III", "DAFTAR OPERATOR KEPEGAWAIAN UNIT (OPKU) 2028")
    F.table(
        ["No", "Unit kerja", "Kepala unit", "OPKU"],
        [[str(i), u[0], u[5], u[6]] for i, u in enumerate(UNITS, 1)],
        [8, 62, 45, 40],
        caption="Tabel L3.1 Kepala unit dan OPKU",
        size=8.6,
    )
    F.chapter("LAMPIRAN IV", "PERBEDAAN KIPRAH DAN PBK DI UPTD BLK")
    F.table(
        ["Aspek", "KIPRAH", "PBK di UPTD BLK"],
        [
            ["Sasaran", "PNS dan PPPK Disnakertrans", "Masyarakat pencari kerja"],
            [
                "Dasar pengaturan",
                "Peraturan Kepala Dinas Nomor 11 Tahun 2024",
                "Pedoman penyelenggaraan pelatihan UPTD BLK (terpisah)",
            ],
            [
                "Pengelola",
                "Tim KIPRAH di Sekretariat",
                "Kepala UPTD BLK dan Bidang Pelatihan dan Produktivitas",
            ],
            [
                "Pencatatan",
                "e-PRAJA, kemudian SILAJU",
                "Sistem pendaftaran pelatihan masyarakat, bukan SILAJU",
            ],
            ["Satuan", "JP pengembangan kompetensi ASN", "Jam pelatihan per program kejuruan"],
            [
                "Peran instruktur",
                "Peserta pembelajaran",
                "Pengajar (tugas jabatan, tidak dihitung JP KIPRAH)",
            ],
            [
                "Informasi",
                "OPKU dan Tim KIPRAH",
                "Loket dan laman resmi masing-masing UPTD BLK",
            ],
        ],
        [28, 60, 60],
        caption="Tabel L4.1 KIPRAH dibandingkan dengan PBK",
        size=9,
    )
    F.p(FIKTIF, italic=True, align="C")
    return F.marks


# ============================================================================ regulations (PDF)
def _reg_head(F, nomor, tahun, tentang):
    F.center(f"PERATURAN KEPALA {DINAS.upper()}", 11.5)
    F.center(PROV.upper(), 11.5)
    F.center(f"NOMOR {nomor} TAHUN {tahun}", 11.5)
    F.pdf.ln(3)
    F.center("TENTANG", 11)
    F.center(tentang.upper(), 11)
    F.pdf.ln(3)
    F.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", 10.5)
    F.pdf.ln(1)
    F.center(f"KEPALA {DINAS.upper()}\n{PROV.upper()},", 10.5)
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


OLD_TENTANG = (
    f"Pedoman Pengembangan Kompetensi Pegawai Aparatur Sipil Negara di Lingkungan {DINAS} {PROV}"
)
NEW_TENTANG = (
    f"Program Kompetensi, Inovasi, dan Prestasi Aparatur Handal ({PROGRAM}) di Lingkungan "
    f"{DINAS} {PROV}"
)

DEF_COMMON = [
    f"Dinas adalah {DINAS} {PROV}.",
    f"Kepala Dinas adalah Kepala {DINAS} {PROV}.",
    "Sekretaris adalah Sekretaris Dinas.",
    "Unit Kerja adalah Sekretariat, bidang, dan Unit Pelaksana Teknis Daerah di lingkungan Dinas.",
    "Pegawai adalah Pegawai Negeri Sipil (PNS) dan Pegawai Pemerintah dengan Perjanjian Kerja "
    "(PPPK) yang bekerja pada Dinas.",
    "Pengembangan Kompetensi adalah upaya pemenuhan kebutuhan kompetensi Pegawai sesuai "
    "standar kompetensi jabatan dan rencana pengembangan karier.",
    "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pembelajaran yang setara "
    "dengan 45 (empat puluh lima) menit.",
    "Jalur Klasikal adalah pembelajaran tatap muka di kelas atau sinkron bersama pengajar.",
    "Jalur Nonklasikal adalah pembelajaran yang dilaksanakan di luar kelas, antara lain di "
    "tempat kerja, secara mandiri, atau melalui media daring.",
    "Rencana Pengembangan Kompetensi yang selanjutnya disingkat RPK adalah rencana "
    "pembelajaran individu Pegawai untuk satu tahun.",
    "Pelatihan Eksternal adalah pelatihan yang diselenggarakan oleh pihak di luar Dinas.",
]


def _reg_old():
    B = []
    B.append(("bab", "I", "KETENTUAN UMUM"))
    B.append(
        (
            "pasal",
            [
                (
                    "Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:",
                    DEF_COMMON
                    + [
                        "Operator Kepegawaian Unit yang selanjutnya disingkat OPKU adalah "
                        "Pegawai yang ditunjuk kepala Unit Kerja untuk mengelola administrasi "
                        "pengembangan kompetensi di Unit Kerjanya.",
                        f"{SISTEM_OLD} adalah aplikasi {SISTEM_OLD_LONG} yang digunakan Dinas "
                        "untuk mencatat riwayat pengembangan kompetensi Pegawai.",
                    ],
                )
            ],
        )
    )
    B.append(("bab", "II", "TUJUAN"))
    B.append(
        (
            "pasal",
            "Pengembangan Kompetensi bertujuan meningkatkan kompetensi teknis, manajerial, dan "
            "sosial kultural Pegawai guna mendukung pelayanan ketenagakerjaan dan "
            "ketransmigrasian.",
        )
    )
    B.append(("bab", "III", "HAK DAN KEWAJIBAN"))
    B.append(
        (
            "pasal",
            [
                "Setiap Pegawai berhak memperoleh kesempatan Pengembangan Kompetensi.",
                "Setiap PNS wajib mengikuti Pengembangan Kompetensi paling sedikit 20 (dua "
                "puluh) JP dalam 1 (satu) tahun.",
                "Setiap PPPK wajib mengikuti Pengembangan Kompetensi paling sedikit 20 (dua "
                "puluh) JP dalam 1 (satu) tahun.",
                "Pegawai yang baru diangkat wajib mengikuti orientasi paling sedikit 12 (dua "
                "belas) JP.",
            ],
        )
    )
    B.append(("bab", "IV", "JALUR PENGEMBANGAN KOMPETENSI"))
    B.append(
        (
            "pasal",
            (
                "Jalur Klasikal meliputi:",
                [
                    "pelatihan dan kursus;",
                    "bimbingan teknis;",
                    "seminar, lokakarya, dan konferensi; dan",
                    "kelas internal Dinas.",
                ],
            ),
        )
    )
    B.append(
        (
            "pasal",
            (
                "Jalur Nonklasikal meliputi:",
                [
                    "coaching dan mentoring;",
                    "e-learning dan webinar;",
                    "magang atau detasering; dan",
                    "berbagi pengetahuan.",
                ],
            ),
        )
    )
    B.append(
        (
            "pasal",
            [
                "JP Jalur Nonklasikal diakui sesuai tabel konversi sebagaimana tercantum dalam "
                "Lampiran.",
                "JP Jalur Nonklasikal diakui paling banyak 50% (lima puluh persen) dari target "
                "JP Pegawai.",
                "Coaching dan mentoring diakui 2 (dua) JP untuk setiap sesi paling singkat 60 "
                "(enam puluh) menit, paling banyak 8 (delapan) JP dalam 1 (satu) tahun.",
                "Pelatihan campuran dihitung sebagai Jalur Klasikal apabila porsi tatap muka "
                "paling sedikit 50% (lima puluh persen) dari total JP.",
            ],
        )
    )
    B.append(("bab", "V", "PERENCANAAN"))
    B.append(
        (
            "pasal",
            [
                "Setiap Pegawai menyusun RPK bersama atasan langsung paling lambat tanggal 31 "
                "Januari tahun berjalan.",
                "RPK disetujui oleh Kepala Subbagian Umum dan Kepegawaian.",
            ],
        )
    )
    B.append(
        (
            "pasal",
            "Unit Kerja menyusun analisis kebutuhan pelatihan untuk tahun berikutnya paling "
            "lambat akhir bulan September.",
        )
    )
    B.append(("bab", "VI", "PELATIHAN EKSTERNAL"))
    B.append(
        (
            "pasal",
            [
                "Usulan Pelatihan Eksternal disampaikan melalui OPKU kepada Subbagian Umum dan "
                "Kepegawaian.",
                "Pelatihan Eksternal berbiaya disetujui oleh Sekretaris.",
                "Jumlah Pegawai satu Unit Kerja yang mengikuti Pelatihan Eksternal pada waktu "
                "bersamaan paling banyak 10% (sepuluh persen) dari jumlah Pegawai Unit Kerja.",
            ],
        )
    )
    B.append(
        (
            "pasal",
            [
                "Peserta Pelatihan Eksternal wajib menyampaikan laporan pasca-pelatihan paling "
                "lambat 30 (tiga puluh) hari kalender setelah pelatihan selesai.",
                "Peserta Pelatihan Eksternal wajib membagikan pengetahuan kepada Pegawai lain "
                "paling lambat 60 (enam puluh) hari kalender setelah pelatihan selesai.",
            ],
        )
    )
    B.append(("bab", "VII", "PENCATATAN"))
    B.append(
        (
            "pasal",
            [
                f"Seluruh kegiatan Pengembangan Kompetensi dicatat dalam {SISTEM_OLD}.",
                "Bukti kegiatan diunggah paling lambat 14 (empat belas) hari kalender setelah "
                "kegiatan selesai.",
                "JP ditetapkan oleh Kepala Subbagian Umum dan Kepegawaian setelah diverifikasi.",
                "Data JP tahun berjalan ditutup pada hari kerja terakhir bulan Desember.",
            ],
        )
    )
    B.append(("bab", "VIII", "PEMBIAYAAN"))
    B.append(
        (
            "pasal",
            "Pengembangan Kompetensi dibiayai dari anggaran Dinas dan sumber lain yang sah dan "
            "tidak mengikat.",
        )
    )
    B.append(
        (
            "pasal",
            "Biaya perjalanan dinas peserta mengikuti ketentuan perjalanan dinas Pemerintah "
            "Provinsi.",
        )
    )
    B.append(
        (
            "pasal",
            [
                "Pegawai yang mengikuti kursus bersertifikat atas biaya sendiri dapat "
                "memperoleh penggantian biaya paling banyak Rp1.500.000,00 (satu juta lima "
                "ratus ribu rupiah) per Pegawai per tahun.",
                "Penggantian biaya sebagaimana dimaksud pada ayat (1) diberikan sepanjang "
                "kursus relevan dengan RPK dan anggaran tersedia.",
            ],
        )
    )
    B.append(("bab", "IX", "EVALUASI DAN PENGHARGAAN"))
    B.append(
        (
            "pasal",
            "Atasan langsung mengevaluasi penerapan hasil pelatihan 6 (enam) bulan setelah "
            "pelatihan selesai.",
        )
    )
    B.append(
        (
            "pasal",
            "Kepala Dinas memberikan penghargaan kepada Pegawai dan Unit Kerja dengan capaian "
            "Pengembangan Kompetensi terbaik setiap tahun.",
        )
    )
    B.append(
        (
            "pasal",
            "Pegawai yang tidak memenuhi kewajiban sebagaimana dimaksud dalam Pasal 3 dicatat "
            "dalam penilaian perilaku kerja oleh atasan langsung.",
        )
    )
    B.append(("bab", "X", "KETENTUAN PENUTUP"))
    B.append(
        (
            "pasal",
            "Pada saat Peraturan Kepala Dinas ini mulai berlaku, Keputusan Kepala Dinas Nomor "
            "800/412/Disnakertrans/2019 tentang Pendidikan dan Pelatihan Pegawai dicabut dan "
            "dinyatakan tidak berlaku.",
        )
    )
    B.append(("pasal", "Peraturan Kepala Dinas ini mulai berlaku pada tanggal ditetapkan."))
    return B


def _reg_new():
    B = []
    B.append(("bab", "I", "KETENTUAN UMUM"))
    B.append(
        (
            "pasal",
            [
                (
                    "Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:",
                    DEF_COMMON
                    + [
                        f"{PROGRAM} adalah program {PROGRAM_LONG}, yaitu program Pengembangan "
                        "Kompetensi Pegawai di lingkungan Dinas.",
                        f"Tim {PROGRAM} adalah tim yang ditetapkan Kepala Dinas untuk mengelola "
                        f"{PROGRAM}.",
                        "Fasilitator Pembelajaran Unit yang selanjutnya disingkat FPU adalah "
                        "Pegawai yang ditunjuk untuk memfasilitasi Pengembangan Kompetensi di "
                        "Unit Kerjanya.",
                        "Verifikator JP adalah anggota Tim KIPRAH yang memeriksa bukti dan "
                        "menetapkan JP.",
                        f"{SISTEM} adalah {SISTEM_LONG}, aplikasi resmi pencatatan "
                        "Pengembangan Kompetensi Pegawai Dinas.",
                        f"{SISTEM_OLD} adalah aplikasi pencatatan lama yang digantikan oleh "
                        f"{SISTEM}.",
                    ],
                )
            ],
        )
    )
    B.append(("bab", "II", "PROGRAM KIPRAH DAN PENGELOLA"))
    B.append(
        (
            "pasal",
            [
                f"Pengembangan Kompetensi Pegawai dilaksanakan melalui {PROGRAM}.",
                f"{PROGRAM} tidak mencakup pelatihan bagi masyarakat yang diselenggarakan oleh "
                "UPTD Balai Latihan Kerja.",
            ],
        )
    )
    B.append(
        (
            "pasal",
            [
                f"Tim {PROGRAM} terdiri atas pengarah, ketua, wakil ketua, sekretaris, "
                "Verifikator JP, administrator aplikasi, dan pengelola keuangan.",
                "Kepala Dinas bertindak sebagai pengarah dan Sekretaris sebagai ketua.",
            ],
        )
    )
    B.append(
        (
            "pasal",
            [
                "Setiap Unit Kerja memiliki 1 (satu) FPU yang ditunjuk oleh kepala Unit Kerja "
                "dan ditetapkan oleh Kepala Dinas.",
                "FPU mengingatkan Pegawai, memeriksa kelengkapan usulan, dan memantau capaian "
                "JP Unit Kerja setiap bulan.",
            ],
        )
    )
    B.append(("bab", "III", "HAK DAN KEWAJIBAN"))
    B.append(
        (
            "pasal",
            [
                "Setiap Pegawai berhak memperoleh kesempatan Pengembangan Kompetensi.",
                "Setiap PNS yang menduduki jabatan fungsional wajib mengikuti Pengembangan "
                "Kompetensi paling sedikit 32 (tiga puluh dua) JP dalam 1 (satu) tahun.",
                "Setiap PNS selain sebagaimana dimaksud pada ayat (2) wajib mengikuti "
                "Pengembangan Kompetensi paling sedikit 24 (dua puluh empat) JP dalam 1 (satu) "
                "tahun.",
                "Setiap PPPK wajib mengikuti Pengembangan Kompetensi paling sedikit 20 (dua "
                "puluh) JP dalam 1 (satu) tahun.",
                "Pegawai yang baru diangkat wajib mengikuti orientasi paling sedikit 16 (enam "
                "belas) JP.",
                "Pegawai yang mulai bertugas setelah bulan Januari memperoleh target JP "
                "proporsional sesuai jumlah bulan aktif.",
            ],
        )
    )
    B.append(("bab", "IV", "JALUR PENGEMBANGAN KOMPETENSI"))
    B.append(
        (
            "pasal",
            (
                "Jalur Klasikal meliputi:",
                [
                    "pelatihan dan kursus;",
                    "bimbingan teknis;",
                    "seminar, lokakarya, dan konferensi; dan",
                    "kelas internal Jumat Belajar.",
                ],
            ),
        )
    )
    B.append(
        (
            "pasal",
            (
                "Jalur Nonklasikal meliputi:",
                [
                    "coaching dan mentoring;",
                    "e-learning dan webinar;",
                    "Bedah Regulasi Ketenagakerjaan;",
                    "magang atau detasering; dan",
                    "berbagi pengetahuan.",
                ],
            ),
        )
    )
    B.append(
        (
            "pasal",
            [
                "JP Jalur Nonklasikal diakui sesuai tabel konversi sebagaimana tercantum dalam "
                "Lampiran.",
                "JP Jalur Nonklasikal diakui paling banyak 70% (tujuh puluh persen) dari target "
                "JP Pegawai.",
                "Coaching dan mentoring diakui 2 (dua) JP untuk setiap sesi paling singkat 60 "
                "(enam puluh) menit, paling banyak 24 (dua puluh empat) JP dalam 1 (satu) "
                "tahun.",
                "Pelatihan campuran dihitung sebagai Jalur Klasikal apabila porsi tatap muka "
                "paling sedikit 50% (lima puluh persen) dari total JP.",
            ],
        )
    )
    B.append(("bab", "V", "PERENCANAAN"))
    B.append(
        (
            "pasal",
            [
                "Setiap Pegawai menyusun RPK bersama atasan langsung paling lambat tanggal 28 "
                "Februari tahun berjalan.",
                "RPK disetujui oleh atasan langsung dan dicatat dalam SILAJU.",
            ],
        )
    )
    B.append(
        (
            "pasal",
            "Unit Kerja menyusun analisis kebutuhan pelatihan untuk tahun berikutnya paling "
            "lambat akhir bulan September.",
        )
    )
    B.append(("bab", "VI", "PELATIHAN EKSTERNAL"))
    B.append(
        (
            "pasal",
            [
                "Usulan Pelatihan Eksternal diajukan melalui SILAJU dan diperiksa FPU paling "
                "lambat 20 (dua puluh) hari kerja sebelum pelatihan dimulai.",
                "Pelatihan Eksternal dengan biaya paling banyak Rp7.500.000,00 (tujuh juta lima "
                "ratus ribu rupiah) per orang disetujui oleh Sekretaris.",
                "Pelatihan Eksternal dengan biaya lebih dari Rp7.500.000,00 (tujuh juta lima "
                "ratus ribu rupiah) per orang disetujui oleh Kepala Dinas.",
                "Jumlah Pegawai satu Unit Kerja yang mengikuti Pelatihan Eksternal pada waktu "
                "bersamaan paling banyak 15% (lima belas persen) dari jumlah Pegawai Unit Kerja.",
                "Batas sebagaimana dimaksud pada ayat (4) tidak berlaku bagi pelatihan wajib "
                "jabatan fungsional yang pesertanya dipanggil oleh instansi pembina.",
            ],
        )
    )
    B.append(
        (
            "pasal",
            [
                "Peserta Pelatihan Eksternal wajib menyampaikan laporan pasca-pelatihan paling "
                "lambat 14 (empat belas) hari kalender setelah pelatihan selesai.",
                "Peserta Pelatihan Eksternal wajib membagikan pengetahuan dalam forum Jumat "
                "Belajar paling lambat 30 (tiga puluh) hari kalender setelah pelatihan selesai.",
            ],
        )
    )
    B.append(("bab", "VII", "PENCATATAN DAN PENGAKUAN JP"))
    B.append(
        (
            "pasal",
            [
                f"Seluruh kegiatan Pengembangan Kompetensi dicatat dalam {SISTEM}.",
                "Bukti kegiatan diunggah paling lambat 10 (sepuluh) hari kerja setelah kegiatan "
                "selesai.",
                "JP ditetapkan oleh Verifikator JP setelah pengajuan disetujui atasan langsung.",
                "Apabila atasan langsung tidak menanggapi pengajuan dalam 3 (tiga) hari kerja, "
                "pengajuan diteruskan secara otomatis kepada Verifikator JP.",
                "Data JP tahun berjalan ditutup paling lambat tanggal 15 Desember.",
            ],
        )
    )
    B.append(
        (
            "pasal",
            [
                "Kegiatan tanpa bukti yang sah tidak diakui sebagai JP.",
                "Kegiatan yang sama hanya diakui 1 (satu) kali.",
                "Kegiatan mengajar Instruktur pada pelatihan bagi masyarakat pencari kerja di UPTD "
                "Balai Latihan Kerja merupakan pelaksanaan tugas jabatan dan tidak diakui sebagai "
                "JP.",
                "Rapat kerja dan sosialisasi yang tidak memuat kegiatan pembelajaran tidak "
                "diakui sebagai JP.",
            ],
        )
    )
    B.append(("bab", "VIII", "PEMBIAYAAN"))
    B.append(
        (
            "pasal",
            "Pengembangan Kompetensi dibiayai dari anggaran Dinas dan sumber lain yang sah dan "
            "tidak mengikat.",
        )
    )
    B.append(
        (
            "pasal",
            "Biaya perjalanan dinas peserta mengikuti ketentuan perjalanan dinas Pemerintah "
            "Provinsi.",
        )
    )
    B.append(
        (
            "pasal",
            [
                "Pegawai yang mengikuti kursus bersertifikat atas biaya sendiri dapat "
                "memperoleh penggantian biaya paling banyak Rp2.500.000,00 (dua juta lima ratus "
                "ribu rupiah) per Pegawai per tahun.",
                "Penggantian biaya diajukan paling lambat 30 (tiga puluh) hari kalender setelah "
                "kursus selesai, sepanjang kursus relevan dengan RPK dan anggaran tersedia.",
            ],
        )
    )
    B.append(("bab", "IX", "EVALUASI, PENGHARGAAN, DAN KONSEKUENSI"))
    B.append(
        (
            "pasal",
            "Atasan langsung mengevaluasi penerapan hasil pelatihan 3 (tiga) bulan setelah "
            "pelatihan selesai.",
        )
    )
    B.append(
        (
            "pasal",
            [
                "Kepala Dinas memberikan Anugerah KIPRAH setiap bulan Desember.",
                "Anugerah KIPRAH terdiri atas kategori Pembelajar Teladan, Unit Pembelajar "
                "Terbaik, Mentor Inspiratif, dan Karya Berbagi Pengetahuan.",
            ],
        )
    )
    B.append(
        (
            "pasal",
            [
                "Pegawai yang tidak memenuhi kewajiban sebagaimana dimaksud dalam Pasal 5 wajib "
                "mengikuti Klinik JP dan menyusun rencana pemenuhan bersama atasan langsung.",
                "Pegawai yang tidak memenuhi kewajiban 2 (dua) tahun berturut-turut tidak "
                "diusulkan mengikuti Pelatihan Eksternal berbiaya pada tahun berikutnya.",
            ],
        )
    )
    B.append(("bab", "X", "KETENTUAN PERALIHAN"))
    B.append(
        (
            "pasal",
            [
                f"JP yang telah tercatat dalam {SISTEM_OLD} tetap diakui dan dipindahkan ke "
                f"{SISTEM}.",
                f"{SISTEM_OLD} dapat diakses hanya untuk dibaca sampai dengan tanggal 30 Juni "
                "2028.",
                "Pelatihan Eksternal yang telah disetujui sebelum tanggal 1 April 2028 tetap "
                "dilaksanakan sesuai ketentuan yang berlaku sebelumnya.",
                "RPK tahun 2028 yang telah disetujui tetap berlaku.",
                "OPKU yang telah ditunjuk menjalankan tugas FPU sampai ditetapkannya FPU.",
            ],
        )
    )
    B.append(("bab", "XI", "KETENTUAN PENUTUP"))
    B.append(
        (
            "pasal",
            "Pada saat Peraturan Kepala Dinas ini mulai berlaku, Peraturan Kepala Dinas Nomor 11 "
            f"Tahun 2024 tentang {OLD_TENTANG} dicabut dan dinyatakan tidak berlaku.",
        )
    )
    B.append(("pasal", "Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 April 2028."))
    return B


REG = {
    "old": dict(
        nomor=11,
        tahun=2024,
        tentang=OLD_TENTANG,
        body=_reg_old,
        ditetapkan="19 Agustus 2024",
        kadis=KADIS_OLD,
        kadis_nip=KADIS_OLD_NIP,
        caps=2,
        menimbang=[
            "bahwa pengembangan kompetensi merupakan hak dan kewajiban setiap pegawai aparatur "
            "sipil negara;",
            "bahwa Keputusan Kepala Dinas Nomor 800/412/Disnakertrans/2019 tentang Pendidikan dan "
            "Pelatihan Pegawai perlu disesuaikan dengan perkembangan peraturan;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
            "menetapkan Peraturan Kepala Dinas tentang Pedoman Pengembangan Kompetensi Pegawai "
            "Aparatur Sipil Negara;",
        ],
    ),
    "new": dict(
        nomor=4,
        tahun=2028,
        tentang=NEW_TENTANG,
        body=_reg_new,
        ditetapkan="6 Maret 2028",
        kadis=KADIS,
        kadis_nip=KADIS_NIP,
        caps=3,
        menimbang=[
            "bahwa target pengembangan kompetensi pegawai perlu dibedakan menurut jenis jabatan;",
            f"bahwa pencatatan pengembangan kompetensi telah beralih ke aplikasi {SISTEM};",
            "bahwa Peraturan Kepala Dinas Nomor 11 Tahun 2024 sudah tidak sesuai dengan "
            "kebutuhan sehingga perlu diganti;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a sampai dengan "
            f"huruf c, perlu menetapkan Peraturan Kepala Dinas tentang Program {PROGRAM};",
        ],
    ),
}


def render_reg(path, key):
    R = REG[key]
    title = f"Peraturan Kepala {SINGKAT} {PROV} Nomor {R['nomor']} Tahun {R['tahun']}"
    pdf = _make_pdf(title, fam="R", header="", bottom=22)
    pdf.running = f"Peraturan Kepala Dinas Nomor {R['nomor']} Tahun {R['tahun']}"
    pdf.footer_left = f"{SINGKAT} {PROV} - {FIKTIF}"
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
            f"Peraturan Gubernur {PROV} Nomor 27 Tahun 2023 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {DINAS};",
        ],
        indent=6,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(
        f"Menetapkan : PERATURAN KEPALA DINAS TENTANG {R['tentang'].upper()}.",
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
    F.p(f"Ditetapkan di {KOTA}", align="L", indent=92)
    F.p(f"pada tanggal {R['ditetapkan']}", align="L", indent=92)
    F.sign(["KEPALA DINAS,", "", R["kadis"], f"NIP {R['kadis_nip']}"])
    # lampiran
    pdf.add_page()
    F.p(
        f"LAMPIRAN\nPERATURAN KEPALA DINAS NOMOR {R['nomor']} TAHUN {R['tahun']}",
        bold=True,
        align="L",
        indent=80,
    )
    F.center("TABEL KONVERSI JP KEGIATAN NONKLASIKAL", 10.5)
    pdf.ln(2)
    F.table(
        ["No", "Kegiatan", "Konversi", "Batas per tahun"],
        [[str(i), k[0], k[1], k[R["caps"]]] for i, k in enumerate(KONVERSI, 1)],
        [8, 58, 56, 26],
        size=9.2,
        fill=(235, 235, 235),
    )
    F.sign(["KEPALA DINAS,", "", R["kadis"]])
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


def render_reg_old(path):
    return render_reg(path, "old")


def render_reg_new(path):
    return render_reg(path, "new")


# ============================================================================ letter (PDF)
SURAT_NO = "800.1.11.1/1472/UMPEG/VII/2028"
BIAYA_K3L = 8_250_000
# nama, NIP (masked), pangkat/golongan, jabatan, unit
PESERTA_K3L = [
    (
        "Dewi Anggraini, S.T.",
        "19890521 201403 2 ***",
        "Penata Tk. I (III/d)",
        "Pengawas Ketenagakerjaan Ahli Muda",
        "UPTD Pengawasan Ketenagakerjaan Wilayah II",
    ),
    (
        "Muhammad Iqbal Siregar, S.T.",
        "19xxxxxx xxxxxx x xxx",
        "Penata (III/c)",
        "Pengawas Ketenagakerjaan Ahli Pertama",
        "UPTD Pengawasan Ketenagakerjaan Wilayah I",
    ),
    (
        "Rudi Hartono Simanjuntak, S.T.",
        "19930817 201903 1 ***",
        "Penata Muda Tk. I (III/b)",
        "Pengawas Ketenagakerjaan Ahli Pertama",
        "UPTD Pengawasan Ketenagakerjaan Wilayah I",
    ),
    (
        "Siti Khadijah, S.T.",
        "19xxxxxx xxxxxx x xxx",
        "Penata Muda Tk. I (III/b)",
        "Pengawas Ketenagakerjaan Ahli Pertama",
        "UPTD Pengawasan Ketenagakerjaan Wilayah I",
    ),
    (
        "Benny Kurniawan Tan, S.T.",
        "19910303 201503 1 ***",
        "Penata (III/c)",
        "Pengawas Ketenagakerjaan Ahli Pertama",
        "UPTD Pengawasan Ketenagakerjaan Wilayah II",
    ),
    (
        "Agustina Lenny Sinaga, S.T.",
        "19xxxxxx xxxxxx x xxx",
        "Penata Muda Tk. I (III/b)",
        "Pengawas Ketenagakerjaan Ahli Pertama",
        "UPTD Pengawasan Ketenagakerjaan Wilayah III",
    ),
    (
        "Hasan Basri, S.T., M.T.",
        "19840909 200903 1 ***",
        "Penata Tk. I (III/d)",
        "Pengawas Ketenagakerjaan Ahli Muda",
        "UPTD Pengawasan Ketenagakerjaan Wilayah III",
    ),
    (
        "Putri Ayu Lestari, S.T.",
        "19xxxxxx xxxxxx x xxx",
        "Penata Muda (III/a)",
        "Pengawas Ketenagakerjaan Ahli Pertama",
        "Bidang Pengawasan Ketenagakerjaan dan K3",
    ),
    (
        "Yoseph Kristianto, S.T.",
        "19800612 200604 1 ***",
        "Pembina (IV/a)",
        "Pengawas Ketenagakerjaan Ahli Muda",
        "Bidang Pengawasan Ketenagakerjaan dan K3",
    ),
]


def _kop(pdf):
    pdf.set_draw_color(40, 40, 40)
    pdf.ellipse(20, 13, 21, 24, style="D")
    pdf.set_font("R", "B", 6)
    pdf.set_xy(20, 23)
    pdf.cell(21, 3, "LAMBANG", align="C")
    pdf.set_xy(43, 12)
    pdf.set_font("R", "B", 12.5)
    w = pdf.w - 43 - 16
    pdf.cell(w, 6, f"PEMERINTAH {PROV.upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(43)
    pdf.set_font("R", "B", 13)
    pdf.multi_cell(w, 6, DINAS.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(43)
    pdf.set_font("R", "", 8.5)
    pdf.multi_cell(
        w,
        4,
        f"{ALAMAT}, Telepon {TELP}\nLaman www.{DOMAIN}  Pos-el sekretariat@{DOMAIN}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = max(pdf.get_y(), 39) + 2
    pdf.set_line_width(1.0)
    pdf.line(16, y, pdf.w - 16, y)
    pdf.set_line_width(0.3)
    pdf.line(16, y + 1.4, pdf.w - 16, y + 1.4)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 6)


def _scan_background(pdf):
    """Off-white paper, speckles and a grey edge shadow, like a photocopy scan."""
    rng = random.Random(1472 + pdf.page_no())
    pdf.set_fill_color(246, 244, 236)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(205, 205, 200)
    pdf.rect(0, 0, 4, pdf.h, style="F")
    pdf.rect(pdf.w - 2.5, 0, 2.5, pdf.h, style="F")
    for _ in range(260):
        g = rng.randint(90, 170)
        pdf.set_fill_color(g, g, g)
        r = rng.choice((0.15, 0.2, 0.25, 0.35))
        pdf.ellipse(rng.uniform(5, pdf.w - 5), rng.uniform(5, pdf.h - 5), r, r, style="F")
    pdf.set_fill_color(255, 255, 255)


def _stamp(pdf, x, y):
    pdf.set_draw_color(70, 70, 150)
    pdf.set_line_width(0.7)
    with pdf.rotation(12, x + 17, y + 17):
        pdf.ellipse(x, y, 34, 34, style="D")
        pdf.ellipse(x + 4, y + 4, 26, 26, style="D")
    pdf.set_draw_color(20, 20, 70)
    pdf.set_line_width(0.5)
    pdf.bezier([(x + 14, y + 24), (x + 22, y + 2), (x + 30, y + 30), (x + 40, y + 8)])
    pdf.bezier([(x + 28, y + 20), (x + 34, y + 14), (x + 38, y + 24), (x + 46, y + 16)])
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def render_surat(path):
    pdf = _make_pdf(
        "Surat Tugas Pelatihan Pengawas Ketenagakerjaan Pemeriksaan Norma K3 Listrik",
        fam="R",
        bottom=18,
    )
    pdf.pre_header = _scan_background
    pdf.no_footer = True
    pdf.set_text_color(35, 35, 35)
    F = Flow(pdf, size=10.3, lh=5.1)
    pdf.set_margins(24, 18, 20)
    pdf.add_page()
    _kop(pdf)
    F.center("SURAT TUGAS", 12.5)
    F.center(f"Nomor: {SURAT_NO}", 10.3, style="")
    pdf.ln(4)
    F.kv([("Dasar", "")], label_w=24)
    pdf.set_y(pdf.get_y() - 6)
    F.items(
        [
            f"Peraturan Kepala Dinas Nomor 4 Tahun 2028 tentang Program {PROGRAM};",
            "Surat Kepala Balai K3 Regional Barat Nomor B.412/BK3RB/VII/2028 tanggal 12 Juli "
            "2028 perihal Pemanggilan Peserta Pelatihan Pengawas Ketenagakerjaan: Pemeriksaan "
            "Norma K3 Listrik Angkatan I;",
            f"Dokumen Pelaksanaan Anggaran (DPA) {SINGKAT} Tahun Anggaran 2028.",
        ],
        indent=28,
    )
    F.center("MENUGASKAN:", 11)
    pdf.ln(1)
    F.p("Kepada:", align="L")
    F.table(
        ["No", "Nama / NIP", "Pangkat/Gol.", "Jabatan", "Unit kerja"],
        [[str(i), f"{p[0]}\nNIP {p[1]}", p[2], p[3], p[4]] for i, p in enumerate(PESERTA_K3L, 1)],
        [9, 44, 26, 35, 39],
        size=8.3,
        lh=3.9,
        fill=(225, 225, 220),
    )
    F.p("Untuk:", align="L")
    total = BIAYA_K3L * len(PESERTA_K3L)
    F.items(
        [
            "Mengikuti Pelatihan Pengawas Ketenagakerjaan: Pemeriksaan Norma K3 Listrik "
            "Angkatan I sebanyak 48 JP, terdiri atas sesi daring pada tanggal 1-2 Agustus 2028 "
            "dan sesi tatap muka pada tanggal 7-11 Agustus 2028 di Gedung Balai K3 Regional "
            "Barat, Jl. Hang Tuah Km. 6, Kota Teluk Mandau;",
            "Melakukan registrasi peserta tatap muka pada hari Senin, 7 Agustus 2028 pukul "
            "07.00-07.45 WIB;",
            "Membawa alat pelindung diri (helm, sepatu keselamatan, dan sarung tangan isolasi) "
            "serta laptop;",
            f"Biaya kontribusi pelatihan sebesar {rp(BIAYA_K3L)} per orang, seluruhnya "
            f"{rp(total)} ({terbilang(total)} rupiah), serta biaya perjalanan dinas dibebankan "
            f"pada DPA {SINGKAT} Tahun Anggaran 2028;",
            "Mengunggah sertifikat ke SILAJU paling lambat 10 hari kerja dan menyampaikan "
            "laporan pasca-pelatihan paling lambat 14 hari kalender setelah pelatihan selesai;",
            "Membagikan pengetahuan dalam forum Jumat Belajar paling lambat 30 hari kalender "
            "setelah pelatihan selesai;",
            "Melaksanakan tugas ini dengan penuh tanggung jawab.",
        ],
        indent=4,
    )
    F.need(60)
    y0 = pdf.get_y()
    F.sign(
        [
            f"Ditetapkan di {KOTA}",
            "pada tanggal 24 Juli 2028",
            "KEPALA DINAS,",
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ],
        x_off=86,
    )
    _stamp(pdf, pdf.l_margin + 76, y0 + 8)
    F.p("Tembusan:", align="L", size=9)
    pdf.set_font("R", "", 9)
    for i, t in enumerate(
        [
            "Sekretaris Dinas;",
            "Kepala Bidang Pengawasan Ketenagakerjaan dan K3;",
            "Kepala UPTD Pengawasan Ketenagakerjaan Wilayah I, II, dan III;",
            "Bendahara Pengeluaran;",
            "Arsip.",
        ],
        1,
    ):
        pdf.cell(0, 4.5, f"{i}. {t}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("R", "I", 7.5)
    pdf.cell(0, 4, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ newsletter (PDF)
def buletin_articles():
    best = max(range(len(UNITS)), key=capaian)
    worst = min(range(len(UNITS)), key=capaian)
    below = [UNITS[i][0] for i in range(len(UNITS)) if capaian(i) < TONGGAK]
    return [
        (
            "Dari Meja Redaksi",
            [
                "Buletin KIPRAH Edisi II tahun 2028 hadir ketika SILAJU genap tiga bulan "
                "digunakan. Edisi ini merangkum angka capaian semester I, aturan baru dalam "
                "Peraturan Kepala Dinas Nomor 4 Tahun 2028, dan agenda September-Oktober.",
            ],
        ),
        (
            "SILAJU Tiga Bulan Berjalan",
            [
                "Sejak diluncurkan pada 2 Mei 2028, SILAJU telah memproses 4.917 pengajuan JP. "
                "Rata-rata waktu verifikasi turun dari 9,4 hari kerja pada masa e-PRAJA menjadi "
                "3,2 hari kerja.",
                "e-PRAJA resmi dimatikan pada 1 Juli 2028 setelah masa hanya-baca berakhir. Versi "
                "1.3.0 yang dirilis 17 Juli 2028 menambahkan modul Coaching dan Mentoring serta "
                "menaikkan batas ukuran berkas unggahan menjadi 5 MB.",
            ],
        ),
        (
            "Kilas Angka Semester I",
            [
                f"Sampai 30 Juni 2028 seluruh pegawai mengumpulkan {ribuan(JP_TOTAL)} JP atau "
                f"{koma(CAPAIAN_TOTAL)}% dari target tahunan {ribuan(TARGET_TOTAL)} JP.",
                f"Capaian tertinggi diraih {UNITS[best][0]} ({koma(capaian(best))}%), sedangkan "
                f"capaian terendah ada di {UNITS[worst][0]} ({koma(capaian(worst))}%).",
                f"Sebanyak {len(below)} unit kerja masih di bawah tonggak semester I sebesar "
                f"{TONGGAK}%: " + ", ".join(below) + ".",
            ],
        ),
        (
            "Profil Pembelajar: Dewi Anggraini",
            [
                "Dewi Anggraini, Pengawas Ketenagakerjaan Ahli Muda di UPTD Pengawasan "
                "Ketenagakerjaan Wilayah II, adalah Pembelajar Teladan 2027 kategori PNS "
                "jabatan fungsional. Sepanjang 2027 ia mengumpulkan 118 JP.",
                "Kiatnya sederhana: belajar 30 menit setiap pagi sebelum apel dan mencatat satu "
                "pelajaran dari setiap pemeriksaan perusahaan. Agustus ini ia mengikuti "
                "pelatihan Pemeriksaan Norma K3 Listrik di Kota Teluk Mandau.",
            ],
        ),
        (
            "Mengenal Aturan Baru",
            [
                "Peraturan Kepala Dinas Nomor 4 Tahun 2028 berlaku sejak 1 April 2028. Target "
                "JP kini dibedakan: 32 JP bagi PNS jabatan fungsional, 24 JP bagi PNS lainnya, "
                "dan tetap 20 JP bagi PPPK.",
                "Porsi nonklasikal yang diakui naik menjadi 70%, batas JP coaching dan mentoring "
                "naik menjadi 24 JP per tahun, dan bukti kegiatan wajib diunggah paling lambat "
                "10 hari kerja.",
            ],
        ),
        (
            "Agenda September-Oktober 2028",
            [
                "4-15 September: Pelatihan Pengantar Kerja Ahli Muda di UPTD BLK Tanjung Seruni.",
                "29 September: batas pengiriman AKP 2029 dari setiap unit kerja.",
                "9-10 Oktober: Orientasi PPPK Angkatan II (16 JP) di Aula Serindit.",
                "Setiap Jumat pukul 14.00-16.00 WIB: Jumat Belajar, luring di Aula Serindit dan "
                "daring melalui Zoom.",
            ],
        ),
        (
            "Tanya KIPRAH",
            [
                "T: Saya instruktur BLK. Apakah jam mengajar PBK untuk pencari kerja bisa "
                "dihitung JP?",
                "J: Tidak. Mengajar PBK adalah tugas jabatan (Pasal 14 ayat (3) Perkadis 4/2028). "
                "JP Anda dapat berasal dari Upgrading Instruktur, Metodologi Pelatihan Lanjut, "
                "atau menjadi narasumber Jumat Belajar.",
            ],
        ),
    ]


def render_buletin(path):
    pdf = _make_pdf("Buletin KIPRAH Edisi II Tahun 2028", fam="S", bottom=18)
    pdf.footer_left = f"Buletin KIPRAH Edisi II/2028 - {FIKTIF}"
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    # masthead (full width)
    pdf.set_fill_color(12, 60, 110)
    pdf.rect(0, 0, pdf.w, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(15, 8)
    pdf.set_font("S", "B", 24)
    pdf.cell(0, 11, "BULETIN KIPRAH", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 10)
    pdf.cell(
        0,
        6,
        f"Edisi II / Agustus 2028  |  Media internal {SINGKAT} {PROV}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)
    cols = pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.3)
    with cols:
        for title, paras in buletin_articles():
            pdf.set_font("S", "B", 11)
            with cols.paragraph(text_align="L", top_margin=2, bottom_margin=1.5) as par:
                par.write(title)
            pdf.set_font("S", "", 9.2)
            for t in paras:
                with cols.paragraph(text_align="J", bottom_margin=1.8) as par:
                    par.write(t)
        pdf.set_font("S", "I", 8.5)
        with cols.paragraph(text_align="L", top_margin=4) as par:
            par.write(
                f"Redaksi: penanggung jawab {SEKRETARIS}; pemimpin redaksi {ANALIS}. Kirim "
                f"artikel ke {EMAIL}; artikel yang dimuat dihargai 4 JP. {FIKTIF}"
            )
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
SOP_NO = "SOP/DKT-UMPEG/07/2028"
# kegiatan, actor index (0 Pegawai 1 Atasan 2 FPU 3 Subbag 4 Sekretaris 5 Kadis),
# kelengkapan, waktu, output, keterangan
SOP_STEPS = [
    (
        "Mengisi usulan pelatihan eksternal di SILAJU (menu Usulan Pelatihan) dan melampirkan "
        "undangan atau brosur penyelenggara",
        0,
        "Undangan/brosur, RPK",
        "paling lambat 20 hari kerja sebelum pelatihan",
        "Usulan berstatus Diajukan",
        "-",
    ),
    (
        "Menilai kesesuaian usulan dengan RPK dan memberi rekomendasi",
        1,
        "Usulan pelatihan",
        "3 hari kerja",
        "Rekomendasi atasan",
        "Tanpa tanggapan dalam 3 hari kerja, usulan diteruskan otomatis",
    ),
    (
        "Memeriksa kelengkapan dan batas 15% pegawai unit yang mengikuti pelatihan bersamaan",
        2,
        "Daftar pegawai unit yang sedang berpelatihan",
        "1 hari kerja",
        "Lembar cek kuota",
        "Batas 15% tidak berlaku untuk pelatihan wajib JF yang dipanggil instansi pembina",
    ),
    (
        "Memverifikasi ketersediaan anggaran dan menyusun konsep surat tugas",
        3,
        "DPA, rincian biaya",
        "3 hari kerja",
        "Nota pertimbangan dan konsep surat tugas",
        "-",
    ),
    (
        "Menyetujui usulan dengan biaya paling banyak Rp7.500.000 per orang; usulan di atas "
        "nilai itu diteruskan kepada Kepala Dinas",
        4,
        "Nota pertimbangan",
        "2 hari kerja",
        "Persetujuan atau disposisi",
        "Tahap 5 dan 6 paling lama 4 hari kerja",
    ),
    (
        "Menyetujui usulan dengan biaya lebih dari Rp7.500.000 per orang dan menandatangani "
        "surat tugas",
        5,
        "Nota pertimbangan, konsep surat tugas",
        "2 hari kerja",
        "Surat tugas ditandatangani",
        "Tahap 5 dan 6 paling lama 4 hari kerja",
    ),
    (
        "Menomori surat tugas, mendaftarkan peserta kepada penyelenggara, dan mengunggah surat "
        "tugas ke SILAJU",
        3,
        "Surat tugas",
        "1 hari kerja",
        "Bukti registrasi peserta",
        "-",
    ),
    (
        "Mengikuti pelatihan, mengunggah sertifikat paling lambat 10 hari kerja, dan "
        "menyampaikan laporan pasca-pelatihan paling lambat 14 hari kalender",
        0,
        "Sertifikat, laporan pasca-pelatihan",
        "sesuai jadwal pelatihan",
        "JP tercatat di SILAJU",
        "Berbagi pengetahuan di Jumat Belajar paling lambat 30 hari kalender",
    ),
]
SOP_ACTORS = ["Pegawai", "Atasan Langsung", "FPU", "Subbag Umum dan Kepegawaian", "Sekretaris"]
SOP_ACTORS.append("Kepala Dinas")


def write_sop(path):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = new_docx("SOP Pengusulan dan Penugasan Peserta Pelatihan Eksternal")
    # identity table with a vertically merged left block
    t = doc.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    left = t.cell(0, 0).merge(t.cell(6, 0))
    _cell(
        left,
        f"PEMERINTAH {PROV.upper()}\n{DINAS.upper()}\nSEKRETARIAT\nSUBBAGIAN UMUM DAN KEPEGAWAIAN",
        bold=True,
        size=9.5,
        align="center",
    )
    ident = [
        ("Nomor SOP", SOP_NO),
        ("Tanggal Pembuatan", "10 April 2028"),
        ("Tanggal Revisi", "- (revisi 0)"),
        ("Tanggal Efektif", "2 Mei 2028"),
        ("Disahkan oleh", f"Kepala Dinas\n\n\n{KADIS}\nNIP {KADIS_NIP}"),
        ("Nama SOP", "PENGUSULAN DAN PENUGASAN PESERTA PELATIHAN EKSTERNAL"),
        ("Unit pemilik", "Subbagian Umum dan Kepegawaian"),
    ]
    for i, (k, v) in enumerate(ident):
        _cell(t.cell(i, 1), k, bold=True)
        _shade(t.cell(i, 1), "F2F2F2")
        _cell(t.cell(i, 2), v, bold=(k == "Nama SOP"))
    for row in t.rows:
        row.cells[0].width = Cm(6.0)
        row.cells[1].width = Cm(4.0)
        row.cells[2].width = Cm(7.0)
    doc.add_paragraph()
    t2 = doc.add_table(rows=6, cols=2)
    t2.style = "Table Grid"
    pairs = [
        ("Dasar Hukum:", "Kualifikasi Pelaksana:"),
        (
            "1. Peraturan Kepala Dinas Nomor 4 Tahun 2028 tentang Program KIPRAH\n"
            "2. Peraturan Gubernur tentang perjalanan dinas",
            "1. Memahami Peraturan Kepala Dinas Nomor 4 Tahun 2028\n2. Mampu mengoperasikan SILAJU",
        ),
        ("Keterkaitan:", "Peralatan/Perlengkapan:"),
        (
            "1. SOP Validasi JP melalui SILAJU\n2. SOP Penggantian Biaya Kursus Mandiri",
            "Komputer dengan akses SILAJU, pemindai, printer, surel dinas",
        ),
        ("Peringatan:", "Pencatatan dan Pendataan:"),
        (
            "Usulan yang diterima kurang dari 20 hari kerja sebelum pelatihan tidak diproses, "
            "kecuali pelatihan wajib JF yang dipanggil instansi pembina.",
            "Usulan, nota pertimbangan, dan surat tugas disimpan dalam SILAJU dan arsip "
            "Subbagian Umum dan Kepegawaian",
        ),
    ]
    for i, (a, b) in enumerate(pairs):
        _cell(t2.cell(i, 0), a, bold=(i % 2 == 0))
        _cell(t2.cell(i, 1), b, bold=(i % 2 == 0))
        if i % 2 == 0:
            _shade(t2.cell(i, 0), "F2F2F2")
            _shade(t2.cell(i, 1), "F2F2F2")

    # steps table in a landscape section
    from docx.enum.section import WD_SECTION

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(doc, "URAIAN PROSEDUR", bold=True, align="center", size=11)
    ncol = 2 + len(SOP_ACTORS) + 3 + 1
    st = doc.add_table(rows=2 + len(SOP_STEPS), cols=ncol)
    st.style = "Table Grid"
    a0 = 2
    m0 = a0 + len(SOP_ACTORS)
    st.cell(0, 0).merge(st.cell(1, 0))
    st.cell(0, 1).merge(st.cell(1, 1))
    st.cell(0, a0).merge(st.cell(0, m0 - 1))
    st.cell(0, m0).merge(st.cell(0, m0 + 2))
    st.cell(0, ncol - 1).merge(st.cell(1, ncol - 1))
    _cell(st.cell(0, 0), "No", bold=True, size=8.5)
    _cell(st.cell(0, 1), "Kegiatan", bold=True, size=8.5)
    _cell(st.cell(0, a0), "Pelaksana", bold=True, size=8.5, align="center")
    _cell(st.cell(0, m0), "Mutu Baku", bold=True, size=8.5, align="center")
    _cell(st.cell(0, ncol - 1), "Keterangan", bold=True, size=8.5)
    for j, a in enumerate(SOP_ACTORS):
        _cell(st.cell(1, a0 + j), a, bold=True, size=8)
    for j, m in enumerate(["Kelengkapan", "Waktu", "Output"]):
        _cell(st.cell(1, m0 + j), m, bold=True, size=8)
    for r in (0, 1):
        for c in st.rows[r].cells:
            _shade(c, "D6E4F0")
    for i, (keg, actor, kel, wkt, out, ket) in enumerate(SOP_STEPS):
        r = 2 + i
        _cell(st.cell(r, 0), str(i + 1), size=8.5, align="center")
        _cell(st.cell(r, 1), keg, size=8.5)
        for j in range(len(SOP_ACTORS)):
            _cell(st.cell(r, a0 + j), "\u25cf" if j == actor else "", size=9, align="center")
        _cell(st.cell(r, m0), kel, size=8.5)
        _cell(st.cell(r, m0 + 1), wkt, size=8.5)
        _cell(st.cell(r, m0 + 2), out, size=8.5)
        if i == 5:
            continue  # merged with the row above
        if i == 4:
            c = st.cell(r, ncol - 1).merge(st.cell(r + 1, ncol - 1))
            _cell(c, ket, size=8.5)
        else:
            _cell(st.cell(r, ncol - 1), ket, size=8.5)
    widths = [0.8, 6.0] + [1.6] * len(SOP_ACTORS) + [3.2, 2.6, 2.6, 4.0]
    for row in st.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    para(
        doc,
        "Total waktu layanan tahap 2 sampai dengan tahap 7 paling lama 12 hari kerja. "
        "Pelaksana ditandai dengan simbol \u25cf.",
        italic=True,
        size=9,
    )
    para(doc, FIKTIF, italic=True, size=8.5)
    doc.save(path)


# ============================================================================ minutes (DOCX)
BELOW = [UNITS[i][0] for i in range(len(UNITS)) if capaian(i) < TONGGAK]


def write_notulen(path):
    doc = new_docx("Notulen Rapat Koordinasi KIPRAH Triwulan II Tahun 2028", author=ANALIS)
    para(doc, f"PEMERINTAH {PROV.upper()}", bold=True, align="center", after=0)
    para(doc, DINAS.upper(), bold=True, align="center", after=6)
    para(
        doc,
        "NOTULEN RAPAT KOORDINASI KIPRAH TRIWULAN II TAHUN 2028",
        bold=True,
        align="center",
        size=12,
        after=8,
    )
    label_table(
        doc,
        [
            ("Hari/tanggal", htgl("2028-07-13")),
            ("Waktu", "09.00-12.15 WIB"),
            ("Tempat", "Ruang Rapat Cempaka, Lantai 2 Kantor Disnakertrans"),
            ("Pimpinan rapat", f"{SEKRETARIS} (Sekretaris, Ketua Tim KIPRAH)"),
            ("Notulis", f"{ANALIS} (Sekretaris Tim KIPRAH)"),
            (
                "Peserta",
                "31 orang: Kepala Subbagian Umum dan Kepegawaian, 5 kepala bidang, 7 kepala "
                "UPTD atau yang mewakili, 13 FPU, dan 4 anggota Tim KIPRAH (daftar hadir "
                "terlampir)",
            ),
        ],
    )
    heading(doc, "A. Agenda", 2)
    numbered(
        doc,
        [
            "Capaian JP semester I (posisi 30 Juni 2028).",
            "Evaluasi peralihan dari e-PRAJA ke SILAJU.",
            "Kuota pelatihan semester II.",
            "Persiapan Anugerah KIPRAH 2028.",
        ],
    )
    heading(doc, "B. Pembahasan", 2)
    para(
        doc,
        f"1. Capaian JP. Sampai 30 Juni 2028 terkumpul {ribuan(JP_TOTAL)} JP atau "
        f"{koma(CAPAIAN_TOTAL)}% dari target tahunan {ribuan(TARGET_TOTAL)} JP yang dihitung "
        "menurut Peraturan Kepala Dinas Nomor 4 Tahun 2028. Tiga unit kerja berada di bawah "
        "tonggak 40%. Kepala UPTD BLK Pulau Serindit menjelaskan bahwa instruktur sedang "
        "padat mengajar angkatan PBK bagi pencari kerja sehingga sulit meninggalkan kelas. "
        "Pimpinan rapat menegaskan bahwa jam mengajar PBK tidak dapat dihitung sebagai JP dan "
        "menyarankan instruktur mengikuti Jumat Belajar secara daring.",
        align="justify",
    )
    para(
        doc,
        "2. Peralihan ke SILAJU. Administrator SILAJU melaporkan 12.486 riwayat pelatihan "
        "berhasil dipindahkan dari e-PRAJA, sementara 214 data tahun 2027 belum dapat "
        "dimigrasikan karena sertifikat tidak mencantumkan NIP. Eskalasi otomatis persetujuan "
        "atasan sudah berjalan sejak versi 1.1.0. Sebutan OPKU kini diganti FPU sesuai "
        "Peraturan Kepala Dinas Nomor 4 Tahun 2028; penetapan FPU dilakukan dengan Keputusan "
        "Kepala Dinas tanggal 3 Juli 2028.",
        align="justify",
    )
    para(
        doc,
        "3. Kuota pelatihan. Pendaftar Pelatihan Pengantar Kerja Ahli Muda mencapai 31 orang "
        "untuk 20 kursi. Kasubbag Umum dan Kepegawaian menyatakan anggaran masih mencukupi "
        "untuk menambah kursi. Selain itu, banyak peserta meminta Jumat Belajar dimundurkan "
        "karena bentrok dengan waktu selesai salat Jumat.",
        align="justify",
    )
    para(
        doc,
        "4. Anugerah KIPRAH. Nominasi dibuka melalui SILAJU pada 1 Oktober-10 November 2028. "
        "Kategori tetap empat sebagaimana diatur dalam Pasal 19 Peraturan Kepala Dinas Nomor "
        "4 Tahun 2028.",
        align="justify",
    )
    heading(doc, "C. Keputusan Rapat", 2)
    numbered(
        doc,
        [
            "Unit kerja dengan capaian di bawah 40% (" + ", ".join(BELOW) + ") menyusun "
            "rencana percepatan dan menyampaikannya paling lambat 4 Agustus 2028.",
            "Sisa 214 data e-PRAJA dimigrasikan paling lambat 31 Juli 2028.",
            "Kuota Pelatihan Pengantar Kerja Ahli Muda dinaikkan dari 20 menjadi 25 peserta.",
            "Mulai 4 Agustus 2028 Jumat Belajar dilaksanakan pukul 14.00-16.00 WIB "
            "(sebelumnya 13.30-15.30 WIB).",
            "Anugerah KIPRAH 2028 diserahkan pada Senin, 18 Desember 2028 di Aula Serindit.",
            "Rapat Koordinasi KIPRAH Triwulan III dilaksanakan pada Kamis, 12 Oktober 2028.",
        ],
    )
    heading(doc, "D. Rencana Tindak Lanjut", 2)
    docx_table(
        doc,
        ["No", "Tindak lanjut", "Penanggung jawab", "Batas waktu", "Keterangan"],
        [
            [
                "1",
                "Menyusun rencana percepatan capaian JP",
                "Kepala unit dan FPU unit terkait",
                "4 Agustus 2028",
                "Disampaikan kepada Sekretaris Tim",
            ],
            [
                "2",
                "Migrasi 214 data residu e-PRAJA",
                f"Administrator SILAJU ({ADMIN})",
                "31 Juli 2028",
                "Verifikasi NIP dengan BKD",
            ],
            [
                "3",
                "Merevisi KAK dan anggaran Pelatihan Pengantar Kerja Ahli Muda",
                f"Kepala Subbagian Umum dan Kepegawaian ({KASUBBAG})",
                "21 Juli 2028",
                "Kuota 25 peserta",
            ],
            [
                "4",
                "Mengumumkan jadwal baru Jumat Belajar",
                f"Sekretaris Tim ({ANALIS})",
                "20 Juli 2028",
                "Melalui grup WhatsApp FPU",
            ],
            [
                "5",
                "Menyiapkan modul nominasi Anugerah KIPRAH di SILAJU",
                f"Administrator SILAJU ({ADMIN})",
                "29 September 2028",
                "-",
            ],
            [
                "6",
                "Menerbitkan surat edaran penyusunan AKP 2029",
                "Kepala Subbagian Umum dan Kepegawaian",
                "31 Agustus 2028",
                "Batas AKP 29 September 2028",
            ],
        ],
        widths=[0.8, 5.5, 4.5, 2.8, 3.5],
        size=9,
    )
    para(doc, "Rapat ditutup pukul 12.15 WIB.", after=8)
    sign_block(
        doc,
        [
            f"{KOTA}, 14 Juli 2028",
            "Notulis,",
            "",
            "",
            ANALIS,
        ],
    )
    sign_block(doc, ["Mengetahui,", "Pimpinan Rapat,", "", "", SEKRETARIS], align="left")
    para(doc, FIKTIF, italic=True, size=8.5)
    doc.save(path)


# ============================================================================ KAK (DOCX)
KURIKULUM = [
    ("Kebijakan Penempatan Tenaga Kerja Nasional dan Daerah", 2, 4, "Ceramah, diskusi"),
    ("Etika Profesi dan Kode Etik Pengantar Kerja", 2, 4, "Ceramah, studi kasus"),
    ("Analisis Pasar Kerja dan Informasi Pasar Kerja", 4, 10, "Praktik, studi kasus"),
    ("Penyuluhan dan Bimbingan Jabatan Lanjutan", 4, 10, "Simulasi"),
    ("Verifikasi Lowongan dan Perlindungan Pencari Kerja", 3, 8, "Studi kasus"),
    ("Antarkerja Antardaerah (AKAD) dan Antarnegara (AKAN)", 3, 8, "Ceramah, diskusi"),
    ("Asesmen Bakat dan Minat Pencari Kerja", 3, 8, "Praktik"),
    ("Penyusunan Dokumen Kinerja dan Angka Kredit", 2, 4, "Praktik"),
    ("Studi Lapangan ke Bursa Kerja Khusus", 2, 8, "Kunjungan lapangan"),
    ("Seminar Kertas Kerja Perorangan", 3, 8, "Presentasi"),
]
KUR_SESI = sum(k[1] for k in KURIKULUM)
KUR_JP = sum(k[2] for k in KURIKULUM)
# uraian, volume, satuan, harga
RAB = [
    ("Honorarium narasumber", 64, "JP", 900_000),
    ("Honorarium panitia", 5, "orang-kegiatan", 1_200_000),
    ("Konsumsi peserta dan panitia (32 orang x 10 hari)", 320, "orang-hari", 95_000),
    ("ATK dan seminar kit", 25, "paket", 185_000),
    ("Penggandaan modul", 25, "eksemplar", 120_000),
    ("Sewa bus studi lapangan", 1, "unit-hari", 3_500_000),
    ("Sertifikat", 25, "lembar", 25_000),
]
RAB_TOTAL = sum(v * h for _, v, _, h in RAB)
assert KUR_JP == 72 and RAB[0][1] == KUR_JP - 8


def write_kak(path):
    doc = new_docx("KAK Pelatihan Pengantar Kerja Ahli Muda Tahun 2028")
    para(doc, "KERANGKA ACUAN KERJA (KAK)", bold=True, align="center", size=13, after=2)
    para(doc, "PELATIHAN PENGANTAR KERJA AHLI MUDA", bold=True, align="center", size=12, after=2)
    para(doc, "TAHUN ANGGARAN 2028", bold=True, align="center", after=2)
    para(
        doc,
        "Revisi 1, 21 Juli 2028 (penyesuaian kuota sesuai Rapat Koordinasi KIPRAH 13 Juli 2028)",
        italic=True,
        align="center",
        size=9,
        after=10,
    )
    label_table(
        doc,
        [
            ("Program", f"{PROGRAM} ({PROGRAM_LONG})"),
            ("Sub kegiatan", "Pengembangan Kompetensi Aparatur"),
            ("Kode katalog", "K-03"),
            ("Unit penyelenggara", "Subbagian Umum dan Kepegawaian bersama Bidang Penta"),
            ("Pejabat Pembuat Komitmen", KASUBBAG),
            ("Penanggung jawab teknis", f"{KABID_PENTA} (Kepala Bidang Penta)"),
        ],
    )
    heading(doc, "A. Latar Belakang", 2)
    para(
        doc,
        "Pengantar Kerja melayani pencari kerja melalui penyuluhan, bimbingan jabatan, "
        "verifikasi lowongan, dan penempatan. Dari 19 Pengantar Kerja di Disnakertrans, 11 "
        "orang masih berada pada jenjang Ahli Pertama dan akan diusulkan naik ke jenjang Ahli "
        "Muda. Kenaikan jenjang tersebut mensyaratkan kelulusan Pelatihan Pengantar Kerja Ahli "
        "Muda.",
        align="justify",
    )
    heading(doc, "B. Tujuan", 2)
    bullets(
        doc,
        [
            "Meningkatkan kemampuan analisis pasar kerja dan bimbingan jabatan lanjutan.",
            "Menyiapkan Pengantar Kerja Ahli Pertama untuk naik ke jenjang Ahli Muda.",
            "Menghasilkan kertas kerja perorangan yang dapat diterapkan di unit kerja.",
        ],
    )
    heading(doc, "C. Peserta", 2)
    para(
        doc,
        "Jumlah peserta 25 orang, terdiri atas 11 orang dari Disnakertrans Provinsi dan 14 "
        "orang dari dinas yang membidangi ketenagakerjaan di kabupaten/kota. Persyaratan "
        "peserta:",
    )
    numbered(
        doc,
        [
            "menduduki JF Pengantar Kerja Ahli Pertama;",
            "masa kerja dalam jabatan paling singkat 2 tahun;",
            "diusulkan oleh pimpinan unit kerja; dan",
            "bersedia mengikuti seluruh rangkaian pelatihan.",
        ],
    )
    para(
        doc,
        "Biaya perjalanan dan penginapan peserta kabupaten/kota ditanggung oleh instansi "
        "masing-masing.",
    )
    heading(doc, "D. Waktu dan Tempat", 2)
    label_table(
        doc,
        [
            ("Tanggal", "4-15 September 2028 (10 hari kerja)"),
            ("Jam pelajaran", "Senin-Kamis 07.30-16.00 WIB; Jumat 07.30-11.00 WIB"),
            (
                "Tempat",
                "Gedung Diklat Aparatur, UPTD BLK Tanjung Seruni, Jl. Pelabuhan Lama No. 12, "
                f"{IBUKOTA}",
            ),
            (
                "Catatan",
                "Kelas diatur agar tidak bersamaan dengan PBK bagi masyarakat yang "
                "berlangsung di gedung bengkel UPTD BLK.",
            ),
        ],
    )
    heading(doc, "E. Kurikulum", 2)
    rows = [[str(i), k[0], str(k[1]), str(k[2]), k[3]] for i, k in enumerate(KURIKULUM, 1)]
    rows.append(["", "Jumlah", str(KUR_SESI), str(KUR_JP), ""])
    docx_table(
        doc,
        ["No", "Mata pelatihan", "Sesi", "JP", "Metode"],
        rows,
        widths=[0.8, 8.5, 1.3, 1.3, 4.5],
        size=9,
        bold_last=True,
    )
    para(doc, "Satu JP setara 45 menit. Studi lapangan dihitung 8 JP dalam satu hari.", size=9)
    heading(doc, "F. Pengajar", 2)
    bullets(
        doc,
        [
            "Widyaiswara Kementerian Ketenagakerjaan: 3 orang.",
            "Pengantar Kerja Ahli Madya: 2 orang.",
            "Praktisi sumber daya manusia perusahaan: 1 orang.",
        ],
    )
    heading(doc, "G. Evaluasi dan Kelulusan", 2)
    para(
        doc,
        "Peserta dinyatakan lulus apabila kehadiran paling sedikit 90% dan nilai akhir paling "
        "sedikit 70. Nilai akhir terdiri atas pre-test dan post-test (20%), tugas (30%), serta "
        "kertas kerja perorangan (50%). Peserta dengan nilai akhir 90 ke atas memperoleh "
        "predikat Sangat Memuaskan.",
        align="justify",
    )
    heading(doc, "H. Rencana Anggaran Biaya", 2)
    rows = [
        [str(i), u, f"{ribuan(v)} {s}", rp(h), rp(v * h)] for i, (u, v, s, h) in enumerate(RAB, 1)
    ]
    rows.append(["", "Jumlah", "", "", rp(RAB_TOTAL)])
    docx_table(
        doc,
        ["No", "Uraian", "Volume", "Harga satuan", "Jumlah"],
        rows,
        widths=[0.8, 7.2, 3.2, 2.8, 3.0],
        size=9,
        bold_last=True,
        aligns=["center", None, None, "right", "right"],
    )
    para(doc, f"Terbilang: {terbilang(RAB_TOTAL)} rupiah.", italic=True)
    para(doc, "Sumber dana: DPA Disnakertrans Tahun Anggaran 2028.")
    heading(doc, "I. Keluaran", 2)
    para(
        doc,
        f"25 Pengantar Kerja lulus pelatihan dan memperoleh {KUR_JP} JP yang tercatat di "
        "SILAJU; 25 kertas kerja perorangan.",
    )
    sign_block(
        doc,
        [
            f"{KOTA}, 21 Juli 2028",
            "Pejabat Pembuat Komitmen,",
            "",
            "",
            KASUBBAG,
            f"NIP {KASUBBAG_NIP}",
        ],
    )
    para(doc, FIKTIF, italic=True, size=8.5)
    doc.save(path)


# ============================================================================ form template (DOCX)
def write_formulir(path):
    from docx.shared import Cm

    doc = new_docx("Formulir Kesepakatan Coaching dan Mentoring KIPRAH", author=ANALIS)
    hdr = doc.add_table(rows=1, cols=2)
    hdr.style = "Table Grid"
    _cell(hdr.cell(0, 0), f"{DINAS.upper()}\n{PROV.upper()}\nTim {PROGRAM}", bold=True, size=9)
    _cell(
        hdr.cell(0, 1),
        "Kode formulir: F-KIPRAH-03\nRevisi: 01\nBerlaku sejak: 1 April 2028",
        size=9,
    )
    doc.add_paragraph()
    para(
        doc,
        "FORMULIR KESEPAKATAN COACHING DAN MENTORING",
        bold=True,
        align="center",
        size=12.5,
        after=8,
    )
    dots = "...................................................."
    heading(doc, "A. Identitas Mentee", 3)
    label_table(
        doc,
        [
            ("Nama", dots),
            ("NIP / NI PPPK", dots),
            ("Jabatan", dots),
            ("Unit kerja", dots),
        ],
    )
    heading(doc, "B. Identitas Coach/Mentor", 3)
    label_table(
        doc,
        [
            ("Nama", dots),
            ("NIP", dots),
            ("Jabatan", dots),
            ("Unit kerja", dots),
        ],
    )
    heading(doc, "C. Jenis dan Sasaran", 3)
    para(doc, "\u2610 Coaching        \u2610 Mentoring")
    para(doc, f"Kompetensi yang dikembangkan: {dots}")
    para(doc, f"Sasaran yang ingin dicapai: {dots}")
    heading(doc, "D. Rencana Sesi", 3)
    t = docx_table(
        doc,
        ["Sesi ke", "Tanggal", "Waktu (mulai-selesai)", "Topik", "Paraf mentee", "Paraf mentor"],
        [[str(i), "", "", "", "", ""] for i in range(1, 7)],
        size=9,
    )
    for row in t.rows:
        row.cells[3].width = Cm(5.0)
    heading(doc, "E. Persetujuan", 3)
    sig = doc.add_table(rows=2, cols=3)
    sig.style = "Table Grid"
    for j, who in enumerate(["Mentee", "Coach/Mentor", "Atasan langsung mentee"]):
        _cell(sig.cell(0, j), who, bold=True, size=9, align="center")
        _cell(sig.cell(1, j), "\n\n\n(............................)", size=9, align="center")
    doc.add_paragraph()
    heading(doc, "PETUNJUK PENGISIAN", 2)
    numbered(
        doc,
        [
            "Formulir diisi bersama oleh mentee dan coach/mentor, lalu diserahkan kepada FPU "
            "paling lambat 5 hari kerja sebelum sesi pertama.",
            "Satu pasangan paling banyak 6 sesi per semester. Setiap sesi berlangsung paling "
            "singkat 60 menit dan diakui 2 JP.",
            "Pengakuan JP coaching dan mentoring paling banyak 24 JP per tahun.",
            "Seorang mentor paling banyak membimbing 3 mentee pada waktu yang sama.",
            "Mentor paling rendah satu jenjang jabatan di atas mentee, atau pemangku jabatan "
            "fungsional yang sama dengan jenjang lebih tinggi.",
            "Pasangan lintas unit kerja memerlukan persetujuan atasan langsung mentee dan "
            "atasan langsung mentor.",
            "Kolom Waktu diisi jam mulai dan selesai sesi, misalnya 14.00-15.00 WIB.",
            "Setiap sesi diparaf kedua pihak. Formulir yang sudah lengkap dipindai dan "
            "diunggah ke SILAJU menu Coaching dan Mentoring paling lambat 10 hari kerja "
            "setelah sesi terakhir.",
            "Sejak SILAJU versi 1.3.0, lembar sesi dapat diisi langsung di aplikasi tanpa "
            "formulir kertas; bagian A sampai C tetap wajib diisi.",
            f"Pertanyaan tentang formulir ini dapat disampaikan kepada Sekretaris Tim KIPRAH, "
            f"{ANALIS}, ekstensi 211.",
        ],
    )
    para(doc, FIKTIF, italic=True, size=8.5)
    doc.save(path)


# ============================================================================ workbook (XLSX)
KUOTA_COLS = [u[1] for u in UNITS] + ["Kab/Kota"]
# kode, nama, quotas per unit (13) + kab/kota
KUOTA = [
    ("K-03", "Pelatihan Pengantar Kerja Ahli Muda", (0, 0, 9, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 14)),
    (
        "K-05",
        "Pelatihan Teknis Mediator Hubungan Industrial Tingkat Lanjut",
        (0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    ),
    (
        "K-06",
        "Pelatihan Pengawas Ketenagakerjaan: Pemeriksaan Norma K3 Listrik",
        (0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 3, 2, 2, 0),
    ),
    (
        "K-07",
        "Pelatihan Pengawas Ketenagakerjaan: Pemeriksaan Norma K3 Pesawat Angkat dan Angkut",
        (0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 4, 3, 3, 0),
    ),
    (
        "K-14",
        "Upgrading Instruktur Kejuruan Teknologi Informasi: Administrasi Jaringan",
        (0, 0, 0, 0, 0, 0, 3, 2, 2, 1, 0, 0, 0, 0),
    ),
    ("K-15", "Pelatihan Asesor Kompetensi", (0, 0, 0, 0, 0, 0, 4, 2, 2, 2, 0, 0, 0, 0)),
    (
        "K-18",
        "Bimtek Penyusunan dan Pendaftaran Perjanjian Kerja Bersama",
        (0, 0, 0, 12, 3, 0, 0, 0, 0, 0, 2, 2, 1, 0),
    ),
    (
        "K-25",
        "Pelatihan Mediasi dan Negosiasi bagi Pejabat Pengawas",
        (3, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 0, 0),
    ),
    ("K-26", "Kepemimpinan Adaptif bagi Kepala UPTD", (0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0)),
]
ANGGARAN = [
    ("Pelatihan klasikal internal", 285_000_000, 96_300_000),
    ("Pengiriman peserta pelatihan eksternal", 210_000_000, 88_450_000),
    ("Jumat Belajar dan Bedah Regulasi", 36_000_000, 14_000_000),
    ("Coaching dan mentoring", 18_500_000, 3_200_000),
    ("Penggantian biaya kursus mandiri", 40_000_000, 7_450_000),
    ("Pengembangan dan pemeliharaan SILAJU", 148_000_000, 131_200_000),
    ("Anugerah KIPRAH dan monitoring-evaluasi", 27_500_000, 2_150_000),
]
PAGU_TOTAL = sum(a[1] for a in ANGGARAN)
REAL_TOTAL = sum(a[2] for a in ANGGARAN)


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
            "title": "Rekap KIPRAH 2028",
            "author": f"{SINGKAT} {PROV}",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13})
    ital = wb.add_format({"italic": True, "font_color": "#555555"})
    hdr = wb.add_format(
        {"bold": True, "bg_color": "#D6E4F0", "border": 1, "text_wrap": True, "valign": "top"}
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
    ws.write(0, 0, "Rekap Capaian JP KIPRAH per Unit Kerja - Semester I 2028", title)
    ws.write(1, 0, f"{SINGKAT} {PROV}; posisi data 30 Juni 2028 (sumber: SILAJU)", ital)
    head = [
        "No",
        "Unit kerja",
        "PNS",
        "PNS dalam JF",
        "PPPK",
        "Jumlah pegawai",
        "Target JP 2028",
        "JP klasikal",
        "JP nonklasikal",
        "Total JP",
        "Capaian (%)",
        "Porsi nonklasikal (%)",
        "Status tonggak 40%",
    ]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    for i, (u, jp) in enumerate(zip(UNITS, JP_SEM1, strict=True)):
        r = 4 + i
        x = r + 1
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, u[0], cell)
        ws.write(r, 2, u[2], num)
        ws.write(r, 3, u[3], num)
        ws.write(r, 4, u[4], num)
        ws.write_formula(r, 5, f"=C{x}+E{x}", num, u[2] + u[4])
        ws.write_formula(
            r, 6, f"={T_JF}*D{x}+{T_PNS}*(C{x}-D{x})+{T_PPPK}*E{x}", num, target_unit(u)
        )
        ws.write(r, 7, jp[0], num)
        ws.write(r, 8, jp[1], num)
        ws.write_formula(r, 9, f"=H{x}+I{x}", num, sum(jp))
        c = capaian(i)
        ws.write_formula(r, 10, f"=ROUND(J{x}/G{x}*100,1)", pct, c)
        ws.write_formula(r, 11, f"=ROUND(I{x}/J{x}*100,1)", pct, r1(jp[1] / sum(jp) * 100))
        st = "Sesuai tonggak" if c >= TONGGAK else "Di bawah tonggak"
        ws.write_formula(
            r, 12, f'=IF(K{x}>={TONGGAK},"Sesuai tonggak","Di bawah tonggak")', num, st
        )
    tr = 4 + len(UNITS)
    ws.write(tr, 1, "Jumlah", tot)
    vals = [N_PNS, N_JF, N_PPPK, N_PEG, TARGET_TOTAL, JP_KLAS, JP_NON, JP_TOTAL]
    for j, v in enumerate(vals):
        col = _col(2 + j)
        ws.write_formula(tr, 2 + j, f"=SUM({col}5:{col}{tr})", totn, v)
    x = tr + 1
    ws.write_formula(tr, 10, f"=ROUND(J{x}/G{x}*100,1)", totp, CAPAIAN_TOTAL)
    ws.write_formula(tr, 11, f"=ROUND(I{x}/J{x}*100,1)", totp, r1(JP_NON / JP_TOTAL * 100))
    ws.write(tr, 12, "", tot)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 52)
    ws.set_column(2, 12, 12)
    ws.freeze_panes(4, 2)

    # ---------------------------------------------------------------- Kuota Pelatihan
    ws = wb.add_worksheet("Kuota Pelatihan")
    ws.write(0, 0, "Kuota Peserta Pelatihan Semester II 2028 per Unit Kerja", title)
    ws.write(1, 0, "Pemutakhiran 9 Agustus 2028; angka = jumlah kursi", ital)
    head = ["Kode", "Pelatihan"] + KUOTA_COLS + ["Jumlah"]
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    for i, (kode, nama, q) in enumerate(KUOTA):
        r = 4 + i
        ws.write(r, 0, kode, cell)
        ws.write(r, 1, nama, cell)
        for j, v in enumerate(q):
            ws.write(r, 2 + j, v, num)
        last = _col(2 + len(q) - 1)
        ws.write_formula(r, 2 + len(q), f"=SUM(C{r + 1}:{last}{r + 1})", totn, sum(q))
    tr = 4 + len(KUOTA)
    ws.write(tr, 1, "Jumlah", tot)
    for j in range(len(KUOTA_COLS) + 1):
        col = _col(2 + j)
        v = sum(k[2][j] for k in KUOTA) if j < len(KUOTA_COLS) else sum(sum(k[2]) for k in KUOTA)
        ws.write_formula(tr, 2 + j, f"=SUM({col}5:{col}{tr})", totn, v)
    ws.set_column(0, 0, 7)
    ws.set_column(1, 1, 58)
    ws.set_column(2, 2 + len(KUOTA_COLS), 11)

    # ---------------------------------------------------------------- Anggaran
    ws = wb.add_worksheet("Anggaran")
    ws.write(0, 0, "Pagu dan Realisasi Anggaran KIPRAH 2028 (posisi 30 Juni 2028)", title)
    for j, h in enumerate(
        ["No", "Komponen", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"]
    ):
        ws.write(2, j, h, hdr)
    for i, (k, pagu, real) in enumerate(ANGGARAN):
        r = 3 + i
        x = r + 1
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, k, cell)
        ws.write(r, 2, pagu, rpf)
        ws.write(r, 3, real, rpf)
        ws.write_formula(r, 4, f"=C{x}-D{x}", rpf, pagu - real)
        ws.write_formula(r, 5, f"=ROUND(D{x}/C{x}*100,1)", pct, r1(real / pagu * 100))
    tr = 3 + len(ANGGARAN)
    x = tr + 1
    ws.write(tr, 1, "Jumlah", tot)
    ws.write_formula(tr, 2, f"=SUM(C4:C{tr})", totr, PAGU_TOTAL)
    ws.write_formula(tr, 3, f"=SUM(D4:D{tr})", totr, REAL_TOTAL)
    ws.write_formula(tr, 4, f"=C{x}-D{x}", totr, PAGU_TOTAL - REAL_TOTAL)
    ws.write_formula(tr, 5, f"=ROUND(D{x}/C{x}*100,1)", totp, r1(REAL_TOTAL / PAGU_TOTAL * 100))
    ws.set_column(1, 1, 44)
    ws.set_column(2, 5, 16)

    # ---------------------------------------------------------------- Catatan
    ws = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan rekap",
        "1. Sumber data capaian: SILAJU, posisi 30 Juni 2028, diunduh 3 Juli 2028.",
        "2. Target JP 2028 mengikuti Peraturan Kepala Dinas Nomor 4 Tahun 2028: 32 JP untuk PNS "
        "jabatan fungsional, 24 JP untuk PNS lainnya, dan 20 JP untuk PPPK.",
        "3. JP yang masih berstatus Diajukan atau Dikembalikan tidak dihitung.",
        "4. Tonggak capaian semester I adalah 40% dari target tahunan.",
        "5. Kuota K-03 dinaikkan dari 20 menjadi 25 sesuai keputusan Rakor KIPRAH 13 Juli 2028; "
        "14 kursi untuk peserta kabupaten/kota.",
        "6. Kuota K-15: 1 kursi dialihkan dari UPTD BLK Teluk Mandau ke UPTD BLK Pulau Serindit "
        "(pemutakhiran 9 Agustus 2028).",
        "7. Realisasi anggaran belum termasuk pelatihan yang dibayar setelah 30 Juni 2028.",
        f"8. Pengolah data: {VERIF1} (Verifikator JP), ekstensi 217.",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t, title if i == 0 else None)
    ws.set_column(0, 0, 110)
    wb.close()


# ============================================================================ CSV
# kelompok, jumlah, target per orang, total JP semester I, memenuhi target, catatan
KELOMPOK = [
    ("Pengantar Kerja", 19, T_JF, 372, 3, ""),
    ("Pengawas Ketenagakerjaan", 44, T_JF, 871, 7, ""),
    ("Mediator Hubungan Industrial", 12, T_JF, 205, 1, ""),
    ("Instruktur", 60, T_JF, 701, 2, "Jam mengajar PBK tidak dihitung sebagai JP"),
    ("Penguji K3", 9, T_JF, 176, 1, ""),
    ("Analis SDM Aparatur", 5, T_JF, 118, 1, ""),
    ("Pranata Komputer", 3, T_JF, 54, 0, ""),
    ("Perencana", 4, T_JF, 62, 0, ""),
    ("Pejabat struktural", N_STRUK, T_PNS, 702, 6, "Termasuk 7 kepala UPTD"),
    ("Pelaksana (PNS)", N_PELAKSANA, T_PNS, 1180, 9, ""),
    ("PPPK", N_PPPK, T_PPPK, 1105, 11, "Termasuk PPPK instruktur"),
]
assert sum(k[3] for k in KELOMPOK) == JP_TOTAL
assert sum(k[1] for k in KELOMPOK) == N_PEG


def jp_csv():
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            "Kelompok jabatan",
            "Jumlah pegawai",
            "Target JP per orang",
            "Total JP semester I",
            "Rata-rata JP per orang",
            "Pegawai sudah memenuhi target",
            "Persentase sudah memenuhi target (%)",
            "Catatan",
        ]
    )
    for k, n, t, jp, ok, cat in KELOMPOK:
        w.writerow([k, n, t, ribuan(jp), koma(jp / n), ok, koma(ok / n * 100), cat])
    n_ok = sum(k[4] for k in KELOMPOK)
    w.writerow(
        [
            "Jumlah",
            N_PEG,
            "",
            ribuan(JP_TOTAL),
            koma(JP_TOTAL / N_PEG),
            n_ok,
            koma(n_ok / N_PEG * 100),
            "Posisi 30 Juni 2028, sumber SILAJU",
        ]
    )
    w.writerow([FIKTIF, "", "", "", "", "", "", ""])
    return out.getvalue()


POSISI_SERT = d("2028-07-31")
PEREMPUAN = {
    "Nurul Aini, S.Pd.",
    "Rina Oktaviani, S.Pd.",
    "Theresia Uli, S.Pd.",
    "Sarifah Nurhayati, S.Pd.",
    "Meiliana Chandra, S.Kom.",
    "Novita Sari Br. Ginting, S.T.",
    "Ratna Juwita, S.T.",
    "Eka Putri Wulandari, S.T.",
}
# nama, NIP, jabatan, unit, jenis, nomor, terbit, berlaku sampai, catatan
SERTIFIKAT = [
    (
        "Hendra Gunawan, S.T.",
        "Instruktur Ahli Muda",
        "UPTD BLK Tanjung Seruni",
        "Sertifikat Kompetensi Kejuruan Teknik Las",
        "KJR-LAS/2025/0147",
        "2025-03-14",
        "2028-03-13",
        "Dijadwalkan uji ulang Oktober 2028",
    ),
    (
        "Nurul Aini, S.Pd.",
        "Instruktur Ahli Pertama",
        "UPTD BLK Tanjung Seruni",
        "Sertifikat Metodologi Pelatihan Dasar",
        "MET-D/2024/0388",
        "2024-06-05",
        "2029-06-04",
        "",
    ),
    (
        "Fajar Setiadi, S.Kom.",
        "Instruktur Ahli Muda",
        "UPTD BLK Tanjung Seruni",
        "Sertifikat Kompetensi Kejuruan TIK (Administrasi Jaringan)",
        "KJR-TIK/2025/0211",
        "2025-11-21",
        "2028-11-20",
        "Peserta K-14 Agustus 2028",
    ),
    (
        "Rina Oktaviani, S.Pd.",
        "Instruktur Ahli Pertama",
        "UPTD BLK Teluk Mandau",
        "Sertifikat Metodologi Pelatihan Dasar",
        "MET-D/2023/0142",
        "2023-09-18",
        "2028-09-17",
        "Perpanjangan diajukan Juli 2028",
    ),
    (
        "Wahyu Saputra, A.Md.T.",
        "Instruktur Terampil",
        "UPTD BLK Teluk Mandau",
        "Sertifikat Kompetensi Kejuruan Teknik Las",
        "KJR-LAS/2026/0032",
        "2026-02-02",
        "2029-02-01",
        "",
    ),
    (
        "Ahmad Fauzi Lubis, S.T.",
        "Instruktur Ahli Madya",
        "UPTD BLK Teluk Mandau",
        "Sertifikat Asesor Kompetensi",
        "ASK/2022/1187",
        "2022-10-10",
        "2025-10-09",
        "Peserta K-15 November 2028",
    ),
    (
        "Theresia Uli, S.Pd.",
        "Instruktur Mahir",
        "UPTD BLK Kuala Pegatan",
        "Sertifikat Kompetensi Kejuruan Garmen Apparel",
        "KJR-GAR/2024/0075",
        "2024-05-27",
        "2027-05-26",
        "",
    ),
    (
        "Lukas Dading, S.T.",
        "Instruktur Ahli Pertama",
        "UPTD BLK Kuala Pegatan",
        "Sertifikat Metodologi Pelatihan Lanjut",
        "MET-L/2027/0056",
        "2027-08-11",
        "2032-08-10",
        "",
    ),
    (
        "Sarifah Nurhayati, S.Pd.",
        "Instruktur Ahli Muda",
        "UPTD BLK Kuala Pegatan",
        "Sertifikat Kompetensi Kejuruan Tata Boga",
        "KJR-TB/2025/0290",
        "2025-12-03",
        "2028-12-02",
        "",
    ),
    (
        "Denny Saragih, A.Md.",
        "Instruktur Terampil",
        "UPTD BLK Pulau Serindit",
        "Sertifikat Kompetensi Kejuruan Otomotif Sepeda Motor",
        "KJR-OTO/2026/0118",
        "2026-07-15",
        "2029-07-14",
        "",
    ),
    (
        "Meiliana Chandra, S.Kom.",
        "Instruktur Ahli Pertama",
        "UPTD BLK Pulau Serindit",
        "Sertifikat Metodologi Pelatihan Dasar",
        "",
        "",
        "",
        "Diangkat Juni 2028; wajib ikut K-11 tahun 2029",
    ),
    (
        "Imam Syafii, S.T.",
        "Instruktur Ahli Muda",
        "Bidang Pelatihan dan Produktivitas",
        "Sertifikat Asesor Kompetensi",
        "ASK/2025/0412",
        "2025-04-19",
        "2028-04-18",
        "",
    ),
    (
        "Ir. Sutan Mangaraja Hasibuan",
        "Penguji K3 Ahli Madya",
        "Bidang Pengawasan Ketenagakerjaan dan K3",
        "Sertifikat Penguji K3 Pesawat Uap dan Bejana Tekan",
        "PK3-PUBT/2024/0019",
        "2024-01-08",
        "2029-01-07",
        "",
    ),
    (
        "Gilang Ramadhan, S.T.",
        "Penguji K3 Ahli Pertama",
        "Bidang Pengawasan Ketenagakerjaan dan K3",
        "Sertifikat Penguji K3 Listrik",
        "PK3-LIS/2023/0044",
        "2023-10-30",
        "2028-10-29",
        "Sudah mengikuti K-10 Juli 2028, menunggu sertifikat baru",
    ),
    (
        "Novita Sari Br. Ginting, S.T.",
        "Penguji K3 Ahli Pertama",
        "Bidang Pengawasan Ketenagakerjaan dan K3",
        "Sertifikat Penguji K3 Pesawat Angkat dan Angkut",
        "PK3-PAA/2025/0061",
        "2025-08-22",
        "2030-08-21",
        "",
    ),
    (
        "Bonifasius Ngau, S.T.",
        "Penguji K3 Ahli Muda",
        "UPTD Pengawasan Ketenagakerjaan Wilayah I",
        "Sertifikat Penguji K3 Listrik",
        "PK3-LIS/2022/0017",
        "2022-05-16",
        "2027-05-15",
        "Tidak boleh menandatangani hasil uji sampai diperpanjang",
    ),
    (
        "Ratna Juwita, S.T.",
        "Penguji K3 Ahli Pertama",
        "UPTD Pengawasan Ketenagakerjaan Wilayah I",
        "Sertifikat Penguji K3 Pesawat Uap dan Bejana Tekan",
        "PK3-PUBT/2026/0008",
        "2026-09-14",
        "2031-09-13",
        "",
    ),
    (
        "Rudy Chandra, S.T.",
        "Penguji K3 Ahli Pertama",
        "UPTD Pengawasan Ketenagakerjaan Wilayah II",
        "Sertifikat Penguji K3 Listrik",
        "PK3-LIS/2024/0090",
        "2024-01-02",
        "2029-01-01",
        "",
    ),
    (
        "Eka Putri Wulandari, S.T.",
        "Penguji K3 Ahli Pertama",
        "UPTD Pengawasan Ketenagakerjaan Wilayah III",
        "Sertifikat Penguji K3 Pesawat Angkat dan Angkut",
        "PK3-PAA/2024/0029",
        "2024-02-09",
        "2029-02-08",
        "",
    ),
    (
        "Hendrawan Saputra, S.T.",
        "Instruktur Ahli Muda",
        "UPTD BLK Tanjung Seruni",
        "Sertifikat Metodologi Pelatihan Lanjut",
        "MET-L/2024/0019",
        "2024-01-25",
        "2029-01-24",
        "",
    ),
]


def _ddmmyyyy(s):
    return d(s).strftime("%d/%m/%Y") if s else "-"


def sert_status(until):
    if not until:
        return "Belum memiliki"
    u = d(until)
    if u < POSISI_SERT:
        return "Kedaluwarsa"
    if u <= d("2029-01-31"):
        return "Akan berakhir (6 bulan atau kurang)"
    return "Aktif"


def sert_csv():
    rng = random.Random(31)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(
        [
            "No",
            "Nama",
            "NIP",
            "Jabatan",
            "Unit kerja",
            "Jenis sertifikat",
            "Nomor sertifikat",
            "Tanggal terbit",
            "Berlaku sampai",
            "Status per 31 Juli 2028",
            "Catatan",
        ]
    )
    for i, (nm, jab, unit, jenis, nomor, terbit, until, cat) in enumerate(SERTIFIKAT, 1):
        y = rng.randint(1978, 1996)
        nip = f"{y}{rng.randint(1, 12):02d}** {y + rng.randint(22, 27)}0{rng.randint(1, 9)} "
        nip += f"{2 if nm in PEREMPUAN else 1} ***"
        w.writerow(
            [
                i,
                nm,
                nip,
                jab,
                unit,
                jenis,
                nomor or "-",
                _ddmmyyyy(terbit),
                _ddmmyyyy(until),
                sert_status(until),
                cat,
            ]
        )
    w.writerow(["", FIKTIF, "", "", "", "", "", "", "", "", ""])
    return out.getvalue()


# ============================================================================ HTML
NAV = """<header class="top">
  <div class="brand">Portal Intranet Disnakertrans Provinsi Selat Karimata Raya</div>
  <nav>
    <ul>
      <li><a href="/">Beranda</a></li>
      <li><a href="/profil">Profil</a></li>
      <li><a href="/berita">Berita</a></li>
      <li><a href="/kiprah">KIPRAH</a></li>
      <li><a href="/silaju">SILAJU</a></li>
      <li><a href="/layanan-pegawai">Layanan Pegawai</a></li>
      <li><a href="/kontak">Kontak</a></li>
    </ul>
  </nav>
</header>"""

FOOT = f"""<footer>
  <p>{DINAS} {PROV} &middot; {ALAMAT} &middot; Telepon {TELP}</p>
  <p>&copy; 2028 {SINGKAT} {PROV}. Hanya untuk pegawai. <a href="/privasi">Kebijakan privasi</a>
  &middot; <a href="/peta-situs">Peta situs</a></p>
  <p class="fiktif">{FIKTIF}</p>
</footer>"""

CSS = """<style>
body{font-family:Arial,sans-serif;margin:0;color:#222}
header.top{background:#0c3c6e;color:#fff;padding:10px 20px}
nav ul{list-style:none;margin:0;padding:0;display:flex;gap:16px}
nav a{color:#fff;text-decoration:none}
main{display:flex;gap:24px;padding:20px}
article{flex:3}
aside{flex:1;border-left:1px solid #ddd;padding-left:16px}
table{border-collapse:collapse}
td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}
footer{background:#eee;padding:10px 20px;font-size:12px}
dt{font-weight:bold;margin-top:10px}
</style>"""


def _page(title, body, crumbs):
    crumb = " &rsaquo; ".join(crumbs)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="description" content="{FIKTIF}">
{CSS}
<script>window.dataLayer = window.dataLayer || []; function trk(){{}}</script>
</head>
<body>
{NAV}
<div class="breadcrumb">{crumb}</div>
{body}
{FOOT}
</body>
</html>
"""


def berita_html():
    body = f"""<main>
<article>
  <h1>SILAJU Resmi Diluncurkan, e-PRAJA Beralih ke Mode Baca Saja</h1>
  <p class="meta">Selasa, 2 Mei 2028 &middot; 14.20 WIB &middot; Penulis: Tim Humas dan Tim KIPRAH
  &middot; Dibaca 1.284 kali</p>
  <p><strong>{KOTA}</strong> &ndash; Kepala {DINAS} {PROV}, {KADIS}, meluncurkan aplikasi
  {SISTEM} ({SISTEM_LONG}) di Aula Serindit lantai 3, Selasa (2/5/2028) pukul 09.00 WIB. Sekitar
  180 pegawai hadir langsung, sementara pegawai di tujuh UPTD mengikuti melalui Zoom.</p>
  <p>{SISTEM} menggantikan {SISTEM_OLD} ({SISTEM_OLD_LONG}) yang digunakan sejak 2019. Mulai hari
  ini seluruh pengajuan JP, usulan pelatihan eksternal, dan RPK dilakukan melalui {SISTEM} di
  alamat <a href="{URL_SILAJU}">{URL_SILAJU}</a>. {SISTEM_OLD} masih dapat dibuka dalam mode baca
  saja sampai 30 Juni 2028.</p>
  <blockquote>&ldquo;Mulai hari ini tidak ada lagi sertifikat yang tersimpan di laci. Semua JP harus
  masuk {SISTEM},&rdquo; kata Kepala Dinas.</blockquote>
  <p>Administrator {SISTEM}, {ADMIN}, menjelaskan bahwa 486 akun pegawai telah dibuat. Pegawai
  masuk menggunakan NIP, sedangkan PPPK menggunakan nomor induk PPPK. Kata sandi awal dikirim ke
  surel dinas masing-masing dan wajib diganti saat pertama kali masuk.</p>
  <p>Dari 12.700 riwayat pelatihan di {SISTEM_OLD}, sebanyak 12.486 riwayat (98,3%) berhasil
  dipindahkan. Sisanya, 214 riwayat tahun 2027, masih diperiksa karena sertifikatnya tidak
  mencantumkan NIP.</p>
  <h2>Fitur utama versi 1.0.0</h2>
  <ul>
    <li>Pengajuan JP dengan unggah bukti (PDF atau JPG, paling besar 2 MB).</li>
    <li>Usulan pelatihan eksternal yang terhubung dengan surat tugas.</li>
    <li>Dasbor capaian JP per pegawai dan per unit kerja.</li>
    <li>Penyusunan dan persetujuan RPK secara daring.</li>
  </ul>
  <p>Eskalasi otomatis persetujuan atasan sesuai Peraturan Kepala Dinas Nomor 4 Tahun 2028
  direncanakan hadir pada versi berikutnya.</p>
  <h2>Jadwal sosialisasi di UPTD</h2>
  <ul>
    <li>Senin, 8 Mei 2028: UPTD BLK Tanjung Seruni dan UPTD Pengawasan Ketenagakerjaan Wilayah I</li>
    <li>Rabu, 10 Mei 2028: UPTD BLK Teluk Mandau dan UPTD Pengawasan Ketenagakerjaan Wilayah II</li>
    <li>Senin, 15 Mei 2028: UPTD BLK Kuala Pegatan dan UPTD Pengawasan Ketenagakerjaan Wilayah III</li>
    <li>Jumat, 19 Mei 2028: UPTD BLK Pulau Serindit</li>
  </ul>
  <p>Pertanyaan dan kendala dapat disampaikan ke helpdesk {SISTEM} melalui WhatsApp {WA_HELP}
  atau surel {EMAIL_HELP}.</p>
  <figure><img src="/img/peluncuran-silaju.jpg" alt="Kepala Dinas menekan tombol peluncuran">
  <figcaption>Kepala Dinas menekan tombol peluncuran {SISTEM} didampingi Sekretaris dan Tim
  KIPRAH.</figcaption></figure>
  <p class="tags">Tag: KIPRAH, SILAJU, e-PRAJA, pengembangan kompetensi</p>
</article>
<aside>
  <h3>Berita lainnya</h3>
  <ul>
    <li><a href="#">Jumat Belajar Perdana Bulan Mei Bahas Perlindungan Data Pencari Kerja</a></li>
    <li><a href="#">UPTD BLK Teluk Mandau Buka Pendaftaran PBK Angkatan II bagi Pencari Kerja</a></li>
    <li><a href="#">Disnakertrans Fasilitasi 14 Perundingan Bipartit Sepanjang April</a></li>
    <li><a href="#">Lowongan Kerja Bulan Ini di Bursa Kerja Daring Provinsi</a></li>
  </ul>
  <h3>Tautan cepat</h3>
  <ul><li><a href="#">Katalog KIPRAH 2028</a></li><li><a href="#">Helpdesk SILAJU</a></li></ul>
</aside>
</main>"""
    return _page(
        "SILAJU Resmi Diluncurkan - Portal Intranet Disnakertrans",
        body,
        ['<a href="/">Beranda</a>', '<a href="/berita">Berita</a>', "KIPRAH"],
    )


HELP_PIC = [
    (ADMIN, "Administrator SILAJU", "Akun, kata sandi, gangguan sistem", "Semua unit kerja", "214"),
    (
        VERIF1,
        "Verifikator JP",
        "Verifikasi dan koreksi JP",
        "Sekretariat dan lima bidang",
        "217",
    ),
    (VERIF2, "Verifikator JP", "Verifikasi dan koreksi JP", "Empat UPTD BLK", "218"),
    (
        PRANATA_SDM,
        "Pengolah Data Kepegawaian, pendamping verifikasi",
        "Verifikasi dan koreksi JP",
        "Tiga UPTD Pengawasan Ketenagakerjaan",
        "219",
    ),
    (
        ANALIS,
        "Sekretaris Tim KIPRAH",
        "Kebijakan, konversi JP, Anugerah KIPRAH",
        "Semua unit kerja",
        "211",
    ),
    (
        BENDAHARA,
        "Bendahara Pengeluaran Pembantu",
        "Penggantian biaya kursus mandiri",
        "Semua unit kerja",
        "205",
    ),
]


def kontak_html():
    rows = "\n".join(
        f"    <tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td><td>{f}</td></tr>"
        for a, b, c, e, f in HELP_PIC
    )
    body = f"""<main>
<article>
  <h1>Layanan Bantuan SILAJU</h1>
  <p>Halaman ini memuat kanal bantuan, petugas, dan prosedur penyelesaian kendala {SISTEM}.
  Terakhir diperbarui 21 Agustus 2028.</p>
  <h2>Jam layanan</h2>
  <ul>
    <li>Senin-Kamis: 07.30-16.00 WIB (istirahat 12.00-13.00 WIB)</li>
    <li>Jumat: 07.30-16.30 WIB (istirahat 11.30-13.30 WIB)</li>
    <li>Sabtu, Minggu, dan hari libur: tiket diproses pada hari kerja berikutnya</li>
  </ul>
  <h2>Kanal bantuan</h2>
  <ul>
    <li>WhatsApp helpdesk: {WA_HELP} (pesan teks saja, tidak menerima panggilan)</li>
    <li>Surel: {EMAIL_HELP}</li>
    <li>Telepon kantor: {TELP} ekstensi 214</li>
    <li>Di dalam aplikasi: menu Bantuan &gt; Buat Tiket</li>
  </ul>
  <h2>Petugas</h2>
  <table>
    <thead><tr><th>Nama</th><th>Peran</th><th>Layanan</th><th>Unit yang dilayani</th>
    <th>Ekstensi</th></tr></thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <h2>Waktu penyelesaian</h2>
  <table>
    <tr><th>Jenis tiket</th><th>Waktu penyelesaian</th></tr>
    <tr><td>Prioritas tinggi (aplikasi tidak dapat diakses banyak pengguna)</td><td>4 jam kerja</td></tr>
    <tr><td>Normal (akun, kata sandi, tampilan)</td><td>2 hari kerja</td></tr>
    <tr><td>Koreksi JP</td><td>5 hari kerja</td></tr>
  </table>
  <h2>Prosedur</h2>
  <h3>A. Lupa kata sandi</h3>
  <ol>
    <li>Buka halaman masuk {SISTEM} dan klik <em>Lupa kata sandi</em>.</li>
    <li>Masukkan NIP atau nomor induk PPPK dan surel dinas.</li>
    <li>Buka tautan yang dikirim ke surel; tautan berlaku 30 menit.</li>
    <li>Buat kata sandi baru paling sedikit 10 karakter.</li>
    <li>Jika surel dinas tidak aktif, kirim pesan WhatsApp ke helpdesk disertai foto kartu
    identitas pegawai.</li>
  </ol>
  <h3>B. Koreksi JP yang salah</h3>
  <ol>
    <li>Buka menu <em>Riwayat JP</em>.</li>
    <li>Pilih kegiatan yang salah, lalu klik <em>Ajukan Koreksi</em>.</li>
    <li>Tulis alasan koreksi dan unggah bukti pendukung.</li>
    <li>Verifikator memproses koreksi paling lama 5 hari kerja.</li>
    <li>Hasil koreksi diberitahukan melalui surel dan notifikasi aplikasi.</li>
  </ol>
  <h3>C. Akun untuk pegawai baru, PPPK, atau pegawai pindahan</h3>
  <ol>
    <li>FPU mengisi Formulir Permintaan Akun (F-SLJ-01).</li>
    <li>FPU mengirim formulir ke {EMAIL_HELP} bersama salinan SK pengangkatan atau SK mutasi.</li>
    <li>Administrator membuat akun dalam 2 hari kerja.</li>
    <li>Kata sandi awal dikirim ke surel dinas pegawai.</li>
  </ol>
  <h3>D. Melaporkan gangguan</h3>
  <ol>
    <li>Ambil tangkapan layar pesan galat.</li>
    <li>Buat tiket melalui menu Bantuan, atau WhatsApp bila tidak dapat masuk aplikasi.</li>
    <li>Catat nomor tiket dengan format SLJ-2028-xxxxx.</li>
    <li>Pantau status tiket pada menu Bantuan &gt; Tiket Saya.</li>
  </ol>
  <p class="note">Helpdesk {SISTEM} tidak melayani pertanyaan pendaftaran pelatihan masyarakat
  di UPTD BLK. Silakan menghubungi UPTD BLK yang bersangkutan.</p>
</article>
<aside>
  <h3>Tautan terkait</h3>
  <ul><li><a href="#">Unduh F-SLJ-01</a></li><li><a href="#">FAQ KIPRAH</a></li>
  <li><a href="#">Changelog SILAJU</a></li></ul>
</aside>
</main>"""
    return _page(
        "Layanan Bantuan SILAJU - Portal Intranet Disnakertrans",
        body,
        ['<a href="/">Beranda</a>', '<a href="/silaju">SILAJU</a>', "Layanan Bantuan"],
    )


JF_PROFIL = [
    (
        "Pengantar Kerja",
        "Melaksanakan pelayanan antarkerja: penyuluhan dan bimbingan jabatan, verifikasi "
        "lowongan, serta penempatan tenaga kerja antarkerja lokal, antardaerah (AKAD), dan "
        "antarnegara (AKAN).",
        "Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama",
        "Pelatihan Pengantar Kerja Ahli Pertama (K-02) sebagai syarat pengangkatan; Pelatihan "
        "Pengantar Kerja Ahli Muda (K-03) sebagai syarat naik jenjang; Bimtek Analisis "
        "Informasi Pasar Kerja (K-16)",
    ),
    (
        "Pengawas Ketenagakerjaan",
        "Memeriksa dan menguji penerapan norma kerja serta norma K3 di perusahaan, termasuk "
        "menerbitkan nota pemeriksaan.",
        "Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama",
        "K-06 Pemeriksaan Norma K3 Listrik; K-07 Pemeriksaan Norma K3 Pesawat Angkat dan "
        "Angkut; K-08 Norma Kerja Perempuan dan Anak",
    ),
    (
        "Mediator Hubungan Industrial",
        "Menengahi perselisihan hak, perselisihan kepentingan, perselisihan pemutusan hubungan "
        "kerja, dan perselisihan antarserikat pekerja dalam satu perusahaan.",
        "Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama",
        "K-04 Tingkat Dasar; K-05 Tingkat Lanjut; K-18 Perjanjian Kerja Bersama",
    ),
    (
        "Instruktur",
        "Merencanakan, melaksanakan, dan mengevaluasi pelatihan kerja. Mengajar PBK bagi "
        "pencari kerja di UPTD BLK adalah tugas jabatan, bukan kegiatan KIPRAH.",
        "Terampil, Mahir, Penyelia (keterampilan); Ahli Pertama sampai Ahli Utama (keahlian)",
        "K-11 Metodologi Pelatihan Dasar; K-12 Metodologi Pelatihan Lanjut; K-13 dan K-14 "
        "Upgrading Kejuruan; K-15 Asesor Kompetensi",
    ),
    (
        "Penguji Keselamatan dan Kesehatan Kerja",
        "Melakukan pengujian teknis atas objek K3 seperti instalasi listrik, pesawat uap, bejana "
        "tekan, serta pesawat angkat dan angkut.",
        "Ahli Pertama, Ahli Muda, Ahli Madya",
        "K-09 Penguji K3 Pesawat Uap dan Bejana Tekan; K-10 Penguji K3 Listrik",
    ),
    (
        "Analis SDM Aparatur",
        "Menganalisis kebutuhan dan pengembangan sumber daya manusia aparatur, termasuk "
        "mengelola KIPRAH.",
        "Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama",
        "K-19 Manajemen Talenta",
    ),
    (
        "Pranata Komputer",
        "Mengelola sistem informasi dan infrastruktur teknologi informasi, termasuk SILAJU.",
        "Terampil sampai Penyelia; Ahli Pertama sampai Ahli Utama",
        "K-24 Literasi Digital dan Keamanan Data Pencari Kerja",
    ),
    (
        "Perencana",
        "Menyusun perencanaan program dan anggaran Dinas.",
        "Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama",
        "Pembelajaran nonklasikal dan webinar instansi pembina",
    ),
]


def jf_html():
    items = []
    for (nama, lingkup, jenjang, pel), (_, n, pembina, sebaran) in zip(JF_PROFIL, JF, strict=True):
        items.append(
            f"""  <dt id="{nama.lower().replace(" ", "-")}">{nama}</dt>
  <dd><b>Ruang lingkup:</b> {lingkup}</dd>
  <dd><b>Jenjang:</b> {jenjang}</dd>
  <dd><b>Instansi pembina:</b> {pembina}</dd>
  <dd><b>Pemangku di Disnakertrans:</b> {n} orang ({sebaran})</dd>
  <dd><b>Pembelajaran KIPRAH terkait:</b> {pel}</dd>"""
        )
    dl = "\n".join(items)
    body = f"""<main>
<article>
  <h1>Profil Jabatan Fungsional di Lingkungan Disnakertrans</h1>
  <p>Data pemangku posisi 1 Januari 2028. Jumlah seluruh pemangku jabatan fungsional:
  {N_JF} orang dari {N_PNS} PNS. Target JP 2028 bagi PNS jabatan fungsional adalah 32 JP
  (Peraturan Kepala Dinas Nomor 4 Tahun 2028).</p>
  <dl class="jf">
{dl}
  </dl>
  <h2>Istilah yang sering tertukar</h2>
  <dl class="istilah">
    <dt>Pengawas Ketenagakerjaan dan Penguji K3</dt>
    <dd>Pengawas memeriksa kepatuhan perusahaan terhadap norma; Penguji K3 menguji objek
    teknis. Pelatihan K-06 untuk Pengawas, sedangkan K-10 untuk Penguji K3.</dd>
    <dt>Pengantar Kerja Ahli Pertama dan Ahli Muda</dt>
    <dd>K-02 (64 JP) untuk calon pemangku baru; K-03 (72 JP) untuk kenaikan jenjang ke Ahli
    Muda.</dd>
    <dt>Mediator Hubungan Industrial dan Pengawas Ketenagakerjaan</dt>
    <dd>Mediator menengahi perselisihan; Pengawas menegakkan norma dan dapat menerbitkan nota
    pemeriksaan.</dd>
    <dt>PBK dan KIPRAH</dt>
    <dd>PBK adalah pelatihan bagi masyarakat pencari kerja di UPTD BLK; KIPRAH adalah
    pengembangan kompetensi bagi pegawai Dinas.</dd>
  </dl>
</article>
</main>"""
    return _page(
        "Profil Jabatan Fungsional - Portal Intranet Disnakertrans",
        body,
        ['<a href="/">Beranda</a>', '<a href="/kiprah">KIPRAH</a>', "Profil Jabatan Fungsional"],
    )


# ============================================================================ Markdown
def faq_md():
    return f"""# FAQ KIPRAH dan SILAJU

*Tim {PROGRAM} {SINGKAT} {PROV} - terakhir diperbarui 21 Agustus 2028*

> Jawaban di bawah mengikuti Peraturan Kepala Dinas Nomor 4 Tahun 2028 yang berlaku sejak
> 1 April 2028. Pedoman KIPRAH Edisi 2028 (Januari 2028) masih memuat beberapa angka lama.

## Umum

### 1. Apa itu KIPRAH?
{PROGRAM} ({PROGRAM_LONG}) adalah program pengembangan kompetensi bagi seluruh PNS dan PPPK
{SINGKAT}. Semua kegiatan dicatat di {SISTEM} ({SISTEM_LONG}).

### 2. Apa bedanya KIPRAH dengan pelatihan di BLK?
UPTD BLK menyelenggarakan Pelatihan Berbasis Kompetensi (PBK) untuk **masyarakat pencari
kerja**. Itu bukan KIPRAH. KIPRAH hanya untuk pegawai Dinas. Pertanyaan tentang PBK silakan
diajukan ke UPTD BLK terkait.

### 3. Berapa target JP saya tahun 2028?
| Kelompok | Target sekarang | Target lama (Perkadis 11/2024) |
|---|---|---|
| PNS jabatan fungsional | 32 JP | 20 JP |
| PNS lainnya (struktural dan pelaksana) | 24 JP | 20 JP |
| PPPK | 20 JP | 20 JP |

### 4. Saya baru pindah masuk bulan Juli. Apakah targetnya tetap penuh?
Tidak. Target dihitung proporsional sesuai jumlah bulan aktif. Contoh: PNS jabatan fungsional
yang aktif mulai 1 Juli 2028 memiliki 6 bulan aktif, sehingga targetnya 16 JP.

## Pencatatan di SILAJU

### 5. Berapa lama batas unggah bukti kegiatan?
Paling lambat **10 hari kerja** setelah kegiatan selesai. Dulu, di {SISTEM_OLD}, batasnya 14
hari kalender. Sejak versi 1.1.1 hitungan hari kerja tidak memasukkan libur nasional.

### 6. Format dan ukuran bukti?
PDF atau JPG. Sejak {SISTEM} versi 1.3.0 ukuran maksimal 5 MB per berkas (sebelumnya 2 MB).
Foto HEIC dari iPhone harus diubah ke JPG dahulu.

### 7. Atasan saya belum menyetujui pengajuan JP. Bagaimana?
Jika atasan tidak menanggapi dalam 3 hari kerja, pengajuan otomatis diteruskan ke Verifikator
JP (eskalasi otomatis). JP kemudian ditetapkan oleh Verifikator JP.

### 8. Apakah data saya di e-PRAJA hilang?
Tidak. 98,3% riwayat sudah dipindahkan ke {SISTEM} dan sisa 214 data selesai dimigrasikan pada
31 Juli 2028. {SISTEM_OLD} dimatikan pada 1 Juli 2028. Jika ada riwayat yang belum muncul,
ajukan koreksi melalui menu Riwayat JP.

## Jalur pembelajaran

### 9. Berapa JP paling banyak dari jalur nonklasikal?
Paling banyak 70% dari target. Untuk PNS jabatan fungsional (target 32 JP) artinya paling
banyak 22,4 JP boleh berasal dari nonklasikal. Dulu batasnya 50%.

### 10. Apakah webinar tanpa sertifikat diakui?
Tidak. Webinar diakui 2 JP bila berlangsung paling singkat 2 jam dan ada sertifikat atau bukti
kehadiran, paling banyak 10 JP per tahun.

### 11. Bagaimana dengan coaching dan mentoring?
Setiap sesi paling singkat 60 menit diakui 2 JP, paling banyak 24 JP per tahun (dulu 8 JP).
Gunakan Formulir F-KIPRAH-03.

### 12. Apakah rapat kerja atau sosialisasi bisa dihitung JP?
Tidak, kecuali memuat kegiatan pembelajaran yang jelas. Jam mengajar instruktur pada PBK juga
tidak dihitung.

### 13. Kapan Jumat Belajar?
Setiap Jumat pukul 14.00-16.00 WIB di Aula Serindit dan melalui Zoom, 2 JP per pertemuan.
Tidak wajib, tetapi sangat dianjurkan.

## Pelatihan eksternal dan biaya

### 14. Siapa yang menyetujui pelatihan eksternal berbiaya?
Biaya sampai Rp7.500.000 per orang disetujui Sekretaris; di atas itu disetujui Kepala Dinas.
Usulan masuk paling lambat 20 hari kerja sebelum pelatihan.

### 15. Bolehkah beberapa pegawai satu unit ikut pelatihan eksternal bersamaan?
Boleh, paling banyak 15% dari jumlah pegawai unit. Batas ini tidak berlaku untuk pelatihan
wajib jabatan fungsional yang dipanggil instansi pembina.

### 16. Bisakah biaya kursus mandiri diganti?
Bisa, paling banyak Rp2.500.000 per pegawai per tahun (dulu Rp1.500.000). Ajukan paling lambat
30 hari kalender setelah kursus selesai melalui menu Klaim Kursus Mandiri di {SISTEM},
lengkap dengan kuitansi, sertifikat, dan persetujuan atasan. Klaim diproses oleh Bendahara,
{BENDAHARA}.

## Target tidak tercapai

### 17. Apa akibatnya jika target JP tidak tercapai?
Pegawai wajib mengikuti Klinik JP dan menyusun rencana pemenuhan bersama atasan. Jika dua tahun
berturut-turut tidak tercapai, pegawai tidak diusulkan mengikuti pelatihan eksternal berbiaya
pada tahun berikutnya.

### 18. Kapan Klinik JP?
Setiap Selasa pekan pertama, pukul 10.00-11.30 WIB di Ruang Rapat Cempaka.

### 19. Kapan data JP 2028 ditutup?
15 Desember 2028. Pedoman Edisi 2028 masih menyebut 29 Desember 2028; tanggal itu sudah tidak
berlaku.

---
{FIKTIF}
"""


def panduan_md():
    return f"""# Panduan Penyusunan RPK Individu di SILAJU

Panduan ini membantu pegawai {SINGKAT} menyusun Rencana Pengembangan Kompetensi (RPK) tahunan.
Versi 2.0, Agustus 2028, disesuaikan dengan Peraturan Kepala Dinas Nomor 4 Tahun 2028.

## 1. Siapa menyusun dan siapa menyetujui

- **Pegawai** menyusun RPK bersama atasan langsung.
- **Atasan langsung** menyetujui RPK di SILAJU (dulu disahkan Kepala Subbagian Umum dan
  Kepegawaian).
- **FPU** memantau apakah semua pegawai di unitnya sudah memiliki RPK.

## 2. Jadwal RPK 2029

| Tahapan | Waktu | Pelaksana |
|---|---|---|
| Pengisian AKP unit 2029 | paling lambat 29 September 2028 | Unit kerja |
| Menu RPK 2029 dibuka | 2 Januari 2029 | Administrator SILAJU |
| Batas pengajuan RPK | 28 Februari 2029 | Pegawai |
| Persetujuan atasan | paling lama 5 hari kerja sejak diajukan | Atasan langsung |
| Revisi RPK | paling banyak 2 kali, paling lambat 31 Juli 2029 | Pegawai dan atasan |

## 3. Langkah-langkah

1. Kenali kesenjangan kompetensi
   - Bandingkan standar kompetensi jabatan dengan kemampuan saat ini.
   - Gunakan hasil AKP unit dan catatan evaluasi atasan.
2. Pilih bentuk pembelajaran
   - Klasikal: pilih dari Katalog KIPRAH (kode K-01 sampai K-32).
     - Perhatikan jenjang: K-02 untuk calon Pengantar Kerja Ahli Pertama, K-03 untuk naik ke
       Ahli Muda.
     - Pelatihan campuran dihitung klasikal hanya jika tatap mukanya paling sedikit 50%.
   - Nonklasikal: coaching, mentoring, e-learning, webinar, Bedah Regulasi, magang.
     - Ingat batas nonklasikal 70% dari target.
     - Coaching dan mentoring paling banyak 24 JP per tahun.
3. Hitung JP
   - 1 JP = 45 menit.
   - Jumlah JP rencana boleh melebihi target.
4. Isi RPK di SILAJU
   - Menu **RPK > Tambah Rencana**.
   - Satu baris untuk satu kegiatan; lampirkan tautan katalog bila ada.
5. Ajukan ke atasan
   - Status berubah menjadi *Menunggu Persetujuan*.
   - Jika dikembalikan, perbaiki sesuai catatan dan ajukan lagi.

## 4. Contoh RPK

Contoh untuk Pengawas Ketenagakerjaan Ahli Pertama dengan target 32 JP:

| No | Kompetensi | Bentuk pembelajaran | Jalur | JP | Waktu |
|---|---|---|---|---|---|
| 1 | Pemeriksaan instalasi listrik | K-06 Pemeriksaan Norma K3 Listrik | Klasikal | 48 | Agustus |
| 2 | Penulisan nota pemeriksaan | Coaching dengan atasan, 4 sesi | Nonklasikal | 8 | Maret-Juni |
| 3 | Pemahaman regulasi terbaru | Bedah Regulasi, 3 sesi | Nonklasikal | 6 | Triwulan II |
| 4 | Perlindungan data | K-24 Literasi Digital | Nonklasikal | 12 | Agustus |
| | **Jumlah** | | | **74** | |

K-06 adalah pelatihan campuran dengan 40 JP tatap muka dari 48 JP, sehingga dihitung klasikal.

## 5. Kesalahan yang sering terjadi

- Memasukkan jam mengajar PBK sebagai rencana pembelajaran (tidak diakui).
- Memilih Pelatihan Pengantar Kerja Ahli Pertama padahal yang dibutuhkan Ahli Muda.
- Memilih K-10 Penguji K3 Listrik padahal jabatannya Pengawas Ketenagakerjaan (seharusnya K-06).
- Lupa menekan tombol **Ajukan** sehingga RPK tetap berstatus Draf.

## 6. Bantuan

Hubungi FPU di unit masing-masing. Untuk kendala aplikasi, hubungi helpdesk SILAJU di
WhatsApp {WA_HELP}.

{FIKTIF}
"""


def changelog_md():
    return f"""# Changelog SILAJU

Semua perubahan penting pada {SISTEM} ({SISTEM_LONG}) dicatat di berkas ini. Format mengikuti
*Keep a Changelog*; penomoran versi mengikuti *Semantic Versioning*.
Pengelola: {ADMIN}, Administrator SILAJU.

## [Belum dirilis]
### Direncanakan untuk 1.4.1
- Kolom PPPK pada ekspor PDF rekap unit (isu #57).
- Modul nominasi Anugerah KIPRAH (target rilis 29 September 2028).

## [1.4.0] - 2028-08-21
### Ditambahkan
- Dasbor FPU: capaian JP per pegawai di unit kerja.
- Ekspor rekap unit ke format XLSX.
### Diubah
- Pengingat batas unggah bukti dikirim pada H-3 dan H-1 (sebelumnya hanya H-1).

## [1.3.1] - 2028-07-31
### Diperbaiki
- Sinkronisasi ganda ke SIMPEG BKD untuk pegawai yang pindah unit.
- 214 data residu e-PRAJA selesai dimigrasikan.

## [1.3.0] - 2028-07-17
### Ditambahkan
- Modul Coaching dan Mentoring dengan lembar sesi digital.
### Diubah
- Batas ukuran berkas unggahan naik dari 2 MB menjadi 5 MB.

## [1.2.0] - 2028-06-12
### Ditambahkan
- Impor otomatis sertifikat e-learning dari LMS Kelas Daring KIPRAH.
- Notifikasi WhatsApp untuk perubahan status pengajuan.

## [1.1.1] - 2028-05-24
### Diperbaiki
- Perhitungan batas 10 hari kerja kini mengecualikan libur nasional dan cuti bersama.

## [1.1.0] - 2028-05-15
### Ditambahkan
- Eskalasi otomatis: pengajuan yang tidak ditanggapi atasan dalam 3 hari kerja diteruskan ke
  Verifikator JP.

## [1.0.0] - 2028-05-02
### Ditambahkan
- Rilis perdana, menggantikan e-PRAJA.
- Pengajuan JP dengan unggah bukti (PDF/JPG, paling besar 2 MB).
- Usulan pelatihan eksternal, RPK daring, dan dasbor capaian.

## [0.9.0-beta] - 2028-04-10
### Ditambahkan
- Uji coba terbatas di Sekretariat dan UPTD BLK Tanjung Seruni dengan 38 pegawai penguji.

## Dihentikan
- e-PRAJA: mode baca saja sampai 30 Juni 2028, dimatikan 1 Juli 2028.

## Masalah yang diketahui
- Unggahan foto berformat HEIC dari iPhone belum didukung; ubah ke JPG terlebih dahulu.
- Ekspor PDF rekap unit belum menampilkan kolom PPPK (diperbaiki pada 1.4.1).

{FIKTIF}
"""


# ============================================================================ TXT
def wa_txt():
    W = "Winda Tim KIPRAH"
    R = "Rizky Verifikator JP"
    A = "Ayu Verifikator JP"
    B = "Bagas Admin SILAJU"
    msgs = [
        (
            "01/08/28 08.02",
            W,
            "Selamat pagi Bapak/Ibu FPU \U0001f64f Mulai hari ini grup ini kita "
            "pakai untuk koordinasi KIPRAH semester II.",
        ),
        ("01/08/28 08.05", "Joko FPU Wasnaker II", "Siap Bu \U0001f44d"),
        (
            "07/08/28 07.58",
            W,
            'Info Jumat Belajar 11 Agustus: topik "Membaca Data Pasar Kerja '
            'dengan Spreadsheet", narasumber Pak Anton Wijaya Kusuma (Kabid Lattas), jam 13.30-15.30 '
            "WIB di Aula Serindit + Zoom.",
        ),
        ("07/08/28 08.03", "Joko FPU Wasnaker II", "Bu, bukannya sejak Agustus sdh jam 14.00 ya?"),
        (
            "07/08/28 08.05",
            W,
            "Ralat \U0001f64f jam 14.00-16.00 WIB ya, sesuai keputusan rakor. "
            "Maaf sy copas pengumuman lama.",
        ),
        (
            "07/08/28 09.40",
            W,
            "Eh maksudnya narasumbernya Bu Nurhasanah Daulay (Kabid Penta), "
            "bukan Pak Anton. Pak Anton tgl 18 Agustus dgn topik produktivitas kerja.",
        ),
        ("07/08/28 09.52", "Lidya FPU Penta", "Min, pendaftaran K-03 PK Ahli Muda ditutup kapan?"),
        (
            "07/08/28 10.01",
            W,
            "Pendaftaran K-03 ditutup Jumat 18 Agustus pukul 12.00 WIB lewat "
            "SILAJU menu Usulan Pelatihan.",
        ),
        (
            "08/08/28 10.12",
            R,
            "Kuota K-15 Asesor Kompetensi: BLK Tanjung Seruni 4, Teluk Mandau 3, "
            "Kuala Pegatan 2, Pulau Serindit 1.",
        ),
        (
            "08/08/28 10.30",
            "Syahrul FPU BLK Pulau Serindit",
            "Pak, PS cuma 1? Kami ada 2 instruktur Ahli Muda yg butuh sertifikat asesor.",
        ),
        ("08/08/28 10.33", R, "Sy konsultasikan dulu ke Bu Sekretaris ya Pak."),
        (
            "09/08/28 08.47",
            R,
            "Update setelah disetujui Bu Sekretaris: Teluk Mandau jadi 2, "
            "Pulau Serindit jadi 2. Total tetap 10 kursi. Yg ini final \U0001f64f",
        ),
        ("09/08/28 09.10", "Rina FPU BLK Teluk Mandau", "Baik Pak, kami sesuaikan."),
        (
            "09/08/28 13.15",
            W,
            "RALAT tempat: Jumat Belajar 11 Agustus pindah ke Ruang Rapat Cempaka "
            "lt. 2 karena Aula Serindit dipakai persiapan upacara 17 Agustus. Zoom tetap.",
        ),
        (
            "09/08/28 15.02",
            B,
            "Pengumuman: pemeliharaan server SILAJU Sabtu 12 Agustus pukul "
            "20.00-22.00 WIB. Selama itu aplikasi tidak bisa diakses.",
        ),
        (
            "10/08/28 10.44",
            B,
            "Koreksi jadwal pemeliharaan: mulai 21.00 s.d. 23.30 WIB, diundur "
            "atas permintaan Diskominfo.",
        ),
        (
            "10/08/28 16.20",
            A,
            "Pengingat: rekap capaian Juli dikunci tgl 25 Agustus, mohon FPU "
            "pastikan semua pengajuan Juli sdh disetujui atasan.",
        ),
        ("10/08/28 16.26", A, "eh maksudnya tanggal 28 Agustus (Senin), bukan 25. Maaf \U0001f64f"),
        (
            "11/08/28 09.15",
            "+62 812-7730-1145",
            "Permisi, mau tanya pendaftaran pelatihan "
            "menjahit utk keponakan sy di BLK Kuala Pegatan gmn ya?",
        ),
        (
            "11/08/28 09.18",
            W,
            "Mohon maaf Bapak/Ibu, grup ini khusus FPU KIPRAH (pengembangan "
            "kompetensi pegawai). Untuk pendaftaran pelatihan masyarakat silakan ke loket atau laman "
            "resmi UPTD BLK Kuala Pegatan ya \U0001f64f",
        ),
        ("11/08/28 09.19", "Yohana FPU BLK Kuala Pegatan", "Nanti sy japri nomor loket kami, Pak."),
        ("11/08/28 09.20", "+62 812-7730-1145", "<Media tidak disertakan>"),
        ("11/08/28 09.21", "+62 812-7730-1145", "Pesan ini telah dihapus"),
        (
            "14/08/28 08.30",
            "Desi FPU Wasnaker I",
            "Kak, kalau sesi coaching cuma 45 menit apa tetap dapat 2 JP?",
        ),
        (
            "14/08/28 08.36",
            W,
            "Tidak bisa Bu, minimal 60 menit per sesi. Sesi 45 menit tidak diakui sama sekali.",
        ),
        (
            "15/08/28 11.02",
            W,
            "Info: pendaftaran K-03 diperpanjang sampai Rabu 23 Agustus pukul "
            "12.00 WIB krn masih ada kursi kab/kota yg kosong. Pengumuman tgl 18 Agustus tidak "
            "berlaku lagi.",
        ),
        ("15/08/28 11.05", "Lidya FPU Penta", "Alhamdulillah, makasih Bu \U0001f64f"),
        (
            "21/08/28 07.45",
            B,
            "SILAJU versi 1.4.0 sudah rilis: ada Dasbor FPU dan ekspor rekap unit "
            "ke XLSX. Silakan dicoba.",
        ),
        ("21/08/28 07.50", "Yuni FPU Sekretariat", "Mantap Mas Bagas \U0001f525"),
    ]
    lines = [
        "Pesan dan panggilan terenkripsi secara end-to-end. Tidak ada orang di luar chat ini, "
        "termasuk WhatsApp, yang dapat membaca atau mendengarkannya.",
        '01/08/28 08.00 - Winda Tim KIPRAH membuat grup "FPU KIPRAH 2028"',
    ]
    for ts, who, msg in msgs:
        lines.append(f"{ts} - {who}: {msg}")
    lines.append(f"21/08/28 08.00 - {W}: Catatan admin: {FIKTIF}")
    return "\n".join(lines) + "\n"


CAP_AGU_JP = 7903
CAP_AGU = r1(CAP_AGU_JP / TARGET_TOTAL * 100)


def memo_txt():
    return f"""PEMERINTAH {PROV.upper()}
{DINAS.upper()}
{ALAMAT}

NOTA DINAS

Kepada   : Yth. Para Kepala Bidang dan Kepala UPTD di lingkungan {SINGKAT}
Dari     : Sekretaris Dinas selaku Ketua Tim KIPRAH
Tembusan : Kepala Dinas (sebagai laporan)
Tanggal  : 1 September 2028
Nomor    : 800.1.6/2315/SEKR/2028
Sifat    : Segera
Lampiran : 1 (satu) berkas
Hal      : Percepatan Capaian JP dan Penutupan Data JP Tahun 2028

Dengan hormat,

1. Sampai dengan 31 Agustus 2028, capaian JP Dinas baru {ribuan(CAP_AGU_JP)} JP atau
   {koma(CAP_AGU)}% dari target {ribuan(TARGET_TOTAL)} JP.

2. Data JP tahun 2028 ditutup pada hari Jumat, 15 Desember 2028 pukul 15.00 WIB. Pengajuan
   yang masuk setelah waktu tersebut tidak diproses untuk tahun 2028 dan tidak dapat
   dialihkan ke tahun 2029. Tanggal 29 Desember 2028 pada Pedoman KIPRAH Edisi 2028 tidak
   berlaku lagi.

3. Unit kerja yang capaiannya di bawah 60% pada 30 September 2028 wajib mengikutsertakan
   pegawainya dalam Klinik JP dan menyampaikan rencana percepatan kepada Sekretaris paling
   lambat Jumat, 6 Oktober 2028.

4. Jumat Belajar dilaksanakan setiap Jumat pukul 14.00-16.00 WIB di Aula Serindit dan melalui
   Zoom, diakui 2 JP per pertemuan. Jadwal bulan September 2028 terlampir.

5. Jam mengajar instruktur pada PBK bagi masyarakat tidak dihitung sebagai JP (Pasal 14 ayat (3)
   Peraturan Kepala Dinas Nomor 4 Tahun 2028). Mohon kepala UPTD BLK mendorong instruktur
   mengikuti K-14, K-15, dan e-learning K-24.

6. Orientasi PPPK Angkatan II bagi 23 PPPK baru dilaksanakan pada 9-10 Oktober 2028 (16 JP)
   di Aula Serindit. FPU mendaftarkan peserta melalui SILAJU paling lambat 29 September 2028.

7. Klinik JP dibuka setiap Selasa pekan pertama pukul 10.00-11.30 WIB di Ruang Rapat Cempaka.

8. Narahubung: {ANALIS} (Sekretaris Tim KIPRAH), ekstensi 211.

Demikian disampaikan. Atas perhatian dan kerja samanya diucapkan terima kasih.

                                        Sekretaris,


                                        {SEKRETARIS}
                                        NIP {SEKRETARIS_NIP}

------------------------------------------------------------------------------------------
LAMPIRAN: JADWAL JUMAT BELAJAR SEPTEMBER 2028

Tanggal        Topik                                                   Narasumber
1 September    Membaca Data Pasar Kerja dengan Spreadsheet (lanjutan)  {KABID_PENTA}
8 September    Berbagi Hasil Pelatihan Pemeriksaan Norma K3 Listrik    Yoseph Kristianto dan Hasan Basri
15 September   Dasar-Dasar Mediasi Perselisihan PHK                    {KABID_HI}
22 September   Keamanan Data Pencari Kerja di Era Digital              {ADMIN}
29 September   Teknik Wawancara dalam Pemeriksaan Norma Kerja          Dewi Anggraini, S.T.

{FIKTIF}
"""


# ============================================================================ driver
def _w_text(fn):
    def w(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(fn())

    return w


DOCS = {
    "pedoman-kiprah-2028": ("pdf", render_pedoman),
    "perkadis-11-2024-pengembangan-kompetensi": ("pdf", render_reg_old),
    "perkadis-4-2028-kiprah": ("pdf", render_reg_new),
    "surat-tugas-pelatihan-pengawas-k3-listrik-2028": ("pdf", render_surat),
    "buletin-kiprah-edisi-ii-2028": ("pdf", render_buletin),
    "sop-pengusulan-pelatihan-eksternal": ("docx", write_sop),
    "notulen-rakor-kiprah-triwulan-ii-2028": ("docx", write_notulen),
    "kak-pelatihan-pengantar-kerja-ahli-muda-2028": ("docx", write_kak),
    "formulir-kesepakatan-coaching-mentoring": ("docx", write_formulir),
    "rekap-kiprah-2028": ("xlsx", write_xlsx),
    "rekap-jp-per-kelompok-jabatan-semester-i-2028": ("csv", _w_text(jp_csv)),
    "masa-berlaku-sertifikat-instruktur-penguji-2028": ("csv", _w_text(sert_csv)),
    "berita-intranet-peluncuran-silaju": ("html", _w_text(berita_html)),
    "layanan-bantuan-silaju": ("html", _w_text(kontak_html)),
    "profil-jabatan-fungsional-ketenagakerjaan": ("html", _w_text(jf_html)),
    "faq-kiprah": ("md", _w_text(faq_md)),
    "panduan-penyusunan-rpk-individu": ("md", _w_text(panduan_md)),
    "changelog-silaju": ("md", _w_text(changelog_md)),
    "grup-wa-fpu-kiprah-agustus-2028": ("txt", _w_text(wa_txt)),
    "nota-dinas-sekretaris-penutupan-data-jp-2028": ("txt", _w_text(memo_txt)),
}


def path_of(stem):
    return os.path.join(OUT, f"{stem}.{DOCS[stem][0]}")


def write_documents():
    random.seed(2028)
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
        if not tags or tags[0] not in ("casual", "formal"):
            errors.append(f"{q['id']}: first tag must be casual|formal")
        if not exp or "oos" in tags:
            if exp or facts or "oos" not in tags:
                errors.append(f"{q['id']}: out-of-scope question needs [] expected, [] facts, oos")
            if not re.fullmatch(r"z9[0-4]\d", q["id"]) or not 901 <= int(q["id"][1:]) <= 940:
                errors.append(f"{q['id']}: out-of-scope ids are z901..z940")
            if "near" in tags:
                n_near += 1
                near_qs.append(q)
            elif "far" in tags:
                n_far += 1
            else:
                errors.append(f"{q['id']}: oos needs near|far")
            continue
        if not re.fullmatch(r"z[0-8]\d\d", q["id"]):
            errors.append(f"{q['id']}: answerable ids are z001..z899")
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
            if len(nf.split()) > 6:
                errors.append(f"{q['id']}: fact {fact!r} longer than 6 words")
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
