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


# The news behind the API and web UI tests: the samples, a republished copy of one (a duplicate
# cluster), an earlier dated report (so that "as of" has something to wind back), and an article
# that carries markup meant to run in a browser.
HOSTILE = ('Nissan and Renault agreed a new partnership on Friday. <script>window.__pwned = 1</script> '
           '<img src=x onerror="window.__pwned = 2"> Renault holds 43% of Nissan.')
EARLIER = {"id": "wire-2023-06-01", "title": "Honda and Sony to form EV joint venture", "published": "2023-06-01",
           "source": "Example Wire",
           "text": "Honda Motor Co and Sony Group Corp agreed on Thursday to form a joint venture to build electric "
                   "vehicles, the companies said."}


@pytest.fixture(scope="session")
def sample_graph(tmp_path_factory) -> Path:
    """A store built by `keiretsu build` from the news above; tests must not write to it."""
    import json
    import shutil
    import subprocess
    import sys

    folder = tmp_path_factory.mktemp("news")
    for f in sample_dir().iterdir():
        shutil.copy(f, folder / f.name)
    original = (sample_dir() / "nissan-honda-ev-talks.txt").read_text(encoding="utf-8")
    (folder / "nissan-honda-ev-talks-republished.txt").write_text(
        original + "\n\nThis article was republished from Example Wire.\n", encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE + "\n", encoding="utf-8")
    (folder / "earlier.jsonl").write_text(json.dumps(EARLIER) + "\n", encoding="utf-8")
    db = tmp_path_factory.mktemp("graph") / "k.db"
    proc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(db), "build", "-q", str(folder)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return db
