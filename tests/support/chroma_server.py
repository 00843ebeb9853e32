"""A real Chroma server for tests: ``chroma run`` on a free 127.0.0.1 port, data in a temporary
folder, telemetry off, stopped at the end.

    with ChromaServer(tmp_path / "chroma") as server:
        store = KnowledgeStore(data_dir, chroma_url=server.url)

``chroma_server`` is the session fixture (one server for the whole session; every store made
on a new data dir gets its own collection on it, so tests stay independent). A server that
cannot start fails the test with its log: never a skip, which would hide a broken setup.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

START_SECONDS = 60.0  # a cold start on a loaded 2-core machine takes a few seconds


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def chroma_binary() -> str:
    """The ``chroma`` CLI of the running interpreter's environment (else the one on PATH)."""
    beside = Path(sys.executable).parent / "chroma"
    found = str(beside) if beside.exists() else shutil.which("chroma")
    if found is None:
        pytest.fail("the chroma CLI is not installed (pip install chromadb)", pytrace=False)
    return found


class ChromaServer:
    """One ``chroma run`` process; ``url`` once started."""

    def __init__(self, path: Path, port: int | None = None) -> None:
        self.path = Path(path)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = self.path.parent / f"{self.path.name}-server.log"
        self.process: subprocess.Popen | None = None
        self.started_in: float | None = None  # seconds until the heartbeat answered

    def start(self, tries: int = 3) -> ChromaServer:
        """Start and wait for the heartbeat; a server that exits at once (its free port taken
        meanwhile) is tried again on another port."""
        self.path.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "NO_COLOR": "1"}
        began = time.monotonic()
        for attempt in range(1, tries + 1):
            command = [chroma_binary(), "run", "--path", str(self.path)]
            command += ["--host", "127.0.0.1", "--port", str(self.port)]
            with self.log.open("w") as log:
                self.process = subprocess.Popen(
                    command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    env=env,
                )
            while time.monotonic() - began < START_SECONDS:
                if self.process.poll() is not None:
                    break
                if self.alive():
                    self.started_in = time.monotonic() - began
                    return self
                time.sleep(0.05)
            else:
                self.stop()
                self._fail(f"did not answer its heartbeat within {START_SECONDS:.0f} s")
            if attempt == tries:
                self._fail(f"exited with {self.process.returncode}")
            self.port = free_port()
            self.url = f"http://127.0.0.1:{self.port}"
        return self

    def alive(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1) as reply:
                return reply.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def _fail(self, what: str) -> None:
        tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
        pytest.fail(f"chroma run on {self.url} {what}; its log:\n{tail}", pytrace=False)

    def __enter__(self) -> ChromaServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """One Chroma server for the test session (import this fixture into a conftest)."""
    with ChromaServer(tmp_path_factory.mktemp("chroma-server") / "data") as server:
        yield server
