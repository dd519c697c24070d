"""The extractors most tests of this folder read with: built once per module, as loading the model costs."""

import pytest

from keiretsu.extract.classifier import RelationModel
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    """The rules alone."""
    return RuleExtractor(relations=RelationFinder())


@pytest.fixture(scope="module")
def judged() -> RuleExtractor:
    """The rules with the shipped relation model judging their candidates."""
    return RuleExtractor(relations=RelationFinder(RelationModel.default()))
