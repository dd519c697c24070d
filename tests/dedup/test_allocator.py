"""The writer's heap settings (keiretsu.allocator) take effect on glibc.

Each case runs in a fresh interpreter, so that no other test's threads allocate while the heap is
measured."""

import subprocess
import sys

import pytest

from keiretsu import allocator

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
