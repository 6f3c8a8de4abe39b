/**
 * Paths ranked by meaning (issue 17), by a cost: one per hop, plus DETOUR_COST for each node between the ends
 * that is not an actor (an action, an instrument, a rule: a detour), plus UNCITED_COST for each hop that cites no
 * provision of the two strategies (reference data, an uncited link). So relationships between actors, and those
 * cited to a provision, come before detours through action nodes, and of two paths as long the provision-backed
 * one comes first; ties keep the shortest-first order of get-paths.cypher. LENGTH keeps that order alone. Each path carries its steps (type, the way it walks each
 * relationship) and the provisions it rests on, and the paths are grouped by provision. Routes are ranked on
 * their cost alone, and only the k kept are described (steps, provisions): W3 keeps 3 routes of up to 32 rows,
 * and describing every row was most of the API's own CPU for it (issue 20). Pure: no driver, no I/O.
 */
import type { Row } from './database.js';
import {
  toGraphEdge,
  type GraphPathDTO,
  type PathGroupDTO,
  type PathStepDTO,
  type ProvisionRefDTO,
} from './mappers.js';

export type PathOrder = 'MEANING' | 'LENGTH';

const ACTOR_LABELS = new Set(['Actor', 'ActorClass']);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Whether item i of a list value is there and not empty, as `list(value)[i]` is truthy. */
const present = (value: unknown, i: number): boolean =>
  Array.isArray(value) && i < value.length && String(value[i]) !== '';

/** Whether citation i of a relationship row has a quote (get-paths.cypher's citeQuoted; a note has none). */
const quoted = (edge: Row, i: number): boolean => Array.isArray(edge.citeQuoted) && edge.citeQuoted[i] === true;

/** The provisions one relationship row cites: its quoted citations (reference notes have no locator). */
function citedProvisions(edge: Row): ProvisionRefDTO[] {
  const documents = list(edge.citeDocuments);
  const locators = list(edge.citeLocators);
  return documents.flatMap((document, i) =>
    quoted(edge, i) && locators[i] ? [{ document, locator: locators[i] }] : [],
  );
}

/** Whether a relationship row cites at least one provision (citedProvisions non-empty), without building them. */
function citesProvision(edge: Row): boolean {
  const documents = edge.citeDocuments;
  if (!Array.isArray(documents)) return false;
  for (let i = 0; i < documents.length; i += 1) if (quoted(edge, i) && present(edge.citeLocators, i)) return true;
  return false;
}

/**
 * A path row's length and cost, and what they count, without building its steps and provisions: routes are
 * ranked on these, and only the k kept are described (W3 keeps 3 of up to 32 rows; issue 20).
 */
function measure(row: Row): { length: number; cost: number; detours: number; uncited: number } {
  const nodes = row.nodes as Row[];
  const edges = row.edges as Row[];
  let detours = 0;
  for (let i = 1; i < nodes.length - 1; i += 1) if (!ACTOR_LABELS.has(String(nodes[i]!.label))) detours += 1;
  let uncited = 0;
  for (const edge of edges) if (!citesProvision(edge)) uncited += 1;
  return {
    length: edges.length,
    cost: edges.length + DETOUR_COST * detours + UNCITED_COST * uncited,
    detours,
    uncited,
  };
}

/** One path row (a variant of a route) described, unranked. */
function describe(row: Row): Omit<GraphPathDTO, 'rank'> {
  const nodes = (row.nodes as Row[]).map((n) => String(n.id));
  const edges = row.edges as Row[];
  const { length, cost, detours, uncited } = measure(row);
  const steps: PathStepDTO[] = edges.map((edge, i) => ({
    from: nodes[i]!,
    to: nodes[i + 1]!,
    edge: toGraphEdge(edge),
    direction: String(edge.source) === nodes[i] ? 'FORWARD' : 'BACKWARD',
  }));
  const provisions = new Map(edges.flatMap(citedProvisions).map((ref) => [`${ref.document}|${ref.locator}`, ref]));
  return {
    nodes,
    edges: edges.map((edge) => String(edge.id)),
    length,
    cost,
    actorsOnly: detours === 0,
    provisionBacked: uncited === 0,
    steps,
    provisions: [...provisions.values()],
  };
}

/** What a node between the ends that is not an actor, and a hop citing no provision, add to a path's cost. */
export const DETOUR_COST = 2;
export const UNCITED_COST = 1;

const sortKey = (path: { length: number; cost: number }, order: PathOrder): number[] =>
  order === 'LENGTH' ? [path.length] : [path.cost, path.length];

const compareKeys = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

export interface RankedPaths {
  /** The rows of the kept routes, every variant (parallel relationships) included. */
  rows: Row[];
  paths: GraphPathDTO[];
  groups: PathGroupDTO[];
  /** Distinct routes found, kept or not. */
  routes: number;
}

/**
 * The k best routes of the rows (routes differing only by parallel relationships count once; a route is
 * represented by its best variant), ranked 1 to k, and grouped by the provisions they rest on.
 */
export function rankPaths(rows: readonly Row[], k: number, order: PathOrder): RankedPaths {
  const routes = new Map<string, Row[]>();
  for (const row of rows) {
    const route = (row.nodes as Row[]).map((n) => String(n.id)).join('|');
    const variants = routes.get(route);
    if (variants) variants.push(row);
    else routes.set(route, [row]);
  }
  const ranked = [...routes.values()]
    .map((variants, index) => {
      // The route's best variant: the first with the lowest key.
      let best = 0;
      let bestKey = sortKey(measure(variants[0]!), order);
      for (let i = 1; i < variants.length; i += 1) {
        const key = sortKey(measure(variants[i]!), order);
        if (compareKeys(key, bestKey) < 0) [best, bestKey] = [i, key];
      }
      return { variants, best, key: bestKey, index };
    })
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .slice(0, k);
  const paths = ranked.map(({ variants, best }, i) => ({ ...describe(variants[best]!), rank: i + 1 }));
  return { rows: ranked.flatMap(({ variants }) => variants), paths, groups: groupPaths(paths), routes: routes.size };
}

/** One group per provision a path rests on (most paths first, then the best ranks), then the paths on none. */
export function groupPaths(paths: readonly GraphPathDTO[]): PathGroupDTO[] {
  const groups = new Map<string, PathGroupDTO>();
  for (const path of paths) {
    for (const ref of path.provisions) {
      const key = `${ref.document}|${ref.locator}`;
      const group = groups.get(key) ?? { document: ref.document, locator: ref.locator, paths: [] };
      group.paths.push(path.rank);
      groups.set(key, group);
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      b.paths.length - a.paths.length ||
      compareKeys(a.paths, b.paths) ||
      `${a.document} ${a.locator}`.localeCompare(`${b.document} ${b.locator}`),
  );
  const none = paths.filter((path) => path.provisions.length === 0).map((path) => path.rank);
  return none.length > 0 ? [...sorted, { document: null, locator: null, paths: none }] : sorted;
}
