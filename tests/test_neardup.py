"""Near-duplicates: copies of an article up to boilerplate and small edits are found, other articles are not."""

from __future__ import annotations

import random
from datetime import date

import pytest

from nerpipe.neardup import (
    SIGNATURE_BYTES,
    DupItem,
    band_keys,
    band_ranges,
    find_duplicates,
    make_signature,
    shingles,
    similarity,
)

ARTICLE = "\n".join([
    "В Энске прошел форум молодых инженеров",
    "",
    "Губернатор Энской области Иван Петров открыл форум молодых инженеров, который собрал более "
    "двухсот участников из двенадцати регионов страны.",
    "Участники обсудили подготовку кадров для промышленности, развитие технопарков и поддержку малых "
    "технологических компаний на ранних стадиях.",
    "Министр промышленности региона рассказал о новых мерах поддержки: льготных займах, грантах на "
    "оборудование и субсидиях на аренду.",
    "По итогам форума подписаны соглашения с тремя университетами о целевой подготовке специалистов "
    "для предприятий области.",
    "Следующий форум пройдет через год в соседнем регионе, его темой станет цифровизация "
    "производства.",
])

SYNDICATED = "\n".join([
    "Главная / Новости / Экономика",
    "17 мая 2023, 12:40",
    "Форум молодых инженеров прошел в Энске",
    "",
    "Губернатор Энской области Иван Петров открыл форум молодых инженеров, который собрал более 200 "
    "участников из двенадцати регионов страны.",
    "Участники обсудили подготовку кадров для промышленности, развитие технопарков и поддержку малых "
    "технологических компаний на ранних стадиях.",
    "Министр промышленности региона рассказал о новых мерах поддержки: льготных займах, грантах на "
    "оборудование и субсидиях на аренду.",
    "По итогам форума подписаны соглашения с тремя вузами о целевой подготовке специалистов для "
    "предприятий области.",
    "Следующий форум пройдет через год в соседнем регионе, его темой станет цифровизация "
    "производства.",
    "Подписывайтесь на наш канал, чтобы первыми узнавать главные новости региона и страны.",
    "Фото: пресс-служба",
])

SAME_EVENT = "\n".join([
    "Инженеры двенадцати регионов съехались в Энск",
    "",
    "На форуме молодых инженеров в Энске губернатор Иван Петров пообещал расширить поддержку "
    "технопарков.",
    "По его словам, область выделит дополнительные средства на гранты для технологических компаний и "
    "стажировки студентов.",
    "Эксперты отметили, что дефицит инженерных кадров остается главной проблемой промышленности "
    "региона.",
    "Форум продлится два дня, в программе более тридцати сессий и выставка разработок местных "
    "предприятий.",
])

OTHER = "\n".join([
    "В Энске открылся новый мост через реку",
    "",
    "Движение по новому мосту открыли в субботу, строительство заняло три года и обошлось бюджету в "
    "восемь миллиардов рублей.",
    "Мост длиной почти километр соединил два крупнейших района города и должен разгрузить "
    "центральные улицы.",
    "Мэр города поблагодарил строителей и пообещал, что следующим объектом станет развязка на въезде "
    "в город.",
])


def item(doc_id, text, published=None):
    return DupItem(doc_id, make_signature(text), published)


def test_signature_is_fixed_size_and_deterministic():
    signature = make_signature(ARTICLE)
    assert len(signature) == SIGNATURE_BYTES
    assert signature == make_signature(ARTICLE)
    assert len(band_keys(signature)) == len(band_ranges())


def test_short_lines_are_left_out_of_the_shingles():
    assert shingles(ARTICLE) == shingles(ARTICLE + "\nФото: пресс-служба\nПоделиться")


@pytest.mark.parametrize("other, copy", [
    (SYNDICATED, True),  # another headline, a dateline, breadcrumbs, a footer, two words changed
    (ARTICLE.replace("\n", "\n\n"), True),
    (SAME_EVENT, False),  # the same event in other words
    (OTHER, False),
])
def test_copies_and_other_articles(other, copy):
    assert (similarity(make_signature(ARTICLE), make_signature(other)) >= 0.5) is copy
    found = find_duplicates([item("a", ARTICLE), item("b", other)])
    assert found == ({"b": "a"} if copy else {})


def test_the_earliest_published_copy_is_the_original():
    items = [item("aaa", SYNDICATED, date(2023, 5, 18)), item("zzz", ARTICLE, date(2023, 5, 17)),
             item("mmm", ARTICLE + "\nЧитайте нас в соцсетях и делитесь новостями с друзьями и коллегами.")]
    assert find_duplicates(items) == {"aaa": "zzz", "mmm": "zzz"}


def test_undated_copies_point_to_the_smallest_doc_id():
    assert find_duplicates([item("b2", SYNDICATED), item("a1", ARTICLE), item("c3", OTHER)]) == {"b2": "a1"}


def test_the_answer_does_not_depend_on_the_order():
    texts = [ARTICLE, SYNDICATED, SAME_EVENT, OTHER, OTHER + "\nИсточник: Вести Энска", ARTICLE]
    items = [item(f"d{i}", text, date(2023, 5, 10 + i) if i % 2 else None) for i, text in enumerate(texts)]
    expected = find_duplicates(items)
    assert expected == {"d0": "d1", "d5": "d1", "d4": "d3"}  # dated first, the earliest first
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert find_duplicates(iter(shuffled)) == expected


def test_a_doc_id_given_twice_is_one_document():
    assert find_duplicates([item("a", ARTICLE), item("a", ARTICLE), item("b", OTHER)]) == {}


def test_many_distinct_documents_have_no_copies(tmp_path):
    words = ["форум", "регион", "губернатор", "технопарк", "кадры", "завод", "мост", "бюджет", "министр",
             "университет", "грант", "выставка", "сессия", "кластер", "экспорт", "проект", "дорога", "школа"]
    rng = random.Random(7)
    items = (item(f"doc{i:04d}", " ".join(rng.choice(words) for _ in range(80))) for i in range(300))
    assert find_duplicates(items, directory=tmp_path) == {}
    assert list(tmp_path.iterdir()) == []  # the temporary database is gone


def test_a_signature_of_the_wrong_size_is_refused():
    with pytest.raises(ValueError, match="signature"):
        find_duplicates([DupItem("a", b"short")])
