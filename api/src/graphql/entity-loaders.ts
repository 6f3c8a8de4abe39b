/**
 * Loaders that turn the ids in eligibility answers into Actors and ActorClasses: one UNWIND query per
 * field per tick (db/queries.ts#getEntitiesByIds), whatever the number of partners.
 */
import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import { toActor, toActorClass, type EntityDTO } from '../db/mappers.js';
import { getEntitiesByIds } from '../db/queries.js';

type Loader = (queries: Array<{ obj: Record<string, unknown> }>, context: MercuriusContext) => Promise<unknown[]>;

function byId(key: string, map: (entity: EntityDTO) => unknown): Loader {
  return async (queries, { db }) => {
    const ids = queries.map(({ obj }) => obj[key] as string | null);
    const entities = await getEntitiesByIds(
      db,
      ids.filter((id): id is string => !!id),
    );
    const found = new Map(entities.filter((e): e is EntityDTO => !!e).map((e) => [e.id, map(e)]));
    return ids.map((id) => (id ? (found.get(id) ?? null) : null));
  };
}

const actor = byId('actorId', toActor);

export const entityLoaders: MercuriusLoaders = {
  EligiblePartner: { actor },
  ClassMember: { actor },
  Assumption: { actor, class: byId('classId', toActorClass) },
  SuspendedMember: { actor },
  ActorProfile: { actor },
  WhyNot: { partner: actor },
  Reason: { viaGroup: byId('viaGroup', toActor), viaClass: byId('viaClass', toActorClass) },
  EligibleClass: { class: byId('classId', toActorClass) },
};
