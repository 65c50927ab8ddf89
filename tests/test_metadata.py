"""The metadata stage: headline, source and publication date from the text when the input does not give them."""

from __future__ import annotations

from datetime import date

import pytest

from nerpipe.formats import DocMeta
from nerpipe.metadata import complete_metadata, find_headline, find_source, host_name, is_headline

from .conftest import SEEDS

BODY = ("Губернатор Энской области открыл форум молодых инженеров. Более двухсот участников обсудили "
        "подготовку кадров для промышленности и развитие технопарков.")


@pytest.mark.parametrize("text, expected", [
    (f"Форум инженеров открылся в Энске\n\n{BODY}", "Форум инженеров открылся в Энске"),
    (f"  Форум   инженеров открылся в Энске  \n{BODY}", "Форум инженеров открылся в Энске"),
    (f"Пресс-служба\n\nФорум инженеров открылся в Энске\n\nPrint\n17 мая 2023\n{BODY}",
     "Форум инженеров открылся в Энске"),
    (f"17.05.2023 10:30\nФорум инженеров открылся в Энске\n{BODY}", "Форум инженеров открылся в Энске"),
    (f"17 мая 2023 года\nФорум инженеров открылся в Энске\n{BODY}", "Форум инженеров открылся в Энске"),
    (f"Среда, 17 мая 2023 г., 10:30\nФорум инженеров открылся в Энске\n{BODY}", "Форум инженеров открылся в Энске"),
    (f"Энск, 17 мая 2023 года\nФорум инженеров открылся в Энске\n{BODY}", "Форум инженеров открылся в Энске"),
    (f"Нижний Энск, 17 мая\nФорум инженеров открылся в Энске\n{BODY}", "Форум инженеров открылся в Энске"),
    (f"Главная / Новости / Экономика\nФорум инженеров открылся в Энске\n{BODY}", "Форум инженеров открылся в Энске"),
    (f"Кто построит новый технопарк?\n{BODY}", "Кто построит новый технопарк?"),
    (f"Иван Петров: «Кадры решают все»\n{BODY}", "Иван Петров: «Кадры решают все»"),
    (f"Кадры решают все.\n\n{BODY}", "Кадры решают все."),  # a very short headline with a full stop
    (BODY, None),  # the text starts with its body
    (f"{BODY}\nЕще один абзац без заголовка.", None),
    ("В Энске открылся форум молодых инженеров, который собрал участников из двенадцати регионов страны "
     "и продлится три дня.\n" + BODY, None),  # a one-sentence lead paragraph is no headline
    ("Форум инженеров открылся в Энске", None),  # nothing after it: it is the whole text
    (f"Форум открылся. Участники довольны\n{BODY}", None),  # two sentences
    ("", None),
])
def test_find_headline(text, expected):
    assert find_headline(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("В г. Энске открылся форум инженеров", True),  # an abbreviation's dot is no sentence end
    ("Форум", False),
    ("а" * 300, False),
    ("Итоги форума:", False),
])
def test_is_headline(line, expected):
    assert is_headline(line) is expected


@pytest.mark.parametrize("text, expected", [
    (f"{BODY}\n\nИсточник: Вести Энска", "Вести Энска"),
    (f"{BODY}\n\nИсточник:\xa0Вести Энска", "Вести Энска"),
    (f"{BODY}\nИсточник: «Энская правда».", "Энская правда"),
    (f"{BODY}\nИсточник: https://www.vesti-ensk.example/news/1", "vesti-ensk.example"),
    (f"{BODY}\nПо материалам «Энского вестника».", "Энского вестника"),
    (f"ЭНСК, 17 мая. /ТАСС/. {BODY}", "ТАСС"),
    (f"ЭНСК, 17 мая. /Корр. ТАСС Иван Петров/. {BODY}", "ТАСС"),
    (f"ЭНСК, 17 мая 2023 – РИА Новости. {BODY}", "РИА Новости"),
    (f"ЭНСК, 17 мая — Энское агентство. {BODY}", "Энское агентство"),
    (f"Энск. 17 мая. INTERFAX.RU - {BODY}", "Интерфакс"),
    (f"{BODY}\nРанее «Энская правда» писала о строительстве технопарка.", "Энская правда"),
    (f"{BODY} Об этом пишет «Энский вестник».", "Энский вестник"),
    (f"{BODY} Как сообщает газета «Энский вестник», форум продлится три дня.", "Энский вестник"),
    (f"{BODY} Об этом передает ТАСС.", "ТАСС"),
    (f"{BODY} Об этом сообщили в пресс-службе губернатора Энской области.",
     "пресс-служба губернатора Энской области"),
    (f"По данным пресс-службы мэрии Энска, {BODY}", "пресс-служба мэрии Энска"),
    (f"{BODY}\nИсточник: Вести Энска\nРанее «Энская правда» писала о форуме.", "Вести Энска"),  # a credit first
    (BODY, None),
    (f"{BODY} Министр сообщил, что форум продлится три дня.", None),
])
def test_find_source(text, expected):
    assert find_source(text) == expected


def test_metadata_of_the_input_wins_over_the_text():
    text = f"Форум инженеров открылся в Энске\n{BODY}\nИсточник: Вести Энска"
    given = DocMeta(title="Заголовок из таблицы", source="Энская правда", published=date(2023, 5, 17))
    assert complete_metadata(text, given, []) == given


def test_missing_metadata_comes_from_the_text_and_the_address():
    text = f"Форум инженеров открылся в Энске\n{BODY}"
    meta = complete_metadata(text, DocMeta(url="https://www.ensk-news.example/a/1", id="17"), [])
    assert meta == DocMeta(title="Форум инженеров открылся в Энске", url="https://www.ensk-news.example/a/1",
                           source="ensk-news.example", id="17")


@pytest.mark.parametrize("url, expected", [
    ("https://www.ensk.example/news/1", "ensk.example"),
    ("http://news.ensk.example", "news.ensk.example"),
    ("not an address", None),
    ("http://[broken", None),
])
def test_host_name(url, expected):
    assert host_name(url) == expected


def test_seeds_headlines_are_headlines_or_nothing():
    """Three seeds start with their body: they have no title (a body paragraph is not one)."""
    titles = {path.name[:3]: find_headline(path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))}
    assert titles["000"] is None and titles["001"] is None and titles["002"] is None
    assert titles["003"].startswith("Томские инноваторы")
    assert titles["004"].startswith("В Сыктывкаре завершилась")


def test_seed_documents_carry_source_and_title(seeds_tables):
    documents = seeds_tables["documents"].set_index(seeds_tables["documents"]["path"].str[:3])
    assert documents.loc["004", "source"] == "Комиинформ"
    assert documents.loc["002", "source"] == "Областная газета"
    assert documents.loc["003", "published"] == date(2017, 6, 26)
    assert documents["url"].isna().all()  # plain text carries no address
    assert documents[["title"]].loc[["000", "001", "002"]].isna().all().all()


def test_a_web_page_through_the_pipeline(models):
    from nerpipe.pipeline import process_document

    from .conftest import TODAY
    from .formats_fixtures import HEADLINE, html_page

    body = "Губернатор Энской области Иван Петров открыл форум 17 мая.\nФорум продлится до 19 мая."
    result = process_document(html_page(body=body).encode("utf-8"), models, today=TODAY, format="html")
    assert (result.status, result.title, result.source) == ("ok", HEADLINE, "Вести Энска")
    assert result.url == "https://vesti-ensk.example/news/forum"
    assert result.published == date(2023, 5, 17)
    # the page's date gives the year of the dates in its text
    assert {d.iso_from for d in result.dates} >= {"2023-05-17", "2023-05-19"}
    assert result.extra["encoding"] == "utf-8"


def test_a_table_row_through_the_pipeline(models, tmp_path):
    from nerpipe.formats import iter_records, sniff_file
    from nerpipe.pipeline import process_record

    from .conftest import TODAY

    path = tmp_path / "export.csv"
    path.write_text("Заголовок,Текст,Ссылка\nФорум в Энске,Губернатор Энской области открыл форум.,"
                    "https://www.ensk-news.example/1\nПустая,,\n", encoding="utf-8")
    good, empty = iter_records(str(path), sniff_file(str(path)))
    result = process_record(good, models, today=TODAY)
    assert result.doc_id == good.sha256[:16]
    assert (result.title, result.url, result.source) == ("Форум в Энске", "https://www.ensk-news.example/1",
                                                         "ensk-news.example")
    assert result.n_chars == len("Губернатор Энской области открыл форум.")
    failed = process_record(empty, models, today=TODAY)
    assert (failed.status, failed.error) == ("error", "the row's text cell is empty")


@pytest.mark.parametrize("make, message", [
    ("blank_pdf_bytes", "no text layer"),
    ("html_without_text", "no main text"),
])
def test_bad_single_documents_are_error_results(models, make, message):
    from nerpipe.pipeline import process_document

    from . import formats_fixtures

    if make == "html_without_text":
        data, fmt = b"<html><head><title>x</title></head><body><nav><a href='/'>x</a></nav></body></html>", "html"
    else:
        data, fmt = getattr(formats_fixtures, make)(), "pdf"
    result = process_document(data, models, format=fmt)
    assert result.status == "error" and message in result.error
