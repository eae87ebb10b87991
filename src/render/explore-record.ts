import { formatNumber } from '../core/number.js';
import type { Data } from '../data/model.js';
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

function label(key: string): string {
  return key.replace(/_usd$/, ' (USD)').replace(/_/g, ' ');
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'unknown';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

function isRange(value: Rec): boolean {
  return Object.keys(value).every((key) => key === 'min' || key === 'max');
}

function ruleLines(rule: Rec, indent: string, width: number): string[] {
  const text = typeof rule.requirement === 'string' ? rule.requirement : undefined;
  const children = Array.isArray(rule.all) ? rule.all : Array.isArray(rule.any) ? rule.any : undefined;
  const lines: string[] = [];
  const head = (words: string) => lines.push(...wrap(words, width, indent, '• '));
  if (children) {
    const joiner = Array.isArray(rule.all) ? 'all of' : 'one of';
    head(text ? `${text} — ${joiner}:` : `${joiner}:`);
    for (const child of children) if (isRec(child)) lines.push(...ruleLines(child, `${indent}  `, width));
  } else if (isRec(rule.not)) {
    head(text ?? 'not:');
    lines.push(...ruleLines(rule.not, `${indent}  `, width));
  } else {
    head(text ?? RULE_KEYS.find((key) => key in rule) ?? 'rule');
  }
  return lines;
}

function fieldLines(key: string, value: unknown, indent: string, width: number, data: Data): string[] {
  const name = label(key);
  if (REFERS_TO_ORGANIZATION.has(key) && typeof value === 'string') {
    const organization = data.byId.organizations.get(value);
    if (organization)
      return wrap(`${organization.name} (${organization.abbreviation})`, width, indent, `${name}: `);
  }
  if (isRule(value)) return [`${indent}${name}:`, ...ruleLines(value, `${indent}  `, width)];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}${name}: none`];
    if (value.every((item) => !isRec(item)))
      return wrap(value.map(scalar).join(', '), width, indent, `${name}: `);
    const lines = [`${indent}${name}:`];
    value.forEach((item, index) => {
      if (!isRec(item)) return;
      const lead = `${index + 1}. `;
      lines.push(...wrap(itemTitle(item), width, `${indent}  `, lead));
      for (const [childKey, child] of Object.entries(item)) {
        if (childKey === 'title' || childKey === 'effective' || SKIP.has(childKey)) continue;
        lines.push(...fieldLines(childKey, child, `${indent}  ${' '.repeat(lead.length)}`, width, data));
      }
    });
    return lines;
  }
  if (isRec(value)) {
    if (isRange(value)) {
      const text = value.min === value.max ? scalar(value.min) : `${scalar(value.min)}–${scalar(value.max)}`;
      return wrap(text, width, indent, `${name}: `);
    }
    const lines = [`${indent}${name}:`];
    for (const [childKey, child] of Object.entries(value)) {
      if (!SKIP.has(childKey)) lines.push(...fieldLines(childKey, child, `${indent}  `, width, data));
    }
    return lines;
  }
  return wrap(scalar(value), width, indent, `${name}: `);
}

/** What a list item is called: its title, id, or the month it takes effect. */
function itemTitle(item: Rec): string {
  if (typeof item.title === 'string') return item.title;
  if (typeof item.effective === 'string') return `from ${item.effective}`;
  if (typeof item.id === 'string') return item.id;
  return 'item';
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
export function renderRecord(record: Rec, family: ExploreFamily, data: Data, width = 80): string {
  const lines = [`${recordTitle(record)}`, `${family} · ${String(record.id)}`, ''];
  if (typeof record.summary === 'string') lines.push(...wrap(record.summary, width), '');
  for (const [key, value] of Object.entries(record)) {
    if (SKIP.has(key)) continue;
    lines.push(...fieldLines(key, value, '', width, data));
  }
  const sources = [...collectSources(record).values()];
  if (sources.length > 0) {
    lines.push('', 'Sources');
    for (const source of sources) {
      lines.push(...wrap(`${source.title} (as of ${source.as_of})`, width, '  ', '• '));
      if (typeof source.url === 'string') lines.push(`    ${source.url}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
