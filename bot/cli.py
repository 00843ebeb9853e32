"""The `pandu` command: ingest, ask, chat, run."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _serving() -> None:
    """Answering: one engine thread per question, questions in parallel across cores."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")


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
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else None
    configure_logging(settings.log_level, secret=token)
    return settings


def _ingest(
    settings: Settings,
    paths: list[Path],
    *,
    rebuild: bool,
    quiet: bool = False,
    keep: list[Path] | None = None,
) -> int:
    """Index ``paths``, then take out of the index whatever is outside ``keep``."""
    from ingest.pipeline import Ingestor
    from knowledge.search import IngestBusy, ModelMismatchError, VectorServerUnreachable

    store = open_store(settings)
    ingestor = Ingestor(store, build_embedder(settings), progress=None if not quiet else False)
    started = time.perf_counter()
    try:
        report = ingestor.run(paths, rebuild=rebuild)
        if keep is not None:
            report.outcomes += ingestor.prune(keep).outcomes
    except (ModelMismatchError, VectorServerUnreachable) as exc:
        typer.echo(str(exc), err=True)
        return 2
    except IngestBusy as exc:  # another process is indexing this data dir: nothing was touched
        typer.echo(str(exc), err=True)
        return BUSY
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
    """Indeks dokumen ke basis pengetahuan (inkremental). Folder yang diberikan diingat
    sebagai basis pengetahuan instansi yang dijaga `pandu run`; data contoh lalu keluar."""
    from ingest.roots import remember

    # one engine thread per pipeline thread: the pipeline splits its batches over the cores
    # (faster than the engine's own OpenMP threads, and steadier under load)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    settings = _settings()
    engine = _database(settings)
    given = [p for p in paths or [] if p.exists()]
    if given and not settings.knowledge_paths:
        remember(engine, settings.data_dir, given)
    keep = [*_default_paths(settings, engine), *given]
    raise typer.Exit(_ingest(settings, paths or keep, rebuild=rebuild, keep=keep))


def _answerer(settings: Settings):
    from knowledge.answers import Answerer
    from knowledge.search import ModelMismatchError, Searcher

    store = open_store(settings)
    if store.version() == 0:
        typer.echo(
            "Indeks masih kosong. Jalankan dulu: pandu ingest (atau pandu ingest PATH).", err=True
        )
        raise typer.Exit(2)
    try:
        searcher = Searcher(store, build_embedder(settings))
    except ModelMismatchError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    from storage.clock import SystemClock

    return Answerer(searcher, clock=SystemClock(settings.timezone))


def _print_answer(answer, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(answer.as_json(), ensure_ascii=False))
    else:
        typer.echo(answer.text + "\n")


@app.command()
def ask(
    question: Annotated[
        str | None, typer.Argument(help="Pertanyaan; tanpa ini dibaca per baris dari stdin.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Keluaran JSON (satu objek per pertanyaan).")
    ] = False,
) -> None:
    """Jawab pertanyaan dari basis pengetahuan, dengan sumber."""
    _serving()
    answerer = _answerer(_settings())
    if question is not None:
        _print_answer(answerer.answer(question), as_json)
        return
    for line in sys.stdin:
        if line.strip():
            _print_answer(answerer.answer(line.strip()), as_json)
            sys.stdout.flush()


def _question_loop(settings: Settings) -> None:
    """Plain terminal Q&A, used until the full chat exists."""
    answerer = _answerer(settings)
    typer.echo("Pandu siap. Ketik pertanyaan (Ctrl+D untuk keluar).")
    for line in sys.stdin:
        if line.strip():
            typer.echo(answerer.answer(line.strip()).text + "\n")


@app.command()
def chat() -> None:
    """Bicara dengan Pandu di terminal, tanpa Telegram (tombol dipilih dengan nomornya)."""
    _serving()
    settings = _settings()
    _writable_data_dir(settings)
    _prepare_index(settings)
    _chat(settings)


BUSY = 3  # _ingest's code when another process holds the ingest lock


def _default_paths(settings: Settings, engine=None) -> list[Path]:
    """What this data dir keeps indexed (ingest.roots)."""
    from ingest.roots import roots

    return roots(engine or _database(settings), settings.data_dir, settings.knowledge_paths)


def _prepare_index(settings: Settings) -> None:
    """The configured knowledge base, brought up to date before serving; when another process
    is indexing the same data dir, serving starts anyway (it sees that ingest when it commits)."""
    paths = _default_paths(settings)
    code = _ingest(settings, paths, rebuild=False, quiet=True, keep=paths)
    if code not in (0, BUSY):
        raise typer.Exit(code)


def _writable_data_dir(settings: Settings) -> None:
    """A data dir that is read-only, full, or not a folder stops the bot at start-up with
    what to check, not with a traceback from the first write deep inside."""
    from bot.services import check_writable

    try:
        check_writable(settings.data_dir)
    except OSError as exc:
        typer.echo(
            f"Folder data {settings.data_dir} tidak bisa ditulisi ({exc.strerror or exc})."
            " Periksa PANDU_DATA_DIR, izin folder itu, dan ruang disk.",
            err=True,
        )
        raise typer.Exit(1) from exc


def _chat(settings: Settings) -> None:
    import asyncio

    from bot.app import build_application, build_services
    from bot.chat import CHAT_USER_ID, TerminalChat

    services = build_services(settings, open_store(settings), build_embedder(settings))
    services.reminders_only_to = CHAT_USER_ID  # never print other users' reminders here
    terminal = TerminalChat()
    application = build_application(
        settings, services, request=terminal.transport, rate_limit=False
    )
    asyncio.run(terminal.run(application, sys.stdin, sys.stdin.isatty()))


@app.command()
def run(
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="URL publik webhook (tanpa ini: long polling).")
    ] = None,
    listen: Annotated[str, typer.Option(help="Alamat server webhook.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port server webhook.")] = 8443,
) -> None:
    """Jalankan bot Telegram (long polling, atau webhook dengan token rahasia)."""
    _serving()
    settings = _settings()
    _run_bot(settings, webhook_url=webhook, listen=listen, port=port)


def _run_bot(settings: Settings, **options) -> None:
    from bot.run import StartupProblem, TokenProblem, check_token, run_bot

    try:
        check_token(settings)
    except TokenProblem as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    _writable_data_dir(settings)
    from knowledge.search import ModelMismatchError, VectorServerUnreachable

    try:  # the knowledge base is brought up to date in the background (bot.indexing)
        store = open_store(settings)
        store.open_vectors()  # a Chroma server that does not answer: said now, not at a question
        run_bot(
            settings,
            store,
            build_embedder(settings),
            index_paths=_default_paths(settings, store.engine),
            **options,
        )
    except (ModelMismatchError, VectorServerUnreachable) as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    except TokenProblem as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    except StartupProblem as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc


def _database(settings: Settings):
    """The SQL database alone (HR commands need no index or model)."""
    from storage.db import create_tables, make_engine

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.sql_url())
    create_tables(engine)
    return engine


def _hr_scope(settings: Settings, start: str, end: str, unit: str | None):
    """The database, and the scope of an operator's export or summary (every unit, or one)."""
    from knowledge.text.dates import parse_date
    from storage import units
    from storage.db import session_scope
    from storage.summary import Scope

    engine = _database(settings)
    first, last = parse_date(start), parse_date(end)
    if first is None or last is None or first > last:
        typer.echo("Tanggal tidak dikenali (contoh: --from 2026-10-01 --to 2026-10-31).", err=True)
        raise typer.Exit(2)
    chosen = None
    if unit:
        with session_scope(engine) as session:
            found = units.resolve(session, text=unit)
        if found is None:
            typer.echo(f"Unit '{unit}' tidak ada di daftar unit (lihat /unit).", err=True)
            raise typer.Exit(2)
        chosen = [found]
    return engine, Scope(chosen, first, last)


def _hr_records(settings: Settings, engine, scope, action: str):
    from storage import roles
    from storage.clock import SystemClock
    from storage.db import session_scope
    from storage.summary import records

    clock = SystemClock(settings.timezone)
    with session_scope(engine) as session:
        data = records(session, scope=scope)
        roles.record(
            session,
            actor_id=0,
            action=action,
            units=scope.unit_names,
            start=scope.start,
            end=scope.end,
            now=clock.now(),
        )
    return data, clock


FROM = Annotated[str, typer.Option("--from", help="Tanggal awal (2026-10-01 atau 01/10/2026).")]
TO = Annotated[str, typer.Option("--to", help="Tanggal akhir.")]
UNIT = Annotated[str | None, typer.Option("--unit", help="Satu unit (bawaan: semua unit).")]


@app.command()
def export(
    start: FROM,
    end: TO,
    out: Annotated[Path | None, typer.Option("--out", help="Berkas XLSX yang ditulis.")] = None,
    csv_dir: Annotated[
        Path | None, typer.Option("--csv", help="Folder: satu CSV per lembar.")
    ] = None,
    unit: UNIT = None,
) -> None:
    """Ekspor data SDM (log belajar, laporan, evaluasi, umpan balik, per pegawai) ke XLSX/CSV."""
    from bot.hr import export as hr_export

    if out is None and csv_dir is None:
        typer.echo("Sebutkan --out FILE.xlsx dan/atau --csv FOLDER.", err=True)
        raise typer.Exit(2)
    settings = _settings()
    engine, scope = _hr_scope(settings, start, end, unit)
    data, clock = _hr_records(settings, engine, scope, "export")
    book = hr_export.sheets(data, today=clock.today(), due_days=settings.report_due_days)
    if out is not None:
        out.write_bytes(hr_export.to_xlsx(book))
        typer.echo(f"Ditulis: {out}")
    for path in hr_export.to_csv(book, csv_dir) if csv_dir is not None else []:
        typer.echo(f"Ditulis: {path}")


@app.command()
def summary(start: FROM, end: TO, unit: UNIT = None) -> None:
    """Cetak ringkasan SDM untuk periode (dan unit) itu, seperti /ringkasan."""
    import html
    import re

    from bot.hr import summary as hr_summary
    from bot.texts import texts
    from storage.summary import summarise

    settings = _settings()
    engine, scope = _hr_scope(settings, start, end, unit)
    data, clock = _hr_records(settings, engine, scope, "summary")
    figures = summarise(
        data,
        scope=scope,
        today=clock.today(),
        due_days=settings.report_due_days,
        min_group=settings.hr_min_group,
    )
    text = hr_summary.render(figures, scope, texts("id"), settings.hr_min_group)
    typer.echo(html.unescape(re.sub(r"<[^>]+>", "", text)))


@app.command()
def doctor() -> None:
    """Periksa konfigurasi, folder data, basis data, indeks, model, dan Telegram."""
    from bot.doctor import FAILED, run_checks

    try:
        settings = _settings()
    except ValueError as exc:  # a setting that does not parse: say which, exit 2
        typer.echo(f"Konfigurasi: GAGAL — {exc}", err=True)
        raise typer.Exit(2) from exc
    checks = run_checks(settings, build_embedder)
    for check in checks:
        typer.echo(f"{check.name:<16} {check.state:<9} {check.detail}")
    raise typer.Exit(1 if any(c.state == FAILED for c in checks) else 0)


db_app = typer.Typer(help="Basis data SQL: migrasi skema.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Revisi tujuan (bawaan: terbaru).")] = "head",
) -> None:
    """Bawa skema basis data ke revisi terbaru (juga dijalankan otomatis saat mulai)."""
    from storage.db import current_revision, migrate

    settings = _settings()
    engine = _database(settings)  # migrates to the newest revision
    if revision != "head":
        migrate(engine, revision=revision)
    typer.echo(f"Skema basis data pada revisi {current_revision(engine)}.")


@app.command("units")
def load_units(
    path: Annotated[
        Path,
        typer.Argument(
            help="Daftar unit: YAML (units: [{name, aliases}]) atau CSV (name,aliases)."
        ),
    ],
) -> None:
    """Muat daftar unit kerja dan petakan unit yang diketik pegawai ke daftar itu."""
    from storage import units
    from storage.clock import SystemClock
    from storage.db import session_scope

    settings = _settings()
    engine = _database(settings)
    try:
        specs = units.read_units(path)
    except (OSError, ValueError) as exc:
        typer.echo(f"Daftar unit tidak bisa dibaca: {exc}", err=True)
        raise typer.Exit(2) from exc
    with session_scope(engine) as session:
        listed, mapped = units.load(session, specs=specs, now=SystemClock(settings.timezone).now())
    typer.echo(f"{listed} unit dimuat; {mapped} profil dipetakan ke daftar unit.")


@app.callback(invoke_without_command=True)
def main(ctx: typer.Context) -> None:
    """Tanpa subperintah: siapkan indeks lalu jalankan pekerjaan utama."""
    if ctx.invoked_subcommand is not None:
        return
    _serving()
    settings = _settings()
    if settings.telegram_bot_token:
        _run_bot(settings)
        return
    _writable_data_dir(settings)
    _prepare_index(settings)
    _chat(settings)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
