import type { ExperienceCondition, Rule } from './schema/rules.js';

// Kept apart from the schema module: the roadmap reads it on every run, without zod.
/**
 * The experience conditions of a rule that ask for a role held now (`currently_employed`),
 * through all / any / not: what a job's `held_when` names as the post itself.
 */
export function rolesHeldNow(rule: Rule): ExperienceCondition[] {
  if ('all' in rule) return rule.all.flatMap(rolesHeldNow);
  if ('any' in rule) return rule.any.flatMap(rolesHeldNow);
  if ('not' in rule) return [];
  return 'experience' in rule && rule.experience.currently_employed === true ? [rule.experience] : [];
}
