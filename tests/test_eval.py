"""The evaluation code: scoring rules on small hand-made cases, and the command on the dev corpus."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from nerpipe.cli import main
from nerpipe.evaluate import GoldDoc, Prediction, evaluate, load_gold, score_exact, score_overlap, score_pairs

from .conftest import SHARED

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
