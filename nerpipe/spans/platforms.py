"""ORG spans of online platforms named as the place where people write, not as companies.

A social network, a messenger or a marketplace is an organization when it acts or employs
(``Фейсбук удалил аккаунт``, ``на работу в Фейсбук``), but where a text says where something was
written, bought or followed (``опубликовал в Телеграме``, ``купил на маркетплейсе Озон``,
``подписчиков в Инстаграме``, ``пользователь ЖЖ``) it names a medium, no organization.
"""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import ORG, Span

# names of online platforms, Latin as written, Cyrillic by lemma
PLATFORMS = frozenset({
    "facebook", "twitter", "instagram", "telegram", "youtube", "tiktok", "wechat", "weibo", "whatsapp", "viber",
    "vkontakte", "livejournal", "ebay", "linkedin", "snapchat", "reddit", "threads",
    "фейсбук", "твиттер", "инстаграм", "инстаграмм", "телеграм", "телеграмм", "ютуб", "тикток", "вконтакте",
    "вайбер", "ватсап", "вотсап", "вичат", "вэйбо", "вейбо", "жж",
})
# prepositions of the place where one writes (``в Телеграме``, ``на Ютубе``)
_WHERE = frozenset({"в", "во", "на"})
# nouns of those who write or what is written on a platform (``пользователь ЖЖ``, ``страница в …``)
_USERS = frozenset({"пользователь", "подписчик", "аккаунт", "страница", "блог", "блогер", "канал", "паблик"})
# words of working or moving to a company: after them ``в`` names the employer (``на работу в Фейсбук``)
_EMPLOYERS = frozenset({"работа", "работать", "устроиться", "перейти", "прийти", "вернуться", "нанять"})


def drop_platform_places(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` without the ORG spans of one platform's name where it is the place of writing (see
    the module)."""
    return [span for span in spans if not (span.type == ORG and _platform_place(analysis, span, morph))]


def _platform_place(analysis: Analysis, span: Span, morph: Morph) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) == 1 and _platform_medium(tokens[0].text, morph):
        return True  # ``Telegram-канал`` before the channel's name: the kind of medium, the name is the body
    if len(tokens) != 1 or not _platform(tokens[0].text, morph):
        return False
    index = tokens[0].index
    before = analysis.tokens[index - 1] if index > 0 else None
    if before is None or before.sent != tokens[0].sent:
        return False
    if morph.forms(before.text) & _USERS:
        return True
    if fold(before.text) not in _WHERE:
        return False
    earlier = analysis.tokens[index - 2] if index > 1 else None
    return earlier is None or not morph.forms(earlier.text) & _EMPLOYERS


def _platform(word: str, morph: Morph) -> bool:
    """Whether ``word`` is a platform's name in any case (``Телеграме``, ``Facebook``)."""
    return fold(word) in PLATFORMS or word[:1].isupper() and bool(morph.forms(word) & PLATFORMS)


def _platform_medium(word: str, morph: Morph) -> bool:
    """Whether ``word`` is a platform's name joined by a hyphen to a noun of what is written on it
    (``Telegram-канал``, ``Телеграм-канала``, ``YouTube-канале``): a kind of medium, no organization's name."""
    platform, hyphen, noun = word.rpartition("-")
    return bool(hyphen) and fold(platform) in PLATFORMS and bool(morph.forms(noun) & _USERS)
