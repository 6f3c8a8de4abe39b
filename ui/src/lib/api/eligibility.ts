import { graphql } from './client';
import type { Citation } from './actors';
import type { ApproachCode, AssumptionState } from '../state/url-state';

export interface Objective {
  id: string;
  code: string;
  name: string;
}

export interface ApproachInfo {
  code: ApproachCode;
  name: string;
  commitment: string;
}

export async function fetchQuestions(): Promise<{ objectives: Objective[]; approaches: ApproachInfo[] }> {
  const data = await graphql<{ strategicObjectives: Objective[]; approaches: ApproachInfo[] }>(
    '{ strategicObjectives { id code name } approaches { code name commitment } }',
  );
  return { objectives: data.strategicObjectives, approaches: data.approaches };
}

type Cite = Pick<Citation, 'document' | 'locator' | 'quote'>;
interface ActorRef {
  id: string;
  name: string;
  kind: string;
}
export interface Condition {
  kind: string;
  text: string;
  citation: Cite | null;
}
export interface Reason {
  rule: { id: string; name: string; principle: number | null };
  activity: string;
  basis: string;
  viaGroup: ActorRef | null;
  viaClass: { id: string; name: string } | null;
  assumption: { description: string } | null;
  citation: Cite;
  explanation: string;
}
export interface Partner {
  actor: ActorRef;
  assumed: boolean;
  reasons: Reason[];
  conditions: Condition[];
}
export interface EligibleClass {
  class: { id: string; name: string; description: string; filledBy: string | null };
  members: Array<{ actor: ActorRef; basis: string; assumption: { description: string } | null }>;
  conditions: Condition[];
}
export interface Eligibility {
  question: string;
  assumptions: Array<{ kind: string; actor: ActorRef; description: string }>;
  partners: Partner[];
  classes: EligibleClass[];
  activities: Array<{ rule: { id: string; name: string }; activity: string; conditions: Condition[]; citation: Cite }>;
  excluded: Partner[];
  generalConditions: Condition[];
}

const CITE = 'citation { document { id name } locator quote }';
const CONDITION = `kind text ${CITE}`;
const REASON = `rule { id name principle } activity basis viaGroup { id name kind } viaClass { id name }
  assumption { description } ${CITE} explanation`;
const PARTNER = `actor { id name kind } assumed reasons { ${REASON} } conditions { ${CONDITION} }`;

const ELIGIBILITY = `query Eligibility($objective: String!, $approach: Approach!, $assume: [AssumptionInput!]) {
  eligibility(objective: $objective, approach: $approach, assume: $assume) {
    question
    assumptions { kind actor { id name kind } description }
    partners { ${PARTNER} }
    classes { class { id name description filledBy } members { actor { id name kind } basis assumption { description } } conditions { ${CONDITION} } }
    activities { rule { id name } activity conditions { ${CONDITION} } ${CITE} }
    excluded { ${PARTNER} }
    generalConditions { ${CONDITION} }
  }
}`;

export async function fetchEligibility(
  objective: string,
  approach: ApproachCode,
  assume: AssumptionState[],
): Promise<Eligibility> {
  const data = await graphql<{ eligibility: Eligibility }>(ELIGIBILITY, { objective, approach, assume });
  return data.eligibility;
}

export interface WhyNot {
  partner: ActorRef;
  eligible: boolean;
  excluded: boolean;
  summary: string;
  checks: Array<{
    rule: { id: string; name: string; principle: number | null };
    applies: boolean;
    explanation: string;
    citation: Cite;
  }>;
}

const WHY_NOT = `query WhyNot($partner: ID!, $objective: String!, $approach: Approach!, $assume: [AssumptionInput!]) {
  whyNot(partner: $partner, objective: $objective, approach: $approach, assume: $assume) {
    partner { id name kind } eligible excluded summary
    checks { rule { id name principle } applies explanation ${CITE} }
  }
}`;

export async function fetchWhyNot(
  partner: string,
  objective: string,
  approach: ApproachCode,
  assume: AssumptionState[],
): Promise<WhyNot> {
  const data = await graphql<{ whyNot: WhyNot }>(WHY_NOT, { partner, objective, approach, assume });
  return data.whyNot;
}
