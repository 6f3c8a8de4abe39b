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

/** Columns the table sorts by. */
export type NodeColumn = 'name' | 'kind' | 'links' | 'citations';
export type EdgeColumn = 'from' | 'type' | 'to' | 'citations';
export type Direction = 'ascending' | 'descending';
export interface Sort<C extends string> {
  column: C;
  direction: Direction;
}
/** How each table is sorted (null: the rows' own order); the CSV export writes the rows in the same order. */
export interface TableSort {
  nodes: Sort<NodeColumn> | null;
  edges: Sort<EdgeColumn> | null;
}
export const UNSORTED: TableSort = { nodes: null, edges: null };

/** The next sort when a column's header is pressed: ascending first (descending for counts), then reversed. */
export function nextSort<C extends string>(current: Sort<C> | null, column: C, numeric: boolean): Sort<C> {
  if (current?.column === column)
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: numeric ? 'descending' : 'ascending' };
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

function sortBy<R>(rows: readonly R[], key: (r: R) => string | number, direction: Direction): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  // Stable: rows that tie keep the default order (highlighted first, then by name).
  return rows
    .map((row, i) => ({ row, i, k: key(row) }))
    .sort((a, b) => {
      const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : compareText(String(a.k), String(b.k));
      return sign * c || a.i - b.i;
    })
    .map((x) => x.row);
}

/** Node rows in the order of `sort` (null: the default order); `counts` gives the Citations column. */
export function sortNodeRows(rows: readonly NodeRow[], sort: Sort<NodeColumn> | null, counts: Counts): NodeRow[] {
  if (!sort) return [...rows];
  const key: Record<NodeColumn, (r: NodeRow) => string | number> = {
    name: (r) => r.name,
    kind: (r) => r.kind,
    links: (r) => r.links,
    citations: (r) => (r.actor ? (counts?.get(r.id) ?? 0) : -1),
  };
  return sortBy(rows, key[sort.column], sort.direction);
}

export function sortEdgeRows(rows: readonly EdgeRow[], sort: Sort<EdgeColumn> | null, counts: Counts): EdgeRow[] {
  if (!sort) return [...rows];
  const key: Record<EdgeColumn, (r: EdgeRow) => string | number> = {
    from: (r) => r.sourceName,
    type: (r) => r.type,
    to: (r) => r.targetName,
    citations: (r) => counts?.get(r.id) ?? 0,
  };
  return sortBy(rows, key[sort.column], sort.direction);
}

/** A document as a table cell names it: the strategy by its author and year, anything else by its name. */
export function documentShortName(document: { id: string; name: string }): string {
  const strategies: Record<string, string> = {
    'enisa-international-strategy-2021': 'ENISA strategy 2021',
    'eu-cybersecurity-strategy-2013': 'EU strategy 2013',
  };
  return strategies[document.id] ?? document.name;
}
