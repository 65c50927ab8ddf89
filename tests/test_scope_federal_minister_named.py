"""A ministry named bare (``Минздрав``) in a text about a region's cabinet is the region's, unless the text names
Russia's minister of its remit (``министр здравоохранения России``): then it is the federal one he heads. Every
sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, expected", [
    ("Министр здравоохранения России Пётр Орлов посетит Барнаул. Как сообщили в региональном правительстве, глава "
     "Минздрава побывает в краевой больнице.", "Министерство здравоохранения Российской Федерации"),
    ("Министр просвещения РФ Пётр Орлов прибыл в Тверь. В правительстве Тверской области сообщили, что Минпросвещения "
     "проверит школы.", "Министерство просвещения Российской Федерации"),
    # no federal minister named: the region's
    ("Как сообщили в правительстве Алтайского края, глава Минздрава Пётр Орлов побывает в краевой больнице.",
     "Министерство здравоохранения Алтайского края"),
])
def test_a_bare_ministry_whose_federal_minister_is_named(models, text, expected):
    names = org_entity_names(text, models)
    assert [name for mention, name in names.items() if mention.startswith("Мин")] == [expected]
