import { usageError } from '../errors.js';
import type { RegisterCommand } from './index.js';

export const register: RegisterCommand = (program, io, globals) =>
  program
    .command('explore')
    .description('browse the data: list a family, or show one record with its sources')
    .argument('[family]', 'specializations, certifications, licenses, degrees, salaries, ladder, …')
    .argument('[id]', 'one record of that family, for example ccm')
    .action(async (family: string | undefined, id: string | undefined) => {
      const [{ loadCliData }, explore, { didYouMean }] = await Promise.all([
        import('../load-data.js'),
        import('../../render/explore.js'),
        import('../../core/diagnostic.js'),
      ]);
      const data = await loadCliData(globals(), io);
      const width = Math.max(40, Math.min(io.stdout.columns ?? 80, 80));
      if (family === undefined) {
        io.stdout.write(explore.renderFamilies(data, width));
        return;
      }
      const name = explore.resolveFamily(family);
      if (!name) {
        // "cert", "certs", "spec": a short form of a family's name.
        const stem = family.toLowerCase().replace(/s$/, '');
        const prefixed =
          stem.length >= 3 ? explore.EXPLORE_FAMILY_NAMES.find((known) => known.startsWith(stem)) : undefined;
        const hint =
          didYouMean(family, explore.EXPLORE_FAMILY_NAMES) ||
          (prefixed ? ` (did you mean "${prefixed}"?)` : '');
        throw usageError(
          `unknown family "${family}"${hint}${hint ? '' : `; families: ${explore.EXPLORE_FAMILY_NAMES.join(', ')}`}`,
        );
      }
      if (name === 'states') {
        // States have their own views: a comparison table, and one state in full.
        const [{ renderStatesTable, renderState, renderStateNotInData }, { US_STATES }] = await Promise.all([
          import('../../render/explore-states.js'),
          import('../../core/vocabulary.js'),
        ]);
        if (id === undefined) {
          io.stdout.write(renderStatesTable(data, width));
          return;
        }
        const state = data.byId.states.get(id.toLowerCase());
        if (!state && (US_STATES as readonly string[]).includes(id.toUpperCase())) {
          io.stdout.write(renderStateNotInData(data, id.toUpperCase(), width));
          return;
        }
        if (!state) {
          const codes = data.states.map((known) => known.code);
          const hint = didYouMean(id.toUpperCase(), codes);
          throw usageError(
            `no state "${id}" in the data${hint}; states: ${codes.join(', ')} (others use national defaults)`,
          );
        }
        io.stdout.write(renderState(data, state, width));
        return;
      }
      if (id === undefined) {
        io.stdout.write(explore.renderFamilyList(data, name, width));
        return;
      }
      const records = explore.familyRecords(data, name);
      const record = records.find((candidate) => candidate.id === id);
      if (!record) {
        const ids = records.map((candidate) => String(candidate.id));
        const hint = didYouMean(id, ids);
        throw usageError(
          `no ${name} record "${id}"${hint}${hint ? '' : `; see the list: casemgr-path explore ${name}`}`,
        );
      }
      io.stdout.write(explore.renderRecord(record, name, data, width));
    });
