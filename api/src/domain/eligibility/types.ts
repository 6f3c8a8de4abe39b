/**
 * The facts the eligibility reasoning works on, and what it answers. Gathered by db/eligibility.ts from
 * the graph; nothing here knows about Neo4j, GraphQL or any country: the rules are data (seed/READINGS.md
 * gives the reading behind each one).
 */
import type { CellStatus } from '../../../../core/cell-status.js';
import type {
  AgreementKind,
  CheckStatus,
  QualifyingChange,
  ApproachCode,
  AssumptionKind,
  MembershipBasis,
  Modality,
  Objective,
  RuleEffect,
} from '../../../../core/vocabulary.js';

export type {
  AgreementKind,
  ApproachCode,
  AssumptionKind,
  MembershipBasis,
  Objective,
  RuleEffect,
} from '../../../../core/vocabulary.js';

/** What a class is filled by: an agreement kind (core AGREEMENT_KINDS), or a principle-4 judgement. */
export type FillKind = AgreementKind | 'INCOMPATIBLE';

export interface Citation {
  documentId: string;
  locator: string;
  quote: string;
  kind: 'QUOTE' | 'NOTE';
  /** How firmly the quoted sentence states it (issue 17), where the seed records it; absent otherwise. */
  modality?: Modality | null;
  /** The words that carry the modality ("Under this approach, ENISA will"). */
  verbPhrase?: string | null;
}

export interface ConditionFact {
  kind: string;
  /** Verbatim text of the provision (checked by the seed validator). */
  text: string;
  /** The provision it is stated in, when not the rule's first citation (e.g. "footnote 5"). */
  locator: string | null;
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
  conditions: ConditionFact[];
  citations: Citation[];
  /** Ids of the actors, groups or classes the rule names (APPLIES_TO). */
  appliesTo: string[];
  /** Groups the rule names for their member countries only, not as a body (APPLIES_TO reach: members). */
  membersOnly: string[];
  /** The principle (section 3) it is stated in, if any. */
  principle: number | null;
  /** False when the sentence names no approach and the approach is a reading (approachReading says which). */
  approachStated: boolean;
  approachReading: string | null;
  /** Genuine ambiguities of the sentence, each naming its entry in seed/READINGS.md. */
  ambiguities: string[];
  /** The provisions outside the strategy the rule refers to (a safeguard's Article 12 of the CSA). */
  provisions?: ReferenceProvision[];
}

/** A MEMBER_OF edge into a group or class, with what makes it dated or a reading. */
export interface MemberFact {
  id: string;
  role: string | null;
  /** Why the membership holds when it is a reading (e.g. a cross-reference), from the edge's note. */
  note: string | null;
  /** ISO dates (or years) from the cited page: joined, participation suspended, left. */
  since: string | null;
  suspended: string | null;
  left: string | null;
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
  /** The agreement kinds (or INCOMPATIBLE) that make an actor a member; empty for other classes. */
  filledBy: FillKind[];
  /** Kinds an actor must have to be admitted through filledBy or IN_CLASS (empty: any kind). */
  admitsKinds: string[];
  /** Explicit MEMBER_OF members. */
  members: MemberFact[];
}

export interface ActorFact {
  id: string;
  name: string;
  kind: string;
}

export interface DocumentFact {
  id: string;
  name: string;
  /** The date the document (or reference page) speaks for. */
  date: string | null;
  url: string | null;
  /** 'strategy' or 'reference' (an official page outside the two strategies); null when not known. */
  kind?: string | null;
  /** When a reference page was read. */
  dateRead?: string | null;
  publisher?: string | null;
}

/** A quote from an official page that states an agreement's cooperation or one of its dates (issue 21). */
export interface AgreementEvidence {
  quote: string;
  /** What the quote shows: "cooperation: …", "dateSigned: …", "context: …", or a curator's note. */
  note: string;
  documentId: string;
  title: string;
  url: string | null;
  publisher: string | null;
  /** The date the page speaks for, and when it was read. */
  pageDate: string | null;
  dateRead: string | null;
}

/** What the graph records of an agreement beyond its kinds: reference data from official pages, or curated. */
export interface AgreementDetails {
  type: string;
  /** True for an agreement recorded from official pages (seed/reference/agreements.yaml). */
  referenceData: boolean;
  /** The article or paragraph that states the cooperation; articleNote says why it is null. */
  article: string | null;
  articleNote: string | null;
  dateSigned: string | null;
  dateSignedNote: string | null;
  provisionalApplication: string | null;
  provisionalApplicationNote: string | null;
  entryIntoForce: string | null;
  entryIntoForceNote: string | null;
  /** cybersecurity, cyber-issues, cybercrime: by the wording of the page that states the cooperation. */
  cyberScope: string[];
  /** The kinds whose reading is open (seed/READINGS.md G21, G22): they fill no class, and the answer says so. */
  ambiguousKinds: AgreementKind[];
  /** The reading of each kind, with its reason ("EXPLICIT_CYBER_AGREEMENT: ambiguous. …"). */
  kindReadings: string[];
  evidence: AgreementEvidence[];
}

/** An actor party to an agreement with the Union, with the kinds the agreement is recorded as (curated data). */
export interface AgreementFact {
  actorId: string;
  agreementId: string;
  agreementName: string;
  kinds: AgreementKind[];
  citations: Citation[];
  /** The agreement's record (issue 21); absent in facts built by hand. */
  details?: AgreementDetails;
}

/** Targets and actors by id: Maps, because the ids come from clients (a plain object would take "constructor"). */
export interface EligibilityFacts {
  objectives: Objective[];
  rules: RuleFact[];
  targets: ReadonlyMap<string, TargetFact>;
  actors: ReadonlyMap<string, ActorFact>;
  agreements: AgreementFact[];
  documents: ReadonlyMap<string, DocumentFact>;
  /**
   * At scale (issue 20): the actors of each kind a named class counts by definition (memberKinds) that are NOT
   * in `actors`, counted, not listed (by-kind.ts). Absent or empty: every such actor is in `actors`.
   */
  kindCounts?: ReadonlyMap<string, number>;
}

export interface Assumption {
  kind: AssumptionKind;
  actorId: string;
  /** The class an IN_CLASS assumption fills. */
  classId: string | null;
  /** In words, with names (not ids). */
  description: string;
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
  /** The sentence that states the condition, at its own provision. */
  citation: Citation | null;
}

/** The MEMBER_OF edge a reason goes through (group or class), with its dates and source. */
export type MembershipUsed = MemberFact & { targetId: string };

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
  /** The membership edge the reason goes through, with its dates. */
  membership: MembershipUsed | null;
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

/** An actor principle 4 removes from an answer that a rule would otherwise admit, and why. */
export interface ExcludedResult {
  actorId: string;
  /** The routes it loses. */
  lost: Reason[];
  /** The deeming: the principle-4 reason for the actor itself, or for the group the lost routes go through. */
  reasons: Reason[];
  /** None: the actor is not engaged (the same shape as a partner's, for clients that list both). */
  conditions: ConditionResult[];
  /** True when the deeming rests only on what-if assumptions. */
  assumed: boolean;
  explanation: string;
}

/** A member of a named group whose participation is suspended or ended: shown, not granted. */
export interface SuspendedResult {
  actorId: string;
  rule: RuleFact;
  membership: MembershipUsed;
  explanation: string;
}

export interface ClassMemberResult {
  actorId: string;
  basis: Basis;
  assumption: Assumption | null;
  agreement: AgreementFact | null;
  membership: MembershipUsed | null;
}

export interface ClassResult {
  classId: string;
  /** The members read individually (all of them unless `byKind`). */
  members: ClassMemberResult[];
  reasons: Reason[];
  conditions: ConditionResult[];
  /** The members held by kind (facts with kindCounts): counted, paged from the database. */
  byKind?: ByKindList<ClassMemberResult>;
}

/**
 * The items of a list that stand for every actor of some kinds not read individually (issue 20): such actors
 * have no route of their own, so each has the same item as its kind's template (by-kind.ts), with its id and
 * name put in. They are counted, not listed; the database lists them a page at a time, by name then id.
 */
export interface ByKindList<T> {
  /** The kinds whose actors belong to the list, each with its template (actorId and name: placeholders). */
  templates: ReadonlyMap<string, T>;
  /** How many actors the templates stand for. */
  count: number;
  /** The actors of those kinds that were read individually: they are in the list's own items, or not in it. */
  skipIds: string[];
  /** The names of the actors read individually (shared by the answer's lists): the sort key of the listed items. */
  names: ReadonlyMap<string, string>;
}

export interface ActivityResult {
  rule: RuleFact;
  conditions: ConditionResult[];
  citation: Citation;
}

/** A provision outside the strategy that a rule refers to (issue 21: the CSA's articles), as reference data. */
export interface ReferenceProvision {
  id: string;
  name: string;
  /** Its official identification: act, article, CELEX number, Official Journal reference. */
  identification: string | null;
  officialUrl: string | null;
  /** The official text; null when no stored official page holds it (officialTextNote says why). */
  officialText: string | null;
  officialTextNote: string | null;
}

/** A provision that keeps a negative answer from being final (section 2: Article 12 of the CSA). */
export interface Caveat {
  rule: RuleFact;
  text: string;
  citations: Citation[];
  /** The provision the safeguard protects (Article 12 of the CSA), linked; null when the rule refers to none. */
  provision: ReferenceProvision | null;
}

export interface Decision {
  question: Question;
  partners: PartnerResult[];
  classes: ClassResult[];
  activities: ActivityResult[];
  excluded: ExcludedResult[];
  suspended: SuspendedResult[];
  /** Conditions that apply to developing cooperation frameworks or agreements (principle 8), not to a partner. */
  generalConditions: ConditionResult[];
  /** For every actor the answer does not name: the strategy's answer is not final (Article 12 of the CSA). */
  caveats: Caveat[];
  /** The date of the newest reference page the answer uses (agreements, memberships); null when it uses none. */
  asOf: string | null;
  /** Facts with kindCounts: the partners and excluded held by kind (counted, paged from the database). */
  byKind?: { partners: ByKindList<PartnerResult>; excluded: ByKindList<ExcludedResult> };
}

/** APPLIES: the rule makes the partner qualify (or excludes it); DOES_NOT_APPLY: it names partners, not this one; NEUTRAL: it names no partner (conditions, activities, safeguards). */
export type { CheckStatus } from '../../../../core/vocabulary.js';

/** A route that would make the partner qualify with one change of data (or a what-if). */
export interface WouldQualify {
  kind: QualifyingChange;
  targetId: string;
  description: string;
}

export interface RuleCheck {
  rule: RuleFact;
  status: CheckStatus;
  /** status === 'APPLIES'. */
  applies: boolean;
  wouldQualifyWith: WouldQualify | null;
  explanation: string;
  citation: Citation;
}

export interface WhyNotResult {
  question: Question;
  actorId: string;
  eligible: boolean;
  excluded: boolean;
  /** The reasons it qualifies (empty when it does not), with their conditions. */
  reasons: Reason[];
  conditions: ConditionResult[];
  /** Decisive first: the granting route (or the one that would grant), then the others, then neutral checks. */
  checks: RuleCheck[];
  counts: CheckCounts;
  summary: string;
  caveats: Caveat[];
  /** The date of the newest reference page its reasons use; null when they use none. */
  asOf: string | null;
}

/** How many checks a whyNot lists, by what they do; `checks` is the length of the list. */
export interface CheckCounts {
  checks: number;
  grants: number;
  grantsApplying: number;
  exclusions: number;
  neutral: number;
}

/** A partner of an answer, or one principle 4 removes (the same shape, with the routes it loses). */
export type PartnerOrExcluded = PartnerResult | ExcludedResult;

export interface ProfileCell {
  objective: Objective;
  approach: ApproachCode;
  /** At a glance: eligible, conditional (a step first) or not eligible (core/cell-status.ts). */
  status: CellStatus;
  eligible: boolean;
  excluded: boolean;
  /** True when it qualifies only through what-if assumptions. */
  assumed: boolean;
  reasons: Reason[];
  conditions: ConditionResult[];
  /** The first check of whyNot: the route that grants, or the one that would. */
  decisive: RuleCheck | null;
  summary: string;
  caveats: Caveat[];
}

export interface ActorProfile {
  actorId: string;
  assumptions: Assumption[];
  cells: ProfileCell[];
}
