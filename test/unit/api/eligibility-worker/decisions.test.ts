/**
 * The worker's decisions (eligibility-worker/decisions.ts): kept by facts and question, the least recently used
 * dropped first, evaluated again when asked after being dropped.
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
const made = (label: string) => ({ label }) as unknown as Decision;

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
});
