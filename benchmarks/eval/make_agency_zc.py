#!/usr/bin/env python3
"""Generate the documents of the fictional "agency ZC" evaluation set.

Agency ZC: Dinas Kesehatan Kota Pelabuhan Lirang (fictional city in the fictional Provinsi
Samudra Timur, WIT), with 14 puskesmas, the UPTD Laboratorium Kesehatan Daerah (Labkesda) and
the UPTD Instalasi Farmasi Kota (IFK); 597 employees (441 PNS, 156 PPPK), most of them health
workers. Its competency development programme is "LENTERA" (Layanan Edukasi dan Pengembangan
Tenaga Aparatur Kesehatan), recorded in the information system "SIMPUL" (Sistem Informasi
Manajemen Pembelajaran Lirang), whose version 2.0 went live on 4 March 2030.

"SKP" means two things here and the documents keep them apart: Sasaran Kinerja Pegawai (ASN
performance, e-Kinerja) and Satuan Kredit Profesi ("SKP Profesi": health professionals'
credits on the Ministry of Health's learning platform, needed to renew a SIP). The rule lets
SKP Profesi be recognised as JP (1 SKP Profesi = 2 JP, capped per year), never the reverse.

Rules: the ORIGINAL rule is Peraturan Kepala Dinas Nomor 7 Tahun 2028 (set 21 August 2028); the
AMENDMENT, Peraturan Kepala Dinas Nomor 3 Tahun 2030 "Perubahan atas ..." (set 11 February
2030, in force 1 March 2030), changes Pasal 2 ayat (2), Pasal 5 ayat (2) huruf a and e, Pasal 6
ayat (3), Pasal 8 ayat (1) and (4), Pasal 11 ayat (1), and inserts Pasal 8A. Every other
article of the original rule stays in force. The handbook (Pedoman Teknis Edisi 2029) follows
the original rule.

Near-domain traps (public tasks of the agency, not competency development of its staff): a
dengue (DBD) situation report, the school immunisation (BIAS) schedule, puskesmas service hours
and tariffs, and STR/SIP licensing information for health workers of the city.

Usage:
  python make_agency_zc.py                     # write the documents into agency_zc/
  python make_agency_zc.py --text [stem ...]   # print each document's text as the project's
                                               # ingest loaders extract it
  python make_agency_zc.py --check             # check questions_agency_zc.yaml against it

Dokumen fiktif, untuk evaluasi.
"""

from __future__ import annotations

import csv
import datetime
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "agency_zc")
QUESTIONS = os.path.join(HERE, "questions_agency_zc.yaml")
FIXED_DATE = datetime.datetime(2030, 3, 20, 9, 0, tzinfo=datetime.UTC)
ZIP_DATE = (2030, 3, 20, 9, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."
GEN = "make_agency_zc.py"

DINAS = "Dinas Kesehatan Kota Pelabuhan Lirang"
DINAS_UP = DINAS.upper()
KOTA = "Kota Pelabuhan Lirang"
KOTA_TTD = "Pelabuhan Lirang"
PROV = "Provinsi Samudra Timur"
PROGRAM = "LENTERA"
PROGRAM_LONG = "Layanan Edukasi dan Pengembangan Tenaga Aparatur Kesehatan"
SISTEM = "SIMPUL"
SISTEM_LONG = "Sistem Informasi Manajemen Pembelajaran Lirang"
ALAMAT = "Jl. Dermaga Lama No. 17, Pelabuhan Lirang 97412"
TELP = "(0917) 352 440"
DOMAIN = "dinkes.pelabuhanlirangkota.go.id"
EMAIL = f"lentera@{DOMAIN}"
URL_SIMPUL = f"https://simpul.{DOMAIN}"
WA_HELP = "0821-9874-3310"
WA_HELP_OLD = "0813-4470-2196"

KADIS_OLD = "dr. Yohanis Matruty, M.Kes."
KADIS_OLD_NIP = "19700314 199803 1 0**"
KADIS = "dr. Fatmawati Rumalutur, M.P.H."
KADIS_NIP = "19760921 200501 2 0**"
SEKRETARIS = "Abdul Rahman Tuasikal, S.K.M., M.Kes."
SEKRETARIS_NIP = "19780405 200312 1 0**"
KASUBBAG = "Maria Goreti Sapulette, S.Sos., M.AP."
KASUBBAG_NIP = "19830717 200903 2 0**"
ANALIS = "Ridwan Kaplale, S.Psi."
PRAKOM = "Stevanus Pattinama, S.Kom."
KABID_SDK = "apt. Nurlela Wattimena, S.Farm., M.Sc."
KABID_P2P = "dr. Ronald Lekatompessy, M.Epid."
KABID_KESMAS = "Hadijah Rumra, S.K.M., M.Kes."
KABID_YANKES = "drg. Sri Wahyuni Pelupessy, M.M."
KA_LAB = "Theresia Ohoiwutun, S.Si., M.Si."
KA_IFK = "apt. Muhammad Ikbal Renwarin, S.Farm."
TERBAIK_2029 = "Ns. Agustina Rahayaan, S.Kep."

BULAN = [
    "",
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


def ribuan(n):
    return f"{n:,}".replace(",", ".")


def rp(n):
    return f"Rp{ribuan(n)},00"


def koma(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------------------- units
# name, PNS, PPPK, total JP 2029, employees meeting the 2029 target, FKU (one or two), head
UNITS = [
    ("Kantor Dinas (Sekretariat dan Bidang)", 84, 12, 2208, 83, ["Yuliana Tupamahu, S.E."]),
    ("UPTD Laboratorium Kesehatan Daerah", 18, 6, 612, 22, ["Kristina Manuhutu, A.Md.AK."]),
    ("UPTD Instalasi Farmasi Kota", 11, 4, 318, 12, ["Rahmat Sanaky, A.Md.Farm."]),
    (
        "Puskesmas Lirang Kota",
        31,
        12,
        1032,
        38,
        ["Ns. Fransina Leiwakabessy, S.Kep.", "Umar Tuanany, S.K.M."],
    ),
    ("Puskesmas Pasar Ikan", 27, 10, 851, 33, ["Siti Nurjanah Ollong, A.Md.Keb."]),
    (
        "Puskesmas Tanjung Batu",
        35,
        14,
        1372,
        47,
        ["Ns. Yakobus Rahanra, S.Kep.", "Lusiana Matakena, A.Md.Gz."],
    ),
    ("Puskesmas Waihaka", 20, 9, 493, 21, ["Nurhayati Kelilauw, A.Md.Kep."]),
    ("Puskesmas Teluk Nila", 22, 8, 600, 25, ["Jeane Sahetapy, S.Tr.Keb."]),
    ("Puskesmas Kota Lama", 24, 9, 726, 28, ["Anwar Latupono, S.K.M."]),
    ("Puskesmas Pulau Koli", 19, 11, 420, 18, ["Marthen Wokanubun, A.Md.Kep."]),
    ("Puskesmas Lorong Pala", 18, 7, 550, 21, ["Rosalina Tetelepta, A.Md.Keb."]),
    ("Puskesmas Bukit Cengkih", 21, 8, 551, 22, ["Hamid Wailissa, S.Tr.Kes."]),
    ("Puskesmas Tanah Tinggi", 23, 10, 759, 29, ["Ns. Debora Lewerissa, S.Kep."]),
    ("Puskesmas Karang Putih", 19, 7, 572, 22, ["apt. Yusuf Ohorella, S.Farm."]),
    ("Puskesmas Pantai Mutiara", 22, 9, 713, 27, ["Magdalena Kakisina, A.Md.Kep."]),
    ("Puskesmas Wailela", 17, 8, 475, 19, ["Fahmi Sangadji, S.K.M."]),
    (
        "Puskesmas Kampung Nelayan",
        30,
        12,
        882,
        33,
        ["Ns. Ivonne Tahapary, S.Kep.", "Arifin Rumakat, A.Md.Kes."],
    ),
]
N_PNS = sum(u[1] for u in UNITS)
N_PPPK = sum(u[2] for u in UNITS)
N_PEG = N_PNS + N_PPPK
JP_2029 = sum(u[3] for u in UNITS)
MEMENUHI_2029 = sum(u[4] for u in UNITS)
PCT_2029 = koma(MEMENUHI_2029 / N_PEG * 100)
AVG_2029 = koma(JP_2029 / N_PEG)
N_FKU = sum(len(u[5]) for u in UNITS)

# profession, employees, mean JP 2029, JP from SKP Profesi recognised 2029, % meeting target
PROFESI = [
    ("Dokter", 38, 26.4, 214, 0.947),
    ("Dokter gigi", 11, 24.1, 58, 0.909),
    ("Perawat", 142, 21.8, 402, 0.831),
    ("Bidan", 118, 22.9, 388, 0.864),
    ("Apoteker", 17, 25.2, 96, 0.941),
    ("Tenaga teknis kefarmasian", 21, 19.4, 22, 0.762),
    ("Tenaga sanitasi lingkungan (sanitarian)", 19, 20.3, 18, 0.789),
    ("Nutrisionis", 16, 21.0, 24, 0.813),
    ("Pranata laboratorium kesehatan", 24, 23.7, 40, 0.875),
    ("Epidemiolog kesehatan", 8, 27.9, 12, 1.0),
    ("Penyuluh kesehatan masyarakat", 14, 20.6, 0, 0.786),
    ("Tenaga administrasi dan penunjang", 169, 20.2, 0, 0.775),
]
assert sum(p[1] for p in PROFESI) == N_PEG


# ============================================================================ PDF machinery
def _pdf_setup(pdf, title):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(DINAS)
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
    auto, margin = pdf.auto_page_break, pdf.b_margin
    pdf.set_auto_page_break(False, margin)
    n = len(pdf.multi_cell(w, h, text, dry_run=True, output="LINES"))
    pdf.set_auto_page_break(auto, margin)
    return n


def _make_pdf(title, fam="S", running="", footer=FIKTIF, bottom=20, orientation="P"):
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
            if self.page_no() == 1 and self.skip_first_footer:
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

    pdf = Doc(format="A4", orientation=orientation)
    pdf.fam = fam
    pdf.running = running
    pdf.footer_left = footer
    pdf.base_bottom = bottom
    pdf.skip_first_footer = False
    pdf.notes = []
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=bottom)
    _pdf_setup(pdf, title)
    pdf.alias_nb_pages()
    return pdf


class Flow:
    """Block writer: headings, paragraphs, lists, ruled tables (header repeated on a new page),
    key-value lines and signature blocks."""

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

    def chapter(self, label, title, newpage=True):
        pdf = self.pdf
        if newpage:
            pdf.add_page()
        else:
            self.need(30)
        self.marks.append(f"{label} {title}".strip())
        self.marks.append(pdf.page_no())
        pdf.set_font(self.fam, "B", 12.5)
        if label:
            pdf.cell(0, 7, label, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    def h2(self, text):
        self.need(22)
        self.pdf.ln(1.5)
        self.pdf.set_font(self.fam, "B", 11)
        self.pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

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
                "ay": f"({start + i})",
                "ul": "\u2022",
                "dash": "-",
            }[kind]
            w = self.width - indent - 8
            self.need(self.lh * min(self.lines(it, w), 3))
            pdf.set_font(self.fam, "", self.size)
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(8, self.lh, mk)
            pdf.multi_cell(w, self.lh, it, align="L", new_x="LMARGIN", new_y="NEXT")
            if sub:
                self.items(sub, kind="pl" if kind in ("ol", "al") else "dash", indent=indent + 8)
            pdf.ln(0.6)
        pdf.ln(1.2)

    def _row_h(self, row, widths, size, lh, bold=False):
        self.pdf.set_font(self.fam, "B" if bold else "", size)
        n = 1
        for txt, w in zip(row, widths, strict=True):
            n = max(n, _nlines(self.pdf, w - 2, lh, str(txt)))
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
        fill=(220, 236, 228),
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
PED_TITLE = f"Pedoman Teknis Program {PROGRAM} Edisi 2029"

ISTILAH = [
    ("BLS", "Basic Life Support, bantuan hidup dasar bagi tenaga kesehatan."),
    (
        "FKU",
        "Fasilitator Kompetensi Unit: pegawai yang ditunjuk kepala unit kerja untuk "
        "mendampingi pegawai, merekap RBI, dan memverifikasi catatan JP di unitnya.",
    ),
    ("IFK", "UPTD Instalasi Farmasi Kota."),
    ("JP", "Jam pelajaran; 1 JP sama dengan 45 menit."),
    (
        "Kelas Refleksi Kasus",
        "Pertemuan belajar di puskesmas untuk membahas kasus pelayanan yang nyata, "
        "dipandu tenaga kesehatan senior.",
    ),
    ("Labkesda", "UPTD Laboratorium Kesehatan Daerah."),
    (
        "LPHP",
        "Laporan Penerapan Hasil Pelatihan: laporan pegawai tentang penerapan hasil "
        "pelatihan di tempat kerja.",
    ),
    (
        "RBI",
        "Rencana Belajar Individu: rencana pengembangan kompetensi setiap pegawai untuk satu "
        "tahun, disusun bersama atasan langsung.",
    ),
    ("SIMPUL", f"{SISTEM_LONG}, aplikasi pencatatan JP dan RBI pegawai Dinas."),
    (
        "SKP",
        "Sasaran Kinerja Pegawai: rencana dan target kinerja ASN yang disusun dan dinilai "
        "melalui e-Kinerja.",
    ),
    (
        "SKP Profesi",
        "Satuan Kredit Profesi: kredit yang diperoleh tenaga medis dan tenaga kesehatan dari "
        "kegiatan pembelajaran terakreditasi dan tercatat di platform pembelajaran Kementerian "
        "Kesehatan; dipakai untuk perpanjangan SIP.",
    ),
    ("SIP", "Surat Izin Praktik tenaga medis atau tenaga kesehatan."),
    ("STR", "Surat Tanda Registrasi tenaga medis atau tenaga kesehatan."),
]

# code, name, target group, JP, method, organiser, month (2029)
KATALOG_2029 = [
    (
        "LTR-01",
        "Orientasi Pegawai Baru Dinas Kesehatan",
        "CPNS dan PPPK baru",
        16,
        "Tatap muka",
        "Tim Pengelola LENTERA",
        "Februari",
    ),
    (
        "LTR-02",
        "Basic Life Support (BLS)",
        "Dokter, perawat, bidan",
        24,
        "Tatap muka",
        "RSUD Kota Pelabuhan Lirang",
        "Maret dan Agustus",
    ),
    (
        "LTR-03",
        "Manajemen Terpadu Balita Sakit (MTBS)",
        "Dokter, perawat, bidan",
        40,
        "Blended",
        "Bapelkes Provinsi Samudra Timur",
        "April",
    ),
    (
        "LTR-04",
        "Pelayanan Kontrasepsi dan Pemasangan AKDR",
        "Bidan, dokter",
        32,
        "Tatap muka",
        "Bidang Kesehatan Masyarakat",
        "Mei",
    ),
    (
        "LTR-05",
        "Tata Laksana Gizi Buruk pada Balita",
        "Nutrisionis, dokter, perawat",
        30,
        "Blended",
        "Bidang Kesehatan Masyarakat",
        "Juni",
    ),
    (
        "LTR-06",
        "Konseling Menyusui",
        "Bidan, nutrisionis, perawat",
        40,
        "Tatap muka",
        "Bidang Kesehatan Masyarakat",
        "Juli",
    ),
    (
        "LTR-07",
        "Surveilans dan Sistem Kewaspadaan Dini",
        "Epidemiolog, petugas surveilans",
        24,
        "Daring",
        "Dinas Kesehatan Provinsi",
        "Maret",
    ),
    (
        "LTR-08",
        "Pengendalian Vektor untuk Tenaga Sanitasi",
        "Sanitarian",
        20,
        "Tatap muka",
        "Bidang P2P",
        "Februari",
    ),
    (
        "LTR-09",
        "Manajemen Rantai Dingin Vaksin",
        "Pengelola imunisasi, tenaga kefarmasian",
        16,
        "Tatap muka",
        "UPTD Instalasi Farmasi Kota",
        "Mei",
    ),
    (
        "LTR-10",
        "Pengelolaan Obat dan BMHP di Puskesmas",
        "Apoteker, tenaga teknis kefarmasian",
        24,
        "Blended",
        "UPTD Instalasi Farmasi Kota",
        "Juni",
    ),
    (
        "LTR-11",
        "Pemantapan Mutu Internal Laboratorium",
        "Pranata laboratorium kesehatan",
        24,
        "Tatap muka",
        "UPTD Labkesda",
        "Agustus",
    ),
    (
        "LTR-12",
        "Pencegahan dan Pengendalian Infeksi (PPI)",
        "Semua tenaga kesehatan",
        20,
        "Tatap muka",
        "RSUD Kota Pelabuhan Lirang",
        "September",
    ),
    (
        "LTR-13",
        "Tata Kelola Mutu dan Akreditasi Puskesmas",
        "Tim mutu puskesmas",
        24,
        "Tatap muka",
        "Bidang Pelayanan Kesehatan",
        "Oktober",
    ),
    (
        "LTR-14",
        "Komunikasi Efektif dan Pelayanan Prima",
        "Semua pegawai",
        12,
        "Tatap muka",
        "Tim Pengelola LENTERA",
        "Maret",
    ),
    (
        "LTR-15",
        "Menulis Laporan Penerapan Hasil Pelatihan",
        "Semua pegawai",
        6,
        "Daring",
        "Tim Pengelola LENTERA",
        "Mei",
    ),
    (
        "LTR-16",
        "Pengelolaan Keuangan BLUD Puskesmas",
        "Bendahara dan kepala tata usaha",
        24,
        "Tatap muka",
        "Sekretariat Dinas",
        "Juli",
    ),
    (
        "LTR-17",
        "Penyusunan SKP di Aplikasi e-Kinerja",
        "Semua PNS dan PPPK",
        4,
        "Daring",
        "BKPSDM Kota Pelabuhan Lirang",
        "Januari",
    ),
    (
        "LTR-18",
        "Coaching bagi Kepala Puskesmas",
        "Kepala puskesmas",
        16,
        "Blended",
        "Tim Pengelola LENTERA",
        "Agustus",
    ),
    (
        "LTR-19",
        "Promosi Kesehatan melalui Media Sosial",
        "Penyuluh kesehatan masyarakat",
        16,
        "Daring",
        "Bidang Kesehatan Masyarakat",
        "September",
    ),
    (
        "LTR-20",
        "Pelayanan Kesehatan Lanjut Usia",
        "Dokter, perawat",
        24,
        "Tatap muka",
        "Bidang Pelayanan Kesehatan",
        "Oktober",
    ),
    (
        "LTR-21",
        "Deteksi Dini Kanker Leher Rahim (IVA)",
        "Bidan, dokter",
        24,
        "Tatap muka",
        "Bidang Pelayanan Kesehatan",
        "November",
    ),
    (
        "LTR-22",
        "Dasar Analisis Data Kesehatan dengan Spreadsheet",
        "Semua pegawai",
        12,
        "Daring",
        "Tim Pengelola LENTERA",
        "Juni",
    ),
    (
        "LTR-23",
        "Kesehatan Jiwa di Layanan Primer",
        "Dokter, perawat",
        30,
        "Blended",
        "Bidang P2P",
        "November",
    ),
    (
        "LTR-24",
        "Inspeksi Keamanan Pangan Siap Saji",
        "Sanitarian",
        16,
        "Tatap muka",
        "Bidang Kesehatan Masyarakat",
        "Juli",
    ),
]


def _syarat(code):
    """Who may join a catalogue training (column of Tabel 8.1)."""
    n = int(code[-2:])
    if n in (1, 15, 17):
        return "Tidak ada syarat khusus; wajib bagi sasaran"
    if n in (2, 3, 4, 5, 6, 20, 21, 23):
        return "Tenaga kesehatan yang bertugas di pelayanan; tercantum dalam RBI"
    if n in (13, 18):
        return "Ditunjuk kepala puskesmas atau Kepala Dinas"
    return "Tercantum dalam RBI dan disetujui atasan langsung"


def render_pedoman(path):
    toc = _pedoman(_make_pdf(PED_TITLE), [])
    toc2 = _pedoman(_make_pdf(PED_TITLE), toc)
    pdf = _make_pdf(PED_TITLE)
    toc3 = _pedoman(pdf, toc2)
    assert toc2 == toc3, "TOC pages moved between passes"
    pdf.output(path)
    return pdf.pages_count


def _pedoman(pdf, toc):
    pdf.running = f"Pedoman Teknis {PROGRAM} Edisi 2029 - {DINAS}"
    pdf.footer_left = f"Pedoman Teknis {PROGRAM} 2029 - {FIKTIF}"
    pdf.skip_first_footer = True
    F = Flow(pdf)
    # ---------------------------------------------------------------- cover
    pdf.add_page()
    pdf.set_fill_color(22, 110, 90)
    pdf.rect(0, pdf.h - 70, pdf.w, 70, style="F")
    pdf.set_y(60)
    F.center("PEDOMAN TEKNIS", 20)
    F.center(f"PROGRAM {PROGRAM}", 24, h=11)
    pdf.ln(2)
    F.center(f"({PROGRAM_LONG})", 12, style="I")
    pdf.ln(10)
    F.center(f"Pengembangan Kompetensi Pegawai\n{DINAS}", 13, style="")
    pdf.ln(8)
    F.center("Edisi 2029", 14)
    pdf.set_y(pdf.h - 58)
    pdf.set_text_color(255, 255, 255)
    F.center(f"Tim Pengelola {PROGRAM}\nSubbagian Umum dan Kepegawaian", 11, style="")
    F.center(f"{DINAS.upper()}\nJANUARI 2029", 11)
    pdf.ln(3)
    F.center(FIKTIF, 9, style="I")
    pdf.set_text_color(0, 0, 0)
    # ---------------------------------------------------------------- foreword
    F.chapter("", "KATA PENGANTAR")
    F.p(
        f"Program {PROGRAM} lahir dari kebutuhan yang sederhana: pegawai Dinas Kesehatan "
        "melayani warga di empat belas puskesmas, satu laboratorium, satu instalasi farmasi, "
        "dan kantor dinas, dengan jadwal kerja yang padat dan wilayah yang sebagian berupa "
        "pulau. Belajar harus dapat dilakukan di tempat kerja, dicatat dengan mudah, dan "
        "diakui dengan adil."
    )
    F.p(
        "Peraturan Kepala Dinas Nomor 7 Tahun 2028 telah menetapkan kerangka program ini. "
        "Pedoman teknis ini menjabarkan cara melaksanakannya: menyusun Rencana Belajar "
        f"Individu, memilih kegiatan, mencatat JP di {SISTEM}, mengakui SKP Profesi, sampai "
        "melaporkan penerapan hasil pelatihan. Pada tahun 2028, baru 64,7% pegawai yang "
        "mencapai target JP; kami berharap angka itu naik tajam pada tahun 2029."
    )
    F.p(
        "Terima kasih kepada para kepala puskesmas, kepala UPTD, dan Fasilitator Kompetensi "
        "Unit yang telah memberi masukan atas rancangan pedoman ini."
    )
    F.p(f"{KOTA_TTD}, 15 Januari 2029", align="L", indent=92)
    F.sign(["Kepala Dinas Kesehatan", KOTA + ",", "", KADIS_OLD])
    # ---------------------------------------------------------------- contents
    F.chapter("", "DAFTAR ISI")
    pdf.set_font("S", "", 10.5)
    entries = toc[0::2], toc[1::2]
    for name, page in zip(*entries, strict=True):
        if name in ("KATA PENGANTAR", "DAFTAR ISI"):
            continue
        pdf.cell(F.width - 12, 6.2, name)
        pdf.cell(12, 6.2, str(page), align="R", new_x="LMARGIN", new_y="NEXT")
    # ---------------------------------------------------------------- glossary
    F.chapter("", "DAFTAR ISTILAH")
    F.table(["Istilah", "Pengertian"], [list(t) for t in ISTILAH], [30, 120], size=9.4, lh=4.6)
    # ---------------------------------------------------------------- BAB I
    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("1.1 Latar Belakang")
    F.p(
        f"{DINAS} mempekerjakan sekitar enam ratus pegawai, PNS dan PPPK, yang sebagian "
        "besar adalah tenaga medis dan tenaga kesehatan: dokter, dokter gigi, perawat, bidan, "
        "apoteker, tenaga teknis kefarmasian, tenaga sanitasi lingkungan, nutrisionis, "
        "pranata laboratorium kesehatan, epidemiolog, dan penyuluh kesehatan masyarakat. "
        "Mereka bertugas di Kantor Dinas, UPTD Laboratorium Kesehatan Daerah (Labkesda), "
        "UPTD Instalasi Farmasi Kota (IFK), dan empat belas puskesmas. Tiga puskesmas "
        "merupakan puskesmas rawat inap, yaitu Puskesmas Tanjung Batu, Puskesmas Pulau Koli, "
        "dan Puskesmas Kampung Nelayan."
    )
    F.p(
        "Tenaga kesehatan menghadapi dua kewajiban belajar yang sering tertukar: kewajiban "
        "pengembangan kompetensi sebagai ASN, diukur dengan jam pelajaran (JP), dan kewajiban "
        "mengumpulkan Satuan Kredit Profesi (SKP Profesi) untuk menjaga izin praktik. "
        f"Program {PROGRAM} menyatukan pencatatan keduanya tanpa mencampuradukkan "
        "maknanya.",
        note=[
            (
                "\u00b9",
                "Kewajiban 20 JP per tahun bagi PNS mengikuti Pasal 203 ayat (4) "
                "PP 11/2017 sebagaimana telah diubah dengan PP 17/2020.",
            )
        ],
    )
    F.h2("1.2 Maksud dan Tujuan")
    F.p(
        "Pedoman ini dimaksudkan sebagai acuan teknis bagi pegawai, atasan langsung, FKU, "
        f"kepala unit kerja, dan Tim Pengelola {PROGRAM}. Tujuannya agar setiap pegawai "
        "memperoleh pengembangan kompetensi yang sesuai dengan jabatannya, tercatat tepat "
        "waktu, dan berdampak pada mutu pelayanan kesehatan."
    )
    F.h2("1.3 Sasaran dan Indikator 2029")
    F.p("Keberhasilan program pada tahun 2029 diukur dengan indikator berikut:")
    F.items(
        [
            "85% pegawai memenuhi target JP tahunan;",
            "100% pegawai menyusun RBI tepat waktu;",
            "70% LPHP disampaikan tepat waktu;",
            "setiap puskesmas menyelenggarakan Kelas Refleksi Kasus paling sedikit 10 kali "
            "dalam setahun.",
        ],
        kind="al",
    )
    F.h2("1.4 Dasar Hukum")
    F.items(
        [
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS sebagaimana telah "
            "diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
            "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
            "Kompetensi PNS;",
            f"Peraturan Kepala {DINAS} Nomor 7 Tahun 2028 tentang Pengembangan Kompetensi "
            f"Pegawai melalui Program {PROGRAM}.",
        ]
    )
    # ---------------------------------------------------------------- BAB II
    F.chapter("BAB II", "PRINSIP DAN PERAN")
    F.h2("2.1 Prinsip Belajar")
    F.p(
        f"{PROGRAM} memakai pendekatan 10:20:70: sekitar 10% kompetensi diperoleh dari "
        "pelatihan di kelas, 20% dari belajar bersama orang lain (coaching, mentoring, Kelas "
        "Refleksi Kasus), dan 70% dari pengalaman kerja sehari-hari. Karena itu kegiatan "
        "nonklasikal di puskesmas diakui sebagai JP sepanjang ada buktinya."
    )
    F.h2("2.2 Peran Para Pihak")
    F.items(
        [
            "Pegawai: menyusun RBI, mengikuti kegiatan, mengunggah bukti ke SIMPUL, dan "
            "menyusun LPHP.",
            "Atasan langsung: menyepakati RBI, memberi izin mengikuti kegiatan, menyetujui "
            "resume belajar mandiri, dan memverifikasi LPHP.",
            "FKU: mendampingi pegawai di unitnya, merekap RBI unit, dan memverifikasi catatan "
            "JP di SIMPUL.",
            "Kepala unit kerja: menunjuk FKU dan memastikan jadwal belajar tidak mengganggu "
            "pelayanan.",
            f"Tim Pengelola {PROGRAM}: diketuai Kepala Subbagian Umum dan Kepegawaian, "
            "memvalidasi catatan JP, menyusun katalog, dan melaporkan capaian kepada Kepala "
            "Dinas.",
        ]
    )
    F.p(
        "Setiap unit kerja memiliki satu FKU. Puskesmas dengan lebih dari 40 pegawai boleh "
        "menunjuk dua FKU.",
        note=[
            (
                "\u00b2",
                "Lihat Pasal 10 Peraturan Kepala Dinas Nomor 7 Tahun 2028. Masa "
                "tugas FKU dua tahun dan dapat ditunjuk kembali satu kali.",
            )
        ],
    )
    F.p(
        f"Tim Pengelola diketuai {KASUBBAG} Administrasi {SISTEM} dipegang oleh "
        f"{ANALIS} (Analis SDM Aparatur), sedangkan pengembangan aplikasi ditangani "
        f"{PRAKOM} (Pranata Komputer)."
    )
    # ---------------------------------------------------------------- BAB III
    F.chapter("BAB III", "TARGET JP DAN CARA MENGHITUNGNYA")
    F.h2("3.1 Target Tahunan")
    F.table(
        ["Kelompok pegawai", "Target minimal per tahun", "Keterangan"],
        [
            ["PNS", "20 JP", "Semua jabatan"],
            ["PPPK", "10 JP", "Dihitung per tahun kalender"],
            [
                "Jabatan fungsional kesehatan",
                "8 JP teknis kesehatan",
                "Bagian dari target PNS atau PPPK, bukan tambahan",
            ],
            ["Pejabat administrator dan pengawas", "6 JP manajerial", "Bagian dari target 20 JP"],
        ],
        [45, 45, 60],
        size=9.4,
        lh=4.6,
    )
    F.h2("3.2 Periode dan Keadaan Khusus")
    F.p(
        "JP dihitung per tahun kalender, 1 Januari sampai dengan 31 Desember. Pegawai yang "
        "sedang menjalani tugas belajar dianggap memenuhi target. Pegawai yang cuti lebih dari "
        "tiga bulan (cuti melahirkan, cuti sakit, atau cuti besar) mendapat target "
        "proporsional sesuai jumlah bulan aktif, dibulatkan ke atas. Contoh: PNS yang cuti "
        "besar empat bulan aktif delapan bulan, sehingga targetnya 20 x 8/12 = 13,3 yang "
        "dibulatkan menjadi 14 JP."
    )
    F.h2("3.3 Kelebihan JP")
    F.p(
        "Kelebihan JP pada suatu tahun tidak dapat dialihkan ke tahun berikutnya. Pegawai yang "
        "sudah melampaui target tetap dianjurkan mencatat semua kegiatannya karena data itu "
        "dipakai untuk memilih Pembelajar Terbaik.",
        note=[("\u00b3", "1 JP = 45 menit. Kegiatan 90 menit tercatat 2 JP.")],
    )
    # ---------------------------------------------------------------- BAB IV
    F.chapter("BAB IV", "BENTUK KEGIATAN DAN KONVERSI JP")
    F.p(
        "Pelatihan klasikal diakui sesuai JP yang tertulis pada sertifikat. Jika sertifikat "
        "tidak mencantumkan JP, JP dihitung dari jadwal acara: setiap 45 menit materi dihitung "
        "1 JP. Kegiatan nonklasikal yang tidak mencantumkan JP dikonversi menurut tabel "
        "berikut."
    )
    F.table(
        ["Kegiatan", "Konversi", "Batas", "Bukti"],
        [
            [
                "Seminar, webinar, atau sosialisasi",
                "3 JP per hari",
                "-",
                "Sertifikat atau daftar hadir dan resume",
            ],
            ["Workshop atau lokakarya", "6 JP per hari", "-", "Sertifikat atau surat keterangan"],
            [
                "Coaching atau mentoring",
                "2 JP per sesi",
                "3 sesi per bulan",
                "Lembar sesi ditandatangani coach atau mentor",
            ],
            ["E-learning mandiri", "Sesuai sertifikat", "4 JP per hari", "Sertifikat"],
            [
                "Belajar mandiri (jurnal, pedoman klinis)",
                "1 JP per resume",
                "8 JP per tahun",
                "Resume disetujui atasan langsung",
            ],
            [
                "Komunitas belajar atau Kelas Refleksi Kasus",
                "2 JP per pertemuan",
                "-",
                "Notulen dan daftar hadir",
            ],
            ["Patok banding", "8 JP per kegiatan", "-", "Laporan patok banding"],
            ["Magang atau detasering", "20 JP per kegiatan", "-", "Surat keterangan magang"],
        ],
        [42, 30, 30, 48],
        caption="Tabel 4.1 Konversi JP kegiatan nonklasikal",
        size=9,
        lh=4.4,
    )
    F.p(
        "Kegiatan yang sama tidak boleh dicatat dua kali. Sertifikat yang mencantumkan JP "
        "selalu didahulukan daripada tabel konversi."
    )
    # ---------------------------------------------------------------- BAB V
    F.chapter("BAB V", "SKP PROFESI DAN SASARAN KINERJA PEGAWAI")
    F.h2("5.1 Dua Hal yang Sama-sama Disebut SKP")
    F.p(
        "Di lingkungan Dinas Kesehatan, singkatan SKP dipakai untuk dua hal yang berbeda. "
        "Pertama, Sasaran Kinerja Pegawai (SKP), yaitu rencana dan target kinerja setiap ASN "
        "yang disusun dan dinilai melalui e-Kinerja. Kedua, Satuan Kredit Profesi, yang dalam "
        "pedoman ini selalu ditulis SKP Profesi, yaitu kredit yang diperoleh tenaga medis dan "
        "tenaga kesehatan dari kegiatan pembelajaran terakreditasi dan tercatat di platform "
        "pembelajaran Kementerian Kesehatan."
    )
    F.p(
        "SKP Profesi dipakai untuk memperpanjang SIP, bukan untuk menilai kinerja ASN. "
        "Sebaliknya, nilai Sasaran Kinerja Pegawai tidak menambah SKP Profesi.",
        note=[
            (
                "\u2074",
                "Sejak berlakunya UU 17/2023, STR berlaku seumur hidup, sedangkan SIP "
                "tetap harus diperpanjang. Ketentuan kecukupan SKP Profesi untuk SIP "
                "ditetapkan Kementerian Kesehatan.",
            )
        ],
    )
    F.h2("5.2 Mengakui SKP Profesi sebagai JP")
    F.p(
        "Kegiatan terakreditasi yang memberikan SKP Profesi tetapi sertifikatnya tidak "
        "mencantumkan JP dapat diakui sebagai JP dengan perhitungan 1 SKP Profesi setara "
        "dengan 2 JP. Pengakuan ini paling banyak 12 JP dalam satu tahun. Arah sebaliknya "
        f"tidak berlaku: JP yang tercatat di {SISTEM} tidak dapat dikonversi menjadi SKP "
        "Profesi, karena SKP Profesi hanya diterbitkan melalui platform Kementerian Kesehatan."
    )
    F.p(
        "Contoh 1. Seorang perawat mengikuti webinar terakreditasi dan memperoleh 3 SKP "
        "Profesi tanpa keterangan JP. Webinar itu diakui 6 JP.\n"
        "Contoh 2. Seorang dokter mengumpulkan 9 SKP Profesi dari beberapa kegiatan tanpa "
        "keterangan JP. Hasil konversinya 18 JP, tetapi yang diakui dalam tahun itu hanya "
        "12 JP."
    )
    F.h2("5.3 Keterkaitan dengan Sasaran Kinerja Pegawai")
    F.p(
        "Setiap kegiatan dalam RBI dihubungkan dengan rencana hasil kerja pada Sasaran "
        "Kinerja Pegawai yang bersangkutan. Capaian JP dibahas atasan langsung dalam dialog "
        "kinerja sebagai bahan penilaian perilaku kerja, tetapi JP tidak otomatis mengubah "
        "nilai SKP di e-Kinerja."
    )
    # ---------------------------------------------------------------- BAB VI
    F.chapter("BAB VI", "PERENCANAAN: RENCANA BELAJAR INDIVIDU")
    F.h2("6.1 Langkah Penyusunan RBI")
    F.items(
        [
            "Pegawai dan atasan langsung membahas kesenjangan kompetensi dan kesenjangan kinerja.",
            f"Pegawai memilih kegiatan dari katalog {PROGRAM} atau kegiatan lain yang relevan.",
            f"Pegawai mengisi RBI di {SISTEM} paling lambat 31 Januari.",
            "Atasan langsung menyetujui RBI di SIMPUL.",
            "FKU merekap RBI unit dan menyampaikannya kepada Tim Pengelola paling lambat "
            "15 Februari.",
        ]
    )
    F.p(
        "Tim Pengelola menyusun Rencana Pengembangan Kompetensi Dinas dari rekap RBI semua "
        "unit paling lambat 31 Maret dan mengusulkan anggarannya untuk tahun berikutnya."
    )
    F.h2("6.2 Isi RBI")
    F.items(
        [
            "identitas pegawai dan jabatan;",
            "kesenjangan kompetensi yang akan ditutup;",
            "kegiatan yang direncanakan, jalur, JP, dan jadwal;",
            "perkiraan biaya dan sumber dana;",
            "keterkaitan dengan rencana hasil kerja pada Sasaran Kinerja Pegawai.",
        ],
        kind="al",
    )
    # ---------------------------------------------------------------- BAB VII
    F.chapter("BAB VII", "PENCATATAN DAN VERIFIKASI DI SIMPUL")
    F.h2("7.1 Alur Pencatatan")
    F.items(
        [
            f"Pegawai mengunggah bukti kegiatan ke {SISTEM} paling lambat 14 hari kalender "
            "setelah kegiatan selesai.",
            "FKU memverifikasi unggahan paling lambat 5 hari kerja setelah diunggah.",
            "Tim Pengelola memvalidasi catatan yang sudah diverifikasi setiap hari Jumat.",
            "Catatan yang divalidasi masuk ke rekap JP pegawai.",
        ]
    )
    F.h2("7.2 Status Catatan")
    F.table(
        ["Status", "Arti", "Tindakan berikutnya"],
        [
            ["Draf", "Catatan belum dikirim", "Pegawai melengkapi dan mengirim"],
            ["Diajukan", "Menunggu verifikasi FKU", "FKU memeriksa bukti"],
            ["Diverifikasi FKU", "Bukti dinyatakan lengkap", "Tim Pengelola memvalidasi"],
            ["Divalidasi", "JP resmi diakui", "-"],
            [
                "Dikembalikan",
                "Bukti kurang atau salah",
                "Pegawai memperbaiki paling lambat 10 hari kerja",
            ],
            ["Ditutup", "Tidak diperbaiki dalam batas waktu", "Catatan tidak dihitung"],
        ],
        [30, 55, 65],
        size=9.2,
        lh=4.5,
    )
    F.h2("7.3 Bukti yang Sah")
    F.p(
        "Bukti berupa sertifikat, surat keterangan penyelenggara, lembar sesi coaching atau "
        "mentoring, notulen dan daftar hadir, atau resume yang disetujui atasan. Berkas "
        "diunggah dalam format PDF atau JPG dengan ukuran paling besar 2 MB per berkas."
    )
    F.h2("7.4 Penutupan Tahun")
    F.p(
        "Pencatatan JP tahun berjalan ditutup pada tanggal 10 Desember. Kegiatan yang selesai "
        "setelah tanggal itu dicatat pada tahun berikutnya."
    )
    # ---------------------------------------------------------------- BAB VIII
    F.chapter("BAB VIII", "KATALOG PELATIHAN 2029")
    F.p(
        "Katalog berikut memuat pelatihan yang direncanakan pada tahun 2029. Pendaftaran "
        "dilakukan melalui FKU paling lambat satu bulan sebelum pelatihan dimulai. Jadwal "
        "rinci diumumkan melalui SIMPUL dan grup FKU."
    )
    F.table(
        [
            "Kode",
            "Nama pelatihan",
            "Sasaran",
            "JP",
            "Metode",
            "Penyelenggara",
            "Bulan",
            "Syarat peserta",
        ],
        [[k, n, s, str(jp), m, o, b, _syarat(k)] for k, n, s, jp, m, o, b in KATALOG_2029],
        [14, 34, 26, 10, 20, 27, 23, 32],
        caption="Tabel 8.1 Katalog Pelatihan LENTERA 2029",
        size=8.2,
        lh=4.1,
    )
    # ---------------------------------------------------------------- BAB IX
    F.chapter("BAB IX", "COACHING, MENTORING, DAN KOMUNITAS BELAJAR")
    F.h2("9.1 Program Kakak Asuh")
    F.p(
        "Setiap tenaga kesehatan baru, CPNS maupun PPPK, didampingi seorang mentor senior "
        "dari profesi yang sama selama enam bulan pertama. Program ini disebut Kakak Asuh. "
        "Mentor dan pegawai baru bertemu paling sedikit dua kali sebulan. Setiap sesi "
        "dicatat sebagai mentoring, 2 JP per sesi, bagi mentor maupun pegawai baru."
    )
    F.h2("9.2 Kelas Refleksi Kasus")
    F.p(
        "Kelas Refleksi Kasus adalah pertemuan 90 menit di puskesmas untuk membahas kasus "
        "nyata: kasus klinis yang sulit, kejadian nyaris cedera, atau keluhan pasien. "
        "Pertemuan dipandu dokter atau tenaga kesehatan senior, dianjurkan setiap bulan, dan "
        "diakui 2 JP bagi setiap peserta."
    )
    F.h2("9.3 Webinar Bulanan LENTERA")
    F.p(
        "Webinar Bulanan LENTERA diselenggarakan setiap hari Rabu pada minggu ketiga, pukul "
        "13.00-15.00 WIT, melalui Zoom. Tautan dibagikan di grup FKU. Peserta yang hadir penuh "
        "dan mengisi presensi daring memperoleh sertifikat."
    )
    F.h2("9.4 Coaching")
    F.p(
        "Coaching memakai model TIRTA (Tujuan, Identifikasi, Rencana aksi, TAnggung jawab). "
        "Kepala puskesmas mendapat coaching dari pejabat administrator di Kantor Dinas setelah "
        "mengikuti pelatihan LTR-18."
    )
    # ---------------------------------------------------------------- BAB X
    F.chapter("BAB X", "LAPORAN PENERAPAN DAN EVALUASI")
    F.h2("10.1 Laporan Penerapan Hasil Pelatihan (LPHP)")
    F.p(
        "Pegawai yang mengikuti pelatihan dengan 16 JP atau lebih wajib menyusun LPHP paling "
        "lambat 30 hari kalender setelah pelatihan selesai. LPHP diverifikasi oleh atasan "
        "langsung. Isi LPHP:"
    )
    F.items(
        [
            "data pelatihan (nama, penyelenggara, tanggal, JP);",
            "tiga pelajaran utama;",
            "rencana tindak lanjut dan kaitannya dengan Sasaran Kinerja Pegawai;",
            "hal yang sudah diterapkan beserta buktinya;",
            "dampak pada pelayanan;",
            "kendala dan dukungan yang dibutuhkan.",
        ],
        kind="al",
    )
    F.h2("10.2 Evaluasi Pelatihan")
    F.p(
        "Evaluasi mengikuti empat tingkat Kirkpatrick: reaksi, pembelajaran, perilaku, dan "
        "hasil. Evaluasi reaksi memakai skala 1 sampai 5 untuk materi, pengajar, metode, "
        "sarana, jadwal, dan relevansi. Untuk pelatihan 30 JP atau lebih, evaluasi perilaku "
        "dilakukan tiga bulan setelah pelatihan melalui kuesioner kepada atasan langsung."
    )
    # ---------------------------------------------------------------- BAB XI
    F.chapter("BAB XI", "PEMBIAYAAN")
    F.p(
        "Kegiatan LENTERA dibiayai dari APBD melalui DPA Dinas, dari anggaran BLUD Puskesmas "
        "untuk pegawai puskesmas yang bersangkutan, dan dari DAK Nonfisik untuk pelatihan "
        "tertentu. Satuan biaya yang dipakai pada tahun 2029:"
    )
    F.table(
        ["Uraian", "Satuan", "Besaran"],
        [
            ["Honorarium narasumber internal", "per JP", rp(300000)],
            ["Honorarium narasumber dari luar Dinas", "per JP", rp(900000)],
            ["Honorarium moderator", "per kegiatan", rp(250000)],
            ["Transport peserta dalam kota", "per orang per hari", rp(100000)],
            ["Transport peserta Puskesmas Pulau Koli", "per orang per hari", rp(250000)],
            ["Konsumsi paket rapat sehari penuh", "per orang per hari", rp(85000)],
        ],
        [70, 40, 40],
        caption="Tabel 11.1 Satuan biaya kegiatan LENTERA 2029",
        size=9.2,
        lh=4.5,
        aligns=["L", "L", "R"],
    )
    F.p(
        "Pelatihan yang diikuti atas kemauan sendiri di luar RBI dan tanpa persetujuan atasan "
        "tidak dibiayai, tetapi JP-nya tetap dapat diakui jika relevan dengan jabatan.",
        note=[
            (
                "\u2075",
                "Besaran satuan biaya mengikuti standar biaya Pemerintah Kota "
                "Pelabuhan Lirang Tahun Anggaran 2029.",
            )
        ],
    )
    # ---------------------------------------------------------------- BAB XII
    F.chapter("BAB XII", "PENGHARGAAN DAN TINDAK LANJUT")
    F.h2("12.1 Pembelajar Terbaik dan Unit Terbaik")
    F.p(
        "Setiap tahun Kepala Dinas menetapkan satu Pembelajar Terbaik LENTERA yang menerima "
        f"piagam dan uang pembinaan {rp(1500000)}. Penilaian memperhatikan jumlah JP, "
        "ketepatan LPHP, dan kegiatan berbagi pengetahuan kepada rekan kerja. Unit kerja "
        "dengan persentase pegawai memenuhi target tertinggi ditetapkan sebagai Unit Terbaik "
        "dan menerima piagam serta Bendera LENTERA bergilir."
    )
    F.h2("12.2 Pegawai yang Belum Memenuhi Target")
    F.p(
        "Pegawai yang belum memenuhi target diajak dialog kinerja oleh atasan langsung, "
        "menyusun rencana pemenuhan JP untuk tahun berikutnya, dan diprioritaskan sebagai "
        "peserta pelatihan pada tahun berikutnya."
    )
    # ---------------------------------------------------------------- BAB XIII
    F.chapter("BAB XIII", "PENUTUP")
    F.p(
        "Pedoman ini berlaku sejak diterbitkan dan akan ditinjau setiap tahun. Masukan dapat "
        f"disampaikan kepada Tim Pengelola melalui {EMAIL}."
    )
    # ---------------------------------------------------------------- appendices
    F.chapter("LAMPIRAN I", "FORMAT RENCANA BELAJAR INDIVIDU (RBI)")
    F.kv(
        [
            ("Nama / NIP", "...................................................."),
            ("Jabatan", "...................................................."),
            ("Unit kerja", "...................................................."),
            ("Atasan langsung", "...................................................."),
        ]
    )
    F.table(
        ["No", "Kesenjangan kompetensi", "Kegiatan", "JP", "Jadwal", "Kaitan dengan SKP"],
        [[str(i), "", "", "", "", ""] for i in range(1, 6)],
        [8, 40, 40, 10, 22, 30],
        size=9,
    )
    F.chapter("LAMPIRAN II", "FORMAT LAPORAN PENERAPAN HASIL PELATIHAN")
    F.items(
        [
            "Data pelatihan",
            "Tiga pelajaran utama",
            "Rencana tindak lanjut",
            "Penerapan dan bukti",
            "Dampak pada pelayanan",
            "Kendala dan dukungan yang dibutuhkan",
            "Verifikasi atasan langsung",
        ],
        kind="ol",
    )
    F.chapter("LAMPIRAN III", "KONTAK TIM PENGELOLA LENTERA")
    F.kv(
        [
            ("Ketua", KASUBBAG),
            ("Admin SIMPUL", ANALIS),
            ("Surel", EMAIL),
            ("WhatsApp helpdesk", WA_HELP_OLD),
            ("Alamat", f"Subbagian Umum dan Kepegawaian, {ALAMAT}"),
            ("Jam layanan", "Senin-Kamis 08.00-15.00 WIT, Jumat 08.00-11.00 WIT"),
        ],
        label_w=42,
    )
    F.p(FIKTIF, italic=True, align="C", size=9)
    return F.marks


# ============================================================================ rules (PDF)
TENTANG = f"Pengembangan Kompetensi Pegawai melalui Program {PROGRAM}"


def _reg_head(F, nomor, tahun, tentang):
    F.center(f"PERATURAN KEPALA {DINAS_UP}", 11.5)
    F.center(f"NOMOR {nomor} TAHUN {tahun}", 11.5)
    F.pdf.ln(3)
    F.center("TENTANG", 11)
    F.center(tentang.upper(), 11)
    F.pdf.ln(3)
    F.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", 10.5)
    F.pdf.ln(1)
    F.center(f"KEPALA {DINAS_UP},", 10.5)
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


def _old_body():
    return [
        ("bab", "I", "KETENTUAN UMUM"),
        (
            "pasal",
            1,
            [
                (
                    "Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:",
                    [
                        f"Dinas adalah {DINAS}.",
                        f"Kepala Dinas adalah Kepala {DINAS}.",
                        "Unit Kerja adalah Sekretariat, bidang, UPTD Laboratorium Kesehatan Daerah, "
                        "UPTD Instalasi Farmasi Kota, dan Pusat Kesehatan Masyarakat (Puskesmas) di "
                        "lingkungan Dinas.",
                        "Pegawai adalah Pegawai Negeri Sipil (PNS) dan Pegawai Pemerintah dengan "
                        "Perjanjian Kerja (PPPK) di lingkungan Dinas.",
                        f"Program {PROGRAM} ({PROGRAM_LONG}) adalah program pengembangan kompetensi "
                        "Pegawai Dinas.",
                        f"{SISTEM} ({SISTEM_LONG}) adalah aplikasi pencatatan rencana belajar dan jam "
                        "pelajaran Pegawai.",
                        "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu kegiatan "
                        "pengembangan kompetensi; 1 (satu) JP setara dengan 45 (empat puluh lima) "
                        "menit.",
                        "Sasaran Kinerja Pegawai yang selanjutnya disingkat SKP adalah rencana kinerja "
                        "dan target yang akan dicapai oleh Pegawai yang disusun dan dinilai melalui "
                        "e-Kinerja.",
                        "Satuan Kredit Profesi yang selanjutnya disebut SKP Profesi adalah nilai kredit "
                        "yang diperoleh tenaga medis dan tenaga kesehatan dari kegiatan pembelajaran "
                        "terakreditasi yang tercatat pada platform pembelajaran Kementerian Kesehatan.",
                        "Fasilitator Kompetensi Unit yang selanjutnya disingkat FKU adalah Pegawai yang "
                        "ditunjuk kepala Unit Kerja untuk mendampingi Pegawai, merekap rencana belajar, "
                        "dan memverifikasi catatan JP di Unit Kerjanya.",
                        f"Tim Pengelola {PROGRAM} adalah tim yang ditetapkan Kepala Dinas pada "
                        "Subbagian Umum dan Kepegawaian untuk mengelola program.",
                        "Rencana Belajar Individu yang selanjutnya disingkat RBI adalah rencana "
                        "pengembangan kompetensi setiap Pegawai untuk 1 (satu) tahun.",
                        "Laporan Penerapan Hasil Pelatihan yang selanjutnya disingkat LPHP adalah "
                        "laporan Pegawai tentang penerapan hasil pelatihan di tempat kerja.",
                    ],
                )
            ],
        ),
        ("bab", "II", "TARGET DAN PERHITUNGAN JP"),
        (
            "pasal",
            2,
            [
                "Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) "
                "JP dalam 1 (satu) tahun.",
                "Setiap PPPK wajib mengikuti pengembangan kompetensi paling sedikit 10 (sepuluh) "
                "JP dalam 1 (satu) tahun.",
                "Bagi Pegawai yang menduduki jabatan fungsional kesehatan, paling sedikit 8 "
                "(delapan) JP dari target sebagaimana dimaksud pada ayat (1) atau ayat (2) berupa "
                "pengembangan kompetensi teknis kesehatan.",
                "Bagi pejabat administrator dan pejabat pengawas, paling sedikit 6 (enam) JP dari "
                "target sebagaimana dimaksud pada ayat (1) berupa pengembangan kompetensi "
                "manajerial.",
            ],
        ),
        (
            "pasal",
            3,
            [
                "JP dihitung per tahun kalender, mulai 1 Januari sampai dengan 31 Desember.",
                "Kelebihan JP dalam 1 (satu) tahun tidak dapat dialihkan ke tahun berikutnya.",
                "Pegawai yang sedang menjalani tugas belajar dianggap memenuhi target JP.",
                "Pegawai yang menjalani cuti lebih dari 3 (tiga) bulan dalam 1 (satu) tahun diberi "
                "target JP secara proporsional sesuai jumlah bulan aktif.",
            ],
        ),
        ("bab", "III", "BENTUK PENGEMBANGAN KOMPETENSI"),
        (
            "pasal",
            4,
            [
                "Pengembangan kompetensi dilaksanakan melalui jalur klasikal dan nonklasikal.",
                "Jalur klasikal meliputi pelatihan teknis, pelatihan fungsional, pelatihan "
                "manajerial, seminar, workshop, kursus, dan bimbingan teknis.",
                "Jalur nonklasikal meliputi coaching, mentoring, e-learning, belajar mandiri, "
                "komunitas belajar termasuk Kelas Refleksi Kasus, patok banding, serta magang atau "
                "detasering.",
            ],
        ),
        (
            "pasal",
            5,
            [
                "JP kegiatan klasikal diakui sesuai JP yang tercantum pada sertifikat.",
                (
                    "Kegiatan nonklasikal yang buktinya tidak mencantumkan JP diakui dengan "
                    "konversi sebagai berikut:",
                    [
                        "seminar, webinar, atau sosialisasi: 3 (tiga) JP per hari;",
                        "workshop atau lokakarya: 6 (enam) JP per hari;",
                        "coaching atau mentoring: 2 (dua) JP per sesi, paling banyak 3 (tiga) "
                        "sesi per bulan;",
                        "e-learning mandiri: sesuai sertifikat, paling banyak 4 (empat) JP per "
                        "hari;",
                        "belajar mandiri: 1 (satu) JP per resume yang disetujui atasan langsung, "
                        "paling banyak 8 (delapan) JP per tahun;",
                        "komunitas belajar atau Kelas Refleksi Kasus: 2 (dua) JP per pertemuan;",
                        "patok banding: 8 (delapan) JP per kegiatan; dan",
                        "magang atau detasering: 20 (dua puluh) JP per kegiatan.",
                    ],
                ),
            ],
        ),
        (
            "pasal",
            6,
            [
                "Kegiatan pembelajaran yang memberikan SKP Profesi dan tercatat pada platform "
                "pembelajaran Kementerian Kesehatan dapat diakui sebagai JP.",
                "Pengakuan sebagaimana dimaksud pada ayat (1) dihitung 1 (satu) SKP Profesi "
                "setara dengan 2 (dua) JP.",
                "JP yang berasal dari pengakuan SKP Profesi paling banyak 12 (dua belas) JP dalam "
                "1 (satu) tahun.",
                f"JP yang tercatat di {SISTEM} tidak dapat dikonversi menjadi SKP Profesi.",
                "Satu kegiatan hanya dicatat satu kali, yaitu sebagai JP sesuai sertifikat atau "
                "sebagai pengakuan SKP Profesi.",
                "Capaian SKP Profesi tidak menggantikan penyusunan dan penilaian SKP Pegawai.",
            ],
        ),
        ("bab", "IV", "PERENCANAAN"),
        (
            "pasal",
            7,
            [
                "Setiap Pegawai menyusun RBI bersama atasan langsung paling lambat tanggal 31 "
                "Januari tahun berjalan.",
                "RBI memuat kesenjangan kompetensi, kegiatan yang direncanakan, JP, jadwal, biaya, "
                "dan keterkaitannya dengan SKP Pegawai.",
                "FKU merekap RBI Unit Kerja dan menyampaikannya kepada Tim Pengelola paling "
                "lambat tanggal 15 Februari tahun berjalan.",
            ],
        ),
        ("bab", "V", "PENCATATAN DAN VERIFIKASI"),
        (
            "pasal",
            8,
            [
                f"Pegawai mengunggah bukti kegiatan ke {SISTEM} paling lambat 14 (empat belas) "
                "hari kalender setelah kegiatan selesai.",
                "FKU memverifikasi bukti paling lambat 5 (lima) hari kerja setelah bukti diunggah.",
                "Tim Pengelola memvalidasi catatan yang telah diverifikasi FKU.",
                "Pencatatan JP tahun berjalan ditutup pada tanggal 10 Desember.",
                "Bukti kegiatan berupa sertifikat, surat keterangan penyelenggara, lembar sesi, "
                "notulen dan daftar hadir, atau resume yang disetujui atasan langsung.",
            ],
        ),
        ("bab", "VI", "LAPORAN PENERAPAN HASIL PELATIHAN"),
        (
            "pasal",
            9,
            [
                "Pegawai yang mengikuti pelatihan paling sedikit 16 (enam belas) JP wajib "
                "menyusun LPHP.",
                "LPHP disampaikan paling lambat 30 (tiga puluh) hari kalender setelah pelatihan "
                "selesai.",
                "LPHP diverifikasi oleh atasan langsung.",
            ],
        ),
        ("bab", "VII", "FASILITATOR KOMPETENSI UNIT DAN TIM PENGELOLA"),
        (
            "pasal",
            10,
            [
                "Kepala Unit Kerja menunjuk 1 (satu) orang FKU; Puskesmas dengan lebih dari 40 "
                "(empat puluh) Pegawai dapat menunjuk 2 (dua) orang FKU.",
                "Masa tugas FKU 2 (dua) tahun dan dapat ditunjuk kembali untuk 1 (satu) kali masa "
                "tugas berikutnya.",
                "FKU memperoleh pengakuan pengembangan kompetensi sebanyak 6 (enam) JP per tahun "
                "atas pelaksanaan tugasnya.",
                "Tim Pengelola diketuai oleh Kepala Subbagian Umum dan Kepegawaian.",
            ],
        ),
        ("bab", "VIII", "PENGHARGAAN DAN TINDAK LANJUT"),
        (
            "pasal",
            11,
            [
                f"Kepala Dinas menetapkan 1 (satu) orang Pembelajar Terbaik {PROGRAM} setiap "
                "tahun.",
                "Pembelajar Terbaik menerima piagam dan uang pembinaan sebesar "
                "Rp1.500.000,00 (satu juta lima ratus ribu rupiah).",
                "Unit Kerja dengan persentase Pegawai memenuhi target tertinggi ditetapkan "
                "sebagai Unit Terbaik dan menerima piagam.",
            ],
        ),
        (
            "pasal",
            12,
            [
                "Pegawai yang tidak memenuhi target JP dipanggil atasan langsung untuk dialog "
                "kinerja.",
                "Pegawai sebagaimana dimaksud pada ayat (1) menyusun rencana pemenuhan JP dan "
                "diprioritaskan sebagai peserta pelatihan pada tahun berikutnya.",
                "Capaian target JP menjadi salah satu bahan penilaian perilaku kerja dalam SKP "
                "Pegawai.",
            ],
        ),
        ("bab", "IX", "PEMBIAYAAN"),
        (
            "pasal",
            13,
            [
                "Pembiayaan Program dibebankan pada Anggaran Pendapatan dan Belanja Daerah melalui "
                "Dokumen Pelaksanaan Anggaran Dinas.",
                "Pengembangan kompetensi Pegawai Puskesmas dapat dibiayai dari anggaran Badan "
                "Layanan Umum Daerah Puskesmas yang bersangkutan.",
                "Pembiayaan sebagaimana dimaksud pada ayat (1) dan ayat (2) dapat didukung Dana "
                "Alokasi Khusus Nonfisik sesuai ketentuan peraturan perundang-undangan.",
            ],
        ),
        ("bab", "X", "KETENTUAN PENUTUP"),
        ("pasal", 14, "Peraturan Kepala Dinas ini mulai berlaku pada tanggal ditetapkan."),
    ]


def render_reg_old(path):
    title = f"Peraturan Kepala {DINAS} Nomor 7 Tahun 2028"
    pdf = _make_pdf(title, fam="R", bottom=22)
    pdf.running = "Peraturan Kepala Dinas Kesehatan Nomor 7 Tahun 2028"
    pdf.footer_left = f"{DINAS} - {FIKTIF}"
    F = Flow(pdf, size=10.5, lh=5.3)
    pdf.add_page()
    _reg_head(F, 7, 2028, TENTANG)
    F.p("Menimbang :", bold=True, align="L")
    F.items(
        [
            "bahwa setiap Pegawai wajib mengembangkan kompetensinya secara berkelanjutan dan "
            "terintegrasi dengan pekerjaannya;",
            "bahwa tenaga medis dan tenaga kesehatan di lingkungan Dinas perlu memperoleh "
            "pengakuan yang adil atas kegiatan belajar yang juga memberikan Satuan Kredit "
            "Profesi;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, "
            "perlu menetapkan Peraturan Kepala Dinas tentang Pengembangan Kompetensi Pegawai "
            f"melalui Program {PROGRAM};",
        ],
        kind="al",
        indent=6,
    )
    F.p("Mengingat :", bold=True, align="L")
    F.items(
        [
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
            "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
            f"Peraturan Wali Kota Pelabuhan Lirang Nomor 41 Tahun 2026 tentang Kedudukan, "
            f"Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja {DINAS};",
        ],
        indent=6,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(
        f"Menetapkan : PERATURAN KEPALA DINAS KESEHATAN TENTANG {TENTANG.upper()}.",
        bold=True,
        align="L",
    )
    for item in _old_body():
        if item[0] == "bab":
            _bab(F, item[1], item[2])
        else:
            _pasal(F, item[1], item[2])
    F.p(f"Ditetapkan di {KOTA_TTD}", align="L", indent=92)
    F.p("pada tanggal 21 Agustus 2028", align="L", indent=92)
    F.sign(
        [
            "KEPALA DINAS KESEHATAN,",
            "",
            "ttd.",
            "",
            "dr. YOHANIS MATRUTY, M.Kes.",
            "Pembina Utama Muda (IV/c)",
            f"NIP {KADIS_OLD_NIP}",
        ]
    )
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


def render_reg_new(path):
    tentang = f"Perubahan atas Peraturan Kepala {DINAS} Nomor 7 Tahun 2028 tentang {TENTANG}"
    title = f"Peraturan Kepala {DINAS} Nomor 3 Tahun 2030"
    pdf = _make_pdf(title, fam="R", bottom=22)
    pdf.running = "Peraturan Kepala Dinas Kesehatan Nomor 3 Tahun 2030"
    pdf.footer_left = f"{DINAS} - {FIKTIF}"
    F = Flow(pdf, size=10.5, lh=5.3)
    pdf.add_page()
    _reg_head(F, 3, 2030, tentang)
    F.p("Menimbang :", bold=True, align="L")
    F.items(
        [
            f"bahwa hasil evaluasi pelaksanaan Program {PROGRAM} tahun 2029 menunjukkan "
            "perlunya penyesuaian target JP bagi PPPK, konversi kegiatan nonklasikal, batas "
            "pengakuan SKP Profesi, dan jadwal pencatatan;",
            f"bahwa pencatatan JP di {SISTEM} perlu diselaraskan dengan pemutakhiran riwayat "
            "pengembangan kompetensi pada MyASN;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, "
            "perlu menetapkan Peraturan Kepala Dinas tentang Perubahan atas Peraturan Kepala "
            f"Dinas Nomor 7 Tahun 2028 tentang {TENTANG};",
        ],
        kind="al",
        indent=6,
    )
    F.p("Mengingat :", bold=True, align="L")
    F.items(
        [
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            f"Peraturan Kepala {DINAS} Nomor 7 Tahun 2028 tentang {TENTANG};",
        ],
        indent=6,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(
        f"Menetapkan : PERATURAN KEPALA DINAS KESEHATAN TENTANG PERUBAHAN ATAS PERATURAN "
        f"KEPALA DINAS KESEHATAN NOMOR 7 TAHUN 2028 TENTANG {TENTANG.upper()}.",
        bold=True,
        align="L",
    )
    F.center("Pasal I", 10.5)
    pdf.ln(1)
    F.p(
        f"Beberapa ketentuan dalam Peraturan Kepala {DINAS} Nomor 7 Tahun 2028 tentang "
        f"{TENTANG} diubah sebagai berikut:"
    )
    changes = [
        (
            "Ketentuan Pasal 2 ayat (2) diubah, sehingga Pasal 2 ayat (2) berbunyi sebagai "
            "berikut:",
            [
                "(2) Setiap PPPK wajib mengikuti pengembangan kompetensi paling sedikit 16 (enam "
                "belas) JP dalam 1 (satu) tahun."
            ],
        ),
        (
            "Ketentuan Pasal 5 ayat (2) huruf a dan huruf e diubah, sehingga huruf a dan huruf "
            "e berbunyi sebagai berikut:",
            [
                "a. seminar, webinar, atau sosialisasi: 4 (empat) JP per hari;",
                "e. belajar mandiri: 2 (dua) JP per resume yang disetujui atasan langsung, paling "
                "banyak 12 (dua belas) JP per tahun;",
            ],
        ),
        (
            "Ketentuan Pasal 6 ayat (3) diubah, sehingga Pasal 6 ayat (3) berbunyi sebagai "
            "berikut:",
            [
                "(3) JP yang berasal dari pengakuan SKP Profesi paling banyak 18 (delapan belas) "
                "JP dalam 1 (satu) tahun."
            ],
        ),
        (
            "Ketentuan Pasal 8 ayat (1) dan ayat (4) diubah, sehingga ayat (1) dan ayat (4) "
            "berbunyi sebagai berikut:",
            [
                f"(1) Pegawai mengunggah bukti kegiatan ke {SISTEM} paling lambat 7 (tujuh) hari "
                "kerja setelah kegiatan selesai.",
                "(4) Pencatatan JP tahun berjalan ditutup pada tanggal 15 Desember.",
            ],
        ),
        (
            "Di antara Pasal 8 dan Pasal 9 dalam BAB V disisipkan 1 (satu) pasal, yakni Pasal "
            "8A, yang berbunyi sebagai berikut:",
            [
                "Pasal 8A",
                "(1) PNS wajib memutakhirkan riwayat pengembangan kompetensi pada MyASN paling "
                f"lambat 30 (tiga puluh) hari kalender setelah JP divalidasi di {SISTEM}.",
                f"(2) {SISTEM} tidak terhubung secara otomatis dengan SIASN, sehingga "
                "pemutakhiran sebagaimana dimaksud pada ayat (1) dilakukan sendiri oleh PNS.",
            ],
        ),
        (
            "Ketentuan Pasal 11 ayat (1) diubah, sehingga Pasal 11 ayat (1) berbunyi sebagai "
            "berikut:",
            [
                f"(1) Kepala Dinas menetapkan 3 (tiga) orang Pembelajar Terbaik {PROGRAM} setiap "
                "tahun, masing-masing 1 (satu) orang dari kelompok: a. tenaga medis dan tenaga "
                "kesehatan; b. tenaga penunjang dan administrasi; dan c. PPPK."
            ],
        ),
    ]
    for k, (lead, body) in enumerate(changes, 1):
        F.need(30)
        F.items([lead], start=k, indent=0)
        for line in body:
            if line.startswith("Pasal "):
                F.center(line, 10.5)
                pdf.ln(1)
            else:
                F.p(line, indent=14)
    F.center("Pasal II", 10.5)
    pdf.ln(1)
    F.items(
        [
            "Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Maret 2030.",
            "Target JP bagi PPPK sebagaimana dimaksud dalam Pasal 2 ayat (2) berlaku untuk "
            "perhitungan JP tahun 2030 dan seterusnya.",
            "Konversi sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a dan huruf e berlaku "
            "untuk kegiatan yang dilaksanakan sejak tanggal 1 Maret 2030.",
            "Bukti kegiatan yang selesai sebelum tanggal 1 Maret 2030 tetap diunggah paling "
            "lambat 14 (empat belas) hari kalender setelah kegiatan selesai.",
            f"Ketentuan lain dalam Peraturan Kepala {DINAS} Nomor 7 Tahun 2028 yang tidak "
            "diubah dalam Peraturan Kepala Dinas ini dinyatakan tetap berlaku.",
        ],
        kind="ay",
        indent=0,
    )
    F.p(f"Ditetapkan di {KOTA_TTD}", align="L", indent=92)
    F.p("pada tanggal 11 Februari 2030", align="L", indent=92)
    F.sign(
        [
            "KEPALA DINAS KESEHATAN,",
            "",
            "ttd.",
            "",
            "dr. FATMAWATI RUMALUTUR, M.P.H.",
            "Pembina Tingkat I (IV/b)",
            f"NIP {KADIS_NIP}",
        ]
    )
    F.p(FIKTIF, italic=True, align="C", size=8.5)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ slides (PDF)
TEAL = (22, 110, 90)


def _slide(pdf, n, title, bullets=None, table=None, note=None):
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 22, style="F")
    pdf.set_fill_color(240, 180, 40)
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
        F.table(header, rows, widths, size=11.5, lh=5.6, fill=(214, 236, 226))
    if note:
        pdf.set_font("S", "I", 10)
        pdf.set_xy(14, pdf.h - 22)
        pdf.multi_cell(pdf.w - 28, 5, note, align="L")
    pdf.set_font("S", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(12, pdf.h - 10)
    pdf.cell(0, 5, f"Sosialisasi Perkadis 3/2030 - Tim Pengelola {PROGRAM} - {FIKTIF}")
    pdf.set_xy(pdf.w - 30, pdf.h - 10)
    pdf.cell(18, 5, str(n), align="R")
    pdf.set_text_color(0, 0, 0)


def render_slides(path):
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format=(142.9, 254))
    pdf.fam = "S"
    _pdf_setup(pdf, "Paparan Sosialisasi Perubahan Ketentuan LENTERA 2030")
    pdf.set_auto_page_break(False)
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 24)
    pdf.set_xy(14, 26)
    pdf.multi_cell(
        pdf.w - 28,
        11,
        "Apa yang Berubah di LENTERA?\nSosialisasi Peraturan Kepala Dinas Nomor 3 Tahun 2030",
        align="L",
    )
    pdf.set_font("S", "", 14)
    pdf.set_xy(14, 78)
    pdf.multi_cell(
        pdf.w - 28,
        7,
        f"{KASUBBAG}\nKetua Tim Pengelola {PROGRAM}\nAula Lantai 2, "
        f"{DINAS}, Senin, 25 Februari 2030",
        align="L",
    )
    pdf.set_font("S", "I", 10)
    pdf.set_xy(14, pdf.h - 14)
    pdf.cell(0, 5, FIKTIF)
    pdf.set_text_color(0, 0, 0)
    _slide(
        pdf,
        2,
        "Mengapa aturannya diubah?",
        bullets=[
            f"Capaian 2029: {PCT_2029}% pegawai memenuhi target; indikator 85% belum tercapai",
            "Rata-rata JP PPPK tahun 2029 sudah 17,4 JP, jauh di atas target 10 JP",
            "Batas unggah 14 hari kalender sering terpotong libur panjang",
            "SIMPUL 2.0 punya menu pengakuan SKP Profesi dan pengingat unggah",
        ],
    )
    _slide(
        pdf,
        3,
        "Yang berubah",
        table=(
            ["Ketentuan", "Perkadis 7/2028 (lama)", "Perkadis 3/2030 (baru)"],
            [
                ["Target JP PPPK", "10 JP per tahun", "16 JP per tahun"],
                ["Seminar/webinar tanpa JP", "3 JP per hari", "4 JP per hari"],
                ["Belajar mandiri", "1 JP per resume, maks. 8 JP", "2 JP per resume, maks. 12 JP"],
                ["Batas pengakuan SKP Profesi", "12 JP per tahun", "18 JP per tahun"],
                ["Batas unggah bukti", "14 hari kalender", "7 hari kerja"],
                ["Penutupan pencatatan", "10 Desember", "15 Desember"],
                ["Pembelajar Terbaik", "1 orang", "3 orang (per kelompok)"],
            ],
            [70, 70, 70],
        ),
    )
    _slide(
        pdf,
        4,
        "Yang TIDAK berubah",
        bullets=[
            "Target PNS tetap 20 JP per tahun",
            "1 SKP Profesi tetap setara 2 JP",
            "Coaching/mentoring tetap 2 JP per sesi, maksimal 3 sesi per bulan",
            "LPHP tetap paling lambat 30 hari kalender setelah pelatihan",
            "FKU tetap memverifikasi paling lambat 5 hari kerja",
        ],
    )
    _slide(
        pdf,
        5,
        "Pasal baru: Pasal 8A tentang MyASN",
        bullets=[
            "PNS memutakhirkan riwayat pengembangan kompetensi di MyASN",
            "- paling lambat 30 hari kalender setelah JP divalidasi di SIMPUL",
            "SIMPUL tidak terhubung otomatis dengan SIASN",
            "- unggah sertifikat ke MyASN dilakukan sendiri",
        ],
    )
    _slide(
        pdf,
        6,
        "SKP yang mana?",
        table=(
            ["", "Sasaran Kinerja Pegawai", "SKP Profesi (Satuan Kredit Profesi)"],
            [
                ["Untuk apa", "Menilai kinerja ASN", "Perpanjangan SIP"],
                ["Dicatat di", "e-Kinerja", "Platform pembelajaran Kemenkes"],
                ["Siapa", "Semua PNS dan PPPK", "Tenaga medis dan tenaga kesehatan"],
                ["Hubungan dengan JP", "Kegiatan RBI dikaitkan", "1 SKP Profesi = 2 JP (maks. 18)"],
            ],
            [40, 80, 90],
        ),
    )
    _slide(
        pdf,
        7,
        "Contoh hitungan: bidan PPPK",
        bullets=[
            "Maret-Juni: tiga webinar satu hari tanpa keterangan JP = 3 x 4 = 12 JP",
            "Juli: seminar terakreditasi memberi 2 SKP Profesi tanpa JP = 4 JP",
            "Jumlah 16 JP: memenuhi target PPPK yang baru",
        ],
    )
    _slide(
        pdf,
        8,
        "Masa peralihan",
        bullets=[
            "Perkadis 3/2030 ditetapkan 11 Februari 2030, berlaku 1 Maret 2030",
            "Target PPPK 16 JP berlaku untuk perhitungan JP tahun 2030",
            "Konversi baru (seminar, belajar mandiri) untuk kegiatan sejak 1 Maret 2030",
            "Kegiatan yang selesai sebelum 1 Maret 2030: tetap unggah dalam 14 hari kalender",
        ],
    )
    _slide(
        pdf,
        9,
        "Sosialisasi lanjutan per zona",
        table=(
            ["Zona", "Unit", "Waktu"],
            [
                [
                    "Kota",
                    "Pusk. Lirang Kota, Pasar Ikan, Kota Lama, Tanah Tinggi, Karang Putih; "
                    "Labkesda; IFK",
                    "Selasa, 26 Februari 2030, 09.00 WIT",
                ],
                [
                    "Pesisir",
                    "Pusk. Tanjung Batu, Waihaka, Teluk Nila, Pantai Mutiara, Wailela, "
                    "Kampung Nelayan",
                    "Rabu, 27 Februari 2030, 09.00 WIT",
                ],
                [
                    "Pulau dan Perbukitan (daring)",
                    "Pusk. Pulau Koli, Lorong Pala, Bukit Cengkih",
                    "Kamis, 28 Februari 2030, 10.00 WIT",
                ],
            ],
            [50, 110, 50],
        ),
    )
    _slide(
        pdf,
        10,
        "Target program 2030",
        bullets=[
            "90% pegawai memenuhi target JP",
            "100% pegawai menyusun RBI",
            "80% LPHP disampaikan tepat waktu",
            "Setiap puskesmas: Kelas Refleksi Kasus setiap bulan",
        ],
    )
    _slide(
        pdf,
        11,
        "Tanya jawab dan kontak",
        bullets=[
            f"Surel: {EMAIL}",
            f"Helpdesk SIMPUL (WhatsApp): {WA_HELP}",
            f"Admin SIMPUL: {ANALIS}",
        ],
        note="Bahan paparan ini ringkasan; yang mengikat adalah teks Peraturan Kepala Dinas.",
    )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ bulletin (PDF)
def render_buletin(path):
    pdf = _make_pdf("Kabar LENTERA Edisi Maret 2030", fam="S", bottom=18)
    pdf.running = "Kabar LENTERA - Edisi Maret 2030"
    pdf.footer_left = f"Buletin internal {DINAS} - {FIKTIF}"
    pdf.set_margins(16, 18, 16)
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(16, 8)
    pdf.set_font("S", "B", 22)
    pdf.cell(0, 10, "KABAR LENTERA", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 10)
    pdf.cell(
        0,
        6,
        "Edisi Maret 2030 - Buletin belajar pegawai Dinas Kesehatan Kota Pelabuhan Lirang",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)

    def heading(cols, text):
        pdf.set_font("S", "B", 12)
        pdf.set_text_color(*TEAL)
        cols.write(text + "\n")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 9.6)
        cols.ln(0.5)

    def para(cols, text):
        pdf.set_font("S", "", 9.6)
        cols.write(text + "\n")
        cols.ln(0.8)

    with pdf.text_columns(
        ncols=2, gutter=8, text_align="L", line_height=1.15, balance=True
    ) as cols:
        heading(cols, "Pembelajar Terbaik 2029 dari ruang IGD Tanjung Batu")
        para(
            cols,
            f"{TERBAIK_2029}, perawat di Puskesmas Tanjung Batu, ditetapkan sebagai "
            "Pembelajar Terbaik LENTERA 2029 dengan capaian 71 JP. Piagam dan uang pembinaan "
            "diserahkan Kepala Dinas pada apel pagi hari Senin, 14 Januari 2030. Penghargaan "
            "tahun 2029 masih diberikan kepada satu orang; mulai penilaian 2030 ada tiga "
            "penerima, satu dari setiap kelompok pegawai.",
        )
        para(
            cols,
            "Dari pelatihan BLS dan Kelas Refleksi Kasus, Agustina menyusun alur triase "
            "baru di ruang tindakan puskesmas rawat inap itu. Dalam LPHP-nya ia mencatat "
            "waktu tunggu pasien gawat turun dari rata-rata 14 menit menjadi 6 menit.",
        )
        heading(cols, "Unit Terbaik: Puskesmas Tanjung Batu")
        para(
            cols,
            "Puskesmas Tanjung Batu juga menjadi Unit Terbaik 2029: 95,9% pegawainya "
            "memenuhi target JP. Bendera LENTERA bergilir kini berpindah dari UPTD "
            "Laboratorium Kesehatan Daerah, Unit Terbaik 2028, ke Tanjung Batu.",
        )
        heading(cols, "Kelas Refleksi Kasus Pasar Ikan pindah ke hari Jumat")
        para(
            cols,
            "Kelas Refleksi Kasus di Puskesmas Pasar Ikan kini digelar setiap hari "
            "Jumat pukul 13.30-15.00 WIT, tidak lagi hari Selasa, agar tidak bertabrakan "
            "dengan posyandu. Topik bulan Maret: penanganan perdarahan pascapersalinan di "
            "layanan primer.",
        )
        heading(cols, "Angka-angka 2029")
        para(
            cols,
            f"Sepanjang 2029 tercatat {ribuan(JP_2029)} JP dari {N_PEG} pegawai, "
            f"rata-rata {AVG_2029} JP per orang. Sebanyak {PCT_2029}% pegawai memenuhi target, "
            "sedikit di bawah indikator 85%. Persentase terendah ada di Puskesmas Pulau Koli, "
            "60,0%, karena pegawainya sulit menyeberang untuk mengikuti pelatihan tatap muka. "
            "Tahun ini Pulau Koli mendapat prioritas kelas daring.",
        )
        heading(cols, "Kenalan dengan FKU: Kristina Manuhutu")
        para(
            cols,
            "Kristina menjadi FKU Labkesda sejak 2028. Ia membuka Pojok Jurnal di "
            "ruang istirahat laboratorium: setiap analis yang membaca satu artikel menulis "
            "resume setengah halaman, yang kini bernilai 2 JP menurut aturan baru. Kiatnya: "
            "belajar saat menunggu masa inkubasi sampel.",
        )
        heading(cols, "SKP yang mana?")
        para(
            cols,
            "Masih sering tertukar: SKP di e-Kinerja adalah Sasaran Kinerja Pegawai, sedangkan "
            "kredit dari seminar terakreditasi adalah SKP Profesi. Hanya SKP Profesi yang dapat "
            "diakui sebagai JP, dengan hitungan 1 SKP Profesi = 2 JP. Sebaliknya, JP tidak "
            "pernah menambah SKP Profesi untuk perpanjangan SIP.",
        )
        heading(cols, "Agenda April 2030")
        para(
            cols,
            "Webinar Bulanan LENTERA edisi April digelar Rabu, 17 April 2030, pukul 13.00–15.00 "
            "WIT dengan topik menulis resume jurnal yang layak disetujui atasan. Narasumbernya "
            "dr. Ahmad Fauzi Tuasamu dari Puskesmas Kota Lama. Pada bulan yang sama berlangsung "
            "Orientasi Pegawai Baru (8–10 April) dan Pelatihan BLS angkatan I (15–18 April).",
        )
        heading(cols, "Redaksi")
        para(
            cols,
            f"Penanggung jawab: {SEKRETARIS}; redaktur: {ANALIS} Tulisan dikirim ke "
            f"{EMAIL} paling lambat tanggal 25 setiap bulan. {FIKTIF}",
        )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ matrix (PDF)
# profession, employees, priority training 2030, JP, quota, month, source of funds
MATRIKS = [
    ("Dokter", 38, "Tata Laksana Penyakit Tidak Menular Terpadu", 32, 20, "Mei 2030", "APBD"),
    (
        "Dokter gigi",
        11,
        "Kedaruratan Medik Kedokteran Gigi",
        16,
        11,
        "Agustus 2030",
        "BLUD Puskesmas",
    ),
    (
        "Perawat",
        142,
        "Basic Life Support (BLS) dan Kegawatdaruratan Dasar",
        32,
        70,
        "April-Juli 2030",
        "APBD",
    ),
    ("Bidan", 118, "Asuhan Persalinan Normal (penyegaran)", 40, 40, "Juni 2030", "DAK Nonfisik"),
    ("Apoteker", 17, "Pelayanan Kefarmasian di Puskesmas", 24, 17, "Juli 2030", "BLUD Puskesmas"),
    (
        "Tenaga teknis kefarmasian",
        21,
        "Manajemen Logistik Obat dan e-Logistik",
        16,
        21,
        "Maret 2030",
        "APBD",
    ),
    (
        "Tenaga sanitasi lingkungan",
        19,
        "Inspeksi Kesehatan Lingkungan Berbasis Risiko",
        24,
        19,
        "September 2030",
        "DAK Nonfisik",
    ),
    ("Nutrisionis", 16, "Konseling Menyusui", 40, 16, "Oktober 2030", "DAK Nonfisik"),
    (
        "Pranata laboratorium kesehatan",
        24,
        "Pemantapan Mutu Eksternal dan Biosafety",
        24,
        12,
        "Mei 2030",
        "APBD",
    ),
    (
        "Epidemiolog kesehatan",
        8,
        "Analisis dan Pemetaan Data Surveilans",
        30,
        8,
        "Agustus 2030",
        "APBD",
    ),
    (
        "Penyuluh kesehatan masyarakat",
        14,
        "Komunikasi Perubahan Perilaku",
        24,
        14,
        "November 2030",
        "APBD",
    ),
    (
        "Tenaga administrasi dan penunjang",
        169,
        "Administrasi Kepegawaian Digital (SIASN)",
        12,
        40,
        "Februari 2030",
        "APBD",
    ),
]


def render_matriks(path):
    pdf = _make_pdf(
        "Matriks Rencana Pelatihan Jabatan Fungsional Kesehatan 2030", orientation="L", bottom=16
    )
    pdf.running = f"Matriks Rencana Pelatihan 2030 - {DINAS}"
    pdf.footer_left = f"Tim Pengelola {PROGRAM} - {FIKTIF}"
    pdf.set_margins(16, 16, 16)
    F = Flow(pdf, size=10, lh=5)
    pdf.add_page()
    F.center(DINAS_UP, 12)
    F.center("MATRIKS RENCANA PELATIHAN JABATAN FUNGSIONAL KESEHATAN TAHUN 2030", 12)
    pdf.ln(3)
    F.p(
        "Disusun oleh Tim Pengelola LENTERA dari rekap RBI 2030 dan ditetapkan pada 18 Maret "
        "2030. Jumlah pegawai per 1 Januari 2030. Kuota adalah jumlah kursi yang disediakan "
        "Dinas; pegawai yang tidak mendapat kursi diarahkan ke e-learning yang setara."
    )
    F.table(
        [
            "Jabatan / kelompok",
            "Jumlah pegawai",
            "Pelatihan prioritas 2030",
            "JP",
            "Kuota",
            "Jadwal",
            "Sumber dana",
        ],
        [[a, str(b), c, str(d), str(e), f, g] for a, b, c, d, e, f, g in MATRIKS],
        [40, 18, 62, 10, 14, 26, 26],
        caption="Tabel 1. Pelatihan prioritas per jabatan fungsional",
        size=9,
        lh=4.4,
        aligns=["L", "C", "L", "C", "C", "L", "L"],
    )
    F.p(
        "Catatan: kursi BLS juga diisi 30 bidan dan 20 dokter, sehingga seluruhnya 120 kursi "
        "dalam empat angkatan (lihat KAK Pelatihan BLS 2030).",
        size=9,
    )
    sumber = {}
    for row in MATRIKS:
        n, q = sumber.get(row[6], (0, 0))
        sumber[row[6]] = (n + 1, q + row[4])
    order = ["APBD", "BLUD Puskesmas", "DAK Nonfisik"]
    F.table(
        ["Sumber dana", "Jumlah pelatihan", "Jumlah kuota"],
        [[s, str(sumber[s][0]), str(sumber[s][1])] for s in order]
        + [["Jumlah", str(len(MATRIKS)), str(sum(r[4] for r in MATRIKS))]],
        [60, 40, 40],
        caption="Tabel 2. Rekap menurut sumber dana",
        size=9.5,
        lh=4.6,
        bold_last=True,
    )
    F.p(f"{KOTA_TTD}, 18 Maret 2030", align="L", indent=170)
    F.sign([f"Ketua Tim Pengelola {PROGRAM},", "", KASUBBAG], x_off=170)
    F.p(FIKTIF, italic=True, size=8.5)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ DBD report (trap)
DBD = [
    ("Puskesmas Lirang Kota", 4, 19, 0),
    ("Puskesmas Pasar Ikan", 6, 27, 1),
    ("Puskesmas Tanjung Batu", 2, 11, 0),
    ("Puskesmas Waihaka", 1, 6, 0),
    ("Puskesmas Teluk Nila", 0, 4, 0),
    ("Puskesmas Kota Lama", 5, 22, 0),
    ("Puskesmas Pulau Koli", 0, 1, 0),
    ("Puskesmas Lorong Pala", 3, 9, 0),
    ("Puskesmas Bukit Cengkih", 0, 3, 0),
    ("Puskesmas Tanah Tinggi", 3, 14, 0),
    ("Puskesmas Karang Putih", 2, 8, 0),
    ("Puskesmas Pantai Mutiara", 1, 7, 0),
    ("Puskesmas Wailela", 1, 5, 0),
    ("Puskesmas Kampung Nelayan", 2, 10, 1),
]


def render_dbd(path):
    pdf = _make_pdf("Laporan Situasi DBD Minggu Epidemiologi ke-10 Tahun 2030", bottom=18)
    pdf.running = "Laporan Situasi DBD M10/2030"
    pdf.footer_left = f"Bidang P2P {DINAS} - {FIKTIF}"
    F = Flow(pdf, size=10, lh=5)
    pdf.add_page()
    F.center(DINAS_UP, 11.5)
    F.center("BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT", 11)
    pdf.ln(2)
    F.center(
        "LAPORAN SITUASI DEMAM BERDARAH DENGUE (DBD)\nMINGGU EPIDEMIOLOGI KE-10 TAHUN "
        "2030 (3-9 MARET 2030)",
        11,
    )
    pdf.ln(3)
    total_w = sum(r[1] for r in DBD)
    total_k = sum(r[2] for r in DBD)
    total_m = sum(r[3] for r in DBD)
    F.p(
        f"Pada minggu ke-10 dilaporkan {total_w} kasus DBD baru, sehingga jumlah kasus sejak "
        f"awal tahun 2030 menjadi {total_k} kasus dengan {total_m} kematian. Kasus terbanyak "
        "berasal dari wilayah Puskesmas Pasar Ikan dan Puskesmas Kota Lama. Status kota: "
        "waspada, belum kejadian luar biasa."
    )
    F.table(
        ["Wilayah puskesmas", "Kasus minggu ke-10", "Kumulatif 2030", "Meninggal"],
        [[a, str(b), str(c), str(d)] for a, b, c, d in DBD]
        + [["Jumlah", str(total_w), str(total_k), str(total_m)]],
        [70, 30, 30, 25],
        caption="Tabel 1. Kasus DBD per wilayah puskesmas",
        size=9.2,
        lh=4.5,
        bold_last=True,
        aligns=["L", "C", "C", "C"],
    )
    F.h2("Tindak lanjut")
    F.items(
        [
            "Pengasapan (fogging) fokus di RW 03 dan RW 05 Kelurahan Pasar Ikan pada 12 dan 19 "
            "Maret 2030 pukul 06.00-08.30 WIT.",
            "Gerakan 1 Rumah 1 Jumantik dan PSN 3M Plus setiap Jumat pagi.",
            "Angka bebas jentik kota minggu ini 88,2%, di bawah sasaran 95%.",
            "Puskesmas melaporkan kasus baru dalam 1x24 jam melalui SKDR.",
        ]
    )
    F.p(f"Narahubung: {KABID_P2P}, Kepala Bidang P2P. {FIKTIF}", size=9)
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


def new_docx(title, header_text, landscape=False):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = DINAS
    cp.subject = FIKTIF
    cp.comments = FIKTIF
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "Subbagian Umum dan Kepegawaian"
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
        s.header.paragraphs[0].text = header_text
        s.footer.paragraphs[0].text = f"{FIKTIF} {DINAS}"
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
    p.paragraph_format.space_after = Pt(after)
    return p


def numbered(doc, items, style="List Number"):
    for it in items:
        doc.add_paragraph(it, style=style)


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tc_pr.append(shd)


def _repeat_header(row):
    """Mark a table row as a header row that Word repeats on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cell(cell, text, bold=False, size=9.5, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    cell.text = ""
    p = cell.paragraphs[0]
    for k, ln in enumerate(str(text).split("\n")):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx_table(doc, header, rows, size=9.5, bold_last=False, shade="D9EAD3"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        _cell(t.rows[0].cells[j], h, bold=True, size=size)
        _shade(t.rows[0].cells[j], shade)
    _repeat_header(t.rows[0])
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            _cell(t.rows[i].cells[j], str(v), bold=bold_last and i == len(rows), size=size)
    doc.add_paragraph()
    return t


# ============================================================================ SOP (DOCX)
SOP_NO = "SOP/DINKES-UMPEG/04/2030"
V = "\u221a"
# activity, pegawai, FKU, tim, requirement, time, output, note
SOP_STEPS = [
    (
        "Mengikuti kegiatan belajar dan menyimpan bukti kegiatan",
        V,
        "",
        "",
        "Surat tugas atau izin atasan langsung",
        "Hari terakhir kegiatan",
        "Bukti kegiatan",
        "",
    ),
    (
        "Mengunggah bukti dan mengisi formulir catatan kegiatan di SIMPUL 2.0",
        V,
        "",
        "",
        "Berkas PDF atau JPG paling besar 5 MB",
        "Paling lambat 7 hari kerja setelah kegiatan selesai",
        "Catatan berstatus Diajukan",
        "Kegiatan yang selesai sebelum 1 Maret 2030: 14 hari kalender",
    ),
    (
        "Mengajukan pengakuan SKP Profesi melalui menu Pengakuan SKP Profesi",
        V,
        "",
        "",
        "Sertifikat SKP Profesi bernomor dari platform Kemenkes",
        "Paling lambat 7 hari kerja setelah sertifikat terbit",
        "Catatan pengakuan SKP Profesi",
        "1 SKP Profesi = 2 JP; paling banyak 18 JP per tahun",
    ),
    (
        "Memeriksa kelengkapan dan kesesuaian bukti",
        "",
        V,
        "",
        "Daftar periksa verifikasi",
        "Paling lambat 5 hari kerja setelah bukti diunggah",
        "Status Diverifikasi FKU atau Dikembalikan",
        "",
    ),
    (
        "Memperbaiki catatan yang dikembalikan",
        V,
        "",
        "",
        "Catatan perbaikan dari FKU",
        "Paling lambat 10 hari kerja",
        "Catatan diajukan ulang",
        "Lewat batas waktu: status Ditutup",
    ),
    (
        "Memvalidasi catatan yang telah diverifikasi",
        "",
        "",
        V,
        "Catatan berstatus Diverifikasi FKU",
        "Setiap hari Jumat",
        "Status Divalidasi",
        "",
    ),
    (
        "Memutakhirkan riwayat pengembangan kompetensi di MyASN (khusus PNS)",
        V,
        "",
        "",
        "Sertifikat atau bukti yang telah divalidasi",
        "Paling lambat 30 hari kalender setelah divalidasi",
        "Riwayat di MyASN mutakhir",
        "Pasal 8A Perkadis 3/2030",
    ),
    (
        "Menyusun dan mengirim rekap JP bulanan per unit",
        "",
        "",
        V,
        "Data SIMPUL",
        "Tanggal 5 setiap bulan",
        "Rekap JP unit",
        "Dikirim kepada kepala unit dan FKU",
    ),
]


def write_sop(path):
    doc = new_docx(
        f"SOP Pencatatan dan Verifikasi JP di {SISTEM} 2.0",
        f"{DINAS} | {SOP_NO} | Pencatatan dan Verifikasi JP di {SISTEM} 2.0",
    )
    para(doc, "STANDAR OPERASIONAL PROSEDUR", bold=True, size=13, align="center")
    para(doc, f"PENCATATAN DAN VERIFIKASI JP DI {SISTEM} 2.0", bold=True, size=12, align="center")
    t = doc.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    left = t.cell(0, 0).merge(t.cell(6, 0))
    _cell(left, f"{DINAS_UP}\nSUBBAGIAN UMUM DAN KEPEGAWAIAN", bold=True, align="center")
    ident = [
        ("Nomor SOP", SOP_NO),
        ("Tanggal pembuatan", "1 Maret 2030"),
        ("Tanggal revisi", "- (SOP baru, menggantikan SOP/DINKES-UMPEG/09/2028)"),
        ("Tanggal efektif", "4 Maret 2030"),
        ("Disahkan oleh", f"Sekretaris Dinas, {SEKRETARIS}"),
        ("Nama SOP", f"Pencatatan dan Verifikasi JP di {SISTEM} 2.0"),
        ("Pemilik proses", f"Tim Pengelola {PROGRAM}"),
    ]
    for i, (k, v) in enumerate(ident):
        _cell(t.cell(i, 1), k, bold=True)
        _cell(t.cell(i, 2), v)
    doc.add_paragraph()
    para(doc, "Dasar hukum", bold=True)
    numbered(
        doc,
        [
            f"Peraturan Kepala {DINAS} Nomor 7 Tahun 2028 tentang {TENTANG}.",
            "Peraturan Kepala Dinas Nomor 3 Tahun 2030 tentang Perubahan atas Peraturan Kepala "
            "Dinas Nomor 7 Tahun 2028.",
            f"Pedoman Teknis Program {PROGRAM} Edisi 2029.",
        ],
    )
    para(doc, "Kualifikasi pelaksana", bold=True)
    numbered(
        doc,
        [
            "Pegawai memiliki akun SIMPUL 2.0 aktif.",
            "FKU telah mengikuti orientasi verifikator SIMPUL 2.0 (2 JP).",
            "Anggota Tim Pengelola memahami ketentuan konversi JP dan pengakuan SKP Profesi.",
        ],
    )
    para(doc, "Peralatan dan perlengkapan", bold=True)
    numbered(
        doc,
        [
            "Komputer atau ponsel dengan akses internet.",
            "Pemindai atau aplikasi pemindai dokumen di ponsel.",
            f"Akses ke {URL_SIMPUL}.",
        ],
    )
    para(doc, "Peringatan", bold=True)
    numbered(
        doc,
        [
            "Catatan yang tidak diunggah dalam batas waktu tidak dapat diajukan lagi tanpa "
            "persetujuan Ketua Tim Pengelola.",
            "Satu kegiatan dicatat satu kali: sebagai JP sesuai sertifikat atau sebagai "
            "pengakuan SKP Profesi.",
            "Pencatatan JP tahun berjalan ditutup pada tanggal 15 Desember.",
        ],
    )
    para(doc, "Uraian prosedur", bold=True)
    t = doc.add_table(rows=2 + len(SOP_STEPS), cols=9)
    t.style = "Table Grid"
    heads = [
        "No",
        "Kegiatan",
        "Pegawai",
        "FKU",
        "Tim Pengelola",
        "Kelengkapan",
        "Waktu",
        "Output",
        "Keterangan",
    ]
    for j, h in enumerate(heads):
        _cell(t.cell(1, j), h, bold=True, size=8.5, align="center")
        _shade(t.cell(1, j), "D9EAD3")
        _shade(t.cell(0, j), "D9EAD3")
    for j in (0, 1, 8):
        merged = t.cell(0, j).merge(t.cell(1, j))
        _cell(merged, heads[j], bold=True, size=8.5, align="center")
    _cell(t.cell(0, 2).merge(t.cell(0, 4)), "Pelaksana", bold=True, size=8.5, align="center")
    _cell(t.cell(0, 5).merge(t.cell(0, 7)), "Mutu Baku", bold=True, size=8.5, align="center")
    _repeat_header(t.rows[0])
    _repeat_header(t.rows[1])
    for i, step in enumerate(SOP_STEPS, 1):
        values = [str(i), *step]
        for j, v in enumerate(values):
            _cell(t.cell(1 + i, j), v, size=8.5, align="center" if 2 <= j <= 4 else None)
    doc.add_paragraph()
    para(doc, "Indikator kinerja SOP: 90% catatan diverifikasi FKU tepat waktu setiap bulan.")
    para(doc, f"{KOTA_TTD}, 1 Maret 2030", align="right", after=0)
    para(doc, "Sekretaris Dinas,", align="right", after=24)
    para(doc, SEKRETARIS, align="right", after=0)
    para(doc, FIKTIF, italic=True, size=8.5)
    doc.save(path)


# ============================================================================ minutes (DOCX)
KEPUTUSAN = [
    (
        "Puskesmas Waihaka, Puskesmas Teluk Nila, dan Puskesmas Bukit Cengkih melengkapi rekap "
        "RBI 2030",
        "FKU ketiga puskesmas",
        "Jumat, 22 Maret 2030",
    ),
    (
        "Kelas Refleksi Kasus wajib diadakan paling sedikit satu kali setiap bulan di setiap "
        "puskesmas; notulennya diunggah ke SIMPUL",
        "Kepala puskesmas dan FKU",
        "Mulai April 2030",
    ),
    (
        "Dua kelas e-learning terpandu per triwulan khusus pegawai Puskesmas Pulau Koli",
        f"Tim Pengelola {PROGRAM}",
        "Kelas pertama paling lambat 30 April 2030",
    ),
    (
        "Bukti kegiatan wajib berupa hasil pindai, bukan foto miring atau buram",
        "Semua FKU",
        "Berlaku segera",
    ),
    ("Surat Keputusan FKU periode 2030-2031 ditetapkan", KASUBBAG, "29 Maret 2030"),
    ("Rapat koordinasi FKU triwulan II", f"Tim Pengelola {PROGRAM}", "Kamis, 13 Juni 2030"),
]


def write_notulen(path):
    doc = new_docx(
        "Notulen Rapat Koordinasi FKU Triwulan I Tahun 2030",
        f"{DINAS} - Notulen Rapat Koordinasi FKU",
    )
    para(
        doc,
        "NOTULEN RAPAT KOORDINASI FASILITATOR KOMPETENSI UNIT (FKU)",
        bold=True,
        size=12,
        align="center",
        after=0,
    )
    para(doc, "TRIWULAN I TAHUN 2030", bold=True, size=12, align="center")
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    info = [
        ("Hari, tanggal", "Kamis, 14 Maret 2030"),
        ("Waktu", "Pukul 09.00-12.15 WIT"),
        ("Tempat", "Aula Lantai 2 Dinas Kesehatan; peserta Puskesmas Pulau Koli melalui Zoom"),
        ("Pimpinan rapat", f"{SEKRETARIS}, Sekretaris Dinas"),
        ("Notulis", ANALIS),
        ("Peserta", f"{N_FKU} FKU dan 3 anggota Tim Pengelola {PROGRAM} (daftar hadir terlampir)"),
    ]
    for i, (k, v) in enumerate(info):
        _cell(t.cell(i, 0), k, bold=True)
        _cell(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_heading("Agenda", level=2)
    numbered(
        doc,
        [
            "Evaluasi capaian LENTERA 2029.",
            "Pengalaman awal memakai SIMPUL 2.0.",
            "Rekap RBI 2030.",
            "Kelas Refleksi Kasus.",
            "Lain-lain.",
        ],
    )
    doc.add_heading("Pembahasan", level=2)
    para(
        doc,
        f"1. Ketua Tim Pengelola memaparkan capaian 2029: {PCT_2029}% pegawai memenuhi "
        "target JP. Puskesmas Pulau Koli mencatat persentase terendah (60,0%). Peserta dari "
        "Pulau Koli menyampaikan bahwa jadwal kapal penyeberangan hanya tiga kali seminggu.",
    )
    para(
        doc,
        "2. Sejak SIMPUL 2.0 aktif pada 4 Maret 2030 tercatat 386 unggahan. Sebanyak 41 "
        "unggahan dikembalikan FKU, sebagian besar karena foto sertifikat buram atau terpotong.",
    )
    para(
        doc,
        "3. Sampai 13 Maret 2030, RBI 2030 telah disusun oleh 541 dari 597 pegawai "
        "(90,6%). Tiga puskesmas masih jauh tertinggal, di bawah 75%: Waihaka, Teluk Nila, dan "
        "Bukit Cengkih.",
    )
    para(
        doc,
        "4. Kelas Refleksi Kasus berjalan rutin di sebelas puskesmas; tiga puskesmas "
        "lainnya baru mengadakan satu sampai dua kali selama 2029.",
    )
    para(
        doc,
        "5. Peserta menanyakan apakah JP dapat dipakai untuk memenuhi SKP Profesi. "
        "Ditegaskan kembali bahwa arah konversi hanya dari SKP Profesi ke JP, tidak "
        "sebaliknya.",
    )
    doc.add_heading("Keputusan dan tindak lanjut", level=2)
    docx_table(
        doc,
        ["No", "Keputusan", "Penanggung jawab", "Tenggat"],
        [[str(i), *k] for i, k in enumerate(KEPUTUSAN, 1)],
    )
    para(doc, "Rapat ditutup pukul 12.15 WIT.")
    para(doc, f"{KOTA_TTD}, 14 Maret 2030", align="right")
    para(doc, f"Notulis: {ANALIS}", after=0)
    para(doc, f"Pimpinan rapat: {SEKRETARIS}")
    para(doc, FIKTIF, italic=True, size=8.5)
    doc.save(path)


# ============================================================================ KAK (DOCX)
BLS_ANGKATAN = [
    ("I", "15-18 April 2030"),
    ("II", "20-23 Mei 2030"),
    ("III", "10-13 Juni 2030"),
    ("IV", "15-18 Juli 2030"),
]
# group, item, volume, unit cost
BLS_BIAYA = [
    ("A. Honorarium", "Narasumber dari luar Dinas (materi teori)", "48 JP", 900000, 48),
    ("A. Honorarium", "Instruktur praktik", "400 OJ", 150000, 400),
    ("B. Konsumsi", "Paket rapat sehari penuh peserta dan panitia", "576 OH", 85000, 576),
    ("C. Transport", "Transport peserta dalam kota", "448 OH", 100000, 448),
    ("C. Transport", "Transport peserta Puskesmas Pulau Koli", "32 OH", 250000, 32),
    ("D. Bahan", "Sewa manekin dewasa dan bayi serta alat habis pakai", "1 paket", 12500000, 1),
    ("D. Bahan", "Sertifikat dan alat tulis", "120 orang", 50000, 120),
]
BLS_TOTAL = sum(c * n for *_, c, n in BLS_BIAYA)


def write_kak(path):
    doc = new_docx(
        "KAK Pelatihan BLS dan Kegawatdaruratan Dasar 2030",
        f"{DINAS} - Kerangka Acuan Kegiatan Pelatihan BLS 2030",
    )
    para(doc, "KERANGKA ACUAN KEGIATAN", bold=True, size=13, align="center", after=0)
    para(
        doc,
        "PELATIHAN BASIC LIFE SUPPORT (BLS) DAN KEGAWATDARURATAN DASAR",
        bold=True,
        size=12,
        align="center",
        after=0,
    )
    para(doc, "BAGI TENAGA KESEHATAN PUSKESMAS TAHUN 2030", bold=True, size=12, align="center")
    doc.add_heading("A. Latar Belakang", level=2)
    para(
        doc,
        "Tiga puskesmas rawat inap dan sebelas puskesmas lainnya menerima pasien gawat "
        "darurat sebelum dirujuk ke rumah sakit. Pada tahun 2029 baru 46% dokter, perawat, dan "
        "bidan puskesmas yang memiliki sertifikat BLS yang masih berlaku.",
    )
    doc.add_heading("B. Tujuan", level=2)
    numbered(
        doc,
        [
            "Peserta mampu melakukan resusitasi jantung paru (RJP) berkualitas pada dewasa, anak, "
            "dan bayi.",
            "Peserta mampu menggunakan AED dan mengelola jalan napas dasar.",
            "Peserta mampu menangani kegawatdaruratan obstetri dan neonatal dasar sebelum rujukan.",
        ],
    )
    doc.add_heading("C. Peserta", level=2)
    para(
        doc,
        "Seluruhnya 120 orang dalam empat angkatan, masing-masing 30 orang: 70 perawat, "
        "30 bidan, dan 20 dokter dari 14 puskesmas. Kriteria peserta:",
    )
    numbered(
        doc,
        [
            "PNS atau PPPK tenaga kesehatan di puskesmas.",
            "Belum memiliki sertifikat BLS atau sertifikatnya sudah tidak berlaku.",
            "Mendapat persetujuan kepala puskesmas dan tercantum dalam RBI 2030.",
        ],
    )
    doc.add_heading("D. Waktu dan Tempat", level=2)
    docx_table(
        doc,
        ["Angkatan", "Tanggal", "Tempat"],
        [[a, d, "Ruang Diklat RSUD Kota Pelabuhan Lirang"] for a, d in BLS_ANGKATAN],
    )
    doc.add_heading("E. Jadwal Harian (setiap angkatan)", level=2)
    jadwal = [
        ("Hari I", "08.00-10.15", "Pembukaan, pre-test, dan konsep rantai kelangsungan hidup", "3"),
        ("Hari I", "10.30-16.00", "RJP dewasa dengan satu dan dua penolong", "5"),
        ("Hari II", "08.00-12.00", "RJP anak dan bayi; tersedak", "4"),
        ("Hari II", "13.00-16.00", "Penggunaan AED dan jalan napas dasar", "4"),
        ("Hari III", "08.00-12.00", "Kegawatdaruratan obstetri dasar", "4"),
        ("Hari III", "13.00-16.00", "Kegawatdaruratan neonatal dasar", "4"),
        ("Hari IV", "08.00-12.00", "Simulasi kasus dan uji praktik RJP", "4"),
        ("Hari IV", "13.00-16.00", "Post-test, evaluasi, dan penutupan", "4"),
    ]
    t = doc.add_table(rows=1 + len(jadwal), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Hari", "Waktu (WIT)", "Materi", "JP"]):
        _cell(t.cell(0, j), h, bold=True)
        _shade(t.cell(0, j), "D9EAD3")
    _repeat_header(t.rows[0])
    for i, row in enumerate(jadwal, 1):
        for j, v in enumerate(row):
            _cell(t.cell(i, j), v)
    for k in range(0, len(jadwal), 2):
        _cell(t.cell(1 + k, 0).merge(t.cell(2 + k, 0)), jadwal[k][0])
    doc.add_paragraph()
    para(doc, "Jumlah: 32 (tiga puluh dua) JP per angkatan.")
    doc.add_heading("F. Narasumber dan Kelulusan", level=2)
    para(
        doc,
        "Narasumber teori adalah dokter spesialis anestesi dan dokter spesialis "
        "kedaruratan dari RSUD Kota Pelabuhan Lirang. Praktik dipandu instruktur BLS "
        "bersertifikat dengan perbandingan satu instruktur untuk enam peserta. Peserta "
        "dinyatakan lulus bila nilai post-test paling rendah 75 dan lulus uji praktik RJP.",
    )
    doc.add_heading("G. Sertifikat, JP, dan SKP Profesi", level=2)
    para(
        doc,
        "Peserta yang lulus memperoleh sertifikat 32 JP. Pelatihan ini juga diajukan "
        "akreditasinya pada platform pembelajaran Kementerian Kesehatan sehingga memberikan "
        "SKP Profesi. Di SIMPUL, pelatihan ini dicatat satu kali sebagai 32 JP sesuai "
        "sertifikat, tidak diajukan lagi melalui menu Pengakuan SKP Profesi.",
    )
    doc.add_heading("H. Rincian Biaya", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Komponen", "Uraian", "Volume", "Satuan biaya", "Jumlah"]):
        _cell(t.cell(0, j), h, bold=True)
        _shade(t.cell(0, j), "D9EAD3")
    _repeat_header(t.rows[0])
    start = {}
    for group, item, vol, cost, n in BLS_BIAYA:
        cells = t.add_row().cells
        start.setdefault(group, []).append(len(t.rows) - 1)
        for j, v in enumerate([group, item, vol, rp(cost), rp(cost * n)]):
            _cell(cells[j], v)
    for group, rows in start.items():
        if len(rows) > 1:
            _cell(t.cell(rows[0], 0).merge(t.cell(rows[-1], 0)), group)
    cells = t.add_row().cells
    merged = cells[0].merge(cells[3])
    _cell(merged, "Jumlah seluruhnya", bold=True)
    _cell(cells[4], rp(BLS_TOTAL), bold=True)
    doc.add_paragraph()
    para(
        doc,
        "Sumber dana: APBD Dinas Kesehatan Tahun Anggaran 2030 (DPA Bidang Pelayanan Kesehatan).",
    )
    doc.add_heading("I. Penanggung Jawab", level=2)
    para(
        doc,
        f"Penanggung jawab kegiatan: {KABID_YANKES}, Kepala Bidang Pelayanan Kesehatan. "
        "Ketua panitia: Ns. Hendra Sopacua, S.Kep. Pendaftaran peserta melalui FKU masing-"
        "masing puskesmas.",
    )
    para(doc, f"{KOTA_TTD}, 8 Maret 2030", align="right")
    para(doc, FIKTIF, italic=True, size=8.5)
    doc.save(path)


# ============================================================================ workbook (XLSX)
ANGGARAN_2030 = [
    ("Pelatihan BLS dan Kegawatdaruratan Dasar (4 angkatan)", "APBD", BLS_TOTAL),
    ("Pelatihan Tata Laksana Penyakit Tidak Menular Terpadu", "APBD", 96400000),
    ("Pelatihan Asuhan Persalinan Normal (penyegaran)", "DAK Nonfisik", 118750000),
    ("Pelatihan Konseling Menyusui", "DAK Nonfisik", 72000000),
    ("Pelatihan Inspeksi Kesehatan Lingkungan Berbasis Risiko", "DAK Nonfisik", 41300000),
    ("Kelas Refleksi Kasus di 14 puskesmas", "BLUD Puskesmas", 33600000),
    ("Pelayanan Kefarmasian dan Kedaruratan Medik Gigi", "BLUD Puskesmas", 39850000),
    ("Webinar Bulanan LENTERA", "APBD", 18000000),
    ("Pengembangan SIMPUL 2.0", "APBD", 45000000),
    ("Penghargaan Pembelajar Terbaik (3 orang)", "APBD", 4500000),
    ("Patok banding ke Dinas Kesehatan Kota Tanjung Sari", "APBD", 38250000),
]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": f"Rekap Capaian {PROGRAM} 2029",
            "author": DINAS,
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13, "align": "center"})
    ital = wb.add_format({"italic": True, "align": "center"})
    hdr = wb.add_format(
        {
            "bold": True,
            "bg_color": "#D9EAD3",
            "border": 1,
            "text_wrap": True,
            "align": "center",
            "valign": "vcenter",
        }
    )
    cell = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "align": "center"})
    one = wb.add_format({"border": 1, "align": "center", "num_format": "0.0"})
    pct = wb.add_format({"border": 1, "align": "center", "num_format": "0.0%"})
    money = wb.add_format({"border": 1, "num_format": "#,##0"})
    bold = wb.add_format({"border": 1, "bold": True})
    bold_num = wb.add_format({"border": 1, "bold": True, "align": "center"})
    bold_one = wb.add_format({"border": 1, "bold": True, "align": "center", "num_format": "0.0"})
    bold_pct = wb.add_format({"border": 1, "bold": True, "align": "center", "num_format": "0.0%"})
    bold_money = wb.add_format({"border": 1, "bold": True, "num_format": "#,##0"})

    # ---------------------------------------------------------------- Rekap per Unit
    ws = wb.add_worksheet("Rekap per Unit")
    ws.merge_range(0, 0, 0, 8, f"REKAPITULASI CAPAIAN JP PROGRAM {PROGRAM} TAHUN 2029", title)
    ws.merge_range(
        1, 0, 1, 8, f"{DINAS} - posisi 15 Januari 2030 (catatan tervalidasi {SISTEM})", ital
    )
    heads = [
        "No",
        "Unit Kerja",
        None,
        None,
        None,
        "Total JP 2029",
        "Rata-rata JP",
        "Memenuhi Target (orang)",
        "% Memenuhi Target",
    ]
    for j, h in enumerate(heads):
        if h:
            ws.merge_range(3, j, 4, j, h, hdr)
    ws.merge_range(3, 2, 3, 4, "Jumlah Pegawai", hdr)
    for j, h in enumerate(["PNS", "PPPK", "Total"], 2):
        ws.write(4, j, h, hdr)
    r = 5
    for i, (name, pns, pppk, jp, ok, _fku) in enumerate(UNITS, 1):
        tot = pns + pppk
        ws.write(r, 0, i, num)
        ws.write(r, 1, name, cell)
        ws.write(r, 2, pns, num)
        ws.write(r, 3, pppk, num)
        ws.write(r, 4, tot, num)
        ws.write(r, 5, jp, num)
        ws.write(r, 6, round(jp / tot, 1), one)
        ws.write(r, 7, ok, num)
        ws.write(r, 8, round(ok / tot, 3), pct)
        r += 1
    ws.write(r, 0, "", bold)
    ws.write(r, 1, "Jumlah Dinas", bold)
    ws.write(r, 2, N_PNS, bold_num)
    ws.write(r, 3, N_PPPK, bold_num)
    ws.write(r, 4, N_PEG, bold_num)
    ws.write(r, 5, JP_2029, bold_num)
    ws.write(r, 6, round(JP_2029 / N_PEG, 1), bold_one)
    ws.write(r, 7, MEMENUHI_2029, bold_num)
    ws.write(r, 8, round(MEMENUHI_2029 / N_PEG, 3), bold_pct)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 8, 13)

    # ---------------------------------------------------------------- Per Profesi
    ws = wb.add_worksheet("Per Profesi")
    ws.merge_range(0, 0, 0, 4, "CAPAIAN JP MENURUT PROFESI TAHUN 2029", title)
    for j, h in enumerate(
        [
            "Profesi",
            "Jumlah Pegawai",
            "Rata-rata JP",
            "JP dari Pengakuan SKP Profesi",
            "% Memenuhi Target",
        ]
    ):
        ws.write(2, j, h, hdr)
    for i, (name, n, avg, skp, share) in enumerate(PROFESI, 3):
        ws.write(i, 0, name, cell)
        ws.write(i, 1, n, num)
        ws.write(i, 2, avg, one)
        ws.write(i, 3, skp, num)
        ws.write(i, 4, share, pct)
    ws.set_column(0, 0, 40)
    ws.set_column(1, 4, 16)

    # ---------------------------------------------------------------- Anggaran 2030
    ws = wb.add_worksheet("Anggaran 2030")
    ws.merge_range(0, 0, 0, 3, f"RENCANA ANGGARAN PROGRAM {PROGRAM} TAHUN 2030", title)
    for j, h in enumerate(["No", "Kegiatan", "Sumber Dana", "Pagu (Rp)"]):
        ws.write(2, j, h, hdr)
    r = 3
    for i, (name, src, amount) in enumerate(ANGGARAN_2030, 1):
        ws.write(r, 0, i, num)
        ws.write(r, 1, name, cell)
        ws.write(r, 2, src, cell)
        ws.write(r, 3, amount, money)
        r += 1
    for src in ("APBD", "BLUD Puskesmas", "DAK Nonfisik"):
        ws.write(r, 0, "", bold)
        ws.write(r, 1, f"Subjumlah {src}", bold)
        ws.write(r, 2, src, bold)
        ws.write(r, 3, sum(a for _, s, a in ANGGARAN_2030 if s == src), bold_money)
        r += 1
    ws.write(r, 0, "", bold)
    ws.write(r, 1, "Jumlah seluruhnya", bold)
    ws.write(r, 2, "Semua sumber", bold)
    ws.write(r, 3, sum(a for *_, a in ANGGARAN_2030), bold_money)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 58)
    ws.set_column(2, 3, 18)

    # ---------------------------------------------------------------- Catatan
    ws = wb.add_worksheet("Catatan")
    notes = [
        "Catatan pengolahan data",
        f"1. Data JP 2029 diambil dari {SISTEM} pada 15 Januari 2030; hanya catatan berstatus "
        "Divalidasi yang dihitung.",
        "2. Target 2029 mengikuti Perkadis 7/2028: PNS 20 JP dan PPPK 10 JP.",
        "3. Empat pegawai yang menjalani tugas belajar dihitung memenuhi target.",
        "4. Kolom JP dari Pengakuan SKP Profesi: jumlah JP hasil pengakuan SKP Profesi, paling "
        "banyak 12 JP per pegawai pada tahun 2029.",
        "5. Pagu 2030 sesuai DPA per 7 Januari 2030 dan belum memuat perubahan anggaran.",
        f"6. Pengolah data: {ANALIS} Pemeriksa: {KASUBBAG}",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t)
    ws.set_column(0, 0, 110)
    wb.close()


# ============================================================================ CSV
# code, course, platform, JP, SKP Profesi, target group, finish by
ELEARNING = [
    (
        "EL-01",
        "Dasar-dasar Keselamatan Pasien",
        "Platform pembelajaran Kemenkes",
        "10",
        "2",
        "Semua tenaga kesehatan",
        "30 Juni 2030",
    ),
    (
        "EL-02",
        "Imunisasi Rutin Lengkap bagi Bidan dan Perawat",
        "Platform pembelajaran Kemenkes",
        "20",
        "4",
        "Bidan, perawat",
        "31 Juli 2030",
    ),
    ("EL-03", "Etika dan Integritas ASN", "LMS LAN", "6", "-", "Semua pegawai", "31 Mei 2030"),
    (
        "EL-04",
        "Menyusun SKP di e-Kinerja",
        "SIMPUL Kelas",
        "4",
        "-",
        "Semua PNS dan PPPK",
        "31 Maret 2030",
    ),
    (
        "EL-05",
        "Tata Laksana Tuberkulosis di FKTP",
        "Platform pembelajaran Kemenkes",
        "15",
        "3",
        "Dokter, perawat",
        "31 Agustus 2030",
    ),
    (
        "EL-06",
        "Menulis LPHP yang Efektif",
        "SIMPUL Kelas",
        "3",
        "-",
        "Semua pegawai",
        "30 April 2030",
    ),
    (
        "EL-07",
        "Pengelolaan Limbah Medis Puskesmas",
        "Platform pembelajaran Kemenkes",
        "12",
        "2",
        "Tenaga sanitasi lingkungan",
        "30 September 2030",
    ),
    (
        "EL-08",
        "Gizi Ibu Hamil dan Pencegahan Stunting",
        "Platform pembelajaran Kemenkes",
        "16",
        "3",
        "Nutrisionis, bidan",
        "31 Oktober 2030",
    ),
    (
        "EL-09",
        "Literasi Digital dan Keamanan Data Pasien",
        "LMS LAN",
        "8",
        "-",
        "Semua pegawai",
        "30 November 2030",
    ),
    (
        "EL-10",
        "Kepemimpinan Klinis bagi Kepala Ruang",
        "Platform pembelajaran Kemenkes",
        "20",
        "4",
        "Perawat dan bidan koordinator",
        "31 Oktober 2030",
    ),
]


def elearning_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(
        ["Kode", "Judul kursus", "Platform", "JP", "SKP Profesi", "Sasaran", "Tenggat penyelesaian"]
    )
    for row in ELEARNING:
        w.writerow(row)
    w.writerow(
        [
            "# Kursus yang sertifikatnya mencantumkan JP dicatat sesuai JP; jangan ajukan "
            "lagi melalui menu Pengakuan SKP Profesi. " + FIKTIF
        ]
    )
    return buf.getvalue()


# no, training, dates, place, target group, JP, quota, registration closes, status
JADWAL_S1 = [
    (
        "Administrasi Kepegawaian Digital (SIASN)",
        "25/02/2030 - 26/02/2030",
        "Aula Dinas",
        "Tenaga administrasi",
        "12",
        "40",
        "14/02/2030",
        "Selesai",
    ),
    (
        "Manajemen Logistik Obat dan e-Logistik",
        "18/03/2030 - 19/03/2030",
        "UPTD IFK",
        "Tenaga teknis kefarmasian",
        "16",
        "21",
        "06/03/2030",
        "Berlangsung",
    ),
    (
        "Orientasi Pegawai Baru 2030",
        "08/04/2030 - 10/04/2030",
        "Aula Dinas",
        "CPNS dan PPPK baru",
        "16",
        "45",
        "29/03/2030",
        "Pendaftaran dibuka",
    ),
    (
        "BLS dan Kegawatdaruratan Dasar Angkatan I",
        "15/04/2030 - 18/04/2030",
        "Ruang Diklat RSUD",
        "Dokter, perawat, bidan",
        "32",
        "30",
        "19/03/2030",
        "Pendaftaran dibuka",
    ),
    (
        "Kelas e-learning terpandu Pulau Koli I",
        "29/04/2030",
        "Zoom",
        "Pegawai Puskesmas Pulau Koli",
        "4",
        "30",
        "24/04/2030",
        "Pendaftaran dibuka",
    ),
    (
        "Tata Laksana Penyakit Tidak Menular Terpadu",
        "13/05/2030 - 16/05/2030",
        "Bapelkes Provinsi Samudra Timur",
        "Dokter",
        "32",
        "20",
        "22/04/2030",
        "Direncanakan",
    ),
    (
        "BLS dan Kegawatdaruratan Dasar Angkatan II",
        "20/05/2030 - 23/05/2030",
        "Ruang Diklat RSUD",
        "Dokter, perawat, bidan",
        "32",
        "30",
        "19/03/2030",
        "Direncanakan",
    ),
    (
        "Pemantapan Mutu Eksternal dan Biosafety",
        "27/05/2030 - 29/05/2030",
        "UPTD Labkesda",
        "Pranata laboratorium kesehatan",
        "24",
        "12",
        "08/05/2030",
        "Direncanakan",
    ),
    (
        "Asuhan Persalinan Normal (penyegaran)",
        "03/06/2030 - 07/06/2030",
        "Bapelkes Provinsi Samudra Timur",
        "Bidan",
        "40",
        "40",
        "15/05/2030",
        "Direncanakan",
    ),
    (
        "BLS dan Kegawatdaruratan Dasar Angkatan III",
        "10/06/2030 - 13/06/2030",
        "Ruang Diklat RSUD",
        "Dokter, perawat, bidan",
        "32",
        "30",
        "19/03/2030",
        "Direncanakan",
    ),
]


def jadwal_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        [
            f"Jadwal Pelatihan {PROGRAM} Semester I Tahun 2030 (posisi 15 Maret 2030). " + FIKTIF,
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
    w.writerow(
        [
            "No",
            "Pelatihan",
            "Tanggal",
            "Tempat",
            "Sasaran",
            "JP",
            "Kuota",
            "Batas pendaftaran",
            "Status",
        ]
    )
    for i, row in enumerate(JADWAL_S1, 1):
        w.writerow([str(i), *row])
    return buf.getvalue()


RBI_2030 = [94, 24, 15, 42, 35, 49, 17, 19, 32, 27, 24, 15, 33, 25, 30, 24, 36]
assert sum(RBI_2030) == 541


def rbi_csv():
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Unit kerja", "Jumlah pegawai", "RBI disetujui atasan", "Persentase RBI", "Status"])
    for (name, pns, pppk, *_), n in zip(UNITS, RBI_2030, strict=True):
        share = n / (pns + pppk) * 100
        status = "Lengkap" if share >= 95 else "Dalam proses" if share >= 75 else "Terlambat"
        w.writerow([name, str(pns + pppk), str(n), koma(share) + "%", status])
    w.writerow(
        ["Jumlah", str(N_PEG), str(sum(RBI_2030)), koma(sum(RBI_2030) / N_PEG * 100) + "%", ""]
    )
    w.writerow(
        [
            f"# Rekap RBI 2030 posisi 13 Maret 2030, sumber {SISTEM}. Batas penyusunan RBI "
            "31 Januari 2030. " + FIKTIF
        ]
    )
    return buf.getvalue()


# puskesmas, schools, pupils targeted, date, time
BIAS = [
    ("Puskesmas Lirang Kota", 9, 1120, "Senin, 5 Agustus 2030"),
    ("Puskesmas Pasar Ikan", 7, 864, "Selasa, 6 Agustus 2030"),
    ("Puskesmas Tanjung Batu", 8, 932, "Rabu, 7 Agustus 2030"),
    ("Puskesmas Waihaka", 5, 410, "Kamis, 8 Agustus 2030"),
    ("Puskesmas Teluk Nila", 5, 455, "Jumat, 9 Agustus 2030"),
    ("Puskesmas Kota Lama", 6, 702, "Senin, 12 Agustus 2030"),
    ("Puskesmas Pulau Koli", 3, 214, "Selasa, 13 Agustus 2030"),
    ("Puskesmas Lorong Pala", 4, 388, "Rabu, 14 Agustus 2030"),
    ("Puskesmas Bukit Cengkih", 5, 402, "Kamis, 15 Agustus 2030"),
    ("Puskesmas Tanah Tinggi", 6, 690, "Senin, 19 Agustus 2030"),
    ("Puskesmas Karang Putih", 5, 476, "Selasa, 20 Agustus 2030"),
    ("Puskesmas Pantai Mutiara", 6, 618, "Rabu, 21 Agustus 2030"),
    ("Puskesmas Wailela", 4, 344, "Kamis, 22 Agustus 2030"),
    ("Puskesmas Kampung Nelayan", 7, 806, "Jumat, 23 Agustus 2030"),
]


def bias_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(
        ["Puskesmas", "Jumlah SD/MI", "Sasaran murid kelas 1", "Hari pelaksanaan", "Antigen", "Jam"]
    )
    for name, schools, pupils, day in BIAS:
        w.writerow(
            [name, str(schools), ribuan(pupils), day, "Campak-Rubela (MR)", "07.30-11.00 WIT"]
        )
    w.writerow(
        [
            "# Bulan Imunisasi Anak Sekolah (BIAS) Agustus 2030, Bidang P2P. Orang tua "
            "menerima surat persetujuan melalui sekolah paling lambat 27 Juli 2030. " + FIKTIF
        ]
    )
    return buf.getvalue()


# ============================================================================ HTML
NAV = """<header class="site">
  <div class="brand">Dinas Kesehatan Kota Pelabuhan Lirang</div>
  <nav><ul>
    <li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li>
    <li><a href="/layanan">Layanan Publik</a></li><li><a href="/imunisasi">Jadwal Imunisasi</a></li>
    <li><a href="/dbd">Info DBD</a></li><li><a href="/ppid">PPID</a></li>
    <li><a href="/kontak">Kontak</a></li>
  </ul></nav>
</header>"""
FOOT = f"""<footer class="site">
  <p>{DINAS} &middot; {ALAMAT} &middot; Telp. {TELP}</p>
  <p>Hak cipta 2030. Seluruh isi situs ini fiktif.</p>
</footer>"""


def _page(title, body, crumbs="", aside=""):
    crumb = f'<div class="breadcrumb">{crumbs}</div>' if crumbs else ""
    side = f"<aside>{aside}</aside>" if aside else ""
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>body{{font-family:sans-serif;max-width:960px;margin:auto}}
table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:4px}}</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
{NAV}
{crumb}
<main>
{body}
</main>
{side}
{FOOT}
</body>
</html>
"""


def berita_html():
    body = f"""<article>
<h1>SIMPUL 2.0 Resmi Digunakan Mulai 4 Maret 2030</h1>
<p class="meta">Senin, 4 Maret 2030 &middot; Humas Dinas Kesehatan</p>
<p>Kepala {DINAS}, {KADIS}, meluncurkan <strong>SIMPUL 2.0</strong> pada apel pagi hari ini.
Aplikasi pencatatan jam pelajaran dan rencana belajar pegawai itu kini dapat dipakai langsung
dari ponsel, lengkap dengan pemindai dokumen bawaan.</p>
<h2>Apa yang baru?</h2>
<ul>
<li>Menu <em>Pengakuan SKP Profesi</em>: pegawai mengunggah sertifikat SKP Profesi dari
platform pembelajaran Kemenkes, lalu sistem menghitung JP-nya otomatis (1 SKP Profesi = 2 JP)
dan berhenti menambah JP setelah batas 18 JP setahun tercapai.</li>
<li>Pengingat WhatsApp dikirim dua hari kerja sebelum batas unggah 7 hari kerja berakhir.</li>
<li>Dasbor capaian unit untuk FKU dan kepala unit, diperbarui setiap malam pukul 23.00 WIT.</li>
<li>Ukuran berkas bukti yang dapat diunggah naik menjadi 5 MB per berkas.</li>
</ul>
<h2>Data lama aman</h2>
<p>Sebanyak 11.982 catatan dari SIMPUL versi lama telah dipindahkan. SIMPUL lama tetap dapat
dibuka dalam mode baca saja sampai 30 April 2030, lalu dinonaktifkan.</p>
<p>Pengembangan SIMPUL 2.0 dikerjakan oleh {PRAKOM}, Pranata Komputer Dinas, dengan biaya
{rp(45000000)} dari APBD 2030.</p>
<h2>Cara masuk</h2>
<p>Alamat aplikasi tetap <a href="{URL_SIMPUL}">{URL_SIMPUL}</a>. PNS masuk dengan NIP, PPPK
dengan NI PPPK. Kata sandi awal dikirim melalui WhatsApp ke nomor yang terdaftar di
kepegawaian.</p>
<p>Helpdesk SIMPUL memakai nomor WhatsApp baru <strong>{WA_HELP}</strong> mulai 1 April 2030;
nomor lama {WA_HELP_OLD} masih melayani sampai 31 Maret 2030.</p>
<p><em>{FIKTIF}</em></p>
</article>"""
    aside = """<h3>Berita terkait</h3>
<ul><li><a href="#">Sosialisasi Perkadis 3/2030 digelar di tiga zona</a></li>
<li><a href="#">Jadwal BIAS Agustus 2030</a></li>
<li><a href="#">Waspada DBD di musim hujan</a></li></ul>
<h3>Tautan</h3><ul><li><a href="#">e-Kinerja</a></li><li><a href="#">MyASN</a></li></ul>"""
    crumbs = "Beranda &raquo; Berita &raquo; Kepegawaian"
    return _page(
        "SIMPUL 2.0 Resmi Digunakan - Dinas Kesehatan Kota Pelabuhan Lirang", body, crumbs, aside
    )


ZONA = {
    "Kantor dan UPTD": [0, 1, 2],
    "Kota": [3, 4, 8, 12, 13],
    "Pesisir": [5, 6, 7, 14, 15, 16],
    "Pulau dan Perbukitan": [9, 10, 11],
}
FKU_JABATAN = {
    "Yuliana Tupamahu, S.E.": "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
    "Kristina Manuhutu, A.Md.AK.": "Pranata Laboratorium Kesehatan Terampil",
    "Rahmat Sanaky, A.Md.Farm.": "Asisten Apoteker Terampil",
    "Ns. Fransina Leiwakabessy, S.Kep.": "Perawat Ahli Muda",
    "Umar Tuanany, S.K.M.": "Administrator Kesehatan Ahli Pertama",
    "Siti Nurjanah Ollong, A.Md.Keb.": "Bidan Terampil",
    "Ns. Yakobus Rahanra, S.Kep.": "Perawat Ahli Pertama",
    "Lusiana Matakena, A.Md.Gz.": "Nutrisionis Terampil",
    "Nurhayati Kelilauw, A.Md.Kep.": "Perawat Terampil",
    "Jeane Sahetapy, S.Tr.Keb.": "Bidan Ahli Pertama",
    "Anwar Latupono, S.K.M.": "Penyuluh Kesehatan Masyarakat Ahli Pertama",
    "Marthen Wokanubun, A.Md.Kep.": "Perawat Mahir",
    "Rosalina Tetelepta, A.Md.Keb.": "Bidan Mahir",
    "Hamid Wailissa, S.Tr.Kes.": "Tenaga Sanitasi Lingkungan Ahli Pertama",
    "Ns. Debora Lewerissa, S.Kep.": "Perawat Ahli Muda",
    "apt. Yusuf Ohorella, S.Farm.": "Apoteker Ahli Pertama",
    "Magdalena Kakisina, A.Md.Kep.": "Perawat Terampil",
    "Fahmi Sangadji, S.K.M.": "Epidemiolog Kesehatan Ahli Pertama",
    "Ns. Ivonne Tahapary, S.Kep.": "Perawat Ahli Pertama",
    "Arifin Rumakat, A.Md.Kes.": "Pranata Laboratorium Kesehatan Terampil",
}
MENTOR = [
    ("Perawat", TERBAIK_2029, "Puskesmas Tanjung Batu", 3),
    ("Bidan", "Yohana Pattiasina, S.Tr.Keb.", "Puskesmas Lirang Kota", 4),
    ("Dokter", "dr. Ahmad Fauzi Tuasamu", "Puskesmas Kota Lama", 2),
    ("Apoteker", "apt. Yusuf Ohorella, S.Farm.", "Puskesmas Karang Putih", 1),
    (
        "Pranata laboratorium kesehatan",
        "Kristina Manuhutu, A.Md.AK.",
        "UPTD Laboratorium Kesehatan Daerah",
        2,
    ),
    ("Nutrisionis", "Lusiana Matakena, A.Md.Gz.", "Puskesmas Tanjung Batu", 1),
    ("Tenaga sanitasi lingkungan", "Hamid Wailissa, S.Tr.Kes.", "Puskesmas Bukit Cengkih", 1),
]


def _slug(name):
    return re.sub(
        r"[^a-z]+",
        "",
        name.lower()
        .replace("puskesmas", "pkm")
        .replace("uptd ", "")
        .replace("kantor dinas (sekretariat dan bidang)", "dinas"),
    )


def direktori_html():
    rows = []
    for zona, idx in ZONA.items():
        zone_rows = sum(len(UNITS[i][5]) for i in idx)
        first_zone = True
        for i in idx:
            name, *_, fkus = UNITS[i]
            for k, fku in enumerate(fkus):
                wa = f"0812-{4100 + i * 37:04d}-{5200 + k * 11 + i * 3:04d}"
                cells = []
                if first_zone:
                    cells.append(f'<td rowspan="{zone_rows}">{zona}</td>')
                    first_zone = False
                if k == 0:
                    cells.append(f'<td rowspan="{len(fkus)}">{name}</td>')
                cells.append(f"<td>{fku}</td><td>{FKU_JABATAN[fku]}</td><td>{wa}</td>")
                if k == 0:
                    mail = f"fku.{_slug(name)}@{DOMAIN}"
                    cells.append(f'<td rowspan="{len(fkus)}">{mail}</td>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
    mentor_rows = "\n".join(
        f"<tr><td>{p}</td><td>{m}</td><td>{u}</td><td>{n}</td></tr>" for p, m, u, n in MENTOR
    )
    body = f"""<h1>Direktori FKU dan Mentor Kakak Asuh 2030</h1>
<p>Diperbarui 15 Maret 2030 oleh Tim Pengelola {PROGRAM}. Saat ini ada {N_FKU} Fasilitator
Kompetensi Unit (FKU) di 17 unit kerja; tiga puskesmas dengan lebih dari 40 pegawai menunjuk
dua FKU. Susunan ini berlaku sampai Surat Keputusan FKU periode 2030-2031 ditetapkan.</p>
<table>
<caption>Daftar FKU per zona</caption>
<thead>
<tr><th rowspan="2">Zona</th><th rowspan="2">Unit kerja</th><th rowspan="2">Nama FKU</th>
<th rowspan="2">Jabatan</th><th colspan="2">Kontak</th></tr>
<tr><th>WhatsApp</th><th>Surel unit</th></tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h2>Mentor Program Kakak Asuh 2030</h2>
<p>Mentor mendampingi tenaga kesehatan baru selama enam bulan pertama.</p>
<table>
<tr><th>Profesi</th><th>Mentor</th><th>Unit</th><th>Pegawai baru yang didampingi</th></tr>
{mentor_rows}
</table>
<h2>Peran singkat</h2>
<dl>
<dt>FKU</dt><dd>Mendampingi pegawai, merekap RBI, dan memverifikasi catatan JP dalam 5 hari
kerja.</dd>
<dt>Mentor Kakak Asuh</dt><dd>Bertemu pegawai baru paling sedikit dua kali sebulan; setiap
sesi 2 JP.</dd>
<dt>Tim Pengelola</dt><dd>Memvalidasi catatan setiap hari Jumat; diketuai {KASUBBAG}</dd>
</dl>
<p><em>{FIKTIF}</em></p>"""
    return _page(
        "Direktori FKU dan Mentor 2030 - LENTERA",
        body,
        "Beranda &raquo; Kepegawaian &raquo; LENTERA",
    )


def layanan_html():
    body = f"""<h1>Jam Layanan dan Tarif Puskesmas</h1>
<p>Informasi untuk masyarakat. Berlaku di 14 puskesmas {KOTA} sejak 1 Januari 2030.</p>
<table>
<caption>Jam layanan rawat jalan</caption>
<tr><th rowspan="2">Hari</th><th colspan="2">Loket pendaftaran</th><th rowspan="2">Keterangan</th></tr>
<tr><th>Buka</th><th>Tutup</th></tr>
<tr><td>Senin-Kamis</td><td>07.30 WIT</td><td>14.00 WIT</td><td rowspan="3">Pelayanan berakhir setelah pasien terakhir dilayani</td></tr>
<tr><td>Jumat</td><td>07.30 WIT</td><td>11.00 WIT</td></tr>
<tr><td>Sabtu</td><td>07.30 WIT</td><td>12.30 WIT</td></tr>
</table>
<p>Unit gawat darurat di Puskesmas Tanjung Batu, Puskesmas Pulau Koli, dan Puskesmas Kampung
Nelayan buka 24 jam setiap hari.</p>
<table>
<caption>Tarif layanan bagi pasien umum (bukan peserta JKN)</caption>
<tr><th>Layanan</th><th>Tarif</th></tr>
<tr><td>Karcis rawat jalan</td><td>Rp15.000,00</td></tr>
<tr><td>Rawat inap per hari</td><td>Rp150.000,00</td></tr>
<tr><td>Persalinan normal</td><td>Rp1.250.000,00</td></tr>
<tr><td>Pemeriksaan darah rutin</td><td>Rp35.000,00</td></tr>
<tr><td>Pencabutan gigi</td><td>Rp50.000,00</td></tr>
<tr><td>Surat keterangan sehat</td><td>Rp25.000,00</td></tr>
</table>
<p>Peserta JKN yang terdaftar di puskesmas tidak dipungut biaya untuk layanan yang dijamin.
Pengaduan layanan: SMS/WhatsApp 0811-4700-119.</p>
<p><em>{FIKTIF}</em></p>"""
    return _page(
        "Jam Layanan dan Tarif Puskesmas", body, "Beranda &raquo; Layanan Publik &raquo; Puskesmas"
    )


def str_sip_htm():
    return f"""<html>
<head><meta charset="utf-8"><title>Informasi STR dan SIP Tenaga Kesehatan</title></head>
<body>
<div class="topbar">Beranda | Layanan Publik | Perizinan Tenaga Kesehatan</div>
<h1>Informasi STR dan SIP Tenaga Medis dan Tenaga Kesehatan</h1>
<p>Halaman ini untuk tenaga medis dan tenaga kesehatan yang berpraktik di {KOTA}, baik di
fasilitas pemerintah maupun swasta. Pengelola: Bidang Sumber Daya Kesehatan, {KABID_SDK}</p>
<h2>STR</h2>
<p>STR diterbitkan oleh Kementerian Kesehatan dan sejak Undang-Undang Nomor 17 Tahun 2023
berlaku seumur hidup. Dinas Kesehatan tidak menerbitkan STR.</p>
<h2>SIP</h2>
<ul>
<li>SIP diterbitkan Pemerintah Kota melalui DPMPTSP setelah Dinas Kesehatan memberikan
rekomendasi.</li>
<li>SIP berlaku 5 tahun dan dapat diberikan paling banyak untuk 3 tempat praktik.</li>
<li>Permohonan diajukan melalui portal perizinan daring kota; rekomendasi Dinas Kesehatan
diproses paling lama 5 hari kerja sejak berkas lengkap.</li>
<li>Rekomendasi tidak dipungut biaya.</li>
</ul>
<h2>Berkas permohonan</h2>
<ol>
<li>STR yang masih berlaku.</li>
<li>Surat keterangan sehat dari dokter yang memiliki SIP.</li>
<li>Surat pernyataan memiliki tempat praktik atau surat keterangan dari fasilitas
kesehatan.</li>
<li>Pas foto berwarna terbaru.</li>
<li>Untuk perpanjangan: bukti kecukupan SKP Profesi sesuai ketentuan Kementerian
Kesehatan.</li>
</ol>
<p>Loket konsultasi perizinan tenaga kesehatan di Kantor Dinas buka Senin-Jumat pukul
08.00-14.00 WIT.</p>
<p><em>{FIKTIF}</em></p>
</body>
</html>
"""


# ============================================================================ Markdown
def faq_md():
    return f"""# Tanya Jawab Program {PROGRAM} 2030

Disusun oleh Tim Pengelola {PROGRAM}, diperbarui 5 Maret 2030. Jawaban mengikuti Peraturan Kepala
Dinas Nomor 7 Tahun 2028 sebagaimana telah diubah dengan Peraturan Kepala Dinas Nomor 3 Tahun
2030 (berlaku 1 Maret 2030).

## Target dan perhitungan JP

### Berapa target JP saya pada tahun 2030?

PNS tetap 20 JP per tahun. PPPK sekarang 16 JP per tahun, naik dari 10 JP pada aturan lama.
Bagi jabatan fungsional kesehatan, paling sedikit 8 JP dari target itu harus berupa kompetensi
teknis kesehatan.

### Saya PPPK yang kontraknya baru mulai 1 Juli 2030. Apakah target saya tetap 16 JP?

Tidak. Pegawai yang bergabung di tengah tahun mendapat target proporsional sesuai bulan aktif,
dibulatkan ke atas. Dengan enam bulan aktif, target Anda 8 JP.

### Tahun lalu JP saya 45. Apakah kelebihannya bisa dibawa ke tahun 2030?

Tidak bisa. Kelebihan JP tidak dapat dialihkan ke tahun berikutnya (Pasal 3 ayat (2)).

### Saya cuti melahirkan tiga bulan. Apakah target saya berkurang?

Tidak. Target proporsional hanya berlaku untuk cuti lebih dari tiga bulan dalam setahun. Cuti
melahirkan tepat tiga bulan tetap memakai target penuh.

## Konversi kegiatan

### Webinar satu hari tanpa keterangan JP dihitung berapa JP?

Untuk kegiatan sejak 1 Maret 2030: 4 JP per hari. Webinar yang dilaksanakan sebelum 1 Maret 2030
masih dihitung 3 JP per hari.

### Sertifikat webinar saya mencantumkan 2 JP. Yang dipakai 2 JP atau konversi 4 JP?

Yang dipakai JP pada sertifikat, yaitu 2 JP. Konversi hanya untuk bukti yang tidak mencantumkan
JP.

### Apakah Kelas Refleksi Kasus di puskesmas dihitung JP?

Ya, 2 JP per pertemuan. Buktinya notulen dan daftar hadir, yang diunggah oleh FKU.

### Belajar mandiri dengan membaca jurnal dihargai berapa?

Sejak 1 Maret 2030, 2 JP per resume yang disetujui atasan langsung, paling banyak 12 JP per
tahun.

## SKP Profesi dan SKP

### Apa beda SKP dan SKP Profesi?

SKP adalah Sasaran Kinerja Pegawai: rencana dan target kinerja ASN di e-Kinerja. SKP Profesi
adalah Satuan Kredit Profesi: kredit belajar tenaga medis dan tenaga kesehatan di platform
pembelajaran Kementerian Kesehatan, dipakai untuk perpanjangan SIP. Keduanya tidak saling
menggantikan.

### Saya bidan dan mendapat 5 SKP Profesi dari sebuah seminar tanpa keterangan JP. Berapa JP yang diakui?

10 JP, karena 1 SKP Profesi setara 2 JP, selama JP dari pengakuan SKP Profesi Anda tahun itu
belum melewati 18 JP.

### Bisakah JP {PROGRAM} dipakai untuk memenuhi SKP Profesi perpanjangan SIP?

Tidak. Arah konversi hanya dari SKP Profesi ke JP. JP di {SISTEM} tidak dapat diubah menjadi SKP
Profesi.

### Apakah pegawai administrasi bisa memakai menu Pengakuan SKP Profesi?

Tidak. Menu itu hanya untuk tenaga medis dan tenaga kesehatan yang memiliki akun di platform
pembelajaran Kementerian Kesehatan.

## Pencatatan di {SISTEM}

### Berapa lama batas unggah bukti kegiatan?

7 hari kerja setelah kegiatan selesai. Untuk kegiatan yang selesai sebelum 1 Maret 2030 masih
berlaku batas lama, 14 hari kalender.

### Bukti saya sudah diunggah tetapi lebih dari seminggu belum diverifikasi. Apa yang harus saya lakukan?

FKU wajib memverifikasi paling lambat 5 hari kerja. Jika lewat, hubungi Tim Pengelola melalui
helpdesk.

### Kapan pencatatan JP tahun 2030 ditutup?

Tanggal 15 Desember 2030. Kegiatan yang selesai sesudahnya dicatat pada tahun 2031.

### Apakah {SISTEM} otomatis mengirim data ke MyASN atau SIASN?

Tidak. PNS wajib memutakhirkan riwayat pengembangan kompetensi di MyASN sendiri paling lambat
30 hari kalender setelah JP divalidasi (Pasal 8A).

### Apakah PPPK juga wajib memutakhirkan MyASN?

Pasal 8A mewajibkan PNS. PPPK dianjurkan melakukannya bila akun MyASN-nya sudah aktif.

## Laporan dan penghargaan

### Apakah semua pelatihan wajib dibuatkan LPHP?

Hanya pelatihan 16 JP atau lebih. LPHP disampaikan paling lambat 30 hari kalender setelah
pelatihan selesai.

### Ada berapa Pembelajar Terbaik mulai 2030?

Tiga orang: satu dari tenaga medis dan tenaga kesehatan, satu dari tenaga penunjang dan
administrasi, dan satu dari PPPK. Masing-masing menerima piagam dan uang pembinaan
Rp1.500.000,00.

## Kontak

Hubungi FKU di unit Anda terlebih dahulu. Helpdesk {SISTEM}: WhatsApp {WA_HELP} (mulai 1 April
2030) atau surel {EMAIL}.

_{FIKTIF}_
"""


def panduan_md():
    return f"""# Panduan {SISTEM} 2.0 untuk Pegawai

Versi 1.0 (terbit 2030-03-04). Tim Pengelola {PROGRAM}, {DINAS}.

## 1. Masuk ke {SISTEM} 2.0

1. Buka {URL_SIMPUL} dari komputer atau ponsel.
2. Isi nama pengguna:
   - PNS: NIP 18 digit;
   - PPPK: NI PPPK.
3. Masukkan kata sandi awal yang dikirim melalui WhatsApp.
   - Kata sandi wajib diganti saat pertama kali masuk.
   - Kata sandi baru paling sedikit 10 karakter dan memuat huruf serta angka.
4. Jika lupa kata sandi, klik **Lupa kata sandi**.
   - Kode OTP dikirim melalui WhatsApp.
   - Kode OTP berlaku 5 menit.

## 2. Mengisi Rencana Belajar Individu (RBI)

1. Buka menu **Rencana Belajar**, lalu klik **Tambah kegiatan**.
   - Pilih kegiatan dari katalog, atau isi sendiri bila kegiatan tidak ada di katalog.
   - Pilih rencana hasil kerja pada Sasaran Kinerja Pegawai yang berkaitan.
     - Daftar rencana hasil kerja diisi sendiri oleh pegawai; {SISTEM} tidak menariknya dari
       e-Kinerja.
2. Klik **Kirim ke atasan**. Status RBI menjadi *Menunggu persetujuan*.
3. Setelah atasan menyetujui, RBI terkunci. Perubahan RBI hanya dapat diminta melalui FKU.

## 3. Mencatat kegiatan belajar

1. Buka menu **Catatan Belajar**, lalu klik **Catatan baru**.
2. Isi data kegiatan:
   - jenis kegiatan: klasikal atau nonklasikal, beserta bentuknya;
   - tanggal mulai dan tanggal selesai;
   - JP:
     - bila sertifikat mencantumkan JP, isi sesuai sertifikat;
     - bila tidak, pilih jenis konversi dan {SISTEM} menghitungnya otomatis.
3. Unggah bukti:
   - format PDF, JPG, atau PNG;
   - ukuran paling besar 5 MB per berkas;
   - paling banyak 3 berkas untuk satu catatan.
4. Klik **Ajukan**. Batasnya 7 hari kerja setelah kegiatan selesai.

## 4. Pengakuan SKP Profesi

1. Buka menu **Pengakuan SKP Profesi**. Menu ini hanya tampil bagi tenaga medis dan tenaga
   kesehatan yang data profesinya sudah terisi di profil.
2. Unggah sertifikat SKP Profesi yang memuat nomor sertifikat.
   - Sertifikat biasanya terbit 3–5 hari kerja setelah kegiatan selesai; ajukan pengakuan
     setelah sertifikat terbit.
3. Isi jumlah SKP Profesi. {SISTEM} menghitung JP = 2 x jumlah SKP Profesi.
   - Sisa kuota pengakuan tampil di pojok kanan atas: 18 JP dikurangi JP yang sudah diakui
     tahun ini.
   - Jika hasil hitungan melebihi sisa kuota, hanya sisa kuota yang diakui.
4. Jangan ajukan kegiatan yang sertifikatnya sudah mencantumkan JP; catat saja di **Catatan
   Belajar**.

## 5. Arti status catatan

| Status | Warna label | Arti |
|---|---|---|
| Draf | Abu-abu | Belum dikirim |
| Diajukan | Kuning | Menunggu verifikasi FKU |
| Diverifikasi FKU | Biru | Bukti lengkap, menunggu validasi Tim Pengelola |
| Divalidasi | Hijau | JP resmi diakui |
| Dikembalikan | Oranye | Perlu diperbaiki dalam 10 hari kerja |
| Ditutup | Merah | Tidak diperbaiki tepat waktu, JP tidak dihitung |

## 6. Masalah yang sering terjadi

- Unggahan gagal:
  - berkas lebih dari 5 MB: kecilkan dulu ukurannya;
  - nama berkas memuat tanda # atau &: ganti nama berkas.
- Menu Pengakuan SKP Profesi tidak muncul:
  - data profesi di profil belum diisi; minta FKU memperbaruinya.
- Angka di dasbor belum berubah:
  - dasbor diperbarui setiap malam pukul 23.00 WIT.

_{FIKTIF}_
"""


# ============================================================================ plain text
def email_txt():
    return f"""Subjek: RE: Kuota peserta Pelatihan BLS 2030 per puskesmas
Dari: {KASUBBAG} <maria.sapulette@{DOMAIN}>
Kepada: FKU Puskesmas <fku-puskesmas@{DOMAIN}>
Tanggal: Rabu, 6 Maret 2030 10.15 WIT

Rekan-rekan FKU,

Koreksi dari Pak Ridwan di bawah sudah saya setujui. Mohon peserta yang punya sertifikat BLS
lama membawanya saat registrasi.

Salam,
Maria

> Dari: {ANALIS}
> Tanggal: Rabu, 6 Maret 2030 08.40 WIT
> Subjek: RE: Kuota peserta Pelatihan BLS 2030 per puskesmas
>
> Rekan-rekan FKU,
>
> Mohon maaf, ada KOREKSI atas email saya kemarin:
> 1. Kuota Puskesmas Pulau Koli menjadi 8 orang, bukan 6 orang. Dua kursi diambil dari
> kursi cadangan, sehingga kursi cadangan tinggal 8.
> 2. Batas pengiriman nama peserta tetap Selasa, 19 Maret 2030.
>
> Untuk pertanyaan Pak Marthen: PPPK tenaga kesehatan boleh ikut, asalkan pelatihan ini
> tercantum dalam RBI 2030-nya. Peserta dari Pulau Koli kami tempatkan di angkatan II.
>
> Salam,
> Ridwan
>
>> Dari: Marthen Wokanubun (FKU Puskesmas Pulau Koli)
>> Tanggal: Selasa, 5 Maret 2030 14.03 WIT
>> Subjek: RE: Kuota peserta Pelatihan BLS 2030 per puskesmas
>>
>> Pak Ridwan, di Pulau Koli ada 9 perawat dan bidan yang belum bersertifikat BLS. Kuota 6
>> orang kurang sekali. Bisakah ditambah? Apakah PPPK boleh ikut? Kalau bisa kami minta
>> angkatan II karena bulan April kapal sering batal berangkat.
>>
>>> Dari: {ANALIS}
>>> Tanggal: Selasa, 5 Maret 2030 09.12 WIT
>>> Subjek: Kuota peserta Pelatihan BLS 2030 per puskesmas
>>>
>>> Rekan-rekan FKU Puskesmas,
>>>
>>> Berikut kuota Pelatihan BLS dan Kegawatdaruratan Dasar 2030 (32 JP, empat angkatan):
>>> - Puskesmas Lirang Kota: 10 orang
>>> - Puskesmas Pasar Ikan: 8 orang
>>> - Puskesmas Tanjung Batu: 11 orang
>>> - Puskesmas Waihaka: 7 orang
>>> - Puskesmas Teluk Nila: 7 orang
>>> - Puskesmas Kota Lama: 8 orang
>>> - Puskesmas Pulau Koli: 6 orang
>>> - Puskesmas Lorong Pala: 7 orang
>>> - Puskesmas Bukit Cengkih: 7 orang
>>> - Puskesmas Tanah Tinggi: 8 orang
>>> - Puskesmas Karang Putih: 7 orang
>>> - Puskesmas Pantai Mutiara: 8 orang
>>> - Puskesmas Wailela: 6 orang
>>> - Puskesmas Kampung Nelayan: 10 orang
>>> Jumlah 110 kursi, ditambah 10 kursi cadangan, seluruhnya 120 kursi.
>>>
>>> Nama peserta dikirim paling lambat Selasa, 19 Maret 2030 melalui formulir di SIMPUL
>>> (menu Pendaftaran Pelatihan). Jadwal tiap angkatan ada di KAK.
>>>
>>> Salam,
>>> Ridwan Kaplale
>>> Analis SDM Aparatur, Tim Pengelola {PROGRAM}

--
{FIKTIF}
"""


def chat_txt():
    lines = [
        'Ekspor chat WhatsApp grup "FKU LENTERA 2030"',
        FIKTIF,
        "",
        "08/03/30 13.40 - Ns. Debora Lewerissa: Pak Ridwan, webinar tgl 25 Feb kemarin "
        "(sebelum aturan baru) sertifikatnya tanpa JP. Dihitung 3 atau 4 JP?",
        "08/03/30 13.52 - Ridwan Kaplale: Bu Debora, kegiatan sebelum 1 Maret masih pakai "
        "konversi lama, 3 JP per hari. Batas unggahnya juga masih 14 hari kalender, jadi "
        "webinar 25 Feb paling lambat diunggah 11 Maret. Buruan ya \U0001f604",
        "11/03/30 07.58 - Ridwan Kaplale: Selamat pagi rekan FKU. Klinik SIMPUL 2.0 via Zoom "
        "untuk FKU: Rabu, 20 Maret 2030 pukul 09.00 WIT. Link menyusul.",
        "11/03/30 08.05 - Siti Nurjanah Ollong: Pak, bidan kami ikut seminar 2 hari tgl 7-8 "
        "Maret, sertifikatnya cuma tulis 3 SKP, tidak ada JP. Masuk berapa JP?",
        "11/03/30 08.11 - Ridwan Kaplale: Bu Siti, kalau sertifikatnya hanya SKP Profesi, "
        "ajukan lewat menu Pengakuan SKP Profesi: 3 SKP Profesi = 6 JP. Jangan dicatat lagi "
        "sebagai seminar 2 hari ya, satu kegiatan satu kali catat.",
        "11/03/30 08.14 - Marthen Wokanubun: Pak, sinyal di Pulau Koli putus-putus, upload "
        "sering gagal. Boleh bukti dikirim lewat WA ke FKU saja?",
        "11/03/30 08.20 - Ridwan Kaplale: Boleh Pak Marthen. Khusus Pulau Koli, FKU boleh "
        "mengunggahkan atas nama pegawai, bukti dikirim lewat WA ke FKU. Batas 7 hari kerja "
        "tetap berlaku.",
        "11/03/30 09.15 - Ridwan Kaplale: Ralat: klinik SIMPUL 2.0 hari Rabu 20 Maret pukul "
        "10.00 WIT, bukan 09.00. Jam 9 ada apel. Mohon maaf \U0001f64f",
        "12/03/30 07.45 - Maria Goreti Sapulette: Info: mulai 1 April helpdesk SIMPUL pakai "
        f"nomor {WA_HELP}. Nomor lama {WA_HELP_OLD} dimatikan setelah 31 Maret.",
        "12/03/30 08.02 - Fahmi Sangadji: Bu, saya epidemiolog, bisa pakai menu SKP Profesi? "
        "Menunya tidak muncul di akun saya.",
        "12/03/30 08.10 - Ridwan Kaplale: Pak Fahmi, bisa. Menu muncul kalau data profesi di "
        "profil sudah diisi. Saya perbarui dari admin hari ini.",
        "14/03/30 16.30 - Ridwan Kaplale: Terima kasih atas rapat tadi. Notulen menyusul. Unit "
        "yang RBI-nya belum lengkap (Waihaka, Teluk Nila, Bukit Cengkih) tenggatnya Jumat 22 "
        "Maret ya.",
        "15/03/30 10.05 - Nurhayati Kelilauw: Pak, Zoom klinik SIMPUL hari Rabu jam 10 kan?",
        "15/03/30 10.07 - Ridwan Kaplale: Betul Bu, Rabu 20 Maret jam 10.00 WIT.",
    ]
    return "\n".join(lines) + "\n"


def memo_txt():
    return f"""PEMERINTAH KOTA PELABUHAN LIRANG
DINAS KESEHATAN
{ALAMAT}, Telepon {TELP}

NOTA DINAS

Nomor   : 800.1/0187/DINKES-SEK/II/2030
Kepada  : Yth. Kepala Bidang, Kepala UPTD, dan Kepala Puskesmas
Dari    : Sekretaris Dinas Kesehatan
Tanggal : 22 Februari 2030
Sifat   : Segera
Perihal : Peralihan ke SIMPUL 2.0 dan pemberlakuan Perkadis 3/2030

Sehubungan dengan ditetapkannya Peraturan Kepala Dinas Nomor 3 Tahun 2030 tentang Perubahan
atas Peraturan Kepala Dinas Nomor 7 Tahun 2028 yang mulai berlaku 1 Maret 2030, bersama ini
kami sampaikan hal-hal berikut.

1. SIMPUL versi lama ditutup untuk unggahan baru pada Kamis, 28 Februari 2030 pukul 16.00 WIT.
2. SIMPUL 2.0 mulai dapat digunakan pada Senin, 4 Maret 2030 pukul 07.30 WIT.
3. Bagi kegiatan yang selesai antara 28 Februari dan 3 Maret 2030, batas unggah dihitung mulai
   4 Maret 2030.
4. Setiap unit mengirim FKU-nya ke orientasi verifikator SIMPUL 2.0 pada Senin, 4 Maret 2030
   pukul 13.00-14.30 WIT di Aula Lantai 2. Orientasi ini diakui 2 JP.
5. Kepala unit mengusulkan nama FKU periode 2030-2031 kepada Subbagian Umum dan Kepegawaian
   paling lambat Jumat, 8 Maret 2030.
6. Mohon seluruh pegawai diingatkan bahwa mulai 1 Maret 2030 batas unggah bukti menjadi
   7 hari kerja.

Demikian disampaikan untuk dilaksanakan.

Sekretaris Dinas,

ttd.

{SEKRETARIS}
NIP {SEKRETARIS_NIP}

Tembusan:
1. Kepala Dinas Kesehatan (sebagai laporan)
2. Ketua Tim Pengelola {PROGRAM}

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
    "pedoman-teknis-lentera-2029": ("pdf", render_pedoman),
    "perkadis-7-2028-pengembangan-kompetensi": ("pdf", render_reg_old),
    "perkadis-3-2030-perubahan-lentera": ("pdf", render_reg_new),
    "paparan-sosialisasi-perkadis-3-2030": ("pdf", render_slides),
    "kabar-lentera-maret-2030": ("pdf", render_buletin),
    "matriks-rencana-pelatihan-jf-kesehatan-2030": ("pdf", render_matriks),
    "laporan-situasi-dbd-minggu-10-2030": ("pdf", render_dbd),
    "sop-pencatatan-jp-simpul-2": ("docx", write_sop),
    "notulen-rapat-fku-triwulan-1-2030": ("docx", write_notulen),
    "kak-pelatihan-bls-2030": ("docx", write_kak),
    "rekap-capaian-lentera-2029": ("xlsx", write_xlsx),
    "katalog-elearning-mandiri-2030": ("csv", _w_text(elearning_csv)),
    "jadwal-pelatihan-semester-1-2030": ("csv", _w_text(jadwal_csv)),
    "rekap-rbi-2030-per-unit": ("csv", _w_text(rbi_csv)),
    "jadwal-bias-agustus-2030": ("csv", _w_text(bias_csv)),
    "berita-peluncuran-simpul-2": ("html", _w_text(berita_html)),
    "direktori-fku-dan-mentor-2030": ("html", _w_text(direktori_html)),
    "jam-layanan-dan-tarif-puskesmas": ("html", _w_text(layanan_html)),
    "info-str-sip-tenaga-kesehatan": ("htm", _w_text(str_sip_htm)),
    "faq-lentera-2030": ("md", _w_text(faq_md)),
    "panduan-simpul-2-untuk-pegawai": ("md", _w_text(panduan_md)),
    "email-kuota-pelatihan-bls-2030": ("txt", _w_text(email_txt)),
    "chat-wa-grup-fku-maret-2030": ("txt", _w_text(chat_txt)),
    "nota-dinas-peralihan-simpul-2030": ("txt", _w_text(memo_txt)),
}
# near-domain traps: public tasks of the agency; no answerable question points at them
TRAPS = {
    "laporan-situasi-dbd-minggu-10-2030",
    "jadwal-bias-agustus-2030",
    "jam-layanan-dan-tarif-puskesmas",
    "info-str-sip-tenaga-kesehatan",
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


# ============================================================================ extracted text
def doc_text(stem):
    """The document as the project's ingest loaders read it: its title, then each section under
    its heading path."""
    from pathlib import Path

    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    from ingest.loaders import load_file

    path = path_of(stem)
    with open(path, "rb") as f:
        doc = load_file(Path(path), f.read())
    out = [f"# {doc.title}"]
    for section in doc.sections:
        out.append("## " + " > ".join(section.heading))
        out.append(section.text)
    return "\n".join(out) + "\n"


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


STOP = {
    *("apa", "apakah", "berapa", "siapa", "kapan", "mana", "bagaimana", "gimana", "gmn"),
    *("yang", "yg", "dan", "atau", "untuk", "utk", "dari", "dengan", "dgn", "pada", "dalam"),
    *("ini", "itu", "ada", "tidak", "gak", "bisa", "boleh", "saya", "kita", "kami", "sih"),
    *("dong", "nya", "brp", "tahun", "dinas", "adalah", "sudah", "akan", "juga", "harus"),
    *("kalau", "kalo", "jika", "tentang", "sama", "min", "kak", "mohon", "tolong", "info"),
    *("pegawai", "kesehatan", "berapakah", "bagi", "setiap", "masih"),
}

TAGS = {
    "casual",
    "formal",
    "oos",
    "near",
    "far",
    "number",
    "amount",
    "date",
    "deadline",
    "duration",
    "time",
    "who",
    "list",
    "yesno",
    "condition",
    "definition",
    "acronym",
    "table",
    "changed",
    "unchanged",
    "original",
    "comparison",
    "count",
    "superlative",
    "two-part",
    "unit",
    "skp",
    "correction",
    "procedure",
    "where",
    "slides",
    "transition",
}
HEADER = re.compile(
    r"zc001-zc(\d{3}) answerable, zc901-zc(\d{3}) out of scope "
    r"\(zc901-zc(\d{3}) near, zc(\d{3})-zc(\d{3}) far\)"
)


def check():
    import yaml

    with open(QUESTIONS, encoding="utf-8") as f:
        raw = f.read()
    qs = yaml.safe_load(raw)
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
            errors.append(f"{stem}: fiction notice missing from the extracted text")
    head = HEADER.search("".join(ln for ln in raw.splitlines(True) if ln.startswith("#")))
    if head is None:
        errors.append("header comment with the id ranges not found")
    per_first = dict.fromkeys(DOCS, 0)
    per_any = dict.fromkeys(DOCS, 0)
    tags_count = {}
    ans_ids, near, far, styles = [], [], [], {"casual": 0, "formal": 0}
    for q in qs:
        qid = str(q.get("id"))
        if set(q) != {"id", "q", "expected", "facts", "tags"}:
            errors.append(f"{qid}: keys must be id, q, expected, facts, tags")
            continue
        exp, facts, tags = q["expected"], q["facts"], q["tags"]
        for t in tags:
            tags_count[t] = tags_count.get(t, 0) + 1
            if t not in TAGS:
                errors.append(f"{qid}: unknown tag {t!r}")
        if len(set(tags)) != len(tags):
            errors.append(f"{qid}: duplicate tags")
        if not isinstance(q["q"], str) or not q["q"].strip():
            errors.append(f"{qid}: empty question")
        if not tags or tags[0] not in styles:
            errors.append(f"{qid}: first tag must be casual or formal")
            continue
        styles[tags[0]] += 1
        if "oos" in tags or not exp:
            if exp or facts or "oos" not in tags:
                errors.append(f"{qid}: out-of-scope needs expected [], facts [] and tag oos")
            m = re.fullmatch(r"zc(9\d\d)", qid)
            num = int(m.group(1)) if m else 0
            if not 901 <= num <= 940:
                errors.append(f"{qid}: out-of-scope ids are zc901..zc940")
            kind = "near" if "near" in tags else "far" if "far" in tags else None
            if kind is None:
                errors.append(f"{qid}: out-of-scope needs near or far")
            elif head and kind == "near" and not 901 <= num <= int(head.group(3)):
                errors.append(f"{qid}: near id outside the header's near range")
            elif head and kind == "far" and not int(head.group(4)) <= num <= int(head.group(5)):
                errors.append(f"{qid}: far id outside the header's far range")
            (near if kind == "near" else far).append(q)
            continue
        m = re.fullmatch(r"zc(\d{3})", qid)
        if not m or not 1 <= int(m.group(1)) <= 899:
            errors.append(f"{qid}: answerable ids are zc001..zc899")
        else:
            ans_ids.append(int(m.group(1)))
        if "two-part" in tags and len(facts) != 2:
            errors.append(f"{qid}: a two-part question needs exactly two facts")
        elif "list" in tags and not 1 <= len(facts) <= 4:
            errors.append(f"{qid}: a list question needs 1-4 facts")
        elif "two-part" not in tags and "list" not in tags and len(facts) != 1:
            errors.append(f"{qid}: one fact expected (tag two-part or list for more)")
        if len(set(exp)) != len(exp):
            errors.append(f"{qid}: duplicate expected ids")
        unknown = [e for e in exp if e not in DOCS]
        if unknown:
            errors.append(f"{qid}: unknown documents {unknown}")
            continue
        if any(e in TRAPS for e in exp):
            errors.append(f"{qid}: a trap document cannot be expected")
        first = exp[0]
        if first not in texts:
            continue
        per_first[first] += 1
        for e in exp:
            per_any[e] += 1
        ql = norm(q["q"])
        for fact in facts:
            nf = norm(str(fact))
            if not nf:
                errors.append(f"{qid}: empty fact")
            elif len(nf.split()) > 8:
                errors.append(f"{qid}: fact {fact!r} longer than 8 words")
            elif nf not in texts[first]:
                errors.append(f"{qid}: fact {fact!r} not found in {first}")
            elif nf in ql:
                errors.append(f"{qid}: fact {fact!r} appears verbatim in the question")
    if ans_ids != list(range(1, len(ans_ids) + 1)):
        errors.append("answerable ids must run zc001, zc002, ... in order without gaps")
    for stem, n in per_first.items():
        if stem not in TRAPS and n < 4:
            errors.append(f"document {stem} is the first expected of only {n} questions")
    if len(ans_ids) < 220:
        errors.append(f"only {len(ans_ids)} answerable questions (need >= 220)")
    if len(near) != 20 or len(far) != 20:
        errors.append(f"out of scope must be 20 near + 20 far, got {len(near)} + {len(far)}")
    if head and (int(head.group(1)), int(head.group(2)), int(head.group(3))) != (
        len(ans_ids),
        900 + len(near) + len(far),
        900 + len(near),
    ):
        errors.append("the header's id ranges do not match the questions")
    exts = {ext for ext, _ in DOCS.values()}
    if len(DOCS) < 22 or len(exts) < 8:
        errors.append(f"need >= 22 documents in >= 8 formats, got {len(DOCS)} in {len(exts)}")
    print(
        f"documents: {len(DOCS)} in {len(exts)} formats; questions: {len(qs)} (answerable "
        f"{len(ans_ids)}, out of scope {len(near)} near + {len(far)} far; casual "
        f"{styles['casual']}, formal {styles['formal']})"
    )
    print(
        "tags: " + ", ".join(f"{k}={v}" for k, v in sorted(tags_count.items(), key=lambda x: -x[1]))
    )
    print("questions per document (first expected / anywhere in expected):")
    for stem in DOCS:
        mark = "  (trap)" if stem in TRAPS else ""
        print(f"  {per_first[stem]:3d} / {per_any[stem]:3d}  {stem}.{DOCS[stem][0]}{mark}")
    print("near out-of-scope sanity (best-overlapping document, share of key terms found):")
    for q in near:
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
