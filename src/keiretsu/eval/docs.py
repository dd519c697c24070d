"""Scoring extraction on labelled whole documents (``keiretsu eval docs --gold FILE``).

The format is described in ``eval/docs/README.md``: per document its ``text``, the companies
and people it names (each a canonical ``name`` with ``aliases``) and its relationships
(``source``, ``target``, ``type``, ``status``, ``attributes``, ``evidence``).

A name found by keiretsu is matched to a gold entity when its key (legal suffixes off,
case and punctuation folded) equals the key of the entity's name or of one of its aliases, or of
the gazetteer's name for one of them (a known company keiretsu names as the gazetteer does: "TSMC"
for "Taiwan Semiconductor Manufacturing Co.").
Each gold entity counts once: two nodes keiretsu makes for one company ("AmSouth" and
"AmSouth Bancorp" kept apart) are one hit and one false positive, since a user sees two
nodes. A relationship matches when both ends match the gold ends and the type and direction
agree. Its status is the status of its first mention in the document: a news story leads with
what is new and tells the background after.

The same scoring compares two labellers (``keiretsu eval agree A B``): the first file plays the
gold, the second the system, on the documents both hold.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..extract.gazetteer import Gazetteer
from ..extract.names import name_key
from ..extract.relations.roles import office_of
from ..models import EntityKind, Extraction, RelationType, Status
from .extract import Score

_TYPES = {t.value for t in RelationType}
_STATUSES = {s.value for s in Status}


@dataclass
class GoldEntity:
    name: str
    keys: frozenset[str]  # of the name and every alias


@dataclass
class GoldDocument:
    id: str
    corpus: str
    text: str
    companies: list[GoldEntity]
    people: list[GoldEntity]
    relations: dict[tuple[str, str, str], str]  # (type, source name, target name) -> status
    title: str = ""
    titles: dict[tuple[str, str, str], str] = field(default_factory=dict)  # a role's key -> its title


def _person_key(name: str) -> str:
    # keiretsu reads text with typographic apostrophes made plain ("O’Donovan" as "O'Donovan").
    return " ".join(name.lower().replace(".", " ").replace("\u2019", "'").replace("\u2018", "'").split())


def _entities(items: Iterable[dict], key, canonical=None) -> list[GoldEntity]:
    out = []
    for item in items:
        names = [item["name"], *item.get("aliases", [])]
        if canonical is not None:
            names += [canonical(n) for n in names]
        out.append(GoldEntity(item["name"], frozenset(k for k in map(key, names) if k)))
    return out


def _known_name(name: str) -> str:
    """The gazetteer's name of a company the labels write otherwise ("Taiwan Semiconductor Manufacturing Co."
    is TSMC, "GM" General Motors): keiretsu names a known company so in every story, and the gazetteer's
    aliases are forms of the same name, never a former or later one (``extract/data/companies.tsv``). The
    relation model's training data keys labelled names the same way (``extract.training``)."""
    return Gazetteer.default().canonical(name)


def load_documents(path: Path) -> list[GoldDocument]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the gold file ({exc.strerror})") from exc
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            relations, titles = {}, {}
            for rel in row.get("relations", []):
                rtype, status = rel["type"], rel["status"]
                if rtype not in _TYPES:
                    raise ValueError(f"unknown relationship type {rtype!r}")
                if status not in _STATUSES:
                    raise ValueError(f"unknown status {status!r}")
                key = _ordered(rtype, rel["source"], rel["target"])
                relations[key] = status
                if rtype == "role" and (rel.get("attributes") or {}).get("title"):
                    titles[key] = rel["attributes"]["title"]
            out.append(GoldDocument(str(row["id"]), row.get("corpus", ""), row["text"],
                                    _entities(row.get("companies", []), name_key, _known_name),
                                    _entities(row.get("people", []), _person_key), relations,
                                    row.get("title") or "", titles))
        except (ValueError, KeyError, TypeError) as exc:
            reason = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise InputError(f"{path}:{n}", f"bad gold record: {reason}") from exc
    if not out:
        raise InputError(str(path), "the gold file holds no documents")
    return out


def _ordered(rtype: str, source: str, target: str) -> tuple[str, str, str]:
    if not RelationType(rtype).directed and target < source:
        source, target = target, source
    return (rtype, source, target)


@dataclass
class Found:
    """What a system (or a second labeller) says of one document, as names."""

    companies: list[str]
    people: list[str]
    relations: list[tuple[str, str, str, str]]  # (type, source, target, status), first mention first
    titles: dict[tuple[str, str], str] = field(default_factory=dict)  # (person, company) -> a role's first title


def found_from_extraction(ex: Extraction) -> Found:
    companies = list(dict.fromkeys(e.name for e in ex.entities if e.kind is EntityKind.COMPANY))
    people = list(dict.fromkeys(e.name for e in ex.entities if e.kind is EntityKind.PERSON))
    mentions = sorted(ex.mentions, key=lambda m: m.start)
    titles: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.type is RelationType.ROLE and m.attributes.get("title"):
            titles.setdefault((m.source, m.target), m.attributes["title"])
    return Found(companies, people, [(m.type.value, m.source, m.target, m.status.value) for m in mentions], titles)


def found_from_gold(doc: dict) -> Found:
    return Found([c["name"] for c in doc.get("companies", [])], [p["name"] for p in doc.get("people", [])],
                 [(r["type"], r["source"], r["target"], r["status"]) for r in doc.get("relations", [])],
                 {(r["source"], r["target"]): r["attributes"]["title"] for r in reversed(doc.get("relations", []))
                  if r["type"] == "role" and (r.get("attributes") or {}).get("title")})


@dataclass
class DocReport:
    documents: int = 0
    companies: Score = field(default_factory=Score)
    people: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_corpus: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    # Entities per source too: modern prose and 1987 wire copy fail in different ways.
    companies_by_corpus: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    people_by_corpus: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    status_correct: int = 0
    status_total: int = 0
    # A role's title, of the roles found that the labels give one: the tie may be right and the office
    # wrong ("vice president" as "president"), which the relationship score cannot see.
    title_correct: int = 0
    title_total: int = 0
    self_relations: int = 0  # a company tied to itself: always wrong

    @property
    def status_accuracy(self) -> float:
        return self.status_correct / self.status_total if self.status_total else 1.0

    @property
    def title_accuracy(self) -> float:
        return self.title_correct / self.title_total if self.title_total else 1.0

    def as_dict(self) -> dict:
        return {"documents": self.documents, "companies": self.companies.as_dict(), "people": self.people.as_dict(),
                "relations": self.relations.as_dict(),
                "by_type": {t: s.as_dict() for t, s in sorted(self.by_type.items())},
                "by_corpus": {c: s.as_dict() for c, s in sorted(self.by_corpus.items())},
                "companies_by_corpus": {c: s.as_dict() for c, s in sorted(self.companies_by_corpus.items())},
                "people_by_corpus": {c: s.as_dict() for c, s in sorted(self.people_by_corpus.items())},
                "status_accuracy": round(self.status_accuracy, 3), "status_total": self.status_total,
                "title_accuracy": round(self.title_accuracy, 3), "title_total": self.title_total,
                "self_relations": self.self_relations}


def _match(names: Sequence[str], gold: list[GoldEntity], key) -> tuple[dict[str, str], Score]:
    """Each found name to a gold entity's name, or to itself when it matches none."""
    resolved: dict[str, str] = {}
    hit: set[str] = set()
    score = Score()
    for name in names:
        k = key(name)
        entity = next((g for g in gold if k in g.keys), None)
        if entity is None:
            resolved[name] = f"?{name}"
            score.fp += 1
        elif entity.name in hit:  # a second node for one entity
            resolved[name] = entity.name
            score.fp += 1
        else:
            resolved[name] = entity.name
            hit.add(entity.name)
            score.tp += 1
    score.fn += len(gold) - len(hit)
    return resolved, score


def score_documents(gold: Sequence[GoldDocument], found: Sequence[Found]) -> DocReport:
    report = DocReport()
    for g, f in zip(gold, found, strict=True):
        report.documents += 1
        companies, sc = _match(f.companies, g.companies, name_key)
        _add(report.companies, sc)
        _add(report.companies_by_corpus[g.corpus], sc)
        people, sp = _match(f.people, g.people, _person_key)
        _add(report.people, sp)
        _add(report.people_by_corpus[g.corpus], sp)
        predicted: dict[tuple[str, str, str], str] = {}
        titles: dict[tuple[str, str, str], str] = {}
        for rtype, source, target, status in f.relations:
            a = people.get(source) if rtype == "role" else companies.get(source)
            a = a or _resolve(source, g.people if rtype == "role" else g.companies,
                              _person_key if rtype == "role" else name_key)
            b = companies.get(target) or _resolve(target, g.companies, name_key)
            if rtype != "role" and a == b:
                report.self_relations += 1
            key = _ordered(rtype, a, b)
            predicted.setdefault(key, status)
            if rtype == "role" and (source, target) in f.titles:
                titles.setdefault(key, f.titles[source, target])
        gold_keys, found_keys = set(g.relations), set(predicted)
        report.relations.add(gold_keys, found_keys)
        report.by_corpus[g.corpus].add(gold_keys, found_keys)
        for rtype in {k[0] for k in gold_keys | found_keys}:
            report.by_type[rtype].add({k for k in gold_keys if k[0] == rtype},
                                      {k for k in found_keys if k[0] == rtype})
        for k in gold_keys & found_keys:
            report.status_total += 1
            report.status_correct += g.relations[k] == predicted[k]
            if k in g.titles:
                report.title_total += 1
                report.title_correct += k in titles and office_of(titles[k]) == office_of(g.titles[k])
    return report


def _resolve(name: str, gold: list[GoldEntity], key) -> str:
    k = key(name)
    return next((g.name for g in gold if k in g.keys), f"?{name}")


def _add(total: Score, part: Score) -> None:
    total.tp += part.tp
    total.fp += part.fp
    total.fn += part.fn


def evaluate_documents(path: Path, extractor) -> DocReport:
    from ..clean.furniture import remove_furniture
    from ..clean.normalize import normalize_text

    gold = load_documents(path)
    # Read as the clean step reads a page: its furniture lines are not part of the story.
    texts = [remove_furniture(normalize_text(g.text))[0] for g in gold]
    extractions = extractor.extract([(i, text, g.title) for i, (text, g) in enumerate(zip(texts, gold))])
    return score_documents(gold, [found_from_extraction(ex) for ex in extractions])


def agreement(first: Path, second: Path) -> DocReport:
    """The second labeller scored against the first, on the documents both labelled."""
    gold = {g.id: g for g in load_documents(first)}
    rows = [json.loads(line) for line in second.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = [(gold[r["id"]], found_from_gold(r)) for r in rows if r["id"] in gold]
    if not pairs:
        raise InputError(str(second), f"no document in common with {first}")
    return score_documents([g for g, _ in pairs], [f for _, f in pairs])
