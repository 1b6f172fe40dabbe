// The bundle benchmark's table: JavaScript per page against its budget, and the slow-4G timings.
import { kB, median, type TransferSummary } from './transfer-summary';

export interface PageFigures {
  name: string;
  path: string;
  budgetBytes: number;
  transfer: TransferSummary;
  /** One sample per throttled load. */
  shownMs: number[];
  lcpMs: number[];
}

export function withinBudget(figures: PageFigures): boolean {
  return figures.transfer.scriptTransferBytes < figures.budgetBytes;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');

export function bundleTable(pages: PageFigures[], profileName: string): string {
  const rows = [
    [
      'Page',
      'JS gzipped',
      'Budget',
      'Result',
      'JS unpacked',
      'JS files',
      'All bytes',
      'Shown (median)',
      'LCP (median)',
    ],
    ...pages.map((page) => [
      `${page.name} (${page.path})`,
      kB(page.transfer.scriptTransferBytes),
      `< ${kB(page.budgetBytes)}`,
      withinBudget(page) ? 'met' : 'MISSED',
      kB(page.transfer.scriptDecodedBytes),
      String(page.transfer.scriptFiles),
      kB(page.transfer.allTransferBytes),
      ms(median(page.shownMs)),
      ms(median(page.lcpMs)),
    ]),
  ];
  const samples = pages
    .map(
      (page) =>
        `  ${page.name}: LCP ${page.lcpMs.map(ms).join(', ')}; shown ${page.shownMs.map(ms).join(', ')}`,
    )
    .join('\n');
  return `${table(rows)}\n\nTimings on ${profileName}, each load:\n${samples}`;
}

export function biggestScriptsList(page: PageFigures, origin: (url: string) => string): string {
  const lines = page.transfer.biggestScripts.map(
    (resource) =>
      `  ${kB(resource.transferBytes).padStart(9)} ${kB(resource.decodedBytes).padStart(9)}  ${origin(resource.url)}`,
  );
  return `Biggest scripts, ${page.name} (gzipped, unpacked, file):\n${lines.join('\n')}`;
}
