// In-page measurements shared by the benchmark and the soak script.

/** Renderer counters the scene publishes each frame (src/scene3d). */
export async function sceneStats(page) {
  return page.evaluate(() => {
    const s = window.__sceneStats ?? {};
    return {
      calls: s.calls,
      triangles: s.triangles,
      points: s.points,
      geometries: s.geometries,
      textures: s.textures,
      programs: s.programs,
    };
  });
}

/**
 * Share (0..1) of the canvas the current stage's focus structures cover once the camera has
 * arrived (the scene's coverage probe, src/scene3d/system/view-probe.ts); null without a scene.
 */
export async function focusShare(page) {
  await page.waitForFunction(
    () => (window.__sceneStats?.arrival ?? 0) >= 1 && !!window.__sceneView,
    null,
    { timeout: 60_000 },
  );
  return page.evaluate(() => window.__sceneView?.coverage() ?? null);
}

/** Mean interval between animation frames over n frames, in ms (run in the page). */
export function frameIntervalsScript(n) {
  return new Promise((resolve) => {
    const times = [];
    const tick = (t) => {
      times.push(t);
      if (times.length > n) resolve((times[times.length - 1] - times[0]) / (times.length - 1));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** JS heap in use after a forced garbage collection, in bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * The heap split in two, in bytes, from a heap snapshot (taking one collects garbage first):
 * `code` is what V8's compilers made (it grows over the first loops as hot functions are
 * optimised, and is not a leak); `objects` is everything else, what the app keeps alive. A leak
 * shows in `objects`.
 */
export async function heapBreakdown(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const typeNames = snap.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let code = 0;
  let objects = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = typeNames[snap.nodes[i + typeAt]];
    const size = snap.nodes[i + sizeAt];
    if (type === 'code') code += size;
    else if (type !== 'native' && type !== 'synthetic') objects += size;
  }
  return { code, objects };
}

/**
 * A plain three.js scene of about the same size as the app's (60 lit meshes and 2,000 points)
 * at the same canvas size: the yardstick for frame time under SwiftShader.
 */
export const BASELINE_HTML = `<!doctype html><html><body style="margin:0;background:#0d1424">
<script type="module">
import * as THREE from './bench-three/three.module.js';
const renderer = new THREE.WebGLRenderer({ antialias: true });
renderer.setSize(innerWidth * 0.64, innerHeight * 0.8);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
const camera = new THREE.PerspectiveCamera(40, (innerWidth * 0.64) / (innerHeight * 0.8), 0.1, 100);
camera.position.set(0, 0, 12);
scene.add(new THREE.HemisphereLight(0xffffff, 0x223355, 1.2));
const light = new THREE.DirectionalLight(0xffffff, 1.5); light.position.set(3, 5, 4); scene.add(light);
const geo = new THREE.IcosahedronGeometry(0.4, 4);
const mat = new THREE.MeshStandardMaterial({ color: 0xd9a38a, roughness: 0.6 });
for (let i = 0; i < 60; i++) {
  const m = new THREE.Mesh(geo, mat);
  m.position.set(((i % 10) - 4.5) * 1.1, (Math.floor(i / 10) - 2.5) * 1.1, 0);
  scene.add(m);
}
const positions = new Float32Array(6000).map(() => (Math.random() - 0.5) * 10);
const pts = new THREE.Points(new THREE.BufferGeometry().setAttribute('position', new THREE.BufferAttribute(positions, 3)), new THREE.PointsMaterial({ size: 0.05, color: 0xf0e442 }));
scene.add(pts);
renderer.setAnimationLoop((t) => { scene.rotation.y = t / 4000; renderer.render(scene, camera); });
</script></body></html>`;

/** Serves the baseline page and three.js's build files to a browser context. */
export async function routeBaseline(context) {
  await context.route('**/bench-baseline.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: BASELINE_HTML }),
  );
  await context.route('**/bench-three/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    return route.fulfill({
      contentType: 'text/javascript',
      path: `node_modules/three/build/${name}`,
    });
  });
}

/**
 * Runs kiosk mode for `loops` full loops at `stageSec` seconds per stage and reports the
 * renderer counts and heap after the first loop and after the last. Needs the app to count
 * finished loops in window.__kioskLoops.
 */
export async function measureKioskLoops(
  { context, page, errors },
  base,
  { loops, stageSec, stageCount },
) {
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}?mode=kiosk&kioskStageSec=${stageSec}`);
  await page.waitForFunction(() => (window.__sceneStats?.frames ?? 0) > 10, null, {
    timeout: 180_000, // a first frame with SwiftShader on a busy machine
  });
  const loopMs = stageSec * 1000 * stageCount;
  const waitLoops = async (n) => {
    const startLoop = await page.evaluate(() => window.__kioskLoops ?? 0);
    await page.waitForFunction((target) => (window.__kioskLoops ?? 0) >= target, startLoop + n, {
      timeout: loopMs * n * 4 + 60_000,
      polling: 500,
    });
  };
  await waitLoops(1);
  const measure = async () => {
    const heapBytes = await heapAfterGc(cdp);
    const { code, objects } = await heapBreakdown(cdp);
    return { ...(await sceneStats(page)), heapBytes, codeBytes: code, objectBytes: objects };
  };
  const first = await measure();
  await waitLoops(loops - 1);
  const last = await measure();
  await context.close();
  return {
    count: loops,
    first,
    last,
    heapGrowth: last.heapBytes / first.heapBytes - 1,
    objectGrowth: last.objectBytes / first.objectBytes - 1,
    errors,
  };
}

/** ms from navigation to the scene's first drawn frame (its stats hook counts frames). */
export function firstSceneFrameMs(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () =>
          (window.__sceneStats?.frames ?? 0) > 0
            ? resolve(performance.now())
            : requestAnimationFrame(check);
        check();
      }),
  );
}
