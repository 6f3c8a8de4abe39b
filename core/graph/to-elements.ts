/**
 * Pure mapping from the API's graph to Cytoscape element definitions (no DOM, testable headless). The
 * decorations (highlight, order, assumptions, focus, path) become classes and labels here, so that one
 * reconcile patches everything by id. The UI draws them; the API lays them out for the first view.
 */
import type { ElementDefinition } from 'cytoscape';
import { edgeFamily, kindStyle } from '../palette.js';
import { enumName } from '../vocabulary.js';
import type { GraphData } from './types.js';

export interface Decorations {
  /** Nodes to highlight (eligible partners, path, responders); the others fade when it is not empty. */
  highlighted?: ReadonlySet<string>;
  /** Numbered nodes (incident responders): the number is put before the label. */
  order?: ReadonlyMap<string, number>;
  /** Nodes that rest on a what-if assumption: dashed outline. */
  assumed?: ReadonlySet<string>;
  /**
   * Partners a what-if (or a second question) adds or removes against the answer it is compared with: classes
   * `added` / `removed` and a label that says so. Removed ones are not faded.
   */
  changes?: ReadonlyMap<string, 'added' | 'removed' | 'unchanged'>;
  /** Edges to highlight (a path). */
  edges?: ReadonlySet<string>;
  focus?: string | null;
}

/** How many of the best-connected actors, and of the other nodes, carry a label at every zoom. */
export const LABELLED_ACTORS = 12;
export const LABELLED_OTHERS = 2;

/**
 * A node's kind for styling and filtering: its actor kind, else its label, as an enum name (`THIRD_COUNTRY`,
 * `LEGAL_INSTRUMENT`), whichever spelling the graph came in (the API's enum names, or the graph's own terms).
 */
export const nodeKind = (n: { label: string; kind?: string | null }): string => enumName(n.kind ?? n.label);

/** Whether a node is an actor, whichever spelling its label came in (`ACTOR` from the API, `Actor` in the graph). */
export const isActorNode = (n: { label: string }): boolean => enumName(n.label) === 'ACTOR';

export function degrees(graph: GraphData): Map<string, number> {
  const degree = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    if (!degree.has(e.source) || !degree.has(e.target)) continue;
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
  }
  return degree;
}

const pairKey = (e: { source: string; target: string }) =>
  e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;

function labelThreshold(values: number[], top: number): number {
  const sorted = [...values].sort((a, b) => b - a);
  return Math.max(3, sorted[Math.min(top, sorted.length) - 1] ?? 0);
}

export function toElements(graph: GraphData, decorations: Decorations = {}): ElementDefinition[] {
  const { highlighted = new Set(), order = new Map(), assumed = new Set(), edges: pathEdges = new Set() } = decorations;
  const changes = decorations.changes ?? new Map<string, string>();
  const focus = decorations.focus ?? null;
  const degree = degrees(graph);
  const isActor = (n: { label: string; kind: string | null }) => kindStyle(nodeKind(n)).actor;
  const actorThreshold = labelThreshold(
    graph.nodes.filter(isActor).map((n) => degree.get(n.id) ?? 0),
    LABELLED_ACTORS,
  );
  const otherThreshold = labelThreshold(
    graph.nodes.filter((n) => !isActor(n)).map((n) => degree.get(n.id) ?? 0),
    LABELLED_OTHERS,
  );
  const fading = highlighted.size > 0 || pathEdges.size > 0;
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const kind = nodeKind(n);
    const d = degree.get(n.id) ?? 0;
    const actor = kindStyle(kind).actor;
    const base = actor ? 16 : 11;
    const classes = [
      d >= (actor ? actorThreshold : otherThreshold) ? 'labelled' : '',
      highlighted.has(n.id) ? 'hl' : fading && n.id !== focus && changes.get(n.id) !== 'removed' ? 'faded' : '',
      assumed.has(n.id) ? 'assumed' : '',
      changes.get(n.id) === 'added' || changes.get(n.id) === 'removed' ? changes.get(n.id)! : '',
      n.id === focus ? 'focus' : '',
    ].filter(Boolean);
    const name = n.name ?? n.id;
    const number = order.get(n.id);
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: number === undefined ? name : `${number}. ${name}`,
        // Shown by the .assumed class: a label changed in place keeps its old width in the canvas renderer.
        assumedLabel: `${name} (assumed)`,
        addedLabel: `+ ${name} (added)`,
        removedLabel: `− ${name} (removed)`,
        name,
        nodeLabel: n.label,
        kind,
        degree: d,
        z: Math.min(9, 1 + Math.round(d / 8)),
        size: Math.round(Math.min(48, base + 3.2 * Math.sqrt(d))),
      },
      classes: classes.join(' '),
    };
  });
  const ids = new Set(graph.nodes.map((n) => n.id));
  const drawn = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const pairs = new Map<string, number>();
  for (const e of drawn) pairs.set(pairKey(e), (pairs.get(pairKey(e)) ?? 0) + 1);
  const edges: ElementDefinition[] = drawn.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      // Shown when the edge is hovered or selected: the type as a person reads it.
      typeLabel: e.type.toLowerCase().replace(/_/g, ' '),
      family: edgeFamily(e.type),
    },
    classes: [
      pathEdges.has(e.id) ? 'hl' : fading && !(highlighted.has(e.source) && highlighted.has(e.target)) ? 'faded' : '',
      // One of several edges between the same two nodes: drawn as a bezier so they fan out.
      pairs.get(pairKey(e))! > 1 ? 'parallel' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  return [...nodes, ...edges];
}
