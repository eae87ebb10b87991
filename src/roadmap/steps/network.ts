import type { Certification, Organization } from '../../data/schema/families.js';
import type { PlanContext } from '../context.js';
import { type DraftStep, sourceRefs } from '../draft.js';
import { fixed, given, phrase } from '../phrases/index.js';

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
  const dues = org.membership_usd;
  return {
    id: `join-${org.id}`,
    kind: 'network',
    title: phrase('network.title', { abbreviation: org.abbreviation, name: org.name }),
    why: [
      given(org.summary),
      ...(org.ce_provider ? [fixed('network.ce')] : []),
      ...(dues ? [phrase('network.dues', { min: dues.min, max: dues.max })] : []),
      fixed('network.joining'),
    ],
    cost: org.membership_usd ?? null,
    sources: sourceRefs(org.sources),
    duration: 0,
    after: [],
  };
}
