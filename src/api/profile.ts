import type { Data } from '../data/model.js';
import { parseYamlSource } from '../data/yaml-source.js';
import { issuesToDiagnostics, withKeyHints } from '../data/zod-diagnostics.js';
import { normalizeProfile } from '../profile/normalize.js';
import { checkProfileIds } from '../profile/parse.js';
import { type Profile, ProfileSchema } from '../profile/schema.js';
import { describeDiagnostics, ProfileError } from './errors.js';

/**
 * Checks a profile built in code (a plain object, as a script has it) and fills its defaults.
 * Throws a ProfileError listing every problem; with `data`, ids must exist in it. Pure.
 */
export function validateProfile(input: unknown, data?: Data): Profile {
  // The quick check (profile/normalize.ts) for a valid profile; the schema words the problems.
  const quick = normalizeProfile(input);
  const result = quick ? ({ success: true, data: quick } as const) : ProfileSchema.safeParse(input);
  if (!result.success) {
    // Positions mean nothing for an object; the path says where.
    const source = {
      ...parseYamlSource('profile', ''),
      value: input,
      locate: () => ({ line: 1, column: 1 }),
    };
    const diagnostics = issuesToDiagnostics(source, input, withKeyHints(result.error.issues, ProfileSchema));
    throw new ProfileError(
      describeDiagnostics('the profile', diagnostics, { positions: false }),
      diagnostics,
    );
  }
  const problems = data ? checkProfileIds(result.data, data).filter((d) => d.severity === 'error') : [];
  if (problems.length > 0)
    throw new ProfileError(describeDiagnostics('the profile', problems, { positions: false }), problems);
  return result.data;
}
