#!/usr/bin/env python3
"""Generate the documents of the fictional "agency Q" evaluation set.

Agency Q: Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Tebing Malela, Provinsi
Lembayung Barat (fictional; WIB time zone). Staff: front-office counter staff (petugas loket) at
the office and at the Mal Pelayanan Publik (MPP) in two shifts, the mobile service team ("jemput
bola", Regu A/B/C with two Mobil Layanan Keliling), operators SIAK at the office and at two Unit
Pelayanan Kecamatan (UPK), JF Administrator Database Kependudukan (ADB), JF Pranata Komputer,
JF Arsiparis, PPPK (full and part time), outsourced staff (tenaga alih daya) and interns
(peserta magang; not ASN, no JP). In-house training centre "Rumah Belajar Dukcapil" (RBD,
catalogue DKP-201..DKP-224) with the LMS e-CAKAP and the training lab "Lab SIAK Latih";
mentoring programme PELITA for new counter staff; post-training forms FRP-1 / RAP-2 / LHP-3;
operator SIAK certification (Keputusan Kepala Dinas 800/117/Disdukcapil/2023 revoked by
Keputusan Kepala Dinas 800.1.13/052/Disdukcapil/2026); community of practice "SERAMBI DATA".
Everything is fictional ("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_q/:
  perkadis-pengembangan-kompetensi-disdukcapil-2026.pdf  Peraturan Kepala Dinas No. 3/2026 (long)
  kepkadis-sertifikasi-operator-siak-2026.pdf             new certification rule (revokes 2023)
  kepkadis-sertifikasi-operator-data-2023.txt             old certification rule (revoked)
  sk-pendamping-pelita-angkatan-i-2026.docx               mentor/mentee pairs (merged header), honoraria
  rab-rumah-belajar-dukcapil-2026.docx                    RBD budget ("Jumlah" row, notes)
  rekap-jp-disdukcapil-2025.xlsx                          workbook: JP per unit, operators, jemput bola, notes
  kuota-pelatihan-per-unit-2026.csv                       quota per course, one column per unit
  rekap-jp-triwulan-i-2026.csv                            ';'-delimited, decimal commas, total row
  jadwal-serambi-data-2026.csv                            community of practice (quoted newlines)
  rotasi-loket-jemput-bola-agustus-2026.csv               counter / mobile team rotation, August
  helpdesk-e-cakap.html                                   helpdesk page of the e-CAKAP LMS
  panduan-program-pelita.md                               Markdown with front matter
  pedoman-laporan-pasca-pelatihan-disdukcapil.md          Markdown without front matter
  notulen-rapat-tim-pengembangan-kompetensi-april-2026.md minutes (dates/venue/deadline/quota moved)
  broadcast-wa-uji-operator-siak-gelombang-i-2026.txt     WhatsApp-style broadcast
  faq-pengembangan-kompetensi-disdukcapil.txt             FAQ
  panggilan-dkp-213-administrasi-basis-data-2026.txt      call letter, day-by-day schedule

Usage:
  python make_agency_q.py              # write all documents
  python make_agency_q.py --text       # source text of every document
  python make_agency_q.py --text NAME  # only the document whose file stem is NAME
  python make_agency_q.py --check      # check questions_agency_q.yaml against the documents
"""

import csv
import datetime
import io
import os
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
    check_question_set,
    dec,
    make_docx,
    make_pdf,
    print_texts,
    rp,
    tgl,
    to_text,
)

OUT = os.path.join(HERE, "agency_q")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 9, 1, 8, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------- the agency
KADIS = "Dr. Rustam Effendi Harahap, S.STP., M.Si."
KADIS_NIP = "19750816 199703 1 002"
SEKRETARIS = "Hj. Nurlela Sari Siregar, S.E., M.M."
SEKRETARIS_NIP = "19780302 200312 2 004"
KASUBAG_UK = "Bambang Sutrisno Pane, S.Sos."
ANALIS_SDM = "Fitri Handayani Daulay, S.Psi."
KABID_DAFDUK = "Irwan Syahputra Ginting, S.H., M.H."
KABID_CAPIL = "Dra. Rosmawati Tambunan"
KABID_PIAK = "Ahmad Ridho Batubara, S.Kom., M.T."
KABID_PDIP = "Yusnita Purba, S.Si., M.Stat."
KOORD_LOKET = "Dewi Kartika Sembiring, S.AP."
KOORD_JB = "Hendra Gunawan Sitompul, A.Md."
ADB_MUDA = "Teguh Prasetyo Nainggolan, S.Kom."
PRAKOM = "Rizky Aulia Rahman, S.Kom."
ARSIPARIS = "Sri Mulyani Hasibuan, A.Md."
KOORD_SERT = "Muhammad Fadhil Lubis, S.T."
KOORD_PELITA = "Ratna Juwita Simanjuntak, S.Sos."
KOORD_SERAMBI = "Andika Pratama Hutagalung, S.Si."

WA_RBD = "0813-7012-5584"
WA_KASUBAG = "0812-6044-3170"
WA_HELPDESK = "0811-6700-2519"
WA_DAFDUK = "0821-6533-0917"
WA_CAPIL = "0852-7601-2284"
WA_PIAK = "0811-6320-4471"
WA_PDIP = "0812-6588-0362"
WA_LOKET = "0813-6155-2908"
WA_JB = "0822-7640-1153"
WA_ADB = "0853-7119-4026"
WA_ARSIP = "0812-6310-7745"
WA_SERT = "0813-6027-3381"
WA_PELITA = "0852-6143-8870"
WA_SERAMBI = "0821-6355-7012"
TELP_KANTOR = "(0637) 552-210"
EMAIL_RBD = "rumahbelajar@disdukcapil.tebingmalela.contoh"
EMAIL_HELPDESK = "helpdesk.ecakap@disdukcapil.tebingmalela.contoh"

KANTOR = "Jalan Cempaka Putih Raya Nomor 21, Tebing Malela"
AULA = "Aula Rumah Belajar, Kantor Disdukcapil lantai 3"
LAB = "Lab SIAK Latih, Kantor Disdukcapil lantai 2"
MPP = "Mal Pelayanan Publik (MPP) Tebing Malela"
MPP_ALAMAT = "Plaza Malela, Jalan Lintas Pesisir Nomor 40"
GARASI = "Garasi Mobil Layanan Keliling, halaman belakang Kantor Disdukcapil"
SERVER = "Ruang Server Disdukcapil, lantai 2"
MPP_RUANG = "Ruang Pelatihan MPP Tebing Malela lantai 3"

# Catalogue of the Rumah Belajar Dukcapil: code, name, target group, JP, mode, schedule 2026,
# venue, quota, PJ key
KATALOG = [
    (
        "DKP-201",
        "Orientasi Pegawai Baru Disdukcapil",
        "CPNS, PPPK penuh waktu, PPPK paruh waktu, dan pegawai mutasi masuk",
        "16",
        "klasikal",
        "Angk. I 20-21 Jan; Angk. II 4-5 Agu",
        AULA,
        "25",
        "SEK",
    ),
    (
        "DKP-202",
        "Dasar-Dasar Administrasi Kependudukan",
        "seluruh Pegawai yang belum pernah mengikuti",
        "12",
        "daring (modul e-CAKAP)",
        "9-11 Feb",
        "e-CAKAP (daring)",
        "40",
        "DAF",
    ),
    (
        "DKP-203",
        "Pelayanan Prima dan Layanan Inklusif",
        "petugas loket kantor, petugas loket MPP, dan petugas UPK",
        "16",
        "klasikal + bermain peran",
        "Angk. I 24-25 Feb; Angk. II 15-16 Sep",
        AULA,
        "24",
        "LKT",
    ),
    (
        "DKP-204",
        "Bahasa Isyarat Dasar untuk Petugas Loket",
        "petugas loket dan petugas jemput bola",
        "12",
        "klasikal bersama juru bahasa isyarat",
        "12-13 Mei",
        AULA,
        "20",
        "LKT",
    ),
    (
        "DKP-205",
        "Keamanan Data dan Pelindungan Data Pribadi",
        "seluruh Pegawai yang memiliki hak akses SIAK",
        "8",
        "daring (Zoom)",
        "Angk. I 3-4 Mar; Angk. II 8-9 Sep",
        "e-CAKAP (daring)",
        "80",
        "PIAK",
    ),
    (
        "DKP-206",
        "Operator SIAK Tingkat Dasar",
        "operator SIAK baru dan calon peserta uji sertifikasi Level 1",
        "40",
        "klasikal + praktik lab",
        "Angk. I 9-13 Feb; Angk. II 20-24 Jul",
        LAB,
        "12",
        "DAF",
    ),
    (
        "DKP-207",
        "Perekaman Biometrik dan Penerbitan KTP-el",
        "operator perekaman kantor, UPK, dan Tim Jemput Bola",
        "24",
        "klasikal + praktik alat rekam",
        "14-16 Apr",
        LAB,
        "16",
        "DAF",
    ),
    (
        "DKP-208",
        "Konsolidasi dan Pembersihan Data Ganda",
        "operator SIAK Level 1 dan JF Administrator Database Kependudukan",
        "32",
        "blended: 8 JP daring + 24 JP klasikal",
        "19-22 Mei",
        LAB,
        "15",
        "ADB",
    ),
    (
        "DKP-209",
        "Pencatatan Kelahiran dan Kematian",
        "staf Bidang Capil, petugas loket, dan petugas UPK",
        "16",
        "klasikal",
        "2-3 Jun",
        AULA,
        "25",
        "CAP",
    ),
    (
        "DKP-210",
        "Pencatatan Perkawinan, Perceraian, dan Perubahan Nama",
        "staf Bidang Capil",
        "16",
        "klasikal",
        "16-17 Jun",
        AULA,
        "25",
        "CAP",
    ),
    (
        "DKP-211",
        "Pencatatan Sipil Orang Asing dan Peristiwa Penting Lainnya",
        "staf Bidang Capil dan Bidang Dafduk",
        "12",
        "blended: 4 JP daring + 8 JP klasikal",
        "21-22 Jul",
        AULA,
        "20",
        "CAP",
    ),
    (
        "DKP-212",
        "Identitas Kependudukan Digital (IKD): Aktivasi dan Pendampingan Warga",
        "petugas loket, petugas jemput bola, petugas UPK, dan operator SIAK",
        "8",
        "klasikal + praktik aktivasi",
        "Angk. I 10 Mar; Angk. II 11 Agu; Angk. III 10 Nov",
        AULA,
        "30",
        "PIAK",
    ),
    (
        "DKP-213",
        "Administrasi Basis Data untuk Administrator Database Kependudukan",
        "JF Administrator Database Kependudukan dan JF Pranata Komputer",
        "40",
        "praktik lab + praktik malam di server replika",
        "24-28 Agu",
        LAB + " dan " + SERVER,
        "8",
        "ADB",
    ),
    (
        "DKP-214",
        "Jaringan dan Keamanan Server Adminduk",
        "JF Pranata Komputer dan JF Administrator Database Kependudukan",
        "32",
        "praktik",
        "6-9 Okt",
        SERVER,
        "10",
        "PIAK",
    ),
    (
        "DKP-215",
        "Pemanfaatan Data Kependudukan dan Hak Akses Lembaga Pengguna",
        "staf Bidang PDIP dan pejabat struktural",
        "12",
        "klasikal",
        "13-14 Okt",
        AULA,
        "20",
        "PDIP",
    ),
    (
        "DKP-216",
        "Analisis Data dan Profil Perkembangan Kependudukan",
        "staf Bidang PDIP dan JF Administrator Database Kependudukan",
        "24",
        "blended: 6 JP daring + 18 JP klasikal",
        "27-29 Okt",
        AULA,
        "15",
        "PDIP",
    ),
    (
        "DKP-217",
        "Digitalisasi dan Alih Media Arsip Kependudukan",
        "JF Arsiparis dan pengelola arsip akta",
        "24",
        "klasikal + praktik pindai",
        "23-25 Jun",
        "Ruang Arsip Akta, Kantor Disdukcapil lantai 1",
        "12",
        "ARS",
    ),
    (
        "DKP-218",
        "Layanan Jemput Bola dan Perekaman Keliling",
        "anggota Tim Jemput Bola dan pengemudi MLK",
        "16",
        "klasikal + praktik MLK",
        "Angk. I 27-28 Jan; Angk. II 28-29 Jul",
        GARASI,
        "12",
        "JB",
    ),
    (
        "DKP-219",
        "Penanganan Pengaduan dan Komunikasi Layanan",
        "petugas loket, petugas informasi, dan admin media sosial",
        "12",
        "klasikal",
        "17-18 Nov",
        AULA,
        "25",
        "LKT",
    ),
    (
        "DKP-220",
        "Pelatihan Pendamping PELITA",
        "calon pendamping Program PELITA",
        "16",
        "klasikal",
        "Angk. I 22-23 Jan; Angk. II 18-19 Agu",
        AULA,
        "12",
        "PLT",
    ),
    (
        "DKP-221",
        "Pelayanan Adminduk bagi Kelompok Rentan",
        "petugas jemput bola, petugas loket, dan staf Bidang Dafduk",
        "12",
        "klasikal",
        "22-23 Sep",
        AULA,
        "25",
        "JB",
    ),
    (
        "DKP-222",
        "Kepemimpinan Pelayanan bagi Pejabat Pengawas",
        "kepala seksi, kepala subbagian, dan koordinator layanan",
        "24",
        "klasikal (lokakarya)",
        "20-22 Okt",
        AULA,
        "20",
        "SEK",
    ),
    (
        "DKP-223",
        "Menyusun Laporan Pasca-Pelatihan",
        "peserta pelatihan 10 JP atau lebih dan pegawai baru",
        "3",
        "daring (Zoom)",
        "setiap Kamis minggu kedua (Feb-Nov), pukul 13.30-16.00 WIB",
        "e-CAKAP (daring)",
        "60",
        "SEK",
    ),
    (
        "DKP-224",
        "Pembekalan Peserta Magang dan Tenaga Pendukung Layanan",
        "peserta magang, tenaga alih daya, dan PPPK paruh waktu baru",
        "6",
        "klasikal",
        "setiap Senin pertama setiap bulan, pukul 08.00-13.00 WIB (jika libur, hari kerja "
        "berikutnya)",
        AULA,
        "15",
        "SEK",
    ),
]

PJ = [
    ("SEK", KASUBAG_UK, "Kepala Subbagian Umum dan Kepegawaian", WA_KASUBAG),
    ("DAF", KABID_DAFDUK, "Kepala Bidang Pelayanan Pendaftaran Penduduk", WA_DAFDUK),
    ("CAP", KABID_CAPIL, "Kepala Bidang Pelayanan Pencatatan Sipil", WA_CAPIL),
    ("PIAK", KABID_PIAK, "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan", WA_PIAK),
    ("PDIP", KABID_PDIP, "Kepala Bidang Pemanfaatan Data dan Inovasi Pelayanan", WA_PDIP),
    ("LKT", KOORD_LOKET, "Koordinator Pelayanan Loket dan MPP", WA_LOKET),
    ("JB", KOORD_JB, "Koordinator Layanan Jemput Bola", WA_JB),
    ("ADB", ADB_MUDA, "Administrator Database Kependudukan Ahli Muda", WA_ADB),
    ("ARS", ARSIPARIS, "Arsiparis Mahir, pengelola Ruang Arsip Akta", WA_ARSIP),
    ("PLT", KOORD_PELITA, "Koordinator Program PELITA", WA_PELITA),
    (
        "SRT",
        KOORD_SERT,
        "Administrator Database Kependudukan Ahli Pertama, Koordinator Sertifikasi Operator SIAK",
        WA_SERT,
    ),
    ("SRB", KOORD_SERAMBI, "Koordinator Komunitas Praktik SERAMBI DATA", WA_SERAMBI),
    ("RBD", ANALIS_SDM, "Analis SDM Aparatur, pengelola Rumah Belajar Dukcapil", WA_RBD),
]

TARGET = [
    (
        "Pejabat struktural (Kepala Dinas, Sekretaris, Kepala Bidang, Kepala Subbagian, Kepala "
        "Seksi)",
        "24",
        "paling sedikit 8 JP manajerial atau kepemimpinan pelayanan",
    ),
    (
        "JF Administrator Database Kependudukan (Ahli Pertama, Ahli Muda)",
        "32",
        "paling sedikit 12 JP basis data atau keamanan data",
    ),
    (
        "JF Pranata Komputer (Terampil, Mahir, Ahli Pertama)",
        "30",
        "paling sedikit 10 JP jaringan, server, atau keamanan informasi",
    ),
    ("JF Arsiparis (Terampil, Mahir)", "24", "paling sedikit 6 JP arsip dinamis atau alih media"),
    (
        "Operator SIAK (kantor dan UPK)",
        "28",
        "paling sedikit 8 JP SIAK dan keamanan data, termasuk DKP-205",
    ),
    (
        "Petugas loket kantor dan loket MPP",
        "26",
        "paling sedikit 6 JP pelayanan prima atau layanan inklusif",
    ),
    (
        "Anggota Tim Jemput Bola",
        "22",
        "paling sedikit 4 JP perekaman keliling atau kelompok rentan",
    ),
    ("Pelaksana lainnya (PNS)", "20", "JP minimal nasional"),
    ("PPPK penuh waktu", "20", "difasilitasi paling banyak 24 JP per tahun masa perjanjian kerja"),
    ("PPPK paruh waktu", "12", "diutamakan DKP-224 dan modul daring e-CAKAP"),
    (
        "Tenaga alih daya (non-ASN)",
        "tidak ada target",
        "JP tidak dicatat; kehadiran dicatat dalam daftar hadir tenaga pendukung",
    ),
    (
        "Peserta magang (non-ASN)",
        "tidak ada target",
        "JP tidak dicatat; memperoleh surat keterangan magang",
    ),
]

KONVERSI = [
    (
        "Webinar atau seminar bersertifikat (paling singkat 2 jam)",
        "1 kegiatan",
        "2 JP",
        "paling banyak 10 JP per tahun",
    ),
    ("Workshop atau bimbingan teknis", "1 hari", "6 JP", "-"),
    (
        "Modul daring e-CAKAP atau modul daring Ditjen Dukcapil",
        "sesuai modul",
        "sesuai modul",
        "paling banyak 4 JP per hari",
    ),
    (
        "Coaching terdokumentasi (paling singkat 60 menit)",
        "1 sesi",
        "1 JP",
        "paling banyak 8 JP per tahun",
    ),
    (
        "Program PELITA sebagai anggota binaan",
        "1 pertemuan refleksi",
        "2 JP",
        "paling banyak 16 JP per program",
    ),
    (
        "Program PELITA sebagai pendamping",
        "1 pertemuan refleksi",
        "1 JP",
        "paling banyak 8 JP per program",
    ),
    (
        "Pertemuan SERAMBI DATA sebagai peserta",
        "1 pertemuan",
        "1 JP",
        "paling banyak 10 JP per tahun",
    ),
    (
        "Pertemuan SERAMBI DATA sebagai pemantik",
        "1 pertemuan",
        "3 JP",
        "paling banyak 9 JP per tahun",
    ),
    (
        "Magang di Ditjen Dukcapil atau Disdukcapil Provinsi",
        "1 minggu",
        "12 JP",
        "paling banyak 24 JP per tahun",
    ),
    (
        "Narasumber sosialisasi administrasi kependudukan",
        "1 kegiatan",
        "2 JP",
        "paling banyak 12 JP per tahun",
    ),
    ("Studi tiru (patok banding) pelayanan", "1 kegiatan", "8 JP", "paling banyak 16 JP per tahun"),
    (
        "Menulis artikel praktik baik di portal Disdukcapil",
        "1 artikel",
        "3 JP",
        "paling banyak 6 JP per tahun",
    ),
    ("Pelaksanaan layanan jemput bola", "-", "tidak dikonversi", "dicatat sebagai kinerja layanan"),
]

WAJIB = [
    (
        "DKP-201 Orientasi Pegawai Baru Disdukcapil",
        "seluruh Pegawai baru",
        "sekali, dalam 3 bulan pertama",
        "belum diberi hak akses SIAK",
    ),
    (
        "DKP-205 Keamanan Data dan Pelindungan Data Pribadi",
        "seluruh Pegawai yang memiliki hak akses SIAK",
        "setiap tahun",
        "hak akses SIAK dinonaktifkan sampai lulus",
    ),
    (
        "DKP-203 Pelayanan Prima dan Layanan Inklusif",
        "petugas loket kantor, MPP, dan UPK",
        "setiap 2 tahun",
        "tidak dijadwalkan sebagai petugas loket utama",
    ),
    (
        "DKP-207 Perekaman Biometrik dan Penerbitan KTP-el",
        "operator perekaman",
        "sekali",
        "hanya boleh merekam didampingi operator lain",
    ),
    (
        "Sertifikat Operator SIAK",
        "operator SIAK",
        "3 tahun",
        "tidak boleh memverifikasi dan mencetak dokumen kependudukan",
    ),
    (
        "DKP-218 Layanan Jemput Bola dan Perekaman Keliling",
        "anggota Tim Jemput Bola",
        "sekali",
        "tidak diberangkatkan sebagai ketua regu jemput bola",
    ),
]

SHIFT = [
    (
        "Loket Kantor Dinas",
        "Senin-Kamis",
        "08.00-15.00 WIB",
        "Shift Pagi 07.30-13.30 WIB; Shift Siang 11.00-16.00 WIB",
        "paling banyak 2 petugas per shift",
    ),
    (
        "Loket Kantor Dinas",
        "Jumat",
        "08.00-11.30 dan 13.30-15.00 WIB",
        "satu shift 07.30-15.30 WIB",
        "paling banyak 2 petugas",
    ),
    (
        "Loket MPP Tebing Malela",
        "Senin-Jumat",
        "08.00-16.00 WIB",
        "Shift Pagi 07.30-12.30 WIB; Shift Siang 12.00-16.30 WIB",
        "paling banyak 1 petugas per shift; paling sedikit 4 loket buka",
    ),
    (
        "Loket MPP Tebing Malela",
        "Sabtu",
        "08.00-12.00 WIB",
        "satu shift 07.30-12.30 WIB",
        "tidak ada petugas yang dilepas",
    ),
    (
        "UPK Wilayah Utara dan UPK Wilayah Selatan",
        "Senin-Jumat",
        "08.00-14.00 WIB",
        "satu shift",
        "paling banyak 1 petugas per UPK",
    ),
    (
        "Tim Jemput Bola (Regu A, Regu B, Regu C)",
        "Senin-Sabtu sesuai jadwal",
        "sesuai jadwal kunjungan",
        "1 regu bertugas, 1 regu siaga, 1 regu administrasi",
        "hanya regu administrasi",
    ),
]


# =========================================================================== budget
# code, name, batches, participants per batch, cost per batch
RAB = [
    ("DKP-201", "Orientasi Pegawai Baru Disdukcapil", 2, 25, 8_400_000),
    ("DKP-203", "Pelayanan Prima dan Layanan Inklusif", 2, 24, 11_250_000),
    ("DKP-204", "Bahasa Isyarat Dasar untuk Petugas Loket", 1, 20, 14_600_000),
    ("DKP-206", "Operator SIAK Tingkat Dasar", 2, 12, 27_900_000),
    ("DKP-207", "Perekaman Biometrik dan Penerbitan KTP-el", 1, 16, 19_350_000),
    ("DKP-208", "Konsolidasi dan Pembersihan Data Ganda", 1, 15, 23_800_000),
    ("DKP-209", "Pencatatan Kelahiran dan Kematian", 1, 25, 9_150_000),
    ("DKP-210", "Pencatatan Perkawinan, Perceraian, dan Perubahan Nama", 1, 25, 9_150_000),
    ("DKP-212", "Identitas Kependudukan Digital (IKD)", 3, 30, 4_200_000),
    (
        "DKP-213",
        "Administrasi Basis Data untuk Administrator Database Kependudukan",
        1,
        8,
        36_500_000,
    ),
    ("DKP-214", "Jaringan dan Keamanan Server Adminduk", 1, 10, 31_750_000),
    ("DKP-216", "Analisis Data dan Profil Perkembangan Kependudukan", 1, 15, 12_600_000),
    ("DKP-217", "Digitalisasi dan Alih Media Arsip Kependudukan", 1, 12, 15_900_000),
    ("DKP-218", "Layanan Jemput Bola dan Perekaman Keliling", 2, 12, 10_800_000),
    ("DKP-222", "Kepemimpinan Pelayanan bagi Pejabat Pengawas", 1, 20, 17_250_000),
    (
        "lainnya",
        "Pelatihan RBD lainnya (9 judul: DKP-202, DKP-205, DKP-211, DKP-215, DKP-219, "
        "DKP-220, DKP-221, DKP-223, DKP-224)",
        1,
        0,
        28_400_000,
    ),
]
RAB_TOTAL = sum(a * c for _k, _n, a, _p, c in RAB)

SERT_BIAYA = 1_150_000
ANGGARAN = [
    ["Rumah Belajar Dukcapil (RBD), pelatihan DKP-201 s.d. DKP-224", "APBD", RAB_TOTAL],
    [
        "Pengiriman pelatihan eksternal (Ditjen Dukcapil Kemendagri, BPSDM Provinsi Lembayung "
        "Barat)",
        "APBD",
        172_500_000,
    ],
    ["Sertifikasi Operator SIAK (2 gelombang, 35 peserta)", "APBD", 35 * SERT_BIAYA],
    ["Program PELITA (honorarium pendamping, pertemuan refleksi, forum)", "APBD", 18_400_000],
    ["Pengembangan dan hosting e-CAKAP", "APBD", 29_700_000],
    ["Pemeliharaan Lab SIAK Latih dan perangkat perekaman latih", "APBD", 53_800_000],
    ["Studi tiru pelayanan administrasi kependudukan (1 kegiatan)", "APBD", 38_000_000],
    ["Komunitas Praktik SERAMBI DATA", "APBD", 6_600_000],
]
ANGGARAN_TOTAL = sum(x for _a, _b, x in ANGGARAN)


def _anggaran_rows():
    rows = [[str(i), a, b, rp(x)] for i, (a, b, x) in enumerate(ANGGARAN, 1)]
    rows.append(["", "Jumlah", "", rp(ANGGARAN_TOTAL)])
    return rows


def _katalog_rows():
    return [[k, n, s, jp, m, j, t, q] for k, n, s, jp, m, j, t, q, _pj in KATALOG]


def _kontak_rows():
    return [[n, r, w] for _k, n, r, w in PJ]


# =========================================================================== PERKADIS 3/2026
PERKADIS = [
    C("PERATURAN KEPALA DINAS"),
    C("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TEBING MALELA"),
    C("NOMOR 3 TAHUN 2026"),
    C("TENTANG"),
    C("PENGEMBANGAN KOMPETENSI PEGAWAI DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"),
    P(
        FIKTIF + " Kota Tebing Malela, Provinsi Lembayung Barat, serta seluruh nama orang, unit, "
        "nomor peraturan, nomor telepon, dan angka dalam dokumen ini adalah rekaan dan tidak "
        "merujuk pada instansi yang sebenarnya."
    ),
    C("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
    C("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TEBING MALELA,"),
    P("Menimbang:"),
    L(
        "a. bahwa pelayanan administrasi kependudukan di loket kantor, Mal Pelayanan Publik, "
        "Unit Pelayanan Kecamatan, dan layanan jemput bola menuntut petugas yang cepat, ramah, "
        "inklusif, dan menjaga kerahasiaan data penduduk;",
        "b. bahwa setiap Pegawai Aparatur Sipil Negara wajib mengembangkan kompetensinya melalui "
        "pembelajaran secara terus-menerus sesuai dengan jabatannya;",
        "c. bahwa Peraturan Kepala Dinas Nomor 7 Tahun 2020 tentang Pendidikan dan Pelatihan "
        "Pegawai Dinas Kependudukan dan Pencatatan Sipil belum mengatur keamanan data, "
        "pendampingan petugas loket baru, komunitas praktik, PPPK paruh waktu, dan peserta "
        "magang sehingga perlu diganti;",
        "d. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf "
        "c, perlu menetapkan Peraturan Kepala Dinas tentang Pengembangan Kompetensi Pegawai Dinas "
        "Kependudukan dan Pencatatan Sipil;",
    ),
    P("Mengingat:"),
    L(
        "1. Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana "
        "telah beberapa kali diubah;",
        "2. Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi;",
        "3. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
        "4. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
        "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
        "5. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
        "Kompetensi Pegawai Negeri Sipil;",
        "6. Peraturan Wali Kota Tebing Malela Nomor 52 Tahun 2022 tentang Kedudukan, Susunan "
        "Organisasi, Tugas dan Fungsi, serta Tata Kerja Dinas Kependudukan dan Pencatatan Sipil;",
    ),
    C("MEMUTUSKAN:"),
    P(
        "Menetapkan: PERATURAN KEPALA DINAS TENTANG PENGEMBANGAN KOMPETENSI PEGAWAI DINAS "
        "KEPENDUDUKAN DAN PENCATATAN SIPIL."
    ),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:"),
    L(
        "1. Daerah adalah Kota Tebing Malela.",
        "2. Dinas Kependudukan dan Pencatatan Sipil yang selanjutnya disebut Disdukcapil adalah "
        "Dinas Kependudukan dan Pencatatan Sipil Kota Tebing Malela.",
        "3. Kepala Dinas adalah Kepala Disdukcapil.",
        "4. Sekretaris adalah Sekretaris Disdukcapil yang mengoordinasikan pengembangan "
        "kompetensi Pegawai.",
        "5. Pegawai adalah Pegawai Negeri Sipil (PNS), Pegawai Pemerintah dengan Perjanjian Kerja "
        "(PPPK) penuh waktu, dan PPPK paruh waktu yang bekerja di Disdukcapil.",
        "6. Tenaga alih daya adalah tenaga non-ASN yang dipekerjakan melalui perusahaan penyedia "
        "jasa, antara lain petugas antrean, petugas keamanan, petugas kebersihan, dan pengemudi "
        "Mobil Layanan Keliling, dan bukan merupakan Pegawai.",
        "7. Peserta magang adalah mahasiswa atau siswa sekolah menengah kejuruan yang "
        "melaksanakan praktik kerja di Disdukcapil berdasarkan perjanjian dengan lembaga "
        "pendidikannya; peserta magang bukan Pegawai dan bukan ASN.",
        "8. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
        "kompetensi; 1 (satu) JP sama dengan 45 (empat puluh lima) menit.",
        "9. Sistem Informasi Administrasi Kependudukan yang selanjutnya disingkat SIAK adalah "
        "sistem informasi yang dipakai untuk pendaftaran penduduk dan pencatatan sipil.",
        "10. Operator SIAK adalah Pegawai yang diberi hak akses SIAK untuk merekam, memverifikasi, "
        "atau mencetak dokumen kependudukan.",
        "11. Kartu Tanda Penduduk Elektronik yang selanjutnya disebut KTP-el dan Identitas "
        "Kependudukan Digital yang selanjutnya disingkat IKD adalah dokumen identitas penduduk.",
        "12. Mal Pelayanan Publik yang selanjutnya disingkat MPP adalah MPP Tebing Malela di "
        "Plaza Malela, Jalan Lintas Pesisir Nomor 40, tempat Disdukcapil membuka loket layanan.",
        "13. Unit Pelayanan Kecamatan yang selanjutnya disingkat UPK adalah loket Disdukcapil di "
        "kantor camat, yaitu UPK Wilayah Utara di Kecamatan Bukit Kemuning dan UPK Wilayah "
        "Selatan di Kecamatan Padang Serai.",
        "14. Layanan jemput bola adalah layanan administrasi kependudukan yang didatangkan ke "
        "sekolah, rumah sakit, panti, lembaga pemasyarakatan, atau rumah penduduk lanjut usia "
        "dan penyandang disabilitas, yang dilaksanakan oleh Tim Jemput Bola dengan Mobil Layanan "
        "Keliling yang selanjutnya disingkat MLK.",
        "15. Rumah Belajar Dukcapil yang selanjutnya disingkat RBD adalah pusat pelatihan "
        "internal Disdukcapil yang dikelola Subbagian Umum dan Kepegawaian.",
        "16. e-CAKAP adalah sistem manajemen pembelajaran (learning management system) RBD.",
        "17. Lab SIAK Latih adalah ruang praktik di Kantor Disdukcapil lantai 2 yang memiliki "
        "SIAK versi latih, 12 (dua belas) set komputer, dan 4 (empat) set alat perekaman KTP-el.",
        "18. Program Pendampingan Petugas Loket Baru yang selanjutnya disebut Program PELITA "
        "adalah program mentoring dan coaching di tempat kerja selama 4 (empat) bulan bagi "
        "petugas layanan baru oleh petugas senior yang disebut pendamping.",
        "19. Anggota binaan adalah petugas layanan baru yang mengikuti Program PELITA.",
        "20. SERAMBI DATA adalah komunitas praktik lintas bidang, loket, UPK, dan Tim Jemput "
        "Bola yang bertemu secara berkala untuk berbagi pengalaman pelayanan dan pengelolaan data.",
        "21. Laporan pasca-pelatihan adalah Formulir Refleksi Pelatihan (Formulir FRP-1), "
        "Rencana Aksi Penerapan (Formulir RAP-2), dan Laporan Hasil Penerapan (Formulir LHP-3).",
        "22. Rencana Pengembangan Individu yang selanjutnya disingkat RPI adalah rencana tahunan "
        "pengembangan kompetensi yang disusun setiap Pegawai bersama atasan langsung.",
        "23. Administrator Database Kependudukan yang selanjutnya disingkat ADB adalah jabatan "
        "fungsional yang mengelola basis data kependudukan.",
    ),
    BR(),
    H1("BAB II MAKSUD, TUJUAN, DAN RUANG LINGKUP"),
    H2("Pasal 2"),
    P(
        "(1) Peraturan Kepala Dinas ini dimaksudkan sebagai pedoman perencanaan, pelaksanaan, "
        "pencatatan, dan evaluasi pengembangan kompetensi Pegawai."
    ),
    P("(2) Peraturan Kepala Dinas ini bertujuan untuk:"),
    L(
        "a. memenuhi hak dan kewajiban pengembangan kompetensi Pegawai ASN;",
        "b. menjamin setiap operator SIAK, petugas loket, dan anggota Tim Jemput Bola memiliki "
        "pelatihan wajib dan sertifikat yang masih berlaku;",
        "c. menjaga kerahasiaan dan keamanan data kependudukan;",
        "d. memperkuat budaya belajar melalui mentoring, coaching, dan komunitas praktik; dan",
        "e. meningkatkan kecepatan, ketepatan, dan keramahan pelayanan administrasi kependudukan.",
    ),
    H2("Pasal 3"),
    P("Ruang lingkup Peraturan Kepala Dinas ini meliputi:"),
    L(
        "a. hak, kewajiban, dan target JP;",
        "b. perencanaan pengembangan kompetensi;",
        "c. jalur dan konversi pengembangan kompetensi;",
        "d. penyelenggaraan RBD;",
        "e. pelatihan wajib, keamanan data, dan sertifikasi;",
        "f. ketentuan khusus petugas loket, Tim Jemput Bola, operator SIAK, dan jabatan "
        "fungsional;",
        "g. Program PELITA, coaching, dan SERAMBI DATA;",
        "h. tenaga alih daya dan peserta magang;",
        "i. laporan pasca-pelatihan;",
        "j. anggaran; dan",
        "k. evaluasi, penghargaan, dan pelaporan.",
    ),
    H1("BAB III HAK, KEWAJIBAN, DAN TARGET JAM PELAJARAN"),
    H2("Bagian Kesatu - Hak dan Kewajiban"),
    H2("Pasal 4"),
    P(
        "(1) Setiap Pegawai berhak memperoleh pengembangan kompetensi sesuai dengan RPI yang telah "
        "disetujui atasan langsung."
    ),
    P("(2) Setiap Pegawai wajib:"),
    L(
        "a. menyusun RPI setiap tahun;",
        "b. memenuhi target JP sebagaimana tercantum dalam Tabel 1;",
        "c. mencatatkan setiap kegiatan pengembangan kompetensi pada e-CAKAP; dan",
        "d. menerapkan hasil pelatihan dan menyampaikan laporan pasca-pelatihan.",
    ),
    P(
        "(3) Koordinator Pelayanan Loket dan MPP serta Koordinator Layanan Jemput Bola wajib "
        "mengatur jadwal shift dan regu sehingga Pegawai dapat mengikuti pengembangan kompetensi "
        "tanpa menutup loket layanan."
    ),
    H2("Bagian Kedua - Target Jam Pelajaran"),
    H2("Pasal 5"),
    P(
        "(1) Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) JP "
        "dalam 1 (satu) tahun."
    ),
    P(
        "(2) Disdukcapil menetapkan target yang lebih tinggi bagi kelompok jabatan tertentu "
        "sebagaimana tercantum dalam Tabel 1."
    ),
    P("(3) Muatan paling sedikit dalam Tabel 1 merupakan bagian dari target JP, bukan tambahan."),
    T(
        "Tabel 1. Target JP per Tahun menurut Kelompok Jabatan",
        ["Kelompok jabatan", "Target JP per tahun", "Muatan paling sedikit / keterangan"],
        [list(r) for r in TARGET],
        [62, 22, 66],
    ),
    H2("Pasal 6"),
    P("(1) Capaian JP dihitung per tahun kalender, dari 1 Januari sampai dengan 31 Desember."),
    P("(2) JP yang melebihi target tidak dapat dialihkan ke tahun berikutnya."),
    P(
        "(3) Pegawai yang berpindah kelompok jabatan dalam satu tahun mengikuti target kelompok "
        "jabatan yang didudukinya pada tanggal 1 Juli tahun berjalan."
    ),
    P(
        "(4) Pegawai yang menjalani cuti melahirkan, cuti besar, cuti sakit, atau cuti di luar "
        "tanggungan negara lebih dari 3 (tiga) bulan dalam tahun berjalan memperoleh target JP "
        "secara proporsional. Ketentuan mengenai hak cuti mengikuti peraturan perundang-undangan "
        "dan tidak diatur dalam Peraturan Kepala Dinas ini."
    ),
    P(
        "(5) Pegawai yang merangkap sebagai petugas loket dan operator SIAK mengikuti target yang "
        "lebih tinggi, yaitu target operator SIAK."
    ),
    H2("Bagian Ketiga - PPPK"),
    H2("Pasal 7"),
    P(
        "(1) PPPK penuh waktu memiliki target 20 (dua puluh) JP per tahun dan difasilitasi "
        "pengembangan kompetensi paling banyak 24 (dua puluh empat) JP dalam 1 (satu) tahun masa "
        "perjanjian kerja."
    ),
    P(
        "(2) PPPK penuh waktu yang bertugas sebagai operator SIAK atau petugas loket mengikuti "
        "target kelompok jabatannya dalam Tabel 1; JP di atas batas fasilitasi sebagaimana "
        "dimaksud pada ayat (1) dipenuhi dari kegiatan nonklasikal tanpa biaya, terutama modul "
        "daring e-CAKAP, SERAMBI DATA, dan Program PELITA."
    ),
    P(
        "(3) PPPK paruh waktu memiliki target 12 (dua belas) JP per tahun yang diutamakan dari "
        "DKP-224 dan modul daring e-CAKAP."
    ),
    P("(4) PPPK paruh waktu tidak diberi hak akses SIAK untuk verifikasi dan pencetakan dokumen."),
    BR(),
    H1("BAB IV PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 8"),
    P(
        "(1) Subbagian Umum dan Kepegawaian melaksanakan analisis kebutuhan pengembangan "
        "kompetensi setiap bulan Agustus sampai dengan September untuk tahun berikutnya."
    ),
    P("(2) Analisis kebutuhan menggunakan data:"),
    L(
        "a. kesenjangan kompetensi hasil pemetaan jabatan;",
        "b. kesenjangan kinerja hasil evaluasi kinerja Pegawai;",
        "c. masa berlaku Sertifikat Operator SIAK dan pelatihan wajib;",
        "d. rekapitulasi RPI tahun berjalan;",
        "e. hasil survei kepuasan masyarakat dan pengaduan layanan; dan",
        "f. temuan audit keamanan data SIAK.",
    ),
    H2("Pasal 9"),
    P("(1) RPI disusun melalui e-CAKAP dengan jadwal sebagai berikut:"),
    L(
        "a. Pegawai mengisi RPI paling lambat tanggal 31 Januari;",
        "b. atasan langsung menyetujui RPI paling lambat tanggal 10 Februari;",
        "c. Kepala Bidang, Koordinator Pelayanan Loket dan MPP, dan Koordinator Layanan Jemput "
        "Bola menyampaikan rekapitulasi RPI unitnya kepada Subbagian Umum dan Kepegawaian paling "
        "lambat tanggal 20 Februari; dan",
        "d. Kepala Dinas menetapkan Rencana Pengembangan Kompetensi Tahunan Disdukcapil paling "
        "lambat tanggal 10 Maret.",
    ),
    P(
        "(2) Khusus Tahun 2026, batas waktu sebagaimana dimaksud pada ayat (1) huruf a, huruf b, "
        "dan huruf c menjadi tanggal 13 Februari 2026, tanggal 20 Februari 2026, dan tanggal 27 "
        "Februari 2026."
    ),
    P(
        "(3) RPI dapat diubah paling banyak 1 (satu) kali dalam satu tahun, paling lambat tanggal "
        "31 Agustus, dengan persetujuan atasan langsung."
    ),
    H1("BAB V JALUR DAN KONVERSI PENGEMBANGAN KOMPETENSI"),
    H2("Bagian Kesatu - Jalur Pengembangan Kompetensi"),
    H2("Pasal 10"),
    P("(1) Pengembangan kompetensi dilaksanakan melalui jalur pendidikan dan jalur pelatihan."),
    P("(2) Jalur pelatihan terdiri atas pelatihan klasikal dan pelatihan nonklasikal."),
    P(
        "(3) Pelatihan klasikal antara lain pelatihan teknis administrasi kependudukan, pelatihan "
        "fungsional, bimbingan teknis, seminar, workshop, dan kursus."
    ),
    P(
        "(4) Pelatihan nonklasikal antara lain modul daring, coaching, Program PELITA, magang, "
        "SERAMBI DATA, studi tiru, dan penulisan artikel praktik baik."
    ),
    H2("Pasal 11"),
    P(
        "Jalur pendidikan berupa tugas belajar dan izin belajar dilaksanakan sesuai Peraturan Wali "
        "Kota tentang tugas belajar dan izin belajar dan tidak diatur dalam Peraturan Kepala Dinas "
        "ini."
    ),
    H2("Bagian Kedua - Konversi ke dalam JP"),
    H2("Pasal 12"),
    P("(1) Kegiatan nonklasikal dan kegiatan eksternal dikonversi ke dalam JP menurut Tabel 2."),
    P(
        "(2) Konversi diajukan Pegawai melalui menu Klaim JP pada e-CAKAP paling lambat 30 (tiga "
        "puluh) hari kalender setelah kegiatan, dengan melampirkan bukti."
    ),
    P("(3) Klaim diverifikasi Subbagian Umum dan Kepegawaian paling lama 6 (enam) hari kerja."),
    P("(4) Batas paling banyak dalam Tabel 2 berlaku per Pegawai."),
    T(
        "Tabel 2. Konversi Kegiatan ke dalam JP",
        ["Kegiatan", "Satuan", "JP diakui", "Batas"],
        [list(r) for r in KONVERSI],
        [64, 30, 22, 40],
    ),
    H2("Pasal 13"),
    P(
        "(1) Kegiatan eksternal yang dibiayai Disdukcapil memerlukan surat tugas Kepala Dinas yang "
        "diajukan paling lambat 5 (lima) hari kerja sebelum kegiatan."
    ),
    P(
        "(2) Sertifikat kegiatan eksternal diunggah ke e-CAKAP paling lambat 10 (sepuluh) hari "
        "kalender setelah kegiatan berakhir."
    ),
    P(
        "(3) Bimbingan teknis daring yang diselenggarakan Direktorat Jenderal Kependudukan dan "
        "Pencatatan Sipil diakui sesuai JP yang tercantum dalam sertifikatnya."
    ),
    BR(),
    H1("BAB VI RUMAH BELAJAR DUKCAPIL"),
    H2("Bagian Kesatu - Penyelenggaraan"),
    H2("Pasal 14"),
    P(
        "(1) RBD diselenggarakan oleh Subbagian Umum dan Kepegawaian bersama bidang teknis, "
        "Koordinator Pelayanan Loket dan MPP, dan Koordinator Layanan Jemput Bola berdasarkan "
        "katalog tahunan sebagaimana tercantum dalam Lampiran I."
    ),
    P("(2) Pelatihan RBD tidak dipungut biaya."),
    P(
        "(3) Pelatihan klasikal RBD dilaksanakan pukul 08.00-16.00 WIB, kecuali hari Jumat pukul "
        "08.00-11.30 WIB dan 13.30-16.00 WIB, atau sebagaimana ditentukan lain dalam katalog."
    ),
    P(
        "(4) Satu hari pelatihan klasikal paling banyak 8 (delapan) JP dan satu hari pelatihan "
        "daring paling banyak 4 (empat) JP."
    ),
    P(
        "(5) Pegawai perangkat daerah lain dan petugas registrasi kelurahan dapat mengikuti RBD "
        "sepanjang kuota masih tersedia, atas persetujuan Sekretaris."
    ),
    H2("Bagian Kedua - Pendaftaran"),
    H2("Pasal 15"),
    P(
        "(1) Pendaftaran dilakukan melalui e-CAKAP paling lambat 7 (tujuh) hari kerja sebelum "
        "pelatihan dimulai dan harus disetujui atasan langsung."
    ),
    P("(2) Prioritas peserta diberikan kepada:"),
    L(
        "a. Pegawai yang pelatihan wajibnya belum dipenuhi atau akan habis masa berlakunya;",
        "b. Pegawai UPK Wilayah Utara dan UPK Wilayah Selatan;",
        "c. Pegawai dengan capaian JP tahun berjalan paling rendah; dan",
        "d. Pegawai baru dalam 1 (satu) tahun pertama.",
    ),
    P(
        "(3) Pegawai yang masih memiliki Formulir LHP-3 terlambat tidak dapat mendaftar pelatihan "
        "RBD berikutnya."
    ),
    H2("Bagian Ketiga - Kehadiran dan Kelulusan"),
    H2("Pasal 16"),
    P(
        "(1) Presensi dilakukan dengan memindai kode QR pada e-CAKAP, dibuka 20 (dua puluh) menit "
        "sebelum sampai 15 (lima belas) menit setelah sesi dimulai."
    ),
    P("(2) Peserta dinyatakan lulus dan memperoleh sertifikat apabila:"),
    L(
        "a. kehadiran paling sedikit 80% (delapan puluh persen) dari seluruh JP;",
        "b. nilai akhir paling rendah 70 (tujuh puluh), atau nilai praktik paling rendah 75 "
        "(tujuh puluh lima) untuk DKP-206, DKP-207, dan DKP-213; dan",
        "c. menyampaikan laporan pasca-pelatihan sesuai Pasal 37.",
    ),
    P(
        "(3) Sertifikat elektronik diterbitkan di e-CAKAP paling lambat 6 (enam) hari kerja setelah "
        "pelatihan berakhir."
    ),
    H2("Bagian Keempat - Pembatalan"),
    H2("Pasal 17"),
    P(
        "(1) Pembatalan keikutsertaan dilakukan paling lambat 2 (dua) hari kerja sebelum pelatihan "
        "melalui e-CAKAP."
    ),
    P(
        "(2) Pegawai yang 2 (dua) kali tidak hadir tanpa pembatalan dalam 1 (satu) tahun tidak "
        "dapat mendaftar RBD selama 4 (empat) bulan."
    ),
    P(
        "(3) Ketidakhadiran karena Pegawai ditugaskan dalam layanan jemput bola darurat, misalnya "
        "bagi korban bencana, berdasarkan surat tugas Kepala Dinas tidak dihitung sebagai "
        "ketidakhadiran."
    ),
    H2("Pasal 18"),
    P(
        "(1) Dalam hal SIAK tidak dapat diakses lebih dari 4 (empat) jam pada hari pelatihan, "
        "pelatihan di Lab SIAK Latih yang memerlukan koneksi ke pusat data dilanjutkan dengan "
        "materi tanpa koneksi atau dijadwalkan ulang."
    ),
    P(
        "(2) Pelatihan yang dijadwalkan ulang ditetapkan Sekretaris paling lambat 14 (empat belas) "
        "hari kalender setelah gangguan berakhir; JP yang telah diikuti tetap diakui."
    ),
    BR(),
    H1("BAB VII PELATIHAN WAJIB, KEAMANAN DATA, DAN SERTIFIKASI"),
    H2("Pasal 19"),
    P(
        "(1) Pelatihan wajib adalah pelatihan yang harus dimiliki Pegawai sesuai tugasnya dan masih "
        "berlaku."
    ),
    P(
        "(2) Jenis, sasaran, periode, dan akibat apabila pelatihan wajib tidak dipenuhi tercantum "
        "dalam Tabel 3."
    ),
    T(
        "Tabel 3. Pelatihan Wajib",
        ["Pelatihan", "Sasaran", "Periode/masa berlaku", "Akibat bila tidak dipenuhi"],
        [list(r) for r in WAJIB],
        [46, 40, 32, 42],
    ),
    H2("Pasal 20"),
    P(
        "(1) Setiap Pegawai yang memiliki hak akses SIAK wajib lulus DKP-205 Keamanan Data dan "
        "Pelindungan Data Pribadi setiap tahun."
    ),
    P(
        "(2) Hak akses SIAK Pegawai yang belum lulus DKP-205 tahun berjalan sampai dengan tanggal "
        "30 April dinonaktifkan oleh Bidang Pengelolaan Informasi Administrasi Kependudukan sampai "
        "Pegawai yang bersangkutan lulus."
    ),
    P(
        "(3) Pegawai dilarang meminjamkan akun, kata sandi, atau sidik jari autentikasi SIAK kepada "
        "siapa pun, termasuk kepada rekan kerja, tenaga alih daya, dan peserta magang."
    ),
    P("(4) Kata sandi SIAK diganti paling lambat setiap 90 (sembilan puluh) hari."),
    H2("Pasal 21"),
    P(
        "(1) Sertifikasi kompetensi operator SIAK diatur dalam Keputusan Kepala Dinas Nomor "
        "800.1.13/052/Disdukcapil/2026 tentang Sertifikasi dan Pemeliharaan Kompetensi Operator "
        "SIAK."
    ),
    P(
        "(2) Ketentuan mengenai angka kredit, kenaikan jenjang jabatan fungsional, tunjangan "
        "jabatan fungsional, tambahan penghasilan pegawai, dan uang lembur mengikuti peraturan "
        "perundang-undangan dan tidak diatur dalam Peraturan Kepala Dinas ini."
    ),
    H1(
        "BAB VIII KETENTUAN KHUSUS PETUGAS LOKET, TIM JEMPUT BOLA, OPERATOR SIAK, DAN JABATAN "
        "FUNGSIONAL"
    ),
    H2("Bagian Kesatu - Petugas Loket"),
    H2("Pasal 22"),
    P(
        "(1) Jam layanan, pembagian shift, dan batas petugas yang dapat dilepas untuk pelatihan pada "
        "hari yang sama tercantum dalam Tabel 4."
    ),
    P(
        "(2) Petugas loket yang baru selesai Shift Siang tidak dijadwalkan mengikuti pelatihan "
        "klasikal yang dimulai sebelum pukul 09.00 WIB pada hari berikutnya."
    ),
    P(
        "(3) Pelatihan klasikal bagi petugas loket tidak dijadwalkan pada tanggal 15 Juni sampai "
        "dengan 15 Juli karena masa penerimaan peserta didik baru, dan pada 7 (tujuh) hari kerja "
        "setelah Idulfitri."
    ),
    T(
        "Tabel 4. Jam Layanan, Shift, dan Batas Petugas yang Dilepas untuk Pelatihan",
        ["Lokasi", "Hari", "Jam layanan", "Shift petugas", "Batas dilepas untuk pelatihan"],
        [list(r) for r in SHIFT],
        [36, 26, 30, 46, 40],
    ),
    H2("Bagian Kedua - Tim Jemput Bola"),
    H2("Pasal 23"),
    P(
        "(1) Tim Jemput Bola terdiri atas Regu A, Regu B, dan Regu C; setiap regu paling sedikit "
        "terdiri atas 1 (satu) ketua regu, 2 (dua) operator SIAK bersertifikat, dan 1 (satu) "
        "pengemudi MLK."
    ),
    P("(2) Disdukcapil memiliki 2 (dua) MLK, yaitu MLK-01 dan MLK-02."),
    P(
        "(3) Kunjungan rumah bagi penduduk lanjut usia dan penyandang disabilitas dilaksanakan "
        "setiap hari Selasa dan Kamis."
    ),
    P(
        "(4) Anggota Tim Jemput Bola yang mengikuti pelatihan pada hari liburnya memperoleh 1 "
        "(satu) hari pengganti yang diambil paling lambat 21 (dua puluh satu) hari kalender setelah "
        "pelatihan."
    ),
    P(
        "(5) Layanan jemput bola pada hari Sabtu ditetapkan dalam jadwal rotasi bulanan yang "
        "disusun Koordinator Layanan Jemput Bola."
    ),
    H2("Bagian Ketiga - Operator SIAK dan UPK"),
    H2("Pasal 24"),
    P(
        "(1) Operator SIAK yang belum memiliki Sertifikat Operator SIAK hanya dapat merekam data di "
        "bawah pengawasan operator bersertifikat."
    ),
    P(
        "(2) Operator SIAK di UPK yang mengikuti pelatihan digantikan oleh operator dari Loket "
        "Kantor Dinas yang ditunjuk Kepala Bidang Pelayanan Pendaftaran Penduduk."
    ),
    P(
        "(3) Peserta pelatihan dari UPK yang pelatihannya dimulai pukul 08.00 WIB atau lebih awal "
        "memperoleh penggantian transportasi sebesar Rp60.000 per hari pelatihan."
    ),
    H2("Bagian Keempat - Jabatan Fungsional"),
    H2("Pasal 25"),
    P(
        "(1) JF Administrator Database Kependudukan mengikuti paling sedikit 1 (satu) pelatihan "
        "basis data atau keamanan data yang diselenggarakan Direktorat Jenderal Kependudukan dan "
        "Pencatatan Sipil dalam 2 (dua) tahun."
    ),
    P(
        "(2) JF Pranata Komputer yang mengelola ruang server wajib mengikuti DKP-214 paling sedikit "
        "1 (satu) kali dalam 3 (tiga) tahun."
    ),
    P(
        "(3) JF Arsiparis yang melaksanakan alih media arsip akta wajib lulus DKP-217 sebelum "
        "memindai arsip akta kelahiran."
    ),
    BR(),
    H1("BAB IX PROGRAM PELITA, COACHING, DAN SERAMBI DATA"),
    H2("Bagian Kesatu - Program PELITA"),
    H2("Pasal 26"),
    P(
        "(1) Program PELITA wajib diikuti petugas loket, petugas UPK, dan anggota Tim Jemput Bola "
        "yang baru, yaitu CPNS, PPPK penuh waktu, dan PNS yang baru dimutasikan ke unit layanan, "
        "pada tahun pertama penugasannya."
    ),
    P(
        "(2) Program PELITA berlangsung selama 4 (empat) bulan dan dibuka 2 (dua) angkatan per "
        "tahun."
    ),
    P(
        "(3) Anggota binaan belum dapat memverifikasi perubahan elemen data, menandatangani "
        "dokumen secara elektronik, atau bertugas sendiri dalam layanan jemput bola sebelum "
        "dinyatakan lulus Program PELITA."
    ),
    H2("Pasal 27"),
    P("(1) Pendamping harus memenuhi syarat:"),
    L(
        "a. masa kerja di unit layanan paling singkat 4 (empat) tahun;",
        "b. memiliki Sertifikat Operator SIAK yang masih berlaku;",
        "c. telah lulus DKP-220 Pelatihan Pendamping PELITA;",
        "d. bukan atasan langsung anggota binaan; dan",
        "e. tidak sedang menjalani hukuman disiplin.",
    ),
    P("(2) Setiap pendamping membina paling banyak 2 (dua) anggota binaan."),
    P("(3) Pendamping ditetapkan dengan Keputusan Kepala Dinas untuk setiap angkatan."),
    H2("Pasal 28"),
    P("(1) Pendamping menerima honorarium Rp275.000 per anggota binaan per bulan."),
    P(
        "(2) Anggota binaan dinyatakan lulus apabila nilai penilaian akhir (Formulir PL-3) paling "
        "rendah 78 (tujuh puluh delapan) dan seluruh log pendampingan telah diverifikasi."
    ),
    H2("Bagian Kedua - Coaching"),
    H2("Pasal 29"),
    P(
        "(1) Setiap atasan langsung melaksanakan coaching bagi bawahannya paling sedikit 1 (satu) "
        "kali setiap triwulan dengan model GROW (Goal, Reality, Options, Will)."
    ),
    P("(2) Sesi coaching dicatat pada e-CAKAP paling lambat 3 (tiga) hari kerja setelah sesi."),
    H2("Bagian Ketiga - SERAMBI DATA"),
    H2("Pasal 30"),
    P(
        "(1) SERAMBI DATA bertemu 1 (satu) kali setiap bulan pada hari Rabu minggu keempat, pukul "
        "14.00-15.30 WIB, secara tatap muka dan daring."
    ),
    P(
        "(2) Pertemuan SERAMBI DATA dipandu oleh seorang pemantik yang menyiapkan kasus pelayanan "
        "atau kasus data."
    ),
    P(
        "(3) Notula dan rekaman pertemuan diunggah ke e-CAKAP paling lambat 2 (dua) hari kerja "
        "setelah pertemuan."
    ),
    P(
        "(4) Kasus yang dibahas disajikan tanpa menampilkan Nomor Induk Kependudukan atau data "
        "pribadi penduduk."
    ),
    H1("BAB X TENAGA ALIH DAYA DAN PESERTA MAGANG"),
    H2("Pasal 31"),
    P(
        "(1) Tenaga alih daya bukan Pegawai ASN sehingga tidak memiliki target JP dan JP-nya tidak "
        "dicatat pada e-CAKAP."
    ),
    P(
        "(2) Tenaga alih daya baru wajib mengikuti DKP-224 dalam 1 (satu) bulan pertama; pengemudi "
        "MLK juga mengikuti DKP-218."
    ),
    P(
        "(3) Kehadiran tenaga alih daya dalam pelatihan dicatat dalam daftar hadir tenaga "
        "pendukung dan dilaporkan kepada perusahaan penyedia jasa, tidak sebagai JP."
    ),
    H2("Pasal 32"),
    P(
        "(1) Peserta magang bukan ASN, tidak memiliki target JP, dan keikutsertaannya dalam "
        "pelatihan tidak dicatat sebagai JP."
    ),
    P(
        "(2) Peserta magang wajib mengikuti DKP-224 pada jadwal pertama setelah mulai magang dan "
        "menandatangani pernyataan menjaga kerahasiaan data pada hari pertama magang."
    ),
    P(
        "(3) Peserta magang tidak diberi hak akses SIAK dan hanya membantu layanan informasi, "
        "antrean, dan pemeriksaan kelengkapan berkas."
    ),
    P(
        "(4) Masa magang paling lama 3 (tiga) bulan; peserta magang memperoleh surat keterangan "
        "magang dari Sekretaris, bukan sertifikat JP."
    ),
    P(
        "(5) Peserta magang tidak memperoleh honorarium atau uang saku dari anggaran pengembangan "
        "kompetensi."
    ),
    BR(),
    H1("BAB XI LAPORAN PASCA-PELATIHAN"),
    H2("Pasal 33"),
    P(
        "(1) Laporan pasca-pelatihan disusun melalui e-CAKAP dan diverifikasi atasan langsung paling "
        "lama 4 (empat) hari kerja setelah diterima."
    ),
    P(
        "(2) Tata cara pengisian laporan pasca-pelatihan diatur dalam pedoman laporan pasca-"
        "pelatihan yang ditetapkan Sekretaris."
    ),
    H2("Pasal 34"),
    P(
        "(1) Peserta pelatihan kurang dari 10 JP menyampaikan Formulir FRP-1 paling lambat 2 (dua) "
        "hari kerja setelah pelatihan."
    ),
    P(
        "(2) Peserta pelatihan 10 JP sampai dengan 23 JP menyampaikan Formulir FRP-1 dan Formulir "
        "RAP-2 paling lambat 5 (lima) hari kerja setelah pelatihan."
    ),
    P(
        "(3) Peserta pelatihan 24 JP atau lebih menyampaikan Formulir FRP-1 dan Formulir RAP-2 "
        "paling lambat 5 (lima) hari kerja setelah pelatihan dan Formulir LHP-3 paling lambat 40 "
        "(empat puluh) hari kalender setelah pelatihan."
    ),
    P(
        "(4) JP pelatihan yang Formulir LHP-3-nya belum disampaikan sampai batas waktu berstatus "
        "Tertunda dan tidak dihitung dalam capaian JP sampai formulir disampaikan."
    ),
    P(
        "(5) Perpanjangan batas waktu laporan pasca-pelatihan hanya dapat diberikan oleh "
        "Sekretaris untuk seluruh peserta satu angkatan, tidak untuk perorangan."
    ),
    H1("BAB XII ANGGARAN"),
    H2("Pasal 35"),
    P(
        "(1) Pengembangan kompetensi Pegawai dibiayai dari APBD Kota Tebing Malela pada DPA "
        "Disdukcapil."
    ),
    P("(2) Rincian anggaran Tahun 2026 tercantum dalam Tabel 5."),
    P(
        "(3) Pergeseran anggaran antarbaris dalam Tabel 5 paling banyak 5% (lima persen) dari pagu "
        "baris asal dengan persetujuan Kepala Dinas."
    ),
    T(
        "Tabel 5. Anggaran Pengembangan Kompetensi Disdukcapil Tahun 2026",
        ["No", "Uraian", "Sumber dana", "Jumlah (Rp)"],
        _anggaran_rows(),
        [10, 100, 20, 30],
    ),
    BR(),
    H1("BAB XIII EVALUASI, PENGHARGAAN, DAN PELAPORAN"),
    H2("Pasal 36"),
    P(
        "(1) Evaluasi pelatihan dilaksanakan pada tingkat reaksi, pembelajaran, perilaku, dan "
        "hasil."
    ),
    P(
        "(2) Evaluasi reaksi diisi peserta pada e-CAKAP paling lambat 3 (tiga) hari kerja setelah "
        "pelatihan dengan skala 1 sampai dengan 5."
    ),
    P("(3) Evaluasi perilaku dilakukan atasan langsung melalui Formulir LHP-3."),
    P(
        "(4) Evaluasi hasil bagi petugas loket menggunakan indeks kepuasan masyarakat unit layanan "
        "dan jumlah berkas yang dikembalikan karena salah input."
    ),
    H2("Pasal 37"),
    P(
        "Laporan pasca-pelatihan sebagaimana dimaksud dalam Pasal 34 menjadi syarat kelulusan "
        "pelatihan RBD."
    ),
    H2("Pasal 38"),
    P(
        "(1) Subbagian Umum dan Kepegawaian menyampaikan rekapitulasi capaian JP per unit setiap "
        "triwulan kepada Kepala Dinas paling lambat tanggal 12 bulan berikutnya."
    ),
    P("(2) Rekapitulasi tahunan disampaikan paling lambat tanggal 25 Januari tahun berikutnya."),
    H2("Pasal 39"),
    P(
        "(1) Kepala Dinas memberikan penghargaan Duta Belajar Dukcapil kepada paling banyak 3 "
        "(tiga) Pegawai setiap tahun."
    ),
    P(
        "(2) Unit layanan dengan persentase Pegawai mencapai target JP tertinggi memperoleh "
        "penghargaan Unit Layanan Pembelajar."
    ),
    H2("Pasal 40"),
    P("Kontak penanggung jawab pengembangan kompetensi tercantum dalam Tabel 6."),
    T(
        "Tabel 6. Kontak Penanggung Jawab",
        ["Nama", "Jabatan/peran", "Nomor WA"],
        _kontak_rows(),
        [58, 70, 30],
    ),
    H1("BAB XIV KETENTUAN PERALIHAN"),
    H2("Pasal 41"),
    P(
        "(1) Sertifikat pelatihan yang diterbitkan berdasarkan Peraturan Kepala Dinas Nomor 7 Tahun "
        "2020 tetap berlaku sampai dengan masa berlakunya berakhir."
    ),
    P("(2) Capaian JP Tahun 2025 dihitung berdasarkan Peraturan Kepala Dinas Nomor 7 Tahun 2020."),
    P(
        "(3) Pegawai yang telah mengikuti pelatihan keamanan data dari Direktorat Jenderal "
        "Kependudukan dan Pencatatan Sipil pada bulan Oktober sampai dengan Desember 2025 dianggap "
        "telah lulus DKP-205 untuk Tahun 2026."
    ),
    H1("BAB XV PENUTUP"),
    H2("Pasal 42"),
    P(
        "Pada saat Peraturan Kepala Dinas ini mulai berlaku, Peraturan Kepala Dinas Nomor 7 Tahun "
        "2020 tentang Pendidikan dan Pelatihan Pegawai Dinas Kependudukan dan Pencatatan Sipil "
        "dicabut dan dinyatakan tidak berlaku."
    ),
    H2("Pasal 43"),
    P("Peraturan Kepala Dinas ini mulai berlaku pada tanggal diundangkan."),
    P(
        "Ditetapkan di Tebing Malela pada tanggal 6 Januari 2026. KEPALA DINAS KEPENDUDUKAN DAN "
        "PENCATATAN SIPIL KOTA TEBING MALELA, ttd. " + KADIS + ", NIP " + KADIS_NIP + "."
    ),
    P(
        "Diundangkan di Tebing Malela pada tanggal 15 Januari 2026 dalam Berita Daerah Kota "
        "Tebing Malela Tahun 2026 Nomor 4."
    ),
    BR(),
    H1("LAMPIRAN I KATALOG RUMAH BELAJAR DUKCAPIL (RBD) TAHUN 2026"),
    P(
        "Singkatan: Angk. = angkatan; Jan, Feb, Mar, Apr, Jun, Jul, Agu, Sep, Okt, Nov = nama bulan "
        "Tahun 2026. Penanggung jawab setiap pelatihan tercantum dalam Tabel 6."
    ),
    T(
        "Tabel L-1. Katalog RBD 2026",
        ["Kode", "Nama pelatihan", "Sasaran", "JP", "Metode", "Jadwal 2026", "Tempat", "Kuota"],
        _katalog_rows(),
        [16, 34, 34, 8, 24, 26, 28, 10],
    ),
    P(
        "Catatan Lampiran I: (1) pelatihan blended dihitung menurut total JP-nya; (2) DKP-208 "
        "mensyaratkan Sertifikat Operator SIAK Level 1; (3) DKP-213 mensyaratkan lulus DKP-205 "
        "tahun berjalan dan memuat sesi malam di server replika; (4) DKP-223 dilaksanakan setiap "
        "Kamis minggu kedua; (5) JP DKP-224 tidak dicatat bagi peserta magang dan tenaga alih "
        "daya."
    ),
]


# =========================================================================== certification 2026 (PDF)
SERT_UJI = [
    ("Gelombang I", "21-22 April 2026", LAB, "6 April 2026", "20 orang", "30 April 2026"),
    ("Gelombang II", "20-21 Oktober 2026", LAB, "2 Oktober 2026", "15 orang", "30 Oktober 2026"),
]
SERT_LEVEL = [
    (
        "Level 1 (Operator Layanan)",
        "lulus DKP-206 dan DKP-205 tahun berjalan; paling singkat 6 bulan bertugas sebagai "
        "operator SIAK",
        "teori 70; praktik 80",
        "3 tahun",
        "PNS dan PPPK penuh waktu",
    ),
    (
        "Level 2 (Operator Verifikasi dan Konsolidasi)",
        "memegang Level 1 paling singkat 1 tahun dan lulus DKP-208",
        "teori 75; praktik 80",
        "3 tahun",
        "PNS, termasuk JF Administrator Database Kependudukan",
    ),
]

SERT2026 = [
    C("KEPUTUSAN KEPALA DINAS"),
    C("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TEBING MALELA"),
    C("NOMOR 800.1.13/052/Disdukcapil/2026"),
    C("TENTANG"),
    C("SERTIFIKASI DAN PEMELIHARAAN KOMPETENSI OPERATOR SIAK"),
    P(FIKTIF),
    P(
        "Menimbang: a. bahwa kesalahan perekaman dan verifikasi elemen data pada SIAK berakibat "
        "pada dokumen kependudukan yang salah dan data ganda, sehingga operator SIAK harus "
        "memiliki kompetensi yang terukur dan dipelihara; b. bahwa Keputusan Kepala Dinas Nomor "
        "800/117/Disdukcapil/2023 tentang Sertifikasi Operator Data Kependudukan hanya mengenal "
        "satu tingkat sertifikat, tidak mengatur pemeliharaan kompetensi secara memadai, dan tidak "
        "membuka kesempatan bagi PPPK, sehingga perlu diganti."
    ),
    P(
        "Mengingat: Peraturan Kepala Dinas Nomor 3 Tahun 2026 tentang Pengembangan Kompetensi "
        "Pegawai Dinas Kependudukan dan Pencatatan Sipil."
    ),
    H1("MEMUTUSKAN"),
    P(
        "KESATU: Sertifikat Operator SIAK terdiri atas 2 (dua) level sebagaimana tercantum dalam "
        "Tabel 1."
    ),
    T(
        "Tabel 1. Level Sertifikat Operator SIAK",
        ["Level", "Syarat mengikuti uji", "Nilai lulus", "Masa berlaku", "Yang dapat mengikuti"],
        [list(r) for r in SERT_LEVEL],
        [30, 56, 26, 20, 40],
    ),
    P(
        "KEDUA: Uji sertifikasi terdiri atas uji teori berupa 60 soal pilihan ganda dalam 90 menit "
        "dan uji praktik berupa penyelesaian 10 (sepuluh) kasus layanan pada SIAK versi latih dalam "
        "120 menit dengan kesalahan elemen data paling banyak 2 (dua). Uji dimulai pukul 08.00 WIB "
        "dan dinilai oleh tim penguji 3 (tiga) orang, paling sedikit 1 (satu) orang dari "
        "Disdukcapil Provinsi Lembayung Barat."
    ),
    P(
        "KETIGA: Biaya uji sertifikasi sebesar Rp1.150.000 per peserta. Uji pertama bagi PNS dan "
        "PPPK penuh waktu dibiayai APBD pada DPA Disdukcapil. Uji ulang dikenakan biaya Rp575.000 "
        "yang ditanggung peserta."
    ),
    P(
        "KEEMPAT: Peserta yang tidak lulus dapat mengikuti uji ulang paling cepat 45 (empat puluh "
        "lima) hari setelah uji sebelumnya dan paling banyak 2 (dua) kali dalam 1 (satu) tahun."
    ),
    P(
        "KELIMA: Pemegang sertifikat wajib memelihara kompetensinya dengan mengikuti paling sedikit "
        "16 JP per tahun yang relevan dengan SIAK, termasuk DKP-205 tahun berjalan. Pemegang "
        "sertifikat yang tidak memenuhi ketentuan ini tidak dapat memperpanjang sertifikatnya tanpa "
        "uji ulang."
    ),
    P(
        "KEENAM: Perpanjangan sertifikat diajukan melalui e-CAKAP paling lambat 45 (empat puluh "
        "lima) hari sebelum masa berlaku berakhir. Sertifikat yang telah berakhir lebih dari 9 "
        "(sembilan) bulan hanya dapat diperoleh kembali melalui uji sertifikasi penuh."
    ),
    P(
        "KETUJUH: Jadwal uji sertifikasi Tahun 2026 sebagaimana tercantum dalam Tabel 2. "
        "Pendaftaran dilakukan melalui e-CAKAP dengan melampirkan sertifikat DKP-206 (Level 1) atau "
        "DKP-208 (Level 2), sertifikat DKP-205 tahun berjalan, dan persetujuan atasan langsung. "
        "Berkas kertas tidak diterima."
    ),
    T(
        "Tabel 2. Jadwal Uji Sertifikasi Operator SIAK Tahun 2026",
        ["Gelombang", "Tanggal uji", "Tempat", "Batas pendaftaran", "Kuota", "Pengumuman hasil"],
        [list(r) for r in SERT_UJI],
        [24, 28, 44, 28, 18, 28],
    ),
    P(
        "KEDELAPAN: Pemegang sertifikat Level 1 dapat merekam data, mencetak KTP-el dan Kartu "
        "Keluarga, serta melayani loket. Persetujuan perubahan elemen data dan konsolidasi data "
        "ganda pada SIAK hanya dapat dilakukan oleh pemegang sertifikat Level 2."
    ),
    P(
        "KESEMBILAN: Sertifikat dicabut apabila pemegangnya terbukti meminjamkan akun atau kata "
        "sandi SIAK; pemegang yang sertifikatnya dicabut baru dapat mengikuti uji kembali setelah "
        "12 (dua belas) bulan."
    ),
    P(
        "KESEPULUH: Koordinator sertifikasi adalah " + KOORD_SERT + ", Administrator Database "
        "Kependudukan Ahli Pertama, WA " + WA_SERT + "."
    ),
    P(
        "KESEBELAS: Ketentuan peralihan: Sertifikat Operator Data Kependudukan yang diterbitkan "
        "berdasarkan Keputusan Kepala Dinas Nomor 800/117/Disdukcapil/2023 tetap berlaku sampai "
        "dengan tanggal berakhirnya, tetapi paling lama sampai dengan 31 Maret 2027, dan "
        "disetarakan dengan sertifikat Level 1. Pemegang sertifikat lama yang menduduki JF "
        "Administrator Database Kependudukan dapat langsung mengikuti uji Level 2 tanpa menunggu "
        "1 (satu) tahun."
    ),
    P(
        "KEDUA BELAS: Pada saat Keputusan ini mulai berlaku, Keputusan Kepala Dinas Nomor "
        "800/117/Disdukcapil/2023 tentang Sertifikasi Operator Data Kependudukan dicabut dan "
        "dinyatakan tidak berlaku."
    ),
    P("KETIGA BELAS: Keputusan ini mulai berlaku pada tanggal 1 April 2026."),
    P(
        "Ditetapkan di Tebing Malela pada tanggal 2 Maret 2026. KEPALA DINAS KEPENDUDUKAN DAN "
        "PENCATATAN SIPIL KOTA TEBING MALELA, ttd. " + KADIS + ", NIP " + KADIS_NIP + "."
    ),
]

SERT2023_TXT = """\
KEPUTUSAN KEPALA DINAS
DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TEBING MALELA
NOMOR 800/117/Disdukcapil/2023
TENTANG
SERTIFIKASI OPERATOR DATA KEPENDUDUKAN

Dokumen fiktif, untuk evaluasi.

[CATATAN ADMIN e-CAKAP, 3 Maret 2026: Keputusan ini telah DICABUT dan diganti dengan
Keputusan Kepala Dinas Nomor 800.1.13/052/Disdukcapil/2026 tentang Sertifikasi dan
Pemeliharaan Kompetensi Operator SIAK, yang ditetapkan 2 Maret 2026 dan berlaku mulai
1 April 2026. Arsip ini disimpan hanya sebagai rujukan riwayat.]

KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TEBING MALELA,

Menimbang: bahwa untuk menjamin ketepatan data kependudukan perlu menetapkan sertifikasi
bagi operator data kependudukan.

MEMUTUSKAN:

KESATU
Sertifikat Operator Data Kependudukan hanya terdiri atas satu tingkat dan diberikan kepada
operator berstatus PNS yang lulus uji sertifikasi. PPPK dan tenaga honorer tidak dapat
mengikuti uji sertifikasi.

KEDUA
Syarat mengikuti uji: telah mengikuti bimbingan teknis SIAK paling singkat 30 JP dan telah
bertugas sebagai operator paling singkat 1 (satu) tahun.

KETIGA
Uji teori terdiri atas 40 soal dalam 60 menit dengan nilai lulus 65. Uji praktik dinilai
dengan nilai lulus 70.

KEEMPAT
Sertifikat berlaku 4 (empat) tahun sejak tanggal terbit.

KELIMA
Biaya uji sebesar Rp800.000 per peserta dibebankan kepada peserta atau anggaran unit
kerjanya.

KEENAM
Peserta yang tidak lulus dapat mengikuti uji ulang paling cepat 6 (enam) bulan setelah uji
sebelumnya.

KETUJUH
Pemegang sertifikat wajib mengikuti bimbingan teknis penyegaran paling sedikit 10 JP per
tahun.

KEDELAPAN
Uji sertifikasi dilaksanakan 1 (satu) kali setahun dengan kuota paling banyak 15 orang.
Uji Tahun 2023 dilaksanakan pada Senin-Selasa, 12-13 Juni 2023, di Aula Kantor Disdukcapil,
mulai pukul 08.30 WIB.

KESEMBILAN
Narahubung: Zulkifli Hamdani Rangkuti, S.Kom., Kepala Seksi Sistem Informasi Administrasi
Kependudukan, WA 0813-6200-4518.

KESEPULUH
Keputusan ini mulai berlaku pada tanggal ditetapkan.

Ditetapkan di Tebing Malela
pada tanggal 8 Mei 2023
KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TEBING MALELA,
ttd.
Drs. Syamsul Bahri Lubis, M.AP.
"""

# =========================================================================== SK PELITA (DOCX)
PENDAMPING_JAB = {
    "Lestari Wulandari Nasution, A.Md.": "Penata Layanan Operasional, Loket MPP",
    "Jonathan Parulian Sinaga, S.Kom.": "Operator SIAK bersertifikat, Loket Kantor Dinas",
    "Siti Khadijah Pohan, S.E.": "Penata Layanan Operasional, UPK Wilayah Utara",
    "Agus Salim Harahap": "Operator SIAK bersertifikat, Tim Jemput Bola Regu B",
}
PASANGAN = [
    (
        "Lestari Wulandari Nasution, A.Md.",
        "Nadya Putri Ramadhani",
        "CPNS formasi 2025",
        "Loket MPP",
    ),
    (
        "Lestari Wulandari Nasution, A.Md.",
        "Kevin Anggara Tampubolon, A.Md.",
        "PPPK penuh waktu",
        "Loket MPP",
    ),
    (
        "Jonathan Parulian Sinaga, S.Kom.",
        "Muhammad Rafi Akbar",
        "CPNS formasi 2025",
        "Loket Kantor Dinas",
    ),
    (
        "Jonathan Parulian Sinaga, S.Kom.",
        "Elisabet Manurung, S.E.",
        "PPPK penuh waktu",
        "Loket Kantor Dinas",
    ),
    (
        "Siti Khadijah Pohan, S.E.",
        "Dimas Aditya Saragih, S.Sos.",
        "PNS mutasi dari Dinas Sosial",
        "UPK Wilayah Utara",
    ),
    ("Agus Salim Harahap", "Putri Handayani Lase", "PPPK penuh waktu", "Tim Jemput Bola Regu B"),
    ("Agus Salim Harahap", "Rahmat Hidayat Siregar", "CPNS formasi 2025", "Tim Jemput Bola Regu C"),
]
HONOR_PELITA = 275_000
BULAN_PELITA = 4


def _pasangan_rows():
    return [[str(i), m, PENDAMPING_JAB[m], e, s, u] for i, (m, e, s, u) in enumerate(PASANGAN, 1)]


def _honor_rows():
    per = {}
    for m, _e, _s, _u in PASANGAN:
        per[m] = per.get(m, 0) + 1
    rows = []
    for i, (m, n) in enumerate(per.items(), 1):
        rows.append(
            [
                str(i),
                m,
                str(n),
                str(BULAN_PELITA),
                rp(HONOR_PELITA),
                rp(n * BULAN_PELITA * HONOR_PELITA),
            ]
        )
    tot = sum(per.values())
    rows.append(["", "Jumlah", str(tot), "", "", rp(tot * BULAN_PELITA * HONOR_PELITA)])
    return rows


SK_PELITA = [
    C("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TEBING MALELA"),
    C("NOMOR 800.1.6/031/Disdukcapil/2026"),
    C("TENTANG PENETAPAN PENDAMPING DAN ANGGOTA BINAAN PROGRAM PELITA ANGKATAN I TAHUN 2026"),
    P(FIKTIF),
    P(
        "Menimbang bahwa untuk melaksanakan Pasal 26 sampai dengan Pasal 28 Peraturan Kepala Dinas "
        "Nomor 3 Tahun 2026 tentang Pengembangan Kompetensi Pegawai Dinas Kependudukan dan "
        "Pencatatan Sipil perlu menetapkan pendamping dan anggota binaan Program PELITA Angkatan I "
        "Tahun 2026."
    ),
    H1("MEMUTUSKAN"),
    P(
        "KESATU: Menetapkan pendamping dan anggota binaan Program PELITA Angkatan I Tahun 2026 "
        "sebagaimana tercantum dalam Tabel 1."
    ),
    P(
        "KEDUA: Program PELITA Angkatan I berlangsung selama 4 (empat) bulan, mulai "
        + tgl(2026, 2, 2)
        + " sampai dengan "
        + tgl(2026, 5, 29)
        + ". Pembukaan dilaksanakan pada "
        + tgl(2026, 2, 2)
        + " pukul 08.30 WIB di "
        + AULA
        + "; Forum Tengah pada "
        + tgl(2026, 4, 1)
        + " pukul 09.00 WIB di "
        + AULA
        + "; dan Forum Akhir pada "
        + tgl(2026, 5, 28)
        + " pukul 09.00 WIB di "
        + AULA
        + "."
    ),
    P(
        "KETIGA: Koordinator program adalah " + KOORD_PELITA + ", WA " + WA_PELITA + ". "
        "Koordinator program tidak merangkap sebagai pendamping."
    ),
    P(
        "KEEMPAT: Pendamping menerima honorarium Rp275.000 per anggota binaan per bulan selama "
        "4 bulan, dibebankan pada DPA Disdukcapil Tahun Anggaran 2026, sebagaimana tercantum dalam "
        "Tabel 2. Honorarium dibayarkan setiap akhir bulan kedua dan keempat setelah Log "
        "Pendampingan (Formulir PL-2) diverifikasi koordinator."
    ),
    P(
        "KELIMA: Pendamping yang berhalangan lebih dari 2 (dua) minggu, termasuk karena mengikuti "
        "pelatihan di luar Daerah, digantikan sementara oleh pendamping lain yang ditunjuk "
        "koordinator; honorarium dibayarkan kepada pendamping yang melaksanakan pendampingan."
    ),
    P(
        "KEENAM: Anggota binaan di UPK Wilayah Utara dapat mengikuti pertemuan refleksi secara "
        "daring, kecuali Pembukaan, Forum Tengah, dan Forum Akhir."
    ),
    T(
        "Tabel 1. Pendamping dan Anggota Binaan Program PELITA Angkatan I Tahun 2026",
        [
            "No",
            "Nama pendamping",
            "Jabatan/unit pendamping",
            "Nama anggota binaan",
            "Status anggota binaan",
            "Unit anggota binaan",
        ],
        _pasangan_rows(),
        [6, 34, 32, 32, 26, 28],
        header2=[("No", 1), ("Pendamping", 2), ("Anggota Binaan", 3)],
    ),
    T(
        "Tabel 2. Honorarium Pendamping Program PELITA Angkatan I",
        [
            "No",
            "Pendamping",
            "Jumlah anggota binaan",
            "Bulan",
            "Honor per binaan per bulan (Rp)",
            "Jumlah (Rp)",
        ],
        _honor_rows(),
        [6, 42, 18, 10, 26, 22],
    ),
    P(
        "Ditetapkan di Tebing Malela pada tanggal 26 Januari 2026. KEPALA DINAS KEPENDUDUKAN DAN "
        "PENCATATAN SIPIL KOTA TEBING MALELA, ttd. " + KADIS
    ),
]


# =========================================================================== RAB RBD (DOCX)
def _rab_rows():
    rows = []
    for i, (k, n, a, p, c) in enumerate(RAB, 1):
        rows.append([str(i), k, n, str(a), str(p) if p else "-", rp(c), rp(a * c), "APBD"])
    rows.append(["", "", "Jumlah", str(sum(r[2] for r in RAB)), "", "", rp(RAB_TOTAL), "APBD"])
    return rows


RAB_DOC = [
    C("RENCANA ANGGARAN BIAYA RUMAH BELAJAR DUKCAPIL (RBD) TAHUN 2026"),
    C("SUBBAGIAN UMUM DAN KEPEGAWAIAN DISDUKCAPIL KOTA TEBING MALELA"),
    P(FIKTIF),
    P(
        'Rencana anggaran ini merinci baris "Rumah Belajar Dukcapil (RBD)" pada Tabel 5 Peraturan '
        "Kepala Dinas Nomor 3 Tahun 2026. Biaya per angkatan mencakup honorarium narasumber dan "
        "instruktur, konsumsi, modul, bahan praktik, dan sertifikat. Seluruh kegiatan dibiayai dari "
        "APBD Kota Tebing Malela Tahun Anggaran 2026."
    ),
    T(
        "Tabel Rincian Anggaran RBD 2026",
        [
            "No",
            "Kode",
            "Kegiatan",
            "Jumlah angkatan",
            "Peserta per angkatan",
            "Biaya per angkatan",
            "Jumlah",
            "Sumber dana",
        ],
        _rab_rows(),
        [6, 16, 52, 14, 14, 22, 22, 14],
        header2=[
            ("No", 1),
            ("Kode", 1),
            ("Kegiatan", 1),
            ("Volume", 2),
            ("Biaya (Rp)", 2),
            ("Sumber dana", 1),
        ],
    ),
    H2("Catatan"),
    L(
        "1. Biaya DKP-213 terutama untuk honorarium instruktur basis data bersertifikat dari luar "
        "daerah selama 5 hari dan sewa lisensi server replika sebesar Rp12.400.000.",
        "2. Biaya DKP-204 sudah termasuk honorarium 2 (dua) juru bahasa isyarat dari Komunitas "
        "Tuli Tebing Malela sebesar Rp1.500.000 per orang per hari.",
        "3. Biaya DKP-206 dan DKP-207 per angkatan sudah termasuk blangko KTP-el latih dan "
        "pita printer sebesar Rp2.350.000 per angkatan; blangko latih diberi cap SPESIMEN dan "
        "dimusnahkan setelah pelatihan.",
        "4. DKP-212 diselenggarakan 3 angkatan; biaya per angkatan kecil karena instruktur dari "
        "Bidang PIAK sendiri dan tidak ada bahan praktik.",
        "5. Penggantian transportasi peserta dari UPK Rp60.000 per hari tidak termasuk dalam "
        "tabel ini dan dibayar dari anggaran operasional UPK.",
        "6. Honorarium instruktur internal Disdukcapil dibayarkan sesuai standar biaya masukan "
        "Kota Tebing Malela.",
        "7. Disusun oleh " + KASUBAG_UK + " (Kepala Subbagian Umum dan Kepegawaian), 9 Januari "
        "2026; disetujui Sekretaris, " + SEKRETARIS,
    ),
]

DOCS = {
    "perkadis-pengembangan-kompetensi-disdukcapil-2026": (
        "pdf",
        PERKADIS,
        "Perkadis Disdukcapil Kota Tebing Malela No. 3 Tahun 2026",
    ),
    "kepkadis-sertifikasi-operator-siak-2026": (
        "pdf",
        SERT2026,
        "Keputusan Kadis Disdukcapil No. 800.1.13/052/Disdukcapil/2026",
    ),
    "sk-pendamping-pelita-angkatan-i-2026": (
        "docx",
        SK_PELITA,
        "Keputusan Kadis Program PELITA Angkatan I",
    ),
    "rab-rumah-belajar-dukcapil-2026": ("docx", RAB_DOC, "RAB RBD 2026"),
}


# =========================================================================== XLSX workbook
XLSX_NAME = "rekap-jp-disdukcapil-2025.xlsx"
# group, [unit, PNS, PPPK, PPPK paruh waktu, tenaga alih daya, peserta magang, total JP ASN,
#         ASN reaching target]
UNIT_2025 = [
    (
        "SEKRETARIAT DAN BIDANG",
        [
            (
                "Sekretariat (Subbagian Umum dan Kepegawaian, Keuangan, Program)",
                15,
                3,
                4,
                9,
                6,
                388,
                14,
            ),
            ("Bidang Pelayanan Pendaftaran Penduduk", 12, 2, 0, 0, 4, 326, 11),
            (
                "Bidang Pelayanan Pencatatan Sipil (termasuk Ruang Arsip Akta)",
                11,
                3,
                0,
                0,
                3,
                301,
                10,
            ),
            ("Bidang Pengelolaan Informasi Administrasi Kependudukan", 9, 2, 0, 0, 2, 352, 10),
            ("Bidang Pemanfaatan Data dan Inovasi Pelayanan", 6, 1, 0, 0, 2, 171, 5),
        ],
    ),
    (
        "UNIT LAYANAN",
        [
            ("Loket Kantor Dinas", 10, 8, 2, 4, 5, 402, 13),
            ("Loket MPP Tebing Malela", 6, 6, 2, 3, 4, 233, 8),
            ("Tim Jemput Bola (Regu A, Regu B, Regu C)", 9, 4, 0, 3, 0, 236, 7),
            ("UPK Wilayah Utara (Kecamatan Bukit Kemuning)", 5, 3, 1, 1, 0, 148, 5),
            ("UPK Wilayah Selatan (Kecamatan Padang Serai)", 4, 3, 1, 1, 0, 109, 3),
        ],
    ),
]
OPERATOR = [
    (
        "Jonathan Parulian Sinaga, S.Kom.",
        "19880214 201101 1 004",
        "Operator SIAK",
        "Loket Kantor Dinas",
        "ODK/2023/002",
        "20 Juni 2023",
        "20 Juni 2027",
        "Aktif",
    ),
    (
        "Lestari Wulandari Nasution, A.Md.",
        "19890521 201101 2 007",
        "Penata Layanan Operasional",
        "Loket MPP",
        "ODK/2023/005",
        "20 Juni 2023",
        "20 Juni 2027",
        "Aktif",
    ),
    (
        "Muhammad Fadhil Lubis, S.T.",
        "19910707 201503 1 002",
        "ADB Ahli Pertama",
        "Bidang PIAK",
        "ODK/2023/009",
        "20 Juni 2023",
        "20 Juni 2027",
        "Aktif",
    ),
    (
        "Siti Khadijah Pohan, S.E.",
        "19870930 201001 2 003",
        "Penata Layanan Operasional",
        "UPK Wilayah Utara",
        "ODK/2024/003",
        "18 Juni 2024",
        "18 Juni 2028",
        "Aktif",
    ),
    (
        "Agus Salim Harahap",
        "19860412 200901 1 005",
        "Operator SIAK",
        "Tim Jemput Bola Regu B",
        "ODK/2024/006",
        "18 Juni 2024",
        "18 Juni 2028",
        "Aktif",
    ),
    (
        "Teguh Prasetyo Nainggolan, S.Kom.",
        "19850113 200902 1 001",
        "ADB Ahli Muda",
        "Bidang PIAK",
        "ODK/2024/010",
        "18 Juni 2024",
        "18 Juni 2028",
        "Aktif",
    ),
    (
        "Irma Suryani Siregar, S.Kom.",
        "19930226 201903 2 008",
        "Operator SIAK",
        "UPK Wilayah Selatan",
        "ODK/2025/004",
        "17 Juni 2025",
        "17 Juni 2029",
        "Aktif",
    ),
    (
        "Yogi Firmansyah Daulay",
        "19940809 201903 1 006",
        "Operator SIAK",
        "Tim Jemput Bola Regu A",
        "ODK/2025/007",
        "17 Juni 2025",
        "17 Juni 2029",
        "Aktif",
    ),
    (
        "Bonifasius Gulo, S.T.",
        "19920318 202203 1 003",
        "Pranata Komputer Ahli Pertama",
        "Bidang PIAK",
        "ODK/2025/011",
        "17 Juni 2025",
        "17 Juni 2029",
        "Aktif",
    ),
    (
        "Nur Aisyah Batubara",
        "19960104 202203 2 005",
        "Operator SIAK",
        "Loket MPP",
        "-",
        "-",
        "-",
        "Belum bersertifikat (tidak lulus uji 2025)",
    ),
]
JEMPUT_2025 = [
    ("Sekolah (perekaman KTP-el pemula)", 64, 3412, 0, 0, 1180),
    ("Rumah sakit dan puskesmas (akta kelahiran bayi)", 48, 0, 1236, 392, 0),
    ("Panti asuhan, panti werdha, dan lembaga pemasyarakatan", 14, 287, 41, 133, 0),
    ("Kunjungan rumah lansia dan penyandang disabilitas", 96, 171, 0, 58, 64),
    ("Kantor kelurahan dan pasar (layanan keliling umum)", 38, 845, 412, 677, 903),
]


def _units():
    return [u for _g, us in UNIT_2025 for u in us]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Rekap JP Pegawai Disdukcapil Kota Tebing Malela 2025",
            "author": "Subbagian Umum dan Kepegawaian",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13})
    hdr = wb.add_format(
        {
            "bold": True,
            "border": 1,
            "bg_color": "#DDEBF7",
            "align": "center",
            "valign": "vcenter",
            "text_wrap": True,
        }
    )
    cell = wb.add_format({"border": 1})
    one = wb.add_format({"border": 1, "num_format": "0.0"})
    grp = wb.add_format({"bold": True, "border": 1, "bg_color": "#FFF2CC"})
    tot = wb.add_format({"bold": True, "border": 1})
    tot1 = wb.add_format({"bold": True, "border": 1, "num_format": "0.0"})

    ws = wb.add_worksheet("Rekap JP 2025")
    ws.merge_range("A1:L1", "REKAPITULASI CAPAIAN JP PEGAWAI TAHUN 2025 PER UNIT KERJA", title)
    ws.merge_range(
        "A2:L2", "Disdukcapil Kota Tebing Malela - data e-CAKAP per 19 Januari 2026. " + FIKTIF
    )
    heads = [
        "No",
        "Unit kerja",
        "PNS",
        "PPPK",
        "PPPK Paruh Waktu",
        "Tenaga Alih Daya",
        "Peserta Magang",
        "ASN Dihitung (PNS + PPPK)",
        "Total JP ASN",
        "Rata-rata JP per ASN",
        "ASN Mencapai Target (orang)",
        "Persen Mencapai Target",
    ]
    ws.merge_range("C4:G4", "Jumlah Pegawai dan Non-ASN", hdr)
    for col, h in enumerate(heads):
        if 2 <= col <= 6:
            ws.write(4, col, h, hdr)
        else:
            ws.merge_range(3, col, 4, col, h, hdr)
    row, no = 5, 0
    first = row
    for g, units in UNIT_2025:
        ws.merge_range(row, 0, row, 11, g, grp)
        row += 1
        for name, pns, pppk, pw, na, mg, jp, ok in units:
            no += 1
            asn = pns + pppk
            for col, v in enumerate([no, name, pns, pppk, pw, na, mg, asn, jp]):
                ws.write(row, col, v, cell)
            ws.write(row, 9, round(jp / asn, 1), one)
            ws.write(row, 10, ok, cell)
            ws.write(row, 11, round(ok / asn * 100, 1), one)
            row += 1
    units = _units()
    ws.write(row, 1, "JUMLAH / RATA-RATA DISDUKCAPIL", tot)
    sums = [sum(u[i] for u in units) for i in range(1, 8)]
    for col, letter, val in zip((2, 3, 4, 5, 6), "CDEFG", sums[:5], strict=True):
        ws.write_formula(row, col, f"=SUM({letter}{first + 1}:{letter}{row})", tot, val)
    asn_t = sums[0] + sums[1]
    ws.write_formula(row, 7, f"=SUM(H{first + 1}:H{row})", tot, asn_t)
    ws.write_formula(row, 8, f"=SUM(I{first + 1}:I{row})", tot, sums[5])
    ws.write_formula(row, 9, f"=ROUND(I{row + 1}/H{row + 1},1)", tot1, round(sums[5] / asn_t, 1))
    ws.write_formula(row, 10, f"=SUM(K{first + 1}:K{row})", tot, sums[6])
    ws.write_formula(
        row, 11, f"=ROUND(K{row + 1}/H{row + 1}*100,1)", tot1, round(sums[6] / asn_t * 100, 1)
    )
    ws.set_column(1, 1, 56)
    ws.set_column(2, 11, 13)

    ws2 = wb.add_worksheet("Operator Bersertifikat")
    ws2.merge_range(
        "A1:I1",
        "DAFTAR PEMEGANG SERTIFIKAT OPERATOR DATA KEPENDUDUKAN (PER 31 DESEMBER 2025)",
        title,
    )
    ws2.write(1, 0, FIKTIF)
    h2 = [
        "No",
        "Nama",
        "NIP",
        "Jabatan",
        "Unit",
        "Nomor sertifikat",
        "Tanggal terbit",
        "Berlaku sampai",
        "Status",
    ]
    for col, h in enumerate(h2):
        ws2.write(3, col, h, hdr)
    for i, r in enumerate(OPERATOR, 1):
        for col, v in enumerate([i, *r]):
            ws2.write(3 + i, col, v, cell)
    ws2.set_column(1, 1, 36)
    ws2.set_column(2, 8, 22)

    ws3 = wb.add_worksheet("Jemput Bola 2025")
    ws3.merge_range("A1:F1", "CAPAIAN LAYANAN JEMPUT BOLA TAHUN 2025 MENURUT JENIS SASARAN", title)
    ws3.write(1, 0, FIKTIF + " Layanan jemput bola adalah kinerja layanan, bukan JP.")
    h3 = [
        "Jenis sasaran",
        "Jumlah kunjungan",
        "KTP-el direkam",
        "Akta kelahiran terbit",
        "Kartu Keluarga terbit",
        "IKD diaktivasi",
    ]
    for col, h in enumerate(h3):
        ws3.write(3, col, h, hdr)
    for i, r in enumerate(JEMPUT_2025):
        for col, v in enumerate(r):
            ws3.write(4 + i, col, v, cell)
    last = 4 + len(JEMPUT_2025)
    ws3.write(last, 0, "Jumlah", tot)
    for col, letter in zip(range(1, 6), "BCDEF", strict=True):
        ws3.write_formula(
            last, col, f"=SUM({letter}5:{letter}{last})", tot, sum(r[col] for r in JEMPUT_2025)
        )
    ws3.set_column(0, 0, 52)
    ws3.set_column(1, 5, 18)

    ws4 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan",
        FIKTIF,
        "1. ASN dihitung = PNS + PPPK penuh waktu. PPPK paruh waktu belum memiliki target JP pada "
        "tahun 2025 sehingga tidak dihitung; target 12 JP bagi PPPK paruh waktu baru berlaku mulai "
        "2026.",
        "2. Tenaga alih daya dan peserta magang bukan ASN; jumlahnya dicantumkan sebagai informasi "
        "dan JP-nya tidak dicatat. Jumlah peserta magang adalah jumlah orang selama tahun 2025.",
        "3. Target JP 2025 masih mengikuti Peraturan Kepala Dinas Nomor 7 Tahun 2020: 24 JP bagi "
        "operator SIAK dan 20 JP bagi jabatan lainnya.",
        "4. UPK Wilayah Selatan terendah karena 1 dari 4 operator PNS cuti melahirkan dan loket "
        "UPK pindah ke gedung kantor camat yang baru pada Agustus-September 2025 sehingga petugas "
        "tidak dapat dilepas untuk pelatihan.",
        "5. Kolom 'Berlaku sampai' pada sheet Operator Bersertifikat ditulis sesuai sertifikat "
        "yang diterbitkan berdasarkan Keputusan Kepala Dinas Nomor 800/117/Disdukcapil/2023 (masa "
        "berlaku 4 tahun); lihat ketentuan peralihan Keputusan Kepala Dinas Nomor "
        "800.1.13/052/Disdukcapil/2026.",
        "6. Sheet Jemput Bola 2025 bersumber dari laporan bulanan Koordinator Layanan Jemput Bola.",
        "Disusun oleh Subbagian Umum dan Kepegawaian, 23 Januari 2026. Kontak: "
        + ANALIS_SDM
        + ", WA "
        + WA_RBD
        + ".",
    ]
    for i, t in enumerate(notes):
        ws4.write(i, 0, t)
    ws4.set_column(0, 0, 120)
    wb.close()


# =========================================================================== CSV files
KUOTA_UNITS = [
    "Sekretariat",
    "Bidang Dafduk",
    "Bidang Capil",
    "Bidang PIAK",
    "Bidang PDIP",
    "Loket Kantor",
    "Loket MPP",
    "Tim Jemput Bola",
    "UPK Utara",
    "UPK Selatan",
    "Non-ASN (magang dan alih daya)",
]
_KUOTA = [
    (
        "DKP-201",
        "Orientasi Pegawai Baru Disdukcapil",
        2,
        25,
        [9, 4, 4, 3, 2, 10, 8, 4, 3, 3, 0],
        "Angk. I Januari, Angk. II Agustus",
    ),
    (
        "DKP-203",
        "Pelayanan Prima dan Layanan Inklusif",
        2,
        24,
        [0, 4, 4, 0, 0, 16, 12, 6, 3, 3, 0],
        "wajib setiap 2 tahun bagi petugas loket",
    ),
    (
        "DKP-204",
        "Bahasa Isyarat Dasar untuk Petugas Loket",
        1,
        20,
        [0, 0, 0, 0, 0, 7, 6, 4, 2, 1, 0],
        "kolom Loket MPP termasuk petugas Sabtu",
    ),
    (
        "DKP-205",
        "Keamanan Data dan Pelindungan Data Pribadi",
        2,
        80,
        [8, 22, 22, 16, 10, 30, 20, 20, 6, 6, 0],
        "wajib setiap tahun; batas lulus 30 April",
    ),
    (
        "DKP-206",
        "Operator SIAK Tingkat Dasar",
        2,
        12,
        [0, 4, 2, 2, 0, 6, 4, 2, 2, 2, 0],
        "paling banyak 2 petugas loket per shift",
    ),
    (
        "DKP-207",
        "Perekaman Biometrik dan Penerbitan KTP-el",
        1,
        16,
        [0, 3, 0, 1, 0, 4, 3, 3, 1, 1, 0],
        "",
    ),
    (
        "DKP-208",
        "Konsolidasi dan Pembersihan Data Ganda",
        1,
        15,
        [0, 4, 0, 7, 2, 1, 1, 0, 0, 0, 0],
        "syarat Sertifikat Operator SIAK Level 1",
    ),
    ("DKP-209", "Pencatatan Kelahiran dan Kematian", 1, 25, [0, 0, 12, 0, 0, 5, 4, 0, 2, 2, 0], ""),
    (
        "DKP-212",
        "Identitas Kependudukan Digital (IKD)",
        3,
        30,
        [0, 10, 0, 6, 0, 24, 18, 18, 7, 7, 0],
        "target aktivasi IKD 2026",
    ),
    (
        "DKP-213",
        "Administrasi Basis Data untuk ADB",
        1,
        8,
        [0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0],
        "khusus JF ADB dan JF Pranata Komputer",
    ),
    (
        "DKP-217",
        "Digitalisasi dan Alih Media Arsip Kependudukan",
        1,
        12,
        [2, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0],
        "kolom Sekretariat = arsiparis Subbagian Umum",
    ),
    (
        "DKP-218",
        "Layanan Jemput Bola dan Perekaman Keliling",
        2,
        12,
        [0, 2, 0, 0, 0, 2, 0, 16, 1, 1, 2],
        "kolom Non-ASN = pengemudi MLK tenaga alih daya",
    ),
    (
        "DKP-221",
        "Pelayanan Adminduk bagi Kelompok Rentan",
        1,
        25,
        [0, 6, 0, 0, 0, 6, 4, 7, 1, 1, 0],
        "",
    ),
    (
        "DKP-224",
        "Pembekalan Peserta Magang dan Tenaga Pendukung Layanan",
        12,
        15,
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 180],
        "PPPK paruh waktu baru masuk kolom Non-ASN",
    ),
]


def kuota_rows():
    rows = []
    for k, n, a, q, units, ket in _KUOTA:
        assert sum(units) == a * q, k
        rows.append([k, n, str(a), str(q)] + [str(x) for x in units] + [str(sum(units)), ket])
    return rows


REKAP_HEADER = [
    "unit_kerja",
    "lokasi",
    "asn_dihitung",
    "jp_klasikal",
    "jp_nonklasikal",
    "total_jp",
    "rata_rata_jp_per_asn",
    "asn_capai_7_jp",
    "persen_capai_7_jp",
    "frp_rap_terlambat",
    "keterangan",
]
_REKAP = [
    (
        "Sekretariat",
        "Kantor Dinas",
        18,
        88,
        27.5,
        9,
        0,
        "DKP-201 Angk. I 20-21 Januari diikuti 5 pegawai baru",
    ),
    (
        "Bidang Dafduk",
        "Kantor Dinas",
        14,
        96,
        18.5,
        8,
        1,
        "DKP-206 Angk. I 9-13 Februari diikuti 4 operator",
    ),
    ("Bidang Capil", "Kantor Dinas", 14, 52, 21, 6, 0, ""),
    (
        "Bidang PIAK",
        "Kantor Dinas",
        11,
        104,
        12.5,
        9,
        0,
        "DKP-205 Angk. I 3-4 Maret diikuti seluruh operator",
    ),
    ("Bidang PDIP", "Kantor Dinas", 7, 24, 9.5, 3, 0, ""),
    (
        "Loket Kantor Dinas",
        "Kantor Dinas",
        18,
        144,
        31,
        11,
        2,
        "antrean naik selama Ramadan; 2 FRP-1 terlambat",
    ),
    ("Loket MPP", "Plaza Malela", 12, 72, 16.5, 6, 1, ""),
    (
        "Tim Jemput Bola",
        "Kantor Dinas",
        13,
        56,
        14,
        5,
        0,
        "perekaman KTP-el pemula di 18 sekolah Februari-Maret",
    ),
    ("UPK Utara", "Kecamatan Bukit Kemuning", 8, 40, 6.5, 4, 0, ""),
    (
        "UPK Selatan",
        "Kecamatan Padang Serai",
        7,
        16,
        4.5,
        1,
        1,
        "jaringan internet UPK terputus 10-17 Maret",
    ),
]


def rekap_rows():
    rows = []
    for unit, lok, asn, kl, nk, ok, late, ket in _REKAP:
        total = kl + nk
        rows.append(
            [
                unit,
                lok,
                str(asn),
                str(kl),
                dec(nk),
                dec(total),
                dec(total / asn),
                str(ok),
                dec(ok / asn * 100),
                str(late),
                ket,
            ]
        )
    tot_asn = sum(r[2] for r in _REKAP)
    tot_kl = sum(r[3] for r in _REKAP)
    tot_nk = sum(r[4] for r in _REKAP)
    tot_ok = sum(r[5] for r in _REKAP)
    rows.append(
        [
            "JUMLAH DISDUKCAPIL",
            "",
            str(tot_asn),
            str(tot_kl),
            dec(tot_nk),
            dec(tot_kl + tot_nk),
            dec((tot_kl + tot_nk) / tot_asn),
            str(tot_ok),
            dec(tot_ok / tot_asn * 100),
            str(sum(r[6] for r in _REKAP)),
            "data e-CAKAP per 8 April 2026",
        ]
    )
    return rows


SERAMBI_HEADER = ["no", "tanggal", "waktu", "tempat", "topik", "pemantik", "catatan"]
SERAMBI = [
    [
        "1",
        tgl(2026, 1, 28),
        "14.00-15.30 WIB",
        AULA + " dan Zoom",
        "Refleksi 2025: antrean, berkas kembali, dan keluhan warga",
        SEKRETARIS,
        "Pertemuan perdana 2026; dihadiri 52 orang.",
    ],
    [
        "2",
        tgl(2026, 2, 25),
        "14.00-15.30 WIB",
        AULA + " dan Zoom",
        "NIK ganda dan data anomali:\nbagaimana menemukan, siapa yang boleh memperbaiki",
        ADB_MUDA,
        "Rekaman tersedia di e-CAKAP.",
    ],
    [
        "3",
        tgl(2026, 3, 25),
        "14.00-15.30 WIB",
        "Zoom",
        "Melayani warga Tuli dan warga dengan hambatan penglihatan di loket",
        KOORD_LOKET,
        "Hanya daring karena masih dalam masa cuti bersama Idulfitri.",
    ],
    [
        "4",
        tgl(2026, 4, 22),
        "14.00-15.30 WIB",
        MPP_RUANG + " dan Zoom",
        "Cerita dari loket MPP:\n- antrean Senin pagi\n- berkas kurang lengkap\n- warga luar kota",
        "Lestari Wulandari Nasution, A.Md.",
        "Peserta tatap muka diminta datang 15 menit lebih awal.",
    ],
    [
        "5",
        tgl(2026, 5, 27),
        "14.00-15.30 WIB",
        AULA + " dan Zoom",
        "Akta kelahiran bagi anak yang orang tuanya tidak memiliki buku nikah",
        KABID_CAPIL,
        "Bertepatan dengan Iduladha; lihat notulen rapat April.",
    ],
    [
        "6",
        tgl(2026, 6, 24),
        "14.00-15.30 WIB",
        AULA + " dan Zoom",
        "Jemput bola ke lembaga pemasyarakatan: prosedur, keamanan, dan perekaman warga binaan",
        KOORD_JB,
        "",
    ],
    [
        "7",
        tgl(2026, 7, 22),
        "14.00-15.30 WIB",
        AULA + " dan Zoom",
        "Aktivasi IKD: kenapa warga ragu, dan cara menjelaskannya",
        KABID_PIAK,
        "",
    ],
    [
        "8",
        tgl(2026, 8, 26),
        "14.00-15.30 WIB",
        AULA + " dan Zoom",
        "Pemanfaatan data kependudukan oleh lembaga pengguna, apa yang boleh dan tidak",
        KABID_PDIP,
        "Peserta DKP-213 tidak hadir; rekaman diunggah ke e-CAKAP.",
    ],
    [
        "9",
        tgl(2026, 9, 23),
        "14.00-15.30 WIB",
        AULA + " dan Zoom",
        "Belajar dari anggota binaan PELITA Angkatan I",
        KOORD_PELITA,
        "Pemantik koordinator, pendamping, dan 2 anggota binaan.",
    ],
    [
        "10",
        tgl(2026, 10, 28),
        "14.00-15.30 WIB",
        "Ruang Arsip Akta, Kantor Disdukcapil lantai 1 dan Zoom",
        "Alih media arsip akta: dari rak ke pindai,\nberapa lama dan berapa biaya",
        ARSIPARIS,
        "Tatap muka dibatasi 20 orang karena ruang sempit.",
    ],
    [
        "11",
        tgl(2026, 11, 25),
        "14.00-15.30 WIB",
        AULA + " dan Zoom",
        "Membaca survei kepuasan masyarakat 2026",
        KABID_DAFDUK,
        "",
    ],
    [
        "12",
        tgl(2026, 12, 23),
        "14.00-15.30 WIB",
        AULA + " dan Zoom",
        "Kilas balik 2026 dan penetapan tema 2027",
        KOORD_SERAMBI,
        "Pengumuman Duta Belajar Dukcapil 2026.",
    ],
]

ROTASI_HEADER = [
    "minggu",
    "periode",
    "loket_kantor_shift_pagi",
    "loket_kantor_shift_siang",
    "loket_mpp",
    "regu_jemput_bola_bertugas",
    "sasaran_jemput_bola",
    "dilepas_untuk_pelatihan",
    "catatan",
]
ROTASI = [
    [
        "1",
        "3-8 Agustus 2026",
        "Kelompok Melati",
        "Kelompok Mawar",
        "Kelompok Kenanga",
        "Regu A (MLK-01)",
        "SMA Negeri 2 dan SMK Negeri 1 Tebing Malela (perekaman KTP-el pemula)",
        "DKP-201 Angk. II 4-5 Agustus: 2 PPPK baru Kelompok Mawar",
        "Sabtu 8 Agustus MPP buka 08.00-12.00 WIB oleh Kelompok Kenanga",
    ],
    [
        "2",
        "10-15 Agustus 2026",
        "Kelompok Mawar",
        "Kelompok Kenanga",
        "Kelompok Melati",
        "Regu B (MLK-02)",
        "RSUD Tebing Malela dan Puskesmas Padang Serai (akta kelahiran bayi)",
        "DKP-212 Angk. II 11 Agustus: 2 petugas per kelompok loket dan 2 dari Regu C",
        "Regu C bertugas administrasi",
    ],
    [
        "3",
        "17-22 Agustus 2026",
        "Kelompok Kenanga",
        "Kelompok Melati",
        "Kelompok Mawar",
        "Regu C (MLK-01)",
        "kunjungan rumah lansia dan penyandang disabilitas Kecamatan Bukit Kemuning (Selasa dan "
        "Kamis)",
        "DKP-220 Angk. II 18-19 Agustus: 4 calon pendamping PELITA",
        "Senin 17 Agustus libur HUT RI; semua loket dan MPP tutup",
    ],
    [
        "4",
        "24-29 Agustus 2026",
        "Kelompok Melati",
        "Kelompok Mawar",
        "Kelompok Kenanga",
        "Regu A (MLK-02)",
        "Lembaga Pemasyarakatan Kelas IIB Tebing Malela (perekaman warga binaan)",
        "DKP-213 24-28 Agustus: 8 ADB dan Pranata Komputer (bukan petugas loket)",
        "MLK-01 servis berkala 24-25 Agustus",
    ],
    [
        "5",
        "31 Agustus 2026",
        "Kelompok Mawar",
        "Kelompok Kenanga",
        "Kelompok Melati",
        "Regu B (MLK-01)",
        "Kantor Kelurahan Sungai Jernih (layanan keliling umum)",
        "-",
        "rotasi September diumumkan 28 Agustus 2026",
    ],
]


# =========================================================================== HTML helpdesk
HELPDESK_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Bantuan e-CAKAP - Disdukcapil Kota Tebing Malela</title>
</head>
<body>
<header>
<h1>Pusat Bantuan e-CAKAP</h1>
<p>Sistem pembelajaran Rumah Belajar Dukcapil (RBD), Disdukcapil Kota Tebing Malela.
<em>Dokumen fiktif, untuk evaluasi.</em></p>
</header>
<main>
<section id="jam-layanan">
<h2>Jam layanan helpdesk</h2>
<ul>
<li>Senin-Kamis pukul 08.00-16.00 WIB</li>
<li>Jumat pukul 08.00-11.30 WIB dan 13.30-16.00 WIB</li>
<li>Sabtu pukul 08.00-12.00 WIB (hanya chat WhatsApp, mengikuti jam buka loket MPP)</li>
<li>Minggu dan hari libur nasional: tutup</li>
</ul>
<p>Pertanyaan yang masuk di luar jam layanan dijawab paling lambat pukul 10.00 WIB pada hari
kerja berikutnya. Selama uji sertifikasi Operator SIAK berlangsung, admin bertugas di lokasi uji
dan chat baru dijawab setelah pukul 13.00 WIB.</p>
<p>WhatsApp helpdesk: <strong>0811-6700-2519</strong> (chat saja, tidak menerima telepon).
Surel: <a href="mailto:helpdesk.ecakap@disdukcapil.tebingmalela.contoh">helpdesk.ecakap@disdukcapil.tebingmalela.contoh</a>.
Telepon kantor: (0637) 552-210 ext. 231. Admin e-CAKAP: Rizky Aulia Rahman, S.Kom.
(Pranata Komputer Ahli Pertama).</p>
</section>
<section id="kontak-per-topik">
<h2>Siapa yang dihubungi?</h2>
<table border="1">
<thead><tr><th>Topik</th><th>Petugas</th><th>Kontak</th></tr></thead>
<tbody>
<tr><td>Lupa kata sandi e-CAKAP, akun terkunci, NIP tidak ditemukan</td><td>Rizky Aulia Rahman, S.Kom.</td><td>WA 0811-6700-2519</td></tr>
<tr><td>Klaim JP, sertifikat, rekap JP</td><td>Fitri Handayani Daulay, S.Psi.</td><td>WA 0813-7012-5584</td></tr>
<tr><td>Pendaftaran dan pembatalan pelatihan RBD</td><td>Bambang Sutrisno Pane, S.Sos.</td><td>WA 0812-6044-3170</td></tr>
<tr><td>Pemesanan Lab SIAK Latih untuk latihan mandiri</td><td>Bonifasius Gulo, S.T.</td><td>WA 0822-6390-1147</td></tr>
<tr><td>Sertifikasi Operator SIAK</td><td>Muhammad Fadhil Lubis, S.T.</td><td>WA 0813-6027-3381</td></tr>
<tr><td>Program PELITA (log PL-2, refleksi)</td><td>Ratna Juwita Simanjuntak, S.Sos.</td><td>WA 0852-6143-8870</td></tr>
<tr><td>Akun peserta magang dan tenaga alih daya</td><td>Maya Sari Tanjung, A.Md.</td><td>WA 0857-6211-4093</td></tr>
<tr><td>Hak akses SIAK dinonaktifkan karena belum lulus DKP-205</td><td>Bidang PIAK (Ahmad Ridho Batubara, S.Kom., M.T.)</td><td>WA 0811-6320-4471</td></tr>
</tbody>
</table>
</section>
<section id="masalah-umum">
<h2>Masalah yang sering terjadi</h2>
<table border="1">
<thead><tr><th>Masalah</th><th>Penyebab</th><th>Solusi</th></tr></thead>
<tbody>
<tr><td>Kode QR presensi tidak terbaca</td><td>Presensi sudah ditutup (lebih dari 15 menit setelah sesi dimulai) atau jam ponsel tidak sinkron</td><td>Minta panitia mencatat presensi manual pada hari itu juga; atur jam ponsel otomatis</td></tr>
<tr><td>Tombol Klaim JP tidak muncul</td><td>Kegiatan lebih dari 30 hari yang lalu</td><td>Klaim tidak dapat diajukan lagi; hubungi pengelola RBD hanya jika ada surat tugas</td></tr>
<tr><td>Status JP "Tertunda"</td><td>Formulir LHP-3 belum dikirim setelah 40 hari</td><td>Kirim LHP-3; status berubah setelah diverifikasi atasan</td></tr>
<tr><td>Sertifikat belum terbit</td><td>Evaluasi reaksi belum diisi atau masih dalam 6 hari kerja</td><td>Isi evaluasi reaksi; tunggu sampai 6 hari kerja</td></tr>
<tr><td>Unggah berkas gagal</td><td>Berkas lebih dari 4 MB atau bukan PDF/JPG</td><td>Kompres berkas menjadi PDF paling besar 4 MB</td></tr>
<tr><td>Peserta magang tidak bisa masuk</td><td>Akun magang dibuat Subbagian Umum dan Kepegawaian, bukan dengan NIP</td><td>Masuk dengan nomor induk magang (format MG-TM-xxxx)</td></tr>
<tr><td>Video modul tersendat di UPK</td><td>Bandwidth internet UPK terbatas</td><td>Unduh modul versi ringan (PDF) atau tonton di Kantor Dinas</td></tr>
</tbody>
</table>
</section>
<section id="catatan">
<h2>Catatan</h2>
<p>e-CAKAP belum terhubung dengan SIASN maupun MyASN. Setelah sertifikat terbit, unggah
sendiri sertifikat Anda ke MyASN.</p>
<p>Aplikasi e-CAKAP versi Android dapat diunduh dari halaman intranet Disdukcapil; versi iOS
belum tersedia.</p>
</section>
</main>
<footer><p>Terakhir diperbarui 4 Mei 2026. Dokumen fiktif, untuk evaluasi.</p></footer>
</body>
</html>
"""

# =========================================================================== Markdown: PELITA guide
PANDUAN_PELITA_MD = """\
---
id: panduan-program-pelita
title: Panduan Program PELITA 2026
penerbit: Bidang Pelayanan Pendaftaran Penduduk bersama Subbagian Umum dan Kepegawaian, Disdukcapil Kota Tebing Malela
dasar: Peraturan Kepala Dinas Nomor 3 Tahun 2026, Pasal 26-28
catatan: Dokumen fiktif, untuk evaluasi.
---

# Panduan Program PELITA 2026

PELITA adalah singkatan dari *Pendampingan Petugas Loket Baru*. Program ini membekali petugas
layanan baru selama 4 bulan pertama supaya terbiasa dengan alur antrean, pemeriksaan berkas,
SIAK, dan cara melayani warga sebelum bertugas mandiri. PELITA dibuka 2 angkatan per tahun:
Angkatan I (Februari–Mei 2026) dan Angkatan II (September–Desember 2026).

## Siapa ikut PELITA?

- CPNS dan PPPK penuh waktu yang ditempatkan di loket kantor, loket MPP, UPK, atau Tim Jemput
  Bola pada tahun pertama.
- PNS yang baru dimutasikan ke unit layanan dari perangkat daerah lain, pada tahun pertama.
- **Tidak** untuk PPPK paruh waktu, tenaga alih daya, dan peserta magang. Mereka cukup mengikuti
  DKP-224.

## Beda pendamping, coach, dan instruktur RBD

| Peran | Siapa | Untuk siapa | Lama | Fokus |
|---|---|---|---|---|
| Pendamping | petugas layanan senior, masa kerja di unit layanan paling singkat 4 tahun | anggota binaan (paling banyak 2) | 4 bulan | kebiasaan kerja di loket dan jemput bola |
| Coach | atasan langsung | semua bawahan | paling sedikit 1 kali per triwulan | tujuan kinerja, model GROW |
| Instruktur RBD | instruktur internal atau narasumber Ditjen Dukcapil | peserta pelatihan | selama pelatihan | materi pelatihan |

## Syarat pendamping

1. Masa kerja di unit layanan paling singkat 4 tahun.
2. Memiliki Sertifikat Operator SIAK yang masih berlaku.
3. Lulus DKP-220 Pelatihan Pendamping PELITA.
4. Bukan atasan langsung anggota binaan.
5. Tidak sedang menjalani hukuman disiplin.

## Alur 4 bulan

| Tahap | Waktu | Formulir | Keterangan |
|---|---|---|---|
| Pembukaan | minggu ke-1 | - | perkenalan, pembagian pasangan, penjelasan kerahasiaan data |
| Rencana pendampingan | paling lambat 7 hari kerja setelah pembukaan | PL-1 | target kompetensi per bulan, disetujui Koordinator Pelayanan Loket dan MPP |
| Layanan didampingi | bulan ke-1 s.d. ke-4 | PL-2 | paling sedikit 150 berkas layanan didampingi dan 4 kali layanan jemput bola |
| Refleksi | setiap 2 minggu | - | paling sedikit 8 kali, dicatat di e-CAKAP paling lambat 2 hari kerja |
| Forum Tengah | bulan ke-2 | - | kemajuan setiap pasangan, 5 menit per pasangan |
| Penilaian akhir | bulan ke-4 | PL-3 | nilai lulus 78 |
| Forum Akhir | minggu terakhir | - | presentasi 10 menit dan tanya jawab 5 menit per anggota binaan |

## Yang tidak boleh dilakukan anggota binaan

- Memverifikasi perubahan elemen data (misalnya perubahan nama, agama, atau status perkawinan).
- Menandatangani dokumen secara elektronik.
- Bertugas sendiri dalam layanan jemput bola.
- Memakai akun SIAK pendamping, walaupun pendamping berada di sebelahnya.

## JP yang diakui

- Anggota binaan: 2 JP per pertemuan refleksi, paling banyak 16 JP per program.
- Pendamping: 1 JP per pertemuan refleksi, paling banyak 8 JP per program.
- Berkas layanan yang didampingi adalah tugas rutin, **bukan** JP.

## Honorarium

Pendamping menerima Rp275.000 per anggota binaan per bulan selama 4 bulan. Honor dibayar pada
akhir bulan ke-2 dan bulan ke-4 setelah PL-2 diverifikasi koordinator.

## Kalau antrean melonjak

Pada masa lonjakan antrean, misalnya masa penerimaan peserta didik baru (15 Juni–15 Juli),
pasangan PELITA bertugas di loket yang sama. Berkas yang dilayani tetap dicatat di PL-2.
Refleksi boleh digeser paling lama 1 minggu.

## Kontak

Koordinator Program PELITA: Ratna Juwita Simanjuntak, S.Sos., WA 0852-6143-8870.
Koordinator Pelayanan Loket dan MPP: Dewi Kartika Sembiring, S.AP., WA 0813-6155-2908.
"""

# =========================================================================== Markdown: report guide
PEDOMAN_LAPORAN_MD = """\
# Pedoman Laporan Pasca-Pelatihan Disdukcapil Kota Tebing Malela

Ditetapkan Sekretaris Disdukcapil sebagai pelaksanaan Pasal 33 dan Pasal 34 Peraturan Kepala
Dinas Nomor 3 Tahun 2026. Dokumen fiktif, untuk evaluasi.

## Tiga formulir

| Formulir | Nama | Wajib untuk | Batas waktu | Diverifikasi |
|---|---|---|---|---|
| FRP-1 | Formulir Refleksi Pelatihan | semua pelatihan | 2 hari kerja (di bawah 10 JP) atau 5 hari kerja (10 JP atau lebih) | pengelola RBD |
| RAP-2 | Rencana Aksi Penerapan | pelatihan 10 JP atau lebih | 5 hari kerja | atasan langsung |
| LHP-3 | Laporan Hasil Penerapan | pelatihan 24 JP atau lebih | 40 hari kalender | atasan langsung |

Pelatihan blended dihitung menurut total JP-nya (daring + klasikal). Atasan langsung
memverifikasi paling lama 4 hari kerja setelah formulir diterima.

## Isi FRP-1 (Formulir Refleksi Pelatihan)

1. Nama dan kode pelatihan, tanggal, penyelenggara, dan JP.
2. Tiga hal terpenting yang dipelajari.
3. Satu hal yang akan langsung diterapkan di loket, di lapangan, atau di meja kerja.
4. Penilaian singkat materi, instruktur, metode, sarana, dan jadwal (skala 1-5).

## Isi RAP-2 (Rencana Aksi Penerapan)

- Kegiatan yang akan dilakukan, target, jadwal, dan indikator keberhasilan.
- Kaitan dengan Sasaran Kinerja Pegawai (SKP).
- Rencana berbagi hasil pelatihan kepada rekan, misalnya pada apel pagi loket atau SERAMBI DATA.
- Persetujuan atasan langsung.

## Isi LHP-3 (Laporan Hasil Penerapan)

- Apa yang sudah diterapkan, dengan bukti (foto, SOP yang diperbarui, tangkapan layar).
- Tangkapan layar SIAK wajib disamarkan: NIK, nama, dan alamat penduduk tidak boleh terbaca.
- Dampak pada pekerjaan, misalnya waktu layanan per berkas, jumlah berkas yang dikembalikan, atau
  keluhan warga.
- Berbagi pengetahuan: paling sedikit 1 kali kepada rekan kerja.
- Kendala dan dukungan yang dibutuhkan.
- Verifikasi dan catatan atasan langsung.

## Contoh

| Pelatihan | JP | Formulir yang wajib |
|---|---|---|
| DKP-213 Administrasi Basis Data untuk ADB | 40 | FRP-1, RAP-2, dan LHP-3 |
| DKP-216 Analisis Data dan Profil Perkembangan Kependudukan | 24 (6 daring + 18 klasikal) | FRP-1, RAP-2, dan LHP-3 |
| DKP-211 Pencatatan Sipil Orang Asing dan Peristiwa Penting Lainnya | 12 (4 daring + 8 klasikal) | FRP-1 dan RAP-2 |
| DKP-212 Identitas Kependudukan Digital (IKD) | 8 | FRP-1 |
| DKP-223 Menyusun Laporan Pasca-Pelatihan | 3 | FRP-1 |

## Status JP di e-CAKAP

- **Menunggu Verifikasi**: formulir sudah dikirim, belum diverifikasi.
- **Diakui**: JP masuk capaian tahun berjalan.
- **Tertunda**: LHP-3 belum dikirim setelah 40 hari; JP tidak dihitung dan pegawai tidak dapat
  mendaftar pelatihan RBD berikutnya sampai LHP-3 dikirim.

## Perpanjangan

Perpanjangan batas waktu hanya diberikan Sekretaris untuk seluruh peserta satu angkatan,
misalnya karena peserta dikerahkan dalam layanan jemput bola massal. Permohonan perorangan tidak
dilayani.

## Peserta magang, tenaga alih daya, dan PPPK paruh waktu

- Peserta magang dan tenaga alih daya tidak mengisi FRP-1, RAP-2, atau LHP-3. Mereka cukup
  mengisi Lembar Kesan Peserta (Formulir LKP-1) pada hari terakhir pelatihan.
- PPPK paruh waktu mengisi formulir yang sama dengan pegawai lain.

## Kendala yang sering ditulis pada LHP-3 2025

1. Antrean padat sehingga tidak ada waktu mencoba cara kerja baru.
2. SIAK versi latih berbeda tampilan dengan SIAK versi produksi.
3. Rotasi loket dan shift sehingga sulit berbagi ke rekan yang sama.
4. Mutasi tugas sebelum materi sempat diterapkan.

Kontak: Fitri Handayani Daulay, S.Psi., pengelola RBD, WA 0813-7012-5584,
rumahbelajar@disdukcapil.tebingmalela.contoh.
"""

# =========================================================================== minutes
NOTULEN_MD = """\
# Notulen Rapat Tim Pengembangan Kompetensi Disdukcapil Kota Tebing Malela

Dokumen fiktif, untuk evaluasi.

- **Hari/tanggal:** Selasa, 14 April 2026
- **Waktu:** pukul 09.00-11.45 WIB
- **Tempat:** Ruang Rapat Sekretaris, Kantor Disdukcapil lantai 3
- **Pimpinan rapat:** Hj. Nurlela Sari Siregar, S.E., M.M. (Sekretaris)
- **Notulis:** Fitri Handayani Daulay, S.Psi.
- **Hadir:** Kepala Subbagian Umum dan Kepegawaian; Kepala Bidang Pelayanan Pendaftaran
  Penduduk; Kepala Bidang PIAK; Koordinator Pelayanan Loket dan MPP; Koordinator Layanan Jemput
  Bola; Koordinator Sertifikasi Operator SIAK; Koordinator Program PELITA; Koordinator SERAMBI
  DATA; admin e-CAKAP (11 orang).

## 1. Laporan kondisi Lab SIAK Latih

Kepala Bidang PIAK melaporkan bahwa seluruh perangkat perekaman latih di Lab SIAK Latih akan
diganti dan SIAK versi latih dimigrasikan ke server replika baru. Lab SIAK Latih **tidak dapat
dipakai mulai 20 April sampai dengan 5 Juni 2026**. DKP-207 (14-16 April) tetap berjalan sesuai
katalog karena selesai sebelum penggantian. DKP-206 Angk. II (20-24 Juli) tidak terpengaruh.

## 2. Keputusan rapat

1. **Uji Sertifikasi Operator SIAK Gelombang I** dipindahkan dari 21-22 April 2026 menjadi
   **Selasa-Rabu, 5-6 Mei 2026**, mulai pukul 08.00 WIB. Tempat uji dipindahkan dari Lab SIAK
   Latih ke **Ruang Pelatihan MPP Tebing Malela lantai 3, Plaza Malela, Jalan Lintas Pesisir
   Nomor 40**, memakai 12 laptop SIAK latih pinjaman Disdukcapil Provinsi Lembayung Barat.
2. Batas pendaftaran uji Gelombang I diperpanjang dari 6 April 2026 menjadi **Rabu, 22 April
   2026 pukul 15.00 WIB**, karena Keputusan sertifikasi baru berlaku 1 April 2026 dan baru 9
   orang yang mendaftar. Pengumuman hasil bergeser dari 30 April 2026 menjadi **Jumat, 15 Mei
   2026**.
3. Kuota uji Gelombang I dinaikkan dari 20 orang menjadi **24 orang** karena operator pemegang
   sertifikat lama yang berakhir paling lama 31 Maret 2027 diminta ikut lebih awal. Tambahan
   biaya 4 peserta sebesar Rp4.600.000 dipenuhi dari pergeseran baris pengiriman pelatihan
   eksternal (di bawah batas 5%). Gelombang II (20-21 Oktober 2026, kuota 15 orang) **tidak
   berubah**.
4. **DKP-208 Konsolidasi dan Pembersihan Data Ganda** dipindahkan dari 19-22 Mei 2026 menjadi
   **Selasa-Jumat, 9-12 Juni 2026** karena Lab SIAK Latih belum dapat dipakai. Pendaftaran ditutup
   Jumat, 29 Mei 2026.
5. Batas waktu **LHP-3 DKP-207 Perekaman Biometrik dan Penerbitan KTP-el** (angkatan 14-16 April)
   diperpanjang dari 26 Mei 2026 menjadi **9 Juni 2026** untuk seluruh peserta angkatan, karena
   peserta dikerahkan dalam perekaman KTP-el pemula di sekolah selama April-Mei.
   LHP-3 DKP-206 Angk. I sudah lewat batas (25 Maret 2026) dan tidak diperpanjang; 3 peserta
   berstatus Tertunda.
6. **Forum Akhir PELITA Angkatan I** dipindahkan dari Kamis, 28 Mei 2026 di Aula Rumah Belajar
   menjadi **Senin, 25 Mei 2026 pukul 09.00 WIB di Ruang Serbaguna MPP Tebing Malela lantai 2**,
   karena 28 Mei ditetapkan sebagai cuti bersama Iduladha. Program tetap berakhir 29 Mei 2026.
7. **Pertemuan SERAMBI DATA bulan Mei** dipindahkan dari Rabu, 27 Mei 2026 (Iduladha) menjadi
   **Selasa, 2 Juni 2026**, pukul 14.00-15.30 WIB, tempat tetap.
8. Kuota **DKP-212 Identitas Kependudukan Digital (IKD) Angk. II** (11 Agustus 2026) dinaikkan
   dari 30 menjadi **45 orang** untuk mengejar target aktivasi IKD. Angk. I dan Angk. III tetap 30
   orang.

## 3. Lain-lain

- Usulan kenaikan honorarium pendamping PELITA belum dapat diputuskan karena menunggu perubahan
  standar biaya masukan Kota.
- Pertanyaan tentang uang lembur petugas loket MPP yang bertugas hari Sabtu di luar kewenangan
  tim; diteruskan ke Subbagian Keuangan.
- Usulan kelas bahasa isyarat lanjutan dicatat untuk katalog 2027.

## 4. Tindak lanjut

| No | Tindak lanjut | Penanggung jawab | Batas waktu |
|---|---|---|---|
| 1 | Memperbarui jadwal dan tempat uji di e-CAKAP | Rizky Aulia Rahman, S.Kom. | 16 April 2026 |
| 2 | Surat peminjaman laptop SIAK latih ke Disdukcapil Provinsi | Muhammad Fadhil Lubis, S.T. | 20 April 2026 |
| 3 | Pemberitahuan ke peserta DKP-208 | Teguh Prasetyo Nainggolan, S.Kom. | 21 April 2026 |
| 4 | Surat perpanjangan LHP-3 DKP-207 | Bambang Sutrisno Pane, S.Sos. | 17 April 2026 |
| 5 | Undangan Forum Akhir PELITA | Ratna Juwita Simanjuntak, S.Sos. | 15 Mei 2026 |

Rapat ditutup pukul 11.45 WIB. Notulen disetujui pimpinan rapat.
"""

# =========================================================================== WhatsApp broadcast
WA_TXT = """\
[Broadcast] Info Disdukcapil Tebing Malela
*UJI SERTIFIKASI OPERATOR SIAK GELOMBANG I 2026* 🪪
Dokumen fiktif, untuk evaluasi.

Selamat pagi rekan2 operator SIAK, loket, UPK & Tim Jemput Bola 🙏
Berikut info uji sertifikasi (jadwal & tempat BARU sesuai rapat 14 April):

🗓 Selasa-Rabu, 5-6 Mei 2026
📍 Ruang Pelatihan MPP Tebing Malela lt. 3, Plaza Malela, Jl. Lintas Pesisir No. 40
   (BUKAN di Lab SIAK Latih, lab sedang renovasi)
👥 Kelompok 1 (no. peserta 01-12): Selasa, 5 Mei
👥 Kelompok 2 (no. peserta 13-24): Rabu, 6 Mei
⏰ Registrasi 07.30 WIB, uji teori 08.00-09.30 WIB (60 soal), uji praktik 10.00-12.00 WIB
   (10 kasus layanan)

Bawa: KTP-el asli, kartu peserta (unduh di e-CAKAP, boleh PDF di HP), pulpen.
HP & tas dititipkan di meja panitia selama uji. Laptop SIAK latih disediakan panitia.

📌 Konfirmasi kehadiran di e-CAKAP paling lambat Kamis, 30 April 2026 pkl 12.00 WIB.
📌 Pengumuman hasil Jumat, 15 Mei 2026 di e-CAKAP.
📌 Uji pertama dibiayai APBD. Uji ulang Rp575.000 bayar sendiri.
📌 Koord. loket sdh atur pengganti: petugas yg ikut uji dilepas, loket MPP tetap min. 4 loket buka.
📌 Parkir di basement Plaza Malela, tunjukkan kartu peserta = parkir gratis.

Narahubung:
Muhammad Fadhil Lubis, S.T. (Koord. Sertifikasi) 0813-6027-3381
Dewi Kartika Sembiring, S.AP. (Koord. Loket & MPP) 0813-6155-2908

Semangat, semoga lulus semua 💪
"""

# =========================================================================== FAQ
FAQ_TXT = """\
TANYA JAWAB (FAQ) PENGEMBANGAN KOMPETENSI DISDUKCAPIL KOTA TEBING MALELA
Disusun Subbagian Umum dan Kepegawaian, Mei 2026. Dokumen fiktif, untuk evaluasi.

1. Berapa target JP saya tahun 2026?
   Tergantung kelompok jabatan (Tabel 1 Perkadis 3/2026): JF Administrator Database
   Kependudukan 32 JP, JF Pranata Komputer 30 JP, operator SIAK 28 JP, petugas loket 26 JP,
   pejabat struktural dan JF Arsiparis 24 JP, anggota Tim Jemput Bola 22 JP, pelaksana lain dan
   PPPK penuh waktu 20 JP, PPPK paruh waktu 12 JP.

2. Saya PPPK penuh waktu dan bertugas sebagai operator SIAK. Target saya 20 atau 28 JP?
   28 JP, mengikuti kelompok jabatan operator SIAK. Yang difasilitasi biaya paling banyak 24 JP;
   sisanya dari kegiatan nonklasikal tanpa biaya seperti modul daring e-CAKAP, SERAMBI DATA, dan
   Program PELITA.

3. Apakah peserta magang mendapat JP?
   Tidak. Peserta magang bukan ASN. Mereka wajib mengikuti DKP-224 pada jadwal pertama setelah
   mulai magang, tidak diberi hak akses SIAK, dan memperoleh surat keterangan magang dari
   Sekretaris.

4. Apakah layanan jemput bola dihitung JP?
   Tidak. Layanan jemput bola dicatat sebagai kinerja layanan. Yang dapat dikonversi misalnya
   menulis artikel praktik baik di portal Disdukcapil: 3 JP per artikel, paling banyak 6 JP per
   tahun.

5. Kapan batas klaim JP kegiatan eksternal?
   Paling lambat 30 hari kalender setelah kegiatan, lewat menu Klaim JP e-CAKAP. Verifikasi
   paling lama 6 hari kerja.

6. Saya petugas loket Shift Siang. Boleh ikut kelas jam 08.00 besok paginya?
   Tidak. Petugas loket yang baru selesai Shift Siang tidak dijadwalkan ikut pelatihan klasikal
   yang dimulai sebelum pukul 09.00 WIB pada hari berikutnya.

7. Bagaimana kalau saya belum lulus DKP-205 sampai 30 April?
   Hak akses SIAK Anda dinonaktifkan Bidang PIAK sampai Anda lulus. Pegawai yang sudah ikut
   pelatihan keamanan data dari Ditjen Dukcapil pada Oktober-Desember 2025 dianggap sudah lulus
   DKP-205 untuk tahun 2026.

8. Berapa nilai lulus pelatihan RBD?
   Nilai akhir paling rendah 70 dan kehadiran paling sedikit 80%. Untuk DKP-206, DKP-207, dan
   DKP-213 nilai praktik paling rendah 75.

9. Sertifikat operator saya terbit tahun 2024 dan tertulis berlaku sampai 2028. Benar?
   Sertifikat lama (Keputusan 2023) tetap berlaku sampai tanggal berakhirnya, tetapi paling
   lama 31 Maret 2027, dan disetarakan Level 1. Jadi sertifikat Anda berakhir paling lama
   31 Maret 2027.

10. Berapa biaya uji sertifikasi Operator SIAK?
    Rp1.150.000; uji pertama bagi PNS dan PPPK penuh waktu dibiayai APBD. Uji ulang Rp575.000
    ditanggung peserta.

11. Saya lupa membatalkan pendaftaran. Apa akibatnya?
    Pembatalan paling lambat 2 hari kerja sebelum pelatihan. Dua kali tidak hadir tanpa
    pembatalan dalam setahun membuat Anda tidak dapat mendaftar RBD selama 4 bulan, kecuali
    Anda tidak hadir karena ditugaskan dalam layanan jemput bola darurat dengan surat tugas.

12. Siapa yang bisa memperpanjang batas waktu LHP-3?
    Hanya Sekretaris, dan hanya untuk seluruh peserta satu angkatan.

13. Bisakah saya memakai Lab SIAK Latih untuk latihan mandiri sebelum uji sertifikasi?
    Bisa. Pesan lewat e-CAKAP paling lambat 3 hari kerja sebelumnya; sesi latihan mandiri
    paling lama 2 jam. Lab tidak dapat dipakai 20 April-5 Juni 2026 karena penggantian
    perangkat.

14. Apakah SERAMBI DATA wajib?
    Tidak wajib, tetapi diakui 1 JP per pertemuan sebagai peserta (paling banyak 10 JP per
    tahun) dan 3 JP sebagai pemantik (paling banyak 9 JP per tahun).

15. Apakah e-CAKAP otomatis mengirim sertifikat ke MyASN/SIASN?
    Tidak. e-CAKAP belum terhubung dengan SIASN maupun MyASN.
    Unggah sertifikat sendiri ke MyASN.

16. Bagaimana dengan tugas belajar, tunjangan, dan kenaikan jenjang?
    Tugas belajar dan izin belajar diatur Peraturan Wali Kota. Angka kredit, kenaikan jenjang,
    tunjangan jabatan fungsional, TPP, dan uang lembur mengikuti peraturan perundang-undangan;
    tidak diatur dalam Perkadis 3/2026. Silakan hubungi Subbagian Umum dan Kepegawaian.

Kontak: Fitri Handayani Daulay, S.Psi., WA 0813-7012-5584.
"""

# =========================================================================== call letter
PANGGILAN_TXT = """\
DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
KOTA TEBING MALELA
Jalan Cempaka Putih Raya Nomor 21, Tebing Malela - Telp. (0637) 552-210

Dokumen fiktif, untuk evaluasi.

Tebing Malela, 10 Agustus 2026

Nomor   : 800.1.5/214/Disdukcapil/2026
Sifat   : Penting
Lampiran: 1 (satu) berkas
Hal     : Panggilan Peserta DKP-213 Administrasi Basis Data untuk Administrator Database
          Kependudukan

Yth. Peserta (daftar terlampir)
melalui Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan
di tempat

Dengan hormat, dalam rangka pelaksanaan Katalog Rumah Belajar Dukcapil Tahun 2026, Saudara
dipanggil untuk mengikuti DKP-213 Administrasi Basis Data untuk Administrator Database
Kependudukan sebanyak 40 JP (empat puluh jam pelajaran) dengan ketentuan sebagai berikut.

Hari/tanggal : Senin-Jumat, 24-28 Agustus 2026
Tempat       : Lab SIAK Latih dan Ruang Server Disdukcapil, lantai 2
Kuota        : 8 orang

JADWAL
Senin, 24 Agustus 2026
  pukul 07.30-08.00 WIB  registrasi dan presensi QR
  pukul 08.00-16.00 WIB  pembukaan; arsitektur basis data kependudukan dan replikasi (8 JP)
Selasa, 25 Agustus 2026
  pukul 08.00-16.00 WIB  kueri lanjutan dan indeks; penelusuran NIK ganda (8 JP)
Rabu, 26 Agustus 2026
  pukul 08.00-16.00 WIB  pencadangan (backup) dan jadwal pencadangan otomatis (8 JP)
  pukul 19.00-22.00 WIB  praktik pemulihan (restore) di server replika saat layanan tutup (4 JP)
Kamis, 27 Agustus 2026
  pukul 08.00-16.00 WIB  audit log, hak akses, dan pemantauan kinerja basis data (8 JP)
Jumat, 28 Agustus 2026
  pukul 08.00-11.30 WIB  ujian praktik dan penutupan (4 JP)

KETENTUAN PESERTA
1. Peserta adalah JF Administrator Database Kependudukan dan JF Pranata Komputer yang telah
   lulus DKP-205 Tahun 2026.
2. Laptop disediakan panitia. Peserta dilarang membawa flashdisk atau media penyimpanan lain
   ke Ruang Server.
3. Konfirmasi kehadiran melalui e-CAKAP paling lambat Jumat, 14 Agustus 2026 pukul 15.00 WIB.
4. Sesi malam Rabu, 26 Agustus 2026 wajib diikuti; konsumsi malam disediakan panitia dan
   peserta perempuan diantar pulang dengan kendaraan dinas.
5. Peserta tidak mengikuti SERAMBI DATA Rabu, 26 Agustus 2026; rekamannya tersedia di e-CAKAP.
6. Kehadiran paling sedikit 80% dan nilai praktik paling rendah 75.
7. Pegawai yang masih memiliki LHP-3 terlambat tidak dapat mengikuti pelatihan ini.
8. Setelah pelatihan, peserta menyampaikan FRP-1 dan RAP-2 paling lambat 5 hari kerja, yaitu
   Jumat, 4 September 2026, dan LHP-3 paling lambat 40 hari kalender, yaitu Rabu, 7 Oktober
   2026.
9. Apabila SIAK pusat tidak dapat diakses lebih dari 4 jam, materi dilanjutkan tanpa koneksi
   dan praktik replikasi dijadwalkan ulang.

DAFTAR PESERTA (sebagian)
 1. Teguh Prasetyo Nainggolan, S.Kom.   - ADB Ahli Muda, Bidang PIAK
 2. Muhammad Fadhil Lubis, S.T.         - ADB Ahli Pertama, Bidang PIAK
 3. Bonifasius Gulo, S.T.               - Pranata Komputer Ahli Pertama, Bidang PIAK
 4. Nurul Azizah Lubis, S.Kom.          - ADB Ahli Pertama, Bidang PIAK
 5. Fadli Zulkarnain Harahap, A.Md.     - Pranata Komputer Terampil, Bidang PIAK
(3 peserta lainnya tercantum dalam lampiran)

Narahubung panitia: Yohana Br Tarigan, S.Kom., instruktur basis data, WA 0822-6107-3394.

a.n. KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
KOTA TEBING MALELA
Sekretaris,
ttd.
Hj. Nurlela Sari Siregar, S.E., M.M.
NIP 19780302 200312 2 004
"""

PLAIN = {
    "kepkadis-sertifikasi-operator-data-2023.txt": SERT2023_TXT,
    "helpdesk-e-cakap.html": HELPDESK_HTML,
    "panduan-program-pelita.md": PANDUAN_PELITA_MD,
    "pedoman-laporan-pasca-pelatihan-disdukcapil.md": PEDOMAN_LAPORAN_MD,
    "notulen-rapat-tim-pengembangan-kompetensi-april-2026.md": NOTULEN_MD,
    "broadcast-wa-uji-operator-siak-gelombang-i-2026.txt": WA_TXT,
    "faq-pengembangan-kompetensi-disdukcapil.txt": FAQ_TXT,
    "panggilan-dkp-213-administrasi-basis-data-2026.txt": PANGGILAN_TXT,
}

CSVS = {
    "kuota-pelatihan-per-unit-2026.csv": (
        ["kode", "pelatihan", "jumlah_angkatan", "kuota_per_angkatan"]
        + KUOTA_UNITS
        + ["total_kuota", "keterangan"],
        kuota_rows,
        ",",
    ),
    "rekap-jp-triwulan-i-2026.csv": (REKAP_HEADER, rekap_rows, ";"),
    "jadwal-serambi-data-2026.csv": (SERAMBI_HEADER, lambda: SERAMBI, ","),
    "rotasi-loket-jemput-bola-agustus-2026.csv": (ROTASI_HEADER, lambda: ROTASI, ","),
}


# =========================================================================== main and check
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
            print(f"wrote {path} ({make_pdf(blocks, path, title)} pages)")
        else:
            make_docx(blocks, path, title)
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
        ok = check_question_set(os.path.join(HERE, "questions_agency_q.yaml"), DOCS, OUT, "q")
        sys.exit(0 if ok else 1)
    if "--text" in argv:
        print_all_texts([a for a in argv if a != "--text"])
        return
    write_documents(OUT)


if __name__ == "__main__":
    main(sys.argv[1:])
