"""What a story's next sentences tell of a deal or an office its sentence left open: wire copy often tells a
fate in a sentence of its own that names neither party.

- A bid told in the past whose target the next sentence says went to another buyer afterwards ("... last
  year raised its initial bid for Safeway Stores by approximately 10 pct when Safeway resisted. However,
  that company was later sold to a buyout group that topped the Hafts."), or whose bidders it says lost
  ("... which last year made a bid for California-based Safeway Stores Inc. The Hafts lost, but walked
  away with at least 100 mln dlrs in profits"): the bid is called off, told by that sentence.
- An officer told retired or former whom a later sentence of the story has return to the office ("retired
  CBS chairman William S. Paley. Tisch was then named chief executive officer and Paley returned as
  chairman."): the office is held again, told by that sentence.
- A deal agreed or offered whose fate a later sentence tells by its noun alone, in the past ("shareholders
  approved the merger of the company with Questar Corp. ... Under terms of the merger, which took effect
  today, ..."; "The acquisition was completed Friday"): the deal is in force, told by that sentence, when
  the story tells no other deal that noun could be.
- A sale or purchase told only planned whose closing a later sentence sets ("The company said the transaciton
  shoould be finalized in early April") or whose document a later sentence has signed ("The parent company said it
  signed a letter of intent to sell the stock to <WASA Europeiska Forsakrings AB> ..."): agreed, told by that sentence,
  when every deal the story told before is of one pair of companies.
- An office given whose start a later sentence puts off to an event still to come ("named Robert J. Fitzpatrick
  president of Euro Disneyland. Disney said the appointment becomes effective when it and the French government
  sign the definitive agreement"): agreed, not held yet, when the story gives an office to one person only.
- A merger of two companies of which another sentence of the story makes one the other's subsidiary ("Rabbit
  Software Corp said it agreed in principle to merge with CTI Data Inc ... CTI will become a wholly owned
  subsidiary of Rabbit"; "shareholders approved the merger of the company with Questar Corp ... Universal said it
  will operate as a wholly owned unit of Questar"), or whose shareholders a sentence has the other pay in its own
  paper ("Pilgrim ... said it will issue two mln shares ... to Marketing Technologies shareholders"; "the
  securities Chemical will issue to Texas Bancshares shareholders as part of the merger"): one absorbs the other, a
  takeover, no merger of equals.
- A bid told only offered whose target's board another sentence of the story says approved it ("Service Control
  said it has started a tender offer for all shares of American Service ... The American Service board has
  approved the offer"; "the offer, which has been approved by the Harper and Row board"), or whose merger
  agreement another sentence refers to as made ("if the merger agreement is terminated under certain
  circumstances"; "required under the previously announced acquisition agreement"): agreed, from its first
  mention, when every bid the story told before is of one pair of companies.
- A deal told done by its noun alone ("Baldrige has serious concerns about the sale of Fairchild Semiconductor
  Corp. to Fujitsu Ltd.") that another sentence of the story tells still to be done ("if the sale went through it
  could leave the U.S. military overly dependent"; "the merger is subject to approval by shareholders"; "the
  acquisition is expected to be completed in May"): agreed, from its first mention, when every deal of the story
  that noun could be is of one pair of companies.
- A deal told done whose noun a later sentence tells approved at a time of that sentence's own before the story
  ("UtiliCorp United Inc said it completed the acquisition of West Virginia Power from Dominion Resources ... The sale
  was approved by the West Virginia Public Service Commission in January and became effective March one"): agreed at
  that time, its step before the completion, told by that sentence, when every deal the story told before is done and
  of one company bought or one pair.
"""

from __future__ import annotations

import dataclasses
import re

from ..models import EntityKind, Mention, RelationType, Status
from .lexicon import MONTHS
from .names import name_key

_BIDS = (RelationType.ACQUISITION, RelationType.MERGER)
_OPEN = (Status.PROPOSED, Status.IN_TALKS)
_OPENER = r"^\W*(?:(?:However|But|Instead),?\s+)?"
# "that company was later sold to a buyout group", "the company was subsequently acquired by X"
_LATER_SOLD = re.compile(_OPENER + r"(?:[Tt]hat|[Tt]he|[Tt]his)\s+(?:company|firm|concern|group|chain|target|bank|"
                         r"airline|retailer)\s+(?:was|were)\s+(?:later|subsequently|eventually|ultimately|instead)\s+"
                         r"(?:sold|acquired|bought|taken\s+over|purchased)\b(?P<rest>[^.;]*)")
# "The Hafts lost, but ...", "They lost out", "It lost the battle": the bidders lost (a sum lost is no defeat)
_LOST = re.compile(_OPENER + r"(?:(?:The\s+)?[A-Z][a-z]+s|They|It|The\s+bidders?)\s+lost"
                   r"(?=\s*[,.;]|\s+out\b|\s+the\s+(?:bid|battle|fight|contest|bidding)\b)")
# "Paley returned as chairman", "Smith was reinstated as president"
_RETURNED = r"\s+(?:returned|came\s+back|was\s+reinstated|was\s+reappointed|was\s+re-?elected)\s+as\s+" \
            r"(?:its\s+|the\s+)?(?P<title>[a-z][a-z -]{2,40}?)\b(?=\s*[,.;]|\s+(?:and|of|at|in|on)\b)"


# "the merger, which took effect today", "the acquisition became effective Monday", "the sale was completed":
# a deal's own noun told in force in the past (not "will take effect", "is expected to be completed", "was not
# completed"; "took effective" is a slip of the wire for "took effect")
_IN_FORCE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?P<deal>merger|acquisition|takeover|purchase|sale)\s*,?\s+"
                       r"(?:(?:which|that)\s+)?(?:(?:has|had)\s+)?(?:"
                       r"(?:took|taken|became|become)\s+effect(?:ive)?|"
                       r"(?:was|were|has\s+been|had\s+been)\s+(?:completed|consummated|closed|finali[sz]ed))\b")
# The deals each noun may stand for.
_NOUN_DEALS = {"merger": (RelationType.MERGER, RelationType.ACQUISITION),
               "acquisition": (RelationType.ACQUISITION,), "takeover": (RelationType.ACQUISITION,),
               "purchase": (RelationType.ACQUISITION,), "sale": (RelationType.DIVESTMENT, RelationType.ACQUISITION)}
_UNDONE = (Status.PROPOSED, Status.AGREED)


def _in_force(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The deals a later sentence tells in force by their noun alone (``_IN_FORCE``), one mention each, told by
    that sentence: only where every deal of the story that noun could be is of one pair of companies."""
    out = []
    for a, b in spans:
        found = _IN_FORCE.search(text, a, b)
        if found is None:
            continue
        kinds = _NOUN_DEALS[found.group("deal").lower()]
        # every deal of the story the noun could name, told before it
        told = [m for m in mentions if m.type in kinds and m.end <= a]
        pairs = {frozenset((m.source, m.target)) for m in told}
        if len(pairs) != 1:
            continue
        for kind in kinds:
            open_ = [m for m in told if m.type is kind]
            if not open_ or any(m.status not in _UNDONE for m in open_) or \
                    any(m.type is kind and m.start == a for m in mentions):
                continue
            m = open_[-1]
            out.append(dataclasses.replace(m, status=Status.ACTIVE, sentence=text[a:b], start=a, end=b,
                                           cues=[" ".join(found.group(0).split()[-2:])], attributes={}))
    return out


# "The company said the transaction should be finalized in early April": a closing set for a deal only planned
# (wire copy's misspellings too: "the transaciton shoould be finalized")
_TO_CLOSE = re.compile(r"\b[Tt]he\s+(?:trans\w*|sale|deal|purchase|acquisition)\s+(?:sh\w*ould|is\s+expected\s+to|"
                       r"will|is\s+scheduled\s+to|is\s+due\s+to)\s+(?:be\s+)?(?:finali[sz]ed|completed|closed|"
                       r"consummated|close)\s+(?:in|by|on|at|within|before|next|later)\b")
# "The parent company said it signed a letter of intent to sell the stock to <WASA Europeiska Forsakrings AB>": a
# document of the deal signed by its parties, in a sentence that may name neither as the plan's sentence did (not "will
# sign", "expects to sign", "has not signed": the verb is a past of its own, with no negation before it; and the
# document one of a sale, a purchase or a merger, not "reached an agreement with its unions")
_SIGNED = re.compile(r"(?<!not\s)(?<!n't\s)\b(?:signed|executed|entered\s+into|reached|concluded)\s+(?:a|an)\s+"
                     r"(?:(?:non-?binding|preliminary|formal|definitive)\s+)?(?:letter\s+of\s+intent|"
                     r"agreement\s+in\s+principle|agreement|contract)\s+(?:to\s+(?:sell|buy|acquire|purchase|merge)|"
                     r"for\s+(?:the\s+)?(?:sale|purchase|acquisition|merger)|covering)\b")

#: The sentences that settle a sale or a purchase an earlier sentence told only planned, each with the cue it is
#: told by: a closing set for it, and a document of it signed.
_SETTLED_LATER: tuple[tuple[re.Pattern, str], ...] = ((_TO_CLOSE, "to be finalized"), (_SIGNED, "signed"))


def _closing_set(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, with a sale or purchase only proposed told agreed where a later sentence sets its closing
    ("Louisiana-Pacific Corp said it plans to sell its sawmill ... to Ostrander Construction Co. The company said
    the transaction should be finalized in early April.") or tells a document of it signed ("Brougher Insurance Group
    Inc said it plans to sell 40 pct of the stock of its subsidiary, Intercontinental Corp, ... The parent company said
    it signed a letter of intent to sell the stock to ...", ``_SETTLED_LATER``): only where every deal of the story
    told before is of one pair of companies, each mention of it only proposed, and that sentence tells none of its
    own; told by that sentence."""
    out = list(mentions)
    for a, b in spans:
        found = next(((m, cue) for pattern, cue in _SETTLED_LATER if (m := pattern.search(text, a, b)) is not None),
                     None)
        if found is None:
            continue
        told = [m for m in out if m.type in (RelationType.ACQUISITION, RelationType.DIVESTMENT) and m.end <= a]
        if len({frozenset((m.source, m.target)) for m in told}) != 1 or \
                any(m.status is not Status.PROPOSED for m in told) or \
                any(m.start == a and m.type in _ANY_DEAL for m in out):
            continue
        out += [dataclasses.replace(m, status=Status.AGREED, sentence=text[a:b], start=a, end=b,
                                    cues=[found[1]], attributes={}) for m in {m.key: m for m in told}.values()]
    return out


# "the appointment becomes effective when ...", "his appointment will take effect upon ...", "the appointments
# are effective after the merger": an office's start put off to an event to come (not "effective immediately")
_PUT_OFF = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]his)\s+(?:appointment|election|nomination|promotion)s?\s+"
                      r"(?:(?:becomes?|is|are|will\s+become|will\s+be|would\s+become|would\s+be)\s+effective|"
                      r"(?:takes?|will\s+take|would\s+take)\s+effect)\s+(?:only\s+)?(?:when|upon|on\s+completion|once|after|"
                      r"following|with\s+the\s+(?:completion|closing|signing))\b")


def _put_off(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, with an office held told agreed where a later sentence puts its start off (``_PUT_OFF``)."""
    out = list(mentions)
    for a, b in spans:
        if _PUT_OFF.search(text, a, b) is None:
            continue
        given = [m for m in out if m.type is RelationType.ROLE and m.source_kind is EntityKind.PERSON and
                 m.status is Status.ACTIVE and m.end <= a]
        if len({m.source for m in given}) != 1:
            continue
        # the office of the last sentence that gives one before it, at its companies
        last = max(m.start for m in given)
        offices = [m for m in given if m.start == last]
        if len(offices) == 1:  # (not "named X, now vice president, president": one held, one given)
            out[out.index(offices[0])] = dataclasses.replace(offices[0], status=Status.AGREED, cues=["effective when"])
    return out


def _next_sentence(spans: list[tuple[int, int]], end: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a >= end), None)


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", name)}


# "KLM said it is negotiating for a minority stake in a British and Commonwealth courier service": talks under
# way, told in the present (not "is not negotiating", "was negotiating", "is negotiating with unions")
_NEGOTIATING = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:negotiating|in\s+(?:talks|negotiations|"
                          r"discussions)|holding\s+(?:talks|negotiations|discussions))\s+(?:for|to|with|on|over|about)\b")
# The words by which a party wants a deal: "is seeking to buy one-third of IML from British and Commonwealth".
_SEEKING = {"seeking", "seeks", "seek", "wants", "want"}


def _in_talks_told(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, with a deal only sought told in talks where an earlier sentence of the story says a party
    of it is negotiating ("KLM said it is negotiating for a minority stake in a British and Commonwealth
    Shipping Plc courier service. KLM ... is seeking to buy one-third of IML Air Services from British and
    Commonwealth."): the seeking is what the talks are about."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.status is not Status.PROPOSED or not m.cues or any(c.lower() not in _SEEKING for c in m.cues):
            continue
        parties = _words(m.source) | _words(m.target)
        for a, b in spans:
            if b > m.start:
                break
            told = _NEGOTIATING.search(text, a, b)
            if told is not None and _words(text[a:b]) & parties:
                out[k] = dataclasses.replace(m, status=Status.IN_TALKS, cues=[" ".join(told.group(0).split()[1:-1])])
                break
    return out


# Talks a story tells with a labour union: "willing to resume negotiations with the United Auto Workers", "resume
# talks with the union", "labor talks", "contract talks with the Teamsters".
_UNION_TALKS = re.compile(r"\b(?:(?:negotiations|talks|bargaining|discussions)\s+with\s+(?:the\s+|its\s+)?(?:[A-Z][\w.&'-]*\s+"
                          r"|local\s+){0,5}(?:Workers|Union|Unions|union|unions|Teamsters|Machinists|Brotherhood|"
                          r"Steelworkers|Mineworkers)\b|(?:labor|labour|wage|union)\s+(?:talks|negotiations|bargaining)\b)")
# A talks word with no party of its own: "Negotiations began on January 21 on a contract for American Motors to ...".
_BARE_TALKS = {"negotiations", "talks", "bargaining", "discussions"}


def _labour_talks(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, with a tie between companies that a sentence tells in talks by a bare talks word ("Negotiations
    began on January 21 on a contract for American Motors to build its new ZJ sports Jeep and to assemble Chrysler
    Corp's <C> Omni and Horizon cars") no longer in talks where an earlier sentence of the story has the talks be
    with a union ("willing to resume negotiations with the United Auto Workers"): those are labour talks, and the
    work the contract is for is the company's plan, agreed with the other firm."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.status is not Status.IN_TALKS or m.source_kind is not EntityKind.COMPANY or \
                len(m.cues) != 1 or m.cues[0].lower() not in _BARE_TALKS or re.search(r"\bwith\b", m.sentence):
            continue
        told = next((u for a, b in spans if b <= m.end and (u := _UNION_TALKS.search(text, a, b)) is not None), None)
        if told is not None:
            out[k] = dataclasses.replace(m, status=Status.AGREED, cues=[told.group(0)])
    return out


# A takeover told of two companies in a sentence of its own: "its agreement to acquire <First National> has been
# terminated", "Montedison has agreed to acquire Antibioticos", "the proposed merger with X".
_TAKEOVER_WORDS = re.compile(r"\b(?:acquir\w*|buy(?:s|ing)?|bought|purchas\w*|takeover|take\s+over|merg\w*|tender\s+offer)\b",
                             re.I)


def _deal_talks(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, less an alliance that is a takeover's own talks or accord: one between two companies of
    which the story's mentions have one take over or merge with the other ("The agreement between Norstar and
    Fleet includes a lock-up option", "billed the proposed merger as a partnership of two companies", "a three
    way deal among USAir, Piedmont and TWA"), or one in talks told by a bare talks word alone ("due to
    protracted negotiations with First National") between two companies that a sentence of the story has one
    take over or merge with the other ("its agreement to acquire <First National Entertainment Corp> has been
    terminated"): the accord and the talks are that deal's, no alliance of their own."""
    alliances = [m for m in mentions if m.type is RelationType.ALLIANCE]
    if not alliances:
        return mentions
    deals = {frozenset((m.source, m.target)) for m in mentions if m.type in _BIDS}
    drop = set()
    for m in alliances:
        if frozenset((m.source, m.target)) in deals:
            drop.add(id(m))
            continue
        if m.status is not Status.IN_TALKS or not m.cues or any(c.lower() not in _BARE_TALKS for c in m.cues):
            continue
        one, other = _named(m.source), _named(m.target)
        if one is None or other is None:
            continue
        if any(_TAKEOVER_WORDS.search(text, a, b) and one.search(text, a, b) and other.search(text, a, b)
               for a, b in spans):
            drop.add(id(m))
    return [m for m in mentions if id(m) not in drop]


def _named(name: str) -> re.Pattern | None:
    """A pattern for a company's name as a story writes it again: its first two words ("First National" for First
    National Entertainment), or its one word."""
    words = name.split()[:2]
    if not words or len(words[0]) < 3:
        return None
    return re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b")


def aftermath(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, with a called-off bid and a resumed office added where a later sentence tells them
    (``spans``: the sentences' spans in ``text``)."""
    out = list(mentions)
    said = {(m.type, m.source, m.target, m.start) for m in mentions}
    for m in mentions:
        if m.type in _BIDS and m.status in _OPEN:
            span = _next_sentence(spans, m.end)
            if span is None:
                continue
            after = text[span[0] : span[1]]
            sold = _LATER_SOLD.match(after)
            # not the bidder itself buying it later ("that company was later sold to Dart")
            if sold is not None and not (_words(m.source) & _words(sold.group("rest"))):
                cue = "later sold"
            elif _LOST.match(after) and sum(1 for x in mentions if x.start == m.start and x.type in _BIDS
                                           and x.status in _OPEN) == 1:
                cue = "lost"
            else:
                continue
            if (m.type, m.source, m.target, span[0]) in said:
                continue
            said.add((m.type, m.source, m.target, span[0]))
            out.append(dataclasses.replace(m, status=Status.CALLED_OFF, sentence=after, start=span[0], end=span[1],
                                           cues=[cue], attributes={}))
        elif m.type is RelationType.ROLE and m.source_kind is EntityKind.PERSON and m.status is Status.ENDED:
            surname = m.source.split()[-1]
            title = str(m.attributes.get("title", "")).lower()
            if not title or len(surname) < 3:
                continue
            back = re.compile(r"\b" + re.escape(surname) + _RETURNED)
            for a, b in spans:
                if a < m.end:
                    continue
                found = back.search(text[a:b])
                if found is None or found.group("title").strip().lower() != title:
                    continue
                out.remove(m)
                out.append(dataclasses.replace(m, status=Status.ACTIVE, sentence=text[a:b], start=a, end=b,
                                               cues=["returned"]))
                break
    out = _put_off(out + _in_force(out, text, spans), text, spans)
    out = _own_unit_allies(out)
    out = _absorbing(_in_talks_told(_labour_talks(_deal_talks(out, text, spans), text, spans), text, spans), text, spans)
    out = _still_to_be_done(_bid_approved(out, text, spans), text, spans)
    return _approved_before(_proposed_made(_closing_set(_sold_since(out), text, spans)), text, spans)


# A bid's target's board that approved it, in a sentence of its own: "The American Service board has approved the
# offer", "The ChemLawn board has approved the tender and a merger", "the offer, which has been approved by the
# Harper and Row board" (not "would approve", "has not approved", "approved a plan to ...": the noun names the bid)
_BOARD_NAME = r"(?P<board>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|and|&|of)){0,4}?)(?:['’]s?)?\s+board(?:\s+of\s+directors)?"
_BID_NOUN = r"(?:offer|tender(?:\s+offer)?|bid|merger|acquisition|takeover|transaction|deal|proposal)"
_BOARD_APPROVED = re.compile(
    r"\b[Tt]he\s+" + _BOARD_NAME + r"\s+(?:has\s+|had\s+|have\s+)?(?:unanimously\s+)?approved\s+the\s+"
    r"(?:\w+\s+){0,2}?" + _BID_NOUN + r"\b|"
    r"\b[Tt]he\s+" + _BID_NOUN + r",?\s+which\s+(?:has|had)\s+been\s+(?:unanimously\s+)?approved\s+by\s+the\s+"
    + _BOARD_NAME.replace("?P<board>", "?P<board2>") + r"\b")
# A merger agreement referred to as made: "if the merger agreement is terminated under certain circumstances", "under
# the previously announced acquisition agreement", "Under terms of the merger agreement, ..." (not "would sign a
# merger agreement", "terminated the merger agreement": a deal off)
_AGREEMENT_MADE = re.compile(
    r"\b(?:[Ii]f\s+the\s+(?:merger|acquisition)\s+agreement\s+(?:is|were|was)\s+terminated|"
    r"[Uu]nder\s+(?:the\s+)?(?:terms\s+of\s+)?the\s+(?:previously[- ]announced\s+)?(?:merger|acquisition)\s+agreement|"
    r"the\s+previously[- ]announced\s+(?:merger|acquisition)\s+agreement)\b")


def _bid_approved(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, with a bid only offered told agreed, in place, where a later sentence says its target's board
    approved it (``_BOARD_APPROVED``, the board named by the target) or refers to its merger agreement as made
    (``_AGREEMENT_MADE``): only where every bid the story told before that sentence is of one pair of companies,
    each mention of it only offered."""
    out = list(mentions)
    for a, b in spans:
        approved = _BOARD_APPROVED.search(text, a, b)
        made = _AGREEMENT_MADE.search(text, a, b) if approved is None else None
        if approved is None and made is None:
            continue
        # (the agreement may be told in the bid's own sentence: "extending the offer ... to finalize the terms ...
        # required under the previously announced acquisition agreement")
        told = [m for m in out if m.type in _BIDS and (m.start < a or (approved is None and m.start == a))]
        if len({frozenset((m.source, m.target)) for m in told}) != 1 or \
                any(m.status is not Status.PROPOSED for m in told):
            continue
        if approved is not None:
            board = _words(approved.group("board") or approved.group("board2"))
            # the board named by the target's words, not by the bidder's ("The American Service board", a bid by
            # Service Control)
            if not board or not all(board <= _words(m.target) and not board <= _words(m.source) for m in told):
                continue
            cue = "board approved"
        else:
            cue = "merger agreement"
        for k, m in enumerate(out):
            if m in told:
                out[k] = dataclasses.replace(m, status=Status.AGREED, cues=[cue])
    return out


# A deal's own noun told still to be done: "if the sale went through", "once the merger is completed", "the
# acquisition is subject to approval by shareholders", "The transaction is expected to close in May" (not "the
# merger was completed", "was subject to", "when the sale went through": a past; "transaction" and "deal" may be any deal)
_STILL_TO_BE_DONE = re.compile(
    r"\b(?:(?:(?:if|unless)\s+the\s+(?:proposed\s+|planned\s+)?(?P<deal>merger|acquisition|takeover|purchase|sale|"
    r"transaction|deal)\s+(?:goes|went|is|were)|(?:until|once|when|before)\s+the\s+(?:proposed\s+|planned\s+)?"
    r"(?P<deal4>merger|acquisition|takeover|purchase|sale|transaction|deal)\s+(?:goes|is))\s+"
    r"(?:through|completed|consummated|closed)|"
    r"[Tt]he\s+(?:proposed\s+|planned\s+)?(?P<deal2>merger|acquisition|takeover|purchase|sale|transaction|deal)\s+"
    r"(?:is|remains|will\s+be)\s+(?:still\s+)?(?:subject\s+to|conditional\s+on|contingent\s+(?:up)?on)|"
    r"[Tt]he\s+(?:proposed\s+|planned\s+)?(?P<deal3>merger|acquisition|takeover|purchase|sale|transaction|deal)\s*"
    r"(?:,\s*(?:which|that)\s+)?is\s+expected\s+to\s+(?:close|be\s+(?:completed|closed|consummated))\b)")
_ANY_DEAL = (RelationType.ACQUISITION, RelationType.MERGER, RelationType.DIVESTMENT)


def _still_to_be_done(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, with a deal told done by its noun alone (no cue) told agreed, in place, where a later sentence
    tells its noun still to be done (``_STILL_TO_BE_DONE``): only where every deal of the story the noun could be
    is of one pair of companies and no mention of it has it done by a word of its own."""
    out = list(mentions)
    for a, b in spans:
        found = _STILL_TO_BE_DONE.search(text, a, b)
        if found is None:
            continue
        noun = next(found.group(g) for g in ("deal", "deal4", "deal2", "deal3") if found.group(g)).lower()
        kinds = _NOUN_DEALS.get(noun, _ANY_DEAL)
        deals = [m for m in out if m.type in kinds]
        if not _one_deal(deals):
            continue
        done = [m for m in deals if m.status is Status.ACTIVE and m.start < a]
        if not done or any(m.cues for m in done) or any(m.status in (Status.ENDED, Status.CALLED_OFF) for m in deals):
            continue
        for k, m in enumerate(out):
            if m in done:
                out[k] = dataclasses.replace(m, status=Status.AGREED, cues=[" ".join(found.group(0).split()[-2:])])
    return out


def _one_deal(deals: list[Mention]) -> bool:
    """Whether a story's deals are all one: of one pair of companies, or one company bought from one seller told
    from both sides ("Paragon said it had bought Five Arrows Leasing from Rothschild": the purchase and the sale)."""
    if len({frozenset((m.source, m.target)) for m in deals}) == 1:
        return True
    return bool(deals) and len({m.target for m in deals}) == 1 and \
        all(m.type in (RelationType.ACQUISITION, RelationType.DIVESTMENT) for m in deals) and \
        all(len({m.source for m in deals if m.type is kind}) == 1
            for kind in (RelationType.ACQUISITION, RelationType.DIVESTMENT))


# The nouns a deal its parties have made is told by when wire copy calls it "proposed" ("the proposed sale of its
# Western Gear Corp subsidiary", of a sale "Becor had previously agreed" to): the adjective is no offer's.
_TRANSACTION_NOUNS = {"merger", "acquisition", "takeover", "purchase", "sale", "divestiture", "buyout", "combination"}


def _proposed_made(mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a deal told only by "proposed" on its noun told agreed, in place, where another sentence of
    the story tells the same deal agreed ("... from the proposed sale of its Western Gear Corp subsidiary. Becor had
    previously agreed to sell Western Gear for at least 110 mln dlrs"), and no sentence tells it off or ended."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.type not in _ANY_DEAL or m.status is not Status.PROPOSED or \
                [c.lower() for c in m.cues] != ["proposed"] or m.trigger.lower() not in _TRANSACTION_NOUNS:
            continue
        same = [x for x in mentions if x.key == m.key and x.start != m.start]
        if any(x.status is Status.AGREED for x in same) and \
                not any(x.status in (Status.CALLED_OFF, Status.ENDED) for x in same):
            out[k] = dataclasses.replace(m, status=Status.AGREED, cues=["proposed", "agreed"])
    return out


def _sold_since(mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a company's takeover of another ended where another sentence of the story has it sell
    the whole of that company ("Hanson Industries, sold PCR Inc, a specialty chemicals unit, for 6.25 mln dlrs in
    cash to <Chemical Partners Inc>. Hanson Industries said it acquired PCR Inc in 1986 as part of its purchase of
    <SCM Corp>."): told by the sale's sentence."""
    sold = {(m.source, m.target): m for m in mentions if m.type is RelationType.DIVESTMENT
            and m.status is Status.ACTIVE and "percent" not in m.attributes}
    out = list(mentions)
    seen = set()
    for m in mentions:
        sale = sold.get((m.source, m.target))
        if m.type is not RelationType.ACQUISITION or m.status is not Status.ACTIVE or sale is None or \
                sale.start == m.start or (m.source, m.target) in seen:
            continue
        seen.add((m.source, m.target))
        out.append(dataclasses.replace(m, status=Status.ENDED, sentence=sale.sentence, start=sale.start,
                                       end=sale.end, cues=["sold"], attributes={}))
    return out


#: Words that make a stake a parent's: "will become a wholly owned subsidiary of", "will operate as a unit of".
_SUBSIDIARY = re.compile(r"\b(?:subsidiary|subsidiaries|unit|units)\b", re.I)


#: A company's shareholders paid in another's paper: "will issue two mln shares ... to Marketing Technologies
#: shareholders", "the securities Chemical will issue to Texas Bancshares shareholders".
_ISSUED_TO = re.compile(r"\bissue\b[^.;]{0,100}?\bto\s+(?:the\s+)?(?P<held>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}?)"
                        r"(?:['’]s?)?\s+(?:share|stock)holders\b")


def _absorbing(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, each merger of two companies another sentence of the story makes owner and subsidiary (a
    stake agreed or held, said with a subsidiary's or a unit's noun, of no percentage or a majority), or whose
    one's shareholders a sentence has the other issue its paper to (``_ISSUED_TO``, the issuer named before),
    told as the owner's acquisition of the other, with the merger's own sentence and status."""
    # (a company to become another's wholly owned unit is told as that one's acquisition of it, its unit's noun
    # the word that tells it: ``ownership._taken_whole``)
    owners = [(m.source, m.target, m.start, m.start) for m in mentions
              if m.type is RelationType.STAKE and m.status in (Status.AGREED, Status.ACTIVE)
              and _SUBSIDIARY.search(m.sentence) and _majority(m)
              or m.type is RelationType.ACQUISITION and _SUBSIDIARY.fullmatch(m.trigger or "")]
    if any(m.type is RelationType.MERGER for m in mentions):
        for a, b in spans:
            for issued in _ISSUED_TO.finditer(text, a, b):
                # the issuer: the other party, named before "issue"
                owners.append(("", issued.group("held"), a, issued.start()))
    out = []
    for m in mentions:
        pair = None
        for source, target, at, upto in (() if m.type is not RelationType.MERGER else owners):
            held = _firm(target, m)
            owner = _firm(source, m) if source else \
                next((p for p in (m.source, m.target) if p != held and held is not None and
                      re.search(rf"\b{re.escape(p.split()[0])}\b", text[at:upto])), None)
            if at != m.start and owner is not None and held is not None and owner != held:
                pair = (owner, held)
                break
        out.append(m if pair is None else dataclasses.replace(
            m, type=RelationType.ACQUISITION, source=pair[0], target=pair[1], cues=[*m.cues, "absorbs"]))
    return out


def _own_unit_allies(mentions: list[Mention]) -> list[Mention]:
    """The mentions less the alliances of a company with one another sentence of the story holds as its unit (a
    stake held, said with a subsidiary's or a unit's noun, of no percentage or a majority): "American Express also
    said an agreement was reached by Shearson and Nippon Life" allies Shearson with Nippon Life, not its owner with
    it. (A supply between them is kept: "Livingwell placed an order with Powercise", the unit it is selling.)"""
    units = {frozenset((m.source, m.target)) for m in mentions
             if m.type is RelationType.STAKE and m.status is Status.ACTIVE and _SUBSIDIARY.search(m.sentence)
             and _majority(m)}
    return [m for m in mentions if m.type is not RelationType.ALLIANCE or frozenset((m.source, m.target)) not in units]


def _majority(m: Mention) -> bool:
    percent = m.attributes.get("percent")
    return percent is None or float(percent) > 50


def _firm(name: str, merger: Mention) -> str | None:
    """The merger's party a stake's name is, written in full or short ("CTI" for "CTI Data")."""
    key = name_key(name)
    found = [p for p in (merger.source, merger.target) if p == name or
             key and (name_key(p).startswith(key) or key.startswith(name_key(p))) and
             p.split()[0].lower() == name.split()[0].lower()]
    return found[0] if len(found) == 1 else None


# "The sale was approved by the West Virginia Public Service Commission in January and became effective March one": a
# deal's own noun told approved in the past, by its parties' boards, shareholders or a regulator (not "would be
# approved", "was not approved", "is subject to approval": the verb is a past of its own, right after the noun)
_APPROVED_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:proposed\s+|planned\s+)?"
                              r"(?:sale|merger|acquisition|purchase|takeover|transaction|deal)\s+"
                              r"(?:was|were|had\s+been|has\s+been)\s+(?:unanimously\s+|formally\s+)?approved\b")
# "It said Southwest Photo proposed a significant change in terms outlined in the letter of intent signed last month":
# a deal's document told signed by a participle after it (the verb before it is ``_SIGNED``'s)
_SIGNED_AFTER = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?:(?:non-?binding|preliminary|formal|definitive)\s+)?"
                           r"(?:letter\s+of\s+intent|agreement\s+in\s+principle)\s+(?:had\s+been\s+|was\s+)?"
                           r"(?:signed|executed|reached)\b")
# A time of that sentence's own before its story: "in January", "on Feb 26", "last month", "earlier this year"
_MONTH = MONTHS + r"\.?"
_TIME_BEFORE = re.compile(r"\b(?:(?:in|on|during)\s+(?:early\s+|late\s+|mid-?)?" + _MONTH + r"|"
                          r"last\s+(?:week|month|year|fall|autumn|spring|summer|winter|" + _MONTH + r")|"
                          r"earlier\s+(?:this|in\s+the)\s+(?:week|month|year))")


def _approved_before(mentions: list[Mention], text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions, with a deal told done or called off given the agreed step a later sentence tells without naming
    its parties: approved by its noun, or its document signed, at a time of that sentence's own before the story
    ("UtiliCorp United Inc said it completed the acquisition of West Virginia Power from Dominion Resources ... The
    sale was approved by the West Virginia Public Service Commission in January and became effective March one.",
    ``_APPROVED_BEFORE``; "Graphics Industries Inc said it terminated negotiations for the acquisition of Holladay-Tyler
    Printing Corp ... The companies on March 10 announced that they had signed an agreement in principle for the
    acquisition.", ``_SIGNED``, ``_SIGNED_AFTER``; ``_TIME_BEFORE``): the deal was struck, and not yet done or
    dropped, at that time. Only where every deal the story told before that sentence is of one outcome, done or called
    off, and of one company bought (the buyer's purchase and the seller's sale of it) or of one pair; told by that
    sentence."""
    out = list(mentions)
    for a, b in spans:
        found = next((cue for pattern, cue in ((_APPROVED_BEFORE, "approved"), (_SIGNED, "signed"),
                                               (_SIGNED_AFTER, "signed")) if pattern.search(text, a, b)), None)
        if found is None or _TIME_BEFORE.search(text, a, b) is None:
            continue
        told = [m for m in out if m.type in _ANY_DEAL and m.end <= a]
        if not told or len({m.status for m in told}) != 1 or told[0].status not in (Status.ACTIVE, Status.CALLED_OFF) \
                or any(m.start == a and m.type in _ANY_DEAL for m in out):
            continue
        one_pair = len({frozenset((m.source, m.target)) for m in told}) == 1
        one_bought = all(m.type is not RelationType.MERGER for m in told) and len({m.target for m in told}) == 1
        if not (one_pair or one_bought):
            continue
        out += [dataclasses.replace(m, status=Status.AGREED, sentence=text[a:b], start=a, end=b, cues=[found],
                                    attributes={}) for m in {m.key: m for m in told}.values()]
    return out
