"""Offices whose time the words around them tell (ROLES28): the one replaced "who remains chairman" keeps that
office even with no comma before "who", and "then" right before an office tells it held at the time told, not
now ("Eduardo Cojuangco, then chairman of UCPB", "Acme's then-chief executive"), unless it follows another office
("president and then chairman"); one "named to succeed" another takes the office handed over. Sentences from Reuters train; the last ones written for these tests."""

from __future__ import annotations

import pytest

from keiretsu.models import Status

from ..helpers import roles


def test_one_replaced_who_remains_chairman_with_no_comma_holds_it_still(rules):
    found = roles(rules, "Arvin Industries Inc said L.K. Evans has been elected president, succeeding James Baker "
                         "who remains chairman.")
    assert found.get(("James Baker", "Arvin Industries")) == ("Chairman", Status.ACTIVE)
    assert found.get(("L.K. Evans", "Arvin Industries")) == ("President", Status.ACTIVE)


def test_an_office_then_held_set_off_after_a_name_is_ended(rules):
    found = roles(rules, "The stocks were seized on suspicion that they were owned by Eduardo Cojuangco, then "
                         "chairman of UCPB and San Miguel.")
    assert found.get(("Eduardo Cojuangco", "San Miguel")) == ("Chairman", Status.ENDED)


@pytest.mark.parametrize("text", [
    "The deal was negotiated by Vestrel Corp's then-chief executive Tom Hartigan in 2015.",
    "The deal was negotiated by then-Vestrel Corp chief executive Tom Hartigan in 2015.",
])
def test_an_office_then_held_before_a_name_is_ended(rules, text):
    assert roles(rules, text).get(("Tom Hartigan", "Vestrel")) == ("CEO", Status.ENDED)


@pytest.mark.parametrize("text", [
    "Tom Hartigan, president and then chairman of Vestrel Corp, said the plan was sound.",
    "Vestrel Corp chairman Tom Hartigan said the company then sold the unit.",
])
def test_then_not_right_before_the_office_leaves_it_held(rules, text):
    assert roles(rules, text).get(("Tom Hartigan", "Vestrel")) == ("Chairman", Status.ACTIVE)


def test_one_named_to_replace_another_takes_the_office_he_leaves(rules):
    found = roles(rules, "DENVER, March 24 - Paul's Place Inc said Alan Marvoce has been named to replace Paul D. "
                         "Lambert as chairman and chief executive officer.")
    assert found.get(("Alan Marvoce", "Paul's Place")) == ("CEO", Status.ACTIVE)
    assert found.get(("Paul D. Lambert", "Paul's Place")) == ("CEO", Status.ENDED)


def test_one_who_will_succeed_another_is_still_to_take_the_office(rules):
    found = roles(rules, "Vestrel Corp said Tom Hartigan will succeed Jeff Lamm as chairman.")
    assert found.get(("Tom Hartigan", "Vestrel")) == ("Chairman", Status.AGREED)
    assert found.get(("Jeff Lamm", "Vestrel")) == ("Chairman", Status.ACTIVE)
