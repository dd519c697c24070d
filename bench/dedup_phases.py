"""CPU seconds by phase of `keiretsu --db DB dedup --rebuild`, in one process (executor inline,
reduce not forked, no profiler): where the run's time goes, without a sampler's skew on a loaded
machine. It rebuilds the index of DB: run it on a copy.

    cp STORE COPY && .venv/bin/python bench/dedup_phases.py COPY    # one line of JSON, seconds
"""
import collections
import functools
import json
import os
import sys
import time

t_start = time.process_time()
os.environ["KEIRETSU_WORKERS"] = "1"  # the executor inline: read before keiretsu's settings are
import keiretsu.dedup.step as step  # noqa: E402 - after the environment is set
from keiretsu.cli.main import main  # noqa: E402

step.can_fork = lambda: False  # the reduce in this process
acc = collections.Counter()
def timed(name, fn):
    @functools.wraps(fn)
    def w(*a, **k):
        t = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            acc[name] += time.process_time() - t
    return w
step.sign = timed("map", step.sign)
step.analyse = timed("map: sentence analysis", step.analyse)
if hasattr(step, "analyse_texts"):  # a shard's texts together, since DEDUP9
    step.analyse_texts = timed("map: sentence analysis", step.analyse_texts)
step.encode = timed("map: digests encoded", step.encode)
step.band_keys = timed("map: band keys", step.band_keys)
step.MinHasher.signatures = timed("map: MinHash signatures", step.MinHasher.signatures)
step.Sentences.of = classmethod(timed("map: set items hashed (Sentences.of)", step.Sentences.of.__func__))
step.Sentences.digest = timed("map: digests", step.Sentences.digest)
if hasattr(step, "_own_links"):
    step._own_links = timed("map: links within documents", step._own_links)
else:
    step.Sentences.within = timed("map: links within documents", step.Sentences.within)
step.opening_of = timed("map: openings", step.opening_of)
D = step.Deduplicator
D._reduce = timed("reduce", D._reduce)
D._commit = timed("commit (writes)", D._commit)
D.recluster = timed("clusters + relinking", D.recluster)
step.warm = timed("numba kernels loaded", step.warm)
sys.argv = ["keiretsu", "--db", sys.argv[1], "dedup", "--rebuild", "--quiet", "--json"]
t0 = time.process_time()
try:
    main()
except SystemExit:
    pass
t1 = time.process_time()
acc["startup (imports)"] = t0 - t_start
acc["total"] = t1 - t_start
print(json.dumps({k: round(v, 3) for k, v in sorted(acc.items())}))
