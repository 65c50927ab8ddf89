"""Where a title belongs: what a document is about (resolve's decision), the country a phrase states,
the foreign counterpart of a Russian body."""

from __future__ import annotations

import pytest

from nerpipe.places import Place, foreign_country
from nerpipe.records import Span
from nerpipe.resolve import Scope, document_scope
from nerpipe.resolve.abroad import foreign_counterpart, is_russian, without_russia
from nerpipe.titles.scope import stated_country

from .hand import tagged

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


@pytest.mark.parametrize("found, tokens, country", [
    ([GEORGIA], [("посол", "NOUN Nom Sing Masc"), ("Грузии", "PROPN Gen Sing Fem")], "GE"),
    ([], [("израильский", "ADJ Nom Sing Masc"), ("министр", "NOUN Nom Sing Masc"), ("обороны", "NOUN Gen Sing Fem")],
     "IL"),  # a country's adjective
    ([], [("министр", "NOUN Nom Sing Masc"), ("обороны", "NOUN Gen Sing Fem"), ("РФ", "PROPN Gen Sing Fem")], "RU"),
    ([], [("томский", "ADJ Nom Sing Masc"), ("губернатор", "NOUN Nom Sing Masc")], "RU"),  # a region's adjective
    ([TOMSK], [("губернатор", "NOUN Nom Sing Masc"), ("Томской", "ADJ Gen Sing Fem"), ("области", "NOUN Gen Sing Fem")],
     "RU"),
    ([], [("министр", "NOUN Nom Sing Masc"), ("обороны", "NOUN Gen Sing Fem")], None),
])
def test_stated_country(models, found, tokens, country):
    assert stated_country(found, tagged(*tokens).tokens, models.gazetteer) == country


@pytest.mark.parametrize("code, shown", [("RU", None), ("JP", "JP"), (None, None)])
def test_the_tables_give_a_country_only_to_a_foreign_body(code, shown):
    assert foreign_country(code) == shown


def test_a_foreign_counterpart_of_a_russian_body(models):
    name = "Министерство внутренних дел Российской Федерации"
    assert is_russian(name) and not is_russian("Министерство внутренних дел Грузии")
    assert without_russia(name) == "Министерство внутренних дел"
    assert foreign_counterpart(name, "GE", models.gazetteer) == "Министерство внутренних дел Грузии"
    assert foreign_counterpart("МВД России", "AE", models.gazetteer) == "МВД ОАЭ"
