/** A chart's data table as CSV (RFC 4180), safe to open in a spreadsheet. */
import type { ChartTable } from './choose.ts';

export function toCsv(table: Pick<ChartTable, 'columns' | 'rows'>): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // Article text must never run as a spreadsheet formula ("=HYPERLINK(...)").
  const safe = /^[=+@\t\r]|^-(?!\d)/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
