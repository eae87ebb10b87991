import { addMonths, type Month, monthsBetween } from '../core/month.js';
import type { Data } from '../data/model.js';
import { type WizardMessages, wizardEn } from '../messages/wizard-en.js';
import type { ProfileInput } from '../profile/schema.js';
import type { ExperienceInput } from './context.js';
import { SECTIONS, type Section } from './context.js';
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
  arrow = '→',
  words: WizardMessages = wizardEn,
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
    const setting =
      role.setting && role.setting !== 'other' ? words.labels.setting[role.setting].toLowerCase() : null;
    // The months at the time of saving: a dated role's run from its start, else the number kept.
    const months = role.start ? Math.max(0, monthsBetween(role.start, savedAt)) : (role.months ?? 0);
    const still = await ask.confirm({
      id: `update.${index}.still`,
      message: words.welcome.stillThere(
        words.labels.roleWords[role.role],
        setting,
        gap,
        words.format.month(savedAt),
        round(months),
        round(months + gap),
        arrow,
      ),
      default: true, // the saved answer: still in the job
    });
    if (still) {
      experience.push({ ...role, months: months + gap });
      continue;
    }
    const stayed = await ask.text({
      id: `update.${index}.months`,
      message: words.welcome.stayed(gap),
      parse: (raw) => {
        const parsed = parseMonths(raw, words);
        if (parsed.ok && parsed.value > gap) return { ok: false, message: words.answers.monthsUpTo(gap) };
        return parsed;
      },
    });
    const total = months + stayed;
    const ended: ExperienceInput = { ...role, months: total, ongoing: false };
    if (role.start) ended.end = addMonths(role.start, Math.max(1, Math.round(total)) - 1);
    experience.push(ended);
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
  askedBefore = false,
  ellipsis = '…',
  words: WizardMessages = wizardEn,
): Promise<Section[]> {
  const summary = summarize(profile, data, words);
  const said = words.welcome;
  const room = Math.max(20, width - 8);
  const chosen = await ask.checkbox<Section>({
    id: 'update.sections',
    // "else" only when something was asked already (the months of a job still under way).
    message:
      askedBefore && since
        ? said.whatElseChanged(words.format.month(since))
        : said.whatChanged(since ? words.format.month(since) : null),
    hint: said.changedHint,
    choices: SECTIONS.map((s) => ({
      value: s,
      name: clip(`${words.sections[s]}: ${summary[s]}`, room, ellipsis),
      short: words.sections[s],
    })),
  });
  return SECTIONS.filter((s) => chosen.includes(s));
}

/** Cut at a word, with "…" (or "..." on a terminal without Unicode) to say there is more. */
function clip(text: string, width: number, ellipsis: string): string {
  if (text.length <= width) return text;
  const room = width - ellipsis.length;
  const cut = text.slice(0, room + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > room / 2 ? cut.slice(0, space) : text.slice(0, room)).replace(/[\s,;:]+$/, '')}${ellipsis}`;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
