"""HIST27: a deal a story tells called off, whose later sentence tells without naming its parties that its letter of
intent or agreement in principle was signed at a time of its own before the story ("terminated negotiations for the
acquisition of Holladay-Tyler Printing Corp ... The companies on March 10 announced that they had signed an agreement
in principle for the acquisition"), was agreed at that time: the story tells that earlier step too, dated by that
sentence (``aftermath._approved_before``, which gave a deal told done its approval before)."""

from __future__ import annotations

import pytest

from keiretsu.graph.consolidate import consolidate
from keiretsu.graph.time import find_times
from keiretsu.models import Observation, Status
from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _told(extractor, text: str) -> list:
    [r] = extractor.extract([(0, text, "")])
    return [m for m in r.mentions if m.type.value == "acquisition"]


# Reuters train reuters-6498 (eval/history/relationships-s57-hist.jsonl: agreed last month, then called off)
_SYNTHETECH = ("BOULDER, COLO., March 18 - Synthetech Inc said it discontinued negotiations on acquiring Southwest "
               "Photo chem Inc of Pomona, Calif.\n"
               "The company cited \"irreconcilable differences\" in the financial structure of the deal.\n"
               "It said Southwest Photo proposed a significant change in terms outlined in the letter of intent "
               "signed last month.")
# Reuters train reuters-8546
_GRAPHICS = ("ATLANTA, March 23 - Graphics Industries Inc said it terminated negotiations for the acquisition of "
             "<Holladay-Tyler Printing Corp>, Rockville, Md.\n"
             "The companies on March 10 announced that they had signed an agreement in principle for the acquisition.\n"
             "No reason was given termination of the negotiations.")
# Reuters train reuters-9538: a deal still in talks gains no step back this way
_OXFORD = ("WILMINGTON, Del., March 25 - <First Federal Savings Bank> of Delaware said its agreement to negotiate "
           "exclusively for its sale with <Oxford Financial Group> has been extended until April 8 from March 18.\n"
           "The company said it is in the final stages of talks with Oxford over the terms of the proposed "
           "acquisition. Under a nonbinding letter of intent signed in June 1986, Oxford would pay 11 dlrs per First "
           "Federal share, subject to First Federal shareholder approval.")


@pytest.mark.parametrize("text, said", [(_SYNTHETECH, "It said Southwest Photo"), (_GRAPHICS, "The companies on")])
def test_a_deal_called_off_whose_document_was_signed_before_was_agreed(extractor, text, said):
    told = _told(extractor, text)
    assert {m.status for m in told} == {Status.CALLED_OFF, Status.AGREED}
    [agreed] = [m for m in told if m.status is Status.AGREED]
    assert agreed.sentence.startswith(said) and agreed.cues == ["signed"]
    # the story's first mention, the one a story's status is read from, stays the call-off
    assert min(told, key=lambda m: m.start).status is Status.CALLED_OFF


def test_a_deal_still_in_talks_gains_no_agreed_step(extractor):
    [r] = extractor.extract([(0, _OXFORD, "")])
    assert not any(m.cues == ["signed"] for m in r.mentions)


def test_the_history_opens_with_the_agreement_at_its_own_time():
    [when] = find_times("It said Southwest Photo proposed a significant change in terms outlined in the letter of "
                        "intent signed last month.", "1987-03-18T10:26:57")
    assert when.value == "1987-02"
    rel = consolidate(("acquisition", 1, 2, ""), [
        Observation(1, 1, 1, Status.CALLED_OFF, {}, 0.9, "1987-03-18", None),
        Observation(2, 2, 1, Status.AGREED, {}, 0.9, "1987-03-18", when.value),
    ])
    assert [(h.status, h.valid_from) for h in rel.history] == [(Status.AGREED, "1987-02"),
                                                               (Status.CALLED_OFF, "1987-03-18")]
