"""The names figures of ``nerpipe eval --names``: person names, person coreference (B³) and
organizations' canonical names, on invented cases."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from nerpipe.cli import main
from nerpipe.evaluate import GoldDoc, Prediction, evaluate
from nerpipe.evaluate_names import (
    GoldOrgName,
    GoldPerson,
    NamesGold,
    PredictedEntity,
    b_cubed,
    check_texts,
    load_names,
    org_keys,
    score_orgs,
    score_persons,
)

from .conftest import SHARED

TEXT = "Иван Петров встретился с Анной Орловой. Петров и Орлова приехали в компанию «Альфа»."



def per(start, end, entity, first="", last="", middle=""):
    return PredictedEntity(start, end, "PER", entity, "", (first, middle, last))


def org(start, end, normal):
    return PredictedEntity(start, end, "ORG", "org_" + normal, normal)


PETROV = GoldPerson("Иван", "Петров", ((0, 11), (40, 46)))
ORLOVA = GoldPerson("Анна", "Орлова", ((25, 38), (49, 55)))


def test_a_person_is_right_with_the_nominative_first_and_last_name():
    predicted = [per(0, 11, "p1", "Иван", "Петров"), per(40, 46, "p1", "Иван", "Петров"),
                 per(25, 38, "p2", "Анна", "Орловой"), per(49, 55, "p3", "", "Орлова")]
    share, _ = score_persons((PETROV, ORLOVA), predicted)
    assert (share.right, share.found, share.total) == (1, 2, 2)  # "Орловой" is not the nominative


def test_a_persons_name_is_that_of_the_entity_most_mentions_go_to():
    predicted = [per(0, 11, "p1", "Иван", "Петров"), per(40, 46, "p2", "", "Петров"),
                 per(60, 66, "p2", "", "Петров")]
    person = GoldPerson("Иван", "Петров", ((0, 11), (40, 46), (60, 66)))
    share, _ = score_persons((person,), predicted)
    assert share.right == 0  # two of three mentions give no first name


@pytest.mark.parametrize("gold, predicted, right", [
    (("Чжан", "Вэй"), ("Вэй", "", "Чжан"), True),  # either order
    (("Хуан", "Перес Гарсия"), ("Хуан", "Перес", "Гарсия"), True),  # a double surname
    (("Иван", "Петров"), ("Иван", "Сергеевич", "Петров"), True),  # a middle name does not matter
    (("Пётр", "Орлов"), ("Петр", "", "ОРЛОВ"), True),  # case and ё
    (("Иван", None), ("", "", "Иван"), True),  # one word: either slot
    (("Иван", "Петров"), ("", "", "Петров"), False),  # the first name is missing
    ((None, "Петров"), ("Иван", "", "Петров"), False),  # a first name the text does not give
])
def test_name_comparison(gold, predicted, right):
    person = GoldPerson(gold[0], gold[1], ((0, 11),))
    first, middle, last = predicted
    share, _ = score_persons((person,), [per(0, 11, "p", first, last, middle)])
    assert (share.right == 1) is right


def test_a_person_none_of_whose_mentions_is_found_is_wrong():
    share, coreference = score_persons((PETROV,), [])
    assert (share.right, share.found, share.total) == (0, 0, 1)
    assert coreference.precision == 1.0 and coreference.recall == 0.5  # two singletons


def test_b_cubed_of_a_split_person():
    # gold: {a, b, c} one person; predicted: {a, b} and {c}
    score = b_cubed([("g", "x"), ("g", "x"), ("g", "y")])
    assert score.precision == 1.0
    assert score.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_b_cubed_of_two_people_merged():
    # gold: {a, b} and {c}; predicted: all three one entity
    score = b_cubed([("g1", "x"), ("g1", "x"), ("g2", "x")])
    assert score.recall == 1.0
    assert score.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_coreference_of_a_document():
    predicted = [per(0, 11, "p1"), per(40, 46, "p1"), per(25, 38, "p2"), per(49, 55, "p3")]
    _, score = score_persons((PETROV, ORLOVA), predicted)
    assert score.precision == 1.0 and score.recall == pytest.approx(0.75)


@pytest.mark.parametrize("gold, predicted, right", [
    ("Министерство финансов России", "министерство финансов РФ", True),
    ("Компания «Альфа»", "Альфа", True),  # a descriptor before a quoted name
    ("Альфа", "компания «Альфа»", True),
    ("Компания Alpha Systems", "Alpha Systems", True),  # before a Latin name
    ("ОАО «Бета»", "Бета", True),  # a legal form
    ("Большой театр", "Большой", False),
    ("Сборная России", "Сборной России", False),  # not the nominative
])
def test_org_name_comparison(gold, predicted, right):
    assert bool(org_keys(gold) & org_keys(predicted)) is right


def test_org_names_share_counts_missed_mentions_as_wrong():
    orgs = (GoldOrgName(67, 83, ("Альфа",)), GoldOrgName(0, 5, ("Гамма",)))
    share = score_orgs(orgs, [org(67, 83, "Компания «Альфа»"), org(100, 110, "Гамма")])
    assert (share.right, share.found, share.total) == (1, 1, 2)


GOLD_FILE = """# a comment
## d1
P Иван | Петров :: 0-11 Иван Петров ; 40-46 Петров
P Анна | Орлова :: 25-38 Анной Орловой ; 49-55 Орлова
O 67-83 компанию «Альфа» => Альфа|Компания «Альфа»
"""


def test_load_names(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text(GOLD_FILE, encoding="utf-8")
    gold = load_names(path)["d1"]
    assert gold.persons[0] == PETROV and gold.persons[1] == ORLOVA
    assert gold.orgs == (GoldOrgName(67, 83, ("Альфа", "Компания «Альфа»")),)
    check_texts(gold, TEXT, "d1")
    with pytest.raises(ValueError, match="Петров"):
        check_texts(gold, "x" * len(TEXT), "d1")


@pytest.mark.parametrize("line", ["P Иван Петров :: 0-11 Иван Петров", "O 67-83 компанию «Альфа»",
                                  "P Иван | Петров :: 11-0 x", "X что-то"])
def test_malformed_names_gold_names_its_line(tmp_path, line):
    path = tmp_path / "names.txt"
    path.write_text(f"## d1\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":2:"):
        load_names(path)


def test_evaluate_adds_the_names_figures():
    gold = {"d1": NamesGold((PETROV,), (GoldOrgName(67, 83, ("Альфа",)),))}
    prediction = Prediction(((0, 11, "PER"),), (), entities=(per(0, 11, "p1", "Иван", "Петров"),
                                                             per(40, 46, "p1", "Иван", "Петров"),
                                                             org(67, 83, "Альфа")))
    report = evaluate([GoldDoc("d1", TEXT, ((0, 11, "PER"),), ())], lambda d: prediction, "x", gold)
    assert report.names.persons.right == 1 and report.names.orgs.right == 1
    assert report.names.coreference.f1 == 1.0
    assert report.as_dict()["names"]["person_names"]["of_all"] == 1.0


def test_eval_command_with_names(models, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "text": TEXT, "entities": [
        {"start": 0, "end": 11, "type": "PER"}, {"start": 40, "end": 46, "type": "PER"}]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    names = tmp_path / "names.txt"
    names.write_text(GOLD_FILE, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--names", str(names), "--system", "nerpipe", "-q"])
    assert result.exit_code == 0, result.output
    assert "person names right" in result.stdout and "B³" in result.stdout


def test_the_dev_names_gold_fits_the_dev_corpus():
    from pathlib import Path

    from nerpipe.evaluate import load_gold

    corpus = SHARED / "eval" / "factru_dev.jsonl"
    if not corpus.exists():
        pytest.skip(f"{corpus} is absent")
    names = load_names(Path(__file__).parent / "data" / "factru_dev_names.txt")
    docs = {doc.id: doc for doc in load_gold(corpus)}
    assert set(names) == set(docs)
    for doc_id, gold in names.items():
        check_texts(gold, docs[doc_id].text, doc_id)
        annotated = {(s, e) for s, e, kind in docs[doc_id].mentions if kind == "PER"}
        assert {span for person in gold.persons for span in person.mentions} <= annotated
