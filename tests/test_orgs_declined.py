"""A quoted name the text declines inside its quotes is the organization named by its lemma
(nerpipe.resolve.declined_names)."""

from __future__ import annotations

import pytest

from nerpipe.records import ORG, Span
from nerpipe.resolve.declined_names import join_declined_names
from nerpipe.resolve.ids import org_id_for
from nerpipe.resolve.organizations import ResolvedOrg

from .conftest import org_entity_names


def _org(name: str) -> ResolvedOrg:
    return ResolvedOrg(org_id_for(name), name, None, None)


@pytest.mark.parametrize("names, expected", [
    (["Кедрострой", "Кедростроя"], ["Кедрострой", "Кедрострой"]),
    (["Заречного", "Заречный"], ["Заречный", "Заречный"]),
    (["Кедрострой Инвест", "Кедростроя Инвест"], ["Кедрострой Инвест", "Кедрострой Инвест"]),
    # a word that may be a plural nominative is a name of its own
    (["Города Заречья", "Город Заречья"], ["Города Заречья", "Город Заречья"]),
    # nothing to decline to, or a word of another lemma: apart
    (["Кедростроя"], ["Кедростроя"]),
    (["Кедрострой", "Кедрострою плюс"], ["Кедрострой", "Кедрострою плюс"]),
    (["Заречный", "Заречная"], ["Заречный", "Заречная"]),
    (["Вектор", "Векторный"], ["Вектор", "Векторный"]),
    (["16 тонн", "16 тонна"], ["16 тонн", "16 тонна"]),  # a plural genitive is a name of its own
    (["Zentrix", "Zentrixa"], ["Zentrix", "Zentrixa"]),
    (["ВТК", "ВТКа"], ["ВТК", "ВТКа"]),
])
def test_join_declined_names(names, expected, models):
    resolved = {Span(i * 30, i * 30 + len(name), ORG): _org(name) for i, name in enumerate(names)}
    join_declined_names("".join(name.ljust(30) for name in names), resolved, models.morph)
    assert [org.name for org in resolved.values()] == expected


@pytest.mark.parametrize("text, written, expected", [
    ("Компания «Кедрострой» купила завод. Совладельцем завода была дочерняя компания «Кедростроя».",
     "«Кедростроя»", "Кедрострой"),
    ("Компания «Гранитмаш» владеет долей компании «Нордвеста». Компания «Нордвест» работает на Севере.",
     "Нордвеста", "Нордвест"),
])
def test_declined_quoted_name_in_text(text, written, expected, models):
    names = org_entity_names(text, models)
    assert any(written in mention and name == expected for mention, name in names.items()), names
