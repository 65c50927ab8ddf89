"""What a text is about weighs the bodies it names (:mod:`nerpipe.resolve.bodies_placed`): a body of a region by
its own name, one per body; and a foreign country's adjective on a person's occupation (``американский учёный``)
only against the other places. Every sentence, name and body is invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nerpipe.places import Place
from nerpipe.records import Span
from nerpipe.resolve import Scope, document_scope
from nerpipe.resolve.locations import ORIGIN

from .conftest import analyze, org_countries

TOMSK = Place("Томская область", "federal_subject", "RU-TOM", "RU")
RUSSIA = Place("Россия", "country", None, "RU")
UKRAINE = Place("Украина", "country", None, "UA")
QATAR = Place("Катар", "country", None, "QA")
USA = Place("США", "country", None, "US")


def _places(*found: Place) -> dict[Span, Place]:
    return {Span(index, index + 1, "LOC"): place for index, place in enumerate(found)}


@pytest.mark.parametrize("found, scope", [
    # a person's origin named twice is no evidence the text is about that country
    ((replace(UKRAINE, category=ORIGIN), replace(UKRAINE, category=ORIGIN), RUSSIA), Scope(None, None)),
    # but it weighs against the others: a venue named twice and a person's origin and another country once
    ((QATAR, QATAR, replace(UKRAINE, category=ORIGIN), USA), Scope(None, None)),
    # the region of a text outweighs a foreign scientist's origin
    ((TOMSK, TOMSK, replace(USA, category=ORIGIN)), Scope("RU-TOM", None)),
    ((QATAR, QATAR, QATAR), Scope(None, "QA")),
])
def test_origins_weigh_only_against(found, scope):
    assert document_scope(_places(*found)) == scope


@pytest.mark.parametrize("text, mention, expected", [
    # a regional institute by its own name, a US state named once and an American scientist: not about the US
    ("Томский институт лесных культур получил грант. Лабораторией будет руководить учёный из Калифорнии. Как "
     "отметил директор Отделения прикладной химии Иван Кедров, американский учёный приедет весной.",
     "Отделения прикладной химии", None),
    ("Омскому госуниверситету достался грант. Проект возглавит профессор из Техаса. Декан Факультета прикладной "
     "механики Олег Сомов рассказал, что американский профессор уже работал в Сибири.",
     "Факультета прикладной механики", None),
    # German investors: where they come from, not where the district is
    ("Немецкие инвесторы построят завод в Германии. Администрация района одобрила проект. Томская компания «Кедр» "
     "поставит оборудование.", "Администрация района", None),
])
def test_bodies_of_a_region_keep_the_text_at_home(models, text, mention, expected):
    assert org_countries(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a Russian ministry named once in a text about another country: that country's text still
    ("В Вильнюсе и Каунасе прошли встречи. Министр Йонас Петраускас заявил, что правительство поддержит фермеров. "
     "В ответ МИД России выразил протест.", "правительство", "LT"),
])
def test_a_russian_body_named_once_abroad(models, text, mention, expected):
    assert org_countries(text, models)[mention] == expected


def _position_countries(text: str, models) -> dict[str, str | None]:
    return {f.position: f.country for f in analyze(text, models).positions}


@pytest.mark.parametrize("text, position, expected", [
    # a foreign state's body of the dictionary and no place: a text about its state
    ("ЦРУ годами скрывало программу. Агентство действовало по указанию вице-президента Джона Кедра. "
     "Об этом сообщил директор агентства Том Ривер.", "вице-президент", "US"),
    # a bare body Russia's namesake beside it: bodies of two states, no one country
    ("ЦРУ и МВД обменялись данными по указанию вице-президента Джона Кедра.", "вице-президент", None),
])
def test_a_foreign_state_body_says_its_country(models, text, position, expected):
    assert _position_countries(text, models)[position] == expected
