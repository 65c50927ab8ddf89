"""Places and bodies of round 56's fresh pages, by mechanism: a state's body named by its noun alone in a text
that names no place of Russia is the foreign country's the text names most, or first."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, surface, expected", [
    # two countries named as often: the first one's
    ("В среду сейм Латвии утвердил правительство во главе с лидером партии, американским латышом Янисом Краузе "
     "из штата Огайо, приехавшим в Ригу в 1994 году. В кабмин не вошли две партии.", "правительство",
     "Правительство Латвии"),
    ("В среду сейм Латвии утвердил правительство во главе с лидером партии, американским латышом Янисом Краузе "
     "из штата Огайо, приехавшим в Ригу в 1994 году. В кабмин не вошли две партии.", "кабмин",
     "Правительство Латвии"),
])
def test_a_body_by_its_noun_in_a_text_naming_no_place_of_russia(models, text, surface, expected):
    assert org_entity_names(text, models)[surface] == expected


def test_a_body_by_its_noun_in_a_text_naming_russia_is_not_the_foreign_countrys(models):
    text = ("В среду премьер Латвии Янис Краузе прибыл в Россию. Правительство одобрило визит главы кабмина "
            "Латвии в Россию.")
    assert org_entity_names(text, models)["Правительство"] != "Правительство Латвии"
