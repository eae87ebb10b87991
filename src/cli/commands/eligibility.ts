import { Option } from 'commander';
import { chooseLang, localeLang } from '../../core/lang.js';
import { resolveAsOf } from '../as-of.js';
import { wantsColor, wantsUnicode } from '../context.js';
import { usageError } from '../errors.js';
import type { RegisterCommand } from './index.js';

export const registerEligibility: RegisterCommand = (program, io, globals) =>
  program
    .command('eligibility')
    .description('what you qualify for today, what is missing, and when you will qualify')
    .requiredOption('--profile <file>', 'your profile (YAML or JSON), or - to read it from standard input')
    .option('--cert <id>', 'only this certification (for example ccm)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--as-of <month>', 'evaluate as of this month, YYYY-MM (default: this month)')
    .action(async (options: { profile: string; cert?: string; format: 'text' | 'json'; asOf?: string }) => {
      const asOf = resolveAsOf(options.asOf);
      const { loadCliData, readProfile, evaluate, eligibilityWords, renderEligibilityText } = await import(
        '../profile-work.js'
      );
      const data = await loadCliData(globals(), io);
      if (options.cert !== undefined && !data.byId.certifications.has(options.cert)) {
        const { didYouMean } = await import('../../core/diagnostic.js');
        throw usageError(
          `unknown certification "${options.cert}"${didYouMean(options.cert, data.byId.certifications.keys())}; known: ${[...data.byId.certifications.keys()].join(', ')}`,
        );
      }
      const profile = await readProfile(options.profile, io, data, globals().lang ?? localeLang(io.env));
      // Spanish is loaded only when it is asked for: its words, and the data with its text in
      // Spanish (ids and rules are the same, so the profile read above holds for it too).
      const lang = chooseLang(globals().lang, profile.lang, io.env);
      const [spanish, spoken] =
        lang === 'es'
          ? await Promise.all([import('../../messages/es/index.js'), loadCliData(globals(), io, lang)])
          : [undefined, data];
      const report = evaluate(
        profile,
        spoken,
        { asOf, ...(options.cert ? { certifications: [options.cert] } : {}) },
        spanish ? eligibilityWords(spoken, spanish.eligibility, profile.state ?? null) : undefined,
      );
      if (options.format === 'json') {
        io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      const color = wantsColor(io.stdout, io.env, globals().color);
      io.stdout.write(
        renderEligibilityText(report, {
          width: Math.max(40, Math.min(io.stdout.columns ?? 80, 100)),
          color,
          unicode: wantsUnicode(io.env),
          ...(spanish ? { words: spanish.eligibilityView } : {}),
        }),
      );
    });
