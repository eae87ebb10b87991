import { localeLang } from '../../core/lang.js';
import { usageError } from '../errors.js';
import type { RegisterCommand } from './index.js';

export const register: RegisterCommand = (program, io, globals) =>
  program
    .command('explore')
    .description('browse the data: list a family, or show one record with its sources')
    .argument('[family]', 'specializations, certifications, licenses, degrees, salaries, ladder, …')
    .argument('[id]', 'one record of that family, for example ccm')
    .action(async (family: string | undefined, id: string | undefined) => {
      // No profile here: --lang, else the locale. Spanish words and data are loaded only then.
      const lang = globals().lang ?? localeLang(io.env) ?? 'en';
      const [{ loadCliData }, explore, { suggest }, spanish] = await Promise.all([
        import('../load-data.js'),
        import('../../render/explore.js'),
        import('../../core/diagnostic.js'),
        lang === 'es' ? import('../../messages/es/index.js') : undefined,
      ]);
      const data = await loadCliData(globals(), io, lang);
      const words = spanish?.explore ?? explore.enExplore;
      const width = Math.max(40, Math.min(io.stdout.columns ?? 80, 80));
      if (family === undefined) {
        io.stdout.write(explore.renderFamilies(data, width, words));
        return;
      }
      const name = explore.resolveFamily(family);
      if (!name) {
        // "cert", "certs", "spec": a short form of a family's name.
        const stem = family.toLowerCase().replace(/s$/, '');
        const prefixed =
          stem.length >= 3 ? explore.EXPLORE_FAMILY_NAMES.find((known) => known.startsWith(stem)) : undefined;
        const hint = suggest(family, explore.EXPLORE_FAMILY_NAMES) ?? prefixed;
        throw usageError(words.unknownFamily(family, hint, explore.EXPLORE_FAMILY_NAMES));
      }
      if (name === 'states') {
        // States have their own views: a comparison table, and one state in full.
        const [states, { US_STATES }] = await Promise.all([
          import('../../render/explore-states.js'),
          import('../../core/vocabulary.js'),
        ]);
        const stateWords = spanish?.exploreStates ?? states.enExploreStates;
        if (id === undefined) {
          io.stdout.write(states.renderStatesTable(data, width, stateWords));
          return;
        }
        const state = data.byId.states.get(id.toLowerCase());
        if (!state && (US_STATES as readonly string[]).includes(id.toUpperCase())) {
          io.stdout.write(states.renderStateNotInData(data, id.toUpperCase(), width, stateWords));
          return;
        }
        if (!state) {
          const codes = data.states.map((known) => known.code);
          throw usageError(words.noState(id, suggest(id.toUpperCase(), codes), codes));
        }
        io.stdout.write(states.renderState(data, state, width, stateWords));
        return;
      }
      if (id === undefined) {
        io.stdout.write(explore.renderFamilyList(data, name, width, words));
        return;
      }
      const records = explore.familyRecords(data, name);
      const record = records.find((candidate) => candidate.id === id);
      if (!record) {
        const ids = records.map((candidate) => String(candidate.id));
        throw usageError(words.noRecord(name, id, suggest(id, ids)));
      }
      io.stdout.write(explore.renderRecord(record, name, data, width, words));
    });
