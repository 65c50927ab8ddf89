"""Gold corpora in brat standoff form (a folder of NAME.txt + NAME.ann)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from nerpipe.cli import main
from nerpipe.evaluate import load_gold
from nerpipe.evaluate_brat import is_brat_folder, load_brat, read_document

TEXT = "Мэр Заречного Олег Тарасов 5 мая открыл школу.\nОн работал в ООО «Вектор»."
ANN = "\n".join([
    "T1\tPROFESSION 0 3\tМэр",
    "T2\tCITY 4 13\tЗаречного",
    "T3\tPERSON 14 26\tОлег Тарасов",
    "T4\tDATE 27 32\t5 мая",
    "T5\tEVENT 33 39\tоткрыл",
    "T6\tORGANIZATION 60 72\tООО «Вектор»",
    "T7\tPROFESSION 0 13\tМэр Заречного",
    "R1\tWORKS_AS Arg1:T3 Arg2:T7\t",
    "R2\tWORKPLACE Arg1:T3 Arg2:T2\t",
    "R3\tWORKS_AS Arg1:T1 Arg2:T3\t",
    "A1\tSomething T1",
    "",
])


def write_folder(path, text=TEXT, ann=ANN, name="doc1"):
    path.mkdir(exist_ok=True)
    (path / f"{name}.txt").write_text(text, encoding="utf-8")
    (path / f"{name}.ann").write_text(ann, encoding="utf-8")
    return path


def test_entities_are_mapped_onto_the_scored_types():
    doc = read_document("d", TEXT, ANN)
    assert [(e["type"], e["text"]) for e in doc["entities"]] == [
        ("PROFESSION", "Мэр"), ("LOC", "Заречного"), ("PER", "Олег Тарасов"), ("DATE", "5 мая"),
        ("ORG", "ООО «Вектор»"), ("PROFESSION", "Мэр Заречного"),
    ]
    assert all(TEXT[e["start"]:e["end"]] == e["text"] for e in doc["entities"])


def test_only_person_to_profession_works_as_links_are_pairs():
    doc = read_document("d", TEXT, ANN)
    [relation] = doc["relations"]
    entities = doc["entities"]
    assert (entities[relation["head"]]["text"], entities[relation["tail"]]["text"]) == ("Олег Тарасов",
                                                                                        "Мэр Заречного")


@pytest.mark.parametrize("line, expected", [
    ("T1\tPERSON 14 18;19 26\tОлег Тарасов", (14, 26)),
    ("T1\tPERSON 14 26\tОлег Тарасов", (14, 26)),
])
def test_a_fragmented_span_counts_from_first_start_to_last_end(line, expected):
    [entity] = read_document("d", TEXT, line)["entities"]
    assert (entity["start"], entity["end"]) == expected


def test_a_span_that_does_not_fit_the_text_names_its_line(tmp_path):
    folder = write_folder(tmp_path / "gold", ann="T1\tPERSON 0 4\tОлег\n")
    with pytest.raises(ValueError, match=r"doc1\.ann:1: 'Олег' is not the text at 0–4"):
        load_brat(folder)


def test_a_missing_text_file_is_named(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "lonely.ann").write_text("T1\tPERSON 0 4\tОлег\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no lonely.txt beside it"):
        load_brat(folder)


def test_load_gold_reads_a_brat_folder(tmp_path):
    folder = write_folder(tmp_path / "gold")
    write_folder(folder, text="Олег Тарасов", ann="T1\tPERSON 0 12\tОлег Тарасов\n", name="doc0")
    assert is_brat_folder(folder) and not is_brat_folder(tmp_path / "nothing")
    docs = load_gold(folder)
    assert [d.id for d in docs] == ["doc0", "doc1"]
    assert docs[1].mentions == ((0, 3, "POSITION"), (4, 13, "LOC"), (14, 26, "PER"), (27, 32, "DATE"),
                                (60, 72, "ORG"), (0, 13, "POSITION"))
    assert docs[1].pairs == (((14, 26), (0, 13)),)


def test_eval_command_takes_a_brat_folder(tmp_path, models):
    folder = write_folder(tmp_path / "gold")
    result = CliRunner().invoke(main, ["eval", str(folder), "--system", "nerpipe", "--json", "-q"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.output)
    assert report["n_docs"] == 1
    assert report["overlap"]["PER"]["n_gold"] == 1 and report["overlap"]["PER"]["tp_gold"] == 1
    assert report["pairs"]["n_gold"] == 1
