"""Time comes from one clock (storage/clock.py): no other module reads the machine's date, so
no test depends on the day it runs."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "knowledge", "ingest", "storage")
ALLOWED = {
    "storage/clock.py",  # the clock itself
    "bot/transport.py",  # the in-process Telegram's own message timestamps, as Telegram's are
}
FORBIDDEN = {("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("time", "time")}


def readers_of_the_machine_clock() -> list[str]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in ALLOWED:
                continue
            for node in ast.walk(ast.parse(path.read_text(), relative)):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and (node.func.value.id, node.func.attr) in FORBIDDEN
                ):
                    found.append(
                        f"{relative}:{node.lineno} {node.func.value.id}.{node.func.attr}()"
                    )
    return found


def test_only_the_clock_reads_the_date():
    assert readers_of_the_machine_clock() == []
