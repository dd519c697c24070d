"""Clean: markup to text, normalisation, in-document repetition, dates in the text."""

from .step import CleanStep, content_hash

__all__ = ["CleanStep", "content_hash"]
