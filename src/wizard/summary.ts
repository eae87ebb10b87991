import type { Data } from '../data/model.js';
import { type WizardMessages, wizardEn } from '../messages/wizard-en.js';
import type { ProfileInput } from '../profile/schema.js';
import { SECTIONS, type Section } from './context.js';

/** The answers in plain words, one line of text per section, for the review screen. */
export function summarize(
  profile: ProfileInput,
  data: Data,
  words: WizardMessages = wizardEn,
): Record<Section, string> {
  return {
    education: educationText(profile, data, words),
    licenses: licensesText(profile, data, words),
    experience: experienceText(profile, words),
    goals: goalsText(profile, data, words),
  };
}

function educationText(profile: ProfileInput, data: Data, words: WizardMessages): string {
  const said = words.summary;
  const { field: fieldLabels, levelShort } = words.labels;
  const entries = profile.education ?? [];
  if (entries.length === 0) return said.noEducation;
  return entries
    .map((e) => {
      const field = e.field && e.field !== 'other' ? fieldLabels[e.field] : null;
      const name =
        e.level === 'certificate' && e.field === 'nursing'
          ? said.practicalNursingCertificate
          : e.level === 'certificate' && field
            ? said.certificate(field)
            : e.level === 'diploma'
              ? said.nursingDiploma
              : said.degree(levelShort[e.level], field);
      const parts = [name];
      if (e.level === 'some-college' && e.credits) parts.push(said.credits(e.credits));
      const accreditation =
        e.program_accreditation && e.program_accreditation !== 'none' ? e.program_accreditation : null;
      if (accreditation) {
        const degree = data.degrees.find((d) => d.program_accreditation === accreditation && d.accreditor);
        const org = degree?.accreditor ? data.byId.organizations.get(degree.accreditor) : undefined;
        parts.push(said.accredited(org?.abbreviation ?? accreditation.toUpperCase()));
      }
      if (e.status === 'in-progress')
        parts.push(said.inProgress(e.completed ? words.format.month(e.completed) : null));
      else if (e.completed) parts.push(said.finished(words.format.month(e.completed)));
      return parts.join(', ');
    })
    .join('; ');
}

function licensesText(profile: ProfileInput, data: Data, words: WizardMessages): string {
  const said = words.summary;
  const licenses = profile.licenses ?? [];
  const parts = licenses.map((l) => {
    const name = data.byId.licenses.get(l.type)?.abbreviation ?? l.type;
    return said.license(name, words.labels.licenseStatusShort[l.status ?? 'active']);
  });
  const held = parts.join(', ');
  const state = profile.state as keyof typeof words.labels.state | undefined;
  const stateName = state ? words.labels.state[state] : undefined;
  let text = parts.length > 0 ? held : said.noLicense;
  if (stateName) text = parts.length > 0 ? said.licensesIn(held, stateName) : said.livingIn(stateName);
  const exams = (profile.exams_passed ?? []).map((id) =>
    words.licenses.exam(data.byId.exams.get(id)?.name ?? id),
  );
  if (exams.length > 0) text += `; ${said.passed(exams.join(', '))}`;
  const certified = (profile.certifications ?? []).map(
    (id) => data.byId.certifications.get(id)?.abbreviation ?? id,
  );
  if (certified.length > 0) text += `; ${said.certified(certified.join(', '))}`;
  if (profile.ce_hours) text += `; ${said.ceHours(formatNumber(profile.ce_hours))}`;
  return text;
}

function experienceText(profile: ProfileInput, words: WizardMessages): string {
  const said = words.summary;
  const roles = profile.experience ?? [];
  if (roles.length === 0) return said.noExperience;
  return roles
    .map((r) => {
      const where =
        r.setting && r.setting !== 'other' ? `, ${words.labels.setting[r.setting].toLowerCase()}` : '';
      const months = r.months ?? 0;
      const when = r.start
        ? said.dates(
            words.format.month(r.start),
            r.end ? words.format.month(r.end) : null,
            r.ongoing === true,
          )
        : '';
      const length = `${said.months(formatNumber(months), months === 1, r.ongoing === true)}${when}`;
      const hours =
        (r.hours_per_week ?? 40) >= 40
          ? said.fullTime
          : said.hoursAWeek(formatNumber(r.hours_per_week ?? 40));
      const parts = [`${words.labels.role[r.role]}${where}: ${length}`, hours];
      if (r.paid === false) parts.push(said.unpaid);
      if (r.supervised_by && r.supervised_by !== 'none')
        parts.push(words.labels.supervisorShort[r.supervised_by]);
      return parts.join(', ');
    })
    .join('; ');
}

function goalsText(profile: ProfileInput, data: Data, words: WizardMessages): string {
  const said = words.summary;
  const goals = profile.goals ?? {};
  if (!goals.specialization && !goals.certification) return said.recommend;
  const area = goals.specialization
    ? (data.byId.specializations.get(goals.specialization)?.name ?? goals.specialization)
    : said.anyArea;
  const cert = goals.certification
    ? (data.byId.certifications.get(goals.certification)?.abbreviation ?? goals.certification)
    : said.recommendCertification;
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
export function reviewText(
  profile: ProfileInput,
  data: Data,
  width: number,
  words: WizardMessages = wizardEn,
): string {
  const summary = summarize(profile, data, words);
  return formatRows(
    SECTIONS.map((s) => [words.sections[s], summary[s]]),
    width,
  );
}
