import { enRoadmapView } from '../messages/en/roadmap-view.js';
import type { RoadmapViewMessages } from '../messages/roadmap-view-messages.js';
import type { PayAfter, Roadmap, RoadmapCertification, RoadmapStep } from '../roadmap/types.js';
import {
  areaWords,
  costText as costWords,
  nationalPayText,
  pageCertifications,
  paidAsText,
  restsOnReading,
  shownRoute,
} from './format.js';

/** The Markdown view's options. */
export interface MarkdownOptions {
  /** The view's own words; default English. */
  view?: RoadmapViewMessages;
}

/**
 * The roadmap as Markdown a counselor can paste into notes or an e-mail: the goal, where the person
 * stands, the plan as a checklist (`- [x]` done, `- [ ]` open) with dates, costs and reasons,
 * shorter alternatives, pay, answers, caveats and numbered sources.
 */
export function renderMarkdown(roadmap: Roadmap, options: MarkdownOptions = {}): string {
  const say = options.view ?? enRoadmapView;
  const md = say.markdown;
  const sources = new SourceList();
  const out: string[] = [];
  out.push(`# ${md.title(roadmap.profile.name ? esc(roadmap.profile.name) : null)}`, '');
  out.push(`${md.asOf(roadmap.as_of)}${roadmap.profile.state ? ` · ${roadmap.profile.state}` : ''}`, '');
  out.push(...goal(roadmap, say), '');

  if (roadmap.standing.length > 0) {
    out.push(`## ${say.headings.standing}`, '');
    for (const item of roadmap.standing) {
      const mark = item.ok === true ? '✔' : item.ok === 'partial' ? '~' : '✘';
      out.push(`- ${mark} ${esc(item.text)}`);
    }
    out.push('');
  }

  out.push(
    `## ${say.headings.certifications}`,
    '',
    `| ${md.certColumns.join(' | ')} |`,
    '| --- | --- | --- | --- |',
  );
  // The order of every other view: the goal and what fits the person first; certifications for
  // another discipline are named under the table, and their notes left to the eligibility command.
  const { shown, notes, left } = pageCertifications(roadmap, say, '`casemgr-path eligibility`');
  for (const verdict of shown) out.push(certificationRow(verdict, say));
  out.push('');
  if (left) out.push(esc(left), '');

  out.push(`## ${say.headings.plan}`, '');
  if (roadmap.steps.length === 0) out.push(md.noSteps);
  for (const [i, step] of roadmap.steps.entries())
    out.push(...stepLines(step, i + 1, roadmap.steps, sources, say));
  out.push('');

  if (roadmap.alternatives.length > 0) {
    out.push(`## ${md.shorterWays}`, '');
    for (const alt of roadmap.alternatives) {
      out.push(
        `- **${esc(alt.title)}** — ${say.saves(say.months(alt.saves_months))}: ${alt.steps.map(esc).join(' → ')}`,
      );
    }
    out.push('');
  }

  if (roadmap.pay.length > 0) out.push(...payTable(roadmap, sources, say), '');

  if (roadmap.answers.length > 0) {
    out.push(`## ${md.questions}`, '');
    for (const a of roadmap.answers) out.push(`**${esc(a.question)}** ${esc(a.answer)}`, '');
  }

  // Every caveat of every verdict the page shows, not only the goal's.
  if (notes.length > 0) {
    out.push(`## ${say.headings.notes}`, '', md.notesIntro, '');
    for (const note of notes) {
      const about = note.about.length > 0 ? `**${note.about.map(esc).join(', ')}:** ` : '';
      out.push(`- ${about}${esc(note.text)}`);
    }
    out.push('');
  }

  if (sources.size > 0) {
    out.push(`## ${say.headings.sources}`, '');
    for (const [i, s] of sources.entries()) out.push(`${i + 1}. <${s.url}> (${md.asOfRaw(s.as_of)})`);
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function goal(roadmap: Roadmap, say: RoadmapViewMessages): string[] {
  const { goal: g } = roadmap;
  const md = say.markdown;
  const cert = roadmap.certifications.find((c) => c.id === g.certification);
  const parts = [
    cert
      ? // A name with its own parentheses (Accredited Case Manager (RN)) takes its label first.
        cert.name.includes('(')
        ? `${g.certification?.toUpperCase()} — ${esc(cert.name)}`
        : `${esc(cert.name)} (${g.certification?.toUpperCase()})`
      : g.certification
        ? g.certification.toUpperCase()
        : md.noGoal,
    areaWords(g) ? md.inArea(esc(areaWords(g)!)) : '',
    // A goal the person already holds is kept current, not recommended to them.
    g.recommended && !cert?.held ? (g.certification_chosen ? md.areaRecommended : md.recommended) : '',
  ].filter(Boolean);
  return [`**${say.goal(false)}** ${parts.join(' ')}`, '', `> ${esc(g.why)}`];
}

function certificationRow(v: RoadmapCertification, say: RoadmapViewMessages): string {
  const when = v.held
    ? '—'
    : v.status === 'eligible'
      ? say.now
      : v.eligible_from
        ? say.format.monthShort(v.eligible_from)
        : '—';
  // The route the plan follows (or would follow), as the terminal and the page show it.
  const route = shownRoute(v);
  // Every missing item: a document has room, and "and 2 more" hid the very requirement a reader
  // needed (the license and the CE of the C-ASWCM). A need that only restates its requirement
  // (the CRC's degree) is not said twice.
  const missing =
    v.status === 'unconfirmed'
      ? say.markdown.noVerdict
      : v.status === 'eligible' || !route
        ? ''
        : say.markdown.missingList(
            route.missing.map((m) =>
              restates(m.requirement, m.need) ? m.requirement : `${m.requirement}: ${m.need}`,
            ),
          );
  return `| ${cell(v.id.toUpperCase())} — ${cell(v.name)} | ${cell(say.status(v))}${restsOnReading(v) ? say.markdown.toConfirm : ''} | ${when} | ${cell(missing)} |`;
}

/** The words of a need that are all, but for "or higher", in its requirement (and no new number). */
function restates(requirement: string, need: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/\bor higher\b|\bo superior\b/g, '')
      // Letters of any language: "más" is a word of its own, not "m" and "s" (a Spanish need's
      // "2,080 horas más" was taken to restate its requirement and dropped).
      .split(/[^\p{L}\p{N}'’]+/u)
      .filter((w) => w.length > 2);
  const said = new Set(words(requirement));
  const needWords = words(need);
  return needWords.length > 0 && needWords.every((w) => said.has(w));
}

function stepLines(
  step: RoadmapStep,
  n: number,
  all: readonly RoadmapStep[],
  sources: SourceList,
  say: RoadmapViewMessages,
): string[] {
  const md = say.markdown;
  const box = step.status === 'done' || step.status === 'n-a' ? '[x]' : '[ ]';
  const title = step.status === 'n-a' ? `~~${esc(step.title)}~~` : `**${esc(step.title)}**`;
  const facts: string[] = [md.stepStatus[step.status]];
  const dates = dateText(step, say);
  if (dates) facts.push(dates);
  const cost = step.status !== 'done' && step.status !== 'n-a' ? costText(step, say) : '';
  if (cost) facts.push(cost);
  const lines = [`- ${box} ${n}. ${title} — ${facts.join(' · ')}`, `  - ${md.why} ${esc(step.why)}`];
  // The step's own sources are numbered first, then those of the pay it leads to.
  const refs = step.sources.filter((s) => s.url).map((s) => sources.ref(s));
  const pay = step.pay_after;
  const previous = previousPay(step, all);
  if (pay && step.status !== 'done' && step.status !== 'n-a' && !samePay(pay, previous)) {
    const paidAs = paidAsText(pay, say);
    const [state] = (pay.state_median_period ?? '').split(', ');
    const inState =
      pay.state_median_usd && state ? md.stateMedian(esc(state), say.format.money(pay.state_median_usd)) : '';
    lines.push(
      `  - ${md.payAfter} ${md.levelName(pay.level)}${paidAs ? md.paidAs(esc(paidAs)) : ''}: ${esc(nationalPayText(pay, md.yearlyNationally, say))}${inState}${sourceRefs(pay, sources, say)}`,
    );
  }
  if (refs.length > 0)
    lines.push(`  - ${md.sourcesLabel} ${[...new Set(refs)].map((r) => `[${r}]`).join(' ')}`);
  return lines;
}

function dateText(step: RoadmapStep, say: RoadmapViewMessages): string {
  const month = say.format.month;
  if (step.status === 'done') return step.end ? month(step.end) : '';
  if (!step.start) return '';
  if (!step.end || step.end === step.start) return month(step.start);
  return `${month(step.start)} → ${month(step.end)} (${say.months(step.duration_months ?? 0)})`;
}

function costText(step: RoadmapStep, say: RoadmapViewMessages): string {
  if (step.cost_usd) return costWords(step.cost_usd, '–', say);
  // Its fee is the one paid at an earlier step (a license issued on its application's fee).
  if (step.paid_with !== undefined) return '';
  // Working and job hunting cost nothing to list; anything with a fee or dues says it is unknown.
  return step.kind === 'career' || step.kind === 'experience' || step.kind === 'job'
    ? ''
    : say.markdown.costNotPublished;
}

/** The pay the step before this one (in plan order) leads to, so only changes are printed. */
function previousPay(step: RoadmapStep, all: readonly RoadmapStep[]): PayAfter | null {
  const open = all.filter((s) => s.status !== 'done' && s.status !== 'n-a' && s.pay_after);
  const at = open.indexOf(step);
  return at > 0 ? (open[at - 1]?.pay_after ?? null) : null;
}

/**
 * Pay along the way: each figure with the BLS occupation it is, the state's median beside it and
 * the sources it is read from (numbered in the list at the end), then what the figures cover.
 */
function payTable(roadmap: Roadmap, sources: SourceList, say: RoadmapViewMessages): string[] {
  const md = say.markdown;
  const states = [
    ...new Set(
      roadmap.pay.filter((p) => p.state_median_usd).map((p) => p.state_median_period?.split(', ')[0] ?? ''),
    ),
  ];
  const stateColumn =
    states.length === 1 ? md.stateColumn(cell(states[0]!)) : states.length > 1 ? md.stateColumnMany : null;
  const lines = [
    `## ${say.headings.pay}`,
    '',
    `| ${md.payColumns.join(' | ')} |${stateColumn ? ` ${stateColumn} |` : ''} ${md.sourcesColumn} |`,
    `| --- | --- | --- | --- | --- |${stateColumn ? ' --- |' : ''} --- |`,
  ];
  for (const p of roadmap.pay) {
    const now = p.month === roadmap.as_of;
    const when = now ? say.now : say.format.monthShort(p.month);
    const after = now ? md.today : cell(p.label);
    const paidAs = paidAsText(p, say);
    const state = stateColumn
      ? ` ${p.state_median_usd ? `${say.format.money(p.state_median_usd)}${states.length > 1 || p.state_median_period?.split(', ')[1] !== p.period ? ` (${cell(statePeriod(p.state_median_period ?? '', say))})` : ''}` : '—'} |`
      : '';
    lines.push(
      `| ${when} | ${after} | ${cell(md.levelName(p.level))} | ${paidAs ? cell(paidAs) : '—'} | ${cell(nationalPayText(p, '', say))}${p.open_ended ? md.andUp : ''} |${state} ${sourceRefs(p, sources, say).trim() || '—'} |`,
    );
  }
  // What the figures are, for figures that say which BLS occupation they are.
  if (roadmap.pay.some((p) => p.occupation)) lines.push('', say.payNote);
  return lines;
}

/** " [3] [9]": the pay figures' sources as numbers in the list at the end, or their titles where they have no address. */
function sourceRefs(pay: PayAfter, sources: SourceList, say: RoadmapViewMessages): string {
  const refs = (pay.sources ?? []).map((s) =>
    s.url ? `[${sources.ref(s)}]` : `(${cell(s.title)}, ${say.markdown.asOfRaw(s.as_of)})`,
  );
  return refs.length > 0 ? ` ${[...new Set(refs)].join(' ')}` : '';
}

function samePay(a: PayAfter, b: PayAfter | null): boolean {
  return b !== null && a.level === b.level && a.min_usd === b.min_usd && a.max_usd === b.max_usd;
}

class SourceList {
  private readonly keys = new Map<string, number>();
  private readonly list: { url?: string; as_of: string }[] = [];

  ref(source: { url?: string; as_of: string }): number {
    const key = `${source.url ?? ''}|${source.as_of}`;
    let index = this.keys.get(key);
    if (index === undefined) {
      this.list.push(source);
      index = this.list.length;
      this.keys.set(key, index);
    }
    return index;
  }

  get size(): number {
    return this.list.length;
  }

  entries() {
    return this.list.entries();
  }
}

/** "NY, May 2024": a state median's state and BLS period, the period in the view's words. */
function statePeriod(raw: string, say: RoadmapViewMessages): string {
  const at = raw.indexOf(', ');
  return at < 0 ? raw : `${raw.slice(0, at + 2)}${say.period(raw.slice(at + 2))}`;
}

/**
 * Escapes the characters Markdown would read as formatting; a web address inside the text becomes
 * an autolink instead, so its underscores are not escaped into the link.
 */
function esc(text: string): string {
  // Most sentences hold nothing to escape and no address: they are returned as they are.
  if (!NEEDS_ESCAPE.test(text)) return text;
  // A command in backticks (`casemgr-path explore salaries`) stays a code span a reader can copy;
  // everything else is escaped.
  return text
    .split(CODE_SPAN)
    .map((piece, j) =>
      j % 2 === 1
        ? piece
        : piece
            .split(URL_IN_TEXT)
            .map((part, i) => (i % 2 === 1 ? `<${part}>` : part.replace(/([\\`*_[\]<>])/g, '\\$1')))
            .join(''),
    )
    .join('');
}

const CODE_SPAN = /(`[^`\n]+`)/;

/** Anything `esc` changes: a character Markdown reads as formatting, or an http(s) address. */
const NEEDS_ESCAPE = /[\\`*_[\]<>]|https?:\/\//;

/** An http(s) address, without the closing punctuation of the sentence around it. */
const URL_IN_TEXT = /(https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"])/;

function cell(text: string): string {
  return esc(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
