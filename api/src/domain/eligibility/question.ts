/**
 * A question, validated and normalised: the objective as the strategy writes it ("SO4.4", or "ALL"), read
 * loosely from people ("4.4", "so4.4", "all") by parseObjective; the assumptions' actors (and classes) checked
 * against the facts; what-ifs in words, with names.
 */
import { ASSUMPTION_KINDS, OBJECTIVES, type Objective } from '../../../../core/vocabulary.js';
import type { ApproachCode, Assumption, AssumptionKind, EligibilityFacts, Question } from './types.js';

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

/** What a what-if assumes, as a phrase with the actor's name ("there is a specific EU agreement with Japan"). */
export function assumptionPhrase(kind: AssumptionKind, actor: string, className = ''): string {
  switch (kind) {
    case 'SPECIFIC_EU_AGREEMENT':
      return `there is a specific EU agreement with ${actor} (section 4)`;
    case 'EXPLICIT_CYBER_AGREEMENT':
      return `an agreement between the Union and ${actor} explicitly states cooperation in cybersecurity (principle 2)`;
    case 'CYBER_AGREEMENT_OR_FRAMEWORK':
      return `the Union has an agreement or framework with ${actor} that promotes cooperation in cybersecurity (2.2)`;
    case 'INCOMPATIBLE':
      return `contacts or cooperation with ${actor} would be deemed incompatible with the Union's interests or policy goals (principle 4)`;
    case 'IN_CLASS':
      return `${actor} is one of "${className}"`;
  }
}

export interface AssumptionInput {
  kind: AssumptionKind;
  actorId: string;
  classId?: string | null;
}

function checkAssumption(
  facts: Pick<EligibilityFacts, 'actors' | 'targets'>,
  input: AssumptionInput,
  index: number,
): Assumption {
  const at = `assume[${index}]`;
  if (!ASSUMPTION_KINDS.has(input.kind))
    throw new InvalidQuestion(`${at}.kind`, `${at}.kind must be one of ${ASSUMPTION_KINDS.values.join(', ')}`);
  const actor = facts.actors.get(input.actorId);
  if (!actor)
    throw new InvalidQuestion(`${at}.actor`, `${at}.actor: no actor with id "${input.actorId}"`, input.actorId);
  const classId = input.classId ?? null;
  if (input.kind !== 'IN_CLASS') {
    if (classId !== null)
      throw new InvalidQuestion(`${at}.class`, `${at}.class: only an IN_CLASS assumption names a class`);
    return {
      kind: input.kind,
      actorId: actor.id,
      classId: null,
      description: `What-if: ${assumptionPhrase(input.kind, actor.name)}.`,
    };
  }
  const target = classId === null ? undefined : facts.targets.get(classId);
  const open = [...facts.targets.values()].filter((t) => t.label === 'ActorClass' && t.filledBy.length === 0);
  if (!target || target.label !== 'ActorClass')
    throw new InvalidQuestion(
      `${at}.class`,
      `${at}.class: an IN_CLASS assumption names an open class, one of ${open.map((t) => t.id).join(', ')}`,
    );
  if (target.filledBy.length > 0)
    throw new InvalidQuestion(
      `${at}.class`,
      `${at}.class: "${target.id}" is filled by ${target.filledBy.join(' or ')}; assume that kind instead`,
    );
  if (target.admitsKinds.length > 0 && !target.admitsKinds.includes(actor.kind))
    throw new InvalidQuestion(
      `${at}.actor`,
      `${at}.actor: ${actor.name} is a ${actor.kind}; "${target.name}" admits ${target.admitsKinds.join(', ')}`,
    );
  return {
    kind: 'IN_CLASS',
    actorId: actor.id,
    classId: target.id,
    description: `What-if: ${assumptionPhrase('IN_CLASS', actor.name, target.name)}.`,
  };
}

export function buildQuestion(
  facts: Pick<EligibilityFacts, 'actors' | 'targets'>,
  objective: Objective,
  approach: ApproachCode,
  assumptions: AssumptionInput[] = [],
): Question {
  const checked = assumptions.map((a, index) => checkAssumption(facts, a, index));
  const unique = [...new Map(checked.map((a) => [`${a.kind}|${a.actorId}|${a.classId ?? ''}`, a])).values()];
  return { objective, approach, assumptions: unique };
}

export const approachWord = (approach: ApproachCode) => approach.charAt(0) + approach.slice(1).toLowerCase();

export const questionTitle = (question: Question): string =>
  `${approachWord(question.approach)} under ${question.objective === 'ALL' ? 'all objectives' : question.objective}`;
