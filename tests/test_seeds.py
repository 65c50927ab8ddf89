"""Golden expectations on the five seed articles."""

from __future__ import annotations

import pandas as pd
import pytest

SEED_PEOPLE = {
    "Алексей Фирсов", "Андрей Максимов", "Наталья Трунова", "Василий Буров", "Дмитрий Кусков",
    "Владимир Зарудный", "Андрей Безруков", "Павел Гранков", "Александр Бузимов", "Рустам Минниханов",
    "Святослав Сорокин", "Денис Паслер", "Андрей Антонов", "Артем Шадрин", "Александр Беляев", "Владимир Уйба",
    "Денис Мантуров", "Виталий Хоценко", "Эльмира Ахмеева", "Леонид Данилов", "Александр Козловский",
    "Денис Кравченко", "Минкаил Сулейманов", "Наталья Сорокина", "Андрей Шпиленко", "Сергей Жеребцов",
}
SEED_EPONYMS = {"М. К. Аммосов", "Г. В. Плеханов"}  # universities are named after them (``им. М.К.Аммосова``)


def test_every_seed_person_is_one_row_with_a_nominative_name(seeds_tables):
    persons = seeds_tables["persons"]
    assert set(persons.name) == SEED_PEOPLE | SEED_EPONYMS
    assert persons.name.is_unique


@pytest.mark.parametrize("name, variants", [
    ("Владимир Уйба", {"Владимира Уйба", "Владимиром Уйба"}),
    ("Денис Мантуров", {"Денисом Мантуровым", "Денис Мантуров"}),
    ("Рустам Минниханов", {"Рустама Минниханова"}),
])
def test_inflected_forms_are_variants_of_one_person(seeds_tables, name, variants):
    row = seeds_tables["persons"].set_index("name").loc[name]
    assert variants <= set(row.variants)


@pytest.mark.parametrize("name, code", [
    ("Калининградская область", "RU-KGD"),
    ("Калужская область", "RU-KLU"),
    ("Томская область", "RU-TOM"),
    ("Республика Саха (Якутия)", "RU-SA"),
    ("Республика Татарстан", "RU-TA"),
    ("Свердловская область", "RU-SVE"),
    ("Московская область", "RU-MOS"),
    ("Республика Коми", "RU-KO"),
])
def test_seed_regions_are_federal_subjects_with_iso_codes(seeds_tables, name, code):
    locations = seeds_tables["locations"].set_index("name")
    assert locations.loc[name, "kind"] == "federal_subject"
    assert locations.loc[name, "region_code"] == code


@pytest.mark.parametrize("name, code", [
    ("Гусев", "RU-KGD"), ("Якутск", "RU-SA"), ("Екатеринбург", "RU-SVE"), ("Ирбит", "RU-SVE"),
    ("Сыктывкар", "RU-KO"),
])
def test_seed_cities_carry_their_subject(seeds_tables, name, code):
    locations = seeds_tables["locations"].set_index("name")
    assert locations.loc[name, "kind"] == "city"
    assert locations.loc[name, "region_code"] == code


def test_one_row_per_form_of_a_region(seeds_tables):
    row = seeds_tables["locations"].set_index("name").loc["Республика Саха (Якутия)"]
    assert {"Якутии", "Республики Саха (Якутия)"} <= set(row.variants)


# (person, position, role, organization or None, region or None)
TITLES_BEFORE_NAMES = [
    ("Алексей Фирсов", "генеральный директор центра социального проектирования «Платформа»", "генеральный директор",
     "Платформа", None),
    ("Андрей Максимов", "председатель комиссии по территориальному развитию и местному самоуправлению "
     "Общественной палаты РФ", "председатель комиссии", "Общественная палата Российской Федерации", None),
    ("Наталья Трунова", "вице-президент Центра стратегических разработок", "вице-президент",
     "Фонд «Центр стратегических разработок»", None),
    ("Василий Буров", "член экспертного совета при Правительстве РФ", "член", None, None),
    ("Дмитрий Кусков", "министр по промышленной политике, развитию предпринимательства и торговли "
     "Калининградской области", "министр", None, "RU-KGD"),
    ("Владимир Зарудный", "генеральный директор Корпорации развития Калининградской области", "генеральный директор",
     "Корпорация развития Калининградской области", "RU-KGD"),
    ("Андрей Безруков", "директор по стратегическим проектам и коммуникациям GS Group", "директор", "GS Group", None),
    ("Павел Гранков", "генеральный директор АО «Агентство инновационного развития - центр кластерного развития "
     "Калужской области»", "генеральный директор", None, "RU-KLU"),
    ("Александр Бузимов", "руководитель проектного офиса Центра инновационного развития Томской области",
     "руководитель", "Центр инновационного развития Томской области", "RU-TOM"),
    ("Рустам Минниханов", "президент Татарстана", "президент", None, "RU-TA"),
    ("Святослав Сорокин", "заместитель министра экономического развития Российской Федерации",
     "заместитель министра", "Министерство экономического развития Российской Федерации", None),
    ("Денис Паслер", "губернатор Свердловской области", "губернатор", None, "RU-SVE"),
    ("Андрей Антонов", "заместитель губернатора Томской области по экономике", "заместитель губернатора", None,
     "RU-TOM"),
    ("Артем Шадрин", "директор департамента стратегического развития и инноваций минэкономразвития России",
     "директор департамента", "Министерство экономического развития Российской Федерации", None),
    ("Александр Беляев", "директор Центра развития внешнеэкономической деятельности Томской торгово-промышленной "
     "палаты (ТПП)", "директор", None, "RU-TOM"),
    ("Владимир Уйба", "глава Республики Коми", "глава", None, "RU-KO"),
    ("Денис Мантуров", "министр промышленности и торговли РФ", "министр",
     "Министерство промышленности и торговли Российской Федерации", None),
    ("Виталий Хоценко", "директор департамента региональной промышленной политики и проектного управления "
     "Минпромторга России", "директор департамента", "Министерство промышленности и торговли Российской Федерации",
     None),
    ("Эльмира Ахмеева", "министр экономического развития и промышленности Республики Коми", "министр", None, "RU-KO"),
    ("Леонид Данилов", "начальник отдела проектов территориального развития Департамента региональной промышленной "
     "политики и проектного управления Минпромторга России", "начальник отдела",
     "Министерство промышленности и торговли Российской Федерации", None),
    ("Денис Кравченко", "координатор федерального проекта «Локомотивы роста»", "координатор", None, None),
    ("Минкаил Сулейманов", "старший управляющий департамента по работе с проектами диверсификации, "
     "импортозамещения и инноваций ПАО «Промсвязьбанк»", "старший управляющий департамента", "ПАО «Промсвязьбанк»",
     None),
    ("Наталья Сорокина", "доцент кафедры национальной и региональной экономики ФГБОУ ВО «Российский экономический "
     "университет им. Г.В. Плеханова»", "доцент кафедры",
     "Российский экономический университет имени Г. В. Плеханова", None),
    ("Андрей Шпиленко", "директор Ассоциации кластеров и технопарков России", "директор", None, None),
    ("Сергей Жеребцов", "директор Центра развития предпринимательства «Мой бизнес»", "директор",
     "Центр развития предпринимательства «Мой бизнес»", None),
]


@pytest.fixture(scope="module")
def facts(seeds_tables):
    t = seeds_tables
    frame = t["positions"].merge(t["persons"][["person_id", "name"]], on="person_id")
    frame = frame.merge(t["organizations"][["org_id", "name"]].rename(columns={"name": "org"}), on="org_id",
                        how="left")
    return frame


@pytest.mark.parametrize("person, position, role, org, region", TITLES_BEFORE_NAMES)
def test_titles_before_names(facts, person, position, role, org, region):
    rows = facts[(facts.name == person) & (facts.position == position)]
    assert len(rows), f"no position {position!r} for {person}: {list(facts[facts.name == person].position)}"
    row = rows.iloc[0]
    assert row.role == role
    if org is not None:
        assert row.org == org
    if region is not None:
        assert row.region_code == region


def test_every_seed_person_has_a_position(facts):
    assert set(facts.name) == SEED_PEOPLE


def test_coordinated_titles_go_to_the_name_after_them(facts):
    burov = facts[facts.name == "Василий Буров"]
    # the founder's title before the member's holds no post (a mention with no row)
    assert set(burov.position) == {"член экспертного совета при Правительстве РФ"}
    assert "соучредитель АНО «Информационная культура»" not in set(facts[facts.name == "Наталья Трунова"].position)


def test_one_row_per_fact(facts):
    assert not facts[~facts.restated].duplicated(["doc_id", "name", "position"]).any()
    # "Вице-губернатор выделил …" refers back to the deputy governor named before and restates his title
    antonov = facts[(facts.name == "Андрей Антонов") & ~facts.restated]
    assert list(antonov.position) == ["заместитель губернатора Томской области по экономике"]


def test_a_restated_row_repeats_an_earlier_fact_of_its_document(facts):
    restated = facts[facts.restated]
    assert len(restated)
    firsts = facts[~facts.restated]
    for row in restated.itertuples():
        earlier = firsts[(firsts.doc_id == row.doc_id) & (firsts.person_id == row.person_id)
                         & (firsts.role == row.role)]
        assert len(earlier), row.position
        assert row.org_id is None or row.org_id in set(earlier.org_id)


def test_title_without_a_name_is_still_a_mention(seeds_tables):
    mentions = seeds_tables["mentions"]
    positions = mentions[mentions.type == "POSITION"]
    assert "вице-губернатор" in set(positions.normal)
    assert "глава региона" in set(positions.normal)


@pytest.mark.parametrize("text, iso_from, iso_to, inferred", [
    ("6 июля 2018 года", "2018-07-06", "2018-07-06", False),
    ("27–28 ноября", "--11-27", "--11-28", False),
    ("22 и 23 июня", "2017-06-22", "2017-06-23", True),
    ("июле", "2017-07", "2017-07", True),
    ("апреле 2017 года", "2017-04", "2017-04", False),
    ("2 апреля", "2021-04-02", "2021-04-02", True),
])
def test_seed_dates(seeds_tables, text, iso_from, iso_to, inferred):
    rows = seeds_tables["dates"][seeds_tables["dates"].text == text]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row.iso_from, row.iso_to, bool(row.year_inferred)) == (iso_from, iso_to, inferred)


def test_publication_date_from_the_dateline(seeds_tables):
    documents = seeds_tables["documents"].set_index("path")
    assert str(documents.loc["003_1dc3622eab1d8c41.txt", "published"]) == "2017-06-26"
    assert documents.published.notna().sum() == 1


def test_every_name_of_the_ministry_is_one_organization(seeds_tables):
    orgs = seeds_tables["organizations"]
    rows = orgs[orgs.name == "Министерство промышленности и торговли Российской Федерации"]
    assert len(rows) == 1
    assert {"Минпромторга России", "министерство промышленности и торговли РФ"} <= set(rows.iloc[0].variants)
    assert rows.iloc[0].abbr == "Минпромторг России"


@pytest.mark.parametrize("name, forms", [
    ("Томская область", {"Томские", "томских", "томского", "Томской области"}),
    ("Свердловская область", {"свердловских", "Свердловской области"}),
    ("Республика Коми", {"Коми", "Республики Коми"}),
])
def test_adjectival_and_short_forms_are_variants_of_the_region(seeds_tables, name, forms):
    row = seeds_tables["locations"].set_index("name").loc[name]
    assert forms <= set(row.variants)


@pytest.mark.parametrize("name, code", [
    ("Правительство Республики Коми", "RU-KO"),
    ("Правительство Свердловской области", "RU-SVE"),
    ("Администрация Гусевского городского округа", "RU-KGD"),
    ("Северо-Восточный федеральный университет имени М.К.Аммосова", None),
    ("Министерство экономического развития Российской Федерации", None),
])
def test_seed_organizations(seeds_tables, name, code):
    row = seeds_tables["organizations"].set_index("name").loc[name]
    assert (row.region_code if isinstance(row.region_code, str) else None) == code


def test_a_town_adjective_gives_the_district_its_subject(seeds_tables):
    row = seeds_tables["locations"].set_index("name").loc["Гусевский городской округ"]
    assert (row.kind, row.region_code) == ("other", "RU-KGD")


# -- events: what the seeds report, read by hand ----------------------------------------------------

# (seed, kind, name, dates, place, region)
SEED_EVENTS = [
    ("000", "session", "стратегическая сессия экспертного совета по малым территориям", ("2018-07-06", "2018-07-06"),
     "Гусев", "RU-KGD"),
    ("001", "session", "стратегическая сессия “Будущее развитие регионов”", (None, None), "Республика Саха (Якутия)",
     "RU-SA"),
    ("001", "session", "выездная сессия ВЭФ «IT отрасль как драйвер повышения качества жизни на Дальнем Востоке»",
     (None, None), "Республика Саха (Якутия)", "RU-SA"),
    ("001", "meeting", "расширенное заседание АИРР", (None, None), "Республика Саха (Якутия)", "RU-SA"),
    ("001", "visit", "экскурсия по ИТ-парку Якутска и институту Северо-Восточного федерального университета имени "
     "М.К.Аммосова", (None, None), "Якутск", "RU-SA"),
    ("002", "forum", "IX Общероссийский форум стратегического развития «Города России: Технологии лидерства»",
     ("--11-27", "--11-28"), "Екатеринбург", "RU-SVE"),
    ("002", "exhibition", "выставка „Города России — 2025“", ("--11-27", "--11-28"), "Екатеринбург", "RU-SVE"),
    ("002", "forum", "всероссийский форум «Малая Родина — сила России»", (None, None), None, None),
    ("003", "session", "стратегическая сессия по разработке проекта дорожной карты развития инновационного "
     "территориального кластера Smart Technologies Tomsk", ("2017-06-22", "2017-06-23"), "Томская область", "RU-TOM"),
    ("003", "session", "стратегическая сессия", ("2017-04", "2017-04"), "Московская область", "RU-MOS"),
    ("004", "session", "практическая сессия по развитию промышленных кластеров России", ("2021-04-01", "2021-04-02"),
     "Сыктывкар", "RU-KO"),
    ("004", "meeting", "рабочая встреча с главой Республики Коми Владимиром Уйба", ("2021-04-01", "2021-04-02"),
     "Сыктывкар", "RU-KO"),
]


@pytest.fixture(scope="module")
def seed_events(seeds_tables):
    t = seeds_tables
    events = t["events"].merge(t["documents"][["doc_id", "path"]], on="doc_id")
    events = events.merge(t["locations"][["location_id", "name"]].rename(columns={"name": "place"}),
                          on="location_id", how="left")
    events["seed"] = events.path.str[:3]
    return events


@pytest.mark.parametrize("seed, kind, name, dates, place, region", SEED_EVENTS)
def test_seed_events(seed_events, seed, kind, name, dates, place, region):
    rows = seed_events[(seed_events.seed == seed) & (seed_events.name == name)]
    assert len(rows) == 1, list(seed_events[seed_events.seed == seed].name)
    row = rows.iloc[0]
    def value(x):
        return None if pd.isna(x) else x

    assert row.kind == kind
    assert (value(row.iso_from), value(row.iso_to)) == dates
    assert (value(row.place), value(row.region_code)) == (place, region)


# (seed, event name, person or organization, role, title)
SEED_PARTICIPANTS = [
    ("000", "стратегическая сессия экспертного совета по малым территориям", "Алексей Фирсов", "participant",
     "генеральный директор центра социального проектирования «Платформа»"),
    ("000", "стратегическая сессия экспертного совета по малым территориям", "Дмитрий Кусков", "participant",
     "министр по промышленной политике, развитию предпринимательства и торговли Калининградской области"),
    ("000", "стратегическая сессия экспертного совета по малым территориям", "Владимир Зарудный", "participant",
     "генеральный директор Корпорации развития Калининградской области"),
    ("000", "стратегическая сессия экспертного совета по малым территориям", "Андрей Безруков", "speaker",
     "директор по стратегическим проектам и коммуникациям GS Group"),
    ("001", "расширенное заседание АИРР", "Рустам Минниханов", "chair", "президент Татарстана"),
    ("001", "стратегическая сессия “Будущее развитие регионов”", "Павел Гранков", "speaker", None),
    ("002", "IX Общероссийский форум стратегического развития «Города России: Технологии лидерства»",
     "Святослав Сорокин", "speaker", "заместитель министра экономического развития Российской Федерации"),
    ("002", "IX Общероссийский форум стратегического развития «Города России: Технологии лидерства»",
     # the forum is held "при поддержке губернатора": the governor is an organizer (the strongest role he has)
     "Денис Паслер", "organizer", "губернатор Свердловской области"),
    ("002", "IX Общероссийский форум стратегического развития «Города России: Технологии лидерства»",
     "Правительство Свердловской области", "organizer", None),
    ("002", "IX Общероссийский форум стратегического развития «Города России: Технологии лидерства»",
     "Министерство экономического развития Российской Федерации", "organizer", None),
    ("003", "стратегическая сессия по разработке проекта дорожной карты развития инновационного территориального "
     "кластера Smart Technologies Tomsk", "Андрей Антонов", "speaker",
     "заместитель губернатора Томской области по экономике"),
    ("003", "стратегическая сессия по разработке проекта дорожной карты развития инновационного территориального "
     "кластера Smart Technologies Tomsk", "Александр Беляев", "speaker", None),
    ("004", "практическая сессия по развитию промышленных кластеров России", "Министерство промышленности и торговли "
     "Российской Федерации", "organizer", None),
    ("004", "практическая сессия по развитию промышленных кластеров России", "Правительство Республики Коми",
     "organizer", None),
    ("004", "практическая сессия по развитию промышленных кластеров России", "Леонид Данилов", "participant",
     "начальник отдела проектов территориального развития Департамента региональной промышленной политики и "
     "проектного управления Минпромторга России"),
    ("004", "практическая сессия по развитию промышленных кластеров России", "Андрей Шпиленко", "speaker",
     "директор Ассоциации кластеров и технопарков России"),
    ("004", "рабочая встреча с главой Республики Коми Владимиром Уйба", "Владимир Уйба", "participant",
     "глава Республики Коми"),
]


@pytest.fixture(scope="module")
def seed_participants(seeds_tables, seed_events):
    t = seeds_tables
    rows = t["participants"].merge(seed_events[["doc_id", "event_id", "name", "seed"]].rename(
        columns={"name": "event"}), on=["doc_id", "event_id"])
    rows = rows.merge(t["persons"][["person_id", "name"]], on="person_id", how="left")
    rows = rows.merge(t["organizations"][["org_id", "name"]].rename(columns={"name": "org"}), on="org_id", how="left")
    rows["who"] = rows["name"].fillna(rows["org"])
    return rows


@pytest.mark.parametrize("seed, event, who, role, position", SEED_PARTICIPANTS)
def test_seed_participants(seed_participants, seed, event, who, role, position):
    rows = seed_participants[(seed_participants.seed == seed) & (seed_participants.event == event)
                             & (seed_participants.who == who)]
    assert len(rows) == 1, list(seed_participants[seed_participants.event == event].who)
    assert rows.iloc[0].role == role
    if position is not None:
        assert rows.iloc[0].position == position


def test_a_minister_met_earlier_takes_no_part_in_the_session(seed_participants):
    assert "Денис Мантуров" not in set(seed_participants.who)
