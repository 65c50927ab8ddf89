"""A title's nominative and its role, on analyses built by hand."""

from __future__ import annotations

import pytest

from nerpipe.titles.grammar import find_titles
from nerpipe.titles.normalize import nominative_title, normalize_title, title_role
from nerpipe.titles.trimming import trim_title

from .hand import tagged


@pytest.fixture(scope="module")
def lexicon(models):
    return models.titles


@pytest.mark.parametrize("tokens, spans, position, role", [
    # the head and its adjectives in the nominative, the dependents as written
    ([("заместителем", "NOUN Ins Sing Masc"), ("мэра", "NOUN Gen Sing Masc"), ("по", "ADP"),
      ("транспорту", "NOUN Dat Sing Masc")], [], "заместитель мэра по транспорту", "заместитель мэра"),
    ([("генерального", "ADJ Gen Sing Masc"), ("директора", "NOUN Gen Sing Masc"), ("компании", "NOUN Gen Sing Fem"),
      ("«", "PUNCT"), ("Вектор", "PROPN Nom Sing Masc"), ("»", "PUNCT")], [(2, 5, "ORG")],
     "генеральный директор компании «Вектор»", "генеральный директор"),
    # a variant maps to its role; a deputy keeps the title he deputizes for; a unit stays with its head
    ([("вице-губернатору", "NOUN Dat Sing Masc"), ("края", "NOUN Gen Sing Masc")], [],
     "вице-губернатор края", "заместитель губернатора"),
    ([("заместителя", "NOUN Gen Sing Masc"), ("директора", "NOUN Gen Sing Masc"), ("школы", "NOUN Gen Sing Fem")], [],
     "заместитель директора школы", "заместитель директора"),
    ([("директора", "NOUN Gen Sing Masc"), ("департамента", "NOUN Gen Sing Masc"),
      ("образования", "NOUN Gen Sing Neut")], [], "директор департамента образования", "директор департамента"),
    ([("зав", "NOUN"), (".", "PUNCT"), ("кафедрой", "NOUN Ins Sing Fem"), ("химии", "NOUN Gen Sing Fem")], [],
     "зав. кафедрой химии", "заведующий кафедрой"),
    # acting titles
    ([("исполняющего", "VERB Gen Sing Masc Part"), ("обязанности", "NOUN Acc Plur Fem"),
      ("губернатора", "NOUN Gen Sing Masc")], [], "исполняющий обязанности губернатора",
     "исполняющий обязанности губернатора"),
    ([("встретил", "VERB"), ("и", "CCONJ"), (".", "PUNCT"), ("о", "NOUN"), (".", "PUNCT"),
      ("губернатора", "NOUN Gen Sing Masc")], [], "и. о. губернатора", "исполняющий обязанности губернатора"),
    # a capital at the start of a sentence is not kept; an indeclinable compound stays as it is
    ([("Президентом", "NOUN Ins Sing Masc"), ("федерации", "NOUN Gen Sing Fem")], [],
     "президент федерации", "президент"),
    ([("бывшим", "ADJ Ins Sing Masc"), ("замминистра", "NOUN Ins Sing Masc"), ("финансов", "NOUN Gen Plur Masc")], [],
     "бывший замминистра финансов", "заместитель министра"),
    # the head is read as the title it is; a feminine title keeps its form, its role is the title's
    ([("политику", "NOUN Dat Sing Masc")], [], "политик", "политик"),
    ([("шахматистке", "NOUN Dat Sing Fem")], [], "шахматистка", "шахматист"),
    # words that describe the holder, not the post, are left out: praise, an age
    ([("Известного", "ADJ Gen Sing Masc"), ("журналиста", "NOUN Gen Sing Masc")], [], "журналист", "журналист"),
    ([("87-летнего", "ADJ Gen Sing Masc"), ("политика", "NOUN Gen Sing Masc")], [], "политик", "политик"),
    # the writer's "е" stays where the dictionary has "ё"
    ([("актера", "NOUN Gen Sing Masc"), ("театра", "NOUN Gen Sing Masc")], [], "актер театра", "актер"),
    # a noun of common gender: the adjective's gender as the tagger reads it, never the neuter
    ([("прежнего", "ADJ Gen Sing Masc"), ("главы", "NOUN Gen Sing Masc"), ("района", "NOUN Gen Sing Masc")], [],
     "прежний глава района", "глава"),
    ([("прежней", "ADJ Gen Sing Fem"), ("главы", "NOUN Gen Sing Masc"), ("района", "NOUN Gen Sing Masc")], [],
     "прежняя глава района", "глава"),
    ([("главного", "ADJ Gen Sing Masc"), ("судьи", "NOUN Gen Sing Masc")], [], "главный судья", "главный судья"),
])
def test_position_and_role(lexicon, tokens, spans, position, role):
    analysis = tagged(*tokens, spans=spans)
    [title] = [trim_title(analysis, t) for t in find_titles(analysis, list(analysis.spans), lexicon)]
    assert (normalize_title(analysis, title, lexicon), title_role(analysis, title, lexicon)) == (position, role)


def test_both_halves_of_a_spaced_dash_are_titles(lexicon):
    analysis = tagged(("президента", "NOUN Gen Sing Masc"), ("-", "PUNCT"), ("демократа", "NOUN Gen Sing Masc"))
    assert nominative_title([t.word() for t in analysis.tokens], lexicon) == "президент - демократ"
