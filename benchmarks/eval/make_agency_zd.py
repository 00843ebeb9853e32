#!/usr/bin/env python3
"""Generate the documents of the fictional "agency ZD" evaluation set.

Agency ZD: Dinas Kelautan dan Perikanan (DKP) Kabupaten Batu Lontar (fictional regency in the
fictional Provinsi Sumatera Tenggara, WIB). Its ASN competency development programme is
"JANGKAR" (Jalur Pengembangan Kompetensi Aparatur), recorded in the information system
"SI-SAMPAN" (Sistem Informasi Sarana Monitoring Pengembangan Aparatur), which replaced the old
spreadsheet "e-KENDALI" on 7 January 2030. 146 employees (101 PNS, 45 PPPK) in the
Sekretariat, four bidang and three UPTD (two with similar names: UPTD BBI Sungai Lebar and
UPTD BBI Sungai Lebak).

Rules: Perkadis Nomor 2 Tahun 2029 (in force 1 July 2029) is AMENDED by Perkadis Nomor 1 Tahun
2030 (in force 1 May 2030: Pasal 4(2), 6(3), 9(1), 13(2) changed, Pasal 9A inserted; the rest
stands). The handbook (Februari 2030) follows the unamended rule. Surat Edaran 800/217/DKP/2027
on study permits is wholly REPLACED by Surat Edaran 800.1.5/088/DKP/2030.

Ambiguous acronym "PLP": Pembelajaran Lapangan Pesisir (a field-learning activity worth JP:
regulations, handbook, SOP, FAQ, slides, bulletin) and Petugas Layanan Pengembangan (the unit
liaison who checks JP entries: directory, SI-SAMPAN guide, WhatsApp group).

Usage:
  python make_agency_zd.py                     # write the documents
  python make_agency_zd.py --text [stem ...]   # print the extracted text of each document
  python make_agency_zd.py --check             # check questions_agency_zd.yaml against documents

Dokumen fiktif, untuk evaluasi.
"""

import csv
import datetime
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "agency_zd")
QUESTIONS = os.path.join(HERE, "questions_agency_zd.yaml")
FIXED_DATE = datetime.datetime(2030, 6, 28, 8, 0, tzinfo=datetime.UTC)
ZIP_DATE = (2030, 6, 28, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."
GEN = "make_agency_zd.py"

DINAS = "Dinas Kelautan dan Perikanan"
SINGKAT = "DKP"
KAB = "Kabupaten Batu Lontar"
KAB_UP = "KABUPATEN BATU LONTAR"
KOTA = "Tanjung Rawai"
PROV = "Provinsi Sumatera Tenggara"
PROGRAM = "JANGKAR"
PROGRAM_LONG = "Jalur Pengembangan Kompetensi Aparatur"
SISTEM = "SI-SAMPAN"
SISTEM_LONG = "Sistem Informasi Sarana Monitoring Pengembangan Aparatur"
OLD_APP = "e-KENDALI"
ALAMAT = "Jl. Dermaga Lama No. 17, Tanjung Rawai 37615"
TELP = "(0746) 21447"
DOMAIN = "dkp.batulontarkab.go.id"
EMAIL = f"jangkar@{DOMAIN}"
EMAIL_HELP = f"helpdesk.sampan@{DOMAIN}"
URL_SAMPAN = f"https://sampan.{DOMAIN}"
WA_HELP = "0812-7345-2210"

KADIS = "Ir. Syamsul Bahri Nasution, M.Si."
KADIS_NIP = "19690314 199503 1 0**"
SEKRETARIS = "Rosmawati Siregar, S.Pi., M.M."
SEKRETARIS_NIP = "19760822 200212 2 0**"
KASUBBAG = "Dedi Kurniawan Harahap, S.Sos., M.AP."
ANALIS = "Fitri Handayani, S.Psi."
PRAKOM = "Bagus Wicaksono, S.Kom."
KABID_TANGKAP = "Marzuki Tanjung, S.Pi., M.Si."
KABID_BUDIDAYA = "Ir. Lestari Wulandari Pane"
KABID_P2HP = "Yusnidar Hasibuan, S.TP., M.Si."
KABID_PSDKP = "Roni Ardiansyah Lubis, S.H."
KA_PPP = "Amran Situmorang, A.Pi."
KA_LEBAR = "Sri Rahayu Ningsih, S.Pi."
KA_LEBAK = "Joko Prasetyo, S.Pt."
COACH_HOTMA = "Dr. Hotma Rumondang Sitorus, S.Pi., M.Si."

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

# units: name, short name, PNS, PPPK, head
UNITS = [
    ("Sekretariat", "Sekretariat", 21, 7, SEKRETARIS),
    ("Bidang Perikanan Tangkap", "Perikanan Tangkap", 14, 5, KABID_TANGKAP),
    ("Bidang Perikanan Budidaya", "Perikanan Budidaya", 17, 5, KABID_BUDIDAYA),
    ("Bidang Pengolahan dan Pemasaran Hasil Perikanan", "P2HP", 12, 4, KABID_P2HP),
    ("Bidang Pengawasan Sumber Daya Kelautan dan Perikanan", "PSDKP", 10, 4, KABID_PSDKP),
    ("UPTD Pelabuhan Perikanan Pantai Tanjung Rawai", "UPTD PPP Tanjung Rawai", 13, 12, KA_PPP),
    ("UPTD Balai Benih Ikan Sungai Lebar", "UPTD BBI Sungai Lebar", 8, 4, KA_LEBAR),
    ("UPTD Balai Benih Ikan Sungai Lebak", "UPTD BBI Sungai Lebak", 6, 4, KA_LEBAK),
]


# ============================================================================ small helpers
def d(s):
    return datetime.date.fromisoformat(s)


def tgl(s):
    x = d(s) if isinstance(s, str) else s
    return f"{x.day} {BULAN[x.month - 1]} {x.year}"


def hari(s):
    x = d(s) if isinstance(s, str) else s
    return f"{HARI[x.weekday()]}, {tgl(x)}"


def ddmmyyyy(s):
    x = d(s) if isinstance(s, str) else s
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def ribuan(n):
    return f"{n:,}".replace(",", ".")


def rp(n):
    return "Rp" + ribuan(n)


def koma(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


def pct(a, b, nd=1):
    return koma(round(100.0 * a / b + 1e-9, nd), nd)


# ============================================================================ PDF machinery
def _new_pdf(title, running="", orientation="P", first_footer=True):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if self.page_no() == 1 or not self.running:
                return
            self.set_font("S", "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, self.running, align="L")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)

        def footer(self):
            if self.page_no() == 1 and not self.first_footer:
                return
            self.set_y(-13)
            self.set_font("S", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, FIKTIF, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Halaman {self.page_no()} dari {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4", orientation=orientation)
    pdf.running = running
    pdf.first_footer = first_footer
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
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
    pdf.alias_nb_pages()
    return pdf


class Flow:
    """Block writer on an fpdf2 document: headings, paragraphs, lists, ruled tables."""

    def __init__(self, pdf, fam="S", size=10.5, lh=5.4):
        self.pdf = pdf
        self.fam = fam
        self.size = size
        self.lh = lh
        self.toc = []

    @property
    def width(self):
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def _lines(self, w, h, text):
        pdf = self.pdf
        auto, margin = pdf.auto_page_break, pdf.b_margin
        pdf.set_auto_page_break(False, margin)
        n = len(pdf.multi_cell(w, h, text, dry_run=True, output="LINES"))
        pdf.set_auto_page_break(auto, margin)
        return max(n, 1)

    def need(self, h):
        if self.pdf.get_y() + h > self.pdf.page_break_trigger:
            self.pdf.add_page()

    def gap(self, h=2.5):
        self.pdf.ln(h)

    def h1(self, text, newpage=True, toc=True):
        if newpage:
            self.pdf.add_page()
        else:
            self.need(30)
        if toc:
            self.toc.append((0, text, self.pdf.page_no()))
        self.pdf.set_font(self.fam, "B", 13)
        self.pdf.multi_cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.gap(4)

    def h2(self, text, toc=True):
        self.need(22)
        self.gap(1.5)
        if toc:
            self.toc.append((1, text, self.pdf.page_no()))
        self.pdf.set_font(self.fam, "B", 11)
        self.pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.gap(1.5)

    def h3(self, text):
        self.need(16)
        self.pdf.set_font(self.fam, "B", self.size)
        self.pdf.multi_cell(0, self.lh + 0.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.gap(0.8)

    def center(self, text, size=11, style="B", h=6):
        self.pdf.set_font(self.fam, style, size)
        self.pdf.multi_cell(0, h, text, align="C", new_x="LMARGIN", new_y="NEXT")

    def p(self, text, indent=0, align="J", style="", size=None):
        pdf = self.pdf
        pdf.set_font(self.fam, style, size or self.size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            self.width - indent, self.lh, text, align=align, new_x="LMARGIN", new_y="NEXT"
        )
        self.gap(1.6)

    def items(self, items, kind="ol", indent=4, start=1, size=None):
        pdf = self.pdf
        size = size or self.size
        for i, item in enumerate(items):
            mark = f"{start + i}." if kind == "ol" else ("-" if kind == "dash" else "\u2022")
            if kind == "alpha":
                mark = f"{'abcdefghijklmnop'[start - 1 + i]}."
            pdf.set_font(self.fam, "", size)
            w = self.width - indent - 7
            self.need(self._lines(w, self.lh, item) * self.lh)
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(7, self.lh, mark)
            pdf.multi_cell(w, self.lh, item, align="J", new_x="LMARGIN", new_y="NEXT")
            self.gap(0.8)
        self.gap(1.0)

    def kv(self, pairs, label_w=45, size=None, indent=0):
        pdf = self.pdf
        pdf.set_font(self.fam, "", size or self.size)
        for k, v in pairs:
            w = self.width - indent - label_w - 4
            self.need(self._lines(w, self.lh, v) * self.lh)
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(label_w, self.lh, k)
            pdf.cell(4, self.lh, ":")
            pdf.multi_cell(w, self.lh, v, align="L", new_x="LMARGIN", new_y="NEXT")
        self.gap(1.5)

    def _row_h(self, row, widths, size, lh, style=""):
        self.pdf.set_font(self.fam, style, size)
        return (
            max(self._lines(w - 2, lh, str(c)) for c, w in zip(row, widths, strict=True)) * lh + 2
        )

    def _row(self, row, widths, size, lh, style="", fill=None, aligns=None):
        pdf = self.pdf
        h = self._row_h(row, widths, size, lh, style)
        x0, y0 = pdf.l_margin, pdf.get_y()
        pdf.set_font(self.fam, style, size)
        x = x0
        for j, (c, w) in enumerate(zip(row, widths, strict=True)):
            if fill:
                pdf.set_fill_color(*fill)
                pdf.rect(x, y0, w, h, style="DF")
            else:
                pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 1)
            al = aligns[j] if aligns else "L"
            pdf.multi_cell(w - 2, lh, str(c), align=al, new_x="RIGHT", new_y="TOP")
            x += w
        pdf.set_xy(x0, y0 + h)

    def table(
        self,
        header,
        rows,
        widths,
        size=8.8,
        lh=4.4,
        repeat=True,
        aligns=None,
        caption=None,
        cont=None,
    ):
        pdf = self.pdf
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        if caption:
            self.need(30)
            self.p(caption, style="B", size=size + 0.7, align="L")
        auto = pdf.auto_page_break
        pdf.set_auto_page_break(False, 20)
        hh = self._row_h(header, widths, size, lh, "B")
        if pdf.get_y() + hh + 12 > pdf.page_break_trigger:
            pdf.add_page()
        self._row(header, widths, size, lh, "B", fill=(218, 228, 240), aligns=None)
        for row in rows:
            h = self._row_h(row, widths, size, lh)
            if pdf.get_y() + h > pdf.page_break_trigger:
                pdf.add_page()
                if cont:
                    pdf.set_font(self.fam, "I", size)
                    pdf.cell(0, 5, cont, new_x="LMARGIN", new_y="NEXT")
                if repeat:
                    self._row(header, widths, size, lh, "B", fill=(218, 228, 240))
            self._row(row, widths, size, lh, aligns=aligns)
        pdf.set_auto_page_break(auto, 20)
        self.gap(3)

    def sign(self, lines, x_off=95):
        pdf = self.pdf
        self.need(len(lines) * self.lh + 20)
        pdf.set_font(self.fam, "", self.size)
        for i, line in enumerate(lines):
            if line == "":
                pdf.ln(16)
                continue
            pdf.set_x(pdf.l_margin + x_off)
            bold = "B" if i == len(lines) - 2 else ""
            pdf.set_font(self.fam, bold, self.size)
            pdf.multi_cell(
                self.width - x_off, self.lh, line, align="L", new_x="LMARGIN", new_y="NEXT"
            )
        self.gap(2)


def _kop(pdf, fam="S"):
    """Letterhead of the agency."""
    pdf.set_font(fam, "B", 12)
    pdf.multi_cell(0, 6, f"PEMERINTAH {KAB_UP}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "B", 14)
    pdf.multi_cell(0, 7, DINAS.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 8.5)
    pdf.multi_cell(
        0,
        4.5,
        f"{ALAMAT} | Telepon {TELP} | Pos-el: dkp@batulontarkab.go.id",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = pdf.get_y() + 1.5
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, y + 1.2, pdf.w - pdf.r_margin, y + 1.2)
    pdf.set_y(y + 5)


# ============================================================================ shared data
# Katalog JANGKAR 2030 as planned in the handbook (February 2030)
KATALOG = [
    (
        "JK-01",
        "Orientasi JANGKAR dan SI-SAMPAN bagi Pegawai Baru",
        "Teknis",
        8,
        "Januari",
        "Subbagian Umum dan Kepegawaian",
        "30 orang",
    ),
    (
        "JK-02",
        "Coaching Clinic bagi Atasan Langsung",
        "Manajerial",
        12,
        "Februari s.d. Maret",
        "Internal (coach Dinas)",
        "25 orang",
    ),
    (
        "JK-03",
        "Pelatihan Teknis Penanganan Ikan Segar Higienis (2 angkatan)",
        "Teknis",
        24,
        "Juni dan Agustus",
        "DKP bersama Loka Mutu Hasil Perikanan Tanjung Rawai",
        "25 orang per angkatan",
    ),
    (
        "JK-04",
        "Pendataan Hasil Tangkapan dan Logbook Penangkapan Ikan",
        "Teknis",
        16,
        "Maret",
        "Bidang Perikanan Tangkap",
        "20 orang",
    ),
    (
        "JK-05",
        "Budidaya Udang Vaname Sistem Bioflok",
        "Teknis",
        40,
        "Juli",
        "Balai Pelatihan Perikanan Pesisir (BP3) Sumatera Tenggara",
        "4 orang",
    ),
    (
        "JK-06",
        "Manajemen Kesehatan Ikan dan Lingkungan Budidaya",
        "Teknis",
        24,
        "April",
        "Bidang Perikanan Budidaya",
        "15 orang",
    ),
    (
        "JK-07",
        "Kewirausahaan Pengolahan Hasil Perikanan",
        "Teknis",
        24,
        "Mei",
        "Bidang P2HP",
        "20 orang",
    ),
    (
        "JK-08",
        "Integritas dan Antikorupsi dalam Pelayanan",
        "Manajerial",
        8,
        "Mei",
        "Inspektorat Kabupaten Batu Lontar",
        "40 orang",
    ),
    (
        "JK-09",
        "Penyuluhan Partisipatif bagi Penyuluh Perikanan",
        "Teknis",
        32,
        "Agustus",
        "BP3 Sumatera Tenggara",
        "30 orang",
    ),
    (
        "JK-10",
        "Penguatan Budaya Kerja BerAKHLAK",
        "Sosial kultural",
        8,
        "Maret",
        "Internal",
        "50 orang",
    ),
    (
        "JK-11",
        "Pengelolaan Arsip Dinamis",
        "Teknis",
        16,
        "Juni",
        "Dinas Perpustakaan dan Kearsipan",
        "10 orang",
    ),
    (
        "JK-12",
        "Pengawasan Sumber Daya Ikan Tingkat Dasar",
        "Teknis",
        32,
        "September",
        "Bidang PSDKP",
        "20 orang",
    ),
    (
        "JK-13",
        "Komunikasi Publik dan Pengelolaan Media Sosial Dinas",
        "Manajerial",
        12,
        "Juli",
        "Diskominfo Kabupaten Batu Lontar",
        "15 orang",
    ),
    (
        "JK-14",
        "Literasi Data dan Dasbor Produksi Perikanan",
        "Teknis",
        16,
        "September",
        "Internal (Pranata Komputer)",
        "40 orang",
    ),
    (
        "JK-15",
        "Mediasi dan Penanganan Konflik Nelayan",
        "Sosial kultural",
        16,
        "Juni",
        "Bidang Perikanan Tangkap",
        "20 orang",
    ),
    (
        "JK-16",
        "Keselamatan Kerja di Pelabuhan dan di Atas Kapal",
        "Teknis",
        16,
        "April",
        "UPTD PPP Tanjung Rawai",
        "25 orang",
    ),
    (
        "JK-17",
        "Pengadaan Barang/Jasa Pemerintah Tingkat Dasar",
        "Teknis",
        24,
        "Oktober",
        "UKPBJ Kabupaten Batu Lontar",
        "3 orang",
    ),
    (
        "JK-18",
        "Pelayanan Prima di Pelabuhan Perikanan",
        "Manajerial",
        8,
        "Oktober",
        "UPTD PPP Tanjung Rawai",
        "35 orang",
    ),
    (
        "JK-19",
        "Bahasa Inggris untuk Ekspor Hasil Perikanan",
        "Teknis",
        24,
        "Juli s.d. September (daring)",
        "Bidang P2HP",
        "15 orang",
    ),
    (
        "JK-20",
        "Pengelolaan Keuangan dan SPJ bagi Bendahara",
        "Teknis",
        24,
        "Oktober",
        "BPKAD Kabupaten Batu Lontar",
        "15 orang",
    ),
    (
        "JK-21",
        "Mentoring Karier Pegawai PPPK",
        "Manajerial",
        8,
        "Mei s.d. Juni",
        "Internal (mentor Dinas)",
        "45 orang",
    ),
    (
        "JK-22",
        "Penulisan Naskah Kebijakan (Policy Brief)",
        "Manajerial",
        30,
        "November",
        "BPSDM Provinsi Sumatera Tenggara",
        "20 orang",
    ),
    (
        "JK-23",
        "Penyusunan SKP dan Dialog Kinerja",
        "Manajerial",
        8,
        "Januari",
        "Subbagian Umum dan Kepegawaian",
        "60 orang",
    ),
    (
        "JK-24",
        "Pembenihan Ikan Nila Salin",
        "Teknis",
        24,
        "November",
        "UPTD BBI Sungai Lebar",
        "15 orang",
    ),
]

CAPAIAN_2029 = {  # unit short name: (met target, average JP)
    "Sekretariat": (22, 27.4),
    "Perikanan Tangkap": (13, 22.1),
    "Perikanan Budidaya": (17, 31.6),
    "P2HP": (12, 26.8),
    "PSDKP": (9, 19.7),
    "UPTD PPP Tanjung Rawai": (15, 18.2),
    "UPTD BBI Sungai Lebar": (9, 24.5),
    "UPTD BBI Sungai Lebak": (7, 21.3),
}

CAPAIAN_S1_2030 = {  # unit short name: (average JP, employees with >= 50% of target)
    "Sekretariat": (14.6, 20),
    "Perikanan Tangkap": (9.8, 9),
    "Perikanan Budidaya": (16.2, 17),
    "P2HP": (11.5, 10),
    "PSDKP": (6.9, 5),
    "UPTD PPP Tanjung Rawai": (7.4, 9),
    "UPTD BBI Sungai Lebar": (12.8, 8),
    "UPTD BBI Sungai Lebak": (8.1, 4),
}


# ============================================================================ the handbook
def render_pedoman(path):
    toc = None
    for _ in range(2):
        pdf, flow = _pedoman(toc)
        toc = flow.toc
    pdf.output(path)
    return pdf.page_no()


def _pedoman(toc):
    pdf = _new_pdf(
        f"Pedoman Pelaksanaan {PROGRAM} Tahun 2030",
        running=f"Pedoman Pelaksanaan {PROGRAM} Tahun 2030 - {SINGKAT} {KAB}",
        first_footer=False,
    )
    f = Flow(pdf)
    # ---- cover
    pdf.add_page()
    pdf.ln(30)
    f.center(f"PEMERINTAH {KAB_UP}", 13)
    f.center(DINAS.upper(), 13)
    pdf.ln(25)
    f.center("PEDOMAN PELAKSANAAN", 20, h=10)
    f.center(f"{PROGRAM}", 30, h=14)
    f.center(f"({PROGRAM_LONG})", 13, "I")
    pdf.ln(6)
    f.center("TAHUN 2030", 16)
    pdf.ln(40)
    f.center("Edisi Februari 2030", 11, "")
    f.center("Disusun oleh Subbagian Umum dan Kepegawaian", 11, "")
    f.center(f"{KOTA}, {PROV}", 11, "")
    pdf.ln(30)
    f.center(FIKTIF, 8, "I")

    # ---- foreword
    f.h1("KATA PENGANTAR", toc=False)
    f.p(
        f"Pedoman ini disusun sebagai penjabaran Peraturan Kepala {DINAS} {KAB} Nomor 2 "
        f"Tahun 2029 tentang Pengembangan Kompetensi Aparatur melalui {PROGRAM_LONG} "
        f"({PROGRAM}). Sejak diberlakukan pada 1 Juli 2029, {PROGRAM} menjadi satu-satunya "
        "jalur pencatatan jam pelajaran (JP) pengembangan kompetensi bagi seluruh pegawai "
        "Dinas, baik Pegawai Negeri Sipil maupun Pegawai Pemerintah dengan Perjanjian Kerja."
    )
    f.p(
        f"Tahun 2030 merupakan tahun pertama {PROGRAM} dijalankan penuh selama dua belas bulan "
        f"dan tahun pertama pencatatan dilakukan melalui aplikasi {SISTEM}. Pedoman ini memuat "
        "target JP, bentuk kegiatan dan konversinya, katalog pelatihan tahun 2030, tata cara "
        "pendaftaran, pelaporan, verifikasi, pembiayaan, serta penghargaan. Setiap pegawai "
        "diharapkan membaca pedoman ini bersama atasan langsungnya pada awal tahun."
    )
    f.p(
        "Kami menyampaikan terima kasih kepada para kepala bidang, kepala UPTD, para coach "
        "dan mentor, serta seluruh pegawai yang telah memberi masukan dalam penyusunan pedoman "
        "ini. Pedoman akan ditinjau kembali apabila terdapat perubahan peraturan."
    )
    f.sign([f"{KOTA}, 10 Februari 2030", "Kepala Dinas,", "", KADIS, f"NIP {KADIS_NIP}"])

    # ---- table of contents
    f.h1("DAFTAR ISI", toc=False)
    pdf.set_font("S", "", 10)
    for level, text, page in toc or []:
        indent = 6 * level
        pdf.set_x(pdf.l_margin + indent)
        pdf.set_font("S", "B" if level == 0 else "", 10)
        text = text.replace("\n", " ")
        label = text if len(text) < 80 else text[:77] + "..."
        pdf.cell(f.width - indent - 12, 5.6, label)
        pdf.cell(12, 5.6, str(page), align="R", new_x="LMARGIN", new_y="NEXT")

    # ---- glossary
    f.h1("DAFTAR ISTILAH DAN SINGKATAN")
    gloss = [
        (
            "Atasan langsung",
            "pejabat yang membawahi pegawai secara langsung dan bertindak sebagai Mentor Belajar.",
        ),
        (
            "BerAKHLAK",
            "nilai dasar ASN: Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, "
            "Loyal, Adaptif, Kolaboratif.",
        ),
        (
            "BP3",
            "Balai Pelatihan Perikanan Pesisir Sumatera Tenggara, mitra penyelenggara "
            "pelatihan teknis.",
        ),
        (OLD_APP, "lembar kerja pencatatan JP yang digunakan sampai dengan 31 Desember 2029."),
        (PROGRAM, f"{PROGRAM_LONG}, program pengembangan kompetensi pegawai Dinas."),
        ("JP", "jam pelajaran; 1 JP setara dengan 45 menit."),
        (
            "Kelas Dermaga",
            "komunitas belajar internal Dinas yang bertemu setiap Rabu kedua dan Rabu keempat.",
        ),
        (
            "LPHB",
            "Laporan Penerapan Hasil Belajar, laporan yang disusun pegawai setelah "
            "mengikuti kegiatan pengembangan kompetensi.",
        ),
        (
            "Mentor Belajar",
            "atasan langsung yang menyetujui RPKI dan memberi umpan balik atas LPHB.",
        ),
        ("Pengelola JANGKAR", "Subbagian Umum dan Kepegawaian selaku pengelola program."),
        (
            "PLP",
            "Pembelajaran Lapangan Pesisir, kegiatan belajar nonklasikal di lokasi kerja "
            "lapangan bersama pelaku usaha perikanan.",
        ),
        ("RPKI", "Rencana Pengembangan Kompetensi Individu untuk satu tahun."),
        (SISTEM, f"{SISTEM_LONG}, aplikasi pencatatan {PROGRAM}."),
        ("Tim Verifikasi JP", "tim yang diketuai Sekretaris Dinas dan bertugas mengesahkan JP."),
        ("TPI", "Tempat Pelelangan Ikan."),
        ("UPTD", "Unit Pelaksana Teknis Daerah."),
    ]
    f.kv(gloss, label_w=38, size=9.8)

    # ---- BAB I
    f.h1("BAB I\nPENDAHULUAN")
    f.h2("1.1 Latar Belakang")
    f.p(
        "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara mewajibkan setiap "
        "pegawai ASN mengembangkan kompetensinya melalui pembelajaran secara terus-menerus. "
        "Peraturan Pemerintah Nomor 11 Tahun 2017 sebagaimana telah diubah dengan Peraturan "
        "Pemerintah Nomor 17 Tahun 2020 menetapkan hak pengembangan kompetensi PNS paling "
        "sedikit 20 JP dalam satu tahun."
    )
    f.p(
        f"Per 31 Desember 2029 {DINAS} {KAB} memiliki 146 pegawai, terdiri atas 101 PNS dan "
        "45 PPPK, yang tersebar di Sekretariat, empat bidang, dan tiga UPTD. Sebagian besar "
        "pegawai bekerja di lapangan: di pelabuhan perikanan, di balai benih, dan di wilayah "
        "pesisir. Karena itu model belajar yang dikembangkan tidak hanya berbentuk kelas, "
        "tetapi juga belajar di tempat kerja dan belajar bersama pelaku usaha perikanan."
    )
    f.p(
        f"Pada semester II tahun 2029, yaitu semester pertama {PROGRAM} berjalan, 104 dari 146 "
        "pegawai (71,2%) telah memenuhi target JP. Capaian terendah berada di UPTD Pelabuhan "
        "Perikanan Pantai Tanjung Rawai, yang sebagian pegawainya bekerja dalam pola sif. "
        "Rincian capaian per unit dimuat dalam rekapitulasi tahunan yang dikelola Subbagian "
        "Umum dan Kepegawaian."
    )
    f.h2("1.2 Maksud dan Tujuan")
    f.p(
        "Pedoman ini dimaksudkan sebagai acuan bagi pegawai, atasan langsung, kepala unit, dan "
        "pengelola program dalam melaksanakan JANGKAR. Tujuannya adalah:"
    )
    f.items(
        [
            "menyamakan pemahaman tentang target JP dan cara menghitungnya;",
            "memastikan setiap kegiatan belajar tercatat dan terverifikasi di SI-SAMPAN;",
            "mendorong penerapan hasil belajar dalam pekerjaan sehari-hari; dan",
            "menyediakan data yang andal bagi perencanaan kebutuhan pengembangan kompetensi.",
        ],
        kind="alpha",
    )
    f.h2("1.3 Ruang Lingkup")
    f.p(
        "Ruang lingkup pedoman meliputi: target dan perencanaan; bentuk kegiatan dan konversi "
        "JP; Pembelajaran Lapangan Pesisir; katalog pelatihan 2030; pendaftaran dan "
        "pelaksanaan; pelaporan; verifikasi dan pencatatan; pembiayaan; serta monitoring, "
        "evaluasi, dan penghargaan."
    )
    f.h2("1.4 Dasar Hukum")
    f.items(
        [
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
            "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
            "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
            "Kompetensi Pegawai Negeri Sipil;",
            "Peraturan Bupati Batu Lontar Nomor 31 Tahun 2028 tentang Pengembangan Kompetensi "
            "Aparatur Sipil Negara di Lingkungan Pemerintah Kabupaten Batu Lontar; dan",
            f"Peraturan Kepala {DINAS} Nomor 2 Tahun 2029 tentang Pengembangan Kompetensi Aparatur "
            f"melalui {PROGRAM_LONG} ({PROGRAM}).",
        ]
    )

    # ---- BAB II
    f.h1("BAB II\nPRINSIP, MODEL BELAJAR, DAN PERAN")
    f.h2("2.1 Prinsip")
    f.items(
        [
            "Terencana: setiap kegiatan bersumber dari RPKI yang disetujui Mentor Belajar.",
            "Relevan: kegiatan menjawab kesenjangan kompetensi atau kesenjangan kinerja.",
            "Tercatat: hanya kegiatan yang tercatat di SI-SAMPAN yang diakui sebagai JP.",
            "Diterapkan: setiap kegiatan ditutup dengan LPHB yang menunjukkan penerapan di tempat "
            "kerja.",
        ]
    )
    f.h2("2.2 Model 10:20:70")
    f.p(
        "JANGKAR mengikuti model 10:20:70: sekitar 10% pembelajaran diperoleh di kelas, 20% "
        "dari orang lain melalui coaching, mentoring, dan komunitas belajar, serta 70% dari "
        "pengalaman kerja. Kelas Dermaga dan Pembelajaran Lapangan Pesisir dirancang untuk "
        "mengisi porsi 20% dan 70% tersebut."
    )
    f.h2("2.3 Peran Para Pihak")
    f.table(
        ["Pihak", "Peran utama"],
        [
            [
                "Pegawai",
                "Menyusun RPKI, mendaftar kegiatan, mengikuti kegiatan, mengunggah "
                "bukti dan LPHB ke SI-SAMPAN.",
            ],
            [
                "Atasan langsung (Mentor Belajar)",
                "Menyetujui RPKI dan pendaftaran, memberi "
                "umpan balik atas LPHB, mendampingi penerapan.",
            ],
            [
                "Kepala unit",
                "Memantau capaian JP unit dan menunjuk operator unit yang "
                "memeriksa kelengkapan bukti.",
            ],
            [
                "Pengelola JANGKAR (Subbagian Umum dan Kepegawaian)",
                "Menyusun katalog, "
                "mengelola pendaftaran, mengelola SI-SAMPAN, menyusun rekap triwulanan.",
            ],
            [
                "Tim Verifikasi JP",
                "Memverifikasi dan mengesahkan JP; diketuai Sekretaris Dinas, "
                "beranggotakan Kepala Subbagian Umum dan Kepegawaian serta dua analis.",
            ],
            [
                "Coach dan mentor Dinas",
                "Memberikan sesi coaching/mentoring sesuai daftar coach "
                "dan mentor yang ditetapkan setiap tahun.",
            ],
        ],
        [45, 115],
    )

    # ---- BAB III
    f.h1("BAB III\nTARGET JP DAN RENCANA PENGEMBANGAN KOMPETENSI")
    f.h2("3.1 Target JP Tahunan")
    f.p(
        "Target JP tahunan ditetapkan dalam Pasal 4 Peraturan Kepala Dinas Nomor 2 Tahun 2029 "
        "sebagai berikut."
    )
    f.table(
        ["Kategori pegawai", "Target paling sedikit", "Keterangan"],
        [
            [
                "PNS",
                "20 JP per tahun",
                "Berlaku untuk seluruh PNS termasuk CPNS yang telah menyelesaikan Latsar.",
            ],
            ["PPPK", "12 JP per tahun", "Dihitung per tahun kontrak berjalan."],
            [
                "Penyuluh Perikanan (jabatan fungsional)",
                "30 JP per tahun",
                "Paling sedikit 10 JP berupa kompetensi teknis penyuluhan.",
            ],
            [
                "Pejabat administrator dan pengawas",
                "20 JP per tahun",
                "Ditambah paling sedikit satu pelatihan kompetensi manajerial setiap dua tahun.",
            ],
        ],
        [48, 38, 74],
    )
    f.p(
        "Bagi pegawai yang aktif kurang dari satu tahun (misalnya karena mulai bertugas di "
        "tengah tahun atau menjalani cuti di luar tanggungan negara), target dihitung secara "
        "proporsional terhadap jumlah bulan aktif dan dibulatkan ke atas."
    )
    f.h2("3.2 Rencana Pengembangan Kompetensi Individu (RPKI)")
    f.p(
        "Setiap pegawai menyusun RPKI di SI-SAMPAN paling lambat 31 Januari setiap tahun. "
        "Mentor Belajar memberikan persetujuan paling lambat 15 Februari. RPKI memuat "
        "kompetensi yang akan dikembangkan, bentuk kegiatan, perkiraan JP, waktu, dan "
        "keterkaitan dengan Sasaran Kinerja Pegawai (SKP)."
    )
    f.p(
        "RPKI dapat direvisi satu kali pada pertengahan tahun, paling lambat 31 Juli, apabila "
        "terjadi perubahan jabatan, mutasi, atau pembatalan kegiatan oleh penyelenggara."
    )
    f.h2("3.3 Analisis Kesenjangan")
    f.p(
        "Penyusunan RPKI didahului analisis kesenjangan kompetensi (membandingkan kompetensi "
        "pegawai dengan standar kompetensi jabatan) dan analisis kesenjangan kinerja "
        "(membandingkan capaian dengan target SKP). Hasil analisis dibahas dalam dialog "
        "kinerja awal tahun antara pegawai dan atasan langsung."
    )
    f.h2("3.4 Prioritas Kompetensi Tahun 2030")
    f.items(
        [
            "penanganan dan mutu hasil perikanan (rantai dingin, higiene, uji organoleptik);",
            "pengawasan sumber daya ikan dan penanganan pelanggaran;",
            "penyuluhan partisipatif dan penguatan kelembagaan nelayan serta pembudidaya;",
            "literasi data produksi perikanan; dan",
            "pelayanan publik di pelabuhan perikanan.",
        ]
    )

    # ---- BAB IV
    f.h1("BAB IV\nBENTUK KEGIATAN DAN KONVERSI JP")
    f.h2("4.1 Jalur Klasikal dan Nonklasikal")
    f.p(
        "Kegiatan JANGKAR terdiri atas jalur klasikal (pelatihan tatap muka, bimbingan teknis, "
        "seminar, lokakarya, kursus) dan jalur nonklasikal (coaching, mentoring, e-learning, "
        "Kelas Dermaga, Pembelajaran Lapangan Pesisir, magang, patok banding, dan belajar "
        "mandiri). Pelatihan klasikal dihitung sesuai JP yang tercantum pada sertifikat."
    )
    f.h2("4.2 Tabel Konversi JP Kegiatan Nonklasikal")
    f.table(
        ["Bentuk kegiatan", "Konversi", "Batas pengakuan"],
        [
            ["Coaching atau mentoring", "1 sesi = 2 JP", "paling banyak 2 sesi per bulan"],
            [
                "Pembelajaran Lapangan Pesisir (PLP)",
                "1 hari = 6 JP",
                "paling banyak 18 JP per tahun",
            ],
            ["Kelas Dermaga (peserta)", "1 pertemuan = 2 JP", "-"],
            ["Kelas Dermaga (narasumber)", "1 pertemuan = 3 JP", "-"],
            ["E-learning", "sesuai sertifikat", "paling banyak 3 JP per hari"],
            [
                "Seminar atau webinar",
                "setengah hari = 2 JP; sehari penuh = 4 JP",
                "wajib bukti kehadiran",
            ],
            ["Patok banding", "1 kali = 10 JP", "paling banyak 2 kali per tahun"],
            ["Magang atau detasering", "1 kali = 20 JP", "paling singkat 5 hari kerja"],
            ["Belajar mandiri", "1 hari = 2 JP", "paling banyak 8 JP per tahun"],
            ["Tugas belajar", "1 semester = 20 JP", "-"],
        ],
        [58, 52, 50],
    )
    f.p(
        "Jumlah JP dari kegiatan nonklasikal diakui paling banyak 75% dari target JP tahunan "
        "pegawai. Dengan demikian seorang PNS wajib memperoleh paling sedikit 5 JP dari jalur "
        "klasikal."
    )
    f.h2("4.3 Contoh Perhitungan")
    f.p(
        "Seorang pengawas perikanan mengikuti 3 sesi coaching pada bulan Maret, 2 hari PLP "
        "di TPI Tanjung Rawai, dan satu webinar sehari penuh. JP yang diakui: coaching 4 JP "
        "(hanya 2 sesi yang dihitung), PLP 12 JP, dan webinar 4 JP, sehingga jumlahnya 20 JP. "
        "Karena seluruhnya nonklasikal, yang diakui untuk target hanya 15 JP (75% dari 20 JP) "
        "sampai pegawai tersebut menambah kegiatan klasikal."
    )

    # ---- BAB V
    f.h1("BAB V\nPEMBELAJARAN LAPANGAN PESISIR (PLP)")
    f.h2("5.1 Pengertian")
    f.p(
        "Pembelajaran Lapangan Pesisir (PLP) adalah kegiatan belajar nonklasikal di mana "
        "pegawai bekerja bersama pelaku usaha perikanan di lokasi kerja lapangan, misalnya di "
        "TPI, di tambak, di kapal, atau di unit pengolahan ikan, untuk memahami proses kerja "
        "dan permasalahan yang dihadapi masyarakat perikanan. PLP paling lama 3 hari untuk "
        "setiap kegiatan."
    )
    f.h2("5.2 Lokasi Mitra PLP Tahun 2030")
    f.table(
        ["No", "Lokasi mitra", "Kegiatan yang dapat diikuti", "Daya tampung per hari"],
        [
            ["1", "TPI Tanjung Rawai", "Pendaratan, pelelangan, dan penanganan ikan", "6 orang"],
            [
                "2",
                "Kawasan tambak Desa Pasir Panjang",
                "Budidaya udang vaname dan bandeng",
                "4 orang",
            ],
            ["3", "UPI CV Lautan Segar Abadi", "Pengolahan ikan asin dan ikan beku", "5 orang"],
            [
                "4",
                "Pokdakan Mina Sejahtera, Desa Lubuk Bening",
                "Budidaya ikan nila di kolam terpal",
                "3 orang",
            ],
            [
                "5",
                "KUB Nelayan Camar Laut, Desa Teluk Dalam",
                "Melaut harian dengan kapal di bawah 5 GT",
                "2 orang",
            ],
        ],
        [8, 55, 67, 30],
        aligns=["C", "L", "L", "C"],
    )
    f.h2("5.3 Ketentuan Pelaksanaan")
    f.items(
        [
            "Usulan PLP diajukan melalui SI-SAMPAN dengan melampirkan rencana belajar singkat.",
            "Peserta wajib memakai alat pelindung diri; untuk kegiatan di atas kapal wajib memakai "
            "pelampung yang disediakan UPTD PPP Tanjung Rawai.",
            "Peserta menulis catatan harian lapangan yang ditandatangani pendamping dari mitra.",
            "Setelah kegiatan, peserta menyusun LPHB dengan bagian khusus berisi usulan perbaikan "
            "layanan Dinas.",
        ]
    )

    # ---- BAB VI  (catalog table over two pages)
    f.h1("BAB VI\nKATALOG PELATIHAN JANGKAR TAHUN 2030")
    f.p(
        "Katalog berikut memuat rencana pelatihan tahun 2030. Tanggal pasti setiap pelatihan "
        "diumumkan melalui SI-SAMPAN dan jadwal semester paling lambat satu bulan sebelum "
        "pelaksanaan. Daya tampung adalah jumlah kursi yang tersedia bagi pegawai Dinas."
    )
    f.p(
        "Pelatihan yang diselenggarakan pihak luar dapat berubah daya tampungnya sesuai "
        "keputusan penyelenggara. Perubahan tersebut diberitahukan melalui surat elektronik "
        "kepada unit yang bersangkutan."
    )
    f.table(
        [
            "Kode",
            "Nama pelatihan",
            "Kompetensi",
            "JP",
            "Rencana waktu",
            "Penyelenggara",
            "Daya tampung",
        ],
        [[k, n, j, str(jp), w, p, t] for k, n, j, jp, w, p, t in KATALOG],
        [13, 44, 21, 8, 25, 36, 21],
        size=8.2,
        lh=4.0,
        aligns=["L", "L", "L", "C", "L", "L", "L"],
        caption="Tabel 6.1 Katalog Pelatihan JANGKAR Tahun 2030",
        cont="Tabel 6.1 (lanjutan)",
    )
    f.p(
        "Catatan: pelatihan JK-03 diselenggarakan dalam dua angkatan dengan materi yang sama; "
        "pegawai hanya boleh mengikuti salah satu angkatan.",
        size=9.5,
    )

    # ---- BAB VII
    f.h1("BAB VII\nPENDAFTARAN DAN PELAKSANAAN")
    f.h2("7.1 Tata Cara Pendaftaran")
    f.items(
        [
            "Pegawai memilih pelatihan pada menu Katalog di SI-SAMPAN yang sesuai dengan RPKI.",
            "Pegawai mengajukan pendaftaran paling lambat 7 hari kerja sebelum kegiatan dimulai.",
            "Atasan langsung memberikan persetujuan melalui SI-SAMPAN.",
            "Pengelola JANGKAR menetapkan peserta berdasarkan kesesuaian RPKI, urutan pendaftaran, "
            "dan pemerataan antarunit.",
            "Peserta yang ditetapkan menerima surat tugas yang ditandatangani Sekretaris Dinas.",
        ]
    )
    f.h2("7.2 Pembatalan")
    f.p(
        "Peserta yang berhalangan wajib membatalkan keikutsertaan melalui SI-SAMPAN paling "
        "lambat 3 hari kerja sebelum kegiatan, agar kursinya dapat dialihkan kepada pegawai "
        "dalam daftar tunggu. Peserta yang tidak hadir tanpa pembatalan tidak diprioritaskan "
        "pada pelatihan berikutnya dalam tahun yang sama."
    )
    f.h2("7.3 Kehadiran")
    f.p(
        "Sertifikat pelatihan internal diberikan kepada peserta dengan kehadiran paling sedikit "
        "90%. Untuk pelatihan yang diselenggarakan pihak luar berlaku ketentuan penyelenggara."
    )

    # ---- BAB VIII
    f.h1("BAB VIII\nLAPORAN PENERAPAN HASIL BELAJAR (LPHB)")
    f.h2("8.1 Batas Waktu")
    f.p(
        "LPHB diunggah ke SI-SAMPAN paling lambat 14 hari kalender setelah kegiatan selesai. "
        "JP belum dicatat sebelum LPHB diunggah. Mentor Belajar memberikan umpan balik atas "
        "LPHB paling lambat 5 hari kerja setelah LPHB diunggah."
    )
    f.h2("8.2 Isi LPHB")
    f.items(
        [
            "identitas kegiatan: nama, penyelenggara, tanggal, dan JP;",
            "tiga pelajaran utama yang diperoleh;",
            "rencana tindak lanjut: kegiatan, target, jadwal, indikator, dan kaitannya dengan SKP;",
            "hal yang sudah diterapkan beserta buktinya;",
            "kendala dan dukungan yang dibutuhkan; dan",
            "catatan dan persetujuan Mentor Belajar.",
        ]
    )
    f.h2("8.3 Format")
    f.p(
        "LPHB disusun dengan format pada Lampiran II, paling banyak 3 halaman, dan diunggah "
        "dalam bentuk PDF. Untuk kegiatan Kelas Dermaga cukup diisi ringkasan satu paragraf "
        "pada formulir daring di SI-SAMPAN."
    )

    # ---- BAB IX
    f.h1("BAB IX\nVERIFIKASI DAN PENCATATAN JP")
    f.h2("9.1 Alur Verifikasi")
    f.items(
        [
            "Pegawai mengunggah sertifikat atau bukti kegiatan dan LPHB.",
            "Operator unit memeriksa kelengkapan bukti.",
            "Tim Verifikasi JP memverifikasi paling lambat 5 hari kerja sejak LPHB diunggah.",
            "JP yang disahkan tampil pada dasbor pegawai dan rekap unit.",
        ]
    )
    f.h2("9.2 Pengembalian")
    f.p(
        "Berkas yang tidak lengkap dikembalikan dengan catatan. Pegawai memperbaiki dan "
        "mengunggah ulang paling lambat 5 hari kerja setelah pengembalian; jika tidak, "
        "kegiatan dianggap belum dilaporkan."
    )
    f.h2("9.3 Pelaporan Triwulanan")
    f.p(
        "Pengelola JANGKAR menyampaikan rekap JP per unit kepada Kepala Dinas setiap "
        "triwulan paling lambat tanggal 10 bulan berikutnya. Rekap semesteran disampaikan "
        "pula kepada BKPSDM Kabupaten Batu Lontar."
    )
    f.h2("9.4 Riwayat Pelatihan di MyASN")
    f.p(
        "SI-SAMPAN tidak terhubung dengan SIASN BKN. Pegawai tetap wajib memperbarui riwayat "
        "diklat dan kursus secara mandiri melalui MyASN dengan mengunggah sertifikat yang sama."
    )

    # ---- BAB X
    f.h1("BAB X\nPEMBIAYAAN")
    f.p(
        "Kegiatan JANGKAR dibiayai dari Dokumen Pelaksanaan Anggaran (DPA) Dinas. Biaya "
        "pengembangan kompetensi paling banyak Rp4.500.000 per pegawai per tahun. Pelatihan "
        "dengan biaya di atas batas tersebut memerlukan persetujuan Kepala Dinas."
    )
    f.table(
        ["Komponen", "Ketentuan"],
        [
            ["Kontribusi pelatihan pihak luar", "dibayar langsung kepada penyelenggara"],
            ["Uang harian PLP dalam kabupaten", "Rp150.000 per hari"],
            ["Transport lokal peserta pelatihan internal", "Rp100.000 per hari"],
            [
                "Honor narasumber Kelas Dermaga dari luar Dinas",
                "sesuai Standar Satuan Harga Kabupaten Batu Lontar Tahun 2030",
            ],
            [
                "Pelatihan atas biaya sendiri",
                "tetap diakui JP-nya apabila tercantum dalam RPKI dan disetujui Mentor Belajar",
            ],
        ],
        [70, 90],
    )

    # ---- BAB XI
    f.h1("BAB XI\nMONITORING, EVALUASI, DAN PENGHARGAAN")
    f.h2("11.1 Evaluasi Reaksi")
    f.p(
        "Setiap pelatihan internal dievaluasi oleh peserta pada hari terakhir melalui "
        "kuesioner di SI-SAMPAN dengan skala 1 sampai 5 untuk aspek materi, pengajar, metode, "
        "sarana, jadwal, dan relevansi dengan pekerjaan. Nilai rata-rata di bawah 3,5 menjadi "
        "dasar perbaikan penyelenggaraan berikutnya."
    )
    f.h2("11.2 Evaluasi Penerapan")
    f.p(
        "Tiga bulan setelah pelatihan teknis, atasan langsung menilai perubahan perilaku kerja "
        "peserta menggunakan lembar observasi. Evaluasi ini mengadaptasi level 3 model "
        "Kirkpatrick."
    )
    f.h2("11.3 Penghargaan Pembelajar Bahari Terbaik")
    f.p(
        "Setiap tahun Kepala Dinas menetapkan 3 pegawai sebagai Pembelajar Bahari Terbaik "
        "dengan kriteria: capaian JP tertinggi yang terverifikasi, seluruh LPHB diunggah tepat "
        "waktu, dan predikat kinerja paling rendah Baik. Penerima penghargaan mendapat piagam "
        "dan prioritas dalam seleksi tugas belajar. Usulan calon disampaikan kepala unit "
        "paling lambat 30 September."
    )
    f.h2("11.4 Tindak Lanjut bagi yang Belum Memenuhi Target")
    f.p(
        "Pegawai yang tidak memenuhi target JP diberi teguran lisan oleh atasan langsung dan "
        "wajib memprioritaskan kegiatan pengembangan kompetensi pada RPKI tahun berikutnya. "
        "Ketidakterpenuhan target menjadi bahan pertimbangan dalam penilaian kinerja."
    )

    # ---- BAB XII
    f.h1("BAB XII\nPENUTUP")
    f.p(
        "Pedoman ini berlaku sejak tanggal ditetapkan dan akan disesuaikan apabila Peraturan "
        "Kepala Dinas Nomor 2 Tahun 2029 diubah. Pertanyaan mengenai pedoman dapat disampaikan "
        f"kepada Pengelola JANGKAR melalui pos-el {EMAIL} atau helpdesk SI-SAMPAN."
    )

    # ---- LAMPIRAN
    f.h1("LAMPIRAN I\nFORMAT RPKI")
    f.table(
        [
            "No",
            "Kompetensi yang dikembangkan",
            "Bentuk kegiatan",
            "Perkiraan JP",
            "Waktu",
            "Kaitan dengan SKP",
        ],
        [["1", "", "", "", "", ""], ["2", "", "", "", "", ""], ["3", "", "", "", "", ""]],
        [8, 45, 35, 20, 22, 30],
    )
    f.p("RPKI ditandatangani pegawai dan Mentor Belajar, kemudian diunggah ke SI-SAMPAN.")
    f.h1("LAMPIRAN II\nFORMAT LPHB", newpage=False)
    f.items(
        [
            "Identitas kegiatan",
            "Tiga pelajaran utama",
            "Rencana tindak lanjut",
            "Penerapan dan bukti",
            "Kendala dan dukungan yang dibutuhkan",
            "Catatan Mentor Belajar",
        ]
    )
    f.h1("LAMPIRAN III\nKONTAK PENGELOLA")
    f.table(
        ["Keperluan", "Kontak"],
        [
            ["Pengelola JANGKAR", f"{KASUBBAG}, Kepala Subbagian Umum dan Kepegawaian"],
            ["Administrator SI-SAMPAN", f"{ANALIS}, Analis SDM Aparatur Ahli Pertama"],
            ["Helpdesk teknis SI-SAMPAN", f"{PRAKOM}, WhatsApp {WA_HELP}, pos-el {EMAIL_HELP}"],
            ["Pos-el program", EMAIL],
            ["Alamat", f"{DINAS} {KAB}, {ALAMAT}"],
        ],
        [50, 110],
    )
    return pdf, f


# ============================================================================ regulations
REG_TENTANG = f"PENGEMBANGAN KOMPETENSI APARATUR MELALUI {PROGRAM_LONG.upper()} ({PROGRAM})"


def _reg_head(f, nomor, tahun, tentang):
    f.center(f"PERATURAN KEPALA {DINAS.upper()}", 12)
    f.center(KAB_UP, 12)
    f.center(f"NOMOR {nomor} TAHUN {tahun}", 12)
    f.pdf.ln(3)
    f.center("TENTANG", 12)
    f.pdf.ln(1)
    f.center(tentang, 12)
    f.pdf.ln(4)
    f.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", 11)
    f.pdf.ln(2)
    f.center(f"KEPALA {DINAS.upper()} {KAB_UP},", 11)
    f.pdf.ln(3)


def _pasal(f, n, ayat):
    f.need(18)
    f.center(f"Pasal {n}", 11, "B")
    f.pdf.ln(1)
    if isinstance(ayat, str):
        f.p(ayat)
        return
    for i, a in enumerate(ayat, 1):
        if isinstance(a, list):  # letters under the previous ayat
            f.items(a, kind="alpha", indent=14)
            continue
        pdf = f.pdf
        pdf.set_font(f.fam, "", f.size)
        w = f.width - 9
        f.need(f._lines(w, f.lh, a) * f.lh)
        num = sum(1 for x in ayat[:i] if isinstance(x, str))
        pdf.cell(9, f.lh, f"({num})")
        pdf.multi_cell(w, f.lh, a, align="J", new_x="LMARGIN", new_y="NEXT")
        f.gap(1.2)
    f.gap(1)


def _bab(f, num, title):
    f.need(30)
    f.pdf.ln(2)
    f.center(f"BAB {num}", 11, "B")
    f.center(title, 11, "B")
    f.pdf.ln(2)


def render_reg_2029(path):
    pdf = _new_pdf(
        f"Peraturan Kepala {DINAS} {KAB} Nomor 2 Tahun 2029",
        running=f"Perkadis {SINGKAT} {KAB} Nomor 2 Tahun 2029",
    )
    f = Flow(pdf, fam="R", size=10.5, lh=5.3)
    pdf.add_page()
    _reg_head(f, 2, 2029, REG_TENTANG)
    f.kv(
        [
            (
                "Menimbang",
                "a. bahwa setiap pegawai Aparatur Sipil Negara wajib mengembangkan "
                "kompetensinya melalui pembelajaran secara terus-menerus; b. bahwa untuk menjamin "
                "pengembangan kompetensi yang terencana, tercatat, dan diterapkan di lingkungan "
                f"{DINAS} perlu ditetapkan jalur pengembangan kompetensi aparatur; c. bahwa "
                "berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
                f"menetapkan Peraturan Kepala Dinas tentang {REG_TENTANG.title()};",
            ),
            (
                "Mengingat",
                "1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; "
                "2. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
                "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020; "
                "3. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
                "Kompetensi Pegawai Negeri Sipil; 4. Peraturan Bupati Batu Lontar Nomor 31 Tahun 2028 "
                "tentang Pengembangan Kompetensi Aparatur Sipil Negara di Lingkungan Pemerintah "
                "Kabupaten Batu Lontar;",
            ),
        ],
        label_w=26,
    )
    f.center("MEMUTUSKAN:", 11)
    f.kv([("Menetapkan", f"PERATURAN KEPALA DINAS TENTANG {REG_TENTANG}.")], label_w=26)

    _bab(f, "I", "KETENTUAN UMUM")
    _pasal(f, 1, "Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:")
    f.items(
        [
            f"Dinas adalah {DINAS} {KAB}.",
            f"Kepala Dinas adalah Kepala {DINAS} {KAB}.",
            "Pegawai adalah Pegawai Negeri Sipil dan Pegawai Pemerintah dengan Perjanjian Kerja "
            "yang bekerja di lingkungan Dinas.",
            f"{PROGRAM_LONG} yang selanjutnya disebut {PROGRAM} adalah program pengembangan "
            "kompetensi pegawai Dinas yang terencana, tercatat, dan diterapkan.",
            "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu belajar selama 45 "
            "(empat puluh lima) menit.",
            f"{SISTEM_LONG} yang selanjutnya disebut {SISTEM} adalah aplikasi untuk merencanakan, "
            "mencatat, dan memverifikasi kegiatan pengembangan kompetensi pegawai.",
            "Pembelajaran Lapangan Pesisir yang selanjutnya disingkat PLP adalah kegiatan belajar "
            "nonklasikal di lokasi kerja lapangan bersama pelaku usaha perikanan.",
            "Kelas Dermaga adalah komunitas belajar internal Dinas.",
            "Mentor Belajar adalah atasan langsung pegawai.",
            "Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah "
            "rencana kegiatan pengembangan kompetensi pegawai untuk satu tahun.",
            "Laporan Penerapan Hasil Belajar yang selanjutnya disingkat LPHB adalah laporan "
            "pegawai tentang penerapan hasil kegiatan pengembangan kompetensi.",
            "Tim Verifikasi JP adalah tim yang dibentuk Kepala Dinas untuk memverifikasi dan "
            "mengesahkan JP pegawai.",
        ],
        indent=4,
        size=10.5,
    )
    _pasal(
        f,
        2,
        f"{PROGRAM} bertujuan meningkatkan kompetensi teknis, manajerial, dan sosial "
        "kultural pegawai untuk mendukung kinerja Dinas di bidang kelautan dan perikanan.",
    )

    _bab(f, "II", "SASARAN DAN TARGET")
    _pasal(
        f,
        3,
        [
            f"{PROGRAM} berlaku bagi seluruh Pegawai.",
            "Pegawai yang menjalani cuti di luar tanggungan negara atau tugas belajar tidak "
            "dikenai target JP selama masa tersebut.",
        ],
    )
    _pasal(
        f,
        4,
        [
            "Setiap PNS wajib memenuhi paling sedikit 20 (dua puluh) JP pengembangan kompetensi "
            "dalam 1 (satu) tahun.",
            "Setiap PPPK wajib memenuhi paling sedikit 12 (dua belas) JP pengembangan kompetensi "
            "dalam 1 (satu) tahun kontrak.",
            "Pejabat fungsional Penyuluh Perikanan wajib memenuhi paling sedikit 30 (tiga puluh) "
            "JP dalam 1 (satu) tahun, dengan paling sedikit 10 (sepuluh) JP berupa kompetensi "
            "teknis penyuluhan.",
        ],
    )
    _pasal(
        f,
        5,
        [
            "Setiap Pegawai menyusun RPKI melalui SI-SAMPAN paling lambat tanggal 31 Januari "
            "setiap tahun.",
            "Mentor Belajar memberikan persetujuan atas RPKI paling lambat tanggal 15 Februari.",
        ],
    )

    _bab(f, "III", "BENTUK KEGIATAN DAN KONVERSI JP")
    _pasal(
        f,
        6,
        [
            "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan jalur nonklasikal.",
            "Coaching dan mentoring dihitung 2 (dua) JP untuk setiap sesi, paling banyak 2 (dua) "
            "sesi dalam 1 (satu) bulan.",
            "PLP dihitung 6 (enam) JP untuk setiap hari, paling banyak 18 (delapan belas) JP "
            "dalam 1 (satu) tahun.",
            "Kehadiran dalam Kelas Dermaga dihitung 2 (dua) JP untuk setiap pertemuan dan bagi "
            "narasumber 3 (tiga) JP untuk setiap pertemuan.",
            "E-learning dihitung sesuai sertifikat, paling banyak 3 (tiga) JP dalam 1 (satu) hari.",
            "Seminar atau webinar dihitung 2 (dua) JP untuk setengah hari dan 4 (empat) JP untuk "
            "sehari penuh.",
        ],
    )
    _pasal(
        f,
        7,
        "JP yang berasal dari kegiatan nonklasikal diakui paling banyak 75% (tujuh "
        "puluh lima persen) dari target JP tahunan Pegawai.",
    )

    _bab(f, "IV", "PELAKSANAAN DAN PELAPORAN")
    _pasal(
        f,
        8,
        [
            "Pendaftaran kegiatan pengembangan kompetensi dilakukan melalui SI-SAMPAN dengan "
            "persetujuan atasan langsung.",
            "Pendaftaran sebagaimana dimaksud pada ayat (1) diajukan paling lambat 7 (tujuh) hari "
            "kerja sebelum kegiatan dimulai.",
        ],
    )
    _pasal(
        f,
        9,
        [
            "Pegawai wajib mengunggah LPHB ke SI-SAMPAN paling lambat 14 (empat belas) hari "
            "kalender setelah kegiatan selesai.",
            "LPHB paling sedikit memuat identitas kegiatan, pelajaran utama, rencana tindak "
            "lanjut, penerapan, serta kendala.",
            "JP tidak dicatat sebelum LPHB diunggah.",
        ],
    )
    _pasal(
        f,
        10,
        "Mentor Belajar memberikan umpan balik atas LPHB paling lambat 5 (lima) hari "
        "kerja setelah LPHB diunggah.",
    )

    _bab(f, "V", "PEMBIAYAAN")
    _pasal(
        f,
        11,
        [
            "Pembiayaan JANGKAR dibebankan pada Dokumen Pelaksanaan Anggaran Dinas.",
            "Biaya pengembangan kompetensi paling banyak Rp4.500.000,00 (empat juta lima ratus "
            "ribu rupiah) per Pegawai dalam 1 (satu) tahun.",
            "Kegiatan dengan biaya melebihi batas sebagaimana dimaksud pada ayat (2) dapat "
            "dilaksanakan dengan persetujuan Kepala Dinas.",
        ],
    )
    _pasal(
        f,
        12,
        "Uang harian bagi Pegawai yang mengikuti PLP dibayarkan sesuai Standar Satuan "
        "Harga Kabupaten Batu Lontar.",
    )

    _bab(f, "VI", "VERIFIKASI DAN PELAPORAN CAPAIAN")
    _pasal(
        f,
        13,
        [
            "Tim Verifikasi JP diketuai oleh Sekretaris Dinas.",
            "Tim Verifikasi JP menyelesaikan verifikasi paling lambat 5 (lima) hari kerja sejak "
            "LPHB diunggah.",
        ],
    )
    _pasal(
        f,
        14,
        "Rekapitulasi capaian JP per unit kerja disampaikan kepada Kepala Dinas "
        "setiap triwulan paling lambat tanggal 10 bulan berikutnya.",
    )

    _bab(f, "VII", "PENGHARGAAN DAN TINDAK LANJUT")
    _pasal(
        f,
        15,
        [
            "Kepala Dinas menetapkan 3 (tiga) Pegawai sebagai Pembelajar Bahari Terbaik setiap "
            "tahun.",
            "Pembelajar Bahari Terbaik memperoleh piagam penghargaan dan prioritas dalam seleksi "
            "tugas belajar.",
        ],
    )
    _pasal(
        f,
        16,
        "Pegawai yang tidak memenuhi target JP diberi teguran lisan oleh atasan "
        "langsung dan ketidakterpenuhan target menjadi bahan pertimbangan penilaian kinerja.",
    )

    _bab(f, "VIII", "KETENTUAN PENUTUP")
    _pasal(f, 17, "Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Juli 2029.")
    f.sign(
        [
            f"Ditetapkan di {KOTA}",
            "pada tanggal 12 Juni 2029",
            f"KEPALA {DINAS.upper()}",
            f"{KAB_UP},",
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ]
    )
    pdf.output(path)
    return pdf.page_no()


def render_reg_2030(path):
    pdf = _new_pdf(
        f"Peraturan Kepala {DINAS} {KAB} Nomor 1 Tahun 2030",
        running=f"Perkadis {SINGKAT} {KAB} Nomor 1 Tahun 2030 (Perubahan)",
    )
    f = Flow(pdf, fam="R", size=10.5, lh=5.3)
    pdf.add_page()
    _reg_head(
        f,
        1,
        2030,
        f"PERUBAHAN ATAS PERATURAN KEPALA {DINAS.upper()} {KAB_UP} NOMOR 2 TAHUN 2029 "
        f"TENTANG {REG_TENTANG}",
    )
    f.kv(
        [
            (
                "Menimbang",
                "a. bahwa capaian JP Pegawai Pemerintah dengan Perjanjian Kerja dan "
                "ketepatan waktu pelaporan pada semester II tahun 2029 perlu ditingkatkan; b. bahwa "
                "beberapa ketentuan dalam Peraturan Kepala Dinas Nomor 2 Tahun 2029 perlu "
                "disesuaikan dengan kondisi pelaksanaan; c. bahwa berdasarkan pertimbangan "
                "sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Kepala "
                "Dinas tentang Perubahan atas Peraturan Kepala Dinas Nomor 2 Tahun 2029;",
            ),
            (
                "Mengingat",
                "1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; "
                "2. Peraturan Bupati Batu Lontar Nomor 31 Tahun 2028; 3. Peraturan Kepala Dinas "
                f"Nomor 2 Tahun 2029 tentang {REG_TENTANG.title()};",
            ),
        ],
        label_w=26,
    )
    f.center("MEMUTUSKAN:", 11)
    f.kv(
        [
            (
                "Menetapkan",
                "PERATURAN KEPALA DINAS TENTANG PERUBAHAN ATAS PERATURAN KEPALA "
                f"DINAS NOMOR 2 TAHUN 2029 TENTANG {REG_TENTANG}.",
            )
        ],
        label_w=26,
    )
    f.center("Pasal I", 11, "B")
    f.p(
        f"Beberapa ketentuan dalam Peraturan Kepala {DINAS} {KAB} Nomor 2 Tahun 2029 tentang "
        f"{REG_TENTANG.title()} diubah sebagai berikut:"
    )
    f.p("1. Ketentuan Pasal 4 ayat (2) diubah, sehingga Pasal 4 berbunyi sebagai berikut:")
    _pasal(
        f,
        4,
        [
            "Setiap PNS wajib memenuhi paling sedikit 20 (dua puluh) JP pengembangan kompetensi "
            "dalam 1 (satu) tahun.",
            "Setiap PPPK wajib memenuhi paling sedikit 16 (enam belas) JP pengembangan kompetensi "
            "dalam 1 (satu) tahun kontrak.",
            "Pejabat fungsional Penyuluh Perikanan wajib memenuhi paling sedikit 30 (tiga puluh) "
            "JP dalam 1 (satu) tahun, dengan paling sedikit 10 (sepuluh) JP berupa kompetensi "
            "teknis penyuluhan.",
        ],
    )
    f.p("2. Ketentuan Pasal 6 ayat (3) diubah, sehingga berbunyi sebagai berikut:")
    _pasal(
        f,
        6,
        [
            "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan jalur nonklasikal.",
            "Coaching dan mentoring dihitung 2 (dua) JP untuk setiap sesi, paling banyak 2 (dua) "
            "sesi dalam 1 (satu) bulan.",
            "PLP dihitung 5 (lima) JP untuk setiap hari, paling banyak 20 (dua puluh) JP dalam 1 "
            "(satu) tahun.",
            "Kehadiran dalam Kelas Dermaga dihitung 2 (dua) JP untuk setiap pertemuan dan bagi "
            "narasumber 3 (tiga) JP untuk setiap pertemuan.",
            "E-learning dihitung sesuai sertifikat, paling banyak 3 (tiga) JP dalam 1 (satu) hari.",
            "Seminar atau webinar dihitung 2 (dua) JP untuk setengah hari dan 4 (empat) JP untuk "
            "sehari penuh.",
        ],
    )
    f.p("3. Ketentuan Pasal 9 ayat (1) diubah, sehingga berbunyi sebagai berikut:")
    _pasal(
        f,
        9,
        [
            "Pegawai wajib mengunggah LPHB ke SI-SAMPAN paling lambat 10 (sepuluh) hari kerja "
            "setelah kegiatan selesai.",
            "LPHB paling sedikit memuat identitas kegiatan, pelajaran utama, rencana tindak "
            "lanjut, penerapan, serta kendala.",
            "JP tidak dicatat sebelum LPHB diunggah.",
        ],
    )
    f.p(
        "4. Di antara Pasal 9 dan Pasal 10 disisipkan 1 (satu) pasal, yakni Pasal 9A, yang "
        "berbunyi sebagai berikut:"
    )
    _pasal(
        f,
        "9A",
        [
            "Pegawai yang tidak memenuhi target JP dalam 2 (dua) tahun berturut-turut wajib "
            "mengikuti Program Pendampingan Belajar selama 3 (tiga) bulan.",
            "Program Pendampingan Belajar dilaksanakan oleh coach yang ditunjuk Sekretaris Dinas.",
            "Pertemuan Program Pendampingan Belajar dilaksanakan paling sedikit 1 (satu) kali "
            "setiap 2 (dua) minggu dan hasilnya dicatat di SI-SAMPAN.",
        ],
    )
    f.p("5. Ketentuan Pasal 13 ayat (2) diubah, sehingga Pasal 13 berbunyi sebagai berikut:")
    _pasal(
        f,
        13,
        [
            "Tim Verifikasi JP diketuai oleh Sekretaris Dinas.",
            "Tim Verifikasi JP menyelesaikan verifikasi paling lambat 3 (tiga) hari kerja sejak "
            "LPHB diunggah.",
        ],
    )
    f.center("Pasal II", 11, "B")
    f.items(
        [
            "Ketentuan lain dalam Peraturan Kepala Dinas Nomor 2 Tahun 2029 yang tidak diubah "
            "dalam Peraturan Kepala Dinas ini dinyatakan tetap berlaku.",
            "LPHB atas kegiatan yang selesai sebelum tanggal 1 Mei 2030 tetap mengikuti batas "
            "waktu sebagaimana diatur dalam Peraturan Kepala Dinas Nomor 2 Tahun 2029.",
            "Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Mei 2030.",
        ]
    )
    f.sign(
        [
            f"Ditetapkan di {KOTA}",
            "pada tanggal 15 April 2030",
            f"KEPALA {DINAS.upper()}",
            f"{KAB_UP},",
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ]
    )
    pdf.output(path)
    return pdf.page_no()


# ============================================================================ circular 2030
def render_se_2030(path):
    pdf = _new_pdf(
        "Surat Edaran Nomor 800.1.5/088/DKP/2030 tentang Izin Belajar dan Tugas Belajar",
        running="SE Kepala DKP Nomor 800.1.5/088/DKP/2030",
    )
    f = Flow(pdf, size=10.5, lh=5.3)
    pdf.add_page()
    _kop(pdf)
    f.p(f"{KOTA}, 3 Juni 2030", align="R")
    f.p(
        "Yth.\n1. Sekretaris Dinas;\n2. Para Kepala Bidang;\n3. Para Kepala UPTD;\n"
        f"di lingkungan {DINAS} {KAB}",
        align="L",
    )
    f.center("SURAT EDARAN", 12)
    f.center("NOMOR 800.1.5/088/DKP/2030", 11)
    f.center("TENTANG", 11)
    f.center(
        f"IZIN BELAJAR DAN TUGAS BELAJAR BAGI PEGAWAI DI LINGKUNGAN {DINAS.upper()} {KAB_UP}", 11
    )
    pdf.ln(3)
    f.h3("1. Latar Belakang")
    f.p(
        "Minat pegawai untuk melanjutkan pendidikan meningkat, sementara ketentuan izin belajar "
        "yang berlaku sejak tahun 2027 belum mengatur Pegawai Pemerintah dengan Perjanjian "
        "Kerja, bantuan biaya, dan tugas belajar. Pengajuan juga telah dialihkan ke SI-SAMPAN."
    )
    f.h3("2. Maksud dan Tujuan")
    f.p(
        "Surat Edaran ini dimaksudkan sebagai pedoman pemberian izin belajar dan tugas belajar "
        "agar pengembangan kompetensi melalui jalur pendidikan berjalan tertib, adil, dan "
        "sesuai kebutuhan organisasi."
    )
    f.h3("3. Ketentuan Izin Belajar")
    f.items(
        [
            "Izin belajar dapat diberikan kepada PNS dengan masa kerja paling singkat 1 (satu) "
            "tahun, dan kepada PPPK yang sisa masa perjanjian kerjanya paling singkat 2 (dua) "
            "tahun.",
            "Pegawai memperoleh predikat kinerja paling rendah Baik dalam 1 (satu) tahun terakhir.",
            "Program studi terakreditasi paling rendah Baik Sekali atau B.",
            "Perkuliahan dilaksanakan di luar jam kerja dan tidak mengganggu pelaksanaan tugas.",
            "Permohonan diajukan melalui SI-SAMPAN paling lambat 3 (tiga) bulan sebelum "
            "perkuliahan dimulai, dengan melampirkan surat persetujuan atasan langsung.",
            "Izin belajar diberikan paling banyak kepada 6 (enam) orang dalam 1 (satu) tahun.",
            "Bantuan biaya pendidikan sebesar Rp2.000.000,00 per semester diberikan kepada paling "
            "banyak 3 (tiga) penerima izin belajar per tahun yang program studinya linier dengan "
            "bidang kelautan dan perikanan, paling lama 8 (delapan) semester untuk jenjang S1 dan "
            "4 (empat) semester untuk jenjang S2.",
        ],
        kind="alpha",
    )
    f.h3("4. Ketentuan Tugas Belajar")
    f.items(
        [
            "Tugas belajar diberikan kepada PNS dengan masa kerja paling singkat 2 (dua) tahun.",
            "Usia paling tinggi pada saat mendaftar adalah 37 (tiga puluh tujuh) tahun untuk "
            "jenjang S2 dan 40 (empat puluh) tahun untuk jenjang S3.",
            "Peserta tugas belajar dibebaskan dari tugas jabatan dan wajib menandatangani "
            "perjanjian ikatan dinas selama 2 (dua) kali masa studi.",
            "Kuota tugas belajar tahun 2030 adalah 2 (dua) orang.",
            "Pendaftaran seleksi tugas belajar tahun 2030 dibuka pada 1-19 Juli 2030 melalui "
            "SI-SAMPAN; seleksi administrasi dilaksanakan 22-26 Juli 2030 dan wawancara pada "
            f"{hari('2030-08-06')}.",
        ],
        kind="alpha",
    )
    f.h3("5. Penutup")
    f.p(
        "Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas Nomor 800/217/DKP/2027 "
        "tentang Tata Cara Pemberian Izin Belajar bagi Pegawai dicabut dan dinyatakan tidak "
        "berlaku. Permohonan izin belajar yang telah diterima sebelum tanggal Surat Edaran ini "
        "tetap diproses berdasarkan ketentuan lama."
    )
    f.p(
        "Informasi lebih lanjut dapat diperoleh di Subbagian Umum dan Kepegawaian, telepon "
        f"{TELP} pesawat 112, atau pos-el {EMAIL}. Demikian untuk dilaksanakan."
    )
    f.sign([f"Kepala {DINAS}", f"{KAB},", "", KADIS, f"NIP {KADIS_NIP}"])
    f.p("Tembusan: Kepala BKPSDM Kabupaten Batu Lontar.", size=9)
    pdf.output(path)
    return pdf.page_no()


# ============================================================================ slides
def _slide(pdf, n, title, bullets=None, table=None, note=None):
    pdf.add_page()
    pdf.set_fill_color(12, 74, 110)
    pdf.rect(0, 0, pdf.w, 24, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 20)
    pdf.set_xy(14, 6)
    pdf.cell(pdf.w - 28, 12, title)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(32)
    f = Flow(pdf, size=15, lh=8)
    if bullets:
        f.items(bullets, kind="bullet", indent=2, size=15)
    if table:
        header, rows, widths = table
        f.table(header, rows, widths, size=12, lh=6.2)
    if note:
        pdf.set_font("S", "I", 11)
        pdf.set_text_color(70, 70, 70)
        pdf.multi_cell(0, 6, note, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    pdf.set_auto_page_break(False)
    pdf.set_font("S", "", 9)
    pdf.set_xy(pdf.w - 40, pdf.h - 12)
    pdf.cell(26, 5, f"{n}", align="R")
    pdf.set_auto_page_break(True, margin=16)


def render_slides(path):
    pdf = _new_pdf("Sosialisasi Perubahan Peraturan JANGKAR", orientation="L")
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, margin=16)
    # title slide
    pdf.add_page()
    pdf.set_fill_color(12, 74, 110)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_y(50)
    pdf.set_font("S", "B", 28)
    pdf.multi_cell(
        0, 13, "Sosialisasi Perubahan Peraturan JANGKAR", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("S", "", 18)
    pdf.multi_cell(
        0, 10, "Peraturan Kepala Dinas Nomor 1 Tahun 2030", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(8)
    pdf.set_font("S", "", 14)
    pdf.multi_cell(
        0,
        8,
        f"{hari('2030-05-16')} | Aula {SINGKAT} {KAB}\n"
        f"Penyaji: {KASUBBAG}\nKepala Subbagian Umum dan Kepegawaian",
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
            "Mengapa peraturan JANGKAR diubah",
            "Lima perubahan pokok",
            "Pasal baru: Program Pendampingan Belajar",
            "Ketentuan yang tetap berlaku",
            "Masa peralihan dan contoh perhitungan",
            "Tanya jawab",
        ],
    )
    _slide(
        pdf,
        3,
        "Mengapa diubah?",
        [
            "Capaian semester II 2029: 104 dari 146 pegawai (71,2%) memenuhi target",
            "PNS: 79 dari 101 (78,2%) - PPPK: 25 dari 45 (55,6%)",
            "Hanya 58% LPHB diunggah tepat waktu",
            "Antrean verifikasi rata-rata 6,4 hari kerja",
            "Target 2030: 85% pegawai memenuhi target JP",
        ],
    )
    _slide(
        pdf,
        4,
        "Apa yang berubah?",
        table=(
            ["Ketentuan", "Perkadis 2/2029", "Perkadis 1/2030"],
            [
                ["Target PPPK (Pasal 4 ayat 2)", "12 JP per tahun", "16 JP per tahun"],
                [
                    "PLP (Pasal 6 ayat 3)",
                    "6 JP per hari, maks. 18 JP/tahun",
                    "5 JP per hari, maks. 20 JP/tahun",
                ],
                ["Batas unggah LPHB (Pasal 9 ayat 1)", "14 hari kalender", "10 hari kerja"],
                ["Verifikasi Tim (Pasal 13 ayat 2)", "5 hari kerja", "3 hari kerja"],
                ["Pendampingan Belajar (Pasal 9A)", "belum diatur", "pasal baru"],
            ],
            [90, 75, 75],
        ),
    )
    _slide(
        pdf,
        5,
        "Pasal 9A: Program Pendampingan Belajar",
        [
            "Untuk pegawai yang 2 tahun berturut-turut tidak memenuhi target JP",
            "Durasi 3 bulan, didampingi coach yang ditunjuk Sekretaris Dinas",
            "Pertemuan minimal 1 kali setiap 2 minggu, dicatat di SI-SAMPAN",
            "Angkatan pertama dimulai Januari 2031 (berdasarkan capaian 2029 dan 2030)",
        ],
    )
    _slide(
        pdf,
        6,
        "Yang TIDAK berubah",
        [
            "PNS tetap minimal 20 JP, Penyuluh Perikanan 30 JP",
            "Coaching/mentoring 2 JP per sesi, maksimal 2 sesi per bulan",
            "Kelas Dermaga: peserta 2 JP, narasumber 3 JP",
            "Nonklasikal diakui maksimal 75% dari target",
            "Batas biaya Rp4.500.000 per pegawai per tahun",
        ],
    )
    _slide(
        pdf,
        7,
        "Masa peralihan",
        [
            "Perkadis 1/2030 ditetapkan 15 April 2030, berlaku 1 Mei 2030",
            "Kegiatan selesai sebelum 1 Mei 2030: LPHB tetap 14 hari kalender",
            "Kegiatan selesai mulai 1 Mei 2030: LPHB 10 hari kerja",
            "Target PPPK 16 JP berlaku untuk tahun kontrak 2030 secara penuh",
            "PLP yang sudah diverifikasi sebelum 1 Mei tidak dihitung ulang",
        ],
    )
    _slide(
        pdf,
        8,
        "Contoh perhitungan PLP",
        table=(
            ["Kasus", "Sebelum 1 Mei 2030", "Mulai 1 Mei 2030"],
            [
                ["PLP 2 hari", "12 JP", "10 JP"],
                ["PLP 3 hari + 2 hari (dua kegiatan)", "18 JP (maks.)", "20 JP (maks.)"],
                ["PLP 5 kali @2 hari", "18 JP", "20 JP"],
            ],
            [100, 70, 70],
        ),
        note="Catatan: batas tahunan berlaku untuk seluruh PLP dalam satu tahun anggaran.",
    )
    _slide(
        pdf,
        9,
        "Jadwal terdekat",
        [
            "Rapat koordinasi pengelola dan petugas unit: Selasa, 21 Mei 2030",
            "Pelatihan Penanganan Ikan Segar Angkatan I: 10-12 Juni 2030",
            "Batas revisi RPKI: 31 Juli 2030",
            "Usulan Pembelajar Bahari Terbaik: paling lambat 30 September 2030",
        ],
    )
    _slide(
        pdf,
        10,
        "Kontak",
        [
            f"Pengelola JANGKAR: {KASUBBAG}",
            f"Administrator SI-SAMPAN: {ANALIS}",
            f"Helpdesk SI-SAMPAN: WhatsApp {WA_HELP} (Bagus Wicaksono)",
            f"Pos-el: {EMAIL}",
        ],
        note=FIKTIF,
    )
    pdf.output(path)
    return pdf.page_no()


# ============================================================================ bulletin
def render_buletin(path):
    pdf = _new_pdf("Buletin RIAK Edisi 2 Tahun 2030", running="Buletin RIAK - Edisi 2/2030")
    pdf.add_page()
    pdf.set_fill_color(12, 74, 110)
    pdf.rect(0, 0, pdf.w, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 30)
    pdf.set_xy(22, 8)
    pdf.cell(0, 14, "RIAK")
    pdf.set_font("S", "", 10)
    pdf.set_xy(22, 23)
    pdf.cell(0, 5, f"Buletin Internal {DINAS} {KAB} - Edisi 2 / Juni 2030")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(46)

    def article(cols, title, paras, by=None):
        with cols.paragraph(text_align="L") as par:
            pdf.set_font("S", "B", 9.5)
            par.write(title.upper() + "\n")
        if by:
            with cols.paragraph(text_align="L") as par:
                pdf.set_font("S", "I", 9.5)
                par.write(by + "\n")
        pdf.set_font("S", "", 9.5)
        for t in paras:
            with cols.paragraph(text_align="L") as par:
                par.write(t + "\n")
        cols.ln()

    pdf.set_font("S", "", 9.5)
    with pdf.text_columns(ncols=2, gutter=8, line_height=1.25) as cols:
        article(
            cols,
            "Dari Meja Redaksi",
            [
                "Edisi kedua RIAK tahun ini terbit tepat setelah perubahan peraturan JANGKAR "
                "berlaku pada 1 Mei 2030. Kami merangkum kisah para pembelajar, cerita dari "
                "lapangan, dan perkembangan komunitas belajar kita.",
            ],
        )
        article(
            cols,
            "Tiga Pembelajar Bahari Terbaik 2029",
            [
                "Kepala Dinas menetapkan tiga Pembelajar Bahari Terbaik tahun 2029 melalui "
                "keputusan tanggal 20 Januari 2030. Peringkat pertama diraih Nurhasanah, S.Pi., "
                "Penyuluh Perikanan Ahli Muda pada Bidang Perikanan Budidaya, dengan 96 JP "
                "terverifikasi. Ia mengikuti dua pelatihan teknis, menjadi narasumber Kelas "
                "Dermaga empat kali, dan menuntaskan seluruh LPHB tepat waktu.",
                "Peringkat kedua diraih Rizal Effendi, A.Md., petugas pelayanan pada UPTD "
                "Pelabuhan Perikanan Pantai Tanjung Rawai, dengan 78 JP. Peringkat ketiga diraih "
                "Theresia Simanjuntak, S.E., pengelola keuangan pada Sekretariat, dengan 74 JP. "
                "Ketiganya menerima piagam pada apel pagi 3 Februari 2030.",
            ],
        )
        article(
            cols,
            "Cerita PLP: Sehari di Tambak Pasir Panjang",
            [
                "Pukul lima pagi Andre Wijaya Ginting sudah berdiri di pematang tambak Desa Pasir "
                "Panjang. Sebagai peserta Pembelajaran Lapangan Pesisir, ia ikut memberi pakan, "
                "mengukur kualitas air, dan mencatat kematian udang bersama pembudidaya.",
                '"Di kantor kami membaca angka produksi; di tambak saya melihat mengapa angka itu '
                'naik turun," katanya. Dua hari PLP-nya pada akhir Mei tercatat 10 JP sesuai '
                "ketentuan baru. Usulannya, jadwal penyuluhan kualitas air digeser ke pagi hari "
                "agar pembudidaya bisa hadir, kini sedang dibahas Bidang Perikanan Budidaya.",
            ],
            by="Oleh Tim Redaksi",
        )
        article(
            cols,
            "Kelas Dermaga Tembus 30 Pertemuan",
            [
                "Sejak pertemuan perdana pada 6 Maret 2029, Kelas Dermaga telah digelar 31 kali "
                "hingga akhir Mei 2030 dengan rata-rata 27 peserta per pertemuan. Topik yang "
                "paling banyak dihadiri adalah 'Membaca Grafik Harga Ikan di TPI' dengan 64 "
                "peserta.",
                "Mulai semester II 2030 Kelas Dermaga tetap dilaksanakan pada Rabu kedua dan "
                "Rabu keempat setiap bulan. Agenda lengkap diumumkan di laman intranet.",
            ],
        )
        article(
            cols,
            "Kabar SI-SAMPAN",
            [
                "Sejak diluncurkan pada Januari, 139 dari 146 pegawai telah masuk ke SI-SAMPAN "
                "setidaknya sekali. Pegawai yang belum pernah masuk diminta menghubungi petugas "
                "layanan di unitnya atau helpdesk.",
                "Tim pengembang sedang menyiapkan fitur pengingat otomatis melalui WhatsApp untuk "
                "LPHB yang mendekati batas waktu.",
            ],
        )
        article(
            cols,
            "Belajar di Sela Sif: Cara UPTD PPP Tanjung Rawai",
            [
                "Sebagian pegawai UPTD Pelabuhan Perikanan Pantai Tanjung Rawai bekerja dalam tiga "
                "sif, sehingga sulit mengikuti kelas pada jam kantor. Sejak April 2030 UPTD "
                "menyediakan ruang belajar kecil di lantai dua gedung TPI yang dapat dipakai "
                "untuk e-learning di luar jam sif.",
                "Rekaman Kelas Dermaga juga dapat ditonton ulang melalui SI-SAMPAN. Namun perlu "
                "diingat, menonton rekaman tidak dihitung sebagai JP; yang dihitung hanya "
                "kehadiran langsung atau daring pada saat pertemuan berlangsung.",
                "Kepala UPTD, Amran Situmorang, A.Pi., menargetkan seluruh 25 pegawai UPTD "
                "memenuhi target JP pada akhir 2030, naik dari 15 orang pada tahun 2029.",
            ],
        )
        article(
            cols,
            "Mengenal Coach Dinas",
            [
                f"{COACH_HOTMA}, Penyuluh Perikanan Ahli Madya, adalah salah satu dari enam coach "
                "Dinas tahun 2030. Ia memakai model GROW dalam setiap sesi: Goal, Reality, "
                'Options, dan Will. "Coaching bukan memberi jawaban, melainkan membantu rekan '
                'menemukan langkahnya sendiri," ujarnya.',
                "Setiap sesi coaching berlangsung sekitar 60 menit dan dihitung 2 JP bagi coachee. "
                "Daftar coach dan mentor beserta kuota coachee masing-masing dapat dilihat pada "
                "lampiran surat Sekretaris tentang coach dan mentor tahun 2030.",
            ],
        )
        article(
            cols,
            "Redaksi",
            [
                f"Penanggung jawab: {SEKRETARIS}; pemimpin redaksi: {KASUBBAG}; redaktur: "
                f"{ANALIS}; tata letak: {PRAKOM}; alamat redaksi: Subbagian Umum dan "
                f"Kepegawaian, {ALAMAT}. {FIKTIF}",
            ],
        )
    pdf.output(path)
    return pdf.page_no()


# ============================================================================ DOCX machinery
def _fix_zip_times(path):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def new_docx(title, author="Subbagian Umum dan Kepegawaian", landscape=False):
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


def para(doc, text, bold=False, italic=False, size=None, align=None, style=None):
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
    p.paragraph_format.space_after = Pt(4)
    return p


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def bullets(doc, items, style="List Bullet"):
    for it in items:
        para(doc, it, style=style)


def numbered(doc, items):
    bullets(doc, items, style="List Number")


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def _cell(cell, text, bold=False, size=9.5):
    from docx.shared import Pt

    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(str(text))
    run.bold = bold
    run.font.size = Pt(size)


def docx_table(doc, rows, header_rows=1, widths=None, size=9.5, merges=()):
    """rows: list of lists (text); merges: ((r1, c1, r2, c2), ...) merged after filling."""
    from docx.shared import Cm

    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncol):
            text = row[j] if j < len(row) else ""
            _cell(t.cell(i, j), text, bold=i < header_rows, size=size)
            if i < header_rows:
                _shade(t.cell(i, j), "D9E2F3")
    for r1, c1, r2, c2 in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        _cell(m, keep, bold=r1 < header_rows, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def label_table(doc, pairs, widths=(5.0, 12.0), size=10):
    return docx_table(doc, [list(p) for p in pairs], header_rows=0, widths=widths, size=size)


def sign_block(doc, lines):
    for line in lines:
        para(doc, line, align="right", bold=line.startswith(("Ir.", "Drs.", KASUBBAG, ANALIS)))


# ============================================================================ DOCX documents
def write_se_2027(path):
    doc = new_docx("Surat Edaran Nomor 800/217/DKP/2027 tentang Tata Cara Pemberian Izin Belajar")
    para(doc, f"PEMERINTAH {KAB_UP}", bold=True, align="center", size=12)
    para(doc, DINAS.upper(), bold=True, align="center", size=13)
    para(doc, f"{ALAMAT} Telepon {TELP}", align="center", size=9)
    para(doc, f"{KOTA}, 8 Maret 2027", align="right")
    para(doc, "Yth. Para Kepala Bidang dan Kepala UPTD\ndi lingkungan " + DINAS + " " + KAB)
    para(doc, "SURAT EDARAN", bold=True, align="center", size=12)
    para(doc, "NOMOR 800/217/DKP/2027", bold=True, align="center")
    para(doc, "TENTANG", bold=True, align="center")
    para(doc, "TATA CARA PEMBERIAN IZIN BELAJAR BAGI PEGAWAI", bold=True, align="center")
    para(
        doc,
        "Dalam rangka tertib administrasi kepegawaian, dengan ini disampaikan tata cara "
        "pemberian izin belajar bagi pegawai di lingkungan Dinas sebagai berikut:",
        align="justify",
    )
    numbered(
        doc,
        [
            "Izin belajar hanya diberikan kepada Pegawai Negeri Sipil.",
            "Pegawai telah memiliki masa kerja paling singkat 2 (dua) tahun sejak diangkat "
            "sebagai PNS.",
            "Nilai prestasi kerja pegawai paling rendah Baik dalam 2 (dua) tahun terakhir.",
            "Perguruan tinggi dan program studi terakreditasi paling rendah B.",
            "Perkuliahan dilaksanakan di luar jam kerja.",
            "Permohonan diajukan secara tertulis kepada Kepala Dinas melalui Subbagian Umum dan "
            "Kepegawaian paling lambat 2 (dua) bulan sebelum perkuliahan dimulai, dengan "
            "melampirkan formulir izin belajar yang ditandatangani atasan langsung.",
            "Izin belajar diberikan paling banyak kepada 4 (empat) orang dalam 1 (satu) tahun.",
            "Seluruh biaya pendidikan menjadi tanggung jawab pegawai yang bersangkutan.",
        ],
    )
    para(
        doc,
        "Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.",
        align="justify",
    )
    sign_block(
        doc, ["Kepala Dinas,", "", "Drs. H. Baharuddin Lubis, M.M.", "NIP 19640505 199003 1 0**"]
    )
    doc.save(path)


def write_sop(path):
    doc = new_docx("SOP Pengajuan dan Pencatatan Pembelajaran Lapangan Pesisir (PLP)")
    para(doc, f"{DINAS.upper()} {KAB_UP}", bold=True, align="center", size=12)
    para(doc, "STANDAR OPERASIONAL PROSEDUR", bold=True, align="center", size=12)
    label_table(
        doc,
        [
            ("Nomor SOP", "SOP-DKP/JGK/03/2030"),
            ("Tanggal Pembuatan", "2 Januari 2030"),
            (
                "Tanggal Revisi",
                "20 Mei 2030 (revisi ke-1, menyesuaikan Perkadis Nomor 1 Tahun 2030)",
            ),
            ("Tanggal Efektif", "22 Mei 2030"),
            ("Disahkan oleh", f"Kepala Dinas, {KADIS}"),
            ("Nama SOP", "Pengajuan dan Pencatatan Pembelajaran Lapangan Pesisir (PLP)"),
            ("Unit pemilik", "Subbagian Umum dan Kepegawaian"),
        ],
    )
    heading(doc, "Dasar Hukum", 2)
    numbered(
        doc,
        [
            f"Peraturan Kepala Dinas Nomor 2 Tahun 2029 tentang {REG_TENTANG.title()};",
            "Peraturan Kepala Dinas Nomor 1 Tahun 2030 tentang Perubahan atas Peraturan Kepala "
            "Dinas Nomor 2 Tahun 2029.",
        ],
    )
    heading(doc, "Kualifikasi Pelaksana", 2)
    bullets(
        doc,
        [
            "Memahami ketentuan JANGKAR dan konversi JP.",
            "Mampu mengoperasikan SI-SAMPAN.",
        ],
    )
    heading(doc, "Keterkaitan", 2)
    para(doc, "SOP Verifikasi JP (SOP-DKP/JGK/02/2030) dan SOP Penerbitan Surat Tugas.")
    heading(doc, "Peralatan dan Perlengkapan", 2)
    bullets(
        doc,
        [
            "Akun SI-SAMPAN.",
            "Formulir F-PLP-01 Rencana Belajar Lapangan.",
            "Formulir F-PLP-02 Catatan Harian Lapangan.",
            "Alat pelindung diri; pelampung untuk kegiatan di atas kapal.",
        ],
    )
    heading(doc, "Peringatan", 2)
    bullets(
        doc,
        [
            "Usulan yang diajukan kurang dari 10 hari kerja sebelum pelaksanaan tidak diproses.",
            "PLP yang dilaksanakan tanpa surat tugas tidak dihitung sebagai JP.",
            "Satu kegiatan PLP paling lama 3 hari.",
        ],
    )
    heading(doc, "Pencatatan dan Pendataan", 2)
    para(
        doc,
        "Usulan, surat tugas, catatan harian, LPHB, dan JP yang disahkan tersimpan di SI-SAMPAN.",
    )
    heading(doc, "Uraian Prosedur", 2)
    hdr1 = [
        "No",
        "Kegiatan",
        "Pelaksana",
        "Pelaksana",
        "Pelaksana",
        "Pelaksana",
        "Pelaksana",
        "Mutu Baku",
        "Mutu Baku",
        "Mutu Baku",
    ]
    hdr2 = [
        "No",
        "Kegiatan",
        "Pegawai",
        "Atasan Langsung",
        "Pengelola JANGKAR",
        "Sekretaris",
        "Tim Verifikasi JP",
        "Kelengkapan",
        "Waktu",
        "Output",
    ]
    steps = [
        [
            "1",
            "Mengajukan usulan PLP melalui SI-SAMPAN dengan melampirkan F-PLP-01, paling "
            "lambat 10 hari kerja sebelum pelaksanaan",
            "X",
            "",
            "",
            "",
            "",
            "F-PLP-01",
            "30 menit",
            "Usulan PLP",
        ],
        [
            "2",
            "Menyetujui atau menolak usulan PLP",
            "",
            "X",
            "",
            "",
            "",
            "Usulan PLP",
            "1 hari kerja",
            "Usulan disetujui",
        ],
        [
            "3",
            "Memeriksa daya tampung lokasi mitra dan menyusun jadwal PLP",
            "",
            "",
            "X",
            "",
            "",
            "Jadwal lokasi mitra",
            "2 hari kerja",
            "Jadwal PLP",
        ],
        [
            "4",
            "Menandatangani surat tugas PLP",
            "",
            "",
            "",
            "X",
            "",
            "Konsep surat tugas",
            "1 hari kerja",
            "Surat tugas",
        ],
        [
            "5",
            "Melaksanakan PLP dan mengisi F-PLP-02 yang ditandatangani pendamping dari mitra",
            "X",
            "",
            "",
            "",
            "",
            "Surat tugas, APD, F-PLP-02",
            "1-3 hari",
            "Catatan harian lapangan",
        ],
        [
            "6",
            "Mengunggah LPHB dan F-PLP-02 ke SI-SAMPAN",
            "X",
            "",
            "",
            "",
            "",
            "LPHB, F-PLP-02",
            "paling lambat 10 hari kerja setelah PLP selesai",
            "LPHB terunggah",
        ],
        [
            "7",
            "Memverifikasi dan mengesahkan JP PLP: 5 JP per hari, paling banyak 20 JP per tahun",
            "",
            "",
            "",
            "",
            "X",
            "LPHB, F-PLP-02",
            "3 hari kerja",
            "JP tercatat di SI-SAMPAN",
        ],
    ]
    docx_table(
        doc,
        [hdr1, hdr2, *steps],
        header_rows=2,
        merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6), (0, 7, 0, 9)),
        widths=(0.8, 5.0, 1.2, 1.2, 1.3, 1.3, 1.3, 2.2, 1.7, 1.8),
        size=8.5,
    )
    para(
        doc,
        "Catatan: uang harian PLP dibayarkan sesuai Standar Satuan Harga Kabupaten Batu "
        "Lontar. Pertanyaan mengenai SOP ini disampaikan kepada Pengelola JANGKAR.",
        italic=True,
        size=9,
    )
    doc.save(path)


def write_notulen(path):
    doc = new_docx("Notulen Rapat Koordinasi Pengelola dan Petugas Layanan JANGKAR", author=ANALIS)
    para(doc, "NOTULEN RAPAT", bold=True, align="center", size=13)
    para(
        doc,
        "Rapat Koordinasi Pengelola dan Petugas Layanan Pengembangan JANGKAR",
        bold=True,
        align="center",
    )
    label_table(
        doc,
        [
            ("Hari, tanggal", hari("2030-05-21")),
            ("Waktu", "09.00 - 11.40 WIB"),
            ("Tempat", f"Ruang Rapat Bahari, lantai 2 Kantor {SINGKAT}"),
            ("Pimpinan rapat", f"{SEKRETARIS}, Sekretaris Dinas"),
            ("Notulis", ANALIS),
            (
                "Peserta",
                "14 orang (daftar hadir terlampir): Kepala Subbagian Umum dan "
                "Kepegawaian, Analis SDM Aparatur, Pranata Komputer, dan petugas layanan "
                "pengembangan dari delapan unit kerja",
            ),
        ],
    )
    heading(doc, "Agenda", 2)
    numbered(
        doc,
        [
            "Evaluasi capaian JP triwulan I tahun 2030.",
            "Persiapan Pelatihan Teknis Penanganan Ikan Segar Higienis Angkatan I.",
            "Agenda Kelas Dermaga semester II.",
            "Usulan Pembelajar Bahari Terbaik 2030.",
            "Lain-lain.",
        ],
    )
    heading(doc, "Pembahasan", 2)
    para(
        doc,
        "1. Evaluasi capaian triwulan I. Kepala Subbagian Umum dan Kepegawaian "
        "menyampaikan bahwa rata-rata JP pegawai sampai 31 Maret 2030 baru 5,8 JP. Masih ada "
        "7 pegawai yang belum pernah masuk ke SI-SAMPAN dan 12 pegawai yang belum mengisi "
        "RPKI. Capaian terendah berada di Bidang PSDKP karena banyak kegiatan patroli pada "
        "triwulan I.",
        align="justify",
    )
    para(
        doc,
        "2. Pelatihan Penanganan Ikan Segar Angkatan I (10-12 Juni 2030). Sampai hari "
        "rapat telah terdaftar 23 dari 25 kursi. Peserta sepakat sisa kursi diberikan kepada "
        "pegawai UPTD PPP Tanjung Rawai yang bertugas di TPI. Angkatan II dijadwalkan "
        "Agustus 2030 dan pendaftarannya dibuka setelah Angkatan I selesai.",
        align="justify",
    )
    para(
        doc,
        "3. Kelas Dermaga semester II. Analis SDM Aparatur mengusulkan agar narasumber "
        "semester II lebih banyak berasal dari UPTD. Topik pembenihan diusulkan diisi oleh "
        "kedua Kepala UPTD Balai Benih Ikan secara bergantian.",
        align="justify",
    )
    para(
        doc,
        "4. Pembelajar Bahari Terbaik 2030. Kriteria tetap sesuai Pasal 15 Perkadis "
        "Nomor 2 Tahun 2029. Penilaian akan dilakukan oleh Tim Verifikasi JP pada bulan "
        "Oktober 2030.",
        align="justify",
    )
    para(
        doc,
        "5. Lain-lain. Petugas layanan unit melaporkan bahwa banyak sertifikat hasil "
        "pindai ditolak karena melebihi batas ukuran berkas. Pranata Komputer menyanggupi "
        "peningkatan batas ukuran unggah pada rilis SI-SAMPAN berikutnya.",
        align="justify",
    )
    heading(doc, "Keputusan dan Tindak Lanjut", 2)
    docx_table(
        doc,
        [
            ["No", "Keputusan", "Penanggung jawab", "Tenggat"],
            [
                "1",
                "Melengkapi RPKI 12 pegawai yang belum mengisi",
                "Kepala unit masing-masing",
                "31 Mei 2030",
            ],
            [
                "2",
                "Mengisi 2 kursi tersisa Angkatan I dengan pegawai UPTD PPP Tanjung Rawai",
                KA_PPP,
                "28 Mei 2030",
            ],
            [
                "3",
                "Menyusun dan mengumumkan agenda Kelas Dermaga semester II",
                ANALIS,
                "28 Juni 2030",
            ],
            ["4", "Menaikkan batas ukuran unggah berkas di SI-SAMPAN", PRAKOM, "awal Juni 2030"],
            [
                "5",
                "Menyampaikan usulan calon Pembelajar Bahari Terbaik 2030",
                "Para kepala unit",
                "30 September 2030",
            ],
        ],
        widths=(1.0, 8.0, 4.5, 3.0),
    )
    para(doc, "Rapat ditutup pukul 11.40 WIB.")
    sign_block(doc, [f"{KOTA}, {tgl('2030-05-21')}", "Notulis,", "", ANALIS])
    doc.save(path)


def write_kak(path):
    doc = new_docx(
        "KAK Pelatihan Teknis Penanganan Ikan Segar Higienis Tahun 2030",
        author="Bidang Pengolahan dan Pemasaran Hasil Perikanan",
    )
    para(doc, "KERANGKA ACUAN KERJA (KAK)", bold=True, align="center", size=13)
    para(doc, "PELATIHAN TEKNIS PENANGANAN IKAN SEGAR HIGIENIS", bold=True, align="center")
    para(doc, "TAHUN ANGGARAN 2030", bold=True, align="center")
    heading(doc, "A. Latar Belakang", 2)
    para(
        doc,
        "Mutu ikan yang didaratkan di TPI Tanjung Rawai masih sering turun sebelum "
        "dilelang karena penanganan yang kurang higienis dan rantai dingin yang terputus. "
        "Petugas TPI, pengawas mutu, dan penyuluh perlu dibekali kemampuan teknis agar dapat "
        "mendampingi nelayan dan pedagang.",
        align="justify",
    )
    heading(doc, "B. Maksud dan Tujuan", 2)
    bullets(
        doc,
        [
            "Meningkatkan pemahaman peserta tentang prinsip rantai dingin dan sanitasi.",
            "Meningkatkan keterampilan peserta dalam menangani ikan di atas kapal dan di TPI.",
            "Meningkatkan kemampuan peserta melakukan uji organoleptik sederhana.",
        ],
    )
    heading(doc, "C. Peserta", 2)
    para(
        doc,
        "Peserta adalah pegawai Dinas yang tugasnya berkaitan dengan penanganan hasil "
        "perikanan, dengan prioritas petugas TPI, pengawas mutu hasil perikanan, dan penyuluh "
        "perikanan. Jumlah peserta maksimal 25 orang per angkatan. Setiap pegawai hanya "
        "mengikuti satu angkatan.",
        align="justify",
    )
    heading(doc, "D. Waktu dan Tempat", 2)
    docx_table(
        doc,
        [
            ["Angkatan", "Tanggal", "Tempat"],
            ["Angkatan I", "10-12 Juni 2030", "Aula UPTD PPP Tanjung Rawai"],
            ["Angkatan II", "05/08/2030 - 07/08/2030", f"Aula Kantor {SINGKAT}, {ALAMAT}"],
        ],
        widths=(3.0, 5.0, 9.0),
    )
    heading(doc, "E. Kurikulum", 2)
    para(doc, "Pelatihan berlangsung 3 hari dengan total 24 JP (40% teori dan 60% praktik).")
    docx_table(
        doc,
        [
            ["Hari", "Materi", "JP", "Metode"],
            ["Hari I", "Prinsip rantai dingin hasil perikanan", "3", "Ceramah, diskusi"],
            ["Hari I", "Sanitasi dan higiene penanganan ikan", "3", "Ceramah, studi kasus"],
            ["Hari I", "Kemunduran mutu ikan", "2", "Ceramah"],
            ["Hari II", "Praktik penanganan ikan di atas kapal", "4", "Praktik"],
            ["Hari II", "Praktik penanganan ikan di TPI", "4", "Praktik"],
            ["Hari III", "Uji organoleptik ikan segar", "4", "Praktik"],
            ["Hari III", "Post-test dan evaluasi", "2", "Tes tertulis"],
            ["Hari III", "Penyusunan rencana tindak lanjut", "2", "Penugasan"],
            ["Jumlah", "", "24", ""],
        ],
        merges=((1, 0, 3, 0), (4, 0, 5, 0), (6, 0, 8, 0)),
        widths=(2.0, 8.5, 1.5, 5.0),
    )
    heading(doc, "F. Narasumber", 2)
    bullets(
        doc,
        [
            "Dua orang pengawas mutu dari Loka Mutu Hasil Perikanan Tanjung Rawai.",
            f"{KABID_P2HP}, Kepala Bidang Pengolahan dan Pemasaran Hasil Perikanan.",
        ],
    )
    heading(doc, "G. Rencana Anggaran per Angkatan", 2)
    docx_table(
        doc,
        [
            ["No", "Komponen", "Jumlah (Rp)"],
            ["1", "Honorarium narasumber", "7.200.000"],
            ["2", "Konsumsi peserta dan panitia", "13.500.000"],
            ["3", "Bahan praktik (ikan, es curai, cool box)", "9.750.000"],
            ["4", "Alat tulis, modul, dan sertifikat", "3.300.000"],
            ["5", "Transport lokal peserta", "5.000.000"],
            ["", "Jumlah per angkatan", "38.750.000"],
        ],
        widths=(1.0, 10.0, 4.0),
    )
    para(
        doc,
        "Total anggaran untuk dua angkatan adalah Rp77.500.000, bersumber dari DPA "
        "Sekretariat Dinas Tahun Anggaran 2030 pada kegiatan pengembangan kompetensi "
        "JANGKAR.",
        align="justify",
    )
    heading(doc, "H. Evaluasi dan Kelulusan", 2)
    bullets(
        doc,
        [
            "Pre-test pada awal hari I dan post-test pada hari III.",
            "Peserta dinyatakan lulus apabila nilai post-test paling rendah 70 dan kehadiran "
            "paling sedikit 90%.",
            "Peserta yang lulus memperoleh sertifikat 24 JP dan wajib mengunggah LPHB paling "
            "lambat 10 hari kerja setelah pelatihan selesai.",
        ],
    )
    heading(doc, "I. Penanggung Jawab dan Panitia", 2)
    label_table(
        doc,
        [
            ("Penanggung jawab", f"{KABID_P2HP}"),
            ("Ketua panitia", "Siti Aisyah Rambe, S.TP."),
            ("Sekretariat panitia", "Subbagian Umum dan Kepegawaian"),
            ("Kontak panitia", "WhatsApp 0813-6288-4410"),
        ],
    )
    sign_block(
        doc,
        [
            f"{KOTA}, 6 Mei 2030",
            "Kepala Bidang Pengolahan dan Pemasaran Hasil Perikanan,",
            "",
            KABID_P2HP,
        ],
    )
    doc.save(path)


# ============================================================================ XLSX
def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": f"Rekap {PROGRAM} 2029 dan Rencana 2030",
            "author": f"{SINGKAT} {KAB}",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13, "align": "center"})
    sub = wb.add_format({"italic": True, "align": "center"})
    hdr = wb.add_format(
        {
            "bold": True,
            "bg_color": "#C5D9F1",
            "border": 1,
            "text_wrap": True,
            "align": "center",
            "valign": "vcenter",
        }
    )
    cell = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "align": "center"})
    dec = wb.add_format({"border": 1, "align": "center", "num_format": "0.0"})
    money = wb.add_format({"border": 1, "num_format": "#,##0"})
    bold = wb.add_format({"border": 1, "bold": True})
    bnum = wb.add_format({"border": 1, "bold": True, "align": "center"})
    bdec = wb.add_format({"border": 1, "bold": True, "align": "center", "num_format": "0.0"})
    bmoney = wb.add_format({"border": 1, "bold": True, "num_format": "#,##0"})

    # ---- sheet 1: achievement 2029
    ws = wb.add_worksheet("Capaian 2029")
    ws.merge_range(0, 0, 0, 7, "REKAPITULASI CAPAIAN JP JANGKAR TAHUN 2029", title)
    ws.merge_range(1, 0, 1, 7, f"{DINAS} {KAB} - posisi 31 Desember 2029", sub)
    ws.merge_range(3, 0, 4, 0, "No", hdr)
    ws.merge_range(3, 1, 4, 1, "Unit Kerja", hdr)
    ws.merge_range(3, 2, 3, 4, "Jumlah Pegawai", hdr)
    ws.write_row(4, 2, ["PNS", "PPPK", "Total"], hdr)
    ws.merge_range(3, 5, 3, 6, "Memenuhi Target", hdr)
    ws.write_row(4, 5, ["Orang", "Persen"], hdr)
    ws.merge_range(3, 7, 4, 7, "Rata-rata JP", hdr)
    r = 5
    tot_p = tot_k = tot_m = 0
    tot_jp = 0.0
    for i, (name, short, pns, pppk, _head) in enumerate(UNITS, 1):
        met, avg = CAPAIAN_2029[short]
        n = pns + pppk
        ws.write(r, 0, i, num)
        ws.write(r, 1, name, cell)
        ws.write(r, 2, pns, num)
        ws.write(r, 3, pppk, num)
        ws.write(r, 4, n, num)
        ws.write(r, 5, met, num)
        ws.write(r, 6, round(100.0 * met / n + 1e-9, 1), dec)
        ws.write(r, 7, avg, dec)
        tot_p, tot_k, tot_m = tot_p + pns, tot_k + pppk, tot_m + met
        tot_jp += avg * n
        r += 1
    ws.write(r, 0, "", bold)
    ws.write(r, 1, "Jumlah Dinas", bold)
    ws.write(r, 2, tot_p, bnum)
    ws.write(r, 3, tot_k, bnum)
    ws.write(r, 4, tot_p + tot_k, bnum)
    ws.write(r, 5, tot_m, bnum)
    ws.write(r, 6, round(100.0 * tot_m / (tot_p + tot_k) + 1e-9, 1), bdec)
    ws.write(r, 7, round(tot_jp / (tot_p + tot_k) + 1e-9, 1), bdec)
    ws.write(
        r + 2,
        1,
        "Target: PNS 20 JP, PPPK 12 JP, Penyuluh Perikanan 30 JP (Perkadis Nomor 2 Tahun 2029).",
    )
    ws.write(r + 3, 1, FIKTIF)
    ws.set_column(1, 1, 48)
    ws.set_column(2, 7, 11)

    # ---- sheet 2: budget 2030
    ws = wb.add_worksheet("Anggaran 2030")
    ws.merge_range(0, 0, 0, 3, "RENCANA ANGGARAN JANGKAR TAHUN 2030", title)
    ws.merge_range(
        1, 0, 1, 3, "Sumber dana: APBD Kabupaten Batu Lontar TA 2030 (DPA Sekretariat)", sub
    )
    ws.write_row(3, 0, ["Kode", "Komponen", "Pagu (Rp)", "Keterangan"], hdr)
    budget = [
        (
            "5.01",
            "Pelatihan teknis klasikal",
            185000000,
            "termasuk Pelatihan Penanganan Ikan Segar 2 angkatan",
        ),
        ("5.02", "Pelatihan manajerial dan sosial kultural", 64000000, ""),
        (
            "5.03",
            "Pembelajaran Lapangan Pesisir (uang harian)",
            42000000,
            "perkiraan 280 orang-hari",
        ),
        ("5.04", "Kelas Dermaga", 18500000, "honor narasumber luar dan konsumsi"),
        ("5.05", "Kursus daring dan lisensi e-learning", 27000000, "60 lisensi"),
        ("5.06", "Bantuan biaya izin belajar dan tugas belajar", 36000000, ""),
        ("5.07", "Monitoring, evaluasi, dan penghargaan", 15000000, ""),
    ]
    for i, (k, name, val, note) in enumerate(budget, 4):
        ws.write(i, 0, k, cell)
        ws.write(i, 1, name, cell)
        ws.write(i, 2, val, money)
        ws.write(i, 3, note, cell)
    last = 4 + len(budget)
    ws.write(last, 0, "", bold)
    ws.write(last, 1, "Jumlah", bold)
    ws.write(last, 2, sum(b[2] for b in budget), bmoney)
    ws.write(last, 3, "", bold)
    ws.write(last + 2, 1, FIKTIF)
    ws.set_column(1, 1, 46)
    ws.set_column(2, 2, 16)
    ws.set_column(3, 3, 46)

    # ---- sheet 3: study leave
    ws = wb.add_worksheet("Tugas dan Izin Belajar")
    ws.merge_range(
        0, 0, 0, 7, "DAFTAR PEGAWAI TUGAS BELAJAR DAN IZIN BELAJAR (posisi Juni 2030)", title
    )
    ws.write_row(
        2,
        0,
        [
            "No",
            "Nama",
            "Unit Kerja",
            "Jenis",
            "Jenjang dan Program Studi",
            "Perguruan Tinggi",
            "Mulai",
            "Keterangan",
        ],
        hdr,
    )
    study = [
        (
            "Andika Pratama Sinaga, S.Pi.",
            "Bidang Perikanan Budidaya",
            "Tugas belajar",
            "S2 Ilmu Akuakultur",
            "Universitas Maritim Sumatera",
            "September 2029",
            "semester 2",
        ),
        (
            "Maya Sari Tambunan, S.Kel.",
            "Bidang PSDKP",
            "Izin belajar",
            "S2 Ilmu Kelautan",
            "Universitas Lontar Raya",
            "Februari 2030",
            "semester 1",
        ),
        (
            "Rudi Hartono Purba",
            "Sekretariat",
            "Izin belajar",
            "S1 Administrasi Publik",
            "Universitas Terbuka",
            "September 2028",
            "semester 4",
        ),
        (
            "Mhd. Iqbal Lubis",
            "UPTD PPP Tanjung Rawai",
            "Izin belajar",
            "D4 Teknologi Penangkapan Ikan",
            "Politeknik Bahari Lontar Raya",
            "September 2029",
            "semester 2",
        ),
        (
            "Dodi Saputra, S.Pi.",
            "UPTD BBI Sungai Lebak",
            "Tugas belajar",
            "S2 Manajemen Sumber Daya Perairan",
            "Universitas Maritim Sumatera",
            "September 2028",
            "semester 4, selesai Agustus 2030",
        ),
    ]
    for i, row in enumerate(study, 3):
        ws.write(i, 0, i - 2, num)
        for j, v in enumerate(row, 1):
            ws.write(i, j, v, cell)
    ws.write(3 + len(study) + 1, 1, FIKTIF)
    ws.set_column(1, 7, 24)

    # ---- sheet 4: best learners 2029
    ws = wb.add_worksheet("Pembelajar Terbaik 2029")
    ws.merge_range(0, 0, 0, 5, "PERINGKAT CAPAIAN JP TERTINGGI TAHUN 2029", title)
    ws.write_row(
        2,
        0,
        ["Peringkat", "Nama", "Unit Kerja", "Jabatan", "JP Terverifikasi", "LPHB Tepat Waktu"],
        hdr,
    )
    best = [
        (
            "Nurhasanah, S.Pi.",
            "Bidang Perikanan Budidaya",
            "Penyuluh Perikanan Ahli Muda",
            96,
            "100%",
        ),
        (
            "Rizal Effendi, A.Md.",
            "UPTD PPP Tanjung Rawai",
            "Pengadministrasi Pelayanan",
            78,
            "100%",
        ),
        ("Theresia Simanjuntak, S.E.", "Sekretariat", "Pengelola Keuangan", 74, "100%"),
        (
            "Ahmad Fauzi Nasution, A.Pi.",
            "Bidang Perikanan Tangkap",
            "Penyuluh Perikanan Ahli Muda",
            71,
            "80%",
        ),
        ("Siti Aisyah Rambe, S.TP.", "Bidang P2HP", "Pengawas Mutu Hasil Perikanan", 68, "100%"),
        ("Agus Salim Batubara, S.Pi.", "Bidang PSDKP", "Pengawas Perikanan Ahli Muda", 66, "100%"),
        ("Benny Sihombing", "UPTD BBI Sungai Lebar", "Teknisi Pembenihan", 61, "100%"),
        (
            "Rahmat Hidayat Pohan, A.Md.Pi.",
            "UPTD BBI Sungai Lebak",
            "Teknisi Pembenihan",
            58,
            "100%",
        ),
        ("Lisbet Manurung, A.Md.", "Bidang Perikanan Tangkap", "Pengolah Data", 55, "100%"),
        (
            "Andre Wijaya Ginting, S.Pi.",
            "Bidang Perikanan Budidaya",
            "Penyuluh Perikanan Ahli Pertama",
            52,
            "100%",
        ),
    ]
    for i, row in enumerate(best, 3):
        ws.write(i, 0, i - 2, num)
        for j, v in enumerate(row, 1):
            ws.write(i, j, v, num if isinstance(v, int) else cell)
    ws.write(
        3 + len(best) + 1,
        1,
        "Peringkat 1-3 ditetapkan sebagai Pembelajar Bahari Terbaik "
        "2029. Peringkat 4 tidak memenuhi kriteria LPHB tepat waktu.",
    )
    ws.write(3 + len(best) + 2, 1, FIKTIF)
    ws.set_column(1, 3, 32)
    ws.set_column(4, 5, 16)

    # ---- sheet 5: notes
    ws = wb.add_worksheet("Catatan")
    notes = [
        "CATATAN",
        f"1. Data tahun 2029 dimigrasikan dari {OLD_APP} ke SI-SAMPAN pada 2 Januari 2030.",
        "2. Persentase memenuhi target dihitung terhadap jumlah pegawai per 31 Desember 2029.",
        "3. Rata-rata JP dihitung dari JP yang telah disahkan Tim Verifikasi JP.",
        f"4. Penyusun: {ANALIS}; diperiksa: {KASUBBAG}.",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t)
    ws.set_column(0, 0, 100)
    wb.close()


# ============================================================================ CSV
def jadwal_csv():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Jadwal Pelatihan JANGKAR Semester II Tahun 2030 (posisi 24 Juni 2030)"])
    w.writerow(
        [
            "No",
            "Kode",
            "Nama Pelatihan",
            "Tanggal",
            "JP",
            "Metode",
            "Tempat",
            "Kuota",
            "Batas Daftar",
            "Penyelenggara",
        ]
    )
    rows = [
        (
            "JK-05",
            "Budidaya Udang Vaname Sistem Bioflok",
            "22/07/2030 - 26/07/2030",
            40,
            "Klasikal",
            "BP3 Sumatera Tenggara",
            6,
            hari("2030-07-05"),
            "BP3 Sumatera Tenggara",
        ),
        (
            "JK-03",
            "Penanganan Ikan Segar Higienis Angkatan II",
            "05/08/2030 - 07/08/2030",
            24,
            "Klasikal",
            "Aula Kantor DKP",
            25,
            hari("2030-07-24"),
            "DKP dan Loka Mutu Hasil Perikanan",
        ),
        (
            "JK-09",
            "Penyuluhan Partisipatif bagi Penyuluh Perikanan",
            "20-23 Agustus 2030",
            32,
            "Blended",
            "BP3 Sumatera Tenggara",
            30,
            hari("2030-08-02"),
            "BP3 Sumatera Tenggara",
        ),
        (
            "JK-12",
            "Pengawasan Sumber Daya Ikan Tingkat Dasar",
            "3-6 September 2030",
            32,
            "Klasikal",
            "Pos Pengawasan Teluk Dalam",
            20,
            hari("2030-08-20"),
            "Bidang PSDKP",
        ),
        (
            "JK-14",
            "Literasi Data dan Dasbor Produksi Perikanan",
            "17-18 September 2030",
            16,
            "Daring",
            "Zoom Dinas",
            40,
            hari("2030-09-06"),
            "Internal",
        ),
        (
            "JK-17",
            "Pengadaan Barang/Jasa Pemerintah Tingkat Dasar",
            "1-3 Oktober 2030",
            24,
            "Klasikal",
            "Aula UKPBJ",
            3,
            hari("2030-09-17"),
            "UKPBJ Kabupaten Batu Lontar",
        ),
        (
            "JK-18",
            "Pelayanan Prima di Pelabuhan Perikanan",
            hari("2030-10-07"),
            8,
            "Klasikal",
            "Aula UPTD PPP Tanjung Rawai",
            35,
            hari("2030-09-26"),
            "UPTD PPP Tanjung Rawai",
        ),
        (
            "JK-20",
            "Pengelolaan Keuangan dan SPJ bagi Bendahara",
            "14-16 Oktober 2030",
            24,
            "Klasikal",
            "Aula BPKAD",
            15,
            hari("2030-10-02"),
            "BPKAD Kabupaten Batu Lontar",
        ),
        (
            "JK-22",
            "Penulisan Naskah Kebijakan (Policy Brief)",
            "4-7 November 2030",
            30,
            "Blended",
            "BPSDM Provinsi",
            20,
            hari("2030-10-18"),
            "BPSDM Provinsi Sumatera Tenggara",
        ),
        (
            "JK-24",
            "Pembenihan Ikan Nila Salin",
            "18-20 November 2030",
            24,
            "Klasikal",
            "UPTD BBI Sungai Lebar",
            15,
            hari("2030-11-06"),
            "UPTD BBI Sungai Lebar",
        ),
    ]
    for i, row in enumerate(rows, 1):
        w.writerow([i, *row])
    w.writerow(
        [
            "# Kuota adalah jumlah kursi untuk pegawai DKP. Pendaftaran melalui SI-SAMPAN "
            "paling lambat pada tanggal batas daftar. " + FIKTIF
        ]
    )
    return out.getvalue()


def capaian_csv():
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            "Unit Kerja",
            "Jumlah Pegawai",
            "Rata-rata JP",
            "Pegawai >= 50% Target",
            "Persentase",
            "Status",
        ]
    )
    tot_n = tot_m = 0
    tot_jp = 0.0
    for name, short, pns, pppk, _ in UNITS:
        avg, met = CAPAIAN_S1_2030[short]
        n = pns + pppk
        share = 100.0 * met / n
        status = "Hijau" if share >= 60 else ("Kuning" if share >= 40 else "Merah")
        w.writerow([name, n, koma(avg), met, pct(met, n) + "%", status])
        tot_n, tot_m, tot_jp = tot_n + n, tot_m + met, tot_jp + avg * n
    w.writerow(
        [
            "Jumlah Dinas",
            tot_n,
            koma(round(tot_jp / tot_n + 1e-9, 1)),
            tot_m,
            pct(tot_m, tot_n) + "%",
            "-",
        ]
    )
    w.writerow(
        [
            "# Capaian JP Semester I 2030 per unit, sumber SI-SAMPAN posisi 30 Juni 2030. "
            "Status: Hijau >= 60%; Kuning 40-59,9%; Merah < 40%. " + FIKTIF
        ]
    )
    return out.getvalue()


COACHES = [
    (
        SEKRETARIS,
        "Sekretaris Dinas",
        "Sekretariat",
        "Mentor",
        "Manajemen kinerja dan perencanaan",
        4,
        "101",
    ),
    (
        KABID_TANGKAP,
        "Kepala Bidang Perikanan Tangkap",
        "Bidang Perikanan Tangkap",
        "Mentor",
        "Perizinan kapal dan pendataan hasil tangkapan",
        3,
        "201",
    ),
    (
        "Ahmad Fauzi Nasution, A.Pi.",
        "Penyuluh Perikanan Ahli Muda",
        "Bidang Perikanan Tangkap",
        "Coach",
        "Kelembagaan nelayan dan KUB",
        4,
        "215",
    ),
    (
        COACH_HOTMA,
        "Penyuluh Perikanan Ahli Madya",
        "Bidang Perikanan Budidaya",
        "Coach",
        "Penyuluhan partisipatif; coaching model GROW",
        5,
        "305",
    ),
    (
        "Suryani Pakpahan, S.Pi., M.P.",
        "Penyuluh Perikanan Ahli Muda",
        "Bidang Perikanan Budidaya",
        "Coach",
        "Budidaya ikan air tawar; coaching model TIRTA",
        4,
        "308",
    ),
    (
        KABID_P2HP,
        "Kepala Bidang P2HP",
        "Bidang P2HP",
        "Mentor",
        "Mutu dan keamanan hasil perikanan",
        3,
        "401",
    ),
    (
        "Agus Salim Batubara, S.Pi.",
        "Pengawas Perikanan Ahli Muda",
        "Bidang PSDKP",
        "Coach",
        "Pengawasan dan penanganan pelanggaran",
        4,
        "502",
    ),
    (
        ANALIS,
        "Analis SDM Aparatur Ahli Pertama",
        "Sekretariat",
        "Coach",
        "Penyusunan RPKI dan LPHB; coaching model TIRTA",
        6,
        "114",
    ),
    (
        "Dewi Kartika Sembiring, S.E., M.Ak.",
        "Analis Keuangan Ahli Muda",
        "Sekretariat",
        "Coach",
        "Penatausahaan keuangan dan SPJ",
        3,
        "121",
    ),
    (
        KA_PPP,
        "Kepala UPTD PPP Tanjung Rawai",
        "UPTD PPP Tanjung Rawai",
        "Mentor",
        "Operasional pelabuhan dan TPI",
        3,
        "601",
    ),
    (
        KA_LEBAR,
        "Kepala UPTD BBI Sungai Lebar",
        "UPTD BBI Sungai Lebar",
        "Mentor",
        "Pembenihan ikan nila dan ikan mas",
        2,
        "701",
    ),
    (
        KA_LEBAK,
        "Kepala UPTD BBI Sungai Lebak",
        "UPTD BBI Sungai Lebak",
        "Mentor",
        "Pembenihan udang galah",
        2,
        "702",
    ),
]


def coach_csv():
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    w.writerow(
        ["Nama", "Jabatan", "Unit Kerja", "Peran", "Bidang Keahlian", "Maks. Coachee", "Ekstensi"]
    )
    for row in COACHES:
        w.writerow(row)
    w.writerow(
        [
            f"# Daftar coach dan mentor JANGKAR tahun 2030, lampiran surat Sekretaris "
            f"Nomor 800.1/047/Sekr/2030 tanggal 14 Februari 2030. {FIKTIF}"
        ]
    )
    return out.getvalue()


# ============================================================================ HTML
NAV = (
    '<nav class="menu"><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a>'
    '</li><li><a href="/layanan">Layanan Publik</a></li><li><a href="/berita">Berita</a></li>'
    '<li><a href="/jangkar">JANGKAR</a></li><li><a href="/ppid">PPID</a></li>'
    '<li><a href="/kontak">Kontak</a></li></ul></nav>'
)
FOOT = (
    f'<footer class="site-footer"><p><strong>{DINAS} {KAB}</strong><br>{ALAMAT}<br>'
    f"Telepon {TELP} | Pos-el dkp@batulontarkab.go.id</p><p>Jam layanan: Senin-Kamis "
    "07.30-16.00 WIB, Jumat 07.30-16.30 WIB</p><p>Pengunjung hari ini: 412 | Total: 318.906</p>"
    f"<p>&copy; 2030 {SINGKAT} {KAB}. {FIKTIF}</p></footer>"
)


def _page(title, body, nav=True, foot=True, extra_head=""):
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<style>body{font-family:Arial,sans-serif;margin:0}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:4px 6px}.menu ul{list-style:none;display:flex}"
        ".menu li{margin-right:16px}</style>\n"
        f"{extra_head}</head>\n<body>\n"
        + (
            '<header class="site-header"><div class="logo">Pemerintah Kabupaten Batu Lontar'
            f" - {DINAS}</div>{NAV}</header>\n"
            if nav
            else ""
        )
        + body
        + ("\n" + FOOT if foot else "")
        + "\n</body>\n</html>\n"
    )


def berita_html():
    body = f"""<main>
<div class="breadcrumb"><a href="/">Beranda</a> &raquo; <a href="/berita">Berita</a> &raquo;
Internal</div>
<article>
<h1>SI-SAMPAN Resmi Digunakan, Catatan JP Pegawai DKP Kini Satu Pintu</h1>
<p class="meta">{hari("2030-01-07")} | Penulis: Tim Humas DKP | Dibaca 1.284 kali</p>
<p>Kepala {DINAS} {KAB}, {KADIS}, meluncurkan aplikasi {SISTEM} ({SISTEM_LONG}) di Aula
Kantor DKP pada hari ini. Mulai 7 Januari 2030 seluruh rencana, catatan kegiatan, dan laporan
pengembangan kompetensi pegawai dikelola melalui aplikasi tersebut.</p>
<p>{SISTEM} menggantikan {OLD_APP}, lembar kerja bersama yang dipakai sejak tahun 2025 untuk
mencatat jam pelajaran. "Dulu rekap satu triwulan bisa makan waktu dua minggu karena data
tersebar di banyak berkas. Sekarang setiap pegawai bisa melihat capaian JP-nya sendiri kapan
saja," kata Kepala Dinas.</p>
<h2>Fitur utama</h2>
<ul>
<li>penyusunan dan persetujuan RPKI secara daring;</li>
<li>pendaftaran pelatihan dari katalog JANGKAR;</li>
<li>unggah sertifikat dan LPHB;</li>
<li>verifikasi berjenjang oleh petugas unit dan Tim Verifikasi JP;</li>
<li>dasbor capaian JP pegawai, unit, dan Dinas.</li>
</ul>
<p>Aplikasi dikembangkan secara swakelola oleh tim internal Subbagian Umum dan Kepegawaian
bersama Diskominfo Kabupaten Batu Lontar. Sebanyak 146 akun pegawai telah dibuat. Sebelum
peluncuran, 16 petugas dari delapan unit kerja mengikuti pelatihan operator pada 3 dan 4
Januari 2030.</p>
<p>Setiap pegawai diminta masuk ke {SISTEM} paling lambat 31 Januari 2030 untuk mengganti
kata sandi awal dan menyusun RPKI. Alamat aplikasi: {URL_SAMPAN}. Bantuan teknis dapat
diperoleh melalui helpdesk WhatsApp {WA_HELP} atau pos-el {EMAIL_HELP}.</p>
</article>
</main>
<aside class="sidebar">
<h3>Berita Terkini</h3>
<ul>
<li><a href="/berita/bimtek-pokdakan">Bimtek Budidaya Ikan Nila bagi 40 Pokdakan</a></li>
<li><a href="/berita/harga-ikan">Harga Ikan di TPI Tanjung Rawai Stabil Jelang Imlek</a></li>
<li><a href="/berita/kapal">Pendaftaran Ulang Kapal di Bawah 5 GT Dibuka</a></li>
</ul>
<h3>Tautan</h3>
<ul><li><a href="https://www.bkn.go.id">BKN</a></li><li><a href="/ppid">PPID DKP</a></li></ul>
</aside>"""
    return _page(f"SI-SAMPAN Resmi Digunakan - {SINGKAT} {KAB}", body)


PLP_DIR = [  # unit, (name, position, ext, wa) utama, cadangan or None
    (
        "Sekretariat",
        ("Theresia Simanjuntak, S.E.", "Pengelola Keuangan", "117", "0813-7001-2231"),
        ("Rudi Hartono Purba", "Pengadministrasi Umum", "118", "0852-6110-4408"),
    ),
    (
        "Bidang Perikanan Tangkap",
        ("Ahmad Fauzi Nasution, A.Pi.", "Penyuluh Perikanan Ahli Muda", "215", "0812-6543-7781"),
        ("Lisbet Manurung, A.Md.", "Pengolah Data", "216", "0813-9702-3345"),
    ),
    (
        "Bidang Perikanan Budidaya",
        ("Nurhasanah, S.Pi.", "Penyuluh Perikanan Ahli Muda", "306", "0812-6021-8890"),
        ("Andre Wijaya Ginting, S.Pi.", "Penyuluh Perikanan Ahli Pertama", "307", "0821-6677-1903"),
    ),
    (
        "Bidang P2HP",
        ("Siti Aisyah Rambe, S.TP.", "Pengawas Mutu Hasil Perikanan", "405", "0813-6288-4410"),
        ("Hendrik Silalahi", "Pengadministrasi Umum", "406", "0853-7120-5561"),
    ),
    (
        "Bidang PSDKP",
        ("Agus Salim Batubara, S.Pi.", "Pengawas Perikanan Ahli Muda", "502", "0812-6390-1175"),
        ("Yohana Br. Tarigan, S.H.", "Analis Hukum Ahli Pertama", "503", "0822-7615-0092"),
    ),
    (
        "UPTD PPP Tanjung Rawai",
        ("Rizal Effendi, A.Md.", "Pengadministrasi Pelayanan", "611", "0813-7455-3019"),
        ("Mhd. Iqbal Lubis", "Petugas Syahbandar Perikanan", "612", "0852-7788-1460"),
    ),
    (
        "UPTD BBI Sungai Lebar",
        ("Wulan Dari Saragih, S.Pi.", "Teknisi Pembenihan Ahli", "711", "0812-6604-7723"),
        ("Benny Sihombing", "Teknisi Pembenihan", "712", "0813-6019-2284"),
    ),
    (
        "UPTD BBI Sungai Lebak",
        ("Rahmat Hidayat Pohan, A.Md.Pi.", "Teknisi Pembenihan", "721", "0821-6500-3348"),
        None,
    ),
]


def direktori_html():
    rows = []
    for unit, main, backup in PLP_DIR:
        span = ' rowspan="2"' if backup else ""
        rows.append(
            f"<tr><td{span}>{unit}</td><td>Utama</td><td>{main[0]}</td><td>{main[1]}</td>"
            f"<td>{main[2]}</td><td>{main[3]}</td></tr>"
        )
        if backup:
            rows.append(
                f"<tr><td>Cadangan</td><td>{backup[0]}</td><td>{backup[1]}</td>"
                f"<td>{backup[2]}</td><td>{backup[3]}</td></tr>"
            )
    table = "\n".join(rows)
    body = f"""<main>
<h1>Direktori Petugas Layanan Pengembangan (PLP) JANGKAR</h1>
<p>Diperbarui {tgl("2030-06-17")} oleh Subbagian Umum dan Kepegawaian.</p>
<p>PLP adalah pegawai yang ditunjuk kepala unit untuk membantu rekan di unitnya menggunakan
{SISTEM}, memeriksa kelengkapan sertifikat dan LPHB sebelum diteruskan ke Tim Verifikasi JP,
serta mengingatkan batas waktu. Setiap unit memiliki satu PLP utama dan satu PLP cadangan
yang bertugas apabila PLP utama cuti atau dinas luar.</p>
<p>Koordinator PLP: {ANALIS}, pesawat 114.</p>
<table>
<thead>
<tr><th rowspan="2">Unit Kerja</th><th rowspan="2">Peran</th><th rowspan="2">Nama</th>
<th rowspan="2">Jabatan</th><th colspan="2">Kontak</th></tr>
<tr><th>Ekstensi</th><th>WhatsApp</th></tr>
</thead>
<tbody>
{table}
</tbody>
</table>
<p>Catatan: PLP cadangan UPTD BBI Sungai Lebak belum ditunjuk; sementara tugasnya dirangkap
oleh PLP utama UPTD BBI Sungai Lebar.</p>
<p>Perubahan data PLP disampaikan kepala unit melalui nota dinas kepada Sekretaris.</p>
</main>"""
    return _page("Direktori PLP JANGKAR", body)


KELAS = [  # date, time, topic, speaker, place
    (
        "2030-07-10",
        "14.00-16.00",
        "Membaca Data Produksi Perikanan dengan Dasbor",
        PRAKOM,
        "Ruang Rapat Bahari",
    ),
    (
        "2030-07-24",
        "14.00-16.00",
        "Teknik Coaching GROW untuk Atasan Langsung",
        COACH_HOTMA,
        "Zoom Dinas",
    ),
    (
        "2030-08-14",
        "14.00-16.00",
        "Menyusun LPHB yang Baik dan Tepat Waktu",
        ANALIS,
        "Ruang Rapat Bahari",
    ),
    (
        "2030-08-28",
        "14.00-16.00",
        "Rantai Dingin Ikan dari Kapal ke Meja Lelang",
        KABID_P2HP,
        "Aula UPTD PPP Tanjung Rawai",
    ),
    (
        "2030-09-11",
        "14.00-16.00",
        "Penanganan Destructive Fishing di Perairan Teluk Dalam",
        "Agus Salim Batubara, S.Pi.",
        "Ruang Rapat Bahari",
    ),
    (
        "2030-09-25",
        "14.00-16.00",
        "Menghidupkan KUB Nelayan",
        "Ahmad Fauzi Nasution, A.Pi.",
        "Zoom Dinas",
    ),
    ("2030-10-09", "09.00-11.00", "Pembenihan Ikan Nila Salin", KA_LEBAR, "UPTD BBI Sungai Lebar"),
    ("2030-10-23", "09.00-11.00", "Pembenihan Udang Galah", KA_LEBAK, "UPTD BBI Sungai Lebak"),
    (
        "2030-11-13",
        "14.00-16.00",
        "Menulis Bahan Penyuluhan yang Mudah Dipahami",
        "Suryani Pakpahan, S.Pi., M.P.",
        "Ruang Rapat Bahari",
    ),
    (
        "2030-11-27",
        "14.00-16.00",
        "BerAKHLAK dalam Pelayanan di TPI",
        KA_PPP,
        "Aula UPTD PPP Tanjung Rawai",
    ),
    ("2030-12-11", "14.00-16.00", "Refleksi JANGKAR 2030", KASUBBAG, "Aula Kantor DKP"),
]


def agenda_htm():
    rows = []
    month = None
    for day, time, topic, who, place in KELAS:
        m = d(day).month
        if m != month:
            month = m
            rows.append(
                f'<tr class="bulan"><td colspan="5"><b>{BULAN[m - 1].upper()} 2030</b></td></tr>'
            )
        rows.append(
            f"<tr><td>{hari(day)}</td><td>{time} WIB</td><td>{topic}</td>"
            f"<td>{who}</td><td>{place}</td></tr>"
        )
    body = f"""<main>
<h1>Agenda Kelas Dermaga Semester II Tahun 2030</h1>
<p>Kelas Dermaga adalah komunitas belajar internal {DINAS} {KAB}. Pertemuan diadakan pada
Rabu kedua dan Rabu keempat setiap bulan. Peserta yang hadir memperoleh 2 JP dan narasumber
3 JP per pertemuan. Presensi dilakukan melalui kode QR di {SISTEM} paling lambat 15 menit
setelah sesi dimulai.</p>
<table>
<thead><tr><th>Hari, tanggal</th><th>Waktu</th><th>Topik</th><th>Narasumber</th>
<th>Tempat</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>Tautan Zoom Dinas: ID rapat 845 2230 7711, kode sandi DERMAGA30.</p>
<p>Usulan topik untuk semester I tahun 2031 dapat dikirim ke {EMAIL} paling lambat 30 November
2030.</p>
</main>"""
    return _page("Agenda Kelas Dermaga Semester II 2030", body)


# ============================================================================ Markdown
def faq_md():
    return f"""# Tanya Jawab (FAQ) JANGKAR 2030

Diperbarui 5 Juni 2030 oleh Subbagian Umum dan Kepegawaian, menyesuaikan Peraturan Kepala
Dinas Nomor 1 Tahun 2030 yang berlaku sejak 1 Mei 2030.

## Umum

### Apa itu JANGKAR?
JANGKAR ({PROGRAM_LONG}) adalah program pengembangan kompetensi seluruh pegawai {DINAS}
{KAB}. Semua kegiatan belajar dicatat di {SISTEM}.

### Berapa JP yang harus saya penuhi setiap tahun?
PNS paling sedikit 20 JP. PPPK paling sedikit 16 JP per tahun kontrak (sebelum 1 Mei 2030
targetnya 12 JP). Penyuluh Perikanan paling sedikit 30 JP, dengan minimal 10 JP teknis
penyuluhan.

### Berapa menit satu JP?
Satu JP sama dengan 45 menit.

### Saya cuti melahirkan tiga bulan. Apakah target saya tetap 20 JP?
Tidak. Target dihitung proporsional sesuai bulan aktif. Untuk PNS yang aktif 9 bulan,
targetnya 15 JP.

### Saya pindahan dari instansi lain di tengah tahun. Bagaimana JP saya sebelumnya?
JP yang diperoleh di instansi asal pada tahun yang sama diakui apabila ada sertifikatnya.
Unggah sertifikat tersebut paling lambat 30 hari setelah tanggal SK pindah.

## Kegiatan dan konversi

### Apakah webinar dihitung?
Dihitung: setengah hari 2 JP, sehari penuh 4 JP, dengan bukti kehadiran atau sertifikat.

### Berapa JP untuk Pembelajaran Lapangan Pesisir (PLP)?
Sejak 1 Mei 2030 satu hari PLP dihitung 5 JP dan paling banyak 20 JP dalam setahun. Satu
kegiatan PLP paling lama 3 hari dan usulannya diajukan paling lambat 10 hari kerja sebelum
pelaksanaan.

### Berapa JP untuk coaching?
Satu sesi coaching atau mentoring dihitung 2 JP, paling banyak 2 sesi per bulan.

### Apakah semua JP saya boleh dari kegiatan nonklasikal?
Tidak. JP nonklasikal diakui paling banyak 75% dari target. PNS tetap memerlukan minimal 5 JP
dari pelatihan klasikal.

### Apakah pelatihan yang saya bayar sendiri dihitung?
Dihitung apabila kegiatannya tercantum dalam RPKI dan disetujui Mentor Belajar.

## Pelaporan dan verifikasi

### Kapan LPHB harus diunggah?
Paling lambat 10 hari kerja setelah kegiatan selesai. Untuk kegiatan yang selesai sebelum
1 Mei 2030 berlaku batas lama, yaitu 14 hari kalender.

### Berapa lama JP saya diverifikasi?
Tim Verifikasi JP menyelesaikan verifikasi paling lambat 3 hari kerja sejak LPHB diunggah.

### Apakah {SISTEM} tersambung ke SIASN atau MyASN?
Tidak. {SISTEM} tidak terhubung dengan SIASN BKN. Setelah JP disahkan, perbarui sendiri
riwayat diklat Anda di MyASN dengan sertifikat yang sama.

### Saya dua tahun berturut-turut tidak memenuhi target. Apa konsekuensinya?
Anda wajib mengikuti Program Pendampingan Belajar selama 3 bulan bersama coach yang ditunjuk
Sekretaris Dinas (Pasal 9A). Angkatan pertama dimulai Januari 2031.

## Akun

### Saya lupa kata sandi {SISTEM}.
Hubungi helpdesk melalui WhatsApp {WA_HELP}. Kata sandi diatur ulang paling lambat 1 hari
kerja.

### Pegawai baru belum punya akun. Apa yang harus dilakukan?
Akun dibuat oleh administrator setelah salinan SK atau perjanjian kerja diterima Subbagian
Umum dan Kepegawaian.

---
{FIKTIF}
"""


def panduan_md():
    return f"""# Panduan Penggunaan {SISTEM} untuk Pegawai

Versi aplikasi 1.2, Februari 2030. Disusun oleh {PRAKOM} dan {ANALIS}

Istilah dalam panduan ini:

- **PLP**: Petugas Layanan Pengembangan, pegawai yang ditunjuk di setiap unit kerja untuk
  memeriksa kelengkapan berkas sebelum diteruskan ke Tim Verifikasi JP.
- **RPKI**: Rencana Pengembangan Kompetensi Individu.
- **LPHB**: Laporan Penerapan Hasil Belajar.

## 1. Masuk ke aplikasi

1. Buka {URL_SAMPAN} melalui peramban (Chrome atau Firefox versi terbaru).
2. Isi nama pengguna:
   - PNS: NIP 18 digit tanpa spasi;
   - PPPK: nomor induk PPPK.
3. Isi kata sandi.
   - Kata sandi awal adalah tanggal lahir dengan format ddmmyyyy.
   - Saat pertama kali masuk Anda wajib menggantinya:
     1. minimal 8 karakter;
     2. memuat huruf dan angka;
     3. tidak sama dengan tanggal lahir.
4. Setelah 5 kali salah memasukkan kata sandi, akun terkunci selama 30 menit.

## 2. Menyusun RPKI

1. Pilih menu **Rencana** lalu **RPKI Tahunan**.
2. Klik **Tambah Rencana**, lalu isi:
   - kompetensi yang akan dikembangkan;
   - bentuk kegiatan (klasikal atau nonklasikal);
   - perkiraan JP dan bulan pelaksanaan;
   - kaitan dengan SKP.
3. Klik **Ajukan**. RPKI masuk ke akun atasan langsung untuk disetujui.
4. Batas pengajuan RPKI adalah 31 Januari; revisi hanya dapat dilakukan satu kali sampai
   31 Juli.

## 3. Mencatat kegiatan dan mengunggah bukti

1. Pilih menu **Kegiatan** lalu **Tambah Kegiatan**.
2. Pilih jenis kegiatan dari daftar. Untuk kegiatan di luar katalog pilih **Lainnya** dan
   tulis nama kegiatan lengkap.
3. Unggah sertifikat atau bukti kegiatan:
   - format PDF atau JPG;
   - ukuran berkas paling besar 2 MB;
   - nama berkas tanpa tanda baca selain tanda hubung.
4. Unggah LPHB pada tab **LPHB** dari kegiatan yang sama.

## 4. Alur status berkas

1. **Draf**: berkas tersimpan tetapi belum dikirim.
2. **Diajukan**: berkas menunggu pemeriksaan PLP di unit Anda.
3. **Diperiksa PLP**: PLP telah memeriksa kelengkapan dan meneruskan ke Tim Verifikasi JP.
   - Jika ada kekurangan, status berubah menjadi **Dikembalikan** dengan catatan.
   - Perbaiki dan kirim ulang paling lambat 5 hari kerja.
4. **Disahkan**: JP telah tercatat dan tampil di dasbor.

## 5. Dasbor

- Warna hijau: capaian JP Anda sudah memenuhi target tahunan.
- Warna kuning: capaian 50% sampai kurang dari 100% target.
- Warna merah: capaian di bawah 50% target.

## 6. Bantuan

- Helpdesk WhatsApp {WA_HELP} (hanya pesan teks).
- Pos-el {EMAIL_HELP}.
- Jam layanan helpdesk: Senin-Kamis 08.00-15.30 WIB dan Jumat 08.00-11.00 WIB.
- Untuk pertanyaan tentang berkas Anda, hubungi dulu PLP di unit Anda (lihat Direktori PLP di
  intranet).

---
{FIKTIF}
"""


# ============================================================================ plain text
def wa_txt():
    msgs = [
        (
            "03/06/30 10.02",
            "Bagus Prakom",
            "Selamat pagi rekan2 PLP. SI-SAMPAN versi 1.3 sudah "
            "rilis hari ini. Batas ukuran unggah sertifikat dan LPHB naik dari 2 MB jadi 5 MB. "
            "Format tetap PDF/JPG ya.",
        ),
        ("03/06/30 10.05", "Theresia Sekretariat", "Mantap pak, ga perlu kompres2 lagi 👍"),
        (
            "10/06/30 07.41",
            "Fitri JANGKAR",
            "Pagi, hari ini mulai Pelatihan Penanganan Ikan "
            "Segar Angkatan I di Aula UPTD PPP. Peserta mohon hadir jam 07.30, registrasi di "
            "meja panitia.",
        ),
        (
            "20/06/30 14.12",
            "Fitri JANGKAR",
            "Rekan2 PLP, batas input JP semester I tgl 5 Juli "
            "2030 ya. Tolong diingatkan ke pegawai di unit masing2.",
        ),
        (
            "20/06/30 14.20",
            "Rizal UPTD PPP",
            "Bu, anggota kami banyak yg sif malam minggu ini, bisa diundur?",
        ),
        (
            "21/06/30 08.03",
            "Fitri JANGKAR",
            "Ralat 🙏 batas input JP semester I DIUNDUR jadi "
            "Jumat 12 Juli 2030 jam 15.00 WIB, sesuai arahan Bu Sekretaris. Nota dinas "
            "menyusul. Abaikan info tgl 5 Juli kemarin.",
        ),
        ("21/06/30 08.10", "Rudi Sekretariat", "Siap bu. Kelas Dermaga Juli jadi tgl brp?"),
        (
            "21/06/30 08.15",
            "Fitri JANGKAR",
            "Rabu 10 Juli jam 13.30 di Ruang Rapat Bahari, narasumber Pak Bagus.",
        ),
        (
            "21/06/30 08.31",
            "Fitri JANGKAR",
            "Maaf salah ketik, Kelas Dermaga 10 Juli mulai jam 14.00 ya, bukan 13.30.",
        ),
        (
            "24/06/30 09.47",
            "Rahmat BBI Lebak",
            "Pak Bagus, pegawai baru PPPK kami di BBI Sungai Lebak kok belum bisa login ya?",
        ),
        (
            "24/06/30 09.58",
            "Bagus Prakom",
            "Akun pegawai baru dibuat maks 3 hari kerja setelah "
            "scan perjanjian kerja diterima Subbag Umpeg. Kirim scan-nya ke helpdesk ya pak.",
        ),
        (
            "25/06/30 11.20",
            "Agus PSDKP",
            "Bu Fitri, webinar dari KKP yg setengah hari kemarin dihitung ga?",
        ),
        (
            "25/06/30 11.26",
            "Fitri JANGKAR",
            "Dihitung pak, 2 JP, asal ada sertifikat atau bukti hadir.",
        ),
        (
            "26/06/30 16.05",
            "Fitri JANGKAR",
            "Info: rapat PLP berikutnya Kamis 4 Juli 2030 jam "
            "09.00 via Zoom Dinas. Agenda: persiapan verifikasi semester I.",
        ),
        (
            "26/06/30 16.09",
            "Wulan BBI Lebar",
            "Siap hadir bu. Sekalian saya bantu Pak Rahmat "
            "yg di Lebak ya, krn cadangan di sana belum ada.",
        ),
    ]
    lines = [
        "01/06/30 08.00 - Pesan dan panggilan terenkripsi secara end-to-end.",
        '01/06/30 08.00 - Fitri JANGKAR membuat grup "PLP JANGKAR DKP 2030"',
    ]
    for t, who, m in msgs:
        lines.append(f"{t} - {who}: {m}")
    lines.append("26/06/30 16.30 - Fitri JANGKAR: <Media tidak disertakan>")
    lines.append(f"26/06/30 16.31 - Fitri JANGKAR: {FIKTIF}")
    return "\n".join(lines) + "\n"


def memo_txt():
    return f"""PEMERINTAH KABUPATEN BATU LONTAR
DINAS KELAUTAN DAN PERIKANAN
{ALAMAT}

NOTA DINAS

Kepada   : Yth. 1. Para Kepala Bidang
                2. Para Kepala UPTD
Dari     : Sekretaris Dinas
Tembusan : Kepala Dinas
Tanggal  : 25 Juni 2030
Nomor    : 800.1/131/Sekr/2030
Sifat    : Penting
Lampiran : -
Hal      : Batas Input dan Verifikasi JP Semester I Tahun 2030

Dalam rangka penyusunan rekapitulasi capaian JP semester I tahun 2030, dengan hormat kami
sampaikan hal-hal sebagai berikut:

1. Seluruh kegiatan pengembangan kompetensi yang dilaksanakan pada 1 Januari sampai dengan
   30 Juni 2030 beserta LPHB-nya diinput ke SI-SAMPAN paling lambat Jumat, 12 Juli 2030
   pukul 15.00 WIB.
2. Petugas Layanan Pengembangan di setiap unit menyelesaikan pemeriksaan berkas paling
   lambat Rabu, 17 Juli 2030.
3. Tim Verifikasi JP mengesahkan JP, dan rekap semester I disampaikan kepada BKPSDM
   Kabupaten Batu Lontar paling lambat Jumat, 19 Juli 2030.
4. Unit kerja dengan status Merah (persentase pegawai yang mencapai 50% target di bawah 40%)
   menyampaikan rencana percepatan capaian JP kepada Sekretaris paling lambat Jumat,
   26 Juli 2030.
5. Kegiatan yang diinput setelah batas waktu pada angka 1 dicatat sebagai capaian
   semester II.

Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.

Sekretaris Dinas,

{SEKRETARIS}
NIP {SEKRETARIS_NIP}

{FIKTIF}
"""


def email_txt():
    return f"""From: Andre Wijaya Ginting <andre.ginting@{DOMAIN}>
To: Dedi Kurniawan Harahap <dedi.harahap@{DOMAIN}>
Cc: Lestari Wulandari Pane <kabid.budidaya@{DOMAIN}>
Date: Selasa, 18 Juni 2030 10:12
Subject: RE: FW: Kuota Pelatihan Budidaya Udang Vaname Sistem Bioflok (22-26 Juli 2030)

Siap Pak Dedi, nama-nama calon peserta dari Bidang Budidaya akan kami kirim sebelum 1 Juli.
Satu pertanyaan: biaya kontribusinya dibebankan ke mana ya Pak? Apakah peserta juga
menerima uang harian?

Salam,
Andre

-----Original Message-----
From: Dedi Kurniawan Harahap <dedi.harahap@{DOMAIN}>
Sent: Senin, 17 Juni 2030 15:40
To: Andre Wijaya Ginting; Lestari Wulandari Pane
Subject: FW: Kuota Pelatihan Budidaya Udang Vaname Sistem Bioflok (22-26 Juli 2030)

> Bu Lestari, Andre,
>
> Kabar baik, BP3 menambah kuota kita menjadi 6 orang (lihat di bawah). Pembagiannya:
> Bidang Perikanan Budidaya 3 orang, UPTD BBI Sungai Lebar 2 orang, dan UPTD BBI Sungai
> Lebak 1 orang. Mohon usulan nama dikirim ke saya paling lambat 1 Juli 2030 supaya bisa
> saya teruskan ke BP3 sebelum batas mereka.
>
> Kontribusi dibayar dari pagu pelatihan teknis JANGKAR (DPA Sekretariat). Karena akomodasi
> dan konsumsi ditanggung penyelenggara, peserta tidak menerima uang harian, hanya biaya
> transport pergi-pulang.
>
> Dedi
>
> -----Original Message-----
> From: Melati Purba <melati.purba@bp3-sumteng.example>
> Sent: Jumat, 14 Juni 2030 09:05
> To: Dedi Kurniawan Harahap
> Subject: RE: Kuota Pelatihan Budidaya Udang Vaname Sistem Bioflok
>
>> Yth. Bapak Dedi,
>>
>> Menindaklanjuti permohonan Bapak, kuota untuk DKP Kabupaten Batu Lontar kami tambah
>> menjadi 6 (enam) orang. Biaya kontribusi tetap Rp1.250.000 per peserta.
>>
>> -----Original Message-----
>> From: Dedi Kurniawan Harahap
>> Sent: Rabu, 12 Juni 2030 08:30
>> Subject: RE: Kuota Pelatihan Budidaya Udang Vaname Sistem Bioflok
>>
>>> Ibu Melati, terima kasih informasinya. Apakah kuota untuk kami dapat ditambah 2 orang?
>>> Kebutuhan dari Bidang Budidaya dan dua UPTD Balai Benih Ikan cukup tinggi tahun ini.
>>>
>>> -----Original Message-----
>>> From: Melati Purba, Seksi Penyelenggaraan BP3 Sumatera Tenggara
>>> Sent: Selasa, 11 Juni 2030 09:14
>>> Subject: Kuota Pelatihan Budidaya Udang Vaname Sistem Bioflok
>>>
>>>> Yth. Kepala Subbagian Umum dan Kepegawaian DKP Kabupaten Batu Lontar,
>>>>
>>>> Bersama ini kami informasikan Pelatihan Budidaya Udang Vaname Sistem Bioflok
>>>> angkatan 2030 akan dilaksanakan pada 22/07/2030 - 26/07/2030 di kampus BP3
>>>> Sumatera Tenggara, dengan beban 40 JP. Kuota untuk DKP Kabupaten Batu Lontar adalah
>>>> 4 (empat) orang.
>>>>
>>>> Biaya kontribusi Rp1.250.000 per peserta, sudah termasuk akomodasi, konsumsi, dan
>>>> modul. Syarat peserta: pegawai yang menangani budidaya atau penyuluhan, usia paling
>>>> tinggi 50 tahun, dan membawa laptop.
>>>>
>>>> Nama peserta kami terima paling lambat 5 Juli 2030. Narahubung: Melati Purba,
>>>> telepon/WhatsApp 0813-6120-4471.
>>>>
>>>> Hormat kami,
>>>> Melati Purba
>>>> Seksi Penyelenggaraan BP3 Sumatera Tenggara

--
{FIKTIF}
"""


def bimtek_md():
    return f"""# Bimbingan Teknis Budidaya Ikan Nila bagi Kelompok Pembudidaya Ikan (Pokdakan) 2030

Pengumuman Bidang Perikanan Budidaya, {DINAS} {KAB}.

Kegiatan ini merupakan layanan penyuluhan kepada masyarakat pembudidaya ikan, bukan kegiatan
JANGKAR bagi pegawai. Pegawai Dinas yang bertugas sebagai panitia atau narasumber mengikuti
ketentuan surat tugas masing-masing.

## Waktu dan tempat

| Gelombang | Tanggal | Tempat |
|---|---|---|
| Gelombang 1 | 20-23 Mei 2030 | Balai Desa Lubuk Bening |
| Gelombang 2 | 17-20 Juni 2030 | UPTD BBI Sungai Lebar |

## Peserta

- 40 Pokdakan dari 9 kecamatan, masing-masing mengirim 2 orang (jumlah 80 orang).
- Pokdakan terdaftar di Dinas dan aktif membudidayakan ikan nila paling singkat 1 tahun.
- Pendaftaran melalui penyuluh perikanan di kecamatan paling lambat 10 Mei 2030.

## Materi

1. Pemilihan induk dan benih nila unggul.
2. Pakan mandiri berbahan lokal.
3. Pengelolaan kualitas air kolam terpal.
4. Pencatatan usaha dan akses permodalan.

## Fasilitas

Peserta mendapat benih nila 2.000 ekor per Pokdakan, pakan 50 kg, modul, dan uang transport
Rp100.000 per orang per hari.

## Narahubung

Suryani Pakpahan, S.Pi., M.P. (Penyuluh Perikanan Ahli Muda), WhatsApp 0812-6077-3105.

---
{FIKTIF}
"""


# ============================================================================ registry
def _w_text(fn, newline="\n"):
    def write(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(fn().replace("\r\n", "\n").replace("\n", newline))

    return write


def _w_bom_crlf(fn):
    def write(path):
        with open(path, "wb") as f:
            f.write(b"\xef\xbb\xbf" + fn().encode("utf-8"))

    return write


DOCS = {
    "pedoman-jangkar-2030": ("pdf", render_pedoman),
    "perkadis-2-2029-jangkar": ("pdf", render_reg_2029),
    "perkadis-1-2030-perubahan-jangkar": ("pdf", render_reg_2030),
    "se-800-217-2027-izin-belajar": ("docx", write_se_2027),
    "se-izin-tugas-belajar-2030": ("pdf", render_se_2030),
    "paparan-sosialisasi-perubahan-jangkar": ("pdf", render_slides),
    "buletin-riak-edisi-2-2030": ("pdf", render_buletin),
    "sop-pengajuan-plp": ("docx", write_sop),
    "notulen-rakor-jangkar-21-mei-2030": ("docx", write_notulen),
    "kak-pelatihan-penanganan-ikan-2030": ("docx", write_kak),
    "rekap-jangkar-2029": ("xlsx", write_xlsx),
    "jadwal-pelatihan-semester-2-2030": ("csv", _w_text(jadwal_csv)),
    "capaian-jp-unit-semester-1-2030": ("csv", _w_bom_crlf(capaian_csv)),
    "daftar-coach-mentor-2030": ("csv", _w_text(coach_csv)),
    "berita-peluncuran-si-sampan": ("html", _w_text(berita_html)),
    "direktori-plp-unit": ("html", _w_text(direktori_html)),
    "agenda-kelas-dermaga-2030": ("htm", _w_text(agenda_htm, "\r\n")),
    "faq-jangkar-2030": ("md", _w_text(faq_md)),
    "panduan-si-sampan": ("md", _w_text(panduan_md)),
    "bimtek-pokdakan-nila-2030": ("md", _w_text(bimtek_md)),
    "grup-wa-plp-jangkar": ("txt", _w_text(wa_txt)),
    "nota-dinas-batas-input-jp-2030": ("txt", _w_text(memo_txt)),
    "email-kuota-pelatihan-bioflok": ("txt", _w_text(email_txt)),
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
                if tag in ("script", "style", "title"):
                    outer.skip += 1
                elif tag in outer.BLOCK:
                    outer.out.append("\n")
                elif tag in ("td", "th"):
                    outer.out.append(" ")

            def handle_endtag(self, tag):
                if tag in ("script", "style", "title"):
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


def _xlsx_cell(v, fmt):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        return ribuan(v) if "," in (fmt or "") and abs(v) >= 1000 else str(v)
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").replace(".", ",")
    return str(v)


def doc_text(stem):
    """Text of a document as a plain reader extracts it (pypdf, python-docx, openpyxl)."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "docx":
        import docx

        dd = docx.Document(path)
        lines = _docx_lines(dd)
        for s in dd.sections[:1]:
            lines += [p.text for p in s.footer.paragraphs]
        return "\n".join(lines)
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(f"## {ws.title}")
            for row in ws.iter_rows():
                cells = [_xlsx_cell(c.value, c.number_format) for c in row]
                if any(cells):
                    out.append("\t".join(cells).rstrip())
        return "\n".join(out) + "\n"
    with open(path, encoding="utf-8-sig") as f:
        raw = f.read()
    if ext in ("html", "htm"):
        return _Strip().text(raw)
    return raw


def ingest_text(stem):
    """Text of a document as Pandu's own loaders read it (None when they cannot be imported)."""
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    try:
        from pathlib import Path

        from ingest.loaders import load_file
    except ImportError:
        return None
    p = Path(path_of(stem))
    doc = load_file(p, p.read_bytes())
    parts = [doc.title]
    for s in doc.sections:
        parts.append(" > ".join(s.heading))
        parts.append(s.text)
    return "\n".join(parts)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2013", "-")
    s = s.replace("\u2014", "-").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


# ============================================================================ check
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
    "kita",
    "kami",
    "sih",
    "dong",
    "nya",
    "brp",
    "tahun",
    "dinas",
    "adalah",
    "sudah",
    "udah",
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
    "pak",
    "bu",
    "mohon",
    "tolong",
    "info",
    "jangkar",
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
    "contact",
    "where",
    "definition",
    "acronym",
    "procedure",
    "condition",
    "table",
    "changed",
    "unchanged",
    "replaced",
    "correction",
    "comparison",
    "yesno",
    "slides",
    "letter",
    "chat",
    "email",
    "memo",
    "two-column",
    "typo",
    "english",
    "long-pdf",
    "ambiguous",
    "similar-units",
    "batches",
    "synonym",
    "middle",
}
OOS_IDS = (901, 940)


def _header_counts():
    with open(QUESTIONS, encoding="utf-8") as f:
        head = "".join(ln for ln in f if ln.startswith("#"))
    m = re.search(
        r"zd001-zd(\d{3}) answerable, zd901-zd(\d{3}) out of scope "
        r"\(zd901-zd(\d{3}) near, zd(\d{3})-zd(\d{3}) far\)",
        head,
    )
    if not m:
        return None
    a, o_end, n_end, f_start, f_end = (int(x) for x in m.groups())
    return {"answerable": a, "oos": o_end - 900, "near": (901, n_end), "far": (f_start, f_end)}


def check():
    import yaml

    with open(QUESTIONS, encoding="utf-8") as f:
        qs = yaml.safe_load(f)
    errors = []
    ids = [q.get("id") for q in qs]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        errors.append(f"duplicate question ids: {dup}")
    texts, loaded = {}, {}
    for stem in DOCS:
        if not os.path.exists(path_of(stem)):
            errors.append(f"missing document {stem}")
            continue
        texts[stem] = norm(doc_text(stem))
        got = ingest_text(stem)
        if got is not None:
            loaded[stem] = norm(got)
        if norm(FIKTIF) not in texts[stem]:
            errors.append(f"{stem}: fiction notice missing")
    if not loaded:
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
        num = int(q["id"][2:]) if re.fullmatch(r"zd\d{3}", str(q["id"])) else 0
        if not exp or "oos" in tags:
            if exp or facts or "oos" not in tags:
                errors.append(f"{q['id']}: out-of-scope question needs [] expected, [] facts, oos")
            if not OOS_IDS[0] <= num <= OOS_IDS[1]:
                errors.append(f"{q['id']}: out-of-scope ids are zd901..zd940")
            if "near" in tags:
                n_near += 1
                near_qs.append(q)
                if hc and not hc["near"][0] <= num <= hc["near"][1]:
                    errors.append(f"{q['id']}: near id outside the header's near range")
            elif "far" in tags:
                n_far += 1
                if hc and not hc["far"][0] <= num <= hc["far"][1]:
                    errors.append(f"{q['id']}: far id outside the header's far range")
            else:
                errors.append(f"{q['id']}: oos needs near|far")
            continue
        if not 1 <= num <= 899:
            errors.append(f"{q['id']}: answerable ids are zd001..zd899")
        ans_ids.append(num)
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
                errors.append(f"{q['id']}: fact {fact!r} not found in {first} (plain text)")
            if first in loaded and nf not in loaded[first]:
                errors.append(f"{q['id']}: fact {fact!r} not found in {first} (as ingested)")
            if nf in ql:
                errors.append(f"{q['id']}: fact {fact!r} appears verbatim in the question")
    if ans_ids != list(range(1, len(ans_ids) + 1)):
        errors.append("answerable ids must run zd001, zd002, ... without gaps, in order")
    for stem, n in per_first.items():
        if n < 5:
            errors.append(f"document {stem} is first expected of only {n} questions (need >= 5)")
    if n_ans < 220:
        errors.append(f"only {n_ans} answerable questions (need >= 220)")
    if n_near + n_far != 40 or n_near < 15 or n_far < 15:
        errors.append(f"out of scope must be 40 (>= 15 near, >= 15 far), got {n_near}+{n_far}")
    if hc and (hc["answerable"], hc["oos"]) != (n_ans, n_near + n_far):
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
        use_ingest = "--ingest" in argv
        for stem in DOCS:
            if names and stem not in names:
                continue
            print(f"===== {stem}.{DOCS[stem][0]} =====")
            print(ingest_text(stem) if use_ingest else doc_text(stem))
        return 0
    write_documents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
