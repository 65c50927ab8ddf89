"""An all-Russian body of the dictionary named without its all-Russian adjective or abbreviation (``Народный
фронт``), and a party of Russia's name named without Russia (``Либерально-демократической партии``), in a text
about one foreign country is that country's body of the name, unless the text names it as Russia's
(:func:`nerpipe.resolve.countries_of_bodies.all_russian_abroad`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def orgs_of(text: str, models) -> dict[str, tuple[str, str | None]]:
    result = analyze(text, models)
    orgs = {o.org_id: o for o in result.organizations}
    return {m.text: (orgs[m.entity_id].name, orgs[m.entity_id].country)
            for m in result.mentions if m.type == "ORG" and m.entity_id in orgs}


@pytest.mark.parametrize("text, mention, expected", [
    ("В Казахстане прошел съезд. Народный фронт поддержал реформу, сообщают СМИ Казахстана.",
     "Народный фронт", ("Народный фронт Казахстана", "KZ")),
    ("Власти Белоруссии объявили выборы. Кандидата выдвинул Народный фронт, сообщают СМИ Белоруссии.",
     "Народный фронт", ("Народный фронт Белоруссии", "BY")),
])
def test_an_all_russian_body_named_bare_abroad_is_the_countrys(models, text, mention, expected):
    assert orgs_of(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # the text names the body as Russia's: it stays Russia's
    ("В Казахстане прошел съезд. Общероссийский народный фронт направил делегацию. Народный фронт поддержал "
     "реформу, сообщают СМИ Казахстана.", "Народный фронт", ("Общероссийский народный фронт", "RU")),
    # a text about Russia
    ("В Твери прошел форум. Народный фронт поддержал реформу.", "Народный фронт",
     ("Общероссийский народный фронт", "RU")),
])
def test_an_all_russian_body_named_as_russias_or_at_home_stays(models, text, mention, expected):
    assert orgs_of(text, models).get(mention, expected) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a party of Russia's name without Russia, in a text about another country: that country's party
    ("Выборы в Молдавии прошли спокойно. Сторонники Либерально-демократической партии (ЛДПМ) вышли на площадь. "
     "В Кишиневе и Молдавии ждут итогов.", "Либерально-демократической партии",
     ("Либерально-демократическая партия Молдавии", "MD")),
    ("Съезд Коммунистической партии прошёл в Пекине. Китай и Пекин готовятся к переменам в Китае.",
     "Коммунистической партии", ("Коммунистическая партия Китая", "CN")),
])
def test_a_party_of_russias_name_abroad_is_the_countrys(models, text, mention, expected):
    assert orgs_of(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # by its abbreviation: Russia's
    ("Выборы в Молдавии прошли спокойно. Лидер ЛДПР Иван Петров поздравил победителей. В Кишиневе и Молдавии ждут "
     "итогов.", "ЛДПР", ("Либерально-демократическая партия России", "RU")),
    # named as Russia's once: its bare mentions are Russia's too
    ("Выборы в Молдавии прошли спокойно. Коммунистическая партия Российской Федерации поздравила коммунистов. В "
     "Кишиневе и Молдавии ждут итогов. Коммунистическая партия промолчала.", "Коммунистическая партия",
     ("Коммунистическая партия Российской Федерации", "RU")),
    # a text about Russia: Russia's
    ("Либерально-демократическая партия провела съезд в Твери. Тверь и Тверская область ждут итогов.",
     "Либерально-демократическая партия", ("Либерально-демократическая партия России", "RU")),
])
def test_a_party_named_as_russias_or_at_home_stays(models, text, mention, expected):
    assert orgs_of(text, models)[mention] == expected
