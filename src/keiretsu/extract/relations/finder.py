"""``RelationFinder``: the relationships of a parsed sentence, by rules and, with a model, judged by it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from ...models import EntityKind, Mention, RelationType
from .. import lexicon as L
from ..classifier import Candidate, RelationModel, distance, candidates, role_mention
from ..entities import Ent, StoryContext
from ..gazetteer import DEMONYMS
from ..names import name_key
from . import finance, partnership  # noqa: F401 - each registers its triggers and argument rules
from . import triggers as T
from .arguments import Unread, arguments, only_paper_of
from .attributes import _PERCENT, _attributes
from .partnership import advisers_told, managed_issues, underwriters_told
from .ownership import (_PARTIAL, _UNITS_NAMED_WITHIN, _bare_units, _paid_for, _part_held, _referred_subsidiaries, _referred_units, _sale_side_effects, _shares_handed,
                        _subsidiaries, _units_planned, _units_sold, _units_sold_before, _units_traded, holders_told_apart)
from .parse import (DEAL_WORDS, described_objects, object_references, _COMMENTATORS, _DESCRIBING, _LEFT_OUT, R, S, _commentators_firm, _hyphenated, _intermediary,
                    _lender, _new_name, _phrase, _reporter, _root, _speaker, _unique, _venue, _voiced)
from .roles import BECOMING, GIVING, _roles, anothers_office, executive_titles, office_companies, pronoun_roles, replaced, \
    written_titles
from .status import _NOT_DONE, _settled, _sold_to_holder, more_taken, severed, to_come, told_done, trigger_status


#: The deals an agreement may be the contract of: beside one of them, "the agreement" is that deal's
#: (while "finalising an agreement with X and enlisting Y as an investor" is an alliance and an investment).
_DEALS = {R.ACQUISITION, R.DIVESTMENT, R.STAKE, R.MERGER, R.SUPPLY, R.LICENSING}


def _each(sent, t) -> bool:
    """Whether "each" or "every" opens the words before a share noun ("each Hillards ordinary share", "every
    two Cheetham shares"), its name, class and count between: one share priced, no stake; or the noun is the
    other side of such an exchange ("one Williams share for each Norcros share"): the terms of an offer."""
    k = t.i - 1
    while k >= max(0, t.i - 5) and sent[k].pos_ in ("PROPN", "ADJ", "NOUN", "NUM"):
        k -= 1
    if k >= 0 and k < t.i - 1 and sent[k].lower_ in ("each", "every", "per"):
        return True
    return t.i + 2 < len(sent) and sent[t.i + 1].lower_ == "for" and sent[t.i + 2].lower_ in ("each", "every")


def _rate_after(sent, t) -> bool:
    """Whether "rate" follows "interest" ("the interest rate on its card", "interest-rate", "low-interest
    rate-loans"): the price of credit, whatever percentage the sentence gives it."""
    k = t.i + 1
    if k < len(sent) and sent[k].text == "-":
        k += 1
    return k < len(sent) and re.match(r"rates?\b", sent[k].lower_) is not None


def _goods_traded(t) -> bool:
    """Whether a verb of buying or selling trades goods (``data/goods.txt``): "purchasing computers for its own
    use", "their new game show was purchased by CBS": no company changes hands, whatever the model weighs."""
    return t.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in L.GOODS
                                    for c in t.children)


def _bought_by_noun(t) -> bool:
    """Whether a stake is what the noun of a purchase buys: "X's purchase of a 13 pct stake in Y"."""
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and \
        t.head.head.lemma_.lower() in L.PURCHASE_NOUNS


#: Verbs an agreement hands assets over by, other than the sale's own words: "an agreement to transfer its
#: South American service to X" is a sale or a lease, no alliance.
_HANDS_OVER = {"transfer", "lease", "sublease"}


#: A market maker's quote: a price bid and a price offered or asked, one after the other ("28 dlrs bid, 29 dlrs
#: offered", "79-1/4 bid, 79-3/4 asked").
_QUOTE = re.compile(r"\d[\d./-]*\s*(?:(?:mln|billion|bln)\s+)?(?:dlrs?|cts|cents|pence|p|yen|stg)?\s*(bid)\s*,?\s*(?:and\s+)?"
                    r"\d[\d./-]*\s*(?:dlrs?|cts|cents|pence|p|yen|stg)?\s*(offered|asked)\b", re.I)


#: Paper a deal issues ("a bond deal", "the Eurobond deal"), and who runs an issue ("lead manager of the deal").
_ISSUED = {"bond", "eurobond", "note", "warrant", "debenture", "loan", "credit", "issue", "offering", "paper",
           "placement", "swap", "syndication", "eurodollar", "euroyen", "convertible"}
_ISSUE_OFFICES = {"manager", "co-manager", "underwriter", "arranger", "agent", "bookrunner", "adviser", "advisor"}
#: Verbs a distributor sells another's goods by: "an agreement under which it will market McDonnell's software".
_RESELLS = {"market", "distribute", "resell", "sell", "carry"}
#: Quotation marks as the tokenizer leaves them.
_QUOTES = {'"', "“", "”", "``", "''", "'"}


def _names_kind(t, companies: list[Ent]) -> bool:
    """Whether a noun stands before a name as part of it: "German auto-parts supplier Robert Bosch GmbH and TomTom
    agreed to work together". A trade told so is no deal of its own beside another word's (while "its agreement
    with joint owner MBF Holdings" tells what MBF is to the other party)."""
    return t.dep_ == "compound" and any(e.i <= t.head.i < e.j and t.i < e.i for e in companies)


def _quoted(sent) -> set[int]:
    """The tokens "bid" and "offered"/"asked" of a price quote in the sentence."""
    at = set()
    for m in _QUOTE.finditer(sent.text):
        for g in (1, 2):
            at.update(t.i for t in sent if sent[0].idx + m.start(g) <= t.idx < sent[0].idx + m.end(g))
    return at


def _absorbed(deals: list[Mention], owned: list[Mention]) -> list[Mention]:
    """The deals less the mergers of a target its buyer takes over: "agreed to acquire Beta, which will be
    merged with Acme's Gamma subsidiary" merges Beta neither with Acme nor with Gamma (the takeover says it)."""
    bought = {(m.source, m.target) for m in deals if m.type is R.ACQUISITION}
    units = {(m.source, m.target) for m in deals + owned if m.type is R.STAKE}

    def absorbed(m: Mention) -> bool:
        return any((b, x) in bought and (b == y or (b, y) in units)
                   for x, y in ((m.source, m.target), (m.target, m.source)) for b, _ in bought)

    return [m for m in deals if m.type is not R.MERGER or not absorbed(m)]


#: Deals a company makes with no unit of its own: "Alfa Romeo ... merged with Fiat's Lancia unit" merges no Fiat with
#: Lancia; "the partnership will acquire the refining system owned by Union Pacific's Champlin Petroleum Co
#: subsidiary" has Union Pacific buy nothing of its own.
_NOT_WITH_OWN_UNIT = (R.MERGER, R.JOINT_VENTURE, R.ACQUISITION)


def _with_own_unit(deals: list[Mention], owned: list[Mention]) -> list[Mention]:
    """The deals (``_NOT_WITH_OWN_UNIT``) less those between a company and the one the sentence names as its unit
    after its possessive: "Alfa Romeo ... merged with Fiat's Lancia unit" merges Alfa Romeo with Lancia, not Fiat
    with its own unit (past the tickers and the marks wire copy sets: "Hawker Siddeley Group Plc's <HSID.L> <Brook
    Crompton Parkinson Motors Ltd> unit")."""
    units = {frozenset((m.source, m.target)) for m in owned if m.type is R.STAKE and
             re.search(rf"\b{re.escape(m.source)}[\w.&' -]{{0,30}}?(?:'s|’s)\s+(?:<[^<>]*>\s*)*?<?{re.escape(m.target)}",
                       m.sentence)}
    return [m for m in deals if m.type not in _NOT_WITH_OWN_UNIT or frozenset((m.source, m.target)) not in units]


#: Ties a company has with no company of its own group: "opportunities to cooperate with the operations of
#: Boliden's parent company, Trelleborg" allies no Boliden with Trelleborg; "Pakistan ordered 180 military trucks
#: from AM General, a unit of LTV's Missiles and Electronics Group" has AM General supply no LTV, "orders at its
#: Harris Graphics subsidiary" no Harris Graphics its owner. (Not a bond's management: "Salomon Brothers
#: International's CMO Eurotrust subsidiary is issuing ..., Salomon said as lead manager" is told apart.)
_IN_GROUP = (R.ALLIANCE, R.SUPPLY)
#: Deals of ownership: talks between two parties of such deals told earlier in the story are on them.
_OWNING = (R.ACQUISITION, R.DIVESTMENT, R.STAKE, R.MERGER)


def _groups(owned: list[Mention]) -> set[frozenset[str]]:
    """The pairs of companies the sentence says one holds, itself or through a unit it also names."""
    held = {(m.source, m.target) for m in owned if m.type is R.STAKE and m.status is not S.ENDED}
    return {frozenset(p) for p in held | {(a, c) for a, b in held for b2, c in held if b == b2 and a != c}}


#: What a company runs, written after its name as a part of it, not a unit with a name of its own: "the CPC
#: business", "the Acme operations" (a unit or a division named so is that unit's: "the Sperry unit").
_RUN = {"business", "businesses", "operation", "operations"}


def _businesses_bought(deals: list[Mention], sent, companies: list[Ent]) -> list[Mention]:
    """The deals less the takeover of a company whose business the sentence has bought ("its rival bid for the
    CPC business", "agreed to buy the CPC operation", "its bid for CPC's European corn wet milling business"): a
    part of it changes hands, not the company."""
    def run(e: Ent) -> bool:
        owned = e.j < len(sent) and sent[e.j].dep_ == "case"
        if not owned and not (e.i > 0 and sent[e.i - 1].lower_ == "the"):
            return False
        k = e.j + owned
        while k < len(sent) and k < e.j + owned + 4 and sent[k].pos_ in ("ADJ", "NOUN", "VERB") and \
                sent[k].lower_ not in _RUN:
            k += 1  # "the CPC European corn business"
        return k < len(sent) and sent[k].lower_ in _RUN

    # "a bid for Lear Siegler Inc ..., mainly interested in Lear Siegler's glass operations": named whole as well
    # (not only as the possessor of something else: "by the close of CPC's tender")
    whole = {n for e in companies if not run(e) and _root(sent, e).dep_ != "poss" for n in e.names}
    parts = {n for e in companies if run(e) for n in e.names} - whole
    return [m for m in deals if not (m.type is R.ACQUISITION and m.target in parts)]


#: What one who lets a deal go ahead gives: "with Allied-Lyons' consent".
_CONSENT = {"consent", "blessing", "permission"}


def _consenting(deals: list[Mention], sent, companies: list[Ent]) -> list[Mention]:
    """The deals less those of a company the sentence names only as the one whose consent a deal takes ("for Gulf
    Canada to sell off part of its 49 pct in a public offering with Allied-Lyons' consent"): it lets the deal
    go ahead, no party to it."""
    def consents(e: Ent) -> bool:
        root = _root(sent, e)
        return root.dep_ == "poss" and root.head.lemma_.lower() in _CONSENT

    others = {n for e in companies if not consents(e) for n in e.names}
    only = {n for e in companies if consents(e) for n in e.names} - others
    return [m for m in deals if m.type is R.SUPPLY or not {m.source, m.target} & only]


def _listed_apart(deals: list[Mention], sent, companies: list[Ent]) -> list[Mention]:
    """The deals less a directed tie between two companies a list names side by side after a preposition:
    "selling portions of it to Gevaert and VEBA", "borrowings from Chemical Bank, Bankers Trust and
    Salomon" name two buyers, two lenders, neither of which buys from, holds or supplies the other. Not
    a list as subject or object ("A and B said A would buy B", "bringing A and B together"), nor "A and
    its unit B" (more than "and" between); a name the sentence gives twice may be tied where it stands
    again."""
    once = {n for e in companies for n in e.names if sum(n in f.names for f in companies) == 1}
    listed: set[tuple[str, str]] = set()
    runs: list[list[Ent]] = []
    for e in sorted(companies, key=lambda e: e.i):
        between = _LEFT_OUT.sub("", sent[runs[-1][-1].j : e.i].text.lower()).strip() if runs else None
        if between in (",", "and", ", and", "&"):
            runs[-1].append(e)
            closed = between != ","  # "the acquisition of X, Doxim adds": a comma alone ends a phrase, no list
        else:
            runs.append([e])
            closed = False
        if closed and _root(sent, runs[-1][0]).dep_ == "pobj":
            run = runs[-1]
            listed |= {(a, b) for f in run for g in run if f is not g for a in f.names for b in g.names
                       if a in once and b in once}
    return [m for m in deals if not (m.type.directed and m.type is not R.ROLE and (m.source, m.target) in listed)]


def _for_parties(deals: list[Mention], sent, companies: list[Ent]) -> list[Mention]:
    """The deals less those of a firm the sentence has act for a party (``parse._intermediary``: "sold shares
    through underwriter X", "the bid, rejected on the advice of X"): it buys, sells, holds or allies nothing;
    the service it gives, a supply, stands."""
    acting = [e for e in companies if _intermediary(sent, e)]
    spans = {k for e in acting for k in range(e.i, e.j)}
    # "underwriters led by American Express Co's Shearson Lehman Brothers": the owner of the firm that acts
    # acts through it, no party either
    acting += [e for e in companies if e not in acting and _root(sent, e).dep_ == "poss" and _root(sent, e).head.i in spans]
    names = {n for e in acting for n in e.names}
    # a firm named again as a party keeps its deals, not one named again only for its spokesman ("lead manager
    # Deutsche Bank AG has closed its books ..., a Deutsche spokesman said")
    names -= {n for e in companies if e not in acting and not _speaks_for(sent, e) for n in e.names}
    return [m for m in deals if m.type is R.SUPPLY or not {m.source, m.target} & names]


def _speaks_for(sent, e: Ent) -> bool:
    """Whether the name stands only for whom a spokesman or an official speaks: "a Deutsche spokesman said"."""
    root = _root(sent, e)
    return root.dep_ in ("compound", "poss") and _SPOKESMAN.fullmatch(root.head.lower_) is not None


_SPOKESMAN = re.compile(r"spokes(?:man|woman|person)|officials?|sources?")


#: What a bid offers a price for, written after "for" in the plural: "offered 20 dlrs for shares of X".
_HELD_FOR = {"shares", "stocks", "assets", "units", "operations", "businesses", "interests", "stakes"}


#: "with" and a list of three names or more: "deals with Pan Am Corp <PNN>, NWA Inc <NWA> and Eastern Airlines",
#: "deals with French companies Rhone-Poulenc, Pechiney and Imec" (a ticker may be left as blanks).
_NAMED = r"<?[A-Z][\w&'.-]*>?(?:\s+(?:<[^<>]*>|[A-Z][\w&'.-]*>?))*"
_LISTED_WITH = re.compile(rf"with\s+(?:[\w-]+\s+){{0,2}}?(?:{_NAMED}\s*,\s+)+{_NAMED}\s*,?\s+and\s+<?[A-Z]")


#: Rating verbs that rate nothing but debt: "downgraded X's debentures", "is reviewing debt of X".
_ONLY_RATING = {"downgrade", "upgrade", "affirm", "reaffirm", "rate", "review"}
#: Rating verbs that rate a company named as their object: "downgraded X", "may upgrade X".
_GRADED = {"downgrade", "upgrade"}
#: A credit grade, as the tokenizer leaves it: "raised to A-1-plus from A-1", "cut to Baa-2 from A-3", "to AA".
_GRADE = re.compile(r"(?:AAA|AA|BBB|BB|CCC|Aaa|Aa|Baa|Ba|Caa|[ABP]-[123])(?:-?[123])?(?:-?(?:plus|minus))?")


#: Verbs that state a deal only with their own particle or preposition, not one that stands near them:
#: "took over X", "snapped up X", "dispose of X", but not "taken over a period", "take a stake over
#: three years", "snapped 4 cents up".
_PHRASAL = {"take": ("prt", "over"), "snap": ("prt", "up"), "scoop": ("prt", "up"), "gobble": ("prt", "up"),
            "dispose": ("prep", "of"), **{w: ("dobj", "control") for w in L.CONTROL_WON}}


def _controls_company(t) -> bool:
    """Whether a verb's object is control of a company by its name: "took full control of Hi-Net"."""
    return any(c.dep_ == "dobj" and c.lower_ == "control" and
               any(p.dep_ == "prep" and p.lower_ == "of" and
                   any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in p.children)
                   for p in c.children) for c in t.children)


def _phrasal(t, lemma: str, window: set[str]) -> bool:
    """Whether a phrasal trigger has its own word: "take" with "over" as its particle (or "take X private",
    "take control of X"),
    and not over something that is no part of a company: "take over the running of X", "take over the
    debt" (``data/deal_words.tsv``, ``charge``)."""
    if lemma == "take" and "private" in window:
        return True
    if lemma in L.CONTROL_WON:
        # "Allied-Lyons won control of Hiram Walker", "has gained control of X": control a company took, told as
        # done by its own subject; not one sought ("a campaign to gain control of", "gaining control of"), given
        # ("was won") or told with no subject of its own ("charged Texaco had assumed control of X")
        done = t.tag_ == "VBD" or t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                           for c in t.children)
        return done and any(c.dep_ == "nsubj" for c in t.children) and _controls_company(t)
    if lemma == "take" and _controls_company(t):
        # "Comsat took full control of Hi-Net": a company's name, not "control of the venture", "of its board"
        return True
    dep, word = _PHRASAL[lemma]
    if not any(c.dep_ == dep and c.lower_ == word for c in t.children):
        return False
    held = [c for c in t.children if c.dep_ == "dobj"]
    held += [g for c in t.children if c.dep_ == "prep" and c.lower_ == word for g in c.children if g.dep_ == "pobj"]
    if not held and t.dep_ not in ("relcl", "acl") and not any(c.dep_ == "nsubjpass" for c in t.children):
        return False  # "will take over for Grubb as president", "took over and renamed X": nothing taken here
    return not any(h.lemma_.lower() in DEAL_WORDS["charge"] | DEAL_WORDS["debt"] | DEAL_WORDS["lending"]
                   for h in held)


def _rates(v) -> bool:
    """Whether a verb rates a company's debt (``data/deal_words.tsv``, "rating" and "rated")."""
    if v.lemma_.lower() not in DEAL_WORDS["rating"]:
        return False
    rated = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    rated += [g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "downgraded Baker International Corp and upgraded Hughes Tool Co": a grade moved on a company is a rating
    # "raised to A-1-plus from A-1 the commercial paper of X": a grade moved to or from is a rating
    return any(x.lemma_.lower() in ("rating", "creditwatch") or v.lemma_.lower() in _ONLY_RATING and
               x.lemma_.lower() in DEAL_WORDS["rated"] or v.lemma_.lower() in _GRADED and x.pos_ == "PROPN" or
               x.head.lower_ in ("to", "from") and _GRADE.fullmatch(x.text) for x in rated)


def _rater(sent, e: Ent) -> bool:
    """Whether the company is a rating agency rating debt in the sentence ("Moody's said it lowered the ratings of
    X following its agreement to buy Y", "S and P said it is reviewing debt of X following Z's bid"): it speaks of
    the deal, no party to it; the subject of the rating verb, or of the verb of saying that reports it."""
    root = _root(sent, e)
    # "NEW YORK, March 11 - Standard and Poor's Corp said": the parse may hang the name from the dateline it
    # takes for the subject; the name is the subject still
    while root.dep_ in ("appos", "conj", "poss", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if _rates(verb):
        return True
    return verb.lemma_.lower() in ("say", "announce") and any(
        c.dep_ == "ccomp" and _rates(c) and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in c.children)
        for c in verb.children)


#: A share set right after a name, its verb left out: "the remaining 80 pct", "the other 50 percent", "30 pct".
_SHARE_AFTER = re.compile(r"(?:the\s+(?:remaining|other|rest\s+of\s+the)\s+)?\d+(?:\.\d+)?\s*(?:pct|percent|per cent|%)",
                          re.I)


def _holds_the_rest(sent, companies: list[Ent], name: str) -> bool:
    """Whether the company is joined after another by "and" with a share of its own right after it, the verb
    of holding left out: "it held 20 pct of the new company called Eurodisplay and Thomson-CSF the remaining 80
    pct" (Thomson-CSF holds, it is not held)."""
    return any(name in e.names and e.i > 0 and sent[e.i - 1].lower_ == "and" and
               _SHARE_AFTER.match(sent[e.j : e.j + 6].text) for e in companies)


def _rated_before(e: Ent, ctx: StoryContext) -> bool:
    """Whether the company is, or is written short for, one the story had rate debt ("Moody's" after "Moody's
    Investors Service Inc said it may downgrade ...")."""
    def words(name: str) -> tuple[str, ...]:
        return tuple(re.findall(r"[a-z0-9&]+", re.sub(r"['\u2019]s\b", "", name.lower())))

    raters = {words(n) for n in ctx.raters}
    return any(w and (w == r[: len(w)] or r == w[: len(r)]) for n in e.names if (w := words(n)) for r in raters)


def _counted(sent, e: Ent) -> bool:
    """Whether a number counts the name's things ("dealers had sold 455 1987-model Ford Tempos"): a product,
    no company, whatever the name finder read (not a year: "its 1986 Acme purchase")."""
    root = next((sent[k] for k in range(e.i, e.j) if not e.i <= sent[k].head.i < e.j), sent[e.i])
    if root.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos") or \
            e.j < len(sent) and sent[e.j].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "110,000 Cyclops common shares": the number counts the shares
    # not "57 pct-owner X", "67 pct owned X", "1.2 mln X": a share or an amount
    return any(c.dep_ == "nummod" and c.i < e.i and c.like_num and not re.fullmatch(r"1[89]\d\d|20\d\d", c.text) and
               not re.search(r"\b(?:pct|percent|per|%|owned|owner|mln|million|billion|bln|dlrs?)\b",
                             sent[c.i : e.i].text.lower())
               for c in root.children)


#: A maker's model designation right after its name: "Boeing 737's", "Airbus A320s", "Fokker 100", "DC-10s".
#: Two-digit numbers and years are left out ("Acme 87 results", "Acme 1987 net"), as is a number a unit follows.
_MODEL = re.compile(r"(?:[A-Z]{1,3}-?\d{1,4}|\d{3,4})(?:-\d{1,4})?(?:s|'s)?")
_MODEL_UNITS = frozenset({"pct", "percent", "%", "mln", "million", "bln", "billion", "dlrs", "dlr", "shares", "stg",
                          "yen", "marks", "francs", "pence", "cts"})


#: A product or service the news calls by its name: "its home shopping service called Collectible Showcase", "a
#: new drug named X", "its software package, known as X".
_CALLED_THING = re.compile(r"\b(?:its|their|his|her|a|an|the|new)\s+(?:[\w-]+\s+){0,3}?(?:service|product|program|"
                           r"programme|show|series|package|brand|magazine|newspaper|game|card|drug|compound|"
                           r"substance|device|format|campaign|software|line)s?\s*,?\s+"
                           r"(?:called|named|dubbed|known\s+as|trademarked|marketed\s+as)\s*<?\s*$", re.I)


def _called_thing(sent, e: Ent) -> bool:
    """Whether the name is what a product or a service is called ("Nostalgia Network Inc said it signed an agreement
    to air ... announcements of its home shopping service called Collectible Showcase"): a thing, no party."""
    at = sent[e.i].idx - sent[0].idx
    return _CALLED_THING.search(sent.text[max(0, at - 80) : at]) is not None


def _model_of(sent, e: Ent) -> bool:
    """Whether the name stands for one of its maker's products, told by a model designation right after it ("sold
    10 of its 11 Boeing 737's to Ryder", "leased three Airbus A320s"): the planes change hands, not the maker."""
    if e.j >= len(sent):
        return False
    nxt = sent[e.j]
    if not _MODEL.fullmatch(nxt.text) or re.fullmatch(r"(?:1[89]|20)\d\ds?", nxt.text):
        return False
    after = sent[e.j + 1] if e.j + 1 < len(sent) else None
    return after is None or after.lower_ not in _MODEL_UNITS


#: A holder described beside its company, wanted or planning to sell its holding: "Nissan wants Renault, its largest
#: shareholder, to divest a portion of its 43 percent ownership". The holder is named before the sale and the holding
#: after it: "General Partners, controlled by Wagner and Brown, said plans to sell GenCorp Inc's aerospace divisions"
#: and "Suralco, owned by Alcoa, wants devaluation, and lower wages" tell no sale of the holder's.
_WANTS_OUT = re.compile(r"\b(?:wants?|plans?|seeks?|asks?|urges?|pressing)\b(?P<holder>[^.]{0,40}?)"
                        r"\b(?:divest|cut|reduce|sell|lower)\w*\s+(?:[\w.-]+\s+){0,6}?(?:its|their)\s+(?:[\w.-]+\s+){0,3}?"
                        r"(?:stake|holding|interest|ownership|shares|shareholding)s?\b", re.I)
#: "a bid for the 96.03 pct it does not already hold in X", "offered to buy the shares it did not own": the
#: bidder holds the rest already; the shares it bids for are the bid's.
_REST_HELD = re.compile(r"\b(?:it|they)\s+(?:does|did|do)\s+not\s+(?:already\s+)?(?:own|hold)\b", re.I)


#: "to acquire Trimac Ltd's stake in their jointly owned Tricil Ltd": the company the buyer and the seller own
#: together, which the buyer holds already.
_JOINTLY_HELD = re.compile(r"\btheir\s+jointly[- ](?:owned|held)\s+<?([A-Z][\w&.'-]*)")


def _rest_held(mentions: list[Mention], sentence: str) -> list[Mention]:
    """A stake in the shares a company bids for, where the sentence says they are those it does not hold
    already, is its holding of the rest, in force whatever comes of the bid; its figures are the bid's. So is
    a stake bought in a company the sentence calls the parties' "jointly owned" one: the buyer holds a share
    of it already, and raises it."""
    if _REST_HELD.search(sentence):
        return [dataclasses.replace(m, status=S.ACTIVE, cues=["not already"], attributes={})
                if m.type is R.STAKE and m.status is not S.ACTIVE else m for m in mentions]
    joint = {m.group(1) for m in _JOINTLY_HELD.finditer(sentence)}
    if not joint:
        return mentions
    return [dataclasses.replace(m, status=S.ACTIVE, cues=["jointly owned"], attributes={})
            if m.type is R.STAKE and m.status is not S.ACTIVE and m.target.split()[0] in joint else m
            for m in mentions]


def _sold_holding(mentions: list[Mention]) -> list[Mention]:
    """A holding the sentence tells sold outright, its end said by the sale ("completed the sale of all
    shares of wholly owned Y"), is over, whatever word describes it as owned before the sale; unless the
    sentence also tells that sale still to come ("had sold its stake in X and expects to finalise the sale of
    the 80 pct-owned Y": the first sale is not Y's)."""
    sales: dict[tuple[str, str], set] = {}
    for m in mentions:
        if m.type is R.DIVESTMENT:
            sales.setdefault((m.source, m.target), set()).add(m.status)
    sold = {pair for pair, said in sales.items() if said == {S.ACTIVE}}
    ended = {(m.source, m.target) for m in mentions if m.type is R.STAKE and m.status is S.ENDED} & sold
    return [m for m in mentions if not (m.type is R.STAKE and m.status is S.ACTIVE and (m.source, m.target) in ended)]


def _same_firm(a: str, b: str) -> bool:
    """Whether two names may be one firm's, the one a short form of the other ("Jardine", "Jardine Matheson")."""
    a, b = name_key(a), name_key(b)
    return a.startswith(b) or b.startswith(a)


def _spokesmen(roles: list[Mention], people: list[Ent], ctx: StoryContext) -> dict[int, str]:
    """The sentence's people who speak for a company (token -> company): those the story has named holding an
    office at one company, this sentence's offices counted. Not an analyst or an economist, who speaks of a
    company, not for it ("Jefferies analyst Peter Vance said the company ...")."""
    for m in roles:
        title = str(m.attributes.get("title", "")).lower().split()
        if m.status is not S.ENDED and not (title and title[-1] in _COMMENTATORS):
            known = ctx.employers.setdefault(m.source, m.target)
            if known != m.target:
                ctx.employers[m.source] = None
    return {k: ctx.employers[p.name] for p in people if ctx.employers.get(p.name) for k in range(p.i, p.j)}


#: A sentence that gives an office rather than tells one held: "named X president", "X will become chairman".
_OFFICE_GIVEN = re.compile(rf"\b(?:{GIVING}|chosen|choose|selected|hired|{BECOMING}|"
                           r"succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|take\s+over|took\s+over|assum(?:e|es|ed|ing))\b", re.I)


def _officers(roles: list[Mention], people: list[Ent], ctx: StoryContext, text: str) -> None:
    """Keep the executive offices this sentence gives (held or to be held) for a handover told in a later one,
    and who was given one last: "Acme named Tom Hart president. He succeeds Jeff Lamm." An office only told
    held later ("Hart, 44, is currently president of Bolt") does not replace the one given; a sentence naming
    others and giving none of them an office leaves "he" no longer surely that man."""
    given: dict[str, list[tuple[str, str]]] = {}
    for m in roles:
        title = str(m.attributes.get("title") or "")
        if m.status is not S.ENDED and title and executive_titles(title):
            given.setdefault(m.source, []).append((m.target, title))
    kept = {p: o for p, o in given.items() if p not in ctx.offices or _OFFICE_GIVEN.search(text)}
    ctx.offices.update(kept)
    if kept:
        ctx.last_officer = [m.source for m in roles if m.source in kept][-1]
    elif any(p.name != ctx.last_officer for p in people):
        ctx.last_officer = None


@lru_cache(maxsize=4)
def _first_line(text: str) -> str:
    """A story's first line, lower-cased: made once a story, not once a sentence (a story's text is the same
    object for all its sentences, and a long one-line story would otherwise be copied for each)."""
    return text.partition("\n")[0].lower()


def _alone(sent, ents: list[Ent], end: int) -> tuple[str, int] | None:
    """The one company a sentence names, where it is its main verb's subject ("Family-owned Wellard is seeking
    to raise $350 million"), and where the sentence ends; none where it names two, or a group of them."""
    firms = [e for e in ents if e.kind is EntityKind.COMPANY]
    names = {n for e in firms for n in e.names}
    if len(names) != 1 or any(e.members for e in firms):
        return None
    speaker = _speaker(sent, firms)
    return (speaker, end) if speaker in names else None


#: A pronoun that may hold an office told in its sentence (``pronoun_roles``).
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.I)

class RelationFinder:
    """Roles by rules; deals proposed by rules and, with a ``model``, judged by it (``classifier``).
    ``on_candidates`` sees every sentence's candidates (how the training set is made)."""

    def __init__(self, model: RelationModel | None = None,
                 on_candidates: Callable[[list[Candidate]], None] | None = None):
        self.model, self.on_candidates = model, on_candidates
        #: The story being read and the company it last had speak: whom "it" and "the company" stand for.
        self._speaker: tuple[StoryContext, str] | None = None
        #: The speaker a sentence opening on another company set aside, until one opens on it again.
        self._suspended: tuple[StoryContext, str] | None = None
        #: The people the last sentence read named, and where it ended: whom a "he" opening the next stands for.
        self._named: tuple[StoryContext, list[str], int] | None = None

    def find(self, sent, ents: list[Ent], ctx: StoryContext, offset: int, sentence_span: tuple[int, int],
             doc_text: str) -> list[Mention]:
        T.mend_misspelt(sent)
        T.mend_headline_verb(sent)
        start, end = sentence_span
        # the company the sentence right before told a stake in (none where a sentence not parsed came between)
        held_before = ctx.held[0] if ctx.held is not None and not doc_text[ctx.held[1] : start].strip() else None
        ctx.held = None
        # the company the sentence right before named alone, as its subject (none where another came between)
        ctx.before = ctx.opened[0] if ctx.opened is not None and not doc_text[ctx.opened[1] : start].strip() else None
        ctx.opened = None
        companies = [e for e in ents if e.kind is EntityKind.COMPANY and not _reporter(sent, e)]
        # "Mattson told Reuters that ... a merger between the two companies": a reference that would take
        # in the outlet told is no pair of parties
        outlets = {n for e in ents if e.kind is EntityKind.COMPANY and _reporter(sent, e) for n in e.names}
        companies = [e for e in companies if not set(e.members) & outlets]
        people = [e for e in ents if e.kind is EntityKind.PERSON]
        out: list[Mention] = []
        start, end = sentence_span
        sentence = doc_text[start:end]
        pronoun = _HE_OR_SHE.search(sentence) is not None
        # the companies offices may be at: only where a name or a "he"/"she" may hold one
        office_at = office_companies(sent, ents, companies) if people or pronoun else []
        roles = _roles(sent, people, office_at, ctx, sentence, start, end) if people else []
        # (none where a sentence not read came between)
        named_before = self._named[1] if self._named is not None and self._named[0] is ctx and \
            not doc_text[self._named[2] : start].strip() else None
        self._named = (ctx, [p.name for p in people], end)
        if pronoun:
            told = {(m.source, m.target) for m in roles}
            roles += [m for m in pronoun_roles(sent, people, office_at, ctx, named_before, sentence, start, end)
                      if (m.source, m.target) not in told]
        out += roles
        _officers(roles, people, ctx, sent.text)
        office_firms = {m.target for m in roles if m.attributes.get("title") and executive_titles(str(m.attributes["title"]))}
        ctx.office_firm = (office_firms.pop(), end) if len(office_firms) == 1 else None
        spokesmen = _spokesmen(roles, people, ctx)
        # an exchange listing shares, a company's new name, what a merger will be called: no party to a deal
        companies = [e for e in companies if not _venue(sent, e) and not _new_name(sent, e) and not _counted(sent, e)
                     and not _model_of(sent, e) and not _called_thing(sent, e)]
        # "A spokesman for Reebok Japan, the local subsidiary of Reebok International, said": whom a spokesman
        # speaks for is no party to what he tells, yet the sentence still says whose unit it is
        firms = sorted(companies + [e for e in ents if e.kind is EntityKind.COMPANY and _voiced(sent, e)
                                    and not _venue(sent, e) and not _counted(sent, e)], key=lambda e: e.i)
        owned = _subsidiaries(sent, firms, ctx, sentence, start, end) if len(firms) >= 2 else []
        if companies:
            speaker = self._speaker[1] if self._speaker is not None and self._speaker[0] is ctx else None
            owned += _referred_subsidiaries(sent, companies, ctx, speaker, spokesmen, sentence, start, end)
            lead_told = ctx.lead is not None and ctx.lead.lower() in _first_line(doc_text)
            owned += _referred_units(sent, firms, people, ctx, speaker, lead_told, sentence, start, end)
            owned += _bare_units(sent, firms, ctx, lead_told, sentence, start, end)
            out += advisers_told(sent, companies, speaker, sentence, start, end)
            out += underwriters_told(sent, companies, speaker, ctx.lead, doc_text, sentence, start, end)
        out += owned
        if len(companies) >= 2:
            out += _shares_handed(sent, companies, sentence, start, end)
            out += _paid_for(sent, companies, sentence, start, end)
            out += managed_issues(sent, companies, sentence, start, end)
        # a lender and an analyst's firm speak of or pay for a deal, no party to it, nor does a rating agency,
        # in the sentence it rates in or after (their own units and offices are read above)
        raters = [e for e in companies if _rater(sent, e)]
        ctx.raters.update(n for e in raters for n in e.names)
        companies = [e for e in companies if not _lender(sent, e) and not _commentators_firm(sent, e) and
                     e not in raters and not _rated_before(e, ctx)]
        if companies:
            # a trigger word inside a name names, it states nothing: "GST Acquisition Corp", "Pilgrim Venture"
            named = {k for e in ents if e.kind is EntityKind.COMPANY for k in range(e.i, e.j)}
            triggers = [x for x in self.triggers(sent) if x[0] not in named]
            persons = frozenset(k for p in people for k in range(p.i, p.j))
            vetoes: set = set()
            deals = _sold_holding(self._deals(sent, triggers, companies, ctx, sentence, start, end, spokesmen, persons,
                                              vetoes))
            # "X said ... Y took control of the company": deals with the company the reference stands for, read
            # by the rules alone (the model weighs named pairs)
            refs = object_references(sent, companies) + described_objects(sent, companies, ctx)
            if refs:
                read = {(m.type, m.source, m.target) for m in deals}
                referred_to = [m for m in _sold_holding(self._deals(
                    sent, triggers, sorted(companies + refs, key=lambda e: e.i), ctx, sentence, start, end, spokesmen,
                    persons, set())) if (m.type, m.source, m.target) not in read]
            else:
                referred_to = []
            if self.model is not None or self.on_candidates is not None:
                cands = candidates(sent, companies, triggers, deals + owned + roles, people)
                if self.on_candidates is not None:
                    self.on_candidates(cands)
                if self.model is not None:
                    # "The company said it plans to acquire X": a party the sentence only refers back to is
                    # no pair the model weighs, so the rules' reading of it stands
                    named = {n for e in companies for n in e.names}
                    # nor is a tie of the rules that no candidate stands for: the model never weighed it
                    weighed = {c.key for c in cands}
                    referred = [m for m in deals if m.source not in named or m.target not in named
                                or m.key not in weighed]
                    deals = self._judged(sent, cands, sentence, start, end, vetoes) + referred
            deals += referred_to
            deals = _units_planned(deals, ctx)
            deals = _listed_apart(_absorbed(deals, owned) + _units_sold_before(sent, companies, ctx, deals, sentence,
                                                                               start, end), sent, companies)
            group = _groups(owned)
            deals = [m for m in deals if m.type not in _IN_GROUP or frozenset((m.source, m.target)) not in group]
            deals = _with_own_unit(deals, owned)
            deals = _businesses_bought(deals, sent, companies)
            deals = _consenting(deals, sent, companies)
            if [k for _, k, _ in triggers] == [R.ALLIANCE] and _talks(sent[triggers[0][0]]):
                # "... the sale of its 65 pct interest in Tel Plus Communications Inc to Siemens has been delayed. The
                # company said it will be continuing its talks with Siemens": talks between parties of a sale,
                # a purchase or a stake the story told are on that deal, no alliance
                deals = [m for m in deals if m.type is not R.ALLIANCE or not {m.source, m.target} <= ctx.owning]
            ctx.owning.update(n for m in deals if m.type in _OWNING for n in (m.source, m.target))
            out += _for_parties(deals, sent, companies)
            ctx.last_subject = companies[0].names[0]
            speaker = _speaker(sent, companies, spokesmen)
            if speaker is not None:
                self._speaker = (ctx, speaker)
        if companies:
            out += holders_told_apart(sent, companies, held_before, sentence, start, end)
        ctx.opened = _alone(sent, ents, end)
        told = {m.target for m in out if m.type is R.STAKE and m.attributes.get("percent")}
        ctx.held = (told.pop(), end) if len(told) == 1 else None
        self._age_units(ctx)
        traded = _units_traded(sent, companies, ctx, sentence) if len(companies) >= 2 else None
        if traded is not None:
            ctx.units_traded = (*traded, _UNITS_NAMED_WITHIN)
        return _unique(_rest_held(out, sentence))

    @staticmethod
    def opened(ctx: StoryContext, opener: str | None, names: set[str], end: int) -> None:
        """A sentence not parsed that opens on a company and names no other ("Sports Direct declined to
        comment."): the company the next sentence's "the company's" or description stands for."""
        ctx.opened = (opener, end) if opener is not None and names <= {opener} else None

    @staticmethod
    def _age_units(ctx: StoryContext) -> None:
        """One sentence more since a sale of units not named: past a few, a unit named is no longer surely one
        it sold."""
        if ctx.units_traded is not None:
            seller, buyer, status, left = ctx.units_traded
            ctx.units_traded = (seller, buyer, status, left - 1) if left > 1 else None

    def passed(self, ctx: StoryContext, opener: str | None) -> None:
        """A sentence not parsed that opens on a company (``opener``): one other than the company last had
        speak leaves "it" in the next sentence no longer surely the speaker's ("First Granite said ...
        Magna Groups had assets of ... It owns 13 banks")."""
        self._age_units(ctx)
        if opener is None:
            return
        if self._speaker is None:
            # "Jardine Fleming reported record profits ... Jardine Matheson is undergoing reorganisations. It
            # previously announced ...": a sentence opening on the company last had speak gives "it" back to it
            held = self._suspended
            if held is not None and held[0] is ctx and _same_firm(opener, held[1]):
                self._speaker = held
            return
        if self._speaker[0] is not ctx:
            return
        if not _same_firm(opener, self._speaker[1]):
            self._suspended, self._speaker = self._speaker, None

    def _judged(self, sent, cands: list[Candidate], sentence: str, start: int, end: int,
                vetoes: set = frozenset()) -> list[Mention]:
        """The model's choice among the candidates: the rules' mention where they made one (status,
        attributes), else one read off the nearest trigger of the type, unless the rules read that trigger as
        tying no pair (``vetoes``, from ``_deals``)."""
        out = []
        # "Zentrix chairman Dana Whitlock met Karvona chief executive Tom Brill", "Dynamics said CTS Chairman
        # George F. Sommer will ...": a person the rules gave an office holds none at another company the
        # sentence names, whatever the model weighs
        ruled = [c for c in cands if c.rule is not None and c.type is R.ROLE]
        people = list({id(e): e for c in cands for e in (c.a, c.b) if e.kind is EntityKind.PERSON}.values())
        for c, p in self.model.decide(cands):
            if c.rule is None and c.type is R.ROLE:
                # "Mary Lee, an adviser to Acme chief executive Tom Hart": the office the rules gave the
                # person nearer its title is no one else's at that company; "American Honda president Tetsuo
                # Chino" holds his at the national arm, not at the company a people's word stands before
                firm = c.b if c.b.kind is EntityKind.COMPANY else c.a
                if firm.i > 0 and sent[firm.i - 1].text.istitle() and sent[firm.i - 1].lower_ in DEMONYMS:
                    continue
                if not any(r.source == c.source or r.target == c.target and r.source != c.source and
                           distance(c.trigger, r.a, r.a) < distance(c.trigger, c.a, c.a) for r in ruled):
                    found = role_mention(sent, c, sentence, start, end, p, written_titles)
                    if c.trigger is not None and anothers_office(sent, people, c.a, c.trigger):
                        # "Allen will succeed Leo Egan, who will become chairman": Allen takes an office there,
                        # not the one told of Egan
                        found = dataclasses.replace(found, attributes={})
                    if found.status is not S.ENDED and replaced(sent, c.a):
                        found = dataclasses.replace(found, status=S.ENDED, cues=["replaced"])
                    out.append(found)
                continue
            if c.rule is not None:
                out.append(dataclasses.replace(c.rule, confidence=round(p, 2)))
                continue
            if c.trigger is None or (c.trigger, c.type) in vetoes:
                continue
            t = sent[c.trigger]
            if c.type in (R.ACQUISITION, R.DIVESTMENT) and _goods_traded(t):
                continue
            if c.type in (R.STAKE, R.INVESTMENT) and _part_held(t, {k: e for e in (c.a, c.b) for k in range(e.i, e.j)}):
                continue
            stated = trigger_status(sent, t, c.type, sentence)
            if stated is None:
                continue
            status, cues = stated
            status = _settled(c.type, status, sentence)
            out.append(Mention(c.type, c.source, c.target, status, sentence, start, end,
                               attributes=_attributes(sent, t, c.type, sentence, c.target), trigger=_phrase(t), cues=cues,
                               confidence=round(p, 2)))
        return out

    # --- deals -------------------------------------------------------------------------------------

    def _triggers(self, sent) -> list[tuple[int, RelationType, bool]]:
        found = []
        quoted = _quoted(sent)
        for t in sent:
            lemma = t.lemma_.lower()
            if t.i in quoted:
                continue  # "the present quote on Conrac is 28 dlrs bid, 29 dlrs offered": a market price, no bid
            if t.lower_ == "holding" and t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in L.PARENT_FIRM_NOUNS \
                    and any(c.dep_ == "poss" for c in t.head.children):
                continue  # "Fichtel und Sachs's holding company, Sachs AG": the possessor is held, not holding
                # (``ownership._parent_noun`` reads it)
            if t.pos_ in ("VERB", "AUX") and lemma in T.VERBS and 0 < t.i < len(sent) - 1 and \
                    sent[t.i - 1].text in _QUOTES and sent[t.i + 1].text in _QUOTES:
                continue  # 'Jefferies and Co "sold" Seemala 185,500 shares of X': a verb the writer quotes says it is
                # not what it seems (a sham sale, a "merger" in name only)
            if t.pos_ in ("VERB", "AUX") and lemma in T.VERBS and t.dep_ not in ("aux", "auxpass"):
                # an auxiliary states nothing: "has bought a stake" is the stake's, not "has"'s
                needs = T.NEEDS.get(lemma)
                # a word of a name says nothing of the deal: "led by Citicorp Investment Bank" leads no investment
                window = {x.lower_ for x in sent[max(0, t.i - 2) : t.i + 6] if not (x.pos_ == "PROPN" and x.text.istitle())}
                if needs and not needs & window:
                    continue
                if lemma in _PHRASAL and not _phrasal(t, lemma, window):
                    continue
                if lemma == "lead" and t.dep_ == "acl" and t.head.lemma_.lower() in L.GROUPS:
                    continue  # "sold to an investment group led by X": who makes up the buyer, no funding led
                found.append((t.i, T.VERBS[lemma], lemma in T.WEAK_VERBS))
            elif t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and (lemma in T.NOUNS or t.lower_ in T.NOUNS
                                                                 or _hyphenated(sent, t)):
                key = lemma if lemma in T.NOUNS else t.lower_ if t.lower_ in T.NOUNS else _hyphenated(sent, t)
                rtype = T.NOUNS[key]
                if key == "venture" and "joint" not in {x.lower_ for x in t.children} and sent[t.i - 1].lower_ != "joint":
                    continue  # "venture capital", "a new venture": no joint venture
                if key == "venture" and t.tag_ == "NNS" and t.dep_ == "compound" and t.head.pos_ == "PROPN":
                    continue  # "the joint-ventures SAMBA, Saudi French and Arab National Bank": each name a venture,
                    # no partners told
                if key == "venture" and t.dep_ == "compound" and t.head.lemma_.lower() in _DESCRIBING and \
                        any(c.dep_ == "poss" for c in t.head.children):
                    continue  # "its joint venture partner, X": the noun describing X says it, no venture formed
                if key == "venture" and t.dep_ == "compound" and t.head.lemma_.lower() in _DESCRIBING and \
                        t.head.dep_ in ("nsubj", "nsubjpass") and \
                        any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.head.children):
                    continue  # "The joint venture partners also intend to ...": partners told of before, none named
                if key in ("investment", "customer", "funding", "share") and t.dep_ == "compound" and \
                        (t.head.lemma_.lower() not in T.NOUNS or t.head.lemma_.lower() == "partnership"):
                    continue  # "an investment advisory firm", "an investment partnership", "share prices": no deal
                if rtype in (R.ACQUISITION, R.DIVESTMENT) and t.dep_ == "compound" and \
                        t.head.lower_ in ("proceeds", "proceed"):
                    continue  # "since sale proceeds would likely go to pay down Dome's debt": money raised, no deal told
                if rtype in (R.ACQUISITION, R.DIVESTMENT) and t.dep_ == "compound" and t.head.lemma_.lower() == "order":
                    continue  # "received a purchase order from X for pay TV products": goods ordered, the order a supply
                if key == "sale" and t.lower_ == "sales" and not (
                        any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and
                        any(c.dep_ == "prep" and c.lower_ == "of" and not any(g.like_num for g in c.subtree)
                            for c in t.children) and
                        not any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() not in T.NOUNS
                                for c in t.children)):
                    # "with sales of 137 mln dlrs", "ice cream sales": revenue; "the direct sales, service and
                    # support operations of its Rolm Corp unit": a business's functions ("the sales of its mills" sell)
                    continue
                if key == "share" and (t.i > 0 and sent[t.i - 1].lower_ in ("per", "a", "each") or _each(sent, t)):
                    continue  # "39 euros per share", "30 dlrs a share", "values each Hillards ordinary share": a price
                if key in L.BID_NOUNS and any(g.lemma_.lower() in L.DEAL_NOUNS for c in t.children
                                              if c.dep_ == "prep" and c.lower_ == "for"
                                              for g in c.children if g.dep_ == "pobj"):
                    continue  # "joined AT&T on a bid for a ten-year contract": a tender for work, no takeover
                if key in L.BID_NOUNS and any(c.dep_ in ("amod", "compound") and (c.lower_ in L.NO_TIE_AGREEMENTS or
                                                                                  c.lemma_.lower() in L.DEAL_DEBTS) or
                                              c.dep_ == "acl" and (c.lemma_.lower() in L.NO_TIE_PURPOSES or
                                                                      c.lemma_.lower() in L.CREDIT_PURPOSES and
                                                                      c.doc[c.i - 1].text != "-")
                                              for c in t.children):
                    # "a settlement offer from Texaco", "proposals to settle the lawsuit": a suit ended, no bid; "will use
                    # proceeds from the debenture offer to retire bank debt": debt offered is money borrowed, no bid (not
                    # "the convertible offer would be on the basis of four Williams convertibles for every Norcros share")
                    continue
                if key == "buy" and (t.head.lemma_.lower() in L.RATINGS or
                                     any(c.lemma_.lower() in L.RATINGS or c.dep_ == "prep" and c.lower_ == "on"
                                         for c in (*t.children, *(t.head.children if t.dep_ == "dobj" else ())))):
                    continue  # "reaffirmed a 'buy' rating on X", "put a buy on X": an analyst's rating, no purchase
                if rtype is R.STAKE and any(y.lemma_.lower() in DEAL_WORDS["condition"] for x in list(t.ancestors)[:6]
                                            for y in (x, *(c for c in x.children if c.dep_ == "acomp"))):
                    continue  # "conditional on minimum acceptances totalling 25 pct of X": an offer's term, no stake
                if key == "interest" and _rate_after(sent, t):
                    continue  # "increased the interest rate on its MasterCard to 13.6 pct": a rate charged, no stake
                weak = key in T.WEAK_NOUNS
                if key in T.WITH_PERCENT and not _PERCENT.search(sent.text) and \
                        not any(c.dep_ in ("amod", "compound") and c.lower_ in T.SIZES for c in t.children):
                    continue
                if key in T.WITH_PERCENT and not _PERCENT.search(sent.text) and t.head.lemma_.lower() == "represent":
                    continue  # "depositary units representing limited partnership interests of X": paper offered, no holder
                if t.pos_ == "VERB" and key == "offer" and not any(
                        x.lower_ == "for" and not (x.i + 1 < len(sent) and sent[x.i + 1].tag_ == "NNS" and
                                                   sent[x.i + 1].is_lower and sent[x.i + 1].lower_ not in _HELD_FOR)
                        for x in sent[t.i + 1 : t.i + 8]):
                    # "partnering to offer AI features": no bid; nor "to offer the IXSuite private exchange for
                    # employers": the ones a product is for are no price
                    continue
                if weak and rtype is R.ALLIANCE and t.tag_ == "NNS" and _LISTED_WITH.match(sent[t.i + 1 :].text):
                    continue  # "signed large deals with Pan Am, NWA and Eastern": one deal each, of a kind untold
                if weak and rtype is R.ALLIANCE and t.pos_ == "NOUN" and \
                        any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _HANDS_OVER for c in t.children):
                    continue  # "an agreement in principle to transfer its South American service to X": a sale of assets
                if weak and rtype is R.ALLIANCE and t.pos_ == "NOUN" and \
                        (any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _ISSUED for c in t.children) or
                         t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _ISSUE_OFFICES):
                    # "the 300 mln dlr equity warrant bond deal for Mitsubishi Estate ..., Nikko Securities said as
                    # lead manager of the deal": an issue of paper and who runs it, a service, no alliance
                    continue
                if weak and rtype is R.ALLIANCE and t.pos_ == "NOUN" and \
                        any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _RESELLS and
                            any(o.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PROPN" for p in o.children)
                                for o in c.children) for c in t.children):
                    # "signed an agreement with McDonnell Douglas Corp's ... unit under which it will market
                    # McDonnell's crossroads software package to dealers": a distributor's deal, a supply, no alliance
                    continue
                if t.pos_ == "VERB" and weak and rtype is R.ALLIANCE:
                    continue  # "directors would meet to deal with the proposal": no deal
                if weak and rtype is R.ALLIANCE and t.dep_ == "pobj" and t.head.lower_ == "in" and \
                        not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in t.children):
                    continue  # "cut output in accord with MITI guidelines", "in agreement with X": as X wants, no pact
                found.append((t.i, rtype, weak))
        return sorted(found, key=lambda f: f[2])  # strong triggers first: a weak one only adds new pairs

    def _deals(self, sent, triggers: list[tuple[int, RelationType, bool]], companies: list[Ent], ctx: StoryContext,
               sentence: str, start: int, end: int, spokesmen: dict[int, str],
               persons: frozenset[int] = frozenset(), vetoes: set | None = None) -> list[Mention]:
        """The rules' deals of the sentence; ``vetoes`` gets (token index, type) of each trigger whose reading
        ties no pair for a stated reason (an ``arguments.Unread`` answer is none: nothing was read)."""
        vetoes = set() if vetoes is None else vetoes
        out: list[Mention] = []
        speaker = self._speaker[1] if self._speaker is not None and self._speaker[0] is ctx else None
        if speaker in ctx.raters:
            speaker = None  # "S and P said it downgraded X and Y to reflect the companies' merger": the rater merges nothing
        if speaker is None:
            # "Acme Corp said quarterly profit rose ... It said it agreed to buy X": before any sentence read has
            # a company speak, "it" is the one company the story has told of, where there is only one
            named = {n for e in companies for n in e.names}
            told = [n for n in ctx.recent if n not in named and n not in ctx.raters]
            speaker = told[0] if len(told) == 1 else None
        for i, rtype, weak in triggers:
            t = sent[i]
            stated = trigger_status(sent, t, rtype, sentence)
            if stated is None:
                continue
            status, cues = stated
            if weak and rtype is R.ALLIANCE and any(not w and r in _DEALS and
                                                    not (r is R.SUPPLY and _names_kind(sent[k], companies))
                                                    for k, r, w in triggers):
                continue  # "an agreement" beside a sale, a stake or a supply deal is that deal's, no alliance
            strong_pairs = {frozenset((m.source, m.target)) for m in out if m.confidence >= 0.55}
            strong_stakes = {frozenset((m.source, m.target)) for m in out if m.type is R.STAKE}
            # "raised its holdings in X to 83 pct and ... the merger with X": a holding the parse ties to its
            # own percentage is a stake beside the deal, not the deal's word
            counted = rtype is R.STAKE and _PERCENT.search(sent[t.left_edge.i : t.right_edge.i + 1].text + " " +
                                                           sent[t.i + 1 : t.i + 12].text) is not None
            answer = arguments(sent, t, rtype, companies, ctx, speaker, spokesmen, persons)
            if not answer and not isinstance(answer, Unread):
                vetoes.add((i, rtype))
            for rel_type, a, b, how in answer:
                pair = frozenset((a, b))
                if only_paper_of(sent, companies, rel_type, b):
                    continue  # "the sale of ... Falconbridge Ltd's 8.5 pct convertible debentures": its debt, no share
                if rel_type is R.STAKE and _holds_the_rest(sent, companies, b):
                    continue  # "it held 20 pct of Eurodisplay and Thomson-CSF the remaining 80 pct": a holder too
                if a == b or rel_type is R.STAKE and _own_short_name(a, b) or \
                        weak and (how not in ("dep", "describes") and any(not w for _, _, w in triggers)
                                  or pair in strong_pairs and not (counted and how == "dep" and
                                                                   rel_type is R.STAKE and
                                                                   pair not in strong_stakes)):
                    continue
                if weak and rel_type is R.ALLIANCE and how not in ("dep", "describes"):
                    continue  # "talks", "an agreement" with no partner the parse names: two names beside it are no allies
                attrs = _attributes(sent, t, rel_type, sentence, b)
                st = status
                if how == "describes":
                    # "Renault, its largest shareholder, ..." states what is, whatever the clause wants
                    st = S.ENDED if re.search(r"\b(?:former|formerly|once|until)\b", sentence, re.I) else S.ACTIVE
                    cues = []
                    if st is S.ACTIVE and rel_type is R.STAKE and (modal := to_come(t)) is not None:
                        # "Tenneco will become Poclain's majority shareholder": what it will be, once a deal is done
                        st, cues = S.AGREED, [modal]
                    elif st is S.ACTIVE and (cut := severed(t)) is not None:
                        # "Toyota severed its ties with Delta Motor Corp, its local partner for 20 years": no more
                        st, cues = S.ENDED, [cut.text]
                    attrs.pop("change", None)
                    if rel_type is R.STAKE and (wants := _WANTS_OUT.search(sentence)) and a in wants.group("holder"):
                        out.append(Mention(R.DIVESTMENT, a, b, S.PROPOSED, sentence, start, end,
                                           attributes={k: v for k, v in attrs.items() if k == "percent"},
                                           trigger=_phrase(t), cues=["wants"], confidence=0.75))
                if rel_type is R.STAKE and st in _NOT_DONE and (_sold_to_holder(t) or more_taken(t)):
                    # "agreed to sell 500,000 shares to its principal stockholder, Adia S.A.": the holder holds;
                    # "plans to buy 500,000 more shares of SPI": the holding added to is held already
                    st, cues = S.ACTIVE, []
                if rel_type in (R.STAKE, R.INVESTMENT) and t.dep_ == "dobj" and t.head.lemma_.lower() in L.SELLS:
                    sale = trigger_status(sent, t.head, R.DIVESTMENT, sentence)
                    # "sold its stake in X, sources said": a sale the sources tell of as done; "will sell its
                    # investment in Amtech Corp" too, the investment held till then
                    told = sale is not None and told_done(sent, t.head, R.DIVESTMENT, *sale)
                    if sale is None or not (told or st is S.ACTIVE and sale[0] is S.ACTIVE):
                        continue  # "agreed to sell its stake in X": the sale says it
                    if rel_type is R.STAKE and not _PARTIAL.search(sentence):
                        st = S.ENDED  # "sold its stake in X": the stake the seller held is gone
                    elif told:
                        continue  # "sold half its stake, sources said": what is left, the sale does not say
                st = _settled(rel_type, st, sentence)
                said = cues
                if rel_type is R.STAKE and st is S.ACTIVE and not cues and how == "dep" and _bought_by_noun(t):
                    # "Nippon Life's 538 mln dlr purchase of a 13 pct stake in Shearson is a shrewd move": the
                    # purchase is only named, not told done (``graph.consolidate.may_follow``)
                    said = [t.head.head.lemma_.lower()]
                conf = 0.75 if how in ("dep", "describes") else 0.55
                if weak:
                    conf -= 0.15
                out.append(Mention(rel_type, a, b, st, sentence, start, end, attributes=attrs,
                                   trigger=_phrase(t), cues=said, confidence=round(conf, 2)))
                out += _sale_side_effects(sent, t, rel_type, a, b, st, sentence, start, end, companies, cues)
        return _units_sold(sent, out, companies, sentence, start, end)

    def triggers(self, sent) -> list[tuple[int, RelationType, bool]]:
        """(token index, type, weak) of every trigger, "talks" standing for an alliance when nothing else does."""
        triggers = self._triggers(sent)
        if not triggers and any(_talks(t) for t in sent):
            talk = next(t for t in sent if _talks(t))
            triggers = [(talk.i, R.ALLIANCE, True)]
        return triggers


def _talks(t) -> bool:
    """Whether a word tells of talks ("talks", "negotiating"): an alliance where the sentence has no other trigger."""
    return t.lemma_.lower() in T.TALKS or t.lower_ in T.TALKS


def _own_short_name(a: str, b: str) -> bool:
    """Whether two names are one firm's, the shorter only the longer less its initials: "C.H. Beazer Holdings PLC
    said it filed for an offering of ... shares, or a 9.5 pct interest in Beazer" offers its own shares, no stake."""
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short) == len(long):
        return False
    rest = list(long)
    for w in short:
        if w not in rest:
            return False
        rest.remove(w)
    return all(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in rest)
