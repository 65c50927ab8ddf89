"""Bodies named by the same words before two ways of writing the dictionary body they belong to (its abbreviation
and its full name) are one body, named without the abbreviation
(:func:`nerpipe.resolve.org_spellings.join_owner_spellings`)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Начальник Главного следственного управления СБУ Пётр Заречный выступил. Глава Главного следственного "
     "управления Службы безопасности Украины заявил о подозрении.",
     "Главного следственного управления Службы безопасности Украины",
     "Главное следственное управление Службы безопасности Украины"),
    ("Сотрудники Оперативного департамента ФСБ задержали Ивана Сосну. В Оперативном департаменте Федеральной "
     "службы безопасности подтвердили задержание.", "Оперативном департаменте Федеральной службы безопасности",
     "Оперативный департамент Федеральной службы безопасности"),
])
def test_one_body_of_one_owner(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, first, second", [
    # a body of the document's own (no dictionary's): its two spellings stay one body, named in full
    ("Главное управление ЗСБ сообщило о задержании. Главное управление Заречной службы безопасности (ЗСБ) "
     "подтвердило задержание.", "Главное управление ЗСБ", "Главное управление Заречной службы безопасности"),
    ("Сотрудники Главного управления ЗСБ задержали Ивана Сосну. В Главном управлении Заречной службы "
     "безопасности (ЗСБ) подтвердили задержание.", "Главного управления ЗСБ",
     "Главном управлении Заречной службы безопасности"),
    # the owner named by the dictionary with more words than the text writes (``Генштаба``)
    ("Сотрудники Оперативного управления Генштаба провели учения. Глава Оперативного управления Генерального "
     "штаба Вооружённых сил выступил.", "Оперативного управления Генштаба",
     "Оперативного управления Генерального штаба Вооружённых сил"),
    # the bank named in full once, by its kind noun alone after: one board, named in full
    ("Акционеры Банка Заречья обсудят отставку. Член совета директоров Банка Заречья Пётр Заречный сообщил, что "
     "совет директоров банка утвердил кандидатов.", "совет директоров банка", "совета директоров Банка Заречья"),
])
def test_two_spellings_are_one_body(models, text, first, second):
    names = org_entity_names(text, models)
    assert names[first] == names[second]
    assert len(names[second].split()) >= len(second.split())


@pytest.mark.parametrize("text, mention, other", [
    # the same words before two owners: two bodies
    ("Сотрудники Оперативного департамента ФСБ задержали Ивана Сосну. В Оперативном департаменте МВД это "
     "подтвердили.", "Оперативном департаменте МВД", "Оперативный департамент ФСБ"),
])
def test_bodies_of_two_owners_stay_two(models, text, mention, other):
    assert org_entity_names(text, models)[mention] != other
