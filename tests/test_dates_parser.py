"""The date grammar's lookahead parser finds what yargy's own parser finds, on every kind of date."""

from __future__ import annotations

import pytest
from yargy import Parser, or_, rule
from yargy.predicates import eq, in_
from yargy.predicates import type as type_

from nerpipe.dates.grammar import build_grammar
from nerpipe.dates.lookahead import LookaheadParser

TEXTS = [
    "Форум прошёл 6 июля 2018 года в Казани, а 06.07.2018 открылась выставка.",
    "С 27 по 28 ноября, 22 и 23 июня, 30 июня – 2 июля и в 2019–2020 годах.",
    "В 1990-е годы, к 90-м годам, в 2010-м году и в апреле 2017 года.",
    "Вчера, сегодня и завтра; в минувшую пятницу, в пятницу и в ближайший вторник.",
    "На этой неделе, в прошлом месяце, в прошлом году, в минувшие выходные, летом и прошлой осенью.",
    "Весной 2019 года, зимой прошлого года, 5 декабря прошлого года, в декабре прошлого года.",
    "С мая по июль 2019 года, май–июль 2019 года, 15-го марта, в начале сентября, 2016 году.",
    "Дата 2024-03-05 и сент. 2021 г., дек. 2020 гг., в течение февраля.",
    "С 1983 по 1986 служил, с 2009 руководил, (2011), сезон 2017–2018 и 2017/2018, до 2000 человек.",
    "В XIV веке, к концу XVIII века, во второй половине XIX века, в 19 веке, в прошлом веке, текущего столетия.",
    "Ничего похожего на дату здесь нет, только 42 слова и 7 чисел.",
    "в", "2019", "мая", "с 1 по", "летом", "",
]


@pytest.fixture(scope="module")
def parsers(models):
    from yargy.tokenizer import MorphTokenizer

    tokenizer = MorphTokenizer(morph=models.dates.parser.tokenizer.morph)
    return [(Parser(grammar, tokenizer=tokenizer), LookaheadParser(grammar, tokenizer=tokenizer))
            for grammar in build_grammar()]


def _found(parser, text):
    return [(match.span, match.fact) for match in parser.findall(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_lookahead_parser_finds_what_yargy_finds(parsers, text):
    for plain, lookahead in parsers:
        assert _found(lookahead, text) == _found(plain, text)


@pytest.mark.parametrize("text", ["5", "в 5", "во 5 год", "год", "a b 5", "b 5 год", "a a 5", "x в", "в в 5 5"])
def test_optional_parts_are_seen_through(text):
    number = type_("INT")
    grammar = or_(
        rule(in_({"в", "во"}).optional(), number, eq("год").optional()),  # starts with "в" or a number
        rule(eq("год")),
        rule(eq("a").optional(), eq("b").optional(), number),  # starts with "a", "b" or a number
    )

    def found(parser):
        return [(match.span, [token.value for token in match.tokens]) for match in parser.findall(text)]

    assert found(LookaheadParser(grammar)) == found(Parser(grammar))
