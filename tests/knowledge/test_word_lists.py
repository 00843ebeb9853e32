"""Every entry of the chat word lists shown doing its job in a sentence a civil servant might
type, and the places where a rule must not fire."""

import pytest

from knowledge.reading.vocabulary import term_groups
from knowledge.text.normalize import (
    ACRONYMS,
    EVERYDAY_FORMS,
    EXPANSIONS,
    LABEL_FORMS,
    LOANWORDS,
    PARAPHRASES,
    SHORTHAND,
    normalise,
)
from knowledge.text.tokens import tokenize

# (shorthand, a chat sentence that uses it, the words that must replace it)
SHORTHAND_CASES = [
    ("brp", "brp jp yg hrs dikumpulin PPPK tiap taun?", "berapa"),
    ("brapa", "latsar cpns itu brapa hari sih", "berapa"),
    ("brpa", "kuota pelatihan pbj tahun ini brpa orang?", "berapa"),
    ("gmn", "cara lapor hasil pelatihan ke atasan gmn ya", "bagaimana"),
    ("gmna", "kalau sertifikat hilang gmna ngurusnya", "bagaimana"),
    ("gimana", "gimana caranya ngajuin tugas belajar?", "bagaimana"),
    ("bgmn", "bgmn prosedur izin belajar utk s2?", "bagaimana"),
    ("bgaimana", "bgaimana cara hitung jp seminar setengah hari", "bagaimana"),
    ("gimna", "gimna kalau atasan blm acc usulan pelatihan?", "bagaimana"),
    ("utk", "pelatihan utk pejabat fungsional ada kapan?", "untuk"),
    ("untk", "syarat untk ikut seleksi pka apa aja", "untuk"),
    ("yg", "pelatihan yg daring bulan depan apa aja", "yang"),
    ("dgn", "coaching dgn atasan dihitung jp ga", "dengan"),
    ("dg", "beda latsar dg orientasi pppk apa", "dengan"),
    ("tdk", "kalau tdk memenuhi 20 jp ada sanksinya?", "tidak"),
    ("gk", "sertifikat webinar gk ada jp nya, diakui?", "tidak"),
    ("ga", "e-learning mandiri diakui ga sama bkpsdm", "tidak"),
    ("gak", "cuti sakit gak ngurangin tukin kan?", "tidak"),
    ("nggak", "kalau nggak lulus latsar gimana nasibnya", "tidak"),
    ("ngga", "atasan ngga ngasih izin pelatihan, boleh?", "tidak"),
    ("enggak", "jp dari webinar enggak keluar di siasn", "tidak"),
    ("sy", "sy pppk guru, wajib 20 jp juga?", "saya"),
    ("aku", "aku baru pindah opd, jp tahun lalu kebawa ga", "saya"),
    ("gw", "gw udah upload sertif tp blm diverifikasi", "saya"),
    ("gue", "gue lupa password siasn, reset ke mana", "saya"),
    ("kl", "kl pelatihan mandiri biayanya diganti ga", "kalau"),
    ("klo", "klo telat ngumpulin laporan ada sanksi?", "kalau"),
    ("kalo", "kalo jp kurang dari 20 pengaruh ke skp?", "kalau"),
    ("bs", "bs ga jp tahun lalu dipakai tahun ini", "bisa"),
    ("bsa", "sertifikat lama bsa diinput ke siasn?", "bisa"),
    ("jd", "jd total jp sy tahun ini berapa", "jadi"),
    ("dr", "surat tugas dr kepala dinas wajib ya", "dari"),
    ("ttg", "ada aturan ttg pengakuan jp webinar?", "tentang"),
    ("tntg", "info tntg seleksi tugas belajar 2027 dong", "tentang"),
    ("blm", "sertifikat latsar sy blm keluar", "belum"),
    ("sdh", "sy sdh ikut 3 pelatihan, jp nya masuk semua?", "sudah"),
    ("udh", "laporan aksi perubahan udh dikumpul, trs apa", "sudah"),
    ("udah", "udah daftar pka tapi belum ada kabar", "sudah"),
    ("dah", "jp sy dah lebih dari 20, masih wajib ikut?", "sudah"),
    ("tp", "mau ikut bimtek tp atasan belum acc", "tapi"),
    ("tpi", "udh ikut coaching tpi blm dicatat", "tapi"),
    ("krn", "izin pelatihan ditolak krn beban kerja", "karena"),
    ("krna", "sy absen krna sakit, pelatihannya diulang?", "karena"),
    ("dlm", "dlm setahun boleh ikut berapa pelatihan", "dalam"),
    ("sm", "bedanya pkp sm pka apa", "sama"),
    ("org", "kuota pelatihan ini brp org per opd", "orang"),
    ("thn", "pns yg baru 1 thn boleh tubel?", "tahun"),
    ("th", "pp 17 th 2020 masih berlaku?", "tahun"),
    ("bln", "jadwal pelatihan bln depan apa aja", "bulan"),
    ("hr", "pelatihan 3 hr dapet berapa jp", "hari"),
    ("tgl", "pendaftaran ditutup tgl berapa", "tanggal"),
    ("angk", "pelayanan prima angk 2 kapan", "angkatan"),
    ("gel", "uji kompetensi gel 2 dibuka kapan", "gelombang"),
    ("form", "laporan refleksi pake form apa", "formulir"),
    ("mgg", "sertifikat keluar brp mgg setelah pelatihan", "minggu"),
    ("mnt", "1 jp itu 45 mnt atau 60", "menit"),
    ("knp", "knp jp sy di siasn cuma 10", "kenapa"),
    ("napa", "napa sertifikat webinar gk diakui", "kenapa"),
    ("dmn", "daftar pelatihan pbj dmn", "di mana"),
    ("dmana", "laporan penerapan dikirim dmana", "di mana"),
    ("kpn", "seleksi pkp dibuka kpn", "kapan"),
    ("kpan", "kpan batas akhir pengakuan jp", "kapan"),
    ("sapa", "yg tanda tangan surat tugas sapa", "siapa"),
    ("emg", "emg wajib 20 jp tiap tahun?", "memang"),
    ("emang", "emang pppk ga dapet tubel?", "memang"),
    ("aja", "syarat tubel apa aja", "saja"),
    ("aj", "dokumen utk izin belajar apa aj", "saja"),
    ("lg", "ada pelatihan lg ga bulan ini", "lagi"),
    ("bgt", "pelatihan ini penting bgt buat jabatan sy", "sekali"),
    ("bnyk", "bnyk yg blm lapor jp, ada perpanjangan?", "banyak"),
    ("byk", "byk pelatihan daring, mana yg diakui", "banyak"),
    ("dikit", "unit mana yg JP-nya paling dikit taun lalu", "sedikit"),
    ("sbg", "sy ditunjuk sbg mentor, dapet jp?", "sebagai"),
    ("kyk", "webinar kyk gitu dihitung jp?", "seperti"),
    ("krg", "jp sy krg 5, gimana nutupnya", "kurang"),
    ("lbh", "kalau lbh dari 20 jp, sisanya kebawa?", "lebih"),
    ("plg", "laporan penerapan plg lambat dikirim kapan", "paling"),
    ("blh", "pppk blh ikut pelatihan kepemimpinan ga", "boleh"),
    ("td", "td sy tanya admin soal sertifikat, blm dibalas", "tadi"),
    ("cm", "webinar 2 jam cm dapet 1 jp ya", "cuma"),
    ("dtg", "kalau ga dtg di hari pertama, masih bisa lanjut?", "datang"),
    ("bhs", "ada kursus bhs inggris buat asn?", "bahasa"),
    ("min", "pelatihan teknis min golongan apa", "minimal"),
    ("mnmal", "mnmal masa kerja utk tubel brp tahun", "minimal"),
    ("minimum", "nilai minimum lulus latsar berapa", "minimal"),
    ("maks", "usia maks utk tubel s2 berapa", "maksimal"),
    ("max", "max umur daftar pkn berapa", "maksimal"),
    ("maximal", "maximal berapa peserta per kelas", "maksimal"),
    ("maksimum", "jp maksimum dari seminar berapa", "maksimal"),
    ("trs", "udh daftar trs nunggu apa", "terus"),
    ("trus", "sebutin syaratnya dong, trus levelnya ada brp?", "terus"),
    ("ngasih", "siapa yg ngasih teguran kalo jp kurang?", "memberi"),
    ("dibalikin", "kalo mundur dr kuliah, bantuannya hrs dibalikin?", "dikembalikan"),
    ("balikin", "hrs balikin uang pelatihan ga kalo ga lulus", "kembalikan"),
    ("sblm", "sblm ikut pka hrs ada surat apa", "sebelum"),
    ("stlh", "stlh latsar selesai, sertifikat dikirim ke mana", "setelah"),
    ("abis", "kuota pelatihan pbj udah abis belum?", "habis"),
    ("diklat", "riwayat diklat lama mau diinput, caranya?", "pelatihan"),
    ("training", "ada training public speaking buat asn?", "pelatihan"),
    ("online", "pelatihan ini online atau tatap muka", "daring"),
    ("offline", "bimtek kali ini offline ya?", "tatap muka"),
    ("onsite", "pelatihannya onsite di bandung?", "tatap muka"),
    ("deadline", "deadline upload sertifikat kapan", "batas"),
    ("sertif", "sertif pelatihan belum terbit", "sertifikat"),
    ("narsum", "narsum kopi pagi bulan depan siapa?", "narasumber"),
    ("bareng", "rencana itu disusun bareng atasan?", "bersama"),
    ("serti", "serti latsar hilang, bisa minta lagi?", "sertifikat"),
    ("dapet", "ikut seminar sehari dapet brp jp", "dapat"),
    ("pengen", "sy statistisi, pengen ikut pelatihan python", "ingin"),
    ("pingin", "pingin naik ke ahli muda, syaratnya apa", "ingin"),
    ("dpt", "narasumber dpt jp juga?", "dapat"),
    ("ikut", "sy mau ikut pelatihan kepemimpinan tahun depan", "mengikuti"),
    ("ikutan", "boleh ikutan bimtek di provinsi lain?", "mengikuti"),
    ("jg", "pppk jg wajib lapor jp?", "juga"),
    ("jga", "honorer jga dapat pelatihan?", "juga"),
    ("ato", "coaching ato mentoring yang dihitung", "atau"),
    ("atw", "bayar sendiri atw dibiayai dinas", "atau"),
    ("tu", "aksi perubahan tu wajib dilaporkan?", "itu"),
    ("tuh", "pelatihan tuh harus pakai surat tugas?", "itu"),
    ("apaan", "idp apaan sih", "apa"),
    ("bener", "bener ga jp webinar cuma 3", "benar"),
    ("beneran", "beneran wajib 20 jp?", "benar"),
    ("msk", "cuti bersama msk hitungan hari kerja?", "masuk"),
    ("msh", "aturan konversi lama msh berlaku?", "masih"),
    ("hrs", "hrs lapor ke atasan dulu?", "harus"),
    ("smp", "pendaftaran dibuka smp tanggal berapa", "sampai"),
    ("sampe", "kuota dibuka sampe kapan", "sampai"),
    ("kmrn", "kmrn sy ikut webinar, jp nya masuk?", "kemarin"),
    ("skrg", "aturan konversi jp skrg gimana", "sekarang"),
    ("skg", "skg pendaftarannya lewat aplikasi apa", "sekarang"),
    ("setaun", "setaun wajib brp jp", "setahun"),
    ("taun", "jp taun lalu hilang di siasn", "tahun"),
    ("bgm", "bgm cara daftar bimtek", "bagaimana"),
    ("gaada", "gaada pelatihan teknis buat analis?", "tidak ada"),
    ("gada", "kok gada jp di sertifikat sy", "tidak ada"),
    ("mksd", "mksd jp klasikal itu apa", "maksud"),
    ("knapa", "knapa usulan tubel sy ditolak", "kenapa"),
    ("macem", "jenis cuti ada brp macem", "macam"),
    ("mcm", "pelatihan nonklasikal ada brp mcm", "macam"),
    ("tsb", "pelatihan tsb dibiayai apbd?", "tersebut"),
    ("dll", "seminar, lokakarya dll dapet jp berapa", "dan lain-lain"),
    ("pake", "daftar pake akun siasn?", "pakai"),
    ("bikin", "bikin idp ada formatnya?", "membuat"),
    ("bangkom", "rencana bangkom opd disusun kapan", "pengembangan kompetensi"),
    ("nanya", "mau nanya soal tugas belajar", "bertanya"),
    ("kelar", "laporan aksi perubahan hrs kelar kapan", "selesai"),
    ("makasih", "makasih infonya, trs sertifikat kapan keluar", "terima kasih"),
    ("thx", "thx min, kalau coaching gimana", "terima kasih"),
    ("corpu", "e-learning di corpu gratis?", "corporate university"),
    ("diakuin", "webinar swasta diakuin brp jp", "diakui"),
    ("keitung", "mentoring keitung jp ga", "dihitung"),
    ("itung", "cara itung jp pelatihan 3 hari", "hitung"),
    ("telat", "lphp paling telat dikumpul kapan", "lambat"),
    ("umur", "batas umur ikut latsar berapa", "usia"),
    ("keakui", "jp dari kampus keakui?", "diakui"),
    ("kehitung", "seminar internal kehitung jp?", "dihitung"),
    ("kab", "pelatihan di kab bogor buka kuota?", "kabupaten"),
    ("prov", "bkd prov buka pelatihan apa aja", "provinsi"),
    ("gol", "pns gol II boleh ikut pkp?", "golongan"),
    ("tk", "pkn tk II syaratnya apa", "tingkat"),
    ("dpn", "jadwal latsar bulan dpn kapan", "depan"),
    ("blg", "atasan blg jp webinar gk dihitung", "bilang"),
    ("temen", "temen sy dapet 30 jp dari tubel", "teman"),
    ("ttd", "sertifikat harus ttd siapa", "tanda tangan"),
    ("telp", "nomor telp bkpsdm berapa", "telepon"),
    ("nyampe", "jp sy blm nyampe 20", "sampai"),
    ("numpuk", "cuti tahunan bisa numpuk ke tahun depan?", "menumpuk"),
    ("diupload", "sertifikat diupload ke mana", "diunggah"),
    ("upload", "cara upload sertifikat ke siasn", "unggah"),
    ("full", "kelasnya full, ada gelombang berikutnya?", "penuh"),
    ("keisi", "formulir idp sy blm keisi semua", "terisi"),
    ("tetep", "tetep dapat tukin selama tubel?", "tetap"),
    ("dlu", "PKA itu dlu namanya apa ya?", "dulu"),
    ("semalem", "semalem sy coba daftar tapi error", "semalam"),
    ("kepake", "kuota opd gk kepake semua", "terpakai"),
]

# (acronym, a chat sentence that uses it, what it stands for)
ACRONYM_CASES = [
    ("jp", "berapa jp buat seminar setengah hari", "jam pelajaran"),
    ("skp", "skp sy dinilai baik, bisa usul pelatihan?", "sasaran kinerja pegawai"),
    ("pka", "seleksi pka tahun depan kapan", "pelatihan kepemimpinan administrator"),
    ("pkp", "pkp bisa diikuti pengawas baru?", "pelatihan kepemimpinan pengawas"),
    ("pkn", "pkn tingkat II untuk eselon berapa", "pelatihan kepemimpinan nasional"),
    ("latsar", "latsar cpns berapa hari", "pelatihan dasar"),
    ("cpns", "cpns boleh cuti sebelum latsar?", "calon pegawai negeri sipil"),
    ("pns", "pns pindahan wajib latsar ulang?", "pegawai negeri sipil"),
    ("pppk", "PPPK paruh waktu dapat pelatihan?", "pegawai pemerintah dengan perjanjian kerja"),
    ("p3k", "p3k wajib 20 jp juga?", "pppk pegawai pemerintah dengan perjanjian kerja"),
    ("asn", "asn wajib pengembangan kompetensi berapa jam", "aparatur sipil negara"),
    (
        "bkpsdm",
        "verifikasi jp di bkpsdm lama ga",
        "badan kepegawaian dan pengembangan sumber daya manusia",
    ),
    ("bkd", "BKD provinsi buka kelas pengadaan?", "badan kepegawaian daerah"),
    ("bkn", "Peraturan BKN soal SIASN ada?", "badan kepegawaian negara"),
    ("lan", "pelatihan terakreditasi LAN dihitung penuh?", "lembaga administrasi negara"),
    ("bimtek", "bimtek keuangan desa dapet jp", "bimbingan teknis"),
    ("tubel", "tubel s2 dalam negeri syaratnya apa", "tugas belajar"),
    ("ibel", "ibel s1 perlu rekomendasi siapa", "izin belajar"),
    ("idp", "IDP diisi kapan", "individual development plan rencana pengembangan individu"),
    (
        "sttpp",
        "sttpp hilang, bisa diganti?",
        "surat tanda tamat pendidikan dan pelatihan sertifikat",
    ),
    ("jpt", "jpt pratama wajib pkn?", "jabatan pimpinan tinggi"),
    ("diklatpim", "diklatpim III sama dengan pka?", "pelatihan kepemimpinan"),
    ("spbe", "pelatihan SPBE untuk pranata komputer", "sistem pemerintahan berbasis elektronik"),
    ("pbj", "sertifikasi pbj level 1 kapan", "pengadaan barang jasa"),
    ("kemenpan", "aturan kemenpan soal jabatan fungsional baru", "kementerian panrb"),
    ("kemenpanrb", "KemenPANRB ganti aturan SKP lagi?", "kementerian panrb"),
    ("permenpan", "permenpan 6 2022 isinya apa", "permenpanrb"),
    ("tpp", "tpp dipotong kalau tidak ikut apel?", "tambahan penghasilan pegawai"),
    ("tukin", "tukin pppk sama dengan pns?", "tunjangan kinerja"),
    ("kp", "KP april berkasnya apa saja", "kenaikan pangkat"),
    ("hukdis", "kena hukdis ringan masih bisa ikut pelatihan?", "hukuman disiplin"),
    ("perbup", "perbup konversi jp yang baru sudah terbit?", "peraturan bupati"),
    ("perwali", "perwali tunjangan tahun ini keluar?", "peraturan wali kota"),
    ("pergub", "pergub pengembangan kompetensi ada?", "peraturan gubernur"),
    ("perkadis", "di perkadis 4/2023 target jp brp?", "peraturan kepala dinas"),
    ("perkaban", "perkaban pengembangan kompetensi yg baru?", "peraturan kepala badan"),
    ("perkada", "perkada ttg tpp sudah terbit?", "peraturan kepala daerah"),
    ("sekda", "SE Sekda tahun 2025 ttg belajar mandiri nomornya brp?", "sekretaris daerah"),
    ("kaban", "usulan peserta pka ditandatangani kaban?", "kepala badan"),
    ("kabid", "izin belajar cukup disetujui kabid?", "kepala bidang"),
    ("kapus", "sertifikat pelatihan ditandatangani kapus ya", "kepala pusat"),
    ("kasubag", "kasubag kepegawaian yg verifikasi jp?", "kepala subbagian"),
    ("kasubbag", "memo kasubbag umpeg soal jp sudah keluar?", "kepala subbagian"),
    ("kadis", "izin tubel harus diteken kadis?", "kepala dinas"),
    ("sekdis", "laporan semester disampaikan ke sekdis?", "sekretaris dinas"),
    ("umpeg", "berkas bimtek diserahkan ke subbag umpeg", "umum dan kepegawaian"),
    ("rakor", "hasil rakor triwulan II soal kuota apa?", "rapat koordinasi"),
    ("rakornis", "rakornis pengelola jp tahun ini kapan", "rapat koordinasi teknis"),
    ("permen", "permen tentang jabatan fungsional analis kebijakan", "peraturan menteri"),
    ("opd", "kuota per opd berapa", "organisasi perangkat daerah"),
    ("satpol", "rata2 jp satpol pp thn lalu brp", "satuan polisi pamong praja"),
    ("bappeda", "pegawai bappeda dapet kuota pka?", "badan perencanaan pembangunan daerah"),
    ("bpkad", "pagu bangkom bpkad tahun ini brp", "badan pengelolaan keuangan dan aset daerah"),
    ("bapenda", "bapenda ikut bimtek pajak daerah gk", "badan pendapatan daerah"),
    ("bpbd", "staf bpbd wajib 20 jp juga?", "badan penanggulangan bencana daerah"),
    ("kesbangpol", "kuota latsar kesbangpol brp", "badan kesatuan bangsa dan politik"),
    (
        "dpmptsp",
        "dpmptsp dapet kuota pelayanan prima brp",
        "dinas penanaman modal dan pelayanan terpadu satu pintu",
    ),
    ("disdik", "guru di disdik ikut coaching?", "dinas pendidikan"),
    ("dinkes", "perawat dinkes jp nya brp", "dinas kesehatan"),
    ("dinsos", "kuota naskah dinas utk dinsos", "dinas sosial"),
    ("diskominfo", "diskominfo buka kelas data?", "dinas komunikasi dan informatika"),
    ("disdukcapil", "pegawai disdukcapil ikut bimtek?", "dinas kependudukan dan pencatatan sipil"),
    ("dukcapil", "kuota dukcapil brp orang", "kependudukan dan pencatatan sipil"),
    ("dishub", "dishub dapet pelatihan apa aja", "dinas perhubungan"),
    ("disnaker", "rekap jp disnaker 2027", "dinas tenaga kerja"),
    ("dlh", "staf dlh blm nyampe 20 jp", "dinas lingkungan hidup"),
    ("rsud", "bidan rsud ikut pelatihan apa", "rumah sakit umum daerah"),
    ("setda", "pegawai setda wajib lapena?", "sekretariat daerah"),
    ("kemnaker", "sertif K3 dari Kemnaker diakui jp?", "kementerian ketenagakerjaan"),
    ("kemenkes", "pelatihan akreditasi kemenkes dpt brp skp", "kementerian kesehatan"),
    ("kemendagri", "bimtek dari kemendagri wajib lapor?", "kementerian dalam negeri"),
    ("kemenkeu", "sertifikasi bendahara dr kemenkeu brp jp", "kementerian keuangan"),
    ("kemenhub", "diklat kemenhub dihitung jp ga", "kementerian perhubungan"),
    ("kemensos", "pelatihan pendamping dr kemensos gratis?", "kementerian sosial"),
    ("kemenag", "guru madrasah ikut diklat kemenag", "kementerian agama"),
    (
        "kemendikbud",
        "webinar kemendikbud dapet sertifikat?",
        "kementerian pendidikan dan kebudayaan",
    ),
    (
        "kemenkumham",
        "pelatihan HAM dr kemenkumham diakui?",
        "kementerian hukum dan hak asasi manusia",
    ),
    ("klhk", "diklat amdal KLHK brp hari", "kementerian lingkungan hidup dan kehutanan"),
    ("pemprov", "awak kapal milik Pemprov target jp brp?", "pemerintah provinsi"),
    ("pemkab", "guru PPPK pemkab wajib 20 jp ga", "pemerintah kabupaten"),
    ("pemkot", "pelatihan dr pemkot gratis kah?", "pemerintah kota"),
    ("setwan", "setwan dapet kuota pkp brp", "sekretariat dprd"),
    ("sumut", "bpsdm sumut buka pkp kapan", "sumatera utara"),
    ("sumbar", "pns pemprov sumbar wajib 20 jp jg?", "sumatera barat"),
    ("sumsel", "latsar di bpsdm sumsel brp hari", "sumatera selatan"),
    ("kepri", "kuota pka kepri thn ini brp", "kepulauan riau"),
    ("babel", "sy cpns pemprov babel, latsar dimana", "bangka belitung"),
    ("jabar", "jadwal pkp bpsdm jabar kapan ya", "jawa barat"),
    ("jateng", "tubel s2 pemprov jateng syaratnya apa", "jawa tengah"),
    ("jatim", "bpsdm jatim akreditasinya apa", "jawa timur"),
    ("diy", "pelatihan di bpsdm DIY berbayar ga", "daerah istimewa yogyakarta"),
    ("ntb", "Pemprov NTB punya corpu sendiri?", "nusa tenggara barat"),
    ("ntt", "guru di ntt dpt kuota pelatihan?", "nusa tenggara timur"),
    ("kalbar", "pka di kalbar angkatan brp", "kalimantan barat"),
    ("kalteng", "ip asn kalteng thn lalu brp", "kalimantan tengah"),
    ("kalsel", "bpsdm kalsel buka latsar kapan", "kalimantan selatan"),
    ("kaltim", "pindah tugas ke kaltim jp nya ikut?", "kalimantan timur"),
    ("kaltara", "kuota pkp kaltara brp", "kalimantan utara"),
    ("sulut", "jadwal latsar sulut kapan", "sulawesi utara"),
    ("sulteng", "bpsdm sulteng terakreditasi?", "sulawesi tengah"),
    ("sulsel", "pemprov sulsel pake corpu apa", "sulawesi selatan"),
    ("sultra", "BPSDM Sultra akreditasinya apa ya dr LAN", "sulawesi tenggara"),
    ("sulbar", "pkp di sulbar brp jp", "sulawesi barat"),
    ("malut", "latsar cpns malut kapan", "maluku utara"),
]


def has(text: str, words: str) -> bool:
    """``words`` occur in ``text`` as whole words, in order and next to each other."""
    return f" {words} " in f" {text} "


def test_every_shorthand_entry_has_a_sentence():
    assert sorted(k for k, _, _ in SHORTHAND_CASES) == sorted(SHORTHAND)


LOANWORD_CASES = [
    ("password", "lupa password sinau gmn cara resetnya", "kata sandi"),
    ("reset", "lupa kata sandi, cara resetnya gmn", "atur ulang"),
    ("email", "email sy ganti, akun sibelia gmn?", "surel"),
    ("link", "link pendaftarannya mana min", "tautan"),
    ("download", "modulnya bisa di download dmn", "unduh"),
    ("username", "username sinau pakai nip?", "nama pengguna"),
    ("feedback", "feedback atasan masuk laporan?", "umpan balik"),
    ("meeting", "meeting daring dihitung jp ga", "rapat"),
    # with an Indonesian prefix, hyphenated or not: "tidak diganti biayanya"
    ("reimburse", "sy ikut pelatihan bayar sendiri, bs di-reimburse ga", "penggantian biaya"),
    ("scan", "kode qr sertifikat gabisa discan, knp ya", "pindai"),  # "memindai kode QR"
    ("webinar", "webinar 2 jam dapet berapa jp", "seminar daring"),  # "Webinar: 2 JP"
]


def test_every_loanword_has_a_sentence():
    assert sorted(k for k, _, _ in LOANWORD_CASES) == sorted(LOANWORDS)
    assert not set(LOANWORDS) & (set(SHORTHAND) | set(ACRONYMS))  # one rule per word


@pytest.mark.parametrize(
    ("key", "sentence", "equivalent"), LOANWORD_CASES, ids=[c[0] for c in LOANWORD_CASES]
)
def test_a_loanword_is_kept_beside_its_indonesian_equivalent(key, sentence, equivalent):
    """Chat writes "password", the agency's FAQ "kata sandi": either may be in the document."""
    assert has(normalise(sentence), f"{key} {equivalent}")
    assert [len(g) for g in term_groups(sentence) if key in g] == [2]  # one term, two forms


EVERYDAY_CASES = [
    ("dulu", "pka itu dulu namanya apa", "dahulu"),  # the rule: "dahulu dikenal sebagai"
    ("luring", "kapasitas peserta luring brp?", "tatap muka"),  # "60 kursi luring"
    ("lolos", "kalo ga lolos seleksi bisa keberatan?", "lulus"),  # "dinyatakan lulus seleksi"
    ("wa", "no wa panitia latsar brp ya?", "whatsapp"),  # "WA 0812-..." or "WhatsApp"
    ("absen", "absen webinar kemarin pakai link apa?", "presensi"),  # "presensi daring"
]


def test_every_everyday_form_has_a_sentence():
    assert sorted(k for k, _, _ in EVERYDAY_CASES) == sorted(EVERYDAY_FORMS)
    assert not set(EVERYDAY_FORMS) & (set(SHORTHAND) | set(ACRONYMS) | set(LOANWORDS))


@pytest.mark.parametrize(
    ("key", "sentence", "full"), EVERYDAY_CASES, ids=[c[0] for c in EVERYDAY_CASES]
)
def test_an_everyday_form_is_kept_beside_the_full_one(key, sentence, full):
    assert has(normalise(sentence), f"{key} {full}")
    assert [len(g) for g in term_groups(sentence) if key in g] == [2]


PARAPHRASE_CASES = [
    # the discipline rules write "tidak masuk kerja tanpa alasan yang sah"; a training's house
    # rules "tidak hadir tanpa keterangan"
    ("bolos", "klo bolos 15 hari kerja dlm setaun hukumannya apa?"),
    # announcements: "Informasi lebih lanjut dapat menghubungi panitia, Sdr. ...", "Kontak: ..."
    ("narahubung", "narahubung pelatihan ptsb siapa? no wa nya brp"),
    # "Peserta wajib mengikuti paling sedikit 90% ...", "... paling rendah golongan III/a"
    ("minimal", "biar dapet sertifikat minimal hadir brp persen?"),
]


def test_every_paraphrase_has_a_sentence():
    assert sorted(k for k, _ in PARAPHRASE_CASES) == sorted(PARAPHRASES)
    assert not set(PARAPHRASES) & (set(SHORTHAND) | set(EXPANSIONS))


@pytest.mark.parametrize(
    ("key", "sentence"), PARAPHRASE_CASES, ids=[c[0] for c in PARAPHRASE_CASES]
)
def test_an_everyday_word_is_one_term_with_each_way_rules_write_it(key, sentence):
    (group,) = [g for g in term_groups(sentence) if key in g]
    assert len(group) == 1 + len(PARAPHRASES[key]) + len(LABEL_FORMS.get(key, ()))
    for phrase in PARAPHRASES[key]:
        assert " ".join(tokenize(phrase)) in group and phrase in normalise(sentence)
        assert len(tokenize(phrase)) == len(phrase.split())  # no word of it lost as a stopword


def test_every_acronym_has_a_sentence():
    assert sorted(k for k, _, _ in ACRONYM_CASES) == sorted(ACRONYMS)


def test_no_word_is_both_shorthand_and_acronym():
    assert not set(SHORTHAND) & set(ACRONYMS)  # the acronym would win: the entry would be dead


@pytest.mark.parametrize(
    ("key", "sentence", "expected"), SHORTHAND_CASES, ids=[c[0] for c in SHORTHAND_CASES]
)
def test_shorthand_is_replaced_in_context(key, sentence, expected):
    text = normalise(sentence)
    assert has(text, expected), text
    assert key not in text.split(), text


@pytest.mark.parametrize(
    ("key", "sentence", "expansion"), ACRONYM_CASES, ids=[c[0] for c in ACRONYM_CASES]
)
def test_acronym_is_kept_and_expanded_in_context(key, sentence, expansion):
    assert has(normalise(sentence), f"{key} {expansion}")
    plain = normalise(sentence, expand=False)  # what was asked, without the expansion
    assert has(plain, key) and not has(plain, expansion), plain


@pytest.mark.parametrize("case", SHORTHAND_CASES + ACRONYM_CASES, ids=lambda c: c[0])
def test_normalising_twice_changes_nothing(case):
    """Search normalises a question, repairs its spelling, then normalises it again."""
    once = normalise(case[1], expand=False)
    assert normalise(once, expand=False) == once


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("tglnya kpn ya?", "tanggal kapan"),
        ("sertifnya blm keluar", "sertifikat belum"),
        ("deadlinenya brp hari", "batas berapa"),
        ("mksdnya jp klasikal gmn", "maksud jp"),
        ("jpnya brp", "jp berapa"),
        ("PKA-nya kapan", "pka kapan"),
    ],
)
def test_a_suffix_nya_does_not_hide_a_listed_word(sentence, expected):
    assert has(normalise(sentence, expand=False), expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("cuti gk diambil 2 taun berturut2", "berturut-turut"),
        ("kuota masing2 opd brp", "masing-masing"),
        ("berkas2 yg hrs diupload apa", "berkas-berkas"),
    ],
)
def test_words_written_with_a_2_are_repeated(sentence, expected):
    assert has(normalise(sentence), expected)


@pytest.mark.parametrize(
    ("sentence", "word", "not_expected"),
    [
        # acronyms that look like chat shorthand
        ("bkn yg ngurus nip pppk?", "bkn", "bukan"),
        ("tpp bulan ini telat cair", "tpp", "tapi"),
        ("pelatihan ini ditinjau TP2K?", "tp2k", "tapi"),
        ("jpt madya wajib ikut pkn?", "jpt", "jam pelajaran"),
        # short forms that are also civil-service acronyms are left alone
        ("kuota tiap PD brp org", "pd", "pada"),
        ("sy lg DL, absen apel gmn", "dl", "dulu"),
        ("SPT pelatihan ditandatangani siapa", "spt", "seperti"),
        ("AP sy blm disetujui mentor", "ap", "apa"),
        # a word that addresses the reader
        ("min, brp jp utk pppk?", "min", "minimal"),
        ("bedanya tubel sama izin belajar apa sih min?", "min", "minimal"),
        ("pelatihan python msh ada slot ga min? mau daftar nih", "min", "minimal"),
        ("min kmrn gw ngerjain e-learning 5 jam, keitung brp JP?", "min", "minimal"),
        ("min cuti besar itu brp lama ya?", "min", "minimal"),
        # colloquial "abis" is "habis" (used up), not "setelah"
        ("kuota pelatihan udah abis?", "habis", "setelah"),
    ],
)
def test_a_rule_that_must_not_fire(sentence, word, not_expected):
    text = normalise(sentence)
    assert has(text, word) and not has(text, not_expected), text


@pytest.mark.parametrize(
    ("sentence", "unexpected"),
    [
        ("pelatihan lanjut bulan maret", "lembaga administrasi negara"),
        ("tunjangan kabupaten dipotong?", "kabupatenupaten"),
        ("permendagri soal perjalanan dinas", "peraturan menteri"),
        ("tukin dipotong kalau terlambat?", "itu"),
        ("nilai minimalnya brp", "minimalimal"),
    ],
)
def test_a_rule_does_not_fire_inside_a_longer_word(sentence, unexpected):
    assert not has(normalise(sentence), unexpected)


def test_ordinary_words_ending_in_nya_stay():
    assert normalise("sy hanya punya sertifikat, tanya ke siapa", expand=False) == (
        "saya hanya punya sertifikat , tanya ke siapa"
    )


def test_a_loanword_with_an_indonesian_prefix_is_the_loanword():
    assert has(normalise("bisa direimburse ga"), "reimburse penggantian biaya")
    assert has(normalise("diam saja"), "diam")  # a word that only begins like one stays


def test_a_label_form_is_read_in_passages_not_written_into_the_question():
    """ "minimal" also matches a column label's "min", but the question is not rewritten with
    it (a chat "min" is the admin addressed)."""
    text = "push up minimal brp"
    assert "min" not in normalise(text).split()
    groups = term_groups(text)
    assert any({"minimal", "min"} <= g for g in groups)
