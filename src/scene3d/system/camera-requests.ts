// Requests to the camera from outside the frame loop (read and cleared by CameraRig each frame).
// Module scope: no allocation, no React.
export const cameraRequests = {
  /** end the glide to the stage's pose at the next frame, as a page opened at the stage does */
  arrive: false,
};
