/**
 * Builds the UI with Vite when ui/dist is missing or was built from other sources (first `npm start`, or
 * after a change). "Other sources" is decided by content, not by dates: a sha256 of ui/src, index.html,
 * vite.config.ts, core/ (shared with the API, bundled into the UI) and package-lock.json (the versions of
 * Svelte, Cytoscape, the font…) is kept in
 * ui/dist/.sources-sha256 after each build, so copying, cloning or touching a checkout rebuilds nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const STAMP = '.sources-sha256';

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** sha256 of what the UI bundle is built from, by relative path and content. */
export function uiSourceHash(uiDir: string): string {
  const root = resolve(uiDir, '..');
  const inputs = [
    join(uiDir, 'src'),
    join(uiDir, 'index.html'),
    join(uiDir, 'vite.config.ts'),
    join(root, 'core'),
    join(root, 'package-lock.json'),
  ].filter(existsSync);
  const hash = createHash('sha256');
  for (const file of inputs
    .flatMap(filesUnder)
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Why ui/dist must be built, or null when it was built from the sources as they are. */
export function whyBuildUi(uiDist: string): string | null {
  const stamp = join(uiDist, STAMP);
  if (!existsSync(join(uiDist, 'index.html')) || !existsSync(stamp)) return 'not built yet';
  return readFileSync(stamp, 'utf8').trim() === uiSourceHash(resolve(uiDist, '..')) ? null : 'its sources changed';
}

export function ensureUiBuilt(uiDist: string, log: (line: string) => void): void {
  const why = whyBuildUi(uiDist);
  if (why === null) return;
  const uiDir = resolve(uiDist, '..');
  // Hashed before the build: an edit made while Vite runs makes the next start build again.
  const sources = uiSourceHash(uiDir);
  log(`Building the UI with Vite (${why})…`);
  const vite = resolve(uiDir, '..', 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--config', join(uiDir, 'vite.config.ts'), '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The UI build failed; see the Vite output above.');
  writeFileSync(join(uiDist, STAMP), `${sources}\n`);
}
