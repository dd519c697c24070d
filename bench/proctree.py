"""The memory and CPU of a process and its descendants, read from Linux's /proc: what the
benchmarks sample while the command a user runs is running."""

from __future__ import annotations

import os

TICK = os.sysconf("SC_CLK_TCK")


def sample(root: int) -> tuple[int, float]:
    """Bytes (sum of PSS: forked workers' shared pages count once) and CPU seconds (user + system,
    with reaped children's) of process ``root`` and its descendants."""
    children: dict[int, list[int]] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue  # gone meanwhile
            children.setdefault(int(fields[1]), []).append(int(entry))
            cpu[int(entry)] = sum(int(x) for x in fields[11:15]) / TICK
    # one map of children, walked once: sampled every 50-100 ms, a scan of every process per
    # descendant cost the sampler a quarter of a core beside a Ray build's many processes
    tree, todo = {root}, [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            tree.add(child)
            todo.append(child)
    pss = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
                pss += next(int(line.split()[1]) for line in f if line.startswith(b"Pss:")) * 1024
        except (OSError, StopIteration):
            continue
    return pss, sum(cpu.get(pid, 0.0) for pid in tree)
