import type { Data } from '../data/model.js';
import type { Certification } from '../data/schema/families.js';

/** The short name people know a certification's issuer by ("CCMC"), else its id in capitals. */
export function issuerOf(data: Data, cert: Certification): string {
  return data.byId.organizations.get(cert.issuer)?.abbreviation ?? cert.issuer.toUpperCase();
}
