"""A body of a region's governor named without the region (``пресс-служба губернатора``, ``аппарат губернатора``)
in a text about one region: that region's (``Пресс-служба губернатора Пермского края``), as the governor is; so is a
body of ``президента`` in a text about one republic that names its president (``Президент Адыгеи``)."""

from __future__ import annotations

from ..ner import Analysis
from ..places import RUSSIA, Gazetteer, Place
from ..records import Span
from .ids import org_id_for
from .locations import Scope
from .organizations import ResolvedOrg
from .syntax import word_before

# the lemma of a region's head whose bodies a text names by his title (``пресс-служба губернатора``)
_GOVERNOR = "губернатор"
_PRESIDENT = "президент"  # a republic's head, as some were titled: "Президент Адыгеи"


def regional_president(analysis: Analysis, places: dict[Span, Place], scope: Scope, gazetteer: Gazetteer) -> bool:
    """Whether a text about one region names its head ``президент`` (``Президент Адыгеи``): ``пресс-служба
    президента`` there is his."""
    if scope.region is None:
        return False
    presidents = {(place.category, place.region_code) for span, place in places.items()
                  if place is not None and (before := word_before(analysis, span)) is not None
                  and gazetteer.morph.lemma(before.text) == _PRESIDENT}
    # "Президент России" named too: a bare "президента" may be his
    return ("federal_subject", scope.region) in presidents and not any(kind == "country" for kind, _ in presidents)


def bodies_of_governor(organizations: dict[Span, ResolvedOrg], scope: Scope, gazetteer: Gazetteer,
                       president: bool = False) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body named by its noun and ``губернатора`` alone (``президента`` too where the
    region's head is so named, ``president``) made the body of the head of the one region the text is about (see
    the module); as they are in a text about no one region."""
    if scope.region is None:
        return organizations
    morph = gazetteer.morph
    heads = (_GOVERNOR, _PRESIDENT) if president else (_GOVERNOR,)
    out = dict(organizations)
    for span, org in organizations.items():
        words = org.name.split()
        if org.region_code or org.country not in (None, RUSSIA) or len(words) < 2 \
                or morph.lemma(words[-1]) not in heads \
                or not morph.has_gram(words[-1], "gent"):
            continue
        name = f"{org.name} {gazetteer.region_genitive(scope.region)}"
        out[span] = ResolvedOrg(org_id_for(name), name, org.abbr, scope.region, RUSSIA)
    return out
