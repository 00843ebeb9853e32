#!/usr/bin/env python3
"""Generate the documents of the fictional "agency M" evaluation set.

Agency M: RSUD dr. Sutan Malela, Kabupaten Batang Rimbo, the (fictional) regional public
hospital of a district in the (fictional) Provinsi Danau Tinggi (WIB): doctors, JF Perawat and
JF Bidan (Terampil, Mahir, Penyelia, Ahli Pertama, Ahli Muda), pharmacists, lab and radiology
staff, administrative staff, PPPK (full time and paruh waktu) and BLUD non-ASN contract staff
(not ASN, no JP target). In-house programme PELITA MEDIKA (catalogue PLM-01..PLM-22),
preceptorship scheme SAHABAT for new nurses and midwives, LMS e-SIMALELA with a helpdesk, Skills
Lab, a tugas belajar / izin belajar rule (Perdir 12/2024 revoked by Perdir 9/2026), JP and SKP
(Satuan Kredit Profesi) recaps. Everything is fictional ("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_m/:
  perdir-pengembangan-kompetensi-2026.pdf     Peraturan Direktur No. 4/2026 (long, BAB/Pasal)
  perdir-tugas-belajar-2026.pdf               Peraturan Direktur No. 9/2026 (revokes 12/2024)
  perdir-tugas-belajar-2024.txt               Peraturan Direktur No. 12/2024 (old, revoked)
  sk-preseptor-sahabat-angkatan-ii-2026.docx  Keputusan: preceptors / preceptees, Angkatan II
  rab-pelita-medika-2026.docx                 PELITA MEDIKA budget (merged header, total row)
  rekap-jp-skp-per-instalasi-2025.xlsx        workbook: JP per ward 2025, BHD status, notes
  rekap-jp-skp-perawat-bidan-2025.csv         ';'-delimited, decimal commas
  kuota-pelatihan-wajib-per-ruangan-2026.csv  quota per training, one column per ward/unit
  jadwal-simulasi-code-blue-2026.csv          drills (quoted commas/newlines)
  helpdesk-e-simalela.html                    helpdesk page of the e-SIMALELA LMS
  panduan-preseptorship-sahabat.md            Markdown with front matter (id: panduan-sahabat-2026)
  profil-skills-lab.md                        Markdown without front matter
  notulen-rapat-komite-diklat-april-2026.md   minutes (deadline and venue moved)
  broadcast-wa-bhd-angkatan-ii-2026.txt       WhatsApp-style broadcast
  faq-pengembangan-kompetensi-rsud.txt        FAQ
  panggilan-triase-angkatan-iii-2026.txt      call letter with a day-by-day schedule

Usage:
  python make_agency_m.py              # write all documents
  python make_agency_m.py --text       # plain text of the PDF/DOCX documents
  python make_agency_m.py --text NAME  # only the binary document whose file stem is NAME
  python make_agency_m.py --check      # check questions_agency_m.yaml against the documents
"""

import datetime
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
    make_docx,
    make_pdf,
    print_texts,
    to_text,
    write_csv,
)

OUT = os.path.join(HERE, "agency_m")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 4, 24, 9, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------- the agency
RS = "RSUD dr. Sutan Malela"
KAB = "Kabupaten Batang Rimbo"
PROV = "Provinsi Danau Tinggi"
ALAMAT = "Jalan Lintas Danau Nomor 45, Kelurahan Pasar Rimbo, Kecamatan Rimbo Hilir"
DIREKTUR = "dr. Hendrawan Saputra Malik, Sp.PD., M.Kes."
DIREKTUR_NIP = "19740815 200312 1 006"
DIREKTUR_2024 = "dr. Zulkarnain Nasution, M.Kes."
WADIR = "dr. Ratna Dewi Anggraini, Sp.A."
KABID_KEP = "Ns. Yusnidar Harahap, S.Kep., M.Kep."
KA_DIKLAT = "dr. Fadli Rahman Siregar, M.M.R.S."
KOORD_SAHABAT = "Ns. Dewi Kartika Sari Pohan, S.Kep., M.Kep."
KOORD_SKILLS = "Ns. Rudi Hartono Lubis, S.Kep."
IPCN = "Ns. Sari Wulandari Nasution, S.Kep., M.Kep."
KA_IGD = "dr. Muhammad Iqbal Tanjung, Sp.EM"
PANITIA_TRIASE = "Ns. Agus Salim Batubara, S.Kep."
STAF_TB = "Ns. Lestari Ayuningtyas, S.Kep."
KABAG_SDM = "Hj. Nurhayati Rangkuti, S.E., M.M."
KA_KOMKEP = "Ns. Bonar Sihombing, S.Kep., M.Kep."
BIDAN_KOORD = "Rosmawati Daulay, S.Tr.Keb., Bd."

WA_SKILLS = "0812-7340-2218"
WA_IPCN = "0813-6281-5507"
WA_TRIASE = "0813-7455-9012"
WA_TB = "0852-6640-3318"
WA_HELPDESK = "0811-7720-4455"
WA_SAHABAT = "0821-6533-7190"

# PELITA MEDIKA catalogue: code, name, target group, JP, method, schedule 2026, quota, PJ key
KATALOG = [
    ("PLM-01", "Bantuan Hidup Dasar (BHD/BLS) bagi Tenaga Klinis",
     "dokter, perawat, bidan, tenaga kesehatan lain", "12",
     "tatap muka + praktik manekin",
     "Angk. I 19-20 Feb; Angk. II 20-21 Mei; Angk. III 19-20 Agu; Angk. IV 18-19 Nov",
     "24", "SKL"),
    ("PLM-02", "Bantuan Hidup Dasar Awam bagi Tenaga Non-Klinis",
     "staf administrasi, pramusaji, pengemudi, satpam, pegawai BLUD", "6",
     "tatap muka", "11 Mar; 9 Sep", "40", "SKL"),
    ("PLM-03", "Bantuan Hidup Lanjut Kardiovaskular (ACLS Internal)",
     "dokter dan perawat IGD, ICU, IBS", "24", "tatap muka + simulasi", "15-17 Jun",
     "16", "IGD"),
    ("PLM-04", "PPI Dasar (Pencegahan dan Pengendalian Infeksi)",
     "pegawai baru semua profesi (wajib dalam 3 bulan pertama)", "16",
     "blended: 6 JP e-learning + 10 JP tatap muka",
     "setiap Selasa minggu kedua (Feb-Nov)", "30", "PPI"),
    ("PLM-05", "PPI Penyegaran Tahunan", "seluruh pegawai klinis", "4",
     "daring mandiri (e-SIMALELA)", "dibuka 2 Jan-30 Nov", "tidak dibatasi", "PPI"),
    ("PLM-06", "Keselamatan Pasien dan Insiden Keselamatan Pasien",
     "tenaga klinis dan kepala ruangan", "8", "tatap muka", "14 Apr; 13 Okt", "35", "MUT"),
    ("PLM-07", "Triase Gawat Darurat", "dokter dan perawat IGD, perawat ruang rawat inap",
     "20", "tatap muka + simulasi",
     "Angk. I 9-11 Mar; Angk. II 8-10 Jun; Angk. III 7-9 Sep; Angk. IV 30 Nov-2 Des",
     "20", "IGD"),
    ("PLM-08", "Triase Maternal dan Kegawatdaruratan Obstetri",
     "bidan dan dokter umum VK/IGD Ponek", "16", "tatap muka + simulasi", "21-22 Apr; 20-21 Okt",
     "18", "BDN"),
    ("PLM-09", "Komunikasi Efektif SBAR dan Serah Terima Pasien", "perawat, bidan, dokter",
     "6", "tatap muka", "5 Mei", "40", "MUT"),
    ("PLM-10", "Manajemen Nyeri Terpadu", "perawat dan dokter ruang rawat inap", "8",
     "blended", "16 Jun", "30", "KEP"),
    ("PLM-11", "Perawatan Luka Modern", "perawat Ruang Seruni, IBS, Rawat Jalan", "16",
     "tatap muka + praktik", "23-24 Jul", "20", "KEP"),
    ("PLM-12", "Pemberian Obat Aman dan High Alert Medication",
     "perawat, bidan, apoteker, TTK", "8", "tatap muka", "17 Mar; 15 Sep", "35", "FAR"),
    ("PLM-13", "Pelatihan Preseptor Klinik",
     "perawat/bidan jenjang Mahir, Penyelia, Ahli Pertama, Ahli Muda", "24", "tatap muka",
     "4-6 Feb; 3-5 Agu", "20", "SHB"),
    ("PLM-14", "Pelatihan Clinical Instructor (CI) Lahan Praktik",
     "perawat/bidan pembimbing mahasiswa praktik", "32", "tatap muka + praktik bimbingan",
     "26-29 Mei", "16", "KEP"),
    ("PLM-15", "Lokakarya Mentor Karier Jabatan Fungsional",
     "JF Perawat/Bidan Ahli Muda dan Ahli Madya calon mentor", "8", "tatap muka", "24 Mar",
     "25", "SDM"),
    ("PLM-16", "Resusitasi Neonatus dan Asuhan Neonatus Esensial",
     "bidan, perawat Ruang Cempaka (Perinatologi), dokter umum", "16",
     "tatap muka + praktik manekin", "12-13 Mei; 10-11 Nov", "18", "BDN"),
    ("PLM-17", "Interpretasi EKG Dasar", "perawat IGD, ICU, Ruang Kenanga, dokter umum", "12",
     "blended", "7-8 Jul", "24", "IGD"),
    ("PLM-18", "Proteksi Radiasi bagi Radiografer", "radiografer dan petugas radiologi", "8",
     "tatap muka", "11 Agu", "12", "RAD"),
    ("PLM-19", "Pemantapan Mutu Internal Laboratorium", "ATLM dan analis laboratorium", "8",
     "tatap muka", "14 Jul", "12", "LAB"),
    ("PLM-20", "Rekam Medis Elektronik (RME) untuk Pengguna Klinis", "seluruh pengguna RME",
     "4", "daring sinkron (Zoom)", "setiap Kamis minggu pertama, pukul 13.30-16.30 WIB",
     "50", "SIM"),
    ("PLM-21", "Pelayanan Prima dan Penanganan Keluhan Pasien",
     "petugas pendaftaran, kasir, customer service, satpam", "6", "tatap muka", "20 Okt",
     "40", "SDM"),
    ("PLM-22", "K3RS dan Penggunaan APAR", "seluruh pegawai termasuk pegawai BLUD", "2",
     "tatap muka + praktik pemadaman", "setiap Rabu minggu ketiga", "40", "K3"),
]

PJ = [
    ("SKL", KOORD_SKILLS, "Koordinator Skills Lab, Instalasi Diklat", WA_SKILLS),
    ("IGD", KA_IGD, "Kepala Instalasi Gawat Darurat", "0812-6604-7731"),
    ("PPI", IPCN, "IPCN (Infection Prevention and Control Nurse), Komite PPI", WA_IPCN),
    ("MUT", "dr. Melati Puspita Hasibuan, M.K.M.", "Ketua Komite Mutu dan Keselamatan Pasien",
     "0812-6719-2044"),
    ("BDN", BIDAN_KOORD, "Koordinator Pelayanan Kebidanan, Ruang Teratai", "0813-7066-2185"),
    ("KEP", KABID_KEP, "Kepala Bidang Keperawatan", "0812-6377-0951"),
    ("FAR", "apt. Irwan Syahputra Dalimunthe, S.Farm.", "Kepala Instalasi Farmasi",
     "0822-7612-3408"),
    ("SHB", KOORD_SAHABAT, "Koordinator Program SAHABAT, Komite Keperawatan", WA_SAHABAT),
    ("SDM", KABAG_SDM, "Kepala Bagian Umum dan SDM", "0811-6620-3349"),
    ("RAD", "Darmawan Sitompul, S.Tr.Rad.", "Koordinator Radiografer, Instalasi Radiologi",
     "0813-6233-5170"),
    ("LAB", "Fitri Handayani Lubis, S.Tr.Kes.", "Koordinator ATLM, Instalasi Laboratorium",
     "0852-7015-4426"),
    ("SIM", "Andika Pratama Ginting, S.Kom.", "Kepala Instalasi SIMRS", "0811-6528-9903"),
    ("K3", "Ir. Sahat Marpaung", "Ketua Komite K3RS", "0813-6105-2277"),
]
PJ_NAME = {k: n for k, n, _r, _w in PJ}

TARGET = [
    ("Dokter spesialis (PNS/PPPK)", "20", "30", "SKP sesuai ketentuan kolegium; JP minimal nasional"),
    ("Dokter umum", "24", "30", "wajib BHD/PLM-01 dan Triase bagi dokter IGD"),
    ("JF Perawat/Bidan kategori keahlian (Ahli Pertama, Ahli Muda, Ahli Madya)", "30", "25",
     "termasuk paling sedikit 8 JP kompetensi klinis khusus ruangan"),
    ("JF Perawat/Bidan kategori keterampilan (Terampil, Mahir, Penyelia)", "26", "25",
     "termasuk paling sedikit 6 JP kompetensi klinis khusus ruangan"),
    ("Apoteker, TTK, ATLM, Radiografer, Nutrisionis, Fisioterapis", "24", "20",
     "SKP mengikuti profesi masing-masing"),
    ("Pejabat struktural dan jabatan pelaksana administrasi (PNS)", "20", "-",
     "JP minimal nasional PP 11/2017 jo. PP 17/2020"),
    ("PPPK penuh waktu (semua jabatan)", "20", "sesuai profesi",
     "difasilitasi paling banyak 24 JP per tahun masa perjanjian kerja"),
    ("PPPK paruh waktu", "10", "-", "diutamakan pelatihan wajib klinis dan K3RS"),
    ("Pegawai BLUD non-ASN", "tidak ada target JP", "sesuai profesi",
     "wajib mengikuti pelatihan wajib klinis; jam pelatihan dicatat sebagai jam pelatihan BLUD"),
]

KONVERSI = [
    ("Seminar, webinar, atau simposium eksternal bersertifikat", "1 hari", "4 JP",
     "paling banyak 16 JP per tahun"),
    ("Workshop/lokakarya", "1 hari", "6 JP", "-"),
    ("Pembacaan jurnal (journal reading) di ruangan", "1 kali penyajian", "2 JP",
     "paling banyak 8 JP per tahun"),
    ("Ronde keperawatan/kebidanan atau presentasi kasus (case conference)", "1 kali", "1 JP",
     "paling banyak 12 JP per tahun"),
    ("E-learning modul e-SIMALELA", "per modul", "sesuai JP modul", "paling banyak 4 JP per hari"),
    ("Belajar mandiri di Skills Lab", "45 menit", "1 JP", "paling banyak 2 JP per hari"),
    ("Bimbingan preseptor bagi preseptee", "1 minggu", "2 JP", "paling banyak 24 JP"),
    ("Mentoring karier JF (bagi mentee)", "1 sesi", "2 JP", "paling banyak 1 sesi per bulan"),
    ("Menjadi narasumber atau fasilitator in-house", "1 sesi", "3 JP",
     "paling banyak 12 JP per tahun"),
    ("Magang atau praktik kerja di rumah sakit rujukan", "5 hari kerja", "20 JP",
     "paling banyak 40 JP per tahun"),
    ("Simulasi code blue atau simulasi bencana (peserta)", "1 kali", "2 JP",
     "paling banyak 6 JP per tahun"),
    ("Tugas belajar", "1 semester", "20 JP", "diatur dalam Peraturan Direktur tersendiri"),
]

WAJIB = [
    ("BHD/BLS (PLM-01)", "seluruh tenaga klinis", "sertifikat berlaku 2 tahun",
     "tidak dapat dijadwalkan dinas di IGD, ICU, IBS, dan Ruang Teratai (VK)"),
    ("BHD Awam (PLM-02)", "tenaga non-klinis dan pegawai BLUD", "setiap 3 tahun",
     "tercatat dalam daftar tunggakan pelatihan wajib"),
    ("PPI Dasar (PLM-04)", "pegawai baru", "sekali, dalam 3 bulan pertama",
     "belum dapat menerima kewenangan klinis mandiri"),
    ("PPI Penyegaran (PLM-05)", "seluruh pegawai klinis", "setiap tahun, paling lambat 30 November",
     "teguran tertulis dari Komite PPI"),
    ("Keselamatan Pasien (PLM-06)", "tenaga klinis dan kepala ruangan", "setiap 2 tahun",
     "dicatat dalam penilaian kredensial"),
    ("Triase Gawat Darurat (PLM-07)", "dokter dan perawat IGD", "setiap 3 tahun",
     "hanya bertugas sebagai perawat pendamping di area triase"),
    ("K3RS dan APAR (PLM-22)", "seluruh pegawai termasuk BLUD", "setiap tahun",
     "tercatat dalam daftar tunggakan pelatihan wajib"),
]

ANGGARAN = [
    ("Program PELITA MEDIKA (in-house klinis dan non-klinis)", "BLUD", "486.350.000"),
    ("Pengiriman pelatihan teknis eksternal (Bapelkes, kolegium, organisasi profesi)", "BLUD",
     "412.000.000"),
    ("Program preseptorship SAHABAT (honorarium preseptor, logbook)", "BLUD", "96.600.000"),
    ("Bantuan biaya tugas belajar", "APBD", "225.000.000"),
    ("Pelatihan struktural dan Latsar CPNS/orientasi PPPK", "APBD", "85.000.000"),
    ("Pengembangan e-SIMALELA dan Skills Lab", "BLUD", "250.050.000"),
]
ANGGARAN_TOTAL = "1.555.000.000"


# =========================================================================== PERDIR 4/2026 (long PDF)
def _katalog_rows():
    return [[k, n, s, jp, m, j, q, PJ_NAME[pj]] for k, n, s, jp, m, j, q, pj in KATALOG]


PERDIR = [
    C("PERATURAN DIREKTUR RUMAH SAKIT UMUM DAERAH DR. SUTAN MALELA"),
    C("KABUPATEN BATANG RIMBO"),
    C("NOMOR 4 TAHUN 2026"),
    C("TENTANG"),
    C("PENGEMBANGAN KOMPETENSI PEGAWAI RUMAH SAKIT"),
    P(FIKTIF),
    P("DIREKTUR RSUD DR. SUTAN MALELA KABUPATEN BATANG RIMBO,"),
    P("Menimbang: a. bahwa mutu pelayanan dan keselamatan pasien bergantung pada kompetensi "
      "setiap pegawai rumah sakit, baik tenaga medis, tenaga kesehatan, maupun tenaga "
      "penunjang; b. bahwa setiap pegawai Aparatur Sipil Negara wajib mengembangkan "
      "kompetensinya melalui pembelajaran terus-menerus, sedangkan tenaga medis dan tenaga "
      "kesehatan juga harus memenuhi Satuan Kredit Profesi untuk perpanjangan Surat Izin "
      "Praktik; c. bahwa Peraturan Direktur Nomor 21 Tahun 2022 tentang Pendidikan dan "
      "Pelatihan Pegawai sudah tidak sesuai dengan kebutuhan rumah sakit; d. bahwa "
      "berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, "
      "perlu menetapkan Peraturan Direktur tentang Pengembangan Kompetensi Pegawai Rumah "
      "Sakit."),
    P("Mengingat: 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; "
      "2. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan; 3. Peraturan Pemerintah Nomor "
      "11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan "
      "Peraturan Pemerintah Nomor 17 Tahun 2020; 4. Peraturan Lembaga Administrasi Negara "
      "Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi Pegawai Negeri Sipil; "
      "5. Peraturan Bupati Batang Rimbo Nomor 33 Tahun 2021 tentang Pola Tata Kelola BLUD "
      "RSUD dr. Sutan Malela."),
    P("MEMUTUSKAN: Menetapkan: PERATURAN DIREKTUR TENTANG PENGEMBANGAN KOMPETENSI PEGAWAI "
      "RUMAH SAKIT."),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Direktur ini yang dimaksud dengan:"),
    L("1. Rumah Sakit adalah Rumah Sakit Umum Daerah dr. Sutan Malela Kabupaten Batang Rimbo "
      "yang menerapkan pola pengelolaan keuangan Badan Layanan Umum Daerah (BLUD).",
      "2. Direktur adalah Direktur Rumah Sakit.",
      "3. Pegawai adalah Pegawai Negeri Sipil (PNS), Pegawai Pemerintah dengan Perjanjian Kerja "
      "(PPPK) penuh waktu, PPPK paruh waktu, dan pegawai BLUD non-ASN yang bekerja di Rumah "
      "Sakit.",
      "4. Pegawai BLUD non-ASN adalah pegawai yang diangkat berdasarkan perjanjian kerja dengan "
      "BLUD Rumah Sakit dan bukan merupakan Aparatur Sipil Negara.",
      "5. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
      "kompetensi; 1 (satu) JP sama dengan 45 (empat puluh lima) menit.",
      "6. Satuan Kredit Profesi yang selanjutnya disingkat SKP adalah nilai kegiatan "
      "pengembangan keprofesian berkelanjutan tenaga medis dan tenaga kesehatan yang diakui "
      "untuk perpanjangan Surat Izin Praktik. Dalam Peraturan Direktur ini singkatan SKP tidak "
      "dipakai untuk Sasaran Kinerja Pegawai.",
      "7. STR adalah Surat Tanda Registrasi dan SIP adalah Surat Izin Praktik.",
      "8. Instalasi Pendidikan dan Pelatihan yang selanjutnya disebut Instalasi Diklat adalah "
      "unit yang mengelola pengembangan kompetensi Pegawai.",
      "9. PELITA MEDIKA (Pelatihan Terpadu Insan Medika) adalah program pelatihan in-house "
      "Rumah Sakit.",
      "10. e-SIMALELA adalah sistem manajemen pembelajaran (learning management system) "
      "Rumah Sakit.",
      "11. Preseptor adalah perawat atau bidan senior yang ditugaskan membimbing perawat atau "
      "bidan baru (preseptee) selama masa orientasi klinis dalam program SAHABAT.",
      "12. Mentor adalah pejabat fungsional senior yang mendampingi pengembangan karier "
      "pejabat fungsional yang lebih junior dalam jangka waktu paling singkat 1 (satu) tahun.",
      "13. Clinical Instructor yang selanjutnya disingkat CI adalah perawat atau bidan yang "
      "ditugaskan membimbing mahasiswa praktik dari institusi pendidikan.",
      "14. Ruangan adalah unit pelayanan rawat inap, rawat jalan, atau penunjang, antara lain "
      "IGD, ICU, Ruang Kenanga (penyakit dalam), Ruang Seruni (bedah), Ruang Melati (anak), "
      "Ruang Teratai (kebidanan dan VK), Ruang Cempaka (perinatologi), dan Instalasi Bedah "
      "Sentral (IBS)."),
    H1("BAB II MAKSUD, TUJUAN, DAN RUANG LINGKUP"),
    H2("Pasal 2"),
    P("Peraturan Direktur ini dimaksudkan sebagai pedoman perencanaan, pelaksanaan, pencatatan, "
      "dan evaluasi pengembangan kompetensi Pegawai, dengan tujuan: a. memenuhi kewajiban "
      "pengembangan kompetensi Aparatur Sipil Negara; b. menjamin setiap tenaga klinis "
      "memiliki kompetensi wajib yang masih berlaku; c. membantu tenaga medis dan tenaga "
      "kesehatan memenuhi SKP untuk perpanjangan SIP; dan d. meningkatkan mutu pelayanan dan "
      "keselamatan pasien."),
    H2("Pasal 3"),
    P("Ruang lingkup Peraturan Direktur ini meliputi: a. target JP dan SKP; b. jenis dan jalur "
      "pengembangan kompetensi; c. pelatihan wajib klinis; d. pencatatan SKP; e. program "
      "PELITA MEDIKA; f. preseptorship, mentoring, dan clinical instructor; g. kehadiran "
      "pelatihan bagi Pegawai dengan pola dinas shift; h. anggaran; dan i. evaluasi dan "
      "pelaporan."),
    BR(),
    H1("BAB III TARGET JAM PELAJARAN DAN SATUAN KREDIT PROFESI"),
    H2("Pasal 4"),
    P("(1) Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) JP "
      "dalam 1 (satu) tahun. (2) Rumah Sakit menetapkan target internal yang lebih tinggi bagi "
      "jabatan tertentu sebagaimana tercantum dalam Tabel 1. (3) Target SKP dalam Tabel 1 "
      "merupakan target internal Rumah Sakit per tahun untuk membantu pemenuhan SKP "
      "perpanjangan SIP dan tidak menggantikan ketentuan organisasi profesi atau kolegium."),
    T("Tabel 1. Target JP dan SKP per Tahun menurut Kelompok Jabatan",
      ["Kelompok jabatan", "Target JP per tahun", "Target SKP internal per tahun", "Keterangan"],
      [list(r) for r in TARGET], [44, 18, 20, 48]),
    H2("Pasal 5"),
    P("(1) Capaian JP dihitung per tahun kalender, dari 1 Januari sampai dengan 31 Desember. "
      "(2) JP yang melebihi target tidak dapat dialihkan ke tahun berikutnya. (3) Satu kegiatan "
      "dapat sekaligus diakui sebagai JP dan SKP apabila kegiatan tersebut terakreditasi SKP; "
      "jumlah JP dihitung dari durasi kegiatan, sedangkan jumlah SKP mengikuti nilai yang "
      "tercantum pada sertifikat. (4) 1 SKP tidak otomatis sama dengan 1 JP."),
    H2("Pasal 6"),
    P("(1) PPPK penuh waktu memiliki target 20 JP per tahun dan difasilitasi pengembangan "
      "kompetensi paling banyak 24 (dua puluh empat) JP dalam 1 (satu) tahun masa perjanjian "
      "kerja. (2) PPPK paruh waktu memiliki target 10 JP per tahun dan diutamakan mengikuti "
      "pelatihan wajib klinis serta K3RS. (3) Pengembangan kompetensi PPPK di atas batas "
      "fasilitasi sebagaimana dimaksud pada ayat (1) dapat diikuti atas biaya sendiri dan di "
      "luar jam dinas."),
    H2("Pasal 7"),
    P("(1) Pegawai BLUD non-ASN bukan Aparatur Sipil Negara sehingga tidak memiliki target JP "
      "dan jam pelatihannya tidak dilaporkan sebagai JP ASN. (2) Pegawai BLUD non-ASN yang "
      "bertugas di area klinis tetap wajib mengikuti pelatihan wajib klinis sebagaimana "
      "dimaksud dalam Pasal 11. (3) Jam pelatihan Pegawai BLUD non-ASN dicatat di e-SIMALELA "
      "sebagai jam pelatihan BLUD."),
    H1("BAB IV JENIS DAN JALUR PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 8"),
    P("(1) Pengembangan kompetensi dilaksanakan melalui jalur pendidikan dan jalur pelatihan. "
      "(2) Jalur pelatihan terdiri atas pelatihan klasikal dan pelatihan nonklasikal. "
      "(3) Pelatihan klasikal antara lain pelatihan teknis klinis, pelatihan fungsional, "
      "seminar, workshop, dan kursus. (4) Pelatihan nonklasikal antara lain e-learning, "
      "pembacaan jurnal, ronde keperawatan, bimbingan di tempat kerja, mentoring, magang, "
      "dan belajar mandiri."),
    H2("Pasal 9"),
    P("(1) Kegiatan nonklasikal dan kegiatan eksternal dikonversi ke dalam JP menurut Tabel 2. "
      "(2) Konversi diajukan oleh Pegawai melalui menu Klaim JP pada e-SIMALELA dengan "
      "melampirkan bukti, dan diverifikasi oleh Instalasi Diklat. (3) Batas paling banyak "
      "dalam Tabel 2 berlaku per Pegawai."),
    T("Tabel 2. Konversi Kegiatan ke dalam JP",
      ["Kegiatan", "Satuan", "JP diakui", "Batas"],
      [list(r) for r in KONVERSI], [60, 24, 20, 36]),
    H2("Pasal 10"),
    P("(1) Kegiatan eksternal yang diikuti atas biaya Rumah Sakit memerlukan surat tugas dari "
      "Direktur yang diajukan paling lambat 10 (sepuluh) hari kerja sebelum kegiatan. "
      "(2) Kegiatan eksternal yang diikuti atas biaya sendiri pada hari dinas memerlukan izin "
      "kepala ruangan dan kepala instalasi. (3) Pegawai yang mengikuti kegiatan eksternal "
      "wajib menyerahkan salinan sertifikat kepada Instalasi Diklat."),
    BR(),
    H1("BAB V PELATIHAN WAJIB KLINIS"),
    H2("Pasal 11"),
    P("(1) Pelatihan wajib klinis adalah pelatihan yang harus dimiliki Pegawai sesuai tempat "
      "tugasnya dan masih berlaku. (2) Jenis, sasaran, masa berlaku, dan akibat apabila "
      "pelatihan wajib tidak dipenuhi tercantum dalam Tabel 3."),
    T("Tabel 3. Pelatihan Wajib Klinis",
      ["Pelatihan", "Sasaran", "Masa berlaku/periode", "Akibat bila tidak dipenuhi"],
      [list(r) for r in WAJIB], [34, 36, 32, 48]),
    H2("Pasal 12"),
    P("(1) Instalasi Diklat mengirim pemberitahuan melalui e-SIMALELA kepada Pegawai yang masa "
      "berlaku sertifikat BHD-nya akan berakhir dalam 90 (sembilan puluh) hari. (2) Kepala "
      "ruangan wajib mendaftarkan Pegawai tersebut pada angkatan PLM-01 terdekat."),
    H2("Pasal 13"),
    P("(1) Kelulusan PLM-01 ditentukan oleh nilai post-test tertulis paling rendah 80 "
      "(delapan puluh) dan lulus ujian praktik resusitasi pada manekin. (2) Peserta yang tidak "
      "lulus dapat mengikuti remedial 1 (satu) kali paling lambat 14 (empat belas) hari "
      "setelah pelatihan. (3) Peserta yang tidak lulus remedial wajib mengulang pada angkatan "
      "berikutnya."),
    H2("Pasal 14"),
    P("Sertifikat BHD yang diterbitkan lembaga lain yang terakreditasi diakui oleh Rumah Sakit "
      "sepanjang masih berlaku dan telah diunggah ke e-SIMALELA."),
    H1("BAB VI SATUAN KREDIT PROFESI DAN PERPANJANGAN SIP"),
    H2("Pasal 15"),
    P("(1) Tenaga medis dan tenaga kesehatan bertanggung jawab sendiri atas pemenuhan SKP "
      "untuk perpanjangan SIP. (2) Rumah Sakit membantu melalui penyelenggaraan kegiatan "
      "terakreditasi SKP dan pencatatan riwayat SKP pada e-SIMALELA. (3) Pencatatan pada "
      "e-SIMALELA tidak menggantikan pengunggahan pada sistem yang ditetapkan Kementerian "
      "Kesehatan."),
    H2("Pasal 16"),
    P("(1) Bagian Umum dan SDM mengingatkan Pegawai yang SIP-nya akan berakhir paling lambat 6 "
      "(enam) bulan sebelum tanggal berakhir. (2) Pegawai wajib mengajukan perpanjangan SIP "
      "kepada Dinas Kesehatan Kabupaten Batang Rimbo paling lambat 3 (tiga) bulan sebelum SIP "
      "berakhir. (3) Surat keterangan bekerja untuk perpanjangan SIP diterbitkan Bagian Umum "
      "dan SDM dalam 3 (tiga) hari kerja."),
    H2("Pasal 17"),
    P("Tenaga klinis yang SIP-nya telah berakhir tidak boleh memberikan pelayanan mandiri "
      "sampai SIP baru terbit dan hanya dapat ditugaskan pada kegiatan non-pelayanan."),
    BR(),
    H1("BAB VII PROGRAM PELITA MEDIKA"),
    H2("Pasal 18"),
    P("(1) PELITA MEDIKA diselenggarakan oleh Instalasi Diklat berdasarkan katalog tahunan "
      "sebagaimana tercantum dalam Lampiran I. (2) Pelatihan PELITA MEDIKA tidak dipungut "
      "biaya bagi Pegawai Rumah Sakit. (3) Peserta dari fasilitas kesehatan lain dapat "
      "mengikuti pelatihan sepanjang kuota masih tersedia dengan membayar kontribusi sesuai "
      "tarif BLUD."),
    H2("Pasal 19"),
    P("(1) Pendaftaran dilakukan melalui e-SIMALELA paling lambat 7 (tujuh) hari kalender "
      "sebelum pelatihan dimulai dan harus disetujui kepala ruangan. (2) Prioritas peserta "
      "diberikan kepada: a. Pegawai yang sertifikat wajibnya sudah atau akan habis masa "
      "berlakunya; b. Pegawai yang capaian JP tahun berjalan paling rendah; c. Pegawai baru."),
    H2("Pasal 20"),
    P("(1) Pembatalan keikutsertaan dilakukan paling lambat 3 (tiga) hari sebelum pelatihan "
      "melalui e-SIMALELA. (2) Pegawai yang 2 (dua) kali tidak hadir tanpa pembatalan dalam "
      "1 (satu) tahun tidak dapat mendaftar PELITA MEDIKA selama 3 (tiga) bulan."),
    H2("Pasal 21"),
    P("Daftar penanggung jawab pelatihan dan nomor kontaknya tercantum dalam Lampiran II."),
    H1("BAB VIII PRESEPTORSHIP, MENTORING, DAN CLINICAL INSTRUCTOR"),
    H2("Pasal 22"),
    P("(1) Setiap perawat dan bidan baru, baik PNS, PPPK, maupun Pegawai BLUD non-ASN, wajib "
      "mengikuti program preseptorship SAHABAT selama 12 (dua belas) minggu. (2) Satu preseptor "
      "membimbing paling banyak 2 (dua) preseptee pada waktu yang sama."),
    H2("Pasal 23"),
    P("Preseptor harus memenuhi syarat: a. JF Perawat atau JF Bidan paling rendah jenjang Mahir "
      "atau Ahli Pertama; b. pengalaman klinis paling singkat 3 (tiga) tahun di ruangan yang "
      "sama; c. sertifikat BHD masih berlaku; dan d. telah lulus PLM-13 Pelatihan Preseptor "
      "Klinik."),
    H2("Pasal 24"),
    P("(1) Mentoring karier diberikan kepada JF Perawat dan JF Bidan Ahli Pertama pada 2 (dua) "
      "tahun pertama dalam jabatan. (2) Mentor paling rendah berjenjang Ahli Muda dan tidak "
      "berasal dari ruangan yang sama dengan mentee. (3) Pertemuan mentoring dilaksanakan "
      "paling sedikit 1 (satu) kali sebulan selama 1 (satu) tahun."),
    H2("Pasal 25"),
    P("(1) CI ditugaskan oleh Kepala Bidang Keperawatan untuk membimbing mahasiswa praktik. "
      "(2) CI wajib memiliki sertifikat PLM-14 atau pelatihan clinical instructor yang setara. "
      "(3) Satu CI membimbing paling banyak 5 (lima) mahasiswa dalam satu periode praktik."),
    H2("Pasal 26"),
    P("Preseptor memperoleh honorarium sebagaimana ditetapkan dalam keputusan Direktur tentang "
      "penetapan preseptor; CI dan mentor tidak memperoleh honorarium tambahan, tetapi kegiatan "
      "membimbing diakui sebagai JP menurut Tabel 2 (sebagai narasumber/fasilitator)."),
    BR(),
    H1("BAB IX KEHADIRAN PELATIHAN BAGI PEGAWAI DINAS SHIFT"),
    H2("Pasal 27"),
    P("(1) Pola dinas shift di Rumah Sakit terdiri atas dinas pagi pukul 07.00-14.00 WIB, dinas "
      "sore pukul 14.00-21.00 WIB, dan dinas malam pukul 21.00-07.00 WIB. (2) Kepala ruangan "
      "menyusun jadwal dinas sehingga Pegawai yang terdaftar sebagai peserta pelatihan tidak "
      "mendapat dinas malam pada malam sebelum hari pelatihan."),
    H2("Pasal 28"),
    P("(1) Pegawai yang baru selesai dinas malam tidak boleh mengikuti pelatihan tatap muka "
      "pada hari yang sama. (2) Pegawai sebagaimana dimaksud pada ayat (1) dapat mengikuti "
      "materi rekaman atau sesi daring paling cepat pukul 13.00 WIB pada hari itu. (3) Pegawai "
      "yang mengikuti pelatihan tatap muka paling sedikit 6 (enam) JP dalam satu hari dihitung "
      "melaksanakan satu dinas pagi."),
    H2("Pasal 29"),
    P("(1) Presensi pelatihan dilakukan dengan memindai kode QR melalui e-SIMALELA, dibuka 30 "
      "(tiga puluh) menit sebelum sampai 15 (lima belas) menit setelah sesi dimulai. "
      "(2) Peserta yang datang lebih dari 15 menit setelah sesi dimulai dianggap tidak hadir "
      "pada sesi tersebut. (3) Sertifikat diberikan apabila kehadiran paling sedikit 90% "
      "(sembilan puluh persen) dari seluruh JP; untuk sesi praktik BHD kehadiran wajib 100%."),
    H2("Pasal 30"),
    P("Pegawai yang dipanggil kembali bertugas (on call) saat pelatihan karena keadaan darurat "
      "dicatat hadir penuh pada sesi yang ditinggalkan apabila disertai surat keterangan dari "
      "penanggung jawab shift."),
    H1("BAB X ANGGARAN"),
    H2("Pasal 31"),
    P("(1) Pengembangan kompetensi dibiayai dari anggaran BLUD dan APBD Kabupaten Batang Rimbo. "
      "(2) Alokasi anggaran tahun 2026 tercantum dalam Tabel 4."),
    T("Tabel 4. Alokasi Anggaran Pengembangan Kompetensi Tahun 2026",
      ["Kegiatan", "Sumber dana", "Jumlah (Rp)"],
      [list(r) for r in ANGGARAN] + [["Jumlah seluruhnya", "BLUD dan APBD", ANGGARAN_TOTAL]],
      [90, 24, 30]),
    H2("Pasal 32"),
    P("Pergeseran anggaran antarkegiatan dalam Tabel 4 paling banyak 10% (sepuluh persen) "
      "dapat dilakukan dengan persetujuan Direktur."),
    H1("BAB XI EVALUASI DAN PELAPORAN"),
    H2("Pasal 33"),
    P("(1) Pegawai mengunggah sertifikat ke e-SIMALELA paling lambat 7 (tujuh) hari kalender "
      "setelah pelatihan berakhir. (2) Pegawai ASN juga memperbarui riwayat pelatihan pada "
      "MyASN untuk diverifikasi ke dalam SIASN."),
    H2("Pasal 34"),
    P("(1) Peserta pelatihan paling sedikit 8 JP menyusun laporan penerapan hasil pelatihan "
      "paling lambat 14 (empat belas) hari kerja setelah pelatihan, diketahui kepala ruangan. "
      "(2) Evaluasi dampak pelatihan klinis dilakukan kepala ruangan 3 (tiga) bulan setelah "
      "pelatihan."),
    H2("Pasal 35"),
    P("Instalasi Diklat menyampaikan rekapitulasi capaian JP dan SKP per ruangan kepada "
      "Direktur setiap triwulan, paling lambat tanggal 10 bulan berikutnya."),
    H1("BAB XII KETENTUAN PENUTUP"),
    H2("Pasal 36"),
    P("Pada saat Peraturan Direktur ini mulai berlaku, Peraturan Direktur Nomor 21 Tahun 2022 "
      "tentang Pendidikan dan Pelatihan Pegawai dicabut dan dinyatakan tidak berlaku."),
    H2("Pasal 37"),
    P("Peraturan Direktur ini mulai berlaku pada tanggal 2 Januari 2026."),
    P("Ditetapkan di Rimbo Hilir pada tanggal 30 Desember 2025. DIREKTUR RSUD DR. SUTAN MALELA, "
      "ttd. " + DIREKTUR + " NIP " + DIREKTUR_NIP + "."),
    BR(),
    H1("LAMPIRAN I KATALOG PELATIHAN PELITA MEDIKA TAHUN 2026"),
    P("Tanggal dalam tahun 2026. Kuota per angkatan. Pelatihan tatap muka dimulai pukul 07.30 "
      "WIB kecuali disebutkan lain. Tempat: Gedung Diklat (Aula Sutan Malela lantai 2 dan "
      "Skills Lab lantai 1)."),
    T("Tabel 5. Katalog PELITA MEDIKA 2026",
      ["Kode", "Nama pelatihan", "Sasaran", "JP", "Metode", "Jadwal 2026", "Kuota",
       "Penanggung jawab"],
      _katalog_rows(), [14, 34, 30, 8, 24, 34, 11, 28]),
    BR(),
    H1("LAMPIRAN II PENANGGUNG JAWAB PELATIHAN DAN KONTAK"),
    T("Tabel 6. Penanggung Jawab Pelatihan PELITA MEDIKA",
      ["Nama", "Jabatan/peran", "Nomor WA"],
      [[n, r, w] for _k, n, r, w in PJ], [50, 60, 26]),
    P("Layanan teknis e-SIMALELA: helpdesk WA " + WA_HELPDESK + "."),
]


# =========================================================================== PERDIR 9/2026 (tugas belajar, PDF)
TB_SYARAT = [
    ("S1 Terapan/D4 atau S1 Keperawatan dan Profesi Ners/Bidan", "45 tahun", "Rp4.500.000",
     "8 semester (termasuk profesi)", "7 orang"),
    ("S2 (Magister Keperawatan, Kesehatan Masyarakat, Manajemen RS, Farmasi Klinik)",
     "42 tahun", "Rp7.500.000", "4 semester", "4 orang"),
    ("Program Pendidikan Dokter Spesialis (PPDS)", "40 tahun", "Rp15.000.000", "8 semester",
     "3 orang"),
]

TB2026 = [
    C("PERATURAN DIREKTUR RSUD DR. SUTAN MALELA KABUPATEN BATANG RIMBO"),
    C("NOMOR 9 TAHUN 2026"),
    C("TENTANG"),
    C("TUGAS BELAJAR DAN IZIN BELAJAR PEGAWAI"),
    P(FIKTIF),
    P("Menimbang: a. bahwa kebutuhan tenaga spesialis, ners, dan magister di Rumah Sakit terus "
      "meningkat; b. bahwa Peraturan Direktur Nomor 12 Tahun 2024 tentang Tugas Belajar dan "
      "Izin Belajar Pegawai perlu disesuaikan; c. bahwa berdasarkan pertimbangan sebagaimana "
      "dimaksud dalam huruf a dan huruf b perlu menetapkan Peraturan Direktur tentang Tugas "
      "Belajar dan Izin Belajar Pegawai."),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    L("1. Tugas belajar adalah pendidikan formal yang diikuti PNS atas penugasan Direktur, "
      "dengan dibebaskan dari tugas pelayanan selama masa studi.",
      "2. Izin belajar adalah izin bagi Pegawai ASN untuk menempuh pendidikan formal atas biaya "
      "sendiri atau dengan bantuan biaya sebagian, di luar jam dinas, tanpa dibebaskan dari "
      "tugas.",
      "3. Bantuan biaya adalah bantuan uang kuliah per semester yang dibayarkan dari APBD.",
      "4. Ikatan dinas adalah kewajiban bekerja kembali di Rumah Sakit setelah lulus."),
    H1("BAB II SASARAN DAN PERSYARATAN"),
    H2("Pasal 2"),
    P("(1) Tugas belajar diberikan kepada PNS. (2) PPPK penuh waktu dapat diberikan izin "
      "belajar dengan bantuan biaya sebesar Rp2.500.000 per semester paling lama 4 (empat) "
      "semester, sepanjang sisa masa perjanjian kerjanya paling sedikit sama dengan masa studi. "
      "(3) PPPK paruh waktu dan Pegawai BLUD non-ASN tidak termasuk sasaran tugas belajar "
      "maupun bantuan biaya izin belajar."),
    H2("Pasal 3"),
    P("Persyaratan tugas belajar: a. masa kerja sebagai PNS paling singkat 2 (dua) tahun; "
      "b. predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir berturut-turut; "
      "c. usia pada saat mendaftar tidak melebihi batas dalam Tabel 1; d. diterima pada program "
      "studi dengan akreditasi paling rendah Baik Sekali atau B; e. program studi sesuai "
      "dengan rencana kebutuhan tenaga Rumah Sakit; dan f. tidak sedang menjalani hukuman "
      "disiplin."),
    T("Tabel 1. Batas Usia, Bantuan Biaya, Masa Studi, dan Kuota Tugas Belajar Tahun 2026",
      ["Jenjang pendidikan", "Usia paling tinggi", "Bantuan biaya per semester",
       "Masa studi dibiayai paling lama", "Kuota 2026"],
      [list(r) for r in TB_SYARAT] + [["Jumlah kuota", "-", "-", "-", "14 orang"]],
      [56, 20, 26, 30, 18]),
    H1("BAB III TATA CARA PENDAFTARAN DAN SELEKSI"),
    H2("Pasal 4"),
    P("(1) Pendaftaran dilakukan secara daring melalui e-SIMALELA pada menu Layanan SDM > Tugas "
      "Belajar dengan mengunggah surat permohonan, rekomendasi kepala instalasi, surat "
      "keterangan diterima atau bukti seleksi perguruan tinggi, SKP/e-Kinerja 2 tahun "
      "terakhir, dan rincian biaya kuliah. (2) Pendaftaran tahun 2026 ditutup pada tanggal 15 "
      "Mei 2026 pukul 16.00 WIB. (3) Berkas fisik tidak lagi diterima."),
    H2("Pasal 5"),
    P("(1) Seleksi terdiri atas seleksi administrasi dan wawancara. (2) Wawancara tahun 2026 "
      "dilaksanakan pada tanggal 2-3 Juni 2026 pukul 08.30 WIB di Aula Sutan Malela, Gedung "
      "Diklat lantai 2. (3) Hasil seleksi diumumkan pada tanggal 19 Juni 2026 melalui "
      "e-SIMALELA. (4) Tim seleksi diketuai Wakil Direktur Pelayanan."),
    H1("BAB IV HAK DAN KEWAJIBAN"),
    H2("Pasal 6"),
    P("(1) Penerima tugas belajar berhak atas bantuan biaya sesuai Tabel 1 dan tetap menerima "
      "gaji. (2) Setiap semester tugas belajar diakui sebagai 20 JP pengembangan kompetensi."),
    H2("Pasal 7"),
    P("Penerima tugas belajar wajib: a. mencapai indeks prestasi semester paling rendah 3,00 "
      "untuk jenjang S1 Terapan/D4/S1 dan Ners, dan paling rendah 3,25 untuk jenjang S2 dan "
      "PPDS; b. menyampaikan laporan kemajuan studi setiap semester paling lambat 30 (tiga "
      "puluh) hari setelah semester berakhir melalui e-SIMALELA; c. kembali bertugas paling "
      "lambat 1 (satu) bulan setelah lulus; d. menjalani ikatan dinas selama 1,5 (satu koma "
      "lima) kali masa studi, paling singkat 2 (dua) tahun."),
    H2("Pasal 8"),
    P("(1) Perpanjangan masa studi dapat diberikan paling lama 2 (dua) semester; bantuan biaya "
      "hanya diberikan untuk 1 (satu) semester perpanjangan pertama. (2) Penerima yang tidak "
      "menyelesaikan studi karena kelalaiannya wajib mengembalikan seluruh bantuan biaya yang "
      "telah diterima dan tidak dapat mengajukan tugas belajar kembali selama 5 (lima) tahun."),
    H1("BAB V IZIN BELAJAR"),
    H2("Pasal 9"),
    P("(1) Izin belajar diajukan melalui e-SIMALELA dan diproses paling lama 14 (empat belas) "
      "hari kerja. (2) Kegiatan perkuliahan izin belajar dilaksanakan di luar jam dinas; "
      "Pegawai dinas shift mengatur pertukaran jadwal dengan kepala ruangan. (3) Izin belajar "
      "tidak diakui sebagai JP."),
    H1("BAB VI KETENTUAN PENUTUP"),
    H2("Pasal 10"),
    P("Kontak layanan tugas belajar dan izin belajar: " + STAF_TB + ", Instalasi Diklat, WA "
      + WA_TB + ", pada hari kerja pukul 08.00-15.00 WIB."),
    H2("Pasal 11"),
    P("Pada saat Peraturan Direktur ini mulai berlaku, Peraturan Direktur Nomor 12 Tahun 2024 "
      "tentang Tugas Belajar dan Izin Belajar Pegawai dicabut dan dinyatakan tidak berlaku. "
      "Penerima tugas belajar yang ditetapkan berdasarkan Peraturan Direktur Nomor 12 Tahun "
      "2024 tetap menerima bantuan biaya sebesar yang telah ditetapkan sampai lulus, tetapi "
      "kewajiban laporan kemajuan mengikuti Peraturan Direktur ini."),
    H2("Pasal 12"),
    P("Peraturan Direktur ini mulai berlaku pada tanggal ditetapkan. Ditetapkan di Rimbo "
      "Hilir pada tanggal 3 Maret 2026. DIREKTUR RSUD DR. SUTAN MALELA, ttd. " + DIREKTUR + "."),
]

TB2024_TXT = """\
RUMAH SAKIT UMUM DAERAH DR. SUTAN MALELA
KABUPATEN BATANG RIMBO - PROVINSI DANAU TINGGI
Jalan Lintas Danau Nomor 45, Rimbo Hilir
(Dokumen fiktif, untuk evaluasi.)

PERATURAN DIREKTUR RSUD DR. SUTAN MALELA
NOMOR 12 TAHUN 2024
TENTANG
TUGAS BELAJAR DAN IZIN BELAJAR PEGAWAI

Pasal 1 - Sasaran
Tugas belajar dan bantuan biaya hanya diberikan kepada Pegawai Negeri Sipil. PPPK dan pegawai
BLUD tidak dapat mengajukan.

Pasal 2 - Persyaratan
a. masa kerja sebagai PNS paling singkat 5 (lima) tahun;
b. predikat kinerja paling rendah Baik pada 1 (satu) tahun terakhir;
c. usia paling tinggi 40 tahun untuk S1/D4/Ners, 37 tahun untuk S2, dan 35 tahun untuk
   Program Pendidikan Dokter Spesialis (PPDS);
d. program studi terakreditasi paling rendah B.

Pasal 3 - Kuota dan bantuan biaya
(1) Kuota tugas belajar sebanyak 8 (delapan) orang per tahun untuk semua jenjang.
(2) Bantuan biaya per semester:
    - S1/D4/Ners   Rp3.000.000
    - S2           Rp5.000.000
    - PPDS         Rp10.000.000

Pasal 4 - Pendaftaran
(1) Berkas fisik dalam map biru diserahkan ke Subbagian Kepegawaian, Gedung Administrasi
    lantai 1, paling lambat 30 April 2024 pukul 14.00 WIB.
(2) Wawancara dilaksanakan 13-14 Mei 2024 di Ruang Rapat Direksi lantai 3.
(3) Hasil seleksi diumumkan 31 Mei 2024 di papan pengumuman Gedung Administrasi.

Pasal 5 - Kewajiban
a. indeks prestasi paling rendah 2,75 setiap semester;
b. laporan kemajuan studi setiap tahun;
c. ikatan dinas 2 (dua) kali masa studi;
d. perpanjangan masa studi paling lama 1 (satu) semester atas biaya sendiri;
e. penerima yang tidak menyelesaikan studi mengembalikan seluruh bantuan biaya.

Pasal 6 - Izin belajar
Izin belajar diproses paling lama 30 (tiga puluh) hari kerja dan tidak diakui sebagai JP.
Satu semester tugas belajar diakui sebagai 20 JP.

Pasal 7 - Kontak
Hasan Basri, S.Sos., Subbagian Kepegawaian, telepon/WA 0813-6612-4470.

Ditetapkan di Rimbo Hilir, 12 Februari 2024
DIREKTUR RSUD DR. SUTAN MALELA,
ttd.
dr. Zulkarnain Nasution, M.Kes.
"""


# =========================================================================== SK preseptor (DOCX)
PRESEPTOR = [
    ("IGD", "Ns. Hotman Panjaitan, S.Kep.", "Perawat Ahli Muda", "Ns. Intan Permatasari, S.Kep.",
     "PPPK"),
    ("IGD", "Ns. Hotman Panjaitan, S.Kep.", "Perawat Ahli Muda", "Rizky Ananda Putra, A.Md.Kep.",
     "Pegawai BLUD non-ASN"),
    ("ICU", "Ns. Erna Wati Simanjuntak, S.Kep.", "Perawat Ahli Pertama",
     "Ns. Fauzan Hakim, S.Kep.", "CPNS formasi 2025"),
    ("Ruang Kenanga (Penyakit Dalam)", "Sri Rahayu Nasution, A.Md.Kep.", "Perawat Penyelia",
     "Dini Aprilia, A.Md.Kep.", "PPPK paruh waktu"),
    ("Ruang Kenanga (Penyakit Dalam)", "Sri Rahayu Nasution, A.Md.Kep.", "Perawat Penyelia",
     "Yoga Pratama Harahap, A.Md.Kep.", "Pegawai BLUD non-ASN"),
    ("Ruang Seruni (Bedah)", "Ns. Maruli Tua Sinaga, S.Kep.", "Perawat Ahli Muda",
     "Ns. Putri Wulandari, S.Kep.", "PPPK"),
    ("Ruang Melati (Anak)", "Ns. Lina Marlina Siregar, S.Kep.", "Perawat Ahli Pertama",
     "Annisa Rahmadani, A.Md.Kep.", "CPNS formasi 2025"),
    ("Ruang Teratai (Kebidanan/VK)", "Yusniar Lubis, A.Md.Keb.", "Bidan Penyelia",
     "Siti Khadijah, A.Md.Keb.", "PPPK"),
    ("Ruang Teratai (Kebidanan/VK)", "Yusniar Lubis, A.Md.Keb.", "Bidan Penyelia",
     "Nur Aini Batubara, S.Tr.Keb., Bd.", "Pegawai BLUD non-ASN"),
    ("Ruang Cempaka (Perinatologi)", "Meilani Saragih, S.Tr.Keb., Bd.", "Bidan Ahli Pertama",
     "Tiara Lestari, A.Md.Keb.", "PPPK"),
    ("IBS", "Ns. Darwin Sembiring, S.Kep.", "Perawat Ahli Muda", "Ns. Reza Fahlevi, S.Kep.",
     "CPNS formasi 2025"),
]
HONOR_BULAN = 300_000


def rp(n):
    return f"{n:,.0f}".replace(",", ".")


def _honor_rows():
    per = {}
    for _ru, pre, _j, _pe, _s in PRESEPTOR:
        per[pre] = per.get(pre, 0) + 1
    rows = []
    for i, (pre, n) in enumerate(per.items(), 1):
        rows.append([str(i), pre, str(n), "3", rp(HONOR_BULAN), rp(n * 3 * HONOR_BULAN)])
    tot = sum(per.values())
    rows.append(["", "Jumlah", str(tot), "", "", rp(tot * 3 * HONOR_BULAN)])
    return rows


SK_SAHABAT = [
    C("KEPUTUSAN DIREKTUR RSUD DR. SUTAN MALELA KABUPATEN BATANG RIMBO"),
    C("NOMOR 445/118/KEP/RSUD-SM/2026"),
    C("TENTANG PENETAPAN PRESEPTOR DAN PRESEPTEE PROGRAM SAHABAT ANGKATAN II TAHUN 2026"),
    P(FIKTIF),
    P("Menimbang bahwa untuk melaksanakan Pasal 22 sampai dengan Pasal 26 Peraturan Direktur "
      "Nomor 4 Tahun 2026 tentang Pengembangan Kompetensi Pegawai Rumah Sakit perlu menetapkan "
      "preseptor dan preseptee program SAHABAT Angkatan II Tahun 2026."),
    H1("MEMUTUSKAN"),
    P("KESATU: Menetapkan preseptor dan preseptee program SAHABAT Angkatan II Tahun 2026 "
      "sebagaimana tercantum dalam Tabel 1."),
    P("KEDUA: Program SAHABAT Angkatan II berlangsung selama 12 minggu, mulai Senin, 6 April "
      "2026 sampai dengan Jumat, 26 Juni 2026. Asesmen akhir oleh Komite Keperawatan "
      "dilaksanakan pada tanggal 22-26 Juni 2026."),
    P("KETIGA: Koordinator program adalah " + KOORD_SAHABAT + " (Komite Keperawatan), WA "
      + WA_SAHABAT + "."),
    P("KEEMPAT: Preseptor menerima honorarium Rp300.000 per preseptee per bulan selama 3 bulan, "
      "dibebankan pada anggaran BLUD, sebagaimana tercantum dalam Tabel 2."),
    P("KELIMA: Preseptor yang berhalangan lebih dari 2 minggu digantikan sementara oleh kepala "
      "ruangan atau perawat/bidan yang ditunjuk koordinator."),
    T("Tabel 1. Preseptor dan Preseptee Angkatan II Tahun 2026",
      ["No", "Ruangan", "Nama preseptor", "Jenjang JF", "Nama preseptee", "Status preseptee"],
      [[str(i)] + list(r) for i, r in enumerate(PRESEPTOR, 1)],
      [6, 26, 34, 22, 34, 24],
      header2=[("No", 1), ("Ruangan", 1), ("Preseptor", 2), ("Preseptee", 2)]),
    T("Tabel 2. Honorarium Preseptor Angkatan II",
      ["No", "Preseptor", "Jumlah preseptee", "Bulan", "Honor per preseptee per bulan (Rp)",
       "Jumlah (Rp)"],
      _honor_rows(), [6, 40, 16, 10, 26, 22]),
    P("Ditetapkan di Rimbo Hilir pada tanggal 30 Maret 2026. DIREKTUR RSUD DR. SUTAN MALELA, "
      "ttd. " + DIREKTUR + "."),
]


# =========================================================================== RAB PELITA MEDIKA (DOCX)
RAB = [
    ("PLM-01", "Bantuan Hidup Dasar (BHD/BLS) bagi Tenaga Klinis", 4, 24, 28_500_000, "BLUD"),
    ("PLM-02", "BHD Awam bagi Tenaga Non-Klinis", 2, 40, 9_750_000, "BLUD"),
    ("PLM-03", "Bantuan Hidup Lanjut Kardiovaskular (ACLS Internal)", 1, 16, 46_800_000, "BLUD"),
    ("PLM-04", "PPI Dasar", 10, 30, 3_250_000, "BLUD"),
    ("PLM-06", "Keselamatan Pasien dan Insiden Keselamatan Pasien", 2, 35, 8_400_000, "BLUD"),
    ("PLM-07", "Triase Gawat Darurat", 4, 20, 24_600_000, "BLUD"),
    ("PLM-08", "Triase Maternal dan Kegawatdaruratan Obstetri", 2, 18, 15_300_000, "BLUD"),
    ("PLM-13", "Pelatihan Preseptor Klinik", 2, 20, 18_250_000, "BLUD"),
    ("PLM-14", "Pelatihan Clinical Instructor (CI) Lahan Praktik", 1, 16, 27_900_000, "BLUD"),
    ("PLM-16", "Resusitasi Neonatus dan Asuhan Neonatus Esensial", 2, 18, 14_200_000, "BLUD"),
    ("lainnya", "Pelatihan PELITA MEDIKA lainnya (12 judul, termasuk PLM-05, PLM-09 s.d. "
     "PLM-12, PLM-15, PLM-17 s.d. PLM-22)", 1, 0, 34_950_000, "BLUD"),
]
RAB_TOTAL = sum(a * c for _k, _n, a, _p, c, _s in RAB)


def _rab_rows():
    rows = []
    for i, (k, n, a, p, c, s) in enumerate(RAB, 1):
        rows.append([str(i), k, n, str(a), str(p) if p else "-", rp(c), rp(a * c), s])
    rows.append(["", "", "Jumlah", str(sum(r[2] for r in RAB)), "", "", rp(RAB_TOTAL), "BLUD"])
    return rows


RAB_DOC = [
    C("RENCANA ANGGARAN BIAYA PROGRAM PELITA MEDIKA TAHUN 2026"),
    C("INSTALASI PENDIDIKAN DAN PELATIHAN RSUD DR. SUTAN MALELA"),
    P(FIKTIF),
    P("Rencana anggaran ini merinci baris \"Program PELITA MEDIKA\" pada Tabel 4 Peraturan "
      "Direktur Nomor 4 Tahun 2026. Biaya per angkatan mencakup honorarium narasumber, "
      "konsumsi, bahan habis pakai, sewa atau perawatan manekin, dan sertifikat. Seluruh "
      "kegiatan dibiayai dari pendapatan BLUD."),
    T("Tabel Rincian Anggaran PELITA MEDIKA 2026",
      ["No", "Kode", "Kegiatan", "Angkatan", "Peserta per angkatan", "Biaya per angkatan",
       "Jumlah", "Sumber dana"],
      _rab_rows(), [6, 12, 50, 12, 14, 22, 22, 14],
      header2=[("No", 1), ("Kode", 1), ("Kegiatan", 1), ("Volume", 2), ("Biaya (Rp)", 2),
               ("Sumber dana", 1)]),
    H2("Catatan"),
    L("1. Komponen terbesar PLM-03 adalah sewa manekin ACLS dan defibrilator latih dari Balai "
      "Pelatihan Kesehatan Provinsi Danau Tinggi sebesar Rp18.000.000.",
      "2. Biaya PLM-01 per angkatan sudah termasuk penggantian 2 unit manekin dewasa per tahun.",
      "3. Peserta dari fasilitas kesehatan lain membayar kontribusi Rp650.000 untuk PLM-01 dan "
      "Rp1.100.000 untuk PLM-07; penerimaan disetor ke kas BLUD.",
      "4. Disusun oleh " + KA_DIKLAT + " (Kepala Instalasi Diklat), 12 Januari 2026."),
]

DOCS = {
    "perdir-pengembangan-kompetensi-2026": (
        "pdf", PERDIR, "Perdir RSUD dr. Sutan Malela No. 4 Tahun 2026"),
    "perdir-tugas-belajar-2026": ("pdf", TB2026, "Perdir RSUD dr. Sutan Malela No. 9 Tahun 2026"),
    "sk-preseptor-sahabat-angkatan-ii-2026": ("docx", SK_SAHABAT,
                                              "Keputusan Direktur Preseptor SAHABAT Angkatan II"),
    "rab-pelita-medika-2026": ("docx", RAB_DOC, "RAB PELITA MEDIKA 2026"),
}


# =========================================================================== XLSX workbook
XLSX_NAME = "rekap-jp-skp-per-instalasi-2025.xlsx"
# group, unit, PNS, PPPK, PPPK paruh waktu, BLUD non-ASN, total JP ASN, ASN reaching target,
# average SKP of health workers
RUANGAN_2025 = [
    ("INSTALASI GAWAT DARURAT DAN INTENSIF", [
        ("IGD", 18, 9, 2, 7, 836, 22, "27,4"),
        ("ICU", 14, 6, 0, 4, 702, 18, "29,1"),
    ]),
    ("INSTALASI RAWAT INAP", [
        ("Ruang Kenanga (Penyakit Dalam)", 16, 8, 3, 9, 598, 15, "21,6"),
        ("Ruang Seruni (Bedah)", 15, 7, 2, 8, 541, 13, "19,8"),
        ("Ruang Melati (Anak)", 12, 6, 1, 5, 505, 14, "22,3"),
        ("Ruang Teratai (Kebidanan/VK)", 13, 8, 2, 6, 712, 19, "26,5"),
        ("Ruang Cempaka (Perinatologi)", 9, 4, 1, 3, 388, 10, "24,0"),
    ]),
    ("INSTALASI BEDAH SENTRAL DAN RAWAT JALAN", [
        ("Instalasi Bedah Sentral (IBS)", 11, 5, 0, 4, 392, 9, "18,7"),
        ("Instalasi Rawat Jalan (Poliklinik)", 17, 10, 3, 6, 610, 18, "20,9"),
    ]),
    ("INSTALASI PENUNJANG", [
        ("Instalasi Farmasi", 10, 6, 2, 4, 430, 12, "17,5"),
        ("Instalasi Laboratorium", 9, 5, 1, 3, 352, 10, "16,2"),
        ("Instalasi Radiologi", 6, 3, 0, 2, 215, 6, "15,8"),
    ]),
    ("MANAJEMEN", [
        ("Bagian Umum dan SDM", 14, 6, 4, 11, 468, 16, "-"),
        ("Bagian Keuangan", 10, 4, 2, 5, 290, 8, "-"),
    ]),
]
BHD_STATUS = [
    ("IGD", 27, 25, 6, 2), ("ICU", 20, 19, 5, 1), ("Ruang Kenanga (Penyakit Dalam)", 27, 20, 8, 7),
    ("Ruang Seruni (Bedah)", 24, 18, 4, 6), ("Ruang Melati (Anak)", 18, 15, 3, 3),
    ("Ruang Teratai (Kebidanan/VK)", 23, 22, 7, 1), ("Ruang Cempaka (Perinatologi)", 13, 11, 2, 2),
    ("Instalasi Bedah Sentral (IBS)", 16, 16, 5, 0), ("Instalasi Rawat Jalan (Poliklinik)", 30,
                                                        21, 6, 9),
    ("Instalasi Farmasi", 18, 14, 3, 4), ("Instalasi Laboratorium", 14, 12, 2, 2),
    ("Instalasi Radiologi", 8, 7, 1, 1),
]


def _units():
    return [u for _g, us in RUANGAN_2025 for u in us]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Rekap JP dan SKP 2025 per Ruangan", "author": "Instalasi Diklat",
                       "comments": FIKTIF, "created": FIXED_DATE.replace(tzinfo=None)})
    title = wb.add_format({"bold": True, "font_size": 13})
    hdr = wb.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "align": "center",
                         "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1})
    one = wb.add_format({"border": 1, "num_format": "0.0"})
    grp = wb.add_format({"bold": True, "border": 1, "bg_color": "#FCE4D6"})
    tot = wb.add_format({"bold": True, "border": 1})
    tot1 = wb.add_format({"bold": True, "border": 1, "num_format": "0.0"})

    ws = wb.add_worksheet("Rekap JP 2025")
    ws.merge_range("A1:M1", "REKAPITULASI CAPAIAN JP DAN SKP PEGAWAI TAHUN 2025 PER RUANGAN/UNIT",
                   title)
    ws.merge_range("A2:M2", "RSUD dr. Sutan Malela Kabupaten Batang Rimbo - data e-SIMALELA per "
                   "15 Januari 2026. " + FIKTIF)
    heads = ["No", "Ruangan / Unit", "PNS", "PPPK", "PPPK Paruh Waktu", "Pegawai BLUD non-ASN",
             "ASN Dihitung (PNS + PPPK)", "Total JP ASN", "Rata-rata JP per ASN",
             "ASN Mencapai Target (orang)", "Persen Mencapai Target",
             "Rata-rata SKP Tenaga Kesehatan", "Keterangan"]
    ws.merge_range("C4:F4", "Jumlah Pegawai", hdr)
    for col, h in enumerate(heads):
        if 2 <= col <= 5:
            ws.write(4, col, h, hdr)
        else:
            ws.merge_range(3, col, 4, col, h, hdr)
    row, no = 5, 0
    first = row
    for g, units in RUANGAN_2025:
        ws.merge_range(row, 0, row, 12, g, grp)
        row += 1
        for name, pns, pppk, pw, blud, jp, ok, skp in units:
            no += 1
            asn = pns + pppk
            vals = [no, name, pns, pppk, pw, blud, asn, jp]
            for col, v in enumerate(vals):
                ws.write(row, col, v, cell)
            ws.write(row, 8, round(jp / asn, 1), one)
            ws.write(row, 9, ok, cell)
            ws.write(row, 10, round(ok / asn * 100, 1), one)
            ws.write(row, 11, skp, cell)
            ws.write(row, 12, "", cell)
            row += 1
    units = _units()
    ws.write(row, 1, "JUMLAH / RATA-RATA RUMAH SAKIT", tot)
    sums = [sum(u[i] for u in units) for i in range(1, 7)]
    for col, idx in zip((2, 3, 4, 5), range(4), strict=True):
        letter = "CDEF"[idx]
        ws.write_formula(row, col, f"=SUM({letter}{first + 1}:{letter}{row})", tot, sums[idx])
    asn_t = sums[0] + sums[1]
    ws.write_formula(row, 6, f"=SUM(G{first + 1}:G{row})", tot, asn_t)
    ws.write_formula(row, 7, f"=SUM(H{first + 1}:H{row})", tot, sums[4])
    ws.write_formula(row, 8, f"=ROUND(H{row + 1}/G{row + 1},1)", tot1, round(sums[4] / asn_t, 1))
    ws.write_formula(row, 9, f"=SUM(J{first + 1}:J{row})", tot, sums[5])
    ws.write_formula(row, 10, f"=ROUND(J{row + 1}/G{row + 1}*100,1)", tot1,
                     round(sums[5] / asn_t * 100, 1))
    ws.write(row, 11, "22,4", tot)
    ws.set_column(1, 1, 36)
    ws.set_column(2, 12, 13)

    ws2 = wb.add_worksheet("Status BHD Jan 2026")
    ws2.merge_range("A1:F1", "STATUS SERTIFIKAT BHD TENAGA KLINIS PER RUANGAN (15 JANUARI 2026)",
                    title)
    ws2.write(1, 0, FIKTIF)
    h2 = ["No", "Ruangan / Unit", "Tenaga klinis", "BHD masih berlaku",
          "Berlaku tetapi habis dalam 2026", "BHD sudah habis / belum punya"]
    for col, h in enumerate(h2):
        ws2.write(3, col, h, hdr)
    for i, (u, n, ok, soon, gone) in enumerate(BHD_STATUS, 1):
        for col, v in enumerate([i, u, n, ok, soon, gone]):
            ws2.write(3 + i, col, v, cell)
    r = 4 + len(BHD_STATUS)
    ws2.write(r, 1, "JUMLAH", tot)
    for col, idx in ((2, 1), (3, 2), (4, 3), (5, 4)):
        ws2.write(r, col, sum(b[idx] for b in BHD_STATUS), tot)
    ws2.set_column(1, 1, 36)
    ws2.set_column(2, 5, 16)

    ws3 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan",
        FIKTIF,
        "1. ASN dihitung = PNS + PPPK penuh waktu. PPPK paruh waktu tidak memiliki target JP "
        "pada tahun 2025 sehingga tidak dihitung; target 10 JP bagi PPPK paruh waktu baru "
        "berlaku mulai 2026.",
        "2. Pegawai BLUD non-ASN bukan ASN; jumlahnya dicantumkan sebagai informasi dan jam "
        "pelatihannya dicatat terpisah sebagai jam pelatihan BLUD.",
        "3. Target JP 2025 masih mengikuti Peraturan Direktur Nomor 21 Tahun 2022: 24 JP bagi "
        "JF kategori keahlian dan 20 JP bagi jabatan lainnya.",
        "4. Rata-rata SKP dihitung hanya untuk tenaga medis dan tenaga kesehatan yang "
        "mengunggah sertifikat SKP ke e-SIMALELA.",
        "5. Status BHD: tenaga klinis yang BHD-nya sudah habis diprioritaskan pada PLM-01 "
        "Angkatan I dan II tahun 2026.",
        "Disusun oleh Instalasi Diklat, 20 Januari 2026. Kontak: " + KA_DIKLAT + ".",
    ]
    for i, t in enumerate(notes):
        ws3.write(i, 0, t)
    ws3.set_column(0, 0, 120)
    wb.close()


# =========================================================================== CSV files
REKAP_HEADER = ["no", "nama", "nip", "jabatan", "ruangan", "status", "target_jp_2025",
                "jp_klasikal", "jp_nonklasikal", "total_jp", "persen_capaian", "skp_2025",
                "keterangan"]
_REKAP = [
    ("Ns. Hotman Panjaitan, S.Kep.", "19830614 200903 1 004", "Perawat Ahli Muda", "IGD", "PNS",
     24, 28, 9.5, 32, ""),
    ("Ns. Erna Wati Simanjuntak, S.Kep.", "19890222 201402 2 006", "Perawat Ahli Pertama",
     "ICU", "PNS", 24, 20, 7, 28, ""),
    ("Sri Rahayu Nasution, A.Md.Kep.", "19800509 200604 2 011", "Perawat Penyelia",
     "Ruang Kenanga", "PNS", 20, 12, 6.5, 18, ""),
    ("Ns. Maruli Tua Sinaga, S.Kep.", "19820130 200801 1 009", "Perawat Ahli Muda",
     "Ruang Seruni", "PNS", 24, 16, 4, 22, ""),
    ("Ns. Lina Marlina Siregar, S.Kep.", "19910417 201903 2 013", "Perawat Ahli Pertama",
     "Ruang Melati", "PNS", 24, 8, 5.5, 15, "cuti melahirkan Mar-Mei 2025"),
    ("Yusniar Lubis, A.Md.Keb.", "19810923 200701 2 008", "Bidan Penyelia", "Ruang Teratai",
     "PNS", 20, 24, 11, 30, ""),
    ("Meilani Saragih, S.Tr.Keb., Bd.", "19930805 202012 2 004", "Bidan Ahli Pertama",
     "Ruang Cempaka", "PNS", 24, 16, 12.5, 26, ""),
    ("Ns. Darwin Sembiring, S.Kep.", "19850318 201001 1 015", "Perawat Ahli Muda", "IBS", "PNS",
     24, 12, 3, 14, ""),
    ("Rahmat Hidayat Pane, A.Md.Kep.", "19940712 202321 1 006", "Perawat Terampil (PPPK)",
     "IGD", "PPPK", 20, 12, 2, 12, ""),
    ("Ns. Fitriani Hasibuan, S.Kep.", "19960203 202321 2 009", "Perawat Ahli Pertama (PPPK)",
     "Ruang Kenanga", "PPPK", 20, 8, 1.5, 9, ""),
    ("Desi Anggraini Tanjung, A.Md.Keb.", "19950627 202321 2 012", "Bidan Terampil (PPPK)",
     "Ruang Teratai", "PPPK", 20, 18, 4, 20, ""),
    ("Ns. Bonar Sihombing, S.Kep., M.Kep.", "19780211 200312 1 005", "Perawat Ahli Madya",
     "Komite Keperawatan", "PNS", 24, 24, 14, 35, "ketua Komite Keperawatan"),
    ("Ns. Sari Wulandari Nasution, S.Kep., M.Kep.", "19840719 200903 2 010",
     "Perawat Ahli Muda", "Komite PPI", "PNS", 24, 30, 8, 33, "IPCN"),
    ("Ns. Rudi Hartono Lubis, S.Kep.", "19870830 201101 1 007", "Perawat Ahli Pertama",
     "Instalasi Diklat", "PNS", 24, 26, 6, 24, "koordinator Skills Lab"),
    ("Maya Sari Damanik, A.Md.Kep.", "19920115 201503 2 014", "Perawat Mahir", "Ruang Melati",
     "PNS", 20, 4, 2.5, 6, "tugas belajar Ners sejak Sep 2025"),
    ("Ns. Agus Salim Batubara, S.Kep.", "19880404 201402 1 011", "Perawat Ahli Pertama", "IGD",
     "PNS", 24, 32, 7.5, 29, ""),
]


def dec(x):
    return (f"{x:.1f}").replace(".", ",")


def rekap_rows():
    rows = []
    for i, (n, nip, jab, ru, st, tgt, kl, nk, skp, ket) in enumerate(_REKAP, 1):
        total = kl + nk
        rows.append([str(i), n, nip, jab, ru, st, str(tgt), str(kl), dec(nk), dec(total),
                     dec(total / tgt * 100), str(skp), ket])
    return rows


WARDS = ["IGD", "ICU", "Kenanga", "Seruni", "Melati", "Teratai", "Cempaka", "IBS",
         "Rawat Jalan", "Farmasi", "Laboratorium", "Radiologi", "Manajemen"]
_KUOTA = [
    ("PLM-01", "BHD/BLS Tenaga Klinis", [12, 8, 12, 10, 8, 10, 6, 6, 12, 6, 4, 2, 0]),
    ("PLM-02", "BHD Awam Non-Klinis", [2, 0, 4, 4, 2, 2, 0, 2, 6, 4, 4, 2, 48]),
    ("PLM-03", "ACLS Internal", [6, 5, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0]),
    ("PLM-06", "Keselamatan Pasien", [6, 5, 8, 7, 6, 7, 4, 5, 8, 6, 4, 2, 2]),
    ("PLM-07", "Triase Gawat Darurat", [28, 6, 10, 8, 8, 6, 2, 4, 8, 0, 0, 0, 0]),
    ("PLM-08", "Triase Maternal", [6, 0, 0, 0, 0, 24, 6, 0, 0, 0, 0, 0, 0]),
    ("PLM-13", "Pelatihan Preseptor Klinik", [5, 4, 6, 5, 5, 6, 3, 4, 2, 0, 0, 0, 0]),
    ("PLM-14", "Clinical Instructor", [2, 1, 3, 2, 2, 3, 1, 1, 1, 0, 0, 0, 0]),
    ("PLM-16", "Resusitasi Neonatus", [4, 0, 0, 0, 6, 12, 14, 0, 0, 0, 0, 0, 0]),
    ("PLM-22", "K3RS dan APAR", [20, 14, 22, 20, 16, 18, 10, 12, 24, 16, 12, 8, 40]),
]


def kuota_rows():
    return [[k, n] + [str(x) for x in q] + [str(sum(q))] for k, n, q in _KUOTA]


CODE_BLUE_HEADER = ["no", "tanggal", "waktu", "ruangan", "skenario", "tim_penilai", "catatan"]
CODE_BLUE = [
    ["1", "Selasa, 24 Maret 2026", "pukul 10.00-11.30 WIB", "Ruang Kenanga",
     "Henti jantung pasien dewasa di kamar mandi, ritme VF",
     "dr. Muhammad Iqbal Tanjung, Sp.EM; Ns. Rudi Hartono Lubis, S.Kep.",
     "Tim code blue datang 4 menit 10 detik setelah aktivasi.\nTarget berikutnya: di bawah 4 menit."],
    ["2", "Selasa, 14 April 2026", "pukul 10.00-11.30 WIB", "Ruang Seruni",
     "Pasien pascaoperasi syok hipovolemik, henti napas",
     "dr. Muhammad Iqbal Tanjung, Sp.EM; Ns. Hotman Panjaitan, S.Kep.",
     "Troli emergensi terkunci, kunci dibawa perawat sore.\nRekomendasi: kunci cadangan di nurse station."],
    ["3", "Selasa, 19 Mei 2026", "pukul 14.30-16.00 WIB", "Ruang Melati",
     "Henti napas pada anak 4 tahun, aspirasi, pasien dengan gizi buruk",
     "dr. Ratna Dewi Anggraini, Sp.A.; Ns. Lina Marlina Siregar, S.Kep.",
     "Dilaksanakan pada jam dinas sore, agar perawat shift sore ikut berlatih."],
    ["4", "Selasa, 16 Juni 2026", "pukul 10.00-11.30 WIB", "Instalasi Rawat Jalan",
     "Pengunjung kolaps di ruang tunggu poliklinik, AED, BHD awam",
     "Ns. Rudi Hartono Lubis, S.Kep.; Ir. Sahat Marpaung",
     "Melibatkan satpam, petugas pendaftaran, dan pegawai BLUD."],
    ["5", "Selasa, 14 Juli 2026", "pukul 22.00-23.00 WIB", "ICU",
     "Henti jantung pasien dengan ventilator, ritme asistol",
     "dr. Muhammad Iqbal Tanjung, Sp.EM; Ns. Erna Wati Simanjuntak, S.Kep.",
     "Simulasi dinas malam, satu-satunya simulasi malam tahun 2026.\nPeserta dinas malam mendapat pengakuan 2 JP."],
    ["6", "Selasa, 11 Agustus 2026", "pukul 10.00-11.30 WIB", "Ruang Teratai",
     "Perdarahan pascapersalinan, syok, henti jantung ibu",
     "Rosmawati Daulay, S.Tr.Keb., Bd.; dr. Sp.OG jaga",
     "Gabungan dengan simulasi Ponek; Ruang Cempaka menyiapkan tim resusitasi neonatus."],
    ["7", "Selasa, 20 Oktober 2026", "pukul 10.00-11.30 WIB", "Instalasi Radiologi",
     "Reaksi anafilaksis akibat kontras, henti napas",
     "dr. Muhammad Iqbal Tanjung, Sp.EM; Darmawan Sitompul, S.Tr.Rad.",
     "Radiografer, perawat, dan dokter jaga IGD dilibatkan; evaluasi jalur evakuasi."],
]


# =========================================================================== plain-text documents
HELPDESK_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Helpdesk e-SIMALELA - RSUD dr. Sutan Malela</title>
<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto} td,th{border:1px solid #999;padding:4px}</style>
</head>
<body>
<header>
<h1>Helpdesk e-SIMALELA</h1>
<p>Sistem Informasi Pembelajaran RSUD dr. Sutan Malela, Kabupaten Batang Rimbo.
<em>Dokumen fiktif, untuk evaluasi.</em></p>
<nav><a href="#kontak">Kontak</a> | <a href="#masalah">Masalah umum</a> | <a href="#klaim">Klaim JP</a></nav>
</header>
<main>
<section id="kontak">
<h2>Kontak dan jam layanan</h2>
<ul>
<li>WhatsApp helpdesk (chat saja, tidak menerima telepon): 0811-7720-4455</li>
<li>Telepon internal: ekstensi 1207 (ruang Instalasi SIMRS, Gedung Administrasi lantai 1)</li>
<li>Jam layanan: Senin&ndash;Jumat pukul 07.30&ndash;16.00 WIB; Sabtu pukul 07.30&ndash;12.00 WIB.
Di luar jam itu pesan dijawab pada hari kerja berikutnya.</li>
<li>Pemeliharaan sistem rutin: setiap Minggu pukul 22.00&ndash;24.00 WIB (e-SIMALELA tidak dapat diakses).</li>
<li>Alamat: <code>https://esimalela.rsudsutanmalela.contoh</code> (hanya dari jaringan rumah sakit atau VPN pegawai).</li>
</ul>
</section>
<section id="masalah">
<h2>Masalah umum</h2>
<table>
<tr><th>Masalah</th><th>Penyebab umum</th><th>Solusi</th></tr>
<tr><td>Lupa kata sandi</td><td>-</td><td>Klik &quot;Lupa kata sandi&quot;; tautan dikirim ke email pegawai dan berlaku 30 menit. Jika email tidak aktif, minta reset ke admin e-SIMALELA di instalasi Anda.</td></tr>
<tr><td>Akun terkunci</td><td>Salah kata sandi 5 kali</td><td>Akun terbuka otomatis setelah 15 menit.</td></tr>
<tr><td>Kode QR presensi tidak terbaca</td><td>Jendela presensi sudah tutup (lebih dari 15 menit setelah sesi mulai)</td><td>Tidak dapat dibuka ulang oleh helpdesk; hubungi panitia pelatihan untuk presensi manual dengan alasan dinas (on call).</td></tr>
<tr><td>Unggah sertifikat gagal</td><td>File lebih dari 3 MB atau bukan PDF/JPG</td><td>Kompres file ke PDF atau JPG paling besar 3 MB.</td></tr>
<tr><td>Nama ganda / akun dobel</td><td>Pegawai pindah status dari BLUD ke PPPK</td><td>Kirim NIP baru dan nomor pegawai BLUD lama ke WA helpdesk; akun digabung dalam 2 hari kerja.</td></tr>
</table>
</section>
<section id="klaim">
<h2>Klaim JP kegiatan eksternal dan nonklasikal</h2>
<ol>
<li>Menu <strong>Riwayat Belajar &gt; Klaim JP</strong>, pilih jenis kegiatan sesuai Tabel 2 Peraturan Direktur Nomor 4 Tahun 2026.</li>
<li>Unggah sertifikat atau bukti (daftar hadir, notulen journal reading) paling lambat 7 hari setelah kegiatan.</li>
<li>Verifikasi oleh Instalasi Diklat paling lama 5 hari kerja. Status: <em>Diajukan</em> (abu-abu), <em>Diverifikasi</em> (hijau), <em>Dikembalikan</em> (kuning, perlu perbaikan), <em>Ditolak</em> (merah).</li>
<li>Klaim yang dikembalikan dapat diperbaiki paling banyak 2 kali.</li>
</ol>
<p>Catatan: akun pegawai BLUD non-ASN bertipe &quot;Non-ASN&quot;; jamnya tercatat sebagai jam pelatihan BLUD,
bukan JP ASN. e-SIMALELA tidak terhubung dengan MyASN/SIASN; pegawai ASN tetap memperbarui riwayat pelatihan di MyASN sendiri.</p>
<p>Pengajuan tugas belajar dan izin belajar: menu <strong>Layanan SDM &gt; Tugas Belajar</strong>.</p>
</section>
</main>
<footer><p>Versi aplikasi 3.2 (Februari 2026). Pengelola: Instalasi SIMRS bersama Instalasi Diklat.</p></footer>
</body>
</html>
"""

PANDUAN_SAHABAT_MD = """\
---
id: panduan-sahabat-2026
title: Panduan Program Preseptorship SAHABAT 2026
penerbit: Komite Keperawatan RSUD dr. Sutan Malela
dasar: Peraturan Direktur Nomor 4 Tahun 2026, Pasal 22-26
catatan: Dokumen fiktif, untuk evaluasi.
---

# Panduan Program Preseptorship SAHABAT 2026

SAHABAT adalah singkatan dari *Sambut dan Hantar Perawat-Bidan Baru Tangguh*. Program ini
wajib bagi setiap perawat dan bidan baru di RSUD dr. Sutan Malela, apa pun statusnya (PNS,
PPPK, PPPK paruh waktu, maupun pegawai BLUD non-ASN).

## Beda preseptor, mentor, dan clinical instructor

| Peran | Untuk siapa | Lama | Fokus |
|---|---|---|---|
| Preseptor | perawat/bidan baru (preseptee) | 12 minggu | orientasi klinis di ruangan, keterampilan dasar |
| Mentor | JF Ahli Pertama pada 2 tahun pertama | 1 tahun, 1x sebulan | karier, angka kredit, rencana pengembangan |
| Clinical instructor (CI) | mahasiswa praktik dari kampus | satu periode praktik | target kompetensi mahasiswa |

## Tahapan 12 minggu

1. **Minggu 1-2 – Orientasi.** Preseptee mengamati, mengenal SPO ruangan, alur code blue,
   dan lokasi troli emergensi. Preseptee belum memegang pasien sendiri.
2. **Minggu 3-8 – Supervisi langsung.** Preseptee merawat 2-3 pasien dengan supervisi
   preseptor pada shift yang sama.
3. **Minggu 9-12 – Mandiri terbimbing.** Preseptee memegang pasien sendiri; preseptor
   memantau dan mengisi evaluasi.

Evaluasi formal dilakukan pada akhir minggu ke-4, ke-8, dan ke-12. Pada akhir program
preseptee mengikuti asesmen kompetensi oleh Komite Keperawatan; yang lulus menerima Surat
Penugasan Klinis (SPK) dan Rincian Kewenangan Klinis (RKK).

## Logbook

- Logbook memuat **40 kompetensi klinis dasar**; paling sedikit 36 harus ditandatangani
  preseptor sebelum asesmen akhir.
- Logbook diisi di e-SIMALELA (menu Preseptorship) dan dicetak untuk berkas kredensial.

## Aturan shift untuk preseptee

- Empat minggu pertama preseptee hanya dinas pagi dan sore, **tidak dinas malam**.
- Mulai minggu ke-5 preseptee boleh dinas malam, asalkan preseptor atau penanggung jawab
  shift yang ditunjuk preseptor ikut dinas malam itu.
- Jadwal preseptor dan preseptee diusahakan sama paling sedikit 70% shift setiap bulan.

## Hak preseptor dan preseptee

- Preseptor: honorarium Rp300.000 per preseptee per bulan (BLUD), sertifikat, dan pengakuan
  sebagai pembimbing dalam penilaian kinerja.
- Preseptee ASN: 2 JP per minggu bimbingan, paling banyak 24 JP.
- Preseptee BLUD non-ASN: jam bimbingan dicatat sebagai jam pelatihan BLUD.

## Kalau ada masalah

Preseptee yang merasa tidak cocok dengan preseptornya dapat menghubungi koordinator program,
Ns. Dewi Kartika Sari Pohan, S.Kep., M.Kep., melalui WA 0821-6533-7190. Penggantian preseptor
paling banyak 1 kali selama program.
"""

PROFIL_SKILLS_MD = """\
# Skills Lab RSUD dr. Sutan Malela

*Dokumen fiktif, untuk evaluasi.*

Skills Lab (Laboratorium Keterampilan Klinik) adalah ruang latihan keterampilan klinis milik
Instalasi Diklat. Letaknya di **Gedung Diklat lantai 1**, di sebelah kantin pegawai, dan
mulai dipakai pada bulan Oktober 2023. Koordinatornya Ns. Rudi Hartono Lubis, S.Kep.
(WA 0812-7340-2218).

## Peralatan

- 6 manekin BHD dewasa dengan indikator kualitas kompresi
- 4 manekin bayi untuk resusitasi neonatus
- 1 manekin *high-fidelity* yang diberi nama "Si Malela" (bisa diprogram ritme jantung)
- 3 unit AED latih (*AED trainer*)
- 2 set phantom perawatan luka dan 1 phantom persalinan
- troli emergensi latih yang isinya sama dengan troli di ruangan

## Jam buka

| Hari | Jam | Keterangan |
|---|---|---|
| Senin-Jumat | 08.00-20.00 WIB | pelatihan terjadwal didahulukan |
| Sabtu | 08.00-12.00 WIB | khusus belajar mandiri |
| Minggu dan hari libur | tutup | - |

## Belajar mandiri

Pegawai boleh berlatih sendiri atau berkelompok (paling banyak 6 orang) tanpa pelatih.
Pemesanan ruang lewat e-SIMALELA paling lambat **3 hari kerja** sebelumnya. Belajar mandiri
diakui 1 JP untuk setiap 45 menit, paling banyak 2 JP per hari, asalkan presensi QR diisi
saat datang dan pulang.

Kapasitas ruang 20 orang untuk pelatihan klasikal. Dilarang makan dan minum di dalam ruang,
dan manekin harus dibersihkan dengan tisu alkohol setelah dipakai. Kerusakan alat dilaporkan
ke koordinator pada hari yang sama.
"""

NOTULEN_MD = """\
# Notulen Rapat Komite Diklat RSUD dr. Sutan Malela

*Dokumen fiktif, untuk evaluasi.*

- **Hari/tanggal:** Rabu, 22 April 2026
- **Waktu:** pukul 13.30–15.45 WIB
- **Tempat:** Ruang Rapat Direksi, Gedung Administrasi lantai 3
- **Pimpinan rapat:** dr. Ratna Dewi Anggraini, Sp.A. (Wakil Direktur Pelayanan)
- **Notulis:** Ns. Lestari Ayuningtyas, S.Kep.
- **Hadir:** 14 orang, antara lain Kepala Instalasi Diklat, Kepala Bidang Keperawatan, Kepala
  Bagian Umum dan SDM, Ketua Komite Keperawatan, IPCN, Kepala Instalasi SIMRS.

## 1. Pendaftaran tugas belajar 2026

Menu Layanan SDM > Tugas Belajar di e-SIMALELA sempat gagal menyimpan berkas pada 13–17 April.
Baru 9 pendaftar untuk kuota 14 orang.

**Keputusan:**
- Batas pendaftaran tugas belajar **diperpanjang** dari 15 Mei 2026 menjadi **Jumat, 29 Mei
  2026 pukul 16.00 WIB**.
- Wawancara dimundurkan dari 2–3 Juni menjadi **16–17 Juni 2026**, pukul 08.30 WIB.
- Tempat wawancara **dipindahkan** dari Aula Sutan Malela (sedang direnovasi sampai Juli 2026)
  ke **Ruang Rapat Komite Medik, Gedung Administrasi lantai 2**.
- Pengumuman hasil seleksi dimundurkan dari 19 Juni menjadi **3 Juli 2026**.

## 2. Evaluasi pelatihan triwulan I

- PLM-01 BHD Angkatan I (19–20 Februari): 24 peserta, 21 lulus langsung, 3 ikut remedial dan
  2 di antaranya lulus. Tingkat kelulusan akhir 95,8%.
- PLM-07 Triase Angkatan I (9–11 Maret): 20 peserta, 4 di antaranya dari puskesmas.
- Masih ada 38 tenaga klinis dengan BHD sudah habis; diprioritaskan pada Angkatan II (20–21 Mei).

## 3. Pelatihan selama renovasi Aula

Selama Aula Sutan Malela direnovasi, pelatihan klasikal PELITA MEDIKA yang semula di Aula
dipindahkan ke **Ruang Serbaguna Instalasi Rawat Jalan lantai 3**. Skills Lab tetap dipakai
untuk sesi praktik.

## 4. Rencana tindak lanjut

| No | Kegiatan | Penanggung jawab | Batas waktu |
|---|---|---|---|
| 1 | Perbaikan menu Tugas Belajar dan uji coba ulang | Kepala Instalasi SIMRS | 30 April 2026 |
| 2 | Surat pemberitahuan perpanjangan pendaftaran ke semua instalasi | Kepala Instalasi Diklat | 27 April 2026 |
| 3 | Daftar 38 pegawai BHD habis dikirim ke kepala ruangan | Koordinator Skills Lab | 24 April 2026 |
| 4 | Usulan tambahan 1 angkatan PLM-01 pada bulan Juli | Kepala Instalasi Diklat | rapat Mei |

Rapat berikutnya: Rabu, 20 Mei 2026.
"""

WA_TXT = """\
[Broadcast Instalasi Diklat RSUD dr. Sutan Malela] - Dokumen fiktif, untuk evaluasi.

Selamat pagi rekan2 nakes semua 🙏

📢 *PLM-01 BHD/BLS ANGKATAN II* udah buka pendaftaran ya!

🗓️ Rabu–Kamis, 20–21 Mei 2026
⏰ pukul 07.30–15.30 WIB (dua hari penuh, total 12 JP)
📍 Skills Lab Gedung Diklat lt. 1 (teori di Ruang Serbaguna Rawat Jalan lt. 3, krn Aula lagi renovasi)
👥 Kuota 24 org, *prioritas yg sertifikat BHD-nya sudah habis* (ada 38 org, list udah dikirim ke Karu masing2)

Daftar lewat e-SIMALELA paling lambat *Rabu 13 Mei 2026*, harus di-ACC Karu dulu ya.

Catatan penting:
1️⃣ Yg dapat dinas malam tgl 19 Mei JANGAN daftar dulu sebelum tukar jadwal sama Karu. Habis dinas malam gak boleh ikut kelas tatap muka di hari yg sama.
2️⃣ Pakai celana panjang & sepatu tertutup, praktik di lantai 😅
3️⃣ Post-test tertulis minimal 80 + lulus praktik manekin. Remedial cuma 1x.
4️⃣ Sertifikat BHD berlaku 2 tahun. Yg BHD-nya dari luar (misal dari pelatihan organisasi profesi) dan masih berlaku, cukup upload ke e-SIMALELA, gak usah ikut lagi.
5️⃣ Teman2 non-klinis (admin, satpam, driver, pegawai BLUD non-klinis) ikutnya PLM-02 BHD Awam ya, bukan yg ini. Jadwal berikutnya 9 September.

Info: Ns. Rudi (Skills Lab) WA 0812-7340-2218
Jangan telepon pas jam dinas ya, chat aja 😊
"""

FAQ_TXT = """\
TANYA JAWAB (FAQ) PENGEMBANGAN KOMPETENSI PEGAWAI RSUD DR. SUTAN MALELA
Disusun Instalasi Diklat, versi 2 (Maret 2026). Dokumen fiktif, untuk evaluasi.

1. Saya perawat PNS. Berapa JP yang harus saya kejar tahun ini?
Secara nasional PNS minimal 20 JP per tahun. Di rumah sakit ini targetnya lebih tinggi:
perawat/bidan kategori keahlian (Ahli Pertama ke atas) 30 JP, kategori keterampilan (Terampil,
Mahir, Penyelia) 26 JP. Lihat Tabel 1 Peraturan Direktur Nomor 4 Tahun 2026.

2. Apa bedanya JP dengan SKP?
JP (jam pelajaran, 1 JP = 45 menit) dipakai untuk kewajiban pengembangan kompetensi ASN. SKP
(Satuan Kredit Profesi) dipakai untuk perpanjangan SIP tenaga medis dan tenaga kesehatan. Satu
seminar bisa dapat dua-duanya, tapi angkanya beda: JP dihitung dari lamanya acara, SKP dari
nilai di sertifikat.

3. Di sini "SKP" artinya apa sih? Di e-Kinerja juga ada SKP.
Hati-hati, ada tiga singkatan yang mirip: SKP = Satuan Kredit Profesi (untuk SIP), SKP =
Sasaran Kinerja Pegawai (di e-Kinerja), dan "6 SKP" yang sering disebut di ruangan = enam
Sasaran Keselamatan Pasien. Dalam dokumen diklat rumah sakit, SKP selalu berarti Satuan Kredit
Profesi.

4. Saya pegawai BLUD (kontrak rumah sakit). Apakah saya punya target JP?
Tidak. Pegawai BLUD non-ASN bukan ASN, jadi tidak ada target JP dan jamnya dicatat sebagai
jam pelatihan BLUD. Tetapi kalau bertugas di area klinis tetap wajib ikut pelatihan wajib
klinis (BHD, PPI, dan lain-lain).

5. Saya PPPK paruh waktu, wajib berapa JP?
Mulai 2026 targetnya 10 JP per tahun, diutamakan pelatihan wajib klinis dan K3RS. PPPK penuh
waktu targetnya 20 JP dan difasilitasi paling banyak 24 JP per tahun perjanjian kerja.

6. Saya dinas malam sebelum hari pelatihan. Bagaimana?
Kepala ruangan seharusnya tidak memberi dinas malam pada malam sebelum pelatihan. Kalau
terlanjur, Anda tidak boleh ikut kelas tatap muka pada hari itu; materi rekaman/daring boleh
diikuti paling cepat pukul 13.00 WIB. Segera hubungi panitia untuk pindah angkatan.

7. Terlambat datang pelatihan, masih dihitung hadir?
Presensi QR dibuka 30 menit sebelum sampai 15 menit setelah sesi mulai. Lewat dari itu
dianggap tidak hadir pada sesi tersebut. Sertifikat butuh kehadiran minimal 90%, khusus sesi
praktik BHD harus 100%.

8. Sertifikat BHD saya dari pelatihan luar, masih berlaku. Perlu ikut PLM-01 lagi?
Tidak perlu, asalkan lembaganya terakreditasi dan sertifikat sudah diunggah ke e-SIMALELA.

9. BHD saya sudah habis. Apa akibatnya?
Anda tidak dapat dijadwalkan dinas di IGD, ICU, IBS, dan Ruang Teratai (VK) sampai lulus BHD
lagi. Kepala ruangan wajib mendaftarkan Anda ke angkatan PLM-01 terdekat.

10. Apa beda PLM-01 dan PLM-02?
PLM-01 BHD bagi tenaga klinis (12 JP, praktik manekin, kuota 24). PLM-02 BHD Awam untuk
tenaga non-klinis (6 JP, kuota 40). Jangan tertukar dengan PLM-03, itu bantuan hidup lanjut
(ACLS internal, 24 JP) khusus IGD, ICU, dan IBS.

11. Journal reading di ruangan dapat JP?
Dapat, 2 JP per penyajian, paling banyak 8 JP per tahun. Ajukan lewat menu Klaim JP dengan
bukti daftar hadir dan notulen.

12. Apa bedanya tugas belajar dan izin belajar?
Tugas belajar: PNS dibebaskan dari tugas pelayanan, dapat bantuan biaya, dan setiap semester
diakui 20 JP. Izin belajar: kuliah di luar jam dinas, biaya sendiri (PPPK penuh waktu bisa dapat
bantuan Rp2.500.000 per semester), dan tidak diakui sebagai JP. Aturannya Peraturan Direktur
Nomor 9 Tahun 2026 yang menggantikan aturan tahun 2024.

13. SIP saya habis tahun depan. Kapan harus mengurus?
Ajukan ke Dinas Kesehatan Kabupaten Batang Rimbo paling lambat 3 bulan sebelum SIP berakhir.
Bagian Umum dan SDM akan mengingatkan 6 bulan sebelumnya dan menerbitkan surat keterangan
bekerja dalam 3 hari kerja. Biaya dan berkas di Dinas Kesehatan silakan tanyakan langsung ke
Dinas Kesehatan.

14. Sertifikat pelatihan diunggah ke mana?
Ke e-SIMALELA paling lambat 7 hari setelah pelatihan. Pegawai ASN juga memperbarui riwayat
pelatihan di MyASN; e-SIMALELA tidak tersambung otomatis ke MyASN/SIASN.

15. Saya sudah daftar pelatihan tapi mendadak tidak bisa. Ada sanksi?
Batalkan lewat e-SIMALELA paling lambat 3 hari sebelum pelatihan. Kalau 2 kali tidak hadir
tanpa membatalkan dalam setahun, Anda tidak bisa mendaftar PELITA MEDIKA selama 3 bulan.
"""

PANGGILAN_TXT = """\
RSUD DR. SUTAN MALELA KABUPATEN BATANG RIMBO
INSTALASI PENDIDIKAN DAN PELATIHAN
Jalan Lintas Danau Nomor 45, Rimbo Hilir, Provinsi Danau Tinggi
Dokumen fiktif, untuk evaluasi.

Nomor   : 800/412/DIKLAT/2026
Lampiran: 1 (satu) berkas
Perihal : Panggilan Peserta Pelatihan Triase Gawat Darurat (PLM-07) Angkatan III

Rimbo Hilir, 17 Agustus 2026

Yth. Kepala Ruangan/Kepala Instalasi terkait
di tempat

Dengan hormat, bersama ini kami memanggil pegawai yang namanya tercantum di bawah untuk
mengikuti Pelatihan Triase Gawat Darurat (PLM-07) Angkatan III tahun 2026 sebanyak 20 JP,
dengan ketentuan sebagai berikut.

Waktu   : Senin s.d. Rabu, 7-9 September 2026
Tempat  : teori di Aula Sutan Malela, Gedung Diklat lantai 2; praktik di Skills Lab lantai 1;
          simulasi lapangan di IGD
Peserta : 20 orang (daftar terlampir)

JADWAL HARIAN
Hari I - Senin, 7 September 2026
  pukul 07.30-08.00 WIB  registrasi dan presensi QR
  pukul 08.00-08.30 WIB  pembukaan oleh Wakil Direktur Pelayanan, dr. Ratna Dewi Anggraini, Sp.A.
  pukul 08.30-10.00 WIB  pre-test dan konsep triase 5 level
  pukul 10.00-10.15 WIB  rehat
  pukul 10.15-12.00 WIB  pengkajian primer ABCDE
  pukul 13.00-15.30 WIB  triase pasien anak dan ibu hamil (narasumber dari Ruang Teratai)

Hari II - Selasa, 8 September 2026
  pukul 07.30-12.00 WIB  latihan kasus kertas (paper case) dan re-triase
  pukul 13.00-15.30 WIB  triase bencana dan korban massal (metode START)

Hari III - Rabu, 9 September 2026
  pukul 07.30-10.00 WIB  simulasi lapangan di area triase IGD (kelompok @5 orang)
  pukul 10.15-12.00 WIB  ujian OSCE triase
  pukul 13.00-14.30 WIB  post-test dan evaluasi penyelenggaraan
  pukul 14.30-15.30 WIB  penutupan oleh Kepala Instalasi Gawat Darurat, dr. Muhammad Iqbal Tanjung, Sp.EM

KETENTUAN PESERTA
1. Wajib memiliki sertifikat BHD yang masih berlaku (diunggah di e-SIMALELA).
2. Mengerjakan pre-test daring di e-SIMALELA paling lambat Jumat, 4 September 2026 pukul 20.00 WIB.
3. Kepala ruangan tidak menjadwalkan peserta dinas malam pada 6, 7, dan 8 September 2026.
   Tiga hari pelatihan dihitung sebagai dinas pagi.
4. Pakaian: hari I seragam dinas putih; hari II dan III baju jaga (scrub) dan sepatu tertutup.
5. Membawa stetoskop, senter kecil, dan alat tulis.
6. Kelulusan: post-test paling rendah 75 dan OSCE paling rendah 70.

DAFTAR PESERTA (sebagian)
 1. Ns. Intan Permatasari, S.Kep.      - IGD (PPPK)
 2. Rahmat Hidayat Pane, A.Md.Kep.     - IGD (PPPK)
 3. Ns. Fauzan Hakim, S.Kep.           - ICU
 4. Ns. Fitriani Hasibuan, S.Kep.      - Ruang Kenanga
 5. dr. Aulia Rahmi Lubis              - dokter umum IGD
 6. dr. Benny Kurniawan Saragi         - dokter umum IGD
 7. Ns. Putri Wulandari, S.Kep.        - Ruang Seruni
 8. Desi Anggraini Tanjung, A.Md.Keb.  - Ruang Teratai
(12 peserta lainnya, termasuk 3 perawat Puskesmas Rimbo Hulu, tercantum dalam lampiran)

Narahubung panitia: Ns. Agus Salim Batubara, S.Kep., WA 0813-7455-9012.

Kepala Instalasi Pendidikan dan Pelatihan,
ttd.
dr. Fadli Rahman Siregar, M.M.R.S.
NIP 19790304 200604 1 012
"""

PLAIN = {
    "perdir-tugas-belajar-2024.txt": TB2024_TXT,
    "helpdesk-e-simalela.html": HELPDESK_HTML,
    "panduan-preseptorship-sahabat.md": PANDUAN_SAHABAT_MD,
    "profil-skills-lab.md": PROFIL_SKILLS_MD,
    "notulen-rapat-komite-diklat-april-2026.md": NOTULEN_MD,
    "broadcast-wa-bhd-angkatan-ii-2026.txt": WA_TXT,
    "faq-pengembangan-kompetensi-rsud.txt": FAQ_TXT,
    "panggilan-triase-angkatan-iii-2026.txt": PANGGILAN_TXT,
}

CSVS = {
    "rekap-jp-skp-perawat-bidan-2025.csv": (REKAP_HEADER, rekap_rows, ";"),
    "kuota-pelatihan-wajib-per-ruangan-2026.csv": (
        ["kode", "pelatihan"] + WARDS + ["total"], kuota_rows, ","),
    "jadwal-simulasi-code-blue-2026.csv": (CODE_BLUE_HEADER, lambda: CODE_BLUE, ","),
}


# =========================================================================== main and check
def write_documents(out, docs, plain):
    os.makedirs(out, exist_ok=True)
    for name, (fmt, blocks, title) in docs.items():
        path = os.path.join(out, f"{name}.{fmt}")
        if fmt == "pdf":
            to_text(blocks).encode("latin-1")  # core PDF fonts are latin-1 only
            print(f"wrote {path} ({make_pdf(blocks, path, title)} pages)")
        else:
            make_docx(blocks, path, title)
            print(f"wrote {path}")
    for fname, content in plain.items():
        path = os.path.join(out, fname)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        print(f"wrote {path}")


def main(argv):
    if "--check" in argv:
        ok = check_question_set(os.path.join(HERE, "questions_agency_m.yaml"), DOCS, OUT, "m")
        sys.exit(0 if ok else 1)
    if "--text" in argv:
        print_texts(DOCS, [a for a in argv if a != "--text"])
        return
    write_documents(OUT, DOCS, PLAIN)
    for fname, (header, rows, delim) in CSVS.items():
        write_csv(os.path.join(OUT, fname), header, rows(), delimiter=delim)
        print(f"wrote {fname}")
    write_xlsx(os.path.join(OUT, XLSX_NAME))
    print(f"wrote {XLSX_NAME}")


if __name__ == "__main__":
    main(sys.argv[1:])
