"""The graph stage: mentions weighed into relationships and documents grouped into stories,
incrementally.

What a build redoes is what new documents can change:

* relationships (reduce keyed by type, source, target, venture): those with a mention in a
  document that is new, or whose duplicate cluster or date changed since the last build; each
  is consolidated again from all its mentions, so the result does not depend on the order
  documents arrived in;
* stories (reduce keyed by company pair): those that share a focus pair with such a document.

``graph_docs`` records each document as the graph last used it; a build compares it with the
store to find what changed. ``--rebuild`` drops the graph and builds it from every mention.
An update commits as one transaction: cut short, it leaves the graph as it was.

A mention's dates are read from its sentence (``time.find_times``) the first time it is weighed,
in the workers, and stored for later builds. Stored dates carry the version of the code that read
them (``reader_version``, kept in ``meta``): a build run by other code forgets them all first, so
that a change in how dates are read reaches every mention, not only new ones.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass
from functools import lru_cache
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import Any, ClassVar

from ..executor import Executor, LocalExecutor
# The lexicon, not the relation finders: an update imports nothing it does not use.
from ..extract.lexicon import BID_NOUNS, DEAL_DOCUMENTS, PURCHASE_NOUNS, stage_ended
from ..extract.vocab import classes
from ..models import TERMINAL, Observation, ObservationRow, RelationshipKey, RelationshipRecord, Status, Story
from ..store import Store
from .aliases import bind
from .consolidate import GraphSettings, consolidate, day_number, earlier, place
from .nodes import judge, touches
from .stories import Unit, focus, group, title
from . import time as dating
from .time import find_times, folded

_BATCH = 5000  # relationships per transaction of a full build
_SEND = 1000  # relationships per message from a worker at most: the writer starts on them early
# An update's workers send each shard in this many messages at least (of ``_SEND`` records at most):
# the writer keeps pace with them, so that what is left to write once the last worker ends, the
# update's tail that no other core can share, is one small message rather than a thousand records.
_MESSAGES = 8
_GC_YOUNG = 20_000  # objects made between collections of the young generation, in a worker (see _few_collections)
_FORK_KEYS = 500  # fewer relationships to weigh than this: not worth starting processes for
# Status cues that only say when, not how far along: "Renault will collaborate with Geely" is
# weaker evidence of where the deal stands than "Renault is finalising an agreement with Geely".
_TENSE_CUES = frozenset({"will", "'ll", "shall"})  # what extract.relations._status falls back on
# Cues that make a status a supposition: "if Dart buys it, it would divest", "the bill would give
# Reagan the power", "it may face one opponent", "balloted on whether it will merge". They say nothing
# of where the deal stands (the deal an "if" or a "whether" supposes is told elsewhere, if at all).
_CONDITIONAL_CUES = frozenset({"would", "could", "may", "might", "should", "can", "if", "whether"})
# A deal taken up again: what a step back (active to in talks, called off to proposed) needs. A
# rejection reversed ("an about-face on its rejection of the merger", "a U-turn") takes it up again too.
_REOPENED = re.compile(r"\b(?:re-?open\w*|resum\w*|renegotiat\w*|reviv\w*|re-?start\w*|renew\w*|revis\w*|"
                       r"reform\w*|rework\w*|new (?:talks|offer|bid|proposal|terms|agreement)|again|"
                       r"about[- ]?face|u-?turn|"
                       r"(?:lift\w*|overturn\w*|vacat\w*|quash\w*)\b[^.]{0,40}\b(?:injunction|order|ban|block\w*))\b",
                       re.I)
# A deal told as done ("has sold 9.5 mln shares", "said it acquired"), not only named ("the sale of").
# After "be" or "is" the word is still to come: "agreed to be acquired", "to be sold to Alleghany once
# the merger is completed".
_DONE = re.compile(r"\b(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeing )"
                   r"(?:sold|acquired|bought|purchased|completed|merged|took over|taken over)\b", re.I)
# A holding said to predate what the sentence tells ("CTC, which already holds 17.4 pct, ... its
# offer"): it was in force before the offer for more, whose fate does not touch it.
_HELD = re.compile(r"(?<!\bnot )\balready\s+(?:owns?|owned|holds?|held|has|had|controls?|controlled)\b", re.I)
# A deal told done that was announced first ("completed the previously announced sale of"): agreed
# before it was done. Not an offer announced ("its previously announced tender offer"): that was a bid.
_ANNOUNCED = classes("announced_words")
_SETTLED = re.compile(r"\bpreviously[- ](?:" + "|".join(sorted(_ANNOUNCED["settled"])) + r")\b(?!(?:\s+\S+){0,5}?\s+(?:"
                      + "|".join(sorted(_ANNOUNCED["offer"])) + r")s?\b)", re.I)
# A deal done by a bid ("Banner completed a tender offer for Rexnord", "News announced its now-completed bid for
# X", "during the brewing company's successful bid for Distillers"): it was an offer before it was done.
_BID_DONE = re.compile(r"\b(?:completed|successful|consummated)\s+(?:(?:its|the|a|an|his|their|[\w-]+'s)\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(_ANNOUNCED["offer"])) + r")s?\b", re.I)
# For ASCII text lowercased (see ``time.folded``), each with the words one of which every match of it
# holds: a substring test costs a sentence far less than a scan, and most sentences hold none of them
# (on Reuters-21578 sentences the flags' scans were a third of what dating one cost).
_FOLDED = (
    (folded(_REOPENED), ("open", "resum", "renegotiat", "reviv", "start", "renew", "revis", "reform", "rework",
                         "new ", "again", "about", "turn", "lift", "vacat", "quash")),
    (folded(_DONE), ("sold", "acquired", "bought", "purchased", "completed", "merged", "took over", "taken over")),
    (folded(_HELD), ("already",)),
    (folded(_SETTLED), ("previously",)),
    (folded(_BID_DONE), ("completed", "successful", "consummated")),
)


def _holds_any(words: Sequence[str]) -> Callable[[str], bool]:
    """A test of whether a text holds one of the words, written out as a chain of ``in`` tests: half what
    ``any(map(text.__contains__, words))`` costs, which makes an iterator and a call for each word."""
    return eval("lambda low: " + " or ".join(f"{w!r} in low" for w in words))  # noqa: S307 - constant words


# (each pattern with the test of its words, as ``read_times`` runs them)
_FLAGGED = tuple((pattern.search, _holds_any(words)) for pattern, words in _FOLDED)
# An office given from a date still to come ("named Barry Allen president effective April"): chosen, not
# yet held. Not where the sentence tells a leaving ("retiring effective April 1"): that office is held still.
_APPOINTED = re.compile(r"\b(?:named|appointed|elected|promoted|chosen)\b", re.I)
_LEAVING = re.compile(r"\b(?:retir|resign|step(?:s|ped|ping)? down|leav|quit)\w*", re.I)
# For ASCII text lowercased (see ``time.folded``); each match holds one of the five words, which ``read_times``
# tests for first.
_APPOINTED_FOLDED = folded(_APPOINTED)
_EFFECTIVE = r"\beffective\s+(?:on\s+|as\s+of\s+)?$"
# An office left from a date still to come, the words right before the date ("is retiring effective April 1", "will
# retire March 31", "when he retires on April 1, 1988", "has resigned, effective June Five", "resigned as treasurer,
# both effective March 31"): held until then. A leaving told in the past needs "effective": "Wyman resigned on
# September 10" is a date of last year the reader puts ahead.
_LEFT_AHEAD = re.compile(r"(?:\b(?:retir(?:e|es|ing)|resign(?:s|ing)?|step(?:s|ping)?\s+down)|"
                         r"\b(?:retired|resigned|stepped\s+down|quit)(?=[^.;:]*?,?\s+(?:both\s+)?effective\s+(?:on\s+|as\s+of\s+)?$))"
                         r"(?:\s+(?:as|from)\s+[^.;:]{1,80}?)?,?\s+(?:both\s+)?(?:effective\s+)?(?:on\s+|as\s+of\s+)?$", re.I)
_STORED_FORM = "9"  # point|since|age|expected|flags; part of ``reader_version``
# A date set before a deal's document or bid names that document ("terminated discussions pursuant to a
# Jan 27 letter of intent", "withdrew its March 3 offer"): when an earlier stage began, not when an end came.
_NAMING = r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(DEAL_DOCUMENTS | BID_NOUNS)) + r")s?\b"
_NAMED = re.compile(_NAMING, re.I)


@dataclass
class GraphResult:
    documents: int = 0  # documents new or changed since the last build
    mentions: int = 0  # mentions weighed
    relationships: int = 0  # relationships consolidated (again)
    removed: int = 0  # relationships no mention supports any more
    rebound: int = 0  # documents whose company moved to another node of its key (graph.aliases)
    not_companies: int = 0  # company nodes judged no company, left out with their relationships (graph.nodes)
    stories: int = 0  # stories grouped (again)
    full: bool = False  # built from every mention rather than from what changed
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_KINDS = ("point", "since", "age", "expected")
_BEFORE_HOLDING = frozenset({Status.RUMOURED, Status.PROPOSED, Status.IN_TALKS, Status.AGREED})
# (enum members as globals: ``Status.ACTIVE`` costs ten times as much on Python 3.11, once per mention)
_ACTIVE, _AGREED, _IN_TALKS, _ENDED = Status.ACTIVE, Status.AGREED, Status.IN_TALKS, Status.ENDED
_STATUS = {s.value: s for s in Status}
_DATES_KEY = "graph.mention_times"  # in ``meta``: the ``reader_version`` the stored dates were read with


@lru_cache(maxsize=1)
def reader_version() -> str:
    """What the stored dates depend on: the dating code itself, the reopening words and the form."""
    code = Path(dating.__file__).read_bytes() + _REOPENED.pattern.encode() + _DONE.pattern.encode() + \
        _HELD.pattern.encode() + _SETTLED.pattern.encode() + _BID_DONE.pattern.encode() + _APPOINTED.pattern.encode() + _LEAVING.pattern.encode() + \
        _EFFECTIVE.encode() + _LEFT_AHEAD.pattern.encode() + _STORED_FORM.encode()
    return hashlib.sha256(code).hexdigest()[:16]


@lru_cache(maxsize=65536)
def read_times(sentence: str, published: str | None) -> str:
    """The stored form of what a sentence says about time: "point|since|age|expected|flags", the
    first date of each kind; flags "u" when it gives a date that cannot be resolved (and no other),
    "r" when it says the deal was reopened, "d" when it tells a deal as done, "h" when it says a
    holding came before ("already owns"), "p" when it says the deal was announced before ("the
    previously announced sale"), "n" when its first date names a document or bid ("a Jan 27 letter
    of intent"), "l" when it gives an office from a date still to come ("named X president effective
    April"), "e" when it has an office left from one ("has resigned, effective June Five"), "b" when it tells a bid done ("completed a tender offer for X"). Cached: copies of a story repeat its sentences."""
    refs = find_times(sentence, published)
    first: dict[str, str] = {}
    naming = False  # whether the first point names a document
    for t in refs:
        if t.kind not in first and t.kind == "point":
            naming = _names_document(sentence, t.text)
        first.setdefault(t.kind, t.value)
    dates = [first.get(kind, "") for kind in _KINDS]
    if sentence.isascii():
        low = sentence.lower()
        (reopen, reopen_words), (done_, done_words), (held_, held_words), (settled_, settled_words), \
            (bid_, bid_words) = _FLAGGED
        reopened = reopen_words(low) and reopen(low) is not None
        done = done_words(low) and done_(low) is not None
        held = held_words(low) and held_(low) is not None
        settled = settled_words(low) and settled_(low) is not None
        bid = bid_words(low) and bid_(low) is not None
        # (a scan for the appointing words cost a sentence a third of its dating: most hold none of them)
        appointed = ("named" in low or "appointed" in low or "elected" in low or "promoted" in low or
                     "chosen" in low) and _APPOINTED_FOLDED.search(low) is not None
        leaving = "retir" in low or "resign" in low or "step" in low or "quit" in low
    else:
        reopened, done, held, settled, bid = (p.search(sentence) is not None
                                              for p in (_REOPENED, _DONE, _HELD, _SETTLED, _BID_DONE))
        appointed = _APPOINTED.search(sentence) is not None
        leaving = _LEAVING.search(sentence) is not None
    flags = ("u" if not any(dates[:3]) and any(t.kind == "unresolved" for t in refs) else "") + \
            ("r" if reopened else "") + ("d" if done else "") + ("h" if held else "") + ("p" if settled else "") + \
            ("n" if naming else "") + ("l" if appointed and _later(sentence, refs) else "") + ("b" if bid else "") + \
            ("e" if leaving and _left_later(sentence, refs) else "")
    return "|".join([*dates, flags])


def _names_document(sentence: str, words: str) -> bool:
    """Whether the words of a date, somewhere in the sentence, come before a deal's document or bid
    (``_NAMING``). In ASCII text each place the words stand is tried with one compiled pattern: a
    pattern made for the words would be compiled again for most dates (``re`` keeps 512)."""
    if not (sentence.isascii() and words.isascii()):
        return re.search(re.escape(words) + _NAMING, sentence, re.I) is not None
    low, words = sentence.lower(), words.lower()
    at = low.find(words)
    while at >= 0:
        if _NAMED.match(sentence, at + len(words)):
            return True
        at = low.find(words, at + 1)
    return False


def _later(sentence: str, refs) -> bool:
    """Whether a sentence that names someone to an office (``_APPOINTED``, which the caller has found) does
    so from a date still to come: "said it named Barry Allen president effective April" (published in March)."""
    if _LEAVING.search(sentence):
        return False
    return any(t.kind == "expected" and (at := sentence.find(t.text)) > 0 and
               (re.search(_EFFECTIVE, sentence[:at], re.I) or t.text.lower().startswith("effective")) for t in refs)


def _left_later(sentence: str, refs) -> bool:
    """Whether a sentence has someone leave an office from a date still to come (``_LEFT_AHEAD``, right before the
    date): "Hercules Inc said it named David Hollingsworth as chairman and chief executive, succeeding Alexander
    Giacco who is retiring effective April 1" (published in March) tells Giacco's office held till April. Only of
    a sentence with one leaving: in "James Colclough has resigned from its board for health reasons and secretary
    Scott Saltpeter has resigned, effective June Five" the date is the second's, and the sentence's flag is both's."""
    ahead = [t for t in refs if t.kind == "expected"]
    if not ahead or len(_LEAVING.findall(sentence)) != 1:
        return False
    # (a date may be read with its "effective": "effective June Five")
    return any((at := sentence.find(t.text)) > 0 and _LEFT_AHEAD.search(
        sentence[:at] + ("effective " if t.text.lower().startswith("effective") else "")) for t in ahead)


@lru_cache(maxsize=4096)
def _cued(cues: str) -> tuple[bool, bool, bool]:
    """Whether a mention's status cues (JSON) hold a status word, not only tense or a conditional;
    whether they hold only a conditional; and whether a noun of purchase is its cue (a stake told only as
    "X's purchase of a 13 pct stake in Y": a purchase named, no status word). Few distinct lists."""
    words = {w.lower() for w in json.loads(cues)}
    return bool(words - _TENSE_CUES - _CONDITIONAL_CUES - PURCHASE_NOUNS), bool(words & _CONDITIONAL_CUES) and \
        words <= (_TENSE_CUES | _CONDITIONAL_CUES), bool(words & PURCHASE_NOUNS)


def observe(rows: Iterable[ObservationRow], dated: list[tuple[str, int]] | None = None) -> list[Observation]:
    """Mention rows (``Store.observation_rows``) to observations, with the dates their sentences give.

    A mention is dated when it is first weighed (the map step runs inside the reduce's workers,
    on every core); ``dated`` collects (times, mention id) for the writer to store, so that later
    builds read them instead.

    "Since 1999" dates a lasting status it comes with ("in talks since March", "allies since
    1999"); an age ("the two-decade-old alliance") says the relationship has been in force since
    then, whatever the sentence's own status, so it adds an implied ``active`` start. A deadline
    ("until May 1") is at most ``expected``, never when a status began; a date that cannot be
    resolved leaves the mention undated rather than dated by its report."""
    out = []
    for row in rows:
        # One unpacking: a build observes every mention it weighs, and each field read by name costs a call.
        rtype, _, _, _, mid, doc, unit, stated, attributes, confidence, at, times, cues, sentence = row
        published = at[:10] if at else None  # a report is dated by its day; its time orders a day's reports
        at = at if at != published else None
        if times is None:
            times = read_times(sentence, published)
            if dated is not None:
                dated.append((times, mid))
        status, valid, expected, reopened, undated, done, held, start, owns, settled, bid, opened = _dated(stated, times)
        if rtype == "role" and status is _ACTIVE and "l" in times.rsplit("|", 1)[-1]:
            status = _AGREED  # "named Barry Allen president effective April": not in office yet
        elif rtype == "role" and status is _ENDED and "e" in times.rsplit("|", 1)[-1]:
            status = _ACTIVE  # "Saltpeter has resigned, effective June Five": in office till then
        stake = rtype == "stake"  # (of a deal or a tie, the holding told is not the relationship's)
        if held and stake:
            undated = True
        else:
            held = False
        explicit, conditional, named = _cued(cues)
        if status is _AGREED and not explicit and not conditional and cues != "[]" and \
                _before(valid, published):
            # "debt incurred in connection with the acquisition of X in December 1986 will be repaid", "the
            # acquisition of X last year will dilute earnings": the future is the sentence's, the deal is dated
            # before its story, so done then
            status = _ACTIVE
        # (the fields in order: implied, explicit, conditional, reopened, undated, done, before, held, settled, at)
        out.append(Observation(
            mid, doc, unit, status, json.loads(attributes) if attributes != "{}" else {}, confidence, published,
            valid, expected, False, explicit, conditional, reopened, undated, done,
            _ended(cues) if status in TERMINAL else None, held, settled, at, bid,
            stake and status is _ACTIVE and not explicit and named, opened))
        if start:
            out.append(Observation(mid, doc, unit, _ACTIVE, {}, confidence, published, start, implied=True,
                                   at=at))
        elif owns and stake:
            # "Combined with the five mln shares it already holds, Banner will own 97 pct", "Rosewood has
            # acquired over five pct and intends to acquire over 15 pct": a bid for more, beside a holding
            # in force before it, which comes first and which the bid's fate does not touch.
            out.append(Observation(mid, doc, unit, _ACTIVE, {}, confidence, published, implied=True,
                                   undated=True, held=True, at=at))
    return out


def _before(valid: str | None, published: str | None) -> bool:
    """Whether a month or a year ("1986-12", "1986") is wholly before its story's month ("1987-03-04").
    A day is left out: "said on Monday it will supply" dates the telling, which a story early in a
    month puts in the month before."""
    if not valid or not published or len(valid) > 7:
        return False
    return valid < published[: len(valid)]


@lru_cache(maxsize=65536)
def _dated(status: str, times: str
           ) -> tuple[Status, str | None, str | None, bool, bool, bool, bool, str, bool, bool, bool, str | None]:
    """What a mention's stored dates (``read_times``) say of its status: the status, when it began,
    when a step is expected, whether reopened, undated, done, held from before its story ("already
    owns", and no date of its own), the start of an implied ``active`` ("" if none), whether a stage
    before a holding is told beside a holding already held or bought ("intends to acquire more"),
    whether a deal in force was announced before ("the previously announced sale"), whether it was
    done by a bid ("completed a tender offer for X"), and of an end, when the stage it ended began.
    Cached: mentions share few distinct dates."""
    stands = _STATUS[status]
    point, since, age, expected, flags = times.split("|")
    opened = None
    if stands in TERMINAL and "n" in flags:
        # "terminated talks under a Jan 27 letter of intent": the letter's date, not the end's, and when the
        # stage ended began
        point, opened = "", point or None
    if stands is _ACTIVE:
        valid = since or age or point
    elif stands is _IN_TALKS:
        valid = since or point
    else:  # "since" dates a state that lasts: "the first bid since 1984" is no bid of 1984
        valid = point
    start = "" if stands is _ACTIVE else age or (since if stands in TERMINAL else "")
    held = stands is _ACTIVE and not valid and "h" in flags
    owns = stands in _BEFORE_HOLDING and ("h" in flags or "d" in flags)
    settled = stands is _ACTIVE and "p" in flags
    bid = stands is _ACTIVE and "b" in flags
    return (stands, valid or None, expected or None, "r" in flags, "u" in flags, "d" in flags, held, start, owns,
            settled, bid, opened)


@lru_cache(maxsize=4096)
def _ended(cues: str) -> Status | None:
    """The stage an end's cues (JSON) say the deal had reached: "withdrew", "bid" is an offer. Few
    distinct lists."""
    return stage_ended(json.loads(cues))


# Relationship records, mentions weighed, (times, mention id) dated.
Batch = tuple[list[RelationshipRecord], int, list[tuple[str, int]]]


def weigh(groups: Iterable[tuple[RelationshipKey, list[ObservationRow]]], settings: GraphSettings,
          dropped: frozenset[int] = frozenset()) -> Iterator[Batch]:
    """The reduce step: each relationship key's mention rows to its stored record (none when no
    mention supports it, when it would tie a company to itself, or when an end is judged no company:
    ``dropped``), the number of rows, and the mentions dated on the way."""
    for key, rows in groups:
        dated: list[tuple[str, int]] = []
        observations = observe(rows, dated)
        rel = consolidate(key, observations, settings) if key.source_id != key.target_id and not touches(
            key, dropped) else None
        yield ([rel.record()] if rel is not None else []), len(rows), dated


_KEY = attrgetter(*RelationshipKey._fields)

# One deal is told as a merger in some stories and as one company's acquisition of the other in others
# ("the previously-proposed merger between it and Questar", then "Under terms of the merger, which took
# effective today", read as Questar's acquisition of Universal): where a pair holds both types, what the
# other type's stories report after this type's last report, of a time after all it tells, is the deal's
# later news, weighed into this type's history. Not what they report before or beside it, nor a time before
# (Williams's bid, told hours after "was rebuffed earlier this year" of its merger, is no step before the
# rebuff): each type's own reports tell its stages best (pooled whole, a merger "completed and its stock no
# longer existed", read as ended, undid the completed acquisition beside it).
DEAL_KIN = {"merger": "acquisition", "acquisition": "merger"}


def kin_keys(keys: Iterable[RelationshipKey]) -> set[RelationshipKey]:
    """The keys of every deal type of ``DEAL_KIN`` between the pairs of these, either way round."""
    return {RelationshipKey(rtype, *ends, "") for k in keys if k.type in DEAL_KIN for rtype in DEAL_KIN
            for ends in ((k.source_id, k.target_id), (k.target_id, k.source_id))}


def kin_pairs(keys: Iterable[RelationshipKey]) -> list[list[RelationshipKey]]:
    """The keys of each pair that holds more than one deal type of ``DEAL_KIN``."""
    pairs: dict[tuple[int, int], list[RelationshipKey]] = defaultdict(list)
    for k in keys:
        if k.type in DEAL_KIN:
            pairs[min(k.source_id, k.target_id), max(k.source_id, k.target_id)].append(k)
    return [sorted(ks) for ks in pairs.values() if len({k.type for k in ks}) > 1]


def weigh_kin(rows: Iterable[ObservationRow], settings: GraphSettings) -> list[RelationshipRecord]:
    """The relationships of the pairs that hold more than one deal type (``kin_pairs``) among the
    mention rows: each weighed with what the others of another type report after its own last report
    as its kin (``DEAL_KIN``)."""
    grouped = dict(_grouped(rows))
    records = []
    for pair in kin_pairs(grouped):
        observed = {key: observe(grouped[key]) for key in pair}
        for key, observations in observed.items():
            last = max(o.at or o.reported or "" for o in observations)
            latest = max((place(o) for o in observations if o.valid or o.reported), default=None)
            kin = [o for other in pair if other.type != key.type for o in observed[other]
                   if (o.at or o.reported) and earlier(last, o.at or o.reported) and
                   (latest is None or place(o) > latest)]
            rel = consolidate(key, observations, settings, kin)
            if rel is not None:
                records.append(rel.record())
    return records


def _grouped(rows: Iterable[ObservationRow]) -> Iterator[tuple[RelationshipKey, list[ObservationRow]]]:
    return ((RelationshipKey._make(key), list(group)) for key, group in groupby(rows, key=_KEY))


def _batches(chunks: Iterable[Batch], size: int) -> Iterator[Batch]:
    """Chunks joined up to ``size`` relationship records."""
    records: list = []
    dates: list = []
    mentions = 0
    for chunk, n, dated in chunks:
        records += chunk
        dates += dated
        mentions += n
        if len(records) >= size:
            yield records, mentions, dates
            records, mentions, dates = [], 0, []
    yield records, mentions, dates


@dataclass(frozen=True)
class Weigh:
    """The map step's spec (see ``keiretsu.executor``): a shard (a rank of ``world_size``) of the
    relationship keys (``None``: all) read from the store at ``url`` and weighed, sent in batches
    of ``send`` records so that the writer starts on them early."""

    url: str
    keys: Sequence[tuple] | None
    settings: GraphSettings
    world_size: int
    send: int = _SEND
    dropped: frozenset[int] = frozenset()
    name: ClassVar[str] = "keiretsu-graph"

    def load(self) -> Callable[[int], Iterator[Batch]]:
        return self._run

    def _run(self, rank: int) -> Iterator[Batch]:
        from ..store import open_store

        store = open_store(self.url)
        try:
            with _few_collections():
                yield from _batches(weigh(_grouped(store.observation_rows(self.keys, rank, self.world_size)),
                                          self.settings, self.dropped), self.send)
        finally:
            store.close()


@contextmanager
def _few_collections() -> Iterator[None]:
    """Weighing, a worker makes dozens of objects per mention and keeps only the records it sends,
    none of them in a reference cycle (none found on the bench's update or on Reuters-21578): the
    collector's scans find nothing. Its young generation is scanned every ``_GC_YOUNG`` new objects
    rather than every 700, and what the worker inherited from the driver (modules, patterns) is left
    out of its scans: about 5% of a worker's time."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(_GC_YOUNG, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


@contextmanager
def _closing(batches: Iterator[Batch], own: Executor | None) -> Iterator[Iterator[Batch]]:
    """``batches`` for a ``with`` block; leaving it stops the workers that were weighing (an
    executor of the stage's own is closed)."""
    try:
        yield batches
    finally:
        batches.close()
        if own is not None:
            own.close()


class GraphStage:
    """With an executor of more than one worker (``executor``, else ``processes`` forked here):
    relationship keys are split into shards by source id, each read and weighed by a worker,
    while this process writes what they send."""

    name = "graph"

    def __init__(self, store: Store, settings: GraphSettings = GraphSettings(), processes: int = 1,
                 executor: Executor | None = None):
        self.store, self.settings = store, settings
        self.executor = executor
        self.processes = executor.workers if executor else processes

    def run(self, rebuild: bool = False, on_relationships: Callable[[int], None] | None = None) -> GraphResult:
        """``rebuild``: drop the graph and build it from every mention, in one transaction that
        the batches below join, so that readers (``keiretsu serve``) see the old graph until the
        new one is whole, never an empty or a partial one (the WAL holds the new graph till
        then). A relationship keeps its id, whatever order the workers send it in."""
        self._forget_stale_dates()
        # Committed before the weighing, which reads the store through connections of its own.
        rebound = bind(self.store)
        with self.store.transaction() if rebuild else nullcontext():
            result = self._run(rebuild, on_relationships, rebound)
            result.rebound = rebound
            if rebuild:
                result.removed = self.store.drop_unwritten()
        return result

    def _forget_stale_dates(self) -> None:
        """Mentions dated by other code than this are dated again as they are weighed. Committed
        before the weighing starts: the workers read the store through connections of their own."""
        store, version = self.store, reader_version()
        if store.meta(_DATES_KEY) != version:
            with store.transaction():
                store.forget_mention_times()
                store.set_meta(_DATES_KEY, version)

    def _run(self, rebuild: bool, on_relationships: Callable[[int], None] | None, rebound: int = 0) -> GraphResult:
        started = time.perf_counter()
        store = self.store
        if rebuild:
            store.clear_graph()
        pending = store.graph_pending()
        result = GraphResult(documents=len(pending))
        changed = [d["doc_id"] for d in pending]
        # A first build reads every mention in one ordered scan rather than key by key.
        result.full = rebuild or not store.has_graph()
        # Judged before the early return: new judging code alone changes which nodes are left out.
        judged = judge(store, None if result.full else changed, rebound)
        result.not_companies = len(judged.not_companies)
        if not pending and not judged.changed:
            result.seconds = time.perf_counter() - started
            return result
        keys = None if result.full else sorted(store.relationship_keys(changed) | (
            store.relationship_keys_of(sorted(judged.changed)) if judged.changed else set()))
        send = _SEND
        if self.processes > 1 and (keys is None or len(keys) > _FORK_KEYS):
            executor = self.executor or LocalExecutor(self.processes)
            if keys is not None:
                send = max(1, min(_SEND, len(keys) // (executor.workers * _MESSAGES)))
            spec = Weigh(store.url, keys, self.settings, executor.workers, send, judged.not_companies)
            weighing = _closing(executor.stream(spec, range(executor.workers)), None if self.executor else executor)
        else:
            weighing = nullcontext(weigh(_grouped(store.observation_rows(keys)), self.settings, judged.not_companies))
        focused = {doc: focus(pairs) for doc, pairs in store.pair_counts(changed).items()}
        if result.full:
            # Committed batch by batch (one transaction would hold the whole graph in the WAL), the
            # documents recorded last: a build cut short finds them pending and is redone. They
            # commit with their stories: recorded alone, they would never be grouped again.
            with weighing as chunks:
                self._write(_batches(chunks, _BATCH), keys, result, on_relationships)
            with store.transaction():
                store.record_graph_docs(pending, focused)
                result.stories = self._stories(pending, focused, full=True)
        else:
            # An update is one transaction, so one WAL checkpoint, the writer's largest cost; the
            # stories are regrouped while the workers weigh. The writer makes no reference cycles
            # either (see ``_few_collections``): its collections were 5% of its CPU on the bench's update.
            with _few_collections(), weighing as chunks, store.transaction():
                store.record_graph_docs(pending, focused)
                result.stories = self._stories(pending, focused, full=False)
                self._write(_batches(chunks, send), keys, result, on_relationships)
        result.seconds = time.perf_counter() - started
        return result

    def _write(self, batches: Iterable[Batch], keys: Sequence[tuple] | None, result: GraphResult,
               on_relationships: Callable[[int], None] | None) -> None:
        store = self.store
        seen: set[tuple] = set()
        for records, mentions, dated in batches:
            store.set_mention_times(dated)
            store.write_relationships(records)
            seen.update(key for key, _, _ in records)
            result.mentions += mentions
            result.relationships += len(records)
            if on_relationships:
                on_relationships(len(records))
        gone = [k for k in keys or () if k not in seen]
        store.write_relationships([], gone)
        result.removed = len(gone)
        # A pair's deal types weighed together (``DEAL_KIN``): of a full build, the pairs written with more than
        # one; of an update, those of the deals written, with their partners left untouched.
        deals = [k for k in map(RelationshipKey._make, seen) if k.type in DEAL_KIN]
        kin = [k for ks in kin_pairs(deals) for k in ks] if keys is None else sorted(kin_keys(deals))
        if kin:
            store.write_relationships(weigh_kin(store.observation_rows(kin), self.settings))

    def _stories(self, pending: Sequence[dict[str, Any]], focused: dict[int, list], full: bool) -> int:
        """Regroup the stories the changed documents can touch (see ``stories`` for why that is enough)."""
        store = self.store
        changed = [d["doc_id"] for d in pending]
        if full:
            docs = {d["doc_id"] for d in pending}
        else:
            units = {d["unit"] for d in pending} | {d["old_unit"] for d in pending if d["old_unit"] is not None}
            docs = set(changed) | self._linkable(pending, focused) | store.docs_of_units(sorted(units))
        old = sorted(store.stories_of_docs(sorted(docs)))
        docs |= store.docs_of_stories(old)
        info = store.graph_doc_info(sorted(docs))
        units: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for d in info:
            units[d["unit"]].append(d)
        grouped = group(
            (Unit(u, min((d["published"] for d in members if d["published"]), default=None),
                  frozenset(p for d in members for p in d["pairs"])) for u, members in units.items()),
            self.settings.story_gap_days)
        # A document that ties no two companies together is about no story the graph can tell.
        components = [[d for u in component for d in units[u]] for component in grouped
                      if any(d["pairs"] for u in component for d in units[u])]
        # Titles come from headlines; only stories without one need what their documents say.
        untitled = sorted(d["doc_id"] for members in components if not any(d["title"] for d in members)
                          for d in members)
        relations: dict[int, list[tuple]] = defaultdict(list)
        for row in store.story_relations(untitled):
            relations[row[0]].append(row[1:])
        names = store.entity_names(sorted({e for d in info for pair in d["pairs"] for e in pair}))
        stories = [self._story(members, relations, names) for members in components]
        store.replace_stories(old, stories)
        return len(stories)

    def _linkable(self, pending: Sequence[dict[str, Any]], focused: dict[int, list]) -> set[int]:
        """The documents a changed one can now join a story with: those focused on one of its
        pairs whose unit's date lies within the story gap of its unit's date (undated with
        undated), as ``stories.group`` links them. Others keep the stories they are in."""
        store, gap = self.store, self.settings.story_gap_days
        when: dict[tuple[int, int], set[str | None]] = defaultdict(set)
        for d in pending:
            for pair in focused[d["doc_id"]]:
                when[pair].add(d["unit"])
        candidates = {pair: store.docs_with_pair(*pair) for pair in sorted(when)}
        dates = store.unit_dates(sorted({u for rows in candidates.values() for _, u in rows}
                                        | {u for units in when.values() for u in units}))
        out: set[int] = set()
        # (each date as a day number once, rather than two for each candidate as ``days_between`` makes them)
        days_of = {unit: day_number(day) for unit, day in dates.items() if day is not None}
        for pair, rows in candidates.items():
            mine = {dates.get(u) for u in when[pair]}
            undated = None in mine
            days = [day_number(d) for d in mine if d is not None]
            for doc, unit in rows:
                theirs = days_of.get(unit)
                if theirs is None:
                    if undated:
                        out.add(doc)
                    continue
                for day in days:
                    if -gap <= theirs - day <= gap:
                        out.add(doc)
                        break
        return out

    @staticmethod
    def _story(members: list[dict[str, Any]], relations: dict[int, list[tuple]], names: dict[int, str]) -> Story:
        """A story: its companies are those of its documents' focus pairs, most covered first."""
        members.sort(key=lambda d: (d["published"] or "9999", d["doc_id"]))
        said: Counter[tuple[str, str, str, str]] = Counter()
        for d in members:
            for source, target, rtype, status, n in relations.get(d["doc_id"], ()):
                said[(source, target, rtype, status)] += n
        companies: Counter[str] = Counter(names[e] for d in members for pair in d["pairs"] for e in pair)
        dates = [d["published"] for d in members if d["published"]]
        return Story(
            id=min(d["doc_id"] for d in members),
            title=title([d["title"] for d in members], said),
            doc_ids=sorted(d["doc_id"] for d in members),
            units=len({d["unit"] for d in members}),
            first=min(dates, default=None), last=max(dates, default=None),
            companies=[name for name, _ in sorted(companies.items(), key=lambda kv: (-kv[1], kv[0]))][:12],
        )
