import { Transform, type TransformCallback } from 'node:stream';
import {
  invalidUtf8Message,
  invalidUtf8Offset,
  neutralizeControls,
  utf16Kind,
  utf16Message,
} from '../../core/input-text.js';
import { CliError, EXIT } from '../errors.js';

/** One client fits in a few kilobytes; a record (row) longer than this is cut, and reported. */
export const MAX_CSV_RECORD_BYTES = 1024 * 1024;

/** A record that was cut: the line breaks in the input up to its end, and how many were dropped. */
export interface CutRecord {
  endLine: number;
  droppedLines: number;
}

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;

/**
 * The text door of a CSV caseload, between the file and the CSV parser:
 * - the bytes must be UTF-8 (a UTF-16 file is named as such; invalid UTF-8 is an error with its line),
 * - control characters are neutralized (core/input-text.ts),
 * - a record longer than {@link MAX_CSV_RECORD_BYTES} is cut there, the rest of it dropped (with
 *   quotes balanced so the next record parses as it should), so memory stays bounded whatever a
 *   cell holds. `cuts` lists the records cut, for the reader to report them.
 *
 * Record boundaries are followed with the CSV quoting rules (a quote opens a field only at its start,
 * "" is a quote inside a quoted field), the way the parser reads them.
 */
export class CsvTextDoor extends Transform {
  readonly cuts: CutRecord[] = [];
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private state = State.FieldStart;
  private recordBytes = 0;
  private cutting = false;
  private cutState = State.FieldStart;
  private droppedLines = 0;
  /** Line breaks read so far. */
  private lines = 0;
  private first = true;

  constructor(
    private readonly file: string,
    private readonly maxRecordBytes = MAX_CSV_RECORD_BYTES,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.first) {
      this.first = false;
      const utf16 = utf16Kind(chunk);
      if (utf16) {
        done(new CliError(`${this.file}: ${utf16Message(utf16)}`, EXIT.failed));
        return;
      }
    }
    const kept = this.bound(chunk);
    let text: string;
    try {
      text = this.decoder.decode(kept, { stream: true });
    } catch {
      done(this.encodingError(kept));
      return;
    }
    this.pushText(text);
    done();
  }

  override _flush(done: TransformCallback): void {
    try {
      this.pushText(this.decoder.decode());
    } catch {
      done(
        new CliError(
          `${this.file}:${this.lines + 1}: the file ends inside a character; ${invalidUtf8Message(0)}`,
          EXIT.failed,
        ),
      );
      return;
    }
    done();
  }

  private pushText(text: string): void {
    if (text === '') return;
    this.push(Buffer.from(neutralizeControls(text)));
  }

  private encodingError(bytes: Uint8Array): CliError {
    // `bytes` were all counted already: count back from the end to the bad byte.
    const at = invalidUtf8Offset(bytes);
    let line = this.lines + 1;
    if (at !== -1) for (let i = at; i < bytes.length; i++) if (bytes[i] === LF) line--;
    const byte = at === -1 ? (bytes[0] ?? 0) : bytes[at]!;
    return new CliError(`${this.file}:${line}: ${invalidUtf8Message(byte)}`, EXIT.failed);
  }

  /**
   * Follows record boundaries through `chunk` and returns the bytes to pass on: all of them,
   * except the tail of a record past the limit. A multi-byte character is never split: the cut
   * falls on a character boundary (bytes 0x80–0xBF continue a character).
   */
  private bound(chunk: Buffer): Buffer {
    const parts: Buffer[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      const recordEnds = this.step(byte);
      if (byte === LF) this.lines++;
      if (!this.cutting) {
        this.recordBytes++;
        if (recordEnds) this.recordBytes = 0;
        else if (this.recordBytes > this.maxRecordBytes && (byte & 0xc0) !== 0x80) {
          // Cut before this byte: keep what came before, drop the rest of the record.
          parts.push(chunk.subarray(start, i));
          this.cutting = true;
          this.cutState = this.stateBefore;
          this.droppedLines = 0;
        }
      } else if (recordEnds) {
        // Close a quoted field left open at the cut, then end the record as the input did.
        const closing = Buffer.from(this.cutState === State.Quoted ? '"\n' : '\n');
        parts.push(closing);
        this.cutting = false;
        this.recordBytes = 0;
        this.cuts.push({ endLine: this.lines, droppedLines: this.droppedLines });
        start = i + 1;
      } else if (byte === LF) this.droppedLines++;
    }
    if (!this.cutting) parts.push(chunk.subarray(start));
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  private stateBefore = State.FieldStart;

  /** Advances the quoting state by one byte; true when the byte ends a record. */
  private step(byte: number): boolean {
    this.stateBefore = this.state;
    switch (this.state) {
      case State.FieldStart:
        if (byte === QUOTE) this.state = State.Quoted;
        else if (byte === LF) return true;
        else if (byte !== COMMA && byte !== 0x0d) this.state = State.Unquoted;
        return false;
      case State.Unquoted:
        if (byte === COMMA) this.state = State.FieldStart;
        else if (byte === LF) {
          this.state = State.FieldStart;
          return true;
        }
        return false;
      case State.Quoted:
        if (byte === QUOTE) this.state = State.QuoteInQuoted;
        return false;
      case State.QuoteInQuoted:
        if (byte === QUOTE) this.state = State.Quoted;
        else if (byte === COMMA) this.state = State.FieldStart;
        else if (byte === LF) {
          this.state = State.FieldStart;
          return true;
        } else if (byte !== 0x0d) this.state = State.Quoted;
        return false;
    }
  }
}
