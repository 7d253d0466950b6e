/*
 * Rows of the Markdown tables we wrote earlier (the summary comment's "Changed files", the description
 * section's walkthrough), read back so that an incremental run keeps what earlier runs said of the files
 * it does not review again. Cells are kept as written: they were sanitised when they were written.
 */

/** A table row's cells, split at the pipes that are not escaped (`\|` stays inside its cell). */
export function rowCells(line: string): string[] | null {
  if (!line.startsWith('| ') || !line.endsWith(' |')) return null;
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && line[i + 1] === '|') {
      cell += '\\|';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  return cell.trim() === '' ? cells : null;
}

/**
 * Every row of the tables in `text` whose first cell is a code span (a file), by that first cell as
 * written: the row's cells.
 */
export function rowsByFile(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const cells = rowCells(line);
    if (cells && cells.length >= 2 && cells[0]!.startsWith('`') && !rows.has(cells[0]!))
      rows.set(cells[0]!, cells);
  }
  return rows;
}
