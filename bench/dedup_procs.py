"""CPU seconds (user, system) and minor page faults of each process of `keiretsu --db DB dedup`, as
the user runs it (two map workers, a reduce forked for each batch, the driver that writes): where
the process tree's time goes, and how much of it is the kernel's. It writes to DB: run it on a copy.

    cp STORE COPY && .venv/bin/python bench/dedup_procs.py COPY [--rebuild]

Each forked process reports its own usage as it exits (``os._exit``), the driver at its end; one
line each, then a sum by process name.
"""
import atexit
import collections
import os
import resource
import sys

_exit = os._exit
_rows: list[tuple[str, float, float, int]] = []


def _usage(name: str) -> str:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return f"{name} {r.ru_utime:.2f} {r.ru_stime:.2f} {r.ru_minflt}\n"


def _exit_reporting(code: int) -> None:
    with open(f"/proc/{os.getpid()}/comm") as f:
        name = f.read().strip()
    os.write(_report, _usage(name).encode())
    _exit(code)


_read, _report = os.pipe()
os._exit = _exit_reporting
from keiretsu.cli.main import main  # noqa: E402 - after os._exit is wrapped


def _summary() -> None:
    os.write(_report, _usage("driver").encode())
    os.close(_report)
    with os.fdopen(_read) as lines:
        text = lines.read()
    total: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0, 0.0, 0])
    for line in text.splitlines():
        name, user, system, faults = line.split()
        t = total[name]
        t[0] += 1
        t[1] += float(user)
        t[2] += float(system)
        t[3] += int(faults)
    print(f"{'process':<18}{'count':>6}{'user s':>9}{'system s':>10}{'faults':>10}", file=sys.stderr)
    for name, (n, user, system, faults) in sorted(total.items()):
        print(f"{name:<18}{n:>6}{user:>9.2f}{system:>10.2f}{faults:>10,}", file=sys.stderr)


atexit.register(_summary)
sys.argv = ["keiretsu", "--db", sys.argv[1], "dedup", "--quiet", "--json", *sys.argv[2:]]
main()
