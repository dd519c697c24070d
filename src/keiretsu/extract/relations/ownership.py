"""Ownership: acquisitions, divestments, stakes and mergers. Their triggers, how they read their
arguments, a parent and its named subsidiary, and what a sale says besides who sold."""

from __future__ import annotations

import re

from ...models import Mention, RelationType, Status
from .. import lexicon as L
from ..entities import Ent, StoryContext
from .arguments import Args, rule
from .attributes import _PERCENT, _attributes
from .parse import _PARTS, _after, _conjoined, _ent_in, _pairs, _root
from .triggers import WORDS, register

R, S = RelationType, Status

register(R.ACQUISITION, verbs={"acquire", "buy", "purchase", "takeover", "take"},
         nouns={"acquisition", "purchase", "takeover", "take-over", "buyout", "pursuit", "bid", "offer", "buy"},
         weak_nouns={"pursuit", "offer", "buy"}, needs={"take": {"private"}})
register(R.MERGER, verbs={"merge", "combine"}, nouns={"merger", "combination"}, weak_verbs={"combine"},
         needs={"combine": {"business", "businesses", "unit", "units", "operation"}})
register(R.DIVESTMENT, verbs={"sell", "divest", "spin"}, nouns={"sale", "divestment", "spin-off", "spinoff"},
         needs={"spin": {"off"}})
register(R.STAKE, verbs={"own", "hold", "control"},
         nouns={"stake", "interest", "ownership", "holding", "shareholder", "owner", "parent", "shareholding",
                "cross-shareholding", "share"},
         weak_verbs={"control", "hold"}, weak_nouns={"share", "interest", "holding"},
         needs={"hold": {"stake", "percent", "pct", "%", "share", "shares", "interest", "holding", "majority"}},
         with_percent={"interest", "share"})
WORDS.update(L.OWNED)  # the subsidiary rule's nouns: "its Y subsidiary"
#: A sale that leaves a stake behind: "part of", "sold 35 million shares", "cutting its holding to 24 pct".
_PARTIAL = re.compile(r"\b(?:part of|portion|some of|a part|(?:cut|cutting|reduc\w+|lower\w*|trimm\w*) (?:its|their) "
                      r"(?:stake|holding|interest)|[\d,.]+ (?:mln |million |billion |bln )?(?:of its )?(?:[\w-]+ )?"
                      r"(?:common )?shares)\b", re.I)
_CHANGES_HANDS = {"sell", "buy", "acquire", "purchase", "divest", "spin", "sale"}
_OWNED_PERCENT = re.compile(r"(\d+(?:\.\d+)?)[- ]?(?:pct|percent|per cent|%)[- ]owned", re.I)
_BUYS = {"buy", "acquire", "purchase"}


@rule("claim")
def _what_is_bought(a: Args):
    """What is bought, the verb's object or the noun's "of" ("the purchase of 20 pct of X"): a
    stake is the noun's to say; a percentage or shares make it a stake, not a takeover."""
    if a.rtype is not R.ACQUISITION:
        return None
    of = next((c for c in a.t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    bought = next((c for c in a.t.children if c.dep_ == "dobj"), None) if a.verb is not None else \
        next((c for c in (of.children if of is not None else ()) if c.dep_ == "pobj"), None)
    if bought is not None and bought.lemma_.lower() in ("stake", "interest", "holding", "shareholding"):
        return []  # "acquired a stake in X": the noun says it
    if bought is not None and (bought.lower_ in ("pct", "percent", "%") or bought.lemma_.lower() == "share"):
        a.rtype = R.STAKE  # "bought 9.9 pct of X", "acquired 278,709 shares of X"
    return None


@rule("claim")
def _bid_from(a: Args):
    """"the offer from Adnoc": the bidder is named by "from"."""
    if a.subject is None or a.verb is not None or a.lemma not in ("offer", "bid", "proposal", "approach"):
        return None
    party = _after(a.sent, a.t, a.at, "from")
    return list(_pairs(a.rtype, party, a.subject)) if party is not None and party is not a.subject else None


@rule("no_object")
def _stake_in_the_other(a: Args):
    """"invested in Flipkart in 2018, taking a 77 percent stake": the one other company, before it."""
    if a.rtype is R.STAKE and a.subject is not None and \
            (_PERCENT.search(a.sent.text) or a.t.head.lemma_.lower() in ("buy", "take", "acquire", "hold", "own")):
        others = [e for e in a.companies if e is not a.subject]
        a.objects = others if len(others) == 1 else []
    return None


@rule("parties")
def _merger_bid(a: Args):
    """"a cash merger proposal to Borg-Warner at 46 dlrs per share": a bid, not a merger."""
    if a.rtype is R.MERGER and a.subject is not None and a.objects and re.search(r"\b(?:per|a) share\b", a.sent.text):
        a.rtype = R.ACQUISITION
    return None


@rule("parties")
def _cross_holdings(a: Args):
    """"A and B agreed to take stakes in each other": each holds the other."""
    if a.rtype is not R.STAKE or a.subject is None or not re.search(r"\b(?:each other|one another)\b", a.sent.text):
        return None
    group = _conjoined(a.subject, a.companies, a.sent)
    if len(group) < 2:
        return None
    return [p for x in group for y in group if x is not y for p in _pairs(a.rtype, x, y)]


@rule("pair")
def _part_bought(a: Args, subject: Ent, o: Ent):
    """"bought Thales's rail signalling unit": Thales's divestment to the buyer."""
    return (R.DIVESTMENT, True) if a.rtype is R.ACQUISITION and _part_of(a.sent, a.t, o) else None


def _subsidiaries(sent, companies: list[Ent], ctx: StoryContext, sentence: str, start: int, end: int) -> list[Mention]:
    """A parent and its named subsidiary are a stake: "X said its Y subsidiary", "X's unit Y",
    "its 97.7-pct owned subsidiary Y", "Y, a subsidiary of X"."""
    ending = {e.j: e for e in companies}
    starting = {e.i: e for e in companies}
    at = {k: e for e in companies for k in range(e.i, e.j)}
    out = []
    for t in sent:
        if t.lemma_.lower() not in L.OWNED or t.pos_ not in ("NOUN", "PROPN"):
            continue
        after = t.i + 1
        while after < len(sent) and (sent[after].is_space or sent[after].text in (",", "<", "(")):
            after += 1
        parent = None
        if t.dep_ == "appos" and _ent_in(t.head, at):
            child = _ent_in(t.head, at)
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            parent = next((at[g.i] for g in (of.children if of else ()) if g.i in at), None)
        else:
            child = ending.get(t.i) or starting.get(after)
            if child is None:
                continue
            for c in t.subtree:  # "its 97.7-pct owned subsidiary": the possessive may hang lower
                if c.dep_ == "poss" and c.i < t.i:
                    parent = at.get(c.i)
                    if parent is None and c.lower_ == "its":  # the clause's subject: "X said its Y unit"
                        before = [e for e in companies if e.j <= t.i and e is not child and not e.members]
                        subjects = [e for e in before if any(sent[k].dep_ == "nsubj" for k in range(e.i, e.j))]
                        parent = (subjects or before or [None])[-1]
            if parent is None and child.i > t.i:  # "Industrial Equity unit Acmex Holdings"
                parent = ending.get(t.i)
        if parent is None or child is None or parent is child:
            continue
        status = S.ACTIVE
        sale = None
        for v in t.ancestors:  # the subsidiary itself changing hands, not "from X's Y subsidiary"
            if v.lower_ in ("from", "to", "in") or v.lemma_.lower() in ("stake", "interest", "share"):
                break
            if v.lemma_.lower() in _CHANGES_HANDS and v.i < t.i:
                sale = v
                break
        if sale is not None:
            # "acquired Y, a subsidiary of X": the parent's stake is gone; "to sell its Y subsidiary":
            # not yet, and the sale says the rest
            if sale.tag_ not in ("VBD", "VBN") or any(c.lower_ == "to" for c in sale.children):
                continue
            status = S.ENDED
        owned = _OWNED_PERCENT.search(sent[max(0, t.i - 4):t.i].text)
        attrs = {"percent": float(owned.group(1)) if "." in owned.group(1) else int(owned.group(1))} if owned else {}
        for a in parent.names:
            for b in child.names:
                if a != b:
                    out.append(Mention(R.STAKE, a, b, status, sentence, start, end, attributes=attrs,
                                       trigger=t.text, confidence=0.75))
    return out


def _part_of(sent, t, o: Ent) -> bool:
    """Whether the company is only the owner of what the trigger buys: "X's unit", "the unit of X"."""
    root = _root(sent, o)
    if root.dep_ == "poss":
        part = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        part = root.head.head
    else:
        return False
    # the thing bought itself: "buy X's unit", "acquisition of the unit of X"
    bought = part.head == t or (part.head.lower_ == "of" and part.head.head == t)
    return part.lower_ in _PARTS and part.i > t.i and bought


def _sale_side_effects(sent, t, rtype, seller, asset, status, sentence, start, end, companies) -> list[Mention]:
    """A sale says more than who sold: "X sold its stake in Y (to Z)" ends X's stake (or cuts it)
    and gives Z one; "X bought Y from Z" is Z's divestment."""
    out = []
    lemma = t.lemma_.lower()
    lower = sentence.lower()
    if rtype is R.DIVESTMENT and status is S.ACTIVE and re.search(r"\b(?:stake|shares|interest|holding)\b", lower):
        # a sale done ends the seller's stake, or (part sold) leaves the level it states
        if not _PARTIAL.search(lower):
            out.append(Mention(R.STAKE, seller, asset, S.ENDED, sentence, start, end, trigger=t.text, confidence=0.6))
        elif re.search(r"\bto\s+(?:about |around |nearly |below )?\d+(?:\.\d+)?\s*(?:percent|per cent|pct|%)", lower):
            attrs = {**_attributes(sent, t, R.STAKE, sentence), "change": "decrease"}
            out.append(Mention(R.STAKE, seller, asset, S.ACTIVE, sentence, start, end, attributes=attrs,
                               trigger=t.text, confidence=0.6))
    bought = rtype is R.STAKE and (lemma in _BUYS or t.head.lemma_.lower() in _BUYS)
    if lemma in ("sell", "divest", "sale") or rtype is R.ACQUISITION or bought:
        prep = "to" if rtype is R.DIVESTMENT else "from"
        at = {k: e for e in companies for k in range(e.i, e.j)}
        for p in sent[t.i + 1 :]:
            if p.lower_ != prep or p.dep_ not in ("prep", "dative"):
                continue
            # "from Hanson Trust's SCM Corp subsidiary": the party is SCM, not its owner
            pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
            e = (_ent_in(pobj, at) if pobj is not None else None) or \
                next((at[g.i] for g in p.subtree if g.i in at), None)
            if e is not None:
                for name in e.names:
                    if name in (seller, asset):
                        continue
                    if rtype is R.DIVESTMENT:
                        kind = R.STAKE if re.search(r"\b(?:stake|shares|interest|holding)\b", lower) else R.ACQUISITION
                        out.append(Mention(kind, name, asset, status, sentence, start, end, trigger=t.text,
                                           confidence=0.6))
                    else:
                        out.append(Mention(R.DIVESTMENT, name, asset, status, sentence, start, end,
                                           trigger=t.text, confidence=0.6))
    return out
