"""Known companies (``data/companies.tsv``): names the model misses, aliases, and what news calls them.

A few hundred well-known companies, documented in the file: they help the model (it misses
"Geely" in "finalising an agreement with Geely") and let "the French
automaker" resolve to a company named earlier in the story. Companies outside
it are found by the model and the rules alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .names import LEGAL_FORMS, canonical_name, group_word, name_key

#: Adjectives the news uses for countries, for "the French automaker".
DEMONYMS = {
    "french": "France", "japanese": "Japan", "german": "Germany", "american": "United States", "u.s.": "United States",
    "us": "United States", "chinese": "China", "korean": "South Korea", "south korean": "South Korea",
    "british": "United Kingdom", "italian": "Italy", "spanish": "Spain", "swedish": "Sweden", "swiss": "Switzerland",
    "dutch": "Netherlands", "saudi": "Saudi Arabia", "saudi arabian": "Saudi Arabia", "taiwanese": "Taiwan",
    "indian": "India", "russian": "Russia", "danish": "Denmark", "finnish": "Finland", "israeli": "Israel",
    "canadian": "Canada", "australian": "Australia", "franco-japanese": "France|Japan",
}


@dataclass(frozen=True, slots=True)
class Known:
    name: str
    country: str
    kinds: frozenset[str]


class Gazetteer:
    def __init__(self, rows: list[tuple[str, list[str], str, list[str]]]):
        self.by_key: dict[str, Known] = {}
        self.surfaces: dict[str, str] = {}  # surface form as written -> canonical name
        #: The keys of aliases that are the opening words of a longer name: "Magna" of "Magna International"
        #: (not "BT" of "BT Group", keyed alike)
        self._short_keys: set[str] = set()
        #: The keys of aliases that are the initials of the name: "MHI" of "Mitsubishi Heavy Industries", whose
        #: letters another firm may carry as its own legal name ("MHI Group Inc", of Tallahassee)
        self._initials_keys: set[str] = set()
        #: The keys of short forms written with a possessive ("Moody's" of "Moody's Investors Service"): the key
        #: drops it, but a name written without it is no such firm's ("Moody, Famiglietti and Andronico")
        self._possessive_keys: set[str] = set()
        for name, aliases, country, kinds in rows:
            known = Known(name, country, frozenset(k.lower() for k in kinds))
            for surface in [name, *aliases]:
                self.by_key[name_key(surface)] = known
                self.surfaces[surface] = name
            whole = name.lower().split()
            self._short_keys |= {name_key(a) for a in aliases if len(a.split()) < len(whole) and
                                 a.lower().split() == whole[: len(a.split())] and name_key(a) != name_key(name)}
            self._initials_keys |= {name_key(a) for a in aliases if a == _initials(name)}
            self._possessive_keys |= {name_key(a) for a in aliases if _POSSESSIVE_END.search(a) and
                                      name_key(a) != name_key(name)}
        self.kinds = frozenset(k for known in self.by_key.values() for k in known.kinds)

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        return cls(_rows())

    def canonical(self, surface: str) -> str:
        """The canonical name of a company as written: a known company's name, or the surface
        form without its legal suffix."""
        known = self.lookup(surface)
        return known.name if known else canonical_name(surface)

    def grouped_short_form(self, name: str) -> Known | None:
        """The known firm whose short form a name writes with a group word after it: "Magna Group Inc", "Samsung
        Group". The name keys as the short form, but written in full it is another firm's, not "Magna
        International"'s."""
        key = name_key(name)
        return self.by_key[key] if self._grouped(key, name) else None

    def lookup(self, name: str) -> Known | None:
        key = name_key(name)  # once: a lookup is on the extractor's hot path
        if key in self._possessive_keys and not _POSSESSIVE.search(name):
            return None
        return None if self._grouped(key, name) else self.by_key.get(key)

    def _grouped(self, key: str, name: str) -> bool:
        # (split only for the few keys either test asks of: every lookup of a name passes here)
        if key in self._initials_keys:
            # "MHI Group Inc": initials, a group word and a legal form make another firm's legal name; "the MHI Group"
            # is the known firm's group
            words = name.split()
            return len(words) > 2 and group_word(words[1]) and words[-1].strip(".,").lower() in LEGAL_FORMS
        return key in self._short_keys and any(group_word(w) for w in name.split()[1:])


_POSSESSIVE_END = re.compile(r"['’]s$")
_POSSESSIVE = re.compile(r"['’]s\b")


def _initials(name: str) -> str:
    """The capitals of a name's words: "MHI" of "Mitsubishi Heavy Industries"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


@cache
def _rows() -> list[tuple[str, list[str], str, list[str]]]:
    text = resources.files("keiretsu.extract").joinpath("data/companies.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines()[1:]:
        if not line.strip() or line.startswith(("#", "name\t")):
            continue
        name, aliases, country, kinds = (line.split("\t") + ["", "", ""])[:4]
        rows.append((name, [a for a in aliases.split("|") if a], country, [k for k in kinds.split("|") if k]))
    return rows


@cache
def known_names() -> tuple[tuple[str, ...], ...]:
    """Each known company's name and aliases as written, one tuple a company, read without keying them (``name_key``
    asks this of names)."""
    return tuple((name, *aliases) for name, aliases, _, _ in _rows())


@cache
def known_surfaces() -> frozenset[str]:
    """Known companies' names and aliases as written, lower case (``name_key`` asks this of names that open with a
    place)."""
    return frozenset(s.lower() for names in known_names() for s in names)


@cache
def places() -> frozenset[str]:
    """Countries, regions and cities (``data/places.txt``), lower case: proper nouns that are no company."""
    text = resources.files("keiretsu.extract").joinpath("data/places.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))
