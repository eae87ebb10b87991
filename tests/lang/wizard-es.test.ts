import { describe, expect, it } from 'vitest';
import { wizardEn } from '../../src/messages/wizard-en.js';
import { wizardEs } from '../../src/messages/wizard-es.js';

/** Sample arguments for each parameter a wizard message takes, by the English function's arity. */
const SAMPLE: unknown[] = ['enfermera(o) registrada(o)', 3, '2024-03', '10', '12', '→'];

describe('the wizard in both languages', () => {
  it('every message key exists in both languages, and no other', () => {
    expect(Object.keys(wizardEs).sort()).toEqual(Object.keys(wizardEn).sort());
  });

  it('each message is of the same kind, takes the same parameters and says something', () => {
    for (const key of Object.keys(wizardEn) as (keyof typeof wizardEn)[]) {
      const en = wizardEn[key] as unknown;
      const es = wizardEs[key] as unknown;
      expect(typeof es, key).toBe(typeof en);
      if (typeof en === 'function') {
        expect((es as (...a: unknown[]) => string).length, key).toBe(
          (en as (...a: unknown[]) => string).length,
        );
        const args = SAMPLE.slice(0, Math.max((en as () => string).length, 1));
        // Grammar parameters of the English ("Did" / "does") are accepted as they are.
        if (key === 'practicum') args[0] = 'Did';
        if (key === 'internshipHours' || key === 'courses') args[0] = 'does';
        if (key === 'kept') args[0] = ['estudios'];
        const text = (es as (...a: unknown[]) => string)(...args);
        expect(typeof text, key).toBe('string');
        expect(text.trim(), key).not.toBe('');
      } else {
        expect((es as string).trim(), key).not.toBe('');
      }
    }
  });

  it('the tense follows the English grammar parameter', () => {
    expect(wizardEs.practicum('Did')).toContain('incluyó');
    expect(wizardEs.practicum('Does')).toContain('incluye');
    expect(wizardEs.stillThere('administrador(a) de casos', 1, 'mayo de 2026', '13', '14', '→')).toBe(
      '¿Sigue trabajando como administrador(a) de casos? Eso suma 1 mes desde mayo de 2026: 13 → 14 meses.',
    );
  });
});
