"""A holder who left their own post (``ушёл со своего поста``), the one replaced keeping the post without the
``новый`` of the one who replaced them, and the body a title's relative ``которого`` stands for. Every sentence
and name is invented."""

from __future__ import annotations

import pytest

from .conftest import orgs_of
from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    # the subject's own post, after "с"/"со" with nothing that names another: left
    ("Глава администрации Заречного района Пётр Орлов досрочно ушёл со своего поста по собственному желанию.",
     {("Пётр Орлов", "глава администрации Заречного района", "глава", True)}),
    ("Министр культуры Анна Котова ушла со своей должности в понедельник.",
     {("Анна Котова", "министр культуры", "министр", True)}),
    # near cases that stay: a post still to be left, a place of work that is no post
    ("Министр культуры Анна Котова уйдёт со своего поста в мае.",
     {("Анна Котова", "министр культуры", "министр", False)}),
    ("Директор завода Пётр Орлов ушёл с работы раньше обычного.",
     {("Пётр Орлов", "директор завода", "директор", False)}),
])
def test_own_post_left(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Новым министром транспорта вместо Ивана Сомова стал губернатор Заречной области Пётр Орлов.",
     {("Пётр Орлов", "новый министр транспорта", "министр", False),
      ("Иван Сомов", "министр транспорта", "министр", True),
      ("Пётр Орлов", "губернатор Заречной области", "губернатор", False)}),
])
def test_replaced_holder_without_new(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("В Твери открылся фонд «Заря», главой которого является Пётр Орлов.", {("Пётр Орлов", "Заря")}),
    ("Компания «Вектор», директором которой назначена Анна Котова, построит завод.", {("Анна Котова", "Вектор")}),
])
def test_body_of_whose_title(models, text, expected):
    assert orgs_of(text, models) == expected
