/**
 * Pure mappers from audit rows and change snapshots to the DTOs the curation API returns. A fresh change
 * and a replayed one (read back from its audit record) go through the same functions.
 */
import { toCitations, type CitationDTO } from '../../db/citations.js';
import type { Snapshot } from './changes.js';

export interface AuditDTO {
  id: string;
  mutationId: string | null;
  at: string;
  curator: string;
  mutation: string;
  targetId: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  dataVersion: string | null;
}

export interface AgreementDTO {
  id: string;
  name: string;
  coversCybersecurity: boolean;
  aliases: string[];
  description: string | null;
  partyIds: string[];
  citations: CitationDTO[];
}

export interface RelationshipDTO {
  id: string;
  from: string;
  type: string;
  to: string;
  order: number | null;
  role: string | null;
  note: string | null;
  citations: CitationDTO[];
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toAudit(row: Record<string, unknown>): AuditDTO {
  return {
    id: String(row.id),
    mutationId: str(row.mutationId),
    at: String(row.at),
    curator: String(row.curator),
    mutation: String(row.mutation),
    targetId: String(row.targetId),
    before: str(row.before),
    after: str(row.after),
    reason: str(row.reason),
    dataVersion: str(row.dataVersion),
  };
}

export const parseSnapshot = (value: string | null): Snapshot | null =>
  value === null ? null : (JSON.parse(value) as Snapshot);

export function toAgreement({ id, props, parties }: Snapshot): AgreementDTO {
  return {
    id,
    name: String(props.name ?? id),
    coversCybersecurity: props.coversCybersecurity === true,
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
    description: str(props.description),
    partyIds: parties ?? [],
    citations: toCitations(props),
  };
}

export function toRelationship({ id, from, type, to, props }: Snapshot): RelationshipDTO {
  return {
    id,
    from: String(from),
    type: String(type),
    to: String(to),
    order: typeof props.order === 'number' ? props.order : null,
    role: str(props.role),
    note: str(props.note),
    citations: toCitations(props),
  };
}
