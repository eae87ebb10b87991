import {
  ACCREDITOR_NAMES,
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  EDUCATION_RANK,
  type EducationField,
  type EducationLevel,
  INTERNSHIP_SUPERVISORS,
  type ProgramAccreditation,
} from '../../core/vocabulary.js';
import type { WizardMessages } from '../../messages/wizard-en.js';
import type { ProfileInput } from '../../profile/schema.js';
import { choicesOf, type EducationInput, type WizardContext } from '../context.js';
import { parseFinishedMonth, parseFutureMonth, parseWholeNumber } from '../parse.js';
import type { Choice } from '../prompter.js';
import { accreditationsFor, courseworkFor, fieldExperienceMatters, internshipMatters } from '../relevance.js';

const MAX_ENTRIES = 6;
type Next = 'done' | 'finished' | 'studying';

/** Existing entries in the order the questions walk them: finished (highest first), then studies. */
export function educationInAskingOrder(entries: readonly EducationInput[]): EducationInput[] {
  const finished = entries.filter((e) => (e.status ?? 'completed') === 'completed');
  const studying = entries.filter((e) => e.status === 'in-progress');
  finished.sort((a, b) => EDUCATION_RANK[b.level] - EDUCATION_RANK[a.level]);
  return [...finished, ...studying];
}

/** The answers to "highest education" that name a common degree outright (its field included). */
type Highest = `${EducationLevel}` | `${EducationLevel}:${EducationField}` | 'none';

/** The answers, in the order offered (the words say each in the person's language). */
const HIGHEST = [
  'high-school',
  'some-college',
  'certificate:nursing',
  'certificate',
  'diploma:nursing',
  'associate:nursing',
  'associate',
  'bachelor:nursing',
  'bachelor:social-work',
  'bachelor',
  'master:social-work',
  'master:nursing',
  'master',
  'doctorate',
] as const satisfies readonly Highest[];
type HighestOffered = (typeof HIGHEST)[number];

function highestOf(entry: EducationInput | undefined): Highest {
  if (!entry || entry.status === 'in-progress') return 'none';
  const keyed = `${entry.level}:${entry.field ?? 'other'}` as Highest;
  return (HIGHEST as readonly Highest[]).includes(keyed) ? keyed : entry.level;
}

function highestChoices(words: WizardMessages): Choice<Highest>[] {
  const named = words.education.highestChoices as Record<HighestOffered, { name: string; short: string }>;
  return [
    ...HIGHEST.map((value) => ({ value, ...named[value] })),
    {
      value: 'none' as const,
      name: words.education.notFinishedHighSchool,
      short: words.education.notFinishedHighSchoolShort,
    },
  ];
}

/** Education: the highest finished level, then any other degree, finished or under way. */
export async function askEducation(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const words = ctx.words.education;
  const previous = educationInAskingOrder(profile.education ?? []);
  const entries: EducationInput[] = [];

  const highest = await ctx.ask.select<Highest>({
    id: 'education.highest',
    message: words.highest,
    choices: highestChoices(ctx.words),
    // A new person's cursor starts on the first answer (high school): the least it could count for.
    default: previous.length > 0 ? highestOf(previous[0]) : 'high-school',
  });
  if (highest !== 'none') {
    const [level, field] = highest.split(':') as [EducationLevel, EducationField | undefined];
    const before = previous[0]?.status !== 'in-progress' ? previous[0] : undefined;
    entries.push(await askDegreeDetails(ctx, 0, level, 'completed', before, field));
  }

  for (let i = entries.length; i < MAX_ENTRIES; i++) {
    const before = previous[i];
    const next = await ctx.ask.select<Next>({
      id: `education.${i}.next`,
      message: words.moreEducation,
      choices: [
        { value: 'done', name: words.moreDone },
        { value: 'studying', name: words.moreStudying },
        { value: 'finished', name: words.moreFinished },
      ],
      default: before ? (before.status === 'in-progress' ? 'studying' : 'finished') : 'done',
    });
    if (next === 'done') break;
    const status = next === 'studying' ? 'in-progress' : 'completed';
    const level = await ctx.ask.select<EducationLevel>({
      id: `education.${i}.level`,
      message: status === 'in-progress' ? words.whichStudying : words.whichFinished,
      choices: levelChoices(
        ctx.words,
        EDUCATION_LEVELS.filter((l) => l !== 'high-school' && l !== 'some-college'),
      ),
      default: before?.level ?? 'bachelor',
    });
    entries.push(await askDegreeDetails(ctx, i, level, status, before));
  }
  return { ...profile, education: entries };
}

function levelChoices(words: WizardMessages, levels: readonly EducationLevel[]): Choice<EducationLevel>[] {
  return levels.map((value) => ({
    value,
    name: words.labels.level[value],
    short: words.labels.levelShort[value],
  }));
}

/** "associate degree in nursing", "bachelor's in social work", "practical nursing certificate". */
export function degreeWords(
  words: WizardMessages,
  entry: { level: EducationLevel; field?: EducationField },
): string {
  const field = entry.field && entry.field !== 'other' ? words.labels.field[entry.field] : null;
  if (entry.level === 'certificate') {
    if (entry.field === 'nursing') return words.education.practicalNursingCertificate;
    return words.education.certificate(field);
  }
  if (entry.level === 'diploma') return words.education.nursingDiploma;
  return words.education.degree(words.labels.levelInText[entry.level], field);
}

async function askDegreeDetails(
  ctx: WizardContext,
  index: number,
  level: EducationLevel,
  status: 'completed' | 'in-progress',
  previous: EducationInput | undefined,
  fixedField?: EducationField,
): Promise<EducationInput> {
  const id = (part: string) => `education.${index}.${part}`;
  const words = ctx.words.education;
  const answers = ctx.words.answers;
  // The saved answers are defaults only for the same kind of entry.
  const before = previous && previous.level === level ? previous : undefined;
  const entry: EducationInput = { level };
  if (status === 'in-progress') entry.status = 'in-progress';
  const finished = status === 'completed';
  const field = fixedField ?? (await askField(ctx, id('field'), level, before?.field));
  if (field !== 'other') entry.field = field;

  if (level === 'some-college') {
    const credits = await ctx.ask.text({
      id: id('credits'),
      message: words.credits,
      default: before?.credits !== undefined ? String(before.credits) : undefined,
      parse: (raw) => parseWholeNumber(raw, answers.credits, 0, 300, ctx.words),
    });
    if (credits > 0) entry.credits = credits;
    return entry;
  }

  const accreditations = accreditationsFor(ctx.relevance, level, field);
  let accreditation: ProgramAccreditation = 'none';
  if (accreditations.length > 0) {
    accreditation = await askAccreditation(ctx, id('accreditation'), field, accreditations, before);
    if (accreditation !== 'none') entry.program_accreditation = accreditation;
  }
  if (accreditation === 'none' && fieldExperienceMatters(ctx.relevance, level, field)) {
    const saved = before?.field_experience;
    const placement = await ctx.ask.confirm({
      id: id('practicum'),
      message: words.practicum(finished),
      default: typeof saved === 'object' ? saved.hours > 0 : saved,
    });
    // A placement's hours and setting, when the saved profile has them, are kept as they were.
    entry.field_experience = placement && typeof saved === 'object' ? saved : placement;
  }
  if (internshipMatters(ctx.relevance, level, field)) {
    const hours = await ctx.ask.text({
      id: id('internship-hours'),
      message: words.internshipHours(finished),
      default: before?.internship ? String(before.internship.hours) : undefined,
      parse: (raw) => parseWholeNumber(raw, answers.internshipHours, 0, 10_000, ctx.words),
    });
    if (hours > 0) {
      const supervisor = await ctx.ask.select({
        id: id('internship-supervisor'),
        message: words.internshipSupervisor,
        choices: choicesOf(INTERNSHIP_SUPERVISORS, ctx.words.labels.internshipSupervisor),
        default: before?.internship?.supervised_by ?? 'other',
      });
      entry.internship = { hours, supervised_by: supervisor };
    }
  }
  const coursework = courseworkFor(ctx.relevance, level, field).filter((c) =>
    ctx.data.byId.coursework.has(c),
  );
  if (coursework.length > 0) {
    const taken = await ctx.ask.checkbox({
      id: id('coursework'),
      message: words.courses(finished),
      hint: ctx.words.licenses.heldHint,
      choices: coursework.map((c) => ({ value: c, name: ctx.data.byId.coursework.get(c)?.name ?? c })),
      checked: before?.coursework ?? [],
    });
    if (taken.length > 0) entry.coursework = taken;
  }
  if (status === 'in-progress') {
    entry.completed = await ctx.ask.text({
      id: id('expected'),
      message: words.expected,
      default: before?.status === 'in-progress' ? before.completed : undefined,
      parse: (raw) => parseFutureMonth(raw, ctx.asOf, ctx.words),
      echo: (month) => ctx.words.format.month(month),
    });
  } else if (level !== 'high-school') {
    // Every finished degree is dated: rules that count work "after the degree" need the month.
    const saved = before?.status !== 'in-progress' ? before?.completed : undefined;
    const completed = await ctx.ask.text({
      id: id('finished'),
      message: words.finished(degreeWords(ctx.words, { level, field }), saved === undefined),
      default: saved,
      parse: (raw) => parseFinishedMonth(raw, ctx.asOf, ctx.words),
      echo: (value) => (value ? ctx.words.format.month(value) : answers.echo.notKnown),
    });
    if (completed) entry.completed = completed;
  }
  return entry;
}

async function askField(
  ctx: WizardContext,
  id: string,
  level: EducationLevel,
  before: EducationField | undefined,
): Promise<EducationField> {
  if (level === 'high-school' || level === 'some-college') return 'other';
  if (level === 'diploma') return 'nursing'; // a hospital diploma is a nursing program by definition
  return ctx.ask.select({
    id,
    message: ctx.words.education.field,
    choices: choicesOf(EDUCATION_FIELDS, ctx.words.labels.field),
    default: before ?? 'other',
  });
}

/** "Is it CSWE-accredited?", named from the data's degrees and organizations. */
async function askAccreditation(
  ctx: WizardContext,
  id: string,
  field: EducationField,
  options: ProgramAccreditation[],
  before: EducationInput | undefined,
): Promise<ProgramAccreditation> {
  const words = ctx.words.education;
  const named = options.map((a) => ({ value: a, ...accreditorName(ctx, a) }));
  const unsure: Choice<ProgramAccreditation | 'unsure'> = {
    value: 'unsure',
    name: words.notSure,
    description: words.notSureAccredited,
  };
  const fieldName = ctx.words.labels.field[field].toLowerCase();
  let answer: ProgramAccreditation | 'unsure';
  if (named.length === 1) {
    const only = named[0]!;
    answer = await ctx.ask.select<ProgramAccreditation | 'unsure'>({
      id,
      message: words.accreditedBy(fieldName, `${only.short}${only.long ? ` (${only.long})` : ''}`),
      choices: [{ value: only.value, name: words.yes }, { value: 'none', name: words.no }, unsure],
      // Never a guessed Yes: a stray Enter on a new answer says "not sure" (counted as not accredited).
      default: before?.program_accreditation ?? 'unsure',
    });
  } else {
    answer = await ctx.ask.select<ProgramAccreditation | 'unsure'>({
      id,
      message: words.accreditedWhich(fieldName),
      choices: [
        ...named.map((n) => ({ value: n.value, name: n.long ? `${n.short} (${n.long})` : n.short })),
        { value: 'none', name: words.noneOfThese },
        unsure,
      ],
      default: before?.program_accreditation ?? 'unsure',
    });
  }
  return answer === 'unsure' ? 'none' : answer;
}

function accreditorName(
  ctx: WizardContext,
  accreditation: ProgramAccreditation,
): { short: string; long?: string } {
  const degree = ctx.data.degrees.find((d) => d.program_accreditation === accreditation && d.accreditor);
  const org = degree?.accreditor ? ctx.data.byId.organizations.get(degree.accreditor) : undefined;
  if (org) return { short: org.abbreviation, long: org.name };
  return { short: ACCREDITOR_NAMES[accreditation] };
}
