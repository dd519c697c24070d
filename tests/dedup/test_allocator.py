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
    before = libc.mallinfo2().hblkhd
    arrays = [np.ones(allocator.MMAP_THRESHOLD // 8 * 2) for _ in range(8)]  # 512 KB each
    assert libc.mallinfo2().hblkhd - before >= 8 * allocator.MMAP_THRESHOLD * 2  # mapped, not from the heap
    del arrays
    assert libc.mallinfo2().hblkhd <= before + allocator.MMAP_THRESHOLD  # and unmapped when freed
    allocator.release_free_memory()  # callable between batches on every platform
