/**
 * Gathers what a briefing needs through the question service the GraphQL `eligibility` resolver uses
 * (db/eligibility.ts answerEligibility: the facts, the question, the pure evaluation, kept under the data
 * version), then the names of the documents and the objective and the data version, and builds the model.
 * A briefing draws every partner, excluded actor and class member: an answer with more than BRIEFING_MAX_ACTORS
 * of them (at scale, tens of thousands) is refused, QUERY_TOO_COMPLEX, before any list is drawn.
 */
import { listStrategicObjectives } from '../db/catalog-queries.js';
import type { Database } from '../db/database.js';
import { answerEligibility, getEligibilityFacts } from '../db/eligibility.js';
import { toDocument } from '../db/mappers.js';
import { getDataVersion, getEntitiesByIds } from '../db/queries.js';
import type { Decision } from '../domain/eligibility/index.js';
import type { AnswerView } from '../eligibility-worker/answer-view.js';
import { AppError } from '../errors.js';
import { buildBriefingModel, withDiff, type BriefingModel } from './model.js';
import type { BriefingRequest } from './request.js';

type Question = Pick<BriefingRequest, 'objective' | 'approach' | 'assume'>;

/**
 * The most actors (partners, excluded, class members, each counted once per list) a briefing draws: its diagram
 * and tables are for a page or two, and the seed's largest answer lists about a hundred.
 */
export const BRIEFING_MAX_ACTORS = 2_000;
let maxActors = BRIEFING_MAX_ACTORS;

/** Replaces the limit above (a test refuses a seed answer); gives back a function that restores it. */
export function useBriefingMaxActors(max: number): () => void {
  const previous = maxActors;
  maxActors = max;
  return () => {
    maxActors = previous;
  };
}

/** The answer's lists drawn whole, as the model reads them; refused beyond the briefing's limit. */
async function decisionOf(answer: AnswerView): Promise<Decision> {
  const { partners, excluded, classes, ...head } = answer;
  const count = [partners, excluded, ...classes.map((c) => c.members)].reduce((n, list) => n + list.total, 0);
  if (count > maxActors)
    throw new AppError(
      'QUERY_TOO_COMPLEX',
      `The answer lists ${count} actors (partners, excluded and class members); a briefing draws at most ` +
        `${maxActors}. Page through the answer with the eligibility query instead.`,
      { count, max: maxActors },
    );
  const [partnerItems, excludedItems, members] = await Promise.all([
    partners.items(),
    excluded.items(),
    Promise.all(classes.map((c) => c.members.items())),
  ]);
  return {
    ...head,
    partners: [...partnerItems] as Decision['partners'],
    excluded: [...excludedItems] as Decision['excluded'],
    classes: classes.map(({ members: _members, ...c }, i) => ({ ...c, members: [...members[i]!] })),
  };
}

/** The briefing's model; a what-if's with its diff against the same question without assumptions. */
export async function loadBriefingModel(db: Database, request: Question, now: Date = new Date()) {
  const model = await loadModel(db, request, now);
  if (request.assume.length === 0) return model;
  return withDiff(model, await loadModel(db, { ...request, assume: [] }, now));
}

async function loadModel(db: Database, request: Question, now: Date): Promise<BriefingModel> {
  const [{ answer }, version, objectives] = await Promise.all([
    answerEligibility(db, request),
    getDataVersion(db),
    listStrategicObjectives(db),
  ]);
  const decision = await decisionOf(answer);
  // The names and kinds of the actors drawn (at scale the answer's facts stay in the eligibility worker).
  const facts = await getEligibilityFacts(
    db,
    request.objective,
    request.assume.map((a) => a.actorId),
  );
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
  // issue 21: the official pages of the agreements the partners' reasons go through
  for (const p of [...decision.partners, ...decision.excluded])
    for (const r of p.reasons) for (const e of r.agreement?.details?.evidence ?? []) citedDocuments.add(e.documentId);
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
