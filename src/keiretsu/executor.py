"""One executor for the map steps of a build (reading and cleaning, signing, extraction,
weighing): on this machine's processes (``local``, the default) or on Ray (``ray``, the extra
``keiretsu[ray]``).

A step is shipped as a *spec*: a small picklable object naming the step and its settings, whose
``load()`` builds what the step needs (a spaCy model, a store connection's URL) and returns the
function applied to each shard. A worker loads a spec once and keeps it for the shards and the
later calls that ship an equal spec, so that models are loaded once per worker, never inherited
from a module global set by the driver.

* ``map(spec, shards)``: ``fn(shard)`` for each shard, results in shard order; all shards are
  submitted at once, so that the caller can work while they run.
* ``stream(spec, shards)``: ``fn(shard)`` yields; its items, as they come, shards interleaved (the
  order within a shard kept), for steps whose output the writer starts on early (reading, weighing).

Consolidation by relationship key runs in the workers, inside weighing (a shard holds whole
keys). Dedup's reduce (LSH buckets into clusters) runs in a process the driver forks for each
batch (``Deduplicator.add``, ``workers.run_forked``), so that its garbage dies with it; stories
and every write run on the driver: they read and write the store in one transaction per batch,
which the single writer holds.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import queue
import socket
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import wait
from typing import Any, Protocol

from .errors import KeiretsuError
from .workers import set_name, worker_start

EXECUTORS = ("local", "ray")
_LOADED = 4  # specs a worker keeps loaded: a build ships a handful, each loaded once
_STREAM_BUFFER = 8  # items of a stream held for the driver: the worker runs ahead this far, no further


class Spec(Protocol):
    """A map step as shipped to workers: picklable, equal specs load the same thing."""

    #: What ``ps`` shows for a local worker running it (15 characters at most).
    name: str

    def load(self) -> Callable[[Any], Any]: ...


class _Loaded:
    """A worker's loaded specs, by the digest of their pickled form, the least recently used
    dropped past ``_LOADED``."""

    def __init__(self) -> None:
        self.fns: OrderedDict[str, Callable[[Any], Any]] = OrderedDict()

    def get(self, key: str, spec: Spec) -> Callable[[Any], Any]:
        if key in self.fns:
            self.fns.move_to_end(key)
        else:
            self.fns[key] = spec.load()
            while len(self.fns) > _LOADED:
                self.fns.popitem(last=False)
        return self.fns[key]


def _digest(spec: Spec) -> tuple[str, bytes]:
    data = pickle.dumps(spec, protocol=pickle.HIGHEST_PROTOCOL)
    return hashlib.sha1(data).hexdigest(), data


class Executor:
    """Where the map steps run. ``workers``: how many shards run at once."""

    kind = "local"
    workers = 1

    def map(self, spec: Spec, shards: Sequence) -> Iterator[Any]:
        raise NotImplementedError

    def stream(self, spec: Spec, shards: Sequence) -> Iterator[Any]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def make_executor(kind: str = "local", workers: int = 1, address: str | None = None) -> Executor:
    """``local``: ``workers`` processes on this machine (1: the steps run in this process);
    ``ray``: a local Ray instance with ``workers`` CPUs, or the cluster at ``address``."""
    if kind == "local":
        return LocalExecutor(workers)
    if kind == "ray":
        return RayExecutor(workers, address)
    raise KeiretsuError(f"unknown executor {kind!r}: use {' or '.join(EXECUTORS)}")


# --- local ----------------------------------------------------------------------------------


def _serve(conn, inherited: Sequence, parent: int) -> None:
    """A forked worker: runs the shards the driver sends until the driver closes its pipe."""
    worker_start(parent, "keiretsu-worker")
    for end in inherited:  # the driver's ends, got by forking: held open, no worker would see EOF
        end.close()
    loaded = _Loaded()
    code = 0
    try:
        while True:
            try:
                key, data, index, shard, streaming = conn.recv()
            except EOFError:
                break
            try:
                if data is not None:  # a call's first shard: the worker takes the step's name
                    spec = pickle.loads(data)
                    set_name(spec.name)
                    loaded.get(key, spec)
                fn = loaded.fns[key]
                if streaming:
                    for item in fn(shard):
                        conn.send(("item", index, item))
                    conn.send(("end", index, None))
                else:
                    conn.send(("result", index, fn(shard)))
            except (BrokenPipeError, KeyboardInterrupt):
                raise
            except BaseException as e:  # noqa: BLE001 - reported to the driver, which raises it
                conn.send(("error", index, f"{type(e).__name__}: {e}"))
    except (BrokenPipeError, ConnectionResetError, KeyboardInterrupt):  # the driver is gone or was stopped
        code = 1
    finally:
        conn.close()
        os._exit(code)  # a forked child must not run the parent's exit handlers


class _Call:
    """One ``map`` or ``stream`` on the forked workers: a thread sends each worker a shard when it
    is free and puts what comes back on a queue for the driver, so that the workers go on while
    the driver writes (sqlite3 and the FTS5 indexing release the GIL)."""

    def __init__(self, pool: LocalExecutor, spec: Spec, shards: Sequence, streaming: bool):
        self.pool, self.streaming = pool, streaming
        self.key, self.data = _digest(spec)
        self.shards = list(enumerate(shards))
        self.out: queue.Queue = queue.Queue(maxsize=_STREAM_BUFFER if streaming else 0)
        self.stopped = threading.Event()
        self.waiting: dict[int, Any] = {}  # results come back in any order; ``map`` gives them in order
        self.following, self.finished = 0, False
        self.sent: set = set()  # the workers that have the spec
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _put(self, message: tuple) -> bool:
        while not self.stopped.is_set():
            try:
                self.out.put(message, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _send(self, conn) -> None:
        """The next shard to ``conn``'s worker; the spec with its first (the worker keeps it loaded
        from one call to the next, but a spec is small beside its shards)."""
        index, shard = self.shards.pop(0)
        conn.send((self.key, None if conn in self.sent else self.data, index, shard, self.streaming))
        self.sent.add(conn)

    def _run(self) -> None:
        busy = set()
        try:
            for conn in self.pool.conns:
                if not self.shards:
                    break
                busy.add(conn)
                self._send(conn)
            while busy and not self.stopped.is_set():
                for conn in wait(list(busy)):  # noqa: B020 - ``busy`` is copied
                    kind, index, payload = conn.recv()
                    if kind == "item":
                        if not self._put(("item", index, payload)):
                            return
                        continue
                    if kind == "error":
                        self._put(("error", index, payload))
                        return
                    if kind == "result" and not self._put((kind, index, payload)):
                        return
                    busy.discard(conn)  # "result" or a stream's "end": the worker is free
                    if self.shards:
                        busy.add(conn)
                        self._send(conn)
        except (EOFError, OSError):
            self._put(("error", -1, "a worker process stopped unexpectedly"))
        self._put(("done", -1, None))

    def __iter__(self) -> _Call:
        return self

    def __next__(self) -> Any:
        """The next result, in shard order (``map``); the next item, as it comes (``stream``)."""
        try:
            while True:
                if self.following in self.waiting:
                    self.following += 1
                    return self.waiting.pop(self.following - 1)
                if self.finished:
                    raise StopIteration
                kind, index, payload = self.out.get()
                if kind == "item":
                    return payload
                if kind == "result":
                    self.waiting[index] = payload
                elif kind == "done":
                    self.finished = True
                    self.close()
                else:
                    raise KeiretsuError(f"a map step failed: {payload}")
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Stop receiving; before the end, the workers may be mid-shard, their pipes unread:
        they are stopped, and the next call starts new ones."""
        if not self.finished and self.pool._last is self:
            self.pool.close()
        self.finished = True
        self.thread.join()


class LocalExecutor(Executor):
    """Processes on this machine, forked at the first call and kept till ``close``; in this
    process when ``processes`` is 1 (or where processes cannot be forked). A worker killed makes
    the call fail: the build stops, and the next run redoes what was not committed.

    One call at a time: a call waits until the one before it has sent all it had."""

    def __init__(self, processes: int = 1):
        if "fork" not in multiprocessing.get_all_start_methods():
            processes = 1
        self.workers = max(1, processes)
        self.conns: list = []
        self.procs: list = []
        self._inline = _Loaded()
        self._last: _Call | None = None

    def _start(self) -> None:
        if self.procs:
            return
        ctx = multiprocessing.get_context("fork")
        for _ in range(self.workers):
            mine, theirs = ctx.Pipe(duplex=True)
            proc = ctx.Process(target=_serve, args=(theirs, [*self.conns, mine], os.getpid()), daemon=True)
            proc.start()
            theirs.close()
            self.conns.append(mine)
            self.procs.append(proc)

    def _call(self, spec: Spec, shards: Sequence, streaming: bool) -> Iterator[Any]:
        if self._last is not None:
            if self._last.streaming:  # a stream left unread would never end
                self._last.close()
            else:
                self._last.thread.join()
        self._start()
        self._last = _Call(self, spec, shards, streaming)
        return self._last

    def map(self, spec: Spec, shards: Sequence) -> Iterator[Any]:
        if self.workers == 1:
            fn = self._inline.get(_digest(spec)[0], spec)
            return iter([fn(shard) for shard in shards])
        return self._call(spec, shards, False)

    def stream(self, spec: Spec, shards: Sequence) -> Iterator[Any]:
        if self.workers == 1:
            fn = self._inline.get(_digest(spec)[0], spec)
            return (item for shard in shards for item in fn(shard))
        return self._call(spec, shards, True)

    def close(self) -> None:
        """Stop the workers: idle, they end as their pipe closes; mid-shard, nothing of theirs is
        wanted any more, and they are killed."""
        call, self._last = self._last, None
        if call is not None:
            if call.thread.is_alive() and not call.finished:
                call.stopped.set()
                for proc in self.procs:
                    proc.kill()
            call.thread.join()
        for conn in self.conns:
            conn.close()
        for proc in self.procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
                proc.join()
        self.conns, self.procs = [], []


# --- Ray ------------------------------------------------------------------------------------


def _ray():
    try:
        import ray
    except ImportError:
        raise KeiretsuError("the ray executor needs Ray: pip install 'keiretsu[ray]'") from None
    return ray


def _reachable(address: str) -> None:
    """A cluster that does not answer stops the build at once, in one line: Ray itself would try
    again for minutes, logging each try."""
    host, _, port = address.split("://", 1)[-1].rpartition(":")
    if not host or not port.isdigit():  # "auto", or a form Ray judges
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=5).close()
    except OSError as e:
        raise KeiretsuError(f"cannot reach the Ray cluster at {address}: {e.strerror or e}") from None


class _RayWorker:
    """A Ray actor: one per CPU, holding its loaded specs. Restarted by Ray when its process
    dies, its tasks retried there (``max_restarts``, ``max_task_retries``)."""

    def __init__(self) -> None:
        self.loaded = _Loaded()

    def run(self, key: str, spec: Spec, shard: Any) -> Any:
        return self.loaded.get(key, spec)(shard)

    def stream(self, key: str, spec: Spec, shard: Any) -> Iterator[Any]:
        yield from self.loaded.get(key, spec)(shard)


class RayExecutor(Executor):
    """The steps on Ray actors: a local Ray instance with ``workers`` CPUs, started here and shut
    down by ``close``, or the running cluster at ``address`` (``ray://…`` or ``host:port``), joined,
    with one actor per CPU it has. A worker killed mid-step is restarted and its shard run again
    from the start: what the driver got of a stream is not sent twice."""

    kind = "ray"

    def __init__(self, workers: int = 1, address: str | None = None):
        ray = _ray()
        self.ray, self.started = ray, False
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                      "configure_logging": False}
            try:
                if address:
                    _reachable(address)
                    ray.init(address=address, **kwargs)
                else:
                    ray.init(num_cpus=max(1, workers), **kwargs)
            except (ConnectionError, RuntimeError, ValueError) as e:
                raise KeiretsuError(f"cannot start Ray{' at ' + address if address else ''}: {e}") from None
            self.started = True
        if address:
            workers = max(1, int(ray.cluster_resources().get("CPU", workers)))
        self.workers = max(1, workers)
        actor = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=-1)(_RayWorker)
        self.actors = [actor.remote() for _ in range(self.workers)]

    def _refs(self, spec: Spec, shards: Sequence, method: str) -> list:
        key, _ = _digest(spec)
        ref = self.ray.put(spec)
        out = []
        for i, shard in enumerate(shards):
            actor = self.actors[i % len(self.actors)]
            call = getattr(actor, method)
            out.append((call.options(num_returns="streaming") if method == "stream" else call).remote(key, ref, shard))
        return out

    def map(self, spec: Spec, shards: Sequence) -> Iterator[Any]:
        refs = self._refs(spec, shards, "run")
        return (self._get(ref) for ref in refs)

    def stream(self, spec: Spec, shards: Sequence) -> Iterator[Any]:
        generators = self._refs(spec, shards, "stream")
        return self._interleave(generators)

    def _interleave(self, generators: list) -> Iterator[Any]:
        live = list(generators)
        while live:
            ready, _ = self.ray.wait(live, num_returns=1)
            generator = ready[0]
            try:
                ref = next(generator)
            except StopIteration:
                live.remove(generator)
                continue
            yield self._get(ref)

    def _get(self, ref: Any) -> Any:
        try:
            return self.ray.get(ref)
        except self.ray.exceptions.RayTaskError as e:
            raise KeiretsuError(f"a map step failed on Ray: {e.cause!r}") from None
        except self.ray.exceptions.RayError as e:
            raise KeiretsuError(f"a map step failed on Ray: {type(e).__name__}") from None

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors = []
        if self.started:
            self.ray.shutdown()
            self.started = False


def shards_of(items: Sequence, size: int) -> list[Sequence]:
    return [items[i : i + size] for i in range(0, len(items), size)]

