#!/usr/bin/env python3
"""Generate the documents of the fictional "agency S" evaluation set.

Agency S: Dinas Sosial Provinsi Lembah Seruni (fictional province, capital Kota Tanjung Seruni,
WIB time zone). Staff: JF Pekerja Sosial (Ahli Pertama/Muda/Madya), JF Penyuluh Sosial, staff of
three UPTD (PSTW "Griya Lansia Sejahtera" for the elderly, PSAA "Tunas Bangsa" for children, BRS
"Bina Pulih" for former drug users) working in three shifts, the Balai Diklat Kesejahteraan Sosial
(BDKS, catalogue KS-101..KS-124, portal "SERUNI BELAJAR"), PPPK full and part time, structural
officials; TAGANA volunteers and PKH facilitators are not ASN (no JP). Mentoring programme TITIAN
(pamong / peserta, forms TT-1..TT-3); post-training forms FPP-S1..FPP-S4; certification of case
managers (Keputusan 400.9.2/0457/DINSOS/2026 revokes Keputusan 460/1123/DINSOS/2022); community
of practice "Lingkar Kasus Seruni"; minutes of 8 April 2026 that move dates, venues, a deadline
and quotas. Everything is fictional ("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_s/:
  pedoman-pengembangan-kompetensi-dinsos-2026.pdf   handbook, numbered headings 1. / 1.1 / 1.1.1
  se-pengembangan-kompetensi-pegawai-shift-2026.pdf  Surat Edaran, numbered points, lampiran table
  paparan-sosialisasi-titian-2026.pdf                slide deck (landscape, one title per page)
  kepkadis-sertifikasi-manajer-kasus-2026.pdf        new certification decree (digits)
  kepkadis-pendamping-kasus-bersertifikat-2022.docx  old certification decree (numbers in words)
  sop-laporan-pasca-pelatihan-bdks.docx              SOP, procedure table and numbered flow
  pengumuman-peserta-uji-manajer-kasus-gel-i-2026.docx  selected participants (merged header)
  notulen-rapat-koordinasi-bdks-april-2026.docx      minutes, table "Semula | Menjadi"
  matriks-kompetensi-jabatan-dinsos-2026.xlsx        matrix, JP per unit per quarter, notes
  realisasi-pelatihan-triwulan-i-2026.csv            ';', decimal commas, dates dd/mm/yyyy
  kalender-kegiatan-bdks-2026.csv                    calendar with date ranges ("3–5 Februari 2026")
  kuota-peserta-non-asn-2026.csv                     TAGANA / PKH quotas per kabupaten/kota
  portal-seruni-belajar.html                         <dl> glossary, nested lists, <details> FAQ
  katalog-bdks-2026.md                               long Markdown table (front matter)
  tanya-jawab-pendampingan-titian.md                 Q&A log of the mentoring programme
  email-peserta-non-asn-ks-118.txt                   forwarded e-mail thread with quoted replies
  grup-wa-psaa-tunas-bangsa-mei-2026.txt             WhatsApp group chat with timestamps

Usage:
  python make_agency_s.py              # write all documents
  python make_agency_s.py --text       # source text of every document
  python make_agency_s.py --text NAME  # only the document whose file stem is NAME
  python make_agency_s.py --check      # check questions_agency_s.yaml against the documents
"""

import csv
import datetime
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_agency_g import (  # noqa: E402
    BR,
    H1,
    H2,
    C,
    L,
    P,
    T,
    _fix_zip_times,
    check_question_set,
    make_docx,
    print_texts,
    rp,
    tgl,
    to_text,
)

OUT = os.path.join(HERE, "agency_s")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 9, 1, 8, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------- the agency
DINAS = "Dinas Sosial Provinsi Lembah Seruni"
KADIS = "Dra. Hj. Ratna Kumalasari, M.Si."
KADIS_NIP = "19710423 199603 2 003"
SEKRETARIS = "Drs. Agus Salim Wiranegara, M.AP."
SEKRETARIS_NIP = "19730611 199903 1 005"
KABDKS = "Dr. Yuliani Paramitha, M.Kesos."
KABDKS_NIP = "19790915 200501 2 008"
KASI_DIKLAT = "Rahmat Hidayatullah, S.Sos."
KASUBAG_UK = "Hendrik Wijaya Saputra, S.E."
KABID_REHSOS = "Nurhayati Rahmawati, S.Sos., M.Si."
KABID_LINJAMSOS = "Ahmad Taufik Hidayat, S.ST., M.Kesos."
KABID_DAYASOS = "Sri Wahyuni Lestari, S.Sos."
KA_PSTW = "Wahyuningsih Pratiwi, S.Sos."
KA_PSAA = "Rudi Hartono Prasetya, S.ST."
KA_BRS = "Fransiska Indah Permatasari, S.Psi., M.Psi."
KOORD_TITIAN = "Fitriani Kusuma Dewi, S.Sos., M.Kesos."
KOORD_SERT = "Irene Puspitasari, S.Tr.Sos., M.Kesos."
KOORD_LINGKAR = "Dwi Astuti Handayani, S.ST., M.Kesos."
KASI_BENCANA = "Joko Susilo Pranoto, S.E."
KORWIL_PKH = "Melati Sukmawati, S.Sos."
ADMIN_PORTAL = "Bayu Aji Nugroho, S.Kom."
OLD_CONTACT = "Slamet Riyadi Kusnanto, S.Sos."

WA_BDKS = "0812-6650-2417"
WA_HELPDESK = "0813-7740-9182"
WA_TITIAN = "0852-6677-3105"
WA_SERT = "0812-7733-1946"
WA_LINGKAR = "0821-7045-6638"
WA_KASUBAG = "0811-7520-3341"
WA_KASI_DIKLAT = "0813-6612-0874"
WA_BENCANA = "0852-7310-4456"
WA_PKH = "0822-6048-7719"
TELP_KANTOR = "(0765) 441-230"
TELP_BDKS = "(0765) 443-118"
EMAIL_BDKS = "balaidiklat@dinsos.lembahseruni.contoh"
EMAIL_HELPDESK = "helpdesk.serunibelajar@dinsos.lembahseruni.contoh"
PORTAL = "serunibelajar.dinsos.lembahseruni.contoh"

KANTOR = "Jalan Pahlawan Kemerdekaan Nomor 45, Tanjung Seruni"
BDKS_ALAMAT = "Jalan Kenanga Nomor 17, Tanjung Seruni"
AULA_BDKS = "Aula Cempaka, Balai Diklat Kesejahteraan Sosial"
LAB_BDKS = "Ruang Praktik Asuhan, Balai Diklat Kesejahteraan Sosial"
WISMA = "Wisma Diklat Seruni"
RAPAT_MELATI = "Ruang Rapat Melati, Kantor Dinas Sosial lantai 2"
AULA_PSAA = "Aula UPTD PSAA Tunas Bangsa"

PSTW = 'UPTD Panti Sosial Tresna Werdha "Griya Lansia Sejahtera"'
PSAA = 'UPTD Panti Sosial Asuhan Anak "Tunas Bangsa"'
BRS = 'UPTD Balai Rehabilitasi Sosial "Bina Pulih"'

KEP_BARU = "400.9.2/0457/DINSOS/2026"
KEP_LAMA = "460/1123/DINSOS/2022"
KEP_PEDOMAN = "800.2/0112/DINSOS/2026"
SE_NO = "800.2/0389/DINSOS/2026"

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


# --------------------------------------------------------------------------- PDF renderers
def _pdf_base(title, orientation="P"):
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, f"{title} - dokumen fiktif, untuk evaluasi - halaman {self.page_no()}",
                      align="C")

    pdf = Doc(orientation=orientation, format="A4")
    pdf.set_title(title)
    pdf.set_creation_date(FIXED_DATE)
    return pdf


def _pdf_table(pdf, val, font=10, line=5.6):
    from fpdf.fonts import FontFace

    w = pdf.epw
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", font + 0.5)
    pdf.multi_cell(w, 6, val["caption"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", font)
    scale = w / sum(val["widths"])
    nhead = 2 if val["header2"] else 1
    with pdf.table(col_widths=[x * scale for x in val["widths"]], line_height=line,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   num_heading_rows=nhead, repeat_headings=1, text_align="LEFT") as table:
        if val["header2"]:
            row = table.row()
            spanned = set()
            col = 0
            for label, span in val["header2"]:
                if span == 1:
                    row.cell(label, rowspan=2)
                    spanned.add(col)
                else:
                    row.cell(label, colspan=span, align="C")
                col += span
            row = table.row()
            for i, c in enumerate(val["header"]):
                if i not in spanned:
                    row.cell(c)
        else:
            row = table.row()
            for c in val["header"]:
                row.cell(c)
        for r in val["rows"]:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)


def make_pdf_s(blocks, path, title):
    """Portrait document: h1 "1." left, h2 "1.1" left, h2 "1.1.1" smaller; list items that start
    with two spaces are sub-bullets (deeper indent)."""
    pdf = _pdf_base(title)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    w = pdf.epw
    for kind, val in blocks:
        if kind == "center":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(w, 8, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h1":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(w, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.ln(2)
            if re.match(r"^\d+\.\d+\.\d+ ", val):
                pdf.set_font("Helvetica", "BI", 11)
            else:
                pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(w, 7, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(w, 6.2, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
        elif kind == "list":
            pdf.set_font("Helvetica", "", 11)
            for it in val:
                ind = 14 if it.startswith("  ") else 6
                pdf.set_x(pdf.l_margin + ind)
                pdf.multi_cell(w - ind, 6.2, it.strip(), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2)
        elif kind == "table":
            _pdf_table(pdf, val)
        elif kind == "pagebreak":
            pdf.add_page()
    pdf.output(path)
    return pdf.page_no()


def make_slides(blocks, path, title):
    """Slide-deck-like PDF: landscape pages, every h1 starts a new slide with a big title."""
    pdf = _pdf_base(title, "L")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=18)
    w = pdf.epw
    first = True
    for kind, val in blocks:
        if kind == "h1":
            pdf.add_page()
            first = False
            pdf.set_fill_color(30, 90, 120)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 22)
            pdf.multi_cell(w, 13, val, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(6)
            continue
        if first:
            pdf.add_page()
            first = False
        if kind == "center":
            pdf.set_font("Helvetica", "B", 26)
            pdf.multi_cell(w, 14, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("Helvetica", "B", 17)
            pdf.multi_cell(w, 10, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 15)
            pdf.multi_cell(w, 8.5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "list":
            pdf.set_font("Helvetica", "", 16)
            for it in val:
                ind = 18 if it.startswith("  ") else 6
                pdf.set_x(pdf.l_margin + ind)
                pdf.multi_cell(w - ind, 9, it.strip(), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
        elif kind == "table":
            _pdf_table(pdf, val, font=13, line=8)
    pdf.output(path)
    return pdf.page_no()


def d(y, m, dd):
    """'Senin, 2 Februari 2026'."""
    return tgl(y, m, dd)


def h(y, m, dd):
    """Day name only."""
    return HARI[datetime.date(y, m, dd).weekday()]

# --------------------------------------------------------------------------- catalogue
# code, name, target group, JP, method, sessions [(label, date range text, day text)], venue,
# quota per session, prerequisite, open to non-ASN
KATALOG = [
    ("KS-101", "Orientasi Pelayanan Sosial bagi Pegawai Baru",
     "CPNS, PPPK penuh waktu, PPPK paruh waktu, dan pegawai mutasi masuk", 16, "klasikal",
     [("Angkatan I", "13–14 Januari 2026", "Selasa–Rabu"),
      ("Angkatan II", "4–5 Agustus 2026", "Selasa–Rabu")], "Aula Cempaka BDKS", "30", "-", False),
    ("KS-102", "Kode Etik dan Nilai Dasar Pekerjaan Sosial",
     "pekerja sosial, penyuluh sosial, pengasuh panti, relawan TAGANA, pendamping PKH", 8,
     "e-learning mandiri", [("Kelas terbuka", "5 Januari–30 November 2026", "-")],
     "portal SERUNI BELAJAR", "tidak dibatasi", "-", True),
    ("KS-103", "Asesmen Psikososial Terpadu", "Pekerja Sosial Ahli Pertama dan Ahli Muda", 24,
     "klasikal + praktik", [("Angkatan I", "3–5 Februari 2026", "Selasa–Kamis"),
                            ("Angkatan II", "22–24 September 2026", "Selasa–Kamis")],
     "Aula Cempaka BDKS", "25", "KS-102", False),
    ("KS-104", "Komunikasi Efektif dan Konseling Dasar",
     "pekerja sosial, penyuluh sosial, pengasuh panti, konselor adiksi", 16, "klasikal",
     [("Angkatan I", "24–25 Februari 2026", "Selasa–Rabu"),
      ("Angkatan II", "13–14 Oktober 2026", "Selasa–Rabu")], "Aula Cempaka BDKS", "30", "-",
     False),
    ("KS-105", "Pelindungan Anak dan Penanganan Kekerasan terhadap Anak",
     "pekerja sosial dan pengasuh PSAA Tunas Bangsa", 30,
     "blended (6 JP daring + 24 JP klasikal)", [("Angkatan I", "9–13 Februari 2026",
                                                 "Senin–Jumat")],
     "Zoom (9 Feb) dan Aula Cempaka BDKS", "25", "KS-102", False),
    ("KS-106", "Perawatan Sosial Lanjut Usia", "pramu lansia dan perawat sosial PSTW", 24,
     "klasikal + praktik di panti", [("Angkatan I", "16–18 Juni 2026", "Selasa–Kamis")],
     "UPTD PSTW Griya Lansia Sejahtera", "20", "-", False),
    ("KS-107", "Penanganan Lansia dengan Demensia",
     "pegawai PSTW dan pekerja sosial pendamping lansia", 16, "klasikal",
     [("Angkatan I", "21–22 Juli 2026", "Selasa–Rabu")], "Aula Cempaka BDKS", "20", "KS-106",
     False),
    ("KS-108", "Rehabilitasi Sosial Berbasis Masyarakat bagi Eks Penyalahguna NAPZA",
     "pegawai BRS Bina Pulih dan pekerja sosial", 24, "klasikal",
     [("Angkatan I", "23–25 Juni 2026", "Selasa–Kamis")], "Aula Cempaka BDKS", "20", "-", False),
    ("KS-109", "Konseling Adiksi Dasar", "konselor adiksi dan pekerja sosial BRS Bina Pulih", 40,
     "klasikal + praktik", [("Angkatan I", "10–14 Agustus 2026", "Senin–Jumat")],
     "UPTD BRS Bina Pulih", "16", "KS-104", False),
    ("KS-110", "Penyuluhan Sosial Partisipatif", "Penyuluh Sosial semua jenjang", 24,
     "klasikal + praktik lapangan", [("Angkatan I", "9–11 Juni 2026", "Selasa–Kamis")],
     "Aula Cempaka BDKS", "25", "-", False),
    ("KS-111", "Pengelolaan Data Terpadu Kesejahteraan Sosial (DTKS) dan SIKS-NG",
     "operator data, pelaksana Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", 16,
     "daring (Zoom)", [("Angkatan I", "10–11 Maret 2026", "Selasa–Rabu"),
                       ("Angkatan II", "3–4 November 2026", "Selasa–Rabu")], "Zoom", "40", "-",
     False),
    ("KS-112", "Manajemen Kasus Dasar",
     "Pekerja Sosial Ahli Pertama, Ahli Muda, dan PPPK pekerja sosial", 32, "klasikal",
     [("Angkatan I", "3–6 Maret 2026", "Selasa–Jumat"),
      ("Angkatan II", "1–4 September 2026", "Selasa–Jumat")], "Aula Cempaka BDKS", "24",
     "KS-103", False),
    ("KS-113", "Manajemen Kasus Lanjut",
     "Pekerja Sosial Ahli Muda dan Ahli Madya bersertifikat Kualifikasi Pratama", 24, "klasikal",
     [("Angkatan I", "27–29 Oktober 2026", "Selasa–Kamis")], "Aula Cempaka BDKS", "16",
     "KS-112 dan sertifikat Kualifikasi Pratama", False),
    ("KS-114", "Pengasuhan Alternatif dan Reunifikasi Keluarga",
     "pekerja sosial dan pengasuh PSAA Tunas Bangsa", 16, "klasikal",
     [("Angkatan I", "28–29 Juli 2026", "Selasa–Rabu")], "Aula Cempaka BDKS", "25", "-", False),
    ("KS-115", "Penulisan Laporan Sosial dan Dokumentasi Kasus",
     "pekerja sosial dan penyuluh sosial", 12, "daring (Zoom)",
     [("Angkatan I", "20–21 Januari 2026", "Selasa–Rabu"),
      ("Angkatan II", "17–18 November 2026", "Selasa–Rabu")], "Zoom", "40", "-", False),
    ("KS-116", "Pengasuhan Berbasis Trauma untuk Pengasuh Panti",
     "pengasuh PSAA dan pramu lansia PSTW", 24, "klasikal",
     [("Angkatan I", "5–7 Mei 2026", "Selasa–Kamis"),
      ("Angkatan II", "8–10 September 2026", "Selasa–Kamis")], "Aula Cempaka BDKS", "25", "-",
     False),
    ("KS-117", "Pertolongan Pertama dan Kegawatdaruratan di Panti",
     "seluruh pegawai shift UPTD panti", 12, "klasikal + simulasi",
     [("Angkatan I", "27–28 Januari 2026", "Selasa–Rabu"),
      ("Angkatan II", "7–8 Juli 2026", "Selasa–Rabu"),
      ("Angkatan III", "1–2 Desember 2026", "Selasa–Rabu")], "Ruang Praktik Asuhan BDKS", "30",
     "-", False),
    ("KS-118", "Dukungan Psikososial Awal (DPA) pada Situasi Bencana",
     "pekerja sosial, penyuluh sosial, relawan TAGANA, pendamping PKH", 24,
     "klasikal + simulasi", [("Angkatan I", "14–16 April 2026", "Selasa–Kamis")],
     "Aula Cempaka BDKS", "40 (20 ASN + 20 non-ASN)", "-", True),
    ("KS-119", "Manajemen Pos Pengungsian dan Dapur Umum",
     "relawan TAGANA dan pegawai Bidang Perlindungan dan Jaminan Sosial", 16,
     "klasikal + praktik lapangan", [("Angkatan I", "18–19 Agustus 2026", "Selasa–Rabu")],
     "Lapangan BDKS dan Aula Cempaka", "40", "-", True),
    ("KS-120", "Pendampingan Pertemuan Peningkatan Kemampuan Keluarga (P2K2)",
     "pendamping PKH dan penyuluh sosial", 16, "klasikal",
     [("Angkatan I", "12–13 Mei 2026", "Selasa–Rabu"),
      ("Angkatan II", "20–21 Oktober 2026", "Selasa–Rabu")], "Aula Cempaka BDKS", "35", "-",
     True),
    ("KS-121", "Kepemimpinan Pelayanan Sosial bagi Pejabat Struktural",
     "pejabat administrator dan pejabat pengawas", 20, "klasikal",
     [("Angkatan I", "25–27 Agustus 2026", "Selasa–Kamis")], "Aula Cempaka BDKS", "20", "-",
     False),
    ("KS-122", "Pelatihan Pamong dan Supervisi Reflektif",
     "calon pamong TITIAN, Pekerja Sosial Ahli Muda dan Ahli Madya", 16, "klasikal",
     [("Angkatan I", "15–16 Januari 2026", "Kamis–Jumat"),
      ("Angkatan II", "14–15 Juli 2026", "Selasa–Rabu")], "Aula Cempaka BDKS", "15", "-",
     False),
    ("KS-123", "Penulisan Praktik Baik dan Penelitian Sosial Sederhana",
     "pejabat fungsional semua jenjang", 16, "blended (4 JP daring + 12 JP klasikal)",
     [("Angkatan I", "10–12 November 2026", "Selasa–Kamis")], "Zoom dan Aula Cempaka BDKS",
     "20", "-", False),
    ("KS-124", "Literasi Digital dan Pelindungan Data Klien", "seluruh pegawai dan non-ASN", 6,
     "e-learning mandiri", [("Kelas terbuka", "5 Januari–30 November 2026", "-")],
     "portal SERUNI BELAJAR", "tidak dibatasi", "-", True),
]
KAT = {k[0]: k for k in KATALOG}

# =========================================================================== PEDOMAN (long PDF)
TARGET = [
    ["1", "JF Pekerja Sosial Ahli Pertama", "30 JP", "12 JP teknis pekerjaan sosial",
     "KS-102, KS-103, KS-112"],
    ["2", "JF Pekerja Sosial Ahli Muda", "32 JP", "12 JP manajemen kasus", "KS-112 atau KS-113"],
    ["3", "JF Pekerja Sosial Ahli Madya", "36 JP", "8 JP supervisi atau pengajaran", "KS-122"],
    ["4", "JF Penyuluh Sosial (semua jenjang)", "28 JP", "10 JP penyuluhan", "KS-110"],
    ["5", "Pengasuh dan pramu lansia UPTD panti (shift)", "24 JP",
     "8 JP pertolongan pertama atau penanganan krisis", "KS-117, KS-116"],
    ["6", "Konselor adiksi BRS Bina Pulih", "28 JP", "12 JP konseling adiksi", "KS-109"],
    ["7", "Pejabat administrator", "26 JP", "8 JP kepemimpinan", "KS-121"],
    ["8", "Pejabat pengawas", "24 JP", "8 JP kepemimpinan", "KS-121"],
    ["9", "Kepala Dinas (JPT Pratama)", "20 JP", "-", "-"],
    ["10", "Pelaksana kantor dan operator data", "20 JP", "-", "KS-124"],
    ["11", "PPPK penuh waktu", "sama dengan jabatannya", "dibiayai Dinas paling banyak 24 JP",
     "sesuai jabatan"],
    ["12", "PPPK paruh waktu", "10 JP", "boleh seluruhnya e-learning", "KS-124"],
    ["13", "Relawan TAGANA dan pendamping PKH", "tidak ada target", "bukan ASN", "-"],
]

KONVERSI = [
    ["Webinar atau seminar daring paling singkat 2 jam", "2 JP per kegiatan", "8 JP",
     "sertifikat"],
    ["Workshop atau lokakarya", "5 JP per hari", "15 JP", "sertifikat dan laporan singkat"],
    ["Modul e-learning SERUNI BELAJAR", "sesuai modul", "4 JP per hari", "tercatat otomatis"],
    ["Lingkar Kasus Seruni - peserta", "2 JP per pertemuan", "16 JP", "presensi"],
    ["Lingkar Kasus Seruni - penyaji kasus", "4 JP per penyajian", "12 JP", "bahan paparan"],
    ["Lingkar Kasus Seruni - fasilitator", "3 JP per pertemuan", "9 JP", "presensi"],
    ["TITIAN - peserta", "2 JP per sesi", "20 JP per program", "Jurnal TT-2"],
    ["TITIAN - pamong", "1,5 JP per sesi", "15 JP per program", "Jurnal TT-2"],
    ["Coaching oleh atasan (sebagai coach)", "2 JP per sesi", "8 JP", "catatan coaching"],
    ["Supervisi kasus oleh Pekerja Sosial Ahli Madya", "2 JP per sesi", "12 JP",
     "lembar supervisi"],
    ["Magang di UPTD atau lembaga lain", "10 JP per pekan", "30 JP", "surat keterangan magang"],
    ["Narasumber atau pengajar", "3 JP per kegiatan", "12 JP", "surat undangan"],
    ["Kaji ulang pascarespons bencana", "2 JP per kegiatan", "6 JP", "notulen kaji ulang"],
    ["Tulisan praktik baik di buletin Warta Seruni", "4 JP per tulisan", "8 JP",
     "tautan terbitan"],
    ["Tugas shift di panti dan penugasan tanggap darurat", "tidak dikonversi", "-", "-"],
]

SHIFT_PEDOMAN = [
    ["Shift Pagi", "07.00 - 14.00 WIB", "serah terima 06.45 WIB"],
    ["Shift Siang", "14.00 - 21.00 WIB", "serah terima 13.45 WIB"],
    ["Shift Malam", "21.00 - 07.00 WIB", "serah terima 20.45 WIB"],
]

ANGGARAN = [
    ("Penyelenggaraan pelatihan katalog BDKS (KS-101 s.d. KS-124)", 612_400_000),
    ("Uji sertifikasi manajer kasus (2 gelombang, 32 peserta)", 43_200_000),
    ("Program TITIAN (honorarium pamong dan Gelar Karya)", 54_000_000),
    ("Lingkar Kasus Seruni", 12_600_000),
    ("Pengiriman pegawai ke pelatihan eksternal", 145_000_000),
    ("Konsumsi dan bahan pelatihan peserta non-ASN", 97_500_000),
    ("Konten dan pemeliharaan portal SERUNI BELAJAR", 38_750_000),
    ("Penghargaan Insan Pembelajar Seruni", 7_500_000),
]
ANGGARAN_TOTAL = sum(x for _a, x in ANGGARAN)

KONTAK = [
    ["Balai Diklat Kesejahteraan Sosial (pendaftaran, jadwal)", KASI_DIKLAT, WA_BDKS],
    ["Helpdesk portal SERUNI BELAJAR (akun, e-learning)", ADMIN_PORTAL, WA_HELPDESK],
    ["Program TITIAN", KOORD_TITIAN, WA_TITIAN],
    ["Sertifikasi manajer kasus", KOORD_SERT, WA_SERT],
    ["Lingkar Kasus Seruni", KOORD_LINGKAR, WA_LINGKAR],
    ["Rekap JP dan kepegawaian", KASUBAG_UK, WA_KASUBAG],
    ["Peserta relawan TAGANA", KASI_BENCANA, WA_BENCANA],
]


def _lampiran1_rows():
    return [[k, n, f"{jp}", "ya" if na else "tidak"] for k, n, _s, jp, *_r, na in KATALOG]


PEDOMAN = [
    C("PEDOMAN"),
    C("PENGEMBANGAN KOMPETENSI PEGAWAI"),
    C("DINAS SOSIAL PROVINSI LEMBAH SERUNI"),
    C("TAHUN 2026"),
    P(""),
    P(
        "Ditetapkan dengan Keputusan Kepala Dinas Sosial Provinsi Lembah Seruni Nomor "
        f"{KEP_PEDOMAN} tanggal 12 Januari 2026."
    ),
    P(
        FIKTIF + " Provinsi Lembah Seruni, Kota Tanjung Seruni, seluruh nama orang, unit, nomor "
        "keputusan, nomor telepon, dan angka dalam pedoman ini adalah rekaan dan tidak merujuk "
        "pada instansi yang sebenarnya."
    ),
    P(f"Diterbitkan oleh Balai Diklat Kesejahteraan Sosial, {BDKS_ALAMAT}."),
    BR(),
    H1("KATA PENGANTAR"),
    P(
        "Pelayanan sosial menuntut pegawai yang tidak hanya menguasai prosedur, tetapi juga "
        "mampu hadir bagi lanjut usia terlantar, anak yang kehilangan pengasuhan, klien "
        "rehabilitasi, dan keluarga miskin dengan sikap yang hormat dan aman. Pedoman ini "
        "disusun agar setiap pegawai Dinas Sosial Provinsi Lembah Seruni, termasuk pegawai UPTD "
        "panti yang bekerja dalam tiga shift, memperoleh kesempatan belajar yang adil dan "
        "terencana."
    ),
    P(
        "Pedoman ini menggantikan Pedoman Pendidikan dan Pelatihan Pegawai Dinas Sosial Tahun "
        "2019, yang belum mengatur PPPK paruh waktu, program pendampingan pegawai baru, komunitas "
        "praktik, sertifikasi manajer kasus, dan keikutsertaan relawan TAGANA serta pendamping "
        "PKH dalam pelatihan Balai Diklat."
    ),
    P(f"Tanjung Seruni, 12 Januari 2026. Kepala Dinas Sosial Provinsi Lembah Seruni, {KADIS}"),
    BR(),
    H1("DAFTAR ISI"),
    L(
        "1. Pendahuluan",
        "2. Istilah dan Singkatan",
        "3. Kewajiban dan Target Jam Pelajaran",
        "4. Perencanaan Pengembangan Kompetensi",
        "5. Bentuk, Jalur, dan Konversi JP",
        "6. Balai Diklat Kesejahteraan Sosial",
        "7. Pegawai UPTD Panti dengan Sistem Shift",
        "8. Program Pendampingan TITIAN",
        "9. Komunitas Praktik Lingkar Kasus Seruni",
        "10. Sertifikasi Manajer Kasus",
        "11. Pelaporan Pasca-Pelatihan",
        "12. Pemantauan, Evaluasi, dan Penghargaan",
        "13. Anggaran",
        "14. Penutup dan Kontak",
        "Lampiran 1. Ringkasan Katalog Balai Diklat Kesejahteraan Sosial 2026",
    ),
    BR(),
    # ------------------------------------------------------------------ 1
    H1("1. PENDAHULUAN"),
    H2("1.1 Latar Belakang"),
    P(
        "Dinas Sosial Provinsi Lembah Seruni melaksanakan rehabilitasi sosial, perlindungan dan "
        "jaminan sosial, serta pemberdayaan sosial dan penanganan fakir miskin. Pelayanan "
        "langsung diberikan oleh tiga UPTD panti, yaitu " + PSTW + " di Kabupaten Rimba Jati, "
        + PSAA + " di Kota Tanjung Seruni, dan " + BRS + " di Kabupaten Lembah Hilir. "
        "Pegawai ketiga UPTD tersebut bekerja bergantian dalam Shift Pagi, Shift Siang, dan "
        "Shift Malam sehingga tidak dapat dilepas untuk belajar sekaligus."
    ),
    P(
        "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara mewajibkan setiap "
        "pegawai ASN mengembangkan kompetensinya melalui pembelajaran secara terus-menerus. "
        "Hasil pemetaan tahun 2025 menunjukkan bahwa capaian JP pegawai UPTD panti selalu "
        "tertinggal dari pegawai kantor, terutama pada triwulan II ketika panti menerima klien "
        "baru dan pegawai banyak menjalani cuti."
    ),
    H2("1.2 Maksud dan Tujuan"),
    P(
        "Pedoman ini dimaksudkan sebagai acuan bagi pegawai, atasan langsung, pimpinan UPTD, "
        "dan Balai Diklat Kesejahteraan Sosial dalam merencanakan, melaksanakan, mencatat, dan "
        "mengevaluasi pengembangan kompetensi. Tujuannya adalah:"
    ),
    L(
        "a. memastikan setiap pegawai memenuhi target JP tahunan sesuai jabatannya;",
        "b. mengatur pelepasan pegawai shift tanpa mengurangi keselamatan penerima manfaat;",
        "c. membangun budaya belajar dari kasus melalui pendampingan dan komunitas praktik;",
        "d. memastikan hasil pelatihan diterapkan dan dilaporkan.",
    ),
    H2("1.3 Ruang Lingkup"),
    P(
        "Pedoman ini berlaku bagi PNS, PPPK penuh waktu, dan PPPK paruh waktu di lingkungan "
        "Dinas Sosial Provinsi Lembah Seruni, termasuk UPTD dan Balai Diklat Kesejahteraan "
        "Sosial. Bagian 3.3.4 mengatur keikutsertaan relawan TAGANA dan pendamping PKH yang "
        "bukan pegawai Dinas dan bukan ASN."
    ),
    H2("1.4 Dasar Hukum"),
    L(
        "a. Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial;",
        "b. Undang-Undang Nomor 14 Tahun 2019 tentang Pekerja Sosial;",
        "c. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
        "d. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
        "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
        "e. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
        "Kompetensi Pegawai Negeri Sipil;",
        "f. Peraturan Gubernur Lembah Seruni Nomor 38 Tahun 2023 tentang Kedudukan, Susunan "
        "Organisasi, Tugas dan Fungsi Dinas Sosial.",
    ),
    H2("1.5 Masa Berlaku"),
    P(
        "Pedoman ini ditetapkan pada tanggal 12 Januari 2026 dan mulai berlaku pada tanggal "
        "1 Februari 2026. Kegiatan yang dimulai sebelum 1 Februari 2026 tetap dicatat menurut "
        "pedoman ini. Pedoman Pendidikan dan Pelatihan Pegawai Dinas Sosial Tahun 2019 dicabut "
        "dan dinyatakan tidak berlaku."
    ),
    BR(),
    # ------------------------------------------------------------------ 2
    H1("2. ISTILAH DAN SINGKATAN"),
    P("Dalam pedoman ini digunakan istilah dan singkatan berikut."),
    L(
        "- Dinas: Dinas Sosial Provinsi Lembah Seruni.",
        "- BDKS: Balai Diklat Kesejahteraan Sosial, UPTD Dinas yang menyelenggarakan pelatihan "
        "internal, berkedudukan di " + BDKS_ALAMAT + ".",
        "- UPTD panti: PSTW Griya Lansia Sejahtera (lanjut usia), PSAA Tunas Bangsa (anak), dan "
        "BRS Bina Pulih (rehabilitasi sosial eks penyalahguna NAPZA).",
        "- Pegawai: PNS, PPPK penuh waktu, dan PPPK paruh waktu yang bekerja di Dinas.",
        "- JP: jam pelajaran, satuan waktu pengembangan kompetensi; 1 JP sama dengan 45 menit.",
        "- RPI: Rencana Pengembangan Individu, rencana belajar tahunan setiap Pegawai.",
        "- SERUNI BELAJAR: portal pembelajaran daring BDKS di " + PORTAL + ".",
        "- Pegawai shift: Pegawai UPTD panti yang bekerja dalam Shift Pagi, Shift Siang, dan "
        "Shift Malam.",
        "- Formulir Tukar Shift (FTS): formulir pertukaran jadwal shift untuk keperluan "
        "pelatihan.",
        "- TITIAN: Tuntunan Intensif Tenaga Pelayanan Sosial Baru, program pendampingan Pegawai "
        "baru oleh pamong.",
        "- Pamong: Pegawai senior yang ditetapkan mendampingi peserta TITIAN.",
        "- Lingkar Kasus Seruni: komunitas praktik para pekerja sosial, penyuluh sosial, dan "
        "pengasuh yang belajar bersama dari kasus nyata yang disamarkan.",
        "- Manajer kasus: pekerja sosial yang mengoordinasikan asesmen, rencana intervensi, "
        "rujukan, dan terminasi layanan bagi seorang klien.",
        "- FPP: Formulir Pasca-Pelatihan, terdiri atas FPP-S1, FPP-S2, FPP-S3, dan FPP-S4.",
        "- TAGANA: Taruna Siaga Bencana, relawan sosial penanggulangan bencana; bukan ASN.",
        "- Pendamping PKH: pendamping sosial Program Keluarga Harapan yang direkrut oleh "
        "kementerian; bukan Pegawai Dinas dan bukan ASN.",
        "- Akun tamu: akun SERUNI BELAJAR bagi peserta non-ASN.",
    ),
    BR(),
    # ------------------------------------------------------------------ 3
    H1("3. KEWAJIBAN DAN TARGET JAM PELAJARAN"),
    H2("3.1 Prinsip"),
    P(
        "Setiap Pegawai wajib mengikuti pengembangan kompetensi paling sedikit 20 JP dalam satu "
        "tahun sesuai ketentuan nasional. Karena sifat pekerjaan sosial yang langsung berhadapan "
        "dengan klien rentan, Dinas menetapkan target yang lebih tinggi bagi sebagian besar "
        "jabatan sebagaimana Tabel 3.1. Target berlaku untuk tahun kalender 1 Januari sampai "
        "dengan 31 Desember."
    ),
    T("Tabel 3.1 Target JP Tahunan per Kelompok Jabatan",
      ["No", "Kelompok jabatan", "Target JP per tahun", "Muatan minimal", "Pelatihan wajib"],
      TARGET, [7, 44, 20, 58, 31]),
    P(
        "Muatan minimal adalah bagian dari target, bukan tambahan. Contohnya, Pekerja Sosial "
        "Ahli Pertama memenuhi target bila mengumpulkan 30 JP dan paling sedikit 12 JP di "
        "antaranya berasal dari pelatihan teknis pekerjaan sosial."
    ),
    H2("3.2 Pegawai dengan Lebih dari Satu Peran"),
    P(
        "Pegawai yang memegang lebih dari satu peran memakai target yang lebih tinggi. Pekerja "
        "Sosial Ahli Pertama yang ditempatkan sebagai pengasuh di UPTD panti memakai target "
        "30 JP, dan muatan minimal pertolongan pertama tetap wajib dipenuhi."
    ),
    H2("3.3 Ketentuan Khusus"),
    H2("3.3.1 Pegawai yang berpindah jabatan"),
    P(
        "Target JP ditentukan oleh jabatan yang dipegang Pegawai pada tanggal 30 Juni tahun "
        "berjalan. Pegawai yang dilantik atau berpindah jabatan setelah 30 Juni memakai target "
        "jabatan lama untuk tahun berjalan."
    ),
    H2("3.3.2 Pegawai yang menjalani cuti"),
    P(
        "Bagi Pegawai yang menjalani cuti besar, cuti melahirkan, atau cuti di luar tanggungan "
        "negara lebih dari 60 hari kalender, target JP dihitung secara proporsional menurut "
        "jumlah bulan aktif dan dibulatkan ke atas. Contoh: Pekerja Sosial Ahli Pertama yang "
        "aktif 8 bulan memiliki target 20 JP. Ketentuan tentang jenis dan hak cuti mengikuti "
        "peraturan kepegawaian dan tidak diatur dalam pedoman ini."
    ),
    H2("3.3.3 PPPK penuh waktu dan PPPK paruh waktu"),
    P(
        "PPPK penuh waktu memiliki target yang sama dengan jabatannya. Dinas membiayai "
        "pelatihan PPPK penuh waktu paling banyak 24 JP per tahun perjanjian kerja; kekurangan "
        "target dipenuhi melalui kegiatan nonklasikal tanpa biaya, seperti Lingkar Kasus Seruni "
        "dan modul e-learning. PPPK paruh waktu memiliki target 10 JP per tahun yang boleh "
        "seluruhnya dipenuhi melalui e-learning. Kegiatan belajar PPPK paruh waktu di luar jam "
        "kontrak tidak menimbulkan hak atas uang lembur."
    ),
    H2("3.3.4 Relawan TAGANA dan pendamping PKH"),
    P(
        "Relawan TAGANA dan pendamping PKH bukan ASN dan tidak memiliki kewajiban maupun target "
        "JP. Keikutsertaan mereka diatur sebagai berikut:"
    ),
    L(
        "- Boleh mengikuti pelatihan BDKS yang ditandai terbuka bagi non-ASN:",
        "  o KS-102 dan KS-124 melalui akun tamu SERUNI BELAJAR;",
        "  o KS-118 Dukungan Psikososial Awal (DPA) pada Situasi Bencana, untuk relawan TAGANA "
        "dan pendamping PKH;",
        "  o KS-119 Manajemen Pos Pengungsian dan Dapur Umum, khusus relawan TAGANA;",
        "  o KS-120 Pendampingan P2K2, khusus pendamping PKH.",
        "- Memperoleh Sertifikat Keikutsertaan, bukan sertifikat pelatihan ber-JP:",
        "  o sertifikat tidak mencantumkan JP dan tidak dapat diakui sebagai JP ASN;",
        "  o sertifikat diterbitkan dalam 7 hari kerja setelah pelatihan selesai.",
        "- Pembatasan:",
        "  o paling banyak 2 pelatihan BDKS per orang per tahun;",
        "  o wajib membawa surat tugas dari Dinas Sosial kabupaten/kota asal;",
        "  o relawan TAGANA paling rendah berusia 18 tahun;",
        "  o tidak dapat menjadi peserta TITIAN, pamong, atau peserta uji sertifikasi manajer "
        "kasus.",
        "- Pembiayaan:",
        "  o BDKS menanggung bahan, konsumsi, dan sertifikat;",
        "  o uang harian dan penginapan relawan TAGANA ditanggung Bidang Perlindungan dan "
        "Jaminan Sosial;",
        "  o transport pendamping PKH tidak ditanggung Dinas.",
    ),
    P(
        "Kuota peserta non-ASN per kabupaten/kota ditetapkan BDKS setiap tahun. Lingkar Kasus "
        "Seruni membuka sesi terbuka bagi non-ASN dua kali setahun, pada bulan Juni dan "
        "November."
    ),
    H2("3.4 Pencatatan JP"),
    P(
        "JP dicatat pada tahun selesainya kegiatan. JP yang melebihi target tidak dapat "
        "dipindahkan ke tahun berikutnya. Rekap JP per Pegawai dapat dilihat pada menu Riwayat "
        "Belajar di SERUNI BELAJAR. Pegawai tetap wajib memperbarui riwayat pelatihan pada "
        "sistem informasi kepegawaian nasional; SERUNI BELAJAR tidak terhubung otomatis dengan "
        "sistem tersebut."
    ),
    BR(),
    # ------------------------------------------------------------------ 4
    H1("4. PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    H2("4.1 Analisis Kebutuhan"),
    P(
        "Kebutuhan pengembangan kompetensi disusun dari dua analisis: analisis kesenjangan "
        "kompetensi, yaitu perbandingan profil kompetensi Pegawai dengan standar kompetensi "
        "jabatannya dalam Matriks Kompetensi Jabatan, dan analisis kesenjangan kinerja, yaitu "
        "perbandingan capaian SKP dengan target kinerja. Matriks Kompetensi Jabatan diperbarui "
        "BDKS setiap bulan Desember."
    ),
    H2("4.2 Rencana Pengembangan Individu"),
    P("Setiap Pegawai menyusun RPI melalui SERUNI BELAJAR dengan tahapan:"),
    L(
        "a. Pegawai mengisi RPI paling lambat 31 Januari;",
        "b. atasan langsung menyetujui atau mengembalikan RPI paling lambat 14 Februari;",
        "c. pimpinan UPTD atau kepala bidang menghimpun RPI unit paling lambat 21 Februari;",
        "d. BDKS menyusun Rencana Pengembangan Kompetensi Dinas paling lambat 28 Februari.",
    ),
    P(
        "RPI dapat diubah paling banyak 2 kali dalam setahun, dan perubahan terakhir diajukan "
        "paling lambat 30 September. Pegawai baru menyusun RPI dalam 30 hari kalender sejak "
        "mulai bertugas."
    ),
    H2("4.3 Usulan Pelatihan Eksternal"),
    P(
        "Usulan mengikuti pelatihan yang diselenggarakan pihak luar, termasuk balai besar "
        "pendidikan dan pelatihan kesejahteraan sosial milik kementerian, diajukan kepada "
        "Kepala BDKS paling lambat 30 hari kalender sebelum pelatihan dimulai. Usulan yang "
        "menggunakan anggaran Dinas harus tercantum dalam RPI. Ketentuan tugas belajar dan izin "
        "belajar tidak diatur dalam pedoman ini."
    ),
    BR(),
    # ------------------------------------------------------------------ 5
    H1("5. BENTUK, JALUR, DAN KONVERSI JP"),
    H2("5.1 Jalur Klasikal"),
    P(
        "Jalur klasikal meliputi pelatihan tatap muka, bimbingan teknis, lokakarya, dan kelas "
        "daring sinkron melalui Zoom. Pelatihan klasikal BDKS tercantum dalam katalog dan "
        "dicatat dengan JP penuh sesuai katalog."
    ),
    H2("5.2 Jalur Nonklasikal"),
    P("Jalur nonklasikal yang diakui Dinas terdiri atas:"),
    L(
        "- pembelajaran mandiri:",
        "  o modul e-learning SERUNI BELAJAR;",
        "  o webinar dan seminar daring;",
        "- pembelajaran dari orang lain:",
        "  o coaching oleh atasan langsung;",
        "  o supervisi kasus oleh Pekerja Sosial Ahli Madya;",
        "  o pendampingan TITIAN;",
        "  o Lingkar Kasus Seruni;",
        "- pembelajaran di tempat kerja:",
        "  o magang di UPTD atau lembaga lain;",
        "  o kaji ulang pascarespons bencana;",
        "- berbagi pengetahuan:",
        "  o menjadi narasumber atau pengajar;",
        "  o menulis praktik baik di buletin Warta Seruni.",
    ),
    H2("5.3 Konversi JP Kegiatan Nonklasikal"),
    P("Kegiatan nonklasikal dikonversi menjadi JP menurut Tabel 5.1."),
    T("Tabel 5.1 Konversi JP Kegiatan Nonklasikal",
      ["Kegiatan", "JP", "Batas per tahun", "Bukti"], KONVERSI, [58, 32, 38, 32]),
    P(
        "Tugas shift di panti dan penugasan tanggap darurat bencana merupakan pelaksanaan "
        "tugas, bukan pengembangan kompetensi, sehingga tidak dikonversi menjadi JP. Kaji ulang "
        "pascarespons yang dilaksanakan setelah penugasan dapat diakui sesuai Tabel 5.1."
    ),
    H2("5.4 Klaim JP Nonklasikal"),
    P(
        "Klaim JP nonklasikal diajukan melalui menu Klaim JP di SERUNI BELAJAR paling lambat "
        "30 hari kalender setelah kegiatan. Atasan langsung memverifikasi dalam 5 hari kerja, "
        "kemudian BDKS memvalidasi dalam 7 hari kerja. Klaim yang melewati batas waktu tidak "
        "dapat diproses. Sertifikat pelatihan eksternal diunggah paling lambat 14 hari kalender "
        "setelah diterima."
    ),
    BR(),
    # ------------------------------------------------------------------ 6
    H1("6. BALAI DIKLAT KESEJAHTERAAN SOSIAL"),
    H2("6.1 Kedudukan dan Tugas"),
    P(
        "BDKS adalah UPTD Dinas yang menyelenggarakan pelatihan internal, mengelola portal "
        "SERUNI BELAJAR, mengoordinasikan program TITIAN dan Lingkar Kasus Seruni, serta "
        "menyelenggarakan uji sertifikasi manajer kasus. BDKS dipimpin oleh Kepala BDKS, "
        + KABDKS + ", dan memiliki Seksi Penyelenggaraan Diklat dengan Kepala Seksi "
        + KASI_DIKLAT
    ),
    H2("6.2 Katalog Pelatihan"),
    P(
        "Katalog BDKS tahun 2026 memuat 24 pelatihan dengan kode KS-101 sampai dengan KS-124. "
        "Ringkasan katalog terdapat pada Lampiran 1; rincian sasaran, metode, kuota, dan "
        "prasyarat dimuat dalam Katalog BDKS 2026, sedangkan tanggal pelaksanaan dimuat dalam "
        "Kalender Kegiatan BDKS 2026."
    ),
    H2("6.3 Pendaftaran"),
    P(
        "Pendaftaran dilakukan melalui SERUNI BELAJAR paling lambat 10 hari kerja sebelum "
        "pelatihan dimulai dan harus disetujui atasan langsung. Pegawai shift wajib melampirkan "
        "Formulir Tukar Shift (FTS) yang telah ditandatangani koordinator shift. Peserta "
        "ditetapkan menurut urutan prioritas: (1) Pegawai yang pelatihan tersebut wajib bagi "
        "jabatannya, (2) Pegawai yang capaian JP tahun berjalan paling rendah, dan (3) urutan "
        "pendaftaran."
    ),
    H2("6.4 Jam Belajar"),
    P(
        "Pelatihan klasikal di BDKS dilaksanakan hari Senin sampai dengan Kamis pukul "
        "08.00-15.30 WIB, serta hari Jumat pukul 08.00-11.00 WIB dan 13.30-16.00 WIB. Satu hari "
        "pelatihan klasikal paling banyak 8 JP. Kelas daring sinkron paling banyak 6 JP per "
        "hari, dan modul e-learning paling banyak 4 JP per hari."
    ),
    H2("6.5 Kehadiran dan Kelulusan"),
    P(
        "Presensi dilakukan dengan memindai kode QR yang dibuka 30 menit sebelum sesi pertama "
        "dan ditutup 15 menit setelah sesi dimulai. Peserta dinyatakan lulus apabila kehadiran "
        "paling sedikit 90% dan nilai akhir paling rendah 70. Untuk KS-109, KS-112, dan KS-117 "
        "yang memuat praktik, nilai praktik paling rendah 75."
    ),
    H2("6.6 Sertifikat"),
    P(
        "E-sertifikat terbit di SERUNI BELAJAR paling lambat 7 hari kerja setelah peserta "
        "mengunggah FPP-S1. Peserta yang tidak lulus memperoleh surat keterangan mengikuti "
        "pelatihan tanpa JP."
    ),
    H2("6.7 Pembatalan dan Ketidakhadiran"),
    P(
        "Peserta yang berhalangan membatalkan pendaftaran paling lambat 3 hari kerja sebelum "
        "pelatihan. Peserta yang tidak hadir tanpa pemberitahuan sebanyak 2 kali dalam satu "
        "tahun tidak dapat mendaftar pelatihan BDKS selama 6 bulan. Ketentuan ini tidak berlaku "
        "bagi Pegawai yang ditugaskan dalam tanggap darurat bencana berdasarkan surat perintah "
        "Kepala Dinas."
    ),
    H2("6.8 Wisma Diklat Seruni"),
    P(
        "Peserta yang berdomisili lebih dari 40 km dari Kota Tanjung Seruni dapat menginap "
        "tanpa biaya di Wisma Diklat Seruni yang berkapasitas 32 tempat tidur. Pemesanan "
        "dilakukan bersamaan dengan pendaftaran, dan peserta melapor ke petugas wisma paling "
        "lambat pukul 18.00 WIB pada hari sebelum pelatihan."
    ),
    BR(),
    # ------------------------------------------------------------------ 7
    H1("7. PEGAWAI UPTD PANTI DENGAN SISTEM SHIFT"),
    H2("7.1 Jam Shift"),
    P("Ketiga UPTD panti memakai jam shift yang sama sebagaimana Tabel 7.1."),
    T("Tabel 7.1 Jam Shift UPTD Panti", ["Shift", "Jam kerja", "Keterangan"], SHIFT_PEDOMAN,
      [40, 50, 60]),
    H2("7.2 Pelepasan untuk Pelatihan"),
    P(
        "Pelepasan Pegawai shift untuk pelatihan tidak boleh menurunkan jumlah petugas di bawah "
        "batas minimum setiap shift. Batas minimum, jumlah paling banyak Pegawai yang dilepas "
        "per shift, periode tanpa pelepasan, dan uang transport diatur lebih lanjut dengan Surat "
        "Edaran Kepala Dinas."
    ),
    H2("7.3 Belajar di Sela Shift"),
    P(
        "Modul e-learning boleh dikerjakan di sela Shift Malam sepanjang tidak ada kejadian "
        "yang memerlukan penanganan, dengan ketentuan yang diatur dalam Surat Edaran Kepala "
        "Dinas. Jam shift yang terpakai untuk pelatihan tidak mengurangi kewajiban jam kerja "
        "Pegawai dalam sebulan."
    ),
    BR(),
    # ------------------------------------------------------------------ 8
    H1("8. PROGRAM PENDAMPINGAN TITIAN"),
    H2("8.1 Tujuan"),
    P(
        "TITIAN (Tuntunan Intensif Tenaga Pelayanan Sosial Baru) adalah program pendampingan "
        "selama 20 pekan bagi Pegawai baru agar cepat mampu menangani kasus secara aman dan "
        "beretika. TITIAN diselenggarakan dua angkatan setiap tahun dan dikoordinasikan oleh "
        "Koordinator TITIAN, " + KOORD_TITIAN + ", yang tidak merangkap sebagai pamong."
    ),
    H2("8.2 Peserta"),
    P(
        "Peserta TITIAN adalah Pekerja Sosial Ahli Pertama, Penyuluh Sosial Ahli Pertama, dan "
        "pengasuh PPPK yang masa kerjanya di Dinas belum mencapai 2 tahun. Peserta ditetapkan "
        "dengan keputusan Kepala BDKS."
    ),
    H2("8.3 Pamong"),
    P("Pamong harus memenuhi syarat berikut:"),
    L(
        "- jabatan dan pengalaman:",
        "  o Pekerja Sosial Ahli Muda atau Ahli Madya, atau Penyuluh Sosial Ahli Muda;",
        "  o masa kerja di bidang pelayanan sosial paling singkat 5 tahun;",
        "- kualifikasi:",
        "  o memiliki sertifikat manajer kasus yang masih berlaku, untuk pamong dari jabatan "
        "pekerja sosial;",
        "  o telah lulus KS-122 Pelatihan Pamong dan Supervisi Reflektif;",
        "- batasan:",
        "  o bukan atasan langsung peserta;",
        "  o mendampingi paling banyak 3 peserta dalam satu angkatan.",
    ),
    H2("8.4 Tahapan"),
    H2("8.4.1 Fase Kenal (pekan 1-2)"),
    P(
        "Pamong dan peserta menyusun Kontrak Belajar pada Formulir TT-1 dan mengunggahnya paling "
        "lambat 10 hari kerja sejak program dimulai."
    ),
    H2("8.4.2 Fase Dampingi (pekan 3-16)"),
    P(
        "Sesi pendampingan diadakan setiap 2 pekan, paling sedikit 8 sesi. Setiap sesi dicatat "
        "dalam Jurnal Refleksi TT-2. Peserta mengikuti pamong dalam paling sedikit 6 kunjungan "
        "rumah atau penjangkauan (shadowing)."
    ),
    H2("8.4.3 Fase Mandiri (pekan 17-20)"),
    P(
        "Peserta menangani 2 kasus secara mandiri di bawah supervisi pamong dan menyusun "
        "Laporan Akhir TT-3 yang dipresentasikan pada Gelar Karya TITIAN."
    ),
    H2("8.5 Kelulusan dan Honorarium"),
    P(
        "Peserta lulus apabila menghadiri paling sedikit 80% sesi, mengunggah TT-1, TT-2, dan "
        "TT-3, serta memperoleh nilai presentasi akhir paling rendah 75. Pamong menerima "
        "honorarium per peserta per bulan sesuai standar biaya Provinsi; besarannya diumumkan "
        "pada sosialisasi setiap angkatan."
    ),
    BR(),
    # ------------------------------------------------------------------ 9
    H1("9. KOMUNITAS PRAKTIK LINGKAR KASUS SERUNI"),
    H2("9.1 Pengertian"),
    P(
        "Lingkar Kasus Seruni adalah komunitas praktik tempat pekerja sosial, penyuluh sosial, "
        "pengasuh, dan konselor adiksi membahas kasus nyata yang telah disamarkan, berbagi "
        "pendekatan, dan saling memberi umpan balik. Koordinator Lingkar Kasus Seruni adalah "
        + KOORD_LINGKAR + ", Pekerja Sosial Ahli Madya."
    ),
    H2("9.2 Jadwal dan Tempat"),
    P(
        "Pertemuan diadakan setiap Rabu pekan ketiga, pukul 13.30-15.30 WIB, bergiliran di BDKS "
        "dan ketiga UPTD panti, dan dapat diikuti secara daring. Jadwal tahunan dimuat dalam "
        "Kalender Kegiatan BDKS 2026. Tidak ada pertemuan pada bulan Desember."
    ),
    H2("9.3 Penyajian Kasus"),
    L(
        "a. Penyaji mengirim ringkasan kasus kepada koordinator paling lambat 5 hari kerja "
        "sebelum pertemuan.",
        "b. Nama klien, alamat, dan foto tidak boleh ditampilkan; klien disebut dengan kode.",
        "c. Setiap pertemuan membahas paling banyak 2 kasus.",
        "d. Rekaman pertemuan tidak boleh disebarkan di luar anggota.",
    ),
    H2("9.4 Pengakuan JP"),
    P(
        "Peserta memperoleh 2 JP per pertemuan, penyaji kasus 4 JP per penyajian, dan "
        "fasilitator 3 JP per pertemuan, dengan batas tahunan sesuai Tabel 5.1."
    ),
    BR(),
    # ------------------------------------------------------------------ 10
    H1("10. SERTIFIKASI MANAJER KASUS"),
    P(
        "Sertifikasi manajer kasus bagi pekerja sosial diatur dengan Keputusan Kepala Dinas "
        f"Sosial Nomor {KEP_BARU} tentang Sertifikasi Manajer Kasus Pekerja Sosial. Pedoman ini "
        "hanya memuat keterkaitannya dengan pengembangan kompetensi:"
    ),
    L(
        "a. KS-112 Manajemen Kasus Dasar merupakan syarat uji Kualifikasi Pratama;",
        "b. KS-113 Manajemen Kasus Lanjut merupakan syarat uji Kualifikasi Utama;",
        "c. JP pemeliharaan sertifikat dihitung sebagai bagian dari target JP tahunan;",
        "d. biaya uji pertama dibebankan pada anggaran BDKS (Tabel 13.1).",
    ),
    BR(),
    # ------------------------------------------------------------------ 11
    H1("11. PELAPORAN PASCA-PELATIHAN"),
    P(
        "Setiap Pegawai yang selesai mengikuti pelatihan menyusun laporan pasca-pelatihan dengan "
        "formulir FPP-S1 sampai dengan FPP-S4 sesuai lama pelatihan. Tata cara, batas waktu, dan "
        "verifikasi diatur dalam SOP Penyusunan dan Verifikasi Laporan Pasca-Pelatihan BDKS. "
        "JP pelatihan baru tercatat setelah laporan yang diwajibkan diverifikasi."
    ),
    BR(),
    # ------------------------------------------------------------------ 12
    H1("12. PEMANTAUAN, EVALUASI, DAN PENGHARGAAN"),
    H2("12.1 Rekap Berkala"),
    P(
        "BDKS menyampaikan rekap capaian JP per unit kepada Sekretaris setiap triwulan paling "
        "lambat tanggal 15 bulan berikutnya, dan rekap tahunan paling lambat 31 Januari tahun "
        "berikutnya. Unit dengan persentase Pegawai yang mencapai target di bawah 60% pada akhir "
        "triwulan III wajib menyusun rencana percepatan."
    ),
    H2("12.2 Evaluasi Pelatihan"),
    P(
        "Evaluasi pelatihan dilaksanakan pada empat tingkat: reaksi peserta (kuesioner pada hari "
        "terakhir), pembelajaran (nilai akhir), perilaku (FPP-S3), dan hasil bagi layanan "
        "(kajian tahunan BDKS terhadap 3 pelatihan terpilih)."
    ),
    H2("12.3 Penghargaan Insan Pembelajar Seruni"),
    P(
        "Setiap tahun Kepala Dinas memberikan penghargaan Insan Pembelajar Seruni kepada "
        "paling banyak 3 Pegawai yang melampaui target JP, menyelesaikan seluruh laporan "
        "pasca-pelatihan tepat waktu, dan menerapkan hasil belajar dalam layanan. Penghargaan "
        "diserahkan pada peringatan Hari Kesetiakawanan Sosial Nasional, 20 Desember."
    ),
    BR(),
    # ------------------------------------------------------------------ 13
    H1("13. ANGGARAN"),
    P(
        "Pengembangan kompetensi tahun 2026 dibiayai dari APBD Provinsi Lembah Seruni pada DPA "
        "BDKS dengan rincian pada Tabel 13.1."
    ),
    T("Tabel 13.1 Anggaran Pengembangan Kompetensi 2026",
      ["No", "Uraian", "Jumlah (Rp)"],
      [[str(i), a, rp(x)] for i, (a, x) in enumerate(ANGGARAN, 1)]
      + [["", "Jumlah", rp(ANGGARAN_TOTAL)]], [10, 110, 40]),
    P(
        "Pergeseran antarbaris anggaran paling banyak 10% dari pagu baris asal dan ditetapkan "
        "oleh Kepala BDKS. Uang harian dan penginapan relawan TAGANA tidak termasuk dalam Tabel "
        "13.1 karena dibiayai dari DPA Bidang Perlindungan dan Jaminan Sosial."
    ),
    BR(),
    # ------------------------------------------------------------------ 14
    H1("14. PENUTUP DAN KONTAK"),
    P(
        "Hal-hal yang belum diatur dalam pedoman ini ditetapkan oleh Kepala Dinas atas usul "
        "Kepala BDKS. Pertanyaan dapat disampaikan kepada kontak pada Tabel 14.1 pada hari kerja "
        f"pukul 07.30-16.00 WIB. Surel BDKS: {EMAIL_BDKS}; telepon BDKS {TELP_BDKS}."
    ),
    T("Tabel 14.1 Kontak", ["Urusan", "Nama", "WhatsApp"], KONTAK, [58, 72, 30]),
    P(f"Ditetapkan di Tanjung Seruni pada tanggal 12 Januari 2026. Kepala Dinas Sosial "
      f"Provinsi Lembah Seruni, {KADIS}, NIP {KADIS_NIP}."),
    H1("LAMPIRAN 1. RINGKASAN KATALOG BDKS 2026"),
    P(
        "Ringkasan berikut memuat kode, nama, dan JP setiap pelatihan, serta apakah pelatihan "
        "terbuka bagi peserta non-ASN (relawan TAGANA dan pendamping PKH). Rincian lengkap ada "
        "pada Katalog BDKS 2026."
    ),
    T("Lampiran 1. Ringkasan Katalog BDKS 2026",
      ["Kode", "Nama pelatihan", "JP", "Terbuka non-ASN"], _lampiran1_rows(), [20, 100, 14, 26]),
]

# =========================================================================== SURAT EDARAN (PDF)
SE_LAMPIRAN = [
    ["PSTW Griya Lansia Sejahtera", "34 orang", "7 orang", "6 orang", "4 orang", "2 orang",
     "20-31 Mei (Hari Lanjut Usia Nasional 29 Mei)", "Rp85.000"],
    ["PSAA Tunas Bangsa", "28 orang", "5 orang", "5 orang", "3 orang", "2 orang",
     "13-31 Juli (libur sekolah dan Hari Anak Nasional 23 Juli)", "Rp40.000"],
    ["BRS Bina Pulih", "24 orang", "5 orang", "4 orang", "3 orang", "1 orang",
     "1-10 Januari, 1-10 April, 1-10 Juli, 1-10 Oktober (penerimaan klien baru)", "Rp85.000"],
]

SE = [
    C("DINAS SOSIAL PROVINSI LEMBAH SERUNI"),
    P(f"{KANTOR}, telepon {TELP_KANTOR}. {FIKTIF}"),
    P(f"Tanjung Seruni, {d(2026, 3, 2)}"),
    P(
        "Yth. 1. Kepala " + PSTW + "; 2. Kepala " + PSAA + "; 3. Kepala " + BRS + "; "
        "4. Kepala Balai Diklat Kesejahteraan Sosial; di tempat."
    ),
    C("SURAT EDARAN"),
    C(f"NOMOR {SE_NO}"),
    C("TENTANG"),
    C("PENGATURAN PENGEMBANGAN KOMPETENSI BAGI PEGAWAI UPTD PANTI DENGAN SISTEM KERJA SHIFT"),
    L(
        "1. Latar belakang. Bagian 7.2 Pedoman Pengembangan Kompetensi Pegawai Dinas Sosial "
        "Tahun 2026 mengamanatkan pengaturan lebih lanjut tentang pelepasan pegawai shift. "
        "Pada tahun 2025 rata-rata capaian JP pegawai UPTD panti hanya sekitar separuh dari "
        "rata-rata pegawai kantor, sementara beberapa shift sempat berjalan di bawah jumlah "
        "petugas minimum karena pelepasan yang tidak terkoordinasi.",
        "2. Maksud. Surat Edaran ini dimaksudkan agar pegawai shift dapat memenuhi target JP "
        "tanpa mengurangi keselamatan lanjut usia, anak, dan klien rehabilitasi.",
        "3. Ruang lingkup. Surat Edaran ini berlaku bagi PNS, PPPK penuh waktu, dan PPPK paruh "
        "waktu yang bekerja dalam Shift Pagi (07.00-14.00 WIB), Shift Siang (14.00-21.00 WIB), "
        "dan Shift Malam (21.00-07.00 WIB) di ketiga UPTD panti.",
        "4. Jumlah petugas minimum dan pelepasan. Setiap shift wajib dijaga paling sedikit oleh "
        "jumlah petugas minimum, dan jumlah pegawai yang dilepas untuk pelatihan pada shift yang "
        "sama tidak boleh melebihi batas, sebagaimana tercantum dalam Lampiran.",
        "5. Periode tanpa pelepasan. Pada periode yang tercantum dalam Lampiran, kepala UPTD "
        "tidak melepas pegawai shift untuk pelatihan klasikal, kecuali pelatihan KS-117 yang "
        "diselenggarakan di lokasi UPTD sendiri.",
        "6. Setelah Shift Malam. Pegawai yang bertugas Shift Malam tidak dijadwalkan mengikuti "
        "pelatihan klasikal yang dimulai sebelum pukul 13.00 WIB pada hari shift tersebut "
        "berakhir.",
        "7. Hari lepas dinas pengganti. Pegawai yang mengikuti pelatihan klasikal paling sedikit "
        "6 JP pada hari lepas dinasnya berhak atas 1 hari lepas dinas pengganti, yang diambil "
        "paling lambat 14 hari kalender setelah pelatihan atas persetujuan koordinator shift.",
        "8. Formulir Tukar Shift. Formulir Tukar Shift (FTS) diserahkan kepada koordinator shift "
        "paling lambat 3 hari kerja sebelum pelatihan. Pengganti harus memiliki kualifikasi "
        "setara, dan pertukaran tidak boleh menyebabkan seorang pegawai bekerja lebih dari "
        "2 shift berturut-turut.",
        "9. Belajar di sela Shift Malam. Modul e-learning boleh dikerjakan pada Shift Malam "
        "pukul 23.00-04.00 WIB, paling banyak 2 JP per Shift Malam, hanya modul tanpa kelas "
        "video, dan petugas tetap berada di pos jaga.",
        "10. Uang transport. Pegawai shift yang mengikuti pelatihan klasikal di BDKS menerima "
        "uang transport per hari pelatihan sesuai Lampiran. Uang transport tidak diberikan "
        "untuk pelatihan daring, pelatihan yang diadakan di lokasi UPTD sendiri, atau bagi "
        "peserta yang menginap di Wisma Diklat Seruni.",
        "11. Pelaporan. Kepala UPTD menyampaikan rekap pelepasan pegawai shift kepada Kepala "
        "BDKS setiap bulan paling lambat tanggal 5 bulan berikutnya.",
        "12. Surat Edaran ini berlaku sejak tanggal ditetapkan. Pertanyaan dapat disampaikan "
        f"kepada Seksi Penyelenggaraan Diklat BDKS, {KASI_DIKLAT}, WA {WA_KASI_DIKLAT}.",
    ),
    P(f"Kepala Dinas Sosial Provinsi Lembah Seruni, {KADIS}, NIP {KADIS_NIP}."),
    P("Tembusan: 1. Sekretaris Dinas Sosial; 2. Kepala Subbagian Umum dan Kepegawaian."),
    BR(),
    C(f"LAMPIRAN SURAT EDARAN NOMOR {SE_NO}"),
    T("Jumlah petugas minimum, batas pelepasan, periode tanpa pelepasan, dan uang transport",
      ["UPTD", "Pegawai shift", "Pagi", "Siang", "Malam", "Maks. dilepas per shift",
       "Periode tanpa pelepasan", "Uang transport per hari"], SE_LAMPIRAN,
      [24, 16, 13, 13, 13, 15, 40, 20],
      header2=[("UPTD", 1), ("Pegawai shift", 1), ("Petugas minimum", 3),
               ("Maks. dilepas per shift", 1), ("Periode tanpa pelepasan", 1),
               ("Uang transport per hari", 1)]),
    P(
        "Catatan: pegawai yang sedang mengikuti program TITIAN sebagai peserta tidak dihitung "
        "sebagai petugas minimum pada Shift Malam. Jumlah pegawai shift adalah keadaan per "
        "1 Maret 2026."
    ),
]

# =========================================================================== SLIDES (PDF)
SLIDES = [
    H1("Sosialisasi Program TITIAN Angkatan I Tahun 2026"),
    P("Tuntunan Intensif Tenaga Pelayanan Sosial Baru"),
    P("Balai Diklat Kesejahteraan Sosial - Dinas Sosial Provinsi Lembah Seruni"),
    P(f"{d(2026, 1, 22)} - Aula Cempaka BDKS"),
    P(f"Penyaji: {KOORD_TITIAN}, Koordinator TITIAN"),
    P(FIKTIF),
    H1("Mengapa TITIAN?"),
    L(
        "- 38% pegawai baru tahun 2025 belum pernah menangani kasus sendiri sampai bulan ke-6",
        "- Keluhan terbanyak: tidak tahu harus bertanya kepada siapa",
        "- TITIAN: belajar dari pamong, bukan dari atasan",
        "- Model 10:20:70 - pamong menjembatani yang 20",
    ),
    H1("Siapa pesertanya?"),
    L(
        "- Pekerja Sosial Ahli Pertama, Penyuluh Sosial Ahli Pertama, pengasuh PPPK",
        "- Masa kerja di Dinas belum 2 tahun",
        "- Angkatan I: 21 peserta",
        "  PSTW 5 - PSAA 7 - BRS 4 - kantor Dinas 5",
        "- Bukan untuk relawan TAGANA dan pendamping PKH",
    ),
    H1("Siapa pamongnya?"),
    L(
        "- Angkatan I: 9 pamong",
        "- Pekerja Sosial Ahli Muda/Madya atau Penyuluh Sosial Ahli Muda",
        "- Masa kerja pelayanan sosial minimal 5 tahun",
        "- Lulus KS-122 Pelatihan Pamong dan Supervisi Reflektif",
        "- Bukan atasan langsung, maksimal 3 peserta",
    ),
    H1("Jadwal Angkatan I"),
    L(
        f"- 20 pekan: {d(2026, 2, 9)} s.d. {d(2026, 6, 26)}",
        "- Fase Kenal: pekan 1-2",
        "- Fase Dampingi: pekan 3-16",
        "- Fase Mandiri: pekan 17-20",
        f"- Temu Pamong (tengah program): {d(2026, 4, 24)}, BDKS",
        f"- Gelar Karya TITIAN: {d(2026, 6, 25)}, 08.30 WIB, Aula Cempaka",
    ),
    H1("Tiga formulir TITIAN"),
    L(
        f"- TT-1 Kontrak Belajar: paling lambat {d(2026, 2, 23)}",
        "  (10 hari kerja; Imlek 17 Februari tidak dihitung)",
        "- TT-2 Jurnal Refleksi: setiap sesi, unggah maks. 3 hari kerja setelah sesi",
        f"- TT-3 Laporan Akhir: paling lambat {d(2026, 6, 22)}",
    ),
    H1("Sesi pendampingan"),
    L(
        "- Setiap 2 pekan, minimal 8 sesi",
        "- Lama sesi 60-90 menit",
        "- Maksimal 3 sesi boleh daring (video call)",
        "- Pegawai shift: sesi tidak dijadwalkan saat Shift Malam",
        "- Shadowing: minimal 6 kunjungan rumah/penjangkauan bersama pamong",
    ),
    H1("JP yang diperoleh"),
    L(
        "- Peserta: 2 JP per sesi, maksimal 20 JP",
        "- Pamong: 1,5 JP per sesi, maksimal 15 JP",
        "- Gelar Karya dihitung sebagai 1 sesi",
        "- JP masuk Riwayat Belajar setelah TT-3 diverifikasi",
    ),
    H1("Honorarium pamong"),
    L(
        "- Rp 300 ribu per peserta per bulan",
        "- 5 bulan = Rp 1,5 juta per peserta",
        "- Pamong dengan 3 peserta: Rp 4,5 juta per angkatan",
        "- Dibayar 2 tahap: Februari-April dan Mei-Juni",
        "- Dipotong PPh Pasal 21 sesuai ketentuan",
    ),
    H1("Syarat lulus"),
    L(
        "- Hadir minimal 80% sesi",
        "- TT-1, TT-2, TT-3 lengkap",
        "- Nilai presentasi akhir minimal 75",
        "- Lulus: Piagam TITIAN",
        "- Tidak lulus: mengulang Fase Mandiri bersama Angkatan II",
    ),
    H1("Etika pendampingan"),
    L(
        "- Jangan tulis nama klien - pakai kode klien (contoh: PSAA-26-014)",
        "- Jangan kirim foto klien di grup WhatsApp",
        "- Pamong tidak menilai SKP peserta",
        "- Konflik pamong-peserta: lapor Koordinator TITIAN",
    ),
    H1("Angkatan II dan kontak"),
    L(
        f"- Angkatan II: {d(2026, 8, 3)} s.d. {d(2026, 12, 18)}",
        "- Pendaftaran Angkatan II dibuka 1-30 Juni 2026",
        f"- Koordinator TITIAN: {KOORD_TITIAN}",
        f"- WA {WA_TITIAN} (hari kerja 07.30-16.00 WIB)",
        f"- Surel: {EMAIL_BDKS}",
    ),
]

# =========================================================================== KEPUTUSAN 2026 (PDF)
SERT_SYARAT = [
    ["Jabatan", "Pekerja Sosial Ahli Pertama atau Ahli Muda; PPPK penuh waktu Pekerja Sosial",
     "Pekerja Sosial Ahli Muda atau Ahli Madya"],
    ["Pelatihan prasyarat", "KS-112 Manajemen Kasus Dasar", "KS-113 Manajemen Kasus Lanjut"],
    ["Pengalaman kasus", "15 kasus dalam 2 tahun terakhir", "40 kasus dalam 4 tahun terakhir"],
    ["Portofolio", "3 berkas kasus", "5 berkas kasus, termasuk 1 kasus risiko tinggi"],
    ["Syarat lain", "-",
     "memegang Kualifikasi Pratama paling singkat 2 tahun (tidak berlaku bagi Ahli Madya) dan "
     "pernah menyupervisi 2 pekerja sosial"],
    ["Materi uji", "uji tertulis dan studi kasus",
     "uji tertulis, studi kasus, dan wawancara portofolio"],
    ["Nilai lulus", "tertulis 70; studi kasus 75", "tertulis 75; studi kasus 80"],
    ["Masa berlaku", "3 tahun", "5 tahun"],
]

SERT_JADWAL = [
    ["Gelombang I", "15-16 April 2026", "18 orang", f"{d(2026, 3, 27)}", f"{d(2026, 4, 30)}"],
    ["Gelombang II", "7-8 Oktober 2026", "14 orang", f"{d(2026, 9, 18)}",
     f"{d(2026, 10, 23)}"],
]

SERT2026 = [
    C("KEPUTUSAN KEPALA DINAS SOSIAL PROVINSI LEMBAH SERUNI"),
    C(f"NOMOR {KEP_BARU}"),
    C("TENTANG"),
    C("SERTIFIKASI MANAJER KASUS PEKERJA SOSIAL"),
    P(FIKTIF + " Seluruh nama, nomor, dan angka dalam keputusan ini adalah rekaan."),
    C("KEPALA DINAS SOSIAL PROVINSI LEMBAH SERUNI,"),
    P("Menimbang:"),
    L(
        "a. bahwa penanganan kasus anak, lanjut usia, dan klien rehabilitasi sosial memerlukan "
        "manajer kasus yang kompetensinya teruji dan dipelihara;",
        f"b. bahwa Keputusan Kepala Dinas Sosial Nomor {KEP_LAMA} tentang Penetapan Pendamping "
        "Kasus Bersertifikat hanya mengenal satu tingkat, tidak mengatur PPPK, dan tidak "
        "mewajibkan uji studi kasus, sehingga perlu diganti;",
        "c. bahwa berdasarkan pertimbangan huruf a dan huruf b perlu menetapkan Keputusan "
        "Kepala Dinas tentang Sertifikasi Manajer Kasus Pekerja Sosial;",
    ),
    P("Mengingat:"),
    L(
        "1. Undang-Undang Nomor 14 Tahun 2019 tentang Pekerja Sosial;",
        "2. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
        f"3. Keputusan Kepala Dinas Sosial Nomor {KEP_PEDOMAN} tentang Pedoman Pengembangan "
        "Kompetensi Pegawai Dinas Sosial Provinsi Lembah Seruni Tahun 2026.",
    ),
    C("MEMUTUSKAN:"),
    P("Menetapkan: KEPUTUSAN KEPALA DINAS TENTANG SERTIFIKASI MANAJER KASUS PEKERJA SOSIAL."),
    L(
        "KESATU: Sertifikasi manajer kasus terdiri atas 2 kualifikasi, yaitu Kualifikasi "
        "Pratama dan Kualifikasi Utama, dengan persyaratan sebagaimana tercantum dalam "
        "Lampiran I.",
        "KEDUA: Sasaran sertifikasi adalah Pekerja Sosial PNS dan PPPK penuh waktu yang "
        "menduduki jabatan Pekerja Sosial. PPPK paruh waktu, relawan TAGANA, dan pendamping PKH "
        "bukan sasaran sertifikasi ini.",
        "KETIGA: Uji tertulis terdiri atas 50 soal pilihan ganda yang dikerjakan dalam 75 menit. "
        "Uji studi kasus berupa presentasi 20 menit dan tanya jawab 10 menit di hadapan 2 "
        "asesor. Wawancara portofolio bagi Kualifikasi Utama berlangsung 30 menit.",
        "KEEMPAT: Nilai kelulusan dan masa berlaku sertifikat sebagaimana tercantum dalam "
        "Lampiran I.",
        "KELIMA: Biaya uji sebesar Rp1.350.000 per peserta. Biaya uji pertama dibebankan pada "
        "APBD melalui DPA Balai Diklat Kesejahteraan Sosial. Biaya uji ulang sebesar Rp650.000 "
        "per peserta ditanggung peserta.",
        "KEENAM: Peserta yang tidak lulus dapat mengikuti uji ulang paling cepat 60 hari setelah "
        "pengumuman hasil, paling banyak 2 kali dalam satu tahun.",
        "KETUJUH: Pemegang sertifikat wajib memelihara kompetensinya dengan paling sedikit "
        "12 JP per tahun di bidang manajemen kasus dan paling sedikit 1 kali setahun menjadi "
        "penyaji kasus pada Lingkar Kasus Seruni.",
        "KEDELAPAN: Perpanjangan sertifikat diajukan paling lambat 60 hari sebelum masa "
        "berlaku berakhir dengan melampirkan bukti pemeliharaan kompetensi. Sertifikat yang "
        "telah berakhir lebih dari 6 bulan hanya dapat diperoleh kembali melalui uji penuh.",
        "KESEMBILAN: Sertifikat dicabut apabila pemegangnya terbukti melanggar kode etik "
        "pekerja sosial. Pemegang yang sertifikatnya dicabut dapat mengikuti uji kembali "
        "setelah 24 bulan.",
        "KESEPULUH: Kasus dengan risiko tinggi, yaitu kekerasan seksual terhadap anak dan "
        "tindak pidana perdagangan orang, ditangani oleh manajer kasus Kualifikasi Utama atau "
        "di bawah supervisinya.",
        "KESEBELAS: Jadwal, tempat, dan kuota uji tahun 2026 sebagaimana tercantum dalam "
        "Lampiran II. Pendaftaran dilakukan melalui portal SERUNI BELAJAR.",
        "KEDUA BELAS: Ketentuan peralihan. Sertifikat Pendamping Kasus Bersertifikat yang "
        f"diterbitkan berdasarkan Keputusan Nomor {KEP_LAMA} tetap berlaku sampai masa "
        "berlakunya berakhir, paling lama sampai dengan 31 Desember 2026, dan disetarakan "
        "dengan Kualifikasi Pratama. Pemegangnya yang mendaftar uji Kualifikasi Pratama pada "
        "tahun 2026 dibebaskan dari uji tertulis.",
        f"KETIGA BELAS: Pada saat Keputusan ini mulai berlaku, Keputusan Kepala Dinas Sosial "
        f"Nomor {KEP_LAMA} tentang Penetapan Pendamping Kasus Bersertifikat dicabut dan "
        "dinyatakan tidak berlaku.",
        "KEEMPAT BELAS: Keputusan ini mulai berlaku pada tanggal 1 Maret 2026.",
    ),
    P(f"Ditetapkan di Tanjung Seruni pada tanggal 10 Februari 2026. Kepala Dinas Sosial "
      f"Provinsi Lembah Seruni, {KADIS}, NIP {KADIS_NIP}."),
    P(f"Koordinator Sertifikasi Manajer Kasus: {KOORD_SERT}, WA {WA_SERT}."),
    BR(),
    C(f"LAMPIRAN I KEPUTUSAN NOMOR {KEP_BARU}"),
    T("Lampiran I. Persyaratan, nilai lulus, dan masa berlaku",
      ["Unsur", "Kualifikasi Pratama", "Kualifikasi Utama"], SERT_SYARAT, [30, 65, 65]),
    C(f"LAMPIRAN II KEPUTUSAN NOMOR {KEP_BARU}"),
    T("Lampiran II. Jadwal, tempat, dan kuota uji tahun 2026",
      ["Gelombang", "Tanggal uji", "Kuota", "Batas pendaftaran", "Pengumuman hasil"],
      SERT_JADWAL, [22, 30, 16, 46, 46]),
    P(
        "Uji kedua gelombang dilaksanakan hari Rabu dan Kamis di Aula Cempaka BDKS, dimulai "
        "pukul 08.00 WIB. Peserta dibagi dalam dua kelompok, satu kelompok per hari. Hasil "
        "diumumkan melalui portal SERUNI BELAJAR."
    ),
]

# =========================================================================== KEPUTUSAN 2022 (DOCX, old)
SERT2022 = [
    C("KEPUTUSAN KEPALA DINAS SOSIAL PROVINSI LEMBAH SERUNI"),
    C(f"NOMOR {KEP_LAMA}"),
    C("TENTANG"),
    C("PENETAPAN PENDAMPING KASUS BERSERTIFIKAT"),
    P(FIKTIF),
    C("KEPALA DINAS SOSIAL PROVINSI LEMBAH SERUNI,"),
    P(
        "Menimbang: bahwa untuk menjamin mutu pendampingan kasus pada panti dan bidang "
        "rehabilitasi sosial perlu menetapkan ketentuan tentang Pendamping Kasus Bersertifikat."
    ),
    P(
        "Mengingat: Undang-Undang Nomor sebelas Tahun dua ribu sembilan tentang Kesejahteraan "
        "Sosial; Undang-Undang Nomor empat belas Tahun dua ribu sembilan belas tentang Pekerja "
        "Sosial."
    ),
    C("MEMUTUSKAN:"),
    P("Menetapkan:"),
    P(
        "KESATU: Pendamping Kasus Bersertifikat adalah Pekerja Sosial Pegawai Negeri Sipil yang "
        "telah lulus uji pendamping kasus yang diselenggarakan Dinas Sosial Provinsi Lembah "
        "Seruni. Sertifikasi ini hanya terdiri atas satu tingkat."
    ),
    P(
        "KEDUA: Peserta uji harus memenuhi syarat: a. Pegawai Negeri Sipil dalam jabatan "
        "fungsional Pekerja Sosial; b. masa kerja sebagai pekerja sosial paling singkat dua "
        "tahun; c. telah menangani paling sedikit sepuluh kasus; d. telah mengikuti Bimbingan "
        "Teknis Manajemen Kasus; dan e. mendapat rekomendasi atasan langsung. Pegawai Pemerintah "
        "dengan Perjanjian Kerja tidak dapat mengikuti uji."
    ),
    P(
        "KETIGA: Uji terdiri atas uji tertulis sebanyak tiga puluh soal yang dikerjakan dalam "
        "waktu enam puluh menit dan wawancara. Peserta dinyatakan lulus apabila memperoleh "
        "nilai paling rendah enam puluh lima."
    ),
    P("KEEMPAT: Sertifikat Pendamping Kasus berlaku selama empat tahun sejak diterbitkan."),
    P(
        "KELIMA: Biaya uji sebesar tujuh ratus lima puluh ribu rupiah per peserta ditanggung "
        "oleh peserta atau unit kerjanya."
    ),
    P(
        "KEENAM: Peserta yang tidak lulus dapat mengikuti uji ulang setelah enam bulan sejak "
        "pengumuman hasil."
    ),
    P(
        "KETUJUH: Pemegang sertifikat wajib mengikuti pengembangan kompetensi di bidang "
        "pendampingan kasus paling sedikit delapan jam pelajaran setiap tahun."
    ),
    P(
        "KEDELAPAN: Uji diselenggarakan satu kali setiap tahun pada bulan Agustus dengan kuota "
        "paling banyak dua puluh orang."
    ),
    P(
        "KESEMBILAN: Sertifikat dicabut apabila pemegangnya terbukti melanggar kode etik "
        "pekerja sosial, dan yang bersangkutan dapat mengikuti uji kembali setelah dua belas "
        "bulan."
    ),
    P("KESEPULUH: Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    P(
        "Ditetapkan di Tanjung Seruni pada tanggal dua puluh dua Agustus dua ribu dua puluh "
        "dua. Kepala Dinas Sosial Provinsi Lembah Seruni, Drs. H. Bachtiar Effendi, M.M."
    ),
    P(
        f"Narahubung uji pendamping kasus: {OLD_CONTACT}, Seksi Rehabilitasi Sosial Anak dan "
        "Lanjut Usia."
    ),
]

# =========================================================================== SOP (DOCX)
SOP_IDENTITAS = [
    ["Nomor SOP", "SOP/BDKS/05/2026"],
    ["Tanggal pembuatan", "5 Januari 2026"],
    ["Tanggal revisi", "-"],
    ["Tanggal efektif", "1 Februari 2026"],
    ["Disahkan oleh", f"Kepala Balai Diklat Kesejahteraan Sosial, {KABDKS}"],
    ["Nama SOP", "Penyusunan dan Verifikasi Laporan Pasca-Pelatihan"],
]

SOP_FORMULIR = [
    ["FPP-S1", "Lembar Refleksi Pembelajaran",
     "semua pelatihan klasikal, daring, dan e-learning, dari BDKS maupun pihak luar",
     "3 hari kerja setelah pelatihan selesai", "Admin BDKS"],
    ["FPP-S2", "Rencana Aksi Penerapan", "pelatihan 16 JP atau lebih",
     "7 hari kerja setelah pelatihan selesai", "atasan langsung"],
    ["FPP-S3", "Laporan Dampak Penerapan",
     "pelatihan 30 JP atau lebih dan pelatihan eksternal yang dibiayai Dinas",
     "60 hari kalender setelah pelatihan selesai", "atasan langsung, lalu BDKS"],
    ["FPP-S4", "Lembar Berbagi Pengetahuan", "pelatihan eksternal yang dibiayai Dinas",
     "30 hari kalender setelah pelatihan selesai", "kepala unit"],
]

SOP_LANGKAH = [
    ["1", "Mengunduh formulir dari menu Laporan Saya di SERUNI BELAJAR", "Peserta",
     "hari terakhir pelatihan", "formulir FPP sesuai lama pelatihan"],
    ["2", "Mengisi dan mengunggah FPP-S1", "Peserta", "paling lambat 3 hari kerja",
     "FPP-S1 terunggah"],
    ["3", "Memeriksa FPP-S1 dan menerbitkan e-sertifikat", "Admin BDKS", "7 hari kerja",
     "e-sertifikat"],
    ["4", "Menyusun FPP-S2 bersama atasan langsung", "Peserta dan atasan langsung",
     "paling lambat 7 hari kerja", "FPP-S2 ditandatangani"],
    ["5", "Memverifikasi FPP-S2", "Atasan langsung", "5 hari kerja setelah diunggah",
     "status Disetujui"],
    ["6", "Melaksanakan rencana aksi dan mengumpulkan bukti penerapan", "Peserta",
     "60 hari kalender", "bukti penerapan"],
    ["7", "Mengunggah FPP-S3", "Peserta", "paling lambat hari ke-60", "FPP-S3 terunggah"],
    ["8", "Memverifikasi FPP-S3", "Atasan langsung", "5 hari kerja", "catatan verifikasi"],
    ["9", "Memvalidasi FPP-S3 dan mencatat JP", "Seksi Penyelenggaraan Diklat BDKS",
     "5 hari kerja", "JP tercatat di Riwayat Belajar"],
    ["10", "Berbagi pengetahuan dan mengunggah FPP-S4", "Peserta, diketahui kepala unit",
     "30 hari kalender", "FPP-S4 dan daftar hadir"],
    ["11", "Menyusun daftar laporan terlambat", "Seksi Penyelenggaraan Diklat BDKS",
     "setiap tanggal 10", "daftar keterlambatan kepada Sekretaris"],
]

SOP = [
    C("STANDAR OPERASIONAL PROSEDUR"),
    C("BALAI DIKLAT KESEJAHTERAAN SOSIAL"),
    C("DINAS SOSIAL PROVINSI LEMBAH SERUNI"),
    P(FIKTIF),
    T("Identitas SOP", ["Unsur", "Keterangan"], SOP_IDENTITAS, [40, 120]),
    H1("A. Dasar Hukum"),
    L(
        "1. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
        "Kompetensi Pegawai Negeri Sipil.",
        f"2. Keputusan Kepala Dinas Sosial Nomor {KEP_PEDOMAN} tentang Pedoman Pengembangan "
        "Kompetensi Pegawai Dinas Sosial Provinsi Lembah Seruni Tahun 2026.",
    ),
    H1("B. Kualifikasi Pelaksana"),
    L(
        "1. Admin BDKS memahami pengelolaan portal SERUNI BELAJAR.",
        "2. Atasan langsung memahami SKP dan rencana kinerja peserta.",
        "3. Verifikator BDKS memahami evaluasi pelatihan empat tingkat.",
    ),
    H1("C. Keterkaitan"),
    L(
        "1. SOP/BDKS/03/2026 Pendaftaran Pelatihan.",
        "2. SOP/BDKS/06/2026 Klaim JP Nonklasikal.",
    ),
    H1("D. Peralatan dan Perlengkapan"),
    P("Akun SERUNI BELAJAR, formulir FPP-S1 sampai dengan FPP-S4, dan pemindai dokumen."),
    H1("E. Peringatan"),
    L(
        "1. JP pelatihan tidak tercatat selama laporan yang diwajibkan belum diverifikasi; "
        "status pelatihan pada Riwayat Belajar tertulis Menunggu Laporan.",
        "2. Nama, alamat, dan foto wajah klien tidak boleh dimuat dalam laporan; gunakan kode "
        "klien.",
        "3. Laporan yang terlambat lebih dari 30 hari kalender dilaporkan kepada Sekretaris, dan "
        "pegawai yang bersangkutan tidak dapat mendaftar pelatihan BDKS selama 3 bulan.",
        "4. Perpanjangan batas waktu hanya dapat ditetapkan oleh Kepala BDKS untuk seluruh "
        "peserta satu angkatan, tidak untuk perorangan.",
    ),
    H1("F. Pencatatan dan Pendataan"),
    P("Formulir yang telah diverifikasi diarsipkan secara digital di SERUNI BELAJAR selama "
      "5 tahun."),
    H1("G. Formulir Pasca-Pelatihan"),
    T("Tabel 1. Formulir pasca-pelatihan",
      ["Kode", "Nama formulir", "Wajib untuk", "Batas waktu", "Diverifikasi oleh"],
      SOP_FORMULIR, [16, 34, 50, 36, 24]),
    P(
        "Lama pelatihan blended dihitung dari jumlah JP daring dan klasikal. Contoh: KS-105 "
        "(6 JP daring + 24 JP klasikal = 30 JP) mewajibkan FPP-S1, FPP-S2, dan FPP-S3."
    ),
    P(
        "Isi FPP-S1: tiga pelajaran utama, satu hal yang akan langsung dicoba, dan penilaian "
        "reaksi skala 1-5 atas materi, fasilitator, metode, sarana, jadwal, dan relevansi "
        "dengan pekerjaan."
    ),
    P(
        "Isi FPP-S2: kegiatan, target, jadwal, indikator keberhasilan, dan keterkaitan dengan "
        "SKP. Isi FPP-S3: hal yang telah diterapkan beserta bukti, dampak pada layanan, kendala, "
        "dukungan yang dibutuhkan, dan catatan verifikasi atasan."
    ),
    H1("H. Uraian Prosedur"),
    T("Tabel 2. Uraian prosedur", ["No", "Kegiatan", "Pelaksana", "Waktu", "Output"],
      SOP_LANGKAH, [8, 56, 34, 30, 32]),
    H1("I. Alur Prosedur"),
    L(
        "1. Mulai: pelatihan selesai; peserta membuka menu Laporan Saya.",
        "2. Peserta mengunggah FPP-S1 paling lambat 3 hari kerja.",
        "3. Admin BDKS memeriksa FPP-S1. Jika tidak lengkap, FPP-S1 dikembalikan dan peserta "
        "memperbaikinya dalam 2 hari kerja. Jika lengkap, e-sertifikat diterbitkan.",
        "4. Apakah pelatihan 16 JP atau lebih? Jika tidak, prosedur selesai dan JP dicatat. "
        "Jika ya, lanjut ke langkah 5.",
        "5. Peserta dan atasan langsung menyusun FPP-S2; atasan memverifikasi dalam 5 hari kerja.",
        "6. Apakah pelatihan 30 JP atau lebih, atau pelatihan eksternal yang dibiayai Dinas? "
        "Jika tidak, JP dicatat setelah FPP-S2 disetujui. Jika ya, lanjut ke langkah 7.",
        "7. Peserta melaksanakan rencana aksi dan mengunggah FPP-S3 paling lambat hari ke-60.",
        "8. Atasan langsung memverifikasi, lalu Seksi Penyelenggaraan Diklat memvalidasi dan "
        "mencatat JP.",
        "9. Untuk pelatihan eksternal yang dibiayai Dinas, peserta berbagi pengetahuan pada "
        "rapat unit atau Lingkar Kasus Seruni dan mengunggah FPP-S4 dalam 30 hari kalender.",
        "10. Selesai.",
    ),
    P(f"Disahkan di Tanjung Seruni, 5 Januari 2026. Kepala BDKS, {KABDKS}, NIP {KABDKS_NIP}."),
]

# =========================================================================== PENGUMUMAN (DOCX)
PESERTA = [
    ["Andi Prasetyo Wibowo, S.Tr.Sos.", "19910314 201503 1 002", "Pekerja Sosial Ahli Muda",
     "PSTW Griya Lansia Sejahtera", "A", "uji lengkap"],
    ["Benedikta Sari Uli, S.ST.", "19930722 201801 2 005", "Pekerja Sosial Ahli Pertama",
     "PSAA Tunas Bangsa", "A", "uji lengkap"],
    ["Cahya Ramadhani, S.Sos.", "19950108 202012 2 011", "Pekerja Sosial Ahli Pertama",
     "Bidang Rehabilitasi Sosial", "A", "uji lengkap"],
    ["Dimas Aryo Nugraha, S.Tr.Sos.", "19960519 202203 1 004", "Pekerja Sosial Ahli Pertama",
     "BRS Bina Pulih", "A", "uji lengkap"],
    ["Erna Widyastuti, S.ST. (*)", "19870930 201001 2 007", "Pekerja Sosial Ahli Muda",
     "Bidang Rehabilitasi Sosial", "A", "studi kasus saja"],
    ["Fajar Maulana Siddiq, S.Sos.", "199402112023211006",
     "PPPK Pekerja Sosial Ahli Pertama", "PSAA Tunas Bangsa", "A", "uji lengkap"],
    ["Gita Lestari Anggraeni, S.Tr.Sos.", "19970404 202203 2 009",
     "Pekerja Sosial Ahli Pertama", "PSTW Griya Lansia Sejahtera", "A", "uji lengkap"],
    ["Hanafi Rusdi, S.Sos.", "19920616 201903 1 003", "Pekerja Sosial Ahli Pertama",
     "Bidang Perlindungan dan Jaminan Sosial", "A", "uji lengkap"],
    ["Indah Purwaningsih, S.ST.", "19900827 201503 2 006", "Pekerja Sosial Ahli Muda",
     "PSAA Tunas Bangsa", "A", "uji lengkap"],
    ["Januarius Keraf, S.Tr.Sos.", "19950103 202012 1 008", "Pekerja Sosial Ahli Pertama",
     "BRS Bina Pulih", "A", "uji lengkap"],
    ["Kartika Dewi Maharani, S.Sos.", "199607252023212014",
     "PPPK Pekerja Sosial Ahli Pertama", "PSTW Griya Lansia Sejahtera", "A", "uji lengkap"],
    ["Lukman Hakim Nasution, S.ST. (*)", "19860412 200901 1 004", "Pekerja Sosial Ahli Muda",
     "BRS Bina Pulih", "B", "studi kasus saja"],
    ["Maya Anggraini Putri, S.Tr.Sos.", "19980219 202203 2 012", "Pekerja Sosial Ahli Pertama",
     "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", "B", "uji lengkap"],
    ["Nyoman Adi Saputra, S.Sos.", "19931105 201903 1 007", "Pekerja Sosial Ahli Pertama",
     "PSAA Tunas Bangsa", "B", "uji lengkap"],
    ["Oktaviani Rahayu, S.ST.", "19911023 201801 2 003", "Pekerja Sosial Ahli Muda",
     "PSTW Griya Lansia Sejahtera", "B", "uji lengkap"],
    ["Putu Gede Mahendra, S.Tr.Sos.", "199502282023211005",
     "PPPK Pekerja Sosial Ahli Pertama", "BRS Bina Pulih", "B", "uji lengkap"],
    ["Rahmi Fadhilah, S.Sos. (*)", "19880317 201101 2 010", "Pekerja Sosial Ahli Muda",
     "PSAA Tunas Bangsa", "B", "studi kasus saja"],
    ["Sandi Kurniawan, S.Tr.Sos.", "19960830 202012 1 005", "Pekerja Sosial Ahli Pertama",
     "Bidang Rehabilitasi Sosial", "B", "uji lengkap"],
    ["Theresia Wulandari, S.ST.", "19920409 201903 2 008", "Pekerja Sosial Ahli Pertama",
     "Bidang Perlindungan dan Jaminan Sosial", "B", "uji lengkap"],
    ["Umar Said Baharuddin, S.Sos.", "19941212 202012 1 002", "Pekerja Sosial Ahli Pertama",
     "PSTW Griya Lansia Sejahtera", "B", "uji lengkap"],
    ["Vivi Novitasari, S.Tr.Sos.", "199707142023212011", "PPPK Pekerja Sosial Ahli Pertama",
     "PSAA Tunas Bangsa", "B", "uji lengkap"],
    ["Wahyu Setiawan, S.ST.", "19890526 201402 1 003", "Pekerja Sosial Ahli Muda",
     "Bidang Rehabilitasi Sosial", "B", "uji lengkap"],
]
CADANGAN = [
    ["1", "Yulia Kartikasari, S.Sos.", "19970901 202203 2 004", "BRS Bina Pulih"],
    ["2", "Zainal Abidin Lubis, S.Tr.Sos.", "19950627 202012 1 009",
     "PSTW Griya Lansia Sejahtera"],
    ["3", "Agnes Mariani Tobing, S.ST.", "199801162023212007", "PSAA Tunas Bangsa"],
]

PENGUMUMAN = [
    C("BALAI DIKLAT KESEJAHTERAAN SOSIAL"),
    C("DINAS SOSIAL PROVINSI LEMBAH SERUNI"),
    P(f"{BDKS_ALAMAT}. {FIKTIF}"),
    C("PENGUMUMAN"),
    C("NOMOR 800.2/0621/BDKS/2026"),
    C("TENTANG PESERTA UJI SERTIFIKASI MANAJER KASUS KUALIFIKASI PRATAMA GELOMBANG I "
      "TAHUN 2026"),
    P(
        f"Berdasarkan Keputusan Kepala Dinas Sosial Nomor {KEP_BARU} dan hasil Rapat "
        "Koordinasi Pengembangan Kompetensi tanggal 8 April 2026, dengan ini diumumkan peserta "
        "Uji Sertifikasi Manajer Kasus Kualifikasi Pratama Gelombang I Tahun 2026 sebagai "
        "berikut."
    ),
    L(
        f"1. Waktu: Kelompok A pada {d(2026, 4, 28)}; Kelompok B pada {d(2026, 4, 29)}.",
        f"2. Tempat: {RAPAT_MELATI}, {KANTOR}.",
        "3. Registrasi pukul 07.30 WIB; uji tertulis pukul 08.00-09.15 WIB; uji studi kasus "
        "mulai pukul 09.45 WIB sesuai urutan nomor peserta.",
        "4. Peserta bertanda (*) adalah pemegang sertifikat Pendamping Kasus Bersertifikat yang "
        "dibebaskan dari uji tertulis dan hadir pukul 09.30 WIB.",
    ),
    T("Daftar peserta",
      ["No", "Nama", "NIP / NI PPPK", "Jabatan", "Unit kerja", "Kelompok", "Keterangan"],
      [[f"{i:02d}", *r] for i, r in enumerate(PESERTA, 1)], [6, 30, 26, 26, 30, 10, 18],
      header2=[("No", 1), ("Peserta", 2), ("Penempatan", 2), ("Uji", 2)]),
    T("Daftar cadangan", ["No", "Nama", "NIP / NI PPPK", "Unit kerja"], CADANGAN,
      [6, 50, 40, 50]),
    P(
        "Peserta cadangan dipanggil menurut urutan apabila peserta utama mengundurkan diri "
        "paling lambat Jumat, 24 April 2026 pukul 12.00 WIB."
    ),
    H1("Ketentuan bagi peserta"),
    L(
        "1. Membawa KTP-el asli dan kartu peserta yang diunduh dari SERUNI BELAJAR.",
        "2. Membawa 3 berkas portofolio kasus yang telah disamarkan dalam map, untuk diserahkan "
        "kepada asesor sebelum uji studi kasus.",
        "3. Bahan presentasi studi kasus dikirim dalam format PDF paling lambat Senin, 27 April "
        "2026 pukul 15.00 WIB melalui SERUNI BELAJAR.",
        "4. Pakaian: kemeja putih dan celana atau rok hitam.",
        "5. Peserta dari UPTD panti mengajukan Formulir Tukar Shift sesuai Surat Edaran Kepala "
        "Dinas.",
        "6. Hasil uji diumumkan pada hari Jumat, 15 Mei 2026 melalui SERUNI BELAJAR.",
    ),
    P(
        f"Narahubung: {KOORD_SERT} (Koordinator Sertifikasi), WA {WA_SERT}. Tanjung Seruni, "
        f"{d(2026, 4, 20)}. Kepala Balai Diklat Kesejahteraan Sosial, {KABDKS}."
    ),
]

# =========================================================================== NOTULEN (DOCX)
NOTULEN_KEPUTUSAN = [
    ["1", "Uji Sertifikasi Manajer Kasus Gelombang I - tanggal", "Rabu-Kamis, 15-16 April 2026",
     "Selasa-Rabu, 28-29 April 2026"],
    ["2", "Uji Sertifikasi Manajer Kasus Gelombang I - tempat", "Aula Cempaka BDKS",
     "Ruang Rapat Melati, Kantor Dinas Sosial lantai 2"],
    ["3", "Uji Sertifikasi Manajer Kasus Gelombang I - batas pendaftaran",
     "Jumat, 27 Maret 2026", "dibuka kembali sampai Jumat, 17 April 2026 pukul 16.00 WIB"],
    ["4", "Uji Sertifikasi Manajer Kasus Gelombang I - kuota", "18 orang", "22 orang"],
    ["5", "Pengumuman hasil uji Gelombang I", "Kamis, 30 April 2026", "Jumat, 15 Mei 2026"],
    ["6", "KS-118 Dukungan Psikososial Awal (DPA) pada Situasi Bencana - tanggal",
     "Selasa-Kamis, 14-16 April 2026", "Selasa-Kamis, 19-21 Mei 2026"],
    ["7", "KS-116 Pengasuhan Berbasis Trauma Angkatan I (5-7 Mei 2026) - tempat",
     "Aula Cempaka BDKS", "Aula UPTD PSAA Tunas Bangsa"],
    ["8", "Batas FPP-S3 KS-112 Manajemen Kasus Dasar Angkatan I", "Selasa, 5 Mei 2026",
     "Senin, 25 Mei 2026"],
    ["9", "Temu Pamong TITIAN Angkatan I", "Jumat, 24 April 2026 di BDKS",
     "Kamis, 30 April 2026 pukul 09.00 WIB di Aula UPTD PSAA Tunas Bangsa"],
    ["10", "Lingkar Kasus Seruni bulan April",
     "Rabu, 15 April 2026, tatap muka di BRS Bina Pulih", "Rabu, 22 April 2026, daring (Zoom)"],
    ["11", "Kuota KS-116 Angkatan II (8-10 September 2026)", "25 orang", "35 orang"],
]

NOTULEN_TL = [
    ["1", "Memperbarui jadwal, tempat, dan kuota uji Gelombang I di SERUNI BELAJAR",
     ADMIN_PORTAL, "10 April 2026"],
    ["2", "Memberitahukan perubahan KS-118 kepada Dinas Sosial kabupaten/kota", KASI_DIKLAT,
     "9 April 2026"],
    ["3", "Surat perpanjangan batas FPP-S3 KS-112 Angkatan I", KABDKS, "13 April 2026"],
    ["4", "Undangan Temu Pamong TITIAN", KOORD_TITIAN, "22 April 2026"],
    ["5", "Tautan Zoom Lingkar Kasus April", KOORD_LINGKAR, "20 April 2026"],
    ["6", "Telaah asuransi relawan TAGANA", KABID_LINJAMSOS, "30 April 2026"],
]

NOTULEN = [
    C("NOTULEN RAPAT KOORDINASI PENGEMBANGAN KOMPETENSI"),
    C("DINAS SOSIAL PROVINSI LEMBAH SERUNI"),
    P(FIKTIF),
    L(
        f"Hari/tanggal: {d(2026, 4, 8)}",
        "Waktu: pukul 13.00-15.40 WIB",
        f"Tempat: {RAPAT_MELATI}",
        f"Pimpinan rapat: {SEKRETARIS} (Sekretaris)",
        "Notulis: Ratih Purnamasari, A.Md.",
        "Hadir (14 orang): Kepala BDKS; Kepala Bidang Rehabilitasi Sosial; Kepala Bidang "
        "Perlindungan dan Jaminan Sosial; Kepala UPTD PSTW; Kepala UPTD PSAA; Kepala Subbagian "
        "Tata Usaha UPTD BRS (mewakili Kepala UPTD); Kepala Subbagian Umum dan Kepegawaian; "
        "Kepala Seksi Penyelenggaraan Diklat; Kepala Seksi Perlindungan Sosial Korban Bencana "
        "Alam; Koordinator Sertifikasi; Koordinator TITIAN; Koordinator Lingkar Kasus Seruni; "
        "admin SERUNI BELAJAR; notulis.",
    ),
    H1("1. Laporan situasi"),
    P(
        "Kepala Bidang Perlindungan dan Jaminan Sosial melaporkan banjir sejak 3 April 2026 di "
        "Kabupaten Lembah Hilir dan Kota Tanjung Seruni. Aula Cempaka BDKS dipakai sebagai "
        "tempat penampungan sementara pengungsi sampai dengan 10 Mei 2026. Sebanyak 26 pekerja "
        "sosial dan 40 relawan TAGANA dikerahkan ke pos pengungsian sehingga beberapa kegiatan "
        "pengembangan kompetensi perlu dipindahkan."
    ),
    H1("2. Keputusan rapat"),
    P("Rapat memutuskan perubahan berikut. Kegiatan lain tetap sesuai jadwal semula."),
    T("Tabel keputusan", ["No", "Kegiatan", "Semula", "Menjadi"], NOTULEN_KEPUTUSAN,
      [6, 50, 45, 55]),
    L(
        "a. Tambahan biaya uji untuk 4 peserta sebesar Rp5.400.000 dipenuhi dari pergeseran "
        "baris pengiriman pegawai ke pelatihan eksternal.",
        "b. Uji Gelombang II (7-8 Oktober 2026, kuota 14 orang) tidak berubah.",
        "c. Batas pengiriman nama peserta non-ASN untuk KS-118 menjadi Jumat, 8 Mei 2026.",
        "d. Perpanjangan batas FPP-S3 berlaku bagi seluruh peserta KS-112 Angkatan I karena "
        "sebagian besar peserta bertugas di pos pengungsian.",
        "e. Tambahan kuota KS-116 Angkatan II diperuntukkan bagi 12 pengasuh PPPK baru di PSAA "
        "Tunas Bangsa.",
        "f. Kalender Kegiatan BDKS 2026 versi Januari tidak dicetak ulang; perubahan diumumkan "
        "melalui SERUNI BELAJAR.",
    ),
    H1("3. Lain-lain"),
    L(
        "a. Usulan agar penugasan di pos pengungsian diakui sebagai JP tidak disetujui karena "
        "penugasan tanggap darurat tidak dikonversi menjadi JP; kaji ulang pascarespons tetap "
        "dapat diakui.",
        "b. Pertanyaan tentang uang lembur pegawai shift di luar kewenangan rapat dan diteruskan "
        "kepada Subbagian Perencanaan dan Keuangan.",
        "c. Usulan asuransi bagi relawan TAGANA ditelaah oleh Bidang Perlindungan dan Jaminan "
        "Sosial.",
    ),
    H1("4. Tindak lanjut"),
    T("Tabel tindak lanjut", ["No", "Tindak lanjut", "Penanggung jawab", "Batas waktu"],
      NOTULEN_TL, [6, 80, 45, 25]),
    P("Rapat ditutup pukul 15.40 WIB. Notulen disetujui pimpinan rapat."),
]

# =========================================================================== XLSX
XLSX_NAME = "matriks-kompetensi-jabatan-dinsos-2026.xlsx"

KOMPETENSI = [
    "Kode etik pekerjaan sosial",
    "Asesmen psikososial",
    "Komunikasi dan konseling dasar",
    "Manajemen kasus",
    "Pelindungan anak",
    "Perawatan sosial lanjut usia",
    "Konseling adiksi",
    "Penyuluhan sosial",
    "Pengelolaan data DTKS/SIKS-NG",
    "Pertolongan pertama di panti",
    "Dukungan psikososial bencana",
    "Supervisi reflektif",
    "Kepemimpinan pelayanan",
    "Pelindungan data klien",
]

# position, group, target JP 2026, pattern (x = required)
MATRIKS = [
    ("Pekerja Sosial Ahli Pertama", "JF", "30", "xxxx------x--x"),
    ("Pekerja Sosial Ahli Muda", "JF", "32", "xxxxx-----x--x"),
    ("Pekerja Sosial Ahli Madya", "JF", "36", "xxxxx-----xx-x"),
    ("Penyuluh Sosial Ahli Pertama", "JF", "28", "x-x----xx-x--x"),
    ("Penyuluh Sosial Ahli Muda", "JF", "28", "x-x----xx-xx-x"),
    ("Pengasuh PSAA Tunas Bangsa", "Pelaksana shift", "24", "x-x-x----x---x"),
    ("Pramu lansia PSTW Griya Lansia Sejahtera", "Pelaksana shift", "24", "x-x--x---x---x"),
    ("Konselor adiksi BRS Bina Pulih", "Pelaksana shift", "28", "xxx---x--x---x"),
    ("PPPK penuh waktu Pekerja Sosial", "PPPK", "30 (dibiayai maks. 24)", "xxxx------x--x"),
    ("Pengasuh PPPK paruh waktu", "PPPK", "10", "x--------x---x"),
    ("Operator data DTKS/SIKS-NG", "Pelaksana", "20", "--------x----x"),
    ("Pelaksana administrasi kantor", "Pelaksana", "20", "-------------x"),
    ("Pejabat pengawas", "Struktural", "24", "x-x---------xx"),
    ("Pejabat administrator", "Struktural", "26", "x----------xxx"),
    ("Relawan TAGANA", "Non-ASN", "tidak ada", "---------xx--x"),
    ("Pendamping PKH", "Non-ASN", "tidak ada", "x-x----x--x--x"),
]

# unit, ASN, JP TW I..IV 2025, ASN reaching target
JP_UNIT_2025 = [
    ("Sekretariat", 22, 118, 142, 131, 176, 17),
    ("Bidang Rehabilitasi Sosial", 18, 96, 121, 104, 158, 15),
    ("Bidang Perlindungan dan Jaminan Sosial", 16, 72, 64, 118, 131, 12),
    ("Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", 19, 88, 97, 110, 139, 13),
    ("UPTD PSTW Griya Lansia Sejahtera", 38, 96, 58, 142, 210, 11),
    ("UPTD PSAA Tunas Bangsa", 31, 104, 61, 128, 187, 12),
    ("UPTD BRS Bina Pulih", 27, 71, 40, 96, 166, 8),
    ("Balai Diklat Kesejahteraan Sosial", 14, 92, 88, 81, 97, 12),
]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties({
        "title": "Matriks Kompetensi Jabatan Dinas Sosial Provinsi Lembah Seruni 2026",
        "author": "Balai Diklat Kesejahteraan Sosial",
        "comments": FIKTIF,
        "created": FIXED_DATE.replace(tzinfo=None),
    })
    title = wb.add_format({"bold": True, "font_size": 13})
    hdr = wb.add_format({"bold": True, "border": 1, "bg_color": "#E2EFDA", "align": "center",
                         "valign": "vcenter", "text_wrap": True})
    rot = wb.add_format({"bold": True, "border": 1, "bg_color": "#E2EFDA", "rotation": 90,
                         "align": "center", "valign": "bottom", "text_wrap": True})
    cell = wb.add_format({"border": 1})
    mid = wb.add_format({"border": 1, "align": "center"})
    one = wb.add_format({"border": 1, "num_format": "0.0"})
    tot = wb.add_format({"bold": True, "border": 1})
    tot1 = wb.add_format({"bold": True, "border": 1, "num_format": "0.0"})

    ws = wb.add_worksheet("Matriks Kompetensi")
    last_col = 3 + len(KOMPETENSI) + 1
    ws.merge_range(0, 0, 0, last_col, "MATRIKS KOMPETENSI JABATAN DINAS SOSIAL PROVINSI LEMBAH "
                   "SERUNI TAHUN 2026", title)
    ws.merge_range(1, 0, 1, last_col, "Tanda ✓ = kompetensi wajib; tanda - = tidak wajib. "
                   "Disusun BDKS, Desember 2025. " + FIKTIF)
    heads = ["No", "Jabatan", "Kelompok", "Target JP 2026"]
    for col, hd in enumerate(heads):
        ws.merge_range(3, col, 4, col, hd, hdr)
    ws.merge_range(3, 4, 3, 3 + len(KOMPETENSI), "Kompetensi teknis dan sosial kultural", hdr)
    for i, k in enumerate(KOMPETENSI):
        ws.write(4, 4 + i, k, rot)
    ws.merge_range(3, last_col, 4, last_col, "Jumlah kompetensi wajib", hdr)
    for r, (jab, grp, tgt, pat) in enumerate(MATRIKS):
        row = 5 + r
        ws.write(row, 0, r + 1, cell)
        ws.write(row, 1, jab, cell)
        ws.write(row, 2, grp, cell)
        ws.write(row, 3, tgt, cell)
        for i, ch in enumerate(pat):
            ws.write(row, 4 + i, "✓" if ch == "x" else "-", mid)
        ws.write(row, last_col, pat.count("x"), mid)
    ws.set_row(4, 150)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 3, 16)
    ws.set_column(4, 3 + len(KOMPETENSI), 5)
    ws.set_column(last_col, last_col, 12)
    ws.freeze_panes(5, 2)

    ws2 = wb.add_worksheet("JP per Unit 2025")
    ws2.merge_range("A1:K1", "CAPAIAN JP PER UNIT KERJA PER TRIWULAN TAHUN 2025", title)
    ws2.merge_range("A2:K2", "Sumber: SERUNI BELAJAR per 20 Januari 2026. " + FIKTIF)
    h2 = ["No", "Unit kerja", "Jumlah ASN", "TW I", "TW II", "TW III", "TW IV", "Total JP",
          "Rata-rata JP per ASN", "ASN mencapai target", "Persen mencapai target"]
    ws2.merge_range(3, 3, 3, 6, "JP tercatat per triwulan", hdr)
    for col, hd in enumerate(h2):
        if 3 <= col <= 6:
            ws2.write(4, col, hd, hdr)
        else:
            ws2.merge_range(3, col, 4, col, hd, hdr)
    first = 5
    for r, (unit, asn, a, b, c_, dd, ok) in enumerate(JP_UNIT_2025):
        row = first + r
        total = a + b + c_ + dd
        for col, v in enumerate([r + 1, unit, asn, a, b, c_, dd]):
            ws2.write(row, col, v, cell)
        ws2.write_formula(row, 7, f"=SUM(D{row + 1}:G{row + 1})", cell, total)
        ws2.write(row, 8, round(total / asn, 1), one)
        ws2.write(row, 9, ok, cell)
        ws2.write(row, 10, round(ok / asn * 100, 1), one)
    row = first + len(JP_UNIT_2025)
    ws2.write(row, 1, "JUMLAH DINAS SOSIAL", tot)
    sums = [sum(u[i] for u in JP_UNIT_2025) for i in range(1, 7)]
    for col, letter, val in zip(range(2, 7), "CDEFG", sums[:5], strict=True):
        ws2.write_formula(row, col, f"=SUM({letter}{first + 1}:{letter}{row})", tot, val)
    grand = sum(sums[1:5])
    ws2.write_formula(row, 7, f"=SUM(H{first + 1}:H{row})", tot, grand)
    ws2.write_formula(row, 8, f"=ROUND(H{row + 1}/C{row + 1},1)", tot1, round(grand / sums[0], 1))
    ws2.write_formula(row, 9, f"=SUM(J{first + 1}:J{row})", tot, sums[5])
    ws2.write_formula(row, 10, f"=ROUND(J{row + 1}/C{row + 1}*100,1)", tot1,
                      round(sums[5] / sums[0] * 100, 1))
    ws2.set_column(1, 1, 52)
    ws2.set_column(2, 10, 12)

    ws3 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan",
        FIKTIF,
        "1. Matriks dipakai untuk analisis kesenjangan kompetensi saat Pegawai menyusun RPI. "
        "Pelatihan yang menjadi sarana setiap kompetensi tercantum dalam Katalog BDKS 2026.",
        "2. Pada baris Relawan TAGANA dan Pendamping PKH, tanda ✓ berarti kompetensi yang "
        "dianjurkan, bukan kewajiban, karena keduanya bukan ASN dan tidak memiliki target JP.",
        "3. Target JP 2026 mengikuti Tabel 3.1 Pedoman Pengembangan Kompetensi 2026. Pada tahun "
        "2025 target masih mengikuti Pedoman 2019: 24 JP bagi pekerja sosial dan penyuluh "
        "sosial, 20 JP bagi jabatan lainnya.",
        "4. Sheet JP per Unit 2025 menghitung ASN (PNS dan PPPK penuh waktu). PPPK paruh waktu "
        "belum dihitung karena baru diangkat pada Januari 2026.",
        "5. Capaian TW II UPTD panti rendah karena penerimaan klien baru, Hari Lanjut Usia "
        "Nasional, dan banyaknya cuti; BRS Bina Pulih juga kekurangan 3 konselor adiksi sejak "
        "Mei 2025.",
        "6. Matriks ditinjau ulang setiap Desember oleh BDKS bersama para kepala bidang dan "
        "kepala UPTD.",
        f"Disusun oleh Seksi Penyelenggaraan Diklat BDKS, 22 Januari 2026. Kontak: {KASI_DIKLAT},"
        f" WA {WA_KASI_DIKLAT}.",
    ]
    for i, t in enumerate(notes):
        ws3.write(i, 0, t)
    ws3.set_column(0, 0, 120)
    wb.close()


# =========================================================================== CSV
def _pct(a, b):
    return f"{a / b * 100:.1f}".replace(".", ",")


def _rupiah2(n):
    return rp(n) + ",00"


# code, batch, start, end, JP, registered, present, mean score, passed, cost, note
REALISASI = [
    ("KS-101", "I", "13/01/2026", "14/01/2026", 16, 30, 28, "82,4", 28, 41_250_000, ""),
    ("KS-122", "I", "15/01/2026", "16/01/2026", 16, 15, 15, "85,1", 15, 24_600_000,
     "calon pamong TITIAN Angkatan I"),
    ("KS-115", "I", "20/01/2026", "21/01/2026", 12, 40, 37, "79,8", 36, 6_300_000,
     "1 peserta tidak lulus karena kehadiran di bawah 90%"),
    ("KS-117", "I", "27/01/2026", "28/01/2026", 12, 30, 27, "80,6", 27, 28_900_000, ""),
    ("KS-103", "I", "03/02/2026", "05/02/2026", 24, 25, 24, "81,2", 23, 47_750_000, ""),
    ("KS-105", "I", "09/02/2026", "13/02/2026", 30, 25, 22, "78,5", 21, 58_400_000,
     "3 peserta PSAA batal karena kekurangan petugas shift"),
    ("KS-104", "I", "24/02/2026", "25/02/2026", 16, 30, 29, "83,0", 29, 32_150_000, ""),
    ("KS-112", "I", "03/03/2026", "06/03/2026", 32, 24, 24, "76,9", 22, 66_800_000,
     "2 peserta tidak lulus karena nilai praktik di bawah 75"),
    ("KS-111", "I", "10/03/2026", "11/03/2026", 16, 40, 35, "80,1", 35, 7_450_000, ""),
    ("KS-124", "kelas terbuka", "05/01/2026", "31/03/2026", 6, 212, 147, "88,6", 147,
     2_150_000, "peserta_hadir = peserta yang menyelesaikan modul sampai 31/03/2026"),
]
REALISASI_HEADER = ["no", "kode", "nama_pelatihan", "angkatan", "tanggal_mulai",
                    "tanggal_selesai", "jp", "peserta_terdaftar", "peserta_hadir",
                    "persen_kehadiran", "nilai_rata_rata", "peserta_lulus",
                    "realisasi_biaya_rp", "catatan"]


def realisasi_rows():
    rows = []
    for i, (k, ang, a, b, jp, reg, hadir, nilai, lulus, biaya, cat) in enumerate(REALISASI, 1):
        rows.append([str(i), k, KAT[k][1], ang, a, b, str(jp), str(reg), str(hadir),
                     _pct(hadir, reg), nilai, str(lulus), _rupiah2(biaya), cat])
    reg = sum(r[5] for r in REALISASI)
    hadir = sum(r[6] for r in REALISASI)
    lulus = sum(r[8] for r in REALISASI)
    biaya = sum(r[9] for r in REALISASI)
    rows.append(["", "", "JUMLAH TRIWULAN I", "", "01/01/2026", "31/03/2026", "",
                 str(reg), str(hadir), _pct(hadir, reg), "", str(lulus), _rupiah2(biaya),
                 "realisasi per 31/03/2026"])
    return rows


KALENDER_HEADER = ["no", "kode", "kegiatan", "tanggal", "hari", "waktu", "tempat", "sasaran",
                   "keterangan"]

_BULAN_NO = {"Januari": 1, "Februari": 2, "Maret": 3, "April": 4, "Mei": 5, "Juni": 6,
             "Juli": 7, "Agustus": 8, "September": 9, "Oktober": 10, "November": 11,
             "Desember": 12}


def _key(tanggal):
    m = re.match(r"(\d+)(?:–\d+)? ([A-Za-z]+)", tanggal)
    if m and m.group(2) in _BULAN_NO:
        return (_BULAN_NO[m.group(2)], int(m.group(1)))
    m = re.match(r"(\d+) ([A-Za-z]+)–", tanggal)
    return (_BULAN_NO[m.group(2)], int(m.group(1)))


LINGKAR = [
    ("21 Januari 2026", "BDKS (Aula Cempaka)", "Kasus lansia terlantar tanpa identitas", ""),
    ("18 Februari 2026", "PSTW Griya Lansia Sejahtera", "Reunifikasi lansia dengan keluarga",
     ""),
    ("11 Maret 2026", "PSAA Tunas Bangsa", "Anak korban perundungan daring",
     "dimajukan dari 18 Maret karena cuti bersama Idulfitri"),
    ("15 April 2026", "BRS Bina Pulih", "Kekambuhan klien pascarehabilitasi", ""),
    ("20 Mei 2026", "BDKS (Aula Cempaka)", "Pendampingan keluarga PKH dengan anak disabilitas",
     ""),
    ("17 Juni 2026", "PSAA Tunas Bangsa", "Dukungan psikososial anak pascabencana",
     "sesi terbuka bagi relawan TAGANA dan pendamping PKH"),
    ("15 Juli 2026", "PSTW Griya Lansia Sejahtera", "Lansia dengan demensia dan perilaku agresif",
     ""),
    ("19 Agustus 2026", "BRS Bina Pulih", "Kerja sama dengan keluarga klien NAPZA", ""),
    ("16 September 2026", "BDKS (Aula Cempaka)", "Etika berbagi data klien antarlembaga", ""),
    ("21 Oktober 2026", "PSAA Tunas Bangsa", "Pengasuhan alternatif: keluarga asuh", ""),
    ("18 November 2026", "BDKS (Aula Cempaka)", "Refleksi tahunan Lingkar Kasus",
     "sesi terbuka bagi relawan TAGANA dan pendamping PKH"),
]


def kalender_rows():
    items = []
    for k, nama, sasaran, jp, metode, sesi, tempat, *_r in KATALOG:
        for label, tanggal, hari in sesi:
            waktu = "mandiri" if "e-learning" in metode else (
                "08.30–14.00 WIB" if tempat == "Zoom" else "08.00–15.30 WIB")
            items.append((_key(tanggal), [k, f"{nama} ({label})", tanggal, hari, waktu, tempat,
                                          sasaran, f"{jp} JP"]))
    for tanggal, tempat, topik, ket in LINGKAR:
        dd_, bln, th = tanggal.split()
        items.append((_key(tanggal), ["-", f"Lingkar Kasus Seruni: {topik}", tanggal,
                                      h(int(th), _BULAN_NO[bln], int(dd_)), "13.30–15.30 WIB",
                                      tempat + " dan Zoom",
                                      "pekerja sosial, penyuluh sosial, pengasuh, konselor",
                                      ket or "2 JP peserta, 4 JP penyaji"]))
    other = [
        ("22 Januari 2026", "Kamis", "09.00–11.30 WIB", "Sosialisasi Program TITIAN Angkatan I",
         "Aula Cempaka BDKS", "calon peserta dan pamong TITIAN", ""),
        ("31 Januari 2026", "Sabtu", "23.59 WIB", "Batas pengisian RPI 2026", "SERUNI BELAJAR",
         "seluruh Pegawai", "persetujuan atasan paling lambat 14 Februari"),
        ("9 Februari–26 Juni 2026", "Senin–Jumat", "-", "Program TITIAN Angkatan I",
         "BDKS dan unit kerja peserta", "21 peserta, 9 pamong", "20 pekan"),
        ("15–16 April 2026", "Rabu–Kamis", "08.00 WIB",
         "Uji Sertifikasi Manajer Kasus Gelombang I", "Aula Cempaka BDKS",
         "Pekerja Sosial (Kualifikasi Pratama dan Utama)", "kuota 18 orang"),
        ("24 April 2026", "Jumat", "09.00–12.00 WIB", "Temu Pamong TITIAN Angkatan I",
         "Aula Cempaka BDKS", "pamong TITIAN", "tengah program"),
        ("1–30 Juni 2026", "-", "-", "Pendaftaran TITIAN Angkatan II", "SERUNI BELAJAR",
         "Pegawai baru dan calon pamong", ""),
        ("25 Juni 2026", "Kamis", "08.30–15.00 WIB", "Gelar Karya TITIAN Angkatan I",
         "Aula Cempaka BDKS", "peserta dan pamong TITIAN", "presentasi Laporan Akhir TT-3"),
        ("3 Agustus–18 Desember 2026", "Senin–Jumat", "-", "Program TITIAN Angkatan II",
         "BDKS dan unit kerja peserta", "peserta dan pamong TITIAN", "20 pekan"),
        ("7–8 Oktober 2026", "Rabu–Kamis", "08.00 WIB",
         "Uji Sertifikasi Manajer Kasus Gelombang II", "Aula Cempaka BDKS",
         "Pekerja Sosial (Kualifikasi Pratama dan Utama)", "kuota 14 orang"),
        ("17 Desember 2026", "Kamis", "08.30–15.00 WIB", "Gelar Karya TITIAN Angkatan II",
         "Aula Cempaka BDKS", "peserta dan pamong TITIAN", ""),
        ("20 Desember 2026", "Minggu", "08.00 WIB",
         "Penyerahan Penghargaan Insan Pembelajar Seruni", "Halaman Kantor Dinas Sosial",
         "seluruh Pegawai", "peringatan Hari Kesetiakawanan Sosial Nasional"),
    ]
    for tanggal, hari, waktu, keg, tempat, sasaran, ket in other:
        items.append((_key(tanggal), ["-", keg, tanggal, hari, waktu, tempat, sasaran, ket]))
    items.sort(key=lambda x: x[0])
    return [[str(i), *r] for i, (_k, r) in enumerate(items, 1)]


KUOTA_HEADER = ["kode", "pelatihan", "angkatan", "kelompok", "kota_tanjung_seruni",
                "kab_rimba_jati", "kab_lembah_hilir", "kab_batu_gading", "kab_sungai_rempah",
                "kab_pulau_kabut", "jumlah", "pembiayaan", "keterangan"]
_KUOTA = [
    ("KS-118", "Angkatan I", "relawan TAGANA", [2, 2, 3, 2, 2, 1],
     "uang harian dan penginapan: Bidang Perlindungan dan Jaminan Sosial",
     "20 kursi lainnya untuk ASN"),
    ("KS-118", "Angkatan I", "pendamping PKH", [2, 1, 2, 1, 1, 1],
     "transport ditanggung sendiri", ""),
    ("KS-119", "Angkatan I", "relawan TAGANA", [6, 5, 7, 5, 4, 5],
     "uang harian dan penginapan: Bidang Perlindungan dan Jaminan Sosial",
     "8 kursi lainnya untuk pegawai Bidang Perlindungan dan Jaminan Sosial"),
    ("KS-120", "Angkatan I", "pendamping PKH", [5, 4, 5, 4, 4, 3],
     "transport ditanggung sendiri", "10 kursi lainnya untuk penyuluh sosial"),
    ("KS-120", "Angkatan II", "pendamping PKH", [4, 5, 4, 5, 4, 3],
     "transport ditanggung sendiri", "10 kursi lainnya untuk penyuluh sosial"),
]


def kuota_rows():
    rows = []
    for k, ang, grp, q, biaya, ket in _KUOTA:
        rows.append([k, KAT[k][1], ang, grp, *[str(x) for x in q], str(sum(q)), biaya, ket])
    for k in ("KS-102", "KS-124"):
        rows.append([k, KAT[k][1], "kelas terbuka", "relawan TAGANA dan pendamping PKH",
                     "-", "-", "-", "-", "-", "-", "tidak dibatasi", "tanpa biaya",
                     "akun tamu SERUNI BELAJAR"])
    tot = [sum(r[3][i] for r in _KUOTA) for i in range(6)]
    rows.append(["", "JUMLAH KURSI NON-ASN BERKUOTA", "", "", *[str(x) for x in tot],
                 str(sum(tot)), "", "paling banyak 2 pelatihan per orang per tahun"])
    return rows

# =========================================================================== HTML portal
PORTAL_HTML = f"""\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>SERUNI BELAJAR - Portal Pembelajaran Balai Diklat Kesejahteraan Sosial</title>
<style>
body {{ font-family: Arial, sans-serif; max-width: 960px; margin: auto; }}
details {{ border: 1px solid #ccc; margin: 6px 0; padding: 6px; }}
summary {{ font-weight: bold; cursor: pointer; }}
dt {{ font-weight: bold; margin-top: 8px; }}
</style>
</head>
<body>
<header>
<h1>SERUNI BELAJAR</h1>
<p>Portal Pembelajaran Balai Diklat Kesejahteraan Sosial (BDKS), Dinas Sosial Provinsi Lembah
Seruni. Alamat portal: {PORTAL}. {FIKTIF}</p>
<nav><a href="#layanan">Layanan Bantuan</a> | <a href="#istilah">Istilah</a> |
<a href="#daftar">Cara Mendaftar</a> | <a href="#tamu">Akun Tamu</a> |
<a href="#faq">Pertanyaan Umum</a></nav>
</header>

<section id="layanan">
<h2>Layanan Bantuan (Helpdesk)</h2>
<ul>
  <li>Senin-Jumat pukul 07.30-16.00 WIB: WhatsApp dan surel.</li>
  <li>Sabtu pukul 08.00-12.00 WIB: hanya chat WhatsApp.</li>
  <li>Minggu dan hari libur nasional: helpdesk tutup; pesan dijawab pada hari kerja berikutnya.</li>
</ul>
<p>WhatsApp helpdesk: {WA_HELPDESK} (hanya chat, tidak menerima panggilan). Surel:
{EMAIL_HELPDESK}. Admin portal: {ADMIN_PORTAL}. Pertanyaan tentang jadwal dan kuota pelatihan
disampaikan kepada Seksi Penyelenggaraan Diklat BDKS, WA {WA_BDKS}.</p>
</section>

<section id="istilah">
<h2>Istilah di SERUNI BELAJAR</h2>
<dl>
  <dt>JP (jam pelajaran)</dt>
  <dd>Satuan waktu belajar; 1 JP = 45 menit. JP tercatat di menu Riwayat Belajar.</dd>
  <dt>Akun ASN</dt>
  <dd>Akun Pegawai (PNS, PPPK penuh waktu, PPPK paruh waktu) dengan nama pengguna NIP atau NI
  PPPK.</dd>
  <dt>Akun tamu</dt>
  <dd>Akun bagi relawan TAGANA dan pendamping PKH. Nama pengguna memakai NIK. Akun tamu hanya
  dapat mendaftar pelatihan yang terbuka bagi non-ASN dan tidak memiliki Riwayat Belajar
  ber-JP.</dd>
  <dt>Riwayat Belajar</dt>
  <dd>Daftar pelatihan dan kegiatan yang sudah diakui beserta JP-nya untuk tahun berjalan.</dd>
  <dt>Klaim JP</dt>
  <dd>Menu untuk mengajukan pengakuan JP kegiatan nonklasikal, misalnya webinar, Lingkar Kasus
  Seruni, atau magang.</dd>
  <dt>Laporan Saya</dt>
  <dd>Menu untuk mengunduh dan mengunggah formulir pasca-pelatihan FPP-S1 sampai FPP-S4.</dd>
  <dt>Menunggu Laporan</dt>
  <dd>Status pelatihan yang JP-nya belum tercatat karena laporan pasca-pelatihan belum
  diverifikasi.</dd>
  <dt>Kelas terbuka</dt>
  <dd>Modul e-learning yang dapat diikuti kapan saja tanpa kuota, yaitu KS-102 dan KS-124.</dd>
  <dt>Sertifikat Keikutsertaan</dt>
  <dd>Sertifikat tanpa JP bagi peserta non-ASN.</dd>
  <dt>Lencana Belajar</dt>
  <dd>Tanda penghargaan digital di profil: Lencana Perunggu (20 JP), Lencana Perak (30 JP), dan
  Lencana Emas (40 JP) dalam satu tahun. Lencana tidak menambah JP.</dd>
</dl>
</section>

<section id="daftar">
<h2>Cara mendaftar pelatihan</h2>
<ol>
  <li>Masuk dengan NIP atau NI PPPK dan kata sandi.</li>
  <li>Buka menu <b>Katalog</b>, cari kode pelatihan (misalnya KS-112), lalu klik
  <b>Daftar</b>:
    <ol type="a">
      <li>pilih angkatan;</li>
      <li>pegawai shift UPTD panti mengunggah Formulir Tukar Shift (FTS) yang sudah
      ditandatangani koordinator shift;</li>
      <li>peserta yang berdomisili lebih dari 40 km dapat mencentang <i>Menginap di Wisma
      Diklat Seruni</i>;</li>
      <li>centang pernyataan kesediaan mengikuti pelatihan sampai selesai.</li>
    </ol>
  </li>
  <li>Atasan langsung menerima notifikasi surel dan menyetujui pendaftaran.</li>
  <li>BDKS memverifikasi; status berubah menjadi <b>Terdaftar</b> paling lambat 3 hari kerja
  setelah persetujuan atasan.
    <ul>
      <li>Jika kuota penuh, status menjadi <b>Daftar Tunggu</b>.</li>
      <li>Jika pendaftaran ditolak, alasan penolakan tampil di menu Notifikasi.</li>
    </ul>
  </li>
</ol>
</section>

<section id="tamu">
<h2>Akun tamu untuk relawan TAGANA dan pendamping PKH</h2>
<ul>
  <li>Pilih <b>Buat Akun Tamu</b> di halaman masuk, lalu isi:
    <ul>
      <li>NIK dan nama sesuai KTP-el;</li>
      <li>nomor WhatsApp aktif;</li>
      <li>unggahan surat tugas dari Dinas Sosial kabupaten/kota asal.</li>
    </ul>
  </li>
  <li>Akun aktif paling lambat 1 x 24 jam setelah diverifikasi admin.</li>
  <li>Akun tamu berlaku 12 bulan dan dapat diperpanjang dengan surat tugas baru.</li>
</ul>
</section>

<section id="faq">
<h2>Pertanyaan umum</h2>
<details>
  <summary>Saya lupa kata sandi. Apa yang harus dilakukan?</summary>
  <p>Klik <b>Lupa Kata Sandi</b>. Tautan pengaturan ulang dikirim ke surel terdaftar dan
  berlaku 30 menit. Jika surel Anda sudah berganti, kirim foto kartu pegawai ke WhatsApp
  helpdesk.</p>
</details>
<details>
  <summary>Progres modul e-learning berhenti di 99%.</summary>
  <p>Modul dinyatakan selesai setelah kuis akhir lulus dengan nilai paling rendah 80. Kuis
  dapat diulang paling banyak 3 kali per hari.</p>
</details>
<details>
  <summary>Berapa JP e-learning paling banyak sehari?</summary>
  <p>Paling banyak 4 JP per hari. Kelebihannya tidak tercatat hari itu, tetapi progres modul
  tetap tersimpan.</p>
</details>
<details>
  <summary>E-sertifikat saya belum muncul.</summary>
  <p>E-sertifikat terbit paling lambat 7 hari kerja setelah FPP-S1 diunggah. Periksa menu
  Laporan Saya; jika FPP-S1 berstatus Dikembalikan, perbaiki dalam 2 hari kerja.</p>
</details>
<details>
  <summary>Apakah portal bisa dibuka dari ponsel?</summary>
  <p>Bisa, melalui peramban atau aplikasi Android SERUNI BELAJAR versi 2.3 (minimal Android
  9). Aplikasi untuk iPhone belum tersedia.</p>
</details>
<details>
  <summary>Video modul tidak bisa diputar di panti karena internet lemah.</summary>
  <p>Gunakan mode hemat data (360p) atau unduh versi PDF modul. Setiap UPTD panti juga
  memiliki Pojok Belajar dengan 2 unit komputer yang terhubung ke jaringan kantor.</p>
</details>
<details>
  <summary>Apakah relawan TAGANA mendapat JP?</summary>
  <p>Tidak. Relawan TAGANA dan pendamping PKH bukan ASN sehingga memperoleh Sertifikat
  Keikutsertaan tanpa JP.</p>
</details>
<details>
  <summary>Apakah JP di SERUNI BELAJAR otomatis masuk ke sistem kepegawaian nasional?</summary>
  <p>Tidak. SERUNI BELAJAR tidak terhubung dengan sistem kepegawaian nasional. Unduh
  e-sertifikat dan unggah sendiri riwayat pelatihan Anda ke sistem tersebut.</p>
</details>
</section>

<section id="komunitas">
<h2>Komunitas: Lingkar Kasus Seruni</h2>
<p>Pertemuan bulanan untuk membahas kasus yang telah disamarkan. Tautan Zoom dikirim melalui
menu Notifikasi paling lambat 1 hari sebelum pertemuan. Rekaman hanya dapat diputar anggota
selama 30 hari. Koordinator: {KOORD_LINGKAR}, WA {WA_LINGKAR}.</p>
</section>

<footer><p>Halaman diperbarui 2 Februari 2026. &copy; Balai Diklat Kesejahteraan Sosial,
{BDKS_ALAMAT}.</p></footer>
</body>
</html>
"""

# =========================================================================== Markdown catalogue
def _katalog_md():
    head = (
        "---\n"
        "id: katalog-bdks-2026\n"
        "judul: Katalog Balai Diklat Kesejahteraan Sosial 2026\n"
        "penerbit: Balai Diklat Kesejahteraan Sosial, Dinas Sosial Provinsi Lembah Seruni\n"
        "tanggal: 2026-01-15\n"
        "---\n\n"
        "# Katalog Balai Diklat Kesejahteraan Sosial (BDKS) 2026\n\n"
        f"{FIKTIF}\n\n"
        "Katalog ini memuat 24 pelatihan internal BDKS dengan kode KS-101 sampai KS-124. "
        "Tanggal setiap angkatan ada di Kalender Kegiatan BDKS 2026. Pendaftaran melalui "
        "SERUNI BELAJAR paling lambat 10 hari kerja sebelum pelatihan dimulai. Kolom "
        "**Non-ASN** menunjukkan apakah relawan TAGANA atau pendamping PKH boleh mendaftar.\n\n"
        "| Kode | Nama pelatihan | Sasaran | JP | Metode | Angkatan 2026 | Kuota per angkatan "
        "| Prasyarat | Non-ASN |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
    )
    rows = []
    for k, nama, sasaran, jp, metode, sesi, _tempat, kuota, pra, na in KATALOG:
        ang = "kelas terbuka" if sesi[0][0] == "Kelas terbuka" else f"{len(sesi)} angkatan"
        rows.append(f"| {k} | {nama} | {sasaran} | {jp} JP | {metode} | {ang} | {kuota} | {pra} "
                    f"| {'ya' if na else 'tidak'} |")
    tail = (
        "\n\n## Catatan katalog\n\n"
        "- KS-112 Manajemen Kasus Dasar adalah syarat uji sertifikasi manajer kasus Kualifikasi "
        "Pratama; KS-113 Manajemen Kasus Lanjut adalah syarat Kualifikasi Utama.\n"
        "- KS-117 adalah satu-satunya pelatihan klasikal yang boleh diikuti pegawai shift pada "
        "periode tanpa pelepasan, bila diadakan di lokasi UPTD sendiri.\n"
        "- KS-118 menyediakan 40 kursi: 20 untuk ASN dan 20 untuk relawan TAGANA serta "
        "pendamping PKH.\n"
        "- KS-119 khusus relawan TAGANA dan pegawai Bidang Perlindungan dan Jaminan Sosial; "
        "KS-120 khusus pendamping PKH dan penyuluh sosial.\n"
        "- KS-106 dan KS-109 dilaksanakan di UPTD (praktik langsung bersama penerima manfaat); "
        "peserta wajib menandatangani pernyataan kerahasiaan.\n"
        "- KS-122 wajib bagi calon pamong TITIAN yang belum pernah mengikutinya.\n"
        "- Pelatihan yang tidak tercantum dalam katalog ini tidak diselenggarakan BDKS pada "
        "tahun 2026.\n\n"
        f"Kontak: Seksi Penyelenggaraan Diklat BDKS, {KASI_DIKLAT}, WA {WA_BDKS}, "
        f"surel {EMAIL_BDKS}.\n"
    )
    return head + "\n".join(rows) + tail


KATALOG_MD = _katalog_md()

# =========================================================================== Markdown Q&A TITIAN
TANYA_JAWAB_MD = f"""\
# Log Tanya Jawab Program TITIAN Angkatan I 2026

{FIKTIF}

Dihimpun oleh Koordinator TITIAN, {KOORD_TITIAN}, dari pertanyaan peserta dan pamong melalui
WhatsApp dan surel. Nama penanya tidak dicantumkan. Jawaban mengikuti Pedoman Pengembangan
Kompetensi 2026 dan paparan sosialisasi 22 Januari 2026.

---

### TJ-01 ({d(2026, 2, 12)}) - Peserta, PSTW Griya Lansia Sejahtera

**T:** Pamong saya bertugas di BRS Bina Pulih, jaraknya jauh. Apakah semua sesi harus tatap
muka?

**J:** Tidak. Paling banyak 3 sesi boleh dilakukan daring (video call). Sesi daring tetap
dicatat di Jurnal Refleksi TT-2 dengan tangkapan layar yang tidak menampilkan wajah klien.

### TJ-02 ({d(2026, 2, 13)}) - Peserta, kantor Dinas

**T:** Kapan batas unggah Kontrak Belajar TT-1?

**J:** Senin, 23 Februari 2026. Hitungannya 10 hari kerja sejak 9 Februari, dan Imlek
17 Februari tidak dihitung.

### TJ-03 ({d(2026, 2, 19)}) - Pamong, Bidang Rehabilitasi Sosial

**T:** Saya mendampingi 3 peserta. Bolehkah sesi dilakukan berkelompok?

**J:** Boleh. Sesi kelompok berisi paling banyak 3 peserta dan dihitung 1 sesi bagi setiap
peserta. Bagi pamong, sesi kelompok dihitung 1 sesi (1,5 JP), bukan 3 sesi.

### TJ-04 ({d(2026, 2, 26)}) - Peserta, PSAA Tunas Bangsa

**T:** Saya sering Shift Malam. Sesi pendampingan boleh jam berapa?

**J:** Sesi tidak dijadwalkan dalam 8 jam setelah Shift Malam berakhir. Jika Shift Malam
selesai pukul 07.00 WIB, sesi paling cepat dimulai pukul 15.00 WIB.

### TJ-05 ({d(2026, 3, 5)}) - Peserta, BRS Bina Pulih

**T:** Jurnal TT-2 saya terlambat diunggah. Apa akibatnya?

**J:** TT-2 diunggah paling lambat 3 hari kerja setelah sesi. Jika terlambat, sesi tetap
dihitung sebagai kehadiran, tetapi JP sesi tersebut tidak diakui.

### TJ-06 ({d(2026, 3, 12)}) - Peserta, PSTW Griya Lansia Sejahtera

**T:** Pamong saya dimutasi ke kabupaten. Bagaimana kelanjutan pendampingan saya?

**J:** Koordinator menunjuk pamong pengganti paling lambat 10 hari kerja. Sesi yang sudah
dijalani tetap dihitung.

### TJ-07 ({d(2026, 3, 26)}) - Peserta, kantor Dinas

**T:** Untuk shadowing kunjungan rumah, apakah ada uang transport?

**J:** Tidak ada uang transport dari program TITIAN. Kunjungan memakai kendaraan dinas unit
kerja pamong atau dijadwalkan bersamaan dengan kunjungan dinas yang sudah direncanakan.

### TJ-08 ({d(2026, 3, 27)}) - Pamong, PSAA Tunas Bangsa

**T:** Bolehkah nama klien ditulis di jurnal jika jurnal hanya dibaca pamong?

**J:** Tidak boleh. Gunakan kode klien dengan format UNIT-TAHUN-NOMOR, misalnya PSAA-26-014.

### TJ-09 ({d(2026, 4, 6)}) - Peserta, BRS Bina Pulih

**T:** Saya ditugaskan di pos pengungsian banjir, sesi April terlewat. Apakah programnya
diperpanjang?

**J:** Program tidak diperpanjang. Sesi yang terlewat diganti dengan sesi pengganti paling
lambat 29 Mei 2026, dan syarat minimal 8 sesi tetap berlaku.

### TJ-10 ({d(2026, 4, 9)}) - Pamong, PSTW Griya Lansia Sejahtera

**T:** Temu Pamong jadi tanggal 24 April?

**J:** Tidak, sudah dipindah oleh rapat koordinasi 8 April ke Kamis, 30 April 2026 pukul 09.00
WIB di Aula UPTD PSAA Tunas Bangsa.

### TJ-11 ({d(2026, 4, 16)}) - Pamong, Bidang Perlindungan dan Jaminan Sosial

**T:** Kapan honorarium pamong dibayarkan?

**J:** Tahap 1 (Februari-April) dibayarkan paling lambat 8 Mei 2026 dan tahap 2 (Mei-Juni)
paling lambat 10 Juli 2026, ditransfer ke rekening gaji.

### TJ-12 ({d(2026, 4, 23)}) - Kepala Seksi, PSAA Tunas Bangsa

**T:** Apakah pengasuh PPPK paruh waktu boleh ikut TITIAN?

**J:** Angkatan I belum. Angkatan II dibuka sebagai uji coba untuk paling banyak 4 pengasuh
PPPK paruh waktu.

### TJ-13 ({d(2026, 5, 7)}) - Koordinator Wilayah PKH

**T:** Bolehkah pendamping PKH menyaksikan Gelar Karya TITIAN?

**J:** Boleh hadir sebagai penonton, tempat terbatas 20 kursi, daftar melalui Koordinator
TITIAN. Penonton tidak memperoleh sertifikat.

### TJ-14 ({d(2026, 5, 13)}) - Peserta, PSAA Tunas Bangsa

**T:** Bagaimana format presentasi di Gelar Karya?

**J:** Presentasi 15 menit dan tanya jawab 10 menit. Penilainya 2 pamong yang bukan pamong
peserta tersebut ditambah Kepala BDKS.

### TJ-15 ({d(2026, 5, 21)}) - Peserta, kantor Dinas

**T:** Kalau saya tidak lulus, apakah harus mengulang dari awal?

**J:** Tidak. Peserta yang tidak lulus hanya mengulang Fase Mandiri bersama Angkatan II, yaitu
pekan 17-20 (23 November-18 Desember 2026).

### TJ-16 ({d(2026, 5, 28)}) - Pamong, BRS Bina Pulih

**T:** Kapan JP TITIAN masuk ke Riwayat Belajar?

**J:** JP peserta dan pamong dicatat sekaligus setelah Laporan Akhir TT-3 diverifikasi, paling
lambat 10 hari kerja setelah Gelar Karya.
"""

# =========================================================================== e-mail thread
EMAIL_TXT = f"""\
Dari: Rahmat Hidayatullah <rahmat.hidayatullah@dinsos.lembahseruni.contoh>
Dikirim: Kamis, 9 April 2026 10.12
Kepada: Kepala Bidang Perlindungan dan Jaminan Sosial Dinas Sosial Kabupaten/Kota se-Provinsi Lembah Seruni
Cc: Joko Susilo Pranoto <joko.pranoto@dinsos.lembahseruni.contoh>; Melati Sukmawati <korwil.pkh.seruni@contoh.id>
Perihal: Fwd: Re: Re: Peserta non-ASN pada KS-118 dan KS-119

{FIKTIF}

Yth. Bapak/Ibu Kepala Bidang Perlindungan dan Jaminan Sosial kabupaten/kota,

Bersama ini kami teruskan penjelasan BDKS tentang keikutsertaan relawan TAGANA dan pendamping
PKH pada pelatihan KS-118 dan KS-119 (lihat surel di bawah).

PERUBAHAN JADWAL: sesuai rapat koordinasi tanggal 8 April 2026, KS-118 Dukungan Psikososial
Awal dipindahkan ke Selasa-Kamis, 19-21 Mei 2026 di Aula Cempaka BDKS, karena relawan TAGANA
masih bertugas di pos pengungsian banjir. Batas pengiriman nama peserta non-ASN KS-118 menjadi
Jumat, 8 Mei 2026. KS-119 tetap 18-19 Agustus 2026.

Mohon nama peserta dikirim melalui akun tamu SERUNI BELAJAR, bukan melalui surel.

Salam,
Rahmat Hidayatullah, S.Sos.
Kepala Seksi Penyelenggaraan Diklat, Balai Diklat Kesejahteraan Sosial
WA {WA_KASI_DIKLAT}

-----Pesan Asli-----
Dari: Rahmat Hidayatullah
Dikirim: Senin, 30 Maret 2026 15.47
Kepada: Joko Susilo Pranoto
Cc: Melati Sukmawati
Perihal: Re: Re: Peserta non-ASN pada KS-118 dan KS-119

Pak Joko, Bu Melati,

Menjawab pertanyaan Bu Melati: apakah sertifikat KS-120 dapat dipakai untuk pemenuhan
persyaratan pendamping dari kementerian, itu di luar kewenangan BDKS. Kami hanya menerbitkan
Sertifikat Keikutsertaan tanpa JP.

Untuk Pak Joko: kamar Wisma Diklat Seruni boleh dipakai relawan TAGANA kalau masih kosong,
tetapi prioritas tetap peserta ASN yang berdomisili lebih dari 40 km. Untuk KS-118 saat ini
tersisa 9 tempat tidur.

Rahmat

> -----Pesan Asli-----
> Dari: Melati Sukmawati
> Dikirim: Senin, 30 Maret 2026 09.20
> Perihal: Re: Peserta non-ASN pada KS-118 dan KS-119
>
> Pak Rahmat, ikut bertanya. Untuk pendamping PKH yang ikut KS-120, apakah sertifikatnya bisa
> dipakai untuk persyaratan pendamping dari kementerian? Terima kasih.
> Melati Sukmawati, Koordinator Wilayah PKH Provinsi Lembah Seruni, WA {WA_PKH}
>
>> -----Pesan Asli-----
>> Dari: Rahmat Hidayatullah
>> Dikirim: Jumat, 27 Maret 2026 16.05
>> Perihal: Re: Peserta non-ASN pada KS-118 dan KS-119
>>
>> Pak Joko,
>>
>> 1. Relawan TAGANA dan pendamping PKH bukan ASN, jadi tidak memperoleh JP. Mereka
>>    menerima Sertifikat Keikutsertaan.
>> 2. Kuota per kabupaten/kota mengikuti berkas kuota peserta non-ASN 2026: KS-118 untuk
>>    12 relawan TAGANA dan 8 pendamping PKH; KS-119 untuk 32 relawan TAGANA.
>> 3. Relawan berusia 17 tahun belum dapat kami terima; usia paling rendah 18 tahun.
>> 4. Setiap peserta membawa surat tugas dari Dinas Sosial kabupaten/kota asal.
>> 5. BDKS menanggung bahan, konsumsi (makan siang dan 2 kali rehat), dan sertifikat.
>> 6. Batas pengiriman nama peserta KS-118: Selasa, 31 Maret 2026.
>>
>> Rahmat
>>
>>> -----Pesan Asli-----
>>> Dari: Joko Susilo Pranoto
>>> Dikirim: Kamis, 26 Maret 2026 11.32
>>> Kepada: Balai Diklat Kesejahteraan Sosial <{EMAIL_BDKS}>
>>> Perihal: Peserta non-ASN pada KS-118 dan KS-119
>>>
>>> Selamat siang BDKS,
>>>
>>> Kami berencana mengirim relawan TAGANA ke KS-118 dan KS-119. Mohon penjelasan:
>>> a. apakah relawan mendapat JP?
>>> b. berapa kuotanya?
>>> c. ada relawan yang baru berusia 17 tahun, bolehkah ikut?
>>> d. apa saja yang ditanggung BDKS?
>>>
>>> Dari pihak Bidang kami, uang harian relawan Rp150.000 per orang per hari dan
>>> penginapan kami tanggung dari DPA Bidang Perlindungan dan Jaminan Sosial.
>>>
>>> Joko Susilo Pranoto, S.E.
>>> Kepala Seksi Perlindungan Sosial Korban Bencana Alam
>>> WA {WA_BENCANA}
"""

# =========================================================================== WhatsApp group
WA_TXT = f"""\
Ekspor obrolan grup WhatsApp "Pengasuh PSAA Tunas Bangsa" - 4 s.d. 8 Mei 2026
{FIKTIF}

[04/05/26 06.58] Sri Rejeki (Koord. Shift): Selamat pagi tim 🙏 Pengingat: KS-116 Pengasuhan Berbasis Trauma angkatan I besok Selasa-Kamis 5-7 Mei. Tempatnya BUKAN di BDKS ya, tapi di aula kita sendiri (Aula PSAA) krn Aula Cempaka masih dipakai pengungsi
[04/05/26 07.02] Sri Rejeki (Koord. Shift): Peserta dr PSAA 6 org: Ani, Bayu, Citra, Dedi, Eka, Fitri. Registrasi 07.30 WIB, mulai 08.00
[04/05/26 07.15] Bayu Pratama: siap bu. sy shift malam tgl 4 ini, besok pagi bisa lgsg ikut hari pertama?
[04/05/26 07.19] Sri Rejeki (Koord. Shift): Ga bisa mas, habis shift malam ga boleh ikut kelas yg mulai sblm jam 13.00. Tukeran sama Gilang ya, isi FTS hari ini
[04/05/26 07.21] Gilang Ramadhan: oke sy gantiin malam ini mas Bayu 👍
[04/05/26 07.40] Lusi Handayani: bu sy pppk paruh waktu, sy wajib jp brp sih? ga ikut ks-116 kan
[04/05/26 07.44] Sri Rejeki (Koord. Shift): 10 JP setahun Lus, boleh e-learning semua
[04/05/26 08.05] Citra Maharani: uang transport 40rb per hari dpt ga bu?
[04/05/26 08.31] Rudi Hartono (Ka UPTD): Krn pelatihannya di aula PSAA sendiri, uang transport tidak dibayarkan ya, sesuai SE. Tapi konsumsi disediakan BDKS
[04/05/26 08.33] Rudi Hartono (Ka UPTD): Hari pertama pakai batik, hari ke-2 dan ke-3 seragam dinas
[04/05/26 09.10] Dedi Kurnia: ks-116 dpt jp brp bu? trus laporannya apa aja
[04/05/26 09.16] Sri Rejeki (Koord. Shift): 24 JP. Laporan FPP-S1 (3 hari kerja) sama FPP-S2 (7 hari kerja) krn 16 JP ke atas. FPP-S3 ga wajib krn di bawah 30 JP
[04/05/26 12.47] Eka Susanti: izin, shift pagi besok siapa yg jaga kamar 3 (remaja)? kan 2 org dr pagi ikut pelatihan
[04/05/26 12.52] Sri Rejeki (Koord. Shift): Pagi tetap 5 org minimal. Yg dilepas maks 2 per shift. Besok pagi Hendra & Wati masuk tambahan
[05/05/26 16.20] Ani Rahmawati: Hari 1 selesai. Materinya bagus bgt. Absen QR kmrn dibuka jam 07.30 ya ternyata
[05/05/26 19.03] Fitri Amalia: Bu, Lingkar Kasus bulan Mei jadinya kapan? sy mau ikut
[05/05/26 19.10] Sri Rejeki (Koord. Shift): Rabu 20 Mei, di BDKS jam 13.30, bisa via Zoom jg
[06/05/26 06.45] Gilang Ramadhan: lapor, shift malam aman. 2 anak demam sdh dibawa ke klinik pagi ini
[06/05/26 10.30] Eko Wibisono: bu, kalau lembur gara2 gantiin shift teman yg pelatihan, dibayar ga?
[06/05/26 10.41] Sri Rejeki (Koord. Shift): Itu bukan ranah sy mas, tanya Subbag Keuangan ya
[07/05/26 15.45] Rudi Hartono (Ka UPTD): Terima kasih panitia & peserta KS-116. Jangan lupa FPP-S1 paling lambat Selasa 12 Mei ya. Sertifikat keluar setelah FPP-S1 masuk
[07/05/26 15.50] Citra Maharani: siap pak 🙏
[08/05/26 08.12] Sri Rejeki (Koord. Shift): Info: KS-116 angkatan II (8-10 Sept) kuotanya jadi 35, prioritas 12 pengasuh PPPK baru kita. Yg blm ikut angkatan I silakan daftar di SERUNI BELAJAR
"""

# =========================================================================== registry and main
DOCS = {
    "pedoman-pengembangan-kompetensi-dinsos-2026": (
        "pdf", PEDOMAN, "Pedoman Pengembangan Kompetensi Dinas Sosial 2026"),
    "se-pengembangan-kompetensi-pegawai-shift-2026": (
        "pdf", SE, f"Surat Edaran {SE_NO}"),
    "paparan-sosialisasi-titian-2026": (
        "pdf", SLIDES, "Sosialisasi TITIAN Angkatan I 2026"),
    "kepkadis-sertifikasi-manajer-kasus-2026": (
        "pdf", SERT2026, f"Keputusan {KEP_BARU}"),
    "kepkadis-pendamping-kasus-bersertifikat-2022": (
        "docx", SERT2022, f"Keputusan {KEP_LAMA}"),
    "sop-laporan-pasca-pelatihan-bdks": (
        "docx", SOP, "SOP/BDKS/05/2026 Laporan Pasca-Pelatihan"),
    "pengumuman-peserta-uji-manajer-kasus-gel-i-2026": (
        "docx", PENGUMUMAN, "Pengumuman Peserta Uji Manajer Kasus Gelombang I 2026"),
    "notulen-rapat-koordinasi-bdks-april-2026": (
        "docx", NOTULEN, "Notulen Rapat Koordinasi 8 April 2026"),
}
RENDER = {"paparan-sosialisasi-titian-2026": make_slides}

PLAIN = {
    "portal-seruni-belajar.html": PORTAL_HTML,
    "katalog-bdks-2026.md": KATALOG_MD,
    "tanya-jawab-pendampingan-titian.md": TANYA_JAWAB_MD,
    "email-peserta-non-asn-ks-118.txt": EMAIL_TXT,
    "grup-wa-psaa-tunas-bangsa-mei-2026.txt": WA_TXT,
}

CSVS = {
    "realisasi-pelatihan-triwulan-i-2026.csv": (REALISASI_HEADER, realisasi_rows, ";"),
    "kalender-kegiatan-bdks-2026.csv": (KALENDER_HEADER, kalender_rows, ","),
    "kuota-peserta-non-asn-2026.csv": (KUOTA_HEADER, kuota_rows, ","),
}


def csv_text(header, rows, delimiter=","):
    """CSV with a closing note row carrying the sentence "Dokumen fiktif, untuk evaluasi."."""
    note = ["Catatan: " + FIKTIF] + [""] * (len(header) - 1)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    w.writerow(note)
    return buf.getvalue()


def xlsx_text(path):
    """Cell text of the workbook, sheet by sheet, one row per line (tab-separated)."""
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


def print_all_texts(names):
    """--text: PDF/DOCX through the shared helper, then the other documents' source text."""
    binary = [n for n in names if n in DOCS] if names else []
    if not names or binary:
        print_texts(DOCS, binary)
    for fname, content in PLAIN.items():
        stem = os.path.splitext(fname)[0]
        if not names or stem in names:
            print(f"===== {fname} =====")
            print(content)
    for fname, (header, rows, delim) in CSVS.items():
        stem = os.path.splitext(fname)[0]
        if not names or stem in names:
            print(f"===== {fname} =====")
            print(csv_text(header, rows(), delim))
    stem = os.path.splitext(XLSX_NAME)[0]
    if not names or stem in names:
        path = os.path.join(OUT, XLSX_NAME)
        if not os.path.exists(path):
            os.makedirs(OUT, exist_ok=True)
            write_xlsx(path)
        print(f"===== {XLSX_NAME} =====")
        print(xlsx_text(path))


def write_documents(out):
    os.makedirs(out, exist_ok=True)
    for name, (fmt, blocks, title) in DOCS.items():
        path = os.path.join(out, f"{name}.{fmt}")
        if fmt == "pdf":
            to_text(blocks).encode("latin-1")  # core PDF fonts are latin-1 only
            render = RENDER.get(name, make_pdf_s)
            print(f"wrote {path} ({render(blocks, path, title)} pages)")
        else:
            make_docx(blocks, path, title)
            _fix_zip_times(path)
            print(f"wrote {path}")
    for fname, content in PLAIN.items():
        path = os.path.join(out, fname)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        print(f"wrote {path}")
    for fname, (header, rows, delim) in CSVS.items():
        with open(os.path.join(out, fname), "w", encoding="utf-8", newline="") as f:
            f.write(csv_text(header, rows(), delim))
        print(f"wrote {fname}")
    write_xlsx(os.path.join(out, XLSX_NAME))
    print(f"wrote {XLSX_NAME}")


def main(argv):
    if "--check" in argv:
        ok = check_question_set(os.path.join(HERE, "questions_agency_s.yaml"), DOCS, OUT, "s")
        sys.exit(0 if ok else 1)
    if "--text" in argv:
        print_all_texts([a for a in argv if a != "--text"])
        return
    write_documents(OUT)


if __name__ == "__main__":
    main(sys.argv[1:])
