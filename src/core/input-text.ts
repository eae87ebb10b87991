/**
 * The one door text comes in by: profile files, caseload lists, CSV cells and headers, JSON Lines
 * rows and data overlays all pass through here before anything parses, checks or prints them.
 *
 * - Bytes must be UTF-8. Invalid UTF-8 is an error that says where and what, never a silent U+FFFD
 *   (which would turn "María" into "Mar�a" and a report name into `mar-a.md`). A file that starts
 *   with a UTF-16 byte-order mark, or whose NUL bytes fall in the UTF-16 pattern, is refused with a
 *   message that names the encoding and how to save the file as UTF-8: we do not guess encodings.
 * - Control characters (C0 but tab, line feed and carriage return; DEL; C1) are replaced by visible
 *   stand-ins, so an escape sequence in a name or a key can never reach a terminal, a Markdown file
 *   or a spreadsheet as an escape sequence. C0 characters become their Unicode "control picture"
 *   (ESC shows as ␛, BEL as ␇), DEL as ␡, and C1 characters as U+FFFD: a person can still see that
 *   something odd was in the input. Escapes that a parser decodes (YAML "\e", JSON "\u001b") are
 *   neutralized the same way in the parsed value, keys included ({@link neutralizeValue}).
 * - Nesting is bounded before a recursive parser sees the text ({@link nestingDepth}), so 2,000
 *   levels of brackets are a clear error rather than a stack overflow.
 */

/** Profiles are a handful of levels deep and data files a dozen; this leaves plenty of room. */
export const MAX_NESTING = 100;

/** A reason the bytes are not UTF-8 text, located for a person. */
export interface EncodingProblem {
  line: number;
  column: number;
  message: string;
}

const SAVE_AS_UTF8 = 'save it as UTF-8 (in Excel: "CSV UTF-8"; in most editors: "Save with encoding")';

/** Names a UTF-16 file from its first bytes: a byte-order mark, or ASCII text with every other byte NUL. */
export function utf16Kind(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.6 && evenNul === 0) return 'UTF-16LE';
  if (evenNul > pairs * 0.6 && oddNul === 0) return 'UTF-16BE';
  return undefined;
}

export function utf16Message(kind: string): string {
  return `this file is encoded as ${kind}, not UTF-8; ${SAVE_AS_UTF8}`;
}

/** Where the first invalid UTF-8 sequence starts, or -1 when every byte is valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The line and column (from 1, in characters) of a byte offset in text known valid up to it. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Explains an invalid byte, with the likeliest cause: a file saved as Latin-1 or Windows-1252. */
export function invalidUtf8Message(byte: number): string {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return `invalid UTF-8 (byte 0x${hex}); the file is probably in another encoding such as Latin-1 or Windows-1252: ${SAVE_AS_UTF8}`;
}

/**
 * Decodes a whole input as UTF-8 (a leading byte-order mark dropped) and neutralizes control
 * characters. Returns the text, or the first encoding problem.
 */
export function decodeInputText(
  bytes: Uint8Array,
): { ok: true; text: string } | ({ ok: false } & EncodingProblem) {
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, line: 1, column: 1, message: utf16Message(utf16) };
  const bad = invalidUtf8Offset(bytes);
  if (bad !== -1) {
    return { ok: false, ...positionOf(bytes, bad), message: invalidUtf8Message(bytes[bad]!) };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { ok: true, text: neutralizeControls(text) };
}

// C0 but \t \n \r, DEL, and C1.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f]/g;

function standIn(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** Replaces control characters with visible stand-ins; tab, line feed and carriage return are kept. */
export function neutralizeControls(text: string): string {
  return text.replace(CONTROL, standIn);
}

/** The same for one-line text (a key, a cell shown in a message): line breaks and tabs are replaced too. */
export function neutralizeLine(text: string): string {
  return text.replace(CONTROL_OR_BREAK, standIn);
}

/**
 * A copy of a parsed value with control characters neutralized in every string and every key.
 * Iterative, so depth costs no stack; values are small (profiles, data files) so a copy is cheap.
 * Strings in values keep their line breaks (a multi-line note); keys lose them too.
 */
export function neutralizeValue(value: unknown): unknown {
  if (typeof value === 'string') return neutralizeControls(value);
  if (value === null || typeof value !== 'object') return value;
  const root: { value: unknown } = { value: undefined };
  const stack: { from: unknown; into: Record<string, unknown> | unknown[]; key: string | number }[] = [
    { from: value, into: root as unknown as Record<string, unknown>, key: 'value' },
  ];
  while (stack.length > 0) {
    const { from, into, key } = stack.pop()!;
    let out: unknown;
    if (typeof from === 'string') out = neutralizeControls(from);
    else if (Array.isArray(from)) {
      const copy: unknown[] = new Array(from.length);
      from.forEach((item, i) => {
        stack.push({ from: item, into: copy, key: i });
      });
      out = copy;
    } else if (from !== null && typeof from === 'object' && !(from instanceof Date)) {
      const copy: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(from)) {
        const cleanKey = neutralizeLine(k);
        Object.defineProperty(copy, cleanKey, {
          value: undefined,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        stack.push({ from: item, into: copy, key: cleanKey });
      }
      out = copy;
    } else out = from;
    // defineProperty: a key named __proto__ stays a plain key (an assignment would set the prototype).
    Object.defineProperty(into, key, { value: out, enumerable: true, writable: true, configurable: true });
  }
  return root.value;
}

/**
 * The deepest nesting of brackets and block indentation in YAML or JSON text, counted without
 * parsing (quoted strings and comments are skipped), stopping as soon as `limit` is passed.
 * An overestimate at worst, which only matters beyond the limit.
 */
export function nestingDepth(text: string, limit = MAX_NESTING): number {
  let flow = 0;
  let deepest = 0;
  const indents: number[] = [];
  let atLineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (atLineStart) {
      if (c === ' ') {
        indent++;
        continue;
      }
      if (c === '\n' || c === '\r') {
        indent = 0;
        continue;
      }
      atLineStart = false;
      if (flow === 0 && c !== '#') {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        // A list item "- " opens a level of its own.
        let j = i;
        while (text[j] === '-' && text[j + 1] === ' ') {
          indents.push(indent + (j - i) + 1);
          j += 2;
          while (text[j] === ' ') j++;
        }
      }
    }
    if (c === '\n') {
      atLineStart = true;
      indent = 0;
    } else if ((c === '"' || c === "'") && opensQuote(text, i)) {
      // Skip a quoted string ("\" escapes; '' in single quotes).
      for (i++; i < text.length; i++) {
        const d = text[i]!;
        if (c === '"' && d === '\\') i++;
        else if (d === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    const depth = indents.length + flow;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}

/** A quote opens a quoted scalar only where a value starts (O'Brien's apostrophe does not). */
function opensQuote(text: string, at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const d = text[j]!;
    if (d === ' ' || d === '\t') continue;
    return d === '\n' || d === ':' || d === ',' || d === '[' || d === '{' || d === '-' || d === '?';
  }
  return true;
}

export function tooDeepMessage(limit = MAX_NESTING): string {
  return `nested more than ${limit} levels deep; a profile or data file needs only a few levels`;
}
