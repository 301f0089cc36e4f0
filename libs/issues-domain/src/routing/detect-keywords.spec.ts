import { detectKeywords } from './detect-keywords';

const groups = (text: string) => [...detectKeywords(text).keys()].sort();

describe('detectKeywords', () => {
  it.each([
    ['en', 'The law on pastures must be amended', ['LAW_CHANGE']],
    ['ru', 'Внести изменения в Закон о пастбищах', ['LAW_CHANGE']],
    ['ru', 'Нужен законопроект о племенном деле', ['LAW_CHANGE']],
    ['ky', 'Жайыттар жөнүндө мыйзамга өзгөртүү киргизүү', ['LAW_CHANGE']],
    ['en', 'A government resolution on breeding standards', ['NORMATIVE_ACT']],
    ['ru', 'Принять постановление Кабинета министров', ['NORMATIVE_ACT']],
    ['ru', 'Разработать нормативный акт', ['NORMATIVE_ACT']],
    ['ky', 'Министрлер Кабинетинин токтому керек', ['NORMATIVE_ACT']],
    ['ky', 'Ченемдик укуктук акт кабыл алуу', ['NORMATIVE_ACT']],
    ['en', 'Keep dairy-goat breeds pure at national level', ['GOAT', 'NATIONAL_SCOPE']],
    ['ru', 'Сохранить чистоту пород молочных коз на национальном уровне', ['GOAT', 'NATIONAL_SCOPE']],
    ['ky', 'Сүттүү эчкилердин тукумун улуттук деңгээлде таза сактоо', ['GOAT', 'NATIONAL_SCOPE']],
    ['en', 'Allocate state-fund land to young families', ['STATE_LAND_FUND']],
    ['ru', 'Выделить земли Фонда перераспределения сельхозугодий', ['STATE_LAND_FUND']],
    ['ky', 'Жер фондунан жер бөлүп берүү', ['STATE_LAND_FUND']],
    ['en', 'Which family receives the goat should follow the social passport', ['FAMILY_SELECTION', 'GOAT']],
    ['ru', 'Отбор семей для получения коз по социальному паспорту', ['FAMILY_SELECTION', 'GOAT']],
    ['ky', 'Эчки алуучу үй-бүлөнү тандоо социалдык паспорт боюнча', ['FAMILY_SELECTION', 'GOAT']],
    ['en', 'Greenhouses need heating in winter', ['GREENHOUSE_DRYER_FISH']],
    ['ru', 'Сушилки для абрикосов сломались', ['GREENHOUSE_DRYER_FISH']],
    ['ky', 'Балык чарбасы үчүн көлмө', ['GREENHOUSE_DRYER_FISH']],
  ])('%s: %s', (_, text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  it.each([
    ['"закончить" is not a law', 'Строительство не закончено'],
    ['a lawn is not a law', 'The school lawn needs water'],
    ['the town of Balykchy is not fish farming', 'Балыкчы шаарындагы базар'],
    ['an unrelated text', 'Дорога в село разрушена'],
  ])('finds nothing where %s', (_, text) => {
    expect(groups(text)).toEqual([]);
  });

  it('reports the phrases that matched, as written', () => {
    expect(detectKeywords('Мыйзамга өзгөртүү').get('LAW_CHANGE')).toEqual(['мыйзам…']);
  });
});
