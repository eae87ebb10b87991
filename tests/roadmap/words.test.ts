import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/api/evaluate.js';
import { planRoadmap } from '../../src/api/plan.js';
import { enFormat } from '../../src/messages/en/format.js';
import { enRoadmap, enRoadmapLanguage } from '../../src/messages/en/roadmap/index.js';
import { wordRoadmap } from '../../src/messages/roadmap.js';
import type { RoadmapMessages } from '../../src/messages/roadmap-messages.js';
import { planRoadmapModel } from '../../src/roadmap/plan.js';
import { fixtureData } from '../fixtures/roadmap/data.js';
import { AS_OF, MARIA, profileOf } from './helpers.js';

/** The planner returns phrases; the words are made at the edge, in the language given. */
describe('the planner builds no sentences', () => {
  const data = fixtureData();
  const profile = profileOf(MARIA);
  const report = evaluate(profile, data, { asOf: AS_OF });
  const model = planRoadmapModel(profile, data, report, { asOf: AS_OF });

  it('returns phrases where the contract has prose', () => {
    for (const step of model.steps) {
      expect(typeof step.title.code).toBe('string');
      for (const p of step.why) expect(typeof p.code).toBe('string');
    }
    for (const answer of model.answers) expect(typeof answer.question.code).toBe('string');
    for (const item of model.standing) expect(typeof item.text.code).toBe('string');
  });

  it('words the model the same way planRoadmap does', () => {
    expect(wordRoadmap(model, enRoadmapLanguage)).toEqual(
      planRoadmap(profile, data, report, { asOf: AS_OF }),
    );
  });

  it('says a roadmap in the language it is given, and only its prose changes', () => {
    // A stand-in language: every message says its own code.
    const codes = Object.fromEntries(Object.keys(enRoadmap).map((code) => [code, () => `<${code}>`]));
    const language = { messages: codes as unknown as RoadmapMessages, format: enFormat };
    const english = planRoadmap(profile, data, report, { asOf: AS_OF });
    const other = planRoadmap(profile, data, report, { asOf: AS_OF, language });
    expect(other.steps.map((s) => s.title).every((t) => /^<[a-z-]+\.?[a-z.-]*>$/.test(t))).toBe(true);
    const machine = (r: typeof english) =>
      r.steps.map(({ id, kind, status, start, end, cost_usd, pay_after, sources }) => ({
        id,
        kind,
        status,
        start,
        end,
        cost_usd,
        pay_after,
        sources,
      }));
    expect(machine(other)).toEqual(machine(english));
  });
});
