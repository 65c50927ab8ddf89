"""The format layer: sniffing, single-document extraction, and streaming the rows of tables and archives."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from nerpipe.errors import DocumentError
from nerpipe.formats import (
    ColumnMap,
    DocMeta,
    Kind,
    Record,
    extract_document,
    extract_record,
    iter_records,
    parse_column_options,
    parse_date,
    sniff_file,
    sniff_kind,
    supported_name,
)

from .formats_fixtures import (
    ARTICLE,
    HEADLINE,
    PUBLISHED,
    PUBLISHED_AT,
    blank_pdf_bytes,
    docx_bytes,
    encrypted_pdf_bytes,
    html_page,
    parquet_file,
    pdf_bytes,
    warc_bytes,
    xlsx_bytes,
)

# -- sniffing ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, content, expected", [
    ("a.txt", "Просто текст статьи.".encode(), Kind("text")),
    ("a.md", b"# Title\n\ntext", Kind("text")),
    ("saved.txt", html_page().encode(), Kind("html")),  # a page saved under a .txt name
    ("page.html", html_page().encode(), Kind("html")),
    ("page.htm", b"\xef\xbb\xbf  <!-- saved -->\n<html><body><p>x</p></body></html>", Kind("html")),
    ("page.html", "Не страница, а текст.".encode(), Kind("text")),  # named like a page, plain text inside
    ("noext", html_page().encode(), Kind("html")),
    ("notes.dat", "Текст под другим именем.".encode(), Kind("text")),  # any name --glob chose is text
    ("a.csv", b"text,title\nx,y\n", Kind("csv")),
    ("a.tsv", b"text\ttitle\nx\ty\n", Kind("tsv")),
    ("a.jsonl", b'{"text": "x"}\n', Kind("jsonl")),
    ("a.ndjson", b'{"text": "x"}\n', Kind("jsonl")),
    ("a.pdf", b"%PDF-1.7\n...", Kind("pdf")),
    ("scan.txt", b"%PDF-1.7\n...", Kind("pdf")),
    ("a.parquet", b"PAR1\x15\x04", Kind("parquet")),
    ("crawl.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", Kind("warc")),
    ("crawl.warc.gz", gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n"), Kind("warc", gzip=True)),
    ("rows.jsonl.gz", gzip.compress(b'{"text": "x"}\n'), Kind("jsonl", gzip=True)),
    ("page.html.gz", gzip.compress(html_page().encode()), Kind("html", gzip=True)),
])
def test_sniff_kind(name, content, expected):
    assert sniff_kind(name, content) == expected


def test_office_files_are_told_apart_by_their_content(tmp_path):
    workbook = tmp_path / "export.csv"  # an Excel workbook saved under a .csv name
    workbook.write_bytes(xlsx_bytes({"Лист1": [["text"], ["x"]]}))
    document = tmp_path / "article.xlsx"  # a Word document under an .xlsx name
    document.write_bytes(docx_bytes(["x"]))
    assert sniff_file(str(workbook)) == Kind("xlsx")
    assert sniff_file(str(document)) == Kind("docx")


@pytest.mark.parametrize("name, content, message", [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy or encrypted"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy or encrypted"),
    ("a.zip.txt", b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/epub+zip", "neither a .docx nor an .xlsx"),
    ("a.json", b'[{"text": "x"}]', "JSON Lines"),
    ("a.jsonl", b'[{"text": "x"}]', "JSON array"),
    ("a.docx", "текст".encode(), "named like DOCX"),
    ("a.parquet.gz", gzip.compress(b"PAR1\x15\x04"), "decompress it first"),
    ("a.jsonl.gz", b"\x1f\x8b\x08\x00" + b"\xff" * 40, "corrupt gzip"),
])
def test_sniff_refuses_what_it_cannot_read(name, content, message):
    with pytest.raises(DocumentError, match=message):
        sniff_kind(name, content)


@pytest.mark.parametrize("name, supported", [
    ("a.txt", True), ("a.HTML", True), ("a.docx", True), ("a.pdf", True), ("a.csv", True), ("a.tsv", True),
    ("a.jsonl", True), ("a.parquet", True), ("a.xlsx", True), ("a.warc", True), ("a.warc.gz", True),
    ("a.jsonl.gz", True), ("a.xlsx.gz", False), ("a.gz", False), ("a.png", False), ("README", False),
])
def test_supported_name(name, supported):
    assert supported_name(name) is supported


# -- web pages -----------------------------------------------------------------------------------------------


def test_html_main_text_and_metadata():
    extracted = extract_document(html_page().encode("utf-8"), "html")
    assert extracted.text.startswith(HEADLINE + "\n")
    assert "Губернатор Энской области" in extracted.text
    for boilerplate in ("Главная", "Реклама", "холодильник", "Читатель", "Перепечатка"):
        assert boilerplate not in extracted.text
    assert extracted.meta == DocMeta(title=HEADLINE, url="https://vesti-ensk.example/news/forum",
                                     source="Вести Энска", published=PUBLISHED)
    assert extracted.encoding == "utf-8"


def test_html_title_heads_the_text_when_the_body_lacks_it():
    extracted = extract_document(html_page(h1=False).encode("utf-8"), "html")
    assert extracted.text.startswith(HEADLINE + "\n\n")


def test_html_in_a_declared_legacy_charset():
    page = html_page(charset="windows-1251").encode("cp1251")
    extracted = extract_document(page, "html")
    assert "Губернатор Энской области" in extracted.text
    assert extracted.encoding == "windows-1251"


def test_html_without_metadata_keeps_what_it_has():
    page = html_page(site=None, published=None, canonical=None)
    extracted = extract_document(page.encode("utf-8"), "html", url="https://ensk.example/a/1")
    assert extracted.meta.url == "https://ensk.example/a/1"
    assert extracted.meta.published is None


def test_html_page_without_main_text_is_an_error():
    links = "".join(f'<li><a href="/r{i}">Рубрика номер {i}</a></li>' for i in range(12))
    page = (f"<html><head><title>Вести Энска — главная</title></head><body><nav><ul>{links}</ul></nav>"
            "<form><input name=q><button>Найти</button></form><footer><p>© Вести Энска, 2023. "
            "Все права защищены.</p></footer></body></html>")
    with pytest.raises(DocumentError, match="no main text"):
        extract_document(page.encode(), "html")


def test_gzip_compressed_page():
    extracted = extract_document(gzip.compress(html_page().encode()), "html", gzip=True)
    assert extracted.meta.title == HEADLINE


# -- Word and PDF --------------------------------------------------------------------------------------------


def test_docx_body_tables_and_title():
    data = docx_bytes([HEADLINE, "", *ARTICLE.split("\n")], title="Форум инженеров",
                      table=[["Участник", "Регион"], ["Иван Петров", "Энская область"]])
    extracted = extract_document(data, "docx")
    lines = extracted.text.split("\n")
    assert lines[0] == HEADLINE
    assert "Иван Петров | Энская область" in lines
    assert "" not in lines[:2] or lines[1] == ""
    assert extracted.meta.title == "Форум инженеров"


@pytest.mark.parametrize("data, message", [
    (docx_bytes([]), "holds no text"),
    (b"PK\x03\x04" + b"\x00" * 64, "cannot read the .docx"),
])
def test_bad_docx_is_an_error(data, message):
    with pytest.raises(DocumentError, match=message):
        extract_document(data, "docx")


def test_pdf_text_layer_with_hyphenation_and_reflow():
    data = pdf_bytes([HEADLINE, "Губернатор Энской области открыл фо-", "рум и рассказал о планах",
                      "на ближайшие годы."], title="Форум в Энске")
    extracted = extract_document(data, "pdf")
    assert extracted.text == (f"{HEADLINE}\nГубернатор Энской области открыл форум и рассказал о планах на "
                              "ближайшие годы.")
    assert extracted.meta.title == "Форум в Энске"


@pytest.mark.parametrize("make, message", [
    (lambda: blank_pdf_bytes(), "no text layer"),
    (lambda: encrypted_pdf_bytes("secret"), "needs a password"),
    (lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog", "cannot read the PDF"),
])
def test_bad_pdf_is_an_error(make, message):
    with pytest.raises(DocumentError, match=message):
        extract_document(make(), "pdf")


def test_copy_protected_pdf_with_an_empty_password_opens():
    assert "Закрытый документ" in extract_document(encrypted_pdf_bytes(""), "pdf").text


# -- tables --------------------------------------------------------------------------------------------------


def rows(path, kind=None, columns=None):
    kind = kind or sniff_file(str(path))
    return list(iter_records(str(path), kind, columns))


def test_csv_rows_with_metadata_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "ID,Заголовок,Текст,URL,Дата,СМИ\n"
        f'7,{HEADLINE},"{ARTICLE}",https://ensk.example/1,17.05.2023,Вести Энска\n'
        "8,Второй,\"Другой текст,\nв две строки.\",,2023-05-18T09:00:00Z,\n", encoding="utf-8")
    first, second = rows(path)
    assert first.locator == "#1" and second.locator == "#2"
    assert first.meta == DocMeta(title=HEADLINE, url="https://ensk.example/1", source="Вести Энска",
                                 published=PUBLISHED, id="7")
    assert first.data.decode("utf-8") == ARTICLE
    assert second.data.decode("utf-8") == "Другой текст,\nв две строки."
    assert second.meta.published == date(2023, 5, 18)
    extracted = extract_record(first)
    assert extracted.text == ARTICLE and extracted.meta.title == HEADLINE and extracted.encoding == "utf-8"


def test_csv_with_semicolons_in_cp1251(tmp_path):
    path = tmp_path / "export.csv"
    content = ("Заголовок;Текст статьи\nФорум в Энске;Губернатор открыл форум; участники довольны.\n"
               "Второй;Еще одна новость о развитии региона и его промышленности.\n")
    path.write_bytes(content.encode("cp1251"))
    records = rows(path)
    assert records[0].error == "row 1 (line 2) has 3 fields, the header has 2"
    assert records[1].meta.title == "Второй"
    assert records[1].encoding.replace("_", "").lower() in ("cp1251", "windows1251")
    assert extract_record(records[1]).encoding == records[1].encoding


def test_tsv_and_named_columns(tmp_path):
    path = tmp_path / "export.tsv"
    path.write_text("headline\tarticle_body\tsite\nФорум\tТекст новости.\tВести\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="no text column"):
        rows(path)
    columns = parse_column_options("article_body", ["title=headline", "source=site"])
    (record,) = rows(path, columns=columns)
    assert record.data == "Текст новости.".encode()
    assert record.meta.title == "Форум" and record.meta.source == "Вести"


def test_a_named_column_that_is_missing_fails_the_file(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("text,title\nx,y\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="no column 'Заголовок'"):
        rows(path, columns=ColumnMap(title="Заголовок"))


def test_empty_text_cell_is_a_row_error(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("text,title\n,Пустая строка\nТекст.,Полная\n", encoding="utf-8")
    empty, full = rows(path)
    assert empty.error == "the row's text cell is empty" and empty.data is None
    assert empty.meta.title == "Пустая строка"
    assert full.error is None
    with pytest.raises(DocumentError, match="empty"):
        extract_record(empty)


def test_table_without_text_column_names_its_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="no text column.*the columns are: a, b, c"):
        rows(path)


def test_jsonl_malformed_lines_are_row_errors(tmp_path):
    path = tmp_path / "rows.jsonl"
    lines = [json.dumps({"id": 1, "text": "Первая новость.", "title": "Один", "date": "2023-05-17"},
                        ensure_ascii=False),
             '{"id": 2, "text": "оборванная строка',
             "",
             "[1, 2]",
             json.dumps({"id": 5, "body": "ключа text нет"}, ensure_ascii=False),
             json.dumps({"id": 6, "text": ["Абзац один.", "Абзац два."]}, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = rows(path)
    assert [r.locator for r in records] == ["#1", "#2", "#4", "#5", "#6"]
    assert records[0].meta.published == PUBLISHED and records[0].error is None
    assert records[1].error.startswith("line 2: invalid JSON")
    assert records[2].error == "line 4: a JSON list, not an object"
    assert records[3].error == "line 5 has no 'text' key"
    assert records[4].data.decode() == "Абзац один.\nАбзац два."


def test_gzip_jsonl(tmp_path):
    path = tmp_path / "rows.jsonl.gz"
    path.write_bytes(gzip.compress('{"text": "Новость."}\n{"text": "Еще одна."}\n'.encode()))
    assert [r.data.decode() for r in rows(path)] == ["Новость.", "Еще одна."]


def test_truncated_gzip_fails_after_the_rows_before_it(tmp_path):
    path = tmp_path / "rows.jsonl.gz"
    body = "".join(json.dumps({"text": f"Новость номер {i}."}, ensure_ascii=False) + "\n" for i in range(20000))
    data = gzip.compress(body.encode())
    path.write_bytes(data[: len(data) // 2])
    seen = []
    with pytest.raises(DocumentError, match="cannot read the file past line"):
        for record in iter_records(str(path), sniff_file(str(path))):
            seen.append(record)
    assert seen and all(r.error is None for r in seen)


def test_parquet_rows_in_batches(tmp_path, monkeypatch):
    import pyarrow as pa

    from nerpipe.formats import tables

    monkeypatch.setattr(tables, "PARQUET_BATCH_ROWS", 2)
    path = parquet_file(tmp_path / "rows.parquet", {
        "content": [f"Новость номер {i}." for i in range(5)],
        "headline": [f"Заголовок {i}" for i in range(5)],
        "published": [PUBLISHED_AT] * 4 + [None],
        "unused": list(range(5)),
    }, types={"published": pa.timestamp("us")})
    records = rows(path)
    assert [r.locator for r in records] == ["#1", "#2", "#3", "#4", "#5"]
    assert records[3].meta == DocMeta(title="Заголовок 3", published=PUBLISHED)
    assert records[4].meta.published is None
    assert records[4].data.decode() == "Новость номер 4."


def test_corrupt_parquet_is_an_error(tmp_path):
    path = tmp_path / "rows.parquet"
    path.write_bytes(b"PAR1" + b"\x00" * 100)
    with pytest.raises(DocumentError, match="cannot read the Parquet file"):
        rows(path)


def test_xlsx_with_a_caption_row_and_two_sheets(tmp_path):
    path = tmp_path / "export.xlsx"
    path.write_bytes(xlsx_bytes({
        "Публикации": [["Отчет мониторинга СМИ за май"], [],
                       ["Дата", "Заголовок", "Текст", "Ссылка"],
                       [PUBLISHED_AT, "Форум", "Губернатор открыл форум.", "https://ensk.example/1"],
                       [None, None, None, None],
                       ["18.05.2023", "Второй", "Еще одна новость.", None]],
        "Сводка": [["Всего", 2]],
        "Соцсети": [["text", "id"], ["Пост о форуме.", 17]],
    }))
    records = rows(path)
    assert [r.locator for r in records] == ["#1", "#2", "#Соцсети!1"]
    assert records[0].meta == DocMeta(title="Форум", url="https://ensk.example/1", published=PUBLISHED)
    assert records[1].meta.published == date(2023, 5, 18)
    assert records[2].meta.id == "17"


def test_xlsx_without_text_column_reports_each_sheet(tmp_path):
    path = tmp_path / "export.xlsx"
    path.write_bytes(xlsx_bytes({"A": [["x", "y"], [1, 2]], "B": []}))
    with pytest.raises(DocumentError, match="sheet 'A': no text column.*sheet 'B'"):
        rows(path)


# -- web archives --------------------------------------------------------------------------------------------


PAGES = [
    ("https://ensk.example/news/1", "200 OK", "text/html; charset=utf-8", html_page().encode()),
    ("https://ensk.example/missing", "404 Not Found", "text/html", b"<html><body>Not found</body></html>"),
    ("https://ensk.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("https://ensk.example/news/2", "200 OK", "text/html; charset=windows-1251",
     html_page(title="Второй материал", canonical=None, charset="windows-1251").encode("cp1251")),
]


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_html_responses_are_documents(tmp_path, compressed):
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    path.write_bytes(warc_bytes(PAGES, gzip=compressed))
    kind = sniff_file(str(path))
    assert kind == Kind("warc", gzip=compressed)
    first, second = rows(path, kind)
    assert first.meta.url == "https://ensk.example/news/1" and first.meta.id.startswith("<urn:uuid:")
    assert first.locator.startswith("#") and int(first.locator[1:]) > 0
    assert second.charset == "windows-1251"
    extracted = extract_record(first)
    assert extracted.meta.title == HEADLINE and extracted.meta.source == "Вести Энска"
    assert extracted.meta.url == "https://ensk.example/news/1"  # where it was fetched, as the archive says
    assert "Губернатор Энской области" in extract_record(second).text


def test_warc_record_offset_reads_back_with_warcio(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(PAGES))
    record = rows(path)[1]
    with open(path, "rb") as handle:
        handle.seek(int(record.locator[1:]))
        again = next(iter(ArchiveIterator(handle)))
        assert again.rec_headers.get_header("WARC-Record-ID") == record.meta.id


def test_truncated_warc_keeps_the_pages_before_the_damage(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    data = warc_bytes(PAGES)
    path.write_bytes(data[: len(data) - 200])
    first, cut = rows(path)
    assert first.error is None and first.meta.url == "https://ensk.example/news/1"
    assert cut.meta.url == "https://ensk.example/news/2"
    assert cut.error.startswith("truncated archive record") and cut.data is None


def test_damaged_warc_record_is_a_record_error(tmp_path):
    path = tmp_path / "crawl.warc"
    data = warc_bytes(PAGES, gzip=False)
    at = data.index("Следующий форум".encode())
    path.write_bytes(data[:at] + "Прошлый".encode() + data[at + len("Прошлый".encode()):])
    first, second = rows(path)
    assert first.error == "damaged archive record: its content does not match its WARC digest"
    assert second.error is None


def test_corrupt_gzip_warc_fails_after_the_pages_before_it(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    data = bytearray(warc_bytes(PAGES))
    second_page = data.index(b"\x1f\x8b", len(data) // 2)
    data[second_page + 40: second_page + 60] = b"\x00" * 20
    path.write_bytes(bytes(data))
    seen = []
    with pytest.raises(DocumentError, match="web archive after 1 pages"):
        for record in iter_records(str(path), sniff_file(str(path))):
            seen.append(record)
    assert [r.meta.url for r in seen] == ["https://ensk.example/news/1"]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_garbage_named_warc_is_an_error(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"this is no archive at all\r\n" * 10)
    with pytest.raises(DocumentError, match="named like WARC"):
        sniff_file(str(path))
    with pytest.raises(DocumentError, match="not a web archive"):
        rows(path, Kind("warc"))


# -- records and options -------------------------------------------------------------------------------------


def test_record_hash_follows_content_and_metadata():
    base = Record("#1", "text", "Текст.".encode(), DocMeta(title="А"))
    assert base.sha256 == Record("#9", "text", "Текст.".encode(), DocMeta(title="А")).sha256  # not the place
    assert base.sha256 != Record("#1", "text", "Текст!".encode(), DocMeta(title="А")).sha256
    assert base.sha256 != Record("#1", "text", "Текст.".encode(), DocMeta(title="Б")).sha256


@pytest.mark.parametrize("text_column, pairs, expected", [
    (None, [], ColumnMap()),
    ("body_ru", ["title=Заголовок", "date=Дата", "url = link"], ColumnMap("body_ru", "Заголовок", "link", None,
                                                                          "Дата")),
])
def test_parse_column_options(text_column, pairs, expected):
    assert parse_column_options(text_column, pairs) == expected


@pytest.mark.parametrize("pairs, message", [
    (["author=x"], "unknown field 'author'"),
    (["title"], "FIELD=NAME"),
    (["title=a", "title=b"], "given twice"),
])
def test_parse_column_options_refuses(pairs, message):
    with pytest.raises(ValueError, match=message):
        parse_column_options(None, pairs)


@pytest.mark.parametrize("value, expected", [
    ("2023-05-17", PUBLISHED),
    ("2023-05-17T10:30:00+03:00", PUBLISHED),
    ("2023-05-17T07:30:00Z", PUBLISHED),
    ("17.05.2023", PUBLISHED),
    ("17/05/2023 10:30", PUBLISHED),
    ("17 мая 2023", PUBLISHED),
    ("17 мая 2023 г., 10:30", PUBLISHED),
    ("May 17, 2023", PUBLISHED),
    (PUBLISHED_AT, PUBLISHED),
    (PUBLISHED, PUBLISHED),
    ("17 мая", None),  # no year: no publication date
    ("вчера", None),
    ("31.02.2023", None),
    ("", None),
    (None, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected
