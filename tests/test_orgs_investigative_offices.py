"""A regional investigative office of the Investigative Committee spelled in several ways is one body
(:mod:`nerpipe.resolve.territorial`), and a span that opens with ``Руководство`` or ``Следственные органы`` before
a body is that body (:mod:`nerpipe.spans.chrome`)."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, first, second", [
    ("Следственное управление СК России по Омской области возбудило дело. Руководитель СУ СК России по Омской "
     "области Пётр Сомов поручил провести проверку.",
     "Следственное управление СК России по Омской области", "СУ СК России по Омской области"),
    ("СУ СК по Тверской области начало проверку. Позже следственное управление СК по Тверской области "
     "возбудило дело.", "СУ СК по Тверской области", "следственное управление СК по Тверской области"),
    ("Главное следственное управление СК России по Курской области возбудило дело. В ГСУ СК России по Курской "
     "области назначили экспертизу.", "Главное следственное управление СК России по Курской области",
     "ГСУ СК России по Курской области"),
    ("Следственное управление СК России по Омской области возбудило дело. Руководитель СУ по Омской области "
     "Пётр Сомов поручил провести проверку.", "Следственное управление СК России по Омской области",
     "СУ по Омской области"),
])
def test_one_investigative_office_under_its_spellings(models, text, first, second):
    names = org_entity_names(text, models)
    assert names[first] == names[second]


@pytest.mark.parametrize("text, first, second", [
    # two places
    ("СУ СК России по Омской области возбудило дело. Следственное управление СК России по Тверской области "
     "начало проверку.", "СУ СК России по Омской области",
     "Следственное управление СК России по Тверской области"),
    # a main directorate and a directorate
    ("ГСУ СК России по Омской области возбудило дело. Следственное управление СК России по Омской области "
     "начало проверку.", "ГСУ СК России по Омской области", "Следственное управление СК России по Омской области"),
])
def test_other_investigative_offices_stay_apart(models, text, first, second):
    names = org_entity_names(text, models)
    assert names[first] != names[second]


@pytest.mark.parametrize("text, first, second", [
    ("Управление Федеральной службы государственной регистрации, кадастра и картографии по Омской области "
     "подвело итоги года. Руководитель Управления Росреестра по Омской области Анна Сомова рассказала о планах.",
     "Управление Федеральной службы государственной регистрации, кадастра и картографии по Омской области",
     "Управления Росреестра по Омской области"),
    ("Управление Федеральной налоговой службы по Тверской области напомнило о сроках. В Управлении ФНС России "
     "по Тверской области назвали даты.", "Управление Федеральной налоговой службы по Тверской области",
     "Управлении ФНС России по Тверской области"),
])
def test_an_agency_written_in_full_or_short(models, text, first, second):
    names = org_entity_names(text, models)
    assert names[first] == names[second]


def _org_mentions(text, models):
    return {m.text for m in analyze(text, models).mentions if m.type == "ORG"}


@pytest.mark.parametrize("text, body, whole", [
    ("Руководство мэрии Заречинска соберётся во вторник. Совещание проведёт мэр.", "мэрии Заречинска",
     "Руководство мэрии Заречинска"),
    ("Расследование на контроле у руководства администрации Заречинска.", "администрации Заречинска",
     "руководства администрации Заречинска"),
    ("Следственными органами СУ СК России по Омской области возбуждено уголовное дело.",
     "СУ СК России по Омской области", "Следственными органами СУ СК России по Омской области"),
    ("По данному факту следственными органами следственного управления СК России по Тверской области "
     "организована проверка.", "следственного управления СК России по Тверской области",
     "следственными органами следственного управления СК России по Тверской области"),
])
def test_a_head_before_a_body_is_cut(models, text, body, whole):
    mentions = _org_mentions(text, models)
    assert body in mentions and whole not in mentions


@pytest.mark.parametrize("text, kept", [
    # a leadership of a country is no leadership of a body
    ("Руководство Никарагуа заявило о переговорах.", "Руководство Никарагуа"),
    # a body named ``орган`` in the singular
    ("Орган местного самоуправления Заречинска принял решение.", None),
])
def test_a_head_before_no_body_stays(models, text, kept):
    mentions = _org_mentions(text, models)
    if kept is not None:
        assert kept in mentions
    assert not any(m.startswith("местного") for m in mentions)


@pytest.mark.parametrize("text, body", [
    ("В городе Омске подростки закидали снегом памятник. Следственными органами следственного управления СК "
     "России по Омской области по данному факту организована процессуальная проверка.",
     "следственного управления СК России по Омской области"),
    ("Сотрудники Управления Росреестра по Омской области по поручению губернатора проверили участки.",
     "Управления Росреестра по Омской области"),
])
def test_a_name_ends_with_the_place_it_serves(models, text, body):
    mentions = _org_mentions(text, models)
    assert body in mentions and not any(m.startswith(body) and m != body for m in mentions)


def test_a_remit_before_the_place_stays(models):
    text = "Комитет по делам молодёжи по Омской области провёл форум."
    assert any(m.startswith("Комитет по делам молодёжи") for m in _org_mentions(text, models))


@pytest.mark.parametrize("text, mention, office", [
    ("Следственное управление СК России по Омской области возбудило дело. Расследование на контроле у "
     "руководства регионального управления СК.", "регионального управления СК",
     "Следственное управление СК России по Омской области"),
    ("Об этом говорится на сайте регионального отделения СК. Следственными органами СУ СК России по Тверской "
     "области возбуждено дело.", "регионального отделения СК", "СУ СК России по Тверской области"),
    ("Председатель поручил руководителю регионального СУ СК Петру Сомову представить доклад. Позже СУ СК по "
     "Курской области приняло решение.", "СУ СК", "СУ СК по Курской области"),
])
def test_a_regional_office_with_no_place_is_the_texts(models, text, mention, office):
    assert org_entity_names(text, models)[mention] == org_entity_names(text, models)[office]


@pytest.mark.parametrize("text, mention, office", [
    # two offices of the agency with their places
    ("СУ СК России по Омской области и СУ СК России по Тверской области провели проверку. Доклад представит "
     "руководство регионального управления СК.", "регионального управления СК", "СУ СК России по Омской области"),
    # the agency itself stays the agency
    ("СУ СК России по Омской области возбудило дело. В СК России назвали сроки.", "СК России",
     "СУ СК России по Омской области"),
])
def test_an_office_with_no_place_stays(models, text, mention, office):
    names = org_entity_names(text, models)
    assert names.get(mention) != names[office]


@pytest.mark.parametrize("text, mention", [
    ("Глава Следкома России Пётр Сомов поручил доложить. В СК России назвали сроки.", "Следкома России"),
    ("Следком начал проверку после публикации. В СК России назвали сроки.", "Следком"),
])
def test_sledkom_is_the_committee(models, text, mention):
    names = org_entity_names(text, models)
    assert names[mention] == names["СК России"] == "Следственный комитет Российской Федерации"


def test_regional_offices_in_the_plural_stay(models):
    text = ("Управление МВД России по Омской области провело проверку. Опыт переймут и другие региональные "
            "управления МВД.")
    names = org_entity_names(text, models)
    assert names.get("региональные управления МВД") != names["Управление МВД России по Омской области"]
