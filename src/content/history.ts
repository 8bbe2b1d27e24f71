// History timeline (data/history.json, validated on load). Only verified parts: where a fact
// says "parts FROM MEMORY" the event says only what the stored source shows.
import raw from './data/history.json';
import type { HistoryEvent } from './outcome-types';
import { historySchema, parseData } from './schema';

export const HISTORY_EVENTS: readonly HistoryEvent[] = parseData(
  historySchema,
  raw,
  'history.json',
);
