import { rowCells, rowsByFile } from '../../src/review/table-rows.ts';

describe('rowCells', () => {
  it('splits at unescaped pipes only, and keeps the cells as written', () => {
    expect(rowCells('| `a\\|b` | x \\| y | |')).toEqual(['`a\\|b`', 'x \\| y', '']);
    expect(rowCells('| one |')).toEqual(['one']);
  });

  it('is null for what is not a whole row', () => {
    expect(rowCells('not a row')).toBeNull();
    expect(rowCells('| open row')).toBeNull();
    expect(rowCells('|---|---|')).toBeNull();
  });
});

describe('rowsByFile', () => {
  it('reads the rows whose first cell is a code span, the first of each file', () => {
    const text = [
      '| file | what |',
      '|---|---|',
      '| `src/a.ts` | Adds a retry. |',
      '| `src/a.ts` | a second row |',
      '| plain | not a file |',
      '| …and 3 more files | |',
    ].join('\n');
    expect([...rowsByFile(text)]).toEqual([['`src/a.ts`', ['`src/a.ts`', 'Adds a retry.']]]);
  });
});
