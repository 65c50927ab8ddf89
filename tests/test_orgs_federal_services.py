"""A federal service or agency named by its remit alone, without ``федеральный`` (``Антимонопольная служба``): the
dictionary's body, one with its abbreviation; a regional body of its own stays."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    ("Антимонопольная служба оштрафовала компанию «Кедр».", "Антимонопольная служба",
     "Федеральная антимонопольная служба"),
    ("ФАС возбудила дело. Антимонопольная служба оштрафовала компанию «Кедр».", "ФАС",
     "Федеральная антимонопольная служба"),
    # a body named with a region's adjective is no federal one
    ("Заречная антимонопольная служба оштрафовала компанию «Кедр».", "Заречная антимонопольная служба",
     "Заречная антимонопольная служба"),
])
def test_federal_service_named_by_its_remit(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


def test_remit_and_abbreviation_one_body(models):
    result = analyze("ФАС возбудила дело. Антимонопольная служба оштрафовала компанию «Кедр».", models)
    ids = {m.text: m.entity_id for m in result.mentions if m.type == "ORG"}
    assert ids["ФАС"] == ids["Антимонопольная служба"]
