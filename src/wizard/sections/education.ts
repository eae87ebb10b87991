import { formatMonth } from '../../core/month.js';
import {
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  EDUCATION_RANK,
  type EducationField,
  type EducationLevel,
  INTERNSHIP_SUPERVISORS,
  type ProgramAccreditation,
} from '../../core/vocabulary.js';
import { wizardEn } from '../../messages/wizard-en.js';
import type { ProfileInput } from '../../profile/schema.js';
import { choicesOf, type EducationInput, type WizardContext } from '../context.js';
import { ACCREDITATION_FALLBACK, FIELD_LABELS, LEVEL_LABELS, LEVEL_SHORT } from '../labels.js';
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

const HIGHEST: { value: Highest; name: string; short: string }[] = [
  { value: 'high-school', name: 'High school diploma or GED', short: 'High school' },
  { value: 'some-college', name: 'Some college, no degree', short: 'Some college' },
  {
    value: 'certificate:nursing',
    name: 'Practical nursing certificate (LPN or LVN)',
    short: 'Practical nursing certificate',
  },
  { value: 'certificate', name: 'Another certificate after high school', short: 'Certificate' },
  { value: 'diploma:nursing', name: 'Hospital nursing diploma', short: 'Nursing diploma' },
  { value: 'associate:nursing', name: 'Associate degree in nursing (ADN)', short: 'ADN' },
  { value: 'associate', name: 'Associate degree in another field', short: 'Associate degree' },
  { value: 'bachelor:nursing', name: "Bachelor's in nursing (BSN)", short: 'BSN' },
  { value: 'bachelor:social-work', name: "Bachelor's in social work (BSW)", short: 'BSW' },
  { value: 'bachelor', name: "Bachelor's degree in another field", short: "Bachelor's" },
  { value: 'master:social-work', name: "Master's in social work (MSW)", short: 'MSW' },
  { value: 'master:nursing', name: "Master's in nursing (MSN)", short: 'MSN' },
  { value: 'master', name: "Master's degree in another field", short: "Master's" },
  { value: 'doctorate', name: 'Doctorate', short: 'Doctorate' },
];

function highestOf(entry: EducationInput | undefined): Highest {
  if (!entry || entry.status === 'in-progress') return 'none';
  const keyed = `${entry.level}:${entry.field ?? 'other'}` as Highest;
  return HIGHEST.some((h) => h.value === keyed) ? keyed : entry.level;
}

/** Education: the highest finished level, then any other degree, finished or under way. */
export async function askEducation(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const previous = educationInAskingOrder(profile.education ?? []);
  const entries: EducationInput[] = [];

  const highest = await ctx.ask.select<Highest>({
    id: 'education.highest',
    message: wizardEn.highest,
    choices: [...HIGHEST, { value: 'none', name: wizardEn.notFinishedHighSchool, short: 'none yet' }],
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
      message: wizardEn.moreEducation,
      choices: [
        { value: 'done', name: wizardEn.moreDone },
        { value: 'studying', name: wizardEn.moreStudying },
        { value: 'finished', name: wizardEn.moreFinished },
      ],
      default: before ? (before.status === 'in-progress' ? 'studying' : 'finished') : 'done',
    });
    if (next === 'done') break;
    const status = next === 'studying' ? 'in-progress' : 'completed';
    const level = await ctx.ask.select<EducationLevel>({
      id: `education.${i}.level`,
      message: status === 'in-progress' ? wizardEn.whichStudying : wizardEn.whichFinished,
      choices: levelChoices(EDUCATION_LEVELS.filter((l) => l !== 'high-school' && l !== 'some-college')),
      default: before?.level ?? 'bachelor',
    });
    entries.push(await askDegreeDetails(ctx, i, level, status, before));
  }
  return { ...profile, education: entries };
}

function levelChoices(levels: readonly EducationLevel[]): Choice<EducationLevel>[] {
  return levels.map((value) => ({ value, name: LEVEL_LABELS[value], short: LEVEL_SHORT[value] }));
}

/** "associate degree in nursing", "bachelor's in social work", "practical nursing certificate". */
export function degreeWords(entry: { level: EducationLevel; field?: EducationField }): string {
  const field = entry.field && entry.field !== 'other' ? FIELD_LABELS[entry.field].toLowerCase() : null;
  if (entry.level === 'certificate') {
    if (entry.field === 'nursing') return 'practical nursing certificate';
    return field ? `${field} certificate` : 'certificate';
  }
  const level = LEVEL_SHORT[entry.level].toLowerCase();
  return field ? `${level} in ${field}` : level;
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
  // The saved answers are defaults only for the same kind of entry.
  const before = previous && previous.level === level ? previous : undefined;
  const entry: EducationInput = { level };
  if (status === 'in-progress') entry.status = 'in-progress';
  const does = status === 'in-progress' ? 'does' : 'did';
  const Does = status === 'in-progress' ? 'Does' : 'Did';
  const field = fixedField ?? (await askField(ctx, id('field'), level, before?.field));
  if (field !== 'other') entry.field = field;

  if (level === 'some-college') {
    const credits = await ctx.ask.text({
      id: id('credits'),
      message: wizardEn.credits,
      default: before?.credits !== undefined ? String(before.credits) : undefined,
      parse: (raw) => parseWholeNumber(raw, 'credits', 0, 300),
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
      message: wizardEn.practicum(Does),
      default: typeof saved === 'object' ? saved.hours > 0 : saved,
    });
    // A placement's hours and setting, when the saved profile has them, are kept as they were.
    entry.field_experience = placement && typeof saved === 'object' ? saved : placement;
  }
  if (internshipMatters(ctx.relevance, level, field)) {
    const hours = await ctx.ask.text({
      id: id('internship-hours'),
      message: wizardEn.internshipHours(does),
      default: before?.internship ? String(before.internship.hours) : undefined,
      parse: (raw) => parseWholeNumber(raw, 'internship hours', 0, 10_000),
    });
    if (hours > 0) {
      const supervisor = await ctx.ask.select({
        id: id('internship-supervisor'),
        message: 'Who supervised the internship?',
        choices: choicesOf(INTERNSHIP_SUPERVISORS, {
          crc: 'A Certified Rehabilitation Counselor (CRC)',
          licensed: 'A licensed counselor, social worker or nurse',
          other: 'Someone else',
        }),
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
      message: wizardEn.courses(does),
      hint: wizardEn.heldHint,
      choices: coursework.map((c) => ({ value: c, name: ctx.data.byId.coursework.get(c)?.name ?? c })),
      checked: before?.coursework ?? [],
    });
    if (taken.length > 0) entry.coursework = taken;
  }
  if (status === 'in-progress') {
    entry.completed = await ctx.ask.text({
      id: id('expected'),
      message: wizardEn.expected,
      default: before?.status === 'in-progress' ? before.completed : undefined,
      parse: (raw) => parseFutureMonth(raw, ctx.asOf),
      echo: (month) => formatMonth(month),
    });
  } else if (level !== 'high-school') {
    // Every finished degree is dated: rules that count work "after the degree" need the month.
    const saved = before?.status !== 'in-progress' ? before?.completed : undefined;
    const completed = await ctx.ask.text({
      id: id('finished'),
      message: wizardEn.finished(degreeWords({ level, field }), saved === undefined),
      default: saved,
      parse: (raw) => parseFinishedMonth(raw, ctx.asOf),
      echo: (value) => (value ? formatMonth(value) : 'not known'),
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
    message: wizardEn.field,
    choices: choicesOf(EDUCATION_FIELDS, FIELD_LABELS),
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
  const named = options.map((a) => ({ value: a, ...accreditorName(ctx, a) }));
  const unsure: Choice<ProgramAccreditation | 'unsure'> = {
    value: 'unsure',
    name: "I'm not sure",
    description: wizardEn.notSureAccredited,
  };
  const fieldName = FIELD_LABELS[field].toLowerCase();
  let answer: ProgramAccreditation | 'unsure';
  if (named.length === 1) {
    const only = named[0]!;
    answer = await ctx.ask.select<ProgramAccreditation | 'unsure'>({
      id,
      message: wizardEn.accreditedBy(fieldName, `${only.short}${only.long ? ` (${only.long})` : ''}`),
      choices: [{ value: only.value, name: 'Yes' }, { value: 'none', name: 'No' }, unsure],
      // Never a guessed Yes: a stray Enter on a new answer says "not sure" (counted as not accredited).
      default: before?.program_accreditation ?? 'unsure',
    });
  } else {
    answer = await ctx.ask.select<ProgramAccreditation | 'unsure'>({
      id,
      message: wizardEn.accreditedWhich(fieldName),
      choices: [
        ...named.map((n) => ({ value: n.value, name: n.long ? `${n.short} (${n.long})` : n.short })),
        { value: 'none', name: 'None of these' },
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
  return { short: ACCREDITATION_FALLBACK[accreditation] };
}
