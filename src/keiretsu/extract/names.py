"""Canonical company names: one name per company, whatever the surface form.

"Nissan Motor Co., Ltd.", "Nissan Motor Co Ltd" and "Nissan" are one company;
"Mitsubishi Motors Corp." is "Mitsubishi Motors" (Motors is part of the name;
a trailing Motor is not: "Ford Motor Co" is Ford, "Hyundai Motor" is Hyundai). Legal suffixes
are stripped from the end, repeatedly ("Co., Ltd."); "Holdings"/"Group" go too
when a name is left ("Geely Automobile Holdings" keeps "Geely Automobile",
then the gazetteer folds it into "Geely"). A leading "the" and a trailing
possessive go. The key (lower case, letters and digits only) is what names
are compared by.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

LEGAL_FORMS = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "sa", "s.a",
    "ag", "a/s", "nv", "n.v", "bv", "spa", "s.p.a", "se", "gmbh", "kk", "kgaa", "ab", "asa", "as", "oyj", "bhd",
    "berhad", "sdn", "lp", "l.p", "llp", "pty", "pte", "sarl", "sas", "oao", "pjsc", "jsc", "tbk", "cos", "cie",
}
_GROUPISH = {"holdings", "holding", "group", "groupe"}
_STRIP = " ,.;:'\"()-&"
#: What joins a legal suffix to a name and goes with it: "Goldman Sachs and Co" is Goldman Sachs.
_JOINED_SUFFIX = {"and", "&", "und", "et", "y", "e"}


@cache
def _firm_noun_opening() -> re.Pattern:
    """A common noun for a firm opening a name, capitalised, before more of the name."""
    from .vocab import classes  # the vocabularies key their names with ``name_key``: imported late

    nouns = {n for group in classes("firm_nouns").values() for n in group}
    alternation = "|".join(sorted((re.escape(n.capitalize()) for n in nouns), key=len, reverse=True))
    return re.compile(rf"^(?:{alternation})\s+(?=[A-Z][\w.&'-]*(?:\s|$))")


_PLACE_AND_WORD_NAMED = re.compile(r"(?:U\.S\.|U\.K\.) ([A-Z][a-z]+)(?: (?:Group|Holdings?))?"
                                   r"(?:,? (?:Inc|Corp|Co|Ltd|Plc|PLC|Corporation|Company|Limited|Incorporated)\.?)+$")


def _place_and_word_named(name: str) -> bool:
    from .vocab import not_companies  # the vocabularies key their names with ``name_key``: imported late

    m = _PLACE_AND_WORD_NAMED.match(name)
    return bool(m) and not_companies().category(m.group(1)) is None


def _words(name: str) -> list[str]:
    return name.replace(",", " ").split()


def canonical_name(surface: str) -> str:
    """The display name of a company: legal suffixes, "the" and possessives removed."""
    name = unicodedata.normalize("NFKC", surface).strip(_STRIP)
    name = re.sub(r"(?:'s|')$", "", name).strip(_STRIP)
    # "Industrial Bank of Japan REUTER": the wire's sign-off at a story's end ran into the last name
    name = re.sub(r"\s+(?:REUTERS?|Reuter)$", "", name).strip(_STRIP)
    name = re.sub(r"^(?:the)\s+", "", name, flags=re.I)
    # "U.S. Allis-Chalmers", "Bermuda-based Fidelity International", "A Coca Cola Co spokesman"; not "U.S. Home
    # Corp", "U.S. Air Group Inc": one word and a legal form after the place are the firm's own name (not "U.S.
    # Army Corp of Engineers": a body's word)
    if not _place_and_word_named(name):
        name = re.sub(r"^(?:U\.S\.|U\.K\.|A|An|(?:[A-Z][\w.]*\s){0,2}[A-Z][a-z]+-(?:based|controlled|owned|led|backed))\s+"
                      r"(?=[A-Z])", "", name)
    # "U.S. Firm Honeywell Inc", "U.S. Conglomerate Alcoa": wire copy capitalises the noun after "U.S."; it
    # is no part of the name
    name = _firm_noun_opening().sub("", name) if surface.lstrip().startswith(("U.S.", "U.K.")) else name
    words = _words(name)
    changed = True
    while changed and len(words) > 1:
        changed = False
        last = words[-1].strip(".,").lower()
        if last in LEGAL_FORMS or last in _GROUPISH or last == "motor":
            words.pop()
            changed = True
        # "E.F. Hutton and Co Inc", "Smith Barney, Harris Upham and Co": the "and" joined the suffix, not a name
        while changed and len(words) > 1 and words[-1].lower() in _JOINED_SUFFIX:
            words.pop()
    name = " ".join(words).strip(_STRIP)
    if name.count("(") > name.count(")"):
        name += ")"  # "Borg-Warner (Australia) Ltd": the bracket is the name's
    return name or surface.strip()


def name_key(name: str) -> str:
    """What two company names are compared by: canonical, lower case, letters and digits."""
    canon = canonical_name(name)
    folded = unicodedata.normalize("NFKD", canon)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z&]+", "", folded.lower().replace(" and ", "&"))
