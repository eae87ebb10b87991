import { addMonths, formatMonth } from '../../core/month.js';
import type { ProfileInput } from '../../profile/schema.js';
import type { EducationInput, ExperienceInput, WizardContext } from '../context.js';
import { FIELD_LABELS, LEVEL_SHORT, ROLE_LABELS } from '../labels.js';
import { parsePastMonthOrSkip } from '../parse.js';
import { endMonthMatters, finishMonthMatters } from '../relevance.js';

/**
 * Dates, asked only where a rule places experience in time ("after the degree", "within the last
 * 10 years") and the person has enough experience for that rule to be in reach: when a past job
 * ended, and when a degree was finished. Both can be skipped; the roadmap then names the guess.
 */
export async function askDates(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const experience = profile.experience ?? [];
  if (experience.length === 0) return profile;
  const total = experience.reduce((sum, e) => sum + e.months, 0);
  const roles: ExperienceInput[] = [];
  for (const [index, role] of experience.entries()) {
    if (
      role.ongoing ||
      role.start ||
      !endMonthMatters(ctx.relevance, role.role, total, profile.education ?? [])
    ) {
      roles.push(role);
      continue;
    }
    const ended = await ctx.ask.text({
      id: `experience.${index}.ended`,
      message: `When did you leave your job as ${article(ROLE_LABELS[role.role].toLowerCase())}? (for example 2024-06; Enter to skip)`,
      parse: (raw) => parsePastMonthOrSkip(raw, ctx.asOf),
      echo: (value) => (value ? formatMonth(value) : 'skipped'),
    });
    roles.push(ended ? { ...role, start: addMonths(ended, -Math.round(role.months)) } : role);
  }
  return {
    ...profile,
    experience: roles,
    education: await askFinishMonths(ctx, profile.education ?? [], total),
  };
}

async function askFinishMonths(
  ctx: WizardContext,
  education: readonly EducationInput[],
  total: number,
): Promise<EducationInput[]> {
  const out: EducationInput[] = [];
  for (const [index, entry] of education.entries()) {
    const finished = (entry.status ?? 'completed') === 'completed';
    const matters =
      finished &&
      entry.level !== 'high-school' &&
      finishMonthMatters(ctx.relevance, entry.level, entry.field ?? 'other', total);
    if (!matters) {
      out.push(entry);
      continue;
    }
    const field =
      entry.field && entry.field !== 'other' ? ` in ${FIELD_LABELS[entry.field].toLowerCase()}` : '';
    const completed = await ctx.ask.text({
      id: `experience.finished.${index}`,
      message: `When did you finish your ${LEVEL_SHORT[entry.level].toLowerCase()}${field}? (for example 2019-05; Enter to skip)`,
      default: entry.completed,
      parse: (raw) => parsePastMonthOrSkip(raw, ctx.asOf),
      echo: (value) => (value ? formatMonth(value) : 'skipped'),
    });
    const copy = { ...entry };
    if (completed) copy.completed = completed;
    else delete copy.completed;
    out.push(copy);
  }
  return out;
}

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
