import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import type { Roadmap } from '../../src/roadmap/types.js';
import { MARIA, roadmapFor } from '../roadmap/helpers.js';

const CONTRACT_KEYS = [
  'version',
  'as_of',
  'profile',
  'goal',
  'certifications',
  'steps',
  'alternatives',
  'caveats',
];
const STEP_KEYS = [
  'id',
  'kind',
  'title',
  'status',
  'start',
  'end',
  'duration_months',
  'cost_usd',
  'why',
  'pay_after',
  'sources',
];

/** The same object with its keys reversed at every level: what a careless builder might produce. */
function shuffled<T>(value: T): T {
  if (Array.isArray(value)) return value.map(shuffled) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, shuffled(v)]),
    ) as T;
  }
  return value;
}

describe('renderJson', () => {
  const { roadmap } = roadmapFor(MARIA);

  it('puts the contract keys first and in order, whatever order the object has', () => {
    const text = renderJson(shuffled(roadmap));
    expect(text).toBe(renderJson(roadmap));
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, CONTRACT_KEYS.length)).toEqual(CONTRACT_KEYS);
    expect(Object.keys(parsed).slice(CONTRACT_KEYS.length)).toEqual(['standing', 'pay', 'answers']);
    const step = (parsed.steps as Record<string, unknown>[])[0]!;
    expect(Object.keys(step)).toEqual(STEP_KEYS);
    const verdict = (parsed.certifications as Record<string, unknown>[])[0]!;
    expect(Object.keys(verdict)).toEqual([
      'id',
      'name',
      'eligible',
      'status',
      'route',
      'routes',
      'eligible_from',
      'caveats',
      // Added later (0.2, roadmap only), alphabetically after the contract's.
      'disciplines',
      'fit',
      'held',
      'plan_route',
    ]);
  });

  it('keeps every value, nulls included, and ends with a newline', () => {
    const text = renderJson(roadmap);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(roadmap)));
    expect(text).toContain('"cost_usd": null');
  });

  it('places fields added to a type after the contract ones, alphabetically', () => {
    const extended = { ...roadmap, zeta: 1, alpha: 2 } as Roadmap;
    expect(Object.keys(JSON.parse(renderJson(extended))).slice(-5)).toEqual([
      'standing',
      'pay',
      'answers',
      'alpha',
      'zeta',
    ]);
  });
});
