/**
 * What a person reads for a node: its kind in words (the legend's name for actor kinds and drawn labels, the
 * vocabulary's own term for the rest: "Provision", "Threat origin"), and a name when the node has none (the
 * words a search matched, else its id made readable). Pure.
 */
import { FALLBACK, kindStyle } from '../../../../core/palette.js';
import { nodeKind } from '../../../../core/graph/to-elements.js';
import { enumName } from '../../../../core/vocabulary.js';

/** "THREAT_ORIGIN" → "Threat origin". */
const words = (name: string): string => {
  const text = name.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

export function kindName(node: { label: string; kind?: string | null }): string {
  const style = kindStyle(nodeKind(node));
  if (style !== FALLBACK) return style.legend;
  return words(enumName(node.kind ?? node.label));
}

/** The node's name; without one, the words a search matched in it, or its id with spaces for dashes. */
export function readableName(node: { id: string; name: string | null }, matched?: string | null): string {
  if (node.name) return node.name;
  if (matched) return `“${matched.length > 90 ? `${matched.slice(0, 89)}…` : matched}”`;
  return node.id.replace(/[-_]+/g, ' ');
}
