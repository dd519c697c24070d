"""Partnerships: alliances, joint ventures, supply and licensing. Their triggers and how they read
their arguments."""

from __future__ import annotations

import re

from ...models import Mention, RelationType
from .. import lexicon as L
from ..entities import Ent
from . import triggers as T
from .arguments import Args, Unread, rule
from .parse import (DEAL_WORDS, S, owner_written_before, _after, _conjoined, _ent_in, _intermediary, _named_by, _pairs, _past_ticker, _root,
                    _word_before)
from .triggers import TALKS, register

R = RelationType

register(R.ALLIANCE,
         verbs={"partner", "collaborate", "cooperate", "team", "co-develop", "codevelop", "work", "develop", "join",
                "ally"},
         nouns={"partnership", "partner", "alliance", "collaboration", "cooperation", "tie-up", "agreement", "deal",
                "pact", "accord"},
         weak_verbs={"develop", "work", "join"}, weak_nouns={"agreement", "deal", "pact", "accord"},
         needs={"team": {"up"}, "work": {"together", "with", "jointly", "alongside"},
                "develop": {"jointly", "together", "co"}, "join": {"forces"}})
register(R.JOINT_VENTURE, nouns={"venture", "jv"})
register(R.SUPPLY,
         verbs={"supply", "provide", "deliver", "assemble", "award", "order", "make", "build", "produce",
                "manufacture", "furnish"},
         nouns={"supplier", "customer", "contract", "order"},
         weak_verbs={"provide", "deliver", "award", "order", "make", "build", "produce", "manufacture", "furnish"},
         weak_nouns={"contract", "order"},
         needs={"make": {"for"}, "build": {"for"}, "produce": {"for"}, "manufacture": {"for"}})
register(R.LICENSING, verbs={"license", "licence"},
         nouns={"licence", "license", "licensing", "licensee", "licensor", "franchisee", "franchisor"})
#: A bank or firm that advises a company or underwrites its shares supplies it a service: "Union
#: Resources is advised by Nedbank Capital", "X, its financial adviser", "retained to advise".
register(R.SUPPLY, verbs={"advise", "underwrite"}, nouns={"adviser", "advisor", "underwriter"})
#: "talks", "discussions" name no type: with two companies and nothing more specific, they are an alliance.
TALKS.update({"talk", "talks", "discussion", "negotiation", "discuss", "negotiate"})
#: "make chips for X": the company after "for" is the customer.
MAKES_FOR = {"make", "build", "produce", "manufacture"}
#: Verbs of advising, and the verbs that take an adviser on: "has been retained to advise".
ADVISES = {"advise", "underwrite"}
#: Verbs by which a customer gives an order: "the order, awarded by Pohang".
PLACES_ORDER = {"award", "place", "give", "issue"}
HIRES = {"retain", "hire", "engage", "appoint", "name", "select", "choose", "mandate"}
#: Verbs that say who told the sentence: "..., Harper and Row added".
SAYS = {"say", "add", "announce", "state", "report", "disclose"}


def _venture(sent, t, at) -> Ent | None:
    for c in t.children:
        if c.dep_ == "appos" and _ent_in(c, at):
            return _ent_in(c, at)
    # "its TKR Cable Co joint venture with Tele-communications Inc": a name between an owner's "its" and the
    # venture, whose partner "with" names, is the venture's own (not "its Toyota joint venture", the partner's)
    if any(c.dep_ == "poss" for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ == "with" and _named_by(c, at) for c in t.children):
        named = next((at[c.i] for c in t.children if c.dep_ in ("compound", "nmod") and c.i in at and c.i < t.i), None)
        if named is not None:
            return named
    # "for their joint venture, WelGen Manufacturing Inc, formed last September": a name set after the venture
    # and a comma is its name, whatever the parse makes of it (not the speaker's: "a joint venture, X said")
    named = at.get(t.i + 2) if t.i + 2 < len(sent) and sent[t.i + 1].text == "," else None
    if named is not None and named.i == t.i + 2 and not named.members and t.lemma_.lower() == "venture" and \
            not (named.j < len(sent) and sent[named.j].lemma_.lower() in SAYS) and \
            not any(x.dep_ == "poss" and x.i in at for x in t.children):
        return named
    if t.dep_ == "appos":
        return _ent_in(t.head, at)
    for x in t.head.children if t.head is not t else []:
        if x.dep_ == "dobj" and _ent_in(x, at) and x.i != t.i:
            return _ent_in(x, at)
    return None


def _purpose_set_off(sent, t) -> list:
    """The verb of a purpose clause "for X to ..." set off by a comma right after a noun and what hangs on it
    ("agreement with Quill Resources Ltd, for Quill to provide certain funding"), as a list of none or one."""
    k = max(x.i for x in t.subtree) + 1
    if k + 1 >= len(sent) or sent[k].text != "," or sent[k + 1].lower_ != "for":
        return []
    to = next((x for x in sent[k + 2 : k + 9] if x.lower_ == "to"), None)
    return [sent[to.i + 1]] if to is not None and to.i + 1 < len(sent) and sent[to.i + 1].pos_ == "VERB" else []


@rule("claim")
def _no_tie(a: Args):
    """What a partnership or an agreement is, when it ties no companies together: a firm's legal form
    ("a limited partnership", "X, a New York investment partnership", "partnership interests"), a
    settlement or a standstill ("reached an agreement resolving all differences"); or when the tie is
    supply, not an alliance ("an OEM agreement", "an agreement to provide X with workstations")."""
    if a.rtype is not R.ALLIANCE or a.verb is not None:
        return None
    modifiers = {c.lower_ for c in a.t.children if c.dep_ in ("amod", "compound", "nmod")}
    if a.lemma == "partnership" and (modifiers & L.PARTNERSHIP_FORMS or a.t.dep_ in ("compound", "appos") or
                                     a.t.dep_ == "attr" and a.t.head.lemma_ == "be"):
        return []
    # "sold ... its oil and gas unit, Mizel Petro Resources Inc, and affiliated partnerships": partnerships in the
    # plural are firms of that form, no tie (while "partnerships with A and B" are ties, each with its partner)
    if a.lemma == "partnership" and a.t.tag_ == "NNS" and \
            not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in a.t.children):
        return []
    # what it is for: "an agreement resolving ...", or "reached an agreement ..., resolving ..."
    # (the noun may stand beside the object the parse made of its sum: "signed an eight mln dlr, distribution
    # agreement with X to distribute ...")
    obj = a.t.head if a.t.dep_ == "appos" else a.t
    purposes = [*a.t.subtree, *(c for c in obj.head.children if obj.dep_ == "dobj" and c.dep_ in ("advcl", "xcomp"))]
    # ... or set off after its partner however the parse hangs it: "its September 22, 1986 agreement with Quill
    # Resources Ltd, for Quill to provide certain funding"
    purposes += _purpose_set_off(a.sent, a.t)
    if a.lemma in T.WEAK_NOUNS and (modifiers & (L.NO_TIE_AGREEMENTS | L.SUPPLY_AGREEMENTS) or any(
            c.pos_ == "VERB" and c.lemma_.lower() in L.NO_TIE_PURPOSES | L.SUPPLY_PURPOSES for c in purposes)):
        return []
    # "signed an agreement to air two minute and five minute commercial announcements of its home shopping service
    # ... on the ACTS Satellite Network", "an agreement with X to produce a series of ... commercials": airtime or
    # advertising bought of a network is a service sold, no alliance
    if a.lemma in T.WEAK_NOUNS and any(c.pos_ == "VERB" and (c.lemma_.lower() in _AIRS or any(
            g.dep_ == "dobj" and (g.lemma_.lower() in _ADS or any(x.lemma_.lower() in _ADS for x in g.subtree
                                                                  if x.dep_ == "pobj" and x.head.head.i == g.i))
            for g in c.children)) for c in purposes):
        return []
    # "signed an accord with a unit of Lotus to form a joint venture ... plant": an agreement to set up a
    # joint venture is the venture's, which its own trigger reads
    if a.lemma in T.WEAK_NOUNS and any(g.lemma_.lower() == "venture" and g.i > 0 and g.doc[g.i - 1].lower_ == "joint"
                                       for c in purposes if c.pos_ == "VERB" for g in c.subtree):
        return []
    # "MCV called its previous offer the final revision of its agreement with Viacom": beside a bid, the
    # agreement is the bidder's with its target
    if a.lemma in T.WEAK_NOUNS and any(x.pos_ == "NOUN" and x.lemma_.lower() in L.BID_NOUNS for x in a.sent):
        return []
    # "negotiations with manufacturers and banks for the lease of 10 Boeing engines": talks on a lease or a
    # loan are a trade of goods or money, and the makers of what is leased are no partners
    if a.lemma in TALKS or a.t.lower_ in TALKS:
        about = {g.lemma_.lower() for c in a.t.children
                 if c.dep_ == "prep" and c.lower_ in ("for", "on", "over", "about")
                 for g in c.children if g.dep_ == "pobj"}
        if about & L.NO_TIE_AGREEMENTS:
            return []
    # "failed to reach agreement with primary lenders X and Y on a debt restructuring": a firm's agreement or talks
    # with its lenders, or on its debt, are a loan's terms, no alliance
    if a.lemma in T.WEAK_NOUNS or a.lemma in TALKS or a.t.lower_ in TALKS:
        near = [a.t, *([a.t.head] if a.t.dep_ in ("dobj", "pobj") else [])]
        said = [g for x in near for c in x.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "over", "about")
                for g in c.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in _LENDERS or g.lemma_.lower() in _DEBT_DEALS and
               any(c.lemma_.lower() in _DEBT_DEALS | {"debt"} for c in g.children if c.dep_ in ("compound", "amod"))
               for g in said) or any(x.lemma_.lower() in _LENDERS and x.i + 1 < len(a.sent) and x.i + 1 in a.at
                                     for g in said for x in g.subtree):
            return []
    return None


#: What a network sells airtime to: "an agreement to air ... commercials", "to produce a series of commercials".
_AIRS = {"air", "broadcast", "televise", "advertise"}
_ADS = {"commercial", "advertisement", "ad", "advertising", "spot", "airtime", "announcement"}
#: Who lends a firm money: an agreement with them is on its debt ("primary lenders X and Y").
_LENDERS = {"lender", "creditor", "bondholder", "noteholder", "debenture-holder"}
#: What a firm agrees with its lenders: "a debt restructuring".
_DEBT_DEALS = {"restructuring", "rescheduling", "refinancing", "moratorium", "workout"}


@rule("claim")
def _contest_to_supply(a: Args):
    """"McDonnell Douglas, Airbus's rival in the competition to provide a long range passenger plane alternative to
    Boeing Co's new versions of the 747": a contest, or a rival, "to provide" something sells nothing to anyone (not
    "won the competition to supply X": a contest won is a sale)."""
    if a.rtype is not R.SUPPLY or a.verb is None or a.t.dep_ != "acl" or \
            a.t.head.lemma_.lower() not in L.CONTESTS | L.RIVAL_NOUNS:
        return None
    contest = a.t.head
    if contest.dep_ == "pobj" and contest.head.head.lemma_.lower() in L.RIVAL_NOUNS:
        contest = contest.head.head  # "Airbus's rival in the competition to provide"
    return None if any(x.lemma_.lower() in L.WINS for x in contest.ancestors) else []


@rule("claim")
def _no_trade(a: Args):
    """A contract or an order that sells nothing: a labour contract ("Western's labor contracts", "the
    unions having contracts with Western"), a court's order ("the order, which was issued by the Court
    of Appeals, requires Western to ..."; "asks the court to order Cyclops to provide ...")."""
    if a.rtype is not R.SUPPLY:
        return None
    if a.verb is not None:
        # "to order X to sell its shares": ordering one to do something commands it, buys nothing of it
        if a.lemma == "order" and any(c.dep_ in ("xcomp", "ccomp") for c in a.t.children):
            return []
        # "agreements with X providing for a joint participation program": what a deal sets out, nothing
        # provided to anyone
        if a.lemma == "provide" and any(c.dep_ == "prep" and c.lower_ == "for" for c in a.t.children) and \
                not any(c.dep_ in ("dobj", "dative") for c in a.t.children):
            return []
        # "a jury has awarded 2.3 mln dlrs in punitive damages against X": a court's award, no contract
        return [] if a.lemma == "award" and {x.lemma_.lower() for x in a.t.subtree} & L.COURT_AWARDS else None
    words = {c.lemma_.lower() for c in a.t.children if c.dep_ in ("amod", "compound", "nmod", "poss")}
    if a.t.dep_ == "dobj" and a.t.head.dep_ in ("acl", "relcl"):
        words.add(a.t.head.head.lemma_.lower())  # "unions having contracts"
    words |= {c.lemma_.lower() for c in a.t.head.children if c.dep_ == "nsubj"} if a.t.dep_ == "dobj" else set()
    if a.lemma == "contract" and words & L.LABOUR:
        return []
    if a.lemma == "order" and (words | {x.lemma_.lower() for x in a.t.subtree}) & L.RULINGS:
        return []
    if a.lemma == "order" and a.t.dep_ == "pobj" and a.t.head.lower_ == "on" and \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in a.t.children):
        return []  # "will pay on the order of 30 mln dlrs for X": about that much, no order placed
    return None


@rule("claim")
def _contested(a: Args):
    """"Boeing and Airbus are competing for a contract to supply jets to Qantas", "in the bidding for the
    order": work sought against rivals is no supply yet (unless it was won: "Boeing beat Airbus in the
    competition for the order")."""
    if a.rtype is not R.SUPPLY:
        return None
    above = {x.lemma_.lower() for x in a.t.ancestors}
    return [] if above & L.CONTESTS and not above & L.WINS else None


@rule("claim")
def _stake_in_the_venture(a: Args):
    """"agreed to buy a 28 pct stake in the Greens Creek joint venture from Amselco": the venture is what
    is bought, and its buyer and seller are no partners in it unless the words of the venture name one
    ("its stake in the venture with X")."""
    if a.rtype is not R.JOINT_VENTURE or a.verb is not None or a.t.dep_ != "pobj" or a.t.head.lower_ != "in" or \
            a.t.head.head.lemma_.lower() not in L.STAKE_NOUNS:
        return None
    partner = any(c.dep_ == "prep" and c.lower_ in ("with", "between", "of") for c in a.t.children)
    return None if partner else []


@rule("claim")
def _with_no_company(a: Args):
    """"Toyota and Honda said they would cooperate with the government on safety", "A, B and C are working in
    partnership with the National Military Office": the one they work with is no company, and those who each
    work with it are no partners of each other ("with each other" is); nor is one "between" names beside it."""
    if a.rtype is not R.ALLIANCE:
        return None
    withs = [g for c in a.t.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]
    if withs and not any(x.i in a.at or x.lower_ in ("other", "another") for g in withs for x in g.subtree):
        return []
    # "a similar, but wholly separate, agreement between the Soviet Union and Banque de l'Union Europeenne": the
    # parties "between" names are all the agreement has, and one of them is a name of no company
    betweens = [x for c in a.t.children if c.dep_ == "prep" and c.lower_ == "between"
                for g in c.children if g.dep_ == "pobj" for x in (g, *g.conjuncts)]
    if len(betweens) >= 2 and any(x.pos_ == "PROPN" and not any(y.i in a.at for y in x.subtree if y.i <= x.i)
                                  for x in betweens):
        return []
    return None


@rule("claim")
def _bidding_partnership(a: Args):
    """"a tender offer from the partnership, which includes A and B", "the offer made by a partnership of A
    and B": a partnership formed to bid is a venture its members own together, and the company bid for
    is no partner of theirs."""
    if a.lemma != "partnership" or a.verb is not None or a.t.dep_ != "pobj" or a.t.head.lower_ not in ("from", "by"):
        return None
    bid = a.t.head.head
    if a.t.head.dep_ == "agent" and bid.dep_ == "acl":  # "the offer made by a partnership"
        bid = bid.head
    if bid.lemma_.lower() not in L.BID_NOUNS:
        return None
    inside = {x.i for x in a.t.subtree}
    first = next((e for e in a.companies if e.i in inside), None)
    if first is None:
        return []
    # the parser may hang the last of the members elsewhere: those "and" joins to the first are members too
    members = [first, *(e for e in _conjoined(first, a.companies, a.sent)[1:] if e.i > first.i)]
    return [p for k, x in enumerate(members) for y in members[k + 1:] for p in _pairs(R.JOINT_VENTURE, x, y)]


#: An even split of a partnership's ownership: "a 50-50 partnership", "a fifty-fifty partnership".
_EVEN_SPLIT = re.compile(r"\b(?:50\s?[-/]\s?50|fifty-fifty)\b", re.I)


@rule("claim")
def _even_partnership(a: Args):
    """"Union Pacific Corp said it will enter a 50-50 partnership with Petroles de Venezuela, PDVSA, to own and
    operate Union Pacific's ... oil refinery": a partnership its two partners own half each is a firm they own
    together, a joint venture, not an alliance."""
    if a.lemma != "partnership" or a.verb is not None:
        return None
    if _EVEN_SPLIT.search(a.sent.doc[a.t.left_edge.i:a.t.i].text):
        a.rtype = R.JOINT_VENTURE
    return None


@rule("claim")
def _nothing_sold(a: Args):
    """What is provided is no good or service sold: "must provide X with all non-public information",
    "by providing financing to X", "the information provided to X"."""
    if a.rtype is not R.SUPPLY or a.verb is None or a.lemma not in T.WEAK_VERBS:
        return None
    given = [c for c in a.t.children if c.dep_ == "dobj"]
    given += [g for c in a.t.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if a.t.dep_ in ("acl", "relcl"):
        given.append(a.t.head)  # "the information provided to Dixons"
    # "to provide nonpublic information to X, which is making a rival offer, that had been provided to Dixons": a
    # passive relative clause may give what the sentence named well before it, whatever the parse hangs it from
    given += [x for c in a.t.children if c.dep_ == "nsubjpass" and c.lower_ in ("that", "which")
              for x in a.sent[: c.i] if x.pos_ == "NOUN"]
    # "provided no support for its claim": what is given as none is nothing supplied
    return [] if any(g.lemma_.lower() in L.NOT_SUPPLIED or any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)
                     for g in given) else None


@rule("claim")
def _advised(a: Args):
    """"Nedbank Capital advised Union Resources", "Union Resources is advised by Nedbank Capital" (the
    parse's parties, read on), and "X has been retained (by Y) to advise": the one retained advises the
    one that retains it, else the company that says so ("..., Harper and Row added"). Never a company
    merely near: "X advised shareholders to reject Y's offer" advises no Y."""
    if a.lemma not in ADVISES or a.verb is None:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("of", "against") for c in a.t.children):
        return []  # "said it advised Siemens that it intends to close", "advised selling": told, no service
    told = next((c for c in a.t.children if c.dep_ == "dobj"), None)
    if told is not None and told.right_edge.i + 1 < len(a.sent) and \
            a.sent[told.right_edge.i + 1].lower_ in ("that", "it", "they", "he", "she", "we", "its"):
        return []  # "advised Siemens it intends to close": told, whatever the parse hung the clause from
    agent = next((c for c in a.t.children if c.dep_ == "agent" and _ent_in_phrase(c, a.at)), None)
    if agent is not None and a.t.dep_ == "acl":
        # "X, advised by Y, agreed to ...": the one the participle is set on is the client; "a deal advised by
        # Y", "the bid, underwritten by Y": a deal, whose side it is the sentence does not say
        adviser = _named_by(agent, a.at)
        client = _ent_in(a.t.head, a.at) or next((_ent_in(c, a.at) for c in a.t.head.children
                                                  if c.dep_ == "poss" and _ent_in(c, a.at)), None)  # "X's offering"
        return list(_pairs(R.SUPPLY, adviser, client)) if adviser and client and adviser is not client else []
    if any(c.dep_ in ("dobj", "agent") and _ent_in_phrase(c, a.at) for c in a.t.children):
        return None  # the parse names both
    hired = a.t.head if a.t.dep_ in ("xcomp", "advcl") and a.t.head.lemma_.lower() in HIRES else None
    if hired is None:
        return []
    adviser = next((_ent_in(c, a.at) for c in hired.children if c.dep_ in ("nsubjpass", "dobj") and _ent_in(c, a.at)),
                   None)
    client = next((_named_by(c, a.at) for c in hired.children if c.dep_ == "agent"), None) or \
        next((_ent_in(c, a.at) for c in hired.children if c.dep_ == "nsubj" and _ent_in(c, a.at)), None) or \
        _sayer(a)
    if adviser is None or client is None or adviser is client:
        return []
    return list(_pairs(R.SUPPLY, adviser, client))


def _ent_in_phrase(tok, at) -> bool:
    return any(g.i in at for g in tok.subtree)


def _sayer(a: Args) -> Ent | None:
    """The company that says what the sentence tells, after it: "..., Harper and Row added"."""
    root = next((x for x in a.sent if x.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in SAYS or root.i < a.t.i:
        return None
    return next((_ent_in(c, a.at) for c in root.children if c.dep_ == "nsubj" and _ent_in(c, a.at)), None)


@rule("claim")
def _order_parties(a: Args):
    """"an order from IndiGo" (the customer), "ordered jets from Airbus" or "with Airbus" (the supplier),
    "the order for Airbus A350 jets" (the maker of what is ordered supplies)."""
    if a.lemma != "order" or a.subject is None:
        return None
    party = _after(a.sent, a.t, a.at, "from")
    if party is None and a.verb is None and any(c.dep_ == "acl" and c.lemma_.lower() in PLACES_ORDER
                                                for c in a.t.children):
        party = _after(a.sent, a.t, a.at, "by")  # "the order, awarded by Pohang": who gave it buys
    if party is None:
        party = _after(a.sent, a.t, a.at, "with") or (_maker(a) if a.verb is None else None)
        return list(_pairs(a.rtype, party, a.subject)) if party is not None and party is not a.subject else None
    if party is a.subject:
        return None
    return list(_pairs(a.rtype, a.subject, party) if a.verb is None else _pairs(a.rtype, party, a.subject))


def _maker(a: Args) -> Ent | None:
    """The maker of what an order is for: "the order for Airbus A350 jets" (a company naming the goods),
    not "an order to build a plant for CADAFE" (the company the order is for is the customer); "its order of 25
    Airbus aircraft" likewise."""
    prep = next((c for c in a.t.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    goods = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if prep is not None and (goods is None or goods.i in a.at):
        # "the order for McDonnell Douglas Corp <MD> MD-11 jets confirmed ...", parsed with the name as the
        # object: the company right after "for" whose name goes on to a noun of what is ordered; not "an
        # order for Swissair" (the customer)
        k = next((x.i for x in a.sent[prep.i + 1 : prep.i + 4] if x.pos_ not in ("DET", "NUM")), None)
        e = a.at.get(k) if k is not None else None
        after = _past_ticker(a.sent, e.j) if e is not None and e.i == k else len(a.sent)
        while after < len(a.sent) and a.sent[after].is_space:  # the blank a masked ticker leaves
            after += 1
        return e if after < len(a.sent) and a.sent[after].pos_ in ("NOUN", "PROPN", "NUM") and \
            after not in a.at else None
    if goods is None:
        return None
    return next((a.at[g.i] for g in goods.subtree if g.i in a.at and g.dep_ in ("compound", "poss", "nmod")), None)


def _own_things(noun) -> bool:
    """Whether an object is a party's own things, not a company: "the franchises", "its stores"."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and \
        any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "its", "their") for d in noun.children)


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
    if partner is None or partner is a.subject:
        return None
    # "signed an agreement with Marlow to provide it with software": the pronoun the verb provides "with" is
    # the one that signed, the customer; the partner supplies
    # "signed an agreement with Sutton-Landis Shoe Machinery Co to supply the franchises with machinery": what the
    # signer has, supplied "with" goods, is served likewise
    served = any(c.dep_ in ("dobj", "dative") and (c.lower_ in ("it", "us", "them") or _own_things(c))
                 for c in a.t.children) and any(c.dep_ == "prep" and c.lower_ == "with" for c in a.t.children)
    # "an agreement with McDonnell Douglas's Tymnet for Tymnet to provide services": the partner named
    # between "for" and the purpose's "to" is the one that provides
    aux = next((c for c in a.t.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if aux is not None:
        k = aux.i - 1
        while k > 0 and a.t.doc[k].pos_ == "PROPN":
            k -= 1
        named = a.t.doc[k + 1:aux.i].text
        served = served or (a.t.doc[k].lower_ == "for" and bool(named)
                            and (named in partner.text or named in partner.name))
    return list(_pairs(R.SUPPLY, partner, a.subject) if served else _pairs(R.SUPPLY, a.subject, partner))


#: Verbs whose participle, with an agent, says who supplies the thing it is set on: "a service provided by X".
_SUPPLIED_BY = {"supply", "provide", "deliver", "furnish"}


@rule("claim")
def _supplied_by_agent(a: Args):
    """"Reuters Holdings Plc said it would display an English language financial news service provided by the
    Japanese Jiji Press": what a participle says a company provides, set on the thing a clause's subject takes,
    is the agent's supply to that subject (not the subject's to the agent, whatever word order offers)."""
    if a.rtype is not R.SUPPLY or a.verb is None or a.lemma not in _SUPPLIED_BY or a.t.dep_ != "acl":
        return None
    thing = a.t.head
    if thing.pos_ != "NOUN" or thing.dep_ != "dobj" or _ent_in(thing, a.at) is not None:
        return None
    supplier = next((_named_by(c, a.at) for c in a.t.children if c.dep_ == "agent"), None)
    if supplier is None or a.subject is None or a.subject is supplier:
        return None
    return list(_pairs(R.SUPPLY, supplier, a.subject))


@rule("claim")
def _money_lent(a: Args):
    """"Marlow Bank will provide a 200 mln dlr credit facility to Piedra", "provided Piedra with a bridge
    loan", "to provide 20 mln dlrs of financing": a lender provides money lent (``data/deal_words.tsv``,
    ``loan``), neither a good nor a service bought, and no share of the borrower."""
    if a.rtype is not R.SUPPLY or a.verb is None:
        return None
    return [] if _lends(a.t) else None


def _lends(v) -> bool:
    """Whether a verb of providing gives money lent ("to provide it with a four mln dlr credit line", "provide
    20 mln dlrs of financing"; ``data/deal_words.tsv``, ``loan``, the noun or its compound)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in L.SUPPLY_PURPOSES:
        return False
    given = [c for c in v.children if c.dep_ == "dobj"]
    given += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
              if g.dep_ == "pobj"]
    given += [g for h in given for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]
    # "with Inland providing 90 mln dlrs": a bare sum, not the worth of goods ("20 mln dlrs of coal")
    if any(g.lower_ in DEAL_WORDS["sum"] and not any(c.lower_ in ("of", "worth") for c in g.children) for g in given):
        return True
    given += [c for g in given for c in g.children if c.dep_ == "compound"]
    return any(g.lemma_.lower() in DEAL_WORDS["loan"] or g.lower_ in DEAL_WORDS["loan"] for g in given)


@rule("claim")
def _agreement_to_lend(a: Args):
    """"completed an agreement for X and Y to provide it with a four mln dlr credit line": an agreement whose
    purpose is money lent makes its lenders no partners of the borrower (nor of each other)."""
    if a.rtype is not R.ALLIANCE or a.lemma not in L.DEAL_NOUNS:
        return None
    # the purpose hangs on the noun or, as parses go, anywhere under the verb that has it ("completed an
    # agreement for X ... to provide")
    clause = a.t.head if a.t.dep_ in ("dobj", "nsubjpass", "attr") and a.t.head.pos_ in ("VERB", "AUX") else a.t
    return [] if any(_lends(v) for v in clause.subtree) else None


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
    taken = _taken(a.t) if party is None and a.verb is None else None
    if taken is not None:
        # "Acme said it obtained a licence to Beta's drug delivery technology": who gets a licence holds it,
        # the owner of what it is to grants it
        party = _after(a.sent, taken, a.at, "to")
    return list(_pairs(a.rtype, party, a.subject)) if party is not None and party is not a.subject else None


@rule("claim")
def _licence_shared(a: Args):
    """"Statoil will head exploration on the blocks, sharing the licence with Esso Norge and Shell": a licence
    shared is held together (as a state awards one to a group), and no holder licenses another."""
    if a.rtype is not R.LICENSING or a.verb is not None:
        return None
    noun = a.t
    while noun.dep_ == "conj":
        noun = noun.head
    return [] if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "share" else None


#: Verbs whose subject comes to hold what they take: a licence so taken is the subject's as licensee.
_GETS = {"acquire", "obtain", "receive", "get", "gain", "win", "secure", "buy", "purchase"}


def _taken(noun):
    """The object of a verb of getting a noun is or is listed in ("licences", "the rights and licences"), if any."""
    while noun.dep_ == "conj":
        noun = noun.head
    return noun if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _GETS else None


@rule("objects")
def _not_what_it_is_for(a: Args):
    """"Flex partners with IXSolutions to offer the IXSuite exchange": the names in what a partnership is
    for are its products or its customers; the partner is the one it is made with."""
    if a.rtype not in (R.ALLIANCE, R.JOINT_VENTURE):
        return None
    purpose = {x.i for c in a.t.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl") for x in c.subtree}
    named = [o for o in a.objects if o.i not in purpose]
    if named and _after(a.sent, a.t, a.at, "with") in named:
        a.left_out += [o for o in a.objects if o not in named]
        a.objects = named
    return None


@rule("objects")
def _not_the_rival(a: Args):
    """"an agreement with CFM rival IAE", "signed with Fabbro, a rival of Kestel": the company a rival is
    named by competes with the partner and is no party to the deal."""
    if a.rtype not in (R.ALLIANCE, R.JOINT_VENTURE, R.SUPPLY, R.LICENSING):
        return None
    rivals = [o for o in a.objects if _rival_of(a.sent, o)]
    return a.leave_out(rivals) if len(rivals) < len(a.objects) else None


@rule("objects")
def _not_another_order(a: Args):
    """"The Airbus plane order would be worth about 1.25 billion dlrs and the Boeing order about 750 mln dlrs": a
    company that names another order (contract, deal) of the same word is that one's party, not this one's."""
    if a.rtype not in (R.SUPPLY, R.ALLIANCE, R.LICENSING) or a.verb is not None:
        return None
    others = [o for o in a.objects if _root(a.sent, o).dep_ in ("compound", "poss", "nmod") and
              _root(a.sent, o).head.i != a.t.i and _root(a.sent, o).head.lemma_.lower() == a.lemma and
              _root(a.sent, o).head.i > a.t.i]
    return a.leave_out(others)


@rule("objects")
def _not_the_channel(a: Args):
    """"will provide investment management services through the American AAdvantage Equity Fund": what a
    service is given through is the supplier's vehicle, not its customer."""
    if a.rtype is not R.SUPPLY:
        return None
    via = {g.i for x in a.t.subtree if x.dep_ == "prep" and x.lower_ in ("through", "via") for g in x.subtree}
    return a.leave_out([o for o in a.objects if o.i in via])


@rule("objects")
def _not_the_site(a: Args):
    """"its phosphate mining joint venture at Four Corners": the name "at" gives a venture is where it works,
    not who it is made with."""
    if a.rtype not in (R.ALLIANCE, R.JOINT_VENTURE) or a.verb is not None:
        return None
    # right after the noun, whatever the parse hangs "at" from
    return a.leave_out([o for o in a.objects if o.i == a.t.i + 2 and a.sent[a.t.i + 1].lower_ == "at"])


#: Words after a partnership that turn it against the companies named past them.
_OPPOSED = re.compile(r"\b(?:in opposition to|against|opposing|opposed to|to counter|to rival|rivall?ing|to fend off|"
                      r"to block|to defeat|to beat|to outbid|competing with)\b", re.I)


@rule("objects")
def _not_the_opposed(a: Args):
    """"Siemens has teamed up with Jeumont-Schneider, in opposition to a bid from ATT and Philips": the
    companies the partners stand against are no partners of theirs."""
    if a.rtype not in (R.ALLIANCE, R.JOINT_VENTURE):
        return None
    text = a.sent.text
    end = a.t.idx + len(a.t.text)
    return a.leave_out([o for o in a.objects if o.i > a.t.i and _OPPOSED.search(text[end:a.sent[o.i].idx])])


@rule("objects")
def _not_the_market(a: Args):
    """"a supplier of enhancement products and disc drive subsystems for the Apple personal computer market": a
    company that only names the market goods are made for is no customer; its rivals sell there too."""
    if a.rtype is not R.SUPPLY:
        return None
    return a.leave_out([o for o in a.objects if _root(a.sent, o).dep_ in ("compound", "nmod", "amod") and
                        _root(a.sent, o).head.lemma_.lower() == "market"])


@rule("objects")
def _not_a_second_supplier(a: Args):
    """"Amtex was selected to supply trunk floor carpets and Bluewater Plastics Inc duct assemblies": a company
    listed after the goods, with goods of its own, is a second supplier in a clause that leaves the verb
    out, no customer."""
    if a.rtype is not R.SUPPLY or a.verb is None:
        return None
    return a.leave_out([o for o in a.objects if _root(a.sent, o).dep_ == "conj" and _root(a.sent, o).head.i not in a.at
                        and _root(a.sent, o).head.dep_ == "dobj" and _root(a.sent, o).head.head.i == a.t.i])


@rule("objects")
def _not_the_target(a: Args):
    """"will form a joint venture to take over the whole of CGCT", "a partnership with Wagner and Brown to
    acquire GenCorp": the company the partners mean to buy is their target, no partner."""
    if a.rtype not in (R.ALLIANCE, R.JOINT_VENTURE):
        return None
    # the target rules itself out, not the partners, who may stand where the reading does not reach ("ended
    # talks with his MTS Acquisition Corp on a possible joint venture for the acquisition of Caesars World"):
    # with no object left the trigger is unread, no veto the model must keep
    answer = a.leave_out([o for o in a.objects if _bought_under(_root(a.sent, o), a.t)])
    return Unread() if answer == [] else answer


def _bought_under(x, t) -> bool:
    """Whether a word on the way up from ``x`` to the trigger ``t`` takes it over ("to acquire", "the
    acquisition of")."""
    while x.head.i != x.i and x.head.i != t.i:
        x = x.head
        if T.VERBS.get(x.lemma_.lower()) is R.ACQUISITION and x.pos_ == "VERB" and \
                (x.lemma_.lower() != "take" or any(c.lower_ == "over" for c in x.children)) or \
                T.NOUNS.get(x.lemma_.lower()) is R.ACQUISITION and x.lemma_.lower() not in T.WEAK_NOUNS:
            return True
    return False


def _rival_of(sent, e: Ent) -> bool:
    root = _root(sent, e)
    noun = root.head if root.dep_ in ("compound", "poss", "nmod") else \
        root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return noun is not None and noun.lemma_.lower() in L.RIVAL_NOUNS


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


#: What a supplier awards one who is to sell its goods.
_SELLING_RIGHTS = {"right", "distributorship", "dealership", "franchise"}


def _awards_a_contract(a: Args) -> bool:
    """Whether the trigger is "award" and what is awarded is work, not a right to sell the awarder's goods
    ("Mitel awarded exclusive rights to BC Tel to sell its systems", "has awarded Sierra/Misco expanded distribution
    rights": the awarder supplies)."""
    if a.rtype is not R.SUPPLY or a.lemma != "award" or a.subject is None:
        return False
    # the parse may hang the noun on a word before it ("awarded Sierra/Misco Inc expanded distribution rights")
    return not any(x.pos_ == "NOUN" and x.lemma_.lower() in _SELLING_RIGHTS for x in a.sent[a.t.i + 1 : a.t.i + 9])


@rule("claim")
def _awarded_by(a: Args):
    """"Grumman Corp said it was awarded a 28 mln dlr contract by McDonnell Douglas Corp": the passive's
    subject supplies and its agent, who awards the work, is the customer (the shared reading of a passive makes
    the agent act, and the parse may hang the "by" on the contract, where the active reading swaps the two); one
    awarded by no company ("by the County of Los Angeles to design ... its County Justice Information System") has
    no customer named."""
    if a.verb is None or not _awards_a_contract(a) or not any(c.dep_ == "auxpass" for c in a.verb.children):
        return None
    by = next((c for c in a.t.subtree if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > a.t.i), None)
    if by is None or any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in by.children):
        return None
    customer = _named_by(by, a.at)
    return [] if customer is None or customer is a.subject else list(_pairs(a.rtype, a.subject, customer))


@rule("parties")
def _awarded(a: Args):
    """"AT&T awarded Ericsson a contract": the object supplies."""
    if not _awards_a_contract(a):
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
    a.objects = [o for o in a.objects if _word_before(a.sent, o) == "for"]
    return None


#: The verbs a company puts out its own paper by: "is issuing a 100 mln dlr eurobond", "has launched a bond",
#: "is raising 100 mln dlrs through an offering of notes".
_ISSUES = {"issue", "launch", "offer", "raise", "price", "sell", "place", "float"}
#: What such a verb puts out: an issue, or paper (``data/deal_words.tsv``, "issue" and "issued").
_PAPER_ISSUED = DEAL_WORDS["issue"] | DEAL_WORDS["issued"]
#: Words that put an issue off to later: an issue planned has its manager mandated, not yet at work.
_LATER = {"will", "would", "plan", "propose", "intend", "expect", "seek"}
_SAID_AS_MANAGER = re.compile(r"\s*(?:<[^<>]{1,12}>\s*)?,?\s*said\s+(?:\w+\s+)?as\s+(?:(?:co|joint)[- ]?)?lead[- ]manager",
                              re.I)


def _underwrites(sent, e: Ent) -> bool:
    """Whether the sentence names the company as the underwriter of an issue in words ``parse._intermediary``
    leaves to its describing noun: "said Morgan Stanley and Co, underwriter", "William Blair and Co,
    co-managers of the underwriting group", "through an underwriting group managed by Hambrecht and Quist"."""
    root = _root(sent, e)
    if any(c.dep_ == "appos" and c.lemma_.lower() in _UNDERWRITERS for c in root.children):
        return True
    by = root.head if root.dep_ == "pobj" and root.head.lower_ == "by" else None
    led = by.head if by is not None else None
    return led is not None and led.lemma_.lower() in ("lead", "manage", "co-manage") and \
        any(x.lower_ in ("underwriting", "underwriters") for x in led.head.children) and \
        led.head.lemma_.lower() in ("group", "syndicate")


def _cue_of_another(sent, e: Ent, companies: list[Ent]) -> bool:
    """Whether the words that make a company act for a party come after it and after another company named
    between ("the acquisition of <Universal Care> because <First Jersey Securities> has withdrawn as
    underwriter": the underwriter is the second), with none before it ("lead manager X said")."""
    if any(_ACTING_CUE.match(x.lower_) for x in sent[max(0, e.i - 4) : e.i]):
        return False
    cue = next((x.i for x in sent[e.j :] if _ACTING_CUE.match(x.lower_)), None)
    return cue is not None and any(e.j <= f.i < cue for f in companies if f is not e)


_ACTING_CUE = re.compile(r"underwrit|manag|advis|agent|syndicate|trustee")
#: The nouns an underwriter is told by right after its name: "said Morgan Stanley and Co, underwriter".
_UNDERWRITERS = {"underwriter", "co-manager", "manager"}


def managed_issues(sent, companies: list[Ent], sentence: str, start: int, end: int) -> list[Mention]:
    """"X is issuing a 100 mln dlr eurobond ..., lead manager Y said", "X is raising 100 mln dlrs through an
    offering of notes, said lead manager Y", "X is offering 100 mln dlrs of notes, Y said as lead manager", "Z
    said an offering of X shares is underway through underwriters led by Y", "Lead underwriter Y said an
    offering of 500,000 units of X is under way": the firm that manages or underwrites a company's issue
    (``parse._intermediary``, ``_underwrites``) supplies its issuer a service. The issuer is the company the
    issue is of, else the subject of the verb that puts the paper out, or the speaker of an issue told as under
    way; never a firm of the manager's own name ("Nomura Securities ..., lead manager Nomura International
    said": one group)."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    # not the owner of the firm that manages ("underwriters led by Sears, Roebuck and Co Inc's Dean Witter")
    managers = [e for e in companies if (_intermediary(sent, e) and not _cue_of_another(sent, e, companies) or
                                         _underwrites(sent, e) or _SAID_AS_MANAGER.match(sent[e.j :].text)) and
                _root(sent, e).dep_ != "poss" and owner_written_before(sent, e, companies) is None]
    if not managers:
        return []
    issuers: list[tuple[Ent, object]] = []
    for v in sent:
        lemma = v.lemma_.lower()
        of = None
        if v.pos_ in ("NOUN", "PROPN") and lemma in DEAL_WORDS["issue"]:
            # "an offering of 500,000 units of <X>", "an offering of 4,400,000 shares of X": the issue's own company
            of = next((e for x in v.subtree if x.dep_ == "pobj" and x.head.lower_ == "of" and
                       (e := _ent_in(x, at)) is not None and e not in managers), None)
        if of is not None:
            issuers.append((of, False))
            continue
        if v.pos_ == "VERB" and lemma in _ISSUES and any(x.lemma_.lower() in _PAPER_ISSUED for x in v.subtree):
            subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if any(_ent_in(x, at) is not None for x in v.subtree if x.lemma_.lower() in _PAPER_ISSUED and x.i not in at):
                continue  # "if Prudential-Bache did not offer the General Electric Credit notes": another's paper
        elif v.pos_ in ("NOUN", "PROPN") and lemma in DEAL_WORDS["issue"] and v.dep_ == "nsubj" and \
                v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() == "say":
            subject = next((c for c in v.head.head.children if c.dep_ == "nsubj"), None)  # "Z said an offering ..."
        else:
            continue
        issuer = _ent_in(subject, at) if subject is not None else None
        if issuer is not None and issuer not in managers:
            later = any(x.lower_ in _LATER or x.lemma_.lower() in _LATER for x in [v.head, *v.children])
            issuers.append((issuer, later))
    out = []
    for issuer, later in issuers:
        for manager in managers:
            if {n.split()[0].lower() for n in manager.names} & {n.split()[0].lower() for n in issuer.names}:
                continue
            # "X has withdrawn as underwriter for a proposed offering of Y securities": the service is off
            status = S.CALLED_OFF if re.match(r"[^;]{0,40}?\bwithdr[ae]wn?\b", sent[manager.j :].text) else \
                S.AGREED if later else S.ACTIVE
            out += [Mention(R.SUPPLY, m, i, status, sentence, start, end, trigger="lead manager", confidence=0.6)
                    for m in manager.names for i in issuer.names]
    return out


#: A firm told as acting for "its" client: "Y is serving as its financial advisor", "Y will act as its dealer
#: manager", "its financial adviser, Y, said", "the company said financial advisor Y determined".
_SERVES_AS = re.compile(r"\s*(?:<[^<>]{1,12}>\s*)?(?:is|was|will|would|has been|had been)\s+(?:also\s+)?(?:be\s+)?"
                        r"(?:act(?:s|ed|ing)?|serv(?:e|es|ed|ing))\s+as\s+(its|the company's)\s+(?:[a-z]+\s+){0,2}?"
                        r"(?:advis[eo]rs?|dealer[- ]managers?|investment bankers?|underwriters?)\b", re.I)
_ITS_ADVISER = re.compile(r"\b(its|the company's|said)\s+(?:(?:financial|investment|legal|sole|exclusive)\s+){1,2}"
                          r"(?:advis[eo]rs?|bankers?)\s*,?\s*<?\s*$", re.I)


def advisers_told(sent, companies: list[Ent], speaker: str | None, sentence: str, start: int,
                  end: int) -> list[Mention]:
    """"X said Y is serving as its financial advisor", "It said Y will act as its dealer manager", "X said its
    financial adviser, Y, reviewed the offer", "The company said financial advisor Y determined the price to be
    inadequate": the firm told as acting for "its" client, or for the one that speaks, supplies it a service.
    Whose "its" is: the company the sentence has speak before it, else (a sentence that names no other) the
    story's company that spoke last (``speaker``); "the company's" is always the speaker's."""
    out = []
    for y in companies:
        after = _SERVES_AS.match(sent[y.j :].text) if y.j < len(sent) else None
        before = _ITS_ADVISER.search(sent[: y.i].text) if y.i > 0 else None
        told = after or before
        if told is None or _root(sent, y).dep_ == "poss":
            continue  # "its investment bankers, Salomon Inc's Salomon Brothers": the owner of the firm acts for none
        others = [e for e in companies if e is not y and e.j <= y.i and not e.members and
                  any(sent[k].dep_ == "nsubj" for k in range(e.i, e.j))]
        if told.group(1).lower() in ("its", "said") and others:
            clients = others[-1].names
        elif speaker is not None and not [e for e in companies if e is not y]:
            clients = [speaker]
        else:
            continue
        later = after is not None and re.match(r"\s*(?:<[^<>]*>\s*)?(?:will|would)\b", sent[y.j :].text) is not None
        out += [Mention(R.SUPPLY, a, c, S.AGREED if later else S.ACTIVE, sentence, start, end, trigger="advisor",
                        confidence=0.6) for a in y.names for c in clients if a != c]
    return out


#: Verbs by which the one who contracts buys: "has contracted to purchase ... waste materials".
_CONTRACTS_TO_BUY = {"buy", "purchase", "acquire"}


@rule("claim")
def _contracted_to_buy(a: Args):
    """"The company said it has contracted to purchase, process and recycle various waste materials generated at
    the ... plant of Westinghouse Electric Corp's Western Zieconium subsidiary": who contracts to buy is the
    customer, not the supplier; the purchase's own words say who sells (``ownership._goods_bought``)."""
    if a.rtype is not R.SUPPLY or a.t.pos_ != "VERB" or a.lemma != "contract":
        return None
    return [] if any(c.dep_ == "xcomp" and c.lemma_.lower() in _CONTRACTS_TO_BUY for c in a.t.children) else None


@rule("parties")
def _listed_with(a: Args):
    """"Sosnoff said the talks with Pratt and Southmark are not being actively pursued": companies listed after
    "with" are each the other side of one who talks with them (here a person), not allies of each other."""
    if a.rtype is not R.ALLIANCE or a.subject is not None or len(a.objects) < 2:
        return None
    with_ = next((c for c in a.t.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if with_ is None or any(c.dep_ == "prep" and c.lower_ in ("between", "among", "amongst") for c in a.t.children):
        return None
    under = {g.i for g in with_.subtree}
    return [] if all(o.i in under for o in a.objects) else None


#: A sentence that names the underwriters of the issue the story told, and nothing else: "Lead underwriter is
#: <Drexel Burnham Lambert Inc>", "Lead underwriters are Alex. Brown and Sons Inc and Bateman Eichler, Hill
#: Richards Inc", "Lead underwriter for the offerings, both of 75 mln dlrs, is Merrill Lynch Capital Markets".
_UNDERWRITERS_ARE = re.compile(r"\s*(?:the\s+)?(?:(?:lead|co-lead|managing|co-managing|principal|sole)\s+)?"
                               r"underwriters?(?:\s+(?:for|of|on)\s+(?:the|its|this|these)\b[^.;:<>]{1,60}?)?,?\s+"
                               r"(?P<verb>is|are|was|were|will\s+be)(?:\s+the)?\s*$", re.I)
_SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?])\s+(?=[A-Z\"“<(])")
#: "Merrill Lynch will lead the underwriting, Pillsbury said": the firm runs the sayer's issue.
_LEADS_ISSUE = re.compile(r"\s*(?:<[^<>]{1,12}>\s*)?(?P<verb>will|would|is\s+to|is|was)\s+(?:(?:also|jointly)\s+)?"
                          r"(?:lead|leading|led|manage|managing|managed|co-manage|co-managing|co-managed)\s+the\s+"
                          r"(?:underwriting|offering|issue|share\s+offering)\s*,\s*$", re.I)
_ITS_UNIT = re.compile(r"\bits\s+(?:[A-Z][\w.&'-]*\s+)+(?:subsidiary|unit|affiliate|division)\b")
#: What tells an issue of paper in the story before an underwriter is named for it.
_ISSUE_TOLD = re.compile(r"\b(?:offering|offerings|issue of|placement|debt issue|share issue)\b", re.I)


def underwriters_told(sent, companies: list[Ent], speaker: str | None, lead: str | None, doc_text: str,
                      sentence: str, start: int, end: int) -> list[Mention]:
    """The firms a sentence names as underwriters of the issue the story told ("X said it has filed for an
    initial public offering ... Lead underwriters are Y and Z"): they supply its issuer, the company that spoke
    last (``speaker``), else the story's first (``lead``), a service, when the story before the sentence
    (``doc_text`` up to ``start``) told an issue and the sentence names no other company before them; and "Y
    will lead the underwriting, X said": Y serves the sayer."""
    out = []
    firms = [e for e in companies if not e.members]
    if not firms:
        return out
    first = firms[0]
    head = _UNDERWRITERS_ARE.fullmatch(sent[: first.i].text) if first.i > 0 else None
    issuer = speaker or lead
    told = [line for line in _SENTENCE_BREAK.split(doc_text[:start]) if _ISSUE_TOLD.search(line)] \
        if head is not None and issuer is not None else []
    # the sentence that last told the issue names the issuer, and no unit of its that may issue instead ("X
    # said its Y Partners subsidiary plans to make a public offering")
    line = told[-1] if told else ""
    if told and re.search(rf"\b{re.escape(issuer.split()[0])}\b", line) and not _ITS_UNIT.search(line):
        status = S.AGREED if head.group("verb").lower().startswith("will") else S.ACTIVE
        for y in firms:
            if {n.split()[0].lower() for n in y.names} & {issuer.split()[0].lower()} or _root(sent, y).dep_ == "poss":
                continue  # one group ("Nomura Securities ... lead underwriter Nomura International"); the owner of
                # the firm that underwrites ("American Express Co's <AXP> Shearson Lehman Brothers Inc")
            out += [Mention(R.SUPPLY, a, issuer, status, sentence, start, end, trigger="underwriter",
                            confidence=0.6) for a in y.names]
        return out
    if len(firms) == 2 and first.i == 0 or len(firms) == 2 and not sent[: first.i].text.strip(" \"'<"):
        led = _LEADS_ISSUE.fullmatch(sent[first.j : firms[1].i].text)
        said = re.fullmatch(r"\s*(?:<[^<>]{1,12}>\s*)?(?:said|says)\s*\.?\s*", sent[firms[1].j :].text)
        if led is not None and said is not None:
            status = S.AGREED if led.group("verb").lower() in ("will", "would", "is to") else S.ACTIVE
            out += [Mention(R.SUPPLY, a, c, status, sentence, start, end, trigger="underwriting", confidence=0.6)
                    for a in first.names for c in firms[1].names if a != c]
    return out
