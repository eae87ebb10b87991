import {
  type Alias,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import type { Diagnostic, PathSegment } from '../core/diagnostic.js';
import {
  decodeInputText,
  MAX_NESTING,
  nestingDepth,
  neutralizeLine,
  neutralizeValue,
  tooDeepMessage,
  utf16Kind,
  utf16Message,
} from '../core/input-text.js';

/** The largest input we parse. Real data files and profiles are a few hundred kilobytes at most. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
/** Aliases beyond this are refused: it stops "billion laughs" expansion long before memory suffers. */
const MAX_ALIAS_COUNT = 200;

export interface ParsedSource {
  file: string;
  /** The plain value, or undefined when the text could not be parsed at all. */
  value: unknown;
  /** Syntax errors, duplicate keys, refused input: all positioned. */
  diagnostics: Diagnostic[];
  /** True when the text could not be read as a document (a syntax error); false with only duplicate keys. */
  fatal: boolean;
  /** The line and column of the node at `path`, or of the nearest ancestor that exists. */
  locate(path: readonly PathSegment[], where?: 'key' | 'value'): { line: number; column: number };
}

function diagnostic(file: string, line: number, column: number, code: string, message: string): Diagnostic {
  return { file, line, column, severity: 'error', code, path: '', message };
}

/** Bytes that a text file never holds: a NUL, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Checks that apply before parsing: size and binary content. Returns a diagnostic, or undefined. */
export function refuseRawInput(file: string, bytes: Uint8Array): Diagnostic | undefined {
  if (bytes.length > MAX_INPUT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return diagnostic(
      file,
      1,
      1,
      'too-large',
      `file is ${mb} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
    );
  }
  if (looksBinary(bytes)) {
    return diagnostic(file, 1, 1, 'binary', 'this is a binary file, not YAML or JSON text');
  }
  return undefined;
}

/**
 * Size, binary content, encoding: the checks on the bytes of a YAML or JSON input, then the text
 * decoded as UTF-8 with control characters neutralized (see core/input-text.ts).
 */
export function decodeSource(
  file: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; diagnostic: Diagnostic } {
  // UTF-16 first: such a file is full of NULs, and deserves a message naming it, not "binary".
  const utf16 = bytes.length <= MAX_INPUT_BYTES ? utf16Kind(bytes) : undefined;
  if (utf16) return { ok: false, diagnostic: diagnostic(file, 1, 1, 'encoding', utf16Message(utf16)) };
  const refused = refuseRawInput(file, bytes);
  if (refused) return { ok: false, diagnostic: refused };
  const decoded = decodeInputText(bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      diagnostic: diagnostic(file, decoded.line, decoded.column, 'encoding', decoded.message),
    };
  }
  return { ok: true, text: decoded.text };
}

/**
 * Parses YAML (or JSON, a subset of it) keeping source positions. Duplicate keys, tabs and
 * syntax errors are read from `doc.errors` first: `toJS()` would silently keep the last duplicate.
 */
export function parseYamlSource(file: string, text: string): ParsedSource {
  // The parser and the schema checks recurse: refuse deep nesting before they see it.
  if (nestingDepth(text) > MAX_NESTING) {
    return {
      file,
      value: undefined,
      diagnostics: [diagnostic(file, 1, 1, 'too-deep', tooDeepMessage())],
      fatal: true,
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const diagnostics: Diagnostic[] = [];
  // Duplicate keys are all reported and the document is still read, so the rest of the file gets
  // checked too. A syntax error makes the parser guess at what follows, and the errors after the
  // first are mostly echoes of it: only the first is reported.
  let syntaxError = false;
  for (const error of doc.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    if (!duplicate && syntaxError) continue;
    syntaxError ||= !duplicate;
    const { line, column } = position(error.pos[0]);
    diagnostics.push(
      diagnostic(
        file,
        line,
        column,
        duplicate ? 'duplicate-key' : 'yaml-syntax',
        yamlErrorMessage(error.code, error.message, text, error.pos[0]),
      ),
    );
  }

  let value: unknown;
  let unreadable = false;
  if (!syntaxError) {
    try {
      // Escapes the parser decodes ("\e", "\u001b") are neutralized here, keys included.
      value = neutralizeValue(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (error) {
      unreadable = true;
      const message = error instanceof Error ? error.message : String(error);
      const code = /alias/i.test(message) ? 'alias-limit' : 'yaml-syntax';
      diagnostics.push(
        diagnostic(
          file,
          1,
          1,
          code,
          code === 'alias-limit'
            ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}); is this an alias bomb?`
            : cleanYamlMessage(message),
        ),
      );
    }
  }

  // Aliases and anchors in document order, gathered once: yaml's own Alias.resolve walks the
  // whole document on every call, which made locating many diagnostics quadratic.
  let anchored: Node[] | undefined;
  const resolveAlias = (alias: Alias): unknown => {
    if (!anchored) {
      const nodes: Node[] = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || (node as { anchor?: string }).anchor) nodes.push(node);
        },
      });
      anchored = nodes;
    }
    let found: Node | undefined;
    for (const node of anchored) {
      if (node === alias) break;
      if ((node as { anchor?: string }).anchor === alias.source) found = node;
    }
    return found;
  };

  const locate = (path: readonly PathSegment[], where: 'key' | 'value' = 'value') => {
    let node: unknown = doc.contents;
    let best: { line: number; column: number } = position(rangeStart(node) ?? 0);
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const last = i === path.length - 1;
      // Inside an alias (*name), follow it to its anchor: that is where the value is written.
      if (isAlias(node)) node = resolveAlias(node);
      if (isMap(node)) {
        const pair = node.items.find(
          (item) =>
            isPair(item) &&
            isScalar(item.key) &&
            (typeof item.key.value === 'string' ? neutralizeLine(item.key.value) : item.key.value) ===
              segment,
        );
        if (!pair) return best;
        const keyStart = rangeStart(pair.key as Node);
        if (last && where === 'key' && keyStart !== undefined) return position(keyStart);
        node = pair.value;
        const start = rangeStart(node) ?? keyStart;
        if (start !== undefined) best = position(start);
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        const start = rangeStart(node);
        if (start === undefined) return best;
        best = position(start);
      } else {
        return best;
      }
    }
    return best;
  };

  return { file, value, diagnostics, fatal: syntaxError || unreadable, locate };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** yaml's messages end with "at line L, column C" and a code excerpt; we print the position ourselves. */
function cleanYamlMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** yaml's wording for the errors people hit most, rephrased to say what to do. */
function yamlErrorMessage(code: string, message: string, text: string, offset: number): string {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:#\n]+?)\s*:/.exec(
        text.slice(offset, offset + 200),
      )?.[1];
      return key
        ? `duplicate key ${key.startsWith('"') || key.startsWith("'") ? key : `"${key}"`}: each key may appear once in a mapping`
        : 'duplicate key: each key may appear once in a mapping';
    }
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML indents with spaces only';
    case 'MULTIPLE_DOCS':
      return 'more than one YAML document (a second "---"); a data file holds one document';
    default:
      return cleanYamlMessage(message);
  }
}
