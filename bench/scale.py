"""Measured scaling: the whole build, per step, on each store and executor, with 1 and 2 workers.

    .venv/bin/python bench/scale.py [--docs 50000] [--configs sqlite-local,pg-local,pg-ray]
                                    [--workers 1,2] [--corpus /tmp/reuters-train.jsonl]
                                    [--driver-sizes 10000,25000,50000] [--json out.json]

The corpus: Reuters-21578 stories (the train split, 12,865 of them), in their order; past the
end of the split, the stories again, varied so that they are new documents and not copies of
the first round (figures changed, dates moved a year on per round, paragraphs rotated): as many
documents as ``--docs``. The same file is built by every configuration.

Each configuration is ``keiretsu.build`` (what ``keiretsu --db X build`` calls) in a process
of its own on a new store: SQLite (a new file) or PostgreSQL (a new database on the server of
``scripts/pg-test-server.sh``, started and stopped here unless ``--pg URL`` is given), with
the ``local`` or ``ray`` executor and ``--workers`` workers. Its progress callback timestamps
each step (ingest: reading and cleaning and the writes; dedup; extract; graph), and the
executor it is given counts the time the driver, the single writer, spends blocked waiting for
the workers' results. Printed per step: documents per second, wall seconds, CPU seconds of the
process tree, of the driver and of the PostgreSQL server (its backends do the store's work outside
the build's process tree; counted for a server started here), peak memory of the process tree
(sum of proportional set sizes, sampled every 100 ms: forked workers' shared pages count once),
and the writer's wait.

Every map step, dedup's signing included, runs on the executor, so every step's wait is counted.

``--driver-sizes``: the peak memory of the driver process alone (not its workers) for a
SQLite + local build of each size, with the most ``--workers`` (so that the models live in the
workers, not the driver), for the target that it not grow with the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import proctree  # noqa: E402 - a sibling module of the benchmarks

ROOT = HERE.parent
DEFAULT_CORPUS = Path("/tmp/reuters-train.jsonl")
FALLBACK_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters-21578" / "reuters-21578.jsonl"
STEPS = ("ingest", "dedup", "extract", "graph")
#: progress stage -> the step it belongs to (reading is ingest's first half)
STEP_OF = {"read": "ingest", "ingest": "ingest", "dedup": "dedup", "extract": "extract", "graph": "graph"}
CONFIGS = {"sqlite-local": ("sqlite", "local"), "pg-local": ("pg", "local"), "pg-ray": ("pg", "ray")}
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"\b(19[5-9]\d)\b")


# --- corpus -----------------------------------------------------------------------------------


def stories(corpus: Path) -> list[dict]:
    with corpus.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def vary(story: dict, round_: int, rng: random.Random) -> dict:
    """``story`` as round ``round_`` (1, 2, ...) of the corpus tells it: other figures, dates a
    year on per round, the paragraphs rotated, so that dedup sees a new document, not a copy."""
    def figure(m: re.Match) -> str:
        text = m.group(0)
        if _YEAR.fullmatch(text):
            return text
        return str(round(float(text) * rng.uniform(0.5, 1.5), 2 if "." in text else None))

    paragraphs = story["text"].split("\n")
    turn = round_ % len(paragraphs)
    text = "\n".join(paragraphs[turn:] + paragraphs[:turn])
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + round_), _FIGURE.sub(figure, text))
    published = story.get("published") or "1987-01-01T00:00:00"
    return {**story, "id": f"{story['id']}-r{round_}", "text": text,
            "title": _FIGURE.sub(figure, story.get("title") or ""),
            "published": f"{int(published[:4]) + round_}{published[4:]}"}


def write_corpus(source: Path, n: int, target: Path) -> Path:
    base, rng = stories(source), random.Random(17)
    with target.open("w", encoding="utf-8") as f:
        for i in range(n):
            round_, story = divmod(i, len(base))
            row = base[story] if round_ == 0 else vary(base[story], round_, rng)
            f.write(json.dumps(row) + "\n")
    return target


# --- the measured process ---------------------------------------------------------------------


def child(args: argparse.Namespace) -> None:
    """One build, in this process: its progress events and the writer's waits to ``--events``."""
    from keiretsu import Settings, build
    from keiretsu.executor import Executor, make_executor

    events: list[dict] = []
    state = {"stage": None, "wait": 0.0}

    class Waited(Executor):
        """The executor the build is given, counting the seconds its caller, the writer, spends
        blocked on the next result."""

        def __init__(self, inner: Executor):
            self.inner, self.kind, self.workers = inner, inner.kind, inner.workers

        def _timed(self, call, spec, shards):
            started = time.perf_counter()
            it = iter(call(spec, shards))  # a 1-worker local executor maps right here, in the writer
            state["wait"] += time.perf_counter() - started
            while True:
                started = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    state["wait"] += time.perf_counter() - started
                    return
                state["wait"] += time.perf_counter() - started
                yield item

        def map(self, spec, shards):
            return self._timed(self.inner.map, spec, shards)

        def stream(self, spec, shards):
            return self._timed(self.inner.stream, spec, shards)

        def close(self):
            self.inner.close()

    peaks: dict[str, float] = {}  # the driver's peak RSS (MB) in each step

    def step_peak(stage: str | None) -> None:
        """Close the driver's peak of the step ``stage`` ran in, and start counting the next's
        (``clear_refs`` 5 resets the process's high-water mark)."""
        step = STEP_OF.get(stage)
        if step:
            peaks[step] = max(peaks.get(step, 0.0), _hwm_mb())
        try:
            Path("/proc/self/clear_refs").write_text("5")
        except OSError:
            pass

    held = {}
    from keiretsu.dedup import step as dedup_step

    run_dedup = dedup_step.Deduplicator.run

    def measured_dedup(self, *a, **k):
        """What the dedup stage holds at its end: the index and the bounded caches, in MB."""
        result = run_dedup(self, *a, **k)
        held["index_mb"] = (sum(k_.nbytes + d.nbytes for b in (self._buckets or ()) for k_, d in b.runs)
                            + self._df.keys.nbytes + self._df.values.nbytes) / 2**20
        held["caches_mb"] = (self._digests.nbytes + sum(x.nbytes for x in self._signatures.signatures)) / 2**20
        return result

    dedup_step.Deduplicator.run = measured_dedup

    def progress(stage: str, done: int, total: int | None) -> None:
        if STEP_OF.get(stage) != STEP_OF.get(state["stage"]):
            step_peak(state["stage"])
        if stage != state["stage"] or done == 0:
            events.append({"stage": stage, "t": time.time(), "cpu": time.process_time(), "wait": state["wait"],
                           "done": done})
            state["stage"] = stage
        else:
            events[-1]["last_done"] = done

    settings = replace(Settings.from_env(), workers=args.child_workers, executor=args.child_executor)
    with Waited(make_executor(args.child_executor, args.child_workers)) as executor:
        result = build([str(args.corpus)], args.db, settings, progress=progress, executor=executor)
    ended = {"stage": "end", "t": time.time(), "cpu": time.process_time(), "wait": state["wait"]}
    step_peak(state["stage"])
    Path(args.events).write_text(json.dumps({
        "events": events + [ended], "counts": result.as_dict(), "driver_step_peak_mb": peaks, "dedup_held": held,
        # The steps' peaks reset the high-water mark that ru_maxrss reads: the build's is the highest.
        "driver_peak_mb": max([*peaks.values(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]),
        # The highest peak of a process it forked and waited for (a worker, a dedup batch's reduce):
        # its own resident memory, the pages it shares with the driver counted.
        "children_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024},
        default=str))


def _hwm_mb() -> float:
    """The process's peak resident memory since it began or since the last reset, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measured_build(corpus: Path, db: str, executor: str, workers: int, work: Path, server: int | None = None) -> dict:
    """One build in a child process, with the samples of its process tree (and of the database
    server's, ``server``: the PostgreSQL postmaster, whose backends do the store's share of the work)."""
    events = work / f"events-{os.getpid()}-{time.monotonic_ns()}.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--db", db, "--corpus", str(corpus),
           "--child-executor", executor, "--child-workers", str(workers), "--events", str(events)]
    env = {**os.environ, "RAY_DISABLE_USAGE_STATS": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    samples = []  # (time, bytes, cpu seconds so far, the server's cpu seconds so far)
    peak_cpu, server_cpu = 0.0, 0.0
    while proc.poll() is None:
        pss, cpu = proctree.sample(proc.pid)
        peak_cpu = max(peak_cpu, cpu)  # workers that exit take their CPU with them: keep the highest
        if server:
            server_cpu = proctree.sample(server)[1]  # backends that exit are reaped into the postmaster's
        samples.append((time.time(), pss, peak_cpu, server_cpu))
        time.sleep(0.1)
    out, err = proc.communicate()
    if proc.returncode:
        shown = re.sub(r"//([^:/@]+):[^@]*@", r"//\1@", db)  # never a password on the screen
        raise SystemExit(f"build failed ({proc.returncode}): {shown} {executor} {workers}\n{err[-3000:]}")
    return {**json.loads(events.read_text()), "samples": samples}


def per_step(run: dict, docs: int) -> dict:
    """The events and samples of one build, step by step."""
    bounds: dict[str, list] = {}
    events = run["events"]
    for event, following in zip(events, events[1:]):
        step = STEP_OF.get(event["stage"])
        if step is None:
            continue
        first = bounds.setdefault(step, [event, following])
        first[1] = following
    out = {}
    for step in STEPS:
        if step not in bounds:
            continue
        start, end = bounds[step]
        inside = [s for s in run["samples"] if start["t"] <= s[0] <= end["t"]]
        wall = end["t"] - start["t"]
        out[step] = {
            "wall_s": wall, "docs_per_s": docs / wall if wall else None,
            "driver_cpu_s": end["cpu"] - start["cpu"],
            "tree_cpu_s": (inside[-1][2] - inside[0][2]) if len(inside) > 1 else None,
            "server_cpu_s": (inside[-1][3] - inside[0][3]) if len(inside) > 1 else None,
            "peak_mb": max((s[1] for s in inside), default=0) / 2**20,
            "writer_wait_s": end["wait"] - start["wait"],
        }
    total = events[-1]["t"] - events[0]["t"]
    out["total"] = {"wall_s": total, "docs_per_s": docs / total,
                    "driver_cpu_s": events[-1]["cpu"] - events[0]["cpu"],
                    "tree_cpu_s": run["samples"][-1][2] if run["samples"] else None,
                    "server_cpu_s": run["samples"][-1][3] - run["samples"][0][3] if run["samples"] else None,
                    "peak_mb": max((s[1] for s in run["samples"]), default=0) / 2**20,
                    "writer_wait_s": events[-1]["wait"]}
    return out


_PEER = """
import resource, sys
import numpy as np
from datasketch import LeanMinHash, MinHashLSH
n = int(sys.argv[1])
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize() / 2**20
rng, before = np.random.default_rng(7), rss()
lsh = MinHashLSH(threshold=0.5, num_perm=128)
for i in range(n):
    values = rng.integers(0, 2**32 - 1, 128, dtype=np.uint64)
    lsh.insert(i, LeanMinHash(seed=1, hashvalues=values, scheme="affine32"))
print(rss() - before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peer_index(n: int) -> tuple[float, float] | None:
    """The well-known peer's in-memory LSH index for ``n`` documents (datasketch's ``MinHashLSH``,
    128 permutations, threshold 0.5, one kind of signature where keiretsu keeps two): what it
    adds to its process's memory, and the process's peak, in MB; None without datasketch."""
    proc = subprocess.run([sys.executable, "-c", _PEER, str(n)], capture_output=True, text=True)
    if proc.returncode:
        return None
    grown, peak = map(float, proc.stdout.split())
    return grown, peak


# --- stores -----------------------------------------------------------------------------------


class Postgres:
    """A PostgreSQL server for the bench: ``--pg URL``, or one of scripts/pg-test-server.sh."""

    def __init__(self, url: str | None):
        self.url, self.dir, self.pid = url, None, None

    def __enter__(self) -> Postgres:
        if self.url is None:
            proc = subprocess.run([str(ROOT / "scripts" / "pg-test-server.sh"), "start"], capture_output=True,
                                  text=True)
            if proc.returncode:
                raise SystemExit(f"no PostgreSQL server for the pg configurations: {proc.stderr.strip()}"
                                 " (give one with --pg URL, or leave them out of --configs)")
            self.url = proc.stdout.strip().splitlines()[-1]
            self.dir = re.search(r"dir: (\S+)", proc.stderr).group(1)
            self.pid = int((Path(self.dir) / "data" / "postmaster.pid").read_text().split()[0])
        return self

    def database(self, name: str) -> str:
        """The URL of a new, empty database ``name``."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + "/" + name

    def __exit__(self, *exc) -> None:
        if self.dir:
            subprocess.run([str(ROOT / "scripts" / "pg-test-server.sh"), "stop", self.dir], check=False)


def has_ray() -> bool:
    try:
        import ray  # noqa: F401
    except ImportError:
        return False
    return True


# --- report -----------------------------------------------------------------------------------


def fmt(value, spec: str = ".1f") -> str:
    return "-" if value is None else format(value, spec)


def table(rows: list[dict]) -> str:
    lines = ["| config | workers | docs | step | docs/s | wall s | tree CPU s | driver CPU s | writer wait s | "
             "server CPU s | peak MB |",
             "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        server = CONFIGS[row["config"]][0] == "pg"
        for step, m in row["steps"].items():
            lines.append(f"| {row['config']} | {row['workers']} | {row['docs']} | {step} | {fmt(m['docs_per_s'])} | "
                         f"{fmt(m['wall_s'])} | {fmt(m['tree_cpu_s'])} | {fmt(m['driver_cpu_s'])} | "
                         f"{fmt(m['writer_wait_s'])} | {fmt(m['server_cpu_s'] if server else None)} | "
                         f"{fmt(m['peak_mb'], '.0f')} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=50000)
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else FALLBACK_CORPUS)
    parser.add_argument("--driver-sizes", default="",
                        help="e.g. 10000,25000,50000 (SQLite + local, the most --workers)")
    parser.add_argument("--pg", help="a PostgreSQL server's URL (default: start one with scripts/pg-test-server.sh)")
    parser.add_argument("--json", type=Path, help="write every figure here too")
    # the measured child process
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--events", help=argparse.SUPPRESS)
    parser.add_argument("--child-executor", help=argparse.SUPPRESS)
    parser.add_argument("--child-workers", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    configs = [c for c in args.configs.split(",") if c]
    if unknown := set(configs) - set(CONFIGS):
        raise SystemExit(f"unknown configurations {sorted(unknown)}: use {', '.join(CONFIGS)}")
    if "pg-ray" in configs and not has_ray():
        print("pg-ray skipped: ray is not installed (pip install -e '.[ray]')", file=sys.stderr)
        configs.remove("pg-ray")
    workers = [int(w) for w in args.workers.split(",")]
    work = Path(tempfile.mkdtemp(prefix="keiretsu-scale-"))
    # Every build runs a copy of the code taken now: a run lasts hours, and builds that import a
    # working tree someone is editing are not the same program (a 50k run once measured six).
    shutil.copytree(ROOT / "src" / "keiretsu", work / "code" / "keiretsu",
                    ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(work / "code"), os.environ.get("PYTHONPATH")]))
    rows, driver = [], []
    print(f"# {args.docs} documents from {args.corpus}; {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f} at the start", flush=True)
    try:
        corpus = write_corpus(args.corpus, args.docs, work / f"corpus-{args.docs}.jsonl")
        needs_pg = any(CONFIGS[c][0] == "pg" for c in configs)
        with (Postgres(args.pg) if needs_pg else _Nothing()) as pg:
            for config in configs:
                store, executor = CONFIGS[config]
                for w in workers:
                    db = (str(work / f"{config}-{w}.db") if store == "sqlite"
                          else pg.database(f"scale_{config.replace('-', '_')}_{w}"))
                    load = os.getloadavg()[0]
                    run = measured_build(corpus, db, executor, w, work, pg.pid if store == "pg" else None)
                    row = {"config": config, "workers": w, "docs": args.docs, "load_avg": load,
                           "steps": per_step(run, args.docs), "driver_peak_mb": run["driver_peak_mb"],
                           "counts": run["counts"]}
                    rows.append(row)
                    print(table([row]).split("\n", 2)[2], f"\n(load average {load:.1f})", flush=True)
        for n in [int(x) for x in args.driver_sizes.split(",") if x]:
            sized = write_corpus(args.corpus, n, work / f"corpus-{n}.jsonl")
            run = measured_build(sized, str(work / f"driver-{n}.db"), "local", max(workers), work)
            driver.append({"docs": n, "workers": max(workers), "driver_peak_mb": run["driver_peak_mb"],
                           "children_peak_mb": run.get("children_peak_mb"),
                           "tree_peak_mb": max(s[1] for s in run["samples"]) / 2**20,
                           "step_peak_mb": run["driver_step_peak_mb"], "dedup_held": run["dedup_held"]})
            steps = ", ".join(f"{k} {v:.0f}" for k, v in run["driver_step_peak_mb"].items())
            held = run["dedup_held"]
            peer = peer_index(n)
            driver[-1]["peer_index_mb"] = peer
            print(f"driver peak at {n} documents, {max(workers)} workers: {driver[-1]['driver_peak_mb']:.0f} MB "
                  f"(process tree {driver[-1]['tree_peak_mb']:.0f} MB, its largest forked process "
                  f"{driver[-1]['children_peak_mb'] or 0:.0f} MB); by step: {steps}; dedup holds at its end "
                  f"the index {held.get('index_mb', 0):.1f} MB and bounded caches {held.get('caches_mb', 0):.1f} MB; "
                  + (f"datasketch MinHashLSH holding {n} signatures: +{peer[0]:.0f} MB (its process's peak "
                     f"{peer[1]:.0f} MB)" if peer else "datasketch not installed: no peer figure"), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(table(rows))
    for row in rows:
        print(f"{row['config']} x{row['workers']}: driver peak {row['driver_peak_mb']:.0f} MB, "
              f"load average {row['load_avg']:.1f} at its start")
    if args.json:
        args.json.write_text(json.dumps({"docs": args.docs, "rows": rows, "driver": driver}, indent=1))


class _Nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return None


if __name__ == "__main__":
    main()
