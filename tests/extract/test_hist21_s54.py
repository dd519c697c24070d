"""Statuses on real wire copy, HIST21 (issue 16): an end that names no stage of its own ("which was later taken over
by Texaco", "was off", "terminated the acquisition") takes the stage its deal is written with ("proposed", "planned",
"pending": ``data/ended_stage_words.tsv``), so a history that opens with the end starts at that stage.

The sentences are excerpts of Reuters-21578 train stories (the tuning material), or made up in their shapes where
marked."""

from __future__ import annotations

import pytest

from keiretsu.extract.lexicon import stage_ended
from keiretsu.graph.build import observe
from keiretsu.graph.consolidate import consolidate
from keiretsu.models import Status

from ..helpers import observation_row as row
from ..helpers import statuses as steps

S = Status


def mention(rules, text: str, rtype: str):
    [ex] = rules.extract([(1, text)])
    [m] = [m for m in ex.mentions if m.type.value == rtype]
    return m


@pytest.mark.parametrize("text, rtype, stage", [
    # reuters-8414: the merger Pennzoil proposed, which Texaco's takeover of Getty ended
    ("In the suit, Pennzoil has been awarded about 10.53 billion dlrs in damages from Texaco in connection with "
     "Pennzoil's proposed merger with Getty Oil Co, which was later taken over by Texaco.", "merger", S.PROPOSED),
    # reuters-2475: the merger Baker and Hughes had signed
    ("Last night, Hughes Tool Co said the planned merger with Baker International Corp was off.", "merger", S.AGREED),
    # made up: an end word that the rules read as an end of a tie, of a deal written as proposed or pending
    ("Acme Corp said it has terminated the proposed acquisition of Beta Inc.", "acquisition", S.PROPOSED),
    ("Acme Corp said it ended its pending acquisition of Beta Inc.", "acquisition", S.AGREED),
])
def test_an_end_takes_the_stage_its_deal_is_written_with(rules, text, rtype, stage):
    m = mention(rules, text, rtype)
    assert m.status is S.CALLED_OFF and stage_ended(m.cues) is stage, (m.status, m.cues)


@pytest.mark.parametrize("text, rtype, stage", [
    # the end's own noun still names the stage ("terminated its agreement": agreed, whatever else is said)
    ("Acme Corp said it has terminated its agreement to acquire Beta Inc.", "acquisition", S.AGREED),
    # reuters-11791: a merger written with no stage word keeps an end that names none
    ("SAN FRANCISCO, April 1 - A U.S. Appeals court last night blocked the 860 mln dlr merger of Delta Airlines Inc "
     "<DAL.N> and <Western Airlines> just hours before it was to go into effect because of a dispute over union "
     "representation.", "merger", None),
])
def test_an_end_that_names_its_stage_or_none_keeps_it(rules, text, rtype, stage):
    m = mention(rules, text, rtype)
    assert m.status is S.CALLED_OFF and stage_ended(m.cues) is stage, (m.status, m.cues)


def test_a_history_that_opens_with_such_an_end_starts_at_its_stage():
    rel = consolidate(("merger", 1, 2, ""), observe([
        row(1, "called_off", "1987-03-23", '["taken", "proposed"]', "In the suit, Pennzoil has been awarded damages "
            "in connection with Pennzoil's proposed merger with Getty Oil Co, which was later taken over by Texaco.")]))
    assert steps(rel) == ["proposed", "called_off"]
    assert rel.status.value == "called_off"
