// When the science was last reviewed, and what changed and why (data/review.json, validated on
// load). Shown in the claims panel's "About the science" section.
import raw from './data/review.json';
import { parseData, reviewSchema } from './schema';
import type { LocalizedText } from './types';

export interface ReviewChange {
  date: string;
  what: LocalizedText;
  why: LocalizedText;
}

const DATA = parseData(reviewSchema, raw, 'review.json');

/** YYYY-MM-DD */
export const SCIENCE_LAST_REVIEWED: string = DATA.lastReviewed;
export const SCIENCE_CHANGES: readonly ReviewChange[] = DATA.changes;
