"""A holder who left their own post (``ушёл со своего поста``), the one replaced keeping the post without the
``новый`` of the one who replaced them, and the body a title's relative ``которого`` stands for. Every sentence
and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze, orgs_of
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
    # near cases that stay: a seat or a spot left ("место" names a post only after a verb of holding)
    ("Министр культуры Заречной области Глеб Ракитин ушёл со своего места.",
     {("Глеб Ракитин", "министр культуры Заречной области", "министр", False)}),
    ("На встрече с жителями глава района Глеб Ракитин ушёл с места, так и не ответив на вопросы.",
     {("Глеб Ракитин", "глава района", "глава", False)}),
    ("Во время матча главный тренер команды «Заря» Глеб Ракитин ушёл со своего места на скамейке и спорил с судьёй.",
     {("Глеб Ракитин", "главный тренер команды «Заря»", "главный тренер", False)}),
    ("Министр культуры Анна Котова покинула своё место.", {("Анна Котова", "министр культуры", "министр", False)}),
])
def test_own_post_left(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a deputy of one who left his post was his deputy in it
    ("Министр культуры Заречной области Глеб Ракитин ушёл со своего поста. Его заместитель Анна Котова провела "
     "совещание.", {("заместитель министра культуры Заречной области", "Министерство культуры Заречной области")}),
    ("Министр культуры Заречной области Глеб Ракитин ушёл в отставку. Его заместитель Анна Котова провела совещание.",
     {("заместитель министра культуры Заречной области", "Министерство культуры Заречной области")}),
    # near case that stays: a post held now over one held before
    ("Губернатор Заречной области Глеб Ракитин, бывший министр культуры области, провёл совещание. Его заместитель "
     "Анна Котова выступила с докладом.", {("заместитель губернатора Заречной области", None)}),
])
def test_deputy_of_one_who_left(models, text, expected):
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    assert {(f.position, orgs.get(f.org_id)) for f in result.positions if names[f.person_id] == "Анна Котова"} \
        == expected


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
    ("Письмо подписали сотрудники комиссии при фонде «Заря», председателем которого избран Пётр Орлов.",
     {("Пётр Орлов", "Заря")}),
    # near cases: the relative agrees with another noun than the body's, which is no body
    ("Заявление подписали члены рабочей группы при министерстве финансов Заречной области, руководителем которой "
     "назначен Пётр Орлов.", {("Пётр Орлов", None)}),
    ("Письмо получили сотрудники отдела при компании «Вектор», руководителем которого назначен Пётр Орлов.",
     {("Пётр Орлов", None)}),
])
def test_body_of_whose_title(models, text, expected):
    assert orgs_of(text, models) == expected
