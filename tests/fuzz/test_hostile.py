"""Every class of hostile file through the real ``keiretsu ingest``, one process per class.

Each run is checked for its exit code, the reason given for each hostile file, no traceback,
the good records landed (counted in the SQLite store), and bounded CPU time and peak memory of
the whole process tree (CPU time, not wall time, so that a busy machine does not fail the test).
They are measured by a small wrapper process: Linux carries a process's peak memory across
``exec``, so a child started straight from this test process would report the test's. The
runs go two at a time.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from .hostile import CASES, Case


@dataclass
class Run:
    folder: Path
    db: Path
    code: int
    output: str
    cpu_seconds: float
    peak_mb: float
    wall_seconds: float


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]


# Runs the command after the result file's path, then writes its exit code and what it and its
# children used (the largest resident set among them, their CPU time together).
MEASURE = """
import json, resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as f:
    json.dump({"code": code, "cpu": usage.ru_utime + usage.ru_stime, "peak_kb": usage.ru_maxrss}, f)
"""


def ingest(target: Path, env: dict[str, str], timeout: float = 120) -> Run:
    """``keiretsu ingest`` of ``target`` in a process of its own, measured."""
    db, log, result = (target.parent / f"{target.name}.{ext}" for ext in ("db", "log", "json"))
    command = [sys.executable, "-c", MEASURE, str(result),
               sys.executable, "-m", "keiretsu", "--db", str(db), "ingest", "-q", str(target)]
    with open(log, "wb") as out:
        started = time.monotonic()
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env},
                                start_new_session=True)
        killer = threading.Timer(timeout, os.killpg, (proc.pid, signal.SIGKILL))
        killer.start()
        try:
            proc.wait()
        finally:
            killer.cancel()
    wall = time.monotonic() - started
    output = log.read_text(errors="replace")
    assert result.exists(), f"killed after {timeout} s\n{output}"
    measured = json.loads(result.read_text())
    return Run(target, db, measured["code"], output, measured["cpu"], measured["peak_kb"] / 1024, wall)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Run]:
    folders = {}
    for case in CASES:
        folder = tmp_path_factory.mktemp(_slug(case.name))
        case.write(folder)
        folders[case.name] = folder
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {case.name: pool.submit(ingest, folders[case.name], case.env) for case in CASES}
        results = {name: future.result() for name, future in futures.items()}
    print("\nclass" + " " * 76 + "exit   cpu s  wall s  peak MB")
    for name, r in results.items():
        print(f"{name[:80]:<81}{r.code:>4}{r.cpu_seconds:>8.2f}{r.wall_seconds:>8.1f}{r.peak_mb:>9.0f}")
    return results


def _stored(db: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    con = sqlite3.connect(db)
    try:
        skips = con.execute("SELECT location, reason FROM skips").fetchall()
        docs = con.execute("SELECT location, coalesce(title, '') || coalesce(raw_text, '') || clean_text "
                           "FROM documents").fetchall()
    finally:
        con.close()
    return skips, docs


def _of(folder: Path, name: str, location: str) -> bool:
    """Whether ``location`` is in the file ``name`` (itself, a line, a record or a member of it)."""
    path = str(folder / name)
    return location == path or location.startswith((path + ":", path + "!", path + "#", path + "["))


@pytest.mark.parametrize("case", CASES, ids=[_slug(c.name) for c in CASES])
def test_hostile_class(case: Case, runs: dict[str, Run]):
    run = runs[case.name]
    assert run.code == case.exit_code, run.output
    assert "Traceback" not in run.output, run.output
    assert run.cpu_seconds < case.cpu_seconds, f"{run.cpu_seconds:.1f} s of CPU"
    assert run.peak_mb < case.peak_mb, f"{run.peak_mb:.0f} MB at peak"
    skips, docs = _stored(run.db)
    for name, wanted in case.reasons.items():
        reasons = [reason for location, reason in skips if _of(run.folder, name, location)]
        for text in wanted:
            assert any(text in reason for reason in reasons), (name, text, reasons)
    for name, n in case.landed.items():
        assert sum(_of(run.folder, name, location) for location, _ in docs) == n, name
    if case.absent:
        assert not [location for location, text in docs if case.absent in text]


def test_a_limit_says_how_to_raise_it(runs: dict[str, Run]):
    run = runs["nested, overlapping and crowded zips"]
    skips, _ = _stored(run.db)
    [reason] = [r for location, r in skips if _of(run.folder, "many.zip", location)]
    assert reason == ("over max_archive_members (50): this member and those after it are not read; "
                      "set KEIRETSU_MAX_ARCHIVE_MEMBERS to raise it")


@pytest.mark.parametrize("name", ["empty.csv", "empty.jsonl", "empty.zip"])
def test_an_empty_file_exits_2(tmp_path: Path, name: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(b"")
    run = ingest(folder / name, {})
    assert run.code == 2 and "empty input" in run.output, run.output
