import type { Month } from '../core/month.js';
import { monthIndex } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Certification, Route } from '../data/schema/families.js';
import type { Profile } from '../profile/schema.js';
import { type CompiledCertification, compiledCertifications } from './certification.js';
import type { VerdictStatus } from './explanation.js';
import { NEVER } from './node.js';
import { type PreparedProfile, prepareProfile } from './prepare.js';
import { projectEligibleMonth } from './project.js';

/** One certification's verdict alone: no routes, trees or caveats. */
export interface Decision {
  readonly certification: Certification;
  readonly status: VerdictStatus;
  readonly held: boolean;
  /** The route that makes the person eligible now (the first in the data's order), else null. */
  readonly route: Route | null;
  /** Month index; set exactly when status is not-yet. */
  readonly eligibleFrom: number | null;
}

export interface Decided {
  readonly asOf: number;
  readonly certifications: readonly Decision[];
}

/**
 * Every certification's verdict and eligible_from, the same as explain() gives, without building
 * explanation trees: each route is asked whether it holds (a compiled node's wait). Only a route
 * that time might open for someone in an ongoing role is explained, since the projection reads
 * which of its unmet leaves time can close from the tree. Pure.
 */
export function decide(
  profile: Profile,
  data: Data,
  options: { asOf: Month; certifications?: readonly string[] },
): Decided {
  const asOf = monthIndex(options.asOf);
  const prepared = prepareProfile(profile, asOf);
  const certifications: Decision[] = [];
  for (const compiled of compiledCertifications(data, options.certifications)) {
    certifications.push(decideCertification(compiled, prepared));
  }
  return { asOf, certifications };
}

function decideCertification(compiled: CompiledCertification, prepared: PreparedProfile): Decision {
  const { certification } = compiled;
  const held = prepared.given.certifications.includes(certification.id);
  const closed = (status: VerdictStatus): Decision => ({
    certification,
    status,
    held,
    route: null,
    eligibleFrom: null,
  });
  if (certification.status === 'unconfirmed') return closed('unconfirmed');
  if (compiled.retiredFrom !== null && compiled.retiredFrom <= prepared.asOf) return closed('retired');

  let soonest: number | null = null;
  for (const { route, rule } of compiled.routes) {
    const wait = rule.wait(prepared, prepared.asOf, null);
    if (wait === 0) return { certification, status: 'eligible', held, route, eligibleFrom: null };
    if (wait === NEVER || !prepared.anyOngoing) continue;
    const opens = projectEligibleMonth(rule, rule.explain(prepared, prepared.asOf), prepared);
    if (opens !== null && (soonest === null || opens < soonest)) soonest = opens;
  }
  return soonest === null
    ? closed('not-eligible')
    : { certification, status: 'not-yet', held, route: null, eligibleFrom: soonest };
}
