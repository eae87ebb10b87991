import { formatMonth, type Month, monthsBetween } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { ProfileInput } from '../profile/schema.js';
import { SECTION_TITLES, SECTIONS, type Section } from './context.js';
import { ROLE_LABELS, SETTING_LABELS } from './labels.js';
import { parseMonths } from './parse.js';
import type { Prompter } from './prompter.js';
import { summarize } from './summary.js';

/**
 * Welcome back: ongoing roles grow by the months since the profile was saved, after the person
 * confirms they are still there (or says how long they stayed).
 */
export async function catchUpOngoingRoles(
  ask: Prompter,
  profile: ProfileInput,
  savedAt: Month | null,
  asOf: Month,
): Promise<ProfileInput> {
  if (!savedAt) return profile;
  const gap = monthsBetween(savedAt, asOf);
  if (gap <= 0 || !(profile.experience ?? []).some((e) => e.ongoing)) return profile;
  const experience = [];
  for (const [index, role] of (profile.experience ?? []).entries()) {
    if (!role.ongoing) {
      experience.push(role);
      continue;
    }
    const label = ROLE_LABELS[role.role].toLowerCase();
    const where =
      role.setting && role.setting !== 'other' ? ` (${SETTING_LABELS[role.setting].toLowerCase()})` : '';
    const what = `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}${where}`;
    const months = role.months;
    const still = await ask.confirm({
      id: `update.${index}.still`,
      message: `Still working as ${what}? That adds the ${gap} month${gap === 1 ? '' : 's'} since ${formatMonth(savedAt)}: ${round(months)} -> ${round(months + gap)} months.`,
      default: true,
    });
    if (still) {
      experience.push({ ...role, months: months + gap });
      continue;
    }
    const stayed = await ask.text({
      id: `update.${index}.months`,
      message: `How many of those ${gap} months were you still there?`,
      default: '0',
      parse: (raw) => {
        const parsed = parseMonths(raw);
        if (parsed.ok && parsed.value > gap)
          return { ok: false, message: `months: a number from 0 to ${gap}` };
        return parsed;
      },
    });
    experience.push({ ...role, months: months + stayed, ongoing: false });
  }
  return { ...profile, experience };
}

/** "What else has changed?": the sections to ask again, in interview order. */
export async function askWhatChanged(
  ask: Prompter,
  profile: ProfileInput,
  data: Data,
  since: Month | null,
  width: number,
): Promise<Section[]> {
  const summary = summarize(profile, data);
  const room = Math.max(20, width - 8);
  const chosen = await ask.checkbox<Section>({
    id: 'update.sections',
    message: since ? `What else has changed since ${formatMonth(since)}?` : 'What has changed?',
    hint: 'space to select, Enter when done; nothing is fine',
    choices: SECTIONS.map((s) => ({
      value: s,
      name: clip(`${SECTION_TITLES[s]}: ${summary[s]}`, room),
      short: SECTION_TITLES[s],
    })),
  });
  return SECTIONS.filter((s) => chosen.includes(s));
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 3)}...`;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
