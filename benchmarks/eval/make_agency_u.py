#!/usr/bin/env python3
"""Generate the documents of the fictional "agency U" evaluation set.

Agency U: Dinas Perpustakaan dan Kearsipan (DPK) Provinsi Bukit Kemuning (fictional province,
capital Kota Kemuning Jaya, WITA time zone). Staff: JF Arsiparis, JF Pustakawan, JF Pranata
Komputer, an Analis SDM Aparatur, structural officials, PPPK (full and part time), the records
center UPTD Depo Arsip Sekar Tanjung, the mobile library (Satuan Perpustakaan Keliling: Pusling
01-03 and one Motor Pustaka), honorary staff and student interns (not ASN, no JP). In-house
catalogue "Kelas Lontar" (KA-01..KA-07 kearsipan, KP-01..KP-07 kepustakawanan, KU-01..KU-06
umum) on the LMS "LONTAR DARING"; mentoring programme JEMBATAN (forms JMB-01..JMB-03);
post-training reflection reports LRK-1 / LRK-2 / LRK-3 and the Sesi Bagi Ilmu; competency-test
facilitation (Keputusan 800.1.13/047/DPK/2026, corrected by a RALAT, revokes Keputusan
800/212/DPK/2023, which is still in the folder and does not say it is revoked); a circular of
21 Juli 2026 and the online meeting of 4 Agustus 2026 move dates, venues and quotas; buletin
Warta Lontar; Anugerah Lontar Emas. Everything is fictional ("Dokumen fiktif, untuk evaluasi.").

Document shapes (none used by earlier sets):
  pedoman-pengembangan-kompetensi-dpk-2026.pdf      long handbook (>= 15 pages) with a table of
                                                    contents (dot leaders, page numbers) and two
                                                    lampiran tables that run over several pages
                                                    with the header row repeated
  buletin-warta-lontar-edisi-7-juli-2026.pdf        two-column newsletter: masthead, articles,
                                                    boxed agenda (values before the moves)
  kalender-kegiatan-bangkom-september-2026.pdf      month grid calendar (landscape), July version
  keputusan-fasilitasi-uji-kompetensi-jf-2026.pdf   NEW rule: DIKTUM KESATU..., two lampiran
  ralat-keputusan-fasilitasi-uji-kompetensi-2026.txt corrigendum: "tertulis ... seharusnya ..."
  keputusan-fasilitasi-uji-kompetensi-2023.docx     OLD rule (revoked, does not say so): kop surat
                                                    in the page header, footer, a text box stamp
  faq-pengembangan-kompetensi-kelas-lontar.docx     numbered Q&A, answers with "a. b. c." and "1) 2)"
  kak-fasilitasi-uji-kompetensi-jf-2026.docx        terms of reference (KAK) with tables and RAB
  realisasi-anggaran-bangkom-2026.html              <table> with <caption>, <thead>, <tfoot> totals
  formulir-pendaftaran-kelas-lontar-semester-ii-2026.html  web form: <fieldset>, <select> with
                                                    <optgroup>, disabled options, hints
  direktori-kontak-helpdesk-dpk.html                contact cards (<article>, <address>, tel: links)
  rekap-jp-unit-kerja-2026.xlsx                     cross-tab units x months, formulas with cached
                                                    values, hidden reference sheet, notes sheet
  capaian-jp-pegawai-semester-i-2026.csv            UTF-8 BOM, ';', decimal commas, subtotal rows
  presensi-qr-ka-02-angkatan-ii-2026.csv            QR attendance export, one row per person per day
  panduan-mentoring-jembatan.md                     YAML front matter + admonitions (!!! / > [!NOTE])
  ketentuan-laporan-refleksi-pasca-pelatihan.md     Markdown with footnotes [^n]
  se-perubahan-jadwal-kelas-lontar-semester-ii-2026.txt  surat edaran, numbered points with lettered
                                                    sub-points and "1) 2)" (moves values)
  transkrip-rapat-daring-tim-bangkom-4-agustus-2026.txt  auto-transcript with timestamps and
                                                    speakers, summary of decisions (moves values)

Usage:
  python make_agency_u.py              # write all documents
  python make_agency_u.py --text       # text of every document (as extracted from the files)
  python make_agency_u.py --text NAME  # only the document whose file stem is NAME
  python make_agency_u.py --check      # check questions_agency_u.yaml against the documents
"""

import csv
import datetime
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agency_u")
QUESTIONS = os.path.join(HERE, "questions_agency_u.yaml")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 10, 9, 8, 0, tzinfo=datetime.UTC)

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
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


def D(s):
    return datetime.date.fromisoformat(s)


def tgl(s, hari=True):
    """'2026-09-22' -> 'Selasa, 22 September 2026'."""
    d = D(s) if isinstance(s, str) else s
    t = f"{d.day} {BULAN[d.month - 1]} {d.year}"
    return f"{HARI[d.weekday()]}, {t}" if hari else t


def rentang(a, b, hari=False):
    """('2026-09-08', '2026-09-10') -> '8-10 September 2026'."""
    x, y = D(a), D(b)
    if x == y:
        return tgl(a, hari)
    hh = f"{HARI[x.weekday()]}-{HARI[y.weekday()]}, " if hari else ""
    if x.month == y.month:
        return f"{hh}{x.day}-{y.day} {BULAN[x.month - 1]} {x.year}"
    return f"{hh}{x.day} {BULAN[x.month - 1]}-{y.day} {BULAN[y.month - 1]} {y.year}"


def rp(n):
    return "Rp" + f"{n:,}".replace(",", ".")


def ribuan(n):
    return f"{n:,}".replace(",", ".")


def pct(a, b, nd=1):
    return f"{round(100 * a / b, nd):.{nd}f}".replace(".", ",")


# --------------------------------------------------------------------------- the agency
PROV = "Provinsi Bukit Kemuning"
IBUKOTA = "Kemuning Jaya"
DINAS = "Dinas Perpustakaan dan Kearsipan Provinsi Bukit Kemuning"
DINAS_UP = "DINAS PERPUSTAKAAN DAN KEARSIPAN"
KANTOR = "Jalan Cendana Raya Nomor 17, Kemuning Jaya 83125"
TELP = "(0370) 641-228"
DOMAIN = "dpk.bukitkemuning.contoh"
LMS = "LONTAR DARING"
LMS_URL = "lontar.dpk.bukitkemuning.contoh"
EMAIL_KEPEG = "kepegawaian@dpk.bukitkemuning.contoh"
EMAIL_HELP = "helpdesk.lontar@dpk.bukitkemuning.contoh"
EMAIL_UJI = "ujikom@dpk.bukitkemuning.contoh"
EMAIL_REDAKSI = "redaksi.wartalontar@dpk.bukitkemuning.contoh"
EMAIL_JMB = "jembatan@dpk.bukitkemuning.contoh"

KADIS = "Dr. Irawati Pasaribu, M.Hum."
KADIS_NIP = "19710415 199703 2 006"
KADIS_LAMA = "Drs. Made Sukarta, M.Si."
KADIS_LAMA_NIP = "19640821 199003 1 005"
SEKRETARIS = "Hendro Wicaksono, S.Sos., M.AP."
KASUBAG_UK = "Yuliana Tampubolon, S.E."
KASUBAG_UK_NIP = "19790603 200501 2 014"
KASUBAG_UK_LAMA = "Drs. Paulus Manafe"
KASUBAG_PK = "Rahmat Hidayat, S.E., M.Ak."
ANALIS_SDM = "Nurul Fadilah, S.Psi."
KABID_BINA = "Agustinus Rerebain, S.IP., M.Si."
KABID_STATIS = "Ni Wayan Sriasih, S.S., M.A."
KABID_LAYANAN = "Fransiska Dewi Hapsari, S.IP., M.Hum."
KABID_KOLEKSI = "Muhammad Rizki Nasution, S.Hum."
KA_DEPO = "Bambang Irianto, A.Md., S.AP."
KOORD_PUSLING = "Sitti Hajar, A.Md.Pus."
ADMIN_LMS = "Galang Pratama, S.Kom."
KOORD_JMB = "Lestari Handayani, S.IP."
KOORD_UJI = "Yohanes Kefi, S.Sos."
BENDAHARA = "Ketut Ayu Wulandari, A.Md."
REDAKTUR = "Dimas Arya Putra, S.I.Kom."
MENTOR_TERBAIK = "Ni Luh Putu Anggreni, S.IP."

WA_HELP = "0811-3870-2214"
WA_KEPEG = "0812-3655-1047"
WA_JMB = "0812-3790-5521"
WA_UJI = "0813-3742-6680"
WA_BENDAHARA = "0819-0733-4188"
WA_PUSLING = "0852-3911-7406"
TELP_DEPO = "(0370) 641-590"

AULA = "Aula Lontar lantai 2"
KENARI = "Ruang Belajar Kenari lantai 3"
LAB_KOM = "Laboratorium Komputer lantai 3"
R_ANAK = "Ruang Layanan Anak lantai 1"
DEPO = "UPTD Depo Arsip Sekar Tanjung"
DEPO_ALAMAT = "Jalan Poros Sekar Tanjung Km 6, Kemuning Jaya"
R_DEPO = "Ruang Pelatihan Depo Arsip"
LAB_RES = "Laboratorium Restorasi Depo Arsip"
LAB_DIG = "Laboratorium Digitalisasi Depo Arsip"
PANGKALAN = "Pangkalan Perpustakaan Keliling, Jalan Cendana Raya Nomor 19"
ZOOM = "daring (Zoom)"
ELEARN = "e-learning LONTAR DARING"
BANK = "Bank Kemuning"

PEDOMAN_KEP = "800.1.13/012/DPK/2026"
KEP_BARU = "800.1.13/047/DPK/2026"
KEP_LAMA = "800/212/DPK/2023"
RALAT_NO = "800.1.13/061/DPK/2026"
SE_NO = "800.1.13/1187/DPK/2026"

UNITS = [
    "Sekretariat",
    "Bidang Pembinaan Kearsipan",
    "Bidang Pengelolaan Arsip Statis",
    "Bidang Layanan Perpustakaan",
    "Satuan Perpustakaan Keliling",
    "Bidang Pengembangan Koleksi dan Pelestarian",
    "UPTD Depo Arsip Sekar Tanjung",
]

# --------------------------------------------------------------------------- catalogue
# code, name, target group, JP, method, [(angkatan, start, end)], venue, quota, fee for
# participants from outside DPK (0 = tidak dipungut), non-ASN allowed
KATALOG = [
    (
        "KA-01",
        "Dasar-Dasar Kearsipan",
        "pegawai baru dan pengelola arsip unit kerja",
        16,
        "klasikal",
        [("I", "2026-02-24", "2026-02-25"), ("II", "2026-08-18", "2026-08-19")],
        KENARI,
        30,
        600000,
        "tidak",
    ),
    (
        "KA-02",
        "Pengelolaan Arsip Inaktif di Records Center",
        "Arsiparis dan petugas Depo Arsip",
        24,
        "klasikal dan praktik",
        [("I", "2026-03-10", "2026-03-12"), ("II", "2026-08-11", "2026-08-13")],
        R_DEPO,
        20,
        900000,
        "tidak",
    ),
    (
        "KA-03",
        "Akuisisi dan Penilaian Arsip Statis",
        "Arsiparis Ahli",
        24,
        "klasikal",
        [("I", "2026-06-09", "2026-06-11")],
        AULA,
        20,
        900000,
        "tidak",
    ),
    (
        "KA-04",
        "Alih Media Arsip (Digitalisasi)",
        "Arsiparis dan Pranata Komputer",
        20,
        "praktik",
        [("I", "2026-04-14", "2026-04-16"), ("II", "2026-09-15", "2026-09-17")],
        LAB_DIG,
        12,
        1050000,
        "tidak",
    ),
    (
        "KA-05",
        "Penyusunan Jadwal Retensi Arsip",
        "Arsiparis Ahli Pertama ke atas dan pengelola arsip OPD",
        16,
        "klasikal",
        [("I", "2026-10-13", "2026-10-14")],
        KENARI,
        25,
        600000,
        "tidak",
    ),
    (
        "KA-06",
        "Restorasi Arsip Kertas",
        "Arsiparis",
        24,
        "praktik",
        [("I", "2026-05-05", "2026-05-07"), ("II", "2026-09-08", "2026-09-10")],
        LAB_RES,
        10,
        1350000,
        "tidak",
    ),
    (
        "KA-07",
        "Aplikasi SRIKANDI bagi Pengelola Arsip",
        "pengelola surat dan arsip semua unit",
        8,
        "daring",
        [("I", "2026-03-24", "2026-03-24"), ("II", "2026-09-29", "2026-09-29")],
        ZOOM,
        60,
        0,
        "ya",
    ),
    (
        "KP-01",
        "Dasar-Dasar Kepustakawanan",
        "pegawai baru dan petugas layanan",
        16,
        "klasikal",
        [("I", "2026-02-17", "2026-02-18"), ("II", "2026-08-25", "2026-08-26")],
        KENARI,
        30,
        600000,
        "ya",
    ),
    (
        "KP-02",
        "Katalogisasi RDA dan Klasifikasi DDC",
        "Pustakawan",
        24,
        "klasikal dan praktik",
        [("I", "2026-03-17", "2026-03-19"), ("II", "2026-09-01", "2026-09-03")],
        KENARI,
        20,
        900000,
        "tidak",
    ),
    (
        "KP-03",
        "Layanan Referensi dan Literasi Informasi",
        "Pustakawan dan petugas layanan",
        12,
        "klasikal",
        [("I", "2026-05-26", "2026-05-27")],
        AULA,
        30,
        450000,
        "tidak",
    ),
    (
        "KP-04",
        "Pengelolaan Perpustakaan Keliling",
        "awak Perpustakaan Keliling dan Pustakawan",
        12,
        "klasikal dan lapangan",
        [("I", "2026-09-16", "2026-09-17")],
        KENARI,
        15,
        450000,
        "ya",
    ),
    (
        "KP-05",
        "Pelestarian dan Fumigasi Bahan Pustaka",
        "Pustakawan dan petugas pelestarian",
        16,
        "praktik",
        [("I", "2026-07-14", "2026-07-15")],
        LAB_RES,
        15,
        750000,
        "tidak",
    ),
    (
        "KP-06",
        "Mendongeng untuk Layanan Anak",
        "petugas layanan anak dan awak Perpustakaan Keliling",
        8,
        "klasikal",
        [("I", "2026-04-08", "2026-04-08"), ("II", "2026-10-07", "2026-10-07")],
        R_ANAK,
        25,
        300000,
        "ya",
    ),
    (
        "KP-07",
        "Transformasi Perpustakaan Berbasis Inklusi Sosial",
        "Pustakawan dan pejabat struktural",
        16,
        "klasikal",
        [("I", "2026-11-03", "2026-11-04")],
        AULA,
        30,
        600000,
        "tidak",
    ),
    (
        "KU-01",
        "Orientasi Pegawai Baru DPK",
        "CPNS, PPPK baru, dan pegawai mutasi masuk",
        8,
        "klasikal",
        [("I", "2026-01-14", "2026-01-14"), ("II", "2026-07-08", "2026-07-08")],
        AULA,
        30,
        0,
        "ya",
    ),
    (
        "KU-02",
        "Keamanan Informasi dan Pelindungan Data Pribadi",
        "semua pegawai",
        6,
        "e-learning",
        [("-", "2026-02-02", "2026-11-30")],
        ELEARN,
        0,
        0,
        "ya",
    ),
    (
        "KU-03",
        "Menulis Laporan Refleksi Pasca Pelatihan",
        "semua pegawai ASN",
        4,
        "daring",
        [("I", "2026-03-05", "2026-03-05"), ("II", "2026-08-13", "2026-08-13")],
        ZOOM,
        50,
        0,
        "tidak",
    ),
    (
        "KU-04",
        "Pelatihan Mentor JEMBATAN",
        "calon mentor JEMBATAN",
        12,
        "klasikal",
        [("I", "2026-01-27", "2026-01-28"), ("II", "2026-07-28", "2026-07-29")],
        KENARI,
        16,
        0,
        "tidak",
    ),
    (
        "KU-05",
        "Administrasi Server dan Repositori Digital",
        "Pranata Komputer",
        20,
        "blended",
        [("I", "2026-05-18", "2026-05-20")],
        LAB_KOM,
        8,
        1200000,
        "tidak",
    ),
    (
        "KU-06",
        "Pelayanan Prima dan Komunikasi Publik",
        "petugas layanan dan awak Perpustakaan Keliling",
        8,
        "klasikal",
        [("I", "2026-04-22", "2026-04-22"), ("II", "2026-10-21", "2026-10-21")],
        AULA,
        35,
        350000,
        "ya",
    ),
]
KAT = {k[0]: k for k in KATALOG}


def sesi_text(code):
    k = KAT[code]
    parts = []
    for ang, a, b in k[5]:
        lab = "" if ang == "-" else f"Angk. {ang}: "
        parts.append(lab + rentang(a, b))
    return "; ".join(parts)


def biaya_text(n):
    return "tidak dipungut" if n == 0 else rp(n)


# --------------------------------------------------------------------------- JP targets
# jabatan, jenjang, target, minimal teknis, keterangan
TARGET = [
    ("Kepala Dinas", "JPT Pratama", "20 JP", "-", "minimal ASN; dianjurkan Kelas Lontar KP-07"),
    (
        "Sekretaris dan Kepala Bidang",
        "Administrator",
        "26 JP",
        "6 JP manajerial",
        "termasuk 4 JP kepemimpinan",
    ),
    ("Kepala Subbagian dan Kepala UPTD", "Pengawas", "24 JP", "6 JP manajerial", "-"),
    ("Arsiparis", "Terampil", "24 JP", "12 JP kearsipan", "-"),
    ("Arsiparis", "Mahir", "24 JP", "12 JP kearsipan", "-"),
    (
        "Arsiparis",
        "Penyelia",
        "24 JP",
        "12 JP kearsipan",
        "wajib KA-02 bila bertugas di Depo Arsip",
    ),
    ("Arsiparis", "Ahli Pertama", "30 JP", "15 JP kearsipan", "-"),
    ("Arsiparis", "Ahli Muda", "32 JP", "16 JP kearsipan", "-"),
    ("Arsiparis", "Ahli Madya", "36 JP", "16 JP kearsipan", "dan paling sedikit 1 kali narasumber"),
    ("Pustakawan", "Terampil", "24 JP", "12 JP kepustakawanan", "-"),
    ("Pustakawan", "Mahir", "24 JP", "12 JP kepustakawanan", "-"),
    ("Pustakawan", "Penyelia", "24 JP", "12 JP kepustakawanan", "-"),
    ("Pustakawan", "Ahli Pertama", "28 JP", "14 JP kepustakawanan", "-"),
    ("Pustakawan", "Ahli Muda", "32 JP", "16 JP kepustakawanan", "-"),
    (
        "Pustakawan",
        "Ahli Madya",
        "36 JP",
        "16 JP kepustakawanan",
        "dan paling sedikit 1 kali narasumber",
    ),
    ("Pranata Komputer", "Terampil", "24 JP", "10 JP teknologi informasi", "-"),
    ("Pranata Komputer", "Mahir", "24 JP", "10 JP teknologi informasi", "-"),
    ("Pranata Komputer", "Ahli Pertama", "30 JP", "12 JP teknologi informasi", "-"),
    ("Pranata Komputer", "Ahli Muda", "30 JP", "12 JP teknologi informasi", "-"),
    ("Analis SDM Aparatur", "Ahli Pertama", "24 JP", "8 JP manajemen ASN", "-"),
    ("Jabatan fungsional lain", "semua jenjang", "24 JP", "8 JP sesuai jabatan", "-"),
    (
        "Pelaksana",
        "-",
        "20 JP",
        "-",
        "awak Perpustakaan Keliling: 4 JP di antaranya KP-04 atau KU-06",
    ),
    (
        "PPPK penuh waktu",
        "sesuai jabatan",
        "sama dengan PNS pada jabatan yang sama",
        "sesuai jabatan",
        "dibiayai Dinas paling banyak 24 JP",
    ),
    ("PPPK paruh waktu", "-", "10 JP", "-", "boleh seluruhnya e-learning"),
    ("Tenaga honorer", "-", "tidak ada target", "-", "hanya Surat Keterangan Mengikuti Pelatihan"),
    ("Peserta magang", "-", "tidak ada target", "-", "hanya KU-02 dan KP-06"),
]

# --------------------------------------------------------------------------- JP conversion
KONVERSI = [
    (
        "Seminar, webinar, atau talkshow",
        "2 JP per kegiatan",
        "8 JP",
        "sertifikat atau daftar hadir",
    ),
    (
        "Bedah buku atau diskusi kelompok terpumpun",
        "2 JP per kegiatan",
        "6 JP",
        "daftar hadir dan notula",
    ),
    ("Lokakarya (workshop)", "6 JP per hari", "18 JP", "sertifikat"),
    (
        "E-learning bersertifikat",
        "sesuai sertifikat, paling banyak 4 JP per hari",
        "-",
        "sertifikat",
    ),
    ("Magang di instansi lain", "8 JP per hari", "40 JP", "surat tugas dan laporan"),
    ("Narasumber Kelas Lontar", "3 JP per sesi", "12 JP", "surat undangan"),
    ("Menulis artikel Buletin Warta Lontar", "4 JP per artikel", "8 JP", "artikel terbit"),
    ("Menulis artikel jurnal ilmiah", "10 JP per artikel", "20 JP", "artikel terbit"),
    ("Mentor JEMBATAN", "1 JP per pertemuan", "8 JP per angkatan", "JMB-02"),
    ("Mentee JEMBATAN", "2 JP per pertemuan", "16 JP per angkatan", "JMB-02"),
    ("Klinik Uji Kompetensi", "12 JP", "12 JP", "daftar hadir"),
    ("Lulus uji kompetensi jabatan fungsional", "10 JP", "10 JP", "sertifikat kompetensi"),
]


# =========================================================================== handbook (PDF)
def _kat_rows():
    rows = []
    for k in KATALOG:
        code, name, grp, jp, met, ses, venue, quota, fee, non = k
        rows.append(
            [
                code,
                name,
                f"{jp} JP",
                met,
                sesi_text(code),
                venue,
                "-" if quota == 0 else str(quota),
                biaya_text(fee),
                non,
            ]
        )
    return rows


PEDOMAN = [
    ("cover",),
    ("h1", "KATA PENGANTAR"),
    (
        "p",
        "Pengembangan kompetensi adalah hak sekaligus kewajiban setiap pegawai Aparatur Sipil "
        "Negara. Bagi Dinas Perpustakaan dan Kearsipan Provinsi Bukit Kemuning, kompetensi "
        "pegawai menentukan mutu layanan arsip dan perpustakaan yang diterima masyarakat, mulai "
        "dari ruang baca di Gedung Utama, ruang penyimpanan di Depo Arsip Sekar Tanjung, sampai "
        "halaman sekolah yang disinggahi mobil Perpustakaan Keliling.",
    ),
    (
        "p",
        "Pedoman ini menyatukan ketentuan yang sebelumnya tersebar dalam beberapa surat edaran, "
        "menetapkan target Jam Pelajaran (JP) per jabatan, dan mengatur penyelenggaraan Kelas "
        "Lontar, program mentoring JEMBATAN, laporan refleksi pasca pelatihan, serta pencatatan "
        "JP melalui LONTAR DARING. Kami berterima kasih kepada Tim Pengembangan Kompetensi yang "
        "menyusun pedoman ini sepanjang Oktober sampai Desember 2025.",
    ),
    ("p", f"Kemuning Jaya, 12 Januari 2026\nKepala Dinas Perpustakaan dan Kearsipan,\n\n{KADIS}"),
    ("toc",),
    ("h1", "BAB I PENDAHULUAN"),
    ("h2", "1.1 Latar Belakang"),
    (
        "p",
        "Setiap pegawai ASN berhak dan wajib mengembangkan kompetensinya paling sedikit 20 (dua "
        "puluh) JP dalam satu tahun. Untuk jabatan fungsional yang menjadi tulang punggung Dinas, "
        "yaitu Arsiparis, Pustakawan, dan Pranata Komputer, Dinas menetapkan target yang lebih "
        "tinggi karena perubahan standar deskripsi arsip, katalogisasi, dan layanan digital "
        "berlangsung cepat. Hasil evaluasi tahun 2025 menunjukkan rata-rata capaian JP pegawai "
        "Dinas baru 71 persen dari target dan pegawai Depo Arsip serta awak Perpustakaan "
        "Keliling paling sulit meninggalkan tugas.",
    ),
    ("h2", "1.2 Maksud dan Tujuan"),
    (
        "p",
        "Pedoman ini dimaksudkan sebagai acuan bagi pegawai, atasan langsung, pengelola "
        "kepegawaian, dan penyelenggara pelatihan. Tujuannya adalah:",
    ),
    (
        "li",
        [
            "a. menetapkan target JP per jabatan yang terukur;",
            "b. memberi kepastian tata cara pendaftaran, pelaksanaan, dan kelulusan Kelas Lontar;",
            "c. menjaga layanan Depo Arsip dan Perpustakaan Keliling tetap berjalan ketika pegawai "
            "mengikuti pelatihan; dan",
            "d. memastikan setiap JP tercatat tepat waktu di LONTAR DARING.",
        ],
    ),
    ("h2", "1.3 Ruang Lingkup"),
    (
        "p",
        "Pedoman ini berlaku bagi pegawai PNS, PPPK penuh waktu, dan PPPK paruh waktu di "
        "Sekretariat, empat bidang, Satuan Perpustakaan Keliling, dan UPTD Depo Arsip Sekar "
        "Tanjung. Ketentuan bagi tenaga honorer dan peserta magang diatur khusus pada angka 2.3. "
        "Pedoman ini tidak mengatur tugas belajar dan izin belajar, yang tetap mengikuti "
        "ketentuan Badan Kepegawaian Daerah.",
    ),
    ("h2", "1.4 Pengertian"),
    (
        "li",
        [
            "1. Jam Pelajaran (JP) adalah satuan waktu pembelajaran; 1 JP sama dengan 45 menit.",
            "2. Kelas Lontar adalah pelatihan internal yang diselenggarakan Dinas dengan kode KA "
            "(kearsipan), KP (kepustakawanan), dan KU (umum).",
            "3. LONTAR DARING adalah sistem pembelajaran daring dan pencatatan JP Dinas di alamat "
            f"{LMS_URL}.",
            "4. JEMBATAN adalah program mentoring bagi pegawai baru dan pegawai alih jabatan.",
            "5. LRK adalah Laporan Refleksi Kompetensi yang terdiri atas LRK-1, LRK-2, dan LRK-3.",
            "6. Tim Pengembangan Kompetensi (TPK) adalah tim yang diketuai Sekretaris Dinas dengan "
            "sekretaris tim Kepala Subbagian Umum dan Kepegawaian.",
            "7. Peserta luar adalah peserta Kelas Lontar yang berasal dari perangkat daerah lain "
            "atau dari dinas perpustakaan dan kearsipan kabupaten/kota.",
        ],
    ),
    ("h1", "BAB II PRINSIP, HAK, DAN KEWAJIBAN"),
    ("h2", "2.1 Prinsip"),
    (
        "p",
        "Pengembangan kompetensi di lingkungan Dinas dilaksanakan dengan prinsip berbasis "
        "kebutuhan jabatan, terencana, terbuka bagi semua pegawai, tidak mengganggu layanan "
        "publik, dan terdokumentasi. Pembelajaran tidak hanya berupa pelatihan klasikal, tetapi "
        "juga mentoring, magang, menjadi narasumber, menulis, dan belajar mandiri yang "
        "bersertifikat.",
    ),
    ("h2", "2.2 Hak dan Kewajiban Pegawai"),
    (
        "p",
        "Setiap pegawai berhak mengikuti Kelas Lontar tanpa dipungut biaya, mendapatkan "
        "persetujuan atau penolakan tertulis atas usulan pengembangan kompetensinya, dan "
        "memperoleh e-sertifikat. Setiap pegawai wajib menyusun Rencana Pengembangan Kompetensi "
        "(RPK), memenuhi target JP jabatannya, mengunggah LRK tepat waktu, dan membagikan "
        "pengetahuan yang diperoleh dari pelatihan yang dibiayai Dinas.",
    ),
    ("h2", "2.3 Tenaga Honorer dan Peserta Magang"),
    (
        "p",
        "Tenaga honorer dan peserta magang bukan ASN sehingga tidak memiliki target JP dan "
        "tidak dicatat dalam rekap JP. Tenaga honorer dapat mengikuti Kelas Lontar yang pada "
        'Lampiran II bertanda "ya" pada kolom Non-ASN dan memperoleh Surat Keterangan '
        "Mengikuti Pelatihan paling lama 5 hari kerja setelah kelas selesai, bukan e-sertifikat "
        "JP. Peserta magang dari perguruan tinggi hanya boleh mengikuti KU-02 dan KP-06 dengan "
        "didampingi pembimbing magang. Tenaga honorer dan peserta magang tidak dapat menjadi "
        "mentee JEMBATAN, tidak difasilitasi uji kompetensi, dan tidak dibiayai untuk pelatihan "
        "eksternal.",
    ),
    ("h1", "BAB III TARGET JAM PELAJARAN"),
    ("h2", "3.1 Target Minimal 20 JP dan Target Jabatan"),
    (
        "p",
        "Target minimal bagi setiap pegawai ASN adalah 20 JP per tahun. Dinas menetapkan target "
        "jabatan yang lebih tinggi sebagaimana tercantum dalam Lampiran I, termasuk jumlah JP "
        "minimal yang harus berasal dari pembelajaran teknis sesuai jabatan. Target PPPK paruh "
        "waktu ditetapkan 10 JP karena jam kerjanya lebih pendek; JP ini boleh seluruhnya "
        "diperoleh dari e-learning.",
    ),
    ("h2", "3.2 Penyesuaian Target"),
    (
        "li",
        [
            "a. Target ditentukan oleh jabatan pegawai pada 1 Januari. Pegawai yang berpindah "
            "jabatan sebelum 1 Juli memakai target jabatan baru; yang berpindah pada atau "
            "setelah 1 Juli tetap memakai target jabatan lama.",
            "b. Pegawai yang menjalani cuti melahirkan, cuti besar, cuti di luar tanggungan "
            "negara, atau tugas belajar lebih dari 2 (dua) bulan memperoleh target proporsional "
            "sesuai jumlah bulan aktif, dibulatkan ke atas.",
            "c. CPNS dan PPPK yang mulai bertugas setelah 1 Juli memperoleh target 50 persen dari "
            "target jabatannya, dibulatkan ke atas.",
            "d. Kelebihan JP pada satu tahun tidak dapat dipindahkan ke tahun berikutnya.",
        ],
    ),
    ("h1", "BAB IV PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    ("h2", "4.1 Analisis Kebutuhan"),
    (
        "p",
        "TPK melakukan analisis kebutuhan pengembangan kompetensi setiap bulan Oktober sampai "
        "November dengan membandingkan standar kompetensi jabatan, hasil penilaian kinerja, dan "
        "capaian JP. Hasilnya dituangkan dalam rencana kebutuhan Dinas yang ditetapkan paling "
        "lambat 15 Desember untuk tahun berikutnya dan menjadi dasar penyusunan katalog Kelas "
        "Lontar.",
    ),
    ("h2", "4.2 Rencana Pengembangan Kompetensi Pegawai"),
    (
        "p",
        "Setiap pegawai menyusun RPK di LONTAR DARING paling lambat 31 Januari. Atasan langsung "
        "menyetujui atau mengembalikan RPK paling lama 5 hari kerja. RPK dapat diubah paling "
        "banyak 2 (dua) kali dalam setahun dan perubahan terakhir diajukan paling lambat 30 "
        "September. Pegawai baru menyusun RPK paling lama 30 hari kalender sejak tanggal mulai "
        "bertugas.",
    ),
    ("h1", "BAB V KELAS LONTAR"),
    ("h2", "5.1 Katalog dan Metode"),
    (
        "p",
        "Katalog Kelas Lontar Tahun 2026 memuat 20 pelatihan: 7 pelatihan kearsipan (KA-01 "
        "sampai KA-07), 7 pelatihan kepustakawanan (KP-01 sampai KP-07), dan 6 pelatihan umum "
        "(KU-01 sampai KU-06), sebagaimana tercantum dalam Lampiran II. Metode yang digunakan "
        "adalah klasikal, praktik di laboratorium, daring melalui Zoom, blended, dan e-learning "
        "mandiri di LONTAR DARING. Jadwal, kuota, dan tempat dapat diubah dengan surat edaran "
        "Kepala Dinas.",
    ),
    ("h2", "5.2 Pendaftaran dan Prioritas"),
    (
        "p",
        "Pendaftaran dilakukan melalui LONTAR DARING paling lambat 7 hari kerja sebelum kelas "
        "dimulai dan harus disetujui atasan langsung. Apabila pendaftar melebihi kuota, peserta "
        "dipilih dengan urutan prioritas:",
    ),
    (
        "li",
        [
            "1) pelatihan tersebut wajib atau termasuk JP teknis minimal jabatannya;",
            "2) capaian JP tahun berjalan paling rendah; dan",
            "3) urutan waktu pendaftaran.",
        ],
    ),
    (
        "p",
        "Setiap pegawai paling banyak mengikuti 3 (tiga) Kelas Lontar klasikal dalam satu "
        "semester. Pendaftar yang tidak mendapat kursi masuk daftar tunggu dan diberi tahu "
        "melalui surel paling lambat 3 hari kerja sebelum kelas dimulai.",
    ),
    ("h2", "5.3 Pelaksanaan, Presensi, dan Kelulusan"),
    (
        "p",
        "Kelas klasikal berlangsung Senin sampai Kamis pukul 08.00-15.30 WITA dan Jumat pukul "
        "08.00-11.00 WITA. Dalam satu hari paling banyak 8 JP untuk kelas klasikal, 6 JP untuk "
        "kelas daring, dan 4 JP untuk e-learning. Presensi menggunakan pindai kode QR yang dibuka "
        "30 menit sebelum kelas dimulai. Peserta yang memindai lebih dari 15 menit setelah kelas "
        "dimulai dicatat Terlambat; peserta yang terlambat lebih dari 60 menit hanya diakui "
        "setengah hari (4 JP) pada hari itu. Pindai pulang wajib dilakukan.",
    ),
    (
        "p",
        "Peserta dinyatakan lulus apabila kehadirannya paling sedikit 90 persen dan nilai "
        "akhirnya paling rendah 70. Untuk pelatihan praktik KA-04, KA-06, dan KP-05 nilai "
        "minimal adalah 75. Peserta yang tidak lulus tidak memperoleh JP dan boleh mengulang "
        "satu kali tanpa biaya pada angkatan berikutnya. E-sertifikat diterbitkan paling lama 5 "
        "hari kerja setelah LRK-1 diverifikasi.",
    ),
    ("h2", "5.4 Peserta dari Luar DPK dan Kontribusi Biaya"),
    (
        "p",
        "Pegawai Dinas tidak dipungut biaya. Peserta luar membayar kontribusi sesuai Lampiran II "
        f"melalui virtual account {BANK} paling lambat 3 hari kerja sebelum kelas dimulai. "
        "Kontribusi sudah mencakup modul, konsumsi, dan sertifikat, tetapi tidak mencakup "
        "transportasi dan penginapan. Pembatalan paling lambat 5 hari kerja sebelum kelas "
        "dimulai dikembalikan 100 persen, pembatalan 2 sampai 4 hari kerja sebelumnya "
        "dikembalikan 50 persen, dan pembatalan setelah itu tidak dikembalikan.",
    ),
    ("h2", "5.5 Pembatalan dan Ketidakhadiran"),
    (
        "p",
        "Pegawai Dinas membatalkan pendaftaran melalui LONTAR DARING paling lambat 3 hari kerja "
        "sebelum kelas dimulai. Pegawai yang tidak hadir tanpa pemberitahuan sebanyak 2 (dua) "
        "kali dalam satu tahun tidak dapat mendaftar Kelas Lontar selama 6 (enam) bulan, kecuali "
        "ketidakhadiran karena sakit dengan surat keterangan dokter atau karena tugas layanan "
        "darurat yang diperintahkan atasan.",
    ),
    ("h1", "BAB VI PEGAWAI DEPO ARSIP DAN PERPUSTAKAAN KELILING"),
    ("h2", "6.1 UPTD Depo Arsip Sekar Tanjung"),
    (
        "p",
        "Depo Arsip Sekar Tanjung melayani penyimpanan dan peminjaman arsip inaktif perangkat "
        "daerah pada hari Senin sampai Jumat pukul 08.00-15.00 WITA. Selama jam layanan paling "
        "sedikit 2 (dua) petugas harus tetap berada di ruang layanan dan ruang penyimpanan. Oleh "
        "karena itu paling banyak 3 (tiga) pegawai Depo Arsip boleh mengikuti kelas yang sama "
        "pada waktu yang sama. Pegawai Depo Arsip yang mengikuti Kelas Lontar di Gedung Utama "
        "memperoleh uang transport lokal Rp60.000 per hari.",
    ),
    ("h2", "6.2 Satuan Perpustakaan Keliling"),
    (
        "p",
        "Satuan Perpustakaan Keliling mengoperasikan 3 (tiga) mobil, yaitu Pusling 01, Pusling "
        "02, dan Pusling 03, serta 1 (satu) Motor Pustaka. Setiap mobil diawaki 2 (dua) orang. "
        "Awak tidak boleh dijadwalkan mengikuti pelatihan pada hari rute, kecuali pelatihan "
        "wajib; apabila rute terpaksa dibatalkan, layanan pengganti diberikan paling lama 14 "
        "hari kalender. Awak boleh mengikuti e-learning di pangkalan setelah rute selesai, paling "
        "banyak 2 JP per hari. Awak yang bertugas pada rute hari Sabtu memperoleh hari pengganti "
        "pada hari Senin berikutnya.",
    ),
    ("h1", "BAB VII PROGRAM MENTORING JEMBATAN"),
    (
        "p",
        "JEMBATAN mendampingi CPNS, PPPK penuh waktu yang baru bertugas, dan pegawai alih "
        "jabatan ke jabatan fungsional Arsiparis atau Pustakawan. Satu angkatan berlangsung 12 "
        "minggu dengan paling sedikit 6 (enam) pertemuan. Seorang mentor paling banyak "
        "mendampingi 2 (dua) mentee dan tidak boleh menjadi atasan langsung mentee. Mentor wajib "
        "telah mengikuti KU-04 Pelatihan Mentor JEMBATAN. Ketentuan rinci, formulir JMB-01 "
        "sampai JMB-03, dan jadwal angkatan diatur dalam Panduan Mentoring JEMBATAN.",
    ),
    ("h1", "BAB VIII LAPORAN REFLEKSI PASCA PELATIHAN"),
    (
        "p",
        "Setiap peserta pelatihan menyusun Laporan Refleksi Kompetensi. LRK-1 (lembar refleksi "
        "singkat) wajib untuk setiap pelatihan paling sedikit 4 JP dan diunggah paling lambat 5 "
        "hari kerja setelah pelatihan selesai. LRK-2 (rencana aksi) wajib untuk pelatihan "
        "paling sedikit 16 JP dan diunggah paling lambat 10 hari kerja. LRK-3 (laporan dampak) "
        "wajib untuk pelatihan paling sedikit 24 JP atau yang biayanya paling sedikit "
        "Rp3.000.000 dan diunggah paling lambat 60 hari kalender. Rincian diatur dalam Ketentuan "
        "Laporan Refleksi Pasca Pelatihan.",
    ),
    ("h1", "BAB IX UJI KOMPETENSI JABATAN FUNGSIONAL"),
    (
        "p",
        "Dinas memfasilitasi uji kompetensi kenaikan jenjang jabatan fungsional yang "
        "diselenggarakan oleh instansi pembina. Fasilitasi meliputi pembiayaan, pembimbingan "
        "persiapan, dan dispensasi tugas pada hari uji. Persyaratan, besaran biaya, kuota, dan "
        "jadwal diatur dengan Keputusan Kepala Dinas tersendiri. Sampai keputusan baru "
        f"ditetapkan, berlaku Keputusan Kepala Dinas Nomor {KEP_LAMA}.",
    ),
    ("h1", "BAB X PENGAKUAN DAN PENCATATAN JP"),
    ("h2", "10.1 Konversi Kegiatan"),
    (
        "p",
        "Selain Kelas Lontar dan pelatihan eksternal, kegiatan pembelajaran lain diakui sebagai "
        "JP sesuai Lampiran III. Tugas rutin, termasuk bertugas pada rute Perpustakaan Keliling "
        "dan pelayanan di Depo Arsip, tidak dikonversi menjadi JP.",
    ),
    ("h2", "10.2 Klaim dan Verifikasi"),
    (
        "p",
        "Klaim JP diajukan melalui menu Rekam JP di LONTAR DARING paling lambat 30 hari kalender "
        "setelah kegiatan selesai dengan melampirkan bukti. Atasan langsung memverifikasi paling "
        "lama 3 hari kerja dan Subbagian Umum dan Kepegawaian paling lama 5 hari kerja. JP Kelas "
        "Lontar tercatat otomatis setelah LRK-1 diverifikasi.",
    ),
    ("h2", "10.3 Pemantauan Capaian"),
    (
        "p",
        "Subbagian Umum dan Kepegawaian menyusun rekap JP bulanan paling lambat tanggal 5 bulan "
        "berikutnya dan rekap triwulanan untuk TPK. Pegawai yang capaiannya kurang dari 50 "
        "persen target pada 30 September wajib menyusun rencana percepatan bersama atasan "
        "langsung paling lambat 15 Oktober. Pencatatan JP tahun berjalan ditutup pada 15 "
        "Desember; kegiatan tanggal 16 sampai 31 Desember dapat diklaim sampai 8 Januari tahun "
        "berikutnya.",
    ),
    ("h1", "BAB XI PENGHARGAAN ANUGERAH LONTAR EMAS"),
    (
        "p",
        "Anugerah Lontar Emas diberikan kepada paling banyak 3 (tiga) pegawai setiap tahun yang "
        "memenuhi kriteria: capaian JP paling sedikit 150 persen dari target, seluruh LRK "
        "diunggah tepat waktu, paling sedikit satu kali menjadi narasumber Kelas Lontar atau "
        "penulis Buletin Warta Lontar, dan tidak sedang menjalani hukuman disiplin. Calon "
        "diusulkan oleh Kepala Bidang atau Sekretaris paling lambat 31 Agustus dan diumumkan pada "
        "Hari Kunjung Perpustakaan, 14 September. Penerima memperoleh piagam dan uang "
        "penghargaan Rp2.000.000.",
    ),
    ("h1", "BAB XII PENDANAAN"),
    (
        "p",
        "Pengembangan kompetensi dibiayai dari DPA Dinas pada sub kegiatan pengembangan "
        "kompetensi pegawai. Usulan pelatihan eksternal yang dibiayai Dinas diajukan paling "
        "lambat 30 hari kalender sebelum pelaksanaan. Pegawai yang mengikuti pelatihan eksternal "
        "dengan biaya lebih dari Rp7.500.000 wajib tetap bertugas di Dinas paling singkat 2 (dua) "
        "tahun setelah pelatihan. Satu kegiatan tidak boleh dibiayai dari dua sumber.",
    ),
    ("h1", "BAB XIII LAYANAN BANTUAN DAN KONTAK"),
    (
        "p",
        f"Helpdesk LONTAR DARING dikelola oleh {ADMIN_LMS} melalui WhatsApp {WA_HELP} dan surel "
        f"{EMAIL_HELP} pada hari Senin sampai Kamis pukul 07.30-16.00 WITA dan Jumat pukul "
        "07.30-11.30 WITA. Pertanyaan tentang target JP, RPK, dan klaim JP disampaikan kepada "
        f"{ANALIS_SDM} (Analis SDM Aparatur) melalui WhatsApp {WA_KEPEG}. Pertanyaan tentang "
        f"program JEMBATAN disampaikan kepada Koordinator JEMBATAN, {KOORD_JMB}.",
    ),
    ("h1", "BAB XIV PENUTUP"),
    (
        "p",
        "Pedoman ini berlaku sejak tanggal ditetapkan, yaitu 12 Januari 2026. Dengan berlakunya "
        "Pedoman ini, Pedoman Pendidikan dan Pelatihan Pegawai Dinas Perpustakaan dan Kearsipan "
        "Tahun 2021 dinyatakan tidak berlaku. Hal yang belum diatur akan ditetapkan kemudian oleh "
        "Kepala Dinas atas usul TPK.",
    ),
    ("h1", "LAMPIRAN I TARGET JP PER JABATAN TAHUN 2026"),
    (
        "p",
        'Target berlaku untuk tahun 2026. Kolom "Minimal teknis" adalah bagian dari target '
        "yang harus berasal dari pembelajaran teknis sesuai jabatan. Jenjang jabatan fungsional "
        'yang tidak tercantum mengikuti baris "Jabatan fungsional lain".',
    ),
    (
        "table",
        ["No", "Jabatan", "Jenjang", "Target per tahun", "Minimal teknis", "Keterangan"],
        [[str(i + 1)] + list(r) for i, r in enumerate(TARGET)],
        [9, 36, 24, 27, 32, 40],
    ),
    ("h1", "LAMPIRAN II KATALOG KELAS LONTAR 2026"),
    (
        "p",
        "Biaya adalah kontribusi per orang bagi peserta luar; pegawai Dinas tidak dipungut biaya. "
        "Kolom Non-ASN menunjukkan apakah kelas terbuka bagi tenaga honorer. Kelas daring dan "
        "e-learning tidak memerlukan ruang.",
    ),
    (
        "table",
        [
            "Kode",
            "Nama pelatihan",
            "JP",
            "Metode",
            "Angkatan dan tanggal",
            "Tempat",
            "Kuota",
            "Biaya peserta luar",
            "Non-ASN",
        ],
        None,
        [13, 27, 10, 16, 30, 24, 11, 20, 17],
    ),
    ("h1", "LAMPIRAN III KONVERSI KEGIATAN KE JP"),
    (
        "table",
        ["No", "Kegiatan", "Pengakuan", "Batas per tahun", "Bukti"],
        [[str(i + 1)] + list(r) for i, r in enumerate(KONVERSI)],
        [9, 50, 45, 28, 36],
    ),
    (
        "p",
        "Batas per tahun berlaku untuk setiap jenis kegiatan. Kegiatan yang tidak tercantum dalam "
        "lampiran ini dinilai oleh TPK berdasarkan durasi efektif dengan ketentuan 1 JP sama "
        "dengan 45 menit.",
    ),
]


def _latin(text):
    text.encode("latin-1")
    return text


def _fpdf_class():
    from fpdf import FPDF

    return FPDF


def _pdf_common(pdf, title):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(DINAS)
    pdf.set_subject(FIKTIF)
    pdf.set_creator("make_agency_u.py")
    pdf.set_producer("fpdf2")


def render_pedoman(path, title):
    FPDF = _fpdf_class()

    class Ped(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(
                0,
                5,
                "Pedoman Pengembangan Kompetensi Pegawai DPK Provinsi Bukit Kemuning 2026",
                align="L",
            )
            self.ln(8)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-13)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, FIKTIF, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Halaman {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Ped(format="A4")
    _pdf_common(pdf, title)
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, 20)

    def render_toc(pdf, outline):
        pdf.set_x(pdf.l_margin)
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 10, "DAFTAR ISI", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        for sec in outline:
            if sec.name == "DAFTAR ISI":
                continue
            indent = 0 if sec.level == 0 else 8
            pdf.set_font("Times", "B" if sec.level == 0 else "", 11)
            label = sec.name
            num = str(sec.page_number)
            w_avail = pdf.epw - indent - pdf.get_string_width(num) - 2
            dots = ""
            while pdf.get_string_width(label + " " + dots + ".") < w_avail:
                dots += "."
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(pdf.epw - indent - pdf.get_string_width(num) - 1, 5.7, f"{label} {dots}")
            pdf.cell(0, 5.7, num, align="R", new_x="LMARGIN", new_y="NEXT")

    after_toc = False
    for blk in PEDOMAN:
        kind = blk[0]
        if kind == "cover":
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 12)
            pdf.ln(20)
            pdf.cell(
                0, 7, "PEMERINTAH PROVINSI BUKIT KEMUNING", align="C", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.cell(0, 7, DINAS_UP, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(30)
            pdf.set_font("Helvetica", "B", 22)
            pdf.multi_cell(
                0,
                11,
                "PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI\nTAHUN 2026",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(10)
            pdf.set_font("Helvetica", "", 12)
            pdf.multi_cell(
                0,
                7,
                "Lampiran Keputusan Kepala Dinas Perpustakaan dan Kearsipan Provinsi "
                f"Bukit Kemuning Nomor {PEDOMAN_KEP} tanggal 12 Januari 2026",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(6)
            pdf.cell(0, 7, "Versi 1.0", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(60)
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(
                0,
                6,
                f"{KANTOR}\nTelepon {TELP} | {DOMAIN}\n{FIKTIF}",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
        elif kind == "toc":
            pdf.add_page()
            pdf.insert_toc_placeholder(render_toc, pages=1)
            after_toc = True
        elif kind == "h1":
            if not after_toc:
                pdf.add_page()
            after_toc = False
            pdf.start_section(blk[1], level=0)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, _latin(blk[1]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h2":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(2)
            pdf.start_section(blk[1], level=1)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.multi_cell(0, 6.5, _latin(blk[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Times", "", 12)
            pdf.multi_cell(
                0,
                6.6,
                _latin(blk[1]),
                align="J" if "\n" not in blk[1] else "L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(3)
        elif kind == "li":
            pdf.set_font("Times", "", 12)
            for it in blk[1]:
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(pdf.epw - 6, 6.6, _latin(it), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2)
        elif kind == "table":
            header, rows, widths = blk[1], blk[2], blk[3]
            if rows is None:
                rows = _kat_rows()
            pdf.set_font("Helvetica", "", 8.5)
            with pdf.table(
                col_widths=widths,
                width=sum(widths),
                line_height=4.6,
                repeat_headings=1,
                text_align="LEFT",
            ) as t:
                r = t.row()
                for h in header:
                    r.cell(_latin(h))
                for row in rows:
                    r = t.row()
                    for v in row:
                        r.cell(_latin(v))
            pdf.ln(4)
    pdf.output(path)
    return pdf.pages_count


# =========================================================================== newsletter (PDF)
BULETIN = [
    (
        "JEMBATAN Angkatan I Rampung: 13 Mentee Lulus",
        [
            "Program mentoring JEMBATAN Angkatan I resmi ditutup dalam Temu Mentoring pada Rabu, 6 Mei "
            "2026 di Aula Lontar. Angkatan pertama berjalan sejak 2 Februari 2026 dan diikuti 14 mentee "
            "yang didampingi 9 mentor. Sebanyak 13 mentee dinyatakan lulus, sedangkan satu mentee "
            "mengundurkan diri karena pindah tugas ke Kabupaten Pantai Ulin. Rata-rata nilai evaluasi "
            "akhir JMB-03 mencapai 82,4.",
            f"Predikat mentor terbaik diraih {MENTOR_TERBAIK}, Pustakawan Ahli Muda yang mendampingi dua "
            'mentee dari Bidang Layanan Perpustakaan dan Satuan Perpustakaan Keliling. "Kuncinya catatan '
            'pertemuan JMB-02 yang rapi dan jujur. Dari situ kelihatan apa yang belum dipahami mentee," '
            "ujarnya.",
            "Angkatan II dimulai dengan pertemuan perdana pada Rabu, 12 Agustus 2026 pukul 09.00 WITA di "
            "Aula Lontar lantai 2. Pendaftaran mentee Angkatan II dibuka sampai 31 Juli 2026 melalui "
            "LONTAR DARING dengan kuota 16 mentee. Calon mentor baru wajib mengikuti KU-04 Pelatihan "
            "Mentor JEMBATAN Angkatan II pada 28-29 Juli 2026.",
        ],
    ),
    (
        "Uji Kompetensi Gelombang I: 9 dari 11 Peserta Lulus",
        [
            "Hasil uji kompetensi jabatan fungsional Gelombang I diumumkan instansi pembina pada 20 Mei "
            "2026. Dari 11 pegawai yang difasilitasi Dinas, 9 orang lulus: Arsiparis 4 dari 5 peserta, "
            "Pustakawan 4 dari 4 peserta, dan Pranata Komputer 1 dari 2 peserta. Dua peserta yang belum "
            "lulus dapat mengikuti uji ulang dengan fasilitasi separuh biaya sesuai keputusan fasilitasi "
            "uji kompetensi yang berlaku sejak 1 Maret 2026.",
            f'"Klinik Uji Kompetensi sangat membantu, terutama simulasi soal studi kasus," kata '
            f"{KOORD_UJI}, Koordinator Uji Kompetensi. Untuk Gelombang II tersedia 7 kursi. Pendaftaran "
            "melalui LONTAR DARING ditutup 14 Agustus 2026, Klinik Uji Kompetensi Gelombang II "
            "dijadwalkan 2-3 September 2026 di Ruang Pelatihan Depo Arsip, lalu uji Arsiparis pada 16 "
            "September, uji Pustakawan pada 1 Oktober, dan uji Pranata Komputer pada 14 Oktober 2026.",
        ],
    ),
    (
        "Perpustakaan Keliling Semester I: 46.210 Pengunjung",
        [
            "Sepanjang Januari sampai Juni 2026, Pusling 01, Pusling 02, Pusling 03, dan Motor Pustaka "
            "singgah di 212 titik layanan, mulai dari sekolah dasar, posyandu, pasar desa, hingga balai "
            "nelayan. Layanan keliling mencatat 46.210 pengunjung dan meminjamkan 18.935 eksemplar buku. "
            "Pusling 02 sempat berhenti beroperasi selama tiga minggu pada April karena perbaikan mesin, "
            "sehingga 11 titik layanan dialihkan ke Motor Pustaka.",
            f"Koordinator Satuan Perpustakaan Keliling, {KOORD_PUSLING}, mengingatkan bahwa awak yang "
            "bertugas pada rute Sabtu mendapat hari pengganti pada Senin berikutnya. Pelatihan KP-04 "
            "Pengelolaan Perpustakaan Keliling dijadwalkan 16-17 September 2026 di Ruang Belajar Kenari "
            "lantai 3 dengan kuota 15 orang, dan awak honorer boleh mendaftar.",
        ],
    ),
    (
        "Profil: Marthen Lakoni, Penjaga Ingatan di Sekar Tanjung",
        [
            "Sejak 2011 Marthen Lakoni, A.Md., bertugas di Depo Arsip Sekar Tanjung. Kini ia Arsiparis "
            "Penyelia yang sepanjang 2025 menata 1.240 boks arsip inaktif kiriman 9 perangkat daerah. "
            "Capaian JP-nya tahun 2025 sebanyak 41 JP, jauh di atas target 24 JP. Ia juga menjadi "
            "narasumber KA-02 Angkatan I pada Maret 2026.",
            '"Arsip inaktif itu bukan gudang. Kalau daftar arsipnya rapi, pencarian yang dulu makan '
            'dua hari sekarang cukup sepuluh menit," katanya sambil menunjukkan rak bergerak di lantai '
            "dua depo.",
        ],
    ),
    (
        "Anugerah Lontar Emas 2025",
        [
            "Tiga pegawai menerima Anugerah Lontar Emas 2025 yang diumumkan pada 14 September 2025: "
            "Lestari Handayani, S.IP. (Pustakawan Ahli Madya, 61 JP atau 169 persen dari target), Maria "
            "Goreti Bano, S.Hum. (Arsiparis Ahli Pertama, 48 JP atau 160 persen), dan Galang Pratama, "
            "S.Kom. (Pranata Komputer Ahli Pertama, 46 JP atau 153 persen). Masing-masing menerima piagam "
            "dan uang penghargaan Rp2.000.000.",
            "Usulan calon penerima Anugerah Lontar Emas 2026 disampaikan Kepala Bidang atau Sekretaris "
            "paling lambat 31 Agustus 2026. Pemenang diumumkan pada Hari Kunjung Perpustakaan, 14 "
            "September 2026.",
        ],
    ),
    (
        "Kelas Lontar Semester I dalam Angka",
        [
            "Pada Semester I 2026 Dinas menyelenggarakan 14 angkatan Kelas Lontar dengan 342 peserta, "
            "71 orang di antaranya peserta luar dari perangkat daerah dan kabupaten/kota. Tingkat "
            "kelulusan mencapai 94,7 persen. Peserta luar terbanyak tercatat pada KA-03 Akuisisi dan "
            "Penilaian Arsip Statis (9-11 Juni 2026) dengan 12 orang."
        ],
    ),
    (
        "Kolom Redaksi: Menulis untuk Warta Lontar",
        [
            "Warta Lontar terbit setiap bulan dan terbuka bagi seluruh pegawai. Naskah sepanjang 600 "
            f"sampai 1.000 kata dikirim ke {EMAIL_REDAKSI} paling lambat tanggal 20 untuk edisi bulan "
            "berikutnya. Artikel yang terbit diakui 4 JP per artikel, paling banyak 8 JP per tahun, dan "
            f"penulis menerima honorarium Rp800.000 per artikel. Redaktur pelaksana: {REDAKTUR}"
        ],
    ),
]

AGENDA_BULETIN = [
    ("11-13 Agustus", "KA-02 Angkatan II, Ruang Pelatihan Depo Arsip"),
    ("12 Agustus", "Pertemuan perdana JEMBATAN Angkatan II, Aula Lontar lantai 2"),
    ("13 Agustus", "KU-03 Angkatan II (daring)"),
    ("14 Agustus", "Batas pendaftaran uji kompetensi Gelombang II"),
    ("18-19 Agustus", "KA-01 Angkatan II, Ruang Belajar Kenari lantai 3"),
    ("25-26 Agustus", "KP-01 Angkatan II, Ruang Belajar Kenari lantai 3"),
    ("1-3 September", "KP-02 Angkatan II, Ruang Belajar Kenari lantai 3 (kuota 20)"),
    ("2-3 September", "Klinik Uji Kompetensi Gelombang II, Ruang Pelatihan Depo Arsip"),
    ("8-10 September", "KA-06 Angkatan II, Laboratorium Restorasi Depo Arsip"),
    ("14 September", "Pengumuman Anugerah Lontar Emas 2026"),
    ("15-17 September", "KA-04 Angkatan II, Laboratorium Digitalisasi Depo Arsip"),
    ("16-17 September", "KP-04, Ruang Belajar Kenari lantai 3"),
]


def render_buletin(path, title):
    FPDF = _fpdf_class()

    class Bul(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 5, f"Warta Lontar Edisi 7 / Juli 2026 - {FIKTIF}", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, str(self.page_no()), align="R")
            self.set_text_color(0, 0, 0)

    pdf = Bul(format="A4")
    _pdf_common(pdf, title)
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    # masthead
    pdf.set_fill_color(122, 36, 28)
    pdf.rect(0, 0, pdf.w, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 7)
    pdf.set_font("Times", "B", 34)
    pdf.cell(0, 14, "WARTA LONTAR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(
        0,
        5,
        "Buletin Dinas Perpustakaan dan Kearsipan Provinsi Bukit Kemuning",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0, 5, "Edisi 7 | Juli 2026 | Terbit 15 Juli 2026 | " + FIKTIF, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(44)
    pdf.set_font("Helvetica", "I", 9)
    pdf.set_fill_color(240, 230, 215)
    pdf.multi_cell(
        0,
        5.5,
        "Dalam edisi ini: JEMBATAN Angkatan I rampung - hasil uji kompetensi "
        "Gelombang I - Perpustakaan Keliling Semester I - profil arsiparis Depo Arsip - "
        "Anugerah Lontar Emas - agenda Agustus-September",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    with pdf.text_columns(ncols=2, gutter=7, text_align="J") as cols:
        for head, paras in BULETIN:
            pdf.set_font("Helvetica", "B", 12.5)
            pdf.set_text_color(122, 36, 28)
            with cols.paragraph(text_align="L", top_margin=2, bottom_margin=1.5) as p:
                p.write(_latin(head))
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Times", "", 10.5)
            for t in paras:
                with cols.paragraph(text_align="J", bottom_margin=2) as p:
                    p.write(_latin(t))
    # agenda box
    if pdf.get_y() > pdf.h - 105:
        pdf.add_page()
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_draw_color(122, 36, 28)
    pdf.set_line_width(0.6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_x(18)
    pdf.cell(0, 8, "AGENDA AGUSTUS-SEPTEMBER 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    for d, ev in AGENDA_BULETIN:
        pdf.set_x(18)
        pdf.cell(34, 5.6, d)
        pdf.cell(0, 5.6, _latin(ev), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(18)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.cell(
        0,
        6,
        "Jadwal dapat berubah; pantau pengumuman di LONTAR DARING.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.rect(14, y0, pdf.w - 28, pdf.get_y() - y0 + 2)
    pdf.output(path)
    return pdf.pages_count


# =========================================================================== calendar (PDF)
KALENDER_SEP = {
    1: ["KP-02 Angk. II (Kenari)"],
    2: ["KP-02 Angk. II (Kenari)", "Klinik Uji Gel. II (Depo)"],
    3: ["KP-02 Angk. II (Kenari)", "Klinik Uji Gel. II (Depo)"],
    8: ["KA-06 Angk. II (Lab Restorasi)"],
    9: ["KA-06 Angk. II (Lab Restorasi)"],
    10: ["KA-06 Angk. II (Lab Restorasi)"],
    14: ["Anugerah Lontar Emas", "Hari Kunjung Perpustakaan"],
    15: ["KA-04 Angk. II (Lab Digitalisasi)"],
    16: ["KA-04 Angk. II (Lab Digitalisasi)", "KP-04 (Kenari)", "Uji Arsiparis Gel. II"],
    17: ["KA-04 Angk. II (Lab Digitalisasi)", "KP-04 (Kenari)"],
    29: ["KA-07 Angk. II (Zoom)"],
    30: ["Batas perubahan RPK", "Cek capaian 50% JP"],
}

KALENDER_DAFTAR = [
    ("1-3 September", "KP-02 Katalogisasi RDA dan Klasifikasi DDC Angkatan II", KENARI, "kuota 20"),
    ("2-3 September", "Klinik Uji Kompetensi Gelombang II", R_DEPO, "12 JP"),
    ("8-10 September", "KA-06 Restorasi Arsip Kertas Angkatan II", LAB_RES, "kuota 10"),
    (
        "14 September",
        "Pengumuman Anugerah Lontar Emas 2026 (Hari Kunjung Perpustakaan)",
        AULA,
        "pukul 09.00 WITA",
    ),
    ("15-17 September", "KA-04 Alih Media Arsip (Digitalisasi) Angkatan II", LAB_DIG, "kuota 12"),
    (
        "16 September",
        "Uji Kompetensi Arsiparis Gelombang II (CAT daring)",
        LAB_KOM,
        "pukul 08.30 WITA",
    ),
    ("16-17 September", "KP-04 Pengelolaan Perpustakaan Keliling", KENARI, "kuota 15"),
    ("29 September", "KA-07 Aplikasi SRIKANDI bagi Pengelola Arsip Angkatan II", ZOOM, "kuota 60"),
    ("30 September", "Batas akhir perubahan RPK dan pemantauan capaian 50 persen JP", "-", "-"),
]


def render_kalender(path, title):
    FPDF = _fpdf_class()
    pdf = FPDF(orientation="L", format="A4")
    _pdf_common(pdf, title)
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(
        0,
        9,
        "KALENDER KEGIATAN PENGEMBANGAN KOMPETENSI - SEPTEMBER 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0, 5, f"{DINAS} | Versi 1 Juli 2026 | {FIKTIF}", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    cw = (pdf.w - 24) / 7
    x0 = 12
    y = pdf.get_y()
    pdf.set_fill_color(122, 36, 28)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 9.5)
    for i, h in enumerate(HARI):
        pdf.set_xy(x0 + i * cw, y)
        pdf.cell(cw, 7, h, border=1, align="C", fill=True)
    pdf.set_text_color(0, 0, 0)
    y += 7
    rh = 30
    start = datetime.date(2026, 8, 31)
    colors = {
        "KA": (220, 232, 246),
        "KP": (222, 240, 222),
        "Uj": (248, 220, 220),
        "Kl": (248, 220, 220),
        "An": (252, 240, 200),
    }
    for week in range(5):
        for dow in range(7):
            d = start + datetime.timedelta(days=week * 7 + dow)
            x = x0 + dow * cw
            yy = y + week * rh
            pdf.set_draw_color(150, 150, 150)
            if d.month != 9:
                pdf.set_fill_color(238, 238, 238)
                pdf.rect(x, yy, cw, rh, style="DF")
            else:
                pdf.rect(x, yy, cw, rh)
            pdf.set_xy(x + 1.5, yy + 1)
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_text_color(170, 0, 0) if dow == 6 else pdf.set_text_color(0, 0, 0)
            pdf.cell(8, 5, str(d.day))
            pdf.set_text_color(0, 0, 0)
            if d.month == 9:
                ly = yy + 7
                pdf.set_font("Helvetica", "", 7.2)
                for ev in KALENDER_SEP.get(d.day, []):
                    pdf.set_fill_color(*colors.get(ev[:2], (235, 235, 235)))
                    pdf.set_xy(x + 1, ly)
                    pdf.cell(cw - 2, 4.6, _latin(ev), fill=True)
                    ly += 5.4
    pdf.set_xy(12, y + 5 * rh + 3)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(
        0,
        5,
        "Warna: biru = Kelas Lontar kearsipan (KA); hijau = kepustakawanan (KP); merah = uji "
        "kompetensi; kuning = acara Dinas. Jam kelas 08.00-15.30 WITA (Jumat 08.00-11.00 WITA).",
    )
    # page 2: list
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Daftar Kegiatan September 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    with pdf.table(col_widths=[35, 110, 85, 40], line_height=5.5, text_align="LEFT") as t:
        r = t.row()
        for h in ["Tanggal", "Kegiatan", "Tempat", "Keterangan"]:
            r.cell(h)
        for row in KALENDER_DAFTAR:
            r = t.row()
            for v in row:
                r.cell(_latin(v))
    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        5,
        "Kalender ini disusun Subbagian Umum dan Kepegawaian berdasarkan katalog Kelas "
        "Lontar dan jadwal uji kompetensi per 1 Juli 2026. Perubahan jadwal ditetapkan "
        "dengan surat edaran dan diumumkan di LONTAR DARING.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(path)
    return pdf.pages_count


# =========================================================================== new decree (PDF)
BIAYA_UJI = [
    ("Arsiparis", "Terampil ke Mahir", 1250000),
    ("Arsiparis", "Mahir ke Penyelia", 1400000),
    ("Arsiparis", "Ahli Pertama ke Ahli Muda", 1750000),
    ("Arsiparis", "Ahli Muda ke Ahli Madya", 2250000),
    ("Pustakawan", "Terampil ke Mahir", 1150000),
    ("Pustakawan", "Mahir ke Penyelia", 1300000),
    ("Pustakawan", "Ahli Pertama ke Ahli Muda", 1650000),
    ("Pustakawan", "Ahli Muda ke Ahli Madya", 2150000),  # corrected to 2.350.000 by the RALAT
    ("Pranata Komputer", "Terampil ke Mahir", 1100000),
    ("Pranata Komputer", "Ahli Pertama ke Ahli Muda", 1500000),
    ("Pranata Komputer", "Ahli Muda ke Ahli Madya", 1900000),
]

JADWAL_UJI = [
    ("Pendaftaran Gelombang I", "paling lambat 13 Maret 2026", f"{LMS}"),
    ("Klinik Uji Kompetensi Gelombang I", "31 Maret-1 April 2026", AULA),
    ("Uji kompetensi Arsiparis Gelombang I", "Rabu, 22 April 2026", LAB_KOM),
    ("Uji kompetensi Pustakawan Gelombang I", "Kamis, 23 April 2026", LAB_KOM),
    ("Uji kompetensi Pranata Komputer Gelombang I", "Rabu, 29 April 2026", LAB_KOM),
    ("Pendaftaran Gelombang II", "paling lambat 14 Agustus 2026", f"{LMS}"),
    ("Klinik Uji Kompetensi Gelombang II", "2-3 September 2026", R_DEPO),
    ("Uji kompetensi Arsiparis Gelombang II", "Rabu, 16 September 2026", LAB_KOM),
    ("Uji kompetensi Pustakawan Gelombang II", "Kamis, 1 Oktober 2026", LAB_KOM),
    ("Uji kompetensi Pranata Komputer Gelombang II", "Rabu, 7 Oktober 2026", LAB_KOM),
]

KEP2026 = [
    (
        "title",
        [
            "KEPUTUSAN KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN",
            "PROVINSI BUKIT KEMUNING",
            f"NOMOR {KEP_BARU}",
            "",
            "TENTANG",
            "FASILITASI UJI KOMPETENSI JABATAN FUNGSIONAL ARSIPARIS,",
            "PUSTAKAWAN, DAN PRANATA KOMPUTER",
            "",
            "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI BUKIT KEMUNING,",
        ],
    ),
    (
        "label",
        "Menimbang",
        [
            "a. bahwa kenaikan jenjang jabatan fungsional mensyaratkan kelulusan uji kompetensi yang "
            "diselenggarakan instansi pembina;",
            f"b. bahwa Keputusan Kepala Dinas Nomor {KEP_LAMA} tentang Fasilitasi Uji Kompetensi Jabatan "
            "Fungsional Arsiparis dan Pustakawan belum menjangkau jabatan fungsional Pranata Komputer "
            "dan pegawai PPPK sehingga perlu diganti;",
            "c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
            "menetapkan Keputusan Kepala Dinas tentang Fasilitasi Uji Kompetensi Jabatan Fungsional "
            "Arsiparis, Pustakawan, dan Pranata Komputer;",
        ],
    ),
    (
        "label",
        "Mengingat",
        [
            "1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "2. Peraturan Gubernur Bukit Kemuning Nomor 45 Tahun 2021 tentang Kedudukan, Susunan "
            "Organisasi, Tugas dan Fungsi, serta Tata Kerja Dinas Perpustakaan dan Kearsipan;",
            f"3. Keputusan Kepala Dinas Nomor {PEDOMAN_KEP} tentang Pedoman Pengembangan Kompetensi "
            "Pegawai Tahun 2026;",
        ],
    ),
    ("center", "MEMUTUSKAN:"),
    (
        "label",
        "Menetapkan",
        [
            "KEPUTUSAN KEPALA DINAS TENTANG FASILITASI UJI KOMPETENSI JABATAN FUNGSIONAL ARSIPARIS, "
            "PUSTAKAWAN, DAN PRANATA KOMPUTER."
        ],
    ),
    (
        "label",
        "KESATU",
        [
            "Fasilitasi uji kompetensi meliputi:",
            "a. pembayaran biaya uji kompetensi langsung kepada penyelenggara sesuai Lampiran I;",
            "b. Klinik Uji Kompetensi selama 12 (dua belas) JP;",
            "c. dispensasi tugas pada hari uji dan 1 (satu) hari kerja sebelumnya; dan",
            "d. uang transport dan akomodasi apabila uji dilaksanakan di luar Kemuning Jaya sesuai "
            "standar biaya Pemerintah Provinsi.",
        ],
    ),
    (
        "label",
        "KEDUA",
        [
            "Sasaran fasilitasi adalah PNS dan PPPK penuh waktu yang menduduki jabatan fungsional "
            "Arsiparis, Pustakawan, atau Pranata Komputer di lingkungan Dinas. PPPK paruh waktu, tenaga "
            "honorer, dan peserta magang tidak termasuk sasaran fasilitasi."
        ],
    ),
    (
        "label",
        "KETIGA",
        [
            "Pegawai yang diusulkan harus memenuhi persyaratan:",
            "a. paling singkat 1 (satu) tahun dalam jenjang jabatan saat ini;",
            "b. angka kredit kumulatif telah memenuhi syarat kenaikan jenjang berdasarkan penetapan "
            "angka kredit terakhir;",
            "c. predikat kinerja paling rendah Baik dalam 1 (satu) tahun terakhir;",
            "d. rekomendasi atasan langsung dan Kepala Bidang atau Kepala UPTD;",
            "e. telah mengikuti Klinik Uji Kompetensi; dan",
            "f. tidak sedang menjalani hukuman disiplin.",
        ],
    ),
    (
        "label",
        "KEEMPAT",
        [
            "Kuota fasilitasi Tahun 2026 sebanyak 18 (delapan belas) orang, terdiri atas Arsiparis 8 "
            "(delapan) orang, Pustakawan 7 (tujuh) orang, dan Pranata Komputer 3 (tiga) orang, yang "
            "dibagi dalam 2 (dua) gelombang sebagaimana tercantum dalam Lampiran II. Kuota yang tidak "
            "terisi pada Gelombang I dapat dialihkan ke Gelombang II."
        ],
    ),
    (
        "label",
        "KELIMA",
        [
            "Pendaftaran dilakukan melalui LONTAR DARING sesuai jadwal dalam Lampiran II. Apabila "
            "pendaftar melebihi kuota, Tim Pengembangan Kompetensi menetapkan peserta dengan urutan "
            "prioritas:",
            "1. batas waktu kenaikan jenjang paling dekat;",
            "2. masa dalam jenjang paling lama; dan",
            "3. capaian JP tahun sebelumnya paling tinggi.",
            "Peserta terpilih diumumkan paling lambat 7 (tujuh) hari kerja setelah pendaftaran ditutup.",
        ],
    ),
    (
        "label",
        "KEENAM",
        [
            "Peserta yang tidak lulus dapat mengikuti uji ulang 1 (satu) kali dengan fasilitasi 50 (lima "
            "puluh) persen dari biaya uji; uji ulang berikutnya dibiayai sendiri. Peserta yang tidak hadir "
            "pada hari uji tanpa alasan yang sah wajib mengembalikan biaya uji sebesar 100 (seratus) "
            "persen."
        ],
    ),
    (
        "label",
        "KETUJUH",
        [
            "Peserta yang lulus wajib:",
            "a. menjadi narasumber Kelas Lontar atau Sesi Bagi Ilmu paling sedikit 1 (satu) kali dalam 12 "
            "(dua belas) bulan setelah dinyatakan lulus;",
            "b. tetap bertugas di lingkungan Dinas paling singkat 2 (dua) tahun sejak dinyatakan lulus; "
            "dan",
            "c. mengunggah sertifikat kompetensi ke LONTAR DARING paling lambat 14 (empat belas) hari "
            "kalender setelah sertifikat diterbitkan.",
            "Peserta yang melanggar huruf b wajib mengembalikan biaya uji secara proporsional.",
        ],
    ),
    (
        "label",
        "KEDELAPAN",
        [
            "Klinik Uji Kompetensi diakui sebanyak 12 (dua belas) JP dan kelulusan uji kompetensi diakui "
            "sebanyak 10 (sepuluh) JP pada tahun kelulusan."
        ],
    ),
    (
        "label",
        "KESEMBILAN",
        [
            "Pelaksanaan fasilitasi dikoordinasikan oleh Subbagian Umum dan Kepegawaian dengan pembiayaan "
            "dari DPA Dinas Tahun Anggaran 2026."
        ],
    ),
    (
        "label",
        "KESEPULUH",
        [
            f"Pada saat Keputusan ini mulai berlaku, Keputusan Kepala Dinas Nomor {KEP_LAMA} tentang "
            "Fasilitasi Uji Kompetensi Jabatan Fungsional Arsiparis dan Pustakawan dicabut dan dinyatakan "
            "tidak berlaku. Pegawai yang telah terdaftar untuk uji ulang berdasarkan Keputusan tersebut "
            "tetap difasilitasi sampai dengan 30 Juni 2026."
        ],
    ),
    ("label", "KESEBELAS", ["Keputusan ini mulai berlaku pada tanggal 1 Maret 2026."]),
    (
        "sign",
        [
            "Ditetapkan di Kemuning Jaya",
            "pada tanggal 9 Februari 2026",
            "",
            "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN",
            "PROVINSI BUKIT KEMUNING,",
            "",
            "ttd.",
            "",
            KADIS,
            f"NIP {KADIS_NIP}",
        ],
    ),
    (
        "plain",
        [
            "Tembusan:",
            "1. Gubernur Bukit Kemuning;",
            "2. Kepala Badan Kepegawaian Daerah Provinsi Bukit Kemuning;",
            "3. Pegawai yang bersangkutan.",
        ],
    ),
    ("page",),
    ("center", "LAMPIRAN I"),
    (
        "plain",
        [
            f"KEPUTUSAN KEPALA DINAS NOMOR {KEP_BARU}",
            "BIAYA UJI KOMPETENSI YANG DIFASILITASI TAHUN 2026",
        ],
    ),
    (
        "table",
        ["No", "Jabatan fungsional", "Kenaikan jenjang", "Biaya per peserta"],
        [[str(i + 1), a, b, rp(c)] for i, (a, b, c) in enumerate(BIAYA_UJI)],
        [12, 45, 68, 40],
    ),
    (
        "plain",
        [
            "Biaya dibayarkan langsung kepada penyelenggara uji. Biaya uji ulang pertama "
            "difasilitasi 50 persen dari angka dalam tabel ini."
        ],
    ),
    ("sign", ["KEPALA DINAS,", "", "ttd.", "", KADIS]),
    ("page",),
    ("center", "LAMPIRAN II"),
    (
        "plain",
        [
            f"KEPUTUSAN KEPALA DINAS NOMOR {KEP_BARU}",
            "KUOTA DAN JADWAL TAHUN 2026",
            "",
            "A. Kuota per gelombang",
        ],
    ),
    (
        "table",
        ["Jabatan fungsional", "Gelombang I", "Gelombang II", "Jumlah"],
        [
            ["Arsiparis", "5", "3", "8"],
            ["Pustakawan", "4", "3", "7"],
            ["Pranata Komputer", "2", "1", "3"],
            ["Jumlah", "11", "7", "18"],
        ],
        [60, 35, 35, 35],
    ),
    ("plain", ["", "B. Jadwal"]),
    ("table", ["Kegiatan", "Waktu", "Tempat"], [list(r) for r in JADWAL_UJI], [70, 45, 50]),
    (
        "plain",
        [
            "Uji kompetensi dilaksanakan dengan Computer Assisted Test (CAT) daring mulai pukul "
            "08.30 WITA. Peserta hadir paling lambat 30 menit sebelum uji dimulai."
        ],
    ),
    ("sign", ["KEPALA DINAS,", "", "ttd.", "", KADIS]),
]


def render_keputusan(path, title):
    FPDF = _fpdf_class()

    class Kep(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", "", 7.5)
            self.cell(0, 5, f"Keputusan Nomor {KEP_BARU} - {FIKTIF}", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")

    pdf = Kep(format="A4")
    _pdf_common(pdf, title)
    pdf.alias_nb_pages()
    pdf.set_margins(25, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    # kop
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "PEMERINTAH PROVINSI BUKIT KEMUNING", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, DINAS_UP, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, f"{KANTOR} - Telepon {TELP}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.8)
    pdf.line(25, pdf.get_y() + 1, pdf.w - 20, pdf.get_y() + 1)
    pdf.set_line_width(0.2)
    pdf.ln(6)
    for blk in KEP2026:
        kind = blk[0]
        if kind == "title":
            pdf.set_font("Times", "B", 12)
            for ln in blk[1]:
                pdf.multi_cell(0, 6, ln, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "label":
            pdf.set_font("Times", "B" if blk[1].isupper() else "", 11.5)
            y = pdf.get_y()
            if y > pdf.h - 40:
                pdf.add_page()
                y = pdf.get_y()
            pdf.cell(32, 6, blk[1])
            pdf.cell(4, 6, ":")
            pdf.set_font("Times", "", 11.5)
            for it in blk[2]:
                pdf.set_x(25 + 36)
                pdf.multi_cell(0, 6, _latin(it), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "center":
            pdf.set_font("Times", "B", 12)
            pdf.cell(0, 7, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "plain":
            pdf.set_font("Times", "", 11.5)
            for ln in blk[1]:
                pdf.multi_cell(0, 6, _latin(ln), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sign":
            if pdf.get_y() > pdf.h - 75:
                pdf.add_page()
            pdf.set_font("Times", "", 11.5)
            for ln in blk[1]:
                pdf.set_x(110)
                pdf.cell(0, 5.6, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "page":
            pdf.add_page()
        elif kind == "table":
            pdf.set_font("Times", "", 11)
            with pdf.table(
                col_widths=blk[3], width=sum(blk[3]), line_height=6, text_align="LEFT"
            ) as t:
                r = t.row()
                for h in blk[1]:
                    r.cell(h)
                for row in blk[2]:
                    r = t.row()
                    for v in row:
                        r.cell(_latin(v))
            pdf.ln(3)
    pdf.output(path)
    return pdf.pages_count


# =========================================================================== corrigendum (TXT)
RALAT_TXT = f"""PEMERINTAH PROVINSI BUKIT KEMUNING
DINAS PERPUSTAKAAN DAN KEARSIPAN
{KANTOR} | Telepon {TELP}

                                   RALAT
                      Nomor: {RALAT_NO}

atas Keputusan Kepala Dinas Perpustakaan dan Kearsipan Provinsi Bukit Kemuning
Nomor {KEP_BARU} tanggal 9 Februari 2026
tentang Fasilitasi Uji Kompetensi Jabatan Fungsional Arsiparis, Pustakawan, dan Pranata Komputer

Sehubungan dengan terdapatnya kekeliruan pengetikan dalam Keputusan tersebut di atas, dengan ini
disampaikan ralat sebagai berikut:

1. Lampiran I, nomor urut 8 (Pustakawan, kenaikan jenjang Ahli Muda ke Ahli Madya),
   kolom "Biaya per peserta":
     tertulis   : Rp2.150.000
     seharusnya : Rp2.350.000

2. Lampiran II huruf B (Jadwal), baris "Uji kompetensi Pranata Komputer Gelombang II",
   kolom "Waktu":
     tertulis   : Rabu, 7 Oktober 2026
     seharusnya : Rabu, 14 Oktober 2026

Ketentuan lain dalam Keputusan tersebut, termasuk kuota 18 (delapan belas) orang dan biaya
kenaikan jenjang lainnya, tidak berubah. Ralat ini merupakan bagian yang tidak terpisahkan dari
Keputusan Nomor {KEP_BARU} dan berlaku sejak Keputusan tersebut mulai berlaku, yaitu 1 Maret 2026.

Demikian ralat ini disampaikan untuk digunakan sebagaimana mestinya.

                                        Kemuning Jaya, 2 Maret 2026
                                        KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN
                                        PROVINSI BUKIT KEMUNING,

                                        ttd.

                                        {KADIS}
                                        NIP {KADIS_NIP}

Tembusan:
1. Kepala Badan Kepegawaian Daerah Provinsi Bukit Kemuning;
2. Kepala Subbagian Program dan Keuangan;
3. Koordinator Uji Kompetensi.

{FIKTIF}
"""


# =========================================================================== circular (TXT)
SE_TXT = f"""PEMERINTAH PROVINSI BUKIT KEMUNING
DINAS PERPUSTAKAAN DAN KEARSIPAN
{KANTOR} | Telepon {TELP} | {DOMAIN}
==========================================================================================

                                                        Kemuning Jaya, 21 Juli 2026
Yth.
1. Sekretaris Dinas;
2. Para Kepala Bidang;
3. Kepala UPTD Depo Arsip Sekar Tanjung;
4. Koordinator Satuan Perpustakaan Keliling;
5. Seluruh pegawai Dinas Perpustakaan dan Kearsipan
di Kemuning Jaya

                               SURAT EDARAN
                      NOMOR {SE_NO}
                                  TENTANG
     PERUBAHAN JADWAL, KUOTA, DAN TEMPAT KELAS LONTAR SEMESTER II TAHUN 2026

1. Latar Belakang
   Lampiran II Pedoman Pengembangan Kompetensi Pegawai Tahun 2026 (Keputusan Kepala Dinas
   Nomor {PEDOMAN_KEP}) memuat jadwal, kuota, dan tempat Kelas Lontar. Beberapa kelas pada
   Semester II perlu disesuaikan karena:
   a. Laboratorium Restorasi Depo Arsip direnovasi mulai 24 Agustus sampai dengan
      18 September 2026;
   b. pemindai (scanner) Laboratorium Digitalisasi Depo Arsip dipindahkan ke ruang sementara
      selama renovasi tersebut;
   c. pendaftar KP-02 Angkatan II mencapai 31 orang, melebihi kuota 20 orang dan daya tampung
      Ruang Belajar Kenari lantai 3;
   d. narasumber KP-06 Angkatan II berhalangan dan belum ada pengganti; dan
   e. KP-04 membutuhkan praktik langsung dengan kendaraan Perpustakaan Keliling.

2. Maksud dan Tujuan
   Surat Edaran ini dimaksudkan sebagai pemberitahuan resmi atas perubahan jadwal, kuota, dan
   tempat Kelas Lontar Semester II Tahun 2026 agar pegawai, atasan langsung, dan peserta luar
   dapat menyesuaikan rencana kerjanya.

3. Perubahan Kelas Lontar
   a. KA-06 Restorasi Arsip Kertas Angkatan II:
      1) tanggal semula 8-10 September 2026, menjadi {rentang("2026-09-22", "2026-09-24", True)};
      2) tempat tetap di Laboratorium Restorasi Depo Arsip;
      3) kuota tetap 10 orang.
   b. KA-04 Alih Media Arsip (Digitalisasi) Angkatan II:
      1) tanggal semula 15-17 September 2026, menjadi {rentang("2026-10-06", "2026-10-08", True)};
      2) tempat tetap di Laboratorium Digitalisasi Depo Arsip.
   c. KP-02 Katalogisasi RDA dan Klasifikasi DDC Angkatan II:
      1) tanggal tetap 1-3 September 2026;
      2) kuota semula 20 orang, menjadi 25 orang;
      3) tempat semula Ruang Belajar Kenari lantai 3, menjadi Aula Lontar lantai 2.
   d. KP-04 Pengelolaan Perpustakaan Keliling:
      1) tanggal tetap 16-17 September 2026;
      2) tempat semula Ruang Belajar Kenari lantai 3, menjadi Pangkalan Perpustakaan Keliling,
         Jalan Cendana Raya Nomor 19;
      3) kuota semula 15 orang, menjadi 18 orang, dengan paling banyak 6 kursi untuk awak
         honorer.
   e. KP-06 Mendongeng untuk Layanan Anak Angkatan II ({tgl("2026-10-07")}) ditiadakan.
      Pendaftar dialihkan ke KP-06 Angkatan I Tahun 2027 tanpa mendaftar ulang. Peserta luar yang
      telah membayar kontribusi Rp300.000 memperoleh pengembalian 100 persen paling lambat 30 hari
      kerja.
   f. KA-05 Penyusunan Jadwal Retensi Arsip (13-14 Oktober 2026): kuota semula 25 orang, menjadi
      30 orang; tambahan 5 kursi diperuntukkan bagi pengelola arsip kabupaten/kota.

4. Pendaftaran dan Pembatalan
   a. Pendaftaran yang sudah disetujui atasan tetap berlaku untuk jadwal dan tempat yang baru.
   b. Pendaftaran untuk kelas yang dipindahkan ditutup 7 hari kerja sebelum tanggal yang baru.
   c. Peserta yang tidak dapat hadir pada tanggal yang baru dapat membatalkan pendaftaran tanpa
      sanksi paling lambat {tgl("2026-08-14")} melalui LONTAR DARING. Pembatalan ini tidak
      dihitung sebagai ketidakhadiran.
   d. Tambahan 5 kursi KP-02 diisi dari daftar tunggu sesuai urutan prioritas dalam Pedoman.

5. Pembiayaan
   Tambahan biaya penyelenggaraan KP-02 Angkatan II sebesar Rp4.500.000 dipenuhi melalui
   pergeseran anggaran dari komponen pelatihan teknis eksternal. Kontribusi peserta luar untuk
   kelas yang dipindahkan tidak berubah.

6. Penutup
   Dengan Surat Edaran ini, jadwal, kuota, dan tempat kelas tersebut di atas dalam Lampiran II
   Pedoman dianggap telah disesuaikan. Ketentuan lain tetap berlaku. Informasi lebih lanjut dapat
   ditanyakan kepada {ANALIS_SDM} melalui WhatsApp {WA_KEPEG}.

Demikian Surat Edaran ini untuk dilaksanakan.

                                        KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN
                                        PROVINSI BUKIT KEMUNING,

                                        ttd.

                                        {KADIS}

Tembusan:
1. Kepala Badan Kepegawaian Daerah Provinsi Bukit Kemuning;
2. Dinas perpustakaan dan kearsipan kabupaten/kota se-Provinsi Bukit Kemuning.

{FIKTIF}
"""


# =========================================================================== transcript (TXT)
TRANSKRIP = [
    (
        "00:00:04",
        "Hendro Wicaksono",
        "Selamat pagi Bapak Ibu, sudah jam sembilan lewat, kita mulai "
        "ya. Agenda kita empat: JEMBATAN Angkatan II, Klinik Uji Kompetensi Gelombang II, laporan "
        "refleksi KA-03, dan helpdesk waktu pendaftaran Semester II.",
    ),
    ("00:00:31", "Nurul Fadilah", "Izin Pak, rekaman dan transkrip otomatis sudah jalan."),
    (
        "00:01:10",
        "Lestari Handayani",
        "Baik Pak. Untuk JEMBATAN Angkatan II, pendaftar mentee sampai "
        "tiga puluh satu Juli ada lima belas orang, mentornya sembilan orang. Masalahnya KU-04 kemarin "
        "tanggal dua delapan dua sembilan Juli, tiga calon mentor baru tidak bisa ikut karena dinas "
        "luar [tidak terdengar] jadi mereka baru bisa ikut sesi susulan minggu depan.",
    ),
    ("00:02:31", "Lestari Handayani", "Jadi kami usul pertemuan perdana digeser satu minggu, Pak."),
    (
        "00:03:05",
        "Hendro Wicaksono",
        "Aula Lontar tanggal dua belas itu juga dipakai persiapan "
        "pameran Kemuning Membaca, betul Bu Yuliana?",
    ),
    (
        "00:03:12",
        "Yuliana Tampubolon",
        "Betul Pak, Aula dipakai tanggal sepuluh sampai tiga belas Agustus untuk loading pameran.",
    ),
    (
        "00:03:40",
        "Hendro Wicaksono",
        "Baik. Pertemuan perdana JEMBATAN Angkatan II kita pindah ke "
        "Rabu, sembilan belas Agustus, jam sembilan, di Ruang Belajar Kenari lantai tiga. Penutupannya "
        "ikut mundur satu minggu.",
    ),
    (
        "00:04:02",
        "Lestari Handayani",
        "Jadi Temu Mentoring penutupan yang semula sebelas November "
        "menjadi delapan belas November ya Pak.",
    ),
    ("00:04:15", "Hendro Wicaksono", "Ya. Honor mentor tetap, tidak ada perubahan."),
    (
        "00:12:20",
        "Yohanes Kefi",
        "Agenda kedua Pak. Klinik Uji Kompetensi Gelombang II semula "
        "tanggal dua dan tiga September. Narasumber dari instansi pembina baru bisa tanggal sembilan "
        "dan sepuluh September.",
    ),
    ("00:13:01", "Hendro Wicaksono", "Uji Arsiparis tanggal enam belas September masih aman ya?"),
    (
        "00:13:08",
        "Yohanes Kefi",
        "Aman Pak, masih ada jeda empat hari kerja. Tempat klinik tetap di "
        "Ruang Pelatihan Depo Arsip.",
    ),
    (
        "00:14:30",
        "Yohanes Kefi",
        "Lalu pendaftar Gelombang II sampai hari ini sembilan orang untuk "
        "tujuh kursi. Pendaftaran tutup empat belas Agustus.",
    ),
    (
        "00:15:02",
        "Hendro Wicaksono",
        "Kuotanya tidak usah ditambah, seleksi saja sesuai prioritas di "
        "keputusan. Pengumuman paling lambat tanggal dua puluh enam Agustus.",
    ),
    (
        "00:20:11",
        "Nurul Fadilah",
        "Agenda ketiga Pak. Peserta KA-03 tanggal sembilan sampai sebelas "
        "Juni, batas LRK-3 itu enam puluh hari kalender, jatuhnya sepuluh Agustus. Banyak yang minta "
        "tambahan waktu karena penilaian arsipnya di instansi masing-masing belum selesai.",
    ),
    ("00:21:02", "Hendro Wicaksono", "Berapa orang yang belum?"),
    (
        "00:21:05",
        "Nurul Fadilah",
        "Dua belas dari dua puluh peserta, Pak. (tertawa) Lebih dari separuh.",
    ),
    (
        "00:22:15",
        "Hendro Wicaksono",
        "Oke. Khusus KA-03 Angkatan I, batas LRK-3 kita perpanjang "
        "sampai tiga puluh September. Tidak dihitung terlambat. Angkatan lain tetap enam puluh hari.",
    ),
    (
        "00:30:40",
        "Galang Pratama",
        "Agenda keempat, helpdesk. Minggu depan pendaftaran Semester II "
        "ramai. Usul jam helpdesk diperpanjang sampai jam enam sore tanggal tujuh belas sampai dua "
        "puluh satu Agustus.",
    ),
    ("00:31:20", "Hendro Wicaksono", "Tujuh belas Agustus libur, Pak Galang."),
    (
        "00:31:28",
        "Galang Pratama",
        "Oh iya. Delapan belas sampai dua puluh satu Agustus, Pak, sampai "
        "pukul delapan belas WITA.",
    ),
    ("00:31:40", "Hendro Wicaksono", "Setuju."),
    (
        "00:40:05",
        "Rahmat Hidayat",
        "Satu lagi Pak, ada usulan honor mentor naik jadi tiga ratus lima "
        "puluh ribu per mentee per bulan. Itu belum bisa diputuskan sekarang karena harus lewat "
        "anggaran perubahan.",
    ),
    (
        "00:40:41",
        "Hendro Wicaksono",
        "Ya, kita bawa ke rapat anggaran perubahan. Belum diputuskan.",
    ),
    (
        "01:11:30",
        "Hendro Wicaksono",
        "Terima kasih semuanya. Notulis tolong ringkasan keputusannya dibagikan hari ini.",
    ),
]

TRANSKRIP_RINGKASAN = [
    "1. Pertemuan perdana JEMBATAN Angkatan II: semula Rabu, 12 Agustus 2026, Aula Lontar lantai 2; "
    "menjadi Rabu, 19 Agustus 2026 pukul 09.00 WITA di Ruang Belajar Kenari lantai 3.",
    "2. Temu Mentoring penutupan JEMBATAN Angkatan II: semula 11 November 2026, menjadi 18 November "
    "2026.",
    "3. Klinik Uji Kompetensi Gelombang II: semula 2-3 September 2026, menjadi 9-10 September 2026; "
    "tempat tetap Ruang Pelatihan Depo Arsip.",
    "4. Uji kompetensi Gelombang II: 9 pendaftar untuk 7 kursi; kuota tidak ditambah, seleksi "
    "sesuai prioritas Diktum KELIMA; pengumuman paling lambat 26 Agustus 2026.",
    "5. Batas unggah LRK-3 peserta KA-03 Angkatan I: semula 10 Agustus 2026, diperpanjang sampai "
    "30 September 2026 (khusus angkatan ini).",
    "6. Jam layanan helpdesk LONTAR DARING pada 18-21 Agustus 2026 diperpanjang sampai pukul 18.00 "
    "WITA.",
    "7. Belum diputuskan: usulan kenaikan honor mentor JEMBATAN (dibawa ke rapat anggaran "
    "perubahan).",
]


def transkrip_txt():
    lines = [
        "TRANSKRIP OTOMATIS - RAPAT DARING",
        "Judul rapat : Rapat Koordinasi Tim Pengembangan Kompetensi (TPK) DPK",
        f"Tanggal     : {tgl('2026-08-04')}",
        "Waktu       : 09.00-10.12 WITA",
        "Platform    : Zoom (ID rapat 845 2231 907)",
        "Peserta     : 9 orang (Hendro Wicaksono, Yuliana Tampubolon, Rahmat Hidayat, Nurul Fadilah, "
        "Lestari Handayani, Yohanes Kefi, Galang Pratama, Bambang Irianto, Sitti Hajar)",
        "Catatan     : transkrip dibuat otomatis oleh aplikasi rapat dan disunting ringan oleh notulis "
        "(Nurul Fadilah). Bagian yang tidak jelas ditandai [tidak terdengar].",
        FIKTIF,
        "",
    ]
    for ts, who, text in TRANSKRIP:
        lines.append(f"[{ts}] {who}: {text}")
    lines += ["", "-" * 70, "RINGKASAN KEPUTUSAN (disusun notulis, 4 Agustus 2026)"]
    lines += TRANSKRIP_RINGKASAN
    lines += [
        "",
        "Tindak lanjut:",
        "- Lestari Handayani: undangan baru pertemuan perdana JEMBATAN Angkatan II, paling lambat "
        "7 Agustus 2026.",
        "- Yohanes Kefi: pemberitahuan perubahan jadwal Klinik kepada pendaftar Gelombang II.",
        "- Galang Pratama: pengumuman jam helpdesk di beranda LONTAR DARING.",
        "- Nurul Fadilah: pembaruan batas LRK-3 KA-03 di LONTAR DARING.",
        "",
    ]
    return "\n".join(lines)


# =========================================================================== mentoring (MD)
MENTORING_MD = f"""---
id: panduan-jembatan-2026
judul: Panduan Mentoring JEMBATAN
versi: "2.0"
berlaku: 2026-01-15
pemilik: Subbagian Umum dan Kepegawaian
koordinator: {KOORD_JMB}
status: berlaku
tags: [mentoring, jembatan, pegawai-baru, formulir]
---

# Panduan Mentoring JEMBATAN

*{FIKTIF}*

JEMBATAN (Jejaring Mentoring dan Bimbingan Antarpegawai) adalah program mentoring
{DINAS} bagi pegawai yang baru memulai tugas atau baru beralih ke jabatan fungsional.
Panduan versi 2.0 ini menggantikan versi 1.0 (uji coba 2025) dan berlaku sejak 15 Januari 2026.

## 1. Siapa yang ikut

**Mentee** adalah:

- CPNS;
- PPPK penuh waktu yang masa kerjanya kurang dari 1 tahun; dan
- pegawai yang paling lama 1 tahun beralih ke jabatan fungsional Arsiparis atau Pustakawan.

!!! warning "Tidak termasuk"
    PPPK paruh waktu, tenaga honorer, dan peserta magang tidak dapat menjadi mentee JEMBATAN.
    Mereka tetap dapat bertanya kepada atasan langsung atau mengikuti Kelas Lontar yang terbuka
    bagi mereka.

**Mentor** harus memenuhi syarat:

1. masa kerja paling singkat 5 tahun;
2. jabatan fungsional jenjang Ahli Muda atau Penyelia ke atas, atau pejabat pengawas;
3. telah mengikuti KU-04 Pelatihan Mentor JEMBATAN;
4. predikat kinerja paling rendah Baik dalam 2 tahun terakhir; dan
5. paling banyak mendampingi 2 mentee dalam satu angkatan.

> [!IMPORTANT]
> Mentor tidak boleh merupakan atasan langsung mentee. Pasangan yang ternyata atasan-bawahan
> langsung akan dipasangkan ulang oleh koordinator.

## 2. Alur 12 minggu

| Minggu | Kegiatan | Formulir | Batas unggah |
|---|---|---|---|
| 1 | Pertemuan perdana dan kontrak belajar | JMB-01 Rencana Mentoring | 7 hari kalender setelah pertemuan perdana |
| 2-11 | Pertemuan mentor dan mentee, 60-90 menit per pertemuan | JMB-02 Catatan Pertemuan | 2 hari kerja setelah setiap pertemuan |
| 12 | Evaluasi akhir oleh mentor dan mentee | JMB-03 Evaluasi Akhir | akhir minggu ke-12 |

Setiap pasangan melaksanakan paling sedikit **6 pertemuan**, paling sedikit 4 di antaranya tatap
muka. Mentee dinyatakan lulus apabila JMB-01 telah disetujui, paling sedikit 6 pertemuan tercatat
dalam JMB-02, dan nilai JMB-03 paling rendah 70.

!!! tip "Pegawai Depo Arsip dan awak Perpustakaan Keliling"
    Pasangan yang salah satunya bertugas di Depo Arsip Sekar Tanjung atau di Satuan Perpustakaan
    Keliling boleh melaksanakan paling banyak 3 pertemuan secara daring (Zoom atau panggilan video
    WhatsApp), tetapi tidak pada jam rute.

Penggantian mentor hanya dapat diajukan 1 kali, paling lambat minggu ke-4, melalui koordinator.

## 3. Pengakuan JP dan honorarium

- Mentee: 2 JP per pertemuan, paling banyak 16 JP per angkatan.
- Mentor: 1 JP per pertemuan, paling banyak 8 JP per angkatan.

Mentor menerima honorarium **Rp300.000 per mentee per bulan** selama 3 bulan (Rp900.000 per
mentee), dipotong PPh Pasal 21, dan dibayarkan sekaligus setelah JMB-03 diverifikasi. Apabila
mentee mengundurkan diri, honorarium dibayar sesuai jumlah bulan yang telah berjalan.

!!! note "Mentor dari luar unit"
    Mentor boleh berasal dari bidang lain. Untuk mentee Pranata Komputer, mentor dapat ditunjuk
    dari Pranata Komputer jenjang Ahli Pertama apabila tidak tersedia jenjang yang lebih tinggi.

## 4. Jadwal 2026

| Angkatan | Pendaftaran mentee | Pertemuan perdana | Selesai | Temu Mentoring (penutupan) | Kuota |
|---|---|---|---|---|---|
| I | sampai 23 Januari 2026 | Senin, 2 Februari 2026 | 24 April 2026 | Rabu, 6 Mei 2026 | 14 mentee |
| II | sampai 31 Juli 2026 | Rabu, 12 Agustus 2026 pukul 09.00 WITA, Aula Lontar lantai 2 | 4 November 2026 | Rabu, 11 November 2026 | 16 mentee |

> [!NOTE]
> Pasangan mentor dan mentee diumumkan di LONTAR DARING paling lambat 3 hari kerja sebelum
> pertemuan perdana.

## 5. Formulir dan kontak

Formulir JMB-01, JMB-02, dan JMB-03 diunduh dan diunggah melalui menu **JEMBATAN > Formulir** di
LONTAR DARING. Pertanyaan disampaikan kepada Koordinator JEMBATAN, {KOORD_JMB} (Pustakawan Ahli
Madya), WhatsApp {WA_JMB}, surel {EMAIL_JMB}.
"""


# =========================================================================== reflection reports (MD)
REFLEKSI_MD = f"""# Ketentuan Laporan Refleksi Pasca Pelatihan

{DINAS}
Berlaku sejak 1 Maret 2026 - ditetapkan oleh Sekretaris Dinas selaku Ketua Tim Pengembangan
Kompetensi. {FIKTIF}

Ketentuan ini merinci BAB VIII Pedoman Pengembangan Kompetensi Pegawai Tahun 2026. Laporan Refleksi
Kompetensi (LRK) diunggah melalui menu **Refleksi** di LONTAR DARING.

## Ringkasan formulir

| Formulir | Nama | Wajib untuk | Batas unggah | Diverifikasi oleh |
|---|---|---|---|---|
| LRK-1 | Lembar Refleksi Singkat | setiap pelatihan paling sedikit 4 JP, termasuk e-learning dan pelatihan eksternal | 5 hari kerja[^1] setelah pelatihan selesai | atasan langsung |
| LRK-2 | Rencana Aksi Pembelajaran | pelatihan paling sedikit 16 JP | 10 hari kerja[^1] setelah pelatihan selesai | atasan langsung |
| LRK-3 | Laporan Dampak | pelatihan paling sedikit 24 JP atau berbiaya paling sedikit Rp3.000.000[^2] | 60 hari kalender setelah pelatihan selesai | Tim Pengembangan Kompetensi |

## Isi laporan

1. **LRK-1** menjawab tiga pertanyaan: apa yang dipelajari, apa yang akan diterapkan, dan apa yang
   masih kurang; paling panjang 300 kata.
2. **LRK-2** memuat 1 sampai 3 rencana aksi, masing-masing dengan indikator dan tenggat paling lama
   3 bulan setelah pelatihan.
3. **LRK-3** memuat hasil penerapan rencana aksi, bukti (foto, dokumen, atau data layanan), dan
   catatan atasan langsung.

## Sesi Bagi Ilmu

Pegawai yang mengikuti pelatihan eksternal yang dibiayai Dinas wajib menyampaikan Sesi Bagi Ilmu
paling singkat 45 menit, paling lambat 30 hari kalender setelah pelatihan selesai, dan dihadiri
paling sedikit 5 pegawai. Penyaji Sesi Bagi Ilmu diakui 2 JP dan peserta diakui 1 JP[^3].

## Keterlambatan

- LRK-1 terlambat: JP dan e-sertifikat ditahan sampai LRK-1 diunggah.
- LRK-2 terlambat: pegawai tidak dapat mendaftar Kelas Lontar berikutnya sampai LRK-2 diunggah.
- LRK-3 terlambat lebih dari 30 hari: pegawai tidak dapat diusulkan mengikuti pelatihan eksternal
  yang dibiayai Dinas selama 6 bulan.

## Pegawai non-ASN

Tenaga honorer dan peserta magang tidak wajib mengisi LRK. Surat Keterangan Mengikuti Pelatihan
bagi tenaga honorer terbit tanpa LRK.

## Contoh perhitungan

KA-02 Angkatan II selesai pada Kamis, 13 Agustus 2026. Karena 17 Agustus 2026 hari libur nasional,
LRK-1 paling lambat diunggah Jumat, 21 Agustus 2026 dan LRK-2 paling lambat Jumat, 28 Agustus
2026. LRK-3 (24 JP) paling lambat Senin, 12 Oktober 2026[^4].

[^1]: Hari kerja adalah Senin sampai Jumat, tidak termasuk hari libur nasional dan cuti bersama.
    Hari Sabtu rute Perpustakaan Keliling tidak dihitung sebagai hari kerja untuk batas unggah.
[^2]: Biaya dihitung dari seluruh biaya yang dibayar Dinas, termasuk kontribusi, transportasi,
    dan penginapan.
[^3]: Ditetapkan Tim Pengembangan Kompetensi pada 20 Februari 2026 berdasarkan angka 10.1
    Pedoman, karena Sesi Bagi Ilmu tidak tercantum dalam Lampiran III.
[^4]: Batas 60 hari kalender dihitung sejak hari terakhir pelatihan dan tetap berlaku walaupun jatuh
    pada hari libur.
"""


# =========================================================================== JP achievement (CSV)
# name, NIP, jabatan, unit index, status, target, JP to 30 June, note
PEGAWAI = [
    (SEKRETARIS, "19750210 200003 1 008", "Sekretaris (Administrator)", 0, "PNS", 26, 14, ""),
    (
        KASUBAG_UK,
        KASUBAG_UK_NIP,
        "Kepala Subbagian Umum dan Kepegawaian (Pengawas)",
        0,
        "PNS",
        24,
        18,
        "",
    ),
    (
        KASUBAG_PK,
        "19810917 200604 1 009",
        "Kepala Subbagian Program dan Keuangan (Pengawas)",
        0,
        "PNS",
        24,
        9,
        "penyusunan APBD perubahan",
    ),
    (ANALIS_SDM, "19920304 201902 2 003", "Analis SDM Aparatur Ahli Pertama", 0, "PNS", 24, 27, ""),
    (ADMIN_LMS, "19930722 201902 1 005", "Pranata Komputer Ahli Pertama", 0, "PNS", 30, 26, ""),
    (BENDAHARA, "19880511 201101 2 007", "Pelaksana (Bendahara Penerimaan)", 0, "PNS", 20, 8, ""),
    (
        "Rudi Hartono",
        "19860214 202521 1 012",
        "Operator Layanan Operasional",
        0,
        "PPPK paruh waktu",
        10,
        6,
        "",
    ),
    (
        KABID_BINA,
        "19730808 199903 1 006",
        "Kepala Bidang Pembinaan Kearsipan (Administrator)",
        1,
        "PNS",
        26,
        12,
        "",
    ),
    (KOORD_UJI, "19700406 199503 1 004", "Arsiparis Ahli Madya", 1, "PNS", 36, 30, ""),
    (
        "Maria Goreti Bano, S.Hum.",
        "19900118 201503 2 002",
        "Arsiparis Ahli Pertama",
        1,
        "PNS",
        30,
        34,
        "",
    ),
    ("Fadli Ramadhan, A.Md.", "19950627 202012 1 004", "Arsiparis Terampil", 1, "PNS", 24, 16, ""),
    (
        KABID_STATIS,
        "19760302 200112 2 005",
        "Kepala Bidang Pengelolaan Arsip Statis (Administrator)",
        2,
        "PNS",
        26,
        20,
        "",
    ),
    (
        "Dewa Gede Artawan, S.Sos.",
        "19840909 200902 1 003",
        "Arsiparis Ahli Muda",
        2,
        "PNS",
        32,
        24,
        "",
    ),
    (
        "Siti Rahmawati, S.IP.",
        "19960415 202421 2 006",
        "Arsiparis Ahli Pertama",
        2,
        "PPPK penuh waktu",
        30,
        10,
        "PPPK penuh waktu; mulai bertugas 2 Januari 2026",
    ),
    (
        KABID_LAYANAN,
        "19780520 200312 2 004",
        "Kepala Bidang Layanan Perpustakaan (Administrator)",
        3,
        "PNS",
        26,
        16,
        "",
    ),
    (KOORD_JMB, "19721130 199803 2 003", "Pustakawan Ahli Madya", 3, "PNS", 36, 38, ""),
    (MENTOR_TERBAIK, "19850612 201001 2 011", "Pustakawan Ahli Muda", 3, "PNS", 32, 28, ""),
    ("Arif Budiman, A.Md.Pus.", "19910203 201402 1 001", "Pustakawan Mahir", 3, "PNS", 24, 12, ""),
    (
        "Wulan Sari Dewi",
        "19970808 202521 2 004",
        "Petugas Layanan",
        3,
        "PPPK paruh waktu",
        10,
        4,
        "",
    ),
    (
        KOORD_PUSLING,
        "19800924 200501 2 010",
        "Pustakawan Penyelia (Koordinator)",
        4,
        "PNS",
        24,
        14,
        "",
    ),
    ("Yosef Nahak", "19830317 200801 1 006", "Pelaksana (awak Pusling 01)", 4, "PNS", 20, 8, ""),
    (
        "Baiq Nurhidayati, A.Md.Pus.",
        "19940110 201903 2 008",
        "Pustakawan Terampil (awak Pusling 02)",
        4,
        "PNS",
        18,
        6,
        "cuti melahirkan 16 Februari-15 Mei 2026; target proporsional 24 JP x 9/12 = 18 JP",
    ),
    (
        "Hamzah Daeng Sila",
        "19890721 202421 1 003",
        "Operator Layanan Operasional (pengemudi Pusling 03)",
        4,
        "PPPK penuh waktu",
        20,
        10,
        "",
    ),
    (
        KABID_KOLEKSI,
        "19790113 200501 1 002",
        "Kepala Bidang Pengembangan Koleksi dan Pelestarian (Administrator)",
        5,
        "PNS",
        26,
        10,
        "tugas penyusunan Renstra",
    ),
    (
        "Desak Made Rai Sumarni, S.IP.",
        "19870426 201101 2 005",
        "Pustakawan Ahli Muda",
        5,
        "PNS",
        32,
        20,
        "",
    ),
    ("Teguh Santoso, A.Md.", "19920915 201503 1 004", "Pustakawan Mahir", 5, "PNS", 24, 18, ""),
    (
        "Ananda Putri Maharani, S.Kom.",
        "19980228 202421 2 002",
        "Pranata Komputer Ahli Pertama",
        5,
        "PPPK penuh waktu",
        30,
        22,
        "",
    ),
    (
        KA_DEPO,
        "19770801 200212 1 003",
        "Kepala UPTD Depo Arsip Sekar Tanjung (Pengawas)",
        6,
        "PNS",
        24,
        16,
        "",
    ),
    ("Marthen Lakoni, A.Md.", "19820519 200604 1 002", "Arsiparis Penyelia", 6, "PNS", 24, 20, ""),
    ("Ratna Juwita, A.Md.", "19900802 201402 2 005", "Arsiparis Mahir", 6, "PNS", 24, 8, ""),
    (
        "I Made Suarjana, S.Kom.",
        "19930330 202012 1 006",
        "Pranata Komputer Terampil",
        6,
        "PNS",
        24,
        12,
        "",
    ),
    (
        "Oktavianus Manek",
        "19851205 201001 1 004",
        "Pelaksana (petugas penyimpanan)",
        6,
        "PNS",
        20,
        6,
        "",
    ),
]


def unit_totals():
    tot = []
    for u in range(len(UNITS)):
        ps = [p for p in PEGAWAI if p[3] == u]
        tot.append((len(ps), sum(p[5] for p in ps), sum(p[6] for p in ps)))
    return tot


def _mask_nip(nip):
    return nip[:8] + " " + "x" * 6 + " " + nip[16:]


def capaian_csv():
    header = [
        "No",
        "NIP",
        "Nama",
        "Jabatan",
        "Unit Kerja",
        "Status",
        "Target JP 2026",
        "JP s.d. 30 Juni 2026",
        "Capaian (%)",
        "Sisa JP",
        "Keterangan",
    ]
    rows = []
    no = 0
    for u, unit in enumerate(UNITS):
        for p in PEGAWAI:
            if p[3] != u:
                continue
            no += 1
            nama, nip, jab, _, st, tgt, jp, ket = p
            rows.append(
                [
                    str(no),
                    _mask_nip(nip),
                    nama,
                    jab,
                    unit,
                    st,
                    str(tgt),
                    str(jp),
                    pct(jp, tgt),
                    str(max(tgt - jp, 0)),
                    ket,
                ]
            )
        n, t, j = unit_totals()[u]
        rows.append(
            [
                "",
                "",
                f"Subtotal {unit}",
                f"{n} pegawai",
                unit,
                "",
                str(t),
                str(j),
                pct(j, t),
                str(t - j),
                "",
            ]
        )
    n = len(PEGAWAI)
    t = sum(p[5] for p in PEGAWAI)
    j = sum(p[6] for p in PEGAWAI)
    rows.append(
        [
            "",
            "",
            "JUMLAH SELURUH UNIT",
            f"{n} pegawai",
            "",
            "",
            str(t),
            str(j),
            pct(j, t),
            str(t - j),
            "Kepala Dinas tidak termasuk dalam rekap ini",
        ]
    )
    rows.append(
        [
            "",
            "",
            "Catatan",
            "Tenaga honorer (11 orang) dan peserta magang (6 orang) tidak "
            "memiliki target JP dan tidak dicantumkan.",
            "",
            "",
            "",
            "",
            "",
            "",
            f"Sumber: ekspor LONTAR DARING 3 Juli 2026. {FIKTIF}",
        ]
    )
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return "\ufeff" + buf.getvalue()


# =========================================================================== attendance (CSV)
PESERTA_KA02 = [
    ("DPK-031", "Ratna Juwita, A.Md.", DEPO, "Pegawai DPK"),
    ("DPK-032", "Oktavianus Manek", DEPO, "Pegawai DPK"),
    ("DPK-033", "I Made Suarjana, S.Kom.", DEPO, "Pegawai DPK"),
    ("DPK-011", "Fadli Ramadhan, A.Md.", "Bidang Pembinaan Kearsipan", "Pegawai DPK"),
    ("DPK-010", "Maria Goreti Bano, S.Hum.", "Bidang Pembinaan Kearsipan", "Pegawai DPK"),
    ("DPK-013", "Dewa Gede Artawan, S.Sos.", "Bidang Pengelolaan Arsip Statis", "Pegawai DPK"),
    ("DPK-014", "Siti Rahmawati, S.IP.", "Bidang Pengelolaan Arsip Statis", "Pegawai DPK"),
    ("DPK-006", "Ketut Ayu Wulandari, A.Md.", "Sekretariat", "Pegawai DPK"),
    (
        "LUAR-01",
        "Yakobus Taek, S.Sos.",
        "Dinas Perpustakaan dan Kearsipan Kabupaten Tanjung Lalang",
        "Peserta luar",
    ),
    (
        "LUAR-02",
        "Rosalina Mbete, A.Md.",
        "Dinas Perpustakaan dan Kearsipan Kabupaten Tanjung Lalang",
        "Peserta luar",
    ),
    (
        "LUAR-03",
        "Ahmad Fauzi, S.IP.",
        "Dinas Kearsipan dan Perpustakaan Kota Kemuning Jaya",
        "Peserta luar",
    ),
    (
        "LUAR-04",
        "Dewi Kartikasari, S.Hum.",
        "Dinas Kearsipan dan Perpustakaan Kota Kemuning Jaya",
        "Peserta luar",
    ),
    (
        "LUAR-05",
        "Komang Ayu Sri Dewi, A.Md.",
        "Dinas Kearsipan dan Perpustakaan Kota Kemuning Jaya",
        "Peserta luar",
    ),
    (
        "LUAR-06",
        "Stefanus Kolo",
        "Dinas Perpustakaan dan Kearsipan Kabupaten Bukit Seroja",
        "Peserta luar",
    ),
    (
        "LUAR-07",
        "Nurhayati Said, S.Sos.",
        "Dinas Perpustakaan dan Kearsipan Kabupaten Bukit Seroja",
        "Peserta luar",
    ),
    (
        "LUAR-08",
        "Yulius Bessie, S.IP.",
        "Dinas Perpustakaan dan Kearsipan Kabupaten Pantai Ulin",
        "Peserta luar",
    ),
    (
        "LUAR-09",
        "Rahel Ndoen, A.Md.",
        "Dinas Perpustakaan dan Kearsipan Kabupaten Pantai Ulin",
        "Peserta luar",
    ),
    (
        "LUAR-10",
        "Irfan Maulana, S.AP.",
        "Biro Umum Sekretariat Daerah Provinsi Bukit Kemuning",
        "Peserta luar",
    ),
    (
        "LUAR-11",
        "Agnes Lalu, S.E.",
        "Biro Umum Sekretariat Daerah Provinsi Bukit Kemuning",
        "Peserta luar",
    ),
    ("LUAR-12", "Hasanuddin Lamba, A.Md.", "RSUD Provinsi Bukit Kemuning", "Peserta luar"),
]

# (day index, participant id) -> (in, out, status, jp, note)
PRESENSI_KHUSUS = {
    (0, "DPK-011"): ("08:22", "15:34", "Terlambat", 8, "terlambat 22 menit"),
    (0, "LUAR-08"): ("09:17", "15:36", "Terlambat", 4, "terlambat 77 menit; diakui setengah hari"),
    (1, "LUAR-10"): ("", "", "Izin", 0, "tugas kedinasan (surat tugas Biro Umum)"),
    (1, "DPK-014"): ("08:09", "15:33", "Hadir", 8, ""),
    (2, "DPK-032"): (
        "",
        "",
        "Sakit",
        0,
        "surat keterangan dokter; kehadiran 2 dari 3 hari (67%), JP kelas tidak diakui",
    ),
    (2, "LUAR-03"): (
        "07:49",
        "",
        "Hadir",
        8,
        "lupa pindai pulang; dikonfirmasi panitia dengan daftar hadir manual",
    ),
    (2, "LUAR-08"): (
        "07:55",
        "15:31",
        "Hadir",
        8,
        "total 20 dari 24 JP (83%), kurang dari 90%; tidak lulus kehadiran",
    ),
    (2, "LUAR-10"): (
        "07:58",
        "15:32",
        "Hadir",
        8,
        "total 16 dari 24 JP (67%), kurang dari 90%; tidak lulus kehadiran",
    ),
}


def presensi_csv():
    header = [
        "tanggal",
        "hari_ke",
        "kode_kelas",
        "angkatan",
        "id_peserta",
        "nama",
        "instansi",
        "kategori",
        "pindai_masuk",
        "pindai_pulang",
        "status",
        "jp_hari",
        "jp_diakui",
        "keterangan",
    ]
    days = ["2026-08-11", "2026-08-12", "2026-08-13"]
    rows = []
    for di, d in enumerate(days):
        for pi, (pid, nama, inst, kat) in enumerate(PESERTA_KA02):
            m_in = 40 + (pi * 7 + di * 11) % 19
            m_out = 31 + (pi * 5 + di * 3) % 9
            masuk, pulang, st, jp, ket = (f"07:{m_in:02d}", f"15:{m_out:02d}", "Hadir", 8, "")
            if (di, pid) in PRESENSI_KHUSUS:
                masuk, pulang, st, jp, ket = PRESENSI_KHUSUS[(di, pid)]
            rows.append(
                [
                    d,
                    str(di + 1),
                    "KA-02",
                    "II",
                    pid,
                    nama,
                    inst,
                    kat,
                    masuk,
                    pulang,
                    st,
                    "8",
                    str(jp),
                    ket,
                ]
            )
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    w.writerow(
        [
            f"Catatan: ekspor presensi QR LONTAR DARING, {R_DEPO}, 11-13 Agustus 2026. Kelas "
            "08.00-15.30 WITA; terlambat = pindai lebih dari 15 menit setelah 08.00. " + FIKTIF
        ]
        + [""] * (len(header) - 1)
    )
    return buf.getvalue()


# =========================================================================== budget (HTML)
# name, pagu awal, pergeseran, TW I, TW II, TW III, keterangan
ANGGARAN = [
    (
        "Penyelenggaraan Kelas Lontar",
        412500000,
        4500000,
        88250000,
        121400000,
        97350000,
        "20 pelatihan; tambahan kursi KP-02 Angkatan II",
    ),
    (
        "Fasilitasi Uji Kompetensi JF",
        50000000,
        0,
        7200000,
        21350000,
        3950000,
        "Gelombang I dan Klinik; Gelombang II dibayar Oktober",
    ),
    (
        "Program Mentoring JEMBATAN",
        30000000,
        0,
        0,
        12000000,
        1850000,
        "honor mentor Angkatan I (13 mentee x Rp900.000 dan 1 mentee x Rp300.000); konsumsi "
        "pertemuan perdana Angkatan II",
    ),
    (
        "Pelatihan teknis eksternal",
        145000000,
        -4500000,
        18600000,
        46250000,
        38900000,
        "pergeseran ke Kelas Lontar",
    ),
    (
        "Pengembangan LONTAR DARING",
        48600000,
        0,
        24300000,
        0,
        12150000,
        "lisensi dan sewa server, dua termin",
    ),
    ("Anugerah Lontar Emas", 6000000, 0, 0, 0, 0, "3 penerima x Rp2.000.000, dibayar Oktober"),
    (
        "Pelatihan lapangan awak Perpustakaan Keliling",
        18400000,
        0,
        0,
        5200000,
        6800000,
        "termasuk KP-04",
    ),
    (
        "Honorarium penulis Buletin Warta Lontar",
        9600000,
        0,
        1600000,
        2400000,
        1600000,
        "12 artikel x Rp800.000",
    ),
]


def anggaran_rows():
    out = []
    for i, (nm, awal, geser, t1, t2, t3, ket) in enumerate(ANGGARAN):
        akhir = awal + geser
        real = t1 + t2 + t3
        out.append(
            (i + 1, nm, awal, geser, akhir, t1, t2, t3, real, akhir - real, pct(real, akhir), ket)
        )
    return out


def anggaran_totals():
    rows = anggaran_rows()
    s = [sum(r[k] for r in rows) for k in range(2, 10)]
    return s + [pct(s[6], s[2])]


def _geser(n):
    if n == 0:
        return "-"
    return ("+" if n > 0 else "-") + ribuan(abs(n))


def anggaran_html():
    rows = anggaran_rows()
    tot = anggaran_totals()
    body = []
    for r in rows:
        cells = [str(r[0]), r[1]] + [ribuan(r[2]), _geser(r[3])] + [ribuan(x) for x in r[4:10]]
        cells.append(r[10])
        tds = "".join(
            f'<td class="n">{c}</td>' if 2 <= i <= 10 else f"<td>{c}</td>"
            for i, c in enumerate(cells)
        )
        body.append(f"        <tr>{tds}<td>{r[11]}</td></tr>")
    foot = (
        '        <tr><th colspan="2">Jumlah</th><td class="n">{}</td><td class="n">{}</td>'
        '<td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td>'
        '<td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td></td></tr>'
    ).format(
        ribuan(tot[0]),
        "0" if tot[1] == 0 else _geser(tot[1]),
        ribuan(tot[2]),
        ribuan(tot[3]),
        ribuan(tot[4]),
        ribuan(tot[5]),
        ribuan(tot[6]),
        ribuan(tot[7]),
        tot[8],
    )
    body_s = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>Realisasi Anggaran Pengembangan Kompetensi 2026 - DPK Provinsi Bukit Kemuning</title>
  <style>
    body {{ font-family: Arial, sans-serif; margin: 2em; color: #222; }}
    table {{ border-collapse: collapse; margin-bottom: 2em; font-size: 13px; }}
    caption {{ caption-side: top; text-align: left; font-weight: bold; padding: 6px 0; }}
    th, td {{ border: 1px solid #999; padding: 4px 6px; vertical-align: top; }}
    thead th {{ background: #7a241c; color: #fff; }}
    tfoot th, tfoot td {{ background: #f0e6d7; font-weight: bold; }}
    td.n {{ text-align: right; white-space: nowrap; }}
    .meta {{ color: #555; font-size: 13px; }}
  </style>
</head>
<body>
  <header>
    <p class="meta">{DINAS} &middot; Subbagian Program dan Keuangan</p>
    <h1>Realisasi Anggaran Pengembangan Kompetensi Pegawai Tahun 2026</h1>
    <p class="meta">Posisi 30 September 2026 &middot; diterbitkan 6 Oktober 2026 &middot; penyusun:
    {KASUBAG_PK} &middot; <em>{FIKTIF}</em></p>
  </header>
  <main>
    <p>Angka dalam rupiah. Pagu akhir adalah pagu awal setelah pergeseran anggaran berdasarkan Surat
    Edaran Nomor {SE_NO}. Persentase dihitung terhadap pagu akhir.</p>
    <table id="tabel-1">
      <caption>Tabel 1. Pagu dan Realisasi per Komponen Tahun 2026 (Rp)</caption>
      <thead>
        <tr><th>No</th><th>Komponen</th><th>Pagu awal</th><th>Pergeseran</th><th>Pagu akhir</th>
        <th>Realisasi TW I</th><th>Realisasi TW II</th><th>Realisasi TW III</th>
        <th>Jumlah realisasi</th><th>Sisa</th><th>Realisasi (%)</th><th>Keterangan</th></tr>
      </thead>
      <tfoot>
{foot}
      </tfoot>
      <tbody>
{body_s}
      </tbody>
    </table>
    <table id="tabel-2">
      <caption>Tabel 2. Pergeseran Anggaran Tahun 2026</caption>
      <thead>
        <tr><th>Tanggal</th><th>Dari komponen</th><th>Ke komponen</th><th>Jumlah (Rp)</th><th>Dasar</th></tr>
      </thead>
      <tbody>
        <tr><td>28 Juli 2026</td><td>Pelatihan teknis eksternal</td><td>Penyelenggaraan Kelas Lontar</td>
        <td class="n">4.500.000</td><td>Surat Edaran Nomor {SE_NO}: tambahan 5 kursi KP-02 Angkatan II
        (5 x Rp900.000)</td></tr>
      </tbody>
      <tfoot>
        <tr><th colspan="3">Jumlah pergeseran</th><td class="n">4.500.000</td><td></td></tr>
      </tfoot>
    </table>
    <section>
      <h2>Catatan</h2>
      <ul>
        <li>Kontribusi peserta luar Kelas Lontar disetor ke kas daerah sebagai pendapatan dan tidak
        menambah pagu. Sampai 30 September 2026 kontribusi yang disetor Rp58.350.000.</li>
        <li>Realisasi Anugerah Lontar Emas dan biaya uji kompetensi Gelombang II dibayarkan pada
        Oktober 2026.</li>
        <li>Pertanyaan tentang data ini: Subbagian Program dan Keuangan, telepon {TELP} pesawat 107.</li>
      </ul>
    </section>
  </main>
</body>
</html>
"""


# =========================================================================== registration form (HTML)
FORM_KELAS = [
    (
        "Kearsipan (KA)",
        [
            ("KA-01", "Dasar-Dasar Kearsipan - Angk. II, 18-19 Agustus 2026", "sisa 9 kursi", ""),
            (
                "KA-02",
                "Pengelolaan Arsip Inaktif di Records Center - Angk. II, 11-13 Agustus 2026",
                "PENUH",
                "disabled",
            ),
            (
                "KA-04",
                "Alih Media Arsip (Digitalisasi) - Angk. II, 6-8 Oktober 2026",
                "sisa 5 kursi",
                "",
            ),
            ("KA-05", "Penyusunan Jadwal Retensi Arsip - 13-14 Oktober 2026", "sisa 14 kursi", ""),
            (
                "KA-06",
                "Restorasi Arsip Kertas - Angk. II, 22-24 September 2026",
                "sisa 2 kursi",
                "",
            ),
            (
                "KA-07",
                "Aplikasi SRIKANDI bagi Pengelola Arsip* - Angk. II, 29 September 2026 (daring)",
                "sisa 37 kursi",
                "",
            ),
        ],
    ),
    (
        "Kepustakawanan (KP)",
        [
            (
                "KP-01",
                "Dasar-Dasar Kepustakawanan* - Angk. II, 25-26 Agustus 2026",
                "sisa 11 kursi",
                "",
            ),
            (
                "KP-02",
                "Katalogisasi RDA dan Klasifikasi DDC - Angk. II, 1-3 September 2026, Aula Lontar",
                "PENUH - daftar tunggu",
                "disabled",
            ),
            (
                "KP-04",
                "Pengelolaan Perpustakaan Keliling* - 16-17 September 2026, Pangkalan Perpustakaan "
                "Keliling",
                "sisa 7 kursi",
                "",
            ),
            (
                "KP-06",
                "Mendongeng untuk Layanan Anak* - Angk. II, 7 Oktober 2026",
                "DITIADAKAN",
                "disabled",
            ),
            (
                "KP-07",
                "Transformasi Perpustakaan Berbasis Inklusi Sosial - 3-4 November 2026",
                "sisa 22 kursi",
                "",
            ),
        ],
    ),
    (
        "Umum (KU)",
        [
            (
                "KU-02",
                "Keamanan Informasi dan Pelindungan Data Pribadi* - e-learning, dibuka sampai 30 "
                "November 2026",
                "tanpa batas kuota",
                "",
            ),
            (
                "KU-03",
                "Menulis Laporan Refleksi Pasca Pelatihan - Angk. II, 13 Agustus 2026 (daring)",
                "sisa 26 kursi",
                "",
            ),
            ("KU-04", "Pelatihan Mentor JEMBATAN - Angk. II, 28-29 Juli 2026", "sisa 3 kursi", ""),
            (
                "KU-06",
                "Pelayanan Prima dan Komunikasi Publik* - Angk. II, 21 Oktober 2026",
                "sisa 19 kursi",
                "",
            ),
        ],
    ),
]


def form_html():
    groups = []
    for label, opts in FORM_KELAS:
        o = []
        for code, text, seat, dis in opts:
            attr = " disabled" if dis else ""
            o.append(f'          <option value="{code}"{attr}>{code} {text} ({seat})</option>')
        groups.append(
            f'        <optgroup label="{label}">\n' + "\n".join(o) + "\n        </optgroup>"
        )
    units = "\n".join(f"        <option>{u}</option>" for u in UNITS + ["Peserta luar DPK"])
    groups_s = "\n".join(groups)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>Formulir Pendaftaran Kelas Lontar Semester II 2026 - LONTAR DARING</title>
  <style>
    body {{ font-family: Verdana, sans-serif; max-width: 860px; margin: 2em auto; }}
    fieldset {{ margin-bottom: 1.2em; border: 1px solid #b9a27f; }}
    legend {{ font-weight: bold; color: #7a241c; }}
    label {{ display: block; margin-top: .6em; }}
    .hint {{ font-size: 12px; color: #666; }}
    .note {{ background: #fff6e0; border-left: 4px solid #d9a400; padding: .5em 1em; }}
  </style>
</head>
<body>
  <header>
    <p><strong>LONTAR DARING</strong> &middot; {DINAS}</p>
    <h1>Formulir Pendaftaran Kelas Lontar Semester II 2026</h1>
    <p class="note">Formulir diperbarui 22 Juli 2026 mengikuti Surat Edaran Nomor {SE_NO}. Sisa kursi
    per 22 Juli 2026 pukul 16.00 WITA. <em>{FIKTIF}</em></p>
  </header>
  <form action="/kelas-lontar/daftar" method="post" enctype="multipart/form-data">
    <fieldset>
      <legend>A. Data peserta</legend>
      <label for="nip">NIP</label>
      <input id="nip" name="nip" type="text" maxlength="18" pattern="[0-9]{{18}}" required>
      <p class="hint">18 digit tanpa spasi. Tenaga honorer mengisi NIK (16 digit) pada kolom ini.</p>
      <label for="nama">Nama lengkap dengan gelar</label>
      <input id="nama" name="nama" type="text" required>
      <label for="unit">Unit kerja</label>
      <select id="unit" name="unit" required>
{units}
      </select>
      <label for="status">Status kepegawaian</label>
      <select id="status" name="status" required>
        <option>PNS</option>
        <option>PPPK penuh waktu</option>
        <option>PPPK paruh waktu</option>
        <option>Tenaga honorer (hanya kelas bertanda *)</option>
        <option disabled>Peserta magang - tidak mendaftar melalui formulir ini, hubungi pembimbing magang</option>
      </select>
    </fieldset>
    <fieldset>
      <legend>B. Pilihan kelas</legend>
      <label for="kelas">Kelas Lontar</label>
      <select id="kelas" name="kelas" required>
{groups_s}
      </select>
      <p class="hint">Kelas bertanda * terbuka bagi tenaga honorer. Setiap pegawai paling banyak
      mengikuti 3 kelas klasikal dalam satu semester. Pendaftaran ditutup 7 hari kerja sebelum kelas
      dimulai, pukul 23.59 WITA.</p>
      <label for="alasan">Alasan mengikuti kelas</label>
      <textarea id="alasan" name="alasan" maxlength="500"></textarea>
      <p class="hint">Paling banyak 500 karakter. Sebutkan kaitan dengan RPK Anda.</p>
    </fieldset>
    <fieldset>
      <legend>C. Persetujuan atasan langsung</legend>
      <label for="atasan">Nama atasan langsung</label>
      <input id="atasan" name="atasan" type="text" required>
      <label for="nip_atasan">NIP atasan langsung</label>
      <input id="nip_atasan" name="nip_atasan" type="text" maxlength="18" required>
      <p class="hint">Permintaan persetujuan dikirim otomatis ke surel dinas atasan. Pendaftaran baru
      diproses setelah atasan menyetujui.</p>
    </fieldset>
    <fieldset>
      <legend>D. Khusus peserta luar DPK</legend>
      <label for="surat_tugas">Surat tugas dari instansi asal</label>
      <input id="surat_tugas" name="surat_tugas" type="file" accept="application/pdf">
      <p class="hint">Format PDF, paling besar 2 MB. Nomor virtual account {BANK} untuk pembayaran
      kontribusi dikirim melalui surel setelah pendaftaran diverifikasi; pembayaran paling lambat 3
      hari kerja sebelum kelas dimulai.</p>
    </fieldset>
    <fieldset>
      <legend>E. Pernyataan</legend>
      <label><input type="checkbox" name="lrk" required> Saya bersedia mengunggah LRK-1 paling lambat 5
      hari kerja setelah kelas selesai.</label>
      <label><input type="checkbox" name="batal" required> Saya memahami bahwa pembatalan dilakukan
      paling lambat 3 hari kerja sebelum kelas dimulai.</label>
    </fieldset>
    <button type="submit">Kirim pendaftaran</button>
  </form>
  <footer>
    <p class="hint">Kendala teknis: Helpdesk LONTAR DARING, WhatsApp {WA_HELP}, {EMAIL_HELP}.</p>
  </footer>
</body>
</html>
"""


# =========================================================================== contacts (HTML)
KONTAK = [
    (
        "helpdesk",
        "Helpdesk LONTAR DARING",
        ADMIN_LMS,
        "Pranata Komputer Ahli Pertama, Sekretariat",
        "Ruang Pusat Data lantai 3, Gedung Utama",
        WA_HELP,
        EMAIL_HELP,
        "Senin-Kamis 07.30-16.00 WITA; Jumat 07.30-11.30 WITA",
        "akun dan kata sandi, unggah LRK, e-sertifikat, kendala presensi QR",
    ),
    (
        "bangkom",
        "Pengelola Pengembangan Kompetensi",
        ANALIS_SDM,
        "Analis SDM Aparatur Ahli Pertama, Subbagian Umum dan Kepegawaian",
        "Gedung Utama lantai 1",
        WA_KEPEG,
        EMAIL_KEPEG,
        "Senin-Jumat, jam kerja",
        "target JP, RPK, klaim JP, pendaftaran Kelas Lontar",
    ),
    (
        "kasubag",
        "Kepala Subbagian Umum dan Kepegawaian",
        KASUBAG_UK,
        "Pejabat pengawas",
        "Gedung Utama lantai 1",
        f"{TELP} pesawat 104",
        EMAIL_KEPEG,
        "Senin-Jumat, jam kerja",
        "eskalasi tingkat 2, persetujuan pelatihan eksternal",
    ),
    (
        "jembatan",
        "Koordinator JEMBATAN",
        KOORD_JMB,
        "Pustakawan Ahli Madya, Bidang Layanan Perpustakaan",
        "Gedung Utama lantai 2",
        WA_JMB,
        EMAIL_JMB,
        "Senin-Jumat, jam kerja",
        "pendaftaran mentee, pasangan mentor, formulir JMB-01 sampai JMB-03",
    ),
    (
        "ujikom",
        "Koordinator Uji Kompetensi",
        KOORD_UJI,
        "Arsiparis Ahli Madya, Bidang Pembinaan Kearsipan",
        "Gedung Utama lantai 2",
        WA_UJI,
        EMAIL_UJI,
        "Senin-Jumat, jam kerja",
        "pendaftaran uji kompetensi, Klinik Uji Kompetensi",
    ),
    (
        "bendahara",
        "Bendahara Penerimaan",
        BENDAHARA,
        "Subbagian Program dan Keuangan",
        "Gedung Utama lantai 1",
        WA_BENDAHARA,
        f"keuangan@{DOMAIN}",
        "Senin-Jumat 08.00-14.00 WITA",
        "kontribusi peserta luar, virtual account, pengembalian kontribusi",
    ),
    (
        "keuangan",
        "Subbagian Program dan Keuangan",
        KASUBAG_PK,
        "Kepala Subbagian",
        "Gedung Utama lantai 1",
        f"{TELP} pesawat 107",
        f"keuangan@{DOMAIN}",
        "Senin-Jumat, jam kerja",
        "anggaran dan pertanggungjawaban pelatihan eksternal",
    ),
    (
        "depo",
        "UPTD Depo Arsip Sekar Tanjung",
        KA_DEPO,
        "Kepala UPTD",
        DEPO_ALAMAT,
        TELP_DEPO,
        f"depo.arsip@{DOMAIN}",
        "layanan arsip Senin-Jumat 08.00-15.00 WITA",
        "Ruang Pelatihan Depo Arsip, Laboratorium Restorasi, Laboratorium Digitalisasi",
    ),
    (
        "pusling",
        "Satuan Perpustakaan Keliling",
        KOORD_PUSLING,
        "Koordinator (Pustakawan Penyelia)",
        PANGKALAN,
        WA_PUSLING,
        f"pusling@{DOMAIN}",
        "rute Selasa-Sabtu; kantor pangkalan Senin-Jumat",
        "jadwal rute Pusling 01-03 dan Motor Pustaka, izin pelatihan awak",
    ),
    (
        "redaksi",
        "Redaksi Buletin Warta Lontar",
        REDAKTUR,
        "Redaktur pelaksana",
        "Gedung Utama lantai 2",
        "-",
        EMAIL_REDAKSI,
        "naskah paling lambat tanggal 20 setiap bulan",
        "pengiriman artikel",
    ),
]


def kontak_html():
    cards = []
    for key, title, name, role, addr, tel, mail, hours, topics in KONTAK:
        tel_html = tel if tel == "-" else f'<a href="tel:{re.sub(r"[^0-9+]", "", tel)}">{tel}</a>'
        cards.append(f"""    <article class="kartu" id="{key}">
      <h2>{title}</h2>
      <p class="nama">{name}</p>
      <p class="peran">{role}</p>
      <address>{addr}<br>Telepon/WA: {tel_html}<br>Surel: <a href="mailto:{mail}">{mail}</a></address>
      <p class="jam">Jam layanan: {hours}</p>
      <p class="topik">Untuk: {topics}</p>
    </article>""")
    cards_s = "\n".join(cards)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>Direktori Kontak Pengembangan Kompetensi dan Helpdesk - DPK Provinsi Bukit Kemuning</title>
  <style>
    body {{ font-family: Georgia, serif; margin: 2em; }}
    .grid {{ display: grid; grid-template-columns: repeat(2, 1fr); gap: 1em; }}
    .kartu {{ border: 1px solid #c9b79c; border-radius: 6px; padding: .8em 1em; }}
    .kartu h2 {{ font-size: 1.05em; margin: 0 0 .3em; color: #7a241c; }}
    .nama {{ font-weight: bold; margin: 0; }}
    address {{ font-style: normal; }}
  </style>
</head>
<body>
  <header>
    <h1>Direktori Kontak Pengembangan Kompetensi dan Helpdesk</h1>
    <p>{DINAS} &middot; {KANTOR} &middot; telepon {TELP}</p>
    <p><small>Diperbarui 3 Agustus 2026. {FIKTIF}</small></p>
  </header>
  <nav><a href="#helpdesk">Helpdesk</a> | <a href="#eskalasi">Eskalasi</a> | <a href="#depo">Depo Arsip</a> |
  <a href="#pusling">Perpustakaan Keliling</a></nav>
  <main>
    <section class="grid">
{cards_s}
    </section>
    <section id="eskalasi">
      <h2>Jalur eskalasi helpdesk LONTAR DARING</h2>
      <ol>
        <li>Tingkat 1 - Helpdesk LONTAR DARING: tanggapan pertama paling lama 4 jam kerja; target
        penyelesaian 3 hari kerja.</li>
        <li>Tingkat 2 - Kepala Subbagian Umum dan Kepegawaian: apabila kendala tidak selesai dalam 3 hari
        kerja atau menyangkut data JP yang sudah diverifikasi.</li>
        <li>Tingkat 3 - Sekretaris Dinas: keluhan atas layanan yang tidak ditanggapi pada tingkat 2.</li>
      </ol>
      <p>Pesan di luar jam layanan dicatat sebagai tiket otomatis dan diproses pada hari kerja
      berikutnya. Helpdesk tidak melayani permintaan reset kata sandi melalui telepon; gunakan tautan
      "Lupa Kata Sandi" atau WhatsApp dengan menyebutkan NIP.</p>
    </section>
  </main>
</body>
</html>
"""


# =========================================================================== DOCX helpers
def _fix_zip_times(path):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 9, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


def _cell_text(cell, text, bold=False, size=None):
    from docx.shared import Pt

    cell.text = ""
    lines = str(text).split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def docx_table(
    doc, header, rows, widths=None, size=10, shade="EADBC8", header_bold=True, style="Table Grid"
):
    from docx.shared import Cm

    n = len(rows) + (1 if header else 0)
    ncol = len(header) if header else len(rows[0])
    t = doc.add_table(rows=n, cols=ncol)
    t.style = style
    off = 0
    if header:
        for c, v in enumerate(header):
            _cell_text(t.cell(0, c), v, bold=header_bold, size=size)
            if shade:
                _shade(t.cell(0, c), shade)
        off = 1
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            _cell_text(t.cell(r + off, c), v, size=size)
    if widths:
        for row in t.rows:
            for c, wd in enumerate(widths):
                row.cells[c].width = Cm(wd)
    return t


def new_docx(title, author=None):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author or DINAS
    cp.subject = FIKTIF
    cp.comments = FIKTIF
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "Subbagian Umum dan Kepegawaian"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def para(doc, text, bold=False, italic=False, size=None, align=None, indent=None, space_after=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    p = doc.add_paragraph()
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
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def _textbox_run(paragraph, lines, left_pt=300, top_pt=0, width_pt=170, height_pt=70):
    """Append a VML text box (absolute position) to a paragraph."""
    from docx.oxml import parse_xml

    inner = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="C00000"/>'
        f'<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{ln}</w:t></w:r></w:p>'
        for ln in lines
    )
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="KotakSalinan" o:spid="_x0000_s1025" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{width_pt}pt;'
        f"height:{height_pt}pt;z-index:251659264;mso-position-horizontal-relative:margin;"
        f'mso-position-vertical-relative:text" strokecolor="#C00000" strokeweight="1.5pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


# =========================================================================== old decree (DOCX)
KEP2023_DIKTUM = [
    (
        "KESATU",
        "Dinas memfasilitasi uji kompetensi kenaikan jenjang bagi Pegawai Negeri Sipil yang "
        "menduduki jabatan fungsional Arsiparis dan Pustakawan, berupa:\na. pembiayaan uji kompetensi; "
        "dan\nb. Bimbingan Teknis Persiapan Uji Kompetensi selama 16 (enam belas) JP.",
    ),
    (
        "KEDUA",
        "Pegawai yang diusulkan harus memenuhi persyaratan:\na. paling singkat 2 (dua) tahun "
        "dalam jenjang jabatan saat ini;\nb. angka kredit telah memenuhi syarat kenaikan jenjang;\nc. "
        "nilai SKP paling rendah baik dalam 2 (dua) tahun terakhir; dan\nd. rekomendasi Kepala Bidang.",
    ),
    (
        "KETIGA",
        "Biaya uji kompetensi ditanggung Dinas paling banyak Rp1.500.000,00 (satu juta lima ratus "
        "ribu rupiah) per orang untuk satu kali uji, dengan rincian sebagaimana tabel di bawah Diktum ini. "
        "Selisih biaya di atas batas tersebut ditanggung peserta.",
    ),
    (
        "KEEMPAT",
        "Kuota fasilitasi sebanyak 10 (sepuluh) orang per tahun, terdiri atas Arsiparis 6 "
        "(enam) orang dan Pustakawan 4 (empat) orang.",
    ),
    (
        "KELIMA",
        "Permohonan fasilitasi diajukan secara tertulis kepada Sekretaris Dinas paling lambat 31 "
        "Januari tahun berjalan dengan melampirkan penetapan angka kredit, SKP, dan rekomendasi Kepala "
        "Bidang.",
    ),
    ("KEENAM", "Peserta yang tidak lulus dapat mengikuti uji ulang atas biaya sendiri."),
    (
        "KETUJUH",
        "Peserta yang lulus wajib tetap bertugas di lingkungan Dinas paling singkat 1 (satu) "
        "tahun sejak dinyatakan lulus. Bimbingan Teknis Persiapan Uji Kompetensi diakui sebagai 16 (enam "
        "belas) JP.",
    ),
    ("KEDELAPAN", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
]


def write_kep2023(path):
    from docx.shared import Pt

    doc = new_docx(f"Keputusan Kepala Dinas Nomor {KEP_LAMA}", author=KADIS_LAMA)
    sec = doc.sections[0]
    # kop surat in the page header
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("PEMERINTAH PROVINSI BUKIT KEMUNING")
    r.bold = True
    r.font.size = Pt(12)
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h2 = sec.header.add_paragraph()
    h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h2.add_run(DINAS_UP)
    r.bold = True
    r.font.size = Pt(14)
    h3 = sec.header.add_paragraph()
    h3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h3.add_run(f"{KANTOR} - Telepon {TELP}")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = f"Keputusan Kepala Dinas Nomor {KEP_LAMA} - {FIKTIF}"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = para(
        doc,
        "KEPUTUSAN KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN\nPROVINSI BUKIT KEMUNING",
        bold=True,
        align="center",
    )
    _textbox_run(
        p,
        [
            "SALINAN sesuai dengan aslinya",
            "Kepala Subbagian Umum dan Kepegawaian",
            KASUBAG_UK_LAMA,
            "5 April 2023",
        ],
        left_pt=330,
        top_pt=-10,
    )
    para(doc, f"NOMOR {KEP_LAMA}", bold=True, align="center")
    para(doc, "TENTANG", bold=True, align="center")
    para(
        doc,
        "FASILITASI UJI KOMPETENSI JABATAN FUNGSIONAL\nARSIPARIS DAN PUSTAKAWAN",
        bold=True,
        align="center",
    )
    para(
        doc,
        "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI BUKIT KEMUNING,",
        bold=True,
        align="center",
    )
    docx_table(
        doc,
        None,
        [
            [
                "Menimbang",
                ":",
                "a. bahwa kenaikan jenjang jabatan fungsional Arsiparis dan Pustakawan "
                "mensyaratkan kelulusan uji kompetensi;\nb. bahwa untuk mendorong kenaikan jenjang perlu "
                "fasilitasi biaya dan persiapan uji kompetensi oleh Dinas;",
            ],
            [
                "Mengingat",
                ":",
                "1. Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;\n2. "
                "Peraturan Gubernur Bukit Kemuning Nomor 45 Tahun 2021 tentang Kedudukan, Susunan Organisasi, "
                "Tugas dan Fungsi, serta Tata Kerja Dinas Perpustakaan dan Kearsipan;",
            ],
        ],
        widths=[3, 0.6, 12.4],
        shade=None,
        style="Table Grid",
    )
    para(doc, "MEMUTUSKAN:", bold=True, align="center")
    para(
        doc,
        "Menetapkan : KEPUTUSAN KEPALA DINAS TENTANG FASILITASI UJI KOMPETENSI JABATAN FUNGSIONAL "
        "ARSIPARIS DAN PUSTAKAWAN.",
    )
    docx_table(
        doc, None, [[k, ":", v] for k, v in KEP2023_DIKTUM[:3]], widths=[3, 0.6, 12.4], shade=None
    )
    para(doc, "Tabel Diktum KETIGA - batas biaya yang ditanggung Dinas", italic=True)
    docx_table(
        doc,
        ["Kategori jenjang", "Jenjang", "Batas biaya per orang"],
        [
            ["Keterampilan", "Terampil, Mahir, Penyelia", "Rp1.000.000,00"],
            ["Keahlian", "Ahli Pertama, Ahli Muda, Ahli Madya", "Rp1.500.000,00"],
        ],
        widths=[4, 7, 5],
    )
    para(doc, "")
    docx_table(
        doc, None, [[k, ":", v] for k, v in KEP2023_DIKTUM[3:]], widths=[3, 0.6, 12.4], shade=None
    )
    para(doc, "")
    for ln in [
        "Ditetapkan di Kemuning Jaya",
        "pada tanggal 3 April 2023",
        "",
        "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN",
        "PROVINSI BUKIT KEMUNING,",
        "",
        "ttd.",
        "",
        KADIS_LAMA,
        f"NIP {KADIS_LAMA_NIP}",
    ]:
        para(doc, ln, indent=8.5, space_after=0)
    para(doc, "")
    para(
        doc,
        "Tembusan:\n1. Kepala Badan Kepegawaian Daerah Provinsi Bukit Kemuning;\n2. Pegawai yang "
        "bersangkutan.",
    )
    para(doc, FIKTIF, italic=True, size=9)
    doc.save(path)


# =========================================================================== FAQ (DOCX)
FAQ = [
    (
        "Berapa JP yang harus saya penuhi dalam setahun?",
        [
            "Tergantung status dan jabatan Anda:",
            "a. setiap ASN paling sedikit 20 JP per tahun;",
            "b. Arsiparis, Pustakawan, dan Pranata Komputer memiliki target lebih tinggi, yaitu 24 sampai 36 "
            "JP sesuai jenjang (lihat Lampiran I Pedoman);",
            "c. PPPK paruh waktu 10 JP; dan",
            "d. tenaga honorer dan peserta magang tidak memiliki target JP.",
        ],
    ),
    (
        "Bagaimana cara mendaftar Kelas Lontar?",
        [
            "Langkahnya:",
            "1) masuk ke LONTAR DARING dengan NIP dan kata sandi;",
            "2) buka menu Kelas Lontar, lalu pilih kelas dan angkatan;",
            "3) isi alasan mengikuti kelas dan nama atasan langsung;",
            "4) tunggu persetujuan atasan; pemberitahuan dikirim melalui surel.",
            "Pendaftaran ditutup 7 hari kerja sebelum kelas dimulai.",
        ],
    ),
    (
        "Saya pegawai baru dan belum punya akun LONTAR DARING. Apa yang harus dilakukan?",
        [
            "Akun dibuat oleh Helpdesk paling lama 3 hari kerja setelah SPMT Anda diterima Subbagian Umum "
            "dan Kepegawaian. Apabila lewat dari itu, kirim foto SPMT ke WhatsApp Helpdesk "
            f"{WA_HELP}. Sambil menunggu, Anda tetap dapat mengikuti KU-01 Orientasi Pegawai Baru DPK "
            "karena pendaftarannya dilakukan oleh Subbagian Umum dan Kepegawaian."
        ],
    ),
    (
        "Saya lupa kata sandi LONTAR DARING.",
        [
            'a. klik "Lupa Kata Sandi" di halaman masuk; tautan reset dikirim ke surel dinas dan berlaku '
            "30 menit;",
            "b. apabila surel dinas Anda tidak aktif, kirim pesan WhatsApp ke Helpdesk dengan menyebutkan "
            "NIP;",
            "c. reset kata sandi tidak dilayani melalui telepon.",
        ],
    ),
    (
        "Apakah PPPK paruh waktu boleh ikut Kelas Lontar?",
        [
            "Boleh, dengan ketentuan:",
            "a. target PPPK paruh waktu 10 JP dan boleh seluruhnya dipenuhi dari e-learning;",
            "b. dapat mengikuti semua Kelas Lontar sesuai kuota, kecuali kelas yang sasarannya jabatan "
            "tertentu seperti KU-05; dan",
            "c. tidak termasuk sasaran fasilitasi uji kompetensi dan tidak dapat menjadi mentee JEMBATAN.",
        ],
    ),
    (
        "Kelas apa saja yang boleh diikuti tenaga honorer?",
        [
            'Kelas yang bertanda "ya" pada kolom Non-ASN Lampiran II Pedoman, yaitu:',
            "1) KA-07 Aplikasi SRIKANDI bagi Pengelola Arsip;",
            "2) KP-01 Dasar-Dasar Kepustakawanan;",
            "3) KP-04 Pengelolaan Perpustakaan Keliling;",
            "4) KP-06 Mendongeng untuk Layanan Anak;",
            "5) KU-01 Orientasi Pegawai Baru DPK;",
            "6) KU-02 Keamanan Informasi dan Pelindungan Data Pribadi; dan",
            "7) KU-06 Pelayanan Prima dan Komunikasi Publik.",
            "Tenaga honorer memperoleh Surat Keterangan Mengikuti Pelatihan, bukan e-sertifikat JP.",
        ],
    ),
    (
        "Bagaimana dengan mahasiswa magang?",
        [
            "Peserta magang hanya boleh mengikuti KU-02 dan KP-06 dengan didampingi pembimbing magang. "
            "Mereka memakai akun tamu LONTAR DARING yang dibuat Helpdesk atas permintaan pembimbing magang "
            "dan tidak memperoleh JP."
        ],
    ),
    (
        "Apakah webinar di luar Dinas bisa diakui sebagai JP?",
        [
            "Bisa, dengan ketentuan:",
            "a. diakui 2 JP per webinar;",
            "b. paling banyak 8 JP per tahun untuk seluruh seminar dan webinar; dan",
            "c. sertifikat atau bukti kehadiran diunggah di menu Rekam JP paling lambat 30 hari kalender "
            "setelah webinar.",
        ],
    ),
    (
        "Saya sudah mendaftar tetapi berhalangan hadir. Bagaimana membatalkannya?",
        [
            "Batalkan pendaftaran di LONTAR DARING paling lambat 3 hari kerja sebelum kelas dimulai. "
            "Pegawai yang tidak hadir tanpa pemberitahuan 2 kali dalam setahun tidak dapat mendaftar Kelas "
            "Lontar selama 6 bulan. Ketidakhadiran berikut tidak dihitung:",
            "a. sakit dengan surat keterangan dokter; dan",
            "b. tugas layanan darurat atas perintah atasan.",
        ],
    ),
    (
        "Beberapa pegawai Depo Arsip ingin ikut kelas yang sama. Apakah ada batasan?",
        [
            "Ada. Paling banyak 3 pegawai Depo Arsip boleh mengikuti kelas yang sama pada waktu yang sama, "
            "karena paling sedikit 2 petugas harus tetap berada di ruang layanan dan ruang penyimpanan. "
            "Pegawai Depo Arsip yang mengikuti kelas di Gedung Utama memperoleh uang transport lokal "
            "Rp60.000 per hari."
        ],
    ),
    (
        "Awak Perpustakaan Keliling sering bertugas pada hari rute. Bagaimana memenuhi JP?",
        [
            "Ada tiga cara:",
            "1) mendaftar kelas yang jadwalnya jatuh pada hari non-rute;",
            "2) mengikuti e-learning di pangkalan setelah rute selesai, paling banyak 2 JP per hari; dan",
            "3) mengikuti KP-04 atau KU-06, karena 4 JP dari target awak pelaksana harus berasal dari salah "
            "satu kelas tersebut.",
        ],
    ),
    (
        "Berapa biaya bagi peserta dari kabupaten/kota atau perangkat daerah lain?",
        [
            "Kontribusi per orang tercantum dalam Lampiran II Pedoman, misalnya KA-02 Rp900.000, KA-06 "
            f"Rp1.350.000, dan KP-06 Rp300.000. Pembayaran melalui virtual account {BANK} paling lambat 3 "
            "hari kerja sebelum kelas dimulai. Pengembalian apabila batal:",
            "a. paling lambat 5 hari kerja sebelum kelas: dikembalikan 100 persen;",
            "b. 2 sampai 4 hari kerja sebelum kelas: dikembalikan 50 persen;",
            "c. kurang dari itu: tidak dikembalikan.",
        ],
    ),
    (
        "Kapan e-sertifikat Kelas Lontar terbit?",
        [
            "E-sertifikat terbit paling lama 5 hari kerja setelah LRK-1 diverifikasi atasan langsung. LRK-1 "
            "sendiri diunggah paling lambat 5 hari kerja setelah kelas selesai."
        ],
    ),
    (
        "Apakah Dinas membiayai uji kompetensi kenaikan jenjang?",
        [
            f"Ya. Sejak 1 Maret 2026 berlaku Keputusan Kepala Dinas Nomor {KEP_BARU}:",
            "a. sasaran: PNS dan PPPK penuh waktu yang menduduki jabatan fungsional Arsiparis, Pustakawan, "
            "atau Pranata Komputer;",
            "b. syarat utama: paling singkat 1 tahun dalam jenjang dan telah mengikuti Klinik Uji "
            "Kompetensi;",
            "c. kuota 2026: 18 orang dalam 2 gelombang.",
            "Besaran biaya per jenjang tercantum dalam Lampiran I keputusan tersebut.",
        ],
    ),
    (
        "Apakah menulis di Buletin Warta Lontar diakui JP?",
        [
            "Ya. Artikel yang terbit diakui 4 JP per artikel, paling banyak 8 JP per tahun. Penulis juga "
            "menerima honorarium Rp800.000 per artikel."
        ],
    ),
    (
        "Capaian JP saya masih rendah. Apa konsekuensinya?",
        [
            "Pegawai yang capaiannya kurang dari 50 persen target pada 30 September wajib menyusun rencana "
            "percepatan bersama atasan langsung paling lambat 15 Oktober. Ingat, pencatatan JP tahun "
            "berjalan ditutup pada 15 Desember."
        ],
    ),
    (
        "Bagaimana kriteria Anugerah Lontar Emas?",
        [
            "Paling banyak 3 pegawai per tahun yang memenuhi kriteria berikut:",
            "a. capaian JP paling sedikit 150 persen dari target;",
            "b. seluruh LRK diunggah tepat waktu;",
            "c. paling sedikit satu kali menjadi narasumber Kelas Lontar atau penulis Warta Lontar; dan",
            "d. tidak sedang menjalani hukuman disiplin.",
            "Penerima memperoleh piagam dan uang penghargaan Rp2.000.000.",
        ],
    ),
    (
        "Siapa yang dapat dihubungi?",
        [
            f"1) kendala teknis LONTAR DARING: {ADMIN_LMS}, WhatsApp {WA_HELP};",
            f"2) target JP, RPK, dan klaim JP: {ANALIS_SDM}, WhatsApp {WA_KEPEG};",
            f"3) program JEMBATAN: {KOORD_JMB}, WhatsApp {WA_JMB};",
            f"4) uji kompetensi: {KOORD_UJI}, WhatsApp {WA_UJI};",
            f"5) kontribusi peserta luar: Bendahara Penerimaan, {BENDAHARA}, WhatsApp {WA_BENDAHARA}.",
        ],
    ),
]


def write_faq(path):
    doc = new_docx("Tanya Jawab Pengembangan Kompetensi dan Kelas Lontar")
    para(
        doc,
        "TANYA JAWAB (FAQ)\nPENGEMBANGAN KOMPETENSI DAN KELAS LONTAR",
        bold=True,
        size=14,
        align="center",
    )
    para(
        doc,
        f"Versi 3 - 10 Maret 2026 - Subbagian Umum dan Kepegawaian, {DINAS}",
        italic=True,
        align="center",
    )
    para(doc, FIKTIF, italic=True, size=9, align="center")
    for i, (q, ans) in enumerate(FAQ, 1):
        para(doc, f"{i}. {q}", bold=True, space_after=2)
        for a in ans:
            ind = 1.2 if re.match(r"^([a-z]\.|\d\))\s", a) else 0.6
            para(doc, a, indent=ind, space_after=2)
    doc.save(path)


# =========================================================================== KAK (DOCX)
KAK_RAB = [
    ("Biaya uji kompetensi Arsiparis (rata-rata)", 8, "orang", 1750000),
    ("Biaya uji kompetensi Pustakawan (rata-rata)", 7, "orang", 1650000),
    ("Biaya uji kompetensi Pranata Komputer (rata-rata)", 3, "orang", 1500000),
    ("Honorarium narasumber Klinik Uji Kompetensi", 8, "OJ", 900000),
    ("Konsumsi Klinik Uji Kompetensi", 100, "OK", 55000),
    ("Transport lokal peserta pada hari uji", 18, "orang", 150000),
    ("Cadangan fasilitasi uji ulang 50 persen", 4, "orang", 850000),
    ("ATK dan penggandaan modul", 1, "paket", 1150000),
]


def write_kak(path):
    from docx.enum.section import WD_ORIENT  # noqa: F401

    doc = new_docx("KAK Fasilitasi Uji Kompetensi Jabatan Fungsional 2026")
    para(
        doc,
        "KERANGKA ACUAN KERJA (KAK)\nFASILITASI UJI KOMPETENSI JABATAN FUNGSIONAL\nTAHUN ANGGARAN "
        "2026",
        bold=True,
        size=13,
        align="center",
    )
    para(doc, FIKTIF, italic=True, size=9, align="center")
    total = sum(v * h for _, v, _, h in KAK_RAB)
    docx_table(
        doc,
        None,
        [
            ["Perangkat daerah", DINAS],
            ["Program", "Program Penunjang Urusan Pemerintahan Daerah Provinsi"],
            ["Kegiatan", "Administrasi Kepegawaian Perangkat Daerah"],
            ["Sub kegiatan", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi"],
            ["Kode sub kegiatan", "2.24.01.2.05.0009"],
            ["Pengguna Anggaran", f"Kepala Dinas, {KADIS}"],
            ["PPTK", f"{KASUBAG_UK} (Kepala Subbagian Umum dan Kepegawaian)"],
            ["Pagu", rp(total)],
            ["Sumber dana", "APBD Provinsi Bukit Kemuning Tahun Anggaran 2026"],
        ],
        widths=[4.5, 11.5],
        shade=None,
    )
    para(doc, "1. Latar Belakang", bold=True)
    para(
        doc,
        "Pada tahun 2025 sebanyak 14 pejabat fungsional di lingkungan Dinas telah memenuhi angka "
        "kredit untuk naik jenjang, tetapi hanya 6 orang yang mengikuti uji kompetensi karena harus "
        f"membiayai sendiri. Keputusan Kepala Dinas Nomor {KEP_LAMA} hanya menjangkau Arsiparis dan "
        "Pustakawan berstatus PNS dengan kuota 10 orang. Dengan Keputusan Kepala Dinas Nomor "
        f"{KEP_BARU}, fasilitasi diperluas ke Pranata Komputer dan PPPK penuh waktu.",
        align="justify",
    )
    para(doc, "2. Maksud dan Tujuan", bold=True)
    para(
        doc,
        "Kegiatan ini dimaksudkan untuk memfasilitasi biaya dan persiapan uji kompetensi agar "
        "pegawai yang memenuhi syarat dapat naik jenjang tepat waktu, dengan tingkat kelulusan paling "
        "rendah 80 persen.",
        align="justify",
    )
    para(doc, "3. Sasaran Peserta", bold=True)
    docx_table(
        doc,
        ["Jabatan fungsional", "Gelombang I", "Gelombang II", "Jumlah"],
        [
            ["Arsiparis", "5", "3", "8"],
            ["Pustakawan", "4", "3", "7"],
            ["Pranata Komputer", "2", "1", "3"],
            ["Jumlah", "11", "7", "18"],
        ],
        widths=[6, 3, 3, 3],
    )
    para(doc, "")
    para(doc, "4. Metode Pelaksanaan", bold=True)
    para(
        doc,
        "a. Klinik Uji Kompetensi selama 12 JP (2 hari) pada setiap gelombang dengan 2 narasumber "
        f"dari instansi pembina dan 1 narasumber internal ({KOORD_UJI}), berisi pembahasan kisi-kisi, "
        "simulasi soal, dan studi kasus.",
        indent=0.6,
    )
    para(
        doc,
        "b. Uji kompetensi dengan Computer Assisted Test (CAT) daring di Laboratorium Komputer "
        "lantai 3 Gedung Utama, dengan 2 unit modem cadangan.",
        indent=0.6,
    )
    para(
        doc,
        "c. Peserta memperoleh dispensasi tugas pada hari uji dan 1 hari kerja sebelumnya.",
        indent=0.6,
    )
    para(doc, "5. Jadwal", bold=True)
    jad = [list(r[:2]) for r in JADWAL_UJI]
    jad.insert(1, ["Pengumuman peserta terpilih Gelombang I", "24 Maret 2026"])
    jad.append(["Laporan akhir kegiatan", "30 November 2026"])
    docx_table(doc, ["Kegiatan", "Waktu"], jad, widths=[10, 6])
    para(doc, "")
    para(doc, "6. Rincian Anggaran Biaya", bold=True)
    rab = [[str(i + 1), u, str(v), s, rp(h), rp(v * h)] for i, (u, v, s, h) in enumerate(KAK_RAB)]
    rab.append(["", "Jumlah", "", "", "", rp(total)])
    docx_table(
        doc,
        ["No", "Uraian", "Volume", "Satuan", "Harga satuan", "Jumlah"],
        rab,
        widths=[1, 7, 1.6, 1.6, 2.6, 2.8],
        size=9.5,
    )
    para(
        doc,
        "Biaya uji per orang memakai angka rata-rata; pembayaran riil mengikuti Lampiran I "
        f"Keputusan Nomor {KEP_BARU} sesuai jenjang masing-masing peserta.",
        italic=True,
        size=9.5,
    )
    para(doc, "7. Indikator Kinerja", bold=True)
    docx_table(
        doc,
        ["Indikator", "Target"],
        [
            ["Keluaran: pegawai yang difasilitasi uji kompetensi", "18 orang"],
            ["Hasil: tingkat kelulusan uji kompetensi", "paling rendah 80 persen"],
            [
                "Hasil: pegawai lulus yang menjadi narasumber Kelas Lontar atau Sesi Bagi Ilmu",
                "100 persen dalam 12 bulan",
            ],
        ],
        widths=[11, 5],
    )
    para(doc, "")
    para(doc, "8. Risiko dan Mitigasi", bold=True)
    docx_table(
        doc,
        ["Risiko", "Mitigasi"],
        [
            [
                "Peserta tidak lulus",
                "Klinik Uji Kompetensi dan cadangan fasilitasi uji ulang 50 persen",
            ],
            [
                "Jadwal instansi pembina berubah",
                "koordinasi paling lambat 30 hari sebelum uji; jadwal Klinik menyesuaikan",
            ],
            [
                "Gangguan jaringan saat CAT",
                "2 unit modem cadangan dan pendampingan Pranata Komputer",
            ],
        ],
        widths=[6, 10],
    )
    para(doc, "")
    para(doc, "Kemuning Jaya, 16 Februari 2026")
    docx_table(
        doc,
        None,
        [
            [
                "Mengetahui,\nKepala Dinas,\n\n\nttd.\n\n" + KADIS,
                "Pejabat Pelaksana Teknis Kegiatan,\n\n\n\nttd.\n\n" + KASUBAG_UK,
            ]
        ],
        widths=[8, 8],
        shade=None,
        style="Normal Table",
    )
    doc.save(path)


# =========================================================================== JP cross-tab (XLSX)
BULAN_PENDEK = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep"]
# JP per unit per month (January-September); January-June add up to the CSV subtotals
JP_BULANAN = [
    [8, 14, 22, 18, 26, 20, 6, 26, 4],
    [4, 12, 20, 16, 22, 18, 4, 50, 6],
    [2, 8, 10, 6, 12, 16, 2, 48, 4],
    [6, 16, 18, 20, 22, 16, 4, 6, 26],
    [0, 4, 8, 6, 12, 8, 2, 2, 24],
    [4, 10, 14, 12, 16, 14, 16, 4, 26],
    [2, 6, 12, 14, 16, 12, 4, 50, 4],
]
KODE_UNIT = ["U01", "U02", "U03", "U04", "U05", "U06", "U07"]
KEPALA_UNIT = [
    SEKRETARIS,
    KABID_BINA,
    KABID_STATIS,
    KABID_LAYANAN,
    KOORD_PUSLING,
    KABID_KOLEKSI,
    KA_DEPO,
]
HONORER_UNIT = [3, 1, 1, 2, 2, 1, 1]

KELOMPOK = [
    (
        "Struktural (administrator dan pengawas)",
        [
            SEKRETARIS,
            KASUBAG_UK,
            KASUBAG_PK,
            KABID_BINA,
            KABID_STATIS,
            KABID_LAYANAN,
            KABID_KOLEKSI,
            KA_DEPO,
        ],
    ),
    (
        "JF Arsiparis",
        [
            KOORD_UJI,
            "Maria Goreti Bano, S.Hum.",
            "Fadli Ramadhan, A.Md.",
            "Dewa Gede Artawan, S.Sos.",
            "Siti Rahmawati, S.IP.",
            "Marthen Lakoni, A.Md.",
            "Ratna Juwita, A.Md.",
        ],
    ),
    (
        "JF Pustakawan",
        [
            KOORD_JMB,
            MENTOR_TERBAIK,
            "Arif Budiman, A.Md.Pus.",
            KOORD_PUSLING,
            "Baiq Nurhidayati, A.Md.Pus.",
            "Desak Made Rai Sumarni, S.IP.",
            "Teguh Santoso, A.Md.",
        ],
    ),
    (
        "JF Pranata Komputer",
        [ADMIN_LMS, "Ananda Putri Maharani, S.Kom.", "I Made Suarjana, S.Kom."],
    ),
    ("JF Analis SDM Aparatur", [ANALIS_SDM]),
    ("Pelaksana PNS", [BENDAHARA, "Yosef Nahak", "Oktavianus Manek"]),
    ("PPPK penuh waktu non-JF", ["Hamzah Daeng Sila"]),
    ("PPPK paruh waktu", ["Rudi Hartono", "Wulan Sari Dewi"]),
]


def kelompok_rows():
    by = {p[0]: p for p in PEGAWAI}
    out = []
    for nm, members in KELOMPOK:
        ps = [by[m] for m in members]
        t = sum(p[5] for p in ps)
        j = sum(p[6] for p in ps)
        out.append((nm, len(ps), t, j, round(100 * j / t, 1)))
    assert sum(r[1] for r in out) == len(PEGAWAI)
    return out


def write_xlsx(path):
    import xlsxwriter

    for u, (_n, _t, j) in enumerate(unit_totals()):
        assert sum(JP_BULANAN[u][:6]) == j, (UNITS[u], sum(JP_BULANAN[u][:6]), j)
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Rekap JP per Unit Kerja 2026",
            "author": DINAS,
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    b = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    hd = wb.add_format(
        {
            "bold": True,
            "bg_color": "#EADBC8",
            "border": 1,
            "align": "center",
            "valign": "vcenter",
            "text_wrap": True,
        }
    )
    cell = wb.add_format({"border": 1})
    num1 = wb.add_format({"border": 1, "num_format": "0.0"})
    tot = wb.add_format({"border": 1, "bold": True, "bg_color": "#F3EDE3"})
    tot1 = wb.add_format({"border": 1, "bold": True, "bg_color": "#F3EDE3", "num_format": "0.0"})

    ws = wb.add_worksheet("Rekap Bulanan")
    ws.write(0, 0, "Rekap JP per Unit Kerja Tahun 2026 (Januari-September)", title)
    ws.write(1, 0, f"{DINAS} - sumber: ekspor LONTAR DARING 5 Oktober 2026 - {FIKTIF}")
    ws.merge_range(2, 3, 2, 11, "JP per bulan", hd)
    hdr = (
        ["Unit kerja", "Jumlah ASN", "Target JP (total)"]
        + BULAN_PENDEK
        + ["Jumlah s.d. Sep", "Capaian (%)"]
    )
    for c, h in enumerate(hdr):
        if 3 <= c <= 11:
            ws.write(3, c, h, hd)
        else:
            ws.merge_range(2, c, 3, c, h, hd)
    ut = unit_totals()
    first = 4
    for u, unit in enumerate(UNITS):
        r = first + u
        n, t, _ = ut[u]
        ws.write(r, 0, unit, cell)
        ws.write_number(r, 1, n, cell)
        ws.write_number(r, 2, t, cell)
        for m, v in enumerate(JP_BULANAN[u]):
            ws.write_number(r, 3 + m, v, cell)
        s = sum(JP_BULANAN[u])
        ws.write_formula(r, 12, f"=SUM(D{r + 1}:L{r + 1})", cell, s)
        ws.write_formula(r, 13, f"=ROUND(M{r + 1}/C{r + 1}*100,1)", num1, round(100 * s / t, 1))
    r = first + len(UNITS)
    last = r
    ws.write(r, 0, "Jumlah", tot)
    cols = "ABCDEFGHIJKLMN"
    for c in range(1, 13):
        if c == 1:
            v = sum(x[0] for x in ut)
        elif c == 2:
            v = sum(x[1] for x in ut)
        elif c == 12:
            v = sum(sum(x) for x in JP_BULANAN)
        else:
            v = sum(JP_BULANAN[u][c - 3] for u in range(len(UNITS)))
        ws.write_formula(r, c, f"=SUM({cols[c]}{first + 1}:{cols[c]}{last})", tot, v)
    tv = sum(sum(x) for x in JP_BULANAN)
    tt = sum(x[1] for x in ut)
    ws.write_formula(r, 13, f"=ROUND(M{r + 1}/C{r + 1}*100,1)", tot1, round(100 * tv / tt, 1))
    ws.write(r + 2, 0, "Target JP (total) = jumlah target seluruh ASN unit; lihat sheet Catatan.")
    ws.set_column(0, 0, 44)
    ws.set_column(1, 13, 9)
    ws.freeze_panes(4, 1)

    ws2 = wb.add_worksheet("Per Kelompok Jabatan")
    ws2.write(0, 0, "Capaian JP Semester I 2026 per Kelompok Jabatan", title)
    for c, h in enumerate(
        [
            "Kelompok jabatan",
            "Jumlah pegawai",
            "Target JP (total)",
            "JP s.d. 30 Juni 2026",
            "Capaian (%)",
        ]
    ):
        ws2.write(2, c, h, hd)
    for i, (nm, n, t, j, p) in enumerate(kelompok_rows()):
        ws2.write(3 + i, 0, nm, cell)
        ws2.write_number(3 + i, 1, n, cell)
        ws2.write_number(3 + i, 2, t, cell)
        ws2.write_number(3 + i, 3, j, cell)
        ws2.write_formula(3 + i, 4, f"=ROUND(D{4 + i}/C{4 + i}*100,1)", num1, p)
    ws2.set_column(0, 0, 42)
    ws2.set_column(1, 4, 14)

    ws3 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan rekap JP per unit kerja 2026",
        "1. JP dicatat pada bulan tanggal sertifikat atau tanggal verifikasi klaim di LONTAR DARING.",
        "2. Kepala Dinas tidak termasuk dalam rekap unit kerja.",
        "3. Tenaga honorer dan peserta magang tidak dicatat karena tidak memiliki target JP.",
        "4. Satuan Perpustakaan Keliling dipisahkan dari Bidang Layanan Perpustakaan sejak rekap Januari "
        "2026.",
        "5. Lonjakan JP Agustus di UPTD Depo Arsip Sekar Tanjung, Bidang Pembinaan Kearsipan, dan Bidang "
        "Pengelolaan Arsip Statis berasal dari KA-02 Angkatan II (11-13 Agustus 2026).",
        "6. Target Baiq Nurhidayati disesuaikan menjadi 18 JP (cuti melahirkan).",
        "7. Kode unit dan data pendukung ada di sheet referensi yang disembunyikan.",
        f"Disusun oleh {ANALIS_SDM}, 6 Oktober 2026. {FIKTIF}",
    ]
    for i, t in enumerate(notes):
        ws3.write(i, 0, t, b if i == 0 else None)
    ws3.set_column(0, 0, 110)

    ws4 = wb.add_worksheet("ref")
    for c, h in enumerate(
        ["kode_unit", "unit_kerja", "kepala_unit", "jumlah_asn", "jumlah_honorer"]
    ):
        ws4.write(0, c, h, b)
    for u, unit in enumerate(UNITS):
        ws4.write(u + 1, 0, KODE_UNIT[u])
        ws4.write(u + 1, 1, unit)
        ws4.write(u + 1, 2, KEPALA_UNIT[u])
        ws4.write_number(u + 1, 3, ut[u][0])
        ws4.write_number(u + 1, 4, HONORER_UNIT[u])
    ws4.hide()
    wb.close()


# =========================================================================== registry
def _w_text(content, encoding="utf-8"):
    def write(path):
        with open(path, "w", encoding=encoding, newline="") as f:
            f.write(content() if callable(content) else content)

    return write


def _w_pdf(render, title):
    def write(path):
        return render(path, title)

    return write


DOCS = {
    "pedoman-pengembangan-kompetensi-dpk-2026": (
        "pdf",
        _w_pdf(render_pedoman, "Pedoman Pengembangan Kompetensi Pegawai DPK 2026"),
    ),
    "buletin-warta-lontar-edisi-7-juli-2026": (
        "pdf",
        _w_pdf(render_buletin, "Warta Lontar Edisi 7 Juli 2026"),
    ),
    "kalender-kegiatan-bangkom-september-2026": (
        "pdf",
        _w_pdf(render_kalender, "Kalender Kegiatan Pengembangan Kompetensi September 2026"),
    ),
    "keputusan-fasilitasi-uji-kompetensi-jf-2026": (
        "pdf",
        _w_pdf(render_keputusan, f"Keputusan Kepala Dinas Nomor {KEP_BARU}"),
    ),
    "ralat-keputusan-fasilitasi-uji-kompetensi-2026": ("txt", _w_text(RALAT_TXT)),
    "keputusan-fasilitasi-uji-kompetensi-2023": ("docx", write_kep2023),
    "faq-pengembangan-kompetensi-kelas-lontar": ("docx", write_faq),
    "kak-fasilitasi-uji-kompetensi-jf-2026": ("docx", write_kak),
    "realisasi-anggaran-bangkom-2026": ("html", _w_text(anggaran_html)),
    "formulir-pendaftaran-kelas-lontar-semester-ii-2026": ("html", _w_text(form_html)),
    "direktori-kontak-helpdesk-dpk": ("html", _w_text(kontak_html)),
    "rekap-jp-unit-kerja-2026": ("xlsx", write_xlsx),
    "capaian-jp-pegawai-semester-i-2026": ("csv", _w_text(capaian_csv)),
    "presensi-qr-ka-02-angkatan-ii-2026": ("csv", _w_text(presensi_csv)),
    "panduan-mentoring-jembatan": ("md", _w_text(MENTORING_MD)),
    "ketentuan-laporan-refleksi-pasca-pelatihan": ("md", _w_text(REFLEKSI_MD)),
    "se-perubahan-jadwal-kelas-lontar-semester-ii-2026": ("txt", _w_text(SE_TXT)),
    "transkrip-rapat-daring-tim-bangkom-4-agustus-2026": ("txt", _w_text(transkrip_txt)),
}


def path_of(stem):
    return os.path.join(OUT, f"{stem}.{DOCS[stem][0]}")


def write_documents():
    os.makedirs(OUT, exist_ok=True)
    for stem, (ext, writer) in DOCS.items():
        path = path_of(stem)
        res = writer(path)
        if ext == "docx":
            _fix_zip_times(path)
        extra = f" ({res} pages)" if ext == "pdf" else ""
        print(f"wrote {os.path.relpath(path, HERE)}{extra}")


# =========================================================================== text extraction
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


def doc_text(stem):
    """Text of a written document as a reader would extract it (DOCX: body and tables only)."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "docx":
        import docx

        return "\n".join(_docx_lines(docx.Document(path)))
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(f"## {ws.title}" + (" (hidden)" if ws.sheet_state != "visible" else ""))
            for row in ws.iter_rows(values_only=True):
                cells = ["" if v is None else str(v) for v in row]
                if any(cells):
                    out.append("\t".join(cells).rstrip())
        return "\n".join(out) + "\n"
    with open(path, encoding="utf-8-sig") as f:
        return f.read()


def doc_cells(stem):
    """For CSV and XLSX: the list of cell texts (facts must sit inside one cell)."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            data = f.read()
        delim = (
            ";" if data.split("\n", 1)[0].count(";") > data.split("\n", 1)[0].count(",") else ","
        )
        return [c for row in csv.reader(io.StringIO(data), delimiter=delim) for c in row]
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, data_only=True)
        return [
            str(v)
            for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v is not None
        ]
    return None


def visible_text(stem):
    if DOCS[stem][0] == "html":
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(doc_text(stem), "html.parser")
        for s in soup(["style", "script"]):
            s.decompose()
        return soup.get_text(" ")
    return doc_text(stem)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def print_all_texts(names):
    for stem in DOCS:
        if names and stem not in names:
            continue
        print(f"===== {stem}.{DOCS[stem][0]} =====")
        print(visible_text(stem) if DOCS[stem][0] == "html" else doc_text(stem))
    unknown = [n for n in names if n not in DOCS]
    if unknown:
        print("unknown document(s): " + ", ".join(unknown), file=sys.stderr)


# =========================================================================== check
KINDS = {
    "table",
    "list",
    "two-part",
    "date",
    "who",
    "count",
    "money",
    "definition",
    "replaced",
    "moved",
    "code",
    "total",
}


def check_questions():
    import yaml

    problems = []
    if not all(os.path.exists(path_of(s)) for s in DOCS):
        write_documents()
    with open(QUESTIONS, encoding="utf-8") as f:
        items = yaml.safe_load(f)
    texts = {s: norm(visible_text(s)) for s in DOCS}
    cells = {s: [norm(c) for c in (doc_cells(s) or [])] for s in DOCS}
    want = [f"u{i:03d}" for i in range(1, 201)] + [f"u{i}" for i in range(901, 941)]
    ids = [it.get("id") for it in items]
    if ids != want:
        missing = sorted(set(want) - set(ids))
        extra = sorted(set(ids) - set(want))
        dup = sorted({i for i in ids if ids.count(i) > 1})
        problems.append(
            f"ids: missing {missing[:10]}, unexpected {extra[:10]}, duplicates {dup}"
            + ("" if missing or extra or dup else ", order differs")
        )
    tagcount = {}
    qs = set()
    for it in items:
        qid = it.get("id")
        q, exp, facts, tags = it.get("q"), it.get("expected"), it.get("facts"), it.get("tags")
        if set(it) != {"id", "q", "expected", "facts", "tags"}:
            problems.append(f"{qid}: fields {sorted(it)}")
        if not isinstance(q, str) or not q.strip():
            problems.append(f"{qid}: empty question")
        elif q in qs:
            problems.append(f"{qid}: duplicate question text")
        qs.add(q)
        if not isinstance(tags, list) or not tags or tags[0] not in ("casual", "formal"):
            problems.append(f"{qid}: first tag must be casual or formal: {tags}")
            continue
        if len(set(tags)) != len(tags):
            problems.append(f"{qid}: repeated tag")
        for t in tags:
            tagcount[t] = tagcount.get(t, 0) + 1
        if str(qid).startswith("u9"):
            if exp != [] or facts != []:
                problems.append(f"{qid}: out-of-scope item must have expected [] and facts []")
            if "oos" not in tags or sum(t in ("near", "far") for t in tags) != 1:
                problems.append(f"{qid}: out-of-scope tags must be oos plus near or far: {tags}")
            if set(tags[1:]) - {"oos", "near", "far"}:
                problems.append(f"{qid}: unexpected tags {tags}")
            continue
        bad = set(tags[1:]) - KINDS
        if bad or len(tags) < 2:
            problems.append(f"{qid}: tags {tags}")
        if not exp or not isinstance(exp, list):
            problems.append(f"{qid}: expected must be a non-empty list")
            continue
        for e in exp:
            if e not in DOCS:
                problems.append(f"{qid}: unknown document id {e}")
        if len(set(exp)) != len(exp):
            problems.append(f"{qid}: repeated expected id")
        if not facts or not isinstance(facts, list):
            problems.append(f"{qid}: facts must be a non-empty list")
            continue
        first = exp[0]
        if first not in DOCS:
            continue
        for fact in facts:
            if not isinstance(fact, str) or not fact.strip():
                problems.append(f"{qid}: empty fact")
                continue
            nf = norm(fact)
            if DOCS[first][0] in ("csv", "xlsx"):
                if not any(nf in c for c in cells[first]):
                    problems.append(f"{qid}: fact not in one cell of {first}: {fact!r}")
            elif nf not in texts[first]:
                problems.append(f"{qid}: fact not in {first}: {fact!r}")
    near, far = tagcount.get("near", 0), tagcount.get("far", 0)
    if (near, far) != (20, 20):
        problems.append(f"out of scope should be 20 near + 20 far, got {near} + {far}")
    ans = [it for it in items if not str(it.get("id", "")).startswith("u9")]
    print(f"{len(items)} questions ({len(ans)} answerable, {len(items) - len(ans)} out of scope)")
    print("tags: " + ", ".join(f"{k} {v}" for k, v in sorted(tagcount.items())))
    per_doc = {}
    for it in ans:
        if it.get("expected"):
            per_doc[it["expected"][0]] = per_doc.get(it["expected"][0], 0) + 1
    print("first expected document: " + ", ".join(f"{k} {v}" for k, v in per_doc.items()))
    unused = [s for s in DOCS if s not in per_doc]
    if unused:
        problems.append(f"documents never expected first: {unused}")
    for p in problems:
        print("PROBLEM: " + p)
    print(f"{len(problems)} problem(s)")
    return not problems


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check_questions() else 1)
    if "--text" in argv:
        if not all(os.path.exists(path_of(s)) for s in DOCS):
            write_documents()
        print_all_texts([a for a in argv if a != "--text"])
        return
    write_documents()


if __name__ == "__main__":
    main(sys.argv[1:])
