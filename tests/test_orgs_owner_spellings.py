"""Bodies named by the same words before two ways of writing the dictionary body they belong to (its abbreviation
and its full name) are one body (:func:`nerpipe.resolve.org_spellings.join_owner_spellings`)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Начальник Главного следственного управления СБУ Пётр Заречный выступил. Глава Главного следственного "
     "управления Службы безопасности Украины заявил о подозрении.",
     "Главного следственного управления Службы безопасности Украины", "Главное следственное управление СБУ"),
    ("Сотрудники Оперативного департамента ФСБ задержали Ивана Сосну. В Оперативном департаменте Федеральной "
     "службы безопасности подтвердили задержание.", "Оперативном департаменте Федеральной службы безопасности",
     "Оперативный департамент ФСБ"),
])
def test_one_body_of_one_owner(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, other", [
    # the same words before two owners: two bodies
    ("Сотрудники Оперативного департамента ФСБ задержали Ивана Сосну. В Оперативном департаменте МВД это "
     "подтвердили.", "Оперативном департаменте МВД", "Оперативный департамент ФСБ"),
])
def test_bodies_of_two_owners_stay_two(models, text, mention, other):
    assert org_entity_names(text, models)[mention] != other
