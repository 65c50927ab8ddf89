"""A quoted word that is only a finite verb (``«Подтверждаем», — заявили …``) is words someone said, no
organization however natasha tagged it; a quoted name stays."""

from __future__ import annotations

import pytest

from .conftest import org_texts


@pytest.mark.parametrize("text, absent", [
    ("Министр находился в городе. «Подтверждаем», — заявили в пресс-службе Минпромторга.", "Подтверждаем"),
    ("Петр Кедров был в городе. «Подтверждаем», — заявили в пресс-службе компании «Кедр».", "Подтверждаем"),
])
def test_quoted_verb_is_no_organization(models, text, absent):
    assert absent not in org_texts(text, models)


@pytest.mark.parametrize("text, kept", [
    ("Акции компании «Кедр» выросли.", "компании «Кедр»"),
])
def test_quoted_name_stays(models, text, kept):
    assert kept in org_texts(text, models)
