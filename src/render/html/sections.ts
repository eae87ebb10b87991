/** The sections of the printable page, each a function from (part of) the roadmap to HTML. */
import { formatMonth } from '../../core/month.js';
import { formatNumber } from '../../core/number.js';
import { stateName } from '../../core/state-names.js';
import type {
  Alternative,
  PayPoint,
  Roadmap,
  RoadmapCertification,
  RoadmapStep,
  StandingItem,
} from '../../roadmap/types.js';
import {
  areaWords,
  certLabel,
  costSummary,
  costText,
  monthsText,
  type Note,
  nextStep,
  PAY_NOTE,
  paidAsText,
  paySources,
  payText,
  restsOnReading,
  shownRoute,
  stateMedianWhat,
  statusWords,
  stepWhen,
} from '../format.js';
import { esc, hostOf, safeHref } from './escape.js';
import { STEP_MARKS, timelineHtml } from './timeline.js';

export function headerHtml(roadmap: Roadmap): string {
  const { goal, profile } = roadmap;
  const title = profile.name ? `Roadmap for ${esc(profile.name)}` : 'Your roadmap';
  const meta = [`As of ${esc(formatMonth(roadmap.as_of))}`];
  if (profile.state) meta.push(esc(stateName(profile.state)));
  const cert = goal.certification
    ? roadmap.certifications.find((c) => c.id === goal.certification)
    : undefined;
  const what: string[] = [];
  if (goal.certification) {
    what.push(
      cert ? `${esc(certLabel(goal.certification))} — ${esc(cert.name)}` : esc(certLabel(goal.certification)),
    );
  }
  const area = areaWords(goal);
  if (area) what.push(esc(area));
  const lead = goal.recommended ? 'Suggested goal:' : 'Goal:';
  const why = goal.recommended && goal.why.trim() ? `<p class="why">${esc(goal.why)}</p>` : '';
  const next = nextStep(roadmap.steps);
  const when = next ? stepWhen(next) : null;
  const nextLine = next
    ? `<p class="next"><strong>Next step:</strong> ${esc(next.title)}${when ? ` <span class="muted">(${esc(when)})</span>` : ''}</p>`
    : '';
  return `<header>
<p class="tool">casemgr-path</p>
<h1>${title}</h1>
<p class="meta">${meta.join(' · ')}</p>
<p class="goal"><strong>${lead}</strong> ${what.length > 0 ? what.join(' · ') : 'none chosen yet'}</p>
${why}
${nextLine}
</header>`;
}

export function standingHtml(items: StandingItem[]): string {
  if (items.length === 0) return '';
  const li = items.map((item) => {
    const [cls, mark, words] =
      item.ok === true
        ? ['ok', '✔', 'have']
        : item.ok === 'partial'
          ? ['partial', '~', 'partly']
          : ['no', '✘', 'missing'];
    return `<li><span class="mark ${cls}" aria-label="${words}">${mark}</span><span>${esc(item.text)}</span></li>`;
  });
  return `<section class="standing-section" id="standing"><h2>Where you stand</h2><ul class="standing">${li.join('')}</ul></section>`;
}

/** Missing items listed in full for the goal and for what opens with time; one for the rest. */
const MISSING_SHOWN_WHEN_FAR = 1;

function certDetail(cert: RoadmapCertification, isGoal: boolean): string {
  // The route the plan follows (or would follow), so what is missing agrees with the plan.
  const route = shownRoute(cert);
  if (cert.status === 'unconfirmed')
    return '<span class="muted">No verdict: the issuer&rsquo;s current rules are not confirmed in the sources we cite (see the note).</span>';
  if (cert.status === 'retired') return '<span class="muted">No longer issued.</span>';
  if (!route) return '';
  const title = `<div>${esc(route.title)}</div>`;
  if (route.missing.length === 0) return title;
  const limit = isGoal || cert.status === 'not-yet' ? route.missing.length : MISSING_SHOWN_WHEN_FAR;
  const items = route.missing
    .slice(0, limit)
    .map(
      (m) =>
        `<li>${esc(m.requirement)}<div class="have-need">have ${esc(m.have || 'nothing yet')} → need ${esc(m.need)}</div></li>`,
    );
  const more = route.missing.length - Math.min(limit, route.missing.length);
  if (more > 0)
    items.push(`<li class="muted small">and ${more} more (casemgr-path eligibility lists them all)</li>`);
  return `${title}<ul class="missing">${items.join('')}</ul>`;
}

export function certificationsHtml(certs: RoadmapCertification[], goalId: string | null): string {
  if (certs.length === 0) return '';
  const rows = certs.map(
    (cert) => `<tr>
<td><span class="cert-id">${esc(certLabel(cert.id))}</span><div class="small muted">${esc(cert.name)}</div></td>
<td><span class="badge s-${esc(cert.status)}">${esc(statusWords(cert))}</span>${restsOnReading(cert) ? '<div class="small muted">to confirm: see the notes</div>' : ''}</td>
<td>${certDetail(cert, cert.id === goalId)}</td>
</tr>`,
  );
  return `<section class="certs" id="certifications"><h2>Certifications</h2>
<table class="certs-table"><colgroup><col class="c1"><col class="c2"><col></colgroup><thead><tr><th>Certification</th><th>Status</th><th>Deciding route and what is missing</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></section>`;
}

const STATUS_WORDS: Record<RoadmapStep['status'], string> = {
  done: 'done',
  'in-progress': 'in progress',
  next: 'next',
  pending: 'planned',
  'n-a': 'not needed',
};

function stepMeta(step: RoadmapStep): string {
  if (step.status === 'done' || step.status === 'n-a') return '';
  const parts = [stepWhen(step) ?? 'no date yet'];
  if (step.end && step.duration_months && step.duration_months > 1)
    parts.push(monthsText(step.duration_months));
  if (step.cost_usd) parts.push(costText(step.cost_usd));
  return parts.map(esc).join(' · ');
}

function sourceLinks(step: RoadmapStep): string {
  const links = step.sources.map((source) => {
    const href = safeHref(source.url);
    const label = `${source.url ? hostOf(source.url) : 'source'}, ${formatMonth(source.as_of)}`;
    return href ? `<a href="${esc(href)}">${esc(label)}</a>` : esc(label);
  });
  return links.length > 0 ? `<div class="small muted">Source: ${links.join('; ')}</div>` : '';
}

function alternativesHtml(alternatives: Alternative[]): string {
  if (alternatives.length === 0) return '';
  const items = alternatives.map((alt) => {
    const saves =
      alt.saves_months > 0 ? ` <span class="muted">(saves ${esc(monthsText(alt.saves_months))})</span>` : '';
    const path =
      alt.steps.length > 0 ? `<div class="small muted">${alt.steps.map(esc).join(' → ')}</div>` : '';
    return `<p><strong>Faster:</strong> ${esc(alt.title)}${saves}</p>${path}`;
  });
  return `<div class="alternatives">${items.join('')}</div>`;
}

export function planHtml(roadmap: Roadmap): string {
  const { steps } = roadmap;
  if (steps.length === 0)
    return '<section class="plan"><h2>Your plan</h2><p>No steps: you already meet your goal.</p></section>';
  const items = steps.map(
    (step, i) => `<li class="${esc(step.status)}"><span class="n">${i + 1}</span><div>
<div><span class="mark st-${esc(step.status)}">${STEP_MARKS[step.status]}</span> <span class="title">${esc(step.title)}</span><span class="status st-${esc(step.status)}">${STATUS_WORDS[step.status]}</span></div>
${step.status === 'done' || step.status === 'n-a' ? '' : `<div class="small muted">${stepMeta(step)}</div>`}
${step.why.trim() ? `<p>${esc(step.why)}</p>` : ''}${sourceLinks(step)}
</div></li>`,
  );
  const sum = costSummary(steps);
  const costParts: string[] = [];
  if (sum.known > 0) costParts.push(`${esc(costText(sum))} in known fees`);
  if (sum.unknown > 0)
    costParts.push(`no published fee for ${sum.unknown} step${sum.unknown === 1 ? '' : 's'}`);
  const costs = costParts.length > 0 ? `<p class="muted">Costs ahead: ${costParts.join(', ')}.</p>` : '';
  return `<section class="plan" id="plan"><h2>Your plan</h2>
${timelineHtml(steps, roadmap.as_of)}
<ol class="steps">${items.join('')}</ol>
${alternativesHtml(roadmap.alternatives)}
${costs}
</section>`;
}

export function payHtml(points: PayPoint[], asOf: string, area: string | null): string {
  if (points.length === 0) return '';
  const max = Math.max(...points.map((p) => p.max_usd), 1);
  const pct = (usd: number): string => `${Math.max(0.5, Math.min(100, (usd / max) * 100)).toFixed(1)}%`;
  const rows = points.map(
    (p) => `<span class="when">${p.month === asOf ? 'now' : esc(formatMonth(p.month))}</span>
<span>${esc(p.label)}${payDetails(p)}</span>
<span class="track" role="img" aria-label="${esc(payText(p.min_usd, p.max_usd, p.open_ended))}"><span class="high" style="width:${pct(p.max_usd)}"></span><span class="low" style="width:${pct(p.min_usd)}"></span></span>
<span class="range">${esc(payText(p.min_usd, p.max_usd, p.open_ended))}</span>`,
  );
  const title = area ? `Pay along the way <span class="muted">(${esc(area)})</span>` : 'Pay along the way';
  return `<section class="pay-section" id="pay"><h2>${title}</h2><div class="pay">${rows.join('')}</div>
<p class="small muted">Bars run from $0 to the highest figure: dark to the low end of the range, light to the high end.${points.some((p) => p.occupation) ? ` ${esc(PAY_NOTE)}` : ''}</p>${paySourcesHtml(points)}</section>`;
}

/** Under a pay row's label: the national median and the occupation it is, then the state's median. */
function payDetails(p: PayPoint): string {
  const paidAs = paidAsText(p);
  const national = [
    p.median_usd !== undefined ? `median $${formatNumber(p.median_usd)}` : '',
    paidAs ? `all ${paidAs} (BLS)` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const state = p.state_median_usd ? `${stateMedianWhat(p)}: $${formatNumber(p.state_median_usd)} (BLS)` : '';
  return [national, state]
    .filter(Boolean)
    .map((line) => `<div class="small muted">${esc(line)}</div>`)
    .join('');
}

/** The pay figures' sources, linked. */
function paySourcesHtml(points: PayPoint[]): string {
  const sources = paySources(points);
  if (sources.length === 0) return '';
  const items = sources.map((source) => {
    const href = safeHref(source.url);
    const name = `${esc(source.title)}, ${esc(formatMonth(source.as_of))}`;
    return href ? `<a href="${esc(href)}">${name}</a>` : name;
  });
  return `<p class="small muted">Pay sources: ${items.join('; ')}</p>`;
}

export function notesHtml(notes: Note[]): string {
  if (notes.length === 0) return '';
  const items = notes.map(
    (note) =>
      `<li>${note.about.length > 0 ? `<strong>${note.about.map(esc).join(', ')}:</strong> ` : ''}${esc(note.text)}</li>`,
  );
  return `<section class="notes-section" id="notes"><h2>Notes</h2><ul class="notes">${items.join('')}</ul></section>`;
}

interface SourceRef {
  url?: string;
  title?: string;
  as_of: string;
}

/** Every source the roadmap cites, once, newest reading first. */
export function sourcesHtml(roadmap: Roadmap): string {
  const seen = new Map<string, SourceRef>();
  const add = (source: SourceRef): void => {
    const key = `${source.url ?? source.title ?? ''}|${source.as_of}`;
    const known = seen.get(key);
    if (!known || (!known.title && source.title)) seen.set(key, source);
  };
  for (const step of roadmap.steps) for (const source of step.sources) add(source);
  for (const source of paySources(roadmap.pay)) add(source);
  const visit = (node: { source?: SourceRef; children?: unknown[] }): void => {
    if (node.source) add(node.source);
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  for (const cert of roadmap.certifications) for (const route of cert.routes) visit(route.tree);
  if (seen.size === 0) return '';
  const items = [...seen.values()]
    .sort((a, b) => (a.title ?? a.url ?? '').localeCompare(b.title ?? b.url ?? ''))
    .map((source) => {
      const href = safeHref(source.url);
      const name = esc(source.title ?? (source.url ? hostOf(source.url) : 'source'));
      const link = href ? `<a href="${esc(href)}">${esc(href)}</a>` : source.url ? esc(source.url) : '';
      return `<li>${name} <span>(as of ${esc(formatMonth(source.as_of))})</span>${link ? `<br>${link}` : ''}</li>`;
    });
  return `<section class="sources-section" id="sources"><h2>Sources</h2><ul class="sources">${items.join('')}</ul></section>`;
}
