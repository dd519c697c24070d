"""One typed settings object: defaults here, overridable by environment and CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    #: SQLite file of the embedded default store (env ``KEIRETSU_DB``).
    db: Path = Path("keiretsu.db")
    #: Documents written per transaction. Larger is faster; a crash loses at most one batch,
    #: which the next run writes again.
    batch_size: int = 2000
    #: Decode inputs with this encoding instead of refusing what is not UTF-8
    #: (env ``KEIRETSU_ENCODING``). ``None``: UTF-8 (UTF-16/32 with a BOM), nothing guessed.
    encoding: str | None = None
    #: A paragraph that repeats an earlier one is dropped only if it has at least this many
    #: words: short repeated lines are often table rows ("Shr 10 cts vs 8 cts") that mean
    #: something different under each heading.
    min_repeat_words: int = 8
    #: Input field names, by keiretsu field (``text``, ``title``, ...), for tabular inputs.
    field_map: dict[str, str] = field(default_factory=dict)
    #: Processes for ingestion (env ``KEIRETSU_WORKERS``): with 2, one reads and cleans while
    #: the other writes to the store; 1 runs everything in one process.
    workers: int = field(default_factory=lambda: min(2, os.cpu_count() or 1))
    #: Seconds before giving up on a URL.
    http_timeout: float = 30.0
    #: The relation classifier's weights (env ``KEIRETSU_RELATION_MODEL``), as written by
    #: ``keiretsu train relations``; ``None``: the model shipped in the package.
    relation_model: Path | None = None

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        env = {}
        if db := os.environ.get("KEIRETSU_DB"):
            env["db"] = Path(db)
        if enc := os.environ.get("KEIRETSU_ENCODING"):
            env["encoding"] = enc
        if model := os.environ.get("KEIRETSU_RELATION_MODEL"):
            env["relation_model"] = Path(model)
        if workers := os.environ.get("KEIRETSU_WORKERS"):
            env["workers"] = max(1, int(workers))
        known = {f.name for f in fields(cls)}
        given = {k: v for k, v in overrides.items() if k in known and v is not None}
        return replace(cls(), **{**env, **given})
