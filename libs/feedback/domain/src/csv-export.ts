// CSV as Finnish Excel opens it: UTF-8 with a byte-order mark, ';' between cells, CRLF between rows,
// decimal commas. A text cell starting with = + - @ (or a tab or carriage return) gets a leading ' so that
// a spreadsheet never runs it as a formula (CSV injection); numbers are written as numbers.

export type CsvCell = string | number | null;

const byteOrderMark = '\uFEFF';
const formulaStart = /^[=+\-@\t\r]/;

function textCell(text: string): string {
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function numberCell(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError('A CSV number is finite');
  // Up to two decimals, with a decimal comma ("-12,5").
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? numberCell(cell) : textCell(cell);
}

/** The whole file: BOM, the header row and the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}
