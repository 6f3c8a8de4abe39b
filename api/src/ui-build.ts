/** Builds the UI with Vite when ui/dist is missing or older than the UI sources (first `npm start`). */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function ensureUiBuilt(uiDist: string, log: (line: string) => void): void {
  const uiDir = resolve(uiDist, '..');
  const index = join(uiDist, 'index.html');
  const sources = [join(uiDir, 'src'), join(uiDir, 'index.html'), join(uiDir, 'vite.config.ts')].filter(existsSync);
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newest))) return;
  log('Building the UI with Vite…');
  const vite = resolve(uiDir, '..', 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--config', join(uiDir, 'vite.config.ts'), '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The UI build failed; see the Vite output above.');
}
