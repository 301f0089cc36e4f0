import { BadInputError } from '@yntymak/errors';
import { compareTexts } from './compare-texts';
import { GroupableIssue } from './grouping-types';
import { groupIssues } from './group-issues';
import { prepareText } from './prepare-text';

function anIssue(id: string, over: Partial<GroupableIssue> = {}): GroupableIssue {
  return { id, organisationId: `org-${id}`, unitId: `unit-${id}`, themeCodes: ['LIVESTOCK'], interventionCode: 'DAIRY_GOATS', proposal: '', level: 'NATIONAL', ...over };
}

const BREED = {
  en: 'Keep dairy-goat breeds pure at national level; link farmers to pure-bred goat farms',
  ru: 'Сохранить чистоту пород молочных коз на национальном уровне, связать фермеров с племенными козьими хозяйствами',
  ky: 'Сүттүү эчкилердин тукумун улуттук деңгээлде таза сактоо, фермерлерди асыл тукум эчки чарбалары менен байланыштыруу',
  ru2: 'Молочные козы скрещиваются с местными, порода теряется; нужен государственный учёт чистопородных коз',
};

const issues: GroupableIssue[] = [
  anIssue('a', { proposal: BREED.en }),
  anIssue('b', { proposal: BREED.ru }),
  anIssue('c', { proposal: BREED.ky, level: 'LOCAL' }),
  anIssue('d', { proposal: BREED.ru2, themeCodes: ['LIVESTOCK', 'NUTRITION'], interventionCode: null }),
  // Same intervention, another problem.
  anIssue('e', { proposal: 'The goats should go to the poorest families chosen with the social passport', level: 'LOCAL' }),
  // Another problem raised twice, in two languages.
  anIssue('f', { proposal: 'Greenhouses need cheaper coal for heating in winter', themeCodes: ['AGRICULTURE'], interventionCode: 'GREENHOUSE', level: 'LOCAL' }),
  anIssue('g', { proposal: 'Теплицы зимой нужно отапливать, уголь слишком дорогой', themeCodes: ['AGRICULTURE', 'FOOD_SECURITY'], interventionCode: 'GREENHOUSE', level: 'LOCAL' }),
];

describe('groupIssues', () => {
  it('puts the same problem in three languages together and other problems apart', () => {
    const result = groupIssues(issues);
    expect(result.groups.map((group) => group.issueIds)).toEqual([['a', 'b', 'c', 'd'], ['f', 'g']]);
    expect(result.ungrouped).toEqual(['e']);
  });

  it('describes a group: the highest level, members, shared themes, cohesion', () => {
    const [breed, greenhouse] = groupIssues(issues).groups;
    expect(breed).toMatchObject({
      anchorIssueId: 'a',
      level: 'NATIONAL',
      organisationIds: ['org-a', 'org-b', 'org-c', 'org-d'],
      unitIds: ['unit-a', 'unit-b', 'unit-c', 'unit-d'],
      interventionCodes: ['DAIRY_GOATS'],
      sharedThemeCodes: ['LIVESTOCK'],
    });
    expect(breed.cohesion).toBeGreaterThan(0.45);
    expect(greenhouse.level).toBe('LOCAL');
    expect(greenhouse.sharedThemeCodes).toEqual(['AGRICULTURE']);
  });

  it('explains every link that joined a group', () => {
    const [breed] = groupIssues(issues).groups;
    expect(breed.links).toHaveLength(3);
    const ab = breed.links.find((link) => link.issueIds.join() === 'a,b');
    expect(ab?.reasons).toEqual([
      'same intervention DAIRY_GOATS',
      'shared themes LIVESTOCK',
      expect.stringMatching(/^similar proposals \(0\.\d+: terms 0\.\d+, trigrams 0\.\d+\); both speak of BREED, DAIRY, FARM, GOAT, KEEP, LINK, NATIONAL, PURE$/),
      'raised by different organisations',
      'about different villages',
      'same level NATIONAL',
    ]);
    expect(breed.links.some((link) => link.reasons.includes('levels LOCAL and NATIONAL: the shared issue takes the higher'))).toBe(true);
  });

  it('is deterministic whatever the input order', () => {
    const expected = groupIssues(issues);
    expect(groupIssues([...issues].reverse())).toEqual(expected);
    expect(groupIssues([issues[3], issues[6], issues[0], issues[4], issues[2], issues[5], issues[1]])).toEqual(expected);
  });

  it('does not link two issues of one organisation about one village', () => {
    const twice = [anIssue('a', { proposal: BREED.en }), anIssue('b', { proposal: BREED.en, organisationId: 'org-a', unitId: 'unit-a' })];
    expect(groupIssues(twice).groups).toEqual([]);
    // One organisation in two villages is a shared issue.
    expect(groupIssues([twice[0], { ...twice[1], unitId: 'unit-b' }]).groups).toHaveLength(1);
  });

  it('needs the same intervention or a shared theme', () => {
    expect(groupIssues([anIssue('a', { proposal: BREED.en }), anIssue('b', { proposal: BREED.en, themeCodes: ['HEALTH'], interventionCode: null })]).groups).toEqual([]);
  });

  it('with levelPolicy SAME, groups only issues of one level', () => {
    const result = groupIssues(issues, { levelPolicy: 'SAME' });
    expect(result.groups.map((group) => group.issueIds)).toEqual([['a', 'b', 'd'], ['f', 'g']]);
  });

  it('leaves out issues below minLevel', () => {
    expect(groupIssues(issues, { minLevel: 'DISTRICT' }).groups.map((group) => group.issueIds)).toEqual([['a', 'b', 'd']]);
  });

  it('does not chain unrelated issues through a middle one (average linkage)', () => {
    const a = anIssue('a', { proposal: 'pure goat breeds register' });
    const b = anIssue('b', { proposal: 'pure goat breeds register and milk collection point prices' });
    const c = anIssue('c', { proposal: 'milk collection point prices' });
    const sim = (x: GroupableIssue, y: GroupableIssue) => compareTexts(prepareText(x.proposal), prepareText(y.proposal)).similarity;
    // The premise: b links to both, a and c have nothing in common.
    expect(sim(a, b)).toBeGreaterThan(0.35);
    expect(sim(b, c)).toBeGreaterThan(0.35);
    expect(sim(a, c)).toBe(0);
    const result = groupIssues([a, b, c], { minGroupSimilarity: 0.4 });
    expect(result.groups.map((group) => group.issueIds)).toEqual([['a', 'b']]);
    expect(result.ungrouped).toEqual(['c']);
  });

  it('returns nothing for no issues', () => {
    expect(groupIssues([])).toEqual({ groups: [], ungrouped: [] });
  });

  it.each([
    [{ minSimilarity: 1.5 }],
    [{ minGroupSimilarity: -0.1 }],
    [{ minGroupSize: 1 }],
    [{ minLevel: 'TOP' as never }],
    [{ levelPolicy: 'ANY' as never }],
  ])('refuses options %p', (options) => {
    expect(() => groupIssues(issues, options)).toThrow(BadInputError);
  });

  it('refuses an issue given twice', () => {
    expect(() => groupIssues([issues[0], issues[0]])).toThrow(expect.objectContaining({ reason: 'DUPLICATE_ISSUE' }));
  });
});
