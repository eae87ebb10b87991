import type { Readable } from 'node:stream';
import {
  invalidUtf8Message,
  invalidUtf8Offset,
  MAX_NESTING,
  nestingDepth,
  neutralizeControls,
  neutralizeValue,
  tooDeepMessage,
  utf16Kind,
  utf16Message,
} from '../../core/input-text.js';
import type { Data } from '../../data/model.js';
import { CliError, EXIT } from '../errors.js';
import type { BatchInput, BatchRow } from './rows.js';
import { validateProfileValue } from './rows.js';

/** A profile on one line is a few kilobytes; a longer line is refused rather than held in memory. */
export const MAX_JSONL_LINE_BYTES = 1024 * 1024;

/** `bytes`: how far into the stream this line ends, newline included. */
type Line =
  | { line: number; bytes: number; text: string }
  | { line: number; bytes: number; tooLong: true }
  | { line: number; bytes: number; invalid: string };

/**
 * Splits a byte stream into lines without holding more than one line (and at most `maxBytes` of
 * it). Splitting on the newline byte is safe for UTF-8: it never occurs inside a multi-byte character.
 */
export async function* splitLines(
  source: AsyncIterable<Buffer>,
  maxBytes: number,
  file = 'the input',
): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
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
    const raw = Buffer.concat(parts, length);
    let text: string;
    try {
      text = decoder.decode(raw);
    } catch {
      return { line, bytes, invalid: invalidUtf8Message(raw[invalidUtf8Offset(raw)] ?? 0) };
    }
    text = neutralizeControls(text).replace(/\r$/, '');
    return { line, bytes, text: line === 1 ? text.replace(/^\uFEFF/, '') : text };
  };
  let first = true;
  for await (const chunk of source) {
    if (first) {
      first = false;
      const utf16 = utf16Kind(chunk);
      if (utf16) throw new CliError(`${file}: ${utf16Message(utf16)}`, EXIT.failed);
    }
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
export function readJsonlProfiles(file: string, data: Data, size: number, stream: Readable): BatchInput {
  let consumed = 0;
  async function* rows(): AsyncGenerator<BatchRow> {
    for await (const item of splitLines(stream as AsyncIterable<Buffer>, MAX_JSONL_LINE_BYTES, file)) {
      const row = item.line;
      consumed = item.bytes;
      if ('tooLong' in item) {
        const message = `this line is longer than ${MAX_JSONL_LINE_BYTES / 1024 / 1024} MB; one profile fits in a few kilobytes`;
        yield { row, name: null, errors: [{ row, column: '', message }] };
        continue;
      }
      if ('invalid' in item) {
        yield { row, name: null, errors: [{ row, column: '', message: item.invalid }] };
        continue;
      }
      if (item.text.trim() === '') continue;
      const parsed = parseJsonLine(item.text);
      if (!parsed.ok) {
        yield { row, name: null, errors: [{ row, column: '', message: parsed.message }] };
        continue;
      }
      yield validateProfileValue(parsed.value, data, row);
    }
  }
  return { rows: rows(), fraction: () => (size > 0 ? Math.min(1, consumed / size) : undefined) };
}

/**
 * One JSON line as a profile value: nesting bounded before parsing, duplicate keys refused (JSON.parse
 * keeps the last one silently), control characters neutralized in strings and keys.
 */
export function parseJsonLine(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (nestingDepth(text) > MAX_NESTING) return { ok: false, message: tooDeepMessage() };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    return {
      ok: false,
      message: `duplicate key ${JSON.stringify(duplicate.key)} at column ${duplicate.column}: each key may appear once in an object`,
    };
  }
  // JSON text with no escape and no raw DEL or C1 character cannot hold a control character in a
  // string or key (raw C0 ones are not valid JSON): most lines, which need no neutralized copy.
  return {
    ok: true,
    value: text.includes('\\') || RAW_DEL_OR_C1.test(text) ? neutralizeValue(value) : value,
  };
}

const RAW_DEL_OR_C1 = /[\u007f-\u009f]/;

/** The first key that repeats within one object of valid JSON text, with its column (from 1). */
export function findDuplicateKey(text: string): { key: string; column: number } | undefined {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
      expectKey = false;
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = stack.at(-1) instanceof Set;
    } else if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const keys = stack.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (keys.has(key)) return { key: neutralizeControls(key), column: start + 1 };
        keys.add(key);
      }
      expectKey = false;
    }
  }
  return undefined;
}
