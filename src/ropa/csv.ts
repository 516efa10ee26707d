// CSV that spreadsheet programs open right: UTF-8 with a byte-order mark (so Excel reads
// æøå), every field quoted, CRLF line ends (RFC 4180).

/**
 * A field a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
 * carriage return) gets a leading single quote, so it is shown as text (OWASP "CSV
 * injection"); every other field stays as written.
 */
export function neutraliseFormula(field: string): string {
  return /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (field: string) => `"${neutraliseFormula(field).replace(/"/g, '""')}"`;
  return `\ufeff${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
