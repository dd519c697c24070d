"""Ownership: acquisitions, divestments, stakes and mergers. Their triggers, how they read their
arguments, a parent and its named subsidiary, and what a sale says besides who sold."""

from __future__ import annotations

import dataclasses
import re

from ...models import EntityKind, Mention, RelationType, Status
from .. import lexicon as L
from ..entities import Ent, StoryContext, initials_of
from ..gazetteer import places
from ..names import LEGAL_FORMS
from ..vocab import classes, words
from .arguments import _RIVAL_BEFORE, _SET_AGAINST_BY, _THINGS_OWNED, Args, Unread, _share_after, rule
from .attributes import _NUMBER_WORDS, _PERCENT, _SCALE, TO_LEVEL, _attributes
from .parse import (DEAL_WORDS, _FIRM_NOUNS, _LEFT_OUT, _PARTS, _after, _antecedent, _closing_speakers, _conjoined, _ent_in, _is_from_or_to,
                    _SAYS, _named_before_comma, _named_by, _names_between, _of_people, _of_whom, _pairs, _referred_holder, _root,
                    _subject, _unnamed_unit, _word_before, _writer_acts, owner_of_the_phrase)
from .status import _AHEAD, _closed_by, _spin_off, conditioned, to_come, told_done, trigger_status
from .triggers import GATED, MISSPELT, NOUNS, PATTERNS, VERBS, WORDS, register

R, S = RelationType, Status

#: Modern headlines buy with a phrasal verb: "Amazon snaps up Whole Foods", "Comcast scoops up DreamWorks",
#: "Oracle gobbles up NetSuite".
register(R.ACQUISITION, verbs={"acquire", "buy", "purchase", "takeover", "take", "tender", "snap", "scoop", "gobble",
                               *L.CONTROL_WON},
         nouns={"acquisition", "purchase", "takeover", "take-over", "buyout", "pursuit", "bid", "offer", "buy"},
         weak_nouns={"pursuit", "offer", "buy"},
         needs={"take": {"private", "over", "control"}, "tender": {"for"}, "snap": {"up"}, "scoop": {"up"}, "gobble": {"up"},
                **{w: {"control"} for w in L.CONTROL_WON}})  # "intends to tender for the 45 pct of X it does not own"
register(R.MERGER, verbs={"merge", "combine"}, nouns={"merger", "combination"}, weak_verbs={"combine"},
         needs={"combine": {"business", "businesses", "unit", "units", "operation"}})
register(R.DIVESTMENT, verbs={"sell", "divest", "spin", "dispose", "unload", "offload"},
         nouns={"sale", "divestment", "spin-off", "spinoff", "disposal"},
         needs={"spin": {"off"}, "dispose": {"of"}})
register(R.STAKE, verbs={"own", "hold", "control", "have"},
         nouns={"stake", "interest", "ownership", "holding", "shareholder", "owner", "parent", "shareholding",
                "cross-shareholding", "share"},
         weak_verbs={"control", "hold", "have"}, weak_nouns={"share", "interest", "holding"},
         needs={"hold": {"stake", "percent", "pct", "%", "share", "shares", "stock", "interest", "holding", "majority"},
                "have": {"percent", "pct", "%", "shares"}},
         with_percent={"interest", "share"})
WORDS.update(L.OWNED)  # the subsidiary rule's nouns: "its Y subsidiary"
MISSPELT.update({form: lemma for lemma, forms in classes("misspelt_words").items() for form in forms})
#: "will give X 49 pct of Y": a stake a verb hands over, said with the count of what is handed.
_SHARE_UNITS = {"pct", "percent", "%", "share", "shares", "stock"}
GATED.update({w: frozenset(_SHARE_UNITS) for w in DEAL_WORDS["handing"]})
#: "Facebook paid $19 billion for WhatsApp": a price paid for a company (``_paid_for``).
GATED["pay"] = frozenset({"for"})
#: "Cyacq Corp was formed by X": who founded a company (``_founders``), said with "by".
GATED.update({w: frozenset({"by"}) for w in L.FOUNDED})
#: A sale that leaves a stake behind: "part of", "sold 35 million shares", "sold 110,000 Cyclops Corp common
#: shares", "cutting its holding to 24 pct"; a share sold with "a" is a part of the holding, not the whole that
#: "its 24.9 pct stake" names ("sold a 24.9 pct stake in United Coasts ... reduced its holdings in United to 25
#: pct", "the sale of a 15.25 pct interest in Cathay Pacific").
_PART_SOLD = re.compile(r"(?:sold|sells?|selling|sale of) an? [\d.]+\s*(?:pct|percent|per cent|%) (?:equity )?"
                        r"(?:stake|interest|holding)", re.I)
#: A count of shares, in figures or in words with their scale ("four mln common shares"); not one told as the
#: whole holding, by "the" or by what the seller holds ("the one mln ordinary shares it holds in its subsidiary",
#: "sold four mln shares it held in USAir Group").
_COUNTED_SHARES = (r"(?<!the )(?:[\d,.]+ (?:mln |million |billion |bln )?|(?:" + "|".join(_NUMBER_WORDS) +
                   r") (?:mln |million |billion |bln ))(?:of its )?(?:[\w&'-]+ ){0,3}(?:common )?shares"
                   r"(?! (?:it|they) (?:held|holds|owned|owns)\b)")
_PARTIAL = re.compile(r"\b(?:part of|portion|some of|a part|(?:cut|cutting|reduc\w+|lower\w*|trimm\w*) (?:its|their) "
                      r"(?:stake|holding|interest)|" + _COUNTED_SHARES + "|" + _PART_SOLD.pattern + r")\b", re.I)
#: A company's debt as what changes hands ("debentures of its Y affiliate"): no part of the company does.
_DEBT_PAPER = {"debenture", "note", "bond", "debt", "loan", "claim", "paper"}
_CHANGES_HANDS = {"sell", "buy", "acquire", "purchase", "divest", "spin", "sale", "acquisition", "takeover", "spinoff",
                  "divestiture", "disposal"}
#: A percentage right after a company's name (a ticker between): "Honeywell Inc <HON>, 14 pct".
_HOLDS_TOO = re.compile(r"\s*(?:<[^<>]{1,12}>|\([^()]{1,12}\))?\s*,?\s*\d+(?:\.\d+)?\s*(?:pct|percent|per cent|%)",
                        re.I)
_OWNED_PERCENT = re.compile(r"(\d+(?:\.\d+)?)[- ]?(?:pct|percent|per cent|%)[- ]owned", re.I)
#: What a sale brings in, taken already where the clause is past: "had realized 1.1 billion dlrs from the
#: sale of its Container Corp subsidiary", "posted a gain of 14.3 mln dlrs on the sale of".
_PROCEEDS = {"gain", "profit", "loss", "proceeds", "realize", "realise", "receive", "net", "earn", "reap"}
#: Verbs by which a company says what a sentence tells: "X said ...", "X announced ...".
SAYS = {"say", "add", "announce", "state", "report", "disclose"}
#: Parts that are a company or a stake in one, whatever else a company owns is: "owns its Y business".
_HOLDINGS = {"business", "division", "operation", "venture", "interest", "right"}
#: Verbs whose subject is what it acts as: "X will operate as a unit of Y".
_ACTS_AS = {"operate", "continue", "remain", "function", "serve", "trade"}


@rule("claim")
def _bracketed_deal(a: Args):
    """"Tektronix (acquired Arbor Networks), Blue Coat Systems, Citrix Systems (acquired Bytemobile)": a verb
    opening brackets right after a name tells that company's deal with the companies inside the brackets, and
    no other's in the list around them."""
    if a.verb is None or a.t.i < 2 or a.sent[a.t.i - 1].text != "(" or a.t.i - 2 not in a.at:
        return None
    close = next((x.i for x in a.sent[a.t.i :] if x.text == ")"), None)
    if close is None or a.sent[a.t.i + 1].lower_ == "by":
        return None  # "(acquired by Perrigo in 2011)": the passive, read as usual
    actor = a.at[a.t.i - 2]
    inside = [e for e in a.companies if a.t.i < e.i and e.j <= close and e is not actor]
    return [p for e in inside[:1] for p in _pairs(a.rtype, actor, e)] if a.rtype.directed else []


@rule("claim")
def _parts_merged(a: Args):
    """"Amcor and NZFP were merging their pulp and paper interests in a joint partnership", "ITT and CGE merged
    their telecommunications businesses": parts of the companies pooled, not the companies merged; parts
    with names ("merge its BHP Minerals division and Utah") or "with X" ("combining its business with those
    of Purolator") are read as usual."""
    if a.rtype is not R.MERGER or a.verb is None:
        return None
    pooled = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if pooled is None or pooled.lemma_.lower() not in _PARTS | {"interest", "operation", "activity", "business"} or \
            not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in pooled.children) or \
            any(c.dep_ == "prep" and c.lower_ == "with" for c in a.t.children) or any(x.i in a.at for x in pooled.subtree):
        return None
    return []


@rule("claim")
def _bought_for_another(a: Args):
    """"Tesco said County Ltd had bought on its behalf 2.06 mln shares in Hillards": an agent that buys for
    another buys what the other holds: the company "on behalf of" names, or, for "its", the company that says so.
    With no company named ("on behalf of its clients"), nobody's. (A passive's agent, "held by X on behalf of
    Y", is left to the passive's reading.)"""
    if a.rtype not in (R.ACQUISITION, R.STAKE) or a.verb is None or any(c.dep_ == "agent" for c in a.t.children):
        return None
    on = next((x for x in a.t.subtree if x.lower_ == "behalf" and
               "on" in (a.sent[x.i - 1].lower_, a.sent[x.i - 2].lower_ if x.i > 1 else "")), None)
    if on is None:
        return None
    after = a.sent[on.i + 1] if on.i + 1 < len(a.sent) else None
    principal = None
    if after is not None and after.lower_ == "of":
        principal = _named_by(after, a.at)
    elif a.sent[on.i - 1].lower_ == "its":
        root = next((x for x in a.sent if x.dep_ == "ROOT"), None)
        if root is not None and root is not a.t:
            principal = next((_ent_in(c, a.at) for c in root.children if c.dep_ == "nsubj"), None)
    if principal is None or principal is a.subject or principal.members:
        return []
    a.subject = principal
    if on.dep_ in ("amod", "compound") and on.head.lemma_.lower() in ("share", "stock", "pct", "percent"):
        a.rtype = R.STAKE  # "bought on its behalf 2.06 mln shares": a parse that reads "behalf" into the shares
    return None


#: The nouns of a unit whose name is set on them: "its Baker Oil Tools Inc subsidiary".
_UNIT_NOUNS = L.OWNED | {"division"}


@rule("claim")
def _unit_part_sold(a: Args):
    """"to sell the assets and business of the electric submersible oilwell pump product line in the continental
    U.S. of its Baker Oil Tools Inc subsidiary to Trico Industries", "the sale of the group life and health
    operations of its Transamerican Occidental Life Insurance Co subsidiary to Provident": some of a named unit
    (a part qualified, or the part of a part) goes to the buyer, the unit's divestment; the unit is neither
    bought nor sold whole. "sold the assets of its Greene Dental Products Inc subsidiary to Rinn" sells the unit,
    read as usual."""
    if a.rtype is not R.DIVESTMENT:
        return None
    sold = next((c for c in a.t.children if c.dep_ == "dobj"), None) if a.verb is not None else _of_object(a.t)
    if sold is None or sold.i in a.at or sold.lemma_.lower() not in L.PARTS:
        return None
    # down the "of" and "in" objects to the unit: "of the pump product line in the U.S. of its X subsidiary"
    way = [sold]
    while len(way) < 5 and (way[-1].lemma_.lower() not in _UNIT_NOUNS or len(way) == 1):
        down = next((g for c in way[-1].children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                     for g in c.children if g.dep_ == "pobj" and g.i not in a.at), None)
        if down is None:
            return None
        way.append(down)
    unit = way[-1]
    named = [a.at[c.i] for c in unit.children if c.dep_ == "compound" and c.i in a.at]
    if unit.lemma_.lower() not in _UNIT_NOUNS or len(named) != 1 or \
            not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in unit.children):
        return None
    qualified = any(c.dep_ in ("amod", "compound", "nmod") and c.i not in a.at for c in sold.children)
    if not qualified and not any(x.lemma_.lower() in L.PARTS for x in way[1:-1]):
        return None
    buyer = _after(a.sent, a.t, a.at, "to")
    return list(_pairs(R.DIVESTMENT, named[0], buyer)) if buyer is not None and buyer is not named[0] else []


@rule("claim")
def _sale_to(a: Args):
    """"concerns about the sale of Fairchild Semiconductor to Fujitsu", "blocking the sale of Allegheny to an
    affiliate of First Boston": a sale that names what is sold and the buyer but no seller (the sentence's
    subject is no one, or the company sold) is the buyer's acquisition."""
    if a.lemma != "sale" or a.verb is not None:
        return None
    sold, buyer = _after(a.sent, a.t, a.at, "of"), _after(a.sent, a.t, a.at, "to")
    if sold is None or buyer is None or set(sold.names) & set(buyer.names) or \
            a.subject is not None and not set(sold.names) & set(a.subject.names) or \
            any(c.dep_ == "poss" for c in a.t.children):
        return None
    return list(_pairs(R.ACQUISITION, buyer, sold))


@rule("claim")
def _own_assets_sold(a: Args):
    """"Acme sold substantially all of its assets to Beta", "Continental Bank's sale of its banking assets to
    Lloyds Bank Canada": a firm selling its assets whole sells its business, which the company after "to" takes
    over. Some of its assets ("its oil and gas assets") go to a buyer who takes no firm over; neither is the buyer
    a thing sold."""
    if a.rtype is not R.DIVESTMENT or a.subject is None:
        return None
    sold = next((c for c in a.t.children if c.dep_ == "dobj"), None) if a.verb is not None else _of_object(a.t)
    whole = False
    while sold is not None and sold.lower_ in ("all", "substantially", "virtually", "essentially"):
        whole = True  # "substantially all of its assets", "all its assets"
        sold = _of_object(sold) or next((c for c in sold.children if c.dep_ == "dobj"), None) or \
            (sold.head if sold.head.lemma_.lower() == "asset" else None)
    if sold is None or sold.lemma_.lower() != "asset" or sold.i in a.at or \
            not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in sold.children) or \
            any(x.i in a.at for x in sold.subtree):
        return None
    buyer = _after(a.sent, a.t, a.at, "to")
    if buyer is None or set(buyer.names) & set(a.subject.names):
        return None
    whole = whole or not any(c.dep_ in ("amod", "compound", "nmod") for c in sold.children)
    return list(_pairs(R.ACQUISITION, buyer, a.subject)) if whole else []


def _of_object(t):
    """The object of the "of" under ``t``: "the sale of its assets", "all of its assets"."""
    return next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


@rule("claim")
def _own_paper_sold(a: Args):
    """"agreed to sell 50.3 mln dlrs of securities to X", "sold three mln dlrs of notes to X", "the sale of
    200,000 shares of its common stock to X", "sold 11.3 mln shares, or 29.4 pct, of its common stock to X": a
    company selling paper of its own (``data/deal_words.tsv``, "issued"; no company, stake or unit named in what
    is sold) raises money and sells no part of itself. The buyer of its shares holds a part of it (new stock of
    its own is money put in, an investment); whoever buys other paper, notes or warrants, or buys to sell on
    (``data/deal_words.tsv``, "resale"), holds none."""
    if a.rtype not in (R.DIVESTMENT, R.STAKE) or a.subject is None:
        return None
    if a.lemma in ("sell", "sale"):
        sale = a.t
    elif a.rtype is R.STAKE and a.t.dep_ == "dobj" and a.t.head.lemma_.lower() == "sell":
        sale = a.t.head  # "sold 11.3 mln shares, or 29.4 pct, ..." read at the shares
    else:
        return None
    of = next((c for c in sale.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    sold = next((c for c in sale.children if c.dep_ == "dobj"), None) if sale.pos_ == "VERB" else \
        next((c for c in (of.children if of is not None else ()) if c.dep_ == "pobj"), None)
    if sold is None:
        return None
    # whom it is sold to: the first "to" under the sale, wherever a parse hangs it ("of its common stock to X",
    # "for 24.9 mln dlrs to X"), but not in a clause of its own ("and 640,000 shares will be paid to Z holders")
    other = {g.i for c in sale.children if c.dep_ == "conj" for g in c.subtree}
    # nor in the words of the verb a sale noun is the object of ("a judgment upholding its sale of common shares
    # and warrants to Echlin")
    near = [*sale.subtree, *(c for c in sale.head.children if sale.pos_ != "VERB" and sale.dep_ == "dobj")]
    to = next((c for c in near if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > sale.i and
               c.i not in other), None)
    buyer = _named_by(to, a.at) if to is not None else None
    if to is None or buyer is a.subject:
        return None
    # what is sold, less the buyer
    words = [x for x in sold.subtree if x.i not in {g.i for g in to.subtree}]
    paper = {x.lower_ for x in words} | {x.lemma_.lower() for x in words}
    shares = paper & {"share", "stock", "common", "preferred"}
    if any(x.i in a.at for x in words) or paper & (L.STAKE_NOUNS | L.PARTS | L.OWNED) or \
            not paper & DEAL_WORDS["issued"] or shares and any(c.dep_ == "poss" for c in sold.children):
        # "sold its 1.5 mln Fishers shares", "sold its shares to X": a holding; "13 pct of the unit": a part
        return None
    if buyer is None or not shares or any(x.lower_ in DEAL_WORDS["resale"] for x in a.sent):
        # "to a private investor group": a buyer not named; "to investment dealers X and Y", "for resale to the
        # public": the buyer sells them on
        return []
    if a.rtype is R.DIVESTMENT and any(x.lower_ in ("its", "their") for x in words):
        return list(_pairs(R.INVESTMENT, buyer, a.subject))  # new stock of its own, as ``finance._new_shares``
    return list(_pairs(R.STAKE, buyer, a.subject))  # "selling 543,237 shares to X, giving it a 9.8 pct stake"


@rule("claim")
def _tendered_shares(a: Args):
    """"intends to tender for the 45 pct of X": a bid for the company "for" names; "holders tendered 5 mln
    shares for X's offer": the holders sell into a bid, and say nothing of who bids."""
    if a.lemma != "tender" or a.verb is None:
        return None
    holders = any(c.dep_ == "nsubj" and c.i not in a.at and c.tag_ == "NNS" for c in a.t.children)
    if holders or any(c.dep_ == "dobj" for c in a.t.children):
        return []
    # nor "consortia tendering for contracts" (work bid for), but "tendered for all outstanding Cyclops shares" is
    # a bid the rules do not read
    return Unread() if _after(a.sent, a.t, a.at, "for") is None else None


#: What holders do with their shares in answer to a bid: shares so handed in are still theirs, not the bidder's.
_HANDED_IN = {"tender", "deposit"}


@rule("claim")
def _shares_handed_in(a: Args):
    """"about 450,000 shares, or 6.5 pct, of Purolator shares had been tendered and not withdrawn", "92 pct of
    Carling's stock has been deposited under the offer": shares handed in to a bid tell how the bid goes, not
    that the bidder holds them (until it buys them: "it purchased the tendered shares ... a 21.7 pct stake")."""
    if a.lemma != "share" or a.verb is not None:
        return None
    verb = next((v for v in a.t.ancestors if v.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _HANDED_IN or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return []


@rule("claim")
def _own_shares_moving(a: Args):
    """"China CITIC Bank's shares have gained 30 pct, followed by Bank of China and PetroChina": a company's
    shares as what the clause tells of are its own stock, trading; a stake says whose shares they are ("X's
    shares in Y")."""
    if a.lemma != "share" or a.verb is not None or a.t.dep_ != "nsubj" or \
            not any(c.dep_ == "poss" and _ent_in(c, a.at) is not None for c in a.t.children) or \
            any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in a.t.children):
        return None
    return []


@rule("claim")
def _has_a_share(a: Args):
    """"Sun Chemical has 4.9 pct of Outboard", "it has 7.9 mln shares or five pct of X": "have" states a
    stake only as a share of the company named under what is had (not "has 17 mln shares outstanding",
    "has 20 pct of the market")."""
    if a.lemma != "have" or a.verb is None:
        return None
    had = [c for c in a.t.children if c.dep_ == "dobj"]
    had += [c for h in had for c in h.children if c.dep_ == "conj"]
    of = [c for h in had if h.lower_ in ("pct", "percent", "%") or h.lemma_.lower() == "share"
          for c in h.children if c.dep_ == "prep" and c.lower_ == "of"]
    target = next((e for e in (_ent_in(g, a.at) for c in of for g in c.children if g.dep_ == "pobj")
                   if e is not None), None)  # not "5 pct of its shares held by Y"
    if a.subject is None or target is None or target is a.subject:
        return []
    return [(R.STAKE, s, t, "dep") for s in a.subject.names for t in target.names]


@rule("claim")
def _shares_it_has(a: Args):
    """"USAir said Piedmont has about 23.1 mln common shares on a fully diluted basis": the shares a company has,
    whose shares no "of" or "in" says, are its own stock outstanding, no stake in anybody."""
    if a.lemma != "share" or a.verb is not None or a.t.dep_ != "dobj" or a.t.head.lemma_.lower() != "have" or \
            any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in a.t.children) or \
            any(c.dep_ in ("poss", "compound", "nmod") and _ent_in(c, a.at) is not None for c in a.t.children):
        return None
    return []


@rule("claim")
def _assets_owned(a: Args):
    """"Consolidated owns 42 mining concessions in three regions of Brazil -- Gammara, Santo Antonio and
    Diamazon", "SABMiller, which owns the Peroni and Grolsch brands": what is owned is a company's assets
    (``lexicon.PARTS``), and the names under them are theirs, no company held. Not a unit, a business or an
    interest, which are a company or a stake."""
    if a.rtype is not R.STAKE or a.verb is None or a.lemma not in ("own", "control"):
        return None
    owned = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if owned is None or owned.i in a.at or owned.pos_ != "NOUN" or \
            owned.lemma_.lower() not in L.PARTS - L.OWNED - _HOLDINGS:
        return None
    return []


@rule("objects")
def _sold_to(a: Args):
    """"selling its subsidiary Noblee und Thoerl GmbH to Oelmuehle Hamburg AG", however the parse hangs the
    "to": beside what is sold, the company after "to" buys it, or is one of those who do ("to a group of
    investors including the unit's employees and GNB Inc")."""
    if a.rtype is R.DIVESTMENT:
        to = {g.i for c in a.t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.subtree}
        sold = [o for o in a.objects if _word_before(a.sent, o) != "to"] or a.objects
        a.objects = [o for o in sold if o.i not in to] or sold
    return None


#: The deals of other kinds whose nouns under a deal name their own parties: a sale's, a takeover's.
_OTHER_DEALS = {R.DIVESTMENT: (R.ACQUISITION, R.MERGER), R.ACQUISITION: (R.DIVESTMENT,)}


@rule("objects")
def _anothers_deal(a: Args):
    """"might have to sell its First Connecticut Corp subsidiary as a result of its proposed acquisition of Norstar
    Bancorp": a company a takeover or a merger noun under the sale names is that deal's, nothing sold; "offering to
    acquire Becor for 15.50 dlrs per share, subject to Becor's receipt of 110 mln dlrs from the proposed sale of its
    Western Gear Corp subsidiary": one a sale under a takeover names is sold by another, not taken over."""
    others = _OTHER_DEALS.get(a.rtype)
    if others is None:
        return None

    def under_deal(o: Ent) -> bool:
        path = [x for x in _root(a.sent, o).ancestors]
        if a.t not in path:
            return False
        return any(x.pos_ == "NOUN" and NOUNS.get(x.lemma_.lower()) in others for x in path[: path.index(a.t)])

    return a.leave_out([o for o in a.objects if under_deal(o)])


@rule("objects")
def _counted_parts_sold(a: Args):
    """"said it disposed of 33 Bojangles' Chicken 'N Biscuits restaurants in Florida", "sold 12 Acme stores": a
    count of a company's parts (``data/parts.txt``) sold is some of them, not the company whose name they bear."""
    if a.rtype is not R.DIVESTMENT:
        return None
    if a.verb is not None:
        sold = next((c for c in a.t.children if c.dep_ == "dobj"), None) or _of_object(a.t)
    else:
        sold = _of_object(a.t)
    if sold is None or sold.i in a.at or sold.tag_ != "NNS" or sold.lemma_.lower() not in L.PARTS - L.OWNED:
        return None
    before = [x for x in sold.subtree if x.i < sold.i]
    if not any(x.like_num and x.i not in a.at for x in before):
        return None
    # nor is a company the rest of the clause names ("as part of its retrenchment of its Bojangles' subsidiary");
    # only one the parts go "to" buys them
    buyers = {g.i for c in a.t.subtree if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.subtree}
    return a.leave_out([o for o in a.objects if o.i not in buyers])


@rule("objects")
def _subject_bought_too(a: Args):
    """"if a general offer to acquire Imperial Continental or its Calor Group or Contibel Holdings becomes
    unconditional": a company the verb takes as its object, listed with the others, is bought with them, never the
    buyer; with no buyer named, the sentence ties none."""
    if a.rtype not in (R.ACQUISITION, R.STAKE, R.DIVESTMENT) or a.verb is None or a.subject is None or \
            a.subject.members:
        return None
    root = _root(a.sent, a.subject)
    listed = {x.i for x in root.conjuncts}
    if root.dep_ != "dobj" or root.head.i != a.verb.i or not any(_root(a.sent, o).i in listed for o in a.objects):
        return None
    return []


#: The last words of people's titles and offices (``data/title_words.txt``): "Wilson's chief operating officer".
_TITLE_WORDS = words("title_words") - {"shareholder", "shareholders", "owner", "owners", "investors", "member",
                                        "members", "board", "committee", "team", "customers", "consumers", "traders",
                                        "residents", "employee", "officials", "journalists"}


@rule("objects")
def _owner_told_after(a: Args):
    """"submitted a bid in excess of 60 mln dlrs for Smith and Wesson, a manufacturer of law enforcement firearms,
    and a unit of Lear Siegler": a company named as whose unit ("a unit of", ``lexicon.UNIT_NOUNS``) another object
    set before it is, however the parse hangs the words, owns what is bought and is not bought itself."""
    if a.rtype is not R.ACQUISITION or len(a.objects) < 2:
        return None

    def owner(o: Ent) -> bool:
        k = o.i - 1
        if k < 2 or a.sent[k].lower_ != "of":
            return False
        k -= 1
        if a.sent[k].lemma_.lower() not in L.UNIT_NOUNS:
            return False
        while k > 0 and a.sent[k - 1].pos_ == "ADJ":
            k -= 1  # "a former unit of"
        if k < 1 or a.sent[k - 1].lower_ not in ("a", "an"):
            return False
        k -= 2 + (k >= 2 and a.sent[k - 2].lower_ == "and")
        return k >= 0 and a.sent[k].text == "," and any(x.j <= k for x in a.objects if x is not o)

    return a.leave_out([o for o in a.objects if owner(o)])


@rule("objects")
def _whose_people(a: Args):
    """"Enro Acquisition ... owns Ramar Intercapital Corp and Wilson's chief operating officer, V. Jerome Kaplan, and
    other managers": a company that only says whose officer a person is, is not what is owned or bought."""
    if a.rtype not in (R.STAKE, R.ACQUISITION) or a.verb is None:
        return None
    return a.leave_out([o for o in a.objects if _root(a.sent, o).dep_ == "poss" and
                        _root(a.sent, o).head.lemma_.lower() in _TITLE_WORDS and _root(a.sent, o).head.i not in a.at])


@rule("objects")
def _sold_whom(a: Args):
    """"it would sell Qintex 900,000 Hal Roach shares": a company right after the sale's verb and before a
    count is whom the shares are sold to, no company sold (however the parse hangs it)."""
    if a.rtype is not R.DIVESTMENT or a.verb is None:
        return None
    # (past the blanks of the marks wire copy puts round a name: "sell <Qintex Inc> 900,000 shares")
    k = a.verb.i + 1 + (a.verb.i + 1 < len(a.sent) and a.sent[a.verb.i + 1].is_space)
    buyer = a.at.get(k)
    if buyer is None or buyer.i != k:
        return None
    after = buyer.j + (buyer.j < len(a.sent) and a.sent[buyer.j].is_space)
    # and "to sell Qintex all or part of its two mln Roach shares"
    if after >= len(a.sent) or not (a.sent[after].like_num or a.sent[after].lower_ in L.QUANTIFIERS):
        return None
    a.objects = [o for o in a.objects if o is not buyer]
    return None if a.objects else []


@rule("objects")
def _co_holders(a: Args):
    """"Control Data will own 80 pct, Honeywell Inc, 14 pct and Bull S.A.": companies listed each with its
    own percentage hold beside the subject; none of them is what is held."""
    if a.rtype is R.STAKE:
        first = next((k for k, o in enumerate(a.objects)
                      if _HOLDS_TOO.match(a.sent.text, a.sent[o.j - 1].idx + len(a.sent[o.j - 1]))), None)
        a.objects = a.objects if first is None else a.objects[:first]  # and those listed after the first
    return None


@rule("objects")
def _stake_in_a_unit(a: Args):
    """"will buy a substantial stake in Yeo's 71.1 pct held unit, Yeo Hiap Seng Enterprises": the unit named is
    what is held; its owner (the possessive) is not."""
    if a.rtype is R.STAKE and len(a.objects) > 1:
        def owner_only(o: Ent) -> bool:
            root = _root(a.sent, o)
            if root.dep_ != "poss" or root.head.lemma_.lower() not in L.OWNED:
                return False
            unit = {g.i for g in root.head.subtree}
            return any(p is not o and p.i in unit for p in a.objects)

        a.objects = [o for o in a.objects if not owner_only(o)]
    return None


@rule("objects")
def _owner_of_what_is_sold(a: Args):
    """"said it would sell or lease Purolator's air hub", "would divest Purolator's Stant Inc subsidiary": what
    is sold is the possessive company's; that company is neither the seller nor sold (its shares, "sold Beta's
    shares", are a holding in it that changes hands)."""
    if a.rtype is not R.DIVESTMENT or a.verb is None:
        return None

    def owner_only(o: Ent) -> bool:
        root = _root(a.sent, o)
        sold = root.head
        if root.dep_ != "poss" or sold.dep_ != "dobj" or sold.i in a.at or sold.pos_ != "NOUN" or \
                sold.lemma_.lower() in L.STAKE_NOUNS | {"share", "stock", "pct", "percent", "holding"}:
            return False
        if any(a.sent[k].dep_ == "compound" and a.sent[k].head.i == sold.i for k in range(o.i, o.j)):
            return False  # "sell its Hudson's Bay Wholesale unit": a possessive inside the unit's own name
        return sold.head.i == a.t.i or sold.head.dep_ == "conj" and sold.head.head.i == a.t.i

    return a.leave_out([o for o in a.objects if o is not a.subject and owner_only(o)])


@rule("objects")
def _anothers_holding_sold(a: Args):
    """"net earnings rose ... after the sale of AAP's "B" shares in Reuters Holdings Plc", "a right of consent to
    the sale of Dome Petroleum's holding": a holding a company's possessive names is that company's, so it is the
    one that sells what the holding is in, not the clause's subject (a sale noun names no seller of its own). A
    holding named in nothing ties none."""
    if a.rtype is not R.DIVESTMENT or a.verb is not None:
        return None
    sold = _of_object(a.t)
    if sold is None or sold.lemma_.lower() not in L.STAKE_NOUNS | {"share", "stock"}:
        return None
    holder = next((a.at[c.i] for c in sold.children if c.dep_ == "poss" and c.i in a.at), None)
    if holder is None or holder is a.subject:
        return None
    held = {id(e): e for c in sold.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.subtree
            if (e := a.at.get(g.i)) is not None and e is not holder}
    return [p for e in held.values() for p in _pairs(R.DIVESTMENT, holder, e)]


@rule("objects")
def _bid_against(a: Args):
    """"CYACQ unsuccessfully bid against Dixons Group for control of Cyclops": the company a bid is made
    against is a rival bidder, not its target."""
    if a.rtype is R.ACQUISITION:
        a.objects = [o for o in a.objects if _word_before(a.sent, o) != "against" and
                     _root(a.sent, o).head.lower_ != "against"]
    return None


#: Words by which a party fends off a takeover threatened by another ("a means of heading off a hostile takeover
#: attempt by First Interstate Bancorp", "to ward off a bid from X", "a defence against X's offer").
_FENDS = {"head", "fend", "ward", "thwart", "avert", "repel", "deter", "forestall", "defense", "defence"}
_FENDS_WITH_OFF = {"head", "fend", "ward"}


@rule("claim")
def _fended_off(a: Args):
    """"The sale of the profitable discount brokerage firm back to Charles Schwab was ... seen by banking analysts as
    a means of heading off a hostile takeover attempt by First Interstate Bancorp": a takeover a party fends off is
    a threat to the one that fends (often only the story's subject), not a bid for a company beside it; with no
    target of its own ("for X", "of X") it names no deal between the companies of the sentence."""
    if a.rtype not in (R.ACQUISITION, R.MERGER) or a.verb is not None:
        return None
    noun = a.t.head if a.t.dep_ == "compound" else a.t
    x = noun
    for _ in range(3):
        if x.dep_ in ("dobj", "pobj", "compound", "amod") or x.head.lemma_.lower() in ("attempt", "bid", "offer", "effort"):
            x = x.head
        else:
            break
        lemma = x.lemma_.lower()
        if lemma in _FENDS and (lemma not in _FENDS_WITH_OFF or any(c.lower_ == "off" for c in x.children)):
            own = [g for y in (noun, a.t) for c in y.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                   for g in c.subtree if g.i in a.at]
            # ... unless a company is the sentence's subject, the one that fends it off: "Santa Fe Southern Pacific
            # Corp may have more difficulty combining its two railroads than fending off a possible takeover by
            # Henley Group" (Henley's threat is to Santa Fe)
            # (or of the clause a sayer reports: "..., analysts said")
            root = next(t for t in a.sent if t.head.i == t.i)
            clauses = [root, *(c for c in root.children if c.dep_ == "ccomp")]
            fender = next((e for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                           for e in [_ent_in(c, a.at)] if e is not None), None)
            return [] if not own and fender is None else None
    return None


@rule("claim")
def _shares_issued(a: Args):
    """"MIM said it has issued 23.33 mln shares to Preussag to complete the purchase of ...": a company
    issuing its own shares pays with them; it takes no stake in the company they go to."""
    if a.rtype is not R.STAKE or a.verb is not None or a.lemma not in ("share", "stock"):
        return None
    return [] if a.t.dep_ == "dobj" and a.t.head.lemma_.lower() in ("issue", "reissue") else None


@rule("claim")
def _sold_participle(a: Args):
    """"Miles' Bayvet animal health business, sold in 1986 to Mobay Corp": what the participle
    describes is sold, its owner ("Miles'") sells it and the company after "to" buys it; no company
    beside them (an appositive's "another Bayer affiliate") is a party."""
    if a.rtype is not R.DIVESTMENT or a.verb is None or a.t.dep_ != "acl" or a.lemma != "sell":
        return None
    to = next((c for c in a.t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    buyer = _named_by(to, a.at) if to is not None else None
    noun = a.t.head
    owner = next((_ent_in(c, a.at) for c in noun.children if c.dep_ == "poss"), None)
    unit = _ent_in(noun, a.at)
    if buyer is None and (noun.pos_ == "PRON" or noun.lemma_.lower() in L.GOODS) and \
            not any(c.dep_ == "agent" for c in a.t.children):
        return []  # "the imported cars will bear Ford name plates but those sold in the U.S. will carry Mazda insignia"
    if buyer is None or unit is None and owner is None or buyer in (unit, owner):
        return None
    if unit is None:  # "X's chemicals business, sold to Y": an unnamed part of X
        return [(R.DIVESTMENT, o, b, "dep") for o in owner.names for b in buyer.names]
    out = [(R.ACQUISITION, b, u, "dep") for b in buyer.names for u in unit.names]
    if owner is not None and owner is not unit:
        out += [(R.DIVESTMENT, o, u, "dep") for o in owner.names for u in unit.names]
    return out


@rule("claim")
def _bought_back(a: Args):
    """"will buy back up to 10 pct of its class A shares", "will buy back the Series F preferred": a company
    buying back its own shares or paper takes no stake in itself and takes over no one, nor is the exchange
    it buys them on or the holder it buys them from a party. "X recommended buying Y shares": advice, no
    purchase."""
    if a.verb is None or a.lemma not in L.BUYS:
        return None
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in a.t.children)
    # "Zeta Securities recommended buying Acme shares": a broker's advice, no purchase
    advised = a.t.dep_ in ("xcomp", "ccomp") and a.t.head.lemma_.lower() in L.ADVICE
    return [] if back or advised else None


@rule("claim")
def _what_is_bought(a: Args):
    """What is bought, the verb's object or the noun's "of" ("the purchase of 20 pct of X"): a
    stake is the noun's to say; a percentage or shares make it a stake, not a takeover."""
    if a.rtype is not R.ACQUISITION:
        return None
    of = next((c for c in a.t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    bought = next((c for c in a.t.children if c.dep_ == "dobj"), None) if a.verb is not None else \
        next((c for c in (of.children if of is not None else ()) if c.dep_ == "pobj"), None)
    if a.verb is not None and (bought is None or bought.lower_ in ("each", "apiece")):
        # "to buy from <X> 1,053,000 X common shares at 2.29 dlrs each": a parse that folds the counted shares
        # into the "from" (and may take the price's "each" for the object)
        bought = next((g for c in a.t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                       if g.dep_ == "pobj" and g.lemma_.lower() in ("share", "stock") and
                       any(n.dep_ == "nummod" and n.like_num for n in g.children)), bought)
    if bought is not None and a.verb is not None and bought.lower_ in _SCALE:
        # "bought 2.3 mln Piedmont common shares": a parse that makes the count one object and the shares another
        bought = next((c for c in a.t.children if c.dep_ == "dobj" and c.i > bought.i and
                       c.lemma_.lower() in ("share", "stock")), bought)
    if bought is not None and bought.lemma_.lower() in ("stake", "interest", "holding", "shareholding") and \
            not _rest(a.sent, bought):
        return []  # "acquired a stake in X": the noun says it; "the interest in X it did not already own" is X
    whole = bought is not None and any(c.dep_ == "nummod" and c.text in ("100", "100.0") or c.lower_ == "all"
                                       for c in bought.children) \
        or bool(bought is not None and _rest(a.sent, bought))
    # shares bought are a stake, unless they are "the stock of X" (all of it); wire copy's "common" is shares
    # ("an option to buy enough CTS common")
    counted = bought is not None and bought.lemma_.lower() in ("share", "stock", "common") and not (
        any(c.dep_ == "det" and c.lower_ == "the" for c in bought.children) and
        any(c.dep_ == "prep" and c.lower_ == "of" for c in bought.children) and
        not any(x.like_num or x.lower_ in ("pct", "percent", "%") for x in bought.subtree))
    # "two mln dlrs of newly-issued shares": the shares an amount is of are what is bought
    shares = bought if bought is None else next(
        (g for c in bought.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
         if g.dep_ == "pobj" and g.lemma_.lower() in ("share", "stock")), bought)
    if shares is not None and shares.lemma_.lower() in ("share", "stock") and \
            any(c.lower_ in L.NEW_SHARES for c in shares.subtree if c.i < shares.i):
        a.rtype = R.INVESTMENT  # "to acquire new stock representing a 16 pct interest in X": new money
        return None
    # "to buy one-third of X": a fraction of it ("the other half of X" is the rest, a takeover)
    part = bought is not None and bought.lower_ in DEAL_WORDS["fraction"] and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in bought.children) and \
        not any(c.lower_ == "other" for c in bought.children)
    if counted and bought.i + 2 < len(a.sent) and a.sent[bought.i + 1].lower_ == "for" and \
            a.sent[bought.i + 2].lower_ in ("each", "every"):
        counted = False  # "would offer one share for every two Cheetham shares": the bidder's paper, its terms
    if bought is not None and (bought.lower_ in ("pct", "percent", "%") or counted or part) \
            and not whole:  # "to buy 100 pct of X", "all outstanding shares of X" are a takeover
        a.rtype = R.STAKE  # "bought 9.9 pct of X", "acquired 278,709 shares of X"
    return None


@rule("claim")
def _bid_for_part(a: Args):
    """"a tender offer for 500,000 Bancroft shares", "offered 3.8 billion pesos for the 38 mln shares of
    San Miguel", "a bid for 25 pct of X": a bid for a counted part of the shares is a stake sought, not a
    takeover ("an offer for all Conrac shares", "for the 45 pct of X it does not already own" are)."""
    if a.rtype is not R.ACQUISITION or a.lemma not in L.BID_NOUNS | {"tender"}:
        return None
    # the first "for" after the bid, under it or under the verb it is the object of ("extending its offer
    # of 13 dlrs a share for 3.3 mln X shares", "to enjoin Zico's tender offer for 500,000 shares")
    near = [*a.t.subtree, *(a.t.head.children if a.t.dep_ == "dobj" else ())]
    # "offered 3.8 billion pesos for the 38 mln shares": the parser may read that "for" as a dative
    sought = next((g for c in sorted(near, key=lambda x: x.i) if c.dep_ in ("prep", "dative") and c.lower_ == "for"
                   and c.i > a.t.i
                   for g in c.children if g.dep_ == "pobj"), None)
    phrase = a.sent[sought.left_edge.i : sought.right_edge.i + 1].text if sought is not None else ""
    if sought is None or _rest(a.sent, sought) or L.HELD_ALREADY.search(phrase) or \
            any(c.lower_ in ("all", "any", "outstanding") for c in sought.subtree):
        return None  # "for the 5.2 mln shares outstanding", "those not already owned by X": all of them
    if any(c.dep_ == "det" and c.lower_ in ("each", "every") for c in sought.children):
        return None  # "offer one share for every two Cheetham shares": the exchange ratio of a bid for them all
    counted = sought.lemma_.lower() in ("share", "stock") and \
        any(c.like_num for c in sought.subtree if c.i < sought.i) or sought.lower_ in ("pct", "percent", "%")
    if counted:
        a.rtype = R.STAKE
    return None


@rule("claim")
def _offered_to_own_holders(a: Args):
    """"NBH said it will offer one Norgold Ltd share for every five NBH shares in the float of its newly created
    gold offshoot": shares offered for every so many of the offerer's own shares go to its own holders (a float, a
    rights issue), no bid for the company whose shares they are."""
    if a.rtype not in (R.ACQUISITION, R.STAKE) or a.subject is None:
        return None
    verb = a.verb if a.verb is not None else a.t.head if a.t.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in ("offer", "issue", "distribute", "give"):
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    ratio = [g for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ("share", "stock") and
             any(x.dep_ == "det" and x.lower_ in ("each", "every") for x in g.children)]
    held = [a.at[x.i] for g in ratio for x in g.subtree if x.i in a.at]
    own = {n.casefold() for n in a.subject.names} | {i.casefold() for n in a.subject.names for i in initials_of(n.split())}
    return [] if held and all(h is a.subject or any(n.casefold() in own for n in h.names) for h in held) else None


_OFFERS_A_STAKE = {"offer", "sell", "give", "grant", "allot", "allocate"}


@rule("claim")
def _own_stake_offered(a: Args):
    """"ITJ has offered a stake in the company to eight U.S. firms including Ford": a stake its holder offers
    to others in no company named is a stake in itself, sought by those it is offered to; the offer makes
    neither the holder of the other (not "offered its stake in Beta to Gamma": Beta named)."""
    if a.rtype is not R.STAKE or a.verb is not None or a.t.dep_ != "dobj" or \
            a.t.head.lemma_.lower() not in _OFFERS_A_STAKE:
        return None
    if not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in a.t.head.children):
        return None
    held = [g for c in a.t.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return [] if held and all(_ent_in(g, a.at) is None for g in held) else None


@rule("claim")
def _bid_for_the_speaker(a: Args):
    """"Gencorp said it is evaluating General Acquisition Inc's tender offer", "Conrac said its board rejected
    Mark IV's tender offer for all its shares": a bid whose bidder the possessive names and whose target no
    name after it does is for the company the sentence has speak; unless the sentence sets bids against
    each other ("matched X's offer", "a rival bid", ``lexicon.RIVAL_BIDS``), where the speaker bids too."""
    if a.rtype is not R.ACQUISITION or a.verb is not None:
        return None
    bid = a.t if a.lemma in L.BID_NOUNS else a.t.head if a.t.dep_ == "compound" and \
        a.t.head.lemma_.lower() in L.BID_NOUNS else None
    if bid is None or L.RIVAL_BIDS.search(a.sent.text):
        return None
    bidder = next((_ent_in(c, a.at) for c in bid.children if c.dep_ == "poss" and _ent_in(c, a.at)), None)
    if bidder is None or any(g.i in a.at and a.at[g.i] is not bidder for g in bid.subtree if g.i > bid.i):
        return None
    # "Knoll has offered to purchase 500,000 new shares of American Savings ..., and the board has accepted Knoll's
    # offer": the offer is the one for a counted part of the shares the sentence told before, no takeover
    told = [v for v in a.sent if v.i < bid.i and v.pos_ == "VERB" and v.lemma_.lower() in L.BID_NOUNS and
            any(c.dep_ == "xcomp" and c.lemma_.lower() in L.BUYS and _counted_shares(c) for c in v.children) and
            any(c.dep_ == "nsubj" and _ent_in(c, a.at) is not None and _ent_in(c, a.at).name == bidder.name
                for c in v.children)]
    # "Knoll's offer to buy the new shares": an offer for new shares or a count of them is no takeover
    if told or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in L.BUYS and _counted_shares(c) for c in bid.children):
        return []
    # the company that says so ("X said ..."), not one the sentence tells of beside the bid ("Y will act
    # for Z, while X's bid is led by W")
    root = next((x for x in a.sent if x.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in SAYS:
        return None
    target = next((_ent_in(c, a.at) for c in root.children if c.dep_ == "nsubj" and _ent_in(c, a.at)), None)
    if target is None or target is bidder or target.members or bid.i < target.i:
        return None
    return list(_pairs(R.ACQUISITION, bidder, target))


def _counted_shares(v) -> bool:
    """Whether a verb buys a counted part of a company's shares, or new ones: "to purchase 500,000 new shares of X",
    "to buy the new shares" (not "all the shares", "the remaining shares")."""
    bought = next((c for c in v.children if c.dep_ == "dobj"), None)
    return bought is not None and bought.lemma_.lower() in ("share", "stock", "pct", "percent") and \
        any(c.dep_ == "nummod" or c.lower_ in L.NEW_SHARES for c in bought.children) and \
        not _rest(v.doc, bought) and \
        not any(c.lower_ in ("all", "outstanding") for c in bought.subtree)


@rule("claim")
def _named_holders_stake(a: Args):
    """"held preliminary talks about a KLM minority stake in Air UK": a company set before a stake that
    says what it is "in" names its holder, whoever talks of it (with no "in", "its Cyclops stake", the
    company before the stake is the one held)."""
    if a.rtype is not R.STAKE or a.verb is not None or a.lemma not in L.STAKE_NOUNS or \
            any(c.dep_ == "poss" for c in a.t.children):
        return None
    holder = next((_ent_in(c, a.at) for c in a.t.children if c.dep_ == "compound" and _ent_in(c, a.at)), None)
    owned = _after(a.sent, a.t, a.at, "in") if holder is not None else None
    if owned is None or owned is holder or holder.members or owned.members:
        return None
    return [(R.STAKE, s, t, "dep") for s in holder.names for t in owned.names]


@rule("claim")
def _holders_stake_bought(a: Args):
    """"agreed to acquire Unisys's 13 pct stake in Magnetic Peripherals", "the purchase of X's interest
    in Y": the holder sells its stake in Y (X's divestment of Y) and the buyer takes it; X holds no
    new stake, and Y is not the buyer's. A counted share is such a stake: "to take Preussag's total 20 pct
    share in the copper producer"."""
    counted = a.lemma == "share" and a.t.tag_ == "NN" and any(x.lower_ in ("pct", "percent", "%") for x in a.t.subtree
                                                              if x.i < a.t.i)
    if a.rtype is not R.STAKE or a.verb is not None or not (a.lemma in L.STAKE_NOUNS or counted):
        return None
    if any(c.lower_ in L.INCOME for c in a.t.subtree) and _in_a_thing(a.t, a.at):
        return []  # "to buy X's 15 pct interest in net operating profits derived from some Sonora properties"
    holder = next((_ent_in(c, a.at) for c in a.t.children if c.dep_ == "poss" and _ent_in(c, a.at)), None)
    # "the 46.1 pct interest owned by Renault in American Motors", "the 20 pct stake in X sold by Y"
    by = next((c for c in a.t.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and
               c.lemma_.lower() in ("own", "hold", "sell")), None)
    agent = next((g for g in by.children if g.dep_ == "agent"), None) if by is not None else None
    holder = holder or (_named_by(agent, a.at) if agent is not None else None)
    if holder is None:
        return None
    owned = _after(a.sent, a.t, a.at, "in")
    if counted and not any(c.dep_ == "prep" and c.lower_ == "in" and g.dep_ == "pobj" and g.i in a.at
                           for c in a.t.children for g in c.children):
        owned = None  # "Preussag's total 20 pct share in the copper producer in exchange for MIM shares"
    if owned is None or owned is holder:
        # "purchasing 30.74 pct interest held by the Williams Cos", "to take over Solv-Ex's 25 pct working
        # interest in the construction": the holder is no party to a stake in the buyer, and the company
        # held is not named here
        bought = a.t.dep_ == "dobj" and a.t.head.lemma_.lower() in L.BUYS | {"take"}
        return [] if holder is not None and (agent is not None or bought) else None
    if by is not None and by.lemma_.lower() == "sell":  # "the stake in X sold by Y was spread among investors"
        return list(_pairs(R.DIVESTMENT, holder, owned))
    deal = a.t.head
    if deal.lower_ == "of" and a.t.dep_ == "pobj":
        deal = deal.head
    if deal.lemma_.lower() not in L.BUYS | {"take", "acquisition", "takeover"} or deal is a.t:
        return None
    buyer = _subject(a.sent, deal, a.at, a.ctx)
    out = list(_pairs(R.DIVESTMENT, holder, owned))
    if buyer is not None and buyer not in (holder, owned):
        out += _pairs(R.STAKE, buyer, owned)
    return out


@rule("claim")
def _rest_bought(a: Args):
    """"buying the 49 percent stake it did not already own", "to acquire the remaining 20 pct stake",
    "took full ownership of X": taking over the whole company, not a stake."""
    # the stake the verb buys, or the noun's: "completed the purchase of the remaining 50 pct stake of X"
    buys = a.t.dep_ == "dobj" and a.t.head.lemma_.lower() in L.BUYS | {"take"} or \
        a.t.dep_ == "pobj" and a.t.head.lower_ == "of" and a.t.head.head.lemma_.lower() in L.BUYS | {"acquisition"}
    # (not "to take Preussag's total 20 pct share in X": a holder's whole stake, counted, is that stake)
    whole = any(c.lower_ in L.WHOLE for c in a.t.children if c.dep_ == "amod") and \
        not any(c.like_num for c in a.t.subtree if c.i < a.t.i)
    if a.rtype is R.STAKE and a.verb is None and buys and (_rest(a.sent, a.t) or whole):
        a.rtype = R.ACQUISITION  # and "took full ownership of X"
    return None


def _rest(sent, bought) -> bool:
    """Whether what is bought is the rest of a company, as its own phrase says."""
    return bool(L.REST_OF.search(sent[bought.left_edge.i : bought.right_edge.i + 1].text))


def _measured(obj, kinds: frozenset[str] | set[str] = L.GOODS):
    """What a counted quantity is "of" where it is goods (or of the ``kinds`` given): "sell 70 terawatt hours of
    electricity", "buy 2,000 bales of cotton" trade the electricity and the cotton; else the object itself."""
    if obj is None or not any(c.dep_ == "nummod" for c in obj.children):
        return obj
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return what if what is not None and (what.lemma_.lower() in kinds or what.lower_ in kinds) else obj


def _shared_object(v):
    """The object a verb with none of its own shares with the verbs joined after it: "to purchase, process and
    recycle various waste materials" purchases the materials."""
    while (v := next((c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "NOUN")), None)) is not None:
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    return None


@rule("claim")
def _goods_bought(a: Args):
    """"Copperbelt Energy buys electricity from Zesco", "cancelled a 40 mln dlr oil purchase from X":
    goods change hands, not a company: the seller supplies the buyer, and nobody is taken over ("their new game
    show was purchased by CBS": what is bought may be the passive's subject)."""
    if a.rtype is not R.ACQUISITION:
        return None
    if a.verb is not None:
        goods = _measured(next((c for c in a.t.children if c.dep_ in ("dobj", "nsubjpass")), None) or _shared_object(a.t))
    else:
        goods = next((c for c in a.t.children if c.dep_ in ("compound", "nmod", "amod") and
                      c.lemma_.lower() in L.GOODS), None)
    if goods is None or goods.i in a.at or goods.lemma_.lower() not in L.GOODS:
        return None
    # the first "from" names the seller: "from Saudi Arabia after ... guarantees from X" names none
    first = next((c for c in a.t.subtree if c.dep_ == "prep" and c.lower_ == "from" and c.i > a.t.i), None)
    seller = _named_by(first, a.at) if first is not None else None
    if seller is None or a.subject is None or seller is a.subject:
        return []
    return list(_pairs(R.SUPPLY, seller, a.subject))


@rule("objects")
def _held_for(a: Args):
    """"the price of Searle stock, which Jefferies and Co was holding for Seemala": whom a holder holds shares
    for is no company held."""
    if a.rtype is not R.STAKE or a.verb is None or a.lemma != "hold":
        return None
    return a.leave_out([e for c in a.t.children if c.dep_ == "prep" and c.lower_ == "for" and
                        (e := _named_by(c, a.at)) is not None and e in a.objects])


@rule("claim")
def _interest_in_a_property(a: Args):
    """"acquire a 47 pct working interest in the Broussard Gas Field from Davis Oil", "holds 25 pct of the
    well": a share of a field, a well or a lease, or of the profits or revenue they yield, is no stake in the
    company it is bought from or in the company whose name the field bears."""
    if a.rtype not in (R.STAKE, R.ACQUISITION, R.DIVESTMENT):
        return None
    held = a.t if a.verb is None else next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if held is None or held.i in a.at or held.lemma_.lower() not in ("interest", "stake", "share", "pct", "percent"):
        return None
    if any(g.i in a.at for c in held.subtree if c.dep_ == "conj" for g in c.subtree):
        return None  # "sell its working interest in its North Sea properties and its British unit, X": X is sold
    if any(c.dep_ in ("amod", "compound") and c.lower_ in L.PROPERTY_INTERESTS for c in held.children):
        return []
    return [] if _in_a_thing(held, a.at) else None


def _in_a_thing(held, at: dict[int, Ent]) -> bool:
    """Whether a share is told "in" or "of" a property or the income one yields, not a company: "a 47 pct
    working interest in the Broussard Gas Field", "a 15 pct interest in net operating profits derived from
    some Sonora properties"."""
    for prep in (c for c in held.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.i not in at and obj.lemma_.lower() in L.PROPERTIES | L.INCOME:
            return True
    return False


@rule("claim")
def _stake_in_a_part(a: Args):
    """"acquired a large minority stake in the Italian unit of Prudential Corp": a share of a company's unit,
    division or business, the part not named, is no stake in the company."""
    return [] if a.rtype in (R.STAKE, R.INVESTMENT) and _part_held(a.t, a.at) else None


def _part_held(t, at: dict[int, Ent]) -> bool:
    """Whether a stake's words hold a share "in" an unnamed unit, division or business "of" a company."""
    held = t if t.pos_ != "VERB" else next((c for c in t.children if c.dep_ == "dobj"), None)
    into = next((c for c in held.children if c.dep_ == "prep" and c.lower_ == "in"), None) if held is not None else None
    part = next((c for c in into.children if c.dep_ == "pobj"), None) if into is not None else None
    if part is None or part.i in at or part.lemma_.lower() not in L.OWNED | _PARTS:
        return False
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or any(g.i in at for c in part.children if c.i != of.i for g in c.subtree):
        return False  # "a stake in the Acme unit of Bolt", "in its unit, Acme": the unit is named
    return any(g.i in at for g in of.subtree)


#: What a reseller sells of another's: "will sell Infortext's line of call accounting systems".
_WARES = {"line", "lines", "product", "products", "system", "systems", "goods", "range", "brand", "brands", "service",
          "services", "software", "equipment", "wares"}


@rule("claim")
def _others_wares_sold(a: Args):
    """"GTE Services and eight affiliates will sell Infortext's line of call accounting systems": a seller
    selling the goods of a company other than itself resells them; nobody divests the maker."""
    if a.rtype is not R.DIVESTMENT or a.verb is None or a.lemma != "sell" or a.subject is None:
        return None
    sold = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if sold is None or sold.i in a.at or (sold.lemma_.lower() not in _WARES and sold.lemma_.lower() not in L.GOODS):
        return None
    maker = next((a.at[g.i] for c in sold.children if c.dep_ == "poss" for g in c.subtree if g.i in a.at), None)
    return [] if maker is not None and maker is not a.subject else None


#: What goods are sold under: "across its MakerBot and Objet brands", "under the Harlow label".
_BRANDS = {"brand", "label"}


@rule("claim")
def _counted_across_brands(a: Args):
    """"Stratasys had sold a total of 129,197 3D printers across its MakerBot, Objet, and Stratasys brands": a
    count of goods sold "across" or "under" a company's brands are its sales; the companies that name the brands
    are not sold. Only where every company besides the seller sits under that preposition."""
    if a.rtype is not R.DIVESTMENT or a.verb is None or a.lemma != "sell":
        return None
    sold = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if sold is None or sold.i in a.at:
        return None
    if sold.lower_ in ("total", "number"):  # "a total of 129,197 printers"
        of = next((c for c in sold.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        sold = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if sold is None or sold.i in a.at or not any(c.dep_ == "nummod" and c.like_num for c in sold.children):
        return None
    under = [c for x in (sold, a.t) for c in x.children if c.dep_ == "prep" and c.lower_ in ("across", "under")]
    inside = {g.i for p in under for g in p.subtree}
    if not under or not any(g.lemma_.lower() in _BRANDS for g in (x for p in under for x in p.subtree)):
        return None
    others = [e for e in {id(e): e for e in a.at.values()}.values() if e is not a.subject]
    return [] if others and all(e.i in inside for e in others) else None


#: What a company sells as its trade besides goods: "will sell telemarketing services to other companies". Not
#: "system": "to sell seven cable television systems to Eagle Cable" sells businesses.
_SERVICES = {"service", "software"}
#: Goods a company also runs as its own assets: "will sell three tankers to Socanav" may let a fleet go, which
#: is read as usual.
_FLEET = {"aircraft", "jet", "plane", "airliner", "helicopter", "ship", "vessel", "tanker", "locomotive", "railcar",
          "truck", "vehicle"}


@rule("claim")
def _goods_sold(a: Args):
    """"Corvus said it agreed to sell networking products for personal computers to Bell Canada", "gives CNN
    the right to sell advertising spots on China Central TV": a seller's own goods change hands, no part of
    it; the buyer "to" it names is its customer, and nobody divests anything."""
    if a.rtype is not R.DIVESTMENT or a.verb is None or a.lemma != "sell":
        return None
    sold = _measured(next((c for c in a.t.children if c.dep_ == "dobj"), None))
    if sold is None or sold.i in a.at or sold.lemma_.lower() not in (L.GOODS - _FLEET) | _SERVICES and \
            not _models_counted(sold) or any(g.i in a.at for c in sold.children if c.dep_ in ("compound", "nmod", "amod", "appos") for g in c.subtree):
        return None  # "sell Acme products", "its Acme product line": a name on what is sold, read as usual
    to = next((c for c in a.t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    buyer = _named_by(to, a.at) if to is not None else None
    if to is not None and to.dep_ == "dative":
        # (the name itself, not a possessive under it: "selling fuel to South Africa's military")
        buyer = next((_ent_in(c, a.at) for c in to.children if c.dep_ == "pobj"), None)
    return [] if a.subject is None or buyer is None or buyer is a.subject else list(_pairs(R.SUPPLY, a.subject, buyer))


#: Verbs of making goods: what a company makes and sells is its wares, never a company.
_MAKES = {"make", "manufacture", "produce", "develop", "design", "build", "formulate"}


@rule("claim")
def _made_and_sold(a: Args):
    """"seeking approval to manufacture and sell a generic version of the Company's ASACOL product", "designs,
    makes and sells X-branded printers": selling what one makes is trade, whatever the name on the goods; no
    one divests anything."""
    if a.rtype is not R.DIVESTMENT or a.verb is None or a.lemma != "sell":
        return None
    verbs = [*(c for c in a.t.children if c.dep_ == "conj"), *((a.t.head,) if a.t.dep_ == "conj" else ())]
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "conj" and c is not a.t]
    return [] if any(v.pos_ == "VERB" and v.lemma_.lower() in _MAKES for v in verbs) else None


@rule("objects")
def _goods_told_of(a: Args):
    """"Ryder said it will sell the three planes that Presidential will not lease back to other airlines": a
    company the clause on the goods sold or bought tells of is no party to the deal, whichever way the goods
    went before."""
    if a.rtype not in (R.DIVESTMENT, R.ACQUISITION) or a.verb is None:
        return None
    goods = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if goods is None or goods.i in a.at or goods.lemma_.lower() not in L.GOODS:
        return None
    told = {g.i for c in goods.children if c.dep_ == "relcl" for g in c.subtree}
    return a.leave_out([o for o in a.objects if o.i in told])


@rule("objects")
def _thing_run_by(a: Args):
    """"Lomac agreed to buy a chemical site near Muskegon, Mich., formerly operated by Bafors Nobel Inc, a bankrupt
    subsidiary of A.B. Nobel": a company that a participle on the thing bought or sold says ran, built or owned it
    tells whence it comes, and is no party the sentence names (nor are the companies set beside it)."""
    if a.rtype not in (R.DIVESTMENT, R.ACQUISITION) or a.verb is None:
        return None
    thing = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if thing is None or thing.i in a.at or any(g.i in a.at for g in thing.subtree) or \
            thing.lemma_.lower() not in _THINGS_OWNED | L.GOODS:
        return None
    told = {g.i for x in (a.t, thing) for c in x.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and
            c.i > thing.i and any(g.dep_ == "agent" for g in c.children) for g in c.subtree}
    return a.leave_out([o for o in a.objects if o.i in told])


#: A maker's model code: "IDX-10", "A320", "MD-80".
_MODEL_CODE = re.compile(r"[A-Z]{1,4}-?\d{2,4}[A-Z]?")


def _models_counted(noun) -> bool:
    """Whether a counted noun is told by its model code, which only goods have: "sold 59 IDX-10 and IDX-50 identity
    verification systems to BankAmerica", "sell 10 A320 short-haul jets to All Nippon Airways"."""
    before = [x for x in noun.subtree if x.i < noun.i]
    return any(x.dep_ == "nummod" for x in before) and any(_MODEL_CODE.fullmatch(x.text) for x in before)


@rule("claim")
def _debt_bought(a: Args):
    """"Merrill Lynch has committed to buy 175 mln dlrs of subordinated and preferred debt in the new LPL
    unit": a claim on a company changes hands, not the company. So with a sale of debt: "First Boston said it is
    selling 150 mln dlrs of deposit notes due 1992 that it bought from Mellon Bank" divests nothing of Mellon."""
    if a.rtype is R.DIVESTMENT:
        return _debt_sold(a) if a.verb is not None else _debt_sale(a)
    if a.rtype is not R.ACQUISITION:
        return None
    if a.verb is None:
        return _debt_purchase(a)
    bought = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if bought is None or bought.i in a.at:
        return None
    return [] if any(x.lemma_.lower() in DEAL_WORDS["debt"] or x.lower_ in DEAL_WORDS["debt"]
                     for x in bought.subtree if x.i not in a.at) else None


def _debt_sold(a: Args):
    """A sale whose object is debt, or a sum "of" debt ("150 mln dlrs of deposit notes"): no divestment."""
    sold = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if sold is None or sold.i in a.at:
        return None
    if any(c.dep_ == "nummod" for c in sold.children):
        sold = next((g for c in sold.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), sold)
    debt = DEAL_WORDS["debt"]
    return [] if sold.i not in a.at and (sold.lemma_.lower() in debt or sold.lower_ in debt) else None


def _debt_sale(a: Args):
    """"it would seek 1.25 billion dlrs from the sale to Shearson Lehman Brothers Holdings Inc or its affiliates of
    senior subordinated promissory notes": a sale of paper, told after its buyer, raises money and sells no
    part of the seller (the parse may hang the paper's "of" from the buyer)."""
    buyers = [g for c in a.t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    heads = [a.t, *buyers, *(x for b in buyers for x in b.conjuncts)]
    sold = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > a.t.i
                 for g in c.children if g.dep_ == "pobj"), None)
    return [] if sold is not None and sold.i not in a.at and sold.lower_ in DEAL_WORDS["debt"] else None


def _debt_purchase(a: Args):
    """"six dlrs per share, plus the purchase of Gates Corp's promissory note for 23 mln dlrs": a purchase of a
    company's note holds a claim on it, and takes none of it (the noun's own object is the paper, not the
    company: "the purchase of X's shares" is left to the rest)."""
    bought = next((g for c in a.t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
    return [] if bought is not None and bought.i not in a.at and bought.lower_ in DEAL_WORDS["debt"] else None


@rule("claim")
def _loans_sold(a: Args):
    """"about half of the loans sold to Prudential came from its Energy Finance Co", "sold 54 mln dlrs of loans to
    X": a lender's claims change hands, no part of it."""
    if a.rtype is not R.DIVESTMENT or a.verb is None:
        return None
    sold = a.t.head if a.t.dep_ == "acl" else next((c for c in a.t.children if c.dep_ == "dobj"), None)
    sold = _measured(sold, _LOANS)
    return [] if sold is not None and sold.i not in a.at and sold.lemma_.lower() in _LOANS else None


#: A lender's claims, sold as such (not "facility", which may be a plant), and what secures them: "barred from
#: selling the collateral, namely 32 pct of X's shares" is a borrower's pledge, no holding of the lender's.
_LOANS = {"loan", "mortgage", "receivable", "collateral"}


@rule("claim")
def _warrants_sold(a: Args):
    """"Gotthard Bank said it is selling 65,000 covered warrants exercisable into shares of Dainippon": a right
    to shares the seller writes changes hands, no holding in the company it is on."""
    if a.rtype not in (R.DIVESTMENT, R.STAKE) or a.verb is None or a.lemma not in ("sell", "offer", "issue"):
        return None
    sold = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    return [] if sold is not None and sold.i not in a.at and sold.lemma_.lower() in ("warrant", "option") else None


#: Verbs by which a right lets its holder do something: "a warrant permitting MLTV to buy".
_LETS = {"permit", "allow", "entitle", "enable"}


@rule("claim")
def _warrant_to_buy(a: Args):
    """"The agreement includes a warrant permitting MLTV to buy up to 380,000 shares of Advanced Magnetics common
    stock through February 1994", "the funds will receive warrants to buy 1,666,667 common shares at 60 cts
    each": a warrant is a right to shares, no holding nor purchase until it is used."""
    if a.rtype not in (R.ACQUISITION, R.STAKE) or a.verb is None:
        return None
    # (read off the words, as the parse hangs "to buy" on the warrant or on the verb that gives it)
    if a.t.i >= 2 and a.t.nbor(-1).lower_ == "to" and a.t.nbor(-2).lemma_.lower() == "warrant":
        return []
    if a.t.dep_ not in ("xcomp", "ccomp"):
        return None
    lets = a.t.head
    return [] if lets.lemma_.lower() in _LETS and lets.dep_ in ("acl", "relcl") and \
        lets.head.lemma_.lower() == "warrant" else None


@rule("claim")
def _purchase_agreement_with(a: Args):
    """"Masstor Systems Corp said it signed a volume purchase agreement with National Westminster Bank PLC worth up to
    7.3 mln dlrs", "CIS Technologies Inc said it executed a formal share purchase agreement with Swiss Reinsurance Co":
    a purchase agreement "with" a company names who signed it, not which side buys, nor a company bought."""
    if a.rtype is not R.ACQUISITION or a.verb is not None or a.lemma != "purchase" or a.t.dep_ != "compound" or \
            a.t.head.lemma_.lower() != "agreement":
        return None
    preps = {c.lower_ for c in a.t.head.children if c.dep_ == "prep"}
    return [] if "with" in preps and not preps & {"of", "for"} else None


@rule("claim")
def _unnamed_actor(a: Args):
    """"to sell a 40 pct interest in the corporation that owns the M/V Regent Sea cruise ship": a clause that
    "that" ties to a company left unnamed says what that company holds; the story's company is not it ("to
    Arcalex B.V., a Dutch corporation that owns 54.3 pct of First Toronto": the name the noun stands beside is)."""
    v = a.verb
    # (only what it holds: "part of a group that has purchased PCR Inc from SCM" still tells of SCM's sale)
    if a.rtype is not R.STAKE or v is None or v.dep_ != "relcl" or v.head.i in a.at or _ent_in(v.head, a.at) is not None or \
            v.head.pos_ != "NOUN" or not any(c.dep_ == "nsubj" and c.lower_ == "that" for c in v.children):
        return None
    named = _ent_in(v.head.head, a.at) if v.head.dep_ == "appos" else None
    if named is None:
        return Unread()
    a.subject = named
    return None


#: What a company holds that is no holding: "is holding discussions with Philips", "held a news conference".
_HELD_EVENTS = {"discussion", "talk", "talks", "negotiation", "meeting", "conference", "session", "hearing", "auction",
                "election", "vote", "consultation", "briefing"}


@rule("claim")
def _event_held(a: Args):
    """"Varian said it is holding discussions with Philips regarding the purchase of Pye TVT", "have been holding
    talks on the possible equity investment": to hold talks or a meeting is no holding in anyone."""
    if a.rtype is not R.STAKE or a.verb is None or a.lemma != "hold":
        return None
    held = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    return [] if held is not None and (held.lemma_.lower() in _HELD_EVENTS or held.lower_ in _HELD_EVENTS) else None


@rule("claim")
def _owned_right_after(a: Args):
    """"General Motors Espanola is 100 pct owned by General Motors Corp and Ford Espana is wholly-owned by Ford
    Motor Co": the name right before a passive's "is" is what is owned, whichever subject the parse gives it."""
    if a.verb is None or a.subject is None:
        return None
    aux = next((c for c in a.verb.children if c.dep_ == "auxpass" and c.i < a.verb.i), None)
    if aux is None or any(c.dep_ == "nsubjpass" for c in a.verb.children):
        return None
    k = aux.i - 1
    while k >= 0 and (a.sent[k].is_space or a.sent[k].text in (">", ")")):
        k = next((x for x in range(k - 1, max(-1, k - 6), -1) if a.sent[x].text in ("<", "(")), k) - 1 \
            if a.sent[k].text in (">", ")") else k - 1
    if k <= a.subject.j or a.sent[k].pos_ != "PROPN":
        return None
    named = a.at.get(k)
    if named is None:
        return Unread()  # a name the sentence reads as no party: not the subject's tie either
    if named.j == k + 1 and named is not a.subject:
        a.subject = named
    return None


@rule("claim")
def _compared_deal(a: Args):
    """"its offer was a better deal for USAir shareholders than an acquisition of Piedmont": a deal another is
    weighed against is only an alternative, nobody's deal."""
    if a.verb is not None:
        return None
    k = a.t.i - 1
    while k >= 0 and a.sent[k].pos_ in ("DET", "ADJ", "PRON"):
        k -= 1
    return [] if k >= 0 and a.sent[k].lower_ == "than" else None


@rule("claim")
def _debt_held(a: Args):
    """"Morgan's holdings of Westpac paper": a holding of a company's debt is a claim on it, no stake in it."""
    if a.rtype is not R.STAKE or a.verb is not None:
        return None
    held = [g for c in a.t.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children
            if g.dep_ == "pobj"]
    return [] if held and all(g.i not in a.at and g.lower_ in DEAL_WORDS["debt"] and
                              any(x.i in a.at for x in g.children if x.dep_ in ("compound", "nmod")) for g in held) else None


#: Verbs by which holders are paid in a deal: "X shareholders will receive ... warrants to buy Y shares".
_PAID = {"receive", "get", "obtain"}


def _paid_holders(t):
    """The holders ("shareholders", "holders of X") that the verb of being paid the trigger's clause hangs from
    has as its subject: "Strata shareholders will receive ... warrants to buy", "According to the merger
    proposal, American Video shareholders will receive"; else None."""
    x = t.head
    for _ in range(6):
        if x.lemma_.lower() in _PAID or x.head is x or x.dep_ not in ("dobj", "pobj", "prep", "conj", "appos",
                                                                      "compound", "poss"):
            break
        x = x.head  # "According to the merger proposal," hangs from the verb as a preposition
    if x.lemma_.lower() not in _PAID:
        return None
    paid = next((c for c in x.children if c.dep_ == "nsubj"), None)
    return paid if paid is not None and paid.lemma_.lower() in DEAL_WORDS["holder"] else None


@rule("claim")
def _holders_right_to_buy(a: Args):
    """"Strata shareholders will receive 5.7 cts a share and warrants to buy .06 shares of Lomak": a purchase
    that comes with what a company's holders are paid is theirs to make, no purchase by the company whose
    holders they are (whatever the parse hangs the purchase from: the warrant or the verb of paying)."""
    if a.rtype not in (R.ACQUISITION, R.STAKE) or a.verb is None or a.t.dep_ not in ("acl", "advcl", "relcl", "xcomp"):
        return None
    paid = _paid_holders(a.t)
    return [] if paid is not None and paid.i not in a.at else None


@rule("pair")
def _holders_paid(a: Args, subject: Ent, o: Ent):
    """"According to the merger proposal, American Video shareholders will receive Paralax shares": the
    company whose holders a deal pays is the one bought."""
    if a.rtype is not R.ACQUISITION or a.verb is not None:
        return None
    paid = _paid_holders(a.t)
    return (R.ACQUISITION, True) if paid is not None and _ent_in(paid, a.at) is subject else None


@rule("claim")
def _sold_passive(a: Args):
    """"calls for Cyclops's steel and construction businesses to be sold to a unit of Alleghany Corp": what
    is sold is its owner's (the possessive), who sells to the company after "to"; whoever the sentence's
    subject is."""
    if a.rtype is not R.DIVESTMENT or a.verb is None:
        return None
    sold = next((c for c in a.t.children if c.dep_ == "nsubjpass"), None)
    if sold is None and a.t.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in a.t.children):
        sold = next((c for c in a.t.head.children if c.dep_ == "nsubj"), None)  # "the stake is to be sold"
    if sold is None:
        return None
    if sold.i in a.at:
        # "Beta Inc was sold to Gamma Inc, Delta Corp said": the company sold is the subject, the one after "to"
        # buys it; the seller is not named (the speaker may be either side)
        buyer = _after(a.sent, a.t, a.at, "to")
        if buyer is None or any(c.dep_ == "agent" for c in a.t.children):
            return None
        return list(_pairs(R.ACQUISITION, buyer, a.at[sold.i])) if buyer is not a.at[sold.i] else []
    held = _stake_in(sold, a.at)
    if held is not None:
        # "The Shearson stake is to be sold, American Express has said": the one that says so sells it
        root = next((x for x in a.sent if x.dep_ == "ROOT"), None)
        seller = next((_ent_in(c, a.at) for c in (root.children if root is not None else ()) if c.dep_ == "nsubj"),
                      None)
        return list(_pairs(R.DIVESTMENT, seller, held)) if seller not in (None, held) else []
    owner = next((_ent_in(c, a.at) for c in sold.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    buyer = _after(a.sent, a.t, a.at, "to")
    return list(_pairs(R.DIVESTMENT, owner, buyer)) if buyer is not None and buyer is not owner else []


@rule("claim")
def _owners_parts_sold(a: Args):
    """"an agreement that has been reached in principal with a unit of Freeport-McMoRan Inc for the sale of Beker's
    facilities in Louisiana and Florida": parts (``data/parts.txt``) a sale noun sells are their owner's (the
    possessive), who sells to the company after "to", if any; whoever the words before name."""
    if a.rtype is not R.DIVESTMENT or a.verb is not None:
        return None
    sold = _of_object(a.t)
    if sold is None or sold.i in a.at or sold.lemma_.lower() not in L.PARTS:
        return None
    owner = next((_ent_in(c, a.at) for c in sold.children if c.dep_ == "poss"), None)
    if owner is None or any(g.i in a.at and a.at[g.i] is not owner for g in sold.subtree):
        return None  # (not "the sale of Acme's interest in Beta", "of Acme's Beta unit": another company told of)
    buyer = _after(a.sent, a.t, a.at, "to")
    return list(_pairs(R.DIVESTMENT, owner, buyer)) if buyer is not None and buyer is not owner else []


@rule("claim")
def _sold_by_the_writer(a: Args):
    """"We sold Paciolan to Comcast-Spectacor", "the Company sold X to Y": a seller the text names by no name (a
    filing's "we", "the Company") leaves the buyer's acquisition of what is sold."""
    if a.rtype is not R.DIVESTMENT or a.verb is None or a.subject is not None:
        return None
    if not any(c.dep_ == "nsubj" and c.i not in a.at for c in a.t.children) and not _writer_acts(a.t):
        return None  # (the writer's too where its "we" is the subject of a verb joined before)
    sold = next((a.at[c.i] for c in a.t.children if c.dep_ == "dobj" and c.i in a.at), None)
    buyer = _after(a.sent, a.t, a.at, "to")
    if sold is None or buyer is None or buyer is sold:
        return None
    return list(_pairs(R.ACQUISITION, buyer, sold))


@rule("claim")
def _stake_for_holders(a: Args):
    """"the offer continues to include a 20 pct interest in Arsenal for present Viacom shareholders", "a 20 pct
    interest in the subsidiary to Kay Corp holders": a stake a deal hands to a company's holders is theirs to
    come, no holding of that company's (nor of the bidder's in it)."""
    if a.rtype is not R.STAKE or a.verb is not None or a.lemma not in L.STAKE_NOUNS:
        return None
    return [] if any(c.dep_ == "prep" and c.lower_ in ("for", "to") and g.dep_ == "pobj" and
                     g.lemma_.lower() in DEAL_WORDS["holder"] and any(x.i in a.at for x in g.children)
                     for c in a.t.children for g in c.children) else None


def _stake_in(noun, at: dict[int, Ent]) -> Ent | None:
    """The company a stake noun names before it: "the Shearson stake" is a stake in Shearson (whoever holds it)."""
    if noun.lemma_.lower() not in L.STAKE_NOUNS:
        return None
    return next((at[c.i] for c in noun.children if c.dep_ == "compound" and c.i in at), None)


@rule("no_object")
def _stake_named_before(a: Args):
    """"The Shearson stake is to be sold, American Express has said": the company before the stake noun is
    the one held."""
    held = _stake_in(a.t, a.at) if a.rtype is R.STAKE and a.verb is None else None
    if held is not None and held is not a.subject:
        a.objects = [held]
    return None


@rule("claim")
def _some_parts_sold(a: Args):
    """"after eliminating redundancies and selling other Purolator assets", "plans to sell some Acme plants": some
    of a company's parts sold, its name only on them, divest neither the company nor anything of the seller's
    that the sentence names."""
    if a.rtype is not R.DIVESTMENT or a.verb is None or a.lemma != "sell":
        return None
    # "to sell off or close some of the older plants": a verb with no object of its own sells what the verb joined
    # to it takes, and "some of" says how much of it
    verbs = [a.t, *(c for c in a.t.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    sold = next((c for v in verbs for c in v.children if c.dep_ == "dobj"), None)
    some = sold is not None and sold.lower_ in L.QUANTIFIERS - {"all"}
    if some:
        sold = next((g for c in sold.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), None)
    if sold is None or sold.i in a.at or sold.lemma_.lower() not in L.PARTS - L.OWNED or not some and \
            not any(c.dep_ in ("amod", "det") and c.lower_ in L.QUANTIFIERS - {"all"} | {"other"} for c in sold.children):
        return None
    if any(g.i in a.at and a.at[g.i] is not a.subject for c in sold.children if c.dep_ in ("compound", "nmod")
           for g in c.subtree):
        return []
    # "Chrysler might ... sell off or close some of the older plants to cut overhead costs ... in the AMC buyout":
    # its own parts, with no buyer named after "to", divest no company word order may find
    return None if any(_after(a.sent, v, a.at, "to") for v in verbs) else []


#: What qualifies all of a company's shares or units, not a part of its business: "all outstanding units of X".
_ISSUED = {"outstanding", "issued"}


@rule("claim")
def _parts_bought(a: Args):
    """"purchased certain assets of Standard Aero", "the purchase of 16 branches from X", "acquired a
    portion of the lending portfolio of X", "its offer for the European business of X": a part of X
    nobody names changes hands, which is X's divestment to the buyer, not its takeover. A part named
    ("its Y unit") is read as usual."""
    if a.rtype is not R.ACQUISITION or a.subject is None:
        return None
    if a.verb is not None:
        # "agreed to buy or lease five import cement terminals from Kaiser Cement": a verb with no object of its own
        # buys what the verb joined to it takes
        verbs = [a.t, *(c for c in a.t.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        bought = next((c for v in verbs for c in v.children if c.dep_ == "dobj"), None)
    else:
        # a bid is "for" what it would buy
        preps = ("of", "for") if a.lemma in L.BID_NOUNS else ("of",)
        of = next((c for c in a.t.children if c.dep_ == "prep" and c.lower_ in preps), None)
        bought = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    # "most of the assets of X", "five of the shopping centers of X"
    whole = False
    while bought is not None and (bought.lower_ in L.QUANTIFIERS or bought.like_num and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in bought.children)):
        whole = whole or bought.lower_ == "all"
        of = next((c for c in bought.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        bought = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    # "X's mineral ceiling and fiberboard plant": a list whose last noun is a part is parts too
    listed = [bought, *(c for c in bought.children if c.dep_ == "conj")] if bought is not None else []
    if bought is None or bought.i in a.at or all(x.lemma_.lower() not in L.PARTS or x.i in a.at for x in listed):
        return None
    # "all the assets of X" is X; "virtually all the exploration assets of the Williams Cos" only a part of it
    # (while "all outstanding units of Benequity Holdings" are all its shares)
    if (whole or any(c.lower_ == "all" for c in bought.subtree if c.i < bought.i)) and \
            not any(c.dep_ in ("amod", "compound", "nmod") and c.i not in a.at and c.lower_ not in _ISSUED
                    for c in bought.children):
        return None
    # "3M's orthopedic implant division": a name closed by "'s" is the owner, whatever the parse hangs it from
    possessive = {g.i for c in bought.children if c.dep_ not in ("prep", "conj", "cc", "acl", "relcl", "appos")
                  for g in c.subtree if g.i in a.at and _possessive(a.sent, a.at[g.i])}
    # a name on what is bought is the unit bought ("X's Y unit"), read as usual; but a name on a thing no
    # company is ("Cannon's Screen Entertainment film library") says whence it came, while "X's" owns it
    named = {id(a.at[g.i]): a.at[g.i] for c in bought.children if c.dep_ in ("appos", "compound", "nmod", "amod")
             for g in c.subtree if g.i in a.at and g.i not in possessive}
    if named and not (possessive and bought.lemma_.lower() in L.PARTS - _UNIT_PARTS):
        if not possessive or a.subject in named.values():
            return None
        # "buy General Motors Corp's Transit Bus business": the unit is bought and its owner sells it; the
        # owner is not bought
        seller = a.at[max(possessive)]
        units = [u for u in named.values() if u is not seller]
        buyers = [e for e in _conjoined(a.subject, a.companies, a.sent) if e is not seller]
        return [p for u in units for b in buyers for p in _pairs(R.ACQUISITION, b, u)] + \
            [p for u in units for p in _pairs(R.DIVESTMENT, seller, u)]
    # the owner: "of X" or "X's" under what is bought, else the first "from" after the trigger
    # "DWG Corp's Texun Inc's line": the last owner named so owns the part (the ones before own it)
    owners = [a.at[k] for k in sorted(possessive)][-1:]
    thing = {g.i for c in bought.children if c.dep_ == "compound" for g in c.subtree} \
        if possessive and bought.lemma_.lower() in L.PARTS - _UNIT_PARTS else set()
    for g in _owner_words(bought):
        if g.i in a.at and g.i not in thing | possessive and all(e is not a.at[g.i] for e in owners):
            owners.append(a.at[g.i])
    # "oil assets of Texas International and Lear Petroleum Partners": the owners listed after "of" each sell theirs
    listed_owners = [] if possessive else \
        [a.at[x.i] for c in bought.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
         if g.dep_ == "pobj" for x in g.conjuncts if x.i in a.at]
    for e in listed_owners:
        if all(e is not o for o in owners) and e is not a.subject:
            owners.append(e)
    if len(owners) > 1 and listed_owners and all(any(o is e for e in listed_owners) or
                                                 any(o is a.at.get(g.i) for g in _owner_words(bought)) for o in owners):
        buyers = [e for e in _conjoined(a.subject, a.companies, a.sent) if all(e is not o for o in owners)]
        return [p for o in owners for b in buyers for p in _pairs(R.DIVESTMENT, o, b)]
    if len(owners) > 1:
        return None  # "the assets of X's Y subsidiary": the unit's assets are the unit, read as usual
    # "a plant and other assets of X": the last of a list names the owner, when it names one company alone
    # (the parse may hang "X's Y subsidiary" anywhere in the phrase)
    named = {id(a.at[g.i]): a.at[g.i] for x in listed[1:] for g in x.subtree if g.i in a.at}
    if not owners and len(named) == 1 and any(g.i in a.at for x in listed[1:] for g in _owner_words(x)):
        owners = list(named.values())
    owner = owners[0] if owners else None
    froms = [c for c in a.t.subtree if c.dep_ == "prep" and c.lower_ == "from" and c.i > a.t.i]
    # "Air Canada takes over the ... courier business just two months after Onex approved the acquisition of
    # Purolator Courier Ltd from Purolator Courier Corp": a "from" under another deal's noun names that deal's
    # seller, and its companies are that deal's, none of them the part's owner nor the part
    crossed = [c for c in froms if _under_another_deal(c, a.t)]
    first = next((c for c in froms if c not in crossed), None)
    seller = _named_by(first, a.at) if first is not None else None
    if owner is None and seller is None and crossed:
        return []
    if owner is None:
        owner = seller
    elif seller is not None and seller is not owner and seller is not a.subject and not seller.members:
        # "wants to buy Cyclops Corp's steel assets from Dixons Group": "from" names who sells (a bidder that
        # took the owner over); whose they were sells nothing
        owner, possessive = seller, set()
    if owner is None or owner is a.subject or _whole(bought) and _a_named_unit(a.sent, owner):
        return None  # "the assets and liabilities of Bogen, a division of Lear Siegler": the unit's, read as usual
    # "Campeau Corp and the Edward J. DeBartolo Corp have closed on their purchase of ...": each buys from X
    buyers = [e for e in _conjoined(a.subject, a.companies, a.sent) if e is not owner]
    # "DWG Corp's Texun Inc's line": the parent before sells through its unit
    parents = {id(a.at[k]): a.at[k] for k in possessive if a.at[k] not in (owner, a.subject)}
    return [p for b in buyers for p in _pairs(R.DIVESTMENT, owner, b)] + \
        [p for x in parents.values() for p in _pairs(R.DIVESTMENT, x, owner)]


#: Parts of a company that are companies themselves when a name is set on them ("its Y division", "the Y
#: chain"); the other parts (a plant, a library, a branch) are things, whatever name they bear.
_UNIT_PARTS = {"unit", "business", "division", "operation", "arm", "network", "chain", "subsidiary", "activity",
               "brand", "interest", "right", "portion", "portfolio", "concession", "group"}


def _possessive(sent, e: Ent) -> bool:
    """Whether the name is closed by "'s" (in its span or right after it)."""
    return any(0 <= k < len(sent) and sent[k].text in ("'s", "'") and sent[k].dep_ == "case" for k in (e.j - 1, e.j))


def _owner_words(tok):
    """The words that name whose a thing is: "X's", "of X" and the names in them, not "in the counties of Y"."""
    for c in tok.children:
        if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN":
            yield from c.subtree
        elif c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    yield g
                    yield from _owner_words(g)


def _holders_get(t, at) -> Ent | None:
    """The company whose holders a passive hands a company "to": "spun off to Lucky stockholders"."""
    for c in t.children:
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ in ("prep", "dative") and \
            c.lower_ == "to" else None
        if pobj is not None and pobj.lemma_.lower() in DEAL_WORDS["holder"]:
            return next((at[g.i] for g in pobj.children if g.i in at and g.dep_ in ("compound", "poss")), None)
    return None


@rule("claim")
def _spun_off_from(a: Args):
    """"Lumora was spun off from Kestrel": the company "from" names divests the passive's subject; so does
    the one whose holders get it: "The company ... was spun off to Tandy holders" (Tandy divests)."""
    if a.rtype is not R.DIVESTMENT or a.verb is None:
        return None
    spun = next((_ent_in(c, a.at) for c in a.t.children if c.dep_ == "nsubjpass" and _ent_in(c, a.at)), None)
    if spun is None and any(c.dep_ in ("nsubjpass", "auxpass") for c in a.t.children):
        spun = a.subject  # "The company took over X and was spun off to ...": the subject of the first verb
    parent = _after(a.sent, a.t, a.at, "from") or _holders_get(a.t, a.at)
    return list(_pairs(R.DIVESTMENT, parent, spun)) if spun and parent and spun is not parent else None


#: Verbs by which those a bid is made to take it in: "weighing offers to buy Purolator shares from X".
_BIDS_WEIGHED = {"weigh", "consider", "receive", "review", "study", "evaluate", "reject", "accept"}


@rule("claim")
def _bid_from(a: Args):
    """"the offer from Adnoc", "received a proposed takeover offer from Breakwater": the bidder is named
    by "from", and the bid is for the subject (or, with none, the company named before the bid: "offered
    34 dlrs a share for X, prompting a rival bid from Y"). "X is a likely takeover target of Y": Y bids."""
    if a.verb is not None:
        return None
    bids = L.BID_NOUNS | {"approach"}
    bid = a.t if a.lemma in bids else a.t.head if a.rtype is R.ACQUISITION and a.t.dep_ == "compound" and \
        a.t.head.lemma_.lower() in bids | {"target"} else None
    if bid is None:
        return None
    party = _after(a.sent, bid, a.at, "of" if bid.lemma_.lower() == "target" else "from")
    if party is None:
        return None
    target = a.subject
    # "fought off a hostile bid for Beta Inc from Gamma Corp": the company the bid is "for" is its target, not the
    # one that fights it off
    sought = _after(a.sent, bid, a.at, "for") if bid.lemma_.lower() != "target" else None
    # "weighing offers to buy Purolator shares from PC Acquisition Inc": what the bid's own verb buys is its target,
    # not the holders weighing it (the parse may hang the verb on the one weighing); not a bid the subject makes
    # ("Chrysler has made a bid to buy AMC from its French parent Renault": "from" names the seller)
    buy = a.sent[bid.i + 2] if bid.i + 2 < party.i and a.sent[bid.i + 1].lower_ == "to" and bid.dep_ == "dobj" and \
        bid.head.lemma_.lower() in _BIDS_WEIGHED else None
    if buy is not None and buy.lemma_.lower() in L.BUYS and (sought is None or sought.i > party.i):
        sought = next((e for e in (_ent_in(x, a.at) for x in buy.subtree if x.i < party.i) if e is not None), sought)
    if sought is not None and sought is not party and not sought.members and sought.i < party.i:
        target = sought
    elif sought is None and bid.dep_ == "pobj" and bid.head.lower_ in _SET_AGAINST_BY and _RIVAL_BEFORE.search(a.sent[max(0, bid.left_edge.i - 4) : bid.left_edge.i].text):
        # "Siemens has teamed up with Jeumont-Schneider, in opposition to a bid from ATT and Philips": a rival's bid
        # the sentence's deal is set against, for what the sentence does not say
        return []
    if target is None or target is party:
        # not a rival bidder: "tops a 40 dlr bid from Acme and a 42 dlr bid from Bolt" is no bid of Bolt's for Acme
        before = [e for e in a.companies if e.j <= bid.i and e is not party and not _bids_too(a.sent, e, bids)]
        target = before[-1] if before and bid.lemma_.lower() != "target" else None
    if target is None or target is party:
        return None
    # "a tender offer from the partnership, which includes A and B": each member the parse joins bids
    bidders = [party, *(e for e in _conjoined(party, a.companies, a.sent)[1:] if e.i > party.i and e is not target)]
    return [p for b in bidders for p in _pairs(a.rtype, b, target)]


#: Of ``_BIDS_WEIGHED``, the verbs whose subject is made the bid whatever its number; by the others it is only of
#: bids in the plural ("after considering offers to acquire the team"; "may consider a bid to seek control of
#: Baird" is its own).
_BIDS_MADE_TO = {"weigh", "receive", "reject", "accept"}


@rule("claim")
def _bid_weighed(a: Args):
    """"AMAX Inc said it has accepted offers to buy its share and option interests in ACM", "they were weighing offers
    to buy Purolator shares from PC Acquisition Inc": the company that weighs bids to buy is made them, it buys
    nothing, and the bid's "from" names a bidder (``_bid_from``), no seller."""
    if a.rtype not in (R.ACQUISITION, R.STAKE):
        return None
    if a.verb is None:
        bid = a.t if a.lemma in L.BID_NOUNS and a.t.i + 2 < len(a.sent) and a.sent[a.t.i + 1].lower_ == "to" and \
            a.sent[a.t.i + 2].lemma_.lower() in L.BUYS else None
    else:
        bid = a.sent[a.t.i - 2] if a.lemma in L.BUYS and a.t.i >= 2 and a.sent[a.t.i - 1].lower_ == "to" and \
            a.sent[a.t.i - 2].lemma_.lower() in L.BID_NOUNS else None
    if bid is None or bid.dep_ != "dobj" or bid.head.lemma_.lower() not in _BIDS_WEIGHED or \
            bid.head.lemma_.lower() not in _BIDS_MADE_TO and bid.tag_ != "NNS":
        return None
    return []


def _bids_too(sent, e: Ent, bids: set[str]) -> bool:
    """Whether the company is named as the maker of a bid: "a bid from X", "the offer by X"."""
    root = _root(sent, e)
    return root.dep_ in ("pobj", "agent") and root.head.lower_ in ("from", "by") and \
        root.head.head.lemma_.lower() in bids


@rule("claim")
def _price_paid_in(a: Args):
    """"Orange said the purchase price will consist of 19 mln dlrs in cash ..., 10 pct of HC's common equity": a
    deal's price told by its noun, with no company it is the price of ("for X", "of X"), names what it is paid in,
    no company bought, and the one who tells it buys nothing by it."""
    if a.rtype not in (R.ACQUISITION, R.DIVESTMENT) or a.verb is not None or a.t.dep_ != "compound" or \
            a.t.head.lemma_.lower() != "price":
        return None
    price = a.t.head
    if any(g.i in a.at for c in price.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.subtree):
        return None
    return []


@rule("claim")
def _merged_into(a: Args):
    """"approved a merger into Gibraltar Financial", "agreed to be merged into X": the company merged
    into the other is taken over by it, unless what merges in is a buyer's subsidiary ("the merger of
    Acme Acquiring Corp, a wholly owned subsidiary of Acme Holdings, into X": the parent buys X)."""
    if a.rtype is not R.MERGER:
        return None
    survivor = _after(a.sent, a.t, a.at, "into") or _with_and_into(a.t, a.at)
    if survivor is None:
        return None
    # "will be merged into Instrumentarium's Professional Electronics Division": a division is no company;
    # the company whose it is takes the other in
    survivor = _division_owner(a.sent, survivor, a.at) or survivor
    if a.verb is not None and any(c.dep_ in ("nsubjpass", "dobj") and c.i not in a.at and (c.pos_ == "NUM" or c.tag_ == "NNS")
                                  for c in a.t.children):
        return []  # "three of its banks will be merged into X": what merges in is a number of things, no company
    own_unit = next((c for c in a.t.children if c.dep_ == "dobj" and c.lemma_.lower() in L.OWNED | {"unit", "division"}
                     and any(x.dep_ == "poss" and x.lower_ in ("its", "their") for x in c.children)), None)
    if a.verb is not None and own_unit is not None and a.subject is not None and a.subject is not survivor:
        # "it merged its wholly owned subsidiary, Flyfaire International Inc, into Shefra Inc, ..., in return for a
        # controlling interest in Shefra": the one whose unit merges in is not taken over; it takes control of the
        # other when the sentence says so, else the sentence tells no takeover of it
        control = any(x.lemma_.lower() in ("interest", "stake") and
                      any(m.lower_ in ("controlling", "majority") for m in x.children) and
                      any(p.lower_ == "in" and any(g.i in a.at and set(a.at[g.i].names) & set(survivor.names)
                                                   for g in p.subtree)
                          for p in x.children) for x in a.sent)
        if control:
            return list(_pairs(R.ACQUISITION, a.subject, survivor))
        # "Plaza Group said it merged its Flyfaire International Inc unit into Shefra Inc": with no control
        # taken back, the unit the sentence names is taken in by the company it merges into
        named = next((e for c in own_unit.children if c.dep_ in ("appos", "compound") for e in [_ent_in(c, a.at)]
                      if e is not None and e is not survivor and e is not a.subject), None)
        return list(_pairs(R.ACQUISITION, survivor, named)) if named is not None else []
    of = next((c for c in a.t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    before = [e for e in a.companies if e.j <= a.t.i and e is not survivor]
    # "Ricoh Corp said it merged Ricoh Systems Inc into Ricoh Corp": what the verb merges in is its object, not
    # the company that merges it
    merged = next((e for c in a.t.children if c.dep_ == "dobj" for e in [_ent_in(c, a.at)]
                   if e is not None and e is not survivor), None) if a.verb is not None else None
    absorbed = next((a.at[g.i] for g in (of.subtree if of is not None else ()) if g.i in a.at), None) or \
        merged or a.subject or (before[-1] if before else None)
    if absorbed is None or absorbed is survivor:
        return None
    parent = _parent_named(a.sent, absorbed, a.at)
    if parent is not None and parent is not survivor:
        return list(_pairs(R.ACQUISITION, parent, survivor))
    return list(_pairs(R.ACQUISITION, survivor, absorbed))


def _with_and_into(t, at: dict[int, Ent]) -> Ent | None:
    """The survivor of "merge with and into X", "the merger of A with and into B": the parse joins "into" to
    "with", and the company it names takes the other in, as "into" alone says."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            into = next((g for g in c.children if g.dep_ == "conj" and g.lower_ == "into"), None)
            if into is not None:
                return _named_by(into, at)
    return None


@rule("claim")
def _merger_with_a_unit(a: Args):
    """"approved the merger with Maricorp Inc, a unit of Northern Pacific", "approved the merger of a
    wholly-owned subsidiary of Emerson Electric": a company merging with another's subsidiary is taken
    over, by the subsidiary named or else by its parent."""
    if a.rtype is not R.MERGER:
        return None
    if _formed_by(a.t):
        return None
    heads = [a.t, *(c for c in a.t.children if c.dep_ == "dobj")] if a.verb is not None else [a.t]
    for c in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "with")):
        for g in (g for g in c.children if g.dep_ == "pobj"):
            unit = _ent_in(g, a.at) if g.i in a.at or g.lemma_.lower() not in L.OWNED else None
            if unit is not None:  # "Maricorp Inc, a unit of Northern Pacific": the unit named takes over
                owned = any(x.dep_ == "appos" and x.lemma_.lower() in L.OWNED for x in g.children)
                buyer = unit if owned else None
            elif g.lemma_.lower() in L.OWNED:  # "a wholly-owned subsidiary of Emerson": the parent does
                buyer = _after(a.sent, g, a.at, "of")
                # "the merger of a Dixons subsidiary with X": an unnamed unit ("a", not "its Y unit") of the
                # company named before the noun, merging with the company after "with", which it takes over
                owner = next((_ent_in(x, a.at) for x in g.children if x.dep_ in ("compound", "poss") and
                              _ent_in(x, a.at)), None)
                other = _after(a.sent, a.t, a.at, "with")
                if buyer is None and owner is not None and other not in (None, owner) and c.lower_ == "of" and \
                        any(x.dep_ == "det" and x.lower_ in ("a", "an") for x in g.children):
                    return list(_pairs(R.ACQUISITION, owner, other))
            else:
                buyer = None
            if buyer is not None and a.subject is not None and buyer is not a.subject:
                return list(_pairs(R.ACQUISITION, buyer, a.subject))
    return None


def _formed_by(t) -> bool:
    """Whether a merger is what made the company the clause is about: "Hoechst Celanese, recently formed from
    the merger of Celanese with American Hoechst, a unit of Hoechst AG": the company formed is no party to it."""
    return any(x.pos_ == "VERB" and x.lemma_.lower() in L.FORMING for x in t.ancestors)


def _division_owner(sent, e: Ent, at: dict[int, Ent]) -> Ent | None:
    """The company whose possessive is on a division's name: "Acme's Industrial Products Division"."""
    root = _root(sent, e)
    if sent[e.j - 1].lower_ != "division" and not (root.dep_ == "compound" and root.head.lower_ == "division"):
        return None
    heads = (root, root.head) if root.dep_ == "compound" else (root,)
    poss = next((c for h in heads for c in h.children if c.dep_ == "poss"), None)
    owner = _ent_in(poss, at) if poss is not None else None
    return owner if owner is not None and owner is not e else None


def _parent_named(sent, e: Ent, at: dict[int, Ent]) -> Ent | None:
    """The parent an apposition names: "Y, a wholly owned subsidiary of X"."""
    for c in _root(sent, e).children:
        if c.dep_ == "appos" and c.lemma_.lower() in L.OWNED:
            of = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            return next((at[g.i] for g in (of.subtree if of is not None else ()) if g.i in at), None)
    return None


@rule("objects")
def _merges_its_own(a: Args):
    """"said it will merge its BHP Minerals division and Utah International into a single unit", "would
    merge X with its subsidiary Y", "merging its two railroads, A and B": a company merging what it owns
    ties the things merged, not itself to them."""
    if a.rtype is not R.MERGER or a.verb is None or len(a.objects) < 2:
        return None
    # "its" on the name or on the noun it qualifies ("its BHP Minerals division"), or on what the verb merges
    # ("merging its two railroads, the Atchison, Topeka and Santa Fe Railway Co and Southern Pacific")
    heads = [h for o in a.objects for r in [_root(a.sent, o)] for h in (r, r.head) if h is r or r.dep_ == "compound"]
    heads += [c for c in a.t.children if c.dep_ == "dobj" and c.i not in a.at]
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for h in heads for c in h.children):
        return None
    objects = [o for o in a.objects if o is not a.subject]
    return [(a.rtype, x, y, "dep") for k, o in enumerate(objects) for p in objects[k + 1:]
            for x in o.names for y in p.names if x != y]


#: Nouns of a contest that a takeover noun may qualify: "its takeover fight with TWA".
_CONTESTS = {"fight", "battle", "war", "struggle", "contest"}


@rule("claim")
def _contest_with(a: Args):
    """"USAir sought help in its takeover fight with TWA": a contest "with" a company names its two sides, not
    which bids for which ("the takeover battle for X" names the target, and is read as usual)."""
    if a.rtype is R.ACQUISITION and a.verb is None and a.t.dep_ == "compound" and \
            a.t.head.lemma_.lower() in _CONTESTS and \
            any(c.dep_ == "prep" and c.lower_ == "with" for c in a.t.head.children):
        return []
    return None


@rule("claim")
def _owned_by(a: Args):
    """"H.C. Holdings, owned by Branford Castle", "Beghin-Say, which is 49.6 pct owned by Ferruzzi": the agent owns the company the participle describes,
    whatever the clause is about. "its wholly owned subsidiary", "the state-owned X", "the interest
    owned by X in Y": the subsidiary rule and the stake's own noun say what there is to say."""
    if a.rtype is not R.STAKE or a.verb is None or a.t.tag_ != "VBN" or a.t.dep_ not in ("acl", "amod", "relcl"):
        return None
    if a.t.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in a.t.children):
        return None  # "Y, which is 49.6 pct owned by X" is; "the shares which X said it owned" is the verb's
    head = a.t.head
    # "Oil Term Holdings, a new company controlled by Nova": the company the noun stands beside
    if _unnamed_unit(head, a.at):
        return []  # "a Gulf and Western subsidiary which is now owned by X": a unit not named, not its parent
    owned = _ent_in(head, a.at) or (_ent_in(head.head, a.at) if head.dep_ == "appos" else None) or \
        _share_set_beside(a.sent, head, a.at)
    listed = [e for e in (_ent_in(c, a.at) for c in head.children if c.dep_ == "conj" and c.i < a.t.i) if e]
    if owned is not None and listed and not any(x.lower_ in ("both", "all", "each")
                                                for x in a.sent[listed[-1].j : a.t.i]):
        # "companies like Cisco Systems Inc. and Aruba Networks Inc., now owned by Hewlett-Packard": the
        # parse hangs the participle on the list; it says of the company written right before it
        owned = listed[-1]
    if owned is None and head.dep_ in ("attr", "acomp") and head.head.lemma_ == "be":
        # "Volvo Cars is majority owned by Geely", "majority" read as the verb's attribute
        owned = next((_ent_in(c, a.at) for c in head.head.children if c.dep_ == "nsubj" and _ent_in(c, a.at)), None)
        if owned is None and head.head.dep_ == "relcl":  # "Beghin-Say, which is 49.6 pct owned by Ferruzzi"
            owned = _ent_in(head.head.head, a.at)
    clause = head.head if head.dep_ in ("attr", "acomp") and head.head.lemma_ == "be" else a.t
    which = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")), None)
    if which is not None and _named_before_comma(a.sent, which.i, a.at) is not None:
        # "owned by Amselco and Nerco, a unit of Nerco Inc <NER>, which is 90.5 pct owned by Pacificorp": the clause
        # set off by its comma says of the company written right before it, whatever noun the parse hangs it on
        owned = _named_before_comma(a.sent, which.i, a.at)
    agent = next((c for c in a.t.children if c.dep_ == "agent"), None)
    owners = []
    for g in agent.subtree if agent is not None else ():
        if g.i in a.at and all(o is not a.at[g.i] for o in owners) and not _of_people(a.sent, a.at[g.i], a.at) and \
                not _of_whom(g, agent):
            owners.append(a.at[g.i])
    if agent is None and owned is not None and _ent_in(head, a.at) is owned and a.t.dep_ == "amod" and \
            _share_owned(a.t) and not any(c.dep_ == "poss" for c in head.children):
        # "Hollinger said 58 pct-owned The Daily Telegraph agreed ...", "losses by 67 pct owned Westar
        # Mining": the owner is the company the sentence is about, its main verb's subject
        root = next((x for x in a.sent if x.dep_ == "ROOT"), None)
        owners = [e for e in (_ent_in(c, a.at) for c in (root.children if root is not None else ())
                              if c.dep_ == "nsubj") if e is not None and not e.members][:1]
    if owned is None or agent is None and not owners:
        # "its 84 pct owned Gerber Systems", "the preferred stock held by Nippon": the owner or what is owned is
        # not read here, not ruled out (as the people of "owned by Morris Belkin" rule a company out)
        return Unread()
    return [(R.STAKE, x, y, "describes") for o in owners if o is not owned for x in o.names for y in owned.names]


def _share_set_beside(sent, share, at: dict[int, Ent]) -> Ent | None:
    """The company a share owned is set beside, when the parse makes the share a word of the clause:
    "Newmont Gold, 95 pct owned by Newmont Mining Corp, said", where "pct" (or the number of "70 pct-owned") is
    read as a second subject."""
    if share.lower_ not in ("pct", "percent", "%") and not share.like_num or share.dep_ == "appos":
        return None
    k = share.left_edge.i - 1
    return at.get(_before_blank(sent, k) - 1) if k > 0 and sent[k].text == "," else None


def _share_owned(owned) -> bool:
    """Whether "owned" says how much: "58 pct-owned", "wholly owned", "majority-owned"."""
    return any(c.lower_ in ("pct", "percent", "%") or c.lower_ in L.OWNERSHIP_WORDS and c.lower_ not in ("-", "<", "(")
               for c in owned.children)


@rule("claim")
def _the_merger(a: Args):
    """"the prospectus regarding the merger", "approval of the merger": a merger told before, whose
    parties that sentence named; here nothing says who merges (unless its subject is the two)."""
    if a.rtype is not R.MERGER or a.verb is not None or a.t.dep_ == "compound":
        return None
    det = next((c for c in a.t.children if c.dep_ == "det"), None)
    named = any(c.dep_ in ("prep", "poss") or c.pos_ == "PROPN" for c in a.t.children) or \
        a.subject is not None and len(_conjoined(a.subject, a.companies, a.sent)) >= 2  # "A and B completed the merger"
    return Unread() if det is not None and det.lower_ == "the" and not named else None


#: What a combination of is no firm's merger: what is paid ("a combination of Jiffy Lube securities"), what a firm
#: makes or owns ("the possible combination of CytRx Corp's RheothRx drug ... with Biopool AB's drug t-PA",
#: ``data/thing_words.txt``, ``data/goods.txt``).
_MIXED = L.PAYMENT | L.GOODS | words("thing_words")


@rule("claim")
def _mix(a: Args):
    """"an exchange of Grease Monkey stock for a combination of Jiffy Lube securities", "studying the possible
    combination of CytRx Corp's RheothRx drug ... with Biopool AB's drug t-PA": a combination of what is paid is a
    mix, of products a treatment, no merger."""
    if a.rtype is not R.MERGER or a.lemma != "combination":
        return None
    of = [g for c in a.t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return [] if any(g.i not in a.at and g.lemma_.lower() in _MIXED for g in of) else None


@rule("claim")
def _merger_offer(a: Args):
    """"an unsolicited merger offer from Jiffy Lube", "proposed a cash merger of USAir with TWA": a bid
    for the company, not a merger of two."""
    if a.rtype is not R.MERGER or a.verb is not None:
        return None
    bid = a.t.dep_ == "compound" and a.t.head.lemma_.lower() in L.BID_NOUNS
    if not bid and not any(c.lower_ == "cash" and c.dep_ in ("compound", "amod") for c in a.t.children):
        return None
    a.rtype = R.ACQUISITION
    bidder = _after(a.sent, a.t.head, a.at, "from") if bid else None
    if bidder is not None and a.subject is not None and bidder is not a.subject:
        return list(_pairs(R.ACQUISITION, bidder, a.subject))
    return None


@rule("no_object")
def _stake_in_the_other(a: Args):
    """"invested in Flipkart in 2018, taking a 77 percent stake": the one other company, before it. Not
    when the words of the stake name what is held and no company is read there ("holds a 5.35 pct interest
    in Chicago Milwaukee", "bought 2.3 mln Piedmont common shares ... from Norfolk Southern"): the one
    other company is then the seller, or the holder's own parent ("Shearson, a subsidiary of American
    Express, ..."), never what is held."""
    if a.rtype is R.STAKE and a.subject is not None and \
            (_PERCENT.search(a.sent.text) or a.t.head.lemma_.lower() in ("buy", "take", "acquire", "hold", "own")):
        # "Samedan, a Noble unit, owns a 60 pct interest in the well": a name in the holder's apposition says
        # what the holder is (whose unit), never what it holds
        said_of = {x.i for c in _root(a.sent, a.subject).children if c.dep_ == "appos" for x in c.subtree}
        others = [e for e in a.companies if e is not a.subject]
        a.objects = others if len(others) == 1 and _root(a.sent, others[0]).i not in said_of and \
            not _held_named(a) else []
    return None


def _held_named(a: Args) -> bool:
    """Whether the stake's own words name what is held with a name no company was read in: a proper noun
    after its "in" or "of", or before the shares ("2.3 mln Piedmont common shares")."""
    held = [a.t] if a.verb is None else [c for c in a.t.children if c.dep_ == "dobj"]
    words = [g for h in held for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
             for g in c.subtree]
    words += [c for h in held for c in h.children if c.dep_ in ("compound", "nmod")]
    return any(g.pos_ == "PROPN" and g.i not in a.at for g in words)


@rule("objects")
def _bought_from_only(a: Args):
    """"acquired the common stock of DatagraphiX from General Dynamics" with the thing bought not read as a
    company: the seller is never what is bought."""
    if a.rtype is R.ACQUISITION and a.objects and all(_is_from_or_to(a.sent, o) for o in a.objects):
        return []
    return None


@rule("parties")
def _merger_bid(a: Args):
    """"a cash merger proposal to Borg-Warner at 46 dlrs per share": a bid, not a merger."""
    if a.rtype is R.MERGER and a.subject is not None and a.objects and re.search(r"\b(?:per|a) share\b", a.sent.text):
        a.rtype = R.ACQUISITION
    return None


@rule("parties")
def _issuers_shares(a: Args):
    """"Genova Products will pay 5-3/8 dlrs a share for the 29 pct of Genova's outstanding common shares it does
    not already own": a company's possessive on shares names who issued them, never who holds them; the holder is
    the company the clause is about, where word order paired them (not "Kestrova's shares in Zolter": its holding)."""
    if a.rtype is not R.STAKE or a.subject is None or a.t.lemma_.lower() not in ("share", "stock") or \
            any(c.dep_ == "prep" and c.lower_ == "in" for c in a.t.children):
        return None
    poss = next((c for c in a.t.children if c.dep_ == "poss"), None)
    if poss is None or _ent_in(poss, a.at) is not a.subject:
        return None
    acting = [_ent_in(c, a.at) for v in a.t.ancestors if v.pos_ in ("VERB", "AUX") for c in v.children if c.dep_ == "nsubj"]
    return [(R.STAKE, x, y, "near") for o in a.objects if any(o is e for e in acting) for x in o.names for y in a.subject.names]


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
def _spinoff_from(a: Args, subject: Ent, o: Ent):
    """"Henley Group Inc's 1.3 billion dlr spinoff from Allied Corp", "Harlow, a spinoff from Brenmar": the
    company "from" names spun off the one the spin-off is (its possessor, or the company it describes)."""
    if a.rtype is not R.DIVESTMENT or a.verb is not None or not _spin_off(a.t):
        return None
    froms = {g.i for c in a.t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.subtree}
    # the spin-off is the subject's own: its possessor, or the company it is set beside (not "Hutchison will sell
    # its interest in X to Cavendish, itself a spin-off from X": Cavendish is the spin-off, not Hutchison)
    own = any(c.dep_ == "poss" and subject.i <= c.i < subject.j for c in a.t.children) or \
        a.t.dep_ == "appos" and subject.i <= a.t.head.i < subject.j or \
        a.t.dep_ == "attr" and any(c.dep_ == "nsubj" and subject.i <= c.i < subject.j for c in a.t.head.children)
    return (R.DIVESTMENT, True) if own and o.i in froms and subject.i not in froms else None


#: The words a time clause opens with: "until its sale to X", "following its sale to X".
_TIME_PREPS = {"until", "till", "after", "following", "before", "since", "upon"}


def _itself_sold(t) -> bool:
    """Whether a sale's words say the company itself was sold, not something of it: "until the sale of that
    company to Kerr-McGee", "the sale of the company to X", "the company was sold to X", "until its sale to
    X" (a time clause, as a career or a history tells it; not "its sale of X", nor "said its sale to X": what it
    sells, told before)."""
    if t.pos_ == "VERB":
        sold = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        return sold is not None and sold.lemma_.lower() in L.STORY_REFERENCES and \
            any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in sold.children) and \
            not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in sold.children)
    if t.lemma_.lower() != "sale":
        return False
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return any(c.dep_ == "poss" and c.lower_ == "its" for c in t.children) and \
            t.dep_ == "pobj" and t.head.lower_ in _TIME_PREPS
    sold = next((c for c in of.children if c.dep_ == "pobj"), None)
    return sold is not None and sold.lemma_.lower() in L.STORY_REFERENCES and \
        any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in sold.children) and \
        not any(c.dep_ in ("amod", "compound", "prep", "poss", "conj") for c in sold.children)


@rule("pair")
def _company_itself_sold(a: Args, subject: Ent, o: Ent):
    """"He was Vice President of Westport Resources Corporation until the sale of that company to Kerr-McGee
    Corporation": the company the words stand for is what is sold, and the one "to" names buys it; it sells
    nothing to that one."""
    if a.rtype is not R.DIVESTMENT or not _itself_sold(a.t):
        return None
    to = {g.i for c in a.t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.subtree}
    return (R.ACQUISITION, True) if o.i in to and subject.i not in to else None


@rule("pair")
def _part_bought(a: Args, subject: Ent, o: Ent):
    """"bought Thales's rail signalling unit": Thales's divestment to the buyer."""
    return (R.DIVESTMENT, True) if a.rtype is R.ACQUISITION and _part_of(a.sent, a.t, o, a.at) else None


def _parents(sent, companies: list[Ent]):
    """(the word that says so, parent, subsidiary) of each subsidiary named with its parent: as the parse
    reads it, else as the words between two names say it ("Perkins, a wholly-owned subsidiary of
    Caterpillar", "Millennium Inorganic Chemicals, Inc. (a subsidiary of National Titanium Dioxide)"), which a
    filing's long sentences often keep the parser from reading."""
    seen = {}
    for t, parent, child in (*_parents_parsed(sent, companies), *_named_arms(sent, companies),
                             *_founders(sent, companies)):
        if (parent.i, child.i) not in seen:
            seen[parent.i, child.i] = t
            yield t, parent, child
    ordered = sorted((e for e in companies if not e.members), key=lambda e: e.i)
    for child, parent in zip(ordered, ordered[1:]):
        between = sent[child.j : parent.i]
        if not between or not _SUBSIDIARY_OF.fullmatch(between.text_with_ws if len(between) else "") or \
                (parent.i, child.i) in seen or set(parent.names) & set(child.names) or \
                parent.j < len(sent) and sent[parent.j].text in ("'s", "’s", "'"):
            continue  # "a unit of British Petroleum PLC's BP North America Inc unit": the possessor's unit's
        noun = next((x for x in between if x.lemma_.lower() in ("subsidiary", "unit", "division")), None)
        if noun is not None:
            seen[parent.i, child.i] = noun
            yield noun, parent, child
    for t, parent, child in _units_including(sent, ordered, companies):
        if (parent.i, child.i) not in seen:
            seen[parent.i, child.i] = t
            yield t, parent, child
    for t, parent, child in _member_firms(sent, ordered):
        if (parent.i, child.i) not in seen:
            seen[parent.i, child.i] = t
            yield t, parent, child
    for t, parent, child in _possessed_units(sent, ordered):
        if (parent.i, child.i) not in seen:
            seen[parent.i, child.i] = t
            yield t, parent, child
    # last, the units a list names after its owner's possessive, which the parse hangs on the first name alone;
    # each told by the word that told a unit of the list already, if one did, so that all share one status
    for t, parent, listed in _list_owned(sent, companies):
        told = next((seen[parent.i, e.i] for e in listed if (parent.i, e.i) in seen), t)
        for e in listed:
            if (parent.i, e.i) not in seen:
                seen[parent.i, e.i] = told
                yield told, parent, e


#: The words between a subsidiary and its parent set beside it: ", a wholly owned subsidiary of ", " (a unit of ",
#: or said of it as a fact (" became a wholly-owned subsidiary of ", which the parse may leave without a subject).
_SUBSIDIARY_OF = re.compile(r"[\s)\"”]*(?:,\s*|\(\s*|\s*(?:is|was|became|has become|had become|has been|remains|"
                            r"(?:is|was)\s+(?:deemed|considered)\s+to\s+be)\s+)(?:a|an|the|its)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:subsidiary|unit|division)\s+of\s+(?:the\s+)?", re.I)


#: The words between an owner's name and the name of the unit it owns, set right after it: "'s" (its ticker, blanked,
#: may stand after it) or an owner's place and "'s" ("Electrolux AB of Sweden's White Consolidated Industries
#: subsidiary").
_POSSESSED_BY = re.compile(r"\s*(?:of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*)?(?:'s|’s|')\s*", re.S)


#: What a company set beside another's name says of itself when it belongs to that one: "Mortech, Inc., a Zillow
#: business", "GEICO, a Berkshire Hathaway company" (the owner's name, then the noun, then the apposition ends).
_MEMBER_NOUNS = frozenset({"company", "business"})
# a sentence that sets such a description beside a name is parsed
PATTERNS.append(re.compile(r",\s+an?\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,4}\s+(?:company|business)"
                           r"(?=\s*[,.;)]|\s+(?:that|which|and)\b)", re.I))


#: The words between an owner and the first unit it names after its plural part noun: "MGE Energy and its
#: subsidiaries, including MGE", "Chrysler Corp and its units, including Chrysler Financial Corp".
_UNITS_INCLUDING = re.compile(r"\s+and\s+its\s+(?:[\w-]+\s+){0,2}?(subsidiaries|units|divisions)\s*,?\s*"
                              r"(?:including|such\s+as)\s+", re.I)


def _text_between(sent, first: Ent, second: Ent) -> str:
    """The sentence's text from the end of one name to the start of the next ("" where they are not in that order)."""
    if first.j > second.i:
        return ""
    return sent.text[sent[first.j - 1].idx + len(sent[first.j - 1].text) : sent[second.i].idx]


def _units_including(sent, ordered: list[Ent], companies: list[Ent]):
    """(the noun, owner, unit) of "X and its subsidiaries, including A, B and C": the owner's units the list
    after "including" names, each of them (a filing's and the wire's way to name a group's members)."""
    for parent, child in zip(ordered, ordered[1:]):
        between = _text_between(sent, parent, child)
        m = _UNITS_INCLUDING.fullmatch(between)
        if m is None or set(parent.names) & set(child.names) or parent.members or child.members:
            continue
        noun = next((x for x in sent[parent.j : child.i] if x.lower_ == m.group(1).lower()), None)
        if noun is None:
            continue
        for e in _conjoined(child, companies, sent):
            if e.i >= child.i and not e.members and not set(parent.names) & set(e.names):
                yield noun, parent, e


def _member_firms(sent, ordered: list[Ent]):
    """(the noun, owner, member) of "Member, a Owner company,": an apposition naming the firm one belongs to, as
    press releases and filings write it. Not a description that only names a place, a market or a rank ("a
    Dutch company", "a Fortune 500 company"): the owner must be a company the sentence names, right before the
    noun, which ends the apposition."""
    for child, parent in zip(ordered, ordered[1:]):
        k = parent.j
        if k >= len(sent) or sent[k].lower_ not in _MEMBER_NOUNS or sent[k].pos_ != "NOUN" or \
                set(parent.names) & set(child.names) or child.members or parent.members:
            continue
        if k + 1 < len(sent) and not (sent[k + 1].is_punct or sent[k + 1].lower_ in ("that", "which", "and")):
            continue  # "a Zillow business unit", "a Boeing company plane"
        between = _text_between(sent, child, parent)
        if re.fullmatch(r"\s*,\s*(?:a|an)\s+", between):
            yield sent[k], parent, child


def _possessed_units(sent, ordered: list[Ent]):
    """(the noun, owner, unit) of "Owner's Unit unit", as the words say it where the parse does not: wire copy's
    names with "and" in them ("Gulf and Western Inc's Simon and Schuster Inc unit said", "Merrill Lynch and Co
    Inc's <MER> Merrill Lynch Canada Inc subsidiary") or an owner's place ("Electrolux AB of Sweden's White
    Consolidated Industries subsidiary") leave the owner's possessive on another word. Both names are companies
    the sentence names, side by side, with the noun right after the second."""
    for parent, child in zip(ordered, ordered[1:]):
        if child.j >= len(sent) or sent[child.j].lower_ not in L.UNIT_NOUNS or sent[child.j].pos_ != "NOUN" or \
                set(parent.names) & set(child.names):
            continue
        between = _text_between(sent, parent, child)
        if not _POSSESSED_BY.fullmatch(between):
            continue
        place = re.match(r"\s*of\s+(.+?)\s*(?:'s|’s|')", between)
        if place is not None and place.group(1).lower() not in places():
            continue  # "the Bank of America's ...": an owner's place only
        yield sent[child.j], parent, child


def _parents_parsed(sent, companies: list[Ent]):
    """(the word that says so, parent, subsidiary) of each subsidiary named with its parent, as parsed."""
    ending = {e.j: e for e in companies}
    starting = {e.i: e for e in companies}
    at = {k: e for e in companies for k in range(e.i, e.j)}
    for t in sent:
        if _parent_noun(t):
            for child in _children_of_parent(sent, t, at, companies):
                yield child
            continue
        if t.lemma_.lower() not in L.UNIT_NOUNS or t.pos_ not in ("NOUN", "PROPN"):
            continue  # a named division is a unit too: "its BHP Minerals division", "the X division of Y"
        after = t.i + 1
        while after < len(sent) and (sent[after].is_space or sent[after].text in (",", "<", "(")):
            after += 1
        parent = None
        if t.dep_ == "nsubj" and t.head.lemma_ in ("be", "include") and t.i not in at:
            # "Acme's two largest subsidiaries are Zorvex Mining and Brontela Energy", "its units include X"
            named = [c for c in t.head.children if c.dep_ in ("attr", "dobj") and c.i > t.i]
            owned = [e for e in (_ent_in(x, at) for c in named for x in (c, *c.conjuncts)) if e is not None]
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            parent = None if poss is None or not owned else at.get(poss.i) or (
                _its_owner(sent, poss, companies, owned[0]) if poss.lower_ == "its" else None)
            for child in owned:
                if parent is not None and child is not parent:
                    yield t, parent, child
            continue
        subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None) \
            if t.dep_ == "attr" and t.head.lemma_ in ("be", "become", "remain") else None  # "X is a subsidiary of Y"
        if subject is None and t.dep_ == "attr" and t.head.lemma_ == "become":
            # "First Granite said it agreed in principle to become a wholly owned subsidiary of Magna": the one
            # that agreed or plans to become it
            subject = _controller(t.head)
        if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ in ("VERB", "AUX"):
            # "X will be operated as a wholly owned subsidiary of Y", "X will operate as a unit of Y": not
            # "Acme will run X as a unit of Y", whose subject runs it
            verb = t.head.head
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and
                            verb.lemma_.lower() in _ACTS_AS and not any(d.dep_ == "dobj" for d in verb.children)),
                           None)
        if subject is not None and subject.lower_ == "it" and subject.head.dep_ == "ccomp":
            # "Universal said it will operate as a unit of Questar": "it" is the one that said so
            subject = next((c for c in subject.head.head.children if c.dep_ == "nsubj"), None)
        elif subject is not None and subject.lower_ in ("which", "that") and subject.head.dep_ == "relcl":
            # "the Dutch company Billiton, which is a wholly-owned subsidiary of Royal Dutch Shell": the name
            # the relative clause is said of, or the one its noun is set beside ("Compagnie Belge, a credit
            # insurance firm, which is a subsidiary of Societe Generale")
            subject = subject.head.head
            if subject.dep_ == "appos" and _ent_in(subject, at) is None:
                subject = subject.head
        if t.dep_ == "appos" and _ent_in(t.head, at) or subject is not None and _ent_in(subject, at):
            child = _ent_in(t.head, at) if subject is None else _ent_in(subject, at)
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            parent = next((at[g.i] for g in (of.children if of else ()) if g.i in at), None) or \
                next((_ent_in(g, at) for g in (of.children if of else ()) if g.dep_ == "pobj" and
                      g.lemma_.lower() in L.OWNED), None) or \
                _named_after_kind(sent, of, at)  # "a subsidiary of its Chase Manhattan Bank unit"
            # "Kestrel Motors, a Lumora unit": the owner named before the noun
            named = next((_ent_in(c, at) for c in t.children if c.dep_ in ("compound", "poss")
                          and _ent_in(c, at) not in (None, child)), None)
            if parent is None and named is not None and subject is None and \
                    any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
                # "American Express Co, its Shearson Lehman Brothers Inc unit": the name is the unit, the
                # company the noun is set beside its owner
                yield t, child, named
                continue
            if parent is not None and named is not None and named is not parent and subject is None and \
                    not named.members and named.text.split()[0].lower() == named.name.split()[0].lower():
                # "Burlington Northern, the Citibank N.A. unit of Citicorp": the name before the noun is the unit
                # (written as it is named: not "UBS Securities, the U.S. unit of X", a place the story's names took)
                yield t, parent, named
                continue
            its = next((c for c in t.children if c.dep_ == "poss" and c.lower_ == "its"), None)
            if parent is None and named is None and subject is None and its is not None:
                # "Pearson said Camco Inc, its 65.4 pct owned U.S. oil services subsidiary, signed": whose "its" is
                named = _its_owner(sent, its, companies, child)
            parent = parent or named
        else:
            child = ending.get(t.i) or starting.get(after)
            if child is None and t.i in at and at[t.i].j == t.i + 1 and t.lemma_.lower() in L.PART_NAMES:
                # "the Measurement Systems Division of Page-Wilson Corp": a unit whose name says it is one
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                parent = _named_by(of, at) if of is not None else None
                if parent is not None and parent is not at[t.i]:
                    yield t, parent, at[t.i]
                continue
            if child is None:
                continue
            if child is starting.get(after) and _share_after(sent, child):
                # "X owns a 50 pct interest in the well and its spacing unit, Canadian Worldwide 25 pct, Saskatchewan
                # Oil and Gas 10 pct": a name with its share after it is one of a list of holders, not the unit
                continue
            if child is ending.get(t.i) and starting.get(after) is not None and \
                    (sent[t.i + 1].text == "," or after == t.i + 1 and _ent_in(t.head, at) is starting[after]) and \
                    not any(c.dep_ == "poss" for c in t.children) and not _goods_named(sent, starting[after]):
                # "another Pillsbury unit, QSV Properties", "Lynch Corp subsidiary Lynch Entertainment Corp":
                # the name before the noun owns the one after
                yield t, child, starting[after]
                continue
            for c in t.subtree:  # "its 97.7-pct owned subsidiary": the possessive may hang lower
                if c.dep_ == "poss" and c.i < t.i and not child.i <= c.i < child.j:
                    # (not one inside the unit's own name: "its Hudson's Bay Wholesale unit")
                    parent = at.get(c.i)
                    if parent is None and c.lower_ == "its":  # the clause's subject: "X said its Y unit"
                        parent = _its_owner(sent, c, companies, child)
            if parent is None and child.i > t.i:  # "Industrial Equity unit Acmex Holdings"
                parent = ending.get(_before_blank(sent, t.i)) or _unit_former(t, at)
            if parent is None and child.j == t.i and t.lemma_.lower() in L.PART_NAMES:
                # "the Sperry Marine Systems division of Unisys Corp"
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                parent = _named_by(of, at) if of is not None else None
        if parent is not None and child is not None and parent is not child:
            yield t, parent, child
            if t.tag_ == "NNS" and t.i in (child.j, _after_blank(sent, child.j)):
                # "its Pexton Media and Dunmore Books units": each name listed before the plural noun is one
                for e in _listed_before(sent, companies, child):
                    if e is not parent and not e.members:
                        yield t, parent, e
            elif t.tag_ == "NNS" and child.i > t.i:
                # "its majority owned subsidiaries, SWK Technologies, Inc. and BTSG Acquisition Corp.": each name
                # listed after the plural noun is one, up to the "and" that ends the list ("its subsidiaries, A and
                # B, and C each will own": C is no subsidiary)
                last = child
                for e in sorted((e for e in _conjoined(child, companies, sent)[1:] if e.i > child.i), key=lambda e: e.i):
                    between = " ".join(_LEFT_OUT.sub("", sent[last.j : e.i].text).replace(",", " , ").split())
                    if between not in (",", "and", ", and", "&"):
                        break
                    if e is not parent and not e.members:
                        yield t, parent, e
                    if "and" in between or "&" in between:
                        break
                    last = e
    for owner in companies:
        # "Toyota-owned Daihatsu", "Alibaba-controlled Ant Group": the name glued to "owned" owns the next
        k = owner.j
        if k + 2 < len(sent) and sent[k].text == "-" and sent[k + 1].lower_ in ("owned", "controlled") and \
                starting.get(k + 2) is not None and not owner.members and starting[k + 2] is not owner:
            yield sent[k + 1], owner, starting[k + 2]
    for child in companies:
        # "Travelers Corp's Travelers Mortgage Services", "Siemens AG's Siemens Information Systems", and
        # "X said its fully-owned Y": "its" right before the name, or before only words of ownership
        root = _root(sent, child)
        heads = (root, root.head) if root.dep_ == "compound" else (root,)  # a legal suffix left out of the name
        if root.dep_ == "compound" and root.head.dep_ == "compound" and root.head.head.lemma_.lower() in L.OWNED:
            heads += (root.head.head,)  # "its Markborough properties subsidiary": a word of its trade between
        poss = next((c for h in heads for c in h.children if c.dep_ == "poss" and c.i < child.i), None)
        if poss is not None and root.dep_ == "compound" and root.head.lemma_.lower() in L.BID_NOUNS | {"takeover"}:
            continue  # "Dart's Safeway bid": the possessor bids for the name, it does not own it
        if poss is not None and _names_a_site(sent, child):
            continue  # "Rohr's Chula Vista and Riverside plants": the name is where a plant is, no unit
        parent = _ent_in(poss, at) if poss is not None else None
        # "placed X and its subsidiary Y in rehabilitation": the parse hangs the noun off the name, not "its" off the noun
        if poss is not None and parent is None and poss.lower_ == "its" and \
                all(x.like_num or x.is_space or x.lower_ in L.OWNERSHIP_WORDS or x.lemma_.lower() in L.OWNED
                    for x in sent[poss.i + 1 : child.i]):
            parent = _its_owner(sent, poss, companies, child, subject_only=True)
        if parent is not None and parent is not child and not parent.members and not child.members:
            if poss.i in range(parent.i, parent.j) and \
                    any(x.lemma_.lower() in L.OWNER_NOUNS or _parent_noun(x) for x in sent[parent.j : child.i]):
                # "Carling's 50 pct-owner Rothmans", "Fichtel und Sachs's holding company, Sachs": the name owns
                # the possessor; not an "its" read as a company named far before ("Dynamics said ... CTS
                # shareholders ... its CTS related costs")
                parent, child = child, parent
            yield root, parent, child


def _unit_former(t, at: dict[int, Ent]) -> Ent | None:
    """Who formed the unit a noun names after it, the noun being the verb's object: "VWR Corp said it has formed a
    new subsidiary, Momentun Textiles", "BioTechnica International said it established a new subsidiary,
    BioTechnica Agriculture". Only a unit formed already ("plans to set up a wholly owned investment unit, X": X is
    yet to be), and only a subject named, or an "it" a named company says of itself ("The company said it formed a
    new subsidiary, X" is left to what names the company)."""
    verb = t.head
    if t.dep_ != "dobj" or verb.lemma_.lower() not in L.UNIT_FORMED or verb.tag_ not in ("VBD", "VBN") or \
            verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "it" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYS:
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return _ent_in(subject, at) if subject is not None else None


#: Works a company names after where they stand: "its Fremont plant", "Rohr's Chula Vista and Riverside plants".
_SITES = {"plant", "factory", "mill", "refinery", "smelter", "mine", "works"}


def _names_a_site(sent, e: Ent) -> bool:
    """Whether the words after a name, past other names listed with it, are a site's noun ("Chula Vista and
    Riverside plants"): the name is a place."""
    k = e.j
    while k < len(sent) and (sent[k].lower_ in ("and", ",") or sent[k].pos_ == "PROPN"):
        k += 1
    return k < len(sent) and sent[k].lemma_.lower() in _SITES


#: Places a firm names its national or regional arms after (``data/arm_places.txt``); not a state, which tells
#: where the parent works ("Chevron Texas").
_ARM_PLACES = words("arm_places") - words("states")


def _named_arms(sent, companies: list[Ent]):
    """(the arm's last word, parent, arm) of a national arm named after its parent, both named in the sentence:
    "Uber has grown exponentially in India, said Amit Jain, President of Uber India". Not two arms of one
    parent ("Sunbeam Australia and Sunbeam New Zealand"): the parent's own name ends in no such place."""
    def plain(e: Ent) -> list[str]:
        return _LEFT_OUT.sub("", e.text).replace(",", " ").lower().split()

    for arm in companies:
        name = plain(arm)
        for parent in companies:
            head = plain(parent)
            if parent is arm or parent.members or arm.members or not head or len(name) <= len(head) or \
                    name[: len(head)] != head or set(parent.names) & set(arm.names) or \
                    any(" ".join(head[k:]) in _ARM_PLACES for k in range(len(head))):
                continue
            if " ".join(name[len(head):]) in _ARM_PLACES:
                yield sent[arm.j - 1], parent, arm


def _parent_noun(t) -> bool:
    """"parent", "parent company", "holding company", "general partner" (who runs and holds a partnership): the
    noun that makes a company another's owner."""
    if t.pos_ != "NOUN":
        return False
    if t.lemma_.lower() == "parent":
        # "Marvel's parent Walt Disney Co said": the noun set before the owner's name, with the owned one's
        # possessive, is the owner's (a bare "parent company" is left to its noun)
        return t.dep_ not in ("compound", "amod") or _set_before_owner(t)
    if t.lemma_.lower() == "partner":
        return any(c.lower_ == "general" and c.dep_ in ("amod", "compound") for c in t.children)
    return t.lemma_.lower() in L.PARENT_FIRM_NOUNS and \
        any(c.lower_ in ("parent", "holding") and c.dep_ in ("compound", "amod") for c in t.children)


def _set_before_owner(t) -> bool:
    """Whether the parent noun stands, with no comma, before the owner's name it modifies and after the possessive
    of the one it owns: "Marvel Entertainment's parent company Walt Disney Co", "Google's parent Alphabet"."""
    return t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i > t.i and \
        any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children) and \
        all(x.pos_ == "PROPN" or x.text in ("&", "-") for x in t.doc[t.i + 1 : t.head.i])


def _cast_as(verb, at: dict[int, Ent]) -> Ent | None:
    """The company that does what ``verb`` says in the role "as" gives it: its subject, or, where the subject is
    "it" in a clause joined to one whose subject is a company, that company ("Disney isn't the studio behind the
    movie, but as the parent company of Marvel it naturally benefits")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "it" and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return _ent_in(subject, at) if subject is not None else None


def _children_of_parent(sent, t, at: dict[int, Ent], companies: list[Ent]):
    """(the noun, parent, subsidiary) of "X is the parent company of A, B and C", "Alphabet, Google's
    parent company", "Google's parent company, Alphabet" and "Riverwalk Logistics L.P., the general partner
    of NuStar Energy": the company the noun describes owns those it is the parent of."""
    owner = None
    if t.dep_ == "attr" and t.head.lemma_ in ("be", "become", "remain"):
        subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("which", "that") and t.head.dep_ == "relcl":
            subject = t.head.head  # "Walt Disney Co, which is the parent company of Marvel": the name it follows
        owner = _ent_in(subject, at) if subject is not None else None
    elif _set_before_owner(t):  # "Marvel Entertainment's parent company Walt Disney Co said"
        owner = _ent_in(t.head, at)
    elif t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.dep_ == "prep":
        owner = _cast_as(t.head.head, at)
    elif t.dep_ == "appos":
        owner = _ent_in(t.head, at)
    else:  # "Fichtel und Sachs's holding company, Sachs AG": the name set beside the noun
        owner = next((_ent_in(c, at) for c in t.children if c.dep_ == "appos" and _ent_in(c, at) is not None), None)
        beside = at.get(t.i + 2) if t.i + 2 < len(sent) and sent[t.i + 1].text == "," else None
        if owner is None and beside is not None and beside.i == t.i + 2 and \
                any(c.dep_ == "poss" for c in t.children) and \
                (_after_blank(sent, beside.j) >= len(sent) or sent[_after_blank(sent, beside.j)].is_punct):
            # "Simon Keswick, chairman of Hong Kong Land's parent company, Jardine Matheson Holdings Ltd, said":
            # the parse hangs the name set between commas after the noun on the person the sentence opens with
            owner = beside
    if owner is None or owner.members:
        return
    owned = [e for c in t.children if c.dep_ == "poss" and (e := _ent_in(c, at)) is not None]
    # "the holding company for the Oregon Bank, Orbanco Real Estate Service Co and ..."
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    first = _named_by(of, at) if of is not None else None
    if first is not None:
        owned += _conjoined(first, companies, sent)
    for k, child in enumerate(owned):
        if child is not owner and not child.members and not any(child is x for x in owned[:k]):
            yield t, owner, child


def _goods_named(sent, e: Ent) -> bool:
    """Whether a name only qualifies a common noun after it: "In the Acura division, Intera sales outpaced Legend
    sales" (a model's sales, after a phrase the comma closes), not a name set beside the unit noun."""
    root = _root(sent, e)
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= e.j and root.head.pos_ == "NOUN"


def _after_blank(sent, k: int) -> int:
    """Where the words after ``k`` go on once a legal suffix or ticker left out of a name is passed."""
    while k < len(sent) and (sent[k].is_space or _LEFT_OUT.fullmatch(sent[k].text.lower())):
        k += 1
    return k


def _listed_before(sent, companies: list[Ent], last: Ent) -> list[Ent]:
    """The companies a list names before its last one, with only names, commas and "and" between: "A, B
    and C" before C."""
    out = []
    for e in sorted((e for e in companies if e.j <= last.i), key=lambda e: -e.i):
        if not _names_between(sent, companies, e.j, last.i) or last.i - e.j > 12:
            break
        out.append(e)
    return out


def _founders(sent, companies: list[Ent]):
    """(the verb, founder, company) of a company the sentence says firms founded, in the passive with the
    founders after "by" (``lexicon.FOUNDED``): "Cyacq Corp was formed by Citicorp Capital Investors Ltd and Audio
    Video Affiliates Inc", "OII Holdings Corp, a company formed by Kohlberg Kravis Roberts and Co, said", "General
    Acquisition Corp, formed by AFG Industries and Wagner and Brown", "NMIC, which was set up by DBP". Only firms
    found it: not "a group formed by Theodore Cross", nor "a company formed by the merger of X and Y"."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    for t in sent:
        if t.lemma_.lower() not in L.FOUNDED or t.tag_ != "VBN" or \
                t.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
            continue
        by = next((c for c in t.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)
        named = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if named is None:
            continue
        # the name itself after "by", not a name that qualifies it ("formed by Becor executives": its people)
        founders = [e for e in (at.get(x.i) for x in (named, *named.conjuncts)) if e is not None and not e.members]
        if t.dep_ == "acl":  # "X, a company formed by Y", "X, formed by Y"
            formed = at.get(t.head.i)
            if formed is None and t.head.dep_ == "appos" and t.head.lemma_.lower() in L.PARENT_FIRM_NOUNS | {"group"}:
                formed = at.get(t.head.head.i)
            formed = [formed] if formed is not None else []
        else:  # "X was formed by Y", "X, which was formed by Y"
            subject = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            if subject is not None and subject.lower_ in ("which", "that") and t.dep_ == "relcl":
                subject = t.head
            # "A new company, Zeta Holdings Inc, will be formed by": the name set beside the subject
            head = None if subject is None else at.get(subject.i) or next(
                (at[c.i] for c in subject.children if c.dep_ == "appos" and c.i in at), None)
            formed = [head, *(e for e in (at.get(x.i) for x in subject.conjuncts) if e is not None)] \
                if head is not None else []
        for child in formed:
            for founder in founders:
                if not child.members and founder is not child and not set(founder.names) & set(child.names):
                    yield t, founder, child


def _list_owned(sent, companies: list[Ent]):
    """(the plural noun, owner, the units listed) of each list of units before a plural part noun whose owner's
    possessive the parse hangs on the list's first name ("its Purity Supreme and Rickels units")."""
    ending = {e.j: e for e in companies if not e.members}
    at = {k: e for e in companies for k in range(e.i, e.j)}
    for t in sent:
        if t.tag_ != "NNS" or t.lemma_.lower() not in L.UNIT_NOUNS or t.i in at:
            continue
        last = ending.get(t.i)
        if last is None or any(c.dep_ == "poss" and c.i < t.i for c in t.subtree):
            continue
        owner = _list_owner(sent, t, last, companies, at)
        if owner is not None:
            yield t, owner, [e for e in (*_listed_before(sent, companies, last), last)
                             if e is not owner and not e.members]


def _list_owner(sent, noun, last: Ent, companies: list[Ent], at: dict) -> Ent | None:
    """The owner of the units a list names before a plural noun, when the parse hangs the possessive that opens
    the list on its first name ("its Purity Supreme and Rickels units", "Acme's Zeller, Pexton and Rickels
    subsidiaries"): the possessive right before the list's first name, with only names, commas and "and"
    between it and the noun."""
    listed = _listed_before(sent, companies, last)
    first = min((last, *listed), key=lambda e: e.i)
    if first is last:
        return None  # one name: the ordinary reading holds
    poss = sent[first.i - 1] if first.i > 0 else None
    if poss is None or poss.dep_ != "poss" and poss.text not in ("'s", "’s", "'"):
        return None
    if poss.lower_ == "its":
        return _its_owner(sent, poss, companies, first)
    owner = at.get(poss.i - 1) if poss.text in ("'s", "’s", "'") else None
    return owner if owner is not None and owner not in (first, last, *listed) else None


def _before_blank(sent, k: int) -> int:
    """Where the words before ``k`` end once the blank left of a ticker the wire puts after a name is passed:
    "Schneider S.A. <SCHN.PA> subsidiary Jeumont-Schneider"."""
    while k > 0 and sent[k - 1].is_space:
        k -= 1
    return k


def _buyer_is(buy, e: Ent) -> bool:
    """Whether ``e`` is the subject of the buying verb, or of the verb it completes ("Air Canada agreed to buy")."""
    v = buy
    while not any(c.dep_ == "nsubj" for c in v.children) and v.dep_ in ("xcomp", "conj"):
        v = v.head
    return any(c.dep_ == "nsubj" and e.i <= c.i < e.j for c in v.children)


def _its_owner(sent, its, companies: list[Ent], child: Ent, subject_only: bool = False) -> Ent | None:
    """Whose "its" is: the company it is listed or set beside ("First State Bancshares and its First
    State Bank subsidiary", "USX Corp, with its Marathon Oil unit"), else the clause's subject ("X said
    its Y unit"), else (unless ``subject_only``) the last company before it. Never a company whose own
    apposition holds it: in "X said Y, a subsidiary of its Z unit, ..." "its" is X's."""
    before = [e for e in companies if e.j <= its.i and e is not child and not e.members and
              not any(its in c.subtree for c in _root(sent, e).children if c.dep_ == "appos")]
    k = its.i
    if k >= 3 and sent[k - 1].lower_ in ("through", "via", "with") and sent[k - 2].text == "," and \
            sent[k - 3].pos_ == "PROPN" and not any(e.i <= k - 3 < e.j for e in companies):
        # "Tandon Corp said Sears Roebuck, through its Sears Business Centers, continues to be a customer": "its"
        # is the name's set off before it, one not read as a company here, never the company told before
        return None
    buy = next((v for v in its.ancestors if v.pos_ == "VERB" and v.lemma_.lower() in L.BUYS), None)
    seller = _agreed_with(sent, buy, {k: e for e in before for k in range(e.i, e.j)}) if buy is not None else None
    if seller is not None:
        return seller  # "signed a letter of intent with Bank of America to purchase its affiliate Y": the seller's
    if before:
        between = re.sub(r"\s+", " ", _LEFT_OUT.sub("", sent[before[-1].j : its.i].text.lower())).strip()
        # "X and its Y unit", "X, with its Y unit", "X Inc of Pensacola, Fla., and its Y subsidiary"
        # but not "sold its X unit to A and its Y unit to B", "its X unit and its Y unit": a second thing sold
        # beside the first, whose "its" is the first's
        # and "combined its Cooper Biomedical Inc unit and its Cooper Laboratories subsidiary": a unit an "its"
        # opens is owned, and the "its" joined to it is its owner's too
        word = _word_before(sent, before[-1])
        paired = word == "its" or word in ("to", "from") and \
            any(x.lower_ in ("to", "from") for x in sent[its.i + 1 : its.head.i + 3])
        # and "Sears Roebuck, through its Sears Business Centers, continues to be a customer of Tandon"
        if re.fullmatch(r"(?:of [a-z. ]+(?:, [a-z. ]+)*,? )?,? ?and|, with|, (?:through|via)", between) and not paired:
            return before[-1]
        at = {k: e for e in before for k in range(e.i, e.j)}
        owned = its.head
        if owned.dep_ == "conj" and _ent_in(owned.head, at) is not None and not paired:
            return _ent_in(owned.head, at)  # "X Inc of Pensacola, Fla., and its Y unit"
    owner = owner_of_the_phrase(its.head, before)
    if owner is not None:
        return owner
    subjects = [e for e in before if any(sent[k].dep_ == "nsubj" for k in range(e.i, e.j))]
    if len(subjects) >= 2 and (any(p.dep_ == "prep" and p.lower_ == "with" and VERBS.get(p.head.lemma_.lower()) is R.ALLIANCE
                                   for p in its.ancestors) or buy is not None and _buyer_is(buy, subjects[-1])):
        # "Hartford National said China Industry agreed to work exclusively with its Connecticut National Bank
        # unit": one works with another's unit, not its own; "Gelco Corp earlier said Air Canada agreed to buy
        # its Canadian Gelco Express Ltd unit": nor does one buy its own; "its" is the company that tells of it
        subjects = subjects[:-1]
    if subjects or subject_only:
        return subjects[-1] if subjects else None
    if before:
        # "it would merge Valley National Bank with its subsidiary Y": the object of a verb whose subject
        # is another (a pronoun the sentence leaves unnamed) does not own what that verb's own "its" names
        root = _root(sent, before[-1])
        verb = root.head
        if root.dep_ == "dobj" and verb in its.ancestors and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
    return before[-1] if before else None


def _subsidiaries(sent, companies: list[Ent], ctx: StoryContext, sentence: str, start: int, end: int) -> list[Mention]:
    """A parent and its named subsidiary are a stake: "X said its Y subsidiary", "X's unit Y",
    "its 97.7-pct owned subsidiary Y", "Y, a subsidiary of X", and a company's possessive on another
    company's name: "Financial Corp of America's American Savings and Loan Association"."""
    out = []
    for t, parent, child in _parents(sent, companies):
        status = S.ACTIVE
        if any(x.lower_ in L.FORMER for x in sent[t.left_edge.i : t.i]):
            status = S.ENDED  # "Y, a former subsidiary of X", "X's onetime unit Y": sold or spun off since
        elif _closed_by(t) is not None:
            status = S.ENDED  # "Y was a unit of X until December 30, 1986"
        elif t.lemma_.lower() in L.FOUNDED and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "to")
                                                    for c in t.children):
            status = S.AGREED  # "a company to be formed by X", "X will be set up by Y": once it is
        elif _to_become(t) or to_come(t) is not None:
            # "X will become a subsidiary of Y", "X will be a subsidiary of Y": once the deal is done; "agreed
            # to begin talks ... to form a plan under which X would become a subsidiary of Y": only talked of
            talked = [x for v in t.ancestors for x in (v, *(c for c in v.children if c.dep_ == "dobj"))]
            status = S.IN_TALKS if any(x.lemma_.lower() in L.IN_TALKS or x.lower_ in L.IN_TALKS
                                       for x in talked) else S.AGREED
        sale = None
        named = {k for e in companies for k in range(e.i, e.j)}
        # the subsidiary itself changing hands, not "from X's Y subsidiary", nor "acquired X and its Y unit"
        for v in () if _listed_with_parent(sent, parent, child) else t.ancestors:
            if v.i in named and not (child.i <= v.i < child.j or parent.i <= v.i < parent.j):
                break  # nor "acquisition of the Z division of X's Y subsidiary": Z changes hands, Y stays X's
            # nor "to be purchased by X's Y unit": the unit buys, nothing of it changes hands
            if v.lower_ in ("from", "to", "in", "by", "through", "via") or v.lemma_.lower() in ("stake", "interest", "share") or \
                    v.lemma_.lower() in L.PARTS and v.i not in named and v.i < t.i and not _whole(v):
                break  # nor "a portion of the portfolio of Y, a subsidiary of X"
            if v.i not in named and v.i < t.i and _some_of(v):
                break  # nor "the sale of 57.5 pct of its Y business": X keeps the rest of Y
            if v.pos_ == "NOUN" and v.lemma_.lower() in _DEBT_PAPER and v.i < t.i:
                break  # nor "acquired 3,916,000 dlrs of ... debentures ... of its Y affiliate": Y's debt changes hands
            if v.lemma_.lower() in L.PARTS - L.PART_NAMES and v.i not in named and \
                    any(c.dep_ == "poss" and child.i <= c.i < child.j for c in v.children):
                break  # nor "purchased X's Y Inc's line of regional juice products": Y's goods change hands
            if v.lower_ in ("across", "under") and any(g.lemma_.lower() in _BRANDS for g in v.subtree):
                break  # "sold 129,197 printers across its MakerBot, Objet and Stratasys brands": goods are sold
            # "sales at its Bonanza unit rose": sales in the plural are its revenue, no sale of the unit
            if v.lemma_.lower() in _CHANGES_HANDS and v.i < t.i and v.lower_ != "sales":
                sale = v
                break
        if sale is not None:
            # "acquired Y, a subsidiary of X", "completed the sale of its subsidiary, Y": the parent's
            # stake is gone; "agreed to sell its Y subsidiary", "the proposed acquisition": the parent
            # holds it still, as the sentence says
            if sale.pos_ == "VERB" and sale.tag_ != "VBG":
                # "agreed to sell its Y unit" is still to come; "sold its Y unit to Z" (a preposition) is done
                # (a participle tells no time of its own: "is selling its Y unit" is under way, "ended up
                # spinning off its Y unit" done, as the words around it say)
                # ("acquired Y, a subsidiary of X, ..., subject to regulatory approvals": still to be done)
                done = sale.tag_ in ("VBD", "VBN") and not any(c.lower_ == "to" and c.dep_ == "aux"
                                                                for c in sale.children) and conditioned(sale) is None
            else:
                stated = trigger_status(sent, sale, R.ACQUISITION, sentence)
                done = stated is not None and stated[0] is S.ACTIVE or stated is None and _proceeds_taken(sale)
            if done:
                status = S.ENDED
            elif _a_part_of(sent, child):
                continue  # "agreed to acquire Cannon's Screen Entertainment film library": a part changes hands
        owned = _OWNED_PERCENT.search(sent[max(0, t.i - 4):t.i].text)
        attrs = {"percent": float(owned.group(1)) if "." in owned.group(1) else int(owned.group(1))} if owned else {}
        rtype = R.ACQUISITION if status is not S.ENDED and _taken_whole(sent, t) else R.STAKE
        for a in parent.names:
            for b in _named_after(child, parent, ctx):
                if a != b:
                    out.append(Mention(rtype, a, b, status, sentence, start, end, attributes=attrs,
                                       trigger=t.text, confidence=0.75))
    return out


def _named_after_kind(sent, of, at: dict[int, Ent]) -> Ent | None:
    """The company an "of" names by a kind noun and the name right after it, which the parse hangs elsewhere: "the
    domestic unit of machinery rental company Ramirent Oyj", "a subsidiary of recently privatised banking group Cie
    Financiere de Paribas" (the noun a kind of firm, ``parse._FIRM_NOUNS``, no name's own word)."""
    pobj = next((g for g in (of.children if of is not None else ()) if g.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in _FIRM_NOUNS or pobj.i in at:
        return None
    e = at.get(pobj.i + 1)
    return e if e is not None and e.i == pobj.i + 1 else None


def _named_after(child: Ent, parent: Ent, ctx: StoryContext) -> list[str]:
    """The subsidiary a description stands for: "Manufacturers Hanover Trust Co became the third bank to raise
    its rate, matching Citibank. The bank, the main subsidiary of Manufacturers Hanover Corp, said" is the firm
    the story named after its parent, not another bank it named."""
    if child.members or child.text.lower() in (n.lower() for n in child.names) or not child.text.lower().startswith("the "):
        return child.names
    stem = parent.name.lower().split()
    after = [n for n in ctx.recent if n.lower().split()[: len(stem)] == stem and len(n.split()) > len(stem)]
    return after[-1:] if after else child.names


def _proceeds_taken(sale) -> bool:
    """Whether a sale is told done by what it brought in, in a clause told in the past ("had realized 1.1
    billion dlrs from the sale of its Container Corp subsidiary", "were aided by a gain on the sale of"), not
    one still to come ("will have a gain on the sale of", "expects to use the proceeds from the sale of")."""
    if sale.dep_ != "pobj" or sale.head.lower_ not in ("from", "on"):
        return False
    chain = [sale.head.head]
    while chain[-1].pos_ not in ("VERB", "AUX") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    verb = chain[-1]
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBN") and verb.dep_ != "xcomp" and \
        any(x.lemma_.lower() in _PROCEEDS or x.lower_ in _PROCEEDS for x in chain) and \
        not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _AHEAD for c in verb.children)


def _controller(verb):
    """The subject of the verb an infinitive depends on, up its chain ("X agreed in principle to become",
    "X plans to seek to become"): whom the infinitive is said of, the parse giving it no subject of its own."""
    while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        verb = verb.head
        if any(c.dep_ == "dobj" for c in verb.children):
            return None  # "asked X to become": the object becomes it, not the one who asks
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _taken_whole(sent, t) -> bool:
    """Whether a company is yet to become another's wholly owned unit: "CTI will become a wholly owned subsidiary
    of Rabbit", "Strata to become a wholly-owned subsidiary of Lomak": the owner is to take all of it, an
    acquisition agreed (or talked of), where "X is a wholly owned unit of Y" and "in 2006, X became a wholly
    owned subsidiary of Y" tell the holding it has (as the Reuters and FIRE labels read them)."""
    return (_to_become(t) or to_come(t) is not None) and any(x.lower_.startswith("wholly") for x in sent[t.left_edge.i : t.i])


def _to_become(t) -> bool:
    """Whether a part noun is what a company is yet to become: "X will become a subsidiary of Y", once the
    deal is done."""
    return t.dep_ == "attr" and t.head.lemma_ == "become" and \
        any(c.dep_ == "aux" and c.lower_ in ("will", "would", "to") for c in t.head.children)


def _referred_subsidiaries(sent, companies: list[Ent], ctx: StoryContext, speaker: str | None,
                           spokesmen: dict[int, str] | None, sentence: str, start: int, end: int) -> list[Mention]:
    """"Piedra Inc reported a loss. The company is a unit of Marlow Corp", "It is a wholly owned subsidiary
    of X", "The company, a subsidiary of X, said ...": the subsidiary named only as "it" or "the company" is
    the story's company (``_referred_holder``: only where it is also the one named last)."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    out = []
    for t in sent:
        if t.lemma_.lower() not in L.UNIT_NOUNS or t.pos_ not in ("NOUN", "PROPN") or t.i in at:
            continue
        if not (t.dep_ == "attr" and t.head.lemma_ in ("be", "become", "remain") or t.dep_ == "appos"):
            continue
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        parent = _named_by(of, at) if of is not None else None
        if parent is None or any(c.dep_ == "poss" for c in t.children):
            continue  # "it is its unit": nobody named owns it
        child = _referred_holder(sent, t, companies, speaker, ctx, spokesmen)
        if child is None or child.name in parent.names:
            continue
        status = S.AGREED if _to_become(t) or to_come(t) is not None else S.ACTIVE
        owned = _OWNED_PERCENT.search(sent[max(0, t.i - 4):t.i].text)
        attrs = {"percent": float(owned.group(1)) if "." in owned.group(1) else int(owned.group(1))} if owned else {}
        out += [Mention(R.ACQUISITION if _taken_whole(sent, t) else R.STAKE, a, child.name, status, sentence, start, end,
                        attributes=attrs, trigger=t.text,
                        confidence=0.7) for a in parent.names]
    return out


def _referred_units(sent, firms: list[Ent], people: list[Ent], ctx: StoryContext, speaker: str | None, lead_told: bool,
                    sentence: str, start: int, end: int) -> list[Mention]:
    """"Operating profit at the company's Northwest Pipeline Corp unit fell", "It said its Ashland Petroleum Co
    unit ...", "Proceeds will be invested in the company's finance subsidiary, Oakwood Acceptance Corp": a unit the
    sentence names after "the company's" or "its", with no company named before the possessive, is the story's
    company's: the one it last had speak, where that is also the one its lead is about, or, none having spoken,
    the lead's company where the story's first line names it (``lead_told``). With a company named before, only
    the sentence's own sayer ("Norfolk Southern said the deal ... will be administered by the company's Pocahontas
    Land Corp unit"). Not in a quotation, not a rating agency's (the story's company is the one rated), nor after
    a name read as no company or person that acts ("U.S. Lines (S.A.) will transfer its South American Service":
    "its" is that name's). The unit and its status are read as for a named owner (``_subsidiaries``)."""
    if sent.text.lstrip()[:1] in "\"'“":
        return []
    named = {k for e in firms for k in range(e.i, e.j)}
    root = next((x for x in sent if x.dep_ == "ROOT"), None)
    sayer = next((e for e in firms for c in (root.children if root is not None else ())
                  if c.dep_ == "nsubj" and e.i <= c.i < e.j), None) \
        if root is not None and root.lemma_.lower() in _SAYS else None
    told = speaker if speaker is not None and speaker == ctx.lead else ctx.lead if speaker is None and lead_told else None
    if told is not None and told in ctx.raters:
        told = None
    spans = {k for e in [*firms, *people] for k in range(e.i, e.j)}
    out = []
    for c in sent:
        if c.dep_ != "poss" or c.i in named or not _story_possessive(c):
            continue
        # "Ranco produces control devices. Its Teccor unit makes semiconductors": "its" is the company the sentence right
        # before named alone as its subject; "the company's" only where that is the story's (lead's) company
        story = ctx.before if ctx.before is not None and (c.lower_ == "its" or ctx.before == ctx.lead) and \
            ctx.before not in ctx.raters else told
        before = [e for e in firms if e.i < c.i]
        phrase = {x.i for x in c.head.subtree}
        if any(x.dep_ in ("nsubj", "nsubjpass") and x.pos_ == "PROPN" and x.i not in spans for x in sent[: c.i]):
            continue
        if before:
            if sayer is None or sayer.members or sayer.name in ctx.raters or \
                    any(e is not sayer and set(e.names) != set(sayer.names) for e in before):
                continue
            if c.lower_ == "its" and any(x.pos_ == "PROPN" and x.i not in named for x in sent[sayer.j : c.i]):
                # "Tandon Corp said Sears Roebuck, through its Sears Business Centers, ...": the name's, even one
                # read as a person's ("its" is never a person's)
                continue
            owner = sayer.name
        elif story is None or any(story in e.names and e.i in phrase for e in firms):
            continue  # "Its unit, Acme Corp, ...": the story's company named as the unit is no owner told before
        else:
            owner = story
        ref = Ent(EntityKind.COMPANY, owner, c.text, c.i, c.i + 1)
        found = _subsidiaries(sent, sorted([*firms, ref], key=lambda e: e.i), ctx, sentence, start, end)
        units = {n for e in firms if e.i > c.i and not e.members and _written_as_name(e.text) and
                 not _qualifies_a_thing(sent, e) for n in e.names}
        out += [m for m in found if m.source == owner and m.target in units and not _one_firm(owner, m.target)]
    return out


#: Verbs whose subject takes in what the sentence names after them: "X agreed to buy subsidiary Y of Z" makes X no
#: owner of Y yet.
_TAKES_IN = L.BUYS | {"take", "merge", "absorb"}


#: The unit nouns a name may carry as a title, its owner left unwritten: not "affiliate", which without its owner
#: may be a company under common control only ("Southmark Corp and affiliate Pratt Hotels Corp").
_TITLE_UNITS = L.OWNED - {"affiliate"}


def _changes_hands(t) -> bool:
    """Whether a unit noun is what a sale or purchase above it trades, not a share in it or the other side
    ("the sale of unit Stafford Foods", not "sells 30% in subsidiary Unicommerce to Softbank")."""
    for v in t.ancestors:
        if v.lower_ in ("from", "to", "in", "by", "through", "via") or v.lemma_.lower() in ("stake", "interest", "share"):
            return False
        if v.lemma_.lower() in _CHANGES_HANDS:
            return True
    return False


def _only_places(span) -> bool:
    """Whether the proper nouns of a span are places' names or a people's ("Hong Kong", "Californian") alone, no
    owner's ("SMC Hong Kong", "Ariadne group")."""
    run: list[str] = []
    for x in [*span, None]:
        if x is not None and x.pos_ == "PROPN" and x.ent_type_ != "NORP":
            run.append(x.lower_)
            continue
        if run and " ".join(run) not in places():
            return False
        run = []
    return True


def _bare_units(sent, firms: list[Ent], ctx: StoryContext, lead_told: bool, sentence: str, start: int,
                end: int) -> list[Mention]:
    """A unit noun set before a name with no owner written before it, as a title ("Markel Financial said
    subsidiary Morden and Helwig Group filed", "... while Californian subsidiary Union Bank showed continued growth"):
    the unit is the company's that is the subject of a verb the noun hangs under (not one that buys it), else, the
    sentence naming no other company before it, the story's (lead's) company where the story's first line names it.
    Not a unit changing hands ("the sale of unit Stafford Foods"): the sale's rules read that."""
    if sent.text.lstrip()[:1] in "\"'“":
        return []
    at = {k: e for e in firms for k in range(e.i, e.j)}
    starting = {e.i: e for e in firms}
    out = []
    for t in sent:
        if t.lemma_.lower() not in _TITLE_UNITS or t.pos_ != "NOUN" or t.i in at:
            continue
        after = t.i + 1
        while after < len(sent) and (sent[after].is_space or sent[after].text == "<"):
            after += 1
        child = starting.get(after)
        if child is None or child.members:
            continue
        first = t.left_edge.i if t.left_edge.i < t.i else t.i
        mods = sent[first : t.i]
        # "its Y unit", "the X unit Y", "Acme unit Y", "Ariadne group unit Y": an owner or a determiner written, read
        # elsewhere; only words of kind, place, trade or share before the noun
        if any(c.dep_ in ("det", "poss") for c in t.children) or \
                any(x.dep_ in ("det", "poss") or x.i in at or x.lower_ in ("'s", "’s", "'") or x.lower_ in L.FORMER
                    for x in mods) or not _only_places(mods):
            continue
        k = _before_blank(sent, first)
        place = k
        while place > 0 and sent[place - 1].pos_ in ("ADJ", "PROPN") and sent[place - 1].ent_type_ in ("GPE", "NORP"):
            place -= 1
        if place < k and _only_places(sent[place:k]):
            k = place  # "the Canadian subsidiary", "Hong Kong unit": past the place to what is written before it
        if k > 0 and (sent[k - 1].i in at or sent[k - 1].lower_ in ("'s", "’s", "'", "of") or
                      sent[k - 1].dep_ in ("det", "poss") or sent[k - 1].pos_ == "PROPN"):
            continue  # "Hunt Research Corp and its affiliate ICAS Corp": its owner is written
        if any(x.like_num for x in sent[child.i : min(child.j + 1, len(sent))]):
            continue  # "Companion unit Chesterfield 8": a generating unit, numbered, no company
        if _changes_hands(t):
            continue
        unit = {x.i for x in t.subtree} | set(range(child.i, child.j))
        owner, below = None, t
        for v in t.ancestors:
            # "X have settled ..., but talks regarding subsidiary Y are continuing": a clause joined to another,
            # with a subject of its own, is not said of that one's subject
            joined = below.dep_ == "conj" and any(c.dep_ == "nsubj" for c in below.children)
            below = v
            if v.pos_ not in ("VERB", "AUX") or joined:
                continue
            subject = next((c for c in v.children if c.dep_ == "nsubj" and c.i not in unit), None)
            named = _ent_in(subject, at) if subject is not None else None
            if named is not None:
                owner = None if v.lemma_.lower() in _TAKES_IN else named
                break
        if owner is None and any(v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in _TAKES_IN for v in t.ancestors):
            continue
        # (not "the debt of the parent and units UT Credit Corp": the noun the unit's is joined to names its owner)
        if owner is None and not any(e.i < t.i and e is not child for e in firms) and lead_told and \
                ctx.lead is not None and ctx.lead not in ctx.raters and not (t.dep_ == "conj" and t.head.pos_ == "NOUN"):
            owner = Ent(EntityKind.COMPANY, ctx.lead, ctx.lead, t.i, t.i)
        if owner is None or owner is child or owner.members or set(owner.names) & set(child.names):
            continue
        units = [child]
        if t.tag_ == "NNS":
            # "subsidiaries Westar Timber and Westar Petroleum": each name of the list after the plural noun
            last = child
            for e in sorted((e for e in firms if e.i > child.i), key=lambda e: e.i):
                between = " ".join(_LEFT_OUT.sub("", sent[last.j : e.i].text).replace(",", " , ").split())
                if between not in (",", "and", ", and", "&"):
                    break
                units.append(e)
                if "and" in between or "&" in between:
                    break
                last = e
        out += [Mention(R.STAKE, a, u.name, S.ACTIVE, sentence, start, end, trigger=t.text, confidence=0.7)
                for u in units if not u.members and not _one_firm(owner.name, u.name) for a in owner.names]
    return out


#: Words a firm's name may write in lower case: "Smith and Wesson", "Banca del Lavoro".
_NAME_LINKS = {"and", "of", "the", "de", "del", "der", "des", "du", "di", "la", "le", "et", "und", "&", "for"}


def _written_as_name(text: str) -> bool:
    """Whether a unit's words are written as a name's, each capitalised but its links ("its Smith and Wesson
    unit"), not a thing's ("its patented UV waterworks unit": a device)."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_LINKS for w in text.split())


def _qualifies_a_thing(sent, e: Ent) -> bool:
    """Whether a name with no legal form only qualifies a thing written in lower case after it ("its patented UV
    waterworks unit"), where a unit's name stands alone before its noun ("its Murray Printing Co unit", "its Spitz
    Inc simulation products subsidiary")."""
    nxt = sent[e.j] if e.j < len(sent) else None
    return nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lemma_.lower() not in L.UNIT_NOUNS and \
        not any(w.lower().strip(".,<>") in LEGAL_FORMS for w in e.text.split())


def _story_possessive(c) -> bool:
    """"its" or "the company's" (``lexicon.STORY_REFERENCES``: nothing but "the" before the noun)."""
    if c.lower_ == "its":
        return True
    return c.lemma_.lower() in L.STORY_REFERENCES and c.tag_ == "NN" and \
        [d.lower_ for d in c.children if d.dep_ != "case"] == ["the"]


def _one_firm(a: str, b: str) -> bool:
    """Whether two names may be one firm's, one the start of the other ("Columbia Gas", "Columbia Gas System")."""
    a, b = a.lower(), b.lower()
    return a.startswith(b) or b.startswith(a)


def _whole(noun) -> bool:
    """Whether a part noun is all a unit has: "sold the assets of its Equipment Division", "the assets and business
    of its X unit" (not "some assets", "a portion of", "two plants of")."""
    return noun.lemma_.lower() in ("asset", "business", "operation") and noun.tag_ in ("NNS", "NN") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
        not any(c.dep_ in ("nummod", "amod") for c in noun.children)


def _some_of(noun) -> bool:
    """Whether a percentage says a share of what follows it changes hands: "the sale of 57.5 pct of its Y business"
    (not "the 51 pct of its C and W Group subsidiary that it had retained": a block named with "the" is one held
    whole)."""
    return noun.lower_ in ("pct", "percent", "%") and not any(c.dep_ == "det" for c in noun.children) and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _a_part_of(sent, e: Ent) -> bool:
    """Whether the name only qualifies a part of its company: "Cannon's Screen Entertainment film library"."""
    root = _root(sent, e)
    return root.dep_ == "compound" and root.head.lemma_.lower() in L.PARTS - L.PART_NAMES


def _units_sold(sent, deals: list[Mention], companies: list[Ent], sentence: str, start: int,
                end: int) -> list[Mention]:
    """"completed its acquisition of X's Y unit", "acquired Y, a unit of X": the buyer takes Y and
    the parent X sells it (X → Y); the buyer takes over Y, not X. The deals less the parent's
    takeover, with the parent's divestments added. But "acquire X Inc and its Y subsidiary" buys X, whose Y
    stays: the deals less the takeover of Y."""
    deals = _owner_of_named_units(sent, deals, companies)
    parent_of: dict[str, Ent] = {}
    along: set[str] = set()
    parents = list(_parents(sent, companies))
    for t, parent, child in parents:
        if _a_part_of(sent, child) or any(c in p for c in child.names for p in parent.names):
            continue  # "Cannon's Screen Entertainment film library" sells a library; "Bond's Delivery Service" is one name
        if _listed_with_parent(sent, parent, child):
            along.update(child.names)
            continue
        for name in child.names:
            parent_of.setdefault(name, parent)
    if along:
        bought = {(m.source, m.target) for m in deals if m.type is R.ACQUISITION}
        deals = [m for m in deals if not (m.type is R.ACQUISITION and m.target in along and
                                          any((m.source, p.names[0]) in bought for _, p, c in parents
                                              if m.target in c.names))]
    if not parent_of:
        return deals
    bought = {(m.source, m.target) for m in deals if m.type is R.ACQUISITION}
    out, sold = [], set()
    for m in deals:
        if m.type is R.ACQUISITION and any(
                (m.source, child) in bought and m.target in parent.names for child, parent in parent_of.items()):
            continue  # "acquisition of X's Y unit": Y is taken over, not X
        out.append(m)
        parent = parent_of.get(m.target)
        if m.type is not R.ACQUISITION or parent is None or m.source in parent.names:
            continue
        for name in parent.names:
            if (name, m.target) not in sold and name != m.target:
                sold.add((name, m.target))
                out.append(Mention(R.DIVESTMENT, name, m.target, m.status, sentence, start, end,
                                   attributes={k: v for k, v in m.attributes.items() if k in ("amount", "currency")},
                                   trigger=m.trigger, cues=m.cues, confidence=m.confidence))
    return out


def _owner_of_named_units(sent, deals: list[Mention], companies: list[Ent]) -> list[Mention]:
    """"will acquire the household product activities of the Lyons-based <Rhodic> and Remalard-based
    <Buhler-Fontaine> units of Rhone Poulenc": the units named before "units of X" are what the buyer takes,
    X only their owner; the deals less the buyer's takeover of X."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    bought = {(m.source, m.target) for m in deals if m.type is R.ACQUISITION}
    drop = set()
    for e in companies:
        root = _root(sent, e)
        if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lemma_.lower() not in _PARTS:
            continue
        part = root.head.head
        named = {n for k in range(part.left_edge.i, part.i) if k in at and at[k] is not e for n in at[k].names}
        for source, target in bought:
            if target in e.names and any((source, n) in bought for n in named):
                drop.add((source, target))
    return [m for m in deals if not (m.type is R.ACQUISITION and (m.source, m.target) in drop)]


def _listed_with_parent(sent, parent: Ent, child: Ent) -> bool:
    """Whether a subsidiary is listed after its parent, the two one object: "acquire X Inc and its Y
    subsidiary", "X and its subsidiary, Y": what is done to the parent is done to it with it, and it stays
    the parent's."""
    unit = _root(sent, child)
    unit = unit.head if unit.dep_ in ("compound", "appos") and unit.head.lemma_.lower() in L.OWNED else unit
    if _UNITS_INCLUDING.match(_text_between(sent, parent, child)):
        return True  # "acquired People Express Inc and its units, including Bar Harbor Air Line and Provincetown"
    return unit.dep_ == "conj" and unit.head == _root(sent, parent) and \
        any(c.dep_ == "poss" and c.lower_ == "its" for c in unit.children)  # not "Johnson and Johnson's Y unit"


def _a_named_unit(sent, e: Ent) -> bool:
    """Whether an apposition names the company a unit of another: "Bogen, a division of Lear Siegler"."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in _PARTS | L.OWNED and
               any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in _root(sent, e).children)


#: What says the units bought are a partnership's traded paper, no business units: "all outstanding units of X",
#: "the common units of X", "depositary units".
_TRADED_UNITS = {"outstanding", "common", "depositary", "depository"}


def _part_of(sent, t, o: Ent, at: dict[int, Ent]) -> bool:
    """Whether the company is only the owner of what the trigger buys: "X's unit", "the unit of X"; not of
    a part named ("the Sperry Marine Systems division of Unisys": Unisys sells that unit, read apart)."""
    root = _root(sent, o)
    if root.dep_ == "poss":
        part = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        part = root.head.head
    else:
        return False
    if any(c.dep_ in ("compound", "nmod") and c.i in at and at[c.i] is not o for c in part.children):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _TRADED_UNITS for c in part.children):
        return False  # "its offer for all outstanding units of Benequity Holdings": a partnership's paper, bought whole
    if _whole(part) and _a_named_unit(sent, o):
        return False  # "the operations of Bogen, a division of Lear Siegler": a unit bought whole, its owner sells
    # the thing bought itself: "buy X's unit", "acquisition of the unit of X", and through the words of a
    # phrase the parse breaks ("acquired the metal can making operations of X", "can making" read as a verb)
    way = []
    x = part
    while x.head.i != x.i and x.head.i != t.i and len(way) < 4:
        x = x.head
        way.append(x)
    bought = x.head.i == t.i and all(t.i < w.i < part.i and w.i not in at and (
        w.dep_ in ("dobj", "pobj", "prep", "compound", "amod") or w.tag_ == "VBG" and w.i == part.i - 1) for w in way)
    return part.lower_ in _PARTS and part.i > t.i and bought


def _stake_traded(t, at: dict[int, Ent]) -> bool:
    """Whether what the trigger sells is a stake or shares in a company it names ("sold its stake in Y",
    "the sale of its Y shares"), not a part or a company, whatever else the sentence pays in shares. Not
    "sold its railroad interests to Z": a stake in nothing named, and Z the buyer."""
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    objects = [c for c in t.children if c.dep_ == "dobj"]
    objects += [c for c in (of.children if of is not None else ()) if c.dep_ == "pobj"]
    return any(o.lemma_.lower() in ("stake", "share", "interest", "holding", "shareholding") and
               any(g.i in at for g in o.subtree) for o in objects)


def _shares_sold(t, at: dict[int, Ent], asset: str):
    """The shares of ``asset`` a sale's verb sells by their count, if any: "sold 110,000 Cyclops common shares",
    "sold 500,000 shares of Cyclops", "sold 9,534,633 of its Imperial shares" (not a buyer's name the parse hangs
    on them, "its 1,500,000 Fishers shares, a 44 pct interest, to a group of X and Y"). Not a sale in quotes,
    told as no real one ("Jefferies "sold" Seemala 185,500 shares of X")."""
    if 0 < t.i < len(t.doc) - 1 and t.nbor(-1).text in ('"', "``", "'") and t.nbor(1).text in ('"', "''", "'"):
        return None
    for o in (c for c in t.children if c.dep_ == "dobj"):
        shares = o if o.lemma_.lower() == "share" else _of_object(o) if o.like_num else None
        if shares is None or shares.lemma_.lower() != "share" or not any(x.like_num for x in o.subtree if x.i <= o.i):
            continue
        whose = [x for c in shares.lefts for x in c.subtree]
        # "four mln common shares and one mln warrants of Poco": the issuer after the last of the papers sold
        whose += [x for p in (shares, *shares.conjuncts) for c in p.children if c.dep_ == "prep" and
                  c.lower_ in ("of", "in") for x in c.subtree]
        if any(x.i in at and asset in at[x.i].names for x in whose):
            return o
    return None


def _rest_holders(span, at: dict[int, Ent], buyer: str) -> list[str] | None:
    """Who a bid's "not held by" names as holding the rest, where that is not the buyer: "its offer for the
    Viacom shares not held by National Amusements" (its parent), "to acquire the Caesars World shares not owned
    by its owner, Martin T. Sosnoff" (a man: no company's holding); None where it is the buyer or no one is
    named ("not held by BP" of BP's offer, "does not already own")."""
    for y in span:
        if y.lemma_.lower() not in ("own", "hold") or not any(c.dep_ == "neg" for c in y.children):
            continue
        for g in (g for c in y.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
            if g.pos_ == "PRON" or g.i in at and buyer in at[g.i].names:
                return None
            return list(at[g.i].names) if g.i in at else []
    return None


def _all_its(shares) -> bool:
    """Whether the shares a sale sells (``_shares_sold``) are all the seller holds, counted: "sold its 10.1 mln
    Borg-Warner shares", "sold the entire 243,400 shares" (not "sold 9,534,633 of its Imperial shares")."""
    return shares.lemma_.lower() == "share" and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") or c.lower_ in ("entire", "all") for c in shares.children)


def _sale_side_effects(sent, t, rtype, seller, asset, status, sentence, start, end, companies,
                       cues: list[str] = ()) -> list[Mention]:
    """A sale says more than who sold: "X sold its stake in Y (to Z)" ends X's stake (or cuts it)
    and gives Z one; "X bought Y from Z" is Z's divestment; "X bid for the 45 pct of Y it does not
    already own" says X holds the rest."""
    out = []
    lemma = t.lemma_.lower()
    lower = sentence.lower()
    deal = t.head if t.dep_ == "compound" else t
    at = {k: e for e in companies for k in range(e.i, e.j)}
    if rtype is R.ACQUISITION and L.HELD_ALREADY.search(sent[t.i : deal.right_edge.i + 1].text):
        # "to buy the 45 pct of X it does not already own": the buyer holds the rest, bid or not (not "the
        # acquisition of X and ... the purchase of the remaining 50 pct stake of Y": the rest of another)
        holders = _rest_holders(sent[t.i : deal.right_edge.i + 1], at, seller)
        out += [Mention(R.STAKE, name, asset, S.ACTIVE, sentence, start, end, trigger=t.text, confidence=0.6)
                for name in (holders if holders is not None else [seller])]
    if rtype in (R.ACQUISITION, R.STAKE):
        # "an offer for the 24 pct of Y held by Z": Z holds what is sought, whoever bids for it, until it is bought
        for holder in _holders_named(deal, asset, at):
            if asset not in holder.names and seller not in holder.names:
                out += [Mention(R.STAKE, name, asset, S.ENDED if status is S.ACTIVE else S.ACTIVE, sentence, start, end,
                                trigger=t.text, confidence=0.6) for name in holder.names]
    party = _dealt_with(t, at) if rtype is R.STAKE and t.head.lemma_.lower() in L.BUYS else None
    if party is not None and seller not in party.names and asset not in party.names:
        # "talking with Salzgitter on buying its 24.98 pct stake in Y": the party dealt with holds what is
        # bought, until the purchase is done
        held = _percent_held(sent, t, sentence, asset)
        out += [Mention(R.STAKE, name, asset, S.ENDED if status is S.ACTIVE else S.ACTIVE, sentence, start, end,
                        attributes=held, trigger=t.text, confidence=0.55) for name in party.names]
    done = status is S.ACTIVE or told_done(sent, t, rtype, status, list(cues))
    if rtype is R.DIVESTMENT and done and _stake_traded(t, at):
        # a sale done ends the seller's stake, or (part sold) leaves the level it states; one that sources
        # tell of as done ("sold the four mln shares it held in Y, Wall Street sources said") ends it too
        shares = _shares_sold(t, at, asset)
        if not _PARTIAL.search(lower) or shares is not None and _all_its(shares):
            out.append(Mention(R.STAKE, seller, asset, S.ENDED, sentence, start, end, trigger=t.text,
                               cues=[] if status is S.ACTIVE else list(cues), confidence=0.6))
        elif re.search(TO_LEVEL + r"\d+(?:\.\d+)?\s*(?:percent|per cent|pct|%)", lower):
            attrs = {**_attributes(sent, t, R.STAKE, sentence, asset), "change": "decrease"}
            out.append(Mention(R.STAKE, seller, asset, S.ACTIVE, sentence, start, end, attributes=attrs,
                               trigger=t.text, confidence=0.6))
        elif status is S.ACTIVE and (shares is not None or _PART_SOLD.search(lower)):
            # "Harris said it sold 68,000 Bell common shares", "sold a 24.9 pct stake in Y": a holder that sold
            # part of its shares holds less of Y, not a business of its own sold; the level left, the sentence
            # does not say
            out.append(Mention(R.STAKE, seller, asset, S.ACTIVE, sentence, start, end,
                               attributes={"change": "decrease"}, trigger=t.text, confidence=0.6))
    bought = rtype is R.STAKE and (lemma in L.BUYS or t.head.lemma_.lower() in L.BUYS)
    # "an offer from X" names the bidder, never a seller
    bid_from = rtype is R.ACQUISITION and (lemma in L.BID_NOUNS or t.dep_ == "compound" and
                                           t.head.lemma_.lower() in L.BID_NOUNS)
    if (lemma in L.SELLS or rtype is R.ACQUISITION or bought) and not bid_from:
        prep = "to" if rtype is R.DIVESTMENT else "from"
        for e in _other_sides(sent, t, prep, at, asset, companies):
            for name in e.names:
                if name in (seller, asset):
                    continue
                if rtype is R.DIVESTMENT:
                    # "to sell 13 pct of Shearson to Nippon Life": a part, a stake
                    kind = R.STAKE if re.search(r"\b(?:stake|shares|interest|holding|pct|percent)\b|%", lower) \
                        else R.ACQUISITION
                    # the other side shares the sale's status and the words that said it ("terminated")
                    out.append(Mention(kind, name, asset, status, sentence, start, end, trigger=t.text,
                                       cues=list(cues), confidence=0.6))
                else:
                    out.append(Mention(R.DIVESTMENT, name, asset, status, sentence, start, end,
                                       trigger=t.text, cues=list(cues), confidence=0.6))
    if rtype is R.INVESTMENT and lemma in L.BUYS and _new_shares_of(t, at, asset):
        # "bought two mln dlrs of newly-issued shares in Imatron" (``_what_is_bought``): new money put in, and
        # shares of the company held, a stake
        held = _percent_held(sent, t, sentence, asset)
        out.append(Mention(R.STAKE, seller, asset, status, sentence, start, end, attributes=held, trigger=t.text,
                           cues=list(cues), confidence=0.6))
    owner = _unit_owner(t, at, asset) if rtype is R.STAKE and status is not S.ENDED and \
        not any(m.type is R.DIVESTMENT for m in out) else None
    if owner is not None and seller not in owner.names:
        # "News International's acquisition of a 50 pct stake in the Telegraph's Trafford Park Printing Ltd
        # subsidiary", "negotiating with B and C for a 15-pct stake in the latter's regional airline Air U.K.": a
        # stake taken in a unit named as its owner's is a part of it the owner sells
        held = _percent_held(sent, t, sentence, asset)
        out += [Mention(R.DIVESTMENT, name, asset, status, sentence, start, end, attributes=held, trigger=t.text,
                        cues=list(cues), confidence=0.6) for name in owner.names]
    if (rtype is R.ACQUISITION or bought) and not bid_from and not any(m.type is R.DIVESTMENT for m in out):
        # "reached agreement with Cronus Industries to acquire South Western Engineering": the other side of
        # an agreement to buy a company sells it
        side = _agreed_with(sent, t, at)
        if side is not None and seller not in side.names and asset not in side.names:
            out += [Mention(R.DIVESTMENT, name, asset, status, sentence, start, end, trigger=t.text,
                            cues=list(cues), confidence=0.6) for name in side.names]
    return out


def _percent_held(sent, t, sentence: str, asset: str) -> dict:
    """Of a stake's attributes the sentence gives at a trigger, the percentage alone: what a holder keeps or
    passes on, without the change or price the trigger's own deal carries."""
    return {k: v for k, v in _attributes(sent, t, R.STAKE, sentence, asset).items() if k == "percent"}


def _new_shares_of(t, at: dict[int, Ent], asset: str) -> bool:
    """Whether a verb buys new shares its own words say are the asset's: "to purchase 500,000 new shares of American
    Savings", "bought two mln dlrs of newly-issued shares in Imatron" (the parse may hang the "in" from the verb);
    not "to buy 15 to 20 mln new common shares at 20 cts each in association with Polo Energy" (no issuer named)."""
    bought = next((c for c in t.children if c.dep_ == "dobj"), None)
    shares = bought if bought is None or bought.lemma_.lower() in ("share", "stock") else _of_object(bought)
    into = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return shares is not None and shares.lemma_.lower() in ("share", "stock") and \
        any(c.lower_ in L.NEW_SHARES for c in shares.subtree if c.i < shares.i) and \
        any(x.i in at and asset in at[x.i].names for x in (*shares.subtree, *into))


#: The words a stake noun is bought or sought by, itself or through its "of" or "for": "to take a stake", "the
#: acquisition of a stake", "talks for a stake".
_STAKE_SOUGHT = frozenset(L.BUYS | {"take", "acquisition", "purchase", "talk", "negotiate", "negotiation"})


#: Words of a unit's phrase that make its owner's name no seller: "X's holding company" (its parent), "X's 71.1
#: pct held unit" (a part held).
_PART_HELD = frozenset({"holding", "pct", "percent", "%"})


def _unit_owner(t, at: dict[int, Ent], asset: str) -> Ent | None:
    """The company a stake bought or sought names as the owner of the company it is "in", set before it with
    "'s": "a 50 pct stake in the Telegraph's Trafford Park Printing Ltd subsidiary". Not an owner the words
    make the company's holder instead ("a stake in Fichtel und Sachs's holding company, Sachs AG"), nor one they
    say holds only part of it ("a substantial stake in Yeo's 71.1 pct held unit": others may sell, or the unit)."""
    if t.lemma_.lower() not in L.STAKE_NOUNS or any(c.dep_ == "poss" for c in t.children):
        return None
    deal = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("of", "for") else t.head
    if t.dep_ not in ("dobj", "pobj") or deal.lemma_.lower() not in _STAKE_SOUGHT:
        return None
    held = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj"), None)
    if held is None or not any(x.i in at and asset in at[x.i].names for x in held.subtree) or \
            any(x.lemma_.lower() in L.OWNER_NOUNS or x.lower_ in _PART_HELD for x in held.subtree):
        return None
    owner = next((_ent_in(c, at) for c in held.children if c.dep_ == "poss"), None)
    return owner if owner is not None and asset not in owner.names and not owner.members else None


def _dealt_with(t, at: dict[int, Ent]) -> Ent | None:
    """The company a buyer deals "with" for the stake "its" names, if any: "is talking with Salzgitter on buying
    its 24.98 pct stake", "agreed with X to purchase its interest" (a buyer buys no stake of its own)."""
    if t.dep_ != "dobj" or t.lemma_.lower() not in L.STAKE_NOUNS or \
            not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
        return None
    return next((e for v in list(t.head.ancestors)[:4] for c in v.children
                 if c.dep_ == "prep" and c.lower_ == "with" and c.i < t.i and (e := _named_by(c, at)) is not None), None)


def _agreed_with(sent, t, at: dict[int, Ent]) -> Ent | None:
    """The company an agreement to buy is made "with": "reached agreement with X to acquire Y", "signed a letter
    of intent with X to buy 50 pct of Y", "agreed with X to buy Y". Not an agreement of a kind that sells no
    company ("an underwriting agreement with X to acquire shares"), nor one to buy together ("agreed with X to
    jointly acquire Y", "in concert with X": X buys too)."""
    if t.pos_ != "VERB" or t.dep_ not in ("acl", "advcl", "xcomp") or \
            any(x.lower_ in ("jointly", "together", "concert") for x in sent):
        return None
    head = t.head
    verbs = (head,) if head.pos_ in ("VERB", "AUX") else (head.head,)
    nouns = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "prep")]
    nouns = [head, *(g for c in nouns for g in (c, *c.children) if g.dep_ in ("dobj", "pobj"))]
    agreements = [n for n in nouns if n.lemma_.lower() in _AGREEMENTS]
    if not agreements and not any(v.lemma_.lower() == "agree" for v in verbs):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod") and
           (c.lemma_.lower() in L.NO_TIE_AGREEMENTS or c.lower_.startswith("underwrit"))
           for n in agreements for c in n.children):
        return None
    for h in (*verbs, *agreements):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "with" and c.i < t.i:
                side = _named_by(c, at)
                if side is not None and not side.members:
                    return side
    return None


#: Nouns of an agreement one side makes "with" the other: the deal documents, and "agreed in principle with X to
#: acquire Y".
_AGREEMENTS = frozenset(L.DEAL_DOCUMENTS | {"principle"})


def _holders_named(deal, asset: str, at: dict[int, Ent]) -> list[Ent]:
    """The companies a deal's own words say hold the part of the asset it is for: "the 24 pct of Y held by Z",
    "the 50 pct interest of Y held by Z"; not "those not already owned by Z" (Z is the buyer, holding the rest),
    nor "video centers owned by Z" or "those interests held by Z" (no part of the asset)."""
    out = []
    for v in deal.subtree:
        if v.tag_ != "VBN" or v.dep_ not in ("acl", "relcl") or v.lemma_.lower() not in ("hold", "own") or \
                any(c.dep_ == "neg" for c in v.children):
            continue
        part = v.head.head.head if v.head.i in at and v.head.dep_ == "pobj" and v.head.head.lower_ == "of" else v.head
        if part.lemma_.lower() not in L.STAKE_NOUNS | {"pct", "percent", "%", "share", "stock"} or \
                not any(g.i in at and asset in at[g.i].names for g in part.subtree if g.i < v.i):
            continue  # the parse may hang "held by Z" from Y in "the 24 pct of Y held by Z"
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        holder = _named_by(agent, at) if agent is not None else None
        if holder is not None and not holder.members:
            out.append(holder)
    return out


def _other_sides(sent, t, prep: str, at: dict[int, Ent], asset: str, companies: list[Ent]) -> list[Ent]:
    """The companies a sale's "to" (a purchase's "from") names after the trigger: the buyers (sellers). Where
    it names several, each goes with what is named right before it ("sold its X unit to A and its Y unit
    to B": A bought X, not Y), and none with a company that is itself one of them."""
    sides: list[tuple[object, Ent]] = []
    for p in sent[t.i + 1 :]:
        if p.lower_ != prep or p.dep_ not in ("prep", "dative") or p.head.lemma_.lower() == "go" or \
                _in_clause_below(p, t):
            continue  # (not "for 313 mln dlrs, 70 pct of which would go to X": the proceeds' share X gets)
        # "from Hanson Trust's SCM Corp subsidiary": the party is SCM, not its owner
        pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.i not in at and NOUNS.get(pobj.lemma_.lower()) in (R.ACQUISITION, R.DIVESTMENT):
            continue  # "subject to its receipt of 110 mln dlrs from the sale of its X unit": a deal, X no party to it
        # (not "to a new concern formed by Key's management": managers buy, not their company)
        e = (_ent_in(pobj, at) if pobj is not None else None) or \
            next((at[g.i] for g in p.subtree if g.i in at and not _of_people(sent, at[g.i], at)), None)
        if e is None and pobj is None and p.i + 1 in at and at[p.i + 1].i == p.i + 1:
            e = at[p.i + 1]  # "to Banner Industries Inc. Terms were withheld": a parse that left "to" bare
        if e is not None:
            sides.append((p, e))
    if len({e.i for _, e in sides}) >= 2:
        if any(asset in e.names for _, e in sides):
            return []  # "sold its unit to A and its plant to B": what A bought is no company named
        where = next((e.j for e in companies if asset in e.names and e.i > t.i), None)
        sides = [(p, e) for p, e in sides if where is not None and p.i >= where][:1]
    # and the companies joined to each by "and", but not one with a "to" of its own ("to A and Y to B": Y is sold)
    return [x for _, e in sides for x in _joint_parties(sent, e, companies)
            if x is e or _token_after(sent, x) is None or _token_after(sent, x).lower_ != prep]


def _under_another_deal(p, t) -> bool:
    """Whether a word hangs, below the trigger, from the noun of another purchase or sale: "the acquisition of X
    from Y" under "takes over" tells that acquisition's seller."""
    for x in p.ancestors:
        if x.i == t.i:
            return False
        if x.pos_ == "NOUN" and NOUNS.get(x.lemma_.lower()) in (R.ACQUISITION, R.DIVESTMENT):
            return True
    return False


def _in_clause_below(p, t) -> bool:
    """Whether a preposition hangs in an adverbial clause with a subject of its own under the trigger: "to divest
    Encor ... since sale proceeds would go to pay down Dome's debt to Commerce Bank" (the bank is owed, it buys
    nothing). Not a relative clause, which the parse may hang a sale's own "to" on ("the sale of the 51 pct of
    its C and W Group subsidiary that it had retained to N W Ayer Inc")."""
    for x in p.ancestors:
        if x.i == t.i:
            return False
        if x.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children) and t in x.ancestors:
            return True
    return False


def _token_after(sent, e: Ent):
    """The word after a company's name, past the blanks where wire copy's marks were."""
    k = e.j
    while k < len(sent) and sent[k].is_space:
        k += 1
    return sent[k] if k < len(sent) else None


def _joint_parties(sent, e: Ent | None, companies: list[Ent]) -> list[Ent]:
    """The company after a sale's "to" or "from" and those joined to it by "and": "sold Neo-Tech to Seismic
    Holdings Inc and Energy Holdings Inc" has two buyers. Not a name after a bare comma, which is as often the
    sentence's speaker ("to Z, Y said") as another party."""
    if e is None:
        return []
    # nor those who tell of the sale: "to Z, Y Corp and W Corp said"; nor the members or owners a description of
    # the party names: "from CEMAR, a consortium of Acme and Bolt"
    speakers = _closing_speakers(sent, companies)
    return [x for x in _conjoined(e, companies, sent)
            if x is e or re.search(r"\band\b|&", sent[e.j : x.i].text.lower()) and not any(x is y for y in speakers)
            and not any(g.dep_ == "appos" and g.lemma_.lower() in L.OWNED | L.GROUPS for g in _root(sent, x).ancestors)]


#: The nouns a sale names the units it sold by before a later sentence names them (``lexicon.UNIT_NOUNS``, and): "three
#: overseas subsidiaries", "its U.K. marketing companies".
_UNITS_SOLD = L.UNIT_NOUNS | {"company", "business"}
#: How many sentences after such a sale may still name what it sold.
_UNITS_NAMED_WITHIN = 2


def _units_traded(sent, companies: list[Ent], ctx: StoryContext, sentence: str) -> tuple[str, str, Status] | None:
    """"X said it sold three overseas subsidiaries to Y", "agreed to sell its wholly owned Norwegian subsidiary to
    Y", "to buy two subsidiaries of X": a sale of units the sentence does not name, seller and buyer named:
    (seller, buyer, status). Wire copy names the units in the next sentences."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in L.BUYS | {"sell"}:
            continue
        unit = next((c for c in t.children if c.dep_ == "dobj"), None)
        if unit is None or unit.lemma_.lower() not in _UNITS_SOLD or \
                any(k in at for k in range(unit.left_edge.i, unit.i + 1)):
            continue
        subject = _subject(sent, t, at, ctx)
        owner = next((at[g.i] for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and g.i in at), None)
        if lemma == "sell":
            if owner is not None or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") or c.like_num
                                            for c in unit.children):
                continue  # "sold a subsidiary of X", "sold the unit": whose units, the sentence does not say
            seller = subject
            buyer = next((_named_by(c, at) for x in (t, unit) for c in x.children
                          if c.dep_ in ("prep", "dative") and c.lower_ == "to" and _named_by(c, at)), None)
            rtype = R.DIVESTMENT
        else:
            seller, buyer, rtype = owner, subject, R.ACQUISITION
        if seller is None or buyer is None or seller is buyer or seller.members or buyer.members:
            continue
        stated = trigger_status(sent, t, rtype, sentence)
        if stated is None:
            continue
        return seller.name, buyer.name, stated[0]
    return None


def _units_named(sent, companies: list[Ent], seller: str) -> list[Ent]:
    """The companies a sentence names as the units a sale before it did not: "The units sold were A, B and C",
    "The principal asset of the subsidiary, A, is ...", "Ultramar's marketing units include A"."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    for t in sent:
        if t.lemma_.lower() not in L.UNIT_NOUNS or t.i in at:
            continue
        whose = [c for c in t.children if c.dep_ in ("det", "poss")]
        if len(whose) != 1 or not (whose[0].lower_ == "the" or
                                   whose[0].i in at and at[whose[0].i].name == seller):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            continue  # "the units of Z": another company's
        named = next((_ent_in(c, at) for c in t.children if c.dep_ == "appos" and _ent_in(c, at)), None)
        if named is None and t.i + 2 < len(sent) and sent[t.i + 1].text == "," and t.i + 2 in at and \
                at[t.i + 2].i == t.i + 2 and sent[at[t.i + 2].j:at[t.i + 2].j + 1].text == ",":
            named = at[t.i + 2]  # "the subsidiary, A, is": a parse may hang the name from another noun
        if named is None and t.dep_ == "nsubj" and t.head.lemma_.lower() in ("be", "include"):
            named = next((_ent_in(c, at) for c in t.head.children if c.dep_ in ("attr", "dobj") and _ent_in(c, at)),
                         None)
        if named is not None and not named.members:
            return [e for e in _listed(named, companies, sent) if not _cut_short(sent, e)]
    return []


def _cut_short(sent, e: Ent) -> bool:
    """Whether more name goes on right after a company's ("Sunbeam Corp Ltd Australia" read as Sunbeam): a node
    that is not the company the text names, no party to tie."""
    after = sent[e.j] if e.j < len(sent) else None
    return after is not None and after.pos_ == "PROPN" and after.is_title and not sent[e.j - 1].text.endswith(".")


def _listed(named: Ent, companies: list[Ent], sent) -> list[Ent]:
    """The list a company is one of, however long and wherever the parse put its head: the companies the parse
    joins to it and those word order goes on with, "A Corp Ltd, B Ltd and C (U.K.) Ltd" (a legal suffix the names
    left out is no word between)."""
    ordered = sorted(companies, key=lambda e: e.i)

    def joined(a: Ent, b: Ent) -> bool:
        between = " ".join(_LEFT_OUT.sub("", sent[a.j : b.i].text.lower()).split())
        return re.sub(r"\s+([,&])", r"\1", between) in (",", "and", ", and", "&")

    joint = [ordered.index(e) for e in _conjoined(named, companies, sent)]  # what the parse joins to it
    lo, hi = min(joint), max(joint)
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    return ordered[lo : hi + 1]


def _units_planned(deals: list[Mention], ctx: StoryContext) -> list[Mention]:
    """The deals less the doubt of a purchase a sentence only plans, of units an agreement just before settled:
    "Y signed a letter of intent to buy two subsidiaries of X. The company said it plans to acquire A and B":
    the plan is the one signed, agreed."""
    if ctx.units_traded is None or ctx.units_traded[2] is not S.AGREED:
        return deals
    buyer = ctx.units_traded[1]
    return [dataclasses.replace(m, status=S.AGREED, cues=[])
            if m.type is R.ACQUISITION and m.source == buyer and m.status is S.PROPOSED else m for m in deals]


#: The statuses of a sale still to be done: its seller holds what it sells.
_PENDING = {S.PROPOSED, S.IN_TALKS, S.AGREED}


def _units_sold_before(sent, companies: list[Ent], ctx: StoryContext, deals: list[Mention], sentence: str,
                       start: int, end: int) -> list[Mention]:
    """The deals of units a sale in an earlier sentence did not name, in the sentence that names them: "X said
    it sold three overseas subsidiaries to Y. ... The units sold were A, B and C": X sold A, Y bought it and, the
    sale done, X holds it no longer (still to be done, X holds it); "Y agreed to buy two subsidiaries of X. The company said
    it plans to acquire A and B": what the buyer takes over there is what X sells."""
    if ctx.units_traded is None:
        return []
    seller, buyer, status, _ = ctx.units_traded
    units = [(name, True) for e in _units_named(sent, companies, seller) for name in e.names]
    units += [(m.target, False) for m in deals if m.type is R.ACQUISITION and m.source == buyer]
    out = []
    for name, bought in units:
        if name in (seller, buyer):
            continue
        out.append(Mention(R.DIVESTMENT, seller, name, status, sentence, start, end, confidence=0.6))
        if status is S.ACTIVE:
            out.append(Mention(R.STAKE, seller, name, S.ENDED, sentence, start, end, confidence=0.6))
        elif status in _PENDING:
            # "to buy two subsidiaries of X. ... it plans to acquire A and B": a sale still to be done leaves X
            # holding its units
            out.append(Mention(R.STAKE, seller, name, S.ACTIVE, sentence, start, end, confidence=0.6))
        if bought:
            out.append(Mention(R.ACQUISITION, buyer, name, status, sentence, start, end, confidence=0.6))
    if out:
        ctx.units_traded = None
    return out


#: Verbs a holder is told to own a share of a company by: "X will own nine pct", "Y will have a five pct interest".
_HOLDING_VERBS = {"own", "hold", "have"}
#: Words a share's count is written in.
_SHARE_WORDS = {"pct", "percent", "%"}


def _held_share(obj) -> bool:
    """Whether a verb's object is a bare share, its company not written: "nine pct", "a five pct interest", "a 14 pct
    stake" (not "nine pct of X", "an interest in X", "nine pct of its shares")."""
    noun = obj.lemma_.lower()
    if noun in _SHARE_WORDS:
        counted = any(c.like_num for c in obj.children)
    elif noun in L.STAKE_NOUNS:
        counted = any(c.lemma_.lower() in _SHARE_WORDS and any(g.like_num for g in c.children) or c.like_num
                      for c in obj.children)
    else:
        return False
    return counted and not any(c.dep_ == "prep" for c in obj.children)


def holders_told_apart(sent, companies: list[Ent], held: str | None, sentence: str, start: int,
                       end: int) -> list[Mention]:
    """"Following completion, Oil Term Holdings Ltd will hold a 43 pct stake in Husky. ... Li will own nine pct and
    Canadian Imperial Bank of Commerce will have a five pct interest": a company told to own a share of nothing
    written holds it in the one company the sentence before told a stake in (``held``). Only a company that is the
    verb's own subject, a share with no "of" or "in" after it, and no company named inside the share's words."""
    if held is None:
        return []
    at = {k: e for e in companies for k in range(e.i, e.j)}
    out = []
    for t in sent:
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in _HOLDING_VERBS:
            continue
        if any(c.dep_ == "prep" for c in t.children):
            continue  # "own 80 pct of the venture", "hold nine pct in X"
        share = next((c for c in t.children if c.dep_ == "dobj"), None)
        if share is None or not _held_share(share) or \
                any(k in at for k in range(share.left_edge.i, share.right_edge.i + 1)):
            continue
        stated = trigger_status(sent, t, R.STAKE, sentence)
        if stated is None:
            continue
        for holder in _share_holders(sent, t, companies, at):
            if holder.members or held in holder.names:
                continue
            out.append(Mention(R.STAKE, holder.name, held, stated[0], sentence, start, end,
                               attributes=_attributes(sent, t, R.STAKE, sentence, held), trigger=t.text,
                               cues=stated[1], confidence=0.6))
    return out


def _share_holders(sent, verb, companies: list[Ent], at: dict[int, Ent]) -> list[Ent]:
    """The companies a holding verb's subject names ("Hutchison and Hongkong will hold 43 pct"), or, where the parse
    left a verb joined on with no subject, the company written right before it ("... and Canadian Imperial Bank of
    Commerce will have a five pct interest": only auxiliaries and adverbs between)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return [at[x.i] for x in (subject, *subject.conjuncts) if x.i in at] if subject.i in at else []
    if verb.dep_ != "conj":
        return []
    before = [e for e in companies if e.j <= verb.i]
    if not before:
        return []
    e = max(before, key=lambda e: e.j)
    between = sent[e.j : verb.i]
    return [e] if all(x.is_space or x.dep_ in ("aux", "advmod", "neg") for x in between) else []


def _issuer(v, at: dict[int, Ent]) -> Ent | None:
    """The company that issues: the verb's subject, or the sayer "it" stands for ("X said it issued ...")."""
    for c in v.children:
        if c.dep_ == "nsubj" and c.i in at:
            return at[c.i]
        if c.dep_ == "nsubj" and c.lower_ == "it" and v.dep_ == "ccomp" and v.head.lemma_.lower() in SAYS:
            return next((at[d.i] for d in v.head.children if d.dep_ == "nsubj" and d.i in at), None)
    return None


def _shares_handed(sent, companies: list[Ent], sentence: str, start: int, end: int) -> list[Mention]:
    """"will give X 49 pct of Y", "to sell X 900,000 Y shares", "issued X 2.5 mln new shares", "issued 2.6 mln
    shares of its common stock to X": the company handed a count of shares comes to hold a stake in the
    company whose shares they are: the one named with the count, else the issuer (a sale names whose)."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    out = []
    for v in sent:
        lemma = v.lemma_.lower()
        if v.pos_ not in ("VERB", "AUX") or lemma not in DEAL_WORDS["handing"]:
            continue
        k = v.i + 1 + (v.i + 1 < len(sent) and sent[v.i + 1].is_space)
        holder = at.get(k)
        if holder is not None and holder.i == k:
            k = holder.j + (holder.j < len(sent) and sent[holder.j].is_space)
        elif lemma == "issue" and not any(c.dep_ in ("advcl", "xcomp") and any(x.dep_ == "aux" and x.lower_ == "to"
                                                                                for x in c.children) for c in v.children):
            # "issued 2.6 mln shares to X": the company after "to" (not "... to X to complete the purchase of
            # Y": shares a buyer pays with, told as the price)
            holder = next((at[g.i] for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                           for g in c.children if g.dep_ == "pobj" and g.i in at), None)
        else:
            holder = None
        if holder is None:
            continue
        while k < len(sent) and sent[k].lower_ in ("about", "some", "another", "a", "further", "up", "to"):
            k += 1
        if k >= len(sent) or not sent[k].like_num:
            continue
        unit = next((x for x in sent[k + 1: k + 6] if x.lemma_.lower() in _SHARE_UNITS or x.lower_ in _SHARE_UNITS),
                    None)
        if unit is None:
            continue
        # "900,000 Hal Roach shares": the company between the count and its unit; "49 pct of Y", "shares of Y"
        held = next((at[x.i] for x in sent[k + 1: unit.i] if x.i in at), None)
        after = unit.i + 1
        if held is None and after + 1 < len(sent) and sent[after].lower_ == "of":
            held = at.get(after + 1 + (sent[after + 1].lower_ == "the"))
        if held is None and lemma == "issue":
            held = _issuer(v, at)
        if held is None or held is holder:
            continue
        stated = trigger_status(sent, v, R.STAKE, sentence)
        if stated is None:
            continue
        attrs = {}
        if unit.lower_ in ("pct", "percent", "%") and re.fullmatch(r"\d+(?:\.\d+)?", sent[k].text):
            attrs = {"percent": float(sent[k].text) if "." in sent[k].text else int(sent[k].text)}
        for a in holder.names:
            for b in held.names:
                if a != b:
                    out.append(Mention(R.STAKE, a, b, stated[0], sentence, start, end, attributes=attrs,
                                       trigger=v.text, confidence=0.75))
    return out


# --- REL31 (issue 15): what changes hands is not a company ------------------------------------------------------


@rule("claim")
def _rights_bought(a: Args):
    """"Toray purchased exclusive rights to market Life's hepatitus B detection technology in Japan": rights to make,
    sell or use another's product are a licence bought, no company taken over (nor any stake in it)."""
    if a.rtype not in (R.ACQUISITION, R.STAKE) or a.verb is None or a.lemma not in L.BUYS:
        return None
    bought = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if bought is None or bought.i in a.at or bought.lemma_.lower() != "right" or bought.tag_ != "NNS" or \
            any(_ent_in(c, a.at) is not None for c in bought.children if c.dep_ in ("compound", "nmod", "appos")):
        return None
    return []


#: What a money sum sold "of" is when it is a holding or a claim on a company, not goods: "sell 50 mln dlrs of its
#: shares", "of debentures", "of assets".
_HELD_PAPER = {"share", "stock", "interest", "stake", "asset", "note", "debenture", "bond", "security", "paper", "debt",
               "loan", "receivable", "preferred", "common", "holding", "equity", "warrant", "certificate", "unit",
               "subsidiary", "business", "operation", "property", "mortgage", "claim"}
_MONEY_WORDS = {"dlrs", "dlr", "dollars", "dollar", "stg", "pounds", "yen", "marks", "francs", "crowns", "lire", "guilders"}


@rule("claim")
def _sum_of_wares_sold(a: Args):
    """"Tandon Corp said it has agreed in principle to sell to personal computer maker Amstrad PLC during 1987 about
    50 mln dlrs of 20 megabyte Winchester disk drives": a sum "of" plural wares sold to a company, and no other
    thing sold, is trade: the buyer is a customer, nobody divests anything."""
    if a.rtype is not R.DIVESTMENT or a.verb is None or a.lemma != "sell":
        return None
    if next((c for c in a.t.children if c.dep_ == "dobj" and c.lower_ not in _MONEY_WORDS), None) is not None:
        return None
    wares = None
    for x in a.t.subtree:
        if x.i > a.t.i and x.lower_ in _MONEY_WORDS and any(c.dep_ == "nummod" for c in x.children):
            of = next((c for c in x.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if what is not None and what.tag_ == "NNS" and what.i not in a.at and \
                    what.lemma_.lower() not in _HELD_PAPER and not any(g.i in a.at for g in what.subtree):
                wares = what
                break
    if wares is None:
        return None
    to = next((c for c in a.t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    buyer = _named_by(to, a.at) if to is not None else None
    return [] if a.subject is None or buyer is None or buyer is a.subject else list(_pairs(R.SUPPLY, a.subject, buyer))


@rule("objects")
def _paid_to(a: Args):
    """"Canamax agreed to acquire the 50 pct interest it does not already own in the Krezmar gold property ... by
    paying nine mln dlrs to Algoma Steel Corp Ltd": whom a buyer pays is who sells, not what is bought."""
    if a.rtype not in (R.ACQUISITION, R.STAKE) or a.verb is None:
        return None
    paid = [e for x in a.t.subtree if x.lemma_.lower() == "pay" and x.pos_ == "VERB" and x.i != a.t.i
            for c in x.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for o in c.children if o.dep_ == "pobj"
            # the payee itself, not a company under it: "paying 10 dlrs a share to Harlow's holders" buys Harlow
            if (e := _ent_in(o, a.at)) is not None and e in a.objects]
    # "... to Algoma Steel Corp Ltd and granting Algoma a four pct net smelter return royalty": the payee named again
    names = {n for e in paid for n in e.names}
    return a.leave_out([o for o in a.objects if names & set(o.names)])


@rule("objects")
def _held_with(a: Args):
    """"GTE owns the largest independent telephone system in the country and manufactures telecommunications
    equipment through joint ventures with Fujitsu of Japan": a company "with" whom a holder owns or works is its
    partner, not what it holds."""
    if a.rtype is not R.STAKE or a.verb is None or a.lemma not in ("own", "hold", "control", "have"):
        return None
    out = []
    for e in a.objects:
        x = _root(a.sent, e)
        while x.i != a.t.i and x.head.i != x.i:
            if x.dep_ == "pobj" and x.head.lower_ == "with":
                out.append(e)
                break
            x = x.head
    return a.leave_out(out)


@rule("objects")
def _holders_side_by_side(a: Args):
    """"Molson Companies Ltd holds about 32 pct and Carling O'Keefe Ltd has 23 pct": a company with a finite verb
    of holding right after its name holds a share of its own (of a market, of a third company), beside the
    subject; it is not what the subject holds, however the parse hangs it."""
    if a.rtype is not R.STAKE or a.verb is None or a.lemma not in _HOLDING_VERBS | {"control"} or \
            a.t.tag_ not in ("VBZ", "VBD", "VBP"):
        return None  # (not "75 pct owned Sienna Resources Ltd has reserves": the participle names what is held)
    return a.leave_out([o for o in a.objects if (w := _token_after(a.sent, o)) is not None and w.i > a.t.i and
                        w.tag_ in ("VBZ", "VBD", "VBP") and w.lemma_.lower() in _HOLDING_VERBS | {"control"}])


#: What a holding is counted in or is, which a relative clause "it owns" may hold of a company named elsewhere:
#: "the 50 pct interest it does not already own in X", "the shares it holds".
_HELD_WORDS = {"share", "stock", "stake", "interest", "pct", "percent", "%", "holding", "shareholding", "equity",
               "majority", "minority", "control", "half", "third", "quarter", "rest", "remainder", "balance", "portion",
               "part", "block", "position", "option", "warrant", "unit", "subsidiary", "affiliate", "arm"}


@rule("claim")
def _unnamed_held(a: Args):
    """"proposed an entity it controls acquire for cash all the assets of Japan Fund": what a relative clause says a
    company owns or controls is the noun it hangs on; an unnamed company or a thing is no company named elsewhere in
    the sentence."""
    if a.rtype is not R.STAKE or a.verb is None or a.lemma not in ("own", "control") or a.t.dep_ != "relcl":
        return None
    head = a.t.head
    subj = next((c for c in a.t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("which", "that", "who", "whose") or head.pos_ != "NOUN" or head.i in a.at or \
            head.dep_ in ("appos", "attr") or head.lemma_.lower() in _HELD_WORDS or \
            any(g.i in a.at for c in head.children if c.dep_ in ("compound", "nmod", "poss") for g in c.subtree) or \
            any(_ent_in(c, a.at) is not None for c in head.children if c.dep_ == "appos"):
        return None  # "a company it controls, Acme Corp": the company named is held
    return []


#: The last words of money as news writes it (``data/currencies.tsv``): "2,205 francs", "300 mln dlrs", "844 mln stg".
_MONEY = {w.split()[-1] for ws in classes("currencies").values() for w in ws}
#: Words of a price: a figure's currency or scale ("$403 million", "844 million pounds", "an undisclosed sum").
_PRICE = re.compile(r"^(?:[$£€¥]|(?:us|a|c|hk|nz)?\$|dlrs?|dollars?|pounds?|euros?|yen|yuan|francs?|marks?|"
                    r"rupees?|million|mln|billion|bln|trillion|bn|m|sum|amount|price)$", re.I)
#: Pronouns a relative clause's payer is written as: "the $403 million it paid for MakerBot".
_PAYER_PRONOUNS = {"it", "they"}


def _paid_for(sent, companies: list[Ent], sentence: str, start: int, end: int) -> list[Mention]:
    """"Facebook paid $19 billion for WhatsApp", "Nikkei agreed to pay Pearson 844 million pounds for the FT",
    "the $403 million it paid for MakerBot": a company that pays a price for a company buys it, and a company it
    pays the price to sells it. The price must be written (a figure or a sum) and what comes after "for" must be a
    company's own name, not a stake, shares, assets or a service of it ("paid $5 mln for its stake in X")."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    out = []
    for v in sent:
        if v.lemma_.lower() != "pay" or v.pos_ != "VERB":
            continue
        objects = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        # "the $403 million it paid for X": the price is what the relative clause describes
        priced = objects + ([v.head] if v.dep_ == "relcl" else [])
        price = next((o for o in priced if o.lower_ in _MONEY or _PRICE.match(o.lower_) or _PRICE.match(o.lemma_)), None)
        if price is None:
            continue
        fors = [c for x in (v, price) for c in x.children if c.lower_ == "for" and c.dep_ in ("prep", "dative")]
        bought = next((at[g.i] for f in fors for g in f.children if g.dep_ == "pobj" and g.i in at), None)
        if bought is None:
            continue
        payer = _payer(v, at)
        if payer is None or payer is bought:
            continue
        stated = trigger_status(sent, v, R.ACQUISITION, sentence)
        if stated is None:
            continue
        status, cues = stated
        out += [Mention(R.ACQUISITION, p, b, status, sentence, start, end, trigger=v.text, cues=cues, confidence=0.6)
                for _, p, b, _ in _pairs(R.ACQUISITION, payer, bought)]
        seller = next((at[o.i] for o in objects if o is not price and o.i in at), None)
        if seller is not None and seller not in (payer, bought):
            out += [Mention(R.DIVESTMENT, s, b, status, sentence, start, end, trigger=v.text, cues=cues, confidence=0.6)
                    for _, s, b, _ in _pairs(R.DIVESTMENT, seller, bought)]
    return out


def _payer(v, at: dict[int, Ent]) -> Ent | None:
    """Who pays: the verb's named subject, the subject of the verb it completes ("X agreed to pay"), or, for "it"
    in a relative clause ("the $403 million it paid"), the named subject of the clause the price sits in."""
    x = v
    for _ in range(3):
        subject = next((c for c in x.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.i in at:
                return at[subject.i]
            if subject.lower_ in ("which", "that") and x.dep_ == "relcl":
                return _antecedent(x.head, at)  # "Nikkei, which has agreed to pay Pearson 844 mln stg for the FT"
            if subject.lower_ in _PAYER_PRONOUNS and x.dep_ == "relcl":
                main = next((a for a in x.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ == "ROOT"), None)
                named = next((c for c in main.children if c.dep_ == "nsubj"), None) if main is not None else None
                return at.get(named.i) if named is not None else None
            return None
        if x.dep_ not in ("xcomp", "conj"):
            return None
        x = x.head
    return None


#: What a count of things bought may still be a company or a part of one: "bought three banks", "12 pct", "500,000
#: shares", "10 mln dlrs of stock"; other counted things (planes, engines, tons) are goods.
_COUNTED_HOLDINGS = {"share", "stock", "pct", "percent", "%", "common", "preferred", "dlr", "dlrs", "dollar", "mln",
                     "million", "billion", "bln", "company", "firm", "bank", "concern", "newspaper", "insurer",
                     "carrier", "airline", "station", "warrant", "note", "debenture", "bond", "unit", "interest",
                     "stake", "right", "option"}


_FIRM_WORDS = {w for ws in classes("firm_nouns").values() for w in ws}


@rule("claim")
def _counted_things_bought(a: Args):
    """"AMR is expected to announce the purchase of 25 widebodied longrange A300's from Airbus Industrie and 15
    Boeing Co 767's and the choice of General Electric Co to supply all 80 engines": a count of things bought, no
    company among them, buys goods; no company named later in the sentence is taken over."""
    if a.rtype is not R.ACQUISITION or a.lemma not in L.BUYS | L.PURCHASE_NOUNS:
        return None  # (not "has bid 2,205 francs a share for X": what a bid counts is its price)
    bought = next((c for c in a.t.children if c.dep_ == "dobj"), None) if a.verb is not None else _of_object(a.t)
    if bought is None or bought.i in a.at or bought.lemma_.lower() in _COUNTED_HOLDINGS | L.PARTS | L.OWNED or \
            bought.lower_ in _COUNTED_HOLDINGS | _MONEY or bought.lower_ in _SCALE or \
            bought.lemma_.lower() in _FIRM_WORDS or \
            bought.lemma_.lower().endswith(("er", "or")):
        return None  # "acquired two Swedish copper manufacturers in January 1986, Metallverken Ab and Wirsbo Bruks Ab"
    count = [c for c in bought.children if c.dep_ == "nummod" and c.like_num]
    if not count or any(c.text.isdigit() and len(c.text) == 4 and c.text[:2] in ("19", "20") for c in count):
        return None
    if any(x.i in a.at for x in bought.subtree) or any(x.lemma_.lower() in _COUNTED_HOLDINGS for x in bought.subtree):
        return None
    return []


@rule("objects")
def _counted_makers(a: Args):
    """"will purchase two McDonnell Douglas MD-11 advanced long-range tri-jets", "sold 5,652 Alges soft bifocal
    contact lenses": a count before a company's name counts the goods it makes, not the company nor its shares
    ("sold 110,000 Cyclops common shares" and "the purchase of seven Sealy licensees" still count holdings and
    firms), so the maker is no party to the sale."""
    if a.rtype not in (R.ACQUISITION, R.DIVESTMENT):
        return None
    return a.leave_out([o for o in a.objects if _counted_goods_of(a.sent, o)])


def _counted_goods_of(sent, e: Ent) -> bool:
    """Whether a name stands after a count and before the words of the goods it counts."""
    count = sent[e.i - 1] if e.i > 0 else None
    if count is None or not count.like_num or count.tag_ != "CD" or (count.text.isdigit() and len(count.text) == 4):
        return False
    words = []
    for x in sent[e.j : e.j + 8]:
        if x.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "VERB", "PUNCT") or x.text in (",", ";", "(", ")"):
            break
        words.append(x)
    nouns = [x for x in words if x.pos_ == "NOUN"]
    return bool(nouns) and not any(x.lemma_.lower() in _COUNTED_HOLDINGS | L.PARTS | L.OWNED | _FIRM_WORDS or
                                   x.lower_ in _COUNTED_HOLDINGS or x.lemma_.lower().endswith("ee") for x in words)


#: What may stand between a name and the comma that opens a clause on it: a ticker or short form in marks.
_MARKED_AFTER_NAME = re.compile(r"\s*(?:<[^<>]{1,20}>|\([^()]{1,20}\))?\s*>?\s*")


@rule("claim")
def _in_which_holds(a: Args):
    """"AB Catena, in which AB Volvo has a 48 pct stake, said", "Mitel Corp, in which British Telecom has a
    controlling stake": a clause opened by ", in which" right after a name holds a share of that name, and the
    companies between "which" and the clause's verb of holding hold it (read by the words: a ticker or a unit
    named before it leads the parse astray). Not after a list ("A and B, in which X owns 20 pct"), nor after a
    name with "and" in it, which may be two read as one."""
    if a.rtype is not R.STAKE:
        return None
    sent, t = a.sent, a.t
    which = next((x.i for x in reversed(sent[: t.i]) if x.lower_ in ("which", "that", "who", "whom", "whose") or
                  x.text in (",", ";")), None)
    if which is None or which < 2 or sent[which].lower_ != "which" or sent[which - 1].lower_ != "in" or \
            sent[which - 2].text != ",":
        return None
    verb = next((x for x in sent[which + 1 : t.i + 1] if x.pos_ in ("VERB", "AUX") and
                 x.lemma_.lower() in _HOLDING_VERBS | {"control"}), None)
    if verb is None or any(x.pos_ in ("VERB", "AUX") for x in sent[which + 1 : verb.i]):
        return None
    holders = [e for e in a.companies if which < e.i and e.j <= verb.i]
    held_end = which - 2
    k = held_end - 1
    while k >= 0 and k not in a.at and (held_end - k) <= 8 and sent[k].text not in (",", ";"):
        k -= 1
    held = a.at.get(k)
    if held is None or not holders or held in holders or \
            not _MARKED_AFTER_NAME.fullmatch(" ".join(x.text for x in sent[held.j : held_end] if not _LEFT_OUT.fullmatch(x.text))):
        return None
    if held.i > 0 and sent[held.i - 1].lower_ in ("and", "or") or any(x.lower_ == "and" for x in sent[held.i : held.j]):
        return None  # "ITJ and International Digital Communications Planning Inc (IDC), in which": which is not sure
    return [p for h in holders for p in _pairs(R.STAKE, h, held)]
