import { describe, expect, it } from 'vitest';
import {
  decodeInputText,
  invalidUtf8Offset,
  nestingDepth,
  neutralizeControls,
  neutralizeLine,
  neutralizeValue,
  utf16Kind,
} from '../../src/core/input-text.js';

describe('the text door', () => {
  it('replaces control characters with visible stand-ins, keeping tab and line breaks', () => {
    expect(neutralizeControls('a\u001b]0;x\u0007b\tc\nd\r\n\u007f\u0085')).toBe('a␛]0;x␇b\tc\nd\r\n␡\ufffd');
    expect(neutralizeLine('a\tb\nc')).toBe('a␉b␊c');
  });

  it('neutralizes keys and strings of a parsed value, however deep, without recursion', () => {
    let deep: unknown = '\u001b';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(() => neutralizeValue(deep)).not.toThrow();
    expect(neutralizeValue({ '\u001bk': ['\u0007', 1, null, { x: '\u009b' }] })).toEqual({
      '␛k': ['␇', 1, null, { x: '\ufffd' }],
    });
  });

  it('keeps a __proto__ key a plain key, polluting nothing', () => {
    const value = neutralizeValue(JSON.parse('{"__proto__": {"polluted": true}}')) as object;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds invalid UTF-8, with its line and column', () => {
    expect(invalidUtf8Offset(Buffer.from('María', 'utf8'))).toBe(-1);
    expect(invalidUtf8Offset(Buffer.from('Mar\xeda', 'latin1'))).toBe(3);
    // Overlong forms and surrogates are not UTF-8 either.
    expect(invalidUtf8Offset(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
    expect(invalidUtf8Offset(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1);
    const result = decodeInputText(Buffer.from('a: 1\nname: Mar\xeda\n', 'latin1'));
    expect(result).toMatchObject({ ok: false, line: 2, column: 10 });
  });

  it('names UTF-16, with a byte-order mark or from its NUL pattern', () => {
    const le = Buffer.from('name,state\n', 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(utf16Kind(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe('UTF-16LE');
    expect(utf16Kind(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe('UTF-16BE');
    expect(utf16Kind(le)).toBe('UTF-16LE');
    expect(utf16Kind(be)).toBe('UTF-16BE');
    expect(utf16Kind(Buffer.from('name,state\n'))).toBeUndefined();
    expect(decodeInputText(le)).toMatchObject({ ok: false, message: expect.stringContaining('UTF-16LE') });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeInputText(Buffer.from('\ufeffversion: 1\n'))).toEqual({ ok: true, text: 'version: 1\n' });
  });

  it('measures nesting without parsing: brackets, block indentation, list items', () => {
    expect(nestingDepth('version: 1\nname: Ann\n')).toBe(1);
    expect(nestingDepth('a:\n  b:\n    - c: 1\n')).toBe(4);
    expect(nestingDepth('{"a": [[1]]}')).toBe(4);
    // Brackets in quoted strings and comments do not count; an apostrophe is not a quote.
    expect(nestingDepth("name: \"[[[[\"\nnote: '{{' # [[[\nwho: O'Brien [x]\n")).toBeLessThan(4);
    expect(nestingDepth('['.repeat(5000), 100)).toBe(101);
  });
});
