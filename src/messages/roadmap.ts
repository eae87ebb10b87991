import type { AlternativeModel, PayPointModel, RoadmapModel, StepModel } from '../roadmap/model.js';
import type { Phrase } from '../roadmap/phrases/index.js';
import type { Alternative, PayPoint, Roadmap, RoadmapStep } from '../roadmap/types.js';
import type { LocaleFormat } from './locale-format.js';
import type { RoadmapFormat, RoadmapLanguage, RoadmapMessages } from './roadmap-messages.js';

/** The format a roadmap message gets: the language's formats, and `say` for phrases it holds. */
export function roadmapFormat(messages: RoadmapMessages, format: LocaleFormat): RoadmapFormat {
  const words: RoadmapFormat = {
    ...format,
    say: (p: Phrase) => (messages[p.code] as (params: unknown, f: RoadmapFormat) => string)(p.params, words),
  };
  return words;
}

/** Sentences said one after another; one that says nothing leaves no gap. */
export function sentences(list: readonly Phrase[], words: RoadmapFormat): string {
  let out = '';
  for (const p of list) {
    const text = words.say(p);
    if (text === '') continue;
    out = out === '' ? text : `${out} ${text}`;
  }
  return out;
}

/**
 * The roadmap contract in one language: every phrase of the planner's model said with the
 * language's messages, every other field as the model has it, in the contract's key order.
 */
export function wordRoadmap(model: RoadmapModel, language: RoadmapLanguage): Roadmap {
  const words = roadmapFormat(language.messages, language.format);
  const { goal } = model;
  return {
    version: model.version,
    as_of: model.as_of,
    profile: model.profile,
    goal: {
      specialization: goal.specialization,
      specialization_name: goal.specialization_name,
      certification: goal.certification,
      recommended: goal.recommended,
      ...(goal.certification_chosen !== undefined ? { certification_chosen: goal.certification_chosen } : {}),
      why: sentences(goal.why, words),
    },
    certifications: model.certifications,
    steps: model.steps.map((step) => wordStep(step, words)),
    alternatives: model.alternatives.map((alt) => wordAlternative(alt, words)),
    // Two phrases may still say the same thing: the contract lists each caveat once.
    caveats: [...new Set(model.caveats.map((c) => words.say(c)))],
    standing: model.standing.map((item) => ({ ok: item.ok, text: words.say(item.text) })),
    pay: model.pay.map((point) => wordPayPoint(point, words)),
    answers: model.answers.map((a) => ({
      id: a.id,
      question: words.say(a.question),
      answer: sentences(a.answer, words),
    })),
  };
}

function wordStep(step: StepModel, words: RoadmapFormat): RoadmapStep {
  return {
    id: step.id,
    kind: step.kind,
    title: words.say(step.title),
    status: step.status,
    start: step.start,
    end: step.end,
    duration_months: step.duration_months,
    cost_usd: step.cost_usd,
    ...(step.paid_with !== undefined ? { paid_with: step.paid_with } : {}),
    why: sentences(step.why, words),
    pay_after: step.pay_after,
    sources: step.sources,
    ...(step.job ? { job: step.job } : {}),
    ...(step.optional ? { optional: step.optional } : {}),
  };
}

function wordAlternative(alt: AlternativeModel, words: RoadmapFormat): Alternative {
  return {
    title: words.say(alt.title),
    saves_months: alt.saves_months,
    steps: alt.steps.map((s) => words.say(s)),
  };
}

function wordPayPoint(point: PayPointModel, words: RoadmapFormat): PayPoint {
  const { month, label, labelCredential: _credential, labelJob: _job, ...figures } = point;
  return { month, label: words.say(label), ...figures };
}
