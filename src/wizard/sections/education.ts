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
import type { ProfileInput } from '../../profile/schema.js';
import { choicesOf, type EducationInput, type WizardContext } from '../context.js';
import { ACCREDITATION_FALLBACK, FIELD_LABELS, LEVEL_LABELS, LEVEL_SHORT } from '../labels.js';
import { parseFutureMonth, parseWholeNumber } from '../parse.js';
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

/** Education: the highest finished level, then any other degree, finished or under way. */
export async function askEducation(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const previous = educationInAskingOrder(profile.education ?? []);
  const entries: EducationInput[] = [];

  const highest = await ctx.ask.select<EducationLevel | 'none'>({
    id: 'education.highest',
    message: 'What is the highest level of school you have finished?',
    choices: [
      ...levelChoices(EDUCATION_LEVELS),
      { value: 'none', name: 'I have not finished high school yet', short: 'none yet' },
    ],
    default: previous[0]?.status === 'in-progress' ? 'none' : (previous[0]?.level ?? 'high-school'),
  });
  if (highest !== 'none') entries.push(await askDegreeDetails(ctx, 0, highest, 'completed', previous[0]));

  for (let i = entries.length; i < MAX_ENTRIES; i++) {
    const before = previous[i];
    const next = await ctx.ask.select<Next>({
      id: `education.${i}.next`,
      message: 'Anything else about your education?',
      choices: [
        { value: 'done', name: "No, that's everything" },
        { value: 'studying', name: "A degree I'm studying for now" },
        { value: 'finished', name: 'Another degree I finished' },
      ],
      default: before ? (before.status === 'in-progress' ? 'studying' : 'finished') : 'done',
    });
    if (next === 'done') break;
    const status = next === 'studying' ? 'in-progress' : 'completed';
    const level = await ctx.ask.select<EducationLevel>({
      id: `education.${i}.level`,
      message:
        status === 'in-progress' ? 'Which degree are you studying for?' : 'Which degree did you finish?',
      choices: levelChoices(EDUCATION_LEVELS.filter((l) => l !== 'high-school')),
      default: before?.level ?? 'bachelor',
    });
    entries.push(await askDegreeDetails(ctx, i, level, status, before));
  }
  return { ...profile, education: entries };
}

function levelChoices(levels: readonly EducationLevel[]): Choice<EducationLevel>[] {
  return levels.map((value) => ({ value, name: LEVEL_LABELS[value], short: LEVEL_SHORT[value] }));
}

async function askDegreeDetails(
  ctx: WizardContext,
  index: number,
  level: EducationLevel,
  status: 'completed' | 'in-progress',
  before: EducationInput | undefined,
): Promise<EducationInput> {
  const id = (part: string) => `education.${index}.${part}`;
  const entry: EducationInput = { level };
  if (status === 'in-progress') entry.status = 'in-progress';
  const does = status === 'in-progress' ? 'does' : 'did';
  const Does = status === 'in-progress' ? 'Does' : 'Did';
  const field = await askField(ctx, id('field'), level, before?.field);
  if (field !== 'other') entry.field = field;

  const accreditations = accreditationsFor(ctx.relevance, level, field);
  let accreditation: ProgramAccreditation = 'none';
  if (accreditations.length > 0) {
    accreditation = await askAccreditation(ctx, id('accreditation'), field, accreditations, before);
    if (accreditation !== 'none') entry.program_accreditation = accreditation;
  }
  if (accreditation === 'none' && fieldExperienceMatters(ctx.relevance, level, field)) {
    entry.field_experience = await ctx.ask.confirm({
      id: id('practicum'),
      message: `${Does} the program include a supervised practicum or field placement (in case management, health or behavioural health)?`,
      default: before?.field_experience ?? false,
    });
  }
  if (internshipMatters(ctx.relevance, level, field)) {
    const hours = await ctx.ask.text({
      id: id('internship-hours'),
      message: `How many hours of supervised internship ${does} the program include? (0 if none)`,
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
      message: `Which of these courses ${does} the program include?`,
      hint: 'space to select, Enter when done; none is fine',
      choices: coursework.map((c) => ({ value: c, name: ctx.data.byId.coursework.get(c)?.name ?? c })),
      checked: before?.coursework ?? [],
    });
    if (taken.length > 0) entry.coursework = taken;
  }
  if (status === 'in-progress') {
    entry.completed = await ctx.ask.text({
      id: id('expected'),
      message: 'When do you expect to finish? (month and year, for example 2027-05)',
      default: before?.status === 'in-progress' ? before.completed : undefined,
      parse: (raw) => parseFutureMonth(raw, ctx.asOf),
      echo: (month) => formatMonth(month),
    });
  } else if (before?.status !== 'in-progress' && before?.completed && before.level === level) {
    entry.completed = before.completed; // asked in the experience section when it matters; keep it
  }
  return entry;
}

async function askField(
  ctx: WizardContext,
  id: string,
  level: EducationLevel,
  before: EducationField | undefined,
): Promise<EducationField> {
  if (level === 'high-school') return 'other';
  if (level === 'diploma') return 'nursing'; // a hospital diploma is a nursing program by definition
  return ctx.ask.select({
    id,
    message: 'In which field?',
    choices: choicesOf(EDUCATION_FIELDS, FIELD_LABELS),
    default: before ?? 'social-work',
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
    description: 'Counted as not accredited until you check; your school can tell you.',
  };
  const fieldName = FIELD_LABELS[field].toLowerCase();
  let answer: ProgramAccreditation | 'unsure';
  if (named.length === 1) {
    const only = named[0]!;
    answer = await ctx.ask.select<ProgramAccreditation | 'unsure'>({
      id,
      message: `Is the ${fieldName} program accredited by ${only.short}${only.long ? ` (${only.long})` : ''}?`,
      choices: [{ value: only.value, name: 'Yes' }, { value: 'none', name: 'No' }, unsure],
      default: before?.program_accreditation ?? only.value,
    });
  } else {
    answer = await ctx.ask.select<ProgramAccreditation | 'unsure'>({
      id,
      message: `Which body accredits the ${fieldName} program?`,
      choices: [
        ...named.map((n) => ({ value: n.value, name: n.long ? `${n.short} (${n.long})` : n.short })),
        { value: 'none', name: 'None of these' },
        unsure,
      ],
      default: before?.program_accreditation ?? named[0]!.value,
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
