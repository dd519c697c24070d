"""The REST API over the graph, and the server of the web UI."""

from .app import create_app

__all__ = ["create_app"]
