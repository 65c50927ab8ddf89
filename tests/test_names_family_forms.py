"""A surname in ``-ых``/``-их`` after one first name that is no genitive, which does not decline; a family
named in the dative plural, or by its surname written first (invented names)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


def _names(text, models) -> set[str]:
    return {name for name, _texts in person_mentions(text, models)}


@pytest.mark.parametrize("text, expected", [
    # a surname in -ых/-их after a nominative, dative or instrumental first name does not decline
    ("В суде выступил Павел Поповских.", {"Павел Поповских"}),
    ("Ранее он выступал с Еленой Седых.", {"Елена Седых"}),
    ("Награду вручили Ивану Белых.", {"Иван Белых"}),
    # a family in the dative plural: the first names listed before it take its surname
    ("Награды вручены Артуру и Зульфие Кормашевым.", {"Артур Кормашев", "Зульфия Кормашева"}),
    ("Медаль вручили Ольге и Мухаммаду Нуриевым.", {"Ольга Нуриева", "Мухаммад Нуриев"}),
    ("Медаль вручили Тимуру и Зульфии Кормашевым.", {"Тимур Кормашев", "Зульфия Кормашева"}),
    # a plural surname in -ины pymorphy does not know, after a nominative, names a family (not after a genitive:
    # ``Пьерлуиджи Маттины`` in test_names)
    ("Медаль получили Людмила и Владимир Небольсины.", {"Людмила Небольсина", "Владимир Небольсин"}),
    # a family's surname written first, in the plural: the first names listed after it are of the family
    ("Орденом наградили Лепехиных Надежду и Николая.", {"Надежда Лепехина", "Николай Лепехин"}),
    ("Орденом наградили семью из Тверской области — Лепехиных Надежду и Николая.",
     {"Надежда Лепехина", "Николай Лепехин"}),
    ("Медалью наградили Зотовых Ольгу, Ивана и Марину.", {"Ольга Зотова", "Иван Зотов", "Марина Зотова"}),
    # a woman's name of Central Asia pymorphy does not know takes the woman's surname
    ("Медали получили Гульбахор и Рустам Басыровы.", {"Гульбахор Басырова", "Рустам Басыров"}),
    ("Медали получили Айгуль и Тимур Ниязовы.", {"Айгуль Ниязова", "Тимур Ниязов"}),
    # near cases: a family's genitive or accusative plural, one man's instrumental
    ("Губернатор наградил Ольгу и Ивана Орловых.", {"Ольга Орлова", "Иван Орлов"}),
    ("Подарки получили дети Марии Кормиловых.", {"Мария Кормилова"}),
    ("Он встретился с Артуром Кормиловым.", {"Артур Кормилов"}),
    ("Договор подписан Олегом Седовым.", {"Олег Седов"}),
])
def test_family_forms(models, text, expected):
    assert _names(text, models) == expected
