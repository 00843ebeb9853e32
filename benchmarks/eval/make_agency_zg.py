#!/usr/bin/env python3
"""Generate the documents and questions of the fictional "agency ZG" evaluation set.

Agency ZG: Dinas Koperasi, Usaha Kecil dan Menengah (Diskop UKM) Kabupaten Pesisir Mendawai
(fictional regency in the fictional Provinsi Kalimantan Barat Daya, WIB). The competency
development programme is "SEMAI" (Sinergi Edukasi Mandiri Aparatur Inovatif), run by TP-SEMAI
with one Duta Belajar Unit (DBU) per unit. Learning is recorded in "SITUMBUH" (Sistem Informasi
Tumbuh Kembang Kompetensi) from 3 August 2026; before that in "SIKAP-JP" (a form and
spreadsheet), whose input closed on 31 July 2026 at 16.00 WIB. 89 employees (65 PNS, 18 of
them in a jabatan fungsional, 24 PPPK) in the Sekretariat, four bidang and the UPTD PLUT-KUMKM.

Rules: Peraturan Kepala Dinas Nomor 3 Tahun 2024 (the BASE rule, still in force) is AMENDED by
Peraturan Kepala Dinas Nomor 2 Tahun 2026 (in force 1 July 2026): Pasal 1 angka 12, 5, 6, 12,
13, 14 and 18 and the Lampiran changed, Pasal 14A inserted; the new targets of Pasal 6 apply
from 2027. The long handbook (Pedoman SEMAI Edisi 2025) follows the base rule. The circular
SE 800.1/019/SEK-DKUKM/I/2025 (SIKAP-JP) is WHOLLY REPLACED by SE 800.1/146/SEK-DKUKM/VII/2026
(SITUMBUH).

Near-domain traps (tasks of the agency that are NOT competency development of its employees):
the PLUT trainings for the public (UMKM owners) and the data on PKL binaan, where "PKL" means
pedagang kaki lima (in the rules "PKL" is praktik kerja lapangan).

Documents (written into agency_zg/):
  pedoman-semai-2025.pdf                       long handbook on the base rule: cover, foreword,
                                               TOC, glossary, BAB I-XII with numbered sections,
                                               catalogue 2025 table over a page break,
                                               LAMPIRAN I-III
  perkadis-3-2024-program-semai.pdf            base rule (BAB/Pasal/ayat), conversion table
  perkadis-2-2026-perubahan-semai.pdf          amending rule (Pasal I items, Pasal 14A, Pasal II)
  se-019-2025-pencatatan-jp-sikap-jp.pdf       old circular (SIKAP-JP), revoked
  se-146-2026-pencatatan-jp-situmbuh.pdf       new circular, wholly replaces the old one
  buletin-semai-edisi-iii-2026.pdf             two-column internal bulletin
  pengumuman-seleksi-pkp-pka-2027.pdf          announcement letter, numbers in words, roman
  notulen-rapat-persiapan-perubahan-semai.docx minutes with a decisions table
  kak-bimtek-penilaian-kesehatan-koperasi-2026.docx  terms of reference, merged schedule cells
  sop-verifikasi-jp-situmbuh.docx              SOP: identity table, steps table
  rekap-semai-2025.xlsx                        six sheets (per unit, per activity, budget, study)
  katalog-pelatihan-semai-2027.csv             training catalogue
  kuota-pelatihan-per-unit-2027.csv            quota per unit (not a catalogue)
  data-pkl-binaan-2025.csv                     TRAP: pedagang kaki lima
  jadwal-rabu-belajar-semester-ii-2026.html    table with rowspan and colspan
  berita-peluncuran-situmbuh.html              intranet news
  pelatihan-pelaku-umkm-plut-triwulan-iv-2026.html  TRAP: trainings for UMKM owners
  faq-semai-perubahan-2026.md                  FAQ on the amended rule
  panduan-pengguna-situmbuh.md                 user guide
  catatan-rilis-situmbuh.md                    release notes
  katalog-elearning-semai-2027.yaml            e-learning catalogue (YAML)
  grup-wa-dbu-semai-2026.txt                   WhatsApp export with corrections
  email-konfirmasi-bimtek-pkk-angkatan-ii.txt  e-mail thread with quoted replies

Usage:
  python make_agency_zg.py                     # write the documents and the questions
  python make_agency_zg.py --text [stem ...]   # print the text of each document as ingest reads it
  python make_agency_zg.py --check             # check questions_agency_zg.yaml against documents

Dokumen fiktif, untuk evaluasi.
"""

import csv
import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "agency_zg")
QUESTIONS = os.path.join(HERE, "questions_agency_zg.yaml")
FIXED_DATE = datetime.datetime(2026, 11, 20, 8, 0, tzinfo=datetime.UTC)
ZIP_DATE = (2026, 11, 20, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."
GEN = "make_agency_zg.py"

DINAS = "Dinas Koperasi, Usaha Kecil dan Menengah"
SINGKAT = "Diskop UKM"
KODE = "DKUKM"
KAB = "Kabupaten Pesisir Mendawai"
KAB_SHORT = "Pesisir Mendawai"
KOTA = "Kuala Mendawai"
PROV = "Provinsi Kalimantan Barat Daya"
PROGRAM = "SEMAI"
PROGRAM_LONG = "Sinergi Edukasi Mandiri Aparatur Inovatif"
TIM = "TP-SEMAI"
SISTEM = "SITUMBUH"
SISTEM_LONG = "Sistem Informasi Tumbuh Kembang Kompetensi"
OLD_APP = "SIKAP-JP"
OLD_APP_LONG = "Sarana Isian Kegiatan dan Pencatatan Jam Pelajaran"
ALAMAT = "Jl. Tumenggung Jalil No. 27, Kuala Mendawai 78913"
TELP = "(0564) 21 4470"
DOMAIN = "diskopukm.pesisirmendawaikab.go.id"
EMAIL = f"semai@{DOMAIN}"
EMAIL_HELP = f"helpdesk.situmbuh@{DOMAIN}"
URL_SISTEM = f"https://situmbuh.{DOMAIN}"
WA_HELP = "0812-5630-4417"

KADIS_OLD = "Ir. Hj. Rusmiati Darwis, M.M."
KADIS_OLD_NIP = "19660814 199203 2 0**"
KADIS = "Dr. Agustinus Lendo Jalung, S.E., M.Si."
KADIS_NIP = "19730305 199903 1 0**"
SEKRETARIS = "Muhammad Rizal Fahlevi, S.STP., M.Si."
SEKRETARIS_NIP = "19820419 200212 1 0**"
KASUBBAG = "Dewi Kartika Sari, S.Sos."
KASUBBAG_NIP = "19850927 201001 2 0**"
KASUBBAG_KEU = "Hendra Wijaya Tanoto, S.E."
ANALIS = "Nurul Hidayah Aprilia, S.Psi."
PRAKOM = "Yohanes Bayu Saputra, S.Kom."
ADMIN_OLD = "Rina Marlina, A.Md."
BENDAHARA = "Siti Aminah Rasyid, A.Md.Ak."
KABID_KPK = "Fransiska Dayang Ulin, S.H."
KABID_PK = "Abdul Gani Rahman, S.E."
KABID_UMKM = "Lusiana Tjhin, S.E., M.M."
KABID_KWP = "Ahmad Fauzi Hasibuan, S.E."
KA_UPTD = "Marselina Ujang, S.Sos."
TERBAIK_2025 = "Yulianti Bong, S.E."

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
    """'24 (dua puluh empat)' as rules write numbers."""
    return f"{n} ({terbilang(n)})"


# ------------------------------------------------------------------ units
# name, short, PNS, PNS in a jabatan fungsional, PPPK, head, DBU 2025, DBU 2026-2027,
# phone extension, JP realised 2025, employees below the 2025 target
UNITS = [
    (
        "Sekretariat",
        "SEK",
        18,
        3,
        7,
        SEKRETARIS,
        "Rina Marlina, A.Md.",
        "Agnes Lidya Kristanti, S.AP.",
        "102",
        498,
        3,
    ),
    (
        "Bidang Kelembagaan dan Pengawasan Koperasi",
        "KPK",
        12,
        7,
        2,
        KABID_KPK,
        "Stevanus Ading, S.E.",
        "Stevanus Ading, S.E.",
        "211",
        402,
        1,
    ),
    (
        "Bidang Pemberdayaan Koperasi",
        "PK",
        9,
        2,
        3,
        KABID_PK,
        "Rahmadani Putri, S.E.",
        "Rahmadani Putri, S.E.",
        "221",
        236,
        2,
    ),
    (
        "Bidang Usaha Mikro, Kecil dan Menengah",
        "UMKM",
        11,
        3,
        4,
        KABID_UMKM,
        "Dimas Aryo Wibisono, S.M.",
        "Dimas Aryo Wibisono, S.M.",
        "231",
        281,
        4,
    ),
    (
        "Bidang Kewirausahaan dan Pembiayaan",
        "KWP",
        8,
        2,
        2,
        KABID_KWP,
        "Kurniawati Saragih, S.E.",
        "Kurniawati Saragih, S.E.",
        "241",
        171,
        3,
    ),
    (
        "UPTD Pusat Layanan Usaha Terpadu KUMKM",
        "UPTD PLUT",
        7,
        1,
        6,
        KA_UPTD,
        "Hendrikus Tingang, A.Md.",
        "Maria Goretti Anyeq, S.Sos.",
        "301",
        189,
        5,
    ),
]
N_PNS = sum(u[2] for u in UNITS)
N_JF = sum(u[3] for u in UNITS)
N_PPPK = sum(u[4] for u in UNITS)
N_PEG = N_PNS + N_PPPK
JP_2025 = sum(u[9] for u in UNITS)
BELUM_2025 = sum(u[10] for u in UNITS)


def target_old(u):
    return u[2] * 20 + u[4] * 10


def target_new(u):
    return (u[2] - u[3]) * 20 + u[3] * 24 + u[4] * 16


TGT_OLD_TOTAL = sum(target_old(u) for u in UNITS)
TGT_NEW_TOTAL = sum(target_new(u) for u in UNITS)
PCT_2025 = koma((N_PEG - BELUM_2025) / N_PEG * 100)
AVG_2025 = koma(JP_2025 / N_PEG)

# JP conversion: activity, base-rule JP, base-rule cap, amended JP, amended cap
KONVERSI = [
    (
        "Pelatihan klasikal (tatap muka, daring sinkron, atau blended)",
        "sesuai JP pada sertifikat",
        "-",
        "sesuai JP pada sertifikat",
        "-",
    ),
    (
        "Seminar, webinar, atau sosialisasi",
        "2 JP per kegiatan",
        "8 JP per tahun",
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
        "10 JP per tahun",
    ),
    (
        "Rabu Belajar (komunitas belajar, minimal 90 menit)",
        "1 JP per pertemuan",
        "6 JP per tahun",
        "2 JP per pertemuan",
        "8 JP per tahun",
    ),
    (
        "Belajar mandiri dengan resume minimal 2 halaman",
        "1 JP per resume",
        "4 JP per tahun",
        "1 JP per resume",
        "4 JP per tahun",
    ),
    ("Patok banding", "10 JP per kegiatan", "-", "10 JP per kegiatan", "-"),
    (
        "Praktik Kerja Lapangan (PKL) di koperasi atau UMKM binaan (minimal 5 hari kerja)",
        "15 JP per kegiatan",
        "-",
        "20 JP per kegiatan",
        "-",
    ),
    (
        "Narasumber internal",
        "2 JP per sesi",
        "8 JP per tahun",
        "2 JP per sesi",
        "8 JP per tahun",
    ),
    ("Tugas belajar", "20 JP per semester", "-", "20 JP per semester", "-"),
]
KONVERSI_BARU = (
    "Berbagi pengetahuan (Pasal 14A)",
    "-",
    "-",
    "2 JP per sesi",
    "6 JP per tahun",
)


# ============================================================================ PDF machinery
def _pdf_setup(pdf, title):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(f"{SINGKAT} {KAB}")
    pdf.set_subject(FIKTIF)
    pdf.set_creator(GEN)
    pdf.set_producer("fpdf2")
    for fam, base in (("S", "DejaVuSans"), ("R", "DejaVuSerif")):
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


def _make_pdf(title, fam="S", bottom=20):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
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
            if self.page_no() == 1 and self.skip_first_footer:
                return
            self.set_y(-12)
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Halaman {self.page_no()} dari {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.fam = fam
    pdf.running = ""
    pdf.running_right = ""
    pdf.footer_left = FIKTIF
    pdf.skip_first_footer = False
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

    def center(self, text, size=11, style="B", h=6):
        self.pdf.set_font(self.fam, style, size)
        self.pdf.multi_cell(0, h, text, align="C", new_x="LMARGIN", new_y="NEXT")

    def p(self, text, bold=False, italic=False, align="J", indent=0, size=None):
        pdf = self.pdf
        style = ("B" if bold else "") + ("I" if italic else "")
        pdf.set_font(self.fam, style, size or self.size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            self.width - indent, self.lh, text, align=align, new_x="LMARGIN", new_y="NEXT"
        )
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

    def _row(self, row, widths, size, lh, bold=False, fill=None):
        pdf = self.pdf
        h = self._row_h(row, widths, size, lh, bold)
        x0, y0 = pdf.l_margin, pdf.get_y()
        x = x0
        for txt, w in zip(row, widths, strict=True):
            if fill:
                pdf.set_fill_color(*fill)
                pdf.rect(x, y0, w, h, style="DF")
            else:
                pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 1)
            pdf.set_font(self.fam, "B" if bold else "", size)
            pdf.multi_cell(w - 2, lh, str(txt), align="L", new_x="RIGHT", new_y="TOP")
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
        bold_last=False,
        fill=(220, 236, 224),
        repeat_header=True,
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
                if repeat_header:
                    self._row(header, widths, size, lh, bold=True, fill=fill)
            self._row(row, widths, size, lh, bold=bold)
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


def _kop(pdf):
    """Letterhead: emblem box, government and agency name, address, double rule."""
    pdf.set_draw_color(40, 40, 40)
    pdf.rect(20, 12, 20, 24, style="D")
    pdf.set_font(pdf.fam, "B", 6)
    pdf.set_xy(20, 22)
    pdf.cell(20, 3, "LAMBANG", align="C")
    pdf.set_xy(42, 12)
    w = pdf.w - 42 - 16
    pdf.set_font(pdf.fam, "B", 12.5)
    pdf.cell(w, 6, f"PEMERINTAH {KAB.upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(42)
    pdf.set_font(pdf.fam, "B", 11.5)
    pdf.multi_cell(w, 5.4, DINAS.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(42)
    pdf.set_font(pdf.fam, "", 8.5)
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


# ============================================================================ handbook (PDF)
PED_TITLE = f"Pedoman Program {PROGRAM} {SINGKAT} {KAB} Edisi 2025"

ISTILAH = [
    ("ASN", "Aparatur Sipil Negara, terdiri atas PNS dan PPPK."),
    (
        "Atasan langsung",
        "Pejabat yang membawahi pegawai secara langsung dan menilai kinerjanya dalam SKP.",
    ),
    (
        "DBU",
        "Duta Belajar Unit, pegawai yang ditunjuk kepala unit kerja untuk menggerakkan "
        "kegiatan belajar di unitnya dan menjadi penghubung dengan TP-SEMAI.",
    ),
    ("JP", "Jam pelajaran, satuan waktu belajar selama 45 menit."),
    (
        "LAPP",
        "Laporan Aksi Pasca Pelatihan, laporan pegawai tentang penerapan hasil pelatihan "
        "di tempat kerja.",
    ),
    (
        "PKL",
        "Praktik Kerja Lapangan, yaitu belajar langsung di koperasi atau UMKM binaan selama "
        "paling singkat 5 hari kerja. Dalam pedoman ini PKL tidak berarti pedagang kaki lima.",
    ),
    (
        "PLUT-KUMKM",
        "Pusat Layanan Usaha Terpadu Koperasi dan UMKM, UPTD yang melayani konsultasi dan "
        "pelatihan bagi pelaku usaha.",
    ),
    (
        "Rabu Belajar",
        "Komunitas belajar internal Dinas yang bertemu pada hari Rabu untuk membahas satu "
        "topik pekerjaan.",
    ),
    (
        "RBI",
        "Rencana Belajar Individu, rencana pengembangan kompetensi pegawai selama satu tahun.",
    ),
    (
        OLD_APP,
        f"{OLD_APP_LONG}, formulir daring dan lembar rekap untuk mencatat kegiatan belajar "
        "dan JP pegawai.",
    ),
    (
        "SKP",
        "Sasaran Kinerja Pegawai, rencana dan target kinerja yang disepakati pegawai dan "
        "atasan langsung.",
    ),
    (
        TIM,
        f"Tim Pengelola Program {PROGRAM}, tim yang ditetapkan Kepala Dinas untuk mengelola "
        "program.",
    ),
]

# code, training, organiser, competency, JP, target group, month, place
KATALOG_2025 = [
    (
        "SM25-01",
        "Bimtek Penilaian Kesehatan Koperasi",
        f"{SINGKAT} bersama BPSDM Provinsi",
        "Teknis",
        "24",
        "Pengawas Koperasi dan staf Bidang KPK",
        "Mei",
        "Aula UPTD PLUT",
    ),
    (
        "SM25-02",
        "Bimtek Akuntansi Koperasi berbasis SAK EP",
        SINGKAT,
        "Teknis",
        "20",
        "Bidang KPK dan Bidang PK",
        "Juni",
        "Aula UPTD PLUT",
    ),
    (
        "SM25-03",
        "Pelatihan Pendampingan UMKM Naik Kelas",
        "BPSDM Provinsi Kalimantan Barat Daya",
        "Teknis",
        "32",
        "Bidang UMKM dan UPTD PLUT",
        "Juli",
        "Kampus BPSDM Provinsi",
    ),
    (
        "SM25-04",
        "Pelatihan Pemasaran Digital untuk Pendamping UMKM",
        SINGKAT,
        "Teknis",
        "16",
        "Bidang UMKM, Bidang KWP, UPTD PLUT",
        "Agustus",
        "Lab Komputer PLUT",
    ),
    (
        "SM25-05",
        "Pelatihan Analisis Kelayakan Pembiayaan Usaha Mikro",
        SINGKAT,
        "Teknis",
        "16",
        "Bidang KWP",
        "Maret",
        "Ruang Rapat Enggang",
    ),
    (
        "SM25-06",
        "Pelatihan Pengelolaan Keuangan Daerah pada SIPD",
        "BPKAD Kabupaten",
        "Teknis",
        "24",
        "Subbagian Perencanaan dan Keuangan, bendahara",
        "Februari",
        "BPKAD",
    ),
    (
        "SM25-07",
        "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar",
        "UKPBJ Kabupaten",
        "Teknis",
        "24",
        "Pejabat pengadaan, PPTK",
        "April",
        "Daring",
    ),
    (
        "SM25-08",
        "Bimtek Pengelolaan Arsip Dinamis",
        "Dinas Perpustakaan dan Kearsipan",
        "Teknis",
        "12",
        "Pengadministrasi Sekretariat dan bidang",
        "Mei",
        "Ruang Rapat Enggang",
    ),
    (
        "SM25-09",
        "Workshop Penyusunan Kebijakan Berbasis Data",
        SINGKAT,
        "Teknis",
        "10",
        "Analis kebijakan, perencana",
        "Juni",
        "Ruang Rapat Enggang",
    ),
    (
        "SM25-10",
        "Coaching Klinik bagi Atasan Langsung",
        TIM,
        "Manajerial",
        "8",
        "Pejabat administrator dan pengawas",
        "Februari",
        "Ruang Rapat Enggang",
    ),
    (
        "SM25-11",
        "Pelatihan Penyusunan SKP dan Dialog Kinerja",
        "BKPSDM Kabupaten",
        "Manajerial",
        "12",
        "Seluruh atasan langsung",
        "Januari",
        "Daring",
    ),
    (
        "SM25-12",
        "Pelatihan Pelayanan Prima di PLUT",
        SINGKAT,
        "Sosial kultural",
        "16",
        "Petugas layanan UPTD PLUT",
        "September",
        "Aula UPTD PLUT",
    ),
    (
        "SM25-13",
        "Pelatihan Wawasan Kebangsaan dan Moderasi",
        "Badan Kesbangpol Kabupaten",
        "Sosial kultural",
        "8",
        "Seluruh pegawai",
        "Oktober",
        "Aula Kantor Bupati",
    ),
    (
        "SM25-14",
        "Seminar Hari Koperasi: Koperasi Modern",
        SINGKAT,
        "Sosial kultural",
        "2",
        "Seluruh pegawai",
        "Juli",
        "Gedung Serbaguna",
    ),
    (
        "SM25-15",
        "E-learning Literasi Digital ASN",
        "LMS nasional",
        "Teknis",
        "10",
        "Seluruh pegawai",
        "Sepanjang tahun",
        "Daring mandiri",
    ),
    (
        "SM25-16",
        "Patok Banding Koperasi Modern",
        SINGKAT,
        "Teknis",
        "10",
        "Bidang PK dan Bidang KPK",
        "Oktober",
        "Kabupaten Sanggau Laut",
    ),
    (
        "SM25-17",
        "PKL di Koperasi Binaan Terbaik",
        SINGKAT,
        "Teknis",
        "15",
        "Pegawai baru dan PPPK teknis",
        "November",
        "Koperasi binaan",
    ),
    (
        "SM25-18",
        "Pelatihan Penyusunan Laporan Kinerja (LKjIP)",
        "Bagian Organisasi Setda",
        "Teknis",
        "12",
        "Subbagian Perencanaan dan Keuangan",
        "Januari",
        "Aula Setda",
    ),
    (
        "SM25-19",
        "Pelatihan Public Speaking untuk Pendamping",
        SINGKAT,
        "Sosial kultural",
        "16",
        "Pendamping koperasi dan UMKM",
        "Agustus",
        "Aula UPTD PLUT",
    ),
    (
        "SM25-20",
        "Pelatihan Analisis Data dengan Spreadsheet",
        "Diskominfo Kabupaten",
        "Teknis",
        "16",
        "Pengolah data setiap unit",
        "September",
        "Lab Komputer PLUT",
    ),
]

KALENDER_2025 = [
    ("Januari", "Dialog kinerja dan penyusunan RBI; RBI diunggah paling lambat 31 Januari"),
    ("Februari", "Rencana unit disampaikan DBU paling lambat 15 Februari; Coaching Klinik"),
    ("Maret", "Rencana Pengembangan Kompetensi Dinas ditetapkan paling lambat 31 Maret"),
    ("April-Juni", "Pelatihan semester I; pemantauan capaian JP triwulan I dan II"),
    ("Juni", "Batas perubahan RBI 30 Juni"),
    ("Juli", "Seminar Hari Koperasi; evaluasi tengah tahun oleh TP-SEMAI"),
    ("Agustus-November", "Pelatihan semester II; PKL di koperasi binaan"),
    ("Desember", "Penutupan input SIKAP-JP 15 Desember; rekap tahunan"),
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
    pdf.running = f"Pedoman {PROGRAM} Edisi 2025"
    pdf.running_right = f"{SINGKAT} {KAB}"
    pdf.footer_left = f"Pedoman {PROGRAM} 2025 - {FIKTIF}"
    pdf.skip_first_footer = True
    F = Flow(pdf)
    # ---------------------------------------------------------------- cover
    pdf.add_page()
    pdf.set_fill_color(24, 92, 60)
    pdf.rect(0, pdf.h - 62, pdf.w, 62, style="F")
    pdf.set_fill_color(236, 190, 60)
    pdf.rect(0, pdf.h - 65, pdf.w, 3, style="F")
    pdf.set_font("S", "B", 12)
    pdf.ln(12)
    for t in (f"PEMERINTAH {KAB.upper()}", DINAS.upper()):
        pdf.multi_cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(28)
    pdf.set_font("S", "B", 30)
    pdf.cell(0, 14, f"PEDOMAN {PROGRAM}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 12)
    pdf.multi_cell(0, 7, f"({PROGRAM_LONG})", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("S", "", 12.5)
    pdf.multi_cell(
        0,
        7,
        f"Pengembangan Kompetensi Pegawai\ndi Lingkungan {SINGKAT} {KAB}\nEdisi 2025",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(26)
    pdf.set_font("S", "", 11)
    pdf.cell(0, 6, "Versi 1.0 - Maret 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(255, 255, 255)
    pdf.set_y(pdf.h - 42)
    pdf.cell(0, 6, f"{KOTA}, {KAB}, {PROV}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "I", 9)
    pdf.cell(0, 6, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    # ---------------------------------------------------------------- foreword
    F.chapter("", "KATA PENGANTAR", toc=False)
    F.p(
        "Koperasi dan usaha kecil di Pesisir Mendawai tumbuh dengan cara yang terus berubah: "
        "transaksi berpindah ke aplikasi, pengurus koperasi makin muda, dan pelaku usaha menuntut "
        "pendampingan yang cepat dan tepat. Pegawai Dinas hanya dapat mendampingi perubahan itu "
        "apabila ia sendiri terus belajar."
    )
    F.p(
        f"Program {PROGRAM} dimulai pada tahun 2024 berdasarkan Peraturan Kepala Dinas Nomor 3 "
        f"Tahun 2024 tentang Program {PROGRAM_LONG}. Pedoman {PROGRAM} Edisi 2025 ini "
        "menjabarkan peraturan tersebut secara praktis: siapa mengerjakan apa, berapa target "
        "JP, bagaimana JP dihitung, kapan rencana dan laporan disampaikan, serta katalog "
        "pembelajaran tahun 2025."
    )
    F.p(
        "Apabila peraturan yang menjadi dasar pedoman ini diubah, ketentuan yang diubah "
        "mengikuti peraturan perubahannya, sedangkan bagian yang tidak diubah tetap berlaku."
    )
    F.p(
        f"Terima kasih kepada {TIM}, para Duta Belajar Unit, dan seluruh kepala unit kerja "
        f"yang telah memberi masukan. Saran perbaikan dapat dikirim ke {EMAIL}."
    )
    F.sign([f"{KOTA}, 17 Maret 2025", "Kepala Dinas,", "", KADIS_OLD, f"NIP {KADIS_OLD_NIP}"])

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
        "Istilah berikut dipakai dalam pedoman ini. Pengertian formal terdapat dalam Pasal 1 "
        "Peraturan Kepala Dinas Nomor 3 Tahun 2024.",
        italic=True,
    )
    F.table(["Istilah", "Pengertian"], ISTILAH, [34, 118], size=9, lh=4.4)

    # ---------------------------------------------------------------- BAB I
    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("1.1 Latar Belakang")
    F.p(
        f"{DINAS} {KAB} ({SINGKAT}) menyelenggarakan urusan koperasi serta usaha kecil dan "
        "menengah: membina kelembagaan koperasi, mengawasi koperasi simpan pinjam, "
        "memberdayakan usaha mikro, membuka akses pembiayaan, dan melayani pelaku usaha "
        "melalui UPTD PLUT-KUMKM. Pekerjaan itu menuntut pegawai yang memahami akuntansi "
        "koperasi, pemasaran digital, analisis pembiayaan, dan cara mendampingi orang."
    )
    F.p(
        f"Sebelum Program {PROGRAM}, kegiatan belajar pegawai tercatat di berbagai map dan "
        "surat tugas. Rekap pertama pada akhir tahun 2024 menunjukkan rata-rata capaian pegawai "
        "baru 17,2 JP per orang dan 26 pegawai belum memenuhi target. Angka itu menunjukkan "
        "bahwa kebiasaan belajar perlu dibangun secara terencana, dengan dukungan atasan dan "
        "pencatatan yang tertib."
    )
    F.h2("1.2 Dasar Hukum")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah tentang Manajemen Pegawai Negeri Sipil, yang mewajibkan "
            "pengembangan kompetensi paling sedikit 20 JP per tahun bagi setiap PNS;",
            "Peraturan Lembaga Administrasi Negara tentang pengembangan kompetensi PNS dan PPPK;",
            f"Peraturan Bupati {KAB_SHORT} Nomor 48 Tahun 2023 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {SINGKAT};",
            "Peraturan Kepala Dinas Nomor 3 Tahun 2024 tentang Program "
            f"{PROGRAM_LONG} ({PROGRAM}).",
        ]
    )
    F.h2("1.3 Maksud dan Tujuan")
    F.p(
        f"Pedoman ini dimaksudkan sebagai pegangan praktis bagi pegawai, atasan langsung, DBU, "
        f"dan {TIM}. Tujuannya agar setiap pegawai mengetahui kewajiban belajarnya, memilih "
        "kegiatan yang relevan dengan tugas, dan mencatat JP dengan benar."
    )
    F.h2("1.4 Sasaran Tahun 2025")
    F.p(
        "Sasaran yang ditetapkan untuk tahun 2025 adalah: sekurang-kurangnya 90% pegawai "
        "memenuhi target JP; sekurang-kurangnya 80% LAPP disampaikan tepat waktu; dan setiap "
        "unit kerja menyelenggarakan paling sedikit satu sesi Rabu Belajar setiap triwulan."
    )
    F.h2("1.5 Ruang Lingkup")
    F.p(
        "Pedoman ini mengatur kelembagaan program, target JP, bentuk pembelajaran dan "
        "konversinya, RBI, katalog 2025, pencatatan dan verifikasi, evaluasi dan LAPP, tugas "
        "belajar dan izin belajar, pembiayaan, serta penghargaan dan tindak lanjut."
    )
    F.p(
        "Pedoman ini tidak mengatur pelatihan yang diselenggarakan Dinas bagi masyarakat, "
        "pengurus koperasi, atau pelaku UMKM, misalnya pelatihan di UPTD PLUT-KUMKM. Pelatihan "
        "semacam itu adalah layanan Dinas kepada masyarakat, bukan pengembangan kompetensi "
        "pegawai, dan tidak menghasilkan JP kecuali pegawai bertugas sebagai narasumber."
    )

    # ---------------------------------------------------------------- BAB II
    F.chapter("BAB II", f"KELEMBAGAAN PROGRAM {PROGRAM}")
    F.h2(f"2.1 Tim Pengelola Program {PROGRAM} ({TIM})")
    F.p(
        f"{TIM} ditetapkan dengan Keputusan Kepala Dinas untuk masa kerja satu tahun anggaran. "
        "Susunannya terdiri atas:"
    )
    F.items(
        [
            "Ketua: Sekretaris Dinas;",
            "Sekretaris tim: Kepala Subbagian Umum dan Kepegawaian;",
            "Anggota: Kepala Subbagian Perencanaan dan Keuangan, satu pejabat fungsional dari "
            "setiap bidang, dan Analis SDM Aparatur;",
            f"Admin {OLD_APP}: pengadministrasi kepegawaian yang ditunjuk Ketua.",
        ]
    )
    F.p(
        f"{TIM} bertugas menyusun rencana pengembangan kompetensi Dinas, mengoordinasikan "
        "pelaksanaan pelatihan, memantau capaian JP setiap triwulan, mengevaluasi pelatihan, "
        "dan menyampaikan laporan tahunan kepada Kepala Dinas paling lambat 31 Januari tahun "
        "berikutnya."
    )
    F.h2("2.2 Duta Belajar Unit (DBU)")
    F.p(
        "Setiap unit kerja memiliki 1 (satu) orang DBU yang ditunjuk kepala unit kerja. Masa "
        "tugas DBU menurut Peraturan Kepala Dinas Nomor 3 Tahun 2024 adalah 1 (satu) tahun dan "
        "DBU dapat ditunjuk kembali. Tugas DBU:"
    )
    F.items(
        [
            "mengingatkan pegawai di unitnya untuk menyusun RBI dan mencatat kegiatan belajar;",
            "menghimpun rencana belajar unit dan menyampaikannya kepada TP-SEMAI;",
            "menyelenggarakan atau mengoordinasikan sesi Rabu Belajar di unitnya;",
            "memantau capaian JP unit setiap bulan dan melaporkannya kepada kepala unit kerja;",
            "menjadi penghubung antara pegawai unit dan TP-SEMAI.",
        ],
        kind="al",
    )
    F.p(
        "DBU tidak memverifikasi JP pada masa berlakunya pedoman ini; verifikasi dilakukan "
        "oleh Kepala Subbagian Umum dan Kepegawaian."
    )
    F.h2("2.3 Peran Atasan Langsung")
    F.p(
        "Atasan langsung membahas kebutuhan belajar dalam dialog kinerja, menyetujui RBI, "
        "memberi izin mengikuti kegiatan belajar pada jam kerja, menyetujui LAPP, dan memberi "
        "teguran lisan apabila pegawai tidak memenuhi target JP."
    )
    F.h2("2.4 Kewajiban Pegawai")
    F.p(
        "Setiap pegawai wajib menyusun RBI, mengikuti kegiatan belajar sesuai rencana, "
        f"mencatat setiap kegiatan di {OLD_APP} beserta buktinya, menyusun LAPP untuk "
        "pelatihan tertentu, dan memperbarui riwayat pelatihannya sendiri di MyASN. "
        f"{OLD_APP} tidak terhubung dengan aplikasi kepegawaian nasional."
    )

    # ---------------------------------------------------------------- BAB III
    F.chapter("BAB III", "TARGET DAN KEWAJIBAN JP")
    F.h2("3.1 Target JP Tahunan")
    F.p("Target pengembangan kompetensi per pegawai per tahun adalah sebagai berikut.")
    F.table(
        ["Kelompok pegawai", "Target JP per tahun", "Keterangan"],
        [
            ["PNS pelaksana dan struktural", "20 JP", "paling sedikit 50% kompetensi teknis"],
            [
                "PNS dalam jabatan fungsional",
                "20 JP",
                "paling sedikit 10 JP teknis sesuai jabatan fungsionalnya",
            ],
            ["PPPK", "10 JP", "dihitung per tahun kontrak yang berjalan"],
        ],
        [50, 35, 70],
        size=9.2,
    )
    F.h2("3.2 Komposisi Kompetensi")
    F.p(
        "Paling sedikit 50% dari JP yang diakui harus berupa kompetensi teknis yang berkaitan "
        "dengan tugas jabatan. Sisanya dapat berupa kompetensi manajerial atau sosial kultural. "
        "JP yang berasal dari kegiatan nonklasikal paling banyak 60% dari target JP pegawai."
    )
    F.h2("3.3 Pegawai Baru, Mutasi, dan Cuti")
    F.items(
        [
            "Pegawai yang mulai bertugas di Dinas setelah tanggal 30 September tidak memiliki "
            "target JP pada tahun tersebut.",
            "Pegawai mutasi masuk membawa JP yang sudah diakui di instansi asal, dibuktikan "
            "dengan rekap atau sertifikat.",
            "CPNS yang mengikuti Pelatihan Dasar dianggap memenuhi target JP pada tahun pelatihan.",
            "Pegawai yang menjalani cuti melahirkan memiliki target 50% dari target normal "
            "pada tahun tersebut.",
            "Pegawai yang menjalani cuti di luar tanggungan negara tidak memiliki target.",
        ]
    )
    F.h2("3.4 Status Capaian")
    F.p(f"Pada setiap rekap triwulan, {TIM} memberi tanda warna pada capaian setiap pegawai:")
    F.items(
        [
            "SEMAI Hijau: capaian sudah mencapai atau melebihi target tahunan;",
            "SEMAI Kuning: capaian 50% sampai kurang dari 100% target;",
            "SEMAI Merah: capaian di bawah 50% target.",
        ],
        kind="ul",
    )
    F.p(
        "Pegawai berstatus SEMAI Merah pada rekap triwulan III diundang DBU untuk menyusun "
        "jadwal belajar sampai akhir tahun bersama atasan langsungnya."
    )
    F.h2("3.5 Contoh Perhitungan")
    F.p(
        "Seorang PPPK di UPTD PLUT mengikuti 2 webinar (2 x 2 JP), e-learning 3 hari dengan "
        "2 JP per hari (6 JP), dan 1 kali Rabu Belajar (1 JP). Jumlah JP yang diakui adalah "
        "11 JP, sehingga target 10 JP untuk PPPK terpenuhi. Seorang pengawas koperasi yang "
        "mengikuti Bimtek Penilaian Kesehatan Koperasi (24 JP) sudah memenuhi target sekaligus "
        "syarat JP teknis jabatan fungsionalnya."
    )

    # ---------------------------------------------------------------- BAB IV
    F.chapter("BAB IV", "BENTUK PEMBELAJARAN DAN KONVERSI JP")
    F.h2("4.1 Pembelajaran Klasikal")
    F.p(
        "Pembelajaran klasikal meliputi pelatihan struktural kepemimpinan, pelatihan "
        "manajerial, teknis, fungsional, dan sosial kultural, bimbingan teknis, workshop, "
        "seminar, dan kursus. JP pelatihan klasikal diakui sesuai JP yang tertulis pada "
        "sertifikat. Apabila sertifikat tidak mencantumkan JP, JP dihitung dari jadwal "
        "kegiatan: 1 JP sama dengan 45 menit."
    )
    F.h2("4.2 Pembelajaran Nonklasikal")
    F.p(
        "Pembelajaran nonklasikal meliputi coaching, mentoring, e-learning, belajar mandiri, "
        "komunitas belajar (Rabu Belajar), patok banding, praktik kerja lapangan, dan tugas "
        "belajar. JP kegiatan nonklasikal dihitung menurut tabel konversi."
    )
    F.h2("4.3 Tabel Konversi JP")
    F.table(
        ["No", "Kegiatan", "Konversi JP", "Batas per tahun"],
        [[str(i), k[0], k[1], k[2]] for i, k in enumerate(KONVERSI, 1)],
        [10, 70, 45, 30],
        size=9,
    )
    F.h2("4.4 Rabu Belajar")
    F.p(
        "Rabu Belajar adalah komunitas belajar Dinas. Pertemuan diadakan pada hari Rabu minggu "
        "kedua dan minggu keempat setiap bulan, pukul 14.00-15.30 WIB, di Ruang Rapat Enggang "
        "Lantai 2. Setiap pertemuan membahas satu topik pekerjaan dan dipandu DBU secara "
        "bergiliran. Daftar hadir ditandatangani pemandu dan menjadi bukti JP."
    )
    F.h2("4.5 Praktik Kerja Lapangan (PKL)")
    F.p(
        "PKL adalah belajar langsung di koperasi atau UMKM binaan berprestasi selama paling "
        "singkat 5 hari kerja, dengan pembimbing dari koperasi atau UMKM tersebut. Peserta "
        "menulis laporan PKL paling banyak 5 halaman. PKL diakui 15 JP per kegiatan. Istilah "
        "PKL dalam program ini tidak sama dengan pedagang kaki lima yang menjadi binaan Bidang "
        "UMKM."
    )
    F.h2("4.6 Bukti Kegiatan")
    F.p(
        "Bukti yang diterima: sertifikat atau piagam; surat keterangan penyelenggara; daftar "
        "hadir Rabu Belajar; lembar sesi coaching yang ditandatangani coach dan coachee; "
        "tangkapan layar penyelesaian modul e-learning; atau resume belajar mandiri yang "
        "disetujui atasan langsung."
    )

    # ---------------------------------------------------------------- BAB V
    F.chapter("BAB V", "PERENCANAAN PENGEMBANGAN KOMPETENSI")
    F.h2("5.1 Rencana Belajar Individu (RBI)")
    F.p(
        "RBI disusun pegawai bersama atasan langsung dalam dialog kinerja awal tahun, dengan "
        "memperhatikan kesenjangan kompetensi dan kesenjangan kinerja. RBI memuat kompetensi "
        "yang akan dikembangkan, kegiatan, perkiraan JP, waktu, dan kebutuhan biaya."
    )
    F.p(
        f"RBI diunggah ke {OLD_APP} paling lambat tanggal 31 Januari dan disetujui atasan "
        "langsung. Perubahan RBI dapat diajukan paling lambat 30 Juni."
    )
    F.h2("5.2 Rencana Unit")
    F.p(
        f"DBU menghimpun RBI pegawai di unitnya menjadi rencana unit. Kepala unit kerja "
        f"menyampaikan rencana unit kepada {TIM} paling lambat 15 Februari."
    )
    F.h2("5.3 Rencana Pengembangan Kompetensi Dinas")
    F.p(
        f"{TIM} menyusun Rencana Pengembangan Kompetensi Dinas dari rencana unit dan "
        "menyampaikannya kepada Kepala Dinas untuk ditetapkan paling lambat 31 Maret. Rencana "
        "itu memuat jenis pengembangan, sasaran pegawai, jalur, penyelenggara, jadwal, dan "
        "anggaran, serta disampaikan kepada BKPSDM Kabupaten."
    )

    # ---------------------------------------------------------------- BAB VI
    F.chapter("BAB VI", "KATALOG PEMBELAJARAN 2025")
    F.p(
        "Katalog berikut memuat pelatihan yang direncanakan pada tahun 2025. Pendaftaran "
        "dilakukan melalui DBU paling lambat dua minggu sebelum pelaksanaan. Kuota setiap unit "
        "diumumkan bersama undangan."
    )
    F.table(
        ["Kode", "Nama pelatihan", "Penyelenggara", "Jenis", "JP", "Sasaran", "Bulan", "Tempat"],
        [list(k) for k in KATALOG_2025],
        [19, 40, 29, 18, 13, 29, 21, 24],
        caption="Tabel 6.1 Katalog Pembelajaran SEMAI 2025",
        size=7.6,
        lh=4.0,
    )
    F.p(
        "Catatan: Pelatihan Pendampingan UMKM Naik Kelas (SM25-03) adalah pelatihan bagi "
        "pegawai pendamping. Pelatihan bertajuk serupa yang diadakan UPTD PLUT untuk pelaku "
        "usaha bukan bagian dari katalog ini.",
        italic=True,
        size=9.5,
    )

    # ---------------------------------------------------------------- BAB VII
    F.chapter("BAB VII", "PENCATATAN DAN VERIFIKASI")
    F.h2(f"7.1 Pencatatan di {OLD_APP}")
    F.p(
        f"Pegawai mencatat setiap kegiatan belajar di {OLD_APP} paling lambat 14 (empat belas) "
        "hari kalender sejak kegiatan berakhir, dengan mengunggah bukti kegiatan. Entri yang "
        "terlambat tidak diakui, kecuali dengan persetujuan Sekretaris atas alasan yang sah."
    )
    F.p(
        f"{OLD_APP} terdiri atas formulir daring untuk mengisi kegiatan dan lembar rekap yang "
        f"dikelola admin {OLD_APP}. Tata cara teknis pengisian diatur dengan surat edaran "
        "Sekretaris."
    )
    F.h2("7.2 Verifikasi")
    F.p(
        "Kepala Subbagian Umum dan Kepegawaian memverifikasi setiap entri paling lambat 7 "
        "(tujuh) hari kerja sejak entri diterima. Entri dapat berstatus Diterima, Dikembalikan "
        "untuk dilengkapi, atau Ditolak."
    )
    F.h2("7.3 Rekap Tahunan")
    F.p(
        f"Input {OLD_APP} ditutup setiap tanggal 15 Desember. Rekap tahunan ditandatangani "
        "Sekretaris dan disampaikan kepada setiap kepala unit kerja pada minggu terakhir bulan "
        "Desember."
    )
    F.h2("7.4 Riwayat Pelatihan Nasional")
    F.p(
        "Pencatatan JP di Dinas tidak menggantikan pemutakhiran riwayat pelatihan pada "
        "aplikasi kepegawaian nasional. Setiap pegawai mengunggah sendiri sertifikatnya di "
        "MyASN."
    )

    # ---------------------------------------------------------------- BAB VIII
    F.chapter("BAB VIII", "EVALUASI DAN LAPORAN AKSI PASCA PELATIHAN")
    F.h2("8.1 Evaluasi Pelatihan")
    F.p(
        f"{TIM} mengevaluasi pelatihan yang diselenggarakan Dinas dengan mengadaptasi empat "
        "level Kirkpatrick. Evaluasi reaksi (level 1) dilakukan untuk semua pelatihan pada "
        "hari terakhir. Evaluasi perilaku (level 3) dilakukan untuk pelatihan paling sedikit "
        "24 JP, tiga bulan setelah pelatihan, melalui wawancara dengan atasan langsung."
    )
    F.h2("8.2 Laporan Aksi Pasca Pelatihan (LAPP)")
    F.p(
        "Pegawai yang mengikuti pelatihan klasikal paling sedikit 16 JP wajib menyusun LAPP "
        "dan menyampaikannya paling lambat 30 (tiga puluh) hari kalender setelah pelatihan "
        "berakhir. LAPP disetujui atasan langsung. LAPP memuat:"
    )
    F.items(
        [
            "identitas pelatihan (nama, penyelenggara, tanggal, JP);",
            "tiga pelajaran terpenting;",
            "rencana aksi (kegiatan, target, jadwal, indikator, kaitan dengan SKP);",
            "hal yang sudah diterapkan beserta buktinya;",
            "kendala dan dukungan yang dibutuhkan;",
            "catatan dan persetujuan atasan langsung.",
        ]
    )
    F.p("LAPP paling banyak 4 halaman dan dikirim dalam format PDF.", italic=True)

    # ---------------------------------------------------------------- BAB IX
    F.chapter("BAB IX", "TUGAS BELAJAR DAN IZIN BELAJAR")
    F.h2("9.1 Tugas Belajar")
    F.p(
        "Tugas belajar diberikan kepada PNS untuk menempuh pendidikan formal dengan biaya dari "
        "pemerintah atau sponsor dan dibebaskan dari tugas jabatan. Kuota tugas belajar Dinas "
        "paling banyak 2 (dua) orang per tahun. Syarat calon:"
    )
    F.items(
        [
            "masa kerja sebagai PNS paling singkat 2 tahun;",
            "predikat kinerja paling rendah Baik dalam 2 tahun terakhir;",
            "usia paling tinggi 32 tahun untuk S1/D4, 37 tahun untuk S2, dan 42 tahun untuk S3;",
            "program studi sesuai kebutuhan Dinas dalam Rencana Pengembangan Kompetensi Dinas;",
            "tidak sedang menjalani hukuman disiplin.",
        ]
    )
    F.p(
        "Pegawai tugas belajar wajib kembali bekerja di Pemerintah Kabupaten paling singkat "
        "dua kali masa studi ditambah satu tahun. Selama tugas belajar, pegawai dianggap "
        "memenuhi target JP (20 JP per semester)."
    )
    F.h2("9.2 Izin Belajar")
    F.p(
        "Izin belajar diberikan kepada pegawai yang menempuh pendidikan formal dengan biaya "
        "sendiri di luar jam kerja. Izin diajukan kepada Kepala Dinas melalui Subbagian Umum "
        "dan Kepegawaian paling lambat 1 bulan sebelum perkuliahan dimulai. Izin belajar tidak "
        "menghasilkan JP."
    )

    # ---------------------------------------------------------------- BAB X
    F.chapter("BAB X", "PEMBIAYAAN")
    F.h2("10.1 Sumber Dana dan Satuan Biaya")
    F.p(
        "Kegiatan Program SEMAI dibiayai APBD Kabupaten melalui DPA Dinas, sub kegiatan "
        "pengembangan kompetensi aparatur. Satuan biaya yang dipakai pada tahun 2025:"
    )
    F.table(
        ["Komponen", "Satuan biaya"],
        [
            ["Honor narasumber internal", "Rp300.000 per JP"],
            ["Honor narasumber dari luar Dinas", "Rp900.000 per JP"],
            ["Konsumsi peserta pelatihan in-house", "Rp75.000 per orang per hari"],
            ["Transport peserta dari UPTD PLUT", "Rp50.000 per hari"],
        ],
        [90, 60],
        size=9.2,
    )
    F.p("Satuan biaya tahun berikutnya mengikuti DPA Dinas yang berlaku.")
    F.h2("10.2 Penggantian Biaya Pelatihan Mandiri")
    F.p(
        "Pegawai yang mengikuti pelatihan berbayar atas inisiatif sendiri dapat memperoleh "
        "penggantian 50% biaya, paling banyak Rp1.500.000 per pegawai per tahun, apabila "
        "pelatihan tercantum dalam RBI dan disetujui Sekretaris sebelum pelatihan dimulai. "
        "Permohonan penggantian diajukan paling lambat 30 hari setelah pelatihan dengan "
        "melampirkan kuitansi dan sertifikat."
    )

    # ---------------------------------------------------------------- BAB XI
    F.chapter("BAB XI", "PENGHARGAAN DAN TINDAK LANJUT")
    F.h2("11.1 Pembelajar Terbaik")
    F.p(
        "Setiap tahun Kepala Dinas menetapkan 1 (satu) orang Pembelajar Terbaik dari seluruh "
        "pegawai. Pembelajar Terbaik menerima piagam dan uang pembinaan sebesar Rp1.000.000. "
        "Penilaian menggunakan bobot: capaian JP 40%, ketepatan dan mutu LAPP 30%, serta "
        "kontribusi berbagi pengetahuan 30%."
    )
    F.h2("11.2 Pegawai yang Tidak Memenuhi Target")
    F.p(
        "Pegawai yang tidak memenuhi target JP pada akhir tahun diberi teguran lisan oleh "
        "atasan langsung, mendapat prioritas pelatihan dalam RBI tahun berikutnya, dan "
        "capaiannya menjadi bahan penilaian perilaku kerja dalam SKP."
    )

    # ---------------------------------------------------------------- BAB XII
    F.chapter("BAB XII", "PENUTUP")
    F.p(
        "Pedoman ini berlaku untuk tahun 2025 dan ditinjau setiap tahun. Hal yang belum "
        f"diatur dalam pedoman ini diputuskan oleh Ketua {TIM}."
    )
    F.p(
        "Belajar adalah bagian dari pekerjaan. Setiap koperasi yang kita dampingi dan setiap "
        "pelaku usaha yang kita layani adalah kesempatan belajar."
    )

    # ---------------------------------------------------------------- LAMPIRAN
    F.chapter("LAMPIRAN I", "FORMAT RENCANA BELAJAR INDIVIDU")
    F.kv(
        [
            ("Nama / NIP", "...................................................."),
            ("Jabatan / unit kerja", "...................................................."),
            ("Tahun", "2025"),
            ("Target JP", "20 JP (PNS) / 10 JP (PPPK)"),
        ]
    )
    F.table(
        ["No", "Kompetensi yang dikembangkan", "Kegiatan", "Kode katalog", "Perkiraan JP"],
        [["1", "", "", "", ""], ["2", "", "", "", ""], ["3", "", "", "", ""]],
        [10, 50, 50, 25, 20],
        size=9,
    )
    F.p("Disetujui atasan langsung: ........................  Tanggal: ..........")
    F.chapter("LAMPIRAN II", "FORMAT LAPORAN AKSI PASCA PELATIHAN")
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
            "Rencana aksi (kegiatan, target, jadwal, indikator)",
            "Hal yang sudah diterapkan dan buktinya",
            "Kendala dan dukungan yang dibutuhkan",
            "Catatan atasan langsung",
        ]
    )
    F.chapter("LAMPIRAN III", f"KALENDER PROGRAM {PROGRAM} 2025")
    F.table(["Bulan", "Kegiatan utama"], KALENDER_2025, [42, 110], size=9.3, lh=4.6)
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
            kind = "ol" if a.startswith("Dalam Peraturan ini") else "al"
            F.items(sub, kind=kind, indent=8)


def _bab(F, num, title):
    F.need(34)
    F.pdf.ln(2)
    F.center(f"BAB {num}", 10.5)
    F.center(title, 10.5)
    F.pdf.ln(2)


BASE_TENTANG = f"Program {PROGRAM_LONG} ({PROGRAM})"
AMD_TENTANG = (
    f"Perubahan atas Peraturan Kepala Dinas Nomor 3 Tahun 2024 tentang Program {PROGRAM_LONG}"
)

DEF_OLD_APP = (
    f"{OLD_APP_LONG} yang selanjutnya disebut {OLD_APP} adalah formulir daring dan lembar "
    "rekap untuk mencatat kegiatan belajar dan JP Pegawai."
)
DEF_NEW_APP = (
    f"{SISTEM_LONG} yang selanjutnya disebut {SISTEM} adalah aplikasi berbasis web untuk "
    "perencanaan, pencatatan, verifikasi, dan pelaporan pengembangan kompetensi Pegawai."
)


def _defs():
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
        "Rencana Belajar Individu yang selanjutnya disingkat RBI adalah rencana pengembangan "
        "kompetensi Pegawai selama 1 (satu) tahun.",
        "Duta Belajar Unit yang selanjutnya disingkat DBU adalah Pegawai yang ditunjuk kepala "
        "unit kerja untuk menggerakkan kegiatan belajar di unitnya.",
        "Laporan Aksi Pasca Pelatihan yang selanjutnya disingkat LAPP adalah laporan Pegawai "
        "mengenai penerapan hasil pelatihan di tempat kerja.",
        "Praktik Kerja Lapangan yang selanjutnya disingkat PKL adalah kegiatan belajar "
        "langsung di koperasi atau usaha mikro, kecil, dan menengah binaan Dinas.",
        f"Tim Pengelola Program {PROGRAM} yang selanjutnya disebut {TIM} adalah tim yang "
        f"ditetapkan Kepala Dinas untuk mengelola Program {PROGRAM}.",
        DEF_OLD_APP,
    ]
    return ("Dalam Peraturan ini yang dimaksud dengan:", items)


PASAL_5_OLD = [
    "Setiap unit kerja memiliki 1 (satu) orang DBU yang ditunjuk oleh kepala unit kerja.",
    (
        "DBU bertugas:",
        [
            "mengingatkan Pegawai untuk menyusun RBI dan mencatat kegiatan belajar;",
            f"menghimpun rencana belajar unit dan menyampaikannya kepada {TIM};",
            "mengoordinasikan Rabu Belajar di unitnya; dan",
            "memantau capaian JP unit setiap bulan.",
        ],
    ),
    "Masa tugas DBU adalah 1 (satu) tahun dan dapat ditunjuk kembali.",
]
PASAL_5_NEW_3 = (
    "Masa tugas DBU adalah 2 (dua) tahun dan dapat ditunjuk kembali untuk 1 (satu) kali "
    "masa tugas berikutnya."
)

PASAL_6_OLD = [
    "Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) JP "
    "dalam 1 (satu) tahun.",
    "Bagi PNS yang menduduki jabatan fungsional, paling sedikit 10 (sepuluh) JP dari JP "
    "sebagaimana dimaksud pada ayat (1) berupa kompetensi teknis sesuai jabatan "
    "fungsionalnya.",
    "Setiap PPPK wajib mengikuti pengembangan kompetensi paling sedikit 10 (sepuluh) JP dalam "
    "1 (satu) tahun kontrak.",
    "Paling sedikit 50% (lima puluh persen) dari JP yang diakui berupa kompetensi teknis.",
]
PASAL_6_NEW = [
    "Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) JP "
    "dalam 1 (satu) tahun.",
    "PNS yang menduduki jabatan fungsional wajib mengikuti pengembangan kompetensi paling "
    "sedikit 24 (dua puluh empat) JP dalam 1 (satu) tahun, dan paling sedikit 12 (dua belas) "
    "JP di antaranya berupa kompetensi teknis sesuai jabatan fungsionalnya.",
    "Setiap PPPK wajib mengikuti pengembangan kompetensi paling sedikit 16 (enam belas) JP "
    "dalam 1 (satu) tahun kontrak, dan Dinas membiayai paling banyak 24 (dua puluh empat) JP "
    "per PPPK per tahun.",
    "Paling sedikit 50% (lima puluh persen) dari JP yang diakui berupa kompetensi teknis.",
    "Pejabat administrator dan pejabat pengawas wajib mengikuti paling sedikit 8 (delapan) JP "
    "kompetensi manajerial dalam 1 (satu) tahun sebagai bagian dari JP sebagaimana dimaksud "
    "pada ayat (1).",
]
PASAL_12_OLD = [
    f"Pegawai mencatat setiap kegiatan belajar di {OLD_APP} paling lambat 14 (empat belas) "
    "hari kalender sejak kegiatan berakhir, dengan melampirkan bukti kegiatan.",
    "Bukti kegiatan berupa sertifikat, surat keterangan penyelenggara, daftar hadir, lembar "
    "sesi, atau resume yang disetujui atasan langsung.",
    "Entri yang melewati batas waktu sebagaimana dimaksud pada ayat (1) tidak diakui, kecuali "
    "dengan persetujuan Sekretaris.",
]
PASAL_12_NEW = [
    f"Pegawai mencatat setiap kegiatan belajar di {SISTEM} paling lambat 10 (sepuluh) hari "
    "kerja sejak kegiatan berakhir, dengan mengunggah bukti kegiatan.",
    "Bukti kegiatan berupa sertifikat, surat keterangan penyelenggara, daftar hadir, lembar "
    "sesi, atau resume yang disetujui atasan langsung.",
    "Entri yang melewati batas waktu sebagaimana dimaksud pada ayat (1) masih dapat diterima "
    "paling lambat 30 (tiga puluh) hari kalender sejak kegiatan berakhir dengan surat "
    "keterangan dari atasan langsung.",
]
PASAL_13_OLD = [
    "Kepala Subbagian Umum dan Kepegawaian memverifikasi setiap entri paling lambat 7 "
    "(tujuh) hari kerja sejak entri diterima.",
    "Input pencatatan JP tahun berjalan ditutup pada tanggal 15 Desember.",
    "Rekap JP tahunan ditandatangani oleh Sekretaris.",
]
PASAL_13_NEW = [
    "Verifikasi tahap pertama atas setiap entri dilakukan oleh DBU paling lambat 3 (tiga) "
    "hari kerja sejak entri diterima.",
    "Validasi atas entri yang telah diverifikasi DBU dilakukan oleh Kepala Subbagian Umum dan "
    "Kepegawaian paling lambat 5 (lima) hari kerja.",
    "Entri milik DBU sendiri divalidasi oleh Analis SDM Aparatur.",
    "Input pencatatan JP tahun berjalan ditutup pada tanggal 10 Desember.",
    "Rekap JP tahunan ditandatangani oleh Sekretaris paling lambat tanggal 20 Desember.",
]
PASAL_14_OLD_1 = (
    "Pegawai yang mengikuti pelatihan klasikal paling sedikit 16 (enam belas) JP wajib "
    "menyampaikan LAPP paling lambat 30 (tiga puluh) hari kalender setelah pelatihan berakhir."
)
PASAL_14_NEW_1 = (
    "Pegawai yang mengikuti pelatihan klasikal paling sedikit 16 (enam belas) JP wajib "
    "menyampaikan LAPP paling lambat 21 (dua puluh satu) hari kalender setelah pelatihan "
    "berakhir."
)
PASAL_14_REST = [
    "LAPP disetujui oleh atasan langsung.",
    "Format LAPP tercantum dalam Pedoman Program SEMAI.",
]
PASAL_14A = [
    "Pegawai yang mengikuti pelatihan yang dibiayai Dinas paling sedikit 16 (enam belas) JP "
    "wajib berbagi pengetahuan kepada rekan kerja paling lambat 30 (tiga puluh) hari kalender "
    "setelah pelatihan berakhir.",
    "Berbagi pengetahuan sebagaimana dimaksud pada ayat (1) dilaksanakan dalam forum Rabu "
    "Belajar, rapat unit kerja, atau tulisan pada Buletin SEMAI.",
    "Berbagi pengetahuan diakui 2 (dua) JP per sesi dan paling banyak 6 (enam) JP dalam "
    "1 (satu) tahun.",
    "DBU mencatat kegiatan berbagi pengetahuan di unitnya.",
]
PASAL_18_OLD = [
    "Kepala Dinas setiap tahun menetapkan 1 (satu) orang Pembelajar Terbaik.",
    "Pembelajar Terbaik menerima piagam dan uang pembinaan sebesar Rp1.000.000,00 (satu juta "
    "rupiah).",
]
PASAL_18_NEW = [
    "Kepala Dinas setiap tahun menetapkan 3 (tiga) orang Pembelajar Terbaik, masing-masing "
    "dari kategori PNS, PPPK, dan DBU.",
    "Setiap Pembelajar Terbaik menerima piagam dan uang pembinaan sebesar Rp1.500.000,00 "
    "(satu juta lima ratus ribu rupiah).",
    "Penghargaan sebagaimana dimaksud pada ayat (1) diserahkan pada peringatan Hari Koperasi "
    "tanggal 12 Juli.",
]


def _reg_base():
    yield ("bab", "I", "KETENTUAN UMUM")
    yield ("pasal", _defs())
    yield ("bab", "II", "MAKSUD, TUJUAN, DAN RUANG LINGKUP")
    yield (
        "pasal",
        [
            f"Program {PROGRAM} dimaksudkan sebagai pedoman pengembangan kompetensi Pegawai "
            "secara terencana, terukur, dan berkelanjutan.",
            f"Program {PROGRAM} bertujuan meningkatkan kompetensi teknis, manajerial, dan "
            "sosial kultural Pegawai dalam membina koperasi dan usaha mikro, kecil, dan menengah.",
        ],
    )
    yield (
        "pasal",
        "Ruang lingkup Peraturan ini meliputi kelembagaan, target JP, bentuk dan konversi "
        "pembelajaran, perencanaan, pencatatan dan verifikasi, evaluasi, tugas belajar, "
        "pembiayaan, serta penghargaan dan tindak lanjut. Pelatihan yang diselenggarakan "
        "Dinas bagi masyarakat dan pelaku usaha tidak termasuk dalam ruang lingkup Peraturan ini.",
    )
    yield ("bab", "III", "KELEMBAGAAN")
    yield (
        "pasal",
        [
            f"Kepala Dinas menetapkan {TIM} dengan Keputusan Kepala Dinas.",
            f"{TIM} diketuai oleh Sekretaris dengan Kepala Subbagian Umum dan Kepegawaian "
            "sebagai sekretaris tim.",
            f"{TIM} bertugas menyusun rencana, mengoordinasikan pelaksanaan, memantau, dan "
            f"mengevaluasi Program {PROGRAM}.",
        ],
    )
    yield ("pasal", PASAL_5_OLD)
    yield ("bab", "IV", "TARGET JAM PELAJARAN")
    yield ("pasal", PASAL_6_OLD)
    yield (
        "pasal",
        [
            "Pegawai yang mulai bertugas di Dinas setelah tanggal 30 September tidak memiliki "
            "target JP pada tahun tersebut.",
            "Pegawai yang menjalani cuti melahirkan memiliki target 50% (lima puluh persen) "
            "dari target sebagaimana dimaksud dalam Pasal 6.",
            "Pegawai yang menjalani cuti di luar tanggungan negara atau tugas belajar tidak "
            "dikenai target JP.",
        ],
    )
    yield ("bab", "V", "BENTUK DAN KONVERSI PEMBELAJARAN")
    yield (
        "pasal",
        [
            "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan nonklasikal.",
            "Jalur klasikal meliputi pelatihan, bimbingan teknis, workshop, seminar, dan kursus.",
            "Jalur nonklasikal meliputi coaching, mentoring, e-learning, belajar mandiri, "
            "Rabu Belajar, patok banding, PKL, dan tugas belajar.",
        ],
    )
    yield (
        "pasal",
        [
            "JP kegiatan pengembangan kompetensi dihitung menurut tabel konversi sebagaimana "
            "tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan ini.",
            "JP yang berasal dari jalur nonklasikal paling banyak 60% (enam puluh persen) dari "
            "target JP Pegawai.",
        ],
    )
    yield ("bab", "VI", "PERENCANAAN")
    yield (
        "pasal",
        [
            "Pegawai menyusun RBI bersama atasan langsung melalui dialog kinerja.",
            "RBI diunggah paling lambat tanggal 31 Januari dan disetujui oleh atasan langsung.",
            "Perubahan RBI dapat diajukan paling lambat tanggal 30 Juni.",
        ],
    )
    yield (
        "pasal",
        [
            "DBU menghimpun RBI menjadi rencana unit yang disampaikan kepala unit kerja kepada "
            f"{TIM} paling lambat tanggal 15 Februari.",
            f"{TIM} menyusun Rencana Pengembangan Kompetensi Dinas untuk ditetapkan Kepala "
            "Dinas paling lambat tanggal 31 Maret.",
        ],
    )
    yield ("bab", "VII", "PENCATATAN DAN VERIFIKASI")
    yield ("pasal", PASAL_12_OLD)
    yield ("pasal", PASAL_13_OLD)
    yield ("bab", "VIII", "EVALUASI")
    yield ("pasal", [PASAL_14_OLD_1, *PASAL_14_REST])
    yield (
        "pasal",
        [
            f"{TIM} melaksanakan evaluasi reaksi untuk setiap pelatihan yang diselenggarakan "
            "Dinas.",
            f"{TIM} melaksanakan evaluasi perilaku untuk pelatihan paling sedikit 24 (dua "
            "puluh empat) JP, 3 (tiga) bulan setelah pelatihan berakhir.",
        ],
    )
    yield ("bab", "IX", "TUGAS BELAJAR DAN IZIN BELAJAR")
    yield (
        "pasal",
        [
            "Kuota tugas belajar Dinas paling banyak 2 (dua) orang per tahun.",
            "Pegawai tugas belajar diakui 20 (dua puluh) JP per semester.",
            "Izin belajar diberikan oleh Kepala Dinas bagi Pegawai yang menempuh pendidikan "
            "dengan biaya sendiri di luar jam kerja.",
        ],
    )
    yield ("bab", "X", "PEMBIAYAAN")
    yield (
        "pasal",
        [
            f"Program {PROGRAM} dibiayai dari Anggaran Pendapatan dan Belanja Daerah melalui "
            "Dokumen Pelaksanaan Anggaran Dinas.",
            "Honor narasumber internal ditetapkan sebesar Rp300.000,00 (tiga ratus ribu rupiah) "
            "per JP.",
            "Pegawai yang mengikuti pelatihan berbayar atas inisiatif sendiri dapat memperoleh "
            "penggantian 50% (lima puluh persen) biaya, paling banyak Rp1.500.000,00 (satu juta "
            "lima ratus ribu rupiah) per tahun, apabila pelatihan tercantum dalam RBI dan "
            "disetujui Sekretaris sebelum pelatihan dimulai.",
        ],
    )
    yield ("bab", "XI", "PENGHARGAAN DAN TINDAK LANJUT")
    yield ("pasal", PASAL_18_OLD)
    yield (
        "pasal",
        [
            "Pegawai yang tidak memenuhi target JP diberi teguran lisan oleh atasan langsung.",
            "Pegawai sebagaimana dimaksud pada ayat (1) mendapat prioritas pelatihan dalam RBI "
            "tahun berikutnya.",
            "Capaian JP menjadi bahan penilaian perilaku kerja dalam SKP.",
        ],
    )
    yield ("bab", "XII", "KETENTUAN PENUTUP")
    yield (
        "pasal",
        "Peraturan ini mulai berlaku pada tanggal 1 Maret 2024.",
    )


def render_reg_base(path):
    title = f"Peraturan Kepala {SINGKAT} {KAB} Nomor 3 Tahun 2024"
    pdf = _make_pdf(title, fam="R", bottom=22)
    pdf.running = "Peraturan Kepala Dinas Nomor 3 Tahun 2024"
    pdf.footer_left = f"{SINGKAT} {KAB} - {FIKTIF}"
    F = Flow(pdf, size=10.5, lh=5.3)
    pdf.add_page()
    _reg_head(F, 3, 2024, BASE_TENTANG)
    F.p("Menimbang :", bold=True, align="L")
    F.items(
        [
            "bahwa pembinaan koperasi serta usaha mikro, kecil, dan menengah menuntut Pegawai "
            "yang kompeten, sehingga pengembangan kompetensi perlu dilaksanakan secara "
            "terencana;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
            f"menetapkan Peraturan Kepala Dinas tentang Program {PROGRAM_LONG}.",
        ],
        kind="al",
        indent=6,
    )
    F.p("Mengingat :", bold=True, align="L")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara beserta peraturan pelaksanaannya;",
            "Peraturan Pemerintah tentang Manajemen Pegawai Negeri Sipil;",
            f"Peraturan Bupati {KAB_SHORT} Nomor 48 Tahun 2023 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {SINGKAT}.",
        ],
        indent=6,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(
        f"Menetapkan : PERATURAN KEPALA DINAS TENTANG {BASE_TENTANG.upper()}.",
        bold=True,
        align="L",
    )
    n = 0
    for item in _reg_base():
        if item[0] == "bab":
            _bab(F, item[1], item[2])
        else:
            n += 1
            _pasal(F, n, item[1])
    assert n == 20, n
    F.p(f"Ditetapkan di {KOTA}", align="L", indent=92)
    F.p("pada tanggal 12 Februari 2024", align="L", indent=92)
    F.sign(["KEPALA DINAS,", "", KADIS_OLD, f"NIP {KADIS_OLD_NIP}"])
    pdf.add_page()
    F.p(
        f"LAMPIRAN\nPERATURAN KEPALA DINAS NOMOR 3 TAHUN 2024\nTENTANG {BASE_TENTANG.upper()}",
        bold=True,
        align="L",
        indent=70,
    )
    F.center("TABEL KONVERSI JP KEGIATAN PENGEMBANGAN KOMPETENSI", 10.5)
    pdf.ln(2)
    F.table(
        ["No", "Kegiatan", "Konversi JP", "Batas per tahun"],
        [[str(i), k[0], k[1], k[2]] for i, k in enumerate(KONVERSI, 1)],
        [10, 62, 50, 32],
        size=9.2,
        fill=(235, 235, 235),
    )
    F.p(
        "Catatan: 1 (satu) JP setara dengan 45 (empat puluh lima) menit.",
        size=9.5,
    )
    F.sign(["KEPALA DINAS,", "", KADIS_OLD])
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


def render_reg_amend(path):
    title = f"Peraturan Kepala {SINGKAT} {KAB} Nomor 2 Tahun 2026"
    pdf = _make_pdf(title, fam="R", bottom=22)
    pdf.running = "Peraturan Kepala Dinas Nomor 2 Tahun 2026"
    pdf.footer_left = f"{SINGKAT} {KAB} - {FIKTIF}"
    F = Flow(pdf, size=10.5, lh=5.3)
    pdf.add_page()
    _reg_head(F, 2, 2026, AMD_TENTANG)
    F.p("Menimbang :", bold=True, align="L")
    F.items(
        [
            "bahwa pengembangan kompetensi merupakan kewajiban setiap pegawai ASN yang "
            "dilaksanakan melalui pembelajaran berkelanjutan;",
            "bahwa hasil evaluasi pelaksanaan Peraturan Kepala Dinas Nomor 3 Tahun 2024 "
            "menunjukkan perlunya penyesuaian target JP, tenggat pencatatan dan verifikasi, "
            f"penghargaan, serta peralihan pencatatan dari {OLD_APP} ke {SISTEM};",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, "
            f"perlu menetapkan Peraturan Kepala Dinas tentang {AMD_TENTANG}.",
        ],
        kind="al",
        indent=6,
    )
    F.p("Mengingat :", bold=True, align="L")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara beserta peraturan pelaksanaannya;",
            f"Peraturan Bupati {KAB_SHORT} Nomor 48 Tahun 2023 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi, serta Tata Kerja {SINGKAT};",
            f"Peraturan Kepala Dinas Nomor 3 Tahun 2024 tentang Program {PROGRAM_LONG}.",
        ],
        indent=6,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(f"Menetapkan : PERATURAN KEPALA DINAS TENTANG {AMD_TENTANG.upper()}.", bold=True, align="L")
    F.center("Pasal I", 10.5)
    F.p(
        f"Beberapa ketentuan dalam Peraturan Kepala Dinas Nomor 3 Tahun 2024 tentang Program "
        f"{PROGRAM_LONG} diubah sebagai berikut:"
    )

    def change(no, intro, pasal=None, ayat=None):
        F.need(24)
        F.p(f"{no}. {intro}", indent=0)
        if pasal is not None:
            _pasal(F, pasal, ayat)

    change(
        1,
        f"Ketentuan Pasal 1 angka 12 diubah, sehingga Pasal 1 angka 12 berbunyi sebagai "
        f"berikut: 12. {DEF_NEW_APP}",
    )
    change(
        2,
        "Ketentuan Pasal 5 ayat (3) diubah, sehingga Pasal 5 ayat (3) berbunyi sebagai "
        f"berikut: (3) {PASAL_5_NEW_3}",
    )
    change(3, "Ketentuan Pasal 6 diubah, sehingga berbunyi sebagai berikut:", 6, PASAL_6_NEW)
    change(4, "Ketentuan Pasal 12 diubah, sehingga berbunyi sebagai berikut:", 12, PASAL_12_NEW)
    change(5, "Ketentuan Pasal 13 diubah, sehingga berbunyi sebagai berikut:", 13, PASAL_13_NEW)
    change(
        6,
        "Ketentuan Pasal 14 ayat (1) diubah, sehingga Pasal 14 ayat (1) berbunyi sebagai "
        f"berikut: (1) {PASAL_14_NEW_1}",
    )
    change(
        7,
        "Di antara Pasal 14 dan Pasal 15 disisipkan 1 (satu) pasal, yakni Pasal 14A, yang "
        "berbunyi sebagai berikut:",
        "14A",
        PASAL_14A,
    )
    change(8, "Ketentuan Pasal 18 diubah, sehingga berbunyi sebagai berikut:", 18, PASAL_18_NEW)
    change(
        9,
        "Lampiran diubah sehingga menjadi sebagaimana tercantum dalam Lampiran yang merupakan "
        "bagian tidak terpisahkan dari Peraturan ini.",
    )
    F.center("Pasal II", 10.5)
    F.pdf.ln(1)
    for i, t in enumerate(
        [
            "Peraturan ini mulai berlaku pada tanggal 1 Juli 2026.",
            "Ketentuan target JP sebagaimana dimaksud dalam Pasal 6 yang diubah berlaku mulai "
            "tahun penilaian 2027; untuk tahun 2026 tetap berlaku target JP menurut Pasal 6 "
            "sebelum diubah.",
            f"Sampai dengan {SISTEM} beroperasi, pencatatan kegiatan belajar tetap "
            f"menggunakan {OLD_APP}, dan entri {OLD_APP} tahun 2026 dipindahkan ke {SISTEM}.",
            "Penghargaan Pembelajar Terbaik untuk tahun penilaian 2025 diberikan berdasarkan "
            "Pasal 18 sebelum diubah.",
        ],
        1,
    ):
        F.p(f"({i}) {t}")
    F.p(f"Ditetapkan di {KOTA}", align="L", indent=92)
    F.p("pada tanggal 15 Juni 2026", align="L", indent=92)
    F.sign(["KEPALA DINAS,", "", KADIS, f"NIP {KADIS_NIP}"])
    pdf.add_page()
    F.p(
        f"LAMPIRAN\nPERATURAN KEPALA DINAS NOMOR 2 TAHUN 2026\nTENTANG {AMD_TENTANG.upper()}",
        bold=True,
        align="L",
        indent=60,
    )
    F.center("TABEL KONVERSI JP KEGIATAN PENGEMBANGAN KOMPETENSI", 10.5)
    pdf.ln(2)
    rows = [[str(i), k[0], k[3], k[4]] for i, k in enumerate(KONVERSI, 1)]
    rows.append([str(len(rows) + 1), KONVERSI_BARU[0], KONVERSI_BARU[3], KONVERSI_BARU[4]])
    F.table(
        ["No", "Kegiatan", "Konversi JP", "Batas per tahun"],
        rows,
        [10, 62, 50, 32],
        size=9.2,
        fill=(235, 235, 235),
    )
    F.p("Catatan: 1 (satu) JP setara dengan 45 (empat puluh lima) menit.", size=9.5)
    F.sign(["KEPALA DINAS,", "", KADIS])
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ circulars (PDF)
SE_OLD_NO = "800.1/019/SEK-DKUKM/I/2025"
SE_NEW_NO = "800.1/146/SEK-DKUKM/VII/2026"
SE_OLD_TENTANG = f"Tata Cara Pencatatan Jam Pelajaran melalui {OLD_APP}"
SE_NEW_TENTANG = f"Pencatatan dan Verifikasi Jam Pelajaran melalui {SISTEM}"


def _se(path, nomor, tentang, date, parts, closing):
    pdf = _make_pdf(f"Surat Edaran Sekretaris Nomor {nomor} tentang {tentang}", fam="R", bottom=18)
    pdf.footer_left = f"SE {nomor} - {FIKTIF}"
    F = Flow(pdf, size=10.4, lh=5.1)
    pdf.add_page()
    _kop(pdf)
    F.p(f"Yth. Seluruh Pegawai {SINGKAT} {KAB}\ndi {KOTA}", align="L")
    F.center("SURAT EDARAN", 12)
    F.center(f"NOMOR {nomor}", 10.5, style="")
    pdf.ln(1)
    F.center("TENTANG", 10.5)
    F.center(tentang.upper(), 10.5)
    pdf.ln(3)
    for label, body in parts:
        F.need(18)
        F.p(label, bold=True, align="L")
        if isinstance(body, list):
            F.items(body, indent=4)
        else:
            F.p(body)
    for t in closing:
        F.p(t)
    F.p(f"Surat Edaran Nomor {nomor} ini berlaku sejak tanggal ditetapkan.")
    F.sign([f"{KOTA}, {tgl(date)}", "Sekretaris,", "", SEKRETARIS, f"NIP {SEKRETARIS_NIP}"])
    F.p("Tembusan: 1. Kepala Dinas (sebagai laporan); 2. Para Kepala Bidang dan Kepala UPTD.")
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


def render_se_old(path):
    return _se(
        path,
        SE_OLD_NO,
        SE_OLD_TENTANG,
        "2025-01-06",
        [
            (
                "A. Latar Belakang",
                "Peraturan Kepala Dinas Nomor 3 Tahun 2024 mewajibkan setiap Pegawai mencatat "
                f"kegiatan belajarnya di {OLD_APP}. Agar pencatatan seragam, perlu ditetapkan "
                "tata cara pencatatan dan verifikasi.",
            ),
            (
                "B. Maksud dan Tujuan",
                "Surat Edaran ini dimaksudkan sebagai acuan bagi Pegawai, DBU, dan admin "
                f"{OLD_APP} dalam mencatat dan memeriksa JP tahun 2025.",
            ),
            (
                "C. Ketentuan",
                [
                    f"Setiap kegiatan belajar diisi melalui formulir daring {OLD_APP} yang "
                    "tautannya dibagikan di grup DBU, paling lambat 14 (empat belas) hari "
                    "kalender sejak kegiatan berakhir.",
                    "Bukti kegiatan dipindai dalam format PDF dengan ukuran paling besar 2 MB "
                    "dan diberi nama dengan pola NIP_tanggal_nama kegiatan.",
                    "Kepala Subbagian Umum dan Kepegawaian memverifikasi entri setiap hari "
                    "Jumat; status entri dapat dilihat pada lembar rekap.",
                    f"Admin {OLD_APP}, {ADMIN_OLD} (ekstensi 102), mengirim rekap bulanan kepada "
                    "setiap kepala unit kerja paling lambat tanggal 5 bulan berikutnya.",
                    "Sertifikat yang tidak mencantumkan JP dihitung dari jadwal kegiatan, "
                    "dengan 1 JP sama dengan 45 menit.",
                    "Satu entri hanya untuk satu kegiatan; kegiatan yang berlangsung beberapa "
                    "hari dicatat sebagai satu entri.",
                    f"Input {OLD_APP} tahun 2025 ditutup pada tanggal 15 Desember 2025 pukul "
                    "16.00 WIB.",
                ],
            ),
        ],
        ["Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab."],
    )


def render_se_new(path):
    return _se(
        path,
        SE_NEW_NO,
        SE_NEW_TENTANG,
        "2026-07-24",
        [
            (
                "A. Latar Belakang",
                "Peraturan Kepala Dinas Nomor 2 Tahun 2026 tentang Perubahan atas Peraturan "
                "Kepala Dinas Nomor 3 Tahun 2024 mengganti aplikasi pencatatan JP dari "
                f"{OLD_APP} menjadi {SISTEM} ({SISTEM_LONG}) serta mengubah batas waktu "
                "pencatatan dan tata cara verifikasi.",
            ),
            (
                "B. Maksud dan Tujuan",
                "Surat Edaran ini dimaksudkan sebagai acuan bagi Pegawai, DBU, Analis SDM "
                f"Aparatur, dan Kepala Subbagian Umum dan Kepegawaian dalam menggunakan {SISTEM}.",
            ),
            (
                "C. Ketentuan",
                [
                    f"Mulai hari Senin, 3 Agustus 2026, seluruh kegiatan belajar dicatat melalui "
                    f"{SISTEM} pada alamat {URL_SISTEM}.",
                    f"Input {OLD_APP} ditutup pada hari Jumat, 31 Juli 2026 pukul 16.00 WIB. "
                    f"Setelah itu {OLD_APP} hanya dapat dibuka untuk dibaca sampai dengan "
                    "31 Desember 2026.",
                    f"Entri {OLD_APP} tahun 2026 yang berstatus Diterima dipindahkan ke {SISTEM} "
                    "oleh admin. Entri yang masih menunggu verifikasi wajib diunggah ulang oleh "
                    f"Pegawai di {SISTEM} paling lambat 14 Agustus 2026.",
                    "Pegawai masuk dengan NIP dan kata sandi awal yang dikirim ke pos-el dinas; "
                    "kata sandi awal wajib diganti pada saat masuk pertama kali.",
                    "Kegiatan belajar dicatat paling lambat 10 (sepuluh) hari kerja sejak "
                    "kegiatan berakhir. Bukti diunggah dalam format PDF, JPG, atau PNG dengan "
                    "ukuran paling besar 5 MB.",
                    "Verifikasi dilakukan dua tahap: verifikasi oleh DBU paling lambat 3 (tiga) "
                    "hari kerja dan validasi oleh Kepala Subbagian Umum dan Kepegawaian paling "
                    "lambat 5 (lima) hari kerja. Entri milik DBU sendiri divalidasi oleh Analis "
                    "SDM Aparatur.",
                    "Entri berstatus Dikembalikan wajib diperbaiki paling lambat 5 (lima) hari "
                    "kerja; apabila tidak diperbaiki, status entri berubah menjadi Ditolak.",
                    f"Rekap bulanan dapat diunduh kepala unit kerja dari {SISTEM}. DBU "
                    "menyampaikan laporan capaian unit kepada kepala unit kerja setiap tanggal 5.",
                    f"Helpdesk {SISTEM} melayani pada hari Senin sampai Jumat pukul 08.00-15.00 "
                    f"WIB melalui WhatsApp {WA_HELP} atau pos-el {EMAIL_HELP}.",
                    f"{SISTEM} tidak terhubung dengan MyASN; Pegawai tetap memperbarui riwayat "
                    "pelatihannya sendiri di MyASN.",
                ],
            ),
            (
                "D. Pencabutan",
                f"Dengan berlakunya Surat Edaran ini, Surat Edaran Sekretaris Nomor {SE_OLD_NO} "
                f"tentang {SE_OLD_TENTANG} dicabut dan dinyatakan tidak berlaku.",
            ),
        ],
        ["Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab."],
    )


# ============================================================================ bulletin (PDF)
GREEN = (24, 92, 60)


def render_buletin(path):
    pdf = _make_pdf(f"Buletin {PROGRAM} Edisi III/2026", fam="S", bottom=18)
    pdf.running = f"Buletin {PROGRAM} - Edisi III/2026"
    pdf.running_right = f"{SINGKAT} {KAB}"
    pdf.footer_left = f"Buletin internal {SINGKAT} - {FIKTIF}"
    pdf.set_margins(16, 18, 16)
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, pdf.w, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(16, 8)
    pdf.set_font("S", "B", 22)
    pdf.cell(0, 10, f"BULETIN {PROGRAM}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 10)
    pdf.cell(
        0,
        6,
        f"Edisi III/2026 - Oktober 2026 - Kabar belajar pegawai {SINGKAT} {KAB}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)

    def heading(cols, text):
        pdf.set_font("S", "B", 12)
        pdf.set_text_color(*GREEN)
        cols.write(text + "\n")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 9.6)
        cols.ln(0.5)

    def para(cols, text):
        pdf.set_font("S", "", 9.6)
        cols.write(text + "\n")
        cols.ln(0.8)

    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15) as cols:
        heading(cols, "Pembelajar Terbaik 2025: dari meja pengawasan ke ruang kelas")
        para(
            cols,
            f"{TERBAIK_2025}, Pengawas Koperasi Ahli Muda di Bidang Kelembagaan dan Pengawasan "
            "Koperasi, ditetapkan sebagai Pembelajar Terbaik 2025 dengan capaian 58 JP, hampir "
            "tiga kali target PNS tahun itu. Piagam dan uang pembinaan Rp1.000.000 diserahkan "
            "Kepala Dinas pada upacara peringatan Hari Koperasi, 12 Juli 2026.",
        )
        para(
            cols,
            "Karena penilaian 2025 masih mengikuti aturan sebelum perubahan, hanya ada satu "
            "penerima. Mulai tahun penilaian 2026 akan ada tiga penerima: kategori PNS, PPPK, "
            "dan DBU.",
        )
        para(
            cols,
            '"Saya belajar supaya pemeriksaan koperasi tidak jadi momok bagi pengurus," katanya. '
            "Dari Bimtek Penilaian Kesehatan Koperasi, ia menyusun daftar periksa sederhana "
            "yang kini dipakai seluruh pengawas di bidangnya.",
        )
        heading(cols, "Rabu Belajar kini setiap pekan")
        para(
            cols,
            "Mulai Agustus 2026 Rabu Belajar tidak lagi dua kali sebulan. Pertemuan diadakan "
            "setiap hari Rabu pukul 13.30-15.00 WIB dan untuk sementara pindah ke Aula UPTD "
            "PLUT Lantai 2, karena Ruang Rapat Enggang sedang direnovasi sampai akhir Desember "
            "2026. Sesuai peraturan perubahan, setiap pertemuan kini diakui 2 JP.",
        )
        heading(cols, "Dua bulan SITUMBUH")
        para(
            cols,
            f"Sampai 30 September 2026 tercatat 1.146 entri di {SISTEM} dan 97% pegawai sudah "
            "pernah masuk ke aplikasi. Waktu rata-rata dari unggah sampai tervalidasi kini 3,6 "
            f"hari kerja, jauh lebih cepat daripada rata-rata 9 hari kerja di {OLD_APP}. Alasan "
            "pengembalian entri yang paling sering: foto bukti buram dan tanggal kegiatan tidak "
            "sesuai sertifikat.",
        )
        heading(cols, "Kenalan dengan DBU: Maria Goretti Anyeq")
        para(
            cols,
            "Sejak Juli 2026 Maria menjadi DBU UPTD PLUT-KUMKM menggantikan Hendrikus Tingang "
            "yang pindah tugas ke Bidang UMKM. Di unit yang setiap hari melayani pelaku usaha "
            "itu, ia menjadwalkan belajar bergiliran per meja layanan. Kiatnya: setiap pegawai "
            "yang pulang pelatihan bercerita sepuluh menit pada apel Senin.",
        )
        heading(cols, "Redaksi")
        para(
            cols,
            f"Penanggung jawab: {SEKRETARIS}; redaktur: {ANALIS} Tulisan dikirim ke {EMAIL} "
            "paling lambat tanggal 25 setiap bulan. Tulisan berbagi pengetahuan yang dimuat "
            "di buletin diakui 2 JP. " + FIKTIF,
        )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ announcement (PDF)
PENG_NO = "800.1/201/SEK-DKUKM/IX/2026"


def render_pengumuman(path):
    pdf = _make_pdf("Pengumuman Seleksi Calon Peserta PKP dan PKA Tahun 2027", fam="R", bottom=18)
    pdf.footer_left = FIKTIF
    F = Flow(pdf, size=10.4, lh=5.1)
    pdf.add_page()
    _kop(pdf)
    F.center("PENGUMUMAN", 12)
    F.center(f"NOMOR {PENG_NO}", 10.5, style="")
    pdf.ln(2)
    F.center("TENTANG", 10.5)
    F.center(
        "SELEKSI CALON PESERTA PELATIHAN KEPEMIMPINAN PENGAWAS (PKP) ANGKATAN IV\n"
        "DAN PELATIHAN KEPEMIMPINAN ADMINISTRATOR (PKA) ANGKATAN II TAHUN 2027",
        10.5,
    )
    pdf.ln(3)
    F.p(
        "Dalam rangka pengembangan kompetensi manajerial melalui Program "
        f"{PROGRAM}, {SINGKAT} {KAB} membuka seleksi calon peserta pelatihan kepemimpinan yang "
        "diselenggarakan BPSDM Provinsi Kalimantan Barat Daya pada tahun 2027, dengan "
        "ketentuan sebagai berikut:"
    )
    F.p("I. KUOTA", bold=True, align="L")
    F.items(
        [
            "PKP Angkatan IV: 2 (dua) orang; pembelajaran klasikal tanggal 1 sampai dengan "
            "12 Maret 2027 di Kampus BPSDM Provinsi, dilanjutkan aksi perubahan di tempat kerja.",
            "PKA Angkatan II: 1 (satu) orang; pembelajaran dimulai 5 April 2027 dengan pola "
            "blended.",
        ]
    )
    F.p("II. PERSYARATAN CALON PESERTA PKP", bold=True, align="L")
    F.items(
        [
            "menduduki jabatan pengawas atau diproyeksikan menduduki jabatan pengawas, "
            "dengan pangkat paling rendah Penata Muda Tingkat I golongan ruang III/b;",
            "berusia paling tinggi 50 (lima puluh) tahun pada 1 Maret 2027;",
            "predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir;",
            "belum pernah mengikuti PKP atau pelatihan kepemimpinan yang setara;",
            "tidak sedang menjalani hukuman disiplin.",
        ],
        kind="al",
    )
    F.p("III. PERSYARATAN CALON PESERTA PKA", bold=True, align="L")
    F.items(
        [
            "menduduki jabatan administrator, dengan pangkat paling rendah Penata Tingkat I "
            "golongan ruang III/d;",
            "berusia paling tinggi 52 (lima puluh dua) tahun pada 5 April 2027;",
            "telah lulus PKP atau pelatihan kepemimpinan tingkat IV;",
            "predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir.",
        ],
        kind="al",
    )
    F.p("IV. BERKAS DAN JADWAL", bold=True, align="L")
    F.p(
        "Berkas berupa surat usulan atasan langsung, SKP dua tahun terakhir, SK pangkat "
        "terakhir, surat keterangan sehat, dan pakta integritas disampaikan ke Subbagian Umum "
        "dan Kepegawaian paling lambat hari Jumat, 2 Oktober 2026 pukul 15.00 WIB."
    )
    F.table(
        ["Tahap", "Kegiatan", "Waktu", "Tempat"],
        [
            ["Tahap I", "Penerimaan berkas", "14 September - 2 Oktober 2026", "Subbag Umpeg"],
            ["Tahap II", "Seleksi administrasi", "5 - 6 Oktober 2026", "Tim Seleksi"],
            [
                "Tahap III",
                "Wawancara dan paparan rencana aksi perubahan",
                "Rabu, 7 Oktober 2026, 09.00 WIB",
                "Ruang Rapat Sekretariat Lantai 1",
            ],
            ["Tahap IV", "Pengumuman hasil", "12 Oktober 2026", "Papan pengumuman dan grup DBU"],
        ],
        [18, 60, 45, 35],
        size=9,
    )
    F.p(
        "Tim Seleksi diketuai Sekretaris dengan anggota Kepala Subbagian Umum dan Kepegawaian "
        "dan Kepala Bidang Kelembagaan dan Pengawasan Koperasi. Biaya kontribusi pelatihan "
        "ditanggung DPA Dinas Tahun Anggaran 2027. Keputusan Tim Seleksi tidak dapat diganggu "
        "gugat."
    )
    F.p(
        "PKP diakui sesuai JP pada sertifikat dan sekaligus memenuhi kewajiban 8 JP kompetensi "
        "manajerial bagi pejabat pengawas. Informasi lebih lanjut: Subbagian Umum dan "
        f"Kepegawaian, ekstensi 102, atau pos-el {EMAIL}."
    )
    F.sign([f"{KOTA}, 14 September 2026", "Sekretaris,", "", SEKRETARIS, f"NIP {SEKRETARIS_NIP}"])
    F.p(FIKTIF, italic=True, align="C", size=8.5)
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


def new_docx(title, author="Subbagian Umum dan Kepegawaian"):
    import docx
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
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _cell(cell, text, bold=False, size=9.5):
    from docx.shared import Pt

    cell.text = ""
    p = cell.paragraphs[0]
    for k, ln in enumerate(str(text).split("\n")):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.font.size = Pt(size)


def docx_table(doc, header, rows, widths=None, size=9.5, bold_last=False, shade="D9EAD3"):
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


# ============================================================================ minutes (DOCX)
NOT_DATE = "2026-07-09"


def write_notulen(path):
    doc = new_docx("Notulen Rapat Persiapan Pelaksanaan Perkadis 2/2026 dan SITUMBUH")
    para(doc, "NOTULEN RAPAT", bold=True, size=13, align="center", after=0)
    para(
        doc,
        f"PERSIAPAN PELAKSANAAN PERATURAN KEPALA DINAS NOMOR 2 TAHUN 2026 DAN {SISTEM}",
        bold=True,
        align="center",
    )
    label_table(
        doc,
        [
            ("Hari, tanggal", htgl(NOT_DATE)),
            ("Waktu", "Pukul 09.00 - 11.45 WIB"),
            ("Tempat", "Ruang Rapat Enggang, Lantai 2 Kantor Dinas"),
            ("Pimpinan rapat", f"{SEKRETARIS}, Sekretaris"),
            ("Notulis", f"{ANALIS}, Analis SDM Aparatur Ahli Pertama"),
            (
                "Peserta",
                "Kepala Subbagian Umum dan Kepegawaian, Kepala Subbagian Perencanaan dan "
                "Keuangan, empat Kepala Bidang, Kepala UPTD PLUT-KUMKM, enam DBU, dan pranata "
                "komputer (15 orang hadir dari 16 undangan)",
            ),
            (
                "Agenda",
                "1. Pokok perubahan Perkadis 2/2026\n2. Kesiapan SITUMBUH\n3. DBU masa tugas "
                "2026-2027\n4. Pembelajar Terbaik 2025",
            ),
        ],
    )
    heading(doc, "I. Pembukaan", level=2)
    para(
        doc,
        "Sekretaris membuka rapat dan menyampaikan bahwa Peraturan Kepala Dinas Nomor 2 Tahun "
        "2026 telah ditetapkan pada 15 Juni 2026 dan berlaku sejak 1 Juli 2026. Peraturan itu "
        "tidak mencabut Perkadis 3/2024; hanya beberapa pasal yang diubah dan satu pasal "
        "disisipkan, sehingga pasal yang tidak diubah tetap berlaku.",
        align="justify",
    )
    heading(doc, "II. Pokok Perubahan", level=2)
    para(
        doc,
        "Analis SDM Aparatur memaparkan pokok perubahan: target JP jabatan fungsional menjadi "
        "24 JP dan PPPK menjadi 16 JP mulai tahun penilaian 2027; batas pencatatan menjadi 10 "
        "hari kerja; verifikasi dua tahap oleh DBU dan Kepala Subbagian Umum dan Kepegawaian; "
        "LAPP menjadi 21 hari kalender; kewajiban berbagi pengetahuan dalam Pasal 14A; dan "
        "Pembelajar Terbaik menjadi tiga orang.",
        align="justify",
    )
    para(
        doc,
        "Sampai 30 Juni 2026 tercatat 612 JP dari 89 pegawai pada semester I, dan 34 pegawai "
        "belum mencatat satu kegiatan pun.",
        align="justify",
    )
    heading(doc, "III. Pembahasan", level=2)
    bullets(
        doc,
        [
            f"Pranata komputer menyampaikan bahwa {SISTEM} sudah diuji coba di Sekretariat "
            "sejak 1 Juni 2026 oleh 25 pegawai dan siap dipakai seluruh pegawai mulai 3 "
            "Agustus 2026. Server aplikasi ditempatkan di pusat data Diskominfo Kabupaten.",
            "Kepala Bidang UMKM menanyakan apakah pegawai yang menjadi panitia pelatihan bagi "
            "pelaku UMKM di PLUT mendapat JP. Disepakati: tidak, karena itu layanan kepada "
            "masyarakat; JP hanya diakui bila pegawai menjadi narasumber, 2 JP per sesi.",
            "Kepala UPTD PLUT-KUMKM menyampaikan bahwa Hendrikus Tingang pindah tugas ke Bidang "
            "UMKM, sehingga DBU UPTD PLUT diganti oleh Maria Goretti Anyeq.",
            "Kepala Subbagian Perencanaan dan Keuangan menyampaikan bahwa uang pembinaan "
            "Pembelajar Terbaik tahun penilaian 2026 (3 x Rp1.500.000 = Rp4.500.000) diusulkan "
            "dalam APBD Perubahan 2026; honor narasumber internal tetap Rp300.000 per JP.",
            "Peserta sepakat DBU yang berhalangan menunjuk DBU pengganti dari unit yang sama "
            "agar verifikasi tidak tertunda.",
        ],
    )
    heading(doc, "IV. Keputusan dan Tindak Lanjut", level=2)
    docx_table(
        doc,
        ["No", "Keputusan / tindak lanjut", "Penanggung jawab", "Tenggat"],
        [
            [
                "1",
                f"Sosialisasi Perkadis 2/2026 dan {SISTEM} bagi seluruh pegawai",
                "Kepala Subbagian Umum dan Kepegawaian",
                "Selasa, 28 Juli 2026",
            ],
            [
                "2",
                "Kepala unit kerja menyampaikan nama DBU masa tugas 2026-2027",
                "Kepala unit kerja",
                "Jumat, 17 Juli 2026",
            ],
            [
                "3",
                f"Surat edaran pencatatan JP melalui {SISTEM} disiapkan untuk ditandatangani "
                "Sekretaris",
                "Analis SDM Aparatur",
                "24 Juli 2026",
            ],
            [
                "4",
                f"Akun {SISTEM} seluruh pegawai dibuat dan kata sandi awal dikirim ke pos-el dinas",
                "Pranata komputer",
                "31 Juli 2026",
            ],
            [
                "5",
                "Pelatihan verifikator bagi DBU",
                "Pranata komputer dan Analis SDM Aparatur",
                "Rabu, 29 Juli 2026",
            ],
            [
                "6",
                "Penetapan satu Pembelajar Terbaik 2025 menurut Pasal 18 sebelum diubah",
                "Sekretaris",
                "10 Juli 2026",
            ],
        ],
        widths=(1.0, 8.0, 4.5, 3.5),
        size=9.5,
    )
    para(doc, "Rapat ditutup pukul 11.45 WIB.", italic=True)
    sign_block(doc, [f"{KOTA}, {tgl(NOT_DATE)}", "Notulis,", "", "", ANALIS])
    para(doc, FIKTIF, italic=True, size=8.5, align="center")
    doc.save(path)


# ============================================================================ terms of reference (DOCX)
KAK_NARSUM = "Dra. Theresia Luing, M.Si."
KAK_NARSUM2 = "Ir. Bambang Sutejo, M.M."
KAK_BIAYA = [
    ("Konsumsi peserta", 60, "orang-hari", 75000),
    ("Honor narasumber dari luar Dinas", 12, "JP", 900000),
    ("Honor narasumber internal", 4, "JP", 300000),
    ("Alat tulis dan bahan praktik", 20, "paket", 50000),
    ("Transport kunjungan lapangan", 1, "paket", 1500000),
    ("Sertifikat", 20, "lembar", 15000),
]
KAK_TOTAL = sum(b[1] * b[3] for b in KAK_BIAYA)


def write_kak(path):
    from docx.shared import Cm

    doc = new_docx("KAK Bimtek Penilaian Kesehatan Koperasi 2026", author="Bidang KPK")
    para(doc, "KERANGKA ACUAN KERJA (KAK)", bold=True, size=13, align="center", after=0)
    para(
        doc,
        "BIMBINGAN TEKNIS PENILAIAN KESEHATAN KOPERASI BAGI PENGAWAS KOPERASI\nTAHUN ANGGARAN 2026",
        bold=True,
        align="center",
    )
    heading(doc, "A. Latar Belakang", level=2)
    para(
        doc,
        f"Di {KAB} terdapat 214 koperasi aktif, 61 di antaranya koperasi simpan pinjam atau "
        "koperasi yang memiliki unit simpan pinjam. Penilaian kesehatan usaha simpan pinjam "
        "wajib dilakukan setiap tahun, sedangkan baru 5 dari 18 pegawai Bidang Kelembagaan dan "
        "Pengawasan Koperasi yang pernah mengikuti bimbingan teknis penilaian kesehatan.",
        align="justify",
    )
    heading(doc, "B. Dasar", level=2)
    bullets(
        doc,
        [
            "Peraturan Kepala Dinas Nomor 3 Tahun 2024 sebagaimana diubah dengan Peraturan "
            "Kepala Dinas Nomor 2 Tahun 2026;",
            "Rencana Pengembangan Kompetensi Dinas Tahun 2026;",
            "DPA Dinas Tahun Anggaran 2026.",
        ],
    )
    heading(doc, "C. Tujuan", level=2)
    para(
        doc,
        "Peserta mampu menilai aspek permodalan, kualitas aktiva produktif, manajemen, "
        "efisiensi, likuiditas, kemandirian dan pertumbuhan, serta jatidiri koperasi, dan "
        "menyusun laporan hasil penilaian kesehatan.",
        align="justify",
    )
    heading(doc, "D. Peserta, Waktu, dan Tempat", level=2)
    docx_table(
        doc,
        ["Angkatan", "Penyelenggara", "Tanggal", "Tempat", "Peserta dari Dinas"],
        [
            [
                "I",
                f"{SINGKAT} bersama BPSDM Provinsi",
                "8-10 September 2026",
                "Aula UPTD PLUT-KUMKM, Kuala Mendawai",
                "20 orang",
            ],
            [
                "II",
                "BPSDM Provinsi Kalimantan Barat Daya",
                "20-22 Oktober 2026",
                "Hotel Mendawai Indah, Kuala Mendawai",
                "6 orang",
            ],
        ],
        widths=(2.0, 4.0, 3.2, 4.8, 3.0),
        size=9,
    )
    para(
        doc,
        "Sasaran peserta: Pengawas Koperasi, staf Bidang Kelembagaan dan Pengawasan Koperasi, "
        "dan staf Bidang Pemberdayaan Koperasi yang belum pernah mengikuti bimtek serupa.",
        align="justify",
    )
    heading(doc, "E. Metode dan Jumlah JP", level=2)
    para(
        doc,
        "Bimtek berlangsung 3 hari dengan total 24 JP: ceramah dan tanya jawab, studi kasus "
        "laporan keuangan koperasi, dan praktik penilaian di KSP Karya Bersama pada hari ketiga.",
        align="justify",
    )
    heading(doc, "F. Narasumber", level=2)
    bullets(
        doc,
        [
            f"{KAK_NARSUM}, Widyaiswara Ahli Madya BPSDM Provinsi Kalimantan Barat Daya;",
            f"{KAK_NARSUM2}, Pengawas Koperasi Ahli Madya Dinas Koperasi Provinsi;",
            f"{KABID_KPK}, Kepala Bidang Kelembagaan dan Pengawasan Koperasi (narasumber "
            "internal).",
        ],
    )
    heading(doc, "G. Jadwal Angkatan I", level=2)
    rows = [
        (htgl("2026-09-08"), "07.30-08.00", "Registrasi peserta", "Panitia"),
        (htgl("2026-09-08"), "08.00-08.30", "Pembukaan", "Kepala Dinas"),
        (htgl("2026-09-08"), "08.30-12.00", "Kebijakan pengawasan koperasi", KABID_KPK),
        (
            htgl("2026-09-08"),
            "13.00-16.00",
            "Aspek permodalan dan kualitas aktiva produktif",
            KAK_NARSUM,
        ),
        (
            htgl("2026-09-09"),
            "08.00-12.00",
            "Aspek manajemen, efisiensi, dan likuiditas",
            KAK_NARSUM,
        ),
        (
            htgl("2026-09-09"),
            "13.00-16.00",
            "Kemandirian, pertumbuhan, dan jatidiri koperasi; studi kasus",
            KAK_NARSUM2,
        ),
        (
            htgl("2026-09-10"),
            "08.00-12.00",
            "Praktik penilaian kesehatan di KSP Karya Bersama",
            KAK_NARSUM2,
        ),
        (htgl("2026-09-10"), "13.00-15.00", "Post-test dan evaluasi reaksi", "Panitia"),
        (htgl("2026-09-10"), "15.00-15.30", "Penutupan", "Sekretaris"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Hari, tanggal", "Waktu (WIB)", "Materi / kegiatan", "Narasumber"]):
        _cell(t.rows[0].cells[j], h, bold=True, size=9)
        _shade(t.rows[0].cells[j], "D9EAD3")
    _repeat_header(t.rows[0])
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            if j == 0 and i > 1 and rows[i - 2][0] == v:
                continue
            _cell(t.rows[i].cells[j], v, size=9)
    # merge the day cells vertically
    start = 1
    for i in range(2, len(rows) + 2):
        if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
            if i - 1 > start:
                a, b = t.rows[start].cells[0], t.rows[i - 1].cells[0]
                text = rows[start - 1][0]
                a.merge(b)
                _cell(a, text, size=9)
            start = i
    for row in t.rows:
        for j, w in enumerate((3.6, 2.4, 7.5, 4.0)):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    heading(doc, "H. Sertifikat", level=2)
    para(
        doc,
        "Sertifikat 24 JP diberikan kepada peserta dengan kehadiran paling sedikit 90% dan "
        "nilai post-test paling rendah 70.",
        align="justify",
    )
    heading(doc, "I. Anggaran Angkatan I", level=2)
    docx_table(
        doc,
        ["No", "Uraian", "Volume", "Satuan", "Harga satuan", "Jumlah"],
        [
            [str(i), b[0], str(b[1]), b[2], rp(b[3]), rp(b[1] * b[3])]
            for i, b in enumerate(KAK_BIAYA, 1)
        ]
        + [["", "JUMLAH", "", "", "", rp(KAK_TOTAL)]],
        widths=(1.0, 6.0, 1.8, 2.4, 2.8, 3.0),
        size=9,
        bold_last=True,
    )
    heading(doc, "J. Tindak Lanjut", level=2)
    bullets(
        doc,
        [
            "peserta menyampaikan LAPP paling lambat 21 hari kalender setelah bimtek;",
            "peserta berbagi pengetahuan kepada rekan kerja paling lambat 30 hari kalender "
            "setelah bimtek (Pasal 14A);",
            "TP-SEMAI melaksanakan evaluasi perilaku tiga bulan setelah bimtek.",
        ],
    )
    heading(doc, "K. Penanggung Jawab", level=2)
    para(
        doc,
        f"Penanggung jawab kegiatan adalah Kepala Bidang Kelembagaan dan Pengawasan Koperasi. "
        f"Pejabat Pelaksana Teknis Kegiatan (PPTK) adalah {KASUBBAG}, Kepala Subbagian Umum "
        "dan Kepegawaian. Narahubung panitia: Stevanus Ading, ekstensi 211.",
        align="justify",
    )
    para(
        doc,
        "Catatan: bimtek ini berbeda dengan Diklat Penilaian Kesehatan KSP/USP Koperasi yang "
        "diselenggarakan kementerian bagi pengurus dan pengelola koperasi; diklat tersebut "
        f"bukan bagian dari Program {PROGRAM}.",
        italic=True,
    )
    sign_block(doc, [f"{KOTA}, 3 Agustus 2026", "Kepala Bidang KPK,", "", "", KABID_KPK])
    para(doc, FIKTIF, italic=True, size=8.5, align="center")
    doc.save(path)


# ============================================================================ SOP (DOCX)
SOP_NO = "SOP/DKUKM-UMPEG/03/2026"
SOP_STEPS = [
    (
        "Mengunggah entri kegiatan belajar dan bukti ke SITUMBUH",
        "Pegawai",
        "Paling lambat 10 hari kerja setelah kegiatan",
        "Entri berstatus Menunggu Verifikasi",
    ),
    (
        "Memeriksa kesesuaian bukti, tanggal, jenis kegiatan, dan JP konversi",
        "DBU",
        "3 hari kerja",
        "Entri Terverifikasi atau Dikembalikan",
    ),
    (
        "Memperbaiki entri yang dikembalikan",
        "Pegawai",
        "5 hari kerja",
        "Entri diperbaiki; bila lewat, Ditolak",
    ),
    (
        "Memvalidasi entri yang sudah diverifikasi DBU",
        "Kepala Subbagian Umum dan Kepegawaian",
        "5 hari kerja",
        "Entri Tervalidasi atau Ditolak",
    ),
    (
        "Memvalidasi entri milik DBU sendiri",
        "Analis SDM Aparatur",
        "5 hari kerja",
        "Entri Tervalidasi",
    ),
    (
        "Menambahkan JP tervalidasi ke rekap pegawai dan unit",
        "SITUMBUH (otomatis)",
        "Saat entri tervalidasi",
        "Rekap JP diperbarui",
    ),
    (
        "Menyampaikan laporan capaian unit kepada kepala unit kerja",
        "DBU",
        "Setiap tanggal 5",
        "Laporan capaian unit",
    ),
    (
        "Menandatangani rekap JP tahunan",
        "Sekretaris",
        "Paling lambat 20 Desember",
        "Rekap JP tahunan",
    ),
]


def write_sop(path):
    doc = new_docx("SOP Verifikasi dan Validasi JP melalui SITUMBUH")
    para(doc, "STANDAR OPERASIONAL PROSEDUR", bold=True, size=13, align="center", after=0)
    para(doc, f"VERIFIKASI DAN VALIDASI JP MELALUI {SISTEM}", bold=True, align="center")
    label_table(
        doc,
        [
            ("Nomor SOP", SOP_NO),
            ("Tanggal pembuatan", "27 Juli 2026"),
            ("Tanggal efektif", "3 Agustus 2026"),
            ("Disahkan oleh", f"Kepala Dinas, {KADIS}"),
            (
                "Dasar hukum",
                "Perkadis 3/2024 sebagaimana diubah dengan Perkadis 2/2026; "
                f"SE Sekretaris Nomor {SE_NEW_NO}",
            ),
            (
                "Kualifikasi pelaksana",
                f"Memahami tabel konversi JP dan telah mengikuti pelatihan verifikator {SISTEM}",
            ),
            ("Peralatan", f"Komputer atau ponsel dengan akses internet; akun {SISTEM}"),
            (
                "Peringatan",
                "Entri yang tidak diverifikasi DBU dalam 3 hari kerja diteruskan otomatis "
                "kepada Analis SDM Aparatur",
            ),
            ("Pencatatan dan pendataan", f"Riwayat status setiap entri tersimpan di {SISTEM}"),
        ],
    )
    heading(doc, "Uraian Prosedur", level=2)
    docx_table(
        doc,
        ["No", "Kegiatan", "Pelaksana", "Waktu", "Output"],
        [[str(i), *s] for i, s in enumerate(SOP_STEPS, 1)],
        widths=(1.0, 6.5, 3.8, 3.2, 3.5),
        size=9,
    )
    heading(doc, "Status Entri", level=2)
    bullets(
        doc,
        [
            "Draf: entri disimpan tetapi belum dikirim;",
            "Menunggu Verifikasi: entri sudah dikirim dan menunggu DBU;",
            "Terverifikasi: DBU menyatakan bukti sesuai;",
            "Dikembalikan: bukti atau isian perlu diperbaiki pegawai;",
            "Tervalidasi: JP diakui dan masuk rekap;",
            "Ditolak: entri tidak diakui.",
        ],
    )
    heading(doc, "Ketentuan Lain", level=2)
    bullets(
        doc,
        [
            "Apabila DBU berhalangan lebih dari 3 hari kerja, verifikasi dilakukan oleh DBU "
            "pengganti yang ditunjuk kepala unit kerja.",
            "Entri yang terlambat (lebih dari 10 hari kerja, paling lambat 30 hari kalender) "
            "hanya diverifikasi apabila dilampiri surat keterangan atasan langsung.",
            "Satu sertifikat hanya boleh dipakai untuk satu entri; entri ganda ditolak.",
        ],
    )
    sign_block(doc, [f"{KOTA}, 27 Juli 2026", "Kepala Dinas,", "", "", KADIS])
    para(doc, FIKTIF, italic=True, size=8.5, align="center")
    doc.save(path)


# ============================================================================ workbook (XLSX)
# activity, entries, employees, JP recognised in 2025
BENTUK_2025 = [
    ("Pelatihan klasikal", 118, 74, 910),
    ("Workshop atau lokakarya", 21, 19, 105),
    ("Seminar, webinar, atau sosialisasi", 164, 71, 296),
    ("E-learning mandiri", 63, 41, 118),
    ("Coaching atau mentoring", 37, 18, 74),
    ("Rabu Belajar", 142, 52, 142),
    ("Belajar mandiri", 22, 14, 22),
    ("Patok banding", 4, 4, 40),
    ("Praktik Kerja Lapangan (PKL)", 2, 2, 30),
    ("Tugas belajar", 2, 1, 40),
]
ANGGARAN_2026 = [
    ("Bimtek Penilaian Kesehatan Koperasi Angkatan I", 1, "paket", KAK_TOTAL),
    ("Kontribusi peserta pelatihan di BPSDM Provinsi", 10, "orang", 3500000),
    ("Coaching Klinik bagi Atasan Langsung", 2, "angkatan", 4200000),
    ("Honor narasumber internal Rabu Belajar", 40, "JP", 300000),
    ("Penggantian biaya pelatihan mandiri", 8, "orang", 1500000),
    ("Uang pembinaan Pembelajar Terbaik 2025", 1, "orang", 1000000),
    (f"Pengembangan dan pemeliharaan {SISTEM}", 1, "paket", 18500000),
    ("Cetak Buletin SEMAI", 4, "edisi", 1250000),
]
ANGGARAN_TOTAL = sum(a[1] * a[3] for a in ANGGARAN_2026)
TUBEL = [
    (
        "Andreas Kurniadi Sihombing, S.E.",
        "19900612 201503 1 0**",
        "Bidang KWP",
        "S2",
        "Magister Manajemen (keuangan mikro)",
        "Universitas Kalimantan Barat Daya",
        "Agustus 2025",
        "Juli 2027",
        "Aktif",
    ),
    (
        "Ni Made Suryani, S.Kom.",
        "19920317 201801 2 0**",
        "Sekretariat",
        "S2",
        "Magister Sistem Informasi",
        "Universitas Mendawai",
        "Agustus 2025",
        "Juli 2027",
        "Aktif",
    ),
]
IZIN_BELAJAR = [
    ("Fadli Ramadhan", "UPTD PLUT", "S1 Akuntansi", "Universitas Terbuka"),
    ("Yuliana Bahen, A.Md.", "Bidang PK", "S1 Manajemen", "STIE Pesisir Mendawai"),
    ("Rudi Hartono Siregar, S.E.", "Bidang UMKM", "S2 Ekonomi Pembangunan", "Universitas Mendawai"),
]


def _col(j):
    s = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(path):
    import xlsxwriter

    assert sum(b[3] for b in BENTUK_2025) == JP_2025
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": f"Rekap {PROGRAM} 2025",
            "author": f"{SINGKAT} {KAB}",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13, "align": "center", "bg_color": "#D9EAD3"})
    ital = wb.add_format({"italic": True, "font_color": "#555555", "align": "center"})
    hdr = wb.add_format(
        {"bold": True, "bg_color": "#B6D7A8", "border": 1, "text_wrap": True, "valign": "top"}
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

    # ---------------------------------------------------------------- Rekap Unit 2025
    ws = wb.add_worksheet("Rekap Unit 2025")
    head = [
        "No",
        "Unit kerja",
        "Singkatan",
        "PNS",
        "PNS dalam JF",
        "PPPK",
        "Jumlah pegawai",
        "Target JP 2025",
        "Realisasi JP 2025",
        "Rata-rata JP per pegawai",
        "Capaian (%)",
        "Pegawai belum memenuhi target",
        "Target JP 2027 (simulasi Perkadis 2/2026)",
        "DBU 2025",
    ]
    last = _col(len(head) - 1)
    ws.merge_range(
        f"A1:{last}1", f"REKAP CAPAIAN JP PROGRAM {PROGRAM} PER UNIT KERJA TAHUN 2025", title
    )
    ws.merge_range(
        f"A2:{last}2", f"{SINGKAT} {KAB}; sumber {OLD_APP}, posisi 15 Desember 2025", ital
    )
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    r0 = 4
    for i, u in enumerate(UNITS):
        r, x = r0 + i, r0 + i + 1
        n = u[2] + u[4]
        t_old = target_old(u)
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, u[0], cell)
        ws.write(r, 2, u[1], cell)
        ws.write(r, 3, u[2], num)
        ws.write(r, 4, u[3], num)
        ws.write(r, 5, u[4], num)
        ws.write_formula(r, 6, f"=D{x}+F{x}", num, n)
        ws.write_formula(r, 7, f"=D{x}*20+F{x}*10", num, t_old)
        ws.write(r, 8, u[9], num)
        ws.write_formula(r, 9, f"=ROUND(I{x}/G{x},1)", dec, round(u[9] / n, 1))
        ws.write_formula(r, 10, f"=ROUND(I{x}/H{x}*100,1)", dec, round(u[9] / t_old * 100, 1))
        ws.write(r, 11, u[10], num)
        ws.write_formula(r, 12, f"=(D{x}-E{x})*20+E{x}*24+F{x}*16", num, target_new(u))
        ws.write(r, 13, u[6], cell)
    rt = r0 + len(UNITS)
    a, b = r0 + 1, rt
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "JUMLAH", tot)
    ws.write(rt, 2, "", tot)
    for j, val in ((3, N_PNS), (4, N_JF), (5, N_PPPK), (6, N_PEG), (7, TGT_OLD_TOTAL)):
        c = _col(j)
        ws.write_formula(rt, j, f"=SUM({c}{a}:{c}{b})", totn, val)
    ws.write_formula(rt, 8, f"=SUM(I{a}:I{b})", totn, JP_2025)
    ws.write_formula(rt, 9, f"=ROUND(I{rt + 1}/G{rt + 1},1)", totd, round(JP_2025 / N_PEG, 1))
    ws.write_formula(
        rt, 10, f"=ROUND(I{rt + 1}/H{rt + 1}*100,1)", totd, round(JP_2025 / TGT_OLD_TOTAL * 100, 1)
    )
    ws.write_formula(rt, 11, f"=SUM(L{a}:L{b})", totn, BELUM_2025)
    ws.write_formula(rt, 12, f"=SUM(M{a}:M{b})", totn, TGT_NEW_TOTAL)
    ws.write(rt, 13, "", tot)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 44)
    ws.set_column(2, 12, 13)
    ws.set_column(13, 13, 30)
    ws.freeze_panes(4, 2)

    # ---------------------------------------------------------------- Bentuk Kegiatan 2025
    ws = wb.add_worksheet("Bentuk Kegiatan 2025")
    ws.merge_range("A1:E1", "JP DIAKUI MENURUT BENTUK KEGIATAN TAHUN 2025", title)
    for j, h in enumerate(["No", "Bentuk kegiatan", "Jumlah entri", "Jumlah pegawai", "JP diakui"]):
        ws.write(2, j, h, hdr)
    for i, bk in enumerate(BENTUK_2025):
        ws.write(3 + i, 0, i + 1, num)
        ws.write(3 + i, 1, bk[0], cell)
        ws.write(3 + i, 2, bk[1], num)
        ws.write(3 + i, 3, bk[2], num)
        ws.write(3 + i, 4, bk[3], num)
    rt = 3 + len(BENTUK_2025)
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "JUMLAH", tot)
    ws.write_formula(rt, 2, f"=SUM(C4:C{rt})", totn, sum(b[1] for b in BENTUK_2025))
    ws.write(rt, 3, "", tot)
    ws.write_formula(rt, 4, f"=SUM(E4:E{rt})", totn, JP_2025)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 4, 16)

    # ---------------------------------------------------------------- Anggaran 2026
    ws = wb.add_worksheet("Anggaran SEMAI 2026")
    ws.merge_range("A1:F1", f"RINCIAN ANGGARAN PROGRAM {PROGRAM} TAHUN ANGGARAN 2026", title)
    ws.merge_range(
        "A2:F2",
        "Sumber dana: APBD Kabupaten 2026 (DPA Dinas, sub kegiatan pengembangan "
        "kompetensi aparatur)",
        ital,
    )
    for j, h in enumerate(["No", "Uraian", "Volume", "Satuan", "Harga satuan (Rp)", "Jumlah (Rp)"]):
        ws.write(3, j, h, hdr)
    for i, it in enumerate(ANGGARAN_2026):
        r = 4 + i
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, it[0], cell)
        ws.write(r, 2, it[1], num)
        ws.write(r, 3, it[2], cell)
        ws.write(r, 4, it[3], rpf)
        ws.write_formula(r, 5, f"=C{r + 1}*E{r + 1}", rpf, it[1] * it[3])
    rt = 4 + len(ANGGARAN_2026)
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "JUMLAH", tot)
    for j in (2, 3, 4):
        ws.write(rt, j, "", tot)
    ws.write_formula(rt, 5, f"=SUM(F5:F{rt})", totr, ANGGARAN_TOTAL)
    ws.set_column(1, 1, 50)
    ws.set_column(2, 5, 16)

    # ---------------------------------------------------------------- Tugas Belajar
    ws = wb.add_worksheet("Tugas Belajar")
    ws.merge_range("A1:J1", "PEGAWAI TUGAS BELAJAR (POSISI JANUARI 2026)", title)
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
    ws.set_column(1, 1, 34)
    ws.set_column(2, 9, 20)

    # ---------------------------------------------------------------- Izin Belajar
    ws = wb.add_worksheet("Izin Belajar")
    ws.merge_range(
        "A1:E1",
        "PEGAWAI IZIN BELAJAR: BIAYA SENDIRI, DI LUAR JAM KERJA (POSISI JANUARI 2026)",
        title,
    )
    for j, h in enumerate(["No", "Nama", "Unit", "Program", "Perguruan tinggi"]):
        ws.write(2, j, h, hdr)
    for i, ib in enumerate(IZIN_BELAJAR):
        ws.write(3 + i, 0, i + 1, num)
        for j, v in enumerate(ib, 1):
            ws.write(3 + i, j, v, cell)
    ws.set_column(1, 1, 34)
    ws.set_column(2, 9, 20)

    # ---------------------------------------------------------------- Catatan
    ws = wb.add_worksheet("Catatan")
    notes = [
        "Catatan pengolahan data",
        f"1. Data capaian 2025 diambil dari {OLD_APP} pada 15 Desember 2025 (penutupan input "
        "menurut Perkadis 3/2024).",
        "2. Hanya entri berstatus Diterima yang dihitung.",
        "3. Target JP 2025: PNS 20 JP dan PPPK 10 JP. Kolom Target JP 2027 adalah simulasi "
        "dengan target Perkadis 2/2026 (jabatan fungsional 24 JP, PPPK 16 JP) dan komposisi "
        "pegawai per 1 Januari 2026.",
        "4. Pegawai tugas belajar tetap dihitung dalam jumlah pegawai unit dan dianggap "
        "memenuhi target JP.",
        f"5. Pengolah data: {ANALIS}, ekstensi 104. Pemeriksa anggaran: {KASUBBAG_KEU}",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t)
    ws.set_column(0, 0, 110)
    wb.close()


# ============================================================================ CSV
KATALOG_2027 = [
    (
        "SM27-01",
        "Bimtek Penilaian Kesehatan Koperasi Angkatan III",
        f"{SINGKAT} bersama BPSDM Provinsi",
        "Teknis",
        "Pengawas Koperasi dan staf Bidang KPK",
        "24",
        "Tatap muka",
        "2027-03-09",
        "2027-03-11",
        "2027-02-19",
        "Aula UPTD PLUT-KUMKM, Kuala Mendawai",
        "20",
        "Belum pernah mengikuti bimtek penilaian kesehatan koperasi",
        "APBD Kabupaten",
        "Stevanus Ading, ekstensi 211",
    ),
    (
        "SM27-02",
        "Pelatihan Pendampingan UMKM Naik Kelas",
        "BPSDM Provinsi Kalimantan Barat Daya",
        "Teknis",
        "Pendamping UMKM di Bidang UMKM, Bidang KWP, dan UPTD PLUT",
        "32",
        "Blended",
        "2027-04-12",
        "2027-04-16",
        "2027-03-22",
        "Kampus BPSDM Provinsi dan daring",
        "6",
        "Bertugas mendampingi UMKM paling singkat 1 tahun",
        "APBD Provinsi",
        "Dimas Aryo Wibisono, ekstensi 231",
    ),
    (
        "SM27-03",
        "Pelatihan Pemasaran Digital untuk Pendamping UMKM",
        SINGKAT,
        "Teknis",
        "Pendamping UMKM dan petugas layanan PLUT",
        "16",
        "Tatap muka",
        "2027-02-23",
        "2027-02-24",
        "2027-02-09",
        "Lab Komputer UPTD PLUT-KUMKM",
        "16",
        "Membawa laptop dan ponsel berkamera",
        "APBD Kabupaten",
        "Dimas Aryo Wibisono, ekstensi 231",
    ),
    (
        "SM27-04",
        "Pelatihan Analisis Kelayakan Pembiayaan Usaha Mikro",
        f"{SINGKAT} bersama PT Bank Pesisir Mendawai (Perseroda)",
        "Teknis",
        "Staf Bidang Kewirausahaan dan Pembiayaan",
        "16",
        "Daring",
        "2027-05-04",
        "2027-05-05",
        "2027-04-20",
        "Daring, tautan dikirim kepada peserta",
        "25",
        "-",
        "APBD Kabupaten",
        "Kurniawati Saragih, ekstensi 241",
    ),
    (
        "SM27-05",
        "Bimtek Akuntansi Koperasi berbasis SAK EP",
        SINGKAT,
        "Teknis",
        "Staf Bidang KPK dan Bidang PK",
        "20",
        "Tatap muka",
        "2027-05-18",
        "2027-05-20",
        "2027-05-04",
        "Aula UPTD PLUT-KUMKM, Kuala Mendawai",
        "20",
        "Memahami dasar akuntansi",
        "APBD Kabupaten",
        "Rahmadani Putri, ekstensi 221",
    ),
    (
        "SM27-06",
        "Workshop Menulis untuk Berbagi Pengetahuan",
        TIM,
        "Sosial kultural",
        "Seluruh pegawai",
        "5",
        "Tatap muka",
        "2027-02-17",
        "2027-02-17",
        "2027-02-10",
        "Aula UPTD PLUT-KUMKM Lantai 2",
        "30",
        "-",
        "APBD Kabupaten",
        "Nurul Hidayah Aprilia, ekstensi 104",
    ),
    (
        "SM27-07",
        "Coaching Klinik bagi Atasan Langsung",
        TIM,
        "Manajerial",
        "Pejabat administrator dan pejabat pengawas",
        "8",
        "Tatap muka",
        "2027-01-26",
        "2027-01-27",
        "2027-01-15",
        "Ruang Rapat Enggang, Kantor Dinas",
        "15",
        "-",
        "APBD Kabupaten",
        "Nurul Hidayah Aprilia, ekstensi 104",
    ),
    (
        "SM27-08",
        "Pelatihan Pelayanan Prima dan Penanganan Keluhan",
        SINGKAT,
        "Sosial kultural",
        "Petugas layanan UPTD PLUT-KUMKM",
        "16",
        "Tatap muka",
        "2027-06-08",
        "2027-06-09",
        "2027-05-25",
        "Aula UPTD PLUT-KUMKM, Kuala Mendawai",
        "15",
        "-",
        "APBD Kabupaten",
        "Maria Goretti Anyeq, ekstensi 301",
    ),
    (
        "SM27-09",
        "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar",
        "UKPBJ Kabupaten",
        "Teknis",
        "Pejabat pengadaan dan PPTK",
        "24",
        "Daring",
        "2027-03-16",
        "2027-03-19",
        "2027-03-01",
        "Daring",
        "4",
        "Ditunjuk sebagai pejabat pengadaan atau PPTK",
        "APBD Kabupaten",
        "Agnes Lidya Kristanti, ekstensi 102",
    ),
    (
        "SM27-10",
        "Pelatihan Penyusunan SKP dan Dialog Kinerja",
        "BKPSDM Kabupaten",
        "Manajerial",
        "Seluruh atasan langsung",
        "12",
        "Blended",
        "2027-01-19",
        "2027-01-20",
        "2027-01-12",
        "Aula BKPSDM Kabupaten",
        "10",
        "-",
        "APBD Kabupaten",
        "Agnes Lidya Kristanti, ekstensi 102",
    ),
    (
        "SM27-11",
        "Pelatihan Analisis Data dengan Spreadsheet",
        "Diskominfo Kabupaten",
        "Teknis",
        "Pengolah data setiap unit",
        "16",
        "Daring",
        "2027-04-27",
        "2027-04-28",
        "2027-04-13",
        "Daring",
        "12",
        "-",
        "APBD Kabupaten",
        "Yohanes Bayu Saputra, ekstensi 103",
    ),
    (
        "SM27-12",
        "Patok Banding Koperasi Modern",
        SINGKAT,
        "Teknis",
        "Staf Bidang PK dan Bidang KPK",
        "10",
        "Tatap muka",
        "2027-06-22",
        "2027-06-24",
        "2027-05-31",
        "Kabupaten Sanggau Laut",
        "8",
        "Menyusun laporan patok banding",
        "APBD Kabupaten",
        "Rahmadani Putri, ekstensi 221",
    ),
    (
        "SM27-13",
        "Pelatihan Wawasan Kebangsaan dan Moderasi",
        "Badan Kesbangpol Kabupaten",
        "Sosial kultural",
        "Seluruh pegawai",
        "8",
        "Tatap muka",
        "2027-03-24",
        "2027-03-24",
        "2027-03-17",
        "Aula Kantor Bupati",
        "20",
        "-",
        "APBD Kabupaten",
        "Agnes Lidya Kristanti, ekstensi 102",
    ),
    (
        "SM27-14",
        "PKL di Koperasi Binaan Terbaik",
        SINGKAT,
        "Teknis",
        "Pegawai baru dan PPPK teknis",
        "20",
        "Praktik lapangan",
        "2027-05-10",
        "2027-05-14",
        "2027-04-26",
        "KSP Karya Bersama dan Koperasi Produsen Nipah Jaya",
        "6",
        "Masa kerja di Dinas kurang dari 2 tahun",
        "APBD Kabupaten",
        "Stevanus Ading, ekstensi 211",
    ),
]
KATALOG_COLS = [
    "kode",
    "nama_pelatihan",
    "penyelenggara",
    "jenis_kompetensi",
    "sasaran_jabatan",
    "jp",
    "metode",
    "tanggal_mulai",
    "tanggal_selesai",
    "batas_pendaftaran",
    "lokasi",
    "kuota",
    "syarat",
    "sumber_dana",
    "kontak",
]


def katalog_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(KATALOG_COLS)
    for r in KATALOG_2027:
        w.writerow(r)
    w.writerow(
        [f"# Katalog Pelatihan {PROGRAM} 2027, {SINGKAT} {KAB}, terbit 16 November 2026. {FIKTIF}"]
    )
    return buf.getvalue()


# unit short -> quotas for SM27-01, -02, -03, -07, -08, -14 and indicative budget
KUOTA_2027 = {
    "SEK": (0, 0, 0, 3, 3, 1, 18400000),
    "KPK": (12, 0, 0, 3, 0, 1, 31750000),
    "PK": (6, 0, 2, 2, 0, 1, 16200000),
    "UMKM": (0, 3, 6, 3, 2, 1, 22900000),
    "KWP": (0, 1, 4, 2, 0, 1, 12300000),
    "UPTD PLUT": (2, 2, 4, 2, 10, 1, 19600000),
}


def kuota_csv():
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            f"Alokasi Kuota Pelatihan {PROGRAM} per Unit Kerja Tahun 2027. {SINGKAT} {KAB}, "
            f"ditetapkan Ketua {TIM} 18 November 2026"
        ]
    )
    w.writerow(
        [
            "Unit kerja",
            "Singkatan",
            "Jumlah pegawai",
            "Kuota SM27-01 Bimtek Penilaian Kesehatan Koperasi",
            "Kuota SM27-02 Pendampingan UMKM Naik Kelas",
            "Kuota SM27-03 Pemasaran Digital",
            "Kuota SM27-07 Coaching Klinik",
            "Kuota SM27-08 Pelayanan Prima",
            "Kuota SM27-14 PKL",
            "Pagu indikatif (Rp)",
        ]
    )
    tot = [0] * 7
    for u in UNITS:
        q = KUOTA_2027[u[1]]
        tot = [a + b for a, b in zip(tot, q, strict=True)]
        w.writerow([u[0], u[1], u[2] + u[4], *q[:6], ribuan(q[6])])
    w.writerow(["JUMLAH", "", N_PEG, *tot[:6], ribuan(tot[6])])
    w.writerow(
        [
            "# Kuota yang tidak terpakai dapat dialihkan ke unit lain atas persetujuan "
            "Sekretaris paling lambat 10 hari kerja sebelum pelatihan dimulai. " + FIKTIF
        ]
    )
    return buf.getvalue()


KUOTA_TOTAL_PAGU = sum(v[6] for v in KUOTA_2027.values())

PKL_BINAAN = [
    ("Kuala Mendawai", 412, "Kuliner", "Sentra Kuliner Tepian Mendawai", 96, 188),
    ("Sungai Rasau", 137, "Sayur dan buah", "Pasar Rasau Baru", 31, 52),
    ("Teluk Nipah", 88, "Kuliner", "Taman Dermaga Nipah", 24, 30),
    ("Batu Ampar Hilir", 61, "Pakaian dan aksesori", "Lapangan Batu Ampar", 0, 17),
    ("Pantai Seruni", 154, "Kuliner dan suvenir", "Kawasan Wisata Pantai Seruni", 40, 71),
]


def pkl_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "kecamatan",
            "jumlah_pkl_binaan",
            "jenis_dagangan_dominan",
            "sentra_atau_lokasi",
            "pkl_ikut_pelatihan_higienis_2025",
            "pkl_memiliki_nib",
        ]
    )
    for r in PKL_BINAAN:
        w.writerow(r)
    w.writerow(
        [
            "JUMLAH",
            sum(r[1] for r in PKL_BINAAN),
            "",
            "",
            sum(r[4] for r in PKL_BINAAN),
            sum(r[5] for r in PKL_BINAAN),
        ]
    )
    w.writerow(
        [
            "# Data pedagang kaki lima (PKL) binaan Bidang Usaha Mikro, Kecil dan Menengah per "
            "kecamatan, posisi 31 Desember 2025. Bukan data pengembangan kompetensi pegawai. "
            + FIKTIF
        ]
    )
    return buf.getvalue()


# ============================================================================ HTML
CSS = """<style>
body{font-family:Verdana,Arial,sans-serif;margin:0;color:#222;background:#eef3ee}
header.top{background:#185c3c;color:#fff;padding:10px 24px}
header.top a{color:#fff;margin-right:14px;text-decoration:none;font-size:14px}
main{max-width:960px;margin:20px auto;background:#fff;padding:20px 32px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border:1px solid #aaa;padding:5px 7px;text-align:left;vertical-align:top}
th{background:#d9ead3}
aside{font-size:13px;border-top:1px solid #ccc;margin-top:24px}
footer{font-size:12px;color:#666;text-align:center;padding:16px}
.crumb{font-size:12px;color:#666}
.note{font-size:13px;color:#444}
</style>"""

NAV = f"""<header class="top">
<strong>Intranet {SINGKAT} {KAB}</strong><br>
<nav><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/semai">SEMAI</a>
<a href="/koperasi">Koperasi</a><a href="/umkm">UMKM</a><a href="/plut">PLUT</a>
<a href="/kontak">Kontak</a></nav>
</header>"""

FOOT = f"""<footer>
{DINAS} {KAB} &middot; {ALAMAT} &middot; Telepon {TELP}<br>
&copy; 2026 Subbagian Umum dan Kepegawaian &middot; {FIKTIF}
</footer>"""


def _page(title, body, crumbs):
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n{CSS}\n</head>\n<body>\n{NAV}\n<main>\n"
        f'<p class="crumb">{crumbs}</p>\n{body}\n<p class="note">{FIKTIF}</p>\n</main>\n'
        f"{FOOT}\n</body>\n</html>\n"
    )


# month -> rows: date, topic, guide, start, end, place, JP (None: no session)
RABU = [
    (
        "Agustus 2026",
        [
            ("5 Agustus", f"Mengenal {SISTEM}: unggah bukti dari ponsel", PRAKOM),
            ("12 Agustus", "Membaca neraca koperasi dalam 15 menit", TERBAIK_2025),
            ("19 Agustus", "Menulis LAPP yang enak dibaca", ANALIS),
            (
                "26 Agustus",
                "Praktik baik pendampingan UMKM naik kelas",
                "Dimas Aryo Wibisono, S.M.",
            ),
        ],
    ),
    (
        "September 2026",
        [
            (
                "2 September",
                "Tabel konversi JP setelah Perkadis 2/2026",
                "Agnes Lidya Kristanti, S.AP.",
            ),
            ("9 September", None, None),
            (
                "16 September",
                "Berbagi pengetahuan: hasil Bimtek Penilaian Kesehatan Koperasi Angkatan I",
                "Stevanus Ading, S.E.",
            ),
            ("23 September", "Foto produk UMKM dengan ponsel", "Maria Goretti Anyeq, S.Sos."),
            ("30 September", "Klinik coaching: model TIRTA", "Kurniawati Saragih, S.E."),
        ],
    ),
    (
        "Oktober 2026",
        [
            ("7 Oktober", "Dasar analisis kelayakan kredit usaha mikro", KABID_KWP),
            ("14 Oktober", "Menghadapi pengurus koperasi yang defensif", "Rahmadani Putri, S.E."),
            ("21 Oktober", "Etika pengawasan dan pencegahan konflik kepentingan", KABID_KPK),
            (
                "28 Oktober",
                "Sumpah Pemuda dan wawasan kebangsaan",
                "Drs. Yosef Nyangun (Badan Kesbangpol)",
            ),
        ],
    ),
    (
        "November 2026",
        [
            ("4 November", "Power Query untuk rekap data koperasi", PRAKOM),
            (
                "11 November",
                "Berbagi pengetahuan: hasil Bimtek Angkatan II",
                "Peserta Bimtek Angkatan II",
            ),
            ("18 November", f"Membaca rekap JP unit di {SISTEM}", "Agnes Lidya Kristanti, S.AP."),
            ("25 November", "Refleksi: apa yang berubah setelah pelatihan?", ANALIS),
        ],
    ),
    (
        "Desember 2026",
        [
            ("2 Desember", "Persiapan penutupan input JP 10 Desember", ANALIS),
            ("9 Desember", "Sesi khusus: refleksi akhir tahun bersama Kepala Dinas", KADIS),
            ("16 Desember", "Menyusun RBI 2027", "Para DBU"),
        ],
    ),
]


def rabu_html():
    rows = []
    for month, items in RABU:
        for k, (date, topic, guide) in enumerate(items):
            cells = []
            if k == 0:
                cells.append(f'<td rowspan="{len(items)}">{month}</td>')
            cells.append(f"<td>{date}</td>")
            if topic is None:
                cells.append(
                    '<td colspan="6">Tidak ada sesi: pegawai Bidang KPK mengikuti Bimtek Penilaian '
                    "Kesehatan Koperasi Angkatan I</td>"
                )
            elif date == "9 Desember":
                cells += [
                    f"<td>{topic}</td>",
                    f"<td>{guide}</td>",
                    "<td>09.00</td>",
                    "<td>11.00</td>",
                    "<td>Aula Kantor Dinas Lantai 1</td>",
                    "<td>2</td>",
                ]
            else:
                cells += [
                    f"<td>{topic}</td>",
                    f"<td>{guide}</td>",
                    "<td>13.30</td>",
                    "<td>15.00</td>",
                    "<td>Aula UPTD PLUT Lantai 2</td>",
                    "<td>2</td>",
                ]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    table = (
        '<table>\n<thead>\n<tr><th rowspan="2">Bulan</th><th rowspan="2">Tanggal</th>'
        '<th rowspan="2">Topik</th><th rowspan="2">Pemandu / narasumber</th>'
        '<th colspan="2">Waktu (WIB)</th><th rowspan="2">Tempat</th><th rowspan="2">JP</th></tr>\n'
        "<tr><th>Mulai</th><th>Selesai</th></tr>\n</thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )
    body = f"""<h1>Jadwal Rabu Belajar Semester II 2026</h1>
<p>Rabu Belajar adalah komunitas belajar pegawai {SINGKAT}. Mulai Agustus 2026 pertemuan diadakan
setiap hari Rabu. Setiap pertemuan diakui 2 JP sesuai Lampiran Perkadis 2/2026, paling banyak 8 JP
per tahun. Daftar hadir diisi melalui {SISTEM} dan diverifikasi DBU pemandu.</p>
{table}
<h2>Catatan</h2>
<ul>
<li>Selama renovasi Ruang Rapat Enggang (Agustus-Desember 2026) Rabu Belajar diadakan di Aula UPTD
PLUT Lantai 2.</li>
<li>Mulai Januari 2027 Rabu Belajar kembali ke Ruang Rapat Enggang.</li>
<li>Usulan topik dikirim ke DBU unit masing-masing paling lambat hari Jumat sebelum sesi.</li>
</ul>
<p>Koordinator Rabu Belajar: {ANALIS}, Analis SDM Aparatur, ekstensi 104.</p>"""
    return _page(
        f"Jadwal Rabu Belajar Semester II 2026 - Intranet {SINGKAT}",
        body,
        "Beranda &rsaquo; SEMAI &rsaquo; Rabu Belajar",
    )


def berita_html():
    body = f"""<article>
<h1>{SISTEM} Resmi Menggantikan {OLD_APP}</h1>
<p class="crumb">Senin, 3 Agustus 2026 &middot; Oleh Tim Humas &middot; Dibaca 264 kali</p>
<p>Mulai hari ini seluruh pegawai {SINGKAT} mencatat kegiatan belajarnya melalui {SISTEM}
({SISTEM_LONG}). Aplikasi itu diluncurkan Kepala Dinas, {KADIS}, seusai apel pagi di Aula UPTD
PLUT-KUMKM pada pukul 08.30 WIB.</p>
<p>&ldquo;Dulu kita mengisi formulir lalu menunggu rekap di lembar kerja. Sekarang pegawai cukup
memotret sertifikat, mengunggah, dan memantau statusnya sendiri,&rdquo; kata Kepala Dinas.</p>
<h2>Dari uji coba ke seluruh Dinas</h2>
<p>{SISTEM} diuji coba sejak 1 Juni 2026 oleh 25 pegawai Sekretariat. Selama uji coba, waktu
rata-rata dari unggah sampai tervalidasi turun dari 9 hari kerja menjadi 3 hari kerja. Sebanyak
2.317 entri {OLD_APP} tahun 2024 sampai 2026 sudah dipindahkan, sehingga riwayat belajar pegawai
tidak hilang. Aplikasi dikembangkan oleh pranata komputer Dinas bersama Diskominfo Kabupaten dan
dipasang di pusat data Diskominfo, tanpa biaya lisensi.</p>
<h2>Apa yang baru?</h2>
<ul>
<li>masuk dengan NIP dan kata sandi awal yang dikirim ke pos-el dinas;</li>
<li>unggah bukti dalam format PDF, JPG, atau PNG sampai 5 MB;</li>
<li>JP kegiatan nonklasikal dihitung otomatis menurut tabel konversi Perkadis 2/2026;</li>
<li>antrian verifikasi untuk DBU dan validasi untuk Kepala Subbagian Umum dan Kepegawaian;</li>
<li>rekap JP unit yang dapat diunduh kepala unit kerja kapan saja.</li>
</ul>
<p>{SISTEM} belum terhubung dengan aplikasi kepegawaian nasional. Pegawai tetap memperbarui
riwayat pelatihannya sendiri di MyASN.</p>
<h2>Butuh bantuan?</h2>
<p>Helpdesk {SISTEM} melayani pada hari Senin sampai Jumat pukul 08.00-15.00 WIB melalui WhatsApp
{WA_HELP} atau pos-el {EMAIL_HELP}. Pengelola aplikasi adalah {PRAKOM}, Pranata Komputer Ahli
Pertama pada Sekretariat.</p>
</article>
<aside>
<h3>Berita lainnya</h3>
<ul>
<li><a href="/berita/plut-triwulan-iv">Jadwal pelatihan pelaku UMKM di PLUT Triwulan IV</a></li>
<li><a href="/berita/rat-2026">Koperasi diingatkan menggelar RAT tepat waktu</a></li>
</ul>
</aside>"""
    return _page(
        f"{SISTEM} resmi diluncurkan - Intranet {SINGKAT}", body, "Beranda &rsaquo; Berita"
    )


PLUT_TRAININGS = [
    ("Pemasaran Digital bagi Pelaku UMKM", "6-7 Oktober 2026", "Pelaku usaha mikro", "30"),
    (
        "UMKM Naik Kelas: Legalitas dan Sertifikasi Produk",
        "3 November 2026",
        "Pelaku usaha mikro dan kecil",
        "40",
    ),
    (
        "Kuliner Higienis bagi PKL (Pedagang Kaki Lima)",
        "17 November 2026",
        "PKL binaan sentra kuliner",
        "40",
    ),
    (
        "Pembukuan Sederhana untuk Koperasi dan UMKM",
        "1 Desember 2026",
        "Pengelola koperasi kecil dan pelaku usaha",
        "25",
    ),
]


def plut_html():
    rows = "\n".join(
        f"<tr><td>{i}</td><td>{t[0]}</td><td>{t[1]}</td><td>{t[2]}</td><td>{t[3]}</td></tr>"
        for i, t in enumerate(PLUT_TRAININGS, 1)
    )
    body = f"""<h1>Pelatihan bagi Pelaku UMKM di PLUT-KUMKM Triwulan IV 2026</h1>
<p>UPTD Pusat Layanan Usaha Terpadu Koperasi dan UMKM (PLUT-KUMKM) {KAB_SHORT} membuka pelatihan
bagi pelaku usaha mikro, pedagang kaki lima, dan pengelola koperasi. Pelatihan diadakan di Aula
UPTD PLUT-KUMKM dan tidak dipungut biaya.</p>
<table>
<tr><th>No</th><th>Pelatihan</th><th>Tanggal</th><th>Sasaran</th><th>Kuota</th></tr>
{rows}
</table>
<p>Pelatihan ini adalah layanan Dinas kepada masyarakat. Pelatihan ini bukan pelatihan bagi pegawai
Dinas, bukan bagian dari Program {PROGRAM}, dan tidak menghasilkan JP bagi pegawai yang menjadi
panitia.</p>
<p>Pendaftaran peserta melalui meja layanan UPTD PLUT-KUMKM atau WhatsApp 0813-4455-7020.</p>"""
    return _page(
        f"Pelatihan Pelaku UMKM PLUT Triwulan IV 2026 - {SINGKAT}",
        body,
        "Beranda &rsaquo; PLUT &rsaquo; Pelatihan",
    )


# ============================================================================ Markdown
def faq_md():
    return f"""---
title: Tanya Jawab Program {PROGRAM} setelah Perkadis 2/2026
doc_type: faq
---

# Tanya Jawab Program {PROGRAM} setelah Perkadis 2/2026

Disusun oleh {TIM}. Terakhir diperbarui 10 Agustus 2026.

## Apakah Perkadis 3/2024 dicabut?

Tidak. Peraturan Kepala Dinas Nomor 2 Tahun 2026 hanya mengubah sebagian pasal Perkadis 3/2024
(Pasal 1 angka 12, Pasal 5 ayat (3), Pasal 6, Pasal 12, Pasal 13, Pasal 14 ayat (1), Pasal 18, dan
Lampiran) serta menyisipkan Pasal 14A. Pasal lain, misalnya batas RBI 31 Januari, tugas belajar,
dan teguran lisan bagi pegawai yang tidak memenuhi target, tetap berlaku seperti semula.

## Berapa target JP saya?

| Kelompok | Tahun 2026 | Mulai tahun 2027 |
|---|---|---|
| PNS pelaksana dan struktural | 20 JP | 20 JP |
| PNS jabatan fungsional | 20 JP | 24 JP, paling sedikit 12 JP teknis fungsional |
| PPPK | 10 JP | 16 JP |

Untuk tahun 2026 target lama tetap dipakai karena Pasal II ayat (2) Perkadis 2/2026. Dinas
membiayai paling banyak 24 JP per PPPK per tahun.

## Saya pejabat pengawas. Ada kewajiban tambahan?

Ada. Mulai 2027 pejabat administrator dan pejabat pengawas wajib mengikuti paling sedikit 8 JP
kompetensi manajerial per tahun. JP manajerial itu ikut dihitung dalam target 20 JP, bukan tambahan
di atasnya.

## Berapa lama batas mencatat kegiatan?

Paling lambat 10 hari kerja sejak kegiatan berakhir. Dulu 14 hari kalender. Entri yang terlambat
masih diterima sampai 30 hari kalender sejak kegiatan berakhir, asalkan dilampiri surat keterangan
atasan langsung.

## Siapa yang memeriksa entri saya?

Pertama DBU unit Anda (paling lambat 3 hari kerja), lalu Kepala Subbagian Umum dan Kepegawaian
memvalidasi (paling lambat 5 hari kerja). Entri milik DBU divalidasi oleh Analis SDM Aparatur.

## Webinar sekarang dihitung berapa JP?

3 JP per kegiatan, paling banyak 9 JP per tahun. Sebelum 1 Juli 2026 webinar dihitung 2 JP dengan
batas 8 JP per tahun.

## Apa itu kewajiban berbagi pengetahuan?

Pasal 14A yang baru: pegawai yang mengikuti pelatihan yang dibiayai Dinas paling sedikit 16 JP wajib
berbagi pengetahuan kepada rekan kerja paling lambat 30 hari kalender setelah pelatihan. Caranya:
menjadi pemandu Rabu Belajar, memaparkan di rapat unit, atau menulis di Buletin {PROGRAM}. Setiap
sesi diakui 2 JP, paling banyak 6 JP per tahun.

## Kapan LAPP harus dikirim?

Paling lambat 21 hari kalender setelah pelatihan klasikal paling sedikit 16 JP berakhir (dulu 30
hari kalender). LAPP tetap disetujui atasan langsung.

## Rabu Belajar dihitung berapa JP?

2 JP per pertemuan, paling banyak 8 JP per tahun. Menurut aturan lama 1 JP per pertemuan, paling
banyak 6 JP.

## PKL sekarang berapa JP?

Praktik Kerja Lapangan di koperasi atau UMKM binaan (paling singkat 5 hari kerja) kini diakui
20 JP per kegiatan, naik dari 15 JP. PKL di sini bukan pedagang kaki lima.

## Berapa orang Pembelajar Terbaik sekarang?

Tiga orang, masing-masing dari kategori PNS, PPPK, dan DBU, dengan uang pembinaan Rp1.500.000 per
orang. Penghargaan diserahkan pada peringatan Hari Koperasi tanggal 12 Juli. Untuk penilaian 2025
masih satu orang dengan Rp1.000.000.

## Saya jadi panitia pelatihan UMKM di PLUT. Dapat JP?

Tidak. Pelatihan bagi pelaku UMKM adalah layanan kepada masyarakat. JP hanya diakui bila Anda
menjadi narasumber, yaitu 2 JP per sesi (paling banyak 8 JP per tahun).

## Berapa lama masa tugas DBU?

2 tahun dan dapat ditunjuk kembali untuk 1 kali masa tugas berikutnya. Sebelumnya 1 tahun.

## Apakah {SISTEM} terhubung dengan MyASN?

Tidak. Setelah entri tervalidasi, unggah juga sertifikat Anda sendiri di MyASN.

## Apakah penggantian biaya pelatihan mandiri masih ada?

Masih, karena Pasal 17 tidak diubah: 50% biaya, paling banyak Rp1.500.000 per tahun, asalkan
pelatihan ada dalam RBI dan disetujui Sekretaris sebelum pelatihan dimulai.

---
{FIKTIF}
"""


def panduan_md():
    return f"""# Panduan Pengguna {SISTEM}

Panduan singkat untuk pegawai, DBU, dan kepala unit kerja. Versi aplikasi 1.2.0.
Alamat aplikasi: {URL_SISTEM}

## 1. Masuk pertama kali

1. Buka alamat aplikasi dari peramban komputer atau ponsel.
2. Isi NIP (tanpa spasi) dan kata sandi awal yang dikirim ke pos-el dinas Anda.
3. Ganti kata sandi: paling sedikit 8 karakter dan memuat angka.
4. Lengkapi profil: unit kerja, jabatan, dan nomor WhatsApp untuk notifikasi.

PPPK masuk dengan nomor induk PPPK pada kolom NIP.

## 2. Mencatat kegiatan belajar

1. Pilih menu **Catat Belajar**.
2. Pilih bentuk kegiatan (pelatihan klasikal, webinar, e-learning, coaching, Rabu Belajar, dan
   seterusnya).
3. Isi nama kegiatan, penyelenggara, tanggal mulai dan selesai.
4. Untuk pelatihan klasikal, isi JP sesuai sertifikat. Untuk kegiatan nonklasikal, JP dihitung
   otomatis menurut tabel konversi.
5. Unggah bukti (PDF, JPG, atau PNG, paling besar 5 MB).
6. Tekan **Kirim**. Tombol **Simpan Draf** menyimpan entri tanpa mengirimnya.

Ingat: batas pencatatan 10 hari kerja sejak kegiatan berakhir.

## 3. Arti status entri

| Status | Arti | Yang perlu dilakukan |
|---|---|---|
| Draf | Entri tersimpan, belum dikirim | Lengkapi lalu tekan Kirim |
| Menunggu Verifikasi | Entri sudah dikirim | Tunggu pemeriksaan DBU |
| Dikembalikan | Ada yang perlu diperbaiki | Baca alasan, perbaiki dalam 5 hari kerja |
| Terverifikasi | DBU menyatakan bukti sesuai | Tunggu validasi Kasubbag Umpeg |
| Tervalidasi | JP diakui dan masuk rekap | Unggah sertifikat ke MyASN |
| Ditolak | Entri tidak diakui | Hubungi DBU bila perlu penjelasan |

## 4. Mengunggah RBI

Pilih menu **Rencana Belajar**, isi kompetensi, kegiatan, perkiraan JP, dan waktu, lalu kirim.
Atasan langsung menerima notifikasi untuk menyetujui. RBI diunggah paling lambat 31 Januari.

## 5. Menu DBU

DBU memakai menu **Antrian Verifikasi**. Tekan **Verifikasi** bila bukti sesuai atau
**Kembalikan** bila perlu perbaikan; alasan pengembalian wajib diisi. Entri yang tidak diperiksa
dalam 3 hari kerja diteruskan otomatis kepada Analis SDM Aparatur. DBU juga mencatat sesi berbagi
pengetahuan melalui menu **Berbagi Pengetahuan**.

## 6. Rekap

Menu **Rekap Saya** menampilkan JP tervalidasi per bentuk kegiatan dan sisa JP menuju target.
Kepala unit kerja dapat mengunduh **Rekap Unit** dalam format Excel.

## 7. Masalah yang sering terjadi

| Masalah | Penyebab | Solusi |
|---|---|---|
| Lupa kata sandi | - | Tekan Lupa kata sandi; tautan atur ulang dikirim ke pos-el dinas dan berlaku 30 menit |
| Unggah gagal | Berkas lebih dari 5 MB atau format lain | Perkecil berkas atau simpan sebagai PDF |
| JP tidak sesuai | Bentuk kegiatan salah pilih | Ubah bentuk kegiatan sebelum dikirim |
| NIP tidak dikenali | Data pegawai belum dimuat | Hubungi helpdesk |

## 8. Bantuan

Helpdesk {SISTEM}: WhatsApp {WA_HELP} atau pos-el {EMAIL_HELP}, Senin sampai Jumat pukul
08.00-15.00 WIB.

{FIKTIF}
"""


def rilis_md():
    return f"""# Catatan Rilis {SISTEM}

Dikelola oleh {PRAKOM}, pranata komputer. Versi terbaru di atas.

## 1.3.0 (rencana, Januari 2027)

Versi 1.3.0 direncanakan terbit Januari 2027.

- Templat RBI 2027 per jabatan.
- Pengingat otomatis tiga hari kerja sebelum batas pencatatan berakhir.
- Tanda tangan elektronik Sekretaris pada rekap JP tahunan.

## 1.2.0 (19 Oktober 2026)

Versi 1.2.0 dirilis 19 Oktober 2026.

- Notifikasi WhatsApp ketika entri dikembalikan atau tervalidasi.
- Ekspor Rekap Unit ke Excel untuk kepala unit kerja.
- Menu Berbagi Pengetahuan bagi DBU untuk mencatat sesi sesuai Pasal 14A.

## 1.1.0 (7 September 2026)

Versi 1.1.0 dirilis 7 September 2026.

- Tampilan ponsel dan unggah bukti langsung dari kamera.
- Entri yang tidak diverifikasi DBU dalam 3 hari kerja diteruskan otomatis kepada Analis SDM
  Aparatur.
- Daftar hadir Rabu Belajar dapat diisi langsung di aplikasi.

## 1.0.1 (10 Agustus 2026)

Versi 1.0.1 dirilis 10 Agustus 2026.

- Perbaikan: webinar masih dihitung 2 JP menurut aturan lama. Kini 3 JP per kegiatan sesuai
  Lampiran Perkadis 2/2026; entri webinar sejak 1 Juli 2026 dihitung ulang.
- Perbaikan: nama unit UPTD PLUT-KUMKM terpotong pada rekap.

## 1.0.0 (3 Agustus 2026)

Versi 1.0.0 dirilis 3 Agustus 2026.

- Rilis pertama untuk seluruh pegawai.
- Migrasi 2.317 entri {OLD_APP} tahun 2024 sampai 2026.
- Verifikasi dua tahap: DBU lalu Kepala Subbagian Umum dan Kepegawaian.

## 0.9.0 (1 Juni 2026)

Versi 0.9.0 dipakai sejak 1 Juni 2026.

- Uji coba terbatas oleh 25 pegawai Sekretariat.

{FIKTIF}
"""


# ============================================================================ YAML catalogue
ELEARNING = [
    ("EL27-01", "E-learning Literasi Digital ASN", "LMS nasional", "Teknis", 10, "Seluruh pegawai"),
    (
        "EL27-02",
        "Dasar-Dasar Perkoperasian untuk ASN",
        "LMS Dinas Koperasi Provinsi",
        "Teknis",
        12,
        "Pegawai baru dan PPPK",
    ),
    (
        "EL27-03",
        "Manajemen Risiko Usaha Simpan Pinjam",
        "LMS Dinas Koperasi Provinsi",
        "Teknis",
        9,
        "Staf Bidang KPK",
    ),
    (
        "EL27-04",
        "Pelayanan Publik Berorientasi BerAKHLAK",
        "BPSDM Provinsi Kalimantan Barat Daya",
        "Sosial kultural",
        6,
        "Petugas layanan",
    ),
    (
        "EL27-05",
        "Antikorupsi dan Pengendalian Gratifikasi",
        "Inspektorat Kabupaten",
        "Sosial kultural",
        4,
        "Seluruh pegawai",
    ),
    (
        "EL27-06",
        "Pengantar Analisis Kebijakan",
        "LMS nasional",
        "Manajerial",
        15,
        "Analis kebijakan dan perencana",
    ),
    (
        "EL27-07",
        "Penilaian Kesehatan Koperasi: Modul Mandiri",
        "BPSDM Provinsi Kalimantan Barat Daya",
        "Teknis",
        6,
        "Pengawas Koperasi yang sudah mengikuti bimtek",
    ),
    (
        "EL27-08",
        "Keamanan Siber Dasar untuk Pegawai",
        "Diskominfo Kabupaten",
        "Teknis",
        5,
        "Seluruh pegawai",
    ),
]


def elearning_yaml():
    lines = [
        f"# Katalog e-learning mandiri Program {PROGRAM} 2027. {FIKTIF}",
        "catalog:",
        f"  title: Katalog E-learning Mandiri {PROGRAM} 2027",
        "  note: >-",
        "    JP e-learning diakui paling banyak 3 JP per hari dan 15 JP per tahun (Lampiran",
        "    Perkadis 2/2026). Tangkapan layar penyelesaian modul diunggah ke SITUMBUH.",
        f"    {FIKTIF}",
        "trainings:",
    ]
    for kode, nama, org, jenis, jp, sasaran in ELEARNING:
        lines += [
            f"  - kode: {kode}",
            f"    nama: {json.dumps(nama, ensure_ascii=False)}",
            f"    penyelenggara: {json.dumps(org, ensure_ascii=False)}",
            "    jalur: nonklasikal",
            "    bentuk: e-learning",
            f"    jenis_kompetensi: {jenis}",
            f"    sasaran_jabatan: {json.dumps(sasaran, ensure_ascii=False)}",
            f"    jp: {jp}",
            "    metode: daring mandiri",
            "    tanggal_mulai: 2027-01-04",
            "    tanggal_selesai: 2027-11-30",
            "    biaya: Tanpa biaya",
            "    sertifikat: Sertifikat elektronik dari penyelenggara",
            "    status: Dibuka",
            f"    kontak: {json.dumps(ANALIS + ', ekstensi 104', ensure_ascii=False)}",
        ]
    return "\n".join(lines) + "\n"


# ============================================================================ plain text
def wa_txt():
    m = [
        (
            "27/07/26 08.12",
            "Nurul Analis SDM",
            "Selamat pagi DBU semua. Pengingat: sosialisasi "
            "Perkadis 2/2026 & SITUMBUH besok Selasa 28 Juli jam 09.00 di Aula PLUT lt 2 ya.",
        ),
        (
            "27/07/26 10.47",
            "Nurul Analis SDM",
            "Ralat: sosialisasi besok mulai jam 13.30 WIB, "
            "bukan 09.00. Tempat tetap Aula PLUT lt 2. Pagi dipakai Kadis rapat dgn Bupati.",
        ),
        ("27/07/26 10.52", "Dimas DBU UMKM", "Bu, batas unggah sekarang masih 14 hari ya?"),
        (
            "27/07/26 10.55",
            "Agnes DBU Sekretariat",
            "14 hari kalender itu aturan lama pak. Skrg 10 hari kerja sejak kegiatan selesai",
        ),
        ("27/07/26 11.03", "Stevanus DBU KPK", "Ukuran file bukti maks 2 MB kan?"),
        (
            "27/07/26 11.06",
            "Yohanes Prakom",
            "Itu SIKAP-JP pak. Di SITUMBUH maks 5 MB, boleh PDF/JPG/PNG",
        ),
        (
            "28/07/26 07.58",
            "Nurul Analis SDM",
            "Info: pelatihan verifikator utk DBU yg di notulen "
            "tgl 29 Juli (Rabu) GESER ke Kamis 30 Juli jam 13.30 di Lab Komputer PLUT. Bawa laptop.",
        ),
        ("28/07/26 08.20", "Kurniawati DBU KWP", "Nomor helpdesk SITUMBUH 0812-5630-4471 ya?"),
        (
            "28/07/26 08.24",
            "Yohanes Prakom",
            "Koreksi: 0812-5630-4417 (bukan 4471). Layanan Senin-Jumat 08.00-15.00 WIB",
        ),
        (
            "28/07/26 09.15",
            "Rahmadani DBU PK",
            "Kalau ada yg ikut Diklat Penilaian Kesehatan KSP/USP dr kementerian, itu masuk SEMAI?",
        ),
        (
            "28/07/26 09.21",
            "Stevanus DBU KPK",
            "Beda ya bu. Yg SEMAI itu Bimtek Penilaian Kesehatan "
            "Koperasi (KAK Bidang KPK, 24 JP). Diklat KSP/USP dr kementerian itu utk pengurus dan "
            "pengelola koperasi, jadwal & biayanya kami jg blm tau.",
        ),
        (
            "28/07/26 09.40",
            "Maria DBU PLUT",
            "Izin perkenalan, sy Maria, DBU baru UPTD PLUT "
            "gantiin pak Hendrikus yg pindah ke Bidang UMKM.",
        ),
        (
            "31/07/26 08.05",
            "Yohanes Prakom",
            "Reminder: input SIKAP-JP tutup HARI INI jam 16.00 WIB. Setelah itu hanya bisa dibaca.",
        ),
        ("31/07/26 08.09", "Agnes DBU Sekretariat", "Jam 17.00 kan pak?"),
        ("31/07/26 08.11", "Yohanes Prakom", "Bukan bu, jam 16.00 WIB sesuai SE."),
        (
            "03/08/26 09.02",
            "Yohanes Prakom",
            "SITUMBUH sudah live. Login pakai NIP, kata sandi awal cek email dinas.",
        ),
        ("03/08/26 09.30", "Dimas DBU UMKM", "Rabu Belajar pekan ini (5 Agustus) jadinya di mana?"),
        (
            "03/08/26 09.34",
            "Nurul Analis SDM",
            "Di Aula UPTD PLUT Lantai 2 jam 13.30-15.00, topik "
            "SITUMBUH dr ponsel. Ruang Enggang mulai direnovasi.",
        ),
        (
            "05/08/26 15.12",
            "Stevanus DBU KPK",
            "Webinar sy tgl 3 Agustus kok dihitung 2 JP di SITUMBUH?",
        ),
        (
            "05/08/26 15.20",
            "Yohanes Prakom",
            "Bug pak, aturan baru 3 JP per webinar. Diperbaiki di "
            "versi 1.0.1 tgl 10 Agustus, nanti dihitung ulang otomatis.",
        ),
    ]
    out = [
        "Chat WhatsApp dengan DBU SEMAI 2026-2027",
        "",
        "27/07/26 08.00 - Pesan dan panggilan terenkripsi secara end-to-end.",
        '27/07/26 08.01 - Nurul Analis SDM membuat grup "DBU SEMAI 2026-2027"',
    ]
    out += [f"{t} - {who}: {msg}" for t, who, msg in m]
    out += ["", FIKTIF, ""]
    return "\n".join(out)


def email_txt():
    bpsdm = "Panitia Bimtek Teknis BPSDM Provinsi <diklat.teknis@bpsdm.kalbardaya.go.id>"
    dewi = f"{KASUBBAG} <umpeg@{DOMAIN}>"
    return f"""Dari: {bpsdm}
Kepada: {dewi}
Tembusan: Stevanus Ading <stevanus.ading@{DOMAIN}>
Tanggal: Rabu, 7 Oktober 2026 10.42
Subjek: Re: Re: Konfirmasi Peserta Bimtek Penilaian Kesehatan Koperasi Angkatan II

Yth. Ibu Dewi,

Terima kasih, konfirmasi 6 (enam) peserta dari {SINGKAT} {KAB_SHORT} sudah kami terima.

Mohon dicatat perubahan tempat: Bimtek Angkatan II dipindahkan dari Hotel Mendawai Indah ke
Gedung UPT Pelatihan Wilayah Pesisir BPSDM Provinsi, Jl. Pelabuhan Lama No. 8, Kuala Mendawai.
Tanggal tetap 20-22 Oktober 2026.

Registrasi ulang hari Selasa, 20 Oktober 2026 pukul 07.30-08.00 WIB. Peserta membawa laptop dan
kalkulator. Pakaian dinas harian pada hari I dan II; pakaian lapangan pada hari III untuk praktik
di koperasi.

Peserta dari kabupaten tempat penyelenggaraan tidak dikenai biaya kontribusi dan tidak disediakan
penginapan; transport lokal ditanggung instansi masing-masing.

Mengenai pertanyaan Ibu tentang Diklat Penilaian Kesehatan KSP/USP: itu program kementerian untuk
pengurus dan pengelola koperasi, bukan bimtek kami. Kami tidak memiliki informasi jadwal maupun
biayanya.

Salam,
Panitia Bimtek Teknis BPSDM Provinsi Kalimantan Barat Daya

> Pada Senin, 5 Oktober 2026 14.05, {dewi} menulis:
> Yth. Panitia,
> Bersama ini kami sampaikan 6 peserta Angkatan II dari {SINGKAT} {KAB_SHORT}:
> 1. Stevanus Ading, S.E. (Bidang KPK)
> 2. Rahmadani Putri, S.E. (Bidang PK)
> 3. Yusuf Effendi, S.E. (Bidang KPK)
> 4. Theresia Imang, S.Ak. (Bidang KPK)
> 5. Bonifasius Lahang, A.Md. (Bidang PK)
> 6. Nur Aisyah Putri, S.E. (UPTD PLUT)
> Narahubung peserta: Stevanus Ading, ekstensi 211.
> Kami juga ingin bertanya apakah Diklat Penilaian Kesehatan KSP/USP dapat diikuti pegawai kami.
> Terima kasih.
>
>> Pada Kamis, 1 Oktober 2026 09.15, {bpsdm} menulis:
>> Yth. Kepala {SINGKAT} {KAB},
>> Mohon konfirmasi nama peserta Bimtek Penilaian Kesehatan Koperasi Angkatan II (kuota 6 orang)
>> paling lambat hari Jumat, 9 Oktober 2026 melalui balasan surel ini.
>> Hormat kami, Panitia.

--
{FIKTIF}
"""


# ============================================================================ registry
def _w_text(fn):
    def w(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(fn())

    return w


DOCS = {
    "pedoman-semai-2025": ("pdf", render_pedoman),
    "perkadis-3-2024-program-semai": ("pdf", render_reg_base),
    "perkadis-2-2026-perubahan-semai": ("pdf", render_reg_amend),
    "se-019-2025-pencatatan-jp-sikap-jp": ("pdf", render_se_old),
    "se-146-2026-pencatatan-jp-situmbuh": ("pdf", render_se_new),
    "buletin-semai-edisi-iii-2026": ("pdf", render_buletin),
    "pengumuman-seleksi-pkp-pka-2027": ("pdf", render_pengumuman),
    "notulen-rapat-persiapan-perubahan-semai": ("docx", write_notulen),
    "kak-bimtek-penilaian-kesehatan-koperasi-2026": ("docx", write_kak),
    "sop-verifikasi-jp-situmbuh": ("docx", write_sop),
    "rekap-semai-2025": ("xlsx", write_xlsx),
    "katalog-pelatihan-semai-2027": ("csv", _w_text(katalog_csv)),
    "kuota-pelatihan-per-unit-2027": ("csv", _w_text(kuota_csv)),
    "data-pkl-binaan-2025": ("csv", _w_text(pkl_csv)),
    "jadwal-rabu-belajar-semester-ii-2026": ("html", _w_text(rabu_html)),
    "berita-peluncuran-situmbuh": ("html", _w_text(berita_html)),
    "pelatihan-pelaku-umkm-plut-triwulan-iv-2026": ("html", _w_text(plut_html)),
    "faq-semai-perubahan-2026": ("md", _w_text(faq_md)),
    "panduan-pengguna-situmbuh": ("md", _w_text(panduan_md)),
    "catatan-rilis-situmbuh": ("md", _w_text(rilis_md)),
    "katalog-elearning-semai-2027": ("yaml", _w_text(elearning_yaml)),
    "grup-wa-dbu-semai-2026": ("txt", _w_text(wa_txt)),
    "email-konfirmasi-bimtek-pkk-angkatan-ii": ("txt", _w_text(email_txt)),
}
# near-domain traps: only out-of-scope questions point at their topics
TRAPS = {"data-pkl-binaan-2025", "pelatihan-pelaku-umkm-plut-triwulan-iv-2026"}


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


# ============================================================================ reading back
def _ingest():
    """Pandu's own loader and splitter, when importable from the repository root."""
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    try:
        from ingest.loaders import load_file
    except Exception:  # the repository's environment is not installed
        return None, None
    try:
        from ingest.splitter import split_document
    except Exception:
        split_document = None
    return load_file, split_document


def _plain_text(stem):
    """Fallback reading without Pandu's loaders: the text layer, cells, and page text."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "docx":
        import docx

        dd = docx.Document(path)
        lines = [p.text for p in dd.paragraphs]
        for t in dd.tables:
            for row in t.rows:
                lines.append(" | ".join(c.text for c in row.cells))
        return "\n".join(lines)
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, data_only=True)
        return "\n".join(
            "\t".join("" if v is None else str(v) for v in row)
            for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)
        )
    with open(path, encoding="utf-8-sig") as f:
        raw = f.read()
    if ext == "html":
        return re.sub(r"<[^>]+>", " ", raw)
    return raw


def doc_text(stem, loader=None):
    """The document as Pandu's ingest reads it (title and sections), or a plain reading."""
    if loader is None:
        return _plain_text(stem)
    from pathlib import Path

    p = Path(path_of(stem))
    doc = loader(p, p.read_bytes())
    parts = [doc.title]
    for s in doc.sections:
        parts.append(" > ".join(s.heading))
        parts.append(s.text)
    return "\n".join(parts)


def doc_chunks(stem, loader, splitter):
    from pathlib import Path

    p = Path(path_of(stem))
    return [c.text for c in splitter(loader(p, p.read_bytes()))]


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2013", "-")
    s = s.replace("\u2014", "-").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


# ============================================================================ questions
PED = "pedoman-semai-2025"
BASE = "perkadis-3-2024-program-semai"
AMD = "perkadis-2-2026-perubahan-semai"
SE1 = "se-019-2025-pencatatan-jp-sikap-jp"
SE2 = "se-146-2026-pencatatan-jp-situmbuh"
BUL = "buletin-semai-edisi-iii-2026"
PENG = "pengumuman-seleksi-pkp-pka-2027"
NOT = "notulen-rapat-persiapan-perubahan-semai"
KAK = "kak-bimtek-penilaian-kesehatan-koperasi-2026"
SOP = "sop-verifikasi-jp-situmbuh"
XL = "rekap-semai-2025"
KAT = "katalog-pelatihan-semai-2027"
KUO = "kuota-pelatihan-per-unit-2027"
RABU_H = "jadwal-rabu-belajar-semester-ii-2026"
BER = "berita-peluncuran-situmbuh"
FAQ = "faq-semai-perubahan-2026"
PAN = "panduan-pengguna-situmbuh"
RIL = "catatan-rilis-situmbuh"
EL = "katalog-elearning-semai-2027"
WA = "grup-wa-dbu-semai-2026"
MAIL = "email-konfirmasi-bimtek-pkk-angkatan-ii"

# question, expected documents (the first holds every fact), facts, tags
ANSWERABLE = [
    # ------------------------------------------------------------ handbook (old rule)
    (
        "di pedoman SEMAI 2025 sasarannya brp persen pegawai yg hrs memenuhi target JP?",
        [PED],
        ["90%"],
        ["casual", "number"],
    ),
    (
        "Apa saja tanda warna status capaian JP pegawai dalam Pedoman SEMAI?",
        [PED],
        ["SEMAI Hijau", "SEMAI Kuning", "SEMAI Merah"],
        ["formal", "list"],
    ),
    (
        "kalo capaian sy baru 40% dr target, statusnya warna apa min?",
        [PED],
        ["SEMAI Merah"],
        ["casual", "condition"],
    ),
    (
        "rabu belajar versi pedoman 2025 jam brp & dmn?",
        [PED],
        ["14.00-15.30 WIB", "Ruang Rapat Enggang Lantai 2"],
        ["casual", "two-part", "time", "where", "old"],
    ),
    (
        "Siapa yang menjadi ketua TP-SEMAI?",
        [PED, BASE],
        ["Sekretaris Dinas"],
        ["formal", "who", "role"],
    ),
    (
        "tugas DBU apa aja sih menurut pedoman?",
        [PED, BASE],
        [
            "mengingatkan pegawai di unitnya",
            "menghimpun rencana belajar unit",
            "memantau capaian JP unit setiap bulan",
        ],
        ["casual", "list"],
    ),
    (
        "contoh perhitungan JP PPPK di pedoman totalnya brp JP?",
        [PED],
        ["11 JP"],
        ["casual", "number"],
    ),
    (
        "pegawai yg cuti melahirkan target JP nya jd brp?",
        [PED, BASE],
        ["50% dari target normal"],
        ["casual", "condition"],
    ),
    (
        "laporan PKL maksimal brapa halaman ya?",
        [PED],
        ["paling banyak 5 halaman"],
        ["casual", "number", "acronym"],
    ),
    (
        "LAPP maks brp halaman, formatnya apa?",
        [PED],
        ["paling banyak 4 halaman", "format PDF"],
        ["casual", "two-part"],
    ),
    (
        "Apa saja yang harus dimuat dalam LAPP?",
        [PED],
        ["tiga pelajaran terpenting", "rencana aksi", "kendala dan dukungan yang dibutuhkan"],
        ["formal", "list"],
    ),
    (
        "batas usia tubel utk S2 sm S3 brp thn?",
        [PED],
        ["37 tahun untuk S2", "42 tahun untuk S3"],
        ["casual", "two-part", "number"],
    ),
    (
        "pegawai tugas belajar wajib balik kerja di pemkab brp lama?",
        [PED],
        ["dua kali masa studi ditambah satu tahun"],
        ["casual", "duration"],
    ),
    (
        "izin belajr diajukan paling lambat kpn?",
        [PED],
        ["1 bulan sebelum perkuliahan dimulai"],
        ["casual", "deadline"],
    ),
    (
        "honor narsum dri luar dinas brp per JP?",
        [PED, KAK],
        ["Rp900.000 per JP"],
        ["casual", "amount"],
    ),
    (
        "transport peserta dari UPTD PLUT dianggarkan brp sehari?",
        [PED],
        ["Rp50.000 per hari"],
        ["casual", "amount"],
    ),
    (
        "Kapan batas pengajuan penggantian biaya pelatihan mandiri dan apa lampirannya?",
        [PED],
        ["30 hari setelah pelatihan", "kuitansi dan sertifikat"],
        ["formal", "two-part", "deadline"],
    ),
    (
        "Bobot penilaian Pembelajar Terbaik apa saja?",
        [PED],
        ["capaian JP 40%", "ketepatan dan mutu LAPP 30%", "kontribusi berbagi pengetahuan 30%"],
        ["formal", "list"],
    ),
    (
        "katalog 2025 kode SM25-08 penyelenggaranya siapa?",
        [PED],
        ["Dinas Perpustakaan dan Kearsipan"],
        ["casual", "table"],
    ),
    (
        "pelatihan pengelolaan keuangan daerah pada SIPD di katalog 2025 sasarannya siapa, bulan apa?",
        [PED],
        ["Subbagian Perencanaan dan Keuangan, bendahara", "Februari"],
        ["casual", "two-part", "table"],
    ),
    (
        "TP-SEMAI nyampein laporan tahunan ke kadis paling lambat kapan?",
        [PED],
        ["31 Januari tahun berikutnya"],
        ["casual", "deadline"],
    ),
    (
        "evaluasi perilaku (level 3) dilakukan utk pelatihan minimal brp JP dan kapan?",
        [PED, BASE],
        ["paling sedikit 24 JP", "tiga bulan setelah pelatihan"],
        ["casual", "two-part", "condition"],
    ),
    (
        "menurut pedoman 2025 yg verifikasi JP siapa? DBU kah?",
        [PED, BASE],
        ["Kepala Subbagian Umum dan Kepegawaian"],
        ["casual", "who", "role", "old"],
    ),
    (
        "rekap pertama akhir 2024 rata2 capaian pegawai brp JP?",
        [PED],
        ["17,2 JP per orang"],
        ["casual", "number"],
    ),
    # ------------------------------------------------------------ base rule
    ("Perkadis 3/2024 mulai berlaku tanggal berapa?", [BASE], ["1 Maret 2024"], ["formal", "date"]),
    (
        "perkadis 3 thn 2024 ditetapkan tgl brp & ditandatangani siapa?",
        [BASE],
        ["12 Februari 2024", "Rusmiati Darwis"],
        ["casual", "two-part", "date", "who"],
    ),
    (
        "menurut perkadis 3/2024 sblm diubah, target JP PPPK brp?",
        [BASE, PED, FAQ],
        ["10 (sepuluh) JP"],
        ["casual", "number", "old"],
    ),
    (
        "Sebelum perubahan, berapa lama batas mencatat kegiatan di SIKAP-JP?",
        [BASE, PED, SE1],
        ["14 (empat belas) hari kalender"],
        ["formal", "duration", "old"],
    ),
    (
        "JP dr jalur nonklasikal maksimal brp persen dr target?",
        [BASE, PED],
        ["60% (enam puluh persen)"],
        ["casual", "number"],
    ),
    (
        "RBI hrs diunggah paling lambat tgl brp? itu ga berubah kan stlh perkadis baru?",
        [BASE, FAQ, PED],
        ["31 Januari"],
        ["casual", "deadline"],
    ),
    (
        "klo pegawai ga capai target JP, sanksinya apa?",
        [BASE, PED, FAQ],
        ["teguran lisan"],
        ["casual", "condition"],
    ),
    (
        "rencana unit dikirim ke TP-SEMAI paling lambat kapan?",
        [BASE, PED],
        ["15 Februari"],
        ["casual", "deadline"],
    ),
    ("perubahan RBI bsa diajukan smpe kapan?", [BASE, PED], ["30 Juni"], ["casual", "deadline"]),
    (
        "Menurut Perkadis 3/2024, berapa orang Pembelajar Terbaik dan berapa uang pembinaannya?",
        [BASE, PED],
        ["1 (satu) orang", "Rp1.000.000,00"],
        ["formal", "two-part", "old", "words"],
    ),
    (
        "PKL di perkadis 3/2024 itu maksudnya apa?",
        [BASE, PED],
        ["kegiatan belajar langsung di koperasi"],
        ["casual", "definition", "acronym"],
    ),
    (
        "pegawai baru masuk oktober, tahun itu ada target JP gak?",
        [BASE, PED],
        ["tidak memiliki target JP"],
        ["casual", "condition", "yesno"],
    ),
    (
        "kuota tubel dinas brp org per thn?",
        [BASE, PED],
        ["2 (dua) orang"],
        ["casual", "number", "words"],
    ),
    (
        "lampiran perkadis 3/2024: e-learning dihitung brp JP sehari?",
        [BASE, PED],
        ["paling banyak 2 JP per hari"],
        ["casual", "table", "old"],
    ),
    (
        "Jalur nonklasikal menurut Perkadis 3/2024 meliputi apa saja?",
        [BASE],
        ["coaching, mentoring, e-learning", "Rabu Belajar", "patok banding, PKL"],
        ["formal", "list"],
    ),
    ("TP-SEMAI ditetapkan pakai apa?", [BASE], ["Keputusan Kepala Dinas"], ["casual", "procedure"]),
    # ------------------------------------------------------------ amending rule
    ("perkadis 2 thn 2026 berlaku mulai kapan?", [AMD, NOT], ["1 Juli 2026"], ["casual", "date"]),
    (
        "Pasal apa yang disisipkan oleh Perkadis 2/2026 dan mengatur tentang apa?",
        [AMD, FAQ],
        ["Pasal 14A", "berbagi pengetahuan"],
        ["formal", "two-part", "inserted"],
    ),
    (
        "target JP pns jabatan fungsional setelah perkadis baru brp?",
        [AMD, FAQ, NOT],
        ["24 (dua puluh empat) JP"],
        ["casual", "number", "changed"],
    ),
    (
        "target JF 24 JP itu berlaku mulai thn brp? thn 2026 ini pake yg mana?",
        [AMD, FAQ],
        ["mulai tahun penilaian 2027", "Pasal 6 sebelum diubah"],
        ["casual", "two-part", "changed", "condition"],
    ),
    (
        "dinas biayain PPPK maksimal brp JP setahun?",
        [AMD, FAQ],
        ["paling banyak 24 (dua puluh empat) JP"],
        ["casual", "number", "words"],
    ),
    (
        "pejabat pengawas wajib ikut brp JP manajerial per tahun?",
        [AMD, FAQ, PENG],
        ["8 (delapan) JP"],
        ["casual", "number", "changed"],
    ),
    (
        "entri telat lewat 10 hari kerja msh bisa diterima gak? sampe kapan & syaratnya?",
        [AMD, FAQ, SOP],
        ["30 (tiga puluh) hari kalender", "surat keterangan dari atasan langsung"],
        ["casual", "two-part", "condition"],
    ),
    (
        "entri milik DBU sendiri divalidasi siapa?",
        [AMD, SE2, SOP, FAQ],
        ["Analis SDM Aparatur"],
        ["casual", "who", "role"],
    ),
    (
        "input JP tahunan skrg ditutup tgl brp?",
        [AMD, RABU_H],
        ["10 Desember"],
        ["casual", "deadline", "changed"],
    ),
    (
        "Rekap JP tahunan ditandatangani oleh siapa dan paling lambat kapan?",
        [AMD, SOP],
        ["ditandatangani oleh Sekretaris", "20 Desember"],
        ["formal", "two-part", "role", "deadline"],
    ),
    (
        "masa tugas DBU skrg brp lma?",
        [AMD, FAQ],
        ["2 (dua) tahun"],
        ["casual", "duration", "changed"],
    ),
    (
        "menurut aturan baru pembelajar terbaik diserahkan kapan?",
        [AMD, FAQ],
        ["Hari Koperasi tanggal 12 Juli"],
        ["casual", "date", "changed"],
    ),
    (
        "pembelajar terbaik skrg dari kategori apa aja?",
        [AMD, FAQ, BUL],
        ["PNS, PPPK, dan DBU"],
        ["casual", "list", "changed"],
    ),
    (
        "lampiran baru perkadis 2/2026: coaching/mentoring batas per tahunnya brp JP?",
        [AMD],
        ["10 JP per tahun"],
        ["casual", "table", "changed"],
    ),
    (
        "berbagi pengetahuan diakui brp JP per sesi, max brp setahun?",
        [AMD, FAQ],
        ["2 (dua) JP per sesi", "6 (enam) JP"],
        ["casual", "two-part", "number"],
    ),
    (
        "pegawai habis ikut pelatihan 16 JP dibiayai dinas, wajib berbagi pengetahuan paling lambat kapan?",
        [AMD, FAQ, KAK],
        ["30 (tiga puluh) hari kalender"],
        ["casual", "deadline", "inserted"],
    ),
    (
        "Perkadis 2/2026 ditandatangani oleh siapa?",
        [AMD],
        ["Agustinus Lendo Jalung"],
        ["formal", "who"],
    ),
    (
        "praktik kerja lapangan (PKL) skrg diakui brp JP?",
        [AMD, FAQ],
        ["20 JP per kegiatan"],
        ["casual", "number", "changed", "acronym"],
    ),
    (
        "LAPP skrg paling lambat brp hari stlh pelatihan?",
        [AMD, FAQ, KAK],
        ["21 (dua puluh satu) hari kalender"],
        ["casual", "deadline", "changed"],
    ),
    (
        "pembelajar terbaik penilaian 2025 pake aturan yg mana?",
        [AMD, BUL, NOT],
        ["Pasal 18 sebelum diubah"],
        ["casual", "condition"],
    ),
    (
        "sebelum SITUMBUH jalan, nyatat kegiatan pake apa?",
        [AMD, SE2],
        ["tetap menggunakan SIKAP-JP"],
        ["casual", "condition"],
    ),
    (
        "Apa saja ketentuan yang diubah oleh Perkadis 2/2026?",
        [FAQ, AMD],
        ["Pasal 5 ayat (3)", "Pasal 6, Pasal 12, Pasal 13", "Pasal 18"],
        ["formal", "list", "changed"],
    ),
    # ------------------------------------------------------------ old circular
    (
        "SE lama SIKAP-JP: ukuran file bukti maks brp?",
        [SE1, WA],
        ["2 MB"],
        ["casual", "number", "old"],
    ),
    (
        "pola nama file bukti di SIKAP-JP gmn?",
        [SE1],
        ["NIP_tanggal_nama kegiatan"],
        ["casual", "procedure"],
    ),
    (
        "dulu kasubbag verifikasi entri SIKAP-JP tiap hari apa?",
        [SE1],
        ["setiap hari Jumat"],
        ["casual", "time", "old"],
    ),
    (
        "siapa admin SIKAP-JP, ekstensinya brp?",
        [SE1],
        ["Rina Marlina", "ekstensi 102"],
        ["casual", "two-part", "who"],
    ),
    (
        "rekap bulanan SIKAP-JP dikirim ke kepala unit paling lambat tgl brp?",
        [SE1],
        ["tanggal 5 bulan berikutnya"],
        ["casual", "deadline"],
    ),
    (
        "Kapan dan pukul berapa input SIKAP-JP tahun 2025 ditutup?",
        [SE1, XL],
        ["15 Desember 2025", "16.00 WIB"],
        ["formal", "two-part", "date", "time"],
    ),
    (
        "nomor SE ttg tata cara pencatatan JP lewat SIKAP-JP brp ya?",
        [SE1, SE2],
        ["800.1/019/SEK-DKUKM/I/2025"],
        ["casual", "letter", "roman"],
    ),
    (
        "kegiatan 3 hari dicatat jd brp entri di SIKAP-JP?",
        [SE1],
        ["dicatat sebagai satu entri"],
        ["casual", "procedure"],
    ),
    # ------------------------------------------------------------ new circular
    (
        "mulai tgl brp pencatatan JP pake SITUMBUH?",
        [SE2, BER, RIL],
        ["3 Agustus 2026"],
        ["casual", "date"],
    ),
    (
        "input SIKAP-JP ditutup kapan, jam brp?",
        [SE2, WA],
        ["31 Juli 2026", "16.00 WIB"],
        ["casual", "two-part", "date", "time"],
    ),
    (
        "SIKAP-JP masih bisa dibuka (cuma baca) sampe kpn?",
        [SE2],
        ["31 Desember 2026"],
        ["casual", "date"],
    ),
    (
        "entri SIKAP-JP yg blm diverifikasi gmn nasibnya? batasnya kapan?",
        [SE2],
        ["diunggah ulang", "14 Agustus 2026"],
        ["casual", "two-part", "deadline"],
    ),
    (
        "format file bukti SITUMBUH apa aja dan maks brp MB?",
        [SE2, PAN, BER],
        ["PDF, JPG, atau PNG", "5 MB"],
        ["casual", "two-part"],
    ),
    (
        "entri dikembalikan hrs diperbaiki dlm brp hari? kalo ga diperbaiki?",
        [SE2, SOP],
        ["5 (lima) hari kerja", "berubah menjadi Ditolak"],
        ["casual", "two-part", "duration", "condition"],
    ),
    ("helpdesk SITUMBUH bka jam brp?", [SE2, BER, PAN], ["08.00-15.00 WIB"], ["casual", "time"]),
    (
        "Berapa nomor dan tanggal surat edaran tentang pencatatan JP melalui SITUMBUH?",
        [SE2],
        ["800.1/146/SEK-DKUKM/VII/2026", "24 Juli 2026"],
        ["formal", "two-part", "letter", "roman"],
    ),
    (
        "SE Sekretaris tahun 2025 ttg SIKAP-JP msh berlaku gak?",
        [SE2],
        ["dicabut dan dinyatakan tidak berlaku"],
        ["casual", "yesno", "revoked"],
    ),
    (
        "SE 146/2026 itu mencabut SE nomor brp?",
        [SE2],
        ["800.1/019/SEK-DKUKM/I/2025"],
        ["casual", "revoked", "letter"],
    ),
    (
        "kata sandi awal SITUMBUH dikirim ke mana?",
        [SE2, PAN, BER],
        ["pos-el dinas"],
        ["casual", "where"],
    ),
    (
        "DBU nyampein laporan capaian unit ke kepala unit tiap tgl brp?",
        [SE2, SOP],
        ["setiap tanggal 5"],
        ["casual", "date", "role"],
    ),
    (
        "alamat web SITUMBUH apa?",
        [SE2, PAN],
        ["situmbuh.diskopukm.pesisirmendawaikab.go.id"],
        ["casual", "where"],
    ),
    (
        "SITUMBUH udh nyambung ke MyASN blm?",
        [SE2, FAQ, BER],
        ["tidak terhubung dengan MyASN"],
        ["casual", "yesno"],
    ),
    # ------------------------------------------------------------ bulletin
    (
        "siapa pembelajar terbaik 2025 & brp JP capaiannya?",
        [BUL],
        ["Yulianti Bong", "58 JP"],
        ["casual", "two-part", "who"],
    ),
    (
        "penghargaan pembelajar terbaik 2025 diserahkan tgl brp?",
        [BUL],
        ["12 Juli 2026"],
        ["casual", "date"],
    ),
    (
        "uang pembinaan yg diterima pembelajar terbaik 2025 brp?",
        [BUL, BASE, FAQ],
        ["Rp1.000.000"],
        ["casual", "amount"],
    ),
    (
        "rabu belajar skrg jam brp dan dmn?",
        [BUL, RABU_H, WA],
        ["13.30-15.00 WIB", "Aula UPTD PLUT Lantai 2"],
        ["casual", "two-part", "time", "where", "changed"],
    ),
    (
        "ruang rapat enggang direnovasi sampe kapn?",
        [BUL, RABU_H],
        ["akhir Desember 2026"],
        ["casual", "date"],
    ),
    (
        "sampe akhir september 2026 udh brp entri masuk SITUMBUH?",
        [BUL],
        ["1.146 entri"],
        ["casual", "number"],
    ),
    ("brp persen pegawai udh pernah login SITUMBUH?", [BUL], ["97%"], ["casual", "number"]),
    (
        "Berapa waktu rata-rata validasi di SITUMBUH dibandingkan di SIKAP-JP menurut buletin?",
        [BUL],
        ["3,6 hari kerja", "9 hari kerja"],
        ["formal", "two-part", "comparison"],
    ),
    (
        "alasan entri paling sering dikembalikan apa aja?",
        [BUL],
        ["foto bukti buram", "tanggal kegiatan tidak sesuai sertifikat"],
        ["casual", "list"],
    ),
    (
        "tulisan utk buletin SEMAI dikirim paling lambat tgl brp?",
        [BUL],
        ["tanggal 25 setiap bulan"],
        ["casual", "deadline"],
    ),
    ("redaktur buletin SEMAI siapa ya", [BUL], ["Nurul Hidayah Aprilia"], ["casual", "who"]),
    (
        "siapa yg gantiin pak Hendrikus jd DBU PLUT?",
        [BUL, NOT, WA],
        ["Maria Goretti Anyeq"],
        ["casual", "who"],
    ),
    (
        "kiat DBU PLUT biar pegawai berbagi ilmu apa?",
        [BUL],
        ["bercerita sepuluh menit pada apel Senin"],
        ["casual", "procedure"],
    ),
    # ------------------------------------------------------------ announcement PKP/PKA
    (
        "kuota PKP angkatan IV dr dinas brp org?",
        [PENG],
        ["2 (dua) orang"],
        ["casual", "number", "words", "roman"],
    ),
    (
        "PKA angkatan II kuotanya brp, mulainya kapan?",
        [PENG],
        ["1 (satu) orang", "5 April 2027"],
        ["casual", "two-part", "roman", "words"],
    ),
    (
        "klasikal PKP angkatan 4 tgl brp?",
        [PENG],
        ["1 sampai dengan 12 Maret 2027"],
        ["casual", "date", "duration"],
    ),
    (
        "Syarat pangkat paling rendah untuk calon peserta PKP apa?",
        [PENG],
        ["golongan ruang III/b"],
        ["formal", "condition", "roman"],
    ),
    (
        "usia maksimal calon PKA brapa?",
        [PENG],
        ["52 (lima puluh dua) tahun"],
        ["casual", "number", "words"],
    ),
    (
        "berkas seleksi PKP/PKA apa aja yg hrs disiapin?",
        [PENG],
        ["surat usulan atasan langsung", "SK pangkat terakhir", "pakta integritas"],
        ["casual", "list"],
    ),
    (
        "batas kirim berkas seleksi PKP kapan jam brp?",
        [PENG],
        ["2 Oktober 2026", "15.00 WIB"],
        ["casual", "two-part", "deadline", "time"],
    ),
    (
        "wawancara seleksi PKP PKA kapan dan di ruang mana?",
        [PENG],
        ["7 Oktober 2026", "Ruang Rapat Sekretariat Lantai 1"],
        ["casual", "two-part", "date", "where"],
    ),
    (
        "tahap II seleksi itu kegiatan apa & tgl brp?",
        [PENG],
        ["Seleksi administrasi", "5 - 6 Oktober 2026"],
        ["casual", "two-part", "table", "roman"],
    ),
    (
        "siapa yg ketuai tim seleksi PKP/PKA?",
        [PENG],
        ["diketuai Sekretaris"],
        ["casual", "who", "role"],
    ),
    (
        "biaya kontribusi PKP ditanggung siapa?",
        [PENG],
        ["DPA Dinas Tahun Anggaran 2027"],
        ["casual", "amount"],
    ),
    (
        "hasil seleksi PKP diumumin kapan & dmn?",
        [PENG],
        ["12 Oktober 2026", "Papan pengumuman dan grup DBU"],
        ["casual", "two-part", "where"],
    ),
    # ------------------------------------------------------------ minutes
    (
        "rapat persiapan perkadis 2/2026 kapan & di ruang apa?",
        [NOT],
        ["Kamis, 9 Juli 2026", "Ruang Rapat Enggang"],
        ["casual", "two-part", "date", "where"],
    ),
    (
        "siapa notulis rapat persiapan pelaksanaan perkadis 2/2026?",
        [NOT],
        ["Nurul Hidayah Aprilia"],
        ["casual", "who"],
    ),
    (
        "rapat 9 juli itu yg hadir brp org?",
        [NOT],
        ["15 orang hadir dari 16 undangan"],
        ["casual", "number"],
    ),
    (
        "capaian JP semester I 2026 brp? brp pegawai yg blm nyatat sama sekali?",
        [NOT],
        ["612 JP", "34 pegawai"],
        ["casual", "two-part", "number"],
    ),
    (
        "SITUMBUH diuji coba sejak kapan & oleh brp pegawai?",
        [NOT, BER, RIL],
        ["1 Juni 2026", "25 pegawai"],
        ["casual", "two-part", "date"],
    ),
    (
        "server SITUMBUH ditaruh dimna?",
        [NOT, BER],
        ["pusat data Diskominfo Kabupaten"],
        ["casual", "where"],
    ),
    (
        "Siapa penanggung jawab sosialisasi Perkadis 2/2026 dan apa tenggatnya?",
        [NOT],
        ["Kepala Subbagian Umum dan Kepegawaian", "Selasa, 28 Juli 2026"],
        ["formal", "two-part", "role", "deadline"],
    ),
    (
        "nama DBU 2026-2027 disetor paling lambat kapan?",
        [NOT],
        ["Jumat, 17 Juli 2026"],
        ["casual", "deadline"],
    ),
    (
        "total uang pembinaan pembelajar terbaik penilaian 2026 yg diusulkan brp?",
        [NOT],
        ["Rp4.500.000"],
        ["casual", "amount"],
    ),
    (
        "jadi panitia pelatihan UMKM di PLUT dapat JP gak?",
        [NOT, FAQ, PED, "pelatihan-pelaku-umkm-plut-triwulan-iv-2026"],
        ["menjadi narasumber"],
        ["casual", "yesno", "condition"],
    ),
    (
        "siapa yg bikin akun SITUMBUH semua pegawai, tenggatnya kapan?",
        [NOT],
        ["Pranata komputer", "31 Juli 2026"],
        ["casual", "two-part", "role", "deadline"],
    ),
    (
        "menurut notulen, pelatihan verifikator DBU dijadwalkan kapan?",
        [NOT],
        ["Rabu, 29 Juli 2026"],
        ["casual", "date"],
    ),
    # ------------------------------------------------------------ terms of reference
    (
        "bimtek penilaian kesehatan koperasi angkatan I tgl brp dan dmn?",
        [KAK],
        ["8-10 September 2026", "Aula UPTD PLUT-KUMKM"],
        ["casual", "two-part", "date", "where"],
    ),
    (
        "brp koperasi aktif di kabupaten menurut KAK bimtek?",
        [KAK],
        ["214 koperasi aktif"],
        ["casual", "number"],
    ),
    (
        "bimtek PKK itu brp hari, total brp JP?",
        [KAK],
        ["berlangsung 3 hari", "total 24 JP"],
        ["casual", "two-part", "duration"],
    ),
    (
        "Apa syarat memperoleh sertifikat Bimtek Penilaian Kesehatan Koperasi?",
        [KAK],
        ["paling sedikit 90%", "paling rendah 70"],
        ["formal", "two-part", "condition"],
    ),
    (
        "total anggaran bimtek penilaian kesehatan koperasi angkatan I brp?",
        [KAK, XL],
        ["Rp19.300.000"],
        ["casual", "amount"],
    ),
    (
        "di KAK, jumlah honor narsum dari luar dinas brp?",
        [KAK],
        ["Rp10.800.000"],
        ["casual", "amount", "table"],
    ),
    (
        "materi aspek manajemen, efisiensi, likuiditas diisi siapa?",
        [KAK],
        ["Theresia Luing"],
        ["casual", "who", "table"],
    ),
    (
        "praktik penilaian kesehatan dilakukan di koperasi mana, hari apa?",
        [KAK],
        ["KSP Karya Bersama", "Kamis, 10 September 2026"],
        ["casual", "two-part", "where"],
    ),
    ("registrasi bimtek angkatn I jam brp?", [KAK], ["07.30-08.00"], ["casual", "time", "table"]),
    (
        "PPTK bimtek penilaian kesehatan koperasi siapa?",
        [KAK],
        ["Dewi Kartika Sari"],
        ["casual", "who", "role"],
    ),
    (
        "menurut KAK, bimtek angkatan II diadakan di mana?",
        [KAK],
        ["Hotel Mendawai Indah"],
        ["casual", "where", "old"],
    ),
    (
        "bimtek PKK ini sama gak sih dgn diklat penilaian kesehatan KSP/USP dr kementerian?",
        [KAK, WA, MAIL],
        ["pengurus dan pengelola koperasi"],
        ["casual", "yesno", "lookalike"],
    ),
    (
        "Apa saja tindak lanjut peserta setelah bimtek?",
        [KAK],
        [
            "LAPP paling lambat 21 hari kalender",
            "berbagi pengetahuan",
            "evaluasi perilaku tiga bulan",
        ],
        ["formal", "list"],
    ),
    (
        "dari 18 pegawai bidang KPK brp yg pernah ikut bimtek penilaian kesehatan?",
        [KAK],
        ["baru 5 dari 18 pegawai"],
        ["casual", "number"],
    ),
    # ------------------------------------------------------------ SOP
    (
        "nomor SOP verifikasi JP SITUMBUH apa?",
        [SOP],
        ["SOP/DKUKM-UMPEG/03/2026"],
        ["casual", "letter"],
    ),
    (
        "SOP verifikasi JP dibuat tgl brp, efektif kapan?",
        [SOP],
        ["27 Juli 2026", "3 Agustus 2026"],
        ["casual", "two-part", "date"],
    ),
    (
        "kalau DBU gak verifikasi dlm 3 hari kerja, entrinya lari ke siapa?",
        [SOP, PAN, RIL],
        ["diteruskan otomatis kepada Analis SDM Aparatur"],
        ["casual", "who", "condition"],
    ),
    (
        "DBU cuti seminggu, yg verifikasi entri unit siapa?",
        [SOP, NOT],
        ["DBU pengganti yang ditunjuk kepala unit kerja"],
        ["casual", "role", "condition"],
    ),
    (
        "status entri di SITUMBUH ada apa aja?",
        [SOP, PAN],
        ["Menunggu Verifikasi", "Terverifikasi", "Tervalidasi", "Dikembalikan", "Ditolak"],
        ["casual", "list"],
    ),
    (
        "1 sertifkat boleh dipake buat 2 entri gak?",
        [SOP],
        ["entri ganda ditolak"],
        ["casual", "yesno"],
    ),
    (
        "DBU meriksa apa aja waktu verifikasi?",
        [SOP],
        ["bukti, tanggal, jenis kegiatan, dan JP konversi"],
        ["casual", "procedure"],
    ),
    (
        "Siapa yang mengesahkan SOP verifikasi JP melalui SITUMBUH?",
        [SOP],
        ["Agustinus Lendo Jalung"],
        ["formal", "who"],
    ),
    (
        "verifikator perlu peralatan apa?",
        [SOP],
        ["Komputer atau ponsel dengan akses internet"],
        ["casual", "procedure"],
    ),
    (
        "kualifikasi pelaksana verifikasi JP apa?",
        [SOP],
        ["pelatihan verifikator SITUMBUH"],
        ["casual", "condition"],
    ),
    # ------------------------------------------------------------ workbook
    ("realisasi JP 2025 bidang KPK brp?", [XL], ["402"], ["casual", "number", "table"]),
    ("capaian persen UPTD PLUT thn 2025 brp?", [XL], ["94,5"], ["casual", "number", "table"]),
    (
        "Unit kerja mana saja yang capaian JP 2025-nya di bawah 100%?",
        [XL],
        ["Bidang Kewirausahaan dan Pembiayaan", "UPTD Pusat Layanan Usaha Terpadu KUMKM"],
        ["formal", "list", "table", "comparison"],
    ),
    (
        "total pegawai yg blm penuhi target 2025 ada brp?",
        [XL],
        ["18"],
        ["casual", "number", "table"],
    ),
    ("rata2 JP per pegawai bidang KPK 2025?", [XL], ["28,7"], ["casual", "number", "table"]),
    (
        "target JP 2027 (simulasi) utk sekretariat brp?",
        [XL],
        ["484"],
        ["casual", "number", "table"],
    ),
    ("DBU sekretariat thn 2025 siapa?", [XL], ["Rina Marlina"], ["casual", "who", "table"]),
    (
        "brp JP yg diakui dr Rabu Belajar thn 2025, dr brp pegawai?",
        [XL],
        ["142", "52"],
        ["casual", "two-part", "table"],
    ),
    ("total anggaran program SEMAI 2026 brp?", [XL], ["111.200.000"], ["casual", "amount"]),
    (
        "anggaran pengembangan & pemeliharaan SITUMBUH 2026 brp?",
        [XL],
        ["18.500.000"],
        ["casual", "amount", "table"],
    ),
    (
        "siapa aja pegawai yg lagi tugas belajar?",
        [XL],
        ["Andreas Kurniadi Sihombing", "Ni Made Suryani"],
        ["casual", "list"],
    ),
    (
        "ni made suryani kuliah di mana, prodi apa?",
        [XL],
        ["Magister Sistem Informasi", "Universitas Mendawai"],
        ["casual", "two-part", "table"],
    ),
    (
        "Dari mana data rekap capaian JP 2025 diambil dan per tanggal berapa?",
        [XL],
        ["sumber SIKAP-JP", "15 Desember 2025"],
        ["formal", "two-part"],
    ),
    (
        "rudi hartono siregar izin belajar program apa?",
        [XL],
        ["S2 Ekonomi Pembangunan"],
        ["casual", "table"],
    ),
    (
        "siapa pengolah data rekap SEMAI 2025, ekstensi brp?",
        [XL],
        ["Nurul Hidayah Aprilia", "ekstensi 104"],
        ["casual", "two-part", "who"],
    ),
    # ------------------------------------------------------------ catalogue 2027
    (
        "bimtek penilaian kesehatan koperasi 2027 mulai kapan & batas daftarnya?",
        [KAT],
        ["9 Maret 2027", "19 Februari 2027"],
        ["casual", "two-part", "date", "deadline"],
    ),
    (
        "pelatihan pendampingan UMKM naik kelas 2027 brp JP, metodenya apa?",
        [KAT],
        ["32 JP", "Blended"],
        ["casual", "two-part"],
    ),
    (
        "pelatihan pemasaran digital utk pendamping UMKM syaratnya apa?",
        [KAT],
        ["Membawa laptop dan ponsel berkamera"],
        ["casual", "condition"],
    ),
    (
        "pelatihan analisis kelayakan pembiayaan usaha mikro kerja sama dgn siapa?",
        [KAT],
        ["PT Bank Pesisir Mendawai (Perseroda)"],
        ["casual", "who"],
    ),
    (
        "coaching klinik bagi atasan langsung 2027 tgl brp, kuotanya?",
        [KAT],
        ["26 Januari 2027", "15 orang"],
        ["casual", "two-part", "date"],
    ),
    ("workshop menulis utk berbagi pengetahuan brp JP?", [KAT], ["5 JP"], ["casual", "number"]),
    (
        "pelatihan PBJ tingkat dasar 2027 kuotanya brp & siapa yg boleh ikut?",
        [KAT],
        ["4 orang", "Ditunjuk sebagai pejabat pengadaan atau PPTK"],
        ["casual", "two-part", "condition"],
    ),
    (
        "PKL di koperasi binaan terbaik 2027 lokasinya dmn?",
        [KAT],
        ["KSP Karya Bersama dan Koperasi Produsen Nipah Jaya"],
        ["casual", "where", "acronym"],
    ),
    (
        "patok banding koperasi modern 2027 ke mana, tgl brp?",
        [KAT],
        ["Kabupaten Sanggau Laut", "22 Juni 2027"],
        ["casual", "two-part", "where", "date"],
    ),
    (
        "kontak pelatihan analisis data dgn spredsheet siapa?",
        [KAT],
        ["Yohanes Bayu Saputra, ekstensi 103"],
        ["casual", "who"],
    ),
    (
        "Pelatihan apa saja di katalog 2027 yang jenis kompetensinya manajerial?",
        [KAT],
        ["SM27-07", "SM27-10"],
        ["formal", "list"],
    ),
    (
        "bimtek akuntansi koperasi SAK EP 2027 dari tgl brp sampe brp?",
        [KAT],
        ["18 Mei 2027", "20 Mei 2027"],
        ["casual", "two-part", "date", "duration"],
    ),
    (
        "pelatihan pelayanan prima & penanganan keluhan batas daftarnya kapan?",
        [KAT],
        ["25 Mei 2027"],
        ["casual", "deadline"],
    ),
    (
        "pendampingan UMKM naik kelas 2027 didanai dr apa?",
        [KAT],
        ["APBD Provinsi"],
        ["casual", "amount"],
    ),
    # ------------------------------------------------------------ quota per unit
    (
        "kuota bimtek penilaian kesehatan koperasi utk bidang KPK 2027 brp?",
        [KUO],
        ["12"],
        ["casual", "number", "table"],
    ),
    (
        "UPTD PLUT dapat kuota pelatihan pelayanan prima brp org?",
        [KUO],
        ["10"],
        ["casual", "number", "table"],
    ),
    ("pagu indikatif bidang UMKM 2027 brp?", [KUO], ["22.900.000"], ["casual", "amount", "table"]),
    (
        "total pagu indikatif semua unit 2027?",
        [KUO],
        ["121.150.000"],
        ["casual", "amount", "table"],
    ),
    ("bidang KWP dapat kuota pemasaran digital brp?", [KUO], ["4"], ["casual", "number", "table"]),
    (
        "kuota pelatihan yg ga kepake bisa dialihkan? syaratnya?",
        [KUO],
        ["persetujuan Sekretaris", "10 hari kerja sebelum pelatihan dimulai"],
        ["casual", "two-part", "condition"],
    ),
    (
        "Oleh siapa dan kapan alokasi kuota pelatihan per unit 2027 ditetapkan?",
        [KUO],
        ["Ketua TP-SEMAI", "18 November 2026"],
        ["formal", "two-part", "who", "date"],
    ),
    ("pagu indikatif bidang KPK 2027 brp ya", [KUO], ["31.750.000"], ["casual", "amount", "table"]),
    (
        "Unit mana saja yang mendapat kuota Bimtek Penilaian Kesehatan Koperasi (SM27-01)?",
        [KUO],
        [
            "Bidang Kelembagaan dan Pengawasan Koperasi",
            "Bidang Pemberdayaan Koperasi",
            "UPTD Pusat Layanan Usaha Terpadu KUMKM",
        ],
        ["formal", "list", "table"],
    ),
    ("pagu indikatif UPTD PLUT brp?", [KUO], ["19.600.000"], ["casual", "amount", "table"]),
    # ------------------------------------------------------------ Rabu Belajar schedule
    (
        "rabu belajar 12 agustus topiknya apa, siapa pemandunya?",
        [RABU_H],
        ["Membaca neraca koperasi dalam 15 menit", "Yulianti Bong"],
        ["casual", "two-part", "table"],
    ),
    (
        "tgl 9 september ada rabu belajar gak?",
        [RABU_H],
        ["Tidak ada sesi"],
        ["casual", "yesno", "table"],
    ),
    (
        "sesi khusus 9 desember jam brp & dmn?",
        [RABU_H],
        ["09.00", "Aula Kantor Dinas Lantai 1"],
        ["casual", "two-part", "time", "where"],
    ),
    (
        "rabu belajar balik ke ruang enggang kpn?",
        [RABU_H],
        ["Mulai Januari 2027"],
        ["casual", "date"],
    ),
    (
        "siapa koordinator rabu belajar?",
        [RABU_H],
        ["Nurul Hidayah Aprilia"],
        ["casual", "who", "role"],
    ),
    (
        "rabu belajar soal model TIRTA tgl brp?",
        [RABU_H],
        ["30 September"],
        ["casual", "date", "table"],
    ),
    (
        "usulan topik rabu belajar dikirim kapan?",
        [RABU_H],
        ["paling lambat hari Jumat sebelum sesi"],
        ["casual", "deadline"],
    ),
    (
        "sesi sumpah pemuda & wawasan kebangsaan narsumnya siapa?",
        [RABU_H],
        ["Yosef Nyangun"],
        ["casual", "who", "table"],
    ),
    (
        "rabu belajar 2 desember bahas apa?",
        [RABU_H],
        ["Persiapan penutupan input JP 10 Desember"],
        ["casual", "table"],
    ),
    (
        "rabu belajar maksimal dpt brp JP setahun?",
        [RABU_H, AMD, FAQ],
        ["paling banyak 8 JP per tahun"],
        ["casual", "number", "changed"],
    ),
    # ------------------------------------------------------------ news
    (
        "SITUMBUH diluncurin jam brp & di mana?",
        [BER],
        ["08.30 WIB", "Aula UPTD PLUT-KUMKM"],
        ["casual", "two-part", "time", "where"],
    ),
    (
        "brp entri SIKAP-JP yg dipindah ke SITUMBUH?",
        [BER, RIL],
        ["2.317 entri"],
        ["casual", "number"],
    ),
    (
        "selama uji coba, waktu validasi turun dr brp jd brp?",
        [BER],
        ["9 hari kerja", "3 hari kerja"],
        ["casual", "two-part", "comparison"],
    ),
    ("siapa pengelola aplikasi SITUMBUH?", [BER, RIL], ["Yohanes Bayu Saputra"], ["casual", "who"]),
    (
        "SITUMBUH ad biaya lisensi gak?",
        [BER],
        ["tanpa biaya lisensi"],
        ["casual", "yesno", "amount"],
    ),
    (
        "Apa saja fitur baru SITUMBUH dibandingkan SIKAP-JP?",
        [BER],
        ["dihitung otomatis", "antrian verifikasi untuk DBU", "rekap JP unit"],
        ["formal", "list"],
    ),
    (
        "SITUMBUH dikembangkan siapa?",
        [BER],
        ["pranata komputer Dinas bersama Diskominfo Kabupaten"],
        ["casual", "who"],
    ),
    ("siapa yg meluncurkan SITUMBUH?", [BER], ["Agustinus Lendo Jalung"], ["casual", "who"]),
    # ------------------------------------------------------------ FAQ
    (
        "perkadis 3/2024 udh dicabut ya?",
        [FAQ, NOT],
        ["hanya mengubah sebagian pasal"],
        ["casual", "yesno", "changed"],
    ),
    (
        "target JP PPPK thn 2026 brp? kalo 2027?",
        [FAQ, AMD],
        ["10 JP", "16 JP"],
        ["casual", "two-part", "changed"],
    ),
    (
        "8 JP manajerial utk pengawas itu tambahan di luar 20 JP gak?",
        [FAQ],
        ["bukan tambahan"],
        ["casual", "yesno", "condition"],
    ),
    (
        "webinar sblm 1 juli 2026 dihitung brp JP?",
        [FAQ, BASE],
        ["dihitung 2 JP"],
        ["casual", "number", "old"],
    ),
    (
        "webinar skrg dpt brp JP, max brp setahun?",
        [FAQ, AMD],
        ["3 JP per kegiatan", "9 JP per tahun"],
        ["casual", "two-part", "changed"],
    ),
    (
        "cara berbagi pengetahuan bisa lewat apa aja?",
        [FAQ, AMD],
        ["pemandu Rabu Belajar", "rapat unit", "Buletin SEMAI"],
        ["casual", "list"],
    ),
    (
        "rabu belajar menurut aturan lama dpt brp JP?",
        [FAQ, BASE, PED],
        ["1 JP per pertemuan"],
        ["casual", "number", "old"],
    ),
    (
        "PKL di SEMAI itu pedagang kaki lima bukan sih?",
        [FAQ, PED],
        ["bukan pedagang kaki lima"],
        ["casual", "acronym", "yesno"],
    ),
    (
        "penggantian biaya pelatihan mandiri msh ada gak stlh perubahan?",
        [FAQ, BASE],
        ["Pasal 17 tidak diubah"],
        ["casual", "yesno"],
    ),
    (
        "habis entri tervalidasi, sertifikatnya diapain?",
        [FAQ, PAN],
        ["sertifikat Anda sendiri di MyASN"],
        ["casual", "procedure"],
    ),
    (
        "siapa yg meriksa entri sy pertama kali?",
        [FAQ, AMD],
        ["DBU unit Anda"],
        ["casual", "who", "role"],
    ),
    (
        "PNS fungsional target 2026 brp, 2027 brp?",
        [FAQ, AMD],
        ["20 JP", "24 JP"],
        ["casual", "two-part", "changed"],
    ),
    # ------------------------------------------------------------ user guide
    (
        "syarat kata sandi bru SITUMBUH apa?",
        [PAN],
        ["paling sedikit 8 karakter dan memuat angka"],
        ["casual", "condition"],
    ),
    ("PPPK login SITUMBUH pake apa?", [PAN], ["nomor induk PPPK"], ["casual", "procedure"]),
    ("menu buat nyatat kegiatan namanya apa?", [PAN], ["Catat Belajar"], ["casual", "procedure"]),
    (
        "bedanya tombol kirim sama simpan draf apa?",
        [PAN],
        ["menyimpan entri tanpa mengirimnya"],
        ["casual", "comparison"],
    ),
    (
        "status terverifikasi artinya apa, terus nunggu apa lagi?",
        [PAN],
        ["DBU menyatakan bukti sesuai", "validasi Kasubbag Umpeg"],
        ["casual", "two-part", "definition"],
    ),
    (
        "lupa password SITUMBUH gmn? link resetnya berlaku brp lama?",
        [PAN],
        ["Lupa kata sandi", "berlaku 30 menit"],
        ["casual", "two-part", "procedure", "duration"],
    ),
    (
        "upload bukti gagal terus, kenapa ya?",
        [PAN],
        ["Berkas lebih dari 5 MB"],
        ["casual", "condition"],
    ),
    ("RBI diunggah lewat menu apa?", [PAN], ["Rencana Belajar"], ["casual", "procedure"]),
    (
        "DBU verifikasi entri lewat menu apa?",
        [PAN],
        ["Antrian Verifikasi"],
        ["casual", "procedure", "role"],
    ),
    (
        "kepala unit bisa unduh rekap unit format apa?",
        [PAN, RIL],
        ["format Excel"],
        ["casual", "procedure"],
    ),
    # ------------------------------------------------------------ release notes
    (
        "SITUMBUH versi 1.0.1 rilis kapan & benerin apa?",
        [RIL],
        ["10 Agustus 2026", "webinar masih dihitung 2 JP"],
        ["casual", "two-part", "date"],
    ),
    (
        "notifikasi WA SITUMBUH ada mulai versi brp, tgl brp?",
        [RIL],
        ["1.2.0", "19 Oktober 2026"],
        ["casual", "two-part", "date"],
    ),
    (
        "Apa saja rencana fitur SITUMBUH versi 1.3.0?",
        [RIL],
        ["Templat RBI 2027", "Pengingat otomatis", "Tanda tangan elektronik"],
        ["formal", "list"],
    ),
    ("tampilan hp & unggah dr kamera ada di versi brp?", [RIL], ["1.1.0"], ["casual", "number"]),
    (
        "entri webinar sejak kapan yg dihitung ulang?",
        [RIL],
        ["sejak 1 Juli 2026"],
        ["casual", "date"],
    ),
    (
        "daftar hadir rabu belajar bisa diisi di aplikasi sejak kapan?",
        [RIL],
        ["7 September 2026"],
        ["casual", "date"],
    ),
    ("versi 1.3.0 dijadwalkan kapan?", [RIL], ["Januari 2027"], ["casual", "date"]),
    (
        "uji coba terbatas SITUMBUH versi 0.9.0 oleh siapa?",
        [RIL],
        ["25 pegawai Sekretariat"],
        ["casual", "who"],
    ),
    # ------------------------------------------------------------ e-learning catalogue
    (
        "e-learning dasar-dasar perkoperasian utk ASN brp JP & penyelenggaranya?",
        [EL],
        ["12 JP", "LMS Dinas Koperasi Provinsi"],
        ["casual", "two-part"],
    ),
    (
        "e-learning antikorupsi gratifikasi dr siapa?",
        [EL],
        ["Inspektorat Kabupaten"],
        ["casual", "who"],
    ),
    ("e-learning mandiri 2027 byr gak?", [EL], ["Tanpa biaya"], ["casual", "amount", "yesno"]),
    (
        "modul mandiri penilaian kesehatan koperasi ditujukan utk siapa?",
        [EL],
        ["Pengawas Koperasi yang sudah mengikuti bimtek"],
        ["casual", "who", "lookalike"],
    ),
    ("e-learning apa aja yg dari LMS nasional?", [EL], ["EL27-01", "EL27-06"], ["casual", "list"]),
    ("e-learning pengantar analisis kebijakan brp JP?", [EL], ["15 JP"], ["casual", "number"]),
    (
        "e-learning 2027 bisa diikuti sampai kapan?",
        [EL],
        ["30 November 2027"],
        ["casual", "deadline"],
    ),
    ("kode e-learning keamanan siber dasar apa?", [EL], ["EL27-08"], ["casual", "table"]),
    # ------------------------------------------------------------ WhatsApp
    (
        "sosialisasi perkadis 2/2026 tgl 28 juli jadinya jam brp?",
        [WA, NOT],
        ["13.30 WIB"],
        ["casual", "time", "correction"],
    ),
    (
        "pelatihan verifikator DBU jadinya kapan dan dmn?",
        [WA, NOT],
        ["Kamis 30 Juli", "Lab Komputer PLUT"],
        ["casual", "two-part", "correction", "where"],
    ),
    (
        "no helpdesk SITUMBUH 0812-5630-4471 kan?",
        [WA, SE2, BER, PAN],
        ["0812-5630-4417"],
        ["casual", "correction"],
    ),
    (
        "input SIKAP-JP tutup jam 17.00 kan?",
        [WA, SE2],
        ["16.00 WIB"],
        ["casual", "time", "correction"],
    ),
    (
        "diklat penilaian kesehatan KSP/USP dr kementerian masuk SEMAI gak?",
        [WA, KAK, MAIL],
        ["pengurus dan pengelola koperasi"],
        ["casual", "yesno", "lookalike"],
    ),
    (
        "webinar tgl 3 agustus kok kehitung 2 JP di SITUMBUH?",
        [WA, RIL],
        ["3 JP"],
        ["casual", "correction"],
    ),
    (
        "rabu belajar 5 agustus jadinya di mana?",
        [WA, RABU_H],
        ["Aula UPTD PLUT Lantai 2"],
        ["casual", "where"],
    ),
    ("ukuran file bukti di SITUMBUH maks 2 MB kan?", [WA, SE2], ["5 MB"], ["casual", "correction"]),
    (
        "batas unggah bukti masih 14 hari?",
        [WA, AMD, FAQ],
        ["10 hari kerja"],
        ["casual", "correction", "changed"],
    ),
    (
        "knp sosialisasi perkadis dipindah ke siang?",
        [WA],
        ["Kadis rapat dgn Bupati"],
        ["casual", "correction"],
    ),
    # ------------------------------------------------------------ e-mail thread
    (
        "bimtek PKK angkatan II jadinya di mana?",
        [MAIL, KAK],
        ["Gedung UPT Pelatihan Wilayah Pesisir"],
        ["casual", "where", "correction"],
    ),
    (
        "registrasi ulang bimtek angkatan II kapan jam brp?",
        [MAIL],
        ["Selasa, 20 Oktober 2026", "07.30-08.00 WIB"],
        ["casual", "two-part", "date", "time"],
    ),
    (
        "peserta bimtek angkatan 2 disuruh bawa apa?",
        [MAIL],
        ["laptop dan kalkulator"],
        ["casual", "list"],
    ),
    (
        "Pakaian apa yang dikenakan peserta Bimtek Angkatan II?",
        [MAIL],
        ["Pakaian dinas harian", "pakaian lapangan pada hari III"],
        ["formal", "two-part", "roman"],
    ),
    (
        "peserta angkatan II dr kita kena biaya kontribusi gak? dapat penginapan?",
        [MAIL],
        ["tidak dikenai biaya kontribusi", "tidak disediakan penginapan"],
        ["casual", "two-part", "yesno"],
    ),
    (
        "siapa aja peserta bimtek PKK angkatan II dr dinas?",
        [MAIL],
        [
            "Stevanus Ading",
            "Yusuf Effendi",
            "Theresia Imang",
            "Bonifasius Lahang",
            "Nur Aisyah Putri",
        ],
        ["casual", "list", "who"],
    ),
    (
        "konfirmasi peserta angkatan II plg lambat kapan?",
        [MAIL],
        ["Jumat, 9 Oktober 2026"],
        ["casual", "deadline"],
    ),
    (
        "alamat gedung UPT pelatihan wilayah pesisir dmn?",
        [MAIL],
        ["Jl. Pelabuhan Lama No. 8"],
        ["casual", "where"],
    ),
]

OUT_OF_SCOPE_NEAR = [
    "brp besaran TPP staf diskop ukm per bulan?",
    "uang lembur PNS golongan III per jam brp ya?",
    "batas usia pensiun pengawas koperasi ahli muda brp thn?",
    "cara ngajuin cuti tahunan lewat SITUMBUH gmn?",
    "diklat penilaian kesehatan KSP/USP dr kementerian jadwalnya kapan & biayanya brp?",
    "syarat pelaku usaha ikut program UMKM Naik Kelas dr kementerian apa aja?",
    "PKL (pedagang kaki lima) yg mau pindah lapak ke sentra kuliner ngurus izinnya ke mana?",
    "retribusi lapak PKL di Sentra Kuliner Tepian Mendawai brp per bulan?",
    "gmn cara mendirikan koperasi baru, akta pendiriannya ngurus ke siapa?",
    "RAT koperasi paling lambat harus digelar bulan apa?",
    "bunga KUR utk usaha mikro thn ini brp persen?",
    "cara daftar NIB lewat OSS utk pelaku UMKM gmn?",
    "cara lapor gratifikasi ke KPK (Komisi Pemberantasan Korupsi) gmn?",
    "kenaikan pangkat reguler PNS bisa diajukan bulan apa aja?",
    "tunjangan jabatan fungsional pengawas koperasi ahli muda brp?",
    "cara ngisi SKP di e-Kinerja BKN gmn langkahnya?",
    "syarat mutasi pindah ke dinas lain apa aja?",
    "agenda latsar CPNS apa aja?",
    "uang harian perjalanan dinas ke ibu kota provinsi brp?",
    "biaya kontribusi PKN Tingkat II di BPSDM brp?",
    "jadwal pelatihan pemasaran digital bagi pelaku UMKM di PLUT triwulan I 2027 kapan?",
    "bantuan modal usaha utk UMKM dr dinas syaratnya apa?",
    "cara daftar sertifikasi halal gratis utk UMKM gmn?",
    "cuti melahirkan PNS brp bulan?",
]
OUT_OF_SCOPE_FAR = [
    "resep soto banjar yg enak gmn?",
    "jadwal kapal ferry ke pontianak besok jam brp?",
    "cara ganti oli motor matic sendiri",
    "prediksi skor bola nanti malam brp?",
    "harga emas antam hari ini brp per gram?",
    "rekomendasi hp 2 jutaan yg kameranya bagus",
    "cara bikin paspor baru gmn?",
    "kurs dollar hari ini brp?",
    "cuaca di kuala mendawai besok hujan gak?",
    "obat sakit gigi yg ampuh apa?",
    "cara daftar BPJS Kesehatan mandiri",
    "tips menanam cabai di polybag",
    "rumus luas lingkaran apa?",
    "siapa presiden pertama Indonesia?",
    "bahasa jepangnya selamat pagi apa?",
    "cara reset router wifi di rumah",
]

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
    "old",
    "inserted",
    "revoked",
    "correction",
    "comparison",
    "yesno",
    "letter",
    "roman",
    "words",
    "lookalike",
}

N_NEAR = len(OUT_OF_SCOPE_NEAR)
N_FAR = len(OUT_OF_SCOPE_FAR)
NEAR_END = 900 + N_NEAR
FAR_END = NEAR_END + N_FAR


def questions():
    qs = []
    for i, (q, exp, facts, tags) in enumerate(ANSWERABLE, 1):
        qs.append({"id": f"zg{i:03d}", "q": q, "expected": exp, "facts": facts, "tags": tags})
    for i, q in enumerate(OUT_OF_SCOPE_NEAR, 901):
        qs.append(
            {"id": f"zg{i}", "q": q, "expected": [], "facts": [], "tags": ["casual", "oos", "near"]}
        )
    for i, q in enumerate(OUT_OF_SCOPE_FAR, NEAR_END + 1):
        qs.append(
            {"id": f"zg{i}", "q": q, "expected": [], "facts": [], "tags": ["casual", "oos", "far"]}
        )
    return qs


def _flow(items):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in items) + "]"


def write_questions():
    n = len(ANSWERABLE)
    head = [
        f"# Agency ZG evaluation questions ({SINGKAT} {KAB}, programme {PROGRAM}, system "
        f"{SISTEM}). Documents: benchmarks/eval/agency_zg/ (written by {GEN}). Check: python "
        f"{GEN} --check",
        f"# zg001-zg{n:03d} answerable, zg901-zg{FAR_END} out of scope (zg901-zg{NEAR_END} near, "
        f"zg{NEAR_END + 1}-zg{FAR_END} far).",
        "# expected: document ids (file stems); the first one holds every fact. [] when out of "
        "scope.",
        "# facts: short strings found verbatim in the first expected document as Pandu's ingest "
        "reads it. [] when out of scope.",
        "# tags: [casual|formal, kinds...]; out of scope: [casual|formal, oos, near|far]. two-part "
        "questions have exactly two facts.",
        "# The base rule (perkadis-3-2024-program-semai) is AMENDED, not revoked, by "
        "perkadis-2-2026-perubahan-semai (in force 1 July 2026;",
        "# new JP targets from 2027). Articles it does not change stay in force. The handbook "
        "(pedoman-semai-2025) follows the base rule.",
        "# Questions that ask plainly or 'skrg' about a changed value expect the new value; "
        "questions naming the old rule, the handbook or 'dulu' expect the old one.",
        "# The circular se-019-2025-pencatatan-jp-sikap-jp is wholly replaced by "
        "se-146-2026-pencatatan-jp-situmbuh.",
        "# Trap documents (data-pkl-binaan-2025: PKL = pedagang kaki lima; "
        "pelatihan-pelaku-umkm-plut-triwulan-iv-2026: trainings for the public)",
        "# are never a first expected document.",
        f"# {FIKTIF}",
    ]
    lines = list(head)
    for q in questions():
        lines.append(f"- id: {q['id']}")
        lines.append(f"  q: {json.dumps(q['q'], ensure_ascii=False)}")
        lines.append(f"  expected: {_flow(q['expected'])}")
        lines.append(f"  facts: {_flow(q['facts'])}")
        lines.append(f"  tags: {_flow(q['tags'])}")
    with open(QUESTIONS, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.relpath(QUESTIONS, HERE)} ({len(questions())} questions)")


# ============================================================================ check
STOP = {
    "apa",
    "apakah",
    "berapa",
    "brp",
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
    "saya",
    "kita",
    "sih",
    "dong",
    "tahun",
    "thn",
    "dinas",
    "sudah",
    "udh",
    "juga",
    "harus",
    "kalau",
    "kalo",
    "cara",
    "lewat",
    "aja",
    "saja",
}


def _header_counts():
    with open(QUESTIONS, encoding="utf-8") as f:
        head = "".join(ln for ln in f if ln.startswith("#"))
    m = re.search(
        r"zg001-zg(\d{3}) answerable, zg901-zg(\d{3}) out of scope "
        r"\(zg901-zg(\d{3}) near, zg(\d{3})-zg(\d{3}) far\)",
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


def check():
    import yaml

    with open(QUESTIONS, encoding="utf-8") as f:
        qs = yaml.safe_load(f)
    errors = []
    if qs != questions():
        errors.append("questions file differs from the generator: run without --check first")
    ids = [q.get("id") for q in qs]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        errors.append(f"duplicate question ids: {dup}")
    loader, splitter = _ingest()
    mode = "Pandu's ingest loaders" if loader else "plain text layer (ingest not importable)"
    texts, chunks = {}, {}
    for stem in DOCS:
        if not os.path.exists(path_of(stem)):
            errors.append(f"missing document {stem}")
            continue
        if norm(FIKTIF) not in norm(_plain_text(stem)):
            errors.append(f"{stem}: fiction notice missing")
        try:
            texts[stem] = norm(doc_text(stem, loader))
        except Exception as exc:  # a document the ingest cannot read
            errors.append(f"{stem}: not readable ({exc.__class__.__name__}: {exc})")
            continue
        if loader and splitter:
            chunks[stem] = [norm(c) for c in doc_chunks(stem, loader, splitter)]
    from pypdf import PdfReader

    pages = len(PdfReader(path_of(PED)).pages)
    if pages < 18:
        errors.append(f"handbook has {pages} pages (need >= 18)")
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
        if not exp or "oos" in tags:
            if exp or facts or "oos" not in tags:
                errors.append(f"{q['id']}: out-of-scope question needs [] expected, [] facts, oos")
            num = int(q["id"][2:]) if re.fullmatch(r"zg9\d\d", q["id"]) else 0
            if not 901 <= num <= 940:
                errors.append(f"{q['id']}: out-of-scope ids are zg901..zg940")
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
        if not re.fullmatch(r"zg[0-8]\d\d", q["id"]):
            errors.append(f"{q['id']}: answerable ids are zg001..zg899")
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
        if first in TRAPS:
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
            elif first in chunks and not any(nf in c for c in chunks[first]):
                errors.append(f"{q['id']}: fact {fact!r} split across chunks of {first}")
            if nf in ql:
                errors.append(f"{q['id']}: fact {fact!r} appears verbatim in the question")
    if ans_ids != list(range(1, len(ans_ids) + 1)):
        errors.append("answerable ids must run zg001, zg002, ... without gaps, in order")
    for stem, n in per_first.items():
        if stem not in TRAPS and n < 5:
            errors.append(f"document {stem} is first expected of only {n} questions (need >= 5)")
    if n_ans < 220:
        errors.append(f"only {n_ans} answerable questions (need >= 220)")
    if (n_near, n_far) != (24, 16):
        errors.append(f"out of scope must be 24 near + 16 far, got {n_near} + {n_far}")
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
    print(f"documents read with {mode}" + ("; facts also checked per chunk" if chunks else ""))
    print(
        f"documents: {len(DOCS)} in {len(exts)} formats (handbook {pages} pages); questions: "
        f"{len(qs)} (answerable {n_ans}, two-part {n_two}, out of scope {n_near} near + {n_far} far)"
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
        load, _ = _ingest()
        names = [a for a in argv if not a.startswith("--")]
        for stem in DOCS:
            if names and stem not in names:
                continue
            print(f"===== {stem}.{DOCS[stem][0]} =====")
            print(doc_text(stem, load))
        return 0
    write_documents()
    write_questions()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
