"""A body of a Russian region the text names once with its region (``Народный совет Энской республики``) and
elsewhere by the rest of that name alone (``Народного совета``): the same body, of that region. Only where one
body of that name and one region is named so, of two words or more: the name is the region's body's own, whatever
country a noun it shares with a foreign body lent it (``Хурала`` beside ``Великого Государственного Хурала
Монголии``); a body the dictionary knows has its own name (``Государственный совет Российской Федерации``)."""

from __future__ import annotations

from ..morph import fold
from ..places import RUSSIA, Gazetteer
from ..records import Span
from .organizations import ResolvedOrg


def join_regionless_bodies(organizations: dict[Span, ResolvedOrg], gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body named without its region made the one the text names with it (see the
    module)."""
    full: dict[str, dict[str, ResolvedOrg]] = {}
    for org in organizations.values():
        short = _without_region(org, gazetteer)
        if short is not None:
            full.setdefault(short, {})[org.org_id] = org
    if not full:
        return organizations
    out = dict(organizations)
    for span, org in organizations.items():
        if org.region_code:
            continue  # a body of no region, of any country the text's other bodies lent it (``Хурал`` of Mongolia's)
        found = full.get(fold(org.name), {})
        if len(found) == 1:
            out[span] = next(iter(found.values()))
    return out


def _without_region(org: ResolvedOrg, gazetteer: Gazetteer) -> str | None:
    """The folded name of a region's body without the region's name at its end (``Народный совет Энской
    республики`` → ``народный совет``), where two words or more are left; ``None`` for any other body."""
    if not org.region_code or org.country not in (None, RUSSIA) or org.region_code not in gazetteer.region_by_code:
        return None
    genitive = gazetteer.region_genitive(org.region_code)
    if not org.name.endswith(f" {genitive}"):
        return None
    short = org.name[: -len(genitive) - 1].strip()
    return fold(short) if len(short.split()) >= 2 else None
