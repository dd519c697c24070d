""""The company" as an object in what a named company says (XREF3, issue 15), on sentences of Reuters train
stories: the company that says it, where the report names before the reference only companies that act there;
not where it names one held or bought, which "the company" may well mean, nor where the sentence names a company
outside the report."""

from __future__ import annotations

from ..helpers import found


def test_the_company_in_what_a_named_company_says_is_that_company(rules, judged):
    text = ("AKRON, Ohio, April 7 - GenCorp Inc said the decision by General Partners, comprised of AFG Industries "
            "and Wagner and Brown, to end its hostile offer for the company supports its belief that the buy back "
            "offer it announced yesterday was a \"financially superior alternative.\"")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("acquisition", "General Partners", "GenCorp")) == "called_off"


def test_not_where_the_report_names_a_company_bought_before_it(rules):
    ties = found(rules, "Dixons Group Plc said its tender offer for all of the common shares in Cyclops Corp of the "
                        "U.S. expired at midnight yesterday and that it had accepted approximately 2.3 mln shares in "
                        "the company.")
    assert not [k for k in ties if k[2] == "Dixons" or k[1] == k[2]]


def test_not_where_the_report_names_a_board_written_to(rules):
    ties = found(rules, "<Interconnect Capital Corp> said it sent a letter to the board of Gates Learjet Corp, "
                        "offering to buy the company for 7.07 dlrs a share.")
    assert not [k for k in ties if k[2] == "Interconnect Capital"]


def test_not_where_a_company_is_only_affiliated_with_the_one_that_acts(rules, judged):
    text = ("WASHINGTON, March 11 - De Laurentiis Entertainment Group Inc said Embassy Communications, a Californai "
            "general partnership affiliated with Coca-Cola Co <KO>, plans to sell its 10.1 pct stake in the company.")
    for extractor in (rules, judged):
        assert not [k for k in found(extractor, text) if k[1] == "Coca-Cola"]


def test_not_where_the_sentence_names_a_company_outside_the_report(rules):
    ties = found(rules, "WASHINGTON, March 2 - WEDGE Group Inc, a Houston investment firm with a 5.5 pct stake in "
                        "American Medical International Inc, said it has had talks with Pesch and Co, which is seeking "
                        "control of the company.")
    assert not [k for k in ties if k[2] == "WEDGE Group"]


def test_the_company_with_a_clause_set_off_after_it_is_still_the_story_s(rules, judged):
    text = ("NASHVILLE, Tenn., April 1 - Equicor, Equitable HCA Corp, said that the company will likely attain revenues "
            "in excess of two billion dlrs in its first year of operations.\nThe company, created last October with "
            "initial equity of 400 mln dlrs, is owned equally by the Equitable Life Assurance Society of the U.S. and "
            "Hospital Corp of America <HCA>.")
    for extractor in (rules, judged):
        ties = found(extractor, text)
        assert ties.get(("stake", "Hospital Corp of America", "Equitable HCA")) == "active"
    # a modern story: "The company, which floated ..., entered Australia through its acquisition of Menulog"
    text = ("Just Eat (Other OTC: JSTLF - news) has brushed off concern it faces mounting competition from rivals "
            "muscling into the online food delivery industry after reporting that first - half orders, revenues and "
            "profits all surged by more than 50 pc.\nThe company, which floated on the London stock market in "
            "April last year, is expanding into countries other than the UK and Denmark, and in June entered Australia "
            "and New Zealand through its £ 445 m acquisition of Menulog Group.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("acquisition", "Just Eat", "Menulog")) == "active"


def test_a_clause_of_a_company_not_set_off_is_another_firm(rules):
    # "the company which ..." without a comma picks one firm out of many: no reference back
    ties = found(rules, "Equicor, Equitable HCA Corp, said it expects revenues of two billion dlrs.\nThe company "
                        "that Acme Corp formed last year is owned by Hospital Corp of America <HCA>.")
    assert ("stake", "Hospital Corp of America", "Equitable HCA") not in ties
