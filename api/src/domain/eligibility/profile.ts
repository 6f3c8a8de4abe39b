/**
 * One actor across the whole strategy: every objective × approach (7 × 3 on the seed), each cell the actor's
 * whyNot (so the profile, whyNot and the eligibility answer cannot disagree): eligible or not, excluded or
 * not, the reasons with their conditions and quotes, the decisive route and the caveat. Pure, per actor.
 */
import { cellStatus } from '../../../../core/cell-status.js';
import { APPROACHES } from '../../../../core/vocabulary.js';
import type { ActorProfile, Assumption, EligibilityFacts } from './types.js';
import { whyNot } from './why-not.js';

export function actorProfile(facts: EligibilityFacts, actorId: string, assumptions: Assumption[] = []): ActorProfile {
  const objectives = [...facts.objectives].sort();
  const cells = objectives.flatMap((objective) =>
    APPROACHES.values.map((approach) => {
      const answer = whyNot(facts, { objective, approach, assumptions }, actorId);
      return {
        objective,
        approach,
        status: cellStatus(answer),
        eligible: answer.eligible,
        excluded: answer.excluded,
        assumed: answer.eligible && answer.reasons.every((r) => r.assumption !== null),
        reasons: answer.reasons,
        conditions: answer.conditions,
        decisive: answer.checks[0] ?? null,
        summary: answer.summary,
        caveats: answer.eligible ? [] : answer.caveats,
      };
    }),
  );
  return { actorId, assumptions, cells };
}
