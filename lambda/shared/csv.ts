/**
 * Reads CSV text (RFC 4180: comma-separated, double-quoted cells with "" for a quote, CRLF or LF
 * line ends) into the first row's column names and records keyed by them, every cell a string — the shape
 * the Distributed Map's CSV reader hands to a worker. Blank lines are skipped; missing cells are ''.
 */
export function parseCsv(text: string): { columns: string[]; records: Record<string, string>[] } {
  const lines: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endLine = () => {
    endCell();
    if (cells.length > 1 || cells[0] !== '') {
      lines.push(cells);
    }
    cells = [];
  };
  while (i < text.length) {
    const char = text[i++];
    if (quoted) {
      if (char !== '"') {
        cell += char;
      } else if (text[i] === '"') {
        cell += '"';
        i++;
      } else {
        quoted = false;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      endCell();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i] === '\n') {
        i++;
      }
      endLine();
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length > 0) {
    endLine();
  }
  const [columns = [], ...rows] = lines;
  return { columns, records: rows.map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index] ?? '']))) };
}
