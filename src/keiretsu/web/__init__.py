"""The web UI: static files the API server serves as they are (no build step, no CDN).

Every piece of news text reaches the page through ``textContent``, never as markup; the
server's Content-Security-Policy forbids inline scripts as a second wall."""

from __future__ import annotations

from importlib import resources

#: The only files the server hands out, by name: nothing is looked up on disk from a request.
TYPES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}


def assets() -> dict[str, bytes]:
    folder = resources.files("keiretsu.web").joinpath("static")
    return {name: folder.joinpath(name).read_bytes() for name in TYPES}
