"""Relationship recall: a clause opened by ", in which" right after a name (RECALL18).

"Y, in which X has a 48 pct stake": X holds Y, read by the words where a ticker or a unit named before Y leads the
parse to hang the clause elsewhere (sentences from Reuters-21578 train)."""

from __future__ import annotations

from ..helpers import found


def test_a_ticker_in_the_clause_does_not_turn_the_holding_round(rules, judged):
    # reuters-8761: the parse hung "in which" on the ticker and read Catena as the holder
    text = ("STOCKHOLM, March 24 - <AB Catena>, in which AB Volvo <VOLV.ST> has a 48 pct stake, said it was proposing "
            "a two-for-five stock issue that will raise the company's equity capital to 420 mln crowns from 300 mln.")
    for extractor in (rules, judged):
        ties = found(extractor, text)
        assert ties.get(("stake", "Volvo", "AB Catena")) == "active"
        assert ("stake", "AB Catena", "Volvo") not in ties


def test_the_clause_is_of_the_name_right_before_it(rules, judged):
    # reuters-12518: British Telecom holds Mitel Corp, not the unit named before it
    text = ("The spokesman told Reuters the equipment, known as fourth-generation modems, will be sold by <Mitel "
            "Datacom Inc>, a wholly-owned subsidiary of Canada's Mitel Corp <MLT.TO>, in which British Telecom has a "
            "controlling stake.")
    for extractor in (rules, judged):
        ties = found(extractor, text)
        assert ties.get(("stake", "British Telecom", "Mitel")) == "active"
        assert ("stake", "British Telecom", "Mitel Datacom") not in ties


def test_every_holder_the_clause_lists(rules):
    # reuters-9755
    text = ("ITJ and <International Digital Communications Planning Inc> (IDC), in which both Cable and Wireless Plc "
            "<CAWL.L> and Pacific Telesis Group <PAC.N> own 20 pct stakes, are set to merge into a new entity.")
    ties = found(rules, text)
    for holder in ("Cable and Wireless", "Pacific Telesis"):
        assert ties.get(("stake", holder, "International Digital Communications Planning")) == "active"


def test_no_holding_of_a_name_that_may_be_two(rules):
    # the same sentence with the two firms read as one name: which of them is held is not sure
    text = ("ITJ and International Digital Communications Planning Inc (IDC), in which both Cable and Wireless Plc "
            "and Pacific Telesis Group own 20 pct stakes, are set to merge.")
    assert not [k for k in found(rules, text) if k[0] == "stake"]
