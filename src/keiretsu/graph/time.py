"""Valid time: dates in a sentence, resolved against the article's publication date.

Dates are ISO strings truncated to what the text says: "1999", "2024-02", "2024-02-01". Compared
as strings they order by the start of the period, which is what as-of queries need
("1999" <= "1999-03-01").

News convention sets the direction of a bare weekday or day of a month: "said on Thursday" is
the Thursday just gone, unless the sentence looks ahead ("will", "as early as", "next").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..clean.dates import MONTHS, WEEKDAYS
from ..extract.lexicon import BID_NOUNS, DEAL_DOCUMENTS, PURCHASE_NOUNS

_WEEKDAYS = {d: i for i, d in enumerate(WEEKDAYS)}
_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBERS.update({"a": 1, "an": 1, "half": 0.5, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50})

_MONTH_NAME = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
              r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_MONTH = r"(?P<month>" + _MONTH_NAME + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# A year told as a deal's own, right before its noun ("its 1985 acquisition of American Hospital Supply", "a 1985
# draft agreement for ATT to take over CGCT", "the 1984 takeover of Getty Oil"): when that deal was made, where that
# is before the story's year. Only a deal's noun, with at most one word between: "its 1986 sales" and "1986 net
# income" are a year's figures.
_DEAL_NOUNS = "|".join(sorted(DEAL_DOCUMENTS | BID_NOUNS | PURCHASE_NOUNS | {"merger", "takeover", "buyout", "sale"}))
_COUNT = r"(?P<count>\d+|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"

# Words just before a date that look ahead: "will sign on Monday", "as early as February 1".
# Only the few words before the date count: in "said on Thursday it would buy" Thursday is past.
_FUTURE = re.compile(r"\b(will|would|could|may|might|shall|as early as|expected|expects|due|scheduled|set to|"
                     r"planned|plans|by the end of|no later than)\b", re.I)
_LOOKBEHIND = 40
# A past perfect just before a month without a year: "The ICC had rejected in July the merger", "had proposed a
# takeover of Heck's in September but later withdrew" (in a March story) tell a month gone, last year's, however
# near the coming one is; not a date planned then ("had projected commercial operation in September").
_PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+|already\s+|earlier\s+|previously\s+)?(?!(?:projected|scheduled|planned|"
                           r"expected|targeted|forecast|estimated|predicted|hoped|intended|promised|set|aimed|"
                           r"anticipated)\b)[a-z]+(?:ed|en)\s+(?:[\w'&.-]+\s+){0,4}$", re.I)
# ...or the word just after it, whose subject the date is: "the board Monday will discuss the sale".
_FUTURE_AFTER = re.compile(r"\s+(?:will|shall)\b", re.I)
# Words just before a date that make it a deadline ("extended its offer until May 1", "expires
# April 3"): a date by which something may happen, never when a status began. "by" is one too:
# "approved by March 31" is a limit, not the day it was approved.
# A date moved ("to April 30 from September 30") was a schedule both before and after: neither is
# when anything began. What "to" moved it to is a date, with a figure in it: "due to financing costs
# resulting from the January 1987 acquisition" moves nothing, and dates the acquisition.
_DEADLINE = re.compile(r"\b(?:until|till|through|thru|expir\w*|deadline|by|before|no later than|pending|"
                       r"extend\w*(?:\s+\S+){0,4}\s+to|to\s+(?:\S+\s+){0,2}\S*\d\S*\s+from)\s+(?:on\s+|the\s+)?$",
                       re.I)
_DEADLINE_LEAD = ("until", "till", "by")  # the patterns below that take the word in their match
# A date in the possessive after a word that sets another event beside the sentence's ("X's investment in Y
# follows last year's investment by Z in W", "bigger than last year's bid") dates that other event, not the
# deal the sentence tells: it dates nothing here.
_COMPARED = re.compile(r"\b(?:follows?|followed|mirrors?|mirrored|echoes|echoed|recalls|resembles|matches|tops|"
                       r"topped|exceeds|exceeded|dwarfs|than|like|unlike)\s+(?:the\s+|a\s+)?$", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s\b", re.I)

# What a sentence must hold for a pattern to have a chance: most sentences hold few of them, and
# a substring test costs far less than a regex scan (the graph dates every new mention). Each
# guard is a condition that every match of its pattern meets, so the dates found do not depend on
# the guards. ASCII text lowercased, which the patterns scan without IGNORECASE, has guards that
# ask for what a match holds ("decade", "market" and "separate" name no month, a day of a month
# has a digit, "on Monday" is no "today"); any other text has looser ones (``_GUARDS``), since
# IGNORECASE matches letters that lowercasing does not give ("ſ" for "s").
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
# A month as every pattern takes it: a whole word, or one cut short by a full stop ("Sept.").
_MONTH_TOKEN = re.compile(r"\b(?:" + _MONTH_NAME + r")(?!\w)")
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")


# Several guards ask for the same scan of one sentence in a row: each is made once (a regex scan
# costs a sentence several microseconds; new mentions are dated by the thousand in every update).
@lru_cache(maxsize=1)
def _has_month(low: str) -> bool:
    return _MONTH_WORD.search(low) is not None


@lru_cache(maxsize=1)
def _has_month_token(low: str) -> bool:
    return _MONTH_TOKEN.search(low) is not None


@lru_cache(maxsize=1)
def _has_year(low: str) -> bool:
    return _YEAR_WORD.search(low) is not None


@lru_cache(maxsize=1)
def _has_digit(low: str) -> bool:
    return _DIGIT.search(low) is not None


def _has_month_day(low: str) -> bool:
    return _has_month_token(low) and _has_digit(low)


def _has_since_word(low: str) -> bool:  # the words of the "since" pattern (a chain: no generator per sentence)
    return "since" in low or "dating" in low or "founded" in low or "formed" in low or "established" in low or \
        "began" in low or "started" in low


# Order matters: the first pattern to match a stretch of text claims it. Each comes with its
# guard for ASCII text lowercased.
_PATTERNS: list[tuple[str, re.Pattern, Callable[[str], bool]]] = [
    (kind, re.compile(p, re.I), guard) for kind, p, guard in [
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", lambda low: "-" in low and _has_year(low)),
        ("age", r"\b" + _COUNT + r"[- ](?P<unit>year|decade)s?[- ]old\b",
         lambda low: "old" in low and ("year" in low or "decade" in low)),
        ("age", r"\b" + _COUNT + r"[- ](?P<unit>year|decade)s?[- ]long\b",
         lambda low: "long" in low and ("year" in low or "decade" in low)),
        ("since", r"\b(?:since|dating back to|founded in|formed in|established in|began in|started in)\s+"
                  r"(?:(?:" + _MONTH + r"),?\s+)?" + _YEAR + r"\b",
         lambda low: _has_year(low) and _has_since_word(low)),
        ("mdy", r"\b" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b", _has_month_day),
        ("dmy", r"\b" + _DAY + r"\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b", _has_month_day),
        # ("last October" is a month gone; "the last may" is no month; "effective April" is when a change takes hold;
        # the year may follow a comma: "medical leave in June, 1986" is not the coming June)
        ("my", r"\b(?:in|since|by|until|from|early|late|mid-?|effective|last(?!\s+may\b))\s+" + _MONTH +
         r"(?:,?\s+(?:of\s+)?" + _YEAR + r")?\b", _has_month_token),
        ("my", r"\b" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"\b", lambda low: _has_year(low) and _has_month_token(low)),
        ("year", r"\b(?:in|by|during|until|from|since)\s+" + _YEAR + r"\b", _has_year),
        ("deal_year", r"\b(?:an?|the|its|their|[\w.&-]+'s)\s+" + _YEAR + r"(?=\s+(?:[a-z-]+\s+)?(?:" + _DEAL_NOUNS + r")\b)",
         _has_year),
        ("weekday", r"\b(?:(?P<rel>last|next|this|on)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|"
                    r"saturday|sunday)\b", lambda low: "day" in low),
        ("relday", r"\b(?P<rel>yesterday|today|tomorrow|last night|tonight|this (?:morning|afternoon|evening))\b",
         lambda low: "today" in low or "yesterday" in low or "tomorrow" in low or "night" in low or
         "morning" in low or "afternoon" in low or "evening" in low),
        ("relperiod", r"\b(?P<rel>last|next|this|earlier this|later this)\s+(?P<unit>week|month|year)\b",
         lambda low: ("week" in low or "month" in low or "year" in low) and (
             "last" in low or "next" in low or "this" in low)),
    ]]
_GUARDS = {
    "iso": lambda low: "-" in low and _has_year(low),
    "age": lambda low: ("year" in low or "decade" in low) and ("old" in low or "long" in low),
    "since": lambda low: _has_year(low) and _has_since_word(low),
    "mdy": _has_month,
    "dmy": _has_month,
    "my": _has_month,
    "year": _has_year,
    "deal_year": _has_year,
    "weekday": lambda low: "day" in low,
    "relday": lambda low: any(w in low for w in ("day", "tomorrow", "night", "morning", "afternoon", "evening")),
    "relperiod": lambda low: "week" in low or "month" in low or "year" in low,
}


def folded(pattern: re.Pattern) -> re.Pattern:
    """A case-blind pattern for ASCII text lowercased: the same matches at the same places (its
    letters are lowercase, and lowercased ASCII keeps its length), found three times faster than
    by IGNORECASE. Other text is scanned as written: IGNORECASE folds it in ways ``str.lower``
    does not ("ſ" matches "s") and lowercasing may change its length ("İ" becomes two letters)."""
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


# (patterns with their guards, deadline, future) for ASCII text lowercased, and for any other text
# as written.
_SCANS = {True: ([(kind, folded(p), guard) for kind, p, guard in _PATTERNS], folded(_DEADLINE), folded(_FUTURE)),
          False: ([(kind, p, _GUARDS[kind]) for kind, p, _ in _PATTERNS], _DEADLINE, _FUTURE)}
# In a story's day: "last night" is the evening before it (wire stories of the morning after).
_RELDAYS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
            "this afternoon": 0, "this evening": 0, "tomorrow": 1}
# A dateline ("HOUSTON, March 11 - ") says when the story was filed: any other date the sentence
# gives says when the thing happened ("... said its board voted last night"), so it comes first.
_DATELINE = re.compile(r"^\s*[A-Z][\w.,' ]{0,60}?,\s*$")


_TOLD = re.compile(r"\bthat\b", re.I)  # the clause a verb of telling or ruling tells
# What may come before a date that opens a sentence: its dateline, a preposition ("In February, ...").
_FRONTED = re.compile(r"^(?:[^-]{0,80}?\s-\s+)?(?:in|on|during|since)?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A date the text gives, resolved."""

    value: str  # ISO, truncated to the precision the text gives; "" when it cannot be resolved
    kind: str  # point: when it happened; since: when it began; age: since when the thing named
    # has existed ("the two-decade-old alliance"); expected: a date still to come; deadline: a
    # limit already past ("until May 1" in June); unresolved: a date the text gives that cannot
    # be placed ("on Thursday" with no publication date, "February 30"); other: a date of another
    # event the sentence compares the deal with ("follows last year's investment by Z"), no value
    text: str  # the words, as written

    @property
    def vague(self) -> bool:
        """Coarser than a day ("1987", "earlier this month"): it says in which period, not when."""
        return 0 < len(self.value) < 10


def _day(d: date) -> str:
    return d.isoformat()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _count(word: str) -> float | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


_HALF_YEAR = timedelta(days=183)


def _yearless(month: int, day: int | None, pub: date, ahead: bool | None, perfect: bool = False) -> str | None:
    """A month (and day) without a year: the occurrence nearest the publication date in the
    direction the sentence points (``None``: either way, as for a deadline: "expires April 3"
    in March is this April, "expired on March 13" in late March is this March); ``perfect``: told
    in the past perfect, a month gone however long ago (``_PAST_PERFECT``)."""
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        d = _safe_date(year, month, day or 1)
        if d is not None:
            options.append(d)
    if not options:
        return None
    if ahead is None:
        chosen = min(options, key=lambda d: (abs((d - pub).days), d))
    elif ahead:
        later = [d for d in options if d >= pub.replace(day=1) if day is None or d >= pub]
        chosen = min(later) if later else max(options)
    else:
        # A week of slack: "on March 14" in a story dated March 13 (time zones, embargoes).
        earlier = [d for d in options if d <= pub + timedelta(days=7)]
        chosen = max(earlier) if earlier else min(options)
        # ...but a wire story gives the year of a date more than half a year gone: "expects to
        # merge in early May" and "moved the completion up to April 30", in March, are this
        # spring, whatever verb the words just before the date lack.
        soon = [d for d in options if pub < d <= pub + _HALF_YEAR]
        if (pub - chosen) > _HALF_YEAR and soon and not perfect:
            chosen = min(soon)
    return _day(chosen) if day else chosen.isoformat()[:7]


# The letters IGNORECASE takes for ASCII ones that lowercasing does not turn into them (these four,
# in Python's re): "ſept" and "APRİL" are matched as months, so they are read as months.
_ASCII_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def _plain(words: str) -> str:
    """Words of a date matched in text other than ASCII, as the patterns read them: lowercase,
    those four letters as ASCII ones, digits of any script as ASCII digits. (ASCII text is
    scanned lowercased: its words are plain already.)"""
    out = words.translate(_ASCII_FOLD).lower()
    return out if out.isascii() else "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in out)


def _resolve(kind: str, g: dict[str, str | None], whole: str, pub: date | None,
             ahead: bool | None, perfect: bool = False) -> tuple[str, str] | None:
    """A match's date: ``g`` its groups and ``whole`` its words, plain (``_plain``)."""
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["m"]), int(g["d"]))
        return (_day(d), "point") if d else None
    if kind == "age":
        n = _count(g["count"])
        if pub is None or n is None:
            return None
        years = n * (10 if g["unit"] == "decade" else 1)
        return (str(pub.year - int(round(years))), "age")
    if kind == "since":
        if g.get("month"):
            return (f"{g['year']}-{MONTHS[g['month'].rstrip('.')]:02d}", "since")
        return (g["year"], "since")
    if kind in ("mdy", "dmy", "my"):
        month = MONTHS[g["month"].rstrip(".")]
        day = int(g["day"]) if g.get("day") else None
        if g.get("year"):
            if day is None:
                return (f"{g['year']}-{month:02d}", "point")
            d = _safe_date(int(g["year"]), month, day)
            return (_day(d), "point") if d else None
        if pub is None:
            return None
        if whole.startswith(("last", "since")):  # "last October", "since July": a month gone, however long ago
            back = month >= pub.month if whole.startswith("last") else month > pub.month
            return (f"{pub.year - back}-{month:02d}", "point")
        value = _yearless(month, day, pub, ahead, perfect)
        return (value, "point") if value else None
    if kind == "year":
        return (g["year"], "since" if whole.startswith("since") else "point")
    if kind == "deal_year":
        return (g["year"], "point") if pub is None or int(g["year"]) < pub.year else None
    if pub is None:
        return None
    if kind == "weekday":
        target = _WEEKDAYS[g["weekday"]]
        rel = g.get("rel") or ""
        if rel == "next" or (ahead is not False and rel != "last"):
            delta = (target - pub.weekday()) % 7 or 7
            return (_day(pub + timedelta(days=delta)), "point")
        delta = (pub.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return (_day(pub - timedelta(days=delta)), "point")
    if kind == "relday":
        shift = _RELDAYS[" ".join(g["rel"].split())]
        return (_day(pub + timedelta(days=shift)), "point")
    if kind == "relperiod":
        rel, unit = g["rel"], g["unit"]
        step = {"last": -1, "next": 1}.get(rel, 0)
        # "a meeting later this month to approve the merger": what is left of the period is to come
        how = "expected" if rel.startswith("later") else "point"
        if unit == "year":
            return (str(pub.year + step), how)
        if unit == "month":
            month = pub.month + step
            year = pub.year + (month - 1) // 12
            return (f"{year}-{(month - 1) % 12 + 1:02d}", how)
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return (_week(monday), how)
    return None


def _week(monday: date) -> str:
    """A week ("last week") is a period, not its Monday: "agreed last week" may be any day of it,
    and dated by its Monday it would place the agreement before a report of the Wednesday. Dates
    are truncated ISO strings: a week is the month that holds most of it, its Thursday's (as ISO
    weeks go), so that a week straddling two months stays a month, not a whole year."""
    return (monday + timedelta(days=3)).isoformat()[:7]


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _published(published: str | None) -> tuple[date | None, str]:
    """The publication day, and as ISO; cached: a corpus has few days, each of many sentences."""
    pub = parse_published(published)
    return pub, pub.isoformat() if pub is not None else ""


def find_times(sentence: str, published: str | None) -> list[TimeRef]:
    """Every date the sentence gives, in order, resolved against ``published``.

    A resolved date after publication is ``expected``: "could sign as early as February 1"
    says when a step may come, not when the fact held. A deadline ("until May 1", "extended to
    March 31", "expires April 3") looks ahead and is never a point: ``expected`` while still to
    come, ``deadline`` once past. A date the text gives that cannot be resolved is ``unresolved``
    (no value): the sentence is then undated rather than dated by a guess."""
    pub, today = _published(published)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, TimeRef]] = []
    low = sentence.lower()
    is_ascii = sentence.isascii()
    text = low if is_ascii else sentence
    patterns, deadlines, futures = _SCANS[is_ascii]
    for kind, pattern, guard in patterns:
        if not guard(low):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            before = text[max(0, m.start() - _LOOKBEHIND):m.start()]
            if is_ascii:
                whole, g = m.group(0), m.groupdict()
            else:
                whole, g = _plain(m.group(0)), {k: v and _plain(v) for k, v in m.groupdict().items()}
            if _POSSESSIVE.match(text, m.end()) and _COMPARED.search(before):
                taken.append((m.start(), m.end()))
                found.append((m.start(), TimeRef("", "other", sentence[m.start():m.end()].strip())))
                continue
            deadline = kind not in ("since", "age") and (
                deadlines.search(before) is not None or whole.split(None, 1)[0] in _DEADLINE_LEAD)
            ahead = None if deadline else bool(futures.search(before) or _FUTURE_AFTER.match(text, m.end()))
            resolved = _resolve(kind, g, whole, pub, ahead,
                                ahead is False and _PAST_PERFECT.search(before) is not None)
            words = sentence[m.start():m.end()].strip()  # as written
            if resolved is None:
                # "1987-02-30" may be a figure, not a date; "its 1987 offer" leaves the story to date it
                if kind not in ("iso", "deal_year"):
                    taken.append((m.start(), m.end()))
                    found.append((m.start(), TimeRef("", "unresolved", words)))
                continue
            value, how = resolved
            if pub is not None and how == "point" and value > today[: len(value)]:
                how = "expected"
            if deadline and how == "point":
                how = "deadline"
            taken.append((m.start(), m.end()))
            found.append((m.start(), TimeRef(value, how, words)))

    if len(found) < 2:  # most sentences: one date or none, nothing to order
        return [ref for _, ref in found]

    def dateline(at: int) -> bool:
        return _DATELINE.match(sentence[:at]) is not None and sentence[at:].lstrip().split(None, 3)[2:3] == ["-"]

    ordered = sorted(found, key=lambda f: (dateline(f[0]), f[0]))
    # A date that opens the sentence times its telling ("Last month, a court upheld a judgment that X
    # interfered with Y's plan to acquire Z in 1983", "Today, X disclosed that a director resigned on March
    # 10"): an earlier point in the clause told ("that ...") dates the event told, which the sentence's
    # relationships are. (Not one in a clause beside the main one: "In February, X bought Y, which it had
    # agreed to buy in January" is a purchase of February.)
    (at, lead), rest = ordered[0], ordered[1:]
    after = sentence.find(lead.text, at) + len(lead.text)
    if lead.kind == "point" and _FRONTED.match(sentence[:at]) and sentence[after:].lstrip().startswith(","):
        older = next((f for f in rest if f[1].kind == "point" and f[1].value and f[0] > after and
                      _TOLD.search(sentence, after, f[0]) and
                      f[1].value[:(n := min(len(lead.value), len(f[1].value)))] < lead.value[:n]), None)
        if older is not None:
            ordered = [older, *(f for f in ordered if f is not older)]
    return [ref for _, ref in ordered]
