import { ApiError } from '../common/errors/error-codes';
import { numberFromText } from '../common/number-text';

export const CSV_COLUMNS = ['department_id', 'user_id', 'title', 'manager_id'] as const;
const REQUIRED_COLUMNS = ['department_id', 'user_id'];

/** Splits CSV text (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF) into rows of fields; blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  while (index < text.length) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') {
        quoted = false;
      } else {
        field += character;
      }
    } else if (character === '"' && field === '') {
      quoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      endRow();
    } else {
      field += character;
    }
    index += 1;
  }
  if (quoted) throw ApiError.badParameter('body: a quoted CSV field is not closed');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * The rows of a CSV import as the objects a JSON import sends: the header line names the columns
 * (any order; title and manager_id may be left out), ids are read as integer text, and an empty
 * title or manager_id is none.
 */
export function csvToRows(text: string): Record<string, unknown>[] {
  const [header, ...lines] = parseCsv(text);
  if (!header) throw ApiError.badParameter(`body: is empty; send a header line (${CSV_COLUMNS.join(',')}) and one line per member`);
  const columns = header.map((name) => name.trim().toLowerCase());
  const unknown = columns.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (unknown.length > 0 || missing.length > 0) {
    throw ApiError.badParameter(`body: the CSV header must name the columns ${CSV_COLUMNS.join(',')} (title and manager_id optional); got ${header.join(',')}`);
  }
  return lines.map((fields, position) => {
    if (fields.length > columns.length) {
      throw ApiError.badParameter(`body: line ${position + 2} has ${fields.length} fields; the header names ${columns.length}`);
    }
    const row: Record<string, unknown> = {};
    columns.forEach((column, at) => {
      const value = (fields[at] ?? '').trim();
      if (column === 'title') row.title = value === '' ? null : value;
      else row[column] = value === '' && column === 'manager_id' ? null : numberFromText(value);
    });
    return row;
  });
}
