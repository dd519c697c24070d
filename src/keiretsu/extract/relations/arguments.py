"""A trigger's arguments: the companies it ties, and which way.

The reading every type shares is here: nouns that describe a company ("its largest
shareholder"), the subject climbed to from the trigger, a passive's agent, the objects in the
trigger's subtree or the next company, lists of companies ("A and B"), and the pairs of an
undirected type. What a family reads its own way is a rule it registers (``@rule(stage)``) in
its module, tried in the order registered:

- ``claim``: before the shared reading. It may answer for the trigger ("a round led by General
  Catalyst": the backer invests), drop it (an empty answer) or retype it ("bought 9.9 pct of X"
  is a stake, not a takeover).
- ``no_object``: when nothing in the trigger's subtree, nor after it, is a company: where else
  the other party is.
- ``objects``: once the objects are known, before a missing subject is looked for: parties to
  leave out (the venture a joint venture makes).
- ``parties``: once subject and objects are known; for a directed type it may swap, narrow or
  answer ("AT&T awarded Ericsson a contract": Ericsson supplies).
- ``pair``: for each (subject, object) of a directed type, a different reading of the pair
  ("bought Thales's rail unit" is Thales's divestment): (type, whether the ends swap).

A rule takes the trigger's ``Args`` (and, at ``pair``, the two companies), may change them, and
returns ``None`` to let the reading go on or the answer: a list of (type, source, target, how),
"how" being "dep" (the parse says it), "near" (word order does) or "describes".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...models import EntityKind, RelationType
from .. import lexicon as L
from ..entities import Ent, StoryContext
from ..names import LEGAL_FORMS
from .parse import (_ADVISERS, _DESCRIBING, _LEFT_OUT, _RECEIVERS, _SAYS, _TO_WHOM, _after, _beside_the_deal, _by_way_of,
                    _clause_between, _closing_speakers, _coordinated, _conj_root, _conjoined, _described, _ent_in,
                    _named_by, _objects, _of_noun, _of_people, _pairs, _people_act, _referred_holder, _root, _story_subject,
                    _subject, _the_company, _word_before, _writer_acts)
from .triggers import TALKS

Answer = list[tuple[RelationType, str, str, str]]


class Unread(list):
    """An answer with no pair because the reading found no party (no subject, no object), not because a rule
    said the trigger ties none: where the rules run out, the model may still read a pair off the sentence; an
    empty answer of any other kind is a veto that binds it ("each Liebert shareholder will receive": no
    holder named, whatever the model weighs)."""
#: Types whose object is what is taken: a company "from" which it is taken sold it.
_TAKES = {RelationType.STAKE, RelationType.ACQUISITION}
STAGES = ("claim", "no_object", "objects", "parties", "pair")
RULES: dict[str, list[Callable]] = {stage: [] for stage in STAGES}


#: Words a share of a company is told in: "owned 24 pct by Ford".
_SHARE_WORDS = {"pct", "percent", "%", "per"}


@dataclass
class Args:
    """A trigger and what has been read of its arguments so far."""

    sent: object  # the spaCy sentence
    t: object  # the trigger token
    rtype: RelationType
    companies: list[Ent]
    ctx: StoryContext
    at: dict[int, Ent]  # token index -> the company there
    lemma: str
    verb: object | None  # the trigger, when it is a verb
    subject: Ent | None = None
    objects: list[Ent] = field(default_factory=list)
    left_out: list[Ent] = field(default_factory=list)  # companies that are no party
    how: str = "dep"

    def leave_out(self, ents: list[Ent]) -> list | None:
        """Move ``ents`` from the objects to the companies that are no party; an "objects" rule's answer: no
        relation (``[]``) when no object is left, else go on (``None``)."""
        if not ents:
            return None
        self.objects = [o for o in self.objects if o not in ents]
        self.left_out += ents
        return [] if not self.objects else None


def rule(stage: str) -> Callable[[Callable], Callable]:
    """Register a family's rule at a stage of the reading."""
    if stage not in RULES:
        raise ValueError(f"no stage {stage!r}: one of {', '.join(STAGES)}")

    def register(fn: Callable) -> Callable:
        RULES[stage].append(fn)
        return fn

    return register


def _run(stage: str, a: Args) -> Answer | None:
    for fn in RULES[stage]:
        answer = fn(a)
        if answer is not None:
            return answer
    return None


#: Holders of shares, and the verbs by which a clause names who they are: "Microtel's shareholders include Norfolk
#: Southern", "Fichtel's other principal shareholders are Commerzbank AG".
_SHAREHOLDERS = {"shareholder", "stockholder", "holder"}
_NAMES_HOLDERS = {"be", "include", "comprise"}


#: Things, not companies, whose owner the news names: "the ferry's owner", "the building's owner".
_THINGS_OWNED = L.PROPERTIES | {"ferry", "ship", "vessel", "tanker", "aircraft", "plane", "jet", "building", "hotel",
                                "plant", "factory", "mill", "store", "site", "land", "stadium", "casino", "restaurant"}


#: What a share is held in when no company is: "holds an average of 25 pct in the Santos-led Cooper Basin projects",
#: "owns 55 pct of the venture".
_HELD_THINGS = _THINGS_OWNED | {"project", "venture", "programme", "program", "scheme"}
#: The words a share is told down from a trigger by: "holds an average of 25 pct in X", "owns 55 pct of X".
_SHARE_PATH = {"dobj", "attr", "prep", "pobj", "npadvmod", "nummod", "compound"}


#: Participles of holding that, with a share and "by" after them, are passives whatever the parse reads.
_HELD_PARTICIPLES = {"owned", "held", "controlled"}


def _share_after(sent, e: Ent) -> bool:
    """Whether a share follows the name right after it ("Canadian Worldwide 25 pct"), as in a list of holders."""
    return e.j + 1 < len(sent) and sent[e.j].like_num and sent[e.j + 1].lower_ in _SHARE_WORDS


def _reduced_passive(verb) -> bool:
    """Whether a participle of holding is a passive with no "is" that the parse reads as an active verb: "Both
    Saudi American, owned 40 pct by Citicorp's Citibank NA and ...": no "has" or "had" before it (which would
    make it active: "X had owned 40 pct by 1986", a date after "by", no company)."""
    return verb.lower_ in _HELD_PARTICIPLES and verb.dep_ == "ROOT" and \
        not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children)


def _share_of_a_thing(sent, t, at: dict[int, Ent]) -> bool:
    """Whether the share a stake's trigger tells of is "in" or "of" a thing and no company ("holds an average of
    25 pct in the Santos Ltd-led Cooper and Eromanga Basin gas and liquids projects", "Chesapeake Biological owns
    55 pct of the venture, ..., and the patent for C31G"): a company that only qualifies the thing, or one named
    further on, is not what is held. Not when a company is named after the thing in its own words ("49 pct of
    the venture, to be called X", "25 pct of the project's operator, X")."""
    todo, seen = [(t, 0)], set()
    while todo:
        x, depth = todo.pop()
        for c in x.children:
            if c.i in seen or c.dep_ not in _SHARE_PATH or depth > 4:
                continue
            seen.add(c.i)
            if c.dep_ == "pobj" and c.head.lower_ in ("in", "of") and c.pos_ == "NOUN" and c.i not in at and \
                    c.lemma_.lower() in _HELD_THINGS and c.head.head.lemma_.lower() in _HELD_WORDS | {"average"} and \
                    not any(g.i in at and g.i > c.i for g in c.subtree):
                return True
            if c.dep_ == "pobj" and c.head.lower_ in ("in", "of") and c.pos_ == "NOUN" and c.i not in at and \
                    c.lemma_.lower() in _HELD_THINGS | L.GROUPS and _rivals_only(c, at):
                return True
            todo.append((c, depth + 1))
    return False


def _rivals_only(noun, at: dict[int, Ent]) -> bool:
    """Whether the companies a noun's own words name after it are all whom it competes against or bids for ("a 20
    pct stake in one of the two groups trying to compete against Japan's Kokusai Denshin Denwa Co Ltd"), and there
    is one: the share is in the noun, none in them."""
    contest = {g.i for x in noun.subtree if x.i > noun.i and x.lemma_.lower() in L.CONTESTS for g in x.subtree}
    named = [g.i for g in noun.subtree if g.i in at and g.i > noun.i]
    return bool(named) and all(k in contest for k in named)


#: A state's bodies as the subject of a deal's verb: "the Finance Ministry took over X".
_PUBLIC_BODIES = {"ministry", "government", "treasury", "state", "regulator", "authority", "authorities", "court",
                  "parliament", "cabinet", "agency"}


def arguments(sent, t, rtype: RelationType, companies: list[Ent], ctx: StoryContext,
              speaker: str | None = None, spokesmen: dict[int, str] | None = None,
              persons: frozenset[int] = frozenset()) -> Answer:
    """(type, source, target, how) for a trigger: source and target as canonical names; ``speaker`` is
    the company an earlier sentence had speak, whom "it" and "the company" stand for; ``spokesmen`` the
    sentence's people who hold an office at a company (token -> company), who speak for it; ``persons``
    the tokens of the people the sentence names."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    lower, lemma = t.lower_, t.lemma_.lower()
    # "Renault, its largest shareholder" / "Mitsubishi Motors, their junior partner"
    if lemma == "partner" and any(c.lower_ in ("general", "limited") and c.dep_ in ("amod", "compound")
                                  for c in t.children):
        return []  # "X, the general partner of Y": who runs and holds a partnership (a stake), no ally
    if lemma == "partner" and _persons_title(t, persons):
        return []  # "Henry is a former partner of Peat Marwick", "most recently as partner at X": a person's office
    if lemma in _DESCRIBING or lower in _DESCRIBING:
        held = _holder_before_name(sent, t, at) or _provider_before_name(sent, t, at)
        if held is not None:
            return held
        if t.dep_ in ("compound", "poss") and t.pos_ == "NOUN":
            return []  # "a special shareholders' meeting", "the customer base": nobody is described
        if t.tag_ == "NNS" and t.dep_ in ("nsubj", "attr") and \
                not any(c.dep_ in ("poss", "prep") or c.dep_ == "compound" and c.i in at for c in t.children):
            # "Other owners are a New England Electric System unit, with a 25 pct stake, and Southwestern Energy
            # Production Co, with 15 pct": the owners of what the story told of, listed, none the other's
            return []
        if lemma == "owner" and any(c.dep_ == "poss" and c.pos_ == "NOUN" and c.i not in at and
                                    c.lemma_.lower() in _THINGS_OWNED for c in t.children):
            return []  # "The ferry's owner is European Ferries Plc": what is owned is a thing, no company
        if any(c.dep_ == "det" and c.lower_ in ("each", "every", "any") for c in t.children):
            return []  # "each Liebert shareholder will receive": whoever holds, no holder named
        kind = _DESCRIBING.get(lemma) or _DESCRIBING[lower]
        holder, other, states = _described(sent, t, at, companies, ctx)
        if holder is None and other is not None and t.dep_ in ("attr", "appos"):
            holder = _referred_holder(sent, t, companies, speaker, ctx, spokesmen)
        if lemma == "partner" and any(x.lower_ in ("pct", "percent", "%") for x in t.subtree if x.i < t.i):
            kind = RelationType.STAKE  # "Marketech, an 80 pct partner in Diatronics": a share of it held
        if holder and other and lemma in _SHAREHOLDERS and t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass") and \
                t.head.lemma_.lower() not in _NAMES_HOLDERS and not any(holder.i <= x.i < holder.j for x in t.subtree):
            # "Bancroft Convertible Fund Inc, the target of an unfriendly cash offer by Zico Investment Holdings Inc,
            # said its shareholders approved proposals": holders acting as the clause's subject, named by no company
            # of their own, are nobody the sentence names (not "Microtel's shareholders include Norfolk Southern")
            return []
        if holder and other:
            # "include Geely and Volvo Cars": every company listed with the holder after it
            holders = [holder, *(e for e in _conjoined(holder, companies, sent)[1:] if e.i > holder.i)]
            others = [other, *(e for e in _conjoined(other, companies, sent)[1:] if e.i > other.i)]
            out = []
            for o in (name for e in others if e not in holders for name in e.names):
                for h in (name for e in holders if e not in others for name in e.names):
                    src, dst = (o, h) if lemma in _RECEIVERS else (h, o)
                    out.append((kind, src, dst, "describes" if states else "dep"))
            return out
        if holder and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
            return []  # "it will buy X and, with its partner Y, ...": Y is the partner of whom "its" stands for
        if t.tag_ == "NNS" and t.head.lower_ != "among":
            return []  # "shareholders entitled to vote": no holder named ("X is among the investors in Y" is)
        if lemma in _ADVISERS or kind is RelationType.LICENSING:
            return []  # an adviser with no client named with it: "a financial adviser with X" works there
    a = Args(sent, t, rtype, companies, ctx, at, lemma, t if t.pos_ in ("VERB", "AUX") else None)
    # "the takeover offer made last week by X": a trigger that only qualifies a bid reads the bid's words
    noun = t.head if a.verb is None and t.dep_ == "compound" and t.head.lemma_.lower() in L.BID_NOUNS else t
    a.subject = _subject(sent, noun, at, ctx)
    if a.subject is None and _people_act(sent, noun, at):
        return []
    if a.verb is not None and rtype in _CHANGING_HANDS and _aside_participle(sent, t, at):
        # "Uniroyal Chemical Co, acquired last year, would increase Avery's operating earnings": a participle set
        # off by commas right after a name tells what was done to that name; it bought nothing, and no "by"
        # names who did
        return []
    if a.verb is None and _unread_agent(noun, at):
        # "in connection with the sale of certain spectrum by Savary Island to Verizon Wireless, Cricket repaid the
        # note": the deal's own "by" names who acts, a name not read as a company; the clause's subject is not it
        return Unread()
    if a.verb is not None and _public_body(a.verb, "nsubj", at):
        # "Sayam Bank has existed since August 1984 when the Finance Ministry took over and re-named the Asia Trust
        # Bank Ltd": a state's body acts, no company named beside it
        return []
    if a.verb is None and _public_bodys(noun, at):
        # "as well as the proposed sale of <Rolls Royce Plc> and the as-yet untimetabled sale of the government's
        # 31.7 pct stake in British Petroleum": a state's body holds and sells, no company named before it
        return []
    if _a_persons_deal(noun, at, persons, spokesmen or {}):
        # "Lindner, who holds his Taft stake through American Financial": the company a person acts through is a
        # party the rules do not read, not one they rule out
        return Unread() if _acts_through(noun, at) else []
    helper = _deal_helper(noun, at)
    if helper is not None and a.subject is helper:
        a.subject = None  # "Salomon Inc, which represented it in connection with the proposed merger with X"
    referred = a.subject is None  # "it", "the company": the story's company, trusted only with a parsed object
    a.subject = a.subject or _story_subject(sent, noun, companies, speaker, ctx, spokesmen)
    if lemma in _DESCRIBING and lower.endswith("s") and t.dep_ in ("nsubj", "nsubjpass"):
        return []  # "its shareholders approved the merger": no holder named
    answer = _run("claim", a)
    if answer is not None:
        return answer
    if a.rtype is RelationType.STAKE and _share_of_a_thing(sent, t, at):
        return []
    passive_target = agent = None
    if a.verb is not None:
        for c in a.verb.children:
            if c.dep_ == "nsubjpass":
                passive_target = _ent_in(c, at)
                if passive_target is None and c.pos_ == "NOUN" and c.lemma_.lower() in L.PROPERTIES | L.GOODS and \
                        not any(g.i in at for g in c.subtree) and any(x.dep_ == "agent" for x in a.verb.children):
                    # "The major gold deposit to be acquired by Norgold is 100 pct of the Bottle Creek deposit,
                    # NBH said": a property or goods change hands, not the company that tells of it
                    return []
                if passive_target is None and c.pos_ == "NOUN" and c.lemma_.lower() not in _HELD_WORDS | L.STORY_REFERENCES \
                        and any(g.dep_ == "acl" and any(x.dep_ == "agent" for x in g.children) for g in c.children):
                    return []  # "The plant operated by Alpha is owned by Beta": a thing is owned, not Alpha
            if c.dep_ == "agent":  # "by Microsoft", "by a group led by Japan Industrial Partners"
                agent = _named_by(c, at)
                if agent is None and any(g.i in at and _of_people(sent, at[g.i], at) for g in c.subtree):
                    return []  # "owned by Commercial chairman Sid Schuman Jr.": people act, no company
        reduced = _reduced_passive(a.verb)
        if agent is None and (reduced or any(c.dep_ in ("nsubjpass", "auxpass") for c in a.verb.children)):
            # "Mazda is owned 24 pct by Ford": the parse may hang the agent from the share it holds
            share = next((c for c in a.verb.children if c.dep_ in ("dobj", "npadvmod") and c.lower_ in _SHARE_WORDS), None)
            by = next((g for g in share.children if g.dep_ in ("prep", "agent") and g.lower_ == "by"), None) \
                if share is not None else None
            agent = _named_by(by, at) if by is not None else None
            if reduced and agent is not None:
                # "Both Saudi American, owned 40 pct by Citicorp's Citibank NA and ...": a participle the parse
                # reads as the sentence's active verb; its subject is what is owned, the "by" names the owner
                passive_target = next((_ent_in(c, at) for c in a.verb.children if c.dep_ == "nsubj"), None)
                if passive_target is None:
                    return Unread()
    else:  # "acquisition of Y by X", "the takeover offer announced by CSR", "acquisition of the company by X"
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        by = None
        for c in [*noun.children, *(g for c in noun.children if c.dep_ == "acl" for g in c.children),
                  *(g for o in of if o.i not in at for g in o.children)]:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                by, agent = c, _named_by(c, at)
        if by is None:
            # "the takeover of Schlumberger's Fairchild Semiconductor Corp by Fujitsu": the parse hangs the
            # bidder from the name bought; only a company there bids ("by the end of May" is a date)
            for c in (g for o in of if o.i in at for g in o.children):
                if c.dep_ in ("prep", "agent") and c.lower_ == "by" and _named_by(c, at) is not None:
                    by, agent = c, _named_by(c, at)
        if by is None and of and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # "approved the acquisition of its City Commercial Bank subsidiary by First Union Corp": the parse hangs
            # the bidder from the verb; a company right after the noun's words is the noun's (a verb with a
            # subject of its own takes no agent)
            by = next((c for c in noun.head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and
                       c.i == noun.right_edge.i + 1 and _named_by(c, at) is not None), None)
            agent = _named_by(by, at) if by is not None else None
        if not of and agent is not None:
            # "an attempted takeover by Japan's Fujitsu Ltd of Fairchild": the "of" hung from the bidder's name
            bidder = next((g for g in by.children if g.dep_ == "pobj" and g.i in at), None)
            of = [g for c in (bidder.children if bidder is not None else ()) if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        named = [e for e in (_ent_in(o, at) for o in of) if e is not None and e is not agent]
        if named and agent is None and by is not None and rtype.directed and \
                all(g.pos_ not in ("PRON", "PROPN") for g in by.children if g.dep_ == "pobj"):
            return []  # "a possible takeover of SABMiller by the US-based brewing giant": the buyer is not named
        if by is None and t.dep_ == "nsubjpass" and not any(c.dep_ == "poss" for c in t.children):
            # "A formal offer for SABMiller is expected to be tabled by AB InBev": the noun is the passive's
            # subject, and a company as the agent of its verb (or of the verb that verb expects) makes the bid
            # (not "Nvidia's planned purchase of Arm was blocked by regulators")
            verbs = [t.head, *(x for x in t.head.children if x.dep_ == "xcomp")]
            by = next((c for v in verbs for c in v.children if c.dep_ == "agent"), None)
            agent = _named_by(by, at) if by is not None else None
            if agent is not None and not named:
                named = [e for e in (_named_by(c, at) for c in t.children if c.dep_ == "prep" and c.lower_ == "for")
                         if e is not None and e is not agent]
        if not named and agent is not None and by is not None and rtype in (RelationType.INVESTMENT, RelationType.STAKE):
            # "last year's investment by Sumitomo Bank in Goldman": what the noun's "in" names is put into
            named = [e for e in (_named_by(c, at) for c in (*noun.children, *by.subtree)
                                 if c.dep_ == "prep" and c.lower_ == "in") if e is not None and e is not agent][:1]
        if named and agent is not None:
            passive_target = named[0]  # "the takeover of Y by X": Y, whatever the sentence's subject
    target = passive_target or a.subject
    against = False
    if agent is not None and a.verb is None and passive_target is None:
        # "AVAQ said it acted in response to an offer by X for all of Gates Learjet shares": the company the
        # bid's "for" names is its target, whoever the sentence's subject is
        sought = _after(sent, noun, at, "for")
        target = sought if sought is not None and sought is not agent else target
        if sought is None and noun.dep_ == "dobj" and L.RIVAL_BIDS.fullmatch(noun.head.lower_):
            # "X bid 2,205 francs a share for Y, rivalling the 2,100 franc bid announced by Z": a bid set
            # against X's is for X's target, not for X
            target = None
        elif sought is None and noun.dep_ == "pobj" and noun.head.lower_ in _SET_AGAINST_BY and \
                _RIVAL_BEFORE.search(sent[max(0, noun.left_edge.i - 4) : noun.left_edge.i].text):
            # "AGL said it will offer ... for TMOC in a counter-bid to the previously reported takeover offer by
            # Santos": the bid X's is set against is for X's target, not for X
            target, against = None, True
    if agent is not None and a.verb is not None and t.dep_ == "acl" and passive_target is None:
        # "the 20 pct stake in Moulinex sold by Scovill", "Lumora, acquired by Kestrel": what the participle
        # says of is the noun it describes, or the company that noun is a stake "in" or part "of"
        noun = t.head
        if noun.lemma_.lower() in L.DEAL_DOCUMENTS and any(c.dep_ == "auxpass" for c in t.children):
            # "Plaid signed a definitive agreement to be acquired by Visa": who signed it is the one bought, or
            # whose agreement it is ("Gurantee's agreement to be acquired by"; not known in "the airline's")
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            target = a.subject if poss is None or poss.lower_ in ("its", "their") else _ent_in(poss, at)
        else:
            target = _ent_in(noun, at) or next((_named_by(c, at) for c in noun.children if c.dep_ == "prep" and
                                                c.lower_ in ("in", "of") and _named_by(c, at) is not None), None)
        if target is None and noun.dep_ == "appos" and noun.lemma_.lower() in _FIRM_WORDS:
            # "Domantis, Ltd., a therapeutics company acquired by GlaxoSmithKline": the company set beside it
            target = _ent_in(noun.head, at)
    if agent is not None and a.verb is not None and passive_target is None and t.tag_ == "VBN" and t.i > 1 and \
            sent[t.i - 1].text == "(":
        # "Sandoz Inc. and Paddock Laboratories, Inc. (acquired by Perrigo Company in August 2011)": the aside
        # tells of the name it follows, whatever the parse hangs it from
        target = _named_just_before(sent, t.i - 1, at) or target
    if agent is not None and a.verb is None and target in (None, agent):
        # "its acquisition by Kestrel": the owner of "its" is the one bought
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        said = [e for e in companies if e.j <= t.i and e is not agent and
                any(sent[k].dep_ == "nsubj" for k in range(e.i, e.j))]  # "X said its acquisition by Y"
        # and "the acquisition of the company by Paccar": the company that said so
        referred = poss is None and any(o.lemma_.lower() in ("company", "firm", "group", "bank", "concern")
                                        and o.i not in at for o in of)
        target = (_ent_in(poss, at) or (said[-1] if said and poss.lower_ == "its" else None)) \
            if poss is not None else (said[-1] if said and referred else None)
    # "made by a partnership of X and Y": every company the parse joins to the agent acts with it (not
    # "... was bought by Voxco, Sony said": who tells of it); so does the holder a passive names with "and"
    # right after the first ("Novvi is jointly owned by Harlow and Cosan US"), not the next company of a list
    # the parse joins to it ("Toshin, owned 41.9 pct by NKK, and Azuma Steel, owned ...")
    agents = [agent, *(e for e in _conjoined(agent, companies, sent)[1:] if e.i > agent.i and e is not target and
                       not any(e is x for x in _closing_speakers(sent, companies)) and
                       (a.verb is None or _AND_ONLY.fullmatch(sent[agent.j : e.i].text)))] \
        if agent is not None and not agent.members and (a.verb is None or a.rtype is RelationType.STAKE) else [agent]
    if agent is not None and target is not None and target is not agent:
        return [p for g in agents for p in _pairs(a.rtype, g, target)]
    if agent is not None and a.verb is None and target is None and a.rtype is RelationType.ACQUISITION and \
            noun.lemma_.lower() in L.BID_NOUNS and not agent.members:
        # "higher than a tender offer announced by X": who made the bid is its agent, never its target;
        # the bid is for the company told of before it
        before = [e for e in companies if e.j <= t.i and e not in agents and not e.members and
                  (not against or _root(sent, e).head.lower_ in ("for", "in"))]
        if not before:
            return Unread()
        return [(a.rtype, x, y, "near") for b in agents for x in b.names for y in before[-1].names]
    # "It is guaranteed ... with an interest subsidy provided by Mediocredito Centrale": the passive's agent acts,
    # and the story's company it would be paired with is no party the sentence names
    a.objects = [o for o in _objects(sent, t, at, a.subject) if not _excepted(sent, o) and not _bid_set_against(sent, t, o) and
                 _word_before(sent, o) != "than" and
                 not (a.rtype in (RelationType.STAKE, RelationType.INVESTMENT) and _part_of_named(sent, o, at)) and
                 not (referred and o in agents) and not _subject_after(sent, t, o)]
    if a.rtype is RelationType.STAKE:  # "bought 2.3 mln shares, or 9.9 pct, from Y": Y sold them
        a.objects = [o for o in a.objects if _word_before(sent, o) != "from" or _own_shares_from(sent, o, at)]
    # "Lumora, which Kestrel acquired in 2015": the clause's antecedent; "Instagram, the photo-sharing app that
    # Facebook bought in 2012": the company the noun the clause hangs on is set beside
    antecedent = _ent_in(t.head, at) or (_ent_in(t.head.head, at) if t.head.dep_ == "appos" else None)
    if not a.objects and a.verb is not None and t.dep_ == "relcl" and antecedent is not None and \
            any(c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom") for c in t.children):
        a.objects = [antecedent]
    if not a.objects and a.rtype in (RelationType.STAKE, RelationType.INVESTMENT):
        described, held = _held_in_which(sent, t, at)
        if described is not None and held is None and described.lemma_.lower() not in _FIRM_WORDS:
            # "The venture, in which X holds a 40 pct stake, will buy Y": a stake in what is not named (while
            # "the new company, in which it holds 45 pct, will be called Y" may name it after)
            return []
        if held is not None and held is not a.subject:
            a.objects = [held]
    if not a.objects and a.rtype is RelationType.STAKE:
        said = _stake_in_the_speaker(sent, t, at)
        if said is not None and said is not a.subject and a.subject is not None:
            a.objects = [said]
    if not a.objects and a.rtype is RelationType.ACQUISITION and lemma in L.BID_NOUNS:
        # "X began the auction for TMOC three months ago with an unsuccessful offer that has since lapsed": a bid
        # that opened a contest is for the company the contest is for
        contested = _contest_for(t, at)
        if contested is not None and contested is not a.subject:
            a.objects, a.how = [contested], "dep"
    if not a.objects and referred and not a.rtype.directed:
        # "Deere and Co said it agreed with General Motors Corp to discontinue negotiations on the formation of a
        # joint venture company": the partner the verb above the trigger names with "with", and the company that
        # says "it" did so
        pair = _said_with_partner(t, at)
        if pair is not None:
            return [(a.rtype, x, y, "dep") for x in pair[0].names for y in pair[1].names]
    if not a.objects:
        if referred and a.subject is not None:
            # "its investment in its venture with Ajinomoto": a reference and word order are too little to read
            return Unread()
        if a.rtype is RelationType.STAKE and a.verb is None and t.dep_ == "pobj" and t.head.lower_ == "with" and \
                not any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in t.children):
            # "Other owners are a New England Electric System unit, with a 25 pct stake, and Southwestern Energy
            # Production Co, with 15 pct": a holder told "with" its share of what the story owns, the next
            # company another owner beside it, not held
            return []
        # by word order, but not "bought 2.3 mln shares, or 9.9 pct, from Y": Y sold them, it is no stake of his;
        # nor "purchases a portion of the electricity through Deutsche Telekom": the way a deal goes is no party,
        # nor is a company after it
        # "an acquisition giving shareholders a continuing interest in Aerojet General": a clause that tells what
        # the deal does names no party by word order
        described = {g.i for c in t.children if a.verb is None and (c.dep_ == "acl" and c.tag_ == "VBG" or c.dep_ == "relcl")
                     for g in c.subtree}
        a.objects = [e for e in companies if e.i > t.i and e is not a.subject and not (referred and e in agents) and
                     not _beside_the_deal(sent, t, e) and
                     not (a.rtype in _TAKES and _word_before(sent, e) == "from") and
                     not ((lemma in L.BID_NOUNS or t.tag_ == "NNS" or _told_before(t)) and _clause_between(sent, t, e)) and
                     not _sold_under_its_paper(sent, t, e) and
                     not _other_clause(sent, t, e) and not _bid_set_against(sent, t, e) and
                     _word_before(sent, e) != "than" and
                     not _excepted(sent, e) and e.i not in described and not _subject_after(sent, t, e)][:1]
        a.objects = [e for e in a.objects if not _by_way_of(sent, t, e) and
                     not (a.rtype in (RelationType.STAKE, RelationType.INVESTMENT) and _part_of_named(sent, e, at))]
        a.how = "near"
    if not a.objects:
        answer = _run("no_object", a)
        if answer is not None:
            return answer
    if not a.objects and not a.rtype.directed and a.subject is not None and not a.subject.members:
        # "Nissan is in discussions with Honda about a partnership": the partner before the noun
        a.objects = [e for e in companies if e is not a.subject and e.j <= t.i and t.i - e.j <= 12
                     and _word_before(sent, e) in ("with", "between", "and")][-1:]
        a.how = "near"
    # "bought Beta from Gamma, Delta Corp and Zeta Corp said": who tells of the deal is no party the parse joins
    speakers = _closing_speakers(sent, companies)
    a.objects = [o for o in _coordinated(a.objects, companies, sent) if not any(o is x for x in speakers)]
    if a.verb is not None and lemma in ("ally", "allied") and not rtype.directed:
        # "bids include Ericsson allied with Matra and Bouygues, Italtel and Northern Telecom": the allies
        # are who "with" names; the list goes on with rival bidders
        withs = {g.i for c in a.verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.subtree}
        a.objects = [o for o in a.objects if o.i in withs] or a.objects
        # (and a comma ends the allies: the parse may hang the rest of the list of bidders under "with")
        first = min(a.objects, key=lambda o: o.i) if a.objects else None
        a.objects = [o for o in a.objects if "," not in sent[first.j : o.i].text]
    answer = _run("objects", a)
    if answer is not None:
        return answer
    # "The facility is being arranged for BP International and BP North America in conjunction with the company's
    # planned tender offer for the 45 pct of Standard Oil Co it does not already own": a deal that is "the
    # company's" is the firm the story had speak, not a name word order offers (none, if it had none speak)
    told = next((c for c in noun.children if c.dep_ == "poss" and c.lemma_.lower() in L.STORY_REFERENCES and
                 [d.lower_ for d in c.children if d.dep_ != "case"] == ["the"]), None) \
        if a.subject is None and a.verb is None else None
    if told is not None:
        if not speaker or any(speaker in o.names for o in a.objects):
            return Unread()
        a.subject = Ent(EntityKind.COMPANY, speaker, told.text, told.i, told.i + 1)
    if a.subject is None:
        # not "to acquire all of the outstanding capital stock of X. Another part will allow Bolt to purchase ...": a
        # company whose shares are told of is what is held, never who acts
        before = [e for e in companies if e.j <= t.i and e not in a.objects and e not in a.left_out and
                  not (_word_before(sent, e) in ("of", "in") and e.i >= 2 and sent[e.i - 2].lemma_.lower() in _HELD_WORDS)]
        if _writer_acts(t):
            # "We have a license with AEG and sold Paciolan to X": the writer acts, not a company named before;
            # only one that has the writer speak may be it ("Acme said we will buy Beta")
            before = [e for e in before if _root(sent, e).dep_ == "nsubj" and _root(sent, e).head in t.ancestors]
        # nor one a relative clause names that the trigger is not in: "AT&T, which has been at the centre of the
        # two-year battle for CGCT, has teamed up with Philips": CGCT is what the clause tells of AT&T
        # (by word order too, from "which" to the comma that closes it, which the parse may miss)
        # and none a clause opened by a preposition names, whatever it is on: "The venture, in which Halvern Corp
        # holds a 40 pct stake, will buy Dunmore Publishing Inc" tells who holds the venture, which buys
        aside = {g.i for x in sent if x.dep_ == "relcl" and x.head.i < x.i and
                 (x.head.i in at or any(w.dep_ == "pobj" and w.lower_ in ("which", "whom") for w in x.subtree)) and
                 t.i not in {y.i for y in x.subtree} and x.i < t.i for g in x.subtree}
        for w in sent:
            # (only a clause on a company's name: "the group, which includes Sunbury Equities Corp, said it sold"
            # tells who the group is, and its member acts)
            if w.lower_ in ("which", "who") and 0 < w.i < t.i and any(
                    e.j <= w.i and all(y.is_space or y.is_punct for y in sent[e.j : w.i]) for e in companies):
                close = next((y.i for y in sent if y.i > w.i and y.text in (",", ";")), None)
                if close is not None and close < t.i:
                    aside |= set(range(w.i, close))
        before = [e for e in before if _root(sent, e).i not in aside and e is not helper]
        # nor a name that only says whose people lead who acts: "A group controlled by Equitable Bancorp Chairman
        # Alfred Lerner said it has acquired a 9.6 pct stake": the chairman's group holds it, not his company
        # (as "owned by Commercial chairman Sid Schuman Jr." names no owner)
        before = [e for e in before if not (_of_people(sent, e, at) and _by_whom(sent, e, t))]
        if a.verb is not None and t.dep_ == "conj":
            # "Icahn would like to buy USAir and then sell TWA": what the verb the trigger is joined to takes does
            # not act in the trigger's clause
            before = [e for e in before if not (_root(sent, e).dep_ == "dobj" and _root(sent, e).head.i == t.head.i)]
        if a.verb is None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
            # "General Cinema said the financing costs associated with its purchase of 3.5 mln Carter Hawley Hale
            # Stores Inc shares ..., and its 89.7 mln sterling investment in Cadbury Schweppes, lowered first
            # quarter net": whose "its" is, is no name that only qualifies a thing (shares, a unit) told of
            before = [e for e in before if _root(sent, e).dep_ not in ("compound", "nmod", "poss") or
                      _root(sent, e).head.i in at]
        a.subject = before[-1] if before else None
        if a.subject is not None:
            # "Amylum, a manufacturer in which Tate and Lyle holds a stake, made an offer": the aside's company
            # is not who acts; the company it describes is
            a.subject = _relative_aside_owner(sent, a.subject, t, at) or a.subject
        # word order chose a party, unless the trigger's own preposition names the pair: "the talks between A and B"
        if before or not any(c.dep_ == "prep" and c.lower_ in ("between", "of", "with") for c in t.children):
            a.how = "near"
    answer = _run("parties", a)
    if answer is not None:
        return answer
    if not a.rtype.directed:
        return _undirected(a) or Unread()
    if a.subject is None:
        # "the acquisition of Barclays Global Investors from Barclays": whoever buys, the one "from" names sells
        # what "of" names (the company itself, not "the Golden Nugget casino hotel")
        seller = _seller(a) if a.verb is None or _filer_buys(a.verb) else None
        of = {g.i for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
        if a.verb is not None:
            # "We acquired Penreco from ConocoPhillips", "the Company acquired X from Y": a filing's buyer is
            # itself, unnamed; the one "from" names sells what the verb's object names
            of = {c.i for c in a.verb.children if c.dep_ == "dobj"}
        sellers = [] if seller is None else \
            [seller, *(e for e in _conjoined(seller, companies, sent)[1:] if e.i > seller.i and not e.members)]
        buyer = _buyer_of_unnamed_seller(a)
        if buyer is not None:
            # "True North to sell analytics company Actify Data Labs to global survey platform Voxco", "we sold X
            # to Y": whoever sells, the one "to" names buys the company the verb's object names
            out = [(RelationType.ACQUISITION, x, y, a.how) for o in a.objects
                   if o is not buyer and _root(sent, o).head.i == a.verb.i and _root(sent, o).dep_ == "dobj"
                   for x in buyer.names for y in o.names]
            # "the group said it sold 302,833 Cenergy common shares to Snyder Oil Partners": shares of a company
            # sold to a buyer, by a seller no company read here, make the buyer a holder of that company
            out += [(RelationType.STAKE, x, y, a.how) for o in a.objects
                    if o is not buyer and _shares_sold(sent, o, a.verb) for x in buyer.names for y in o.names]
            return out or Unread()
        return [(RelationType.DIVESTMENT, x, y, a.how) for o in a.objects
                if sellers and o not in sellers and _root(sent, o).i in of
                for s in sellers for x in s.names for y in o.names] or Unread()
    # "Hyundai invested in Motional alongside Aptiv": Aptiv invested too
    alongside = [e for e in companies if e is not a.subject and e.i >= 1 and
                 (_word_before(sent, e) == "alongside" or sent[max(0, e.i - 2):e.i].text.lower()
                  in ("along with", "together with"))]
    out = []
    seller = _seller(a)
    # "Purolator agreed to be acquired by managers of its courier unit and E.F. Hutton LBO" (the buyer's name
    # parsed off the agent), "Cyclops has agreed to be acquired Dixons Group": a passive purchase with no
    # company as its agent still has its subject bought, never buying
    bought_subject = a.rtype is RelationType.ACQUISITION and a.verb is not None and agent is None and \
        passive_target is None and any(c.dep_ == "auxpass" for c in a.verb.children) and \
        a.verb.dep_ == "xcomp" and a.subject is not None and \
        any(sent[k].dep_ == "nsubj" and sent[k].head.i == a.verb.head.i for k in range(a.subject.i, a.subject.j))
    for o in (o for o in a.objects if o not in alongside):
        for s in (a.subject, *_co_subjects(a), *alongside):
            rtype, swap = next((r for fn in RULES["pair"] if (r := fn(a, s, o)) is not None), (a.rtype, False))
            swap = swap != (bought_subject and rtype is RelationType.ACQUISITION and s is a.subject)
            out += [(rtype, y, x, a.how) if swap else (rtype, x, y, a.how) for x in s.names for y in o.names]
            if rtype is RelationType.ACQUISITION and not swap and seller is not None and seller is not o and \
                    seller is not s:
                # "Wells Fargo acquired Crocker National Bank from Midland Bank": the seller divests it
                out += [(RelationType.DIVESTMENT, x, y, a.how) for x in seller.names for y in o.names
                        if (RelationType.DIVESTMENT, x, y, a.how) not in out]
    return out or Unread()


#: A contest for a company that bids are made in: "began the auction for X with an offer", "opened the bidding for
#: X with a bid of 30 dlrs a share".
_CONTESTS = {"auction", "bidding", "battle", "fight", "contest", "race", "war", "struggle"}


#: Verbs of one who helps a party in a deal told after a preposition ("represented it in connection with the
#: merger", "advised it on the takeover"): its subject is no party to the deal.
_ADVISING = {"represent", "advise", "counsel", "assist"}


def _deal_helper(t, at: dict[int, Ent]) -> Ent | None:
    """The company that only helps a party to the deal the trigger tells, as the subject of a verb of helping
    that the trigger hangs from through a preposition: "Salomon Inc <SB>, which represented it in connection with
    the disputed proposed merger with Great Western" (Salomon advised Citadel; no party to the merger)."""
    came = t
    for x in t.ancestors:
        if x.pos_ == "VERB" and x.lemma_.lower() in _ADVISING and came.dep_ == "prep":
            subject = next((c for c in x.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            if subject.lower_ in ("which", "that", "who") and x.dep_ == "relcl":
                # the name the clause follows, past its ticker and the comma ("Salomon Inc <SB>, which")
                for k in range(subject.i - 1, max(-1, subject.i - 7), -1):
                    if k in at:
                        return at[k]
                    w = t.doc[k]
                    if not (w.is_punct or w.is_space or w.text in "<>()" or w.text.isupper() and len(w.text) <= 6):
                        break
                return _ent_in(x.head, at)
            return _ent_in(subject, at)
        if x.pos_ in ("VERB", "AUX"):
            return None
        came = x
    return None


def _contest_for(t, at: dict[int, Ent]) -> Ent | None:
    """The company a contest the bid opened is for, when the bid is what the verb of the contest did it "with"."""
    if t.dep_ != "pobj" or t.head.lower_ != "with" or t.head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = t.head.head
    contest = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CONTESTS), None)
    return next((e for c in contest.children if c.dep_ == "prep" and c.lower_ == "for"
                 for e in (_named_by(c, at),) if e is not None), None) if contest is not None else None


_PARTNER_REACH = 8


def _said_with_partner(t, at: dict[int, Ent]) -> tuple[Ent, Ent] | None:
    """The company that says "it" made a verb above the trigger, in the trigger's clause, with a company that
    verb names by "with" ("Deere said it agreed with GM to ..."), and that company; None if the parse tells no
    such pair."""
    x = t
    for _ in range(_PARTNER_REACH):
        if x.head.i == x.i:
            return None
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            partner = next((e for c in x.children if c.dep_ == "prep" and c.lower_ == "with"
                            for e in (_named_by(c, at),) if e is not None), None)
            if partner is not None:
                break
        if x.dep_ in ("ccomp", "relcl", "advcl", "conj", "acl"):
            return None
    else:
        return None
    # the verb's subject is "it", and the verb is what the company that is the subject of "said" says
    if x.dep_ != "ccomp" or x.head.lemma_.lower() not in _SAYS or not any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in x.children):
        return None
    sayer = next((_ent_in(c, at) for c in x.head.children if c.dep_ == "nsubj"), None)
    return (sayer, partner) if sayer is not None and sayer is not partner else None


def _sold_under_its_paper(sent, t, e: Ent) -> bool:
    """Whether a deal noun only names the agreement it modifies and the company after it is what a clause of
    its own sells: "as part of the acquisition agreement it is required to sell its 80 pct interest in X" (X
    is sold by the buyer, not bought)."""
    return t.dep_ == "compound" and t.head.lemma_.lower() in L.DEAL_DOCUMENTS and _clause_between(sent, t, e) and \
        any(x.pos_ == "VERB" and x.lemma_.lower() in L.SELLS and x.i <= e.i <= x.right_edge.i for x in sent[t.i + 1 : e.i])


def _own_shares_from(sent, o: Ent, at: dict[int, Ent]) -> bool:
    """Whether the shares bought "from" a company are its own, named by it right after: "to buy from Sonora Gold
    Corp 5,456,000 Sonora shares at 5.60 U.S. dlrs each" (the company issues them to the buyer, whose stake it is;
    not "bought 2.3 mln Acme shares from Bolt Corp", where Bolt sold its holding)."""
    for x in sent[o.j : o.j + 8]:
        if x.lemma_.lower() in ("share", "stock"):
            return any(k in at and at[k] is not o and at[k].names == o.names for k in range(max(o.j, x.i - 3), x.i))
    return False


#: The words before a company that make it the maker of a rival bid another is set against: "in a counter-bid to
#: the previously reported takeover offer by Santos", "in opposition to a bid from".
_AGAINST_RIVAL_BID = re.compile(r"\b(?:counter\W*\w*|rival\w*|compet\w*|opposition)\s+(?:to|against|with)\b[^,;]{0,60}?"
                                r"\b(?:offer|bid|proposal)s?\s+(?:by|from)\s*(?:the\s+)?$", re.I)


#: The prepositions a bid is set against another's by: "a counter-bid to", "in opposition to", "competing with" (not
#: "higher than a tender offer announced by X": the bid is X's for the company told of).
_SET_AGAINST_BY = {"to", "against", "with"}
_RIVAL_BEFORE = re.compile(rf"{L.RIVAL_BIDS.pattern}|\bopposition\b", re.I)


#: The parts of a company a share may be read past (not an "interest of X", which is a share of X itself).
_DIVISIONS = {"division", "department", "business", "operation", "activity", "branch", "network", "plant", "factory",
              "mill", "refinery", "facility", "chain"}


#: What a company's name set before a common noun says it owns: "a stake in a British and Commonwealth Shipping Plc
#: courier service", "a 15-pct stake in British and Commonwealth commuter airline Air U.K. Ltd".
_PARTS_AFTER_OWNER = _DIVISIONS | L.OWNED | {"service", "airline", "carrier", "venture"}


def _owner_before_its_part(sent, e: Ent) -> bool:
    """Whether a company's name (and its ticker) is set right before lower-case nouns that name a part of it: "a
    stake in a British and Commonwealth Shipping Plc <BCOM.L> courier service" is held in the service, "British and
    Commonwealth commuter airline Air U.K. Ltd" in the airline named after; neither in the owner."""
    k = e.j
    while k < len(sent) and sent[k].is_space:  # (a ticker the parse reads blanked)
        k += 1
    if k < len(sent) and sent[k].text == "<":
        k = next((x.i - sent.start + 1 for x in sent[k:] if x.text == ">"), k)
    nouns = []
    while k < len(sent) and sent[k].pos_ == "NOUN" and sent[k].text.islower():
        nouns.append(sent[k])
        k += 1
    if not nouns or nouns[-1].lemma_.lower() not in _PARTS_AFTER_OWNER:
        return False
    while k < len(sent) and sent[k].is_space:
        k += 1
    if k < len(sent) and sent[k].pos_ == "PROPN" and sent[k].text[:1].isupper():
        return True  # "commuter airline Air U.K. Ltd": the part named after
    # with none named after, only a name written with its legal form, before more than a label of it: not "its 70
    # pct owned <Canadian Worldwide Energy Ltd> affiliate", "the Pan Am airline", the part itself
    return e.text.split()[-1].lower().rstrip(".") in LEGAL_FORMS and nouns[-1].lemma_.lower() not in L.UNIT_NOUNS


def _part_of_named(sent, e: Ent, at: dict[int, Ent]) -> bool:
    """Whether a company is named only as whose unnamed part ("division", "department", ``_DIVISIONS``) the words
    before it tell of: "Gulf Canada acquired 49 pct in an out-of-court pact after a hostile battle for the wine
    and spirits division of Hiram Walker Resources" (a share of the division, read by word order, is none of
    the company's)."""
    if _owner_before_its_part(sent, e):
        return True
    root = _root(sent, e)
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    part = root.head.head
    return part.pos_ == "NOUN" and part.i not in at and part.lemma_.lower() in _DIVISIONS and \
        not any(g.i in at for c in part.children if c.i != root.head.i for g in c.subtree)


def _told_before(t) -> bool:
    """Whether a deal noun refers back, by "the", "this" or "that" and no "of" or "for" of its own, to a deal told
    before: "Atico said in connection with the acquisition it will ... convert its 99 pct owned Atico Savings
    Bank subsidiary" (the clause after it names no party to it)."""
    return t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) and \
        not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "by", "with", "between") for c in t.children)


def _bid_set_against(sent, t, e: Ent) -> bool:
    """Whether a company after a trigger only makes the rival bid the trigger's deal is set against: "AGL said it
    will offer ... for TMOC in a counter-bid to the previously reported takeover offer by Santos" (no bid for
    Santos, no stake in it)."""
    return e.i > t.i and bool(_AGAINST_RIVAL_BID.search(sent[max(0, e.i - 16) : e.i].text))


def _other_clause(sent, t, e: Ent) -> bool:
    """Whether a noun trigger and a company after it stand in clauses a "but" or "while" sets apart: "Nippon has
    paid a premium for its stake, but it will also receive warrants for one mln American Express shares"."""
    return t.pos_ == "NOUN" and _clause_between(sent, t, e) and \
        any(x.lower_ in ("but", "while", "whereas") and x.dep_ in ("cc", "mark") for x in sent[t.i + 1 : e.i])


def _subject_after(sent, t, e: Ent) -> bool:
    """Whether the company is the subject of a clause set against the trigger's after it: "are being sold to
    Greyhound, although GM will retain the facility": GM acts in a clause of its own, it is not what is sold (while
    "a bid for the chain, which Hillards rejected" names the one bid for)."""
    root = _root(sent, e)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.i > t.i and \
        any(c.dep_ == "mark" and c.lower_ in _SET_AGAINST for c in root.head.children)


#: What opens a clause set against the one before: "..., although GM will retain the facility".
_SET_AGAINST = {"although", "though", "while", "whereas"}


#: The ties an aside participle may tell a company was the object of.
_CHANGING_HANDS = (RelationType.ACQUISITION, RelationType.DIVESTMENT, RelationType.STAKE)
#: What may follow such a participle up to the comma that closes the aside: a time or a manner, no "by" or "to".
_ASIDE_REST = re.compile(r"^(?:\s+(?!by\b|to\b|from\b)[\w.'-]+){0,5}\s*,")


def _aside_participle(sent, t, at: dict[int, Ent]) -> bool:
    """Whether trigger ``t`` is a past participle right after a company's name and a comma, closed by a comma of
    its own with no agent or partner in between ("Uniroyal Chemical Co, acquired last year, would ...")."""
    if t.i < 2 or sent[t.i - 1].text != "," or (t.i - 2) not in at or not t.lower_.endswith(("ed", "ought", "old")):
        return False
    if t.i + 1 < len(sent) and sent[t.i + 1].i in at:
        return False  # "X, bought Y": a verb with its object, however punctuated
    return _ASIDE_REST.match(t.doc.text[t.idx + len(t.text) :]) is not None


#: A company's debt, or its bankruptcy, as what changes hands: "the 270.8 mln dlrs it holds of Falconbridge Ltd's
#: 8.5 pct convertible debentures", "acquired claims in Baldwin-United's bankruptcy proceedings".
_PAPER_AFTER = re.compile(r"^\s*['’]s?\s+(?:[\w.$%-]+\s+){0,4}?(?:debentures?|notes|bonds|debt|claims|loans|"
                          r"commercial\s+paper|bankruptcy)\b")


def _paper_of_named(sent, e: Ent) -> bool:
    """Whether a company is named only as whose debt or bankruptcy the deal takes in ("the sale of the 270.8 mln
    dlrs it holds of Falconbridge Ltd's 8.5 pct convertible debentures"): no share of the company changes hands."""
    k = e.j
    while k < len(sent) and _LEFT_OUT.fullmatch(sent[k].text):
        k += 1  # "Falconbridge Ltd's": a legal form left out of the name
    return k < len(sent) and _PAPER_AFTER.match(sent.text[sent[k - 1].idx - sent[0].idx + len(sent[k - 1].text) :]) is not None


def only_paper_of(sent, companies: list[Ent], rtype: RelationType, name: str) -> bool:
    """Whether a sale, a purchase or a holding ends at a company the sentence names only as whose debt or
    bankruptcy it takes in (``_paper_of_named``)."""
    named = [e for e in companies if name in e.names]
    return rtype in _CHANGING_HANDS and bool(named) and all(_paper_of_named(sent, e) for e in named)


def _named_just_before(sent, k: int, at: dict[int, Ent]) -> Ent | None:
    """The company whose name ends right before token ``k``, past a comma and a legal form left out of it."""
    k -= 1
    while k >= 0 and k not in at and (sent[k].text == "," or sent[k].is_space or _LEFT_OUT.fullmatch(sent[k].text)):
        k -= 1
    return at.get(k)


#: Words that set a company apart from what a deal takes in: "sell all its businesses other than the X business".
#: Only "and" between two names, past the marks and a ticker round them: "owned by <X Ltd> and <Y Ltd>".
_AND_ONLY = re.compile(r"[\s<>]*(?:\([^()]{1,12}\)|<[^<>]{1,12}>)?[\s<>]*and[\s<>]*")
_EXCEPT = re.compile(r"\b(?:other than|except(?: for)?|excluding|apart from|besides|but not)(?: the| its| their)?$")


#: What a holder holds of a company: "a 43 pct interest in", "20 pct of", "1.2 mln shares of".
_HELD_WORDS = L.STAKE_NOUNS | {"pct", "percent", "%", "share", "stock"}


def _stake_in_the_speaker(sent, t, at: dict[int, Ent]) -> Ent | None:
    """"Husky Oil said ... an agreement for X to acquire a 43 pct interest in the company": "the company" with
    nothing more, in a sentence a company says, is that company (as wire copy writes it)."""
    held = t if t.lemma_.lower() in _HELD_WORDS else next(
        (c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in _HELD_WORDS), None)
    if held is None:
        return None
    ref = next((g for c in held.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                for g in c.children if g.dep_ == "pobj" and _the_company(g)), None)
    if ref is None:
        return None
    said = next((x for x in ref.ancestors if x.lemma_.lower() in _SAYS and x.pos_ == "VERB"), None)
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    return _ent_in(subject, at) if subject is not None else None


def _held_in_which(sent, t, at: dict[int, Ent]):
    """"Dunmore, in which Halvern owns a 20 pct stake,": the word a relative clause opened by "in which" (or
    "of which") that holds the stake describes, and the company that word names, what the stake is held in
    (none when it names no company: "the venture, in which Halvern holds 40 pct")."""
    clause = t if t.dep_ == "relcl" else t.head if t.dep_ == "dobj" and t.head.dep_ == "relcl" else None
    if clause is None or not any(c.dep_ == "prep" and c.lower_ in ("in", "of") and
                                 any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)
                                 for c in clause.children):
        return None, None
    if any(c.dep_ == "conj" for c in clause.head.children):
        return None, None  # "A and B, in which X owns 20 pct,": which of the two is not said
    held = _ent_in(clause.head, at)
    if held is None and clause.head.lemma_.lower() in _FIRM_WORDS:
        held = _aside_owner(sent, clause.left_edge.i, at)
    return clause.head, held


def _relative_aside_owner(sent, e: Ent, t, at: dict[int, Ent]) -> Ent | None:
    """The company a comma aside describes when ``e`` is named in a relative clause of the aside that closes
    before the trigger ``t``: "A, a manufacturer in which B holds a stake, made an offer" gives A."""
    which = next((x.i for x in reversed(sent[max(0, e.i - 6):e.i]) if x.tag_ in ("WDT", "WP", "WP$")), None)
    if which is None or "," in sent[which:e.i].text or "," not in sent[e.j:t.i].text:
        return None
    return _aside_owner(sent, which, at)


def _public_body(tok, dep: str, at: dict[int, Ent]) -> bool:
    """Whether a word of the token's, by ``dep``, is a state's body that no company names: the subject of "the
    Finance Ministry took over", the owner of "the government's stake"."""
    return any(c.dep_ == dep and c.i not in at and c.lemma_.lower() in _PUBLIC_BODIES and
               not any(g.i in at for g in c.subtree) for c in tok.children)


def _public_bodys(noun, at: dict[int, Ent]) -> bool:
    """Whether a deal noun, or the stake it sells, is a state body's: "the government's 31.7 pct stake in X",
    "the sale of the government's stake in X"."""
    held = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in L.STAKE_NOUNS)]
    return any(_public_body(x, "poss", at) for x in held)


def _by_whom(sent, e: Ent, t) -> bool:
    """Whether the name is under a "by" before the trigger that tells who leads or owns another: "A group
    controlled by X Chairman Y said it has acquired" (the trigger's own "by" is read as its agent)."""
    return any(x.dep_ in ("agent", "prep") and x.lower_ == "by" and x.i < t.i and x.head.i != t.i
               for x in _root(sent, e).ancestors)


def _aside_owner(sent, k: int, at: dict[int, Ent]) -> Ent | None:
    """The company a comma aside that reaches token ``k`` describes: "Amylum, a leading starch manufacturer in
    which Tate and Lyle holds a 33.3 pct stake,": the name right before the aside's comma, the aside opening
    with an article and naming no company of its own before ``k`` (read by the words, as a long aside may
    leave the parser astray)."""
    comma = next((x.i for x in reversed(sent[max(0, k - 12):k]) if x.text == ","), None)
    if comma is None or comma + 1 >= k or sent[comma + 1].lower_ not in ("a", "an", "the") or \
            any(x in at for x in range(comma + 1, k)):
        return None
    return _named_just_before(sent, comma, at)


def _excepted(sent, e: Ent) -> bool:
    """Whether the name is set apart from the deal's object ("all of its businesses other than the American
    Air Filter business", "every unit except X"): what the deal leaves out, no party to it."""
    return _EXCEPT.search(sent[max(0, e.i - 4) : e.i].text.lower()) is not None


def _persons_title(t, persons: frozenset[int]) -> bool:
    """Whether a noun is what a person named in the sentence is: "Henry is a partner of X", "Buchheit, a
    partner with X", "Gould was a partner at X", "has been ... most recently as partner at X"."""
    if t.dep_ == "appos":
        return t.head.i in persons
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head if t.dep_ == "attr" else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subject is None and verb is not None and verb.i > 0 and verb.i - 1 in persons:
        # "Prior to joining Acme Corp, John Smith was a partner at Beta LLP": the parse hangs the person on the
        # firm before as its apposition and leaves the verb right after the name without a subject
        return True
    return subject is not None and subject.i in persons


def _a_persons_deal(t, at: dict[int, Ent], persons: frozenset[int], spokesmen: dict[int, str]) -> bool:
    """Whether the parse makes a person the maker of the deal: "investor Martin Sosnoff's bid for Caesars World",
    "the Caesars shares he does not yet own", "Icahn plans to buy more TWA shares", "Lindner, who holds his Taft
    stake through American Financial" (a firm is "which"). No company makes it,
    whoever the sentence has speak of it ("Standard and Poor's said it is reviewing Caesars' debt following
    ..."); not one who speaks for a company ("Acme chairman John Hart's offer"). Only the trigger's own
    clause: the possessive of a noun it hangs from, or the subject of its verb or of the verb it completes."""
    x, described = t, set()
    for _ in range(7):
        if x.pos_ in ("NOUN", "PROPN"):
            poss = next((c for c in x.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss.i not in at and poss.i not in spokesmen and \
                    (poss.i in persons or poss.lower_ in ("his", "her"))
            if x.dep_ not in ("dobj", "attr", "oprd", "nsubjpass") or x.i != t.i and x.i in described:
                # "his concern about a takeover by X of Y", "lifted an injunction blocking the merger": a noun
                # above, or one the deal's clause only describes, is no maker of the deal
                return False
        elif x.pos_ in ("VERB", "AUX"):
            subject = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i), None)
            if subject is not None:
                return subject.i not in at and subject.i not in spokesmen and \
                    (subject.i in persons or subject.lower_ in ("he", "she", "who"))
            if x.dep_ not in ("xcomp", "acl"):
                return False
            if x.dep_ == "acl":
                described.add(x.head.i)
        else:
            return False
        if x.head is x:
            return False
        x = x.head
    return False


#: Nouns a company is described by in apposition: "X, a drug company acquired by Y".
_FIRM_WORDS = frozenset({"company", "firm", "business", "maker", "provider", "developer", "manufacturer", "bank",
                         "startup", "subsidiary", "unit", "operator", "group", "retailer", "insurer", "lender"})


def _acts_through(t, at: dict[int, Ent]) -> bool:
    """Whether the trigger's clause names a company "through" which its maker acts ("holds his stake through X")."""
    heads = (t, t.head) if t.dep_ in ("dobj", "pobj") else (t,)
    return any(c.dep_ == "prep" and c.lower_ == "through" and any(g.dep_ == "pobj" and g.i in at for g in c.children)
               for h in heads for c in h.children)


#: The nouns a filing calls itself by, after "the" or "our": "the Company acquired X from Y".
_FILERS = L.STORY_REFERENCES | {"registrant", "partnership", "bank", "group"}


def _filer_buys(verb) -> bool:
    """Whether a purchase verb's subject is the writer of a filing, unnamed: "we", "the Company", "our bank"
    (not a person, nor "a group of investors": the one "from" names sells to whoever that is, but only a
    subject that stands for a company makes the sentence one about a company's purchase)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "neg" for c in verb.children):
        return False
    if subj.lower_ in ("we", "it"):
        return True
    return subj.lower_ in _FILERS and subj.tag_ in ("NN", "NNP") and \
        any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "our") for c in subj.children) and \
        not any(c.dep_ in ("amod", "prep", "compound") for c in subj.children)


def _unread_agent(noun, at: dict[int, Ent]) -> bool:
    """Whether a deal noun's own "by" names its actor by a proper name that is no company read here: "the sale
    of certain spectrum by Savary Island to X" (not "the acquisition by the company of X", "by tender offer")."""
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return pobj is not None and pobj.pos_ == "PROPN" and not any(g.i in at for g in by.subtree)


def _buyer_of_unnamed_seller(a: Args) -> Ent | None:
    """The company a sale's "to" names where no seller is named: "X to sell Y to Z", "we sold Y to Z" (the
    seller a person, the writer, or a name not read). Only the verb "sell", not negated."""
    if a.rtype is not RelationType.DIVESTMENT or a.verb is None or a.lemma != "sell" or \
            any(c.dep_ == "neg" for c in a.verb.children):
        return None
    to = next((c for c in a.verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    buyer = _named_by(to, a.at) if to is not None else None
    return buyer if buyer is not None and not buyer.members else None


#: The nouns for a company's shares sold: "302,833 Cenergy common shares", "1.2 mln shares of Bolt".
_SOLD_SHARES = {"share", "stock"}


def _shares_sold(sent, o: Ent, verb) -> bool:
    """Whether a company is named as whose shares a verb's object is: "sold 302,833 Cenergy common shares",
    "sold 1.2 mln shares of Bolt Inc" (not "its own shares", a company issuing stock; only a sale told done, not
    "the possibility of selling Fichtel shares to Mannesmann")."""
    r = _root(sent, o)
    if r.dep_ in ("compound", "nmod"):
        shares = r.head
    elif r.dep_ == "pobj" and r.head.lower_ == "of":
        shares = r.head.head
    else:
        return False
    return verb.lower_ == "sold" and \
        shares.lemma_.lower() in _SOLD_SHARES and shares.dep_ == "dobj" and shares.head.i == verb.i and \
        not any(c.dep_ == "poss" for c in shares.children)


def _seller(a: Args) -> Ent | None:
    """The company an acquisition's "from" names: "acquired Y from X", "the acquisition of Y from X"."""
    if a.rtype is not RelationType.ACQUISITION:
        return None
    heads = (a.t, a.t.head) if a.t.dep_ == "dobj" else (a.t,)
    first = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > a.t.i),
                 None)
    seller = _named_by(first, a.at) if first is not None else None
    return seller if seller is not None and not seller.members and seller is not a.subject else None


#: How much a holder noun says its holder holds, written before it: "57 pct-owner", "majority shareholder".
_HOW_MUCH = re.compile(r"(?:\b\d+(?:\.\d+)?\s*(?:pct|percent|per cent|%)|\bmajority|\bcontrolling)[\s-]*$", re.I)


def _holder_before_name(sent, t, at: dict[int, Ent]) -> Answer | None:
    """"Carling's 50 pct-owner Rothmans", "X said its majority shareholder Y", "Kiena said 57 pct-owner
    Campbell Red Lake Mines was expected to vote": a holder noun set right before a company's name makes that
    company the holder of the possessor, or of the company that says so, whose "its" it is (with no
    possessive, only where the noun says how much is held)."""
    if _DESCRIBING.get(t.lemma_.lower()) is not RelationType.STAKE or t.tag_ == "NNS" or t.i + 1 not in at:
        return None
    before = sent[max(0, t.i - 5) : t.i]
    how = _HOW_MUCH.search(before.text) if len(before) else None
    first = next(x for x in before if x.idx >= before[0].idx + how.start()) if how is not None else t
    k = first.i - 1
    while k > 0 and sent[k].pos_ == "ADJ" and sent[k].dep_ == "amod":
        k -= 1  # "AMC's French parent Renault", "X's new majority owner Y"
    possessor = sent[k] if k >= 0 else None
    if possessor is not None and possessor.dep_ == "case":
        possessor = possessor.head  # "Carling's": the name the "'s" hangs from
    root = next((x for x in sent if x.dep_ == "ROOT"), None)
    speaker = next((_ent_in(c, at) for c in root.children if c.dep_ == "nsubj"), None) \
        if root is not None and root.i < t.i else None
    phrase = t
    while phrase.dep_ == "compound":  # "from its parent Norbury Corp" parses either way round
        phrase = phrase.head
    bought = next((_ent_in(c, at) for c in phrase.head.head.children if c.dep_ == "dobj"), None) \
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "from" else None
    if possessor is not None and possessor.i in at:
        owned = at[possessor.i]
    elif possessor is not None and possessor.lower_ == "its" and bought is not None:
        owned = bought  # "X agreed to buy Y from its parent Z": what comes from its owner is Y
    elif possessor is not None and (possessor.lower_ == "its" or how is not None and speaker is not None and
                                    possessor.i == root.i):
        owned = speaker  # "X said its 57 pct owner Y", "X said 57 pct-owner Y"
    else:
        return None
    holder = at[t.i + 1]
    if owned is None or owned is holder or owned.members or holder.members:
        return None
    return [(RelationType.STAKE, x, y, "describes") for x in holder.names for y in owned.names]


def _provider_before_name(sent, t, at: dict[int, Ent]) -> Answer | None:
    """"to Chemlawn financial advisor Smith Barney", "Acme's financial adviser, Goldman Sachs", "Apple
    supplier Foxconn": a company named right before an adviser or supplier noun (its possessive, or a name
    with only adjectives between) is the client of the company named right after it."""
    if t.lemma_.lower() not in _TO_WHOM or t.tag_ == "NNS":
        return None
    after = t.i + 1 + (t.i + 1 < len(sent) and sent[t.i + 1].text == ",")
    k = t.i - 1
    while k > 0 and k not in at and sent[k].pos_ == "ADJ" and sent[k].dep_ == "amod":
        k -= 1  # "financial", "investment", "main"
    if k >= 0 and sent[k].dep_ == "case":
        k -= 1  # "Acme's"
    if after not in at or at[after].i != after or k < 0 or k not in at or at[k].j != k + 1:
        return None
    client, provider = at[k], at[after]
    if client is provider or client.members or provider.members:
        return None
    return [(RelationType.SUPPLY, x, y, "describes") for x in provider.names for y in client.names]


def _co_subjects(a: Args) -> list[Ent]:
    """"Cable and Wireless and C. Itoh each have a 20 pct stake in X": the companies the parse joins to
    the subject by "and" do what it does. Not word order alone: "X and its unit Y" is no list of doers."""
    root = _root(a.sent, a.subject)
    # "an investor group including A and B told the SEC it raised its stake", "a group of firms led by A and
    # B said it raised its stake": both are the group
    listed = root.dep_ == "pobj" and (root.head.lower_ == "including" or root.head.dep_ == "agent" and
                                      root.head.head.lemma_.lower() in ("lead", "head"))
    if a.how != "dep" or a.subject.members or root.dep_ not in ("nsubj", "nsubjpass") and not listed:
        return []
    group = _conjoined(a.subject, a.companies, a.sent)[1:]
    if {n for e in group for n in e.names} & {n for o in a.objects for n in o.names}:
        return []  # "Renault and Nissan ... their cross-shareholding, with Renault cutting its stake in Nissan"
    joined = {x.i for x in root.subtree if x.dep_ == "conj"}
    # "A, B and C each hold 10 pct": the parse sets B beside A as an apposition and joins C to B; a name in
    # apposition that a further name is joined to opens the rest of the list, not a description of A
    listed_at = {e.i for e in group}
    joined |= {x.i for x in root.subtree if x.dep_ == "appos" and x.head.i == root.i and
               any(c.dep_ == "conj" and any(k in listed_at for k in range(c.left_edge.i, c.i + 1))
                   for c in x.children)}
    return [e for e in group if any(k in joined for k in range(e.i, e.j))]


def _undirected(a: Args) -> Answer:
    """The pairs of an alliance, joint venture or merger: the subject's group with the objects."""
    sent, objects = a.sent, a.objects
    group = _conjoined(a.subject, a.companies, sent) if a.subject else []
    how = a.how
    joined = [g for g in group if g is a.subject or _conj_root(sent, g) is not None]
    if len(joined) >= 2 and all(any(o is g for g in joined) for o in objects) and _clause_subject(a) and \
            a.lemma not in TALKS:
        # "Robert Bosch GmbH and TomTom NV agreed to work together to develop maps": the partners are the
        # subject's own list as the parse joins it, not a name word order found beside the trigger (while
        # "Zentrix Corp and Karvona Inc talked" says of no tie what they talked of)
        group, objects, how = joined, [], "dep"
    if len(group) >= 2:  # "A and B announced a partnership to bring its models to Azure": A and B
        objects = [o for o in objects if _word_before(sent, o) in ("with", "between", "and", "&", ",")]
    if a.t.pos_ == "NOUN" and objects and (len(objects) >= 2 or objects[0].members) and \
            _of_noun(sent, a.t, objects[0]):
        # "X was formed by the merger of A and B": the parties are A and B, as the parse joins them under the
        # noun, whatever name word order put before it (not "the merger of the two companies' radio units": whom
        # a reference stands for, the parse does not say)
        group = []
        how = "dep" if len(objects) >= 2 and all(_of_noun(sent, a.t, o) and not o.members for o in objects) else a.how
    if objects and group:
        pairs = [(g, o) for g in group for o in objects]
    elif len(group) >= 2:
        # "Southmark Corp and affiliate Pratt Hotels Corp have ended talks on a joint venture": one side
        group = [e for e in group if not _named_unit(sent, e)] or group
        pairs = [(group[x], group[y]) for x in range(len(group)) for y in range(x + 1, len(group))]
    else:
        pairs = [(o, p) for x, o in enumerate(objects) for p in objects[x + 1 :]] if not group else []
    # "between Publicsoft and Apple's subsidiary Apple Computer", "Conagra completed the merger of its
    # Sea-Alaska Products unit and Trident": a company and its own unit are no partners
    pairs = [(x, y) for x, y in pairs if not _owner_of(sent, x, y) and not _owner_of(sent, y, x) and
             not (x is a.subject and _its_unit(sent, y)) and not (y is a.subject and _its_unit(sent, x))]
    out = [(a.rtype, na, nb, how) for x, y in pairs for na in x.names for nb in y.names]
    listed = next((o for o in objects if o.members), None) if not group else a.subject
    if not pairs and listed is not None and listed.members:
        out.append((a.rtype, listed.members[0], listed.members[1], how))
    return out


def _clause_subject(a: Args) -> bool:
    """Whether the parse makes the subject the trigger verb's own, or that of the verb whose clause the trigger
    completes: "A and B agreed to work together", "A and B will work together to develop"."""
    if a.verb is None or a.subject is None:
        return False
    root, x = _root(a.sent, a.subject), a.verb
    while not (root.dep_ == "nsubj" and root.head.i == x.i):
        if x.dep_ not in ("xcomp", "advcl"):
            return False
        x = x.head
    return True


def _its_unit(sent, e: Ent) -> bool:
    """Whether the company is named as the subject's own unit: "its Sea-Alaska Products Co unit"."""
    root = _root(sent, e)
    noun = root.head if root.dep_ == "compound" else root
    return noun.lemma_.lower() in L.OWNED and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                  for c in noun.children)


def _named_unit(sent, e: Ent) -> bool:
    """Whether a unit noun stands before the name itself: "affiliate Pratt Hotels Corp", "its unit Beta"."""
    return any(sent[k].lemma_.lower() in L.OWNED for k in range(max(0, e.i - 2), e.i))


def _owner_of(sent, owner: Ent, e: Ent) -> bool:
    """Whether a possessive names the company as the other's owner: "Apple's subsidiary Apple Computer"."""
    poss, root = _root(sent, owner), _root(sent, e)
    return poss.dep_ == "poss" and root.i in (poss.head.i, poss.head.head.i)
