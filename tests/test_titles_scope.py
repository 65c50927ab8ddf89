"""Where a title belongs: the country a phrase or an organization states, what a document is about, the
foreign counterpart of a Russian body."""

from __future__ import annotations

import pytest

from nerpipe.places import Place
from nerpipe.records import Span
from nerpipe.titles.scope import (
    Scope,
    document_scope,
    foreign_counterpart,
    is_russian,
    org_country,
    stated_country,
    without_russia,
)

TOMSK = Place("Томская область", "federal_subject", "RU-TOM", "RU")
KOMI = Place("Республика Коми", "federal_subject", "RU-KO", "RU")
GEORGIA = Place("Грузия", "country", None, "GE")
RUSSIA = Place("Россия", "country", None, "RU")


def places(*found: Place) -> dict[Span, Place]:
    return {Span(index, index + 1, "LOC"): place for index, place in enumerate(found)}


@pytest.mark.parametrize("found, scope", [
    ((TOMSK, TOMSK, TOMSK), Scope("RU-TOM", None)),
    ((TOMSK,), Scope("RU-TOM", None)),
    ((TOMSK, TOMSK, KOMI), Scope("RU-TOM", None)),  # twice the others
    ((TOMSK, TOMSK, KOMI, KOMI), Scope(None, None)),  # two regions: about neither
    ((GEORGIA, GEORGIA, GEORGIA, RUSSIA), Scope(None, "GE")),  # a foreign country, Russia named once
    ((GEORGIA, TOMSK, TOMSK), Scope("RU-TOM", None)),  # Russia outweighs Georgia
    ((GEORGIA, GEORGIA, TOMSK, TOMSK), Scope("RU-TOM", None)),  # no country outweighs Russia
    ((), Scope(None, None)),
])
def test_document_scope(found, scope):
    assert document_scope(places(*found)) == scope


@pytest.mark.parametrize("found, words, country", [
    ([GEORGIA], ["посол", "Грузии"], "GE"),
    ([], ["израильский", "министр", "обороны"], "IL"),  # a country's adjective
    ([], ["министр", "обороны", "РФ"], "RU"),
    ([], ["томский", "губернатор"], "RU"),  # a region's adjective
    ([TOMSK], ["губернатор", "Томской", "области"], "RU"),
    ([], ["министр", "обороны"], None),
])
def test_stated_country(models, found, words, country):
    assert stated_country(found, words, models.gazetteer) == country


@pytest.mark.parametrize("name, region, country", [
    ("МВД Грузии", None, "GE"),
    ("Министерство обороны Российской Федерации", None, "RU"),
    ("Министерство иностранных дел Южной Кореи", None, "KR"),
    ("Корпорация развития", "RU-KGD", "RU"),  # an organization of a Russian region
    ("Японский МИД", None, "JP"),
    ("ООО «Вектор»", None, None),
])
def test_org_country(models, name, region, country):
    assert org_country(name, region, models.gazetteer) == country


def test_a_foreign_counterpart_of_a_russian_body(models):
    name = "Министерство внутренних дел Российской Федерации"
    assert is_russian(name) and not is_russian("Министерство внутренних дел Грузии")
    assert without_russia(name) == "Министерство внутренних дел"
    assert foreign_counterpart(name, "GE", models.gazetteer) == "Министерство внутренних дел Грузии"
    assert foreign_counterpart("МВД России", "AE", models.gazetteer) == "МВД ОАЭ"
