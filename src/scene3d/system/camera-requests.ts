// Requests to the camera from outside the frame loop (read and cleared by CameraRig each frame),
// and where the camera is, for tests (window.__sceneCamera, read only). Module scope: no
// allocation, no React.
export const cameraRequests = {
  /** end the glide to the stage's pose at the next frame, as a page opened at the stage does */
  arrive: false,
};

/** The camera in world space, written by CameraRig each frame (scene units). */
export const cameraReadout = {
  x: 0,
  y: 0,
  z: 0,
  /** what it looks at (the orbit target) */
  tx: 0,
  ty: 0,
  tz: 0,
  /** the move under way: '' (none, or arrived), 'glide' (nearby pose) or 'flight' (far pose) */
  move: '' as '' | 'glide' | 'flight',
};

declare global {
  interface Window {
    /** the camera's world position and move (scene3d/system/camera-requests) */
    __sceneCamera?: typeof cameraReadout;
  }
}
