"""Catalog questions ("pelatihan daring tentang data bulan Maret?", "kapan batas daftar PKA?")
answered from the training rows, filtered by the dates and method the question implies."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from knowledge.catalog.describe import describe_training
from knowledge.outcome import Answer, source_of
from knowledge.reading.about import asking_words
from knowledge.reading.facts import has_fact
from knowledge.reading.passages import contradicts, coverage, term_weight
from knowledge.reading.question import Question
from knowledge.text.dates import MONTH_NAMES, format_date
from knowledge.text.normalize import normalise
from knowledge.text.tokens import tokenize
from storage.catalog import Training, list_trainings
from storage.db import session_scope

if TYPE_CHECKING:
    from knowledge.search.searcher import Hit, Searcher

ASKS_CATALOG = re.compile(
    r"\b(katalog|ada pelatihan|pelatihan apa|pelatihan yang ada|jadwal pelatihan)\b"
)
CUES = re.compile(
    r"\b(jadwal|pendaftaran|daftar|batas|kuota|dibuka|tersedia|angkatan|biaya|lokasi|link|tautan|"
    r"kontak|penyelenggara|diselenggarakan|daring|tatap muka|blended|tanggal|mulai|selesai|kapan|"
    r"ada pelatihan|pelatihan apa|bimbingan teknis|kursus|webinar|seminar daring|katalog)\b"
)
# Words that frame a catalog question without naming its topic.
FRAME_STEMS = (
    set(
        tokenize(
            "pelatihan latih bimbingan teknis kursus jadwal daftar pendaftaran batas kuota buka dibuka sedia "
            "tersedia angkatan biaya lokasi link tautan kontak selenggara daring tatap muka blended tanggal "
            "mulai selesai bulan tahun depan ini katalog ikut mengikuti saja program kegiatan jp jam pelajaran "
            "berapa kapan apa ada yang untuk tentang mana metode online penuh full sepenuhnya "
            "bayar gratis tidak"  # "python bayar ga?": the fee asked, not a topic
        )
    )
    | {m.lower() for m in MONTH_NAMES if m}
    | set(tokenize(" ".join(MONTH_NAMES[1:])))
)
FIT_EXTRA = frozenset(tokenize("pelatihan jadwal katalog"))
PAID_STEMS = frozenset(tokenize("bayar gratis"))  # what an entry stating its cost answers
# The kinds of fact an entry's line must hold when the question names its head.
STATED_KINDS = ("number", "money", "date", "day")
# What the catalog lists: a question naming none of these and no training's topic is not a
# catalog question for its month alone ("kenaikan pangkat periode Oktober ... kapan?").
LISTED_STEMS = frozenset(
    tokenize("pelatihan bimbingan teknis bimtek diklat kursus webinar seminar workshop katalog")
)
EXTRA_FIELDS = [
    (("kuota", "peserta", "sisa"), "kuota", "Kuota", lambda t: _places(t)),
    (
        ("biaya", "bayar", "gratis", "dana"),
        "biaya",
        "Biaya",
        lambda t: ", ".join(x for x in (t.biaya, t.sumber_dana) if x),
    ),
    (
        ("lokasi", "tempat", "dimana", "link", "tautan"),
        "lokasi",
        "Lokasi",
        lambda t: " ".join(x for x in (t.lokasi, t.tautan) if x),
    ),
    (("syarat",), "syarat", "Syarat", lambda t: t.syarat),
    (("kontak", "hubungi", "narahubung", "telepon"), "kontak", "Kontak", lambda t: t.kontak),
    (
        ("penyelenggara", "diselenggarakan", "siapa"),
        "penyelenggara",
        "Penyelenggara",
        lambda t: t.penyelenggara,
    ),
    (("sertifikat",), "sertifikat", "Sertifikat", lambda t: t.sertifikat),
    (("tujuan", "materi"), "tujuan", "Tujuan", lambda t: t.tujuan),
    (("sasaran", "siapa"), "sasaran", "Sasaran", lambda t: t.sasaran_jabatan),
    (("status", "dibuka", "ditutup"), "status", "Status", lambda t: t.status),
]


def _places(t: Training) -> str:
    """The quota, and the places left when the catalog reports them."""
    if not t.kuota:
        return ""
    left = f", sisa {t.sisa_kuota} orang" if t.sisa_kuota is not None else ""
    return f"{t.kuota} orang{left}"


def wants_catalog(q: Question, hits: list[Hit]) -> bool:
    """Worth asking the catalog: a training ranks high, or the question has catalog cues."""
    if q.kind == "definition" and not ASKS_CATALOG.search(q.text):  # "X itu apa" is not a listing
        return bool(hits) and hits[0].meta.get("kind") == "training"
    if any(h.meta.get("kind") == "training" for h in hits[:5]):
        return True
    return bool(q.months or q.method or CUES.search(q.text))


def _filters_asked(q: Question) -> bool:
    """ "pelatihan daring bulan maret apa aja": a month, or a method in a listing question,
    is what the catalog is asked for; "sertifikat webinar ... bisa dipake ga" (a webinar is
    online) asks about certificates, not for a listing of online trainings."""
    listing = q.kind in ("list", "date", "day") or ASKS_CATALOG.search(q.text)
    return bool(q.months) or bool(q.method and listing)


class CatalogAnswerer:
    def __init__(self, searcher: Searcher, *, min_fit: float = 0.6) -> None:
        self.searcher = searcher
        self.min_fit = min_fit
        self._rows: list[Training] = []
        self._rows_version = -1
        self._name_stems: dict[int | None, frozenset[str]] = {}
        self._entry_stems: dict[int | None, frozenset[str]] = {}
        self._form_stems: dict[int | None, frozenset[str]] = {}

    def rows(self) -> list[Training]:
        """The catalog rows and their stems, reloaded when the index version moves."""
        if self._rows_version != self.searcher.version:
            with session_scope(self.searcher.store.engine) as session:
                self._rows = list_trainings(session)
            self._name_stems = {r.id: frozenset(tokenize(f"{r.nama} {r.kode}")) for r in self._rows}
            self._form_stems = {r.id: frozenset(tokenize(r.bentuk or "")) for r in self._rows}
            self._entry_stems = {r.id: _entry_stems(r) for r in self._rows}
            self._rows_version = self.searcher.version
        return self._rows

    def answer(self, q: Question, hits: list[Hit], t: dict[str, str], today: date) -> Answer | None:

        rows = self.rows()
        if not rows:
            return None
        # numbers match any JP, quota or date in an entry: they are not what a training is about
        topic = [g for g in q.groups if not (g & FRAME_STEMS) and not any(t.isdigit() for t in g)]
        matches = self._filter(rows, q, today)
        topical = True  # the entries are about what the question names, or it names nothing
        if topic:
            scored = [(self._topic_score(topic, r, q.told), r) for r in matches]
            best = max((s for s, _ in scored), default=0.0)
            # "... kewajiban 20 JP dikurangi ga? soalnya ga sempet ikut pelatihan": trainings
            # named in the asker's situation are not what is asked for
            names_trainings = bool(set(tokenize(asking_words(q))) & LISTED_STEMS)
            if best < 0.5 and not ((q.months or q.method) and names_trainings):
                return None  # the question names a topic the catalog does not have
            if best >= 0.5:  # with a month or method asked, words matching nothing are chatter
                matches = [r for s, r in scored if s >= best - 1e-9]
            topical = best >= 0.5
        if matches:
            # "pensiun PNS gol III brp": no entry names what is asked about; "PKN tingkat I
            # 2027 kpn dibuka": an entry of another level (or batch) is not the one asked
            head = q.head(self.searcher.idf)
            matches = [
                r for r in matches if self._names_head(q, head, r) and not contradicts(r.nama, q)
            ]
            if not matches:
                return None
        training_hits = [h for h in hits if h.meta.get("kind") == "training"]
        if (
            matches
            and not (q.months or q.method)
            and max(self._fit(q, r) for r in matches) < self.min_fit
        ):
            return None  # the entries do not contain what was asked
        if not matches:
            filters = self._describe_filters(q, topic, t)
            return Answer(
                t["catalog_none"].format(filters=filters) + "\n" + t["suggest"],
                False,
                [source_of(h) for h in training_hits[:1]],
                kind="abstain",
            )
        lines = [t["catalog_intro"]]
        if len(matches) <= 2:
            for r in matches:
                closed = self._closed(r, t, today)
                lines.append(
                    f"• {r.nama}\n{describe_training(r)}" + (f"\n{closed}" if closed else "")
                )
        else:
            lines += [self._line(r, q, t, today) for r in matches[:5]]
        if len(matches) > 5:
            lines.append(t["catalog_more"].format(n=len(matches) - 5))
        if any(r.sample for r in matches):
            lines.append(t["catalog_sample"])
        source_hit = training_hits[0] if training_hits else hits[0]
        sources = [source_of(source_hit)]
        lines += ["", f"{t['source']}: {source_hit.chunk.title} ({source_hit.chunk.source})"]
        return Answer(
            "\n".join(lines),
            True,
            sources,
            kind="catalog",
            trainings=[r.kode for r in matches[:5]],
            # a listing by month or method is what was asked, unless the question names a
            # topic no entry is about ("nilai dimensi kompetensi IP ASN ... webinar ngaruh
            # ga?"): then it weighs against the passages as any entry does
            coverage=1.0
            if _filters_asked(q) and topical
            else max(self._fit(q, r) for r in matches[:5]),
        )

    @staticmethod
    def _closed(row: Training, t: dict[str, str], today: date) -> str:
        """ "Pendaftaran ditutup (batas ...)" for a training that runs but can no longer be
        joined; "" otherwise."""
        if not row.registration_closed(today):
            return ""
        return t["registration_closed"].format(date=format_date(row.batas_pendaftaran))

    def _names_head(self, q: Question, head: set[str] | None, row: Training) -> bool:
        """The entry names the thing the question asks a fact of (a catalog field such as
        "kuota" or "jadwal" is no such thing); a name of several words ("pelatihan
        kepemimpinan nasional", PKN) in the training's name, not its words scattered over the
        entry ("pelatihan nasional" in a PKA entry's cost note)."""
        # "latsar total brp JP", "coach-nya siapa namanya": an entry listing no JP, or no
        # person, does not answer it (a cost or a count is said in words: "ditanggung instansi")
        asks_listed = q.kind == "name" or (q.kind == "number" and "jp" in q.units)
        if asks_listed and not has_fact(describe_training(row), q):
            return False
        if not head or head & FRAME_STEMS or q.kind == "list":  # "webinar apa aja": the kind
            return True  # of entry listed, which the topic score weighs ("Webinar ...": daring)
        entry, name = self._entry_stems[row.id], self._name_stems[row.id]
        if not any(set(alt.split()) <= name if " " in alt else alt in entry for alt in head):
            return False
        # "e-learning pengantar analisis kebijakan brp JP": the form written before the name,
        # as people say "bimtek X", names the entry as its name does
        named = name | self._form_stems[row.id]
        if q.kind not in STATED_KINDS or any(set(alt.split()) <= named for alt in head):
            return True  # "python tingkat lanjut brp jp": the training asked, its JP listed
        if sum(a.kind in STATED_KINDS for a in q.asked) > 1:
            return True  # "sy PNS ... pelatihan PBJ kpn, brp JP": the entry's fields
        return self._states(q, head, row)

    @staticmethod
    def _states(q: Question, head: set[str], row: Training) -> bool:
        """ "nilai minimal lulus latsar brp": the entry's line naming the head ("nilai-nilai
        dasar" in its aim) must hold the kind of fact asked, as a passage's sentence must."""
        for line in describe_training(row).splitlines():
            stems = set(tokenize(line))
            if any(set(alt.split()) <= stems for alt in head) and has_fact(line, q):
                return True
        return False

    def _fit(self, q: Question, row: Training) -> float:
        """How much of the whole question a training's entry contains (to compare with passages)."""
        stems = self._entry_stems[row.id] | FIT_EXTRA
        return coverage(q.groups, stems, self.searcher.idf, self.searcher.unknown_idf, q.told)

    def _topic_score(self, topic: list[set[str]], row: Training, told: list[set[str]]) -> float:
        """A name of several words counts in the training's name only: "pelatihan
        kepemimpinan nasional" (PKN) scattered over a PKA entry's cost note is not its name.
        The asker's situation ("sy statistisi di dinas") counts where the entry holds it."""
        s = self.searcher
        name, entry = self._name_stems[row.id], self._entry_stems[row.id]
        name_hits = coverage(topic, name, s.idf, s.unknown_idf, told)
        found = [any(set(a.split()) <= name if " " in a else a in entry for a in g) for g in topic]
        weights = [
            0.0 if g in told and not f else max(term_weight(a, s.idf, s.unknown_idf) for a in g)
            for g, f in zip(topic, found, strict=True)
        ]
        all_hits = sum(w for w, f in zip(weights, found, strict=True) if f) / (sum(weights) or 1.0)
        return max(name_hits + 0.01, all_hits * 0.9)

    @staticmethod
    def _filter(rows: list[Training], q: Question, today: date) -> list[Training]:
        out = []
        for row in rows:
            start = row.tanggal_mulai
            if q.method and q.method not in (row.metode or "").lower():
                continue
            if contradicts(row.nama, q):  # "PKP angkatan 3": not Angkatan I
                continue
            if q.months:
                if start is None or start.month not in q.months:
                    continue
                if q.year and start.year != q.year:
                    continue
                if not q.year and start < today.replace(day=1):
                    continue
            elif (
                q.year
                and (start is None or start.year != q.year)
                or not q.months
                and row.tanggal_selesai
                and row.tanggal_selesai < today
            ):
                continue
            out.append(row)
        return out

    @staticmethod
    def _line(row: Training, q: Question, t: dict[str, str], today: date) -> str:
        when = format_date(row.tanggal_mulai)
        if row.tanggal_selesai and row.tanggal_selesai != row.tanggal_mulai:
            when += f" s.d. {format_date(row.tanggal_selesai)}"
        parts = [when, row.metode, f"{row.jp:g} JP" if row.jp else ""]
        closed = CatalogAnswerer._closed(row, t, today)  # still listed (it runs), not offered
        if closed:
            parts.append(closed[0].lower() + closed[1:])
        elif row.batas_pendaftaran:
            parts.append(f"{t['registration']} {format_date(row.batas_pendaftaran)}")
        line = f"• {row.nama} ({row.kode}): " + ", ".join(p for p in parts if p)
        asked = q.text
        extras = [
            f"{label}: {value(row)}"
            for words, _, label, value in EXTRA_FIELDS
            if any(re.search(rf"\b{w}", asked) for w in words) and value(row)
        ]
        return line + "".join(f"\n   {e}" for e in dict.fromkeys(extras))

    @staticmethod
    def _describe_filters(q: Question, topic: list[set[str]], t: dict[str, str]) -> str:
        parts = []
        if topic:
            parts.append(t["topic_filter"].format(topic=_as_written(q, topic)))
        if q.months:
            months = ", ".join(MONTH_NAMES[m] for m in q.months) + (f" {q.year}" if q.year else "")
            parts.append(t["month_filter"].format(months=months))
        if q.method:
            parts.append(t["method_filter"].format(method=q.method))
        return ", ".join(parts) or "pertanyaan ini"


def _as_written(q: Question, topic: list[set[str]]) -> str:
    """The asker's own words for the topic, in their order ("perawat IGD shift"), not the
    stems the search reads ("awat igd shift")."""
    words = re.findall(r"[\w/-]+", q.written or q.text)
    picked = [w for w in words if any(set(tokenize(normalise(w))) & g for g in topic)]
    return " ".join(dict.fromkeys(picked)) or " ".join(sorted(next(iter(g)) for g in topic))


def _entry_stems(row: Training) -> frozenset[str]:
    """An entry's words; one stating its cost or its funding ("Tanpa biaya", "APBD") answers
    "bayar ga?" and "gratis?" without the words."""
    stems = frozenset(tokenize(f"{row.nama}\n{describe_training(row)}"))
    return stems | PAID_STEMS if row.biaya or row.sumber_dana else stems
