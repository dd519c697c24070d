"""Which firm an office reached through "its", or given with no company, is of (ROLES35): the subject of the clauses
over it, not the last or the first company the sentence names. The texts are Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


# reuters-7147
KNOWLEDGE_DATA = ("SALT LAKE CITY, March 19 - Knowledge Data Systems Inc said it named John Kerr chairman of the company, "
                  "and named its former chairman, Jon Jacoby, vice chairman.\nThe company said Kerr was formerly president "
                  "and co-founder of <Mediflex Systems Corp>, and Jacoby is also its chief financial officer.")
# reuters-8355
ALLIED = ("DETROIT, March 23 - Allied Supermarkets Inc said it entered into a definitive agreement to sell its Michigan "
          "operations for about 46 mln dlrs in cash and debt plus assumption of substantially all of Allied's liabilities "
          "other than senior subordinated debentures.\nIt said the operations will be sold to Meadowdale Foods Inc, a "
          "corporation formed by members of its existing management, including Chairman David Page and President Lon "
          "Makanoff.")


def test_its_after_the_company_that_says_is_the_sayers(rules):
    found = roles(rules, KNOWLEDGE_DATA)
    assert found[("Jon Jacoby", "Knowledge Data Systems")] == ("CFO", Status.ACTIVE)
    assert ("Jon Jacoby", "Mediflex Systems") not in found


def test_its_past_a_relative_clause_is_the_subjects(rules):
    # reuters-2268
    found = roles(rules, "WASHINGTON, March 5 - Wilshire Oil Co of Texas, which has a 9.8 pct stake in Jacobs Engineering "
                         "Group Inc, said its chairman, Siggi Wilzig, was appointed to the Jabobs board.")
    assert found[("Siggi Wilzig", "Wilshire Oil Co of Texas")] == ("Chairman", Status.ACTIVE)
    assert ("Siggi Wilzig", "Jacobs Engineering") not in found


def test_a_bare_office_is_of_the_subject_that_stands_for_the_story_company(rules):
    found = roles(rules, ALLIED)
    assert found[("David Page", "Allied Supermarkets")] == ("Chairman", Status.ACTIVE)
    assert found[("Lon Makanoff", "Allied Supermarkets")] == ("President", Status.ACTIVE)
    assert not {c for _, c in found} & {"Meadowdale Foods"}


@pytest.mark.parametrize("text, person, company, title", [
    # reuters-5753: "it" stands for the company that says, the subject above it
    ("IRVINE, Calif., March 16 - National Medical Care Systems Inc said it has named Arthur Axelrod its Chairman and "
     "Robert Kim its president.", "Robert Kim", "National Medical Care Systems", "President"),
    # reuters-372: no subject over "its" (the speaker comes after it): the company named before it
    ("Hutton LBO is committed to keeping the courier business, its president Warren Idsal said.",
     "Warren Idsal", "Hutton LBO", "President"),
])
def test_its_of_the_company_that_names_or_is_spoken_of(rules, text, person, company, title):
    assert roles(rules, text)[(person, company)] == (title, Status.ACTIVE)


def test_its_joined_to_a_company_is_that_companys(rules):
    # reuters-2575: "against Porterfield and its partners": not the subject's (Faberge's)
    found = roles(rules, "NEW YORK, March 6 - <Rapid-American Corp> said its Faberge Inc subsidiary was granted approval by "
                         "federal court to pursue its 11 mln dlr fraud suit against <Porterfield Buying Unit> and its "
                         "partners.\nFaberge said the U.S. District Court, Southern District of New York, reinstituted the "
                         "suit against Porterfield and its partners Samuel Wyman and Grace Porterfield, vacating an earlier "
                         "court decision dismissing the suit.")
    assert found[("Samuel Wyman", "Porterfield Buying Unit")] == ("partner", Status.ACTIVE)
    assert not {c for p, c in found if p == "Samuel Wyman"} - {"Porterfield Buying Unit"}


def test_its_in_a_relative_clause_is_the_word_the_clause_is_of(rules):
    # finer-ord-train-154 (eval/docs/dev2.jsonl): "which" is Unigroup, not the subject of the sentence (Tongfang)
    found = roles(rules, "Tsinghua Tongfang, a subsidiary of Tsinghua Unigroup, which has Mr Zhao as its chairman, has "
                         "lost 63 per cent of its share value since June 8.")
    assert found[("Zhao", "Tsinghua Unigroup")] == ("Chairman", Status.ACTIVE)
    assert ("Zhao", "Tsinghua Tongfang") not in found


def test_its_under_a_body_no_company_covers_is_the_bodys(rules):
    # reuters-838: the exchange names its president; Desjardins is only where he comes from
    found = roles(rules, "MONTREAL, March 2 - The Montreal Exchange said it named Bruno Riverin, president of Quebec's "
                         "Caisse centrale Desjardins, as its new president and chief executive officer.")
    assert found.get(("Bruno Riverin", "Desjardins"), (None,))[0] != "CEO"


@pytest.mark.parametrize("text, person, company", [
    # reuters-3645: "It was" stands for no company (a subject of no verb a company tells by): the first named
    ("DETROIT, March 11 - Chrysler Corp's 1.5 billion dlr bid to takeover American Motors Corp <AMO> should help "
     "bolster the small automaker's sales, but it leaves the future of its 19,000 employees in doubt, industry analysts "
     "say.\nIt was \"business as usual\" yesterday at the American Motors headquarters, one day after the proposed "
     "merger was unveiled by Chrysler and AMC's French parent Renault, according to company spokesman Edd Snyder.",
     "Edd Snyder", "American Motors"),
    # reuters-4229: a company that is the subject over a bare office is no surer than the one that says it
    ("MIAMI, March 12 - American Savings and Loan Association of Florida said <Knoll International Holdings Inc> has "
     "offered to purchase 500,000 new shares of American Savings for 10 mln dlrs, and the board has accepted Knoll's "
     "offer.\nAmerican Savings said Knoll also had talks with chairman of the executive committee Shepard Broad and "
     "chairman Morris Broad on the purchase of their American Savings shares as well at 20 dlrs each but no agreement "
     "was reached.", "Morris Broad", "American Savings and Loan Association"),
])
def test_a_bare_office_keeps_the_first_company_unless_a_subject_stands_for_the_storys(rules, text, person, company):
    found = roles(rules, text)
    assert {c for p, c in found if p == person} == {company}
