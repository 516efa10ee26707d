// CSV that spreadsheet programs open right: UTF-8 with a byte-order mark (so Excel reads
// æøå), every field quoted, CRLF line ends (RFC 4180).
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (field: string) => `"${field.replace(/"/g, '""')}"`;
  return `\ufeff${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
