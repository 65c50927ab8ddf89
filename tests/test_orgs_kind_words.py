"""Words that say what a body is standing apart from its name (:mod:`nerpipe.spans.kind_words`): joined
to the name after them, dropped when plural; a unit's name without its party's descriptor
(:func:`nerpipe.orgs.naming.own_name`)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # a party's descriptor and its abbreviation: one body, the party's
    ("Фракция Политической партии ЛДПР голосовала против закона.", "Фракция Политической партии ЛДПР",
     "Фракция ЛДПР"),
    ("Фракция Политической партии ЛДПР голосовала против закона.", "Политической партии ЛДПР",
     "Либерально-демократическая партия России"),
    # a quoted party name after the descriptor
    ("Фракция Всероссийской политической партии «Зелёный край» голосовала против.",
     "Фракция Всероссийской политической партии «Зелёный край»", "Фракция «Зелёный край»"),
    # a newspaper's descriptor with its town's adjective, and its name
    ("Тербунская районная газета «Луч» отметила юбилей.", "Тербунская районная газета «Луч»", "Луч"),
    # near cases that stay: no adjective before the descriptor, a place after it
    ("Фракция партии «Зелёный край» голосовала против.", "Фракция партии «Зелёный край»",
     "Фракция партии «Зелёный край»"),
    ("Депутаты Социалистической партии США выступили против.", "Социалистической партии США",
     "Социалистическая партия США"),
    # an abbreviation of a body of another kind the body named belongs to stays in its name
    ("Учёные Заречного научного центра РАН приехали.", "Заречного научного центра РАН",
     "Заречный научный центр РАН"),
    ("Эксперты Детского фонда ООН приехали.", "Детского фонда ООН", "Детский фонд ООН"),
    # a name after the kind words that is neither quoted nor an abbreviation stays apart
    ("В здание филиала Центрального музея Заречья Исторический музей переехал в 1991 году.",
     "Исторический музей", "Исторический музей"),
])
def test_kind_words_join_the_name_after_them(models, text, mention, expected):
    assert org_entity_names(text, models).get(mention) == expected


@pytest.mark.parametrize("text, absent, present", [
    # a kind of bodies in the plural names none; the names after it stay
    ("В гордуме Заречья действуют фракции политических партий «Зелёный край» и ЛДПР.",
     "политических партий", "Зелёный край"),
    ("Политические партии провели съезды. Партия «Заря» победила.", "Политические партии", "Заря"),
    # the descriptor alone, with no name after it, is none of the party's
    ("Фракция Политической партии ЛДПР голосовала против закона.", "Политической партии", "ЛДПР"),
])
def test_plural_kind_words_name_no_body(models, text, absent, present):
    names = org_entity_names(text, models)
    assert absent not in names
    assert any(present in mention for mention in names)


@pytest.mark.parametrize("text, mention, expected", [
    # a town's adjective and a level's compound: the body its full name names
    ("Депутаты Волгоградской гордумы поддержали бюджет.", "Волгоградской гордумы", "Волгоградская городская дума"),
    ("Депутаты Омского горсовета и Омского городского совета собрались.", "Омского горсовета",
     "Омский городской совет"),
    # near cases that stay: the full name, a compound the dictionary knows, a compound alone
    ("Депутаты Омского городского совета собрались.", "Омского городского совета", "Омский городской совет"),
    ("Депутаты Мосгордумы собрались.", "Мосгордумы", "Московская городская дума"),
])
def test_a_placed_level_compound_is_written_out(models, text, mention, expected):
    assert org_entity_names(text, models).get(mention) == expected


@pytest.mark.parametrize("text, mention", [
    # bodies of their own names sharing a plural noun stay
    ("Солисты Камерного и Заречного театров выступили в Омске.", "Заречного театров"),
    ("Труппы Малого, Ростовского театров приехали.", "Ростовского театров"),
])
def test_named_bodies_sharing_a_plural_noun_stay(models, text, mention):
    assert mention in org_entity_names(text, models)


@pytest.mark.parametrize("text, mention, expected", [
    # a faction of one party is one body, whatever number the tagger reads
    ("Жители направили фракции ЛДПР коллективное письмо.", "фракции ЛДПР", "Фракция ЛДПР"),
    ("Жители направили фракции Политической партии «Зелёный путь» письмо.",
     "фракции Политической партии «Зелёный путь»", "Фракция «Зелёный путь»"),
    # near case that stays: the factions of a list of parties
    ("Жители направили фракции ЛДПР и КПРФ коллективное письмо.", "фракции ЛДПР", "Фракции ЛДПР"),
])
def test_a_faction_of_one_party_is_one_body(models, text, mention, expected):
    assert org_entity_names(text, models).get(mention) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a body's noun and the quoted name in apposition after it: one body, of the quoted name
    ("Разведка прекратила сотрудничество с израильской спецслужбой «Кедр», сообщает газета.",
     "израильской спецслужбой «Кедр»", "Кедр"),
    ("В столицу прилетел глава израильской службы внешней разведки «Кедр» Тамир Зорин.",
     "израильской службы внешней разведки «Кедр»", "Кедр"),
    # a quoted name in the genitive is the body a unit belongs to, not the unit
    ("В совете «Кедра» пять человек.", "совете «Кедра»", "Совет «Кедра»"),
    # a company's board, a unit named by its body's name, a park's quoted name: as they were
    ("Председатель совета директоров «Итеры» Иван Зорин выступил.", "совета директоров «Итеры»",
     "Совет директоров «Итеры»"),
    ("Депутаты фракции «Лесной путь» проголосовали против.", "фракции «Лесной путь»", "Фракция «Лесной путь»"),
])
def test_body_noun_and_apposed_name(text, mention, expected, models):
    assert org_entity_names(text, models)[mention] == expected
