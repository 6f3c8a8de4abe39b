/**
 * Writes one graph as two DOT texts at once (diagram-labels.ts): `dot`, with the text in its labels (the DOT
 * download), and `layout`, with each label an empty box of the text's measured size (what Graphviz lays
 * out); plus the labels renderSvg writes into the drawing. Pure.
 */
import { attrs, type Attributes } from './dot-style.js';
import { dotLabel, type LabelMode, type LabelText, type PlacedLabel } from './diagram-labels.js';

export interface Diagram {
  /** The graph with its text in the labels: readable, and what a person re-renders or edits. */
  dot: string;
  /** The same graph with every label an empty box of its text's measured size. */
  layout: string;
  /** What drawLabels writes into the SVG of `layout`. */
  labels: PlacedLabel[];
}

type Line = (mode: LabelMode) => string;

export class DotWriter {
  private readonly lines: Line[] = [];
  private readonly labels: PlacedLabel[] = [];
  private edges = 0;

  line(text: string): void {
    this.lines.push(() => text);
  }

  /** A node whose label is `label`; `attributes` must carry its SVG `id`. */
  node(dotId: string, label: LabelText, attributes: Attributes): void {
    const id = String(attributes.id);
    this.labels.push({ id, label });
    this.lines.push((mode) => `  ${dotId} [label=${dotLabel(label, mode)} ${attrs(attributes)}];`);
  }

  /** An edge, labelled when `label` is given (it then gets an SVG id of its own). */
  edge(from: string, to: string, attributes: Attributes, label?: LabelText): void {
    if (!label) {
      this.lines.push(() => `  ${from} -> ${to} [${attrs(attributes)}];`);
      return;
    }
    const id = `edge-${(this.edges += 1)}`;
    this.labels.push({ id, label });
    this.lines.push((mode) => `  ${from} -> ${to} [label=${dotLabel(label, mode)} ${attrs({ ...attributes, id })}];`);
  }

  /** The graph's own label (a caption), placed by `attributes` (labelloc, labeljust). */
  graphLabel(label: LabelText, attributes: Attributes): void {
    this.labels.push({ id: '', label });
    const placement = Object.entries(attributes).map(([key, value]) => `${attrs({ [key]: value })};`);
    this.lines.push((mode) => `  label=${dotLabel(label, mode)}; ${placement.join(' ')}`);
  }

  diagram(header: string[]): Diagram {
    const write = (mode: LabelMode) => [...header, ...this.lines.map((line) => line(mode)), '}', ''].join('\n');
    return { dot: write('text'), layout: write('boxes'), labels: [...this.labels] };
  }
}
