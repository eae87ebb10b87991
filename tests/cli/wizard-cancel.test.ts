import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cancelNote } from '../../src/cli/commands/wizard.js';
import { FsWizardStore } from '../../src/cli/wizard-store.js';
import { wizardEs } from '../../src/messages/wizard-es.js';
import type { Draft } from '../../src/wizard/store.js';

const root = mkdtempSync(join(tmpdir(), 'casemgr-wizard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const draft = {
  version: 1,
  stage: 'interview',
  todo: [],
  profile: { version: 1 },
  answers: {},
} as unknown as Draft;

describe('Ctrl-C in the wizard (defect 5)', () => {
  it('says the answers are saved when the draft was written', async () => {
    const store = new FsWizardStore(join(root, 'ok'));
    await store.saveDraft(draft);
    expect(await cancelNote(store)).toMatch(/Your answers are saved/);
  });

  it('says they could not be saved, and why, when the config folder cannot be written', async () => {
    // A home folder that is not a folder: as good as read-only, even for root.
    const home = join(root, 'home-file');
    writeFileSync(home, 'not a folder');
    const store = new FsWizardStore(join(home, '.config', 'casemgr-path'));
    await expect(store.saveDraft(draft)).rejects.toThrow();
    const note = await cancelNote(store);
    expect(note).toMatch(/Cancelled\. Your answers could not be saved \(cannot create the folder .*\)/);
    expect(note.trim().split('\n')).toHaveLength(1);
  });

  it('says only "Cancelled." when nothing was answered yet', async () => {
    expect(await cancelNote(new FsWizardStore(join(root, 'never')))).toBe('\nCancelled.\n');
  });

  it('says it in the language the wizard speaks', async () => {
    const store = new FsWizardStore(join(root, 'es'));
    expect(await cancelNote(store, wizardEs)).toBe('\nCancelado.\n');
    await store.saveDraft(draft);
    expect(await cancelNote(store, wizardEs)).toMatch(
      /^\nCancelado\. Sus respuestas están guardadas; ejecute casemgr-path de nuevo/,
    );
  });
});
