"""Partnerships: alliances, joint ventures, supply and licensing. Their triggers and how they read
their arguments."""

from __future__ import annotations

from ...models import RelationType
from .. import lexicon as L
from ..entities import Ent
from . import triggers as T
from .arguments import Args, rule
from .parse import _after, _ent_in, _pairs
from .triggers import TALKS, register

R = RelationType

register(R.ALLIANCE,
         verbs={"partner", "collaborate", "cooperate", "team", "co-develop", "codevelop", "work", "develop", "join",
                "ally"},
         nouns={"partnership", "partner", "alliance", "collaboration", "cooperation", "tie-up", "agreement", "deal"},
         weak_verbs={"develop", "work", "join"}, weak_nouns={"agreement", "deal"},
         needs={"team": {"up"}, "work": {"together", "with", "jointly"}, "develop": {"jointly", "together", "co"},
                "join": {"forces"}})
register(R.JOINT_VENTURE, nouns={"venture", "jv"})
register(R.SUPPLY,
         verbs={"supply", "provide", "deliver", "assemble", "award", "order", "make", "build", "produce",
                "manufacture"},
         nouns={"supplier", "customer", "contract", "order"},
         weak_verbs={"provide", "deliver", "award", "order", "make", "build", "produce", "manufacture"},
         weak_nouns={"contract", "order"},
         needs={"make": {"for"}, "build": {"for"}, "produce": {"for"}, "manufacture": {"for"}})
register(R.LICENSING, verbs={"license", "licence"}, nouns={"licence", "license", "licensing"})
#: "talks", "discussions" name no type: with two companies and nothing more specific, they are an alliance.
TALKS.update({"talk", "talks", "discussion", "negotiation", "discuss", "negotiate"})
#: "make chips for X": the company after "for" is the customer.
MAKES_FOR = {"make", "build", "produce", "manufacture"}


def _venture(sent, t, at) -> Ent | None:
    for c in t.children:
        if c.dep_ == "appos" and _ent_in(c, at):
            return _ent_in(c, at)
    if t.dep_ == "appos":
        return _ent_in(t.head, at)
    for x in t.head.children if t.head is not t else []:
        if x.dep_ == "dobj" and _ent_in(x, at) and x.i != t.i:
            return _ent_in(x, at)
    return None


@rule("claim")
def _order_parties(a: Args):
    """"an order from IndiGo" (the customer), "ordered jets from Airbus" or "with Airbus" (the supplier)."""
    if a.lemma != "order" or a.subject is None:
        return None
    party = _after(a.sent, a.t, a.at, "from")
    if party is None:
        party = _after(a.sent, a.t, a.at, "with")
        return list(_pairs(a.rtype, party, a.subject)) if party is not None and party is not a.subject else None
    if party is a.subject:
        return None
    return list(_pairs(a.rtype, a.subject, party) if a.verb is None else _pairs(a.rtype, party, a.subject))


@rule("claim")
def _deal_to_supply(a: Args):
    """"Zentra inked a deal with Moravia to supply batteries": the deal's partner is the customer, when
    nothing the verb governs names one."""
    if a.rtype is not R.SUPPLY or a.verb is None or a.subject is None or a.lemma not in ("supply", "provide", "deliver"):
        return None
    deal = a.t.head  # "a deal to supply", or the deal the verb above made: "inked a deal with X to supply"
    if a.t.dep_ in ("advcl", "xcomp"):
        deal = next((c for c in a.t.head.children if c.dep_ == "dobj"), deal)
    elif a.t.dep_ not in ("acl", "relcl"):
        return None
    if deal.lemma_.lower() not in L.DEAL_NOUNS or any(g.i in a.at for g in a.t.subtree):
        return None
    partner = _after(a.sent, deal, a.at, "with")
    return list(_pairs(R.SUPPLY, a.subject, partner)) if partner is not None and partner is not a.subject else None


@rule("claim")
def _licensor(a: Args):
    """"a licence from Alector": the licensor; "Ford will license Tesla's charging connector": the
    owner of what is licensed licenses it."""
    if a.rtype is not R.LICENSING or a.subject is None:
        return None
    party = _after(a.sent, a.t, a.at, "from")
    if party is None and a.verb is not None:
        thing = next((c for c in a.t.children if c.dep_ == "dobj"), None)
        owner = next((_ent_in(c, a.at) for c in (thing.children if thing is not None else ())
                      if c.dep_ == "poss" and _ent_in(c, a.at)), None)
        if owner is not None and _after(a.sent, a.t, a.at, "to") is None:
            party = owner
    return list(_pairs(a.rtype, party, a.subject)) if party is not None and party is not a.subject else None


@rule("objects")
def _not_the_venture(a: Args):
    """The venture a joint venture makes is no party to it."""
    venture = _venture(a.sent, a.t, a.at) if a.rtype is R.JOINT_VENTURE else None
    if venture is not None:
        a.objects = [o for o in a.objects if o is not venture]
        a.left_out.append(venture)
        if a.subject is venture:
            a.subject = None
    return None


@rule("parties")
def _awarded(a: Args):
    """"AT&T awarded Ericsson a contract": the object supplies."""
    if a.rtype is not R.SUPPLY or a.lemma != "award" or a.subject is None:
        return None
    a.subject, a.objects = a.objects[0] if a.objects else None, [a.subject]
    return [] if a.subject is None else None


@rule("parties")
def _made_for(a: Args):
    """"Intel will make chips for Microsoft": the company after "for" is the customer."""
    if a.rtype is not R.SUPPLY or a.lemma not in MAKES_FOR or a.subject is None:
        return None
    made = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if made is not None and made.lemma_.lower() in T.NOUNS:
        return []  # "made an offer for X": the noun says what
    a.objects = [o for o in a.objects if a.sent[o.i - 1].lower_ == "for"]
    return None
