"""A surname alone beside two namesakes of the document (invented names): the one named in full last
before it, in a sentence of its own; apart from both when they are named together or only after it."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("В марте кафе открыл Тимур Вадеев. Позже Вадеев добавил, что меню сменится. "
     "Его брат Аслан Вадеев живёт в Казани.",
     {("Тимур Вадеев", ("Тимур Вадеев", "Вадеев")), ("Аслан Вадеев", ("Аслан Вадеев",))}),
    ("Завод основал Рустам Галеев. Недавно дочь Галеева возглавила правление, а вскоре Ильдар Галеев "
     "стал его советником.",
     {("Рустам Галеев", ("Рустам Галеев", "Галеева")), ("Ильдар Галеев", ("Ильдар Галеев",))}),
    # named last in one sentence with the other, not beside it
    ("«Мы продолжим дело Аслана Вадеева», — заявил Тимур Вадеев. Пресс-служба Вадеева сообщила о визите.",
     {("Аслан Вадеев", ("Аслана Вадеева",)), ("Тимур Вадеев", ("Тимур Вадеев", "Вадеева"))}),
    # named together: no telling which
    ("Тимур Вадеев и Аслан Вадеев открыли кафе. Вадеев сказал, что кафе окупится.",
     {("Тимур Вадеев", ("Тимур Вадеев",)), ("Аслан Вадеев", ("Аслан Вадеев",)), ("Вадеев", ("Вадеев",))}),
    # named only after it: no telling which
    ("Вадеев заявил о победе. Тимур Вадеев и его брат Аслан Вадеев приехали в город.",
     {("Тимур Вадеев", ("Тимур Вадеев",)), ("Аслан Вадеев", ("Аслан Вадеев",)), ("Вадеев", ("Вадеев",))}),
])
def test_surname_of_namesakes(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name and patronymic are the one's who has that patronymic, of two people of one first name
    ("Директор школы Инна Павловна Лазарева открыла выставку. Позже Инна Юрьевна Сычёва добавила, что выставка "
     "продлится месяц. Инна Павловна поблагодарила гостей.",
     {("Инна Павловна Лазарева", ("Инна Павловна Лазарева", "Инна Павловна")),
      ("Инна Юрьевна Сычёва", ("Инна Юрьевна Сычёва",))}),
    # … and not the one's whose patronymic is another, though the only one of that first name
    ("Фонд возглавил Глеб Аркадьевич Мелихов. Вечером с Глебом Семёновичем встретились журналисты.",
     {("Глеб Аркадьевич Мелихов", ("Глеб Аркадьевич Мелихов",)), ("Глеб Семёнович", ("Глебом Семёновичем",))}),
    # a full name without a patronymic takes one the document gives beside its first name
    ("Фонд возглавил Глеб Мелихов. Вечером с Глебом Семёновичем встретились журналисты.",
     {("Глеб Семёнович Мелихов", ("Глеб Мелихов", "Глебом Семёновичем"))}),
])
def test_first_name_and_patronymic_of_namesakes(models, text, expected):
    assert person_mentions(text, models) == expected
