"""keiretsu: a deduplicated, time-aware, evidence-backed graph of corporate relationships."""

__version__ = "0.1.0"
