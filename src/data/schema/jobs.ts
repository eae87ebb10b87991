import { z } from 'zod';
import { ROLES, US_STATES } from '../../core/vocabulary.js';
import { rolesHeldNow } from '../roles-held-now.js';
import { Id, Sources } from './common.js';
import { Caveat, RuleSchema } from './rules.js';

/**
 * jobs.yaml: entry and next jobs in case management. A job's minimum qualifications are rule data
 * in the same language as certification routes, so the engine evaluates them unchanged. Where no
 * source gives them, `requires` is null and the note says so (employers set their own); a
 * requirement a profile cannot hold (a driver's license, a background check) is a caveat, never
 * a rule.
 */

const Soc = z.string().regex(/^\d{2}-\d{4}$/, 'a SOC code such as 21-1093');

/** One state's version of a job: its own title, employer and minimum qualifications. */
export const JobInState = z
  .strictObject({
    state: z.enum(US_STATES, { message: 'expected a US two-letter state code such as TX' }),
    title: z.string().min(1).describe('what the state or its agencies call the job'),
    employer: z.string().min(1).describe('the agency or kind of employer the qualifications come from'),
    requires: RuleSchema.nullable().describe('null: the minimum qualifications are not in our sources'),
    caveats: z.array(Caveat).optional().describe('what the rule leaves out or reads, in plain words'),
    note: z.string().min(1).optional(),
    sources: Sources,
  })
  .superRefine((entry, ctx) => {
    if (entry.requires === null && !entry.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'requires is unknown (null): add a note' });
    }
  });
export type JobInState = z.infer<typeof JobInState>;

export const Job = z
  .strictObject({
    id: Id,
    name: z.string().min(1).describe('the display title'),
    summary: z.string().min(1).describe('one or two sentences in the project’s own words'),
    specializations: z
      .array(Id)
      .min(1)
      .describe('specialization ids where this job is a way in or a next step'),
    soc: Soc.nullable().describe('the BLS occupation the job is paid as; null when BLS has no single one'),
    occupation: z.string().min(1).nullable().describe('the BLS occupation title for `soc`'),
    roles: z
      .array(z.enum(ROLES))
      .min(1)
      .optional()
      .describe(
        'the profile roles (experience.role) that hold this job: pay today for someone in such a role is the job’s occupation',
      ),
    level: Id.nullable().describe(
      'the ladder rung (ladder.yaml) the job sits on; null: not a case-management rung',
    ),
    requires: RuleSchema.nullable().describe(
      'minimum qualifications (national); null when no source gives them and employers set their own',
    ),
    held_when: RuleSchema.optional().describe(
      'for a job the generic case-manager role cannot name: the profile holds it now when this rule is met (an ongoing role in its settings, with the license or degree it takes)',
    ),
    caveats: z.array(Caveat).optional().describe('readings and gaps the qualifications rest on'),
    only_in: z
      .array(z.enum(US_STATES))
      .min(1)
      .optional()
      .describe('a job that one state’s agency defines (the Texas human services technician)'),
    states: z.array(JobInState).optional().describe('state versions that override `requires`'),
    next: z.array(Id).optional().describe('job ids that usually follow this one'),
    note: z.string().min(1).optional(),
    sources: Sources,
  })
  .superRefine((job, ctx) => {
    if (job.requires === null && !job.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'requires is unknown (null): add a note' });
    }
    if ((job.soc === null) !== (job.occupation === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['occupation'],
        message: 'give soc and occupation together (or both null)',
      });
    }
    if (job.soc === null && !job.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'soc is null: say in a note how the job is paid',
      });
    }
    const seen = new Set<string>();
    job.states?.forEach((entry, index) => {
      if (seen.has(entry.state)) {
        ctx.addIssue({
          code: 'custom',
          path: ['states', index, 'state'],
          message: `${entry.state} is listed twice`,
        });
      }
      seen.add(entry.state);
      if (job.only_in && !job.only_in.includes(entry.state)) {
        ctx.addIssue({
          code: 'custom',
          path: ['states', index, 'state'],
          message: `the job exists only in ${job.only_in.join(', ')}`,
        });
      }
    });
    if (job.held_when && rolesHeldNow(job.held_when).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['held_when'],
        message: 'held_when needs an experience condition with currently_employed: true (the role held now)',
      });
    }
    if (job.next?.includes(job.id)) {
      ctx.addIssue({ code: 'custom', path: ['next'], message: 'a job cannot follow itself' });
    }
  });
export type Job = z.infer<typeof Job>;

export const JobsFile = z.strictObject({ jobs: z.array(Job).min(1) });
