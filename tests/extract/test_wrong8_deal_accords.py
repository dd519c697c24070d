"""Ties and statuses the blind judges of the Reuters train build at d28c01a found wrong (WRONG8), on the stories'
own sentences: a deal only explored, and a takeover's own accord read as an alliance."""

from __future__ import annotations

from ..helpers import found


def test_a_deal_explored_is_proposed_not_in_talks(rules):
    ties = found(rules, "WHITE PLAINS, N.Y., March 25 - Reichhold Chemicals Inc said it is exploring the sale of its "
                        "stake in its European subsidiary Reichhold Chemie AG.")
    assert ties.get(("divestment", "Reichhold Chemicals", "Reichhold Chemie")) == "proposed"
    ties = found(rules, "Philips said the companies will also explore possible new joint ventures with <Kestrel Inc> "
                        "to develop new product lines.")
    assert "in_talks" not in ties.values()


def test_exploring_as_the_work_of_a_venture_says_nothing_of_its_status(rules):
    ties = found(rules, "NEW ORLEANS, LA., March 5 - Freeport-McMoran Gold Co (FMG), a unit of Freeport-McMoran Inc "
                        "<FTX>, said it will explore and develop gold properties in Canada in a joint venture with "
                        "<Aber Resources Ltd> and <Highwood Resources Ltd>.")
    assert ties.get(("joint_venture", "Aber Resources", "Freeport-McMoran Gold")) == "agreed"


def test_a_takeovers_own_accord_is_no_alliance(rules):
    text = ("NEW YORK, March 18 - Fleet Financial Group hopes its proposed merger with Norstar Bancorp <NOR>, ranked "
            "as the largest U.S. banking merger, will be completed by year end.\nFleet and Norstar in a joint "
            "statement billed the proposed merger as \"a partnership of two companies.\"\nThe agreement between "
            "Norstar and Fleet includes a \"lock-up\" option designed to deter other acquirers.\n")
    ties = found(rules, text)
    assert ("merger", "Fleet Financial", "Norstar Bancorp") in ties
    assert not [k for k in ties if k[0] == "alliance"]
    # an accord between two companies the story has no takeover of stays an alliance
    text = ("ALBUQUERQUE, N.M., March 12 - Solv-Ex Corp said it successfully completed its oil sands pilot testing "
            "program under its agreement with Shell Canada Limited <SHC> and received a 250,000 U.S. dlr bonus "
            "payment.\n")
    assert ("alliance", "Shell Canada", "Solv-Ex") in found(rules, text)


def test_exploring_a_deal_with_the_other_side_is_talks(rules):
    # the bundled sample: both sides look into it together now, unlike "is exploring the sale of its stake" or
    # "will also explore possible new joint ventures with <Kestrel Inc>"
    ties = found(rules, "Honda, on the other hand, has demonstrated a commitment to innovation, exploring collaborations "
                        "with General Motors on hydrogen fuel cells and investing in cutting-edge technologies such as "
                        "nuclear fusion for EV charging stations.")
    assert ties.get(("alliance", "General Motors", "Honda")) == "in_talks"
