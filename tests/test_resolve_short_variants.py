"""A one-word dictionary name that starts a longer dictionary name of a body the document named
before is that body, not the one the dictionary reads the word alone as."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names

UN_COUNCIL = "Совет Безопасности ООН"
RU_COUNCIL = "Совет Безопасности Российской Федерации"


@pytest.mark.parametrize("text, expected", [
    # the council of the body named before, in any case
    ("Совет безопасности ООН собрался в пятницу. Совбез принял резолюцию.",
     {"Совет безопасности ООН": UN_COUNCIL, "ООН": "Организация Объединённых Наций", "Совбез": UN_COUNCIL}),
    ("Совет безопасности ООН собрался в пятницу. Решение Совбеза поддержали все.",
     {"Совет безопасности ООН": UN_COUNCIL, "ООН": "Организация Объединённых Наций", "Совбеза": UN_COUNCIL}),
    # alone, the dictionary's own reading
    ("Совбез собрался в пятницу.", {"Совбез": RU_COUNCIL}),
])
def test_a_short_dictionary_name_is_the_body_named_before(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a body named without the adjectives that open the one other body's name: that body
    ("Сотрудники агентства следили за работой сенатского комитета по разведке. Эту сеть использовал комитет по "
     "разведке.", "комитет по разведке", "Сенатский комитет по разведке"),
    # a feminine or neuter body: its adjective agrees with its noun in the name
    ("Журналисты следили за работой городской службы по надзору. Эту проверку вела служба по надзору.",
     "служба по надзору", "Городская служба по надзору"),
    ("Сотрудники агентства следили за работой окружного управления по надзору. Эту сеть использовало управление "
     "по надзору.", "управление по надзору", "Окружное управление по надзору"),
])
def test_a_body_named_without_its_adjectives(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, absent", [
    # two such bodies: neither
    ("Глава сенатского комитета по разведке выступил. Глава парламентского комитета по разведке тоже. Комитет по "
     "разведке собрался в мае.", "Комитет по разведке", {"Сенатский комитет по разведке",
                                                          "Парламентский комитет по разведке"}),
    # an adjective of the body's own name, as the text writes it: a name of its own
    ("Федеральное авиационное управление выпустило отчёт. Авиационное управление сообщило, что связь "
     "восстановили.", "Авиационное управление", {"Федеральное авиационное управление"}),
    ("Глава Заречного областного суда выступил. Глава Сомовского областного суда тоже. Представители областного "
     "суда сказали, что решение принято.", "областного суда", {"Заречный областной суд", "Сомовский областной суд"}),
])
def test_a_body_named_without_adjectives_of_two(models, text, mention, absent):
    assert org_entity_names(text, models)[mention] not in absent
