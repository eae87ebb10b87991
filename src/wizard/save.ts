import { extname, resolve } from 'node:path';
import type { Month } from '../core/month.js';
import { type WizardMessages, wizardEn } from '../messages/wizard-en.js';
import type { ProfileInput } from '../profile/schema.js';
import type { Roadmap } from '../roadmap/types.js';
import { parseProfileText, profileToYaml } from './profile-file.js';
import { rememberRoadmap } from './progress.js';
import type { Parsed, Prompter } from './prompter.js';
import type { SavedState, WizardStore } from './store.js';

export type ExportFormat = 'md' | 'html';

export interface SaveDeps {
  ask: Prompter;
  store: WizardStore;
  print: (text: string) => void;
  cwd: string;
  asOf: Month;
  /** The person's language; English when not given. */
  words?: WizardMessages;
}

function parsePath(words: WizardMessages, example: string, extensions: readonly string[]) {
  return (raw: string): Parsed<string> => {
    const text = raw.trim();
    if (text === '') return { ok: false, message: words.answers.fileName(example) };
    if (!extensions.includes(extname(text).toLowerCase())) {
      return { ok: false, message: words.answers.fileEnding(extensions) };
    }
    return { ok: true, value: text };
  };
}

/**
 * Offers to save the profile: in the config folder (where "welcome back" finds it) or a chosen
 * file. Never replaces a different profile without asking. Returns where it went, or null.
 */
export async function offerSave(
  deps: SaveDeps,
  profile: ProfileInput,
  options: { baseSha: string | null; roadmap: Roadmap | null; previous: SavedState | null; isNew: boolean },
): Promise<{ path: string; profile: ProfileInput } | null> {
  const { ask, store } = deps;
  const words = deps.words ?? wizardEn;
  const said = words.save;
  const where = await ask.select<'default' | 'other' | 'no'>({
    id: 'save.where',
    message: options.isNew ? said.saveNew : said.saveUpdate,
    choices: [
      { value: 'default', name: said.yes, description: said.keptIn(store.profilePath) },
      { value: 'other', name: said.toFile },
      { value: 'no', name: said.no },
    ],
    default: 'default',
  });
  if (where === 'no') return null;

  let final = profile;
  // The name greets the person next time, which only the profile kept in the usual place does.
  if (options.isNew && !profile.name && where === 'default') {
    const name = await ask.text({
      id: 'save.name',
      message: said.firstName,
      parse: (raw) => {
        const text = raw.trim();
        return text.length > 100
          ? { ok: false, message: words.answers.atMost(100) }
          : { ok: true, value: text };
      },
    });
    if (name) final = { version: 1, name, ...withoutName(profile) };
  }
  const text = profileToYaml(final, said.profileHeader);

  let path = where === 'default' ? store.profilePath : null;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (path === null) {
      path = resolve(
        deps.cwd,
        await ask.text({
          id: `save.path${attempt > 0 ? `.${attempt}` : ''}`,
          message: said.whichFile,
          default: said.profileFile,
          parse: parsePath(words, said.profileFile, ['.yaml', '.yml']),
        }),
      );
    }
    const existing = await store.readText(path);
    const ours = existing === null || existing === text || store.sha(existing) === options.baseSha;
    if (!ours) {
      const other = parseProfileText(existing);
      const whose = other.ok && other.profile.name ? other.profile.name : null;
      const choice = await ask.select<'replace' | 'other' | 'no'>({
        id: `save.overwrite${attempt > 0 ? `.${attempt}` : ''}`,
        message: said.otherProfile(path, whose),
        choices: [
          { value: 'other', name: said.saveElsewhere },
          { value: 'replace', name: said.replace },
          { value: 'no', name: said.dontSave },
        ],
        default: 'other',
      });
      if (choice === 'no') return null;
      if (choice === 'other') {
        path = null;
        continue;
      }
    }
    await store.writeText(path, text);
    if (path === store.profilePath) {
      await store.saveState({
        version: 1,
        saved_at: deps.asOf,
        roadmap: options.roadmap ? rememberRoadmap(options.roadmap) : (options.previous?.roadmap ?? null),
      });
    }
    deps.print(said.saved(path));
    return { path, profile: final };
  }
  return null;
}

function withoutName(profile: ProfileInput): Omit<ProfileInput, 'version' | 'name'> {
  const { version: _version, name: _name, ...rest } = profile;
  return rest;
}

/** Offers a Markdown or HTML copy of the roadmap, written to a file the person names. */
export async function offerExport(
  deps: SaveDeps,
  formats: readonly ExportFormat[],
  render: (format: ExportFormat) => Promise<string>,
): Promise<string | null> {
  if (formats.length === 0) return null;
  const words = deps.words ?? wizardEn;
  const said = words.save;
  const labels: Record<ExportFormat, string> = { md: said.exportMarkdown, html: said.exportHtml };
  const format = await deps.ask.select<ExportFormat | 'no'>({
    id: 'export.format',
    message: said.exportQuestion,
    choices: [{ value: 'no', name: said.exportNo }, ...formats.map((f) => ({ value: f, name: labels[f] }))],
    default: 'no',
  });
  if (format === 'no') return null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const suffix = attempt > 0 ? `.${attempt}` : '';
    const path = resolve(
      deps.cwd,
      await deps.ask.text({
        id: `export.path${suffix}`,
        message: said.whichFile,
        default: `casemgr-path-roadmap.${format}`,
        parse: parsePath(
          words,
          `casemgr-path-roadmap.${format}`,
          format === 'md' ? ['.md', '.markdown'] : ['.html', '.htm'],
        ),
      }),
    );
    if ((await deps.store.readText(path)) !== null) {
      const replace = await deps.ask.confirm({
        id: `export.overwrite${suffix}`,
        message: said.exists(path),
        default: false,
      });
      if (!replace) continue;
    }
    await deps.store.writeText(path, await render(format));
    deps.print(said.saved(path));
    return path;
  }
  return null;
}
