/**
 * The rows of the table view, as a pure module: the table draws them and the CSV export writes them, so
 * the file holds what the analyst sees (same filter, same order, same columns).
 */
import { toCsv } from '../util/csv';
import { kindStyle } from '../../../../core/palette.js';
import { degrees, isActorNode, nodeKind } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';

export interface NodeRow {
  id: string;
  name: string;
  /** The kind as the legend names it. */
  kind: string;
  links: number;
  /** Only actors carry citations of their own. */
  actor: boolean;
  highlighted: boolean;
}

export interface EdgeRow {
  id: string;
  source: string;
  sourceName: string;
  /** The relationship type in words ("cooperates with"). */
  type: string;
  rawType: string;
  target: string;
  targetName: string;
}

export interface TableRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

export const typeWords = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

/** Rows matching `filter` (name, kind or type, case-insensitive); highlighted nodes first, then by name. */
export function tableRows(graph: GraphData, highlighted: ReadonlySet<string>, filter = ''): TableRows {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name ?? n.id]));
  const degree = degrees(graph);
  const needle = filter.trim().toLowerCase();
  /** The filter matches a name, a kind or a type in any case, as shown (`EU agency`) or as named (`EU_AGENCY`). */
  const matches = (text: string | undefined) => (text ?? '').toLowerCase().includes(needle);
  const nodes = graph.nodes
    .filter((n) => !needle || [n.name ?? n.id, kindStyle(nodeKind(n)).legend, nodeKind(n)].some(matches))
    .sort(
      (a, b) =>
        Number(highlighted.has(b.id)) - Number(highlighted.has(a.id)) || (a.name ?? a.id).localeCompare(b.name ?? b.id),
    )
    .map((n) => ({
      id: n.id,
      name: n.name ?? n.id,
      kind: kindStyle(nodeKind(n)).legend,
      links: degree.get(n.id) ?? 0,
      actor: isActorNode(n),
      highlighted: highlighted.has(n.id),
    }));
  const edges = graph.edges
    .filter((e) => !needle || [names.get(e.source), names.get(e.target), e.type, typeWords(e.type)].some(matches))
    .map((e) => ({
      id: e.id,
      source: e.source,
      sourceName: names.get(e.source) ?? '',
      type: typeWords(e.type),
      rawType: e.type,
      target: e.target,
      targetName: names.get(e.target) ?? '',
    }));
  return { nodes, edges };
}

/** Citation counts by id; null while unknown. */
type Counts = ReadonlyMap<string, number> | null;

export function nodesCsv(rows: readonly NodeRow[], counts: Counts): string {
  return toCsv(
    ['Name', 'Kind', 'Links', 'Citations', 'Highlighted', 'Id'],
    rows.map((n) => [n.name, n.kind, n.links, n.actor && counts ? (counts.get(n.id) ?? 0) : '', n.highlighted, n.id]),
  );
}

export function edgesCsv(rows: readonly EdgeRow[], counts: Counts): string {
  return toCsv(
    ['From', 'Type', 'To', 'Citations', 'From id', 'Relationship type', 'To id'],
    rows.map((e) => [
      e.sourceName,
      e.type,
      e.targetName,
      counts ? (counts.get(e.id) ?? 0) : '',
      e.source,
      e.rawType,
      e.target,
    ]),
  );
}
