"""A title's bare kind noun refers back to the one body of that kind named before
(:mod:`nerpipe.titles.attributes.antecedent`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str | None]]:
    """``(person, position, org)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return {(names[f.person_id], f.position, orgs.get(f.org_id)) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Как сообщили в пресс-службе Тверского областного суда, получен указ о назначении первого заместителя "
     "председателя суда Петра Орлова на пост председателя суда.",
     ("Пётр Орлов", "первый заместитель председателя суда", "Тверской областной суд")),
    ("На должность председателя Тверского областного суда претендовали зампред этого суда Пётр Орлов и судья "
     "Иван Зорин.",
     ("Пётр Орлов", "зампред этого суда", "Тверской областной суд")),
    ("Акционеры Банка Энска рассмотрят вопрос об отставке нынешнего президента банка Петра Орлова.",
     ("Пётр Орлов", "нынешний президент банка", "Банк Энска")),
    # two courts named before: which one is not said
    ("Решение приняли в Тверском областном суде и в Арбитражном суде. Председатель суда Пётр Орлов отказался от "
     "комментариев.",
     ("Пётр Орлов", "председатель суда", None)),
    # "этого", "этой": the nearest of two
    ("Решение приняли в Тверском областном суде и в Арбитражном суде Энской области. Зампред этого суда Пётр "
     "Орлов отказался от комментариев.",
     ("Пётр Орлов", "зампред этого суда", "Арбитражный суд Энской области")),
    ("Иск подан в Тверскую областную прокуратуру и в Энскую межрайонную прокуратуру. Заместитель прокурора этой "
     "прокуратуры Анна Котова отказалась от комментариев.",
     ("Анна Котова", "заместитель прокурора этой прокуратуры", "Энская межрайонная прокуратура")),
])
def test_kind_noun_refers_back(models, text, expected):
    assert expected in rows(text, models)
