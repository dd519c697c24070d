"""Modern business prose (FINREL2): two companies the parse makes one subject are the partners of a weak
alliance verb ("A and B agreed to work together to develop ..."), also when the second is set beside a noun ("and
the Dutch digital mapping company TomTom NV") and the first is told by its trade ("auto-parts supplier Robert
Bosch GmbH"); a relative clause on the noun set beside a company names it as the object ("Navteq, a mapping
service that it bought in 2008"). Sentences from FiNER-ORD's finer-ord-test-37 (in no labelled split) and, as
guards, Reuters train stories reuters-11782 and reuters-2287."""

from __future__ import annotations

from ..helpers import found

_BOSCH = ("Separately, German auto - parts supplier Robert Bosch GmbH and the Dutch digital mapping company TomTom "
          "TOM2 - 8.69% NV agreed to work together to develop high - definition digital maps needed for self - "
          "driving cars, the companies said on Tuesday.")

_NAVTEQ = ("Nokia built the business out of Navteq, a mapping service that it bought in 2008 for $8.1 billion.")

_HUTCHISON = ("HONG KONG, April 1 - Hutchison Whampoa Ltd said its net profit rose. After yesterday's market close "
              "Hutchison and its parent Cheung Kong (Holdings) Ltd both announced one-for-two bonus issues of \"B\" "
              "shares.")

_DOW = ("Afterward, Cornelissen told reporters that Royal Trust's Dow Financial Services Corp unit planned no more "
        "divestitures after its previously reported agreement yesterday to restructure its financial operations in "
        "Asia with joint owner <MBF Holdings Ltd>.")


def test_a_list_that_agreed_to_work_together(rules):
    ties = found(rules, _BOSCH)
    assert [k for k in ties if k[0] == "alliance"] == [("alliance", "Bosch", "TomTom")]


def test_the_object_of_a_clause_on_a_described_company(rules):
    assert found(rules, _NAVTEQ).get(("acquisition", "Nokia", "Navteq")) == "active"


def test_its_parent_after_and_is_no_list_member(rules):
    ties = found(rules, _HUTCHISON)
    assert any(k[0] == "stake" and k[1].startswith("Cheung Kong") and k[2].startswith("Hutchison") for k in ties)


def test_a_joint_owner_is_no_supplier_told_by_trade(rules):
    assert not [k for k in found(rules, _DOW) if k[0] == "alliance"]
