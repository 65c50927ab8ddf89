"""Titles in constructions of news found short on unseen articles: occupations the lexicon lacked, the
definition of a biography after a bracket of dates and places, and more. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    # occupations of news the lexicon lacked, after a relative clause, "в качестве" and a list of predicates
    ("Победительницей стала Анна Котова, которая станет рейнджером в национальном парке.",
     {("Анна Котова", "рейнджер", "рейнджер", False)}),
    ("Глеб Ракитин, который стал смотрителем маяка, приехал на остров.",
     {("Глеб Ракитин", "смотритель маяка", "смотритель", False)}),
    ("Пётр Смирнов попробует себя в качестве дегустатора.", {("Пётр Смирнов", "дегустатор", "дегустатор", False)}),
    ("В юности Игнат Лорский трудился официантом, разносчиком газет, сборщиком мебели.",
     {("Игнат Лорский", "официант", "официант", True), ("Игнат Лорский", "разносчик газет", "разносчик", True),
      ("Игнат Лорский", "сборщик мебели", "сборщик", True)}),
    ("Рокер Глеб Ракитин выпустил новый альбом.", {("Глеб Ракитин", "рокер", "рокер", False)}),
    ("Хранитель музея Анна Котова открыла выставку.", {("Анна Котова", "хранитель музея", "хранитель", False)}),
])
def test_occupations_of_news(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket of the dates and places of a life between the name and the dash of its definition
    ("Игнат Лорский (12 мая 1950 года, Тверь — 3 июня 2010 года, Москва) — русский драматург, режиссёр, живописец.",
     {("Игнат Лорский", "русский драматург", "драматург", False), ("Игнат Лорский", "режиссёр", "режиссер", False),
      ("Игнат Лорский", "живописец", "живописец", False)}),
    # ... cut by the segmenter at its semicolon
    ("Пётр Смирнов (Петруша; 2 марта 1970 года, Тверь) — композитор.",
     {("Пётр Смирнов", "композитор", "композитор", False)}),
    # a definition that opens with a noun of no post goes on after a comma with the title
    ("Пётр Смирнов — участник экспедиции, командир отряда спасателей.",
     {("Пётр Смирнов", "командир отряда спасателей", "командир", False)}),
    ("Пётр Смирнов (2 марта 1970 года, Тверь) — участник экспедиции, командир отряда спасателей.",
     {("Пётр Смирнов", "командир отряда спасателей", "командир", False)}),
    # no definition: a dash of a speech or of a clause with a verb
    ("Пётр Смирнов — мы ждём, директор школы Анна Котова опоздала.",
     {("Анна Котова", "директор школы", "директор", False)}),
])
def test_definition_after_a_bracket(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline and a caption with no full stop end at their line: the sentence under them is one of its own
    ("Мэр уволил заместителя\nПётр Смирнов\nВчера мэр подписал указ.",
     ["Мэр уволил заместителя", "Пётр Смирнов", "Вчера мэр подписал указ."]),
    ("Петиция о снятии главы района появилась в сети\n12 мая жители собрали подписи.",
     ["Петиция о снятии главы района появилась в сети", "12 мая жители собрали подписи."]),
    # a text wrapped at a width goes on after a comma, a hyphen or a small letter
    ("Мэр подписал указ,\nпо которому школа откроется в мае.",
     ["Мэр подписал указ,\nпо которому школа откроется в мае."]),
    ("Мэр подписал указ о строительстве\nшколы в мае.", ["Мэр подписал указ о строительстве\nшколы в мае."]),
])
def test_a_line_with_no_full_stop_ends_its_sentence(text, expected):
    from nerpipe.ner import segment_text

    assert [text[start:end] for start, end, _tokens in segment_text(text)[0]] == expected


@pytest.mark.parametrize("text, expected", [
    # the sentence under a headline is read apart from it
    ("Петиция о снятии Смирнова с поста главы района появилась в сети\nПётр Смирнов\n"
     "Жители требуют снять Петра Смирнова с поста главы района.",
     {("Пётр Смирнов", "глава района", "глава", False)}),
    # leaving asked, proposed or possible is not done: the post is still held
    ("Петиция предлагает снять Петра Смирнова с поста лидера партии «Кедр».",
     {("Пётр Смирнов", "лидер партии «Кедр»", "лидер", False)}),
    ("Депутаты потребовали уволить министра финансов Петра Смирнова.",
     {("Пётр Смирнов", "министр финансов", "министр", False)}),
    ("Пётр Смирнов может покинуть пост министра финансов.", {("Пётр Смирнов", "министр финансов", "министр", False)}),
    # ... done, it is a former one
    ("Губернатор уволил министра финансов Петра Смирнова.", {("Пётр Смирнов", "министр финансов", "министр", True)}),
    ("Пётр Смирнов был вынужден покинуть пост министра финансов.",
     {("Пётр Смирнов", "министр финансов", "министр", True)}),
    # "ранее" opening the sentence dates its verb, not the title of its subject
    ("Ранее пресс-секретарь губернатора Пётр Смирнов сообщал о встрече.",
     {("Пётр Смирнов", "пресс-секретарь губернатора", "пресс-секретарь", False)}),
    ("Пётр Смирнов, ранее министр финансов, открыл банк.", {("Пётр Смирнов", "министр финансов", "министр", True)}),
])
def test_a_post_left_or_not(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a name that agrees with a relative in the instrumental is the relative's, though the tagger reads a first
    # name it does not know as a genitive
    ("Президент поговорил по телефону с женой 80-летнего политика Ниласой Окафор.", set()),
    ("Президент поговорил с сыном министра Петром Смирновым.", set()),
    # ... a name in the genitive holds the title
    ("Президент поговорил с сыном министра Петра Смирнова.", {("Пётр Смирнов", "министр", "министр", False)}),
])
def test_a_name_agreeing_with_a_relative(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause after ", а" with its verb left out: the name after the dash holds its title
    ("Директором стал Пётр Смирнов, а продюсером — Глеб Ракитин.",
     {("Пётр Смирнов", "директор", "директор", False), ("Глеб Ракитин", "продюсер", "продюсер", False)}),
    ("Директором школы назначен Пётр Смирнов, а его заместителем — Анна Котова.",
     {("Пётр Смирнов", "директор школы", "директор", False),
      ("Анна Котова", "заместитель директора школы", "заместитель директора", False)}),  # his: the principal's
    # a name after "вместо" is a predecessor, not the holder the title reaches across a gap
    ("Глеб Ракитин назначен министром транспорта области вместо опального Петра Смирнова",
     {("Глеб Ракитин", "министр транспорта области", "министр", False),
      ("Пётр Смирнов", "министр транспорта области", "министр", True)}),
])
def test_a_verb_left_out_and_a_predecessor(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # "один из" a plural title, and the name right after it in the case of "один"
    ("В Твери выступил один из руководителей компании «Вектор» Пётр Смирнов.",
     {("Пётр Смирнов", "руководитель компании «Вектор»", "руководитель", False)}),
    ("Премию вручили одному из руководителей компании «Вектор» Петру Смирнову.",
     {("Пётр Смирнов", "руководитель компании «Вектор»", "руководитель", False)}),
    # a name in the genitive after it is whose the company is
    ("Один из руководителей компании «Вектор» Петра Смирнова уволен.", set()),
    # founding is no post
    ("Одна из основательниц фонда Анна Котова дала интервью.", set()),
])
def test_one_of_a_plural_title_before_a_name(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket that spells the holder's name in Latin letters is no part of the title
    ("Глеб Ракитин станет фотографом в журнале «Заря» (Gleb Rakitin).",
     {("Глеб Ракитин", "фотограф в журнале «Заря»", "фотограф", False)}),
    # an abbreviation in a bracket is
    ("Глеб Ракитин стал председателем Комитета по экономической политике (КЭП).",
     {("Глеб Ракитин", "председатель Комитета по экономической политике (КЭП)", "председатель", False)}),
])
def test_a_spelling_after_a_title(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a genitive of birth after a title is where the holder comes from, not a dependent of the title
    ("В Риме умерла голливудская актриса венгерского происхождения Анна Котова.",
     {("Анна Котова", "голливудская актриса", "актер", False)}),
    ("Американский бизнесмен российского происхождения Игнат Лорский купил клуб.",
     {("Игнат Лорский", "американский бизнесмен", "бизнесмен", False)}),
])
def test_a_genitive_of_birth_after_a_title(models, text, expected):
    assert rows(text, models) == expected
