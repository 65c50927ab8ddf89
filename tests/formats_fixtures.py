"""Input files of every format, written with the libraries that read them (no binary fixture is stored)."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

ARTICLE = (
    "Губернатор Энской области Иван Петров открыл форум молодых инженеров в Энске. "
    "Более двухсот участников из двенадцати регионов обсудили подготовку кадров для промышленности.\n"
    "Министр промышленности региона рассказал о новых мерах поддержки технопарков и кластеров. "
    "Следующий форум пройдет в соседнем регионе через год."
)
HEADLINE = "В Энске прошел форум молодых инженеров"


def html_page(title=HEADLINE, body=ARTICLE, *, site="Вести Энска", published="2023-05-17",
              canonical="https://vesti-ensk.example/news/forum", charset="utf-8", h1=True) -> str:
    """A news page with navigation, an ad, comments and a footer around the article."""
    meta = [f'<meta charset="{charset}">', f"<title>{title} — {site}</title>"]
    if site:
        meta.append(f'<meta property="og:site_name" content="{site}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}T10:30:00+03:00">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body.split("\n"))
    heading = f"<h1>{title}</h1>" if h1 else ""
    return f"""<!DOCTYPE html>
<html lang="ru"><head>{''.join(meta)}</head><body>
<nav><ul><li><a href="/">Главная</a></li><li><a href="/news">Новости</a></li>
<li><a href="/sport">Спорт</a></li></ul></nav>
<div class="advert">Реклама. Купите новый холодильник со скидкой!</div>
<main><article>{heading}
{paragraphs}
</article></main>
<section class="comments"><h3>Комментарии</h3>
<div class="comment"><p>Читатель: отличный форум, жаль меня там не было.</p></div></section>
<footer><p>© {site}, 2023. Все права защищены. Перепечатка запрещена.</p></footer>
</body></html>"""


def docx_bytes(paragraphs, title=None, table=None) -> bytes:
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _font_path() -> str:
    """A TrueType font with Cyrillic letters: the DejaVu Sans that matplotlib ships."""
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


def pdf_bytes(lines, title=None) -> bytes:
    """A PDF with a text layer, one line of text per entry (fpdf2)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=_font_path())
    pdf.set_font("DejaVu", size=11)
    if title:
        pdf.set_title(title)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def blank_pdf_bytes(pages=2) -> bytes:
    """A PDF of pages without text (what a scan without OCR looks like to a text extractor)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted_pdf_bytes(user_password: str, owner_password="owner-secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(["Закрытый документ о форуме в Энске."]))))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def xlsx_bytes(sheets: dict[str, list[list]]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def parquet_file(path: Path, columns: dict[str, list], types: dict | None = None) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = types or {}
    arrays = {name: pa.array(values, type=types.get(name)) for name, values in columns.items()}
    pq.write_table(pa.table(arrays), path, row_group_size=max(1, len(next(iter(columns.values()))) // 3))
    return path


def warc_bytes(records, gzip=True) -> bytes:
    """A web archive: ``records`` are ``(uri, status, content_type, body)`` responses, plus a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for uri, status, content_type, body in records:
        request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                            http_headers=StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "x")],
                                                                          is_http_request=True))
        writer.write_record(request)
        headers = StatusAndHeaders(f"{status} X", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buffer.getvalue()


PUBLISHED = date(2023, 5, 17)
PUBLISHED_AT = datetime(2023, 5, 17, 10, 30)
