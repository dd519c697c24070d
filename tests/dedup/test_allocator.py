"""The writer's memory: its heap settings (keiretsu.allocator) take effect on glibc, and what a
forked call (a dedup batch's reduce, keiretsu.workers.run_forked) allocates dies with it.

The heap cases run in a fresh interpreter, so that no other test's threads allocate while the
heap is measured."""

import os
import subprocess
import sys
from functools import partial

import pytest

from keiretsu import allocator
from keiretsu.errors import InputError, KeiretsuError, StoreError
from keiretsu.workers import can_fork, run_forked

_CASE = """
import ctypes, sys
import numpy as np
from keiretsu import allocator

class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = allocator._libc()
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "mapped":
    allocator.map_large_blocks()
big = np.ones(2**19)  # 4 MB, mapped; freed, it raises glibc's own threshold past the arrays below
del big
heap = libc.mallinfo2().uordblks
arrays = [np.ones(allocator.MMAP_THRESHOLD // 8 * 2) for _ in range(16)]  # 512 KB each, 8 MB in all
print(libc.mallinfo2().uordblks - heap)
del arrays
allocator.release_free_memory()
"""


def _heap_growth(case: str) -> int:
    done = subprocess.run([sys.executable, "-c", _CASE, case], capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux") or allocator._libc() is None
                    or not hasattr(allocator._libc(), "mallinfo2"), reason="glibc's allocator only")
def test_large_blocks_are_mapped_apart_not_carved_from_the_heap():
    assert _heap_growth("default") >= 8 * 2**20  # glibc's threshold rose: the arrays came from the heap
    assert _heap_growth("mapped") < 2**20  # with the threshold fixed, they are mapped apart


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


@pytest.mark.skipif(not sys.platform.startswith("linux") or not can_fork(), reason="/proc and fork: Linux only")
def test_what_a_forked_call_allocates_dies_with_it():
    before = _rss_mb()
    assert run_forked("keiretsu-test", lambda: len(bytes(96 << 20))) == 96 << 20  # 96 MB, written
    assert _rss_mb() - before < 16


@pytest.mark.skipif(not can_fork(), reason="processes fork on POSIX only")
def test_a_forked_call_raises_what_it_raised_or_says_it_stopped():
    with pytest.raises(StoreError, match="the index is gone"):
        run_forked("keiretsu-test", partial(_raise, StoreError("the index is gone")))
    # One that cannot be made again from its message alone: its line, as keiretsu's error.
    with pytest.raises(KeiretsuError, match="InputError: batch 3: no text"):
        run_forked("keiretsu-test", partial(_raise, InputError("batch 3", "no text")))
    with pytest.raises(KeiretsuError, match="stopped unexpectedly"):
        run_forked("keiretsu-test", partial(os._exit, 3))


def _raise(error: Exception) -> None:
    raise error


_WARM = """
import json, sys
from keiretsu.dedup import kernels
from keiretsu.dedup.step import DedupSettings, Deduplicator
from keiretsu.store import open_store

names = ("agreements", "alignments", "intersections", "jaccard", "mostly_shared", "ranges", "unions")
kernels.warm()
warmed = {name: len(getattr(kernels, name).signatures) for name in names}
store = open_store(sys.argv[1])
Deduplicator(store, DedupSettings(batch=8, max_bucket=6, reduce_apart=False)).run()
print(json.dumps([warmed, {name: len(getattr(kernels, name).signatures) for name in names}]))
"""


def test_the_kernels_loaded_before_forking_are_those_a_reduce_calls(tmp_path):
    """``kernels.warm`` loads each kernel of the reduce with the argument types the reduce passes:
    a forked reduce then loads none (0.4 s a batch), and compiles no other version."""
    import json
    import random

    from keiretsu.jobs import ingest
    from keiretsu.settings import Settings
    from keiretsu.store import open_store

    from .test_speed import documents

    texts = documents(random.Random(43), 50)
    texts += [t + " Shares rose." for t in texts[:15]]
    texts += [". ".join(reversed(t.split(". "))) for t in texts[15:25]]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                                                 for i, t in enumerate(texts)))
    store = open_store(tmp_path / "k.db")
    ingest([str(tmp_path / "docs.jsonl")], store, Settings(db=tmp_path / "k.db"))
    store.close()
    done = subprocess.run([sys.executable, "-c", _WARM, str(tmp_path / "k.db")], capture_output=True, text=True,
                          check=True)
    warmed, after = json.loads(done.stdout.splitlines()[-1])
    assert all(warmed.values()) and after == warmed
