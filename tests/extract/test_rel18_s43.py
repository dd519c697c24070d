"""Session 43 (REL18): wire-copy deal constructions: the seller an agreement to buy is made "with", shares
bought on another's behalf, deal words as 1987 copy misspells them, a company bought with its subsidiary."""

from keiretsu.extract.relations.triggers import MISSPELT
from keiretsu.extract.rules import _prefilter
from keiretsu.models import RelationType as R


def _ties(rules, text: str) -> set[tuple[str, str, str]]:
    [ex] = rules.extract([(1, text)])
    return {(m.type.value, m.source, m.target) for m in ex.mentions if m.type is not R.ROLE}


def test_the_other_side_of_an_agreement_to_buy_sells(rules):
    ties = _ties(rules, "Senior Engineering Group Plc said it reached agreement with Cronus Industries Inc to "
                        "acquire the whole share capital of South Western Engineering Co for 12.5 mln dlrs cash.")
    assert ("acquisition", "Senior Engineering", "South Western Engineering") in ties
    assert ("divestment", "Cronus Industries", "South Western Engineering") in ties
    ties = _ties(rules, "Mitsui and Co Ltd said it has signed a letter of intent with Security Pacific Corp to buy "
                        "50 pct of Japan Security Pacific Finance Co Ltd, for an undisclosed sum, to form a joint venture.")
    assert ("stake", "Mitsui", "Japan Security Pacific Finance") in ties
    assert ("divestment", "Security Pacific", "Japan Security Pacific Finance") in ties
    ties = _ties(rules, "Chrysler Corp said it agreed in principle with Renault to acquire American Motors Corp.")
    assert ("divestment", "Renault", "American Motors") in ties


def test_an_underwriter_or_a_fellow_buyer_agreed_with_sells_nothing(rules):
    ties = _ties(rules, "Bell Resources Ltd said it has executed an underwriting agreement with Equiticorp Tasman "
                        "Ltd to acquire 57.6 mln ordinary shares in The Broken Hill Pty Co Ltd for 540 mln dlrs.")
    assert ("stake", "Bell Resources", "Broken Hill") in ties
    assert not any(kind == "divestment" for kind, _, _ in ties)
    ties = _ties(rules, "Acme Corp said it agreed with Bolt Industries Inc to jointly acquire Cobalt Mining Corp.")
    assert not any(kind == "divestment" for kind, _, _ in ties)


def test_shares_bought_on_its_behalf_are_the_principals(rules):
    ties = _ties(rules, "Tesco Plc said that County Ltd had yesterday bought on its behalf 2.06 mln shares, or "
                        "around 4.2 pct, in Hillards Plc for between 302p and 310p a share.")
    assert ties == {("stake", "Tesco", "Hillards")}
    ties = _ties(rules, "Tesco Plc said County Bank Ltd had bought 165,000 shares in Hillards Plc on its behalf, "
                        "increasing its stake to 5.4 pct.")
    assert ties == {("stake", "Tesco", "Hillards")}


def test_shares_bought_for_clients_are_no_agents_stake(rules):
    ties = _ties(rules, "Acme Securities Inc said it bought 6.2 pct of Shaer Shoe Corp on behalf of its clients.")
    assert not any(src == "Acme Securities" for _, src, _ in ties)


def test_misspelt_deal_words_are_read_as_the_words_meant(rules):
    assert MISSPELT["aquired"] == "acquire" and MISSPELT["subisidiary"] == "subsidiary"
    assert _prefilter(rules.nlp).passes("Acme Corp said it aquired Beta Inc for 20 mln dlrs.")
    assert ("acquisition", "Acme", "Beta") in _ties(rules, "Acme Corp said it aquired Beta Inc for 20 mln dlrs.")
    assert ("acquisition", "Ethyl", "Nelson Research and Development") in _ties(
        rules, "Ethyl Corp said its subsidiaries completed the acquisiton of Nelson Research and Development Co.")
    assert ("stake", "Lynch", "Lynch Entertainment") in _ties(
        rules, "Lynch Corp subisidiary Lynch Entertainment Corp said it formed a general partnership.")
    # the text is read as written: a misspelling that names no deal gives none
    assert not _ties(rules, "Scientists developed a test for Aquired Immune Deficiency Syndrome.")


def test_a_company_bought_with_its_subsidiary_is_bought_and_keeps_it(rules):
    ties = _ties(rules, "First Union Corp said it has agreed to acquire First State Bancshares Inc of Pensacola, "
                        "Fla., and its First State Bank of Pensacola subsidiary for about 457,000 common shares.")
    assert ("acquisition", "First Union", "First State Bancshares") in ties
    assert ("stake", "First State Bancshares", "First State Bank of Pensacola") in ties
    assert not any(kind == "divestment" for kind, _, _ in ties)


def test_a_company_bought_with_its_subsidiary_listed_after_it(rules):
    for text in ("Acme Corp said it agreed to acquire Beta Inc and its Gamma Bank subsidiary.",
                 "Acme Corp said it agreed to acquire Beta Inc and its subsidiary, Gamma Bank.",
                 "Cheyenne Software Inc said it is in preliminary talks on the acquisition of computer hardware "
                 "distribution firm Beta Inc and its Gamma Bank Inc subsidiary."):
        ties = _ties(rules, text)
        assert ("stake", "Beta", "Gamma Bank") in ties, text
        assert not any(kind == "divestment" for kind, _, _ in ties), text
        assert not any(kind == "acquisition" and target == "Gamma Bank" for kind, _, target in ties), text
        assert any(kind == "acquisition" and target == "Beta" for kind, _, target in ties), text
    [ex] = rules.extract([(1, "Texas Air acquired People Express Inc and its Frontier Airlines unit.")])
    assert {(m.type.value, m.source, m.target, m.status.value) for m in ex.mentions} == {
        ("acquisition", "Texas Air", "People Express", "active"),
        ("stake", "People Express", "Frontier Airlines", "active")}


def test_what_is_bought_under_an_agreement_with_its_seller_is_the_sellers(rules):
    ties = _ties(rules, "Banco Santander signed a letter of intent with Bank of America to purchase its West German "
                        "affiliate Bankhaus Centrale Credit AG, the bank said.")
    assert ("acquisition", "Santander", "Bankhaus Centrale Credit") in ties
    assert ("divestment", "Bank of America", "Bankhaus Centrale Credit") in ties
    assert ("stake", "Bank of America", "Bankhaus Centrale Credit") in ties
    assert ("stake", "Santander", "Bankhaus Centrale Credit") not in ties
