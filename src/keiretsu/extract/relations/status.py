"""The status a trigger states: cue words around it (``lexicon``) and in its sentence."""

from __future__ import annotations

import re

from ...clean.dates import MONTHS, WEEKDAYS
from ...models import RelationType, Status
from .. import lexicon as L
from ..vocab import classes
from .triggers import VERBS

R, S = RelationType, Status
# A relative or reported clause is a clause of its own: in "its unit, which holds the stake" and
# "announced that it had raised its stake", the words above it say nothing of the stake; except a
# clause that tells what a deal document says (``lexicon.DEAL_DOCUMENTS``).
_CLAUSE_EDGES = ("relcl", "ccomp")
# Nor does a verb the trigger is only a time of: in "ended its tender offer after receiving 54 pct",
# "ended" is the offer's status, not the holding's.
_TIME_PREPS = ("after", "before", "following", "prior", "upon")
# ...nor a clause that only times or explains another with a finite verb of its own: in "wanted to
# reach the level it had before it divested American Enka", the wish is not the sale's; the sale is told.
_TIME_MARKS = {"after", "before", "since", "when", "once", "because", "as"}
_DEALS = (R.ACQUISITION, R.MERGER, R.DIVESTMENT, R.INVESTMENT)
# Deals done once and for all (an investment may be an ongoing one: "will continue to invest in").
_ONE_ACT = (R.ACQUISITION, R.MERGER, R.DIVESTMENT)
# Deals a party may be bound off for years by a standstill (``lexicon.STANDSTILL``): a takeover, a merger.
_TAKEOVERS = (R.ACQUISITION, R.MERGER)
# Words of a share of a company: a purchase "of up to 51 pct of USAir common" whose approval is applied for is one of
# shares, read as the buyer's stake, which it holds meanwhile (the labels read TWA's USAir stake in force throughout).
_PERCENT = {"pct", "percent", "%"}
# Ties that run once made (an alliance, a supply deal, a licence, a venture), not deals done once.
_RUNNING = (R.ALLIANCE, R.SUPPLY, R.LICENSING, R.JOINT_VENTURE)
# The prepositions that hang a deal on the document that settles it: "a letter of intent for a merger".
_DOCUMENT_PREPS = {"for", "on", "of", "covering", "regarding", "concerning"}
# Deals a company's shareholders vote on: a takeover, a merger, the sale of the company; and how many
# words up from the deal its meeting or vote may be.
_VOTED = (R.ACQUISITION, R.MERGER, R.DIVESTMENT)
_VOTE_REACH = 4
# Cue words that are modal verbs only when tagged so: "until May 1" is a month, "the will of
# shareholders" a noun; neither says what may or will happen.
_MODALS = {"may", "might", "could", "would", "will", "shall", "should", "can", "'ll"}
# Auxiliaries that put a completion ahead: "will be completed", "is expected to close".
_AHEAD = {"will", "would", "shall", "'ll", "should", "may", "might", "could", "must", "to"}
# The verbs "off" calls a deal off with ("called off", "broke off talks", "the deal is off"); with
# any other ("spun off", "paid off", "fending off a takeover", "kicked off") it says nothing of an end.
_OFF_VERBS = {"call", "break", "be"}
# "The end of" after these is a time ("by the end of 1986", "at the end of its study"), and "ended"
# after these nouns names a period ("the week ended March 22"): neither ends the deal.
_TIME_PREPS_OF_END = {"by", "at", "before", "until", "till", "toward", "towards", "near", "after", "from", "since"}
_PERIODS = {"week", "month", "quarter", "year", "period", "half", "day", "months", "weeks", "years"}
# A failure is the deal's only when it is said of the deal or of the deal's own verb ("the bid
# failed", "failed to acquire", "a failed takeover attempt"), not of a step around it ("violated
# the law by failing to seek clearance for its purchases of X stock"): so many words up at most.
_FAILURE_REACH = 2
# An end said only as a possibility is a supposition, not an end: "the deal could collapse", "would
# block the merger unless they sign a decree", "if Dixons accepts, Cyacq would terminate its offer".
_POSSIBLE = {"could", "might", "may"}
_CONDITIONS = {"if", "unless"}
# Conjunctions that leave the deal verb under them open: "balloted on whether it will merge with X", "if
# Dart buys Supermarkets General, it would divest": a deal supposed or still to be decided is at most
# proposed, whatever "will" or "would" says.
_OPEN = {"whether", "if"}
# Conjunctions that put a completion in the present ahead: "once the merger is completed", "if the sale closes".
_PENDING = {"if", "once", "when", "until", "unless", "before"}
# Prepositions that deny the deal under them: "combined without selling Reed".
_WITHOUT = {"without"}
# Words that put a deal on a schedule: "expects to merge with X in early May", "is due to acquire".
_SCHEDULED = {"expect", "schedule", "due", "slate"}
# Words of a resolution taken by the party itself, whose deal under them is settled on, still to be done:
# "have decided to sell their combined 65 pct stake in X to Y", "has arranged to sell its 23 pct stake in
# Avalon", "Eastman Kodak Co's decision to sell its 2.3 pct share of ICN" (not yet sold).
_DECIDED = {"decide", "resolve", "vote", "elect", "choose", "arrange", "decision"}
# Words that make the deal under them wanted, not done: "under pressure to sell", "its desire to
# acquire", "is ready to purchase", "pressing Dome to sell its stake" (beside the proposal words of
# ``lexicon.PROPOSED``, which are cues of their own); not "was forced to sell", which tells a sale.
_WANTING = {"pressure", "desire", "ready", "willing", "prepared", "need", "eager", "press", "push", "keen",
            "hope", "hop", "wish", "interest"}
# ("hoped to take a stake", "expressed interest in discussing"; "hop" is the model's lemma of "hoped")
# Verbs of trying, by which talks are only sought: "it had tried to discuss the offer with Gencorp" (talks only: an
# attempt to buy more shares of a firm already held keeps the holding as it is).
_TRYING = {"try", "attempt"}
# Verbs whose denial leaves no deal in their object: "could not afford an acquisition", "is not seeking a merger"
# (not "did not oppose the merger", "has not completed the sale", whose deal stands).
_DENIED_TAKING = {"afford", "make", "plan", "seek", "want", "consider", "contemplate", "envisage", "need"}
# Verbs that make "would" a wish: "would like to buy", "would prefer to merge with X".
_WISHING = {"like", "love", "prefer"}
# Verbs that make the clause under them a demand, its verb a base form whatever its tag says
# ("the Justice Department required that Baker sell off Reed Tool"), as their infinitive is ("ordered
# X to sell").
_MANDATES = {"require", "order", "demand", "insist", "ask", "urge", "direct", "recommend", "propose"}
# Words of a date that a present-tense end may be scheduled for: "expires Friday", "ends in June".
_CALENDAR = {*MONTHS, *WEEKDAYS, "midnight", "today", "tomorrow", "tonight"}
# The prepositions of a relative clause that tells what a document says: "an agreement under which X will
# buy Y", "an understanding by which X would purchase".
_TERMS_PREPS = {"under", "by", "through", "whereby"}
# Verbs that tell talks came to a document: "the discussions have led to an understanding", "reached an
# agreement".
_RESULTING = {"lead", "result", "produce", "yield", "reach", "culminate"}
# Verbs that let a deal run out: "let its offer expire", "allowed the agreement to lapse" end it.
_LET_RUN_OUT = {"let", "allow"}
# Where the ended noun hangs on the end word: its object or subject ("withdrew its bid", "talks
# collapsed"), what an end noun is of ("the withdrawal of its bid"), what "off" is said of ("broke off
# talks", "the deal is off").
_ENDED_EDGES = ("dobj", "nsubj", "nsubjpass", "attr")
# Adverbs that put a proposal before the story: "its previously proposed acquisition of X", "the
# previously-proposed merger" name a deal announced earlier and still under way, as "previously announced"
# does (not an offer: "its previously proposed tender offer" stays one).
_SAID_BEFORE = {"previously"}
# A tie's agreement that is broken was one in force, so the tie ended ("broke the five year agreement
# reached with Gull"), where talks broken off never made one.
_BROKEN = {"break", "breach", "violate"}
# Verbs of carrying out a deal already settled on: "to implement a merger", "to effect the merger".
_CARRY_OUT = {"implement", "effect", "consummate", "effectuate"}
# Verbs of talks that, done and with the deal or its document as their object, tell it settled: "has negotiated an
# exclusive long-term contract with Spain's Asturiana de Zinc", "has also negotiated the future purchase of The Nevada
# Bank" (agreed; not "is being negotiated", "is expected to be negotiated", still in talks).
_NEGOTIATED = {"negotiate"}
# Verbs of talking that, with a bid as their object and no other side named after "with", tell one side weighing the
# bid, no talks with its maker: "the board was discussing opposing bids from Norfolk Southern Corp and USAir" (while
# "had tried to discuss the offer with Gencorp" seeks talks with the target).
_WEIGHING = {"discuss"}
# Verbs that put a bid forward, which denied make none: "Pratt and Southmark would not initiate a competing tender
# offer for Caesars World" (while "did not accept the offer" or "has not signed a definitive agreement" tell of one).
_BID_MADE = {"make", "launch", "initiate", "mount", "commence", "submit"}


# A bid its own bidder agreed or decided to end, told in one run of words: "agreed to \"promptly\" terminate its
# existing tender offer", "decided to withdraw its bid" (not "would terminate its offer", a supposition).
_OFFER_DROPPED = re.compile(r"\b(?:agreed|agrees|decided|decides|voted|has\s+agreed|had\s+agreed)\s+to\s+"
                            r"(?:[\"'“”]?[a-z]+ly[\"'“”]?\s+)?(?P<verb>terminate|withdraw|abandon|drop|end)\s+"
                            r"(?:its|their|the)\s+(?:(?:existing|pending|outstanding|hostile|unsolicited|\w+-dlr)\s+){0,2}"
                            r"(?P<bid>(?:tender\s+)?(?:offer|bid))\b")


# A deal verb's own price tag, in the same clause: "to buy chipmaker SanDisk (SNDK) in a deal valued at about $19
# billion", "to acquire X in a transaction worth 2 billion dlrs" (not "in a deal that could be worth").
_PRICED_DEAL = re.compile(r"\w+\s+[^.;:]{0,80}?\bin\s+an?\s+(?:(?:[\w$.,-]+\s+){0,3}?(?:deal|transaction)\s+(?:valued\s+at|"
                          r"worth)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?[$£€\d]|"
                          r"[$£€][\d.,]+\s*(?:billion|million|bln|mln|bn)?\s+(?:deal|transaction))")


def _for_another(y) -> bool:
    """Whether a verb of turning down says what was taken instead: "rejected in favour of Ferruzzi's bid"."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in ("favour", "favor") for g in c.children)
               for c in y.children)


def _name_word(y) -> bool:
    """Whether a word is one of a name's, capitalised inside its sentence and set beside another capitalised
    word or "and" between two ("Stop and Shop", "Pull Inc"), not a verb that opens its sentence."""
    if not y.text[:1].isupper() or y.i == y.sent.start or y.text.isupper():
        return False
    doc = y.doc
    near = [doc[j] for j in (y.i - 1, y.i + 1) if y.sent.start <= j < y.sent.end]
    near += [doc[y.i + 2]] if y.i + 2 < y.sent.end and doc[y.i + 1].lower_ in ("and", "&") else []
    return any(w.text[:1].isupper() and w.i != y.sent.start for w in near)


def _infinitive(x) -> bool:
    """Whether a word is an infinitive that says what a noun is for: "an agreement to buy", "an offer to be
    acquired" (which the parse may hang on the noun as a relative clause)."""
    return x.dep_ == "acl" or x.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)


def _document_of(x):
    """The deal document an infinitive says the terms of, where the parse hangs the infinitive on the verb
    whose object the document is: in "will discuss the company's arrangement to sell 13 pct of X", "to sell"
    may come out as a clause of "discuss", but it says what the arrangement is (the noun right before it);
    so in "entered into agreements with X to buy 10 pct of Y", with the noun the object of a preposition."""
    if x.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
        return None
    start = min(t.i for t in x.subtree)
    objects = [*(c for c in x.head.children if c.dep_ == "dobj"),
               *(g for c in x.head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    return next((c for c in objects if c.i < x.i and max(t.i for t in c.subtree) == start - 1 and
                 c.lemma_.lower() in L.SETTLING), None)


# Verbs by which parties come to a deal document: "the understanding American Express reached to sell".
_MADE = _RESULTING | {"sign", "make", "strike", "conclude", "negotiate"}


def _reached_for(x):
    """The deal document a relative clause on it makes, whose infinitive the parse hangs on the clause's verb,
    if any: "an announcement of an understanding American Express reached to sell Nippon Life 13 pct of
    Shearson", "the accord it signed to buy X" (what the document is for; not "a plan it made to sell")."""
    if x.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
        return None
    verb = x.head
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _MADE or verb.i == x.i:
        return None
    return verb.head if verb.head.lemma_.lower() in L.SETTLING else None


def _under_which(x) -> bool:
    """Whether a word is a relative clause that tells a document's terms: "an understanding by which X would
    buy Y", "an agreement under which X will acquire Y"."""
    return x.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ in _TERMS_PREPS and
                                     any(g.lower_ in ("which", "whom") for g in c.children) for c in x.children)


def _resulted(doc) -> bool:
    """Whether a deal document is what talks came to: "the discussions have led to a general understanding",
    "talks resulted in an agreement", "reached an accord" (the talks above it are over; the deal is settled)."""
    verb = doc.head.head if doc.dep_ == "pobj" else doc.head if doc.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in _RESULTING and verb.pos_ in ("VERB", "AUX")


_EFFECT_EDGES = ("dobj", "acomp", "oprd", "xcomp", "advmod", "ccomp")


def _took_effect(t):
    """The verb of a relative clause that says the deal is in force, if any: on the deal noun or, where the
    parse hangs it there, on the company the deal is with or of (a company never takes effect): "the merger
    with X, which took effect today", "the sale of Y, which became effective Monday"."""
    held = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "of") for g in c.children
            if g.dep_ == "pobj"]
    for y in (t, *held, *(g for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                          for g in c.children if g.dep_ == "pobj")):
        for c in y.children:
            if c.dep_ != "relcl" or c.tag_ not in ("VBD", "VBN") or _ahead(c):
                continue
            # ("took effective today": a slip of the wire for "took effect")
            if c.lemma_.lower() == "take" and any(d.lower_ in ("effect", "effective") and d.dep_ in _EFFECT_EDGES
                                                  for d in c.children) or \
                    c.lemma_.lower() == "become" and any(d.dep_ == "acomp" and d.lower_ == "effective"
                                                         for d in c.children):
                return c
    return None


def _party(t) -> bool:
    """Whether a partnership's noun names it as the one acting: "a tender offer from the partnership",
    "the offer made by a partnership of X and Y". It holds, whatever the bid's status."""
    # (not "topics ranging from a joint venture to ...": a list's first item)
    return t.dep_ == "pobj" and t.head.lower_ in ("by", "from") and t.head.dep_ in ("prep", "agent") and \
        t.head.head.lemma_.lower() not in ("range", "vary")


def _ended(y):
    """The noun an end word ends, if it names a stage of the deal (``lexicon.stage_ended``): "terminated its
    *agreement*", "broke off *talks*", "the withdrawal of its *bid*", "*talks* collapsed"."""
    verb = y.head if y.lower_ == "off" and y.head.i != y.i else y
    candidates = [c for c in verb.children if c.dep_ in _ENDED_EDGES]
    candidates += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
    if y.dep_ == "amod" or (y.pos_ == "NOUN" and y.dep_ == "compound") or y.dep_ == "relcl":
        candidates.append(y.head)  # "the failed bid", "the bid collapse", "a purchase bid which was later withdrawn"
    return next((c for c in candidates if L.stage_ended(["", c.lemma_.lower()]) or
                 L.stage_ended(["", c.lower_])), None)


def _stage_written(t):
    """The word a deal's own noun is written with that names the stage it had reached (``data/ended_stage_words.tsv``),
    for an end that names none of its own: "Pennzoil's *proposed* merger with Getty Oil, which was later taken over
    by Texaco" (an offer), "said the *planned* merger with Baker was off" (agreed); not a word of another noun
    ("blocked the merger under the proposed decree")."""
    noun = t.head if t.dep_ == "compound" and t.head.pos_ == "NOUN" else t
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and
                 L.stage_ended(["", c.lower_]) is not None and c.lower_ not in L.PROPOSED), None)


def trigger_status(sent, t, rtype: RelationType, sentence: str) -> tuple[Status, list[str]] | None:
    """The status a trigger states in its sentence, and its cue words; None when the sentence negates it."""
    if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in _WITHOUT:
        return None  # "savings if the companies were combined without selling Reed": no sale said
    unanswered = L.NON_ANSWER.search(sentence)
    if unanswered and unanswered.end() <= t.idx - getattr(sent, "start_char", 0):
        return None  # "declined to comment on whether X was interested in acquiring Y": asked, not said
    status, cues = _status(sent, t, rtype)
    if status in (S.AGREED, S.ACTIVE) and (resisted := _resisted(t)) is not None:
        status, cues = S.PROPOSED, [resisted.text]  # "will resist any moves to divest Encor": pressed for, no more
    if status is S.PROPOSED and rtype in _ONE_ACT and [c.lower() for c in cues] in (["plans"], ["plan"]) and \
            t.pos_ == "VERB" and _PRICED_DEAL.match(sentence, t.idx - getattr(sent, "start_char", 0)):
        # "said on Wednesday it has plans to buy chipmaker SanDisk (SNDK) in a deal valued at about $19 billion":
        # a deal with its price set is one the parties have struck, not a plan of one of them
        status, cues = S.AGREED, ["deal valued at"]
    if status is S.ACTIVE and rtype in (*_ONE_ACT, R.STAKE) and "formed" in [c.lower() for c in cues] and \
            (founded := _founded_for(t)) is not None:
        # "Cyacq was formed ... to acquire Cyclops": a vehicle for a bid, which its target has still to take up; "have
        # formed the Chilean Wrought Copper Company to take a 50 pct stake in a new company": the stake its founders
        # formed it to take is one they settled on, still to be taken
        status, cues = S.PROPOSED if rtype in _ONE_ACT else S.AGREED, [founded.text]
    if status is S.IN_TALKS and rtype in _ONE_ACT and (vehicle := _vehicle_for(t)) is not None:
        status, cues = S.PROPOSED, [vehicle.text]  # "held talks with Pratt Hotel Corp on forming a venture to acquire Caesars"
    if status in (S.PROPOSED, S.AGREED) and all(c.lower() in _POSSIBLE | {"would"} for c in cues) and \
            (talks := _talks_toward(t)) is not None:
        status, cues = S.IN_TALKS, [talks.text]  # "talks that could lead to X taking a stake in Y are continuing"
    if re.search(r"\bno longer\b", sentence, re.I):  # "Ford no longer holds any shares in Mazda"
        return S.ENDED, ["no longer"]
    if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in t.children):
        return None  # "Bessemer has not invested in ForeScout": the verb itself is denied
    if _forced_by_option(t):
        return None  # "a two-year call option that could force Gulf Canada to sell its 49 pct stake to Allied-Lyons"
    holding = t.head if t.dep_ == "dobj" else t
    once = next((c.text for c in holding.children if c.dep_ == "advmod" and c.lower_ in L.FORMER | {"once"}), None) \
        if rtype is R.STAKE and holding.tag_ == "VBD" else None
    if once is None and rtype is R.STAKE and holding.tag_ == "VBD" and _at_one_time(holding):
        once = "at one point"
    if once is None and rtype is R.STAKE and t.lemma_.lower() in L.STAKE_NOUNS:
        once = next((c.text for c in t.children if c.dep_ == "amod" and c.lower_ in _PAST), None)
    if once:  # "X, which once owned Y", "once held a 40 pct stake in Y", "firms with past stakes in Y": a holding of the past
        return S.ENDED, [once]
    if status is S.ACTIVE and rtype in (R.ALLIANCE, R.JOINT_VENTURE, R.SUPPLY, R.LICENSING, R.STAKE) and \
            (cut := severed(t)) is not None:
        return S.ENDED, [cut.text]  # "severed ties with its Philippine partner of 20 years, Delta Motor Corp"
    closed = _closed_by(t) if rtype is R.STAKE else None
    if closed is not None:  # "Reliance Electric was a unit of Exxon until December 30, 1986": no more
        return S.ENDED, [closed]
    # (or the gerund a verb of proposing takes: "said it was not considering selling Encor Energy")
    if t.pos_ in ("VERB", "AUX") and t.dep_ in ("xcomp", "advcl") and \
            (any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or
             t.tag_ == "VBG" and t.dep_ == "xcomp" and t.head.lemma_.lower() in L.PROPOSED) and \
            t.head.lemma_.lower() not in ("say", "hesitate") and any(c.dep_ == "neg" for c in t.head.children):
        return None  # "said it has not been approached to sell its shares": the verb it completes is denied
    if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        return None  # "required no funding from Deutsche", "has no stake in X": the noun itself is denied
    if t.dep_ == "dobj" and any(c.dep_ == "neg" for c in t.head.children) and (
            t.pos_ == "NOUN" and t.head.lemma_.lower() in _DENIED_TAKING
            or t.lemma_.lower() in L.BID_NOUNS and t.head.lemma_.lower() in _BID_MADE):
        # "could not afford an acquisition the size of Bally", "would not initiate a competing tender offer for
        # Caesars World": no deal there
        return None
    if t.pos_ in ("VERB", "AUX") and t.dep_ == "xcomp" and t.head.lemma_.lower() in L.REJECTS:
        return None  # "Sun Chemical refused to sell its entire business": a deal turned down, none made
    bound = L.STANDSTILL.search(sentence) if rtype in _TAKEOVERS and " not to " in sentence else None
    if bound is not None and bound.start() < t.idx - getattr(sent, "start_char", 0) < bound.end():
        # "has agreed not to acquire ... or propose a merger with Citadel for five years": bound off it for years
        return S.CALLED_OFF, [bound.group("cue")]
    negated = L.NEGATION.search(sentence) or L.NO_NEGOTIATIONS.search(sentence)
    abandoned = L.ABANDONED.search(sentence)
    if abandoned and re.search(r"\b(?:if|unless|whether)\b", sentence, re.I):
        abandoned = None  # "would not pursue the offer if the board rejected it": a condition, not an end
    if negated and ("denied" in negated.group(0).lower() or "deny" in negated.group(0).lower() or
                    "denies" in negated.group(0).lower()):
        status, cues = S.RUMOURED, cues + ["denied"]
    elif abandoned:
        # (told with or without a word the negation knows: "would not proceed with its proposed acquisition")
        status, cues = S.CALLED_OFF, cues + [abandoned.group(0)]
        if L.stage_ended(cues[-1:]) is None and (written := _stage_written(t)) is not None:
            # "terminated the proposed acquisition": the end first, then the stage its deal is written with
            cues = [abandoned.group(0), written.text, *(c for c in cues[:-1] if c.lower() != written.lower_)]
    elif negated:
        return None
    rumour = next((m for m in (*L.RUMOUR_PHRASES.finditer(sentence), *L.MEDIA_SAYS.finditer(sentence))
                   if _sources(sent, t, sentence, m) and not L.AS_REPORTED.search(sentence[: m.start()])), None)
    if rumour and status in (S.PROPOSED, S.AGREED, S.ACTIVE):
        status, cues = S.RUMOURED, cues + [rumour.group(0)]
    if status in (S.PROPOSED, S.IN_TALKS) and L.MARKET_SAYS.search(sentence):
        hedge = _hedge(t)
        if hedge is not None:  # "X is likely seeking to buy Y, analysts said": their guess, not a bid
            status, cues = S.RUMOURED, cues + [hedge] if hedge not in cues else cues
    if status in (S.AGREED, S.ACTIVE) and t.pos_ in ("VERB", "AUX") and \
            any(c.dep_ == "mark" and c.lower_ in _OPEN for c in t.children):
        status, cues = S.PROPOSED, [next(c.text for c in t.children if c.dep_ == "mark" and c.lower_ in _OPEN)]
    if status in (S.PROPOSED, S.IN_TALKS, S.AGREED) and rtype in (R.ALLIANCE, R.JOINT_VENTURE) and _party(t):
        status, cues = S.ACTIVE, []  # "urged shareholders to reject a tender offer from the partnership"
    if status in (S.PROPOSED, S.AGREED) and rtype is R.JOINT_VENTURE and _their_venture(t):
        status, cues = S.ACTIVE, []  # "would reorganise the ownership structure of their Viscodrive joint venture"
    if status is S.ACTIVE and t.dep_ == "dobj" and t.head.lemma_.lower() in _WANTING | {"want", "seek"} and \
            t.lemma_.lower() in L.STAKE_NOUNS:
        status, cues = S.PROPOSED, [t.head.text]  # "analysts say X needs a 25 pct stake in Y to block it": wanted
    if status is S.ACTIVE and rtype is R.STAKE and (placed := _placed(t)) is not None:
        status, cues = S.ENDED, [placed.text]  # "has placed its 5 pct stake in Acme with institutions"
    if status in (S.PROPOSED, S.AGREED) and rtype is R.STAKE and _held(t):
        status, cues = S.ACTIVE, []  # "would reduce its stake in X to 22 pct": the change is to come, the stake is held
    if status in _NOT_DONE and rtype is R.STAKE and (_on_sale(t) or _described_holder(t) or _holding_aside(t) or
                                                     _sold_to_holder(t)):
        # "negotiations are continuing concerning the sale of the company's 49 pct interest in X", "dropped
        # plans to sell its stake", "X, owner of all common shares of Y, agreed to sell them": until a sale
        # is done the holder holds
        status, cues = S.ACTIVE, []
    if status is S.ACTIVE and rtype is not R.ROLE and (terms := _called_for(t)) is not None:
        status, cues = terms[0], [terms[1]]  # "the agreement calls for a 50-50 joint venture in London": to come
    if status is S.ACTIVE and rtype is R.STAKE and (modal := to_come(t)) is not None:
        status, cues = S.AGREED, [modal]  # "which will make Alza a preferred shareholder of Quest Blood": to come
    if status is S.ACTIVE and rtype is not R.ROLE and (option := _optioned(t)) is not None:
        # "has a three-year option to purchase 25 pct of the Austmet group, to be priced on an independent
        # valuation at the time of exercise": a right its holder may never use, a deal only proposed (one its holder
        # moves to exercise, "has taken actions to exercise its option to acquire", is agreed)
        status, cues = S.AGREED if option.head.lemma_.lower() == "exercise" else S.PROPOSED, [option.text]
    if status is S.PROPOSED and rtype in _VOTED and L.SHAREHOLDER_VOTE.search(sentence) and \
            not L.CONTESTED.search(sentence) and _put_to_vote(sent, t):
        status = S.AGREED  # "a special meeting to vote on the proposed merger": the boards have agreed it
    if status is S.PROPOSED and rtype in _VOTED and (approval := _approval_of(t)) is not None and \
            not L.CONTESTED.search(sentence):
        # "pending final approval of the proposed merger of the two airlines": a deal awaiting its approval is one
        # its parties have made
        status, cues = S.AGREED, [approval.text]
    if status is S.PROPOSED and rtype in (*_DEALS, R.STAKE) and \
            (accepted := _bid_accepted(sent, t, cues)) is not None:
        # "has offered to purchase 500,000 new shares of American Savings ..., and the board has accepted Knoll's
        # offer": an offer its target has taken up is a deal both sides made
        status, cues = S.AGREED, [accepted.text]
    if status is S.PROPOSED and rtype in _ONE_ACT and t.pos_ == "NOUN" and \
            t.lemma_.lower() not in L.BID_NOUNS | L.PROPOSED and t.dep_ == "pobj" and t.head.lower_ == "of" and \
            t.head.head.lemma_.lower() == "announcement":
        # "following the announcement of Reebok's proposed acquisition of Avia": a deal announced is one its parties
        # have made (an offer announced stays one: "the announcement of its tender offer")
        status, cues = S.AGREED, [t.head.head.text]
    if status is S.PROPOSED and rtype in _ONE_ACT and cues and (halt := _halt_sought(t)) is not None and \
            _wanted(halt).text == cues[0]:
        # "stockholders filed suit seeking to halt the sale of Avia to Reebok", "the suit was aimed at blocking the
        # sale of Allegheny to an affiliate of First Boston": the wish is the suit's; the deal it would stop is
        # one its parties have made
        status, cues = S.AGREED, [halt.text]
    if status in (S.PROPOSED, S.AGREED) and rtype in _ONE_ACT and (sold := _told_sold(t)) is not None:
        # "will report a gain from the sale of its Drummond McCall division, which was sold effective January one":
        # what the deal is of is told handed over; the modal is the report's
        status, cues = S.ACTIVE, [sold.text]
    if status is S.ACTIVE and not cues and rtype is R.ACQUISITION and (begins := _offer_to_begin(sent)) is not None:
        status, cues = S.AGREED, [begins]  # "is paying 35 dlrs cash per share in a tender offer to begin Thursday"
    if status is S.ACTIVE and not cues and rtype is R.SUPPLY and t.lemma_.lower() in _ORDERS["order"] and \
            not _delivered(sent):
        # "ordered six Jetstream 31 airplanes from British Aerospace, with delivery starting May 1", "confirmed an
        # order for three A310s": goods bought to be made or delivered, a contract not yet in force
        status, cues = S.AGREED, [t.text]
    if status is S.ACTIVE and not cues and rtype in _DEALS and not any(x.lower_ in _PERCENT for x in t.subtree) and \
            (applied := L.APPLIED_FOR.search(sentence, 0, t.idx - getattr(sent, "start_char", 0))) is not None:
        # "dismissed an application by Trans World Airlines Inc for approval to take control of USAir": wanted,
        # not done
        status, cues = S.PROPOSED, [applied.group(0).split()[0]]
    if status is S.AGREED and rtype in _RUNNING and (renewal := _renewed(t)) is not None:
        status, cues = S.ACTIVE, [renewal.text]  # "received a one-year renewal of its agreement to provide Interleaf"
    return status, cues


def _renewed(t):
    """The word that renews or extends the document a running tie is told by, if told done: "has received a
    one-year 15 mln dlr renewal of its agreement to provide Interleaf Inc with Sun-3 technical workstations",
    "extended its supply contract" (not "will extend", "is seeking a renewal of": still to come)."""
    x = t
    for _ in range(3):
        if x.lemma_.lower() in L.DEAL_DOCUMENTS or x.head.i == x.i:
            break
        x = x.head
    if x.lemma_.lower() not in L.DEAL_DOCUMENTS:
        return None
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.pos_ == "NOUN" and \
            x.head.head.lemma_.lower() in L.RENEWING:
        renewal = x.head.head
        verb = renewal.head
        return renewal if renewal.dep_ in ("dobj", "nsubjpass", "nsubj") and verb.tag_ in ("VBD", "VBN") and \
            not _ahead(verb) and verb.lemma_.lower() not in L.PROPOSED else None
    verb = x.head
    return verb if x.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in L.RENEWING and \
        verb.tag_ in ("VBD", "VBN") and not _ahead(verb) else None


#: The words after an offer that put its start ahead: "a tender offer to begin Thursday", "an offer that will commence
#: next week" (a buyout whose bid has not begun is agreed, not done; the parse often hangs the verb elsewhere).
_BEGINS_AHEAD = re.compile(r"\s+(?:to|(?:,\s*)?(?:that|which)\s+(?:will|would|is\s+to))\s+(begin|commence|start)\b", re.I)


def _offer_to_begin(sent) -> str | None:
    """The verb that puts the start of the sentence's offer ahead, or None."""
    for y in sent:
        if y.lemma_.lower() in ("offer", "bid") and y.pos_ == "NOUN" and \
                (m := _BEGINS_AHEAD.match(sent.text, y.idx - sent[0].idx + len(y.text))) is not None:
            return m.group(1)
    return None


def told_done(sent, t, rtype: RelationType, status: Status, cues: list[str]) -> bool:
    """Whether a trigger unnamed sources tell of states a deed done ("X sold the shares it held in Y, Wall
    Street sources said"): the rumour is of what happened, not of what may ("sources said X may sell")."""
    return status is S.RUMOURED and "denied" not in cues and t.tag_ == "VBD" and _status(sent, t, rtype)[0] is S.ACTIVE


# A supply tie told by a customer's order, and the verbs that say the goods ordered were handed over
# (``data/order_words.tsv``).
_ORDERS = classes("order_words")


def _delivered(sent) -> bool:
    """Whether a sentence tells goods handed over: "has received and completed delivery on an order",
    "installed initial orders" (not "with delivery starting May 1", "to be delivered in 1990")."""
    return any(y.lemma_.lower() in _ORDERS["delivered"] and y.tag_ in ("VBD", "VBN") and not _ahead(y) for y in sent)


# A holding told in the future by the verb it is the predicate of (``data/to_come_words.tsv``).
_COMING = classes("to_come_words")


def to_come(t) -> str | None:
    """The modal that puts a holding in the future, if the holding's noun is what a company will be, become or be
    made: "Tenneco will become Poclain's majority shareholder", "Viacom will be a subsidiary of National", "an
    agreement which will make Alza a preferred shareholder of Quest Blood". Not a holding described beside its
    verb ("Renault, its largest shareholder, will vote"), nor one kept ("will remain a unit of"): that one is in
    force now; nor a share to come of one held ("Bond Media will be 50 pct owned by Bond Corp" once it is floated:
    Bond Corp, which bought it, holds it now, and the labels read it so)."""
    if t.dep_ in ("attr", "acomp") and t.head.lemma_.lower() in _COMING["copula"] or \
            t.dep_ in ("ccomp", "oprd", "xcomp") and t.head.lemma_.lower() in _COMING["making"] and \
            any(c.dep_ == "nsubj" for c in t.children):
        verb = t.head
    else:
        return None
    return next((c.text for c in verb.children if c.dep_ == "aux" and c.lower_ in _COMING["modal"]), None)


def severed(t):
    """The verb that cut the tie a company is described in, if it is told done: "In 1984 Toyota severed its ties
    with Delta Motor Corp, its local partner for more than 20 years" (the partner is the one the ties were with);
    not "will sever its ties", still to come."""
    x = next((v for _, v in zip(range(6), t.ancestors) if v.pos_ in ("VERB", "AUX")), None)
    if x is None or x.lemma_.lower() not in L.SEVERS or x.tag_ not in ("VBD", "VBN", "VBG") or _ahead(x):
        return None
    ties = next((c for c in x.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in L.TIE_NOUNS), None)
    if ties is None:
        return None
    with_ = [c for c in (*ties.children, *x.children) if c.dep_ == "prep" and c.lower_ in ("with", "from")]
    return x if any(t.i in [g.i for g in p.subtree] for p in with_) else None


#: (one set, made once: ``_called_for`` tests every head it climbs)
_TERMS_VERBS = L.CALLS_FOR | L.TERMS_HOLD


def _called_for(t) -> tuple[Status, str] | None:
    """The stage of the document whose terms call for the trigger's deal or tie, and its noun: "The agreement
    between the two companies calls for a 50-50 joint venture in London" (agreed), "the agreement with Dixons
    calls for Cyclops's businesses to be sold to a unit of Alleghany" (agreed), "the proposal calls for its cable
    partners to receive warrants" (proposed); none where no document calls for it ("X called for redemption")."""
    x, clause = t, False
    for _ in range(8):
        if x.head.i == x.i:
            return None
        step, x = x, x.head
        clause = clause or step.pos_ in ("VERB", "AUX") and step.i != t.i
        if x.pos_ not in ("VERB", "AUX") or x.lemma_.lower() not in _TERMS_VERBS:
            continue
        if x.lemma_.lower() in L.TERMS_HOLD:
            if step.dep_ != "dobj" or clause:
                # "included a provision that all USAir shares currently owned by TWA will be voted": a clause of its
                # own under the object tells its own time
                return None
        elif not (step.dep_ == "prep" and step.lower_ == "for" or step.dep_ in ("advcl", "ccomp", "xcomp") and
                  any(c.dep_ == "mark" and c.lower_ == "for" for c in step.children)):
            return None  # "calls for X to provide": the clause "for" opens, not what the verb takes otherwise
        if any(c.dep_ == "neg" for c in x.children):
            return None
        document = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if document is not None and document.pos_ == "PRON" and x.dep_ == "relcl":
            document = x.head  # "a merger agreement that calls for Norris to become a wholly-owned Berry subsidiary"
        if document is None:
            return None
        lemma = document.lemma_.lower()
        if lemma in L.TERMS_NOUNS:
            return S.AGREED, document.text
        if lemma in L.PROPOSED_TERMS:
            return S.PROPOSED, document.text
        return None
    return None


# The verbs by which what a deal is of is told handed over, in a clause of its own ("its division, which was sold").
_HANDED_OVER = L.SELLS | L.BUYS


def _told_sold(t):
    """The verb of a clause on what a deal's noun is of that tells it sold or bought, in the past and not denied:
    "the sale of its Drummond McCall division, which was sold effective January one"; None otherwise."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _HANDED_OVER | {"acquisition"}:
        return None
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    verb = next((c for c in thing.children if c.dep_ == "relcl"), None) if thing is not None else None
    if verb is None or verb.lemma_.lower() not in _HANDED_OVER or verb.tag_ not in ("VBD", "VBN") or _ahead(verb) or \
            any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb if verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children) \
        else None


def _forced_by_option(t) -> bool:
    """Whether the deal's verb is what an option or a right could force or oblige a party to do: "has a two-year
    call option that could force Gulf Canada to sell its 49 pct stake to Allied-Lyons", "a put option that could
    obligate Allied-Lyons to buy its 49 pct": a right that may never be used, no deal proposed."""
    if t.pos_ != "VERB" or t.dep_ != "xcomp":
        return False
    verb = t.head
    if verb.lemma_.lower() not in ("force", "obligate", "oblige", "compel", "require") or \
            not any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would", "can") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in ("option", "right", "clause", "provision")


def _optioned(t):
    """The option a deal is the right of, if it is not told exercised: "has an option to buy the remaining 10
    pct stake", "gives it the option of acquiring worldwide licences" (a right granted, the deal still to be
    done; not "exercised its option to acquire", done)."""
    x = t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj" else t
    option = x.head if x.dep_ in ("acl", "relcl") else \
        x.head.head if x.dep_ == "pcomp" and x.head.lower_ in ("of", "to") else None
    if option is None or option.lemma_.lower() != "option" or option.i == x.i:
        return None
    verb = option.head
    done = verb.lemma_.lower() == "exercise" and verb.tag_ in ("VBD", "VBN") and not _ahead(verb)
    return None if done else option


# Adjectives that put a holding named by its noun in the past: "the four U.S. oil firms with past stakes in Aramco".
_PAST = {"past", "erstwhile", "onetime", "one-time"}

# The statuses of a deal not done: of a sale, the holding stands.
_NOT_DONE = (S.RUMOURED, S.PROPOSED, S.IN_TALKS, S.AGREED, S.CALLED_OFF)


def _on_sale(t) -> bool:
    """Whether a stake noun is its owner's holding that a sale is of: "sell its stake", "the sale of the
    company's 49 pct interest" (the owner a possessive: "buy X's stake" gives the buyer one to come), or
    what a sale or a transfer is told of in the passive: "Emperor's 22 pct stake in Nullarbor will be
    transferred to Odin"."""
    if t.lemma_.lower() not in L.STAKE_NOUNS:
        return False
    # (one of several: "Emperor's 22 pct stake in X and 10 pct stake in Y will be transferred")
    first = t.head if t.dep_ == "conj" and t.head.lemma_.lower() in L.STAKE_NOUNS else t
    if first.dep_ == "nsubjpass" and first.head.lemma_.lower() in _HANDED and \
            any(c.dep_ == "poss" for c in first.children):
        return True
    if not any(c.dep_ == "poss" for c in t.children):
        return False
    sale = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else t.head if t.dep_ == "dobj" else None
    return sale is not None and (sale.lemma_.lower() in L.SELLS or _spin_off(sale))


# What a holding is handed on by, told in the passive with the holding its subject.
_HANDED = L.SELLS | {"transfer"}


def _spin_off(x) -> bool:
    """Whether a noun is a spin-off, as the tokenizer leaves it ("spin", "-", "off") or whole: "a previously
    announced spin-off of its 80 pct stake in X" hands out a holding the owner has."""
    return x.lower_ in ("spinoff", "spin-off") or x.lower_ == "off" and any(c.lower_ == "spin" for c in x.children)


# Words that make a holder one with a holding already: "its principal stockholder", "its largest shareholder".
_LEADING = {"principal", "largest", "biggest", "major", "majority", "controlling", "main", "leading"}


def _sold_to_holder(t) -> bool:
    """Whether a sale of shares is to a holder the sentence calls the company's leading one: "agreed to sell
    500,000 shares of common stock to its principal stockholder, Adia S.A." (the holder holds; more is to come)."""
    verb = t if t.pos_ in ("VERB", "AUX") else t.head
    if verb.lemma_.lower() not in L.SELLS and verb.lemma_.lower() != "issue":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in L.OWNER_NOUNS and any(
            a.dep_ == "amod" and a.lower_ in _LEADING for a in g.children) for g in c.children) for c in verb.children)


def _holding_aside(t) -> bool:
    """Whether a participle of holding is set between commas after a company, as what it is: "Masco Corp,
    holding 44 pct of Emco, has agreed to purchase debentures" (whatever the clause does)."""
    doc = t.doc
    if t.tag_ != "VBG" or t.lemma_.lower() not in ("hold", "own"):
        return False
    # (past the blanks a wire's ticker left: "Masco Corp <MAS>, holding 44 pct of Emco, ...")
    before = [y for y in doc[max(0, t.i - 4) : t.i] if not y.is_space]
    end = max(y.i for y in t.subtree if not y.is_punct)
    return len(before) >= 2 and before[-1].text == "," and before[-2].pos_ == "PROPN" and \
        end + 1 < len(doc) and doc[end + 1].text == ","


def _described_holder(t) -> bool:
    """Whether a stake noun describes the company set beside it as what it is: "Guardman Investment, current
    manager and owner of all common shares of Y, agreed to sell them" (whatever the clause does)."""
    noun = t.head if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN") else t
    return t.lemma_.lower() in L.OWNER_NOUNS and t.pos_ == "NOUN" and noun.dep_ == "appos"


def _at_one_time(verb) -> bool:
    """Whether a verb of holding is said of a moment past: "at one point held 9.9 pct", "at one time owned"."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.lower_ in ("point", "time", "stage") and any(d.lower_ == "one" for d in g.children) for g in c.children)
        for c in verb.children)


# The words that close a span a holding was told in: "was a unit of X until 1986", "prior to being placed in
# liquidation".
_SPAN_CLOSED = {"until", "till", "prior", "before"}


def _closed_by(t) -> str | None:
    """The word that closes the span of a holding told in the past, if any: "Y was a unit of X until December
    30, 1986" (the copula's, or the noun's own); not "is a unit of X until the sale closes"."""
    verb = t.head
    if t.dep_ != "attr" or verb.lemma_.lower() != "be" or verb.tag_ != "VBD":
        return None
    # ("prior to being placed in liquidation": "prior" may come out an adverb)
    return next((c.text for x in (verb, t) for c in x.children if c.dep_ in ("prep", "advmod") and
                 c.lower_ in _SPAN_CLOSED), None)


def _placed(t):
    """The verb of a holder that has placed its stake with investors, in the past: "has placed its 5 pct stake in
    X", "placed all of its shares" (sold); not "placed an order", nor a stake to be placed ("plans to place its
    stake"), nor "placed the majority of their joint shareholding in Ultramar", a holding decreased, held still
    (``attributes``)."""
    x = t
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.lemma_.lower() == "all":
        x = x.head.head
    if x.dep_ != "dobj" or x.head.lemma_.lower() != "place" or x.head.tag_ not in ("VBN", "VBD"):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "to") for c in x.head.children):
        return None
    return x.head



# Nouns a holding is the make-up of, and verbs that change that make-up: "would reorganise the ownership structure
# of their Viscodrive GmbH joint venture" tells a holding in force whose shares are to change hands.
_HOLDING_MAKEUP = {"structure"}
_RESHAPES = {"reorganise", "reorganize", "restructure", "change", "alter", "rearrange"}


# Verbs that bring a venture into being: "agreed to form their joint venture" tells one still to come.
_VENTURE_FOUNDING = L.FORMING | {"set", "establish", "launch", "start", "found", "build", "organize", "organise"}
# Words on a venture noun that make it one still to come: "their proposed joint venture", "its new venture".
_VENTURE_TO_COME = L.PROPOSED | {"planned", "new", "proposed", "future", "possible"}


def _their_venture(t) -> bool:
    """Whether a joint venture noun names one its partners run already: "their Viscodrive GmbH joint venture",
    "its joint venture with X" (not "their proposed joint venture", nor one still to be formed)."""
    if t.lemma_.lower() != "venture" and not t.text.lower().endswith("venture"):
        return False
    if not any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in t.subtree if c.i < t.i):
        return False
    if any(c.dep_ in ("amod", "compound", "advmod") and c.lemma_.lower() in _VENTURE_TO_COME for c in t.children):
        return False
    return not (t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _VENTURE_FOUNDING)


def _held(t) -> bool:
    """Whether a stake noun is one its owner holds already, whatever is to be done to it: the object of a
    change with an owner ("will raise its holding", "would reduce its stake in X to 22 pct"), or the make-up of
    an owned company that a change is done to ("would reorganise the ownership structure of their X joint venture")."""
    if t.lemma_.lower() not in L.STAKE_NOUNS | {"ownership"}:
        return False
    if t.dep_ == "dobj" and t.head.lemma_.lower() in L.STAKE_CHANGES and any(c.dep_ == "poss" for c in t.children):
        return True
    x = t.head
    return t.dep_ == "compound" and x.lemma_.lower() in _HOLDING_MAKEUP and x.dep_ == "dobj" and \
        x.head.lemma_.lower() in L.STAKE_CHANGES | _RESHAPES and \
        any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and any(
            p.dep_ == "poss" for p in g.subtree if p.i < g.i) for g in c.children) for c in x.children)


def more_taken(t) -> bool:
    """Whether a verb of taking takes more of a company's shares than its subject has: "plans to buy up to 500,000
    more shares each of Viratek and SPI", "may acquire additional shares of Beta" (the holding it adds to is held;
    not "more than 50 pct", an amount, nor "proposed to sell a further five mln shares to X", more than sold
    before, not more than X holds)."""
    if t.pos_ not in ("VERB", "AUX") or VERBS.get(t.lemma_.lower()) not in (RelationType.ACQUISITION, RelationType.STAKE):
        return False
    doc = t.doc
    return any(m.lower_ in L.MORE and (m.i + 1 >= len(doc) or doc[m.i + 1].lower_ != "than")
               for c in t.children if c.dep_ == "dobj" for m in c.subtree if m.i < c.i)


def _hedge(t) -> str | None:
    """The word that hedges the trigger's own clause, if any: "is likely seeking to buy", "would probably
    bid", "is likely to make a bid", "a possible takeover by X" (not one in a clause above or beside it)."""
    x = t
    for _ in range(4):
        hedge = next((c.text for c in x.children if c.dep_ == "advmod" and c.lower_ in L.HEDGES), None)
        if hedge is None and x.lower_ in L.HEDGES:
            hedge = x.text
        if hedge is None and x.i == t.i and t.pos_ == "NOUN":
            hedge = next((c.text for c in t.children if c.dep_ == "amod" and c.lower_ in L.HEDGING_ADJECTIVES), None)
        if hedge is None and x.pos_ in ("VERB", "AUX"):  # "analysts said X could bid for Y"
            hedge = next((c.text for c in x.children if c.dep_ == "aux" and c.tag_ == "MD" and
                          c.lower_ in L.HEDGING_MODALS), None)
        if hedge is not None:
            return hedge
        if x.head.i == x.i or x.dep_ in ("ccomp", "relcl", "advcl", "conj", "parataxis"):
            return None
        x = x.head
    return None


def _prevented(t):
    """The verb that keeps the trigger's deal from happening, if any: "stop X buying a majority of Y",
    "prevent X from acquiring Y"; not one only sought or supposed ("seeking to stop X buying", "could
    prevent X from buying"), nor one of more of a holding ("prevents X from buying additional shares of Y")."""
    verb = t.head.head if t.dep_ == "pcomp" and t.head.lower_ == "from" else t.head if t.dep_ == "ccomp" else None
    if verb is None or verb.i == t.i or verb.lemma_.lower() not in L.PREVENTING or _supposed(verb) or \
            (verb.dep_ in ("xcomp", "pcomp", "pobj") and _wanted(verb) is not None) or _sued_for(verb) or \
            any(c.dep_ == "dobj" and any(m.lower_ in L.MORE for m in c.children) for c in t.children):
        return None
    return verb


def _overtaken(t):
    """The verb of a relative clause on the deal's company that tells it went to a buyer afterwards, if
    any: "merger with Getty Oil, which was later taken over by Texaco", "its bid for Safeway, which was
    later sold to a buyout group"."""
    held = [c for c in t.children if c.dep_ == "dobj"]
    held += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "for", "of") for g in c.children
             if g.dep_ == "pobj"]
    return next((c for y in held for c in y.children if c.dep_ == "relcl" and c.lemma_.lower() in L.TAKEN_OVER and
                 (c.lemma_.lower() != "take" or any(d.dep_ == "prt" and d.lower_ == "over" for d in c.children)) and
                 any(d.dep_ == "nsubjpass" for d in c.children) and
                 any(d.dep_ == "advmod" and d.lower_ in L.AFTERWARDS for d in c.children)), None)


# Nouns of the consent a deal its parties made waits for: "pending final approval of the proposed merger"; and of
# what else such a deal still has to meet or come to: "needed to satisfy conditions of USAir Group's proposed
# acquisition of PSA", "the closing of the proposed sale" (a bid is kept out by its noun: "conditions of its offer").
_CONSENTS = {"approval", "clearance", "consent", "condition", "closing", "completion", "consummation"}


def _approval_of(t):
    """The approval a deal told "proposed" is the object of, if any: "pending final approval of the proposed merger
    of the two airlines", "will seek shareholder approval of the proposed acquisition" (not of a bid: "approval of
    its proposed tender offer" stays an offer; nor one denied: "refused approval of the proposed merger")."""
    if t.pos_ != "NOUN" or t.lemma_.lower() in L.BID_NOUNS | L.PROPOSED or t.dep_ != "pobj" or t.head.lower_ != "of" or \
            not any(c.dep_ == "amod" and c.lower_ == "proposed" for c in t.children):
        return None
    approval = t.head.head
    if approval.lemma_.lower() not in _CONSENTS or approval.pos_ != "NOUN":
        return None
    verb = approval.head
    if any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() in L.REJECTS or \
            any(c.dep_ == "det" and c.lower_ == "no" for c in approval.children):
        return None
    return approval


def _put_to_vote(sent, t) -> bool:
    """Whether the sentence's meeting or vote is on the trigger's deal: a few words up from the deal
    ("a special meeting to vote on the proposed merger", "a meeting to be held in May to consider the
    merger", "the merger will be put to a shareholder vote"), not in a clause reported at it ("said at its
    annual meeting that it plans to buy") nor far off ("withdrew proposals from its annual meeting to focus
    on responding to the takeover offer", however the parse hangs that on the meeting)."""
    votes = [y for y in sent if y.lemma_.lower() in L.VOTE_WORDS]
    on = {y.i for y in votes} | {v.i for y in votes for v in list(y.ancestors)[:3] if v.pos_ in ("VERB", "AUX")}
    x = t
    for _ in range(_VOTE_REACH):
        if x.head.i == x.i or x.dep_ == "ccomp":
            return False
        x = x.head
        if x.i in on:
            return True
    return False


def _sources(sent, t, sentence: str, m: re.Match) -> bool:
    """Whether a rumour's words are the source of the trigger's statement: a verb above it ("is
    said to", "sources said"), a word on such a verb ("reportedly", "according to"), or a rumour
    about it ("speculation of a bid"). Not a rumour about something else in the sentence
    ("Norcros gained on speculation of a bid ..., while Tesco extended its bid"), nor a company
    reporting its own figures ("TWA reported holding 15 pct")."""
    if len(sent.text) != len(sentence):  # the parse reads the sentence blanked (tickers), never shifted
        return True
    first = getattr(sent, "start_char", 0)  # a sentence of a document, or a document of one sentence
    r = next((y for y in sent if m.start() <= y.idx - first < m.end() and y.is_alpha), None)
    if r is None:
        return True
    if r.lower_ in ("reported", "reports") and r.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") and not L.MEDIA_NOUN.search(_words(c))
            for c in r.children):
        return False
    ancestors = {t.i} | {a.i for a in t.ancestors}
    if r.i in ancestors or t in r.subtree:
        return True
    # from the words' first to the word that hangs on the trigger's verbs: "New" of "the New York
    # Times said", "reports" of "according to press reports"
    x = r
    for _ in range(4):
        if x.head.i in ancestors or x.head.i == x.i or x.dep_ not in ("compound", "amod", "pobj", "prep", "det"):
            break
        x = x.head
    # (not through a verb of its own: "X rose on news it is to sell Y, and Z rose on rumours of a recommendation")
    return x.head.i in ancestors and (x.dep_ not in ("prep", "pobj") or x.lower_ == "according") and \
        (x.pos_ not in ("VERB", "AUX") or x.i == r.i or x.lower_ == "according")


def _words(t) -> str:
    return " ".join(y.text for y in t.subtree)


# Verbs that put forward what the gerund or infinitive under them says: "suggested holding talks".
_SUGGESTING = {"suggest", "propose"}


def _rebuffed(near: list, t) -> str | None:
    """The verb that turned down a proposal, told beside the proposing verb: "Williams suggested holding talks with
    Norcros on a possible merger but was rebuffed by Norcros" (the proposal is off; not a bid merely rejected by its
    target, "Norcros rejected the offer", which may stand)."""
    for y in near:
        if y.pos_ not in ("VERB", "AUX") or y.lemma_.lower() not in _SUGGESTING:
            continue
        for c in y.children:
            if c.dep_ == "conj" and c.i > t.i and c.lemma_.lower() in L.REJECTS and c.tag_ == "VBN" and \
                    any(d.dep_ == "auxpass" for d in c.children) and not _ahead(c):
                return c.text
    return None


def _wanted(y):
    """The word that makes a word what a proposal asks for or a party is only ready for ("a proposal to
    negotiate", "interested in discussing", "seeks talks", "was prepared to discuss an acquisition"): the
    word it hangs on, through a preposition, that proposes or wants it; None if there is none."""
    head = y.head.head if y.head.dep_ == "prep" and y.head.head.i != y.head.i else y.head
    if head.dep_ == "xcomp" and head.tag_ in ("VBG", "VB") and head.head.lemma_.lower() in _SUGGESTING:
        head = head.head  # "suggested holding talks with Norcros", "proposed opening negotiations"
    wants = head.i != y.i and (head.lemma_.lower() in L.PROPOSED or head.lower_ in L.PROPOSED or
                               head.lemma_.lower() in _WANTING | _SUGGESTING | _TRYING)
    return head if wants else None


# What a party asks a court or a regulator by: "filed suit to block X from taking control of Y", "sued to
# stop the merger", "a motion to block the merger", "petitioned the court to halt the sale" (while "moved to
# prevent X from acquiring Y" is a step taken).
_RELIEF = {"suit", "lawsuit", "motion", "petition", "complaint", "action", "sue"}


def _sued_for(y) -> bool:
    """Whether a verb is an infinitive that says what a suit or a motion asks for: the end or the block it
    tells is only sought ("filed suit to block Dixons from taking control of Cyclops"), not done."""
    if y.pos_ not in ("VERB", "AUX") or y.dep_ not in ("acl", "advcl", "xcomp", "relcl") or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in y.children):
        return False
    head = y.head
    return head.lemma_.lower() in _RELIEF or any(c.dep_ == "dobj" and c.lemma_.lower() in _RELIEF
                                                for c in head.children)


# Verbs by which a party asks another (a court, a regulator, holders) to do what their infinitive says: "asked
# the court to block the tender offer", "urged the commission to stop the merger" (asked for, not done; "ordered
# X to terminate" and "required X to sell" are decided, and stay told as they are).
_ASKING = {"ask", "urge", "request", "petition", "demand", "recommend"}


def _asked_for(y) -> bool:
    """Whether a verb says what a party asks another to do, as an infinitive or a clause of its own: "asked the
    court to block the tender offer", "the complaint asked the defendants be enjoined from proceeding" (the block
    only sought)."""
    return y.pos_ in ("VERB", "AUX") and y.head.lemma_.lower() in _ASKING and y.head.i != y.i and (
        y.dep_ == "ccomp" or y.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in y.children))


# What stops a deal from going ahead: "block the sale", "halt the merger", "enjoin the takeover".
_HALTS = L.PREVENTING | {"halt", "enjoin"}


def _halt_sought(t):
    """The verb that would stop a deal told by a noun that is no bid, where the stop is only sought, if any:
    "seeking to halt the sale of Avia to Reebok", "aimed at blocking the sale of X to Y" (the deal is its
    parties', made; the seeking is the other side's)."""
    y = t.head
    if t.dep_ != "dobj" or t.pos_ != "NOUN" or y.lemma_.lower() not in _HALTS or \
            t.lemma_.lower() in L.BID_NOUNS | L.PROPOSED:
        return None
    return y if y.dep_ in ("xcomp", "pcomp", "pobj") and _wanted(y) is not None else None


# Talks a deal hangs under, further up the parse than the cues are read ("agreed with General Motors Corp to
# discontinue negotiations on the formation of a joint venture company"): a verb that ends the talks ends the
# deal they were on, when it is told done, or agreed or decided on ("agreed to discontinue negotiations").
_TALK_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions"}
_TALKS_REACH = 8
_RESOLVED = {"agree", "decide", "vote", "elect", "choose"}


def _talks_stopped(t):
    """The verb that ends the talks the trigger hangs under, if any (``_TALK_NOUNS``, ``_TALKS_REACH``)."""
    x = t
    for _ in range(_TALKS_REACH):
        if x.head.i == x.i or x.dep_ in _CLAUSE_EDGES:
            return None
        x = x.head
        if x.lemma_.lower() in _TALK_NOUNS or x.lower_ in _TALK_NOUNS:
            break
    else:
        return None
    verb = x.head
    if x.lemma_.lower() not in _TALK_NOUNS and x.lower_ not in _TALK_NOUNS or x.dep_ != "dobj" or \
            verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in L.CALLED_OFF | L.ENDED:
        return None
    if any(c.dep_ == "neg" for c in verb.children) or _wanted(verb) is not None or _sued_for(verb):
        return None
    if verb.tag_ in ("VBD", "VBN") and not _ahead(verb):
        return verb
    head = verb.head  # "agreed to discontinue negotiations": resolved on, so off
    resolved = verb.tag_ == "VB" and verb.dep_ == "xcomp" and head.lemma_.lower() in _RESOLVED and \
        head.tag_ in ("VBD", "VBN") and not _ahead(head) and not any(c.dep_ == "neg" for c in head.children) and \
        not any(c.dep_ == "aux" and c.lower_ in _AHEAD - {"to"} for c in verb.children)
    return verb if resolved else None


_TALKING = {"discuss", "negotiate"}
_TALKED_REACH = 12


def _talked_of(t):
    """The verb of talks (or talks noun) whose object the trigger is somewhere in, further up than cues are read,
    if it tells talks held ("are discussing", not "want to discuss", "did not discuss")."""
    x = t
    for _ in range(_TALKED_REACH):
        if x.head.i == x.i or x.dep_ == "relcl" or x.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return None
        x = x.head
        lemma = x.lemma_.lower()
        if x.pos_ in ("VERB", "AUX") and lemma in _TALKING or x.pos_ == "NOUN" and lemma in _TALK_NOUNS:
            if any(c.dep_ == "neg" for c in x.children) or _wanted(x) is not None or \
                    x.pos_ == "NOUN" and x.dep_ == "dobj" and x.head.lemma_.lower() in L.CALLED_OFF | L.ENDED:
                return None
            return x
        if x.dep_ in _CLAUSE_EDGES:
            return None
    return None


def _ends(y, t, near: list) -> bool:
    """Whether an end word near the trigger says the deal ended: not when the end is only wanted
    ("seeking to block a takeover offer", "proposing to drop its bid"), a time ("by the end of
    1986", "the week ended March 22", "until a 1979 acquisition"), another word's sense ("a block
    of the stock", "spun off", "fending off a takeover") or a failure of a step around the deal."""
    lemma = y.lemma_.lower()
    if y.dep_ in ("xcomp", "pcomp", "pobj") and _wanted(y) is not None or _sued_for(y) or _asked_for(y):
        return False
    if y.lower_ == "off":
        after = y.nbor(1) if y.i + 1 < len(y.doc) else None
        return y.head.lemma_.lower() in _OFF_VERBS and y.head.i != y.i and not (after is not None and after.like_num)
    if lemma == "end" and (y.pos_ == "NOUN" and y.dep_ == "pobj" and y.head.lower_ in _TIME_PREPS_OF_END or
                           y.dep_ == "acl" and y.head.lower_ in _PERIODS):
        return False
    if lemma == "until" and t in y.subtree:
        return False
    if lemma == "end" and y.i + 2 < len(y.doc) and y.nbor(1).text == "-" and y.nbor(2).lower_ in _CALENDAR | _PERIODS:
        return False  # "will sign around end-April": a time
    if lemma == "end" and any(c.dep_ == "prt" and c.lower_ == "up" for c in y.children):
        return False  # "ended up spinning off its airline": how it came out, the spin-off is told
    if lemma in L.RUNS_OUT and _scheduled_end(y):
        return False  # "the offer expires April 3", "will end on May 1": a deadline, the deal still stands
    if lemma == "block" and y.pos_ == "NOUN":
        return False
    if lemma == "leave" and any(c.dep_ == "prep" and c.lower_ == "with" for c in y.children):
        return False  # "leaving it with only 852,000 shares": what is left, not what ended
    if y.pos_ in ("VERB", "AUX") and _ends_other(y, t, near):
        return False
    if lemma in ("fail", "failure"):
        reach = near.index(y) if y in near else next((k + 1 for k, x in enumerate(near) if y.head.i == x.i), len(near))
        return reach <= _FAILURE_REACH
    return True


def _ends_other(y, t, near: list) -> bool:
    """Whether an end verb ends something the deal is only part of or beside: a term of it ("dropped certain
    conditions of its offer for X", "withdrew its objection to the merger"), or another plan in a clause the
    deal's is set beside ("dropped plans to float X and would instead sell it to Y")."""
    objects = [c for c in y.children if c.dep_ == "dobj"]
    if any(o.i != t.i and o.lemma_.lower() in L.NOT_THE_DEAL for o in objects):
        return True
    k = next((k for k, x in enumerate(near) if x.i == y.i), None)
    return bool(k) and near[k - 1].dep_ == "conj" and any(o.i != near[k - 1].i for o in objects)


def _scheduled_end(y) -> bool:
    """Whether an end verb that takes no object says when the deal is due to run out, not that it has: in
    the present or the future ("expires April 3", "will expire on Friday", "is due to end", "expiring
    May 1"), unless let run out ("let its offer expire", "allowed the offer to lapse")."""
    if y.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in y.children):
        return False
    if y.tag_ in ("VBD", "VBN") and not _ahead(y):
        return False
    if y.dep_ in ("xcomp", "ccomp") and y.head.lemma_.lower() in _LET_RUN_OUT:
        return False
    if _ahead(y):
        return True  # "will expire", "is due to end"
    # in the present, a date says it is a schedule ("expires April 3"); without one, "talks end" tells an end
    return y.tag_ in ("VBZ", "VBP", "VBG", "VB") and any(
        x.i > y.i and (x.ent_type_ in ("DATE", "TIME") or x.lower_ in _CALENDAR) for x in y.subtree)


def _both_sides(t) -> bool:
    """A merger written as both parties' ("the proposed merger of Security Pacific and Rainier", "between
    Progressive and Rainbow"): a deal the two are in, agreed, where one side's proposal is its own ("its
    proposed merger with Baker", "proposed a merger")."""
    return any(p.dep_ == "prep" and p.lower_ in ("of", "between") and
               any(o.dep_ == "pobj" and _and_another(o) for o in p.children) for p in t.children)


def _and_another(o) -> bool:
    """Whether a name is joined by "and" to a second one: as the parse says, or, where a ticker after the first
    name breaks the parse, as the words run ("of Security Pacific Corp <SPC> and Seattle's Rainier Bancorporation")."""
    if any(c.dep_ == "conj" for c in o.children):
        return True
    doc, j = o.doc, max(x.i for x in o.subtree) + 1
    while j < len(doc) and (doc[j].text in "<>" or doc[j - 1].text == "<"):
        j += 1
    return j + 1 < len(doc) and doc[j].lower_ == "and" and (doc[j + 1].pos_ == "PROPN" or doc[j + 1].text == "<")


def _ahead(y) -> bool:
    """Whether an auxiliary puts the verb ahead: "will be completed", "is expected to be finalized"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _AHEAD for c in y.children)


def _pending(y) -> bool:
    """Whether a completion is a condition or a time still to come: "once the merger is completed", "if the
    sale closes", "when the acquisition is completed" (not "after the sale was completed")."""
    return any(c.dep_ == "mark" and c.lower_ in _PENDING for c in y.children) and (
        y.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in L.UNDER_WAY for c in y.children))


def _resisted(t):
    """The verb by which a party holds out against the moves toward a deal the trigger's clause tells ("Dome will
    resist any moves to divest Encor"), if any."""
    if t.dep_ not in ("relcl", "acl") or t.head.pos_ != "NOUN" or t.head.dep_ != "dobj" or \
            t.head.lemma_.lower() not in L.PRESSING:
        return None
    return t.head.head if t.head.head.lemma_.lower() in L.RESISTS else None


def conditioned(t):
    """The word of a condition set off by a comma at the end of a deal verb's own clause, wherever the parse hung it
    ("said it acquired X's subsidiary, Y, for the issue of 3.75 mln shares of Z, subject to regulatory approvals":
    hung on "shares", it still holds up the acquisition), if any. Not one inside a clause of its own below the verb."""
    for y in t.subtree:
        if y.i > t.i + 1 and y.lemma_.lower() in L.CONDITIONAL and y.doc[y.i - 1].text == "," and \
                y.i + 1 < len(y.doc) and y.nbor(1).lower_ in ("to", "on", "upon"):
            x = y
            while x.i != t.i and x.dep_ not in (*_CLAUSE_EDGES, "advcl", "acl", "xcomp", "conj"):
                x = x.head
            if x.i == t.i:
                return y
    return None


def _above(y, chain: dict[int, int]) -> int:
    """Where a word hangs on the trigger's chain of heads (``chain``: token index to its place in it)."""
    while y.i not in chain and y.head.i != y.i:
        y = y.head
    return chain.get(y.i, len(chain))


def _on_condition(verb) -> bool:
    """Whether a verb has a clause of condition: "would hold 36 pct if a joint bid succeeds"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
               for c in verb.children)


def _supposed(y) -> str | None:
    """The modal that makes an end word a supposition, if any: "could collapse", "might be blocked",
    "would block it unless they sign", "if X accepts, Y would terminate its offer". A plain "would"
    ("said it would terminate the agreement") announces the end."""
    verb = y if y.pos_ in ("VERB", "AUX") else y.head
    for v in (verb, verb.head)[: 1 + (verb.dep_ in ("xcomp", "auxpass"))]:
        modal = next((c.lower_ for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
        if modal in _POSSIBLE:
            return modal
        if modal == "would" and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS
                                                              for m in c.children) for c in v.children):
            return modal
    return None


def _documented(t, contracts: bool = False) -> str | None:
    """The signed document a deal noun is told under through prepositions, if any: "a letter of intent for
    a proposed business combination", "an agreement in principle on the proposed merger", or beside it on
    the verb the parse hangs it on ("entered into a letter of intent for a proposed merger", "contracts have
    been exchanged for the sale of X": with ``contracts``, a contract settles a deal too)."""
    signed = L.SIGNED_DOCUMENTS | ({"contract"} if contracts else set())
    x = t
    for _ in range(4):
        if x.dep_ != "pobj" or x.head.dep_ != "prep" or x.head.lower_ not in _DOCUMENT_PREPS:
            return None
        x = x.head.head
        if x.lemma_.lower() in signed:
            return x.text
        if x.pos_ == "VERB":
            beside = [g for c in x.children for g in ([c] if c.dep_ in ("dobj", "nsubjpass") else c.children
                                                      if c.dep_ == "prep" else [])
                      if g.dep_ in ("dobj", "pobj", "nsubjpass")]
            return next((g.text for g in beside if g.lemma_.lower() in signed), None)
    return None


def _settled(rtype: RelationType, status: Status, sentence: str) -> Status:
    """What "ended" and "called off" mean for the type: a takeover that ends before it is done was
    called off; a supply deal, licence or stake that stops has ended (unless talks or a plan did)."""
    if rtype in (R.ACQUISITION, R.MERGER, R.INVESTMENT) and status is S.ENDED:
        return S.CALLED_OFF
    if rtype in (R.STAKE, R.SUPPLY, R.LICENSING, R.JOINT_VENTURE) and status is S.CALLED_OFF and \
            not re.search(r"talks|negotiations|discussions|plan|bid|offer|proposal", sentence, re.I):
        return S.ENDED
    return status


# Verbs that take a stake up: "is purchasing a 25 pct stake", "was taking a larger stake" is a purchase
# under way, agreed and not yet held (where "is raising its stake" changes one held: ``_held``).
_TAKING = {"buy", "purchase", "acquire", "take"}


def _taking(t, verb, rtype: RelationType) -> bool:
    """Whether a stake noun is what a verb of buying takes up."""
    return rtype is R.STAKE and t.dep_ == "dobj" and t.head.i == verb.i and \
        t.lemma_.lower() in L.STAKE_NOUNS and verb.lemma_.lower() in _TAKING


def _told_apart(x) -> bool:
    """A clause whose own subject and finite verb tell it in its own tense: a time or a reason
    ("before it divested", "when Chrysler bought AMC"), or a deal named by its participle ("the
    recently acquired Almaden operations", whose phase-out "is expected to be completed"), or by the
    debt it ran up ("proceeds will be used to reduce floating-rate bank debt incurred in connection with
    the acquisition of 82 pct of Sealy Inc": the debt is the deal's past; the "will" is the debt's)."""
    if x.dep_ == "amod" and x.tag_ == "VBN":
        return True
    if x.dep_ == "acl" and x.tag_ == "VBN" and x.lemma_.lower() in L.RAN_UP and \
            x.head.lemma_.lower() in L.DEAL_DEBTS and not _ahead(x):
        return True
    if x.dep_ == "conj" and x.tag_ == "VBD" and _dated_past(x):
        return True  # "announced plans to acquire X, and last year acquired Y": Y's purchase is done
    return x.dep_ == "advcl" and x.tag_ in ("VBD", "VBZ", "VBP") and \
        any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in x.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)


# Words that put a verb's own time in the past: "last year acquired", "earlier sold".
_PAST_TIMES = {"last", "earlier", "previously", "ago"}


def _dated_past(verb) -> bool:
    """Whether a verb has a time of its own in the past: "last year", "a year ago", "earlier"."""
    return any(c.dep_ in ("npadvmod", "advmod") and (c.lower_ in _PAST_TIMES or any(
        g.lower_ in _PAST_TIMES for g in c.children)) for c in verb.children)


# The auxiliaries of a signing still ahead: "will sign", "would sign next week".
_TO_COME = {"will", "'ll", "shall", "would"}


def _to_sign(y) -> bool:
    """Whether a verb of signing puts a preliminary document ahead: "will sign a letter of intent tomorrow",
    "is expected to sign a memorandum" (not "signed a letter of intent", which settles the deal)."""
    ahead = any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in y.children) or \
        y.dep_ == "xcomp" and y.head.lemma_.lower() in _SCHEDULED
    return ahead and any(c.dep_ == "dobj" and c.lemma_.lower() in L.PRELIMINARY_DOCUMENTS and
                         (c.lemma_.lower() != "letter" or any(g.lower_ == "intent" for g in c.subtree))
                         for c in y.children)


# Verbs that bring talks to a deal: talks that could not be brought to one were called off.
_CONCLUDING = {"complete", "conclude", "finalize", "finalise"}


def _denied(verb) -> bool:
    """Whether a verb is said not to have happened: "could not complete", "was unable to conclude",
    "failed to complete"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "acomp") and head.i != verb.i and (
        head.lemma_.lower() in ("unable", "fail") or head.dep_ == "acomp" and head.lemma_.lower() == "unable")


def _party_of_document(x) -> bool:
    """Whether a relative clause names the party a deal document is for, the deal's infinitive hung on it:
    "signed an agreement for an investment group it heads to acquire X" (the parse hangs "to acquire" on
    "heads"; the agreement above settles it)."""
    noun = x.head
    on = noun.head.head  # the document, or the verb that takes it: "signed a letter of intent for a group it leads"
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and (on.lemma_.lower() in L.DEAL_DOCUMENTS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in L.DEAL_DOCUMENTS for c in on.children)) and \
        any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in x.children)


# An offer that runs out (not one ended by a party) with shares bought under it did its work: "its tender offer
# expired at midnight and it had accepted 2.3 mln shares", "after getting 54 pct with a tender offer that
# expired March 18"; and the verbs that tell the shares taken up.
_EXPIRES = {"expire", "lapse", "end"}
_TAKING_UP = {"accept", "purchase", "buy", "acquire", "get", "obtain", "receive"}


def _taken_under(y):
    """The verb of the expiry's sentence that tells shares taken up, told done and not denied, if any."""
    if y.pos_ not in ("VERB", "AUX") or y.tag_ not in ("VBD", "VBN") or _ahead(y):
        return None
    return next((x for x in y.sent if x.lemma_.lower() in _TAKING_UP and x.pos_ in ("VERB", "AUX") and
                 x.tag_ in ("VBD", "VBN", "VBG") and not _ahead(x) and not _denied(x) and
                 any(c.dep_ == "dobj" for c in x.children)), None)


# The prepositions that give the bid a deal was done by: "acquired control of X in a recent tender offer",
# "shares purchased under its offer".
_MEANS_PREPS = {"in", "through", "under", "via"}


def _means(y, t) -> bool:
    """Whether a bid noun is only the means of a deal told done by the trigger's verb, or by the verb the
    trigger's noun hangs on: "NPN acquired control of Whippany in a recent tender offer", "raised its stake
    to 64 pct through acquisition of another 870,000 shares in its takeover bid" (not "to be purchased in the
    offer", still ahead)."""
    if y.lemma_.lower() not in L.BID_NOUNS or y.dep_ != "pobj" or y.head.lower_ not in _MEANS_PREPS:
        return False
    verb = t if t.pos_ in ("VERB", "AUX") else \
        t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB" else None
    return verb is not None and y.head.head.i in (t.i, verb.i) and verb.tag_ in ("VBD", "VBN") and not _ahead(verb)


# The bodies by which a company decides for itself: "its board", "its directors".
_OWN_BODIES = {"board", "director", "directors"}
# What a company's own body approves that stays the company's offer: "approved a proposal to acquire".
_OWN_PLANS = {"proposal", "plan", "offer", "bid"}


def _own_plan_approved(y, chain: dict[int, int]) -> bool:
    """Whether an approval is a company's own body approving its own offer for the trigger's deal: "its board
    has approved a proposal to acquire the 50 pct of X held by its partners" is an offer still to be accepted
    (while "the American Service board has approved the offer", "its shareholders approved a plan to merge with
    X" are the other side's or the owners' assent)."""
    return y.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _OWN_BODIES and
        any(d.dep_ == "poss" and d.lower_ in ("its", "their") for d in c.children) for c in y.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _OWN_PLANS and c.i in chain for c in y.children)


# Verbs by which a target takes up an offer made for it, and the words of the offer it takes up.
_ACCEPTING = {"accept", "approve", "endorse", "recommend", "back"}
_BIDDING = L.BID_NOUNS | {"propose", "tender"}


def _bid_accepted(sent, t, cues: list[str]):
    """The verb that tells the trigger's offer accepted, told done and later in the sentence, if any: "X has offered
    to purchase 500,000 new shares of Y ..., and the board has accepted Knoll's offer", "it has started a tender offer
    for all Piedmont shares ..., and the Piedmont board ... has unanimously approved the bid" (the parse hangs the
    taking up on the verb of saying, apart from the offer's clause). The offer's status must come from a word of
    bidding, and the offer taken up must be the bidder's (not "accepted Z's offer", another's); not by holders who
    tender ("holders of 40 pct have accepted the offer": the bid runs on), nor only supposed ("would offer 41.75 dlrs
    cash for each SGL share if the SGL board recommended the offer")."""
    if not any(y.lemma_.lower() in _BIDDING for y in sent if y.text in cues):
        return None
    bidder = t.head if t.dep_ in ("xcomp", "dobj") else t
    names = {y.text for c in bidder.children if c.dep_ == "nsubj" for y in c.subtree}
    for y in sent:
        if y.i <= t.i or y.lemma_.lower() not in _ACCEPTING or y.tag_ not in ("VBD", "VBN") or _ahead(y) or \
                any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in _PENDING | _OPEN for c in y.children):
            continue
        offer = next((c for c in y.children if c.dep_ == "dobj" and c.lemma_.lower() in L.BID_NOUNS), None)
        subject = next((c for c in y.children if c.dep_ == "nsubj"), None)
        # (the parse may leave the verb no subject: "the Piedmont board, with two directors absent, has approved")
        if offer is None or subject is not None and subject.lemma_.lower() in L.OWNER_NOUNS:
            continue
        owner = next((c for c in offer.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ == "PRON" or owner.text in names:
            return y
    return None


# Verbs of handing over what pays for a deal: done, they complete the deal they were done for.
_PAYING = {"issue", "pay", "deliver", "transfer"}


def _completed_by(y):
    """The verb of payment a completion is the purpose of, told done, if any: "has issued 23.33 mln shares to
    Preussag to complete the previously announced purchase", "paid 30 mln dlrs to complete the acquisition"
    (not "will provide 279 mln dlrs to complete", "seeking bank debt to complete": still ahead)."""
    head = y.head
    if y.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in y.children) or head.i == y.i:
        return None
    done = head.lemma_.lower() in _PAYING and head.tag_ in ("VBD", "VBN") and not _ahead(head) and \
        not any(c.dep_ == "neg" for c in head.children)
    return head if done else None


# Periods that, after "last", put a time a season or more before the story: "late last year", "last fall".
_LONG_PERIODS = {"year", "fall", "autumn", "summer", "spring", "winter"}


def _year_back(verb) -> bool:
    """Whether a verb is dated a season or more before its story: "late last year", "last fall", "a year ago",
    "two years ago" (not "last week", "earlier this month": a rejection that recent may still be answered)."""
    for c in verb.children:
        if c.dep_ not in ("npadvmod", "advmod", "prep"):
            continue
        words = {x.lower_ for x in c.subtree}
        if words & _LONG_PERIODS and ("last" in words or "ago" in words) or \
                "ago" in words and words & {"years", "months"}:
            return True
    return False


# Verbs that bring a company into being: "Cyacq was formed by Citicorp and Audio Video to acquire Cyclops".
_FOUNDING = {"form", "create", "establish", "organize", "organise", "set", "incorporate"}


def _founded_for(t):
    """The verb that formed a company for the deal an infinitive of purpose tells, if any: "Cyacq was formed
    ... to acquire Cyclops" (the vehicle is formed; the purchase it is for is still a bid), "Codelco and Madeco
    have formed the Chilean Wrought Copper Company to take a 50 pct stake in a new company" (the stake the vehicle
    is for is still to be taken: the formed company is the object, so the verb is active)."""
    x = t.head if t.dep_ == "dobj" and t.lemma_.lower() in L.STAKE_NOUNS else t
    if x.pos_ not in ("VERB", "AUX") or x.tag_ != "VB" or x.dep_ not in ("advcl", "xcomp") or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
        return None
    # (the parse may hang the infinitive on a word between: "formed by X and Y Inc to acquire Z")
    return next((a for a in list(x.ancestors)[:2] if a.lemma_.lower() in _FOUNDING and a.tag_ in ("VBN", "VBD") and
                 any(c.dep_ == "auxpass" or c.dep_ == "dobj" and c.i < x.i for c in a.children)), None)


# Nouns of a vehicle formed for a deal: "forming a venture to acquire Caesars", "set up a company to bid for X".
_VEHICLES = {"venture", "partnership", "group", "consortium", "company", "vehicle"}


def _vehicle_for(t):
    """The verb forming a vehicle for the deal an infinitive on its object tells, if any: "held talks with Pratt
    Hotel Corp and Southmark Corp on forming a venture to acquire Caesars" (the talks are the partners' on the
    vehicle; the purchase it is for is still a bid, nothing discussed with Caesars)."""
    if t.pos_ not in ("VERB", "AUX") or t.tag_ != "VB" or not _infinitive(t) or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return None
    vehicle = t.head
    verb = vehicle.head
    if vehicle.dep_ != "dobj" or vehicle.lemma_.lower() not in _VEHICLES or verb.lemma_.lower() not in _FOUNDING:
        return None
    return verb


# Verbs by which talks bring a deal about: "talks that could lead to Chrysler taking a stake in Lamborghini".
_LEADING_TO = {"lead", "result"}


def _talks_toward(t):
    """The talks noun a deal is what they may lead to, if any: "Joint venture talks that could lead to Chrysler
    Corp taking a stake in Lamborghini are continuing" (the deal is in talks; the modal is the talks' hope, not
    a bid); not talks told ended ("talks that could have led to a merger collapsed")."""
    x = t
    for _ in range(6):
        if x.head.i == x.i:
            return None
        if x.dep_ == "relcl":
            break
        x = x.head
    else:
        return None
    talks = x.head
    if x.lemma_.lower() not in _LEADING_TO or not (talks.lemma_.lower() in _TALK_NOUNS or talks.lower_ in _TALK_NOUNS):
        return None
    verb = talks.head
    if any(c.dep_ == "neg" for c in (*x.children, *verb.children)) or verb.lemma_.lower() in L.CALLED_OFF | L.ENDED:
        return None
    return talks


# A sale a company plans or intends, told with the buyer it is to go to: "said it plans to sell its sawmill ... to
# Ostrander Construction Co", "intends to sell its unit to Y". A named counterparty beside the plan is a deal struck
# with it, still to be done (labels and judges read it agreed); a plan with no buyer ("plans to sell its Trenton Works
# division"), to unnamed buyers ("to three European insurance companies"), a hope, a wish or a proposal ("proposed to
# sell ... to A.N. Soriano Corp") stays proposed.
_PLANNING = {"plan", "intend", "intention"}


def _sale_planned_to(t):
    """The "to" that names the buyer of a sale ``t`` its seller plans or intends ("plans to sell X to Y"), or None."""
    if t.lemma_.lower() not in L.SELLS or t.pos_ != "VERB" or t.dep_ not in ("xcomp", "acl") or \
            t.head.lemma_.lower() not in _PLANNING or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or \
            any(c.dep_ == "neg" for x in (t, t.head) for c in x.children):
        return None
    for x in t.subtree:
        if x.dep_ not in ("prep", "dative") or x.lower_ != "to":
            continue
        # the "to" is the sale's own, not a verb's below it ("to sell X to raise cash to pay Y")
        verb = next((a for a in x.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i != t.i:
            continue
        buyer = next((g for g in x.children if g.dep_ == "pobj"), None)
        if buyer is not None and buyer.pos_ == "PROPN":
            return x
    return None


def _with_party(y) -> bool:
    """Whether a verb of looking into a deal names the other side with "with", on itself or on its object
    ("exploring collaborations with General Motors", "is exploring with Y a merger"): two sides looking
    into it together are in talks; one alone ("is exploring the sale of its stake"), or both only later ("will
    also explore possible new joint ventures with Kestrel"), only proposes it."""
    heads = [y] + [c for c in y.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
               for h in heads for c in h.children)


def _status(sent, t, rtype: RelationType) -> tuple[Status, list[str]]:
    """The status a trigger's context states, and the words that state it."""
    near = [t]
    x = t
    for _ in range(5):
        if x.head.i == x.i or (x.dep_ == "prep" and x.lower_ in _TIME_PREPS) or _told_apart(x) or \
                (x.dep_ in _CLAUSE_EDGES and not (x.dep_ == "relcl" and (x.head.lemma_.lower() in L.DEAL_DOCUMENTS or
                                                                          _infinitive(x) or _party_of_document(x)))):
            break
        x = x.head
        near.append(x)
    # A trigger in a participle of result ("tendered shares had been withdrawn, leaving it with 20 pct",
    # "terminated the accord, leaving it a 5 pct stake") is what is left after the clause above it: an end
    # said there ends something else.
    result = next((k for k, x in enumerate(near) if x.dep_ == "advcl" and x.tag_ == "VBG"), None)
    chain = {x.i: k for k, x in enumerate(near)}
    around = list(near)
    # What a verb the trigger's clause is set beside takes as its own object ("withdrew its *bid* for X and sold
    # its stake in Y") says nothing of the trigger's deal; the verb itself and what it shares may ("is finalising
    # an agreement with X and enlisting Y as an investor", "will buy X and sell Y").
    beside = {x.i for k, x in enumerate(near) if k and near[k - 1].dep_ == "conj" and x.pos_ in ("VERB", "AUX") and
              any(c.dep_ in ("dobj", "xcomp") and c.i != near[k - 1].i for c in x.children)}
    for y in near:
        around += [c for c in y.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "prt", "amod", "acomp",
                                                       "compound", "nsubj", "dobj", "xcomp", "attr") and
                   not (y.i in beside and c.dep_ in ("dobj", "xcomp", "attr", "acomp"))]
    # The bid a deal noun names when it only qualifies one: "Shearson's takeover offer to Hutton was rejected"
    # says of the offer what it says of the takeover.
    bid = t.head if t.dep_ == "compound" and t.head.lemma_.lower() in L.BID_NOUNS else t
    # "the takeover of X by Y which was withdrawn", "an offer from Westinghouse which was later terminated", "received a
    # purchase bid which was later withdrawn": an end told in a relative clause on the deal, on the bid it qualifies or
    # on its party (a company is never withdrawn), ends the deal
    parties = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children
               if g.dep_ == "pobj"]
    around += [c for y in (t, *([bid] if bid.i != t.i else []), *parties) for c in y.children if c.dep_ == "relcl" and
               c.lemma_.lower() in L.CALLED_OFF | L.ENDED and any(d.dep_ == "nsubjpass" for d in c.children)]
    # ...or on the company taken, where the parse hangs the clause on the last name before it: "the takeover of
    # Schlumberger's Fairchild Semiconductor Corp by Fujitsu Ltd which was withdrawn" (a company is never
    # withdrawn; only a word of calling off, since a company may itself be "dissolved")
    if rtype in _ONE_ACT and t.pos_ == "NOUN":
        taken_co = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        bidders = [g for x in taken_co for c in x.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                   for g in c.children if g.dep_ == "pobj"]
        around += [c for y in (*taken_co, *bidders) for c in y.children if c.dep_ == "relcl" and
                   c.lemma_.lower() in L.CALLED_OFF and c.tag_ in ("VBD", "VBN") and not _ahead(c) and
                   any(d.dep_ == "nsubjpass" for d in c.children)]
    # ...and one told of the deal noun itself that ran out or failed on its own: "an offer that has since
    # lapsed", "its bid, which failed" (not one still to run out: "the offer, which expires April 3")
    around += [c for c in t.children if c.dep_ == "relcl" and t.pos_ == "NOUN" and c.lemma_.lower() in L.RUNS_OUT |
               L.CALLED_OFF and c.tag_ in ("VBD", "VBN") and not _ahead(c) and
               not any(d.dep_ in ("dobj", "nsubjpass") for d in c.children)]
    # "offered to acquire X last fall but withdrew the offer", "agreed to sell X but later terminated the
    # agreement": an end told by a verb set beside the deal's own verb ends it, when what it ends is the
    # deal's stage and names no company of its own ("but dropped its bid for Z" ends another bid)
    around += [c for y in near if y.pos_ in ("VERB", "AUX") for c in y.children
               if c.dep_ == "conj" and c.i > t.i and c.pos_ in ("VERB", "AUX") and
               c.lemma_.lower() in L.CALLED_OFF | L.ENDED and (stage := _ended(c)) is not None and
               not any(g.pos_ == "PROPN" for g in stage.subtree)]
    # "in talks to acquire", "nearing a reform": prepositional phrases of the verb chain
    for y in near:
        for c in y.children:
            if c.dep_ == "prep":
                around += [g for g in c.children]
    words = {}
    tokens = {}  # the word each cue was read from
    settled: list[str] = []  # "the planned merger", "to complete the sale": agreed, still to be done
    proposing: list[str] = []  # "prepared to discuss": talks offered, not held
    taken: list[str] = []  # "accepted 2.3 mln shares": the tendered shares bought
    rejected: list[str] = []  # "rejected talks": the talks called off
    talking: list[str] = []  # "will sign a letter of intent": still in talks
    for y in around:
        lemma = y.lemma_.lower()
        if y.i == t.i and lemma in L.CONTROL_WON:
            continue
        if lemma == "sign" and y.pos_ in ("VERB", "AUX") and _to_sign(y):
            talking.append(y.text)
            continue
        if lemma == "sign" and y.tag_ == "VBD" and rtype in _RUNNING and _year_back(y):
            # "Ina signed a similar deal with West Germany's Hoechst AG two years ago": a tie that runs, signed a
            # year or more before the story, is in force, no longer an accord still to take effect
            taken.append(y.text)
            continue
        if (lemma in L.CALLED_OFF or lemma in L.ENDED) and _name_word(y):
            continue  # "other supermarkets, such as Stop and Shop": a word of a name ends nothing
        if y.i != t.i and t.dep_ == "conj" and t.head.i == y.i and t.tag_ in ("VBZ", "VBD") and \
                y.tag_ == t.tag_ and lemma in L.AGREED | L.PROPOSED and \
                not any(c.dep_ in ("aux", "auxpass") for c in (*y.children, *t.children)):
            continue  # "The Motley Fool recommends and owns shares of 3D Systems": a verb beside it is its own act
        if (lemma in L.CALLED_OFF or lemma in L.ENDED) and (
                not _ends(y, t, near) or result is not None and _above(y, chain) > result):
            continue
        if lemma in L.LOOKED_INTO and not any(c.dep_ == "dobj" and t in c.subtree for c in y.children):
            continue
        if lemma in L.LOOKED_INTO and _with_party(y) and not _ahead(y):
            talking.append(y.text)  # "exploring collaborations with General Motors": looked into with the other side
            continue
        if lemma in _EXPIRES and (took := _taken_under(y)) is not None:
            taken.append(took.text)  # "its tender offer expired and it had accepted 2.3 mln shares": it did its work
            continue
        if lemma in L.GIVEN_UP and y.pos_ in ("VERB", "AUX") and _ended(y) is not None and (
                lemma != "give" or any(c.dep_ == "prt" and c.lower_ == "up" for c in y.children)):
            words.setdefault("abandon", y.text)  # "lost its bid for X to Z", "gave up its attempt to buy X"
            tokens.setdefault("abandon", y)
            continue
        if lemma in _BROKEN and rtype in _ONE_ACT and y.pos_ in ("VERB", "AUX") and not _ahead(y) and \
                (stage := _ended(y)) is not None and stage.lemma_.lower() in L.DEAL_NOUNS and stage.i in chain:
            # "the merger violated a prior agreement it had to buy Getty": the deal's own agreement breached
            # by a party is void (not "violated a standstill agreement by buying shares": that one is no deal's)
            words.setdefault("break", y.text)
            tokens.setdefault("break", y)
            continue
        if lemma in _BROKEN and y.pos_ in ("VERB", "AUX") and (stage := _ended(y)) is not None and \
                stage.lemma_.lower() in L.DEAL_NOUNS and stage.i not in chain:
            continue  # "broke its standstill agreement by buying more shares": another agreement, the holding stands
        if lemma in L.CALLED_OFF and any(a.lemma_.lower() in L.UNDOES for a in list(y.ancestors)[:2]):
            continue  # "lifted an injunction blocking the merger"
        # ...or of the attempt the trigger completes: "an unsuccessful effort to acquire Union Carbide"
        if lemma in L.OF_THE_TRIGGER and y.head.i != t.i and not (t.dep_ in ("acl", "xcomp") and y.head.i == t.head.i):
            continue
        if y.lower_ in _MODALS and y.tag_ != "MD":
            continue
        if y.lower_ in ("would", "'d") and y.head.lemma_.lower() in _WISHING:
            proposing.append(y.head.text)  # "said it would like to merge with X": a wish, not a deal settled
            continue
        if _means(y, t):
            continue
        if lemma in _NEGOTIATED and y.tag_ in ("VBD", "VBN") and not _ahead(y) and \
                not any(c.dep_ == "auxpass" for c in y.children) and any(c.dep_ == "dobj" and c.i in chain for c in y.children):
            settled.append(y.text)  # "has negotiated an exclusive long-term contract with Spain's Asturiana de Zinc"
            continue
        if lemma in _WEIGHING and y.pos_ == "VERB" and bid.lemma_.lower() in L.BID_NOUNS and not _with_party(y) and \
                any(c.i == bid.i and c.dep_ == "dobj" for c in y.children):
            continue  # "the board was discussing opposing bids from Norfolk Southern Corp and USAir": weighed, no talks
        wanting = _wanted(y) if lemma in L.IN_TALKS or y.lower_ in L.IN_TALKS else None
        if wanting is not None:  # "its proposal to negotiate a merger", "prepared to discuss": no talks yet
            proposing.append(wanting.text)
            continue
        if lemma in L.APPROVALS and y.dep_ in ("dobj", "nsubjpass") and y.head.lemma_.lower() in L.GIVEN and \
                y.head.tag_ in ("VBD", "VBN") and not _ahead(y.head):
            settled.append(y.text)  # "gave final approval to the proposed acquisition" (not "expects to obtain")
            continue
        if lemma in L.APPROVING and _own_plan_approved(y, chain):
            continue  # "its board has approved a proposal to acquire the 50 pct of X": its own offer, not an accord
        if lemma in L.APPROVING - L.AGREED and y.tag_ in ("VBD", "VBN") and not _ahead(y) and rtype in _DEALS and \
                any(c.i == t.i and c.dep_ in ("dobj", "nsubjpass") for c in y.children):
            settled.append(y.text)  # "the company's board authorized the sale of its Neslemur Co": still to be done
            continue
        if lemma in L.COMPLETION and _completed_by(y) is not None:
            taken.append(y.text)  # "has issued 23.33 mln shares to Preussag to complete the purchase": done
            continue
        if lemma in L.FINALISING and y.tag_ == "VB" and y.dep_ == "xcomp" and y.head.lemma_.lower() in _SCHEDULED and \
                rtype in _ONE_ACT and t.lemma_.lower() not in L.DEAL_DOCUMENTS and \
                any(c.i == t.i and c.dep_ == "dobj" for c in y.children):
            settled.append(y.text)  # "expected to finalise the sale of X in the first half": settled, on a schedule
            continue
        if lemma in L.FINALISING and y.tag_ in ("VBD", "VBN") and not _ahead(y):
            if rtype in _ONE_ACT and t.lemma_.lower() not in L.DEAL_DOCUMENTS and \
                    any(c.i == t.i and c.dep_ in ("dobj", "nsubjpass") for c in y.children):
                taken.append(y.text)  # "finalized the sale of its unit": the deal itself done, not its terms
            else:
                settled.append(y.text)  # "finalized an agreement to sell": settled, still to be done
            continue
        if (lemma in L.IN_TALKS or y.lower_ in L.IN_TALKS) and y.dep_ == "dobj" and \
                y.head.lemma_.lower() in _CONCLUDING and _denied(y.head):
            rejected.append(y.head.text)  # "could not complete the negotiations", "was unable to conclude talks"
            continue
        if lemma in L.PROPOSED and y.dep_ == "amod" and rtype in _ONE_ACT and t.lemma_.lower() not in L.BID_NOUNS \
                and (any(c.lower_ in _SAID_BEFORE for c in y.children) or
                     (rtype is R.MERGER and lemma == "propose" and _both_sides(y.head))):
            settled.append(y.text)
            continue
        # (not "its planned tender offer for the 45 pct of Standard Oil": a bid its maker plans is its proposal)
        if (lemma in L.COMPLETION and (y.tag_ == "VB" or _ahead(y) or _pending(y))) or \
                (y.dep_ == "amod" and y.lower_ in L.SETTLED_MODIFIERS and
                 not (y.lower_ == "planned" and y.head.lemma_.lower() in L.BID_NOUNS)):
            settled.append(y.text)
            continue
        if lemma in L.CONDITIONAL and rtype in _DEALS and y.dep_ in ("acomp", "amod", "advmod", "attr") and \
                y.i + 1 < len(y.doc) and y.nbor(1).lower_ in ("to", "on", "upon"):
            # "the acquisition is subject to approval by holders and regulators": conditions still to be
            # met, so agreed, not done (a word that says it is done outranks it: "completed, subject to ...")
            settled.append(y.text)
            continue
        if lemma in L.INITIALLED and y.tag_.startswith("VB"):
            # "has initialled a 20-year supply contract": its text settled, not yet signed nor in force
            settled.append(y.text)
            continue
        if lemma in L.DELAYS and y.tag_.startswith("VB") and rtype in _DEALS:
            # "the closing of the sale was postponed": agreed, not done yet (a stake sold is still held)
            settled.append(y.text)
            continue
        if lemma in L.REJECTS and y.tag_.startswith("VB") and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in L.IN_TALKS for c in y.children):
            rejected.append(y.text)  # "rejected merger talks with X"
            continue
        if lemma in L.STRUCK_DOWN and y.tag_ in ("VBD", "VBN") and not _ahead(y) and rtype in _ONE_ACT and \
                any(c.i in (t.i, bid.i) and c.dep_ in ("dobj", "nsubjpass") for c in y.children):
            rejected.append(y.text)  # "the Supreme Court overturned its proposed acquisition of X": the deal struck down
            continue
        if lemma in L.REJECTS and y.tag_ in ("VBD", "VBN") and not _ahead(y) and rtype in _ONE_ACT and \
                t.lemma_.lower() not in L.BID_NOUNS and t.lemma_.lower() not in L.PROPOSED and \
                any(c.i == t.i and c.dep_ in ("dobj", "nsubjpass", "dep") for c in y.children):
            rejected.append(y.text)  # "the ICC had rejected the merger of A and B": a deal turned down, blocked
            continue
        if lemma in L.REJECTS and y.tag_ in ("VBD", "VBN") and not _ahead(y) and rtype in _ONE_ACT and \
                bid.lemma_.lower() in L.BID_NOUNS and _year_back(y) and \
                any(c.i == bid.i and c.dep_ in ("dobj", "nsubjpass") for c in y.children):
            # "Late last year, Shearson's takeover offer to Hutton was rejected by Hutton": a bid turned down a
            # year or a season before the story, and told as no more than background, is over
            rejected.append(y.text)
            continue
        if lemma in L.REJECTS and y.tag_ in ("VBD", "VBN") and not _ahead(y) and rtype in _ONE_ACT and \
                _for_another(y) and any(c.i in (t.i, t.head.i) and c.dep_ in ("dobj", "nsubjpass") for c in y.children):
            # "its offer for X was rejected in favour of a lower bid by Y": the seller took another bid, this one lost
            rejected.append(y.text)
            continue
        if lemma == "accept" and y.tag_ in ("VBD", "VBN") and not _ahead(y) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in L.TAKEN_UP for c in y.children):
            taken.append(y.text)  # "had accepted about 2.3 mln shares under a tender offer": bought
            continue
        if (lemma in L.ACTIVE_VERBS | L.ENDED_VERBS or y.lower_ in L.ACTIVE_VERBS) and \
                not (y.pos_ in ("VERB", "AUX") or y.tag_.startswith("VB")):
            continue
        for w in (lemma, y.lower_):
            words.setdefault(w, y.text)
            tokens.setdefault(w, y)
    # Every cue of each status, nearest the trigger first (the order of ``words``), never the
    # order of the vocabulary sets: that changes with each process's hash seed, and which cue is
    # seen decides the status ("signed a letter of intent in which X plans to buy Y").
    top = near[-1]
    if top.dep_ == "ccomp" and top.tag_ == "VBG" and top.head.lemma_.lower() in L.APPROVING and \
            top.head.tag_ in ("VBD", "VBN") and not _ahead(top.head):
        settled.append(top.head.text)  # "the Commission has approved Transcapital acquiring 45 pct of X"
    found: dict[Status, list[str]] = {S.AGREED: settled} if settled else {}
    if talking:
        found[S.IN_TALKS] = talking
    if proposing:
        found[S.PROPOSED] = proposing
    # (of a deal, a contract is one too: "Pennzoil's contract to acquire Getty"; of a tie, "a contract to
    # supply" may be one in force)
    settling = next((x for x in near if (_infinitive(x) or _under_which(x)) and (
        x.head.lemma_.lower() in L.SETTLING or rtype in _DEALS and x.head.lemma_.lower() == "contract")), None)
    document = settling.head if settling is not None else None
    misplaced = None  # the infinitive whose document the parse hung elsewhere, if any
    if document is None:
        misplaced = next((x for x in near if _document_of(x) is not None or _reached_for(x) is not None), None)
        document = None if misplaced is None else _document_of(misplaced) or _reached_for(misplaced)
    # "entered an agreement in principle with X to undertake a research project": an accord whose terms are
    # still to be settled, agreed and not yet in force
    in_principle = next((x for x in near if x.lemma_.lower() in L.DEAL_DOCUMENTS and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "principle" for g in c.children)
        for c in x.children)), None)
    if in_principle is not None:
        settled.append(in_principle.text)
        found[S.AGREED] = list(dict.fromkeys([*found.get(S.AGREED, []), in_principle.text]))
    if document is not None:
        # "Chevron's agreement to buy Hess", "an understanding to sell", and what the deal's verb takes:
        # "reached an agreement to acquire new stock representing a 16 pct interest in X"
        found[S.AGREED] = [document.text]
    elif t.dep_ == "compound" and rtype in _DEALS and t.head.lemma_.lower() in ("agreement", "accord", "pact"):
        found[S.AGREED] = [t.head.text]  # "interfered with Pennzoil's merger agreement with Getty"
    else:
        # "Pennzoil's attempt to acquire Getty", "an effort to buy": an offer, whatever came of it (an end
        # said of it is found below, and outranks it)
        trying = next((x for x in near if _infinitive(x) and x.head.lemma_.lower() in L.ATTEMPTS), None)
        if trying is not None:
            found[S.PROPOSED] = [trying.head.text]
    # "will discuss the company's arrangement to sell", "wants to amend its agreement to purchase": talks or
    # wishes about an agreement its party has already are about changing it; the deal is agreed
    held = document if document is not None and (any(c.dep_ == "poss" for c in document.children) or
                                                 _resulted(document)) else None
    over_held = len(chain) if held is None else chain[misplaced.i] if misplaced is not None else \
        chain.get(held.i, len(chain))
    for status, vocab in ((S.CALLED_OFF, L.CALLED_OFF), (S.ENDED, L.ENDED), (S.IN_TALKS, L.IN_TALKS),
                          (S.PROPOSED, L.PROPOSED), (S.AGREED, L.AGREED), (S.ACTIVE, L.ACTIVE)):
        cues = [text for w, text in words.items() if w in vocab and not (
            held is not None and status in (S.IN_TALKS, S.PROPOSED) and _above(tokens[w], chain) > over_held)]
        if cues:
            found[status] = list(dict.fromkeys([*found.get(status, []), *cues]))
    # A condition the parse hung below the deal verb, on a noun of the price, still holds the deal up; asked only of
    # a verb told done with no word of settling ("agreed to buy ..., subject to" is agreed already)
    if rtype in _ONE_ACT and t.tag_ in ("VBD", "VBN") and not settled and (cond := conditioned(t)) is not None:
        found[S.AGREED] = [*found.get(S.AGREED, []), cond.text]
    if rtype in _ONE_ACT:
        took = _took_effect(t)
        if took is not None:
            taken.append(took.text)
    if taken:
        found[S.ACTIVE] = [*taken, *found.get(S.ACTIVE, [])]
    if (rebuff := _rebuffed(near, t)) is not None:
        rejected.append(rebuff)
    if rejected:
        found[S.CALLED_OFF] = [*rejected, *found.get(S.CALLED_OFF, [])]
    # "stop X buying a majority of Y": the deal will not be
    prevented = _prevented(t) if rtype in _ONE_ACT else None
    if prevented is not None:
        found[S.CALLED_OFF] = [prevented.text]
    overtaken = _overtaken(t) if rtype in _ONE_ACT else None
    if overtaken is not None and S.ACTIVE not in found:  # a deal done stays done, whatever its company's fate
        found[S.CALLED_OFF] = [overtaken.text]
    text = sent.text.lower()
    if re.search(r"\bwas off\b|\bcalled off\b|\bpulled out\b|\bwalked away\b|\b(?:fell|fallen|falls) through\b|\b(?:talks|negotiations|discussions) "
                 r"(?:that|which) (?:have |had )?(?:since )?(?:ended|collapsed|broken down|broke down|fell apart)\b|"
                 # "negotiated a possible bid for X but the talks were broken off two weeks ago"
                 r"\b(?:talks|negotiations|discussions) (?:were|was|have been|had been) (?:broken off|terminated)\b", text):
        found.setdefault(S.CALLED_OFF, ["off"])
    if S.CALLED_OFF not in found and t.lemma_.lower() in L.BID_NOUNS and (
            off := next((m for m in _OFFER_DROPPED.finditer(sent.text)
                         if m.start("bid") <= t.idx - getattr(sent, "start_char", 0) < m.end("bid")), None)) is not None:
        # 'agreed to "promptly" terminate its existing tender offer for all outstanding Cyclops common': the bid
        # its bidder agreed or decided to end is off (quotes or an adverb between may leave the parse no path)
        found[S.CALLED_OFF] = [off.group("verb")]
    if S.CALLED_OFF not in found and (stopped := _talks_stopped(t)) is not None:
        found[S.CALLED_OFF] = [stopped.text]
    if S.ENDED in found and re.search(r"\b(?:end|ended|ending|terminat\w*)\b[^.]{0,30}\b(?:talks|negotiations|"
                                      r"discussions|plan|bid|offer|merger|agreement|pursuit)\b", text):
        found[S.CALLED_OFF] = found.pop(S.ENDED)
    if re.search(r"\bprevious(?:ly)? announced\b", text) and S.ACTIVE not in found and S.AGREED not in found:
        found[S.AGREED] = ["previously announced"]

    def cue(status: Status, among: tuple[str, ...]) -> str | None:
        return next((w for w in found.get(status, ()) if w.lower() in among), None)

    if S.AGREED in found and all(w.lower() in ("will", "'ll") for w in found[S.AGREED]) and \
            cue(S.PROPOSED, ("could", "might", "may")):
        found.pop(S.AGREED)
    if S.AGREED in found and all(w.lower() == "would" for w in found[S.AGREED]) and \
            any(y.lower_ == "would" and y.dep_ == "aux" and _on_condition(y.head) for y in around):
        # "AT&T and Philips would hold 36 pct ... in CGCT if a joint bid ... succeeds": what follows only if a
        # condition is met is proposed, not agreed
        found.pop(S.AGREED)
        found.setdefault(S.PROPOSED, ["if"])
    # A deal is one act: carried on ("would also continue GenCorp's policy of trying to sell WOR to MCA")
    # it is still under way, never in effect; a tie or a holding carried on is.
    going = None if rtype in _ONE_ACT else \
        next((y.text for y in near if y.lemma_.lower() in L.CONTINUING and y.pos_ in ("VERB", "AUX")), None)
    if going and set(found) <= {S.AGREED, S.ACTIVE} and all(w.lower() in ("will", "would", "'ll", "shall")
                                                            for w in found.get(S.AGREED, [])):
        return S.ACTIVE, [going]  # "will continue to furnish disk drives to Unisys": in effect now
    for status in L.STATUS_ORDER:
        if status in found:
            done = cue(S.ACTIVE, ("complete", "completed", "closed", "close")) or next(iter(taken), None)
            if status in (S.PROPOSED, S.AGREED) and done:
                return S.ACTIVE, [done]  # "completed the previously announced sale"
            agreed = cue(S.AGREED, L.SETTLED) or (_documented(t) if status is S.PROPOSED and rtype in _DEALS else None)
            if status is S.PROPOSED and agreed:
                return S.AGREED, [agreed]
            if status is S.PROPOSED and rtype in _ONE_ACT and (to := _sale_planned_to(t)) is not None and \
                    all(w.lower() == t.head.text.lower() for w in found[S.PROPOSED]):
                return S.AGREED, [t.head.text, to.text]  # "plans to sell its sawmill ... to Ostrander Construction Co"
            if status in (S.CALLED_OFF, S.ENDED):
                said = next((tokens[w] for w, text in words.items() if text == found[status][0]), None)
                modal = _supposed(said) if said is not None else None
                if modal:
                    return status, [modal]  # a conditional: the graph lets it vote only if nothing else is said
                ended = _ended(said) if said is not None else None
                if ended is not None and status is S.CALLED_OFF and rtype not in _DEALS and \
                        said.lemma_.lower() in _BROKEN and ended.lemma_.lower() in L.DEAL_NOUNS and \
                        not any(c.lower_ == "off" for c in said.children):
                    return S.ENDED, [found[status][0], ended.text]  # "broke the five year agreement": one in force
                if ended is not None:
                    return status, [found[status][0], ended.text]  # "withdrew", "bid": the stage it ended at
                written = _stage_written(t) if status is S.CALLED_OFF or rtype in _ONE_ACT else None
                if written is not None:
                    return status, [found[status][0], written.text]  # "the planned merger ... was off": agreed
            return status, found[status][:1]
    # No cue: the verb's tense decides; a noun states what is.
    verb = next((y for y in near if y.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return S.AGREED, ["will"]
    # A headline's infinitive is its future: "Dell to buy EMC in $67 billion deal", "True North to sell Actify
    # Data Labs to Voxco" announce a deal, they do not report it done.
    if verb is not None and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            verb.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "dep") and c.i < verb.i for c in verb.children) or
            verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN"):
        return S.AGREED, ["to"]
    # "X is to sell its Ampex unit for 479 mln dlrs": a company's deal arranged, still to be done (not "its
    # policy is to sell", a noun's aim, nor "if X were to acquire", a supposition).
    if verb is not None and verb.i == t.i and verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.lemma_.lower() == "be" and \
            verb.head.tag_ in ("VBZ", "VBP") and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON")
                                                     for c in verb.head.children):
        return S.AGREED, [verb.head.text]
    # A deal verb in its base form under a word of wanting or demanding, with no word that sets its
    # status, is not done: "the Justice Department required that Baker sell off Reed Tool", "under
    # pressure to sell its stake in X", "its desire to acquire" (while "paid 150 mln dlrs last year to
    # buy", "exercised its option to purchase" tell a deal done). One expected on a schedule is as
    # agreed as one that "will" happen: "expects to merge with X in early May".
    if verb is not None and verb.tag_ in ("VB", "VBP") and (verb.i == t.i or (
            t.dep_ == "dobj" and t.head.i == verb.i and t.lemma_.lower() in L.STAKE_NOUNS)) and \
            not any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in verb.children):
        head = verb.head
        governors = {head.lemma_.lower(), *(g.lemma_.lower() for c in head.children if c.dep_ == "prep"
                                            for g in c.children if g.dep_ == "pobj")}
        if verb.dep_ == "xcomp" and head.lemma_.lower() in _SCHEDULED:
            return S.AGREED, []
        if verb.tag_ == "VB" and (verb.dep_ == "xcomp" or verb.dep_ == "acl" and head.pos_ == "NOUN") and \
                head.lemma_.lower() in _DECIDED and not any(c.dep_ == "neg" for c in head.children):
            return S.AGREED, [head.text]  # "have decided to sell their combined 65 pct stake": to be done
        if verb.tag_ == "VB" and governors & (_WANTING | _MANDATES) or verb.dep_ == "ccomp" and \
                head.lemma_.lower() in _MANDATES:
            return S.PROPOSED, []
    # A deal noun that an infinitive of carrying out takes, with no word that sets its status, is settled and still to
    # be done: "instructed legal advisers to implement a merger", "took steps to effect the merger" (not "has
    # implemented the merger", a deal done).
    if verb is not None and rtype in _ONE_ACT and t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.i == verb.i and \
            verb.tag_ == "VB" and verb.lemma_.lower() in _CARRY_OUT and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
            t.lemma_.lower() not in L.BID_NOUNS | L.PROPOSED and \
            not any(c.dep_ == "neg" for x in (verb, verb.head) for c in x.children):
        return S.AGREED, [verb.text]
    reported = verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in L.REPORTING and not any(
        x.lower_ in L.SAID_BEFORE for c in verb.head.children if c.dep_ in ("npadvmod", "advmod", "prep")
        for x in c.subtree)
    aux = next((c.text for c in verb.children if c.dep_ == "aux" and (
        c.lower_ in L.UNDER_WAY or reported and c.lower_ in L.UNDER_WAY_REPORTED)), None) \
        if verb is not None and verb.tag_ == "VBG" and (verb.i == t.i and rtype in _DEALS or _taking(t, verb, rtype)) \
        else None
    if aux:
        return S.AGREED, [aux]
    # "following the recent agreement for the sale of Harper and Row to News Corp", "contracts have been
    # exchanged for the sale of X to Y": a deal noun that names no stage of its own, told as what a signed
    # document is for, is settled and still to be done, not done
    if rtype in _ONE_ACT and t.pos_ == "NOUN" and (document := _documented(t, contracts=True)) is not None:
        return S.AGREED, [document]
    talked = _talked_of(t)
    if talked is not None:
        # "the two companies are discussing a number of topics ranging from a joint venture in the production
        # area to ...": what talks are about, however far down their object, is talked of, not in force
        return S.IN_TALKS, [talked.text]
    return S.ACTIVE, []
