// History timeline (data/history.json, checked when built). Only verified parts: where a fact
// says "parts FROM MEMORY" the event says only what the stored source shows.
import checked from 'virtual:checked/history';
import type { HistoryEvent } from './outcome-types';

export const HISTORY_EVENTS: readonly HistoryEvent[] = checked;
