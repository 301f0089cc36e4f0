import { EventType } from '@yntymak/outbox';
import { OverlapResult } from '@yntymak/overlap-engine';
import { RaisedPair, StoredOverlap, planCarriedPair, planPairChange } from './plan-pair-change';

function raised(score: number, kind: 'DUPLICATE' | 'OVERLAP' = 'OVERLAP', fingerprint = 'fp-1', explanation = 'Both fund dairy goats'): RaisedPair {
  const result = { projectIds: ['a', 'b'], score, kind, explanation, components: {}, engineVersion: 'test' } as unknown as OverlapResult;
  const side = (id: string) => ({ projectId: id, ownerId: `org-${id}`, title: { en: id }, blind: null });
  return { result, organisations: ['org-a', 'org-b'], fingerprint, blind: [null, null], sides: [side('a'), side('b')] };
}

function stored(overrides: Partial<StoredOverlap> = {}): StoredOverlap {
  return {
    id: 'o1',
    engine_version: 'test',
    project_a_id: 'a',
    project_b_id: 'b',
    organisation_a_id: 'org-a',
    organisation_b_id: 'org-b',
    score: '0.70000',
    kind: 'OVERLAP',
    status: 'OPEN',
    explanation: 'Both fund dairy goats',
    material_fingerprint: 'fp-1',
    ...overrides,
  };
}

describe('planPairChange', () => {
  it('creates a new pair, records DETECTED and alerts everyone with status OPEN', () => {
    const change = planPairChange(raised(0.7), undefined);
    expect(change).toEqual({
      outcome: 'created',
      score: '0.70000',
      reopen: false,
      insertStatus: 'OPEN',
      event: { kind: 'DETECTED', detail: { score: '0.70000', kind: 'OVERLAP' } },
      announce: EventType.OverlapDetected,
      alertStatus: 'OPEN',
    });
  });

  it('writes nothing when nothing changed (float noise below the stored precision included)', () => {
    expect(planPairChange(raised(0.7000001), stored())).toEqual({ outcome: 'unchanged', score: '0.70000', reopen: false });
  });

  it('rescores silently when only the score moved', () => {
    const change = planPairChange(raised(0.75), stored());
    expect(change.outcome).toBe('rescored');
    expect(change.event?.kind).toBe('RESCORED');
    expect(change.announce).toBeUndefined();
    expect(change.alertStatus).toBeUndefined();
  });

  it('announces and alerts an open pair that became a duplicate, keeping its status', () => {
    const change = planPairChange(raised(0.95, 'DUPLICATE'), stored({ status: 'OPEN' }));
    expect(change).toMatchObject({ outcome: 'changed', reopen: false, announce: EventType.OverlapChanged, alertStatus: 'OPEN' });
  });

  it('reopens a decided pair on a material change', () => {
    const change = planPairChange(raised(0.7, 'OVERLAP', 'fp-2'), stored({ status: 'COMPLEMENTARY' }));
    expect(change).toMatchObject({ outcome: 'reopened', reopen: true, alertStatus: 'OPEN', event: { kind: 'REOPENED', detail: { previousStatus: 'COMPLEMENTARY', reason: 'a project changed materially' } } });
  });

  it('keeps a dismissed pair silent when it changes kind without a material change', () => {
    const change = planPairChange(raised(0.95, 'DUPLICATE'), stored({ status: 'DISMISSED' }));
    expect(change).toMatchObject({ outcome: 'changed', reopen: false, announce: EventType.OverlapChanged });
    expect(change.alertStatus).toBeUndefined();
  });

  it('never reopens or alerts a co-financing pair, even on a material change', () => {
    const change = planPairChange(raised(0.95, 'DUPLICATE', 'fp-2'), stored({ status: 'CO_FINANCING' }));
    expect(change.reopen).toBe(false);
    expect(change.alertStatus).toBeUndefined();
  });

  it('reopens a closed pair raised again, even unchanged', () => {
    const change = planPairChange(raised(0.7), stored({ status: 'CLOSED' }));
    expect(change).toMatchObject({ outcome: 'reopened', reopen: true, event: { detail: { reason: 'raised again' } } });
  });
});

describe('planCarriedPair (a pair an earlier engine version raised)', () => {
  const earlier = (overrides: Partial<StoredOverlap> = {}) => stored({ engine_version: 'fs-0.9.0', ...overrides });

  it('keeps the decision and tells nobody when the pair is the same', () => {
    const change = planCarriedPair(raised(0.72), earlier({ status: 'DISMISSED' }));
    expect(change).toMatchObject({ outcome: 'created', insertStatus: 'DISMISSED', event: { kind: 'DETECTED', detail: { carriedFrom: { overlapId: 'o1', engineVersion: 'fs-0.9.0', status: 'DISMISSED' } } } });
    expect(change.announce).toBeUndefined();
    expect(change.alertStatus).toBeUndefined();
  });

  it('reopens a decided pair that changed materially, and alerts', () => {
    const change = planCarriedPair(raised(0.72, 'OVERLAP', 'fp-2'), earlier({ status: 'COMPLEMENTARY' }));
    expect(change).toMatchObject({ insertStatus: 'OPEN', announce: EventType.OverlapChanged, alertStatus: 'OPEN' });
  });

  it('announces an open pair that became a duplicate under the new engine', () => {
    expect(planCarriedPair(raised(0.95, 'DUPLICATE'), earlier())).toMatchObject({ insertStatus: 'OPEN', announce: EventType.OverlapChanged, alertStatus: 'OPEN' });
  });

  it('keeps co-financing whatever changed', () => {
    const change = planCarriedPair(raised(0.95, 'DUPLICATE', 'fp-2'), earlier({ status: 'CO_FINANCING' }));
    expect(change.insertStatus).toBe('CO_FINANCING');
    expect(change.alertStatus).toBeUndefined();
  });
});
