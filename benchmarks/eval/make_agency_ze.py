#!/usr/bin/env python3
"""Generate the documents of the fictional "agency ZE" evaluation set.

Agency ZE: Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga
Berencana (DP3AP2KB) Kota Tanjung Seruni (fictional city in the fictional Provinsi Kalimantan
Pesisir, WIB). The competency development programme of its employees is "MEKAR" (Merajut
Kompetensi Aparatur Responsif); JP are recorded in the information system "SI-KELOPAK" (Sistem
Informasi Kendali Log Pembelajaran dan Kompetensi), which replaced a Google Form on 4 March 2030.
146 employees (98 PNS, 48 PPPK) in the Sekretariat, five bidang and the UPTD PPA.

Rules: Peraturan Kepala Dinas Nomor 3 Tahun 2028 (the original rule, in force 1 March 2028) and
Peraturan Kepala Dinas Nomor 2 Tahun 2030 (its amendment, in force 1 March 2030), which changes
Pasal 6, Pasal 9 and Pasal 14 and inserts Pasal 12A; the other articles stand. The handbook
(Pedoman MEKAR Edisi 2029) follows the original rule. The circular of 2029 on reporting JP
(Surat Edaran 800.1.3/0217/DP3AP2KB/2029) is wholly replaced by the circular of 2030
(800.1.3/0094/DP3AP2KB/2030).

Acronym with two meanings: PKB is "Pengembangan Keprofesian Berkelanjutan" in the rule and the
handbook, "Penyuluh Keluarga Berencana" in the terms of reference of the KB counselling training,
the e-mail thread about it and the coaching schedule.

Trap document: a community training of the same name family (manajemen kasus for kader Satgas
PPA), which is not part of MEKAR.

Documents (written into agency_ze/):
  pedoman-mekar-2029.pdf                         long handbook on the original rule
  perkadis-3-2028-pedoman-mekar.pdf              original rule (BAB/Pasal/ayat)
  perkadis-2-2030-perubahan-pedoman-mekar.pdf    amendment: Pasal 6, 9, 14 changed, 12A inserted
  se-pelaporan-jp-si-kelopak-2030.pdf            circular 2030 (letter), replaces the 2029 one
  paparan-sosialisasi-perubahan-mekar-2030.pdf   presentation slides (landscape)
  buletin-mekar-edisi-1-2030.pdf                 two-column bulletin
  pengumuman-seleksi-tugas-belajar-2030.pdf      announcement letter
  se-pelaporan-jp-mekar-2029.docx                circular 2029 (replaced)
  sop-pelatihan-eksternal-rencana-aksi.docx      SOP: identity table, steps with merged header
  notulen-rapat-evaluasi-mekar-2029.docx         minutes with decisions table
  kak-pelatihan-konseling-kb-2030.docx           terms of reference, merged day cells, budget
  rekap-mekar-2029.xlsx                          several sheets
  rekap-jp-triwulan-per-unit-2029.csv            semicolons, BOM, CRLF, decimal commas
  jadwal-coaching-mentoring-semester-1-2030.csv  commas, quoted cells
  jadwal-aktualisasi-latsar-2030.csv             tab separated
  berita-peluncuran-si-kelopak.html              intranet news with site chrome
  direktori-fbb-dan-mentor-2030.html             rowspan/colspan table, definition list
  pengiriman-peserta-pelatihan-kepemimpinan-2030.htm  old-style HTML, rowspan/colspan
  faq-mekar-2030.md                              FAQ on the amended rule
  panduan-pengisian-si-kelopak.md                guide with steps and tables
  pelatihan-manajemen-kasus-kader-satgas-ppa-2030.md  trap: a community training
  grup-wa-fbb-mekar-februari-2030.txt            WhatsApp export with corrections
  nota-dinas-migrasi-si-kelopak.txt              memo
  email-pelatihan-konseling-kb-2030.txt          e-mail thread

Usage:
  python make_agency_ze.py                     # write the documents
  python make_agency_ze.py --text [stem ...]   # print the extracted text of each document
  python make_agency_ze.py --ingest [stem ...] # print the text as Pandu's ingest reads it
  python make_agency_ze.py --check             # check questions_agency_ze.yaml

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
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "agency_ze")
QUESTIONS = os.path.join(HERE, "questions_agency_ze.yaml")
FIXED_DATE = datetime.datetime(2030, 3, 25, 8, 0, tzinfo=datetime.UTC)
ZIP_DATE = (2030, 3, 25, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."
GEN = "make_agency_ze.py"

DINAS = (
    "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"
)
SINGKAT = "DP3AP2KB"
KOTA = "Kota Tanjung Seruni"
KOTA_SHORT = "Tanjung Seruni"
PROV = "Provinsi Kalimantan Pesisir"
IBUKOTA_PROV = "Pontirana"
PROGRAM = "MEKAR"
PROGRAM_LONG = "Merajut Kompetensi Aparatur Responsif"
SISTEM = "SI-KELOPAK"
SISTEM_LONG = "Sistem Informasi Kendali Log Pembelajaran dan Kompetensi"
ALAMAT = "Jl. Cempaka Putih No. 27, Tanjung Seruni 78415"
TELP = "(0561) 742 318"
DOMAIN = "dp3ap2kb.tanjungserunikota.go.id"
EMAIL = f"mekar@{DOMAIN}"
EMAIL_HELP = f"helpdesk.kelopak@{DOMAIN}"
URL_KELOPAK = f"https://kelopak.{DOMAIN}"
WA_HELP = "0811-5620-7734"
WA_HELP_WRONG = "0811-5620-7743"
GFORM = "s.id/LaporJP-MEKAR2029"

KADIS_OLD = "Dra. Hj. Siti Maryam Lubis, M.Si."
KADIS_OLD_NIP = "19680412 199303 2 0**"
KADIS = "dr. Yohana Margaretha Siahaan, M.P.H."
KADIS_NIP = "19760823 200501 2 0**"
SEKRETARIS = "Ir. Heru Santoso Wibisono, M.M."
SEKRETARIS_NIP = "19730515 200003 1 0**"
KASUBBAG = "Fransiska Dewi Anggraini, S.Psi., M.M."
KASUBBAG_NIP = "19840227 200902 2 0**"
KASUBBAG_KEU = "Yulianti Rahmawati, S.E., M.Ak."
ANALIS = "Rizky Amalia Putri, S.AP."
ANALIS_NIP = "19930618 201903 2 0**"
PRAKOM = "Dimas Arya Pratama, S.Kom."
BENDAHARA = "Agus Salim Harahap, A.Md."
KABID_PUG = "Nurlela Hasibuan, S.Sos., M.Si."
KABID_PPA = "Theresia Ursula Ndoen, S.H., M.H."
KABID_PHA = "Muhammad Iqbal Fauzan, S.Psi., M.Psi."
KABID_DALDUK = "Ir. Sri Wahyuningsih, M.Si."
KABID_KBKK = "dr. Andreas Tamba, M.K.M."
KA_UPTD = "Lestari Handayani Putri, S.Psi., Psikolog"
WI_EXT = "Dr. Bambang Kusumo Adi, M.Pd."
KOORD_PKB = "Dedi Kurniawan, S.Sos."
TERBAIK_PNS = "Maria Goretti Siburian, S.Psi."
TERBAIK_PPPK = "Andi Saputra, A.Md."

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
    """'30 (tiga puluh)' as rules write numbers."""
    return f"{n} ({terbilang(n)})"


# ------------------------------------------------------------------ units
# name, short, PNS, PPPK, head, FBB 2029, FBB 2030-2031, extension, JP realised 2029,
# employees below the 2029 target, JP per quarter 2029 (I..IV)
UNITS = [
    (
        "Sekretariat",
        "SEKR",
        22,
        9,
        SEKRETARIS,
        "Wulan Sari Nasution, S.E.",
        "Wulan Sari Nasution, S.E.",
        "201",
        742,
        4,
        (118, 196, 221, 207),
    ),
    (
        "Bidang Pengarusutamaan Gender dan Pemberdayaan Perempuan",
        "PUG-PP",
        9,
        3,
        KABID_PUG,
        "Ratih Kusumawardani, S.Sos.",
        "Ratih Kusumawardani, S.Sos.",
        "310",
        286,
        1,
        (41, 78, 96, 71),
    ),
    (
        "Bidang Perlindungan Perempuan dan Anak",
        "PPA",
        8,
        4,
        KABID_PPA,
        "Yohanes Bere Mau, S.H.",
        "Agnes Mariana Tefa, S.H.",
        "320",
        297,
        1,
        (52, 84, 88, 73),
    ),
    (
        "Bidang Pemenuhan Hak Anak",
        "PHA",
        8,
        3,
        KABID_PHA,
        "Nadia Permatasari, S.Psi.",
        "Nadia Permatasari, S.Psi.",
        "330",
        248,
        2,
        (37, 66, 81, 64),
    ),
    (
        "Bidang Pengendalian Penduduk dan Informasi Data",
        "DALDUK",
        7,
        4,
        KABID_DALDUK,
        "Bayu Setiawan Ramadhan, S.Si.",
        "Bayu Setiawan Ramadhan, S.Si.",
        "340",
        301,
        0,
        (49, 77, 98, 77),
    ),
    (
        "Bidang Keluarga Berencana dan Ketahanan Keluarga",
        "KBKK",
        30,
        17,
        KABID_KBKK,
        "Hendrikus Nong Sera, S.KM.",
        "Hendrikus Nong Sera, S.KM.",
        "350",
        868,
        13,
        (132, 229, 284, 223),
    ),
    (
        "UPTD Perlindungan Perempuan dan Anak",
        "UPTD PPA",
        14,
        8,
        KA_UPTD,
        "Yosefina Lende, S.Psi.",
        "Yosefina Lende, S.Psi.",
        "360",
        506,
        4,
        (79, 131, 158, 138),
    ),
]
for _u in UNITS:
    assert sum(_u[10]) == _u[8], _u[1]
N_PNS = sum(u[2] for u in UNITS)
N_PPPK = sum(u[3] for u in UNITS)
N_PEG = N_PNS + N_PPPK
JP_2029 = sum(u[8] for u in UNITS)
BELUM_2029 = sum(u[9] for u in UNITS)
assert (N_PNS, N_PPPK, N_PEG) == (98, 48, 146)
T_OLD = (20, 12)
T_NEW = (24, 16)


def target(u, t):
    return u[2] * t[0] + u[3] * t[1]


TGT_OLD_TOTAL = sum(target(u, T_OLD) for u in UNITS)
TGT_NEW_TOTAL = sum(target(u, T_NEW) for u in UNITS)
PCT_MEMENUHI = koma((N_PEG - BELUM_2029) / N_PEG * 100)
AVG_2029 = koma(JP_2029 / N_PEG)
UNIT_BY = {u[1]: u for u in UNITS}


# ============================================================================ PDF machinery
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
            self.cell(0, 5, f"Hlm. {self.page_no()} dari {{nb}}", align="R")
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
        pdf.multi_cell(0, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)

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
        fill=(226, 212, 236),
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
PED_TITLE = f"Pedoman Pelaksanaan Program {PROGRAM} {SINGKAT} {KOTA} Edisi 2029"

ISTILAH = [
    ("ASN", "Aparatur Sipil Negara, terdiri atas PNS dan PPPK."),
    ("Atasan langsung", "Pejabat yang membawahi pegawai secara langsung dan menilai SKP-nya."),
    (
        "e-sertifikat",
        "Sertifikat elektronik pelatihan in-house yang diterbitkan TP-MEKAR dan dapat diperiksa "
        "keasliannya melalui kode QR.",
    ),
    (
        "FBB",
        "Fasilitator Belajar Bidang, pegawai yang ditunjuk di setiap unit kerja untuk membantu "
        "pencatatan JP dan menggerakkan kegiatan belajar.",
    ),
    ("JP", "Jam Pelajaran, satuan waktu belajar selama 45 menit."),
    (
        "Kelas Berbagi",
        "Pertemuan berbagi pengetahuan antarpegawai yang dipandu FBB secara bergiliran.",
    ),
    ("Latsar", "Pelatihan Dasar CPNS yang wajib diikuti CPNS sebelum diangkat menjadi PNS."),
    ("PKA", "Pelatihan Kepemimpinan Administrator."),
    (
        "PKB",
        "Pengembangan Keprofesian Berkelanjutan, yaitu kegiatan pengembangan kompetensi bagi "
        "pejabat fungsional untuk memenuhi tuntutan jabatannya.",
    ),
    ("PKP", "Pelatihan Kepemimpinan Pengawas."),
    (
        "Rencana Aksi",
        "Rencana penerapan hasil pelatihan di unit kerja yang disusun peserta setelah "
        "pelatihan berakhir.",
    ),
    (
        "RPK",
        "Rencana Pengembangan Kompetensi individu, yaitu rencana belajar tahunan setiap "
        "pegawai yang disetujui atasan langsung.",
    ),
    ("SKP", "Sasaran Kinerja Pegawai."),
    ("TP-MEKAR", f"Tim Pengelola Program {PROGRAM}."),
]

# code, training, JP, quota, pass mark, fee, venue, month
KATALOG_2029 = [
    (
        "MK-01",
        "Pengarusutamaan Gender dan PPRG Tingkat Dasar",
        "24 JP",
        "30 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Aula Seruni Lantai 3",
        "Februari",
    ),
    (
        "MK-02",
        "Analisis Gender dengan Metode GAP",
        "16 JP",
        "25 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Ruang Rapat Anggrek",
        "Maret",
    ),
    (
        "MK-03",
        "Manajemen Kasus Perlindungan Perempuan dan Anak",
        "32 JP",
        "25 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Ruang Konseling UPTD PPA",
        "April",
    ),
    (
        "MK-04",
        "Konseling Psikososial bagi Pendamping Korban",
        "40 JP",
        "4 orang",
        "75",
        "Rp4.750.000",
        "Pontirana (Himpsi Wilayah)",
        "Mei",
    ),
    (
        "MK-05",
        "Konvensi Hak Anak dan Kota Layak Anak",
        "24 JP",
        "30 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Aula Seruni Lantai 3",
        "Mei",
    ),
    (
        "MK-06",
        "Pelayanan Publik Prima",
        "16 JP",
        "35 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Aula Seruni Lantai 3",
        "Juni",
    ),
    (
        "MK-07",
        "Analisis Data Kependudukan dan Proyeksi Penduduk",
        "24 JP",
        "20 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Laboratorium Komputer Lantai 1",
        "Juni",
    ),
    (
        "MK-08",
        "Konseling KB dan Kesehatan Reproduksi bagi Penyuluh KB",
        "40 JP",
        "30 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Balai Penyuluhan KB Tanjung Seruni Timur",
        "Juli",
    ),
    (
        "MK-09",
        "Pengelolaan Kelompok BKB, BKR, dan BKL",
        "24 JP",
        "25 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Aula Seruni Lantai 3",
        "Agustus",
    ),
    (
        "MK-10",
        "Penanganan Anak Berhadapan dengan Hukum",
        "30 JP",
        "3 orang",
        "70",
        "Dibiayai penyelenggara",
        "Jakarta (Kementerian PPPA)",
        "Agustus",
    ),
    (
        "MK-11",
        "Mediasi Kasus Kekerasan dalam Rumah Tangga",
        "32 JP",
        "3 orang",
        "75",
        "Rp5.200.000",
        "Pontirana (LBH Perempuan Kalimantan Pesisir)",
        "September",
    ),
    (
        "MK-12",
        "Tata Naskah Dinas Elektronik",
        "12 JP",
        "40 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Ruang Rapat Anggrek",
        "September",
    ),
    (
        "MK-13",
        "Pengolahan Data dengan Spreadsheet dan Dasbor",
        "16 JP",
        "25 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Laboratorium Komputer Lantai 1",
        "Oktober",
    ),
    (
        "MK-14",
        "Pengadaan Barang/Jasa Tingkat Dasar",
        "24 JP",
        "3 orang",
        "Sesuai ujian LKPP",
        "Rp3.500.000",
        "Pontirana (LPP terakreditasi)",
        "Oktober",
    ),
    (
        "MK-15",
        "Komunikasi Perubahan Perilaku dan KIE Keluarga Berencana",
        "24 JP",
        "30 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Aula Seruni Lantai 3",
        "November",
    ),
    (
        "MK-16",
        "Manajemen Kinerja dan Penyusunan SKP",
        "8 JP",
        "50 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Aula Seruni Lantai 3",
        "November",
    ),
    (
        "MK-17",
        "Pengelolaan Keuangan Daerah melalui SIPD",
        "16 JP",
        "12 orang",
        "70",
        "Tanpa biaya (in-house)",
        "Ruang Rapat Anggrek",
        "Maret",
    ),
    (
        "MK-18",
        "Psikologi Forensik Dasar untuk Asesmen Korban",
        "32 JP",
        "2 orang",
        "75",
        "Rp5.900.000",
        "Pontirana (Universitas Pesisir)",
        "Juli",
    ),
    (
        "MK-19",
        "Pelatihan Kepemimpinan Pengawas (PKP)",
        "330 JP",
        "2 orang",
        "Sesuai penyelenggara",
        "Dibiayai BKPSDM Kota",
        "BPSDM Provinsi Kalimantan Pesisir",
        "Maret s.d. Juli",
    ),
    (
        "MK-20",
        "Pelatihan Kepemimpinan Administrator (PKA)",
        "420 JP",
        "1 orang",
        "Sesuai penyelenggara",
        "Dibiayai BKPSDM Kota",
        "BPSDM Provinsi Kalimantan Pesisir",
        "April s.d. September",
    ),
    (
        "MK-21",
        "Pelatihan Dasar CPNS (Latsar)",
        "300 JP",
        "Sesuai formasi",
        "Sesuai penyelenggara",
        "Dibiayai BKPSDM Kota",
        "BPSDM Provinsi Kalimantan Pesisir",
        "Mei s.d. Agustus",
    ),
]

KONVERSI_OLD = [
    ("Pelatihan klasikal atau daring", "Sesuai JP dalam sertifikat", "Tidak dibatasi"),
    ("Seminar, webinar, atau sosialisasi", "2 JP per kegiatan", "8 JP per tahun"),
    ("E-learning mandiri", "Sesuai JP dalam sertifikat", "12 JP per tahun"),
    ("Coaching atau mentoring oleh atasan", "2 JP per sesi", "8 JP per tahun"),
    ("Belajar mandiri dengan ringkasan", "1 JP per ringkasan", "4 JP per tahun"),
    ("Kelas Berbagi (peserta)", "1 JP per pertemuan", "6 JP per tahun"),
    ("Kelas Berbagi (pemateri)", "2 JP per pertemuan", "6 JP per tahun"),
    ("Kegiatan PKB pejabat fungsional", "Sesuai JP dalam sertifikat", "16 JP per tahun"),
    ("Magang atau detasering", "20 JP per kegiatan", "Tidak dibatasi"),
    ("Tugas belajar", "20 JP per semester", "Tidak dibatasi"),
]

KALENDER_2029 = [
    ("Januari", "Penyusunan RPK 2029 (paling lambat 31 Januari); laporan tahunan 2028"),
    ("Februari", "Pelatihan MK-01; penetapan FBB 2029"),
    ("Maret", "Pelatihan MK-02 dan MK-17; pembukaan pendaftaran PKP"),
    ("April", "Pelatihan MK-03; rekap JP triwulan I"),
    ("Mei", "Pelatihan MK-04 dan MK-05; seleksi tugas belajar"),
    ("Juni", "Pelatihan MK-06 dan MK-07"),
    ("Juli", "Pelatihan MK-08 dan MK-18; rekap JP semester I"),
    ("Agustus", "Pelatihan MK-09 dan MK-10"),
    ("September", "Pelatihan MK-11 dan MK-12"),
    ("Oktober", "Pelatihan MK-13 dan MK-14; rekap JP triwulan III"),
    ("November", "Pelatihan MK-15 dan MK-16; pengingat pegawai yang belum memenuhi target"),
    ("Desember", "Penutupan input JP 15 Desember; penilaian Insan MEKAR Terbaik"),
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
    pdf.running = f"Pedoman {PROGRAM} Edisi 2029"
    pdf.running_right = f"{SINGKAT} {KOTA}"
    pdf.footer_left = f"Pedoman {PROGRAM} 2029 - {FIKTIF}"
    pdf.skip_first_footer = True
    F = Flow(pdf)
    # ---------------------------------------------------------------- cover
    pdf.add_page()
    pdf.set_fill_color(118, 52, 140)
    pdf.rect(0, pdf.h - 62, pdf.w, 62, style="F")
    pdf.set_y(48)
    F.center(f"PEMERINTAH {KOTA.upper()}", 13)
    F.center(DINAS.upper(), 11.5)
    pdf.ln(22)
    F.center("PEDOMAN PELAKSANAAN", 20, h=10)
    F.center(f"PROGRAM {PROGRAM}", 26, h=13)
    F.center(f"({PROGRAM_LONG})", 13, style="I")
    pdf.ln(8)
    F.center("Edisi 2029", 14)
    pdf.ln(20)
    F.center(
        "Disusun berdasarkan Peraturan Kepala Dinas Nomor 3 Tahun 2028\n"
        f"tentang Pedoman Program {PROGRAM}",
        10,
        style="",
    )
    pdf.set_y(pdf.h - 50)
    pdf.set_text_color(255, 255, 255)
    F.center(f"Tim Pengelola Program {PROGRAM} (TP-MEKAR)", 11)
    F.center(f"{KOTA_SHORT}, Januari 2029", 10, style="")
    F.center(FIKTIF, 9, style="I")
    pdf.set_text_color(0, 0, 0)

    # ---------------------------------------------------------------- foreword
    F.chapter("", "KATA PENGANTAR", toc=False)
    F.p(
        f"Program {PROGRAM} ({PROGRAM_LONG}) adalah cara kami memastikan bahwa setiap pegawai "
        f"{SINGKAT} {KOTA} terus belajar sepanjang kariernya. Tugas Dinas menyentuh hal yang "
        "paling peka dalam kehidupan warga: perempuan dan anak korban kekerasan, keluarga yang "
        "merencanakan masa depannya, serta data kependudukan yang menjadi dasar kebijakan. "
        "Pekerjaan seperti ini tidak dapat dijalankan dengan pengetahuan yang berhenti pada "
        "hari pertama kita diangkat."
    )
    F.p(
        "Pedoman ini menjabarkan Peraturan Kepala Dinas Nomor 3 Tahun 2028 tentang Pedoman "
        f"Program {PROGRAM} ke dalam langkah-langkah praktis: bagaimana menyusun RPK, "
        "bagaimana JP dicatat dan diverifikasi, pelatihan apa saja yang tersedia pada tahun "
        "2029, serta kewajiban menyusun Rencana Aksi setelah pelatihan. Edisi 2029 ini juga "
        "memuat katalog pelatihan, kalender kegiatan, dan daftar narahubung."
    )
    F.p(
        "Saya mengucapkan terima kasih kepada TP-MEKAR, para FBB, dan seluruh pegawai yang "
        "telah memberi masukan atas edisi pertama. Semoga pedoman ini bermanfaat."
    )
    F.sign([f"{KOTA_SHORT}, 21 Januari 2029", "Kepala Dinas,", "", KADIS_OLD])

    # ---------------------------------------------------------------- TOC
    F.chapter("", "DAFTAR ISI", toc=False)
    pdf.set_font("S", "", 10)
    for level, text, page in toc:
        pdf.set_x(pdf.l_margin + (8 if level else 0))
        pdf.set_font("S", "B" if level == 0 else "", 10 if level == 0 else 9.5)
        w = F.width - (8 if level else 0) - 12
        pdf.cell(w, 5.6, text)
        pdf.cell(12, 5.6, str(page), align="R", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- glossary
    F.chapter("", "DAFTAR ISTILAH DAN SINGKATAN")
    F.table(["Istilah", "Pengertian"], ISTILAH, [30, 120], size=9.3, lh=4.6)

    # ---------------------------------------------------------------- BAB I
    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("1.1 Latar Belakang")
    F.p(
        f"{SINGKAT} {KOTA} memiliki {N_PEG} pegawai yang terdiri atas {N_PNS} PNS dan "
        f"{N_PPPK} PPPK, tersebar di Sekretariat, lima bidang, dan UPTD Perlindungan "
        "Perempuan dan Anak. Hak setiap ASN atas pengembangan kompetensi dijamin peraturan "
        "perundang-undangan, dan Pemerintah Kota menetapkan pemenuhan JP sebagai salah satu "
        "indikator kinerja perangkat daerah."
    )
    F.p(
        "Sebelum tahun 2028, kegiatan belajar pegawai tercatat di banyak tempat: daftar hadir "
        "pelatihan, folder sertifikat di masing-masing bidang, dan laporan BKPSDM. Akibatnya, "
        "Dinas sulit mengetahui siapa yang sudah belajar, apa yang dipelajari, dan apakah hasil "
        f"pelatihan diterapkan. Program {PROGRAM} dibentuk untuk menyatukan perencanaan, "
        "pencatatan, dan tindak lanjut pembelajaran dalam satu alur."
    )
    F.h2("1.2 Dasar Hukum")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara beserta peraturan pelaksanaannya "
            "mengenai manajemen ASN;",
            "Peraturan Lembaga Administrasi Negara tentang pengembangan kompetensi PNS;",
            "Peraturan Wali Kota Tanjung Seruni tentang kedudukan, susunan organisasi, tugas "
            "dan fungsi, serta tata kerja Dinas;",
            f"Peraturan Kepala Dinas Nomor 3 Tahun 2028 tentang Pedoman Program {PROGRAM}.",
        ]
    )
    F.h2("1.3 Maksud dan Tujuan")
    F.p(
        "Pedoman ini dimaksudkan sebagai acuan bagi pegawai, atasan langsung, FBB, dan "
        f"TP-MEKAR dalam melaksanakan Program {PROGRAM}. Tujuannya adalah agar (a) setiap "
        "pegawai memenuhi target JP tahunan; (b) pembelajaran sesuai kebutuhan jabatan; (c) JP "
        "tercatat tertib dan dapat diverifikasi; dan (d) hasil pelatihan diterapkan di unit "
        "kerja melalui Rencana Aksi."
    )
    F.h2("1.4 Sasaran")
    F.p(
        "Sasaran program adalah seluruh PNS dan PPPK di lingkungan Dinas. CPNS yang sedang "
        "mengikuti Latsar dikecualikan dari target JP pada tahun pengangkatannya, karena "
        "Latsar sendiri telah memenuhi kebutuhan belajarnya."
    )

    # ---------------------------------------------------------------- BAB II
    F.chapter("BAB II", "PENGELOLAAN PROGRAM")
    F.h2("2.1 Tim Pengelola (TP-MEKAR)")
    F.p(
        "TP-MEKAR dibentuk dengan Keputusan Kepala Dinas. Ketua TP-MEKAR adalah Sekretaris "
        "Dinas, sekretaris tim adalah Kepala Subbagian Umum dan Kepegawaian, dan anggotanya "
        "satu pejabat dari setiap bidang dan UPTD PPA. Masa tugas TP-MEKAR adalah 2 (dua) "
        "tahun."
    )
    F.p("Tugas TP-MEKAR meliputi:")
    F.items(
        [
            "menyusun katalog dan kalender pelatihan tahunan;",
            "menetapkan JP yang diakui setelah verifikasi FBB;",
            "menyelenggarakan pelatihan in-house dan menerbitkan e-sertifikat;",
            "memantau Rencana Aksi dan capaiannya;",
            "menyusun laporan tahunan program paling lambat 31 Januari tahun berikutnya.",
        ],
        kind="al",
    )
    F.h2("2.2 Fasilitator Belajar Bidang (FBB)")
    F.p(
        "Setiap unit kerja memiliki 1 (satu) FBB yang ditunjuk Kepala Dinas atas usul kepala "
        "unit. Masa tugas FBB adalah 1 (satu) tahun dan dapat ditunjuk kembali. FBB bertugas "
        "menyosialisasikan program, memeriksa kelengkapan bukti kegiatan (verifikasi tahap "
        "pertama), menyusun rekap JP bulanan unitnya, dan memandu Kelas Berbagi secara "
        "bergiliran."
    )
    F.h2("2.3 Peran Atasan Langsung")
    F.p(
        "Atasan langsung menyetujui RPK pegawai, memberi coaching atau mentoring, menilai "
        "Rencana Aksi, dan memastikan pegawai mendapat waktu untuk belajar. Persetujuan atasan "
        "langsung juga diperlukan untuk setiap usulan pelatihan eksternal."
    )
    F.h2("2.4 Narahubung")
    F.p(
        f"Pertanyaan tentang program disampaikan kepada {ANALIS}, Analis SDM Aparatur pada "
        f"Subbagian Umum dan Kepegawaian, melalui telepon kantor {TELP} ekstensi 214 atau surel "
        f"{EMAIL}. Jam layanan adalah Senin sampai Jumat pukul 08.00-15.30 WIB."
    )

    # ---------------------------------------------------------------- BAB III
    F.chapter("BAB III", "TARGET DAN KONVERSI JP")
    F.h2("3.1 Target JP Tahunan")
    F.p(
        "Sesuai Pasal 6 Peraturan Kepala Dinas Nomor 3 Tahun 2028, setiap PNS wajib memenuhi "
        "paling sedikit 20 JP per tahun dan setiap PPPK paling sedikit 12 JP per tahun. "
        "Paling sedikit 40% dari JP tersebut berasal dari pelatihan teknis yang sesuai dengan "
        "bidang tugas pegawai.",
        note=[
            (
                "1",
                "Target 20 JP bagi PNS sejalan dengan hak pengembangan kompetensi paling "
                "sedikit 20 JP per tahun menurut ketentuan manajemen ASN.",
            )
        ],
    )
    F.p(
        "Pegawai yang mulai bertugas di Dinas setelah 30 September tidak dikenai target JP "
        "pada tahun itu. Pegawai yang pindah ke Dinas sebelum tanggal tersebut membawa JP yang "
        "telah tercatat di instansi asalnya, dengan bukti yang sah."
    )
    F.h2("3.2 Satuan JP")
    F.p(
        "Satu JP setara dengan 45 menit kegiatan belajar. Kegiatan yang tidak mencantumkan JP "
        "dihitung dari lama kegiatan efektif, dibulatkan ke bawah. Sebagai contoh, kegiatan "
        "selama 200 menit diakui 4 JP."
    )
    F.h2("3.3 Tabel Konversi")
    F.p("Kegiatan belajar diakui menurut tabel berikut (Pasal 7 Peraturan Kepala Dinas).")
    F.table(
        ["Jenis kegiatan", "JP diakui", "Batas per tahun"],
        KONVERSI_OLD,
        [62, 50, 38],
        caption="Tabel 3.1 Konversi kegiatan belajar ke JP",
        size=9,
        lh=4.4,
    )
    F.p(
        "Kegiatan PKB bagi pejabat fungsional, misalnya pertemuan ilmiah organisasi profesi "
        "atau uji kompetensi jabatan, diakui paling banyak 16 JP per tahun. PKB di sini "
        "adalah Pengembangan Keprofesian Berkelanjutan sebagaimana dimaksud dalam Peraturan "
        "Kepala Dinas."
    )
    F.h2("3.4 Kegiatan yang Tidak Diakui")
    F.items(
        [
            "rapat koordinasi dan rapat kerja rutin;",
            "apel, upacara, dan senam pagi;",
            "kegiatan pelayanan kepada masyarakat, termasuk penyuluhan KB kepada warga dan "
            "pendampingan korban, karena merupakan pelaksanaan tugas, bukan kegiatan belajar;",
            "kegiatan tanpa bukti yang sah.",
        ],
        kind="al",
    )

    # ---------------------------------------------------------------- BAB IV
    F.chapter("BAB IV", "PERENCANAAN DAN PENCATATAN")
    F.h2("4.1 Rencana Pengembangan Kompetensi (RPK)")
    F.p(
        "Setiap pegawai menyusun RPK tahunan paling lambat 31 Januari dan meminta persetujuan "
        "atasan langsung. RPK memuat kompetensi yang akan dikembangkan, kegiatan yang "
        "direncanakan, perkiraan JP, dan waktu pelaksanaan. RPK menjadi dasar penyusunan "
        "katalog pelatihan dan prioritas pengiriman peserta."
    )
    F.h2("4.2 Pelaporan dan Bukti")
    F.p(
        "Pegawai mengunggah bukti kegiatan paling lambat 14 hari kalender setelah kegiatan "
        "selesai. Pada tahun 2029 pengunggahan dilakukan melalui Formulir Pelaporan JP "
        f"{PROGRAM} (Google Form) dengan tautan {GFORM}, sesuai surat edaran Kepala Dinas. "
        "Bukti yang diterima berupa sertifikat, surat keterangan penyelenggara, atau daftar "
        "hadir yang disahkan."
    )
    F.h2("4.3 Verifikasi")
    F.p(
        "FBB melakukan verifikasi tahap pertama paling lama 3 hari kerja sejak bukti "
        "diterima. Kepala Subbagian Umum dan Kepegawaian menetapkan JP yang diakui paling lama "
        "5 hari kerja setelah verifikasi FBB. Input JP tahun berjalan ditutup pada tanggal 15 "
        "Desember."
    )
    F.h2("4.4 Rekapitulasi")
    F.p(
        "FBB menyampaikan rekap JP bulanan unitnya kepada Subbagian Umum dan Kepegawaian. Rekap "
        "triwulanan dibahas dalam rapat TP-MEKAR dan diumumkan kepada seluruh pegawai, "
        "sedangkan rekap tahunan menjadi bahan laporan tahunan program."
    )

    # ---------------------------------------------------------------- BAB V
    F.chapter("BAB V", "KATALOG PELATIHAN 2029")
    F.p(
        "Katalog berikut memuat pelatihan yang direncanakan TP-MEKAR untuk tahun 2029 "
        "berdasarkan RPK pegawai dan kebutuhan unit. Pelatihan in-house diselenggarakan Dinas "
        "tanpa biaya bagi peserta. Pelatihan eksternal dibiayai DPA Dinas paling banyak "
        "Rp6.000.000 per orang per pelatihan, kecuali pelatihan kepemimpinan dan Latsar yang "
        "dibiayai BKPSDM Kota."
    )
    F.table(
        ["Kode", "Pelatihan", "JP", "Kuota", "Nilai lulus", "Biaya per peserta", "Tempat", "Bulan"],
        KATALOG_2029,
        [15, 36, 11, 14, 19, 24, 29, 22],
        caption="Tabel 5.1 Katalog Pelatihan MEKAR 2029",
        size=7.8,
        lh=3.8,
    )
    F.p(
        "Kuota pelatihan in-house dibagi ke unit kerja paling banyak 5 orang per unit per "
        "angkatan, kecuali pelatihan yang sasarannya hanya satu unit. Sisa kuota yang tidak "
        "terpakai dua minggu sebelum pelaksanaan dibuka untuk unit lain."
    )
    F.h2("5.1 Syarat Kelulusan Pelatihan In-House")
    F.p(
        "Peserta pelatihan in-house memperoleh e-sertifikat apabila kehadirannya paling sedikit "
        "90% dan nilai post-test paling rendah 70. E-sertifikat diterbitkan paling lama 10 hari "
        "kerja setelah pelatihan berakhir. Peserta yang tidak lulus dapat mengikuti angkatan "
        "berikutnya tanpa mengurangi kuota unitnya."
    )
    F.h2("5.2 Pelatihan Eksternal")
    F.p(
        "Usulan pelatihan eksternal diajukan paling lambat 30 hari kalender sebelum "
        "pelaksanaan dengan persetujuan atasan langsung. Prioritas diberikan kepada pegawai "
        "yang JP-nya belum memenuhi target dan kepada pelatihan yang tercantum dalam RPK."
    )

    # ---------------------------------------------------------------- BAB VI
    F.chapter("BAB VI", "PELATIHAN DASAR DAN PELATIHAN KEPEMIMPINAN")
    F.h2("6.1 Latsar CPNS")
    F.p(
        "CPNS wajib mengikuti Latsar yang diselenggarakan BPSDM Provinsi Kalimantan Pesisir "
        "bekerja sama dengan BKPSDM Kota. Latsar terdiri atas pembelajaran klasikal, "
        "pembelajaran daring melalui LMS BPSDM, dan habituasi di unit kerja. Selama habituasi, "
        "peserta menyusun laporan aktualisasi di bawah bimbingan mentor (atasan langsung) dan "
        "coach (widyaiswara)."
    )
    F.p(
        "Salinan laporan aktualisasi yang telah diseminarkan disampaikan kepada TP-MEKAR "
        "paling lambat 14 hari kalender setelah seminar aktualisasi. Salinan ini dipakai untuk "
        "memantau penerapan nilai-nilai dasar ASN di unit kerja."
    )
    F.h2("6.2 PKP dan PKA")
    F.p(
        "Pejabat pengawas mengikuti PKP, sedangkan pejabat administrator mengikuti PKA. Calon "
        "peserta diusulkan Kepala Dinas kepada BKPSDM Kota berdasarkan kebutuhan jabatan dan "
        "RPK. Peserta menyusun proyek perubahan dan menyampaikan salinan laporannya kepada "
        "TP-MEKAR paling lambat 14 hari kalender setelah seminar. Kuota Dinas tahun 2029 adalah "
        "2 orang untuk PKP dan 1 orang untuk PKA."
    )

    # ---------------------------------------------------------------- BAB VII
    F.chapter("BAB VII", "RENCANA AKSI PASCAPELATIHAN")
    F.h2("7.1 Kewajiban Menyusun Rencana Aksi")
    F.p(
        "Peserta pelatihan teknis dengan jumlah paling sedikit 16 JP wajib menyusun Rencana "
        "Aksi. Rencana Aksi diserahkan kepada atasan langsung paling lambat 30 hari kalender "
        "setelah pelatihan berakhir dan paling banyak 5 halaman."
    )
    F.h2("7.2 Isi Rencana Aksi")
    F.items(
        [
            "identitas pelatihan dan ringkasan materi;",
            "masalah di unit kerja yang akan diselesaikan;",
            "kegiatan penerapan, jadwal, dan indikator keberhasilan;",
            "dukungan yang dibutuhkan dari atasan;",
            "persetujuan atasan langsung.",
        ],
        kind="al",
    )
    F.h2("7.3 Laporan Capaian")
    F.p(
        "Tiga bulan setelah Rencana Aksi disetujui, peserta menyampaikan laporan capaian "
        "singkat kepada atasan langsung dengan tembusan kepada TP-MEKAR. Rencana Aksi yang "
        "dinilai baik dapat dipresentasikan dalam Kelas Berbagi."
    )

    # ---------------------------------------------------------------- BAB VIII
    F.chapter("BAB VIII", "COACHING, MENTORING, DAN KELAS BERBAGI")
    F.h2("8.1 Coaching dan Mentoring")
    F.p(
        "Coaching dan mentoring dilakukan oleh atasan langsung atau pegawai lain yang ditunjuk "
        "atasan langsung. Setiap sesi paling singkat 60 menit dan diakui 2 JP, paling banyak 8 "
        "JP per tahun. Sesi dicatat dalam lembar sesi yang ditandatangani kedua pihak."
    )
    F.h2("8.2 Kelas Berbagi")
    F.p(
        "Kelas Berbagi diadakan setiap hari Rabu pukul 14.00-15.30 WIB di Ruang Baca Lantai 1. "
        "Pemateri adalah pegawai yang baru mengikuti pelatihan atau memiliki keahlian "
        "tertentu. Peserta diakui 1 JP per pertemuan dan pemateri 2 JP per pertemuan, "
        "masing-masing paling banyak 6 JP per tahun."
    )

    # ---------------------------------------------------------------- BAB IX
    F.chapter("BAB IX", "TUGAS BELAJAR DAN IZIN BELAJAR")
    F.h2("9.1 Tugas Belajar")
    F.p(
        "Kuota tugas belajar Dinas adalah 2 orang per tahun. Calon peserta harus memiliki masa "
        "kerja paling singkat 2 tahun, berusia paling tinggi 37 tahun untuk program magister "
        "(S2) dan 40 tahun untuk program doktor (S3), serta memperoleh predikat kinerja "
        "paling rendah Baik dalam 2 tahun terakhir. Program studi harus sesuai dengan "
        "kebutuhan jabatan dalam rencana kebutuhan pegawai Dinas."
    )
    F.p(
        "Pegawai tugas belajar dibebaskan dari tugas jabatan dan diakui 20 JP per semester "
        "selama masa studi. Seleksi diumumkan setiap tahun oleh Subbagian Umum dan Kepegawaian."
    )
    F.h2("9.2 Izin Belajar")
    F.p(
        "Izin belajar diberikan kepada pegawai yang kuliah atas biaya sendiri di luar jam "
        "kerja pada perguruan tinggi yang terakreditasi paling rendah Baik Sekali. Izin "
        "belajar tidak mengurangi kewajiban memenuhi target JP dan tidak diakui sebagai JP."
    )

    # ---------------------------------------------------------------- BAB X
    F.chapter("BAB X", "PEMBIAYAAN")
    F.p(
        "Program dibiayai DPA Dinas pada sub kegiatan pengembangan kompetensi aparatur. "
        "Satuan biaya mengikuti Pasal 14 Peraturan Kepala Dinas Nomor 3 Tahun 2028."
    )
    F.table(
        ["Komponen", "Satuan biaya"],
        [
            ("Honorarium narasumber internal", "Rp300.000 per JP"),
            ("Honorarium narasumber eksternal", "Rp900.000 per JP"),
            ("Uang transport peserta pelatihan in-house", "Rp100.000 per hari"),
            ("Konsumsi pelatihan in-house", "Rp60.000 per orang per hari"),
            ("Biaya pelatihan eksternal", "paling banyak Rp6.000.000 per orang per pelatihan"),
        ],
        [80, 70],
        caption="Tabel 10.1 Satuan biaya Program MEKAR",
        size=9.3,
        lh=4.6,
    )
    F.p(
        "Biaya perjalanan dinas untuk pelatihan eksternal di luar kota mengikuti standar "
        "biaya Pemerintah Kota dan dibebankan pada DPA unit kerja peserta."
    )

    # ---------------------------------------------------------------- BAB XI
    F.chapter("BAB XI", "PENGHARGAAN DAN SANKSI")
    F.h2("11.1 Insan MEKAR Terbaik")
    F.p(
        "Setiap tahun TP-MEKAR memilih 2 orang Insan MEKAR Terbaik, yaitu 1 PNS dan 1 PPPK. "
        "Penilaian mempertimbangkan capaian JP, kesesuaian dengan RPK, dan penerapan Rencana "
        "Aksi. Penerima memperoleh piagam dan uang pembinaan Rp2.500.000, diumumkan pada bulan "
        "Januari tahun berikutnya."
    )
    F.h2("11.2 Pegawai yang Tidak Memenuhi Target")
    F.p(
        "Pegawai yang tidak memenuhi target JP mendapat teguran lisan dari atasan langsung, "
        "wajib menyusun rencana pemenuhan JP, dan diprioritaskan dalam pelatihan tahun "
        "berikutnya. Capaian JP juga menjadi bahan pertimbangan dalam penilaian perilaku "
        "kerja pada SKP."
    )

    # ---------------------------------------------------------------- BAB XII
    F.chapter("BAB XII", "MONITORING DAN EVALUASI")
    F.p("Keberhasilan program diukur dengan indikator berikut.")
    F.table(
        ["Indikator", "Target 2029"],
        [
            ("Pegawai yang memenuhi target JP", "85%"),
            ("Rata-rata JP per pegawai", "22 JP"),
            ("Rencana Aksi diserahkan tepat waktu", "100%"),
            ("Pelatihan in-house yang terlaksana sesuai kalender", "90%"),
            ("Kepuasan peserta pelatihan in-house", "paling rendah 4,0 dari skala 5"),
        ],
        [100, 50],
        caption="Tabel 12.1 Indikator kinerja Program MEKAR",
        size=9.3,
        lh=4.6,
    )
    F.p(
        "Monitoring dilakukan setiap triwulan oleh TP-MEKAR. Evaluasi tahunan dilaksanakan "
        "pada bulan Januari dan hasilnya dituangkan dalam laporan tahunan yang disampaikan "
        "kepada Kepala Dinas dan BKPSDM Kota."
    )

    # ---------------------------------------------------------------- LAMPIRAN
    F.chapter("LAMPIRAN I", "FORMAT RENCANA AKSI")
    F.kv(
        [
            ("Nama / NIP", "...................................................."),
            ("Unit kerja", "...................................................."),
            ("Nama pelatihan", "...................................................."),
            ("Tanggal pelatihan", "...................................................."),
            ("Jumlah JP", "..........."),
        ]
    )
    F.items(
        [
            "Ringkasan materi (paling banyak setengah halaman)",
            "Masalah di unit kerja yang akan diselesaikan",
            "Kegiatan penerapan, jadwal, dan indikator",
            "Dukungan yang dibutuhkan",
            "Persetujuan atasan langsung (tanda tangan dan tanggal)",
        ]
    )
    F.chapter("LAMPIRAN II", f"KALENDER PROGRAM {PROGRAM} 2029")
    F.table(["Bulan", "Kegiatan utama"], KALENDER_2029, [30, 120], size=9.3, lh=4.6)
    F.chapter("LAMPIRAN III", "DAFTAR FBB 2029")
    F.table(
        ["Unit kerja", "FBB 2029", "Ekstensi"],
        [(u[0], u[5], u[7]) for u in UNITS],
        [70, 55, 25],
        size=9.3,
        lh=4.6,
    )
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    return F.marks


# ============================================================================ rules (PDF)
def _reg_head(F, nomor, tahun, tentang_lines, kadis_title=True):
    F.center(f"PERATURAN KEPALA {DINAS.upper()}", 11.5)
    F.center(KOTA.upper(), 11.5)
    F.center(f"NOMOR {nomor} TAHUN {tahun}", 11.5)
    F.pdf.ln(3)
    F.center("TENTANG", 11)
    for t in tentang_lines:
        F.center(t.upper(), 11)
    F.pdf.ln(3)
    F.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", 10.5)
    F.pdf.ln(1)
    if kadis_title:
        F.center(f"KEPALA {DINAS.upper()}\n{KOTA.upper()},", 10.5)
    F.pdf.ln(3)


def _pasal(F, n, ayat):
    F.need(20)
    F.center(f"Pasal {n}", 10.5)
    F.pdf.ln(1)
    if isinstance(ayat, str | tuple):
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


OLD_TENTANG = f"Pedoman Program {PROGRAM_LONG} ({PROGRAM})"

PASAL_6_OLD = [
    "Setiap PNS wajib memenuhi pengembangan kompetensi paling sedikit 20 (dua puluh) JP per tahun.",
    "Setiap PPPK wajib memenuhi pengembangan kompetensi paling sedikit 12 (dua belas) JP per "
    "tahun.",
    "Paling sedikit 40% (empat puluh persen) dari JP sebagaimana dimaksud pada ayat (1) dan "
    "ayat (2) berasal dari pelatihan teknis yang sesuai dengan bidang tugas pegawai.",
    "Pegawai yang mulai bertugas di Dinas setelah tanggal 30 September tidak dikenai target "
    "JP pada tahun tersebut.",
]
PASAL_6_NEW = [
    "Setiap PNS wajib memenuhi pengembangan kompetensi paling sedikit 24 (dua puluh empat) JP "
    "per tahun.",
    "Setiap PPPK wajib memenuhi pengembangan kompetensi paling sedikit 16 (enam belas) JP per "
    "tahun.",
    "Paling sedikit 50% (lima puluh persen) dari JP sebagaimana dimaksud pada ayat (1) dan "
    "ayat (2) berasal dari pelatihan teknis yang sesuai dengan bidang tugas pegawai.",
    "Pegawai yang mulai bertugas di Dinas setelah tanggal 30 Juni dikenai target sebesar 50% "
    "(lima puluh persen) dari target sebagaimana dimaksud pada ayat (1) atau ayat (2).",
]
PASAL_9_OLD = [
    "Peserta pelatihan teknis dengan jumlah paling sedikit 16 (enam belas) JP wajib menyusun "
    "Rencana Aksi.",
    "Rencana Aksi sebagaimana dimaksud pada ayat (1) diserahkan kepada atasan langsung paling "
    "lambat 30 (tiga puluh) hari kalender setelah pelatihan berakhir.",
    "Rencana Aksi disusun paling banyak 5 (lima) halaman.",
    "Peserta menyampaikan laporan capaian Rencana Aksi kepada atasan langsung 3 (tiga) bulan "
    "setelah Rencana Aksi disetujui.",
    "Peserta Latsar, PKP, dan PKA menyampaikan salinan laporan aktualisasi atau laporan proyek "
    "perubahan kepada TP-MEKAR paling lambat 14 (empat belas) hari kalender setelah seminar.",
]
PASAL_9_NEW = [
    PASAL_9_OLD[0],
    "Rencana Aksi sebagaimana dimaksud pada ayat (1) diunggah ke SI-KELOPAK untuk dinilai "
    "atasan langsung paling lambat 21 (dua puluh satu) hari kerja setelah pelatihan berakhir.",
    "Rencana Aksi disusun paling banyak 8 (delapan) halaman.",
    PASAL_9_OLD[3],
    PASAL_9_OLD[4],
]
PASAL_12A = [
    "Setiap CPNS dan PPPK yang baru diangkat didampingi 1 (satu) mentor selama 6 (enam) bulan "
    "pertama masa tugasnya.",
    "Mentor sebagaimana dimaksud pada ayat (1) adalah PNS paling rendah golongan III/c atau "
    "pejabat fungsional jenjang Ahli Muda yang ditunjuk kepala unit kerja.",
    "Pertemuan mentoring dilaksanakan paling sedikit 2 (dua) kali dalam sebulan.",
    "Setiap pertemuan mentoring diakui 2 (dua) JP bagi pegawai baru dan tidak dihitung dalam "
    "batas sebagaimana dimaksud dalam Pasal 12 ayat (3).",
    "Mentor diakui 1 (satu) JP per pertemuan, paling banyak 12 (dua belas) JP per tahun.",
]
PASAL_14_OLD = [
    "Honorarium narasumber internal sebesar Rp300.000,00 (tiga ratus ribu rupiah) per JP.",
    "Honorarium narasumber eksternal sebesar Rp900.000,00 (sembilan ratus ribu rupiah) per JP.",
    "Uang transport peserta pelatihan in-house sebesar Rp100.000,00 (seratus ribu rupiah) per "
    "hari.",
    "Konsumsi pelatihan in-house sebesar Rp60.000,00 (enam puluh ribu rupiah) per orang per hari.",
]
PASAL_14_NEW = [
    "Honorarium narasumber internal sebesar Rp350.000,00 (tiga ratus lima puluh ribu rupiah) "
    "per JP.",
    PASAL_14_OLD[1],
    "Uang transport peserta pelatihan in-house sebesar Rp120.000,00 (seratus dua puluh ribu "
    "rupiah) per hari.",
    PASAL_14_OLD[3],
]


def render_reg_old(path):
    pdf = _make_pdf(
        f"Peraturan Kepala Dinas Nomor 3 Tahun 2028 tentang {OLD_TENTANG}", fam="R", bottom=20
    )
    pdf.running = "Peraturan Kepala Dinas Nomor 3 Tahun 2028"
    pdf.running_right = f"{SINGKAT} {KOTA}"
    F = Flow(pdf, size=10.3, lh=5.2)
    pdf.add_page()
    _reg_head(F, 3, 2028, ["Pedoman Program Merajut Kompetensi", f"Aparatur Responsif ({PROGRAM})"])
    F.kv(
        [
            (
                "Menimbang",
                "a. bahwa setiap pegawai berhak dan berkewajiban mengembangkan kompetensinya; "
                "b. bahwa pengembangan kompetensi pegawai Dinas perlu direncanakan, dicatat, "
                "dan ditindaklanjuti secara tertib; c. bahwa berdasarkan pertimbangan tersebut "
                f"perlu menetapkan Peraturan Kepala Dinas tentang {OLD_TENTANG};",
            ),
            (
                "Mengingat",
                "1. Undang-Undang tentang Aparatur Sipil Negara; 2. Peraturan Pemerintah "
                "tentang Manajemen PNS dan Manajemen PPPK; 3. Peraturan Wali Kota Tanjung "
                "Seruni tentang kedudukan, susunan organisasi, tugas dan fungsi, serta tata "
                "kerja Dinas;",
            ),
        ],
        label_w=28,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(
        f"Menetapkan: PERATURAN KEPALA DINAS TENTANG PEDOMAN PROGRAM {PROGRAM_LONG.upper()} "
        f"({PROGRAM})."
    )
    _bab(F, "I", "KETENTUAN UMUM")
    _pasal(
        F,
        1,
        (
            "Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:",
            [
                f"Dinas adalah {DINAS} {KOTA}.",
                "Kepala Dinas adalah Kepala Dinas.",
                "Pegawai adalah PNS dan PPPK di lingkungan Dinas.",
                f"{PROGRAM} ({PROGRAM_LONG}) adalah program pengembangan kompetensi pegawai Dinas.",
                "JP (Jam Pelajaran) adalah satuan waktu belajar selama 45 (empat puluh lima) "
                "menit.",
                f"TP-MEKAR adalah Tim Pengelola Program {PROGRAM}.",
                "FBB (Fasilitator Belajar Bidang) adalah pegawai yang ditunjuk di setiap unit "
                "kerja untuk membantu pelaksanaan program.",
                "RPK (Rencana Pengembangan Kompetensi) adalah rencana belajar tahunan setiap "
                "pegawai.",
                "Rencana Aksi adalah rencana penerapan hasil pelatihan di unit kerja.",
                "PKB (Pengembangan Keprofesian Berkelanjutan) adalah kegiatan pengembangan "
                "kompetensi bagi pejabat fungsional untuk memenuhi tuntutan jabatannya.",
            ],
        ),
    )
    _pasal(
        F,
        2,
        f"Peraturan Kepala Dinas ini dimaksudkan sebagai pedoman pelaksanaan Program {PROGRAM} "
        "dan bertujuan agar setiap pegawai memenuhi target JP, pembelajaran sesuai kebutuhan "
        "jabatan, dan hasil pelatihan diterapkan di unit kerja.",
    )
    _pasal(
        F,
        3,
        [
            "Sasaran program adalah seluruh PNS dan PPPK di lingkungan Dinas.",
            "CPNS yang mengikuti Latsar dikecualikan dari target JP pada tahun pengangkatannya.",
        ],
    )
    _bab(F, "II", "PENGELOLAAN")
    _pasal(
        F,
        4,
        [
            "Kepala Dinas membentuk TP-MEKAR dengan Keputusan Kepala Dinas.",
            "TP-MEKAR diketuai Sekretaris dengan Kepala Subbagian Umum dan Kepegawaian sebagai "
            "sekretaris tim dan beranggotakan 1 (satu) pejabat dari setiap bidang dan UPTD.",
            "Masa tugas TP-MEKAR adalah 2 (dua) tahun.",
            "TP-MEKAR menyusun laporan tahunan program paling lambat tanggal 31 Januari tahun "
            "berikutnya.",
        ],
    )
    _pasal(
        F,
        5,
        [
            "Setiap unit kerja memiliki 1 (satu) FBB yang ditunjuk Kepala Dinas atas usul "
            "kepala unit kerja.",
            "Masa tugas FBB adalah 1 (satu) tahun dan dapat ditunjuk kembali.",
            "FBB bertugas menyosialisasikan program, melakukan verifikasi tahap pertama, dan "
            "menyusun rekap JP bulanan unit kerjanya.",
        ],
    )
    _bab(F, "III", "TARGET, KONVERSI, DAN PENCATATAN JP")
    _pasal(F, 6, PASAL_6_OLD)
    _pasal(
        F,
        7,
        [
            "Kegiatan belajar diakui sebagai JP menurut tabel konversi dalam Lampiran Peraturan "
            "Kepala Dinas ini.",
            "Seminar, webinar, atau sosialisasi diakui 2 (dua) JP per kegiatan, paling banyak "
            "8 (delapan) JP per tahun.",
            "E-learning mandiri diakui sesuai JP dalam sertifikat, paling banyak 12 (dua belas) "
            "JP per tahun.",
            "Kegiatan PKB bagi pejabat fungsional diakui sesuai JP dalam sertifikat, paling "
            "banyak 16 (enam belas) JP per tahun.",
            "Rapat, apel, dan pelaksanaan tugas pelayanan tidak diakui sebagai JP.",
        ],
    )
    _pasal(
        F,
        8,
        [
            "Setiap pegawai menyusun RPK paling lambat tanggal 31 Januari dan meminta "
            "persetujuan atasan langsung.",
            "Pegawai mengunggah bukti kegiatan melalui aplikasi yang ditetapkan Kepala Dinas "
            "paling lambat 14 (empat belas) hari kalender setelah kegiatan selesai.",
            "FBB melakukan verifikasi tahap pertama paling lama 3 (tiga) hari kerja.",
            "Kepala Subbagian Umum dan Kepegawaian menetapkan JP yang diakui paling lama 5 "
            "(lima) hari kerja setelah verifikasi FBB.",
            "Input JP tahun berjalan ditutup pada tanggal 15 Desember.",
        ],
    )
    _bab(F, "IV", "PELATIHAN")
    _pasal(F, 9, PASAL_9_OLD)
    _pasal(
        F,
        10,
        [
            "Peserta pelatihan in-house memperoleh e-sertifikat apabila kehadirannya paling "
            "sedikit 90% (sembilan puluh persen) dan nilai post-test paling rendah 70 (tujuh "
            "puluh).",
            "E-sertifikat diterbitkan paling lama 10 (sepuluh) hari kerja setelah pelatihan "
            "berakhir.",
            "Kuota pelatihan in-house paling banyak 5 (lima) orang per unit kerja per angkatan.",
        ],
    )
    _pasal(
        F,
        11,
        [
            "Biaya pelatihan eksternal dari DPA Dinas paling banyak Rp6.000.000,00 (enam juta "
            "rupiah) per orang per pelatihan.",
            "Usulan pelatihan eksternal diajukan paling lambat 30 (tiga puluh) hari kalender "
            "sebelum pelaksanaan dengan persetujuan atasan langsung.",
            "Prioritas diberikan kepada pegawai yang JP-nya belum memenuhi target.",
        ],
    )
    _pasal(
        F,
        12,
        [
            "Coaching dan mentoring dilakukan oleh atasan langsung atau pegawai yang ditunjuknya.",
            "Setiap sesi coaching atau mentoring paling singkat 60 (enam puluh) menit dan "
            "diakui 2 (dua) JP.",
            "JP dari coaching dan mentoring diakui paling banyak 8 (delapan) JP per tahun.",
        ],
    )
    _bab(F, "V", "TUGAS BELAJAR DAN IZIN BELAJAR")
    _pasal(
        F,
        13,
        [
            "Kuota tugas belajar Dinas paling banyak 2 (dua) orang per tahun.",
            (
                "Calon peserta tugas belajar memenuhi syarat:",
                [
                    "masa kerja paling singkat 2 (dua) tahun;",
                    "usia paling tinggi 37 (tiga puluh tujuh) tahun untuk program magister dan "
                    "40 (empat puluh) tahun untuk program doktor;",
                    "predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir.",
                ],
            ),
            "Pegawai tugas belajar diakui 20 (dua puluh) JP per semester.",
            "Izin belajar diberikan untuk kuliah atas biaya sendiri di luar jam kerja dan "
            "tidak diakui sebagai JP.",
        ],
    )
    _bab(F, "VI", "PEMBIAYAAN")
    _pasal(F, 14, PASAL_14_OLD)
    _bab(F, "VII", "PENGHARGAAN DAN SANKSI")
    _pasal(
        F,
        15,
        [
            "TP-MEKAR menetapkan 2 (dua) orang Insan MEKAR Terbaik setiap tahun, terdiri atas 1 "
            "(satu) PNS dan 1 (satu) PPPK.",
            "Insan MEKAR Terbaik memperoleh piagam dan uang pembinaan sebesar Rp2.500.000,00 "
            "(dua juta lima ratus ribu rupiah).",
        ],
    )
    _pasal(
        F,
        16,
        [
            "Pegawai yang tidak memenuhi target JP mendapat teguran lisan dari atasan langsung.",
            "Pegawai sebagaimana dimaksud pada ayat (1) wajib menyusun rencana pemenuhan JP "
            "dan diprioritaskan dalam pelatihan tahun berikutnya.",
        ],
    )
    _pasal(
        F,
        17,
        "Ketentuan lebih lanjut mengenai tata cara pelaporan JP ditetapkan dengan Surat Edaran "
        "Kepala Dinas.",
    )
    _bab(F, "VIII", "KETENTUAN PENUTUP")
    _pasal(F, 18, "Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Maret 2028.")
    F.sign(
        [
            f"Ditetapkan di {KOTA_SHORT}",
            "pada tanggal 14 Februari 2028",
            "KEPALA DINAS,",
            "",
            KADIS_OLD,
            f"NIP {KADIS_OLD_NIP}",
        ]
    )
    pdf.add_page()
    F.center("LAMPIRAN", 11)
    F.center(
        "PERATURAN KEPALA DINAS NOMOR 3 TAHUN 2028\nTABEL KONVERSI KEGIATAN BELAJAR KE JP",
        10.5,
    )
    pdf.ln(3)
    F.table(
        ["Jenis kegiatan", "JP diakui", "Batas per tahun"],
        KONVERSI_OLD,
        [62, 50, 38],
        size=9.2,
        lh=4.5,
    )
    F.p(FIKTIF, italic=True, size=9)
    pdf.output(path)
    return pdf.pages_count


def render_reg_amend(path):
    title = (
        "Peraturan Kepala Dinas Nomor 2 Tahun 2030 tentang Perubahan atas Peraturan Kepala "
        f"Dinas Nomor 3 Tahun 2028 tentang {OLD_TENTANG}"
    )
    pdf = _make_pdf(title, fam="R", bottom=20)
    pdf.running = "Peraturan Kepala Dinas Nomor 2 Tahun 2030"
    pdf.running_right = f"{SINGKAT} {KOTA}"
    F = Flow(pdf, size=10.3, lh=5.2)
    pdf.add_page()
    _reg_head(
        F,
        2,
        2030,
        [
            "Perubahan atas Peraturan Kepala Dinas",
            "Nomor 3 Tahun 2028 tentang Pedoman Program",
            f"Merajut Kompetensi Aparatur Responsif ({PROGRAM})",
        ],
    )
    F.kv(
        [
            (
                "Menimbang",
                "a. bahwa pencatatan JP pegawai mulai tahun 2030 dilaksanakan melalui "
                f"{SISTEM}; b. bahwa target JP, batas waktu Rencana Aksi, dan satuan biaya "
                "dalam Peraturan Kepala Dinas Nomor 3 Tahun 2028 perlu disesuaikan dengan "
                "hasil evaluasi program tahun 2029; c. bahwa pegawai baru memerlukan "
                "pendampingan yang terstruktur; d. bahwa berdasarkan pertimbangan tersebut "
                "perlu menetapkan Peraturan Kepala Dinas tentang Perubahan atas Peraturan "
                f"Kepala Dinas Nomor 3 Tahun 2028 tentang {OLD_TENTANG};",
            ),
            (
                "Mengingat",
                "1. Undang-Undang tentang Aparatur Sipil Negara; 2. Peraturan Wali Kota "
                "Tanjung Seruni tentang kedudukan, susunan organisasi, tugas dan fungsi, serta "
                f"tata kerja Dinas; 3. Peraturan Kepala Dinas Nomor 3 Tahun 2028 tentang "
                f"{OLD_TENTANG};",
            ),
        ],
        label_w=28,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(
        "Menetapkan: PERATURAN KEPALA DINAS TENTANG PERUBAHAN ATAS PERATURAN KEPALA DINAS "
        "NOMOR 3 TAHUN 2028 TENTANG PEDOMAN PROGRAM MERAJUT KOMPETENSI APARATUR RESPONSIF "
        f"({PROGRAM})."
    )
    _pasal(
        F,
        "I",
        "Beberapa ketentuan dalam Peraturan Kepala Dinas Nomor 3 Tahun 2028 tentang Pedoman "
        f"Program {PROGRAM_LONG} ({PROGRAM}) diubah sebagai berikut:",
    )
    F.p("1. Ketentuan Pasal 6 diubah sehingga berbunyi sebagai berikut:", bold=True)
    _pasal(F, 6, PASAL_6_NEW)
    F.p(
        "2. Ketentuan ayat (2) dan ayat (3) Pasal 9 diubah sehingga Pasal 9 berbunyi sebagai "
        "berikut:",
        bold=True,
    )
    _pasal(F, 9, PASAL_9_NEW)
    F.p(
        "3. Di antara Pasal 12 dan Pasal 13 disisipkan 1 (satu) pasal, yakni Pasal 12A, yang "
        "berbunyi sebagai berikut:",
        bold=True,
    )
    _pasal(F, "12A", PASAL_12A)
    F.p("4. Ketentuan Pasal 14 diubah sehingga berbunyi sebagai berikut:", bold=True)
    _pasal(F, 14, PASAL_14_NEW)
    _pasal(
        F,
        "II",
        [
            "Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Maret 2030.",
            "Rencana Aksi atas pelatihan yang berakhir sebelum tanggal 1 Maret 2030 tetap "
            "diserahkan paling lambat 30 (tiga puluh) hari kalender setelah pelatihan "
            "berakhir.",
            "Target JP sebagaimana dimaksud dalam Pasal 6 berlaku untuk capaian JP tahun 2030 "
            "secara penuh.",
            "Ketentuan lain dalam Peraturan Kepala Dinas Nomor 3 Tahun 2028 yang tidak diubah "
            "dalam Peraturan Kepala Dinas ini dinyatakan tetap berlaku.",
        ],
    )
    F.sign(
        [
            f"Ditetapkan di {KOTA_SHORT}",
            "pada tanggal 11 Februari 2030",
            "KEPALA DINAS,",
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ]
    )
    F.p(FIKTIF, italic=True, size=9)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ letters (PDF)
SE_OLD_NO = "800.1.3/0217/DP3AP2KB/2029"
SE_NEW_NO = "800.1.3/0094/DP3AP2KB/2030"
PENG_NO = "800.1.3/0158/DP3AP2KB/2030"
PURPLE = (96, 40, 120)


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
    pdf.set_font("R", "B", 10.5)
    pdf.multi_cell(w, 5, DINAS.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
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


def render_se_new(path):
    pdf = _make_pdf(
        f"Surat Edaran Nomor {SE_NEW_NO} tentang Pelaporan JP Program {PROGRAM} melalui {SISTEM}",
        fam="R",
        bottom=18,
    )
    pdf.footer_left = FIKTIF
    F = Flow(pdf, size=10.3, lh=5.1)
    pdf.add_page()
    _kop(pdf)
    F.center("SURAT EDARAN", 12)
    F.center(f"NOMOR {SE_NEW_NO}", 10.5, style="")
    pdf.ln(2)
    F.center("TENTANG", 10.5)
    F.center(f"PELAPORAN JAM PELAJARAN PROGRAM {PROGRAM}\nMELALUI {SISTEM}", 10.5)
    pdf.ln(3)
    F.p(f"Yth. Seluruh Pegawai {SINGKAT} {KOTA}\ndi {KOTA_SHORT}", align="L")
    F.p("1. Latar Belakang", bold=True)
    F.p(
        "Peraturan Kepala Dinas Nomor 2 Tahun 2030 tentang Perubahan atas Peraturan Kepala "
        f"Dinas Nomor 3 Tahun 2028 tentang Pedoman Program {PROGRAM} mulai berlaku pada "
        f"tanggal 1 Maret 2030. Seiring dengan itu, pencatatan JP dipindahkan dari formulir "
        f"daring ke {SISTEM} ({SISTEM_LONG}). Sesuai Pasal 17 Peraturan Kepala Dinas Nomor 3 "
        "Tahun 2028, tata cara pelaporan JP ditetapkan dengan Surat Edaran Kepala Dinas.",
        indent=5,
    )
    F.p("2. Maksud dan Tujuan", bold=True)
    F.p(
        "Surat Edaran ini dimaksudkan sebagai acuan pelaporan JP melalui SI-KELOPAK agar "
        "data JP pegawai tercatat lengkap, terverifikasi, dan dapat dipantau setiap saat.",
        indent=5,
    )
    F.p("3. Isi Edaran", bold=True)
    F.items(
        [
            f"Mulai hari Senin, 4 Maret 2030, bukti kegiatan belajar dilaporkan hanya melalui "
            f"{SISTEM} pada alamat {URL_KELOPAK}.",
            "Formulir Pelaporan JP MEKAR (Google Form) ditutup pada hari Kamis, 28 Februari "
            "2030 pukul 16.00 WIB. Entri bulan Januari dan Februari 2030 dipindahkan ke "
            "SI-KELOPAK oleh admin sistem.",
            "PNS masuk dengan NIP dan PPPK dengan NI PPPK. Kata sandi awal dikirim ke surel "
            "dinas masing-masing dan wajib diganti pada saat masuk pertama kali.",
            "Berkas bukti berformat PDF atau JPG dengan ukuran paling besar 5 MB per berkas.",
            "Bukti diunggah paling lambat 14 hari kalender setelah kegiatan selesai, sesuai "
            "Pasal 8 ayat (2) Peraturan Kepala Dinas Nomor 3 Tahun 2028 yang tidak diubah.",
            "FBB memverifikasi entri paling lama 3 hari kerja. Entri berstatus Perlu "
            "Perbaikan diperbaiki pegawai paling lambat 5 hari kerja; bila tidak, entri "
            "ditolak otomatis.",
            "Rekap bulanan unit dibuat otomatis oleh SI-KELOPAK, sehingga FBB tidak lagi "
            "mengirim rekap manual setiap tanggal 10.",
            "Rencana Aksi diunggah pada menu Rencana Aksi paling lambat 21 hari kerja setelah "
            "pelatihan berakhir, sesuai Pasal 9 ayat (2) sebagaimana telah diubah.",
            f"Bantuan teknis (helpdesk) dilayani oleh {PRAKOM} melalui WhatsApp {WA_HELP} atau "
            f"surel {EMAIL_HELP} pada hari Senin sampai Jumat pukul 07.30-16.00 WIB.",
        ],
        kind="al",
        indent=5,
    )
    F.p("4. Penutup", bold=True)
    F.p(
        f"Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas Nomor {SE_OLD_NO} "
        f"tentang Pelaporan Jam Pelajaran Program {PROGRAM} Tahun 2029 dicabut dan dinyatakan "
        "tidak berlaku. Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung "
        "jawab.",
        indent=5,
    )
    F.sign(
        [
            f"Ditetapkan di {KOTA_SHORT}",
            "pada tanggal 25 Februari 2030",
            "KEPALA DINAS,",
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ]
    )
    F.p("Tembusan:", size=9)
    F.items(
        ["Wali Kota Tanjung Seruni;", "Kepala BKPSDM Kota Tanjung Seruni;", "Inspektur Kota."],
        kind="ol",
    )
    F.p(FIKTIF, italic=True, size=9)
    pdf.output(path)
    return pdf.pages_count


def render_pengumuman(path):
    pdf = _make_pdf("Pengumuman Seleksi Calon Pegawai Tugas Belajar Tahun 2030", fam="R", bottom=18)
    pdf.footer_left = FIKTIF
    F = Flow(pdf, size=10.3, lh=5.1)
    pdf.add_page()
    _kop(pdf)
    F.center("PENGUMUMAN", 12)
    F.center(f"NOMOR {PENG_NO}", 10.5, style="")
    pdf.ln(2)
    F.center("TENTANG", 10.5)
    F.center("SELEKSI CALON PEGAWAI TUGAS BELAJAR\nTAHUN 2030", 10.5)
    pdf.ln(3)
    F.p(
        "Dalam rangka melaksanakan Pasal 13 Peraturan Kepala Dinas Nomor 3 Tahun 2028 tentang "
        f"Pedoman Program {PROGRAM}, {SINGKAT} {KOTA} membuka seleksi calon pegawai tugas "
        "belajar dengan ketentuan sebagai berikut."
    )
    F.p("A. Formasi", bold=True)
    F.p("Kuota tugas belajar tahun 2030 adalah 2 (dua) orang untuk program magister (S2), yaitu:")
    F.items(
        [
            "Magister Psikologi Profesi peminatan Psikologi Klinis: 1 (satu) orang, "
            "diutamakan dari UPTD PPA;",
            "Magister Kependudukan: 1 (satu) orang, diutamakan dari Bidang Pengendalian "
            "Penduduk dan Informasi Data atau Bidang KB dan Ketahanan Keluarga.",
        ],
        kind="ol",
        indent=5,
    )
    F.p("B. Persyaratan", bold=True)
    F.items(
        [
            "PNS dengan masa kerja paling singkat 2 (dua) tahun;",
            "berusia paling tinggi 37 (tiga puluh tujuh) tahun pada tanggal 1 September 2030;",
            "predikat kinerja paling rendah Baik pada SKP tahun 2028 dan tahun 2029;",
            "memiliki sertifikat TOEFL ITP dengan skor paling rendah 450 atau yang setara, "
            "yang diterbitkan paling lama 2 (dua) tahun sebelum pendaftaran;",
            "tidak sedang menjalani hukuman disiplin;",
            "mendapat persetujuan atasan langsung dan kepala unit kerja.",
        ],
        kind="ol",
        indent=5,
    )
    F.p("C. Jadwal Seleksi", bold=True)
    F.table(
        ["Tahapan", "Waktu", "Tempat/keterangan"],
        [
            (
                "Penyerahan berkas",
                "1-12 April 2030, pukul 08.00-15.00 WIB",
                "Subbagian Umum dan Kepegawaian, Lantai 2",
            ),
            ("Seleksi administrasi", "15-17 April 2030", "Oleh TP-MEKAR"),
            (
                "Wawancara",
                f"{htgl('2030-04-22')}, pukul 09.00 WIB",
                "Ruang Rapat Anggrek, Lantai 2",
            ),
            ("Pengumuman hasil", tgl("2030-04-29"), "Papan pengumuman dan SI-KELOPAK"),
        ],
        [40, 55, 55],
        size=9.2,
        lh=4.5,
    )
    F.p("D. Pembiayaan dan Kewajiban", bold=True)
    F.p(
        "Biaya pendidikan ditanggung APBD Kota melalui BKPSDM Kota Tanjung Seruni paling "
        "banyak Rp15.000.000,00 (lima belas juta rupiah) per semester selama paling lama 4 "
        "(empat) semester. Peserta tugas belajar dibebaskan dari tugas jabatan, diakui 20 JP "
        "per semester, dan wajib bersedia mengabdi kembali di lingkungan Pemerintah Kota paling "
        "singkat dua kali masa studi ditambah satu tahun."
    )
    F.p("E. Lain-lain", bold=True)
    F.p(
        f"Informasi lebih lanjut dapat ditanyakan kepada {ANALIS} melalui ekstensi 214 atau "
        f"surel {EMAIL}. Pegawai yang ingin kuliah atas biaya sendiri di luar jam kerja "
        "mengajukan izin belajar, bukan mengikuti seleksi ini."
    )
    F.sign(
        [
            f"{KOTA_SHORT}, 18 Maret 2030",
            "a.n. Kepala Dinas",
            "Sekretaris,",
            "",
            SEKRETARIS,
            f"NIP {SEKRETARIS_NIP}",
        ]
    )
    pdf.add_page()
    F.center("LAMPIRAN I PENGUMUMAN", 11)
    F.center(f"NOMOR {PENG_NO}", 10, style="")
    F.center("DAFTAR BERKAS PENDAFTARAN", 10.5)
    pdf.ln(2)
    F.items(
        [
            "surat usulan dari atasan langsung yang diketahui kepala unit kerja;",
            "fotokopi SK pangkat terakhir dan SK jabatan terakhir;",
            "SKP tahun 2028 dan tahun 2029;",
            "fotokopi ijazah dan transkrip nilai terakhir yang dilegalisasi;",
            "sertifikat TOEFL ITP atau yang setara;",
            "surat keterangan sehat dari dokter pemerintah;",
            "bukti pendaftaran atau surat penerimaan (LoA) dari perguruan tinggi, bila ada;",
            "surat pernyataan bersedia mengabdi kembali (Lampiran II).",
        ],
        kind="ol",
    )
    F.p(
        "Berkas disusun sesuai urutan di atas dalam map berwarna ungu untuk program Magister "
        "Psikologi Profesi dan map berwarna hijau untuk program Magister Kependudukan."
    )
    F.center("LAMPIRAN II PENGUMUMAN", 11)
    F.center("FORMAT SURAT PERNYATAAN", 10.5)
    pdf.ln(2)
    F.p(
        "Yang bertanda tangan di bawah ini, nama ..., NIP ..., jabatan ..., unit kerja ..., "
        "menyatakan bersedia mengabdi kembali di lingkungan Pemerintah Kota Tanjung Seruni "
        "paling singkat dua kali masa studi ditambah satu tahun setelah menyelesaikan tugas "
        "belajar, dan bersedia mengembalikan biaya pendidikan apabila tidak menyelesaikan "
        "studi karena kelalaian sendiri."
    )
    F.p(FIKTIF, italic=True, size=9)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ slides (PDF)
SLIDE_DATE = "2030-02-19"


def _slide(pdf, n, title, bullets=None, table=None, note=None):
    pdf.add_page()
    pdf.set_fill_color(*PURPLE)
    pdf.rect(0, 0, pdf.w, 22, style="F")
    pdf.set_fill_color(240, 150, 60)
    pdf.rect(0, 22, pdf.w, 1.5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 19)
    pdf.set_xy(12, 6)
    pdf.cell(0, 10, title)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(14, 31)
    if bullets:
        for b in bullets:
            sub = b.startswith("- ")
            pdf.set_x(24 if sub else 14)
            pdf.set_font("S", "", 13 if sub else 15)
            pdf.cell(7, 8, "\u2013" if sub else "\u25aa")
            pdf.multi_cell(
                pdf.w - 40, 8, b[2:] if sub else b, align="L", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(1.2)
    if table:
        header, rows, widths = table
        F = Flow(pdf, size=12, lh=6)
        F.table(header, rows, widths, size=11.5, lh=5.6, fill=(230, 216, 240))
    if note:
        pdf.set_font("S", "I", 10)
        pdf.set_xy(14, pdf.h - 22)
        pdf.multi_cell(pdf.w - 28, 5, note, align="L")
    pdf.set_font("S", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(12, pdf.h - 10)
    pdf.cell(0, 5, f"Sosialisasi Perkadis 2/2030 - TP-MEKAR {SINGKAT} {KOTA_SHORT} - {FIKTIF}")
    pdf.set_xy(pdf.w - 30, pdf.h - 10)
    pdf.cell(18, 5, str(n), align="R")
    pdf.set_text_color(0, 0, 0)


def render_slides(path):
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format=(142.9, 254))
    pdf.fam = "S"
    _pdf_setup(pdf, f"Paparan Sosialisasi Perubahan Pedoman {PROGRAM} dan Peluncuran {SISTEM}")
    pdf.set_auto_page_break(False)
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    pdf.set_fill_color(*PURPLE)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 24)
    pdf.set_xy(14, 24)
    pdf.multi_cell(
        pdf.w - 28,
        11,
        f"Perubahan Pedoman {PROGRAM} dan\nPeluncuran {SISTEM}",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("S", "", 14)
    pdf.ln(4)
    pdf.multi_cell(
        pdf.w - 28,
        7,
        "Sosialisasi Peraturan Kepala Dinas Nomor 2 Tahun 2030\n"
        f"{htgl(SLIDE_DATE)}, pukul 08.30-11.00 WIB, Aula Seruni Lantai 3\n"
        f"Pemapar: {KASUBBAG} (Kasubbag Umum dan Kepegawaian) dan {PRAKOM} (admin {SISTEM})",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("S", "I", 10)
    pdf.set_xy(14, pdf.h - 16)
    pdf.cell(0, 5, FIKTIF)
    pdf.set_text_color(0, 0, 0)
    _slide(
        pdf,
        2,
        "Agenda",
        [
            "Hasil evaluasi MEKAR 2029",
            "Apa yang berubah dalam Perkadis 2/2030",
            "Pasal baru: mentoring pegawai baru (Pasal 12A)",
            "Yang tidak berubah",
            f"Jadwal peralihan ke {SISTEM}",
            "Tanya jawab",
        ],
    )
    _slide(
        pdf,
        3,
        "Mengapa pedoman diubah?",
        [
            f"Capaian 2029: {PCT_MEMENUHI}% pegawai memenuhi target, di bawah indikator 85%",
            f"Rata-rata {AVG_2029} JP per pegawai; {BELUM_2029} pegawai belum memenuhi target",
            "Google Form: 63 entri ganda dan 41 bukti tidak terbaca sepanjang 2029",
            "Rencana Aksi: hanya 61% diserahkan tepat waktu (target 100%)",
            "- batas 30 hari kalender sering jatuh di tengah libur panjang",
        ],
    )
    _slide(
        pdf,
        4,
        "Apa yang berubah?",
        table=(
            ["Ketentuan", "Perkadis 3/2028", "Perkadis 2/2030"],
            [
                ("Target JP PNS (Pasal 6)", "20 JP", "24 JP"),
                ("Target JP PPPK (Pasal 6)", "12 JP", "16 JP"),
                ("Porsi pelatihan teknis", "40%", "50%"),
                ("Pegawai baru", "setelah 30 Sep: tanpa target", "setelah 30 Jun: 50% target"),
                ("Batas Rencana Aksi (Pasal 9)", "30 hari kalender", "21 hari kerja"),
                ("Panjang Rencana Aksi", "5 halaman", "8 halaman"),
                ("Honor narasumber internal", "Rp300.000 per JP", "Rp350.000 per JP"),
                ("Transport peserta in-house", "Rp100.000 per hari", "Rp120.000 per hari"),
            ],
            [80, 70, 76],
        ),
    )
    _slide(
        pdf,
        5,
        "Pasal 12A: mentoring pegawai baru",
        [
            "CPNS dan PPPK baru didampingi 1 mentor selama 6 bulan pertama",
            "Mentor: PNS minimal golongan III/c atau JF Ahli Muda, ditunjuk kepala unit",
            "Minimal 2 pertemuan per bulan",
            "Pegawai baru: 2 JP per pertemuan, di luar batas 8 JP coaching/mentoring",
            "Mentor: 1 JP per pertemuan, maksimal 12 JP per tahun",
        ],
    )
    _slide(
        pdf,
        6,
        "Yang tidak berubah",
        [
            "1 JP = 45 menit; tabel konversi Pasal 7 tetap",
            "E-sertifikat in-house: kehadiran minimal 90%, post-test minimal 70",
            "Unggah bukti paling lambat 14 hari kalender; input ditutup 15 Desember",
            "Kuota tugas belajar 2 orang per tahun",
            "Insan MEKAR Terbaik: 2 orang, uang pembinaan Rp2.500.000",
        ],
    )
    _slide(
        pdf,
        7,
        f"Jadwal peralihan ke {SISTEM}",
        table=(
            ["Tanggal", "Kegiatan"],
            [
                ("27 Februari 2030, 13.30 WIB", "Pelatihan FBB sebagai verifikator SI-KELOPAK"),
                ("28 Februari 2030, 16.00 WIB", "Google Form pelaporan JP ditutup"),
                ("1-3 Maret 2030", "Migrasi entri Januari-Februari 2030"),
                ("4 Maret 2030", f"{SISTEM} mulai dipakai seluruh pegawai"),
                ("8 Maret 2030", "Batas FBB memeriksa data hasil migrasi"),
            ],
            [80, 146],
        ),
    )
    _slide(
        pdf,
        8,
        "Tanya jawab dan kontak",
        [
            f"Aturan dan JP: {ANALIS}, ekstensi 214, {EMAIL}",
            f"Akun dan aplikasi: {PRAKOM}, WhatsApp {WA_HELP}",
            "Bahan paparan dibagikan melalui grup FBB MEKAR",
            "Catatan: menjalankan penyuluhan KB atau pendampingan korban adalah tugas layanan, "
            "bukan kegiatan belajar, dan tidak diakui sebagai JP",
        ],
    )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ bulletin (PDF)
def render_buletin(path):
    pdf = _make_pdf(f"Buletin {PROGRAM} Edisi 1/2030", fam="S", bottom=18)
    pdf.running = f"Buletin {PROGRAM} - Edisi 1/2030"
    pdf.running_right = f"{SINGKAT} {KOTA}"
    pdf.footer_left = f"Buletin internal {SINGKAT} - {FIKTIF}"
    pdf.set_margins(16, 18, 16)
    pdf.add_page()
    pdf.set_fill_color(*PURPLE)
    pdf.rect(0, 0, pdf.w, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(16, 8)
    pdf.set_font("S", "B", 22)
    pdf.cell(0, 10, f"BULETIN {PROGRAM}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 10)
    pdf.cell(
        0,
        6,
        f"Edisi 1/2030 - Maret 2030 - Kabar belajar pegawai {SINGKAT} {KOTA}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)

    def heading(cols, text):
        pdf.set_font("S", "B", 12)
        pdf.set_text_color(*PURPLE)
        cols.write(text + "\n")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 9.6)
        cols.ln(0.5)

    def para(cols, text):
        pdf.set_font("S", "", 9.6)
        cols.write(text + "\n")
        cols.ln(0.8)

    hi = max(UNITS, key=lambda u: u[8] / (u[2] + u[3]))
    lo = min(UNITS, key=lambda u: u[8] / (u[2] + u[3]))
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15) as cols:
        heading(cols, "Dua Insan MEKAR Terbaik 2029")
        para(
            cols,
            f"Kategori PNS dimenangkan {TERBAIK_PNS}, psikolog pendamping di UPTD Perlindungan "
            "Perempuan dan Anak, dengan capaian 58 JP. Kategori PPPK dimenangkan "
            f"{TERBAIK_PPPK}, pranata komputer di Bidang Pengendalian Penduduk dan Informasi "
            "Data, dengan capaian 31 JP. Piagam dan uang pembinaan diserahkan Kepala Dinas "
            "pada apel pagi hari Senin, 21 Januari 2030.",
        )
        para(
            cols,
            '"Saya belajar karena setiap korban yang datang membawa cerita yang berbeda," kata '
            "Maria. Rencana Aksi dari pelatihan Psikologi Forensik Dasar yang ia ikuti tahun "
            "lalu kini menjadi format asesmen awal di UPTD PPA. Andi membangun dasbor "
            "pemutakhiran data keluarga yang kini dipakai dalam rapat bulanan bidang.",
        )
        heading(cols, "Kelas Berbagi pindah ke hari Jumat")
        para(
            cols,
            "Mulai 8 Maret 2030, Kelas Berbagi diadakan setiap hari Jumat pukul 13.30-15.00 WIB "
            "di Ruang Baca Lantai 1, tidak lagi hari Rabu. Keputusan ini diambil dalam rapat "
            "evaluasi bulan Januari karena Rabu sore sering bertabrakan dengan kunjungan "
            "lapangan. Kelas terbuka untuk semua pegawai, termasuk PPPK dan CPNS.",
        )
        para(
            cols,
            "Topik Maret 2030: 8 Maret, menulis Rencana Aksi yang terukur; 15 Maret, "
            "SI-KELOPAK dari ponsel; 22 Maret, wawancara ramah anak; 29 Maret, membaca piramida "
            "penduduk.",
        )
        heading(cols, "Angka-angka 2029")
        para(
            cols,
            f"Sepanjang 2029 tercatat {ribuan(JP_2029)} JP dari {N_PEG} pegawai, rata-rata "
            f"{AVG_2029} JP per orang. Sebanyak {PCT_MEMENUHI}% pegawai memenuhi target, di "
            f"bawah indikator 85%. Rata-rata tertinggi dicatat {hi[0]}, "
            f"{koma(hi[8] / (hi[2] + hi[3]))} JP per pegawai, sedangkan {lo[0]} terendah, "
            f"{koma(lo[8] / (lo[2] + lo[3]))} JP, karena banyak penyuluh bertugas di lapangan.",
        )
        heading(cols, "Kenalan dengan FBB: Yosefina Lende")
        para(
            cols,
            "Yosefina menjadi FBB UPTD PPA sejak 2028. Unitnya melayani pengaduan setiap hari, "
            "sehingga ia menyusun jadwal belajar bergilir per tim piket. Setiap pegawai yang "
            "selesai pelatihan diminta berbagi sepuluh menit pada rapat pagi hari Senin. "
            "Yosefina ditunjuk kembali sebagai FBB untuk tahun 2030.",
        )
        heading(cols, "Redaksi")
        para(
            cols,
            f"Penanggung jawab: {SEKRETARIS}; redaktur: {ANALIS}; kirim tulisan ke {EMAIL} "
            "paling lambat tanggal 20 setiap bulan. " + FIKTIF,
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


def _repeat_header(row):
    """Mark a table row as a header row that Word repeats on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


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


def docx_table(doc, header, rows, widths=None, size=9.5, bold_last=False, shade="E6D8F0"):
    from docx.shared import Cm

    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        _cell(t.rows[0].cells[j], h, bold=True, size=size)
        _shade(t.rows[0].cells[j], shade)
    _repeat_header(t.rows[0])
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            _cell(t.rows[i].cells[j], str(v), bold=bold_last and i == len(rows), size=size)
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


def _docx_kop(doc):
    para(doc, f"PEMERINTAH {KOTA.upper()}", bold=True, align="center", after=0)
    para(doc, DINAS.upper(), bold=True, align="center", after=0)
    para(doc, f"{ALAMAT}, Telepon {TELP}", size=9, align="center", after=8)


# ============================================================================ circular 2029 (DOCX)
def write_se_old(path):
    doc = new_docx(
        f"Surat Edaran Nomor {SE_OLD_NO} tentang Pelaporan Jam Pelajaran Program {PROGRAM} "
        "Tahun 2029"
    )
    _docx_kop(doc)
    para(doc, "SURAT EDARAN", bold=True, size=12, align="center", after=0)
    para(doc, f"NOMOR {SE_OLD_NO}", align="center", after=4)
    para(doc, "TENTANG", bold=True, align="center", after=0)
    para(
        doc,
        f"PELAPORAN JAM PELAJARAN PROGRAM {PROGRAM} TAHUN 2029",
        bold=True,
        align="center",
        after=10,
    )
    para(doc, f"Yth. Seluruh Pegawai {SINGKAT} {KOTA}", after=8)
    para(
        doc,
        "Sebagai pelaksanaan Pasal 17 Peraturan Kepala Dinas Nomor 3 Tahun 2028 tentang "
        f"Pedoman Program {PROGRAM}, dengan ini disampaikan tata cara pelaporan JP tahun 2029 "
        "sebagai berikut:",
        align="justify",
    )
    numbered(
        doc,
        [
            "Bukti kegiatan belajar dilaporkan melalui Formulir Pelaporan JP MEKAR (Google "
            f"Form) pada tautan {GFORM}.",
            "Bukti diunggah paling lambat 14 hari kalender setelah kegiatan selesai.",
            "Berkas bukti berformat PDF hasil pindai dengan ukuran paling besar 2 MB per "
            "berkas. Foto sertifikat dari layar ponsel tidak diterima.",
            "Nama berkas ditulis dengan format NIP_TanggalKegiatan_NamaKegiatan.",
            "FBB mengirim rekap JP bulanan unitnya ke surel mekar@"
            f"{DOMAIN} paling lambat tanggal 10 bulan berikutnya.",
            "Lembar sesi coaching dan mentoring dipindai dan diunggah sebagai satu berkas per "
            "sesi.",
            "Karena tanggal 15 Desember 2029 jatuh pada hari Sabtu, formulir pelaporan tahun "
            "2029 ditutup pada hari Kamis, 13 Desember 2029 pukul 15.00 WIB.",
            f"Pertanyaan disampaikan kepada {ANALIS} (ekstensi 214).",
        ],
    )
    para(
        doc,
        "Demikian Surat Edaran ini untuk dilaksanakan.",
        align="justify",
    )
    sign_block(
        doc,
        [
            f"Ditetapkan di {KOTA_SHORT}",
            "pada tanggal 8 Januari 2029",
            "KEPALA DINAS,",
            "",
            "",
            KADIS_OLD,
            f"NIP {KADIS_OLD_NIP}",
        ],
    )
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ SOP (DOCX)
SOP_NO = "SOP/DP3AP2KB-UMPEG/03/2030"
# activity, executor, requirement, time, output, note
SOP_STEPS = [
    (
        f"Mengisi usulan pelatihan eksternal pada menu Usulan Pelatihan {SISTEM}",
        "Pegawai",
        "Brosur atau undangan pelatihan; RPK",
        "15 menit",
        "Usulan terkirim",
        "Paling lambat 30 hari kalender sebelum pelaksanaan",
    ),
    (
        "Menyetujui atau menolak usulan",
        "Atasan langsung",
        "Usulan; RPK pegawai",
        "2 hari kerja",
        "Usulan disetujui atau ditolak",
        "-",
    ),
    (
        "Memeriksa kelengkapan usulan dan kuota unit",
        "FBB",
        "Usulan yang disetujui",
        "2 hari kerja",
        "Usulan lengkap",
        "Usulan tidak lengkap dikembalikan",
    ),
    (
        "Memverifikasi kesesuaian dengan RPK dan ketersediaan anggaran",
        "Kasubbag Umum dan Kepegawaian bersama Kasubbag Perencanaan dan Keuangan",
        "DPA; daftar usulan",
        "3 hari kerja",
        "Nota pertimbangan",
        "Biaya paling banyak Rp6.000.000 per orang",
    ),
    (
        "Memberi persetujuan dan menandatangani surat tugas",
        "Sekretaris",
        "Nota pertimbangan",
        "2 hari kerja",
        "Surat tugas",
        "-",
    ),
    (
        "Memproses pembayaran biaya pelatihan",
        "Bendahara Pengeluaran",
        "Surat tugas; tagihan penyelenggara",
        "5 hari kerja",
        "Bukti pembayaran",
        "-",
    ),
    (
        "Mengikuti pelatihan",
        "Pegawai",
        "Surat tugas",
        "Sesuai jadwal",
        "Sertifikat",
        "-",
    ),
    (
        "Mengunggah sertifikat sebagai entri JP",
        "Pegawai",
        "Sertifikat PDF atau JPG, paling besar 5 MB",
        "14 hari kalender",
        "Entri JP",
        "Diverifikasi FBB",
    ),
    (
        "Mengunggah Rencana Aksi",
        "Pegawai",
        "Rencana Aksi paling banyak 8 halaman",
        "21 hari kerja",
        "Rencana Aksi terunggah",
        "Hanya pelatihan teknis paling sedikit 16 JP",
    ),
    (
        "Menilai Rencana Aksi",
        "Atasan langsung",
        "Rencana Aksi",
        "5 hari kerja",
        "Rencana Aksi dinilai",
        "Hasil: Layak atau Perlu Perbaikan",
    ),
    (
        "Menyampaikan laporan capaian Rencana Aksi",
        "Pegawai",
        "Laporan capaian",
        "3 bulan setelah Rencana Aksi disetujui",
        "Laporan capaian",
        "Tembusan kepada TP-MEKAR",
    ),
]


def write_sop(path):
    from docx.shared import Cm

    doc = new_docx("SOP Pengajuan Pelatihan Eksternal dan Pelaporan Rencana Aksi", landscape=True)
    para(doc, f"PEMERINTAH {KOTA.upper()}", bold=True, align="center", after=0)
    para(doc, DINAS.upper(), bold=True, align="center", after=6)
    para(doc, "STANDAR OPERASIONAL PROSEDUR", bold=True, size=13, align="center", after=0)
    para(
        doc,
        "PENGAJUAN PELATIHAN EKSTERNAL DAN PELAPORAN RENCANA AKSI",
        bold=True,
        align="center",
    )
    label_table(
        doc,
        [
            ("Nomor SOP", SOP_NO),
            ("Tanggal pembuatan", "28 Februari 2030"),
            ("Tanggal revisi", "- (revisi ke-0)"),
            ("Tanggal efektif", "4 Maret 2030"),
            ("Disahkan oleh", f"Kepala Dinas, {KADIS}"),
            ("Nama SOP", "Pengajuan Pelatihan Eksternal dan Pelaporan Rencana Aksi"),
            (
                "Dasar hukum",
                "Peraturan Kepala Dinas Nomor 3 Tahun 2028 tentang Pedoman Program MEKAR "
                "sebagaimana telah diubah dengan Peraturan Kepala Dinas Nomor 2 Tahun 2030",
            ),
            (
                "Kualifikasi pelaksana",
                "Memahami Pedoman MEKAR; mampu mengoperasikan SI-KELOPAK; FBB telah mengikuti "
                "pelatihan verifikator",
            ),
            ("Keterkaitan", "SOP Pelaporan JP melalui SI-KELOPAK; SOP Penerbitan Surat Tugas"),
            (
                "Peralatan/perlengkapan",
                "Komputer atau ponsel dengan akses internet; akun SI-KELOPAK",
            ),
            (
                "Peringatan",
                "Pelatihan yang diikuti tanpa surat tugas tidak dibiayai Dinas. Usulan yang "
                "diajukan kurang dari 30 hari kalender sebelum pelaksanaan tidak diproses.",
            ),
            (
                "Pencatatan dan pendataan",
                "Riwayat usulan dan Rencana Aksi tersimpan di SI-KELOPAK; surat tugas diarsipkan "
                "Subbagian Umum dan Kepegawaian",
            ),
        ],
        widths=(5.5, 19.0),
    )
    heading(doc, "Uraian Prosedur", level=2)
    cols = ["No", "Kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output", "Keterangan"]
    t = doc.add_table(rows=2 + len(SOP_STEPS), cols=len(cols))
    t.style = "Table Grid"
    for j in (0, 1, 2, 6):
        top = t.cell(0, j).merge(t.cell(1, j))
        _cell(top, cols[j], bold=True, size=9)
        _shade(top, "E6D8F0")
    mb = t.cell(0, 3).merge(t.cell(0, 5))
    _cell(mb, "Mutu Baku", bold=True, size=9, align="center")
    _shade(mb, "E6D8F0")
    for j in (3, 4, 5):
        _cell(t.cell(1, j), cols[j], bold=True, size=9)
        _shade(t.cell(1, j), "E6D8F0")
    _repeat_header(t.rows[0])
    _repeat_header(t.rows[1])
    for i, s in enumerate(SOP_STEPS, 1):
        for j, v in enumerate([str(i), *s]):
            _cell(t.cell(i + 1, j), v, size=9)
    for row in t.rows:
        for j, w in enumerate((1.0, 6.0, 4.0, 4.2, 3.2, 3.6, 4.0)):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    heading(doc, "Ketentuan Tambahan", level=2)
    numbered(
        doc,
        [
            "Jumlah waktu tahap persetujuan (langkah 1 sampai 6) paling lama 14 hari kerja.",
            "Usulan yang ditolak atasan langsung dapat diajukan kembali satu kali dengan "
            "perbaikan alasan.",
            "Pelatihan eksternal yang dibiayai penyelenggara tetap memerlukan surat tugas.",
            "Rencana Aksi yang dinilai Perlu Perbaikan diperbaiki dan diunggah kembali paling "
            "lambat 5 hari kerja.",
        ],
    )
    para(doc, FIKTIF, italic=True, size=9)
    sign_block(doc, [f"{KOTA_SHORT}, 28 Februari 2030", "Kepala Dinas,", "", "", KADIS])
    doc.save(path)


# ============================================================================ minutes (DOCX)
NOT_DATE = "2030-01-15"
NOT_DECISIONS = [
    (
        "Mengusulkan perubahan Perkadis 3/2028: target PNS 24 JP dan PPPK 16 JP, batas Rencana "
        "Aksi dalam hari kerja, serta pasal mentoring pegawai baru",
        "Kasubbag Umum dan Kepegawaian",
        "Rancangan selesai 31 Januari 2030",
    ),
    (
        f"{SISTEM} diuji coba di Bidang Pengendalian Penduduk dan Informasi Data pada 4-15 "
        "Februari 2030, lalu dipakai seluruh pegawai mulai 4 Maret 2030",
        PRAKOM,
        "4 Maret 2030",
    ),
    (
        "Kelas Berbagi dipindahkan dari hari Rabu ke hari Jumat",
        "Para FBB",
        "Mulai 8 Maret 2030",
    ),
    (
        "Penyerahan penghargaan Insan MEKAR Terbaik 2029 pada apel pagi",
        "Sekretaris",
        "21 Januari 2030",
    ),
    (
        "Menyusun KAK Pelatihan Teknis Konseling KB bagi penyuluh KB untuk bulan Mei 2030",
        "Kepala Bidang KB dan Ketahanan Keluarga",
        "29 Maret 2030",
    ),
    (
        "Pendampingan khusus bagi 13 pegawai Bidang KBKK yang belum memenuhi target 2029",
        "FBB Bidang KBKK",
        "Rencana pemenuhan 28 Februari 2030",
    ),
    ("Rapat evaluasi triwulan I 2030", "TP-MEKAR", "16 April 2030"),
]


def write_notulen(path):
    doc = new_docx("Notulen Rapat Evaluasi Program MEKAR Tahun 2029")
    _docx_kop(doc)
    para(doc, "NOTULEN RAPAT", bold=True, size=12, align="center", after=0)
    para(doc, f"EVALUASI PROGRAM {PROGRAM} TAHUN 2029", bold=True, align="center", after=8)
    label_table(
        doc,
        [
            ("Hari, tanggal", htgl(NOT_DATE)),
            ("Waktu", "09.00-12.15 WIB"),
            ("Tempat", "Ruang Rapat Anggrek, Lantai 2"),
            ("Pimpinan rapat", f"{SEKRETARIS} (Sekretaris, Ketua TP-MEKAR)"),
            ("Notulis", ANALIS),
            ("Peserta", "19 orang (daftar hadir terlampir)"),
        ],
    )
    heading(doc, "1. Pembukaan", level=2)
    para(
        doc,
        "Rapat dibuka pukul 09.00 WIB oleh Sekretaris. Rapat membahas capaian Program MEKAR "
        "tahun 2029, kendala pelaporan melalui Google Form, dan usulan perubahan Peraturan "
        "Kepala Dinas Nomor 3 Tahun 2028.",
        align="justify",
    )
    heading(doc, "2. Paparan Capaian 2029", level=2)
    para(
        doc,
        f"Kasubbag Umum dan Kepegawaian, {KASUBBAG}, memaparkan bahwa sepanjang 2029 tercatat "
        f"{ribuan(JP_2029)} JP. Sebanyak {N_PEG - BELUM_2029} dari {N_PEG} pegawai memenuhi "
        f"target ({PCT_MEMENUHI}%), sehingga indikator 85% belum tercapai. Pegawai yang belum "
        f"memenuhi target berjumlah {BELUM_2029} orang, 13 di antaranya di Bidang KBKK.",
        align="justify",
    )
    para(
        doc,
        "Admin sistem melaporkan 63 entri ganda dan 41 berkas yang tidak terbaca pada Google "
        "Form sepanjang 2029. Hanya 61% Rencana Aksi diserahkan tepat waktu.",
        align="justify",
    )
    heading(doc, "3. Tanggapan Peserta", level=2)
    bullets(
        doc,
        [
            f"{KABID_KBKK} (Kabid KBKK): penyuluh KB banyak bertugas di lapangan sehingga sulit "
            "mengikuti pelatihan klasikal di kantor; diusulkan kelas di Balai Penyuluhan KB.",
            f"{KA_UPTD} (Kepala UPTD PPA): pegawai baru UPTD memerlukan pendamping tetap, bukan "
            "hanya coaching atasan.",
            f"{KABID_DALDUK} (Kabid Dalduk): bidangnya bersedia menjadi lokasi uji coba "
            "SI-KELOPAK.",
            "Para FBB: Kelas Berbagi hari Rabu sering bertabrakan dengan kunjungan lapangan.",
        ],
    )
    heading(doc, "4. Keputusan dan Tindak Lanjut", level=2)
    docx_table(
        doc,
        ["No", "Keputusan", "Penanggung jawab", "Batas waktu"],
        [(str(i), *r) for i, r in enumerate(NOT_DECISIONS, 1)],
        widths=(1.0, 9.0, 4.0, 3.5),
    )
    heading(doc, "5. Penutup", level=2)
    para(doc, "Rapat ditutup pukul 12.15 WIB.", after=10)
    sign_block(
        doc,
        [
            "Mengetahui,",
            "Sekretaris,",
            "",
            "",
            SEKRETARIS,
        ],
        align="left",
    )
    sign_block(doc, ["Notulis,", "", "", ANALIS])
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ KAK (DOCX)
BIDAN = "Bd. Sulastri Ningsih, S.Tr.Keb."
FBB_KBKK = UNIT_BY["KBKK"][6]
# date, time, subject, speaker, JP
KAK_JADWAL = [
    ("2030-05-06", "08.00-09.30", "Kebijakan Program KB Nasional dan Daerah", KABID_KBKK, 2),
    ("2030-05-06", "09.45-12.00", "Anatomi dan Fisiologi Kesehatan Reproduksi", WI_EXT, 3),
    ("2030-05-06", "13.00-15.15", "Metode Kontrasepsi Modern", WI_EXT, 3),
    ("2030-05-07", "08.00-10.15", "Langkah Konseling SATU TUJU", WI_EXT, 3),
    ("2030-05-07", "10.30-12.00", "Alat Bantu Pengambilan Keputusan (ABPK)", WI_EXT, 2),
    ("2030-05-07", "13.00-15.15", "Konseling bagi Pasangan Usia Subur Muda", KOORD_PKB, 3),
    (
        "2030-05-08",
        "08.00-10.15",
        "Konseling Remaja dan Pencegahan Perkawinan Anak",
        FBB_KBKK,
        3,
    ),
    ("2030-05-08", "10.30-12.00", "Komunikasi Empatik", WI_EXT, 2),
    ("2030-05-08", "13.00-15.15", "Penapisan Klien dan Rujukan", KABID_KBKK, 3),
    ("2030-05-09", "08.00-11.00", "Praktik Konseling Terbimbing I", BIDAN, 4),
    ("2030-05-09", "12.30-15.30", "Praktik Konseling Terbimbing II", BIDAN, 4),
    ("2030-05-10", "08.00-10.15", "Pencatatan dan Pelaporan Hasil Konseling", KOORD_PKB, 3),
    ("2030-05-10", "10.15-12.30", "Ujian praktik konseling", BIDAN, 3),
    (
        "2030-05-10",
        "13.30-15.00",
        "Post-test, penyusunan Rencana Aksi, dan penutupan",
        "TP-MEKAR",
        2,
    ),
]
assert sum(r[4] for r in KAK_JADWAL) == 40
KAK_JP_EXT = sum(r[4] for r in KAK_JADWAL if r[3] in (WI_EXT, BIDAN))
KAK_JP_INT = sum(r[4] for r in KAK_JADWAL if r[3] in (KABID_KBKK, KOORD_PKB, FBB_KBKK))
KAK_BIAYA = [
    ("Honorarium narasumber internal", KAK_JP_INT, "JP", 350000),
    ("Honorarium narasumber eksternal", KAK_JP_EXT, "JP", 900000),
    ("Konsumsi peserta dan panitia (34 orang x 5 hari)", 170, "orang-hari", 60000),
    ("Transport peserta dari Dinas (24 orang x 5 hari)", 120, "orang-hari", 120000),
    ("Modul dan alat tulis", 30, "paket", 85000),
    ("Alat peraga kontrasepsi untuk praktik", 1, "paket", 3500000),
]
KAK_TOTAL = sum(b[1] * b[3] for b in KAK_BIAYA)


def write_kak(path):
    doc = new_docx(
        "KAK Pelatihan Teknis Konseling KB dan Kesehatan Reproduksi bagi Penyuluh Keluarga "
        "Berencana Tahun 2030",
        author="Bidang Keluarga Berencana dan Ketahanan Keluarga",
    )
    _docx_kop(doc)
    para(doc, "KERANGKA ACUAN KERJA (KAK)", bold=True, size=12, align="center", after=0)
    para(
        doc,
        "PELATIHAN TEKNIS KONSELING KB DAN KESEHATAN REPRODUKSI\nBAGI PENYULUH KELUARGA "
        "BERENCANA (PKB) TAHUN 2030",
        bold=True,
        align="center",
        after=10,
    )
    heading(doc, "1. Latar Belakang", level=2)
    para(
        doc,
        "PKB (Penyuluh Keluarga Berencana) adalah ujung tombak pelayanan KB di tingkat "
        "kelurahan. Dinas memiliki 26 orang PKB yang bertugas di 6 Balai Penyuluhan KB "
        "kecamatan. Hasil analisis kebutuhan pelatihan menunjukkan bahwa keterampilan "
        "konseling, khususnya bagi pasangan usia subur muda dan remaja, perlu ditingkatkan. "
        "Pelatihan ini tercantum dalam katalog MEKAR dengan kode MK-08.",
        align="justify",
    )
    heading(doc, "2. Tujuan", level=2)
    bullets(
        doc,
        [
            "meningkatkan kemampuan PKB melakukan konseling KB dengan langkah SATU TUJU;",
            "meningkatkan kemampuan menggunakan ABPK dalam konseling;",
            "menyiapkan PKB menjadi pemateri Kelas Berbagi bagi rekan di bidangnya.",
        ],
    )
    heading(doc, "3. Sasaran dan Kuota", level=2)
    para(
        doc,
        "Kuota pelatihan adalah 30 orang, terdiri atas 24 PKB Dinas (4 orang dari setiap "
        "kecamatan) dan 6 kursi bagi PKB dari kabupaten/kota lain di Provinsi Kalimantan "
        "Pesisir dengan biaya kontribusi Rp2.750.000 per orang. Peserta dari Dinas tidak "
        "dipungut biaya.",
        align="justify",
    )
    heading(doc, "4. Identitas Pelatihan", level=2)
    label_table(
        doc,
        [
            ("Kode katalog", "MK-08"),
            ("Jumlah JP", "40 JP"),
            ("Waktu", f"{htgl('2030-05-06')} s.d. {htgl('2030-05-10')}, pukul 08.00-15.30 WIB"),
            (
                "Tempat",
                "Aula Balai Penyuluhan KB Kecamatan Tanjung Seruni Timur, Jl. Flamboyan No. 9",
            ),
            ("Metode", "Klasikal, diskusi, dan praktik konseling (role play)"),
            (
                "Syarat kelulusan",
                "Kehadiran paling sedikit 90%, nilai post-test paling rendah 70, dan nilai "
                "ujian praktik konseling paling rendah 75",
            ),
            ("Batas pendaftaran", f"{htgl('2030-04-19')} melalui SI-KELOPAK"),
            ("Penanggung jawab", f"{KABID_KBKK}, Kepala Bidang KBKK"),
            ("Narahubung", f"{KOORD_PKB}, Koordinator PKB"),
        ],
    )
    heading(doc, "5. Narasumber dan Jadwal", level=2)
    para(
        doc,
        f"Narasumber eksternal adalah {WI_EXT}, Widyaiswara Ahli Madya BPSDM {PROV}, dan "
        f"{BIDAN}, Bidan Koordinator Puskesmas Tanjung Seruni Timur. Narasumber internal adalah "
        f"{FBB_KBKK}, {KOORD_PKB}, dan {KABID_KBKK} (Kepala Bidang KBKK).",
        align="justify",
    )
    cols = ["Hari, tanggal", "Pukul (WIB)", "Materi", "Narasumber", "JP"]
    t = doc.add_table(rows=1 + len(KAK_JADWAL), cols=len(cols))
    t.style = "Table Grid"
    for j, h in enumerate(cols):
        _cell(t.cell(0, j), h, bold=True, size=9)
        _shade(t.cell(0, j), "E6D8F0")
    _repeat_header(t.rows[0])
    start = 1
    for i, r in enumerate(KAK_JADWAL, 1):
        for j, v in enumerate((r[1], r[2], r[3], r[4]), 1):
            _cell(t.cell(i, j), v, size=9)
        last = i == len(KAK_JADWAL) or KAK_JADWAL[i][0] != r[0]
        if last:
            m = t.cell(start, 0).merge(t.cell(i, 0)) if i > start else t.cell(start, 0)
            _cell(m, htgl(r[0]), size=9)
            start = i + 1
    doc.add_paragraph()
    heading(doc, "6. Evaluasi dan Tindak Lanjut", level=2)
    para(
        doc,
        "Peserta mengikuti pre-test pada hari pertama dan post-test pada hari terakhir. "
        "E-sertifikat diterbitkan paling lama 10 hari kerja setelah pelatihan. Setiap peserta "
        "dari Dinas wajib mengunggah Rencana Aksi ke SI-KELOPAK paling lambat 21 hari kerja "
        f"setelah pelatihan berakhir, yaitu tanggal {tgl('2030-06-11')} setelah "
        "memperhitungkan hari libur nasional.",
        align="justify",
    )
    heading(doc, "7. Rencana Anggaran", level=2)
    docx_table(
        doc,
        ["Uraian", "Volume", "Satuan", "Harga satuan", "Jumlah"],
        [(b[0], str(b[1]), b[2], rp(b[3]), rp(b[1] * b[3])) for b in KAK_BIAYA]
        + [("JUMLAH", "", "", "", rp(KAK_TOTAL))],
        widths=(7.0, 1.8, 2.4, 2.8, 3.0),
        bold_last=True,
    )
    para(
        doc,
        "Biaya dibebankan pada DPA Dinas Tahun Anggaran 2030, sub kegiatan pengembangan "
        "kompetensi aparatur. Kontribusi peserta dari luar Dinas disetor ke kas daerah.",
        align="justify",
    )
    sign_block(
        doc,
        [
            f"{KOTA_SHORT}, 29 Maret 2030",
            "Kepala Bidang KB dan Ketahanan Keluarga,",
            "",
            "",
            KABID_KBKK,
        ],
    )
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ workbook (XLSX)
UNIT_SHORTS = [u[1] for u in UNITS]
# code, training, batch, dates, quota per unit (in UNITS order)
KUOTA_2030 = [
    (
        "MK-01",
        "Pengarusutamaan Gender dan PPRG Tingkat Dasar",
        "I",
        "25-27 Maret 2030",
        (5, 3, 3, 3, 3, 5, 3),
    ),
    (
        "MK-03",
        "Manajemen Kasus Perlindungan Perempuan dan Anak",
        "I",
        "22-25 April 2030",
        (2, 1, 5, 3, 0, 2, 5),
    ),
    (
        "MK-08",
        "Konseling KB dan Kesehatan Reproduksi",
        "I",
        "6-10 Mei 2030",
        (0, 0, 0, 0, 0, 24, 0),
    ),
    (
        "MK-05",
        "Konvensi Hak Anak dan Kota Layak Anak",
        "I",
        "10-12 Juni 2030",
        (4, 3, 3, 5, 2, 5, 4),
    ),
    (
        "MK-13",
        "Pengolahan Data dengan Spreadsheet dan Dasbor",
        "I",
        "15-16 Juli 2030",
        (5, 2, 2, 2, 5, 5, 2),
    ),
    (
        "MK-16",
        "Manajemen Kinerja dan Penyusunan SKP",
        "I",
        "19 Agustus 2030",
        (5, 2, 2, 2, 2, 5, 3),
    ),
    (
        "MK-16",
        "Manajemen Kinerja dan Penyusunan SKP",
        "II",
        "20 Agustus 2030",
        (5, 1, 2, 1, 2, 5, 4),
    ),
    ("MK-06", "Pelayanan Publik Prima", "I", "23-24 September 2030", (5, 2, 2, 2, 2, 5, 5)),
    (
        "MK-22",
        "Literasi Digital dan Pelindungan Data Pribadi Anak",
        "I",
        "21-22 Oktober 2030",
        (4, 2, 4, 4, 3, 5, 4),
    ),
]
# employee, NIP, unit, level, study programme, university, kind, start, end, status
BELAJAR = [
    (
        "Siti Rahmah Daulay, S.Psi.",
        "19920711 201902 2 0**",
        "UPTD PPA",
        "S2",
        "Magister Psikologi Profesi",
        "Universitas Pesisir",
        "Tugas belajar",
        "Agustus 2028",
        "Juli 2030",
        "Tahap tesis",
    ),
    (
        "Fajar Nugroho, S.Si.",
        "19940302 202003 1 0**",
        "DALDUK",
        "S2",
        "Magister Statistika Terapan",
        "Institut Teknologi Khatulistiwa",
        "Tugas belajar",
        "September 2029",
        "Agustus 2031",
        "Semester 2",
    ),
    (
        "Evi Susanti Manurung, S.E.",
        "19890925 201503 2 0**",
        "SEKR",
        "S2",
        "Magister Manajemen",
        "Universitas Terbuka",
        "Izin belajar",
        "Februari 2029",
        "Januari 2031",
        "Aktif",
    ),
    (
        "Kristina Wea, S.H.",
        "19950417 202012 2 0**",
        "PPA",
        "S2",
        "Magister Hukum",
        "Universitas Pesisir",
        "Izin belajar",
        "September 2029",
        "Agustus 2031",
        "Aktif",
    ),
    (
        "Lukas Bunga, A.Md.",
        "19970806 202203 1 0**",
        "KBKK",
        "S1",
        "Kesehatan Masyarakat",
        "STIKes Seruni Husada",
        "Izin belajar",
        "September 2028",
        "Agustus 2030",
        "Aktif",
    ),
]
# item, volume, unit, price
ANGGARAN_2030 = [
    ("Honorarium narasumber internal pelatihan in-house", 96, "JP", 350000),
    ("Honorarium narasumber eksternal pelatihan in-house", 64, "JP", 900000),
    ("Konsumsi pelatihan in-house", 1200, "orang-hari", 60000),
    ("Transport peserta pelatihan in-house", 960, "orang-hari", 120000),
    ("Biaya pelatihan eksternal", 18, "orang", 5500000),
    ("Uang pembinaan Insan MEKAR Terbaik", 2, "orang", 2500000),
    ("Sewa server dan pemeliharaan SI-KELOPAK", 12, "bulan", 1250000),
    ("Cetak Buletin MEKAR", 4, "edisi", 1500000),
]
ANGGARAN_TOTAL = sum(a[1] * a[3] for a in ANGGARAN_2030)


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
            "title": f"Rekap Program {PROGRAM} 2029 dan Rencana 2030",
            "author": f"{SINGKAT} {KOTA}",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format(
        {
            "bold": True,
            "font_size": 13,
            "align": "center",
            "valign": "vcenter",
            "bg_color": "#E6D8F0",
        }
    )
    ital = wb.add_format({"italic": True, "font_color": "#555555", "align": "center"})
    hdr = wb.add_format(
        {"bold": True, "bg_color": "#D9C3E9", "border": 1, "text_wrap": True, "valign": "top"}
    )
    hdrc = wb.add_format(
        {"bold": True, "bg_color": "#D9C3E9", "border": 1, "align": "center", "valign": "top"}
    )
    cell = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "align": "center"})
    dec = wb.add_format({"border": 1, "align": "center", "num_format": "0.0"})
    rpf = wb.add_format({"border": 1, "num_format": "#,##0"})
    tot = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    totn = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "align": "center"})
    totd = wb.add_format(
        {"bold": True, "border": 1, "bg_color": "#F2F2F2", "align": "center", "num_format": "0.0"}
    )
    totr = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "num_format": "#,##0"})

    # ---------------------------------------------------------------- Rekap per Unit 2029
    ws = wb.add_worksheet("Rekap per Unit 2029")
    head = [
        "No",
        "Unit kerja",
        "Singkatan",
        "PNS",
        "PPPK",
        "Jumlah pegawai",
        "Target JP 2029",
        "Realisasi JP 2029",
        "Rata-rata JP per pegawai",
        "Capaian (%)",
        "Pegawai belum memenuhi target",
        "FBB 2029",
    ]
    last = _col(len(head) - 1)
    ws.merge_range(
        f"A1:{last}1", f"REKAP CAPAIAN JP PROGRAM {PROGRAM} PER UNIT KERJA TAHUN 2029", title
    )
    ws.merge_range(
        f"A2:{last}2", f"{SINGKAT} {KOTA}; sumber Google Form, posisi 13 Desember 2029", ital
    )
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    r0 = 4
    for i, u in enumerate(UNITS):
        r = r0 + i
        x = r + 1
        n = u[2] + u[3]
        t_old = target(u, T_OLD)
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, u[0], cell)
        ws.write(r, 2, u[1], cell)
        ws.write(r, 3, u[2], num)
        ws.write(r, 4, u[3], num)
        ws.write_formula(r, 5, f"=D{x}+E{x}", num, n)
        ws.write_formula(r, 6, f"=D{x}*20+E{x}*12", num, t_old)
        ws.write(r, 7, u[8], num)
        ws.write_formula(r, 8, f"=ROUND(H{x}/F{x},1)", dec, r1(u[8] / n))
        ws.write_formula(r, 9, f"=ROUND(H{x}/G{x}*100,1)", dec, r1(u[8] / t_old * 100))
        ws.write(r, 10, u[9], num)
        ws.write(r, 11, u[5], cell)
    rt = r0 + len(UNITS)
    a, b = r0 + 1, rt
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "JUMLAH", tot)
    ws.write(rt, 2, "", tot)
    for j, val in ((3, N_PNS), (4, N_PPPK), (5, N_PEG), (6, TGT_OLD_TOTAL), (7, JP_2029)):
        c = _col(j)
        ws.write_formula(rt, j, f"=SUM({c}{a}:{c}{b})", totn, val)
    ws.write_formula(rt, 8, f"=ROUND(H{rt + 1}/F{rt + 1},1)", totd, r1(JP_2029 / N_PEG))
    ws.write_formula(
        rt, 9, f"=ROUND(H{rt + 1}/G{rt + 1}*100,1)", totd, r1(JP_2029 / TGT_OLD_TOTAL * 100)
    )
    ws.write_formula(rt, 10, f"=SUM(K{a}:K{b})", totn, BELUM_2029)
    ws.write(rt, 11, "", tot)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 52)
    ws.set_column(2, 10, 12)
    ws.set_column(11, 11, 32)
    ws.set_row(0, 24)
    ws.freeze_panes(4, 2)

    # ---------------------------------------------------------------- Kuota Pelatihan 2030
    ws = wb.add_worksheet("Kuota In-house 2030")
    width = 4 + len(UNITS) + 1
    last = _col(width - 1)
    ws.merge_range(f"A1:{last}1", "KUOTA PELATIHAN IN-HOUSE PER UNIT KERJA TAHUN 2030", title)
    ws.merge_range(
        f"A2:{last}2",
        "Paling banyak 5 orang per unit per angkatan (Pasal 10 ayat (3)), kecuali pelatihan "
        "yang sasarannya satu unit",
        ital,
    )
    for j, h in enumerate(["Kode", "Pelatihan", "Angkatan", "Tanggal"]):
        ws.merge_range(3, j, 4, j, h, hdr)
    ws.merge_range(3, 4, 3, 3 + len(UNITS), "Kuota per unit kerja", hdrc)
    for k, s in enumerate(UNIT_SHORTS):
        ws.write(4, 4 + k, s, hdrc)
    ws.merge_range(3, width - 1, 4, width - 1, "Jumlah kuota", hdr)
    for i, (kode, nama, akt, tanggal, q) in enumerate(KUOTA_2030):
        r = 5 + i
        ws.write(r, 0, kode, cell)
        ws.write(r, 1, nama, cell)
        ws.write(r, 2, akt, num)
        ws.write(r, 3, tanggal, cell)
        for k, v in enumerate(q):
            ws.write(r, 4 + k, v, num)
        ws.write_formula(r, width - 1, f"=SUM(E{r + 1}:{_col(3 + len(UNITS))}{r + 1})", num, sum(q))
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 50)
    ws.set_column(2, 2, 9)
    ws.set_column(3, 3, 20)
    ws.set_column(4, width - 1, 10)

    # ---------------------------------------------------------------- Tugas dan Izin Belajar
    ws = wb.add_worksheet("Tugas dan Izin Belajar")
    ws.merge_range("A1:K1", "PEGAWAI TUGAS BELAJAR DAN IZIN BELAJAR (POSISI MARET 2030)", title)
    th = [
        "No",
        "Pegawai",
        "NIP",
        "Unit",
        "Jenjang",
        "Program studi",
        "Perguruan tinggi",
        "Jenis",
        "Mulai",
        "Perkiraan selesai",
        "Status",
    ]
    for j, h in enumerate(th):
        ws.write(2, j, h, hdr)
    for i, row in enumerate(BELAJAR):
        ws.write(3 + i, 0, i + 1, num)
        for j, v in enumerate(row, 1):
            ws.write(3 + i, j, v, cell)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 32)
    ws.set_column(2, 10, 20)

    # ---------------------------------------------------------------- Anggaran
    ws = wb.add_worksheet("Anggaran MEKAR 2030")
    ws.merge_range("A1:F1", f"RINCIAN ANGGARAN PROGRAM {PROGRAM} TAHUN ANGGARAN 2030", title)
    ws.merge_range("A2:F2", "Sumber dana: APBD Kota 2030 (DPA Dinas)", ital)
    for j, h in enumerate(["No", "Uraian", "Volume", "Satuan", "Harga satuan (Rp)", "Jumlah (Rp)"]):
        ws.write(3, j, h, hdr)
    for i, it in enumerate(ANGGARAN_2030):
        r = 4 + i
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, it[0], cell)
        ws.write(r, 2, it[1], num)
        ws.write(r, 3, it[2], cell)
        ws.write(r, 4, it[3], rpf)
        ws.write_formula(r, 5, f"=C{r + 1}*E{r + 1}", rpf, it[1] * it[3])
    rt = 4 + len(ANGGARAN_2030)
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "JUMLAH", tot)
    for j in (2, 3, 4):
        ws.write(rt, j, "", tot)
    ws.write_formula(rt, 5, f"=SUM(F5:F{rt})", totr, ANGGARAN_TOTAL)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 55)
    ws.set_column(2, 5, 16)

    # ---------------------------------------------------------------- Catatan
    ws = wb.add_worksheet("Catatan")
    notes = [
        "Catatan pengolahan data",
        "1. Data capaian 2029 diambil dari Google Form pelaporan JP yang ditutup pada 13 "
        "Desember 2029 pukul 15.00 WIB.",
        "2. Hanya entri yang telah ditetapkan Kasubbag Umum dan Kepegawaian yang dihitung.",
        "3. Target JP 2029 mengikuti Perkadis 3/2028: PNS 20 JP dan PPPK 12 JP.",
        "4. Pegawai tugas belajar dihitung memenuhi target karena diakui 20 JP per semester.",
        "5. Kuota in-house 2030 dan rincian anggaran 2030 mengikuti satuan biaya Perkadis 2/2030.",
        f"6. Pengolah data: {ANALIS}, ekstensi 214. Pemeriksa anggaran: {KASUBBAG_KEU} "
        "(Kasubbag Perencanaan dan Keuangan).",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t)
    ws.set_column(0, 0, 110)
    wb.close()


# ============================================================================ CSV
TW_NOTES = {
    "SEKR": "Pelatihan SIPD (Maret) dan Tata Naskah Dinas Elektronik (September)",
    "PUG-PP": "Pelatihan PUG dan PPRG (Februari) serta Analisis Gender GAP (Maret)",
    "PPA": "Pelatihan Mediasi KDRT eksternal di Pontirana (September)",
    "PHA": "Pelatihan Konvensi Hak Anak dan KLA (Mei)",
    "DALDUK": "Pelatihan Analisis Data Kependudukan (Juni) dan Dasbor (Oktober)",
    "KBKK": "Pelatihan Konseling KB di Balai Penyuluhan KB (Juli)",
    "UPTD PPA": "Pelatihan Manajemen Kasus (April) dan Psikologi Forensik (Juli)",
}


def jp_triwulan_csv():
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            f"Rekap JP Program {PROGRAM} per triwulan dan unit kerja tahun 2029 (sumber Google "
            "Form, posisi 13 Desember 2029)",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        [
            "Unit kerja",
            "Triwulan I",
            "Triwulan II",
            "Triwulan III",
            "Triwulan IV",
            "Jumlah JP 2029",
            "Rata-rata JP per pegawai",
            "Keterangan",
        ]
    )
    tws = [0, 0, 0, 0]
    for u in UNITS:
        n = u[2] + u[3]
        for k in range(4):
            tws[k] += u[10][k]
        w.writerow([u[0], *[str(x) for x in u[10]], str(u[8]), koma(u[8] / n), TW_NOTES[u[1]]])
    w.writerow(["JUMLAH", *[str(x) for x in tws], str(JP_2029), AVG_2029, ""])
    w.writerow(["# Triwulan IV dihitung sampai penutupan formulir pada 13 Desember 2029."])
    w.writerow([f"# {FIKTIF}"])
    return buf.getvalue()


NEW_PPPK = [
    ("Rina Oktaviani, S.Psi.", "UPTD PPA"),
    ("Yusuf Maulana, S.Kom.", "DALDUK"),
    ("Lidia Natalia Bria, A.Md.Keb.", "KBKK"),
    ("Gilang Prakoso, S.H.", "PPA"),
    ("Nur Aisyah, S.Sos.", "PUG-PP"),
    ("Samuel Hutapea, S.E.", "SEKR"),
]
MENTOR = {
    "UPTD PPA": ("Maria Goretti Siburian, S.Psi.", "Psikolog Klinis Ahli Muda"),
    "DALDUK": ("Hana Pertiwi, S.Si., M.Stat.", "Statistisi Ahli Muda"),
    "KBKK": ("Dedi Kurniawan, S.Sos.", "Penyuluh KB Ahli Muda"),
    "PPA": ("Robertus Kefi, S.H.", "Analis Hukum Ahli Muda"),
    "PUG-PP": ("Marlina Sembiring, S.Sos., M.A.P.", "Analis Kebijakan Ahli Muda"),
    "SEKR": ("Wulan Sari Nasution, S.E.", "Analis Keuangan Ahli Muda"),
}
# date, time, kind, coach/mentor, participant, room, JP
COACHING = [
    (
        "2030-03-05",
        "09.00-10.00",
        "Mentoring pegawai baru",
        MENTOR["UPTD PPA"][0],
        "Rina Oktaviani, S.Psi.",
        "Ruang Konseling 2 UPTD PPA",
        2,
    ),
    (
        "2030-03-06",
        "13.30-14.30",
        "Mentoring pegawai baru",
        MENTOR["DALDUK"][0],
        "Yusuf Maulana, S.Kom.",
        "Ruang Data Bidang Dalduk",
        2,
    ),
    (
        "2030-03-07",
        "10.00-11.00",
        "Mentoring pegawai baru (PKB baru)",
        MENTOR["KBKK"][0],
        "Lidia Natalia Bria, A.Md.Keb.",
        "Balai Penyuluhan KB Tanjung Seruni Timur",
        2,
    ),
    (
        "2030-03-12",
        "09.00-10.30",
        "Coaching atasan langsung",
        KABID_PPA,
        "Agnes Mariana Tefa, S.H.",
        "Ruang Kepala Bidang PPA",
        2,
    ),
    (
        "2030-03-14",
        "14.00-15.00",
        "Mentoring pegawai baru",
        MENTOR["PPA"][0],
        "Gilang Prakoso, S.H.",
        "Ruang Rapat Anggrek",
        2,
    ),
    (
        "2030-03-19",
        "09.00-10.00",
        "Mentoring pegawai baru",
        MENTOR["UPTD PPA"][0],
        "Rina Oktaviani, S.Psi.",
        "Ruang Konseling 2 UPTD PPA",
        2,
    ),
    (
        "2030-03-20",
        "13.30-14.30",
        "Mentoring pegawai baru",
        MENTOR["PUG-PP"][0],
        "Nur Aisyah, S.Sos.",
        "Ruang Bidang PUG-PP",
        2,
    ),
    (
        "2030-03-21",
        "10.00-11.00",
        "Coaching PKB: penyuluhan kelompok",
        KABID_KBKK,
        "Desi Ratnasari, S.K.M.",
        "Balai Penyuluhan KB Tanjung Seruni Timur",
        2,
    ),
    (
        "2030-03-26",
        "08.30-09.30",
        "Mentoring pegawai baru",
        MENTOR["SEKR"][0],
        "Samuel Hutapea, S.E.",
        "Ruang Subbagian Perencanaan dan Keuangan",
        2,
    ),
    (
        "2030-04-02",
        "09.00-10.30",
        "Coaching atasan langsung",
        KASUBBAG,
        "Rizky Amalia Putri, S.AP.",
        "Ruang Subbagian Umum dan Kepegawaian",
        2,
    ),
    (
        "2030-04-09",
        "13.30-15.00",
        "Coaching atasan langsung",
        KABID_DALDUK,
        "Bayu Setiawan Ramadhan, S.Si.",
        "Ruang Data Bidang Dalduk",
        2,
    ),
    (
        "2030-04-16",
        "10.00-11.00",
        "Mentoring pegawai baru (PKB baru)",
        MENTOR["KBKK"][0],
        "Lidia Natalia Bria, A.Md.Keb.",
        "Balai Penyuluhan KB Tanjung Seruni Timur",
        2,
    ),
    (
        "2030-05-14",
        "09.00-10.30",
        "Coaching atasan langsung",
        KA_UPTD,
        "Yosefina Lende, S.Psi.",
        "Ruang Kepala UPTD PPA",
        2,
    ),
    (
        "2030-06-11",
        "13.30-14.30",
        "Coaching atasan langsung",
        KABID_PHA,
        "Nadia Permatasari, S.Psi.",
        "Ruang Bidang PHA",
        2,
    ),
]


def coaching_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "# Jadwal coaching dan mentoring MEKAR semester I 2030 (Maret-Juni). PKB = Penyuluh "
            "Keluarga Berencana."
        ]
    )
    w.writerow(
        [
            "Tanggal",
            "Hari",
            "Pukul (WIB)",
            "Jenis sesi",
            "Coach/mentor",
            "Pegawai",
            "Ruang",
            "JP diakui",
        ]
    )
    for dt, tm, kind, mentor, peg, room, jp in COACHING:
        w.writerow([tgl(dt), hari(dt), tm, kind, mentor, peg, room, f"{jp} JP"])
    buf.write(
        "# Mentoring pegawai baru mengikuti Pasal 12A (2 JP bagi pegawai baru dan 1 JP bagi "
        "mentor); coaching atasan langsung mengikuti Pasal 12.\n"
    )
    buf.write(f"# {FIKTIF}\n")
    return buf.getvalue()


COACH_XIV = "Drs. Martinus Lau, M.Si."
COACH_XV = "Dr. Farida Hanum Siregar, M.Pd."
# participant, NIP, position, unit, batch, mentor
LATSAR = [
    (
        "Aulia Rahmadani, S.Psi.",
        "20010214 203002 2 001",
        "Psikolog Klinis Ahli Pertama",
        "UPTD PPA",
        "XIV",
        KA_UPTD,
    ),
    (
        "Reza Firmansyah, S.Kom.",
        "20000921 203002 1 002",
        "Pranata Komputer Ahli Pertama",
        "DALDUK",
        "XIV",
        KABID_DALDUK,
    ),
    (
        "Desi Ratnasari, S.K.M.",
        "20010606 203002 2 003",
        "Penyuluh KB Ahli Pertama",
        "KBKK",
        "XIV",
        KABID_KBKK,
    ),
    (
        "Benediktus Seran, S.H.",
        "19990110 203002 1 004",
        "Analis Hukum Ahli Pertama",
        "PPA",
        "XV",
        KABID_PPA,
    ),
    (
        "Putri Ayu Lestari, S.Sos.",
        "20000503 203002 2 005",
        "Penggerak Swadaya Masyarakat Ahli Pertama",
        "PUG-PP",
        "XV",
        KABID_PUG,
    ),
    (
        "Muhammad Rizal, S.Ak.",
        "20010829 203002 1 006",
        "Analis Keuangan Ahli Pertama",
        "SEKR",
        "XV",
        KASUBBAG_KEU,
    ),
    (
        "Kartika Sari Dewi, S.Psi.",
        "20011112 203002 2 007",
        "Pekerja Sosial Ahli Pertama",
        "PHA",
        "XV",
        KABID_PHA,
    ),
]
LATSAR_BATCH = {
    "XIV": (COACH_XIV, "13 Mei-21 Juni 2030", "2030-06-26"),
    "XV": (COACH_XV, "15 Juli-23 Agustus 2030", "2030-08-28"),
}


def latsar_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(
        [
            f"Jadwal aktualisasi Latsar CPNS 2030 {SINGKAT} {KOTA} (penyelenggara BPSDM {PROV})",
        ]
    )
    w.writerow(
        [
            "No",
            "Peserta",
            "NIP",
            "Jabatan",
            "Unit",
            "Angkatan",
            "Mentor",
            "Coach",
            "Habituasi",
            "Seminar aktualisasi",
            "Batas salinan laporan aktualisasi ke TP-MEKAR",
        ]
    )
    for i, (peg, nip, jab, unit, akt, mentor) in enumerate(LATSAR, 1):
        coach, hab, sem = LATSAR_BATCH[akt]
        batas = d(sem) + datetime.timedelta(days=14)
        w.writerow([str(i), peg, nip, jab, unit, akt, mentor, coach, hab, tgl(sem), tgl(batas)])
    w.writerow(["# Batas salinan: 14 hari kalender setelah seminar (Pasal 9 ayat (5))."])
    w.writerow([f"# {FIKTIF}"])
    return buf.getvalue()


# ============================================================================ HTML
CSS = """<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;background:#f6f2f8}
header.top{background:#60287a;color:#fff;padding:10px 24px}
header.top a{color:#fff;margin-right:14px;text-decoration:none;font-size:14px}
main{max-width:940px;margin:20px auto;background:#fff;padding:20px 32px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border:1px solid #bbb;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#e6d8f0}
aside{font-size:13px;border-top:1px solid #ccc;margin-top:24px}
dt{font-weight:bold;margin-top:10px}
footer{font-size:12px;color:#666;text-align:center;padding:16px}
.crumb{font-size:12px;color:#666}
</style>"""

NAV = f"""<header class="top">
<strong>Intranet {SINGKAT} {KOTA}</strong><br>
<nav><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/mekar">MEKAR</a>
<a href="/layanan-ppa">Layanan PPA</a><a href="/kb">Layanan KB</a><a href="/unduhan">Unduhan</a>
<a href="/kontak">Kontak</a></nav>
</header>"""

FOOT = f"""<footer>
{DINAS} {KOTA} &middot; {ALAMAT} &middot; Telepon {TELP}<br>
Pengaduan kekerasan terhadap perempuan dan anak: hotline UPTD PPA 24 jam &middot;
Hak cipta &copy; 2030 Bidang Pengendalian Penduduk dan Informasi Data
</footer>"""


def _page(title, body, crumbs, aside=""):
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n{CSS}\n<script>window.dataLayer=[];</script>\n</head>\n<body>\n"
        f'{NAV}\n<main>\n<p class="crumb">{crumbs}</p>\n{body}\n{aside}\n</main>\n{FOOT}\n'
        "</body>\n</html>\n"
    )


def berita_html():
    body = f"""<article>
<h1>{SISTEM} Resmi Digunakan Seluruh Pegawai Mulai 4 Maret 2030</h1>
<p class="meta">Diterbitkan {htgl("2030-03-04")} oleh Tim Redaksi Intranet</p>
<p>Kepala Dinas, {KADIS}, meluncurkan <strong>{SISTEM}</strong> ({SISTEM_LONG}) pada apel pagi
hari ini di halaman kantor. Mulai hari ini seluruh {N_PEG} pegawai mencatat kegiatan belajarnya
di {SISTEM}, menggantikan Google Form yang dipakai sejak 2028.</p>
<p>"Dengan aturan baru, target JP naik menjadi 24 JP bagi PNS dan 16 JP bagi PPPK. Kita perlu
alat yang membuat setiap jam belajar tercatat dan terlihat," kata Kepala Dinas.</p>
<h2>Uji coba dan migrasi data</h2>
<p>Sebelum diluncurkan, {SISTEM} diuji coba di Bidang Pengendalian Penduduk dan Informasi Data
pada 4-15 Februari 2030 oleh 11 pegawai. Uji coba menghasilkan 27 masukan yang sudah diperbaiki.
Pada 1-3 Maret 2030, admin sistem memindahkan 412 entri bulan Januari dan Februari 2030 dari
Google Form.</p>
<h2>Fitur utama</h2>
<ul>
<li>unggah bukti kegiatan dalam format PDF atau JPG, paling besar 5 MB per berkas;</li>
<li>status entri yang dapat dipantau, dari Diajukan sampai Ditetapkan;</li>
<li>rekap JP otomatis per pegawai dan per unit untuk FBB dan kepala unit;</li>
<li>menu Rencana Aksi untuk mengunggah dan menilai Rencana Aksi;</li>
<li>katalog pelatihan dan usulan pelatihan eksternal;</li>
<li>e-sertifikat pelatihan in-house dengan kode QR;</li>
<li>Pojok Belajar, LMS internal dengan 14 kursus mandiri.</li>
</ul>
<p>"Targetnya sederhana: semua pegawai sudah masuk ke {SISTEM} paling lambat Jumat, 15 Maret 2030,"
kata {PRAKOM}, admin sistem. Pegawai yang mengalami kendala dapat menghubungi helpdesk melalui
WhatsApp {WA_HELP}.</p>
<p><em>{FIKTIF}</em></p>
</article>"""
    aside = """<aside>
<h3>Pengumuman lain</h3>
<ul><li><a href="/pengumuman/tubel-2030">Seleksi tugas belajar 2030 segera dibuka</a></li>
<li><a href="/mekar/kelas-berbagi">Jadwal Kelas Berbagi Maret 2030</a></li>
<li><a href="/layanan-ppa/hotline">Hotline pengaduan UPTD PPA</a></li></ul>
<h3>Tautan</h3>
<ul><li><a href="https://bkpsdm.tanjungserunikota.go.id">BKPSDM Kota</a></li>
<li><a href="https://lms.bpsdm.kalimantanpesisirprov.go.id">LMS BPSDM Provinsi</a></li></ul>
</aside>"""
    return _page(
        f"{SISTEM} resmi digunakan - Intranet {SINGKAT}",
        body,
        "Beranda &raquo; Berita &raquo; MEKAR",
        aside,
    )


def _mail(name):
    first = re.sub(r"^(dr\.|Dr\.|Ir\.|Drs\.|Dra\.|Hj\.)\s+", "", name).split(",")[0]
    parts = first.lower().replace(".", "").split()
    return f"{parts[0]}.{parts[-1]}@{DOMAIN}"


def direktori_html():
    rows = []
    for u in UNITS:
        mentor = MENTOR.get(u[1])
        span = 2 if mentor else 1
        rows.append(
            f'<tr><td rowspan="{span}">{u[0]}</td><td>FBB 2030</td><td>{u[6]}</td>'
            f"<td>{u[7]}</td><td>{_mail(u[6])}</td></tr>"
        )
        if mentor:
            rows.append(
                f"<tr><td>Mentor pegawai baru ({mentor[1]})</td><td>{mentor[0]}</td>"
                f"<td>{int(u[7]) + 5}</td><td>{_mail(mentor[0])}</td></tr>"
            )
    table = "\n".join(rows)
    body = f"""<h1>Direktori FBB dan Mentor Pegawai Baru 2030</h1>
<p>Daftar Fasilitator Belajar Bidang (FBB) tahun 2030 dan mentor pegawai baru menurut Pasal 12A
Peraturan Kepala Dinas Nomor 2 Tahun 2030. FBB ditetapkan dengan Keputusan Kepala Dinas Nomor
800.1.3/0071/DP3AP2KB/2030 tanggal 4 Februari 2030.</p>
<table>
<thead>
<tr><th rowspan="2">Unit kerja</th><th rowspan="2">Peran</th><th rowspan="2">Pegawai</th>
<th colspan="2">Kontak</th></tr>
<tr><th>Ekstensi</th><th>Surel</th></tr>
</thead>
<tbody>
{table}
</tbody>
</table>
<p>Catatan: FBB Bidang Perlindungan Perempuan dan Anak tahun 2029, Yohanes Bere Mau, S.H., pindah
tugas ke Dinas Sosial pada Januari 2030; penggantinya {UNIT_BY["PPA"][6]} sejak Februari 2030.
Bidang Pemenuhan Hak
Anak belum menerima pegawai baru pada tahun 2030, sehingga belum memiliki mentor.</p>
<h2>Susunan TP-MEKAR 2030-2031</h2>
<dl>
<dt>Ketua</dt><dd>{SEKRETARIS} (Sekretaris)</dd>
<dt>Sekretaris tim</dt><dd>{KASUBBAG} (Kasubbag Umum dan Kepegawaian)</dd>
<dt>Anggota</dt><dd>satu pejabat dari setiap bidang dan UPTD PPA</dd>
<dt>Pengelola data dan narahubung</dt><dd>{ANALIS}, ekstensi 214</dd>
<dt>Admin {SISTEM}</dt><dd>{PRAKOM}, ekstensi 215</dd>
</dl>
<p><em>{FIKTIF}</em></p>"""
    return _page(
        f"Direktori FBB dan Mentor 2030 - Intranet {SINGKAT}",
        body,
        "Beranda &raquo; MEKAR &raquo; Direktori",
    )


def kepemimpinan_htm():
    return f"""<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>Pengiriman Peserta Pelatihan Kepemimpinan dan Latsar 2030</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<CENTER><FONT FACE="Arial" SIZE="2">{SINGKAT} {KOTA} | Subbagian Umum dan Kepegawaian</FONT></CENTER>
<HR>
<H1>Pengiriman Peserta Pelatihan Kepemimpinan dan Latsar Tahun 2030</H1>
<P><FONT FACE="Arial" SIZE="2">Penyelenggara: BPSDM {PROV}, Kampus Jl. Gajah Mada Km 7,
{IBUKOTA_PROV}. Biaya pelatihan kepemimpinan dan Latsar ditanggung BKPSDM Kota Tanjung Seruni.
Peserta tinggal di asrama BPSDM selama pembelajaran klasikal.</FONT></P>
<TABLE BORDER="1" CELLPADDING="4" CELLSPACING="0" WIDTH="100%">
<TR BGCOLOR="#E6D8F0">
<TH ROWSPAN="2">Pelatihan</TH><TH ROWSPAN="2">Angkatan</TH><TH COLSPAN="2">Pelaksanaan</TH>
<TH ROWSPAN="2">Peserta dari Dinas</TH><TH ROWSPAN="2">Seminar</TH></TR>
<TR BGCOLOR="#E6D8F0"><TH>Klasikal</TH><TH>Aktualisasi/proyek perubahan</TH></TR>
<TR><TD ROWSPAN="2">PKP (330 JP)</TD><TD>III</TD><TD>11-22 Maret 2030</TD>
<TD>25 Maret-24 Mei 2030</TD><TD>{KASUBBAG_KEU}</TD><TD>4 Juni 2030</TD></TR>
<TR><TD>IV</TD><TD>8-19 Juli 2030</TD><TD>22 Juli-20 September 2030</TD>
<TD>Gregorius Dosi, S.Sos.</TD><TD>1 Oktober 2030</TD></TR>
<TR><TD>PKA (420 JP)</TD><TD>II</TD><TD>15 April-3 Mei 2030</TD>
<TD>6 Mei-26 Juli 2030</TD><TD>{KABID_PHA}</TD><TD>6 Agustus 2030</TD></TR>
<TR><TD ROWSPAN="2">Latsar CPNS (300 JP)</TD><TD>XIV</TD><TD>22 April-10 Mei 2030</TD>
<TD>13 Mei-21 Juni 2030</TD><TD>3 CPNS</TD><TD>26 Juni 2030</TD></TR>
<TR><TD>XV</TD><TD>24 Juni-12 Juli 2030</TD><TD>15 Juli-23 Agustus 2030</TD>
<TD>4 CPNS</TD><TD>28 Agustus 2030</TD></TR>
</TABLE>
<P><FONT FACE="Arial" SIZE="2">Keterangan:</FONT></P>
<UL>
<LI>Gregorius Dosi, S.Sos. adalah Kepala Subbagian Tata Usaha UPTD PPA.</LI>
<LI>Peserta menyampaikan salinan laporan aktualisasi atau laporan proyek perubahan kepada
TP-MEKAR paling lambat 14 hari kalender setelah seminar.</LI>
<LI>Peserta PKP dan PKA dibebaskan dari tugas jabatan selama pembelajaran klasikal; tugasnya
dilaksanakan pelaksana harian yang ditunjuk Sekretaris.</LI>
<LI>Daftar CPNS peserta Latsar beserta mentor dan coach-nya dimuat dalam jadwal aktualisasi
Latsar.</LI>
</UL>
<HR>
<P><FONT FACE="Arial" SIZE="1">Diperbarui 20 Maret 2030. {FIKTIF}</FONT></P>
</BODY>
</HTML>
"""


# ============================================================================ Markdown
def faq_md():
    return f"""# Tanya Jawab Program {PROGRAM} 2030

Tanya jawab ini disusun TP-MEKAR setelah sosialisasi tanggal 19 Februari 2030 dan mengikuti
Peraturan Kepala Dinas Nomor 3 Tahun 2028 sebagaimana telah diubah dengan Peraturan Kepala Dinas
Nomor 2 Tahun 2030 (berlaku 1 Maret 2030). Versi 1.1, diperbarui 11 Maret 2030.

## Target JP

### Berapa target JP saya tahun 2030?
PNS paling sedikit 24 JP dan PPPK paling sedikit 16 JP per tahun. Paling sedikit 50% dari JP
tersebut harus berasal dari pelatihan teknis sesuai bidang tugas.

### Saya PPPK yang baru mulai bertugas bulan Agustus 2030. Berapa target saya?
Pegawai yang mulai bertugas setelah 30 Juni dikenai 50% target. Untuk PPPK berarti 8 JP pada
tahun 2030.

### Apakah CPNS yang sedang Latsar juga dikenai target?
Tidak. CPNS peserta Latsar dikecualikan dari target JP pada tahun pengangkatannya. Ketentuan ini
ada dalam Pasal 3 dan tidak diubah.

## Rencana Aksi

### Kapan Rencana Aksi harus diunggah?
Paling lambat 21 hari kerja setelah pelatihan berakhir, melalui menu Rencana Aksi di
{SISTEM}, paling banyak 8 halaman. Untuk pelatihan yang berakhir sebelum 1 Maret 2030 berlaku
batas lama, yaitu 30 hari kalender.

### Pelatihan apa yang wajib Rencana Aksi?
Pelatihan teknis dengan jumlah paling sedikit 16 JP. Webinar dan seminar tidak memerlukan Rencana
Aksi.

## Mentoring pegawai baru

### Apakah pegawai baru mendapat mentor?
Ya. Menurut Pasal 12A, setiap CPNS dan PPPK yang baru diangkat didampingi satu mentor selama 6
bulan pertama, dengan paling sedikit dua pertemuan setiap bulan. Setiap pertemuan diakui 2 JP bagi
pegawai baru.

### Saya ditunjuk menjadi mentor. Apakah saya mendapat JP?
Ya, 1 JP per pertemuan dengan batas 12 JP per tahun.

## Pencatatan dan {SISTEM}

### Berapa lama batas unggah bukti kegiatan?
Tetap 14 hari kalender setelah kegiatan selesai. Ketentuan ini tidak diubah.

### Kapan input JP tahun 2030 ditutup?
Menurut peraturan, input ditutup 15 Desember. Karena 15 Desember 2030 jatuh pada hari Minggu,
{SISTEM} ditutup pada Jumat, 13 Desember 2030 pukul 16.00 WIB.

### Saya lupa kata sandi {SISTEM}. Bagaimana?
Klik "Lupa Kata Sandi" di halaman masuk. Tautan pengaturan ulang dikirim ke surel dinas dan
berlaku 30 menit. Bila surel dinas tidak aktif, hubungi helpdesk melalui WhatsApp {WA_HELP}.

### Apakah webinar masih dihitung 2 JP?
Ya, webinar, seminar, dan sosialisasi tetap diakui 2 JP per kegiatan dengan batas 8 JP per
tahun.

## Hal yang tidak dihitung

### Apakah memberi penyuluhan KB kepada warga atau mendampingi korban dihitung JP?
Tidak. Kegiatan itu adalah pelaksanaan tugas layanan, bukan kegiatan belajar.

### Apakah kuliah dengan izin belajar dihitung JP?
Tidak. Izin belajar tidak diakui sebagai JP. Hanya tugas belajar yang diakui, yaitu 20 JP per
semester.

### Apakah pelatihan manajemen kasus untuk kader Satgas PPA kelurahan termasuk MEKAR?
Tidak. Pelatihan itu adalah kegiatan pemberdayaan masyarakat oleh Bidang PPA untuk kader, bukan
pelatihan pegawai.

## Biaya

### Berapa honor narasumber internal sekarang?
Rp350.000 per JP. Honor narasumber eksternal tetap Rp900.000 per JP.

### Berapa uang transport peserta pelatihan in-house?
Rp120.000 per hari mulai 1 Maret 2030.

---
{FIKTIF}
"""


def panduan_md():
    return f"""# Panduan Pengisian {SISTEM} untuk Pegawai

{SISTEM} ({SISTEM_LONG}) dapat dibuka di {URL_KELOPAK} melalui komputer atau peramban ponsel.
Tidak ada aplikasi yang perlu diunduh. Panduan ini berlaku mulai 4 Maret 2030.

## 1. Masuk pertama kali

1. Buka {URL_KELOPAK}.
2. Isi NIP (PNS) atau NI PPPK (PPPK) dan kata sandi awal yang dikirim ke surel dinas.
3. Ganti kata sandi: paling sedikit 10 karakter, memuat huruf kapital dan angka.
4. Lengkapi profil: unit kerja, jabatan, dan atasan langsung.

Sesi akan keluar otomatis setelah 20 menit tidak aktif.

## 2. Menambah catatan belajar

1. Pilih menu **Catatan Belajar**, lalu **Tambah Entri**.
2. Pilih jenis kegiatan dan isi tanggal, penyelenggara, serta jumlah JP menurut sertifikat.
3. Unggah bukti (PDF atau JPG, paling besar 5 MB).
4. Klik **Ajukan**. Entri yang belum diajukan tersimpan sebagai Draf selama 7 hari, lalu
   terhapus otomatis.

## 3. Arti status entri

| Status | Arti | Yang harus dilakukan |
|---|---|---|
| Draf | Entri disimpan tetapi belum diajukan | Pegawai melengkapi dan mengajukan |
| Diajukan | Menunggu pemeriksaan FBB | Menunggu paling lama 3 hari kerja |
| Perlu Perbaikan | Bukti kurang atau tidak sesuai | Pegawai memperbaiki paling lambat 5 hari kerja |
| Diverifikasi FBB | Lolos pemeriksaan tahap pertama | Menunggu penetapan Kasubbag Umum dan Kepegawaian |
| Ditetapkan | JP diakui dan masuk rekap | Tidak ada |
| Ditolak | Tidak memenuhi ketentuan atau tidak diperbaiki tepat waktu | Boleh mengajukan entri baru dengan bukti lain |

## 4. Bukti per jenis kegiatan

| Jenis kegiatan | Bukti yang diunggah |
|---|---|
| Pelatihan klasikal atau daring | Sertifikat atau surat keterangan penyelenggara |
| Seminar, webinar, sosialisasi | E-sertifikat atau tangkapan layar daftar hadir yang memuat nama |
| Coaching atau mentoring | Lembar sesi yang ditandatangani kedua pihak |
| Belajar mandiri | Ringkasan 1-2 halaman yang disetujui atasan langsung |
| Kelas Berbagi | Tidak perlu; daftar hadir diunggah FBB |
| Tugas belajar | Kartu hasil studi setiap semester |

## 5. Rencana Aksi

Pilih menu **Rencana Aksi**, pilih pelatihan yang bersangkutan, lalu unggah berkas PDF paling
banyak 8 halaman. Atasan langsung menilai dengan hasil **Layak** atau **Perlu Perbaikan**.
Pengingat otomatis dikirim ke surel pada hari kerja ke-14 dan ke-19 setelah pelatihan berakhir.

## 6. Bantuan

Helpdesk {SISTEM}: {PRAKOM}, WhatsApp {WA_HELP}, surel {EMAIL_HELP}, Senin sampai Jumat pukul
07.30-16.00 WIB. Sertakan NIP dan tangkapan layar pesan kesalahan.

---
{FIKTIF}
"""


def kader_md():
    return f"""# Pelatihan Manajemen Kasus Berbasis Masyarakat bagi Kader Satgas PPA Kelurahan 2030

Bidang Perlindungan Perempuan dan Anak {SINGKAT} {KOTA}

> Pelatihan ini adalah kegiatan pemberdayaan masyarakat untuk kader, **bukan** pelatihan pegawai
> dalam Program {PROGRAM}. Pegawai Dinas yang bertugas sebagai fasilitator tidak mencatatnya
> sebagai JP di {SISTEM}.

## Latar belakang

Satgas PPA kelurahan adalah relawan warga yang pertama kali menerima laporan kekerasan terhadap
perempuan dan anak di lingkungannya. Pelatihan ini membekali kader agar dapat mengenali kasus,
memberi pertolongan pertama psikologis, dan merujuk korban ke UPTD PPA dengan cepat.

## Ketentuan pelatihan

| Butir | Keterangan |
|---|---|
| Peserta | 40 kader, 2 orang dari setiap kelurahan (20 kelurahan) |
| Jumlah jam | 24 JP |
| Waktu | {tgl("2030-07-15")} sampai {tgl("2030-07-17")} |
| Tempat | Gedung Serbaguna Kecamatan Tanjung Seruni Barat |
| Biaya | Tanpa biaya; kader menerima uang transport Rp75.000 per hari |
| Sumber dana | DAK Nonfisik Pelayanan Perlindungan Perempuan dan Anak 2030 |
| Pendaftaran | Melalui lurah, paling lambat {tgl("2030-06-28")} |
| Penanggung jawab | {KABID_PPA} |

## Materi

1. Mengenali tanda kekerasan terhadap perempuan dan anak.
2. Pertolongan pertama psikologis.
3. Alur rujukan ke UPTD PPA dan layanan kesehatan.
4. Menjaga kerahasiaan identitas korban.
5. Pencatatan laporan di buku register kelurahan.

Fasilitator berasal dari Bidang PPA dan UPTD PPA. Setiap kader menerima modul saku dan kartu
rujukan.

---
{FIKTIF}
"""


# ============================================================================ plain text
def wa_txt():
    lines = [
        (
            "12/02/30 08.14",
            ANALIS,
            "Selamat pagi rekan FBB. Perkadis 2/2030 sudah ditandatangani Ibu Kadis kemarin "
            "(11 Feb), berlaku 1 Maret 2030.",
        ),
        (
            "12/02/30 08.16",
            ANALIS,
            "Sosialisasi hari Selasa 19 Februari jam 08.30 di Aula Seruni Lantai 2 ya. Mohon ajak "
            "pegawai unitnya.",
        ),
        ("12/02/30 08.40", UNIT_BY["DALDUK"][6], "Siap mbak. Target PNS sekarang jadi 25 JP kan?"),
        (
            "12/02/30 08.52",
            ANALIS,
            "Koreksi: target PNS 24 JP, PPPK 16 JP. Maaf tadi belum sempat jawab lengkap",
        ),
        (
            "12/02/30 09.05",
            ANALIS,
            "Ralat juga: sosialisasi di Aula Seruni Lantai 3, bukan Lantai 2. Lantai 2 dipakai "
            "rapat Forum Anak.",
        ),
        (
            "13/02/30 10.11",
            PRAKOM,
            "Info: pelatihan FBB sebagai verifikator SI-KELOPAK hari Selasa 26 Februari jam 13.30 "
            "di Laboratorium Komputer Lantai 1.",
        ),
        (
            "14/02/30 15.20",
            PRAKOM,
            "Perubahan: pelatihan FBB dipindah ke Rabu 27 Februari, jam tetap 13.30 WIB, tempat "
            "tetap Lab Komputer Lantai 1. Selasa labnya dipakai ujian CAT.",
        ),
        ("15/02/30 08.03", UNIT_BY["KBKK"][6], "Pak Dimas, Google Form ditutup kapan?"),
        ("15/02/30 08.10", PRAKOM, "Rabu 27 Feb jam 23.59 pak"),
        (
            "15/02/30 11.45",
            PRAKOM,
            "Ralat: Google Form ditutup Kamis 28 Februari 2030 pukul 16.00 WIB, sesuai SE yang "
            "sedang disiapkan. Kegiatan setelah itu dilaporkan di SI-KELOPAK mulai 4 Maret.",
        ),
        (
            "19/02/30 11.20",
            ANALIS,
            "Terima kasih yang sudah hadir sosialisasi, tercatat 118 pegawai hadir. Bahan paparan "
            "saya kirim di sini.",
        ),
        ("19/02/30 11.21", ANALIS, "<Media tidak disertakan>"),
        (
            "19/02/30 11.32",
            UNIT_BY["PPA"][6],
            "Mbak, Rencana Aksi batasnya 21 hari kalender kan sekarang?",
        ),
        ("19/02/30 11.40", ANALIS, "21 hari KERJA bu, bukan kalender. Maksimal 8 halaman."),
        ("20/02/30 09.02", PRAKOM, f"Nomor helpdesk SI-KELOPAK: {WA_HELP_WRONG}"),
        (
            "20/02/30 09.05",
            PRAKOM,
            f"Maaf salah ketik. Yang benar {WA_HELP} (WA saja, tidak menerima telepon).",
        ),
        (
            "22/02/30 14.10",
            UNIT_BY["UPTD PPA"][6],
            "Kelas Berbagi pertama yang hari Jumat 8 Maret siapa pematerinya?",
        ),
        (
            "22/02/30 14.18",
            ANALIS,
            "Bu Maria Goretti Siburian, topiknya menulis Rencana Aksi yang terukur. Tempat tetap "
            "Ruang Baca Lantai 1.",
        ),
        (
            "25/02/30 10.30",
            UNIT_BY["SEKR"][6],
            "Mentor untuk PPPK baru Sekretariat sudah ditetapkan belum mbak?",
        ),
        (
            "25/02/30 10.41",
            ANALIS,
            "Sudah, mbak Wulan sendiri yang jadi mentornya Samuel Hutapea. Daftar lengkap ada di "
            "direktori intranet.",
        ),
        (
            "26/02/30 16.02",
            ANALIS,
            "Pengingat: FBB memeriksa data hasil migrasi paling lambat Jumat 8 Maret ya.",
        ),
        (
            "27/02/30 16.05",
            PRAKOM,
            "Pelatihan FBB selesai, 7 FBB hadir semua. Akun verifikator aktif mulai 4 Maret.",
        ),
    ]
    out = []
    for stamp, who, text in lines:
        who_short = who.split(",")[0]
        out.append(f"{stamp} - {who_short}: {text}")
    head = (
        'Ekspor chat WhatsApp grup "FBB MEKAR" (12-27 Februari 2030)\n'
        "Pesan dan panggilan terenkripsi secara end-to-end.\n"
    )
    return head + "\n".join(out) + f"\n\n{FIKTIF}\n"


def memo_txt():
    return f"""NOTA DINAS

Nomor   : 800.1.3/0102/Sekr/2030
Kepada  : Yth. Para Kepala Bidang, Kepala UPTD PPA, dan Para Kepala Subbagian
Dari    : Sekretaris
Tanggal : 26 Februari 2030
Sifat   : Penting
Hal     : Migrasi Data JP ke SI-KELOPAK dan Persiapan Program MEKAR 2030

Menindaklanjuti Peraturan Kepala Dinas Nomor 2 Tahun 2030 dan Surat Edaran Kepala Dinas Nomor
{SE_NEW_NO}, dengan hormat kami sampaikan hal-hal sebagai berikut:

1. Migrasi data. Admin sistem memindahkan entri JP Januari-Februari 2030 dari Google Form ke
   SI-KELOPAK pada 1-3 Maret 2030. Selama migrasi, yaitu Jumat 1 Maret 2030 pukul 16.00 WIB
   sampai Minggu 3 Maret 2030 pukul 23.59 WIB, SI-KELOPAK belum dapat diakses.

2. Pemeriksaan oleh FBB. FBB memeriksa data hasil migrasi unitnya dan melaporkan selisih
   kepada admin sistem paling lambat Jumat, 8 Maret 2030.

3. Revisi RPK 2030. Karena target JP berubah, RPK 2030 yang disusun pada bulan Januari
   disesuaikan dengan target baru dan diunggah ke SI-KELOPAK paling lambat Jumat, 15 Maret
   2030.

4. Pegawai baru. Enam PPPK baru mulai bertugas pada 1 Maret 2030. Kepala unit memastikan
   mentor menurut Pasal 12A sudah bertemu pegawai baru paling lambat 8 Maret 2030.

5. Anggaran. Pagu Program MEKAR dalam DPA 2030 sebesar {rp(ANGGARAN_TOTAL)}, termasuk biaya
   pelatihan eksternal untuk 18 orang. Uang transport peserta pelatihan in-house menjadi
   Rp120.000 per hari untuk pelatihan yang dimulai sejak 1 Maret 2030.

Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.

Sekretaris,

ttd.

{SEKRETARIS}
NIP {SEKRETARIS_NIP}

Tembusan: Kepala Dinas (sebagai laporan)

---
{FIKTIF}
"""


def email_txt():
    return f"""From: {ANALIS} <{EMAIL}>
To: {KABID_KBKK} <{_mail(KABID_KBKK)}>; {KOORD_PKB} <{_mail(KOORD_PKB)}>
Cc: {BENDAHARA} <{_mail(BENDAHARA)}>
Date: Rabu, 10 April 2030 09.14 WIB
Subject: Re: Fwd: Pelatihan Konseling KB bagi PKB 2030 - kuota dan lokasi

Yth. Bapak Kabid dan Pak Dedi,

Saya rangkum hasil koordinasi kemarin untuk Pelatihan Teknis Konseling KB bagi PKB (Penyuluh
Keluarga Berencana) tahun 2030:

1. Batas pendaftaran diperpanjang dari 19 April menjadi Jumat, 26 April 2030.
2. Tempat pindah ke Ruang Pertemuan Hotel Kenanga Seruni, Jl. Ahmad Yani No. 45, karena atap
   aula Balai Penyuluhan KB Tanjung Seruni Timur direnovasi. Tanggal tetap 6-10 Mei 2030.
3. Dari 6 kursi untuk PKB luar daerah sudah terisi 4 orang (2 dari Kabupaten Muara Rindang dan
   2 dari Kota Batu Ampar). Biaya kontribusi tetap Rp2.750.000 per orang.
4. Pak Agus mengonfirmasi sewa ruang hotel Rp2.400.000 per hari selama 5 hari dapat dibayar dari
   DPA sub kegiatan yang sama.

Mohon Pak Dedi mengingatkan PKB di kecamatan yang belum mendaftar.

Salam,
{ANALIS}
Analis SDM Aparatur, Subbagian Umum dan Kepegawaian, ekstensi 214

> From: {KABID_KBKK}
> Date: Selasa, 9 April 2030 16.40 WIB
> Subject: Fwd: Pelatihan Konseling KB bagi PKB 2030 - kuota dan lokasi
>
> Mbak Rizky, aula Balai Penyuluhan KB Tanjung Seruni Timur mulai direnovasi 29 April sampai
> akhir Juni, jadi tidak bisa dipakai. Saya usul pindah ke Hotel Kenanga Seruni; tanggal tidak
> berubah. Beberapa PKB kecamatan juga minta tambahan waktu pendaftaran karena baru selesai
> pelayanan KB serentak. Mohon diatur.
>
>> From: {KOORD_PKB}
>> Date: Senin, 8 April 2030 10.02 WIB
>> Subject: Pelatihan Konseling KB bagi PKB 2030 - kuota dan lokasi
>>
>> Pak Kabid, per hari ini pendaftar PKB Dinas baru 17 orang dari kuota 24.
>> Kecamatan Tanjung Seruni Utara dan Kecamatan Seruni Hilir belum ada pendaftar.
>> Batas 19 April terlalu mepet karena minggu depan ada pelayanan KB serentak.

--
{FIKTIF}
"""


def _w_text(fn):
    def w(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(fn())

    return w


# ============================================================================ registry
DOCS = {
    "pedoman-mekar-2029": ("pdf", render_pedoman),
    "perkadis-3-2028-pedoman-mekar": ("pdf", render_reg_old),
    "perkadis-2-2030-perubahan-pedoman-mekar": ("pdf", render_reg_amend),
    "se-pelaporan-jp-si-kelopak-2030": ("pdf", render_se_new),
    "paparan-sosialisasi-perubahan-mekar-2030": ("pdf", render_slides),
    "buletin-mekar-edisi-1-2030": ("pdf", render_buletin),
    "pengumuman-seleksi-tugas-belajar-2030": ("pdf", render_pengumuman),
    "se-pelaporan-jp-mekar-2029": ("docx", write_se_old),
    "sop-pelatihan-eksternal-rencana-aksi": ("docx", write_sop),
    "notulen-rapat-evaluasi-mekar-2029": ("docx", write_notulen),
    "kak-pelatihan-konseling-kb-2030": ("docx", write_kak),
    "rekap-mekar-2029": ("xlsx", write_xlsx),
    "rekap-jp-triwulan-per-unit-2029": ("csv", _w_text(jp_triwulan_csv)),
    "jadwal-coaching-mentoring-semester-1-2030": ("csv", _w_text(coaching_csv)),
    "jadwal-aktualisasi-latsar-2030": ("csv", _w_text(latsar_csv)),
    "berita-peluncuran-si-kelopak": ("html", _w_text(berita_html)),
    "direktori-fbb-dan-mentor-2030": ("html", _w_text(direktori_html)),
    "pengiriman-peserta-pelatihan-kepemimpinan-2030": ("htm", _w_text(kepemimpinan_htm)),
    "faq-mekar-2030": ("md", _w_text(faq_md)),
    "panduan-pengisian-si-kelopak": ("md", _w_text(panduan_md)),
    "pelatihan-manajemen-kasus-kader-satgas-ppa-2030": ("md", _w_text(kader_md)),
    "grup-wa-fbb-mekar-februari-2030": ("txt", _w_text(wa_txt)),
    "nota-dinas-migrasi-si-kelopak": ("txt", _w_text(memo_txt)),
    "email-pelatihan-konseling-kb-2030": ("txt", _w_text(email_txt)),
}
# the community training: never a source for questions about MEKAR trainings
TRAPS = {"pelatihan-manajemen-kasus-kader-satgas-ppa-2030"}


def path_of(stem):
    return os.path.join(OUT, f"{stem}.{DOCS[stem][0]}")


def write_documents():
    random.seed(2030)
    os.makedirs(OUT, exist_ok=True)
    for stem, (ext, writer) in DOCS.items():
        path = path_of(stem)
        res = writer(path)
        if ext in ("docx", "xlsx"):
            _fix_zip_times(path)
        extra = f" ({res} pages)" if ext == "pdf" else ""
        print(f"wrote {os.path.relpath(path, HERE)}{extra}")


# ============================================================================ extraction
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
    """Text of a document as a plain reader would extract it."""
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
    if ext in ("html", "htm"):
        return _Strip().text(raw)
    return raw


def ingest_text(stem):
    """Text of a document as Pandu's ingest loaders read it: the title, then each section
    under its heading path. None when the loaders cannot be imported."""
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    try:
        from pathlib import Path

        from ingest.loaders import load_file
    except Exception as exc:  # noqa: BLE001 - the answer code may be mid-change
        print(f"note: ingest loaders not importable ({exc.__class__.__name__}: {exc})")
        return None
    path = Path(path_of(stem))
    doc = load_file(path, path.read_bytes())
    parts = [doc.title]
    for s in doc.sections:
        parts.append(" > ".join(s.heading))
        parts.append(s.text)
    return "\n".join(parts)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2013", "-")
    s = s.replace("\u2014", "-").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


STOP = {
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
    "udh",
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
    "mekar",
    "pegawai",
}

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
    "time",
    "who",
    "role",
    "where",
    "definition",
    "acronym",
    "procedure",
    "condition",
    "table",
    "changed",
    "unchanged",
    "inserted",
    "replaced",
    "old",
    "handbook",
    "correction",
    "comparison",
    "yesno",
    "classification",
    "slides",
    "letter",
    "trap",
    "typo",
}


def _header_counts():
    """Counts declared in the header comment of the question file."""
    with open(QUESTIONS, encoding="utf-8") as f:
        head = "".join(ln for ln in f if ln.startswith("#"))
    m = re.search(
        r"ze001-ze(\d{3}) answerable, ze901-ze(\d{3}) out of scope "
        r"\(ze901-ze(\d{3}) near, ze(\d{3})-ze(\d{3}) far\)",
        head,
    )
    if not m:
        return None
    a, o_end, n_end, f_start, f_end = (int(x) for x in m.groups())
    return {
        "answerable": a,
        "oos": o_end - 900,
        "near": n_end - 900,
        "far": f_end - f_start + 1,
        "near_ids": (901, n_end),
        "far_ids": (f_start, f_end),
    }


def _check_question(q, texts, ing, errors):
    """Facts of one answerable question: verbatim in its first expected document, both as
    plainly extracted and as ingested."""
    exp, facts, tags = q["expected"], q["facts"], q["tags"]
    if not 1 <= len(facts) <= 5:
        errors.append(f"{q['id']}: answerable questions need 1-5 facts")
    if "two-part" in tags and len(facts) != 2:
        errors.append(f"{q['id']}: two-part question needs exactly two facts")
    if "two-part" not in tags and len(facts) >= 2 and "list" not in tags:
        errors.append(f"{q['id']}: several facts need tag two-part or list")
    if len(set(exp)) != len(exp):
        errors.append(f"{q['id']}: duplicate expected ids")
    for e in exp:
        if e not in DOCS:
            errors.append(f"{q['id']}: unknown document {e}")
    first = exp[0]
    if first in TRAPS and "trap" not in tags:
        errors.append(f"{q['id']}: the trap document is first only for questions tagged trap")
    if first not in texts:
        return
    ql = norm(q["q"])
    for fact in facts:
        nf = norm(str(fact))
        if len(nf.split()) > 8:
            errors.append(f"{q['id']}: fact {fact!r} longer than 8 words")
        if nf not in texts[first]:
            errors.append(f"{q['id']}: fact {fact!r} not found in {first}")
        if ing.get(first) is not None and nf not in ing[first]:
            errors.append(f"{q['id']}: fact {fact!r} not found in {first} (as ingested)")
        if nf in ql:
            errors.append(f"{q['id']}: fact {fact!r} appears verbatim in the question")


def check():
    import yaml

    with open(QUESTIONS, encoding="utf-8") as f:
        qs = yaml.safe_load(f)
    errors = []
    ids = [q.get("id") for q in qs]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        errors.append(f"duplicate question ids: {dup}")
    texts, ing = {}, {}
    for stem in DOCS:
        if not os.path.exists(path_of(stem)):
            errors.append(f"missing document {stem}")
            continue
        texts[stem] = norm(doc_text(stem))
        got = ingest_text(stem)
        ing[stem] = norm(got) if got is not None else None
        if norm(FIKTIF) not in texts[stem]:
            errors.append(f"{stem}: fiction notice missing")
        if ing[stem] is not None and norm(FIKTIF) not in ing[stem]:
            errors.append(f"{stem}: fiction notice missing (as ingested)")
    if any(v is None for v in ing.values()):
        print("note: ingest loaders not importable; facts checked against plain extraction only")
    hc = _header_counts()
    if hc is None:
        errors.append("header comment with the question counts not found")
    per_first = dict.fromkeys(DOCS, 0)
    per_any = dict.fromkeys(DOCS, 0)
    tags_count = {}
    n_ans = n_two = n_near = n_far = 0
    near_qs, ans_ids = [], []
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
        num = int(q["id"][2:]) if re.fullmatch(r"ze\d{3}", str(q["id"])) else 0
        if not exp or "oos" in tags:
            if exp or facts or "oos" not in tags:
                errors.append(f"{q['id']}: out-of-scope question needs [] expected, [] facts, oos")
            if not 901 <= num <= 940:
                errors.append(f"{q['id']}: out-of-scope ids are ze901..ze940")
            if "near" in tags:
                n_near += 1
                near_qs.append(q)
                if hc and not hc["near_ids"][0] <= num <= hc["near_ids"][1]:
                    errors.append(f"{q['id']}: near id outside the header's near range")
            elif "far" in tags:
                n_far += 1
                if hc and not hc["far_ids"][0] <= num <= hc["far_ids"][1]:
                    errors.append(f"{q['id']}: far id outside the header's far range")
            else:
                errors.append(f"{q['id']}: oos needs near|far")
            continue
        if not 1 <= num <= 899:
            errors.append(f"{q['id']}: answerable ids are ze001..ze899")
        ans_ids.append(num)
        n_ans += 1
        n_two += "two-part" in tags
        _check_question(q, texts, ing, errors)
        if exp and exp[0] in per_first:
            per_first[exp[0]] += 1
        for e in set(exp):
            if e in per_any:
                per_any[e] += 1
    if ans_ids != list(range(1, len(ans_ids) + 1)):
        errors.append("answerable ids must run ze001, ze002, ... without gaps, in order")
    for stem, n in per_first.items():
        if n < 5:
            errors.append(f"document {stem} is first expected of only {n} questions (need >= 5)")
    if n_ans < 220:
        errors.append(f"only {n_ans} answerable questions (need >= 220)")
    if n_near + n_far != 40 or n_near < 20 or n_far < 12:
        errors.append(f"out of scope must be 40 (>= 20 near, >= 12 far), got {n_near} + {n_far}")
    if hc and (hc["answerable"], hc["oos"], hc["near"], hc["far"]) != (
        n_ans,
        n_near + n_far,
        n_near,
        n_far,
    ):
        errors.append(f"header counts {hc} do not match the questions")
    exts = {DOCS[s][0] for s in DOCS}
    if len(DOCS) < 22 or len(exts) < 8:
        errors.append(f"need >= 22 documents in >= 8 formats, got {len(DOCS)} in {len(exts)}")
    print(
        f"documents: {len(DOCS)} in {len(exts)} formats; questions: {len(qs)} (answerable "
        f"{n_ans}, two-part {n_two}, out of scope {n_near} near + {n_far} far)"
    )
    print(
        "tags: " + ", ".join(f"{k}={v}" for k, v in sorted(tags_count.items(), key=lambda x: -x[1]))
    )
    print("questions per document (first expected / listed anywhere in expected):")
    for stem in DOCS:
        mark = "  (trap)" if stem in TRAPS else ""
        print(f"  {per_first[stem]:3d} / {per_any[stem]:3d}  {stem}.{DOCS[stem][0]}{mark}")
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
    print(
        "check passed: 0 problems; every fact found in its first expected document, "
        "as extracted and as ingested"
    )
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    if "--text" in argv or "--ingest" in argv:
        names = [a for a in argv if not a.startswith("--")]
        for stem in DOCS:
            if names and stem not in names:
                continue
            print(f"===== {stem}.{DOCS[stem][0]} =====")
            print(ingest_text(stem) if "--ingest" in argv else doc_text(stem))
        return 0
    write_documents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
