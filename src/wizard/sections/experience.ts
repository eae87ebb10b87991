import { addMonths } from '../../core/month.js';
import { ROLES, type Role, SETTINGS, type Setting, type SupervisorKind } from '../../core/vocabulary.js';
import type { ProfileInput } from '../../profile/schema.js';
import { choicesOf, type ExperienceInput, type WizardContext } from '../context.js';
import { ROLE_LABELS, SETTING_LABELS, SUPERVISOR_LABELS } from '../labels.js';
import { parseHours, parseMonths } from '../parse.js';
import { supervisorsFor } from '../relevance.js';
import { askDates } from './dates.js';

const MAX_ROLES = 8;
type Kind = 'full-time' | 'part-time' | 'unpaid';

/** Jobs in case management or near it, most recent first; one question at a time. */
export async function askExperience(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const previous = profile.experience ?? [];
  const roles: ExperienceInput[] = [];
  for (let i = 0; i < MAX_ROLES; i++) {
    const before = previous[i];
    const role = await ctx.ask.select<Role | null>({
      id: `experience.${i}.role`,
      message:
        i === 0
          ? 'What is your most recent job in case management or a related field?'
          : 'What was the job before that?',
      // Most people who run the wizard are students or career changers: "none yet" comes first.
      choices:
        i === 0
          ? [
              {
                value: null,
                name: "I haven't worked in any of these yet",
                short: 'none yet',
                description: 'Fine for students and career changers: the roadmap starts from here.',
              },
              ...choicesOf(ROLES, ROLE_LABELS),
            ]
          : [...choicesOf(ROLES, ROLE_LABELS), { value: null, name: 'No more to add' }],
      default: before?.role ?? (i === 0 ? null : 'case-manager'),
    });
    if (role === null) break;
    roles.push(await askRole(ctx, i, role, before));
    const more = await ctx.ask.confirm({
      id: `experience.${i}.more`,
      message: 'Add another job (an earlier one)?',
      default: previous.length > i + 1,
    });
    if (!more) break;
  }
  return askDates(ctx, { ...profile, experience: roles });
}

async function askRole(
  ctx: WizardContext,
  index: number,
  role: Role,
  before: ExperienceInput | undefined,
): Promise<ExperienceInput> {
  const id = (part: string) => `experience.${index}.${part}`;
  const entry: ExperienceInput = { role, months: 0 };
  const ongoing = await ctx.ask.confirm({
    id: id('ongoing'),
    message: 'Are you still in this job?',
    default: before?.ongoing ?? index === 0,
  });
  // Questions follow the tense of that answer: "Where is it?" for a current job, "Where was it?" else.
  const is = ongoing ? 'is' : 'was';
  const setting = await ctx.ask.select<Setting>({
    id: id('setting'),
    message: `Where ${is} it?`,
    choices: choicesOf(SETTINGS, SETTING_LABELS),
    default: before?.setting ?? 'hospital',
  });
  if (setting !== 'other') entry.setting = setting;

  entry.months = await ctx.ask.text({
    id: id('months'),
    message: ongoing ? 'How many months have you been in it so far?' : 'How many months were you in it?',
    default: before ? String(before.months) : undefined,
    parse: parseMonths,
    // "2 years" reads back as "2 years (24 months)", so the person sees how it was understood.
    echo: (months, raw) =>
      /^\s*\d+(\.\d+)?\s*$/.test(raw) ? raw.trim() : `${raw.trim()} (${months} months)`,
  });
  if (ongoing) {
    entry.ongoing = true;
    // Dating an ongoing job lets rules that count "after the degree" see where it falls.
    entry.start = addMonths(ctx.asOf, -Math.round(entry.months));
  } else if (before?.start && !before.ongoing) {
    entry.start = before.start;
  }

  const kind = await ctx.ask.select<Kind>({
    id: id('kind'),
    message: `${ongoing ? 'Is' : 'Was'} it paid and full-time?`,
    choices: [
      { value: 'full-time', name: 'Paid, full-time (about 40 hours a week)' },
      { value: 'part-time', name: 'Paid, part-time' },
      { value: 'unpaid', name: 'Unpaid: an internship, practicum or volunteering' },
    ],
    default: kindOf(before),
  });
  if (kind === 'unpaid') entry.paid = false;
  if (kind !== 'full-time') {
    entry.hours_per_week = await ctx.ask.text({
      id: id('hours'),
      message: 'About how many hours a week?',
      default: before?.hours_per_week !== undefined ? String(before.hours_per_week) : undefined,
      parse: (raw) => parseHours(raw, 1, kind === 'part-time' ? 39 : 100),
    });
  }

  const supervisors = supervisorsFor(ctx.relevance, role);
  if (supervisors.length > 0) {
    const kinds: SupervisorKind[] = [
      ...new Set<SupervisorKind>([...supervisors, 'licensed', 'other', 'none']),
    ];
    const supervisedBy = await ctx.ask.select<SupervisorKind>({
      id: id('supervised'),
      message: ongoing ? 'Who supervises your work?' : 'Who supervised your work?',
      choices: choicesOf(kinds, SUPERVISOR_LABELS),
      default: before?.supervised_by ?? 'licensed',
    });
    if (supervisedBy !== 'none') entry.supervised_by = supervisedBy;
  }
  return entry;
}

function kindOf(before: ExperienceInput | undefined): Kind {
  if (!before) return 'full-time';
  if (before.paid === false) return 'unpaid';
  return (before.hours_per_week ?? 40) < 40 ? 'part-time' : 'full-time';
}
