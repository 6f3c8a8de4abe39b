/**
 * Pure decisions of a curated write, taken on what was read under the write lock: create or update, or
 * refuse with NOT_FOUND, BAD_USER_INPUT or CONFLICT (naming the current version so the client can retry).
 */
import { AppError, badInput, notFound } from '../../errors.js';
import { versionOf, type Props } from './changes.js';

export interface StoredNode {
  id: string;
  label: string;
  props: Props;
}

export const conflict = (message: string) => new AppError('CONFLICT', message);

/** The stored node matched against the expected version: null means "create it", else update it. */
export function checkNode(
  stored: StoredNode | undefined,
  label: string,
  id: string,
  expected: number | null,
): StoredNode | null {
  if (!stored) {
    if (expected === null) return null;
    throw notFound(`No ${label} "${id}" to update; omit expectedVersion to create it`, id);
  }
  if (stored.label !== label) throw badInput(`id: "${id}" is already a ${stored.label}`, { field: 'id' });
  const version = versionOf(stored.props);
  if (expected === null)
    throw conflict(
      `${label} "${id}" already exists at version ${version}; send expectedVersion: ${version} to update it`,
    );
  if (expected !== version)
    throw conflict(`${label} "${id}" is at version ${version}, not ${expected}; reload it and retry`);
  return stored;
}

/** An agreement's parties must all exist and be actors. */
export function checkParties(parties: string[], found: ReadonlyMap<string, StoredNode>): void {
  const missing = parties.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw notFound(`parties: no actor with id ${missing.map((id) => `"${id}"`).join(', ')}`, missing, {
      field: 'parties',
    });
  const others = parties.filter((id) => found.get(id)!.label !== 'Actor');
  if (others.length > 0) throw badInput(`parties: not actors: ${others.join(', ')}`, { field: 'parties' });
}

export function checkAgreement(stored: StoredNode | null, id: string): void {
  if (stored && stored.props.type !== 'agreement')
    throw badInput(`id: "${id}" is a ${String(stored.props.type)}, not an agreement`, { field: 'id' });
}

export function checkEndpoints(ends: { from: string; to: string }, found: ReadonlyMap<string, unknown>): void {
  for (const end of ['from', 'to'] as const) {
    if (!found.has(ends[end])) throw notFound(`${end}: no node with id "${ends[end]}"`, ends[end], { field: end });
  }
}

/**
 * link: an absent relationship is created (expectedVersion omitted or 0); an existing one is changed only
 * at its current version. Returns the version to update at, or null to create.
 */
export function checkLink(id: string, stored: Props | null, expected: number | null): number | null {
  const version = versionOf(stored);
  if (stored && expected === null)
    throw conflict(`${id} already exists at version ${version}; send expectedVersion: ${version} to change it`);
  if (stored ? expected !== version : (expected ?? 0) !== 0)
    throw conflict(`${id} is at version ${version}, not ${expected}; reload it and retry`);
  return stored ? version : null;
}

/** unlink: NOT_FOUND when absent; CONFLICT when an expected version is given and differs. */
export function checkUnlink(id: string, stored: Props | null, expected: number | null): number {
  if (!stored) throw notFound(`No relationship ${id}`, id);
  const version = versionOf(stored);
  if (expected !== null && expected !== version)
    throw conflict(`${id} is at version ${version}, not ${expected}; reload it and retry`);
  return version;
}

export const citationError = (field: string, message: string) =>
  badInput(`citation.${field}: ${message}`, { field: `citation.${field}` });

/** What the graph holds about a cited document (the citation column of cypher/curation/lock-nodes-with-citation and lock-relationship-with-citation). */
export interface CitedDocument {
  label?: unknown;
  kind?: unknown;
  sourceFile?: unknown;
  provision?: unknown;
  provisionTexts?: unknown;
}

/** Where a strategy citation's quote must be found: the document's source file, and the cited provision. */
export interface QuoteScope {
  sourceFile: string;
  /**
   * The cited provision as text: its title, its text, the provisions under it, and the lead-in clauses its
   * locator names ("2.1 / The Commission asks ENISA to / bullet 1" is introduced by "The Commission asks ENISA to").
   */
  provisionText: string;
}

const NUMBERING = /^(\d[\d.]*|bullet \d+|footnote \d+|principle \d+)$/i;

/**
 * A reference page takes a note (it has no text to check a quote against); a strategy takes the locator
 * of one of its provisions and a quote. Returns where the quote must be found, or null for a reference page.
 */
export function checkCitedDocument(
  c: { document: string; locator: string | null; quote: string | null },
  doc: CitedDocument | undefined,
): QuoteScope | null {
  if (doc?.label !== 'Document') throw citationError('document', `no document with id "${c.document}"`);
  if (doc.kind === 'reference') {
    if (c.quote !== null)
      throw citationError('quote', `reference page "${c.document}" has no text to check a quote against; use note`);
    return null;
  }
  if (c.locator === null)
    throw citationError('locator', `a citation of strategy "${c.document}" needs the locator of one of its provisions`);
  if (doc.provision !== true) throw citationError('locator', `no provision "${c.locator}" in "${c.document}"`);
  if (c.quote === null) throw citationError('quote', `a citation of strategy "${c.document}" needs a verbatim quote`);
  if (typeof doc.sourceFile !== 'string') throw citationError('document', `"${c.document}" has no source text`);
  const texts = Array.isArray(doc.provisionTexts) ? doc.provisionTexts.filter((t) => typeof t === 'string') : [];
  const leadIns = c.locator.split(' / ').filter((segment) => !NUMBERING.test(segment.trim()));
  return { sourceFile: doc.sourceFile, provisionText: [...texts, ...leadIns].join('\n') };
}
