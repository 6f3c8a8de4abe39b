/**
 * Curation: the four mutations and auditLog. Each resolver checks the curator first (UNAUTHENTICATED
 * before anything else), validates the input with the pure domain, then delegates to db/curation.ts.
 */
import type { MercuriusContext } from 'mercurius';
import * as curation from '../../db/curation.js';
import { toActor } from '../../db/mappers.js';
import { getEntitiesByIds } from '../../db/queries.js';
import * as validate from '../../domain/curation/validate.js';
import { AppError } from '../../errors.js';
import { encodeCursor, seqAfter } from '../arguments.js';
import { pageConnection } from '../connections.js';
import type { Resolvers } from '../generated/resolvers.js';

/** The session of an authenticated curator, or UNAUTHENTICATED; the token itself never leaves the context. */
function session({ curator, seedDir, writeDeadline }: MercuriusContext): curation.CurationSession {
  if (!curator)
    throw new AppError('UNAUTHENTICATED', 'Curation needs a valid curator token: Authorization: Bearer <token>');
  return { curator, seedDir, deadline: writeDeadline };
}

export const curationResolvers: Resolvers = {
  Query: {
    // Newest first; the cursor is the record's sequence number, so records written meanwhile shift no page.
    auditLog: async (_root, args, { db }) => {
      const page = { target: args.target ?? null, afterSeq: seqAfter(args.after), first: args.first };
      const { rows, total } = await curation.getAuditLog(db, page);
      return pageConnection(rows, args, total, (audit) => encodeCursor(['seq', audit.seq]));
    },
  },
  Mutation: {
    upsertActor: (_root, { input }, ctx) =>
      curation.upsertActor(ctx.db, session(ctx), validate.validateActorInput(input)),
    upsertAgreement: (_root, { input }, ctx) =>
      curation.upsertAgreement(ctx.db, session(ctx), validate.validateAgreementInput(input)),
    link: (_root, { input }, ctx) => curation.link(ctx.db, session(ctx), validate.validateLinkInput(input)),
    unlink: (_root, { input }, ctx) => curation.unlink(ctx.db, session(ctx), validate.validateUnlinkInput(input)),
  },
  Agreement: {
    parties: async (agreement, _args, { db }) =>
      (await getEntitiesByIds(db, agreement.partyIds)).flatMap((entity) =>
        entity?.label === 'Actor' ? [toActor(entity)] : [],
      ),
  },
};
