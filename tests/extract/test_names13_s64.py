"""Company names a blind judge of the Reuters train build found wrong (NAMES13): a name the model ran on over "of"
and the owner of what a deal is about ("the transfer to Primagaz of Mobil's ... activity"), a capitalised word that
joins a clause or names a passive's agent opening a firm's name ("By Chrysler Corp", "But Asarco Inc"), a person
named by what he is taken for the firm named after him ("inside trader Ivan Boesky" in a story of "Ivan Boesky and
Co L.P."), and a shipping line's route read as a firm ("Transpacific/Hawaii/Guam Service"). Sentences from
Reuters-21578 train."""

from __future__ import annotations

from keiretsu.extract.vocab import not_companies
from keiretsu.models import EntityKind

PRIMAGAZ = (
    "PARIS, March 30 - Mobil Corp's <MOB> Mobil Oil Francaise unit said it will take a stake of about 10 pct in the "
    "French butane and propane gas distribution company <Primagaz> in exchange for the transfer to Primagaz of "
    "Mobil's small and medium bulk propane activity.\n"
)
CHRYSLER = (
    "WASHINGTON, March 11 - Attorney General Edwin Meese said he saw some benefit in the proposed purchase of "
    "American Motors Co <AMO> By Chrysler Corp <C> in that it would return the smallest of the U.S. auto "
    "manufacturers to American hands.\n"
)
ASARCO = (
    "Analysts said Phelps Dodge Corp <PD> will be a strong performer because it is the largest U.S. copper "
    "producer.\nBut Asarco Inc <AR>, with about 45 pct of total sales from copper, and Newmont Mining Corp <NEM> are "
    "also potential winners, they said.\n"
)
GENENTECH = (
    "Repligen Corp <RGEN> has said it plans to seek regulatory permission to test its AIDS vaccine by the beginning "
    "of the summer. And Genentech Inc <GENE> has also said it plans to ask the FDA to approve human testing of its "
    "AIDS vaccine later this year.\n"
)
HONGKONG = (
    "HONG KONG, March 5 - The Hongkong and Shanghai Banking Corp <HKBH.HK> said its 1986 profits rose.\n"
)
BOESKY = (
    "WASHINGTON, March 16 - The Securities and Exchange Commission approved a request by two firms controlled by "
    "inside trader Ivan Boesky that allows them to take steps to protect hundreds of millions of dollars from "
    "potential claimants.\nSeemala argued the move would be necessary if noteholders of Ivan Boesky and Co L.P. "
    "are to be repaid.\n"
)
SCHWAB = (
    "SAN FRANCISCO, March 31 - Charles Schwab announced the completion of the 280-mln-dlr purchase from BankAmerica "
    "Co of Charles Schwab and Co Inc and its holding company.\n"
)
US_LINES = (
    "McLean said U.S. Lines has a letter of intent with CSX Corp's <CSX> Sea-Land Corp subsidiary to transfer "
    "assets of its Transpacific/Hawaii/Guam Service to Sea-Land.\n"
)


def named(rules, text: str, kind: EntityKind = EntityKind.COMPANY) -> dict[str, set[str]]:
    [ex] = rules.extract([(1, text)])
    out: dict[str, set[str]] = {}
    for e in ex.entities:
        if e.kind is kind:
            out.setdefault(e.name, set()).add(e.text)
    return out


def test_the_party_a_deal_goes_to_ends_before_the_owner_of_what_it_is_about(rules):
    companies = named(rules, PRIMAGAZ)
    assert "Primagaz" in companies and "Mobil" in companies
    assert not any(" of " in n for n in companies)
    assert not any(" of " in t for texts in companies.values() for t in texts)


def test_a_capitalised_joining_word_or_agent_opens_no_name(rules):
    assert "Chrysler" in named(rules, CHRYSLER)
    assert "By Chrysler" not in named(rules, CHRYSLER)
    assert "Asarco" in named(rules, ASARCO) and "But Asarco" not in named(rules, ASARCO)
    assert "Genentech" in named(rules, GENENTECH) and "And Genentech" not in named(rules, GENENTECH)


def test_a_lower_case_and_inside_a_name_stays(rules):
    assert "Hongkong and Shanghai Banking" in named(rules, HONGKONG)


def test_what_a_person_is_keeps_him_from_the_firm_named_after_him(rules):
    assert "Ivan Boesky" in named(rules, BOESKY, EntityKind.PERSON)
    assert "Ivan Boesky" not in named(rules, BOESKY).get("Ivan Boesky", set())


def test_a_name_with_nothing_before_is_still_the_firm_written_short(rules):
    assert "Charles Schwab" not in named(rules, SCHWAB, EntityKind.PERSON)


def test_a_shipping_lines_route_is_no_company(rules):
    companies = named(rules, US_LINES)
    assert "Sea-Land" in companies
    assert not any("Guam" in n for n in companies)
    assert not_companies().category("Transpacific/Hawaii/Guam Service") == "thing"
    # one slash joins two firms' names, no route's places: "CBS Inc <CBS> and Capital Cities/ABC Inc <CCB>"
    assert not_companies().category("Capital Cities/ABC") is None
    assert not_companies().category("CIT Group/Business Credit") is None
