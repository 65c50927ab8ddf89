"""An ORG span the tagger ends on an adjective runs on over the adjectives of its case and number to the noun
they agree with: no name ends in an adjective of the genitive."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention", [
    ("В заседании Совета опорных научно-образовательных учреждений приняли участие ректоры.",
     "Совета опорных научно-образовательных учреждений"),
    ("На заседании Совета опорных научно-образовательных учреждений выступил министр.",
     "Совета опорных научно-образовательных учреждений"),
    # one adjective before the noun, as before
    ("Фонд поддержки малых городов выделил деньги.", "Фонд поддержки малых городов"),
])
def test_span_runs_to_the_noun(models, text, mention):
    assert mention in org_entity_names(text, models)
