"""The cases of :mod:`.world_more` the pipeline still answers wrong (by ``Case.id``), apart so that
:mod:`.names` and :mod:`.people` list them without importing the module that imports them."""

from __future__ import annotations

# cases still answered wrong: a man's first name in ``-ль`` in the locative, before a surname that does not; a first
# name that is a common noun (``Финн``) opening a sentence; a surname in ``-ы`` the tagger reads in a case pymorphy
# does not; a name natasha does not find after ``При`` opening a sentence (``Марте``, read as a month)
WORLD_MORE_WRONG: frozenset[str] = frozenset({
    'world_more_nomn:Финн Макграт стал лауреатом премии.',
    'world_more_loct:При Мигеле Арройо компания открыла три завода.',
    'world_more_loct:Мы говорили о Мигеле Арройо весь вечер.',
    'world_more_datv:Премию вручили Иржи Новотны в понедельник.',
    'world_more_ablt:Соглашение было подписано Иржи Новотны в пятницу.',
    'world_more_loct:При Марте Ковальчик компания открыла три завода.',
})
WORLD_MORE_PEOPLE_WRONG: frozenset[str] = frozenset({
    'world_more_surname_gent:Финн Макграт приехал в город в мае. По словам Макграта, прое',
    'world_more_surname_datv:Финн Макграт приехал в город в мае. Позже губернатор позвони',
    'world_more_surname_ablt:Финн Макграт приехал в город в мае. Позже с Макгратом встрет',
    'world_more_surname_loct:Финн Макграт приехал в город в мае. Позже газета написала о ',
})
