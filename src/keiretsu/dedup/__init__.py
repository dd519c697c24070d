"""Dedup: one story counted once, with every copy and outlet kept."""

from .step import DedupResult, DedupSettings, Deduplicator

__all__ = ["DedupResult", "DedupSettings", "Deduplicator"]
