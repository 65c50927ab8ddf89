"""A body named by one word before two spellings of its owner (``Совет ЕС``, ``Совета Евросоюза``) is one
body, and the bare noun that refers back to it (``Совета``) is that body."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names

_TEXT = ("Совет ЕС утвердил санкции против Петра Кедрова. Решение Совета Евросоюза вступит в силу в мае. Заседание "
         "Совета прошло в среду.")


@pytest.mark.parametrize("text, mention, other", [
    (_TEXT, "Совет ЕС", "Совета Евросоюза"),
    (_TEXT, "Совета", "Совета Евросоюза"),
    ("Суд ЕС отклонил иск Петра Кедрова. Суд Европейского союза заседал в мае.", "Суд ЕС",
     "Суд Европейского союза"),
])
def test_one_word_before_two_owner_spellings(models, text, mention, other):
    names = org_entity_names(text, models)
    assert names[mention] == names[other]


@pytest.mark.parametrize("text, mention, other", [
    # two owners: two bodies
    ("Совет ЕС утвердил санкции. Совет НАТО отклонил их.", "Совет ЕС", "Совет НАТО"),
])
def test_one_word_before_two_owners(models, text, mention, other):
    names = org_entity_names(text, models)
    assert names[mention] != names[other]
