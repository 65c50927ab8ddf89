"""Which region's body a text means when it names a federal body of Russia with a region's adjective.

The organization dictionary knows Russia's ministries (``Минздрав``, ``министерство образования``);
a region has ministries of the same names. A mention with a region's adjective before it is that
region's: ``татарстанский минздрав`` → ``Министерство здравоохранения Республики Татарстан``; so is
one with the adjective of a level of government (``областной минздрав``, ``краевого министерства
образования``, ``республиканский минздрав``) in a text about one region of that type
(:func:`nerpipe.resolve.document_scope`). Without such an adjective the body stays Russia's federal
one, whatever region the text is about; so does a body named by an abbreviation (``областное МЧС``:
the federal ministry's office in the region).
"""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import OrgLexicon, is_abbreviation
from ..places import RUSSIA, Gazetteer
from ..records import Span
from .abroad import any_state_has, without_russia
from .ids import org_id_for
from .locations import Scope
from .organizations import ResolvedOrg

# adjectives of a level of government → the types of federal subject they speak of
_LEVELS = {
    "областной": ("область", "автономная область"),
    "краевой": ("край",),
    "республиканский": ("республика",),
    "окружной": ("автономный округ",),
}


def bodies_of_regions(
    analysis: Analysis, organizations: dict[Span, ResolvedOrg], scope: Scope, lexicon: OrgLexicon,
    gazetteer: Gazetteer,
) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each federal body of Russia named with a region's adjective, or with a
    level's adjective in a text about one region of that level, made that region's (see the module)."""
    out = dict(organizations)
    for span, org in organizations.items():
        if _abbreviated(analysis, span, gazetteer):
            continue  # ``областного МЧС``: a federal body's office in the region, not a ministry of its own
        if any_state_has(org, lexicon):
            body = without_russia(org.name)
        elif (body := _levelled_ministry(org, scope, lexicon, gazetteer)) is None:
            continue
        region = region_of_adjective(analysis, span, scope, gazetteer)
        if region is None:
            continue
        name = f"{body} {gazetteer.region_genitive(region)}"
        out[span] = ResolvedOrg(org_id_for(name), name, None, region, RUSSIA)
    return out


def _abbreviated(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a mention names its body by an abbreviation (``МЧС``, ``УМВД``), after any adjectives."""
    tokens = analysis.tokens_in(span.start, span.end)
    head = next((t for t in tokens if not gazetteer.morph.has_gram(t.text, "ADJF")), None)
    return head is not None and is_abbreviation(head.text)


def _levelled_ministry(org: ResolvedOrg, scope: Scope, lexicon: OrgLexicon, gazetteer: Gazetteer) -> str | None:
    """The name without its level's adjective of a ministry the dictionary does not know, named with that
    adjective (``Краевое министерство образования`` → ``Министерство образования``), of no country or
    region of its own; ``None`` for any other."""
    words = org.name.split()
    if len(words) < 3 or org.region_code or org.country not in (None, RUSSIA) or scope.region is None \
            or not gazetteer.morph.forms(words[0]) & _LEVELS.keys() or lexicon.kind_of(words[1]) != "ministry":
        return None
    return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])


def region_of_adjective(analysis: Analysis, span: Span, scope: Scope, gazetteer: Gazetteer) -> str | None:
    """The region the adjective opening a mention, or right before it, speaks of: a region's own
    (``татарстанского``), or a level's (``областного``) when the text is about one region of that
    level; ``None`` otherwise."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return None
    words = [tokens[0]]
    before = tokens[0].index - 1
    if before >= 0 and analysis.tokens[before].sent == tokens[0].sent:
        words.append(analysis.tokens[before])
    morph = gazetteer.morph
    for token in words:
        if not morph.has_gram(token.text, "ADJF"):
            continue
        code = gazetteer.region_of_adjective(token.text)
        if code is not None:
            return code
        if level_of_scope(token.text, scope, gazetteer):
            return scope.region
    return None


def level_of_scope(word: str, scope: Scope, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` is the adjective of the level of the one region a text is about (``краевой`` in a text
    about a край)."""
    if scope.region is None:
        return False
    region = gazetteer.region_by_code[scope.region]
    return any(region.type in _LEVELS.get(lemma, ()) for lemma in gazetteer.morph.forms(word))

