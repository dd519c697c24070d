"""Finance: investments. Their triggers and how they read their arguments."""

from __future__ import annotations

from ...models import RelationType
from .arguments import Args, rule
from .parse import _after, _pairs
from .triggers import register

R = RelationType

register(R.INVESTMENT, verbs={"invest", "fund", "back", "lead"},
         nouns={"investment", "investor", "backer", "injection", "funding", "round"},
         weak_verbs={"back", "lead"}, weak_nouns={"round"},
         needs={"lead": {"round", "funding", "investment", "injection"}, "back": {"startup"}})


@rule("claim")
def _backers(a: Args):
    """"Mistral raised 600 million euros in a round led by General Catalyst": the backer invests."""
    if a.rtype is not R.INVESTMENT or a.subject is None:
        return None
    backers = [e for e in a.companies if e is not a.subject and e.i > a.t.i and e.i >= 2
               and a.sent[e.i - 2 : e.i].text.lower() in ("led by", "backed by", "round from")]
    return [p for e in backers for p in _pairs(a.rtype, e, a.subject)] or None


@rule("claim")
def _new_shares(a: Args):
    """"Ameritrust sold two mln shares of its common stock to Clevebaco": new shares, an investment."""
    if a.lemma != "sell" or a.subject is None:
        return None
    sold = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    buyer = _after(a.sent, a.t, a.at, "to")
    if sold is not None and sold.lemma_.lower() in ("share", "stock") and buyer is not None and \
            any(x.lower_ == "its" for x in sold.subtree) and not any(x.i in a.at for x in sold.subtree):
        return list(_pairs(R.INVESTMENT, buyer, a.subject))
    return None
