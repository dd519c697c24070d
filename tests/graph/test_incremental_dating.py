"""Dating the sentences an update brings (issue 16, `bench/graph.py`): each pattern of
``graph.time`` is scanned only when the sentence holds what every match of it holds (a month as a
whole word, a digit for a day, "today" for a relative day), which must never change a date; and
the words a pattern matches are read as it matched them, in any alphabet.

The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from keiretsu.graph import time as dating
from keiretsu.graph.time import find_times

# Month-like words that are none ("market", "decade", "separate", "may" the verb), months cut
# short or run into other words, days of a month with and without a digit, near misses of the
# relative days and periods, ages that are old and long.
SENTENCES = [
    "The market for the separate units may improve, the two-decade-old alliance said.",
    "Talks began Sept. 19 and ended in mar. 1987, before Dec. 3, 1986 and 5 May 2022.",
    "Junior partners marched on; the novel octane augmented the junket in Sept.",
    "It may sign by May, or in early June 1987, or mid-Aug, or on 31 Oct.",
    "The firms said on Monday, a holiday, that they met this morning and last night.",
    "The year-long talks and the three-decade-long tie resumed this week, not last year.",
    "Shares of the 40-year-old company rose 5 pct in the days since 1999-02-30 and 1987-03-04.",
    "HOUSTON, March 11 - Dart extended its offer until May 1 and expects to close next month.",
    "The Mayfair unit of Marchand said it would mark its decades in the Decatur market.",
    "MAY 5, 1987 - THE TWO-YEAR-OLD VENTURE WAS FORMED IN JANUARY 1985, DATING BACK TO 1984.",
]


def _unguarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pattern scanned on every sentence: the dates the guards must leave as they are."""
    scans = {ascii_: ([(kind, pattern, lambda low: True) for kind, pattern, _ in patterns], deadline, future)
             for ascii_, (patterns, deadline, future) in dating._SCANS.items()}
    monkeypatch.setattr(dating, "_SCANS", scans)


@pytest.mark.parametrize("published", ["1987-03-12", None])
def test_the_guards_never_change_a_date(monkeypatch, published):
    variants = [s for sentence in SENTENCES for s in (sentence, sentence.lower(), sentence.upper(),
                                                      sentence.replace(" ", "\u00a0", 1))]
    guarded = [find_times(s, published) for s in variants]
    _unguarded(monkeypatch)
    assert [find_times(s, published) for s in variants] == guarded
    assert any(guarded)


@pytest.mark.parametrize("odd, plain", [
    ("Talks began ſept 19, 1986.", "Talks began sept 19, 1986."),  # a long s
    ("TALKS BEGAN APRİL 19, 1986.", "TALKS BEGAN APRIL 19, 1986."),  # a dotted capital I
    ("Talks began on Thurſday, untıl May 1.", "Talks began on Thursday, until May 1."),  # a dotless i
    ("The alliance was founded in 19\u0668\u0667.", "The alliance was founded in 1987."),  # Arabic-Indic digits
])
def test_a_date_matched_in_any_alphabet_is_read_as_matched(odd, plain):
    # IGNORECASE takes "ſ" for "s" and "İ", "ı" for "i", and \d takes any digit: such a date is
    # found, so it must be read (it raised KeyError, which stopped the whole build).
    assert [(t.value, t.kind) for t in find_times(odd, "1987-03-12")] == \
        [(t.value, t.kind) for t in find_times(plain, "1987-03-12")]
