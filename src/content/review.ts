// When the science was last reviewed, and what changed and why (data/review.json, validated on
// load). Shown in the claims panel's "About the science" section.
// checked against ./schema.ts when the app was built (src/app/vite-checked-data-plugin.ts)
import DATA from 'virtual:checked/review';
import type { LocalizedText } from './types';

export interface ReviewChange {
  date: string;
  what: LocalizedText;
  why: LocalizedText;
}

/** YYYY-MM-DD */
export const SCIENCE_LAST_REVIEWED: string = DATA.lastReviewed;
export const SCIENCE_CHANGES: readonly ReviewChange[] = DATA.changes;
