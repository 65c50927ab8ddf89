"""A body named by its legal form or kind's abbreviation and a quoted name, with the adjective of its town or
region before them (``челябинского ХК «Метеор»``, ``омского ПАО «Кедр»``): the adjective says where the body is
(its region), not who it is, so the name is the one without it, as the text names the body elsewhere
(``«Метеора»``, ``ХК «Метеор»``)."""

from __future__ import annotations

from ..inflect import Word
from ..orgs import opens_quoted_name
from ..places import Gazetteer
from ..text import OPENING_QUOTES


def drop_place_adjective(name: str, words: list[Word], gazetteer: Gazetteer) -> str:
    """The name without an opening adjective of a place before a legal form or kind's abbreviation and a quoted
    name (``Челябинский ХК «Метеор»`` → ``ХК «Метеор»``); any other name as it is."""
    parts = name.split(" ")
    if len(words) < 3 or len(parts) < 3 or words[0].pos != "ADJ" or not words[0].text.isalpha():
        return name
    if not opens_quoted_name(parts[1]) or parts[2][:1] not in OPENING_QUOTES:
        return name
    if gazetteer.place_of_adjective(words[0].text) is None:
        return name
    return " ".join(parts[1:])
