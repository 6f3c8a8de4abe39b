/**
 * Pure validation of curation inputs: each GraphQL input becomes a typed command, or a BAD_USER_INPUT
 * error naming the field and, where there is a closed list, the valid values. Strings are never trimmed or
 * rewritten: what passes is stored as sent. Whether ids exist is for the database layer to check.
 */
import { badInput } from '../../errors.js';
import { ACTOR_KINDS, AGREEMENT_KINDS, ID_PATTERN, RELATIONSHIP_TYPES } from '../../../../core/vocabulary.js';

export const LIMITS = {
  id: 100,
  name: 200,
  alias: 200,
  aliases: 20,
  text: 2000,
  locator: 200,
  title: 200,
  url: 2000,
  role: 200,
  parties: 100,
  mutationId: 128,
  order: 1_000_000,
  auditLog: 100,
} as const;

export type Maybe<T> = T | null | undefined;

export interface CitationInput {
  document?: Maybe<string>;
  locator?: Maybe<string>;
  quote?: Maybe<string>;
  note?: Maybe<string>;
  sourceTitle?: Maybe<string>;
  sourceUrl?: Maybe<string>;
}

/** A document of the graph (checked against it by the database layer), or an external official page. */
export type CitationCommand =
  | { source: 'document'; document: string; locator: string | null; quote: string | null; note: string | null }
  | { source: 'external'; title: string; url: string; note: string };

export interface Versioned {
  /** null: create (or, for unlink, remove whatever version is stored). */
  expectedVersion: number | null;
  mutationId: string | null;
}

export interface ActorCommand extends Versioned {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
  citation: CitationCommand;
}

export interface AgreementCommand extends Versioned {
  id: string;
  name: string;
  coversCybersecurity: boolean;
  /** Which of the strategy's agreement classes it fills (seed/READINGS.md); empty unless it covers cybersecurity. */
  kinds: string[];
  aliases: string[];
  description: string | null;
  parties: string[];
  citation: CitationCommand;
}

export interface LinkCommand extends Versioned {
  from: string;
  type: string;
  to: string;
  order: number | null;
  role: string | null;
  note: string | null;
  citation: CitationCommand;
}

export interface UnlinkCommand extends Versioned {
  from: string;
  type: string;
  to: string;
  reason: string | null;
}

const fail = (field: string, message: string) => badInput(`${field}: ${message}`, { field });
const codePoints = (value: string) => [...value].length;
const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

function text(field: string, value: Maybe<string>, max: number, required: true): string;
function text(field: string, value: Maybe<string>, max: number, required?: false): string | null;
function text(field: string, value: Maybe<string>, max: number, required = false): string | null {
  if (value === null || value === undefined) {
    if (required) throw fail(field, 'is required');
    return null;
  }
  if (value.trim() === '') throw fail(field, 'must not be blank');
  if (codePoints(value) > max) throw fail(field, `must be at most ${max} characters (got ${codePoints(value)})`);
  return value;
}

export function entityId(field: string, value: Maybe<string>): string {
  if (typeof value !== 'string' || value === '') throw fail(field, 'is required');
  if (value.length > LIMITS.id || !ID_PATTERN.test(value))
    throw fail(field, `must be a lowercase kebab-case slug such as "enisa" or "europol-ec3" (got ${shown(value)})`);
  return value;
}

function oneOf(field: string, value: Maybe<string>, allowed: readonly string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value))
    throw fail(field, `must be one of ${allowed.join(', ')} (got ${shown(String(value ?? ''))})`);
  return value;
}

function integer(field: string, value: Maybe<number>, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max)
    throw fail(field, `must be an integer from ${min} to ${max}`);
  return value;
}

function aliases(value: Maybe<string[]>): string[] {
  const list = value ?? [];
  if (list.length > LIMITS.aliases) throw fail('aliases', `at most ${LIMITS.aliases} aliases (got ${list.length})`);
  return list.map((alias, i) => text(`aliases[${i}]`, alias, LIMITS.alias, true));
}

function versioned(input: { expectedVersion?: Maybe<number>; mutationId?: Maybe<string> }): Versioned {
  const mutationId = input.mutationId ?? null;
  if (
    mutationId !== null &&
    (mutationId.length > LIMITS.mutationId || !/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(mutationId))
  )
    throw fail('mutationId', `must be 1 to ${LIMITS.mutationId} letters, digits, ".", "_", ":" or "-" (a UUID fits)`);
  return { expectedVersion: integer('expectedVersion', input.expectedVersion, 0, 2 ** 31 - 1), mutationId };
}

/** An https URL without credentials, normalised (lowercase host, default port dropped). */
export function httpsUrl(field: string, value: Maybe<string>): string {
  const raw = text(field, value, LIMITS.url, true);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail(field, `must be an absolute https:// URL (got ${shown(raw)})`);
  }
  if (url.protocol !== 'https:' || !url.hostname) throw fail(field, `must be an https:// URL (got ${shown(raw)})`);
  if (url.username || url.password) throw fail(field, 'must not contain a user name or password');
  return url.href;
}

export function validateCitation(input: Maybe<CitationInput>, field = 'citation'): CitationCommand {
  if (!input) throw fail(field, 'is required');
  const note = text(`${field}.note`, input.note, LIMITS.text);
  const quote = text(`${field}.quote`, input.quote, LIMITS.text);
  if (quote === null && note === null)
    throw fail(field, 'give a quote (from a strategy) or a note (for a reference page)');
  const external = input.sourceUrl != null || input.sourceTitle != null;
  if (external) {
    if (input.document != null) throw fail(field, 'give either document or sourceTitle + sourceUrl, not both');
    if (quote !== null)
      throw fail(
        `${field}.quote`,
        'only a strategy document of the graph has a text to check quotes against; use note',
      );
    if (note === null) throw fail(`${field}.note`, 'is required for an external source: what the page states');
    return {
      source: 'external',
      title: text(`${field}.sourceTitle`, input.sourceTitle, LIMITS.title, true),
      url: httpsUrl(`${field}.sourceUrl`, input.sourceUrl),
      note,
    };
  }
  if (input.document == null)
    throw fail(field, 'give document (a document of the graph) or sourceTitle + sourceUrl (an official page)');
  return {
    source: 'document',
    document: entityId(`${field}.document`, input.document),
    locator: text(`${field}.locator`, input.locator, LIMITS.locator),
    quote,
    note,
  };
}

export interface ActorInput {
  id: string;
  name: string;
  kind: string;
  aliases?: Maybe<string[]>;
  description?: Maybe<string>;
  citation: CitationInput;
  expectedVersion?: Maybe<number>;
  mutationId?: Maybe<string>;
}

export function validateActorInput(input: ActorInput): ActorCommand {
  return {
    id: entityId('id', input.id),
    name: text('name', input.name, LIMITS.name, true),
    kind: oneOf('kind', input.kind, ACTOR_KINDS.values),
    aliases: aliases(input.aliases),
    description: text('description', input.description, LIMITS.text),
    citation: validateCitation(input.citation),
    ...versioned(input),
  };
}

export interface AgreementInput {
  id: string;
  name: string;
  coversCybersecurity: boolean;
  kinds?: Maybe<string[]>;
  parties: string[];
  aliases?: Maybe<string[]>;
  description?: Maybe<string>;
  citation: CitationInput;
  expectedVersion?: Maybe<number>;
  mutationId?: Maybe<string>;
}

export function validateAgreementInput(input: AgreementInput): AgreementCommand {
  const parties = (input.parties ?? []).map((party, i) => entityId(`parties[${i}]`, party));
  if (parties.length === 0) throw fail('parties', 'an agreement needs at least one party (an actor id)');
  if (parties.length > LIMITS.parties) throw fail('parties', `at most ${LIMITS.parties} parties`);
  const id = entityId('id', input.id);
  if (parties.includes(id)) throw fail('parties', 'an agreement cannot be a party to itself');
  if (typeof input.coversCybersecurity !== 'boolean') throw fail('coversCybersecurity', 'must be true or false');
  const kinds = [...new Set((input.kinds ?? []).map((kind, i) => oneOf(`kinds[${i}]`, kind, AGREEMENT_KINDS.values)))];
  // Each kind fills its own class with its own conditions, so "covers cybersecurity" alone says too little.
  if (input.coversCybersecurity && kinds.length === 0)
    throw fail(
      'kinds',
      `an agreement that covers cybersecurity says which kind it is: ${AGREEMENT_KINDS.values.join(', ')}`,
    );
  if (!input.coversCybersecurity && kinds.length > 0)
    throw fail('kinds', "only an agreement that covers cybersecurity fills the strategy's agreement classes");
  return {
    id,
    name: text('name', input.name, LIMITS.name, true),
    coversCybersecurity: input.coversCybersecurity,
    kinds: kinds.sort(),
    aliases: aliases(input.aliases),
    description: text('description', input.description, LIMITS.text),
    parties: [...new Set(parties)].sort(),
    citation: validateCitation(input.citation),
    ...versioned(input),
  };
}

export const RELATIONSHIP_TYPE_LIST: readonly string[] = [...RELATIONSHIP_TYPES.values].sort();

function endpoints(input: { from: string; type: string; to: string }) {
  const from = entityId('from', input.from);
  const to = entityId('to', input.to);
  const type = oneOf('type', input.type, RELATIONSHIP_TYPE_LIST);
  if (from === to) throw fail('to', 'a relationship needs two different nodes');
  return { from, type, to };
}

export interface LinkInput {
  from: string;
  type: string;
  to: string;
  citation: CitationInput;
  order?: Maybe<number>;
  role?: Maybe<string>;
  note?: Maybe<string>;
  expectedVersion?: Maybe<number>;
  mutationId?: Maybe<string>;
}

export function validateLinkInput(input: LinkInput): LinkCommand {
  return {
    ...endpoints(input),
    order: integer('order', input.order, 0, LIMITS.order),
    role: text('role', input.role, LIMITS.role),
    note: text('note', input.note, LIMITS.text),
    citation: validateCitation(input.citation),
    ...versioned(input),
  };
}

export interface UnlinkInput {
  from: string;
  type: string;
  to: string;
  reason?: Maybe<string>;
  expectedVersion?: Maybe<number>;
  mutationId?: Maybe<string>;
}

export function validateUnlinkInput(input: UnlinkInput): UnlinkCommand {
  return { ...endpoints(input), reason: text('reason', input.reason, LIMITS.text), ...versioned(input) };
}

export function validateAuditLogArgs(args: { target?: Maybe<string>; first?: Maybe<number> }) {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.auditLog)
    throw fail('first', `must be an integer from 1 to ${LIMITS.auditLog}`);
  const target = args.target ?? null;
  if (target !== null && (target === '' || target.length > 3 * LIMITS.id + 64))
    throw fail('target', 'must be a node id or a relationship id "from|TYPE|to"');
  return { target, first };
}
