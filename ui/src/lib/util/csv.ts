/**
 * CSV as RFC 4180 writes it, for spreadsheets: fields with a comma, quote or line break are quoted, quotes
 * doubled, CRLF line ends, and a UTF-8 byte-order mark so Excel reads accents and typographic quotes.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export type CsvValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (typeof value === 'string' && FORMULA.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header, one line per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}
