import { AdvocacyItem } from './advocacy-item';
import { ADVOCACY_ACTIONS, AdvocacyAction } from './advocacy-transitions';
import { ADVOCACY_STATES, AdvocacyState } from './advocacy-item';
import { describeWaiting } from './describe-waiting';
import { transitionAdvocacy } from './transition-advocacy';

const at = (iso: string) => new Date(iso);
const now = at('2025-12-18T09:00:00.000Z');

function anItem(...history: [AdvocacyState, string][]): AdvocacyItem {
  return { state: history[history.length - 1][0], history: history.map(([state, date]) => ({ state, at: at(date) })) };
}

/** Expected machine, independent of the table: action -> [from, to]. */
const EXPECTED: Record<AdvocacyAction, [AdvocacyState, AdvocacyState]> = {
  SUBMIT: ['DRAFTED', 'SUBMITTED'],
  START_REVIEW: ['SUBMITTED', 'UNDER_REVIEW'],
  ADOPT: ['UNDER_REVIEW', 'ADOPTED'],
  REJECT: ['UNDER_REVIEW', 'REJECTED'],
  STALL: ['UNDER_REVIEW', 'STALLED'],
  RESUME_REVIEW: ['STALLED', 'UNDER_REVIEW'],
};

describe('transitionAdvocacy', () => {
  it.each(ADVOCACY_STATES.flatMap((state) => ADVOCACY_ACTIONS.map((action) => [state, action] as const)))('%s + %s', (state, action) => {
    const item = anItem([state, '2020-01-01T00:00:00Z']);
    const result = transitionAdvocacy(item, { action, at: at('2021-01-01T00:00:00Z'), note: 'grounds' }, now);
    const [from, to] = EXPECTED[action];
    if (state === from) expect('item' in result && result.item.state).toBe(to);
    else expect(result).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('appends a dated change with its note and documents', () => {
    const result = transitionAdvocacy(anItem(['DRAFTED', '2015-03-01T00:00:00Z']), { action: 'SUBMIT', at: at('2015-04-15T00:00:00Z'), note: ' via the MoA memorandum ', documentRefs: [{ ref: 'letter-2015-117' }] }, now);
    expect('item' in result && result.item).toEqual({
      state: 'SUBMITTED',
      history: [
        { state: 'DRAFTED', at: at('2015-03-01T00:00:00Z') },
        { state: 'SUBMITTED', at: at('2015-04-15T00:00:00Z'), note: 'via the MoA memorandum', documentRefs: [{ ref: 'letter-2015-117' }] },
      ],
    });
  });

  it.each([
    ['a rejection without a note', anItem(['UNDER_REVIEW', '2016-01-01T00:00:00Z']), { action: 'REJECT' as const, at: at('2017-01-01T00:00:00Z') }, 'NOTE_REQUIRED'],
    ['a change dated in the future', anItem(['DRAFTED', '2016-01-01T00:00:00Z']), { action: 'SUBMIT' as const, at: at('2026-01-01T00:00:00Z') }, 'DATE_IN_FUTURE'],
    ['a change dated before the last one', anItem(['DRAFTED', '2016-01-01T00:00:00Z']), { action: 'SUBMIT' as const, at: at('2015-01-01T00:00:00Z') }, 'DATE_BEFORE_LAST_CHANGE'],
    ['an invalid date', anItem(['DRAFTED', '2016-01-01T00:00:00Z']), { action: 'SUBMIT' as const, at: at('x') }, 'INVALID_DATE'],
    ['an unknown action', anItem(['DRAFTED', '2016-01-01T00:00:00Z']), { action: 'PASS' as AdvocacyAction, at: at('2017-01-01T00:00:00Z') }, 'UNKNOWN_ACTION'],
  ])('refuses %s', (_, item, change, code) => {
    expect(transitionAdvocacy(item, change, now)).toMatchObject({ code });
  });
});

describe('describeWaiting', () => {
  it('"submitted April 2015, not adopted after 3,900 days"', () => {
    const plan = anItem(['DRAFTED', '2015-02-01T00:00:00Z'], ['SUBMITTED', '2015-04-15T04:00:00Z']);
    expect(describeWaiting(plan, now)).toEqual({
      state: 'SUBMITTED',
      since: at('2015-04-15T04:00:00Z'),
      days: 3900,
      submittedAt: at('2015-04-15T04:00:00Z'),
      daysSinceSubmitted: 3900,
      sentence: 'submitted April 2015, not adopted after 3,900 days',
    });
  });

  it('counts Bishkek calendar days: 19:00 UTC on 14 April is 15 April in Bishkek', () => {
    const plan = anItem(['SUBMITTED', '2015-04-14T19:00:00Z']);
    expect(describeWaiting(plan, now).days).toBe(3900);
  });

  it('under review or stalled: since when, and how long since submission', () => {
    const creditLine = anItem(['DRAFTED', '2018-01-10T00:00:00Z'], ['SUBMITTED', '2018-03-01T00:00:00Z'], ['UNDER_REVIEW', '2019-05-20T00:00:00Z']);
    expect(describeWaiting(creditLine, now)).toMatchObject({ state: 'UNDER_REVIEW', days: 2404, daysSinceSubmitted: 2849, sentence: 'submitted March 2018, under review since May 2019, not adopted after 2,849 days' });
    const stalled = { state: 'STALLED' as const, history: [...creditLine.history, { state: 'STALLED' as const, at: at('2021-09-01T00:00:00Z') }] };
    expect(describeWaiting(stalled, now).sentence).toBe('submitted March 2018, stalled since September 2021, not adopted after 2,849 days');
  });

  it('decided items count to the decision', () => {
    const adopted = anItem(['SUBMITTED', '2020-01-01T00:00:00Z'], ['UNDER_REVIEW', '2020-02-01T00:00:00Z'], ['ADOPTED', '2020-12-31T00:00:00Z']);
    expect(describeWaiting(adopted, now)).toMatchObject({ daysSinceSubmitted: 365, sentence: 'submitted January 2020, adopted December 2020 after 365 days' });
    const rejected = anItem(['SUBMITTED', '2020-01-01T00:00:00Z'], ['UNDER_REVIEW', '2020-01-01T00:00:00Z'], ['REJECTED', '2020-01-02T00:00:00Z']);
    expect(describeWaiting(rejected, now).sentence).toBe('submitted January 2020, rejected January 2020 after 1 day');
  });

  it('drafts count from drafting; items recorded without a submission from their state', () => {
    expect(describeWaiting(anItem(['DRAFTED', '2025-11-03T00:00:00Z']), now).sentence).toBe('drafted November 2025, not submitted after 45 days');
    expect(describeWaiting(anItem(['UNDER_REVIEW', '2025-12-08T00:00:00Z']), now)).toMatchObject({ submittedAt: null, sentence: 'under review since December 2025, not adopted after 10 days' });
  });
});
