/**
 * Text for DOT: quoted strings with every character Graphviz would interpret escaped, HTML-like label text,
 * word wrapping, and the UI's node shapes mapped to the nearest Graphviz shapes. Pure.
 */

/**
 * A DOT quoted string that shows `text` literally: backslashes (else `\N`, `\G`, `\l` are label escapes),
 * quotes, newlines (→ `\n`, a centred line break), `&` (Graphviz decodes `&amp;`-style entities even in
 * plain labels) and other control characters. `<` and `>` need nothing inside quotes.
 */
export function dotString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/&/g, '&amp;')
    .replace(/\r\n?|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${escaped}"`;
}

/** As dotString, with every line left-justified (`\l` line ends) instead of centred. */
export function dotStringLeft(text: string): string {
  const lines = text.split(/\r\n?|\n/).map((line) => dotString(line).slice(1, -1));
  return `"${lines.join('\\l')}\\l"`;
}

/** Text inside an HTML-like label (`label=<…>`): markup characters as entities, newlines as `<BR/>`. */
export function htmlLabelText(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
      .replace(/\r\n?|\n/g, '<BR/>')
  );
}

/** Greedy word wrap at `width` characters (a longer word keeps its own line). */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export interface DotShape {
  shape: string;
  rounded: boolean;
}

/** Cytoscape shape (ui/src/lib/graph/style.ts) → the nearest Graphviz shape. */
const SHAPES: Record<string, string> = {
  ellipse: 'ellipse',
  rectangle: 'box',
  triangle: 'triangle',
  diamond: 'diamond',
  pentagon: 'pentagon',
  hexagon: 'hexagon',
  heptagon: 'septagon',
  octagon: 'octagon',
  star: 'star',
  vee: 'invtriangle',
  tag: 'cds',
  rhomboid: 'parallelogram',
  'concave-hexagon': 'hexagon',
  'cut-rectangle': 'octagon',
  barrel: 'cylinder',
};

export function dotShape(cytoscapeShape: string): DotShape {
  const rounded = cytoscapeShape.startsWith('round');
  const base = cytoscapeShape.replace(/^round-?/, '');
  return { shape: SHAPES[base] ?? 'ellipse', rounded: rounded && SHAPES[base] !== 'ellipse' };
}

/** Dark text on light fills, white on dark ones (WCAG relative luminance). */
export function textColour(fill: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(fill)?.[1];
  if (!hex) return '#1d2733';
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance < 0.22 ? '#ffffff' : '#1d2733';
}
