#!/usr/bin/env python3
"""Generate the documents of the fictional "agency V" evaluation set.

Agency V: Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Kabupaten Sungai Rampai (fictional
regency, capital Bandar Rampai, WITA time zone), and its competency development programme
"CAKAP" for its 146 employees (118 PNS, 28 PPPK) in five units (Sekretariat and four bidang).

Documents (written into agency_v/):
  pedoman-bangkom-bpkad-2026.pdf                 long handbook (BAB, numbered headings, TOC,
                                                 catalogue table over several pages with repeated
                                                 header, footnotes, glossary, page header/footer)
  peraturan-kepala-bpkad-3-2024.pdf              OLD rule (Pasal), replaced in part by the 2026
                                                 keputusan: 20 JP, 30 hari kalender, Rp1.500.000, ...
  keputusan-kepala-bpkad-027-2026.pdf            scan-like letter with letterhead, MEMUTUSKAN
                                                 KESATU..KEDELAPAN (the NEW values)
  jadwal-pelatihan-akrual-angkatan-iii.pdf       one-page poster-like schedule (times, WITA)
  kak-sertifikasi-bendahara-2026.docx            terms of reference with several tables (merged
                                                 cells, row-label table), numbered/bulleted lists
  notulen-rakor-bangkom-triwulan-i-2026.docx     minutes with action items
  panduan-tugas-belajar-izin-belajar-2026.docx   guide, comparison table, numbered lists
  rekap-kuota-dan-jp-2026.xlsx                   quota per bidang x training, JP recap per
                                                 employee (NIP masked), summary per bidang
  realisasi-anggaran-bangkom-2026.csv            budget realisation (comma, quoted fields)
  peserta-pelatihan-sipd-penatausahaan-2026.csv  participant list (semicolon, decimal comma)
  pengumuman-pelatihan-bmd-dasar-2026.html       announcement with table, <dl>, site chrome
  layanan-konsultasi-bangkom.html                helpdesk page: PIC table, hours, <dl>
  faq-bangkom-bpkad.md                           FAQ, "### Apakah ...?" headings, nested list
  panduan-laporan-aktualisasi-kompetensi.md      LAK guide with tables and nested lists
  grup-wa-info-bangkom-juli-2026.txt             WhatsApp export with emoji and abbreviations
  surat-edaran-pencatatan-jp-sikompak.txt        plain-text circular

Usage:
  python make_agency_v.py            # write the documents
  python make_agency_v.py --text [stem ...]   # print extracted text
  python make_agency_v.py --check    # check questions_agency_v.yaml against the documents

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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agency_v")
QUESTIONS = os.path.join(HERE, "questions_agency_v.yaml")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 7, 20, 8, 0, tzinfo=datetime.UTC)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# ============================================================================ agency constants
PEMKAB = "PEMERINTAH KABUPATEN SUNGAI RAMPAI"
BADAN = "Badan Pengelola Keuangan dan Aset Daerah"
BADAN_UP = "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH"
BPKAD = "BPKAD Kabupaten Sungai Rampai"
ALAMAT = "Jalan Datu Rampai Nomor 17, Kompleks Perkantoran Bukit Selasih, Bandar Rampai 71815"
TELP = "(0526) 2041118"
EMAIL = "bangkom.bpkad@sungairampaikab.go.id"
PROV = "Provinsi Banua Raya"

KEPALA = "Drs. H. Syahrial Fadillah, M.Si."
KEPALA_LAMA = "Ir. Hendra Wijaya Kusuma, M.M."
SEKRETARIS = "Rahmawati Nur Aini, S.E., M.Ak."
KASUBBAG_UMPEG = "Yusuf Maulana Akbar, S.Sos., M.A.P."
KASUBBAG_PK = "Sri Wahyuni Lestari, S.E."
ANALIS_SDM = "Dewi Sartika Handayani, S.Kom."
HELPDESK = "Bayu Anggara, A.Md.Kom."
KABID_ANGGARAN = "Fauzan Ramadhan, S.E., M.M."
KABID_PERBEND = "Nurul Hikmah Safitri, S.E., Ak., CA"
KABID_AKUNT = "Andi Prasetyo Wibowo, S.E., M.Ak."
KABID_BMD = "Ir. Muhammad Lukman Hakim, M.T."
COACH_KOOR = "Hj. Siti Rohana, S.E., M.Si."
PIC_BEND = "Rizky Amalia Putri, S.Ak."
PIC_BMD = "Yohanes Dwi Cahyono, S.T."
PIC_AKRUAL = "Ayu Lestari Ningsih, S.Ak."
PIC_SIPD = "Arif Budiman Syah, S.Kom."

BIDANG = [
    "Sekretariat",
    "Bidang Anggaran",
    "Bidang Perbendaharaan",
    "Bidang Akuntansi dan Pelaporan",
    "Bidang Pengelolaan Barang Milik Daerah",
]
BIDANG_SHORT = [
    "Sekretariat",
    "Anggaran",
    "Perbendaharaan",
    "Akuntansi dan Pelaporan",
    "Pengelolaan BMD",
]
PEGAWAI = [28, 24, 31, 27, 36]  # total 146
PPPK = [8, 4, 6, 4, 6]  # total 28

# current (2026) values and the replaced (2024) ones
JP_PNS, JP_PPPK = 24, 16
JP_PNS_OLD, JP_PPPK_OLD = 20, 10
LAK_HARI = "14 hari kerja"
LAK_HARI_OLD = "30 hari kalender"
GANTI_MAKS = 2_500_000
GANTI_MAKS_OLD = 1_500_000
KUOTA_BEND = 32
KUOTA_BEND_OLD = 20
RPKI_BATAS = "15 Februari"
RPKI_BATAS_OLD = "31 Januari"
KEP_NO = "800.1.3/027/BPKAD/2026"
PERKA_NO = "Nomor 3 Tahun 2024"

# quota per bidang x training (sheet "Kuota per Bidang")
PELATIHAN_KUOTA = [
    ("Sertifikasi Kompetensi Bendahara", [4, 2, 18, 4, 4]),
    ("Akuntansi Berbasis Akrual", [8, 6, 10, 26, 10]),
    ("Pengelolaan BMD Tingkat Dasar", [4, 2, 2, 4, 28]),
    ("SIPD Modul Penatausahaan Keuangan", [4, 6, 12, 5, 3]),
    ("SIPD Modul Perencanaan dan Penganggaran", [3, 12, 3, 3, 3]),
    ("Coaching Clinic Pengelolaan Keuangan", [4, 3, 4, 5, 4]),
    ("Magang di BPKAD Kabupaten/Kota Lain", [1, 1, 2, 1, 1]),
]


def rp(n):
    return "Rp" + f"{n:,}".replace(",", ".")


def ribuan(n):
    return f"{n:,}".replace(",", ".")


def pct2(a, b):
    return f"{100 * a / b:.2f}".replace(".", ",")


def pct1(a, b):
    return f"{100 * a / b:.1f}".replace(".", ",") + "%"


# ============================================================================ RAB (KAK) and budget
# (uraian, volume, satuan, harga satuan) grouped
RAB = [
    (
        "A. Honorarium Narasumber dan Fasilitator",
        [
            ("Narasumber BPKP Perwakilan Provinsi Banua Raya", 24, "OJ", 900_000),
            ("Narasumber LSP Keuangan Daerah (uji kompetensi)", 4, "OH", 1_800_000),
            ("Fasilitator internal bersertifikat", 56, "OJ", 300_000),
        ],
    ),
    (
        "B. Biaya Uji Kompetensi",
        [
            ("Biaya uji kompetensi LSP per peserta", 32, "OP", 1_250_000),
        ],
    ),
    (
        "C. Konsumsi dan Akomodasi Kegiatan",
        [
            ("Makan dan minum rapat peserta dan panitia", 420, "OK", 55_000),
            ("Kudapan (snack) dua kali sehari", 420, "OK", 22_000),
        ],
    ),
    (
        "D. Bahan dan Perlengkapan",
        [
            ("Modul pelatihan dan bahan tayang", 40, "Eksemplar", 85_000),
            ("ATK peserta (paket)", 40, "Paket", 65_000),
            ("Sewa perangkat uji berbasis komputer", 8, "Hari", 1_560_000),
        ],
    ),
]


def rab_total():
    return sum(v * h for _g, items in RAB for _u, v, _s, h in items)


# budget realisation rows: kode, uraian, bidang, pagu, realisasi, keterangan
def anggaran_rows():
    return [
        (
            "5.1.02.02.01.0026",
            "Pelatihan dan Uji Sertifikasi Kompetensi Bendahara, Angkatan I dan II",
            "Bidang Perbendaharaan",
            rab_total(),
            71_460_000,
            "Angkatan I selesai 8 Mei 2026, Angkatan II dijadwalkan September",
        ),
        (
            "5.1.02.02.01.0027",
            "Pelatihan Akuntansi Berbasis Akrual, Angkatan I, II, dan III",
            "Bidang Akuntansi dan Pelaporan",
            96_750_000,
            58_050_000,
            "Angkatan III dijadwalkan 19–23 Oktober 2026",
        ),
        (
            "5.1.02.02.01.0028",
            "Pelatihan Pengelolaan Barang Milik Daerah Tingkat Dasar, Angkatan I dan II",
            "Bidang Pengelolaan Barang Milik Daerah",
            62_400_000,
            0,
            "Belum terealisasi, pelaksanaan Agustus 2026",
        ),
        (
            "5.1.02.02.01.0029",
            "Pelatihan SIPD Modul Penatausahaan, Perencanaan, dan Penganggaran",
            "Bidang Anggaran",
            41_800_000,
            33_440_000,
            "Sisa untuk modul Akuntansi dan Pelaporan",
        ),
        (
            "5.1.02.02.01.0030",
            "Coaching Clinic dan Mentoring, termasuk honorarium coach",
            "Sekretariat",
            24_000_000,
            9_000_000,
            "Sesi 1 dan 2 selesai, sesi 3 dan 4 Juli–Agustus",
        ),
        (
            "5.1.02.02.01.0031",
            "Fasilitasi Tugas Belajar (bantuan biaya pendidikan, 4 orang)",
            "Sekretariat",
            48_000_000,
            24_000_000,
            "Dibayar per semester",
        ),
        (
            "5.1.02.02.01.0032",
            "Penggantian Biaya Pelatihan Mandiri Pegawai",
            "Sekretariat",
            25_000_000,
            7_350_000,
            "Dibayarkan per triwulan, 5 pegawai",
        ),
        (
            "5.1.02.02.01.0033",
            "Magang dan Studi Tiru ke BPKAD Kabupaten/Kota Lain",
            "Sekretariat",
            18_500_000,
            0,
            "Direncanakan Triwulan III",
        ),
        (
            "5.1.02.02.01.0034",
            "Komunitas Belajar Kopi Pagi Akrual (konsumsi, bahan, dan narasumber tamu)",
            "Bidang Akuntansi dan Pelaporan",
            6_000_000,
            2_880_000,
            "12 pertemuan terlaksana",
        ),
        (
            "5.1.02.02.01.0035",
            "Orientasi Pegawai Baru, PPPK Formasi 2025",
            "Sekretariat",
            7_830_000,
            7_830_000,
            "Selesai 20–22 Januari 2026",
        ),
        (
            "5.1.02.02.01.0036",
            "Pengembangan dan Pemeliharaan Aplikasi SIKOMPAK",
            "Sekretariat",
            12_000_000,
            4_750_000,
            "Termin I dibayar, termin II setelah serah terima",
        ),
    ]


def anggaran_total():
    rows = anggaran_rows()
    return sum(r[3] for r in rows), sum(r[4] for r in rows)


# ============================================================================ roster (XLSX/CSV)
FIRST = [
    "Agus",
    "Budi",
    "Citra",
    "Dian",
    "Eka",
    "Fitri",
    "Gilang",
    "Hana",
    "Irfan",
    "Joko",
    "Kartika",
    "Linda",
    "Mulyadi",
    "Nanda",
    "Oktaviani",
    "Putri",
    "Rahmat",
    "Sari",
    "Taufik",
    "Umi",
    "Vina",
    "Wahyu",
    "Yanti",
    "Zulkifli",
    "Arief",
    "Bella",
    "Candra",
    "Desi",
    "Erwin",
    "Fajar",
    "Gita",
    "Hadi",
    "Indah",
    "Jamal",
    "Kurnia",
    "Mega",
    "Nur",
    "Rina",
    "Slamet",
    "Tri",
]
LAST = [
    "Pratama",
    "Saputra",
    "Wulandari",
    "Hidayat",
    "Setiawan",
    "Kurniasih",
    "Ramadhani",
    "Nugroho",
    "Permata",
    "Syahputra",
    "Anggraini",
    "Firmansyah",
    "Maharani",
    "Susanto",
    "Fitriani",
    "Rahayu",
    "Santoso",
    "Yuliani",
    "Hasibuan",
    "Purnamasari",
    "Iskandar",
    "Novitasari",
    "Gunadi",
    "Arifin",
    "Puspita",
    "Halim",
    "Oktavia",
    "Marpaung",
    "Wijayanti",
    "Ardiansyah",
]

# hand-made rows: (nama, bidang index, status, jabatan, tw1, tw2, tw3, keterangan override)
HAND = [
    (KEPALA, 0, "PNS", "Kepala Badan", 8, 6, 10, None),
    (SEKRETARIS, 0, "PNS", "Sekretaris", 6, 8, 12, None),
    (KASUBBAG_UMPEG, 0, "PNS", "Kepala Subbagian Umum dan Kepegawaian", 10, 8, 9, None),
    (KASUBBAG_PK, 0, "PNS", "Kepala Subbagian Perencanaan dan Keuangan", 6, 6, 8, None),
    (ANALIS_SDM, 0, "PNS", "Analis SDM Aparatur Ahli Pertama", 12, 10, 8, None),
    (HELPDESK, 0, "PPPK", "Pranata Komputer Terampil", 4, 6, 4, None),
    (
        "Roni Kurniawan, S.E.",
        0,
        "PNS",
        "Analis Keuangan Pusat dan Daerah Ahli Pertama",
        0,
        0,
        0,
        "Tugas belajar (dibebaskan dari target)",
    ),
    (KABID_ANGGARAN, 1, "PNS", "Kepala Bidang Anggaran", 4, 8, 6, None),
    (PIC_SIPD, 1, "PNS", "Pranata Komputer Ahli Muda", 10, 14, 8, None),
    ("Ahmad Fikri Maulana", 1, "PPPK", "Pengolah Data dan Informasi", 4, 6, 2, None),
    (KABID_PERBEND, 2, "PNS", "Kepala Bidang Perbendaharaan", 8, 16, 6, None),
    (PIC_BEND, 2, "PNS", "Analis Keuangan Pusat dan Daerah Ahli Muda", 6, 18, 10, None),
    ("Maria Ulfa Rahmadani", 2, "PNS", "Bendahara Pengeluaran", 2, 3, 4, None),
    (KABID_AKUNT, 3, "PNS", "Kepala Bidang Akuntansi dan Pelaporan", 10, 12, 16, None),
    (COACH_KOOR, 3, "PNS", "Analis Keuangan Pusat dan Daerah Ahli Madya", 12, 14, 10, None),
    (PIC_AKRUAL, 3, "PNS", "Analis Keuangan Pusat dan Daerah Ahli Pertama", 8, 12, 6, None),
    ("Hendri Saputra Gunawan, S.Ak.", 3, "PNS", "Penata Laporan Keuangan", 12, 16, 13, None),
    (KABID_BMD, 4, "PNS", "Kepala Bidang Pengelolaan Barang Milik Daerah", 2, 6, 8, None),
    (PIC_BMD, 4, "PNS", "Penata Kelola Barang Milik Daerah Ahli Muda", 6, 8, 12, None),
    ("Siti Nurhaliza Pratiwi", 4, "PNS", "Pengurus Barang", 0, 8, 16, None),
]

JABATAN_UMUM = {
    0: [
        "Pengadministrasi Perkantoran",
        "Penata Layanan Operasional",
        "Arsiparis Terampil",
        "Pengelola Layanan Kepegawaian",
        "Analis SDM Aparatur Ahli Pertama",
    ],
    1: [
        "Analis Anggaran",
        "Penelaah Teknis Kebijakan",
        "Pengolah Data dan Informasi",
        "Penyusun Rencana Anggaran",
    ],
    2: [
        "Bendahara Pengeluaran Pembantu",
        "Verifikator Keuangan",
        "Penata Kelola Kas Daerah",
        "Pengelola Penerimaan Daerah",
        "Analis Keuangan Pusat dan Daerah Ahli Pertama",
    ],
    3: [
        "Penata Laporan Keuangan",
        "Akuntan Pemerintah",
        "Verifikator Laporan Keuangan",
        "Analis Keuangan Pusat dan Daerah Ahli Pertama",
    ],
    4: [
        "Pengurus Barang",
        "Pengelola Barang Milik Daerah",
        "Penata Kelola Barang Milik Daerah Ahli Pertama",
        "Pengadministrasi Aset",
        "Penilai Barang Milik Daerah",
    ],
}


def _nip(rng, status):
    y = rng.randint(1972, 1998)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if status == "PPPK":
        tail = "2" + str(rng.randint(100, 999))  # PPPK numbers end 2xxx here
        return f"{y}{m:02d}{d:02d}********{tail}"
    tail = rng.choice(["1", "2"]) + f"{rng.randint(1, 9):03d}"
    return f"{y}{m:02d}{d:02d}********{tail}"


def roster():
    """146 employees: dicts with no, nip, nama, bidang, status, jabatan, target, tw[3], total."""
    rng = random.Random(20260720)
    used = {h[0].split(",")[0] for h in HAND}
    pool = [f"{a} {b}" for a in FIRST for b in LAST]
    rng.shuffle(pool)
    pool = [p for p in pool if p not in used]
    people = []
    for b in range(5):
        hands = [h for h in HAND if h[1] == b]
        n_pppk_hand = sum(1 for h in hands if h[2] == "PPPK")
        n_gen = PEGAWAI[b] - len(hands)
        n_pppk_gen = PPPK[b] - n_pppk_hand
        rows = []
        for h in hands:
            rows.append(
                dict(
                    nama=h[0], bidang=b, status=h[2], jabatan=h[3], tw=[h[4], h[5], h[6]], ket=h[7]
                )
            )
        for i in range(n_gen):
            status = "PPPK" if i < n_pppk_gen else "PNS"
            tw = [rng.randint(0, 10), rng.randint(1, 11), rng.randint(1, 11)]
            rows.append(
                dict(
                    nama=pool.pop(),
                    bidang=b,
                    status=status,
                    jabatan=rng.choice(JABATAN_UMUM[b]),
                    tw=tw,
                    ket=None,
                )
            )
        people.extend(rows)
    rng2 = random.Random(71815)
    for i, p in enumerate(people, 1):
        p["no"] = i
        p["nip"] = _nip(rng2, p["status"])
        p["target"] = JP_PNS if p["status"] == "PNS" else JP_PPPK
        p["total"] = sum(p["tw"])
        p["selisih"] = p["total"] - p["target"]
        if p["ket"] is None:
            p["ket"] = "Tercapai" if p["total"] >= p["target"] else "Belum tercapai"
    names = [p["nama"] for p in people]
    assert len(set(names)) == len(names)
    return people


def ringkasan():
    ppl = roster()
    out = []
    for b in range(5):
        rows = [p for p in ppl if p["bidang"] == b]
        n = len(rows)
        tot = sum(p["total"] for p in rows)
        ok = sum(1 for p in rows if p["ket"] == "Tercapai")
        out.append((BIDANG[b], n, n - PPPK[b], PPPK[b], tot, round(tot / n, 1), ok, pct1(ok, n)))
    return out


# participants SIPD Penatausahaan (30 = quota)
def peserta_sipd():
    ppl = roster()
    rng = random.Random(2026060)
    want = PELATIHAN_KUOTA[3][1]  # [4, 6, 12, 5, 3]
    special = {
        "Ahmad Fikri Maulana": ("62,5", "Remedial", "Remedial daring 25 Juni 2026"),
        "Maria Ulfa Rahmadani": (
            "",
            "Tidak mengikuti",
            "Sakit, surat keterangan dokter; dijadwalkan ulang 2027",
        ),
        PIC_BEND: ("96,5", "Lulus", "Peserta terbaik Angkatan II"),
    }
    chosen = []
    for b in range(5):
        cands = [
            p
            for p in ppl
            if p["bidang"] == b
            and p["status"] in ("PNS", "PPPK")
            and p["nama"]
            not in (
                KEPALA,
                SEKRETARIS,
                "Roni Kurniawan, S.E.",
                KABID_ANGGARAN,
                KABID_PERBEND,
                KABID_AKUNT,
                KABID_BMD,
                PIC_SIPD,
                HELPDESK,
            )
            and not p["jabatan"].startswith("Kepala")
        ]
        forced = [p for p in cands if p["nama"] in special]
        rest = [p for p in cands if p["nama"] not in special]
        rng.shuffle(rest)
        chosen.extend(forced + rest[: want[b] - len(forced)])
    rows = []
    for i, p in enumerate(chosen):
        ang = "I" if i % 2 == 0 else "II"
        rows.append([p, ang])
    # deterministic scores
    out = []
    remedial_extra = 0
    for i, (p, ang) in enumerate(rows, 1):
        if p["nama"] in special:
            nilai, status, ket = special[p["nama"]]
            if p["nama"] == PIC_BEND:
                ang = "II"
            if p["nama"] == "Ahmad Fikri Maulana":
                ang = "I"
        else:
            v = rng.randint(140, 188) / 2
            if v < 70:
                v += 10
            nilai = f"{v:.1f}".replace(".", ",")
            status, ket = "Lulus", ""
            if remedial_extra < 2 and i in (9, 22):
                nilai = "66,0" if i == 9 else "68,5"
                status, ket = "Remedial", "Remedial daring 25 Juni 2026"
                remedial_extra += 1
        tgl = "2–4 Juni 2026" if ang == "I" else "16–18 Juni 2026"
        out.append(dict(p=p, ang=ang, tgl=tgl, nilai=nilai, status=status, ket=ket))
    # sort by angkatan then bidang for a natural listing
    out.sort(key=lambda r: (r["ang"] != "I", r["p"]["bidang"], r["p"]["nama"]))
    return out


# ============================================================================ catalogue
# kode, nama, JP, jalur, penyelenggara, waktu
KATALOG = [
    (
        "KT-01",
        "Pelatihan dan Uji Sertifikasi Kompetensi Bendahara Angkatan I",
        "40",
        "Klasikal",
        "Bidang Perbendaharaan bersama LSP Keuangan Daerah",
        "4–8 Mei 2026",
    ),
    (
        "KT-02",
        "Pelatihan dan Uji Sertifikasi Kompetensi Bendahara Angkatan II",
        "40",
        "Klasikal",
        "Bidang Perbendaharaan bersama LSP Keuangan Daerah",
        "7–11 September 2026",
    ),
    (
        "KT-03",
        "Bimtek Penatausahaan Keuangan Daerah bagi Calon Bendahara",
        "32",
        "Klasikal",
        "Bidang Perbendaharaan",
        "Februari 2026",
    ),
    (
        "KT-04",
        "Bimtek Pengelolaan Kas dan Rekonsiliasi Bank",
        "16",
        "Klasikal",
        "Bidang Perbendaharaan",
        "Triwulan III",
    ),
    (
        "KT-05",
        "Bimtek Perpajakan Bendahara (PPh dan PPN)",
        "16",
        "Klasikal",
        "Bidang Perbendaharaan bersama KPP Pratama Bandar Rampai",
        "Triwulan II",
    ),
    (
        "KT-06",
        "Pelatihan Akuntansi Berbasis Akrual Angkatan I",
        "40",
        "Klasikal",
        "Bidang Akuntansi dan Pelaporan",
        "9–13 Maret 2026",
    ),
    (
        "KT-07",
        "Pelatihan Akuntansi Berbasis Akrual Angkatan II",
        "40",
        "Klasikal",
        "Bidang Akuntansi dan Pelaporan",
        "8–12 Juni 2026",
    ),
    (
        "KT-08",
        "Pelatihan Akuntansi Berbasis Akrual Angkatan III",
        "40",
        "Klasikal",
        "Bidang Akuntansi dan Pelaporan",
        "19–23 Oktober 2026",
    ),
    (
        "KT-09",
        "Pelatihan Penyusunan Catatan atas Laporan Keuangan (CaLK)",
        "24",
        "Klasikal",
        "BPKP Perwakilan Provinsi Banua Raya",
        "Triwulan III",
    ),
    (
        "KT-10",
        "Workshop Konsolidasi Laporan Keuangan Pemerintah Daerah",
        "16",
        "Klasikal",
        "Bidang Akuntansi dan Pelaporan",
        "November 2026",
    ),
    (
        "KT-11",
        "E-learning Akuntansi Pemerintahan Dasar",
        "20",
        "Nonklasikal (e-learning)",
        "LMS Akademi Keuangan Daerah",
        "Sepanjang tahun",
    ),
    (
        "KT-12",
        "Pelatihan Pengelolaan BMD Tingkat Dasar Angkatan I",
        "40",
        "Klasikal",
        "Bidang Pengelolaan BMD",
        "10–14 Agustus 2026",
    ),
    (
        "KT-13",
        "Pelatihan Pengelolaan BMD Tingkat Dasar Angkatan II",
        "40",
        "Klasikal",
        "Bidang Pengelolaan BMD",
        "24–28 Agustus 2026",
    ),
    (
        "KT-14",
        "Pelatihan Pengelolaan BMD Tingkat Lanjutan",
        "48",
        "Klasikal",
        "BPSDMD Provinsi Banua Raya",
        "Triwulan IV",
    ),
    (
        "KT-15",
        "Bimtek Penilaian dan Inventarisasi BMD",
        "32",
        "Klasikal",
        "Bidang Pengelolaan BMD",
        "Triwulan II",
    ),
    ("KT-16", "Bimtek Aplikasi SIMBADA", "16", "Klasikal", "Bidang Pengelolaan BMD", "Juli 2026"),
    (
        "KT-17",
        "Bimtek Pemanfaatan dan Pemindahtanganan BMD",
        "16",
        "Klasikal",
        "Bidang Pengelolaan BMD",
        "Triwulan IV",
    ),
    (
        "KT-18",
        "Pelatihan SIPD Modul Perencanaan dan Penganggaran",
        "16",
        "Klasikal",
        "Bidang Anggaran",
        "April 2026",
    ),
    (
        "KT-19",
        "Pelatihan SIPD Modul Penatausahaan Keuangan Angkatan I",
        "24",
        "Klasikal",
        "Bidang Anggaran",
        "2–4 Juni 2026",
    ),
    (
        "KT-20",
        "Pelatihan SIPD Modul Penatausahaan Keuangan Angkatan II",
        "24",
        "Klasikal",
        "Bidang Anggaran",
        "16–18 Juni 2026",
    ),
    (
        "KT-21",
        "Pelatihan SIPD Modul Akuntansi dan Pelaporan",
        "16",
        "Klasikal",
        "Bidang Akuntansi dan Pelaporan",
        "Triwulan III",
    ),
    (
        "KT-22",
        "E-learning Mandiri SIPD Penatausahaan",
        "12",
        "Nonklasikal (e-learning)",
        "LMS Akademi Keuangan Daerah",
        "Juli–Agustus 2026",
    ),
    (
        "KT-23",
        "Bimtek Penyusunan RKA dan DPA SKPD",
        "16",
        "Klasikal",
        "Bidang Anggaran",
        "Triwulan IV",
    ),
    (
        "KT-24",
        "Bimtek Standar Harga Satuan dan Analisis Standar Belanja",
        "12",
        "Klasikal",
        "Bidang Anggaran",
        "Triwulan III",
    ),
    (
        "KM-01",
        "Coaching Clinic Pengelolaan Keuangan (4 sesi)",
        "8",
        "Nonklasikal (coaching)",
        "TPKP",
        "Maret–Agustus 2026",
    ),
    (
        "KM-02",
        "Mentoring Pegawai Baru dan PPPK",
        "8",
        "Nonklasikal (mentoring)",
        "Atasan langsung",
        "Sepanjang tahun",
    ),
    (
        "KM-03",
        "Komunitas Belajar Kopi Pagi Akrual",
        "1 per pertemuan",
        "Nonklasikal",
        "Bidang Akuntansi dan Pelaporan",
        "Kamis minggu kedua dan keempat",
    ),
    (
        "KM-04",
        "Magang di BPKAD Kabupaten/Kota Lain",
        "40",
        "Nonklasikal (magang)",
        "Sekretariat",
        "Triwulan III",
    ),
    (
        "KM-05",
        "Pelatihan Coaching bagi Calon Coach Internal",
        "16",
        "Klasikal",
        "BPSDMD Provinsi Banua Raya",
        "Mei 2026",
    ),
    (
        "KP-01",
        "Orientasi Pegawai Baru PPPK Formasi 2025",
        "18",
        "Klasikal",
        "Sekretariat",
        "20–22 Januari 2026",
    ),
    (
        "KP-02",
        "Pelatihan Kepemimpinan Pengawas (PKP)",
        "Sesuai LAN",
        "Klasikal dan nonklasikal",
        "BPSDMD Provinsi Banua Raya",
        "Sesuai jadwal BPSDMD",
    ),
    (
        "KP-03",
        "Pelatihan Kepemimpinan Administrator (PKA)",
        "Sesuai LAN",
        "Klasikal dan nonklasikal",
        "BPSDMD Provinsi Banua Raya",
        "Sesuai jadwal BPSDMD",
    ),
    (
        "KP-04",
        "Pelatihan Dasar CPNS",
        "Sesuai LAN",
        "Klasikal dan nonklasikal",
        "BPSDMD Provinsi Banua Raya",
        "Sesuai jadwal BPSDMD",
    ),
    (
        "KP-05",
        "Pelatihan Literasi Digital dan Keamanan Data Keuangan",
        "8",
        "Nonklasikal (e-learning)",
        "LMS Akademi Keuangan Daerah",
        "Triwulan II",
    ),
]


# ============================================================================ PDF helpers
def _font_ok():
    return os.path.exists(os.path.join(FONT_DIR, "DejaVuSans.ttf"))


def _pdf_setup(pdf, title, author=None):
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(author or f"{BADAN} Kabupaten Sungai Rampai")
    pdf.set_subject(FIKTIF)
    pdf.set_creator("make_agency_v.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DV", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
    pdf.add_font("DVS", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DVS", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DVS", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("DVM", "", os.path.join(FONT_DIR, "DejaVuSansMono.ttf"))
    pdf.add_font("DVM", "B", os.path.join(FONT_DIR, "DejaVuSansMono-Bold.ttf"))


def _pdf_class():
    from fpdf import FPDF

    class Doc(FPDF):
        running_header = ""
        fam = "DV"
        footnotes = None  # page -> list of (marker, text)
        footer_left = FIKTIF
        with_total = True

        def header(self):
            if self.page_no() == 1 or not self.running_header:
                return
            self.set_font(self.fam, "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, self.running_header, align="L")
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_y(self.t_margin)

        def footer(self):
            notes = (self.footnotes or {}).get(self.page_no(), [])
            if notes:
                self.set_font(self.fam, "", 7.5)
                lines = 0
                for _mk, tx in notes:
                    lines += len(
                        self.multi_cell(
                            self.w - self.l_margin - self.r_margin - 5,
                            3.6,
                            tx,
                            dry_run=True,
                            output="LINES",
                        )
                    )
                y = self.h - 14 - lines * 3.6 - 3
                self.set_draw_color(120, 120, 120)
                self.line(self.l_margin, y, self.l_margin + 50, y)
                self.set_y(y + 1.5)
                for mk, tx in notes:
                    self.set_x(self.l_margin)
                    self.cell(5, 3.6, mk)
                    self.multi_cell(
                        self.w - self.l_margin - self.r_margin - 5,
                        3.6,
                        tx,
                        align="L",
                        new_x="LMARGIN",
                        new_y="NEXT",
                    )
                self.set_draw_color(0, 0, 0)
            self.set_y(-12)
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
            if self.with_total:
                self.cell(0, 5, f"Halaman {self.page_no()} dari {{nb}}", align="R")
            else:
                self.cell(0, 5, f"Halaman {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    return Doc


class Flow:
    """Small block renderer on top of fpdf2 (paragraphs, lists, tables with repeated headers)."""

    def __init__(self, pdf, size=10.5, lh=5.6, fam="DV"):
        self.pdf = pdf
        self.size = size
        self.lh = lh
        self.fam = fam

    @property
    def width(self):
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def space(self, h=2.5):
        self.pdf.ln(h)

    def need(self, h):
        pdf = self.pdf
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()

    def h1(self, label, title, section=True):
        pdf = self.pdf
        pdf.add_page()
        if section:
            pdf.start_section(f"{label} {title}".strip(), level=0)
        pdf.set_font(self.fam, "B", 13)
        if label:
            pdf.cell(0, 7, label, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)

    def h2(self, text, section=True):
        pdf = self.pdf
        self.need(20)
        pdf.ln(2)
        if section:
            pdf.start_section(text, level=1)
        pdf.set_font(self.fam, "B", 11)
        pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def h3(self, text):
        pdf = self.pdf
        self.need(14)
        pdf.set_font(self.fam, "BI", 10.5)
        pdf.multi_cell(0, 5.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)

    def p(self, text, fn=None, bold=False, italic=False, align="L", indent=0, size=None):
        pdf = self.pdf
        style = ("B" if bold else "") + ("I" if italic else "")
        pdf.set_font(self.fam, style, size or self.size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            self.width - indent, self.lh, text, align=align, new_x="LMARGIN", new_y="NEXT"
        )
        if fn:
            for mk, tx in fn:
                pdf.footnotes.setdefault(pdf.page_no(), []).append((mk, tx))
        pdf.ln(1.6)

    def items(self, items, kind="ol", indent=4, start=1, gap=0.8):
        pdf = self.pdf
        pdf.set_font(self.fam, "", self.size)
        for i, it in enumerate(items):
            fn = None
            sub = None
            if isinstance(it, tuple):
                it, extra = it[0], it[1]
                if isinstance(extra, list):
                    sub = extra
                else:
                    fn = extra
            if kind == "ol":
                mk = f"{start + i}."
            elif kind == "al":
                mk = f"{'abcdefghijklmnopqrstuvwxyz'[start - 1 + i]}."
            elif kind == "pl":
                mk = f"{start + i})"
            else:
                mk = "•"
            lines = pdf.multi_cell(
                self.width - indent - 7, self.lh, it, dry_run=True, output="LINES"
            )
            self.need(self.lh * min(len(lines), 3))
            pdf.set_font(self.fam, "", self.size)
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(7, self.lh, mk)
            pdf.multi_cell(
                self.width - indent - 7, self.lh, it, align="L", new_x="LMARGIN", new_y="NEXT"
            )
            if fn:
                for fmk, ftx in fn:
                    pdf.footnotes.setdefault(pdf.page_no(), []).append((fmk, ftx))
            if sub:
                self.items(sub, kind="ul" if kind != "ul" else "dash", indent=indent + 7, gap=0.3)
                pdf.set_font(self.fam, "", self.size)
            pdf.ln(gap)
        pdf.ln(1.2)

    def _row_height(self, row, widths, size, lh):
        pdf = self.pdf
        pdf.set_font(self.fam, "", size)
        n = 1
        for txt, w in zip(row, widths, strict=False):
            n = max(n, len(pdf.multi_cell(w - 2, lh, str(txt), dry_run=True, output="LINES")))
        return n * lh + 2

    def _draw_row(self, row, widths, size, lh, bold=False, fill=None, aligns=None):
        pdf = self.pdf
        h = self._row_height(row, widths, size, lh)
        x0, y0 = pdf.l_margin, pdf.get_y()
        x = x0
        for j, (txt, w) in enumerate(zip(row, widths, strict=False)):
            if fill:
                pdf.set_fill_color(*fill)
                pdf.rect(x, y0, w, h, style="DF")
            else:
                pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 1)
            pdf.set_font(self.fam, "B" if bold else "", size)
            al = aligns[j] if aligns else "L"
            pdf.multi_cell(w - 2, lh, str(txt), align=al, new_x="RIGHT", new_y="TOP")
            x += w
        pdf.set_xy(x0, y0 + h)

    def table(
        self, header, rows, widths, caption=None, size=8.8, lh=4.3, aligns=None, bold_rows=()
    ):
        pdf = self.pdf
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        if caption:
            self.need(30)
            pdf.set_font(self.fam, "B", 9.5)
            pdf.multi_cell(0, 5, caption, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        hh = self._row_height(header, widths, size, lh)
        self.need(hh + self._row_height(rows[0], widths, size, lh))
        self._draw_row(header, widths, size, lh, bold=True, fill=(222, 232, 242))
        for i, row in enumerate(rows):
            rh = self._row_height(row, widths, size, lh)
            if pdf.get_y() + rh > pdf.page_break_trigger:
                pdf.add_page()
                if caption:
                    pdf.set_font(self.fam, "I", 8.5)
                    pdf.cell(0, 5, f"{caption} (lanjutan)", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.5)
                self._draw_row(header, widths, size, lh, bold=True, fill=(222, 232, 242))
            self._draw_row(row, widths, size, lh, bold=(i in bold_rows), aligns=aligns)
        pdf.ln(3)

    def gloss(self, entries):
        pdf = self.pdf
        for term, dfn in entries:
            lines = pdf.multi_cell(self.width - 6, self.lh, dfn, dry_run=True, output="LINES")
            self.need(self.lh * (len(lines) + 1) + 2)
            pdf.set_font(self.fam, "B", self.size)
            pdf.multi_cell(0, self.lh, term, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(self.fam, "", self.size)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(self.width - 6, self.lh, dfn, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    def sign(self, lines, x_off=95):
        pdf = self.pdf
        self.need(len(lines) * self.lh + 10)
        pdf.set_font(self.fam, "", self.size)
        for ln in lines:
            pdf.set_x(pdf.l_margin + x_off)
            if ln == "":
                pdf.ln(self.lh * 2.5)
                continue
            pdf.cell(0, self.lh, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


# ============================================================================ handbook (PDF)
PED_TITLE = (
    "Pedoman Pengembangan Kompetensi Pegawai Badan Pengelola Keuangan dan Aset Daerah "
    "Kabupaten Sungai Rampai Tahun 2026"
)


def pedoman_blocks():
    tot_pagu, _ = anggaran_total()
    B = []
    a = B.append
    # ---------------------------------------------------------------- BAB I
    a(("h1", "BAB I", "PENDAHULUAN"))
    a(("h2", "1.1 Latar Belakang"))
    a(
        (
            "p",
            "Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Kabupaten Sungai Rampai mengemban "
            "fungsi penganggaran, perbendaharaan, akuntansi dan pelaporan, serta pengelolaan barang "
            "milik daerah. Keempat fungsi tersebut menuntut pegawai yang cermat, taat aturan, dan "
            "mampu mengoperasikan sistem informasi keuangan daerah yang terus berubah. Perubahan "
            "regulasi pengelolaan keuangan daerah, penerapan akuntansi berbasis akrual secara penuh, "
            "serta kewajiban penggunaan Sistem Informasi Pemerintahan Daerah (SIPD) membuat "
            "kebutuhan pengembangan kompetensi pegawai meningkat dari tahun ke tahun.",
        )
    )
    a(
        (
            "p",
            "Hasil pemetaan kompetensi yang dilaksanakan pada bulan Oktober 2025 menunjukkan bahwa "
            "38% pegawai belum memenuhi standar kompetensi teknis jabatannya, terutama pada "
            "kompetensi penatausahaan keuangan, penyusunan laporan keuangan berbasis akrual, dan "
            "inventarisasi barang milik daerah. Selain itu, 11 dari 27 pemegang jabatan bendahara "
            "dan pengurus barang belum memiliki sertifikat kompetensi yang masih berlaku.",
        )
    )
    a(
        (
            "p",
            "Untuk menjawab kebutuhan tersebut BPKAD menyelenggarakan program pengembangan "
            "kompetensi terpadu bernama Program CAKAP (Cermat, Akuntabel, Kompeten, Adaptif, dan "
            "Profesional). Pedoman ini menjadi acuan pelaksanaan Program CAKAP pada Tahun 2026 "
            "dan menyesuaikan ketentuan yang diubah melalui Keputusan Kepala BPKAD Nomor "
            f"{KEP_NO}.",
        )
    )
    a(("h2", "1.2 Maksud dan Tujuan"))
    a(
        (
            "p",
            "Pedoman ini dimaksudkan sebagai acuan bagi pegawai, atasan langsung, dan Tim Pengelola "
            "Kompetensi Pegawai dalam merencanakan, melaksanakan, mencatat, dan mengevaluasi "
            "pengembangan kompetensi. Tujuan pedoman ini adalah:",
        )
    )
    a(
        (
            "ol",
            [
                "menjamin setiap pegawai memperoleh kesempatan pengembangan kompetensi yang adil dan "
                "terencana;",
                "memastikan target Jam Pelajaran (JP) tahunan tercapai dan tercatat secara tertib;",
                "meningkatkan jumlah bendahara dan pengurus barang yang bersertifikat kompetensi;",
                "mengaitkan hasil pengembangan kompetensi dengan peningkatan kinerja organisasi; dan",
                "menggunakan anggaran pengembangan kompetensi secara efisien dan akuntabel.",
            ],
        )
    )
    a(("h2", "1.3 Ruang Lingkup"))
    a(("p", "Ruang lingkup pedoman ini meliputi:"))
    a(
        (
            "al",
            [
                "perencanaan kebutuhan dan target pengembangan kompetensi;",
                "jalur dan bentuk pengembangan kompetensi klasikal dan nonklasikal;",
                "pelatihan teknis prioritas bidang keuangan dan aset daerah;",
                "tugas belajar dan izin belajar;",
                "laporan aktualisasi kompetensi pascapelatihan;",
                "pembiayaan; serta",
                "monitoring, evaluasi, penghargaan, dan sanksi.",
            ],
        )
    )
    a(
        (
            "p",
            "Pedoman ini berlaku bagi seluruh Pegawai Negeri Sipil (PNS) dan Pegawai Pemerintah "
            "dengan Perjanjian Kerja (PPPK) di lingkungan BPKAD Kabupaten Sungai Rampai, yaitu "
            "146 orang pegawai yang terdiri atas 118 PNS dan 28 PPPK per 1 Januari 2026.",
        )
    )
    a(("h2", "1.4 Dasar Hukum"))
    a(
        (
            "ol",
            [
                "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
                "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
                "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
                "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;",
                "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
                "Kompetensi Pegawai Negeri Sipil;",
                "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan "
                "Keuangan Daerah;",
                "Peraturan Bupati Sungai Rampai Nomor 41 Tahun 2023 tentang Kedudukan, Susunan "
                "Organisasi, Tugas dan Fungsi, serta Tata Kerja BPKAD;",
                f"Peraturan Kepala BPKAD Kabupaten Sungai Rampai {PERKA_NO} tentang Pedoman "
                "Pengembangan Kompetensi Pegawai; dan",
                f"Keputusan Kepala BPKAD Kabupaten Sungai Rampai Nomor {KEP_NO} tentang Perubahan "
                "Ketentuan Target Jam Pelajaran, Laporan Aktualisasi, dan Pembiayaan Pengembangan "
                "Kompetensi Pegawai.",
            ],
        )
    )
    # ---------------------------------------------------------------- BAB II
    a(("h1", "BAB II", "PRINSIP, HAK, DAN KEWAJIBAN"))
    a(("h2", "2.1 Prinsip Pengembangan Kompetensi"))
    a(("p", "Pengembangan kompetensi pegawai BPKAD dilaksanakan berdasarkan prinsip berikut:"))
    a(
        (
            "ul",
            [
                "berbasis kebutuhan, yaitu diarahkan untuk menutup kesenjangan antara kompetensi yang "
                "dimiliki dan standar kompetensi jabatan;",
                "terintegrasi dengan kinerja, yaitu rencana pengembangan kompetensi disusun bersamaan "
                "dengan Sasaran Kinerja Pegawai;",
                "berkeadilan, yaitu setiap pegawai memperoleh kesempatan yang sama sesuai prioritas;",
                "efisien, yaitu mengutamakan pembelajaran internal, e-learning, dan berbagi pengetahuan "
                "sebelum pelatihan berbiaya tinggi; dan",
                "terdokumentasi, yaitu setiap kegiatan dicatat dalam aplikasi SIKOMPAK.",
            ],
        )
    )
    a(("h2", "2.2 Hak dan Kewajiban Pegawai"))
    a(
        (
            "p",
            "Setiap pegawai berhak mengikuti pengembangan kompetensi sesuai rencana yang telah "
            "disetujui atasan langsung dan ditetapkan oleh Tim Pengelola Kompetensi Pegawai. "
            "Setiap pegawai wajib:",
        )
    )
    a(
        (
            "ol",
            [
                "menyusun Rencana Pengembangan Kompetensi Individu (RPKI) bersama atasan langsung;",
                "memenuhi target Jam Pelajaran tahunan sesuai kategori pegawai;",
                "mengunggah sertifikat dan bukti kegiatan ke Sistem Informasi Kompetensi Pegawai "
                "Keuangan (SIKOMPAK);",
                "menyusun Laporan Aktualisasi Kompetensi (LAK) setelah mengikuti pelatihan yang "
                "mewajibkan LAK; dan",
                "menerapkan hasil pengembangan kompetensi dalam pelaksanaan tugas.",
            ],
        )
    )
    a(("h2", "2.3 Satuan Jam Pelajaran"))
    a(
        (
            "p",
            "Capaian pengembangan kompetensi dihitung dalam satuan Jam Pelajaran (JP). Di "
            "lingkungan BPKAD Kabupaten Sungai Rampai, 1 (satu) JP setara dengan 45 menit "
            "pembelajaran efektif.¹ Ketentuan ini berlaku sama untuk pembelajaran tatap muka "
            "dan pembelajaran daring sinkron.",
            [
                (
                    "¹",
                    "Durasi efektif tidak termasuk waktu registrasi peserta, pembukaan seremonial, "
                    "istirahat, dan ishoma.",
                )
            ],
        )
    )
    a(("p", "Ketentuan pengakuan JP untuk bentuk kegiatan tertentu adalah sebagai berikut:"))
    a(
        (
            "ol",
            [
                "e-learning asinkron diakui sesuai JP yang tercantum pada sertifikat, paling banyak 8 JP "
                "per hari;",
                "seminar, webinar, atau lokakarya sebagai peserta diakui paling banyak 6 JP per tahun;",
                "pegawai yang menjadi narasumber atau fasilitator internal diakui 2 JP untuk setiap sesi "
                "90 menit yang dibawakan;",
                "coaching dan mentoring diakui 2 JP per sesi, paling banyak 12 JP per tahun; dan",
                "sertifikat yang tidak mencantumkan JP dikonversi berdasarkan durasi efektif kegiatan.",
            ],
        )
    )
    a(("h2", "2.4 Tim Pengelola Kompetensi Pegawai"))
    a(
        (
            "p",
            "Pelaksanaan Program CAKAP dikoordinasikan oleh Tim Pengelola Kompetensi Pegawai "
            "(TPKP) yang ditetapkan dengan Keputusan Kepala BPKAD. Susunan TPKP Tahun 2026 "
            "adalah sebagai berikut:",
        )
    )
    a(
        (
            "table",
            "Tabel 2.1 Susunan TPKP Tahun 2026",
            ["Kedudukan dalam TPKP", "Jabatan", "Nama"],
            [
                ["Pengarah", "Kepala BPKAD", KEPALA],
                ["Ketua", "Sekretaris BPKAD", SEKRETARIS],
                ["Sekretaris", "Kepala Subbagian Umum dan Kepegawaian", KASUBBAG_UMPEG],
                ["Anggota", "Kepala Subbagian Perencanaan dan Keuangan", KASUBBAG_PK],
                ["Anggota", "Kepala Bidang Anggaran", KABID_ANGGARAN],
                ["Anggota", "Kepala Bidang Perbendaharaan", KABID_PERBEND],
                ["Anggota", "Kepala Bidang Akuntansi dan Pelaporan", KABID_AKUNT],
                ["Anggota", "Kepala Bidang Pengelolaan Barang Milik Daerah", KABID_BMD],
                ["Sekretariat teknis", "Analis SDM Aparatur Ahli Pertama", ANALIS_SDM],
            ],
            [40, 70, 60],
        )
    )
    a(
        (
            "p",
            "TPKP bertugas menyusun analisis kebutuhan, menetapkan prioritas dan kuota peserta, "
            "memverifikasi capaian JP, menilai usulan penggantian biaya, serta melaporkan "
            "pelaksanaan Program CAKAP kepada Kepala BPKAD. TPKP mengadakan rapat koordinasi "
            "paling sedikit satu kali setiap triwulan.",
        )
    )
    # ---------------------------------------------------------------- BAB III
    a(("h1", "BAB III", "PERENCANAAN PENGEMBANGAN KOMPETENSI"))
    a(("h2", "3.1 Analisis Kebutuhan"))
    a(
        (
            "p",
            "Analisis kebutuhan pengembangan kompetensi dilaksanakan oleh TPKP setiap bulan "
            "Oktober sampai dengan November tahun sebelumnya. Analisis menggunakan tiga sumber "
            "data, yaitu hasil uji atau pemetaan kompetensi, hasil penilaian kinerja, dan usulan "
            "kebutuhan dari masing-masing bidang. Hasil analisis dituangkan dalam Rencana "
            "Pengembangan Kompetensi BPKAD yang ditetapkan paling lambat 31 Desember.",
        )
    )
    a(("h2", "3.2 Target Jam Pelajaran"))
    a(
        (
            "p",
            "Target JP tahunan ditetapkan sesuai Keputusan Kepala BPKAD Nomor "
            f"{KEP_NO} sebagaimana tercantum dalam tabel berikut.",
        )
    )
    a(
        (
            "table",
            "Tabel 3.1 Target JP Tahunan per Kategori Pegawai",
            ["Kategori Pegawai", "Target JP per Tahun", "Keterangan"],
            [
                [
                    "PNS (jabatan pelaksana dan fungsional)",
                    f"{JP_PNS} JP",
                    "Paling sedikit 60% berupa kompetensi teknis",
                ],
                [
                    "PNS pejabat administrator dan pengawas",
                    f"{JP_PNS} JP",
                    "Paling sedikit 8 JP kompetensi manajerial",
                ],
                ["PPPK", f"{JP_PPPK} JP", "Paling sedikit 8 JP kompetensi teknis"],
                [
                    "PPPK tahun pertama",
                    "18 JP orientasi",
                    "Dipenuhi melalui Orientasi Pegawai Baru",
                ],
                ["CPNS", "Sesuai Pelatihan Dasar CPNS", "Tidak dikenakan target JP tambahan"],
                ["Pegawai tugas belajar", "Dibebaskan", "Selama masa tugas belajar"],
            ],
            [55, 35, 65],
        )
    )
    a(
        (
            "p",
            "Pegawai yang menjalani cuti besar, cuti melahirkan, atau cuti di luar tanggungan negara "
            "pada tahun berjalan memperoleh target JP proporsional sesuai jumlah bulan aktif "
            "bekerja. Kelebihan JP pada suatu tahun tidak dapat dialihkan ke tahun berikutnya.",
        )
    )
    a(("h2", "3.3 Rencana Pengembangan Kompetensi Individu"))
    a(
        (
            "p",
            "RPKI disusun oleh setiap pegawai bersama atasan langsung dan memuat kompetensi yang "
            "akan dikembangkan, bentuk kegiatan, perkiraan JP, waktu pelaksanaan, dan perkiraan "
            f"biaya. RPKI diunggah ke SIKOMPAK paling lambat tanggal {RPKI_BATAS} tahun berjalan. "
            "Pegawai yang belum mengunggah RPKI sampai batas waktu tersebut tidak diikutkan dalam "
            "penetapan peserta pelatihan Triwulan II.",
        )
    )
    a(("h2", "3.4 Prioritas Peserta"))
    a(
        (
            "p",
            "Apabila jumlah peminat melebihi kuota, TPKP menetapkan peserta dengan urutan "
            "prioritas sebagai berikut:",
        )
    )
    a(
        (
            "ol",
            [
                "pemegang jabatan bendahara atau pengurus barang yang belum bersertifikat kompetensi;",
                "pegawai yang hasil pemetaannya belum memenuhi standar kompetensi teknis jabatan;",
                "pegawai yang tidak mencapai target JP pada tahun sebelumnya;",
                "pegawai yang akan dimutasi atau dipromosikan ke jabatan yang membutuhkan kompetensi "
                "tersebut; dan",
                "pegawai lain sesuai urutan pendaftaran.",
            ],
        )
    )
    a(("h2", "3.5 Kalender Kegiatan"))
    a(
        (
            "table",
            "Tabel 3.2 Kalender Pengelolaan Program CAKAP 2026",
            ["Kegiatan", "Waktu", "Penanggung Jawab"],
            [
                ["Analisis kebutuhan pengembangan kompetensi", "Oktober–November 2025", "TPKP"],
                [
                    "Penetapan Rencana Pengembangan Kompetensi BPKAD",
                    "Paling lambat 31 Desember 2025",
                    "Kepala BPKAD",
                ],
                ["Unggah RPKI ke SIKOMPAK", f"Paling lambat {RPKI_BATAS} 2026", "Setiap pegawai"],
                ["Penetapan kuota peserta per bidang", "Paling lambat 6 Maret 2026", "TPKP"],
                [
                    "Rekap capaian JP triwulanan",
                    "Paling lambat tanggal 10 bulan berikutnya",
                    "Subbagian Umum dan Kepegawaian",
                ],
                ["Evaluasi pascapelatihan", "3 bulan setelah pelatihan", "Atasan langsung"],
                [
                    "Penetapan Pegawai Pembelajar Terbaik",
                    "Minggu kedua Desember 2026",
                    "Kepala BPKAD",
                ],
                ["Evaluasi tahunan Program CAKAP", "Desember 2026", "TPKP"],
            ],
            [70, 50, 45],
        )
    )
    # ---------------------------------------------------------------- BAB IV
    a(("h1", "BAB IV", "JALUR DAN BENTUK PENGEMBANGAN KOMPETENSI"))
    a(("h2", "4.1 Jalur Klasikal"))
    a(
        (
            "p",
            "Pengembangan kompetensi jalur klasikal adalah proses pembelajaran tatap muka di dalam "
            "kelas atau kelas virtual sinkron. Bentuk jalur klasikal di BPKAD meliputi pelatihan "
            "teknis, pelatihan fungsional, pelatihan kepemimpinan, bimbingan teknis (bimtek), "
            "seminar, lokakarya, dan kursus. Pelatihan klasikal yang berdurasi 16 JP atau lebih "
            "mewajibkan peserta menyusun LAK.",
        )
    )
    a(("h2", "4.2 Jalur Nonklasikal"))
    a(
        (
            "p",
            "Jalur nonklasikal menekankan pembelajaran di tempat kerja dan pembelajaran mandiri. "
            "Bentuk jalur nonklasikal yang diakui meliputi:",
        )
    )
    a(
        (
            "ul",
            [
                "coaching dan mentoring;",
                "e-learning sinkron dan asinkron;",
                "magang atau praktik kerja di instansi lain;",
                "detasering;",
                "komunitas belajar; dan",
                "benchmarking atau studi tiru.",
            ],
        )
    )
    a(("h2", "4.3 Coaching dan Mentoring"))
    a(
        (
            "p",
            "Mentoring dilaksanakan oleh atasan langsung atau pegawai senior yang ditunjuk, "
            "terutama bagi pegawai baru, PPPK, dan pegawai yang baru menduduki jabatan bendahara "
            "atau pengurus barang. Coaching dilaksanakan oleh coach internal, yaitu pegawai yang "
            "telah mengikuti pelatihan coaching paling sedikit 16 JP.",
        )
    )
    a(
        (
            "p",
            "Coaching Clinic Pengelolaan Keuangan Tahun 2026 dilaksanakan dalam 4 sesi pada "
            "periode Maret sampai dengan Agustus. Setiap sesi berlangsung 90 menit (2 x 45 menit) "
            f"dan dikoordinasikan oleh {COACH_KOOR} selaku koordinator coach. Satu coach "
            "mendampingi paling banyak 5 coachee dalam satu periode.",
        )
    )
    a(("h2", "4.4 Komunitas Belajar Kopi Pagi Akrual"))
    a(
        (
            "p",
            "Komunitas Belajar Kopi Pagi Akrual merupakan forum berbagi pengetahuan akuntansi dan "
            "pelaporan keuangan yang diselenggarakan oleh Bidang Akuntansi dan Pelaporan setiap "
            "hari Kamis pada minggu kedua dan keempat, pukul 07.30–08.30 WITA, di Ruang Rapat "
            "Lantai 3. Setiap kehadiran diakui 1 JP per pertemuan dengan pengakuan paling banyak "
            "10 JP per tahun. Topik dan narasumber diumumkan melalui grup WhatsApp pegawai "
            "paling lambat hari Senin sebelum pertemuan.",
        )
    )
    a(("h2", "4.5 Magang"))
    a(
        (
            "p",
            "Magang dilaksanakan di BPKAD kabupaten/kota lain atau di BPKP Perwakilan Provinsi "
            "Banua Raya paling lama 10 hari kerja. Magang diakui 6 JP per hari dengan pengakuan "
            "paling banyak 40 JP. Peserta magang wajib membuat laporan magang yang memuat "
            "praktik baik yang dapat diterapkan di BPKAD paling lambat 10 hari kerja setelah "
            "magang berakhir. Kuota magang Tahun 2026 adalah 6 orang.",
        )
    )
    a(("h2", "4.6 E-learning"))
    a(
        (
            "p",
            "E-learning diikuti melalui LMS Akademi Keuangan Daerah atau LMS BPSDMD Provinsi Banua "
            "Raya. Sertifikat e-learning diunggah ke SIKOMPAK paling lambat 3 hari kerja setelah "
            "sertifikat diterbitkan. E-learning yang diikuti pada jam kerja harus mendapat "
            "persetujuan atasan langsung dan paling banyak 4 jam per hari kerja.",
        )
    )
    # ---------------------------------------------------------------- BAB V
    a(("h1", "BAB V", "PELATIHAN TEKNIS PRIORITAS"))
    a(("h2", "5.1 Sertifikasi Kompetensi Bendahara"))
    a(
        (
            "p",
            "Sertifikasi kompetensi bendahara ditujukan bagi Bendahara Pengeluaran, Bendahara "
            "Penerimaan, Bendahara Pengeluaran Pembantu, dan calon bendahara. Kegiatan terdiri "
            "atas pelatihan selama 5 hari (40 JP) dan uji kompetensi oleh Lembaga Sertifikasi "
            "Profesi (LSP) Keuangan Daerah. Kuota Tahun 2026 adalah "
            f"{KUOTA_BEND} orang yang dibagi dalam dua angkatan masing-masing 16 orang.",
        )
    )
    a(("p", "Persyaratan peserta sertifikasi kompetensi bendahara adalah:"))
    a(
        (
            "ol",
            [
                "berstatus PNS dengan masa kerja paling singkat 2 tahun;",
                "pendidikan paling rendah Diploma III;",
                "telah mengikuti Bimtek Penatausahaan Keuangan Daerah bagi Calon Bendahara (32 JP);",
                "tidak sedang menjalani hukuman disiplin tingkat sedang atau berat; dan",
                "mendapat rekomendasi dari kepala bidang.",
            ],
        )
    )
    a(
        (
            "p",
            "Sertifikat kompetensi bendahara berlaku selama 3 tahun.² Peserta yang dinyatakan "
            "belum kompeten diberi kesempatan uji ulang satu kali paling lambat 6 bulan setelah "
            "uji pertama, dengan biaya uji ulang ditanggung pribadi peserta.",
            [
                (
                    "²",
                    "Sertifikat kompetensi bendahara yang terbit sebelum 1 Januari 2024 wajib "
                    "diperbarui paling lambat 31 Desember 2026.",
                )
            ],
        )
    )
    a(("h2", "5.2 Pengelolaan Barang Milik Daerah"))
    a(
        (
            "p",
            "Pelatihan pengelolaan barang milik daerah (BMD) disusun berjenjang. Pelatihan "
            "Pengelolaan BMD Tingkat Dasar (40 JP) diperuntukkan bagi pengurus barang dan pengurus "
            "barang pembantu, sedangkan Tingkat Lanjutan (48 JP) diperuntukkan bagi pengurus barang "
            "yang telah lulus tingkat dasar dan pejabat penatausahaan barang. Kuota Tingkat Dasar "
            "Tahun 2026 adalah 40 orang dalam dua angkatan.",
        )
    )
    a(
        (
            "p",
            "Materi pokok pelatihan BMD meliputi perencanaan kebutuhan, penatausahaan dan "
            "pencatatan dalam Kartu Inventaris Barang, inventarisasi, penilaian, pemanfaatan, "
            "pemindahtanganan, serta penghapusan. Praktik aplikasi dilaksanakan menggunakan "
            "Sistem Informasi Manajemen Barang Daerah (SIMBADA).",
        )
    )
    a(("h2", "5.3 Akuntansi Berbasis Akrual"))
    a(
        (
            "p",
            "Pelatihan Akuntansi Berbasis Akrual dilaksanakan dalam tiga angkatan dengan "
            "20 peserta per angkatan. Setiap angkatan berlangsung 5 hari kerja dengan beban "
            "40 JP. Materi pelatihan adalah:",
        )
    )
    a(
        (
            "ol",
            [
                "kerangka konseptual dan standar akuntansi pemerintahan;",
                "jurnal standar transaksi pendapatan, belanja, dan pembiayaan;",
                "penyusunan Laporan Operasional dan Neraca;",
                "penyusunan Catatan atas Laporan Keuangan (CaLK); dan",
                "konsolidasi laporan keuangan SKPD.",
            ],
        )
    )
    a(
        (
            "p",
            "Peserta dinyatakan lulus apabila tingkat kehadiran paling sedikit 90% dan nilai "
            "ujian akhir paling rendah 70.",
        )
    )
    a(("h2", "5.4 Sistem Informasi Pemerintahan Daerah"))
    a(
        (
            "p",
            "Pelatihan SIPD dilaksanakan oleh fasilitator internal yang dikoordinasikan Bidang "
            "Anggaran, kecuali modul Akuntansi dan Pelaporan yang dikoordinasikan Bidang Akuntansi "
            "dan Pelaporan. Rincian modul pelatihan SIPD Tahun 2026 adalah sebagai berikut.",
        )
    )
    a(
        (
            "table",
            "Tabel 5.1 Modul Pelatihan SIPD Tahun 2026",
            ["Modul", "JP", "Sasaran Peserta", "Kuota"],
            [
                [
                    "Perencanaan dan Penganggaran",
                    "16 JP",
                    "Penyusun anggaran SKPD dan Bidang Anggaran",
                    "24 orang",
                ],
                [
                    "Penatausahaan Keuangan",
                    "24 JP",
                    "Bendahara, verifikator, dan PPK-SKPD",
                    "30 orang (2 angkatan)",
                ],
                ["Akuntansi dan Pelaporan", "16 JP", "Penyusun laporan keuangan", "20 orang"],
            ],
            [45, 15, 70, 35],
        )
    )
    a(
        (
            "p",
            "Nilai batas lulus post-test pelatihan SIPD adalah 70,0. Peserta dengan nilai di bawah "
            "batas lulus mengikuti remedial daring yang dijadwalkan oleh Bidang Anggaran.",
        )
    )
    a(("h2", "5.5 Pelatihan Kepemimpinan dan Pelatihan Dasar"))
    a(
        (
            "p",
            "Pelatihan Kepemimpinan Pengawas (PKP), Pelatihan Kepemimpinan Administrator (PKA), "
            "dan Pelatihan Dasar CPNS diselenggarakan oleh BPSDMD Provinsi Banua Raya. Usulan "
            "peserta disampaikan oleh Kepala BPKAD. Kuota Tahun 2026 adalah 2 orang untuk PKP "
            "dan 1 orang untuk PKA.",
        )
    )
    # ---------------------------------------------------------------- BAB VI
    a(("h1", "BAB VI", "KATALOG PELATIHAN TAHUN 2026"))
    a(
        (
            "p",
            "Katalog berikut memuat seluruh kegiatan pengembangan kompetensi yang direncanakan "
            "Tahun 2026. Kode KT menandai pelatihan teknis, KM menandai kegiatan nonklasikal "
            "dan pelatihan coaching, sedangkan KP menandai pelatihan kepemimpinan, pelatihan "
            "dasar, dan orientasi. Jadwal dapat berubah dan akan diumumkan melalui SIKOMPAK.",
        )
    )
    a(
        (
            "table",
            "Tabel 6.1 Katalog Pelatihan BPKAD Tahun 2026",
            ["No", "Kode", "Nama Pelatihan", "JP", "Jalur", "Penyelenggara", "Waktu"],
            [[str(i), *r] for i, r in enumerate(KATALOG, 1)],
            [9, 14, 38, 19, 25, 31, 30],
        )
    )
    a(
        (
            "p",
            "Pegawai dapat mengusulkan pelatihan di luar katalog melalui RPKI. Usulan tersebut "
            "dinilai TPKP berdasarkan relevansi dengan jabatan dan ketersediaan anggaran.",
        )
    )
    # ---------------------------------------------------------------- BAB VII
    a(("h1", "BAB VII", "TUGAS BELAJAR DAN IZIN BELAJAR"))
    a(("h2", "7.1 Tugas Belajar"))
    a(
        (
            "p",
            "Tugas belajar diberikan kepada PNS untuk menempuh pendidikan formal yang dibiayai "
            "oleh pemerintah daerah atau pihak lain. Kuota tugas belajar BPKAD Tahun 2026 adalah "
            "2 orang, masing-masing untuk program magister akuntansi dan magister manajemen aset. "
            "Penerima tugas belajar memperoleh bantuan biaya pendidikan paling banyak Rp12.000.000 "
            "per orang per tahun dan wajib menjalani ikatan dinas selama dua kali masa studi "
            "ditambah satu tahun.",
        )
    )
    a(("h2", "7.2 Izin Belajar"))
    a(
        (
            "p",
            "Izin belajar diberikan kepada pegawai yang menempuh pendidikan atas biaya sendiri di "
            "luar jam kerja. Permohonan izin belajar diajukan paling lambat 30 hari kalender "
            "sebelum perkuliahan dimulai.",
        )
    )
    a(
        (
            "p",
            "Persyaratan, tahapan, dan formulir tugas belajar serta izin belajar diatur lebih "
            "lanjut dalam Panduan Pengajuan Tugas Belajar dan Izin Belajar Pegawai BPKAD.",
        )
    )
    # ---------------------------------------------------------------- BAB VIII
    a(("h1", "BAB VIII", "LAPORAN AKTUALISASI KOMPETENSI"))
    a(("h2", "8.1 Kewajiban Penyusunan"))
    a(
        (
            "p",
            "Laporan Aktualisasi Kompetensi (LAK) adalah laporan yang menjelaskan penerapan hasil "
            "pelatihan dalam pelaksanaan tugas. LAK wajib disusun oleh peserta pelatihan klasikal "
            "berdurasi 16 JP atau lebih, peserta magang, dan penerima penggantian biaya pelatihan "
            "mandiri.",
        )
    )
    a(
        (
            "p",
            f"LAK diunggah ke SIKOMPAK paling lambat {LAK_HARI} setelah pelatihan berakhir. "
            "Atasan langsung memverifikasi dan menilai LAK paling lambat 5 hari kerja setelah "
            "LAK diunggah. JP pelatihan baru dicatat sebagai capaian setelah LAK diverifikasi.",
        )
    )
    a(("h2", "8.2 Penilaian"))
    a(
        (
            "table",
            "Tabel 8.1 Predikat Penilaian LAK",
            ["Rentang Nilai", "Predikat", "Tindak Lanjut"],
            [
                ["85–100", "Sangat Baik", "Dapat diusulkan sebagai praktik baik"],
                ["70–84", "Baik", "Diterima"],
                ["55–69", "Cukup", "Diterima dengan catatan perbaikan"],
                ["Di bawah 55", "Kurang", "Wajib direvisi paling lambat 7 hari kerja"],
            ],
            [35, 35, 90],
        )
    )
    a(
        (
            "p",
            "Sistematika dan rubrik penilaian LAK dijelaskan dalam Panduan Penyusunan Laporan "
            "Aktualisasi Kompetensi.",
        )
    )
    # ---------------------------------------------------------------- BAB IX
    a(("h1", "BAB IX", "PEMBIAYAAN"))
    a(("h2", "9.1 Sumber dan Besaran Anggaran"))
    a(
        (
            "p",
            "Pengembangan kompetensi dibiayai dari Dokumen Pelaksanaan Anggaran (DPA) BPKAD "
            f"Tahun Anggaran 2026 dengan total pagu {rp(tot_pagu)}. Pengembangan kompetensi juga "
            "dapat dibiayai oleh instansi penyelenggara, program kerja sama, atau biaya pribadi "
            "pegawai.",
        )
    )
    a(
        (
            "p",
            "Alokasi terbesar adalah kegiatan Pelatihan dan Uji Sertifikasi Kompetensi Bendahara "
            f"sebesar {rp(rab_total())}, diikuti Pelatihan Akuntansi Berbasis Akrual sebesar "
            "Rp96.750.000. Rincian pagu dan realisasi per kegiatan dilaporkan setiap triwulan oleh "
            "Subbagian Perencanaan dan Keuangan.",
        )
    )
    a(("h2", "9.2 Penggantian Biaya Pelatihan Mandiri"))
    a(
        (
            "p",
            "Pegawai yang mengikuti pelatihan berbayar atas inisiatif sendiri dapat mengajukan "
            f"penggantian biaya paling banyak {rp(GANTI_MAKS)} per pegawai per tahun.³ "
            "Penggantian diberikan apabila memenuhi syarat berikut:",
            [("³", "Penggantian tidak mencakup biaya perjalanan, uang harian, dan akomodasi.")],
        )
    )
    a(
        (
            "ol",
            [
                "pelatihan relevan dengan jabatan dan tercantum dalam RPKI;",
                "mendapat persetujuan tertulis atasan langsung sebelum pelatihan dilaksanakan;",
                "melampirkan kuitansi pembayaran dan sertifikat; dan",
                "LAK telah diverifikasi oleh atasan langsung.",
            ],
        )
    )
    a(
        (
            "p",
            "Usulan penggantian diajukan paling lambat 30 hari kalender setelah pelatihan berakhir "
            "dan dibayarkan setiap triwulan setelah dinilai TPKP.",
        )
    )
    a(("h2", "9.3 Pengembalian Biaya"))
    a(
        (
            "p",
            "Pegawai yang telah ditetapkan sebagai peserta pelatihan berbiaya dan mengundurkan diri "
            "tanpa alasan yang sah, atau tidak menyelesaikan pelatihan karena kelalaiannya, wajib "
            "mengembalikan biaya pelatihan yang telah dibayarkan BPKAD. Alasan yang sah meliputi "
            "sakit yang dibuktikan dengan surat keterangan dokter, penugasan mendesak dari "
            "pimpinan, dan keadaan kahar.",
        )
    )
    # ---------------------------------------------------------------- BAB X
    a(("h1", "BAB X", "MONITORING, EVALUASI, PENGHARGAAN, DAN SANKSI"))
    a(("h2", "10.1 Monitoring dan Evaluasi"))
    a(
        (
            "p",
            "Subbagian Umum dan Kepegawaian merekap capaian JP setiap triwulan berdasarkan data "
            "SIKOMPAK paling lambat tanggal 10 bulan berikutnya. Evaluasi pascapelatihan "
            "dilaksanakan oleh atasan langsung 3 bulan setelah pelatihan untuk menilai perubahan "
            "perilaku kerja peserta. Hasil monitoring dibahas dalam rapat koordinasi TPKP.",
        )
    )
    a(("h2", "10.2 Penghargaan"))
    a(
        (
            "p",
            "Setiap bulan Desember Kepala BPKAD menetapkan 3 orang Pegawai Pembelajar Terbaik "
            "berdasarkan capaian JP, kualitas LAK, dan kontribusi sebagai narasumber internal. "
            "Pegawai Pembelajar Terbaik memperoleh piagam penghargaan dan prioritas untuk "
            "diusulkan mengikuti pelatihan tingkat lanjut. Bidang dengan persentase pegawai "
            "mencapai target JP tertinggi memperoleh piala bergilir Bidang Pembelajar Terbaik.",
        )
    )
    a(("h2", "10.3 Sanksi"))
    a(
        (
            "p",
            "Pegawai yang tidak mencapai target JP tanpa alasan yang sah mendapat pembinaan dari "
            "atasan langsung dan catatan pada penilaian perilaku kerja. Pegawai yang tidak "
            "mencapai target JP dua tahun berturut-turut tidak dapat diusulkan untuk tugas "
            "belajar pada tahun berikutnya.",
        )
    )
    # ---------------------------------------------------------------- BAB XI
    a(("h1", "BAB XI", "PENUTUP"))
    a(
        (
            "p",
            "Pedoman ini berlaku sejak tanggal ditetapkan. Hal-hal yang belum diatur dalam pedoman "
            "ini akan ditetapkan lebih lanjut oleh Kepala BPKAD atas usul TPKP. Pedoman ini "
            "dievaluasi paling sedikit satu kali dalam setahun.",
        )
    )
    a(
        (
            "sign",
            [
                "Ditetapkan di Bandar Rampai",
                "pada tanggal 12 Januari 2026",
                "KEPALA BADAN PENGELOLA KEUANGAN",
                "DAN ASET DAERAH,",
                "",
                KEPALA,
            ],
        )
    )
    # ---------------------------------------------------------------- Lampiran
    a(("h1", "LAMPIRAN I", "DAFTAR ISTILAH"))
    a(
        (
            "gloss",
            [
                (
                    "Aktualisasi Kompetensi",
                    "Penerapan pengetahuan dan keterampilan hasil pelatihan dalam "
                    "pelaksanaan tugas jabatan yang dibuktikan dengan hasil kerja.",
                ),
                (
                    "Akuntansi Berbasis Akrual",
                    "Basis akuntansi yang mengakui transaksi dan peristiwa lain "
                    "pada saat terjadi, bukan pada saat kas diterima atau dibayarkan.",
                ),
                (
                    "Atasan Langsung",
                    "Pejabat yang secara struktural membawahi pegawai dan bertanggung "
                    "jawab menilai kinerjanya.",
                ),
                (
                    "Barang Milik Daerah (BMD)",
                    "Semua barang yang dibeli atau diperoleh atas beban APBD "
                    "atau berasal dari perolehan lainnya yang sah.",
                ),
                (
                    "Bendahara Pengeluaran",
                    "Pejabat fungsional yang ditunjuk untuk menerima, menyimpan, "
                    "membayarkan, menatausahakan, dan mempertanggungjawabkan uang untuk keperluan belanja "
                    "daerah pada SKPD.",
                ),
                (
                    "Coaching",
                    "Proses pendampingan oleh coach untuk membantu coachee menemukan solusi atas "
                    "persoalan kinerjanya sendiri melalui percakapan terstruktur.",
                ),
                (
                    "E-learning Asinkron",
                    "Pembelajaran daring yang diikuti secara mandiri tanpa kehadiran "
                    "fasilitator pada waktu yang sama.",
                ),
                (
                    "Izin Belajar",
                    "Izin yang diberikan kepada PNS untuk menempuh pendidikan formal atas "
                    "biaya sendiri di luar jam kerja.",
                ),
                (
                    "Jam Pelajaran (JP)",
                    "Satuan waktu pembelajaran; di BPKAD 1 JP setara dengan 45 menit "
                    "pembelajaran efektif.",
                ),
                (
                    "Komunitas Belajar",
                    "Kelompok pegawai yang secara rutin berbagi pengetahuan dan praktik "
                    "baik pada bidang tertentu.",
                ),
                (
                    "Laporan Aktualisasi Kompetensi (LAK)",
                    "Laporan peserta tentang penerapan hasil "
                    "pelatihan yang diverifikasi dan dinilai oleh atasan langsung.",
                ),
                (
                    "Magang",
                    "Proses belajar dengan bekerja secara langsung pada instansi lain dalam jangka "
                    "waktu tertentu.",
                ),
                (
                    "Mentoring",
                    "Pendampingan oleh pegawai yang lebih senior atau atasan untuk mentransfer "
                    "pengetahuan, pengalaman, dan nilai kerja kepada mentee.",
                ),
                (
                    "Pengurus Barang",
                    "Pejabat yang diserahi tugas mengurus barang milik daerah pada SKPD.",
                ),
                (
                    "PPK-SKPD",
                    "Pejabat Penatausahaan Keuangan SKPD, yaitu pejabat yang melaksanakan fungsi "
                    "tata usaha keuangan pada SKPD.",
                ),
                (
                    "RPKI",
                    "Rencana Pengembangan Kompetensi Individu yang disusun pegawai bersama atasan "
                    "langsung untuk satu tahun.",
                ),
                (
                    "SIKOMPAK",
                    "Aplikasi internal BPKAD untuk mencatat RPKI, sertifikat, capaian JP, dan "
                    "LAK pegawai.",
                ),
                (
                    "SIPD",
                    "Sistem Informasi Pemerintahan Daerah, yaitu sistem yang digunakan untuk "
                    "perencanaan, penganggaran, penatausahaan, dan pelaporan keuangan daerah.",
                ),
                ("TPKP", "Tim Pengelola Kompetensi Pegawai yang mengoordinasikan Program CAKAP."),
                (
                    "Tugas Belajar",
                    "Penugasan kepada PNS untuk menempuh pendidikan formal dengan "
                    "pembebasan dari tugas jabatan dan dibiayai pemerintah atau pihak lain.",
                ),
            ],
        )
    )
    a(("h1", "LAMPIRAN II", "DAFTAR NARAHUBUNG PROGRAM CAKAP"))
    a(
        (
            "table",
            "Tabel L2.1 Narahubung Program CAKAP",
            ["Urusan", "Narahubung", "Jabatan", "Ekstensi"],
            [
                [
                    "Koordinasi umum Program CAKAP",
                    KASUBBAG_UMPEG,
                    "Kepala Subbagian Umum dan Kepegawaian",
                    "214",
                ],
                [
                    "Rekap JP dan verifikasi RPKI",
                    ANALIS_SDM,
                    "Analis SDM Aparatur Ahli Pertama",
                    "215",
                ],
                ["Kendala teknis SIKOMPAK", HELPDESK, "Pranata Komputer Terampil", "219"],
                [
                    "Sertifikasi kompetensi bendahara",
                    PIC_BEND,
                    "Analis Keuangan Pusat dan Daerah Ahli Muda",
                    "231",
                ],
                [
                    "Pelatihan pengelolaan BMD",
                    PIC_BMD,
                    "Penata Kelola Barang Milik Daerah Ahli Muda",
                    "245",
                ],
                [
                    "Pelatihan akrual dan Kopi Pagi Akrual",
                    PIC_AKRUAL,
                    "Analis Keuangan Pusat dan Daerah Ahli Pertama",
                    "238",
                ],
                ["Pelatihan SIPD", PIC_SIPD, "Pranata Komputer Ahli Muda", "226"],
                [
                    "Coaching dan mentoring",
                    COACH_KOOR,
                    "Analis Keuangan Pusat dan Daerah Ahli Madya",
                    "236",
                ],
                [
                    "Anggaran dan penggantian biaya",
                    KASUBBAG_PK,
                    "Kepala Subbagian Perencanaan dan Keuangan",
                    "212",
                ],
            ],
            [45, 45, 55, 18],
        )
    )
    a(
        (
            "p",
            f"Telepon kantor {TELP}, surel {EMAIL}. Layanan konsultasi tatap muka tersedia di "
            "Ruang Subbagian Umum dan Kepegawaian, Lantai 2.",
        )
    )
    a(("h1", "LAMPIRAN III", "FORMAT RPKI"))
    a(
        (
            "p",
            "RPKI diisi melalui SIKOMPAK dengan memuat sekurang-kurangnya kolom berikut. Format "
            "ini juga digunakan apabila SIKOMPAK tidak dapat diakses.",
        )
    )
    a(
        (
            "table",
            "Tabel L3.1 Format RPKI",
            [
                "No",
                "Kompetensi yang Dikembangkan",
                "Bentuk Kegiatan",
                "Perkiraan JP",
                "Waktu",
                "Perkiraan Biaya",
            ],
            [
                [
                    "1",
                    "(contoh) Penyusunan CaLK",
                    "Pelatihan klasikal",
                    "24",
                    "Triwulan III",
                    "Rp0 (DPA)",
                ],
                ["2", "(contoh) Rekonsiliasi bank", "Coaching", "4", "Maret–April", "Rp0"],
                ["3", "...", "...", "...", "...", "..."],
            ],
            [8, 50, 30, 18, 25, 25],
        )
    )
    a(
        (
            "p",
            "RPKI ditandatangani oleh pegawai dan atasan langsung, kemudian diverifikasi oleh "
            "sekretariat teknis TPKP.",
        )
    )
    a(("h1", "LAMPIRAN IV", "FORMAT LAPORAN AKTUALISASI KOMPETENSI"))
    a(("p", "LAK disusun sebanyak 3 sampai dengan 5 halaman dengan sistematika sebagai berikut:"))
    a(
        (
            "ol",
            [
                "identitas peserta dan pelatihan;",
                "ringkasan materi yang dipelajari;",
                "rencana penerapan di unit kerja;",
                "bukti penerapan (dokumen, tangkapan layar, atau hasil kerja); dan",
                "kendala dan rencana tindak lanjut.",
            ],
        )
    )
    a(
        (
            "p",
            "Dokumen fiktif, untuk evaluasi. Seluruh nama, nomor, dan angka dalam pedoman ini "
            "bersifat rekaan.",
            None,
            False,
            True,
        )
    )
    return B


def render_pedoman(path):
    toc = _render_pedoman(path, None)
    return _render_pedoman(path, toc)


def _render_pedoman(path, toc):
    Doc = _pdf_class()
    pdf = Doc(format="A4")
    _pdf_setup(pdf, PED_TITLE)
    pdf.running_header = (
        "Pedoman Pengembangan Kompetensi Pegawai BPKAD Kabupaten Sungai Rampai Tahun 2026"
    )
    pdf.footnotes = {}
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, 34)
    f = Flow(pdf)
    sections = []
    # cover
    pdf.add_page()
    pdf.set_font("DV", "B", 12)
    pdf.ln(18)
    pdf.cell(0, 7, PEMKAB, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, BADAN_UP, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("DV", "B", 20)
    pdf.multi_cell(
        0, 10, "PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("DV", "B", 14)
    pdf.ln(4)
    pdf.multi_cell(0, 8, "Program CAKAP Tahun 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(40)
    pdf.set_font("DV", "", 10.5)
    for ln in [
        "Nomor Dokumen: PD-BPKAD/SDM/01/2026",
        "Edisi Pertama, Januari 2026",
        "Disusun oleh Tim Pengelola Kompetensi Pegawai",
        "",
        ALAMAT,
        f"Telepon {TELP} | {EMAIL}",
        "",
        FIKTIF,
    ]:
        pdf.cell(0, 6, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    # kata pengantar
    f.h1("", "KATA PENGANTAR", section=False)
    f.p(
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena Pedoman Pengembangan "
        "Kompetensi Pegawai BPKAD Kabupaten Sungai Rampai Tahun 2026 dapat diselesaikan. Pedoman "
        "ini disusun untuk memberikan arah yang jelas bagi seluruh pegawai dalam merencanakan dan "
        "mencatat kegiatan pengembangan kompetensi, sekaligus menyesuaikan perubahan target Jam "
        "Pelajaran, batas waktu Laporan Aktualisasi Kompetensi, dan ketentuan pembiayaan yang "
        "berlaku mulai Tahun 2026."
    )
    f.p(
        "Kami berharap setiap pegawai memanfaatkan pedoman ini sebagai rujukan utama, dan setiap "
        "atasan langsung berperan aktif sebagai pembimbing pengembangan kompetensi bawahannya. "
        "Saran perbaikan dapat disampaikan kepada Tim Pengelola Kompetensi Pegawai."
    )
    f.sign(["Bandar Rampai, 12 Januari 2026", "Kepala Badan,", "", KEPALA])
    # table of contents: two reserved pages
    pdf.add_page()
    toc_first = pdf.page_no()
    if toc:
        pdf.set_font("DV", "B", 13)
        pdf.cell(0, 8, "DAFTAR ISI", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        for level, name, page in toc:
            if pdf.get_y() > pdf.page_break_trigger - 8:
                pdf.add_page()
            pdf.set_font("DV", "B" if level == 0 else "", 9.5 if level == 0 else 9)
            ind = 0 if level == 0 else 8
            pdf.set_x(pdf.l_margin + ind)
            w = pdf.w - pdf.l_margin - pdf.r_margin - ind - 12
            pdf.cell(w, 5.4, name)
            pdf.cell(12, 5.4, str(page), align="R", new_x="LMARGIN", new_y="NEXT")
    while pdf.page_no() < toc_first + 1:
        pdf.add_page()
    for blk in pedoman_blocks():
        kind = blk[0]
        if kind == "h1":
            f.h1(blk[1], blk[2], section=False)
            sections.append((0, f"{blk[1]} {blk[2]}", pdf.page_no()))
        elif kind == "h2":
            f.h2(blk[1], section=False)
            sections.append((1, blk[1], pdf.page_no()))
        elif kind == "p":
            f.p(blk[1], *blk[2:])
        elif kind in ("ol", "ul", "al", "pl"):
            f.items(blk[1], kind=kind)
        elif kind == "table":
            f.table(blk[2], blk[3], blk[4], caption=blk[1])
        elif kind == "gloss":
            f.gloss(blk[1])
        elif kind == "sign":
            f.sign(blk[1])
    pdf.output(path)
    if toc is None:
        return sections
    return pdf.pages_count


# ============================================================================ old regulation 2024
def perka_pasal():
    """(bab, [(pasal, [ayat...])]) of Peraturan Kepala BPKAD Nomor 3 Tahun 2024."""
    return [
        (
            "BAB I\nKETENTUAN UMUM",
            [
                (
                    "Pasal 1",
                    [
                        "Dalam Peraturan Kepala ini yang dimaksud dengan:",
                        "1. Badan adalah Badan Pengelola Keuangan dan Aset Daerah Kabupaten Sungai Rampai.",
                        "2. Kepala adalah Kepala Badan Pengelola Keuangan dan Aset Daerah Kabupaten Sungai "
                        "Rampai.",
                        "3. Pegawai adalah Pegawai Negeri Sipil dan Pegawai Pemerintah dengan Perjanjian "
                        "Kerja yang bertugas pada Badan.",
                        "4. Pengembangan Kompetensi adalah upaya untuk pemenuhan kebutuhan kompetensi "
                        "Pegawai dengan standar kompetensi jabatan dan rencana pengembangan karier.",
                        "5. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu yang digunakan "
                        "untuk mengukur capaian Pengembangan Kompetensi.",
                        "6. Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah "
                        "rencana kegiatan Pengembangan Kompetensi Pegawai dalam satu tahun.",
                        "7. Laporan Aktualisasi Kompetensi yang selanjutnya disingkat LAK adalah laporan "
                        "penerapan hasil pelatihan dalam pelaksanaan tugas.",
                        "8. Tim Pengelola Kompetensi Pegawai yang selanjutnya disingkat TPKP adalah tim yang "
                        "ditetapkan Kepala untuk mengoordinasikan Pengembangan Kompetensi.",
                    ],
                ),
            ],
        ),
        (
            "BAB II\nMAKSUD DAN TUJUAN",
            [
                (
                    "Pasal 2",
                    [
                        "Peraturan Kepala ini dimaksudkan sebagai pedoman pelaksanaan "
                        "Pengembangan Kompetensi Pegawai di lingkungan Badan."
                    ],
                ),
                (
                    "Pasal 3",
                    [
                        "Peraturan Kepala ini bertujuan untuk mewujudkan Pegawai yang kompeten, "
                        "profesional, dan berintegritas dalam pengelolaan keuangan dan aset "
                        "daerah."
                    ],
                ),
            ],
        ),
        (
            "BAB III\nPERENCANAAN",
            [
                (
                    "Pasal 4",
                    [
                        "(1) TPKP melaksanakan analisis kebutuhan Pengembangan Kompetensi setiap "
                        "tahun.",
                        "(2) Hasil analisis kebutuhan sebagaimana dimaksud pada ayat (1) menjadi "
                        "dasar penyusunan rencana Pengembangan Kompetensi Badan.",
                    ],
                ),
                (
                    "Pasal 5",
                    [
                        "Rencana Pengembangan Kompetensi Badan ditetapkan oleh Kepala paling "
                        "lambat tanggal 31 Desember tahun sebelumnya."
                    ],
                ),
                (
                    "Pasal 6",
                    [
                        f"(1) Setiap PNS wajib mengikuti Pengembangan Kompetensi paling sedikit "
                        f"{JP_PNS_OLD} (dua puluh) JP dalam 1 (satu) tahun.",
                        f"(2) Setiap PPPK wajib mengikuti Pengembangan Kompetensi paling sedikit "
                        f"{JP_PPPK_OLD} (sepuluh) JP dalam 1 (satu) tahun.",
                    ],
                ),
                (
                    "Pasal 7",
                    [
                        "(1) 1 (satu) JP setara dengan 45 (empat puluh lima) menit.",
                        "(2) E-learning asinkron diakui paling banyak 8 (delapan) JP per hari.",
                        "(3) Seminar atau webinar diakui paling banyak 6 (enam) JP per tahun.",
                    ],
                ),
                (
                    "Pasal 8",
                    [
                        "Penetapan peserta Pengembangan Kompetensi mengutamakan Pegawai yang "
                        "belum memenuhi standar kompetensi jabatan dan pemegang jabatan bendahara "
                        "atau pengurus barang yang belum bersertifikat."
                    ],
                ),
                (
                    "Pasal 9",
                    [
                        "(1) Setiap Pegawai menyusun RPKI bersama atasan langsung.",
                        "(2) RPKI disampaikan kepada Subbagian Umum dan Kepegawaian paling lambat "
                        f"tanggal {RPKI_BATAS_OLD} tahun berjalan.",
                    ],
                ),
            ],
        ),
        (
            "BAB IV\nJALUR PENGEMBANGAN KOMPETENSI",
            [
                (
                    "Pasal 10",
                    [
                        "Pengembangan Kompetensi jalur klasikal meliputi pelatihan, bimbingan "
                        "teknis, seminar, lokakarya, dan kursus."
                    ],
                ),
                (
                    "Pasal 11",
                    [
                        "Pengembangan Kompetensi jalur nonklasikal meliputi coaching, mentoring, "
                        "e-learning, magang, detasering, dan komunitas belajar."
                    ],
                ),
            ],
        ),
        (
            "BAB V\nPELATIHAN TEKNIS",
            [
                (
                    "Pasal 12",
                    [
                        "(1) Badan menyelenggarakan pelatihan dan uji sertifikasi kompetensi "
                        "bagi bendahara dan calon bendahara.",
                        f"(2) Kuota peserta sebagaimana dimaksud pada ayat (1) paling banyak "
                        f"{KUOTA_BEND_OLD} (dua puluh) orang per tahun dalam 1 (satu) angkatan.",
                    ],
                ),
                (
                    "Pasal 13",
                    [
                        "Badan menyelenggarakan pelatihan pengelolaan barang milik daerah, "
                        "akuntansi berbasis akrual, dan sistem informasi keuangan daerah sesuai "
                        "hasil analisis kebutuhan."
                    ],
                ),
            ],
        ),
        (
            "BAB VI\nLAPORAN AKTUALISASI KOMPETENSI",
            [
                (
                    "Pasal 14",
                    [
                        "(1) Pegawai yang telah mengikuti pelatihan klasikal paling sedikit 16 "
                        "(enam belas) JP wajib menyampaikan LAK paling lambat "
                        f"{LAK_HARI_OLD.replace('30 ', '30 (tiga puluh) ')} setelah pelatihan "
                        "berakhir.",
                        "(2) LAK dinilai oleh atasan langsung.",
                    ],
                ),
            ],
        ),
        (
            "BAB VII\nTUGAS BELAJAR DAN IZIN BELAJAR",
            [
                (
                    "Pasal 15",
                    [
                        "Tugas belajar diberikan kepada PNS sesuai kebutuhan organisasi dan "
                        "kuota yang ditetapkan Kepala."
                    ],
                ),
                (
                    "Pasal 16",
                    [
                        "Izin belajar diberikan kepada Pegawai yang menempuh pendidikan atas "
                        "biaya sendiri di luar jam kerja."
                    ],
                ),
            ],
        ),
        (
            "BAB VIII\nPEMBIAYAAN",
            [
                (
                    "Pasal 17",
                    [
                        "Pengembangan Kompetensi dibiayai dari Dokumen Pelaksanaan Anggaran "
                        "Badan dan sumber lain yang sah."
                    ],
                ),
                (
                    "Pasal 18",
                    [
                        "Pegawai yang mengundurkan diri dari pelatihan berbiaya tanpa alasan "
                        "yang sah wajib mengembalikan biaya yang telah dikeluarkan Badan."
                    ],
                ),
                (
                    "Pasal 19",
                    [
                        "(1) Pegawai yang mengikuti pelatihan atas biaya sendiri dapat "
                        "mengajukan penggantian biaya.",
                        "(2) Penggantian biaya sebagaimana dimaksud pada ayat (1) paling banyak "
                        f"{rp(GANTI_MAKS_OLD)},00 (satu juta lima ratus ribu rupiah) per Pegawai "
                        "per tahun.",
                    ],
                ),
            ],
        ),
        (
            "BAB IX\nMONITORING DAN EVALUASI",
            [
                (
                    "Pasal 20",
                    ["Subbagian Umum dan Kepegawaian merekap capaian JP setiap semester."],
                ),
                (
                    "Pasal 21",
                    ["Pegawai dengan capaian JP tertinggi memperoleh penghargaan dari Kepala."],
                ),
            ],
        ),
        (
            "BAB X\nKETENTUAN PENUTUP",
            [
                ("Pasal 22", ["Peraturan Kepala ini mulai berlaku pada tanggal ditetapkan."]),
            ],
        ),
    ]


def render_perka(path):
    Doc = _pdf_class()
    pdf = Doc(format="A4")
    _pdf_setup(pdf, f"Peraturan Kepala BPKAD Kabupaten Sungai Rampai {PERKA_NO}", KEPALA_LAMA)
    pdf.fam = "DVS"
    pdf.running_header = f"Peraturan Kepala BPKAD Kabupaten Sungai Rampai {PERKA_NO}"
    pdf.footnotes = {}
    pdf.set_margins(25, 20, 22)
    pdf.set_auto_page_break(True, 22)
    f = Flow(pdf, size=10.5, lh=5.5, fam="DVS")
    pdf.add_page()
    pdf.set_font("DVS", "B", 11.5)
    for ln in [
        "PERATURAN KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH",
        "KABUPATEN SUNGAI RAMPAI",
        "NOMOR 3 TAHUN 2024",
        "",
        "TENTANG",
        "",
        "PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI",
        "",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "",
        "KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH",
        "KABUPATEN SUNGAI RAMPAI,",
    ]:
        pdf.cell(0, 6, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def labelled(label, items):
        pdf.set_font("DVS", "", 10.5)
        first = True
        for it in items:
            pdf.set_x(pdf.l_margin)
            pdf.cell(28, 5.5, label if first else "")
            pdf.cell(4, 5.5, ":" if first else "")
            mk, tx = it
            pdf.cell(7, 5.5, mk)
            pdf.multi_cell(
                pdf.w - pdf.l_margin - pdf.r_margin - 39,
                5.5,
                tx,
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            first = False
        pdf.ln(2)

    labelled(
        "Menimbang",
        [
            (
                "a.",
                "bahwa untuk meningkatkan kompetensi pegawai dalam pengelolaan keuangan dan aset "
                "daerah diperlukan pengembangan kompetensi yang terencana dan terukur;",
            ),
            (
                "b.",
                "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
                "menetapkan Peraturan Kepala tentang Pedoman Pengembangan Kompetensi Pegawai;",
            ),
        ],
    )
    labelled(
        "Mengingat",
        [
            ("1.", "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;"),
            (
                "2.",
                "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
                "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
            ),
            (
                "3.",
                "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
                "Kompetensi Pegawai Negeri Sipil;",
            ),
            (
                "4.",
                "Peraturan Bupati Sungai Rampai Nomor 41 Tahun 2023 tentang Kedudukan, Susunan "
                "Organisasi, Tugas dan Fungsi, serta Tata Kerja BPKAD;",
            ),
        ],
    )
    pdf.set_font("DVS", "B", 10.5)
    pdf.cell(0, 6, "MEMUTUSKAN:", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVS", "", 10.5)
    pdf.cell(28, 5.5, "Menetapkan")
    pdf.cell(4, 5.5, ":")
    pdf.multi_cell(
        0,
        5.5,
        "PERATURAN KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH TENTANG "
        "PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    for bab, pasals in perka_pasal():
        f.need(30)
        pdf.set_font("DVS", "B", 10.5)
        pdf.multi_cell(0, 5.5, bab, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for ps, ayat in pasals:
            f.need(16)
            pdf.set_font("DVS", "B", 10.5)
            pdf.cell(0, 5.5, ps, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DVS", "", 10.5)
            for ay in ayat:
                ind = 6 if re.match(r"^\d+\. ", ay) else 0
                pdf.set_x(pdf.l_margin + ind)
                pdf.multi_cell(
                    pdf.w - pdf.l_margin - pdf.r_margin - ind,
                    5.5,
                    ay,
                    align="L",
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
                pdf.ln(0.8)
            pdf.ln(2.5)
    f.sign(
        [
            "Ditetapkan di Bandar Rampai",
            "pada tanggal 15 Februari 2024",
            "KEPALA BADAN PENGELOLA KEUANGAN",
            "DAN ASET DAERAH KABUPATEN SUNGAI RAMPAI,",
            "",
            KEPALA_LAMA,
        ],
        x_off=80,
    )
    pdf.add_page()
    pdf.set_font("DVS", "", 10)
    for ln in [
        "LAMPIRAN",
        "PERATURAN KEPALA BPKAD KABUPATEN SUNGAI RAMPAI",
        PERKA_NO.upper(),
        "TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI",
    ]:
        pdf.set_x(pdf.l_margin + 70)
        pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DVS", "B", 11)
    pdf.cell(0, 6, "RINGKASAN KETENTUAN POKOK", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    f.table(
        ["No", "Ketentuan", "Nilai", "Dasar"],
        [
            ["1", "Target JP PNS", f"{JP_PNS_OLD} JP per tahun", "Pasal 6 ayat (1)"],
            ["2", "Target JP PPPK", f"{JP_PPPK_OLD} JP per tahun", "Pasal 6 ayat (2)"],
            ["3", "Satuan Jam Pelajaran", "1 JP = 45 menit", "Pasal 7 ayat (1)"],
            ["4", "Batas penyampaian RPKI", f"{RPKI_BATAS_OLD} tahun berjalan", "Pasal 9 ayat (2)"],
            [
                "5",
                "Kuota sertifikasi kompetensi bendahara",
                f"{KUOTA_BEND_OLD} orang per tahun",
                "Pasal 12 ayat (2)",
            ],
            [
                "6",
                "Batas penyampaian LAK",
                f"{LAK_HARI_OLD} setelah pelatihan",
                "Pasal 14 ayat (1)",
            ],
            [
                "7",
                "Penggantian biaya pelatihan mandiri",
                f"Paling banyak {rp(GANTI_MAKS_OLD)} per pegawai per tahun",
                "Pasal 19 ayat (2)",
            ],
            ["8", "Rekap capaian JP", "Setiap semester", "Pasal 20"],
        ],
        [11, 58, 55, 32],
        size=9.5,
        lh=4.8,
    )
    f.sign(
        [
            "KEPALA BADAN PENGELOLA KEUANGAN",
            "DAN ASET DAERAH KABUPATEN SUNGAI RAMPAI,",
            "",
            KEPALA_LAMA,
        ],
        x_off=80,
    )
    pdf.ln(4)
    pdf.set_font("DVS", "I", 8.5)
    pdf.multi_cell(0, 4.5, FIKTIF, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ keputusan 2026 (scan-like)
KEP_DIKTUM = [
    (
        "KESATU",
        "Mengubah ketentuan target Jam Pelajaran sehingga setiap PNS di lingkungan BPKAD "
        f"wajib memenuhi paling sedikit {JP_PNS} (dua puluh empat) JP dan setiap PPPK "
        f"paling sedikit {JP_PPPK} (enam belas) JP dalam 1 (satu) tahun.",
    ),
    (
        "KEDUA",
        "Rencana Pengembangan Kompetensi Individu (RPKI) diunggah melalui aplikasi SIKOMPAK "
        f"paling lambat tanggal {RPKI_BATAS} tahun berjalan.",
    ),
    (
        "KETIGA",
        "Kuota peserta pelatihan dan uji sertifikasi kompetensi bendahara ditetapkan "
        f"sebanyak {KUOTA_BEND} (tiga puluh dua) orang per tahun yang dilaksanakan dalam "
        "2 (dua) angkatan.",
    ),
    (
        "KEEMPAT",
        "Laporan Aktualisasi Kompetensi (LAK) diunggah ke SIKOMPAK paling lambat "
        "14 (empat belas) hari kerja setelah pelatihan berakhir.",
    ),
    (
        "KELIMA",
        "Penggantian biaya pelatihan yang diikuti pegawai atas biaya sendiri diberikan "
        f"paling banyak {rp(GANTI_MAKS)},00 (dua juta lima ratus ribu rupiah) per pegawai "
        "per tahun.",
    ),
    (
        "KEENAM",
        f"Dengan berlakunya Keputusan ini, ketentuan Pasal 6, Pasal 9 ayat (2), Pasal 12 "
        f"ayat (2), Pasal 14 ayat (1), dan Pasal 19 ayat (2) Peraturan Kepala BPKAD "
        f"Kabupaten Sungai Rampai {PERKA_NO} tentang Pedoman Pengembangan Kompetensi "
        "Pegawai dinyatakan tidak berlaku, sedangkan ketentuan lainnya tetap berlaku "
        "sepanjang tidak bertentangan dengan Keputusan ini.",
    ),
    (
        "KETUJUH",
        "Sekretaris BPKAD selaku Ketua TPKP melaksanakan sosialisasi Keputusan ini kepada "
        "seluruh pegawai paling lambat tanggal 31 Januari 2026.",
    ),
    (
        "KEDELAPAN",
        "Keputusan ini mulai berlaku pada tanggal ditetapkan dan berlaku surut "
        "terhitung mulai tanggal 1 Januari 2026.",
    ),
]


def render_keputusan(path):
    Doc = _pdf_class()
    pdf = Doc(format="A4")
    _pdf_setup(pdf, f"Keputusan Kepala BPKAD Nomor {KEP_NO}", KEPALA)
    pdf.fam = "DVS"
    pdf.footer_left = "Salinan pindaian | " + FIKTIF
    pdf.with_total = False
    pdf.footnotes = {}
    pdf.set_margins(24, 16, 20)
    pdf.set_auto_page_break(True, 20)

    def scan_bg():
        pdf.set_fill_color(246, 243, 234)
        pdf.rect(0, 0, pdf.w, pdf.h, style="F")
        pdf.set_fill_color(255, 255, 255)

    pdf.add_page()
    scan_bg()
    # letterhead
    pdf.set_draw_color(40, 40, 40)
    pdf.ellipse(24, 14, 18, 21)
    pdf.set_font("DVS", "B", 5.5)
    pdf.set_xy(24, 23)
    pdf.cell(18, 3, "LAMBANG", align="C")
    pdf.set_xy(44, 14)
    pdf.set_font("DVS", "B", 12)
    pdf.cell(146, 6, PEMKAB, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(44)
    pdf.set_font("DVS", "B", 12.5)
    pdf.cell(146, 6.5, BADAN_UP, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVS", "", 7.5)
    pdf.set_x(44)
    pdf.cell(146, 4, ALAMAT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(44)
    pdf.cell(
        146,
        4,
        f"Telepon {TELP}, Laman bpkad.sungairampaikab.go.id",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_x(44)
    pdf.cell(146, 4, f"Pos-el {EMAIL}", align="C", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 2
    pdf.set_line_width(0.9)
    pdf.line(24, y, 190, y)
    pdf.set_line_width(0.3)
    pdf.line(24, y + 1.3, 190, y + 1.3)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 6)
    pdf.set_font("DVS", "B", 11)
    for ln in [
        "KEPUTUSAN KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH",
        "KABUPATEN SUNGAI RAMPAI",
        f"NOMOR {KEP_NO}",
        "",
        "TENTANG",
        "",
        "PERUBAHAN KETENTUAN TARGET JAM PELAJARAN, LAPORAN AKTUALISASI,",
        "DAN PEMBIAYAAN PENGEMBANGAN KOMPETENSI PEGAWAI",
        "",
        "KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH",
        "KABUPATEN SUNGAI RAMPAI,",
    ]:
        pdf.cell(0, 5.5, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def block(label, items, lw=28):
        pdf.set_font("DVS", "", 10)
        first = True
        for mk, tx in items:
            lines = pdf.multi_cell(W - lw - 11, 5.2, tx, dry_run=True, output="LINES")
            if pdf.get_y() + 5.2 * min(3, len(lines)) > pdf.page_break_trigger:
                pdf.add_page()
                scan_bg()
            pdf.set_x(pdf.l_margin)
            pdf.set_font("DVS", "B" if label.isupper() and label not in ("",) else "", 10)
            pdf.cell(lw, 5.2, label if first else "")
            pdf.set_font("DVS", "", 10)
            pdf.cell(4, 5.2, ":" if first else "")
            pdf.cell(7, 5.2, mk)
            pdf.multi_cell(W - lw - 11, 5.2, tx, align="L", new_x="LMARGIN", new_y="NEXT")
            first = False
        pdf.ln(1.5)

    pdf.set_font("DVS", "", 10)
    block(
        "Menimbang",
        [
            (
                "a.",
                "bahwa rata-rata capaian Jam Pelajaran pegawai BPKAD Tahun 2025 sebesar 27,4 JP "
                "per pegawai telah melampaui target yang ditetapkan sehingga target perlu "
                "ditingkatkan;",
            ),
            (
                "b.",
                "bahwa 11 (sebelas) pemegang jabatan bendahara dan pengurus barang belum memiliki "
                "sertifikat kompetensi yang berlaku sehingga kuota sertifikasi perlu ditambah;",
            ),
            (
                "c.",
                "bahwa batas waktu penyampaian Laporan Aktualisasi Kompetensi perlu disesuaikan "
                "dengan hari kerja dan mekanisme unggah melalui SIKOMPAK;",
            ),
            (
                "d.",
                "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan "
                "huruf c, perlu menetapkan Keputusan Kepala BPKAD tentang Perubahan Ketentuan "
                "Target Jam Pelajaran, Laporan Aktualisasi, dan Pembiayaan Pengembangan "
                "Kompetensi Pegawai;",
            ),
        ],
    )
    block(
        "Mengingat",
        [
            ("1.", "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;"),
            ("2.", "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;"),
            (
                "3.",
                "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
                "Kompetensi Pegawai Negeri Sipil;",
            ),
            (
                "4.",
                "Peraturan Bupati Sungai Rampai Nomor 41 Tahun 2023 tentang Kedudukan, Susunan "
                "Organisasi, Tugas dan Fungsi, serta Tata Kerja BPKAD;",
            ),
            (
                "5.",
                f"Peraturan Kepala BPKAD Kabupaten Sungai Rampai {PERKA_NO} tentang Pedoman "
                "Pengembangan Kompetensi Pegawai;",
            ),
        ],
    )
    pdf.set_font("DVS", "B", 10.5)
    pdf.cell(0, 6, "MEMUTUSKAN:", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DVS", "", 10)
    pdf.cell(28, 5.2, "Menetapkan")
    pdf.cell(4, 5.2, ":")
    pdf.multi_cell(
        W - 32,
        5.2,
        "KEPUTUSAN KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH "
        "TENTANG PERUBAHAN KETENTUAN TARGET JAM PELAJARAN, LAPORAN AKTUALISASI, DAN "
        "PEMBIAYAAN PENGEMBANGAN KOMPETENSI PEGAWAI.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1.5)
    for lab, tx in KEP_DIKTUM:
        lines = pdf.multi_cell(W - 32, 5.2, tx, dry_run=True, output="LINES")
        if pdf.get_y() + 5.2 * len(lines) > pdf.page_break_trigger:
            pdf.add_page()
            scan_bg()
        pdf.set_font("DVS", "B", 10)
        pdf.cell(28, 5.2, lab)
        pdf.set_font("DVS", "", 10)
        pdf.cell(4, 5.2, ":")
        pdf.multi_cell(W - 32, 5.2, tx, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    if pdf.get_y() + 60 > pdf.page_break_trigger:
        pdf.add_page()
        scan_bg()
    pdf.ln(3)
    x = pdf.l_margin + 85
    pdf.set_font("DVS", "", 10)
    for ln in [
        "Ditetapkan di Bandar Rampai",
        "pada tanggal 6 Januari 2026",
        "KEPALA BADAN PENGELOLA KEUANGAN",
        "DAN ASET DAERAH,",
    ]:
        pdf.set_x(x)
        pdf.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    ys = pdf.get_y()
    # stamp + signature look
    pdf.set_draw_color(70, 90, 160)
    pdf.set_line_width(0.6)
    pdf.ellipse(x - 8, ys - 2, 30, 30)
    pdf.ellipse(x - 5, ys + 1, 24, 24)
    pdf.set_text_color(70, 90, 160)
    pdf.set_font("DVS", "I", 12)
    pdf.set_xy(x + 22, ys + 8)
    pdf.cell(30, 6, "ttd")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_y(ys + 26)
    pdf.set_font("DVS", "B", 10)
    pdf.set_x(x)
    pdf.cell(0, 5.2, KEPALA, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVS", "", 10)
    pdf.set_x(x)
    pdf.cell(0, 5.2, "Pembina Utama Muda (IV/c)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x)
    pdf.cell(0, 5.2, "NIP 19710815 199603 1 004", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DVS", "", 9.5)
    pdf.cell(0, 5, "Tembusan Yth.:", new_x="LMARGIN", new_y="NEXT")
    for i, t in enumerate(
        [
            "Bupati Sungai Rampai;",
            "Sekretaris Daerah Kabupaten Sungai Rampai;",
            "Kepala BKPSDM Kabupaten Sungai Rampai;",
            "Inspektur Kabupaten Sungai Rampai;",
            "Arsip.",
        ],
        1,
    ):
        pdf.cell(0, 4.8, f"{i}. {t}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DVS", "I", 8.5)
    pdf.multi_cell(
        0,
        4.4,
        f"Salinan sesuai dengan aslinya, Kepala Subbagian Umum dan Kepegawaian, {KASUBBAG_UMPEG}",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ poster (PDF)
POSTER_SESI = ["Sesi I", "Sesi II", "Sesi III", "Sesi IV"]
POSTER_JAM = ["08.00–09.30 WITA", "09.45–11.15 WITA", "13.00–14.30 WITA", "14.45–16.15 WITA"]
POSTER_JAM_JUMAT = ["07.30–09.00", "09.15–10.45", "13.30–15.00", "15.15–16.45"]
POSTER_HARI = [
    (
        "Senin, 19 Oktober 2026",
        [
            "Pembukaan dan Kerangka Konseptual SAP",
            "Kebijakan Akuntansi Pemerintah Daerah",
            "Jurnal Pendapatan-LO",
            "Jurnal Pendapatan-LRA",
        ],
    ),
    (
        "Selasa, 20 Oktober 2026",
        [
            "Jurnal Belanja dan Beban",
            "Akuntansi Persediaan",
            "Aset Tetap dan Penyusutan",
            "Praktik Jurnal di SIPD",
        ],
    ),
    (
        "Rabu, 21 Oktober 2026",
        [
            "Kewajiban dan Utang Jangka Pendek",
            "Akuntansi Pembiayaan",
            "Penyusunan Laporan Operasional dan LPE",
            "Praktik Kelompok",
        ],
    ),
    (
        "Kamis, 22 Oktober 2026",
        ["Penyusunan Neraca", "Laporan Arus Kas", "Penyusunan CaLK", "Studi Kasus Temuan BPK"],
    ),
    (
        "Jumat, 23 Oktober 2026*",
        [
            "Konsolidasi Laporan Keuangan SKPD",
            "Studi Kasus Konsolidasi",
            "Ujian Akhir (post-test)",
            "Evaluasi dan Penutupan",
        ],
    ),
]


def render_poster(path):
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    _pdf_setup(pdf, "Jadwal Pelatihan Akuntansi Berbasis Akrual Angkatan III")
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    W = pdf.w - 28
    pdf.set_fill_color(20, 70, 110)
    pdf.rect(0, 0, pdf.w, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 6)
    pdf.set_font("DV", "B", 9)
    pdf.cell(
        W,
        5,
        "PROGRAM CAKAP 2026 • BPKAD KABUPATEN SUNGAI RAMPAI",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("DV", "B", 20)
    pdf.cell(
        W,
        10,
        "JADWAL PELATIHAN AKUNTANSI BERBASIS AKRUAL",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("DV", "B", 15)
    pdf.cell(W, 8, "ANGKATAN III", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)
    pdf.set_font("DV", "B", 11)
    pdf.cell(
        W,
        6,
        "Senin–Jumat, 19–23 Oktober 2026  |  Aula Bukit Selasih, Lantai 3 Gedung "
        "BPKAD  |  40 JP (5 hari x 8 JP)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    # table
    cw = [44] + [(W - 44) / 4] * 4
    pdf.set_font("DV", "B", 9)
    pdf.set_fill_color(220, 232, 242)
    x0, y0 = pdf.l_margin, pdf.get_y()
    heads = ["Hari / Tanggal"] + [
        f"{s}\n{j}\n(2 x 45 menit)" for s, j in zip(POSTER_SESI, POSTER_JAM, strict=False)
    ]
    hh = 15
    x = x0
    for t, w in zip(heads, cw, strict=False):
        pdf.rect(x, y0, w, hh, style="DF")
        pdf.set_xy(x + 1, y0 + 1)
        pdf.multi_cell(w - 2, 4.3, t, align="C", new_x="RIGHT", new_y="TOP")
        x += w
    y = y0 + hh
    pdf.set_font("DV", "", 9)
    for hari, mats in POSTER_HARI:
        rh = 11
        x = x0
        for j, (t, w) in enumerate(zip([hari] + mats, cw, strict=False)):
            pdf.rect(x, y, w, rh)
            pdf.set_xy(x + 1, y + 1)
            pdf.set_font("DV", "B" if j == 0 else "", 9)
            pdf.multi_cell(w - 2, 4.3, t, align="L" if j == 0 else "C", new_x="RIGHT", new_y="TOP")
            x += w
        y += rh
    pdf.set_xy(x0, y + 1.5)
    pdf.set_font("DV", "I", 8.5)
    pdf.multi_cell(
        W,
        4.3,
        "*Jumat: Sesi I pukul "
        + POSTER_JAM_JUMAT[0]
        + ", Sesi II pukul "
        + POSTER_JAM_JUMAT[1]
        + ", Sesi III pukul "
        + POSTER_JAM_JUMAT[2]
        + ", Sesi IV pukul "
        + POSTER_JAM_JUMAT[3]
        + " WITA. Ishoma Senin–Kamis "
        "pukul 11.15–13.00 WITA; Jumat pukul 10.45–13.30 WITA.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    # info boxes
    by = pdf.get_y()
    bw = (W - 8) / 3
    boxes = [
        (
            "PERSIAPAN",
            [
                "Registrasi ulang dan pre-test: Senin, 19 Oktober 2026 pukul 07.15–08.00 WITA.",
                "Peserta: 20 orang pegawai sesuai penetapan TPKP.",
                "Membawa laptop dengan aplikasi lembar kerja (spreadsheet).",
            ],
        ),
        (
            "FASILITATOR",
            [
                "Narasumber: Dr. Ratna Juwita Sari, Ak., CA (BPKP Perwakilan Provinsi Banua Raya).",
                f"Fasilitator internal: {KABID_AKUNT}, {COACH_KOOR}, dan {PIC_AKRUAL}",
            ],
        ),
        (
            "KETENTUAN",
            [
                "Lulus: kehadiran paling sedikit 90% dan nilai post-test paling rendah 70.",
                "Klinik praktik opsional: Sabtu, 24 Oktober 2026 pukul 08.00–12.00 WITA.",
                "Angkatan I (9–13 Maret 2026) dan Angkatan II (8–12 Juni 2026) telah selesai.",
            ],
        ),
    ]
    for i, (ttl, lines) in enumerate(boxes):
        bx = pdf.l_margin + i * (bw + 4)
        pdf.set_fill_color(245, 248, 252)
        pdf.rect(bx, by, bw, 44, style="DF")
        pdf.set_xy(bx + 2, by + 2)
        pdf.set_font("DV", "B", 9.5)
        pdf.cell(bw - 4, 5, ttl, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DV", "", 8.6)
        for ln in lines:
            pdf.set_x(bx + 2)
            pdf.multi_cell(bw - 4, 4.1, "• " + ln, align="L", new_x="LEFT", new_y="NEXT")
            pdf.ln(0.6)
    pdf.set_xy(pdf.l_margin, by + 47)
    pdf.set_font("DV", "B", 9)
    pdf.cell(
        W,
        5,
        f"Informasi: {PIC_AKRUAL} (WA 0812-5530-7714) • ekstensi 238",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("DV", "I", 7.5)
    pdf.cell(W, 4, FIKTIF, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return pdf.pages_count


# ============================================================================ DOCX helpers
def _fix_zip_times(path):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 7, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def new_docx(title, author=None):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author or f"{BADAN} Kabupaten Sungai Rampai"
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


def para(doc, text, bold=False, italic=False, size=None, align=None, style=None, space_after=4):
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
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def _restart_numbering(doc, paragraph):
    """Give a 'List Number' paragraph its own numbering instance starting at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles["List Number"]
    num_id = style.element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
    new = numbering.add_num(abstract_id)
    new.add_lvlOverride(ilvl=0).add_startOverride(1)
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = new.numId
    return new.numId


def numbered(doc, items):
    first = None
    for it in items:
        p = doc.add_paragraph(it, style="List Number")
        if first is None:
            first = _restart_numbering(doc, p)
        else:
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = first


def bullets(doc, items, level=1):
    style = "List Bullet" if level == 1 else "List Bullet 2"
    for it in items:
        doc.add_paragraph(it, style=style)


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


def _cell_text(cell, text, bold=False, size=10):
    from docx.shared import Pt

    cell.text = ""
    par = cell.paragraphs[0]
    for i, line in enumerate(str(text).split("\n")):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def docx_table(doc, header, rows, widths=None, size=10, label_col=False, bold_last=False):
    from docx.shared import Cm

    t = doc.add_table(rows=len(rows) + 1, cols=len(header))
    t.style = "Table Grid"
    for c, v in enumerate(header):
        _cell_text(t.cell(0, c), v, bold=True, size=size)
        _shade(t.cell(0, c), "D9E2F3")
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            bold = (label_col and c == 0) or (bold_last and r == len(rows))
            _cell_text(t.cell(r, c), v, bold=bold, size=size)
            if label_col and c == 0:
                _shade(t.cell(r, c), "F2F2F2")
    if widths:
        for row in t.rows:
            for c, wd in enumerate(widths):
                row.cells[c].width = Cm(wd)
    return t


# ============================================================================ KAK (DOCX)
KAK_KURIKULUM = [
    (
        "Hari I\nSenin, 4 Mei 2026",
        [
            ("Kebijakan pengelolaan keuangan daerah", "4", "BPKP Perwakilan Provinsi Banua Raya"),
            (
                "Etika, integritas, dan pengendalian intern bendahara",
                "4",
                "Inspektorat Kabupaten Sungai Rampai",
            ),
        ],
    ),
    (
        "Hari II\nSelasa, 5 Mei 2026",
        [
            ("Penatausahaan penerimaan daerah", "4", "Fasilitator internal"),
            ("Penatausahaan pengeluaran (UP, GU, TU, dan LS)", "4", "Fasilitator internal"),
        ],
    ),
    (
        "Hari III\nRabu, 6 Mei 2026",
        [
            ("Perpajakan bendahara (PPh dan PPN)", "4", "KPP Pratama Bandar Rampai"),
            ("Praktik penatausahaan pada SIPD", "4", "Fasilitator internal"),
        ],
    ),
    (
        "Hari IV\nKamis, 7 Mei 2026",
        [
            (
                "Penyusunan laporan pertanggungjawaban (SPJ) bendahara",
                "4",
                "BPKP Perwakilan Provinsi Banua Raya",
            ),
            ("Pemeriksaan kas dan rekonsiliasi bank", "4", "Fasilitator internal"),
        ],
    ),
    (
        "Hari V\nJumat, 8 Mei 2026",
        [
            ("Simulasi uji kompetensi", "4", "LSP Keuangan Daerah"),
            ("Penyusunan dan reviu portofolio", "4", "LSP Keuangan Daerah"),
        ],
    ),
]

KAK_KOMPOSISI = [  # bidang, angkatan I, angkatan II
    ("Sekretariat", 2, 2),
    ("Bidang Anggaran", 1, 1),
    ("Bidang Perbendaharaan", 9, 9),
    ("Bidang Akuntansi dan Pelaporan", 2, 2),
    ("Bidang Pengelolaan Barang Milik Daerah", 2, 2),
]


def write_kak(path):
    from docx.shared import Cm

    assert [a + b for _n, a, b in KAK_KOMPOSISI] == PELATIHAN_KUOTA[0][1]
    doc = new_docx("KAK Pelatihan dan Uji Sertifikasi Kompetensi Bendahara 2026", KABID_PERBEND)
    para(doc, PEMKAB, bold=True, align="center", space_after=0)
    para(doc, BADAN_UP, bold=True, align="center", space_after=10)
    para(doc, "KERANGKA ACUAN KERJA (KAK)", bold=True, size=14, align="center", space_after=0)
    para(
        doc,
        "PELATIHAN DAN UJI SERTIFIKASI KOMPETENSI BENDAHARA",
        bold=True,
        size=13,
        align="center",
        space_after=0,
    )
    para(doc, "TAHUN ANGGARAN 2026", bold=True, size=13, align="center", space_after=12)
    docx_table(
        doc,
        ["Uraian", "Keterangan"],
        [
            ["Unit Kerja", "BPKAD Kabupaten Sungai Rampai – Bidang Perbendaharaan"],
            ["Program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"],
            ["Kegiatan", "Administrasi Kepegawaian Perangkat Daerah"],
            ["Subkegiatan", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi"],
            ["Kode Rekening", "5.1.02.02.01.0026"],
            [
                "Pejabat Pelaksana Teknis Kegiatan (PPTK)",
                f"{KABID_PERBEND}, Kepala Bidang Perbendaharaan",
            ],
        ],
        widths=[5.5, 10.5],
        label_col=True,
    )
    heading(doc, "A. Latar Belakang", 2)
    para(
        doc,
        "Bendahara merupakan ujung tombak penatausahaan keuangan daerah. Kesalahan "
        "penatausahaan, keterlambatan penyetoran pajak, dan kelemahan laporan "
        "pertanggungjawaban masih menjadi temuan berulang dalam pemeriksaan laporan keuangan. "
        "Hasil pemetaan Tahun 2025 mencatat 11 pemegang jabatan bendahara dan pengurus barang "
        "di BPKAD belum memiliki sertifikat kompetensi yang berlaku.",
        align="justify",
    )
    para(
        doc,
        f"Melalui Keputusan Kepala BPKAD Nomor {KEP_NO}, kuota peserta pelatihan dan uji "
        f"sertifikasi kompetensi bendahara ditetapkan sebanyak {KUOTA_BEND} orang per tahun "
        "dalam dua angkatan. KAK ini menjadi acuan pelaksanaan kegiatan tersebut pada Tahun "
        "Anggaran 2026.",
        align="justify",
    )
    heading(doc, "B. Dasar Hukum", 2)
    numbered(
        doc,
        [
            "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;",
            "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan "
            "Keuangan Daerah;",
            f"Peraturan Kepala BPKAD Kabupaten Sungai Rampai {PERKA_NO} tentang Pedoman "
            "Pengembangan Kompetensi Pegawai;",
            f"Keputusan Kepala BPKAD Nomor {KEP_NO}; dan",
            "Dokumen Pelaksanaan Anggaran BPKAD Tahun Anggaran 2026.",
        ],
    )
    heading(doc, "C. Maksud dan Tujuan", 2)
    para(
        doc,
        "Kegiatan ini dimaksudkan untuk meningkatkan kompetensi bendahara dan calon "
        "bendahara, dengan tujuan:",
    )
    bullets(
        doc,
        [
            "meningkatkan pemahaman peserta atas penatausahaan penerimaan dan pengeluaran daerah;",
            "meningkatkan ketepatan pemungutan dan penyetoran pajak oleh bendahara;",
            "meningkatkan kualitas laporan pertanggungjawaban bendahara; dan",
            "memperoleh sertifikat kompetensi bendahara yang diterbitkan LSP Keuangan Daerah.",
        ],
    )
    heading(doc, "D. Peserta", 2)
    para(
        doc,
        f"Peserta berjumlah {KUOTA_BEND} orang yang terbagi dalam dua angkatan dengan "
        "komposisi sebagai berikut.",
    )
    rows = [[n, str(a), str(b), str(a + b)] for n, a, b in KAK_KOMPOSISI]
    ta = sum(a for _n, a, _b in KAK_KOMPOSISI)
    tb = sum(b for _n, _a, b in KAK_KOMPOSISI)
    rows.append(["Jumlah", str(ta), str(tb), str(ta + tb)])
    para(doc, "Tabel 1. Komposisi Peserta per Bidang", bold=True, space_after=2)
    docx_table(
        doc,
        ["Bidang", "Angkatan I", "Angkatan II", "Jumlah"],
        rows,
        widths=[8, 2.7, 2.7, 2.6],
        bold_last=True,
    )
    para(doc, "")
    para(doc, "Persyaratan peserta:")
    numbered(
        doc,
        [
            "berstatus PNS dengan masa kerja paling singkat 2 tahun;",
            "pendidikan paling rendah Diploma III;",
            "telah mengikuti Bimtek Penatausahaan Keuangan Daerah bagi Calon Bendahara (32 JP);",
            "tidak sedang menjalani hukuman disiplin tingkat sedang atau berat; dan",
            "mendapat rekomendasi dari kepala bidang.",
        ],
    )
    heading(doc, "E. Waktu dan Tempat", 2)
    para(doc, "Tabel 2. Waktu dan Tempat Pelaksanaan", bold=True, space_after=2)
    docx_table(
        doc,
        ["Uraian", "Angkatan I", "Angkatan II"],
        [
            ["Pelatihan (5 hari, 40 JP)", "4–8 Mei 2026", "7–11 September 2026"],
            ["Uji kompetensi", "Selasa, 12 Mei 2026", "Selasa, 15 September 2026"],
            [
                "Tempat pelatihan",
                "Aula Bukit Selasih, Lantai 3 Gedung BPKAD",
                "Ruang Serbaguna, Lantai 1 Gedung BPKAD",
            ],
            [
                "Tempat uji kompetensi",
                "TUK LSP Keuangan Daerah, Bandar Rampai",
                "TUK LSP Keuangan Daerah, Bandar Rampai",
            ],
            ["Jumlah peserta", "16 orang", "16 orang"],
            ["Batas usulan nama peserta", "27 Maret 2026", "31 Juli 2026"],
            [
                "Pengumuman hasil uji",
                "Paling lambat 14 hari kerja setelah uji",
                "Paling lambat 14 hari kerja setelah uji",
            ],
        ],
        widths=[5, 5.5, 5.5],
        label_col=True,
    )
    para(
        doc,
        "Jam pelatihan setiap hari pukul 08.00–16.15 WITA, kecuali hari Jumat pukul "
        "07.30–16.45 WITA.",
    )
    heading(doc, "F. Kurikulum", 2)
    para(
        doc,
        "Tabel 3. Kurikulum Pelatihan Angkatan I (pola yang sama berlaku untuk Angkatan II)",
        bold=True,
        space_after=2,
    )
    n_rows = sum(len(m) for _h, m in KAK_KURIKULUM) + 2
    t = doc.add_table(rows=n_rows, cols=4)
    t.style = "Table Grid"
    for c, v in enumerate(["Hari", "Mata Pelatihan", "JP", "Narasumber/Fasilitator"]):
        _cell_text(t.cell(0, c), v, bold=True)
        _shade(t.cell(0, c), "D9E2F3")
    r = 1
    for hari, mats in KAK_KURIKULUM:
        start = r
        for mp, jp, ns in mats:
            _cell_text(t.cell(r, 1), mp)
            _cell_text(t.cell(r, 2), jp)
            _cell_text(t.cell(r, 3), ns)
            r += 1
        merged = t.cell(start, 0).merge(t.cell(r - 1, 0))
        _cell_text(merged, hari, bold=True)
    total_jp = sum(int(jp) for _h, m in KAK_KURIKULUM for _mp, jp, _ns in m)
    assert total_jp == 40
    m = t.cell(r, 0).merge(t.cell(r, 1))
    _cell_text(m, "Jumlah JP", bold=True)
    _cell_text(t.cell(r, 2), str(total_jp), bold=True)
    _cell_text(t.cell(r, 3), "1 JP = 45 menit")
    for row in t.rows:
        for c, wd in enumerate([3.6, 6.4, 1.3, 4.7]):
            row.cells[c].width = Cm(wd)
    heading(doc, "G. Rencana Anggaran Biaya", 2)
    para(doc, "Tabel 4. Rencana Anggaran Biaya (RAB)", bold=True, space_after=2)
    n_items = sum(len(items) for _g, items in RAB)
    t = doc.add_table(rows=1 + len(RAB) + n_items + 1, cols=6)
    t.style = "Table Grid"
    for c, v in enumerate(["No", "Uraian", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]):
        _cell_text(t.cell(0, c), v, bold=True)
        _shade(t.cell(0, c), "D9E2F3")
    r = 1
    no = 1
    for grp, items in RAB:
        sub = sum(v * h for _u, v, _s, h in items)
        g = t.cell(r, 0).merge(t.cell(r, 4))
        _cell_text(g, grp, bold=True)
        _shade(g, "F2F2F2")
        _cell_text(t.cell(r, 5), ribuan(sub), bold=True)
        r += 1
        for u, v, s, h in items:
            for c, val in enumerate([str(no), u, str(v), s, ribuan(h), ribuan(v * h)]):
                _cell_text(t.cell(r, c), val)
            r += 1
            no += 1
    g = t.cell(r, 0).merge(t.cell(r, 4))
    _cell_text(g, "TOTAL RENCANA ANGGARAN BIAYA", bold=True)
    _cell_text(t.cell(r, 5), ribuan(rab_total()), bold=True)
    para(doc, "")
    para(
        doc,
        "Keterangan satuan: OJ = orang jam; OH = orang hari; OP = orang paket; OK = orang kali.",
        italic=True,
        size=9,
    )
    heading(doc, "H. Keluaran dan Indikator", 2)
    bullets(
        doc,
        [
            f"{KUOTA_BEND} orang peserta menyelesaikan pelatihan 40 JP;",
            "paling sedikit 85% peserta dinyatakan kompeten pada uji pertama;",
            "seluruh peserta mengunggah LAK ke SIKOMPAK paling lambat 14 hari kerja setelah "
            "pelatihan berakhir; dan",
            "tidak ada temuan berulang atas penatausahaan bendahara peserta pada pemeriksaan "
            "berikutnya.",
        ],
    )
    heading(doc, "I. Pelaksana", 2)
    docx_table(
        doc,
        ["Peran", "Nama", "Jabatan"],
        [
            ["Penanggung jawab", KABID_PERBEND, "Kepala Bidang Perbendaharaan"],
            ["Ketua panitia", PIC_BEND, "Analis Keuangan Pusat dan Daerah Ahli Muda"],
            ["Sekretaris panitia", "Maria Ulfa Rahmadani", "Bendahara Pengeluaran"],
            ["Narahubung", f"{PIC_BEND} (ekstensi 231)", "Ketua panitia"],
        ],
        widths=[4, 6, 6],
        label_col=True,
    )
    para(doc, "")
    para(doc, "Bandar Rampai, 16 Februari 2026", align="right", space_after=0)
    para(doc, "Kepala Bidang Perbendaharaan selaku PPTK,", align="right", space_after=30)
    para(doc, KABID_PERBEND, bold=True, align="right")
    para(doc, FIKTIF, italic=True, size=8)
    doc.save(path)


# ============================================================================ notulen (DOCX)
NOTULEN_TL = [
    (
        "Menyampaikan surat pengingat kepada 19 pegawai yang belum mengunggah RPKI",
        "Kepala Subbagian Umum dan Kepegawaian",
        "13 Maret 2026",
    ),
    (
        "Batas akhir perpanjangan unggah RPKI bagi 19 pegawai",
        "Pegawai yang bersangkutan",
        "20 Maret 2026",
    ),
    (
        "Menyampaikan usulan final 16 nama peserta sertifikasi bendahara Angkatan I",
        "Kepala Bidang Perbendaharaan",
        "27 Maret 2026",
    ),
    (
        "Pendampingan login SIKOMPAK bagi 23 pegawai yang belum pernah login",
        f"{HELPDESK}, Pranata Komputer Terampil",
        "31 Maret 2026",
    ),
    (
        "Konfirmasi narasumber Pelatihan Pengelolaan BMD Tingkat Lanjutan kepada BPSDMD Provinsi "
        "Banua Raya",
        "Kepala Bidang Pengelolaan Barang Milik Daerah",
        "3 April 2026",
    ),
    (
        "Mengundang narasumber tamu BPKP untuk Kopi Pagi Akrual bulan April",
        "Kepala Bidang Akuntansi dan Pelaporan",
        "9 April 2026",
    ),
    ("Menyusun rekap capaian JP Triwulan I", f"{ANALIS_SDM}, Analis SDM Aparatur", "10 April 2026"),
    (
        "Memutakhirkan materi SIPD Modul Penatausahaan Keuangan",
        "Kepala Bidang Anggaran",
        "15 Mei 2026",
    ),
]


def write_notulen(path):
    doc = new_docx("Notulen Rapat Koordinasi TPKP Triwulan I 2026", ANALIS_SDM)
    para(doc, "NOTULEN RAPAT", bold=True, size=14, align="center", space_after=0)
    para(
        doc,
        "RAPAT KOORDINASI TIM PENGELOLA KOMPETENSI PEGAWAI (TPKP)",
        bold=True,
        align="center",
        space_after=0,
    )
    para(doc, "TRIWULAN I TAHUN 2026", bold=True, align="center", space_after=10)
    docx_table(
        doc,
        ["Uraian", "Keterangan"],
        [
            ["Hari/Tanggal", "Rabu, 11 Maret 2026"],
            ["Waktu", "Pukul 09.00–11.30 WITA"],
            ["Tempat", "Ruang Rapat Lantai 3, Gedung BPKAD"],
            ["Pimpinan Rapat", f"{SEKRETARIS}, Sekretaris BPKAD selaku Ketua TPKP"],
            ["Notulis", f"{ANALIS_SDM}, Analis SDM Aparatur Ahli Pertama"],
            ["Jumlah Peserta", "12 orang (daftar hadir terlampir)"],
        ],
        widths=[4, 12],
        label_col=True,
    )
    heading(doc, "Peserta Rapat", 2)
    bullets(
        doc,
        [
            f"{SEKRETARIS} – Sekretaris BPKAD (Ketua TPKP)",
            f"{KASUBBAG_UMPEG} – Kepala Subbagian Umum dan Kepegawaian",
            f"{KASUBBAG_PK} – Kepala Subbagian Perencanaan dan Keuangan",
            f"{KABID_ANGGARAN} – Kepala Bidang Anggaran",
            f"{KABID_PERBEND} – Kepala Bidang Perbendaharaan",
            f"{KABID_AKUNT} – Kepala Bidang Akuntansi dan Pelaporan",
            f"{KABID_BMD} – Kepala Bidang Pengelolaan Barang Milik Daerah",
            f"{COACH_KOOR} – Koordinator coach",
            f"{PIC_BEND} – Ketua panitia sertifikasi bendahara",
            f"{PIC_SIPD} – Koordinator fasilitator SIPD",
            f"{HELPDESK} – Helpdesk SIKOMPAK",
            f"{ANALIS_SDM} – Notulis",
        ],
    )
    heading(doc, "Agenda", 2)
    numbered(
        doc,
        [
            "Capaian unggah RPKI dan capaian JP sementara Triwulan I;",
            "Persiapan pelatihan dan uji sertifikasi kompetensi bendahara Angkatan I;",
            "Jadwal pelatihan pengelolaan BMD;",
            "Pemanfaatan aplikasi SIKOMPAK; dan",
            "Lain-lain.",
        ],
    )
    heading(doc, "Pokok Pembahasan", 2)
    para(doc, "1. RPKI dan capaian JP", bold=True)
    bullets(
        doc,
        [
            "Sampai batas waktu 15 Februari 2026, sebanyak 127 dari 146 pegawai telah mengunggah "
            "RPKI; 19 pegawai belum mengunggah.",
            "Rata-rata capaian JP sementara per 10 Maret 2026 adalah 4,6 JP per pegawai.",
            "Pelatihan Akuntansi Berbasis Akrual Angkatan I sedang berlangsung (9–13 Maret 2026) "
            "dengan 20 peserta.",
        ],
    )
    para(doc, "2. Sertifikasi kompetensi bendahara Angkatan I", bold=True)
    bullets(
        doc,
        [
            "Kepala Bidang Perbendaharaan menyampaikan 16 nama calon peserta; 3 orang di antaranya "
            "belum mengikuti Bimtek Penatausahaan Keuangan Daerah bagi Calon Bendahara sehingga "
            "belum memenuhi syarat.",
            "Ketiga calon tersebut diganti dengan pegawai dari daftar cadangan dan dialihkan ke "
            "Angkatan II setelah mengikuti bimtek.",
        ],
    )
    para(doc, "3. Pelatihan pengelolaan BMD", bold=True)
    bullets(
        doc,
        [
            "Tingkat Dasar diselenggarakan secara mandiri oleh Bidang Pengelolaan BMD pada bulan "
            "Agustus 2026 dalam dua angkatan.",
            "BPSDMD Provinsi Banua Raya belum mengonfirmasi narasumber untuk Tingkat Lanjutan.",
        ],
    )
    para(doc, "4. Aplikasi SIKOMPAK", bold=True)
    bullets(
        doc,
        [
            "Sebanyak 23 pegawai belum pernah login ke SIKOMPAK.",
            "Fitur unggah LAK pada SIKOMPAK aktif mulai 1 April 2026; sebelum tanggal tersebut LAK "
            "dikirim melalui surel Subbagian Umum dan Kepegawaian.",
        ],
    )
    para(doc, "5. Lain-lain", bold=True)
    bullets(
        doc,
        [
            "Komunitas Belajar Kopi Pagi Akrual dibuka untuk pegawai seluruh bidang, tidak hanya "
            "Bidang Akuntansi dan Pelaporan.",
            "Usulan penambahan kuota magang dari 6 menjadi 8 orang belum dapat disetujui karena "
            "keterbatasan anggaran.",
        ],
    )
    heading(doc, "Kesimpulan", 2)
    numbered(
        doc,
        [
            "Perpanjangan terakhir unggah RPKI diberikan sampai 20 Maret 2026.",
            "Peserta sertifikasi bendahara yang belum memenuhi syarat diganti dari daftar cadangan.",
            "Kuota magang Tahun 2026 tetap 6 orang.",
        ],
    )
    heading(doc, "Rencana Tindak Lanjut", 2)
    docx_table(
        doc,
        ["No", "Rencana Tindak Lanjut", "Penanggung Jawab", "Batas Waktu"],
        [[str(i), a, b, c] for i, (a, b, c) in enumerate(NOTULEN_TL, 1)],
        widths=[1, 8, 4.5, 2.8],
    )
    para(doc, "")
    para(doc, "Rapat koordinasi TPKP Triwulan II dijadwalkan pada hari Rabu, 10 Juni 2026.")
    para(doc, "Rapat ditutup pukul 11.30 WITA.")
    para(doc, "")
    docx_table(
        doc,
        ["Pimpinan Rapat", "Notulis"],
        [
            [f"\n\n\n{SEKRETARIS}", f"\n\n\n{ANALIS_SDM}"],
        ],
        widths=[8, 8],
    )
    para(doc, FIKTIF, italic=True, size=8)
    doc.save(path)


# ============================================================================ tugas belajar (DOCX)
def write_tubel(path):
    doc = new_docx("Panduan Pengajuan Tugas Belajar dan Izin Belajar 2026")
    para(
        doc,
        "PANDUAN PENGAJUAN TUGAS BELAJAR DAN IZIN BELAJAR",
        bold=True,
        size=14,
        align="center",
        space_after=0,
    )
    para(
        doc,
        "PEGAWAI BPKAD KABUPATEN SUNGAI RAMPAI TAHUN 2026",
        bold=True,
        size=12,
        align="center",
        space_after=10,
    )
    heading(doc, "1. Pendahuluan", 2)
    para(
        doc,
        "Panduan ini menjelaskan persyaratan, tahapan, dan kewajiban pegawai yang akan "
        "menempuh pendidikan formal melalui tugas belajar maupun izin belajar. Panduan ini "
        "melengkapi BAB VII Pedoman Pengembangan Kompetensi Pegawai BPKAD Tahun 2026.",
        align="justify",
    )
    heading(doc, "2. Perbedaan Tugas Belajar dan Izin Belajar", 2)
    docx_table(
        doc,
        ["Aspek", "Tugas Belajar", "Izin Belajar"],
        [
            [
                "Sumber biaya",
                "APBD (bantuan biaya pendidikan) atau beasiswa pihak lain",
                "Biaya sendiri",
            ],
            [
                "Waktu perkuliahan",
                "Dapat pada jam kerja; pegawai dibebaskan dari tugas jabatan",
                "Di luar jam kerja",
            ],
            [
                "Status jabatan",
                "Diberhentikan dari jabatan apabila tugas belajar lebih dari 6 bulan",
                "Tetap menduduki jabatan",
            ],
            ["Jenjang yang dibuka 2026", "S2", "D-IV, S1, S2, dan S3"],
            ["Masa kerja minimal", "2 tahun sejak diangkat sebagai PNS", "1 tahun"],
            ["Ikatan dinas", "2 kali masa studi ditambah 1 tahun (2n + 1)", "Tidak ada"],
            ["Target JP", "Dibebaskan selama masa tugas belajar", "Tetap wajib memenuhi target JP"],
            [
                "Penetapan",
                "Keputusan Bupati atas usul Kepala BPKAD",
                "Surat izin Kepala BKPSDM atas rekomendasi Kepala BPKAD",
            ],
        ],
        widths=[4, 6, 6],
        label_col=True,
    )
    heading(doc, "3. Kuota dan Program Studi Prioritas Tahun 2026", 2)
    docx_table(
        doc,
        ["Program Studi", "Jenjang", "Kuota", "Perguruan Tinggi Mitra"],
        [
            ["Magister Akuntansi", "S2", "1 orang", "Universitas Banua Raya"],
            ["Magister Manajemen Aset", "S2", "1 orang", "Institut Teknologi dan Bisnis Rampai"],
        ],
        widths=[5, 2, 2, 7],
    )
    para(doc, "")
    para(
        doc,
        "Penerima tugas belajar memperoleh bantuan biaya pendidikan paling banyak "
        "Rp12.000.000 per orang per tahun yang dibayarkan dua kali, yaitu Rp6.000.000 "
        "setiap awal semester. Bantuan Tahun 2026 dianggarkan untuk 4 orang, terdiri atas "
        "2 penerima baru dan 2 penerima lanjutan.",
        align="justify",
    )
    heading(doc, "4. Persyaratan Tugas Belajar", 2)
    numbered(
        doc,
        [
            "PNS dengan masa kerja paling singkat 2 tahun sejak diangkat sebagai PNS;",
            "berusia paling tinggi 37 tahun pada saat pendaftaran untuk program magister;",
            "penilaian kinerja 2 tahun terakhir paling rendah bernilai Baik;",
            "tidak sedang menjalani hukuman disiplin;",
            "tidak termasuk pegawai yang tidak mencapai target JP dua tahun berturut-turut;",
            "diterima pada program studi yang terakreditasi paling rendah Baik Sekali; dan",
            "menandatangani surat pernyataan bersedia menjalani ikatan dinas.",
        ],
    )
    heading(doc, "5. Persyaratan Izin Belajar", 2)
    numbered(
        doc,
        [
            "masa kerja paling singkat 1 tahun;",
            "perkuliahan dilaksanakan di luar jam kerja;",
            "program studi relevan dengan jabatan atau kebutuhan organisasi;",
            "program studi terakreditasi paling rendah Baik Sekali; dan",
            "bukan kelas jauh atau kelas yang tidak memiliki izin penyelenggaraan.",
        ],
    )
    heading(doc, "6. Tahapan Tugas Belajar Tahun 2026", 2)
    docx_table(
        doc,
        ["Tahap", "Waktu"],
        [
            ["Pengumuman formasi tugas belajar", "2 Maret 2026"],
            ["Pengajuan berkas ke Subbagian Umum dan Kepegawaian", "2 Maret – 30 April 2026"],
            ["Seleksi administrasi dan wawancara", "11–22 Mei 2026"],
            ["Penetapan usulan oleh Kepala BPKAD", "5 Juni 2026"],
            ["Penyampaian usulan ke BKPSDM", "Paling lambat 19 Juni 2026"],
            ["Perkuliahan dimulai", "Semester Ganjil 2026/2027 (September 2026)"],
        ],
        widths=[9, 7],
        label_col=True,
    )
    heading(doc, "7. Tahapan Pengajuan Izin Belajar", 2)
    numbered(
        doc,
        [
            "Pegawai mengisi formulir permohonan izin belajar pada SIKOMPAK.",
            "Pegawai melampirkan surat penerimaan dari perguruan tinggi, jadwal perkuliahan, dan "
            "bukti akreditasi program studi.",
            "Atasan langsung memberikan rekomendasi.",
            "Subbagian Umum dan Kepegawaian memverifikasi berkas dan menyampaikannya ke BKPSDM.",
        ],
    )
    para(
        doc,
        "Permohonan izin belajar diajukan paling lambat 30 hari kalender sebelum "
        "perkuliahan dimulai dan diproses paling lama 14 hari kerja sejak berkas "
        "dinyatakan lengkap.",
        align="justify",
    )
    heading(doc, "8. Kewajiban Penerima Tugas Belajar", 2)
    bullets(
        doc,
        [
            "menyampaikan laporan kemajuan studi setiap akhir semester dengan IPK paling rendah 3,00;",
            "menyelesaikan program magister paling lama 4 semester, dengan perpanjangan paling "
            "lama 1 semester;",
            "melapor kembali ke BPKAD paling lambat 15 hari kerja setelah dinyatakan lulus; dan",
            "mengembalikan seluruh bantuan biaya pendidikan apabila tidak menyelesaikan studi tanpa "
            "alasan yang sah.",
        ],
    )
    heading(doc, "9. Narahubung", 2)
    bullets(
        doc,
        [
            f"{KASUBBAG_UMPEG}, Kepala Subbagian Umum dan Kepegawaian – ekstensi 214",
            f"{ANALIS_SDM}, Analis SDM Aparatur Ahli Pertama – ekstensi 215",
        ],
    )
    para(doc, FIKTIF, italic=True, size=8)
    doc.save(path)


# ============================================================================ XLSX
def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Rekap Kuota dan Capaian JP Pegawai BPKAD 2026",
            "author": f"{BADAN} Kabupaten Sungai Rampai",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13})
    ital = wb.add_format({"italic": True, "font_color": "#555555"})
    hdr = wb.add_format(
        {"bold": True, "bg_color": "#D9E2F3", "border": 1, "text_wrap": True, "valign": "top"}
    )
    cell = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "align": "center"})
    tot = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    totn = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "align": "center"})

    # ---- sheet 1: quota
    ws = wb.add_worksheet("Kuota per Bidang")
    ws.write(0, 0, "Kuota Peserta Pelatihan per Bidang Tahun 2026", title)
    ws.write(1, 0, "BPKAD Kabupaten Sungai Rampai – ditetapkan TPKP pada 6 Maret 2026", ital)
    head = ["No", "Bidang", "Jumlah Pegawai"] + [p for p, _q in PELATIHAN_KUOTA] + ["Total Kuota"]
    for c, h in enumerate(head):
        ws.write(3, c, h, hdr)
    ncol = len(PELATIHAN_KUOTA)
    for b in range(5):
        r = 4 + b
        ws.write_number(r, 0, b + 1, num)
        ws.write(r, 1, BIDANG[b], cell)
        ws.write_number(r, 2, PEGAWAI[b], num)
        for j, (_p, q) in enumerate(PELATIHAN_KUOTA):
            ws.write_number(r, 3 + j, q[b], num)
        a = xlsxwriter.utility.xl_rowcol_to_cell(r, 3)
        z = xlsxwriter.utility.xl_rowcol_to_cell(r, 2 + ncol)
        ws.write_formula(r, 3 + ncol, f"=SUM({a}:{z})", num, sum(q[b] for _p, q in PELATIHAN_KUOTA))
    r = 9
    ws.write(r, 0, "", tot)
    ws.write(r, 1, "TOTAL", tot)
    ws.write_formula(r, 2, "=SUM(C5:C9)", totn, sum(PEGAWAI))
    for j, (_p, q) in enumerate(PELATIHAN_KUOTA):
        col = xlsxwriter.utility.xl_col_to_name(3 + j)
        ws.write_formula(r, 3 + j, f"=SUM({col}5:{col}9)", totn, sum(q))
    col = xlsxwriter.utility.xl_col_to_name(3 + ncol)
    ws.write_formula(
        r, 3 + ncol, f"=SUM({col}5:{col}9)", totn, sum(sum(q) for _p, q in PELATIHAN_KUOTA)
    )
    ws.write(
        11,
        0,
        "Kuota Sertifikasi Kompetensi Bendahara mengikuti diktum KETIGA Keputusan "
        f"Kepala BPKAD Nomor {KEP_NO}.",
        ital,
    )
    ws.write(
        12,
        0,
        "Kuota yang tidak terisi sampai batas pendaftaran dapat dialihkan ke bidang "
        "lain oleh TPKP.",
        ital,
    )
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 38)
    ws.set_column(2, 3 + ncol, 14)

    # ---- sheet 2: JP recap
    ws = wb.add_worksheet("Rekap JP Pegawai")
    ws.write(0, 0, "Rekap Capaian JP Pegawai s.d. Triwulan III Tahun 2026", title)
    ws.write(
        1,
        0,
        "Posisi data SIKOMPAK 30 September 2026; NIP disamarkan. Target: PNS "
        f"{JP_PNS} JP, PPPK {JP_PPPK} JP per tahun.",
        ital,
    )
    head = [
        "No",
        "NIP",
        "Nama",
        "Bidang",
        "Status",
        "Target JP",
        "JP Triwulan I",
        "JP Triwulan II",
        "JP Triwulan III",
        "Total JP",
        "Selisih terhadap Target",
        "Keterangan",
    ]
    for c, h in enumerate(head):
        ws.write(3, c, h, hdr)
    ppl = roster()
    for i, p in enumerate(ppl):
        r = 4 + i
        ws.write_number(r, 0, p["no"], num)
        ws.write_string(r, 1, p["nip"], cell)
        ws.write(r, 2, p["nama"], cell)
        ws.write(r, 3, BIDANG[p["bidang"]], cell)
        ws.write(r, 4, p["status"], num)
        ws.write_number(r, 5, p["target"], num)
        for k in range(3):
            ws.write_number(r, 6 + k, p["tw"][k], num)
        ws.write_formula(r, 9, f"=SUM(G{r + 1}:I{r + 1})", num, p["total"])
        ws.write_formula(r, 10, f"=J{r + 1}-F{r + 1}", num, p["selisih"])
        ws.write(r, 11, p["ket"], cell)
    r = 4 + len(ppl)
    last = r
    ws.write(r, 0, "", tot)
    ws.write(r, 1, "", tot)
    ws.write(r, 2, "JUMLAH", tot)
    for c in (3, 4, 5, 10, 11):
        ws.write(r, c, "", tot)
    for k in range(4):
        col = "GHIJ"[k]
        val = sum(p["total"] for p in ppl) if k == 3 else sum(p["tw"][k] for p in ppl)
        ws.write_formula(r, 6 + k, f"=SUM({col}5:{col}{last})", totn, val)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 21)
    ws.set_column(2, 2, 36)
    ws.set_column(3, 3, 36)
    ws.set_column(4, 10, 11)
    ws.set_column(11, 11, 36)
    ws.freeze_panes(4, 3)

    # ---- sheet 3: summary per bidang
    ws = wb.add_worksheet("Ringkasan per Bidang")
    ws.write(0, 0, "Ringkasan Capaian JP per Bidang s.d. Triwulan III Tahun 2026", title)
    head = [
        "Bidang",
        "Jumlah Pegawai",
        "PNS",
        "PPPK",
        "Total JP",
        "Rata-rata JP per Pegawai",
        "Pegawai Mencapai Target",
        "Persentase Mencapai Target",
    ]
    for c, h in enumerate(head):
        ws.write(2, c, h, hdr)
    rows = ringkasan()
    for i, row in enumerate(rows):
        r = 3 + i
        for c, v in enumerate(row):
            if isinstance(v, (int, float)):
                ws.write_number(r, c, v, num)
            else:
                ws.write(r, c, v, cell if c == 0 else num)
    r = 3 + len(rows)
    n = sum(x[1] for x in rows)
    tj = sum(x[4] for x in rows)
    ok = sum(x[6] for x in rows)
    for c, v in enumerate(
        [
            "SELURUH BPKAD",
            n,
            sum(x[2] for x in rows),
            sum(x[3] for x in rows),
            tj,
            round(tj / n, 1),
            ok,
            pct1(ok, n),
        ]
    ):
        if isinstance(v, (int, float)):
            ws.write_number(r, c, v, totn)
        else:
            ws.write(r, c, v, tot)
    ws.set_column(0, 0, 40)
    ws.set_column(1, 7, 16)

    # ---- sheet 4: notes
    ws = wb.add_worksheet("Catatan")
    notes = [
        "Catatan Pengisian",
        "1. Data JP diambil dari SIKOMPAK; JP pelatihan klasikal dicatat setelah LAK diverifikasi "
        "atasan langsung.",
        "2. Kolom Total JP dan Selisih terhadap Target dihitung otomatis dengan rumus.",
        "3. Pegawai tugas belajar dibebaskan dari target JP dan tidak dihitung sebagai belum "
        "tercapai.",
        "4. NIP disamarkan untuk melindungi data pribadi.",
        f"5. Pengolah data: {ANALIS_SDM}, ekstensi 215.",
        FIKTIF,
    ]
    for i, t in enumerate(notes):
        ws.write(i, 0, t, title if i == 0 else None)
    ws.set_column(0, 0, 100)
    wb.close()


# ============================================================================ CSV
def anggaran_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "No",
            "Kode Rekening",
            "Uraian Kegiatan",
            "Bidang Pelaksana",
            "Pagu (Rp)",
            "Realisasi s.d. 30 Juni 2026 (Rp)",
            "Persentase Realisasi (%)",
            "Sisa Pagu (Rp)",
            "Keterangan",
        ]
    )
    for i, (kode, ur, bid, pagu, real, ket) in enumerate(anggaran_rows(), 1):
        w.writerow(
            [
                i,
                kode,
                ur,
                bid,
                ribuan(pagu),
                ribuan(real),
                pct2(real, pagu),
                ribuan(pagu - real),
                ket,
            ]
        )
    tp, tr = anggaran_total()
    w.writerow(
        [
            "",
            "",
            "JUMLAH",
            "",
            ribuan(tp),
            ribuan(tr),
            pct2(tr, tp),
            ribuan(tp - tr),
            "Sumber: DPA BPKAD TA 2026, diolah Subbagian Perencanaan dan Keuangan",
        ]
    )
    w.writerow(["", "", FIKTIF, "", "", "", "", "", ""])
    return buf.getvalue()


def peserta_csv():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(
        [
            "No",
            "Nama Peserta",
            "NIP",
            "Jabatan",
            "Unit Kerja",
            "Angkatan",
            "Tanggal Pelaksanaan",
            "Nilai Post-test",
            "Status",
            "Keterangan",
        ]
    )
    for i, r in enumerate(peserta_sipd(), 1):
        p = r["p"]
        w.writerow(
            [
                i,
                p["nama"],
                p["nip"],
                p["jabatan"],
                BIDANG[p["bidang"]],
                r["ang"],
                r["tgl"],
                r["nilai"],
                r["status"],
                r["ket"],
            ]
        )
    w.writerow(
        [
            "",
            "Catatan: Pelatihan SIPD Modul Penatausahaan Keuangan, 24 JP; nilai batas "
            "lulus post-test 70,0; " + FIKTIF,
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
    return buf.getvalue()


# ============================================================================ HTML
SITE_HEAD = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – BPKAD Kabupaten Sungai Rampai</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
header {{ background: #14466e; color: #fff; padding: 12px 24px; }}
nav a {{ color: #fff; margin-right: 14px; text-decoration: none; }}
main {{ display: flex; gap: 24px; padding: 16px 24px; }}
article {{ flex: 3; }}
aside {{ flex: 1; background: #f3f6fa; padding: 12px; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #999; padding: 4px 8px; vertical-align: top; }}
dt {{ font-weight: bold; margin-top: 6px; }}
footer {{ background: #eee; padding: 12px 24px; font-size: 13px; }}
</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<header>
<div class="brand">Pemerintah Kabupaten Sungai Rampai · <strong>BPKAD</strong></div>
<nav>
<a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/layanan">Layanan</a>
<a href="/ppid">Informasi Publik</a> <a href="/pengumuman">Pengumuman</a> <a href="/kontak">Kontak</a>
</nav>
</header>
<div class="breadcrumb"><a href="/">Beranda</a> › <a href="{crumb_href}">{crumb}</a> › {title_short}</div>
<main>
"""

SITE_FOOT = """</main>
<footer>
<p>Badan Pengelola Keuangan dan Aset Daerah Kabupaten Sungai Rampai<br>
Jalan Datu Rampai Nomor 17, Kompleks Perkantoran Bukit Selasih, Bandar Rampai 71815</p>
<p>Ikuti kami: <a href="#">Instagram</a> · <a href="#">YouTube</a> · <a href="#">Facebook</a></p>
<p>© 2026 BPKAD Kabupaten Sungai Rampai. Dokumen fiktif, untuk evaluasi.</p>
</footer>
</body>
</html>
"""


def pengumuman_html():
    head = SITE_HEAD.format(
        title="Pendaftaran Pelatihan Pengelolaan BMD Tingkat Dasar 2026",
        crumb="Pengumuman",
        crumb_href="/pengumuman",
        title_short="Pelatihan BMD Tingkat Dasar 2026",
    )
    body = f"""<article>
<h1>Pengumuman Pendaftaran Pelatihan Pengelolaan Barang Milik Daerah Tingkat Dasar Tahun 2026</h1>
<p class="meta">Nomor: 800.1.3/241/BPKAD/2026 · Diterbitkan 6 Juli 2026 · Bidang Pengelolaan Barang Milik Daerah</p>
<p>Dalam rangka meningkatkan tertib administrasi barang milik daerah, BPKAD Kabupaten Sungai Rampai
membuka pendaftaran Pelatihan Pengelolaan Barang Milik Daerah Tingkat Dasar bagi pegawai di lingkungan
BPKAD. Pelatihan berbobot 40 JP, diselenggarakan secara tatap muka, dan tidak dipungut biaya.</p>

<h2>Jadwal dan Kuota</h2>
<table>
<thead><tr><th>Angkatan</th><th>Tanggal</th><th>Tempat</th><th>Kuota</th><th>Prioritas Peserta</th></tr></thead>
<tbody>
<tr><td>I</td><td>10–14 Agustus 2026</td><td>Aula Bukit Selasih, Lantai 3 Gedung BPKAD</td><td>20 orang</td><td>Pengurus barang yang belum bersertifikat</td></tr>
<tr><td>II</td><td>24–28 Agustus 2026</td><td>Ruang Serbaguna, Lantai 1 Gedung BPKAD</td><td>20 orang</td><td>Pengurus barang pembantu dan calon pengurus barang</td></tr>
</tbody>
</table>
<p>Pelatihan dimulai setiap hari pukul 08.00 WITA dan berakhir pukul 16.00 WITA.</p>

<h2>Persyaratan Peserta</h2>
<ol>
<li>PNS atau PPPK di lingkungan BPKAD Kabupaten Sungai Rampai;</li>
<li>ditugaskan atau akan ditugaskan sebagai pengurus barang atau pengurus barang pembantu;</li>
<li>belum pernah mengikuti pelatihan pengelolaan BMD tingkat dasar dalam 3 tahun terakhir; dan</li>
<li>mendapat persetujuan kepala bidang.</li>
</ol>

<h2>Tata Cara Pendaftaran</h2>
<ol>
<li>Mendaftar melalui SIKOMPAK menu <em>Pendaftaran Pelatihan</em> pada 6–17 Juli 2026.</li>
<li>Mengunggah surat persetujuan kepala bidang dalam format PDF paling besar 2 MB.</li>
<li>Daftar peserta terpilih diumumkan pada 24 Juli 2026 melalui SIKOMPAK dan grup WhatsApp pegawai.</li>
<li>Peserta terpilih wajib mengonfirmasi kehadiran paling lambat 31 Juli 2026; kursi yang tidak dikonfirmasi dialihkan ke daftar cadangan.</li>
</ol>

<h2>Istilah yang Perlu Diketahui</h2>
<dl>
<dt>Pengurus Barang Pembantu</dt>
<dd>Pegawai yang membantu pengurus barang dalam menyiapkan administrasi dan mencatat barang milik daerah pada unit kerja.</dd>
<dt>Kartu Inventaris Barang (KIB)</dt>
<dd>Kartu pencatatan barang milik daerah menurut golongan, terdiri atas KIB A (tanah), KIB B (peralatan dan mesin), KIB C (gedung dan bangunan), KIB D (jalan, irigasi, dan jaringan), KIB E (aset tetap lainnya), dan KIB F (konstruksi dalam pengerjaan).</dd>
<dt>Stock opname</dt>
<dd>Pemeriksaan fisik persediaan yang dilakukan setiap akhir semester untuk mencocokkan catatan dengan kondisi sebenarnya.</dd>
<dt>Kodefikasi barang</dt>
<dd>Pemberian kode register pada setiap barang agar dapat ditelusuri dalam aplikasi SIMBADA.</dd>
</dl>

<h2>Perlengkapan yang Dibawa</h2>
<ul>
<li>laptop dengan akses ke aplikasi SIMBADA;</li>
<li>salinan KIB unit kerja masing-masing; dan</li>
<li>alat tulis.</li>
</ul>
<p>Peserta yang telah menyelesaikan pelatihan wajib mengunggah Laporan Aktualisasi Kompetensi ke SIKOMPAK
paling lambat 14 hari kerja setelah pelatihan berakhir.</p>
<p><strong>Narahubung:</strong> {PIC_BMD}, Penata Kelola Barang Milik Daerah Ahli Muda, ekstensi 245,
WhatsApp 0813-4721-0936.</p>
<p>Bandar Rampai, 6 Juli 2026<br>Kepala Bidang Pengelolaan Barang Milik Daerah,<br>{KABID_BMD}</p>
</article>
<aside>
<h3>Pengumuman Lainnya</h3>
<ul>
<li><a href="#">Jadwal Pelatihan Akuntansi Berbasis Akrual Angkatan III</a></li>
<li><a href="#">Layanan Konsultasi dan Helpdesk Pengembangan Kompetensi</a></li>
<li><a href="#">Hasil Seleksi Administrasi Tugas Belajar 2026</a></li>
</ul>
<h3>Tautan</h3>
<ul><li><a href="#">SIKOMPAK</a></li><li><a href="#">SIPD</a></li><li><a href="#">PPID</a></li></ul>
</aside>
"""
    return head + body + SITE_FOOT


def layanan_html():
    head = SITE_HEAD.format(
        title="Layanan Konsultasi dan Helpdesk Pengembangan Kompetensi",
        crumb="Layanan",
        crumb_href="/layanan",
        title_short="Konsultasi Pengembangan Kompetensi",
    )
    rows = [
        (
            "Koordinasi umum Program CAKAP dan penetapan peserta",
            KASUBBAG_UMPEG,
            "Kepala Subbagian Umum dan Kepegawaian",
            "214",
            "Lantai 2",
        ),
        (
            "RPKI, rekap JP, dan verifikasi sertifikat",
            ANALIS_SDM,
            "Analis SDM Aparatur Ahli Pertama",
            "215",
            "Lantai 2",
        ),
        (
            "Akun, kata sandi, dan kendala teknis SIKOMPAK",
            HELPDESK,
            "Pranata Komputer Terampil",
            "219",
            "Ruang Server, Lantai 1",
        ),
        (
            "Sertifikasi kompetensi bendahara",
            PIC_BEND,
            "Analis Keuangan Pusat dan Daerah Ahli Muda",
            "231",
            "Lantai 2",
        ),
        (
            "Pelatihan pengelolaan BMD",
            PIC_BMD,
            "Penata Kelola Barang Milik Daerah Ahli Muda",
            "245",
            "Lantai 1",
        ),
        (
            "Pelatihan akrual dan Kopi Pagi Akrual",
            PIC_AKRUAL,
            "Analis Keuangan Pusat dan Daerah Ahli Pertama",
            "238",
            "Lantai 3",
        ),
        ("Pelatihan SIPD", PIC_SIPD, "Pranata Komputer Ahli Muda", "226", "Lantai 2"),
        (
            "Coaching dan mentoring",
            COACH_KOOR,
            "Analis Keuangan Pusat dan Daerah Ahli Madya",
            "236",
            "Lantai 3",
        ),
        (
            "Penggantian biaya pelatihan mandiri",
            KASUBBAG_PK,
            "Kepala Subbagian Perencanaan dan Keuangan",
            "212",
            "Lantai 2",
        ),
    ]
    trs = "\n".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>"
        for a, b, c, d, e in rows
    )
    body = f"""<article>
<h1>Layanan Konsultasi dan Helpdesk Pengembangan Kompetensi</h1>
<p>Halaman ini memuat jam layanan, petugas, dan kanal konsultasi untuk seluruh urusan pengembangan
kompetensi pegawai BPKAD Kabupaten Sungai Rampai (Program CAKAP). Sebelum menghubungi petugas, silakan
membaca Tanya Jawab Pengembangan Kompetensi terlebih dahulu.</p>

<h2>Jam Layanan</h2>
<table>
<thead><tr><th>Hari</th><th>Jam Layanan</th></tr></thead>
<tbody>
<tr><td>Senin–Kamis</td><td>08.00–15.30 WITA (istirahat 12.00–13.00 WITA)</td></tr>
<tr><td>Jumat</td><td>08.00–11.00 WITA</td></tr>
<tr><td>Sabtu, Minggu, dan hari libur</td><td>Tutup; tiket SIKOMPAK tetap dapat dikirim</td></tr>
</tbody>
</table>

<h2>Petugas Layanan per Topik</h2>
<table>
<thead><tr><th>Topik</th><th>Petugas</th><th>Jabatan</th><th>Ekstensi</th><th>Ruang</th></tr></thead>
<tbody>
{trs}
</tbody>
</table>

<h2>Kanal Layanan</h2>
<dl>
<dt>Tiket SIKOMPAK</dt>
<dd>Menu <em>Bantuan</em> pada SIKOMPAK. Tiket dijawab paling lama 2 hari kerja.</dd>
<dt>WhatsApp Helpdesk</dt>
<dd>0811-5400-2217, hanya pesan teks; tidak melayani panggilan suara.</dd>
<dt>Surel</dt>
<dd>{EMAIL}, dijawab paling lama 3 hari kerja.</dd>
<dt>Konsultasi tatap muka</dt>
<dd>Ruang Subbagian Umum dan Kepegawaian, Lantai 2, dengan janji temu paling lambat 1 hari kerja sebelumnya.</dd>
</dl>

<h2>Lupa Kata Sandi SIKOMPAK?</h2>
<p>Gunakan menu <em>Lupa Kata Sandi</em> pada halaman masuk SIKOMPAK. Tautan atur ulang dikirim ke surel
dinas dan berlaku 30 menit. Apabila surel dinas tidak aktif, hubungi {HELPDESK} melalui ekstensi 219
dengan menyebutkan NIP.</p>

<h2>Sebelum Menghubungi Kami</h2>
<ul>
<li>siapkan NIP dan nama pelatihan yang ditanyakan;</li>
<li>lampirkan tangkapan layar apabila terjadi galat pada SIKOMPAK; dan</li>
<li>untuk pertanyaan penggantian biaya, siapkan kuitansi dan sertifikat.</li>
</ul>
<p class="updated">Diperbarui 1 Juli 2026.</p>
</article>
<aside>
<h3>Tautan Cepat</h3>
<ul><li><a href="#">Masuk SIKOMPAK</a></li><li><a href="#">Tanya Jawab</a></li><li><a href="#">Unduh Pedoman</a></li></ul>
</aside>
"""
    return head + body + SITE_FOOT


# ============================================================================ Markdown
FAQ_MD = f"""# Tanya Jawab Pengembangan Kompetensi Pegawai BPKAD Kabupaten Sungai Rampai

Dihimpun oleh Subbagian Umum dan Kepegawaian dari pertanyaan pegawai pada sosialisasi Program CAKAP,
Januari–Juni 2026. Jawaban mengacu pada Pedoman Pengembangan Kompetensi Pegawai Tahun 2026 dan
Keputusan Kepala BPKAD Nomor {KEP_NO}.

> {FIKTIF}

## A. Target dan Pencatatan JP

### Apakah PPPK juga wajib memenuhi target JP?

Ya. Mulai Tahun 2026 PPPK wajib memenuhi paling sedikit {JP_PPPK} JP per tahun, sedangkan PNS
{JP_PNS} JP per tahun.

### Apakah webinar gratis bisa dihitung sebagai JP?

Bisa, asalkan sertifikat mencantumkan durasi atau jumlah JP. Namun pengakuan JP dari seminar dan
webinar dibatasi paling banyak 6 JP per tahun.

### Apakah kelebihan JP tahun ini bisa dipakai untuk tahun depan?

Tidak. Kelebihan JP tidak dapat dialihkan ke tahun berikutnya; capaian dihitung ulang mulai
1 Januari setiap tahun.

### Bagaimana jika sertifikat tidak mencantumkan jumlah JP?

JP dihitung dari durasi efektif kegiatan dengan ketentuan 1 JP = 45 menit. Contohnya, kegiatan
efektif 3 jam diakui 4 JP.

### Apakah pegawai yang sedang tugas belajar tetap harus mengejar target JP?

Tidak. Pegawai tugas belajar dibebaskan dari kewajiban target JP selama masa tugas belajar.
Pegawai dengan izin belajar tetap wajib memenuhi target JP.

### Kapan JP pelatihan klasikal saya tercatat di SIKOMPAK?

Setelah LAK Anda diverifikasi oleh atasan langsung. Selama LAK belum diverifikasi, status JP
tampil sebagai *Menunggu Verifikasi*.

## B. Pelatihan dan Pendaftaran

### Apakah boleh mendaftar dua pelatihan klasikal pada bulan yang sama?

Boleh, selama jadwalnya tidak bertabrakan dan disetujui atasan langsung. Namun TPKP
mendahulukan pegawai yang belum pernah mengikuti pelatihan pada tahun berjalan.

### Apakah Komunitas Belajar Kopi Pagi Akrual hanya untuk pegawai Bidang Akuntansi?

Tidak. Sejak rapat koordinasi TPKP Maret 2026, Kopi Pagi Akrual terbuka untuk pegawai seluruh
bidang. Setiap kehadiran diakui 1 JP.

### Bagaimana cara ikut Coaching Clinic?

Daftar melalui SIKOMPAK menu *Coaching*, pilih topik, lalu tunggu penetapan pasangan coach dan
coachee oleh koordinator coach. Satu coach mendampingi paling banyak 5 coachee.

### Kalau gagal uji sertifikasi bendahara, apakah ujian ulangnya dibiayai kantor?

Tidak. Uji ulang hanya diberikan satu kali paling lambat 6 bulan setelah uji pertama, dan
biayanya ditanggung pribadi peserta.

## C. Biaya

### Apakah boleh ikut pelatihan berbayar dengan biaya sendiri lalu minta penggantian?

Boleh. Penggantian paling banyak {rp(GANTI_MAKS)} per pegawai per tahun, dengan ketentuan:

1. Dokumen yang dilampirkan:
   - kuitansi pembayaran atas nama pegawai;
   - sertifikat pelatihan; dan
   - LAK yang sudah diverifikasi atasan langsung.
2. Persetujuan yang diperlukan:
   - persetujuan tertulis atasan langsung **sebelum** pelatihan; dan
   - pelatihan tercantum dalam RPKI.
3. Waktu pengajuan:
   - paling lambat 30 hari kalender setelah pelatihan berakhir;
   - dibayarkan per triwulan setelah dinilai TPKP.

### Apakah biaya tiket pesawat dan hotel ikut diganti?

Tidak. Penggantian hanya untuk biaya pelatihan (kontribusi atau biaya pendaftaran), tidak termasuk
biaya perjalanan, uang harian, dan akomodasi.

### Apa akibatnya kalau mundur dari pelatihan yang sudah dibayar kantor?

Pegawai yang mengundurkan diri tanpa alasan yang sah wajib mengembalikan biaya pelatihan yang
telah dibayarkan BPKAD. Sakit dengan surat keterangan dokter termasuk alasan yang sah.

## D. Laporan Aktualisasi

### Berapa lama batas unggah LAK?

Paling lambat {LAK_HARI} setelah pelatihan berakhir. Ketentuan lama (30 hari kalender) tidak
berlaku lagi sejak 1 Januari 2026.

### Siapa yang menilai LAK?

Atasan langsung, paling lambat 5 hari kerja setelah LAK diunggah. Keberatan atas nilai LAK dapat
diajukan kepada TPKP.

---
Pertanyaan lain dapat disampaikan melalui helpdesk WhatsApp 0811-5400-2217 (pesan teks) atau
ekstensi 215.
"""

LAK_MD = f"""# Panduan Penyusunan Laporan Aktualisasi Kompetensi (LAK)

**BPKAD Kabupaten Sungai Rampai – Program CAKAP 2026**
Versi 1.1, diperbarui 1 April 2026 (bersamaan dengan aktifnya fitur unggah LAK pada SIKOMPAK).

_{FIKTIF}_

## 1. Siapa yang wajib menyusun LAK

- peserta pelatihan klasikal berdurasi **16 JP atau lebih**;
- peserta magang; dan
- pegawai yang mengajukan penggantian biaya pelatihan mandiri.

Peserta e-learning, webinar, Kopi Pagi Akrual, dan coaching tidak wajib menyusun LAK.

## 2. Batas waktu

| Tahap | Batas waktu |
|---|---|
| Unggah LAK ke SIKOMPAK | paling lambat {LAK_HARI} setelah pelatihan berakhir |
| Verifikasi dan penilaian oleh atasan langsung | paling lambat 5 hari kerja setelah LAK diunggah |
| Revisi LAK berpredikat Kurang | paling lambat 7 hari kerja setelah dikembalikan |
| Evaluasi pascapelatihan oleh atasan | 3 bulan setelah pelatihan |

Apabila batas unggah terlewati, SIKOMPAK mengunci formulir dan pegawai harus meminta pembukaan
akses kepada Analis SDM Aparatur dengan persetujuan atasan langsung.

## 3. Sistematika LAK

LAK disusun 3 sampai 5 halaman, huruf Arial 11, spasi 1,15, dengan sistematika:

1. Identitas
   - nama, NIP, jabatan, dan bidang;
   - nama pelatihan, penyelenggara, tanggal, dan jumlah JP.
2. Ringkasan materi
   - paling banyak 1 halaman;
   - sebutkan 3 konsep utama yang paling relevan dengan tugas.
3. Rencana penerapan
   - masalah di unit kerja yang akan diselesaikan;
   - langkah penerapan beserta jadwalnya.
4. Bukti penerapan
   - dokumen kerja, tangkapan layar aplikasi, atau hasil kerja lain;
   - bukti dilampirkan paling banyak 5 berkas, masing-masing paling besar 2 MB.
5. Kendala dan tindak lanjut

## 4. Rubrik penilaian

| Aspek | Bobot |
|---|---|
| Relevansi materi dengan tugas jabatan | 25% |
| Kualitas rencana penerapan | 30% |
| Bukti penerapan | 30% |
| Sistematika dan kejelasan penulisan | 15% |

Predikat: Sangat Baik (85–100), Baik (70–84), Cukup (55–69), Kurang (di bawah 55). LAK
berpredikat **Sangat Baik** dapat diusulkan sebagai praktik baik pada forum Kopi Pagi Akrual.

## 5. Contoh judul LAK

- "Penerapan Rekonsiliasi Bank Harian pada Bendahara Pengeluaran Bidang Perbendaharaan"
- "Pemutakhiran KIB B Peralatan dan Mesin melalui Kodefikasi Ulang di SIMBADA"
- "Penyusunan Jurnal Penyesuaian Beban Dibayar di Muka sesuai Pelatihan Akrual"

## 6. Bantuan

Pertanyaan tentang LAK: {ANALIS_SDM} (ekstensi 215). Kendala unggah: {HELPDESK} (ekstensi 219).
"""


# ============================================================================ TXT
WA_TXT = """02/07/26 07.45 - Dewi Admin Bangkom: 📢 *INFO BANGKOM BPKAD* 📢
Selamat pagi Bapak/Ibu rekan2 BPKAD 🙏
Mau info bbrp hal ya:

1️⃣ *E-learning Mandiri SIPD Penatausahaan* (12 JP) sdh dibuka di LMS Akademi Keuangan Daerah 💻
Pendaftaran s.d. *Jumat 17 Juli 2026* yaa, kuota 50 akun aja. Materi bisa diakses sampai 31 Agustus 2026.
Link daftar ada di SIKOMPAK menu Pengumuman.
02/07/26 07.46 - Dewi Admin Bangkom: 2️⃣ Rekap JP *Triwulan II* ditutup tgl 5 Juli 2026 jam 23.59 WITA ⏰ Yg blm upload sertifikat Apr–Jun tolong segera diupload ke SIKOMPAK ya, lewat tgl itu masuk ke Triwulan III 🙏
02/07/26 07.48 - Dewi Admin Bangkom: 3️⃣ ☕ *Kopi Pagi Akrual* bulan Juli:
• Kamis 9 Juli: "Jurnal Penyesuaian Akhir Semester" – narsum Bu Ayu (Bid. Akuntansi)
• Kamis 23 Juli: "Rekonsiliasi Aset Tetap dgn SIMBADA" – narsum Pak Yohanes (Bid. BMD)
Jam 07.30–08.30 WITA di R. Rapat Lt. 3. Diakui 1 JP per pertemuan, jgn lupa isi daftar hadir QR ya 📲
02/07/26 07.50 - Dewi Admin Bangkom: 4️⃣ Pengingat buat peserta Akrual Angkatan II & SIPD: LAK wajib diupload max *14 hari kerja* stlh pelatihan selesai ‼️ Yg lewat batas, form di SIKOMPAK kekunci & hrs minta dibuka lwt sy dgn persetujuan atasan 🙏
02/07/26 08.02 - Pak Rudi Anggaran: Bu Dewi, e-learning SIPD itu boleh dikerjain pas jam kantor ga?
02/07/26 08.05 - Dewi Admin Bangkom: Boleh Pak, asal sdh acc atasan langsung & max 4 jam per hari kerja 👍
02/07/26 08.07 - Bu Sinta Perbend: Kalo sertifikat e-learning nya udah keluar, brp hari max uploadnya bu?
02/07/26 08.09 - Dewi Admin Bangkom: Max 3 hari kerja stlh sertifikat terbit ya Bu 🙏
02/07/26 08.15 - Pak Yohanes BMD: Sekalian info: pendaftaran Pelatihan BMD Tingkat Dasar dibuka 6–17 Juli via SIKOMPAK, kuota 2 angkatan @20 org. Pengumuman lengkap nyusul di web 🙏
02/07/26 08.20 - Dewi Admin Bangkom: Mksh Pak Yohanes 🙏 Kalo ada kendala login SIKOMPAK japri Mas Bayu ya (ext. 219) 🔧
02/07/26 08.21 - Dewi Admin Bangkom: Dokumen fiktif, untuk evaluasi.
"""

SE_TXT = f"""PEMERINTAH KABUPATEN SUNGAI RAMPAI
BADAN PENGELOLA KEUANGAN DAN ASET DAERAH
{ALAMAT}
Telepon {TELP}

                                   Bandar Rampai, 2 Maret 2026

Yth. Seluruh Pegawai BPKAD Kabupaten Sungai Rampai
di -
    Tempat

SURAT EDARAN
NOMOR 800.1.3/088/BPKAD/2026
TENTANG
PENCATATAN JAM PELAJARAN DAN UNGGAH SERTIFIKAT MELALUI SIKOMPAK

1. Latar Belakang
   Dalam rangka tertib pencatatan capaian pengembangan kompetensi sesuai Keputusan Kepala BPKAD
   Nomor {KEP_NO}, seluruh pencatatan Jam Pelajaran (JP) mulai Tahun 2026 dilakukan melalui
   Sistem Informasi Kompetensi Pegawai Keuangan (SIKOMPAK).

2. Ketentuan
   a. Setiap pegawai mengunggah sertifikat atau bukti kegiatan ke SIKOMPAK paling lambat
      3 hari kerja setelah sertifikat diterbitkan.
   b. Sertifikat yang tidak mencantumkan jumlah JP dikonversi berdasarkan durasi efektif,
      yaitu setiap 45 menit diakui 1 JP, dengan pengakuan paling banyak 8 JP per hari.
   c. Input capaian JP setiap triwulan ditutup pada tanggal 5 bulan berikutnya pukul 23.59 WITA.
      Sertifikat yang diunggah setelah batas tersebut dicatat pada triwulan berikutnya.
   d. Sertifikat berbahasa asing dilampiri ringkasan terjemahan dalam Bahasa Indonesia.
   e. Pegawai dilarang mengunggah sertifikat yang sama lebih dari satu kali. Sertifikat ganda
      akan dihapus dan pegawai yang bersangkutan mendapat teguran lisan dari atasan langsung.

3. Kata Sandi dan Akun
   Akun SIKOMPAK menggunakan NIP sebagai nama pengguna. Kata sandi awal wajib diganti pada saat
   masuk pertama kali. Kendala akun disampaikan kepada {HELPDESK} (ekstensi 219).

4. Penutup
   Surat Edaran ini berlaku sejak tanggal ditetapkan. Atas perhatian dan kerja sama
   Bapak/Ibu, kami ucapkan terima kasih.

                                   a.n. KEPALA BADAN PENGELOLA KEUANGAN
                                   DAN ASET DAERAH
                                   SEKRETARIS,

                                   ttd

                                   {SEKRETARIS}

Tembusan:
1. Kepala BPKAD (sebagai laporan);
2. Para Kepala Bidang;
3. Arsip.

{FIKTIF}
"""


# ============================================================================ registry
def _w_text(fn_or_text):
    def w(path):
        text = fn_or_text() if callable(fn_or_text) else fn_or_text
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)

    return w


DOCS = {
    "pedoman-bangkom-bpkad-2026": ("pdf", render_pedoman),
    "peraturan-kepala-bpkad-3-2024": ("pdf", render_perka),
    "keputusan-kepala-bpkad-027-2026": ("pdf", render_keputusan),
    "jadwal-pelatihan-akrual-angkatan-iii": ("pdf", render_poster),
    "kak-sertifikasi-bendahara-2026": ("docx", write_kak),
    "notulen-rakor-bangkom-triwulan-i-2026": ("docx", write_notulen),
    "panduan-tugas-belajar-izin-belajar-2026": ("docx", write_tubel),
    "rekap-kuota-dan-jp-2026": ("xlsx", write_xlsx),
    "realisasi-anggaran-bangkom-2026": ("csv", _w_text(anggaran_csv)),
    "peserta-pelatihan-sipd-penatausahaan-2026": ("csv", _w_text(peserta_csv)),
    "pengumuman-pelatihan-bmd-dasar-2026": ("html", _w_text(pengumuman_html)),
    "layanan-konsultasi-bangkom": ("html", _w_text(layanan_html)),
    "faq-bangkom-bpkad": ("md", _w_text(FAQ_MD)),
    "panduan-laporan-aktualisasi-kompetensi": ("md", _w_text(LAK_MD)),
    "grup-wa-info-bangkom-juli-2026": ("txt", _w_text(WA_TXT)),
    "surat-edaran-pencatatan-jp-sikompak": ("txt", _w_text(SE_TXT)),
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


# ============================================================================ text extraction
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
    """Text of a document as a reader would extract it."""
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
            out.append(f"## {ws.title}")
            for row in ws.iter_rows(values_only=True):
                cells = ["" if v is None else str(v) for v in row]
                if any(cells):
                    out.append("\t".join(cells).rstrip())
        return "\n".join(out) + "\n"
    if ext == "html":
        from bs4 import BeautifulSoup

        with open(path, encoding="utf-8") as f:
            soup = BeautifulSoup(f.read(), "html.parser")
        for s in soup(["style", "script"]):
            s.decompose()
        return soup.get_text(" ")
    with open(path, encoding="utf-8-sig") as f:
        return f.read()


def doc_cells(stem):
    """For CSV and XLSX: the list of cell texts (facts must sit inside one cell)."""
    ext = DOCS[stem][0]
    path = path_of(stem)
    if ext == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            data = f.read()
        first = data.split("\n", 1)[0]
        delim = ";" if first.count(";") > first.count(",") else ","
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


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ============================================================================ check
def check():
    import yaml

    with open(QUESTIONS, encoding="utf-8") as f:
        qs = yaml.safe_load(f)
    errors = []
    ids = [q["id"] for q in qs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate question ids")
    texts, cells = {}, {}
    for stem in DOCS:
        if not os.path.exists(path_of(stem)):
            errors.append(f"missing document {stem}")
            continue
        texts[stem] = norm(doc_text(stem))
        c = doc_cells(stem)
        cells[stem] = [norm(x) for x in c] if c is not None else None
    per_doc = {s: 0 for s in DOCS}
    per_first = {s: 0 for s in DOCS}
    n_ans = n_two = n_near = n_far = 0
    for q in qs:
        exp, facts, tags = q["expected"], q["facts"], q["tags"]
        if tags[0] not in ("casual", "formal"):
            errors.append(f"{q['id']}: first tag must be casual|formal")
        if not exp:
            if facts or "oos" not in tags:
                errors.append(f"{q['id']}: out-of-scope question needs facts [] and tag oos")
            if "near" in tags:
                n_near += 1
            elif "far" in tags:
                n_far += 1
            else:
                errors.append(f"{q['id']}: oos needs near|far")
            continue
        n_ans += 1
        if "two-part" in tags:
            n_two += 1
        for e in exp:
            if e not in DOCS:
                errors.append(f"{q['id']}: unknown document {e}")
        first = exp[0]
        if first not in texts:
            continue
        per_first[first] += 1
        for e in set(exp):
            if e in per_doc:
                per_doc[e] += 1
        if not facts:
            errors.append(f"{q['id']}: answerable question without facts")
        ql = norm(q["q"]).lower()
        for fact in facts:
            nf = norm(str(fact))
            if cells[first] is not None:
                ok = any(nf in c for c in cells[first])
            else:
                ok = nf in texts[first]
            if not ok:
                errors.append(f"{q['id']}: fact {fact!r} not found in {first}")
            if nf.lower() in ql:
                errors.append(f"{q['id']}: fact {fact!r} appears verbatim in the question")
    for stem, n in per_first.items():
        if n < 6:
            errors.append(f"document {stem} is first expected of only {n} questions (need >= 6)")
    print(
        f"questions: {len(qs)} (answerable {n_ans}, two-part {n_two}, "
        f"out of scope {n_near} near + {n_far} far)"
    )
    print("questions per document (first expected / listed anywhere in expected):")
    for stem in DOCS:
        print(f"  {per_first[stem]:3d} / {per_doc[stem]:3d}  {stem}.{DOCS[stem][0]}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("check passed: every fact found in its first expected document")
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
