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
"""

from __future__ import annotations

import dataclasses
import re

from ..models import EntityKind, Mention, RelationType, Status

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


def _next_sentence(spans: list[tuple[int, int]], end: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a >= end), None)


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", name)}


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
    return out
