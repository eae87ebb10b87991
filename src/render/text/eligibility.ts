/**
 * The terminal view of an eligibility report (the `eligibility` command): one block per
 * certification with its status, the deciding route, what is met and what is missing (have →
 * need), when it opens, the other routes, and every caveat.
 */
import { formatMonth } from '../../core/month.js';
import type { CertificationVerdict, EligibilityReport, EvalNode, RouteVerdict } from '../../engine/types.js';
import { certLabel, certsForDisplay, decidingRoute, type Note, statusWords } from '../format.js';
import { mapStrings, stripControl } from '../sanitize.js';
import { titleLines } from './header.js';
import { trimEnd } from './layout.js';
import { noteLines } from './notes.js';
import { type Look, lookOf, statusPaint, type TextOptions } from './style.js';
import { padEnd, visibleWidth } from './width.js';
import { hanging } from './wrap.js';

const BODY = '   ';

function clean(text: string | undefined): string {
  return stripControl(text ?? '').trim();
}

/** The met requirements of a route: leaves of its tree that hold. */
function metLeaves(node: EvalNode): EvalNode[] {
  if (!node.children || node.children.length === 0) return node.ok ? [node] : [];
  // An `any` that holds is met by its passing children; a `not` is a leaf in words.
  if (node.kind === 'not') return node.ok ? [node] : [];
  return node.children.flatMap(metLeaves);
}

function treeCaveats(node: EvalNode): string[] {
  return [...node.caveats, ...(node.children ?? []).flatMap(treeCaveats)];
}

function headerLines(cert: CertificationVerdict, look: Look): string[] {
  const label = certLabel(cert.id);
  const name = clean(cert.name);
  const words = statusWords(cert);
  const paint = statusPaint(look.style, cert.status);
  const left = ` ${label}  ${name}`;
  if (visibleWidth(left) + 2 + visibleWidth(words) <= look.width) {
    const gap = look.width - visibleWidth(left) - visibleWidth(words);
    return [` ${look.style.strong(label)}  ${name}${' '.repeat(gap)}${paint(words)}`];
  }
  const lines = hanging(`${label}  ${name}`, look.width, ' ', ' '.repeat(label.length + 3));
  lines[0] = lines[0]!.replace(label, look.style.strong(label));
  lines.push(`${BODY}${paint(words)}`);
  return lines;
}

function routeLines(route: RouteVerdict, look: Look): string[] {
  const { glyphs, style } = look;
  const lines = hanging(`Route: ${clean(route.title)}`, look.width, BODY, `${BODY}       `);
  const mark = visibleWidth(glyphs.ok);
  const item = `${BODY}  `;
  const rest = ' '.repeat(item.length + mark + 1);
  for (const leaf of metLeaves(route.tree)) {
    const have = clean(leaf.have);
    const text = `${clean(leaf.requirement)}${have ? `: ${have}` : ''}`;
    lines.push(
      ...hanging(text, look.width, `${item}${glyphs.ok} `, rest).map((l, i) =>
        i === 0 ? l.replace(glyphs.ok, style.good(glyphs.ok)) : l,
      ),
    );
  }
  for (const missing of route.missing) {
    lines.push(
      ...hanging(clean(missing.requirement), look.width, `${item}${padEnd(glyphs.no, mark)} `, rest).map(
        (l, i) => (i === 0 ? l.replace(glyphs.no, style.bad(glyphs.no)) : l),
      ),
    );
    const haveNeed = `have ${clean(missing.have) || 'nothing yet'} ${glyphs.to} need ${clean(missing.need)}`;
    lines.push(...hanging(haveNeed, look.width, rest, `${rest}  `).map(style.dim));
  }
  return lines;
}

function certBlock(cert: CertificationVerdict, look: Look): string[] {
  const lines = headerLines(cert, look);
  const route = decidingRoute(cert);
  if (route) lines.push(...routeLines(route, look));
  if (cert.status === 'not-yet' && cert.eligible_from) {
    lines.push(
      ...hanging(
        `Opens ${formatMonth(cert.eligible_from)} if you stay in your current role.`,
        look.width,
        BODY,
        BODY,
      ),
    );
  }
  if (cert.status === 'unconfirmed') {
    lines.push(
      ...hanging(
        "No verdict: we could not confirm the issuer's current rules (see the note).",
        look.width,
        BODY,
        BODY,
      ),
    );
  }
  const others = cert.routes.filter((r) => r !== route);
  if (others.length > 0) {
    lines.push(`${BODY}Other routes:`);
    for (const other of others) {
      const state = other.eligible
        ? 'met'
        : `${other.missing.length} missing${other.eligible_from ? `, opens ${formatMonth(other.eligible_from)}` : ''}`;
      lines.push(
        ...hanging(
          `${clean(other.title)} (${state})`,
          look.width,
          `${BODY}  ${look.glyphs.bullet} `,
          `${BODY}    `,
        ),
      );
    }
  }
  const caveats = [
    ...new Set([...cert.caveats, ...(route ? treeCaveats(route.tree) : [])].map(clean)),
  ].filter(Boolean);
  const notes: Note[] = caveats.map((text) => ({ about: [], text }));
  lines.push(...noteLines(notes, look, '  '));
  return lines;
}

function summary(certs: CertificationVerdict[]): string {
  const count = (status: CertificationVerdict['status']): number =>
    certs.filter((c) => c.status === status).length;
  const parts = [
    [count('eligible'), 'eligible now'],
    [count('not-yet'), 'eligible later'],
    [count('not-eligible'), 'not eligible'],
    [count('unconfirmed'), 'unconfirmed'],
    [count('retired'), 'retired'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(', ');
}

export function renderEligibilityText(model: EligibilityReport, options: TextOptions = {}): string {
  const look = lookOf(options);
  const report = mapStrings(model, look.clean);
  const lines = titleLines(['casemgr-path', 'eligibility', `as of ${formatMonth(report.as_of)}`], look, 1);
  if (report.certifications.length === 0) {
    lines.push('', ' No certifications to check.');
  } else {
    lines.push(...hanging(summary(report.certifications), look.width, '', '').map(look.style.dim));
    for (const cert of certsForDisplay(report.certifications, null)) lines.push('', ...certBlock(cert, look));
  }
  return `${lines.map(trimEnd).join('\n')}\n`;
}
