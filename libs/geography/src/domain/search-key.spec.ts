import { searchKey } from './search-key';
import { searchKeysOf, searchQueryOf, searchTextOf } from './search-text';
import { splitKindWords, stripKindWords } from './strip-kind-words';
import { transliterateCyrillic } from './transliterate-cyrillic';

describe('transliterateCyrillic', () => {
  it.each([
    ['жаңы-жол', 'jangy-jol'],
    ['көк-таш', 'kok-tash'],
    ['үч-коргон', 'uch-korgon'],
    ['ереван', 'yerevan'],
    ['чолпон-ата', 'cholpon-ata'],
    ['щучье', 'shchuchye'],
    ['bishkek', 'bishkek'],
  ])('%s -> %s', (cyrillic, latin) => {
    expect(transliterateCyrillic(cyrillic)).toBe(latin);
  });
});

describe('searchKey', () => {
  it('folds the spellings of one name in Cyrillic, Russian-style and Kyrgyz-style Latin to one key', () => {
    const groups = [
      ['Jalal-Abad', 'Dzhalal-Abad', 'Жалал-Абад', 'Джалал-Абад', 'jalal abad', 'JALAL-ABAD', 'Djalal-Abad'],
      ['Issyk-Kul', 'Иссык-Куль', 'Yssyk-Kul', 'Isyk Kul'],
      ['Ysyk-Köl', 'Ысык-Көл', 'Ыссык-Көл', 'Ysyk-Kol', 'ysyk köl'],
      ['Kochkor', 'Кочкор', 'KOCHKOR'],
      ['Jaiyl', 'Jayyl', 'Zhaiyl', 'Zhayiyl', 'Jayil', 'Жайыл'],
      ['Chong-Alay', 'Chon-Alai', 'Чоң-Алай', 'Chon-Alayi'],
      ['Ak-Suu', 'Ak-Su', 'Ак-Суу'],
      ['Tup', 'Tyup', 'Түп', 'Тюп', 'Tüp'],
      ['Kara-Kuldzha', "Kara-Kul'dzha", 'Кара-Кулджа', 'Kara-Kulja'],
    ];
    for (const group of groups) {
      const keys = new Set(group.map(searchKey));
      expect({ group, keys: [...keys] }).toEqual({ group, keys: [searchKey(group[0])] });
    }
  });

  it('keeps different names apart', () => {
    expect(searchKey('Naryn')).not.toBe(searchKey('Narin-Kol'));
    expect(searchKey('Kochkor')).not.toBe(searchKey('Kochkorka'));
    expect(searchKey('Ysyk-Köl')).not.toBe(searchKey('Issyk-Kul')); // köl and kul are different words; alt names join them
  });

  it('writes words once, separated by one space, and drops punctuation', () => {
    expect(searchKey('  г. Кант  ')).toBe('g kant');
    expect(searchKey('Ak—Talaa (part)')).toBe('ak tala part');
    expect(searchKey('!!! ...')).toBe('');
    expect(searchKey('41704235')).toBe('41704235');
  });
});

describe('stripKindWords', () => {
  it.each([
    ['Кочкор району', 'Кочкор'],
    ['Кочкорский район', 'Кочкорский'],
    ['Кочкор айыл аймагы', 'Кочкор'],
    ['Kochkor ayil aimak', 'Kochkor'],
    ['Ak-Suu District', 'Ak-Suu'],
    ['Issyk-Kul Region', 'Issyk-Kul'],
    ['г. Кант', 'Кант'],
    ['пгт Орто-Токой', 'Орто-Токой'],
    ['Karakol city', 'Karakol'],
    ['Жаңы-Айыл', 'Жаңы-Айыл'],
    ['District', 'District'],
  ])('%s -> %s', (name, bare) => {
    expect(stripKindWords(name)).toBe(bare);
  });
});

describe('searchTextOf', () => {
  it('indexes every name without its kind word, once each, between bars', () => {
    const names = { ky: 'Кочкор району', ru: 'Кочкорский район', en: 'Kochkor District', alt: ['Kochkor', 'Kochkorka', 'Кочкорка'] };
    expect(searchKeysOf(names)).toEqual(['kochkor', 'kochkorski', 'kochkorka']);
    expect(searchTextOf(names)).toBe('| kochkor | kochkorski | kochkorka |');
  });
});

describe('searchQueryOf', () => {
  it('reads the kind a query names as a preference, and searches the bare name', () => {
    expect(searchQueryOf('Naryn city')).toEqual({ key: 'narin', kinds: ['CITY_REPUBLICAN', 'CITY_OBLAST', 'TOWN'] });
    expect(searchQueryOf('Кочкор району')).toEqual({ key: 'kochkor', kinds: ['RAYON', 'CITY_DISTRICT'] });
    expect(searchQueryOf('Kochkor ayil aimak')).toEqual({ key: 'kochkor', kinds: ['AYIL_AIMAK'] });
    expect(searchQueryOf('Kochkor')).toEqual({ key: 'kochkor', kinds: [] });
    expect(searchQueryOf('District')).toEqual({ key: 'district', kinds: [] });
    expect(splitKindWords('Жаңы-Айыл')).toEqual({ bare: 'Жаңы-Айыл', kinds: [] });
  });
});
