"""A ministry named by a compound of ``Мин`` and its remit's first letters is the ministry the text names in full
(invented text)."""

from __future__ import annotations

import pytest

from nerpipe.resolve.ministry_compounds import spells_remit
from tests.conftest import org_entity_names


@pytest.mark.parametrize("stem, remit, expected", [
    ("образования", ["образования"], True),
    ("обрнауки", ["образования", "и", "науки"], True),  # the first letters of two words
    ("сельхоз", ["сельского", "хозяйства"], True),
    ("энерго", ["энергетики"], True),  # a linking vowel at the end
    ("экономразвития", ["экономического", "развития"], True),
    ("труд", ["труда", "и", "социальной", "защиты"], True),  # the last words left out
    ("обороны", ["образования"], False),
    ("обрнауки", ["образования"], False),  # letters the remit does not have
    ("ск", ["спорта"], False),  # too few letters of a word
])
def test_spells_remit(stem, remit, expected):
    assert spells_remit(stem, remit) is expected


@pytest.mark.parametrize("text, mention, expected", [
    # a region's ministry named in full, then by a compound the dictionary does not know
    ("Министерство образования Тверской области объявило конкурс. В Минобразования пояснили, что заявки "
     "принимаются до пятницы.", "Минобразования", "Министерство образования Тверской области"),
    ("Министерство лесного хозяйства Тверской области провело проверку. В Минлесхозе рассказали о её итогах.",
     "Минлесхозе", "Министерство лесного хозяйства Тверской области"),
])
def test_a_compound_is_the_ministry_named_in_full(text, mention, expected, models):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, kept", [
    # two ministries the compound may stand for: it stays as it is
    ("Министерство образования Тверской области и Министерство образования и науки России подписали соглашение. "
     "В Минобразования пояснили детали.", "Минобразования", "Министерство образования Тверской области"),
    # a foreign ministry in full takes no compound
    ("Министерство финансов Заречья ввело пошлины. В Минфине ответили, что изучат решение.", "Минфине",
     "Министерство финансов Заречья"),
])
def test_a_compound_not_joined(text, mention, kept, models):
    assert org_entity_names(text, models).get(mention) != kept
