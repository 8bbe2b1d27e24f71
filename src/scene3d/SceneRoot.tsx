// The 3D synapse (lazy chunk): canvas, DOM overlays (time scale, labels, structure list), and
// recovery from a lost WebGL context: restored in place when the browser gives the context
// back, otherwise the canvas is rebuilt with a fresh context at the same stage; when no new
// context can be made (or they keep being lost), the 2D storyboard takes over.
import { Canvas, type RootState } from '@react-three/fiber';
import { useCallback, useEffect, useRef, useState } from 'react';
import { NeutralToneMapping } from 'three';
import { SCENE_STRINGS as S } from '../i18n/strings/scene';
import { useApp } from '../state/app-store';
import { seekTo } from '../state/playback-loop';
import { useText } from '../i18n/use-text';
import { SceneContent } from './SceneContent';
import { LabelLayer } from './overlay/LabelLayer';
import { StructureToolbar } from './overlay/StructureToolbar';
import { ScaleNote } from './overlay/ScaleNote';
import { TimeScaleOverlay } from './overlay/TimeScaleOverlay';
import { cameraRequests } from './system/camera-requests';
import { pointer } from './system/registry';
import { wakeScene } from './system/scene-rest';
import { sceneStats } from './system/scene-stats';
import { AdaptiveResolution } from './system/AdaptiveResolution';
import { MountInSlices } from './system/MountInSlices';
import { membranesReady } from './geometry/membrane-source';
import { createSceneRenderer, type RendererDefaults } from './system/scene-renderer';
import { canRebuildRenderer, fallBackToStoryboard } from '../ui/webgl-fallback';
import './scene.css';
import { modePolicy } from '../state/mode-policy';

// the worker builds the membranes while the canvas and its context are made
void membranesReady();

/** How long to wait for the browser to restore a lost context before rebuilding, ms. */
const RESTORE_WAIT_MS = 600;

/**
 * Device pixel ratio on a GPU: the screen's, kept within 1.5 to 2. The context has no
 * multisampling (scene-renderer.ts), so a screen of ratio 1 (a laptop, a projector) is drawn at
 * 1.5 and scaled down, which smooths the edges; a phone's ratio of 3 is capped at 2. A GPU that
 * cannot hold 30 frames per second goes down to 0.75 (AdaptiveResolution).
 */
const DPR: [number, number] = [1.5, 2];
const DPR_FLOOR = 0.75;
/** On a software rasteriser, where pixels cost most (and until we know): 1. */
const DPR_SOFTWARE: [number, number] = [1, 1];

function startDpr(): number {
  const screen = typeof window === 'undefined' ? 1 : window.devicePixelRatio;
  return Math.min(DPR[1], Math.max(DPR[0], screen));
}

export default function SceneRoot() {
  const tr = useText();
  const [canvasKey, setCanvasKey] = useState(0);
  const [contentKey, setContentKey] = useState(0);
  const [canvasOn, setCanvasOn] = useState(true);
  const [lost, setLost] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const lossTimes = useRef<number[]>([]);
  // known once the scene's context exists (null until then)
  const [software, setSoftware] = useState<boolean | null>(null);
  // the waiting-room loop is unattended: no structure list to open
  const mode = useApp((s) => s.mode);

  useEffect(() => {
    window.__sceneTest = {
      remountContent: () => setContentKey((k) => k + 1),
      setCanvas: (on) => setCanvasOn(on),
      selectCondition: (id) => useApp.getState().selectCondition(id),
      seek: (stageIndex, progress) => seekTo(stageIndex, progress),
      arriveCamera: () => {
        cameraRequests.arrive = true;
        wakeScene();
      },
    };
    return () => {
      window.clearTimeout(timer.current);
      pointer.hovered = null;
      document.body.style.cursor = '';
    };
  }, []);

  const makeRenderer = useCallback(
    (defaults: RendererDefaults) =>
      createSceneRenderer(defaults, {
        // No WebGL: the slot draws the storyboard instead, with its own message. A scene that
        // had a context (a rebuild after a loss) says the GPU is gone, as a failed rebuild does.
        onNoWebgl: () =>
          useApp.getState().webgl ? fallBackToStoryboard() : useApp.getState().setWebgl(false),
        onContext: (isSoftware) => {
          setSoftware(isSoftware);
          useApp.getState().setWebgl(true);
        },
      }),
    [],
  );

  const onCreated = useCallback(({ gl, raycaster }: RootState) => {
    // R3F sets its own tone mapping on a renderer it did not configure from props
    gl.toneMapping = NeutralToneMapping;
    gl.info.autoReset = false;
    raycaster.params.Points = { threshold: 0.08 };
    sceneStats.contextLost = false;
    const canvas = gl.domElement;
    canvas.addEventListener('webglcontextlost', (event) => {
      // a canvas already taken out (remount, rebuild) has its context released on purpose
      if (!canvas.isConnected) return;
      event.preventDefault(); // lets the browser restore it
      sceneStats.contextLost = true;
      sceneStats.contextLosses++;
      setLost(true);
      window.clearTimeout(timer.current);
      lossTimes.current = [...lossTimes.current.slice(-8), performance.now()];
      timer.current = window.setTimeout(() => {
        if (!sceneStats.contextLost) return;
        // no restore came: rebuild with a new context, or draw pictures if the GPU is gone
        if (!canRebuildRenderer(lossTimes.current, performance.now())) {
          fallBackToStoryboard();
          return;
        }
        setCanvasKey((k) => k + 1);
        sceneStats.contextRestores++;
        setLost(false);
      }, RESTORE_WAIT_MS);
    });
    canvas.addEventListener('webglcontextrestored', () => {
      window.clearTimeout(timer.current);
      sceneStats.contextLost = false;
      sceneStats.contextRestores++;
      setLost(false);
    });
  }, []);

  return (
    <div className="scene3d" data-testid="scene3d" role="region" aria-label={tr(S.sceneLabel)}>
      {canvasOn ? (
        <Canvas
          key={canvasKey}
          data-testid="scene-canvas"
          camera={{ position: [0, 0.6, 13], fov: 40, near: 0.1, far: 80 }}
          dpr={software === false ? DPR : DPR_SOFTWARE}
          frameloop="demand"
          gl={makeRenderer}
          onCreated={onCreated}
        >
          <MountInSlices key={contentKey}>
            <SceneContent />
          </MountInSlices>
          {software === null ? null : (
            <AdaptiveResolution
              key={String(software)}
              start={software ? 1 : startDpr()}
              min={software ? DPR_SOFTWARE[0] : DPR_FLOOR}
              max={software ? DPR_SOFTWARE[1] : DPR[1]}
            />
          )}
        </Canvas>
      ) : null}
      {/* once the context exists: a device without WebGL never sees them flash */}
      {software === null ? null : (
        <>
          <LabelLayer />
          <TimeScaleOverlay />
          <ScaleNote />
          {modePolicy(mode).structureList ? <StructureToolbar /> : null}
        </>
      )}
      {lost ? (
        <p className="scene-context-lost" role="status">
          {tr(S.contextLost)}
        </p>
      ) : null}
    </div>
  );
}
