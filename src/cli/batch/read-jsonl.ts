import { createReadStream } from 'node:fs';
import type { Data } from '../../data/model.js';
import type { BatchInput, BatchRow } from './rows.js';
import { validateProfileValue } from './rows.js';

/** A profile on one line is a few kilobytes; a longer line is refused rather than held in memory. */
export const MAX_JSONL_LINE_BYTES = 1024 * 1024;

/** `bytes`: how far into the stream this line ends, newline included. */
type Line = { line: number; bytes: number; text: string } | { line: number; bytes: number; tooLong: true };

/**
 * Splits a byte stream into lines without holding more than one line (and at most `maxBytes` of
 * it). Splitting on the newline byte is safe for UTF-8: it never occurs inside a multi-byte character.
 */
export async function* splitLines(source: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder();
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let line = 0;
  let offset = 0;
  const finish = (): Line => {
    line++;
    offset += length + 1;
    const bytes = offset;
    if (tooLong) return { line, bytes, tooLong: true };
    const text = decoder.decode(Buffer.concat(parts, length)).replace(/\r$/, '');
    return { line, bytes, text: line === 1 ? text.replace(/^\uFEFF/, '') : text };
  };
  for await (const chunk of source) {
    let start = 0;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, start)) {
      if (!tooLong) parts.push(chunk.subarray(start, at));
      length += at - start;
      tooLong ||= length > maxBytes;
      yield finish();
      parts = [];
      length = 0;
      tooLong = false;
      start = at + 1;
    }
    if (start < chunk.length) {
      length += chunk.length - start;
      tooLong ||= length > maxBytes;
      if (tooLong) parts = [];
      else parts.push(chunk.subarray(start));
    }
  }
  if (length > 0) yield finish();
}

/** Streams JSON Lines: one profile object per line; blank lines are skipped; rows are line numbers. */
export function readJsonlProfiles(file: string, data: Data, size: number): BatchInput {
  const stream = createReadStream(file);
  let consumed = 0;
  async function* rows(): AsyncGenerator<BatchRow> {
    for await (const item of splitLines(stream as AsyncIterable<Buffer>, MAX_JSONL_LINE_BYTES)) {
      const row = item.line;
      consumed = item.bytes;
      if ('tooLong' in item) {
        const message = `this line is longer than ${MAX_JSONL_LINE_BYTES / 1024 / 1024} MB; one profile fits in a few kilobytes`;
        yield { row, name: null, errors: [{ row, column: '', message }] };
        continue;
      }
      if (item.text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(item.text);
      } catch (error) {
        const message = `not valid JSON: ${(error as Error).message}`;
        yield { row, name: null, errors: [{ row, column: '', message }] };
        continue;
      }
      yield validateProfileValue(value, data, row);
    }
  }
  return { rows: rows(), fraction: () => (size > 0 ? Math.min(1, consumed / size) : undefined) };
}
