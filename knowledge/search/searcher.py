"""Hybrid retrieval: BM25 (Sastrawi) and dense vectors, fused by weighted reciprocal rank.

The searcher keeps the committed chunks in memory and reloads when the index version moves,
so an ingest in another process becomes visible without a restart.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from knowledge.reading.acronyms import find_acronyms, implied_acronyms
from knowledge.reading.passages import coverage, defines_terms
from knowledge.reading.vocabulary import EXPANSION_ASK, asks_definition, term_groups
from knowledge.search.bm25 import LexicalIndex
from knowledge.search.embeddings import Embedder
from knowledge.search.store import KnowledgeStore
from knowledge.text.articles import ARTICLE
from knowledge.text.normalize import ACRONYMS, normalise
from knowledge.text.spelling import Speller
from knowledge.text.tokens import idf_table, tokenize
from storage import index_records as records

Mode = Literal["hybrid", "rrf", "bm25", "dense"]
RRF_K = 60
COVERAGE_WEIGHT = 0.5  # rerank: how much "the passage contains the question's terms" counts
HEADING_WEIGHT = 0.25  # ... and "its title/section names them"
SUPERSEDED_FACTOR = 0.7  # a replaced rule ranks below the rule in force
RERANK_DEPTH = 30
ROWS_LOOKED = 4  # rows of one table read for one that fits, as many times the rows kept
DEFINITION_BONUS = 0.3  # "X itu apa": the passage that says what X is
TABLE_COVERAGE = 0.75  # ... of the question's weighted terms a table the dense side missed holds
_TABLE_LINES = re.compile(r"^\|.*\|\s*\n\|.*\|\s*$", re.M)  # two rows of a Markdown table
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")  # "THR", "STR": acronyms the speller leaves as written
SHOUTED = 0.6  # share of a message's letters in capitals past which capitals say nothing


RELOAD_EVERY = 2.0  # seconds between looks at the index version (another writer)


@dataclass
class Hit:
    chunk: records.ChunkRecord
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None
    lexical_score: float = 0.0
    dense_score: float = 0.0

    @property
    def meta(self) -> dict:
        return self.chunk.meta


def is_row(item: Hit | records.ChunkRecord) -> bool:
    """One row of a table file (a CSV, a workbook sheet): its fields, not sentences."""
    return item.meta.get("kind") == "table_row"


@dataclass
class DocInfo:
    doc_id: str
    title: str
    source: str
    meta: dict
    superseded_by: list[str] = field(default_factory=list)
    # newer rule -> the articles of this one it changed ("Ketentuan Pasal 6 diubah"); none
    # listed: it replaced this one whole
    changed: dict[str, frozenset[str]] = field(default_factory=dict)
    # the rules that replaced one this document cites and it does not: a handbook written on
    # the old rule, whose values the new one may have changed
    follows_replaced: list[str] = field(default_factory=list)
    # in force and numbered: the numbers of the rules this one replaced whole
    replaced_whole: set[str] = field(default_factory=set)

    @property
    def cites(self) -> frozenset[str]:
        """The rules it names by number, read by ingest (ingest/pipeline.py)."""
        return frozenset(self.meta.get("cites", []))

    @property
    def is_current(self) -> bool:
        return not self.superseded_by and self.meta.get("status") != "dicabut"

    def in_force(self, section: str) -> bool:
        """Whether a passage under ``section`` still holds: its document is current, or the
        rules that changed it named their articles and not this one's ("BAB II > Pasal 5")."""
        if self.is_current:
            return True
        if self.meta.get("status") == "dicabut" or not all(
            self.changed.get(d) for d in self.superseded_by
        ):
            return False
        article = ARTICLE.findall(section)  # "BAB II > Pasal 5" names Pasal 5
        return bool(article) and all(
            article[-1].upper() not in self.changed[d] for d in self.superseded_by
        )

    def amended_by(self, newer: str) -> bool:
        """Amended in some articles by ``newer``, not replaced whole."""
        return bool(self.changed.get(newer))


@dataclass(frozen=True)
class _Loaded:
    """One committed index version as the searcher holds it; a reload swaps it whole."""

    version: int
    chunks: dict[str, records.ChunkRecord]
    stems: dict[str, frozenset[str]]
    heading_stems: dict[str, frozenset[str]]
    idf: dict[str, float]
    unknown_idf: float
    speller: Speller
    docs: dict[str, DocInfo]
    lexical: LexicalIndex
    acronyms: dict[str, str]  # the ones the documents define themselves


class Searcher:
    def __init__(
        self,
        store: KnowledgeStore,
        embedder: Embedder | None,
        *,
        dense_weight: float = 1.0,
        lexical_weight: float = 1.0,
        depth: int = 40,
        reload_every: float = RELOAD_EVERY,
        cache_size: int = 2048,
    ) -> None:
        if embedder is not None:
            store.check_model(embedder.name)
        self.store, self.embedder = store, embedder
        self.dense_weight, self.lexical_weight, self.depth = dense_weight, lexical_weight, depth
        self.reload_every = reload_every
        self.cache_size = cache_size
        self._vectors: dict[str, object] = {}
        self._refresh_lock = threading.Lock()
        self._checked_at = 0.0
        self._loaded = _Loaded(
            -1, {}, {}, {}, {}, 1.0, Speller([], []), {}, LexicalIndex([], None, -1), {}
        )
        self._pinned = threading.local()
        self.refresh(force=True)

    @property
    def loaded(self) -> _Loaded:
        """The index version as of this thread's last ``refresh`` (``prepare`` refreshes)."""
        return getattr(self._pinned, "loaded", None) or self._loaded

    version = property(lambda self: self.loaded.version)
    chunks = property(lambda self: self.loaded.chunks)
    stems = property(lambda self: self.loaded.stems)
    heading_stems = property(lambda self: self.loaded.heading_stems)
    idf = property(lambda self: self.loaded.idf)
    unknown_idf = property(lambda self: self.loaded.unknown_idf)
    speller = property(lambda self: self.loaded.speller)
    docs = property(lambda self: self.loaded.docs)
    lexical = property(lambda self: self.loaded.lexical)
    acronyms = property(lambda self: self.loaded.acronyms)

    def acronyms_in(self, prepared: str) -> dict[str, str]:
        """The acronyms the documents define, and the chat blends of the question ("ujikom":
        uji kompetensi) read like them: the blend kept, its phrase beside it. Not when the
        question asks what a word stands for: a blend is a guess, not a definition."""
        loaded = self.loaded
        if asks_definition(prepared):
            return loaded.acronyms
        blends = {
            w: phrase
            for w in set(prepared.split()) - loaded.acronyms.keys() - ACRONYMS.keys()
            if (phrase := loaded.speller.blend(w))
        }
        return {**loaded.acronyms, **blends} if blends else loaded.acronyms

    def _query_vector(self, text: str):
        """Query embeddings are cached: the same question (popular ones repeat) costs one lookup."""
        vector = self._vectors.get(text)
        if vector is None:
            vector = self.embedder.encode_query(text)
            with self._refresh_lock:
                if self.cache_size and len(self._vectors) >= self.cache_size:
                    self._vectors.pop(next(iter(self._vectors)))
                if self.cache_size:
                    self._vectors[text] = vector
        return vector

    def refresh(self, *, force: bool = False) -> None:
        """Reload chunks and BM25 when another process committed a newer index version, and
        pin the loaded version for this thread: the rest of its question (search, re-rank, the
        answer's reading of stems and documents) uses that one version, even if another
        thread reloads meanwhile."""
        now = time.monotonic()
        if force or now - self._checked_at >= self.reload_every:
            with self._refresh_lock:
                self._reload(now, force)
        self._pinned.loaded = self._loaded

    def _reload(self, now: float, force: bool) -> None:
        if not force and now - self._checked_at < self.reload_every:
            return
        self._checked_at = now
        current = self._loaded.version
        if self.store.version() == current and not force:
            return
        version, chunks, files = self.store.snapshot()  # chunks, files and BM25 of one version
        stems = {c.id: frozenset(tokenize(f"{c.title}\n{c.section}\n{c.text}")) for c in chunks}
        idf = idf_table(Counter(t for ts in stems.values() for t in ts), len(chunks))
        loaded = _Loaded(
            version=version,
            chunks={c.id: c for c in chunks},
            stems=stems,
            heading_stems={c.id: frozenset(tokenize(f"{c.title} {c.section}")) for c in chunks},
            idf=idf,
            unknown_idf=max(idf.values(), default=1.0),
            speller=Speller((f"{c.title} {c.section} {c.text}" for c in chunks), idf),
            docs=_doc_infos(files),
            lexical=self.store.load_lexical(version=version, chunks=chunks),
            acronyms=_defined_acronyms(chunks),
        )
        if current >= 0 and version != current:
            self.store.reopen_vectors()  # an ingest (maybe another process) changed the index
        self.store.forget_cached()
        self._loaded = loaded  # one swap: a question never sees half of two versions

    def prepare(self, query: str) -> str:
        """Chat text made searchable: normalised, slang and typos mapped onto known words."""
        self.refresh()
        return self.speller.repair(normalise(query, expand=False), keep=self._acronyms(query))

    def _acronyms(self, query: str) -> frozenset[str]:
        """The words of a question the speller leaves as written: the usual acronyms, the
        ones the documents define, and words the asker wrote in capitals, unless the whole
        message is in capitals ("BRP JP PELATIHN PIM" still has typos)."""
        letters = [c for c in query if c.isalpha()]
        shouted = sum(c.isupper() for c in letters) > SHOUTED * len(letters)
        capitals = set() if shouted else {w.lower() for w in _CAPITALS.findall(query)}
        return frozenset(capitals | ACRONYMS.keys() | self.acronyms.keys())

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        mode: Mode = "hybrid",
        prepared: str | None = None,
        rows_per_table: int | None = None,
        row_fits: Callable[[Hit], bool] | None = None,
    ) -> list[Hit]:
        """Hits for a question; ``prepared`` is the question already through ``prepare``.
        ``rows_per_table`` keeps at most that many rows of one table file, before the re-rank
        reads the head: 24 rows repeating a training's name would push the announcement that
        dates it out of the head. A row ``row_fits`` rejects (another batch's, another year's)
        gives its place to a later one that fits: 16 rows of Angkatan I and II would hide the
        Angkatan III row asked for."""
        if prepared is None:
            prepared = self.prepare(query)
        loaded = self.loaded
        acronyms = self.acronyms_in(prepared)
        text = _with_expansions(normalise(prepared), acronyms)
        hits: dict[str, Hit] = {}
        # the re-rank and the tables ranked at depth read them; BM25 or dense alone do not
        groups = term_groups(prepared, acronyms) if mode in ("hybrid", "rrf") else []
        vector, tables = None, []
        if mode in ("hybrid", "rrf", "bm25") and self.lexical_weight > 0:
            for rank, (cid, score) in enumerate(loaded.lexical.search(text, self.depth)):
                self._add(loaded, hits, cid, rank, score, lexical=True, weight=self.lexical_weight)
        if (
            mode in ("hybrid", "rrf", "dense")
            and self.embedder is not None
            and self.dense_weight > 0
        ):
            vector = self._query_vector(text)
            for rank, (cid, score) in enumerate(self.store.dense_search(vector, self.depth)):
                self._add(loaded, hits, cid, rank, score, lexical=False, weight=self.dense_weight)
        if vector is not None and mode in ("hybrid", "rrf"):
            tables = self._tables_at_depth(loaded, groups, hits.values())
        ranked = sorted(hits.values(), key=lambda h: -h.score)
        if rows_per_table is not None:
            ranked = _few_rows(ranked, rows_per_table, row_fits)
        if mode == "hybrid":  # the re-rank reads passages: only the fused head is worth it
            ranked = self._rerank(loaded, text, groups, ranked[:RERANK_DEPTH])
        shown = {h.chunk.id for h in ranked[:k]}
        found = self.store.similarities(vector, [h.chunk.id for h in tables if h.chunk.id in shown])
        for hit in tables:
            hit.dense_score = found.get(hit.chunk.id, 0.0)
        return ranked[:k]

    def _tables_at_depth(self, loaded: _Loaded, groups: list[set[str]], hits) -> list[Hit]:
        """A table that holds most of what is asked but that the dense side did not return is
        ranked past its depth, not nowhere: the pipes and cells of a regulation's budget or
        annex catalogue embed far from any question, so the table BM25 ranks first keeps the
        share of the fused score a last-ranked passage has, and its cosine is read from its
        stored vector (the gate reads the shown passage's). Prose keeps RRF's nothing and a
        cosine of 0: a question no passage is about finds its words in some paragraph, and the
        dense side says that paragraph is far."""
        floor = self.dense_weight / (RRF_K + self.depth + 1)
        tables = [
            h
            for h in hits
            if h.dense_rank is None
            and _TABLE_LINES.search(h.chunk.text)
            and coverage(groups, loaded.stems[h.chunk.id], loaded.idf, loaded.unknown_idf)
            >= TABLE_COVERAGE
        ]
        for hit in tables:
            hit.score += floor
        return tables

    def _rerank(
        self, loaded: _Loaded, text: str, groups: list[set[str]], hits: list[Hit]
    ) -> list[Hit]:
        """Fused rank, plus how much of the question each passage (and its headings) contains;
        a passage that defines the asked term helps a "X itu apa"; a rule that has been
        replaced steps back behind the rule in force, unless the question names it."""
        if not hits:
            return hits
        top = hits[0].score
        definition = asks_definition(text)
        written_out = bool(EXPANSION_ASK.search(text))  # "FR-A itu singkatan apa": after "adalah"
        idf, unknown = loaded.idf, loaded.unknown_idf
        for hit in hits:
            chunk = hit.chunk
            body = coverage(groups, loaded.stems[chunk.id], idf, unknown)
            heading = coverage(groups, loaded.heading_stems[chunk.id], idf, unknown)
            hit.score = hit.score / top + COVERAGE_WEIGHT * body + HEADING_WEIGHT * heading
            if definition and defines_terms(  # a row's "Korwil: Korwil I" is a field
                chunk.text, groups, idf, unknown, record=is_row(chunk), term_first=not written_out
            ):
                hit.score += DEFINITION_BONUS
            info = loaded.docs.get(chunk.doc_id)
            current = info is None or info.in_force(chunk.section)
            if not current and not self._named_in(loaded, text, info):
                hit.score *= SUPERSEDED_FACTOR
        return sorted(hits, key=lambda h: -h.score)

    def _named_in(self, loaded: _Loaded, text: str, old: DocInfo) -> bool:
        newest = [loaded.docs[d] for d in old.superseded_by if d in loaded.docs]
        return any(asks_about(text, old, new) for new in newest) or (
            not newest and bool(OLD_RULE_WORDS.search(text))
        )

    def _add(
        self,
        loaded: _Loaded,
        hits: dict,
        cid: str,
        rank: int,
        score: float,
        *,
        lexical: bool,
        weight: float,
    ) -> None:
        chunk = loaded.chunks.get(cid)
        if chunk is None:  # a vector whose rows were never committed (or not in this version)
            return
        hit = hits.setdefault(cid, Hit(chunk, 0.0))
        hit.score += weight / (RRF_K + rank + 1)
        if lexical:
            hit.lexical_rank, hit.lexical_score = rank, score
        else:
            hit.dense_rank, hit.dense_score = rank, score

    def doc(self, doc_id: str) -> DocInfo | None:
        return self.docs.get(doc_id)


def _defined_acronyms(chunks: list[records.ChunkRecord]) -> dict[str, str]:
    """Acronyms the documents define, unless a known one of the same letters exists; one
    defined twice over is what most passages write, the shorter first ("Program Preseptorship
    dan Mentoring Awal" twice over a decree's title "Penetapan Preseptor ... Mentoring Awal
    (PRIMA)"), whatever order the index holds its passages in."""
    written: dict[str, Counter] = {}
    for chunk in chunks:
        for acronym, expansion in find_acronyms(chunk.text).items():
            if acronym not in ACRONYMS:
                written.setdefault(acronym, Counter())[expansion] += 1
    found = {
        acronym: min(counts, key=lambda e: (-counts[e], len(e), e))
        for acronym, counts in written.items()
    }
    implied = implied_acronyms([c.text for c in chunks], found.keys() | ACRONYMS.keys())
    return {**implied, **found}


def _with_expansions(text: str, acronyms: dict[str, str]) -> str:
    """ "tpa tubel berapa menit" searched as "tpa tes potensi akademik tubel ...", as the known
    acronyms are by ``normalise``."""
    if not acronyms:
        return text
    return " ".join(f"{w} {acronyms[w]}" if w in acronyms else w for w in text.split())


def _doc_infos(files: list[records.IndexedFile]) -> dict[str, DocInfo]:
    docs = {f.doc_id: DocInfo(f.doc_id, f.title, f.source, f.meta) for f in files}
    for info in docs.values():
        for old in info.meta.get("supersedes", []):
            if old in docs:
                docs[old].superseded_by.append(info.doc_id)
        for newer in info.meta.get("superseded_by", []):
            if newer in docs and newer not in info.superseded_by:
                info.superseded_by.append(newer)
    numbered = {d.meta["number"]: d for d in docs.values() if d.meta.get("number")}
    for info in docs.values():  # "Surat Edaran Nomor ... dicabut": the numbered one is replaced
        for number in info.meta.get("revokes", []):
            old = numbered.get(number)
            if old is not None and old is not info and info.doc_id not in old.superseded_by:
                old.superseded_by.append(info.doc_id)
                old.changed[info.doc_id] = frozenset(info.meta.get("changed_articles", []))
    _mark_followers(docs)
    return docs


def _mark_followers(docs: dict[str, DocInfo]) -> None:
    """A current document citing a replaced rule by number and not the rule that replaced it
    follows the old rule: "Pedoman KIPRAH Edisi 2028" cites Perkadis 11/2024, which Perkadis
    4/2028 revoked after the handbook was written (or amended: its changed values)."""
    # replaced or amended by a rule in force (a rule replaced again is no answer now, and the
    # handbook does not cite its replacement); an amendment leaves the other articles standing,
    # so only a rule replaced whole is ``replaced_whole``
    replacing = [
        (old, docs[new])
        for old in docs.values()
        if old.meta.get("number")
        for new in old.superseded_by
        if new in docs and docs[new].is_current and docs[new].meta.get("number")
    ]
    for old, new in replacing:
        if not old.amended_by(new.doc_id):
            new.replaced_whole.add(old.meta["number"])
    pairs = [(old.meta["number"], new) for old, new in replacing]
    # the numbers of the rules replacing or amending each: none of them follows another (a
    # second amendment of a rule does not follow the first)
    successors: dict[str, set[str]] = {}
    for old, new in pairs:
        successors.setdefault(old, set()).add(new.meta["number"])
    for info in (d for d in docs.values() if pairs and d.is_current):
        numbers = info.cites
        info.follows_replaced = [
            new.doc_id
            for old, new in pairs
            if old in numbers
            and info.meta.get("number") not in successors[old]
            and new.meta["number"] not in numbers
            and info.meta.get("number") != old
        ]


# "aturan lama", "SE lama", "sebelumnya"; "dulu" where it means formerly: opening a clause or
# after "kalau", "waktu", "yang", "pas", "zaman" ("dulu syarat masa kerjanya brp?"), not
# "daftar dulu" (first). A question that also says "sekarang" asks of the rule now.
NOW_WORDS = re.compile(r"\b(?:sekarang|kini|saat ini|terbaru)\b")
OLD_RULE_WORDS = re.compile(
    r"\b(?:(?:aturan|ketentuan|perbup|pergub|perkadis|peraturan|edaran|se|sk|versi|yang) lama"
    r"|sebelumnya|dulunya)\b|(?:^|[,;?!]\s*|\b(?:kalau|waktu|yang|pas|zaman)\s+)(?:dulu|dahulu)\b"
)


def _rule_numbers(text: str) -> set[str]:
    found = set(re.findall(r"\d+(?:/\d+)?", text))
    return found | {n.split("/")[1] for n in found if "/" in n}


def _doc_numbers(info: DocInfo) -> set[str]:
    """The numbers a rule is known by: its title's, its regulation's, its date's, and the
    number its own head states ("NOMOR 800/14/DINSOS/2022" under a title without it)."""
    meta = info.meta
    return _rule_numbers(
        f"{info.title} {meta.get('regulation', '')} {meta.get('effective_date', '')}"
        f" {meta.get('number', '')}"
    )


def asks_about(text: str, old: DocInfo, new: DocInfo) -> bool:
    """The question is about the replaced rule: "aturan lama", or a number that names only
    it (its year or regulation number: "perbup 2019", "uu 5/2014")."""
    if OLD_RULE_WORDS.search(text):  # "dulu 3 jp, skrg msh segitu?" asks of the rule now
        return not NOW_WORDS.search(text)
    return bool(_rule_numbers(text) & only_old_numbers(old, new))


def only_old_numbers(old: DocInfo, new: DocInfo) -> set[str]:
    """The year or regulation number that names the replaced rule and not its replacement."""
    return {n for n in _doc_numbers(old) - _doc_numbers(new) if len(n) == 4 or "/" in n}


def ranked_docs(hits: list[Hit]) -> list[str]:
    """Distinct documents in the order their best chunk appears."""
    return list(dict.fromkeys(h.chunk.doc_id for h in hits))


def _few_rows(hits: list[Hit], most: int, fits: Callable[[Hit], bool] | None) -> list[Hit]:
    """``hits`` without the rows of a table file past its first ``most``; a later row that
    ``fits`` takes the place of one of those that does not (a few rows further down are read,
    each read costs a reading of the question against it)."""
    seen: dict[str, int] = {}
    free: dict[str, int] = {}  # places held by rows that do not fit
    kept = []
    for hit in hits:
        if is_row(hit):
            doc = hit.chunk.doc_id
            seen[doc] = seen.get(doc, 0) + 1
            if seen[doc] <= most:
                if fits is not None and not fits(hit):
                    free[doc] = free.get(doc, 0) + 1
            elif free.get(doc) and seen[doc] <= ROWS_LOOKED * most and fits(hit):
                free[doc] -= 1
            else:
                continue
        kept.append(hit)
    return kept
