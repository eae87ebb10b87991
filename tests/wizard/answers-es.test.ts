import { describe, expect, it } from 'vitest';
import { type WizardMessages, wizardEn } from '../../src/messages/wizard-en.js';
import { wizardEs } from '../../src/messages/wizard-es.js';
import {
  parseFinishedMonth,
  parseJobSpans,
  parseMonth,
  parseMonths,
  parseWeeklyHours,
  parseYesNo,
} from '../../src/wizard/parse.js';

/**
 * Typed answers in Spanish: what a Spanish speaker types is understood (and the English a US
 * form uses too), and what does not fit is said in Spanish. English answers read as before.
 */

const es = wizardEs;
const ok = <T>(value: T) => ({ ok: true, value });
const no = (message: string) => ({ ok: false, message });

describe('answers typed in Spanish', () => {
  it('months by number, by Spanish name, with or without "de", and by English name', () => {
    expect(parseMonth('2019-05', es)).toEqual(ok('2019-05'));
    expect(parseMonth('mayo de 2019', es)).toEqual(ok('2019-05'));
    expect(parseMonth('Sept. 2019', es)).toEqual(ok('2019-09'));
    expect(parseMonth('ago 2021', es)).toEqual(ok('2021-08'));
    expect(parseMonth('diciembre del 2020', es)).toEqual(ok('2020-12'));
    expect(parseMonth('Aug 2021', es)).toEqual(ok('2021-08'));
    expect(parseMonth('pronto', es)).toEqual(no('un mes y un año, por ejemplo 2027-05 o mayo de 2027'));
  });

  it('when a job ran: "a hoy", "desde … hasta …", a length in años and meses', () => {
    expect(parseJobSpans('2024-03 a hoy', '2026-11', es)).toEqual(ok([{ start: '2024-03', end: null }]));
    expect(parseJobSpans('desde marzo de 2024', '2026-11', es)).toEqual(
      ok([{ start: '2024-03', end: null }]),
    );
    expect(parseJobSpans('desde 2016-06 hasta 2024-03', '2026-11', es)).toEqual(
      ok([{ start: '2016-06', end: '2024-03' }]),
    );
    expect(parseJobSpans('de junio de 2016 a marzo de 2024', '2026-11', es)).toEqual(
      ok([{ start: '2016-06', end: '2024-03' }]),
    );
    expect(parseJobSpans('8 años', '2026-11', es)).toEqual(ok([{ months: 96 }]));
    expect(parseMonths('2 años 6 meses', es)).toEqual(ok(30));
    expect(parseJobSpans('2016', '2026-11', es)).toEqual(no('¿Qué mes de 2016? Por ejemplo 2016-06 a hoy'));
    expect(parseJobSpans('2025-10', '2026-11', es)).toEqual(
      no('¿Y cuándo terminó? Por ejemplo 2025-10 a hoy, o 2025-10 a 2026-10'),
    );
    expect(parseJobSpans('2027-01 a hoy', '2026-11', es)).toEqual(
      no('enero de 2027 todavía no llega: indique el mes en que empezó el trabajo'),
    );
    expect(parseJobSpans('2024-03 a 2023-01', '2026-11', es)).toEqual(
      no('el trabajo no puede terminar (enero de 2023) antes de empezar (marzo de 2024)'),
    );
  });

  it('hours a week, paid or not', () => {
    expect(parseWeeklyHours('40 horas a la semana', es)).toEqual(ok({ hours: 40, paid: true }));
    expect(parseWeeklyHours('tiempo completo', es)).toEqual(ok({ hours: 40, paid: true }));
    expect(parseWeeklyHours('10 sin pago', es)).toEqual(ok({ hours: 10, paid: false }));
    expect(parseWeeklyHours('12 voluntaria', es)).toEqual(ok({ hours: 12, paid: false }));
    expect(parseWeeklyHours('muchas', es)).toEqual(
      no('horas por semana: un número de 1 a 80, por ejemplo 40, o 10 sin pago'),
    );
  });

  it('a finish month not known, and yes or no', () => {
    expect(parseFinishedMonth('no sé', '2026-11', es)).toEqual(ok(null));
    expect(parseFinishedMonth('2030-01', '2026-11', es)).toEqual(
      no('ese mes todavía no llega: indique un mes pasado'),
    );
    for (const yes of ['s', 'S', 'sí', 'si', 'y']) expect(parseYesNo(yes, undefined, es)).toEqual(ok(true));
    expect(parseYesNo('no', undefined, es)).toEqual(ok(false));
    expect(parseYesNo('q', true, es)).toEqual(no('escriba s para sí o n para no'));
  });

  it('English answers read as before, and a range that starts with "since" is a range', () => {
    expect(parseYesNo('s', undefined)).toEqual(no('please type y for yes or n for no'));
    expect(parseJobSpans('2024-03 to now', '2026-11')).toEqual(ok([{ start: '2024-03', end: null }]));
    expect(parseJobSpans('since 2016-06 to 2024-03', '2026-11')).toEqual(
      ok([{ start: '2016-06', end: '2024-03' }]),
    );
    expect(parseMonths('2 years and 6 months')).toEqual(ok(30));
    expect(parseWeeklyHours('10 unpaid')).toEqual(ok({ hours: 10, paid: false }));
    expect(parseMonth('mayo de 2019')).toEqual(no('a month and year, for example 2027-05 or May 2027'));
  });
});

describe('the answer lists fit an 80-column terminal on one line each', () => {
  const lists = (words: WizardMessages) => [
    ...Object.values(words.education.highestChoices).map((c) => c.name),
    ...Object.values(words.labels.level),
    ...Object.values(words.labels.field),
    ...Object.values(words.labels.role),
    ...Object.values(words.labels.setting),
    ...Object.values(words.labels.supervisor),
    ...Object.values(words.labels.internshipSupervisor),
    ...Object.values(words.labels.licenseStatus),
  ];
  for (const [lang, words] of [
    ['English', wizardEn],
    ['Spanish', wizardEs],
  ] as const) {
    it(`in ${lang}`, () => {
      // The cursor and a checkbox take three columns; the last column stays free.
      for (const label of lists(words)) expect(label.length, label).toBeLessThanOrEqual(76);
    });
  }
});
