"""Wrong ends and ties the blind judges found in a draw of the Reuters train build (WRONG13), on the stories' own
sentences."""

from __future__ import annotations

from keiretsu.extract.names import canonical_name, name_key

from ..helpers import found


def test_a_makers_word_stays_when_the_words_before_it_name_another_known_firm():
    # the trading house "Mitsubishi Corp" keys as "mitsubishi": the carmaker is Mitsubishi Motors however written
    assert name_key("Mitsubishi Motor Corp") == name_key("Mitsubishi Motors Corp") != name_key("Mitsubishi Corp")
    assert canonical_name("Mitsubishi Motor Corp") == "Mitsubishi Motors"
    # a maker whose short name is its own keeps the key it had
    assert name_key("Ford Motor Co") == name_key("Ford") == "ford"
    assert name_key("Nissan Motor Co Ltd") == "nissan"
    assert name_key("Yamaha Motor") == "yamaha"


def test_a_unit_of_mitsubishi_motor_is_the_carmakers(rules):
    text = ("FOUNTAIN VALLEY, Calif., April 3 - The Mitsubishi Motor Sales America Inc unit of Mitsubishi Motor Corp "
            "said domestic car sales during March rose to 6,403 from 4,089 a year earlier.\n")
    ties = found(rules, text)
    assert ("stake", "Mitsubishi Motors", "Mitsubishi Motor Sales America") in ties
    assert not [k for k in ties if k[1] == "Mitsubishi"]


def test_a_model_code_before_and_opens_no_firms_name(rules):
    text = ("KUALA LUMPUR, March 18 - <Airod Sdn Bhd> said it won a contract from the U.S. Air Force to repair and "
            "service landing gear and airframe parts of General Dynamics Corp <GD.N> F-16 and McDonnell Douglas Corp "
            "<MD.N> F-4 jet fighters.\n")
    [ex] = rules.extract([(1, text)])
    names = {e.name for e in ex.entities}
    assert "McDonnell Douglas" in names
    assert not [n for n in names if n.startswith("F-16")]
    # two firms' names joined by "and" before a legal form are still one firm where the first is a name
    [ex] = rules.extract([(1, "Jones and Vining Inc said it raised its dividend.")])
    assert "Jones and Vining" in {e.name for e in ex.entities}


def test_an_even_partnership_is_a_joint_venture(rules):
    text = ("NEW YORK, MARCH 12 - Union Pacific Corp said it will enter a 50-50 partnership with Petroles de "
            "Venezuela, PDVSA, to own and operate Union Pacific's 160,000 barrel-per-day Corpus Christi, Texas, oil "
            "refinery.\n")
    ties = found(rules, text)
    assert [k for k in ties if k[0] == "joint_venture" and "Union Pacific" in k[1:]]
    assert not [k for k in ties if k[0] == "alliance"]
    # a partnership told with no split stays an alliance
    ties = found(rules, "Union Pacific Corp said it will enter a partnership with Acme Corp to market refined products.")
    assert not [k for k in ties if k[0] == "joint_venture"]


def test_notes_sold_to_a_buyer_divest_nothing(rules):
    text = ("It also said it would seek 1.25 billion dlrs from the sale to Shearson Lehman Brothers Holdings Inc or "
            "its affiliates of senior subordinated promissory notes.")
    assert not [k for k in found(rules, "General Partners said it would buy GenCorp. " + text) if k[0] == "divestment"
                and "Shearson Lehman Brothers" in k]
    # the sale of a unit to a buyer is still a divestment
    ties = found(rules, "Acme Corp said it agreed to the sale to Beta Inc of its Gamma Corp unit.")
    assert [k for k in ties if k[0] in ("divestment", "acquisition")]
