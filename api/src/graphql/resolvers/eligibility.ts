/**
 * eligibility and whyNot: thin calls into the question service (db/eligibility.ts: facts, pure evaluation, kept
 * under the data version, NOT_FOUND for unknown actors), the answer's lists as connections (eligibility-worker/
 * answer-view.ts: offset pages, or keyset pages merged with the actors held by kind, asked where the decision is
 * kept), and type resolvers;
 * loaders (entity-loaders.ts) turn actor ids into Actors.
 */
import { answerActorProfile, answerEligibility, answerWhyNot, type EligibilityQuestion } from '../../db/eligibility.js';
import { getDataVersion } from '../../db/queries.js';
import { questionTitle, type AgreementFact } from '../../domain/eligibility/index.js';
import type { AssumptionInput, Objective, Approach, Resolvers } from '../generated/resolvers.js';

interface QuestionArgs {
  objective: Objective;
  approach: Approach;
  assume?: AssumptionInput[] | null;
}

const assumptionsOf = (assume: AssumptionInput[] | null | undefined) =>
  (assume ?? []).map((a) => ({ kind: a.kind, actorId: a.actor, classId: a.class ?? null }));

const questionOf = (args: QuestionArgs): EligibilityQuestion => ({
  objective: args.objective,
  approach: args.approach,
  assume: assumptionsOf(args.assume),
});

/** A reason's agreement with its record; a curated agreement without one is shown with what it has. */
function agreementUsed(agreement: AgreementFact | null) {
  if (!agreement) return null;
  const d = agreement.details;
  return {
    id: agreement.agreementId,
    name: agreement.agreementName,
    kinds: agreement.kinds,
    type: d?.type ?? 'agreement',
    referenceData: d?.referenceData ?? false,
    ambiguousKinds: d?.ambiguousKinds ?? [],
    kindReadings: d?.kindReadings ?? [],
    cyberScope: d?.cyberScope ?? [],
    article: d?.article ?? null,
    articleNote: d?.articleNote ?? null,
    dateSigned: d?.dateSigned ?? null,
    dateSignedNote: d?.dateSignedNote ?? null,
    provisionalApplication: d?.provisionalApplication ?? null,
    provisionalApplicationNote: d?.provisionalApplicationNote ?? null,
    entryIntoForce: d?.entryIntoForce ?? null,
    entryIntoForceNote: d?.entryIntoForceNote ?? null,
    evidence: d?.evidence ?? [],
  };
}

export const eligibilityResolvers: Resolvers = {
  Query: {
    // The evaluated answer is shared under the data version: the type resolvers below only read it.
    eligibility: async (_root, args, { db }) => (await answerEligibility(db, questionOf(args))).answer,
    whyNot: (_root, args, { db }) => answerWhyNot(db, questionOf(args), args.partner),
    actorProfile: (_root, args, { db }) => answerActorProfile(db, args.actor, assumptionsOf(args.assume)),
  },
  ActorProfile: {
    dataVersion: async (_profile, _args, { db }) => (await getDataVersion(db)).version,
  },
  Eligibility: {
    question: (decision) => questionTitle(decision.question),
    objective: (decision) => decision.question.objective,
    approach: (decision) => decision.question.approach,
    assumptions: (decision) => decision.question.assumptions,
    partners: (answer, args) => answer.partners.page(args),
    excluded: (answer, args) => answer.excluded.page(args),
    dataVersion: async (_decision, _args, { db }) => (await getDataVersion(db)).version,
  },
  WhyNot: {
    objective: (result) => result.question.objective,
    approach: (result) => result.question.approach,
    assumptions: (result) => result.question.assumptions,
  },
  EligibleClass: {
    members: (eligibleClass, args) => eligibleClass.members.page(args),
  },
  Assumption: {
    description: (assumption) => assumption.description,
  },
  Reason: {
    activity: (reason) => reason.rule.activity,
    agreementId: (reason) => reason.agreement?.agreementId ?? null,
    agreementName: (reason) => reason.agreement?.agreementName ?? null,
    agreement: (reason) => agreementUsed(reason.agreement),
    approachStated: (reason) => reason.rule.approachStated,
  },
  EligiblePartner: {
    lost: (partner) => ('lost' in partner ? partner.lost : []),
  },
  EligibleActivity: {
    activity: (activity) => activity.rule.activity,
  },
};
