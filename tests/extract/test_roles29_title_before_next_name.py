"""A title told right before a name, with no comma to set it off after the name before it, is the next name's
(ROLES29): "flanked by Foreign Trade Minister Boris Aristov, Foreign Trade Bank Chairman Yuri Ivanov" gives Aristov
no office at the bank. A title set off by commas after a name stays that name's. Sentences from Reuters train; the
last ones written for these tests."""

from __future__ import annotations

import pytest

from keiretsu.models import Status

from ..helpers import roles


def test_a_title_right_before_the_next_name_is_not_the_name_before_it(rules):
    found = roles(rules, "Kamentsev, flanked by Foreign Trade Minister Boris Aristov, Foreign Trade Bank Chairman "
                         "Yuri Ivanov and other officials, repeated terms for the establishment of joint ventures.")
    assert ("Boris Aristov", "Foreign Trade Bank") not in found
    assert found.get(("Yuri Ivanov", "Foreign Trade Bank")) == ("Chairman", Status.ACTIVE)


@pytest.mark.parametrize("text", [
    "The meeting was attended by Tom Brown, Vestrel Corp chairman John Smith and others.",
    "The meeting was attended by economist Tom Brown and president of Vestrel Corp John Smith.",
])
def test_a_title_and_its_company_before_the_next_name_are_that_names(rules, text):
    found = roles(rules, text)
    assert ("Tom Brown", "Vestrel") not in found
    assert ("John Smith", "Vestrel") in found


def test_a_title_set_off_after_a_name_stays_that_names(rules):
    found = roles(rules, "Dennis D. Paboojian, Rolm's president, will continue to report to IBM senior vice president "
                         "Allen J. Krowe, IBM said.")
    assert found.get(("Dennis D. Paboojian", "Rolm")) == ("President", Status.ACTIVE)
    assert ("Allen J. Krowe", "IBM") in found
    assert ("Dennis D. Paboojian", "IBM") not in found
