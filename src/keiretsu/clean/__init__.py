"""Clean: markup to text, normalisation, in-document repetition, dates in the text."""

from __future__ import annotations

from typing import Any

__all__ = ["CleanStep", "content_hash"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the graph stage needs only ``clean.dates``, not the HTML readers.
    if name in __all__:
        from . import step

        return getattr(step, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
