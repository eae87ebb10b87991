import { describe, expect, it } from 'vitest';
import { loadRoadmapView } from '../../src/cli/roadmap-view.js';
import { stateName } from '../../src/core/state-names.js';
import { enRoadmapView } from '../../src/messages/en/roadmap-view.js';
import { esRoadmapView } from '../../src/messages/es/roadmap-view.js';
import type { RoadmapViewMessages } from '../../src/messages/roadmap-view-messages.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text/index.js';
import type { Roadmap } from '../../src/roadmap/types.js';
import { loadRoadmap, ROADMAP_FIXTURES } from '../fixtures/load.js';
import { expectSameMessages } from '../helpers/same-messages.js';

/** Arguments the parity check gives the messages that need more than a placeholder. */
const ARGS: Record<string, readonly unknown[]> = {
  'format.month': ['2026-11'],
  'format.monthShort': ['2026-11'],
  'format.amount': [2253.5],
  'format.hours': [2080, 'up'],
  'format.money': [1234],
  'format.moneyRange': [395, 470],
  'markdown.missingList': [["A master's degree", 'A rehabilitation internship']],
  'format.count': [2, 'term'],
  'format.joinAnd': [['uno', 'dos', 'tres']],
  'format.joinOr': [['uno', 'dos']],
  status: [{ status: 'not-yet', eligible_from: '2027-10' }],
  goal: [true],
  from: ['2028-06'],
  otherDisciplines: [[{ people: 'nurses', labels: ['ACM-RN', 'CMGT-BC'] }], 3, 'casemgr-path eligibility'],
  months: [4.5],
  saves: ['<4.5 months>'],
  knownFees: ['$430'],
  noPublishedFee: [2],
  costsAhead: [['<first part>', '<second part>']],
  disciplinePeople: [['nursing', 'social-work']],
  median: ['$93,600'],
  spread: ['$66,030–$135,320'],
  paidAsAll: ['registered nurses'],
  stateMedianWhat: ['NY', 'child, family, and school social workers', 'May 2024'],
  period: ['May 2024'],
  paySources: [['<source one>', '<source two>']],
  sourceAsOf: ['BLS Occupational Outlook Handbook', '2025-08'],
  'text.title': ['Maria Lopez'],
  'text.asOf': ['2026-11'],
  'text.andMore': [2],
  'text.forPeople': ['<people>', ['ACM-RN', 'CMGT-BC']],
  'text.moreCerts': [3, 'CMC, CDMS', 'casemgr-path eligibility --profile maria.yaml'],
  'text.moreNotes': [2, 'casemgr-path eligibility --profile maria.yaml'],
  'text.sourcesAndDates': ['casemgr-path explore certifications ccm'],
  'text.sourcesFrom': ['2024-01', '2025-08', '–'],
  'markdown.title': ['Maria Lopez'],
  'markdown.asOf': ['2026-11'],
  'markdown.inArea': ['<area>'],
  'markdown.andMore': [2],
  'markdown.paidAs': ['registered nurses'],
  'markdown.stateMedian': ['NY', '$46,210'],
  'markdown.stateColumn': ['NY'],
  'markdown.asOfRaw': ['2025-08'],
  'html.title': ['Maria Lopez'],
  'html.asOfLead': ['2026-11'],
  'html.asOf': ['2026-11'],
  'html.footer': ['2026-11'],
  'html.haveNeed': ['<have>', '<need>'],
  'html.andMore': [2],
  'html.timeline': ['2026-11'],
  'html.nowMonth': ['2026-11'],
};

/** Messages that say their arguments in the language's own words (a month, a discipline, a period). */
const TRANSLATES = new Set([
  'format.month',
  'format.monthShort',
  'status',
  'from',
  'disciplinePeople',
  'stateMedianWhat',
  'period',
  'sourceAsOf',
  'text.asOf',
  'text.sourcesFrom',
  'markdown.asOf',
  'markdown.asOfRaw',
  'html.asOfLead',
  'html.asOf',
  'html.footer',
  'html.timeline',
  'html.nowMonth',
]);

describe('the roadmap views in Spanish: the messages', () => {
  it('have every English key, each of the same kind, parameters and placeholders', () => {
    expectSameMessages(enRoadmapView as never, esRoadmapView as never, ARGS, TRANSLATES);
  });

  it('have as many columns and a word for every step status', () => {
    for (const part of ['markdown', 'html'] as const) {
      expect(esRoadmapView[part].certColumns).toHaveLength(enRoadmapView[part].certColumns.length);
      expect(Object.keys(esRoadmapView[part].stepStatus).sort()).toEqual(
        Object.keys(enRoadmapView[part].stepStatus).sort(),
      );
    }
    expect(esRoadmapView.markdown.payColumns).toHaveLength(enRoadmapView.markdown.payColumns.length);
    expect(esRoadmapView.text.note).toHaveLength(4);
  });

  it('are what loadRoadmapView gives for Spanish; English stays the default', async () => {
    expect(await loadRoadmapView('es')).toBe(esRoadmapView);
    expect(await loadRoadmapView('en')).toBe(enRoadmapView);
  });
});

/** The model's own prose (the planner's and the data's words), which the views only pass on. */
const PROSE = new Set([
  'answer',
  'caveats',
  'employer',
  'have',
  'label',
  'level',
  'minimum_qualifications',
  'name',
  'need',
  'occupation',
  'question',
  'requirement',
  'specialization_name',
  'state_median_occupation',
  'text',
  'title',
  'why',
]);

/** The model with every prose string said as "Ω" (the alternatives' step names too), ids, months and figures kept. */
function withoutProse(value: unknown, key = ''): unknown {
  if (key === 'profile') return value;
  if (PROSE.has(key) || (key === 'steps' && Array.isArray(value) && typeof value[0] === 'string')) {
    return Array.isArray(value) ? value.map(() => 'Ω') : typeof value === 'string' ? 'Ω' : value;
  }
  if (Array.isArray(value)) return value.map((item) => withoutProse(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutProse(v, k)]));
  }
  return value;
}

/** The words a reader sees: no tags, styles, entities, web addresses or host names. */
function words(view: string): Set<string> {
  const visible = view
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[\w-]+(?:\.[a-z][\w-]*)+/g, ' ');
  return new Set(visible.match(/[A-Za-zÁÉÍÓÚÑáéíóúñü]{3,}/g) ?? []);
}

/** Words both languages write: the commands a person types, the tool's name, official names. */
const SAME_IN_BOTH = new Set([
  ...['casemgr', 'path', 'eligibility', 'explore', 'certifications', 'profile', 'maria', 'yaml', 'BLS'],
  ...['PLAN', 'Plan', 'plan', 'Jul'],
]);

/** The model's own names the views pass on: the person's, their state's, the area's id, the ids. */
function modelWords(model: Roadmap): Set<string> {
  const names = [
    model.profile.name ?? '',
    model.profile.state ? stateName(model.profile.state) : '',
    model.goal.specialization ?? '',
    ...model.certifications.flatMap((cert) => [cert.id, cert.id.toUpperCase()]),
  ];
  return new Set(names.flatMap((name) => name.split(/[^A-Za-zÁÉÍÓÚÑáéíóúñü]+/)));
}

type Render = (model: Roadmap, view?: RoadmapViewMessages) => string;
const VIEWS: Record<string, Render> = {
  text: (model, view) => renderText(model, { width: 80, view, profilePath: 'maria.yaml' }),
  'text, narrow and ASCII': (model, view) =>
    renderText(model, { width: 50, unicode: false, view, profilePath: 'maria.yaml' }),
  markdown: (model, view) => renderMarkdown(model, { view }),
  html: (model, view) => renderHtml(model, { view }),
};

const SPANISH_MONTH =
  /\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d\b/;

describe('the roadmap views in Spanish: an English model rendered with the Spanish view words', async () => {
  const view = await loadRoadmapView('es');

  it.each(ROADMAP_FIXTURES)('%s: headings, months and the page language are Spanish', (name) => {
    const model = loadRoadmap(name);
    const text = VIEWS.text!(model, view);
    expect(text).toContain(' SU PLAN');
    expect(text).toContain(' CERTIFICACIONES');
    expect(text).not.toMatch(/YOUR PLAN|WHERE YOU STAND|CERTIFICATIONS|PAY ALONG THE WAY/);
    expect(text).toMatch(SPANISH_MONTH);
    const md = VIEWS.markdown!(model, view);
    expect(md).toContain('## Su plan');
    expect(md).toContain('## Certificaciones');
    expect(md).toContain('| Certificación | Estado | Cuándo | Lo que falta |');
    expect(md).toMatch(SPANISH_MONTH);
    expect(md).not.toMatch(/## (Your plan|Where you stand|Certifications|Pay along the way|Notes|Sources)\b/);
    const html = VIEWS.html!(model, view);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<h2>Su plan</h2>');
    expect(html).toMatch(SPANISH_MONTH);
    expect(html).not.toMatch(/<h2>(Your plan|Where you stand|Certifications|Notes|Sources)<\/h2>/);
    if (model.standing.length > 0) {
      expect(text).toContain(' SU SITUACIÓN ACTUAL');
      expect(md).toContain('## Su situación actual');
    }
  });

  for (const [format, render] of Object.entries(VIEWS)) {
    it.each(ROADMAP_FIXTURES)(`${format}, %s: no English word of the view's own is left`, (name) => {
      const model = withoutProse(loadRoadmap(name)) as Roadmap;
      const english = words(render(model));
      const own = modelWords(model);
      const left = [...words(render(model, view))].filter(
        (word) => english.has(word) && !SAME_IN_BOTH.has(word) && !own.has(word),
      );
      expect(left).toEqual([]);
    });
  }
});

describe('the Spanish pay table', () => {
  it('names pay today off the ladder by the role held, in Spanish', () => {
    const md = esRoadmapView.markdown;
    expect(md.levelName('licensed-practical-nurse')).toBe(
      'enfermera(o) práctica(o) con licencia (LPN o LVN)',
    );
    expect(md.levelName('counselor')).toBe('consejero(a)');
    expect(md.levelName('case-manager')).toBe('administrador(a) de casos');
  });
});
