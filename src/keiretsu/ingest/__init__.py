"""Ingest: find inputs, read every common news format, yield ``RawDocument``s."""

from .read import ReadStep
from .sources import Source, expand_inputs

__all__ = ["ReadStep", "Source", "expand_inputs"]
