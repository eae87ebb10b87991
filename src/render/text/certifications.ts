import type { CertificationVerdict, MissingItem } from '../../engine/types.js';
import type { RoadmapCertification } from '../../roadmap/types.js';
import { certLabel, restsOnReading, shownRoute } from '../format.js';
import { stripControl } from '../sanitize.js';
import { heading } from './layout.js';
import { type Look, statusPaint } from './style.js';
import { padEnd, visibleWidth } from './width.js';
import { hanging } from './wrap.js';

const INDENT = '  ';
/** Below this many columns for the detail text, details go under the row instead of beside it. */
const MIN_DETAIL = 28;

/** "13 FTE months → 11 more FTE months": what the person has toward a requirement, and lacks. */
export function haveNeed(item: MissingItem, look: Look): string {
  const have = stripControl(item.have).trim() || look.say.nothingYet;
  return `${have} ${look.glyphs.to} ${stripControl(item.need).trim()}`;
}

interface Detail {
  text: string;
  /** Secondary text (have → need) set in under its requirement. */
  sub: boolean;
}

/** What to say beside a verdict: the deciding route when met, else what it still lacks. */
function verdictDetail(cert: Listed, look: Look, maxMissing: number): Detail[] {
  const confirm: Detail[] = restsOnReading(cert) ? [{ text: look.say.text.toConfirm, sub: true }] : [];
  return [...verdictReasons(cert, look, maxMissing), ...confirm];
}

function verdictReasons(cert: Listed, look: Look, maxMissing: number): Detail[] {
  // The route the plan follows (or would follow), so "still missing" agrees with the plan.
  const route = shownRoute(cert);
  if (cert.status === 'eligible')
    return route ? [{ text: stripControl(route.title).trim(), sub: false }] : [];
  if (cert.status === 'unconfirmed' || cert.status === 'retired' || !route) {
    return [{ text: stripControl(cert.name).trim(), sub: false }];
  }
  const shown = route.missing.slice(0, maxMissing).flatMap((item) => [
    { text: stripControl(item.requirement).trim(), sub: false },
    { text: haveNeed(item, look), sub: true },
  ]);
  const more = route.missing.length - Math.min(maxMissing, route.missing.length);
  if (more > 0) shown.push({ text: look.say.text.andMore(more), sub: true });
  return shown;
}

type Listed = CertificationVerdict & Pick<RoadmapCertification, 'fit' | 'plan_route' | 'disciplines'>;

/**
 * Which rows a shortened list shows, from certifications already in display order: the first
 * `limit` of those the person could hold (all of them when only one more would be left: its line
 * is no shorter than the row), never one reserved to a discipline they are not in, which the
 * closing line names instead.
 */
export function pickShown<C extends Listed>(certs: C[], limit: number): { shown: C[]; hidden: C[] } {
  const theirs = certs.filter((cert) => cert.fit !== 'other-discipline');
  const others = certs.filter((cert) => cert.fit === 'other-discipline');
  const shown = theirs.length <= limit + 1 ? theirs : theirs.slice(0, limit);
  return { shown, hidden: [...theirs.slice(shown.length), ...others] };
}

/** "CMC and CDMS; for nurses: ACM-RN, CMGT-BC": the rows left out, named. */
function hiddenText(hidden: Listed[], look: Look): string {
  const { say } = look;
  const parts: string[] = [];
  const theirs = hidden.filter((cert) => cert.fit !== 'other-discipline').map((cert) => certLabel(cert.id));
  if (theirs.length > 0) parts.push(theirs.join(', '));
  const byPeople = new Map<string, string[]>();
  for (const cert of hidden.filter((c) => c.fit === 'other-discipline')) {
    const people = say.disciplinePeople(cert.disciplines ?? []) || say.text.anotherDiscipline;
    byPeople.set(people, [...(byPeople.get(people) ?? []), certLabel(cert.id)]);
  }
  for (const [people, labels] of byPeople) parts.push(say.text.forPeople(people, labels));
  return parts.join('; ');
}

/**
 * CERTIFICATIONS: one row per verdict (label, status words, detail), those `pickShown` keeps,
 * then a line naming the rest and the eligibility command that shows them all.
 */
export function certificationsSection(
  certs: Listed[],
  look: Look,
  options: { limit: number; hint: string },
): string[] {
  if (certs.length === 0) return [];
  const { shown, hidden } = pickShown(certs, options.limit);
  const labelWidth = Math.max(...shown.map((cert) => visibleWidth(certLabel(cert.id))));
  const { say } = look;
  const statusWidth = Math.max(...shown.map((cert) => visibleWidth(say.status(cert))));
  const detailAt = INDENT.length + labelWidth + 2 + statusWidth + 2;
  const beside = look.width - detailAt >= MIN_DETAIL;
  const lines = [heading(look, say.headings.certifications.toUpperCase())];
  for (const cert of shown) {
    const label = look.style.strong(padEnd(certLabel(cert.id), labelWidth));
    const words = say.status(cert);
    const status = statusPaint(look.style, cert.status)(beside ? padEnd(words, statusWidth) : words);
    const details = verdictDetail(cert, look, 1);
    if (beside) {
      const pad = ' '.repeat(detailAt);
      const detailLines = details.flatMap(({ text, sub }) =>
        hanging(text, look.width - detailAt, sub ? '  ' : '', sub ? '    ' : '  ').map((line) =>
          sub ? look.style.dim(line) : line,
        ),
      );
      const [first = '', ...rest] = detailLines;
      lines.push(`${INDENT}${label}  ${status}  ${first}`.trimEnd());
      for (const line of rest) lines.push(`${pad}${line}`);
    } else {
      const bare = look.style.strong(certLabel(cert.id));
      if (visibleWidth(`${INDENT}${certLabel(cert.id)}  ${words}`) <= look.width)
        lines.push(`${INDENT}${bare}  ${status}`);
      else {
        lines.push(`${INDENT}${bare}`);
        const paint = statusPaint(look.style, cert.status);
        for (const line of hanging(words, look.width, `${INDENT}  `, `${INDENT}  `)) {
          const text = line.trimStart();
          lines.push(`${line.slice(0, line.length - text.length)}${paint(text)}`);
        }
      }
      for (const { text, sub } of details) {
        const block = hanging(text, look.width, sub ? '      ' : '    ', sub ? '        ' : '      ');
        lines.push(...block.map((line) => (sub ? look.style.dim(line) : line)));
      }
    }
  }
  if (hidden.length > 0) {
    const text = say.text.moreCerts(hidden.length, hiddenText(hidden, look), options.hint);
    lines.push(...hanging(text, look.width, INDENT, `${INDENT} `).map(look.style.dim));
  }
  return lines;
}
