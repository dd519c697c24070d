"""``keiretsu serve``: the web app and the REST API."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from .app import app, err, shown_db, state


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 serves the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free one).")] = 8000,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Server processes (default: KEIRETSU_WORKERS, else up to 2 cores).")
    ] = None,
    write: Annotated[bool, typer.Option("--write", help="Allow POST /api/documents to add news (one process).")] = False,
    cors_origin: Annotated[
        list[str], typer.Option("--cors-origin", help="Let pages from this origin call the API (repeatable).")
    ] = [],  # noqa: B006 - Typer reads the default
    allow_host: Annotated[
        list[str], typer.Option("--allow-host", metavar="NAME",
                                help="Also answer requests whose Host header is NAME, e.g. the name a proxy or "
                                     "other machines use (repeatable). Loopback names are always answered.")
    ] = [],  # noqa: B006 - Typer reads the default
    max_body_mb: Annotated[
        int | None, typer.Option(min=1, help="Largest request body in MB; larger ones get 413 (default 8).")
    ] = None,
    max_header_kb: Annotated[
        int | None, typer.Option(min=1, help="Largest request line and headers in KB; more gets 431 (default 64).")
    ] = None,
) -> None:
    """The web app and the REST API (OpenAPI at /api/openapi.json), read-only unless --write."""
    import ipaddress
    import os

    import uvicorn

    from ..api import create_app
    from ..store import backend_of, sqlite_path

    defaults = state.settings
    max_body = max_body_mb * 1024 * 1024 if max_body_mb else defaults.api_max_body
    max_headers = max_header_kb * 1024 if max_header_kb else defaults.api_max_headers
    try:
        ipaddress.ip_address(host)
        hosts = allow_host  # an address is answered where requests come in on it, at this port
    except ValueError:
        hosts = [*allow_host, host]  # a name to listen on is one of the server's names
    api = create_app(defaults.db, write=write, cors_origins=cors_origin, allowed_hosts=hosts, max_body=max_body,
                     max_headers=max_headers)  # fails here, once, on a bad store
    # Each process answers one query at a time; a second one uses the second core. Adding
    # documents runs a build, which one process at a time must do.
    processes = 1 if write else workers or defaults.workers
    mode = "read-write" if write else "read-only"
    err.print(f"keiretsu: serving {escape(shown_db())} ({mode}, {processes} process(es)) at "
              f"http://{host}:{port}/  (Ctrl-C stops)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print("[yellow]warning:[/] listening beyond this machine; there is no authentication")
        if not allow_host:
            err.print("  requests that name this machine (not its address) need --allow-host NAME")
    # h11, not httptools: h11 bounds what it holds while it waits for the end of the headers.
    options = dict(host=host, port=port, log_level="warning", access_log=False, http="h11",
                   h11_max_incomplete_event_size=max_headers)
    if processes == 1:
        uvicorn.run(api, **options)
    else:
        db = defaults.db
        os.environ["KEIRETSU_DB"] = str(sqlite_path(db).resolve() if backend_of(db) == "sqlite" else db)
        os.environ["KEIRETSU_CORS_ORIGINS"] = "\n".join(cors_origin)
        os.environ["KEIRETSU_ALLOWED_HOSTS"] = "\n".join(hosts)
        os.environ["KEIRETSU_MAX_BODY"] = str(max_body)
        os.environ["KEIRETSU_MAX_HEADERS"] = str(max_headers)
        uvicorn.run("keiretsu.api.app:from_env", factory=True, workers=processes, **options)
