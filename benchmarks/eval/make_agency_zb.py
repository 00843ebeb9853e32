#!/usr/bin/env python3
"""Generate the documents of the fictional "agency ZB" evaluation set.

Agency ZB: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Teluk
Sangiwu (fictional regency in the fictional Provinsi Sulawesi Timur Laut, WITA). The ASN
competency development programme is "SAUH" (Sinergi Aparatur Unggul dan Handal), recorded in the
information system "SI-KEMUDI" (Sistem Informasi Kelola Mutu Diri), which replaced the old
spreadsheet application "e-BKJ" (Buku Kendali Jam Pelajaran Elektronik) on 4 February 2030.
118 employees (84 PNS, 34 PPPK) in the Sekretariat, five bidang and the UPT Mal Pelayanan Publik.

The handbook (Panduan SAUH Edisi 2029, March 2029) follows the OLD rule, Peraturan Kepala Dinas
Nomor 4 Tahun 2027; the NEW rule, Peraturan Kepala Dinas Nomor 1 Tahun 2030 (in force on
1 February 2030), revokes it and changes many values.

Near-domain traps (tasks of the agency that are NOT competency development of its employees):
LKPM reports of companies, the agency's public service standards and complaint channels, and the
investment expo.

Documents (written into agency_zb/):
  panduan-sauh-2029.pdf                      long handbook on the old rule: cover, foreword,
                                             TOC, glossary, BAB I-XI with numbered sections,
                                             footnotes, catalogue table over several pages,
                                             LAMPIRAN I-III
  perkadis-4-2027-pengembangan-kompetensi.pdf  OLD regulation (BAB/Pasal/ayat), revoked
  perkadis-1-2030-sauh.pdf                   NEW regulation, revokes the old one
  paparan-sosialisasi-perkadis-1-2030.pdf    presentation slides (landscape)
  pengumuman-seleksi-tugas-belajar-2030.pdf  announcement letter with signature block
  buletin-sauh-edisi-1-2030.pdf              two-column internal bulletin
  sop-verifikasi-jp-sikemudi.docx            SOP: identity table, steps table with merged and
                                             repeated header rows
  notulen-rapat-evaluasi-sauh-2029.docx      minutes: decisions table
  formulir-rpki-2030.docx                    form template with instructions
  kak-inhouse-layanan-prima-2030.docx        terms of reference, schedule with merged cells
  rekap-sauh-2029.xlsx                       Rekap per Unit 2029, Anggaran 2030, Tugas Belajar,
                                             Catatan
  jp-per-jenis-kegiatan-2029.csv             BOM, CRLF, semicolons, decimal commas
  jadwal-pelatihan-sauh-2030.csv             title line above the header
  rekap-lkpm-triwulan-iv-2029.csv            near-domain trap (investment activity reports)
  berita-peluncuran-sikemudi.html            intranet news with navigation chrome
  direktori-penggerak-belajar-unit.html      table and definition list
  standar-pelayanan-dan-pengaduan.html       near-domain trap (service standards, complaints)
  expo-investasi-teluk-sangiwu-2030.htm      near-domain trap (investment promotion)
  faq-sauh-2030.md                           FAQ on the new rule
  panduan-pengisian-sikemudi.md              guide with numbered steps and tables
  changelog-sikemudi.md                      changelog with versions and dates
  grup-wa-pbu-januari-2030.txt               WhatsApp export with corrections
  nota-dinas-transisi-sauh-2030.txt          plain-text memo

Usage:
  python make_agency_zb.py                     # write the documents
  python make_agency_zb.py --text [stem ...]   # print the extracted text of each document
  python make_agency_zb.py --check             # check questions_agency_zb.yaml against documents

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
OUT = os.path.join(HERE, "agency_zb")
QUESTIONS = os.path.join(HERE, "questions_agency_zb.yaml")
FIXED_DATE = datetime.datetime(2030, 2, 18, 8, 0, tzinfo=datetime.UTC)
ZIP_DATE = (2030, 2, 18, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."
GEN = "make_agency_zb.py"

DINAS = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
SINGKAT = "DPMPTSP"
KAB = "Kabupaten Teluk Sangiwu"
KAB_SHORT = "Teluk Sangiwu"
KOTA_TTD = "Sangiwu"
PROV = "Provinsi Sulawesi Timur Laut"
PROGRAM = "SAUH"
PROGRAM_LONG = "Sinergi Aparatur Unggul dan Handal"
SISTEM = "SI-KEMUDI"
SISTEM_LONG = "Sistem Informasi Kelola Mutu Diri"
OLD_APP = "e-BKJ"
OLD_APP_LONG = "Buku Kendali Jam Pelajaran Elektronik"
ALAMAT = "Jl. Poros Sangiwu-Tanjung Pasir Km 4, Sangiwu 93871"
TELP = "(0408) 322 581"
DOMAIN = "dpmptsp.teluksangiwukab.go.id"
EMAIL = f"sauh@{DOMAIN}"
EMAIL_HELP = f"helpdesk.kemudi@{DOMAIN}"
URL_KEMUDI = f"https://kemudi.{DOMAIN}"
WA_HELP = "0813-4127-5590"

KADIS_OLD = "Hj. Wa Ode Nurhayati, S.Sos., M.AP."
KADIS_OLD_NIP = "19670921 199203 2 0**"
KADIS = "Dr. La Ode Muhammad Syarifuddin, S.E., M.Si."
KADIS_NIP = "19740512 200003 1 0**"
SEKRETARIS = "Yusran Tamalaki, S.H., M.H."
SEKRETARIS_NIP = "19780226 200312 1 0**"
KASUBBAG = "Ratna Sari Lamadike, S.AP., M.Si."
KASUBBAG_NIP = "19850603 201001 2 0**"
KASUBBAG_KEU = "Andi Fitriani Mappaturung, S.E."
ANALIS = "Muh. Fadli Rahman, S.Psi."
ANALIS_NIP = "19910114 201503 1 0**"
VERIF2 = "Dewi Anggraini Tosepu, S.Sos."
PRAKOM = "Irfan Wahyudi Tandiarrang, S.Kom."
BENDAHARA = "Nurul Aini Saranani, A.Md.Ak."
KABID_PPPM = "Sitti Marwah Pabbicara, S.E., M.M."
KABID_YANZIN = "Agustinus Pakabu, S.T."
KABID_DALAK = "Nurhalimah Bakri, S.E., M.Ak."
KABID_PKPL = "Drs. Hamzah Lamaronta"
KABID_DATSI = "Kadek Ari Wiranata, S.Kom., M.T."
KA_UPT = "Fransiska Lembang, S.Sos."
TELADAN_2029 = "Sri Wahyuni Lakudo, S.E."

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
ROMAWI = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


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
    """'30 (tiga puluh)' style used in regulations."""
    return f"{n} ({terbilang(n)})"


# ------------------------------------------------------------------ units
# name, short, PNS, PNS in a jabatan fungsional, PPPK, head, PBU (Penggerak Belajar Unit),
# extension, JP realised 2029, employees below the 2029 target
UNITS = [
    (
        "Sekretariat",
        "SEK",
        22,
        4,
        9,
        SEKRETARIS,
        "Rahmawati Daeng Caya, S.Sos.",
        "104",
        612,
        6,
    ),
    (
        "Bidang Perencanaan dan Promosi Penanaman Modal",
        "PPPM",
        11,
        5,
        3,
        KABID_PPPM,
        "Ahmad Syukur Landu, S.E.",
        "211",
        331,
        2,
    ),
    (
        "Bidang Pelayanan Perizinan dan Nonperizinan",
        "YANZIN",
        14,
        6,
        6,
        KABID_YANZIN,
        "Ni Luh Putu Sriasih, S.H.",
        "221",
        418,
        4,
    ),
    (
        "Bidang Pengendalian dan Pelaksanaan Penanaman Modal",
        "DALAK",
        10,
        4,
        3,
        KABID_DALAK,
        "Yohanis Ratu Pandin, S.T.",
        "231",
        270,
        3,
    ),
    (
        "Bidang Pengaduan, Kebijakan, dan Pelaporan Layanan",
        "PKPL",
        8,
        3,
        3,
        KABID_PKPL,
        "Wa Ode Siti Harlina, S.AP.",
        "241",
        205,
        4,
    ),
    (
        "Bidang Data dan Sistem Informasi",
        "DATSI",
        9,
        5,
        4,
        KABID_DATSI,
        "Gede Putra Mahendra, S.Kom.",
        "251",
        369,
        1,
    ),
    (
        "UPT Mal Pelayanan Publik",
        "UPT MPP",
        10,
        1,
        6,
        KA_UPT,
        "Hasniah Labania, A.Md.",
        "301",
        427,
        2,
    ),
]
N_PNS = sum(u[2] for u in UNITS)
N_JF = sum(u[3] for u in UNITS)
N_PPPK = sum(u[4] for u in UNITS)
N_PEG = N_PNS + N_PPPK
JP_2029 = sum(u[8] for u in UNITS)
BELUM_2029 = sum(u[9] for u in UNITS)

# target per person: (PNS non-JF, PNS JF, PPPK)
T_OLD = (20, 20, 12)
T_NEW = (24, 30, 16)


def target(u, t):
    return (u[2] - u[3]) * t[0] + u[3] * t[1] + u[4] * t[2]


TGT_OLD_TOTAL = sum(target(u, T_OLD) for u in UNITS)
TGT_NEW_TOTAL = sum(target(u, T_NEW) for u in UNITS)
AVG_2029 = koma(JP_2029 / N_PEG)
PCT_MEMENUHI = koma((N_PEG - BELUM_2029) / N_PEG * 100)

# JP conversion of nonklasikal activities: activity, old JP, old cap, new JP, new cap
KONVERSI = [
    (
        "Pelatihan klasikal (tatap muka atau daring sinkron)",
        "sesuai JP pada sertifikat",
        "-",
        "sesuai JP pada sertifikat",
        "-",
    ),
    (
        "Seminar, webinar, atau sosialisasi",
        "2 JP per kegiatan",
        "6 JP per tahun",
        "3 JP per kegiatan",
        "9 JP per tahun",
    ),
    ("Workshop atau lokakarya (minimal 1 hari)", "5 JP per hari", "-", "5 JP per hari", "-"),
    (
        "E-learning mandiri",
        "paling banyak 2 JP per hari",
        "10 JP per tahun",
        "paling banyak 3 JP per hari",
        "15 JP per tahun",
    ),
    (
        "Coaching atau mentoring (minimal 60 menit)",
        "2 JP per sesi",
        "8 JP per tahun",
        "2 JP per sesi",
        "12 JP per tahun",
    ),
    (
        "Belajar mandiri dengan resume minimal 2 halaman",
        "1 JP per resume",
        "4 JP per tahun",
        "1 JP per resume",
        "6 JP per tahun",
    ),
    (
        "Komunitas belajar (minimal 60 menit)",
        "1 JP per pertemuan",
        "6 JP per tahun",
        "2 JP per pertemuan",
        "8 JP per tahun",
    ),
    (
        "Narasumber internal",
        "2 JP per sesi",
        "8 JP per tahun",
        "2 JP per sesi",
        "8 JP per tahun",
    ),
    ("Patok banding", "10 JP per kegiatan", "-", "12 JP per kegiatan", "-"),
    (
        "Magang atau detasering (minimal 5 hari kerja)",
        "20 JP per kegiatan",
        "-",
        "20 JP per kegiatan",
        "-",
    ),
    ("Tugas belajar", "20 JP per semester", "-", "20 JP per semester", "-"),
]


# ============================================================================ PDF machinery
def _pdf_setup(pdf, title):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(f"{SINGKAT} {KAB}")
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
        fill=(214, 230, 240),
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
PED_TITLE = f"Panduan Program {PROGRAM} {SINGKAT} {KAB} Edisi 2029"

ISTILAH = [
    ("ASN", "Aparatur Sipil Negara, yaitu PNS dan PPPK yang bekerja pada instansi pemerintah."),
    (
        "Atasan langsung",
        "Pejabat yang secara struktural membawahi pegawai dan menilai kinerjanya dalam SKP.",
    ),
    (
        "Belajar mandiri",
        "Kegiatan membaca buku, jurnal, atau modul secara mandiri yang dibuktikan dengan "
        "resume tertulis.",
    ),
    (
        "Coaching",
        "Percakapan dua arah yang terstruktur untuk membantu pegawai menemukan sendiri jalan "
        "keluar atas persoalan kinerjanya; coach tidak harus menguasai substansi pekerjaan coachee.",
    ),
    (
        "Detasering",
        "Penugasan sementara pegawai pada instansi atau unit lain untuk mempelajari praktik "
        "kerja di sana.",
    ),
    (
        OLD_APP,
        f"{OLD_APP_LONG}, lembar kerja daring per unit kerja yang dipakai sejak 2027 untuk "
        "mencatat kegiatan belajar dan JP pegawai.",
    ),
    (
        "E-learning",
        "Pembelajaran elektronik yang diikuti secara mandiri melalui platform daring, misalnya "
        "LMS milik lembaga pelatihan pemerintah.",
    ),
    ("JP", "Jam Pelajaran, satuan waktu pembelajaran yang setara dengan 45 menit."),
    (
        "Klasikal",
        "Pembelajaran yang mempertemukan peserta dan pengajar dalam kelas, baik tatap muka "
        "maupun daring sinkron.",
    ),
    (
        "Kopi Sore",
        "Komunitas belajar internal pegawai yang bertemu sepekan sekali untuk berbagi pengetahuan.",
    ),
    (
        "LIHB",
        "Laporan Implementasi Hasil Belajar, laporan pegawai tentang penerapan hasil "
        "pelatihan di tempat kerja.",
    ),
    (
        "Mentoring",
        "Pendampingan jangka lebih panjang oleh pegawai senior atau ahli yang berbagi "
        "pengalaman untuk pengembangan karier.",
    ),
    (
        "Nonklasikal",
        "Pembelajaran di luar kelas, antara lain coaching, mentoring, e-learning, patok "
        "banding, magang, detasering, belajar mandiri, dan komunitas belajar.",
    ),
    (
        "Patok banding",
        "Kunjungan belajar untuk membandingkan dan mempelajari praktik terbaik instansi lain "
        "(benchmarking).",
    ),
    (
        "PBU",
        "Penggerak Belajar Unit, pegawai yang ditunjuk di setiap unit kerja untuk membantu "
        "pegawai merencanakan, mencatat, dan melaporkan kegiatan belajar.",
    ),
    ("PPPK", "Pegawai Pemerintah dengan Perjanjian Kerja."),
    (
        "RPKI",
        "Rencana Pengembangan Kompetensi Individu, rencana belajar satu tahun yang disusun "
        "setiap pegawai.",
    ),
    (
        PROGRAM,
        f"{PROGRAM_LONG}, program pengembangan kompetensi pegawai di lingkungan {SINGKAT} {KAB}.",
    ),
    (
        "Sertifikat Layanan Prima",
        "Sertifikat internal yang diberikan kepada pegawai yang lulus Pelatihan Layanan Prima "
        "dan Etika Front Office.",
    ),
    (
        "SKP",
        "Sasaran Kinerja Pegawai, rencana dan target kinerja yang disepakati pegawai dengan "
        "atasan langsungnya.",
    ),
    (
        "TP-SAUH",
        f"Tim Pengelola Program {PROGRAM}, tim yang ditetapkan Kepala Dinas untuk mengelola "
        "perencanaan, pelaksanaan, dan evaluasi program.",
    ),
    (
        "UPT MPP",
        "Unit Pelaksana Teknis Mal Pelayanan Publik, unit yang mengelola gedung dan layanan "
        "terpadu Mal Pelayanan Publik.",
    ),
]

# code, name, competency type, form/method, JP, month, provider, target participants
KATALOG = [
    (
        "SAUH-29-01",
        "Orientasi Perizinan Berusaha Berbasis Risiko bagi Pegawai Baru",
        "Teknis",
        "Klasikal, tatap muka",
        "16",
        "Februari",
        "Bidang Pelayanan Perizinan dan Nonperizinan",
        "Pegawai baru dan PPPK seluruh unit",
    ),
    (
        "SAUH-29-02",
        "Layanan Prima dan Etika Front Office",
        "Sosial kultural",
        "Klasikal, tatap muka",
        "24",
        "Maret",
        "BPSDM Provinsi Sulawesi Timur Laut",
        "Petugas front office UPT MPP dan Bidang Yanzin",
    ),
    (
        "SAUH-29-03",
        "Analisis Kelayakan dan Dampak Investasi Daerah",
        "Teknis",
        "Klasikal, daring sinkron",
        "32",
        "April",
        "Balai Pendidikan dan Pelatihan Investasi Regional Timur",
        "Bidang PPPM dan Bidang Dalak",
    ),
    (
        "SAUH-29-04",
        "Pembinaan dan Pengawasan Laporan Kegiatan Penanaman Modal bagi Petugas",
        "Teknis",
        "Klasikal, tatap muka",
        "16",
        "April",
        "Bidang Pengendalian dan Pelaksanaan Penanaman Modal",
        "Petugas pengawasan Bidang Dalak",
    ),
    (
        "SAUH-29-05",
        "Penulisan Naskah Kebijakan (Policy Brief)",
        "Teknis",
        "Workshop",
        "15",
        "Mei",
        "TP-SAUH bersama Universitas Sangiwu",
        "Analis kebijakan dan pejabat pengawas",
    ),
    (
        "SAUH-29-06",
        "Manajemen Pengaduan dan Penanganan Keluhan Pelanggan",
        "Teknis",
        "Klasikal, tatap muka",
        "16",
        "Mei",
        "Ombudsman Perwakilan (narasumber) dan Bidang PKPL",
        "Petugas pengaduan Bidang PKPL dan UPT MPP",
    ),
    (
        "SAUH-29-07",
        "Dasar-Dasar Analisis Data dengan Lembar Kerja",
        "Teknis",
        "Blended",
        "20",
        "Juni",
        "Bidang Data dan Sistem Informasi",
        "Seluruh pegawai, diutamakan pelaksana",
    ),
    (
        "SAUH-29-08",
        "Visualisasi Data dan Dasbor Perizinan",
        "Teknis",
        "Klasikal, tatap muka",
        "24",
        "Juli",
        "Bidang Data dan Sistem Informasi",
        "Pranata komputer, statistisi, dan analis data",
    ),
    (
        "SAUH-29-09",
        "Keamanan Informasi bagi Pengelola Sistem Elektronik",
        "Teknis",
        "E-learning",
        "10",
        "Juli",
        "LMS lembaga pelatihan pemerintah",
        "Bidang Datsi dan admin aplikasi unit",
    ),
    (
        "SAUH-29-10",
        "Pelatihan Kepemimpinan Pengawas (PKP)",
        "Manajerial",
        "Klasikal dan aksi perubahan (JP sesuai kurikulum)",
        "-",
        "Maret s.d. Juli",
        "BPSDM Provinsi Sulawesi Timur Laut",
        "Pejabat pengawas yang belum mengikuti PKP (1 orang)",
    ),
    (
        "SAUH-29-11",
        "Coaching Kinerja bagi Atasan dengan Model GROW dan TIRTA",
        "Manajerial",
        "Klasikal, tatap muka",
        "12",
        "Agustus",
        "Widyaiswara BPSDM Provinsi (narasumber)",
        "Kepala bidang, kepala subbagian, dan kepala UPT",
    ),
    (
        "SAUH-29-12",
        "Bahasa Inggris untuk Promosi Investasi",
        "Teknis",
        "Blended",
        "40",
        "Agustus s.d. Oktober",
        "Pusat Bahasa Universitas Sangiwu",
        "Bidang PPPM (kuota 6 orang)",
    ),
    (
        "SAUH-29-13",
        "Penyusunan SKP dan Dialog Kinerja",
        "Manajerial",
        "Klasikal, daring sinkron",
        "8",
        "Januari",
        "Subbagian Umum dan Kepegawaian",
        "Seluruh pegawai",
    ),
    (
        "SAUH-29-14",
        "Pengelolaan Arsip Dinamis Elektronik",
        "Teknis",
        "Klasikal, tatap muka",
        "12",
        "September",
        "Dinas Perpustakaan dan Kearsipan Kabupaten",
        "Pengelola arsip setiap unit",
    ),
    (
        "SAUH-29-15",
        "Penyusunan Standar Pelayanan dan Survei Kepuasan Masyarakat",
        "Teknis",
        "Workshop",
        "10",
        "September",
        "Bidang PKPL",
        "Bidang PKPL, Bidang Yanzin, UPT MPP",
    ),
    (
        "SAUH-29-16",
        "Public Speaking dan Presentasi Peluang Investasi",
        "Teknis",
        "Klasikal, tatap muka",
        "12",
        "Oktober",
        "TP-SAUH",
        "Bidang PPPM dan pejabat pengawas",
    ),
    (
        "SAUH-29-17",
        "Antikorupsi dan Pengendalian Gratifikasi dalam Pelayanan Perizinan",
        "Sosial kultural",
        "Klasikal, tatap muka",
        "8",
        "Oktober",
        "Inspektorat Kabupaten (narasumber)",
        "Seluruh pegawai",
    ),
    (
        "SAUH-29-18",
        "Wawasan Kebangsaan dan Moderasi Beragama",
        "Sosial kultural",
        "E-learning",
        "6",
        "Sepanjang tahun",
        "LMS lembaga pelatihan pemerintah",
        "Seluruh pegawai",
    ),
    (
        "SAUH-29-19",
        "Pengadaan Barang/Jasa Pemerintah Tingkat Dasar",
        "Teknis",
        "Klasikal, daring sinkron",
        "24",
        "Juni",
        "UKPBJ Kabupaten",
        "Pejabat pengadaan dan PPTK (kuota 3 orang)",
    ),
    (
        "SAUH-29-20",
        "Penatausahaan Keuangan Daerah pada SIPD",
        "Teknis",
        "Klasikal, tatap muka",
        "16",
        "November",
        "BPKAD Kabupaten",
        "Subbagian Perencanaan dan Keuangan, bendahara",
    ),
    (
        "SAUH-29-21",
        "Patok Banding Mal Pelayanan Publik",
        "Teknis",
        "Patok banding",
        "10",
        "September",
        "TP-SAUH ke DPMPTSP Kota Lembah Harapan",
        "Perwakilan UPT MPP, Bidang Yanzin, Bidang PKPL (8 orang)",
    ),
    (
        "SAUH-29-22",
        "Magang Pengelolaan Sistem Perizinan Daerah",
        "Teknis",
        "Magang (10 hari kerja)",
        "20",
        "Oktober",
        "DPMPTSP Provinsi Sulawesi Timur Laut",
        "Pranata komputer Bidang Datsi (2 orang)",
    ),
    (
        "SAUH-29-23",
        "Komunitas Belajar Kopi Sore",
        "Sesuai topik",
        "Komunitas belajar (1 JP per pertemuan)",
        "-",
        "Setiap Kamis",
        "PBU secara bergiliran",
        "Seluruh pegawai",
    ),
    (
        "SAUH-29-24",
        "Penyegaran Penggerak Belajar Unit",
        "Manajerial",
        "Workshop",
        "5",
        "Januari",
        "TP-SAUH",
        "PBU dan calon PBU",
    ),
]

KALENDER_2029 = [
    ("Januari", "Penunjukan PBU 2029; Penyegaran PBU; pelatihan SKP dan dialog kinerja"),
    ("Februari", "Penyusunan RPKI bersama atasan langsung"),
    ("Maret", "Batas akhir RPKI 31 Maret; rekap RPKI menjadi rencana kebutuhan belajar Dinas"),
    ("April-Juni", "Pelaksanaan katalog triwulan II; pemantauan JP oleh PBU setiap bulan"),
    ("Juli", "Rapat evaluasi semester I; batas perubahan RPKI 31 Juli"),
    ("Agustus s.d. Oktober", "Pelaksanaan katalog triwulan III dan IV; patok banding dan magang"),
    ("November", "Pengingat bagi pegawai yang JP-nya masih di bawah target"),
    ("Desember", "Input e-BKJ ditutup 20 Desember; rekap JP tahunan ditandatangani"),
    ("Januari 2030", "Rapat evaluasi tahunan dan penetapan Pembelajar Teladan 2029"),
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
    pdf.running = f"Panduan {PROGRAM} Edisi 2029"
    pdf.running_right = f"{SINGKAT} {KAB}"
    pdf.footer_left = f"Panduan {PROGRAM} 2029 - {FIKTIF}"
    pdf.skip_first_footer = True
    F = Flow(pdf)
    # ---------------------------------------------------------------- cover
    pdf.add_page()
    pdf.set_fill_color(16, 60, 110)
    pdf.rect(0, pdf.h - 62, pdf.w, 62, style="F")
    pdf.set_fill_color(230, 170, 40)
    pdf.rect(0, pdf.h - 65, pdf.w, 3, style="F")
    pdf.set_font("S", "B", 12)
    pdf.ln(12)
    for t in (f"PEMERINTAH {KAB.upper()}", DINAS.upper()):
        pdf.multi_cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(28)
    pdf.set_font("S", "B", 30)
    pdf.cell(0, 14, f"PANDUAN {PROGRAM}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 12)
    pdf.multi_cell(0, 7, f"({PROGRAM_LONG})", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("S", "", 12.5)
    pdf.multi_cell(
        0,
        7,
        f"Pengembangan Kompetensi Pegawai\ndi Lingkungan {SINGKAT} {KAB}\nEdisi 2029",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(26)
    pdf.set_font("S", "", 11)
    pdf.cell(0, 6, "Versi 1.0 - Maret 2029", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(255, 255, 255)
    pdf.set_y(pdf.h - 42)
    pdf.cell(0, 6, f"{KOTA_TTD}, {KAB}, {PROV}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "I", 9)
    pdf.cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    # ---------------------------------------------------------------- foreword
    F.chapter("", "KATA PENGANTAR", toc=False)
    F.p(
        f"Setiap hari pelaku usaha datang ke {SINGKAT} membawa rencana, modal, dan harapan. "
        "Mereka tidak melihat struktur organisasi kita; yang mereka rasakan hanyalah apakah "
        "petugas di loket memahami aturan, apakah data yang kita sajikan dapat dipercaya, dan "
        "apakah keluhan mereka ditangani dengan sungguh-sungguh. Semua itu bermuara pada satu "
        "hal: kompetensi pegawai."
    )
    F.p(
        f"Program {PROGRAM} kami luncurkan pada tahun 2027 agar belajar menjadi kebiasaan, "
        f"bukan kewajiban administratif menjelang akhir tahun. Panduan {PROGRAM} Edisi 2029 ini "
        "menjabarkan Peraturan Kepala Dinas Nomor 4 Tahun 2027 tentang Pedoman Pengembangan "
        f"Kompetensi Pegawai melalui Program {PROGRAM}: siapa mengerjakan apa, berapa target "
        "JP, bagaimana JP dihitung, kapan rencana dan laporan disampaikan, serta katalog "
        "pembelajaran tahun 2029."
    )
    F.p(
        "Apabila peraturan yang menjadi dasar panduan ini diubah atau dicabut, ketentuan "
        "dalam peraturan yang baru yang berlaku, sampai panduan ini diperbarui."
    )
    F.p(
        "Terima kasih kepada TP-SAUH, para Penggerak Belajar Unit, dan seluruh kepala unit "
        f"kerja yang telah memberi masukan. Saran perbaikan dapat dikirim ke {EMAIL}."
    )
    F.sign(
        [
            f"{KOTA_TTD}, 5 Maret 2029",
            "Kepala Dinas,",
            "",
            KADIS_OLD,
            f"NIP {KADIS_OLD_NIP}",
        ]
    )

    # ---------------------------------------------------------------- TOC
    F.chapter("", "DAFTAR ISI", toc=False)
    for level, text, page in toc:
        pdf.set_font("S", "B" if level == 0 else "", 9.6)
        ind = 0 if level == 0 else 8
        pdf.set_x(pdf.l_margin + ind)
        w = F.width - ind - 12
        pdf.cell(w, 5.1, text)
        pdf.cell(12, 5.1, str(page), align="R", new_x="LMARGIN", new_y="NEXT")

    # ---------------------------------------------------------------- glossary
    F.chapter("", "DAFTAR ISTILAH DAN SINGKATAN")
    F.p(
        "Istilah berikut dipakai dalam panduan ini. Pengertian yang lebih formal terdapat "
        "dalam Pasal 1 Peraturan Kepala Dinas Nomor 4 Tahun 2027.",
        italic=True,
    )
    F.table(["Istilah", "Pengertian"], ISTILAH, [34, 118], size=9, lh=4.4)

    # ---------------------------------------------------------------- BAB I
    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("1.1 Latar Belakang")
    F.p(
        f"{DINAS} {KAB} ({SINGKAT}) menyelenggarakan urusan penanaman modal sekaligus "
        "pelayanan perizinan dan nonperizinan secara terpadu. Sejak perizinan berusaha "
        "berbasis risiko diterapkan, pekerjaan pegawai berubah cepat: verifikasi persyaratan "
        "dilakukan melalui sistem elektronik, data investasi harus diolah menjadi bahan "
        "kebijakan, dan pelayanan di Mal Pelayanan Publik menuntut sikap melayani yang "
        "konsisten."
    )
    F.p(
        f"Sebelum Program {PROGRAM} berjalan, kegiatan belajar pegawai tercatat tersebar di "
        "berbagai map dan surat tugas. Pada tahun pertama pencatatan terpadu, rata-rata "
        "capaian pegawai baru 16,8 JP per orang\u00b9 dan 37 pegawai belum memenuhi target "
        "tahunan. Angka itu menunjukkan bahwa kebiasaan belajar perlu dibangun secara "
        "terencana, dengan dukungan atasan dan pencatatan yang tertib.",
        note=[
            (
                "\u00b9",
                f"Data {OLD_APP} tahun 2028, posisi 20 Desember 2028, untuk 112 pegawai yang "
                "tercatat pada awal tahun.",
            )
        ],
    )
    F.h2("1.2 Dasar Hukum")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah tentang Manajemen Pegawai Negeri Sipil, yang mewajibkan "
            "pengembangan kompetensi paling sedikit 20 JP per tahun bagi setiap PNS;",
            "Peraturan Lembaga Administrasi Negara tentang pengembangan kompetensi PNS dan PPPK;",
            f"Peraturan Bupati {KAB_SHORT} tentang Kedudukan, Susunan Organisasi, Tugas dan "
            f"Fungsi, serta Tata Kerja {SINGKAT};",
            "Peraturan Kepala Dinas Nomor 4 Tahun 2027 tentang Pedoman Pengembangan "
            f"Kompetensi Pegawai melalui Program {PROGRAM}.",
        ]
    )
    F.h2("1.3 Maksud dan Tujuan")
    F.p(
        "Panduan ini dimaksudkan sebagai pegangan praktis bagi pegawai, atasan langsung, PBU, "
        "dan TP-SAUH. Tujuannya agar setiap pegawai mengetahui kewajiban belajarnya, "
        "memilih kegiatan yang relevan dengan tugas, dan mencatat JP dengan benar."
    )
    F.p(
        "Indikator keberhasilan yang ditetapkan untuk tahun 2029 adalah sekurang-kurangnya 85% "
        "pegawai memenuhi target JP dan sekurang-kurangnya 75% LIHB disampaikan tepat waktu."
    )
    F.h2("1.4 Ruang Lingkup")
    F.p(
        "Panduan ini mengatur kelembagaan program, target dan kewajiban JP, bentuk "
        "pembelajaran dan konversinya, RPKI, katalog 2029, pencatatan dan verifikasi, "
        "evaluasi dan LIHB, tugas belajar dan izin belajar, serta pembiayaan dan penghargaan."
    )
    F.p(
        "Perlu ditegaskan bahwa panduan ini hanya mengatur pengembangan kompetensi pegawai. "
        "Layanan kepada masyarakat dan pelaku usaha, seperti penerbitan perizinan berusaha, "
        "pengawasan Laporan Kegiatan Penanaman Modal, penanganan pengaduan, dan promosi "
        "investasi, diatur dalam standar pelayanan dan prosedur masing-masing bidang."
    )

    # ---------------------------------------------------------------- BAB II
    F.chapter("BAB II", "PRINSIP PEMBELAJARAN")
    F.h2("2.1 Belajar dari Pekerjaan")
    F.p(
        f"{PROGRAM} memakai pendekatan 10:20:70. Kira-kira 10% pembelajaran diperoleh dari "
        "kelas, 20% dari orang lain melalui coaching, mentoring, dan komunitas belajar, dan 70% "
        "dari pengalaman menyelesaikan pekerjaan sehari-hari. Karena itu kegiatan nonklasikal "
        "tetap diakui sebagai JP sepanjang dapat dibuktikan."
    )
    F.h2("2.2 Tiga Jenis Kompetensi")
    F.p("Kegiatan belajar dikelompokkan menurut jenis kompetensi yang dikembangkan:")
    F.items(
        [
            "kompetensi teknis, yaitu pengetahuan dan keterampilan yang terkait langsung "
            "dengan bidang tugas, misalnya verifikasi perizinan atau analisis data investasi;",
            "kompetensi manajerial, misalnya kepemimpinan, pengambilan keputusan, dan "
            "pengembangan diri dan orang lain;",
            "kompetensi sosial kultural, yaitu kemampuan bekerja dengan masyarakat yang "
            "majemuk dan menjaga persatuan.",
        ],
        kind="al",
    )
    F.h2("2.3 Nilai Dasar")
    F.p(
        "Setiap kegiatan belajar diarahkan untuk memperkuat nilai dasar ASN BerAKHLAK: "
        "Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, dan "
        "Kolaboratif. Bagi pegawai yang melayani langsung pelaku usaha, nilai Berorientasi "
        "Pelayanan dan Akuntabel menjadi perhatian utama."
    )

    # ---------------------------------------------------------------- BAB III
    F.chapter("BAB III", "KELEMBAGAAN PROGRAM")
    F.h2("3.1 Tim Pengelola Program SAUH")
    F.p(
        "TP-SAUH ditetapkan dengan Keputusan Kepala Dinas setiap awal tahun. Sesuai "
        "Peraturan Kepala Dinas Nomor 4 Tahun 2027, TP-SAUH diketuai oleh Kepala Subbagian "
        "Umum dan Kepegawaian, dengan Analis SDM Aparatur sebagai sekretaris tim serta "
        "pranata komputer dan seluruh PBU sebagai anggota."
    )
    F.p("Tugas TP-SAUH meliputi:")
    F.items(
        [
            "menghimpun RPKI dan menyusun rencana kebutuhan belajar Dinas;",
            "menyusun dan mengumumkan katalog pembelajaran tahunan;",
            f"mengelola {OLD_APP} dan memverifikasi JP;",
            "memantau capaian JP per unit setiap bulan;",
            "menyusun laporan evaluasi tahunan kepada Kepala Dinas.",
        ]
    )
    F.h2("3.2 Penggerak Belajar Unit (PBU)")
    F.p(
        "Setiap unit kerja menunjuk satu orang PBU. Penunjukan dilakukan oleh kepala unit "
        "kerja untuk masa tugas 1 (satu) tahun dan dapat diperpanjang. PBU bukan atasan; "
        "ia teman belajar yang memastikan tidak ada pegawai tertinggal."
    )
    F.items(
        [
            "mengingatkan pegawai di unitnya untuk menyusun RPKI;",
            "meneruskan informasi katalog dan mendaftarkan peserta;",
            f"memeriksa kelengkapan bukti sebelum entri {OLD_APP} diverifikasi;",
            "menyampaikan rekap bulanan JP unit kepada kepala unit kerja;",
            "menjadi pemandu komunitas belajar Kopi Sore secara bergiliran.",
        ],
        kind="al",
    )
    F.h2("3.3 Peran Atasan Langsung")
    F.p(
        "Atasan langsung membahas kebutuhan belajar dalam dialog kinerja, memberi izin "
        "mengikuti kegiatan, memastikan hasil pelatihan diterapkan, dan memverifikasi LIHB. "
        "Atasan yang baik tidak hanya menandatangani formulir, tetapi juga memberi ruang "
        "bagi pegawai untuk mencoba hal baru."
    )
    F.h2("3.4 Kewajiban Pegawai")
    F.p(
        "Pegawai menyusun RPKI, mengikuti kegiatan sesuai rencana, mengunggah bukti tepat "
        "waktu, menyampaikan LIHB, dan berbagi pengetahuan dengan rekan kerja. Pegawai juga "
        "tetap memperbarui riwayat pelatihannya secara mandiri pada aplikasi kepegawaian "
        f"nasional (MyASN), karena {OLD_APP} tidak terhubung dengan aplikasi tersebut."
    )

    # ---------------------------------------------------------------- BAB IV
    F.chapter("BAB IV", "TARGET DAN KEWAJIBAN JP")
    F.h2("4.1 Target JP Tahunan")
    F.p(
        "Berdasarkan Pasal 5 Peraturan Kepala Dinas Nomor 4 Tahun 2027, target pengembangan "
        "kompetensi setiap tahun adalah sebagai berikut:"
    )
    F.table(
        ["Kelompok pegawai", "Target per tahun", "Keterangan"],
        [
            ["PNS (struktural, fungsional, dan pelaksana)", "20 JP", "sama untuk semua PNS"],
            ["PPPK", "12 JP", "dihitung per tahun masa perjanjian kerja"],
        ],
        [70, 35, 55],
        size=9.5,
        lh=4.6,
    )
    F.h2("4.2 Porsi Kompetensi Teknis")
    F.p(
        "Paling sedikit 50% dari JP yang dicapai pegawai dalam satu tahun harus berasal dari "
        "kegiatan pengembangan kompetensi teknis. Ketentuan ini mencegah target JP terpenuhi "
        "hanya dari kegiatan umum yang tidak terkait langsung dengan tugas.\u00b2",
        note=[
            (
                "\u00b2",
                "Contoh: PNS dengan capaian 20 JP harus memiliki sekurang-kurangnya 10 JP dari "
                "kegiatan teknis.",
            )
        ],
    )
    F.h2("4.3 Pengecualian dan Penyesuaian Target")
    F.items(
        [
            "Pegawai yang sedang menjalani tugas belajar dianggap memenuhi target JP.",
            "Pegawai yang mulai bertugas di Dinas setelah tanggal 30 September tidak dikenai "
            "target JP pada tahun tersebut.",
            "Pegawai yang menjalani cuti besar, cuti melahirkan, atau cuti di luar tanggungan "
            "negara lebih dari 3 bulan diberi target yang dihitung secara proporsional.",
        ]
    )
    F.h2("4.4 Konsekuensi Tidak Memenuhi Target")
    F.p(
        "Pegawai yang tidak memenuhi target JP pada akhir tahun diberi teguran lisan oleh "
        "atasan langsung dan dicatat oleh TP-SAUH. Teguran ini bukan hukuman disiplin, "
        "melainkan pengingat agar rencana belajar tahun berikutnya disusun lebih realistis."
    )

    # ---------------------------------------------------------------- BAB V
    F.chapter("BAB V", "BENTUK PEMBELAJARAN DAN KONVERSI JP")
    F.h2("5.1 Pembelajaran Klasikal")
    F.p(
        "Pembelajaran klasikal meliputi pelatihan struktural kepemimpinan, pelatihan "
        "manajerial, pelatihan teknis, pelatihan fungsional, seminar, workshop, kursus, "
        "penataran, bimbingan teknis, dan sosialisasi. JP pelatihan klasikal dihitung sesuai "
        "jumlah JP yang tertulis pada sertifikat; satu JP setara dengan 45 menit."
    )
    F.h2("5.2 Pembelajaran Nonklasikal")
    F.p(
        "Pembelajaran nonklasikal meliputi coaching, mentoring, e-learning, pelatihan jarak "
        "jauh, detasering, patok banding, magang, belajar mandiri, dan komunitas belajar. "
        "Karena tidak semua kegiatan ini menghasilkan sertifikat, JP-nya dihitung dengan tabel "
        "konversi berikut."
    )
    F.h2("5.3 Tabel Konversi JP")
    F.table(
        ["No", "Kegiatan", "Konversi JP", "Batas per tahun"],
        [[str(i), k[0], k[1], k[2]] for i, k in enumerate(KONVERSI, 1)],
        [9, 70, 45, 30],
        caption="Tabel 5.1 Konversi JP menurut Peraturan Kepala Dinas Nomor 4 Tahun 2027",
        size=9,
        lh=4.4,
    )
    F.p(
        "Bukti untuk kegiatan nonklasikal berupa sertifikat, surat keterangan penyelenggara, "
        "lembar sesi yang ditandatangani coach atau mentor, atau resume yang disetujui atasan "
        "langsung. Kegiatan yang sama tidak boleh dicatat dua kali walaupun buktinya berbeda."
    )
    F.h2("5.4 Contoh Penghitungan")
    F.p(
        "Seorang pranata komputer PNS mengikuti pelatihan Visualisasi Data dan Dasbor "
        "Perizinan (24 JP), lima sesi coaching, empat webinar, dan e-learning keamanan "
        "informasi selama enam hari. Coaching lima sesi bernilai 10 JP, tetapi yang diakui "
        "hanya 8 JP karena batas tahunan. Empat webinar bernilai 8 JP dan diakui 6 JP. "
        "E-learning diakui paling banyak 2 JP per hari sehingga bernilai 12 JP, lalu dibatasi "
        "menjadi 10 JP. Total JP yang diakui adalah 48 JP."
    )

    # ---------------------------------------------------------------- BAB VI
    F.chapter("BAB VI", "RENCANA PENGEMBANGAN KOMPETENSI INDIVIDU")
    F.h2("6.1 Pengertian")
    F.p(
        "RPKI adalah rencana belajar satu tahun yang disusun oleh setiap pegawai berdasarkan "
        "kesenjangan kompetensi dan kesenjangan kinerja. RPKI memuat kegiatan yang akan "
        "diikuti, jenis kompetensi, perkiraan JP, waktu, dan dukungan yang dibutuhkan."
    )
    F.h2("6.2 Langkah Penyusunan")
    F.items(
        [
            "Pegawai membaca kembali SKP dan hasil penilaian kinerja tahun sebelumnya.",
            "Pegawai mengisi bagian analisis kesenjangan pada formulir RPKI (Lampiran I).",
            "Pegawai memilih kegiatan dari katalog atau mengusulkan kegiatan lain.",
            "Pegawai dan atasan langsung membahas RPKI dalam dialog kinerja.",
            "RPKI disetujui dan ditandatangani oleh kepala unit kerja, yaitu Kepala Bidang, "
            "Sekretaris untuk pegawai Sekretariat, atau Kepala UPT untuk pegawai UPT MPP.",
            "PBU menghimpun RPKI unitnya dan menyerahkannya kepada TP-SAUH.",
        ]
    )
    F.h2("6.3 Tenggat RPKI")
    F.p(
        "RPKI disampaikan kepada TP-SAUH paling lambat tanggal 31 Maret tahun berjalan. "
        "Pegawai yang belum menyampaikan RPKI sampai tanggal tersebut tetap wajib memenuhi "
        "target JP, tetapi tidak diprioritaskan dalam pembagian kursi pelatihan."
    )
    F.h2("6.4 Perubahan RPKI")
    F.p(
        "RPKI dapat diubah satu kali dalam setahun apabila terjadi mutasi, perubahan tugas, "
        "atau pembatalan pelatihan oleh penyelenggara. Perubahan disampaikan paling lambat "
        "tanggal 31 Juli dengan persetujuan pejabat yang sama."
    )

    # ---------------------------------------------------------------- BAB VII
    F.chapter("BAB VII", "KATALOG PEMBELAJARAN 2029")
    F.p(
        "Katalog berikut disusun dari RPKI tahun 2028 dan usulan kepala unit kerja. Kegiatan "
        "di luar katalog tetap dapat diikuti sepanjang relevan dengan tugas dan disetujui "
        "atasan langsung. Pendaftaran kegiatan katalog dilakukan melalui PBU paling lambat 10 "
        "hari kerja sebelum kegiatan dimulai."
    )
    F.table(
        [
            "Kode",
            "Nama kegiatan",
            "Jenis",
            "Bentuk",
            "JP",
            "Waktu",
            "Penyelenggara",
            "Sasaran",
        ],
        KATALOG,
        [23, 34, 18, 20, 8, 19, 26, 21],
        caption="Tabel 7.1 Katalog Pembelajaran SAUH 2029",
        size=7.3,
        lh=3.6,
    )
    F.p(
        "Kursi pelatihan in-house dibagi rata antarunit. Setiap unit kerja mendapat paling "
        "banyak 4 kursi per angkatan, kecuali untuk pelatihan yang sasarannya khusus satu "
        "bidang. Pegawai yang sudah memenuhi target JP dapat tetap mendaftar, tetapi "
        "diletakkan pada daftar tunggu."
    )

    # ---------------------------------------------------------------- BAB VIII
    F.chapter("BAB VIII", f"PENCATATAN DAN VERIFIKASI JP PADA {OLD_APP}")
    F.h2(f"8.1 Mengenal {OLD_APP}")
    F.p(
        f"{OLD_APP} adalah lembar kerja daring yang disediakan untuk setiap unit kerja. "
        "Setiap pegawai memiliki satu baris per kegiatan, berisi nama kegiatan, tanggal, "
        "penyelenggara, jenis kompetensi, JP, dan tautan bukti. Tautan akses dibagikan oleh "
        "PBU dan hanya dapat dibuka dengan akun pos-el dinas."
    )
    F.h2("8.2 Langkah Pencatatan")
    F.items(
        [
            "Pindai sertifikat atau bukti kegiatan dalam format PDF.",
            "Simpan berkas pada folder bukti unit dengan nama NIP_tanggal_kegiatan.",
            f"Isi satu baris baru pada {OLD_APP} dan tempelkan tautan berkas bukti.",
            "Beri tanda pada kolom Status: Diajukan.",
            "PBU memeriksa kelengkapan dan mengubah status menjadi Diperiksa.",
            "Kepala Subbagian Umum dan Kepegawaian memverifikasi dan mengubah status "
            "menjadi Terverifikasi.",
        ]
    )
    F.h2("8.3 Tenggat Pencatatan")
    F.p(
        "Bukti kegiatan dicatat paling lambat 14 (empat belas) hari kalender setelah kegiatan "
        "selesai. Input tahunan ditutup pada tanggal 20 Desember; kegiatan yang selesai "
        "setelah tanggal itu dicatat sebagai JP tahun berikutnya.\u00b3",
        note=[
            (
                "\u00b3",
                "Penutupan input tanggal 20 Desember memberi waktu bagi TP-SAUH untuk "
                "menyusun rekap sebelum libur akhir tahun.",
            )
        ],
    )
    F.h2("8.4 Verifikasi")
    F.p(
        "Verifikasi JP dilakukan oleh Kepala Subbagian Umum dan Kepegawaian paling lambat 5 "
        "hari kerja setelah entri berstatus Diperiksa. Entri yang tidak lengkap dikembalikan "
        "kepada pegawai melalui PBU disertai catatan. Rekap JP tahunan ditandatangani oleh "
        "Kepala Subbagian Umum dan Kepegawaian dan dilaporkan kepada Kepala Dinas."
    )

    # ---------------------------------------------------------------- BAB IX
    F.chapter("BAB IX", "EVALUASI DAN LAPORAN IMPLEMENTASI HASIL BELAJAR")
    F.h2("9.1 Empat Tingkat Evaluasi")
    F.p(
        "Evaluasi pembelajaran di lingkungan Dinas mengadaptasi model empat tingkat: reaksi "
        "peserta terhadap pelatihan, hasil belajar yang diukur dengan pre-test dan post-test, "
        "perubahan perilaku kerja yang diamati atasan, dan dampak terhadap kinerja unit."
    )
    F.h2("9.2 Kehadiran dan Kelulusan")
    F.p(
        "Untuk pelatihan in-house, sertifikat hanya diberikan kepada peserta dengan "
        "kehadiran paling sedikit 80% dan nilai post-test paling rendah 65. Peserta yang tidak "
        "memenuhi syarat tersebut memperoleh surat keterangan mengikuti pelatihan; JP-nya "
        "dihitung setengah dari JP pelatihan."
    )
    F.h2("9.3 Sertifikat Layanan Prima")
    F.p(
        "Pegawai yang lulus Pelatihan Layanan Prima dan Etika Front Office memperoleh "
        "Sertifikat Layanan Prima SAUH yang berlaku selama 2 (dua) tahun. Petugas front office "
        "di UPT MPP dan Bidang Yanzin wajib memiliki sertifikat yang masih berlaku."
    )
    F.h2("9.4 Laporan Implementasi Hasil Belajar (LIHB)")
    F.p(
        "Pegawai yang mengikuti pelatihan klasikal paling sedikit 16 JP wajib menyampaikan "
        "LIHB paling lambat 30 (tiga puluh) hari kalender setelah pelatihan selesai. LIHB "
        "diverifikasi oleh atasan langsung dan memuat:"
    )
    F.items(
        [
            "identitas pelatihan: nama, penyelenggara, tanggal, dan JP;",
            "tiga pelajaran terpenting yang diperoleh;",
            "rencana tindak lanjut beserta target dan jadwalnya;",
            "hal yang sudah diterapkan dan buktinya;",
            "kendala yang dihadapi serta dukungan yang dibutuhkan;",
            "catatan dan tanda tangan atasan langsung.",
        ],
        kind="al",
    )

    # ---------------------------------------------------------------- BAB X
    F.chapter("BAB X", "TUGAS BELAJAR DAN IZIN BELAJAR")
    F.h2("10.1 Tugas Belajar")
    F.p(
        "Tugas belajar adalah penugasan PNS untuk menempuh pendidikan formal dengan "
        "dibebaskan dari tugas jabatan dan dibiayai oleh pemerintah atau sponsor. Kuota tugas "
        "belajar yang dibiayai Dinas paling banyak 2 (dua) orang per tahun."
    )
    F.p("Persyaratan calon pegawai tugas belajar:")
    F.items(
        [
            "PNS dengan masa kerja paling sedikit 2 tahun;",
            "berusia paling tinggi 37 tahun untuk program magister dan 40 tahun untuk program "
            "doktor;",
            "predikat kinerja paling rendah Baik dalam 2 tahun terakhir;",
            "program studi sesuai dengan kebutuhan Dinas;",
            "bersedia menjalani ikatan dinas selama dua kali masa studi (2n).",
        ],
        kind="al",
    )
    F.h2("10.2 Izin Belajar")
    F.p(
        "Izin belajar diberikan kepada PNS yang menempuh pendidikan dengan biaya sendiri di "
        "luar jam kerja. Izin diajukan kepada Kepala Dinas melalui Sekretaris. Izin belajar "
        "tidak otomatis berarti penyesuaian ijazah atau kenaikan pangkat."
    )
    F.h2("10.3 Perbedaan Tugas Belajar dan Izin Belajar")
    F.table(
        ["Aspek", "Tugas belajar", "Izin belajar"],
        [
            ["Biaya", "Pemerintah atau sponsor", "Pegawai sendiri"],
            ["Waktu kuliah", "Dibebaskan dari tugas jabatan", "Di luar jam kerja"],
            ["Ikatan dinas", "Dua kali masa studi (2n)", "Tidak ada"],
            ["Pengakuan JP", "20 JP per semester", "Tidak dihitung sebagai JP"],
        ],
        [30, 60, 60],
        size=9.3,
        lh=4.5,
    )

    # ---------------------------------------------------------------- BAB XI
    F.chapter("BAB XI", "PEMBIAYAAN DAN PENGHARGAAN")
    F.h2("11.1 Sumber Dana")
    F.p(
        f"Kegiatan {PROGRAM} dibiayai dari APBD Kabupaten melalui Dokumen Pelaksanaan Anggaran "
        "Dinas, sub kegiatan pengembangan kompetensi pegawai. Kegiatan yang dibiayai pihak lain "
        "tetap dapat diikuti dengan izin atasan."
    )
    F.h2("11.2 Satuan Biaya")
    F.table(
        ["Uraian", "Besaran", "Keterangan"],
        [
            ["Honor narasumber internal (ASN Dinas)", "Rp300.000 per JP", "dipotong pajak"],
            ["Uang transport peserta in-house", "Rp100.000 per hari", "peserta dalam kabupaten"],
            ["Konsumsi pelatihan in-house", "Rp65.000 per orang per hari", "makan dan kudapan"],
        ],
        [60, 45, 50],
        size=9.3,
        lh=4.5,
    )
    F.h2("11.3 Pembelajar Teladan")
    F.p(
        "Setiap tahun Kepala Dinas menetapkan 1 (satu) orang Pembelajar Teladan dari seluruh "
        "pegawai. Pembelajar Teladan menerima piagam dan uang pembinaan sebesar Rp1.500.000. "
        "Penilaian mempertimbangkan capaian JP, ketepatan LIHB, dan kontribusi berbagi "
        "pengetahuan kepada rekan kerja."
    )

    # ---------------------------------------------------------------- BAB XII
    F.chapter("BAB XII", "PENUTUP")
    F.p(
        "Panduan ini berlaku untuk tahun 2029 dan akan ditinjau setiap tahun. Hal-hal yang "
        "belum diatur dalam panduan ini diputuskan oleh Ketua TP-SAUH setelah berkonsultasi "
        "dengan Sekretaris."
    )
    F.p(
        "Belajar adalah bagian dari pekerjaan, bukan tambahan di luar pekerjaan. Mari "
        "menjadikan setiap layanan kepada pelaku usaha sebagai kesempatan belajar."
    )

    # ---------------------------------------------------------------- LAMPIRAN I
    F.chapter("LAMPIRAN I", "FORMAT RENCANA PENGEMBANGAN KOMPETENSI INDIVIDU")
    F.kv(
        [
            ("Nama / NIP", "...................................................."),
            ("Jabatan / unit kerja", "...................................................."),
            ("Tahun", "2029"),
            ("Target JP", "20 JP (PNS) / 12 JP (PPPK)"),
        ]
    )
    F.table(
        ["No", "Kompetensi yang dikembangkan", "Kegiatan", "Kode katalog", "Perkiraan JP"],
        [["1", "", "", "", ""], ["2", "", "", "", ""], ["3", "", "", "", ""]],
        [10, 50, 50, 25, 20],
        size=9,
    )
    F.p("Disetujui oleh kepala unit kerja: ........................  Tanggal: ..........")

    # ---------------------------------------------------------------- LAMPIRAN II
    F.chapter("LAMPIRAN II", "FORMAT LAPORAN IMPLEMENTASI HASIL BELAJAR")
    F.kv(
        [
            ("Nama pelatihan", "...................................................."),
            ("Penyelenggara / tanggal", "...................................................."),
            ("Jumlah JP", "..........."),
        ]
    )
    F.items(
        [
            "Tiga pelajaran terpenting",
            "Rencana tindak lanjut (kegiatan, target, jadwal, indikator)",
            "Hal yang sudah diterapkan dan buktinya",
            "Kendala dan dukungan yang dibutuhkan",
            "Catatan atasan langsung",
        ]
    )
    F.p("LIHB paling banyak 3 halaman dan dikirim dalam format PDF.", italic=True)

    # ---------------------------------------------------------------- LAMPIRAN III
    F.chapter("LAMPIRAN III", f"KALENDER PROGRAM {PROGRAM} 2029")
    F.table(["Bulan", "Kegiatan utama"], KALENDER_2029, [30, 120], size=9.3, lh=4.6)
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    return F.marks


# ============================================================================ regulations (PDF)
def _reg_head(F, nomor, tahun, tentang):
    F.center(f"PERATURAN KEPALA {DINAS.upper()}", 11.5)
    F.center(KAB.upper(), 11.5)
    F.center(f"NOMOR {nomor} TAHUN {tahun}", 11.5)
    F.pdf.ln(3)
    F.center("TENTANG", 11)
    F.center(tentang.upper(), 11)
    F.pdf.ln(3)
    F.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", 10.5)
    F.pdf.ln(1)
    F.center(f"KEPALA {DINAS.upper()}\n{KAB.upper()},", 10.5)
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


OLD_TENTANG = f"Pedoman Pengembangan Kompetensi Pegawai melalui Program {PROGRAM}"
NEW_TENTANG = f"Program {PROGRAM_LONG} ({PROGRAM})"


def _defs(new):
    app = (
        f"{SISTEM_LONG} yang selanjutnya disebut {SISTEM} adalah aplikasi berbasis web untuk "
        "perencanaan, pencatatan, verifikasi, dan pelaporan pengembangan kompetensi Pegawai."
        if new
        else f"{OLD_APP_LONG} yang selanjutnya disebut {OLD_APP} adalah lembar kerja daring "
        "untuk mencatat kegiatan belajar dan JP Pegawai."
    )
    items = [
        f"Dinas adalah {DINAS} {KAB}.",
        f"Kepala Dinas adalah Kepala {DINAS} {KAB}.",
        "Sekretaris adalah Sekretaris Dinas.",
        "Pegawai adalah Pegawai Negeri Sipil (PNS) dan Pegawai Pemerintah dengan Perjanjian "
        "Kerja (PPPK) yang bekerja di lingkungan Dinas.",
        f"Program {PROGRAM_LONG} yang selanjutnya disebut Program {PROGRAM} adalah program "
        "pengembangan kompetensi Pegawai di lingkungan Dinas.",
        "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pembelajaran "
        "selama 45 (empat puluh lima) menit.",
        "Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah "
        "rencana pengembangan kompetensi Pegawai selama 1 (satu) tahun.",
        "Penggerak Belajar Unit yang selanjutnya disingkat PBU adalah Pegawai yang ditunjuk "
        "kepala unit kerja untuk menggerakkan dan mendampingi kegiatan belajar di unitnya.",
        "Laporan Implementasi Hasil Belajar yang selanjutnya disingkat LIHB adalah laporan "
        "Pegawai mengenai penerapan hasil pelatihan di tempat kerja.",
        f"Tim Pengelola Program {PROGRAM} yang selanjutnya disebut TP-SAUH adalah tim yang "
        f"ditetapkan Kepala Dinas untuk mengelola Program {PROGRAM}.",
        app,
    ]
    if new:
        items += [
            "Verifikator JP adalah Pegawai yang ditunjuk Sekretaris untuk memeriksa kebenaran "
            "bukti dan menetapkan jumlah JP yang diakui.",
            "Rencana Pemenuhan JP yang selanjutnya disingkat RPJ adalah rencana tertulis "
            "Pegawai yang belum memenuhi target JP untuk menutup kekurangan JP-nya.",
        ]
    return ("Dalam Peraturan ini yang dimaksud dengan:", items)


def _reg_old():
    yield ("bab", "I", "KETENTUAN UMUM")
    yield ("pasal", _defs(False))
    yield ("bab", "II", "MAKSUD DAN TUJUAN")
    yield (
        "pasal",
        [
            "Peraturan ini dimaksudkan sebagai pedoman pelaksanaan pengembangan kompetensi "
            "Pegawai di lingkungan Dinas.",
            f"Program {PROGRAM} bertujuan meningkatkan kompetensi teknis, manajerial, dan "
            "sosial kultural Pegawai dalam memberikan pelayanan perizinan dan penanaman modal.",
        ],
    )
    yield ("bab", "III", "PENGELOLA")
    yield (
        "pasal",
        [
            "Kepala Dinas menetapkan TP-SAUH setiap awal tahun.",
            "TP-SAUH diketuai oleh Kepala Subbagian Umum dan Kepegawaian.",
            "Anggota TP-SAUH terdiri atas Analis Sumber Daya Manusia Aparatur, pranata "
            "komputer, dan seluruh PBU.",
        ],
    )
    yield (
        "pasal",
        [
            "Setiap unit kerja memiliki 1 (satu) orang PBU.",
            "PBU ditunjuk oleh kepala unit kerja untuk masa tugas 1 (satu) tahun dan dapat "
            "ditunjuk kembali.",
        ],
    )
    yield ("bab", "IV", "TARGET JP")
    yield (
        "pasal",
        [
            (
                "Setiap Pegawai wajib mengikuti pengembangan kompetensi dengan target paling "
                "sedikit:",
                [
                    f"{angka(20)} JP per tahun bagi PNS; dan",
                    f"{angka(12)} JP per tahun bagi PPPK.",
                ],
            ),
            "Paling sedikit 50% (lima puluh persen) dari JP yang dicapai dalam 1 (satu) tahun "
            "berasal dari pengembangan kompetensi teknis.",
        ],
    )
    yield (
        "pasal",
        [
            "Pegawai yang menjalani tugas belajar dianggap telah memenuhi target JP.",
            "Pegawai yang mulai bertugas di Dinas setelah tanggal 30 September tidak dikenai "
            "target JP pada tahun berjalan.",
            "Pegawai yang menjalani cuti lebih dari 3 (tiga) bulan diberi target JP secara "
            "proporsional.",
        ],
    )
    yield ("bab", "V", "BENTUK PEMBELAJARAN DAN KONVERSI JP")
    yield (
        "pasal",
        "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan nonklasikal.",
    )
    yield (
        "pasal",
        [
            "JP kegiatan klasikal dihitung sesuai sertifikat.",
            "JP kegiatan nonklasikal dihitung menurut tabel konversi sebagaimana tercantum "
            "dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan ini.",
        ],
    )
    yield ("bab", "VI", "RENCANA PENGEMBANGAN KOMPETENSI INDIVIDU")
    yield (
        "pasal",
        [
            "Setiap Pegawai menyusun RPKI bersama atasan langsung.",
            "RPKI disetujui oleh kepala unit kerja.",
            "RPKI disampaikan kepada TP-SAUH paling lambat tanggal 31 Maret tahun berjalan.",
        ],
    )
    yield ("bab", "VII", "PENCATATAN DAN VERIFIKASI")
    yield (
        "pasal",
        [
            f"Pegawai mencatat kegiatan dan mengunggah bukti pada {OLD_APP} paling lambat "
            f"{angka(14)} hari kalender setelah kegiatan selesai.",
            "Verifikasi JP dilakukan oleh Kepala Subbagian Umum dan Kepegawaian.",
        ],
    )
    yield (
        "pasal",
        [
            f"Input {OLD_APP} untuk tahun berjalan ditutup pada tanggal 20 Desember.",
            "Rekap JP tahunan ditandatangani oleh Kepala Subbagian Umum dan Kepegawaian dan "
            "dilaporkan kepada Kepala Dinas.",
        ],
    )
    yield ("bab", "VIII", "EVALUASI")
    yield (
        "pasal",
        [
            "Sertifikat pelatihan in-house diberikan kepada peserta dengan kehadiran paling "
            "sedikit 80% (delapan puluh persen) dan nilai post-test paling rendah 65 (enam "
            "puluh lima).",
            "Sertifikat Layanan Prima SAUH berlaku selama 2 (dua) tahun sejak tanggal terbit.",
        ],
    )
    yield (
        "pasal",
        "Pegawai yang mengikuti pelatihan klasikal paling sedikit 16 JP menyampaikan LIHB "
        f"paling lambat {angka(30)} hari kalender setelah pelatihan selesai.",
    )
    yield ("bab", "IX", "TUGAS BELAJAR DAN IZIN BELAJAR")
    yield (
        "pasal",
        [
            "Kuota tugas belajar yang dibiayai Dinas paling banyak 2 (dua) orang per tahun.",
            (
                "Calon Pegawai tugas belajar harus memenuhi persyaratan:",
                [
                    "PNS dengan masa kerja paling sedikit 2 (dua) tahun;",
                    "berusia paling tinggi 37 (tiga puluh tujuh) tahun untuk program magister "
                    "dan 40 (empat puluh) tahun untuk program doktor; dan",
                    "predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir.",
                ],
            ),
        ],
    )
    yield (
        "pasal",
        "Izin belajar diajukan kepada Kepala Dinas melalui Sekretaris dan dilaksanakan di luar "
        "jam kerja dengan biaya sendiri.",
    )
    yield ("bab", "X", "PEMBIAYAAN")
    yield (
        "pasal",
        [
            f"Program {PROGRAM} dibiayai dari Anggaran Pendapatan dan Belanja Daerah.",
            "Honor narasumber internal ditetapkan sebesar Rp300.000 per JP.",
            "Uang transport peserta pelatihan in-house ditetapkan sebesar Rp100.000 per hari.",
            "Kuota kursi pelatihan in-house paling banyak 4 (empat) orang per unit kerja "
            "untuk setiap angkatan.",
        ],
    )
    yield ("bab", "XI", "PENGHARGAAN DAN TINDAK LANJUT")
    yield (
        "pasal",
        "Kepala Dinas menetapkan 1 (satu) orang Pembelajar Teladan setiap tahun yang diberi "
        "piagam dan uang pembinaan sebesar Rp1.500.000 (satu juta lima ratus ribu rupiah).",
    )
    yield (
        "pasal",
        "Pegawai yang tidak memenuhi target JP diberi teguran lisan oleh atasan langsung.",
    )
    yield ("bab", "XII", "KETENTUAN PENUTUP")
    yield ("pasal", "Peraturan ini mulai berlaku pada tanggal ditetapkan.")


def _reg_new():
    yield ("bab", "I", "KETENTUAN UMUM")
    yield ("pasal", _defs(True))
    yield ("bab", "II", "MAKSUD, TUJUAN, DAN RUANG LINGKUP")
    yield (
        "pasal",
        [
            f"Peraturan ini dimaksudkan sebagai dasar pelaksanaan Program {PROGRAM} yang "
            "terencana, terukur, dan terintegrasi.",
            f"Program {PROGRAM} bertujuan membangun kebiasaan belajar berkelanjutan agar "
            "Pegawai mampu memberikan pelayanan perizinan dan penanaman modal yang cepat, "
            "pasti, dan berintegritas.",
        ],
    )
    yield (
        "pasal",
        (
            "Ruang lingkup Peraturan ini meliputi:",
            [
                "kelembagaan;",
                "kewajiban dan target JP;",
                "bentuk pembelajaran dan konversi JP;",
                "RPKI;",
                "pencatatan dan verifikasi;",
                "evaluasi dan tindak lanjut hasil pembelajaran;",
                "tugas belajar dan izin belajar;",
                "pembiayaan, penghargaan, dan konsekuensi.",
            ],
        ),
    )
    yield ("bab", "III", "KELEMBAGAAN")
    yield (
        "pasal",
        [
            "Kepala Dinas menetapkan TP-SAUH setiap awal tahun.",
            "TP-SAUH diketuai oleh Sekretaris.",
            "Kepala Subbagian Umum dan Kepegawaian bertindak sebagai sekretaris TP-SAUH.",
            "Anggota TP-SAUH terdiri atas Analis Sumber Daya Manusia Aparatur, Verifikator "
            "JP, pranata komputer pengelola SI-KEMUDI, dan seluruh PBU.",
        ],
    )
    yield (
        "pasal",
        [
            "Setiap unit kerja memiliki 1 (satu) orang PBU.",
            "PBU ditunjuk oleh kepala unit kerja untuk masa tugas 2 (dua) tahun dan dapat "
            "ditunjuk kembali untuk 1 (satu) kali masa tugas berikutnya.",
            (
                "PBU bertugas:",
                [
                    "mendampingi Pegawai menyusun RPKI;",
                    "menyebarkan informasi kegiatan pembelajaran;",
                    f"memeriksa kelengkapan bukti pada {SISTEM}; dan",
                    "menyampaikan rekap bulanan JP kepada kepala unit kerja.",
                ],
            ),
        ],
    )
    yield (
        "pasal",
        [
            "Sekretaris menunjuk paling sedikit 2 (dua) orang Verifikator JP.",
            "Verifikator JP memeriksa kebenaran bukti dan menetapkan jumlah JP yang diakui "
            "sesuai tabel konversi.",
        ],
    )
    yield ("bab", "IV", "KEWAJIBAN DAN TARGET JP")
    yield (
        "pasal",
        [
            "Setiap Pegawai wajib mengembangkan kompetensinya melalui pembelajaran berkelanjutan.",
            (
                "Target JP setiap tahun ditetapkan sebagai berikut:",
                [
                    f"PNS yang menduduki jabatan fungsional paling sedikit {angka(30)} JP;",
                    f"PNS selain sebagaimana dimaksud pada huruf a paling sedikit {angka(24)} "
                    "JP; dan",
                    f"PPPK paling sedikit {angka(16)} JP.",
                ],
            ),
            "Paling sedikit 60% (enam puluh persen) dari JP yang dicapai dalam 1 (satu) tahun "
            "berasal dari pengembangan kompetensi teknis.",
            "Pengembangan kompetensi PPPK yang dibiayai anggaran Dinas paling banyak 24 (dua "
            "puluh empat) JP dalam 1 (satu) tahun masa perjanjian kerja.",
        ],
    )
    yield (
        "pasal",
        [
            "Pegawai yang menjalani tugas belajar dianggap telah memenuhi target JP.",
            "Pegawai yang mulai bertugas di Dinas setelah tanggal 30 Juni dikenai target "
            "sebesar 50% (lima puluh persen) dari target tahunan.",
            "Pegawai yang menjalani cuti besar, cuti melahirkan, atau cuti di luar tanggungan "
            "negara lebih dari 3 (tiga) bulan diberi target JP secara proporsional.",
        ],
    )
    yield ("bab", "V", "BENTUK PEMBELAJARAN DAN KONVERSI JP")
    yield (
        "pasal",
        [
            "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan nonklasikal.",
            "Jalur klasikal meliputi pelatihan, seminar, workshop, kursus, bimbingan teknis, "
            "dan sosialisasi.",
            "Jalur nonklasikal meliputi coaching, mentoring, e-learning, detasering, patok "
            "banding, magang, belajar mandiri, dan komunitas belajar.",
        ],
    )
    yield (
        "pasal",
        [
            "JP kegiatan klasikal dihitung sesuai sertifikat.",
            "JP kegiatan nonklasikal dihitung menurut tabel konversi sebagaimana tercantum "
            "dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan ini.",
            "Kelebihan JP pada suatu tahun tidak dapat dialihkan ke tahun berikutnya.",
        ],
    )
    yield ("bab", "VI", "RENCANA PENGEMBANGAN KOMPETENSI INDIVIDU")
    yield (
        "pasal",
        [
            "Setiap Pegawai menyusun RPKI bersama atasan langsung dalam dialog kinerja.",
            "RPKI disetujui oleh atasan langsung.",
            f"RPKI diunggah melalui {SISTEM} paling lambat tanggal 28 Februari tahun berjalan.",
            "TP-SAUH menghimpun RPKI menjadi rencana pengembangan kompetensi Dinas paling "
            "lambat tanggal 31 Maret.",
        ],
    )
    yield ("bab", "VII", "PENCATATAN DAN VERIFIKASI")
    yield (
        "pasal",
        [
            f"Pegawai mengunggah bukti kegiatan pada {SISTEM} paling lambat {angka(7)} hari "
            "kerja setelah kegiatan selesai.",
            "PBU memeriksa kelengkapan bukti paling lambat 2 (dua) hari kerja.",
            "Verifikator JP menyelesaikan verifikasi paling lambat 3 (tiga) hari kerja "
            "setelah bukti dinyatakan lengkap oleh PBU.",
            "Bukti kegiatan yang selesai lebih dari 60 (enam puluh) hari kalender sebelum "
            "tanggal unggah hanya diproses dengan persetujuan Sekretaris.",
        ],
    )
    yield (
        "pasal",
        [
            f"Input {SISTEM} untuk tahun berjalan ditutup pada tanggal 10 Desember.",
            "Rekap JP tahunan disahkan oleh Sekretaris paling lambat tanggal 17 Desember.",
        ],
    )
    yield ("bab", "VIII", "EVALUASI DAN TINDAK LANJUT HASIL PEMBELAJARAN")
    yield (
        "pasal",
        [
            "Sertifikat pelatihan in-house diberikan kepada peserta dengan kehadiran paling "
            "sedikit 90% (sembilan puluh persen) dan nilai post-test paling rendah 70 (tujuh "
            "puluh).",
            "Sertifikat Layanan Prima SAUH berlaku selama 3 (tiga) tahun sejak tanggal terbit.",
        ],
    )
    yield (
        "pasal",
        [
            "Pegawai yang mengikuti pelatihan klasikal paling sedikit 16 JP menyampaikan LIHB "
            f"paling lambat {angka(21)} hari kalender setelah pelatihan selesai.",
            "LIHB diverifikasi oleh atasan langsung.",
        ],
    )
    yield ("bab", "IX", "TUGAS BELAJAR DAN IZIN BELAJAR")
    yield (
        "pasal",
        [
            "Kuota tugas belajar yang dibiayai Dinas paling banyak 3 (tiga) orang per tahun.",
            (
                "Calon Pegawai tugas belajar harus memenuhi persyaratan:",
                [
                    "PNS dengan masa kerja paling sedikit 2 (dua) tahun;",
                    "berusia paling tinggi 40 (empat puluh) tahun untuk program magister dan "
                    "45 (empat puluh lima) tahun untuk program doktor;",
                    "predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir; dan",
                    "bersedia menjalani ikatan dinas selama dua kali masa studi.",
                ],
            ),
        ],
    )
    yield (
        "pasal",
        "Izin belajar diajukan kepada Kepala Dinas melalui Sekretaris dan dilaksanakan di luar "
        "jam kerja dengan biaya sendiri.",
    )
    yield ("bab", "X", "PEMBIAYAAN")
    yield (
        "pasal",
        [
            f"Program {PROGRAM} dibiayai dari Anggaran Pendapatan dan Belanja Daerah.",
            "Honor narasumber internal ditetapkan sebesar Rp350.000 per JP.",
            "Uang transport peserta pelatihan in-house ditetapkan sebesar Rp125.000 per hari.",
            "Kuota kursi pelatihan in-house paling banyak 6 (enam) orang per unit kerja "
            "untuk setiap angkatan.",
        ],
    )
    yield ("bab", "XI", "PENGHARGAAN DAN KONSEKUENSI")
    yield (
        "pasal",
        [
            "Kepala Dinas menetapkan 3 (tiga) orang Pembelajar Teladan setiap tahun, masing-"
            "masing 1 (satu) orang dari kelompok PNS jabatan fungsional, PNS lainnya, dan "
            "PPPK.",
            "Setiap Pembelajar Teladan diberi piagam dan uang pembinaan sebesar Rp2.000.000 "
            "(dua juta rupiah).",
        ],
    )
    yield (
        "pasal",
        [
            "Pegawai yang tidak memenuhi target JP wajib menyusun RPJ paling lambat 14 "
            "(empat belas) hari kerja setelah rekap JP tahunan disahkan.",
            "Pegawai sebagaimana dimaksud pada ayat (1) diprioritaskan mengikuti pelatihan "
            "in-house pada triwulan I tahun berikutnya.",
        ],
    )
    yield ("bab", "XII", "KETENTUAN PERALIHAN")
    yield (
        "pasal",
        [
            "Kegiatan yang selesai sebelum Peraturan ini berlaku dicatat menurut ketentuan "
            f"lama dan diunggah pada {SISTEM} paling lambat tanggal 14 Februari 2030.",
            "RPKI tahun 2030 yang telah disetujui sebelum Peraturan ini berlaku tetap sah, "
            "dengan penyesuaian target JP sebagaimana dimaksud dalam Pasal 7.",
            "Sertifikat Layanan Prima SAUH yang diterbitkan sebelum Peraturan ini berlaku, masa "
            "berlakunya disesuaikan menjadi 3 (tiga) tahun sejak tanggal terbit.",
        ],
    )
    yield ("bab", "XIII", "KETENTUAN PENUTUP")
    yield (
        "pasal",
        "Pada saat Peraturan ini mulai berlaku, Peraturan Kepala Dinas Nomor 4 Tahun 2027 "
        f"tentang {OLD_TENTANG} dicabut dan dinyatakan tidak berlaku.",
    )
    yield ("pasal", "Peraturan ini mulai berlaku pada tanggal 1 Februari 2030.")


REG = {
    "old": {
        "nomor": 4,
        "tahun": 2027,
        "tentang": OLD_TENTANG,
        "ditetapkan": "15 Maret 2027",
        "kadis": KADIS_OLD,
        "kadis_nip": KADIS_OLD_NIP,
        "body": _reg_old,
        "k": (1, 2),
        "menimbang": [
            "bahwa pelayanan perizinan dan penanaman modal menuntut Pegawai yang kompeten, "
            "sehingga pengembangan kompetensi perlu dilaksanakan secara terencana;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
            "menetapkan Peraturan Kepala Dinas tentang Pedoman Pengembangan Kompetensi "
            f"Pegawai melalui Program {PROGRAM}.",
        ],
    },
    "new": {
        "nomor": 1,
        "tahun": 2030,
        "tentang": NEW_TENTANG,
        "ditetapkan": "10 Januari 2030",
        "kadis": KADIS,
        "kadis_nip": KADIS_NIP,
        "body": _reg_new,
        "k": (3, 4),
        "menimbang": [
            "bahwa pengembangan kompetensi merupakan kewajiban setiap pegawai ASN yang "
            "dilaksanakan melalui pembelajaran berkelanjutan;",
            "bahwa hasil evaluasi pelaksanaan Peraturan Kepala Dinas Nomor 4 Tahun 2027 "
            "menunjukkan perlunya penyesuaian target JP, tenggat pencatatan, pembiayaan, dan "
            f"peralihan pencatatan dari {OLD_APP} ke {SISTEM};",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, "
            f"perlu menetapkan Peraturan Kepala Dinas tentang Program {PROGRAM}.",
        ],
    },
}


def render_reg(path, key):
    R = REG[key]
    title = f"Peraturan Kepala {SINGKAT} {KAB} Nomor {R['nomor']} Tahun {R['tahun']}"
    pdf = _make_pdf(title, fam="R", header="", bottom=22)
    pdf.running = f"Peraturan Kepala Dinas Nomor {R['nomor']} Tahun {R['tahun']}"
    pdf.footer_left = f"{SINGKAT} {KAB} - {FIKTIF}"
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
            f"Peraturan Bupati {KAB_SHORT} Nomor 61 Tahun 2024 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {SINGKAT};",
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
    F.p(f"Ditetapkan di {KOTA_TTD}", align="L", indent=92)
    F.p(f"pada tanggal {R['ditetapkan']}", align="L", indent=92)
    F.sign(["KEPALA DINAS,", "", R["kadis"], f"NIP {R['kadis_nip']}"])
    pdf.add_page()
    F.p(
        f"LAMPIRAN\nPERATURAN KEPALA DINAS NOMOR {R['nomor']} TAHUN {R['tahun']}\n"
        f"TENTANG {R['tentang'].upper()}",
        bold=True,
        align="L",
        indent=70,
    )
    F.center("TABEL KONVERSI JP KEGIATAN PENGEMBANGAN KOMPETENSI", 10.5)
    pdf.ln(2)
    a, b = R["k"]
    F.table(
        ["No", "Kegiatan", "Konversi JP", "Batas per tahun"],
        [[str(i), k[0], k[a], k[b]] for i, k in enumerate(KONVERSI, 1)],
        [10, 62, 50, 32],
        size=9.2,
        fill=(235, 235, 235),
    )
    F.p(
        "Catatan: 1 (satu) JP setara dengan 45 (empat puluh lima) menit. Bukti kegiatan "
        "nonklasikal berupa sertifikat, surat keterangan penyelenggara, lembar sesi yang "
        "ditandatangani, atau resume yang disetujui atasan langsung.",
        size=9.5,
    )
    F.sign(["KEPALA DINAS,", "", R["kadis"]])
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


def render_reg_old(path):
    return render_reg(path, "old")


def render_reg_new(path):
    return render_reg(path, "new")


# ============================================================================ slides (PDF)
SLIDE_DATE = "2030-01-23"
BLUE = (16, 60, 110)


def _slide(pdf, n, title, bullets=None, table=None, note=None):
    pdf.add_page()
    pdf.set_fill_color(*BLUE)
    pdf.rect(0, 0, pdf.w, 22, style="F")
    pdf.set_fill_color(230, 170, 40)
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
        F.table(header, rows, widths, size=12, lh=6, fill=(214, 226, 240))
    if note:
        pdf.set_font("S", "I", 10)
        pdf.set_xy(14, pdf.h - 22)
        pdf.multi_cell(pdf.w - 28, 5, note, align="L")
    pdf.set_font("S", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(12, pdf.h - 10)
    pdf.cell(0, 5, f"Sosialisasi Perkadis 1/2030 - TP-SAUH {SINGKAT} {KAB_SHORT} - {FIKTIF}")
    pdf.set_xy(pdf.w - 30, pdf.h - 10)
    pdf.cell(18, 5, str(n), align="R")
    pdf.set_text_color(0, 0, 0)


def render_slides(path):
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format=(142.9, 254))
    pdf.fam = "S"
    _pdf_setup(pdf, f"Paparan Sosialisasi Peraturan Kepala Dinas Nomor 1 Tahun 2030 - {PROGRAM}")
    pdf.set_auto_page_break(False)
    pdf.set_margins(14, 14, 14)
    # 1 title
    pdf.add_page()
    pdf.set_fill_color(*BLUE)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 24)
    pdf.set_xy(14, 26)
    pdf.multi_cell(
        pdf.w - 28,
        11,
        "Sosialisasi Peraturan Kepala Dinas\nNomor 1 Tahun 2030",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("S", "", 16)
    pdf.ln(3)
    pdf.multi_cell(
        pdf.w - 28,
        8,
        f"Program {PROGRAM}: apa yang berubah mulai 1 Februari 2030?",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    pdf.set_font("S", "", 12)
    pdf.multi_cell(
        pdf.w - 28,
        6,
        f"TP-SAUH {SINGKAT} {KAB}\n{htgl(SLIDE_DATE)}, pukul 09.00-11.30 WITA\n"
        "Aula Tanjung Sangiwu, Lantai 3\n"
        f"Pemapar: {SEKRETARIS} (Sekretaris) dan {ANALIS}\n{FIKTIF}",
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
            "Mengapa aturan 2027 diganti",
            "Target JP baru",
            "Tenggat baru",
            "Konversi JP yang berubah",
            "Siapa mengerjakan apa",
            "Evaluasi, pembiayaan, dan penghargaan",
            "Tugas belajar",
            f"Linimasa peralihan ke {SISTEM}",
        ],
    )
    _slide(
        pdf,
        3,
        "Mengapa aturan 2027 diganti?",
        [
            f"Rata-rata JP 2029 sudah {AVG_2029} JP, tetapi {BELUM_2029} pegawai masih di "
            "bawah target",
            "LIHB yang masuk tepat waktu pada 2029 baru 64%",
            f"{OLD_APP} rawan salah rumus dan tidak bisa mengirim pengingat",
            "Survei kebutuhan belajar 2029: 68% pegawai memilih e-learning",
            "Pejabat fungsional butuh porsi belajar yang lebih besar",
        ],
    )
    _slide(
        pdf,
        4,
        "Target JP per tahun",
        table=(
            ["Kelompok", "Perkadis 4/2027", "Mulai 1 Feb 2030"],
            [
                ["PNS jabatan fungsional", f"{T_OLD[1]} JP", f"{T_NEW[1]} JP"],
                ["PNS lainnya", f"{T_OLD[0]} JP", f"{T_NEW[0]} JP"],
                ["PPPK", f"{T_OLD[2]} JP", f"{T_NEW[2]} JP"],
                ["Porsi kompetensi teknis", "min. 50%", "min. 60%"],
            ],
            [90, 55, 55],
        ),
        note=f"Target seluruh Dinas naik dari {ribuan(TGT_OLD_TOTAL)} JP (2029) menjadi "
        f"{ribuan(TGT_NEW_TOTAL)} JP (2030).",
    )
    _slide(
        pdf,
        5,
        "Tenggat baru",
        [
            "RPKI: paling lambat 28 Februari (dulu 31 Maret)",
            "Unggah bukti kegiatan: 7 hari kerja (dulu 14 hari kalender)",
            "LIHB: 21 hari kalender (dulu 30 hari kalender)",
            "Input JP tahunan ditutup 10 Desember (dulu 20 Desember)",
            "Rekap tahunan disahkan paling lambat 17 Desember",
        ],
    )
    _slide(
        pdf,
        6,
        "Konversi JP: yang berubah",
        [
            "Webinar/seminar: 3 JP per kegiatan, maks. 9 JP/tahun (dulu 2 JP, maks. 6)",
            "E-learning: maks. 3 JP/hari dan 15 JP/tahun (dulu 2 JP/hari, 10 JP/tahun)",
            "Coaching/mentoring: tetap 2 JP per sesi, batas naik jadi 12 JP/tahun",
            "Komunitas belajar (Kopi Sore): 2 JP per pertemuan, maks. 8 JP/tahun",
            "Patok banding: 12 JP per kegiatan (dulu 10 JP)",
            "Kelebihan JP tidak bisa dibawa ke tahun berikutnya",
        ],
    )
    _slide(
        pdf,
        7,
        "Siapa mengerjakan apa",
        [
            "Ketua TP-SAUH: Sekretaris (dulu Kasubbag Umum dan Kepegawaian)",
            "RPKI disetujui atasan langsung (dulu kepala unit kerja)",
            "Verifikasi JP: Verifikator JP, minimal 2 orang, ditunjuk Sekretaris",
            "Rekap JP tahunan disahkan Sekretaris",
            "PBU: masa tugas 2 tahun (dulu 1 tahun)",
        ],
    )
    _slide(
        pdf,
        8,
        "Evaluasi, pembiayaan, dan penghargaan",
        [
            "Sertifikat in-house: kehadiran min. 90%, post-test min. 70",
            "Sertifikat Layanan Prima SAUH berlaku 3 tahun",
            "Honor narasumber internal Rp350.000 per JP",
            "Transport peserta in-house Rp125.000 per hari; kuota 6 kursi per unit",
            "Pembelajar Teladan: 3 orang, masing-masing Rp2.000.000",
            "Tidak memenuhi target: wajib menyusun RPJ dalam 14 hari kerja",
        ],
    )
    _slide(
        pdf,
        9,
        "Tugas belajar",
        [
            "Kuota: 3 orang per tahun (dulu 2)",
            "Usia maksimal: magister 40 tahun, doktor 45 tahun",
            "Masa kerja minimal 2 tahun; predikat kinerja minimal Baik",
            "Ikatan dinas: dua kali masa studi",
            "Pengumuman seleksi 2030 terbit awal Februari",
        ],
    )
    _slide(
        pdf,
        10,
        "Linimasa peralihan",
        table=(
            ["Tanggal", "Kegiatan"],
            [
                ["31 Jan 2030, 15.00 WITA", f"{OLD_APP} ditutup untuk input"],
                ["1 Feb 2030", "Perkadis 1/2030 mulai berlaku"],
                ["4 Feb 2030", f"{SISTEM} versi 2.0 dipakai seluruh pegawai"],
                ["14 Feb 2030", "Batas unggah kegiatan yang selesai sebelum 1 Februari"],
                ["28 Feb 2030", "Batas unggah RPKI 2030"],
                ["11-13 Mar 2030", "In-house Layanan Prima Angkatan I"],
            ],
            [60, 140],
        ),
    )
    _slide(
        pdf,
        11,
        f"Bukan {PROGRAM}",
        [
            "Melayani permohonan perizinan berusaha = tugas jabatan, bukan JP",
            "Menjadi panitia Expo Investasi = tugas jabatan, bukan JP",
            "Pengawasan LKPM perusahaan dan penanganan pengaduan = layanan publik",
            "Yang dihitung: kegiatan belajar yang menambah kompetensi Anda",
        ],
    )
    _slide(
        pdf,
        12,
        "Kontak",
        [
            f"Sekretariat TP-SAUH: {KASUBBAG} (ekstensi 102)",
            f"Helpdesk {SISTEM}: WhatsApp {WA_HELP}",
            f"Pos-el: {EMAIL_HELP}",
            "Terima kasih - belajar itu bagian dari kerja!",
        ],
    )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ announcement letter (PDF)
PENG_NO = "800.1.3/037/DPMPTSP-UMPEG/II/2030"


def _kop(pdf):
    pdf.set_draw_color(40, 40, 40)
    pdf.rect(20, 12, 20, 24, style="D")
    pdf.set_font("R", "B", 6)
    pdf.set_xy(20, 22)
    pdf.cell(20, 3, "LAMBANG", align="C")
    pdf.set_xy(42, 12)
    w = pdf.w - 42 - 16
    pdf.set_font("R", "B", 12.5)
    pdf.cell(w, 6, f"PEMERINTAH {KAB.upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(42)
    pdf.set_font("R", "B", 11.5)
    pdf.multi_cell(w, 5.4, DINAS.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
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
    pdf = _make_pdf("Pengumuman Seleksi Calon Pegawai Tugas Belajar Tahun 2030", fam="R", bottom=18)
    pdf.footer_left = FIKTIF
    F = Flow(pdf, size=10.4, lh=5.1)
    pdf.add_page()
    _kop(pdf)
    F.center("PENGUMUMAN", 12)
    F.center(f"NOMOR {PENG_NO}", 10.5, style="")
    pdf.ln(2)
    F.center("TENTANG", 10.5)
    F.center("SELEKSI CALON PEGAWAI TUGAS BELAJAR\nTAHUN ANGGARAN 2030", 10.5)
    pdf.ln(3)
    F.p(
        "Dalam rangka melaksanakan Peraturan Kepala Dinas Nomor 1 Tahun 2030 tentang Program "
        f"{PROGRAM_LONG} ({PROGRAM}), {SINGKAT} {KAB} membuka kesempatan bagi PNS di "
        "lingkungan Dinas untuk mengikuti seleksi calon pegawai tugas belajar dengan ketentuan "
        "sebagai berikut:"
    )
    F.items(
        [
            "Kuota tugas belajar tahun 2030 sebanyak 3 (tiga) orang, terdiri atas 2 (dua) orang "
            "untuk program magister dan 1 (satu) orang untuk program doktor.",
            "Biaya pendidikan, biaya hidup, dan biaya penelitian ditanggung oleh APBD Kabupaten "
            "sesuai standar biaya yang berlaku.",
            "Pendaftaran dibuka mulai tanggal 5 Februari 2030 dan ditutup pada hari Jumat, "
            "tanggal dua puluh dua Februari 2030 (22-02-2030) pukul 15.30 WITA.",
            "Jadwal seleksi tercantum dalam Lampiran I dan program studi prioritas dalam "
            "Lampiran II pengumuman ini.",
        ],
    )
    F.p("Persyaratan calon pegawai tugas belajar:", bold=True, align="L")
    F.items(
        [
            "PNS dengan masa kerja paling sedikit 2 (dua) tahun;",
            "usia paling tinggi 40 (empat puluh) tahun untuk program magister dan 45 (empat "
            "puluh lima) tahun untuk program doktor pada tanggal 1 September 2030;",
            "predikat kinerja paling rendah Baik pada tahun 2028 dan 2029;",
            "memenuhi target JP tahun 2029;",
            "memiliki skor TOEFL ITP atau yang setara paling rendah 450 untuk program "
            "magister dan 500 untuk program doktor;",
            "mendapat rekomendasi tertulis dari kepala unit kerja; dan",
            "telah memperoleh surat penerimaan (Letter of Acceptance) atau bukti pendaftaran "
            "pada program studi tujuan.",
        ],
        kind="al",
    )
    F.p(
        "Berkas persyaratan digabung dalam satu berkas PDF dan dikirim melalui pos-el "
        f'{EMAIL} dengan subjek "TUBEL2030_NAMA_UNIT", atau diserahkan langsung ke Subbagian '
        "Umum dan Kepegawaian, Lantai 2 Gedung Kantor Dinas, pada jam kerja."
    )
    F.p(
        "Seluruh tahapan seleksi tidak dipungut biaya. Keputusan panitia seleksi bersifat "
        "final dan tidak dapat diganggu gugat."
    )
    F.p("Demikian pengumuman ini disampaikan untuk diketahui dan dilaksanakan.")
    F.sign(
        [
            f"{KOTA_TTD}, 5 Februari 2030",
            "a.n. KEPALA DINAS",
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
            "Kepala Dinas (sebagai laporan);",
            f"Kepala BKPSDM {KAB};",
            "Kepala Bidang dan Kepala UPT di lingkungan Dinas;",
            "Arsip.",
        ]
    )
    # lampiran I
    pdf.add_page()
    F.p(f"LAMPIRAN I\nPENGUMUMAN NOMOR {PENG_NO}", bold=True, align="L", indent=80)
    F.center("JADWAL SELEKSI CALON PEGAWAI TUGAS BELAJAR 2030", 11)
    pdf.ln(2)
    F.table(
        ["Tahap", "Kegiatan", "Waktu", "Tempat"],
        [
            [
                "I",
                "Pendaftaran dan pengumpulan berkas",
                "5 - 22 Februari 2030",
                "Pos-el atau Subbagian Umum dan Kepegawaian",
            ],
            ["II", "Seleksi administrasi", "25 - 27 Februari 2030", "Panitia seleksi"],
            [
                "III",
                "Wawancara dan presentasi rencana studi",
                f"{htgl('2030-03-05')}, pukul 08.30 WITA",
                "Ruang Rapat Teluk, Lantai 2",
            ],
            ["IV", "Pengumuman hasil seleksi", htgl("2030-03-12"), "Laman resmi Dinas"],
            ["V", "Penerbitan keputusan tugas belajar", "Juli 2030", "-"],
        ],
        [18, 50, 46, 56],
        size=9.5,
        fill=(235, 235, 235),
    )
    F.p(
        "Peserta wawancara membawa kartu pegawai dan bahan presentasi rencana studi paling "
        "banyak 10 slide. Setiap peserta mendapat waktu presentasi 15 menit.",
        size=10,
    )
    F.p(f"LAMPIRAN II\nPENGUMUMAN NOMOR {PENG_NO}", bold=True, align="L", indent=80)
    F.center("PROGRAM STUDI PRIORITAS TAHUN 2030", 11)
    pdf.ln(2)
    F.table(
        ["No", "Program studi", "Jenjang", "Unit pengusul"],
        [
            ["1", "Ekonomi Pembangunan", "S2", "Bidang PPPM"],
            ["2", "Ilmu Hukum (konsentrasi Hukum Bisnis)", "S2", "Bidang Yanzin"],
            ["3", "Sistem Informasi", "S2", "Bidang Datsi"],
            ["4", "Administrasi Publik", "S2", "Bidang PKPL dan UPT MPP"],
            ["5", "Ilmu Ekonomi", "S3", "Seluruh bidang"],
        ],
        [10, 80, 20, 50],
        size=9.5,
        fill=(235, 235, 235),
    )
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ bulletin (PDF)
def render_buletin(path):
    pdf = _make_pdf(f"Buletin {PROGRAM} Edisi I/2030", fam="S", bottom=18)
    pdf.running = f"Buletin {PROGRAM} - Edisi I/2030"
    pdf.running_right = f"{SINGKAT} {KAB}"
    pdf.footer_left = f"Buletin internal {SINGKAT} - {FIKTIF}"
    pdf.set_margins(16, 18, 16)
    pdf.add_page()
    pdf.set_fill_color(*BLUE)
    pdf.rect(0, 0, pdf.w, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(16, 8)
    pdf.set_font("S", "B", 22)
    pdf.cell(0, 10, f"BULETIN {PROGRAM}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 10)
    pdf.cell(
        0,
        6,
        f"Edisi I/2030 - Februari 2030 - Kabar belajar pegawai {SINGKAT} {KAB}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)

    def heading(cols, text):
        pdf.set_font("S", "B", 12)
        pdf.set_text_color(*BLUE)
        cols.write(text + "\n")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 9.6)
        cols.ln(0.5)

    def para(cols, text):
        pdf.set_font("S", "", 9.6)
        cols.write(text + "\n")
        cols.ln(0.8)

    top = pdf.get_y()
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15) as cols:
        heading(cols, "Pembelajar Teladan 2029: belajar dari meja loket sampai ruang data")
        para(
            cols,
            f"Nama {TELADAN_2029} mungkin belum akrab bagi pegawai baru, tetapi pelaku usaha "
            "yang pernah berkonsultasi soal rencana investasi hampir pasti pernah dilayaninya. "
            "Analis Kebijakan Ahli Muda di Bidang Perencanaan dan Promosi Penanaman Modal ini "
            "ditetapkan sebagai Pembelajar Teladan 2029 dengan capaian 64 JP, lebih dari tiga "
            "kali target PNS tahun itu.",
        )
        para(
            cols,
            "Piagam dan uang pembinaan diserahkan Kepala Dinas pada apel pagi hari Senin, 21 "
            "Januari 2030. Penghargaan 2029 masih mengikuti aturan lama, sehingga hanya ada "
            "satu penerima. Mulai penilaian tahun 2030 akan ada tiga penerima, satu untuk "
            "setiap kelompok pegawai.",
        )
        para(
            cols,
            '"Saya tidak pernah mengejar angka," katanya. "Saya cuma mencatat apa pun yang '
            'saya pelajari. Ternyata banyak juga." Dari pelatihan Visualisasi Data, ia '
            "membangun dasbor realisasi investasi per kecamatan yang kini dipakai dalam rapat "
            "pimpinan setiap bulan. Dasbor itu pula yang ia laporkan dalam LIHB-nya.",
        )
        heading(cols, "Kopi Sore pindah ke hari Kamis")
        para(
            cols,
            "Komunitas belajar Kopi Sore kini bertemu setiap hari Kamis pukul 15.30-16.30 WITA "
            "di Pojok Baca Lantai 2, tidak lagi hari Rabu seperti tahun lalu. Alasannya "
            "sederhana: hari Rabu terlalu sering bertabrakan dengan rapat koordinasi bidang. "
            "Setiap pertemuan dipandu PBU secara bergiliran dan terbuka untuk semua pegawai, "
            "termasuk PPPK.",
        )
        para(
            cols,
            "Topik Februari 2030: 7 Februari, menulis LIHB yang enak dibaca; 14 Februari, "
            "SI-KEMUDI dari ponsel; 21 Februari, menghadapi pemohon yang sedang marah; 28 "
            "Februari, dasar-dasar Power Query.",
        )
        heading(cols, "Angka-angka 2029")
        para(
            cols,
            f"Sepanjang 2029 tercatat {ribuan(JP_2029)} JP dari {N_PEG} pegawai, atau rata-rata "
            f"{AVG_2029} JP per orang. Sebanyak {PCT_MEMENUHI}% pegawai memenuhi target, "
            "sedikit di bawah indikator 85% yang dipasang dalam Panduan SAUH. Bidang Data dan "
            "Sistem Informasi mencatat rata-rata tertinggi, 28,4 JP per pegawai, sedangkan "
            "Bidang Pengaduan, Kebijakan, dan Pelaporan Layanan terendah, 18,6 JP.",
        )
        heading(cols, "Kenalan dengan PBU: Hasniah Labania")
        para(
            cols,
            "Sejak 2027 Hasniah menjadi PBU di UPT Mal Pelayanan Publik, unit dengan jadwal "
            "paling padat karena loket buka setiap hari kerja. Kiatnya: jadwal belajar disusun "
            "bergilir per loket sehingga layanan tidak terganggu. Di unitnya, pegawai yang "
            "selesai pelatihan diminta berbagi lima menit saat briefing pagi. Dengan aturan "
            "baru, masa tugas PBU menjadi dua tahun; Hasniah sudah ditunjuk kembali untuk "
            "periode 2030-2031.",
        )
        heading(cols, "Redaksi")
        para(
            cols,
            f"Penanggung jawab: {SEKRETARIS}; redaktur: {ANALIS}; kirim tulisan ke {EMAIL} "
            "paling lambat tanggal 20 setiap bulan. " + FIKTIF,
        )
    assert top > 0
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
    cp.author = f"{SINGKAT} {KAB}"
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


def docx_table(
    doc, header, rows, widths=None, size=9.5, bold_last=False, aligns=None, shade="D6E2F0"
):
    from docx.shared import Cm

    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        _cell(t.rows[0].cells[j], h, bold=True, size=size)
        _shade(t.rows[0].cells[j], shade)
    _repeat_header(t.rows[0])
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
SOP_NO = "SOP/DPMPTSP-UMPEG/02/2030"
# activity, executor, requirement, time, output, note
SOP_STEPS = [
    (
        "Mengikuti kegiatan belajar dan menyimpan bukti (sertifikat, surat keterangan, "
        "lembar sesi, atau resume)",
        "Pegawai",
        "Surat tugas atau izin atasan langsung",
        "Hari terakhir kegiatan",
        "Bukti kegiatan",
        "",
    ),
    (
        "Mengisi entri kegiatan dan mengunggah bukti ke SI-KEMUDI",
        "Pegawai",
        "Bukti dalam format PDF, JPG, atau PNG",
        "Paling lambat 7 hari kerja setelah kegiatan selesai",
        "Entri berstatus Diajukan",
        "Lewat 60 hari kalender perlu persetujuan Sekretaris",
    ),
    (
        "Memeriksa kelengkapan bukti: nama, tanggal, jenis kegiatan, dan tanda tangan",
        "PBU",
        "Entri berstatus Diajukan",
        "2 hari kerja",
        "Entri berstatus Lengkap atau Dikembalikan",
        "Jika PBU cuti, pemeriksaan dialihkan ke Verifikator JP",
    ),
    (
        "Memperbaiki entri yang dikembalikan sesuai catatan",
        "Pegawai",
        "Catatan PBU atau Verifikator JP",
        "3 hari kerja",
        "Entri diajukan ulang",
        "",
    ),
    (
        "Memverifikasi kebenaran bukti dan menetapkan JP yang diakui sesuai tabel konversi",
        "Verifikator JP",
        "Entri berstatus Lengkap; tabel konversi Lampiran Perkadis 1/2030",
        "3 hari kerja",
        "Entri berstatus Terverifikasi dengan JP diakui",
        "",
    ),
    (
        "Menyusun rekap JP bulanan per unit kerja",
        "Verifikator JP dibantu pranata komputer",
        "Data entri Terverifikasi",
        "Tanggal 3 bulan berikutnya",
        "Rekap bulanan",
        "Diekspor dari menu Laporan",
    ),
    (
        "Mengesahkan rekap JP bulanan",
        "Sekretaris",
        "Rekap bulanan",
        "Tanggal 5 bulan berikutnya",
        "Rekap bulanan disahkan",
        "",
    ),
    (
        "Menyampaikan rekap yang telah disahkan kepada kepala unit kerja",
        "PBU",
        "Rekap bulanan disahkan",
        "2 hari kerja",
        "Rekap diterima kepala unit kerja",
        "",
    ),
]


def write_sop(path):
    from docx.shared import Cm

    doc = new_docx("SOP Pengajuan dan Verifikasi JP melalui SI-KEMUDI", landscape=True)
    para(doc, f"PEMERINTAH {KAB.upper()}", bold=True, align="center", after=0)
    para(doc, DINAS.upper(), bold=True, align="center", after=6)
    para(doc, "STANDAR OPERASIONAL PROSEDUR", bold=True, size=13, align="center", after=0)
    para(doc, f"PENGAJUAN DAN VERIFIKASI JP MELALUI {SISTEM}", bold=True, align="center")
    label_table(
        doc,
        [
            ("Nomor SOP", SOP_NO),
            ("Tanggal pembuatan", "28 Januari 2030"),
            ("Tanggal revisi", "- (revisi ke-0)"),
            ("Tanggal efektif", "4 Februari 2030"),
            ("Disahkan oleh", f"Kepala Dinas, {KADIS}"),
            ("Nama SOP", f"Pengajuan dan Verifikasi JP melalui {SISTEM}"),
            (
                "Dasar hukum",
                f"Peraturan Kepala Dinas Nomor 1 Tahun 2030 tentang Program {PROGRAM}",
            ),
            (
                "Kualifikasi pelaksana",
                "Memahami tabel konversi JP; mampu mengoperasikan SI-KEMUDI; PBU dan "
                "Verifikator JP telah mengikuti pelatihan SI-KEMUDI",
            ),
            ("Keterkaitan", "SOP Penyusunan RPKI; SOP Penyampaian LIHB"),
            (
                "Peralatan/perlengkapan",
                "Komputer atau ponsel dengan akses internet, akun SI-KEMUDI, pemindai",
            ),
            (
                "Peringatan",
                "Entri tanpa bukti tidak diproses. Satu entri hanya untuk satu kegiatan.",
            ),
            (
                "Pencatatan dan pendataan",
                "Riwayat status entri tersimpan otomatis di SI-KEMUDI; rekap bulanan diarsipkan "
                "Subbagian Umum dan Kepegawaian",
            ),
        ],
        widths=(5.5, 19.0),
    )
    heading(doc, "Uraian Prosedur", level=2)
    # two header rows: "Mutu Baku" spans three columns; other header cells span both rows
    cols = ["No", "Kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output", "Keterangan"]
    t = doc.add_table(rows=2 + len(SOP_STEPS), cols=len(cols))
    t.style = "Table Grid"
    for j in (0, 1, 2, 6):
        top = t.cell(0, j).merge(t.cell(1, j))
        _cell(top, cols[j], bold=True, size=9)
        _shade(top, "D6E2F0")
    mb = t.cell(0, 3).merge(t.cell(0, 5))
    _cell(mb, "Mutu Baku", bold=True, size=9, align="center")
    _shade(mb, "D6E2F0")
    for j in (3, 4, 5):
        _cell(t.cell(1, j), cols[j], bold=True, size=9)
        _shade(t.cell(1, j), "D6E2F0")
    _repeat_header(t.rows[0])
    _repeat_header(t.rows[1])
    for i, s in enumerate(SOP_STEPS, 1):
        vals = [str(i), *s]
        for j, v in enumerate(vals):
            _cell(t.cell(i + 1, j), v, size=9)
    for row in t.rows:
        for j, w in enumerate((1.0, 6.0, 3.2, 4.2, 3.6, 3.6, 4.0)):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    heading(doc, "Ketentuan Tambahan", level=2)
    numbered(
        doc,
        [
            "Ukuran berkas bukti paling besar 5 MB per berkas.",
            "Sertifikat gabungan untuk beberapa kegiatan dipecah menjadi entri terpisah.",
            "Entri coaching dan mentoring dilampiri lembar sesi yang ditandatangani coach atau "
            "mentor dan pegawai.",
            "Keberatan atas JP yang diakui diajukan kepada Ketua TP-SAUH paling lambat 5 hari "
            "kerja setelah status Terverifikasi.",
            "Entri yang ditolak karena bukti palsu dilaporkan kepada atasan langsung untuk "
            "ditindaklanjuti sesuai ketentuan disiplin.",
        ],
    )
    para(doc, FIKTIF, italic=True, size=9)
    sign_block(doc, [f"{KOTA_TTD}, 28 Januari 2030", "Kepala Dinas,", "", "", KADIS])
    doc.save(path)


# ============================================================================ minutes (DOCX)
NOT_DATE = "2030-01-08"


def write_notulen(path):
    doc = new_docx(f"Notulen Rapat Evaluasi Program {PROGRAM} Tahun 2029")
    para(doc, "NOTULEN RAPAT", bold=True, size=13, align="center", after=0)
    para(doc, f"EVALUASI PELAKSANAAN PROGRAM {PROGRAM} TAHUN 2029", bold=True, align="center")
    label_table(
        doc,
        [
            ("Hari, tanggal", htgl(NOT_DATE)),
            ("Waktu", "Pukul 09.00 - 12.15 WITA"),
            ("Tempat", "Ruang Rapat Teluk, Lantai 2 Kantor Dinas"),
            ("Pimpinan rapat", f"{SEKRETARIS}, Sekretaris"),
            ("Notulis", f"{ANALIS}, Analis SDM Aparatur Ahli Pertama"),
            (
                "Peserta",
                "Kepala Subbagian Umum dan Kepegawaian, Kepala Subbagian Perencanaan dan "
                "Keuangan, lima Kepala Bidang, Kepala UPT MPP, tujuh PBU, dan pranata komputer "
                "(18 orang hadir dari 19 undangan)",
            ),
            (
                "Agenda",
                f"1. Capaian {PROGRAM} 2029\n2. Kendala pelaksanaan\n3. Rancangan peraturan "
                f"pengganti dan peralihan ke {SISTEM}\n4. Pembelajar Teladan 2029",
            ),
        ],
    )
    heading(doc, "I. Pembukaan", level=2)
    para(
        doc,
        "Sekretaris membuka rapat dan menyampaikan bahwa rapat evaluasi tahun ini sekaligus "
        "menjadi rapat terakhir di bawah Peraturan Kepala Dinas Nomor 4 Tahun 2027, karena "
        "rancangan peraturan pengganti sudah siap diajukan kepada Kepala Dinas.",
        align="justify",
    )
    heading(doc, f"II. Paparan Capaian {PROGRAM} 2029", level=2)
    para(
        doc,
        f"Analis SDM Aparatur memaparkan bahwa sampai penutupan input {OLD_APP} tanggal 20 "
        f"Desember 2029 tercatat {ribuan(JP_2029)} JP dari {N_PEG} pegawai atau rata-rata "
        f"{AVG_2029} JP per pegawai. Sebanyak {N_PEG - BELUM_2029} pegawai ({PCT_MEMENUHI}%) "
        f"memenuhi target, sedangkan {BELUM_2029} pegawai belum memenuhi target. Jumlah LIHB "
        "yang masuk tepat waktu baru 64% dari LIHB yang wajib disampaikan.",
        align="justify",
    )
    heading(doc, "III. Pembahasan", level=2)
    bullets(
        doc,
        [
            f"Kepala Bidang Data dan Sistem Informasi menyampaikan bahwa uji coba {SISTEM} di "
            "bidangnya sejak Oktober 2029 berjalan baik; pengingat otomatis membuat entri "
            "masuk lebih cepat dibandingkan dengan e-BKJ.",
            "Kepala UPT MPP meminta jadwal pelatihan in-house tidak jatuh pada hari Senin "
            "karena antrean pemohon di loket paling panjang pada hari itu.",
            "Kepala Bidang PKPL menjelaskan rendahnya capaian bidangnya karena lonjakan "
            "pengaduan pada triwulan IV; diusulkan agar pegawai PKPL diberi prioritas kursi "
            "e-learning yang dapat diikuti di sela pekerjaan.",
            "Kepala Subbagian Perencanaan dan Keuangan menyampaikan bahwa pagu Program SAUH "
            "2030 telah ditetapkan dalam DPA dan rinciannya akan dibagikan dalam berkas rekap.",
            "Peserta sepakat bahwa kegiatan menjadi panitia Expo Investasi dan petugas "
            "pendamping pelaku usaha tidak dicatat sebagai JP.",
        ],
    )
    heading(doc, "IV. Keputusan dan Tindak Lanjut", level=2)
    docx_table(
        doc,
        ["No", "Keputusan", "Penanggung jawab", "Tenggat"],
        [
            [
                "1",
                "Rancangan Peraturan Kepala Dinas pengganti Perkadis 4/2027 disampaikan kepada "
                "Kepala Dinas untuk ditetapkan",
                KASUBBAG,
                "9 Januari 2030",
            ],
            [
                "2",
                f"Pembelajar Teladan 2029 diusulkan atas nama {TELADAN_2029} (Bidang PPPM, 64 JP)",
                "TP-SAUH",
                "15 Januari 2030",
            ],
            [
                "3",
                f"{OLD_APP} ditutup dan seluruh data 2029 dimigrasikan ke {SISTEM}",
                PRAKOM,
                "31 Januari 2030",
            ],
            [
                "4",
                "Sosialisasi peraturan baru kepada seluruh pegawai",
                f"{SEKRETARIS} dan {ANALIS}",
                "23 Januari 2030",
            ],
            [
                "5",
                "Komunitas belajar Kopi Sore dipindah dari hari Rabu ke hari Kamis; "
                "koordinator 2030 adalah PBU Bidang Datsi",
                "Gede Putra Mahendra, S.Kom.",
                f"mulai {htgl('2030-01-17')}",
            ],
            [
                "6",
                f"{BELUM_2029} pegawai yang belum memenuhi target 2029 diberi teguran lisan oleh "
                "atasan langsung sesuai Perkadis 4/2027",
                "Kepala unit kerja",
                "31 Januari 2030",
            ],
            [
                "7",
                "Pelatihan in-house 2030 tidak dijadwalkan pada hari Senin untuk peserta dari "
                "UPT MPP; jika tidak dapat dihindari, UPT MPP mengirim peserta bergiliran",
                "TP-SAUH",
                "Sepanjang 2030",
            ],
        ],
        widths=(1.0, 8.8, 4.2, 3.0),
        size=9,
    )
    heading(doc, "V. Penutup", level=2)
    para(
        doc,
        "Rapat ditutup pukul 12.15 WITA. Notulen ini dibagikan kepada seluruh peserta melalui "
        "grup PBU dan pos-el dinas.",
        align="justify",
    )
    sign_block(
        doc,
        [
            f"{KOTA_TTD}, {tgl(NOT_DATE)}",
            "Pimpinan rapat,",
            "",
            SEKRETARIS,
            "",
            "Notulis,",
            "",
            ANALIS,
        ],
    )
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ form (DOCX)
FORM_NO = "F-SAUH-01 Rev. 03"


def write_formulir(path):
    from docx.shared import Cm

    doc = new_docx("Formulir Rencana Pengembangan Kompetensi Individu 2030")
    para(doc, FORM_NO, size=9, align="right", after=0)
    para(
        doc,
        "FORMULIR RENCANA PENGEMBANGAN KOMPETENSI INDIVIDU (RPKI)",
        bold=True,
        size=12.5,
        align="center",
        after=0,
    )
    para(doc, f"PROGRAM {PROGRAM} TAHUN 2030", bold=True, align="center", after=8)
    heading(doc, "Petunjuk Pengisian", level=2)
    numbered(
        doc,
        [
            "Formulir ini diisi oleh setiap pegawai, baik PNS maupun PPPK, kecuali pegawai "
            "yang sedang menjalani tugas belajar.",
            "Bagian A diisi sesuai data kepegawaian terbaru. Kelompok pegawai menentukan "
            "target JP: PNS jabatan fungsional 30 JP, PNS lainnya 24 JP, PPPK 16 JP.",
            "Bagian B diisi dengan paling sedikit dua kesenjangan, yaitu kesenjangan kompetensi "
            "dan kesenjangan kinerja, yang dibahas dalam dialog kinerja dengan atasan langsung.",
            "Bagian C memuat paling sedikit 3 kegiatan dan paling banyak 10 baris. Kolom Kode "
            "diisi kode dari Jadwal Pelatihan SAUH 2030; kegiatan di luar jadwal diberi kode NK.",
            "Jumlah JP rencana sekurang-kurangnya sama dengan target, dan paling sedikit 60% "
            "berasal dari kegiatan kompetensi teknis.",
            "Bagian D diisi dengan dukungan yang dibutuhkan, misalnya izin waktu, biaya, atau "
            "pendampingan coach.",
            "Formulir ditandatangani pegawai dan disetujui atasan langsung.",
            f"Formulir diunggah dalam format PDF paling besar 2 MB melalui menu Rencana Belajar "
            f"pada {SISTEM} paling lambat 28 Februari 2030, dengan nama berkas RPKI2030_NIP.",
            "RPKI yang sudah disetujui dapat diubah satu kali paling lambat 31 Juli 2030 "
            "apabila terjadi mutasi atau perubahan tugas.",
        ],
    )
    heading(doc, "A. Identitas Pegawai", level=2)
    label_table(
        doc,
        [
            ("Nama", ""),
            ("NIP / NI PPPK", ""),
            ("Jabatan", ""),
            ("Unit kerja", ""),
            ("Kelompok pegawai", "PNS jabatan fungsional / PNS lainnya / PPPK *)"),
            ("Target JP 2030", "........ JP"),
            ("Atasan langsung", ""),
        ],
    )
    para(doc, "*) coret yang tidak perlu", italic=True, size=8.5)
    heading(doc, "B. Analisis Kesenjangan", level=2)
    docx_table(
        doc,
        ["No", "Jenis kesenjangan", "Uraian kondisi saat ini", "Kondisi yang diharapkan"],
        [["1", "Kompetensi", "", ""], ["2", "Kinerja", "", ""], ["3", "", "", ""]],
        widths=(1.0, 3.5, 6.2, 6.2),
        size=9,
    )
    heading(doc, "C. Rencana Kegiatan", level=2)
    cols = ["No", "Kegiatan", "Jenis kompetensi", "Kode", "Bentuk", "Perkiraan waktu", "JP"]
    t = doc.add_table(rows=1 + 5 + 2, cols=len(cols))
    t.style = "Table Grid"
    for j, h in enumerate(cols):
        _cell(t.cell(0, j), h, bold=True, size=9)
        _shade(t.cell(0, j), "D6E2F0")
    _repeat_header(t.rows[0])
    for i in range(1, 6):
        _cell(t.cell(i, 0), str(i), size=9)
    tot = t.cell(6, 0).merge(t.cell(6, 5))
    _cell(tot, "Jumlah JP rencana", bold=True, size=9, align="right")
    tek = t.cell(7, 0).merge(t.cell(7, 5))
    _cell(tek, "Jumlah JP kompetensi teknis (minimal 60%)", bold=True, size=9, align="right")
    for row in t.rows:
        for j, w in enumerate((1.0, 5.5, 2.8, 1.6, 2.4, 2.6, 1.2)):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    heading(doc, "D. Dukungan yang Dibutuhkan", level=2)
    para(doc, "." * 150, size=9)
    heading(doc, "E. Pengesahan", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    _cell(t.cell(0, 0), "Pegawai,\n\n\n\n(nama dan tanda tangan)", size=9, align="center")
    _cell(
        t.cell(0, 1),
        "Menyetujui,\nAtasan langsung\n\n\n(nama dan tanda tangan)",
        size=9,
        align="center",
    )
    tgl_row = t.cell(1, 0).merge(t.cell(1, 1))
    _cell(tgl_row, "Tanggal persetujuan: ...................... 2030", size=9)
    doc.add_paragraph()
    para(
        doc,
        f"Pertanyaan tentang pengisian formulir: PBU unit masing-masing atau {ANALIS}, "
        "ekstensi 105.",
        italic=True,
        size=9,
    )
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ terms of reference (DOCX)
KAK_NARSUM_EXT = "Dra. Maria Goreti Sambo, M.Pd."
# day, time, topic, speaker, JP
KAK_JADWAL = [
    ("2030-03-11", "08.00-08.30", "Pembukaan dan pre-test", "Panitia", "-"),
    ("2030-03-11", "08.30-12.15", "Konsep pelayanan prima dan standar pelayanan", "ext", "4"),
    ("2030-03-11", "13.15-16.00", "Etika dan komunikasi front office", "ext", "4"),
    ("2030-03-12", "08.00-12.15", "Praktik layanan loket dan simulasi antrean", KA_UPT, "4"),
    ("2030-03-12", "13.15-16.00", "Menghadapi pemohon yang kecewa atau marah", "ext", "4"),
    ("2030-03-13", "08.00-12.15", "Penanganan pengaduan di titik layanan", KABID_PKPL, "4"),
    ("2030-03-13", "13.15-15.30", "Integritas dan penolakan gratifikasi di loket", "ext", "4"),
    ("2030-03-13", "15.30-16.00", "Post-test, evaluasi, dan penutupan", "Panitia", "-"),
]
KAK_BIAYA = [
    ("Honor narasumber eksternal", 16, "JP", 900000),
    ("Honor narasumber internal", 8, "JP", 350000),
    ("Uang transport peserta", 90, "orang-hari", 125000),
    ("Konsumsi peserta dan panitia", 108, "orang-hari", 65000),
    ("Penggandaan modul dan sertifikat", 36, "paket", 45000),
]
KAK_TOTAL = sum(b[1] * b[3] for b in KAK_BIAYA)


def write_kak(path):
    doc = new_docx("KAK Pelatihan In-House Layanan Prima Angkatan I 2030")
    para(doc, "KERANGKA ACUAN KEGIATAN", bold=True, size=13, align="center", after=0)
    para(
        doc,
        "PELATIHAN IN-HOUSE LAYANAN PRIMA DAN ETIKA FRONT OFFICE\nANGKATAN I TAHUN 2030",
        bold=True,
        align="center",
        after=8,
    )
    heading(doc, "1. Latar Belakang", level=2)
    para(
        doc,
        "Petugas front office adalah wajah Dinas. Pelaku usaha menilai mutu pelayanan dari "
        "cara petugas menyapa, menjelaskan persyaratan, dan menanggapi keberatan. Saat ini 14 "
        "petugas loket di UPT MPP dan Bidang Yanzin belum memiliki Sertifikat Layanan Prima "
        "SAUH, padahal sertifikat tersebut wajib dimiliki petugas front office.",
        align="justify",
    )
    para(
        doc,
        "Peraturan Kepala Dinas Nomor 1 Tahun 2030 menetapkan bahwa pegawai yang tidak "
        "memenuhi target JP diprioritaskan mengikuti pelatihan in-house pada triwulan I. "
        "Karena itu angkatan pertama tahun ini juga membuka kursi bagi pegawai tersebut.",
        align="justify",
    )
    heading(doc, "2. Tujuan", level=2)
    bullets(
        doc,
        [
            "meningkatkan keterampilan komunikasi dan etika pelayanan petugas front office;",
            "menyamakan cara penanganan keluhan di titik layanan;",
            "menerbitkan Sertifikat Layanan Prima SAUH bagi peserta yang lulus.",
        ],
    )
    heading(doc, "3. Peserta", level=2)
    para(
        doc,
        "Peserta berjumlah 30 orang dengan kuota paling banyak 6 orang per unit kerja. Urutan "
        "prioritas: (1) petugas front office yang belum bersertifikat, (2) pegawai yang belum "
        "memenuhi target JP 2029, (3) pegawai lain yang mendaftar melalui PBU.",
        align="justify",
    )
    heading(doc, "4. Waktu dan Tempat", level=2)
    label_table(
        doc,
        [
            ("Hari, tanggal", f"{htgl('2030-03-11')} s.d. {htgl('2030-03-13')}"),
            ("Waktu", "Pukul 08.00 - 16.00 WITA"),
            ("Tempat", "Aula Lantai 2 Gedung Mal Pelayanan Publik"),
            ("Jumlah JP", "24 JP"),
            ("Batas pendaftaran", "25 Februari 2030 melalui PBU"),
        ],
    )
    heading(doc, "5. Narasumber dan Jadwal", level=2)
    para(
        doc,
        f"Narasumber eksternal adalah {KAK_NARSUM_EXT}, Widyaiswara Ahli Madya BPSDM "
        f"{PROV}. Narasumber internal adalah {KA_UPT} (Kepala UPT MPP) dan {KABID_PKPL} "
        "(Kepala Bidang PKPL).",
        align="justify",
    )
    cols = ["Hari, tanggal", "Pukul (WITA)", "Materi", "Narasumber", "JP"]
    t = doc.add_table(rows=1 + len(KAK_JADWAL), cols=len(cols))
    t.style = "Table Grid"
    for j, h in enumerate(cols):
        _cell(t.cell(0, j), h, bold=True, size=9)
        _shade(t.cell(0, j), "D6E2F0")
    _repeat_header(t.rows[0])
    start = 1
    for i, r in enumerate(KAK_JADWAL, 1):
        spk = KAK_NARSUM_EXT if r[3] == "ext" else r[3]
        for j, v in enumerate((r[1], r[2], spk, r[4]), 1):
            _cell(t.cell(i, j), v, size=9)
        last = i == len(KAK_JADWAL) or KAK_JADWAL[i][0] != r[0]
        if last:
            m = t.cell(start, 0).merge(t.cell(i, 0)) if i > start else t.cell(start, 0)
            _cell(m, htgl(r[0]), size=9)
            start = i + 1
    doc.add_paragraph()
    heading(doc, "6. Evaluasi dan Sertifikat", level=2)
    para(
        doc,
        "Peserta mengikuti pre-test dan post-test. Sertifikat diberikan kepada peserta dengan "
        "kehadiran paling sedikit 90% dan nilai post-test paling rendah 70. Sertifikat "
        "Layanan Prima SAUH berlaku 3 tahun. Peserta wajib menyampaikan LIHB paling lambat "
        f"21 hari kalender setelah pelatihan, yaitu tanggal {tgl('2030-04-03')}.",
        align="justify",
    )
    heading(doc, "7. Rencana Anggaran", level=2)
    docx_table(
        doc,
        ["No", "Uraian", "Volume", "Satuan", "Harga satuan (Rp)", "Jumlah (Rp)"],
        [
            [str(i), b[0], str(b[1]), b[2], ribuan(b[3]), ribuan(b[1] * b[3])]
            for i, b in enumerate(KAK_BIAYA, 1)
        ]
        + [["", "JUMLAH", "", "", "", ribuan(KAK_TOTAL)]],
        widths=(1.0, 6.0, 1.6, 2.4, 3.0, 3.0),
        size=9,
        bold_last=True,
    )
    para(doc, "Sumber dana: APBD Kabupaten Tahun Anggaran 2030, DPA Dinas.", size=9.5)
    heading(doc, "8. Penanggung Jawab", level=2)
    para(
        doc,
        f"Penanggung jawab kegiatan adalah {KASUBBAG}, Kepala Subbagian Umum dan "
        f"Kepegawaian, sedangkan {ANALIS} menjadi ketua panitia pelaksana.",
        align="justify",
    )
    sign_block(
        doc,
        [
            f"{KOTA_TTD}, 18 Februari 2030",
            "Kepala Subbagian Umum dan Kepegawaian,",
            "",
            "",
            KASUBBAG,
            f"NIP {KASUBBAG_NIP}",
        ],
    )
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# ============================================================================ workbook (XLSX)
# item, volume, unit, price
ANGGARAN = [
    ("Honor narasumber internal", 96, "JP", 350000),
    ("Honor narasumber eksternal", 64, "JP", 900000),
    ("Uang transport peserta pelatihan in-house (4 angkatan)", 360, "orang-hari", 125000),
    ("Konsumsi pelatihan in-house", 432, "orang-hari", 65000),
    ("Biaya tugas belajar semester pertama", 3, "orang", 27500000),
    ("Langganan platform e-learning", 1, "tahun", 18000000),
    ("Patok banding layanan perizinan daring", 1, "kegiatan", 24750000),
    ("Uang pembinaan Pembelajar Teladan", 3, "orang", 2000000),
    ("Penggandaan modul dan sertifikat", 150, "paket", 45000),
]
ANGGARAN_TOTAL = sum(a[1] * a[3] for a in ANGGARAN)

# name, NIP, unit, level, study programme, university, start, expected end, status
TUBEL = [
    (
        "Andi Muh. Ikhsan Paturusi, S.T.",
        "19900711 201402 1 0**",
        "DATSI",
        "S2",
        "Sistem Informasi",
        "Universitas Anoa Nusantara",
        "Agustus 2028",
        "Juli 2030",
        "Aktif, semester 4",
    ),
    (
        "Marlina Kasim, S.E.",
        "19920305 201503 2 0**",
        "PPPM",
        "S2",
        "Ekonomi Pembangunan",
        "Universitas Sangiwu",
        "Agustus 2029",
        "Juli 2031",
        "Aktif, semester 2",
    ),
    (
        "Rudi Hartono Tamburaka, S.H.",
        "19890418 201101 1 0**",
        "YANZIN",
        "S2",
        "Ilmu Hukum",
        "Universitas Sangiwu",
        "Agustus 2029",
        "Juli 2031",
        "Aktif, semester 2",
    ),
]
IZIN_BELAJAR = [
    ("Sulastri Baso, A.Md.", "UPT MPP", "S1 Administrasi Negara", "Universitas Terbuka"),
    ("Yosep Rante Allo, S.Kom.", "DATSI", "S2 Ilmu Komputer", "Universitas Anoa Nusantara"),
    ("Nurfadillah Kasim, S.Sos.", "PKPL", "S2 Administrasi Publik", "Universitas Sangiwu"),
]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": f"Rekap {PROGRAM} 2029",
            "author": f"{SINGKAT} {KAB}",
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
            "bg_color": "#DCE6F1",
        }
    )
    ital = wb.add_format({"italic": True, "font_color": "#555555", "align": "center"})
    hdr = wb.add_format(
        {"bold": True, "bg_color": "#C5D9F1", "border": 1, "text_wrap": True, "valign": "top"}
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

    # ---------------------------------------------------------------- Rekap per Unit 2029
    ws = wb.add_worksheet("Rekap per Unit 2029")
    head = [
        "No",
        "Unit kerja",
        "Singkatan",
        "PNS",
        "PNS dalam JF",
        "PPPK",
        "Jumlah pegawai",
        "Target JP 2029",
        "Realisasi JP 2029",
        "Rata-rata JP per pegawai",
        "Capaian (%)",
        "Pegawai belum memenuhi target",
        "Target JP 2030 (simulasi Perkadis 1/2030)",
        "PBU 2029",
    ]
    last = _col(len(head) - 1)
    ws.merge_range(
        f"A1:{last}1",
        f"REKAP CAPAIAN JP PROGRAM {PROGRAM} PER UNIT KERJA TAHUN 2029",
        title,
    )
    ws.merge_range(
        f"A2:{last}2",
        f"{SINGKAT} {KAB}; sumber {OLD_APP}, posisi 20 Desember 2029",
        ital,
    )
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    r0 = 4
    for i, u in enumerate(UNITS):
        r = r0 + i
        x = r + 1
        n = u[2] + u[4]
        t_old = target(u, T_OLD)
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, u[0], cell)
        ws.write(r, 2, u[1], cell)
        ws.write(r, 3, u[2], num)
        ws.write(r, 4, u[3], num)
        ws.write(r, 5, u[4], num)
        ws.write_formula(r, 6, f"=D{x}+F{x}", num, n)
        ws.write_formula(r, 7, f"=D{x}*20+F{x}*12", num, t_old)
        ws.write(r, 8, u[8], num)
        ws.write_formula(r, 9, f"=ROUND(I{x}/G{x},1)", pct, r1(u[8] / n))
        ws.write_formula(r, 10, f"=ROUND(I{x}/H{x}*100,1)", pct, r1(u[8] / t_old * 100))
        ws.write(r, 11, u[9], num)
        ws.write_formula(r, 12, f"=(D{x}-E{x})*24+E{x}*30+F{x}*16", num, target(u, T_NEW))
        ws.write(r, 13, u[6], cell)
    rt = r0 + len(UNITS)
    a, b = r0 + 1, rt
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "JUMLAH", tot)
    ws.write(rt, 2, "", tot)
    for j, val in ((3, N_PNS), (4, N_JF), (5, N_PPPK), (6, N_PEG), (7, TGT_OLD_TOTAL)):
        c = _col(j)
        ws.write_formula(rt, j, f"=SUM({c}{a}:{c}{b})", totn, val)
    ws.write_formula(rt, 8, f"=SUM(I{a}:I{b})", totn, JP_2029)
    ws.write_formula(rt, 9, f"=ROUND(I{rt + 1}/G{rt + 1},1)", totp, r1(JP_2029 / N_PEG))
    ws.write_formula(
        rt, 10, f"=ROUND(I{rt + 1}/H{rt + 1}*100,1)", totp, r1(JP_2029 / TGT_OLD_TOTAL * 100)
    )
    ws.write_formula(rt, 11, f"=SUM(L{a}:L{b})", totn, BELUM_2029)
    ws.write_formula(rt, 12, f"=SUM(M{a}:M{b})", totn, TGT_NEW_TOTAL)
    ws.write(rt, 13, "", tot)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 50)
    ws.set_column(2, 12, 13)
    ws.set_column(13, 13, 30)
    ws.set_row(0, 24)
    ws.freeze_panes(4, 2)

    # ---------------------------------------------------------------- Anggaran 2030
    ws = wb.add_worksheet("Anggaran SAUH 2030")
    ws.merge_range("A1:F1", f"RINCIAN ANGGARAN PROGRAM {PROGRAM} TAHUN ANGGARAN 2030", title)
    ws.merge_range(
        "A2:F2",
        "Sumber dana: APBD Kabupaten 2030 (DPA Dinas, sub kegiatan pengembangan kompetensi)",
        ital,
    )
    for j, h in enumerate(["No", "Uraian", "Volume", "Satuan", "Harga satuan (Rp)", "Jumlah (Rp)"]):
        ws.write(3, j, h, hdr)
    for i, it in enumerate(ANGGARAN):
        r = 4 + i
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, it[0], cell)
        ws.write(r, 2, it[1], num)
        ws.write(r, 3, it[2], cell)
        ws.write(r, 4, it[3], rpf)
        ws.write_formula(r, 5, f"=C{r + 1}*E{r + 1}", rpf, it[1] * it[3])
    rt = 4 + len(ANGGARAN)
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "JUMLAH", tot)
    for j in (2, 3, 4):
        ws.write(rt, j, "", tot)
    ws.write_formula(rt, 5, f"=SUM(F5:F{rt})", totr, ANGGARAN_TOTAL)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 58)
    ws.set_column(2, 5, 16)

    # ---------------------------------------------------------------- Tugas Belajar
    ws = wb.add_worksheet("Tugas Belajar")
    ws.merge_range("A1:J1", "PEGAWAI TUGAS BELAJAR DAN IZIN BELAJAR (POSISI JANUARI 2030)", title)
    th = [
        "No",
        "Nama",
        "NIP",
        "Unit",
        "Jenjang",
        "Program studi",
        "Perguruan tinggi",
        "Mulai",
        "Perkiraan selesai",
        "Status",
    ]
    for j, h in enumerate(th):
        ws.write(2, j, h, hdr)
    for i, tb in enumerate(TUBEL):
        ws.write(3 + i, 0, i + 1, num)
        for j, v in enumerate(tb, 1):
            ws.write(3 + i, j, v, cell)
    r = 4 + len(TUBEL)
    ws.write(r, 0, "Izin belajar (biaya sendiri, di luar jam kerja)", tot)
    for j, h in enumerate(["No", "Nama", "Unit", "Program", "Perguruan tinggi"]):
        ws.write(r + 1, j, h, hdr)
    for i, ib in enumerate(IZIN_BELAJAR):
        ws.write(r + 2 + i, 0, i + 1, num)
        for j, v in enumerate(ib, 1):
            ws.write(r + 2 + i, j, v, cell)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 34)
    ws.set_column(2, 9, 20)

    # ---------------------------------------------------------------- Catatan
    ws = wb.add_worksheet("Catatan")
    notes = [
        "Catatan pengolahan data",
        f"1. Data capaian 2029 diambil dari {OLD_APP} pada 20 Desember 2029 (penutupan input "
        "menurut Perkadis 4/2027).",
        "2. Hanya entri berstatus Terverifikasi yang dihitung.",
        "3. Target JP 2029: PNS 20 JP dan PPPK 12 JP. Kolom Target JP 2030 adalah simulasi "
        "dengan komposisi pegawai per 1 Januari 2030.",
        "4. Pegawai tugas belajar tetap dihitung dalam jumlah pegawai unit dan dianggap "
        "memenuhi target JP.",
        "5. Rincian anggaran 2030 mengikuti satuan biaya Perkadis 1/2030 (honor narasumber "
        "internal Rp350.000 per JP, transport peserta Rp125.000 per hari).",
        f"6. Pengolah data: {ANALIS}, ekstensi 105. Pemeriksa: {KASUBBAG_KEU} (anggaran).",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t)
    ws.set_column(0, 0, 110)
    wb.close()


def _col(j):
    s = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(65 + r) + s
    return s


# ============================================================================ CSV
# activity type, entries, employees, JP recognised
JENIS_2029 = [
    ("Pelatihan klasikal", 142, 97, 1156),
    ("Workshop atau lokakarya", 38, 31, 190),
    ("Seminar, webinar, atau sosialisasi", 211, 88, 362),
    ("E-learning mandiri", 96, 64, 341),
    ("Coaching atau mentoring", 74, 29, 148),
    ("Belajar mandiri", 58, 35, 58),
    ("Komunitas belajar Kopi Sore", 187, 46, 137),
    ("Patok banding", 8, 8, 80),
    ("Magang atau detasering", 2, 2, 40),
    ("Tugas belajar", 6, 3, 120),
]


def jenis_csv():
    assert sum(j[3] for j in JENIS_2029) == JP_2029
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            "Jenis kegiatan",
            "Jumlah entri",
            "Jumlah pegawai",
            "Total JP diakui",
            "Rata-rata JP per entri",
            "Porsi dari total JP (%)",
        ]
    )
    n_e = sum(j[1] for j in JENIS_2029)
    for j in JENIS_2029:
        w.writerow([j[0], j[1], j[2], j[3], koma(j[3] / j[1]), koma(j[3] / JP_2029 * 100)])
    w.writerow(["Jumlah", n_e, "", JP_2029, koma(JP_2029 / n_e), "100,0"])
    w.writerow(
        [
            f"# Rekap JP {PROGRAM} 2029 per jenis kegiatan (sumber {OLD_APP}, posisi 20 Desember "
            f"2029; konversi menurut Perkadis 4/2027). {FIKTIF}"
        ]
    )
    return buf.getvalue()


# code, name, competency, method, JP, start, end, time, place, seats per unit, deadline, provider
JADWAL_2030 = [
    (
        "SAUH-30-01",
        "Layanan Prima dan Etika Front Office Angkatan I",
        "Sosial kultural",
        "Tatap muka",
        24,
        "2030-03-11",
        "2030-03-13",
        "08.00-16.00 WITA",
        "Aula Lantai 2 Gedung MPP",
        "6",
        "2030-02-25",
        "TP-SAUH dan BPSDM Provinsi",
    ),
    (
        "SAUH-30-02",
        "Orientasi Perizinan Berusaha Berbasis Risiko bagi Pegawai Baru",
        "Teknis",
        "Tatap muka",
        16,
        "2030-03-19",
        "2030-03-20",
        "08.00-16.00 WITA",
        "Ruang Rapat Teluk Lantai 2",
        "3",
        "2030-03-08",
        "Bidang Yanzin",
    ),
    (
        "SAUH-30-03",
        "Menulis LIHB dan Rencana Tindak Lanjut",
        "Manajerial",
        "Daring sinkron (Zoom)",
        4,
        "2030-03-26",
        "2030-03-26",
        "13.30-16.30 WITA",
        "Daring",
        "6",
        "2030-03-22",
        "TP-SAUH",
    ),
    (
        "SAUH-30-04",
        "Analisis Data Investasi dengan Python Dasar",
        "Teknis",
        "Blended",
        32,
        "2030-04-08",
        "2030-04-19",
        "08.00-12.00 WITA",
        "Lab Komputer Bidang Datsi",
        "2",
        "2030-03-27",
        "Bidang Datsi",
    ),
    (
        "SAUH-30-05",
        "Layanan Prima dan Etika Front Office Angkatan II",
        "Sosial kultural",
        "Tatap muka",
        24,
        "2030-04-23",
        "2030-04-25",
        "08.00-16.00 WITA",
        "Aula Lantai 2 Gedung MPP",
        "6",
        "2030-04-09",
        "TP-SAUH dan BPSDM Provinsi",
    ),
    (
        "SAUH-30-06",
        "Pengawasan LKPM Berbasis Risiko bagi Petugas Lapangan",
        "Teknis",
        "Tatap muka",
        16,
        "2030-05-06",
        "2030-05-07",
        "08.00-16.00 WITA",
        "Ruang Rapat Bidang Dalak",
        "khusus Bidang Dalak",
        "2030-04-24",
        "Bidang Dalak",
    ),
    (
        "SAUH-30-07",
        "Coaching Kinerja bagi Atasan",
        "Manajerial",
        "Tatap muka",
        12,
        "2030-05-14",
        "2030-05-15",
        "08.30-15.00 WITA",
        "Ruang Rapat Teluk Lantai 2",
        "khusus pejabat",
        "2030-05-02",
        "Widyaiswara BPSDM Provinsi",
    ),
    (
        "SAUH-30-08",
        "Etika Digital dan Pelindungan Data Pribadi",
        "Teknis",
        "E-learning",
        6,
        "2030-05-01",
        "2030-05-31",
        "mandiri",
        "LMS daring",
        "tanpa batas",
        "2030-04-30",
        "LMS lembaga pelatihan pemerintah",
    ),
    (
        "SAUH-30-09",
        "Penulisan Naskah Kebijakan",
        "Teknis",
        "Workshop",
        15,
        "2030-05-21",
        "2030-05-23",
        "08.00-15.00 WITA",
        "Ruang Rapat Bidang PPPM",
        "4",
        "2030-05-08",
        "TP-SAUH dan Universitas Sangiwu",
    ),
    (
        "SAUH-30-10",
        "Bahasa Inggris untuk Promosi Investasi Lanjutan",
        "Teknis",
        "Blended",
        40,
        "2030-06-03",
        "2030-07-26",
        "15.30-17.00 WITA (Selasa dan Kamis)",
        "Pusat Bahasa Universitas Sangiwu",
        "khusus Bidang PPPM",
        "2030-05-20",
        "Pusat Bahasa Universitas Sangiwu",
    ),
    (
        "SAUH-30-11",
        "Patok Banding Layanan Perizinan Daring",
        "Teknis",
        "Patok banding",
        12,
        "2030-06-18",
        "2030-06-19",
        "-",
        "DPMPTSP Kota Lembah Harapan",
        "2",
        "2030-05-31",
        "TP-SAUH",
    ),
    (
        "SAUH-30-12",
        "Pengadaan Barang/Jasa Pemerintah Tingkat Dasar",
        "Teknis",
        "Daring sinkron",
        24,
        "2030-06-24",
        "2030-06-27",
        "08.00-16.00 WITA",
        "Daring",
        "1",
        "2030-06-10",
        "UKPBJ Kabupaten",
    ),
]


def jadwal_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            f"Jadwal Pelatihan Program {PROGRAM} Tahun 2030 Semester I - {SINGKAT} {KAB} - "
            f"diperbarui 14 Februari 2030 - {FIKTIF}"
        ]
    )
    w.writerow(
        [
            "kode",
            "nama_pelatihan",
            "jenis_kompetensi",
            "metode",
            "jp",
            "tanggal_mulai",
            "tanggal_selesai",
            "pukul",
            "tempat",
            "kuota_per_unit",
            "batas_pendaftaran",
            "penyelenggara",
        ]
    )
    for r in JADWAL_2030:
        w.writerow(r)
    return buf.getvalue()


# kecamatan, companies obliged to report, companies that reported, realised investment (Rp
# million), Indonesian workers
LKPM = [
    ("Sangiwu", 214, 171, 128450.5, 1240),
    ("Tanjung Pasir", 96, 68, 402115.0, 2310),
    ("Bukit Lamoare", 58, 39, 35780.25, 415),
    ("Teluk Indah", 121, 97, 88904.75, 760),
    ("Lembah Mekar", 43, 25, 12650.0, 188),
    ("Pulau Sandeq", 27, 21, 54300.0, 302),
]


def lkpm_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "kecamatan",
            "pelaku_usaha_wajib_lkpm",
            "pelaku_usaha_melapor",
            "kepatuhan_persen",
            "realisasi_investasi_rp_juta",
            "tenaga_kerja_indonesia",
        ]
    )
    for k in LKPM:
        w.writerow([k[0], k[1], k[2], f"{k[2] / k[1] * 100:.1f}", f"{k[3]:.2f}", k[4]])
    tw = sum(k[1] for k in LKPM)
    tl = sum(k[2] for k in LKPM)
    w.writerow(
        [
            "JUMLAH",
            tw,
            tl,
            f"{tl / tw * 100:.1f}",
            f"{sum(k[3] for k in LKPM):.2f}",
            sum(k[4] for k in LKPM),
        ]
    )
    w.writerow(
        [
            "# Rekap Laporan Kegiatan Penanaman Modal (LKPM) Triwulan IV 2029 per kecamatan, "
            "Bidang Pengendalian dan Pelaksanaan Penanaman Modal. Batas penyampaian LKPM "
            "Triwulan I 2030 oleh pelaku usaha: 10 April 2030. Bukan data pengembangan "
            f"kompetensi pegawai. {FIKTIF}"
        ]
    )
    return buf.getvalue()


# ============================================================================ HTML
CSS = """<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;background:#f3f5f8}
header.top{background:#103c6e;color:#fff;padding:10px 24px}
header.top a{color:#fff;margin-right:14px;text-decoration:none;font-size:14px}
main{max-width:940px;margin:20px auto;background:#fff;padding:20px 32px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border:1px solid #bbb;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#dce6f1}
aside{font-size:13px;border-top:1px solid #ccc;margin-top:24px}
dt{font-weight:bold;margin-top:10px}
footer{font-size:12px;color:#666;text-align:center;padding:16px}
.crumb{font-size:12px;color:#666}
</style>"""

NAV = f"""<header class="top">
<strong>Intranet {SINGKAT} {KAB}</strong><br>
<nav><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/sauh">SAUH</a>
<a href="/perizinan">Perizinan</a><a href="/pengaduan">Pengaduan</a><a href="/unduhan">Unduhan</a>
<a href="/kontak">Kontak</a></nav>
</header>"""

FOOT = f"""<footer>
{DINAS} {KAB} &middot; {ALAMAT} &middot; Telepon {TELP}<br>
Hak cipta &copy; 2030 Bidang Data dan Sistem Informasi &middot; {FIKTIF}
</footer>"""


def _page(title, body, crumbs, nav=NAV, foot=FOOT):
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n{CSS}\n<script>window.dataLayer=[];</script>\n</head>\n<body>\n"
        f'{nav}\n<main>\n<p class="crumb">{crumbs}</p>\n{body}\n</main>\n{foot}\n</body>\n'
        "</html>\n"
    )


def berita_html():
    body = f"""<article>
<h1>{SISTEM} Resmi Menggantikan {OLD_APP}: Catat JP Kini Bisa dari Ponsel</h1>
<p class="crumb">Senin, 4 Februari 2030 &middot; Oleh Tim Humas &middot; Dibaca 412 kali</p>
<p>Mulai hari ini seluruh pegawai {SINGKAT} mencatat kegiatan belajarnya melalui {SISTEM}
({SISTEM_LONG}). Aplikasi yang dikembangkan sendiri oleh Bidang Data dan Sistem Informasi itu
diluncurkan Kepala Dinas, {KADIS}, seusai apel pagi di Aula Tanjung Sangiwu Lantai 3 pada
pukul 08.30 WITA.</p>
<p>&ldquo;Dulu kita mencatat belajar di lembar kerja yang rumusnya sering rusak. Sekarang
pegawai cukup memotret sertifikat, mengunggah, dan menunggu notifikasi. Tidak ada lagi alasan
lupa mencatat,&rdquo; kata Kepala Dinas dalam sambutannya.</p>
<h2>Dari uji coba ke seluruh Dinas</h2>
<p>{SISTEM} diuji coba sejak Oktober 2029 oleh 13 pegawai Bidang Data dan Sistem Informasi.
Selama uji coba, waktu rata-rata dari unggah sampai terverifikasi turun dari 11 hari menjadi
4 hari kerja. Sebanyak 1.284 entri kegiatan tahun 2029 dari {OLD_APP}, termasuk entri yang
ditolak atau tidak lolos verifikasi, sudah dipindahkan ke {SISTEM} sehingga riwayat belajar
pegawai tidak hilang.</p>
<h2>Apa yang baru?</h2>
<ul>
<li>masuk dengan NIP dan kata sandi yang dikirim ke pos-el dinas;</li>
<li>unggah bukti langsung dari kamera ponsel;</li>
<li>notifikasi WhatsApp ketika entri dikembalikan atau terverifikasi;</li>
<li>menu Rencana Belajar untuk mengunggah RPKI dan persetujuan atasan langsung;</li>
<li>rekap JP per unit yang dapat diunduh kepala unit kerja kapan saja.</li>
</ul>
<p>Perlu dicatat, {SISTEM} belum terhubung dengan aplikasi kepegawaian nasional. Pegawai
tetap memperbarui riwayat diklatnya sendiri di MyASN.</p>
<h2>Butuh bantuan?</h2>
<p>Helpdesk {SISTEM} melayani pertanyaan pada hari kerja, Senin sampai Jumat pukul
08.00-15.00 WITA, melalui WhatsApp {WA_HELP} atau pos-el {EMAIL_HELP}. Pengelola aplikasi
adalah {PRAKOM}, pranata komputer Bidang Data dan Sistem Informasi.</p>
</article>
<aside>
<h3>Berita lainnya</h3>
<ul>
<li><a href="/berita/expo-2030">Pendaftaran tenant Expo Investasi Teluk Sangiwu 2030 dibuka</a></li>
<li><a href="/berita/mpp-ramadan">Penyesuaian jam layanan Mal Pelayanan Publik</a></li>
<li><a href="/berita/ikm-2029">Indeks Kepuasan Masyarakat 2029 naik</a></li>
</ul>
</aside>"""
    return _page(
        f"{SISTEM} resmi diluncurkan - Intranet {SINGKAT}", body, "Beranda &rsaquo; Berita"
    )


PBU_2030 = {
    "SEK": ("Fitri Handayani Lasaka, S.E.", "Pengelola Kepegawaian"),
    "PPPM": ("Ahmad Syukur Landu, S.E.", "Analis Kebijakan Ahli Pertama"),
    "YANZIN": ("Ni Luh Putu Sriasih, S.H.", "Analis Perizinan"),
    "DALAK": ("Maria Ulfa Rante, S.E.", "Pengawas Penanaman Modal"),
    "PKPL": ("Wa Ode Siti Harlina, S.AP.", "Analis Pengaduan Masyarakat"),
    "DATSI": ("Gede Putra Mahendra, S.Kom.", "Pranata Komputer Ahli Pertama"),
    "UPT MPP": ("Hasniah Labania, A.Md.", "Pengadministrasi Layanan"),
}
PBU_MAIL = {
    "SEK": "fitri.lasaka",
    "PPPM": "ahmad.landu",
    "YANZIN": "niluh.sriasih",
    "DALAK": "maria.rante",
    "PKPL": "waode.harlina",
    "DATSI": "gede.mahendra",
    "UPT MPP": "hasniah.labania",
}


def direktori_html():
    rows = "\n".join(
        f"<tr><td>{u[0]}</td><td>{PBU_2030[u[1]][0]}</td><td>{PBU_2030[u[1]][1]}</td>"
        f"<td>{u[7]}</td><td>{PBU_MAIL[u[1]]}@{DOMAIN}</td></tr>"
        for u in UNITS
    )
    body = f"""<h1>Direktori Penggerak Belajar Unit (PBU) dan TP-SAUH 2030</h1>
<p>Penggerak Belajar Unit adalah teman belajar di setiap unit kerja. Hubungi PBU unit Anda untuk
pendaftaran pelatihan, pertanyaan pengisian RPKI, dan kelengkapan bukti di {SISTEM}. Masa tugas
PBU periode ini adalah 2030-2031.</p>
<table>
<thead><tr><th>Unit kerja</th><th>PBU 2030-2031</th><th>Jabatan</th><th>Ekstensi</th>
<th>Pos-el</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h2>Susunan TP-SAUH Tahun 2030</h2>
<dl>
<dt>Ketua</dt><dd>{SEKRETARIS}, Sekretaris</dd>
<dt>Sekretaris tim</dt><dd>{KASUBBAG}, Kepala Subbagian Umum dan Kepegawaian (ekstensi 102)</dd>
<dt>Verifikator JP</dt><dd>{ANALIS} (ekstensi 105), untuk Sekretariat, Bidang PPPM, Bidang
Yanzin, dan Bidang Dalak; {VERIF2} (ekstensi 106), untuk Bidang PKPL, Bidang Datsi, dan UPT
MPP</dd>
<dt>Pengelola {SISTEM}</dt><dd>{PRAKOM}, Bidang Data dan Sistem Informasi (ekstensi 253)</dd>
<dt>Koordinator komunitas belajar Kopi Sore</dt><dd>Gede Putra Mahendra, S.Kom.</dd>
<dt>Anggota</dt><dd>Seluruh PBU sebagaimana tercantum pada tabel di atas</dd>
</dl>
<p class="crumb">Diperbarui 3 Februari 2030 berdasarkan Keputusan Kepala Dinas tentang TP-SAUH
Tahun 2030.</p>"""
    return _page(
        f"Direktori PBU dan TP-SAUH 2030 - Intranet {SINGKAT}",
        body,
        f"Beranda &rsaquo; {PROGRAM} &rsaquo; Direktori",
    )


SP_LAYANAN = [
    (
        "Persetujuan Bangunan Gedung (PBG) untuk rumah tinggal",
        "KTP, bukti kepemilikan tanah, gambar rencana teknis",
        "14 hari kerja setelah berkas lengkap",
        "Retribusi sesuai Peraturan Daerah",
    ),
    (
        "Izin praktik tenaga kesehatan",
        "STR, rekomendasi organisasi profesi, surat keterangan tempat praktik",
        "5 hari kerja",
        "Tidak dipungut biaya",
    ),
    (
        "Izin penyelenggaraan reklame",
        "KTP, desain reklame, foto lokasi, bukti pembayaran pajak reklame",
        "3 hari kerja",
        "Pajak reklame sesuai ketetapan",
    ),
    (
        "Pendampingan NIB melalui sistem OSS untuk usaha mikro",
        "KTP, NPWP (jika ada), alamat usaha",
        "Selesai pada hari yang sama",
        "Tidak dipungut biaya",
    ),
    (
        "Rekomendasi kesesuaian kegiatan pemanfaatan ruang (KKPR) nonberusaha",
        "Surat permohonan, peta lokasi, rencana kegiatan",
        "10 hari kerja",
        "Tidak dipungut biaya",
    ),
]


def sp_html():
    rows = "\n".join(
        f"<tr><td>{s[0]}</td><td>{s[1]}</td><td>{s[2]}</td><td>{s[3]}</td></tr>" for s in SP_LAYANAN
    )
    body = f"""<h1>Standar Pelayanan dan Kanal Pengaduan</h1>
<p>Standar Pelayanan (SP) {SINGKAT} {KAB} ditetapkan dengan Keputusan Kepala Dinas dan
dievaluasi setiap tahun melalui Survei Kepuasan Masyarakat. Indeks Kepuasan Masyarakat tahun
2029 adalah 88,7 dengan mutu pelayanan B (Baik).</p>
<h2>Jam layanan Mal Pelayanan Publik</h2>
<ul>
<li>Senin sampai Kamis: pukul 08.00-15.30 WITA (istirahat 12.00-13.00)</li>
<li>Jumat: pukul 08.00-11.30 WITA</li>
<li>Sabtu: layanan konsultasi perizinan pukul 09.00-12.00 WITA</li>
</ul>
<h2>Ringkasan standar pelayanan</h2>
<table>
<thead><tr><th>Jenis layanan</th><th>Persyaratan pokok</th><th>Jangka waktu</th>
<th>Biaya/tarif</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h2>Kanal pengaduan masyarakat</h2>
<dl>
<dt>SP4N-LAPOR!</dt><dd>Pengaduan daring yang diteruskan ke Bidang Pengaduan, Kebijakan, dan
Pelaporan Layanan.</dd>
<dt>WhatsApp pengaduan</dt><dd>0811-4000-7751 (pesan teks, Senin-Jumat 08.00-15.00 WITA)</dd>
<dt>Loket pengaduan</dt><dd>Loket 12, lantai dasar Gedung Mal Pelayanan Publik</dd>
<dt>Pos-el</dt><dd>pengaduan@{DOMAIN}</dd>
</dl>
<p>Setiap pengaduan ditanggapi paling lambat 5 hari kerja sejak diterima. Pengaduan yang
memerlukan pemeriksaan lapangan diselesaikan paling lama 14 hari kerja.</p>
<h2>Maklumat pelayanan</h2>
<p>&ldquo;Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan
yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai
peraturan perundang-undangan yang berlaku.&rdquo;</p>"""
    return _page(
        f"Standar Pelayanan dan Pengaduan - {SINGKAT} {KAB}",
        body,
        "Beranda &rsaquo; Layanan Publik",
    )


def expo_htm():
    return f"""<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>Teluk Sangiwu Investment Forum and Expo 2030</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="100%" BORDER="0"><TR><TD BGCOLOR="#103C6E"><FONT COLOR="#FFFFFF" SIZE="2">
<A HREF="index.htm"><FONT COLOR="#FFFFFF">Beranda</FONT></A> |
<A HREF="peluang.htm"><FONT COLOR="#FFFFFF">Peluang Investasi</FONT></A> |
<A HREF="expo.htm"><FONT COLOR="#FFFFFF">Expo 2030</FONT></A> |
<A HREF="kontak.htm"><FONT COLOR="#FFFFFF">Kontak</FONT></A>
</FONT></TD></TR></TABLE>
<H1>Teluk Sangiwu Investment Forum and Expo (TSIFE) 2030</H1>
<P><B>Rabu-Jumat, 14-16 Agustus 2030</B><BR>
Sangiwu Convention Hall, Jl. Pelabuhan Baru No. 2, Sangiwu</P>
<P>{SINGKAT} {KAB} mengundang pelaku usaha, calon investor, perbankan, dan UMKM untuk
berpartisipasi dalam forum dan pameran investasi tahunan kabupaten. Tahun ini mengusung tema
<I>Teluk Biru, Investasi Hijau</I> dengan fokus perikanan tangkap, pengolahan rumput laut,
pariwisata bahari, dan energi surya.</P>
<H2>Agenda utama</H2>
<UL>
<LI>Forum investasi dan penandatanganan nota kesepahaman: 14 Agustus 2030, pukul 09.00 WITA</LI>
<LI>Temu bisnis (business matching) satu lawan satu: 15 Agustus 2030</LI>
<LI>Pameran produk UMKM dan klinik perizinan OSS: 14-16 Agustus 2030, pukul 10.00-21.00 WITA</LI>
</UL>
<H2>Biaya keikutsertaan pameran</H2>
<TABLE BORDER="1" CELLPADDING="4">
<TR><TH>Jenis stan</TH><TH>Ukuran</TH><TH>Biaya</TH></TR>
<TR><TD>Stan korporasi</TD><TD>3 x 6 m</TD><TD>Rp7.500.000</TD></TR>
<TR><TD>Stan reguler</TD><TD>3 x 3 m</TD><TD>Rp3.500.000</TD></TR>
<TR><TD>Stan UMKM binaan</TD><TD>2 x 2 m</TD><TD>Rp750.000</TD></TR>
</TABLE>
<P>Pendaftaran peserta pameran ditutup 30 Juni 2030. Formulir dan proposal sponsor dapat
diminta ke Bidang Perencanaan dan Promosi Penanaman Modal, telepon {TELP} ekstensi 212,
pos-el promosi@{DOMAIN}.</P>
<P>Target transaksi dan komitmen investasi tahun ini Rp1,2 triliun, naik dari Rp870 miliar
pada penyelenggaraan 2029.</P>
<HR>
<P><FONT SIZE="1">Bidang Perencanaan dan Promosi Penanaman Modal - {FIKTIF}</FONT></P>
</BODY>
</HTML>
"""


# ============================================================================ Markdown
def faq_md():
    return f"""# Tanya Jawab Program {PROGRAM} setelah Perkadis 1/2030

*Disusun TP-SAUH {SINGKAT} {KAB}. Diperbarui 12 Februari 2030.*

Tanya jawab ini merangkum pertanyaan yang paling sering masuk ke PBU dan helpdesk sejak
sosialisasi. Dasar hukumnya adalah Peraturan Kepala Dinas Nomor 1 Tahun 2030 tentang Program
{PROGRAM}, yang ditetapkan 10 Januari 2030 dan berlaku mulai 1 Februari 2030.

---

**T: Aturan lama masih berlaku atau tidak?**

J: Perkadis 4/2027 sudah dicabut sejak 1 Februari 2030. Panduan SAUH Edisi 2029 masih boleh
dibaca untuk hal-hal teknis, tetapi angka-angkanya (target, tenggat, tarif) sudah tidak
berlaku. Panduan edisi baru sedang disusun.

**T: Target JP saya tahun 2030 berapa?**

J: Tergantung kelompok Anda. PNS yang menduduki jabatan fungsional 30 JP, PNS lainnya
(struktural dan pelaksana) 24 JP, dan PPPK 16 JP. Paling sedikit 60% harus berasal dari
kegiatan kompetensi teknis.

**T: Saya PPPK. Boleh ikut pelatihan lebih dari 24 JP?**

J: Boleh, tetapi pelatihan yang dibiayai anggaran Dinas untuk PPPK dibatasi 24 JP dalam satu
tahun masa perjanjian kerja. Kegiatan di atas itu harus gratis atau dibiayai sendiri.

**T: Tahun 2029 JP saya 15 JP di atas target. Bisa dibawa ke 2030?**

J: Tidak bisa. Kelebihan JP tidak dapat dialihkan ke tahun berikutnya.

**T: Webinar gratis yang ditayangkan di YouTube dihitung tidak?**

J: Dihitung sebagai webinar (3 JP per kegiatan, paling banyak 9 JP setahun) jika Anda
mengikuti siaran langsungnya dan punya bukti kehadiran, misalnya sertifikat atau tangkapan
layar bertanggal, ditambah resume satu halaman. Menonton rekaman tanpa interaksi dicatat
sebagai belajar mandiri.

**T: Berapa lama batas unggah bukti sekarang?**

J: Tujuh hari kerja setelah kegiatan selesai. Kalau sudah lewat lebih dari 60 hari kalender,
entri hanya diproses dengan persetujuan Sekretaris.

**T: Siapa yang memverifikasi JP saya?**

J: Verifikator JP yang ditunjuk Sekretaris, bukan lagi Kepala Subbagian Umum dan Kepegawaian.
Sebelum sampai ke Verifikator, bukti diperiksa kelengkapannya oleh PBU unit Anda.

**T: RPKI disetujui siapa dan kapan batasnya?**

J: RPKI disetujui atasan langsung dan diunggah melalui {SISTEM} paling lambat 28 Februari.

**T: Saya pindahan dari OPD lain dan baru masuk bulan Agustus. Target saya berapa?**

J: Pegawai yang mulai bertugas setelah 30 Juni dikenai 50% dari target tahunan. Jadi jika Anda
PNS pelaksana, target Anda tahun ini 12 JP.

**T: Sertifikat Layanan Prima saya terbit Maret 2028. Masih berlaku sampai kapan?**

J: Sertifikat yang terbit sebelum aturan baru berlaku disesuaikan menjadi 3 tahun sejak tanggal
terbit. Sertifikat Anda berlaku sampai Maret 2031.

**T: Kalau akhir tahun target saya tidak tercapai, apa konsekuensinya?**

J: Tidak ada lagi teguran lisan. Anda wajib menyusun Rencana Pemenuhan JP (RPJ) paling lambat
14 hari kerja setelah rekap tahunan disahkan, dan Anda diprioritaskan mengikuti pelatihan
in-house pada triwulan I tahun berikutnya.

**T: Apakah menjadi panitia Expo Investasi atau petugas klinik OSS dihitung JP?**

J: Tidak. Itu tugas jabatan. Yang dihitung adalah kegiatan belajar yang menambah kompetensi
Anda. Sebaliknya, menjadi narasumber internal, misalnya mengisi Kopi Sore, dihitung 2 JP per
sesi, paling banyak 8 JP setahun.

**T: Kegiatan bulan Januari 2030 dicatat pakai aturan apa?**

J: Kegiatan yang selesai sebelum 1 Februari 2030 dihitung dengan konversi aturan lama, tetapi
diunggah ke {SISTEM} paling lambat 14 Februari 2030.

**T: Apakah {SISTEM} otomatis memperbarui data saya di MyASN?**

J: Tidak. {SISTEM} belum terhubung dengan aplikasi kepegawaian nasional. Perbarui riwayat
diklat Anda sendiri di MyASN.

**T: Berapa honor kalau saya diminta jadi narasumber pelatihan in-house?**

J: Rp350.000 per JP bagi ASN Dinas, dipotong pajak sesuai ketentuan.

**T: Ada hadiah untuk pembelajar terbaik?**

J: Ada. Mulai penilaian tahun 2030, Kepala Dinas menetapkan tiga Pembelajar Teladan, satu dari
setiap kelompok pegawai (PNS fungsional, PNS lainnya, PPPK). Masing-masing mendapat piagam dan
uang pembinaan Rp2.000.000.

---

Pertanyaan lain: hubungi PBU unit Anda atau helpdesk {SISTEM} di WhatsApp {WA_HELP}.

{FIKTIF}
"""


def panduan_md():
    return f"""# Panduan Singkat Pengisian {SISTEM} Versi 2.0

Panduan ini untuk pegawai yang mencatat kegiatan belajar dan mengunggah RPKI di {SISTEM}.
Alamat aplikasi: {URL_KEMUDI}

## A. Masuk pertama kali

1. Buka alamat aplikasi dari peramban di komputer atau ponsel.
2. Masukkan NIP (untuk PPPK: nomor induk PPPK) tanpa spasi.
3. Masukkan kata sandi awal yang dikirim ke pos-el dinas Anda pada 3 Februari 2030.
4. Sistem meminta Anda mengganti kata sandi. Kata sandi baru paling sedikit 10 karakter dan
   memuat huruf serta angka.
5. Lengkapi nomor WhatsApp pada menu Profil agar notifikasi sampai.

Lupa kata sandi? Klik **Lupa kata sandi** di halaman masuk. Tautan pengaturan ulang dikirim ke
pos-el dinas dan hanya berlaku 30 menit. Kalau pos-el dinas Anda tidak aktif, hubungi helpdesk
melalui WhatsApp {WA_HELP}.

## B. Mencatat kegiatan belajar

1. Pilih menu **Kegiatan Belajar**, lalu klik **+ Entri Baru**.
2. Pilih jenis kegiatan. JP untuk kegiatan nonklasikal dihitung otomatis sesuai tabel
   konversi.
3. Isi nama kegiatan, penyelenggara, tanggal mulai, dan tanggal selesai.
4. Pilih jenis kompetensi: teknis, manajerial, atau sosial kultural.
5. Untuk pelatihan klasikal, isi jumlah JP sesuai sertifikat.
6. Unggah bukti. Format yang diterima PDF, JPG, atau PNG, paling besar 5 MB per berkas.
7. Periksa kembali ringkasan entri, lalu klik **Ajukan**.
8. Pantau status entri pada daftar kegiatan dan notifikasi WhatsApp.

## C. Arti status entri

| Status | Arti | Yang harus dilakukan |
|---|---|---|
| Draf | Entri tersimpan tetapi belum diajukan | Lengkapi lalu klik Ajukan |
| Diajukan | Menunggu pemeriksaan PBU | Tunggu paling lama 2 hari kerja |
| Lengkap | Bukti lengkap, menunggu Verifikator JP | Tunggu paling lama 3 hari kerja |
| Dikembalikan | Ada kekurangan; baca catatan | Perbaiki dalam 3 hari kerja |
| Terverifikasi | JP sudah diakui dan masuk rekap | Tidak ada |
| Ditolak | Kegiatan tidak dapat diakui sebagai JP | Ajukan keberatan ke Ketua TP-SAUH bila perlu |

## D. Bukti yang diterima

| Jenis kegiatan | Bukti |
|---|---|
| Pelatihan, workshop, seminar | Sertifikat atau surat keterangan penyelenggara |
| Webinar tanpa sertifikat | Tangkapan layar bertanggal dan resume 1 halaman |
| Coaching atau mentoring | Lembar sesi bertanda tangan coach atau mentor dan pegawai |
| Belajar mandiri | Resume paling sedikit 2 halaman yang disetujui atasan langsung |
| Kopi Sore | Daftar hadir yang diunggah koordinator; pegawai tidak perlu mengunggah |
| Patok banding dan magang | Surat tugas dan laporan kegiatan |

## E. Mengunggah RPKI

1. Buka menu **Rencana Belajar** dan unduh templat formulir {FORM_NO}.
2. Isi formulir bersama atasan langsung dalam dialog kinerja.
3. Unggah formulir yang sudah ditandatangani dalam format PDF paling besar 2 MB.
4. Atasan langsung menerima notifikasi dan menyetujui RPKI di {SISTEM}.
5. Setelah disetujui, status RPKI berubah menjadi **Disetujui** dan tidak dapat diubah kecuali
   melalui menu Perubahan RPKI.

## F. Tips

- Unggah bukti pada hari yang sama dengan selesainya kegiatan; batasnya hanya 7 hari kerja.
- Satu entri untuk satu kegiatan. Sertifikat gabungan dipecah.
- Rekap JP pribadi dapat diunduh dari menu **Rekap Saya** dalam format PDF.

{FIKTIF}
"""


def changelog_md():
    return f"""# Catatan Perubahan {SISTEM}

Semua perubahan penting pada {SISTEM} ({SISTEM_LONG}) dicatat di sini. Pengembang: Tim Aplikasi
Bidang Data dan Sistem Informasi {SINGKAT} {KAB}, dengan {PRAKOM} sebagai pengelola aplikasi.

## [Belum dirilis] - rencana 2.1.0

### Direncanakan
- Tanda tangan elektronik atasan langsung untuk verifikasi LIHB.
- Pengingat otomatis 14 hari dan 3 hari sebelum tenggat LIHB.
- Ekspor rekap JP per pegawai ke format Excel untuk BKPSDM.

## [2.0.1] - 2030-02-11

### Diperbaiki
- Konversi e-learning masih memakai batas lama 2 JP per hari; sekarang 3 JP per hari sesuai
  Perkadis 1/2030.
- Notifikasi WhatsApp terkirim dua kali untuk entri yang dikembalikan.
- Tombol Ajukan tidak muncul di layar ponsel berukuran kecil.

## [2.0.0] - 2030-02-04

### Ditambahkan
- Aturan Perkadis 1/2030: target JP baru (30/24/16), porsi teknis 60%, tabel konversi baru.
- Peran Verifikator JP dengan pembagian unit kerja.
- Menu Rencana Belajar untuk unggah dan persetujuan RPKI.
- Notifikasi WhatsApp untuk status Dikembalikan dan Terverifikasi.

### Diubah
- Batas unggah bukti dihitung dalam hari kerja (7 hari kerja) dan memperhitungkan hari libur
  nasional.
- Aplikasi dibuka untuk seluruh pegawai Dinas (sebelumnya hanya Bidang Datsi).

### Migrasi
- 1.284 entri kegiatan tahun 2029 dipindahkan dari {OLD_APP}.

## [1.2.0] - 2029-12-09

### Ditambahkan
- Ekspor rekap JP per unit ke format Excel.
- Impor massal data {OLD_APP} (uji coba).

## [1.1.0] - 2029-11-04

### Ditambahkan
- Unggah bukti langsung dari kamera ponsel.
- Kompresi otomatis untuk foto di atas 5 MB.

## [1.0.0] - 2029-10-01

### Ditambahkan
- Rilis uji coba terbatas untuk 13 pegawai Bidang Data dan Sistem Informasi.
- Pencatatan kegiatan, unggah bukti, dan verifikasi satu tingkat.

## [0.9.0] - 2029-09-02

### Ditambahkan
- Uji coba internal oleh tim pengembang.

{FIKTIF}
"""


# ============================================================================ plain text
def wa_txt():
    lines = [
        "13/01/30 19.02 - Pesan dan panggilan terenkripsi secara end-to-end.",
        '13/01/30 19.02 - Fadli SDM membuat grup "PBU SAUH 2030"',
        "13/01/30 19.05 - Fadli SDM: Selamat malam bapak ibu PBU 🙏 grup ini khusus koordinasi "
        "SAUH 2030. Mohon tidak dipakai utk broadcast lain ya",
        "13/01/30 19.07 - Fitri Sekretariat: Siap pak. Saya PBU baru Sekretariat, gantikan kak "
        "Rahma mulai tahun ini",
        "13/01/30 19.09 - Fadli SDM: Selamat datang kak Fitri 👍",
        "15/01/30 08.12 - Fadli SDM: Info: sosialisasi Perkadis baru hari Rabu 23 Jan jam 09.00 "
        "di Aula lt 2 ya. Semua pegawai diundang",
        "15/01/30 08.31 - Fadli SDM: Ralat: sosialisasinya di Aula Tanjung Sangiwu LANTAI 3, "
        "bukan lt 2. Mohon maaf 🙏",
        "15/01/30 08.33 - Hasniah MPP: Siap. Dari MPP kami kirim 8 org dulu ya pak, loket "
        "tetap harus buka",
        "15/01/30 08.35 - Fadli SDM: Boleh bu, nanti bahannya kami bagikan",
        "16/01/30 10.20 - Irfan Datsi: Bapak ibu, e-BKJ ditutup Rabu 30 Jan jam 16.00. Tolong "
        "yg masih ada entri 2029 yg belum diverifikasi segera dicek",
        "16/01/30 10.41 - Irfan Datsi: eh maaf, yang benar Kamis 31 Januari pukul 15.00 WITA. "
        "salah liat jadwal 🙏",
        "16/01/30 10.44 - Ni Luh Yanzin: Noted pak Irfan",
        "17/01/30 14.03 - Gede Datsi: Kopi Sore perdana 2030 sore ini jam 15.30 di Pojok Baca "
        "lt 2. Topik: fitur baru SI-KEMUDI. Ditunggu 😊",
        "21/01/30 09.15 - Maria Dalak: Pak Fadli, target PPPK sekarang berapa ya? Ada yg "
        "tanya di bidang kami",
        "21/01/30 09.20 - Fadli SDM: Target baru: PNS JF 30 JP, PNS lainnya 24 JP, PPPK 18 JP",
        "21/01/30 09.26 - Fadli SDM: maaf typo, PPPK 16 JP ya bu, bukan 18. Yg lain sudah benar",
        "21/01/30 09.27 - Maria Dalak: Siap pak makasih",
        "23/01/30 12.05 - Fadli SDM: Terima kasih atas kehadiran di sosialisasi tadi. Bahan "
        "paparan sudah saya kirim ke pos-el masing2",
        "23/01/30 12.09 - Wa Ode PKPL: Pak, td disebut batas unggah bukti 7 hari kalender?",
        "23/01/30 12.15 - Ratna Umpeg: Ralat dari paparan tadi: 7 hari KERJA ya bapak ibu, "
        "bukan kalender. Di Perkadis Pasal 12 jelas hari kerja",
        "23/01/30 12.16 - Wa Ode PKPL: Oke bu, terima kasih",
        "28/01/30 16.40 - Fadli SDM: Pelatihan PBU utk SI-KEMUDI hari Selasa 5 Feb jam 13.30 di "
        "Lab Komputer Datsi. Bawa laptop ya",
        "29/01/30 08.05 - Fadli SDM: Koreksi: pelatihan PBU dipindah ke Rabu 6 Februari, jam "
        "sama 13.30 WITA, tempat sama. Tgl 5 Feb lab dipakai ujian dinas",
        "29/01/30 08.10 - Ahmad PPPM: Siap pak",
        "31/01/30 15.20 - Irfan Datsi: e-BKJ sudah ditutup ya. Total 1.284 entri 2029 sudah "
        "dipindah ke SI-KEMUDI",
        "04/02/30 09.02 - Irfan Datsi: SI-KEMUDI sudah bisa diakses semua pegawai. Kalau ada "
        "kendala WA helpdesk 0813-4127-5950",
        "04/02/30 09.06 - Irfan Datsi: eh salah ketik nomor, yg benar 0813-4127-5590. Mohon "
        "diteruskan ke unit masing2 🙏",
        "05/02/30 11.30 - Ni Luh Yanzin: Pak Fadli, webinar internasional bhs Inggris yg gak "
        "ada sertifikatnya bisa dicatat?",
        "05/02/30 11.42 - Fadli SDM: Bisa bu, unggah tangkapan layar bertanggal + resume 1 "
        "halaman. Dihitung webinar 3 JP",
        "06/02/30 17.10 - Gede Datsi: Kopi Sore besok Kamis 7 Feb pindah ke hari Jumat ya",
        "06/02/30 17.25 - Gede Datsi: ralat, tetap Kamis 7 Feb jam 15.30, cuma tempatnya pindah "
        "ke Ruang Rapat Bidang Datsi krn Pojok Baca lagi direnovasi",
        "07/02/30 08.00 - Hasniah MPP: Pak, kalau pegawai MPP ikut in-house Layanan Prima, "
        "kuotanya berapa org per unit?",
        "07/02/30 08.09 - Fadli SDM: Maksimal 6 orang per unit per angkatan bu, sesuai aturan baru",
        "07/02/30 08.10 - Hasniah MPP: 👍",
        "",
        f"[Ekspor obrolan grup WhatsApp. {FIKTIF}]",
    ]
    return "\n".join(lines) + "\n"


def memo_txt():
    verif = f"{ANALIS} dan {VERIF2}"
    return f"""NOTA DINAS

Kepada   : Yth. 1. Para Kepala Bidang
                2. Kepala UPT Mal Pelayanan Publik
                3. Kepala Subbagian Umum dan Kepegawaian
                4. Kepala Subbagian Perencanaan dan Keuangan
Dari     : Sekretaris {SINGKAT} {KAB}
Tanggal  : 14 Januari 2030
Nomor    : 800.1/021/DPMPTSP-SEK/I/2030
Sifat    : Segera
Lampiran : 1 (satu) berkas
Hal      : Persiapan Peralihan ke Perkadis 1/2030 dan {SISTEM}

Dengan hormat,

Peraturan Kepala Dinas Nomor 1 Tahun 2030 tentang Program {PROGRAM} telah ditetapkan pada
tanggal 10 Januari 2030 dan mulai berlaku pada tanggal 1 Februari 2030. Sehubungan dengan itu,
mohon perhatian Saudara atas hal-hal berikut:

1. Sosialisasi bagi seluruh pegawai dilaksanakan pada hari Rabu, 23 Januari 2030 pukul 09.00
   WITA. UPT MPP cukup mengirim sebagian pegawai agar loket tetap melayani.

2. Kepala unit kerja menunjuk PBU untuk masa tugas 2030-2031 dan menyampaikan nama PBU kepada
   Subbagian Umum dan Kepegawaian paling lambat hari Senin, 21 Januari 2030. PBU lama boleh
   ditunjuk kembali.

3. Sekretaris menunjuk {verif} sebagai Verifikator JP tahun 2030. Pembagian unit kerja
   masing-masing Verifikator akan diumumkan pada direktori intranet.

4. Rekap JP 2029 menunjukkan {BELUM_2029} pegawai belum memenuhi target. Sesuai Perkadis
   4/2027 yang masih berlaku sampai 31 Januari 2030, atasan langsung memberikan teguran lisan
   kepada pegawai tersebut paling lambat 31 Januari 2030. Daftar nama terlampir.

5. Mohon atasan langsung menjadwalkan dialog kinerja dengan setiap pegawai untuk menyusun RPKI
   2030, sehingga RPKI dapat diunggah sebelum batas 28 Februari 2030.

6. Pagu anggaran Program {PROGRAM} tahun 2030 sebesar {rp(ANGGARAN_TOTAL)}, termasuk 4
   angkatan pelatihan in-house Layanan Prima dan biaya tugas belajar 3 orang.

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
    "panduan-sauh-2029": ("pdf", render_pedoman),
    "perkadis-4-2027-pengembangan-kompetensi": ("pdf", render_reg_old),
    "perkadis-1-2030-sauh": ("pdf", render_reg_new),
    "paparan-sosialisasi-perkadis-1-2030": ("pdf", render_slides),
    "pengumuman-seleksi-tugas-belajar-2030": ("pdf", render_pengumuman),
    "buletin-sauh-edisi-1-2030": ("pdf", render_buletin),
    "sop-verifikasi-jp-sikemudi": ("docx", write_sop),
    "notulen-rapat-evaluasi-sauh-2029": ("docx", write_notulen),
    "formulir-rpki-2030": ("docx", write_formulir),
    "kak-inhouse-layanan-prima-2030": ("docx", write_kak),
    "rekap-sauh-2029": ("xlsx", write_xlsx),
    "jp-per-jenis-kegiatan-2029": ("csv", _w_text(jenis_csv)),
    "jadwal-pelatihan-sauh-2030": ("csv", _w_text(jadwal_csv)),
    "rekap-lkpm-triwulan-iv-2029": ("csv", _w_text(lkpm_csv)),
    "berita-peluncuran-sikemudi": ("html", _w_text(berita_html)),
    "direktori-penggerak-belajar-unit": ("html", _w_text(direktori_html)),
    "standar-pelayanan-dan-pengaduan": ("html", _w_text(sp_html)),
    "expo-investasi-teluk-sangiwu-2030": ("htm", _w_text(expo_htm)),
    "faq-sauh-2030": ("md", _w_text(faq_md)),
    "panduan-pengisian-sikemudi": ("md", _w_text(panduan_md)),
    "changelog-sikemudi": ("md", _w_text(changelog_md)),
    "grup-wa-pbu-januari-2030": ("txt", _w_text(wa_txt)),
    "nota-dinas-transisi-sauh-2030": ("txt", _w_text(memo_txt)),
}
# near-domain traps: only out-of-scope questions point at their topics
TRAPS = {
    "rekap-lkpm-triwulan-iv-2029",
    "standar-pelayanan-dan-pengaduan",
    "expo-investasi-teluk-sangiwu-2030",
}


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
    if ext in ("html", "htm"):
        return _Strip().text(raw)
    return raw


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
    "correction",
    "comparison",
    "yesno",
    "boundary",
    "slides",
    "letter",
    "trap",
}


def _header_counts():
    """Counts declared in the header comment of the question file."""
    with open(QUESTIONS, encoding="utf-8") as f:
        head = "".join(ln for ln in f if ln.startswith("#"))
    m = re.search(
        r"zb001-zb(\d{3}) answerable, zb901-zb(\d{3}) out of scope "
        r"\(zb901-zb(\d{3}) near, zb(\d{3})-zb(\d{3}) far\)",
        head,
    )
    if not m:
        return None
    a, o_end, n_end, f_start, f_end = (int(x) for x in m.groups())
    # near questions a trap document answers, relabelled answerable after first contact
    trap = re.search(r"except for the (\d+) near questions tagged trap", head)
    moved = int(trap.group(1)) if trap else 0
    return {
        "answerable": a + moved,
        "oos": o_end - 900 - moved,
        "near": n_end - 900 - moved,
        "far": f_end - f_start + 1,
        "near_ids": (901, n_end),
        "far_ids": (f_start, f_end),
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
    hc = _header_counts()
    if hc is None:
        errors.append("header comment with the question counts not found")
    per_first = dict.fromkeys(DOCS, 0)
    per_any = dict.fromkeys(DOCS, 0)
    tags_count = {}
    n_ans = n_two = n_near = n_far = 0
    near_qs = []
    ans_ids = []
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
            if not re.fullmatch(r"zb9[0-4]\d", q["id"]) or not 901 <= int(q["id"][2:]) <= 940:
                errors.append(f"{q['id']}: out-of-scope ids are zb901..zb940")
            num = int(q["id"][2:]) if re.fullmatch(r"zb\d{3}", q["id"]) else 0
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
        if "trap" in tags:  # a near question a trap document answers (see the header)
            pass
        elif not re.fullmatch(r"zb[0-8]\d\d", q["id"]):
            errors.append(f"{q['id']}: answerable ids are zb001..zb899")
        else:
            ans_ids.append(int(q["id"][2:]))
        n_ans += 1
        if not 1 <= len(facts) <= 5:
            errors.append(f"{q['id']}: answerable questions need 1-5 facts")
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
        if first in TRAPS and "trap" not in tags:
            errors.append(f"{q['id']}: a trap document cannot be the first expected document")
        if first not in texts:
            continue
        per_first[first] += 1
        for e in set(exp):
            if e in per_any:
                per_any[e] += 1
        ql = norm(q["q"])
        for fact in facts:
            nf = norm(str(fact))
            if len(nf.split()) > 8:
                errors.append(f"{q['id']}: fact {fact!r} longer than 8 words")
            if nf not in texts[first]:
                errors.append(f"{q['id']}: fact {fact!r} not found in {first}")
            if nf in ql:
                errors.append(f"{q['id']}: fact {fact!r} appears verbatim in the question")
    if ans_ids != list(range(1, len(ans_ids) + 1)):
        errors.append("answerable ids must run zb001, zb002, ... without gaps, in order")
    for stem, n in per_first.items():
        if stem not in TRAPS and n < 5:
            errors.append(f"document {stem} is first expected of only {n} questions (need >= 5)")
    if n_ans < 200:
        errors.append(f"only {n_ans} answerable questions (need >= 200)")
    if n_far != 20 or n_near < 10:
        errors.append(f"out of scope must be >= 10 near + 20 far, got {n_near} + {n_far}")
    if hc and (hc["answerable"], hc["oos"], hc["near"], hc["far"]) != (
        n_ans,
        n_near + n_far,
        n_near,
        n_far,
    ):
        errors.append(f"header counts {hc} do not match the questions")
    exts = {DOCS[s][0] for s in DOCS}
    if len(DOCS) < 20 or len(exts) < 8:
        errors.append(f"need >= 20 documents in >= 8 formats, got {len(DOCS)} in {len(exts)}")
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
