import type { CertificationVerdict } from '../../engine/types.js';
import type { EligibilityViewMessages } from '../eligibility-view.js';
import { formatMonth, formatMonthShort } from './format.js';

/** "ya la tiene", "elegible ahora", "elegible en oct. 2027", "no elegible" … */
export function statusWords(
  cert: Pick<CertificationVerdict, 'status' | 'eligible_from'> & { held?: boolean },
): string {
  if (cert.held) return 'ya la tiene';
  switch (cert.status) {
    case 'eligible':
      return 'elegible ahora';
    case 'not-yet':
      return cert.eligible_from
        ? `elegible en ${formatMonthShort(cert.eligible_from)}`
        : 'elegible más adelante';
    case 'not-eligible':
      return 'no elegible';
    case 'unconfirmed':
      return 'estado sin confirmar';
    case 'retired':
      return 'retirada';
  }
}

/** The Spanish words of the eligibility text view; "usted", as US agencies write to the public. */
export const esEligibilityView: EligibilityViewMessages = {
  title: (asOf) => ['elegibilidad', `a ${formatMonth(asOf)}`],
  summary: (counts) =>
    (
      [
        [counts.eligible, 'elegible ahora', 'elegibles ahora'],
        [counts['not-yet'], 'elegible más adelante', 'elegibles más adelante'],
        [counts['not-eligible'], 'no elegible', 'no elegibles'],
        [counts.unconfirmed, 'sin confirmar', 'sin confirmar'],
        [counts.retired, 'retirada', 'retiradas'],
      ] as const
    )
      .filter(([n]) => n > 0)
      .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
      .join(', '),
  noCertifications: 'No hay certificaciones que revisar.',
  status: statusWords,
  route: 'Vía:',
  // Labels, not a sentence: "ningún título" reads well after "ahora:", not after "tiene".
  haveNeed: (have, need, arrow) => `ahora: ${have || 'nada todavía'} ${arrow} necesita: ${need}`,
  opens: (month) => `Será elegible en ${formatMonth(month)} si sigue en su puesto actual.`,
  noVerdict:
    'Sin resultado: las reglas vigentes de la entidad que la otorga no están confirmadas en las fuentes que citamos (vea la nota).',
  otherRoutes: 'Otras vías:',
  otherRoute: (route) => {
    if (route.eligible) return 'cumplida';
    const n = route.missing.length;
    const missing = n === 1 ? 'falta 1 requisito' : `faltan ${n} requisitos`;
    return `${missing}${route.eligible_from ? `; elegible en ${formatMonthShort(route.eligible_from)}` : ''}`;
  },
  note: 'NOTA',
};
