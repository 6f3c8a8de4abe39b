/**
 * Boxes in square cells, so that a search for the boxes near one box looks at a few cells instead of every box
 * (pure). Used by the label room's push-apart (push-apart.ts): the same pairs as a test of every pair, found in a
 * fraction of the comparisons.
 */

/** A box on screen (px): x1 ≤ x2, y1 ≤ y2. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether two boxes overlap, or come closer than `pad` (px) to each other. */
export const hit = (a: Box, b: Box, pad: number): boolean =>
  Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + pad > 0 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + pad > 0;

/** `box` grown by `by` px on every side. */
export const grown = (box: Box, by: number): Box => ({
  x1: box.x1 - by,
  y1: box.y1 - by,
  x2: box.x2 + by,
  y2: box.y2 + by,
});

/** Side of a cell (px): about a third of a label's width. */
export const CELL_PX = 40;

/**
 * The boxes of `boxes` (by index) in cells over `area`, each in the cell of its top left corner (one past the
 * area's edge in the edge's cell). A search for the boxes that reach into a box looks at the cells from its top
 * left corner less the widest and tallest box to its bottom right corner: the cell of a coordinate only grows
 * with it (it is clamped to the area), so no box that reaches in is missed. The boxes may move (then update())
 * but keep their size; `boxes` is read again at every call, so an entry may also be replaced by a moved box.
 */
export class BoxGrid {
  private readonly cells: number[][];
  private readonly columns: number;
  private readonly rows: number;
  /** Cell of each box, -1 when not in. */
  private readonly cellOf: Int32Array;
  private readonly widest: number;
  private readonly tallest: number;
  /** Room for the boxes one near() lists. */
  private readonly found: Int32Array;

  constructor(
    private readonly boxes: readonly Box[],
    private readonly area: Box,
    private readonly cell = CELL_PX,
  ) {
    this.columns = Math.max(1, Math.ceil((area.x2 - area.x1) / cell));
    this.rows = Math.max(1, Math.ceil((area.y2 - area.y1) / cell));
    this.cells = Array.from({ length: this.columns * this.rows }, () => []);
    this.cellOf = new Int32Array(boxes.length).fill(-1);
    // 1 px more: a box's size may drift by rounding as it moves.
    this.widest = boxes.reduce((most, b) => Math.max(most, b.x2 - b.x1), 0) + 1;
    this.tallest = boxes.reduce((most, b) => Math.max(most, b.y2 - b.y1), 0) + 1;
    this.found = new Int32Array(boxes.length);
    boxes.forEach((_, i) => this.insert(i));
  }

  private column(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor((x - this.area.x1) / this.cell)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.area.y1) / this.cell)));
  }

  private cellAt(box: Box): number {
    return this.row(box.y1) * this.columns + this.column(box.x1);
  }

  /** Puts box i in (at its position now). */
  insert(i: number): void {
    const cell = this.cellAt(this.boxes[i]!);
    this.cellOf[i] = cell;
    this.cells[cell]!.push(i);
  }

  /** Takes box i out. */
  remove(i: number): void {
    const cell = this.cellOf[i]!;
    if (cell < 0) return;
    this.cellOf[i] = -1;
    const list = this.cells[cell]!;
    list[list.indexOf(i)] = list[list.length - 1]!;
    list.pop();
  }

  /** Box i has moved: its cell follows. */
  update(i: number): void {
    const cell = this.cellOf[i]!;
    if (cell < 0 || cell === this.cellAt(this.boxes[i]!)) return;
    this.remove(i);
    this.insert(i);
  }

  /** The first and last column and row of the cells where a box that reaches into `box` has its corner. */
  private cellsAround(box: Box): [number, number, number, number] {
    return [this.column(box.x1 - this.widest), this.column(box.x2), this.row(box.y1 - this.tallest), this.row(box.y2)];
  }

  /** The boxes in the grid that reach into `box` (or touch it), above `after`, in increasing order. */
  near(box: Box, after = -1): Int32Array {
    const [c1, c2, r1, r2] = this.cellsAround(box);
    let count = 0;
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++)
        for (const i of this.cells[r * this.columns + c]!) {
          const b = this.boxes[i]!;
          if (i > after && b.x1 <= box.x2 && b.x2 >= box.x1 && b.y1 <= box.y2 && b.y2 >= box.y1)
            this.found[count++] = i;
        }
    return this.found.slice(0, count).sort();
  }

  /** Whether any box in the grid hits `box` (with `pad`). */
  hits(box: Box, pad: number): boolean {
    const [c1, c2, r1, r2] = this.cellsAround(grown(box, pad));
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++)
        for (const i of this.cells[r * this.columns + c]!) if (hit(box, this.boxes[i]!, pad)) return true;
    return false;
  }
}
