"""Statuses of holdings told in the future, of ties severed and of terms a document calls for (HIST20, issue 16): a
company that "will become" another's majority shareholder or "will be" its subsidiary, or that an agreement "will
make" a shareholder, holds nothing yet (agreed; not a share to come of a holding held, "will be 50 pct owned by");
ties a company "severed" with its partner are ended; a deal or tie an agreement "calls for" or "provides for" is
agreed. A holding described now ("Renault, its largest shareholder, will vote", "which is 40 pct owned by") stays
in force.

The sentences are excerpts of Reuters-21578 train stories (the tuning material)."""

from __future__ import annotations

from keiretsu.models import Status

S = Status


def statuses(rules, text: str) -> dict[tuple[str, str, str], str]:
    [ex] = rules.extract([(1, text)])
    return {(m.type.value, m.source, m.target): m.status for m in ex.mentions}


def test_a_share_to_come_of_a_holding_stays_in_force(rules):
    # Bond Corp has bought Bond Media; the 50 pct is its share after the float (the labels read the holding active)
    got = statuses(rules, "Bond Media will be 50 pct owned by Bond Corp and is expected to be listed by the end of "
                          "May, it said.")
    assert got[("stake", "Bond", "Bond Media")] is S.ACTIVE


def test_a_holder_to_become_majority_shareholder_is_agreed(rules):
    got = statuses(rules, "The offer is the second stage of a capital restructuring plan announced in December under "
                          "which Tenneco Inc will become Poclain SA's majority shareholder.")
    assert got[("stake", "Tenneco", "Poclain")] is S.AGREED


def test_an_agreement_that_will_make_a_shareholder_is_agreed(rules):
    got = statuses(rules, "In a related transaction, Quest Blood said it executed an agreement with Alza Corp, which "
                          "will make Alza a preferred shareholder of Quest Blood.")
    assert got[("stake", "Alza", "Quest Blood")] is S.AGREED


def test_a_subsidiary_to_be_is_agreed(rules):
    got = statuses(rules, "After the merger, Viacom International Inc will be a subsidiary of National Amusements Inc "
                          "but 17 pct of the company will be in public hands.")
    assert got[("stake", "National Amusements", "Viacom International")] is S.AGREED


def test_a_holding_described_now_stays_in_force(rules):
    got = statuses(rules, "Renault, its largest shareholder, will vote for the merger of American Motors Corp.")
    assert got[("stake", "Renault", "American Motors")] is S.ACTIVE
    got = statuses(rules, "Acme Corp, which is 40 pct owned by Beta Inc, will sell its plant.")
    assert got[("stake", "Beta", "Acme")] is S.ACTIVE


def test_ties_severed_with_a_partner_are_ended(rules):
    got = statuses(rules, "In 1984 Toyota Motor Corp severed its ties with <Delta Motor Corp>, its local partner for "
                          "more than 20 years, because the latter was suffering financial difficulties.")
    assert got[("alliance", "Delta", "Toyota")] is S.ENDED
    got = statuses(rules, "Toyota Motor Corp severed ties with its Philippine partner of 20 years, <Delta Motor "
                          "Corp>, in 1984 because the local company was suffering financial difficulties.")
    assert got[("alliance", "Delta", "Toyota")] is S.ENDED


def test_ties_to_be_severed_are_not_ended(rules):
    got = statuses(rules, "Toyota Motor Corp will sever its ties with <Delta Motor Corp>, its local partner for more "
                          "than 20 years.")
    assert got[("alliance", "Delta", "Toyota")] is not S.ENDED


def test_a_joint_venture_an_agreement_calls_for_is_agreed(rules):
    got = statuses(rules, "Nippon Life Insurance Co and Shearson Lehman Brothers Inc signed an accord. The agreement "
                          "between the two companies calls for a 50-50 joint venture in London focussing on investment "
                          "advisory asset management, market research, and consulting on financing.")
    assert got[("joint_venture", "Nippon Life Insurance", "Shearson Lehman Brothers")] is S.AGREED


def test_a_service_an_agreement_provides_for_is_agreed(rules):
    got = statuses(rules, "It said the agreement provides for Navistar International Corp to provide technical "
                          "knowledge and assistance to Dina Camiones SA for the production of International S-Series "
                          "medium and heavy trucks.")
    assert got[("supply", "Navistar International", "Dina Camiones")] is S.AGREED
    got = statuses(rules, "The agreement calls for Sports News Network International Inc to provide its sports news "
                          "service to more than 1,300 existing electronic boards operated under the name SilentRadio "
                          "Inc.")
    assert got[("supply", "Sports News Network International", "SilentRadio")] is S.AGREED


def test_what_no_document_calls_for_is_left_alone(rules):
    got = statuses(rules, "STAMFORD, Conn., March 13 - General Electric Credit Corp, a unit of General Electric Co, "
                          "said it has called for redemption on April 13, 1987, its 150 mln dlrs 7-5/8 pct notes due "
                          "1988.")
    assert got[("stake", "General Electric", "General Electric Credit")] is S.ACTIVE
    got = statuses(rules, "Berry, a privately-owned company which already owns 80.6 pct of Norris Oil Co's stock, said "
                          "the agreement calls for Norris' public shareholders to receive 0.0333 Berry Petroleum Co "
                          "common shares for each Norris share.")
    assert got[("stake", "Berry Petroleum", "Norris Oil")] is S.ACTIVE
