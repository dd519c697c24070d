"""An owner whose possessive is on a unit's name is a firm ("the Telegraph's Trafford Park Printing Ltd
subsidiary"), and the one-word name stands for the story's company whose name holds it as a later word (RECALL17):
the owner was lost, with its tie to the unit. Not where the words after the possessive say where the unit is
("SMC's Hong Kong subsidiary"). Excerpts of the tuning material (train3) and of Reuters-21578's train split."""

from __future__ import annotations

from ..helpers import companies, found


def test_the_owner_of_a_named_subsidiary_is_the_story_firm(rules) -> None:
    # train3, reuters-9668
    text = ("TORONTO, March 25 - <Hollinger Inc> said 58 pct-owned <The Daily Telegraph PLC>, of London, agreed to "
            "form a joint venture printing company in Manchester, England with <News International PLC>. Financial "
            "terms were undisclosed.\nIt said the deal involved News International's acquisition of a 50 pct stake "
            "in the Telegraph's Trafford Park Printing Ltd subsidiary.")
    assert ("stake", "Daily Telegraph", "Trafford Park Printing") in found(rules, text)
    assert "Telegraph" not in companies(rules, text)


def test_a_short_owner_of_a_named_subsidiary(rules) -> None:
    # Reuters train, reuters-13790
    text = ("WILTON, Conn., April 7 - Emery Air Freight Corp said it has entered into an agreement with E.F. Hutton "
            "Group Inc EFH under which Hutton will terminate its merger agreement with Purolator Courier Corp.\n"
            "Yesterday, Hutton's PC Acquisition Corp subsidiary extended its tender offer, which was to have "
            "expired at midnight, for two more days.")
    assert ("stake", "E.F. Hutton", "PC Acquisition") in found(rules, text)


def test_an_owner_whose_unit_is_named_by_its_place_is_not_read_so(rules) -> None:
    # Reuters train, reuters-12443 (after "Reuters SMC" was read from a byline, "SMC" must not be bound to it)
    text = ("MANILA, April 2 - Reuters SMC sources said. PCGG sources said a compromise would end a row over a down "
            "payment of 500 mln pesos made by SMC's Hong Kong subsidiary Neptunia Corp Ltd in a bid to buy back "
            "the shares last year.")
    assert not any(key[1] == "Reuters SMC" and key[2] == "Neptunia" for key in found(rules, text))
