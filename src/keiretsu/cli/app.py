"""What every command shares: the Typer app, the consoles, the store option, progress bars."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import urlsplit

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
from ..settings import Settings
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
    #: The environment's settings with the global options: the one place that says where the store is.
    settings: Settings = Settings()


state = _State()


def _version(value: bool) -> None:
    if value:
        print(f"keiretsu {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    db: Annotated[
        str, typer.Option("--db", envvar="KEIRETSU_DB", metavar="PATH_OR_URL", show_default=True,
                          help="The store: a SQLite file, sqlite:///PATH or postgresql://HOST/DATABASE.")
    ] = "keiretsu.db",
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    state.settings = Settings.from_env(db=db)


def settings(**options: Any) -> Settings:
    """The command's settings: the global ones with the command's options that were given."""
    return replace(state.settings, **{k: v for k, v in options.items() if v is not None})


def shown_db() -> str:
    """Where the store is, for messages: as given, less a URL's password."""
    db = str(state.settings.db)
    password = urlsplit(db).password if "://" in db else None
    return db.replace(f":{password}@", "@", 1) if password else db


def _store() -> Store:
    return open_store(state.settings.db)


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
