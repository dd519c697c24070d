"""A firm's name that opens with initials and that wire copy sets in angle brackets ("<E.C. Jordan and Co>",
"<C. Itoh and Co.>") was cut by the sentence splitter after the last initial, since the bracket, not a space,
stands before it: the sentence ended on "<E.C." and the name's two halves fell into two sentences, with the
relationship the sentence states. The sentences are from the Reuters-21578 train split."""

from __future__ import annotations

from keiretsu.dedup.text import split_sentences
from keiretsu.extract.rules import _joined

from ..helpers import found


def _sentences(text: str) -> list[str]:
    return [s.text for s in _joined(split_sentences(text), text)]


def test_initials_after_a_bracket_go_on_in_the_next_sentence():
    # reuters-11279
    text = ("The reports said the proposed bid would be a price above the 35 dlrs per share offered by "
            "<E.F. Hutton LBO Inc>. The Hutton offer expires tomorrow.")
    assert not any(s.endswith("<E.F.") for s in _sentences(text))
    assert any("<E.F. Hutton LBO Inc>" in s for s in _sentences(text))


def test_a_sentence_after_a_closed_bracket_stays_apart():
    # reuters-10129: the name's closing bracket ends nothing, its sentence's full stop does
    text = ("Combustion Engineering Inc said its C-E Environmental Systems and Services Inc unit agreed in principle "
            "to acquire <E.C. Jordan and Co>, a privately held firm based in Portland, Me.\n"
            "Terms of the acquisition were mot disclosed.")
    assert len(_sentences(text)) == 2


def test_the_buyer_of_a_firm_with_initials_in_brackets(rules):
    # reuters-10129
    text = ("STAMFORD, Conn., March 26 - Combustion Engineering Inc said its C-E Environmental Systems and Services "
            "Inc unit agreed in principle to acquire <E.C. Jordan and Co>, a privately held firm based in Portland, Me.")
    assert found(rules, text).get(("acquisition", "C-E Environmental Systems and Services", "E.C. Jordan")) == "agreed"


def test_each_holder_beside_a_firm_with_initials_in_brackets(rules):
    # reuters-6428: the sentence that names both holders was cut after "<C."
    text = ("TOKYO, March 18 - Cable and Wireless PLC and the Pacific Telesis group may take part in a proposed merger.\n"
            "Cable and Wireless and Japanese trading house <C. Itoh and Co.> each have a 20 pct stake in "
            "<International Digital Communications Planning Inc>.")
    assert len(_sentences(text)) == 2
    rels = found(rules, text)
    assert rels.get(("stake", "Cable and Wireless", "International Digital Communications Planning")) == "active"
    assert rels.get(("stake", "C. Itoh", "International Digital Communications Planning")) == "active"
