"""A trained judge over the rules: which (company, company, type) candidates a sentence states.

The rules read the parse, and the small model's parse is often wrong in long
sentences ("Geely" tagged an adverb, "Renault" a compound of the venture's
name). So the rules propose and a classifier decides. The candidates are the
rules' own mentions plus every ordered pair of companies in the sentence for
each type that one of its trigger words names. Each candidate is described by
sparse features: what the rules said of it (and of the reversed pair), where
the trigger sits between the two names, the words and prepositions between
them, their roles in the parse. A logistic regression scores it.

The weights ship in ``data/relations.json``: trained by ``keiretsu train
relations`` on labelled sentences (``eval/extract/dev.jsonl``, ``dev2.jsonl`` and
``train-reuters.jsonl``, never on ``test.jsonl``); see
``eval/extract/README.md``. Without a model file the rules' mentions stand.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..models import Mention, RelationType
from .entities import Ent

MODEL_FILE = "data/relations.json"
_PREPS = {"by", "in", "with", "from", "to", "of", "for", "into", "between", "and", "as", "on"}


@dataclass
class Candidate:
    """One possible relationship in a sentence: ``source`` → ``target`` of ``type``."""

    type: RelationType
    source: str
    target: str
    a: Ent  # the entities the names come from (a plural reference stands for both)
    b: Ent
    trigger: int | None  # the nearest trigger of this type (token index)
    rule: Mention | None = None  # the rules' mention of exactly this, if any
    features: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        if not self.type.directed and self.target.casefold() < self.source.casefold():
            return (self.type.value, self.target, self.source)
        return (self.type.value, self.source, self.target)


def candidates(sent, companies: list[Ent], triggers: list[tuple[int, RelationType, bool]],
               rule_mentions: list[Mention]) -> list[Candidate]:
    """Every candidate of a parsed sentence, with its features."""
    by_type: dict[RelationType, list[tuple[int, bool]]] = {}
    for i, rtype, weak in triggers:
        by_type.setdefault(rtype, []).append((i, weak))
    rules = {m.key: m for m in rule_mentions}
    rule_pairs: dict[frozenset, set[str]] = {}
    for m in rule_mentions:
        rule_pairs.setdefault(frozenset((m.source, m.target)), set()).add(m.type.value)
    pairs: list[tuple[str, str, Ent, Ent]] = [(x, y, a, b) for a in companies for b in companies if a is not b
                                              for x in a.names for y in b.names if x != y]
    for e in companies:
        if e.members and len(e.members) == 2:
            pairs.append((e.members[0], e.members[1], e, e))
    out: dict[tuple, Candidate] = {}
    # In the enum's order, not a set's: an enum hashes by its name, so a set's order changes with
    # the hash seed, and the order of the candidates is the order of the mentions stored.
    types = set(by_type) | {m.type for m in rule_mentions}
    for rtype in (r for r in RelationType if r in types):
        for x, y, a, b in pairs:
            if not rtype.directed and y.casefold() < x.casefold():
                continue
            near = by_type.get(rtype, [])
            trigger = min(near, key=lambda tw: _distance(tw[0], a, b))[0] if near else None
            c = Candidate(rtype, x, y, a, b, trigger)
            c.rule = rules.get(c.key)
            if c.key not in out:
                out[c.key] = c
    parse = _Parse(sent)
    for c in out.values():
        reverse = rules.get((c.type.value, c.target, c.source)) if c.type.directed else None
        c.features = _features(parse, c, reverse, rule_pairs.get(frozenset((c.source, c.target)), set()),
                               by_type.get(c.type, []), len(companies))
    return list(out.values())


class _Parse:
    """What the features read off a sentence's parse, worked out once per sentence: a sentence
    with n companies has some n² candidates, and reading the whole parse for each made a long
    sentence cost its length cubed."""

    def __init__(self, sent):
        self.sent = sent
        self.passive = any(x.dep_ in ("auxpass", "nsubjpass") for x in sent)
        self._subtrees: dict[int, frozenset[int]] = {}
        self._roots: dict[tuple[int, int], str] = {}

    def subtree(self, k: int) -> frozenset[int]:
        if k not in self._subtrees:
            self._subtrees[k] = frozenset(x.i for x in self.sent[k].subtree)
        return self._subtrees[k]

    def root_dep(self, e: Ent) -> str:
        if (e.i, e.j) not in self._roots:
            self._roots[(e.i, e.j)] = self.sent[e.i : e.j].root.dep_
        return self._roots[(e.i, e.j)]


def _distance(i: int, a: Ent, b: Ent) -> int:
    lo, hi = min(a.i, b.i), max(a.j, b.j)
    return 0 if lo <= i < hi else min(abs(i - lo), abs(i - hi))


def _features(parse: _Parse, c: Candidate, reverse: Mention | None, pair_types: set[str],
              triggers: list[tuple[int, bool]], n_companies: int) -> list[str]:
    sent = parse.sent
    t = c.type.value
    f = [f"type:{t}"]
    if c.rule is not None:
        f += [f"rule:{t}", f"rule_conf:{t}:{c.rule.confidence:.2f}"]
    if reverse is not None:
        f += [f"rule_reverse:{t}", f"rule_reverse_conf:{reverse.confidence:.2f}"]
    others = pair_types - {t}
    if others:
        f.append(f"rule_other_type:{t}")
        f += [f"rule_also:{t}:{o}" for o in sorted(others)]
    if not pair_types:
        f.append(f"rule_silent_on_pair:{t}")
    f.append(f"companies:{min(n_companies, 4)}")
    a, b = c.a, c.b
    if a is b:  # "the two companies": the reference stands for the pair
        f.append(f"members:{t}")
        return f
    first = "ab" if a.i < b.i else "ba"
    lo, hi = (a, b) if a.i < b.i else (b, a)
    gap = hi.i - lo.j
    f += [f"order:{t}:{first}", f"gap:{t}:{_bucket(gap)}"]
    if c.trigger is not None:
        k = c.trigger
        where = "before" if k < lo.i else "after" if k >= hi.j else "between" if lo.j <= k < hi.i else "inside"
        tok = sent[k]
        f += [f"trigger_at:{t}:{first}:{where}", f"trigger:{t}:{tok.lemma_.lower()}",
              f"trigger_lemma_at:{t}:{tok.lemma_.lower()}:{first}:{where}",
              f"trigger_weak:{t}:{all(w for _, w in triggers)}"]
        subtree = parse.subtree(k)
        f.append(f"in_subtree:{t}:{a.i in subtree}:{b.i in subtree}")
    if gap <= 12:
        between = sent[lo.j : hi.i]
        words = {x.lemma_.lower() for x in between if not x.is_punct}
        f += [f"between:{t}:{first}:{w}" for w in sorted(words)]
        if not words:
            f.append(f"adjacent:{t}:{first}")
        if any(x.lower_ == "and" for x in between) and gap <= 2:
            f.append(f"conjoined:{t}")
    else:
        f.append(f"far:{t}")
    for side, e in (("a", a), ("b", b)):
        f.append(f"dep_{side}:{t}:{parse.root_dep(e)}")
        prev = sent[e.i - 1].lower_ if e.i > 0 else "^"
        if prev in _PREPS:
            f.append(f"prep_{side}:{t}:{prev}")
        if e.j < len(sent) and sent[e.j].lower_ in ("'s", "'"):
            f.append(f"poss_{side}:{t}")
    if parse.passive:
        f.append(f"passive:{t}:{first}")
    return f


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


@dataclass
class RelationModel:
    """Logistic regression over candidate features; ``threshold`` on the probability."""

    weights: dict[str, float]
    bias: float
    threshold: float
    about: dict = field(default_factory=dict)
    #: The rules' mentions at or above this confidence (a dependency path or an appositive said
    #: so) stand whatever the score: the model judges where the rules run out (guesses by word
    #: order, weak triggers) and adds what they missed.
    trust: float = 0.6

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(x, 0.0) for x in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, cands: list[Candidate]) -> list[tuple[Candidate, float]]:
        """The candidates the model accepts; of a directed pair stated both ways, the likelier."""
        scored = [(c, self.probability(c.features)) for c in cands]
        kept = {c.key: (c, p) for c, p in scored
                if p >= self.threshold or c.rule is not None and c.rule.confidence >= self.trust}
        for key, (c, p) in list(kept.items()):
            rev = (key[0], key[2], key[1])
            if c.type.directed and rev in kept and kept[rev][1] > p and not (c.rule and c.rule.confidence >= self.trust):
                del kept[key]
        return list(kept.values())

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "threshold": self.threshold, "trust": self.trust, "about": self.about,
                           "weights": dict(sorted(self.weights.items()))}, indent=0, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RelationModel:
        data = json.loads(text)
        return cls(data["weights"], data["bias"], data["threshold"], data.get("about", {}), data.get("trust", 0.6))

    @classmethod
    def load(cls, path: Path) -> RelationModel:
        try:
            return cls.from_json(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(str(path), f"cannot read the relation model ({exc.strerror})") from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(str(path), f"not a relation model file ({exc})") from exc

    @classmethod
    @cache
    def default(cls) -> RelationModel | None:
        """The packaged model, or None when the package ships none (the rules then stand alone)."""
        res = resources.files("keiretsu.extract").joinpath(MODEL_FILE)
        if not res.is_file():
            return None
        return cls.from_json(res.read_text(encoding="utf-8"))


def fit(examples: list[tuple[list[str], bool]], l2: float = 1.0, epochs: int = 400,
        min_count: int = 2) -> tuple[dict[str, float], float]:
    """Weights and bias of an L2-regularised logistic regression (full-batch Adam, numpy);
    ``l2`` is scikit-learn's ``1 / C``.
    Features seen fewer than ``min_count`` times are left out: with a few hundred sentences
    they would only learn the training set."""
    import numpy as np

    counts: dict[str, int] = {}
    for feats, _ in examples:
        for x in set(feats):
            counts[x] = counts.get(x, 0) + 1
    index = {x: n for n, x in enumerate(sorted(x for x, k in counts.items() if k >= min_count))}
    rows, cols = [], []
    for r, (feats, _) in enumerate(examples):
        for x in set(feats):
            if x in index:
                rows.append(r)
                cols.append(index[x])
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    y = np.array([1.0 if label else 0.0 for _, label in examples])
    n, d = len(examples), len(index)
    w, b = np.zeros(d), 0.0
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        z = b + np.bincount(rows_a, weights=w[cols_a], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) / n
        g_w = np.bincount(cols_a, weights=err[rows_a], minlength=d) + l2 * w / n
        g_b = float(err.sum())
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
        w -= lr * (m_w / (1 - beta1**step)) / (np.sqrt(v_w / (1 - beta2**step)) + eps)
        b -= lr * (m_b / (1 - beta1**step)) / (math.sqrt(v_b / (1 - beta2**step)) + eps)
    names = sorted(index, key=index.get)
    return {x: round(float(w[index[x]]), 4) for x in names if abs(w[index[x]]) >= 1e-4}, round(b, 4)
