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
from collections.abc import Sequence
from functools import lru_cache
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .text import _NUMBER_WORDS, STOPWORDS, Sentence, content_words, split_sentences, split_texts

_WORD = re.compile(r"\w+")
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?" \
        r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# A wire dateline: "NEW YORK, March 2 - ", "PORTLAND, Ore., March 4 - ", "peoria, april 7 - ".
DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^,\n]{0,40}?)(?:,\s*[^,\n]{1,25}?)?,\s+(?P<month>" + MONTH + r")\.?\s+(?P<day>\d{1,2})"
    r"(?:,\s*\d{4})?\s*(?:\([^)]*\)\s*)?-+\s*", re.IGNORECASE)
_CAPS_DATELINE = re.compile(r"^[A-Z][A-Z .,'/-]+,\s+\w+\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]*\))?\s*-+\s*")
# The look-behind follows the capital, so that the engine skips to capitals rather than trying
# it at every character: the same matches (``(?<![\w.])[A-Z]``), in about half the time.
_CAPITALISED = re.compile(r"[A-Z](?<![\w.][A-Z])[\w&'-]*")
# "1.3 mln" and "1,300,000" are one figure. The word boundary before the figure is looked behind
# for past its first digit, so that the pattern starts with a character set, searched for as a set.
_SCALED = re.compile(r"(\d(?<!\w\d)\d*(?:,\d{3})*(?:\.\d+)?)[\s-]*(mln|million|bln|billion)\b", re.IGNORECASE)
_SCALES = {"mln": 10**6, "million": 10**6, "bln": 10**9, "billion": 10**9}
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday reuter reuters co corp inc ltd plc llc nv sa ag ab spa bv "
    "group holdings ceo chairman president chief".split()
) | STOPWORDS


def _names(text: str) -> frozenset[str]:
    # A sentence's first word is capitalised anyway; stop words among capitalised words are not names.
    dateline = _CAPS_DATELINE.match(text)  # anchored: what _CAPS_DATELINE.sub("", text) removes
    if dateline:
        text = text[dateline.end():]
    return frozenset(map(str.lower, _CAPITALISED.findall(text))) - _NOT_NAMES


class SentenceInfo(NamedTuple):  # a tuple, as ``Sentence`` is: made as often
    sentence: Sentence
    words: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]  # capitalised words past the first: who the sentence is about
    key: str  # lower-cased words only: equal keys are the same sentence
    hash: int  # ``stable_hash`` of the key: ``sentence_hash``


def analyse(text: str) -> list[SentenceInfo]:
    return _analysed(split_sentences(text))


def analyse_texts(texts: Sequence[str]) -> list[list[SentenceInfo]]:
    """``analyse`` of each text, split together (``text.split_texts``): a map step's shard."""
    return list(map(_analysed, split_texts(texts)))


def _analysed(sentences: list[Sentence]) -> list[SentenceInfo]:
    out = []
    known, earlier = _ANALYSED
    new = tuple.__new__  # what ``SentenceInfo(...)`` calls, without the Python function it goes through
    for s in sentences:
        parts = known.get(s.text)
        if parts is None:
            parts = earlier.get(s.text)
            if parts is None:
                words = content_words(s.text)
                key = sentence_key(s.text)
                parts = words, _numbers(s.text, words), _names(s.text), key, stable_hash(key)
            known[s.text] = parts
        out.append(new(SentenceInfo, (s, *parts)))
    if len(known) > _ANALYSED_MAX:
        _ANALYSED[:] = {}, known
    return out


#: What ``analyse`` makes of each sentence, by its text: copies, wire briefs and templated stories
#: repeat sentences word for word. In two generations of up to ``_ANALYSED_MAX`` sentences (1-2 KB
#: each): when the newer is full the older is dropped, and a sentence found in the older is copied to
#: the newer, so that what recurs stays. Dropped whole when full (as it was), recurring sentences
#: went with the rest: of the sentences of the bench corpus's first 10,000 documents, 16% were found
#: here then, 25% now (38% unbounded).
_ANALYSED: list[dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], str, int]]] = [{}, {}]
_ANALYSED_MAX = 20_000


def match_dateline(text: str) -> re.Match[str] | None:
    """``DATELINE.match(text)``, sooner for most texts: a dateline's place ends at a comma within
    42 characters of its start (the pattern backtracks through every shorter place first)."""
    lead = len(text) - len(text.lstrip())  # what the pattern's leading ``\s*`` takes
    return DATELINE.match(text) if "," in text[lead : lead + 42] else None


# The content words of the words ``_SCALED`` scales by: an ASCII text without one of them has
# nothing to scale.
_SCALE_WORDS = frozenset(_SCALES)


# Of ASCII text, the content words that start with a digit are its figure tokens (``text._ASCII_TOKEN``'s
# first kind, found alike by this pattern alone: no other kind of token holds a digit), without
# their commas, and the figures of its number words ("two" = "2"): as letters, a token is all of a
# run of them that no "%" opens.
_ASCII_FIGURE = re.compile(r"[0-9]+(?:[.,/-][0-9]+)*")
_ASCII_NUMBER_WORD = re.compile(r"(?<![a-z%])(?:" + "|".join(_NUMBER_WORDS) + r")(?![a-z])", re.IGNORECASE)
_NUMBER_WORD_FIGURES = frozenset(_NUMBER_WORDS.values())


def _numbers(text: str, words: frozenset[str]) -> frozenset[str]:
    """The figures a sentence states. A dateline's date says when it was sent, not what it says
    (two briefs of one day share "March 31" and no other figure); "1.3 mln" = "1,300,000"."""
    m = match_dateline(text)  # anchored: what DATELINE.sub("", text) removes
    said = text[m.end():] if m else text
    if said == text:
        # An ASCII text's content words start with a digit or a letter (a "%" reads "percent"):
        # those below ":" are its figures, told by one comparison each rather than a method call.
        numbers = {w for w in words if w < ":"} if text.isascii() else {w for w in words if w[0].isdigit()}
    elif said.isascii():
        # Read off the text past the dateline rather than its content words made again. Its letter
        # tokens are the text's there (a dash or space comes before it), so they hold a number or
        # scale word only if the text's words do.
        numbers = {t.replace(",", "") for t in _ASCII_FIGURE.findall(said)}
        if not words.isdisjoint(_NUMBER_WORD_FIGURES):
            numbers.update(_NUMBER_WORDS[w.lower()] for w in _ASCII_NUMBER_WORD.findall(said))
    else:
        words = content_words(said)
        numbers = {w for w in words if w[0].isdigit()}
    # Without a digit (every one starts a number's content word) or a scale word, nothing scales
    # (past a dateline, where the text's words have a scale word and ``said`` has none, ``scale``
    # finds none); other scripts may fold to one under the pattern's IGNORECASE, so they are scanned.
    if numbers and (not said.isascii() or not words.isdisjoint(_SCALE_WORDS)):
        scale(numbers, said)
    return frozenset(numbers)


def scale(numbers: set[str], text: str) -> set[str]:
    """``numbers`` of ``text`` with those it gives in millions or billions as whole figures."""
    if text.isascii():  # then a scale word is one in lower case: "mln", "bln" or "(m|b)illion"
        low = text.lower()
        if "ln" not in low and "illion" not in low:
            return numbers  # the pattern would try each position of a long text for nothing
    for m in _SCALED.finditer(text):
        factor = _SCALES.get(m.group(2).lower())
        if factor is None:  # a look-alike that IGNORECASE lets through ("mıllıon", dotless): no scale
            continue
        numbers.discard(m.group(1).replace(",", ""))
        numbers.add(str(round(float(m.group(1).replace(",", "")) * factor)))
    return numbers


# Each ASCII byte as a key's word holds it (lowercased), or a space where it is no word character:
# one table look-up a byte, and a split, where a pattern made a match of each word.
_KEY_BYTES = bytes(ord(chr(b).lower()) if chr(b).isalnum() or chr(b) == "_" else 32 for b in range(128))
_KEY_BYTES += bytes(128)  # never read: a table has 256 bytes, and only ASCII text is translated


def sentence_key(text: str) -> str:
    """The words of a text lowercased, one space between them: what replacing each run of other
    characters by a space and stripping the ends makes (no word character is a space), faster."""
    if text.isascii():
        return b" ".join(text.encode().translate(_KEY_BYTES).split()).decode()
    return " ".join(_WORD.findall(text.lower()))


def stable_hash(key: str) -> int:
    """A stable 63-bit id of a sentence's wording (its key), for counting it across documents; of
    a word, figure or name, for comparing sets of them (``digests``)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") >> 1


#: ``stable_hash``, cached: the words, figures and names of news recur. A sentence's own key is
#: hashed once with its analysis (``SentenceInfo.hash``): sentences recur far less, and hashed here
#: they pushed the words out of the cache (a third of its look-ups missed).
key_hash = lru_cache(maxsize=1 << 16)(stable_hash)


def sentence_hash(info: SentenceInfo) -> int:
    return info.hash


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
    least, threshold = cfg.min_shared_words, cfg.sentence_threshold
    for i, x in enumerate(doc):
        # _match, inlined (a document has hundreds of pairs of sentences): a sentence of fewer
        # content words than must be shared matches only its own wording.
        key, words, numbers = x.key, x.words, x.numbers
        size = len(words)
        for y in doc[i + 1 :]:
            if key == y.key and key:
                sim = 1.0
            else:
                if size < least:
                    continue
                shared = len(words & y.words)
                if shared < least:
                    continue
                if numbers and y.numbers and 2 * len(numbers & y.numbers) < min(len(numbers), len(y.numbers)):
                    continue
                sim = 2 * shared / (size + len(y.words))
                if sim < threshold or not sim:
                    continue
            links.append(SentenceLink(x.sentence.index, y.sentence.index, _level(x, y, sim, cfg), round(sim, 3)))
    return links


def mostly_shared(size_x, size_y, common):
    """At least half of the smaller set is in the other; sets of fewer than 3 cannot tell. From the
    sizes of the two sets and of their intersection: numbers, or numpy arrays of them."""
    return (size_x < 3) | (size_y < 3) | (2 * common >= np.minimum(size_x, size_y))


def _sizes(x: frozenset[str], y: frozenset[str]) -> tuple[int, int, int]:
    return len(x), len(y), len(x & y)


def facts(sentences: list[SentenceInfo]) -> tuple[frozenset[str], frozenset[str]]:
    """The figures and the names of a document's sentences: what ``same_facts`` compares."""
    return frozenset().union(*(s.numbers for s in sentences)), frozenset().union(*(s.names for s in sentences))


def same_facts(a: list[SentenceInfo], b: list[SentenceInfo]) -> bool:
    """Whether two documents report the same figures and name the same names.

    Templated stories (the Fed's daily repurchases, bond issues, earnings) are near copies
    of each other word for word; only their figures and names tell them apart. A copy,
    even trimmed, edited or wrapped in another outlet's page, keeps both.
    """
    (numbers_a, names_a), (numbers_b, names_b) = facts(a), facts(b)
    return bool(facts_agree(_sizes(numbers_a, numbers_b), _sizes(names_a, names_b)))


def facts_agree(numbers, names):
    """``same_facts`` from the sizes of the two documents' sets of figures (``numbers``: of each
    set and of their intersection), and of names: numbers, or numpy arrays of them (many pairs)."""
    return mostly_shared(*numbers) & mostly_shared(*names)


def substantive(sentences: list[SentenceInfo], cfg: ParaphraseSettings) -> list[SentenceInfo]:
    """The sentences that count for a paraphrase, either way: those of enough content words."""
    return [s for s in sentences if len(s.words) >= cfg.min_sentence_words]


def comparable(substantive_sentences, cfg: ParaphraseSettings):
    """Whether a document's substantive sentences are enough, and not too many, to compare it:
    from how many there are (a number, or a numpy array of them)."""
    return (cfg.min_sentences <= substantive_sentences) & (substantive_sentences <= cfg.max_sentences)


# document_similarity, for many pairs at once: step.py keeps a batch's candidate pairs that pass
# these (numpy arrays, one item a pair; comparable and facts_agree by digests.Stories.worth_aligning)
# before it aligns them one by one. A pair they reject has a similarity of 0; one they keep needs
# document_similarity.

def may_cover(links, shorter, leads, cfg: ParaphraseSettings):
    """The checks after the alignment: links for at least ``document_coverage`` of the shorter
    document's sentences (``links``, ``shorter``: how many), and ``leads``: both leads linked,
    each to a sentence of mostly the same names (``kernels.alignments`` counts them)."""
    return leads & (links / shorter >= cfg.document_coverage)


def document_similarity(a: list[SentenceInfo], b: list[SentenceInfo], cfg: ParaphraseSettings) -> float:
    """Share of the shorter document's substantive sentences that have a counterpart in the other."""
    # digests.Stories.worth_aligning and may_cover make the same checks, for many pairs at once: keep them so.
    sa, sb = substantive(a, cfg), substantive(b, cfg)
    if not (comparable(len(sa), cfg) and comparable(len(sb), cfg)):
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
    if shorter[0].sentence.index not in {k.a for k in links} or longer[0].sentence.index not in {k.b for k in links}:
        return 0.0
    return len(links) / len(shorter)
