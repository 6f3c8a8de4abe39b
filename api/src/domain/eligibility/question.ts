/**
 * A question, validated and normalised: the objective as the strategy writes it ("SO4.4", or "ALL"), read
 * loosely from people ("4.4", "so4.4", "all") by parseObjective; the assumptions' actors checked against the facts.
 */
import { OBJECTIVES, type Objective } from '../../../../core/vocabulary.js';
import type { ApproachCode, Assumption, EligibilityFacts, Question } from './types.js';

export class InvalidQuestion extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** The id that names nothing, when that is what is wrong (NOT_FOUND rather than bad input). */
    readonly missingId: string | null = null,
  ) {
    super(message);
    this.name = 'InvalidQuestion';
  }
}

/** "SO4.4", "so4.4", "4.4" and "SO4_4" (the GraphQL enum) → "SO4.4"; "all" → "ALL". */
export function parseObjective(raw: string): Objective {
  const value = raw.trim().toUpperCase().replace(/_/g, '.');
  const code = /^\d/.test(value) ? `SO${value}` : value;
  if (OBJECTIVES.has(code)) return code;
  const valid = OBJECTIVES.values.flatMap((o) => (o === 'ALL' ? [o] : [o, o.slice(2)]));
  throw new InvalidQuestion(
    'objective',
    `objective "${raw.slice(0, 40)}" is not valid; use one of ${valid.join(', ')}`,
  );
}

export function buildQuestion(
  facts: Pick<EligibilityFacts, 'actors'>,
  objective: Objective,
  approach: ApproachCode,
  assumptions: Assumption[] = [],
): Question {
  assumptions.forEach((assumption, index) => {
    if (!facts.actors.has(assumption.actorId)) {
      throw new InvalidQuestion(
        `assume[${index}].actor`,
        `assume[${index}].actor: no actor with id "${assumption.actorId}"`,
        assumption.actorId,
      );
    }
  });
  const unique = [...new Map(assumptions.map((a) => [`${a.kind}|${a.actorId}`, a])).values()];
  return { objective, approach, assumptions: unique };
}

export const questionTitle = (question: Question): string => {
  const approach = question.approach.charAt(0) + question.approach.slice(1).toLowerCase();
  return `${approach} under ${question.objective === 'ALL' ? 'all objectives' : question.objective}`;
};
