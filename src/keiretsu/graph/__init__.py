"""The graph: mentions weighed into relationships with a status history (``consolidate``),
valid time read from the text (``time``), documents grouped into stories (``stories``), built
incrementally (``build``), read (``query``) and exported (``export``)."""

from .build import GraphResult, GraphStage
from .consolidate import GraphSettings, consolidate

__all__ = ["GraphResult", "GraphSettings", "GraphStage", "consolidate"]
