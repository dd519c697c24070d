"""What every command shares: the Typer app, the consoles, the store option, progress bars."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from .. import __version__
from ..store import Store, open_store

app = typer.Typer(
    help="keiretsu: a deduplicated, time-aware, evidence-backed graph of corporate relationships from news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


class _State:
    db: Path = Path("keiretsu.db")


state = _State()


def _version(value: bool) -> None:
    if value:
        print(f"keiretsu {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    db: Annotated[
        Path, typer.Option("--db", envvar="KEIRETSU_DB", help="SQLite file of the store.", show_default=True)
    ] = Path("keiretsu.db"),
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    state.db = db


def _store() -> Store:
    return open_store(state.db)


@contextmanager
def opened() -> Iterator[Store]:
    """The store for the length of a command."""
    store = _store()
    try:
        yield store
    finally:
        store.close()


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def _progress(label: str, quiet: bool, *columns: ProgressColumn) -> Progress:
    """A bar with rate and ETA on stderr, shown only on a terminal."""
    return Progress(
        TextColumn(f"[bold]{label}"), BarColumn(), TaskProgressColumn(), *columns, TimeElapsedColumn(),
        TimeRemainingColumn(), console=err, disable=quiet or not err.is_terminal,
    )
