/**
 * Gathers what a briefing needs through the same path as the GraphQL `eligibility` resolver: the facts
 * (db/eligibility.ts), the question (domain buildQuestion) and the pure evaluation (domain evaluate), then
 * the names of the documents and the objective and the data version, and builds the briefing model.
 */
import { listStrategicObjectives } from '../db/catalog-queries.js';
import type { Database } from '../db/database.js';
import { getEligibilityFacts } from '../db/eligibility.js';
import { toDocument } from '../db/mappers.js';
import { getDataVersion, getEntitiesByIds } from '../db/queries.js';
import { buildQuestion, evaluate, InvalidQuestion } from '../domain/eligibility/index.js';
import { badInput } from '../errors.js';
import { buildBriefingModel, type BriefingModel } from './model.js';
import type { BriefingRequest } from './request.js';

/** "4.4" → "SO4.4" before the facts are read, as the resolver does; buildQuestion validates it. */
const looseObjective = (raw: string) => {
  const value = raw.trim().toUpperCase();
  return value === 'ALL' ? 'ALL' : /^\d/.test(value) ? `SO${value}` : value;
};

export async function loadBriefingModel(
  db: Database,
  request: Pick<BriefingRequest, 'objective' | 'approach' | 'assume'>,
  now: Date = new Date(),
): Promise<BriefingModel> {
  const [facts, version, objectives] = await Promise.all([
    getEligibilityFacts(db, looseObjective(request.objective)),
    getDataVersion(db),
    listStrategicObjectives(db),
  ]);
  let question;
  try {
    question = buildQuestion(facts, request.objective, request.approach, request.assume);
  } catch (error) {
    if (error instanceof InvalidQuestion) throw badInput(error.message, { field: error.field });
    throw error;
  }
  const decision = evaluate(facts, question);
  const citedDocuments = new Set(
    [
      ...[...decision.partners, ...decision.excluded].flatMap((p) => [
        ...p.reasons.map((r) => r.citation),
        ...p.conditions.map((c) => c.citation),
      ]),
      ...decision.classes.flatMap((c) => [...c.reasons.map((r) => r.citation), ...c.conditions.map((x) => x.citation)]),
      ...decision.activities.flatMap((a) => [a.citation, ...a.conditions.map((c) => c.citation)]),
      ...decision.generalConditions.map((c) => c.citation),
    ].flatMap((c) => (c ? [c.documentId] : [])),
  );
  const documents: Record<string, string> = {};
  for (const entity of await getEntitiesByIds(db, [...citedDocuments])) {
    if (entity) documents[entity.id] = toDocument(entity).name;
  }
  return buildBriefingModel({
    facts,
    decision,
    dataVersion: version.version,
    documents,
    objectiveNames: Object.fromEntries(objectives.map((o) => [o.code, o.name])),
    now,
  });
}
