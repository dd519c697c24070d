"""Shared fixtures. The store behind them is chosen by ``KEIRETSU_TEST_BACKEND``: ``sqlite`` (the
default, a file per test) or ``postgresql``, on the server ``KEIRETSU_TEST_POSTGRES`` names, or
else on one started here with ``scripts/pg-test-server.sh`` where PostgreSQL is installed; each
test gets a database of its own. Without a server the PostgreSQL tests skip with the reason,
except under ``CI=true``, where they fail: CI must run them. Tests that read SQLite's own files
are marked ``sqlite_only``."""

from __future__ import annotations

import glob
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from keiretsu.cli.main import sample_dir
from keiretsu.settings import Settings
from keiretsu.store import open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BACKENDS = ("sqlite", "postgresql")
BACKEND = os.environ.get("KEIRETSU_TEST_BACKEND", "sqlite")
if BACKEND not in BACKENDS:
    raise pytest.UsageError(f"KEIRETSU_TEST_BACKEND={BACKEND!r}: give one of {', '.join(BACKENDS)}")


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "sqlite_only: reads SQLite's files or pragmas; skipped on PostgreSQL")


def pytest_collection_modifyitems(config, items) -> None:
    if BACKEND != "sqlite":
        skip = pytest.mark.skip(reason="reads SQLite's own files: KEIRETSU_TEST_BACKEND=sqlite runs it")
        for item in items:
            if "sqlite_only" in item.keywords:
                item.add_marker(skip)


def _no_server(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must run the PostgreSQL tests (`make test` starts a server)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server whose user may create databases."""
    if url := os.environ.get("KEIRETSU_TEST_POSTGRES"):
        yield url
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_server("no PostgreSQL tests: psycopg is not installed (pip install 'keiretsu[postgres]')")
    # Started only where the server is installed already: installing is `make test`'s business.
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        _no_server("no PostgreSQL server: set KEIRETSU_TEST_POSTGRES, or install Debian's postgresql")
    proc = subprocess.run([str(REPO / "scripts/pg-test-server.sh"), "start"], capture_output=True, text=True,
                          timeout=120)
    if proc.returncode != 0:
        _no_server(f"no PostgreSQL server: scripts/pg-test-server.sh failed: {proc.stderr.strip()[-300:]}")
    folder = next(line[5:] for line in proc.stderr.splitlines() if line.startswith("dir: "))
    try:
        yield proc.stdout.strip()
    finally:
        subprocess.run([str(REPO / "scripts/pg-test-server.sh"), "stop", folder], capture_output=True, timeout=120)


def pg_database(server: str) -> tuple[str, object]:
    """A new, empty database on ``server``: its URL, and what drops it."""
    import psycopg

    name = f"kt_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")

    def drop() -> None:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    return urlunsplit(urlsplit(server)._replace(path=f"/{name}")), drop


def new_store_url(backend: str, folder: Path, request) -> str:
    """Where a new, empty store of ``backend`` goes: a file in ``folder``, or a database of its own."""
    if backend == "sqlite":
        return str(folder / "k.db")
    url, drop = pg_database(request.getfixturevalue("pg_server"))
    request.addfinalizer(drop)
    return url


@pytest.fixture
def store_url(tmp_path: Path, request) -> str:
    """A new, empty store on the backend under test."""
    return new_store_url(BACKEND, tmp_path, request)


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
def settings(tmp_path: Path, store_url: str) -> Settings:
    return Settings(db=Path(store_url) if BACKEND == "sqlite" else store_url)


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
def sample_graph(tmp_path_factory, request) -> Path | str:
    """A store built by `keiretsu build` from the news above (a file, or a PostgreSQL URL);
    tests must not write to it."""
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
    db: Path | str = tmp_path_factory.mktemp("graph") / "k.db"
    if BACKEND != "sqlite":
        db = new_store_url(BACKEND, Path(), request)
    proc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(db), "build", "-q", str(folder)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return db
