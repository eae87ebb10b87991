import { addMonths, type Month, monthIndex } from '../../core/month.js';
import { ROLES, type Role, SETTINGS, type Setting, type SupervisorKind } from '../../core/vocabulary.js';
import type { WizardMessages } from '../../messages/wizard-en.js';
import type { ProfileInput } from '../../profile/schema.js';
import { choicesOf, type EducationInput, type ExperienceInput, type WizardContext } from '../context.js';
import {
  type JobSpan,
  parseFinishedMonth,
  parseJobSpans,
  parseWeeklyHours,
  parseWholeNumber,
} from '../parse.js';
import { certificationsInReach, roleCounts, settingsMatter, supervisorsFor } from '../relevance.js';
import { degreeWords } from './education.js';

/**
 * Jobs in case management or near it: one list to tick, then for each job when it ran (typed,
 * "2024-03 to now"), and only what a rule can count: the setting, the hours and the supervisor.
 */
export async function askExperience(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const words = ctx.words.experience;
  const { role: roleLabels, roleWords } = ctx.words.labels;
  const format = ctx.words.format;
  const previous = profile.experience ?? [];
  const savedRoles = [...new Set(previous.map((e) => e.role))];
  const picked = await ctx.ask.checkbox<Role>({
    id: 'experience.roles',
    message: words.jobs,
    hint: words.jobsHint,
    choices: ROLES.map((r) => ({ value: r, name: roleLabels[r], short: roleWords[r] })),
    checked: savedRoles,
  });
  // The order asked: the saved jobs first (as they were), then the new ones in the list's order.
  const roles = [
    ...savedRoles.filter((r) => picked.includes(r)),
    ...picked.filter((r) => !savedRoles.includes(r)),
  ];

  let education = profile.education ?? [];
  const entries: ExperienceInput[] = [];
  for (const role of roles) {
    const before = previous.filter((e) => e.role === role);
    let job = await askJob(ctx, role, before, '', finishedOf(education));
    // A license job (RN, LPN) that began before the schooling it needs: asked, never kept silently.
    for (let attempt = 1; attempt <= 3; attempt++) {
      const clash = degreeAfterJob(role, job, education);
      if (!clash) break;
      const choice = await ctx.ask.select<'keep' | 'job' | 'degree'>({
        id: `experience.${role}.check${attempt > 1 ? `.${attempt}` : ''}`,
        message: words.jobBeforeDegree(
          roleWords[role],
          format.month(clash.start),
          degreeWords(ctx.words, clash.degree),
          format.month(clash.degree.completed!),
        ),
        choices: [
          { value: 'job', name: words.fixJob },
          { value: 'degree', name: words.fixDegree },
          { value: 'keep', name: words.bothRight },
        ],
        default: 'job',
      });
      if (choice === 'keep') break;
      if (choice === 'job') job = await askJob(ctx, role, job, `.${attempt}`, finishedOf(education));
      else education = await refixDegree(ctx, education, clash.degree, attempt);
    }
    entries.push(...job);
  }
  // Most recent first: ongoing jobs, then by the month each ended; undated ones last.
  entries.sort((a, b) => endOf(b, ctx.asOf) - endOf(a, ctx.asOf));
  const next: ProfileInput = { ...profile, experience: entries, education };
  if (entries.length === 0) delete next.experience;
  return askCeHours(ctx, next);
}

async function askJob(
  ctx: WizardContext,
  role: Role,
  before: readonly ExperienceInput[],
  again: string,
  degrees: readonly EducationInput[],
): Promise<ExperienceInput[]> {
  const id = (part: string) => `experience.${role}.${part}${again}`;
  const words = ctx.words.experience;
  const echo = ctx.words.answers.echo;
  const job = ctx.words.labels.roleWords[role];
  const spans = await ctx.ask.text<JobSpan[]>({
    id: id('dates'),
    message: words.jobDates(job, before.length === 0),
    default: before.length > 0 ? before.map((e) => spanText(ctx.words, e, ctx.asOf)).join(', ') : undefined,
    parse: (raw) => parseJobSpans(raw, ctx.asOf, ctx.words),
    echo: (value) => value.map((s) => spanEcho(ctx.words, s, ctx.asOf)).join(', '),
  });
  const ongoing = spans.some((s) => 'start' in s && s.end === null);
  const first = before[0];
  const shared: Partial<ExperienceInput> = {};
  let where: Setting | undefined;

  if (settingsMatter(ctx.relevance, role, degrees)) {
    const setting = await ctx.ask.select<Setting>({
      id: id('setting'),
      message: words.jobSetting(job, ongoing),
      choices: choicesOf(SETTINGS, ctx.words.labels.setting),
      // A new answer starts on "somewhere else": a stray Enter never claims a setting a rule counts.
      default: first?.setting ?? 'other',
    });
    if (setting !== 'other') shared.setting = setting;
    where = setting;
  } else if (first?.setting && first.setting !== 'other') {
    shared.setting = first.setting;
  }

  if (roleCounts(ctx.relevance, role, degrees, where)) {
    const saved = first ? echo.hoursTyped(first.hours_per_week ?? 40, first.paid !== false) : undefined;
    const hours = await ctx.ask.text({
      id: id('hours'),
      message: words.jobHours(job, ongoing, saved === undefined),
      default: saved,
      parse: (raw) => parseWeeklyHours(raw, ctx.words),
      echo: (value) => echo.weeklyHours(value.hours, value.paid),
    });
    if (hours.hours !== 40) shared.hours_per_week = hours.hours;
    if (!hours.paid) shared.paid = false;
  } else {
    if (first?.hours_per_week !== undefined) shared.hours_per_week = first.hours_per_week;
    if (first?.paid === false) shared.paid = false;
  }

  const supervisors = supervisorsFor(ctx.relevance, role, degrees, where);
  if (supervisors.length > 0) {
    const kinds: SupervisorKind[] = [
      ...new Set<SupervisorKind>([...supervisors, 'licensed', 'other', 'none']),
    ];
    const supervisedBy = await ctx.ask.select<SupervisorKind>({
      id: id('supervised'),
      message: words.jobSupervisor(job, ongoing),
      choices: choicesOf(kinds, ctx.words.labels.supervisor),
      // Never a guessed supervisor: a new answer starts on "no one, or not sure".
      default: first?.supervised_by ?? 'none',
    });
    if (supervisedBy !== 'none') shared.supervised_by = supervisedBy;
  } else if (first?.supervised_by && first.supervised_by !== 'none') {
    shared.supervised_by = first.supervised_by;
  }

  return spans.map((span) => ({ role, ...shared, ...entryOf(span, ctx.asOf) }));
}

function finishedOf(education: readonly EducationInput[]): EducationInput[] {
  return education.filter((e) => (e.status ?? 'completed') === 'completed');
}

function entryOf(span: JobSpan, asOf: Month): Pick<ExperienceInput, 'months' | 'start' | 'end' | 'ongoing'> {
  if (!('start' in span)) return { months: span.months };
  if (span.end === null) {
    return {
      start: span.start,
      months: Math.max(0, monthIndex(asOf) - monthIndex(span.start)),
      ongoing: true,
    };
  }
  return { start: span.start, end: span.end, months: monthIndex(span.end) - monthIndex(span.start) + 1 };
}

/** The saved job as it would be typed: "2024-03 to now", "2016-06 to 2024-03", "14 months". */
function spanText(words: WizardMessages, entry: ExperienceInput, asOf: Month): string {
  const typed = words.answers.echo;
  const months = entry.months ?? 0;
  const length = Math.max(1, Math.round(months));
  if (entry.ongoing) return typed.spanTyped(entry.start ?? addMonths(asOf, -Math.round(months)), null);
  if (entry.start && entry.end) return typed.spanTyped(entry.start, entry.end);
  if (entry.start) return typed.spanTyped(entry.start, addMonths(entry.start, length - 1));
  if (entry.end) return typed.spanTyped(addMonths(entry.end, 1 - length), entry.end);
  return typed.monthsTyped(months);
}

function spanEcho(words: WizardMessages, span: JobSpan, asOf: Month): string {
  const echo = words.answers.echo;
  if (!('start' in span)) return echo.spanLength(span.months);
  const months = entryOf(span, asOf).months ?? 0;
  const start = words.format.month(span.start);
  return span.end === null
    ? echo.spanOngoing(start, echo.spanLength(months))
    : echo.spanEnded(start, words.format.month(span.end), echo.spanLength(months));
}

function endOf(entry: ExperienceInput, asOf: Month): number {
  if (entry.ongoing) return monthIndex(asOf) + 1;
  if (entry.end) return monthIndex(entry.end);
  if (entry.start) return monthIndex(entry.start) + (entry.months ?? 0);
  return Number.NEGATIVE_INFINITY;
}

/** The schooling a license job needs before it can start. */
const NEEDS: Partial<Record<Role, (e: EducationInput) => boolean>> = {
  'registered-nurse': (e) => e.field === 'nursing' && e.level !== 'certificate',
  'licensed-practical-nurse': (e) => e.field === 'nursing',
};

/** A job that starts before every finished program it needs was finished: the first such clash. */
function degreeAfterJob(
  role: Role,
  job: readonly ExperienceInput[],
  education: readonly EducationInput[],
): { start: Month; degree: EducationInput } | null {
  const needs = NEEDS[role];
  if (!needs) return null;
  const degrees = education.filter(
    (e) => (e.status ?? 'completed') === 'completed' && needs(e) && e.completed,
  );
  if (degrees.length === 0) return null;
  const earliest = degrees.reduce((a, b) => (monthIndex(a.completed!) <= monthIndex(b.completed!) ? a : b));
  for (const entry of job) {
    if (entry.start && monthIndex(entry.start) < monthIndex(earliest.completed!)) {
      return { start: entry.start, degree: earliest };
    }
  }
  return null;
}

async function refixDegree(
  ctx: WizardContext,
  education: readonly EducationInput[],
  degree: EducationInput,
  attempt: number,
): Promise<EducationInput[]> {
  const completed = await ctx.ask.text({
    id: `experience.finished.${education.indexOf(degree)}${attempt > 1 ? `.${attempt}` : ''}`,
    message: ctx.words.education.finished(degreeWords(ctx.words, degree), !degree.completed),
    default: degree.completed,
    parse: (raw) => parseFinishedMonth(raw, ctx.asOf, ctx.words),
    echo: (value) => (value ? ctx.words.format.month(value) : ctx.words.answers.echo.notKnown),
  });
  return education.map((e) => {
    if (e !== degree) return e;
    const copy = { ...e };
    if (completed) copy.completed = completed;
    else delete copy.completed;
    return copy;
  });
}

/**
 * Continuing education: asked only of people who could be on a route to a certification that
 * counts it (enough experience, and a finished degree or a license that opens one).
 */
async function askCeHours(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const total = (profile.experience ?? []).reduce((sum, e) => sum + (e.months ?? 0), 0);
  const finished = (profile.education ?? []).filter((e) => (e.status ?? 'completed') === 'completed');
  const licenses = (profile.licenses ?? []).map((l) => l.type);
  const inReach = certificationsInReach(ctx.relevance, total, finished, licenses);
  const next: ProfileInput = { ...profile };
  delete next.ce_hours;
  if (!inReach.some((c) => c.usesCe)) {
    if (profile.ce_hours) next.ce_hours = profile.ce_hours;
    return next;
  }
  const hours = await ctx.ask.text({
    id: 'experience.ce-hours',
    message: ctx.words.experience.ceHours,
    default: profile.ce_hours !== undefined ? String(profile.ce_hours) : undefined,
    parse: (raw) => parseWholeNumber(raw, ctx.words.answers.ceHours, 0, 10_000, ctx.words),
  });
  if (hours > 0) next.ce_hours = hours;
  return next;
}
