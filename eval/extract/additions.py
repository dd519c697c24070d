"""Can the relation model's additions pay? Candidate recall and the additions' precision, cross-validated.

Run from the repository root (a few minutes; the same labelled texts as ``keiretsu train relations``)::

    python eval/extract/additions.py [--docs FILE ...] [--extra-docs FILE ...] [--fire none] [--knowledgenet none]

The model ``keiretsu train relations`` makes judges candidates: it can only add a tie the rules missed
if that tie is a candidate. On the real training documents, folded as ``train relations`` folds them
(each fold's model trained on the other folds and every other labelled text), this prints:

1. the gold ties the rules miss, by type: how many are candidates (on a pair the rules are not sure of,
   where the model may add, or on a pair they are sure of, where it may not) and why the others are
   not: no sentence names both ends (across sentences), a sentence names both but the rules do not find
   one of them there (a party not found), both found but no trigger word of the type (or the sentence was
   never parsed), both found with a trigger and still no candidate;
2. the additions alone, by type: right and wrong ties added at each threshold, out of fold;
3. relationship F1 of the rules alone, of the model as shipped (veto, no additions), with one threshold to
   add, with a threshold per type chosen on the other folds (nested), and of perfect judges (ceilings).

``--extra-docs`` adds real documents to every fold's training, never to the folds scored (Reuters
documents of a tuning split: FiNER-ORD articles are CC BY-NC and are dropped; held-out splits refused).
An addition raises F1 only when it is right more often than about F1 / 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from keiretsu.eval.extract import L2, MIN_COUNT, SOURCE_WEIGHTS, TRUST, VETO, Score
from keiretsu.extract.classifier import _COMPANIONS, RelationModel, fit
from keiretsu.extract.gazetteer import Gazetteer
from keiretsu.extract.names import name_key
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.extract.training import read_documents, read_fire, read_knowledgenet, read_sentences
from keiretsu.models import RelationType

CORPORA = Path("../shared/corpora")
HELD_OUT = re.compile(r"(^|/)(test|dev3|dev4|dev\.)|agreement")
DEALS = [t.value for t in RelationType if t is not RelationType.ROLE]
GRID = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7]
NEVER = 1.01


def _documents(path: Path, gaz: Gazetteer) -> tuple[list, list[dict]]:
    """The Reuters documents of a labelled split, read as ``train relations`` reads them, and their rows."""
    if HELD_OUT.search(path.as_posix()):
        sys.exit(f"{path}: held out for evaluation, never read here")
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r.get("corpus") != "finer-ord"]
    with tempfile.TemporaryDirectory() as tmp:
        kept = Path(tmp) / path.name
        kept.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return read_documents(kept, gaz), rows


class _Recording(RelationFinder):
    """The rules alone, remembering each parsed sentence's text, companies and trigger types."""

    def __init__(self):
        super().__init__(None, on_candidates=self._seen)
        self.sentences: list[dict] = []
        self.cands: list[tuple[int, object]] = []

    def _seen(self, cands) -> None:
        self.cands += [(len(self.sentences), c) for c in cands]

    def find(self, sent, ents, ctx, offset, sentence_span, doc_text):
        out = super().find(sent, ents, ctx, offset, sentence_span, doc_text)
        self.sentences.append({"text": sent.text, "triggers": {t.value for _, t, _ in self.triggers(sent)},
                               "companies": [n for e in ents if e.kind.value == "company" for n in e.names],
                               "people": [e.name for e in ents if e.kind.value == "person"]})
        return out


def read(items: list, gaz: Gazetteer) -> list[dict]:
    """Each labelled text's candidates (with the gold key each stands for) and, for a document, its sentences."""
    finder = _Recording()
    extractor = RuleExtractor(relations=finder)
    out = []
    for item in items:
        finder.sentences, finder.cands = [], []
        extractor.extract([(0, item.text)])
        cands = []
        for k, c in finder.cands:
            if c.type.value not in item.types:
                continue
            role = c.type is RelationType.ROLE
            a = item.person(c.source) if role else item.company(c.source, gaz)
            b = item.company(c.target, gaz)
            key = ("?", *c.key) if a is None or b is None else \
                (c.type.value, b, a) if not c.type.directed and b < a else (c.type.value, a, b)
            cands.append((k, c, key))
        out.append({"cands": cands, "gold": {r for r in item.relations if r[0] in item.types},
                    "sentences": finder.sentences if item.source == "docs" else []})
    return out


def choose(scored, add: dict[str, float], role: float = NEVER, veto: float = VETO, trust: float = TRUST):
    """``RelationModel.choose`` with a threshold to add per type (``add``; a type not in it never adds)."""
    sure = {frozenset((c.source, c.target)) for c, _ in scored if c.rule is not None and c.rule.confidence >= trust}
    kept = {}
    for c, p in scored:
        if c.rule is not None:
            ok = c.rule.confidence >= trust or p >= veto
        else:
            ok = frozenset((c.source, c.target)) not in sure and \
                p >= (role if c.type is RelationType.ROLE else add.get(c.type.value, NEVER))
        if ok:
            kept[c.key] = (c, p)
    for key, (c, p) in list(kept.items()):
        rev = (key[0], key[2], key[1])
        if c.type.directed and rev in kept and kept[rev][1] > p and not (c.rule and c.rule.confidence >= trust):
            del kept[key]
    return [c for c, _ in kept.values()]


def score(data, docs, probs, add, role=NEVER) -> tuple[Score, Counter]:
    sc, added = Score(), Counter()
    for n in docs:
        cands, gold = data[n]["cands"], data[n]["gold"]
        keys = {id(c): key for _, c, key in cands}
        ruled = {key for _, c, key in cands if c.rule is not None}
        found = {keys[id(c)] for c in choose([(c, probs[id(c)]) for _, c, _ in cands], add, role)}
        sc.add(gold, found)
        for key in found - ruled:
            added[key in gold] += 1
    return sc, added


def out_of_fold(items, data, docs, folds, extra) -> dict[int, float]:
    held = {n: k % folds for k, n in enumerate(docs)}
    probs = {}
    for fold in range(folds):
        rows = [(c.features, key in data[n]["gold"], SOURCE_WEIGHTS.get(items[n].source, 1.0))
                for n in range(len(items)) if held.get(n, -1) != fold for _, c, key in data[n]["cands"]]
        weights, bias = fit([(f, y) for f, y, _ in rows], [w for *_, w in rows], l2=L2, min_count=MIN_COUNT)
        judge = RelationModel(weights, bias, 0.5)
        for n in docs:
            if held[n] == fold:
                probs.update({id(c): judge.probability(c.features) for _, c, _ in data[n]["cands"]})
    return probs


def why_missed(data, docs, rows, gaz) -> tuple[dict, dict]:
    """Per type: the gold ties no candidate of the rules made, counted by where they stand."""
    counts: dict[str, Counter] = defaultdict(Counter)
    scores: dict[str, list] = defaultdict(list)
    for n, row in zip(docs, rows):
        d = data[n]
        ruled = {key for _, c, key in d["cands"] if c.rule is not None}
        sure = {frozenset((c.source, c.target)) for _, c, _ in d["cands"] if c.rule is not None and c.rule.confidence >= TRUST}
        by_key = defaultdict(list)
        for _, c, key in d["cands"]:
            by_key[key].append(c)
        companies = row["companies"]
        people = row.get("people", [])

        company_keys = [{k for x in [c["name"], *c.get("aliases", [])] for k in (name_key(x), name_key(gaz.canonical(x))) if k}
                        for c in companies]

        def index(name):
            keys = {name_key(name), name_key(gaz.canonical(name))}
            return next((k for k, ck in enumerate(company_keys) if keys & ck), None)

        for g in d["gold"] - ruled:
            t = g[0]
            counts[t]["missed"] += 1
            if g in by_key:
                where = "candidate, sure pair" if all(frozenset((c.source, c.target)) in sure for c in by_key[g]) \
                    else "candidate"
                counts[t][where] += 1
                scores[t].append(max(d["probs"][id(c)] for c in by_key[g]))
                continue
            a_names = [people[g[1]]["name"], *people[g[1]].get("aliases", [])] if t == "role" else \
                [companies[g[1]]["name"], *companies[g[1]].get("aliases", [])]
            b_names = [companies[g[2]]["name"], *companies[g[2]].get("aliases", [])]

            def names(text, which):
                return any(re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", text, re.I) for x in which if x)

            both = []
            for s in d["sentences"]:
                found = {index(x) for x in s["companies"]}
                a_found = any(p.casefold() in {x.casefold() for x in a_names} for p in s["people"]) if t == "role" \
                    else g[1] in found
                if a_found and g[2] in found:
                    both.append(s)
            if both:
                trig = t == "role" or any(t in s["triggers"] or set(_COMPANIONS_OF.get(t, ())) & s["triggers"] for s in both)
                counts[t]["both found, a trigger, no candidate" if trig else "both found, no trigger word"] += 1
            elif any(names(s["text"], a_names) and names(s["text"], b_names) for s in d["sentences"]):
                counts[t]["a party not found"] += 1
            elif any(names(p, a_names) and names(p, b_names) for p in re.split(r"(?<=[.!?])\s+|\n", row["text"])):
                counts[t]["sentence not parsed (no trigger word)"] += 1
            else:
                counts[t]["across sentences"] += 1
    return counts, scores


_COMPANIONS_OF = {t.value: [o.value for o in others] for t, others in _COMPANIONS.items()}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", nargs="+", type=Path,
                    default=[Path("eval/docs/train.jsonl"), Path("eval/docs/train2.jsonl"), Path("eval/docs/train3.jsonl")])
    ap.add_argument("--extra-docs", nargs="*", type=Path, default=[])
    ap.add_argument("--gold", nargs="*", type=Path, default=[Path("eval/extract/dev.jsonl"), Path("eval/extract/dev2.jsonl"),
                                                             Path("eval/extract/train-reuters.jsonl")])
    ap.add_argument("--fire", default=str(CORPORA / "fire/fire_train_recovered.json"))
    ap.add_argument("--knowledgenet", default=str(CORPORA / "knowledgenet/knowledgenet_train_facts.jsonl"))
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    gaz = Gazetteer.default()
    items, rows, extra = [], [], []
    for path in args.docs:
        got, raw = _documents(path, gaz)
        items += got
        rows += raw
    for path in args.extra_docs:
        got, _ = _documents(path, gaz)
        extra += got
    docs = list(range(len(items)))
    items += extra
    for path in args.gold:
        items += read_sentences(path, gaz)
    if args.fire != "none":
        items += read_fire(Path(args.fire), gaz)
    if args.knowledgenet != "none":
        items += read_knowledgenet(Path(args.knowledgenet), gaz)
    print(f"reading {len(items):,} labelled texts ({len(docs)} documents scored, {len(extra)} only trained on)...",
          file=sys.stderr)
    data = read(items, gaz)
    probs = out_of_fold(items, data, docs, args.folds, extra)
    for n in docs:
        data[n]["probs"] = probs

    counts, scores = why_missed(data, docs, rows, gaz)
    reasons = {"candidate": "cand", "candidate, sure pair": "cand-sure", "a party not found": "party-lost",
               "across sentences": "across", "both found, no trigger word": "no-trigger",
               "sentence not parsed (no trigger word)": "unparsed", "both found, a trigger, no candidate": "no-cand"}
    print("1. gold ties the rules miss, by type and where they stand (" +
          "; ".join(f"{short}: {long}" for long, short in reasons.items()) + ")")
    print(f"{'type':14s} {'missed':>6s} " + " ".join(f"{short:>10s}" for short in reasons.values()))
    total = Counter()
    for t in sorted(counts):
        total.update(counts[t])
        print(f"{t:14s} {counts[t]['missed']:6d} " + " ".join(f"{counts[t][r]:10d}" for r in reasons))
    print(f"{'all':14s} {total['missed']:6d} " + " ".join(f"{total[r]:10d}" for r in reasons))
    for t in sorted(scores):
        print(f"  out-of-fold scores of the missed {t} candidates:", " ".join(f"{p:.2f}" for p in sorted(scores[t])))

    print("\n2. additions alone, by type (right/wrong added, out of fold, as the model would add them)")
    print(f"{'type':14s} " + " ".join(f"{th:>7.2f}" for th in GRID))
    for t in [*DEALS, "role"]:
        cells = []
        for th in GRID:
            _, added = score(data, docs, probs, {t: th}) if t != "role" else score(data, docs, probs, {}, th)
            cells.append(f"{added[True]:>3d}/{added[False]:<3d}")
        print(f"{t:14s} " + " ".join(cells))

    print("\n3. relationship F1 on the documents, out of fold")
    rules = Score()
    for n in docs:
        rules.add(data[n]["gold"], {key for _, c, key in data[n]["cands"] if c.rule is not None})
    lines = [("rules alone", rules, None), ("model: veto, never adds (shipped)", *score(data, docs, probs, {}))]
    for th in (0.3, 0.4, 0.5):
        lines.append((f"model: adds every deal type at {th:.2f}", *score(data, docs, probs, {t: th for t in DEALS})))
    held = {n: k % args.folds for k, n in enumerate(docs)}
    nested, chosen = Score(), []
    for fold in range(args.folds):
        inner = [n for n in docs if held[n] != fold]
        add: dict[str, float] = {}
        for t in DEALS:
            best = max([*GRID, NEVER], key=lambda th: (round(score(data, inner, probs, {**add, t: th})[0].f1, 4), th))
            if best < NEVER:
                add[t] = best
        chosen.append(add)
        s, _ = score(data, [n for n in docs if held[n] == fold], probs, add)
        nested.tp, nested.fp, nested.fn = nested.tp + s.tp, nested.fp + s.fp, nested.fn + s.fn
    lines.append(("model: a threshold per type, nested", nested, None))
    for label, perfect in (("ceiling: perfect additions, pairs not sure", 1), ("ceiling: perfect additions, any pair", 2)):
        sc = Score()
        for n in docs:
            cands, gold = data[n]["cands"], data[n]["gold"]
            sure = {frozenset((c.source, c.target)) for _, c, _ in cands if c.rule is not None and c.rule.confidence >= TRUST}
            found = {key for _, c, key in cands if c.rule is not None or key in gold and
                     (perfect == 2 or frozenset((c.source, c.target)) not in sure)}
            sc.add(gold, found)
        lines.append((label, sc, None))
    for label, sc, added in lines:
        extra_text = f"  added {added[True]} right, {added[False]} wrong" if added else ""
        print(f"{label:44s} P {sc.precision:.3f} R {sc.recall:.3f} F1 {sc.f1:.3f}{extra_text}")
    print("  thresholds per type chosen in each fold:", chosen)


if __name__ == "__main__":
    main()
