"""Words a body's name holds beside its kind: those before the person it is named after, and the sports a team
is named with."""

from __future__ import annotations

# words that name a body after a person (``театра имени Орлова``, ``театра им. Орлова``): the person's name is the
# body's
NAMED_AFTER = frozenset({"имени", "им", "им."})
# sports a team is named with (``сборная Заречья по хоккею``) and the nouns of their players (``хоккеисты``)
SPORT_PLAYERS = {
    "футбол": "футболист", "хоккей": "хоккеист", "волейбол": "волейболист", "баскетбол": "баскетболист",
    "гандбол": "гандболист", "регби": "регбист", "теннис": "теннисист", "биатлон": "биатлонист",
    "бокс": "боксёр", "шахматы": "шахматист", "плавание": "пловец", "фехтование": "фехтовальщик",
    "керлинг": "керлингист", "бенди": "бендист", "футзал": "футзалист",
}
