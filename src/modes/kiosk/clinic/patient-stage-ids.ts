// The stage ids of scenes/patient.json (kept equal by tests/unit/kiosk/patient-story.test.ts),
// so a kiosk link can name one without the story in the first load.
export const PATIENT_STAGE_IDS: readonly string[] = [
  'welcome',
  'brain-cells',
  'gate',
  'new-links',
  'before',
  'during',
  'after',
  'course',
  'call',
];

/** The stage about after the session: the clinic's own rule for going home shows there. */
export const AFTER_SESSION_STAGE_ID = 'after';
