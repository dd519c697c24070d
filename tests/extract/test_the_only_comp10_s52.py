"""Companies in modern financial prose (issue 15, COMP10): a name the text writes only after "the", never
with a legal form, never bare ("Zorvex said") and never as a party to a deal, is a thing's, a place's or a
body's: a product, a site, a programme. A name holding a word of a firm's ("the Toronto Stock Exchange"), or
one a firm's noun follows ("the Fairchild Republic unit", "the COMTEC partnership"), stays a firm. Sentences
are short excerpts of the tuning material (FiNER-ORD articles of the allowed list, Reuters-21578 train)."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, things, firms", [
    # finer-ord-train-59: a site
    ("An Executive Mansion release revealed that the Liberian leader was speaking following a tour of the Hevea "
     "Wood Operation Factory situated at Division No. 16 on Wednesday, July 1.", {"Hevea Wood Operation Factory"},
     set()),
    # finer-ord-train-134: products, beside the firm that offers them
    ("Flex also partners with IXSolutions to offer the IXSuite private exchange for employers and the IXStore "
     "online marketplace for individuals.", {"IXSuite", "IXStore"}, {"IXSolutions"}),
    # reuters-651-like copy of the train split: a product a firm's word ("Bio") opens no firm's name
    ("The company said the product, the Bio-Cor Fyodorov Collagen Corneal Shield, will be manufactured and "
     "distributed through its newly formed surgical products unit located in Clearwater, Fla.",
     {"Bio-Cor Fyodorov Collagen Corneal Shield"}, set()),
])
def test_a_name_written_only_after_the_is_no_company(rules: RuleExtractor, text: str, things: set[str],
                                                    firms: set[str]) -> None:
    found = companies(rules, text)
    assert not things & found
    assert firms <= found


@pytest.mark.parametrize("text, firm", [
    ("Encor traded earlier on the Toronto Stock Exchange at 7-1/8, near its 52-week high.", "Toronto Stock Exchange"),
    ("John Sanford, the Fairchild Republic unit's president and vice president of the corporation, said Reublic "
     "will fulfill its remaining current obligations.", "Fairchild Republic"),
    ("Prior to the acquisition, Gartner Group owned one-third in the COMTEC partnership, it said.", "COMTEC"),
    # reuters-6793: railroads the news writes after "the"
    ("The highest rates of return on investment were the Chesepeake and Ohio with an 11.1 pct rate, the "
     "Burlington Northern with a 10.3 pct rate, the Kansas City Southern with a 9.2 pct rate.", "Burlington Northern"),
    # FIRE half A: a deal named after its party
    ("We acquired our interest in Block 107 through the Petrolifera acquisition in March 2011.", "Petrolifera"),
    ("Extraordinary items included a 53 mln dlr profit on the sale of properties and investments less a 28 mln "
     "provision for reorganising the Big W chain.", "Big W"),
])
def test_a_firm_written_after_the_stays_when_its_words_say_so(rules: RuleExtractor, text: str, firm: str) -> None:
    assert firm in companies(rules, text)


def test_a_name_written_bare_once_stays(rules: RuleExtractor) -> None:
    text = ("Flex also partners with IXSolutions to offer the IXSuite private exchange for employers. "
            "IXSuite agreed to buy Orvana Benefits Inc for 40 mln dlrs.")
    assert "IXSuite" in companies(rules, text)
