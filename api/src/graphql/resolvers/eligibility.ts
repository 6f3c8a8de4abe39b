/**
 * eligibility and whyNot: thin calls into the question service (db/eligibility.ts: facts, pure evaluation,
 * kept under the data version), and type resolvers and loaders that turn actor ids into Actors.
 */
import type { IResolvers } from 'mercurius';
import { answerEligibility, answerWhyNot, type EligibilityQuestion } from '../../db/eligibility.js';
import { getDataVersion } from '../../db/queries.js';
import {
  InvalidQuestion,
  parseObjective,
  questionTitle,
  type ApproachCode,
  type Assumption,
  type Decision,
  type Reason,
} from '../../domain/eligibility/index.js';
import { badInput } from '../../errors.js';

interface QuestionArgs {
  objective: string;
  approach: ApproachCode;
  assume?: Array<{ kind: Assumption['kind']; actor: string }> | null;
}

function questionOf(args: QuestionArgs): EligibilityQuestion {
  let objective;
  try {
    objective = parseObjective(args.objective);
  } catch (error) {
    if (error instanceof InvalidQuestion) throw badInput(error.message, { field: error.field });
    throw error;
  }
  const assume = (args.assume ?? []).map((a) => ({ kind: a.kind, actorId: a.actor }));
  return { objective, approach: args.approach, assume };
}

/** The most list items one field returns: answers grow with the graph (LIMITED lists every partner). */
export const MAX_PAGE = 1000;

interface PageArgs {
  first?: number | null;
  offset?: number | null;
}

/** One page of a list: first 1 to MAX_PAGE (MAX_PAGE when omitted), offset 0 or more. */
function page<T>(items: readonly T[], { first, offset }: PageArgs): readonly T[] {
  const size = first ?? MAX_PAGE;
  const start = offset ?? 0;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw badInput(`first must be 1 to ${MAX_PAGE}`, { field: 'first' });
  if (!Number.isInteger(start) || start < 0) throw badInput('offset must be 0 or more', { field: 'offset' });
  return items.slice(start, start + size);
}

const describeAssumption = (a: Assumption) =>
  a.kind === 'HAS_CYBER_AGREEMENT'
    ? `What-if: ${a.actorId} has a specific agreement with the Union that covers cybersecurity.`
    : `What-if: contacts or cooperation with ${a.actorId} would be incompatible with the Union's interests (principle 4).`;

export const eligibilityResolvers: IResolvers = {
  Query: {
    // The evaluated answer is kept under the data version (read-only from here on: type resolvers only read).
    eligibility: async (_root, args: QuestionArgs, { db }) => (await answerEligibility(db, questionOf(args))).decision,
    whyNot: (_root, args: QuestionArgs & { partner: string }, { db }) =>
      answerWhyNot(db, questionOf(args), args.partner),
  },
  Eligibility: {
    question: (decision: Decision) => questionTitle(decision.question),
    objective: (decision: Decision) => decision.question.objective,
    approach: (decision: Decision) => decision.question.approach,
    assumptions: (decision: Decision) => decision.question.assumptions,
    partners: (decision: Decision, args: PageArgs) => page(decision.partners, args),
    partnerCount: (decision: Decision) => decision.partners.length,
    excluded: (decision: Decision, args: PageArgs) => page(decision.excluded, args),
    excludedCount: (decision: Decision) => decision.excluded.length,
    dataVersion: async (_decision: Decision, _args, { db }) => (await getDataVersion(db)).version,
  },
  WhyNot: {
    objective: (result: { question: Decision['question'] }) => result.question.objective,
    approach: (result: { question: Decision['question'] }) => result.question.approach,
    assumptions: (result: { question: Decision['question'] }) => result.question.assumptions,
  },
  EligibleClass: {
    members: (eligibleClass: { members: readonly unknown[] }, args: PageArgs) => page(eligibleClass.members, args),
    memberCount: (eligibleClass: { members: readonly unknown[] }) => eligibleClass.members.length,
  },
  Assumption: {
    description: (assumption: Assumption) => describeAssumption(assumption),
  },
  Reason: {
    activity: (reason: Reason) => reason.rule.activity,
  },
  EligibleActivity: {
    activity: (activity: { rule: { activity: string } }) => activity.rule.activity,
  },
};
