"""Who holds a title, on analyses built by hand: apposition, predicates through the syntax tree,
antecedents."""

from __future__ import annotations

import pytest

from nerpipe.titles.grammar import find_titles
from nerpipe.titles.holders import attach_titles
from nerpipe.titles.subjects import antecedent_candidate
from nerpipe.titles.trimming import inner_title, trim_title

from .hand import tagged

NAME = [("Пётр", "PROPN Nom Sing Masc"), ("Орлов", "PROPN Nom Sing Masc")]
NAME_GEN = [("Петра", "PROPN Gen Sing Masc"), ("Орлова", "PROPN Gen Sing Masc")]
SHE = [("Анна", "PROPN Nom Sing Fem"), ("Зорина", "PROPN Nom Sing Fem")]


@pytest.fixture(scope="module")
def lexicon(models):
    return models.titles


def holders(analysis, lexicon) -> list[tuple[str, str]]:
    """``(title, person)`` for every title the text gives to a person."""
    spans = list(analysis.spans)
    titles = [trim_title(analysis, t) for t in find_titles(analysis, spans, lexicon)]
    inner = {t: found for t in titles if (found := inner_title(analysis, t, lexicon)) is not None}
    persons = [s for s in spans if s.type == "PER"]
    text = analysis.text
    return [(text[a.title.start:a.title.end], text[a.person.start:a.person.end])
            for a in attach_titles(analysis, titles, spans, persons, lexicon.morph, inner)]


@pytest.mark.parametrize("tokens, spans, expected", [
    # before the name
    ([("директор", "NOUN Nom Sing Masc"), ("школы", "NOUN Gen Sing Fem"), *NAME, ("выступил", "VERB Sing")],
     [(2, 3, "PER")], [("директор школы", "Пётр Орлов")]),
    # after it, in commas or after a dash
    ([*NAME, (",", "PUNCT"), ("директор", "NOUN Nom Sing Masc"), ("школы", "NOUN Gen Sing Fem"), (",", "PUNCT"),
      ("выступил", "VERB Sing")], [(0, 1, "PER")], [("директор школы", "Пётр Орлов")]),
    ([*NAME, ("—", "PUNCT"), ("директор", "NOUN Nom Sing Masc"), ("школы", "NOUN Gen Sing Fem")],
     [(0, 1, "PER")], [("директор школы", "Пётр Орлов")]),
    # stacked and coordinated titles all go to the name
    ([("основатель", "NOUN Nom Sing Masc"), ("фонда", "NOUN Gen Sing Masc"), (",", "PUNCT"),
      ("член", "NOUN Nom Sing Masc"), ("совета", "NOUN Gen Sing Masc"), *NAME], [(5, 6, "PER")],
     [("основатель фонда", "Пётр Орлов"), ("член совета", "Пётр Орлов")]),
    ([*NAME, (",", "PUNCT"), ("писатель", "NOUN Nom Sing Masc"), ("и", "CCONJ"), ("журналист", "NOUN Nom Sing Masc"),
      (",", "PUNCT"), ("приехал", "VERB Sing")], [(0, 1, "PER")],
     [("писатель", "Пётр Орлов"), ("журналист", "Пётр Орлов")]),
    # a signature: the title on the line under the name
    ([*NAME, "\n", ("Президент", "NOUN Nom Sing Masc"), ("федерации", "NOUN Gen Sing Fem")], [(0, 1, "PER")],
     [("Президент федерации", "Пётр Орлов")]),
    # a name the title governs is whom it serves; a plural title needs several names
    ([("представителями", "NOUN Ins Plur Masc"), ("Орлова", "PROPN Gen Sing Masc", 0, "nmod")], [(1, 1, "PER")], []),
    ([("учителя", "NOUN Nom Plur Masc"), ("школы", "NOUN Gen Sing Fem"), *NAME, ("пришли", "VERB Plur")],
     [(2, 3, "PER")], []),
    # a genitive singular the tagger reads as a nominative plural, before one name in the genitive
    ([("дождались", "VERB Plur"), ("главы", "NOUN Nom Plur Masc", 0, "obj"), ("района", "NOUN Gen Sing Masc"),
      *NAME_GEN, ("у", "ADP"), ("входа", "NOUN Gen Sing Masc")], [(3, 4, "PER")], [("главы района", "Петра Орлова")]),
    ([("учителя", "NOUN Nom Plur Masc", 4, "nsubj"), ("школы", "NOUN Gen Sing Fem"), *NAME_GEN,
      ("пришли", "VERB Plur")], [(2, 3, "PER")], []),
    # a plural the form cannot be in the tagger's case ("гиду", "секретарём"): one holder after all
    ([("к", "ADP"), ("гиду", "NOUN Dat Plur Fem"), ("музея", "NOUN Gen Sing Masc"),
      ("Анне", "PROPN Dat Sing Fem"), ("Зориной", "PROPN Dat Sing Fem")], [(3, 4, "PER")],
     [("гиду музея", "Анне Зориной")]),
    ([("с", "ADP"), ("секретарём", "NOUN Ins Plur Masc"), ("фонда", "NOUN Gen Sing Masc"),
      ("Петром", "PROPN Ins Sing Masc"), ("Орловым", "PROPN Ins Sing Masc")], [(3, 4, "PER")],
     [("секретарём фонда", "Петром Орловым")]),
    ([("с", "ADP"), ("секретарями", "NOUN Ins Plur Masc"), ("фонда", "NOUN Gen Sing Masc"),
      ("Петром", "PROPN Ins Sing Masc"), ("Орловым", "PROPN Ins Sing Masc")], [(3, 4, "PER")], []),
])
def test_apposition(lexicon, tokens, spans, expected):
    assert holders(tagged(*tokens, spans=spans), lexicon) == expected


@pytest.mark.parametrize("tokens, spans, expected", [
    # a relative is not the holder of the title it governs; a name in the genitive is
    ([("дочь", "NOUN Nom Sing Fem"), ("президента", "NOUN Gen Sing Masc"), *SHE, ("приехала", "VERB Sing Fem")],
     [(2, 3, "PER")], []),
    ([("дочь", "NOUN Nom Sing Fem"), ("президента", "NOUN Gen Sing Masc"), *NAME_GEN, ("Анна", "PROPN Nom Sing Fem"),
      ("приехала", "VERB Sing Fem")], [(2, 3, "PER"), (4, 4, "PER")], [("президента", "Петра Орлова")]),
    # after a title that governs another, a name in the genitive holds the inner one ...
    ([("помощник", "NOUN Nom Sing Masc"), ("президента", "NOUN Gen Sing Masc"), *NAME_GEN,
      ("заявил", "VERB Sing Masc")], [(2, 3, "PER")], [("президента", "Петра Орлова")]),
    # ... and a name that agrees with the outer title, right after it, holds the outer one
    ([("адвокат", "NOUN Nom Sing Masc"), ("губернатора", "NOUN Gen Sing Masc"), *NAME_GEN, *SHE,
      ("заявила", "VERB Sing Fem")], [(2, 3, "PER"), (4, 5, "PER")],
     [("адвокат губернатора", "Анна Зорина"), ("губернатора", "Петра Орлова")]),
    # a name in the nominative holds the outer title
    ([("помощник", "NOUN Nom Sing Masc"), ("президента", "NOUN Gen Sing Masc"), *NAME, ("заявил", "VERB Sing Masc")],
     [(2, 3, "PER")], [("помощник президента", "Пётр Орлов")]),
    # "бывший министр, а ныне глава банка Пётр Орлов": both titles are his
    ([("бывший", "ADJ Nom Sing Masc"), ("министр", "NOUN Nom Sing Masc"), (",", "PUNCT"), ("а", "CCONJ"),
      ("ныне", "ADV"), ("глава", "NOUN Nom Sing Masc"), ("банка", "NOUN Gen Sing Masc"), *NAME],
     [(7, 8, "PER")], [("бывший министр", "Пётр Орлов"), ("глава банка", "Пётр Орлов")]),
])
def test_relatives_and_governed_titles(lexicon, tokens, spans, expected):
    assert sorted(holders(tagged(*tokens, spans=spans), lexicon)) == sorted(expected)


@pytest.mark.parametrize("tokens, spans, expected", [
    # the subject of a passive predicate
    ([("Орлов", "PROPN Nom Sing Masc", 1, "nsubj:pass"), ("назначен", "VERB Sing Masc Short Part"),
      ("директором", "NOUN Ins Sing Masc", 1, "obl"), ("школы", "NOUN Gen Sing Fem", 2, "nmod")], [(0, 0, "PER")],
     [("директором школы", "Орлов")]),
    # an instrumental title before its predicate and subject
    ([("капитаном", "NOUN Ins Sing Masc", 1, "obl"), ("стал", "VERB Sing Masc"),
      ("Орлов", "PROPN Nom Sing Masc", 1, "nsubj")], [(2, 2, "PER")], [("капитаном", "Орлов")]),
    # a participle qualifies the name
    ([*SHE, (",", "PUNCT"), ("занимающая", "VERB Nom Sing Fem Part", 0, "acl"),
      ("пост", "NOUN Acc Sing Masc", 3, "obj"),
      ("директора", "NOUN Gen Sing Masc", 4, "nmod")], [(0, 1, "PER")], [("директора", "Анна Зорина")]),
    # a pronoun's antecedent, of its gender
    ([*SHE, ("выступила", "VERB Sing Fem"), (".", "PUNCT"), ("Она", "PRON Nom Sing Fem", 5, "nsubj"),
      ("стала", "VERB Sing Fem"), ("директором", "NOUN Ins Sing Masc", 5, "obl")], [(0, 1, "PER")],
     [("директором", "Анна Зорина")]),
    ([*SHE, ("выступила", "VERB Sing Fem"), (".", "PUNCT"), ("Он", "PRON Nom Sing Masc", 5, "nsubj"),
      ("стал", "VERB Sing Masc"), ("директором", "NOUN Ins Sing Masc", 5, "obl")], [(0, 1, "PER")], []),
    # a verb of naming before the name
    ([("назвал", "VERB Sing Masc"), ("Орлова", "PROPN Acc Sing Masc", 0, "obj"),
      ("лучшим", "ADJ Ins Sing Masc", 3, "amod"),
      ("тренером", "NOUN Ins Sing Masc", 0, "obl")], [(1, 1, "PER")], [("лучшим тренером", "Орлова")]),
])
def test_predicates(lexicon, tokens, spans, expected):
    assert holders(tagged(*tokens, spans=spans), lexicon) == expected


@pytest.mark.parametrize("tokens, spans, expected", [
    # the subject of the next sentence refers back to the person last named
    ([("сказал", "VERB Sing Masc"), *NAME, (".", "PUNCT"), ("Министр", "NOUN Nom Sing Masc", 5, "nsubj"),
      ("добавил", "VERB Sing Masc")], [(1, 2, "PER")], "Пётр Орлов"),
    # in the person's own sentence only a subject does
    ([*NAME, ("встретился", "VERB Sing Masc"), ("с", "ADP"), ("министром", "NOUN Ins Sing Masc", 2, "obl")],
     [(0, 1, "PER")], None),
    # a title coordinated with another names someone else
    ([*NAME, ("встретился", "VERB Sing Masc"), ("с", "ADP"), ("мэром", "NOUN Ins Sing Masc", 2, "obl"), ("и", "CCONJ"),
      ("министром", "NOUN Ins Sing Masc", 5, "conj")], [(0, 1, "PER")], None),
])
def test_antecedent_candidate(lexicon, tokens, spans, expected):
    analysis = tagged(*tokens, spans=spans)
    title = find_titles(analysis, [], lexicon)[-1]
    person = antecedent_candidate(analysis, title, [s for s in analysis.spans if s.type == "PER"])
    assert (analysis.text[person.start:person.end] if person else None) == expected
