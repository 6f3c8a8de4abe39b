/** Validates and normalises a question: "SO4.4", "4.4", "so4.4" → "SO4.4"; "all" → "ALL". */
import type { ApproachCode, Assumption, EligibilityFacts, Question } from './types.js';

export class InvalidQuestion extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidQuestion';
  }
}

export function normaliseObjective(raw: string, objectives: readonly string[]): string {
  const value = raw.trim().toUpperCase();
  if (value === 'ALL') return 'ALL';
  const code = /^\d/.test(value) ? `SO${value}` : value;
  if (objectives.includes(code)) return code;
  const valid = [...objectives, ...objectives.map((o) => o.slice(2)), 'ALL'];
  throw new InvalidQuestion('objective', `objective "${raw}" is not valid; use one of ${valid.join(', ')}`);
}

export function buildQuestion(
  facts: Pick<EligibilityFacts, 'objectives' | 'actors'>,
  objective: string,
  approach: ApproachCode,
  assumptions: Assumption[] = [],
): Question {
  assumptions.forEach((assumption, index) => {
    if (!facts.actors.has(assumption.actorId)) {
      throw new InvalidQuestion(
        `assume[${index}].actor`,
        `assume[${index}].actor: no actor with id "${assumption.actorId}"`,
      );
    }
  });
  const unique = [...new Map(assumptions.map((a) => [`${a.kind}|${a.actorId}`, a])).values()];
  return { objective: normaliseObjective(objective, facts.objectives), approach, assumptions: unique };
}

export const questionTitle = (question: Question): string => {
  const approach = question.approach.charAt(0) + question.approach.slice(1).toLowerCase();
  return `${approach} under ${question.objective === 'ALL' ? 'all objectives' : question.objective}`;
};
