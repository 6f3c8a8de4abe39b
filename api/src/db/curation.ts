/**
 * Curation writes. Each mutation is one write transaction (Database.writeTransaction): check the citation,
 * lock what changes (nodes in id order, then the relationship), compare the expected version under the
 * lock, write, then, last, write the audit record with its seq and the data version after the change. upsertActor,
 * upsertAgreement and link do it in two statements (issue 20, W5: each statement is a round trip and Cypher and
 * Bolt work in Neo4j; an external page's citation adds the merge of its reference Document before them):
 * lock-nodes-with-citation or lock-relationship-with-citation (the locks, what is read under them and the
 * citation's source), then write-node-and-record or write-relationship-and-record (the write and its audit record,
 * whose `after` snapshot is computed from what was read under the lock and checked against what the statement
 * returns, before commit). unlink locks, deletes and records (record-change) in four. So a change exists if and
 * only if its audit record does, and of concurrent edits at one version one wins. No change takes a lock that
 * another change of other items needs: each commit waits for its own log flush, not for the flushes of all the
 * changes before it (issue 20); the data version moves with the count of audit records (changes.ts
 * curationStateHash).
 * A repeated mutationId returns the first result from its audit record without writing.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { int, Neo4jError } from 'neo4j-driver';
import {
  aliasText,
  citationRow,
  citedProps,
  changeHash,
  referenceDocumentIdFor,
  SEQ_STRIDE,
  SeqSlots,
  versionMark,
  propsAfterWrite,
  relationshipPropsAfterWrite,
  relationshipId,
  versionOf,
  visibleProps,
  type CitationRow,
  type Props,
  type Snapshot,
} from '../domain/curation/changes.js';
import * as check from '../domain/curation/checks.js';
import { toAgreement, toAudit, toRelationship, type AgreementDTO, type AuditDTO } from '../domain/curation/present.js';
import type * as cmd from '../domain/curation/validate.js';
import type { WriteDeadline } from '../answer-deadline.js';
import { AppError } from '../errors.js';
import { SourceText } from '../seed/quote-match.js';
import { runIn, type Database, type Params, type Row } from './database.js';
import type { RelationshipDTO } from './graph-mappers.js';
import type { Counted } from './graph-queries.js';
import { toActor, type ActorDTO } from './mappers.js';

/** What every change answers: its audit record, the data version after it, and whether it was a replay. */
interface ChangeDTO {
  audit: AuditDTO;
  dataVersion: string;
  replayed: boolean;
}
export type ActorChangeDTO = ChangeDTO & { actor: ActorDTO };
export type AgreementChangeDTO = ChangeDTO & { agreement: AgreementDTO };
/** link and unlink: the relationship after the change (for unlink: as it was before its removal). */
export type LinkChangeDTO = ChangeDTO & { relationship: RelationshipDTO };

/** Who writes, where the source texts are (config.paths.seed), and the request's answer deadline. */
export interface CurationSession {
  curator: string;
  seedDir: string;
  /** Once it has answered, the change does not commit (rolled back: the answer said NOT_APPLIED). */
  deadline?: WriteDeadline;
}

interface Recorded {
  audit: AuditDTO;
  dataVersion: string | null;
  replayed: boolean;
  before: Snapshot | null;
  after: Snapshot | null;
}

type Query = (name: string, params?: Params) => Promise<Row[]>;
/**
 * A write done together with the audit record, in one statement (write-node-and-record or
 * write-relationship-and-record): `record` runs it with the record's parameters; `conflict` is the answer when it
 * returns no row (the version changed meanwhile).
 */
interface RecordedWrite {
  record: (recording: Params) => Promise<Row[]>;
  conflict: string;
}
type Work = (
  q: Query,
  at: string,
) => Promise<{ before: Snapshot | null; after: Snapshot | null; write?: RecordedWrite }>;
interface Change {
  mutation: 'upsertActor' | 'upsertAgreement' | 'link' | 'unlink';
  targetId: string;
  /** The nodes the audit record is linked to. */
  nodes: string[];
  mutationId: string | null;
  reason?: string | null;
}

const changeOf = (
  mutation: Change['mutation'],
  targetId: string,
  nodes: string[],
  { mutationId }: { mutationId: string | null },
  reason: string | null = null,
): Change => ({ mutation, targetId, nodes, mutationId, reason });
const json = (snapshot: Snapshot | null) => (snapshot ? JSON.stringify(snapshot) : null);

async function findReplay(db: Database, session: CurationSession, change: Change): Promise<Recorded | null> {
  const [row] = await db.read('curation/find-audit', { mutationId: change.mutationId });
  if (!row) return null;
  const audit = toAudit(row.audit as Row);
  if (audit.mutation !== change.mutation || audit.targetId !== change.targetId || audit.curator !== session.curator)
    throw check.conflict(`mutationId "${change.mutationId}" was already used for another change; use a new one`);
  return { audit, dataVersion: audit.dataVersion, replayed: true, before: audit.before, after: audit.after };
}

/** This process's audit seq slots (record-change): a random base, so that two processes rarely meet. */
const seqSlots = new SeqSlots(randomInt(SEQ_STRIDE));
/** How often a change is run again when another process's concurrent change took its audit seq. */
const SEQ_ATTEMPTS = 3;

const isSeqTaken = (error: unknown) =>
  error instanceof Neo4jError &&
  error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' &&
  /\bseq\b/.test(error.message);

/**
 * Every statement of a change keeps its plan when Neo4j finds its statistics stale (`CYPHER replan=skip`; a schema
 * change still replans). The statements find their nodes by id; but while changes add audit records and actors
 * fast (bench W5 on the seed, which has none), Neo4j judged write-node-and-record's plan stale every ten seconds or
 * so and compiled it again while the change waited: 0.5 to 1.9 s on the shared 2-core machine (Neo4j's data
 * collector), the W5 p99 outliers of issue 20. A plan is made at the statement's first use; a restart plans again.
 */
const KEEP_PLAN = 'CYPHER replan=skip\n';

/** The change was rolled back: its answer deadline had answered (a client never sees this error). */
const deadlinePassed = () =>
  new AppError('DATABASE_UNAVAILABLE', 'The answer deadline passed before the change committed; it was rolled back.');

async function curate(db: Database, session: CurationSession, change: Change, work: Work): Promise<Recorded> {
  if (session.deadline?.passed) throw deadlinePassed();
  if (change.mutationId) {
    const replay = await findReplay(db, session, change);
    if (replay) return replay;
  }
  for (let attempt = 1; ; attempt += 1) {
    let seqTaken = false;
    const slot = seqSlots.take();
    try {
      return await db.writeTransaction(async (tx, text) => {
        const q: Query = async (name, params = {}) =>
          (await runIn(tx, KEEP_PLAN + text(name), params)).records.map((r) => r.toObject());
        const at = new Date().toISOString();
        const { before, after, write } = await work(q, at);
        const record = {
          id: randomUUID(),
          mutationId: change.mutationId,
          at: new Date().toISOString(),
          curator: session.curator,
          mutation: change.mutation,
          targetId: change.targetId,
          before: json(before),
          after: json(after),
          reason: change.reason ?? null,
        };
        const recording = {
          audit: record,
          auditTargets: change.nodes,
          versionMark: int(versionMark(changeHash(record))),
          seqSlot: int(seqSlots.slotOf(slot)),
          seqStride: int(SEQ_STRIDE),
        };
        // Last: the audit record, its seq and the data version (with the node write when it comes with one); no
        // lock that other changes need.
        const rows = await (write ? write.record(recording) : q('curation/record-change', recording)).catch(
          (error: unknown) => {
            seqTaken = isSeqTaken(error);
            throw error;
          },
        );
        if (write) checkRecordedWrite(write, rows[0], after);
        // Last before COMMIT: once the deadline has answered NOT_APPLIED, roll back instead.
        if (session.deadline && !session.deadline.mayCommit()) throw deadlinePassed();
        const audit = toAudit(rows[0]!.audit as Row);
        return { audit, dataVersion: audit.dataVersion, replayed: false, before, after };
      });
    } catch (error) {
      if (seqTaken && attempt < SEQ_ATTEMPTS) continue;
      // Two requests with one mutationId: the loser hits the unique constraint (or the version check) and
      // answers with the winner's result.
      if (change.mutationId && error instanceof AppError && error.code === 'CONFLICT') {
        const replay = await findReplay(db, session, change);
        if (replay) return replay;
      }
      throw error;
    } finally {
      seqSlots.release(slot);
    }
  }
}

/**
 * A write recorded in its own statement: no row means the version changed meanwhile (CONFLICT); the recorded
 * `after` (props, and an agreement's parties) must be what the statement stored, else the change is refused and
 * rolled back (never a false record).
 */
function checkRecordedWrite(write: RecordedWrite, row: Row | undefined, after: Snapshot | null): void {
  if (!row) throw check.conflict(write.conflict);
  const written = { props: visibleProps(row.props as Props), parties: sortedIds(row.parties) };
  const recorded = { props: after?.props, parties: after?.parties ?? null };
  if (JSON.stringify(written) !== JSON.stringify(recorded))
    throw new Error(
      `The audit snapshot of ${after?.id ?? 'a change'} differs from what was written: ${JSON.stringify(written)}`,
    );
}

/** Ids as the audit record lists them (JavaScript's order), or null for no list. */
const sortedIds = (value: unknown): string[] | null => (Array.isArray(value) ? value.map(String).sort() : null);

// --- citations ------------------------------------------------------------------------------------------

const sources = new Map<string, Promise<SourceText>>();

function sourceText(seedDir: string, file: string): Promise<SourceText> {
  if (basename(file) !== file) throw new Error(`Document source file "${file}" must be a plain file name`);
  const path = join(seedDir, 'sources', file);
  let text = sources.get(path);
  if (!text) {
    text = readFile(path, 'utf8').then((raw) => new SourceText(raw));
    text.catch(() => sources.delete(path));
    sources.set(path, text);
  }
  return text;
}

interface ResolvedCitation {
  row: CitationRow;
  reference: boolean;
  evidence: { document: string; locator: string } | null;
}

type DocumentCitation = Extract<cmd.CitationCommand, { source: 'document' }>;

/** An external page's citation: its reference Document, created on first citation. */
async function mergeReference(
  q: Query,
  c: Extract<cmd.CitationCommand, { source: 'external' }>,
  at: string,
): Promise<ResolvedCitation> {
  const id = referenceDocumentIdFor(c.url);
  const [doc] = await q('curation/merge-reference-document', {
    refDocument: { id, name: c.title, url: c.url, date: at.slice(0, 10) },
  });
  if (doc?.label !== 'Document' || doc.url !== c.url)
    throw check.citationError('sourceUrl', `the id "${id}" derived from this URL is already used by another node`);
  return { row: citationRow(c, id), reference: true, evidence: null };
}

/** A document's citation, checked against what the graph holds of it (`doc`: the citation column of lock-nodes-with-citation or lock-relationship-with-citation). */
async function checkDocumentCitation(seedDir: string, c: DocumentCitation, doc: Row | undefined) {
  const scope = check.checkCitedDocument(c, doc);
  if (scope === null) return { row: citationRow(c, null), reference: true, evidence: null };
  // Both with the seed validator's folding (seed/quote-match.ts): verbatim in the document, and in the
  // provision the locator names, so a true quote cannot be filed under another provision.
  if (!(await sourceText(seedDir, scope.sourceFile)).contains(c.quote!))
    throw check.citationError('quote', `not found verbatim in the text of "${c.document}"`);
  if (!new SourceText(scope.provisionText).contains(c.quote!))
    throw check.citationError(
      'quote',
      `not found in provision "${c.locator}" of "${c.document}" (its title, its text and the provisions under it); cite the provision it comes from`,
    );
  return { row: citationRow(c, null), reference: false, evidence: { document: c.document, locator: c.locator! } };
}

// --- locked reads and writes ----------------------------------------------------------------------------

/** The citation parameters of a change's first statement: the document to read, or none (an external page). */
const citeParams = (c: cmd.CitationCommand) => ({
  citeDocument: c.source === 'document' ? c.document : null,
  citeLocator: c.source === 'document' ? c.locator : null,
});

/**
 * A change's first statement, with what it cites: an external page's reference Document is merged before it; a
 * document citation is checked on the row's `citation` column after it (before anything else is checked).
 */
async function lockWithCitation(
  q: Query,
  seedDir: string,
  c: cmd.CitationCommand,
  at: string,
  lock: (params: Params) => Promise<Row[]>,
): Promise<{ citation: ResolvedCitation; row: Row | undefined }> {
  const reference = c.source === 'external' ? await mergeReference(q, c, at) : null;
  const [row] = await lock(citeParams(c));
  const citation =
    c.source === 'document'
      ? await checkDocumentCitation(seedDir, c, (row?.citation ?? undefined) as Row | undefined)
      : reference!;
  return { citation, row };
}

const storedNodes = (value: unknown): Map<string, check.StoredNode> =>
  new Map(
    ((value as Row[] | null | undefined) ?? []).map((n) => [
      String(n.id),
      { id: String(n.id), label: String(n.label), props: n.props as Props },
    ]),
  );

/**
 * A node upsert's first statement (lock-nodes-with-citation): locks the nodes (the node, an agreement's parties)
 * and reads them under the lock, with an agreement's current parties (`partiesOf`) and the citation's source.
 */
async function lockNodesWithCitation(
  q: Query,
  seedDir: string,
  c: cmd.CitationCommand,
  at: string,
  nodeIds: string[],
  partiesOf: string | null = null,
) {
  const { citation, row } = await lockWithCitation(q, seedDir, c, at, (cite) =>
    q('curation/lock-nodes-with-citation', { nodeIds, partiesOf, ...cite }),
  );
  return { citation, nodes: storedNodes(row?.nodes), parties: sortedIds(row?.parties) ?? [] };
}

/** A link's first statement (lock-relationship-with-citation): the endpoints, then the relationship, locked. */
async function lockRelationshipWithCitation(
  q: Query,
  seedDir: string,
  c: cmd.CitationCommand,
  at: string,
  rel: { from: string; type: string; to: string },
) {
  const params = { fromId: rel.from, relType: rel.type, toId: rel.to };
  const { citation, row } = await lockWithCitation(q, seedDir, c, at, (cite) =>
    q('curation/lock-relationship-with-citation', { ...params, ...cite }),
  );
  const ends = ((row?.ends as unknown[] | undefined) ?? []).map((id) => [String(id), true] as const);
  return { citation, ends: new Map(ends), stored: (row?.relationship ?? null) as Props | null, params };
}

/**
 * A node upsert's write and audit record, in one statement (write-node-and-record); with `parties`, an
 * agreement's parties set to exactly those (new ones cited with the change's citation).
 */
function recordedNodeWrite(
  q: Query,
  label: string,
  stored: check.StoredNode | null,
  id: string,
  props: Props,
  c: ResolvedCitation,
  parties: string[] | null = null,
): RecordedWrite {
  const params = {
    nodeId: id,
    nodeLabel: label,
    nodeProps: props,
    evidence: c.evidence,
    expectedVersion: stored ? int(versionOf(stored.props)) : null,
    partyIds: parties,
    partyProps: parties ? citedProps(null, c.row, c.reference) : {},
  };
  return {
    record: (recording) => q('curation/write-node-and-record', { ...params, ...recording }),
    conflict: `${label} "${id}" was changed meanwhile; reload it and retry`,
  };
}

async function lockNodes(q: Query, ids: string[]): Promise<Map<string, check.StoredNode>> {
  const rows = await q('curation/lock-nodes', { nodeIds: ids });
  return new Map(
    rows.map((r) => [String(r.id), { id: String(r.id), label: String(r.label), props: r.props as Props }]),
  );
}

const snapshot = (s: check.StoredNode): Snapshot => ({ id: s.id, label: s.label, props: visibleProps(s.props) });

/** Locks both endpoints (NOT_FOUND when one is missing), then the relationship, and reads it. */
async function lockRelationship(q: Query, rel: { from: string; type: string; to: string }) {
  check.checkEndpoints(rel, await lockNodes(q, [rel.from, rel.to]));
  const params = { fromId: rel.from, relType: rel.type, toId: rel.to };
  const [row] = await q('curation/lock-relationship', params);
  const id = relationshipId(rel.from, rel.type, rel.to);
  const stored: Snapshot | null = row ? { id, ...rel, props: visibleProps(row.props as Props) } : null;
  return { id, stored, params };
}

/** What every change answers: its audit record, the data version after it, whether it was a replay. */
const result = ({ audit, dataVersion, replayed }: Recorded): ChangeDTO => ({
  audit,
  // A change always produces a data version (its seed version and curationStateHash).
  dataVersion: dataVersion ?? '',
  replayed,
});

// --- mutations ------------------------------------------------------------------------------------------

export async function upsertActor(
  db: Database,
  session: CurationSession,
  input: cmd.ActorCommand,
): Promise<ActorChangeDTO> {
  const change = changeOf('upsertActor', input.id, [input.id], input);
  const done = await curate(db, session, change, async (q, at) => {
    const { citation, nodes } = await lockNodesWithCitation(q, session.seedDir, input.citation, at, [input.id]);
    const stored = check.checkNode(nodes.get(input.id), 'Actor', input.id, input.expectedVersion);
    const props = {
      name: input.name,
      kind: input.kind,
      aliases: input.aliases,
      aliasText: aliasText(input.aliases),
      description: input.description,
      ...citedProps(stored?.props ?? null, citation.row, citation.reference),
    };
    return {
      before: stored && snapshot(stored),
      after: { id: input.id, label: 'Actor', props: propsAfterWrite(input.id, stored?.props ?? null, props) },
      write: recordedNodeWrite(q, 'Actor', stored, input.id, props, citation),
    };
  });
  return { ...result(done), actor: toActor({ id: input.id, label: 'Actor', props: done.after!.props }) };
}

export async function upsertAgreement(
  db: Database,
  session: CurationSession,
  input: cmd.AgreementCommand,
): Promise<AgreementChangeDTO> {
  const change = changeOf('upsertAgreement', input.id, [input.id], input);
  const done = await curate(db, session, change, async (q, at) => {
    const { citation, nodes, parties } = await lockNodesWithCitation(
      q,
      session.seedDir,
      input.citation,
      at,
      [input.id, ...input.parties],
      input.id,
    );
    check.checkParties(input.parties, nodes);
    const stored = check.checkNode(nodes.get(input.id), 'LegalInstrument', input.id, input.expectedVersion);
    check.checkAgreement(stored, input.id);
    const props = {
      name: input.name,
      type: 'agreement',
      coversCybersecurity: input.coversCybersecurity,
      agreementKinds: input.kinds,
      aliases: input.aliases,
      aliasText: aliasText(input.aliases),
      description: input.description,
      ...citedProps(stored?.props ?? null, citation.row, citation.reference),
    };
    // The parties are validated unique and sorted; the statement sets exactly these.
    const after = propsAfterWrite(input.id, stored?.props ?? null, props);
    return {
      before: stored && { ...snapshot(stored), parties },
      after: { id: input.id, label: 'LegalInstrument', props: after, parties: [...input.parties].sort() },
      write: recordedNodeWrite(q, 'LegalInstrument', stored, input.id, props, citation, input.parties),
    };
  });
  return { ...result(done), agreement: toAgreement(done.after!) };
}

export async function link(db: Database, session: CurationSession, input: cmd.LinkCommand): Promise<LinkChangeDTO> {
  const id = relationshipId(input.from, input.type, input.to);
  const change = changeOf('link', id, [input.from, input.to], input);
  const done = await curate(db, session, change, async (q, at) => {
    const locked = await lockRelationshipWithCitation(q, session.seedDir, input.citation, at, input);
    const { citation, stored, params } = locked;
    check.checkEndpoints(input, locked.ends);
    const version = check.checkLink(id, stored, input.expectedVersion);
    const relProps = {
      order: input.order,
      role: input.role,
      note: input.note,
      ...citedProps(stored, citation.row, citation.reference),
    };
    const ends = { from: input.from, type: input.type, to: input.to };
    const write = {
      ...params,
      relProps: { ...relProps, order: input.order === null ? null : int(input.order) },
      expectedVersion: version === null ? null : int(version),
    };
    return {
      before: stored && { id, ...ends, props: visibleProps(stored) },
      after: { id, ...ends, props: relationshipPropsAfterWrite(stored, relProps) },
      write: {
        record: (recording) => q('curation/write-relationship-and-record', { ...write, ...recording }),
        conflict: `${id} was changed meanwhile; reload it and retry`,
      },
    };
  });
  return { ...result(done), relationship: toRelationship(done.after!) };
}

export async function unlink(db: Database, session: CurationSession, input: cmd.UnlinkCommand): Promise<LinkChangeDTO> {
  const id = relationshipId(input.from, input.type, input.to);
  const change = changeOf('unlink', id, [input.from, input.to], input, input.reason);
  const done = await curate(db, session, change, async (q) => {
    const { stored, params } = await lockRelationship(q, input);
    const version = check.checkUnlink(id, stored?.props ?? null, input.expectedVersion);
    await q('curation/delete-relationship', { ...params, expectedVersion: int(version) });
    return { before: stored, after: null };
  });
  return { ...result(done), relationship: toRelationship(done.before!) };
}

/** One page of the audit log (and one record more), newest first, after the record of sequence `afterSeq`. */
export async function getAuditLog(
  db: Database,
  { target, afterSeq, first }: { target: string | null; afterSeq: number | null; first: number },
): Promise<Counted<AuditDTO>> {
  const [row] = await db.read('curation/get-audit-log', {
    auditTarget: target,
    auditAfterSeq: afterSeq === null ? null : int(afterSeq),
    auditLimit: int(first + 1),
  });
  return { rows: ((row?.audits as Row[] | undefined) ?? []).map(toAudit), total: Number(row?.total ?? 0) };
}
