"""The title lexicon: which words are titles, and what role each one maps to.

``resources/titles.txt`` lists title nouns (``директор``, ``губернатор``) and the
groups of words the grammar asks about (deputies, units, modifiers, ``бывший``,
``врио``, relatives …); ``resources/professions.txt`` lists occupations by field
(``хирург``, ``рэпер``, ``сержант``); ``resources/roles.csv`` maps variants to one role
(``вице-губернатор`` → ``заместитель губернатора``). A word is a title when one
of its pymorphy readings is, in the tagger's number and gender; a feminine form counts for
its masculine title (``певица`` → ``певец``), a compound for the title it is built on
(``спецпредставитель``). An animate noun of a suffix of occupations that no list names
(:meth:`TitleLexicon.occupation_lemma`) is a profession when it stands in apposition to a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..morph import UD_CASE, UD_GENDER, UD_NUMBER, Morph, fold, oc_inflect, takes_form, without_former
from ..orgs.words import read_roles
from ..resources import read_word_groups

_AGE = re.compile(r"\d+-(летн|лет)")
# the ordinals a number written in digits stands for ("1-й заместитель" → "первый заместитель")
_NUMBERED = ("первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый", "десятый")
_DIGIT_ORDINAL = re.compile(r"(\d{1,2})-?(?:й|я|е|го|му|м|ой|ую|ый|ая|ое|ого|ому|ым)")  # "1-й", "2-го", "1-ая"
_PARTICLES = ("-то", "-либо", "-нибудь", "-таки")
# feminine endings and the masculine endings they may stand for: помощница, поэтесса, кассирша,
# спортсменка, марафонка, певица, танцовщица, пловчиха, монахиня, прыгунья
_FEMININE = (("ница", ("ник", "")), ("есса", ("",)), ("ша", ("", "ь")), ("ка", ("", "ец")), ("ица", ("ец", "ик")),
             ("иха", ("", "ец")), ("иня", ("",)), ("унья", ("ун",)))
# the feminine endings a title is written with of a woman in the news, from the masculine's: журналистка, певица,
# прыгунья (not "критикесса", "врачиха", "директорша", "геологиня", nor "следовательница": those keep the masculine)
_WRITTEN_FEMININE = (("ка", ("",)), ("ица", ("ец",)), ("унья", ("ун",)), ("чица", ("чик",)))
# nouns that are never an occupation whatever their ending: names of people and places
_NOT_COMMON = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")
_GROUPS = read_word_groups("titles.txt")
# titles that do not decline ("замдиректора"): asked where no lexicon is passed as well (the parser
# may read one as the subject of "назначен")
INDECLINABLE = frozenset(_GROUPS.get("indeclinable", ()))
# heads written with a full stop ("зав. кафедрой", "зам. начальника"), asked where no lexicon is passed as well
ABBREVIATED = frozenset(_GROUPS.get("abbreviated", ()))
# nouns of kin ("сын", "вдова"), asked where no lexicon is passed as well: "назначил сына Петра Орлова …"
RELATIVES = frozenset(_GROUPS.get("relative", ()))
# heads of titles of those who serve or act upon one person ("врач", "адвокат", "помощник", "агент"): a name they
# are followed by may be whose they are
PERSONS_SERVERS = frozenset().union(*(_GROUPS.get(g, ()) for g in ("counterpart", "assisting", "serving")))
HONOURS = frozenset(_GROUPS.get("honour", ()))  # "Героя России генерал-лейтенанта X": an honour before a name
# nouns of an achievement, no post (lemmas): "чемпион", "лауреат"
DISTINCTIONS = frozenset(_GROUPS.get("distinction", ()))
# the nouns of a post itself (lemmas), and the forms a holder is written around ("занимал пост …",
# "на посту …", "в должности …")
POSTS = frozenset({"пост", "должность"})
POST_FORMS = POSTS | {"посту", "должности"}
# the nouns (lemmas) of a post, of its seat and of its powers: what a post is named again by (``это кресло
# занял …``), what goes over from one holder to the next (``кресло мэра досталось …``, ``полномочия главы района
# переданы …``), what two titles of one post follow (``на посту заместителя губернатора — министра финансов``);
# ask ``morph.lemma(word) in SEATS``
SEATS = POSTS | {"кресло", "полномочие"}
# the words a post is named by after a verb or a preposition (lemmas): its seats and the nouns of a place held
# ("занимал кресло вице-премьера", "на месте директора", "в качестве советника", "ушёл с позиции главы"); not
# its powers, which are their holder's only when laid down (``predicates._powers_laid_down``: "расширил
# полномочия губернатора" gives the subject no post)
POST_WORDS = (SEATS - {"полномочие"}) | {"позиция", "место", "качество"}
# nouns of an appointment, whose object is the one appointed ("до назначения X", "об избрании X председателем")
APPOINTMENT_NOUNS = frozenset({"назначение", "избрание", "утверждение", "переназначение", "переизбрание"})
# heads that name one who heads what they govern: their role comes from it ("глава минздрава" is a minister's,
# "руководитель департамента" a post of its own)
CHIEFS = frozenset({"глава", "руководитель", "начальник", "председатель", "заведующий", "управляющий", "командующий"})
# words that put what a clause says before the time the text speaks of ("Ранее ведомством руководил Орлов")
EARLIER = frozenset({"ранее", "прежде", "раньше"})
# words that open a clause turning to another person than the one the sentence before spoke of: a reply, one's own
# part, what goes on meanwhile or against it ("В свою очередь, министр …", "Тем временем глава …"); the phrases
# as written, in lower case
TURNS = frozenset({"в ответ", "в свою очередь", "со своей стороны", "с другой стороны", "тем временем", "между тем",
                   "вместе с тем", "в то же время", "однако"})


def is_relative(word: str, morph: Morph) -> bool:
    """``дочь``, ``жена``, ``вдова`` …: a person named by a relation to someone, whose titles they are not."""
    return bool(morph.forms(word) & RELATIVES)


def _gender_fits(tag, gender: str, animate: bool) -> bool:
    """Whether a reading's gender allows the tagger's: the same, common (``ms-f``), or a masculine noun of a
    person the tagger reads as a woman (``о хирурге Анне …``: a feminine animate noun by its agreement)."""
    return tag.gender in (None, gender) or "ms-f" in tag \
        or animate and gender == "femn" and tag.gender == "masc" and "anim" in tag


class TitleLexicon:
    """The title lexicon and role map (``resources/titles.txt``, ``resources/roles.csv``)."""

    def __init__(self, morph: Morph):
        # a title question is asked of every word of every document: answer each reading once
        self._lemma_of = lru_cache(maxsize=100_000)(self._find_lemma)
        self.morph = morph
        groups = read_word_groups("titles.txt")
        fields = read_word_groups("professions.txt")
        self.ambiguous = frozenset(fields.pop("ambiguous", ()))
        self.not_occupations = frozenset(fields.pop("not", ()))
        self.agentive = tuple(sorted(fields.pop("agentive", ()), key=len, reverse=True))
        self.professions = frozenset().union(*fields.values()) | self.ambiguous
        self.military = frozenset(fields.get("military", ()))  # ranks and arms: "полковник", "десантник"
        self.posts = frozenset(groups.get("title", ()))
        self.titles = self.posts | self.professions
        self.deputies = frozenset(groups.get("deputy", ()))
        self.units = frozenset(groups.get("unit", ()))
        self.agency_adjectives = frozenset(groups.get("agency", ()))
        self.modifiers = frozenset(groups.get("modifier", ()))
        self.former = frozenset(groups.get("former", ()))
        self.acting = frozenset(groups.get("acting", ()))
        self.instrumental = frozenset(groups.get("instrumental", ()))
        self.abbreviated = ABBREVIATED
        self.indeclinable = INDECLINABLE
        self.candidates = frozenset(groups.get("candidate", ()))
        self.nominations = frozenset(groups.get("nomination", ()))
        self.post_making = frozenset(groups.get("post_making", ()))
        self.relatives = RELATIVES
        self.spouses = frozenset(groups.get("spouse", ()))
        self.regional_bodies = frozenset(groups.get("regional_body", ()))
        self.offices = frozenset(groups.get("office", ()))
        self.honorary = frozenset(groups.get("honorary", ()))  # "народный": a capital inside a sentence, no name
        self.deputized = frozenset(groups.get("deputized", ()))  # "прокурор", "ректор": occupations with deputies
        self.vague = frozenset(groups.get("vague", ()))
        self.counterparts = frozenset(groups.get("counterpart", ()))  # "судья", "врач": acts upon another
        self.serving = frozenset(groups.get("serving", ()))  # "представитель партии", "член движения"
        self.holder_offices = frozenset(groups.get("holder_office", ()))
        self.ordinals = frozenset(groups.get("ordinal", ()))
        self.ranked = frozenset(groups.get("ranked", ()))
        self.visits = frozenset(groups.get("visit", ()))
        self.causes = frozenset(groups.get("cause", ()))
        self.degrees = frozenset(groups.get("degree", ()))
        self.lineage = frozenset(groups.get("lineage", ()))
        self.shows = frozenset(groups.get("show", ()))
        self.postposed = frozenset(groups.get("postposed", ()))
        self.kin = frozenset(groups.get("kin", ()))
        academic_ranks = frozenset(groups.get("academic_rank", ()))  # "профессор": a scholar's rank
        self.clergy_ranks = frozenset(groups.get("clergy_rank", ()))  # "митрополит": a rank, as a military one
        # ranks one holds as a person, a scholar's, a cleric's or a soldier's ("профессор", "полковник")
        self.personal_ranks = academic_ranks | self.clergy_ranks | self.military
        self.assisting = frozenset(groups.get("assisting", ()))  # "помощник профессора": the rank is whom one assists
        self.authorship = frozenset(groups.get("authorship", ()))
        self.statuses = frozenset(groups.get("status", ()))  # "свободный агент": a standing, no post
        self.praised_skills = frozenset(groups.get("praised_skill", ()))  # "опытный руководитель": no post
        self.praise = frozenset(groups.get("praise", ()))
        self.ownership = frozenset(groups.get("ownership", ()))
        # heads of titles of others than the one a story is about (:mod:`.protagonist`): one who acts upon
        # them, a relative, one who serves a body or is only said to work, an author or a founder
        self.others = self.counterparts | self.relatives | self.serving | self.vague | self.authorship \
            | self.ownership
        self.former_adverbs = frozenset(groups.get("former_adverb", ()))
        self.qualifiers = frozenset(groups.get("qualifier", ()))
        self.regional = frozenset(groups.get("regional", ()))
        self.national = frozenset(groups.get("national", ()))
        self.corporate = frozenset(groups.get("corporate", ()))
        self.state_words = frozenset(groups.get("state", ()))
        self.idioms = _read_idioms(groups.get("idiom", ()))  # "глава" after "во": "во главе с …"
        self.compound_prefixes = tuple(sorted(groups.get("compound", ()), key=len, reverse=True))
        self.roles = dict(read_roles())  # "вице-губернатор" → "заместитель губернатора"

    def title_lemma(self, word: str, feats: dict | None = None) -> str | None:
        """The lexicon lemma ``word`` is a form of, or ``None``.

        With the tagger's ``feats``, readings that contradict its number or gender are
        ignored (``политики`` in ``региональной политики`` is not a plural of ``политик``).
        Feminine forms count for their title (``шахматистка`` → ``шахматист``), and a
        hyphenated word for the title it is built on (``интернет-журналист``,
        ``проповедник-евангелист``).
        """
        folded = without_former(fold(word))
        for particle in _PARTICLES:
            if folded.endswith(particle):
                folded = folded[: -len(particle)]
        feats = self._possible(folded, feats or {})
        lemma = self._lemma(folded, feats)
        if lemma is not None or "-" not in folded:
            return lemma
        parts = [part for part in folded.split("-") if len(part) > 2]
        number_only = {k: v for k, v in feats.items() if k == "Number"}
        for part in parts[-1:] + parts[:1]:
            lemma = self._lemma(part, number_only)
            if lemma is not None:
                return lemma
        return None

    def _possible(self, folded: str, feats: dict) -> dict:
        """The tagger's features of a word, without its number and gender when the dictionary has no reading of
        the word in the tagger's case and number (``гиду`` read as a dative plural, ``пресс-секретарём`` as an
        instrumental plural, ``Председателя`` as a nominative plural): a form the word cannot take; without its
        gender when no noun reading of the word has it (``полпреде`` read as a neuter)."""
        case, number = UD_CASE.get(feats.get("Case", "")), UD_NUMBER.get(feats.get("Number", ""))
        parses = self.morph.parses(folded) if case is not None and number is not None else ()
        if parses and not takes_form(parses, number, case):
            return {k: v for k, v in feats.items() if k not in ("Number", "Gender")}
        gender = UD_GENDER.get(feats.get("Gender", ""))
        nouns = [p for p in self.morph.parses(folded) if p.tag.POS == "NOUN"] if gender is not None else ()
        if nouns and not any(p.tag.gender in (gender, None) or "ms-f" in p.tag for p in nouns):
            return {k: v for k, v in feats.items() if k != "Gender"}  # "о полпреде" read as a neuter
        return feats

    def _lemma(self, folded: str, feats: dict) -> str | None:
        return self._lemma_of(folded, UD_NUMBER.get(feats.get("Number", "")), UD_GENDER.get(feats.get("Gender", "")),
                              feats.get("Animacy") == "Anim")

    def _find_lemma(self, folded: str, number: str | None, gender: str | None, animate: bool = False) -> str | None:
        if folded in self.titles:
            return folded
        for parse in self.morph.parses(folded):
            lemma = self.parse_lemma(parse)
            if lemma is None:
                continue
            if number and parse.tag.number and parse.tag.number != number:
                continue
            if gender and number == "sing" and not _gender_fits(parse.tag, gender, animate):
                continue
            return lemma
        return None

    def parse_lemma(self, parse) -> str | None:
        """The title a pymorphy reading is a form of: a noun, its feminine, or a noun-like participle."""
        pos = parse.tag.POS
        if pos == "NOUN":
            lemma = fold(parse.normal_form)
            if lemma in self.titles:
                return lemma
            return self._masculine(lemma) or self._compound(lemma)
        if pos in ("ADJF", "PRTF"):  # "управляющим", "заведующего", "учёного"
            form = oc_inflect(parse, {"nomn", "sing", "masc"})
            lemma = fold(form.word) if form is not None else None
            return lemma if lemma in self.titles else None
        return None

    def _masculine(self, lemma: str) -> str | None:
        """``шахматистка`` → ``шахматист``, ``помощница`` → ``помощник``, when the lexicon has it."""
        for suffix, replacements in _FEMININE:
            if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 3:
                for replacement in replacements:
                    candidate = lemma[: -len(suffix)] + replacement
                    if candidate in self.titles:
                        return candidate
        return None

    def feminine_of(self, lemma: str) -> str | None:
        """``артист`` → ``артистка``, ``актёр`` → ``актриса``: the feminine noun of a profession, one whose role
        the lexicon gives as ``lemma`` or one of the written endings the dictionary knows only as a woman's
        (:meth:`_masculine` the other way); None for a post, which keeps its form for a woman (``директор``), a
        military rank, and where the feminine is not written in the news or is another word (``врачиха``,
        ``следовательница``, ``пилотка``): the masculine stands for both."""
        if lemma not in self.professions or lemma in self.military:
            return None
        listed = next((word for word, role in self.roles.items() if role == lemma and word in self.professions
                       and self.morph.has_gram(word, "femn")), None)
        if listed is not None:
            return listed  # "актриса" for "актер"
        for suffix, replacements in _WRITTEN_FEMININE:
            for replacement in replacements:
                if lemma.endswith(replacement) and len(lemma) - len(replacement) >= 3:
                    candidate = lemma[: len(lemma) - len(replacement)] + suffix
                    parses = self.morph.parses(candidate) if self.morph.is_known(candidate) else []
                    if parses and all({"NOUN", "anim", "femn"} <= set(p.tag.grammemes) and "Name" not in p.tag
                                      for p in parses) and self._masculine(candidate) == lemma:
                        return candidate
        return None

    def _compound(self, lemma: str) -> str | None:
        """``спецпредставитель``, ``замгенпрокурора``, ``сорежиссёр``: a prefix and a title make a title
        (the compound itself is the lemma)."""
        for prefix in self.compound_prefixes:
            rest = lemma[len(prefix):]
            if lemma.startswith(prefix) and len(rest) > 3 and (rest in self.titles or self._lemma_of(rest, None, None)):
                return lemma
        return None

    def occupation_lemma(self, word: str) -> str | None:
        """The lemma of an animate common noun with a suffix of occupations that no list names
        (``рэпера`` → ``рэпер`` if the dictionary lacked it); ``None`` for the rest, for titles already
        listed and for nouns that name no occupation (``пенсионер``, ``террорист``, ``житель``)."""
        if not word[:1].islower():
            return None
        for parse in self.morph.parses(fold(word)):
            tag = parse.tag
            if tag.POS != "NOUN" or "anim" not in tag or any(gram in tag for gram in _NOT_COMMON):
                continue
            lemma = fold(parse.normal_form)
            if lemma in self.titles or lemma in self.not_occupations or self._masculine(lemma) is not None:
                return None
            if lemma.endswith(self.agentive) and len(lemma) > 4:
                return lemma
        return None

    def head_lemma(self, word: str) -> str:
        """The lemma a title's head is read as: its title, its occupation, or the word itself."""
        return self.title_lemma(word) or self.occupation_lemma(word) or fold(word)

    def is_relative(self, word: str) -> bool:
        """``дочь``, ``жена``, ``вдова`` …: a person named by a relation to someone (:func:`is_relative`)."""
        return is_relative(word, self.morph)

    def spouse_gender(self, word: str) -> str | None:
        """``femn`` for ``вдова``, ``жена``; ``masc`` for ``муж``, ``вдовец``; None for a word that names no spouse."""
        for parse in self.morph.parses(fold(word)):
            if parse.normal_form in self.spouses:
                return parse.tag.gender
        return None

    def is_postposed(self, word: str) -> bool:
        """An adjective that follows the head in a title's name (``папа римский``)."""
        return bool(self.morph.forms(word) & self.postposed)

    def is_unit(self, word: str) -> bool:
        return bool(self.morph.forms(word) & self.units)

    def ordinal_lemma(self, word: str) -> str | None:
        """The ordinal a word is, in the masculine nominative: ``первого`` and ``1-й`` → ``первый``; ``None``
        for other words and for numbers past the group's."""
        digits = _DIGIT_ORDINAL.fullmatch(word)
        if digits is not None:
            number = int(digits.group(1))
            return _NUMBERED[number - 1] if 0 < number <= len(_NUMBERED) else None
        lemma = self.morph.lemma(word)
        return lemma if lemma in self.ordinals else None

    def is_honorary(self, word: str) -> bool:
        """A word of the ``honorary`` group in any case (``Народного``, ``Заслуженному``: pymorphy's lemma of a
        participle is its verb)."""
        word = fold(word)
        nominative = self.morph.inflect(word, {"nomn", "sing", "masc"}, prefer={"POS": {"ADJF", "PRTF"}})
        return bool(self.morph.forms(word) & self.honorary) \
            or nominative is not None and fold(nominative) in self.honorary

    def is_modifier(self, word: str) -> bool:
        """A word of the ``modifier`` group, a participle's oblique case too (``управляющим``: pymorphy's lemma
        of a participle is its verb), with ``экс-`` before it too (``экс-генеральный``)."""
        word = without_former(fold(word))
        if self.morph.forms(word) & self.modifiers:
            return True
        if not self.morph.has_gram(word, "PRTF"):
            return False
        nominative = self.morph.inflect(word, {"nomn", "sing", "masc"}, prefer={"POS": "PRTF"})
        return nominative is not None and fold(nominative) in self.modifiers

    def is_qualifier(self, word: str) -> bool:
        """A word that describes a holder, not the post: ``известный`` (the ``qualifier`` group), an age
        in digits (``45-летний``) or in words (``пятидесятилетний``: any ``…летний`` but ``летний``
        itself, the summer's)."""
        return self.is_age(word) or bool(self.morph.forms(word) & self.qualifiers)

    def is_age(self, word: str) -> bool:
        """An age in digits (``45-летний``) or in words (``пятидесятилетний``: any ``…летний`` but ``летний``
        itself, the summer's)."""
        return bool(_AGE.match(fold(word))) \
            or any(form.endswith("летний") and form != "летний" for form in self.morph.forms(word))

    def is_former(self, word: str) -> bool:
        return bool(self.morph.forms(word) & self.former)

    def map_role(self, word: str) -> str:
        return self.roles.get(fold(word), word)


def _read_idioms(entries) -> dict[str, frozenset[str]]:
    """The ``idiom`` group's entries ``word+title`` (``во+глава``) as ``{title: the words before it}``."""
    idioms: dict[str, set[str]] = {}
    for entry in entries:
        before, _, title = entry.partition("+")
        idioms.setdefault(title, set()).add(before)
    return {title: frozenset(words) for title, words in idioms.items()}
