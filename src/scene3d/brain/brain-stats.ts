// The brain as drawn, for tests (window.__sceneBrain, read only): one object mutated in place
// by Brain.tsx each frame it is shown. No allocation per frame.
export const brainStats = {
  /** the brain is drawn now */
  shown: false,
  /** model minutes of the frame */
  modelMin: 0,
  /** 0..1 ketamine tint of the brain: the model's plasma level over ~0.8 µM (its peak) */
  tint: 0,
  /** ketamine beads drawn in the arteries now */
  beads: 0,
  /** the condition loop drawn ('' = none): brainDepression, brainAnxiety or brainOcd */
  loop: '',
  /** pulses travelling round the loop now */
  pulses: 0,
  /** the regions drawn now, comma-separated */
  regions: '',
};

declare global {
  interface Window {
    /** the brain scale as drawn (scene3d/brain/brain-stats) */
    __sceneBrain?: typeof brainStats;
  }
}
