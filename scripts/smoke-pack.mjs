#!/usr/bin/env node
// Smoke test of the published package: pack it, install the tarball into an empty project (no
// network needed: the package has no dependencies), and run the installed CLI as a user would.
// Run after `npm run build` (npm run check does). Exits non-zero on the first failed check.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };
const packDir = mkdtempSync(join(tmpdir(), 'casemgr-pack-'));
const installDir = mkdtempSync(join(tmpdir(), 'casemgr-install-'));

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`  ✔ ${message}`);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, ...quiet, env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return result;
}

try {
  console.log('smoke: npm pack');
  execFileSync(npm, ['pack', '--silent', '--pack-destination', packDir], { cwd: root, ...quiet });
  const tarball = readdirSync(packDir).find((name) => name.endsWith('.tgz'));
  check(tarball, `packed ${tarball}`);
  const tgz = join(packDir, tarball);

  execFileSync('tar', ['-xzf', tgz, '-C', packDir, 'package/package.json'], quiet);
  const manifest = JSON.parse(readFileSync(join(packDir, 'package', 'package.json'), 'utf8'));
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) {
    check(!manifest[field] || Object.keys(manifest[field]).length === 0, `the tarball has no ${field}`);
  }
  const listing = execFileSync('tar', ['-tzf', tgz], { ...quiet, maxBuffer: 16 * 1024 * 1024 });
  for (const file of [
    'package/bin/casemgr-path.cjs',
    'package/dist/cli/main.cjs',
    'package/data/',
    'package/schema/',
  ]) {
    check(listing.includes(file), `the tarball holds ${file}`);
  }

  console.log('smoke: install the tarball into an empty project');
  writeFileSync(join(installDir, 'package.json'), '{ "name": "smoke", "private": true }\n');
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', tgz], {
    cwd: installDir,
    ...quiet,
  });
  const bin = join(
    installDir,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'casemgr-path.cmd' : 'casemgr-path',
  );

  const version = run(bin, ['--version'], installDir);
  check(
    version.status === 0 && version.stdout.trim() === manifest.version,
    `casemgr-path --version prints ${manifest.version}`,
  );

  const validate = run(bin, ['validate'], installDir);
  if (validate.status !== 0) process.stdout.write(validate.stdout + validate.stderr);
  check(validate.status === 0, 'casemgr-path validate passes on the built-in data');

  const explore = run(bin, ['explore'], installDir);
  check(explore.status === 0 && /certifications/.test(explore.stdout), 'casemgr-path explore lists the data');
  console.log('smoke: ok');
} catch (error) {
  console.error(`smoke: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  const output = error?.stderr || error?.stdout;
  if (output) console.error(String(output));
  process.exitCode = 1;
} finally {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(installDir, { recursive: true, force: true });
}
