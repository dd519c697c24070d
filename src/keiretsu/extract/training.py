"""Labelled texts the relation classifier learns from, read from four kinds of file.

Each becomes a ``Labelled``: the text, its companies and people (each a set of name keys, its
canonical name and aliases), the relationships between them by index, and the types the source
labels at all. A source that never labels a type says nothing of it: FIRE has no alliance, so a
partnership in a FIRE sentence is not a negative example of ``alliance``.

- real documents (``eval/docs/train.jsonl``, the format of ``eval/docs/README.md``): every type;
- labelled sentences (``eval/extract/*.jsonl``, the format of ``keiretsu.eval.extract``): every type
  but ``role``, which those files leave out;
- FIRE (``fire_train_recovered.json``; Hamad et al., NAACL 2024 Findings, CC BY 4.0), its 2023
  schema mapped to ours: ``ActionBuy`` of a company is an ``acquisition``, of a stake in one a
  ``stake``; ``ActionSell`` a ``divestment``; ``Subsidiaryof`` a ``stake`` from the parent;
  ``Employeeof`` a ``role``;
- KnowledgeNet (``knowledgenet_train_facts.jsonl``; Mesquita et al., EMNLP 2019, CC BY-SA 4.0):
  ``CEO`` and ``EMPLOYEE_OR_MEMBER_OF`` of a company a ``role``, ``SUBSIDIARY_OF`` a ``stake`` from
  the parent; only the properties annotated exhaustively for a passage count.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..models import RelationType
from .gazetteer import Gazetteer
from .names import name_key

ALL_TYPES = frozenset(t.value for t in RelationType)


@dataclass
class Labelled:
    id: str
    source: str  # "docs", "sentences", "fire", "knowledgenet"
    text: str
    companies: list[frozenset[str]] = field(default_factory=list)
    people: list[frozenset[str]] = field(default_factory=list)
    relations: set[tuple[str, int, int]] = field(default_factory=set)  # (type, source, target); role: person → company
    types: frozenset[str] = ALL_TYPES
    document: str = ""  # the document a passage is of, when it is one of several: they are held out together

    def company(self, name: str, gaz: Gazetteer) -> int | None:
        keys = {name_key(name), name_key(gaz.canonical(name))}
        return next((n for n, k in enumerate(self.companies) if keys & k), None)

    def person(self, name: str) -> int | None:
        k = person_key(name)
        return next((n for n, keys in enumerate(self.people) if k in keys), None)


def person_key(name: str) -> str:
    return " ".join(name.lower().replace(".", " ").split())


def _ordered(rtype: str, a: int, b: int) -> tuple[str, int, int]:
    return (rtype, b, a) if not RelationType(rtype).directed and b < a else (rtype, a, b)


def _lines(path: Path) -> Iterator[tuple[str, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the training file ({exc.strerror})") from exc
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield f"{path}:{n}", json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{n}", f"not JSON ({exc})") from exc


def _keys(names: list[str], gaz: Gazetteer) -> frozenset[str]:
    return frozenset(k for x in names for k in (name_key(x), name_key(gaz.canonical(x))) if k)


def read_documents(path: Path, gaz: Gazetteer) -> list[Labelled]:
    """Whole documents with every company, person and relationship labelled."""
    from ..clean.normalize import normalize_text

    out = []
    for where, row in _lines(path):
        if row.get("corpus") == "finer-ord":
            raise InputError(where, "a FiNER-ORD article (CC BY-NC 4.0): never in weights that ship")
        try:
            item = Labelled(str(row["id"]), "docs", normalize_text(row["text"]))
            names: dict[str, int] = {}
            for c in row.get("companies", []):
                names[c["name"]] = len(item.companies)
                item.companies.append(_keys([c["name"], *c.get("aliases", [])], gaz))
            people: dict[str, int] = {}
            for p in row.get("people", []):
                people[p["name"]] = len(item.people)
                item.people.append(frozenset(person_key(x) for x in [p["name"], *p.get("aliases", [])]))
            for r in row.get("relations", []):
                rtype = RelationType(r["type"]).value
                a = people[r["source"]] if rtype == "role" else names[r["source"]]
                item.relations.add(_ordered(rtype, a, names[r["target"]]))
        except (KeyError, ValueError, TypeError) as exc:
            raise InputError(where, f"bad labelled document ({exc!r})") from exc
        out.append(item)
    return out


def read_sentences(path: Path, gaz: Gazetteer) -> list[Labelled]:
    """Labelled sentences (``keiretsu.eval.extract``'s format)."""
    out = []
    for where, row in _lines(path):
        try:
            item = Labelled(f"{path.stem}:{row.get('id', where)}", "sentences", row["text"])
            names: dict[str, int] = {}
            people = {p: n for n, p in enumerate(row.get("people", []))}
            item.people = [frozenset({person_key(p)}) for p in people]

            def index(name: str) -> int:
                if name not in names:
                    names[name] = len(item.companies)
                    item.companies.append(_keys([name], gaz))
                return names[name]

            for c in row.get("companies", []):
                index(c)
            for source, target, rtype, *_ in row.get("relations", []):
                rtype = RelationType(rtype).value
                if rtype == "role" and source not in people:
                    people[source] = len(item.people)
                    item.people.append(frozenset({person_key(source)}))
                a = people[source] if rtype == "role" else index(source)
                item.relations.add(_ordered(rtype, a, index(target)))
        except (KeyError, ValueError, TypeError) as exc:
            raise InputError(where, f"bad labelled sentence ({exc!r})") from exc
        out.append(item)
    return out


_GLUE_LEFT = {".", ",", ";", ":", "!", "?", "%", ")", "'s", "'", "n't", "’s", "-"}
# FIRE split hyphenated words ("wholly - owned", "Temple - Inland", "Form 10 - K"); its filings
# rarely hold a spaced hyphen, so a hyphen token joins both neighbours.
_GLUE_RIGHT = {"(", "$", "US$", "C$", "A$", "£", "€", "#", "-"}


def detokenize(tokens: list[str]) -> str:
    """FIRE's tokens joined as text reads ("New York 's" → "New York's", "$ 98 million" → "$98 million",
    "wholly - owned" → "wholly-owned")."""
    out = ""
    for n, t in enumerate(tokens):
        if n and t not in _GLUE_LEFT and tokens[n - 1] not in _GLUE_RIGHT:
            out += " "
        out += t
    return out


_ALSO = re.compile(r"^(.+?)\s*(?:\((.+)\)|, or (.+))$")
_NOT_A_NAME = re.compile(r"^(?:the\s+)?(?:company|registrant|parent|seller|buyer)$|\b(?:together with|collectively)\b",
                         re.I)


def fire_names(text: str) -> list[str]:
    """A FIRE company span and the names it holds: FIRE marks "Opteum Financial Services, LLC (OFS)"
    and "Pfizer Inc., or Pfizer" as one entity, where a labeller gives the name and its alias."""
    m = _ALSO.match(text)
    if not m:
        return [text]
    other = re.sub(r"^(?:formerly|f\s*/\s*k\s*/\s*a)\s+", "", (m[2] or m[3]).strip(' "“”'), flags=re.I).strip(' "“”')
    return [text, m[1].rstrip(" ,")] + ([other] if other and not _NOT_A_NAME.search(other) else [])


_STAKE = re.compile(r"\b(?:stake|interest|shares|holding|equity|pct|percent)\b|%", re.I)


FIRE_COMPANIES = ("Company", "BusinessUnit")  # the entity types of FIRE read as companies
FIRE_TYPES = frozenset({"acquisition", "divestment", "stake", "role"})  # all FIRE's mapping can label


def fire_half(text: str) -> str:
    """FIRE train's halves, fixed by the sentence alone: A to tune and train on, B held out (scored in
    aggregate by eval/fire/score.py, never read for errors or trained on)."""
    return "A" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def knowledgenet_half(fold: int, document_id: str) -> str:
    """KnowledgeNet's parts: folds 1-3 split by document (session 42) into T, to tune and train on, and H,
    held out; fold 4 held out whole ("4"). All passages of a document fall in one part."""
    if fold not in (1, 2, 3):
        return str(fold)
    return "T" if hashlib.sha256(("s42-role8:" + document_id).encode()).digest()[0] % 2 == 0 else "H"


def read_fire(path: Path, gaz: Gazetteer, halves: tuple[str, ...] = ("A",)) -> list[Labelled]:
    """FIRE's recovered train split (never its dev or test), mapped to our types: by default half A only,
    so that half B measures a model out of sample."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot read FIRE ({exc.strerror})") from exc
    except ValueError as exc:
        raise InputError(str(path), f"not FIRE's JSON ({exc})") from exc
    out = []
    for n, row in enumerate(rows):
        try:
            tokens = row["tokens"]
            item = Labelled(f"fire:{row.get('orig_id', n)}", "fire", detokenize(tokens),
                            types=FIRE_TYPES)
            if fire_half(item.text) not in halves:
                continue
            ents = row["entities"]
            index: dict[int, int] = {}
            for k, e in enumerate(ents):
                text = detokenize(tokens[e["start"] : e["end"]])
                if e["type"] in FIRE_COMPANIES:
                    index[k] = len(item.companies)
                    item.companies.append(_keys(fire_names(text), gaz))
                elif e["type"] == "Person":
                    index[k] = len(item.people)
                    item.people.append(frozenset({person_key(text)}))
            # a stake (FinancialEntity) and the companies it is of: "bought the stake ... in Zivame"
            stake_of: dict[int, list[int]] = {}
            for r in row["relations"]:
                h, t = ents[r["head"]], ents[r["tail"]]
                if r["type"] == "Propertyof" and h["type"] == "FinancialEntity" and t["type"] == "Company" and \
                        _STAKE.search(h["text"]):
                    stake_of.setdefault(r["head"], []).append(index[r["tail"]])
            for r in row["relations"]:
                h, t, kind = r["head"], r["tail"], r["type"]
                if h not in index:
                    continue
                if kind == "Employeeof" and ents[h]["type"] == "Person" and t in index:
                    item.relations.add(("role", index[h], index[t]))
                elif ents[h]["type"] != "Company":
                    continue
                elif kind == "Subsidiaryof" and t in index and ents[t]["type"] == "Company":
                    item.relations.add(("stake", index[t], index[h]))
                elif kind in ("ActionBuy", "ActionSell") and t in index:
                    item.relations.add(("acquisition" if kind == "ActionBuy" else "divestment", index[h], index[t]))
                elif kind in ("ActionBuy", "ActionSell") and t in stake_of:
                    for owned in stake_of[t]:
                        item.relations.add(("stake" if kind == "ActionBuy" else "divestment", index[h], owned))
        except (KeyError, IndexError, TypeError) as exc:
            raise InputError(f"{path}[{n}]", f"bad FIRE instance ({exc!r})") from exc
        out.append(item)
    return out


_KN_ROLE = {"CEO", "EMPLOYEE_OR_MEMBER_OF"}
_KN_PROPERTIES = _KN_ROLE | {"SUBSIDIARY_OF"}
_PRONOUN = re.compile(r"^(?:he|she|it|they|him|her|his|its|their|the company|the firm)$", re.I)


def read_knowledgenet(path: Path, gaz: Gazetteer) -> list[Labelled]:
    """KnowledgeNet's training folds, part T only (``knowledgenet_half``: H and fold 4 measure a model out of
    sample): passages with a role or subsidiary annotated, facts or none."""
    out = []
    for where, row in _lines(path):
        try:
            if "fold" in row and knowledgenet_half(row["fold"], str(row.get("document_id", ""))) != "T":
                continue
            facts = [f for f in row["facts"] if f["property"] in _KN_PROPERTIES]
            annotated = {f["property"] for f in row["facts"]} | set(row.get("properties_annotated_no_fact", []))
            types = frozenset(({"role"} if annotated & _KN_ROLE else set()) |
                              ({"stake"} if "SUBSIDIARY_OF" in annotated else set()))
            if not types:
                continue
            item = Labelled(str(row["id"]), "knowledgenet", row["text"], types=types,
                            document=str(row.get("document_id", "")))
            companies: dict[str, int] = {}
            people: dict[str, int] = {}

            def company(name: str) -> int:
                if name not in companies:
                    companies[name] = len(item.companies)
                    item.companies.append(_keys([name], gaz))
                return companies[name]

            def person(name: str) -> int:
                if name not in people:
                    people[name] = len(item.people)
                    item.people.append(frozenset({person_key(name)}))
                return people[name]

            for f in facts:
                subject, obj = f["subject"]["text"], f["object"]["text"]
                if _PRONOUN.match(subject) or _PRONOUN.match(obj):
                    continue
                if f["property"] == "CEO":
                    item.relations.add(("role", person(obj), company(subject)))
                elif f["property"] == "EMPLOYEE_OR_MEMBER_OF":
                    item.relations.add(("role", person(subject), company(obj)))
                else:
                    item.relations.add(("stake", company(obj), company(subject)))
        except (KeyError, TypeError) as exc:
            raise InputError(where, f"bad KnowledgeNet passage ({exc!r})") from exc
        out.append(item)
    return out
