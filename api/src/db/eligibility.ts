/** Gathers the eligibility facts (cypher/eligibility/get-eligibility-facts.cypher) into the domain's shapes. */
import type { ActorFact, ApproachCode, EligibilityFacts, RuleFact, TargetFact } from '../domain/eligibility/index.js';
import { toCitations } from './citations.js';
import type { Database, Row } from './database.js';

/** The actor that stands for the Union as a party to agreements (seed: eu-css-2013/actors.yaml). */
export const UNION_ID = 'european-union';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toRule(row: Row): RuleFact {
  const kinds = strings(row.conditionKinds);
  const texts = strings(row.conditionTexts);
  return {
    id: String(row.id),
    name: String(row.name ?? row.id),
    objective: String(row.objective),
    approaches: strings(row.approaches) as ApproachCode[],
    effect: String(row.effect) as RuleFact['effect'],
    activity: String(row.activity ?? ''),
    scope: text(row.scope),
    conditions: kinds.map((kind, i) => ({ kind, text: texts[i] ?? '' })),
    citations: toCitations(row),
    appliesTo: strings(row.appliesTo),
    principle: typeof row.principle === 'number' ? row.principle : null,
  };
}

function toTarget(row: Row): TargetFact {
  return {
    id: String(row.id),
    label: row.label === 'ActorClass' ? 'ActorClass' : 'Actor',
    name: String(row.name ?? row.id),
    kind: text(row.kind),
    memberKinds: strings(row.memberKinds),
    filledBy: (text(row.filledBy) as TargetFact['filledBy']) ?? null,
    admitsKinds: strings(row.admitsKinds),
    members: ((row.members as Row[]) ?? []).map((m) => ({ id: String(m.id), role: text(m.role), citations: [] })),
  };
}

export async function getEligibilityFacts(db: Database, objective: string): Promise<EligibilityFacts> {
  const [row] = await db.readCached('eligibility/get-eligibility-facts', { objective, union: UNION_ID });
  const actors = new Map<string, ActorFact>();
  for (const a of (row?.actors as Row[]) ?? [])
    actors.set(String(a.id), { id: String(a.id), name: String(a.name ?? a.id), kind: String(a.kind ?? 'other') });
  const targets = new Map<string, TargetFact>();
  for (const t of (row?.targets as Row[]) ?? []) targets.set(String(t.id), toTarget(t));
  return {
    objectives: strings(row?.objectives).sort(),
    rules: ((row?.rules as Row[]) ?? []).map(toRule).sort((a, b) => a.id.localeCompare(b.id)),
    targets,
    actors,
    agreements: ((row?.agreements as Row[]) ?? []).map((a) => ({
      actorId: String(a.actorId),
      agreementId: String(a.agreementId),
      agreementName: String(a.agreementName ?? a.agreementId),
      citations: toCitations(a),
    })),
  };
}
