/**
 * How a node looks in the briefing's DOT: the UI's colour, shape and legend name for its kind
 * (ui/src/lib/graph/style.ts, mapped to Graphviz shapes), and its role: an eligible partner gets the UI's
 * highlight border, a what-if partner the UI's assumption colour, dashed, and "(assumed)". Pure.
 */
import { FONT_FAMILY } from '../../../core/font.js';
import { ASSUMED, HIGHLIGHT, kindStyle } from '../../../core/palette.js';
import { dotShape, dotString, textColour } from './dot-text.js';

export type Role = 'partner' | 'assumed' | 'excluded' | 'context';

export const EXCLUDED = '#c0392b';
/** The shipped font (shipped-font.ts): Graphviz only writes its name; the labels are measured in it. */
export const FONT = FONT_FAMILY;

export const ROLE_BORDER: Record<Role, string> = {
  partner: HIGHLIGHT,
  assumed: ASSUMED,
  excluded: EXCLUDED,
  context: '#34495e',
};

export type Attributes = Record<string, string | number | undefined>;

/** `a="x" b=2`, every string quoted and escaped. */
export const attrs = (list: Attributes): string =>
  Object.entries(list)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? v : dotString(v!)}`)
    .join(' ');

/** Graphviz shapes much larger than their label, and the compact shape that stands for each in a briefing. */
const COMPACT: Record<string, string> = { triangle: 'house', invtriangle: 'invhouse' };

/** Shape, fill, border and font for a node of `kind` in `role`. */
export function nodeStyle(kind: string, role: Role): Attributes {
  const style = kindStyle(kind);
  const { shape, rounded } = dotShape(style.shape);
  const dashed = role === 'assumed' || role === 'excluded';
  // An octagon grows far wider and taller than its label; a box with cut corners (diagonals) looks alike and fits.
  // So do triangles: a house (a box with a pointed top) keeps the point and fits its label.
  const cut = shape === 'octagon';
  return {
    shape: cut ? 'box' : (COMPACT[shape] ?? shape),
    ...(cut ? { margin: '0.16,0.07' } : {}),
    style: ['filled', cut ? 'diagonals' : rounded ? 'rounded' : '', dashed ? 'dashed' : ''].filter(Boolean).join(','),
    // Excluded partners are drawn faded, as the UI fades what is not highlighted.
    fillcolor: role === 'excluded' ? `${style.color}55` : style.color,
    fontcolor: role === 'excluded' ? '#1d2733' : textColour(style.color),
    color: ROLE_BORDER[role],
    penwidth: role === 'context' ? 1 : 3,
  };
}

/**
 * Label width in characters: short lines keep the left-to-right layout narrow, which is what limits its
 * scale on a page; triangles grow about twice as wide as their text, so they wrap soonest.
 */
export function wrapWidth(kind: string): number {
  const { shape } = dotShape(kindStyle(kind).shape);
  if (shape === 'octagon') return 34; // drawn as a box with cut corners (nodeStyle)
  return shape === 'diamond' ? 16 : shape === 'triangle' || shape === 'invtriangle' ? 20 : 26;
}
