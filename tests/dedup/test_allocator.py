"""The writer's heap settings (keiretsu.allocator) take effect on glibc."""

import ctypes
import sys

import numpy as np
import pytest

from keiretsu import allocator


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


@pytest.mark.skipif(not sys.platform.startswith("linux") or allocator._libc() is None
                    or not hasattr(allocator._libc(), "mallinfo2"), reason="glibc's allocator only")
def test_large_blocks_are_mapped_apart_and_free_pages_handed_back():
    libc = allocator._libc()
    libc.mallinfo2.restype = _MallInfo2
    allocator.map_large_blocks()
    heap = libc.mallinfo2().uordblks
    arrays = [np.ones(allocator.MMAP_THRESHOLD // 8 * 2) for _ in range(16)]  # 512 KB each, 8 MB in all
    assert libc.mallinfo2().uordblks - heap < 2 * 2**20  # mapped apart, not carved from the heap
    assert sum(a.nbytes for a in arrays) == 8 * 2**20
    del arrays
    allocator.release_free_memory()  # callable between batches on every platform
