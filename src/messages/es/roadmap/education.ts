import type { EducationPhrases } from '../../../roadmap/phrases/education.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import {
  about,
  aLevel,
  degreeIn,
  FIELD_NAMES,
  LEVELS as LEVEL_WORDS,
  type LEVELS,
  months,
  orList,
} from './words.js';

const what = (p: { level: keyof typeof LEVELS; field: keyof typeof FIELD_NAMES }) =>
  degreeIn(p.level, p.field);

export const education: AreaMessages<EducationPhrases> = {
  'education.missing': ({ need }) => `Falta: ${need}.`,
  // A degree's name is official ("Master of Social Work (MSW)") and stays as issued.
  'education.degree': ({ name, abbreviation }) =>
    name.includes(abbreviation) ? `Obtenga el título ${name}` : `Obtenga el título ${name} (${abbreviation})`,
  'education.leads-to': ({ next }) => `Normalmente, el título ${next} se cursa después de este.`,
  'education.check-field': (p) =>
    `Confirme si sus estudios de ${what(p)} incluyeron una práctica supervisada`,
  'education.check-field-why': (p) =>
    `Su perfil no registra ninguna práctica supervisada (practicum), pasantía (internship) ni práctica de campo (field placement) en sus estudios de ${what(p)}, y muchos programas incluyen una. Si la suya la incluyó, añádala a su perfil (la práctica de campo del título) y este requisito quedará cumplido ya, sin un título nuevo; su expediente académico (transcript) o la oficina del programa pueden confirmarlo. Si no la incluyó, los pasos siguientes son el camino.`,
  'education.check-field-sooner': (p) =>
    `Su perfil no registra ninguna práctica supervisada (practicum), pasantía (internship) ni práctica de campo (field placement) en sus estudios de ${what(p)}, y muchos programas incluyen una. Si la suya la incluyó, añádala a su perfil (la práctica de campo del título): este requisito queda cumplido ya, no solo cuando termine el título que está estudiando. Su expediente académico (transcript) o la oficina del programa pueden confirmarlo.`,
  'education.accreditation-only': (p) =>
    `Su ${what(p)} solo se queda corto en la acreditación de su escuela o programa. Si es de una escuela fuera de EE. UU., pregunte a quien fija este requisito (el organismo certificador o la junta estatal) si acepta una evaluación de un título extranjero antes de volver a matricularse: las fuentes que citamos no dicen cómo se tratan los títulos extranjeros.`,
  'education.ask-field': ({ level, issuer, abbreviation }) =>
    `Pregunte a ${issuer ?? 'quien fija este requisito'} si su ${LEVEL_WORDS[level].word} cuenta${abbreviation ? ` para la credencial ${abbreviation}` : ''}`,
  'education.field-unlisted': ({ level, placementUnsaid }) =>
    `Su ${LEVEL_WORDS[level].word} es de un campo que esta lista no nombra, así que el plan no puede contarlo. Si su campo es de la salud o de los servicios humanos${placementUnsaid ? ' e incluyó una práctica supervisada' : ''}, puede contar: esa lectura le corresponde a quien fija el requisito, así que pregunte antes de matricularse en otro título. Envíe su expediente académico (transcript) y la descripción del programa; el plan prevé un mes para la respuesta.`,
  'education.unless-field-counts': () =>
    'Este título es el camino solo si la respuesta de arriba es que no: si su título cuenta, el requisito se cumple sin él.',
  'education.unless-placement': (p) =>
    `Este título es el camino si la comprobación de arriba no encuentra una práctica supervisada en su ${what(p)}; si la encuentra, el requisito se cumple sin él, así que haga la comprobación antes de solicitar la admisión a un programa.`,
  'education.check-field-opens': (p) =>
    `Su perfil no registra ninguna práctica supervisada (practicum), pasantía (internship) ni práctica de campo (field placement) en sus estudios de ${what(p)}, y muchos programas incluyen una. La credencial ${p.abbreviation} acepta un título como el suyo solo con una práctica de campo supervisada: si el suyo la tuvo, añádala a su perfil (la práctica de campo del título) y pida un plan nuevo, porque la credencial ${p.abbreviation} podría quedarle abierta solo con experiencia en administración de casos, sin un título nuevo. Su expediente académico (transcript) o la oficina del programa pueden confirmarlo. Este plan no cuenta con ello.`,
  'education.check-field-underway': (p) =>
    `Confirme si su programa de ${what(p)} incluye una práctica supervisada`,
  'education.check-field-underway-need': (p) =>
    `Su perfil no registra ninguna práctica supervisada (practicum), pasantía (internship) ni práctica de campo (field placement) en los estudios de ${what(p)} que está terminando, y muchos programas incluyen una o permiten añadirla. Si el suyo la incluye, añádala a su perfil (la práctica de campo del título): al terminar, este requisito quedará cumplido sin otro título. La oficina del programa puede decírselo. Si no la incluye, los pasos siguientes son el camino.`,
  'education.check-field-underway-why': (p) =>
    `Su perfil no registra ninguna práctica supervisada (practicum), pasantía (internship) ni práctica de campo (field placement) en los estudios de ${what(p)} que está terminando, y muchos programas incluyen una o permiten añadirla. La credencial ${p.abbreviation} acepta un título como el suyo solo con una práctica de campo supervisada: si su programa la tiene, añádala a su perfil (la práctica de campo del título) y pida un plan nuevo, porque la credencial ${p.abbreviation} podría quedarle abierta al terminar, solo con experiencia en administración de casos, sin otro título. La oficina del programa puede decírselo. Este plan no cuenta con ello.`,
  'education.full-time': ({ months: count }) =>
    `El plan cuenta ${months(count)} de estudios a tiempo completo.`,
  'education.credits-more': ({ more, total }) =>
    `Obtenga ${more} créditos universitarios más (${total} en total)`,
  'education.credits-more-why': ({
    have,
    more,
    months: count,
    degree,
    planned,
    degreeCredits,
    degreeMonths,
  }) =>
    `Usted tiene ${have} créditos. Al ritmo del estudio a tiempo completo hacia ${planned ? `el título ${degree.abbreviation} de este plan` : `un título como ${degree.name}`} (unos ${degreeCredits} créditos en ${months(degreeMonths)}), ${more} créditos más toman unos ${months(count)}${planned ? `: son los primeros créditos de ese título, así que los pasos que solo necesitan estos créditos no esperan a que lo termine` : `; luego pueden contar para ese título`}. La escuela decide qué créditos cuentan, y el empleador cómo lee su expediente académico.`,
  'education.credits': ({ total, months: count, credits, left }) =>
    `El programa tiene unos ${total} créditos en ${months(count)} de estudios a tiempo completo; si la institución acepta sus ${credits} créditos, quedan ${about(months(left))}, que es lo que usa el plan. La institución decide qué créditos se transfieren.`,
  'education.credits-first': ({ next, assumedMonths, transfers, level }) =>
    `Termínelo antes del ${next}: el plan empieza el ${next} cuando lo termine${transfers ? ' y cuenta sus créditos para él, si la institución los acepta' : `, porque el ${next} pide antes ${aLevel(level)}`}${
      assumedMonths !== null
        ? ` (no indicó el mes previsto, así que el plan supone ${months(assumedMonths)} más)`
        : ''
    }.`,
  'education.part-time': ({ months: count }) => `A tiempo parcial, toma ${about(months(count))}.`,
  'education.only-quicker': ({ abbreviation, route, without, saves }) =>
    `La credencial ${abbreviation} no necesita este título: una de sus vías (${route}) acepta los estudios que usted tiene y, con los supuestos de este plan, toma ${about(months(without))}. El título acorta el camino ${about(months(saves))}; compare su tiempo y su costo con eso antes de inscribirse.`,
  'education.while-working': ({ partTime, hours }) =>
    `Este plan le tiene trabajando ${hours === null || hours >= 35 ? 'a tiempo completo' : `${hours} horas a la semana`} durante estos estudios: pocas personas pueden estudiar a tiempo completo junto a ${hours === null || hours >= 35 ? 'un trabajo de tiempo completo' : 'un trabajo así'}, así que ${
      partTime === null
        ? 'si estudia a tiempo parcial, los pasos siguientes se retrasan lo mismo'
        : `cuente con la duración a tiempo parcial (${about(months(partTime))}) y mueva los pasos siguientes con ella`
    }.`,
  'education.part-time-unknown': () =>
    'Estudiar a tiempo parcial toma más tiempo; cuánto no está en las fuentes que citamos, así que pregunte a la institución.',
  'education.nursing-admission': () =>
    'Muchos programas de enfermería admiten estudiantes solo después de cursos previos (prerequisites, como anatomía y fisiología), y algunos tienen listas de espera; los meses que se indican aquí cuentan desde el primer período de enfermería, así que pregunte a la institución cuánto tarda la admisión.',
  'education.internship-ahead': (p, f) =>
    `${f.say(p.requirement)}: las prácticas de su programa aún están por delante, y el plan cuenta con ellas; confirme con el programa que lo cumplirán.`,
  'education.underway': (p, f) =>
    `${f.say(p.requirement)}: sus estudios de ${what(p)} lo cumplen cuando se gradúe${
      p.assumedMonths !== null
        ? ` (no indicó el mes previsto, así que el plan supone ${months(p.assumedMonths)} más)`
        : ''
    }.`,
  'education.earn-level': ({ level, fields }) =>
    `Obtenga ${aLevel(level)}${fields ? ` en ${orList(fields.map((f) => FIELD_NAMES[f]))}` : ''}`,
  'education.no-program': ({ months: count }) =>
    `Los datos no incluyen ningún programa que coincida, así que el plan prevé los ${months(count)} habituales de estudios a tiempo completo.`,
};
