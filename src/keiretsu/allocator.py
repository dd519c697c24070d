"""The writer's heap: what a long run does to keep its resident memory to what it holds.

A dedup run allocates, batch after batch, large numpy arrays that live for one batch beside
arrays that grow for the whole run (the index). glibc's allocator raises its mmap threshold each
time a large block is freed, so later large arrays come from the heap, between long-lived blocks,
and the freed space stays resident: measured on 50,000 documents, 130-230 MB of free heap. With a
fixed threshold, large arrays are mapped and unmapped whole, and trimming after each batch hands
the free pages left in the heap back. Elsewhere than glibc, both are left to the platform.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

#: Blocks from this size are mapped apart (``M_MMAP_THRESHOLD``), not carved from the heap.
MMAP_THRESHOLD = 256 * 1024
_M_MMAP_THRESHOLD = -3
_M_TRIM_THRESHOLD = -1
#: glibc's largest ``M_MMAP_THRESHOLD`` on 64-bit platforms.
_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024


@cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None  # glibc's, not musl's


#: Whether ``map_large_blocks`` set this process's heap (or, in a forked child, its parent's before
#: the fork: a child inherits the setting with the flag).
_mapped_apart = False


def map_large_blocks() -> None:
    """Map large blocks apart for the rest of the process (see the module's doc)."""
    global _mapped_apart
    if (libc := _libc()) is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
        _mapped_apart = True


def large_blocks_mapped() -> bool:
    """Whether large blocks are mapped apart here, by ``map_large_blocks`` (and not undone by
    ``reuse_large_blocks``): in a forked worker, whether it inherited that from its driver."""
    return _mapped_apart


def reuse_large_blocks() -> None:
    """The opposite of ``map_large_blocks``, for a short-lived process whose memory dies with it (a
    batch's forked reduce): large blocks carved from the heap and kept there when freed, so that
    the next array of a like size reuses their pages instead of mapping, faulting in and
    unmapping new ones (a second of system time in a 20,000-document run's reduces)."""
    global _mapped_apart
    if (libc := _libc()) is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_MAX)
        libc.mallopt(_M_TRIM_THRESHOLD, 2**31 - 1)
        _mapped_apart = False


def release_free_memory() -> None:
    """Hand the heap's free pages back to the system, between batches."""
    if (libc := _libc()) is not None:
        libc.malloc_trim(0)
