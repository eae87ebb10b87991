import { parse, stringify } from 'yaml';
import { wizardEn } from '../messages/wizard-en.js';
import { type ProfileInput, ProfileSchema } from '../profile/schema.js';

const ENTRY_KEYS = {
  education: [
    'level',
    'field',
    'accredited',
    'program_accreditation',
    'field_experience',
    'internship',
    'coursework',
    'status',
    'completed',
  ],
  licenses: ['type', 'state', 'status'],
  experience: ['role', 'setting', 'months', 'hours_per_week', 'supervised_by', 'paid', 'start', 'ongoing'],
} as const;

/** A copy of `entry` with its keys in the contract's order (a person reads the file top-down). */
function ordered(entry: object, keys: readonly string[]): Record<string, unknown> {
  const source = entry as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source))
    if (!(key in out) && source[key] !== undefined) out[key] = source[key];
  return out;
}

/**
 * The profile as YAML, keys in the contract's order, below a short header saying what it is (in
 * the person's language: comment lines, English when not given).
 */
export function profileToYaml(
  profile: ProfileInput,
  header: readonly string[] = wizardEn.save.profileHeader,
): string {
  const top: Record<string, unknown> = { version: 1 };
  for (const key of [
    'name',
    'state',
    'lang',
    'education',
    'licenses',
    'certifications',
    'exams_passed',
    'ce_hours',
    'experience',
    'goals',
  ] as const) {
    const value = profile[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0 && key !== 'education' && key !== 'experience') continue;
    top[key] =
      key === 'education' || key === 'licenses' || key === 'experience'
        ? (value as object[]).map((entry) => ordered(entry, ENTRY_KEYS[key]))
        : value;
  }
  return `${header.join('\n')}\n${stringify(top, { lineWidth: 0 })}`;
}

export type ParsedProfile = { ok: true; profile: ProfileInput } | { ok: false; problem: string };

/** Reads a saved profile (YAML or JSON text); the problem, if any, in one line. */
export function parseProfileText(text: string): ParsedProfile {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    return { ok: false, problem: `not valid YAML (${(error as Error).message.split('\n')[0]})` };
  }
  const result = ProfileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, problem: `${where}${issue.message}` };
  }
  return { ok: true, profile: raw as ProfileInput };
}
