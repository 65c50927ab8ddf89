"""A title with dependents that is the subject of the next sentence goes on with the one person named before,
after words that say when or how, and with others named in what its holder says
(:func:`nerpipe.titles.subjects.continues_subject`). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles as pairs


@pytest.mark.parametrize("text, expected", [
    # words that only say when or how before the title
    ("Вчера в Твери Игнат Лорский открыл выставку. После этого глава областного правительства заявил журналистам "
     "о планах.",
     {("Игнат Лорский", "глава областного правительства")}),
    ("Анна Сомова прибыла в Омск. В пятницу председатель комитета по бюджету провела там встречу.",
     {("Анна Сомова", "председатель комитета по бюджету")}),
    # another person named in what the holder says
    ("Игнат Лорский прилетел в Казань. Глава областного правительства заявил, что встретится с Олегом Травиным.",
     {("Игнат Лорский", "глава областного правительства")}),
    ("Игнат Лорский прилетел в Казань. Глава областного правительства надеется на то, что Олег Травин "
     "поддержит проект.",
     {("Игнат Лорский", "глава областного правительства")}),
])
def test_a_title_after_adverbials_goes_on_with_the_subject(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, unexpected", [
    # a person the title's verb acts on is another than its holder
    ("Игнат Лорский прилетел в Казань. Глава областного правительства встретил Олега Травина в аэропорту.",
     ("Игнат Лорский", "глава областного правительства")),
    # the one named before, spoken of in the title's sentence, is not its holder
    ("Игнат Лорский прилетел в Казань. Глава областного правительства заявил, что Игнат Лорский получит награду.",
     ("Игнат Лорский", "глава областного правительства")),
    # a name before the title is no word of when or how
    ("Игнат Лорский прилетел в Казань. По словам Олега Травина, глава областного правительства доволен.",
     ("Игнат Лорский", "глава областного правительства")),
])
def test_a_title_speaking_of_another_is_not_the_subjects(models, text, unexpected):
    assert unexpected not in pairs(text, models)


@pytest.mark.parametrize("text, expected", [
    # a future in what the new holder says does not make the holder one yet to come
    ("Игнат Лорский возглавил комитет по бюджету. Новый председатель комитета заявил, что проведёт проверку.",
     {("Игнат Лорский", "новый председатель комитета")}),
])
def test_a_future_in_what_the_holder_says_is_not_a_holder_yet_to_come(models, text, expected):
    assert expected <= pairs(text, models)
