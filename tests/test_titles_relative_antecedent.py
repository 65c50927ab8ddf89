"""A title of a relative clause the parser makes its sentence's own (``Такая же история и с Ольгой Котовой, которая
с 2014 года была председателем Озёрного райсуда``): its holder is the name right before the comma that opens the
clause, not a person of the sentence before. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Во главе Заречного суда стала Анна Зорина. Такая же история и с Ольгой Котовой, которая с 2014 года была "
     "председателем Озёрного райсуда.",
     {("Ольга Котова", "председатель Озёрного райсуда")}),
    ("Пост сохранил Глеб Лаптев. То же самое и с Петром Орловым, который три года был директором Заречного завода.",
     {("Пётр Орлов", "директор Заречного завода")}),
])
def test_relative_clause_holder(models, text, expected):
    found = holder_titles(text, models)
    assert expected <= found and not {(name, title) for name, title in found
                                      if title in {t for _, t in expected} and (name, title) not in expected}
