import { formatNumber } from '../core/number.js';
import type { Data } from '../data/model.js';
import { type ExploreMessages, enExplore } from '../messages/en/explore.js';
import type { ExploreFamily } from './explore.js';
import { recordTitle } from './explore-title.js';
import { wrap } from './plain-text.js';

type Rec = Record<string, unknown>;

const RULE_KEYS = ['all', 'any', 'not', 'degree', 'license', 'experience', 'certification', 'exam', 'ce'];
/** Shown first (title, summary) or last (sources), or not at all, rather than as plain fields. */
const SKIP = new Set(['id', 'name', 'abbreviation', 'summary', 'sources', 'source']);
/** Fields holding an organization id, shown by name. */
const REFERS_TO_ORGANIZATION = new Set(['issuer', 'accreditor']);

function isRec(value: unknown): value is Rec {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isRule(value: unknown): value is Rec {
  return isRec(value) && RULE_KEYS.some((key) => key in value);
}

/** A value in the run's language: figures as figures, vocabulary words in the language, ids as they are. */
function scalar(value: unknown, key: string, data: Data, words: ExploreMessages): string {
  if (value === null || value === undefined) return words.unknown(key);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  // Up to two decimals: a review of 1.4 months is not "1".
  if (typeof value === 'number') return formatNumber(value, 2);
  return words.value(key, String(value), data);
}

function isRange(value: Rec): boolean {
  return Object.keys(value).every((key) => key === 'min' || key === 'max');
}

function ruleLines(rule: Rec, indent: string, width: number, words: ExploreMessages): string[] {
  const text = typeof rule.requirement === 'string' ? rule.requirement : undefined;
  const children = Array.isArray(rule.all) ? rule.all : Array.isArray(rule.any) ? rule.any : undefined;
  const lines: string[] = [];
  const head = (line: string) => lines.push(...wrap(line, width, indent, '• '));
  if (children) {
    head(words.ruleParts(text, Array.isArray(rule.all)));
    for (const child of children)
      if (isRec(child)) lines.push(...ruleLines(child, `${indent}  `, width, words));
  } else if (isRec(rule.not)) {
    head(text ?? words.ruleNot);
    lines.push(...ruleLines(rule.not, `${indent}  `, width, words));
  } else {
    head(text ?? words.label(RULE_KEYS.find((key) => key in rule) ?? 'rule'));
  }
  return lines;
}

function fieldLines(
  key: string,
  value: unknown,
  indent: string,
  width: number,
  data: Data,
  words: ExploreMessages,
): string[] {
  const name = words.label(key);
  if (REFERS_TO_ORGANIZATION.has(key) && typeof value === 'string') {
    const organization = data.byId.organizations.get(value);
    if (organization)
      return wrap(`${organization.name} (${organization.abbreviation})`, width, indent, `${name}: `);
  }
  if (isRule(value)) return [`${indent}${name}:`, ...ruleLines(value, `${indent}  `, width, words)];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}${name}: ${words.none(key)}`];
    if (value.every((item) => !isRec(item)))
      return wrap(
        words.join(value.map((item) => scalar(item, key, data, words))),
        width,
        indent,
        `${name}: `,
      );
    const lines = [`${indent}${name}:`];
    value.forEach((item, index) => {
      if (!isRec(item)) return;
      const lead = `${index + 1}. `;
      lines.push(...wrap(itemTitle(item, key, words), width, `${indent}  `, lead));
      for (const [childKey, child] of Object.entries(item)) {
        if (childKey === 'title' || childKey === 'effective' || SKIP.has(childKey)) continue;
        lines.push(
          ...fieldLines(childKey, child, `${indent}  ${' '.repeat(lead.length)}`, width, data, words),
        );
      }
    });
    return lines;
  }
  if (isRec(value)) {
    if (isRange(value)) {
      const [min, max] = [scalar(value.min, key, data, words), scalar(value.max, key, data, words)];
      return wrap(value.min === value.max ? min : `${min}–${max}`, width, indent, `${name}: `);
    }
    const lines = [`${indent}${name}:`];
    for (const [childKey, child] of Object.entries(value)) {
      if (!SKIP.has(childKey)) lines.push(...fieldLines(childKey, child, `${indent}  `, width, data, words));
    }
    return lines;
  }
  return wrap(scalar(value, key, data, words), width, indent, `${name}: `);
}

/** What a list item is called: its title, id, or the month it takes effect. */
function itemTitle(item: Rec, list: string, words: ExploreMessages): string {
  if (typeof item.title === 'string') return item.title;
  if (typeof item.effective === 'string') return words.from(item.effective);
  if (typeof item.id === 'string') return item.id;
  return words.item(list);
}

/** Every source anywhere in the record, once each, in the order met. */
function collectSources(value: unknown, out = new Map<string, Rec>()): Map<string, Rec> {
  if (Array.isArray(value)) {
    for (const item of value) collectSources(item, out);
  } else if (isRec(value)) {
    for (const [key, child] of Object.entries(value)) {
      const found = key === 'sources' && Array.isArray(child) ? child : key === 'source' ? [child] : [];
      for (const source of found) {
        if (isRec(source)) out.set(`${source.url ?? ''}\u0000${source.title}`, source);
      }
      collectSources(child, out);
    }
  }
  return out;
}

/** `explore FAMILY ID`: one record in readable text, every source and its date at the end. */
export function renderRecord(
  record: Rec,
  family: ExploreFamily,
  data: Data,
  width = 80,
  words: ExploreMessages = enExplore,
): string {
  // A long name (a Spanish one with its English in parentheses) wraps like any other line.
  const lines = [...wrap(recordTitle(record, words), width), `${family} · ${String(record.id)}`, ''];
  if (typeof record.summary === 'string') lines.push(...wrap(record.summary, width), '');
  for (const [key, value] of Object.entries(record)) {
    if (SKIP.has(key)) continue;
    // A license the data credits but does not plan (the LMFT) lists no exams because its states'
    // exams are not in the data, not because it has none.
    if (record.planned === false && key === 'exams' && Array.isArray(value) && value.length === 0) {
      lines.push(`${words.label(key)}: ${words.unknown(key)}`);
      continue;
    }
    lines.push(...fieldLines(key, value, '', width, data, words));
  }
  const sources = [...collectSources(record).values()];
  if (sources.length > 0) {
    lines.push('', words.sources);
    for (const source of sources) {
      lines.push(...wrap(words.source(String(source.title), String(source.as_of)), width, '  ', '• '));
      if (typeof source.url === 'string') lines.push(`    ${source.url}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
