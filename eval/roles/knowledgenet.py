"""Role precision and recall of keiretsu's extraction on KnowledgeNet passages it held out.

Run from the repository root (``eval/roles/README.md`` says what it measures and why fold 4)::

    python eval/roles/knowledgenet.py [--fold 4] [--relation-model none] [--json]
    python eval/roles/knowledgenet.py --half T --founders [--errors]   # folds 1-3, session 42's halves

Each passage of the fold for which KnowledgeNet annotated ``CEO`` or ``EMPLOYEE_OR_MEMBER_OF``
exhaustively is extracted as a document of its own. Gold roles are (person, organisation) pairs
of those facts; a fact whose person is a pronoun ("He was chief executive of X") names nobody
keiretsu can name, so it is left out of the gold, and a role keiretsu gives for its organisation
is neither right nor wrong. A role found that KnowledgeNet does not give is wrong where the passage
is annotated exhaustively for ``EMPLOYEE_OR_MEMBER_OF`` (any office is employment or membership),
or for ``CEO`` and the role found is a chief executive's; elsewhere it is not judged.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from keiretsu.clean.normalize import normalize_text
from keiretsu.extract.names import name_key
from keiretsu.extract.training import knowledgenet_half
from keiretsu.models import EntityKind, RelationType
from keiretsu.settings import Settings
from keiretsu.stages import make_extractor

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "knowledgenet" / "knowledgenet_train_facts.jsonl"
ROLE_PROPERTIES = ("CEO", "EMPLOYEE_OR_MEMBER_OF")
#: With ``--founders``: a founder holds an office at what he founded, as a chief executive does.
FOUNDER = "FOUNDED_BY"


def with_founders(row: dict) -> dict:
    """The row with each ``FOUNDED_BY`` fact (organisation -> founder) read as a ``CEO`` fact is."""
    def as_ceo(prop: str) -> str:
        return "CEO" if prop == FOUNDER else prop
    return dict(row, facts=[dict(f, property=as_ceo(f["property"])) for f in row["facts"]],
                properties_annotated_no_fact=[as_ceo(p) for p in row.get("properties_annotated_no_fact", [])])
_PRONOUN = re.compile(r"^(?:he|she|it|they|him|her|his|hers|its|their|the company|the firm)$", re.I)


def person_words(name: str) -> list[str]:
    """A person's name as words, without nicknames in quotes, initials' dots and suffixes."""
    name = re.sub(r"[\"“”][^\"“”]*[\"“”]|\([^()]*\)", " ", name)
    words = name.lower().replace(".", " ").replace(",", " ").split()
    while len(words) > 1 and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()
    return words


def same_person(found: str, gold: str) -> bool:
    """The same person, written more or less fully: "Tim Cook" is "Timothy D. Cook"'s surname and
    given name's initial; "Cook" alone is no match for "Tim Cook", only for "Cook"."""
    f, g = person_words(found), person_words(gold)
    if f and f == g:
        return True  # "Mr. Otley" labelled and found alike: a surname alone matches itself
    if not f or not g or len(f) == 1 or f[-1] != g[-1]:
        return False
    return f == g or f[0] == g[0] or f[0][0] == g[0][0] and (len(f[0]) == 1 or len(g[0]) == 1)


def same_company(found: str, gold: str) -> bool:
    """The same organisation: equal keys, or one the other's name with words after it ("MEGA
    International" for "MEGA International Srl")."""
    a, b = name_key(found), name_key(gold)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return a == b or len(short) >= 4 and long_.startswith(short) and \
        (found.split()[0].lower() == gold.split()[0].lower())


def gold_roles(row: dict) -> tuple[list[tuple[str, list[str]]], list[str], set[str]]:
    """(person, organisation and its aliases) of each named fact, organisations of pronoun facts,
    and the role properties annotated exhaustively."""
    annotated = {f["property"] for f in row["facts"]} | set(row.get("properties_annotated_no_fact", []))
    text = row["text"]
    pairs: dict[str, set[str]] = {}
    unnamed: list[str] = []
    for f in row["facts"]:
        if f["property"] not in ROLE_PROPERTIES:
            continue
        person, org = (f["object"], f["subject"]) if f["property"] == "CEO" else (f["subject"], f["object"])
        if _PRONOUN.match(org["text"]):
            continue
        if _PRONOUN.match(person["text"]):
            unnamed.append(org["text"])
            continue
        pairs.setdefault(person["text"], set()).add(org["text"])
    out = []
    for person, orgs in pairs.items():
        # "Stanley Black & Decker (SWK)": a short form in brackets after a name is the same organisation
        groups: list[list[str]] = []
        for org in sorted(orgs, key=lambda o: -len(o)):
            home = next((g for g in groups if f"{g[0]} ({org}" in text), None)
            if home is None:
                groups.append([org])
            else:
                home.append(org)
        out += [(person, g) for g in groups]
    return out, unnamed, annotated & set(ROLE_PROPERTIES)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fold", type=int, default=4, help="KnowledgeNet fold to score (1-4); default 4")
    ap.add_argument("--half", choices=("T", "H"), help="instead of a fold, half T or H of folds 1-3 (README)")
    ap.add_argument("--founders", action="store_true", help="count FOUNDED_BY facts as roles too")
    ap.add_argument("--errors", action="store_true", help="list each passage's wrong and missed roles on stderr "
                                                           "(half T only)")
    ap.add_argument("--relation-model", default=None,
                    help="relation classifier file, or none for the rules alone (default: the shipped one)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N passages")
    ap.add_argument("--json", action="store_true", help="one JSON object")
    args = ap.parse_args(argv)
    if args.errors and args.half != "T":
        ap.error("--errors lists half T only: fold 4 and half H are scored in aggregate")

    rows = []
    for line in CORPUS.open(encoding="utf-8"):
        row = json.loads(line)
        if args.founders:
            row = with_founders(row)
        annotated = {f["property"] for f in row["facts"]} | set(row.get("properties_annotated_no_fact", []))
        chosen = knowledgenet_half(row["fold"], row["document_id"]) == args.half if args.half else \
            row["fold"] == args.fold
        if chosen and annotated & set(ROLE_PROPERTIES):
            rows.append(row)
    if args.limit:
        rows = rows[: args.limit]
    extractor = make_extractor("rules", Settings(), relation_model=args.relation_model)
    extractions = extractor.extract([(n, normalize_text(r["text"])) for n, r in enumerate(rows)])

    tp = fp = fn = 0
    by_property: Counter[str] = Counter()
    people = Counter()
    for row, ex in zip(rows, extractions, strict=True):
        gold, unnamed, exhaustive = gold_roles(row)
        found: dict[tuple[str, str], set[str]] = {}
        for m in ex.mentions:
            if m.type is RelationType.ROLE:
                found.setdefault((m.source, m.target), set()).add(str(m.attributes.get("title", "")))
        named = {e.name for e in ex.entities if e.kind is EntityKind.PERSON}
        hit_gold, wrong = set(), []
        for (person, org), titles in found.items():
            match = next((n for n, (p, orgs) in enumerate(gold)
                          if same_person(person, p) and any(same_company(org, o) for o in orgs)), None)
            if match is not None:
                if match not in hit_gold:
                    tp += 1
                    hit_gold.add(match)
            elif ("EMPLOYEE_OR_MEMBER_OF" in exhaustive or "CEO" in exhaustive and "CEO" in titles) and \
                    not any(same_company(org, o) for o in unnamed):
                fp += 1
                wrong.append([person, org, sorted(titles)])
        fn += len(gold) - len(hit_gold)
        if args.errors and (wrong or len(hit_gold) < len(gold)):
            print(json.dumps({"id": row["id"], "text": row["text"], "wrong": wrong,
                              "missed": [g for n, g in enumerate(gold) if n not in hit_gold],
                              "entities": sorted({(e.kind.value, e.name) for e in ex.entities})}), file=sys.stderr)
        gold_people = {p for p, _ in gold}
        people["gold"] += len(gold_people)
        people["found"] += sum(any(same_person(n, p) for n in named) for p in gold_people)
        for f in row["facts"]:
            if f["property"] in ROLE_PROPERTIES:
                by_property[f["property"]] += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    report = {"fold": f"half {args.half} of 1-3" if args.half else args.fold, "founders": args.founders,
              "passages": len(rows), "relation_model": args.relation_model or "shipped",
              "facts": dict(by_property), "roles": {"precision": round(precision, 3), "recall": round(recall, 3),
                                                    "f1": round(f1, 3), "tp": tp, "fp": fp, "fn": fn},
              "people_with_a_role_found": round(people["found"] / people["gold"], 3) if people["gold"] else 0.0}
    if args.json:
        print(json.dumps(report))
    else:
        r = report["roles"]
        print(f"KnowledgeNet fold {report['fold']}{' with founders' if args.founders else ''}: {len(rows)} passages, "
              f"relation model {report['relation_model']}")
        print(f"roles: precision {r['precision']:.3f} recall {r['recall']:.3f} F1 {r['f1']:.3f} "
              f"({tp} right, {fp} wrong, {fn} missed); people holding a gold role found: "
              f"{report['people_with_a_role_found']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
