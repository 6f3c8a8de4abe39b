/**
 * The facts the eligibility reasoning works on, and what it answers. Gathered by db/eligibility.ts from
 * the graph; nothing here knows about Neo4j, GraphQL or any country: the rules are data.
 */
import type {
  ApproachCode,
  AssumptionKind,
  MembershipBasis,
  Objective,
  RuleEffect,
} from '../../../../core/vocabulary.js';

export type {
  ApproachCode,
  AssumptionKind,
  MembershipBasis,
  Objective,
  RuleEffect,
} from '../../../../core/vocabulary.js';

export interface Citation {
  documentId: string;
  locator: string;
  quote: string;
  kind: 'QUOTE' | 'NOTE';
}

export interface RuleFact {
  id: string;
  name: string;
  /** "SO4.4" or "ALL". */
  objective: Objective;
  approaches: ApproachCode[];
  effect: RuleEffect;
  activity: string;
  /** For CONDITION rules: "approach:A,B", "requests-not-explicitly-covered", "agreements", joined by ";". */
  scope: string | null;
  conditions: Array<{ kind: string; text: string }>;
  citations: Citation[];
  /** Ids of the actors, groups or classes the rule names (APPLIES_TO). */
  appliesTo: string[];
  /** The principle (section 3) the rule is stated in, if any. */
  principle: number | null;
}

export interface MemberFact {
  id: string;
  role: string | null;
  citations: Citation[];
}

/** Something a rule names: an actor (possibly a country group) or a class of actors. */
export interface TargetFact {
  id: string;
  label: 'Actor' | 'ActorClass';
  name: string;
  kind: string | null;
  /** Actors of these kinds are members by definition. */
  memberKinds: string[];
  /** What makes an actor a member: a curated agreement / assumption (HAS_CYBER_AGREEMENT) or INCOMPATIBLE. */
  filledBy: AssumptionKind | null;
  /** Kinds an actor must have to be admitted through filledBy (empty: any kind). */
  admitsKinds: string[];
  /** Explicit MEMBER_OF members. */
  members: MemberFact[];
}

export interface ActorFact {
  id: string;
  name: string;
  kind: string;
}

/** An actor party to an agreement with the Union that covers cybersecurity (curated data). */
export interface AgreementFact {
  actorId: string;
  agreementId: string;
  agreementName: string;
  citations: Citation[];
}

/** Targets and actors by id: Maps, because the ids come from clients (a plain object would take "constructor"). */
export interface EligibilityFacts {
  objectives: string[];
  rules: RuleFact[];
  targets: ReadonlyMap<string, TargetFact>;
  actors: ReadonlyMap<string, ActorFact>;
  agreements: AgreementFact[];
}

export interface Assumption {
  kind: AssumptionKind;
  actorId: string;
}

export interface Question {
  /** As the strategy writes it: "SO4.4", or "ALL". */
  objective: Objective;
  approach: ApproachCode;
  assumptions: Assumption[];
}

/** How a partner stands for what a rule names (core's MEMBERSHIP_BASES). */
export type Basis = MembershipBasis;

export interface ConditionResult {
  kind: string;
  text: string;
  rule: RuleFact;
  citation: Citation | null;
}

export interface Reason {
  rule: RuleFact;
  basis: Basis;
  /** The group the partner belongs to, when the rule names the group. */
  viaGroup: string | null;
  /** The class the partner belongs to, when the rule names a class. */
  viaClass: string | null;
  assumption: Assumption | null;
  /** The agreement that made the partner a class member (basis AGREEMENT). */
  agreement: AgreementFact | null;
  citation: Citation;
  conditions: ConditionResult[];
  explanation: string;
}

export interface PartnerResult {
  actorId: string;
  reasons: Reason[];
  conditions: ConditionResult[];
  /** True when the partner qualifies only through what-if assumptions. */
  assumed: boolean;
}

export interface ClassMemberResult {
  actorId: string;
  basis: Basis;
  assumption: Assumption | null;
  agreement: AgreementFact | null;
}

export interface ClassResult {
  classId: string;
  members: ClassMemberResult[];
  reasons: Reason[];
  conditions: ConditionResult[];
}

export interface ActivityResult {
  rule: RuleFact;
  conditions: ConditionResult[];
  citation: Citation;
}

export interface Decision {
  question: Question;
  partners: PartnerResult[];
  classes: ClassResult[];
  activities: ActivityResult[];
  excluded: PartnerResult[];
  /** Conditions that apply to developing cooperation frameworks or agreements (principle 8), not to a partner. */
  generalConditions: ConditionResult[];
}

export interface RuleCheck {
  rule: RuleFact;
  applies: boolean;
  explanation: string;
  citation: Citation;
}

export interface WhyNotResult {
  question: Question;
  actorId: string;
  eligible: boolean;
  excluded: boolean;
  checks: RuleCheck[];
  summary: string;
}
