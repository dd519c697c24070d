"""Forked worker processes that never outlive the command that started them."""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG, _PR_SET_NAME = 1, 15


def worker_start(parent: int, name: str) -> None:
    """The first thing a forked worker does: tie its life to its parent's (pid ``parent``).

    On Linux the kernel kills the worker when the parent ends, however it ends (``kill -9``
    included), so that no worker lingers holding the store open, blocked on a pipe nobody reads;
    elsewhere the pipe ends closing tell it. ``name`` is what ``ps`` and ``top`` show."""
    if sys.platform == "linux":
        try:
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    set_name(name)
    if os.getppid() != parent:  # the parent died before the kernel was asked: nobody to work for
        os._exit(1)


def set_name(name: str) -> None:
    """What ``ps`` and ``top`` show for this process from now on: a worker names the step it runs."""
    if sys.platform == "linux":
        try:
            ctypes.CDLL(None).prctl(_PR_SET_NAME, name.encode()[:15], 0, 0, 0)
        except (OSError, AttributeError):
            pass
