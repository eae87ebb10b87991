import type { Certification, Organization } from '../../data/schema/families.js';
import type { PlanContext } from '../context.js';
import { type DraftStep, sourceRefs } from '../draft.js';
import { usdRange } from '../labels.js';

/**
 * A professional association to join: the one the specialization names first, else the issuer of
 * a certification on the plan when it is also an association, else the first membership
 * association in the data.
 */
export function chooseOrganization(
  ctx: PlanContext,
  certs: readonly Certification[],
): Organization | undefined {
  const orgs = ctx.data.byId.organizations;
  const association = (o: Organization | undefined): o is Organization =>
    o?.kinds.includes('professional-association') === true;
  for (const id of ctx.specialization?.organizations ?? []) {
    const org = orgs.get(id);
    if (association(org)) return org;
  }
  for (const cert of certs) {
    const org = orgs.get(cert.issuer);
    if (association(org)) return org;
  }
  return ctx.data.organizations.find((o) => association(o) && !o.kinds.includes('certifying-body'));
}

export function networkStep(org: Organization): DraftStep {
  const dues = org.membership_usd ? ` Membership is about ${usdRange(org.membership_usd)} a year.` : '';
  const ce = org.ce_provider ? ' Its courses count as continuing education for renewals.' : '';
  return {
    id: `join-${org.id}`,
    kind: 'network',
    title: `Join ${org.abbreviation} (${org.name})`,
    why: `${org.summary}${ce}${dues} Joining is the easiest way to meet case managers in your field and hear about openings.`,
    cost: org.membership_usd ?? null,
    sources: sourceRefs(org.sources),
    duration: 0,
    after: [],
  };
}
