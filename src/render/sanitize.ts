/**
 * Strips what a terminal would act on instead of print: escape sequences (CSI, OSC, others), C0 and
 * C1 control characters, DEL, and the bidirectional overrides that can make text read differently
 * from what it is. Names and data text come from users and maintainers, so every string a renderer
 * prints passes through here. Line breaks and tabs become spaces: a field is one line of prose.
 */
export function stripControl(text: string): string {
  // Nearly every string has none of the characters below: then none of the replacements applies.
  if (!CONTROL_OR_BIDI.test(text)) return text;
  return (
    text
      // CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and two-character ESC sequences.
      .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
      .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, '')
      .replace(/\u001b[@-_]?/g, '')
      .replace(/\u009b[0-?]*[ -/]*[@-~]/g, '')
      .replace(/[\t\n\r\v\f]/g, ' ')
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
      .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
  );
}

/** Every character a replacement in stripControl starts from (ESC and CSI are controls too). */
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A deep copy of `value` with every string passed through `clean`: renderers clean a whole model
 * once at the door, so no field can slip through unstripped.
 */
export function mapStrings<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, clean)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, clean);
    return out as T;
  }
  return value;
}
