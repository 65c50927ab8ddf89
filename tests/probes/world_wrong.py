"""The cases of :mod:`.world` the pipeline still answers wrong (by ``Case.id``), apart so that
:mod:`.names`, whose area they are of, lists them without importing the module that imports it."""

from __future__ import annotations

# cases still answered wrong: a woman's first name pymorphy does not know in the locative (``о Кьяре``: of
# a man's ``Кьяр`` as well, before a surname that does not decline); a Portuguese surname in ``-у`` after a
# woman's name in the accusative (``Кордейру``: the accusative of ``Кордейра``, as ``Эстраду`` is of
# ``Эстрада``); a name natasha takes in with a word after it as an organization (``Юргене Фальке компания``)
WORLD_WRONG: frozenset[str] = frozenset({
    'world_accs:Комиссия пригласила Луизу Кордейру на заседание.',
    'world_accs:Журналисты видели Луизу Кордейру у входа в здание суда.',
    'world_loct:Газета написала о Кьяре Морелли в субботнем номере.',
    'world_loct:В фильме рассказывается о Кьяре Морелли и её семье.',
    'world_loct:При Юргене Фальке компания открыла три завода.',
})
