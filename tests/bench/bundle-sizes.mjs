// Bundle sizes from the build's chunk graph (dist/.vite/manifest.json), in bytes gzip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (dist, file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Files a chunk pulls in statically (itself included), following `imports`. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

export function bundleSizes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('no entry in the build manifest');
  const firstLoad = staticClosure(manifest, entryKey);
  const jsOf = (keys) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const firstLoadJs = jsOf(firstLoad);
  const sceneKey = Object.keys(manifest).find((k) => /scene3d\/SceneRoot\.tsx$/.test(k));
  if (!sceneKey)
    throw new Error('no lazily loaded scene chunk (src/scene3d/SceneRoot.tsx) in the build');
  const sceneJs = jsOf([...staticClosure(manifest, sceneKey)].filter((k) => !firstLoad.has(k)));
  const cssOf = (keys) => [...keys].flatMap((k) => manifest[k].css ?? []);
  return {
    firstLoadJsGzip: firstLoadJs.reduce((sum, f) => sum + gz(dist, f), 0),
    firstLoadCssGzip: [...new Set(cssOf(firstLoad))].reduce((sum, f) => sum + gz(dist, f), 0),
    sceneChunkJsGzip: sceneJs.reduce((sum, f) => sum + gz(dist, f), 0),
    firstLoadFiles: firstLoadJs,
    sceneFiles: sceneJs,
  };
}

/** Budgets from the design brief, section 5, in bytes gzip. */
export const BUNDLE_BUDGETS = {
  firstLoadJsGzip: 120 * 1024,
  sceneChunkJsGzip: 280 * 1024,
};
