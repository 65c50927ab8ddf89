"""Organizations rows as an analyst reads them: a legal form after a descriptor, a name followed by its
abbreviation, ``России`` after a dictionary name, an abbreviation written as a common word, a plural noun."""

from __future__ import annotations

import pytest

from .conftest import analyze


def entities(text: str, models) -> set[tuple[str, str | None, int]]:
    """(name, abbreviation, surface forms) of every organization of a text."""
    return {(o.name, o.abbr, len(o.variants)) for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    # a descriptor with its adjective before a legal form and a quoted name is no part of the name
    ('Олег Петров возглавил нефтедобывающую компанию ООО "Кедр". Акции ООО "Кедр" растут.',
     {("ООО «Кедр»", None, 2)}),
    ("Директором строительной фирмы ЗАО «Бетон» стал Олег Петров.", {("ЗАО «Бетон»", None, 2)}),
    # a dictionary name followed by its abbreviation, or its noun and the abbreviation: the dictionary body
    # (its noun and the abbreviation are no second mention inside the first)
    ("Выборы президента международной шахматной федерации ФИДЕ пройдут в мае.",
     {("Международная шахматная федерация", "ФИДЕ", 2)}),
    ("Международная федерация футбола ФИФА выделила грант.", {("Международная федерация футбола", "ФИФА", 2)}),
    # an abbreviation of two words after the name
    ("Национальный исследовательский университет НИУ ВШЭ открыл курс. Студенты НИУ ВШЭ рады.",
     {("Национальный исследовательский университет «Высшая школа экономики»", "НИУ ВШЭ", 2)}),
    # not a body of its own named with the abbreviation
    ("Заседание президентского совета ФИДЕ прошло в мае.",
     {("Президентский совет ФИДЕ", None, 1), ("Международная шахматная федерация", "ФИДЕ", 1)}),
    # ``России`` after a dictionary name of a Russian body
    ("Представители Госдумы России и Госдумы РФ встретились.",
     {("Государственная Дума Федерального Собрания Российской Федерации", "Госдума", 2)}),
    # an organization's abbreviation written as a common word
    ("Встреча с послом прошла в миде Эстонии.", {("МИД Эстонии", None, 1)}),
])
def test_organization_rows(models, text, expected):
    assert entities(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural before ``которые`` refers back to no one body, whatever the tagger read
    ("Выборы президента Международной шахматной федерации пройдут в мае. Оба кандидата представляют свои "
     "команды, а также федерации, которые их поддерживают.", 1),
    # ``которых`` of the plural noun before it: the body is named again
    ("Выборы президента Международной шахматной федерации пройдут в мае. Представители федерации, которых "
     "было трое, рассказали о планах.", 2),
])
def test_a_plural_noun_is_no_body_named_again(models, text, expected):
    assert [o.n_mentions for o in analyze(text, models).organizations] == [expected]


@pytest.mark.parametrize("text, expected", [
    # an abbreviation the dictionary gives another body: the one the text names in full with those initials
    ("Студенты Мордовского государственного университета победили в конкурсе. Ректор МГУ поздравил их.",
     {("Мордовский государственный университет", None, 2)}),
    # the dictionary's body named in full too: the abbreviation stays the dictionary's
    ("Студенты Мордовского государственного университета и Московского государственного университета "
     "победили. Ректор МГУ поздравил их.",
     {("Мордовский государственный университет", None, 1),
      ("Московский государственный университет имени М. В. Ломоносова", "МГУ", 2)}),
    ("Студенты Московского государственного университета победили. Ректор МГУ поздравил их.",
     {("Московский государственный университет имени М. В. Ломоносова", "МГУ", 2)}),
])
def test_an_abbreviation_fits_the_bodies_the_text_names(models, text, expected):
    assert entities(text, models) == expected
