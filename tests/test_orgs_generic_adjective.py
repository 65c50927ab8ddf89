"""A lower-case noun of a kind after a relational adjective (``в международную федерацию``) refers back only to a
body of the document whose name holds that adjective (:mod:`nerpipe.resolve.generic_orgs`): one of another kind
is none of them."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names

_NATIONAL = "Федерация хоккея Заречья провела проверку. Мы отправим запрос в {} федерацию, сказал Иван Сосна."


@pytest.mark.parametrize("text, mention, expected", [
    # no adjective, or the body's own: the body named before, as before
    (_NATIONAL.format("").replace("  ", " "), "федерацию", "Федерация хоккея Заречья"),
    ("Международная федерация бобслея провела проверку. Мы отправим запрос в международную федерацию, сказал "
     "Иван Сосна.", "федерацию", "Международная федерация бобслея"),
])
def test_the_body_named_before(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, body", [
    (_NATIONAL.format("международную"), "федерацию", "Федерация хоккея Заречья"),
    ("Союз художников Заречья открыл выставку. Заявку подали и в европейский союз, сказал Иван Сосна.", "союз",
     "Союз художников Заречья"),
])
def test_another_body_of_the_kind_is_none_named(models, text, mention, body):
    assert org_entity_names(text, models).get(mention) != body
