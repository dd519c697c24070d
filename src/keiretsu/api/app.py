"""The REST API and the web UI's server: FastAPI over the store.

Reads go through read-only SQLite connections, so nothing a request asks can write. They run
on the event loop itself (``async def``): a query takes milliseconds, and one thread doing one
at a time answered a 200-edge neighbourhood 3-4x faster under load than a thread pool fighting
over the GIL (bench/api.py). The one write endpoint (adding documents) exists only when the
server was started with ``write=True``; it runs ``keiretsu build`` in a child process, as a user
would, from a worker thread so that reads go on meanwhile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Annotated, Any

import orjson
from fastapi import FastAPI, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request

from .. import __version__
from ..errors import KeiretsuError, NotFound
from ..graph import query
from ..models import RelationType, Status
from ..store import open_store
from ..web import TYPES, assets

#: The largest page any list endpoint returns; bigger requests are refused, not truncated.
MAX_PAGE = 500
#: Documents one write request may add.
MAX_POST = 1000

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


class NewDocument(BaseModel):
    text: str = Field(min_length=1, description="The article's text (plain text or HTML).")
    title: str | None = None
    published: str | None = Field(None, description="Publication date or time, ISO 8601.")
    source: str | None = Field(None, description="The outlet, e.g. Reuters.")
    url: str | None = None
    id: str | None = Field(None, description="Your identifier of the document.")


class NewDocuments(BaseModel):
    documents: list[NewDocument] = Field(min_length=1, max_length=MAX_POST)


def _page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(items) == limit else None}


def _date(value: str | None, name: str) -> str | None:
    return query.check_date(value, name)


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
AsOf = Annotated[str | None, Query(description="YYYY-MM-DD (or YYYY-MM, YYYY): the graph as known then.")]
TypeQ = Annotated[str | None, Query(description="Relationship type: " + ", ".join(t.value for t in RelationType))]
StatusQ = Annotated[str | None, Query(description="Deal status: " + ", ".join(s.value for s in Status))]


def create_app(db: str | Path, write: bool = False, cors_origins: list[str] | None = None) -> FastAPI:
    """The app over the store at ``db``. Fails at once (``StoreError``) if it cannot be read."""
    db = Path(db)
    if write and not db.exists():
        open_store(db).close()  # an empty store to add documents to
    store = open_store(db, read_only=True)  # the event loop's thread is the only one that reads
    files = assets()
    build_lock = threading.Lock()

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
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"])
    app.add_middleware(_SecurityHeaders)

    # --- errors: one JSON shape, one clear message -------------------------------------------

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, e: NotFound) -> JSON:
        return JSON({"error": str(e)}, status_code=404)

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
        """The relationship types (in schema order, each directed or not) and the deal statuses."""
        return JSON({"types": [{"type": t.value, "directed": t.directed} for t in RelationType],
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
    async def entity(entity_id: int, limit: Limit = 100) -> JSON:
        """A company's profile: aliases, people, relationship counts, its `limit` best-attested
        relationships by type, their timeline, its stories. A person: their roles."""
        return JSON(query.profile(store, store.entity_by_id(entity_id), limit))

    @app.get("/api/entities/{entity_id}/graph", tags=["entities"])
    async def neighbourhood(entity_id: int, as_of: AsOf = None, type: TypeQ = None, status: StatusQ = None,
                      limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 200) -> JSON:
        """The entity's neighbourhood: its `limit` best-attested relationships (as of a date) and
        the entities at their other ends."""
        return JSON(query.neighbourhood(store, entity_id, _date(as_of, "as_of"), type, status, limit))

    @app.get("/api/entities/{entity_id}/timeline", tags=["entities"])
    async def entity_timeline(entity_id: int, other: Annotated[int | None, Query(description="Only with this entity.")] = None
                        ) -> JSON:
        """Every status change of the entity's relationships (with `other`: between the two), in valid time."""
        ids = [store.entity_by_id(entity_id)["id"]] + ([store.entity_by_id(other)["id"]] if other else [])
        rels = query.relations_of(store, ids, limit=query.MAX_PAGE, between=other is not None)
        return JSON(query.events(rels))

    # --- relationships ------------------------------------------------------------------------

    @app.get("/api/relationships", tags=["relationships"])
    async def relationships(company: Annotated[str | None, Query(description="Touching this company or person.")] = None,
                      other: Annotated[str | None, Query(description="...and this one (needs `company`).")] = None,
                      type: TypeQ = None, status: StatusQ = None, as_of: AsOf = None,
                      limit: Limit = 100, offset: Offset = 0) -> JSON:
        """Relationships, most independent sources first, with their status history: the CLI's
        `keiretsu relations`."""
        if other and not company:
            raise KeiretsuError("other needs company: relationships between two entities need both")
        rows = query.relations(store, company, type, status, _date(as_of, "as_of"), limit, offset, other)
        return JSON(_page(rows, limit, offset))

    @app.get("/api/relationships/{rel_id}", tags=["relationships"])
    async def relationship(rel_id: int) -> JSON:
        """One relationship: its status history, attributes, conflicts and evidence counts."""
        return JSON(query.relationship(store, rel_id, evidence_limit=0))

    @app.get("/api/relationships/{rel_id}/evidence", tags=["relationships"])
    async def evidence(rel_id: int, limit: Limit = 100, offset: Offset = 0) -> JSON:
        """Every sentence that states the relationship, once per sentence as first read, with the
        documents that carried copies of it (`copies`), earliest first."""
        return JSON(_page(query.evidence(store, rel_id, limit, offset), limit, offset))

    # --- stories, documents, changes ------------------------------------------------------------

    @app.get("/api/stories", tags=["stories"])
    async def stories(company: Annotated[str | None, Query()] = None, limit: Limit = 50, offset: Offset = 0) -> JSON:
        """Stories (documents about one happening, grouped across time), latest first."""
        entity_id = query.resolve(store, company)["id"] if company else None
        return JSON(_page(store.stories(entity_id, limit, offset), limit, offset))

    @app.get("/api/stories/{story_id}", tags=["stories"])
    async def story(story_id: int) -> JSON:
        """A story's documents and the timeline of the status changes they reported."""
        return JSON(query.story(store, story_id))

    @app.get("/api/documents", tags=["documents"])
    async def documents(q: Annotated[str | None, Query(max_length=500, description="Full-text search.")] = None,
                  limit: Limit = 50, offset: Offset = 0) -> JSON:
        """Documents in the store, or those matching `q` (with a snippet), best match first."""
        return JSON(_page(store.documents(search=q or None, limit=limit, offset=offset), limit, offset))

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    async def document(doc_id: int) -> JSON:
        """A document's clean text, the spans of the companies and people named in it and of the
        sentences that state relationships, and its duplicate cluster."""
        return JSON(query.document(store, doc_id))

    @app.get("/api/duplicates", tags=["documents"])
    async def duplicates(limit: Limit = 50, offset: Offset = 0) -> JSON:
        """Clusters of copies and paraphrases of one story, largest first."""
        return JSON(_page(store.duplicate_clusters(limit, offset), limit, offset))

    @app.get("/api/changes", tags=["graph"])
    async def changes(since: Annotated[str, Query(description="YYYY-MM-DD: what was reported on or after it.")]) -> JSON:
        """New relationships, status and figure changes, and conflicts reported since a date."""
        return JSON(query.changes(store, _date(since, "since") or ""))

    # --- writing (only when enabled) ------------------------------------------------------------

    @app.post("/api/documents", tags=["documents"], status_code=201)
    def add_documents(body: NewDocuments) -> JSON:
        """Add documents and bring the graph up to date (ingest, dedup, extract, graph), as
        `keiretsu build` does. Only on a server started with `--write`."""
        if not write:
            return JSON({"error": "this server is read-only: start it with `keiretsu serve --write` to add "
                                  "documents"}, status_code=403)
        with build_lock, tempfile.TemporaryDirectory(prefix="keiretsu-") as folder:
            path = Path(folder) / "posted.jsonl"
            with path.open("w", encoding="utf-8") as f:
                for doc in body.documents:
                    f.write(json.dumps(doc.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
            proc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(db), "build", "--json", "-q",
                                   str(path)], capture_output=True, text=True, env=os.environ | {"NO_COLOR": "1"})
        if proc.returncode not in (0, 1):
            raise KeiretsuError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "the build failed")
        return JSON(json.loads(proc.stdout.strip().splitlines()[-1]), status_code=201)

    return app


def from_env() -> FastAPI:
    """The app each of ``keiretsu serve --workers N``'s processes builds: uvicorn starts them
    from an import string, so the options travel in the environment."""
    origins = os.environ.get("KEIRETSU_CORS_ORIGINS", "")
    return create_app(os.environ["KEIRETSU_DB"], cors_origins=[o for o in origins.split("\n") if o])
