"""The status a sentence states, on the Reuters-21578 sentences whose status histories went wrong
(issue 16): withdrawn and unsuccessful bids, a block that was lifted, deals still to be completed,
planned and pending deals, and cue words of another clause that say nothing of the deal."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import RelationType, Status


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def status(rules: RuleExtractor, text: str, rtype: RelationType, source: str, target: str) -> Status:
    [ex] = rules.extract([(1, text)])
    found = [m.status for m in ex.mentions if m.type is rtype and {m.source, m.target} == {source, target}]
    assert found, f"no {rtype.value} of {source} and {target} in {[m.key for m in ex.mentions]}"
    return found[0]


@pytest.mark.parametrize("text, rtype, source, target, expected", [
    # An end said by a noun or an adverb, not only a verb.
    ("Standard and Poor's cited the withdrawal by Dart Group Corp of its bid for Supermarkets General Corp.",
     RelationType.ACQUISITION, "Dart", "Supermarkets General", Status.CALLED_OFF),
    ("Fujitsu Ltd unsuccessfully bid for Fairchild Semiconductor Corp last year.",
     RelationType.ACQUISITION, "Fujitsu", "Fairchild Semiconductor", Status.CALLED_OFF),
    # (The wire's own "a tender offer for Standard shares by British Petroleum" is parsed with "by"
    # under "shares" and gives no pair: a known miss of the argument reading, not of the status.)
    ("A committee of Standard Oil Co directors unsuccessfully sought a delay in a tender offer for Standard "
     "Oil shares by British Petroleum Co plc.", RelationType.ACQUISITION, "BP", "Standard Oil", Status.PROPOSED),
    # A block that was lifted calls nothing off: the planned merger goes ahead.
    ("Justice Sandra Day O'Connor lifted an Appeals Court injunction blocking the planned merger of Delta "
     "Airlines Inc and Western Airlines Inc.", RelationType.MERGER, "Delta Air Lines", "Western Airlines",
     Status.AGREED),
    ("A U.S. Appeals court last night blocked the merger of Delta Airlines Inc and Western Airlines Inc.",
     RelationType.MERGER, "Delta Air Lines", "Western Airlines", Status.CALLED_OFF),
    # Still to be completed: agreed, not done.
    ("Hughes Tool Co approved a new agreement with regulators that would allow it to complete its proposed "
     "merger with Baker International Corp.", RelationType.MERGER, "Baker International", "Hughes Tool",
     Status.AGREED),
    ("UAL Inc said it completed the acquisition of Hilton International Co from Transworld Corp.",
     RelationType.ACQUISITION, "UAL", "Hilton International", Status.ACTIVE),
    # A deal under way, and a merger agreement: agreed.
    ("Transworld Corp is selling Hilton International Co to UAL Inc.", RelationType.DIVESTMENT, "Transworld",
     "Hilton International", Status.AGREED),
    ("A court ruled that Texaco Inc unlawfully interfered with Pennzoil Co's merger agreement with Getty Oil Co.",
     RelationType.MERGER, "Getty Oil", "Pennzoil", Status.AGREED),
    # The cue words of a relative clause's host say nothing of what the clause says.
    ("Noranda Inc said it planned a public share offer in its Noranda Forest Inc unit, which holds a 50 pct "
     "stake in MacMillan Bloedel Ltd.", RelationType.STAKE, "Noranda Forest", "MacMillan Bloedel", Status.ACTIVE),
])
def test_the_status_a_sentence_states(rules, text, rtype, source, target, expected):
    assert status(rules, text, rtype, source, target) is expected
