/**
 * The worker's decisions (eligibility-worker/decisions.ts): kept by facts and question, the least recently used
 * dropped first (beyond a number of decisions, or of the items they list in all), evaluated again when asked after
 * being dropped.
 */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../api/src/domain/eligibility/index.js';
import { DecisionStore } from '../../../../api/src/eligibility-worker/decisions.js';
import type { QuestionInput } from '../../../../api/src/eligibility-worker/protocol.js';

const q = (approach: QuestionInput['approach'], actorId?: string): QuestionInput => ({
  objective: 'SO4.4',
  approach,
  assume: actorId ? [{ kind: 'SPECIFIC_EU_AGREEMENT', actorId }] : [],
});
/** A decision listing `partners` partners (and nothing else the store counts). */
const made = (label: string, partners = 0) =>
  ({
    label,
    partners: Array.from({ length: partners }, (_, i) => ({ actorId: `p${i}` })),
    excluded: [],
    suspended: [],
    classes: [],
  }) as unknown as Decision;

describe('the decisions the worker keeps', () => {
  it('should evaluate a question once per facts, and tell questions, what-ifs and facts apart', () => {
    const store = new DecisionStore(8);
    const a = store.get(1, q('LIMITED'), () => made('a'));
    expect(store.get(1, q('LIMITED'), () => made('again'))).toBe(a);
    expect(store.get(1, q('LIMITED', 'japan'), () => made('b'))).not.toBe(a);
    expect(store.get(2, q('LIMITED'), () => made('c'))).not.toBe(a);
    expect(store.evaluated).toBe(3);
    expect(store.has(1, q('OUTREACH'))).toBe(false);
  });

  it('should drop the least recently used beyond its size, and evaluate it again when asked', () => {
    const store = new DecisionStore(2);
    store.get(1, q('LIMITED'), () => made('limited'));
    store.get(1, q('ASSISTING'), () => made('assisting'));
    store.get(1, q('LIMITED'), () => made('unused')); // used: now the most recent
    store.get(1, q('OUTREACH'), () => made('outreach')); // drops ASSISTING
    expect(store.has(1, q('LIMITED'))).toBe(true);
    expect(store.has(1, q('ASSISTING'))).toBe(false);
    expect(store.get(1, q('ASSISTING'), () => made('anew'))).toEqual(made('anew'));
    expect(store.evaluated).toBe(4);
  });

  it('should drop the least recently used beyond its items in all, and always keep the newest', () => {
    const store = new DecisionStore(8, 100);
    store.get(1, q('LIMITED'), () => made('limited', 40));
    store.get(1, q('ASSISTING'), () => made('assisting', 40));
    expect(store.has(1, q('LIMITED'))).toBe(true);
    store.get(1, q('OUTREACH'), () => made('outreach', 40)); // 120 items: drops LIMITED
    expect(store.has(1, q('LIMITED'))).toBe(false);
    expect(store.has(1, q('ASSISTING'))).toBe(true);
    store.get(2, q('LIMITED'), () => made('huge', 500)); // alone above the bound: kept, every other dropped
    expect(store.has(2, q('LIMITED'))).toBe(true);
    expect(store.has(1, q('ASSISTING'))).toBe(false);
    expect(store.has(1, q('OUTREACH'))).toBe(false);
    store.get(2, q('OUTREACH'), () => made('small', 1)); // the huge one goes
    expect(store.has(2, q('LIMITED'))).toBe(false);
    expect(store.evaluated).toBe(5);
  });

  it('should count a decision asked again once (its items are not added twice)', () => {
    const store = new DecisionStore(8, 100);
    store.get(1, q('LIMITED'), () => made('limited', 45));
    store.get(1, q('ASSISTING'), () => made('assisting', 45));
    for (let i = 0; i < 3; i++) store.get(1, q('LIMITED'), () => made('unused')); // hits: 90 items still
    store.get(1, q('OUTREACH'), () => made('small', 10)); // 100: nothing dropped
    expect(store.has(1, q('LIMITED'))).toBe(true);
    expect(store.has(1, q('ASSISTING'))).toBe(true);
    expect(store.has(1, q('OUTREACH'))).toBe(true);
    expect(store.evaluated).toBe(3);
  });
});
