// Bundles the hub (server/main.ts and what it imports from src/) into dist-server/hub.mjs with
// rolldown. Every package dependency stays external: node_modules is present where the hub runs
// (`npm install && npm start`), and argon2's and PGlite's native/wasm files must load from there.
import { readFileSync } from 'node:fs';
import { build } from 'rolldown';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
const external = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

await build({
  input: 'server/main.ts',
  platform: 'node',
  external,
  output: { file: 'dist-server/hub.mjs', format: 'esm', sourcemap: true },
  logLevel: 'warn',
});
console.log('dist-server/hub.mjs written');
