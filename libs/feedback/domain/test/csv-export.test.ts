import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../src/csv-export';

describe('CSV for Finnish Excel', () => {
  it('starts with a BOM, separates with semicolons and ends rows with CRLF', () => {
    expect(toCsv(['Yksikkö', 'NPS'], [['Keskusta', 12.5]])).toBe('\uFEFFYksikkö;NPS\r\nKeskusta;12,5\r\n');
  });

  it.each(['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes the text %j with an apostrophe so that it is never a formula',
    (text) => {
      expect(csvCell(text).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('quotes semicolons, quotes and line breaks, and writes numbers with a decimal comma', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-12.346)).toBe('-12,35');
    expect(csvCell(null)).toBe('');
  });
});
