/**
 * Pure building blocks of a curated change: the stored properties (citations as parallel lists, as the
 * seed stores them, with the derived search and reference fields), the before/after snapshots kept in the
 * audit record, the curation hash chain and the data version string.
 */
import { createHash } from 'node:crypto';
import type { CitationCommand } from './validate.js';

export type Props = Record<string, unknown>;

/** One stored citation: the four parallel lists at one index (seed/rows.ts#citationProps). */
export interface CitationRow {
  document: string;
  locator: string;
  quote: string;
  note: string;
}

/** A node or relationship as the audit record keeps it (JSON in `before` / `after`). */
export interface Snapshot {
  id: string;
  label?: string;
  from?: string;
  type?: string;
  to?: string;
  props: Props;
  parties?: string[];
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function citationRows(props: Props): CitationRow[] {
  const locators = list(props.citeLocators);
  const quotes = list(props.citeQuotes);
  const notes = list(props.citeNotes);
  return list(props.citeDocuments).map((document, i) => ({
    document,
    locator: locators[i] ?? '',
    quote: quotes[i] ?? '',
    note: notes[i] ?? '',
  }));
}

/** The row a validated citation is stored as; an external source cites its reference document. */
export function citationRow(citation: CitationCommand, referenceDocumentId: string | null): CitationRow {
  if (citation.source === 'external') {
    return {
      document: referenceDocumentId ?? referenceDocumentIdFor(citation.url),
      locator: '',
      quote: '',
      note: citation.note,
    };
  }
  return {
    document: citation.document,
    locator: citation.locator ?? '',
    quote: citation.quote ?? '',
    note: citation.note ?? '',
  };
}

/**
 * The citation properties after adding one citation to what is stored (an identical citation is not
 * repeated), with `quoteText` for the full-text index and `reference`: true when every citation is a
 * reference page (what was stored was all reference, and so is the new one).
 */
export function citedProps(stored: Props | null, row: CitationRow, rowIsReference: boolean): Props {
  const rows = stored ? citationRows(stored) : [];
  const same = (r: CitationRow) =>
    r.document === row.document && r.locator === row.locator && r.quote === row.quote && r.note === row.note;
  const merged = rows.some(same) ? rows : [...rows, row];
  const storedAllReference = rows.length === 0 || stored?.reference === true;
  return {
    citeDocuments: merged.map((r) => r.document),
    citeLocators: merged.map((r) => r.locator),
    citeQuotes: merged.map((r) => r.quote),
    citeNotes: merged.map((r) => r.note),
    quoteText: merged.map((r) => r.quote || r.note).join(' | '),
    reference: storedAllReference && rowIsReference,
  };
}

/** Searchable aliases, as the seed import writes them (null removes the property). */
export const aliasText = (aliases: string[]): string | null => (aliases.length > 0 ? aliases.join(' | ') : null);

const HIDDEN = new Set(['_lock', 'aliasText', 'quoteText']);

/** The properties worth keeping in an audit snapshot: derived search fields and lock markers dropped. */
export function visibleProps(props: Props): Props {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([key]) => !HIDDEN.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

export const relationshipId = (from: string, type: string, to: string) => `${from}|${type}|${to}`;

export const versionOf = (props: Props | undefined | null): number =>
  typeof props?.version === 'number' ? props.version : 0;

/**
 * A stable Document id for an external page: `ref-<host>-<hash of the normalised URL>`, kebab-case, so
 * citing the same page twice reuses one Document.
 */
export function referenceDocumentIdFor(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(parsed.href).digest('hex').slice(0, 10);
  return `ref-${host || 'page'}-${hash}`;
}

/**
 * The curation hash a change stamps on the dataset (the data version's suffix): the hash of its audit record
 * (which holds a random id), computed before the dataset-wide lock is taken. Not chained to the previous
 * change's hash, so the lock is held by one statement instead of a read, a hash and a write (issue 20); the
 * history is the audit records, ordered by their sequence numbers.
 */
export function changeHash(change: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(change)).digest('hex');
}

export const SHORT_HASH = 12;

/**
 * The seed version alone when nothing was curated, else `<seed>+<short curation hash>` (cypher/meta; the audit
 * record's data version is computed so in cypher/curation/record-change).
 */
export function curatedDataVersion(seedVersion: string | null, curationHash: string | null): string | null {
  if (!curationHash) return seedVersion;
  return `${seedVersion ?? 'unseeded'}+${curationHash.slice(0, SHORT_HASH)}`;
}
