"""Stage 5a: people's names in the nominative, split into first, middle and last.

Each word of a PER span is classified with pymorphy's name grammemes (``Name``,
``Patr``, ``Surn``), initials and position, and put in the nominative with the
gender of the first name (``Алины Орловой`` → ``Алина Орлова``). One job a module:

- :mod:`.name` — the :class:`Name` record (first, middle, last) and initials;
- :mod:`.parse` — a PER span's words classified (first name, patronymic, surname,
  initial), their case and gender, and the :class:`Name` they make (:func:`parse_name`);
  ``Фамилия Имя`` and ``И. О. Фамилия`` orders;
- :mod:`.words` — patronymics, forms of address, words that name a family, credit lines,
  spans that cannot be a person;
- :mod:`.nominative` — one word of a name in the nominative; indeclinable surnames
  (``Петренко``, ``Седых``) stay as written;
- :mod:`.generation` — the word after a hyphen that tells a father from his son (``Буш-младший``);
- :mod:`.endings` — surnames told by their endings alone (the regular families, the first declension);
- :mod:`.cases` — the case a surname shows by pymorphy's readings or its ending, over the tagger's;
- :mod:`.firsts` — first names whose case or gender pymorphy's readings mislead (``Аны``, ``Амели``,
  ``Кьяре`` in the dative);
- :mod:`.family` — a family named by its surname in the plural;
- :mod:`.eastasia` — names of China, Korea and Vietnam, family name first;
- :mod:`.turkic` — a patronymic of two words, the father's name and ``оглы`` or ``кызы``;
- :mod:`.withheld` — a first name and the initial of a surname withheld (``Ахмеду Т.``).
"""

from .eastasia import (
    east_asian_surname,
    is_east_asian,
    is_east_asian_nominative,
    is_given_syllable,
    is_russian_surname,
)
from .endings import first_declension_surname, is_mans_nominative, is_nominative_only, read_mans_stem, regular_surname
from .family import dative_family, family_member, family_plural, nominative_family
from .first_endings import masculine_nominative
from .firsts import mans_misread, womans_undeclined
from .name import REGNAL, Name, is_initial
from .nominative import PARTICLES, part_nominative
from .parse import parse_name, split_name_words, surname_readings
from .patronymics import patronymic_after_surname, patronymic_readings
from .shown import WOMANS_NOMINATIVE, agrees_with_first_name, japanese_sounds
from .turkic import turkic_particle
from .words import (
    first_name_grammemes,
    first_name_readings,
    is_credit_line,
    is_honorific,
    is_kin,
    is_occupation,
    is_patronymic,
    known_first_name,
    looks_like_person,
    name_words,
    names_family,
    oblique_first_name,
)

__all__ = [
    "REGNAL",
    "PARTICLES",
    "WOMANS_NOMINATIVE",
    "Name",
    "east_asian_surname",
    "is_east_asian_nominative",
    "dative_family",
    "family_member",
    "family_plural",
    "first_declension_surname",
    "is_credit_line",
    "is_east_asian",
    "is_given_syllable",
    "is_honorific",
    "is_initial",
    "is_mans_nominative",
    "is_nominative_only",
    "japanese_sounds",
    "is_kin",
    "is_occupation",
    "is_patronymic",
    "is_russian_surname",
    "agrees_with_first_name",
    "first_name_grammemes",
    "first_name_readings",
    "oblique_first_name",
    "known_first_name",
    "looks_like_person",
    "masculine_nominative",
    "nominative_family",
    "name_words",
    "names_family",
    "parse_name",
    "patronymic_after_surname",
    "patronymic_readings",
    "read_mans_stem",
    "regular_surname",
    "split_name_words",
    "part_nominative",
    "surname_readings",
    "turkic_particle",
    "mans_misread",
    "womans_undeclined",
]
