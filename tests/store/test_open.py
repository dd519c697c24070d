"""Store addresses: what `open_store` and `--db` accept, and one line for what they do not."""

from __future__ import annotations

import subprocess
import sys

import pytest

from keiretsu.errors import StoreError
from keiretsu.store import backend_of, sqlite_path


@pytest.mark.parametrize("url, backend", [("news.db", "sqlite"), ("sqlite:///news.db", "sqlite"),
                                          ("postgresql://u@h:5432/news", "postgresql"),
                                          ("postgres://h/news", "postgresql")])
def test_an_address_names_its_backend(url, backend):
    assert backend_of(url) == backend


def test_sqlite_urls_name_relative_and_absolute_files():
    assert str(sqlite_path("sqlite:///news.db")) == "news.db"
    assert str(sqlite_path("sqlite:////srv/news.db")) == "/srv/news.db"


@pytest.mark.parametrize("url, says", [("mysql://a/b", "not a store keiretsu can open"),
                                       ("postgresql://u:secret@[bad/x", "not a valid database URL"),
                                       ("postgresql://u:secret@host:99999/x", "not a valid database URL")])
def test_a_bad_address_is_one_line_without_its_password(url, says):
    with pytest.raises(StoreError, match=says):
        backend_of(url)
    proc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", url, "stats"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert says in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "secret" not in proc.stderr + proc.stdout and "Traceback" not in proc.stderr
