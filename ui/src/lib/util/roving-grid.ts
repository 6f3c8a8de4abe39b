/**
 * Roving focus inside a table (one Tab stop per table, the WAI-ARIA data-grid keyboard model): the table's
 * controls carry `data-cell` (the sort buttons in its header, the buttons in its rows); only one of them has
 * tabindex 0, the one last focused. Arrow keys move between them: Up and Down to the same column of the row
 * above or below (the nearest control when that row has fewer), Left and Right within the row, Home and End to
 * the row's first and last, Ctrl+Home and Ctrl+End to the table's first and last, Page Up and Page Down ten rows.
 */

/** The controls of each row of `table`, rows without any left out. */
function grid(table: HTMLElement): HTMLElement[][] {
  return [...table.querySelectorAll('tr')]
    .map((tr) => [...tr.querySelectorAll<HTMLElement>('[data-cell]')])
    .filter((row) => row.length > 0);
}

/** Where a key moves focus from `from`: the control to focus, or null when the key is not a move. */
export function rovingTarget(table: HTMLElement, from: HTMLElement, key: string, ctrl: boolean): HTMLElement | null {
  const rows = grid(table);
  const r = rows.findIndex((row) => row.includes(from));
  if (r < 0) return null;
  const c = rows[r]!.indexOf(from);
  const at = (row: number, col: number) => {
    const cells = rows[Math.max(0, Math.min(rows.length - 1, row))]!;
    return cells[Math.max(0, Math.min(cells.length - 1, col))]!;
  };
  switch (key) {
    case 'ArrowDown':
      return at(r + 1, c);
    case 'ArrowUp':
      return at(r - 1, c);
    case 'PageDown':
      return at(r + 10, c);
    case 'PageUp':
      return at(r - 10, c);
    case 'ArrowRight':
      return at(r, c + 1);
    case 'ArrowLeft':
      return at(r, c - 1);
    case 'Home':
      return ctrl ? at(0, 0) : at(r, 0);
    case 'End':
      return ctrl ? at(rows.length - 1, Infinity) : at(r, Infinity);
    default:
      return null;
  }
}

/** The keydown handler of a table with roving focus. */
export function rovingKeydown(event: KeyboardEvent): void {
  const table = event.currentTarget as HTMLElement;
  const from = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
  if (!from || event.altKey || event.metaKey) return;
  const target = rovingTarget(table, from, event.key, event.ctrlKey);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}
