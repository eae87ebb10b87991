import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Data } from '../../data/model.js';
import { checkCsvHeader, profileFromCsvRow } from '../../profile/csv.js';
import { CliError, EXIT } from '../errors.js';
import { CsvTextDoor, MAX_CSV_RECORD_BYTES } from './csv-text.js';
import type { BatchInput, BatchRow } from './rows.js';

const NEWLINE = /\r\n|\r|\n/g;
const LEADING_NEWLINES = /^(?:\r\n|\r|\n)*/;

function countNewlines(text: string): number {
  return text.match(NEWLINE)?.length ?? 0;
}

type Parsed = { record: string[]; raw: string } | { skipped: Error & { code?: string }; raw: string };

/**
 * Streams a counselor's CSV, one client per row, with back-pressure: the file is never held whole.
 * Handles a BOM, CRLF, quoted commas and line breaks, empty lines and rows of empty cells.
 * Rows are numbered by the line they start on (the header is row 1), which is the row number a
 * spreadsheet shows when no cell holds a line break. A bad row is yielded as errors, never thrown;
 * a bad header is an error for the whole file.
 */
export function readCsvProfiles(file: string, data: Data, size: number, stream: Readable): BatchInput {
  // Bytes become checked text (UTF-8, no control characters, no record beyond 1 MB) before parsing.
  const door = new CsvTextDoor(file);
  const parser = parse({
    bom: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // Pushed into the same stream, so a skipped record keeps its place among the others.
    on_skip: (error, raw) => {
      parser.push({ skipped: error, raw: raw ?? (error as { raw?: string }).raw ?? '' });
    },
  });
  stream.pipe(door).pipe(parser);
  // Reading starts at once, before the rows are asked for: keep the first failure for then.
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    parser.destroy(error);
  };
  stream.on('error', fail);
  door.on('error', fail);
  parser.on('error', (error) => {
    failure ??= error;
  });

  // Bytes of the records handed out so far: the file stream reads ahead by whole chunks.
  let consumed = 0;
  async function* rows(): AsyncGenerator<BatchRow> {
    let line = 0;
    let columns: string[] | undefined;
    const items = (async function* () {
      try {
        yield* parser as AsyncIterable<Parsed>;
      } catch (error) {
        throw failure ?? error;
      }
      if (failure) throw failure;
    })();
    for await (const item of items) {
      const blank = LEADING_NEWLINES.exec(item.raw)?.[0] ?? '';
      const row = line + countNewlines(blank) + 1;
      line += countNewlines(item.raw);
      consumed += Buffer.byteLength(item.raw);
      // A record cut at the limit: its dropped line breaks still count, and the row fails.
      const cut = door.cuts[0];
      if (cut && line >= cut.endLine - cut.droppedLines) {
        door.cuts.shift();
        line += cut.droppedLines;
        const message = `this row is longer than ${MAX_CSV_RECORD_BYTES / 1024 / 1024} MB, so it was not read; one client fits in a few kilobytes`;
        if (!columns) throw new CliError(`${file}: the header row is longer than 1 MB`, EXIT.failed);
        yield { row, name: null, errors: [{ row, column: '', message }] };
        continue;
      }
      if ('skipped' in item) {
        yield {
          row,
          name: null,
          errors: [{ row, column: '', message: skipMessage(item.skipped, row, line) }],
        };
        continue;
      }
      if (!columns) {
        const header = checkCsvHeader(item.record);
        if (header.errors.length > 0) throw headerError(file, header.errors);
        columns = header.columns;
        continue;
      }
      if (item.record.every((cell) => cell.trim() === '')) continue;
      const extra = item.record.slice(columns.length).filter((cell) => cell.trim() !== '');
      const record: Record<string, string> = {};
      columns.forEach((column, i) => {
        if (column !== '') record[column] = item.record[i] ?? '';
      });
      const name = record.name?.trim() || null;
      if (extra.length > 0) {
        const message = `this row has ${item.record.length} cells but the header has ${columns.length} columns; is a comma inside a cell missing its quotes?`;
        yield { row, name, errors: [{ row, column: '', message }] };
        continue;
      }
      const result = profileFromCsvRow(record, { row, data });
      yield result.ok ? { row, name, profile: result.profile } : { row, name, errors: result.errors };
    }
    consumed = size;
    if (!columns)
      throw new CliError(
        `${file} is empty; it needs a header row (casemgr-path init --csv writes one)`,
        EXIT.failed,
      );
  }

  return { rows: rows(), fraction: () => (size > 0 ? Math.min(1, consumed / size) : undefined) };
}

function skipMessage(error: Error & { code?: string }, row: number, lastLine: number): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return `a quoted cell starts on this row and is never closed, so lines ${row}–${lastLine} could not be read; add the closing quote (")`;
  }
  return `this row could not be read as CSV: ${error.message}`;
}

function headerError(file: string, errors: readonly { column: string; message: string }[]): CliError {
  const lines = errors.map((e) => `  ${file}:1  ${e.message}`);
  return new CliError(
    `the header of ${file} has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}; no report was written:\n${lines.join('\n')}`,
    EXIT.failed,
  );
}
