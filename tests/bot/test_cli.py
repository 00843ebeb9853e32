"""The `pandu` command as a user runs it: a subprocess with its own data dir and the real
default embedding model (the packaged 4-bit multilingual-e5-small)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes import markdown_doc

pytestmark = pytest.mark.model


def run(args: list[str], data_dir, stdin: str | None = None, **env) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PANDU_DATA_DIR": str(data_dir), "PANDU_LOG_LEVEL": "WARNING", **env}
    full_env.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    kb = root / "kb"
    (kb / "sub").mkdir(parents=True)
    (kb / "jp.md").write_text(
        markdown_doc(
            "kewajiban-jp",
            "Kewajiban 20 JP",
            {
                "Jumlah minimal": "Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 JP dalam satu tahun."
            },
            regulation="PP 17/2020 Pasal 203",
        )
    )
    (kb / "sub" / "latsar.md").write_text(
        markdown_doc(
            "latsar",
            "Pelatihan Dasar CPNS",
            {
                "Peran mentor": "Mentor peserta Latsar CPNS adalah atasan langsung; coach adalah widyaiswara."
            },
        )
    )
    (kb / "rusak.pdf").write_bytes(b"%PDF-1.4 broken")
    result = run(["ingest", str(kb)], root / "data")
    return root, kb, result


def test_ingest_summary_and_exit_code(indexed):
    _, _, result = indexed
    assert result.returncode == 0, result.stderr
    assert "2 ditambah" in result.stderr and "1 gagal" in result.stderr
    assert "rusak.pdf" in result.stderr and "PDF" in result.stderr


def test_unchanged_rerun_embeds_nothing(indexed):
    root, kb, _ = indexed
    again = run(["ingest", str(kb)], root / "data")
    assert again.returncode == 0
    assert "2 tidak berubah" in again.stderr and "0 potongan di-embed" in again.stderr


def test_ask_json_contract(indexed):
    root, _, _ = indexed
    result = run(["ask", "brp jp minimal setahun utk pns?", "--json"], root / "data")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"answer", "kind", "confident", "evidence", "sources"}
    assert data["confident"] is True and data["kind"] == "answer" and "20 JP" in data["answer"]
    assert data["sources"][0]["source"] == "jp.md"
    assert data["sources"][0]["title"] == "Kewajiban 20 JP"
    assert isinstance(data["sources"][0]["score"], float)


def test_ask_reads_one_question_per_line(indexed):
    root, _, _ = indexed
    result = run(
        ["ask", "--json"], root / "data", stdin="siapa mentor latsar?\n\nresep rendang gmn\n"
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    assert lines[0]["sources"][0]["source"] == "sub/latsar.md" and lines[0]["confident"]
    assert lines[1]["confident"] is False and lines[1]["kind"] == "refusal"


def test_other_model_is_refused_with_rebuild_hint(indexed):
    root, _, _ = indexed
    result = run(["ask", "apa itu jp"], root / "data", PANDU_EMBEDDING_MODEL="minilm")
    assert result.returncode == 2
    assert "pandu ingest --rebuild" in result.stderr and "Traceback" not in result.stderr


def test_ask_on_an_empty_index_says_what_to_do(tmp_path):
    result = run(["ask", "apa itu jp"], tmp_path / "kosong")
    assert result.returncode == 2 and "pandu ingest" in result.stderr


def test_a_second_ingest_says_another_one_runs_and_exits_3(tmp_path):
    from knowledge.search.store import KnowledgeStore

    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "a.md").write_text(markdown_doc("a", "Dokumen A", {"Isi": "Teks uji."}))
    store = KnowledgeStore(tmp_path / "data")
    with store.writing():  # this process is ingesting the same data dir
        result = run(["ingest", str(tmp_path / "kb")], tmp_path / "data")
    assert result.returncode == 3, result.stderr
    assert "Ingest lain sedang berjalan" in result.stderr and "Traceback" not in result.stderr


def test_an_ingested_folder_is_remembered_as_the_agency_knowledge_base(indexed):
    from ingest.roots import remembered
    from storage.db import make_engine

    root, kb, _ = indexed
    engine = make_engine(f"sqlite:///{root / 'data' / 'pandu.db'}")
    # in the database: `pandu run` keeps it indexed (every worker on it), samples left out
    assert remembered(engine, root / "data") == [kb.resolve()]
    engine.dispose()


def _limited_writes(limit: int):
    """In the child: files may not grow past ``limit`` bytes (a full disk, as writes see it)."""
    import resource
    import signal

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails (EFBIG) instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize("case", ["not a folder", "not writable", "full"])
def test_a_data_dir_that_cannot_be_written_is_a_clear_message(tmp_path, case):
    data, extra = tmp_path / "data", {}
    if case == "not a folder":
        data.write_text("a file where the data folder should be")
    elif case == "not writable":
        data = Path("/sys/pandu-data")  # sysfs: nobody, root included, may create a folder
    else:
        extra["preexec_fn"] = _limited_writes(16 * 1024)
    env = {**os.environ, "PANDU_DATA_DIR": str(data), "TELEGRAM_BOT_TOKEN": "123456:ABC-def_ghi"}
    for command in (["run"], ["chat"]):
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", *command],
            env=env,
            input="",
            capture_output=True,
            text=True,
            timeout=120,
            **extra,
        )
        assert result.returncode == 1, (case, command, result.stderr[-2000:])
        assert "tidak bisa ditulisi" in result.stderr and "Traceback" not in result.stderr
        assert "PANDU_DATA_DIR" in result.stderr
