"""The evaluation code: scoring rules on small hand-made cases, and the command on the dev corpus."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from nerpipe.cli import main
from nerpipe.evaluate import GoldDoc, Prediction, evaluate, load_gold, score_exact, score_overlap, score_pairs

from .conftest import ROOT, SHARED

TEXT = "Глава партии «Яблоко» Иван Петров приехал в Москву."


def test_exact_ignores_quotes_at_the_edges():
    start = TEXT.index("партии")
    gold = [(start, TEXT.index("»"))]  # without the closing quote
    pred = [(start, TEXT.index("»") + 1)]  # with it
    score = score_exact(TEXT, gold, pred)
    assert (score.tp_pred, score.n_pred, score.n_gold) == (1, 1, 1)


def test_exact_counts_each_gold_once():
    score = score_exact(TEXT, [(0, 5)], [(0, 5), (0, 5)])
    assert score.tp_pred == 1 and score.precision == 0.5 and score.recall == 1.0


def test_overlap_rule():
    score = score_overlap(gold=[(0, 5), (10, 20)], pred=[(3, 12), (30, 40)])
    assert (score.tp_pred, score.tp_gold) == (1, 2)
    assert score.precision == 0.5 and score.recall == 1.0


def test_pairs_need_both_spans_to_overlap():
    gold = (((20, 30), (0, 5)),)
    assert score_pairs(gold, (((21, 25), (0, 2)),)).f1 == 1.0
    assert score_pairs(gold, (((40, 45), (0, 2)),)).f1 == 0.0


def test_pairs_one_per_fact_leave_the_restated_rows_out():
    text = "Мэр Ивана Петрова. Мэр Петров."
    gold = GoldDoc("1", text, (), (((4, 17), (0, 3)), ((23, 29), (19, 22))))
    every = (((4, 17), (0, 3)), ((23, 29), (19, 22)))
    report = evaluate([gold], lambda d: Prediction((), every, fact_pairs=every[:1]), "x")
    assert (report.pairs.tp_gold, report.pairs.n_pred) == (2, 2)
    assert (report.fact_pairs.tp_gold, report.fact_pairs.n_pred) == (1, 1)
    assert report.as_dict()["fact_pairs"]["recall"] == 0.5


def test_profession_counts_as_position(tmp_path):
    path = tmp_path / "gold.jsonl"
    doc = {"id": "1", "text": TEXT, "entities": [
        {"start": 0, "end": 5, "type": "PROFESSION"},
        {"start": 22, "end": 33, "type": "PER"},
    ], "relations": [{"type": "WORKS_AS", "head": 1, "tail": 0}]}
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    [gold] = load_gold(path)
    assert (0, 5, "POSITION") in gold.mentions
    assert gold.pairs == (((22, 33), (0, 5)),)


def test_evaluate_scores_only_annotated_types():
    doc = GoldDoc("1", TEXT, ((22, 33, "PER"),), ())
    report = evaluate([doc], lambda d: Prediction(((22, 33, "PER"), (44, 50, "LOC")), ()), "x")
    assert set(report.exact) == {"PER", "PER+ORG+LOC"}
    assert report.exact["PER"].f1 == 1.0


def test_malformed_gold_is_reported_with_its_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":2:"):
        load_gold(path)


def test_eval_command_on_dev_data(models):
    gold = SHARED / "eval" / "factru_dev.jsonl"
    if not gold.exists():
        pytest.skip(f"{gold} is absent")
    result = CliRunner().invoke(main, ["eval", str(gold), "--limit", "3", "--json", "-q"])
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)
    assert [r["system"] for r in reports] == ["nerpipe", "natasha"]
    assert "PER" in reports[0]["overlap"] and "pairs" in reports[0]


def test_the_two_parts_split_the_corpus_without_overlap():
    from nerpipe.evaluate import part_of, select_part

    docs = [GoldDoc(f"doc/{i}", "", (), ()) for i in range(200)]
    tune, check = select_part(docs, "tune"), select_part(docs, "check")
    assert len(tune) + len(check) == 200 and 60 < len(tune) < 140
    assert {d.id for d in tune}.isdisjoint({d.id for d in check})
    assert all(part_of(d.id) == "tune" for d in tune)
    assert select_part(docs, "all") == docs == select_part(docs, None)
    with pytest.raises(ValueError):
        select_part(docs, "test")


# -- events ------------------------------------------------------------------------------------

EVENTS_GOLD = ROOT / "tests" / "data"


def test_the_annotated_events_files_are_built_from_their_markup(tmp_path):
    import subprocess
    import sys

    for name in ("events_gold", "events_check"):
        target = tmp_path / f"{name}.jsonl"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_events_gold.py"),
                        str(EVENTS_GOLD / f"{name}.txt"), str(target)], check=True, capture_output=True)
        assert target.read_text(encoding="utf-8") == (EVENTS_GOLD / f"{name}.jsonl").read_text(encoding="utf-8"), \
            f"run scripts/build_events_gold.py tests/data/{name}.txt"


def test_events_are_paired_by_their_mentions():
    from nerpipe.events.scoring import ScoredEvent, ScoredParticipant, pair_events, same_name, score_document

    gold = [ScoredEvent("forum", "форум «Кама»", "2024-05-20", "2024-05-20", "RU-PER", ((0, 5), (20, 25))),
            ScoredEvent("meeting", "совещание", None, None, None, ((40, 49),))]
    pred = [ScoredEvent("meeting", "совещание", None, None, None, ((60, 65),)),
            ScoredEvent("forum", "Форум \"Кама\"", "2024-05-20", "2024-05-21", "RU-PER", ((21, 24),))]
    assert pair_events(gold, pred) == {1: 0}
    assert same_name("форум «Кама»", "Форум \"Кама\"")
    counts = score_document(gold, pred, [ScoredParticipant(0, ((100, 110), (200, 210)), "speaker")],
                            [ScoredParticipant(1, ((205, 208),), "participant")],
                            [((300, 305), "2024-05-19", "2024-05-19")], [((300, 305), "2024-05-19", "2024-05-19")])
    assert counts["events"] == (1, 1, 2, 2)
    assert counts["kind"] == counts["name"] == counts["region"] == (1, 1, 1, 1)
    assert counts["dates"] == (0, 0, 1, 1)
    assert counts["participants"] == (1, 1, 1, 1) and counts["participants+role"] == (0, 0, 1, 1)
    assert counts["relative dates"] == (1, 1, 1, 1)


def test_eval_scores_events_participants_and_relative_dates(models):
    result = CliRunner().invoke(main, ["eval", str(EVENTS_GOLD / "events_gold.jsonl"), "--system", "nerpipe",
                                       "--json", "-q"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    assert set(report["events"]) == {"events", "kind", "name", "dates", "region", "participants",
                                     "participants+role", "relative dates"}
    assert report["events"]["events"]["f1"] >= 0.9
    assert report["events"]["participants+role"]["f1"] >= 0.85
    assert report["events"]["relative dates"]["f1"] >= 0.85
    assert set(report["overlap"]) == {"EVENT"}  # the set annotates event mentions only
    table = CliRunner().invoke(main, ["eval", str(EVENTS_GOLD / "events_gold.jsonl"), "--system", "nerpipe", "-q"])
    assert "| participants+role | paired |" in table.stdout and "| event kind | accuracy |" in table.stdout
