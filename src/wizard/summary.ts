import { formatMonth } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { ProfileInput } from '../profile/schema.js';
import { SECTION_TITLES, SECTIONS, type Section } from './context.js';
import {
  FIELD_LABELS,
  LEVEL_SHORT,
  ROLE_LABELS,
  SETTING_LABELS,
  STATE_NAMES,
  SUPERVISOR_SHORT,
} from './labels.js';

/** The answers in plain words, one line of text per section, for the review screen. */
export function summarize(profile: ProfileInput, data: Data): Record<Section, string> {
  return {
    education: educationText(profile, data),
    licenses: licensesText(profile, data),
    experience: experienceText(profile),
    goals: goalsText(profile, data),
  };
}

function educationText(profile: ProfileInput, data: Data): string {
  const entries = profile.education ?? [];
  if (entries.length === 0) return 'no diploma yet';
  return entries
    .map((e) => {
      const field = e.field && e.field !== 'other' ? ` in ${FIELD_LABELS[e.field].toLowerCase()}` : '';
      const name =
        e.level === 'certificate' && e.field === 'nursing'
          ? 'Practical nursing certificate'
          : e.level === 'certificate' && e.field && e.field !== 'other'
            ? `${FIELD_LABELS[e.field]} certificate`
            : `${LEVEL_SHORT[e.level]}${field}`;
      const parts = [name];
      if (e.level === 'some-college' && e.credits) parts.push(`${e.credits} credits`);
      const accreditation =
        e.program_accreditation && e.program_accreditation !== 'none' ? e.program_accreditation : null;
      if (accreditation) {
        const degree = data.degrees.find((d) => d.program_accreditation === accreditation && d.accreditor);
        const org = degree?.accreditor ? data.byId.organizations.get(degree.accreditor) : undefined;
        parts.push(`${org?.abbreviation ?? accreditation.toUpperCase()}-accredited`);
      }
      if (e.status === 'in-progress')
        parts.push(`in progress${e.completed ? `, expected ${formatMonth(e.completed)}` : ''}`);
      else if (e.completed) parts.push(`finished ${formatMonth(e.completed)}`);
      return parts.join(', ');
    })
    .join('; ');
}

function licensesText(profile: ProfileInput, data: Data): string {
  const licenses = profile.licenses ?? [];
  const parts = licenses.map((l) => {
    const name = data.byId.licenses.get(l.type)?.abbreviation ?? l.type;
    return `${name} (${l.status ?? 'active'})`;
  });
  let text = parts.length > 0 ? parts.join(', ') : 'none';
  const state = profile.state as keyof typeof STATE_NAMES | undefined;
  if (state && STATE_NAMES[state])
    text += `${parts.length > 0 ? ' in' : '; living in'} ${STATE_NAMES[state]}`;
  const exams = (profile.exams_passed ?? []).map((id) => data.byId.exams.get(id)?.name ?? id);
  if (exams.length > 0) text += `; passed ${exams.join(', ')}`;
  const held = (profile.certifications ?? []).map(
    (id) => data.byId.certifications.get(id)?.abbreviation ?? id,
  );
  if (held.length > 0) text += `; certified: ${held.join(', ')}`;
  if (profile.ce_hours) text += `; ${formatNumber(profile.ce_hours)} h of continuing education`;
  return text;
}

function experienceText(profile: ProfileInput): string {
  const roles = profile.experience ?? [];
  if (roles.length === 0) return 'none yet';
  return roles
    .map((r) => {
      const where = r.setting && r.setting !== 'other' ? `, ${SETTING_LABELS[r.setting].toLowerCase()}` : '';
      const months = r.months ?? 0;
      const when = r.start
        ? ` (${formatMonth(r.start)} to ${r.ongoing ? 'now' : r.end ? formatMonth(r.end) : '?'})`
        : '';
      const length = `${formatNumber(months)} month${months === 1 ? '' : 's'}${r.ongoing ? ' so far' : ''}${when}`;
      const hours =
        (r.hours_per_week ?? 40) >= 40 ? 'full-time' : `${formatNumber(r.hours_per_week ?? 40)} h/week`;
      const parts = [`${ROLE_LABELS[r.role]}${where}: ${length}`, hours];
      if (r.paid === false) parts.push('unpaid');
      if (r.supervised_by && r.supervised_by !== 'none') parts.push(SUPERVISOR_SHORT[r.supervised_by]);
      return parts.join(', ');
    })
    .join('; ');
}

function goalsText(profile: ProfileInput, data: Data): string {
  const goals = profile.goals ?? {};
  if (!goals.specialization && !goals.certification) return 'not sure yet: recommend a goal';
  const area = goals.specialization
    ? (data.byId.specializations.get(goals.specialization)?.name ?? goals.specialization)
    : 'any area';
  const cert = goals.certification
    ? (data.byId.certifications.get(goals.certification)?.abbreviation ?? goals.certification)
    : 'recommend a certification';
  return `${area}; ${cert}`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Splits text into lines of at most `width` characters, breaking at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** Text whose long lines are wrapped at spaces to fit `width`, keeping each line's indentation. */
export function fitLines(text: string, width: number): string {
  const room = Math.max(20, width - 1);
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= room) return [line];
      const indent = line.length - line.trimStart().length;
      return wrap(line.trim(), room - indent).map((part) => ' '.repeat(indent) + part);
    })
    .join('\n');
}

/**
 * Label/value rows as a two-column block; on a narrow terminal the value goes under its label,
 * so nothing wraps into the label column.
 */
export function formatRows(rows: readonly [string, string][], width: number): string {
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  const usable = Math.max(20, width - 1);
  const out: string[] = [];
  if (usable - 2 - labelWidth >= 34) {
    for (const [label, value] of rows) {
      const lines = wrap(value, usable - 2 - labelWidth);
      out.push(`  ${label.padEnd(labelWidth)}${lines[0]}`);
      for (const more of lines.slice(1)) out.push(`  ${' '.repeat(labelWidth)}${more}`);
    }
  } else {
    for (const [label, value] of rows) {
      out.push(`  ${label}`);
      for (const line of wrap(value, usable - 4)) out.push(`    ${line}`);
    }
  }
  return out.join('\n');
}

/** The review block: every section's answers under its title. */
export function reviewText(profile: ProfileInput, data: Data, width: number): string {
  const summary = summarize(profile, data);
  return formatRows(
    SECTIONS.map((s) => [SECTION_TITLES[s], summary[s]]),
    width,
  );
}
