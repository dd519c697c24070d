"""The status one trigger states (issue 16, item 2): a word of the active vocabulary says so
only as a verb, an end above a participle of result ends something else, a deal is put to the
shareholders' vote only by a meeting on it, "finalized" done and an approval given settle the
deal, and talks a party is only ready for are a proposal.

The sentences are made up for these tests. Most are read at the trigger (``trigger_status``), so
that what they hold does not depend on how the relation rules pick the pair."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.relations.status import trigger_status
from keiretsu.extract.rules import RuleExtractor, load_model
from keiretsu.models import RelationType, Status

R, S = RelationType, Status


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def stated(nlp, text: str, word: str, rtype: RelationType, occurrence: int = -1) -> tuple[Status, list[str]]:
    """What the trigger ``word`` (its last occurrence unless told) states in the sentence."""
    doc = nlp(text)
    t = [y for y in doc if y.text == word][occurrence]
    out = trigger_status(doc[:], t, rtype, text)
    assert out is not None
    return out


@pytest.mark.parametrize("text, word, rtype, expected", [
    # Not a verb: the noun or adjective is a word of its own ("long-form" forms nothing); the deal's cue is the
    # application for its approval, a deal wanted (STAT20), not done.
    ("Halvorsen Corp said it would set up a voting trust pending review of its long-form application for "
     "approval of its acquisition of Quillon Inc.", "acquisition", R.ACQUISITION, (S.PROPOSED, ["application"])),
    # A verb still says it.
    ("Halvorsen Corp said it completed the acquisition of Quillon Inc.", "acquisition", R.ACQUISITION,
     (S.ACTIVE, ["completed"])),
    ("Halvorsen Corp said it formed a joint venture with Quillon Inc.", "venture", R.JOINT_VENTURE,
     (S.ACTIVE, ["formed"])),
])
def test_an_active_word_says_so_only_as_a_verb(nlp, text, word, rtype, expected):
    assert stated(nlp, text, word, rtype) == expected


def test_an_end_above_a_participle_of_result_ends_something_else(nlp):
    # The tendered shares were withdrawn; the holding they leave stands.
    text = ("Halvorsen Corp said a large number of tendered Quillon Inc shares had been withdrawn, leaving it with "
            "only 852,000 shares, or just over 20 pct of the Quillon shares outstanding.")
    assert stated(nlp, text, "shares", R.STAKE, occurrence=1) == (S.ACTIVE, [])
    assert stated(nlp, text, "shares", R.STAKE, occurrence=2) == (S.ACTIVE, [])
    # An end inside the participle is still an end, and one in the main clause still ends its own deal.
    ended = "Quillon Inc said the talks collapsed on Monday, ending the bid by Halvorsen Corp for Quillon."
    assert stated(nlp, ended, "bid", R.ACQUISITION)[0] is S.CALLED_OFF
    main = "Halvorsen Corp withdrew its offer for Quillon Inc, leaving it with 852,000 Quillon shares."
    assert stated(nlp, main, "offer", R.ACQUISITION)[0] is S.CALLED_OFF


@pytest.mark.parametrize("text, word, expected", [
    ("Quillon Inc set a special meeting for shareholders to vote on the proposed merger with Halvorsen Corp.",
     "merger", S.AGREED),
    ("Quillon Inc said it expects a special shareholder meeting to be held around May 21 to consider the "
     "proposed merger into Halvorsen Corp.", "merger", S.AGREED),
    ("Quillon Inc said the proposed merger with Halvorsen Corp will be put to a shareholder vote in June.",
     "merger", S.AGREED),
    # A meeting of other business puts no offer to a vote, however the parse hangs the offer on it.
    ("Quillon Inc said it withdrew from consideration at its annual meeting on March 31 proposals aimed at "
     "providing for a stock split and an increased dividend so that it could focus its energies on responding "
     "to the takeover offer made last week by Halvorsen Corp.", "takeover", S.PROPOSED),
    ("Quillon Inc said it withdrew two proposals from its annual meeting so that it could focus on responding "
     "to the takeover offer made last week by Halvorsen Corp.", "takeover", S.PROPOSED),
    # Nor does a plan told at the meeting.
    ("Quillon Inc said at its annual meeting that it plans to buy Halvorsen Corp.", "buy", S.PROPOSED),
])
def test_a_deal_is_put_to_the_vote_only_by_a_meeting_on_it(nlp, text, word, expected):
    assert stated(nlp, text, word, R.ACQUISITION)[0] is expected


@pytest.mark.parametrize("text, expected", [
    # The sale itself finalized is done (session 41's judges: a sale "finalized" is in effect); an agreement
    # finalized is settled, still to be done.
    ("Halvorsen Corp finalized the sale of its Tarvel unit to Quillon Inc.", S.ACTIVE),
    ("Halvorsen Corp said it has finalized the sale of its Tarvel unit to Quillon Inc.", S.ACTIVE),
    # Still under way, or still to come: talks.
    ("Halvorsen Corp is finalizing the sale of its Tarvel unit to Quillon Inc.", S.IN_TALKS),
    ("Halvorsen Corp said the sale of its Tarvel unit to Quillon Inc will be finalized next month.", S.IN_TALKS),
])
def test_a_deal_finalized_is_settled(nlp, text, expected):
    assert stated(nlp, text, "sale", R.DIVESTMENT)[0] is expected


@pytest.mark.parametrize("text, word, expected", [
    # Talks a party is only ready for are a proposal, said by the word that is ready.
    ("Halvorsen Corp said it was prepared to discuss an acquisition of Quillon Inc.", "acquisition",
     (S.PROPOSED, ["prepared"])),
    ("Halvorsen Corp said it is willing to negotiate a merger with Quillon Inc.", "merger", (S.PROPOSED, ["willing"])),
    # Talks held are talks.
    ("Halvorsen Corp said it was in talks on an acquisition of Quillon Inc.", "acquisition", (S.IN_TALKS, ["talks"])),
])
def test_talks_only_offered_are_a_proposal(nlp, text, word, expected):
    assert stated(nlp, text, word, R.ACQUISITION) == expected


@pytest.mark.parametrize("text, expected", [
    # An approval given settles the deal it is given to...
    ("The Transportation Department said it gave final approval to Halvorsen Corp's proposed acquisition of "
     "Quillon Inc.", (S.AGREED, ["approval"])),
    ("Halvorsen Corp said it received approval from regulators for its proposed acquisition of Quillon Inc.",
     (S.AGREED, ["approval"])),
    # ...one sought, applied for or still to obtain does not.
    ("Halvorsen Corp said it has sought regulatory approval for its proposed acquisition of Quillon Inc.",
     (S.PROPOSED, ["sought"])),
    ("Halvorsen Corp's offer was extended for it to obtain government approval for the acquisition of Quillon Inc.",
     (S.ACTIVE, [])),
    ("Halvorsen Corp set up a voting trust pending review of its application for approval of its acquisition of "
     "Quillon Inc.", (S.PROPOSED, ["application"])),
])
def test_an_approval_given_settles_the_deal(nlp, text, expected):
    assert stated(nlp, text, "acquisition", R.ACQUISITION) == expected


def test_the_shapes_hold_through_the_rules():
    # The same reading, through the whole rule extractor: the offer stays an offer beside an annual meeting.
    rules = RuleExtractor(relations=RelationFinder(None))
    [ex] = rules.extract([(1, "Quillon Inc said it withdrew from consideration at its annual meeting on March 31 "
                              "proposals aimed at a stock split so that it could focus on responding to the "
                              "takeover offer made last week by Halvorsen Corp.")])
    got = {m.key: m.status for m in ex.mentions if m.type is R.ACQUISITION}
    assert got.get(("acquisition", "Halvorsen", "Quillon")) is S.PROPOSED, got
