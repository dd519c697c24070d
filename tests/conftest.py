from __future__ import annotations

from pathlib import Path

import pytest

from keiretsu.cli.main import sample_dir
from keiretsu.settings import Settings
from keiretsu.store import open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def samples() -> Path:
    """The shipped copy of ../shared/samples (the package must work without ../shared)."""
    return sample_dir()


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "k.db")


@pytest.fixture
def store(settings: Settings):
    s = open_store(settings.db)
    yield s
    s.close()


@pytest.fixture
def http_server():
    """A real HTTP server on loopback serving a folder; returns its base URL."""
    import functools
    import http.server
    import threading

    servers = []

    def start(root: Path) -> str:
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
        handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
