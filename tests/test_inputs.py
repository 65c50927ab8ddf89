"""``nerpipe run`` on every input form: a mixed folder end to end, tables row by row, bad inputs, copies.

The files are written here with the libraries that read them (tests/formats_fixtures.py);
the articles are invented.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
import sqlite3
import subprocess
import sys
from datetime import date

import pandas as pd
import pytest
from click.testing import CliRunner

import nerpipe.runner.reader
from nerpipe.cli import main
from nerpipe.formats import parse_column_options
from nerpipe.runner import run
from nerpipe.store import DB_NAME, STATE_DIR
from nerpipe.tables import load

from . import formats_fixtures as make
from .conftest import SHARED, TODAY
from .corpus import read_tables

# invented articles, one per form; no two alike, so that none is a copy of another
NOTE = ("Энск, 12 марта 2023 года\n"
        "В Энске открыли новый технопарк\n\n"
        "Глава Энска Олег Смирнов открыл технопарк на Заводской улице. На открытии выступили представители "
        "двадцати компаний региона.\n"
        "Источник: «Энская правда»\n")
PAGE = ("Губернатор Энской области Иван Петров открыл форум молодых инженеров в Энске. Более двухсот участников "
        "из двенадцати регионов обсудили подготовку кадров для промышленности.\n"
        "Министр промышленности региона рассказал о новых мерах поддержки технопарков и кластеров.")
CRAWLED = ("Мэр Заречного Андрей Волков осмотрел новую школу на двести мест. Строители обещают закончить отделку "
           "классов к началу учебного года, сообщили в мэрии.\n"
           "Следующей весной в районе начнут строить детский сад и поликлинику для жителей.")
MEMO = ["Ректор Энского университета Марина Белова подписала соглашение с заводом «Энскмаш».",
        "Студенты старших курсов будут проходить практику в цехах предприятия и в его конструкторском бюро."]
REPORT = ["Председатель думы Энской области Сергей Кузнецов провёл заседание комитета по бюджету.",
          "Депутаты обсудили расходы на ремонт дорог в районах области в следующем году."]
ROWS = {
    "rows.csv": ["Директор завода «Энскмаш» Павел Орлов рассказал о новых станках для цеха сборки.",
                 "Министр финансов Энской области Анна Котова выступила на сессии областной думы."],
    "rows.jsonl": ["Глава Лесного района Виктор Зайцев открыл после ремонта сельский клуб.",
                   "В Энском театре драмы прошла премьера спектакля по пьесе молодого автора."],
    "rows.parquet": ["Сенатор от Энской области Мария Лебедева встретилась с фермерами района.",
                     "Энский аэропорт принял первый рейс из столицы после реконструкции полосы."],
    "export.xlsx": ["Главный врач областной больницы Елена Соколова рассказала о новом томографе.",
                    "В Энском районе отремонтировали мост через реку Быструю за два месяца."],
}


def write_mixed(folder):
    """One file of every form nerpipe reads, and one of every kind of bad input."""
    folder.mkdir(parents=True)
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    (folder / "page.html").write_text(make.html_page(body=PAGE), encoding="utf-8")
    (folder / "memo.docx").write_bytes(make.docx_bytes(MEMO, title="Университет и завод подписали соглашение"))
    (folder / "report.pdf").write_bytes(make.pdf_bytes(REPORT, title="Заседание комитета по бюджету"))
    with open(folder / "rows.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Заголовок", "Текст", "Ссылка", "Дата", "СМИ"])
        for number, text in enumerate(ROWS["rows.csv"], start=1):
            writer.writerow([f"Новость {number}", text, f"https://ensk.example/{number}", f"0{number}.05.2023",
                             "Энские вести"])
    (folder / "rows.jsonl").write_text("".join(
        json.dumps({"body": text, "headline": f"Событие {n}", "link": f"https://les.example/{n}"},
                   ensure_ascii=False) + "\n" for n, text in enumerate(ROWS["rows.jsonl"], start=1)), encoding="utf-8")
    make.parquet_file(folder / "rows.parquet", {"content": ROWS["rows.parquet"], "published": [date(2023, 6, 1)] * 2,
                                           "outlet": ["Энский курьер"] * 2})
    (folder / "export.xlsx").write_bytes(make.xlsx_bytes({"Мониторинг": [
        ["Выгрузка за май"], ["Заголовок", "Текст", "Дата публикации"],
        *[[f"Сообщение {n}", text, "17.05.2023"] for n, text in enumerate(ROWS["export.xlsx"], start=1)]]}))
    (folder / "crawl.warc.gz").write_bytes(make.warc_bytes([
        ("https://zarechny.example/news/school", "200", "text/html; charset=utf-8",
         make.html_page(title="В Заречном открылась школа", body=CRAWLED, site="Заречный сегодня",
                   canonical=None, published="2023-08-30").encode()),
        ("https://zarechny.example/logo.png", "200", "image/png", b"\x89PNG"),
    ]))
    bad = folder / "bad"
    bad.mkdir()
    (bad / "notext.csv").write_text("Автор;Дата\nИванов;01.05.2023\n", encoding="utf-8")
    (bad / "rows.jsonl").write_text(json.dumps({"text": ROWS["rows.jsonl"][0] + " Повтор."}, ensure_ascii=False)
                                    + "\n{not json\n", encoding="utf-8")
    (bad / "menu.html").write_text("<html><body><nav><a href='/'>Главная</a> <a href='/a'>Архив</a></nav>"
                                   "</body></html>", encoding="utf-8")
    (bad / "locked.pdf").write_bytes(make.encrypted_pdf_bytes("secret"))
    (bad / "scan.pdf").write_bytes(make.blank_pdf_bytes())
    (bad / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    pages = [("https://ensk.example/1", "200", "text/html", make.html_page(body=PAGE).encode()),
             ("https://ensk.example/2", "200", "text/html", make.html_page().encode())]
    archive = bytearray(make.warc_bytes(pages))
    second = archive.index(b"\x1f\x8b", len(archive) // 2)
    archive[second + 40: second + 60] = b"\x00" * 20
    (bad / "broken.warc.gz").write_bytes(bytes(archive))


OK_PATHS = ["crawl.warc.gz#", "export.xlsx#1", "export.xlsx#2", "memo.docx", "note.txt", "page.html",
            "report.pdf", "rows.csv#1", "rows.csv#2", "rows.jsonl#1", "rows.jsonl#2", "rows.parquet#1",
            "rows.parquet#2"]
@pytest.fixture(scope="module")
def mixed(tmp_path_factory, models):
    base = tmp_path_factory.mktemp("mixed")
    write_mixed(base / "in")
    summary = run([str(base / "in")], base / "out", workers=2, progress=False, today=TODAY)
    tables = read_tables(base / "out")
    documents = tables["documents"]
    documents.index = [re.sub(r"(\.warc\.gz)#\d+$", r"\1#", path) for path in documents.path]  # offsets aside
    return {"base": base, "out": base / "out", "summary": summary, "tables": tables, "documents": documents}


BAD = {
    "bad/notext.csv": "no text column",
    "bad/rows.jsonl#2": "line 2: invalid JSON",
    "bad/menu.html": "no main text found in the web page",
    "bad/locked.pdf": "encrypted PDF: it needs a password",
    "bad/scan.pdf": "the PDF has no text layer",
    "bad/old.doc": "a legacy or encrypted Microsoft Office file (OLE2)",
    "bad/broken.warc.gz": "corrupt web archive after 1 pages",
}


def test_one_run_reads_every_form(mixed):
    documents = mixed["documents"]
    ok = sorted(documents.index[documents.status == "ok"])
    assert ok == sorted([*OK_PATHS, "bad/rows.jsonl#1", "bad/broken.warc.gz#"])
    assert sorted(documents.index[documents.status == "error"]) == sorted(BAD)
    assert mixed["summary"].exit_code == 1
    assert mixed["summary"].rows["documents"] == len(documents)
    assert all(mixed["summary"].rows[name] > 0 for name in ("mentions", "persons", "positions", "texts"))


def test_the_contract_holds_strictly(mixed):
    checked = subprocess.run([sys.executable, str(SHARED / "tools" / "check_contract.py"), str(mixed["out"]),
                              "--strict"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("contract ok (strict)")


@pytest.mark.parametrize("path, title, url, source, published", [
    ("note.txt", "В Энске открыли новый технопарк", None, "Энская правда", date(2023, 3, 12)),
    ("page.html", "В Энске прошел форум молодых инженеров", "https://vesti-ensk.example/news/forum", "Вести Энска",
     date(2023, 5, 17)),
    ("memo.docx", "Университет и завод подписали соглашение", None, None, None),
    ("report.pdf", "Заседание комитета по бюджету", None, None, None),
    ("rows.csv#2", "Новость 2", "https://ensk.example/2", "Энские вести", date(2023, 5, 2)),
    ("rows.jsonl#1", "Событие 1", "https://les.example/1", "les.example", None),
    ("rows.parquet#2", None, None, "Энский курьер", date(2023, 6, 1)),
    ("export.xlsx#1", "Сообщение 1", None, None, date(2023, 5, 17)),
    ("crawl.warc.gz#", "В Заречном открылась школа", "https://zarechny.example/news/school", "Заречный сегодня",
     date(2023, 8, 30)),
])
def test_documents_carry_the_metadata_of_their_input(mixed, path, title, url, source, published):
    row = _row_values(mixed["documents"], path)
    assert (row.status, row.title, row.url, row.source, row.published) == ("ok", title, url, source, published)


def _row_values(documents, path):
    """A row of the documents table with None where a value is missing."""
    row = documents.loc[path]
    return row.astype(object).where(row.notna(), None)


def test_a_row_is_named_by_its_file_and_place(mixed):
    documents = mixed["documents"]
    assert documents.loc["rows.csv#2", "locator"] == "#2"
    assert documents.loc["export.xlsx#1", "path"] == "export.xlsx#1"
    page = documents.loc["crawl.warc.gz#"]
    assert page.path == "crawl.warc.gz" + page.locator and int(page.locator[1:]) > 0  # the record's byte offset
    assert pd.isna(documents.loc["note.txt", "locator"])
    assert documents.doc_id.is_unique


def test_every_offset_points_into_the_texts_table(mixed):
    texts = dict(zip(mixed["tables"]["texts"].doc_id, mixed["tables"]["texts"].text))
    ok = mixed["documents"][mixed["documents"].status == "ok"]
    assert set(texts) == set(ok.doc_id)
    for name in ("mentions", "positions", "dates", "events"):
        for row in mixed["tables"][name].itertuples():
            assert 0 <= row.start < row.end <= len(texts[row.doc_id])
    for mention in mixed["tables"]["mentions"].itertuples():
        assert texts[mention.doc_id][mention.start:mention.end] == mention.text
    assert texts[ok.loc["rows.csv#1", "doc_id"]] == ROWS["rows.csv"][0]
    page = texts[ok.loc["page.html", "doc_id"]]
    assert "Иван Петров" in page and "Главная" not in page and "холодильник" not in page  # no menu, no ad
    assert "Читатель" not in page and "Все права защищены" not in page  # no comments, no footer


@pytest.mark.parametrize("path, phrase", list(BAD.items()))
def test_bad_input_is_one_failed_document(mixed, path, phrase):
    row = mixed["documents"].loc[path]
    assert row.status == "error" and phrase in row.error and "\n" not in row.error
    assert {"path": path, "error": row.error} in mixed["summary"].failures


def test_a_table_or_archive_that_fails_keeps_the_rows_before(mixed):
    documents = mixed["documents"]
    assert documents.loc["bad/rows.jsonl#1", "status"] == "ok"  # a malformed row fails alone
    assert documents.loc["bad/broken.warc.gz#", "status"] == "ok"  # the page before the damage
    assert documents.loc["bad/broken.warc.gz#", "url"] == "https://ensk.example/1"


def test_show_and_the_report_on_a_row_and_a_page(mixed, tmp_path):
    folder = mixed["base"] / "in"
    shown = CliRunner().invoke(main, ["show", str(folder / "rows.csv#2"), "--no-color", "--width", "200"])
    assert shown.exit_code == 0, shown.output
    assert ROWS["rows.csv"][1] in shown.output and "Анна Котова" in shown.output
    assert "Новость 2" in shown.output  # the row's title in the header
    page = CliRunner().invoke(main, ["show", str(folder / "page.html"), "--no-color", "--width", "200"])
    assert page.exit_code == 0 and "Иван Петров" in page.output and "холодильник" not in page.output
    whole = CliRunner().invoke(main, ["show", str(folder / "rows.csv")])
    assert whole.exit_code == 1 and "name one as the documents table does" in whole.stderr
    assert f"{folder / 'rows.csv'}#1" in whole.stderr

    t = load(mixed["out"])
    for path in ("rows.csv#2", "page.html", "crawl.warc.gz#"):
        doc_id = mixed["documents"].loc[path, "doc_id"]
        text = t.document_text(doc_id)
        for mention in t.mentions[t.mentions.doc_id == doc_id].itertuples():
            assert text[mention.start:mention.end] == mention.text
    target = tmp_path / "report.html"
    assert CliRunner().invoke(main, ["report", str(mixed["out"]), "-o", str(target)]).exit_code == 0
    html = target.read_text(encoding="utf-8")
    assert "The source text is not available" not in html
    assert "Анна Котова</span>" in html and "rows.csv#2" in html


# -- a table, row by row --------------------------------------------------------------------------------------


def _write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "text"])
        writer.writerows(rows)


def _stored(out):
    """Every document of the manifest: path and locator -> (content hash, when its result was made)."""
    db = sqlite3.connect(out / STATE_DIR / DB_NAME)
    try:
        return {path + locator: (sha, at) for path, locator, sha, at in db.execute(
            "SELECT f.path, f.locator, f.sha256, r.processed_at FROM files f JOIN results r USING (sha256)")}
    finally:
        db.close()


TOWNS = ["Энске", "Заречном", "Лесном", "Озёрском", "Горном", "Речном"]


def _row(number: int, extra: str = "") -> list[str]:
    return [f"Новость {number}", f"Мэр города Сергей Новиков{extra} открыл в {TOWNS[number % len(TOWNS)]} "
                                 f"спортивную площадку номер {number} для детей и взрослых жителей."]


def test_only_the_edited_and_added_rows_are_processed_and_the_deleted_one_leaves(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    _write_csv(corpus / "rows.csv", [_row(n) for n in range(1, 7)])
    first = run([str(corpus)], out, workers=1, progress=False)
    assert (first.exit_code, first.processed, first.docs_seen) == (0, 6, 6)
    before = _stored(out)

    rows = [_row(n) for n in range(1, 7)]
    rows[1] = _row(2, " вместе с депутатами")  # edit row 2
    del rows[3]  # delete row 4
    rows.append(_row(7))  # add a row
    _write_csv(corpus / "rows.csv", rows)
    second = run([str(corpus)], out, workers=1, progress=False)
    assert (second.exit_code, second.processed, second.unchanged, second.docs_seen) == (0, 2, 4, 6)
    after = _stored(out)
    assert sorted(after) == [f"rows.csv#{n}" for n in range(1, 7)]
    old_hashes = {sha for sha, _at in before.values()}
    new = {key: sha for key, (sha, _at) in after.items() if sha not in old_hashes}
    assert sorted(new) == ["rows.csv#2", "rows.csv#6"]  # the edited row and the added one
    kept = {sha: at for sha, at in before.values()}
    assert all(kept[sha] == at for sha, at in after.values() if sha in kept)  # the others were not processed
    documents = read_tables(out)["documents"].set_index("path")
    texts = read_tables(out)["texts"].set_index("doc_id").text
    assert "депутатами" in texts[documents.loc["rows.csv#2", "doc_id"]]
    assert not texts.str.contains("номер 4 ").any()  # the deleted row left every table
    assert texts[documents.loc["rows.csv#6", "doc_id"]] == _row(7)[1]

    third = run([str(corpus)], out, workers=1, progress=False)  # nothing changed: the table is not even read
    assert (third.processed, third.unchanged, third.tables_written) == (0, 6, False)


def test_a_moved_table_keeps_its_rows(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    _write_csv(corpus / "rows.csv", [_row(n) for n in range(1, 4)])
    run([str(corpus)], out, workers=1, progress=False)
    before = read_tables(out)
    (corpus / "2024").mkdir()
    (corpus / "rows.csv").rename(corpus / "2024" / "may.csv")
    summary = run([str(corpus)], out, workers=1, progress=False)
    assert (summary.processed, summary.unchanged, summary.removed) == (0, 3, 1)
    after = read_tables(out)
    assert list(after["documents"].path) == ["2024/may.csv#1", "2024/may.csv#2", "2024/may.csv#3"]
    assert list(after["documents"].doc_id) == list(before["documents"].doc_id)
    assert len(after["mentions"]) == len(before["mentions"])


def test_a_run_stopped_inside_a_table_reads_it_again(tmp_path, models, monkeypatch):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    _write_csv(corpus / "rows.csv", [_row(n) for n in range(1, 7)])
    store_work = nerpipe.runner.reader.Reader.store_work
    stored = []

    def stop_after_two(self, work):
        if len(stored) == 2:
            raise KeyboardInterrupt("SIGTERM")
        stored.append(work.key)
        return store_work(self, work)

    monkeypatch.setattr(nerpipe.runner.reader.Reader, "store_work", stop_after_two)
    with pytest.raises(KeyboardInterrupt):
        run([str(corpus)], out, workers=1, progress=False)
    monkeypatch.undo()
    summary = run([str(corpus)], out, workers=1, progress=False)  # the table was not recorded as read
    assert (summary.exit_code, summary.processed, summary.unchanged) == (0, 4, 2)
    assert len(read_tables(out)["documents"]) == 6


def test_a_table_that_becomes_unreadable_halfway_loses_nothing(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    rng = random.Random(3)
    noise = "".join(rng.choice("0123456789abcdef") for _ in range(200_000))  # compresses to half at best
    lines = [{"text": _row(n)[1]} for n in range(1, 5)]
    lines[2]["attachment"] = noise  # a large third row
    data = gzip.compress("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode())
    path = corpus / "rows.jsonl.gz"
    path.write_bytes(data)
    assert run([str(corpus)], out, workers=1, progress=False).exit_code == 0
    before = read_tables(out)["documents"]

    path.write_bytes(data[: len(data) // 2])  # cut inside the third row
    summary = run([str(corpus)], out, workers=1, progress=False)
    assert (summary.exit_code, summary.processed) == (1, 0)
    assert summary.failures[0]["path"] == "rows.jsonl.gz"
    assert "cannot read the file past line" in summary.failures[0]["error"]
    documents = read_tables(out)["documents"].set_index("path")
    assert list(documents.index) == ["rows.jsonl.gz", "rows.jsonl.gz#1", "rows.jsonl.gz#2", "rows.jsonl.gz#3",
                                     "rows.jsonl.gz#4"]  # the rows not reached are kept
    assert (documents.loc[before.path, "doc_id"].values == before.doc_id.values).all()

    path.write_bytes(data)  # repaired
    summary = run([str(corpus)], out, workers=1, progress=False)
    assert (summary.exit_code, summary.processed, summary.unchanged) == (0, 0, 4)
    assert list(read_tables(out)["documents"].path) == list(before.path)


def test_columns_named_by_option_and_a_new_mapping_rereads_the_table(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    with open(corpus / "export.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Заметка", "Шапка", "Рубрика"])
        writer.writerow([_row(1)[1], "Площадка для всех", "Спорт"])
    failed = run([str(corpus)], out, workers=1, progress=False)
    assert "no text column" in failed.failures[0]["error"] and "Заметка, Шапка, Рубрика" in failed.failures[0]["error"]

    columns = parse_column_options("Заметка", ["title=Шапка"])
    summary = run([str(corpus)], out, workers=1, progress=False, columns=columns)
    assert (summary.exit_code, summary.processed) == (0, 1)
    row = _row_values(read_tables(out)["documents"].set_index("path"), "export.csv#1")
    assert (row.title, row.source) == ("Площадка для всех", None)
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out), "--workers", "1", "--json", "-q",
                                       "--text-column", "Заметка", "--column", "title=Шапка",
                                       "--column", "source=Рубрика"])
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert (result.exit_code, summary["processed"]) == (0, 1)  # the file is unchanged, the mapping is not
    assert read_tables(out)["documents"].set_index("path").loc["export.csv#1", "source"] == "Спорт"


def test_max_bytes_limits_the_text_and_max_file_bytes_the_file(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    padding = "<!-- " + "x" * 6000 + " -->"
    page = make.html_page(body=PAGE).replace("</head>", padding + "</head>")
    (corpus / "page.html").write_text(page, encoding="utf-8")
    _write_csv(corpus / "rows.csv", [_row(1), ["Длинная", _row(2)[1] + " Ещё." * 1500]])
    (corpus / "note.txt").write_text(NOTE * 30, encoding="utf-8")
    summary = run([str(corpus)], out, workers=1, progress=False, max_bytes=5000)
    failures = {f["path"]: f["error"] for f in summary.failures}
    assert set(failures) == {"rows.csv#2", "note.txt"}  # the page's file is larger, its text is not
    assert failures["rows.csv#2"].startswith("the document's text is ")
    assert failures["rows.csv#2"].endswith(" bytes, over the limit of 5000 (--max-bytes)")
    assert failures["note.txt"].endswith("over the limit of 5000 (--max-bytes)")
    summary = run([str(corpus)], out, workers=1, progress=False, max_bytes=5000, max_file_bytes=5000, full=True)
    failures = {f["path"]: f["error"] for f in summary.failures}
    assert failures["page.html"].endswith("over the limit of 5000 (--max-file-bytes)")


# -- copies of one article ------------------------------------------------------------------------------------

SYNDICATED = ("Губернатор Северной области Роман Игнатьев открыл в Полярске завод по переработке рыбы. "
              "Предприятие создаст четыреста рабочих мест и будет выпускать консервы и филе.\n"
              "На церемонии Роман Игнатьев сказал, что завод станет крупнейшим налогоплательщиком района.")


def test_copies_of_one_article_are_marked_and_counted_once(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / "agency.html").write_text(
        make.html_page(title="В Полярске открыли рыбный завод", body=SYNDICATED, site="Северные новости",
                  published="2023-04-03", canonical="https://north.example/zavod"), encoding="utf-8")
    # a reprint: another headline, the agency credited, a word changed, and a name added
    reprint = SYNDICATED.replace("консервы и филе", "консервы и рыбное филе") + \
        "\nЗавод построила компания главы холдинга Петра Семёнова.\nИсточник: Северные новости\n"
    (corpus / "reprint.txt").write_text("Рыбный завод заработал в Полярске\n\n" + reprint, encoding="utf-8")
    _write_csv(corpus / "monitoring.csv", [["Завод в Полярске", SYNDICATED], _row(1)])
    summary = run([str(corpus)], out, workers=1, progress=False)
    assert summary.exit_code == 0
    t = read_tables(out)
    documents = t["documents"].set_index("path")
    first = documents.loc["agency.html", "doc_id"]  # the only one with a publication date
    assert pd.isna(documents.loc["agency.html", "duplicate_of"])
    assert documents.loc["reprint.txt", "duplicate_of"] == first
    assert documents.loc["monitoring.csv#1", "duplicate_of"] == first
    assert pd.isna(documents.loc["monitoring.csv#2", "duplicate_of"])
    # the copies keep their own rows, but the corpus counts the article once
    copies = set(documents.loc[["reprint.txt", "monitoring.csv#1"], "doc_id"])
    assert copies <= set(t["mentions"].doc_id)
    persons = t["persons"].set_index("name")
    assert persons.loc["Роман Игнатьев", "n_docs"] == 1
    assert persons.loc["Роман Игнатьев", "n_mentions"] == 2
    assert persons.loc["Пётр Семёнов", "n_docs"] == 1  # named only in a copy: that article counts once
    assert persons.loc["Сергей Новиков", "n_docs"] == 1
    by_region = load(out).mentions_by_region
    assert by_region["n_docs"].max() <= 2  # the article and the other row at most


def test_an_older_manifest_is_migrated(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    for number in range(1, 4):
        (corpus / f"a{number}.txt").write_text(_row(number)[1], encoding="utf-8")
    assert run([str(corpus)], out, workers=1, progress=False).processed == 3
    db = sqlite3.connect(out / STATE_DIR / DB_NAME, isolation_level=None)  # as an older nerpipe left it
    db.executescript("""
        CREATE TABLE old_files (root TEXT NOT NULL, path TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,
            sha256 TEXT, error TEXT, checked_at TEXT NOT NULL, PRIMARY KEY (root, path));
        INSERT INTO old_files SELECT root, path, size, mtime_ns, sha256, error, checked_at FROM files;
        DROP TABLE files; ALTER TABLE old_files RENAME TO files;
        ALTER TABLE results DROP COLUMN text; ALTER TABLE results DROP COLUMN signature;
        ALTER TABLE results DROP COLUMN run;
    """)
    db.close()
    (out / "texts.parquet").unlink()
    summary = run([str(corpus)], out, workers=1, progress=False)
    assert (summary.exit_code, summary.processed, summary.removed) == (0, 3, 0)  # once, to keep the texts
    assert len(read_tables(out)["texts"]) == 3
    again = run([str(corpus)], out, workers=1, progress=False)
    assert (again.processed, again.unchanged, again.tables_written) == (0, 3, False)
