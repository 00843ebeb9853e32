"""The words a question is read by: what says how it asks, units, money, dates, and the
content words that decide what it is about (``term_groups``)."""

from __future__ import annotations

import re

from knowledge.text.articles import RULE_SHORT
from knowledge.text.normalize import LABEL_FORMS, alternatives, normalise
from knowledge.text.tokens import prefixed_names, token_pairs, tokenize

# Words that say how something is asked, not what about; they never decide relevance.
GENERIC = {
    "no",
    "nomor",
    # chat chatter around a question: who said it, when, how the asker feels
    "denger",
    "dengar",
    "denger-denger",
    "sering",
    "katanya",
    "kata",
    "bilang",
    "teman",
    "tadi",
    "kemarin",
    "nih",
    "kan",
    "lho",
    "loh",
    "tuh",
    "kayaknya",
    "mungkin",
    "benar",
    "penasaran",
    "bingung",
    "lupa",
    "nanya",
    "bertanya",
    "lihat",
    "liat",
    "cuma",
    "cm",
    "segitu",
    "gitu",
    "kepanjangan",
    "kepanjangannya",
    "singkatannya",
    "singkatan",
    "maksudnya",
    "contohnya",  # "kompetensi manajerial contohnya apa aja": the list asked, no topic
    "misalnya",
    "apaan",
    "pengertian",
    "definisi",
    "konsep",
    "apa",
    "bagaimana",
    "berapa",
    "kapan",
    "siapa",
    "mana",
    "kenapa",
    "mengapa",
    "itu",
    "ini",
    "sih",
    "dong",
    "ya",
    "yah",
    "deh",
    "kah",
    "tolong",
    "mohon",
    "info",
    "tanya",
    "mau",
    "ingin",
    "pengen",
    "pingin",
    "bisa",
    "boleh",
    "ada",
    "saya",
    "kami",
    "kita",
    "bapak",
    "ibu",
    "pak",
    "bu",
    "min",
    "admin",
    "halo",
    "hai",
    "kak",
    "mas",
    "mbak",
    "jelaskan",
    "jelasin",
    "sebutkan",
    "maksud",
    "arti",
    "artinya",
    "dimaksud",
    "tahu",
    "harus",
    "perlu",
    "begitu",
    "kok",
    "cara",
    "caranya",
    "terima",
    "kasih",
    "dapat",
    "jadi",
    "sama",
    "aja",
}
# Stems that carry no topic whatever their affixes ("diadakan", "bisakah", "mengetahui").
GENERIC_STEMS = {"ada", "apa", "bisa", "mau", "tahu", "jelas", "tanya", "kasih", "jadi"}
# Units written before their number, which may be a roman numeral: "Angkatan II", "Tingkat III".
ORDINAL_UNITS = ("tingkat", "angkatan", "tahap", "triwulan", "golongan", "gelombang")
# the numbered parts of an organisation or a year ("UPT Wilayah VI", "Pos Sektor III"): levels
# to tell apart ("wilayah 7" is none of I-VI), not units a count or a length is given in
NUMBERED_PARTS = ("wilayah", "sektor", "semester")
UNIT_WORDS = {
    "jp": ("jp", "jam pelajaran"),
    "jam": ("jam", "pukul", "wib"),
    "pukul": ("pukul", "wib", "wita", "wit"),
    "hari": ("hari",),
    "kali": ("kali",),
    "sesi": ("sesi",),
    "persen": ("%", "persen"),
    "persentase": ("%", "persen", "persentase"),  # "berapa persentase kehadiran": "90%"
    # "Kuota 30 org": a broadcast's own shorthand; "3 (tiga) pegawai" are people counted too
    "orang": ("orang", "peserta", "org", "pegawai"),
    "peserta": ("orang", "peserta", "org", "pegawai"),
    "tahun": ("tahun",),
    "bulan": ("bulan",),
    "menit": ("menit",),
    "minggu": ("minggu",),
    "semester": ("semester",),
    # ordinal units come before their number ("Tingkat III", "Angkatan II", "triwulan 2")
    **{unit: (unit,) for unit in ORDINAL_UNITS},
}
DURATION_UNITS = ("jam", "hari", "minggu", "bulan", "tahun", "menit", "semester")
# "berapa usia": a measure's number is written with its unit ("48 tahun"), not with its name
MEASURED_IN = {
    "usia": ("tahun",),
    "umur": ("tahun",),
    "durasi": DURATION_UNITS,
    # "ukuran file": "3 MB"; "ukuran pas foto": "ukuran 3x4"
    "ukuran": ("ukuran", "mb", "megabyte", "kb", "kilobyte", "gb", "cm", "mm", "piksel", "px"),
    # "berapa panjang jalan provinsi": "1.284,6 km"; "jarak", "luas" likewise
    "panjang": ("panjang", "km", "kilometer", "meter", "m"),
    "jarak": ("jarak", "km", "kilometer", "meter", "m"),
    "luas": ("luas", "hektare", "ha", "m2", "meter persegi", "km2"),
}
MONEY_WORDS = {
    "biaya",
    "gaji",
    "tunjangan",
    "rupiah",
    "nominal",
    "besaran",
    "uang",
    "honor",
    "honorarium",
    "insentif",
    "tarif",
    "iuran",
    "tukin",
    "thr",
    "anggaran",  # "total alokasi anggaran ... brp": an amount, "Jumlah (Rp)" in its table
}
GENERIC_MONEY = {"rupiah", "nominal", "besaran", "uang"}  # any amount of money is one
DATE_WORDS = {"kapan", "tanggal", "jadwal", "batas", "deadline", "periode"}
LIST_WORDS = ("apa saja", "sebutkan", "daftar apa", "macam", "jenis-jenis", "apa aja", "mana saja")
RULE_NUMBER = re.compile(  # "PP disiplin no brp?", "nomornya berapa", "nomor surat edarannya"
    r"\b(no|nomor|nomornya|pasal|ayat)\s+(berapa|apa)\b"
    # "peraturan kepala dinas nomor 4 ... kapan berlaku" names the rule by its number
    r"|\b(pp|uu|perpres|permen\w*|peraturan \w+|perbup|surat edaran|se)\b.{0,25}\b(nomor|no)\b"
    r"(?!\s*\d)"
    r"|\b(nomor|no)\s+(pp|uu|perpres|permen\w*|peraturan|perbup|pergub|perwali|perda|perka\w*"
    r"|surat|se|keputusan|kepka\w*|sk|pengumuman|nota|berita acara|sop|memo|undangan|notul\w+)\b"
)
CONTACT = re.compile(
    r"\b(nomor|no)\s+(wa|whatsapp|telepon|telp|hp|handphone|kontak)\b|\b(email|surel)\b.*\b(apa|berapa)\b"
)
COUNT_WORDS = ("jumlah", "total", "banyaknya")  # frame what is counted
BOUND_WORDS = ("batas", "minimal", "maksimal")  # "berapa batas usia": the bound of a measure
NOT_NOUNS = {
    "yang",
    "untuk",
    "dari",
    "ke",
    "di",
    "dalam",
    "pada",
    # "berenang sejauh berapa tanpa alat bantu": a preposition opens what follows, no count
    "tanpa",
    "dengan",
    "oleh",
    "bagi",
    "kepada",
    "sejak",
    "sampai",
    "hingga",
    "sebelum",
    "setelah",
    "selama",
    "menurut",
    "kalau",
    "sih",
    "ya",
    "saja",
    "banyak",
    "besar",
    "lama",
    "minimal",
    "maksimal",
    "paling",
    "sebenarnya",
    "total",
    "dapat",
    "harus",
    "diakui",
    "dihitung",
    "jadi",
    "nya",
    "aja",
    "sekarang",
    "tahun",
    "bulan",
    "hari",
    "macam",
    "jenis",
    "bentuk",
    "tahap",
    "tahapan",
    "kategori",
    "tingkat",
    "level",
    "ada",
    # how often, not what is counted ("berapa setahun" asks for a number of anything)
    "setahun",
    "sebulan",
    "seminggu",
    "sehari",
}
DEFINITION = re.compile(
    r"\b(apa itu|itu apa|apa sih|apa yang dimaksud|maksudnya|maksud|pengertian|artinya|arti|"
    r"definisi|singkatan|singkatannya|kepanjangan|kepanjangannya|akronim)\b|^\S+(?: \S+)? itu$"
)
EXPANSION_ASK = re.compile(r"\b(singkatan|kepanjangan|akronim)(nya)?\b|\bstands? for\b")
COMPARISON = re.compile(r"\b(beda|bedanya|perbedaan|membedakan)\b")


def asks_definition(text: str) -> bool:
    """ "X itu apa": what X is; "bedanya X sama Y apa sih" asks a comparison, not a definition."""
    return bool(DEFINITION.search(text)) and not COMPARISON.search(text)


PROCEDURE_WORDS = (
    "cara",
    "caranya",
    "bagaimana",
    "langkah",
    "prosedur",
    "mekanisme",
    "alur",
    "tahapan",
)
PROCEDURE = re.compile(rf"\b({'|'.join(PROCEDURE_WORDS)})\b")
STATED_AMOUNT = re.compile(
    r"\b(\d+|satu|dua|tiga|empat|lima|setengah)\s*(jam|hari|menit|sesi|minggu|bulan|semester|kali)\b"
)
METHODS = {
    "daring": "daring",
    "tatap muka": "tatap muka",
    "blended": "blended",
    "campuran": "blended",
}

ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
ASKING = re.compile(r"\b(?:berapa|kapan|siapa|apa|mana|bagaimana)\b")
# asks for one fact of one thing: a number, an amount, a date, a person or office, a contact;
# or for the list of one kind of thing ("syarat beasiswa LPDP apa aja": conditions)
HEADED_KINDS = ("number", "money", "date", "day", "contact", "name", "who", "list")
# Words before the head that are not it: what kind of amount ("batas usia", "total kuota",
# "minimal JP"), whether it must or may be ("wajib lapor", "boleh ikut"), and the kind of
# fact asked, which the fact itself shows ("jadwal KIP kapan": a date, not the word "jadwal").
NOT_HEADS = frozenset(
    tokenize(
        "total jumlah batas minimal maksimal paling rata wajib harus boleh bisa dapat perlu "
        "jadwal tanggal waktu periode jam pukul hari durasi biaya harga tarif nominal besaran kontak "
        "tiap setiap per masing semua seluruh"  # how many of it, not what it is
        " contoh"  # "contoh proyek apa saja": examples of it (a guide writes "misalnya")
        " sejak mulai"  # "sejak kapan berlaku", "mulai kapan": the time is asked, of no "sejak"
        " calon mantan para"  # "calon peserta ... berapa": of the participants to be
        # "komposisi teori dan praktik", "rasio instruktur sama peserta": the parts compared
        # are what it is of ("40% teori dan 60% praktik", "satu instruktur untuk enam peserta")
        " komposisi perbandingan rasio proporsi"
    )
) | {"habis"}  # "abis lulus tubel ...": after, not the thing asked about
# Which rule states a fact ("di aturan lama (SE 2024) ... brp jp"): not what the fact is of,
# nor a word the passage of either rule must repeat (Answerer._version_words).
RULE_WORDS = frozenset(tokenize("aturan ketentuan peraturan lama dulu sebelumnya"))
RATE_WORDS = ("per", "setiap", "tiap")  # "JP per tahun": a rate's unit is not the one asked
REASON_WORDS = ("biar", "agar", "supaya", "karena", "soalnya", "sebab")
PURPOSE_WORDS = (*REASON_WORDS, "buat", "untuk")


def term_groups(raw: str, acronyms: dict[str, str] | None = None) -> list[set[str]]:
    """One group per content word of the question; an acronym's group also holds its expansion
    (the known ones, and ``acronyms`` the documents define themselves), and an English word's
    its Indonesian equivalent ("password": "kata sandi")."""
    plain = normalise(raw, expand=False)
    groups: list[set[str]] = []
    joined = prefixed_names(plain)  # "e-kinerja": one term, "ekinerja" or "kinerja"
    parts = {p for prefix, word in joined.values() for p in (prefix, word)}
    for surface, word in token_pairs(plain):
        if surface in GENERIC or word in GENERIC_STEMS or (word in GENERIC and surface == word):
            continue
        if surface not in joined and (surface in parts or word in parts):
            continue  # read with its joined name
        group = {word, joined[surface][1]} if surface in joined else {word}
        known = (acronyms or {}).get(surface)
        group |= {
            " ".join(tokenize(alt)) for alt in alternatives(word) or ((known,) if known else ())
        }
        group |= set(LABEL_FORMS.get(word, ()))
        if RULE_SHORT.fullmatch(word):  # "perkadis 4/2023": rules write "Nomor 4 Tahun 2023"
            group.add(RULE_SHORT.sub(r"\1 tahun \2", word))
        if group not in groups:
            groups.append(group)
    return groups


def bare(word: str) -> str:
    """ "nominalnya", "biayanya": the word without its "-nya"."""
    return word[:-3] if word.endswith("nya") and len(word) > 5 else word
