import type { CredentialPhrases, Renewal } from '../../../roadmap/phrases/credential.js';
import type { AreaMessages, RoadmapFormat } from '../../roadmap-messages.js';
import { about, lowerFirst, months, span } from './words.js';

/** La tarifa, o lo que las fuentes no dicen: la tarifa, y las horas de CE cuando tampoco se conocen. */
const renewalFee = (r: Renewal, f: RoadmapFormat) => {
  const ask = r.issuer ?? 'la entidad certificadora';
  if (r.fee !== null)
    return ` La renovación cuesta ${f.money(r.fee)}.${r.ceHours === null ? ` La educación continua que pide no está en las fuentes que citamos; pregunte a ${ask}.` : ''}`;
  return r.ceHours === null
    ? ` Ni la educación continua que pide ni su tarifa están en las fuentes que citamos; pregunte a ${ask}.`
    : ` La tarifa de renovación no está en las fuentes que citamos; pregunte a ${ask}.`;
};

const ethics = (r: Renewal) => (r.ethicsHours ? ` (${r.ethicsHours} de ética)` : '');

export const credential: AreaMessages<CredentialPhrases> = {
  'credential.apply': ({ abbreviation, exam }) =>
    exam
      ? `Presente la solicitud y el examen de la credencial ${abbreviation}`
      : `Solicite la credencial ${abbreviation}`,
  'credential.eligible': ({ when, route }, f) =>
    when.kind === 'now'
      ? `Ya cumple los requisitos (${lowerFirst(route)}).`
      : when.kind === 'from'
        ? `Cumplirá los requisitos en ${f.month(when.month)} (${lowerFirst(route)}).`
        : `Cumplirá los requisitos cuando termine los pasos anteriores (${lowerFirst(route)}).`,
  'credential.review-unknown': ({ who }) =>
    `${who} no publica cuánto tarda su revisión; el plan prevé 1 mes.`,
  'credential.review-weeks': ({ who, weeks, months: count }) =>
    `${who} pide contar con hasta ${weeks} semanas para su revisión; el plan prevé ${months(count)}.`,
  'credential.review': ({ who, months: count }) =>
    `${who} revisa las solicitudes en ${about(months(count))}.`,
  'credential.study': ({ months: count, format }) =>
    `Estudie ${about(months(count))} antes del examen. Formato: ${format}.`,
  'credential.no-exam': () => 'No hay examen: la credencial se otorga con la solicitud.',
  'credential.on-demand': ({ approvedBy, attempts }) => {
    const limit = attempts ? ` Cada parte puede intentarse hasta ${attempts} veces por año calendario.` : '';
    return approvedBy
      ? `El examen no tiene fechas fijas: usted reserva una fecha cuando ${approvedBy} aprueba su solicitud.${limit}`
      : `El examen no tiene fechas fijas: usted reserva una fecha cuando esté listo(a).${limit}`;
  },
  'credential.windows-unknown': ({ who, resultsWeeks, resultsMonths }) =>
    `El examen se ofrece en períodos (testing windows) cuyas fechas no están en las fuentes que citamos; consulte el calendario con ${who}. El plan lo sitúa en la primera fecha en que podría presentarlo, así que el próximo período puede llegar más tarde de lo indicado.${
      resultsWeeks !== null
        ? ` Los resultados se envían por correo unas ${resultsWeeks} semanas después del último día del período; el plan prevé ${months(resultsMonths)} para ellos.`
        : ''
    }`,
  'credential.fees-unknown': ({ who }) =>
    `Las tarifas no están en las fuentes que citamos; pregunte a ${who}.`,
  'credential.fees': ({ who, published, effective, application, exam, partial }, f) => {
    const parts: string[] = [];
    if (application !== null) parts.push(`${f.money(application)} de solicitud`);
    if (exam !== null) parts.push(`${f.money(exam)} de examen`);
    const since = published
      ? `Tarifas vigentes desde ${f.month(effective)}`
      : `Tarifas tal como las mostraba la página de ${who} en ${f.month(effective)}`;
    return `${since}: ${parts.join(' + ') || 'no publicadas'}${partial ? ' (el resto no está en las fuentes que citamos)' : ''}.`;
  },
  'credential.pass-ids': ({ ids }, f) => `Apruebe el examen ${f.joinOr(ids)}`,
  'credential.pass': ({ exam }) => `Apruebe el ${exam}`,
  'credential.exam-through-license': ({ owner, short, state, board }) =>
    `${owner ?? 'La entidad dueña del examen'} inscribe a una persona solo cuando una junta estatal (board) la aprueba (así describen terceros su proceso): en ${state}, esa aprobación llega con la solicitud de la licencia ${short}, que usa este examen. Presente primero la solicitud de la licencia ${short} ante ${board ? board : `la junta de ${state}`} y pregúntele cómo presentar el examen.`,
  'credential.exam-study': ({ months: count, issuer }) =>
    `La mayoría de las personas estudia ${about(months(count))}${issuer ? `; lo administra ${issuer}` : ''}.`,
  'credential.stale-fee': ({ min, max, asOf, issuer }, f) =>
    `La tarifa que se muestra, ${min === max ? f.money(min) : `${f.money(min)}–${f.money(max)}`}, es la más reciente de las fuentes que citamos, de ${f.month(asOf)}; confirme la tarifa actual con ${issuer ?? 'la entidad responsable del examen'}.`,
  'credential.ce': ({ hours }) =>
    `Complete ${hours} horas más de educación continua (CE) en administración de casos`,
  'credential.ce-have': ({ hours, perMonth }) =>
    `Tiene ${hours} horas de los últimos dos años. El plan prevé unas ${perMonth} horas al mes.`,
  'credential.renew-title': (r) =>
    `Mantenga vigente ${r.held ? 'su' : 'la'} credencial ${r.abbreviation}: renuévela cada ${span(r.months)}${r.ceHours === null ? '' : ` con ${r.ceHours} horas de CE`}`,
  'credential.renew-held': (r, f) => {
    const ce = r.ceHours === null ? '' : ` con ${r.ceHours} horas de educación continua (CE)${ethics(r)}`;
    return `Usted tiene la credencial ${r.abbreviation}. Se renueva cada ${span(r.months)}${ce}.${renewalFee(r, f)} El plan no sabe cuándo vence la suya, así que este paso lleva la fecha de hoy: revise ahora la fecha de renovación en su cuenta de ${r.issuer ?? 'la entidad certificadora'}, planifique sus horas de CE para terminarlas antes de esa fecha y pague la renovación entonces.`;
  },
  'credential.renew': (r, f) =>
    `Desde el día en que se otorga, la credencial ${r.abbreviation} dura ${span(r.months)}.${
      r.ceHours === null
        ? ' Renuévela antes de que venza.'
        : ` Para renovarla, acumule a lo largo de ese tiempo ${r.ceHours} horas de educación continua (CE)${ethics(r)}.`
    }${renewalFee(r, f)}${r.ceHours === null ? '' : ' Las asociaciones profesionales ofrecen cursos de CE aceptados.'}`,
};
