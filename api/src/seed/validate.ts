/**
 * Cross-file validation of the seed: merges entries that share an id, then checks that ids are unique
 * per label, that every relationship endpoint exists, that every citation names a known document and
 * provision, and that every quote is found verbatim in its source text. Pure: the caller reads files.
 */
import { dateProblems } from './dates.js';
import { checkQuote, locateProvision, type ProvisionParts, type ProvisionScope } from './provision-scope.js';
import { SourceText } from './quote-match.js';
import { excerptProblem, referenceAgreementProblems } from './reference-data.js';
import { IDENTITY_TYPES, STRUCTURAL_SOURCES, STRUCTURAL_TYPES } from './schema.js';
import { StrictText } from './strict-match.js';
import type { PropertyValue, SeedGraph, SeedNode, SeedProblem, SeedRelationship } from './types.js';

export interface SeedInput {
  /** Parsed files, in a stable order. */
  files: Array<{ file: string; graph: SeedGraph }>;
  /** Source texts by file name (Document.sourceFile). */
  sources: Record<string, string>;
}

export interface ValidatedSeed {
  graph: SeedGraph;
  problems: SeedProblem[];
}

const sameValue = (a: PropertyValue, b: PropertyValue) => JSON.stringify(a) === JSON.stringify(b);
const MERGED_LISTS = new Set(['aliases', 'identifiers']);

function mergeNodes(files: SeedInput['files'], problems: SeedProblem[]): SeedNode[] {
  const byId = new Map<string, SeedNode>();
  for (const { file, graph } of files) {
    graph.nodes.forEach((node, index) => {
      const existing = byId.get(node.id);
      if (!existing) {
        byId.set(node.id, { ...node, citations: [...node.citations], properties: { ...node.properties } });
        return;
      }
      const path = `nodes[${index}]`;
      if (existing.label !== node.label) {
        problems.push({
          file,
          path: `${path}.id`,
          reason: `id "${node.id}" is already a ${existing.label} in ${existing.files.join(', ')}`,
        });
        return;
      }
      if (existing.files.includes(file)) {
        problems.push({ file, path: `${path}.id`, reason: `duplicate id "${node.id}" in the same file` });
        return;
      }
      for (const [key, value] of Object.entries(node.properties)) {
        const previous = existing.properties[key];
        if (previous === undefined) existing.properties[key] = value;
        else if (MERGED_LISTS.has(key)) {
          existing.properties[key] = [...new Set([...(previous as string[]), ...(value as string[])])];
        } else if (!sameValue(previous, value)) {
          problems.push({
            file,
            path: `${path}.${key}`,
            reason: `"${node.id}".${key} disagrees with ${existing.files.join(', ')}`,
          });
        }
      }
      existing.citations.push(...node.citations);
      existing.conditions.push(...node.conditions);
      existing.files.push(file);
    });
  }
  return [...byId.values()];
}

/** The same relationship stated in two files is one relationship with the citations of both. */
function mergeRelationships(files: SeedInput['files'], problems: SeedProblem[]): SeedRelationship[] {
  const byKey = new Map<string, SeedRelationship>();
  for (const { file, graph } of files) {
    for (const rel of graph.relationships) {
      const key = `${rel.from}|${rel.type}|${rel.to}`;
      const existing = byKey.get(key);
      if (!existing) byKey.set(key, { ...rel, citations: [...rel.citations], properties: { ...rel.properties } });
      else if (existing.file === file) {
        problems.push({
          file,
          path: `${rel.from}-[${rel.type}]->${rel.to}`,
          reason: 'duplicate relationship in the same file',
        });
      } else {
        existing.citations.push(...rel.citations);
        Object.assign(existing.properties, { ...rel.properties, ...existing.properties });
      }
    }
  }
  return [...byKey.values()];
}

export function validateSeed(input: SeedInput): ValidatedSeed {
  const problems: SeedProblem[] = [];
  const nodes = mergeNodes(input.files, problems);
  const byId = new Map(nodes.map((node) => [node.id, node]));

  const documents = new Map<string, SourceText | null>();
  const strictSources = new Map<string, StrictText>();
  for (const node of nodes) {
    if (node.label !== 'Document') continue;
    const sourceFile = node.properties.sourceFile as string | undefined;
    if (!sourceFile) documents.set(node.id, null);
    else if (input.sources[sourceFile] === undefined) {
      problems.push({
        file: node.files[0]!,
        path: node.id,
        reason: `source text ${sourceFile} not found in seed/sources/`,
      });
    } else {
      documents.set(node.id, new SourceText(input.sources[sourceFile]!));
      strictSources.set(node.id, new StrictText(input.sources[sourceFile]!));
    }
  }

  const locators = new Set<string>();
  const provisionTexts = new Map<string, SourceText>();
  const scopes = new Map<string, ProvisionScope>();
  for (const node of nodes) {
    if (node.label !== 'Provision') continue;
    const documentId = node.properties.document as string;
    const key = `${documentId}#${node.properties.locator as string}`;
    if (locators.has(key))
      problems.push({ file: node.files[0]!, path: node.id, reason: `two provisions with locator ${key}` });
    locators.add(key);
    provisionTexts.set(key, new SourceText(node.properties.text as string));
    const source = documents.get(documentId);
    if (source === undefined)
      problems.push({ file: node.files[0]!, path: `${node.id}.document`, reason: `unknown document "${documentId}"` });
    else if (source && !source.contains(node.properties.text as string)) {
      problems.push({
        file: node.files[0]!,
        path: `${node.id}.text`,
        reason: `provision text not found verbatim in ${documentId}`,
      });
    }
    const strict = strictSources.get(documentId);
    if (strict) {
      const scope = locateProvision(strict, node.properties as unknown as ProvisionParts);
      scopes.set(key, scope);
      // Document order (issue 17): where the provision's text starts in its source, computed, never written.
      if (scope.body[0]) node.properties.position = scope.body[0].start;
      for (const reason of scope.problems) problems.push({ file: node.files[0]!, path: node.id, reason });
    }
  }

  const checkCitations = (owner: { citations: SeedNode['citations'] }, file: string, path: string) => {
    owner.citations.forEach((citation, index) => {
      const at = `${path}.citations[${index}]`;
      const source = documents.get(citation.document);
      if (source === undefined) {
        problems.push({ file, path: `${at}.document`, reason: `unknown document "${citation.document}"` });
        return;
      }
      if (source === null) {
        if (!citation.note && !citation.quote)
          problems.push({ file, path: at, reason: 'reference citations need a note' });
        const excerpt = excerptProblem(citation);
        if (excerpt) problems.push({ file, path: `${at}.excerpt`, reason: excerpt });
        return;
      }
      if (citation.excerpt !== undefined)
        problems.push({
          file,
          path: `${at}.excerpt`,
          reason: 'an excerpt is for reference pages: a strategy quote is checked against its source',
        });
      if (!citation.locator)
        problems.push({ file, path: `${at}.locator`, reason: 'a citation of a strategy needs a locator' });
      else if (!locators.has(`${citation.document}#${citation.locator}`)) {
        problems.push({
          file,
          path: `${at}.locator`,
          reason: `no Provision "${citation.locator}" in ${citation.document}`,
        });
      }
      const scope = scopes.get(`${citation.document}#${citation.locator}`);
      const strict = strictSources.get(citation.document);
      if (citation.verbPhrase && scope && strict && checkQuote(strict, scope, citation.verbPhrase) !== 'ok')
        problems.push({
          file,
          path: `${at}.verbPhrase`,
          reason: `verb phrase not in provision "${citation.locator}" (whole words): "${citation.verbPhrase}"`,
        });
      if (!citation.quote)
        problems.push({ file, path: `${at}.quote`, reason: 'a citation of a strategy needs a verbatim quote' });
      else if (!source.contains(citation.quote)) {
        problems.push({
          file,
          path: `${at}.quote`,
          reason: `quote not found verbatim in ${citation.document}: "${citation.quote.slice(0, 80)}"`,
        });
      } else {
        const verdict = scope && strict ? checkQuote(strict, scope, citation.quote) : 'ok';
        if (verdict !== 'ok')
          problems.push({
            file,
            path: `${at}.quote`,
            reason:
              verdict === 'cuts-word'
                ? `quote starts or stops inside a word: "${citation.quote.slice(-60)}"`
                : `quote not in the text of provision "${citation.locator}" (its heading, lead-in, text and continuation; only whitespace and line-break hyphens folded): "${citation.quote.slice(0, 80)}"`,
          });
      }
    });
  };

  for (const node of nodes) checkCitations(node, node.files[0]!, node.id);
  for (const node of nodes) problems.push(...checkDates(node, documents));
  for (const node of nodes) problems.push(...referenceAgreementProblems(node));
  for (const node of nodes) {
    if (node.label === 'EligibilityRule') problems.push(...checkRule(node, { documents, locators, provisionTexts }));
  }

  const relationships = mergeRelationships(input.files, problems);
  for (const rel of relationships) {
    const path = `${rel.from}-[${rel.type}]->${rel.to}`;
    for (const end of [rel.from, rel.to]) {
      if (!byId.has(end)) problems.push({ file: rel.file, path, reason: `endpoint "${end}" does not exist` });
    }
    checkCitations(rel, rel.file, path);
    if (IDENTITY_TYPES.has(rel.type)) problems.push(...checkIdentity(rel, byId, documents));
    const structural =
      STRUCTURAL_TYPES.has(rel.type) ||
      STRUCTURAL_SOURCES.has(byId.get(rel.from)?.label ?? '') ||
      // an article or recital is part of its act: a cross-reference, not a statement
      (rel.type === 'PART_OF' && byId.get(rel.from)?.label === 'LegalInstrument');
    rel.citations.forEach((citation, index) => {
      if (structural || !documents.get(citation.document) || citation.modality) return;
      problems.push({
        file: rel.file,
        path: `${path}.citations[${index}].modality`,
        reason: 'a relationship stated by a strategy says how firmly (modality: FACT, COMMITMENT, REQUEST, ...)',
      });
    });
  }
  for (const node of nodes)
    if (node.label === 'Action' && node.properties.modality === undefined)
      problems.push({
        file: node.files[0]!,
        path: `${node.id}.modality`,
        reason: 'an Action says how it is stated (COMMITMENT, REQUEST, INVITATION, RECOMMENDATION, ...)',
      });

  return { graph: { nodes, relationships }, problems };
}

/**
 * A node's date is well formed (dates.ts), its dateText and recurrenceText are words of its own quotes, and a
 * reference date names a reference page the node cites.
 */
function checkDates(node: SeedNode, documents: Map<string, SourceText | null>): SeedProblem[] {
  const file = node.files[0]!;
  const problems = dateProblems(node.label, node.properties).map(([key, reason]) => ({
    file,
    path: `${node.id}.${key}`,
    reason,
  }));
  const quotes = node.citations
    .filter((c) => c.quote && documents.get(c.document))
    .map((c) => new SourceText(c.quote!));
  for (const key of ['dateText', 'recurrenceText']) {
    const words = node.properties[key] as string | undefined;
    if (words !== undefined && !quotes.some((quote) => quote.contains(words)))
      problems.push({ file, path: `${node.id}.${key}`, reason: `"${words}" is not in a quote this node cites` });
  }
  const reference = node.properties.dateReference as string | undefined;
  if (
    reference !== undefined &&
    !(documents.get(reference) === null && node.citations.some((c) => c.document === reference))
  )
    problems.push({
      file,
      path: `${node.id}.dateReference`,
      reason: `"${reference}" is not a reference page this node cites`,
    });
  return problems;
}

/** An identity link says why in a note, and joins nodes that different documents name (each cites its own). */
function checkIdentity(
  rel: SeedRelationship,
  byId: Map<string, SeedNode>,
  documents: Map<string, SourceText | null>,
): SeedProblem[] {
  const path = `${rel.from}-[${rel.type}]->${rel.to}`;
  const problems: SeedProblem[] = [];
  if (!rel.properties.note)
    problems.push({ file: rel.file, path: `${path}.note`, reason: `a ${rel.type} link says why in a note` });
  const strategies = (id: string) =>
    new Set((byId.get(id)?.citations ?? []).map((c) => c.document).filter((d) => documents.get(d)));
  const [from, to] = [strategies(rel.from), strategies(rel.to)];
  const only = (a: Set<string>, b: Set<string>) => [...a].some((d) => !b.has(d));
  if (!only(from, to) || !only(to, from))
    problems.push({
      file: rel.file,
      path,
      reason: `${rel.type} joins nodes named by different documents: each end needs a strategy the other lacks`,
    });
  return problems;
}

interface Texts {
  documents: Map<string, SourceText | null>;
  locators: Set<string>;
  provisionTexts: Map<string, SourceText>;
}

/**
 * A rule's conditions are quotes too: each text verbatim in the rule's document, within the provision its
 * locator names (its own, or the rule's first citation's), either in that provision's text or in a quote the
 * rule cites there. A rule whose approach is a reading says which reading.
 */
function checkRule(node: SeedNode, texts: Texts): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const file = node.files[0]!;
  const first = node.citations[0];
  if (node.properties.approachStated === false && !node.properties.approachReading)
    problems.push({
      file,
      path: `${node.id}.approachReading`,
      reason: 'a rule whose sentence names no approach (approachStated: false) states the reading chosen',
    });
  node.conditions.forEach((condition, index) => {
    const path = `${node.id}.conditions[${index}]`;
    if (!first) return;
    const locator = condition.locator ?? first.locator;
    const key = `${first.document}#${locator}`;
    const source = texts.documents.get(first.document);
    if (!texts.locators.has(key)) {
      problems.push({ file, path: `${path}.locator`, reason: `no Provision "${locator}" in ${first.document}` });
      return;
    }
    if (!source) return;
    if (!source.contains(condition.text)) {
      problems.push({
        file,
        path: `${path}.text`,
        reason: `condition text not found verbatim in ${first.document}: "${condition.text.slice(0, 80)}"`,
      });
      return;
    }
    const atProvision =
      texts.provisionTexts.get(key)!.contains(condition.text) ||
      node.citations.some((c) => c.locator === locator && c.quote && new SourceText(c.quote).contains(condition.text));
    if (!atProvision)
      problems.push({
        file,
        path: `${path}.text`,
        reason: `condition text is not in provision "${locator}" (nor in a quote the rule cites there)`,
      });
  });
  return problems;
}
