"""The trigger tables: the words that state each relationship type, as each family module
registers them (``ownership``, ``finance``, ``partnership``, ``roles``), and the cheap prefilter
derived from them (``Prefilter``).

Keys are spaCy lemmas, lower case. The prefilter decides which sentences are parsed at all, so it
must pass every sentence a trigger could fire in: it is built from these tables, never by hand,
and a test feeds it every trigger in every form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from ...models import RelationType

#: Verbs whose subject is the first company and whose object the second.
VERBS: dict[str, RelationType] = {}
#: Nouns (lemmas or lower-case words) that state a relationship.
NOUNS: dict[str, RelationType] = {}
#: Generic words ("deal", "agreement", "provide", "hold"...) that state a relationship only when
#: nothing more specific in the sentence does, or with a figure beside them. Verbs and nouns apart:
#: "agreed to buy" says it, "a buy recommendation" does not.
WEAK_VERBS: set[str] = set()
WEAK_NOUNS: set[str] = set()
#: A verb that needs a word beside it: "team up", "work together/with", "spin off".
NEEDS: dict[str, frozenset[str]] = {}
#: Nouns that state a stake only with a percentage in the sentence: "interest", "share".
WITH_PERCENT: set[str] = set()
#: Words that size a holding as a percentage does: "acquired a majority interest in X", "a controlling
#: interest in X". Not "minority": "minority interests" is an accounts line. And the words a filing says an
#: interest is a share of the owners' capital by, sized or not: "acquired a limited partnership interest in X",
#: "an equity interest in X", "the membership interests in X LLC" (no rate, no concern in a matter).
SIZES = frozenset({"majority", "controlling", "equity", "partnership", "membership"})
#: Words that name no type: with two companies and nothing more specific, an alliance ("talks").
TALKS: set[str] = set()
#: Words that other rules of a family read (the subsidiary rule's "unit"), and patterns (offices).
WORDS: set[str] = set()
#: Words that other rules read only with a word beside them anywhere in the sentence: "will give X 49 pct
#: of Y" (a verb as common as "give" lets every sentence through otherwise).
GATED: dict[str, frozenset[str]] = {}
PATTERNS: list[re.Pattern] = []
#: Misspelt forms of trigger words ("aquired", "acquisiton", "subsidary"): form -> the lemma meant. The
#: prefilter passes them as it passes that word, and ``mend_misspelt`` has the parse read them as it.
MISSPELT: dict[str, str] = {}

def register(rtype: RelationType, *, verbs: Iterable[str] = (), nouns: Iterable[str] = (),
             weak_verbs: Iterable[str] = (), weak_nouns: Iterable[str] = (),
             needs: Mapping[str, Iterable[str]] | None = None, with_percent: Iterable[str] = ()) -> None:
    """A family's triggers of one type. A word is a trigger of one type only."""
    for table, words in ((VERBS, verbs), (NOUNS, nouns)):
        for w in words:
            if table.get(w, rtype) is not rtype:
                raise ValueError(f"trigger {w!r} registered for {table[w]} and {rtype}")
            table[w] = rtype
    weak_verbs, weak_nouns, with_percent = set(weak_verbs), set(weak_nouns), set(with_percent)
    needs = {w: frozenset(n) for w, n in (needs or {}).items()}
    for w in weak_verbs | set(needs):
        if VERBS.get(w) is not rtype:
            raise ValueError(f"{w!r} is no verb trigger of {rtype}")
    for w in weak_nouns | with_percent:
        if NOUNS.get(w) is not rtype:
            raise ValueError(f"{w!r} is no noun trigger of {rtype}")
    WEAK_VERBS.update(weak_verbs)
    WEAK_NOUNS.update(weak_nouns)
    NEEDS.update(needs)
    WITH_PERCENT.update(with_percent)


class Prefilter:
    """The cheap first pass: a sentence can hold a relationship only if it holds a registered word
    in a form the parser reads as it (``inflect``: words' forms, "buy" -> "buys", "bought", from
    the parser's own lemmatizer), a verb with the word it needs anywhere beside it, a noun that
    needs a percentage with one, or an office. Words, not stems: "unit" passes "units", never
    "United"."""

    def __init__(self, inflect: Callable[[Iterable[str]], Mapping[str, Iterable[str]]]):
        every = {*VERBS, *NOUNS, *TALKS, *WORDS, *GATED}
        inflected = inflect(every)

        def forms(words: Iterable[str]) -> frozenset[str]:
            return frozenset(f.lower() for w in words for f in (w, *inflected[w]))

        free = {*(w for w in VERBS if w not in NEEDS), *(w for w in NOUNS if w not in WITH_PERCENT), *TALKS, *WORDS}
        self.free = forms(free) | {form for form, lemma in MISSPELT.items() if lemma in free}
        self.needs = [(forms([w]), needed) for w, needed in sorted({**GATED, **NEEDS}.items())]
        self.with_percent = forms(WITH_PERCENT)
        self.offices = re.compile("|".join(f"(?:{p.pattern})" for p in PATTERNS), re.I) if PATTERNS else None

    def passes(self, sentence: str) -> bool:
        # "tie-up" is one word to the lexicon and three to the parser: keep both
        found = _WORD.findall(sentence.lower())
        words = {*found, *(part for w in found if "-" in w for part in w.split("-"))}
        if words & self.free:
            return True
        if any(forms & words and needed & words for forms, needed in self.needs):
            return True
        if self.with_percent & words and (_PERCENT.search(sentence) or SIZES & words):
            return True
        return self.offices is not None and bool(self.offices.search(sentence))


def mend_misspelt(sent) -> None:
    """Give a parsed sentence's misspelt trigger words the lemma of the word meant (its text stays as written)."""
    for t in sent:
        lemma = MISSPELT.get(t.lower_)
        if lemma is not None:
            t.lemma_ = lemma


def mend_headline_verb(sent) -> None:
    """Read as a verb a headline's verb in the present that the parser takes for a plural noun, with the name
    before it as its compound ("Netflix partners with Samsung", "Starbucks Corp. teams up with Alibaba"): a
    root plural whose lemma is a trigger verb, a capitalised name right before it and no article or
    modifier of a noun, that takes a particle, a preposition or an object after it. The name is its subject."""
    for t in sent:
        if t.dep_ != "ROOT" or t.tag_ != "NNS" or t.lemma_.lower() not in VERBS:
            continue
        kids = list(t.children)
        names = [c for c in kids if c.dep_ == "compound" and c.i == t.i - 1 and c.text[:1].isupper()]
        if not names or any(c.dep_ in ("det", "poss", "amod", "nummod") for c in kids) or \
                not any(c.dep_ in ("prep", "prt", "dobj") and c.i > t.i for c in kids):
            continue
        t.pos_, t.tag_ = "VERB", "VBZ"
        names[0].dep_ = "nsubj"


_WORD = re.compile(r"\w+(?:-\w+)*|%")
_PERCENT = re.compile(r"\d(?:-|\s*)(?:percent|per cent|pct|%)", re.I)
