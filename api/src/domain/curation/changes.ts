/**
 * Pure building blocks of a curated change: the stored properties (citations as parallel lists, as the
 * seed stores them, with the derived search and reference fields), the before/after snapshots kept in the
 * audit record, the change hash, the data version string and the audit records' seq slots.
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
 * A string as Neo4j stores it: Bolt sends UTF-8, so each lone surrogate (a UTF-16 half that encodes no character)
 * arrives as U+FFFD; a paired one is a character and stays. Lists of strings alike; anything else as it is.
 */
const LONE_SURROGATE = /\p{Cs}/gu;
function asStored(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD');
  if (Array.isArray(value)) return value.map(asStored);
  return value;
}

/** `props` written over what was stored (null or undefined removes a property), the version bumped. */
function afterWrite(start: Props, stored: Props | null, props: Props): Props {
  const next: Props = { ...start };
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined) delete next[key];
    else next[key] = asStored(value);
  }
  next.version = versionOf(stored) + 1;
  return visibleProps(next);
}

/**
 * A node's audit snapshot props after a write of `props` (null or undefined removes a property) over what was
 * stored (null: a node created with `id`), with its version bumped: what cypher/curation/write-node-and-record
 * stores (`SET n += $nodeProps, n.version = coalesce(n.version, 0) + 1`). The caller records it in the same
 * statement as the write and checks it against the props the statement returns, before commit.
 */
export function propsAfterWrite(id: string, stored: Props | null, props: Props): Props {
  return afterWrite(stored ?? { id }, stored, props);
}

/**
 * A relationship's audit snapshot props after a write of `props` over what was stored (null: created), as
 * cypher/curation/write-relationship-and-record stores them (a new relationship has no property but these and its
 * version 1). Checked like propsAfterWrite's. Integers come as numbers (the caller sends them as Bolt integers).
 */
export function relationshipPropsAfterWrite(stored: Props | null, props: Props): Props {
  return afterWrite(stored ?? {}, stored, props);
}

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
 * The hash of a change: the hash of its audit record (which holds a random id). Its first 48 bits are the
 * change's version mark (versionMark), from which the data version is computed (curationStateHash).
 */
export function changeHash(change: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(change)).digest('hex');
}

export const SHORT_HASH = 12;
const MARK_MODULUS = 2n ** 48n;

/** A change's version mark: the first 48 bits of its hash, as an integer (exact in a double). */
export const versionMark = (hash: string): number => Number.parseInt(hash.slice(0, SHORT_HASH), 16);

/**
 * The curation state's hash in the data version, as cypher/meta/get-data-version computes it: 12 hex digits of
 * (the newest audit record's version mark + the number of audit records) mod 2^48. Every change adds a record, so
 * successive states of one database differ; the mark (random per change) tells apart databases or histories
 * with as many records. No change reads or writes a shared node for it, so changes take no common lock (issue 20).
 */
export function curationStateHash(newestMark: number, audits: number): string {
  const state = (BigInt(newestMark) + BigInt(audits)) % MARK_MODULUS;
  return state.toString(16).padStart(SHORT_HASH, '0');
}

/**
 * The seed version alone when nothing was curated, else `<seed>+<short curation hash>` (cypher/meta; the
 * audit record's data version is computed so in cypher/curation/record-change, with curationStateHash; records
 * written before version marks existed took the first 12 hex digits of the hash chain stored on Meta).
 */
export function curatedDataVersion(seedVersion: string | null, curationHash: string | null): string | null {
  if (!curationHash) return seedVersion;
  return `${seedVersion ?? 'unseeded'}+${curationHash.slice(0, SHORT_HASH)}`;
}

/**
 * An audit record's seq is the next multiple of SEQ_STRIDE past the newest committed one, plus a slot
 * (cypher/curation/record-change). Concurrent changes of one process take different slots, so their seqs
 * differ without a lock; each process starts its slots at a random base, so two processes rarely meet, and the
 * unique constraint on seq refuses the second when they do (the change is then run again).
 */
export const SEQ_STRIDE = 4096;

export class SeqSlots {
  private readonly busy = new Set<number>();

  constructor(private readonly base: number) {}

  /** A slot no change of this process holds now (the smallest free index after the base, wrapping). */
  take(): number {
    let index = 0;
    while (this.busy.has(index) && index < SEQ_STRIDE - 1) index += 1;
    this.busy.add(index);
    return index;
  }

  /** The slot's value for record-change's $seqSlot, in [0, SEQ_STRIDE). */
  slotOf(index: number): number {
    return (this.base + index) % SEQ_STRIDE;
  }

  release(index: number): void {
    this.busy.delete(index);
  }
}
