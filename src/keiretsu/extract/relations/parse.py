"""What every rule reads off the dependency tree: subjects, objects, lists of companies, prepositions."""

from __future__ import annotations

import re

from ...models import EntityKind, Mention, RelationType, Status
from .. import lexicon as L
from ..entities import Ent, StoryContext
from ..names import LEGAL_FORMS, LEGAL_FORMS_ALTERNATION
from ..vocab import classes
from .triggers import NOUNS, VERBS

R, S = RelationType, Status
_PRONOUNS = {"it", "they", "we", "which", "that", "who", "its", "their", "company", "group", "firm"}
#: Staff who comment on deals for their firm: "..., Jefferies analysts said" speaks of a deal, the firm no party.
_COMMENTATORS = {"analyst", "economist", "strategist"}
_DESCRIBING = {"shareholder": R.STAKE, "owner": R.STAKE, "investor": R.INVESTMENT, "backer": R.INVESTMENT,
               "supplier": R.SUPPLY, "customer": R.SUPPLY, "partner": R.ALLIANCE, "parent": R.STAKE,
               "adviser": R.SUPPLY, "advisor": R.SUPPLY, "underwriter": R.SUPPLY,
               "licensee": R.LICENSING, "licensor": R.LICENSING, "franchisee": R.LICENSING, "franchisor": R.LICENSING}
#: Describing nouns that name the receiving end, whose other company is the source: "X is a customer of
#: Y" (Y supplies X), "Calny is the largest franchisee of Taco Bell" (Taco Bell licenses Calny).
_RECEIVERS = {"customer", "licensee", "franchisee"}
#: Describing nouns whose "to" names the other company: "a supplier to Apple", "adviser to Kraft".
_ADVISERS = {"adviser", "advisor", "underwriter"}
_TO_WHOM = {"supplier", *_ADVISERS}
# What a company sells without selling itself: buying "Thales's rail signalling unit" is Thales's
# divestment to the buyer, not the buyer's acquisition of Thales. Not "assets": buying all the
# assets of a company is buying the company.
_PARTS = {"unit", "units", "business", "businesses", "division", "divisions", "operation", "operations", "arm",
          "network", "brand", "plant", "factory", "mill", "activities"}


#: Exchanges, listings, ventures, debt, holders and owners beside a deal (``data/deal_words.tsv``).
DEAL_WORDS = classes("deal_words")


def _venue(sent, e: Ent) -> bool:
    """A stock exchange that lists, delists or quotes shares, or on which a company buys its own back, is
    where a deal is done, no party to it: "will purchase its shares on the Toronto Stock Exchange", "the
    Exchange said the securities will be delisted", "agreed to acquire a seat on the Montreal Exchange"."""
    words = re.findall(r"[\w-]+", e.names[0].lower())
    if not words or words[-1] not in DEAL_WORDS["exchange"]:
        return False
    root = _root(sent, e)
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "onto", "from", "off"):
        return True
    return any(x.lower_ in DEAL_WORDS["listing"] or x.lemma_.lower() in DEAL_WORDS["listing"] for x in sent)


#: What names a company anew right before its new name: "approved a name change to X", "will change its
#: name to X", "will be renamed X" (not "BHP's renamed X": the name it has now), "a holding company to be
#: called X", "Y, formerly X".
_RENAMING = re.compile(r"(?:\bname\s+change\s+to|"
                       r"\bchang\w*\s+(?:(?:of|in)\s+)?(?:its|their|the\s+(?:company|firm|bank|group)'s)\s+"
                       r"(?:corporate\s+)?names?\s+to|"
                       r"\b(?:be|been|being|was|were|is|are|has|have|had)\s+renamed(?:\s+as)?|"
                       r"\b(?:to|will|would|shall)\s+be\s+(?:called|known\s+as)|\bformerly(?:\s+known\s+as|\s+called)?)"
                       r"\s*(?:the\s+)?<?\s*$", re.I)


#: What a deal forms and calls by a name: "will merge with two other Bates units to form a new entity under Bates
#: called AC and R/DHB and Bess": every name after "called" up to the clause's end is the new one's.
_FORMED_CALLED = re.compile(r"\b(?:form|forming|formed|create|creating|created)\s+(?:a\s+|an\s+)?(?:new\s+)?"
                            r"[\w\s]{0,30}?\b(?:called|named|known\s+as)\s+[^,.;()]{0,40}$", re.I)


#: What a merger made, told right after its name: "Valhi Inc, formed by the March 10 merger of Amalgamated Sugar Co
#: into LLC Corp, said", "Canadian International, as earlier reported, was formed from the merger of": the firm the
#: parties became, none of them (past the marks wire copy sets and the legal form the name left out).
_FORMED_BY_MERGER = re.compile(r"(?:\s*(?:Inc|Corp|Co|Ltd|Plc|AG|SA|NV)\.?)?(?:\s*<[^<>]*>)*\s*,\s+"
                               r"(?:[^,]{0,25},\s+)?(?:(?:which|that)\s+)?(?:(?:was|were|is|has\s+been)\s+)?"
                               r"(?:recently\s+|newly\s+)?(?:formed|created|born)\s+(?:by|from|through|in|out\s+of)\s+"
                               r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?merger\b")


def _new_name(sent, e: Ent) -> bool:
    """Whether a company is named as another's new or old name, as what a merger will be called, or as what one
    formed: one company under two names, or one the deal makes, and no party to it."""
    at = sent[e.i].idx
    end = sent[e.j - 1].idx + len(sent[e.j - 1]) - sent[0].idx
    return _RENAMING.search(sent.text[max(0, at - 60) : at]) is not None or \
        _FORMED_CALLED.search(sent.text[max(0, at - 100) : at]) is not None or \
        _FORMED_BY_MERGER.match(sent.text, end) is not None


def _hyphenated(sent, t) -> str:
    """The trigger noun a hyphenated word is, as the tokenizer leaves it ("tie", "-", "up"; "spin", "-",
    "off"; "take", "-", "over"), read at its last piece, which carries the phrase; else ""."""
    if t.i < 2 or sent[t.i - 1].text != "-":
        return ""
    first = sent[t.i - 2].lower_
    return next((w for w in (f"{first}-{t.lower_}", f"{first}{t.lower_}") if w in NOUNS), "")


#: What names a person after a company's name: "GAMCO chairman Mario Gabelli", "Harlan analyst Peter Vance".
_TITLED = re.compile(r"(?:senior |chief |acting |managing )?(?:analysts?|spokes(?:man|woman|person)|directors?|"
                     r"executives?|officials?|economists?|strategists?|partners?)\b", re.I)


#: What may stand between a company and the office of the person after it: a legal form the entity left out
#: ("UAL Inc Chairman"), then up to two words qualifying the office ("Smith Barney livestock analyst"), none a word
#: that ties or points ("told Reuters that senior executives ...").
_LEGAL_LEAD = re.compile(rf"(?:(?=[A-Z])(?i:{LEGAL_FORMS_ALTERNATION})\.?\s+)?")
_QUALIFIER = re.compile(r"(?!(?:that|the|a|an|its|his|her|their|in|on|at|of|for|to|and|or|said|says|was|is|had|has|"
                        r"would|will)\b)[a-z]+\s+")


def _office_after(following: str) -> bool:
    """Whether the words after a company's name open an office ("chairman Mario Gabelli", "Inc Chairman Richard
    Ferris", "livestock analyst Tom O'Hare")."""
    at = _LEGAL_LEAD.match(following).end()
    for _ in range(3):
        if _TITLED.match(following, at) or any(p.match(following, at) for p, _ in L.TITLES):
            return True
        qualifier = _QUALIFIER.match(following, at)
        if qualifier is None:
            return False
        at = qualifier.end()
    return False


def _reporter(sent, e: Ent) -> bool:
    """A news outlet citing itself, or one told something, is no party: "the Information reported", "according
    to Bloomberg", "told Reuters"."""
    after = sent[e.j].lower_ if e.j < len(sent) else ""
    before = sent[max(0, e.i - 2) : e.i].text.lower()
    # "Mattson told Reuters that ...": whom a speaker tells is an audience, no party to what is told
    told = e.i > 0 and sent[e.i - 1].lemma_.lower() == "tell"
    cited = before.endswith("according to")
    # ... but the company of the person told or quoted is a party: "Donald Trump told UAL Inc Chairman Richard Ferris
    # that ...", "according to GAMCO chairman Mario Gabelli", "according to Smith Barney livestock analyst Tom O'Hare"
    titled = (told or cited) and _office_after(sent[e.j : e.j + 6].text)
    # "Delors, quoted by Le Monde newspaper, said ...": the paper that quotes a speaker tells, it takes no part
    quoted = bool(re.search(r"\bquoted (?:by|in)$", before))
    # "according to an SEC filing": whose filing or report the deal is told in tells it, no party to it
    filed = re.search(r"\baccording to (?:a|an|the)$", sent[max(0, e.i - 3) : e.i].text.lower()) is not None and \
        after in ("filing", "filings", "report", "statement", "document", "documents")
    return (told or cited) and not titled or quoted or filed or after in ("reported", "reports") or \
        _voiced(sent, e) or bool(L.MEDIA_OUTLET.fullmatch(e.text.removeprefix("The ").removeprefix("the ")))


def _voiced(sent, e: Ent) -> bool:
    """Whether the name only says whom a spokesman or an official speaks for: "a spokesman for X said". Not a
    name that only tells whose owner the company after it is: "a spokesman for Mercedes-Benz owner Daimler AG"
    speaks for Daimler, and the sentence still says Daimler owns Mercedes-Benz."""
    if e.j + 1 < len(sent) and sent[e.j].lower_ in _OWNER_NOUNS and sent[e.j + 1].text[:1].isupper():
        return False
    return re.search(r"\b(?:spokes(?:man|woman|person)|official|sources?) (?:for|at|of)$",
                     sent[max(0, e.i - 3) : e.i].text.lower()) is not None


#: A company's owner written as a title before its name: "Mercedes-Benz owner Daimler AG", "Marvel parent Disney".
_OWNER_NOUNS = frozenset({"owner", "parent"})


def _lender(sent, e: Ent) -> bool:
    """A company that lends the money a deal is paid with is no party to the deal: "finance its stock purchases
    with borrowings from A, B and C", "a syndicated loan from a group of banks led by A", "A lent Y 20 mln dlrs"
    (the nouns after whose "from" a company lends: ``data/deal_words.tsv``, "lending")."""
    tok = _root(sent, e)
    for _ in range(8):
        if tok.dep_ in ("conj", "appos"):
            tok = tok.head  # "from A, B and C": each one listed lends
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() in ("lead", "head") and \
                tok.head.head.dep_ == "acl":
            tok = tok.head.head.head  # "a group of banks led by A": the group lends
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and \
                tok.head.head.lemma_.lower() in L.GROUPS:
            tok = tok.head.head  # "a group of banks"
        elif tok.dep_ == "pobj" and tok.head.lower_ == "from":
            lent = tok.head.head  # "borrowings from A", "a credit line from A"
            return any(x.lower_ in DEAL_WORDS["lending"] or x.lemma_.lower() in DEAL_WORDS["lending"]
                       for x in (lent, *(c for c in lent.children if c.dep_ == "compound")))
        else:
            return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("lend", "loan")
    return False


#: Those who comment on a deal for a firm, not act for it: "James Capel and Co analyst Tom Murtha".
_COMMENTING = r"(?i:analysts?|economists?|strategists?)"
#: ... named before their firm: "Stanley Fishman, analyst at Fahnestock and Co", "analyst John Rooney of
#: Moseley Securities", "an analyst with the brokerage house X".
_COMMENTATOR_BEFORE = re.compile(_COMMENTING + r",?\s+(?:[A-Z][\w.'-]*\s+){0,4}?,?\s*(?:of|at|with|for|from)\s+"
                                 r"(?:the\s+)?(?:[a-z-]+\s+){0,3}$")


def _commentators_firm(sent, e: Ent) -> bool:
    """A firm named as the employer of an analyst or economist the sentence quotes ("James Capel and Co
    analyst Tom Murtha said", "said Stanley Fishman, analyst at Fahnestock and Co", "after brokerage house X
    reiterated a buy") speaks of a deal; it is no party to it (the person's office is read apart). Not a firm
    listed with another ("analyst John Smith of Exxon and Mobil said the merger"): the two may be the deal's."""
    if e.members or e.j < len(sent) and sent[e.j].lower_ in ("and", "&"):
        return False
    k = e.j
    while k < len(sent) and (sent[k].is_space or sent[k].pos_ in ("ADJ", "NOUN", "PROPN") and
                             not re.fullmatch(_COMMENTING, sent[k].text) or sent[k].text in ("<", ">")):
        k += 1  # "Lloyds Merchant bank chief economist", "Citicorp airline analyst", "X <XYZ> analyst"
    if k < len(sent) and k - e.j <= 4 and re.fullmatch(_COMMENTING, sent[k].text):
        return True
    return _COMMENTATOR_BEFORE.search(sent.text[: sent[e.i].idx - sent[0].idx]) is not None


def _acts_for(tok) -> bool:
    """Whether a noun names a firm that acts for a party ("underwriters", "its financial adviser", "dealer
    manager"; ``data/deal_words.tsv``, "intermediary"), alone or with the word it is compounded with."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    before = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    return lemma in DEAL_WORDS["intermediary"] or any(f"{b} {lemma}" in DEAL_WORDS["intermediary"] for b in before)


#: A company's own paper other than its shares: what a broker or dealer buys only to sell on.
_PAPER = DEAL_WORDS["issued"] - {"share", "shares", "stock", "common", "preferred"}


def _deals_in(tok, sent) -> bool:
    """Whether a noun before a name calls the firm a trader ("brokers Wood Gundy", ``data/deal_words.tsv``,
    "dealing") in a sentence that sells paper other than shares ("sell 93 mln dlrs of convertible notes")."""
    return tok.lower_ in DEAL_WORDS["dealing"] and any(x.text in _PAPER for x in sent)  # not "X Securities Inc"


def _intermediary(sent, e: Ent) -> bool:
    """Whether the sentence has the company act for a party to a deal rather than be one: "through underwriter
    Allen and Co", "to a group of underwriters led by X", "Goldman Sachs, its financial adviser", "the Bear
    Stearns syndicate", "underwritten by X", "represented by X", "on the advice of X", "a private placement
    through X", "acting as sole underwriter", "on behalf of X". Not a firm described by its trade ("X, a Chicago investment
    adviser, raised its stake"), nor the client ("Emery's financial adviser", "an adviser to Y")."""
    root = _root(sent, e)
    if any(c.dep_ == "appos" and _acts_for(c) and any(g.dep_ == "poss" or g.lower_ == "the" for g in c.children)
           for c in root.children):
        return True
    if root.dep_ == "nsubj" and root.head.lemma_.lower() == "be" and \
            any(c.dep_ == "attr" and _acts_for(c) for c in root.head.children):
        return True  # "Shearson is dealer manager of the offer"
    # "the Private Bank and Trust of Zurich, on behalf of director Terence Ramsden, intends to subscribe": on
    # the name or on the verb it is the subject of
    holders = [root, *([root.head] if root.dep_ in ("nsubj", "nsubjpass") else [])]
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "behalf" for g in c.children)
           for h in holders for c in h.children):
        return True
    following = sent[e.j : e.j + 12].text.lower()
    if re.match(r"[^;]{0,40}?\b(?:act(?:s|ed|ing)?|serv(?:e|es|ed|ing)|withdr[ae]w\w*)\s+as\s+(?:[\w-]+\s+){0,2}"
                r"(?:underwriters?|advis[eo]rs?|trustees?|(?:placement|selling|paying|fiscal) agents?|"
                r"(?:dealer|lead)[- ]managers?)\b", following):
        return True
    x, listed = root, True
    for _ in range(8):
        if x.i != root.i and (_acts_for(x) or x.pos_ == "VERB" and x.lemma_.lower() in DEAL_WORDS["acting"]):
            return True
        # "underwriter Allen and Co", "lead underwriters Morgan Stanley"; "notes ... by brokers X and Y", the trade
        # only of the names it is said of ("and the other half by its shareholder Z": Z holds, it deals in none)
        if any(c.dep_ in ("compound", "amod", "nmod") and c.i < x.i and (_acts_for(c) or listed and _deals_in(c, sent))
               for c in x.children):
            return True
        if x.i != root.i and x.lemma_.lower() in L.GROUPS and any(
                _acts_for(g) for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            return True  # "a group of underwriters led by X"
        if x.dep_ in ("compound", "appos", "conj", "flat", "nmod") or \
                x.dep_ == "acl" and x.lemma_.lower() in ("lead", "head"):
            x = x.head
        elif x.dep_ == "pobj" and x.head.dep_ in ("agent", "prep") and x.head.lower_ == "by":
            x, listed = x.head.head, False
        elif x.dep_ == "pobj" and x.head.lower_ in ("of", "from"):
            return x.head.head.lemma_.lower() in DEAL_WORDS["acting"]  # "on the advice of Goldman"
        elif not listed and x.dep_ == "pobj" and x.head.lower_ == "with":
            # "notes were placed with a private institutional investor by Goldman Sachs": the parse may hang the
            # placing firm from the investor; it places, it buys nothing
            return x.head.head.lemma_.lower() in DEAL_WORDS["placing"]
        elif x.dep_ == "pobj" and x.head.lower_ == "through":
            # "sold shares privately through X", not "holds his stake through X", "through its unit X"
            placed = x.head.head
            own = any(c.dep_ == "poss" for c in x.children) or x.lemma_.lower() in L.OWNED
            # "an offering of units, each consisting of one share and one warrant to buy a share, through X":
            # the parse may hang "through" on a clause that describes what is offered
            for _ in range(3):
                if placed.lemma_.lower() in DEAL_WORDS["placing"] or placed.dep_ not in ("xcomp", "relcl", "acl"):
                    break
                placed = placed.head
            return not own and placed.lemma_.lower() in DEAL_WORDS["placing"]
        else:
            return False
        if x.head is x:
            return False
    return False


def _ent_in(tok, at: dict[int, Ent]) -> Ent | None:
    """The company at a token, or in the compound/flat name it heads."""
    if tok.i in at:
        return at[tok.i]
    for c in tok.children:
        if c.dep_ in ("compound", "flat", "nmod", "amod", "appos") and c.i in at:
            return at[c.i]
    return None


#: Participles that describe a company by whom it is allied with: "Ericsson, allied with Matra".
_ALLIED = {"ally", "allied", "team", "partner", "associate", "align"}


def _possessed(sent, e: Ent, subject, at: dict[int, Ent]) -> Ent:
    """The company a subject names after another's possessive: "Financial Corp of America's American Savings
    and Loan Association said it ..." acts as the association, whichever name the parse heads the phrase with."""
    k = _past_ticker(sent, e.j)
    if k < len(sent) and sent[k].text in ("'s", "'"):
        k = _past_ticker(sent, k + 1)
        if k in at and at[k] is not e and at[k].i == k and at[k].j - 1 <= subject.right_edge.i:
            return at[k]
    return e


def _past_ticker(sent, k: int) -> int:
    """The token after a ticker that opens at ``k`` ("<GWF>"), or ``k`` when none does."""
    if k < len(sent) and sent[k].text == "<":
        close = next((x.i for x in sent[k : k + 5] if x.text == ">"), None)
        if close is not None:
            return close + 1
    return k


def _subject(sent, t, at: dict[int, Ent], ctx: StoryContext) -> Ent | None:
    x = t
    governed = False
    holding = _holding(t)
    if t.pos_ == "VERB" and t.lemma_.lower() in _ALLIED and t.tag_ in ("VBN", "VBD") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        # "bidders for CGCT include Ericsson allied with Matra": the company the participle describes is
        # allied, not the subject of the clause it sits in
        k = t.i - 1
        while k > 0 and (sent[k].is_space or sent[k].text in ("<", ">", "(", ")")):
            k -= 1
        if k in at:
            return at[k]
        if t.dep_ == "acl" and _ent_in(t.head, at) is not None:
            return _ent_in(t.head, at)
    for _ in range(7):
        # "WTC's principal shareholders, who own 62 pct of its stock": the holders own, not the company
        # they hold (while "its shareholders approved the merger" is the company's merger)
        held = holding and x.i != t.i and x.i not in at and x.lemma_.lower() in DEAL_WORDS["holder"]
        for c in x.children:
            if c.i == t.i and t.lemma_.lower() in L.STAKE_NOUNS:
                continue  # "The Shearson stake is to be sold": the name on a stake is the company held
            if c.dep_ == "nsubj" and c.i not in at and c.lemma_.lower() in _COMMENTATORS:
                return None  # "the acquisition marks a strategic move for Paragon, Jefferies analysts said"
            if c.dep_ == "nsubjpass" and x.i != t.i and x.pos_ in ("VERB", "AUX") and governed and \
                    any(g.dep_ == "auxpass" for g in x.children) and _ent_in(c, at) is not None:
                # "TWA would be limited to buying 1.5 pct of its shares", "Beta is expected to buy X": whom
                # the passive verb allows, limits or expects acts in the clause it governs
                return _ent_in(c, at)
            if c.dep_ in ("nsubj",) or (c.dep_ == "poss" and x.pos_ in ("NOUN", "PROPN") and not held):
                # not the words that name a group's members: "a group of firms led by X and Y" leads no round
                own = c.left_edge.i <= t.i <= c.right_edge.i
                e = _ent_in(c, at) or (_group_leader(c, at) if c.dep_ == "nsubj" and not own else None)
                if e is not None:
                    return _possessed(sent, e, c, at) if c.dep_ == "nsubj" else e
                if c.dep_ == "nsubj" and holding and _holders(c, at):
                    return None  # "former owners of Equine will have a 75 pct interest": people, not Equine
                if c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") and x.dep_ == "relcl":
                    e = _antecedent(x.head, at)
                    if e is not None:
                        return e
                if c.dep_ == "nsubj" and c.lower_ == "which" and x.dep_ == "relcl" and _unnamed_unit(x.head, at):
                    # "BP North America is a subsidiary of British Petroleum Co Plc <BP>, which also owns 55 pct of
                    # Standard Oil": a clause on a unit noun it does not name is said of the parent named right
                    # before its comma, inside the noun's phrase, not of the unit the sentence is about
                    e = _named_before_comma(sent, c.i, at)
                    if e is not None and x.head.left_edge.i <= e.i <= x.head.right_edge.i:
                        return e
                if c.dep_ == "nsubj" and c.lower_ not in _PRONOUNS and c.i != t.i:
                    # "the two companies", "the French automaker": references are entities too (not the
                    # trigger's own phrase: "a partnership with X to develop batteries" has X as object); a
                    # clause describing the subject is no part of it: "the venture, in which X holds 40 pct,"
                    clause = {g.i for r in c.children if r.dep_ == "relcl" for g in r.subtree}
                    clause = set() if t.i in clause else clause
                    # nor a verb trigger's own words inside a subject that is a party's ("its"): "its agreement to
                    # merge into Dixons does not permit ...": Dixons is the partner, not who merges (while "interests
                    # to be acquired by Norgold are ..." names the buyer as the agent)
                    if t.pos_ == "VERB" and c.left_edge.i <= t.i <= c.right_edge.i and \
                            any(x.dep_ == "poss" and x.lower_ in ("its", "their") for x in c.children):
                        clause |= {g.i for g in t.subtree} - {g.i for x in t.children if x.dep_ == "agent"
                                                              for g in x.subtree}
                    # nor what a noun of taking over or selling is "of", inside the subject it sits in: "its
                    # restructuring and the acquisition of Midcon Corp have positioned Occidental": Midcon is bought
                    if t.pos_ == "NOUN" and NOUNS.get(t.lemma_.lower()) in _OF_TAKEN and \
                            c.left_edge.i <= t.i <= c.right_edge.i:
                        clause |= {g.i for x in t.children if x.dep_ == "prep" and x.lower_ == "of" for g in x.subtree}
                    # nor, for a noun trigger inside the subject, a company named off the words that lead from the
                    # subject down to the trigger: "the costs of a restructuring at its Carter Hawley Hale Stores Inc
                    # unit and the previous purchase of an 8.5 pct stake in Cadbury Schweppes will lead to ...",
                    # "the financing costs associated with its purchase of ... Carter Hawley Hale Stores Inc shares
                    # ..., and its ... investment in Cadbury Schweppes, lowered first quarter net": the stake and the
                    # investment are the teller's, neither a company another branch names nor what is held
                    if t.pos_ == "NOUN" and c.left_edge.i <= t.i <= c.right_edge.i:
                        clause |= {k for k in range(c.left_edge.i, c.right_edge.i + 1)
                                   if k in at and not _on_the_way(sent, at[k], t, c)}
                    e = next((at[k] for k in range(c.left_edge.i, c.right_edge.i + 1) if k in at and k not in clause),
                             None)
                    if e is not None:
                        return e
        if x.i != t.i and x.pos_ in ("VERB", "AUX") and t.pos_ == "NOUN" and \
                any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
            # "Bond's, which was purchased by Hanson Trust Plc in its acquisition of Imperial Group": a deal that
            # is "its" under a passive is the agent's, who acted, not the one the passive was done to
            # (not the passive whose agent the deal is: "the debt incurred by its acquisition of Ex-Cell-O")
            agent = next((_named_by(c, at) for c in x.children if c.dep_ == "agent" and
                          not c.left_edge.i <= t.i <= c.right_edge.i), None)
            if agent is not None:
                return agent
        if x.dep_ == "relcl":
            e = _antecedent(x.head, at)
            if e is not None:
                return e
        if x.dep_ == "xcomp" and x.head.lemma_.lower() in DEAL_WORDS["making"]:
            # "seeking to compel CenTrust to sell I.R.E. the shares": whom the verb makes act does what the
            # clause says, not its subject (while "hired Goldman to sell its unit" is the hirer's sale)
            told = next((_ent_in(c, at) for c in x.head.children if c.dep_ == "dobj" and c.i < x.i), None)
            if told is not None:
                return told
        if x.dep_ == "pcomp" and x.head.lower_ == "from" and x.head.head.lemma_.lower() in L.PREVENTING:
            # "moved to prevent Quillon from acquiring Halvorsen": whom the verb stops is who would have acted
            stopped = next((_ent_in(c, at) for c in x.head.head.children if c.dep_ == "dobj"), None)
            if stopped is not None:
                return stopped
        if x.dep_ == "ROOT" or x.head is x:
            break
        if _reported_apart(x, at):
            break
        # only a verb's own clause reaches the passive that governs it: "would be limited to buying",
        # "is expected to acquire"; not "was acquired by Quaker in its acquisition of X", nor a verb joined by "and"
        # (or formed for it: "Valero Natural Gas was formed to buy Valero Energy's pipeline assets")
        governed = x.pos_ in ("VERB", "AUX") and (x.dep_ == "xcomp" or x.dep_ == "pcomp" and x.head.lower_ == "to" or
                                                  x.dep_ == "advcl" and x.head.lemma_.lower() in L.UNIT_FORMED and
                                                  any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)) \
            if x.i == t.i or governed else False
        if governed and x.dep_ == "pcomp":
            x = x.head  # past the preposition to the verb it hangs from
        x = x.head
    return None


#: Prepositions by which a noun of a deal names a party of its own: "the purchase by Acme", "talks between A and B".
_PARTY_PREPOSITIONS = {"by", "between", "among"}


def _on_the_way(sent, e: Ent, t, top) -> bool:
    """Whether a company hangs from the words that lead from a trigger noun up to the subject ``top`` it sits in, as
    their name, possessor or modifier ("Acme's costs of the purchase", "the Acme merger costs"), as the object of a
    preposition on them ("talks that could lead to Chrysler Corp taking a stake in Lamborghini", the gerund's
    subject as the parse reads it) or as a party the trigger's own "by" or "between" names: not a company another
    branch of the subject tells of."""
    way = {t.i}
    x = t
    while x.i != top.i and x.head.i != x.i:  # (a parse may set the trigger in the subject's span, off its tree)
        x = x.head
        way.add(x.i)
    root = _root(sent, e)
    if root.i in way or root.dep_ in ("poss", "compound", "nmod", "amod", "appos", "pobj") and root.head.i in way:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in _PARTY_PREPOSITIONS and root.head.head.i in way


def _named_before_comma(sent, k: int, at: dict[int, Ent]) -> Ent | None:
    """The company named right before the comma before token ``k``, past the ticker after its name."""
    k -= 1
    if k < 1 or sent[k].text != ",":
        return None
    k -= 1
    while k > 0 and sent[k].is_space:  # the blank a masked ticker leaves
        k -= 1
    if sent[k].text == ">":
        k = next((g for g in range(k - 1, max(-1, k - 6), -1) if sent[g].text == "<"), 0) - 1
    return at.get(k) if k >= 0 else None


#: The types whose noun names what changes hands after "of": "the acquisition of X", "the sale of X".
_OF_TAKEN = frozenset({R.ACQUISITION, R.DIVESTMENT})


def _reported_apart(x, at: dict[int, Ent]) -> bool:
    """Whether a clause told before "..., X said" is a passive with a company as its agent and a subject of its
    own that does not refer to a company named elsewhere: "The stake was bought by Voxco, Sony Corp said": who
    tells of the deal is no party to it (while "It will buy Beta, Sony said" is Sony's, and "The Shearson stake
    is to be sold, American Express said" the speaker's stake)."""
    if x.dep_ != "ccomp" or x.head.lemma_.lower() not in _SAYS or x.i > x.head.i:
        return False
    subject = next((c for c in x.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and \
        subject.lemma_.lower() not in _PRONOUNS | L.STORY_REFERENCES | _REFERRING and \
        any(c.dep_ == "agent" and _named_by(c, at) is not None for c in x.children)


def _holders(noun, at: dict[int, Ent]) -> bool:
    """Whether a subject is the people who own, run or work for a company, not a company: "former owners of
    Equine", "its shareholders" (``data/deal_words.tsv``, "holder")."""
    return noun.i not in at and noun.lemma_.lower() in DEAL_WORDS["holder"] and _ent_in(noun, at) is None and \
        _group_leader(noun, at) is None


def _holding(t) -> bool:
    """Whether a trigger states a holding ("own", "hold", "a stake"): what a company's holders do for themselves."""
    lemma = t.lemma_.lower()
    return VERBS.get(lemma) is R.STAKE if t.pos_ in ("VERB", "AUX") else NOUNS.get(lemma) is R.STAKE


def _people_act(sent, t, at: dict[int, Ent]) -> bool:
    """Whether the subject of a holding is people who own or run a company ("former shareholders of Biopool AB
    own the remaining 40 pct"): then no company holds it, whatever word order offers."""
    if not _holding(t):
        return False
    x = t
    for _ in range(7):
        subject = next((c for c in x.children if c.dep_ == "nsubj" and c.i != t.i), None)
        if subject is not None:
            return _holders(subject, at)
        if x.dep_ == "ROOT" or x.head is x:
            break
        x = x.head
    return False


def _antecedent(noun, at: dict[int, Ent]) -> Ent | None:
    """The company a relative clause is said of: "Acme's Bolt unit, which owns ..." is Bolt's; not a plural
    noun a name only qualifies ("a group of Canadian Tire dealers, which owns 17 pct of Canadian Tire"), nor
    one of a company's units it does not name ("a Gulf and Western subsidiary, which ...")."""
    if noun.i not in at and noun.tag_ in ("NNS", "NNPS"):
        return None
    return None if _unnamed_unit(noun, at) else _ent_in(noun, at)


def _unnamed_unit(noun, at: dict[int, Ent]) -> bool:
    """Whether a unit noun stands for one of a company's units that it does not name: "a Gulf and Western
    subsidiary", "an Acme unit" (the name qualifies it as its parent's), not "its Bolt unit" nor "a new
    unit, Cosma Inc"."""
    return noun.i not in at and noun.lemma_.lower() in L.OWNED and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children) and \
        not any(c.dep_ == "appos" and _ent_in(c, at) is not None for c in noun.children)


#: Nouns a subject with "the" refers back to a firm by: "the retailer", "the Dallas-based brewer".
_REFERRING = classes("firm_nouns")["referring"]
#: Words in a name that make the firm what a referring noun calls one: "the carrier" of "Delta Air Lines".
_NAMED_AS = classes("referring_names")
#: What may stand before such a noun and still only say what the firm is or where: "the Dallas-based
#: company", "the U.S. retailer", "the sportswear giant", "the computer disk drive concern".
_DESCRIBING_DEPS = {"amod", "compound", "nmod", "npadvmod", "advmod", "punct", "hyph"}


def _the_company(c, clauses: bool = False) -> bool:
    """"The company", "the firm" and nothing more: any firm, the one the story last had speak. ``clauses``: a
    clause or an apposition set off after it says no more whom it means ("The company, which floated in
    April, ...", "The firm, based in Ohio, ...")."""
    kids = [d for d in c.children if not (clauses and d.i > c.i and d.dep_ in _SET_OFF)]
    return c.lemma_.lower() in L.STORY_REFERENCES and [d.lower_ for d in kids] == ["the"] and \
        (len(kids) == len(list(c.children)) or c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ",")


#: What a subject's noun may have set off after it, between commas: a relative clause, a participle, an apposition.
_SET_OFF = {"punct", "relcl", "acl", "appos"}


#: Who writes: a filing's or a company's release's "we", "our".
_WRITER = {"we", "i", "our", "my"}


def _writer_acts(t) -> bool:
    """Whether the one a trigger tells of is the text's writer: the subject of its verb, or of the verb it is
    joined to or completes ("We have entered into a license agreement with AEG and sold Paciolan to
    Comcast-Spectacor", "we agreed to buy"), "our" on its noun ("through our ownership of NuStar GP"), or the
    subject of the verb whose object the noun is ("we completed the acquisition of X")."""
    x = t
    for _ in range(5):
        subject = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass") or
                        c.dep_ == "poss" and x.pos_ in ("NOUN", "PROPN")), None)
        if subject is not None:
            return subject.lower_ in _WRITER
        if x.dep_ not in ("conj", "xcomp", "dobj") or x.head is x:
            return False
        x = x.head
    return False


def _description(c, companies: list[Ent]) -> bool:
    """"The retailer took full ownership of X", "the sportswear giant seized a 19 pc stake in Y": one firm
    the story named, called by a singular noun for a firm with "the" and only words before it that say
    what it is or where; none that makes it another firm (``lexicon.OTHER_FIRMS``: "the other bank", "the
    acquiring company"), a number ("the two banks") or a name ("the Harlow retailer")."""
    if c.tag_ != "NN" or c.lemma_.lower() not in _REFERRING:
        return False
    kids = list(c.children)
    if not kids or kids[0].dep_ != "det" or kids[0].lower_ != "the" or \
            any(k.dep_ not in _DESCRIBING_DEPS for k in kids[1:]):
        return False
    words = [x for x in c.subtree if x.i != c.i]
    return not any(x.i > c.i or x.lower_ in L.OTHER_FIRMS or x.like_num or x.dep_ == "poss" or
                   any(e.i <= x.i < e.j for e in companies) for x in words)


def _described_firm(noun: str, speaker: str | None, ctx: StoryContext) -> str | None:
    """The firm "the bank" refers back to: the one the story named whose name holds the noun ("Bank of
    Boston") or a word that makes it one (``data/referring_names.tsv``: "the carrier" of "Delta Air
    Lines", "the bank" of "Acme Bancorp") or that it called one ("Wal-Mart, the U.S. retailer"; none where two are), else the company
    the story last had speak where that is the one its lead is about: "Sports Direct bought a stake in
    Direct Golf ... Direct Golf said ... the sportswear giant seized a stake in Findel" is no longer surely
    the speaker's."""
    fits = _fitting_firms(noun, ctx)
    if fits:
        return fits[0] if len(fits) == 1 else None
    if ctx.before is not None and ctx.before == ctx.lead:
        # "Sports Direct declined to comment. Earlier this week the sportswear giant seized a stake in Findel": the
        # sentence right before named the story's company alone, whoever spoke last
        return ctx.before
    return speaker if speaker == ctx.lead else None


def _fitting_firms(noun: str, ctx: StoryContext) -> list[str]:
    words = {noun} | _NAMED_AS.get(noun, frozenset())
    return [n for n in ctx.recent if words & set(n.lower().replace("air lines", "airlines").split())
            or noun in ctx.described.get(n, ())]


def _story_subject(sent, t, companies: list[Ent], speaker: str | None, ctx: StoryContext,
                   spokesmen: dict[int, str] | None = None) -> Ent | None:
    """"The company said it holds 22.9 pct of Avana", "It also controls Caesars New Jersey": a subject that
    only refers back, in a sentence that names no company before it, is the company the story last had
    speak or act (``speaker``: the subject of an earlier sentence). Only "it", "the company"
    (``lexicon.STORY_REFERENCES``) and a description of one firm ("the Dallas-based retailer",
    ``_description``; the firm ``_described_firm``) on every subject up the tree: "the group said it holds
    ..." is an investor group; and not through a verb whose object does the rest ("it asked X to advise
    Y": X advises). Not in a quotation, whose "it" is anything. A person who holds an office at a company
    speaks for it (``spokesmen``: token -> the company of the person there): "Brooks also said the company
    would ...", "USX Corp chairman David Roderick said the company had ended talks with BP" are that
    company's, whatever the story last had speak."""
    x, said, spoken, described = t, None, None, None
    for _ in range(7):
        for c in x.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.i == t.i:
                continue
            if t.pos_ == "NOUN" and c.left_edge.i <= t.i <= c.right_edge.i:
                # "The company said the costs of ... the previous purchase of an 8.5 pct stake in Cadbury Schweppes
                # will lead to the flat net figure": a subject the deal is told inside refers to nobody
                continue
            refers = c.lower_ == "it" or _the_company(c, True) or _description(c, companies)
            if refers and c.lower_ != "it" and not _the_company(c, True):
                described = c  # "the carrier said it bought ...": "it" is the carrier
            if not refers and said is not None and spoken is None and x.lemma_.lower() in _SAYS and \
                    c.i in (spokesmen or {}):
                spoken = spokesmen[c.i]
                continue
            if not refers:
                return None
            said = said or c
        if x.dep_ == "ROOT" or x.head is x:
            break
        if x.dep_ == "xcomp" and any(c.dep_ == "dobj" and not _money_used(x.head, c) for c in x.head.children):
            return None
        x = x.head
    if said is None or sent.text.lstrip()[:1] in "\"'":
        return None
    if spoken is not None:
        # only the spokesman's own company may be named before: "USX Corp chairman David Roderick said"
        return None if any(e.i < said.i and e.names != [spoken] for e in companies) else \
            Ent(EntityKind.COMPANY, spoken, said.text, said.i, said.i + 1)
    if said.lower_ != "it" and not _the_company(said, True):
        speaker = _described_firm(said.lemma_.lower(), speaker, ctx)
    elif described is not None and len(fits := _fitting_firms(described.lemma_.lower(), ctx)) == 1:
        speaker = fits[0]  # the one firm the noun fits, whoever spoke last
    if speaker is None or any(e.i < said.i for e in companies):
        return None
    return Ent(EntityKind.COMPANY, speaker, said.text, said.i, said.i + 1)


#: Verbs whose object is money put to the use the verb after it tells: "it will use 30.6 mln dlrs of the proceeds to
#: buy X", "it will borrow 50 mln dlrs to finance the purchase".
_SPENDS = {"use", "spend", "borrow", "raise", "apply"}
#: Nouns of money that need no amount written: "use the proceeds to buy", "use its cash to acquire".
_MONEY = {"proceed", "proceeds", "fund", "funds", "money", "cash", "capital"}


def _money_used(verb, obj) -> bool:
    """Whether a verb's object is money the subject spends on what the verb after it tells ("it will use about 30.6
    mln dlrs of the proceeds to buy from Sonora Gold Corp 5,456,000 Sonora shares"): the subject buys, unlike
    "it asked X to advise Y", where the object acts."""
    return verb.lemma_.lower() in _SPENDS and (obj.lemma_.lower() in _MONEY or
                                               any(c.like_num for c in obj.subtree if c.i < obj.i))


def _referred_holder(sent, t, companies: list[Ent], speaker: str | None, ctx: StoryContext,
                     spokesmen: dict[int, str] | None) -> Ent | None:
    """"Piedra Inc reported a loss. The company is a unit of Marlow Corp", "It is a subsidiary of X", "The
    company, a unit of X, said ...": the noun describes the company "it" or "the company" stands for
    (``_story_subject``), but only where that is also the company the story named last before the
    sentence: after "X said it agreed to buy Y", "the company is a unit of Z" may well be Y. With no company
    had speak yet ("Piedra Inc reported a loss."), the one the story's lead is about."""
    referent = speaker or ctx.lead
    ref = t.head
    if t.dep_ == "appos" and ref.lemma_.lower() in L.STORY_REFERENCES and referent is not None and \
            [d.lower_ for d in ref.children if d.dep_ not in ("punct", "appos")] == ["the"] and \
            not any(e.i < ref.i for e in companies):
        e = Ent(EntityKind.COMPANY, referent, ref.text, ref.i, ref.i + 1)  # "The company, a unit of X, said"
    else:
        e = _story_subject(sent, t, companies, referent, ctx, spokesmen)
    if e is None:
        return None
    named = {n for c in companies for n in c.names}
    before = [n for n in ctx.recent if n not in named]
    return e if before and before[-1] == e.name else None


def _speaker(sent, companies: list[Ent], spokesmen: dict[int, str] | None = None) -> str | None:
    """The company a sentence has speak or act: its main verb's subject ("X said ...", "X agreed ..."), or
    the company of the officer who speaks (``spokesmen``: "Fairchild Semiconductor Corp president Donald
    Brooks said ...")."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    root = next((x for x in sent if x.dep_ == "ROOT"), None)
    subjects = [c for c in (root.children if root is not None else ()) if c.dep_ == "nsubj"]
    subject = next((_ent_in(c, at) for c in subjects), None)
    if subject is None and subjects and root.lemma_.lower() in _SAYS:
        return (spokesmen or {}).get(subjects[0].i)
    return subject.name if subject is not None and not subject.members else None


def _group_leader(noun, at: dict[int, Ent]) -> Ent | None:
    """The company a group that acts is named by: "an investor group including Mutual Shares Corp and
    X", "a group led by Halcyon Investments", "the group, which includes Sun Equities Corp", "a group of
    affiliated investment firms led by Fidelity International Ltd": the first company it names."""
    if noun.lemma_.lower() not in L.GROUPS:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            e = _named_by(c, at)
            if e is not None:
                return e
        if c.dep_ == "prep" and c.lower_ == "of":
            # the firms' leader only as the name "by" itself takes: "led by Warburg, Pincus Capital Co" may
            # be parsed as a place with a company beside it, which is then no leader surely named
            by = [b for g in c.children if g.dep_ == "pobj" and g.lower_ in L.GROUPS for x in g.children
                  if x.dep_ == "acl" and x.lemma_.lower() in ("lead", "head") for b in x.children if b.dep_ == "agent"]
            e = next((at[o.i] for b in by for o in b.children if o.dep_ == "pobj" and o.i in at), None)
            if e is not None:
                return e
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("lead", "include", "head"):
            for g in c.children:
                e = _named_by(g, at) if g.dep_ == "agent" else _ent_in(g, at) if g.dep_ == "dobj" else None
                if e is not None:
                    return e
    return None


def _objects(sent, t, at: dict[int, Ent], subject: Ent | None) -> list[Ent]:
    """Companies in the trigger's subtree after it (its object, "stake in", "merger with")."""
    seen, out = set(), []
    stop = len(sent)
    for k in range(t.i + 1, len(sent)):
        tok = sent[k]
        if tok.text == ";" or (tok.lower_ in ("which", "while", "whereas") and k > t.i + 1):
            stop = k
            break
    # "buys X from Y and supplies it to Z": a verb joined by "and" states something else, unless the trigger
    # leaves its object to it ("owns and recommends X", "owns shares of and has recommended X")
    shared = _shared_object(sent, t, at)
    subtree = {x.i for x in t.subtree} - {x.i for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                          for x in c.subtree if x.i not in shared}
    for k in range(t.i + 1, stop):
        if k in at and k in subtree and at[k] is not subject and id(at[k]) not in seen and \
                not (t.pos_ == "NOUN" and _clause_between(sent, t, at[k])):
            seen.add(id(at[k]))
            out.append(at[k])
    # The verb's object or prepositions when the trigger is a noun object: "took a 25 pct stake in X"; not a
    # company another clause tells of ("will consider BP's offer noting it has retained First Boston")
    if not out and t.dep_ in ("dobj", "attr", "pobj") and t.head.pos_ in ("VERB", "AUX"):
        verb_subtree = {x.i for x in t.head.subtree}
        for k in range(t.i + 1, stop):
            if k in at and k in verb_subtree and at[k] is not subject and id(at[k]) not in seen and \
                    not (t.pos_ == "NOUN" and _clause_between(sent, t, at[k])):
                seen.add(id(at[k]))
                out.append(at[k])
    out = [o for o in out if not _beside_the_deal(sent, t, o) and not _excepted(sent, o) and not _by_way_of(sent, t, o)
           and not _names_anothers(sent, o, at) and not _opens_a_clause(sent, o)]
    return [o for o in out if not _is_from_or_to(sent, o)] or out


#: Verbs of running a thing: what one "owns and operates" is assets ("will own and operate Texas Eastern's gas
#: business", "licenses to own and operate Blockbuster Video stores"), no company held.
_RUNS = {"operate", "run", "manage", "develop", "build", "lease", "maintain", "construct", "market"}


def _shared_object(sent, t, at: dict[int, Ent]) -> set[int]:
    """The tokens of the object a verb joined to the trigger by "and" or "or" shares with it, where the trigger
    leaves its own unsaid: the trigger (or a preposition of its object with nothing after it) right before the
    "and", the joined verb with no subject of its own, its object a company's name ("The Motley Fool owns and
    recommends Facebook", "owns shares of and has recommended Unilever"), the joined verb none of running a
    thing (``_RUNS``). Empty otherwise."""
    if t.pos_ not in ("VERB", "AUX"):
        return set()
    for c in t.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i <= t.i or \
                any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
            continue
        if c.lemma_.lower() in _RUNS:
            return set()
        cc = next((x for x in sent[t.i + 1 : c.i] if x.dep_ == "cc" and x.lower_ in ("and", "or")), None)
        if cc is None or any(x.text in (",", ";", ":") for x in sent[cc.i : c.i]):
            return set()
        # (a comma may set the joined verb off: "owns shares of, and recommends, Apple")
        left = sent[cc.i - 2] if sent[cc.i - 1].text == "," and cc.i - 2 > t.i else sent[cc.i - 1]
        if left.i != t.i and not (left.dep_ == "prep" and not any(True for _ in left.children) and
                                  left.head.head.i == t.i and left.head.dep_ == "dobj"):
            return set()
        # the company the joined verb takes, or the shares of one ("owns and recommends shares of Apple"); the
        # parse may hang a company set off by a comma from the verb as joined to it
        return {x.i for o in c.children if o.i > c.i and (o.dep_ in ("dobj", "conj") and o.i in at or
                                                          o.dep_ == "dobj" and o.lemma_.lower() in _SHARE_NOUNS and
                                                          any(g.i in at for g in o.subtree))
                for x in o.subtree}
    return set()


#: What a holder owns of a company that a shared object may name: "owns and recommends shares of Apple".
_SHARE_NOUNS = {"share", "stock", "stake", "interest"}


def _opens_a_clause(sent, e: Ent) -> bool:
    """Whether the company is the subject of the main clause that the parse left without one: "when Texas Air
    acquired People Express and its units, including X and Y, the privately-held Gull became a competitor":
    hung from the list before it, Gull is who "became", not a unit bought."""
    if e.j >= len(sent) or _root(sent, e).dep_ not in ("appos", "conj"):
        return False
    verb = sent[e.j]
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBZ", "VBP") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _names_anothers(sent, e: Ent, at: dict[int, Ent]) -> bool:
    """Whether a company only says whose another company is, set right before it: "to buy Piedmont suitor USAir
    Group", "acquired Acme's rival Bolt Inc" (``data/deal_words.tsv``, "owner"): the other is the object."""
    k = e.j + (1 if e.j < len(sent) and sent[e.j].text in ("'s", "’s", "'") else 0)
    if k + 1 >= len(sent) or sent[k].lemma_.lower() not in DEAL_WORDS["owner"] or k in at:
        return False
    other = at.get(k + 1)
    return other is not None and other is not e and other.i == k + 1


def _by_way_of(sent, t, e: Ent) -> bool:
    """Whether a company is only the way a deal goes: "acquired Beta through its Gamma unit", "purchases a portion
    of the electricity through Deutsche Telekom", "bought the shares via Beta Securities", "at the time of sale
    through an underwriting group that is expected to include Salomon Brothers Inc" (a clause on the way names who
    makes it up); not a party of a deal the way is ("grew through its purchase of Beta")."""
    x = _root(sent, e)
    for _ in range(8):
        if x.dep_ == "pobj" and x.head.lower_ in ("through", "via"):
            return True
        if x.dep_ not in ("compound", "conj", "appos", "poss", "pobj", "dobj", "xcomp", "relcl", "acl", "agent") and \
                not (x.dep_ == "prep" and x.lower_ == "by") or x.head is x or x.head.i == t.i:
            return False
        x = x.head
    return False


def _excepted(sent, e: Ent) -> bool:
    """"an offer to pay four dlrs a share to AMC holders other than Renault": a company set apart is no party."""
    before = sent[max(0, e.i - 2) : e.i].text.lower()
    return bool(re.search(r"(?:\bother than|\bexcept|\bexcluding|\bapart from|\bbesides)$", before))


def _clause_between(sent, t, e: Ent) -> bool:
    """Whether a verb of a clause of its own stands between a noun trigger and a company after it: not an
    infinitive or a participle ("an offer to pay ... to AMC holders", "the offer, made Tuesday, for X")."""
    return any(x.pos_ in ("VERB", "AUX") and x.tag_ not in ("VB", "VBN") and x.dep_ not in ("amod", "compound", "nmod")
               for x in sent[t.i + 1 : e.i])  # "its holding company, Sachs AG": a word of a noun phrase


#: Verbs by which a company tells what a sentence says: "..., Jannock said".
_SAYS = {"say", "add", "announce", "state", "report", "disclose"}


def _closing_speakers(sent, companies: list[Ent]) -> list[Ent]:
    """The companies a comma sets before a verb of saying, as the ones who tell what the sentence says:
    "..., Delta Corp said", "... to Gamma Inc, Delta Corp and Zeta Corp said", however the parse hangs
    them (as often as not joined by "and" to the party before the comma)."""
    ends = {e.j: e for e in companies}
    out: list[Ent] = []
    for v in sent:
        if v.lemma_.lower() not in _SAYS or v.pos_ not in ("VERB", "AUX"):
            continue
        group, k = [], v.i
        while True:
            while k > 0 and sent[k - 1].is_space:
                k -= 1
            e = ends.get(k)
            if e is None:
                break
            group.append(e)
            k = e.i
            while k > 0 and sent[k - 1].is_space:
                k -= 1
            if k == 0 or sent[k - 1].lower_ not in ("and", "&"):
                break
            k -= 1
        if group and k > 0 and sent[k - 1].text == ",":
            out += group
    return out


#: Nouns of a deal a company makes, written with its name before them ("Elders' bid", "Acme's takeover").
_OWN_DEALS = L.BID_NOUNS | {"takeover", "acquisition", "merger", "buyout"}


#: Nouns that describe a party by its tie to another company ("X, a partner in Y", "X, a big customer of Y").
_TIED_TO = {"partner", "shareholder", "stockholder", "holder", "owner", "investor", "member", "customer",
            "supplier", "distributor", "licensee", "rival", "competitor", "affiliate"}


def _ranked_against(sent, o: Ent) -> bool:
    """Whether the company is only what another is ranked against: "forming Europe's second largest forest group
    after Reed International", "the second largest drug maker behind Glaxo", "larger than X": no party to a deal."""
    # the word before the name, past what only says where it is based ("after London-based Reed International")
    # and, for a ticker, past the name it follows ("after Reed International Plc <REED L>")
    k = o.i - 1
    while k > 0 and (sent[k].lower_ in ("-", "based", "the", "'s", "<") or sent[k].pos_ == "PROPN" or sent[k].is_space):
        k -= 1
    prep = sent[k] if k > 0 else None
    if prep is None or prep.lower_ not in ("after", "behind", "than"):
        return False
    return any(x.tag_ in ("JJS", "JJR", "RBS", "RBR") and x.lower_ not in ("least", "most", "more", "less")
               for x in sent[max(0, prep.i - 6) : prep.i])


def _beside_the_deal(sent, t, o: Ent) -> bool:
    """The owner of what the deal is about ("DIM, a subsidiary of BIC"), what the deal makes ("merged in
    1998 to form DaimlerChrysler") and the maker of another deal told beside it are no parties to it."""
    root = _root(sent, o)
    if _ranked_against(sent, o):
        return True
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _SAYS and t.i < root.head.i:
        return True  # "Intercon provides security services, Jannock said": who tells of the deal after it
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in L.GOODS:
        return True  # "expects to sell ten of the renovated Beechcraft planes": the maker of the goods traded
    if root.dep_ in ("poss", "compound") and root.head.i != t.i and root.head.dep_ != "dobj" and \
            root.head.lemma_.lower() in _OWN_DEALS:
        return True  # "its move to acquire X during Elders' takeover bid for the company": Elders makes a bid of its own
    for x in root.ancestors:  # "sell A to B, owned by C": C only owns a party
        if x.i == t.i:
            break
        if x.dep_ == "agent" and x.head.dep_ in ("acl", "amod") and x.head.i != t.i:
            return True
        # "from Amselco Minerals Inc, a unit of British Petroleum PLC's BP North America Inc unit": the
        # owners a description of a party names, however deep, own a party ("from CEMAR, a consortium of
        # Acme and Bolt": its members are in it)
        if x.dep_ == "appos" and x.lemma_.lower() in L.OWNED | _PARTS | L.GROUPS and x.i > t.i and \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in x.children):
            return True
        # "acquired Marketech Inc, an 80 pct partner in Diatronics": what a party is to a company it is
        # described by is that party's tie, not the deal's
        if x.dep_ == "appos" and x.lemma_.lower() in _TIED_TO and x.i > t.i and x.head.i != t.i and \
                any(c.dep_ == "prep" and c.lower_ in ("in", "of", "to", "with") for c in x.children):
            return True
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        part = root.head.head
        # (not "units of Petrolane Partners L.P.": a partnership's units are its shares)
        if part.lemma_.lower() in (L.OWNED - {"unit"}) | {"division"} and part.tag_ == "NNS" and part.i != t.i and \
                not any(c.lower_ in ("all", "both") for c in part.subtree if c.i < part.i):
            return True  # "the stock of certain subsidiaries of Kennecott": some of its units, it sells them
        return part.lemma_.lower() in L.OWNED | _PARTS and part.dep_ == "appos"
    return root.dep_ in ("dobj", "attr") and root.head.i != t.i and \
        root.head.lemma_.lower() in ("form", "create", "become")


def _coordinated(objects: list[Ent], companies: list[Ent], sent) -> list[Ent]:
    """Objects and the companies listed with them: "to Tesla, BMW and Mercedes-Benz",
    "ranging from Geely to Qualcomm", "of both Boeing and Airbus"."""
    if not objects:
        return objects
    out = list(objects)
    # "to" lists only a range opened by "from": "selling its Noblee unit to Oelmuehle" names a buyer
    ranged = any(x.lower_ == "from" for x in sent[max(0, out[0].i - 3) : out[0].i])
    for e in companies:
        if e.i <= out[-1].i or e in out:
            continue
        between = sent[out[-1].j : e.i].text.strip().lower()
        # not "..., Rainbow said": the subject of a verb after the list is no item of it
        if (re.fullmatch(r",|and|, and|or|, or|&|as well as", " ".join(between.split())) or
                ranged and re.fullmatch(r"to(?: [a-z]+){0,3}", between)) and not _is_from_or_to(sent, e) and \
                not (between == "," and _root(sent, e).dep_ == "nsubj" and _root(sent, e).head.i > e.i) and \
                not (_root(sent, e).dep_ in ("nsubj", "nsubjpass") and _root(sent, e).head.dep_ == "conj" and
                     _root(sent, e).head.i > e.i):
            # nor the subject of a clause joined by "and": "Equitable owns DLJ, and Prudential owns Pru-Bache"
            out.append(e)
    return out


def _pairs(rtype: RelationType, a: Ent, b: Ent):
    for na in a.names:
        for nb in b.names:
            yield rtype, na, nb, "dep"


def _after(sent, t, at: dict[int, Ent], prep: str) -> Ent | None:
    """The company a preposition after the trigger introduces, under the trigger or (for a noun object,
    "backed the offer from Adnoc") under its verb."""
    # (not from a clause of the verb's with a subject of its own: "Volvo said it received the order after General
    # Electric had won a contract for 40 CF-80C aircraft engines from American Airlines" orders nothing of Volvo's)
    apart = {g.i for c in t.head.children if c.dep_ in ("advcl", "ccomp", "conj") and c.pos_ in ("VERB", "AUX") and
             any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) for g in c.subtree} \
        if t.dep_ in ("dobj", "pobj", "attr") else set()
    found = [*t.subtree, *(x for x in t.head.subtree if t.dep_ in ("dobj", "pobj", "attr") and x.i > t.i and
                           x.i not in apart)]
    for c in sorted(found, key=lambda x: x.i):
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep and c.i > t.i:
            e = _named_by(c, at)
            if e is not None:
                return e
    return None


def _named_by(prep, at: dict[int, Ent]) -> Ent | None:
    """The company a preposition introduces: its object's own name, not the owner the name is
    qualified by ("by Far West Financial Corp's Far West Savings" is Far West Savings), else the
    first company under it ("by a group led by Japan Industrial Partners")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    own = _ent_in(pobj, at) if pobj is not None else None
    # "owned by Commercial chairman Sid Schuman Jr.", "a possible buyout by Fairchild management": a name that
    # only says whose people act is no party
    own = None if own is not None and _of_people(prep.doc, own, at) else own
    under = own or next((at[g.i] for g in prep.subtree if g.i in at and not _of_people(g.doc, at[g.i], at) and
                         not _of_whom(g, prep)), None)
    if under is None and pobj is not None and pobj.lemma_.lower() in _FIRM_NOUNS:
        # "a rival bid from another publishing firm, Harcourt Brace": the parser may hang the name that
        # says which firm from the clause, not from the noun it stands beside
        k = pobj.right_edge.i if pobj.right_edge.text == "," else pobj.right_edge.i + 1  # the comma may be the noun's
        if k + 1 < len(pobj.doc) and pobj.doc[k].text == ",":
            e = at.get(k + 1)
            if e is not None and e.i == k + 1:
                return e
    return under


#: Verbs of one who helps a party, no party itself: "assisted by Hambros Bank", "advised by Lazard".
_HELPING = {"assist", "advise", "help", "aid", "support", "counsel", "represent"}


def _of_whom(g, top) -> bool:
    """Whether a word stands in a clause below ``top`` that tells of another: a "who" clause ("controlled by the
    firm's former chairman X, who is also chairman of United Coconut" tells of the person the agent is), a
    participle of helping with an agent of its own ("owned by Pallas group, assisted by Hambros Bank": Hambros
    helps, owns nothing; not "a company formed by E.F. Hutton LBO", whose maker acts through it)."""
    for x in g.ancestors:
        if x.i == top.i:
            return False
        if x.dep_ == "relcl" and any(c.lower_ == "who" for c in x.children):
            return True
        if x.dep_ in ("acl", "relcl") and x.lemma_.lower() in _HELPING and any(c.dep_ == "agent" for c in x.children):
            return True
    return False


def _of_people(sent, e: Ent, at: dict[int, Ent]) -> bool:
    """Whether the name only says whose people are meant: "owned by Rainbow directors Craig Heatley and Gary
    Lane", "controlled by Olivetti SpA (OLIV.MI> chairman Carlo De Benedetti": those people own, not the
    company (``data/deal_words.tsv``, "holder"). The noun is the next word, past a ticker or a possessive."""
    k = e.j
    if k < len(sent) and sent[k].text in ("<", "("):
        # (a mark the wire got wrong may be left as a blank: "(OLIV.MI>")
        k = next((x + 1 for x in range(k + 1, min(len(sent), k + 6)) if sent[x].text in (">", ")") or
                  sent[x].is_space), k)
    while k < len(sent) and (sent[k].is_space or sent[k].dep_ == "case"):
        k += 1
    return k < len(sent) and k not in at and sent[k].lemma_.lower() in DEAL_WORDS["holder"]


#: Common nouns for a company, which a name set beside them (after a comma) says which is.
_FIRM_NOUNS = classes("firm_nouns")["apposed"]


def _word_before(sent, e: Ent) -> str:
    """The word before a company's name, lower case, past the blanks where wire copy's marks were: "between
    <Progressive Enterprises Ltd> and <Rainbow Corp Ltd>" is read with a blank before each name."""
    k = e.i - 1
    while k > 0 and sent[k].is_space:
        k -= 1
    return sent[k].lower_ if k >= 0 else ""


def _root(sent, e: Ent):
    """The token of a company's name that the rest of the sentence hangs it from."""
    return next((sent[k] for k in range(e.i, e.j) if not e.i <= sent[k].head.i < e.j), sent[e.i])


#: A possessive and the ticker the wire may set after it, all that stands between a parent's name and its
#: unit's: "Sears, Roebuck and Co Inc's <S> Dean Witter Reynolds Inc", "Rite Aid Corp's Rite Investments Corp unit".
_POSSESSOR_GAP = re.compile(r"\s*(?:'s?|’s?)?\s*(?:<[^<>]{1,12}>\s*)?")


def owner_written_before(sent, e: Ent, companies: list[Ent]) -> Ent | None:
    """The company a possessive right after ``e`` gives ``e`` as the owner of: in "underwriters led by Sears,
    Roebuck and Co Inc's <S> Dean Witter Reynolds Inc" the unit acts and its parent only owns it; in "Another major
    shareholder, Rite Aid Corp's Rite Investments Corp unit, had accepted" the unit holds and is held by its
    parent. The parse may not say so (it hangs the parent's name on the unit's as a modifier)."""
    possessive = sent[e.j - 1].lower_ in ("'s", "’s", "'") or \
        e.j < len(sent) and sent[e.j].lower_ in ("'s", "’s", "'")
    if not possessive:
        return None
    base = sent[0].idx
    end = sent[e.j - 1].idx + len(sent[e.j - 1].text) - base
    for f in companies:
        if f is not e and f.i >= e.j and _POSSESSOR_GAP.fullmatch(sent.text[end : sent[f.i].idx - base]):
            return f
    return None


def _of_noun(sent, t, e: Ent) -> bool:
    """Whether the company is the object of the trigger noun's "of" or "between": "the merger of A and B"."""
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "between")), None)
    return of is not None and e.i in {x.i for x in of.subtree}


_TRADES = {"stake", "interest", "divestment", "holding", "acquisition", "takeover", "buyout", *L.BUYS, *L.SELLS}


def _is_from_or_to(sent, e: Ent) -> bool:
    """"bought Y from Z", "sold Y to Z", "purchased PCR from Hanson's SCM unit", "sold Y to a subsidiary of
    Z": Z is not the object."""
    x = _root(sent, e)
    for _ in range(6):
        # "from InterFirst Venture Corp, Sam B. Myers, Neomar Resources Inc and ...": each one listed after
        # the first stands where the first does; not "from A and B from C", whose B is a second thing traded
        while x.dep_ == "conj" and x.head.i != x.i and not (
                x.right_edge.i + 1 < len(x.doc) and x.doc[x.right_edge.i + 1].lower_ in ("from", "to")):
            x = x.head
        prep = x.head
        if prep is x:
            return False
        if prep.lower_ in ("from", "to", "by") and prep.dep_ in ("prep", "dative", "agent"):
            # the trade's word, or what it trades: "the acquisition of Y from Z", "bought Y Inc from Z"
            # "acquired the common stock of X from Z": up through what is traded to the trade's word
            traded = prep.head
            for _ in range(2):
                if traded.dep_ not in ("pobj", "dobj") or traded.lemma_.lower() in _TRADES:
                    break
                traded = traded.head.head if traded.dep_ == "pobj" else traded.head
            return traded.lemma_.lower() in _TRADES
        if x.dep_ not in ("poss", "compound", "pobj", "appos") and not (x.dep_ == "prep" and x.lower_ == "of"):
            return False
        x = prep
    return False


#: What a company's span may leave out between it and the next name: legal suffixes, tickers.
_LEFT_OUT = re.compile(r"<[^>]*>|\([a-z.]+\)|(?<![\w.])(?:%s)\.?(?![\w.])" % "|".join(sorted(map(re.escape, LEGAL_FORMS))))


def _names_between(sent, companies: list[Ent], i: int, j: int) -> bool:
    """Whether the words between two names are only more names (read as companies or capitalised) and the
    commas and "and" of a list: "A, B and C", not "A, the owner of B and C" (C is B's fellow, not A's)."""
    inner = {k for e in companies if i <= e.i and e.j <= j for k in range(e.i, e.j)}
    inner |= {k for k in range(i, j) if sent[k].text[:1].isupper() and sent[k].pos_ == "PROPN"}
    rest = _LEFT_OUT.sub("", "".join(sent[k].text_with_ws for k in range(i, j) if k not in inner).lower())
    return re.fullmatch(r"[\s,]*(?:and)?\s*", rest) is not None


def _conj_root(sent, e: Ent):
    """The token by which the parse joins a company to a list with "and": its name's own, or the noun that
    describes it right before it ("Robert Bosch GmbH and the Dutch mapping company TomTom NV", the name set
    beside the noun), not a noun that tells what it is to another ("Hutchison and its parent Cheung Kong")."""
    root = _root(sent, e)
    if root.dep_ == "appos" and root.head.dep_ == "conj" and root.head.pos_ == "NOUN" and root.head.i < e.i and \
            all(not x.is_punct for x in sent[root.head.i + 1 : e.i]) and \
            not any(c.dep_ == "poss" for c in root.head.children):
        return root.head
    return root if root.dep_ == "conj" else None


def _conjoined(subject: Ent, companies: list[Ent], sent) -> list[Ent]:
    """The subject and the companies joined to it by "and": "Nissan and Honda are discussing ..."."""
    group = [subject]
    if subject.members:
        return group
    root = _root(sent, subject)
    heads = {root.i, root.head.i} if root.dep_ == "compound" else {root.i}  # "its Chevron U.S.A. Inc unit"
    for e in sorted(companies, key=lambda e: e.i):
        if e is subject:
            continue
        other = _conj_root(sent, e)
        if other is not None and other.head.i in heads and e.i > subject.i:
            group.append(e)  # "its X unit and Tokyo-based Y agreed ...": the parse joins them, whatever is between
            # (and the parse chains a list's names, each joined to the one before: "of A, B, C and D")
            heads.add(other.i)
            continue
        # a legal suffix or ticker the name left out is no word between: "Auto Trak Inc <ATI> and Crown Books"
        between = _LEFT_OUT.sub("", sent[min(e.j, subject.j) : max(e.i, subject.i)].text.lower())
        between = re.sub(r"\s+", " ", re.sub(r"\s+([,&])", r"\1", between)).strip()
        later = e if e.i > subject.i else subject
        if later.j < len(sent) and sent[later.j].text in ("'s", "'"):
            continue  # "Geely, Volvo Cars' parent": an owner named, no list
        if between in ("and", ",", "&", "with") or re.fullmatch(r"(?:, [^,]+)*,? and", between) and \
                _names_between(sent, companies, min(e.j, subject.j), max(e.i, subject.i)):
            if abs(e.i - subject.i) < 12:
                group.append(e)
    return group


def _described(sent, t, at, companies: list[Ent], ctx: StoryContext) -> tuple[Ent | None, Ent | None, bool]:
    """For "X, its largest shareholder" / "Y's largest shareholder is X" / "X is a customer of Y":
    the company the noun describes, the other, and whether the noun states what is (not
    "enlisting X as an investor", where the verb says how far it got)."""
    holder = other = None
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "one":
        t_dep, t_head = t.head.head.dep_, t.head.head.head  # "X is one of Y's largest customers"
    else:
        t_dep, t_head = t.dep_, t.head
    for c in t.children:
        if c.dep_ == "poss":
            other = _ent_in(c, at)
            if other is None and c.lower_ in ("its", "their"):
                other = _pronoun_owner(sent, t, companies, ctx, plural=c.lower_ == "their")
        if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "to" and t.lemma_.lower() in _TO_WHOM or
                                 c.lower_ == "in" and t.lemma_.lower() in ("partner", "shareholder", "stockholder")):
            # "a supplier to Apple", "adviser to Kraft", "an 80 pct partner in Diatronics", "a 27% shareholder in
            # SABMiller"
            other = next((_ent_in(g, at) for g in c.children if _ent_in(g, at)), other)
        if c.dep_ == "compound" and c.i in at and other is None and (
                t.tag_ == "NNS" and t_dep == "nsubj" or _DESCRIBING.get(t.lemma_.lower()) is R.LICENSING):
            other = at[c.i]  # "Other Genencor shareholders include X, Y and Z", "a Burger King franchisee"
    if t_dep == "appos":
        holder = _ent_in(t_head, at)
    elif t_dep == "pobj" and t.lemma_.lower() in _RECEIVERS | {"licensor", "franchisor"}:
        # "the acquisition of its franchisor Sisters International": the name set beside the noun
        holder = next((_ent_in(c, at) for c in t.children if c.dep_ == "appos" and _ent_in(c, at)), None)
    elif t_dep in ("attr",):
        holder = next((_ent_in(c, at) for c in t_head.children if c.dep_ == "nsubj" and _ent_in(c, at)), None)
        clause = t_head
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        if holder is None and other is not None and clause.dep_ == "relcl" and \
                any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in t_head.children):
            # "Altria, the tobacco company which makes Marlboro cigarettes and which is a 27% shareholder in
            # SABMiller": the clause is said of the noun, and the noun of the name it is set beside (where the
            # holding is named: "Georgia Power, which is a co-owner of the plant" holds no other firm)
            noun = clause.head
            holder = _antecedent(noun, at) or (_ent_in(noun.head, at) if noun.dep_ == "appos" else None)
    elif t_dep == "nsubj":
        # "Y's largest shareholder is X", "Y's shareholders include X and Z"
        listed = ("attr", "dobj") if t_head.lemma_.lower() in ("include", "comprise") else ("attr",)
        holder = next((_ent_in(c, at) for c in t_head.children if c.dep_ in listed and _ent_in(c, at)), None)
    first = t
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if holder is None and first.head.lower_ == "as":
        # "enlisting Aramco as an investor and partner": the company before "as"; the other is the subject
        as_at = first.head.i
        if as_at is not None:
            before = [e for e in companies if e.j <= as_at and as_at - e.j <= 2]
            holder = before[-1] if before else None
            if holder is not None and other is None and not _body_hires(sent[as_at].head, at):
                other = _subject(sent, sent[as_at].head, {k: e for e in companies for k in range(e.i, e.j)
                                                          if e is not holder}, ctx)
            return holder, other, False
    if holder is None:
        # "Piedmont's largest shareholder (and other suitor), Norfolk Southern, has offered": the name set
        # beside the noun, or beside the noun joined to it
        holder = next((_ent_in(c, at) for x in (t, *(c for c in t.children if c.dep_ == "conj"))
                       for c in x.children if c.dep_ == "appos" and _ent_in(c, at)), None)
    if holder is None and other is not None:
        holder = _named_after_comma(sent, t, at)
    if holder is None and t.tag_ != "NNS":
        # "certificates in parent and guarantor Inspectorate International AG": the name the noun's words run
        # on into is the one it describes, however the parse joins them
        k = t.i + 1
        while k < len(sent) and k not in at and k - t.i <= 3 and (sent[k].lower_ == "and" or sent[k].pos_ == "NOUN"):
            k += 1
        if k > t.i + 1 and k in at and at[k].i == k and any(x.lower_ == "and" for x in sent[t.i + 1 : k]):
            holder = at[k]
    if holder is None:
        # Word order when the parse does not say: "Renault, its largest shareholder,"
        before = [e for e in companies if e.j <= t.i and t.i - e.j <= 5 and sent[e.j].text == ","]
        holder = before[-1] if before else None
    # "British energy supplier SSE", "a chip supplier": the trade it is in, not a customer it has
    trade = any(c.dep_ == "compound" and c.i not in at for c in t.children)
    # an adviser's client is named with it ("its adviser", "adviser to X"); "an adviser with X" works there;
    # so is a licensee's licensor ("X, the franchisee, bought Y shares" names no franchisor)
    if other is None and holder is not None and not trade and t.lemma_.lower() not in _ADVISERS and \
            _DESCRIBING.get(t.lemma_.lower()) is not R.LICENSING:
        # not the holder's own parent, written as its owner before it ("Another major shareholder, Rite Aid
        # Corp's Rite Investments Corp unit, had accepted the offer": the unit holds another firm's shares)
        rest = [e for e in companies if e is not holder and owner_written_before(sent, e, [holder]) is None]
        other = rest[0] if len(rest) == 1 else None
        if _DESCRIBING.get(t.lemma_.lower()) is R.INVESTMENT:
            # "X, an early investor in Y", "an investor in the company"; but "British Petroleum, a conservative
            # investor that knows the oil business": an investor in nothing is the kind of firm it is
            held = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            other = None if held is None else _named_by(held, at) or other
    return holder, other, True


#: A company's own body that takes advisers on for it, the company unnamed beside it: "noting the committee has
#: retained the First Boston Corp and Cravath Swaine and Moore as advisers" (Standard's committee, not the bidder's).
_HIRING_BODIES = {"committee"}


def _body_hires(verb, at: dict[int, Ent]) -> bool:
    """Whether the verb's subject is a body of a company that names no company: whose it is, the sentence does
    not say, and a bidder named before is no client."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _HIRING_BODIES and not any(g.i in at for g in c.subtree)
               for c in verb.children)


def _named_after_comma(sent, t, at: dict[int, Ent]) -> Ent | None:
    """The company whose name follows an owned noun and a comma ("reflects its parent's, General Electric Co."):
    the name the noun stands beside, where the parse does not set it as an apposition."""
    k = t.i + 1
    if k < len(sent) and sent[k].text in ("'s", "'"):
        k += 1
    if k + 1 < len(sent) and sent[k].text == "," and k + 1 in at and at[k + 1].i == k + 1:
        return at[k + 1]
    return None


def _pronoun_owner(sent, t, companies: list[Ent], ctx: StoryContext, plural: bool) -> Ent | None:
    """"its"/"their" in "X, its largest shareholder": the clause's subject, or a plural reference."""
    if plural:
        return next((e for e in companies if e.members), None)
    before = [e for e in companies if e.j <= t.i and not e.members]
    # the company the noun describes sits right before it ("Renault, its ..."): the owner is earlier
    if before and t.i - before[-1].j <= 3:
        before = before[:-1]
    subjects = [e for e in before if any(sent[k].dep_ in ("nsubj", "nsubjpass") for k in range(e.i, e.j))]
    if not subjects and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ == "it" for x in sent[: t.i]):
        return None  # "it will purchase X and, with its joint venture partner Y, ...": "its" is the subject's, not X's
    return (subjects or before or [None])[-1]


def owner_of_the_phrase(t, before: list[Ent]) -> Ent | None:
    """The company whose possessive opens the noun phrase "its" sits in: "subject to Becor's receipt of at least 110
    mln dlrs from the proposed sale of its Western Gear Corp subsidiary" is Becor's unit, whoever the clause's subject
    is. Only up nouns and their prepositions: a verb starts another clause."""
    at = {k: e for e in before for k in range(e.i, e.j)}
    x = t
    while x.dep_ in ("pobj", "prep") and x.head is not x:
        x = x.head
        if x.pos_ == "NOUN":
            owner = next((at[c.i] for c in x.children if c.dep_ == "poss" and c.i in at), None)
            if owner is not None:
                return owner
    return None


def _phrase(t) -> str:
    parts = [c for c in t.children if c.dep_ in ("prt", "aux") or (c.dep_ == "amod" and c.lower_ == "joint")]
    words = sorted([t, *parts], key=lambda x: x.i)
    return " ".join(w.text for w in words)



def _unique(mentions: list[Mention]) -> list[Mention]:
    best: dict[tuple, Mention] = {}
    for m in mentions:
        key = (m.type, m.source, m.target)
        if key not in best or m.confidence > best[key].confidence:
            best[key] = m
    return list(best.values())


def object_references(sent, companies: list[Ent]) -> list[Ent]:
    """"DTD Enterprises Inc said ... EaglesLair Development Corp had assumed control of the company", "GenCorp
    said the decision by General Partners to end its hostile offer for the company ...": "the company"
    (``_the_company``) as an object in what a named company says is that company. Only where the report names
    other companies before the reference, each one that acts there (a subject, the agent after "by") or one
    told of inside the words that name such a company ("General Partners, comprised of AFG Industries and ..."):
    a company the report names as what is held or bought may be the one meant ("X said it holds 20 pct of Y,
    boosting its stake in the company", "said it sent a letter to the board of Y, offering to buy the
    company"), and the sentence names no company outside the report ("WEDGE Group, with a stake in American
    Medical, said it has had talks with Pesch, which is seeking control of the company": American Medical's)."""
    at = {k: e for e in companies for k in range(e.i, e.j)}
    root = next((x for x in sent if x.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in _SAYS or sent.text.lstrip()[:1] in "\"'“":
        return []
    speaker = next((at[c.i] for c in root.children if c.dep_ == "nsubj" and c.i in at), None)
    if speaker is None or speaker.members:
        return []
    out = []
    for report in (c for c in root.children if c.dep_ == "ccomp"):
        inside = {x.i for x in report.subtree}
        told = [e for e in companies if e is not speaker]
        if not told or any(e.i not in inside or e.members or speaker.name in e.names for e in told):
            continue
        actors = [e for e in told if _acts(_head_of(sent, e))]
        within = {x.i for e in actors for x in _head_of(sent, e).subtree}
        if any(e.i not in within for e in told):
            continue
        for c in report.subtree:
            if c.dep_ in ("pobj", "dobj") and _the_company(c) and all(e.j <= c.i for e in told):
                out.append(Ent(EntityKind.COMPANY, speaker.name, c.text, c.i, c.i + 1))
    return out


#: Words that make a description all of a company, whichever the sentence names: "the whole company".
_ALL_OF = {"whole", "entire"}


def _phrase_head(tok):
    """The noun a name stands in: "unit" of "its ARC America Corp unit", "company" of "a new company, X,"."""
    while tok.dep_ in ("compound", "appos", "flat", "nmod") and tok.head is not tok:
        tok = tok.head
    return tok


def described_objects(sent, companies: list[Ent], ctx: StoryContext) -> list[Ent]:
    """"Cons Gold said its ARC America Corp unit had agreed to buy the Ohio-based company", "Nippon put a high value on
    its stake in the U.S. firm": the object of a deal that only describes a firm the story named before
    (``_description``, with at least one word that says what it is or where) is that firm: the one the story named
    whose name or description the noun fits (``_fitting_firms``; none where two do), or, for a plain noun for a firm
    ("company", "firm", "concern"), the company the story named last outside the sentence. Only where each company
    the sentence names acts in it (a subject, the agent after "by", or the unit one names): in "Fairchild's management
    is considering a buyout of the Cupertino, Calif., company" or "acquired a stake in Purolator and would consider
    acquiring the whole company" the description may be the company named. Not "the whole company", "the entire
    company" (all of one), nor in a sentence with a quotation, nor a holding's object ("the value Nippon put on its
    stake in the U.S. firm": a stake its holder's possessive tells reads held, where the deal was only agreed)."""
    if any(q in sent.text for q in "\"“”"):
        return []
    if not all(_acts(_phrase_head(_head_of(sent, e))) for e in companies):
        return []
    named = {n for e in companies for n in e.names}
    out = []
    for c in sent:
        if c.dep_ not in ("dobj", "pobj") or not _description(c, companies) or len(list(c.children)) < 2 or \
                any(k.lower_ in _ALL_OF for k in c.children) or \
                c.dep_ == "pobj" and c.head.head.lemma_.lower() in L.STAKE_NOUNS:
            continue
        noun = c.lemma_.lower()
        fits = [] if noun in L.STORY_REFERENCES else _fitting_firms(noun, ctx)
        if fits:
            referent = fits[0] if len(fits) == 1 else None
        elif noun in L.STORY_REFERENCES:
            referent = next((n for n in reversed(ctx.recent) if n not in named), None)
        else:
            referent = None
        if referent is not None and referent not in named:
            out.append(Ent(EntityKind.COMPANY, referent, c.text, c.i, c.i + 1))
    return out


def _head_of(sent, e: Ent):
    """The token of a company's name that the rest of the sentence hangs from."""
    return next((x for x in sent[e.i : e.j] if not e.i <= x.head.i < e.j or x.head is x), sent[e.j - 1])


def _acts(tok) -> bool:
    """Whether a name (or the first of names joined by "and") acts in its clause: its subject, or the agent
    after "by"."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.lower_ == "by"
