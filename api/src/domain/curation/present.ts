/**
 * Pure mappers from audit rows and change snapshots to the DTOs the curation API returns. A fresh change
 * and a replayed one (read back from its audit record) go through the same functions.
 */
import type { AuditMutation, RelationshipType } from '../../../../core/vocabulary.js';
import { toCitations, type CitationDTO } from '../../db/citations.js';
import type { RelationshipDTO } from '../../db/graph-mappers.js';
import { toQualifiers } from '../../db/qualifiers.js';
import { versionOf, type Snapshot } from './changes.js';

export interface AuditDTO {
  id: string;
  mutationId: string | null;
  at: string;
  curator: string;
  mutation: AuditMutation;
  targetId: string;
  /** The target before and after the change, as recorded (JSON in the audit record). */
  before: Snapshot | null;
  after: Snapshot | null;
  reason: string | null;
  dataVersion: string | null;
  /** The record's place in the curation history (1 first): the audit log's cursor. */
  seq: number;
}

export interface AgreementDTO {
  id: string;
  name: string;
  coversCybersecurity: boolean;
  kinds: string[];
  aliases: string[];
  description: string | null;
  partyIds: string[];
  citations: CitationDTO[];
  version: number;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const parseSnapshot = (value: string | null): Snapshot | null =>
  value === null ? null : (JSON.parse(value) as Snapshot);

export function toAudit(row: Record<string, unknown>): AuditDTO {
  return {
    id: String(row.id),
    mutationId: str(row.mutationId),
    at: String(row.at),
    curator: String(row.curator),
    mutation: String(row.mutation) as AuditMutation,
    targetId: String(row.targetId),
    before: parseSnapshot(str(row.before)),
    after: parseSnapshot(str(row.after)),
    reason: str(row.reason),
    dataVersion: str(row.dataVersion),
    seq: typeof row.seq === 'number' ? row.seq : 0,
  };
}

export function toAgreement({ id, props, parties }: Snapshot): AgreementDTO {
  return {
    id,
    name: String(props.name ?? id),
    coversCybersecurity: props.coversCybersecurity === true,
    kinds: Array.isArray(props.agreementKinds) ? props.agreementKinds.map(String) : [],
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
    description: str(props.description),
    partyIds: parties ?? [],
    citations: toCitations(props),
    version: versionOf(props),
  };
}

export function toRelationship({ id, from, type, to, props }: Snapshot): RelationshipDTO {
  return {
    id,
    from: String(from),
    type: String(type) as RelationshipType,
    to: String(to),
    direction: null,
    other: null,
    order: typeof props.order === 'number' ? props.order : null,
    role: str(props.role),
    note: str(props.note),
    citations: toCitations(props),
    version: versionOf(props),
    ...toQualifiers(props),
  };
}
