import { z } from 'zod';
import { type Diagnostic, didYouMean, formatPath, type PathSegment } from '../core/diagnostic.js';
import { COMBINATOR_KEYS, PREDICATE_KEYS, PREDICATES, RuleSchema } from './schema/rules.js';
import type { ParsedSource } from './yaml-source.js';

type Issue = z.core.$ZodIssue;

const RULE_KEYS: readonly string[] = [...COMBINATOR_KEYS, ...PREDICATE_KEYS];
const NODE_META_KEYS = new Set(['requirement', 'source', 'caveats']);

const combinatorSchemas: Record<string, z.ZodType> = {
  all: z.strictObject({
    all: z.array(RuleSchema).min(1, '`all` needs at least one rule'),
    requirement: z.string().min(1).optional(),
    source: PREDICATES.degree.shape.source,
    caveats: PREDICATES.degree.shape.caveats,
  }),
  any: z.strictObject({
    any: z.array(RuleSchema).min(1, '`any` needs at least one rule'),
    requirement: z.string().min(1).optional(),
    source: PREDICATES.degree.shape.source,
    caveats: PREDICATES.degree.shape.caveats,
  }),
  not: z.strictObject({
    not: RuleSchema,
    requirement: z.string().min(1),
    source: PREDICATES.degree.shape.source,
    caveats: PREDICATES.degree.shape.caveats,
  }),
};

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function describeReceived(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'object':
      return 'a mapping (key: value)';
    case 'array':
      return 'a list';
    case 'string':
      return 'text';
    default:
      return `a ${expected}`;
  }
}

/** Plain-words message for one zod issue. `value` is the offending value, when there is one. */
function messageFor(issue: Issue, value: unknown): { code: string; message: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'missing', message: 'required field is missing' };
      return {
        code: 'wrong-type',
        message: `expected ${expectedName(issue.expected)}, got ${describeReceived(value)}`,
      };
    case 'invalid_value': {
      const options = issue.values.map(String);
      // Every option of a profile's lists (roles, settings, fields) fits; only longer ones are cut.
      const shown = options.length > 24 ? [...options.slice(0, 24), '…'] : options;
      const hint = typeof value === 'string' ? didYouMean(value, options) : '';
      if (options.length === 1) return { code: 'wrong-value', message: `expected ${options[0]}${hint}` };
      // With a likely typo, the hint says it all; the full list would only bury it.
      if (hint) return { code: 'wrong-value', message: `unknown value ${describeReceived(value)}${hint}` };
      // A list with a catch-all says so: a job or field not listed is `other`, not an error to fix.
      const other = options.includes('other') ? '; write other for anything not listed' : '';
      return { code: 'wrong-value', message: `expected one of ${shown.join(', ')}${other}` };
    }
    case 'too_small':
      if (issue.origin === 'array' && issue.minimum === 1) {
        return {
          code: 'too-small',
          message: issue.message.startsWith('Too small') ? 'must not be empty' : issue.message,
        };
      }
      return { code: 'too-small', message: plain(issue.message) };
    case 'too_big':
      return { code: 'too-big', message: plain(issue.message) };
    case 'invalid_format':
      return { code: 'wrong-format', message: plain(issue.message) };
    default:
      return { code: 'invalid', message: plain(issue.message) };
  }
}

/** zod's default wording ("Too small: expected number to be >=0") made a little friendlier. */
function plain(message: string): string {
  return message
    .replace(
      /^Too small: expected (\w+) to (have|be) /,
      (_m, what: string) => `${what === 'string' ? 'text' : what} must be `,
    )
    .replace(
      /^Too big: expected (\w+) to (have|be) /,
      (_m, what: string) => `${what === 'string' ? 'text' : what} must be `,
    )
    .replace('>=', 'at least ')
    .replace('<=', 'at most ')
    .replace(/^Invalid input$/, 'invalid value');
}

/**
 * Converts zod issues to positioned diagnostics. `prefix` is the path of the validated value inside
 * the document (for a rule re-checked on its own).
 */
export function issuesToDiagnostics(
  source: ParsedSource,
  root: unknown,
  issues: readonly Issue[],
  prefix: readonly PathSegment[] = [],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    const value = valueAt(root, path);

    if (issue.code === 'unrecognized_keys') {
      const parent = valueAt(root, path);
      const known = parent && typeof parent === 'object' ? Object.keys(parent) : [];
      const allowed = allowedKeysHint(issue, known);
      for (const key of issue.keys) {
        const at = source.locate([...path, key], 'key');
        out.push({
          file: source.file,
          ...at,
          severity: 'error',
          code: 'unknown-key',
          path: formatPath(path),
          message: `unknown key "${key}"${didYouMean(key, allowed)}`,
        });
      }
      continue;
    }

    if (issue.code === 'invalid_union' && value && typeof value === 'object' && !Array.isArray(value)) {
      out.push(...diagnoseRule(source, root, path));
      continue;
    }

    const { code, message } = messageFor(issue, value);
    out.push({
      file: source.file,
      ...source.locate(path),
      severity: 'error',
      code,
      path: formatPath(path),
      message,
    });
  }
  return withoutMissingTypos(out);
}

/** "unknown key renewl (did you mean renewal?)" already says that renewal is missing: say it once. */
function withoutMissingTypos(diagnostics: Diagnostic[]): Diagnostic[] {
  const hinted = new Set(
    diagnostics.flatMap((d) => {
      const key = d.code === 'unknown-key' ? /\(did you mean "([^"]+)"\?\)$/.exec(d.message)?.[1] : undefined;
      return key === undefined ? [] : [`${d.file}\u0000${d.path}\u0000${key}`];
    }),
  );
  if (hinted.size === 0) return diagnostics;
  return diagnostics.filter((d) => {
    if (d.code !== 'missing') return true;
    const at = Math.max(d.path.lastIndexOf('.'), d.path.lastIndexOf('['));
    const parent = at < 0 ? '' : d.path.slice(0, at);
    const key = d.path.slice(at + 1).replace(/^\["?|"?\]$/g, '');
    return !hinted.has(`${d.file}\u0000${parent}\u0000${key}`);
  });
}

/** Keys a strict object would have accepted: zod does not say, so we read them off the schema. */
const KNOWN_KEYS_BY_ISSUE = new WeakMap<object, string[]>();
function allowedKeysHint(issue: Issue, present: string[]): string[] {
  return KNOWN_KEYS_BY_ISSUE.get(issue) ?? present;
}

/** Registers the keys a schema accepts so "did you mean" can suggest them; see `withKeyHints`. */
export function collectShapeKeys(schema: z.ZodType): string[] {
  const keys = new Set<string>();
  const visit = (s: z.ZodType, depth: number) => {
    if (depth > 40) return;
    const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') {
      for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        keys.add(key);
        visit(child, depth + 1);
      }
    }
    for (const name of ['innerType', 'element', 'in', 'out', 'schema']) {
      const child = def[name];
      if (child && typeof child === 'object' && '_zod' in (child as object))
        visit(child as z.ZodType, depth + 1);
    }
    if (Array.isArray(def.options)) for (const option of def.options as z.ZodType[]) visit(option, depth + 1);
  };
  visit(schema, 0);
  return [...keys];
}

/** Makes "did you mean" suggestions draw on every key the schema knows. */
export function withKeyHints(issues: readonly Issue[], schema: z.ZodType): readonly Issue[] {
  const keys = collectShapeKeys(schema);
  for (const issue of issues) if (issue.code === 'unrecognized_keys') KNOWN_KEYS_BY_ISSUE.set(issue, keys);
  return issues;
}

/** Re-checks a value that failed the rule union, by its discriminating key, for a precise message. */
export function diagnoseRule(
  source: ParsedSource,
  root: unknown,
  path: readonly PathSegment[],
): Diagnostic[] {
  const value = valueAt(root, path) as Record<string, unknown>;
  const keys = Object.keys(value);
  const ruleKeys = keys.filter((key) => RULE_KEYS.includes(key));
  const at = source.locate(path);
  const base = { file: source.file, ...at, severity: 'error' as const, path: formatPath(path) };

  if (ruleKeys.length === 0) {
    const candidate = keys.find((key) => !NODE_META_KEYS.has(key));
    if (candidate === undefined) {
      return [
        { ...base, code: 'unknown-predicate', message: `a rule needs one of: ${RULE_KEYS.join(', ')}` },
      ];
    }
    return [
      {
        ...base,
        ...source.locate([...path, candidate], 'key'),
        code: 'unknown-predicate',
        message: didYouMean(candidate, RULE_KEYS)
          ? `unknown predicate "${candidate}"${didYouMean(candidate, RULE_KEYS)}`
          : `unknown predicate "${candidate}"; a rule is one of ${RULE_KEYS.join(', ')}`,
      },
    ];
  }
  if (ruleKeys.length > 1) {
    return [
      {
        ...base,
        code: 'ambiguous-rule',
        message: `a rule has exactly one of ${RULE_KEYS.join(', ')}; this one has ${ruleKeys.join(' and ')}`,
      },
    ];
  }
  const key = ruleKeys[0]!;
  const schema = (combinatorSchemas[key] ?? PREDICATES[key as keyof typeof PREDICATES]) as z.ZodType;
  const result = schema.safeParse(value);
  if (result.success) return [];
  return issuesToDiagnostics(source, root, withKeyHints(result.error.issues, schema), path);
}
