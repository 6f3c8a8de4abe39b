/**
 * Gathers the actor profile's briefing: the profile through the service the GraphQL `actorProfile` resolver uses
 * (db/eligibility.ts answerActorProfile), the names of the groups, classes and documents it cites, the actor's
 * memberships (with their dates where the graph records them) and the data version. NOT_FOUND (field actor, with
 * the id) when no actor has the id.
 */
import { listStrategicObjectives } from '../db/catalog-queries.js';
import type { Database } from '../db/database.js';
import { answerActorProfile, getEligibilityFacts } from '../db/eligibility.js';
import { getActorMemberships } from '../db/graph-queries.js';
import { toDocument } from '../db/mappers.js';
import { getDataVersion, getEntitiesByIds } from '../db/queries.js';
import type { AssumptionInput } from '../domain/eligibility/index.js';
import { notFound } from '../errors.js';
import { buildProfileModel, type ProfileBriefingModel } from './profile-model.js';

export interface ProfileQuestion {
  actor: string;
  assume: AssumptionInput[];
}

export async function loadProfileModel(
  db: Database,
  { actor: actorId, assume }: ProfileQuestion,
  now: Date = new Date(),
): Promise<ProfileBriefingModel> {
  const profile = await answerActorProfile(db, actorId, assume);
  if (!profile) throw notFound(`actor: no actor with id "${actorId}"`, actorId, { field: 'actor' });
  const [facts, version, objectives, [membership]] = await Promise.all([
    getEligibilityFacts(db, 'ALL', [actorId, ...assume.map((a) => a.actorId)]),
    getDataVersion(db),
    listStrategicObjectives(db),
    getActorMemberships(db, [actorId]),
  ]);
  const names: Record<string, string> = {};
  for (const [id, t] of facts.targets) names[id] = t.name;
  for (const [id, a] of facts.actors) names[id] = a.name;
  const cited = new Set(profile.cells.flatMap((c) => c.reasons.map((r) => r.citation.documentId)));
  const documents: Record<string, string> = {};
  for (const entity of await getEntitiesByIds(db, [...cited]))
    if (entity) documents[entity.id] = toDocument(entity).name;
  const self = facts.actors.get(actorId)!;
  const memberships = (membership?.memberOf ?? []).map((group) => {
    // The dates of the membership, where the graph records them (the groups the strategy's rules name).
    const edge = facts.targets.get(group.id)?.members.find((m) => m.id === actorId);
    return { id: group.id, name: group.name, since: edge?.since ?? null, left: edge?.left ?? null };
  });
  return buildProfileModel({
    profile,
    actor: { id: actorId, name: self.name, kind: self.kind },
    names,
    documents,
    objectiveNames: Object.fromEntries(objectives.map((o) => [o.code, o.name])),
    memberships,
    dataVersion: version.version,
    now,
  });
}
