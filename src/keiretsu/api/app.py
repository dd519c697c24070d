"""The REST API and the web UI's server: FastAPI over the store.

Reads go through read-only SQLite connections, so nothing a request asks can write. They run
on the event loop itself (``async def``): a query takes milliseconds, and one thread doing one
at a time answered a 200-edge neighbourhood 3-4x faster under load than a thread pool fighting
over the GIL (bench/api.py). The one write endpoint (adding documents) exists only when the
server was started with ``write=True``; it runs the library's build (``keiretsu.stages``) in a
process the server owns (``_Builder``), from a worker thread, so that reads go on meanwhile."""

from __future__ import annotations

import functools
import inspect
import ipaddress
import json
import os
import multiprocessing
import re
import sqlite3
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Annotated, Any

import orjson
from fastapi import FastAPI, Query
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request

from .. import __version__
from ..errors import KeiretsuError, NotFound, StoreBusy
from ..graph import query
from ..models import RELATION_TYPES, RelationType, Status
from ..settings import Settings
from ..store import Store, backend_of, open_store, sqlite_path
from ..web import TYPES, assets

#: The largest page any list endpoint returns; bigger requests are refused, not truncated.
MAX_PAGE = 500
#: Documents one write request may add.
MAX_POST = 1000
#: The largest id SQLite can hold (a signed 64-bit integer): a larger one names nothing, and
#: binding it would overflow.
MAX_ID = 2**63 - 1
#: Names that always reach this machine: a page cannot re-point them by DNS.
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})

# The UI loads nothing from elsewhere and runs no inline script: news text cannot become code.
_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                 b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class JSON(JSONResponse):
    """orjson: a 200-edge neighbourhood encodes in a tenth of the time ``json`` takes."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, default=str, option=orjson.OPT_NON_STR_KEYS)


class _SecurityHeaders:
    """Pure ASGI (no per-request task) so it costs nothing measurable."""

    def __init__(self, app: Callable[..., Awaitable[None]]):
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


async def _refuse(scope: MutableMapping[str, Any], receive: Callable, send: Callable, status: int,
                  message: str) -> None:
    await JSON({"error": message}, status_code=status)(scope, receive, send)


def _host(value: str) -> tuple[str, int | None] | None:
    """A ``Host`` header as (name, port): lower case, IPv6 without its brackets; None if it is
    not one."""
    m = re.fullmatch(r"(\[[0-9A-Fa-f:.]+\]|[^:\[\]/@\s]+)(?::(\d{1,5}))?", value)
    if m is None:
        return None
    return m.group(1).strip("[]").lower().rstrip("."), int(m.group(2)) if m.group(2) else None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class _HostCheck:
    """Answers only requests that name this server in ``Host``. DNS rebinding points a web
    page's own name at 127.0.0.1, so that the page can read a local server through the user's
    browser; the browser still sends the page's name, which is refused here. Allowed: the
    loopback names and the address the request came in on, at the server's port, and the
    ``allowed`` names (``serve --allow-host``) at any port."""

    def __init__(self, app: Callable[..., Awaitable[None]], allowed: frozenset[str]):
        self.app, self.allowed = app, allowed

    async def __call__(self, scope: MutableMapping[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        value = next((v for k, v in scope["headers"] if k == b"host"), b"").decode("latin-1")
        found = _host(value)
        if found is None:
            return await _refuse(scope, receive, send, 400, f"bad or missing Host header {value[:100]!r}")
        name, port = found
        local, local_port = scope.get("server") or (None, None)
        ours = name in LOOPBACK or (name == local and _is_ip(name))
        if name not in self.allowed and not (ours and port in (None, local_port)):
            return await _refuse(scope, receive, send, 400, f"Host {value[:100]!r} is not a name of this server: "
                                                            f"start it with `--allow-host {name[:100]}` to answer it")
        await self.app(scope, receive, send)


class _Sizes:
    """Refuses a request line and headers over ``max_headers`` bytes (431), and a body over
    ``max_body`` (413): at once when its Content-Length says so, else as soon as the bytes read
    pass it, so that it is never held whole. (uvicorn's h11 bounds what it buffers of the
    headers, but lets through up to one read's worth; this makes the limit exact.)"""

    def __init__(self, app: Callable[..., Awaitable[None]], max_body: int, max_headers: int):
        self.app, self.max_body, self.max_headers = app, max_body, max_headers
        self.too_big = (f"the request body is over the server's limit of {max_body:,} bytes: start it with "
                        f"`--max-body-mb` to raise it")

    async def __call__(self, scope: MutableMapping[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        head = len(scope.get("raw_path") or b"") + len(scope["query_string"]) + sum(
            len(k) + len(v) + 4 for k, v in scope["headers"])
        if head > self.max_headers:
            return await _refuse(scope, receive, send, 431, f"the request line and headers are over the server's "
                                 f"limit of {self.max_headers:,} bytes: start it with `--max-header-kb` to raise it")
        length = next((v for k, v in scope["headers"] if k == b"content-length"), b"")
        if length.isdigit() and int(length) > self.max_body:
            return await _refuse(scope, receive, send, 413, self.too_big)
        read = 0

        async def counted() -> MutableMapping[str, Any]:
            nonlocal read
            message = await receive()
            read += len(message.get("body", b""))
            if read > self.max_body:
                raise HTTPException(413, self.too_big)  # the route's error handler answers it
            return message

        await self.app(scope, counted, send)


class _Head:
    """HEAD answered as GET without the body, on every route that answers GET."""

    def __init__(self, app: Callable[..., Awaitable[None]]):
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def headers_only(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def _in_snapshot(store: Store, endpoint: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """The endpoint with all its reads in one snapshot of the store, so that a build committing
    meanwhile (even ``build --rebuild``) shows it either the graph before or the graph after.
    The reading endpoints await nothing, so no other request's queries run inside it."""

    @functools.wraps(endpoint)
    async def consistent(*args: Any, **kwargs: Any) -> Any:
        with store.snapshot():
            return await endpoint(*args, **kwargs)

    return consistent


class NewDocument(BaseModel):
    text: str = Field(min_length=1, description="The article's text (plain text or HTML).")
    title: str | None = None
    published: str | None = Field(None, description="Publication date or time, ISO 8601.")
    source: str | None = Field(None, description="The outlet, e.g. Reuters.")
    url: str | None = None
    id: str | None = Field(None, description="Your identifier of the document.")

    @field_validator("*")
    @classmethod
    def _unicode(cls, value: str | None) -> str | None:
        """JSON can escape half of a UTF-16 pair (``"\\ud800"``), which is no character and
        which pydantic lets through in some fields: refused (422) rather than failing the write."""
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as e:
                raise ValueError(f"not valid Unicode: a lone surrogate {value[e.start]!r} at character "
                                 f"{e.start}") from None
        return value


class NewDocuments(BaseModel):
    documents: list[NewDocument] = Field(min_length=1, max_length=MAX_POST)


def _page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(items) == limit else None}


def _date(value: str | None, name: str) -> str | None:
    return query.check_date(value, name)


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
AsOf = Annotated[str | None, Query(max_length=40,
                                   description="YYYY-MM-DD (or YYYY-MM, YYYY): the graph as known then.")]
TypeQ = Annotated[str | None, Query(max_length=40, description="Relationship type: "
                                    + ", ".join(t.value for t in RelationType))]
StatusQ = Annotated[str | None, Query(max_length=40, description="Deal status: " + ", ".join(s.value for s in Status))]
Company = Annotated[str | None, Query(max_length=200, description="Touching this company or person.")]
Other = Annotated[str | None, Query(max_length=200, description="...and this one (needs `company`).")]
Id = Annotated[int, PathParam(ge=1, le=MAX_ID)]


def _build_posted(path: str, db: str) -> dict[str, Any]:
    """The build of one POST, in the server's build process: each stage's counts, as `keiretsu
    build --json` prints them. Its errors cross back to the server as plain ``KeiretsuError`` (or
    ``StoreBusy``), which pickle whatever arguments their kind takes."""
    from ..stages import build
    from ..store.sqlite import disk_full, is_disk_full

    try:
        result = build([path], settings=Settings.from_env(db=db))
    except StoreBusy as e:
        raise StoreBusy(str(e)) from None
    except KeiretsuError as e:
        raise KeiretsuError(str(e)) from None
    except (sqlite3.Error, OSError) as e:
        if not is_disk_full(e):  # what the store's writes do not translate themselves, as `keiretsu` reports it
            raise
        raise KeiretsuError(str(disk_full(sqlite_path(db)))) from None
    if result.exit_code == 2:
        skips = result.ingest.first_skips
        raise KeiretsuError(f"nothing could be read: {skips[0]}" if skips else "nothing could be read")
    return result.as_dict()


def _tied_to(server: int) -> None:
    """The build process's first step: it ends when the server does, however the server ends (a
    build cut short is redone by the next one, as a killed `keiretsu build` is). Not the kernel's
    parent-death signal: that follows the thread that started the process, here a request's."""

    def watch() -> None:
        while os.getppid() == server:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="keiretsu-server-watch", daemon=True).start()


class _Builder:
    """The server's build process: started with the first write and kept, so that the models it
    loads serve every later one; one build at a time. Forking the server (threads, an event
    loop) is unsafe, so it is spawned: a script that starts the app itself must guard its top
    level with ``if __name__ == "__main__":``, as for any spawned process. If it dies, the next
    write starts another."""

    def __init__(self, db: str):
        self.db = db
        self.lock = threading.Lock()
        self.pool: ProcessPoolExecutor | None = None

    def build(self, path: str) -> dict[str, Any]:
        with self.lock:
            try:
                done = self._pool().submit(_build_posted, path, self.db)
            except BrokenProcessPool:  # it died between writes: another takes its place
                self.pool = None
                done = self._pool().submit(_build_posted, path, self.db)
            try:
                return done.result()
            except BrokenProcessPool:
                self.pool = None
                raise HTTPException(500, "the build process stopped before it finished; what it committed is "
                                         "kept: post the documents again") from None

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_tied_to, initargs=(os.getpid(),))
        return self.pool

    def close(self) -> None:
        with self.lock:
            if self.pool is not None:
                self.pool.shutdown()
                self.pool = None


def create_app(db: str | Path, write: bool = False, cors_origins: list[str] | None = None,
               allowed_hosts: list[str] | None = None, max_body: int | None = None,
               max_headers: int | None = None) -> FastAPI:
    """The app over the store at ``db``. Fails at once (``StoreError``) if it cannot be read.
    ``allowed_hosts``: names the ``Host`` header may give besides the loopback ones (see
    ``_HostCheck``); ``max_body``, ``max_headers``: the largest request body, and request line
    and headers, in bytes (default: ``Settings``')."""
    if write and (backend_of(db) != "sqlite" or not sqlite_path(db).exists()):
        open_store(db).close()  # an empty store to add documents to
    store = open_store(db, read_only=True)  # the event loop's thread is the only one that reads
    files = assets()
    builder = _Builder(str(db))

    app = FastAPI(
        title="keiretsu",
        version=__version__,
        summary="A deduplicated, time-aware, evidence-backed graph of corporate relationships from news.",
        description=(
            "Every list is paged with `limit` (at most 500) and `offset`, and answers "
            "`{items, limit, offset, next_offset}`. Errors answer `{\"error\": message}` with a 4xx status. "
            f"This server is {'read-write' if write else 'read-only'}."
        ),
        openapi_url="/api/openapi.json",
        docs_url=None,  # the hosted Swagger UI loads from a CDN, which air-gapped users cannot reach
        redoc_url=None,
        default_response_class=JSON,
    )
    app.state.write = write
    app.router.add_event_handler("shutdown", store.close)
    app.router.add_event_handler("shutdown", builder.close)

    class _Consistent(APIRoute):
        def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any):
            # ``def`` endpoints run on worker threads and do not read the store.
            if inspect.iscoroutinefunction(endpoint):
                endpoint = _in_snapshot(store, endpoint)
            super().__init__(path, endpoint, **kwargs)

    app.router.route_class = _Consistent
    # From the inside out: HEAD, the sizes, CORS, the Host, the security headers (which every
    # answer carries, refusals included).
    defaults = Settings()
    app.add_middleware(_Head)
    app.add_middleware(_Sizes, max_body=defaults.api_max_body if max_body is None else max_body,
                       max_headers=defaults.api_max_headers if max_headers is None else max_headers)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"])
    names = frozenset(h.lower().strip("[]").rstrip(".") for h in allowed_hosts or ())
    app.add_middleware(_HostCheck, allowed=names)
    app.add_middleware(_SecurityHeaders)

    # --- errors: one JSON shape, one clear message -------------------------------------------

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, e: NotFound) -> JSON:
        return JSON({"error": str(e)}, status_code=404)

    @app.exception_handler(StoreBusy)
    async def _busy(request: Request, e: StoreBusy) -> JSON:
        return JSON({"error": str(e)}, status_code=409)

    @app.exception_handler(KeiretsuError)
    async def _bad(request: Request, e: KeiretsuError) -> JSON:
        return JSON({"error": str(e)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, e: RequestValidationError) -> JSON:
        problems = []
        for err in e.errors():
            where = ".".join(str(p) for p in err["loc"] if p not in ("query", "path", "body"))
            problems.append(f"{where}: {err['msg']}" if where else err["msg"])
        return JSON({"error": "; ".join(problems)}, status_code=422)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, e: HTTPException) -> JSON:
        message = {404: f"no such path: {request.url.path}", 405: f"{request.method} is not allowed here"}
        return JSON({"error": message.get(e.status_code, str(e.detail))}, status_code=e.status_code,
                    headers=e.headers)

    # --- the web UI ---------------------------------------------------------------------------

    def _file(name: str) -> Response:
        return Response(files[name], media_type=TYPES[name], headers={"cache-control": "no-cache"})

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return _file("index.html")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in files:  # a fixed set of names: nothing from the request reaches the disk
            raise NotFound(f"no such file: {name}")
        return _file(name)

    # --- search -------------------------------------------------------------------------------

    @app.get("/api/stats", tags=["graph"])
    async def stats() -> JSON:
        """What the store holds: documents, duplicates, entities, relationships by type and status."""
        return JSON(store.stats() | {"graph": store.graph_stats(), "write": write})

    @app.get("/api/schema", tags=["graph"])
    async def schema() -> JSON:
        """The relationship types in schema order (each directed or not, what its ends are, its
        attributes, label and colour) and the deal statuses."""
        return JSON({"types": [{"type": t.value, "directed": spec.directed, "source": spec.ends[0],
                                "target": spec.ends[1], "meaning": spec.meaning, "attributes": list(spec.attributes),
                                "label": spec.label, "colour": spec.colour} for t, spec in RELATION_TYPES.items()],
                     "statuses": [s.value for s in Status]})

    @app.get("/api/suggest", tags=["search"])
    async def suggest(q: Annotated[str, Query(min_length=1, max_length=200, description="What the user typed.")],
                limit: Annotated[int, Query(ge=1, le=50)] = 10) -> JSON:
        """Companies and people whose name or an alias starts with `q`, most connected first."""
        return JSON(store.find_entities(q.strip(), limit))

    @app.get("/api/search", tags=["search"])
    async def search(q: Annotated[str, Query(min_length=1, max_length=500)], limit: Limit = 20, offset: Offset = 0) -> JSON:
        """Companies and people by name or alias, and documents by full text (every word must occur)."""
        entities = store.find_entities(q.strip(), limit) if offset == 0 else []
        return JSON({"query": q, "entities": entities,
                     "documents": _page(store.documents(search=q, limit=limit, offset=offset), limit, offset)})

    @app.get("/api/resolve", tags=["search"])
    async def resolve(name: Annotated[str, Query(min_length=1, max_length=200)]) -> JSON:
        """The company or person a name or alias stands for ("Nissan Motor Co Ltd" is Nissan)."""
        return JSON(query.resolve(store, name))

    # --- entities -----------------------------------------------------------------------------

    @app.get("/api/entities/{entity_id}", tags=["entities"])
    async def entity(entity_id: Id, limit: Limit = 100) -> JSON:
        """A company's profile: aliases, people, relationship counts, its `limit` best-attested
        relationships by type, their timeline, its stories. A person: their roles."""
        return JSON(query.profile(store, store.entity_by_id(entity_id), limit))

    @app.get("/api/entities/{entity_id}/graph", tags=["entities"])
    async def neighbourhood(entity_id: Id, as_of: AsOf = None, type: TypeQ = None, status: StatusQ = None,
                      limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 200) -> JSON:
        """The entity's neighbourhood: its `limit` best-attested relationships (as of a date) and
        the entities at their other ends."""
        return JSON(query.neighbourhood(store, entity_id, _date(as_of, "as_of"), type, status, limit))

    @app.get("/api/entities/{entity_id}/timeline", tags=["entities"])
    async def entity_timeline(entity_id: Id, other: Annotated[
                                  int | None, Query(ge=1, le=MAX_ID, description="Only with this entity.")] = None
                        ) -> JSON:
        """Every status change of the entity's relationships (with `other`: between the two), in valid time."""
        ids = [store.entity_by_id(entity_id)["id"]] + ([store.entity_by_id(other)["id"]] if other else [])
        rels = query.relations_of(store, ids, limit=query.MAX_PAGE, between=other is not None)
        return JSON(query.events(rels))

    @app.get("/api/entities/{entity_id}/deals", tags=["entities"])
    async def entity_deals(entity_id: Id, as_of: AsOf = None,
                           limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 200) -> JSON:
        """The deals among the entity's `limit` best-attested relationships (those `graph`
        draws), as of a date: relationships that one happening implies (the buyer's acquisition,
        the seller's divestment, the stake it transfers), each part with its role and why it was
        joined, parts not touching the entity included."""
        return JSON(query.entity_deals(store, entity_id, _date(as_of, "as_of"), limit))

    # --- relationships ------------------------------------------------------------------------

    @app.get("/api/relationships", tags=["relationships"])
    async def relationships(company: Company = None, other: Other = None,
                      type: TypeQ = None, status: StatusQ = None, as_of: AsOf = None,
                      limit: Limit = 100, offset: Offset = 0) -> JSON:
        """Relationships, most independent sources first, with their status history: the CLI's
        `keiretsu relations`."""
        if other and not company:
            raise KeiretsuError("other needs company: relationships between two entities need both")
        rows = query.relations(store, company, type, status, _date(as_of, "as_of"), limit, offset, other)
        return JSON(_page(rows, limit, offset))

    @app.get("/api/relationships/{rel_id}", tags=["relationships"])
    async def relationship(rel_id: Id) -> JSON:
        """One relationship: its status history, attributes, conflicts and evidence counts."""
        return JSON(query.relationship(store, rel_id, evidence_limit=0))

    @app.get("/api/relationships/{rel_id}/evidence", tags=["relationships"])
    async def evidence(rel_id: Id, limit: Limit = 100, offset: Offset = 0) -> JSON:
        """Every sentence that states the relationship, once per sentence as first read, with the
        documents that carried copies of it (`copies`), earliest first."""
        return JSON(_page(query.evidence(store, rel_id, limit, offset), limit, offset))

    @app.get("/api/relationships/{rel_id}/deals", tags=["relationships"])
    async def relationship_deals(rel_id: Id) -> JSON:
        """The deal the relationship is part of, with all its parts (none: `deals` is empty)."""
        return JSON({"relationship": rel_id, "deals": query.deals_of(store, [store.relationship(rel_id)])})

    # --- stories, documents, changes ------------------------------------------------------------

    @app.get("/api/stories", tags=["stories"])
    async def stories(company: Annotated[str | None, Query(max_length=200)] = None, limit: Limit = 50,
                      offset: Offset = 0) -> JSON:
        """Stories (documents about one happening, grouped across time), latest first."""
        entity_id = query.resolve(store, company)["id"] if company else None
        return JSON(_page(store.stories(entity_id, limit, offset), limit, offset))

    @app.get("/api/stories/{story_id}", tags=["stories"])
    async def story(story_id: Id) -> JSON:
        """A story's documents and the timeline of the status changes they reported."""
        return JSON(query.story(store, story_id))

    @app.get("/api/documents", tags=["documents"])
    async def documents(q: Annotated[str | None, Query(max_length=500, description="Full-text search.")] = None,
                  limit: Limit = 50, offset: Offset = 0) -> JSON:
        """Documents in the store, or those matching `q` (with a snippet), best match first."""
        return JSON(_page(store.documents(search=q or None, limit=limit, offset=offset), limit, offset))

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    async def document(doc_id: Id) -> JSON:
        """A document's clean text, the spans of the companies and people named in it and of the
        sentences that state relationships, and its duplicate cluster."""
        return JSON(query.document(store, doc_id))

    @app.get("/api/duplicates", tags=["documents"])
    async def duplicates(limit: Limit = 50, offset: Offset = 0) -> JSON:
        """Clusters of copies and paraphrases of one story, largest first."""
        return JSON(_page(store.duplicate_clusters(limit, offset), limit, offset))

    @app.get("/api/changes", tags=["graph"])
    async def changes(
            since: Annotated[str, Query(max_length=40, description="YYYY-MM-DD: what was reported on or after it.")]
    ) -> JSON:
        """New relationships, status and figure changes, and conflicts reported since a date."""
        return JSON(query.changes(store, _date(since, "since") or ""))

    # --- writing (only when enabled) ------------------------------------------------------------

    @app.post("/api/documents", tags=["documents"], status_code=201)
    def add_documents(body: NewDocuments) -> JSON:
        """Add documents and bring the graph up to date (ingest, dedup, extract, graph), as
        `keiretsu build` does, answering what `keiretsu build --json` prints. Only on a server
        started with `--write`; 409 while another command writes to the store."""
        if not write:
            return JSON({"error": "this server is read-only: start it with `keiretsu serve --write` to add "
                                  "documents"}, status_code=403)
        with tempfile.TemporaryDirectory(prefix="keiretsu-") as folder:
            path = Path(folder) / "posted.jsonl"
            with path.open("w", encoding="utf-8") as f:
                for doc in body.documents:
                    f.write(json.dumps(doc.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
            return JSON(builder.build(str(path)), status_code=201)

    return app


def from_env() -> FastAPI:
    """The app each of ``keiretsu serve --workers N``'s processes builds: uvicorn starts them
    from an import string, so the options travel in the environment."""
    origins = os.environ.get("KEIRETSU_CORS_ORIGINS", "")
    hosts = os.environ.get("KEIRETSU_ALLOWED_HOSTS", "")
    return create_app(os.environ["KEIRETSU_DB"], cors_origins=[o for o in origins.split("\n") if o],
                      allowed_hosts=[h for h in hosts.split("\n") if h], max_body=int(os.environ["KEIRETSU_MAX_BODY"]),
                      max_headers=int(os.environ["KEIRETSU_MAX_HEADERS"]))
