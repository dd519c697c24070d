"""Corpus-level canonical companies: one node per firm where a shared key names two.

A story's names become entities by their key (``extract.names.name_key``), which drops the
ending of a full name: "Oppenheimer and Co Inc", "Oppenheimer Group Inc" and "Oppenheimer" all
key as ``oppenheimer``. Most of the time that is right ("Dow Jones and Co" is "Dow Jones"), but
where the corpus writes one key's full names with endings of two classes (``designators.tsv``:
the brokerage "X and Co" and its holding company "X Group" or "X Corp"), they are two firms.
Which one a story means is the class of the full name it writes; a story that writes only the
short name ("Oppenheimer said") means the firm most stories name in full.

``bind`` settles that for the whole store before each graph build, so that the partition is
a function of what is extracted, never of the order it came in: the firm most stories mean keeps
the key's entity (and its bare name), each other class gets an entity of its own, keyed
``KEY:CLASS`` and named as written ("Oppenheimer Group"). A later batch that brings a second
class to a key moves the stories of the smaller class off the key's entity; one that makes
another class the larger swaps them. Either way every relationship with an end in the family is
weighed again from its mentions, so ``build`` and ``build --rebuild`` agree.

``extract.names.is_alias`` is the one rule for which texts a company is named by become its aliases, the names
users see and search by: every store path that writes aliases asks it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..extract.names import LEGAL_FORMS, is_alias
from ..extract.vocab import table
from ..store import Store

#: Joins a split firm's key to its class: no name key holds it (those are letters, digits, "&").
SEPARATOR = ":"
_STRIP = " ,.;:'\"()-"
_KIND = "company"


def _words(surface: str) -> list[str]:
    return [w for w in surface.replace(",", " ").split() if w.strip(_STRIP)]


def _tokens(surface: str) -> list[str]:
    return [w.strip(_STRIP) for w in _words(surface)]


def _ending(tokens: list[str]) -> tuple[str | None, int]:
    """The class of the ending and how many words the name keeps with it ("Group Inc": 1 left off)."""
    endings = table("designators")
    longest = max((len(e.split()) for e in endings), default=1)
    n = len(tokens)
    while n > 1:
        for size in range(min(longest, n - 1), 0, -1):
            cls = endings.get(" ".join(tokens[n - size:n]).lower())
            if cls:
                return cls, n
        if tokens[n - 1].lower() not in LEGAL_FORMS:
            return None, n
        n -= 1
    return None, n


def designator(surface: str) -> str | None:
    """The class of a full name's ending ("house" for "E.F. Hutton and Co Inc."), else None."""
    return _ending(_tokens(surface))[0]


def designated_name(surface: str) -> str:
    """A full name with its ending and without the plain legal forms after it:
    "Oppenheimer Group Inc" is "Oppenheimer Group"."""
    words = _words(surface)
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words[:_ending([w.strip(_STRIP) for w in words])[1]]).strip(_STRIP)


def split_key(key: str, surface: str) -> str:
    """The key of the node a full name would have if the corpus split its key ("oppenheimer:holding"
    for "Oppenheimer Group Inc"); a name with no ending has its key."""
    cls = designator(surface)
    return f"{key}{SEPARATOR}{cls}" if cls else key


def _family(key: str) -> str:
    return key.partition(SEPARATOR)[0]


def bind(store: Store) -> int:
    """Split the keys whose full names end in two classes (and join back what no longer needs
    splitting); returns how many documents changed entity."""
    members: dict[str, dict[str, int]] = defaultdict(dict)  # family -> key -> entity id
    classes: dict[str, set[str]] = defaultdict(set)
    for entity_id, key, alias in store.entity_aliases(_KIND):
        family = _family(key)
        members[family][key] = entity_id
        cls = designator(alias)
        if cls:
            classes[family].add(cls)
    families = sorted(f for f, keys in members.items() if len(classes[f]) > 1 or len(keys) > 1)
    if not families:
        return 0
    ids = {entity_id: f for f in families for entity_id in members[f].values()}
    named: dict[str, dict[int, list[str]]] = defaultdict(dict)  # family -> doc -> surfaces in order
    for doc_id, entity_id, text in store.entity_names_in_docs(sorted(ids)):
        named[ids[entity_id]].setdefault(doc_id, []).append(text)
    moved = 0
    for family in families:
        moved += _bind_family(store, family, sorted(members[family]), named[family])
    return moved


def _bind_family(store: Store, family: str, keys: list[str], docs: dict[int, list[str]]) -> int:
    meant: dict[int, str | None] = {}
    stories: Counter[str] = Counter()
    written: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for doc_id, texts in docs.items():
        # A story that writes both firms' full names is read as the one it names first.
        found = [(cls, t) for t in texts if (cls := designator(t))]
        meant[doc_id] = found[0][0] if found else None
        if found:
            stories[found[0][0]] += 1
        for cls, t in found:
            written[cls] += 1
            surfaces[cls][designated_name(t)] += 1
    ranked = sorted(stories, key=lambda c: (-stories[c], -written[c], c))
    # The class most stories name keeps the key's entity, and its name; the others are named as written.
    home = {cls: f"{family}{SEPARATOR}{cls}" for cls in ranked[1:]}
    nodes: dict[str, str | None] = {family: None, **{
        home[cls]: min(surfaces[cls].items(), key=lambda kv: (-kv[1], kv[0]))[0] for cls in home}}
    moves = sorted((doc_id, home.get(cls, family)) for doc_id, cls in meant.items())
    return store.rebind_entities(_KIND, keys, nodes, moves, is_alias)
