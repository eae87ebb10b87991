import { expect } from 'vitest';

type Messages = Readonly<Record<string, unknown>>;

/**
 * Two languages' messages have the same shape: the same keys (nested objects too), each of the
 * same kind; functions take the same number of parameters and say something for `args`. Where a
 * message writes one of its arguments into the English as it is (an id, a code, a count), the
 * other language writes it too, so no placeholder is lost or invented. `translates` lists the
 * messages that say their arguments in the language's own words (a month, a vocabulary value).
 */
export function expectSameMessages(
  english: Messages,
  other: Messages,
  args: Readonly<Record<string, readonly unknown[]>> = {},
  translates: ReadonlySet<string> = new Set(),
  path = '',
): void {
  expect(Object.keys(other).sort(), path || 'top level').toEqual(Object.keys(english).sort());
  for (const key of Object.keys(english)) {
    const at = path ? `${path}.${key}` : key;
    const en = english[key];
    const es = other[key];
    expect(typeof es, at).toBe(typeof en);
    if (typeof en === 'function' && typeof es === 'function') {
      expect(es.length, `${at}: parameters`).toBe(en.length);
      const given = args[at] ?? Array.from({ length: en.length }, (_, i) => `arg${i}`);
      const saidEn: unknown = en(...given);
      const saidEs: unknown = es(...given);
      expect(typeof saidEs, at).toBe(typeof saidEn);
      const text = (said: unknown) => (Array.isArray(said) ? said.join('\n') : String(said));
      expect(text(saidEs).trim(), at).not.toBe('');
      if (!translates.has(at)) {
        for (const value of placeholders(given)) {
          if (text(saidEn).includes(value)) expect(text(saidEs), `${at} keeps ${value}`).toContain(value);
        }
      }
    } else if (Array.isArray(en)) {
      expect(Array.isArray(es), at).toBe(true);
      for (const line of es as unknown[]) expect(typeof line, at).toBe('string');
    } else if (en !== null && typeof en === 'object') {
      expectSameMessages(en as Messages, es as Messages, args, translates, at);
    } else {
      expect(String(es).trim(), at).not.toBe('');
    }
  }
}

/** The strings and numbers among a message's arguments, nested lists and objects included. */
function placeholders(values: readonly unknown[]): string[] {
  return values.flatMap((value): string[] => {
    if (typeof value === 'string') return value.length >= 2 ? [value] : [];
    if (typeof value === 'number') return [String(value)];
    if (Array.isArray(value)) return placeholders(value);
    return [];
  });
}
