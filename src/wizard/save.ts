import { extname, resolve } from 'node:path';
import type { Month } from '../core/month.js';
import { wizardEn } from '../messages/wizard-en.js';
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
}

function parsePath(extensions: readonly string[]) {
  return (raw: string): Parsed<string> => {
    const text = raw.trim();
    if (text === '') return { ok: false, message: 'a file name, for example my-profile.yaml' };
    if (!extensions.includes(extname(text).toLowerCase())) {
      return { ok: false, message: `a file name ending in ${extensions.join(' or ')}` };
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
  const where = await ask.select<'default' | 'other' | 'no'>({
    id: 'save.where',
    message: options.isNew ? wizardEn.saveNew : wizardEn.saveUpdate,
    choices: [
      { value: 'default', name: 'Yes', description: `Kept in ${store.profilePath}` },
      { value: 'other', name: 'Yes, to a file I choose' },
      { value: 'no', name: "No, don't save" },
    ],
    default: 'default',
  });
  if (where === 'no') return null;

  let final = profile;
  // The name greets the person next time, which only the profile kept in the usual place does.
  if (options.isNew && !profile.name && where === 'default') {
    const name = await ask.text({
      id: 'save.name',
      message: wizardEn.firstName,
      parse: (raw) => {
        const text = raw.trim();
        return text.length > 100
          ? { ok: false, message: 'at most 100 characters' }
          : { ok: true, value: text };
      },
    });
    if (name) final = { version: 1, name, ...withoutName(profile) };
  }
  const text = profileToYaml(final);

  let path = where === 'default' ? store.profilePath : null;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (path === null) {
      path = resolve(
        deps.cwd,
        await ask.text({
          id: `save.path${attempt > 0 ? `.${attempt}` : ''}`,
          message: 'Save to which file?',
          default: 'my-profile.yaml',
          parse: parsePath(['.yaml', '.yml']),
        }),
      );
    }
    const existing = await store.readText(path);
    const ours = existing === null || existing === text || store.sha(existing) === options.baseSha;
    if (!ours) {
      const other = parseProfileText(existing);
      const whose = other.ok && other.profile.name ? ` (${other.profile.name})` : '';
      const choice = await ask.select<'replace' | 'other' | 'no'>({
        id: `save.overwrite${attempt > 0 ? `.${attempt}` : ''}`,
        message: `${path} already holds a different profile${whose}. Replace it?`,
        choices: [
          { value: 'other', name: 'No, save mine to another file' },
          { value: 'replace', name: 'Yes, replace it' },
          { value: 'no', name: "Don't save" },
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
    deps.print(`Saved: ${path}`);
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
  const labels: Record<ExportFormat, string> = {
    md: 'Markdown (.md): a checklist for notes apps and GitHub',
    html: 'A web page (.html) to open or print',
  };
  const format = await deps.ask.select<ExportFormat | 'no'>({
    id: 'export.format',
    message: 'Keep a copy of the roadmap as a document?',
    choices: [{ value: 'no', name: 'No, thanks' }, ...formats.map((f) => ({ value: f, name: labels[f] }))],
    default: 'no',
  });
  if (format === 'no') return null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const suffix = attempt > 0 ? `.${attempt}` : '';
    const path = resolve(
      deps.cwd,
      await deps.ask.text({
        id: `export.path${suffix}`,
        message: 'Save to which file?',
        default: `casemgr-path-roadmap.${format}`,
        parse: parsePath(format === 'md' ? ['.md', '.markdown'] : ['.html', '.htm']),
      }),
    );
    if ((await deps.store.readText(path)) !== null) {
      const replace = await deps.ask.confirm({
        id: `export.overwrite${suffix}`,
        message: `${path} exists. Replace it?`,
        default: false,
      });
      if (!replace) continue;
    }
    await deps.store.writeText(path, await render(format));
    deps.print(`Saved: ${path}`);
    return path;
  }
  return null;
}
