/** Small SVG outlines of Cytoscape's node shapes, for the legend (a 20×20 box). Pure data. */
const regular = (sides: number, rotate = -Math.PI / 2, r = 9): string =>
  Array.from({ length: sides }, (_, i) => {
    const a = rotate + (2 * Math.PI * i) / sides;
    return `${(10 + r * Math.cos(a)).toFixed(1)},${(10 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');

const star = (): string =>
  Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    const r = i % 2 === 0 ? 9.5 : 4;
    return `${(10 + r * Math.cos(a)).toFixed(1)},${(10 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');

const POLYGONS: Record<string, string> = {
  triangle: '10,1 19,18 1,18',
  diamond: '10,1 19,10 10,19 1,10',
  pentagon: regular(5),
  hexagon: regular(6, 0),
  heptagon: regular(7),
  octagon: regular(8, Math.PI / 8),
  star: star(),
  vee: '1,2 10,8 19,2 10,19',
  tag: '1,3 14,3 19,10 14,17 1,17',
  rhomboid: '5,3 19,3 15,17 1,17',
  'concave-hexagon': '1,3 19,3 15,10 19,17 1,17 5,10',
  'cut-rectangle': '5,2 15,2 19,6 19,14 15,18 5,18 1,14 1,6',
  barrel: '3,2 17,2 19,10 17,18 3,18 1,10',
};

export interface ShapeOutline {
  kind: 'circle' | 'rect' | 'polygon';
  points?: string;
  rounded: boolean;
}

export function shapeOutline(shape: string): ShapeOutline {
  const rounded = shape.startsWith('round');
  const base = shape.replace(/^round-?/, '');
  if (shape === 'ellipse') return { kind: 'circle', rounded: false };
  if (base === 'rectangle') return { kind: 'rect', rounded };
  return { kind: 'polygon', points: POLYGONS[base] ?? POLYGONS.octagon!, rounded };
}
