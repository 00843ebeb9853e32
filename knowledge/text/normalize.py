"""Query normalisation for Indonesian chat style: case, punctuation, abbreviations, acronyms."""

from __future__ import annotations

import re
import unicodedata

# Chat shorthand -> the word the documents use. What belongs here: abbreviations any
# Indonesian chat uses (brp, yg, gk, utk), colloquial words (udah, pake, kelar, keitung) and
# loans or clippings the documents write out (online, deadline, diklat, corpu). Not here:
# "-nya" forms (stemming, and the rule in ``normalise``), Jakarta affixes the speller rebuilds
# from the documents' words (ngajuin, dikerjain, dipake), words with a digit (the tokeniser
# splits them; "masing2" goes through the reduplication rule), and short forms that are also
# a civil-service acronym (PD perangkat daerah, DL dinas luar, SPT, AP aksi perubahan).
SHORTHAND = {
    "brp": "berapa",
    "brapa": "berapa",
    "brpa": "berapa",
    "gmn": "bagaimana",
    "gmna": "bagaimana",
    "gimana": "bagaimana",
    "bgmn": "bagaimana",
    "bgaimana": "bagaimana",
    "gimna": "bagaimana",
    "utk": "untuk",
    "untk": "untuk",
    "yg": "yang",
    "dgn": "dengan",
    "dg": "dengan",
    "tdk": "tidak",
    "gk": "tidak",
    "ga": "tidak",
    "gak": "tidak",
    "nggak": "tidak",
    "ngga": "tidak",
    "enggak": "tidak",
    "sy": "saya",
    "aku": "saya",
    "gw": "saya",
    "gue": "saya",
    "kl": "kalau",
    "klo": "kalau",
    "kalo": "kalau",
    "bs": "bisa",
    "bsa": "bisa",
    "jd": "jadi",
    "dr": "dari",
    "ttg": "tentang",
    "tntg": "tentang",
    "blm": "belum",
    "sdh": "sudah",
    "udh": "sudah",
    "udah": "sudah",
    "dah": "sudah",
    "tp": "tapi",
    "tpi": "tapi",
    "krn": "karena",
    "krna": "karena",
    "dlm": "dalam",
    "sm": "sama",
    "org": "orang",
    "thn": "tahun",
    "th": "tahun",
    "bln": "bulan",
    "hr": "hari",
    "tgl": "tanggal",
    "form": "formulir",  # "pake form apa": the rules' "Formulir MT-0"
    "angk": "angkatan",  # "Angk. II": catalogues write it too
    "gel": "gelombang",  # "uji gel 1", "Gel. II": a wave of an exam or an intake
    "mgg": "minggu",
    "mnt": "menit",
    "knp": "kenapa",
    "napa": "kenapa",
    "dmn": "di mana",
    "dmana": "di mana",
    "kpn": "kapan",
    "kpan": "kapan",
    "sapa": "siapa",
    "emg": "memang",
    "emang": "memang",
    "aja": "saja",
    "aj": "saja",
    "lg": "lagi",
    "bgt": "sekali",
    "bnyk": "banyak",
    "byk": "banyak",
    "dikit": "sedikit",
    "sbg": "sebagai",
    "kyk": "seperti",
    "krg": "kurang",
    "lbh": "lebih",
    "plg": "paling",
    "blh": "boleh",
    "td": "tadi",
    "cm": "cuma",
    "dtg": "datang",
    "bhs": "bahasa",
    "min": "minimal",
    "mnmal": "minimal",
    "minimum": "minimal",
    "maks": "maksimal",
    "max": "maksimal",
    "maximal": "maksimal",
    "maksimum": "maksimal",
    "trs": "terus",
    "trus": "terus",
    "sblm": "sebelum",
    "stlh": "setelah",
    "abis": "habis",
    "diklat": "pelatihan",
    "training": "pelatihan",
    "online": "daring",
    "offline": "tatap muka",
    "onsite": "tatap muka",
    "deadline": "batas",
    "sertif": "sertifikat",
    "narsum": "narasumber",
    "bareng": "bersama",
    "serti": "sertifikat",
    "dapet": "dapat",
    "pengen": "ingin",  # not a clipped "pengenalan"
    "pingin": "ingin",
    "dpt": "dapat",
    "ikut": "mengikuti",
    "ikutan": "mengikuti",
    "jg": "juga",
    "jga": "juga",
    "ato": "atau",
    "atw": "atau",
    "tu": "itu",
    "tuh": "itu",
    "apaan": "apa",
    "bener": "benar",
    "beneran": "benar",
    "msk": "masuk",
    "msh": "masih",
    "hrs": "harus",
    "smp": "sampai",
    "sampe": "sampai",
    "kmrn": "kemarin",
    "skrg": "sekarang",
    "skg": "sekarang",
    "setaun": "setahun",
    "taun": "tahun",
    "bgm": "bagaimana",
    "gaada": "tidak ada",
    "gada": "tidak ada",
    "mksd": "maksud",
    "knapa": "kenapa",
    "macem": "macam",
    "mcm": "macam",
    "tsb": "tersebut",
    "dll": "dan lain-lain",
    "pake": "pakai",
    "bikin": "membuat",
    "bangkom": "pengembangan kompetensi",
    "nanya": "bertanya",
    "kelar": "selesai",
    "makasih": "terima kasih",
    "thx": "terima kasih",
    "corpu": "corporate university",
    "diakuin": "diakui",
    "keitung": "dihitung",
    "itung": "hitung",
    "telat": "lambat",
    "umur": "usia",
    "keakui": "diakui",
    "kehitung": "dihitung",
    "kab": "kabupaten",
    "prov": "provinsi",
    "gol": "golongan",
    "tk": "tingkat",
    "dpn": "depan",
    "blg": "bilang",
    "temen": "teman",
    "ttd": "tanda tangan",
    "telp": "telepon",
    "nyampe": "sampai",
    "numpuk": "menumpuk",
    "diupload": "diunggah",
    "upload": "unggah",
    "full": "penuh",
    "keisi": "terisi",
    "tetep": "tetap",
    "dlu": "dulu",
    "semalem": "semalam",
    "kepake": "terpakai",
    "ngasih": "memberi",
    "dibalikin": "dikembalikan",
    "balikin": "kembalikan",
}
# English words chat uses where official Indonesian writes the standard equivalent (Badan
# Bahasa's padanan istilah: "kata sandi", "surel", "tautan"). Unlike shorthand, both are kept,
# as with an acronym, so a document that writes either form matches. Not here: words whose
# equivalent is also an everyday word of other meanings ("login" / "masuk").
LOANWORDS = {
    "password": "kata sandi",
    "email": "surel",
    "link": "tautan",
    "download": "unduh",
    "username": "nama pengguna",
    "feedback": "umpan balik",
    "meeting": "rapat",
    "reset": "atur ulang",
    "reimburse": "penggantian biaya",
    "scan": "pindai",  # "formulirnya discan": rules write "dipindai"
    "webinar": "seminar daring",  # a conversion table's row is "Webinar bersertifikat"
}
# Everyday forms of words rules write in their full form ("dulu namanya apa": the rule says
# "dahulu dikenal sebagai"). Both are kept, as with a loanword.
EVERYDAY_FORMS = {
    "dulu": "dahulu",
    "luring": "tatap muka",  # Badan Bahasa's word, which some guides write, others not
    "lolos": "lulus",  # "ga lolos seleksi": announcements write "dinyatakan lulus seleksi"
    "wa": "whatsapp",  # "no WA panitia": a contact line writes "WA 0812-..." or "WhatsApp"
    "absen": "presensi",  # "absen apel", "absen pelatihan": rules write "presensi"
}
# Everyday words that rules write as a phrase, each way rules write it: "bolos" is "tidak masuk
# kerja tanpa alasan yang sah" in the discipline rules and "tidak hadir tanpa keterangan" in a
# training's house rules. All are kept, as with a loanword; a passage needs one of them whole.
PARAPHRASES = {
    "bolos": ("tidak masuk tanpa alasan sah", "tidak hadir tanpa keterangan"),
    # the contact person asked for; announcements write "informasi lebih lanjut dapat
    # menghubungi ..." or "Kontak: ..."
    "narahubung": ("hubungi", "kontak"),
    # rules write a lower bound the way legal drafting does: "paling sedikit 90%", "paling
    # rendah golongan III/a". Not "maksimal": its "paling banyak" would leave a bare "paling"
    # ("banyak" is a stopword) that any bound holds, "paling lama" draws the deadlines, and
    # "paling tinggi" alone, added to the question, moved answers of "maksimal brp halaman"
    "minimal": ("paling sedikit", "paling rendah"),
}
# how a table's column label shortens a lower bound ("push up 1 menit min"): matched in
# passages, never written into the question (chat "min" is the admin). Not "maks": chat asks
# "maks brp" of any limit, and every "maks. 6 JP" of a conversion table would then answer it
LABEL_FORMS = {"minimal": ("min",)}
# the short names of provinces, as chat and news write them ("BPSDM Sultra", "pemprov jabar")
REGIONS = {
    "sumut": "sumatera utara",
    "sumbar": "sumatera barat",
    "sumsel": "sumatera selatan",
    "kepri": "kepulauan riau",
    "babel": "bangka belitung",
    "jabar": "jawa barat",
    "jateng": "jawa tengah",
    "jatim": "jawa timur",
    "diy": "daerah istimewa yogyakarta",
    "ntb": "nusa tenggara barat",
    "ntt": "nusa tenggara timur",
    "kalbar": "kalimantan barat",
    "kalteng": "kalimantan tengah",
    "kalsel": "kalimantan selatan",
    "kaltim": "kalimantan timur",
    "kaltara": "kalimantan utara",
    "sulut": "sulawesi utara",
    "sulteng": "sulawesi tengah",
    "sulsel": "sulawesi selatan",
    "sultra": "sulawesi tenggara",
    "sulbar": "sulawesi barat",
    "malut": "maluku utara",
}
# Acronyms of the ASN domain (national and regional bodies, programmes, documents,
# regulations): the acronym is kept and its expansion added, so both the acronym and the
# written-out form can match. They win over chat shorthand ("BKN" is never "bukan").
ACRONYMS = {
    "jp": "jam pelajaran",
    "skp": "sasaran kinerja pegawai",
    "pka": "pelatihan kepemimpinan administrator",
    "pkp": "pelatihan kepemimpinan pengawas",
    "pkn": "pelatihan kepemimpinan nasional",
    "latsar": "pelatihan dasar",
    "cpns": "calon pegawai negeri sipil",
    "pns": "pegawai negeri sipil",
    "pppk": "pegawai pemerintah dengan perjanjian kerja",
    "p3k": "pppk pegawai pemerintah dengan perjanjian kerja",
    "asn": "aparatur sipil negara",
    "bkpsdm": "badan kepegawaian dan pengembangan sumber daya manusia",
    "bkd": "badan kepegawaian daerah",
    "bkn": "badan kepegawaian negara",
    "lan": "lembaga administrasi negara",
    "bimtek": "bimbingan teknis",
    "tubel": "tugas belajar",
    "ibel": "izin belajar",
    "idp": "individual development plan rencana pengembangan individu",
    "sttpp": "surat tanda tamat pendidikan dan pelatihan sertifikat",
    "jpt": "jabatan pimpinan tinggi",
    "diklatpim": "pelatihan kepemimpinan",
    "spbe": "sistem pemerintahan berbasis elektronik",
    "pbj": "pengadaan barang jasa",
    "kemenpan": "kementerian panrb",
    "permenpan": "permenpanrb",
    "tpp": "tambahan penghasilan pegawai",
    "tukin": "tunjangan kinerja",
    "kp": "kenaikan pangkat",
    "hukdis": "hukuman disiplin",
    "perbup": "peraturan bupati",
    "perwali": "peraturan wali kota",
    "pergub": "peraturan gubernur",
    # a regional office's own rules ("Perkadis 4/2023"), which the stemmer would cut to "kad"
    "perkadis": "peraturan kepala dinas",
    "perkaban": "peraturan kepala badan",
    "perkada": "peraturan kepala daerah",
    "permen": "peraturan menteri",
    "opd": "organisasi perangkat daerah",
    "kemenpanrb": "kementerian panrb",
    # the usual short names of regional apparatus (perangkat daerah) everywhere in Indonesia
    "satpol": "satuan polisi pamong praja",
    "bappeda": "badan perencanaan pembangunan daerah",
    "bpkad": "badan pengelolaan keuangan dan aset daerah",
    "bapenda": "badan pendapatan daerah",
    "bpbd": "badan penanggulangan bencana daerah",
    "kesbangpol": "badan kesatuan bangsa dan politik",
    "dpmptsp": "dinas penanaman modal dan pelayanan terpadu satu pintu",
    "disdik": "dinas pendidikan",
    "dinkes": "dinas kesehatan",
    "dinsos": "dinas sosial",
    "diskominfo": "dinas komunikasi dan informatika",
    "disdukcapil": "dinas kependudukan dan pencatatan sipil",
    "dukcapil": "kependudukan dan pencatatan sipil",
    "dishub": "dinas perhubungan",
    "disnaker": "dinas tenaga kerja",
    "dlh": "dinas lingkungan hidup",
    "rsud": "rumah sakit umum daerah",
    "setda": "sekretariat daerah",
    "setwan": "sekretariat dprd",
    # the usual short names of the ministries an agency's training or certificate comes from
    # ("pelatihan K3 bersertifikat Kemnaker"); the documents write them out
    "kemnaker": "kementerian ketenagakerjaan",
    "kemenkes": "kementerian kesehatan",
    "kemendagri": "kementerian dalam negeri",
    "kemenkeu": "kementerian keuangan",
    "kemenhub": "kementerian perhubungan",
    "kemensos": "kementerian sosial",
    "kemenag": "kementerian agama",
    "kemendikbud": "kementerian pendidikan dan kebudayaan",
    "kemenkumham": "kementerian hukum dan hak asasi manusia",
    "klhk": "kementerian lingkungan hidup dan kehutanan",
    # the government an agency belongs to ("kapal milik Pemprov", "pegawai Pemkab")
    "pemprov": "pemerintah provinsi",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    # and of the officials who sign and approve ("SE Sekda", "disetujui kabid")
    "sekda": "sekretaris daerah",
    "kaban": "kepala badan",
    "kabid": "kepala bidang",
    "kapus": "kepala pusat",
    "kasubag": "kepala subbagian",
    "kasubbag": "kepala subbagian",  # the spelling of the nomenclature rules
    "kadis": "kepala dinas",
    "sekdis": "sekretaris dinas",
    "umpeg": "umum dan kepegawaian",  # the Subbagian every regional office has
    # the meetings minutes are of ("notulen rakor triwulan II")
    "rakor": "rapat koordinasi",
    "rakornis": "rapat koordinasi teknis",
    **REGIONS,
}
EXPANSIONS = {**ACRONYMS, **LOANWORDS, **EVERYDAY_FORMS}  # kept, and this added beside it


def alternatives(word: str) -> tuple[str, ...]:
    """The other ways documents write a word of the question (its expansion or paraphrases)."""
    if word in PARAPHRASES:
        return PARAPHRASES[word]
    return (EXPANSIONS[word],) if word in EXPANSIONS else ()


_PUNCT = re.compile(r"[^\w\s/.,%?-]")  # ? , . kept: they end the clauses of a question
_SPACES = re.compile(r"\s+")
_AMPERSAND = re.compile(r"\s+&\s+")  # "Barang&Jasa" stays one name
_REDUPLICATED = re.compile(r"\b([a-z]{3,})2\b")
_BER_REDUPLICATED = re.compile(r"\bber([a-z]{4,})2\b")  # "berturut2" repeats the root only
_REPEATS = re.compile(r"([a-z])\1{2,}\b")  # "bangettt" -> "banget" (but "pppk" stays)
ADDRESS = {"min"}  # "... apa sih min?": the admin addressed, not "minimal"
_WORD = re.compile(r"[a-z]+")
# "III", "VIII", "LVIII": numbers, not "bangettt"
_ROMAN = re.compile(r"c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_TOKEN = re.compile(  # numbers, "p3k"/"tp2k" whole, words (with hyphens), clause punctuation
    r"\d+(?:[/.,]\d+)*|[^\W\d_]+\d+[^\W\d_]+|[^\W\d_]+(?:-[^\W\d_]+)*|\w+|[?,;!]"
)
_SUFFIX = re.compile(r"-?(nya|ku|mu)$")
# a loanword with an Indonesian prefix: "di-reimburse", "direimburse"
_PREFIX = re.compile(r"^(?:di|ter)-?(?=(?:" + "|".join(LOANWORDS) + r")\b)")


def _unrepeated(word: re.Match) -> str:
    w = word.group(0)
    return w if _ROMAN.fullmatch(w) else _REPEATS.sub(r"\1", w)


# "TW I", "tw1", "TW-2": a quarter, as reports shorten it; "tw" alone, or after a "not" ("ga tw
# 2 hal itu"), is chat's "tahu"
_QUARTER = re.compile(
    r"(?<!\bga )(?<!\bgk )(?<!\bgak )(?<!\btdk )(?<!\bblm )(?<!\bnggak )(?<!\btidak )"
    r"\btw\s*-?\s*([1-4]|iv|i{1,3})\b"
)


def normalise(text: str, *, expand: bool = True) -> str:
    """Lower-case, strip emoji and odd punctuation, expand shorthand (and acronyms)."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = _AMPERSAND.sub(" dan ", text)  # "brp JP & brp hari": two asks joined, as by "dan"
    text = _WORD.sub(_unrepeated, _PUNCT.sub(" ", text))
    text = _BER_REDUPLICATED.sub(r"ber\1-\1", text)  # "berturut2" -> "berturut-turut"
    text = _REDUPLICATED.sub(r"\1-\1", text)  # "masing2" -> "masing-masing"
    text = re.sub(r"\bkena (apa|sanksi apa)\b", "kena sanksi apa", text)  # the consequence asked
    text = _QUARTER.sub(r"triwulan \1", text)  # "rekap TW1", "TW II": a quarter of the year
    words: list[str] = []
    tokens = _TOKEN.findall(text)
    for i, token in enumerate(tokens):
        # "min, mau tanya" / "min kmrn sy ikut ..." / "bedanya apa sih min?": the reader,
        # first or last ("ada slot ga min? mau daftar"); an amount's "min" is followed by the
        # amount ("min 20 jp")
        after = tokens[i + 1 : i + 2]
        opening = i == 0 and bool(after) and not after[0][:1].isdigit()
        addressed = (i == 0 and after == [","]) or (
            token in ADDRESS and (all(t in "?!.," for t in after) or opening)
        )
        known = token in ACRONYMS or addressed  # acronyms win over chat shorthand (BKN)
        word = token if known else SHORTHAND.get(token, token)
        base = _PREFIX.sub("", _SUFFIX.sub("", token))  # "di-reimburse", "resetnya"
        if base != token and alternatives(base):  # "jp-nya", "pka-nya", "resetnya"
            word = base
        elif base != token and token.endswith("nya") and base in SHORTHAND:  # "tglnya"
            word = SHORTHAND[base]
        words.append(word)
        if expand and alternatives(word):
            words.append(" atau ".join(alternatives(word)))
    return _SPACES.sub(" ", " ".join(words)).strip()
