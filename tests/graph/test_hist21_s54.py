"""Dates on real wire copy, HIST21 (issue 16): a month without a year told in the past perfect ("The ICC had rejected
in July", "had proposed a takeover of Heck's in September but later withdrew") is last year's, however near the
coming one is; a date planned then ("had projected commercial operation in September") still looks ahead.

The sentences are excerpts of Reuters-21578 train stories (the tuning material)."""

from __future__ import annotations

import pytest

from keiretsu.graph.time import find_times


@pytest.mark.parametrize("sentence, published, value, kind", [
    # reuters-2520 (1987-03-05) and reuters-2647 (1987-03-06): the ICC's ruling of July 1986
    ("The ICC had rejected in July, on grounds it would reduce competition, the merger of the Santa Fe and Southern "
     "Pacific Railroads.", "1987-03-05T18:00:00", "1986-07", "point"),
    ("The ICC had rejected in July the merger of the Santa Fe and Southern Pacific Railroads on the grounds that it "
     "would reduce competition.", "1987-03-06T11:10:00", "1986-07", "point"),
    # reuters-6092 (1987-03-17): a bid made and withdrawn before the story
    ("The group had proposed a takeover of Heck's in September but later withdrew the offer.", "1987-03-17T12:00:00",
     "1986-09", "point"),
    # reuters-4317 (1987-03-12): a date planned then is still ahead
    ("It previously had projected commercial operation in September.", "1987-03-12T12:00:00", "1987-09", "expected"),
    # without the perfect, a month in the coming half year stays this year's ("moved the completion up to April 30")
    ("The ICC rejected in July the merger.", "1987-03-06T11:10:00", "1987-07", "expected"),
])
def test_a_month_told_in_the_past_perfect_is_gone(sentence, published, value, kind):
    [ref] = find_times(sentence, published)
    assert (ref.value, ref.kind) == (value, kind)
