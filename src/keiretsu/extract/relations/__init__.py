"""Relationships in a parsed sentence: triggers, their arguments, status and attributes.

For each trigger word (``lexicon``): the first company is the subject found by
climbing the dependency tree from the trigger (through "said it agreed to ...",
relative clauses and possessives: "Chrysler's proposal to buy ..."); the second
is in the trigger's subtree (its object, "stake in ...", "merger with ...") or,
when the parse does not say, the next company in the clause. Passives swap
them ("Y is owned by X"), and nouns that describe a company ("its largest
shareholder", "supplier", "customer") point from the company they describe.

Status comes from cue words around the trigger (its verb chain, auxiliaries,
modifiers) and from the sentence (a report or unnamed sources say so), in the
order called off > ended > in talks > rumoured > proposed > agreed > active.
Negated statements ("has no plans to buy") are dropped.

The code is grouped by relation family, each module registering its triggers (``triggers``)
and its rules for reading a trigger's arguments (``arguments``), and holding the rest of its
rules: ``ownership`` (acquisition, divestment, stake, merger; subsidiaries, what a sale says
besides who sold), ``finance`` (investment), ``partnership`` (alliance, joint venture, supply,
licensing) and ``roles`` (people's offices). Shared by all: ``finder`` (``RelationFinder``:
triggers, deals and the relation classifier's choice), ``arguments`` (the reading every type
shares), ``parse`` (the dependency-tree helpers), ``status`` (status from cue words) and
``attributes`` (percent, amount, topics). The sentence prefilter is derived from the
registered triggers (``triggers.Prefilter``).
"""

from . import finance, ownership, partnership, roles  # noqa: F401 - each registers its triggers
from .finder import RelationFinder
from .status import trigger_status
from .triggers import Prefilter

__all__ = ["Prefilter", "RelationFinder", "trigger_status"]
