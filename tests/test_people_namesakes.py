"""A surname alone beside two namesakes of the document (invented names): the one named in full last
before it, in a sentence of its own; apart from both when they are named together or only after it."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _mentions(result) -> set[tuple[str, tuple[str, ...]]]:
    names = {p.person_id: p.name for p in result.persons}
    out: dict[str, list[str]] = {}
    for mention in sorted(result.mentions, key=lambda m: m.start):
        if mention.type == "PER":
            out.setdefault(mention.entity_id, []).append(mention.text)
    return {(names[pid], tuple(texts)) for pid, texts in out.items()}


@pytest.mark.parametrize("text, expected", [
    ("Покушение совершено на квартире Тимура Вадеева. Как рассказывает сам Вадеев, он знал о нём. "
     "Его брат Аслан Вадеев погиб год назад.",
     {("Тимур Вадеев", ("Тимура Вадеева", "Вадеев")), ("Аслан Вадеев", ("Аслан Вадеев",))}),
    ("Сыновья Рустама Галеева работают в банке. Кроме того, внучка Галеева вошла в совет директоров, "
     "которым руководит Ильдар Галеев.",
     {("Рустам Галеев", ("Рустама Галеева", "Галеева")), ("Ильдар Галеев", ("Ильдар Галеев",))}),
    # named last in one sentence with the other, not beside it
    ("«Мы продолжим дело Аслана Вадеева», — заявил Тимур Вадеев. Пресс-служба Вадеева сообщила о визите.",
     {("Аслан Вадеев", ("Аслана Вадеева",)), ("Тимур Вадеев", ("Тимур Вадеев", "Вадеева"))}),
    # named together: no telling which
    ("Тимур Вадеев и Аслан Вадеев открыли кафе. Вадеев сказал, что кафе окупится.",
     {("Тимур Вадеев", ("Тимур Вадеев",)), ("Аслан Вадеев", ("Аслан Вадеев",)), ("Вадеев", ("Вадеев",))}),
    # named only after it: no telling which
    ("Вадеев заявил о победе. Тимур Вадеев и его брат Аслан Вадеев приехали в город.",
     {("Тимур Вадеев", ("Тимур Вадеев",)), ("Аслан Вадеев", ("Аслан Вадеев",)), ("Вадеев", ("Вадеев",))}),
])
def test_surname_of_namesakes(models, text, expected):
    assert _mentions(analyze(text, models)) == expected
