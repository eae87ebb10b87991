import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join, sep } from 'node:path';
import { constants, Script } from 'node:vm';

/**
 * V8's compiled code for the CLI's own chunks, kept between runs (docs/architecture.md, start-up).
 * Compiling the bundle is the largest part of a command's start. Node 22 caches it by itself
 * (`module.enableCompileCache`); on Node 20 the same is done here, for the files of one folder
 * only (the CLI's chunks), through the CommonJS loader's compile step.
 *
 * The cache is an optimization and never a reason to fail: a file that cannot be read, written or
 * trusted is compiled from source as if there were no cache. V8 rejects code cached by another V8
 * version, other flags or a source of another length; the key below (the chunk's name, size and
 * modification time, in a folder per package and Node version) covers the rest.
 */

interface Pending {
  script: Script;
  file: string;
}

interface ModuleInternals {
  _compile(content: string, filename: string): unknown;
  exports: unknown;
  require(id: string): unknown;
}

const DISABLE = 'NODE_DISABLE_COMPILE_CACHE';

/**
 * Caches the compiled code of every CommonJS file loaded from `chunksDir` into `cacheDir` (created
 * owner-only). On Node with a compile cache of its own, that one is used instead.
 */
export function enableCompileCache(chunksDir: string, cacheDir: string): void {
  if (process.env[DISABLE]) return;
  const builtin = (Module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof builtin === 'function') {
    try {
      builtin(cacheDir);
    } catch {
      // No cache: the command runs as it would without one.
    }
    return;
  }
  const prefix = chunksDir.endsWith(sep) ? chunksDir : chunksDir + sep;
  const proto = Module.prototype as unknown as ModuleInternals;
  const original = proto._compile;
  const pending: Pending[] = [];

  proto._compile = function compileWithCache(this: ModuleInternals, content: string, filename: string) {
    if (!filename.startsWith(prefix) || filename.slice(prefix.length).includes(sep)) {
      return original.call(this, content, filename);
    }
    let file: string;
    try {
      file = join(cacheDir, cacheName(filename));
    } catch {
      return original.call(this, content, filename);
    }
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    let script: Script;
    try {
      script = new Script(Module.wrap(content), {
        filename,
        cachedData,
        importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
    } catch (error) {
      // A syntax error is the source's, not the cache's: let the loader report it as usual.
      if (error instanceof SyntaxError) return original.call(this, content, filename);
      throw error;
    }
    if (cachedData === undefined || script.cachedDataRejected) pending.push({ script, file });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Object.assign((id: string) => this.require(id), {
      resolve: (request: string) =>
        (Module as unknown as { _resolveFilename(r: string, m: unknown): string })._resolveFilename(
          request,
          this,
        ),
      cache: (Module as unknown as { _cache: unknown })._cache,
    });
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };

  // After the run, so that the functions compiled while it ran are in the cache too.
  process.once('exit', () => {
    if (pending.length === 0) return;
    try {
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      pruneStale(cacheDir, prefix);
      for (const { script, file } of pending) writeAtomic(file, script.createCachedData());
    } catch {
      // A cache that cannot be written is only a slower next start.
    }
  });
}

/** `engine-Ab12.cjs` of 402217 bytes, changed at … → `engine-Ab12.cjs.402217-1733561234567.v8`. */
function cacheName(filename: string): string {
  const { size, mtimeMs } = statSync(filename);
  return `${basename(filename)}.${size}-${Math.trunc(mtimeMs)}.v8`;
}

/** Removes the cached code of chunks that are gone or have changed since (a new build). */
function pruneStale(cacheDir: string, prefix: string): void {
  for (const name of readdirSync(cacheDir)) {
    const chunk = name.replace(/\.\d+-\d+\.v8$/, '');
    if (chunk === name) continue;
    let current: string | undefined;
    try {
      current = cacheName(prefix + chunk);
    } catch {
      current = undefined;
    }
    if (current !== name) rmSync(join(cacheDir, name), { force: true });
  }
}

function writeAtomic(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temp, data, { flag: 'wx', mode: 0o600 });
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}
