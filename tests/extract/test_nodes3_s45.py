"""Company nodes that are no companies (NODES3, session 45): a short name one slip from a longer firm's first
word, an office before a person's whole name, a Swedish national body, a people's body's short form between
commas, a card a bank issues, a trade word after "and" inside a name, an office the model read as a person, and a
short form bound to a longer name written after it."""

from __future__ import annotations

from keiretsu.models import EntityKind


def names(rules, text: str, kind: EntityKind = EntityKind.COMPANY) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is kind}


def test_a_slip_of_a_longer_firms_first_word_is_that_firm(rules):
    found = names(rules, "Norvessa Bank Plc said it has promoted John Kerslake to chief executive officer of its "
                         "North American operations. He succeeds Brian Pearse, who is promoted to chief financial "
                         "officer of Novressa' worldwide operations, based in London.")
    assert "Novressa" not in found
    assert "Norvessa Bank" in found


def test_a_slip_written_with_a_legal_suffix_is_a_firm_of_its_own(rules):
    found = names(rules, "Norvessa Canada Ltd, wholly owned by Novressa Corp, said it added two models to its "
                         "cash rebate program. Norvessa Canada said the rebate starts March 16.")
    assert "Novressa" in found


def test_an_office_before_a_persons_whole_name_is_no_company(rules):
    text = "Helmut Kramer, spokesman for Chancellor Franz Valdeck, told Reuters that the forecast was made at a meeting."
    assert not any("Valdeck" in n for n in names(rules, text))


def test_a_swedish_national_body_is_no_company(rules):
    found = names(rules, "Delmora Systems Corp said it received a 4.5 mln dlrs computer order from "
                         "Rikstullverket, the Swedish customs board.")
    assert "Rikstullverket" not in found
    assert "Delmora Systems" in found


def test_a_short_form_between_commas_after_a_peoples_body_is_the_body(rules):
    found = names(rules, "The Ruritanian Coffee Institute, IRC, is unlikely to disclose its export plans. "
                         "IRC president Jorio Dauster met exporters.")
    assert "IRC" not in found


def test_a_name_right_before_cards_names_the_card(rules):
    found = names(rules, "Harbor Sound Bancorp said it is offering extended warranty service on items "
                         "purchased with its Gold Classic or BayClub credit cards.")
    assert "BayClub" not in found
    assert "Harbor Sound Bancorp" in found


def test_tennis_after_and_continues_a_firms_name(rules):
    found = names(rules, "Upon completion of the offering, Pellam said it will own 76 pct of Pellam's Health and "
                         "Tennis Corp.")
    assert "Tennis" not in found


def test_an_office_read_as_a_person_is_no_person(rules):
    text = "Kurt Viermetz, Worldwide Treasurer of Morgan Guaranty Trust Co, told traders the dollar had not fallen enough."
    found = names(rules, text, EntityKind.PERSON)
    assert "Worldwide Treasurer" not in found
    assert "Kurt Viermetz" in found


def test_a_short_form_refers_back_to_the_name_before_it_not_to_a_longer_one_written_later(rules):
    [ex] = rules.extract([(1, "The U.K. based commodity house R.D. And F. Kestle Ltd and Singapore's Yeo Hiap Seng Ltd "
                              "jointly announced that Kestle will buy a substantial stake in Yeo Hiap Seng Enterprises "
                              "Ltd.\nKestle will develop the soft drinks maker into a brokerage arm and will rename the "
                              "firm Kestle Pacific (Holdings) Ltd.")])
    stakes = {(m.source, m.target) for m in ex.mentions if m.type.value == "stake"}
    assert ("R.D. And F. Kestle", "Yeo Hiap Seng Enterprises") in stakes
    assert not any(s.startswith("Kestle Pacific") for s, _ in stakes)
