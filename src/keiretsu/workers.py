"""Forked worker processes that never outlive the command that started them."""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from .errors import KeiretsuError

T = TypeVar("T")

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


def run_forked(name: str, fn: Callable[[], T]) -> T:
    """``fn()`` in a forked child process (``ps`` shows ``name``), its result pickled back: what it
    allocates dies with it, so that a long-lived parent keeps its own memory to what it holds. The
    child's exception is raised here; a child that died without answering raises ``KeiretsuError``.

    The child sees the parent's memory as it was at the fork (copy on write) and must not use what
    the parent holds open (a database connection: it opens its own). Its collector leaves what it
    inherited alone: traversing it would copy every page it lies on."""
    read, write = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's lines run in another process
        code = 1
        try:
            os.close(read)
            gc.freeze()
            worker_start(parent, name)
            with os.fdopen(write, "wb") as out:
                try:
                    answer: tuple[bool, Any] = (True, fn())
                except BaseException as e:  # noqa: BLE001 - raised in the parent
                    answer = (False, e)
                try:
                    data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
                    if not answer[0]:
                        pickle.loads(data)  # an exception made again in the parent as it is here
                except Exception as e:  # noqa: BLE001 - one that cannot be, or a result: its line
                    what = e if answer[0] else answer[1]
                    data = pickle.dumps((False, KeiretsuError(f"{name}: {type(what).__name__}: {what}")))
                out.write(data)
            code = 0
        finally:
            os._exit(code)  # a forked child must not run the parent's exit handlers
    os.close(write)
    try:
        with os.fdopen(read, "rb") as answers:
            ok, value = pickle.load(answers)
    except (EOFError, pickle.UnpicklingError):
        ok, value = False, KeiretsuError(f"{name}: the process stopped unexpectedly")
    except BaseException:
        os.kill(pid, signal.SIGKILL)  # stopped here (Ctrl-C): nothing the child finds is wanted
        raise
    finally:
        os.waitpid(pid, 0)
    if not ok:
        raise value
    return value


def can_fork() -> bool:
    """Whether ``run_forked`` can run here: where processes fork (not on Windows)."""
    return hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()
