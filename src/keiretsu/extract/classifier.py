"""A trained judge over the rules: which relationships a sentence states.

The rules read the parse, and the small model's parse is often wrong in long
sentences ("Geely" tagged an adverb, "Renault" a compound of the venture's
name); on real news nobody here wrote, they find about a third of what an analyst
takes. So the rules propose, the candidates are widened, and a classifier decides.
The candidates are the rules' own mentions, every ordered pair of companies in the
sentence for each type that one of its trigger words names, and every person and
company of a sentence that names an office (``role``). Each candidate is described
by sparse features: what the rules said of it (and of the reversed pair), where
the trigger sits between the two names and the words about it, the words and
prepositions between the names and either side of each, the dependency path from
one to the other, their roles in the parse. A logistic
regression scores it. The rules keep what they are precise at: the status and the
attributes of what is kept, and the mentions they are sure of (``trust``).

The weights ship in ``data/relations.json``, made by ``keiretsu train relations``
from real labelled documents (``eval/docs/train*.jsonl``), our labelled sentences
(``eval/extract/`` but ``test.jsonl``), FIRE's training sentences and KnowledgeNet's
training folds (``training.py`` reads them); its ``about`` says what it was trained
on and how it did in cross-validation. A missing or broken file stops the run.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..models import EntityKind, Mention, RelationType, Status
from . import lexicon as L
from .entities import Ent

MODEL_FILE = "data/relations.json"
#: The command that makes ``MODEL_FILE`` from the labelled files (run in the repository).
REBUILD = "keiretsu train relations --out src/keiretsu/extract/data/relations.json"
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
               rule_mentions: list[Mention], people: list[Ent] = ()) -> list[Candidate]:
    """Every candidate of a parsed sentence, with its features: deals of the types its triggers name,
    and a role for every person and company when it names an office."""
    by_type: dict[RelationType, list[tuple[int, bool]]] = {}
    for i, rtype, weak in triggers:
        by_type.setdefault(rtype, []).append((i, weak))
    borrowed: dict[RelationType, list[tuple[int, bool]]] = {}
    for rtype in list(by_type):
        for other in _COMPANIONS.get(rtype, ()):
            if other not in by_type:
                borrowed.setdefault(other, []).extend(by_type[rtype])
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
    types = (set(by_type) | set(borrowed) | {m.type for m in rule_mentions}) - {RelationType.ROLE}
    for rtype in (r for r in RelationType if r in types):
        for x, y, a, b in pairs:
            # An undirected pair is read in the sentence's order, whatever its names' alphabetical
            # order: the features say which end comes first, and "Cedar and Halvorsen formed an
            # alliance" must weigh as "Juniper and Halvorsen" does.
            # A reference that stands for the pair ("the two companies") is one place: its members stay in the
            # order written, or the pair whose first member sorts last would make no candidate, and the model,
            # judging only candidates, would drop the rules' tie of it unread.
            if not rtype.directed and a is not b and (a.i, a.j, x.casefold()) > (b.i, b.j, y.casefold()):
                continue
            near = by_type.get(rtype) or borrowed.get(rtype, [])
            trigger = min(near, key=lambda tw: distance(tw[0], a, b))[0] if near else None
            c = Candidate(rtype, x, y, a, b, trigger)
            c.rule = rules.get(c.key)
            if c.key not in out:
                out[c.key] = c
    parse = _Parse(sent)
    titles = [t.i for t in sent if _TITLE.match(t.lower_)] if people else []
    roles: list[Candidate] = []
    for p in people if titles else ():
        for e in companies:
            trigger = min(titles, key=lambda k: distance(k, p, e))
            for y in e.names:
                c = Candidate(RelationType.ROLE, p.name, y, p, e, trigger)
                c.rule = rules.get(c.key)
                c.features = _role_features(parse, c, titles, people, len(companies))
                roles.append(c)
    for c in out.values():
        reverse = rules.get((c.type.value, c.target, c.source)) if c.type.directed else None
        c.features = _features(parse, c, reverse, rule_pairs.get(frozenset((c.source, c.target)), set()),
                               by_type.get(c.type) or borrowed.get(c.type, []), len(companies))
        if c.type not in by_type:
            c.features.append(f"borrowed:{c.type.value}")
    return list(out.values()) + roles


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

    def path(self, a: Ent, b: Ent) -> tuple[list[str], list[str]]:
        """The dependency path between two entities' heads, as (up from a, down to b) steps
        ``dep/lemma``; a conjunct climbs to the word it is conjoined with unrecorded, so the
        second of "A and B are shareholders of C" reads as the first."""
        up_a, up_b = self._chain(a), self._chain(b)
        at_b = {k: n for n, (k, _) in enumerate(up_b)}
        for n, (k, _) in enumerate(up_a):
            if k in at_b:
                m = at_b[k]
                return [s for _, s in up_a[:n] if s], [s for _, s in up_b[:m] if s][::-1]
        return [s for _, s in up_a if s], [s for _, s in up_b if s][::-1]

    def _chain(self, e: Ent) -> list[tuple[int, str]]:
        """The tokens from an entity's head to the root, each with the step that leaves it."""
        sent = self.sent
        tok = sent[e.i : e.j].root
        out: list[tuple[int, str]] = []
        seen = set()
        while tok.i not in seen:
            seen.add(tok.i)
            head = tok.head
            if head.i == tok.i:
                out.append((tok.i, ""))
                break
            step = "" if tok.dep_ in ("conj", "appos", "compound", "cc") else f"{tok.dep_}/{head.lemma_.lower()}"
            out.append((tok.i, step))
            tok = head
        return out

    def root_dep(self, e: Ent) -> str:
        if (e.i, e.j) not in self._roots:
            self._roots[(e.i, e.j)] = self.sent[e.i : e.j].root.dep_
        return self._roots[(e.i, e.j)]


def distance(i: int, a: Ent, b: Ent) -> int:
    """Tokens from ``i`` to the stretch that holds ``a`` and ``b``: 0 inside it."""
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
        # the words about the trigger say whether it happened and how: "agreed to buy", "rumored to
        # be buying", "broke off merger talks"; its function words ("an", "to") say nothing of it
        near = _words(x for x in sent[max(0, k - 3) : k + 3] if not x.is_stop)
        f += [f"near_trigger:{t}:{w}" for w in sorted(near - {tok.lemma_.lower()})]
    if gap <= 12:
        between = sent[lo.j : hi.i]
        words = _lemmas(between)
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
        # the words either side of a name: "a unit of", "from", "'s subsidiary", "controlled by"
        f += [f"left_{side}:{t}:{w}" for w in sorted(_words(sent[max(0, e.i - 2) : e.i]))]
        f += [f"right_{side}:{t}:{w}" for w in sorted(_words(sent[e.j : e.j + 2]))]
    if parse.passive:
        f.append(f"passive:{t}:{first}")
    return f + _path_features(parse, t, a, b)


#: The types the words of one type often state of the same pair too, by the labelling conventions: a
#: named unit bought is its seller's divestment, new shares bought an investment and a stake, a
#: "merger" often a takeover. A sentence with a trigger of the first makes candidates of the others
#: (told that they borrowed it), and the model learns when they hold.
_COMPANIONS = {
    RelationType.ACQUISITION: (RelationType.STAKE, RelationType.DIVESTMENT, RelationType.MERGER),
    RelationType.STAKE: (RelationType.ACQUISITION, RelationType.INVESTMENT, RelationType.DIVESTMENT),
    RelationType.DIVESTMENT: (RelationType.ACQUISITION, RelationType.STAKE),
    RelationType.INVESTMENT: (RelationType.STAKE,),
    RelationType.MERGER: (RelationType.ACQUISITION,),
    RelationType.ALLIANCE: (RelationType.JOINT_VENTURE,),
    RelationType.JOINT_VENTURE: (RelationType.ALLIANCE,),
}

#: Words of an office: a sentence with none of them gives no role candidate.
_TITLE = re.compile(r"^(?:chief|ceo|cfo|coo|cto|chair(?:man|woman|person)?|president|director|officer|executive|head|"
                    r"founder|co-founder|boss|managing|partner|vice|deputy|treasurer|secretary|"
                    r"spokes(?:man|woman|person)|manager|owner|governor|principal)$")


def _role_features(parse: _Parse, c: Candidate, titles: list[int], people: list[Ent], n_companies: int) -> list[str]:
    """What says that a person holds an office at a company: where the office's word sits between
    them, the words between, "of"/"at" before the company, a possessive, the parse."""
    sent = parse.sent
    p, e = c.a, c.b
    f = ["type:role", f"people:{min(len(people), 3)}", f"companies:{min(n_companies, 4)}"]
    if c.rule is not None:
        f += ["rule:role", f"rule_conf:role:{c.rule.confidence:.2f}"]
    else:
        f.append("rule_silent:role")
    first = "pc" if p.i < e.i else "cp"
    lo, hi = (p, e) if p.i < e.i else (e, p)
    gap = hi.i - lo.j
    f += [f"order:role:{first}", f"gap:role:{first}:{_bucket(gap)}"]
    k = c.trigger
    where = "before" if k < lo.i else "after" if k >= hi.j else "between" if lo.j <= k < hi.i else "inside"
    title = sent[k].lower_
    f += [f"title:{title}", f"title_at:{first}:{where}", f"title_word_at:{title}:{first}:{where}",
          f"title_gap:{_bucket(min(abs(k - p.i), abs(k - p.j + 1)))}"]
    if k > 0 and sent[k - 1].lower_ in ("vice", "deputy", "assistant", "former"):
        f.append(f"title_prefix:{sent[k - 1].lower_}")
    if gap <= 10:
        between = sent[lo.j : hi.i]
        f += [f"between:role:{first}:{w}" for w in sorted(_lemmas(between))]
        if any(x.text == "," for x in between):
            f.append(f"comma:role:{first}")
        if not len(between):
            f.append(f"adjacent:role:{first}")
    else:
        f.append("far:role")
    if any(q is not p and lo.j <= q.i < hi.i for q in people):
        f.append("person_between:role")
    prev = sent[e.i - 1].lower_ if e.i > 0 else "^"
    if prev in _PREPS or prev == "at":  # "a director at Arch Coal"
        f.append(f"prep_c:role:{prev}")
    if e.j < len(sent) and sent[e.j].lower_ in ("'s", "'"):
        f.append("poss_c:role")
    f += [f"dep_p:role:{parse.root_dep(p)}", f"dep_c:role:{parse.root_dep(e)}"]
    head = sent[p.i : p.j].root.head
    f.append(f"p_head:role:{head.lemma_.lower()}" if head.i not in range(p.i, p.j) else "p_head:role:self")
    if e.i <= head.i < e.j:
        f.append("p_head_in_c:role")
    return f + _path_features(parse, "role", p, e)


def _path_features(parse: _Parse, t: str, a: Ent, b: Ent) -> list[str]:
    """The dependency path from one end to the other: whole when short, and its words and steps."""
    up, down = parse.path(a, b)
    steps = len(up) + len(down)
    f = [f"path_len:{t}:{_bucket(steps)}"]
    if not steps and a is not b:  # "Peugeot maker PSA", "Jeep, Chrysler's unit": one phrase names both
        f.append(f"one_phrase:{t}")
    if steps <= 4:
        f.append(f"path:{t}:{'>'.join(up)}|{'<'.join(down)}")
    f += [f"path_up:{t}:{x}" for x in up[:3]] + [f"path_down:{t}:{x}" for x in down[-3:]]
    f += [f"path_word:{t}:{x.split('/', 1)[1]}" for x in up + down]
    return f


def role_mention(sent, c: Candidate, sentence: str, start: int, end: int, p: float,
                 titles: Callable[[str], list[tuple[int, str]]]) -> Mention:
    """A role the model found where the rules found none: the office as written nearest the name
    ("Vice President" stays itself), ended when "former" or a leaving word sits by the name. ``titles``
    reads the executive offices in a piece of text, each with where it starts."""
    person, k = c.a, c.trigger
    lo, hi = min(k, person.i), max(k + 1, person.j)
    first = max(0, lo - 3)
    words = sent[first : min(len(sent), hi + 3)].text
    found = titles(words)
    p_start, p_end = sent[person.i].idx - sent[first].idx, sent[person.j - 1].idx + len(sent[person.j - 1].text) - sent[first].idx
    # "elected X as chairman, succeeding Y, and Z as president, succeeding W", "led by Ed Raimonde (Chairman
    # & CEO), Stephen Powers (President)": the office told right after the name ("as president", in brackets),
    # else, past another name, the nearest before it, is this name's
    own = [f for f in found if f[0] >= p_end and re.fullmatch(rf"\s*(?:,\s*|\(\s*)?(?:as\s+)?{L.BEFORE_TITLE}",
                                                             words[p_end : f[0]])]
    before = [f for f in found if f[0] < p_start]
    if not own and before and re.search(r"[A-Z][\w.]*\s+[A-Z]", words[min(before)[0] : max(before)[0]]):
        own = [max(before)]
    title = min(own or found)[1] if found else " ".join(x.text for x in sent[k - 1 : k + 1] if x.lower_ in
                                                 ("vice", "deputy", "managing", "executive", sent[k].lower_)).title()
    before = sent[max(0, person.i - 6) : person.i].text
    after = sent[person.j : person.j + 6].text
    ended = bool(re.search(r"\b(?:former|formerly|ex-)\b", before, re.I) or L.ROLE_ENDED.search(after))
    # "Allen will succeed Leo Egan, who will become chairman": an office still to be taken up
    between = sent[person.j : k].text if k >= person.j else ""
    ahead = None if ended or not between else L.ROLE_AHEAD.search(between)
    status = Status.ENDED if ended else Status.AGREED if ahead else Status.ACTIVE
    return Mention(RelationType.ROLE, c.source, c.target, status, sentence, start,
                   end, source_kind=EntityKind.PERSON, attributes={"title": title}, trigger=sent[k].text,
                   cues=["former"] if ended else [ahead.group(0)] if ahead else [], confidence=round(p, 2))


def _lemmas(tokens) -> set[str]:
    """The lemmas of the words among ``tokens``, punctuation and runs of spaces left out (wire copy lays its
    tables and paragraphs out in spaces: a style, nothing a sentence states)."""
    return {x.lemma_.lower() for x in tokens if not x.is_punct and not x.is_space}


def _words(tokens) -> set[str]:
    """``_lemmas`` of ``tokens`` without numbers."""
    return _lemmas(x for x in tokens if not x.like_num)


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
    #: A mention of the rules below ``trust`` is dropped when it scores under this; ``threshold`` is what
    #: a tie the rules did not make must score to be added. The model ranks the rules' own ties far
    #: better than the pairs they passed over (cross-validated on the training documents, a low veto
    #: and a high bar to add beat one threshold both ways). None: ``threshold`` both ways.
    veto: float | None = None
    #: What a role the rules did not give must score to be added, when it is not ``threshold``: the pairs
    #: of a person and a company in a sentence naming an office hold far more true ties than the pairs of
    #: companies the rules passed over. None: ``threshold``.
    role_threshold: float | None = None

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(x, 0.0) for x in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, cands: list[Candidate]) -> list[tuple[Candidate, float]]:
        """The candidates the model accepts; of a directed pair stated both ways, the likelier."""
        return self.choose([(c, self.probability(c.features)) for c in cands])

    def choose(self, scored: list[tuple[Candidate, float]]) -> list[tuple[Candidate, float]]:
        """``decide`` over candidates already scored."""
        cands = [c for c, _ in scored]
        veto = self.threshold if self.veto is None else self.veto
        # where the rules are sure of a pair they have read how the sentence ties it: the model adds
        # no other type to it ("acquired 21.2 pct of Metex" is a stake, not also a takeover)
        sure = {frozenset((c.source, c.target)) for c in cands if c.rule is not None and c.rule.confidence >= self.trust}
        roles = self.threshold if self.role_threshold is None else self.role_threshold
        kept = {c.key: (c, p) for c, p in scored
                if (p >= veto if c.rule is not None else
                    p >= (roles if c.type is RelationType.ROLE else self.threshold)
                    and frozenset((c.source, c.target)) not in sure)
                or c.rule is not None and c.rule.confidence >= self.trust}
        for key, (c, p) in list(kept.items()):
            rev = (key[0], key[2], key[1])
            if c.type.directed and rev in kept and kept[rev][1] > p and not (c.rule and c.rule.confidence >= self.trust):
                del kept[key]
        return list(kept.values())

    def to_json(self) -> str:
        veto = {} if self.veto is None else {"veto": self.veto}
        roles = {} if self.role_threshold is None else {"role_threshold": self.role_threshold}
        return json.dumps({"bias": self.bias, "threshold": self.threshold, **veto, **roles, "trust": self.trust,
                           "about": self.about, "weights": dict(sorted(self.weights.items()))},
                          indent=0, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RelationModel:
        data = json.loads(text)
        weights = data["weights"]
        if not isinstance(weights, dict) or not all(isinstance(w, (int, float)) for w in weights.values()):
            raise ValueError("its weights are no table of numbers")
        veto, roles = data.get("veto"), data.get("role_threshold")
        return cls(weights, float(data["bias"]), float(data["threshold"]), data.get("about", {}),
                   float(data.get("trust", 0.6)), None if veto is None else float(veto),
                   None if roles is None else float(roles))

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
    def default(cls) -> RelationModel:
        """The packaged model. Missing or broken, it stops the run with a line that names it and the
        command that rebuilds it: the rules alone find much less, and nobody would notice a quiet
        fallback to them (``--relation-model none`` asks for them)."""
        return cls.shipped(resources.files("keiretsu.extract").joinpath(MODEL_FILE))

    @classmethod
    def shipped(cls, res) -> RelationModel:
        """The model at ``res`` (a path or a package resource), which only ``REBUILD`` makes."""
        try:
            return cls.from_json(res.read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else f"not a relation model file ({exc})"
            raise InputError(str(res), f"{reason}; rebuild it with `{REBUILD}`") from exc


def fit(examples: list[tuple[list[str], bool]], sample_weight: list[float] | None = None, l2: float = 1.0,
        epochs: int = 400, min_count: int = 2) -> tuple[dict[str, float], float]:
    """Weights and bias of an L2-regularised logistic regression (full-batch Adam, numpy);
    ``l2`` is scikit-learn's ``1 / C``; ``sample_weight`` how much each example counts (1 each unset).
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
    sw = np.ones(len(examples)) if sample_weight is None else np.array(sample_weight, dtype=float)
    n, d = float(sw.sum()), len(index)
    w, b = np.zeros(d), 0.0
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        z = b + np.bincount(rows_a, weights=w[cols_a], minlength=len(y))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = sw * (p - y) / n
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
