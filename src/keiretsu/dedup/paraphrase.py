"""Paraphrase: the same story, or the same sentence, in other words.

Sentences are compared by the Dice overlap of their content words (see
``text.py``), and never match when their figures differ. Two documents are
paraphrases when most sentences of the shorter one find a counterpart in the
other, their leads included: documents that merely share a topic and its
names share a few words in many sentences, not most words in most
sentences, and templated stories differ in their lead.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .text import STOPWORDS, Sentence, content_words, split_sentences

_NON_WORD = re.compile(r"\W+")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'/-]+,\s+\w+\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]*\))?\s*-+\s*")
_CAPITALISED = re.compile(r"(?<![\w.])[A-Z][\w&'-]*")
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday reuter reuters co corp inc ltd plc llc nv sa ag ab spa bv "
    "group holdings ceo chairman president chief".split()
) | STOPWORDS


def _names(text: str) -> frozenset[str]:
    # A sentence's first word is capitalised anyway; stop words among capitalised words are not names.
    return frozenset(w.lower() for w in _CAPITALISED.findall(_DATELINE.sub("", text)) if w.lower() not in _NOT_NAMES)


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    sentence: Sentence
    words: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]  # capitalised words past the first: who the sentence is about
    key: str  # lower-cased words only: equal keys are the same sentence


def analyse(text: str) -> list[SentenceInfo]:
    out = []
    for s in split_sentences(text):
        words = content_words(s.text)
        numbers = frozenset(w for w in words if w[0].isdigit())
        out.append(SentenceInfo(s, words, numbers, _names(s.text), _NON_WORD.sub(" ", s.text.lower()).strip()))
    return out


def sentence_hash(info: SentenceInfo) -> int:
    """A stable 63-bit id of a sentence's wording, for counting it across documents."""
    return int.from_bytes(hashlib.blake2b(info.key.encode(), digest_size=8).digest(), "big") >> 1


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


@dataclass(frozen=True)
class ParaphraseSettings:
    #: Dice overlap of content words from which two sentences say the same thing.
    sentence_threshold: float = 0.5
    #: ... and they must share at least this many content words (short sentences match by chance).
    min_shared_words: int = 4
    #: Dice overlap from which a sentence pair counts as a near copy rather than a paraphrase.
    near_sentence_threshold: float = 0.85
    #: Share of the shorter document's sentences that must have a counterpart.
    document_coverage: float = 0.6
    #: Sentences with fewer content words than this are not counted either way.
    min_sentence_words: int = 4
    #: A sentence found in this many independent stories is boilerplate ("subscribe to read",
    #: cookie notices): it counts for no paraphrase. Copies of one story count once.
    boilerplate_stories: int = 5
    #: Sentence alignment is quadratic: a document with more sentences than this (a book, a
    #: transcript) is matched at the exact and near levels only.
    max_sentences: int = 400
    #: A document with fewer such sentences is too short to call a paraphrase: templated briefs
    #: (earnings, money-market reports) share their wording and differ only in figures.
    min_sentences: int = 3


@dataclass(frozen=True, slots=True)
class SentenceLink:
    a: int  # sentence index in the first document
    b: int  # sentence index in the second
    level: str  # exact, near, paraphrase
    similarity: float


def _level(x: SentenceInfo, y: SentenceInfo, sim: float, cfg: ParaphraseSettings) -> str:
    if x.key == y.key:
        return "exact"
    return "near" if sim >= cfg.near_sentence_threshold else "paraphrase"


def _match(x: SentenceInfo, y: SentenceInfo, cfg: ParaphraseSettings) -> float:
    if x.key == y.key and x.key:
        return 1.0
    shared = len(x.words & y.words)
    if shared < cfg.min_shared_words:
        return 0.0
    if x.numbers and y.numbers and 2 * len(x.numbers & y.numbers) < min(len(x.numbers), len(y.numbers)):
        return 0.0  # the same wording with other figures is another fact
    sim = 2 * shared / (len(x.words) + len(y.words))
    return sim if sim >= cfg.sentence_threshold else 0.0


def align(a: list[SentenceInfo], b: list[SentenceInfo], cfg: ParaphraseSettings) -> list[SentenceLink]:
    """One-to-one links between two documents' sentences, best pairs first."""
    if len(a) * len(b) > cfg.max_sentences**2:  # too long to compare every pair: identical sentences only
        first: dict[str, SentenceInfo] = {}
        for y in b:
            first.setdefault(y.key, y)
        return [SentenceLink(x.sentence.index, first[x.key].sentence.index, "exact", 1.0)
                for x in a if x.key and x.key in first]
    scored = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            sim = _match(x, y, cfg)
            if sim:
                scored.append((sim, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    links = []
    for sim, i, j in scored:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        x, y = a[i], b[j]
        links.append(SentenceLink(x.sentence.index, y.sentence.index, _level(x, y, sim, cfg), round(sim, 3)))
    return sorted(links, key=lambda link: link.a)


def within(doc: list[SentenceInfo], cfg: ParaphraseSettings) -> list[SentenceLink]:
    """Sentences of one document that say the same thing (a story pasted in two versions)."""
    if len(doc) > cfg.max_sentences:
        return []
    links = []
    for i, x in enumerate(doc):
        for y in doc[i + 1 :]:
            sim = _match(x, y, cfg)
            if sim:
                links.append(SentenceLink(x.sentence.index, y.sentence.index, _level(x, y, sim, cfg), round(sim, 3)))
    return links


def _mostly_shared(x: frozenset[str], y: frozenset[str]) -> bool:
    """At least half of the smaller set is in the other; sets of fewer than 3 cannot tell."""
    return len(x) < 3 or len(y) < 3 or 2 * len(x & y) >= min(len(x), len(y))


def same_facts(a: list[SentenceInfo], b: list[SentenceInfo]) -> bool:
    """Whether two documents report the same figures and name the same names.

    Templated stories (the Fed's daily repurchases, bond issues, earnings) are near copies
    of each other word for word; only their figures and names tell them apart. A copy,
    even trimmed, edited or wrapped in another outlet's page, keeps both.
    """
    return _mostly_shared(frozenset().union(*(s.numbers for s in a)), frozenset().union(*(s.numbers for s in b))) \
        and _mostly_shared(frozenset().union(*(s.names for s in a)), frozenset().union(*(s.names for s in b)))


def document_similarity(a: list[SentenceInfo], b: list[SentenceInfo], cfg: ParaphraseSettings) -> float:
    """Share of the shorter document's substantive sentences that have a counterpart in the other."""
    sa = [s for s in a if len(s.words) >= cfg.min_sentence_words]
    sb = [s for s in b if len(s.words) >= cfg.min_sentence_words]
    if min(len(sa), len(sb)) < cfg.min_sentences or max(len(sa), len(sb)) > cfg.max_sentences:
        return 0.0
    if not same_facts(sa, sb):
        return 0.0  # a rewrite keeps the figures and names; a story of the same kind has others
    shorter, longer = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    links = align(shorter, longer, cfg)
    # The lead says what the story is, and whom it is about; templated stories (bond issues,
    # earnings) share every other sentence and differ there, in their names above all.
    for link in links:
        if link.a == shorter[0].sentence.index or link.b == longer[0].sentence.index:
            x = next(s for s in shorter if s.sentence.index == link.a)
            y = next(s for s in longer if s.sentence.index == link.b)
            if x.names and y.names and 2 * len(x.names & y.names) < min(len(x.names), len(y.names)):
                return 0.0
    if shorter[0].sentence.index not in {l.a for l in links} or longer[0].sentence.index not in {l.b for l in links}:
        return 0.0
    return len(links) / len(shorter)
