/**
 * The briefing model: the eligibility decision (domain/eligibility) with names resolved, citations numbered
 * once, and the date and data version. Pure: to-dot.ts and to-html.ts render it; load.ts gathers its inputs.
 */
import type {
  Assumption,
  Basis,
  Citation,
  ConditionResult,
  Decision,
  EligibilityFacts,
  PartnerResult,
  Reason,
} from '../domain/eligibility/index.js';
import { questionTitle } from '../domain/eligibility/index.js';

export interface BriefingActor {
  id: string;
  name: string;
  kind: string;
}

export interface BriefingCitation {
  /** 1-based, in order of first appearance. */
  n: number;
  document: string;
  locator: string;
  quote: string;
  kind: 'QUOTE' | 'NOTE';
  /** How firmly the quoted sentence states it ("permission" for "ENISA can"), where the seed records it. */
  modality?: Citation['modality'];
}

export interface BriefingCondition {
  kind: string;
  text: string;
  /** The provision it is stated in. */
  locator: string | null;
  /** The citation number; null when the text is the whole sentence already (printed with its locator). */
  cite: number | null;
}

/** Letters only, lower case: "is this text the whole cited sentence?" ignores punctuation and spacing. */
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
/** A condition whose text is its whole sentence (principles 1, 5, 6): the citation would repeat it. */
const wholeSentence = (c: ConditionResult) =>
  !!c.citation && letters(c.citation.quote).length - letters(c.text).length <= 8;

/** One rule that makes an actor qualify (or be excluded), as the diagram and the table show it. */
export interface BriefingReason {
  ruleId: string;
  activity: string;
  basis: Basis;
  /** The group or class the rule names, when the actor qualifies through it. */
  via: BriefingActor | null;
  locator: string;
  cite: number;
  assumed: boolean;
  explanation: string;
  /** Issue 21: the agreement the actor is party to (basis AGREEMENT), with its official page cited. */
  agreement: { name: string; referenceData: boolean; pageDate: string | null; cite: number | null } | null;
}

export interface BriefingPartner extends BriefingActor {
  assumed: boolean;
  reasons: BriefingReason[];
  conditions: BriefingCondition[];
}

export interface BriefingClass extends BriefingActor {
  members: Array<BriefingActor & { basis: Basis; assumed: boolean }>;
  reasons: BriefingReason[];
  conditions: BriefingCondition[];
}

/**
 * A what-if's answer against the baseline (the same question without assumptions): the partners it adds, the
 * ones it removes (principle 4 on an assumed incompatibility) and the ones both answers have.
 */
export interface BriefingDiff {
  added: BriefingActor[];
  removed: BriefingActor[];
  unchanged: BriefingActor[];
}

export interface BriefingModel {
  /** "Outreach under SO4.4": the GraphQL `question`. */
  title: string;
  /** The question in a sentence. */
  question: string;
  objective: { code: string; name: string | null };
  approach: string;
  assumptions: Array<{ kind: Assumption['kind']; actor: BriefingActor; text: string }>;
  partners: BriefingPartner[];
  classes: BriefingClass[];
  activities: Array<{ activity: string; cite: number; conditions: BriefingCondition[] }>;
  excluded: BriefingPartner[];
  generalConditions: BriefingCondition[];
  citations: BriefingCitation[];
  dataVersion: string | null;
  /** UTC ISO date (YYYY-MM-DD). */
  generatedOn: string;
  /** The date of the newest reference page the partners' reasons use (issue 21); null when none. */
  asOf: string | null;
  /** With assumptions: the answer against the baseline; null without assumptions. */
  diff: BriefingDiff | null;
}

export interface ModelInputs {
  facts: EligibilityFacts;
  decision: Decision;
  dataVersion: string | null;
  /** Document names by id (citations name their document). */
  documents: Record<string, string>;
  objectiveNames: Record<string, string>;
  now: Date;
}

export const ENISA_ID = 'enisa';

const APPROACH_WORDS: Record<string, string> = { LIMITED: 'limited', ASSISTING: 'assisting', OUTREACH: 'outreach' };

/** The what-if in words, with names: "There is a specific EU agreement with Japan (section 4)." */
export function describeAssumption(a: Assumption): string {
  const text = a.description.replace(/^What-if: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Numbers citations in order of first appearance; the same document, locator and quote share a number. */
class CitationIndex {
  readonly list: BriefingCitation[] = [];
  private readonly byKey = new Map<string, number>();
  constructor(private readonly documents: Record<string, string>) {}

  cite(c: Citation): number {
    const key = `${c.documentId}\u0000${c.locator}\u0000${c.quote}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const n = this.list.length + 1;
    const document = this.documents[c.documentId] ?? c.documentId;
    this.list.push({ n, document, locator: c.locator, quote: c.quote, kind: c.kind, modality: c.modality ?? null });
    this.byKey.set(key, n);
    return n;
  }
}

export function buildBriefingModel(inputs: ModelInputs): BriefingModel {
  const { facts, decision } = inputs;
  const { question } = decision;
  const citations = new CitationIndex(inputs.documents);
  const actor = (id: string): BriefingActor => {
    const a = facts.actors.get(id);
    if (a) return { id, name: a.name, kind: a.kind };
    const t = facts.targets.get(id);
    return { id, name: t?.name ?? id, kind: t?.label === 'ActorClass' ? 'ActorClass' : (t?.kind ?? 'other') };
  };
  // A condition that is its whole sentence prints the sentence (the quote) with its locator, not a number.
  const condition = (c: ConditionResult): BriefingCondition =>
    c.citation && wholeSentence(c)
      ? { kind: c.kind, text: c.citation.quote, locator: c.citation.locator, cite: null }
      : {
          kind: c.kind,
          text: c.text,
          locator: c.citation?.locator ?? null,
          cite: c.citation ? citations.cite(c.citation) : null,
        };
  const agreementOf = (r: Reason): BriefingReason['agreement'] => {
    if (!r.agreement) return null;
    const d = r.agreement.details;
    const page = d?.evidence.find((e) => e.note.startsWith('cooperation') && e.quote) ?? null;
    return {
      name: r.agreement.agreementName,
      referenceData: d?.referenceData ?? false,
      pageDate: page?.pageDate ?? null,
      cite: page
        ? citations.cite({ documentId: page.documentId, locator: 'reference', quote: page.quote, kind: 'QUOTE' })
        : null,
    };
  };
  const reason = (r: Reason): BriefingReason => {
    const via = r.viaGroup ?? r.viaClass;
    return {
      ruleId: r.rule.id,
      activity: r.rule.activity,
      basis: r.basis,
      via: via ? actor(via) : null,
      locator: r.citation.locator,
      cite: citations.cite(r.citation),
      assumed: r.assumption !== null,
      explanation: r.explanation,
      agreement: agreementOf(r),
    };
  };
  const partner = (p: PartnerResult): BriefingPartner => ({
    ...actor(p.actorId),
    assumed: p.assumed,
    reasons: p.reasons.map(reason),
    conditions: p.conditions.map(condition),
  });
  // Order of the calls below is the order of the citation numbers: partners first, as the page reads.
  const partners = decision.partners.map(partner);
  const classes = decision.classes.map((c): BriefingClass => ({
    ...actor(c.classId),
    kind: 'ActorClass',
    members: c.members.map((m) => ({ ...actor(m.actorId), basis: m.basis, assumed: m.assumption !== null })),
    reasons: c.reasons.map(reason),
    conditions: c.conditions.map(condition),
  }));
  const activities = decision.activities.map((a) => ({
    activity: a.rule.activity,
    cite: citations.cite(a.citation),
    conditions: a.conditions.map(condition),
  }));
  const excluded = decision.excluded.map(partner);
  const generalConditions = decision.generalConditions.map(condition);
  const objectiveName = inputs.objectiveNames[question.objective] ?? null;
  const scope = question.objective === 'ALL' ? 'any of its strategic objectives' : question.objective;
  return {
    title: questionTitle(question),
    question: `Whom may ENISA engage under the ${APPROACH_WORDS[question.approach]} approach, for ${scope}${
      objectiveName ? ` (${objectiveName})` : ''
    }, and on what conditions?`,
    objective: { code: question.objective, name: objectiveName },
    approach: question.approach,
    assumptions: question.assumptions.map((a) => {
      const who = actor(a.actorId);
      return { kind: a.kind, actor: who, text: describeAssumption(a) };
    }),
    partners,
    classes,
    activities,
    excluded,
    generalConditions,
    citations: citations.list,
    dataVersion: inputs.dataVersion,
    generatedOn: inputs.now.toISOString().slice(0, 10),
    asOf: decision.asOf,
    diff: null,
  };
}

const byName = (a: BriefingActor, b: BriefingActor) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** The what-if `model` with its diff against `baseline` (the same question without assumptions). */
export function withDiff(model: BriefingModel, baseline: BriefingModel): BriefingModel {
  const strip = ({ id, name, kind }: BriefingActor): BriefingActor => ({ id, name, kind });
  const now = new Map(model.partners.map((p) => [p.id, strip(p)]));
  const before = new Map(baseline.partners.map((p) => [p.id, strip(p)]));
  return {
    ...model,
    diff: {
      added: [...now.values()].filter((p) => !before.has(p.id)).sort(byName),
      removed: [...before.values()].filter((p) => !now.has(p.id)).sort(byName),
      unchanged: [...now.values()].filter((p) => before.has(p.id)).sort(byName),
    },
  };
}
