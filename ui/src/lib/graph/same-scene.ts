/**
 * Whether GraphCanvas' elements effect has anything to patch (pure): the graph and decorations it last drew,
 * against new ones that may be new objects with the same content (a derived view recomputed after the first
 * view was drawn). toElements reads only the nodes, the edges and the decorations, so the same nodes and edges
 * (the same objects, in the same order) and equal decorations give the same elements, and reconciling them,
 * which compares every element's data (hundreds of milliseconds at 10k elements), would change nothing.
 */
import type { Decorations } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

const sameSet = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean =>
  (a?.size ?? 0) === (b?.size ?? 0) && [...(a ?? [])].every((id) => b!.has(id));

const sameMap = <V>(a: ReadonlyMap<string, V> | undefined, b: ReadonlyMap<string, V> | undefined): boolean =>
  (a?.size ?? 0) === (b?.size ?? 0) && [...(a ?? [])].every(([id, value]) => b!.has(id) && b!.get(id) === value);

export function sameDecorations(a: Decorations, b: Decorations): boolean {
  return (
    a === b ||
    ((a.focus ?? null) === (b.focus ?? null) &&
      sameSet(a.highlighted, b.highlighted) &&
      sameSet(a.assumed, b.assumed) &&
      sameSet(a.edges, b.edges) &&
      sameMap(a.order, b.order) &&
      sameMap(a.changes, b.changes))
  );
}

/** The same elements would be drawn for `b` as for `a`. */
export function sameScene(
  a: { graph: GraphData; decorations: Decorations },
  b: { graph: GraphData; decorations: Decorations },
): boolean {
  return (
    sameItems(a.graph.nodes, b.graph.nodes) &&
    sameItems(a.graph.edges, b.graph.edges) &&
    sameDecorations(a.decorations, b.decorations)
  );
}
