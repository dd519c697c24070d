"""Finance: investments. Their triggers and how they read their arguments."""

from __future__ import annotations

from ...models import RelationType
from .. import lexicon as L
from .arguments import Args, rule
from .attributes import _AMOUNT
from .parse import DEAL_WORDS, _after, _conjoined, _ent_in, _pairs
from . import triggers as T
from .triggers import register

R = RelationType

register(R.INVESTMENT, verbs={"invest", "fund", "back", "lead", "raise", "subscribe"},
         nouns={"investment", "investor", "backer", "injection", "funding", "round"},
         weak_verbs={"back", "lead"}, weak_nouns={"round"},
         needs={"lead": {"round", "funding", "investment", "injection"}, "back": {"startup", "by"}, "raise": {"from"},
                "subscribe": {"shares", "share", "stock", "issue", "capital"}})  # "will subscribe to 30 mln shares in X"


@rule("claim")
def _backed_by(a: Args):
    """"Lumora, which is backed by Kestrel Capital": the backer invests, as things stand."""
    if a.lemma != "back" or a.verb is None or a.subject is None:
        return None
    agent = next((c for c in a.t.children if c.dep_ == "agent"), None)
    backer = next((a.at[g.i] for g in agent.subtree if g.i in a.at), None) if agent is not None else None
    if backer is None or backer is a.subject:
        return None
    return [(R.INVESTMENT, x, y, "describes") for x in backer.names for y in a.subject.names]


@rule("claim")
def _backers(a: Args):
    """"Mistral raised 600 million euros in a round led by General Catalyst": the backer invests; so does each
    firm listed with it ("led by A and B") or said to take part ("led by A, with participation from B and C")."""
    if a.rtype is not R.INVESTMENT or a.subject is None:
        return None
    backers = [e for e in a.companies if e is not a.subject and e.i > a.t.i and e.i >= 2
               and a.sent[e.i - 2 : e.i].text.lower() in _BACKERS_AFTER]
    for e in list(backers):
        backers += [x for x in _conjoined(e, a.companies, a.sent)[1:]
                    if x.i > e.i and x is not a.subject and all(x is not b for b in backers)]
    return [p for e in backers for p in _pairs(a.rtype, e, a.subject)] or None


#: The words right before a backer of a round the sentence tells: "led by", "participation from".
_BACKERS_AFTER = frozenset({"led by", "backed by", "round from", "participation from", "participation of"})


@rule("claim")
def _raised_from(a: Args):
    """"Zeta Labs raised $50 million from Sequoia Capital": the money's source invests. "raised its stake
    from 5 pct", "raised prices from": no money raised, no investment."""
    if a.lemma != "raise":
        return None
    money = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    investor = _after(a.sent, a.t, a.at, "from")
    if money is None or investor is None or a.subject is None or investor is a.subject or \
            not _AMOUNT.search(a.sent[money.left_edge.i : money.right_edge.i + 1].text):
        return []
    # "from investors including Pitango Venture Capital and Accel Partners": each one listed invests
    investors = [investor, *(e for e in _conjoined(investor, a.companies, a.sent)[1:]
                             if e.i > investor.i and e is not a.subject)]
    return [p for e in investors for p in _pairs(R.INVESTMENT, e, a.subject)]


@rule("claim")
def _money_from(a: Args):
    """"secured a $20 million investment from Brightwater Partners": the company "from" names invests."""
    if a.rtype is not R.INVESTMENT or a.verb is not None or a.subject is None or a.lemma == "round":
        return None
    investor = _after(a.sent, a.t, a.at, "from")
    return list(_pairs(R.INVESTMENT, investor, a.subject)) if investor not in (None, a.subject) else None


@rule("claim")
def _funds_a_deal(a: Args):
    """"Zeta will fund Acme's purchase of Beta", "to fund the acquisition": money put up for a deal is lent or
    paid, no investment in its buyer or its target (the deal's own noun says who buys what)."""
    if a.rtype is not R.INVESTMENT or a.verb is None or a.lemma != "fund":
        return None
    funded = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    deal = T.NOUNS.get(funded.lemma_.lower()) if funded is not None else None
    return [] if deal in (R.ACQUISITION, R.MERGER, R.DIVESTMENT, R.STAKE) else None


@rule("claim")
def _new_shares(a: Args):
    """"Ameritrust sold two mln shares of its common stock to Clevebaco": new shares, an investment. Not shares
    "in" a company the parse hangs from the verb: "had decided to sell its shares in <N.Z. Forest Products Ltd> to
    <Amcor Ltd>" sells a holding."""
    if a.lemma != "sell" or a.subject is None:
        return None
    sold = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    buyer = _after(a.sent, a.t, a.at, "to")
    if sold is not None and sold.lemma_.lower() in ("share", "stock") and buyer is not None and \
            any(x.lower_ == "its" for x in sold.subtree) and not any(x.i in a.at for x in sold.subtree) and \
            _after(a.sent, a.t, a.at, "in") is None:
        return list(_pairs(R.INVESTMENT, buyer, a.subject))
    return None


@rule("claim")
def _investment_held(a: Args):
    """"a writedown of its investment in Westar Petroleum", "to reduce the investment of Noverco in Sceptre",
    "its prolonged loss-making investment in AMC": an investment whose owner is named and that the sentence
    values or cuts (``deal_words.tsv`` held) is a holding already made, a stake, not new money put in."""
    if a.lemma != "investment" or a.verb is not None or a.t.tag_ != "NN" or \
            _AMOUNT.search(a.sent[a.t.left_edge.i : a.t.right_edge.i + 1].text):
        return None
    held = _after(a.sent, a.t, a.at, "in")
    poss = next((c for c in a.t.children if c.dep_ == "poss"), None)
    owner = (_ent_in(poss, a.at) or (a.subject if poss.lower_ in ("its", "their") else None)) if poss is not None \
        else _after(a.sent, a.t, a.at, "of")
    valued = any(x.lower_ in DEAL_WORDS["held"] or x.lemma_.lower() in DEAL_WORDS["held"] or
                 x.lemma_.lower() == "write" and any(c.lower_ in ("down", "off") for c in x.children) for x in a.sent)
    if held is None or owner is None or owner is held or not valued:
        return None
    return list(_pairs(R.STAKE, owner, held))


@rule("claim")
def _into_a_venture(a: Args):
    """"ENI will invest 197 mln dlrs in two joint ventures with PDVSA": money put into a venture or a
    project with a partner is no investment in the partner (the venture says the tie)."""
    if a.rtype is not R.INVESTMENT:
        return None
    into = [g for c in a.t.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
            for g in c.children if g.dep_ == "pobj"]
    return [] if any(g.i not in a.at and g.lemma_.lower() in DEAL_WORDS["venture"] for g in into) else None


@rule("claim")
def _into_a_pension_fund(a: Args):
    """"the surplus funds will be kept in the Hoover pension fund and will be invested": money put into a
    company's pension fund or plan is its staff's savings, no investment in the company."""
    if a.rtype is not R.INVESTMENT:
        return None
    verbs = [a.t, *((a.t.head,) if a.t.dep_ == "conj" else ()), *(c for c in a.t.children if c.dep_ == "conj")]
    into = [g for v in verbs for c in v.children if c.dep_ in ("prep", "oprd") and c.lower_ in ("in", "into")
            for g in c.children if g.dep_ == "pobj"]
    return [] if any(g.i not in a.at and any(x.lower_ in L.PENSION_WORDS for x in g.children if x.dep_ in ("compound", "amod"))
                     for g in into) else None
