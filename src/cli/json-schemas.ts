import { z } from 'zod';
import { FAMILIES, FAMILY_NAMES } from '../data/schema/families.js';
import { ProfileSchema } from '../profile/schema.js';

/** One JSON Schema file: its name in the schema folder, and its text. */
export interface SchemaFile {
  name: string;
  text: string;
}

const TITLES: Record<string, string> = {
  organizations: 'casemgr-path data: organizations.yaml',
  licenses: 'casemgr-path data: licenses.yaml (licenses and their exams)',
  degrees: 'casemgr-path data: degrees.yaml (degrees and coursework)',
  certifications: 'casemgr-path data: certifications.yaml',
  ladder: 'casemgr-path data: ladder.yaml (career levels)',
  salaries: 'casemgr-path data: salaries.yaml (pay bands and BLS medians)',
  outlook: 'casemgr-path data: outlook.yaml (BLS projections)',
  skills: 'casemgr-path data: skills.yaml',
  specializations: 'casemgr-path data: specializations.yaml',
};

function toText(schema: z.ZodType, title: string): string {
  // draft-07 is what editors' yaml-language-server supports; `input` describes what people write
  // (defaults optional), which is what an editor checks.
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}

/**
 * The JSON Schemas for every data family and for the profile, generated from the zod schemas
 * (the single source of truth). `schema/*.schema.json` in the repository is this, committed.
 */
export function jsonSchemaFiles(): SchemaFile[] {
  return [
    ...FAMILY_NAMES.map((family) => ({
      name: `${family}.schema.json`,
      text: toText(FAMILIES[family].schema as unknown as z.ZodType, TITLES[family] ?? family),
    })),
    { name: 'profile.schema.json', text: toText(ProfileSchema, 'casemgr-path profile, version 1') },
  ];
}
