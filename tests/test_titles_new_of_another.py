"""A title with a pointing word (``новый``, ``сам``) and no name beside it is held by no one named before it when
the text speaks of someone else: when the last sentence names its person in an oblique case and has a pronoun for
its subject or object before the name (``Его представят губернатору Петру Орлову. Нового прокурора представит
…``), or when the title is the object of a verb whose subject is a pronoun (``Он приедет, чтобы представить нового
главу …``). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Глеб Лаптев, новый прокурор Заречной области, приступит к работе 7 июня. В этот день его представят "
     "губернатору Петру Орлову. 7 июня нового главного прокурора Заречной области представит на новом месте "
     "работы заместитель генерального прокурора России Иван Зорин.",
     {("Глеб Лаптев", "новый прокурор Заречной области"), ("Пётр Орлов", "губернатор"),
      ("Иван Зорин", "заместитель генерального прокурора России")}),
    ("Заместитель генерального прокурора Иван Зорин прибыл в Заречье. Он приедет в областной центр для того, "
     "чтобы познакомить нового главу Заречной областной прокуратуры с коллективом.",
     {("Иван Зорин", "заместитель генерального прокурора")}),
    # near cases: an oblique name with no pronoun beside it, and a title that is the subject, still point back
    ("Губернатору Петру Орлову вручили орден. Сам губернатор поблагодарил жителей области.",
     {("Пётр Орлов", "губернатор")}),
    ("Не стоит губернатору Петру Орлову спорить с жителями, если журналисты спросят его об этом. Сам губернатор "
     "промолчал.", {("Пётр Орлов", "губернатор")}),
    ("Пётр Орлов назначен министром спорта. Новый министр спорта заявил, что займётся стадионами.",
     {("Пётр Орлов", "министр спорта")}),
])
def test_new_title_of_another(models, text, expected):
    assert holder_titles(text, models) == expected
