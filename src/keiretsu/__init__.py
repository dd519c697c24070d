"""keiretsu: a deduplicated, time-aware, evidence-backed graph of corporate relationships.

The build as a library (see ``keiretsu.stages``)::

    import keiretsu

    result = keiretsu.build(["news/"], "keiretsu.db")
    print(result.as_dict())
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .settings import Settings
    from .stages import BuildResult, build, make_extractor, run_dedup, run_extract, run_graph, run_ingest
    from .store import open_store

__all__ = ["BuildResult", "Settings", "__version__", "build", "make_extractor", "open_store", "run_dedup",
           "run_extract", "run_graph", "run_ingest"]


def __getattr__(name: str) -> Any:
    """The names above, imported when first used: ``import keiretsu.settings`` (a worker, a
    test) need not load the pipeline."""
    if name not in __all__:
        raise AttributeError(f"module 'keiretsu' has no attribute {name!r}")
    from importlib import import_module

    module = {"Settings": "settings", "open_store": "store"}.get(name, "stages")
    return getattr(import_module(f".{module}", __name__), name)
