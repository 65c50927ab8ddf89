"""Stable ids: the same person, organization or place gets the same id in every document,
every run and every engine, with no shared state.

An id is a prefix and 12 hex digits of the SHA-1 of a canonical key (``per_…``,
``org_…``, ``loc_…``); the key is what says who the entity is. A body only its document says
who it is (``Правительство`` of no country) has a key of that document's own (:func:`local_org_id`).
"""

from __future__ import annotations

import hashlib

from ..morph import fold
from ..names import Name
from ..orgs import org_key
from ..places import RUSSIA
from ..records import OrgEntity


def make_id(prefix: str, key: str) -> str:
    return f"{prefix}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def person_id(name: Name) -> str:
    return make_id("per", name.key)


def org_id_for(name: str) -> str:
    return make_id("org", org_key(name))


def local_org_id(name: str, text: str) -> str:
    """The id of an organization only its document says who it is (``Правительство`` of no known
    country): its name and the document's text, so that no other document's body shares it."""
    return make_id("org", f"{org_key(name)}#{hashlib.sha1(text.encode('utf-8')).hexdigest()}")


def location_id_for(name: str) -> str:
    return make_id("loc", fold(name))


def implied_org(name: str, abbr: str | None, region_code: str | None, country: str | None = None) -> OrgEntity:
    """An organization a document names only through a title (``министр финансов края`` → the ministry):
    it has an id like any other and no mention of its own. ``country`` defaults to Russia for a body
    of a Russian region."""
    return OrgEntity(org_id_for(name), name, abbr, (), region_code, 0, country or (RUSSIA if region_code else None))
