/** The eligibility question: its choices, its answer (every page of partners) and whyNot. */
import { allPages, graphql } from './client';
import {
  EligibilityDocument,
  EligibilityPartnersDocument,
  QuestionsDocument,
  WhyNotDocument,
  type Approach,
  type ConditionFieldsFragment,
  type EligibilityQuery,
  type EligibilityQueryVariables,
  type PartnerFieldsFragment,
  type QuestionsQuery,
  type WhyNotQuery,
} from './generated/graphql';
import type { AssumptionState } from '../state/url-state';

export type Objective = QuestionsQuery['strategicObjectives'][number];
export type ApproachInfo = QuestionsQuery['approaches'][number];

export async function fetchQuestions(): Promise<{ objectives: Objective[]; approaches: ApproachInfo[] }> {
  const data = await graphql(QuestionsDocument, {});
  return { objectives: data.strategicObjectives, approaches: data.approaches };
}

export type Condition = ConditionFieldsFragment;
export type Partner = PartnerFieldsFragment;
export type Reason = Partner['reasons'][number];

type Answer = NonNullable<EligibilityQuery['eligibility']>;
type AnswerClass = Answer['classes'][number];

export type EligibleClass = Omit<AnswerClass, 'members'> & {
  members: AnswerClass['members']['edges'][number]['node'][];
};

/** An eligibility answer with every partner and excluded partner (all pages) and the classes' members. */
export type Eligibility = Omit<Answer, 'partners' | 'excluded' | 'classes'> & {
  partners: Partner[];
  excluded: Partner[];
  classes: EligibleClass[];
};

export async function fetchEligibility(
  objective: EligibilityQueryVariables['objective'],
  approach: Approach,
  assume: AssumptionState[],
): Promise<Eligibility> {
  const question = { objective, approach, assume };
  const { eligibility } = await graphql(EligibilityDocument, question);
  const answer = eligibility!;
  const more = (list: 'partners' | 'excluded') => async (after: string) => {
    const page = await graphql(EligibilityPartnersDocument, {
      ...question,
      partnersAfter: list === 'partners' ? after : null,
      excludedAfter: list === 'excluded' ? after : null,
    });
    return page.eligibility?.[list];
  };
  const [partners, excluded] = await Promise.all([
    allPages(answer.partners, more('partners')),
    allPages(answer.excluded, more('excluded')),
  ]);
  const classes = answer.classes.map((c) => ({ ...c, members: c.members.edges.map((e) => e.node) }));
  return { ...answer, partners, excluded, classes };
}

export type WhyNot = NonNullable<WhyNotQuery['whyNot']>;

export async function fetchWhyNot(
  partner: string,
  objective: EligibilityQueryVariables['objective'],
  approach: Approach,
  assume: AssumptionState[],
): Promise<WhyNot> {
  const data = await graphql(WhyNotDocument, { partner, objective, approach, assume });
  return data.whyNot!;
}
