"""What the corpus-level graph tests share (tests/graph/test_aliases.py, test_nodes.py): fresh stores
on each backend, and news sent through every real stage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from keiretsu.dedup import Deduplicator
from keiretsu.extract.step import ExtractStage
from keiretsu.graph import GraphStage
from keiretsu.graph.build import GraphResult
from keiretsu.stages import make_extractor
from keiretsu.store import Store, open_store

from ..conftest import BACKENDS, new_store_url
from ..store.test_contract import cleaned, ingested


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


@pytest.fixture(params=BACKENDS)
def new_store(request, tmp_path: Path) -> Iterator:
    """Makes a new, empty store by name, on the test's backend; all are closed after it."""
    opened: list[Store] = []

    def make(name: str) -> Store:
        (tmp_path / name).mkdir()
        opened.append(open_store(new_store_url(request.param, tmp_path / name, request)))
        return opened[-1]

    yield make
    for s in opened:
        s.close()


def add(store: Store, extractor, news: list[tuple], rebuild: bool = False) -> GraphResult:
    """The news through every stage, as ``keiretsu build`` runs them."""
    ingested(store, cleaned(news))
    Deduplicator(store).run()
    ExtractStage(store, extractor).run()
    return GraphStage(store).run(rebuild=rebuild)
