"""A body of a region's governor named without the region (``пресс-служба губернатора``, ``аппарат губернатора``)
in a text about one region: that region's (``Пресс-служба губернатора Пермского края``), as the governor is."""

from __future__ import annotations

from ..places import RUSSIA, Gazetteer
from ..records import Span
from .ids import org_id_for
from .locations import Scope
from .organizations import ResolvedOrg

# the lemma of a region's head whose bodies a text names by his title (``пресс-служба губернатора``)
_GOVERNOR = "губернатор"


def bodies_of_governor(organizations: dict[Span, ResolvedOrg], scope: Scope,
                       gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body named by its noun and ``губернатора`` alone made the body of the governor
    of the one region the text is about (see the module); as they are in a text about no one region."""
    if scope.region is None:
        return organizations
    morph = gazetteer.morph
    out = dict(organizations)
    for span, org in organizations.items():
        words = org.name.split()
        if org.region_code or org.country not in (None, RUSSIA) or len(words) < 2 \
                or morph.lemma(words[-1]) != _GOVERNOR or not morph.has_gram(words[-1], "gent"):
            continue
        name = f"{org.name} {gazetteer.region_genitive(scope.region)}"
        out[span] = ResolvedOrg(org_id_for(name), name, org.abbr, scope.region, RUSSIA)
    return out
