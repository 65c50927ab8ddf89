"""Plain-text helpers every stage shares (nerpipe.text) and the sentence starts of an analysis."""

from __future__ import annotations

import pytest

from nerpipe.text import (
    balance_quotes,
    line_ends,
    line_starts,
    sentence_starts,
    split_words,
    strip_acronym_ending,
    unify_scripts,
)

from .conftest import analyze
from .hand import tagged


@pytest.mark.parametrize("text, expected", [
    ("АО «Вектор", "АО «Вектор»"),
    ('ООО "Вектор', 'ООО "Вектор"'),
    ("фонд “Рост", "фонд “Рост”"),
    ("АО «Вектор»", "АО «Вектор»"),
    # a lone quote at the end closes a quote the span did not take in: it goes
    ('Союз садоводов"', "Союз садоводов"),
    ('ООО "Вектор"', 'ООО "Вектор"'),
    # „ opens and “ closes: a balanced low pair takes nothing
    ("завод „Тихий бриз“", "завод „Тихий бриз“"),
    ("завод „Тихий бриз“ открылся", "завод „Тихий бриз“ открылся"),
    ("фонд „Рост", "фонд „Рост“"),
    ("фонд “Рост” и „Кедр", "фонд “Рост” и „Кедр“"),
    ("фонд „Рост“ и “Кедр", "фонд „Рост“ и “Кедр”"),
])
def test_balance_quotes(text, expected):
    assert balance_quotes(text) == expected


@pytest.mark.parametrize("text, expected", [("МИДа", "МИД"), ("ВУЗов", "ВУЗ"), ("МИД", "МИД"), ("Мира", "Мира")])
def test_strip_acronym_ending(text, expected):
    assert strip_acronym_ending(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cолист группы", "Солист группы"),  # a Latin C opening a Russian word
    ("пресс-релизa", "пресс-релиза"),  # a Latin a closing one
    ("ООO «Кедр»", "ООО «Кедр»"),  # capitals
    ("Micrоsoft", "Microsoft"),  # a Cyrillic о inside a Latin word
    ("Twitterе и iPhoneом", "Twitterе и iPhoneом"),  # a Russian ending on a Latin name
    ("ЖZL", "ЖZL"),  # a letter of the other alphabet drawn like none of it
    ("ТВ3Plus", "ТВ3Plus"),  # two words
    ("Солист Nord", "Солист Nord"),
])
def test_unify_scripts(text, expected):
    assert unify_scripts(text) == expected
    assert len(unify_scripts(text)) == len(text)


def test_a_title_typed_in_two_alphabets(models):
    text = "Cолистка группы «Речные огни» Анна Зорина выступила в Твери."
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    assert [(names[f.person_id], f.position) for f in result.positions] == [
        ("Анна Зорина", "солистка группы «Речные огни»")]


def test_split_words():
    assert split_words("Ханты-Мансийск, «Вектор»") == ["Ханты-Мансийск", ",", "«", "Вектор", "»"]


@pytest.mark.parametrize("text, offset, starts, ends", [
    ("Директор\nшколы", 0, True, True),
    ("  Директор  \nшколы", 2, True, True),  # spaces do not count
    ("Пётр Орлов\nДиректор.", 11, True, True),  # nor does a full stop
    ("Директор школы", 0, True, False),
    ("Наш Директор\n", 4, False, True),
])
def test_line_starts_and_ends(text, offset, starts, ends):
    assert line_starts(text, offset) is starts
    assert line_ends(text, offset + len("Директор")) is ends


@pytest.mark.parametrize("text, offset, expected", [
    ("Анна Котова пришла.", 0, True),
    ("Он ушёл. Анна Котова пришла.", 9, True),
    ("Он ушёл!\u00a0«Анна Котова пришла»", 10, True),  # a no-break space and an opening quote do not count
    ("Новости\nАнна Котова пришла.", 8, True),
    ("Вчера Анна Котова пришла.", 6, False),
    ("Итог: Анна Котова пришла.", 6, False),  # a colon ends no sentence
])
def test_sentence_starts(text, offset, expected):
    assert sentence_starts(text, offset) is expected


def test_starts_sentence():
    analysis = tagged(("Он", "PRON"), ("пришёл", "VERB"), (".", "PUNCT"), ("Потом", "ADV"), ("ушёл", "VERB"),
                      "\n", ("Итоги", "NOUN"))
    assert [analysis.starts_sentence(i) for i in range(len(analysis.tokens))] == [
        True, False, False, True, False, True]


@pytest.mark.parametrize("offset, before, after", [
    (0, None, "Совет"),
    (5, "Совет", "«"),  # the space after «Совет»
    (6, "Совет", "«"),
    (7, "«", "Вектор"),
    (9, "«", "»"),  # inside a word: neither that word before nor after
    (14, "»", None),
    (40, "»", None),
])
def test_tokens_around_an_offset(offset, before, after):
    analysis = tagged(("Совет", "NOUN Nom Sing Masc"), ("«", "PUNCT"), ("Вектор", "PROPN Nom Sing Masc"),
                      ("»", "PUNCT"))
    assert analysis.text == "Совет «Вектор»"
    found = analysis.token_before(offset), analysis.token_after(offset)
    assert tuple(t and t.text for t in found) == (before, after)
