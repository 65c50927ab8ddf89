"""A name in a ``по словам`` phrase is the source a clause is told by: a bare title that is the clause's subject
(``По словам министра Петра Орлова, новый начальник …``) refers back to someone else, not to the speaker."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, unexpected", [
    ("Полковник Иван Сидоров назначен начальником штаба дивизии. По словам заместителя министра обороны Петра "
     "Орлова, новый начальник является опытным руководителем.", ("Пётр Орлов", "новый начальник")),
    ("Полковник Иван Сидоров назначен начальником штаба дивизии. По мнению губернатора Петра Орлова, новый "
     "начальник является опытным офицером.", ("Пётр Орлов", "новый начальник")),
    # every noun of reporting after "по" (text.REPORT_NOUNS) names a source
    ("Полковник Иван Сидоров назначен начальником штаба дивизии. По сообщению губернатора Петра Орлова, новый "
     "начальник является опытным офицером.", ("Пётр Орлов", "новый начальник")),
    ("Полковник Иван Сидоров назначен начальником штаба дивизии. По подсчётам губернатора Петра Орлова, новый "
     "начальник приступит к работе через месяц.", ("Пётр Орлов", "новый начальник")),
])
def test_the_source_of_a_clause_is_not_its_subject(models, text, unexpected):
    assert unexpected not in holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Полковник Иван Сидоров назначен начальником штаба дивизии. По словам заместителя министра обороны Петра "
     "Орлова, новый начальник является опытным руководителем.", ("Пётр Орлов", "заместитель министра обороны")),
])
def test_the_source_keeps_his_own_title(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, unexpected", [
    # "новый" points back: the salient person before is still not the clause's source
    ("Генерал Иван Сидоров назначен командующим войсками округа. По словам министра Петра Орлова, новый "
     "командующий является опытным руководителем.", ("Пётр Орлов", "новый командующий")),
])
def test_a_title_pointing_back_passes_over_the_source(models, text, unexpected):
    assert unexpected not in holder_titles(text, models)
