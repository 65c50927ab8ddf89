"""PER spans: a Latin name in brackets split off, a name cut at a line break, two names written
side by side told apart (:mod:`.shape`), one-word spans recast (:mod:`.recast`); parts of one name
joined (:mod:`.grow`); names natasha left untagged found (:mod:`.found`, the people a body is named after
:mod:`.honoured`, names in capitals :mod:`.capitals`, two words the subject of a verb :mod:`.subject`, Latin
spellings :mod:`.latin`); the words a name is made of told (:mod:`.words`)."""

from .characters import drop_played_characters
from .found import find_known_surnames, find_untagged_people
from .grow import (
    extend_by_leading_surname,
    extend_by_particle,
    extend_by_trailing_surname,
    extend_east_asian_names,
    merge_adjacent_people,
)
from .honoured import find_honoured_people
from .kinds import drop_quoted_names, recast_named_lists
from .latin import find_latin_spellings, find_stage_names
from .recast import recast_bracketed_spellings, recast_single_words
from .shape import (
    name_after_honorific,
    split_latin_name,
    split_person,
    without_honorifics,
)
from .words import is_foreign_name, is_lone_surname, is_person_name

__all__ = [
    "drop_played_characters",
    "extend_by_leading_surname",
    "extend_by_particle",
    "extend_by_trailing_surname",
    "extend_east_asian_names",
    "find_honoured_people",
    "find_known_surnames",
    "find_latin_spellings",
    "find_stage_names",
    "find_untagged_people",
    "is_foreign_name",
    "is_lone_surname",
    "is_person_name",
    "merge_adjacent_people",
    "name_after_honorific",
    "recast_bracketed_spellings",
    "drop_quoted_names",
    "recast_named_lists",
    "recast_single_words",
    "split_latin_name",
    "split_person",
    "without_honorifics",
]
