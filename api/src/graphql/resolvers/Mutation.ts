/**
 * Curation: the four mutations and auditLog. Each resolver checks the curator first (UNAUTHENTICATED
 * before anything else), validates the input with the pure domain, then delegates to db/curation.ts.
 */
import type { IResolvers, MercuriusContext } from 'mercurius';
import * as curation from '../../db/curation.js';
import { toActor } from '../../db/mappers.js';
import { getEntitiesByIds } from '../../db/queries.js';
import type { AgreementDTO } from '../../domain/curation/present.js';
import * as validate from '../../domain/curation/validate.js';
import { AppError } from '../../errors.js';

/** The session of an authenticated curator, or UNAUTHENTICATED; the token itself never leaves the context. */
function session({ curator, seedDir }: MercuriusContext): curation.CurationSession {
  if (!curator)
    throw new AppError('UNAUTHENTICATED', 'Curation needs a valid curator token: Authorization: Bearer <token>');
  return { curator, seedDir };
}

type Input<T> = { input: T };

export const curationResolvers: IResolvers = {
  Query: {
    auditLog: (_root, args: { target?: string | null; first?: number | null }, { db }) =>
      curation.getAuditLog(db, validate.validateAuditLogArgs(args)),
  },
  Mutation: {
    upsertActor: (_root, { input }: Input<validate.ActorInput>, ctx) =>
      curation.upsertActor(ctx.db, session(ctx), validate.validateActorInput(input)),
    upsertAgreement: (_root, { input }: Input<validate.AgreementInput>, ctx) =>
      curation.upsertAgreement(ctx.db, session(ctx), validate.validateAgreementInput(input)),
    link: (_root, { input }: Input<validate.LinkInput>, ctx) =>
      curation.link(ctx.db, session(ctx), validate.validateLinkInput(input)),
    unlink: (_root, { input }: Input<validate.UnlinkInput>, ctx) =>
      curation.unlink(ctx.db, session(ctx), validate.validateUnlinkInput(input)),
  },
  Agreement: {
    parties: async (agreement: AgreementDTO, _args, { db }) =>
      (await getEntitiesByIds(db, agreement.partyIds)).flatMap((entity) => (entity ? [toActor(entity)] : [])),
  },
};
