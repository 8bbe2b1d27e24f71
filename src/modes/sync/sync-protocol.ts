// Messages between the projected window and the presenter window (BroadcastChannel). Pure:
// building, checking and comparing messages; ./start-sync does the I/O.
import type { DisplayLang } from '../../i18n/localize';
import { SPEEDS, type Speed } from '../../state/store';
import { storySchema, type Story } from '../../story/schema';

export const SYNC_CHANNEL = 'ketamine-synapse';
const APP = 'ketamine-synapse';

/** What the windows keep equal. `story` is null for the built-in story. */
export interface SyncState {
  stageId: string;
  playing: boolean;
  speed: Speed;
  blackout: boolean;
  lang: DisplayLang;
  /** changes whenever a window loads another story */
  storyRev: string;
  story: Story | null;
}

export type SyncMessage =
  | { app: typeof APP; v: 1; from: string; kind: 'hello' }
  | { app: typeof APP; v: 1; from: string; kind: 'state'; state: SyncState };

export function helloMessage(from: string): SyncMessage {
  return { app: APP, v: 1, from, kind: 'hello' };
}

export function stateMessage(from: string, state: SyncState): SyncMessage {
  return { app: APP, v: 1, from, kind: 'state', state };
}

const LANGS: readonly string[] = ['en', 'es', 'pseudo'];

/** The message, if it is one of ours and well formed; anything else is ignored. */
export function readMessage(data: unknown): SyncMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.app !== APP || m.v !== 1 || typeof m.from !== 'string') return null;
  if (m.kind === 'hello') return helloMessage(m.from);
  if (m.kind !== 'state' || !m.state || typeof m.state !== 'object') return null;
  const s = m.state as Record<string, unknown>;
  if (
    typeof s.stageId !== 'string' ||
    typeof s.playing !== 'boolean' ||
    !(SPEEDS as readonly unknown[]).includes(s.speed) ||
    typeof s.blackout !== 'boolean' ||
    typeof s.lang !== 'string' ||
    !LANGS.includes(s.lang) ||
    typeof s.storyRev !== 'string'
  ) {
    return null;
  }
  let story: Story | null = null;
  if (s.story !== null) {
    const parsed = storySchema.safeParse(s.story);
    if (!parsed.success) return null;
    story = parsed.data;
  }
  return stateMessage(m.from, {
    stageId: s.stageId,
    playing: s.playing,
    speed: s.speed as Speed,
    blackout: s.blackout,
    lang: s.lang as DisplayLang,
    storyRev: s.storyRev,
    story,
  });
}

/** Whether two states differ in anything a window shows (the story by revision). */
export function sameState(a: SyncState, b: SyncState): boolean {
  return (
    a.stageId === b.stageId &&
    a.playing === b.playing &&
    a.speed === b.speed &&
    a.blackout === b.blackout &&
    a.lang === b.lang &&
    a.storyRev === b.storyRev
  );
}
