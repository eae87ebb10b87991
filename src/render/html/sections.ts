/** The sections of the printable page, each a function from (part of) the roadmap to HTML. */
import { stateName } from '../../core/state-names.js';
import { enRoadmapView } from '../../messages/en/roadmap-view.js';
import type { RoadmapViewMessages } from '../../messages/roadmap-view-messages.js';
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
  nationalFromThirdParty,
  nextStep,
  paidAsText,
  paySources,
  payText,
  restsOnReading,
  shownRoute,
  stateMedianWhat,
  stepWhen,
} from '../format.js';
import { esc, hostOf, safeHref } from './escape.js';
import { STEP_MARKS, timelineHtml } from './timeline.js';

type Say = RoadmapViewMessages;

export function headerHtml(roadmap: Roadmap, say: Say = enRoadmapView): string {
  const { goal, profile } = roadmap;
  const title = say.html.title(profile.name ? esc(profile.name) : null);
  const meta = [esc(say.html.asOfLead(roadmap.as_of))];
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
  // A goal the person already holds is kept current, not suggested; its why still says so.
  const lead = esc(say.goal(goal.recommended && !goal.certification_chosen && !cert?.held));
  const why =
    (goal.recommended || cert?.held) && goal.why.trim() ? `<p class="why">${esc(goal.why)}</p>` : '';
  const next = nextStep(roadmap.steps);
  const when = next ? stepWhen(next, '–', say) : null;
  const nextLine = next
    ? `<p class="next"><strong>${esc(say.nextStep)}</strong> ${esc(next.title)}${when ? ` <span class="muted">(${esc(when)})</span>` : ''}</p>`
    : '';
  return `<header>
<p class="tool">casemgr-path</p>
<h1>${title}</h1>
<p class="meta">${meta.join(' · ')}</p>
<p class="goal"><strong>${lead}</strong> ${what.length > 0 ? what.join(' · ') : esc(say.noGoal)}</p>
${why}
${nextLine}
</header>`;
}

export function standingHtml(items: StandingItem[], say: Say = enRoadmapView): string {
  if (items.length === 0) return '';
  const marks = say.html.standingMarks;
  const li = items.map((item) => {
    const [cls, mark, words] =
      item.ok === true
        ? ['ok', '✔', marks.ok]
        : item.ok === 'partial'
          ? ['partial', '~', marks.partial]
          : ['no', '✘', marks.no];
    return `<li><span class="mark ${cls}" aria-label="${esc(words)}">${mark}</span><span>${esc(item.text)}</span></li>`;
  });
  return `<section class="standing-section" id="standing"><h2>${esc(say.headings.standing)}</h2><ul class="standing">${li.join('')}</ul></section>`;
}

/** Missing items listed in full for the goal and for what opens with time; one for the rest. */
const MISSING_SHOWN_WHEN_FAR = 1;

function certDetail(cert: RoadmapCertification, isGoal: boolean, say: Say): string {
  // The route the plan follows (or would follow), so what is missing agrees with the plan.
  const route = shownRoute(cert);
  if (cert.status === 'unconfirmed')
    return `<span class="muted">${esc(say.html.noVerdict).replace(/’/g, '&rsquo;')}</span>`;
  if (cert.status === 'retired') return `<span class="muted">${esc(say.html.retired)}</span>`;
  if (!route) return '';
  const title = `<div>${esc(route.title)}</div>`;
  if (route.missing.length === 0) return title;
  const limit = isGoal || cert.status === 'not-yet' ? route.missing.length : MISSING_SHOWN_WHEN_FAR;
  const items = route.missing
    .slice(0, limit)
    .map(
      (m) =>
        `<li>${esc(m.requirement)}<div class="have-need">${say.html.haveNeed(esc(m.have || say.nothingYet), esc(m.need))}</div></li>`,
    );
  const more = route.missing.length - Math.min(limit, route.missing.length);
  if (more > 0) items.push(`<li class="muted small">${esc(say.html.andMore(more))}</li>`);
  return `${title}<ul class="missing">${items.join('')}</ul>`;
}

export function certificationsHtml(
  certs: RoadmapCertification[],
  goalId: string | null,
  say: Say = enRoadmapView,
  /** The line naming the certifications left out (for other disciplines), if any. */
  left: string | null = null,
): string {
  const [c1, c2, c3] = say.html.certColumns.map(esc);
  if (certs.length === 0) return '';
  const rows = certs.map(
    (cert) => `<tr>
<td><span class="cert-id">${esc(certLabel(cert.id))}</span><div class="small muted">${esc(cert.name)}</div></td>
<td><span class="badge s-${esc(cert.status)}">${esc(say.status(cert))}</span>${restsOnReading(cert) ? `<div class="small muted">${esc(say.html.toConfirm)}</div>` : ''}</td>
<td>${certDetail(cert, cert.id === goalId, say)}</td>
</tr>`,
  );
  return `<section class="certs" id="certifications"><h2>${esc(say.headings.certifications)}</h2>
<table class="certs-table"><colgroup><col class="c1"><col class="c2"><col></colgroup><thead><tr><th>${c1}</th><th>${c2}</th><th>${c3}</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>${left ? `<p class="small muted">${esc(left)}</p>` : ''}</section>`;
}

function stepMeta(step: RoadmapStep, say: Say): string {
  if (step.status === 'done' || step.status === 'n-a') return '';
  const parts = [stepWhen(step, '–', say) ?? say.noDate];
  if (step.end && step.duration_months && step.duration_months > 1)
    parts.push(monthsText(step.duration_months, say));
  if (step.cost_usd) parts.push(costText(step.cost_usd, '–', say));
  return parts.map(esc).join(' · ');
}

function sourceLinks(step: RoadmapStep, say: Say): string {
  const links = step.sources.map((source) => {
    const href = safeHref(source.url);
    const label = say.sourceAsOf(source.url ? hostOf(source.url) : say.html.source, source.as_of);
    return href ? `<a href="${esc(href)}">${esc(label)}</a>` : esc(label);
  });
  return links.length > 0
    ? `<div class="small muted">${esc(say.html.sourceLabel)} ${links.join('; ')}</div>`
    : '';
}

function alternativesHtml(alternatives: Alternative[], say: Say): string {
  if (alternatives.length === 0) return '';
  const items = alternatives.map((alt) => {
    const saves =
      alt.saves_months > 0
        ? ` <span class="muted">(${esc(say.saves(monthsText(alt.saves_months, say)))})</span>`
        : '';
    const path =
      alt.steps.length > 0 ? `<div class="small muted">${alt.steps.map(esc).join(' → ')}</div>` : '';
    return `<p><strong>${esc(say.faster)}</strong> ${esc(alt.title)}${saves}</p>${path}`;
  });
  return `<div class="alternatives">${items.join('')}</div>`;
}

export function planHtml(roadmap: Roadmap, say: Say = enRoadmapView): string {
  const { steps } = roadmap;
  const heading = `<h2>${esc(say.headings.plan)}</h2>`;
  if (steps.length === 0) return `<section class="plan">${heading}<p>${esc(say.noSteps)}</p></section>`;
  const items = steps.map(
    (step, i) => `<li class="${esc(step.status)}"><span class="n">${i + 1}</span><div>
<div><span class="mark st-${esc(step.status)}">${STEP_MARKS[step.status]}</span> <span class="title">${esc(step.title)}</span><span class="status st-${esc(step.status)}">${esc(say.html.stepStatus[step.status])}</span></div>
${step.status === 'done' || step.status === 'n-a' ? '' : `<div class="small muted">${stepMeta(step, say)}</div>`}
${step.why.trim() ? `<p>${esc(step.why)}</p>` : ''}${sourceLinks(step, say)}
</div></li>`,
  );
  const sum = costSummary(steps);
  const costParts: string[] = [];
  if (sum.known > 0) costParts.push(say.knownFees(costText(sum, '–', say)));
  if (sum.unknown > 0) costParts.push(say.noPublishedFee(sum.unknown));
  const costs = costParts.length > 0 ? `<p class="muted">${esc(say.costsAhead(costParts))}</p>` : '';
  return `<section class="plan" id="plan">${heading}
${timelineHtml(steps, roadmap.as_of, say)}
<ol class="steps">${items.join('')}</ol>
${alternativesHtml(roadmap.alternatives, say)}
${costs}
</section>`;
}

export function payHtml(
  points: PayPoint[],
  asOf: string,
  area: string | null,
  say: Say = enRoadmapView,
): string {
  if (points.length === 0) return '';
  const max = Math.max(...points.map((p) => p.max_usd), 1);
  const pct = (usd: number): string => `${Math.max(0.5, Math.min(100, (usd / max) * 100)).toFixed(1)}%`;
  const rows = points.map(
    (p) => `<span class="when">${esc(p.month === asOf ? say.now : say.format.month(p.month))}</span>
<span>${esc(p.label)}${payDetails(p, say)}</span>
<span class="track" role="img" aria-label="${esc(payText(p.min_usd, p.max_usd, p.open_ended))}"><span class="high" style="width:${pct(p.max_usd)}"></span><span class="low" style="width:${pct(p.min_usd)}"></span></span>
<span class="range">${esc(payText(p.min_usd, p.max_usd, p.open_ended))}</span>`,
  );
  const pay = esc(say.headings.pay);
  const title = area ? `${pay} <span class="muted">(${esc(area)})</span>` : pay;
  return `<section class="pay-section" id="pay"><h2>${title}</h2><div class="pay">${rows.join('')}</div>
<p class="small muted">${esc(say.html.barsLegend)}${points.some((p) => p.occupation) ? ` ${esc(say.payNote)}` : ''}</p>${paySourcesHtml(points, say)}</section>`;
}

/** Under a pay row's label: the national median and the occupation it is, then the state's median. */
function payDetails(p: PayPoint, say: Say): string {
  const paidAs = paidAsText(p, say);
  const usd = say.format.money;
  const national = [
    p.median_usd !== undefined
      ? `${say.median(usd(p.median_usd))}${nationalFromThirdParty(p) ? ` (${say.thirdPartyFigure})` : ''}`
      : '',
    paidAs ? say.paidAsAll(paidAs) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const state = p.state_median_usd ? `${stateMedianWhat(p, say)}: ${usd(p.state_median_usd)} (BLS)` : '';
  return [national, state]
    .filter(Boolean)
    .map((line) => `<div class="small muted">${esc(line)}</div>`)
    .join('');
}

/** The pay figures' sources, linked. */
function paySourcesHtml(points: PayPoint[], say: Say): string {
  const sources = paySources(points);
  if (sources.length === 0) return '';
  const items = sources.map((source) => {
    const href = safeHref(source.url);
    const name = esc(say.sourceAsOf(source.title, source.as_of));
    return href ? `<a href="${esc(href)}">${name}</a>` : name;
  });
  // The sources are already escaped and linked: the message joins them.
  return `<p class="small muted">${say.paySources(items)}</p>`;
}

export function notesHtml(notes: Note[], say: Say = enRoadmapView): string {
  if (notes.length === 0) return '';
  const items = notes.map(
    (note) =>
      `<li>${note.about.length > 0 ? `<strong>${note.about.map(esc).join(', ')}:</strong> ` : ''}${esc(note.text)}</li>`,
  );
  return `<section class="notes-section" id="notes"><h2>${esc(say.headings.notes)}</h2><ul class="notes">${items.join('')}</ul></section>`;
}

interface SourceRef {
  url?: string;
  title?: string;
  as_of: string;
}

/** Every source the roadmap cites, once, newest reading first. */
export function sourcesHtml(roadmap: Roadmap, say: Say = enRoadmapView): string {
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
      const name = esc(source.title ?? (source.url ? hostOf(source.url) : say.html.source));
      const link = href ? `<a href="${esc(href)}">${esc(href)}</a>` : source.url ? esc(source.url) : '';
      return `<li>${name} <span>(${esc(say.html.asOf(source.as_of))})</span>${link ? `<br>${link}` : ''}</li>`;
    });
  return `<section class="sources-section" id="sources"><h2>${esc(say.headings.sources)}</h2><ul class="sources">${items.join('')}</ul></section>`;
}
