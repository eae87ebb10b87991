import { describe, expect, it } from 'vitest';
import { enFormat } from '../../src/messages/en/format.js';
import { esFormat, pluralOf } from '../../src/messages/es/format.js';

describe('locale formatting, one module per language', () => {
  it('months: English short in both places; Spanish in lower case, long in sentences', () => {
    expect(enFormat.month('2026-11')).toBe('Nov 2026');
    expect(enFormat.monthShort('2026-11')).toBe('Nov 2026');
    expect(esFormat.month('2026-11')).toBe('noviembre de 2026');
    expect(esFormat.monthShort('2026-11')).toBe('nov. 2026');
    expect(esFormat.month('2027-01')).toBe('enero de 2027');
    expect(esFormat.monthShort('2027-09')).toBe('sept. 2027');
    expect(esFormat.monthShort('2027-05')).toBe('may. 2027');
  });

  it('numbers as US readers write them, in both languages (es-US: decimal point, thousands comma)', () => {
    for (const format of [enFormat, esFormat]) {
      expect(format.amount(2253)).toBe('2,253');
      expect(format.amount(7.5)).toBe('7.5');
      expect(format.amount(11.96)).toBe('12');
      expect(format.hours(2253.9, 'down')).toBe('2,253');
      expect(format.hours(346.2, 'up')).toBe('347');
      expect(format.money(1234)).toBe('$1,234');
      expect(format.moneyRange(395, 470)).toBe('$395–470');
      expect(format.moneyRange(430, 430)).toBe('$430');
      expect(format.moneyRange(60000, 80000, '-')).toBe('$60,000-80,000');
    }
  });

  it('counts: the singular for exactly one, the plural otherwise (0 and 1.5 too)', () => {
    expect(enFormat.count(1, 'month')).toBe('1 month');
    expect(enFormat.count(0, 'month')).toBe('0 months');
    expect(esFormat.count(1, 'mes')).toBe('1 mes');
    expect(esFormat.count(0, 'mes')).toBe('0 meses');
    expect(esFormat.count(1.5, 'mes')).toBe('1.5 meses');
    expect(esFormat.count(12, 'hora de práctica')).toBe('12 horas de práctica');
    expect(esFormat.count(2, 'examen', 'exámenes')).toBe('2 exámenes');
  });

  it('Spanish regular plurals', () => {
    expect(
      ['hora', 'año', 'crédito', 'certificación', 'licencia', 'mes', 'vez', 'inglés', 'crisis', 'mujer'].map(
        pluralOf,
      ),
    ).toEqual([
      'horas',
      'años',
      'créditos',
      'certificaciones',
      'licencias',
      'meses',
      'veces',
      'ingleses',
      'crisis',
      'mujeres',
    ]);
  });

  it('lists: Spanish "y" before an /i/ sound is "e", "o" before an /o/ sound is "u"; no serial comma', () => {
    expect(enFormat.joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
    expect(enFormat.joinOr(['a', 'b'])).toBe('a or b');
    expect(esFormat.joinAnd(['RN', 'LCSW', 'LPC'])).toBe('RN, LCSW y LPC');
    expect(esFormat.joinAnd(['trabajo social', 'ingeniería'])).toBe('trabajo social e ingeniería');
    expect(esFormat.joinAnd(['madre', 'hija'])).toBe('madre e hija');
    expect(esFormat.joinAnd(['agua', 'hielo'])).toBe('agua y hielo');
    expect(esFormat.joinOr(['siete', 'ocho'])).toBe('siete u ocho');
    expect(esFormat.joinOr(['mujer', 'hombre'])).toBe('mujer u hombre');
    expect(esFormat.joinOr(['CRC', 'CDMS'])).toBe('CRC o CDMS');
    expect(esFormat.joinOr(['uno'])).toBe('uno');
    expect(esFormat.joinAnd([])).toBe('');
  });
});
