#!/usr/bin/env python3
"""Generate the documents of the fictional "agency ZF" evaluation set.

Agency ZF: Dinas Pariwisata dan Kebudayaan (Disparbud) Kabupaten Lembah Karang (fictional regency
in the fictional Provinsi Sumatera Tenggara, WIB). The staff competency development programme is
"SEMBADA" (Semangat Belajar Aparatur Disparbud yang Adaptif), recorded since 3 June 2030 in the
information system "SI-KIDUNG" (Sistem Informasi Kendali Durasi dan Unggahan Pembelajaran), which
replaced the old application "e-LAPAK" (Laporan Pembelajaran Aparatur Karang).

Rules: Peraturan Kepala Dinas (Perkadis) Nomor 3 Tahun 2029 (the original rule) and Perkadis
Nomor 2 Tahun 2030 (its amendment: replaces Pasal 7 whole, changes ayat of Pasal 5, 8 and 9,
inserts Pasal 12A, in force 1 June 2030). The handbook (Edisi 2029) follows the original rule.
Circular SE 800.1/027/Disparbud/2029 (Jumat Belajar) is wholly replaced by SE
800.1/061/Disparbud/2030 (Kamis Belajar) from 1 July 2030.

Acronym with two meanings: TKB is "Tim Kendali Belajar" (the team running SEMBADA) in the rules,
handbook and minutes, and "Teknik Komunikasi Budaya" (a training) in the 2030 catalogue and the
schedules. Trap document: the community training "Pelatihan Pemandu Wisata Budaya Berbasis
Komunitas" for Pokdarwis members (not staff), whose name is close to the staff training
"Pelatihan Pemandu Wisata Budaya".

Usage:
  python make_agency_zf.py                     # write the documents
  python make_agency_zf.py --text [stem ...]   # print the extracted text of each document
  python make_agency_zf.py --check             # check questions_agency_zf.yaml against documents

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
OUT = os.path.join(HERE, "agency_zf")
QUESTIONS = os.path.join(HERE, "questions_agency_zf.yaml")
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXED_DATE = datetime.datetime(2030, 9, 1, 8, 0, tzinfo=datetime.UTC)
ZIP_DATE = (2030, 9, 1, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIKTIF = "Dokumen fiktif, untuk evaluasi."
GEN = "make_agency_zf.py"

DINAS = "Dinas Pariwisata dan Kebudayaan"
SINGKAT = "Disparbud"
KAB = "Kabupaten Lembah Karang"
PROV = "Provinsi Sumatera Tenggara"
KOTA = "Karangsari"
PROGRAM = "SEMBADA"
PROGRAM_LONG = "Semangat Belajar Aparatur Disparbud yang Adaptif"
SISTEM = "SI-KIDUNG"
SISTEM_LONG = "Sistem Informasi Kendali Durasi dan Unggahan Pembelajaran"
OLD_APP = "e-LAPAK"
OLD_APP_LONG = "Laporan Pembelajaran Aparatur Karang"
ALAMAT = "Jl. Bukit Kapur Nomor 17, Karangsari 35981"
TELP = "(0729) 441 268"
DOMAIN = "disparbud.lembahkarangkab.go.id"
EMAIL = f"sembada@{DOMAIN}"
EMAIL_HELP = f"helpdesk.kidung@{DOMAIN}"
URL_KIDUNG = f"https://kidung.{DOMAIN}"
WA_HELP = "0812-7355-2049"
WA_TKB = "0853-6610-4417"

KADIS = "Dr. Hendra Saputra Lubis, M.Par."
KADIS_NIP = "19710308 199803 1 0**"
SEKRETARIS = "Rosmaini Harahap, S.E., M.Si."
KASUBBAG = "Yulia Fitriani Nasution, S.AP."
ANALIS = "Bayu Aditya Pratama, S.Kom."
VERIFIKATOR = "Nurhasanah Siregar, S.Psi."
BENDAHARA = "Fitri Handayani, A.Md."
KABID_DEST = "Ir. Tumpal Hutagalung"
KABID_PEM = "Dewi Kartika Sari, S.Sos., M.M."
KABID_BUD = "Drs. Syamsul Bahri"
KABID_EKRAF = "Rizky Ananda Putra, S.Ds."
KA_UPTD = "Sri Wahyuningsih, S.S., M.Hum."
TELADAN = "Andi Prasetyo Wibowo, S.Sn."
NARSUM = "Margaretha Simanjuntak, M.Pd."

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
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def d(s):
    return datetime.date.fromisoformat(s)


def tgl(s):
    x = d(s)
    return f"{x.day} {BULAN[x.month]} {x.year}"


def hari(s):
    return HARI[d(s).weekday()]


def htgl(s):
    return f"{hari(s)}, {tgl(s)}"


def ribuan(n):
    return f"{n:,}".replace(",", ".")


def rp(n):
    return "Rp" + ribuan(n)


UNITS = [
    # name, short, PNS, PPPK, realisasi JP 2029, belum memenuhi 2029, Duta Belajar
    ("Sekretariat", "SEK", 19, 7, 482, 4, "Melati Sukmawati, S.E."),
    ("Bidang Destinasi Pariwisata", "DES", 12, 5, 301, 3, "Ferdinand Sihombing, S.T."),
    ("Bidang Pemasaran Pariwisata", "PEM", 11, 4, 356, 1, "Annisa Rahmadani, S.I.Kom."),
    ("Bidang Kebudayaan", "BUD", 14, 6, 428, 2, "Joko Santoso, S.Sn."),
    ("Bidang Ekonomi Kreatif", "EKR", 9, 5, 214, 4, "Putri Ayu Lestari, S.Ds."),
    ("UPTD Museum dan Taman Budaya", "UPTD", 10, 9, 277, 6, "Hendrik Manurung, A.Md."),
]
N_PNS = sum(u[2] for u in UNITS)
N_PPPK = sum(u[3] for u in UNITS)
N_PEG = N_PNS + N_PPPK
JP_2029 = sum(u[4] for u in UNITS)
BELUM_2029 = sum(u[5] for u in UNITS)


def target29(u):
    return u[2] * 20 + u[3] * 12


# ============================================================================ PDF machinery
def _make_pdf(title, header="", footer=FIKTIF, bottom=20, orientation="P", size=10.5):
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
            self.set_y(-12)
            self.set_font("S", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Halaman {self.page_no()} dari {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4", orientation=orientation)
    pdf.running = header
    pdf.footer_left = footer
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=bottom)
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
    pdf.fam = "S"
    pdf.base_size = size
    return pdf


def _nlines(pdf, w, h, text):
    auto, margin = pdf.auto_page_break, pdf.b_margin
    pdf.set_auto_page_break(False, margin)
    n = len(pdf.multi_cell(w, h, text, dry_run=True, output="LINES"))
    pdf.set_auto_page_break(auto, margin)
    return n


class Flow:
    """Block writer: chapters, headings, paragraphs, lists, tables with repeated headers."""

    def __init__(self, pdf, size=10.5, lh=5.4):
        self.pdf, self.size, self.lh, self.fam = pdf, size, lh, pdf.fam

    @property
    def width(self):
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def need(self, h):
        if self.pdf.get_y() + h > self.pdf.page_break_trigger:
            self.pdf.add_page()

    def chapter(self, label, title, newpage=True):
        pdf = self.pdf
        if newpage:
            pdf.add_page()
        else:
            self.need(40)
            pdf.ln(4)
        pdf.set_font(self.fam, "B", 12.5)
        if label:
            pdf.cell(0, 7, label, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    def h2(self, text):
        self.need(24)
        self.pdf.ln(1.5)
        self.pdf.set_font(self.fam, "B", 11)
        self.pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

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
                "pl": f"({start + i})",
                "ul": "\u2022",
                "dash": "-",
            }[kind]
            w = self.width - indent - 8
            pdf.set_font(self.fam, "", self.size)
            self.need(self.lh * min(_nlines(pdf, w, self.lh, it), 3))
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(8, self.lh, mk)
            pdf.multi_cell(w, self.lh, it, align="L", new_x="LMARGIN", new_y="NEXT")
            if sub:
                self.items(sub, kind="al" if kind in ("ol", "pl") else "dash", indent=indent + 8)
            pdf.ln(0.6)
        pdf.ln(1.2)

    def _row_h(self, row, widths, size, lh, bold=False):
        self.pdf.set_font(self.fam, "B" if bold else "", size)
        n = max(_nlines(self.pdf, w - 2, lh, str(t)) for t, w in zip(row, widths, strict=True))
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

    def table(self, header, rows, widths, caption=None, size=8.8, lh=4.3, bold_last=False):
        pdf = self.pdf
        tw = sum(widths)
        widths = [w * self.width / tw for w in widths]
        fill = (220, 232, 214)
        if caption:
            self.need(28)
            pdf.set_font(self.fam, "B", 9.5)
            pdf.multi_cell(0, 5, caption, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        self.need(
            self._row_h(header, widths, size, lh, True) + self._row_h(rows[0], widths, size, lh)
        )
        self._row(header, widths, size, lh, bold=True, fill=fill)
        for i, row in enumerate(rows):
            bold = bold_last and i == len(rows) - 1
            if pdf.get_y() + self._row_h(row, widths, size, lh, bold) > pdf.page_break_trigger:
                pdf.add_page()
                if caption:
                    pdf.set_font(self.fam, "I", 8.5)
                    pdf.cell(0, 5, f"{caption} (lanjutan)", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.5)
                self._row(header, widths, size, lh, bold=True, fill=fill)
            self._row(row, widths, size, lh, bold=bold)
        pdf.ln(3)

    def kv(self, pairs, label_w=45):
        pdf = self.pdf
        for k, v in pairs:
            self.need(self.lh * 2)
            pdf.set_font(self.fam, "", self.size)
            pdf.cell(label_w, self.lh, k)
            pdf.cell(4, self.lh, ":")
            pdf.multi_cell(
                self.width - label_w - 4, self.lh, v, align="L", new_x="LMARGIN", new_y="NEXT"
            )
        pdf.ln(1.5)

    def sign(self, lines, x_off=92):
        pdf = self.pdf
        self.need(len(lines) * self.lh + 16)
        pdf.set_font(self.fam, "", self.size)
        for ln in lines:
            pdf.set_x(pdf.l_margin + x_off)
            if ln == "":
                pdf.ln(self.lh * 2.6)
                continue
            pdf.cell(0, self.lh, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


def kop(pdf):
    """Letterhead of the agency."""
    pdf.set_font("S", "B", 11.5)
    pdf.cell(0, 6, f"PEMERINTAH {KAB.upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "B", 13)
    pdf.cell(0, 7, f"{DINAS.upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.5)
    pdf.cell(
        0,
        5,
        f"{ALAMAT} - Telepon {TELP} - Pos-el {EMAIL}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = pdf.get_y() + 1.5
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 5)


# ============================================================================ regulations (PDF)
OLD_NO = "Nomor 3 Tahun 2029"
NEW_NO = "Nomor 2 Tahun 2030"
OLD_TENTANG = f"Program Pengembangan Kompetensi Pegawai {PROGRAM}"

OLD_DEFS = [
    f"Dinas adalah {DINAS} {KAB}.",
    f"Kepala Dinas adalah Kepala {DINAS} {KAB}.",
    "Pegawai adalah Pegawai Negeri Sipil (PNS) dan Pegawai Pemerintah dengan Perjanjian Kerja "
    "(PPPK) yang bekerja pada Dinas.",
    f"Program {PROGRAM} ({PROGRAM_LONG}) adalah program pengembangan kompetensi Pegawai Dinas "
    "yang dilaksanakan secara terencana, terukur, dan berkelanjutan.",
    "Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu kegiatan belajar selama "
    "45 (empat puluh lima) menit.",
    "Tim Kendali Belajar yang selanjutnya disingkat TKB adalah tim yang ditetapkan Kepala Dinas "
    f"untuk merencanakan, memantau, dan mengevaluasi Program {PROGRAM}.",
    f"{OLD_APP} ({OLD_APP_LONG}) adalah aplikasi lembar kerja daring untuk mencatat kegiatan "
    "belajar Pegawai.",
    "Serambi Belajar adalah forum berbagi pengetahuan antarpegawai yang diselenggarakan secara "
    "rutin oleh TKB.",
]

OLD_ARTICLES = {
    2: (
        "Tujuan",
        [
            f"Program {PROGRAM} bertujuan:",
            (
                "",
                [
                    "meningkatkan kompetensi teknis, manajerial, dan sosial kultural Pegawai;",
                    "membangun budaya belajar di setiap unit kerja; dan",
                    "memastikan setiap Pegawai memenuhi hak pengembangan kompetensi paling sedikit "
                    "20 (dua puluh) JP per tahun bagi PNS.",
                ],
            ),
        ],
    ),
    3: (
        "Sasaran",
        [
            "(1) Sasaran Program SEMBADA adalah seluruh Pegawai, termasuk calon PNS yang sedang "
            "menjalani masa percobaan.",
            "(2) Pegawai yang sedang menjalani cuti di luar tanggungan negara atau tugas belajar "
            "tidak dikenai target JP sebagaimana dimaksud dalam Pasal 5.",
        ],
    ),
    4: (
        "Rencana Belajar Tahunan",
        [
            "(1) Setiap Pegawai menyusun Rencana Belajar Tahunan (RBT) paling lambat tanggal "
            "31 Januari setiap tahun.",
            "(2) RBT disetujui oleh atasan langsung dan dicatat oleh TKB.",
            "(3) RBT dapat diubah paling banyak 1 (satu) kali, paling lambat tanggal 31 Juli tahun "
            "berjalan.",
        ],
    ),
    5: (
        "Target Jam Pelajaran",
        [
            "(1) Setiap PNS wajib mencapai paling sedikit 20 (dua puluh) JP per tahun.",
            "(2) Setiap PPPK wajib mencapai paling sedikit 12 (dua belas) JP per tahun.",
            "(3) Pejabat administrator dan pejabat pengawas wajib mencapai paling sedikit "
            "24 (dua puluh empat) JP per tahun.",
            "(4) Pegawai yang mulai bertugas di Dinas setelah tanggal 30 Juni dikenai target "
            "separuh dari target sebagaimana dimaksud pada ayat (1), ayat (2), atau ayat (3).",
        ],
    ),
    6: (
        "Jenis Kegiatan Belajar",
        [
            "(1) Kegiatan belajar yang diakui dalam Program SEMBADA meliputi:",
            (
                "",
                [
                    "pelatihan klasikal;",
                    "e-learning;",
                    "seminar, webinar, atau lokakarya;",
                    "coaching dan mentoring;",
                    "Serambi Belajar;",
                    "patok banding;",
                    "magang; dan",
                    "belajar mandiri.",
                ],
            ),
            "(2) Pengakuan JP untuk setiap jenis kegiatan belajar tercantum dalam Buku Panduan "
            "Program SEMBADA.",
        ],
    ),
    7: (
        "Pelaporan",
        [
            f"(1) Pegawai melaporkan kegiatan belajar melalui {OLD_APP} paling lambat "
            "14 (empat belas) hari kalender setelah kegiatan berakhir.",
            "(2) Laporan dilampiri bukti berupa sertifikat, surat keterangan, atau resume.",
            "(3) Verifikator JP memverifikasi laporan paling lama 5 (lima) hari kerja sejak laporan "
            "diterima.",
            "(4) Pencatatan laporan tahun berjalan ditutup pada tanggal 15 Desember.",
        ],
    ),
    8: (
        "Izin dan Pembiayaan Kegiatan Belajar",
        [
            "(1) Pegawai yang akan mengikuti kegiatan belajar pada jam kerja mengajukan izin kepada "
            "atasan langsung paling lambat 7 (tujuh) hari kerja sebelum kegiatan dimulai.",
            "(2) Kegiatan belajar berbayar dengan biaya di atas Rp2.500.000 (dua juta lima ratus "
            "ribu rupiah) per orang memerlukan persetujuan Sekretaris Dinas.",
            "(3) Setiap Pegawai dapat dibiayai Dinas untuk paling banyak 2 (dua) kegiatan belajar "
            "berbayar dalam 1 (satu) tahun anggaran.",
        ],
    ),
    9: (
        "Penghargaan",
        [
            "(1) Kepala Dinas menetapkan 1 (satu) orang Pembelajar Teladan setiap tahun.",
            "(2) Penilaian Pembelajar Teladan didasarkan pada capaian JP, pemanfaatan hasil belajar "
            "dalam pekerjaan, dan keaktifan dalam Serambi Belajar.",
            "(3) Pembelajar Teladan menerima piagam dan uang pembinaan sebesar Rp1.500.000 (satu "
            "juta lima ratus ribu rupiah).",
            "(4) Pegawai yang tidak memenuhi target JP 2 (dua) tahun berturut-turut dipanggil oleh "
            "TKB untuk menyusun rencana perbaikan belajar.",
        ],
    ),
    10: (
        "Satuan Biaya",
        [
            "(1) Honorarium narasumber internal dari Pegawai Dinas sebesar Rp300.000 (tiga ratus "
            "ribu rupiah) per JP.",
            "(2) Honorarium narasumber eksternal dari instansi pemerintah lain sebesar Rp600.000 "
            "(enam ratus ribu rupiah) per JP.",
            "(3) Uang transport peserta kegiatan belajar di luar Kota Karangsari sebesar Rp150.000 "
            "(seratus lima puluh ribu rupiah) per hari.",
        ],
    ),
    11: (
        "Berbagi Pengetahuan",
        [
            "(1) Pegawai yang mengikuti kegiatan belajar paling sedikit 24 (dua puluh empat) JP "
            "wajib berbagi pengetahuan dalam Serambi Belajar.",
            "(2) Kegiatan berbagi pengetahuan sebagaimana dimaksud pada ayat (1) dilaksanakan "
            "paling lambat 30 (tiga puluh) hari kalender setelah kegiatan belajar berakhir.",
        ],
    ),
    12: (
        "Tim Kendali Belajar",
        [
            "(1) Susunan TKB terdiri atas:",
            (
                "",
                [
                    "ketua: Sekretaris Dinas;",
                    "sekretaris: Kepala Subbagian Umum dan Kepegawaian;",
                    "anggota: para Kepala Bidang dan Kepala UPTD Museum dan Taman Budaya; dan",
                    "Verifikator JP: Analis Sumber Daya Manusia Aparatur.",
                ],
            ),
            "(2) TKB melaksanakan rapat evaluasi paling sedikit 4 (empat) kali dalam 1 (satu) "
            "tahun.",
            "(3) TKB menyampaikan laporan pelaksanaan Program SEMBADA kepada Kepala Dinas setiap "
            "semester.",
        ],
    ),
}

OLD_CHAPTERS = [
    ("BAB I", "KETENTUAN UMUM", [1]),
    ("BAB II", "TUJUAN DAN SASARAN", [2, 3]),
    ("BAB III", "RENCANA, TARGET, DAN JENIS KEGIATAN", [4, 5, 6]),
    ("BAB IV", "PELAPORAN", [7]),
    ("BAB V", "IZIN, PEMBIAYAAN, DAN PENGHARGAAN", [8, 9, 10, 11]),
    ("BAB VI", "TIM KENDALI BELAJAR", [12]),
    ("BAB VII", "KETENTUAN PENUTUP", [13]),
]


def _reg_head(F, nomor, tentang, year_date):
    F.center(f"PERATURAN KEPALA {DINAS.upper()}", 11.5)
    F.center(KAB.upper(), 11.5)
    F.center(nomor.upper(), 11)
    F.pdf.ln(2)
    F.center("TENTANG", 11)
    F.center(tentang.upper(), 11)
    F.pdf.ln(3)
    F.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", 10.5)
    F.center(f"KEPALA {DINAS.upper()} {KAB.upper()},", 10.5)
    F.pdf.ln(3)


def _pasal(F, n, title, body):
    F.pdf.ln(1)
    F.center(f"Pasal {n}", 10.5)
    if title:
        F.center(title, 10.5, style="")
    for part in body:
        if isinstance(part, tuple):
            F.items(part[1], kind="al", indent=8)
        else:
            F.p(part)


def render_reg_old(path):
    pdf = _make_pdf(f"Peraturan Kepala Dinas {OLD_NO}", header=f"Perkadis {SINGKAT} {OLD_NO}")
    pdf.add_page()
    F = Flow(pdf)
    _reg_head(F, OLD_NO, OLD_TENTANG, "2029-01-15")
    F.kv(
        [
            (
                "Menimbang",
                "a. bahwa pengembangan kompetensi merupakan hak setiap Pegawai; b. bahwa "
                "untuk mewujudkan budaya belajar di lingkungan Dinas perlu ditetapkan program "
                "pengembangan kompetensi yang terukur;",
            ),
            (
                "Mengingat",
                "1. Undang-Undang tentang Aparatur Sipil Negara; 2. Peraturan Pemerintah "
                "tentang Manajemen PNS; 3. Peraturan Bupati Lembah Karang tentang Kedudukan, Susunan "
                "Organisasi, Tugas dan Fungsi Dinas;",
            ),
        ],
        label_w=28,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(f"Menetapkan: PERATURAN KEPALA DINAS TENTANG {OLD_TENTANG.upper()}.")
    for label, title, arts in OLD_CHAPTERS:
        F.pdf.ln(2)
        F.need(30)
        F.center(label, 11)
        F.center(title, 11)
        for n in arts:
            if n == 1:
                F.pdf.ln(1)
                F.center("Pasal 1", 10.5)
                F.p("Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:")
                F.items(OLD_DEFS, kind="ol", indent=4)
            elif n == 13:
                _pasal(
                    F,
                    13,
                    "",
                    ["Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Februari 2029."],
                )
            else:
                _pasal(F, n, *OLD_ARTICLES[n])
    F.sign(
        [
            f"Ditetapkan di {KOTA}",
            f"pada tanggal {tgl('2029-01-15')}",
            "",
            f"KEPALA {DINAS.upper()}",
            KAB.upper() + ",",
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ],
        x_off=80,
    )
    F.p(FIKTIF, italic=True, size=8)
    pdf.output(path)
    return pdf.pages_count


NEW_TENTANG = f"Perubahan atas Peraturan Kepala Dinas {OLD_NO} tentang {OLD_TENTANG}"


def render_reg_new(path):
    pdf = _make_pdf(f"Peraturan Kepala Dinas {NEW_NO}", header=f"Perkadis {SINGKAT} {NEW_NO}")
    pdf.add_page()
    F = Flow(pdf)
    _reg_head(F, NEW_NO, NEW_TENTANG, "2030-05-20")
    F.kv(
        [
            (
                "Menimbang",
                f"a. bahwa sejak tahun 2030 pencatatan kegiatan belajar Pegawai "
                f"dilaksanakan melalui sistem informasi {SISTEM}; b. bahwa berdasarkan hasil evaluasi "
                f"Program {PROGRAM} tahun 2029 perlu dilakukan perubahan atas Peraturan Kepala Dinas "
                f"{OLD_NO};",
            ),
            ("Mengingat", f"Peraturan Kepala Dinas {OLD_NO} tentang {OLD_TENTANG};"),
        ],
        label_w=28,
    )
    F.center("MEMUTUSKAN:", 10.5)
    F.p(f"Menetapkan: PERATURAN KEPALA DINAS TENTANG {NEW_TENTANG.upper()}.")
    F.center("Pasal I", 11)
    F.p(
        f"Beberapa ketentuan dalam Peraturan Kepala Dinas {OLD_NO} tentang {OLD_TENTANG} "
        "diubah sebagai berikut:"
    )
    F.p(
        "1. Ketentuan Pasal 1 angka 7 diubah dan di antara angka 8 dan angka 9 ditambahkan "
        "1 (satu) angka, yakni angka 8a, sehingga Pasal 1 angka 7 dan angka 8a berbunyi sebagai "
        "berikut:"
    )
    F.items(
        [
            f"{SISTEM} ({SISTEM_LONG}) adalah sistem informasi berbasis web untuk mencatat, "
            "memverifikasi, dan merekapitulasi kegiatan belajar Pegawai, yang menggantikan "
            f"{OLD_APP}."
        ],
        kind="ol",
        indent=8,
        start=7,
    )
    F.p(
        "8a. Duta Belajar Unit adalah Pegawai yang ditunjuk kepala unit kerja untuk "
        "menggerakkan dan mendampingi kegiatan belajar di unit kerjanya.",
        indent=8,
    )
    F.p("2. Ketentuan Pasal 5 ayat (2) diubah, sehingga Pasal 5 berbunyi sebagai berikut:")
    F.center("Pasal 5", 10.5)
    for t in OLD_ARTICLES[5][1]:
        if t.startswith("(2)"):
            t = "(2) Setiap PPPK wajib mencapai paling sedikit 16 (enam belas) JP per tahun."
        F.p(t, indent=8)
    F.p("3. Ketentuan Pasal 7 diubah, sehingga berbunyi sebagai berikut:")
    F.center("Pasal 7", 10.5)
    for t in [
        f"(1) Pegawai melaporkan kegiatan belajar melalui {SISTEM} paling lambat 10 (sepuluh) "
        "hari kerja setelah kegiatan berakhir.",
        "(2) Laporan dilampiri bukti dalam format PDF atau JPG dengan ukuran paling besar 5 MB "
        "per berkas.",
        "(3) Duta Belajar Unit memeriksa kelengkapan laporan paling lama 2 (dua) hari kerja, "
        "kemudian Verifikator JP memverifikasi laporan paling lama 3 (tiga) hari kerja.",
        "(4) Pencatatan laporan tahun berjalan ditutup pada tanggal 20 Desember.",
        "(5) Laporan yang disampaikan melewati batas waktu sebagaimana dimaksud pada ayat (1) "
        "hanya dapat diterima dengan persetujuan Ketua TKB.",
    ]:
        F.p(t, indent=8)
    F.p("4. Ketentuan Pasal 8 ayat (2) diubah, sehingga Pasal 8 ayat (2) berbunyi sebagai berikut:")
    F.p(
        "(2) Kegiatan belajar berbayar dengan biaya di atas Rp3.000.000 (tiga juta rupiah) per "
        "orang memerlukan persetujuan Kepala Dinas atas usul Sekretaris Dinas.",
        indent=8,
    )
    F.p(
        "5. Ketentuan Pasal 9 ayat (1) dan ayat (3) diubah, sehingga Pasal 9 berbunyi sebagai "
        "berikut:"
    )
    F.center("Pasal 9", 10.5)
    for t in [
        "(1) Kepala Dinas menetapkan 2 (dua) orang Pembelajar Teladan setiap tahun, yaitu "
        "1 (satu) orang dari PNS dan 1 (satu) orang dari PPPK.",
        OLD_ARTICLES[9][1][1],
        "(3) Setiap Pembelajar Teladan menerima piagam dan uang pembinaan sebesar Rp2.000.000 "
        "(dua juta rupiah).",
        OLD_ARTICLES[9][1][3],
    ]:
        F.p(t, indent=8)
    F.p(
        "6. Di antara Pasal 12 dan Pasal 13 disisipkan 1 (satu) pasal, yakni Pasal 12A, yang "
        "berbunyi sebagai berikut:"
    )
    F.center("Pasal 12A", 10.5)
    for t in [
        "(1) Setiap unit kerja memiliki 1 (satu) orang Duta Belajar Unit yang ditunjuk oleh "
        "kepala unit kerja.",
        f"(2) Duta Belajar Unit bertugas mendampingi penyusunan RBT, memeriksa kelengkapan "
        f"laporan di {SISTEM}, dan menggerakkan kegiatan belajar terjadwal di unit kerjanya.",
        "(3) Masa tugas Duta Belajar Unit adalah 2 (dua) tahun dan dapat ditunjuk kembali untuk "
        "1 (satu) kali masa tugas berikutnya.",
        "(4) Pelaksanaan tugas Duta Belajar Unit diakui sebagai kegiatan belajar sebesar "
        "6 (enam) JP per tahun.",
    ]:
        F.p(t, indent=8)
    F.center("Pasal II", 11)
    F.p(
        f"(1) Data kegiatan belajar tahun 2029 dan tahun 2030 yang tercatat dalam {OLD_APP} "
        f"dipindahkan ke {SISTEM} oleh Verifikator JP paling lambat tanggal 31 Mei 2030."
    )
    F.p(
        f"(2) Sejak tanggal 3 Juni 2030, {OLD_APP} hanya dapat dibuka untuk dibaca dan tidak "
        "dapat digunakan untuk pelaporan."
    )
    F.p("(3) Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Juni 2030.")
    F.sign(
        [
            f"Ditetapkan di {KOTA}",
            f"pada tanggal {tgl('2030-05-20')}",
            "",
            f"KEPALA {DINAS.upper()}",
            KAB.upper() + ",",
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ],
        x_off=80,
    )
    F.p(FIKTIF, italic=True, size=8)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ circular (PDF)
SE_NEW_NO = "800.1/061/Disparbud/2030"
SE_OLD_NO = "800.1/027/Disparbud/2029"


def render_se_new(path):
    pdf = _make_pdf(f"Surat Edaran Kepala Dinas Nomor {SE_NEW_NO}")
    pdf.add_page()
    kop(pdf)
    F = Flow(pdf, size=10.5)
    F.center("SURAT EDARAN", 12)
    F.center(f"NOMOR {SE_NEW_NO}", 10.5, style="")
    F.center("TENTANG", 10.5)
    F.center("KAMIS BELAJAR: WAKTU BELAJAR TERJADWAL BAGI PEGAWAI", 10.5)
    pdf.ln(3)
    F.p(f"Yth. seluruh Pegawai {DINAS} {KAB}")
    F.p("1. Latar Belakang", bold=True)
    F.p(
        f"Hasil evaluasi Program {PROGRAM} tahun 2029 menunjukkan bahwa waktu Jumat Belajar "
        "sering bertabrakan dengan kegiatan senam pagi dan kerja bakti. Oleh karena itu waktu "
        "belajar terjadwal dipindahkan ke hari Kamis siang."
    )
    F.p("2. Ketentuan", bold=True)
    F.items(
        [
            "Kamis Belajar dilaksanakan setiap hari Kamis pukul 13.30-15.30 WIB.",
            "Tempat utama Kamis Belajar adalah Ruang Serambi Belajar, Lantai 2 Gedung B Kantor Dinas; "
            "unit kerja di UPTD Museum dan Taman Budaya dapat melaksanakannya di Ruang Diorama.",
            "JP dari Kamis Belajar yang diakui paling banyak 8 (delapan) JP per bulan.",
            "Kamis Belajar tidak dilaksanakan pada minggu terakhir setiap bulan, yang digunakan untuk "
            "rapat koordinasi bidang.",
            "Kehadiran dicatat melalui pindai kode QR di " + SISTEM + " paling lambat pukul "
            "16.00 WIB pada hari yang sama.",
            "Pegawai yang bertugas pelayanan di museum dan taman budaya mengikuti Kamis Belajar "
            "secara bergiliran sesuai jadwal dari Duta Belajar Unit.",
        ],
        kind="al",
        indent=4,
    )
    F.p("3. Pencabutan", bold=True)
    F.p(
        f"Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas Nomor {SE_OLD_NO} "
        "tentang Jumat Belajar dicabut dan dinyatakan tidak berlaku."
    )
    F.p("4. Mulai Berlaku", bold=True)
    F.p("Surat Edaran ini berlaku sejak tanggal 1 Juli 2030.")
    F.p("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.")
    F.sign([f"{KOTA}, {tgl('2030-06-24')}", f"Kepala {DINAS},", "", KADIS], x_off=85)
    F.p(f"Tembusan: Sekretaris Daerah {KAB}. {FIKTIF}", italic=True, size=8)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ handbook (PDF)
PED_TITLE = f"Buku Panduan Program {PROGRAM} Edisi 2029"

KATALOG_2029 = [
    # code, name, JP, target group, month, organiser, note
    (
        "SMB-29-01",
        "Orientasi Program SEMBADA bagi Pegawai Baru",
        "8",
        "CPNS dan PPPK baru",
        "Februari",
        "TKB",
        "Dua angkatan; wajib bagi pegawai yang masuk sejak 2028.",
    ),
    (
        "SMB-29-02",
        "Pelatihan Pelayanan Prima Destinasi",
        "24",
        "Pegawai pelayanan loket dan pemandu museum",
        "Maret",
        "BPSDM Provinsi",
        "Klasikal tiga hari.",
    ),
    (
        "SMB-29-03",
        "Bahasa Inggris Pariwisata Tingkat I",
        "30",
        "Semua pegawai",
        "Maret-April",
        "Internal",
        "Dua kali seminggu, Selasa dan Kamis.",
    ),
    (
        "SMB-29-04",
        "Bahasa Inggris Pariwisata Tingkat II",
        "30",
        "Lulusan Tingkat I",
        "Mei-Juni",
        "Internal",
        "Tes penempatan sebelum kelas.",
    ),
    (
        "SMB-29-05",
        "Penulisan Naskah Promosi Wisata",
        "16",
        "Bidang Pemasaran Pariwisata",
        "April",
        "Internal",
        "Hasil akhir: satu naskah promosi per peserta.",
    ),
    (
        "SMB-29-06",
        "Pengelolaan Koleksi Museum",
        "32",
        "UPTD Museum dan Taman Budaya",
        "Mei",
        "Balai Pelestarian Kebudayaan",
        "Termasuk praktik pencatatan koleksi.",
    ),
    (
        "SMB-29-07",
        "Pengelolaan Cagar Budaya Dasar",
        "24",
        "Bidang Kebudayaan",
        "Juni",
        "Balai Pelestarian Kebudayaan",
        "Kunjungan lapangan ke Situs Batu Berundak.",
    ),
    (
        "SMB-29-08",
        "Fotografi dan Videografi Promosi",
        "20",
        "Bidang Pemasaran dan Ekonomi Kreatif",
        "Juli",
        "Internal",
        "Peserta membawa kamera atau ponsel sendiri.",
    ),
    (
        "SMB-29-09",
        "Analisis Data Kunjungan Wisata",
        "16",
        "Perencana dan pengelola data",
        "Juli",
        "Internal",
        "Menggunakan data kunjungan 2028.",
    ),
    (
        "SMB-29-10",
        "Pengadaan Barang/Jasa Tingkat Dasar",
        "32",
        "Pejabat pengadaan dan PPTK",
        "Agustus",
        "LKPP melalui BPSDM Provinsi",
        "Ujian sertifikasi terpisah.",
    ),
    (
        "SMB-29-11",
        "Penyusunan Kalender Event Pariwisata",
        "12",
        "Bidang Destinasi dan Pemasaran",
        "Agustus",
        "Internal",
        "Menghasilkan draf kalender event 2030.",
    ),
    (
        "SMB-29-12",
        "Kepemanduan Museum Interaktif",
        "20",
        "Pemandu museum",
        "September",
        "UPTD Museum dan Taman Budaya",
        "Praktik di Ruang Diorama.",
    ),
    (
        "SMB-29-13",
        "Pengelolaan Keuangan Kegiatan Festival",
        "16",
        "Bendahara dan PPTK",
        "September",
        "Internal",
        "Studi kasus Festival Lembah Karang 2028.",
    ),
    (
        "SMB-29-14",
        "Pemberdayaan Pelaku Ekonomi Kreatif",
        "24",
        "Bidang Ekonomi Kreatif",
        "Oktober",
        "Kementerian terkait",
        "Daring penuh.",
    ),
    (
        "SMB-29-15",
        "Kepemimpinan Pengawas Muda",
        "40",
        "Pejabat pengawas",
        "Oktober",
        "BPSDM Provinsi",
        "Wajib bagi pengawas yang dilantik 2028-2029.",
    ),
    (
        "SMB-29-16",
        "Keamanan Informasi dan Media Sosial Dinas",
        "8",
        "Pengelola media sosial",
        "November",
        "Dinas Komunikasi dan Informatika",
        "Satu hari penuh.",
    ),
    (
        "SMB-29-17",
        "Penulisan Laporan Kinerja",
        "12",
        "Perencana dan Kasubbag",
        "November",
        "Internal",
        "Menggunakan format LKjIP.",
    ),
    (
        "SMB-29-18",
        "Refleksi Belajar Akhir Tahun",
        "4",
        "Semua pegawai",
        "Desember",
        "TKB",
        "Dilaksanakan bersamaan dengan apel akhir tahun.",
    ),
]

KONVERSI = [
    ("Pelatihan klasikal atau daring", "Sertifikat", "Sesuai JP pada sertifikat", "-"),
    (
        "E-learning mandiri",
        "Sertifikat penyelesaian",
        "Sesuai JP pada sertifikat",
        "Paling banyak 20 JP per tahun",
    ),
    (
        "Seminar, webinar, lokakarya",
        "Sertifikat atau surat keterangan",
        "2 JP per kegiatan",
        "Paling banyak 8 JP per tahun",
    ),
    (
        "Coaching dan mentoring",
        "Lembar sesi bertanda tangan",
        "1 JP per sesi 60 menit",
        "Paling banyak 12 JP per tahun",
    ),
    ("Serambi Belajar", "Daftar hadir", "Narasumber 3 JP; peserta 1 JP", "-"),
    ("Jumat Belajar", "Daftar hadir", "1 JP per pertemuan", "Paling banyak 6 JP per bulan"),
    ("Patok banding", "Laporan perjalanan", "8 JP per hari", "Paling banyak 16 JP per kegiatan"),
    ("Magang", "Surat keterangan instansi tujuan", "40 JP per minggu", "-"),
    (
        "Belajar mandiri (membaca, kursus daring tanpa sertifikat)",
        "Resume 1 halaman",
        "1 JP per resume",
        "Paling banyak 4 JP per bulan",
    ),
]


def render_pedoman(path):
    pdf = _make_pdf(PED_TITLE, header=f"{PED_TITLE} - {SINGKAT} {KAB}", size=10.5)
    F = Flow(pdf, size=10.5, lh=5.6)
    # cover
    pdf.add_page()
    pdf.ln(40)
    F.center("BUKU PANDUAN", 20, h=10)
    F.center(f"PROGRAM {PROGRAM}", 26, h=13)
    F.center(PROGRAM_LONG, 13, style="I")
    pdf.ln(8)
    F.center("Edisi 2029", 14)
    pdf.ln(50)
    F.center(f"{DINAS.upper()}", 12)
    F.center(KAB.upper(), 12)
    F.center(PROV, 11, style="")
    F.center("Maret 2029", 11, style="")
    # foreword
    F.chapter("", "KATA PENGANTAR")
    F.p(
        f"Puji syukur kami panjatkan karena Buku Panduan Program {PROGRAM} Edisi 2029 dapat "
        f"diterbitkan. Buku ini menjabarkan Peraturan Kepala Dinas {OLD_NO} tentang "
        f"{OLD_TENTANG} ke dalam langkah-langkah yang mudah diikuti oleh setiap pegawai."
    )
    F.p(
        "Sebagai dinas yang melayani wisatawan dan menjaga warisan budaya, kualitas pelayanan "
        "kita sangat ditentukan oleh kemauan belajar setiap pegawai, dari petugas loket museum "
        "sampai pejabat struktural. Karena itu belajar tidak boleh dipandang sebagai beban "
        "administrasi untuk mengumpulkan angka JP, melainkan kebiasaan kerja sehari-hari."
    )
    F.p(
        "Buku ini akan ditinjau setiap tahun. Masukan dapat disampaikan kepada Tim Kendali "
        f"Belajar melalui pos-el {EMAIL}."
    )
    F.sign([f"{KOTA}, Maret 2029", "Kepala Dinas,", "", KADIS], x_off=90)
    # toc
    F.chapter("", "DAFTAR ISI")
    toc = [
        "KATA PENGANTAR",
        "BAB I PENDAHULUAN",
        "BAB II ISTILAH DAN SINGKATAN",
        "BAB III TARGET JP DAN RENCANA BELAJAR TAHUNAN",
        "BAB IV JENIS KEGIATAN DAN PENGAKUAN JP",
        "BAB V KATALOG PELATIHAN INTERNAL 2029",
        "BAB VI IZIN MENGIKUTI KEGIATAN BELAJAR",
        f"BAB VII PELAPORAN MELALUI {OLD_APP}",
        "BAB VIII PEMBIAYAAN",
        "BAB IX SERAMBI BELAJAR DAN JUMAT BELAJAR",
        "BAB X PEMBELAJAR TELADAN",
        "BAB XI TIM KENDALI BELAJAR",
        "BAB XII MONITORING DAN EVALUASI",
        "BAB XIII PENUTUP",
        "LAMPIRAN I FORMAT RENCANA BELAJAR TAHUNAN",
        "LAMPIRAN II FORMAT RESUME BELAJAR MANDIRI",
        "LAMPIRAN III DAFTAR KONTAK",
        "LAMPIRAN IV KALENDER PROGRAM SEMBADA 2029",
        "LAMPIRAN V CONTOH RESUME BELAJAR MANDIRI",
    ]
    F.items(toc, kind="ul")

    F.chapter("BAB I", "PENDAHULUAN")
    F.h2("1.1 Latar Belakang")
    F.p(
        f"{DINAS} {KAB} memiliki {N_PEG} pegawai, terdiri atas {N_PNS} PNS dan {N_PPPK} PPPK, "
        "yang tersebar di Sekretariat, empat bidang, dan UPTD Museum dan Taman Budaya. "
        "Sebagian besar pegawai berhadapan langsung dengan wisatawan, pelaku seni, dan pelaku "
        "ekonomi kreatif, sehingga kompetensi teknis dan sosial kultural menjadi kebutuhan "
        "utama."
    )
    F.p(
        "Sampai dengan tahun 2028 kegiatan belajar pegawai dicatat secara terpisah oleh setiap "
        "bidang. Akibatnya Dinas tidak mengetahui secara pasti berapa pegawai yang sudah "
        "memenuhi hak pengembangan kompetensi. Rekap akhir 2028 yang disusun secara manual "
        "menunjukkan bahwa hanya sekitar enam dari sepuluh pegawai yang mencapai 20 JP."
    )
    F.p(
        f"Program {PROGRAM} disusun untuk menjawab masalah tersebut dengan tiga pendekatan: "
        "perencanaan belajar individual, pencatatan yang seragam, dan penghargaan bagi pegawai "
        "yang aktif belajar."
    )
    F.h2("1.2 Maksud dan Tujuan")
    F.p(
        "Buku panduan ini dimaksudkan sebagai acuan praktis bagi pegawai, atasan langsung, dan "
        f"Tim Kendali Belajar dalam melaksanakan Program {PROGRAM}. Tujuannya adalah:"
    )
    F.items(
        [
            "menyamakan pemahaman tentang target JP dan cara memperolehnya;",
            "menjelaskan tata cara perizinan, pelaporan, dan verifikasi kegiatan belajar;",
            "memberikan daftar pelatihan internal yang direncanakan pada tahun 2029; dan",
            "menjelaskan mekanisme penghargaan serta pemantauan.",
        ],
        kind="al",
    )
    F.h2("1.3 Ruang Lingkup")
    F.p(
        "Panduan ini berlaku bagi seluruh PNS dan PPPK di lingkungan Dinas, termasuk calon PNS. "
        "Panduan ini tidak mengatur pelatihan yang diselenggarakan Dinas untuk masyarakat, "
        "seperti pelatihan bagi kelompok sadar wisata (Pokdarwis), pelaku UMKM, atau sanggar "
        "seni; kegiatan tersebut merupakan program pembinaan masyarakat oleh bidang teknis."
    )
    F.h2("1.4 Dasar Hukum")
    F.items(
        [
            "Undang-Undang tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah tentang Manajemen Pegawai Negeri Sipil;",
            "Peraturan Bupati Lembah Karang tentang Kedudukan, Susunan Organisasi, Tugas dan "
            "Fungsi Dinas; dan",
            f"Peraturan Kepala Dinas {OLD_NO} tentang {OLD_TENTANG}.",
        ],
        kind="ol",
    )

    F.chapter("BAB II", "ISTILAH DAN SINGKATAN")
    F.p("Istilah dan singkatan berikut digunakan dalam buku panduan ini.")
    F.table(
        ["Istilah", "Pengertian"],
        [
            ("JP", "Jam Pelajaran, satuan waktu belajar selama 45 menit."),
            (
                "RBT",
                "Rencana Belajar Tahunan yang disusun setiap pegawai dan disetujui atasan "
                "langsung.",
            ),
            (
                "TKB",
                "Tim Kendali Belajar, tim yang merencanakan, memantau, dan mengevaluasi "
                f"Program {PROGRAM}.",
            ),
            (OLD_APP, f"{OLD_APP_LONG}, lembar kerja daring untuk mencatat kegiatan belajar."),
            (
                "Verifikator JP",
                "Pegawai yang memeriksa kebenaran bukti dan menetapkan JP yang diakui.",
            ),
            ("Serambi Belajar", "Forum berbagi pengetahuan antarpegawai setiap hari Rabu."),
            (
                "Jumat Belajar",
                "Waktu belajar terjadwal setiap Jumat pagi menurut Surat Edaran "
                f"Nomor {SE_OLD_NO}.",
            ),
            (
                "Pembelajar Teladan",
                "Pegawai yang ditetapkan Kepala Dinas sebagai teladan belajar tahun berjalan.",
            ),
            ("Pokdarwis", "Kelompok sadar wisata; bukan sasaran Program SEMBADA."),
        ],
        [28, 72],
    )
    F.p(
        "Dalam dokumen lain yang diterbitkan bidang teknis, singkatan yang sama dapat dipakai "
        "untuk hal yang berbeda. Dalam buku ini TKB selalu berarti Tim Kendali Belajar."
    )

    F.chapter("BAB III", "TARGET JP DAN RENCANA BELAJAR TAHUNAN")
    F.h2("3.1 Target JP")
    F.p("Target JP setiap pegawai per tahun ditetapkan sebagai berikut:")
    F.table(
        ["Kelompok pegawai", "Target per tahun", "Dasar"],
        [
            ("PNS", "20 JP", "Pasal 5 ayat (1)"),
            ("PPPK", "12 JP", "Pasal 5 ayat (2)"),
            ("Pejabat administrator dan pengawas", "24 JP", "Pasal 5 ayat (3)"),
            (
                "Pegawai yang mulai bertugas setelah 30 Juni",
                "Separuh target kelompoknya",
                "Pasal 5 ayat (4)",
            ),
        ],
        [45, 25, 30],
    )
    F.p(
        "Pegawai yang sedang tugas belajar atau cuti di luar tanggungan negara tidak dikenai "
        "target. Calon PNS tetap dikenai target PNS, dan JP dari pelatihan dasar CPNS diakui "
        "seluruhnya."
    )
    F.h2("3.2 Rencana Belajar Tahunan")
    F.p(
        "Setiap pegawai menyusun RBT paling lambat tanggal 31 Januari. RBT memuat paling sedikit "
        "tiga rencana kegiatan belajar yang berkaitan dengan tugas jabatan, perkiraan JP, dan "
        "perkiraan waktu pelaksanaan. RBT ditandatangani pegawai dan atasan langsung, lalu "
        "diserahkan kepada sekretaris TKB dalam bentuk pindaian."
    )
    F.p(
        "RBT boleh diubah satu kali, paling lambat 31 Juli. Perubahan diajukan dengan formulir "
        'yang sama dan diberi tanda "Perubahan" pada bagian judul.'
    )
    F.h2("3.3 Pegawai Baru dan Pegawai Pindahan")
    F.p(
        "Pegawai baru menyusun RBT paling lambat 30 hari kalender setelah tanggal mulai bertugas. "
        "Pegawai pindahan dari perangkat daerah lain membawa catatan JP tahun berjalan dari "
        "instansi asal, yang diakui setelah diverifikasi."
    )

    F.chapter("BAB IV", "JENIS KEGIATAN DAN PENGAKUAN JP")
    F.p(
        "Setiap jenis kegiatan belajar diakui dengan jumlah JP yang berbeda. Tabel berikut "
        "menjadi acuan Verifikator JP."
    )
    F.table(
        ["Jenis kegiatan", "Bukti", "Pengakuan JP", "Batas"],
        KONVERSI,
        [30, 24, 24, 22],
        caption="Tabel 4.1 Pengakuan JP per jenis kegiatan",
    )
    F.p(
        "Kegiatan yang sama tidak boleh dilaporkan dua kali. Jika satu kegiatan memenuhi dua "
        "jenis, misalnya seminar yang dilanjutkan dengan lokakarya, pegawai memilih satu jenis "
        "yang paling menggambarkan kegiatan tersebut."
    )
    F.p(
        "Kegiatan yang berlangsung di luar jam kerja tetap diakui, sepanjang bukti lengkap dan "
        "kegiatan berkaitan dengan tugas jabatan."
    )
    F.h2("4.2 Contoh Perhitungan")
    F.p(
        "Seorang PPPK di UPTD Museum dan Taman Budaya mencatat kegiatan berikut sepanjang 2029. "
        "Tabel ini menunjukkan bagaimana batas pengakuan diterapkan."
    )
    F.table(
        ["Kegiatan", "Dilaporkan", "Diakui", "Alasan"],
        [
            ("Tiga webinar", "6 JP", "6 JP", "2 JP per kegiatan"),
            ("Lima resume belajar mandiri pada bulan Mei", "5 JP", "4 JP", "Batas 4 JP per bulan"),
            ("Kepemanduan Museum Interaktif", "20 JP", "20 JP", "Sesuai sertifikat"),
            ("Jumlah", "31 JP", "30 JP", "Melampaui target PPPK 12 JP"),
        ],
        [34, 18, 16, 32],
        caption="Tabel 4.2 Contoh perhitungan JP seorang PPPK",
    )
    F.p(
        "Dalam contoh tersebut, satu JP belajar mandiri tidak diakui karena melampaui batas "
        "bulanan. Kelebihan JP tidak dapat dipindahkan ke tahun berikutnya."
    )

    F.chapter("BAB V", "KATALOG PELATIHAN INTERNAL 2029")
    F.p(
        "Katalog berikut memuat pelatihan yang direncanakan atau difasilitasi Dinas pada tahun "
        "2029. Pendaftaran pada tahun 2029 dilakukan melalui sekretaris TKB paling lambat "
        "10 hari kerja sebelum pelatihan dimulai."
    )
    rows = [(c, n, j, s, b, o, k) for c, n, j, s, b, o, k in KATALOG_2029]
    F.table(
        ["Kode", "Nama pelatihan", "JP", "Sasaran", "Bulan", "Pelaksana", "Catatan"],
        rows,
        [19, 29, 8, 22, 16, 22, 24],
        caption="Tabel 5.1 Katalog pelatihan 2029",
        size=8.2,
        lh=4.0,
    )
    F.p(
        "Jadwal rinci setiap pelatihan diumumkan melalui surat undangan. Pelatihan yang batal "
        "karena peserta kurang dari sepuluh orang akan dialihkan ke tahun berikutnya."
    )
    F.p(
        "Bahasa Inggris Pariwisata disusun berjenjang. Tingkat I untuk pemula, Tingkat II untuk "
        "percakapan pelayanan, dan Tingkat III (direncanakan mulai 2030) untuk presentasi dan "
        "pemanduan. Peserta Tingkat II harus lulus Tingkat I dengan nilai paling rendah 70."
    )

    F.chapter("BAB VI", "IZIN MENGIKUTI KEGIATAN BELAJAR")
    F.h2("6.1 Izin Atasan")
    F.p(
        "Kegiatan belajar pada jam kerja memerlukan izin atasan langsung. Izin diajukan paling "
        "lambat 7 hari kerja sebelum kegiatan dimulai, dengan melampirkan undangan atau brosur "
        "kegiatan. Atasan langsung memberi keputusan paling lama 2 hari kerja."
    )
    F.h2("6.2 Kegiatan Berbayar")
    F.p(
        "Kegiatan berbayar dengan biaya di atas Rp2.500.000 per orang memerlukan persetujuan "
        "Sekretaris Dinas. Setiap pegawai dapat dibiayai paling banyak dua kegiatan berbayar "
        "dalam satu tahun anggaran. Pegawai yang dibiayai wajib menyerahkan salinan sertifikat "
        "kepada bendahara paling lambat 5 hari kerja setelah kegiatan."
    )
    F.h2("6.3 Langkah Pengajuan")
    F.items(
        [
            "Pegawai mengisi formulir izin belajar dan melampirkan undangan.",
            "Atasan langsung memberi persetujuan atau penolakan.",
            "Untuk kegiatan berbayar di atas batas, berkas diteruskan kepada Sekretaris Dinas.",
            "Sekretaris TKB mencatat izin dan menerbitkan surat tugas.",
            "Pegawai mengikuti kegiatan dan menyimpan bukti.",
        ],
        kind="ol",
    )

    F.chapter("BAB VII", f"PELAPORAN MELALUI {OLD_APP}")
    F.p(
        f"Seluruh kegiatan belajar dilaporkan melalui {OLD_APP}, lembar kerja daring yang "
        "tautannya dibagikan oleh Verifikator JP setiap awal tahun. Ketentuan pelaporan:"
    )
    F.items(
        [
            "batas pelaporan paling lambat 14 hari kalender setelah kegiatan berakhir;",
            "bukti berupa sertifikat, surat keterangan, atau resume diunggah ke folder unit;",
            "Verifikator JP memeriksa laporan paling lama 5 hari kerja;",
            "pencatatan tahun berjalan ditutup tanggal 15 Desember; dan",
            "laporan yang ditolak dapat diperbaiki satu kali.",
        ],
        kind="al",
    )
    F.p(
        f"Pertanyaan tentang {OLD_APP} dapat disampaikan kepada Verifikator JP, {VERIFIKATOR}, "
        "pada jam kerja di Subbagian Umum dan Kepegawaian."
    )

    F.chapter("BAB VIII", "PEMBIAYAAN")
    F.p(
        f"Kegiatan Program {PROGRAM} dibiayai dari DPA Dinas pada sub kegiatan pengembangan "
        "kompetensi aparatur. Satuan biaya yang digunakan:"
    )
    F.table(
        ["Komponen", "Satuan biaya", "Dasar"],
        [
            ("Honorarium narasumber internal", "Rp300.000 per JP", "Pasal 10 ayat (1)"),
            (
                "Honorarium narasumber eksternal instansi pemerintah",
                "Rp600.000 per JP",
                "Pasal 10 ayat (2)",
            ),
            (
                "Transport peserta di luar Kota Karangsari",
                "Rp150.000 per hari",
                "Pasal 10 ayat (3)",
            ),
            ("Konsumsi pelatihan internal", "Rp45.000 per orang per hari", "Standar biaya daerah"),
        ],
        [45, 30, 25],
    )
    F.p(
        "Pelatihan yang diselenggarakan pihak lain dibayar langsung oleh bendahara kepada "
        "penyelenggara, bukan diganti kepada pegawai, kecuali telah disetujui sebelumnya."
    )

    F.chapter("BAB IX", "SERAMBI BELAJAR DAN JUMAT BELAJAR")
    F.h2("9.1 Serambi Belajar")
    F.p(
        "Serambi Belajar diselenggarakan setiap hari Rabu pukul 14.00-15.30 WIB di Aula Balai "
        "Seni Karangsari. Setiap pertemuan menghadirkan satu pegawai yang berbagi hasil "
        "pelatihan. Narasumber Serambi Belajar diakui 3 JP dan peserta 1 JP."
    )
    F.p(
        "Pegawai yang mengikuti kegiatan belajar paling sedikit 24 JP wajib tampil di Serambi "
        "Belajar paling lambat 30 hari kalender setelah kegiatan berakhir."
    )
    F.h2("9.2 Jumat Belajar")
    F.p(
        f"Sesuai Surat Edaran Nomor {SE_OLD_NO}, setiap hari Jumat pukul 07.30-09.00 WIB "
        "disediakan sebagai waktu belajar terjadwal. Pegawai dapat membaca, mengikuti kursus "
        "daring, atau berdiskusi di unit kerja. JP dari Jumat Belajar diakui paling banyak "
        "6 JP per bulan."
    )

    F.chapter("BAB X", "PEMBELAJAR TELADAN")
    F.p(
        "Kepala Dinas menetapkan satu orang Pembelajar Teladan setiap tahun. Pembelajar Teladan "
        "menerima piagam dan uang pembinaan Rp1.500.000. Penilaian dilakukan TKB pada bulan "
        "Januari tahun berikutnya dengan bobot berikut."
    )
    F.table(
        ["Unsur penilaian", "Bobot"],
        [
            ("Capaian JP terhadap target", "40%"),
            ("Pemanfaatan hasil belajar dalam pekerjaan", "35%"),
            ("Keaktifan di Serambi Belajar", "25%"),
        ],
        [70, 30],
    )
    F.p(
        "Calon Pembelajar Teladan diusulkan oleh kepala unit kerja, paling banyak dua orang dari "
        "setiap unit. Pegawai yang pernah ditetapkan tidak dapat diusulkan kembali dalam "
        "dua tahun berikutnya."
    )

    F.chapter("BAB XI", "TIM KENDALI BELAJAR")
    F.p("TKB dibentuk dengan keputusan Kepala Dinas. Susunannya:")
    F.table(
        ["Jabatan dalam TKB", "Dijabat oleh", "Nama (2029)"],
        [
            ("Ketua", "Sekretaris Dinas", SEKRETARIS),
            ("Sekretaris", "Kepala Subbagian Umum dan Kepegawaian", KASUBBAG),
            ("Anggota", "Kepala Bidang Destinasi Pariwisata", KABID_DEST),
            ("Anggota", "Kepala Bidang Pemasaran Pariwisata", KABID_PEM),
            ("Anggota", "Kepala Bidang Kebudayaan", KABID_BUD),
            ("Anggota", "Kepala Bidang Ekonomi Kreatif", KABID_EKRAF),
            ("Anggota", "Kepala UPTD Museum dan Taman Budaya", KA_UPTD),
            ("Verifikator JP", "Analis SDM Aparatur", VERIFIKATOR),
        ],
        [22, 40, 38],
    )
    F.p(
        "TKB melaksanakan rapat evaluasi paling sedikit empat kali setahun, yaitu pada bulan "
        "Februari, Mei, Agustus, dan November, serta melaporkan pelaksanaan program kepada "
        "Kepala Dinas setiap semester."
    )

    F.chapter("BAB XII", "MONITORING DAN EVALUASI")
    F.p("Keberhasilan Program SEMBADA tahun 2029 diukur dengan indikator berikut:")
    F.table(
        ["Indikator", "Target 2029"],
        [
            ("Persentase pegawai yang memenuhi target JP", "85%"),
            ("Rata-rata JP per pegawai", "22 JP"),
            ("Persentase pegawai yang menyusun RBT tepat waktu", "90%"),
            ("Jumlah pertemuan Serambi Belajar", "36 pertemuan"),
        ],
        [70, 30],
    )
    F.p(
        "Verifikator JP menyusun laporan triwulan paling lambat tanggal 10 bulan berikutnya "
        "setelah triwulan berakhir, yaitu 10 April, 10 Juli, 10 Oktober, dan 10 Januari."
    )

    F.chapter("BAB XIII", "PENUTUP")
    F.p(
        "Buku panduan ini berlaku sejak diterbitkan dan akan disesuaikan apabila Peraturan "
        "Kepala Dinas yang menjadi dasarnya diubah. Dalam hal terdapat perbedaan antara buku "
        "panduan dan Peraturan Kepala Dinas, yang berlaku adalah Peraturan Kepala Dinas."
    )

    F.chapter("LAMPIRAN I", "FORMAT RENCANA BELAJAR TAHUNAN")
    F.kv(
        [
            ("Nama", "...................................."),
            ("NIP", "..................."),
            ("Unit kerja", "...................................."),
            ("Tahun", "2029"),
        ]
    )
    F.table(
        ["No", "Rencana kegiatan", "Kaitan dengan tugas", "Perkiraan JP", "Waktu"],
        [("1", "", "", "", ""), ("2", "", "", "", ""), ("3", "", "", "", "")],
        [6, 34, 30, 14, 16],
    )
    F.p("Disetujui atasan langsung: ........................ Tanggal: ............")
    F.chapter("LAMPIRAN II", "FORMAT RESUME BELAJAR MANDIRI")
    F.p(
        "Resume ditulis paling banyak satu halaman dan memuat: judul bahan yang dipelajari, "
        "sumber, tanggal belajar, tiga hal utama yang dipelajari, dan rencana penerapan dalam "
        "pekerjaan."
    )
    F.chapter("LAMPIRAN III", "DAFTAR KONTAK")
    F.table(
        ["Keperluan", "Kontak"],
        [
            ("Sekretariat TKB", f"{KASUBBAG}, telepon {TELP} ekstensi 214"),
            (f"Verifikator JP dan {OLD_APP}", f"{VERIFIKATOR}, ekstensi 216"),
            ("Pos-el program", EMAIL),
        ],
        [35, 65],
    )
    F.chapter("LAMPIRAN IV", "KALENDER PROGRAM SEMBADA 2029")
    F.table(
        ["Waktu", "Kegiatan", "Pelaksana"],
        [
            ("15 Januari 2029", f"Penetapan Peraturan Kepala Dinas {OLD_NO}", "Kepala Dinas"),
            (
                "1 Februari 2029",
                "Peraturan mulai berlaku; tautan e-LAPAK dibagikan",
                "Verifikator JP",
            ),
            ("31 Januari setiap tahun", "Batas penyerahan RBT", "Seluruh pegawai"),
            ("Februari, Mei, Agustus, November", "Rapat evaluasi TKB", "TKB"),
            ("11 Maret 2029", "Jumat Belajar pertama", "Seluruh unit kerja"),
            ("31 Juli 2029", "Batas perubahan RBT", "Seluruh pegawai"),
            ("15 Desember 2029", "Penutupan pencatatan di e-LAPAK", "Verifikator JP"),
            ("Januari 2030", "Penilaian Pembelajar Teladan 2029", "TKB"),
        ],
        [28, 50, 22],
    )
    F.p(
        "Tanggal pelaksanaan Serambi Belajar diumumkan setiap awal bulan melalui grup pesan "
        "unit kerja. Jadwal dapat berubah apabila bertepatan dengan Festival Lembah Karang, "
        "yang biasanya berlangsung pada bulan Oktober."
    )
    F.chapter("LAMPIRAN V", "CONTOH RESUME BELAJAR MANDIRI")
    F.kv(
        [
            ("Judul bahan", "Panduan Interpretasi Warisan Budaya untuk Pemandu"),
            ("Sumber", "Modul daring Balai Pelestarian Kebudayaan"),
            ("Tanggal belajar", "Jumat, 5 April 2029, pukul 07.30-09.00 WIB"),
            ("Nama", "Joko Santoso, S.Sn., Bidang Kebudayaan"),
        ]
    )
    F.p(
        "Tiga hal utama yang dipelajari: (1) cerita harus dimulai dari hal yang dapat dilihat "
        "pengunjung; (2) satu titik pemberhentian cukup memuat satu pesan utama; (3) pemandu "
        "perlu menyiapkan jawaban untuk lima pertanyaan yang paling sering diajukan."
    )
    F.p(
        "Rencana penerapan: menyusun ulang naskah pemanduan Situs Batu Berundak menjadi tujuh "
        "titik pemberhentian dengan durasi total 45 menit."
    )
    F.p("Resume ini diakui 1 JP sebagai belajar mandiri setelah diverifikasi.")
    F.p(FIKTIF, italic=True, size=8)
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ bulletin (PDF)
def render_buletin(path):
    pdf = _make_pdf(f"Buletin {PROGRAM} Edisi II/2030", bottom=18)
    pdf.running = f"Buletin {PROGRAM} Edisi II/2030"
    pdf.footer_left = f"Buletin internal {SINGKAT} {KAB} - {FIKTIF}"
    pdf.set_margins(16, 18, 16)
    pdf.add_page()
    pdf.set_fill_color(120, 60, 20)
    pdf.rect(0, 0, pdf.w, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(16, 8)
    pdf.set_font("S", "B", 22)
    pdf.cell(0, 10, f"BULETIN {PROGRAM}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 10)
    pdf.cell(
        0,
        6,
        f"Edisi II/2030 - Agustus 2030 - Kabar belajar pegawai {SINGKAT} {KAB}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)

    def heading(cols, text):
        pdf.set_font("S", "B", 12)
        pdf.set_text_color(120, 60, 20)
        cols.write(text + "\n")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 9.6)
        cols.ln(0.5)

    def para(cols, text):
        pdf.set_font("S", "", 9.6)
        cols.write(text + "\n")
        cols.ln(0.8)

    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15) as cols:
        heading(cols, "Pembelajar Teladan 2029: dari ruang diorama ke kelas bahasa")
        para(
            cols,
            f"{TELADAN}, Pamong Budaya Ahli Muda di Bidang Kebudayaan, ditetapkan "
            "sebagai Pembelajar Teladan 2029 dengan capaian 72 JP, lebih dari tiga kali target "
            "PNS tahun itu. Piagam dan uang pembinaan diserahkan Kepala Dinas pada apel pagi "
            f"hari {htgl('2030-01-21')}.",
        )
        para(
            cols,
            "Andi menyelesaikan Bahasa Inggris Pariwisata Tingkat I dan II dalam satu "
            "tahun, lalu menyusun naskah pemanduan dwibahasa untuk Situs Batu Berundak. "
            '"Saya belajar karena wisatawan asing sering bertanya hal yang tidak bisa saya '
            'jawab," katanya. Mulai penilaian 2030, Dinas akan menetapkan dua Pembelajar '
            "Teladan: satu PNS dan satu PPPK.",
        )
        heading(cols, "Jumat Belajar pamit, Kamis Belajar datang")
        para(
            cols,
            "Sejak 1 Juli 2030 waktu belajar terjadwal pindah dari Jumat pagi ke Kamis "
            "siang, pukul 13.30-15.30 WIB. Minggu terakhir setiap bulan tetap dipakai untuk "
            "rapat koordinasi bidang, jadi Kamis Belajar hanya ada tiga atau empat kali "
            "sebulan. Pada bulan pertama, rata-rata kehadiran tercatat 64 orang per pertemuan, "
            "naik dari 41 orang pada Jumat Belajar.",
        )
        heading(cols, "Angka-angka 2029")
        para(
            cols,
            f"Sepanjang 2029 tercatat {ribuan(JP_2029)} JP dari {N_PEG} pegawai. "
            f"Sebanyak {BELUM_2029} pegawai belum memenuhi target, sebagian besar PPPK di UPTD "
            "Museum dan Taman Budaya yang bertugas pada akhir pekan. Sekretariat mencatat "
            "realisasi tertinggi, sedangkan rata-rata tertinggi per pegawai dicapai Bidang "
            "Pemasaran Pariwisata, 23,7 JP.",
        )
        heading(cols, "Kenalan dengan Duta Belajar: Hendrik Manurung")
        para(
            cols,
            "Hendrik adalah Duta Belajar Unit pertama di UPTD Museum dan Taman Budaya, "
            "ditunjuk pada Juni 2030 untuk masa tugas 2030-2032. Tantangannya: separuh "
            "pegawai UPTD bekerja bergiliran pada hari Sabtu dan Minggu. Ia menyusun jadwal "
            "Kamis Belajar bergilir dalam tiga kelompok, sehingga ruang pamer tidak pernah "
            "kosong. Kelompok A belajar pada Kamis pertama, kelompok B pada Kamis kedua, dan "
            "kelompok C pada Kamis ketiga.",
        )
        heading(cols, "Kuis SI-KIDUNG berhadiah")
        para(
            cols,
            f"Sepuluh pegawai pertama yang mengunggah RBT 2031 lewat {SISTEM} sebelum "
            "15 Januari 2031 mendapat voucer buku senilai Rp100.000. Pengumuman pemenang di "
            "kanal Telegram Info SEMBADA.",
        )
        heading(cols, "Redaksi")
        para(
            cols,
            f"Penanggung jawab: {SEKRETARIS}; redaktur: {KASUBBAG}; tata letak: "
            f"{ANALIS}. Kirim tulisan ke {EMAIL} paling lambat tanggal 25 setiap bulan. " + FIKTIF,
        )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ trap (PDF)
def render_pokdarwis(path):
    pdf = _make_pdf("Pengumuman Pelatihan Pemandu Wisata Budaya Berbasis Komunitas 2030")
    pdf.add_page()
    kop(pdf)
    F = Flow(pdf)
    F.center("PENGUMUMAN", 12)
    F.center("Nomor 556/214/Disparbud-DES/2030", 10.5, style="")
    F.center("PELATIHAN PEMANDU WISATA BUDAYA BERBASIS KOMUNITAS", 11)
    F.center("BAGI ANGGOTA KELOMPOK SADAR WISATA (POKDARWIS) TAHUN 2030", 11)
    pdf.ln(3)
    F.p(
        "Bidang Destinasi Pariwisata membuka pendaftaran Pelatihan Pemandu Wisata Budaya "
        "Berbasis Komunitas bagi anggota Pokdarwis di desa wisata Kabupaten Lembah Karang. "
        "Pelatihan ini merupakan program pembinaan masyarakat, bukan bagian dari Program "
        "SEMBADA, dan tidak diperuntukkan bagi pegawai Dinas. Pegawai yang mencari pelatihan "
        "pemandu untuk ASN dipersilakan melihat katalog SEMBADA."
    )
    F.kv(
        [
            ("Peserta", "40 orang anggota Pokdarwis dari 8 desa wisata (5 orang per desa)"),
            ("Waktu", f"{htgl('2030-10-15')} s.d. {htgl('2030-10-18')}"),
            ("Jam", "pukul 08.00-16.00 WIB"),
            ("Tempat", "Balai Desa Wisata Lubuk Sirih, Kecamatan Batu Bersurat"),
            ("Jumlah jam", "32 jam pelajaran"),
            ("Biaya", "Tidak dipungut biaya; peserta mendapat uang transport Rp75.000 per hari"),
            ("Batas pendaftaran", tgl("2030-09-30")),
        ],
        label_w=38,
    )
    F.p("Persyaratan peserta:", bold=True)
    F.items(
        [
            "berusia 18-45 tahun;",
            "berdomisili di desa wisata asal dan terdaftar sebagai anggota Pokdarwis;",
            "mendapat rekomendasi dari kepala desa; dan",
            "bersedia menjadi pemandu lokal sekurang-kurangnya 1 tahun setelah pelatihan.",
        ],
        kind="ol",
    )
    F.p(
        "Materi meliputi sejarah dan cerita lokal, teknik bercerita, keselamatan pengunjung, "
        "etika memandu di situs budaya, dan praktik memandu di Situs Batu Berundak."
    )
    F.p(
        "Pendaftaran melalui kepala desa kepada Bidang Destinasi Pariwisata, narahubung "
        "Ferdinand Sihombing, WhatsApp 0821-7044-3158."
    )
    F.sign(
        [f"{KOTA}, {tgl('2030-08-26')}", "Kepala Bidang Destinasi Pariwisata,", "", KABID_DEST],
        x_off=85,
    )
    F.p(FIKTIF, italic=True, size=8)
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


def new_docx(title):
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
    cp.last_modified_by = "Subbagian Umum dan Kepegawaian"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(2.0)
        s.footer.paragraphs[0].text = FIKTIF
    return doc


def para(doc, text, bold=False, italic=False, align=None, style=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    cell._tc.get_or_add_tcPr().append(shd)


def _cell(cell, text, bold=False):
    from docx.shared import Pt

    cell.text = ""
    p = cell.paragraphs[0]
    for k, ln in enumerate(str(text).split("\n")):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.font.size = Pt(9.5)


def docx_table(doc, header, rows):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        _cell(t.rows[0].cells[j], h, bold=True)
        _shade(t.rows[0].cells[j], "E2EFD9")
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            _cell(t.rows[i].cells[j], v)
    doc.add_paragraph()
    return t


def label_table(doc, pairs):
    t = doc.add_table(rows=len(pairs), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(pairs):
        _cell(t.rows[i].cells[0], k, bold=True)
        _shade(t.rows[i].cells[0], "F2F2F2")
        _cell(t.rows[i].cells[1], v)
    doc.add_paragraph()
    return t


# ============================================================================ old circular (DOCX)
def write_se_old(path):
    doc = new_docx(f"Surat Edaran Nomor {SE_OLD_NO} tentang Jumat Belajar")
    para(doc, f"PEMERINTAH {KAB.upper()}", bold=True, align="center")
    para(doc, DINAS.upper(), bold=True, align="center")
    para(doc, f"{ALAMAT}, Telepon {TELP}", align="center")
    para(doc, "SURAT EDARAN", bold=True, align="center")
    para(doc, f"NOMOR {SE_OLD_NO}", align="center")
    para(doc, "TENTANG JUMAT BELAJAR", bold=True, align="center")
    para(doc, f"Yth. seluruh Pegawai {DINAS} {KAB}")
    doc.add_heading("1. Maksud", level=2)
    para(
        doc,
        f"Dalam rangka mendukung Program {PROGRAM} sebagaimana diatur dalam Peraturan "
        f"Kepala Dinas {OLD_NO}, setiap pegawai diberi waktu belajar terjadwal di jam "
        "kerja.",
    )
    doc.add_heading("2. Ketentuan Jumat Belajar", level=2)
    for t in [
        "Jumat Belajar dilaksanakan setiap hari Jumat pukul 07.30-09.00 WIB, setelah apel pagi.",
        "Kegiatan dilaksanakan di ruang kerja masing-masing atau di Perpustakaan Dinas, Lantai 1 "
        "Gedung A.",
        "Bentuk kegiatan: membaca buku atau modul, mengikuti kursus daring, atau diskusi "
        "kelompok di unit kerja.",
        "Setiap pertemuan diakui 1 JP dan paling banyak 6 JP per bulan.",
        "Daftar hadir ditandatangani di unit kerja dan direkap oleh sekretaris TKB setiap akhir "
        "bulan.",
        "Pada Jumat pertama setiap bulan Jumat Belajar ditiadakan karena senam bersama.",
    ]:
        para(doc, t, style="List Number")
    doc.add_heading("3. Penutup", level=2)
    para(
        doc,
        "Surat Edaran ini berlaku sejak tanggal 11 Maret 2029. Atasan langsung diminta "
        "memastikan tidak ada rapat atau tugas lain yang dijadwalkan pada waktu Jumat "
        "Belajar.",
    )
    para(doc, f"{KOTA}, {tgl('2029-03-05')}", align="right")
    para(doc, f"Kepala {DINAS},", align="right")
    para(doc, KADIS, bold=True, align="right")
    para(doc, FIKTIF, italic=True)
    doc.save(path)


# ============================================================================ SOP (DOCX)
SOP_NO = "SOP/Disparbud-UMPEG/04/2030"
SOP_STEPS = [
    (
        "1",
        "Mengikuti kegiatan belajar dan menyimpan bukti",
        "Pegawai",
        "Hari terakhir kegiatan",
        "Bukti kegiatan",
    ),
    (
        "2",
        f"Mengisi formulir laporan dan mengunggah bukti ke {SISTEM}",
        "Pegawai",
        "Paling lambat 10 hari kerja setelah kegiatan",
        "Laporan berstatus Diajukan",
    ),
    (
        "3",
        "Memeriksa kelengkapan bukti (nama, tanggal, JP, tanda tangan)",
        "Duta Belajar Unit",
        "2 hari kerja",
        "Laporan berstatus Lengkap atau Dikembalikan",
    ),
    (
        "4",
        "Memperbaiki laporan yang dikembalikan",
        "Pegawai",
        "3 hari kerja",
        "Laporan diajukan ulang",
    ),
    (
        "5",
        "Memverifikasi kebenaran bukti dan menetapkan JP yang diakui",
        "Verifikator JP",
        "3 hari kerja",
        "Laporan berstatus Terverifikasi",
    ),
    (
        "6",
        "Menyetujui laporan terlambat (lewat 10 hari kerja)",
        "Ketua TKB",
        "2 hari kerja",
        "Catatan persetujuan di sistem",
    ),
    (
        "7",
        "Menyusun rekap JP bulanan per unit",
        "Verifikator JP",
        "Tanggal 5 bulan berikutnya",
        "Rekap JP bulanan",
    ),
    (
        "8",
        "Membahas rekap dan pegawai yang tertinggal",
        "TKB",
        "Rapat triwulan",
        "Notulen dan tindak lanjut",
    ),
]


def write_sop(path):
    doc = new_docx(f"SOP Pelaporan dan Verifikasi JP melalui {SISTEM}")
    para(
        doc,
        f"STANDAR OPERASIONAL PROSEDUR PELAPORAN DAN VERIFIKASI JP MELALUI {SISTEM}",
        bold=True,
        align="center",
    )
    label_table(
        doc,
        [
            ("Nomor SOP", SOP_NO),
            ("Tanggal pembuatan", tgl("2030-06-10")),
            ("Tanggal efektif", tgl("2030-06-17")),
            ("Disahkan oleh", f"Kepala Dinas, {KADIS}"),
            ("Pelaksana", "Pegawai, Duta Belajar Unit, Verifikator JP, Ketua TKB"),
            (
                "Dasar hukum",
                f"Peraturan Kepala Dinas {OLD_NO} sebagaimana diubah dengan Peraturan "
                f"Kepala Dinas {NEW_NO}",
            ),
            (
                "Keterkaitan",
                "SOP Izin Mengikuti Kegiatan Belajar; SOP Penilaian Pembelajar Teladan",
            ),
            ("Peralatan", f"Komputer atau ponsel dengan akses {SISTEM}; pemindai"),
            (
                "Peringatan",
                "Laporan tanpa bukti yang sah tidak dapat diverifikasi; bukti palsu "
                "dilaporkan kepada atasan langsung untuk ditindaklanjuti",
            ),
            ("Pencatatan dan pendataan", f"Seluruh laporan dan bukti tersimpan di {SISTEM}"),
        ],
    )
    doc.add_heading("Uraian Prosedur", level=2)
    docx_table(doc, ["No", "Kegiatan", "Pelaksana", "Waktu", "Output"], SOP_STEPS)
    doc.add_heading("Catatan", level=2)
    for t in [
        "Jika Duta Belajar Unit sedang cuti atau dinas luar, pemeriksaan kelengkapan dilakukan "
        "langsung oleh Verifikator JP.",
        "Bukti diunggah dalam format PDF atau JPG, paling besar 5 MB per berkas.",
        "Status laporan di sistem: Draf, Diajukan, Lengkap, Dikembalikan, Terverifikasi, dan "
        "Ditolak.",
        "Laporan yang dikembalikan dua kali dan tetap tidak lengkap berstatus Ditolak.",
    ]:
        para(doc, t, style="List Bullet")
    para(doc, FIKTIF, italic=True)
    doc.save(path)


# ============================================================================ minutes (DOCX)
def write_notulen(path):
    doc = new_docx("Notulen Rapat Evaluasi SEMBADA 2029")
    para(doc, "NOTULEN RAPAT EVALUASI PROGRAM SEMBADA TAHUN 2029", bold=True, align="center")
    label_table(
        doc,
        [
            ("Hari, tanggal", htgl("2030-02-12")),
            ("Waktu", "pukul 09.00-11.45 WIB"),
            ("Tempat", "Ruang Rapat Candi, Lantai 2 Gedung A"),
            ("Pimpinan rapat", f"{SEKRETARIS} (Ketua TKB)"),
            ("Notulis", VERIFIKATOR),
            ("Peserta", "Anggota TKB, 6 perwakilan unit kerja, dan pengelola data; 17 orang hadir"),
        ],
    )
    doc.add_heading("A. Pokok Bahasan", level=2)
    for t in [
        f"Capaian JP tahun 2029: {ribuan(JP_2029)} JP dari {N_PEG} pegawai; {BELUM_2029} "
        "pegawai belum memenuhi target.",
        f"Kendala {OLD_APP}: lembar kerja sering terkunci ketika diisi bersamaan, folder bukti "
        "per unit tidak seragam, dan rekap harus disusun manual.",
        "Jumat Belajar: kehadiran rendah karena bertabrakan dengan senam dan kerja bakti.",
        "Target PPPK 12 JP dinilai terlalu rendah dibanding PNS.",
        "Usulan Pembelajar Teladan dua orang agar PPPK juga berpeluang.",
    ]:
        para(doc, t, style="List Number")
    doc.add_heading("B. Keputusan dan Tindak Lanjut", level=2)
    docx_table(
        doc,
        ["No", "Keputusan", "Penanggung jawab", "Tenggat"],
        [
            ("1", f"Mengembangkan sistem {SISTEM} pengganti {OLD_APP}", ANALIS, "31 Mei 2030"),
            (
                "2",
                "Menyusun rancangan perubahan Perkadis (target PPPK 16 JP, dua Pembelajar Teladan, "
                "Duta Belajar Unit)",
                KASUBBAG,
                "30 April 2030",
            ),
            (
                "3",
                "Mengkaji pemindahan Jumat Belajar ke hari Kamis siang",
                KABID_BUD,
                "31 Maret 2030",
            ),
            (
                "4",
                "Memanggil 4 pegawai yang dua tahun berturut-turut tidak memenuhi target",
                SEKRETARIS,
                "28 Februari 2030",
            ),
            (
                "5",
                "Menyusun KAK Pelatihan Pemandu Wisata Budaya bagi ASN",
                KABID_DEST,
                "15 Juni 2030",
            ),
        ],
    )
    doc.add_heading("C. Lain-lain", level=2)
    para(
        doc,
        f"Pembelajar Teladan 2029 ditetapkan atas nama {TELADAN} (Bidang Kebudayaan) dengan "
        "72 JP. Rapat ditutup pukul 11.45 WIB. Rapat TKB berikutnya direncanakan pada "
        "bulan Mei 2030.",
    )
    para(doc, f"{KOTA}, {tgl('2030-02-12')}. Notulis: {VERIFIKATOR}", align="right")
    para(doc, FIKTIF, italic=True)
    doc.save(path)


# ============================================================================ TOR (DOCX)
def write_kak(path):
    from docx.shared import Pt  # noqa: F401

    doc = new_docx("KAK Pelatihan Pemandu Wisata Budaya bagi ASN 2030")
    para(doc, "KERANGKA ACUAN KERJA (KAK)", bold=True, align="center")
    para(doc, "PELATIHAN PEMANDU WISATA BUDAYA BAGI ASN", bold=True, align="center")
    para(doc, f"{DINAS.upper()} {KAB.upper()} TAHUN ANGGARAN 2030", bold=True, align="center")
    doc.add_heading("1. Latar Belakang", level=2)
    para(
        doc,
        "Jumlah kunjungan wisatawan ke situs dan museum di Kabupaten Lembah Karang naik "
        "dari 184.000 orang pada 2028 menjadi 231.500 orang pada 2029. Sebagian besar "
        "pemandu di situs budaya adalah pegawai Dinas yang belum pernah mengikuti "
        "pelatihan kepemanduan. Pelatihan ini merupakan bagian dari katalog Program "
        "SEMBADA 2030 dengan kode SMB-30-04.",
    )
    doc.add_heading("2. Tujuan", level=2)
    para(
        doc,
        "Peserta mampu memandu wisatawan di situs budaya dan museum dengan narasi yang "
        "akurat, menarik, dan aman, dalam Bahasa Indonesia dan bahasa Inggris sederhana.",
    )
    doc.add_heading("3. Peserta", level=2)
    para(
        doc,
        "Peserta berjumlah 30 (tiga puluh) orang PNS dan PPPK Dinas yang bertugas "
        "sebagai pemandu, petugas informasi, atau pengelola situs, dengan prioritas "
        "pegawai UPTD Museum dan Taman Budaya. Peserta wajib telah lulus Bahasa Inggris "
        "Pariwisata Tingkat I.",
    )
    doc.add_heading("4. Waktu dan Tempat", level=2)
    label_table(
        doc,
        [
            ("Waktu", f"{htgl('2030-09-09')} s.d. {htgl('2030-09-13')}"),
            ("Jam", "pukul 08.00-16.30 WIB"),
            (
                "Tempat",
                "Balai Pelatihan Bukit Kapur, Karangsari; praktik lapangan di Situs Batu "
                "Berundak pada hari keempat",
            ),
            ("Jumlah JP", "40 JP (8 JP per hari)"),
            ("Metode", "Klasikal, simulasi, dan praktik lapangan"),
        ],
    )
    doc.add_heading("5. Jadwal", level=2)
    t = doc.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    head = ["Hari", "Waktu", "Materi", "Narasumber"]
    for j, h in enumerate(head):
        _cell(t.rows[0].cells[j], h, bold=True)
        _shade(t.rows[0].cells[j], "E2EFD9")
    sched = [
        ("Hari I", "08.00-12.00", "Kebijakan pariwisata budaya daerah", KADIS),
        ("Hari I", "13.00-16.30", "Sejarah dan cerita lokal Lembah Karang", KABID_BUD),
        ("Hari II", "08.00-16.30", "Teknik bercerita dan interpretasi warisan budaya", NARSUM),
        (
            "Hari III",
            "08.00-16.30",
            "Komunikasi lintas budaya dan bahasa Inggris pemanduan",
            NARSUM,
        ),
        ("Hari IV", "08.00-16.30", "Praktik memandu di Situs Batu Berundak", KA_UPTD),
        (
            "Hari V",
            "08.00-12.00",
            "Keselamatan pengunjung dan pertolongan pertama",
            "PMI Kabupaten Lembah Karang",
        ),
        ("Hari V", "13.00-16.30", "Ujian praktik dan penutupan", "Tim penguji"),
    ]
    for i, row in enumerate(sched, 1):
        for j, v in enumerate(row):
            _cell(t.rows[i].cells[j], v)
    # merged day cells (vertical) for Hari I and Hari V
    for a, b in ((1, 2), (6, 7)):
        merged = t.cell(a, 0).merge(t.cell(b, 0))
        _cell(merged, sched[a - 1][0])
    doc.add_paragraph()
    doc.add_heading("6. Anggaran", level=2)
    docx_table(
        doc,
        ["Komponen", "Volume", "Jumlah (Rp)"],
        [
            ("Honorarium narasumber eksternal", "16 JP x Rp600.000", "9.600.000"),
            ("Honorarium narasumber internal", "16 JP x Rp300.000", "4.800.000"),
            ("Konsumsi peserta dan panitia", "36 orang x 5 hari x Rp45.000", "8.100.000"),
            ("Sewa Balai Pelatihan Bukit Kapur", "4 hari x Rp2.500.000", "10.000.000"),
            ("Transport praktik lapangan (bus)", "2 unit x Rp1.750.000", "3.500.000"),
            ("Modul dan alat tulis", "36 paket x Rp85.000", "3.060.000"),
            ("Jumlah", "", "39.060.000"),
        ],
    )
    para(
        doc,
        "Sumber dana: DPA Dinas Tahun Anggaran 2030, sub kegiatan pengembangan kompetensi "
        "aparatur.",
    )
    doc.add_heading("7. Keluaran dan Kelulusan", level=2)
    para(
        doc,
        "Peserta dinyatakan lulus apabila hadir paling sedikit 90% dan memperoleh nilai "
        "ujian praktik paling rendah 75. Peserta yang lulus menerima sertifikat 40 JP "
        "dan wajib berbagi di Kamis Belajar unitnya dalam 30 hari.",
    )
    doc.add_heading("8. Narahubung", level=2)
    para(
        doc,
        f"Panitia: Bidang Destinasi Pariwisata bersama Subbagian Umum dan Kepegawaian. "
        f"Narahubung: Ferdinand Sihombing (WhatsApp 0821-7044-3158) dan {KASUBBAG} "
        f"(WhatsApp {WA_TKB}).",
    )
    para(
        doc,
        f"{KOTA}, {tgl('2030-06-13')}. Kepala Bidang Destinasi Pariwisata, {KABID_DEST}",
        align="right",
    )
    para(doc, FIKTIF, italic=True)
    doc.save(path)


# ============================================================================ XLSX
ANGGARAN = [
    ("Honorarium narasumber internal", 120, "JP", 300000),
    ("Honorarium narasumber eksternal", 64, "JP", 600000),
    ("Pelatihan Pemandu Wisata Budaya bagi ASN (KAK)", 1, "paket", 39060000),
    ("Bahasa Inggris Pariwisata Tingkat III (kerja sama Akademi Pariwisata)", 1, "paket", 18500000),
    (f"Hosting dan pemeliharaan {SISTEM}", 12, "bulan", 1250000),
    ("Uang pembinaan Pembelajar Teladan", 2, "orang", 2000000),
    ("Konsumsi Kamis Belajar", 40, "pertemuan", 450000),
    ("Kontribusi kegiatan belajar berbayar", 22, "orang", 2750000),
]
ANGGARAN_TOTAL = sum(a[1] * a[3] for a in ANGGARAN)

NARSUM_INTERNAL = [
    ("Joko Santoso, S.Sn.", "Bidang Kebudayaan", "Teknik Komunikasi Budaya (TKB)", 12),
    (
        "Annisa Rahmadani, S.I.Kom.",
        "Bidang Pemasaran Pariwisata",
        "Penulisan Naskah Promosi Wisata",
        16,
    ),
    (ANALIS, "Sekretariat", f"{SISTEM} untuk Duta Belajar Unit", 6),
    (TELADAN, "Bidang Kebudayaan", "Bahasa Inggris Pariwisata Tingkat I", 30),
    ("Lukas Tambunan, S.Kom.", "Bidang Ekonomi Kreatif", "Desain Grafis Promosi dengan Canva", 16),
    (KA_UPTD, "UPTD Museum dan Taman Budaya", "Kepemanduan Museum Interaktif", 16),
    (KABID_BUD, "Bidang Kebudayaan", "Sejarah dan cerita lokal Lembah Karang", 4),
]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": f"Rekap dan Anggaran Program {PROGRAM}",
            "author": f"{SINGKAT} {KAB}",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 12})
    ital = wb.add_format({"italic": True})
    hdr = wb.add_format({"bold": True, "border": 1, "bg_color": "#E2EFD9", "text_wrap": True})
    cell = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "align": "center"})
    dec = wb.add_format({"border": 1, "align": "center", "num_format": "0.0"})
    rpf = wb.add_format({"border": 1, "num_format": "#,##0"})
    tot = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    totn = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "align": "center"})
    totr = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "num_format": "#,##0"})

    ws = wb.add_worksheet("Rekap JP 2029")
    head = [
        "No",
        "Unit kerja",
        "PNS",
        "PPPK",
        "Jumlah pegawai",
        "Target JP 2029",
        "Realisasi JP 2029",
        "Rata-rata JP per pegawai",
        "Pegawai belum memenuhi target",
        "Duta Belajar Unit 2030",
    ]
    ws.merge_range("A1:J1", f"REKAP CAPAIAN JP PROGRAM {PROGRAM} PER UNIT KERJA TAHUN 2029", title)
    ws.merge_range("A2:J2", f"Sumber: {OLD_APP}, posisi 15 Desember 2029", ital)
    for j, h in enumerate(head):
        ws.write(3, j, h, hdr)
    for i, u in enumerate(UNITS):
        r, x = 4 + i, 5 + i
        n = u[2] + u[3]
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, u[0], cell)
        ws.write(r, 2, u[2], num)
        ws.write(r, 3, u[3], num)
        ws.write_formula(r, 4, f"=C{x}+D{x}", num, n)
        ws.write_formula(r, 5, f"=C{x}*20+D{x}*12", num, target29(u))
        ws.write(r, 6, u[4], num)
        ws.write_formula(r, 7, f"=ROUND(G{x}/E{x},1)", dec, round(u[4] / n + 1e-9, 1))
        ws.write(r, 8, u[5], num)
        ws.write(r, 9, u[6], cell)
    rt = 4 + len(UNITS)
    ws.write(rt, 0, "", tot)
    ws.write(rt, 1, "JUMLAH", tot)
    for j, val in (
        (2, N_PNS),
        (3, N_PPPK),
        (4, N_PEG),
        (5, sum(target29(u) for u in UNITS)),
        (6, JP_2029),
        (8, BELUM_2029),
    ):
        c = "ABCDEFGHIJ"[j]
        ws.write_formula(rt, j, f"=SUM({c}5:{c}{rt})", totn, val)
    ws.write(
        rt,
        7,
        round(JP_2029 / N_PEG + 1e-9, 1),
        wb.add_format(
            {
                "bold": True,
                "border": 1,
                "bg_color": "#F2F2F2",
                "align": "center",
                "num_format": "0.0",
            }
        ),
    )
    ws.write(rt, 9, "", tot)
    ws.set_column(1, 1, 34)
    ws.set_column(9, 9, 30)

    ws = wb.add_worksheet("Anggaran 2030")
    ws.merge_range("A1:F1", f"RINCIAN ANGGARAN PROGRAM {PROGRAM} TAHUN ANGGARAN 2030", title)
    for j, h in enumerate(["No", "Uraian", "Volume", "Satuan", "Harga satuan (Rp)", "Jumlah (Rp)"]):
        ws.write(2, j, h, hdr)
    for i, a in enumerate(ANGGARAN):
        r = 3 + i
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, a[0], cell)
        ws.write(r, 2, a[1], num)
        ws.write(r, 3, a[2], cell)
        ws.write(r, 4, a[3], rpf)
        ws.write_formula(r, 5, f"=C{r + 1}*E{r + 1}", rpf, a[1] * a[3])
    rt = 3 + len(ANGGARAN)
    ws.write(rt, 1, "JUMLAH", tot)
    ws.write_formula(rt, 5, f"=SUM(F4:F{rt})", totr, ANGGARAN_TOTAL)
    ws.set_column(1, 1, 60)
    ws.set_column(2, 5, 16)

    ws = wb.add_worksheet("Narasumber Internal")
    ws.merge_range("A1:F1", "NARASUMBER INTERNAL PROGRAM SEMBADA TAHUN 2030", title)
    for j, h in enumerate(["No", "Nama", "Unit", "Materi", "JP 2030", "Honorarium (Rp)"]):
        ws.write(2, j, h, hdr)
    for i, (nm, un, mt, jp) in enumerate(NARSUM_INTERNAL):
        r = 3 + i
        ws.write(r, 0, i + 1, num)
        ws.write(r, 1, nm, cell)
        ws.write(r, 2, un, cell)
        ws.write(r, 3, mt, cell)
        ws.write(r, 4, jp, num)
        ws.write_formula(r, 5, f"=E{r + 1}*300000", rpf, jp * 300000)
    ws.set_column(1, 3, 36)

    ws = wb.add_worksheet("Catatan")
    notes = [
        "Catatan pengolahan data",
        f"1. Data capaian 2029 diambil dari {OLD_APP} pada 15 Desember 2029, tanggal penutupan "
        "pencatatan menurut Perkadis 3/2029.",
        "2. Target JP 2029: PNS 20 JP dan PPPK 12 JP. Pejabat struktural dihitung dengan target "
        "PNS pada rekap ini.",
        "3. Pegawai tugas belajar dihitung dalam jumlah pegawai unit tetapi tidak dikenai target.",
        "4. Anggaran 2030 memakai satuan biaya Perkadis 3/2029 Pasal 10 (honor narasumber "
        "internal Rp300.000 per JP) dan uang pembinaan Rp2.000.000 menurut Perkadis 2/2030.",
        f"5. Pengolah data: {VERIFIKATOR}, ekstensi 216. Pemeriksa anggaran: {BENDAHARA}.",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t)
    ws.set_column(0, 0, 110)
    wb.close()


# ============================================================================ CSV
KUOTA_COLS = [
    "Pemandu Wisata Budaya (SMB-30-04)",
    "Bahasa Inggris Pariwisata Tingkat II (SMB-30-06)",
    "Teknik Komunikasi Budaya (SMB-30-07)",
    "Pengelolaan Cagar Budaya Lanjutan (SMB-30-09)",
    "Desain Grafis Promosi (SMB-30-10)",
]
KUOTA = [
    ("Sekretariat", 2, 4, 5, 0, 3),
    ("Bidang Destinasi Pariwisata", 6, 3, 4, 2, 2),
    ("Bidang Pemasaran Pariwisata", 3, 5, 4, 0, 6),
    ("Bidang Kebudayaan", 5, 4, 6, 9, 1),
    ("Bidang Ekonomi Kreatif", 2, 3, 3, 0, 7),
    ("UPTD Museum dan Taman Budaya", 12, 5, 3, 4, 1),
]


def kuota_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            f"Pembagian kuota peserta pelatihan {PROGRAM} per unit kerja tahun 2030 "
            "(posisi 1 Juli 2030)"
        ]
        + [""] * 6
    )
    w.writerow(["Unit kerja"] + KUOTA_COLS + ["Jumlah"])
    for row in KUOTA:
        w.writerow([row[0], *row[1:], sum(row[1:])])
    totals = [sum(r[j] for r in KUOTA) for j in range(1, 6)]
    w.writerow(["Jumlah", *totals, sum(totals)])
    w.writerow(
        [
            "# Kuota yang tidak terisi sampai batas pendaftaran dialihkan ke unit lain oleh "
            "sekretaris TKB. " + FIKTIF
        ]
    )
    return "\ufeff" + buf.getvalue()


COACHING = [
    (
        "2030-07-11",
        f"Mengunggah bukti di {SISTEM} dari ponsel",
        ANALIS,
        "Ruang Serambi Belajar",
        20,
    ),
    (
        "2030-08-08",
        "Menulis resume belajar mandiri yang diterima verifikator",
        VERIFIKATOR,
        "Ruang Serambi Belajar",
        20,
    ),
    (
        "2030-09-12",
        "Teknik presentasi untuk narasumber Kamis Belajar",
        "Annisa Rahmadani, S.I.Kom.",
        "Ruang Diorama UPTD",
        15,
    ),
    ("2030-10-10", "Menyusun rencana perbaikan belajar", KASUBBAG, "Ruang Rapat Candi", 10),
    (
        "2030-11-14",
        "Memilih e-learning gratis yang diakui",
        "Joko Santoso, S.Sn.",
        "Ruang Serambi Belajar",
        20,
    ),
    ("2030-12-12", "Persiapan RBT 2031", "Melati Sukmawati, S.E.", "Ruang Serambi Belajar", 25),
]


def coaching_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", lineterminator="\n")
    w.writerow([f"# Jadwal Coaching Clinic {PROGRAM} Semester II 2030 (bagian dari Kamis Belajar)"])
    w.writerow(["No", "Hari, tanggal", "Pukul", "Topik", "Coach", "Tempat", "Kuota peserta"])
    for i, (dd, topic, coach, place, q) in enumerate(COACHING, 1):
        w.writerow([i, htgl(dd), "13.30-15.30 WIB", topic, coach, place, q])
    w.writerow(
        [
            "# Pendaftaran melalui menu Kelas di SI-KIDUNG paling lambat H-2. Peserta "
            "diakui 2 JP per sesi. " + FIKTIF
        ]
    )
    return buf.getvalue()


TUBEL = [
    (
        "Rina Marlina Saragih, S.Par.",
        "Bidang Destinasi Pariwisata",
        "Tugas belajar",
        "S2",
        "Magister Pariwisata",
        "Universitas Negeri Karangsari",
        "September 2029",
        "Agustus 2031",
        "Beasiswa pemerintah provinsi",
    ),
    (
        "Dodi Firmansyah, S.Sn.",
        "Bidang Kebudayaan",
        "Tugas belajar",
        "S2",
        "Kajian Budaya",
        "Institut Seni Budaya Sumatera Tenggara",
        "Februari 2030",
        "Januari 2032",
        "APBD Kabupaten",
    ),
    (
        "Siti Khadijah, A.Md.",
        "UPTD Museum dan Taman Budaya",
        "Izin belajar",
        "S1",
        "Manajemen",
        "Universitas Terbuka",
        "Maret 2029",
        "Februari 2032",
        "Biaya sendiri",
    ),
    (
        "Yosef Panjaitan, A.Md.Ak.",
        "Sekretariat",
        "Izin belajar",
        "D4",
        "Akuntansi Sektor Publik",
        "Politeknik Negeri Karangsari",
        "September 2030",
        "Agustus 2032",
        "Biaya sendiri",
    ),
    (
        "Wulan Sari Dewi, S.Kom.",
        "Bidang Ekonomi Kreatif",
        "Tugas belajar",
        "S2",
        "Sistem Informasi",
        "Universitas Negeri Karangsari",
        "September 2030",
        "Agustus 2032",
        "Beasiswa kementerian",
    ),
]


def tubel_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(["# Rekap pegawai tugas belajar dan izin belajar, posisi 1 Agustus 2030"])
    w.writerow(
        [
            "No",
            "Nama",
            "Unit kerja",
            "Jenis",
            "Jenjang",
            "Program studi",
            "Perguruan tinggi",
            "Mulai",
            "Perkiraan selesai",
            "Pembiayaan",
        ]
    )
    for i, t in enumerate(TUBEL, 1):
        w.writerow([i, *t])
    w.writerow(
        [
            "# Pegawai tugas belajar tidak dikenai target JP selama masa tugas belajar. "
            "Izin belajar dilaksanakan di luar jam kerja dan tetap dikenai target. " + FIKTIF
        ]
    )
    return buf.getvalue()


# ============================================================================ YAML catalogue
KATALOG_2030 = [
    dict(
        kode="SMB-30-01",
        nama=f"Orientasi {PROGRAM} dan {SISTEM} bagi Pegawai Baru",
        penyelenggara="Subbagian Umum dan Kepegawaian",
        metode="Klasikal",
        jp=8,
        tanggal_mulai="2030-07-18",
        tanggal_selesai="2030-07-18",
        batas_pendaftaran="2030-07-12",
        lokasi="Ruang Serambi Belajar, Lantai 2 Gedung B",
        kuota=25,
        syarat="CPNS dan PPPK yang mulai bertugas sejak 1 Januari 2030",
        biaya="Tanpa biaya",
        sumber_dana="DPA Dinas 2030",
        kontak=KASUBBAG,
    ),
    dict(
        kode="SMB-30-02",
        nama="Bahasa Inggris Pariwisata Tingkat I",
        penyelenggara="Internal (narasumber Pembelajar Teladan 2029)",
        metode="Klasikal",
        jp=30,
        tanggal_mulai="2030-07-16",
        tanggal_selesai="2030-08-30",
        batas_pendaftaran="2030-07-09",
        lokasi="Ruang Serambi Belajar dan Ruang Diorama UPTD",
        kuota=24,
        syarat="Semua pegawai",
        biaya="Tanpa biaya",
        sumber_dana="DPA Dinas 2030",
        kontak=KASUBBAG,
    ),
    dict(
        kode="SMB-30-03",
        nama="Bahasa Inggris Pariwisata Tingkat III",
        penyelenggara="Akademi Pariwisata Lembah Karang",
        metode="Klasikal",
        jp=36,
        tanggal_mulai="2030-10-01",
        tanggal_selesai="2030-11-21",
        batas_pendaftaran="2030-09-16",
        lokasi="Kampus Akademi Pariwisata Lembah Karang",
        kuota=16,
        syarat="Lulus Tingkat II dengan nilai paling rendah 75",
        biaya="Dibayar Dinas melalui kerja sama",
        sumber_dana="DPA Dinas 2030",
        kontak=KASUBBAG,
    ),
    dict(
        kode="SMB-30-04",
        nama="Pelatihan Pemandu Wisata Budaya",
        penyelenggara="Bidang Destinasi Pariwisata",
        metode="Klasikal dan praktik lapangan",
        jp=40,
        tanggal_mulai="2030-09-09",
        tanggal_selesai="2030-09-13",
        batas_pendaftaran="2030-08-23",
        lokasi="Balai Pelatihan Bukit Kapur, Karangsari",
        kuota=30,
        syarat="PNS/PPPK Dinas; lulus Bahasa Inggris Pariwisata Tingkat I",
        biaya="Tanpa biaya",
        sumber_dana="DPA Dinas 2030",
        kontak="Ferdinand Sihombing",
    ),
    dict(
        kode="SMB-30-05",
        nama="Pengelolaan Koleksi Museum Lanjutan",
        penyelenggara="Balai Pelestarian Kebudayaan Wilayah Sumatera Tenggara",
        metode="Klasikal",
        jp=32,
        tanggal_mulai="2030-08-19",
        tanggal_selesai="2030-08-22",
        batas_pendaftaran="2030-08-02",
        lokasi="Museum Daerah Lembah Karang",
        kuota=12,
        syarat="Pegawai UPTD Museum dan Taman Budaya",
        biaya="Tanpa biaya",
        sumber_dana="Balai Pelestarian Kebudayaan",
        kontak=KA_UPTD,
    ),
    dict(
        kode="SMB-30-06",
        nama="Bahasa Inggris Pariwisata Tingkat II",
        penyelenggara="Internal",
        metode="Klasikal",
        jp=30,
        tanggal_mulai="2030-07-15",
        tanggal_selesai="2030-08-28",
        batas_pendaftaran="2030-07-08",
        lokasi="Ruang Serambi Belajar",
        kuota=24,
        syarat="Lulus Tingkat I dengan nilai paling rendah 70",
        biaya="Tanpa biaya",
        sumber_dana="DPA Dinas 2030",
        kontak=KASUBBAG,
    ),
    dict(
        kode="SMB-30-07",
        nama="Teknik Komunikasi Budaya (TKB)",
        penyelenggara="Internal",
        metode="Klasikal",
        jp=24,
        tanggal_mulai="2030-10-07",
        tanggal_selesai="2030-10-16",
        batas_pendaftaran="2030-09-27",
        lokasi="Ruang Serambi Belajar",
        kuota=25,
        syarat="Pegawai yang melayani wisatawan atau pelaku seni; dua angkatan",
        biaya="Tanpa biaya",
        sumber_dana="DPA Dinas 2030",
        kontak="Joko Santoso, S.Sn.",
    ),
    dict(
        kode="SMB-30-08",
        nama="Kepemimpinan Pengawas Muda",
        penyelenggara="BPSDM Provinsi Sumatera Tenggara",
        metode="Klasikal",
        jp=40,
        tanggal_mulai="2030-11-04",
        tanggal_selesai="2030-11-08",
        batas_pendaftaran="2030-10-11",
        lokasi="Kampus BPSDM Provinsi",
        kuota=4,
        syarat="Pejabat pengawas",
        biaya="Rp3.250.000 per orang",
        sumber_dana="DPA Dinas 2030",
        kontak=KASUBBAG,
    ),
    dict(
        kode="SMB-30-09",
        nama="Pengelolaan Cagar Budaya Lanjutan",
        penyelenggara="Bidang Kebudayaan",
        metode="Klasikal dan kunjungan lapangan",
        jp=24,
        tanggal_mulai="2030-10-22",
        tanggal_selesai="2030-10-24",
        batas_pendaftaran="2030-10-08",
        lokasi="Situs Batu Berundak",
        kuota=15,
        syarat="Lulus Pengelolaan Cagar Budaya Dasar",
        biaya="Tanpa biaya",
        sumber_dana="DPA Dinas 2030",
        kontak=KABID_BUD,
    ),
    dict(
        kode="SMB-30-10",
        nama="Desain Grafis Promosi dengan Canva",
        penyelenggara="Bidang Ekonomi Kreatif",
        metode="Praktik",
        jp=16,
        tanggal_mulai="2030-08-06",
        tanggal_selesai="2030-08-07",
        batas_pendaftaran="2030-07-30",
        lokasi="Lab Komputer Lantai 3 Gedung A",
        kuota=20,
        syarat="Membawa laptop",
        biaya="Tanpa biaya",
        sumber_dana="DPA Dinas 2030",
        kontak="Lukas Tambunan, S.Kom.",
    ),
    dict(
        kode="SMB-30-11",
        nama="Pengadaan Barang/Jasa Tingkat Dasar",
        penyelenggara="BPSDM Provinsi Sumatera Tenggara",
        metode="Daring",
        jp=32,
        tanggal_mulai="2030-08-12",
        tanggal_selesai="2030-08-16",
        batas_pendaftaran="2030-07-26",
        lokasi="Daring (Zoom)",
        kuota=3,
        syarat="Calon pejabat pengadaan",
        biaya="Rp2.800.000 per orang",
        sumber_dana="DPA Dinas 2030",
        kontak=KASUBBAG,
    ),
    dict(
        kode="SMB-30-12",
        nama="Analisis Data Kunjungan Wisata dengan Spreadsheet",
        penyelenggara="Internal",
        metode="Praktik",
        jp=16,
        tanggal_mulai="2030-11-19",
        tanggal_selesai="2030-11-20",
        batas_pendaftaran="2030-11-08",
        lokasi="Lab Komputer Lantai 3 Gedung A",
        kuota=20,
        syarat="Membawa laptop",
        biaya="Tanpa biaya",
        sumber_dana="DPA Dinas 2030",
        kontak=ANALIS,
    ),
]


def katalog_yaml():
    def q(v):
        if isinstance(v, int):
            return str(v)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(v)):
            v = tgl(v)
        return '"' + str(v).replace('"', '\\"') + '"'

    out = [
        f"# Katalog pelatihan Program {PROGRAM} tahun 2030. {FIKTIF}",
        "# Catatan: di katalog ini TKB adalah singkatan pelatihan Teknik Komunikasi Budaya.",
        "catalog:",
        f'  title: "Katalog Pelatihan {PROGRAM} 2030"',
        f'  note: "Pendaftaran melalui menu Katalog di {SISTEM}. {FIKTIF}"',
        "trainings:",
    ]
    for t in KATALOG_2030:
        first = True
        for k, v in t.items():
            out.append(("  - " if first else "    ") + f"{k}: {q(v)}")
            first = False
    return "\n".join(out) + "\n"


# ============================================================================ HTML
CSS = """<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;background:#f6f2ec}
header.top{background:#783c14;color:#fff;padding:10px 24px}
header.top a{color:#fff;margin-right:14px;text-decoration:none}
main{max-width:940px;margin:20px auto;background:#fff;padding:20px 32px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #bbb;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#efe3d3}
footer{font-size:12px;color:#666;text-align:center;padding:16px}
</style>"""

NAV = f"""<header class="top">
<strong>Intranet {SINGKAT} {KAB}</strong>
<nav><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/sembada">SEMBADA</a>
<a href="/festival">Festival Lembah Karang</a><a href="/museum">Museum</a>
<a href="/unduhan">Unduhan</a><a href="/kontak">Kontak</a></nav>
</header>"""

FOOT = f"""<footer>
{DINAS} {KAB} &middot; {ALAMAT} &middot; Telepon {TELP}<br>
&copy; 2030 Subbagian Umum dan Kepegawaian &middot; {FIKTIF}
</footer>"""


def _page(title, body, crumbs):
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n{CSS}\n</head>\n<body>\n{NAV}\n<main>\n"
        f'<p class="crumb">{crumbs}</p>\n{body}\n</main>\n{FOOT}\n</body>\n</html>\n'
    )


def berita_html():
    body = f"""<article>
<h1>{SISTEM} resmi diluncurkan, {OLD_APP} pensiun</h1>
<p class="meta">Ditulis oleh Tim Humas Internal &middot; {htgl("2030-06-03")}</p>
<p>Kepala Dinas, {KADIS}, meluncurkan {SISTEM} ({SISTEM_LONG}) pada {htgl("2030-06-03")} pukul
09.00 WIB di Aula Balai Seni Karangsari. Peluncuran dihadiri 96 pegawai dan keenam Duta Belajar
Unit yang baru ditunjuk.</p>
<p>{SISTEM} menggantikan {OLD_APP}, lembar kerja daring yang dipakai sejak 2029. Sebanyak 1.246
entri kegiatan belajar dari {OLD_APP} telah dipindahkan oleh Verifikator JP sebelum peluncuran.
"Tidak ada lagi lembar kerja yang terkunci karena diisi bersamaan," kata {ANALIS}, pengembang
sekaligus pengelola sistem.</p>
<h2>Fitur utama</h2>
<ul>
<li>Pengajuan laporan kegiatan belajar dengan unggah bukti PDF atau JPG (paling besar 5 MB).</li>
<li>Dasbor capaian JP pribadi dan per unit yang diperbarui setiap malam pukul 23.00 WIB.</li>
<li>Menu Katalog untuk mendaftar pelatihan {PROGRAM} 2030.</li>
<li>Pindai kode QR untuk daftar hadir Kamis Belajar.</li>
<li>Notifikasi status laporan melalui pos-el dinas.</li>
</ul>
<h2>Cara masuk</h2>
<p>Buka <a href="{URL_KIDUNG}">{URL_KIDUNG}</a>, masuk dengan NIP (PPPK memakai NI PPPK) dan kata
sandi awal yang dikirim ke pos-el dinas masing-masing. Kata sandi wajib diganti pada saat masuk
pertama kali dan minimal terdiri dari 10 karakter.</p>
<h2>Bantuan</h2>
<p>Layanan bantuan {SISTEM} dibuka Senin-Jumat pukul 08.00-15.00 WIB melalui WhatsApp
{WA_HELP} atau pos-el {EMAIL_HELP}. Di luar jam tersebut, pertanyaan dijawab pada hari kerja
berikutnya.</p>
</article>
<aside><h3>Berita lain</h3><ul><li>Festival Lembah Karang 2030 digelar Oktober</li>
<li>Museum Daerah buka sampai pukul 20.00 WIB setiap Sabtu</li></ul></aside>"""
    return _page(f"{SISTEM} resmi diluncurkan", body, "Beranda &rsaquo; Berita &rsaquo; SEMBADA")


def jadwal_htm():
    rows = [
        (
            "Bahasa Inggris Pariwisata Tingkat I",
            [
                (
                    "Angkatan I",
                    "16 Juli-29 Agustus 2030",
                    "Selasa dan Kamis, 15.45-17.15 WIB",
                    "Ruang Serambi Belajar",
                    "12",
                ),
                (
                    "Angkatan II",
                    "17 Juli-30 Agustus 2030",
                    "Rabu dan Jumat, 07.30-09.00 WIB",
                    "Ruang Diorama UPTD",
                    "12",
                ),
            ],
        ),
        (
            "Bahasa Inggris Pariwisata Tingkat II",
            [
                (
                    "Angkatan I",
                    "15 Juli-28 Agustus 2030",
                    "Senin dan Rabu, 15.45-17.15 WIB",
                    "Ruang Serambi Belajar",
                    "12",
                ),
                (
                    "Angkatan II",
                    "15 Juli-28 Agustus 2030",
                    "Senin dan Rabu, 07.30-09.00 WIB",
                    "Ruang Rapat Candi",
                    "12",
                ),
            ],
        ),
        (
            "Bahasa Inggris Pariwisata Tingkat III",
            [
                (
                    "Angkatan I",
                    "1 Oktober-21 November 2030",
                    "Selasa dan Kamis, 15.45-17.30 WIB",
                    "Kampus Akademi Pariwisata Lembah Karang",
                    "16",
                )
            ],
        ),
        (
            "Teknik Komunikasi Budaya (TKB)",
            [
                (
                    "Angkatan I",
                    "7-9 Oktober 2030",
                    "08.00-16.00 WIB",
                    "Ruang Serambi Belajar",
                    "13",
                ),
                (
                    "Angkatan II",
                    "14-16 Oktober 2030",
                    "08.00-16.00 WIB",
                    "Ruang Serambi Belajar",
                    "12",
                ),
            ],
        ),
        (
            "Desain Grafis Promosi dengan Canva",
            [
                (
                    "Angkatan I",
                    "6-7 Agustus 2030",
                    "08.00-15.00 WIB",
                    "Lab Komputer Lantai 3 Gedung A",
                    "20",
                )
            ],
        ),
    ]
    trs = []
    for name, batches in rows:
        for k, (ang, tg, pk, tmp, kq) in enumerate(batches):
            first = f'<td rowspan="{len(batches)}">{name}</td>' if k == 0 else ""
            if len(batches) == 1:
                first = f"<td>{name}</td>"
            trs.append(
                f"<tr>{first}<td>{ang}</td><td>{tg}</td><td>{pk}</td><td>{tmp}</td>"
                f"<td>{kq}</td></tr>"
            )
    body = f"""<h1>Jadwal dan Lokasi Kelas {PROGRAM} Semester II 2030</h1>
<p>Jadwal kelas internal yang berlangsung lebih dari satu hari atau terbagi dalam beberapa
angkatan. Pembagian angkatan ditetapkan sekretaris TKB berdasarkan pilihan peserta di
{SISTEM}. Peserta hanya boleh mengikuti satu angkatan.</p>
<table>
<thead>
<tr><th rowspan="2">Pelatihan</th><th rowspan="2">Angkatan</th><th colspan="2">Waktu</th>
<th rowspan="2">Tempat</th><th rowspan="2">Kuota</th></tr>
<tr><th>Tanggal</th><th>Hari dan pukul</th></tr>
</thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<p>Catatan: di jadwal ini TKB adalah singkatan pelatihan Teknik Komunikasi Budaya, bukan Tim
Kendali Belajar. Kelas yang jatuh pada hari libur nasional diganti pada hari yang sama minggu
berikutnya.</p>"""
    return _page(
        f"Jadwal Kelas {PROGRAM} Semester II 2030", body, "Beranda &rsaquo; SEMBADA &rsaquo; Jadwal"
    )


TG_MESSAGES = [
    (
        "2030-06-03",
        "08:15",
        "Admin SEMBADA",
        f"{SISTEM} sudah bisa diakses mulai hari ini di {URL_KIDUNG}. Masuk pakai NIP, kata sandi "
        "awal dikirim ke pos-el dinas.",
    ),
    (
        "2030-06-20",
        "10:02",
        "Admin SEMBADA",
        "Pendaftaran Pelatihan Pemandu Wisata Budaya (SMB-30-04) untuk ASN dibuka sampai 23 Agustus "
        "2030 lewat menu Katalog. Kuota 30 orang, prioritas pegawai UPTD.",
    ),
    (
        "2030-07-01",
        "07:30",
        "Admin SEMBADA",
        "Mulai hari ini Jumat Belajar resmi diganti Kamis Belajar, setiap Kamis pukul 13.30-15.30 "
        "WIB. Absen lewat pindai QR di SI-KIDUNG.",
    ),
    (
        "2030-07-22",
        "16:40",
        "Admin SEMBADA",
        "Kamis Belajar tanggal 25 Juli 2030 ditiadakan karena minggu terakhir bulan (rapat "
        "koordinasi bidang).",
    ),
    (
        "2030-08-05",
        "09:12",
        "Admin SEMBADA",
        "Kelas Desain Grafis Promosi 6-7 Agustus dipindah ke Lab Komputer Lantai 3 Gedung B.",
    ),
    (
        "2030-08-05",
        "11:30",
        "Admin SEMBADA",
        "RALAT: Lab Komputer ada di Lantai 3 Gedung A, bukan Gedung B. Mohon maaf atas "
        "kekeliruan info sebelumnya.",
    ),
    (
        "2030-09-02",
        "14:05",
        "Admin SEMBADA",
        "Daftar peserta Pelatihan Pemandu Wisata Budaya sudah terbit di SI-KIDUNG: 30 peserta "
        "utama dan 6 peserta cadangan. Peserta cadangan dipanggil paling lambat 5 September 2030.",
    ),
    (
        "2030-11-25",
        "08:00",
        "Admin SEMBADA",
        "Pengingat: pencatatan laporan JP tahun 2030 ditutup 20 Desember 2030 pukul 23.59 WIB. "
        "Laporan setelah itu masuk tahun 2031.",
    ),
]


def telegram_html():
    msgs = []
    for i, (dd, hm, who, text) in enumerate(TG_MESSAGES, 1):
        x = d(dd)
        stamp = f"{x.day:02d}.{x.month:02d}.{x.year} {hm}:00 UTC+07:00"
        msgs.append(f"""<div class="message default clearfix" id="message{i}">
<div class="pull_left userpic_wrap"><div class="userpic"><div class="initials">AS</div></div></div>
<div class="body">
<div class="pull_right date details" title="{stamp}">{hm}</div>
<div class="from_name">{who}</div>
<div class="text">{text}</div>
</div>
</div>""")
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8"/>\n'
        '<title>Exported Data</title>\n</head>\n<body>\n<div class="page_wrap">\n'
        '<div class="page_header"><div class="content"><div class="text bold">Info SEMBADA'
        '</div></div></div>\n<div class="page_body chat_page">\n<div class="history">\n'
        '<div class="message service" id="message0"><div class="body details">'
        "Kanal Info SEMBADA - "
        + FIKTIF
        + "</div></div>\n"
        + "\n".join(msgs)
        + "\n</div>\n</div>\n</div>\n</body>\n</html>\n"
    )


# ============================================================================ Markdown
def faq_md():
    qa = [
        (
            "Berapa target JP saya tahun ini?",
            "PNS 20 JP per tahun, PPPK 16 JP per tahun (naik dari 12 JP sejak Perkadis 2/2030), "
            "dan pejabat administrator serta pengawas 24 JP per tahun.",
        ),
        (
            "Sampai kapan laporan kegiatan belajar harus masuk?",
            f"Paling lambat 10 hari kerja setelah kegiatan berakhir, melalui {SISTEM}. Laporan yang "
            "terlambat hanya diterima dengan persetujuan Ketua TKB.",
        ),
        (
            "Bukti apa yang harus diunggah?",
            "Sertifikat, surat keterangan, lembar sesi coaching, atau resume, dalam format PDF atau "
            "JPG, paling besar 5 MB per berkas.",
        ),
        (
            "Kapan pencatatan tahun ini ditutup?",
            "Tanggal 20 Desember. Sebelumnya (Perkadis 3/2029) pencatatan ditutup 15 Desember.",
        ),
        (
            "Siapa Duta Belajar Unit saya?",
            "Setiap unit punya satu Duta Belajar Unit yang ditunjuk kepala unit kerja untuk masa "
            "tugas dua tahun. Daftar nama ada di lembar Rekap JP 2029 pada berkas rekap SEMBADA, "
            "atau tanyakan ke sekretaris TKB.",
        ),
        (
            "Apa itu Kamis Belajar?",
            "Waktu belajar terjadwal setiap Kamis pukul 13.30-15.30 WIB, menggantikan Jumat "
            "Belajar sejak 1 Juli 2030. Paling banyak 8 JP per bulan diakui.",
        ),
        (
            "Saya mau ikut pelatihan berbayar Rp3.250.000. Siapa yang menyetujui?",
            "Karena di atas Rp3.000.000 per orang, perlu persetujuan Kepala Dinas atas usul "
            "Sekretaris Dinas. Setiap pegawai dibiayai paling banyak dua kegiatan berbayar per "
            "tahun anggaran.",
        ),
        (
            "Apakah TKB di katalog sama dengan TKB di Perkadis?",
            "Tidak. Di Perkadis dan buku panduan, TKB adalah Tim Kendali Belajar. Di katalog dan "
            "jadwal kelas 2030, TKB adalah pelatihan Teknik Komunikasi Budaya (kode SMB-30-07).",
        ),
        (
            "Berapa hadiah Pembelajar Teladan?",
            "Mulai penilaian tahun 2030 ada dua Pembelajar Teladan (satu PNS, satu PPPK), "
            "masing-masing menerima piagam dan uang pembinaan Rp2.000.000.",
        ),
        (
            "Saya baru ikut pelatihan 24 JP. Apa kewajiban saya?",
            "Berbagi pengetahuan paling lambat 30 hari kalender setelah pelatihan. Sejak Juli 2030 "
            "kegiatan berbagi dilaksanakan dalam Kamis Belajar di unit masing-masing.",
        ),
        (
            "Saya PPPK dan sedang izin belajar S1. Apakah tetap kena target?",
            "Ya. Izin belajar dilaksanakan di luar jam kerja, jadi target tetap berlaku. Yang "
            "dibebaskan dari target hanya pegawai tugas belajar dan cuti di luar tanggungan negara.",
        ),
        (
            "Apakah pelatihan pemandu untuk Pokdarwis bisa saya ikuti?",
            "Tidak. Pelatihan Pemandu Wisata Budaya Berbasis Komunitas adalah program pembinaan "
            "masyarakat oleh Bidang Destinasi Pariwisata. Pegawai mendaftar Pelatihan Pemandu "
            "Wisata Budaya (SMB-30-04) di katalog SEMBADA.",
        ),
        (
            f"Lupa kata sandi {SISTEM}?",
            f"Pilih Lupa Kata Sandi di halaman masuk; tautan atur ulang dikirim ke pos-el dinas dan "
            f"berlaku 30 menit. Jika pos-el dinas tidak aktif, hubungi WhatsApp {WA_HELP}.",
        ),
        (
            "Berapa JP untuk Duta Belajar Unit?",
            "Tugas Duta Belajar Unit diakui 6 JP per tahun (Pasal 12A ayat (4)).",
        ),
    ]
    out = [
        "---",
        f"title: Tanya Jawab Program {PROGRAM} 2030",
        "---",
        "",
        f"# Tanya Jawab Program {PROGRAM} 2030",
        "",
        f"Disusun oleh sekretariat TKB, pembaruan terakhir {tgl('2030-07-08')}. Jawaban "
        f"mengikuti Perkadis {OLD_NO} sebagaimana diubah dengan Perkadis {NEW_NO}.",
        "",
    ]
    for i, (q, a) in enumerate(qa, 1):
        out += [f"## {i}. {q}", "", a, ""]
    out += [f"_{FIKTIF}_", ""]
    return "\n".join(out)


def panduan_md():
    return f"""# Panduan Pengisian {SISTEM}

Panduan singkat untuk pegawai dan Duta Belajar Unit. Versi aplikasi 1.1, {tgl("2030-07-15")}.

## 1. Masuk ke sistem

1. Buka {URL_KIDUNG} dari peramban Chrome, Firefox, atau Edge versi terbaru.
2. Isi NIP (PPPK: NI PPPK) dan kata sandi.
3. Pada masuk pertama, ganti kata sandi awal dengan kata sandi minimal 10 karakter.
4. Sesi otomatis berakhir setelah 20 menit tanpa aktivitas.

## 2. Mengajukan laporan kegiatan belajar

1. Pilih menu **Laporan Belajar**, lalu **Tambah Laporan**.
2. Pilih jenis kegiatan; JP terisi otomatis untuk jenis dengan pengakuan tetap (misalnya
   seminar 2 JP).
3. Isi tanggal mulai, tanggal selesai, penyelenggara, dan ringkasan manfaat (minimal 50 kata).
4. Unggah bukti (PDF atau JPG, paling besar 5 MB). Dari ponsel, foto sertifikat bisa langsung
   diambil dengan kamera.
5. Tekan **Ajukan**. Status berubah dari Draf menjadi Diajukan.

Draf yang tidak diajukan dalam 14 hari terhapus otomatis.

## 3. Arti status laporan

| Status | Arti | Siapa yang bertindak |
|---|---|---|
| Draf | Belum diajukan | Pegawai |
| Diajukan | Menunggu pemeriksaan kelengkapan | Duta Belajar Unit |
| Lengkap | Lolos pemeriksaan, menunggu verifikasi | Verifikator JP |
| Dikembalikan | Perlu diperbaiki dalam 3 hari kerja | Pegawai |
| Terverifikasi | JP diakui dan masuk dasbor | - |
| Ditolak | Dikembalikan dua kali dan tetap tidak lengkap | - |

## 4. Menu Katalog

Pendaftaran pelatihan 2030 dilakukan melalui menu **Katalog**. Pendaftaran membutuhkan
persetujuan atasan langsung di sistem; notifikasi dikirim ke atasan secara otomatis. Setelah
batas pendaftaran, sekretaris TKB menetapkan peserta utama dan cadangan.

## 5. Untuk Duta Belajar Unit

- Menu **Periksa** menampilkan laporan berstatus Diajukan dari unit Anda.
- Batas pemeriksaan 2 hari kerja; lewat dari itu laporan otomatis diteruskan ke Verifikator JP.
- Rekap unit dapat diunduh dalam format XLSX setiap tanggal 1.

## 6. Bantuan

WhatsApp {WA_HELP} atau pos-el {EMAIL_HELP}, Senin-Jumat pukul 08.00-15.00 WIB.

_{FIKTIF}_
"""


def changelog_md():
    return f"""# Catatan Rilis {SISTEM}

## Versi 1.3 - {tgl("2030-11-04")}
- Menu **Rencana Belajar** untuk menyusun RBT 2031 langsung di sistem (RBT tidak lagi dipindai).
- Batas ukuran bukti tetap 5 MB.

## Versi 1.2 - {tgl("2030-09-02")}
- Penetapan peserta utama dan cadangan pelatihan dari menu Katalog.
- Perbaikan: dasbor unit UPTD tidak menghitung PPPK (dilaporkan 20 Agustus 2030).

## Versi 1.1 - {tgl("2030-07-01")}
- Pindai kode QR untuk daftar hadir Kamis Belajar.
- Unggah foto sertifikat langsung dari kamera ponsel.
- Sesi otomatis berakhir setelah 20 menit tanpa aktivitas (sebelumnya 60 menit).

## Versi 1.0 - {tgl("2030-06-03")}
- Rilis pertama: laporan belajar, verifikasi berjenjang, dasbor JP, menu Katalog.
- Migrasi 1.246 entri dari {OLD_APP}.

_{FIKTIF}_
"""


# ============================================================================ plain text
def wa_txt():
    lines = [
        "[08/07/30 07.58] Yulia Kasubbag: Selamat pagi Duta Belajar semua. Mulai bulan ini "
        "rekap unit dikirim tiap tanggal 5 ya, bukan akhir bulan.",
        "[08/07/30 08.03] Hendrik UPTD: Siap bu. Utk UPTD Kamis Belajar kami bagi 3 kelompok "
        "(A, B, C) krn ada yg jaga museum",
        "[08/07/30 08.05] Melati Sekretariat: Bu, laporan yg terlambat siapa yg setujui?",
        "[08/07/30 08.09] Yulia Kasubbag: Ketua TKB, Bu Rosmaini. Ajukan lewat SI-KIDUNG, ada "
        "tombol Minta Persetujuan Terlambat.",
        "[08/07/30 09.40] Joko Kebudayaan: Info, kelas TKB angkatan I mulai 30 September",
        "[08/07/30 09.52] Joko Kebudayaan: Koreksi: TKB (Teknik Komunikasi Budaya) angkatan I "
        "mulai 7 Oktober, bukan 30 September. Maaf salah ketik",
        "[08/07/30 10.15] Annisa Pemasaran: Pak Joko, kuota bidang Pemasaran utk TKB berapa?",
        "[08/07/30 10.20] Joko Kebudayaan: 4 orang bu, sesuai pembagian kuota per unit",
        "[15/07/30 13.02] Ferdinand Destinasi: Teman2, pendaftaran pemandu wisata budaya yg utk "
        "ASN ditutup 23 Agustus. Yg utk Pokdarwis itu beda ya, jangan didaftarkan di SI-KIDUNG",
        "[15/07/30 13.10] Putri Ekraf: Berarti honor narasumber internal skrg 350rb/JP ya?",
        "[15/07/30 13.14] Yulia Kasubbag: Bukan, masih Rp300.000 per JP. Pasal 10 tidak diubah "
        "di Perkadis 2/2030",
        "[15/07/30 13.15] Putri Ekraf: Oke siap, makasih bu",
        "[22/07/30 16.05] Yulia Kasubbag: Pengingat rapat Duta Belajar Selasa 30 Juli pukul "
        "10.00 WIB di Ruang Rapat Candi",
        "[22/07/30 16.20] Yulia Kasubbag: Ralat: rapat Duta Belajar pindah ke Rabu 31 Juli 2030, "
        "jam dan tempat tetap",
        "[22/07/30 16.31] Hendrik UPTD: Noted bu",
        f"-- {FIKTIF}",
    ]
    head = 'Grup WhatsApp "Duta Belajar SEMBADA" - ekspor obrolan Juli 2030\n\n'
    return head + "\n".join(lines) + "\n"


def email_txt():
    return f"""Subject: Re: Re: Konfirmasi narasumber Pelatihan Pemandu Wisata Budaya (SMB-30-04)
From: {KASUBBAG} <{EMAIL}>
To: Margaretha Simanjuntak <margaretha.s@bpsdm.sumteng.go.id>
Date: Kamis, 22 Agustus 2030 14.21 WIB

Ibu Margaretha yang kami hormati,

Terima kasih atas konfirmasinya. Kami catat Ibu mengisi Hari II dan Hari III (10 dan 11
September 2030), masing-masing 8 JP, pukul 08.00-16.30 WIB di Balai Pelatihan Bukit Kapur.
Honorarium narasumber eksternal Rp600.000 per JP, jadi total 16 JP. Penjemputan dari Bandara
Karang Permai dilakukan oleh Pak Ferdinand pada Senin, 9 September pukul 17.00 WIB.

Mohon bahan tayang dikirim paling lambat 2 September 2030 agar dapat dicetak sebagai modul.

Salam,
{KASUBBAG}
Sekretaris TKB

> From: Margaretha Simanjuntak
> Date: Rabu, 21 Agustus 2030 19.05 WIB
>
> Ibu Yulia, saya bersedia. Hanya saja Hari III saya minta dimulai pukul 09.00
> karena ada apel di kantor pagi itu. Apakah bisa?
>
>> From: {KASUBBAG}
>> Date: Senin, 19 Agustus 2030 10.12 WIB
>>
>> Ibu Margaretha, kami mengundang Ibu sebagai narasumber materi teknik bercerita dan
>> komunikasi lintas budaya pada Pelatihan Pemandu Wisata Budaya bagi ASN, 9-13 September
>> 2030. Peserta 30 orang.

---
Balasan tambahan, Jumat, 23 Agustus 2030 08.40 WIB, dari {KASUBBAG}:
Ibu, permintaan Ibu kami setujui: Hari III dimulai pukul 09.00 WIB dan selesai pukul 16.30 WIB.
Materi pagi Hari III digeser satu jam. {FIKTIF}
"""


def _w_text(fn):
    def w(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(fn())

    return w


# ============================================================================ registry
DOCS = {
    "panduan-sembada-2029": ("pdf", render_pedoman),
    "perkadis-3-2029-sembada": ("pdf", render_reg_old),
    "perkadis-2-2030-perubahan-sembada": ("pdf", render_reg_new),
    "se-kamis-belajar-2030": ("pdf", render_se_new),
    "buletin-sembada-edisi-2-2030": ("pdf", render_buletin),
    "pengumuman-pelatihan-pemandu-pokdarwis-2030": ("pdf", render_pokdarwis),
    "se-jumat-belajar-2029": ("docx", write_se_old),
    "sop-pelaporan-jp-sikidung": ("docx", write_sop),
    "notulen-rapat-evaluasi-sembada-2029": ("docx", write_notulen),
    "kak-pelatihan-pemandu-wisata-budaya-asn-2030": ("docx", write_kak),
    "rekap-anggaran-sembada": ("xlsx", write_xlsx),
    "kuota-pelatihan-per-unit-2030": ("csv", _w_text(kuota_csv)),
    "jadwal-coaching-clinic-2030": ("csv", _w_text(coaching_csv)),
    "rekap-tugas-belajar-2030": ("csv", _w_text(tubel_csv)),
    "katalog-pelatihan-sembada-2030": ("yaml", _w_text(katalog_yaml)),
    "berita-peluncuran-sikidung": ("html", _w_text(berita_html)),
    "jadwal-kelas-sembada-semester-2-2030": ("htm", _w_text(jadwal_htm)),
    "kanal-telegram-info-sembada": ("html", _w_text(telegram_html)),
    "faq-sembada-2030": ("md", _w_text(faq_md)),
    "panduan-pengisian-sikidung": ("md", _w_text(panduan_md)),
    "catatan-rilis-sikidung": ("md", _w_text(changelog_md)),
    "grup-wa-duta-belajar-juli-2030": ("txt", _w_text(wa_txt)),
    "email-narasumber-pemandu-wisata-2030": ("txt", _w_text(email_txt)),
}
# the trap: a community training whose name is close to the staff training
TRAPS = {"pengumuman-pelatihan-pemandu-pokdarwis-2030"}

# out-of-scope questions: strings a tempting wrong answer would state, absent from every document
OOS_ABSENT = {
    "zf901": ["uang saku"],
    "zf902": ["bnsp", "sertifikat kompetensi"],
    "zf904": ["dinas pendidikan"],
    "zf905": ["denda"],
    "zf906": ["pembelajar teladan 2030"],
    "zf907": ["tingkat iv"],
    "zf908": ["lembur"],
    "zf909": ["tiket pesawat", "penerbangan"],
    "zf910": ["asuransi", "premi"],
    "zf911": ["sewa aula"],
    "zf913": ["nilai minimal lulus teknik komunikasi"],
    "zf914": ["pendaftaran sanggar", "festival lembah karang 2030 ditutup"],
    "zf915": ["hari minggu", "setiap minggu pukul"],
    "zf916": ["tunjangan"],
    "zf917": ["honorer", "non asn", "non-asn"],
    "zf918": ["anggaran 2029", "tahun anggaran 2029"],
    "zf919": ["whatsapp verifikator", "wa verifikator"],
    "zf920": ["zoom.us"],
    "zf921": ["bukit raya", "disbudpar"],
    "zf922": ["pemandu wisata budaya 2031"],
    "zf923": ["pembuatan aplikasi", "pengembangan aplikasi"],
    "zf924": ["nilai rata-rata"],
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


class _Strip:
    """Minimal HTML to text: drop script, style and nav, keep the text of everything else."""

    BLOCK = ("p", "li", "tr", "h1", "h2", "h3", "br", "div", "dt", "dd", "ul", "ol")

    def __init__(self):
        from html.parser import HTMLParser

        outer = self

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag in ("script", "style", "nav"):
                    outer.skip += 1
                elif tag in outer.BLOCK:
                    outer.out.append("\n")
                elif tag in ("td", "th"):
                    outer.out.append(" ")

            def handle_endtag(self, tag):
                if tag in ("script", "style", "nav"):
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


def _ingest_path():
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)


def doc_text(stem):
    """Text of a document as a reader would extract it (pypdf for PDFs, as ingest does)."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "docx":
        import docx

        dd = docx.Document(path)
        lines = _docx_lines(dd)
        lines += [p.text for p in dd.sections[0].footer.paragraphs]
        return "\n".join(lines)
    if ext == "xlsx":
        import openpyxl

        _ingest_path()
        from ingest.workbook import cell_text

        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(f"## {ws.title}")
            for row in ws.iter_rows():
                cells = [cell_text(c.value, c.number_format) for c in row]
                if any(cells):
                    out.append("\t".join(cells).rstrip())
        return "\n".join(out) + "\n"
    with open(path, encoding="utf-8-sig") as f:
        raw = f.read()
    if ext in ("html", "htm"):
        return _Strip().text(raw)
    return raw


def ingest_text(stem):
    """The text Pandu's ingest makes of the document (titles, headings and sections)."""
    _ingest_path()
    from ingest.loaders import load_file

    path = path_of(stem)
    with open(path, "rb") as f:
        loaded = load_file(__import__("pathlib").Path(path), f.read())
    parts = [loaded.title]
    for s in loaded.sections:
        parts += [" ".join(s.heading) if isinstance(s.heading, list) else str(s.heading), s.text]
    return "\n".join(parts)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2013", "-")
    s = s.replace("\u2014", "-").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


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
    "old-value",
    "correction",
    "why",
    "yesno",
    "roman",
    "words",
    "range",
    "contact",
    "trap",
    "typo",
}


def _header_counts():
    with open(QUESTIONS, encoding="utf-8") as f:
        head = "".join(ln for ln in f if ln.startswith("#"))
    m = re.search(
        r"zf001-zf(\d{3}) answerable, zf901-zf(\d{3}) out of scope "
        r"\(zf901-zf(\d{3}) near, zf(\d{3})-zf(\d{3}) far\)",
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
    errors, warnings = [], []
    ids = [q.get("id") for q in qs]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        errors.append(f"duplicate question ids: {dup}")
    texts, itexts = {}, {}
    for stem in DOCS:
        if not os.path.exists(path_of(stem)):
            errors.append(f"missing document {stem}")
            continue
        texts[stem] = norm(doc_text(stem))
        if norm(FIKTIF) not in texts[stem]:
            errors.append(f"{stem}: fiction notice missing")
        try:
            itexts[stem] = norm(ingest_text(stem))
        except Exception as exc:  # noqa: BLE001 - reported, not fatal: ingest is not ours
            warnings.append(f"{stem}: ingest could not load it ({exc.__class__.__name__}: {exc})")
    everything = " ".join(texts.values())
    hc = _header_counts()
    if hc is None:
        errors.append("header comment with the question counts not found")
    per_first = dict.fromkeys(DOCS, 0)
    tags_count = {}
    n_ans = n_two = n_near = n_far = 0
    ans_ids = []
    for q in qs:
        if set(q) != {"id", "q", "expected", "facts", "tags"}:
            errors.append(f"{q.get('id')}: keys must be id, q, expected, facts, tags")
            continue
        qid, exp, facts, tags = q["id"], q["expected"], q["facts"], q["tags"]
        for t in tags:
            tags_count[t] = tags_count.get(t, 0) + 1
            if t not in TAGS:
                errors.append(f"{qid}: unknown tag {t!r}")
        if len(set(tags)) != len(tags):
            errors.append(f"{qid}: duplicate tags")
        if not isinstance(q["q"], str) or not q["q"].strip():
            errors.append(f"{qid}: empty question")
        if not tags or tags[0] not in ("casual", "formal"):
            errors.append(f"{qid}: first tag must be casual|formal")
        num = int(qid[2:]) if re.fullmatch(r"zf\d{3}", qid) else 0
        if not exp or "oos" in tags:
            if exp or facts or "oos" not in tags:
                errors.append(f"{qid}: out-of-scope question needs [] expected, [] facts, oos")
            if not 901 <= num <= 999:
                errors.append(f"{qid}: out-of-scope ids are zf901..")
            if "near" in tags:
                n_near += 1
                if hc and not hc["near_ids"][0] <= num <= hc["near_ids"][1]:
                    errors.append(f"{qid}: near id outside the header's near range")
            elif "far" in tags:
                n_far += 1
                if hc and not hc["far_ids"][0] <= num <= hc["far_ids"][1]:
                    errors.append(f"{qid}: far id outside the header's far range")
            else:
                errors.append(f"{qid}: oos needs near|far")
            for s in OOS_ABSENT.get(qid, []):
                if norm(s) in everything:
                    errors.append(f"{qid}: tempting fact {s!r} is stated in a document")
            continue
        if not 1 <= num <= 899:
            errors.append(f"{qid}: answerable ids are zf001..zf899")
        ans_ids.append(num)
        n_ans += 1
        if not 1 <= len(facts) <= 5:
            errors.append(f"{qid}: answerable questions need 1-5 facts")
        if "two-part" in tags:
            n_two += 1
            if len(facts) != 2:
                errors.append(f"{qid}: two-part question needs exactly two facts")
        elif len(facts) >= 2 and "list" not in tags:
            errors.append(f"{qid}: several facts need tag two-part or list")
        if len(set(exp)) != len(exp):
            errors.append(f"{qid}: duplicate expected ids")
        for e in exp:
            if e not in DOCS:
                errors.append(f"{qid}: unknown document {e}")
        first = exp[0]
        if first not in texts:
            continue
        per_first[first] += 1
        ql = norm(q["q"])
        for fact in facts:
            alts = fact if isinstance(fact, list) else [fact]
            nfs = [norm(str(a)) for a in alts]
            if any(len(nf.split()) > 8 for nf in nfs):
                errors.append(f"{qid}: fact {fact!r} longer than 8 words")
            if not any(nf in texts[first] for nf in nfs):
                errors.append(f"{qid}: fact {fact!r} not found in {first}")
            elif first in itexts and not any(nf in itexts[first] for nf in nfs):
                warnings.append(f"{qid}: fact {fact!r} in {first} but not in ingest's text")
            if any(nf in ql for nf in nfs):
                errors.append(f"{qid}: fact {fact!r} appears verbatim in the question")
    if ans_ids != list(range(1, len(ans_ids) + 1)):
        errors.append("answerable ids must run zf001, zf002, ... without gaps, in order")
    for stem, n in per_first.items():
        if n < 4:
            errors.append(f"document {stem} is first expected of only {n} questions (need >= 4)")
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
    pages = None
    try:
        from pypdf import PdfReader

        pages = len(PdfReader(path_of("panduan-sembada-2029")).pages)
        if pages < 20:
            errors.append(f"handbook has only {pages} pages (need >= 20)")
    except Exception as exc:  # noqa: BLE001
        errors.append(f"handbook unreadable: {exc}")
    print(
        f"documents: {len(DOCS)} in {len(exts)} formats; handbook {pages} pages; questions: "
        f"{len(qs)} (answerable {n_ans}, two-part {n_two}, out of scope {n_near} near + "
        f"{n_far} far)"
    )
    print(
        "tags: " + ", ".join(f"{k}={v}" for k, v in sorted(tags_count.items(), key=lambda x: -x[1]))
    )
    print("questions per document (first expected):")
    for stem in DOCS:
        mark = "  (trap)" if stem in TRAPS else ""
        print(f"  {per_first[stem]:3d}  {stem}.{DOCS[stem][0]}{mark}")
    for w in warnings:
        print("  warning: " + w)
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
    if "--text" in argv or "--ingest-text" in argv:
        fn = ingest_text if "--ingest-text" in argv else doc_text
        names = [a for a in argv if not a.startswith("--")]
        for stem in DOCS:
            if names and stem not in names:
                continue
            print(f"===== {stem}.{DOCS[stem][0]} =====")
            print(fn(stem))
        return 0
    write_documents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
