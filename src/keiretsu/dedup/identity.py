"""Story identity: what makes two overlapping documents one story, or two.

Wire services send the same kind of story again and again in the same words: the Fed's
repurchases every morning, hog prices from each market, every company's debt filing. Two of
them overlap as much as a copy and its original, so text overlap alone joins different stories.
What tells them apart is what fills the shared wording. A near copy or a paraphrase must agree on:

* **parties**: the tickers of the headlines (``<SUN>``, ``(UAL)``; a ticker mistyped in a re-send
  aside), and, in copies whose leads are worded alike, who acts in the lead;
* **days**: both sent within a few days; a copy sent on another day keeps its figures, and a
  paraphrase sent on another day keeps its lead (a new lead is the next development);
* **dates and periods**: the dates and months the headline and lead name ("rose on March 30"),
  the part of the day (morning help, afternoon help, the close), the period of a result;
* **polarity** of the main event: granted / lifted, raised / cut, agreed / rejected, up / down;
* **figures**: a headline's figures are its news, so a paraphrase must give them too.

A paraphrase also needs parties (tickers or names) and figures (numbers or dates) in both: a
story without them cannot be told from another of its kind, so only its copies are found.

A **template** is a lead shape (the lead with its names, figures and dates masked) that the
corpus fills in several ways: it is learned, counted like boilerplate sentences in the store, not
listed. Two documents whose leads share a template are one story only when every filler agrees,
the dateline's place and day included, and the names of every other line both have: the same
template on another day, or for another company, market or fund, is another story.

A headline that marks a correction or a repeat ("CORRECTED", "RPT") may change what it fixes.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..clean.dates import MONTHS as _MONTH_NAMES
from ..clean.dates import WEEKDAYS as _DAYS
from ..store import Store
from .paraphrase import DATELINE as _DATELINE
from .paraphrase import MONTH as _MONTH
from .paraphrase import dice, key_hash, match_dateline, scale, sentence_key
from .text import STOPWORDS, Sentence, content_words, split_sentences

_DATE = re.compile(r"\b(?P<month>" + _MONTH + r")\.?\s+(?P<day>\d{1,2})(?!\d)(?!\s*(?:pct|percent|mln|billion|"
                   r"dlrs?|cts))|\b(?P<day2>\d{1,2})\s+(?P<month2>" + _MONTH + r")\b", re.IGNORECASE)
_MONTH_ALONE = re.compile(r"\b(?:in|for|of|during|since)\s+(?P<month>" + _MONTH + r")\b(?!\.?\s+\d)",
                          re.IGNORECASE)
# Tickers as a wire headline gives them: <SUN>, <RTRS.L>, (UAL).
_TICKER = re.compile(r"<([A-Z][A-Z0-9.]{0,9})>|\(([A-Z][A-Z0-9.]{0,5})\)")
# Where a lead is looked for: past an outlet's header or two, never through a whole long text.
_OPENING_CHARS = 1000
_OPENING_SENTENCES = 6
# A template is short; past this, a text is not compared line by line.
_TEXT_CHARS = 6000
_YEAR = re.compile(r"\b(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?\b")
_FIGURE_WORDS = {w: str(i) for i, w in enumerate("two three four five six seven eight nine ten".split(), 2)}
# Digits not part of an ordinal ("1ST QTR"), or a number written as a word; "one" is a pronoun as
# often as a number. What comes before the first digit is looked behind from past it: a pattern
# that starts with a digit is searched for digits, several times faster than trying the
# look-behind at every character of a long text.
_DIGITS = re.compile(r"\d(?<![\d.,/-]\d)\d*(?:[.,/-]\d+)*(?!\d|(?:st|nd|rd|th)\b)", re.IGNORECASE)
_FIGURE_WORD = re.compile(r"\b(?:" + "|".join(_FIGURE_WORDS) + r")\b")
# Past this, a long text's figures are not read: a bound on the cost, far past any wire story.
_FIGURE_CHARS = 20_000
_TOKEN = re.compile(r"<[^>\n]{1,40}>|\d[\d.,/-]*\d|\d|[^\W\d_][\w'&.-]*", re.UNICODE)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred half quarter".split())
_CAPITAL = re.compile(r"[A-Z]")
# What a lead's shape masks by word: figures in words, months and days.
_MARKS = dict.fromkeys(_NUMBER_WORDS, "#") | dict.fromkeys([*_MONTH_NAMES, *_DAYS], "@")
_LEGAL = frozenset("inc corp co ltd plc llc nv sa ag ab spa bv group holdings holding unit int'l intl".split())
# What a wire puts before a headline it sends again.
_WIRE_MARKS = frozenset("corrected correction corrects rpt repeat refile update updated adds".split())
# A headline that says it corrects or repeats an earlier story: what differs is what it fixes.
_RESENT = re.compile(r"\b(?:CORRECTED|CORRECTION|CORRECTS|RPT|REPEAT|REFILE)\b", re.IGNORECASE)
# "10-YEAR NOTES", "13-WEEK BILLS": a number glued to a word describes; it is not the news.
_DESCRIBING = re.compile(r"\b\d+(?:[.,]\d+)?-(?=[A-Za-z])")
_NOT_NAMES = frozenset(
    "reuter reuters the a an and of in on at for to by with from said says u.s. inc corp co ltd plc".split())

# The part of a day or of a year a report covers: two reports of one kind for different parts
# are different reports.
_TIMES = {
    "morning": "morning", "afternoon": "afternoon", "midday": "midday", "noon": "midday", "evening": "evening",
    "overnight": "overnight", "opening": "opening", "closes": "close", "closed": "close", "closing": "close",
}
# In a market report's headline these say which report it is ("OPEN SLIGHTLY FIRMER", "MOSTLY HIGHER
# AT MIDSESSION", "CLOSE LOWER"); in a lead they are too often something else ("early next year").
_HEADLINE_TIMES = _TIMES | {"open": "opening", "opens": "opening", "early": "opening", "midsession": "midday",
                            "close": "close"}
_PERIODS = re.compile(
    r"\b(?:(?P<q>1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:qtr|quarter))\b|\b(?P<h>six|nine)\s+mths\b",
    re.IGNORECASE)
_QUARTER = {"1st": "q1", "first": "q1", "2nd": "q2", "second": "q2", "3rd": "q3", "third": "q3", "4th": "q4",
            "fourth": "q4"}

# Polarity of the main event, by axis: +1 one way, -1 the other. "lift" is a removal (an order
# lifted), never a rise: prices "lifted" are raised in other words, and a rise is a level change.
_POLARITY: dict[str, tuple[str, int]] = {}
for _axis, _sign, _words in (
    ("level", 1, "rise rises rose risen rising raise raises raised raising up increase increases increased "
                 "increasing higher gain gains gained gaining climb climbs climbed climbing jump jumps jumped "
                 "jumping firmed firmer firming harden hardens hardened hardening strengthen strengthens "
                 "strengthened strengthening advances boost boosts boosted boosting hike hikes hiked hiking adds "
                 "widen widens widened widening surge surges surged surging"),
    ("level", -1, "fall falls fell fallen falling cut cuts cutting lower lowers lowered lowering decrease "
                  "decreases decreased decreasing decline declines declined declining drop drops dropped "
                  "dropping ease eases eased easing easier slip slips slipped slipping weaken weakens weakened "
                  "weakening reduce reduces reduced reducing slash slashes slashed slashing down drain drains "
                  "drained draining narrow narrows narrowed narrowing tumble tumbles tumbled tumbling plunge "
                  "plunges plunged plunging shrink shrinks shrank shrinking softer"),
    ("grant", 1, "grant grants granted granting impose imposes imposed imposing award awards awarded awarding"),
    ("grant", -1, "lift lifts lifted lifting revoke revokes revoked revoking rescind rescinds rescinded "
                  "rescinding overturn overturns overturned overturning dissolve dissolves dissolved dissolving "
                  "vacate vacates vacated vacating"),
    ("assent", 1, "agree agrees agreed agreeing agreement approve approves approved approving approval accept "
                  "accepts accepted accepting acceptance ratify ratifies ratified ratifying endorse endorses "
                  "endorsed endorsing"),
    ("assent", -1, "reject rejects rejected rejecting rejection refuse refuses refused refusing refusal deny "
                   "denies denied denying veto vetoes vetoed vetoing oppose opposes opposed opposing rebuff "
                   "rebuffs rebuffed rebuffing spurn spurns spurned spurning"),
    ("outcome", 1, "win wins won winning"),
    ("outcome", -1, "lose loses lost losing"),
):
    for _w in _words.split():
        _POLARITY[_w] = (_axis, _sign)
# "UP 1.50 DLR" in a headline is a move; in a lead, "up" and "down" are mostly particles
# ("signed up", "step down").
_HEADLINE_ONLY = frozenset({"up", "down"})


@dataclass(frozen=True)
class IdentitySettings:
    """When two overlapping documents are one story (see the module's docstring)."""

    #: Two reports of one story are sent within this many days of each other (a re-send after a
    #: weekend); beyond it, the same words are another day's story.
    max_days_apart: int = 3
    #: A paraphrase sent on another day must keep this much of the lead (Dice overlap of its
    #: content words; sentences match from 0.5).
    other_day_lead: float = 0.6
    #: A lead shape found in this many independent stories is a template: documents sharing it
    #: are one story only when all its fillers agree, the day included.
    template_stories: int = 3
    #: A templated pair reported on different days is still one story (a correction re-sent the
    #: next day) when the documents share at least this many figures: a results table is
    #: specific, the Fed's "1.5 billion dlrs" recurs.
    template_specific_figures: int = 6
    #: ... and when at least this share of the smaller set of figures is in the other.
    template_figure_overlap: float = 0.8


@dataclass(frozen=True, slots=True)
class Identity:
    when: str  # the day it is about: its dateline's, else its publication's (an ordinal); without a
    # publication date to give the dateline its year, the dateline's "month-day"
    published: int | None  # the day it was published (ordinal)
    place: str  # the dateline's place, lower case; "" without one
    tickers: frozenset[str]  # of the headline
    ticker_names: frozenset[str]  # the headline's words before its first ticker: whose it is
    names: frozenset[str]  # capitalised words of the lead
    subject: frozenset[str]  # the lead's names before its first word in lower case: who acts
    body: str  # the text past its dateline
    figures: frozenset[str]  # every figure of the text past its dateline
    title_figures: frozenset[str]  # the headline's figures: its news
    dates: frozenset[tuple[int, int]]  # (month, day) named in the headline and the lead
    months: frozenset[int]  # months named alone ("in January")
    times: frozenset[str]  # part of the day or of the year reported
    polarity: frozenset[tuple[str, int]]  # (axis, sign) of the headline's and lead's event words
    resent: bool  # the headline marks a correction or a repeat
    dated: bool  # the text gives a date: a dateline, or one in the lead
    caseless: bool  # a lower-cased lead: capitals tell no names, so none missing means none
    lead_words: frozenset[str]  # the lead's content words
    shape: int  # hash of the lead with its fillers masked; 0 when the document has no lead
    fillers: frozenset[str]  # what the mask hid in the lead, the place and day included

    @property
    def has_parties(self) -> bool:
        """Tickers or names; a lower-cased lead may well have parties that its case hides."""
        return bool(self.tickers or self.names) or self.caseless

    @property
    def has_figures(self) -> bool:
        """Numbers or dates: what tells one report of a kind from another."""
        return bool(self.figures) or self.dated


def _day(month: int, day: int, published: date) -> int | None:
    try:
        d = date(published.year, month, day)
        if (d - published).days > 180:  # a December dateline on a story published in January
            d = date(published.year - 1, month, day)
    except ValueError:
        return None
    return d.toordinal()


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def published_day(value: str | None) -> int | None:
    """The day of an ISO publication date or time, as an ordinal; None when unknown."""
    day = _published(value)
    return day.toordinal() if day else None


def _figures(text: str) -> frozenset[str]:
    """Numbers as ``content_words`` folds them ("1,000" = "1000", "five" = "5"), ordinals aside, and
    "1.3 mln" = "1,300,000"."""
    text = text[:_FIGURE_CHARS]
    out = {number.replace(",", "") for number in _DIGITS.findall(text)}
    out.update(_FIGURE_WORDS[w] for w in _FIGURE_WORD.findall(text.lower()))
    return frozenset(scale(out, text))


def _tickers(text: str) -> frozenset[str]:
    return frozenset((m.group(1) or m.group(2)).rstrip(".") for m in _TICKER.finditer(text))


def _ticker_names(title: str) -> frozenset[str]:
    m = _TICKER.search(title)
    if not m:
        return frozenset()
    words = (w.replace(".", "") for w in re.findall(r"[a-z][a-z.&'-]*", title[:m.start()].lower()))
    return frozenset(w for w in words if w and w not in STOPWORDS and w not in _LEGAL and w not in _WIRE_MARKS)


def _mask(lead: str) -> tuple[str, frozenset[str]]:
    """The lead's shape (fillers masked, runs of names as one) and the fillers it hid."""
    shape, fillers, first = _masked(_TOKEN.findall(lead))
    if first is not None:
        fillers.add(first)
    return shape, frozenset(fillers)


def _masked(tokens: list[str]) -> tuple[str, set[str], str | None]:
    """``_mask`` of a text's tokens, the first token's filler (None if it is none) apart from the
    others': a sentence's shape and the fillers past its first word come of one pass."""
    out: list[str] = []
    fillers: set[str] = set()
    first_filler = None
    known = _MARKED
    if len(known) > 100_000:
        known.clear()
    for i, token in enumerate(tokens):
        marked = known.get(token)
        if marked is None:
            marked = known[token] = _mark(token)
        low, mark = marked
        if mark is None:
            out.append(low)
            continue
        if i:
            fillers.add(low)
        else:
            first_filler = low
        if not out or out[-1] != mark or mark == "#":
            out.append(mark)
    return " ".join(out), fillers, first_filler


def _mark(token: str) -> tuple[str, str | None]:
    """A token's word as a shape holds it (lower case, no final stop), and what masks it: "#" for
    a figure, "@" for a month or day, "N" for a name; None where the word is kept."""
    low = token.lower()
    if low[-1] == ".":
        low = low.rstrip(".")
    mark = _MARKS.get(low)
    if mark is None:
        first = token[0]
        if first == "<" or first.isdigit():
            mark = "#"
        elif first.isupper() and low not in STOPWORDS:
            mark = "N"
    return low, mark


#: ``_mark`` of each token, by the token: the words of wire copy recur, and one look-up replaces
#: the lowering and the tests of each. Bounded: cleared when full.
_MARKED: dict[str, tuple[str, str | None]] = {}


def _subject(lead: str) -> frozenset[str]:
    out: list[str] = []
    for token in _TOKEN.findall(lead):
        low = token.lower().rstrip(".")
        if token.startswith("<") or (token[0].isupper() and low not in STOPWORDS):
            out.append(low)
        elif low not in STOPWORDS:
            break
    return _names(out)


def _names(fillers: Iterable[str]) -> frozenset[str]:
    # "<Noranda Inc>": the wire's brackets round a company without a ticker; its words are names.
    fillers = [w for f in fillers for w in (f[1:-1].split() if f.startswith("<") else [f])]
    return frozenset(f for f in fillers if f and f[0].isalpha() and f not in _MONTH_NAMES and f not in _DAYS
                     and f not in _NUMBER_WORDS and f not in _NOT_NAMES)


def _sentence_names(text: str) -> dict[int, frozenset[str]]:
    """The names in each sentence shape of a text (a template's lines: "NOTE: Franklin Insured
    Tax-Free Income Fund."), by the shape's hash. A sentence's first word is capitalised anyway,
    and a table's row labels ("Revs", "Gross income") are no names."""
    out: dict[int, set[str]] = {}
    known = _SHAPED
    if len(known) > 100_000:
        known.clear()
    for s in split_sentences(text[:_TEXT_CHARS]):
        if s.text not in known:
            # The fillers past the first token: those of the text past it, tokenised alike (no
            # token pattern looks behind).
            shape, rest, _ = _masked(_TOKEN.findall(s.text))
            known[s.text] = shape_hash(shape), _names(rest)
        shape, names = known[s.text]
        out.setdefault(shape, set()).update(names)
    return {k: frozenset(v) for k, v in out.items()}


#: Each sentence's shape and names, by its text (``_sentence_names``): wire copy repeats its lines.
#: Bounded: cleared when full.
_SHAPED: dict[str, tuple[int, frozenset[str]]] = {}


def _words(text: str) -> list[str]:
    # "up to 500 mln" is a bound, not a rise; "won't" is no win.
    return re.findall(r"[a-z]+(?:'[a-z]+)?", re.sub(r"\bup to\b", " ", text.lower().replace("\u2019", "'")))


def _times(text: str, words: list[str], in_lead: bool) -> frozenset[str]:
    vocabulary = _TIMES if in_lead else _HEADLINE_TIMES
    times = {vocabulary[w] for w in words if w in vocabulary}
    for p in _PERIODS.finditer(text):
        times.add(_QUARTER[p.group("q").lower()] if p.group("q") else p.group("h").lower() + "-months")
    return frozenset(times)


def shape_hash(shape: str) -> int:
    """A stable 63-bit id of a lead shape; its prefix keeps it apart from sentence hashes, which
    share their table (both count how many stories a wording recurs in)."""
    return int.from_bytes(hashlib.blake2b(b"lead-shape\x00" + shape.encode(), digest_size=8).digest(), "big") >> 1


def _opening(text: str) -> list[tuple[str, int]]:
    """The first sentences of a text, each with the hash of its wording (``paraphrase.key_hash``)
    up to the first that opens with a dateline (hash 0 after it): where the lead is, past an
    outlet's header, which a dateline never is. A bounded slice keeps a long text's cost flat."""
    out, dated = [], False
    for s in split_sentences(text[:_OPENING_CHARS])[:_OPENING_SENTENCES]:
        dated = dated or bool(match_dateline(s.text))
        out.append((s.text, 0 if dated else key_hash(sentence_key(s.text))))
    return out


def opening_of(text: str, sentences: Sequence[Sentence], keys: Sequence[int]) -> list[tuple[str, int]]:
    """``_opening(text)`` from the text's sentences (``split_sentences(text)``) and their wording's
    hashes, without splitting again: the first sentences of the whole text are those of its first
    ``_OPENING_CHARS`` when the text ends there, or when the sentence past them starts there (a
    boundary needs at most two characters past it)."""
    n = _OPENING_SENTENCES
    if len(text) > _OPENING_CHARS and not (len(sentences) > n and sentences[n].start + 2 <= _OPENING_CHARS):
        return _opening(text)
    out, dated = [], False
    for s, key in zip(sentences[:n], keys):
        dated = dated or bool(match_dateline(s.text))
        out.append((s.text, 0 if dated else key))
    return out


def _lead(opening: list[tuple[str, int]], boilerplate: Container[int]) -> tuple[re.Match[str] | None, str]:
    """The dateline, if any, and the lead: the first sentence after it that is not boilerplate
    (an outlet's header on a wrapped copy). What comes before a dateline is a header."""
    dateline = None
    dated = next((i for i, (_, key) in enumerate(opening) if not key), None)
    for lead, key in opening[dated:] if dated is not None else opening:
        if key in boilerplate:
            continue
        m = _DATELINE.match(lead) if dateline is None else None
        if m:
            dateline, lead = m, lead[m.end():]
        if lead.strip():
            return dateline, lead
    return dateline, ""


# A batch's leads are shaped for its templates, then again for the identities of its pairs.
@lru_cache(maxsize=16384)
def _shape(lead: str) -> tuple[int, frozenset[str]]:
    shape, fillers = _mask(lead)
    # Three tokens or fewer ("Net up #") are too few to call a shape.
    return (shape_hash(shape) if len(shape.split()) >= 4 else 0), fillers


def lead_template(text: str, boilerplate: Container[int] = (),
                  opening: list[tuple[str, int]] | None = None) -> tuple[int, int]:
    """What templates are counted by: the hash of a document's lead shape (0 when it has none)
    and the hash of that shape with its fillers, the dateline's place and date included."""
    dateline, lead = _lead(_opening(text) if opening is None else opening, boilerplate)
    shape, fillers = _shape(lead)
    if not shape:
        return 0, 0
    where = dateline.group("place", "month", "day") if dateline else ()
    filled = "\x00".join([str(shape), *sorted(fillers), *(w.lower() for w in where)])
    return shape, shape_hash(filled)


def identify(text: str, title: str | None = None, published: str | None = None,
             boilerplate: Container[int] = (), opening: list[tuple[str, int]] | None = None) -> Identity:
    """The identity of one document: its clean text, headline and publication date.
    ``boilerplate``: hashes of sentences that are no lead; ``opening``: ``_opening(text)`` if known."""
    title = title or ""
    pub = _published(published)
    m, lead = _lead(_opening(text) if opening is None else opening, boilerplate)
    place, when = "", str(pub.toordinal() if pub else "")
    if m:
        place = " ".join(m.group("place").lower().split())
        month, dd = _MONTH_NAMES[m.group("month").lower().rstrip(".")], int(m.group("day"))
        when = str((_day(month, dd, pub) if pub else None) or f"{month}-{dd}")
    head = f"{title}\n{lead}"
    shape, fillers = _shape(lead)
    at = text.find(m.string) if m else -1
    body = text[at + m.end():] if m and at >= 0 else text
    names = _names(fillers)
    dates = set()
    for d in _DATE.finditer(head):
        month, dd = (d.group("month"), d.group("day")) if d.group("month") else (d.group("month2"), d.group("day2"))
        if 1 <= int(dd) <= 31:
            dates.add((_MONTH_NAMES[month.lower().rstrip(".")], int(dd)))
    months = frozenset(_MONTH_NAMES[x.group("month").lower().rstrip(".")] for x in _MONTH_ALONE.finditer(head))
    words, title_words = _words(head), _words(title)
    # "up" and "down" count in a headline only: in a lead they are mostly particles.
    polarity = {_POLARITY[w] for w in title_words if w in _POLARITY}
    polarity.update(_POLARITY[w] for w in words if w in _POLARITY and w not in _HEADLINE_ONLY)
    return Identity(
        when=when, published=pub.toordinal() if pub else None, place=place,
        tickers=_tickers(title), ticker_names=_ticker_names(title), names=names, subject=_subject(lead),
        body=body, figures=_figures(body),
        # A headline's dates and years say when, not what: "3RD QTR JAN 31 NET", "YEAR 1986".
        title_figures=_figures(_DESCRIBING.sub(" ", _YEAR.sub(" ", _DATE.sub(" ", title)))),
        dates=frozenset(dates), months=months,
        # A headline says which report it is (the afternoon fix, the close); a lead may recall others.
        times=_times(title, title_words, False) or _times(head, words, True),
        polarity=frozenset(polarity),
        resent=bool(_RESENT.search(title)), dated=bool(m or dates or months),
        caseless=bool(lead) and not _CAPITAL.search(lead),
        lead_words=content_words(lead), shape=shape,
        fillers=fillers | {f"@place:{place}", f"@day:{when}"},
    )


def _is_figure(filler: str) -> bool:
    return filler[0].isdigit() or filler in _NUMBER_WORDS


def _clash(x: frozenset, y: frozenset) -> bool:
    """Both name something, and nothing in common."""
    return bool(x) and bool(y) and not (x & y)


def _mistyped(x: frozenset[str], y: frozenset[str]) -> bool:
    """Some ticker of one is another's with a letter added, dropped, changed or two swapped."""
    def near(p: str, q: str) -> bool:
        if abs(len(p) - len(q)) > 1:
            return False
        if len(p) == len(q):
            diff = [i for i in range(len(p)) if p[i] != q[i]]
            return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and p[diff[0]] == q[diff[1]]
                                      and p[diff[1]] == q[diff[0]])
        short, long_ = sorted((p, q), key=len)
        return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
    return any(near(p, q) for p in x for q in y)


def _opposed(a: frozenset[tuple[str, int]], b: frozenset[tuple[str, int]]) -> bool:
    for axis in {ax for ax, _ in a} & {ax for ax, _ in b}:
        sa = {s for ax, s in a if ax == axis}
        sb = {s for ax, s in b if ax == axis}
        if len(sa) == 1 and len(sb) == 1 and sa != sb:
            return True
    return False


def conflict(a: Identity, b: Identity, level: str, templated: bool, cfg: IdentitySettings,
             names: Callable[[], tuple[dict, dict]] | None = None) -> str | None:
    """Why two documents that overlap as ``level`` (near or paraphrase) are not one story, or
    None when nothing tells them apart. ``templated``: their leads share a template. ``names``:
    ``_sentence_names`` of both bodies, if kept somewhere (they are read only for templates)."""
    if level == "paraphrase" and not (a.has_parties and b.has_parties and a.has_figures and b.has_figures):
        return "no parties or no figures to tell the story by"
    # By publication dates: a feature sent again days after its dateline is one story.
    if a.published is not None and b.published is not None and abs(a.published - b.published) > cfg.max_days_apart:
        return "other days"
    if a.resent or b.resent:
        return None  # a correction changes what it corrects: a figure, a ticker, the period
    # A ticker mistyped in a re-send ("OLIN CORP <OLM>", "OLIN <OLN>") leaves the company's name.
    if _clash(a.tickers, b.tickers) and not (a.ticker_names & b.ticker_names and _mistyped(a.tickers, b.tickers)):
        return "other parties (tickers)"
    # A lower-cased report names no one by capitals: its dateline says which market it reports.
    if a.caseless and b.caseless and a.place and b.place and a.place != b.place:
        return "other parties (places)"
    if _clash(a.dates, b.dates) or _clash(a.months, b.months):
        return "other dates"
    if _clash(a.times, b.times):
        return "another part of the day or year"
    if _opposed(a.polarity, b.polarity):
        return "opposite events"
    if level == "near":
        # A copy keeps who acts in a lead worded alike ("Tokyo Optical is issuing ...", not
        # "Keihanshin ..."), and a copy sent again on another day keeps its figures (the Fed's
        # repurchase of the next day has another amount or rate).
        if a.shape and a.shape == b.shape and _clash(a.subject, b.subject):
            return "another subject"
        small, large = sorted((a.figures, b.figures), key=len)
        if a.when != b.when and not small <= large:
            return "other figures on another day"
    # A rewrite sent on another day keeps the lead's wording; a new lead on another day tells the
    # next development (the filing, then the pricing; the strike called, then settled).
    if level == "paraphrase" and a.when != b.when and dice(a.lead_words, b.lead_words) < cfg.other_day_lead:
        return "another day's development"
    # A rewrite tells the headline's news; a copy sent again may take another headline.
    for x, y in ((a, b), (b, a)) if level == "paraphrase" else ():
        if x.title_figures and y.figures and not x.title_figures <= y.figures | y.title_figures:
            return "headline figures missing from the other"
    if templated:
        # The shared words are the template's: its fillers must agree, the lead's and the names of
        # every other sentence shape both have (a note one drops has no say). A shared ticker
        # says whose story it is, wherever the dateline puts it.
        named = bool(a.tickers & b.tickers)
        others = {f for f in a.fillers ^ b.fillers if not f.startswith("@day:")
                  and not (named and f.startswith("@place:"))}
        if any(not _is_figure(f) for f in others):
            return "a template filled otherwise"
        na, nb = names() if names else (_sentence_names(a.body), _sentence_names(b.body))
        if any(na[k] != nb[k] for k in na.keys() & nb.keys()):
            return "a template filled otherwise"
        # A results table is specific enough to survive a corrected figure or a day's delay; the
        # Fed's "1.5 billion dlrs" on another day is another day's repurchase.
        shared = len(a.figures & b.figures)
        specific = shared >= cfg.template_specific_figures \
            and shared >= cfg.template_figure_overlap * min(len(a.figures), len(b.figures))
        if not specific and (others or a.when != b.when):
            return "a template filled otherwise"
    return None


class Judge:
    """Story identity for one batch of the dedup stage: the identities of the documents it
    compares, each read once, and what the store and the batch have counted so far: how many
    stories each opening sentence is found in (a header on many pages is boilerplate) and how
    many different fillings each lead shape has (one of several is a template). A template that
    arrives within one batch is a template already."""

    def __init__(self, cfg: IdentitySettings, store: Store, texts: dict[int, str], batch: Sequence[dict],
                 boilerplate_stories: int, openings: dict[int, list[tuple[str, int]]] | None = None,
                 sentence_names: dict[int, dict[int, frozenset[str]]] | None = None):
        """``openings``: ``_opening`` of the batch's documents, where known already;
        ``sentence_names``: ``_sentence_names`` of documents' bodies, kept by document id across
        batches (a document is compared in many), and filled here."""
        self.cfg, self.store, self.texts = cfg, store, texts
        self.sentence_names = {} if sentence_names is None else sentence_names
        self.boilerplate_stories = boilerplate_stories
        self.counts: Counter[int] = Counter()  # the batch's, plus the store's once read
        self.read: set[int] = set()  # hashes whose stored count is in ``counts``
        self.common: set[int] = set()  # boilerplate sentences
        self.openings: dict[int, list[tuple[str, int]]] = {}
        self.identities: dict[int, Identity] = {}
        # Copies of one text count once.
        firsts = {d["text"]: d["id"] for d in batch}
        for d in batch:
            self.openings[d["id"]] = openings[d["id"]] if openings and d["id"] in openings else _opening(d["text"])
        for doc in firsts.values():
            self.counts.update({key for _, key in self.openings[doc] if key})
        self._read_boilerplate(firsts.values())
        self.templates = {d["id"]: lead_template(d["text"], self.common, self.openings[d["id"]]) for d in batch}
        self._read(h for pair in self.templates.values() for h in pair)
        # A filling not seen before is one more for its shape (the store's fillings were counted).
        self.new_fillings: set[int] = set()
        for doc in firsts.values():
            shape, filling = self.templates[doc]
            if shape and not self.counts[filling] and filling not in self.new_fillings:
                self.new_fillings.add(filling)
                self.counts[shape] += 1

    def _read(self, hashes: Iterable[int]) -> None:
        todo = sorted(set(hashes) - self.read - {0})
        self.counts.update(self.store.sentence_df(todo))
        self.read.update(todo)

    def _read_boilerplate(self, docs: Iterable[int]) -> None:
        hashes = {key for doc in docs for _, key in self.openings[doc]}
        self._read(hashes)
        self.common.update(h for h in hashes if self.counts[h] >= self.boilerplate_stories)

    def learned(self, stories: Iterable[int]) -> Counter[int]:
        """What to add to the store's counts for the batch's documents that are no copy: each
        one's filling, and each new filling's shape once."""
        out: Counter[int] = Counter()
        for doc in stories:
            shape, filling = self.templates[doc]
            if shape:
                out[filling] += 1
                if filling in self.new_fillings:
                    out[shape] += 1
                    self.new_fillings.discard(filling)
        return out

    def prepare(self, doc_ids: Iterable[int]) -> None:
        """Read what deciding on pairs of these documents needs (their texts are in ``texts``)."""
        todo = sorted(d for d in set(doc_ids) if d not in self.identities)
        for doc in todo:
            if doc not in self.openings:
                self.openings[doc] = _opening(self.texts[doc])
        self._read_boilerplate(todo)
        heads = self.store.headlines(todo)
        for doc in todo:
            title, published = heads.get(doc, (None, None))
            self.identities[doc] = identify(self.texts[doc], title, published, self.common, self.openings[doc])
        self._read(self.identities[d].shape for d in todo)

    def templated(self, shape: int) -> bool:
        return bool(shape) and self.counts[shape] >= self.cfg.template_stories

    def why_not(self, a: int, b: int, level: str) -> str | None:
        """Why two prepared documents that overlap as ``level`` are not one story; None if they are."""
        x, y = self.identities[a], self.identities[b]
        return conflict(x, y, level, x.shape == y.shape and self.templated(x.shape), self.cfg,
                        lambda: (self._sentence_names(a), self._sentence_names(b)))

    def _sentence_names(self, doc: int) -> dict[int, frozenset[str]]:
        if doc not in self.sentence_names:
            self.sentence_names[doc] = _sentence_names(self.identities[doc].body)
        return self.sentence_names[doc]

    def one_story(self, a: int, b: int, level: str) -> bool:
        return self.why_not(a, b, level) is None
