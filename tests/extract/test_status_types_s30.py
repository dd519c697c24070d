"""Status and type classes of session 30: a deal told in reported speech ("said it was buying"); a
deal verb under an agreement further up ("reached an agreement to acquire new stock representing a 16
pct interest") or an approval given ("approved X acquiring 45 pct of Y"); "as previously reported" (no
rumour); a proposal's infinitive the parse reads as a relative clause ("an offer to be acquired"); a tie
carried on ("will continue to furnish"); a stake held whose change is to come ("would reduce its
stake"); a deal verb left open ("whether it will merge", "if X buys Y") or a completion still to come
("once the sale closes"); an end told in a relative clause ("the takeover of X by Y which was
withdrawn"); a partnership that bids; new shares bought for an amount ("two mln dlrs of
newly-issued shares": an investment); one share priced ("values each X ordinary share at"), no stake.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations.status import trigger_status
from keiretsu.extract.rules import RuleExtractor, load_model
from keiretsu.models import RelationType, Status

from ..helpers import found

R, S = RelationType, Status


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.fixture(scope="module")
def rules():
    return RuleExtractor()


def stated(nlp, text: str, word: str, rtype: RelationType) -> Status:
    doc = nlp(text)
    t = [y for y in doc if y.text == word][-1]
    out = trigger_status(doc[:], t, rtype, text)
    assert out is not None
    return out[0]


@pytest.mark.parametrize("text, word, rtype, expected", [
    # Reported speech moves "is buying" back to "was buying": still under way, so agreed.
    ("Halvorsen Corp said it was buying Quillon Inc for an initial consideration of 2.0 mln dlrs.", "buying",
     R.ACQUISITION, S.AGREED),
    ("Halvorsen Corp told analysts it was selling its Quillon Inc unit.", "selling", R.DIVESTMENT, S.AGREED),
    # Not when the saying is long past: the deal has moved on since.
    ("Halvorsen Corp announced last September that it was purchasing Quillon Inc.", "purchasing", R.ACQUISITION,
     S.ACTIVE),
    # The agreement is above the verb that takes the trigger.
    ("Halvorsen Corp said it has reached an agreement to acquire new stock representing a 16 pct interest in "
     "Quillon Inc.", "interest", R.STAKE, S.AGREED),
    # "an offer to be acquired", whatever clause the parse makes of the infinitive, is an offer.
    ("Quillon Inc said it has received an offer to be acquired by Halvorsen Corp, which already owns 9.9 pct "
     "of Quillon stock, for 11.50 dlrs per share.", "acquired", R.ACQUISITION, S.PROPOSED),
    # A tie carried on is in effect, whatever tense carries it.
    ("Under the agreement, Halvorsen Corp will continue to furnish disk drives to Quillon Inc, it said.",
     "furnish", R.SUPPLY, S.ACTIVE),
    # A change to come in a stake held: the stake is held now.
    ("Halvorsen Corp said it would reduce its stake in Quillon Inc to 22 pct from 52 pct.", "stake", R.STAKE,
     S.ACTIVE),
    ("Halvorsen Corp said it will raise its holding in Quillon Inc to 30 pct.", "holding", R.STAKE, S.ACTIVE),
    # A stake not yet held is still to come.
    ("Halvorsen Corp said it would take a 20 pct stake in Quillon Inc.", "stake", R.STAKE, S.AGREED),
    # An approval given to a deal told as a gerund settles it; one to come does not.
    ("The Commission has also approved Halvorsen Corp acquiring up to 45 pct of Quillon Inc, Brill said.",
     "acquiring", R.STAKE, S.AGREED),
    # "As previously reported" is the wire's own earlier story, no rumour; "reportedly" is one.
    ("As previously reported Halvorsen Corp's Brill Industries unit has conditionally agreed to sell its "
     "smelter to Quillon Inc.", "sell", R.DIVESTMENT, S.AGREED),
    ("Halvorsen Corp's Brill Industries unit has reportedly agreed to sell its smelter to Quillon Inc.", "sell",
     R.DIVESTMENT, S.RUMOURED),
    # A deal verb left open by "whether" or "if" is at most proposed, whatever "will" or "would" says.
    ("Members of Halvorsen Corp are to be balloted this week on whether it will merge with Quillon Inc, an "
     "official said.", "merge", R.MERGER, S.PROPOSED),
    ("Analysts said that if Halvorsen Corp buys Quillon Inc it would probably divest its operations.", "buys",
     R.ACQUISITION, S.PROPOSED),
    ("Halvorsen Corp said it will buy Quillon Inc if shareholders approve.", "buy", R.ACQUISITION, S.AGREED),
    # A completion that is a condition or a time to come leaves the deal agreed; one past is done.
    ("Halvorsen Corp said that once the sale of its unit to Quillon Inc closes, it would close two plants.",
     "sale", R.DIVESTMENT, S.AGREED),
    ("Halvorsen Corp said that if the merger with Quillon Inc is completed, it would close two plants.",
     "merger", R.MERGER, S.AGREED),
    ("Halvorsen Corp said that after the sale of its unit to Quillon Inc was completed, it closed two plants.",
     "sale", R.DIVESTMENT, S.ACTIVE),
    # An end told in a relative clause on the deal, or on the party it comes from, ends it.
    ("Brill Corp wants powers to block takeovers similar to the takeover of Quillon Inc by Halvorsen Corp which "
     "was withdrawn.", "takeover", R.ACQUISITION, S.CALLED_OFF),
    ("The plant was in jeopardy when Quillon Inc had accepted a tentative offer from Halvorsen Corp which was "
     "later terminated.", "offer", R.ACQUISITION, S.ENDED),
    ("Halvorsen Corp made an offer for Quillon Inc, which was rejected by the board.", "offer", R.ACQUISITION,
     S.PROPOSED),
    # A partnership that bids exists; its bid is the bid's status, not the partnership's.
    ("Quillon Inc urged shareholders to reject a 100 dlr per share tender offer from the partnership, which "
     "includes Halvorsen Corp and Brill Industries Inc.", "partnership", R.ALLIANCE, S.ACTIVE),
])
def test_status_classes(nlp, text, word, rtype, expected):
    assert stated(nlp, text, word, rtype) is expected


def test_a_deal_still_to_come_keeps_its_status(nlp):
    # "will" with no word of carrying on is still agreed; "continue" with talks is still talks.
    assert stated(nlp, "Halvorsen Corp said it will furnish disk drives to Quillon Inc.", "furnish",
                  R.SUPPLY) is S.AGREED
    assert stated(nlp, "Halvorsen Corp said it would continue talks to acquire Quillon Inc.", "acquire",
                  R.ACQUISITION) is S.IN_TALKS


def test_new_shares_bought_for_an_amount_are_an_investment(rules):
    got = found(rules, "Halvorsen Corp said it bought two mln dlrs of newly-issued shares in Quillon Inc, an "
                       "unlisted maker of medical equipment.")
    assert got.get(("investment", "Halvorsen", "Quillon")) == "active"
    assert ("acquisition", "Halvorsen", "Quillon") not in got


def test_one_share_priced_is_no_stake(rules):
    text = ("Halvorsen Corp's offer, made on March 10, values each Quillon ordinary share at 305.5p, a 37.6 pct "
            "premium over the previous day's closing price.")
    assert ("stake", "Halvorsen", "Quillon") not in found(rules, text)
    assert found(rules, "Halvorsen Corp said it bought a 5 pct share in Quillon Inc.") == \
        {("stake", "Halvorsen", "Quillon"): "active"}
