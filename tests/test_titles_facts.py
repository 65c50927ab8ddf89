"""The rows of the titles stage, on analyses and resolutions built by hand: the organization and
region of a title, the ministry a minister's title implies, one row per fact."""

from __future__ import annotations

import pytest

from nerpipe.places import Place
from nerpipe.records import OrgEntity, PositionFact
from nerpipe.resolve import Resolved, Scope, implied_org
from nerpipe.titles.attributes import describe_title
from nerpipe.titles.facts import build_positions
from nerpipe.titles.grammar import find_titles
from nerpipe.titles.restated import restates
from nerpipe.titles.trimming import trim_title

from .hand import tagged

NAME = [("Пётр", "PROPN Nom Sing Masc"), ("Орлов", "PROPN Nom Sing Masc")]


def resolution(entity_of=(), orgs=(), place_of=(), main_region=None) -> Resolved:
    """A document's resolution; ``main_region`` is also the one region the document is about."""
    return Resolved([], {}, dict(orgs), {}, dict(entity_of), dict(place_of), main_region, Scope(main_region))


def describe(models, analysis, resolved):
    [title] = [trim_title(analysis, t) for t in find_titles(analysis, list(analysis.spans), models.titles)]
    return describe_title(analysis, title, list(analysis.spans), resolved, models.titles, models.orgs, models.gazetteer)


def test_the_outermost_organization_and_its_region(models):
    analysis = tagged(("директор", "NOUN Nom Sing Masc"), ("компании", "NOUN Gen Sing Fem"), ("«", "PUNCT"),
                      ("Вектор", "PROPN"), ("»", "PUNCT"), spans=[(1, 4, "ORG")])
    org = OrgEntity("org_vector", "Вектор", None, ("компании «Вектор»",), "RU-TOM", 1)
    info = describe(models, analysis, resolution({analysis.spans[0]: org.org_id}, {org.org_id: org}))
    assert (info.org_id, info.region_code, info.ministry, info.bare) == ("org_vector", "RU-TOM", None, False)


@pytest.mark.parametrize("tokens, spans, org", [
    # the body a unit is attached to ("при") is not the title's organization
    ([("председатель", "NOUN Nom Sing Masc"), ("совета", "NOUN Gen Sing Masc"), ("при", "ADP"),
      ("мэрии", "NOUN Loc Sing Fem")], [(3, 3, "ORG")], None),
    # the party that sent a deputy is not where he sits
    ([("депутат", "NOUN Nom Sing Masc"), ("Думы", "PROPN Gen Sing Fem"), ("от", "ADP"), ("партии", "NOUN Gen Sing Fem"),
      ("«", "PUNCT"), ("Путь", "PROPN"), ("»", "PUNCT")], [(1, 1, "ORG"), (3, 6, "ORG")], "org_1"),
])
def test_organizations_a_title_does_not_belong_to(models, tokens, spans, org):
    analysis = tagged(*tokens, spans=spans)
    entity_of = {span: f"org_{index}" for index, span in enumerate(analysis.spans, 1)}
    assert describe(models, analysis, resolution(entity_of)).org_id == org


@pytest.mark.parametrize("tokens, region", [
    ([("директор", "NOUN Nom Sing Masc"), ("томского", "ADJ Gen Sing Masc"), ("завода", "NOUN Gen Sing Masc")],
     "RU-TOM"),  # a region's adjective
    ([("губернатор", "NOUN Nom Sing Masc"), ("края", "NOUN Gen Sing Masc")], "RU-KYA"),  # the main region
    ([("директор", "NOUN Nom Sing Masc"), ("завода", "NOUN Gen Sing Masc")], None),
])
def test_region(models, tokens, region):
    analysis = tagged(*tokens)
    assert describe(models, analysis, resolution(main_region="RU-KYA")).region_code == region


def test_a_ministry_implied_by_a_minister(models):
    analysis = tagged(("министр", "NOUN Nom Sing Masc"), ("культуры", "NOUN Gen Sing Fem"),
                      ("края", "NOUN Gen Sing Masc"))
    info = describe(models, analysis, resolution(main_region="RU-KYA"))
    assert info.ministry == implied_org("Министерство культуры Красноярского края", None, "RU-KYA")
    assert info.org_id == info.ministry.org_id


def test_a_ministry_from_the_dictionary(models):
    analysis = tagged(("министр", "NOUN Nom Sing Masc"), ("финансов", "NOUN Gen Plur Masc"))
    ref = models.orgs.lookup("Министерство финансов")
    assert ref is not None
    assert (describe(models, analysis, resolution()).ministry.name) == ref.name


def fact(position="министр финансов", role="министр", org_id=None, region_code=None, person_id="per_1"):
    return PositionFact(person_id, position, role, org_id, region_code, 0, 1, 2, 3)


FINANCE = frozenset({"финансы"})


@pytest.mark.parametrize("later, substance, earlier, said, expected", [
    (fact(), FINANCE, fact(), FINANCE, True),  # the same statement
    (fact("министр"), frozenset(), fact(org_id="org_1"), FINANCE, True),  # the bare role
    (fact("министр финансов"), FINANCE, fact("министр финансов края"), FINANCE | {"край"}, True),  # part of it
    (fact("действующий министр финансов"), FINANCE, fact(), FINANCE, True),  # a word that changes nothing
    (fact("министр финансов края"), FINANCE | {"край"}, fact(), FINANCE, False),  # it says more
    (fact(region_code="RU-TOM"), FINANCE, fact(), FINANCE, False),  # it names a region the earlier one did not
    (fact(person_id="per_2"), FINANCE, fact(), FINANCE, False),
    (fact(role="заместитель министра"), FINANCE, fact(), FINANCE, False),
])
def test_restates(later, substance, earlier, said, expected):
    assert restates(later, substance, earlier, said) is expected


def test_rows_of_a_document(models):
    analysis = tagged(("министр", "NOUN Nom Sing Masc"), ("финансов", "NOUN Gen Plur Masc"), *NAME,
                      ("выступил", "VERB Sing Masc"), (".", "PUNCT"), ("Министр", "NOUN Nom Sing Masc", 7, "nsubj"),
                      ("добавил", "VERB Sing Masc"), (".", "PUNCT"), ("Эксперты", "NOUN Nom Plur Masc"),
                      ("согласились", "VERB Plur"), spans=[(2, 3, "PER")])
    person = analysis.spans[0]
    facts = build_positions(analysis, list(analysis.spans), resolution({person: "per_orlov"}), models.titles,
                            models.orgs, models.gazetteer)
    # two mentions (the plural "Эксперты" is none), one row: the second title restates the first
    assert [m.normal for m in facts.mentions] == ["министр финансов", "министр"]
    assert [(f.person_id, f.position, f.role) for f in facts.facts] == [("per_orlov", "министр финансов", "министр")]
    assert list(facts.derived_orgs) == [facts.facts[0].org_id]


def test_a_place_inside_a_title(models):
    analysis = tagged(("мэр", "NOUN Nom Sing Masc"), ("Томска", "PROPN Gen Sing Masc"), spans=[(1, 1, "LOC")])
    place = Place("Томск", "city", "RU-TOM", "RU")
    assert describe(models, analysis, resolution(place_of={analysis.spans[0]: place})).region_code == "RU-TOM"
