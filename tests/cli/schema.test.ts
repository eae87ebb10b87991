import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/cli/json-schemas.js';
import { FAMILY_NAMES } from '../../src/data/schema/families.js';
import { ROOT } from '../helpers/build.js';
import { runMain } from '../helpers/cli.js';

describe('JSON Schemas', () => {
  it('the committed schema/ folder matches the zod schemas (run `npm run schema` after changing them)', async () => {
    const committed = readdirSync(join(ROOT, 'schema')).sort();
    const generated = jsonSchemaFiles();
    expect(committed).toEqual(generated.map((file) => file.name).sort());
    for (const file of generated) {
      expect(readFileSync(join(ROOT, 'schema', file.name), 'utf8'), file.name).toBe(file.text);
    }
  });

  it('covers every data family and the profile, as draft-07 with unknown keys refused', async () => {
    const names = jsonSchemaFiles().map((file) => file.name);
    expect(names).toEqual([...FAMILY_NAMES.map((family) => `${family}.schema.json`), 'profile.schema.json']);
    for (const file of jsonSchemaFiles()) {
      const schema = JSON.parse(file.text);
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.additionalProperties).toBe(false);
    }
  });

  it('the profile schema describes what people write: only version is required', async () => {
    const profile = JSON.parse(jsonSchemaFiles().find((file) => file.name === 'profile.schema.json')!.text);
    expect(profile.required).toEqual(['version']);
  });

  it('`casemgr-path schema --out DIR` writes them all', async () => {
    const out = mkdtempSync(join(tmpdir(), 'casemgr-schema-'));
    try {
      const result = await runMain(['schema', '--out', out]);
      expect(result.status).toBe(0);
      expect(result.stdout.trim().split('\n')).toHaveLength(FAMILY_NAMES.length + 1);
      expect(readFileSync(join(out, 'profile.schema.json'), 'utf8')).toBe(
        readFileSync(join(ROOT, 'schema', 'profile.schema.json'), 'utf8'),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('an --out that cannot be written is a one-line usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casemgr-schema-'));
    try {
      writeFileSync(join(dir, 'file'), '');
      const result = await runMain(['schema', '--out', join(dir, 'file', 'sub')]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^casemgr-path: cannot write .*organizations\.schema\.json \(ENOTDIR\); check --out\n$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
