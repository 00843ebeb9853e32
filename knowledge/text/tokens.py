"""Indonesian tokenising: Sastrawi stemming and stopwords, roman numerals as numbers."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from knowledge.text.normalize import ACRONYMS

# bump when tokenize() or the BM25 units change: saved indexes are then rebuilt (9: dotted
# abbreviations written out; table rows, list items and codes as BM25 units and tokens; 12:
# "e-BARA" also "ebara"; 13: "SI-BARA" also "sibara"; 14: "-nya" off words the dictionary lacks;
# 15: ... once, and not off words it knows; 16: "tingkat tiga", "angkatan kedua" as figures)
TOKENIZER_VERSION = 16
# "Angkatan I" = "angkatan 1"; "UPT Wilayah VI", "Pos Sektor III", "Semester II": the numbered
# parts of an organisation or a year, which chat writes in figures ("upt wilayah 6", "pos 2").
# II to XII are numerals wherever they stand ("Golongan III", "Pos II"); a single letter ("I",
# "V", "X") only after such a word ("3 sesi x 90 menit" multiplies)
_ROMAN = re.compile(
    r"\b(?:(?P<unit>angkatan|tingkat|tk|tahap|gelombang|bagian|bab|eselon|jilid|seri"
    r"|wilayah|sektor|pos|regu|seksi|zona|rayon|semester|triwulan|periode)\.?\s+(?P<single>x|v|i)"
    r"|(?P<numeral>xii|xi|ix|viii|vii|vi|iv|iii|ii))\b"
)
# what documents shorten with a dot, read as written out ("Angk. II 5-6 Okt", "Gel. I", "Kab.
# Sela"): the question's "angkatan 2" is their word. Only with the dot ("hand sanitizer gel"
# is no gelombang); "tgl", "thn", "bln" and "jml" are no other word, dot or not.
DOTTED = {
    "angk": "angkatan",
    "gel": "gelombang",
    "kab": "kabupaten",
    "prov": "provinsi",
    "kec": "kecamatan",
}
ABBREVIATIONS = {"tgl": "tanggal", "thn": "tahun", "bln": "bulan", "jml": "jumlah"}
_DOTTED = re.compile(rf"\b({'|'.join(DOTTED)})\.")
_ROMAN_VALUES = {
    r: str(n)
    for n, r in enumerate(
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"], start=1
    )
}


def _figures(match: re.Match) -> str:
    if match["unit"]:
        return f"{match['unit']} {_ROMAN_VALUES[match['single']]}"
    return _ROMAN_VALUES[match["numeral"]]


# amounts written as words ("dua sesi", "delapan kompetensi"), as numbers
NUMBER_VALUES = {
    "setengah": 0.5,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
}


# "tingkat tiga", "angkatan kedua", "semester ke-2" in chat are the documents' "Tingkat III",
# "Angkatan II": a numbered unit's number written as a word, read as its figure. A cardinal
# followed by what it counts is an amount ("tahap dua hari", "sesi tiga puluh menit"), and so
# is one after "setiap" ("kuota setiap angkatan tiga puluh peserta").
NUMBERED = (
    "angkatan|tingkat|tahap|gelombang|bab|eselon|jilid|seri|wilayah|sektor|pos|regu"
    "|seksi|zona|rayon|semester|triwulan|periode|golongan|kelas|sesi"
)
_CARDINALS = [w for w in NUMBER_VALUES if w != "setengah"]
_WORDED = re.compile(
    rf"\b(?P<unit>{NUMBERED})\s+(?P<ke>ke-?\s*)?(?P<word>pertama|{'|'.join(_CARDINALS)})\b"
    r"(?!\s*(?:belas|puluh|ratus|ribu|juta)\b)",
    re.I,
)
_PER_UNIT = re.compile(r"\b(?:setiap|tiap|per|masing-masing|masing2)\s+$", re.I)
_YEAR_NAMED = re.compile(r"\s+tahun\s+\d{4}\b", re.I)  # "angkatan dua tahun 2027"
_NEXT_WORD = re.compile(r"\s+(\w+)")


def numbered_words(text: str) -> str:
    """The text with "tingkat tiga" written "tingkat 3", "angkatan kedua" "angkatan 2"."""
    if not _WORDED.search(text):
        return text

    def figure(match: re.Match) -> str:
        word = match["word"].lower()
        ordinal = bool(match["ke"]) or word == "pertama"
        if _PER_UNIT.search(text, 0, match.start()) or not (
            ordinal or _ends_phrase(text, match.end())
        ):
            return match.group(0)
        return f"{match['unit']} {1 if word == 'pertama' else int(NUMBER_VALUES[word])}"

    return _WORDED.sub(figure, text)


# what a number counts or measures: after one, the number is an amount ("angkatan tiga puluh
# peserta", "tahap dua hari"); "triwulan tiga bidang KBKK" names whose batch or quarter
_COUNTED_NOUNS = frozenset(
    [
        "orang",
        "org",
        "peserta",
        "pegawai",
        "personel",
        "hari",
        "minggu",
        "pekan",
        "bulan",
        "bln",
        "tahun",
        "thn",
        "jam",
        "menit",
        "detik",
        "kali",
        "jp",
        "sesi",
        "kelas",
        "angkatan",
        "modul",
        "persen",
        "kursi",
        "unit",
        "paket",
        "buah",
        "lembar",
        "halaman",
        "kegiatan",
        "tahap",
        "tingkat",
        "mata",
        "pelajaran",
        "jenis",
        "macam",
        "kelompok",
        "tim",
        "regu",
        "x",
    ]
)


def _ends_phrase(text: str, at: int) -> bool:
    """Nothing counted follows: the text or a clause ends, a year is named, or the next word
    is no counted noun."""
    if _YEAR_NAMED.match(text, at):
        return True
    following = _NEXT_WORD.match(text, at)
    return following is None or following.group(1).lower() not in _COUNTED_NOUNS


_TOKEN = re.compile(r"\d+(?:[/.,]\d+)*|[a-z]+")
# "e-BARA", "SI-BARA", "e-Kinerja": a prefix of a letter or two names a system, which chat
# writes joined ("ebara", "sibara"); read both ways, the joined name and its parts
_PREFIXED = re.compile(r"\b([a-z]{1,2})-([a-z]{2,})\b")
# Words that carry the question's meaning here, so they stay even if Sastrawi lists them.
_KEEP = {
    "tidak",
    "belum",
    "wajib",
    "minimal",
    "maksimal",
    "paling",
    "sedikit",
    "lama",
    "baru",
    "bulan",
    "hari",
    "kerja",
    "bekerja",
    "akhir",
    "awal",
    "lanjut",
    "tempat",
    "naik",
    "masuk",
    "panjang",
    "luar",
    "jumlah",
    "kali",
    "bersama",
    "biasa",
    "khusus",
    "masa",
    "sendiri",
    "tambah",
    "pertama",
    "kedua",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "orang",
    "besar",
    "kecil",
    "berturut-turut",
    "mulai",
    "selesai",
    "usai",
    "setiap",
    "tiap",
    "depan",
    "dulu",
    "dahulu",
    "sebelum",
    "setelah",
    "sesudah",
    "sejak",
    "selama",
    "laku",
    "berlaku",
    "kurang",
    "lebih",
    "tanpa",
    "pihak",
    "umum",
    # appointing is an act HR rules name ("PKPD ditunjuk oleh Kepala Perangkat Daerah")
    "tunjuk",
    "menunjuk",
    "ditunjuk",
}


@lru_cache(maxsize=1)
def _sastrawi():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    stop = set(StopWordRemoverFactory().get_stop_words()) - _KEEP
    return StemmerFactory().create_stemmer(), frozenset(stop)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Sastrawi's dictionary of Indonesian root words: ordinary language, not a topic of its own."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words_from_file())


def is_stopword(word: str) -> bool:
    """On Sastrawi's list, even if kept here for its meaning ("tidak", "wajib")."""
    return word in _sastrawi()[1] or word in _KEEP


# "preseptornya", "webinarnya": "-nya" on a word the dictionary lacks, which the stemmer
# leaves whole (it strips suffixes only to reach a word it knows); a word it knows ("empunya")
# stays, and "-nya" comes off once
_NYA = re.compile(r"([a-z][a-z-]{2,}?[a-z])-?nya")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    stemmer, _ = _sastrawi()
    stemmed = stemmer.stem(word) or word
    owned = _NYA.fullmatch(word) if stemmed == word and word not in common_words() else None
    return (stemmer.stem(owned.group(1)) or owned.group(1)) if owned else stemmed


def token_pairs(text: str) -> list[tuple[str, str]]:
    """(word, stem) for every content word: stopwords dropped; numbers, acronyms and
    regulation numbers ("20/2023") kept whole."""
    _, stop = _sastrawi()
    pairs = []
    text = _ROMAN.sub(_figures, _DOTTED.sub(lambda m: DOTTED[m.group(1)], text.lower()))
    text = numbered_words(text)
    text = _PREFIXED.sub(r"\1\2 \1 \2", text)
    for tok in _TOKEN.findall(text):
        if tok in stop or (len(tok) == 1 and not tok.isdigit()):
            continue
        if tok in ABBREVIATIONS:
            pairs += [(w, stem(w)) for w in ABBREVIATIONS[tok].split()]
            continue
        keep = tok[0].isdigit() or len(tok) <= 3 or tok in ACRONYMS
        pairs.append((tok, tok if keep else stem(tok)))
    return pairs


def prefixed_names(text: str) -> dict[str, tuple[str, str]]:
    """A prefixed name's joined form, its prefix and the stem of its word: "SI-BARA" {"sibara":
    ("si", "bara")}, so that a question reads them as one term, either written."""
    return {a + b: (a, stem(b)) for a, b in _PREFIXED.findall(text.lower())}


def tokenize(text: str) -> list[str]:
    return [s for _, s in token_pairs(text)]


def idf_table(doc_freq: dict[str, int], n_docs: int) -> dict[str, float]:
    """BM25's idf per stem, used to weigh how much of a question a passage covers."""
    return {t: math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) for t, df in doc_freq.items()}
