/**
 * whyNot and the per-actor profile on the synthetic graph (fixture.ts): the count in the summary is the
 * count of the checks listed, the decisive route comes first, checks that name no partner are neutral, names
 * (not ids) in every sentence, the Article 12 caveat on every whyNot, and the profile agrees with evaluate.
 */
import { APPROACHES } from '../../../../../core/vocabulary.js';
import { describe, expect, it } from 'vitest';
import {
  actorProfile,
  buildQuestion,
  evaluate,
  parseObjective,
  whyNot,
} from '../../../../../api/src/domain/eligibility/index.js';
import { facts } from './fixture.js';

const why = (actor: string, objective: string, approach: 'LIMITED' | 'ASSISTING' | 'OUTREACH', assume = []) =>
  whyNot(facts, buildQuestion(facts, parseObjective(objective), approach, assume), actor);

/** "9 checks: 0 apply, 3 do not apply, 6 are neutral" → the four numbers. */
function tally(summary: string) {
  const m = /(\d+) checks: (\d+) apply, (\d+) do not apply, (\d+) are neutral/.exec(summary);
  if (!m) throw new Error(`no tally in: ${summary}`);
  return m.slice(1).map(Number);
}

describe('whyNot', () => {
  it('should count in its summary exactly the checks it lists', () => {
    for (const objective of facts.objectives)
      for (const approach of APPROACHES.values)
        for (const actor of facts.actors.keys()) {
          const result = why(actor, objective, approach);
          const [total, apply, doNot, neutral] = tally(result.summary);
          expect(total, result.summary).toBe(result.checks.length);
          expect(apply).toBe(result.checks.filter((c) => c.status === 'APPLIES').length);
          expect(doNot).toBe(result.checks.filter((c) => c.status === 'DOES_NOT_APPLY').length);
          expect(neutral).toBe(result.checks.filter((c) => c.status === 'NEUTRAL').length);
          expect(result.counts.checks).toBe(result.checks.length);
        }
  });

  it('should mark conditions, activities, safeguards and an exclusion that does not apply as neutral, not as failures', () => {
    const result = why('beta', 'SO4.4', 'OUTREACH');
    const status = Object.fromEntries(result.checks.map((c) => [c.rule.id, c.status]));
    expect(status).toMatchObject({
      notify: 'NEUTRAL',
      'endorse-agreements': 'NEUTRAL',
      challenges: 'NEUTRAL',
      'article-12': 'NEUTRAL',
      exclude: 'NEUTRAL',
      'specific-outreach': 'DOES_NOT_APPLY',
    });
    expect(result.checks.filter((c) => c.status === 'NEUTRAL').every((c) => !c.applies)).toBe(true);
  });

  it('should give the decisive route first: the one that would qualify with an agreement of a kind', () => {
    const result = why('beta', 'SO4.4', 'OUTREACH');
    expect(result.checks[0]!.rule.id).toBe('specific-outreach');
    expect(result.checks[0]!.wouldQualifyWith).toMatchObject({ kind: 'SPECIFIC_EU_AGREEMENT', targetId: 'specific' });
    expect(result.summary).toMatch(
      /^Beta does not qualify for outreach under SO4\.4\. It would qualify with a specific EU agreement/,
    );
  });

  it('should give the route that grants first when the partner qualifies', () => {
    const result = why('alpha', 'SO4.4', 'ASSISTING');
    expect(result.eligible).toBe(true);
    expect(result.checks[0]).toMatchObject({ status: 'APPLIES', rule: { id: 'group-assisting' } });
    expect(result.reasons.map((r) => r.rule.id)).toEqual(['group-assisting']);
    expect(result.conditions.map((c) => c.kind)).toContain('ON_REQUEST');
  });

  it('should say a suspended member would qualify if it resumed its participation, with the date', () => {
    const result = why('gamma', 'SO4.4', 'ASSISTING');
    expect(result.eligible).toBe(false);
    expect(result.checks[0]!.wouldQualifyWith).toMatchObject({ kind: 'RESUMED_PARTICIPATION', targetId: 'group' });
    expect(result.checks[0]!.explanation).toMatch(/suspended as of 28 June 2021/);
  });

  it('should explain an exclusion through a group, and keep the deeming of an actor no rule admits', () => {
    const viaGroup = why('alpha', 'SO4.4', 'ASSISTING', [{ kind: 'INCOMPATIBLE', actorId: 'group' }] as never);
    expect(viaGroup.excluded).toBe(true);
    expect(viaGroup.summary).toMatch(/^Alpha does not qualify for assisting under SO4\.4: principle 4 excludes it/);
    const deemed = why('beta', 'SO4.2', 'OUTREACH', [{ kind: 'INCOMPATIBLE', actorId: 'beta' }] as never);
    expect(deemed.excluded).toBe(false);
    expect(deemed.summary).toMatch(/It is also deemed incompatible/);
  });

  it('should quote the Article 12 safeguard on every whyNot, and say a negative answer is not final', () => {
    const result = why('beta', 'SO4.4', 'OUTREACH');
    expect(result.caveats[0]!.citations[0]!.quote).toMatch(/will not in any way limit or hamper Article 12/);
    expect(result.summary).toMatch(
      /This is not final: the strategy does not limit Article 12 \("will not in any way limit or hamper Article 12", 2\)\./,
    );
    expect(why('alpha', 'SO4.4', 'ASSISTING').caveats).toHaveLength(1);
  });

  it('should name actors by name in every explanation and summary', () => {
    for (const approach of APPROACHES.values) {
      const result = why('beta', 'SO4.4', approach);
      for (const text of [result.summary, ...result.checks.map((c) => c.explanation)])
        expect(text).not.toMatch(/\b(alpha|beta|gamma)\b/);
    }
  });
});

describe('one actor across the whole strategy', () => {
  it('should answer every objective × approach, as evaluate and whyNot do', () => {
    for (const actorId of facts.actors.keys()) {
      const profile = actorProfile(facts, actorId);
      expect(profile.cells).toHaveLength(facts.objectives.length * APPROACHES.values.length);
      for (const cell of profile.cells) {
        const decision = evaluate(facts, { objective: cell.objective, approach: cell.approach, assumptions: [] });
        expect(cell.eligible, `${actorId} ${cell.objective} ${cell.approach}`).toBe(
          decision.partners.some((p) => p.actorId === actorId),
        );
        expect(cell.excluded).toBe(decision.excluded.some((p) => p.actorId === actorId));
        expect(cell.summary).toBe(why(actorId, cell.objective, cell.approach).summary);
        expect(cell.caveats.length > 0).toBe(!cell.eligible);
      }
    }
  });
});
