/**
 * Turns the validated seed into the flat rows the import Cypher takes. Neo4j properties cannot hold
 * maps, so citations and rule conditions become parallel lists (citeDocuments[i], citeLocators[i],
 * citeQuotes[i], citeNotes[i]); searchable text is concatenated for the full-text index.
 */
import { createHash } from 'node:crypto';
import type { PropertyValue, SeedCitation, SeedGraph } from './types.js';

export interface NodeRow {
  id: string;
  label: string;
  props: Record<string, PropertyValue>;
}

export interface RelationshipRow {
  from: string;
  type: string;
  to: string;
  props: Record<string, PropertyValue>;
}

export function citationProps(citations: SeedCitation[]): Record<string, string[]> {
  return {
    citeDocuments: citations.map((c) => c.document),
    citeLocators: citations.map((c) => c.locator ?? ''),
    citeQuotes: citations.map((c) => c.quote ?? ''),
    citeNotes: citations.map((c) => c.note ?? ''),
    // issue 17: the force of each citation's statement and the words that carry it ('' where none: a
    // structural link, a reference page, or a citation curated later).
    citeModalities: citations.map((c) => c.modality ?? ''),
    citeVerbPhrases: citations.map((c) => c.verbPhrase ?? ''),
  };
}

/** A relationship's modality is its first citation's; `modalities` lists every distinct one, in order. */
function modalityProps(citations: SeedCitation[]): Record<string, PropertyValue> {
  const modalities = [...new Set(citations.map((c) => c.modality).filter((m): m is string => Boolean(m)))];
  return modalities.length > 0 ? { modality: modalities[0]!, modalities } : {};
}

/** A provision cites itself: its document, its locator and its verbatim text. */
function citationsOf(node: SeedGraph['nodes'][number]): SeedCitation[] {
  if (node.label !== 'Provision' || node.citations.length > 0) return node.citations;
  const { document, locator, text } = node.properties as { document: string; locator: string; text: string };
  const continuation = (node.properties.continuation as string[] | undefined) ?? [];
  return [text, ...continuation].map((quote) => ({ document, locator, quote }));
}

export function toRows(
  graph: SeedGraph,
  referenceDocuments: ReadonlySet<string>,
): { nodes: NodeRow[]; relationships: RelationshipRow[] } {
  const nodes = graph.nodes.map((node): NodeRow => {
    const props: Record<string, PropertyValue> = { ...node.properties, ...citationProps(citationsOf(node)) };
    // A provision's text is whole: the parts an interleaved footnote block splits are joined again.
    if (node.label === 'Provision' && Array.isArray(node.properties.continuation))
      props.text = [node.properties.text as string, ...(node.properties.continuation as string[])].join(' ');
    if (Array.isArray(node.properties.aliases)) props.aliasText = (node.properties.aliases as string[]).join(' | ');
    props.quoteText = node.citations.map((c) => c.quote ?? c.note ?? '').join(' | ');
    props.reference = node.citations.length > 0 && node.citations.every((c) => referenceDocuments.has(c.document));
    if (node.label === 'EligibilityRule') {
      props.conditionKinds = node.conditions.map((c) => c.kind);
      props.conditionTexts = node.conditions.map((c) => c.text);
      props.conditionLocators = node.conditions.map((c) => c.locator ?? '');
    }
    return { id: node.id, label: node.label, props };
  });
  const relationships = graph.relationships.map((rel): RelationshipRow => ({
    from: rel.from,
    type: rel.type,
    to: rel.to,
    props: {
      ...rel.properties,
      ...citationProps(rel.citations),
      ...modalityProps(rel.citations),
      reference: rel.citations.every((c) => referenceDocuments.has(c.document)),
    },
  }));
  return { nodes, relationships };
}

/** A content hash of what the graph is built from: the same seed always gives the same version. */
export function dataVersion(graph: SeedGraph, sources: Record<string, string>): string {
  const hash = createHash('sha256');
  const canonical = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
        : v,
    );
  const nodes = [...graph.nodes].map(({ files: _files, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));
  const rels = [...graph.relationships]
    .map(({ file: _file, ...rest }) => rest)
    .sort((a, b) => `${a.from}|${a.type}|${a.to}`.localeCompare(`${b.from}|${b.type}|${b.to}`));
  hash.update(canonical({ nodes, rels }));
  for (const name of Object.keys(sources).sort()) hash.update(name).update(sources[name]!);
  return `seed-${hash.digest('hex').slice(0, 16)}`;
}
