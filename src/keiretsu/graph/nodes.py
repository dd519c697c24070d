"""Corpus-level judgement of company nodes: a name only ever written as a piece of a longer one,
or as the name of a thing.

A sentence's parse can cut a name short ("Pizza" from "Straw Hat Pizza", "Binion" from "Butler
and Binion", "Herald" from "The Herald and Weekly Times Ltd"). One story cannot tell a cut from a
firm written after a descriptor, but the corpus can: a firm is written on its own somewhere, while
a piece is, in every story that names it, glued to a capitalised word that no other name of the
story covers and that is not one that leads names ("The", "Japanese", "March", a place, a title;
``lead_words.txt`` and the vocabularies beside it). Such a node is not a company. Nor is one that
every story writes right before a noun for a product, a site or a place ("the Pony Excel
sub-compact", "the Skeena pulp mill"; ``thing_words.txt``). A name the gazetteer knows is a company
however it is written.

``judge`` runs before each graph build. A node's judgement is a function of every place the store
names it, so an update judges again only the companies its new documents name (all of them when
this code, its vocabularies or the partition of names (``aliases.bind``) changed) and keeps the
set in ``meta``; the relationships of a node whose judgement changed are weighed again. A
relationship with a node judged not a company at an end is not written, so ``build`` and
``build --rebuild`` agree.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..extract import vocab
from ..extract.gazetteer import Gazetteer, places
from ..extract.names import LEGAL_FORMS
from ..extract.vocab import words
from ..models import RelationshipKey
from ..store import Store

_KIND = "company"
_WIDTH = 40  # characters read either side of a name: enough for one word and a joiner
_META = "graph.not_companies"  # in ``meta``: {"version": ..., "ids": [...]}
# A capitalised word (not all capitals: those are headlines, acronyms and "U.S.") right before the
# name, joined by a space or by "and"/"&": "Straw Hat| Pizza", "Butler and| Binion".
_BEFORE = re.compile(r"(?:^|(?<=[\s(\"]))([A-Z][a-z][\w.&'-]*?)((?:'s)?(?: (?:and|&))? )$")
# ... or a one-word name joined by "and"/"&" to another one-word name that the story reads as a name
# too, not in a list: "Butler and| Binion", "Coopers and| Lybrand", partnerships named after partners.
_PARTNER = re.compile(r"(?:^|(?<=[\s(\"]))([A-Z][a-z]+) (?:and|&) $")
_WORD = re.compile(r"[A-Z][a-z]+")
# ... or the first of such a pair: "Butler| and Binion".
_PARTNERED = re.compile(r"^ (?:and|&) ([A-Z][a-z]+)(?![\w.&'-]| (?:and|&)\b| [A-Z])")
# ... or, for a name with no legal form of its own, a run joined after it by "and"/"&" that ends in
# one: "Clayton| and Dubilier Inc" (while "Auto Trak Inc and Crown Books" are two firms).
_AFTER = re.compile(r"^ (?:and|&) ((?:[A-Z][\w.&'-]* ){0,3}([A-Z][\w]*)\.?)")


@lru_cache(maxsize=1)
def _leads() -> frozenset[str]:
    return (words("lead_words") | places() | words("states") | words("title_words")
            | words("headline_words"))


@lru_cache(maxsize=1)
def version() -> str:
    """What the judgement depends on: this code and the vocabularies it reads."""
    data = Path(vocab.__file__).parent / "data"
    code = Path(__file__).read_bytes() + b"".join(
        (data / name).read_bytes() for name in ("lead_words.txt", "places.txt", "states.txt", "title_words.txt",
                                                "headline_words.txt", "companies.tsv", "thing_words.txt"))
    return hashlib.sha256(code).hexdigest()[:16]


def _lead(word: str) -> bool:
    """Whether a word leads names without being part of them: also a legal form, which ends the name
    before, and an adjective made with a hyphen ("Paris-based", "State-owned")."""
    w = word.lower().removesuffix("'s").rstrip(".'")
    return w in _leads() or w in LEGAL_FORMS or bool(re.search(r"-[a-z]", word))


def _legal(text: str) -> bool:
    return text.rstrip(".").rsplit(None, 1)[-1].lower() in LEGAL_FORMS


def cut(text: str, before: str, after: str, gap_before: int, gap_after: int) -> bool:
    """Whether a name (``text``), written between ``before`` and ``after``, is a piece of a longer
    name: glued to a capitalised word that no other name of the story covers (``gap_before``: how far
    before the name the nearest other one ends, -1 for none; ``gap_after`` likewise after it), or
    one of two one-word names joined by "and" and read as two."""
    m = _BEFORE.search(before)
    if m and not _lead(m.group(1)) and not 0 <= gap_before < len(m.group(0)):
        return True
    if _WORD.fullmatch(text):
        m = _PARTNER.search(before)
        if m and not _lead(m.group(1)) and gap_before == len(m.group(0)) - len(m.group(1)):
            return True
        m = _PARTNERED.match(after)
        if m and not _lead(m.group(1)) and gap_after == m.start(1) and not _BEFORE.search(before):
            return True
    m = _AFTER.match(after)
    return bool(m and _legal(m.group(2)) and not _legal(text) and not 0 <= gap_after <= m.start(1))


# A lower-case noun right after the name (past a joined second name and a modifier or two): "Omni
# and Horizon| cars", "Skeena and Celgar| pulp mills".
_NOUNS = re.compile(r"^(?: (?:and|&) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)?((?: [a-z][\w-]*){1,3})(?![\w'])")
_MODIFIERS = 1  # words between the name and the noun at most: "pulp| mills", not "will provide| software"


def thing(text: str, after: str) -> bool:
    """Whether a name (``text``) written before ``after`` names a product, a site or a place: a noun
    of ``thing_words.txt`` follows it, as the head of the phrase ("the Skeena pulp mill", not "the
    Exxon refinery's owner"). A name with a legal form is a firm's."""
    m = _NOUNS.match(after)
    if not m or _legal(text):
        return False
    nouns = m.group(1).split()
    head = next((i for i, w in enumerate(nouns) if w in words("thing_words")), None)
    return head is not None and head <= _MODIFIERS and (
        head == len(nouns) - 1 or nouns[head + 1] in words("lead_words"))


@dataclass(frozen=True)
class Judged:
    not_companies: frozenset[int]  # every company node judged not a company
    changed: frozenset[int]  # nodes whose judgement changed in this build


def not_companies(rows: Sequence[tuple[int, int, str, str, str, int, int]]) -> set[int]:
    """Of the nodes whose every naming is in ``rows`` (``Store.entity_contexts``), those that are
    only ever written as a piece of a longer name or as the name of a thing."""
    known = Gazetteer.default().lookup
    whole: dict[int, bool] = defaultdict(bool)
    for entity_id, _doc, text, before, after, gap_before, gap_after in rows:
        # A firm the gazetteer knows is one however a story writes it ("Renault and Nissan").
        whole[entity_id] |= known(text) is not None or not (
            cut(text, before, after, gap_before, gap_after) or thing(text, after))
    return {e for e, ok in whole.items() if not ok}


def judge(store: Store, doc_ids: Sequence[int] | None, rebound: int = 0) -> Judged:
    """Judge the company nodes named in ``doc_ids`` (every node, if None, or when this code or the
    partition of names changed) and keep the result in the store."""
    stored = json.loads(store.meta(_META) or "null")
    everything = doc_ids is None or rebound > 0 or stored is None or stored.get("version") != version()
    before = frozenset(stored["ids"]) if stored else frozenset()
    if everything:
        found = not_companies(store.entity_contexts(_KIND, None, _WIDTH))
        after = frozenset(found)
    else:
        named = sorted(store.entities_in_docs(_KIND, doc_ids or []))
        found = not_companies(store.entity_contexts(_KIND, named, _WIDTH)) if named else set()
        after = frozenset((before - set(named)) | found)
    if stored is None or after != before or everything:
        store.set_meta(_META, json.dumps({"version": version(), "ids": sorted(after)}))
    return Judged(after, before ^ after)


def touches(key: RelationshipKey, dropped: frozenset[int]) -> bool:
    """Whether a relationship has a node judged not a company at an end."""
    return key.source_id in dropped or key.target_id in dropped
