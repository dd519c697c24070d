"""Holders told in a sentence that does not name the company held (RECALL11): "Following completion, Oil Term
Holdings Ltd will hold a 43 pct stake in Husky. Hutchison and Hongkong will indirectly hold 43 pct, ... and
<Canadian Imperial Bank of Commerce> will have a five pct interest": a company told to own a bare share ("nine pct",
"a five pct interest") holds it in the one company the sentence right before told a stake in with a share. Not a
share of something written ("80 pct of the venture"), not after a sentence that told stakes in two companies, not
two sentences on. The first test is dev's reuters-9544; the others change its words."""

from __future__ import annotations

from ..helpers import found

HUSKY = ("CALGARY, Alberta, March 25 - Husky Oil Ltd said the board called a special meeting for April 22.\n"
         "Following completion, Oil Term Holdings Ltd, a new company controlled by Nova, will hold a 43 pct stake in "
         "Husky.\n")


def test_holders_of_a_bare_share_hold_it_in_the_company_told_before(rules, judged):
    text = HUSKY + ("Hutchison and Hongkong will indirectly hold 43 pct, Victor T.K. Li will own nine pct and "
                    "<Canadian Imperial Bank of Commerce> will have a five pct interest.")
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert got.get(("stake", "Canadian Imperial Bank of Commerce", "Husky Oil")) == "agreed"
        assert got.get(("stake", "Hutchison", "Husky Oil")) == "agreed"
        assert got.get(("stake", "Hongkong", "Husky Oil")) == "agreed"


def test_a_share_of_something_written_is_not_the_company_told_before(rules):
    got = found(rules, HUSKY + "Canadian Imperial Bank of Commerce will have a five pct interest in the pipeline.")
    assert ("stake", "Canadian Imperial Bank of Commerce", "Husky Oil") not in got


def test_a_share_two_sentences_on_is_of_no_company_told(rules):
    got = found(rules, HUSKY + "The companies did not disclose the price.\n"
                       "Canadian Imperial Bank of Commerce will have a five pct interest.")
    assert ("stake", "Canadian Imperial Bank of Commerce", "Husky Oil") not in got
