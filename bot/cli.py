"""The `pandu` command: ingest, ask, chat, run."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import typer  # noqa: E402

from bot.services import build_embedder, configure_logging, open_store  # noqa: E402
from bot.settings import Settings  # noqa: E402

app = typer.Typer(
    help="Pandu: asisten pengembangan kompetensi ASN.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
)

STATUS_LABELS = {
    "added": "ditambah",
    "updated": "diperbarui",
    "renamed": "dipindah",
    "unchanged": "tidak berubah",
    "removed": "dihapus",
    "skipped": "dilewati",
    "failed": "gagal",
}


def _settings() -> Settings:
    settings = Settings()
    configure_logging(settings.log_level)
    return settings


def _ingest(settings: Settings, paths: list[Path], *, rebuild: bool, quiet: bool = False) -> int:
    from ingest.pipeline import Ingestor
    from knowledge.index import ModelMismatchError

    store = open_store(settings)
    ingestor = Ingestor(store, build_embedder(settings), progress=None if not quiet else False)
    started = time.perf_counter()
    try:
        report = ingestor.run(paths, rebuild=rebuild)
    except ModelMismatchError as exc:
        typer.echo(str(exc), err=True)
        return 2
    elapsed = time.perf_counter() - started
    for outcome in report.outcomes:
        if outcome.status in ("skipped", "failed", "removed", "renamed") and not quiet:
            typer.echo(
                f"  {STATUS_LABELS[outcome.status]:>13}: {outcome.source}  ({outcome.reason})",
                err=True,
            )
    counts = ", ".join(f"{report.count(s)} {label}" for s, label in STATUS_LABELS.items())
    if not quiet or report.chunks_embedded:
        typer.echo(
            f"Ringkasan ingest: {counts}. {report.chunks_embedded} potongan di-embed "
            f"dalam {elapsed:.1f} dtk.",
            err=True,
        )
    return report.exit_code


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Berkas atau folder; bawaan: basis pengetahuan Pandu."),
    ] = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Hapus indeks lalu bangun ulang dari awal.")
    ] = False,
) -> None:
    """Indeks dokumen ke basis pengetahuan (inkremental)."""
    settings = _settings()
    raise typer.Exit(_ingest(settings, paths or settings.knowledge_paths, rebuild=rebuild))


@app.callback(invoke_without_command=True)
def main(ctx: typer.Context) -> None:
    """Tanpa subperintah: siapkan indeks lalu jalankan pekerjaan utama."""
    if ctx.invoked_subcommand is not None:
        return
    settings = _settings()
    code = _ingest(settings, settings.knowledge_paths, rebuild=False, quiet=True)
    if code:
        raise typer.Exit(code)
    typer.echo("Indeks siap. Jalankan 'pandu ingest PATH' untuk menambah dokumen.")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
