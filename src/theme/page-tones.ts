// The page's further tones (controls, callouts, the printable handout), beside the actor and
// surface colours in actor-colors.ts; css-vars.ts turns each into a CSS variable (raisedHover ->
// --raised-hover). Text contrast against these is checked in tests/unit/a11y/contrast.test.ts.

/** Dark page tones: backgrounds of controls and callouts, edges, scene overlays, arrows. */
export const PAGE_TONES = {
  button: '#223052', // default button background
  buttonHover: '#2c3e68', // hovered or pressed button
  buttonEdge: '#5a6c93', // button and menu border
  edge: '#4a5a7d', // border of raised cells
  raised: '#1b2640', // toggles and cards above the panel
  rowCurrent: '#24324f', // the current stage's row in a table
  cellSelected: '#18223a', // a selected table cell
  callout: '#1a2338', // detail boxes under a table or chart
  notice: '#1c2236', // notices and the presenter's blackout note
  glow: '#1a2540', // centre of the scene slot's radial background
  sceneButton: '#1b2744', // buttons over the 3D scene
  sceneButtonPressed: '#3a3117', // a pressed one (dark yellow, beside the focus colour)
  labelText: '#d5dcea', // secondary text in a scene label
  onAccent: '#0d1424', // text on an accent-coloured background
  rise: '#7ee2b8', // an arrow for "goes up"
  fall: '#ffb27a', // an arrow for "goes down"
  blackout: '#000000', // the projector blackout
  shadow: '#000000', // drop shadows and dimming (mixed with transparent)
} as const;
export type PageToneId = keyof typeof PAGE_TONES;

/** The same roles in the high-contrast theme (buttons there are black with white edges). */
export const PAGE_TONES_HIGH_CONTRAST: Record<PageToneId, string> = {
  ...PAGE_TONES,
  buttonHover: '#333333',
};

/** The printable handout: dark ink on light paper, its own light theme. */
export const PRINT = {
  paper: '#ffffff',
  desk: '#e9ecf1', // around the sheet on screen
  ink: '#111111',
  inkMuted: '#444444',
  rule: '#bbbbbb', // a thin separating line (decoration)
  link: '#0b4fa8',
  button: '#1d4f91', // pressed button; paper-coloured text on it
} as const;
export type PrintId = keyof typeof PRINT;
