// When the science was last reviewed, and what changed and why (data/review.json, checked when
// built). Shown in the claims panel's "About the science" section.
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
