"""The ``keiretsu`` command line: the commands, by group, in the modules beside this one."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from rich.markup import escape

from ..errors import KeiretsuError
from ..store.sqlite import disk_full, is_disk_full
# Each registers its commands; ``keiretsu --help`` lists them in this order.
from . import pipeline  # noqa: F401,I001 - ingest, dedup, extract, build, demo
from . import inspect  # noqa: F401 - docs, doc, stats, runs, duplicates, mentions
from . import serve  # noqa: F401
from . import graph  # noqa: F401 - relations, company, stories, ...
from . import eval  # noqa: F401 - eval dedup, extract, docs, ...
from . import train  # noqa: F401 - train relations
from .app import app, err, state
from .pipeline import sample_dir  # noqa: F401 - the tests find the samples here


def main() -> None:
    try:
        app()
    except KeiretsuError as e:
        err.print(f"[red]error:[/] {escape(str(e))}", soft_wrap=True)  # one line, whatever the width
        sys.exit(2)
    except (sqlite3.Error, OSError) as e:
        if not is_disk_full(e):  # what the store's writes do not translate themselves (a sort's spill)
            raise
        err.print(f"[red]error:[/] {escape(str(disk_full(Path(state.settings.db))))}", soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]: what was committed is kept; run the command again to finish")
        sys.exit(130)
