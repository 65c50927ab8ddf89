"""The title grammar alone, on analyses built by hand: find, grow and trim titles; genericity."""

from __future__ import annotations

import pytest

from nerpipe.titles.generic import is_generic
from nerpipe.titles.grammar import find_titles
from nerpipe.titles.trimming import inner_title, trim_title

from .hand import tagged

PER_NAME = [("Пётр", "PROPN Nom Sing Masc"), ("Орлов", "PROPN Nom Sing Masc")]


@pytest.fixture(scope="module")
def lexicon(models):
    return models.titles


def titles_of(analysis, lexicon) -> list[str]:
    found = [trim_title(analysis, t) for t in find_titles(analysis, list(analysis.spans), lexicon)]
    return [analysis.text[t.start:t.end] for t in found]


@pytest.mark.parametrize("tokens, spans, expected", [
    # modifiers before the head, an organization after it; the name is not part of the title
    ([("генеральный", "ADJ Nom Sing Masc", 1, "amod"), ("директор", "NOUN Nom Sing Masc"),
      ("компании", "NOUN Gen Sing Fem", 1, "nmod"), ("«", "PUNCT"), ("Вектор", "PROPN Nom Sing Masc"),
      ("»", "PUNCT"), *PER_NAME], [(2, 5, "ORG"), (6, 7, "PER")],
     ["генеральный директор компании «Вектор»"]),
    # genitive and "по" phrases, a coordinated dependent; the comma before the name ends it
    ([("заместитель", "NOUN Nom Sing Masc"), ("мэра", "NOUN Gen Sing Masc"), ("по", "ADP"),
      ("транспорту", "NOUN Dat Sing Masc"), ("и", "CCONJ"), ("связи", "NOUN Dat Sing Fem"), (",", "PUNCT"),
      *PER_NAME], [(7, 8, "PER")],
     ["заместитель мэра по транспорту и связи"]),
    # a participle head governs the instrumental
    ([("заведующий", "VERB Nom Sing Masc Part"), ("кафедрой", "NOUN Ins Sing Fem"),
      ("истории", "NOUN Gen Sing Fem")], [], ["заведующий кафедрой истории"]),
    # an abbreviated head keeps its full stop and its dependent
    ([("зав", "NOUN"), (".", "PUNCT"), ("кафедрой", "NOUN Ins Sing Fem"), ("химии", "NOUN Gen Sing Fem")], [],
     ["зав. кафедрой химии"]),
    # "кандидат в …" is a title, and "кандидат наук" a degree its holder bears
    ([("кандидат", "NOUN Nom Sing Masc"), ("в", "ADP"), ("мэры", "NOUN Acc Plur Masc")], [], ["кандидат в мэры"]),
    ([("кандидат", "NOUN Nom Sing Masc"), ("наук", "NOUN Gen Plur Fem")], [], ["кандидат наук"]),
    # an adjective from the lexicon before a noun it qualifies is no head: "управляющий директор", "рабочие места"
    ([("управляющий", "VERB Nom Sing Masc Part"), ("директор", "NOUN Nom Sing Masc"),
      ("банка", "NOUN Gen Sing Masc")], [], ["управляющий директор банка"]),
    ([("рабочие", "ADJ Nom Plur"), ("места", "NOUN Nom Plur Neut")], [], []),
    # an acronym and a word inside a person's name are not titles
    ([("МИД", "PROPN"), ("сообщил", "VERB Sing")], [], []),
    ([("Пётр", "PROPN Nom Sing Masc"), ("Губернатор", "PROPN Nom Sing Masc"), ("приехал", "VERB Sing")],
     [(0, 1, "PER")], []),
    # a trailing conjunction is trimmed
    ([("бывший", "ADJ Nom Sing Masc"), ("министр", "NOUN Nom Sing Masc"), ("финансов", "NOUN Gen Plur Masc"),
      ("и", "CCONJ")], [], ["бывший министр финансов"]),
    # "и" after the head joins another noun to the head, not a dependent; a title after "и" is one of its own
    ([("встреча", "NOUN Nom Sing Fem"), ("президента", "NOUN Gen Sing Masc", 0, "nmod"), ("и", "CCONJ"),
      ("кабмина", "NOUN Gen Sing Masc", 1, "conj")], [], ["президента"]),
    ([("министр", "NOUN Nom Sing Masc"), ("культуры", "NOUN Gen Sing Fem", 0, "nmod"), ("и", "CCONJ"),
      ("туризма", "NOUN Gen Sing Masc", 1, "conj")], [], ["министр культуры и туризма"]),
    ([("губернатор", "NOUN Nom Sing Masc"), ("области", "NOUN Gen Sing Fem", 0, "nmod"), ("и", "CCONJ"),
      ("мэр", "NOUN Nom Sing Masc"), ("города", "NOUN Gen Sing Masc", 3, "nmod")], [],
     ["губернатор области", "мэр города"]),
    # a genitive the parser gives to the word before the title belongs to that word's phrase
    ([("лишение", "NOUN Nom Sing Neut"), ("депутата", "NOUN Gen Sing Masc", 0, "nmod"),
      ("мандата", "NOUN Gen Sing Masc", 0, "nmod")], [], ["депутата"]),
    # an age written with digits, "ныне" before "покойный"
    ([("34-летний", "ADJ Nom Sing Masc", 1, "amod"), ("программист", "NOUN Nom Sing Masc")], [],
     ["34-летний программист"]),
    ([("ныне", "ADV"), ("покойный", "ADJ Nom Sing Masc"), ("ректор", "NOUN Nom Sing Masc")], [],
     ["ныне покойный ректор"]),
    # a profession no list names, in apposition to a name; an occupation that is also a thing, only animate
    ([("битмейкер", "NOUN Nom Sing Masc Anim"), *PER_NAME], [(1, 2, "PER")], ["битмейкер"]),
    ([("битмейкер", "NOUN Nom Sing Masc Anim"), ("выпустил", "VERB Sing")], [], []),
    ([("модель", "NOUN Nom Sing Fem Anim"), *PER_NAME], [(1, 2, "PER")], ["модель"]),
    ([("модель", "NOUN Nom Sing Fem Inan"), ("автомобиля", "NOUN Gen Sing Masc")], [], []),
    # a cause is no occupation
    ([("борец", "NOUN Nom Sing Masc Anim"), ("с", "ADP"), ("коррупцией", "NOUN Ins Sing Fem")], [], []),
])
def test_find_titles(lexicon, tokens, spans, expected):
    assert titles_of(tagged(*tokens, spans=spans), lexicon) == expected


@pytest.mark.parametrize("tokens, acting, former", [
    ([("и", "CCONJ"), (".", "PUNCT"), ("о", "NOUN"), (".", "PUNCT"), ("директора", "NOUN Gen Sing Masc"),
      ("школы", "NOUN Gen Sing Fem"), ("ушёл", "VERB Sing")], True, False),
    ([("бывший", "ADJ Nom Sing Masc"), ("министр", "NOUN Nom Sing Masc"), ("ушёл", "VERB Sing")], False, True),
    ([("экс-губернатор", "NOUN Nom Sing Masc"), ("ушёл", "VERB Sing")], False, True),
    ([("директор", "NOUN Nom Sing Masc"), ("ушёл", "VERB Sing")], False, False),
    # an ordinal before an office counts its holders; before a deputy it is a rank
    ([("первый", "ADJ Nom Sing Masc"), ("президент", "NOUN Nom Sing Masc"), ("умер", "VERB Sing")], False, True),
    ([("первый", "ADJ Nom Sing Masc"), ("заместитель", "NOUN Nom Sing Masc"), ("ушёл", "VERB Sing")], False, False),
    ([("покойный", "ADJ Nom Sing Masc"), ("директор", "NOUN Nom Sing Masc"), ("завещал", "VERB Sing")], False, True),
])
def test_acting_and_former(lexicon, tokens, acting, former):
    analysis = tagged(*tokens)
    [title] = find_titles(analysis, [], lexicon)
    assert (title.acting, title.former) == (acting, former)
    assert analysis.text[title.start:].startswith(tokens[0][0])  # "и. о." belongs to the title


@pytest.mark.parametrize("tokens, generic", [
    ([("эксперты", "NOUN Nom Plur Masc"), ("считают", "VERB Plur")], True),  # a plural
    ([("пришли", "VERB Plur"), ("200", "NUM"), ("волонтёров", "NOUN Gen Plur Masc")], True),  # a count
    ([("пришёл", "VERB Sing"), ("каждый", "DET Nom Sing Masc"), ("волонтёр", "NOUN Nom Sing Masc")], True),
    ([("директор", "NOUN Nom Sing Masc"), "\n", ("Текст", "NOUN Nom Sing Masc")], True),  # a heading
    ([("вице-губернатор", "NOUN Nom Sing Masc"), ("выделил", "VERB Sing"), ("средства", "NOUN Acc Plur")], False),
    ([("приехал", "VERB Sing"), ("глава", "NOUN Nom Sing Masc"), ("района", "NOUN Gen Sing Masc")], False),
])
def test_is_generic(lexicon, tokens, generic):
    analysis = tagged(*tokens)
    [title] = find_titles(analysis, [], lexicon)
    assert is_generic(analysis, title, lexicon) is generic


def test_token_helpers():
    from nerpipe.titles.tokens import first_token, index_cover, index_people, is_participle, starts_clause

    analysis = tagged(("сказал", "VERB Sing Masc"), ("«", "PUNCT"), ("Управляющий", "VERB Nom Sing Masc Part"),
                      ("банка", "NOUN Gen Sing Masc"), ("»", "PUNCT"), ("Пётр", "PROPN"), ("Орлов", "PROPN"),
                      spans=[(5, 6, "PER"), (2, 3, "ORG")])
    person, org = analysis.spans
    assert [starts_clause(analysis, i) for i in range(4)] == [True, False, True, False]  # after a quote
    assert index_cover(analysis, list(analysis.spans)) == [None, None, org, org, None, person, person]
    people = index_people(analysis, [person])
    assert (people.by_first, people.by_last, first_token(analysis, person)) == ({5: person}, {6: person}, 5)
    assert [is_participle(t) for t in analysis.tokens[:3]] == [False, False, True]


@pytest.mark.parametrize("tokens, governed", [
    # the title a relative governs is the relative's relation, not the relative's title
    ([("дочь", "NOUN Nom Sing Fem"), ("президента", "NOUN Gen Sing Masc")], True),
    ([("вдова", "NOUN Nom Sing Fem"), ("бывшего", "ADJ Gen Sing Masc"), ("министра", "NOUN Gen Sing Masc")], True),
    ([("приехал", "VERB Sing"), ("президент", "NOUN Nom Sing Masc")], False),
    ([("дочь", "NOUN Nom Sing Fem"), ("—", "PUNCT"), ("директор", "NOUN Nom Sing Masc")], False),
])
def test_a_title_governed_by_a_relative(lexicon, tokens, governed):
    analysis = tagged(*tokens)
    [title] = find_titles(analysis, [], lexicon)
    assert title.governed is governed


@pytest.mark.parametrize("tokens, inner", [
    ([("помощник", "NOUN Nom Sing Masc"), ("президента", "NOUN Gen Sing Masc"), ("страны", "NOUN Gen Sing Fem")],
     "президента страны"),
    ([("адвокат", "NOUN Nom Sing Masc"), ("бывшего", "ADJ Gen Sing Masc"), ("губернатора", "NOUN Gen Sing Masc")],
     "бывшего губернатора"),
    # up to the title's own "по" phrase, which belongs to the outer title
    ([("представитель", "NOUN Nom Sing Masc"), ("президента", "NOUN Gen Sing Masc"), ("по", "ADP"),
      ("климату", "NOUN Dat Sing Masc")], "президента"),
    ([("директор", "NOUN Nom Sing Masc"), ("школы", "NOUN Gen Sing Fem")], None),
])
def test_inner_title(lexicon, tokens, inner):
    analysis = tagged(*tokens)
    [title] = find_titles(analysis, [], lexicon)
    found = inner_title(analysis, title, lexicon)
    assert (analysis.text[found.start:found.end] if found else None) == inner
    if found is not None:
        assert found.former is inner.startswith("бывш")
