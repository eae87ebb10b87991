/**
 * The terminal view of an eligibility report (the `eligibility` command): one block per
 * certification with its status, the deciding route, what is met and what is missing (have →
 * need), when it opens, the other routes, and every caveat.
 */
import type { CertificationVerdict, EligibilityReport, EvalNode, RouteVerdict } from '../../engine/types.js';
import type { EligibilityViewMessages } from '../../messages/eligibility-view.js';
import { enEligibilityView } from '../../messages/en/eligibility-view.js';
import { certLabel, certsForDisplay, decidingRoute, type Note } from '../format.js';
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

/** The text view's options: those of every text view, and the language's words. */
export interface EligibilityTextOptions extends TextOptions {
  /** The view's words; default English. */
  words?: EligibilityViewMessages;
}

function headerLines(cert: CertificationVerdict, look: Look, say: EligibilityViewMessages): string[] {
  const label = certLabel(cert.id);
  const name = clean(cert.name);
  const words = say.status(cert);
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

function routeLines(route: RouteVerdict, look: Look, say: EligibilityViewMessages): string[] {
  const { glyphs, style } = look;
  const lines = hanging(
    `${say.route} ${clean(route.title)}`,
    look.width,
    BODY,
    `${BODY}${' '.repeat(say.route.length + 1)}`,
  );
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
    const haveNeed = say.haveNeed(clean(missing.have), clean(missing.need), glyphs.to);
    lines.push(...hanging(haveNeed, look.width, rest, `${rest}  `).map(style.dim));
  }
  return lines;
}

function certBlock(cert: CertificationVerdict, look: Look, say: EligibilityViewMessages): string[] {
  const lines = headerLines(cert, look, say);
  const route = decidingRoute(cert);
  if (route) lines.push(...routeLines(route, look, say));
  if (cert.status === 'not-yet' && cert.eligible_from) {
    lines.push(...hanging(say.opens(cert.eligible_from), look.width, BODY, BODY));
  }
  if (cert.status === 'unconfirmed') {
    lines.push(...hanging(say.noVerdict, look.width, BODY, BODY));
  }
  const others = cert.routes.filter((r) => r !== route);
  if (others.length > 0) {
    lines.push(`${BODY}${say.otherRoutes}`);
    for (const other of others) {
      const state = say.otherRoute(other);
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
  lines.push(...noteLines(notes, look, '  ', say.note));
  return lines;
}

function summary(certs: CertificationVerdict[], say: EligibilityViewMessages): string {
  const count = (status: CertificationVerdict['status']): number =>
    certs.filter((c) => c.status === status).length;
  return say.summary({
    eligible: count('eligible'),
    'not-yet': count('not-yet'),
    'not-eligible': count('not-eligible'),
    unconfirmed: count('unconfirmed'),
    retired: count('retired'),
  });
}

export function renderEligibilityText(
  model: EligibilityReport,
  options: EligibilityTextOptions = {},
): string {
  const say = options.words ?? enEligibilityView;
  const look = lookOf(options);
  const report = mapStrings(model, look.clean);
  const lines = titleLines(['casemgr-path', ...say.title(report.as_of)], look, 1);
  if (report.certifications.length === 0) {
    lines.push('', ` ${say.noCertifications}`);
  } else {
    lines.push(...hanging(summary(report.certifications, say), look.width, '', '').map(look.style.dim));
    for (const cert of certsForDisplay(report.certifications, null))
      lines.push('', ...certBlock(cert, look, say));
  }
  return `${lines.map(trimEnd).join('\n')}\n`;
}
