/**
 * Pure helpers of db/catalog-queries.ts and db/graph-queries.ts: row mappers, the Lucene query text of the
 * full-text search (user text escaped, never parsed as Lucene syntax) and the snippet a search hit matched. No
 * driver, no I/O.
 */
import type { RelationshipType, SearchField } from '../../../core/vocabulary.js';
import { toCitations, type CitationDTO } from './citations.js';
import { toQualifiers, type RelationshipQualifiers } from './qualifiers.js';
import type { Row } from './database.js';
import { toActor, toGraphNode, versionOf, type ActorDTO, type GraphEdgeDTO, type GraphNodeDTO } from './mappers.js';

/**
 * A node of graph/get-neighbourhood as a list, [id, label, name, kind, number] (a list moves and decodes faster
 * than a map: issue 20, W2 at 100k), mapped as toGraphNode maps the same fields.
 */
export const toGraphNodeFromList = (row: readonly unknown[]): GraphNodeDTO =>
  toGraphNode({ id: row[0], label: row[1], name: row[2], kind: row[3], number: row[4] });

/** An edge of graph/get-neighbourhood as a list, [source, type, target]; its id `source|type|target`. */
export function toGraphEdgeFromList(row: readonly unknown[]): GraphEdgeDTO {
  const source = String(row[0]);
  const type = String(row[1]) as RelationshipType;
  const target = String(row[2]);
  return { id: `${source}|${type}|${target}`, source, target, type };
}

/** Any node of the model, in brief (EntitySummary): the same fields as a graph node. */
export type EntitySummaryDTO = GraphNodeDTO;

export interface ProvisionDTO {
  id: string;
  documentId: string;
  locator: string;
  title: string | null;
  text: string;
}

/**
 * A relationship (Relationship): seen from one end (Actor.relationships), with the direction and the node at the
 * other end; looked up or changed by curation, with both null.
 */
export interface RelationshipDTO extends RelationshipQualifiers {
  id: string;
  from: string;
  to: string;
  type: RelationshipType;
  direction: 'OUT' | 'IN' | null;
  other: EntitySummaryDTO | null;
  order: number | null;
  role: string | null;
  note: string | null;
  citations: CitationDTO[];
  version: number;
}

export interface SearchHitDTO {
  score: number;
  entity: EntitySummaryDTO;
  field: SearchField | null;
  matched: string | null;
  citation: CitationDTO | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

/** A display name for any node: its name, or "Principle 3" for the principles, which have none. */
export const toSummary = (row: Row): EntitySummaryDTO => toGraphNode(row);

/** `{id, props}` rows (props: the node's properties) as actors. */
export const toActors = (value: unknown): ActorDTO[] =>
  rows(value).map((row) => toActor({ id: String(row.id), label: 'Actor', props: (row.props as Row) ?? {} }));

export function toProvision(row: Row): ProvisionDTO {
  const props = (row.props as Row) ?? {};
  return {
    id: String(row.id),
    documentId: String(props.document),
    locator: String(props.locator),
    title: text(props.title),
    text: String(props.text ?? ''),
  };
}

/** A relationship row ({id, from, to, type, props}, and seen from an actor: direction, other). */
export function toRelationship(row: Row): RelationshipDTO {
  const props = (row.props as Row) ?? {};
  return {
    id: String(row.id),
    from: String(row.from),
    to: String(row.to),
    type: String(row.type) as RelationshipType,
    direction: row.direction === 'IN' ? 'IN' : row.direction === 'OUT' ? 'OUT' : null,
    other: row.other ? toSummary(row.other as Row) : null,
    order: num(props.order),
    role: text(props.role),
    note: text(props.note),
    citations: toCitations(props),
    version: versionOf(props),
    ...toQualifiers(props),
  };
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const MAX_SEARCH_TERMS = 16;

/** Escapes every character Lucene's query parser treats as syntax, so user text is searched literally. */
export const escapeLucene = (term: string): string => term.replace(LUCENE_SPECIAL, '\\$&');

/** Lower-case words of the user's text (lower case also defuses AND/OR/NOT); pure punctuation or emoji are dropped. */
export function searchTerms(input: string): string[] {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_SEARCH_TERMS);
}

/**
 * The Lucene query for the terms: each term in any field (names and aliases boosted), plus prefix matching for
 * words of 3+ letters and fuzzy matching (one edit) for words of 4+ on names and aliases, plus a phrase boost.
 */
export function luceneQuery(terms: readonly string[]): string {
  const clauses = terms.map((term) => {
    const e = escapeLucene(term);
    const parts = [`name:${e}^4`, `aliasText:${e}^3`, `text:${e}`, `quoteText:${e}`];
    if (/^[\p{L}\p{N}]+$/u.test(term)) {
      if (term.length >= 3) parts.push(`name:${e}*^2`, `aliasText:${e}*^2`);
      if (term.length >= 4) parts.push(`name:${e}~1`, `aliasText:${e}~1`);
    }
    return `(${parts.join(' ')})`;
  });
  if (terms.length > 1) {
    const phrase = terms.map(escapeLucene).join(' ');
    clauses.push(`name:"${phrase}"^6 aliasText:"${phrase}"^6`);
  }
  return clauses.join(' ');
}

function snippet(value: string, word: string, radius = 60): string {
  const at = value.toLowerCase().indexOf(word);
  const start = Math.max(0, at - radius);
  const end = Math.min(value.length, at + word.length + radius);
  return `${start > 0 ? '…' : ''}${value.slice(start, end)}${end < value.length ? '…' : ''}`;
}

/** Which field of a hit holds one of the words searched (name, alias, text, quote), with the matching snippet. */
export function matchedField(
  row: Row,
  terms: readonly string[],
): { field: SearchField | null; matched: string | null } {
  const words = terms.flatMap((term) => term.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  const find = (value: string) => words.find((word) => value.toLowerCase().includes(word));
  const name = text(row.name);
  if (name && find(name)) return { field: 'name', matched: name };
  const alias = (Array.isArray(row.aliases) ? row.aliases.map(String) : []).find((a) => find(a));
  if (alias) return { field: 'alias', matched: alias };
  const body = text(row.text);
  const inText = body ? find(body) : undefined;
  if (body && inText) return { field: 'text', matched: snippet(body, inText) };
  for (const quote of (text(row.quoteText) ?? '').split(' | ')) {
    const word = find(quote);
    if (word) return { field: 'quote', matched: snippet(quote, word) };
  }
  return { field: null, matched: null };
}

const wordsOf = (value: string): string =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/** The words an exact or leading name or alias match must hold, as rankHits compares names (for the database). */
export const searchWords = (input: string): string[] => wordsOf(input).split(' ').filter(Boolean);

/** Bonus added to the Lucene score of a hit whose name or an alias is exactly the text searched. */
export const EXACT_MATCH_BONUS = 100;
/**
 * Bonus for a hit whose name or an alias starts with the words searched (`Cyber Europe` → `Cyber Europe 2012`):
 * below an exact match, above any Lucene score of a mere mention.
 */
export const PREFIX_MATCH_BONUS = 50;

/**
 * The citation of the text a hit matched: the quote's own citation; a provision's document and locator for its
 * text (the snippet as quote); for a name or alias, the first citation whose quote holds it, else the first.
 */
export function matchedCitation(
  row: Row,
  match: { field: SearchField | null; matched: string | null },
): CitationDTO | null {
  const citations = toCitations((row.cites as Row | undefined) ?? {});
  if (match.field === 'text' && row.label === 'Provision' && typeof row.document === 'string')
    return { documentId: row.document, locator: String(row.locator ?? ''), quote: match.matched ?? '', kind: 'QUOTE' };
  const core = (match.matched ?? '').replace(/^…|…$/g, '').toLowerCase();
  const holding = core ? citations.find((c) => c.quote.toLowerCase().includes(core)) : undefined;
  return holding ?? citations[0] ?? null;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Full-text candidates as hits: re-ranked with exact name or alias matches (ignoring case and punctuation) first,
 * then by score; or, with `rerank` false, as Lucene ordered them.
 */
export function rankHits(candidates: readonly Row[], input: string, rerank = true): SearchHitDTO[] {
  const wanted = wordsOf(input);
  const terms = searchTerms(input);
  const hits = candidates.map((row) => {
    const names = [text(row.name), ...(Array.isArray(row.aliases) ? row.aliases.map(String) : [])];
    const exact = rerank && names.some((name) => name !== null && wordsOf(name) === wanted);
    const prefix =
      rerank &&
      !exact &&
      wanted !== '' &&
      names.some((name) => name !== null && wordsOf(name).startsWith(`${wanted} `));
    const score = Number(row.score) + (exact ? EXACT_MATCH_BONUS : prefix ? PREFIX_MATCH_BONUS : 0);
    const match = matchedField(row, terms);
    return { score, entity: toSummary(row), ...match, citation: matchedCitation(row, match) };
  });
  // Ties by id in code-point order, as the database orders Lucene's hits (so ranking a subset it returned gives
  // the same order as ranking the whole window).
  return rerank ? hits.sort((a, b) => b.score - a.score || byCodePoint(a.entity.id, b.entity.id)) : hits;
}
