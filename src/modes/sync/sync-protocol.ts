// Messages between the projected window and the presenter window (BroadcastChannel). Pure:
// building, checking and comparing messages; ./start-sync does the I/O.
import type { DisplayLang } from '../../i18n/localize';
import { SPEEDS, type ClassQuestionState, type Speed } from '../../state/store';
import { storySchema, type Story } from '../../story/schema';
import { CONDITION_IDS, type ConditionId } from '../../story/structures';

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
  /** "Ask the class": asked from either window, shown on the projector too */
  classQuestion: ClassQuestionState | null;
  /** the condition chosen on the projector (the presenter's preview draws the same) */
  condition: ConditionId | null;
}

/**
 * Ordering of state messages: `seq` counts changes (each window sends one more than the
 * highest it has seen), `rank` breaks ties (the presenter window, 1, wins over the projected
 * one, 0), then the sender id. Two windows that change at the same instant so agree on one.
 */
export interface SyncOrder {
  seq: number;
  rank: 0 | 1;
}

export type SyncMessage =
  | { app: typeof APP; v: 1; from: string; kind: 'hello' }
  | ({
      app: typeof APP;
      v: 1;
      from: string;
      kind: 'state';
      state: SyncState;
      /** set on an answer to a hello: the window that said it */
      to?: string;
    } & SyncOrder);

export function helloMessage(from: string): SyncMessage {
  return { app: APP, v: 1, from, kind: 'hello' };
}

export function stateMessage(
  from: string,
  state: SyncState,
  order: SyncOrder = { seq: 0, rank: 0 },
  to?: string,
): SyncMessage {
  const message: SyncMessage = { app: APP, v: 1, from, kind: 'state', state, ...order };
  if (to !== undefined) message.to = to;
  return message;
}

/** Whether a change ordered `a` (from `aFrom`) comes after one ordered `b` (from `bFrom`). */
export function isLater(a: SyncOrder, aFrom: string, b: SyncOrder, bFrom: string): boolean {
  if (a.seq !== b.seq) return a.seq > b.seq;
  if (a.rank !== b.rank) return a.rank > b.rank;
  return aFrom > bFrom;
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
  const question = readClassQuestion(s.classQuestion);
  if (question === undefined) return null;
  const condition = readCondition(s.condition);
  if (condition === undefined) return null;
  const seq = m.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
  if (m.rank !== 0 && m.rank !== 1) return null;
  if (m.to !== undefined && typeof m.to !== 'string') return null;
  let story: Story | null = null;
  if (s.story !== null) {
    const parsed = storySchema.safeParse(s.story);
    if (!parsed.success) return null;
    story = parsed.data;
  }
  return stateMessage(
    m.from,
    {
      stageId: s.stageId,
      playing: s.playing,
      speed: s.speed as Speed,
      blackout: s.blackout,
      lang: s.lang as DisplayLang,
      storyRev: s.storyRev,
      story,
      classQuestion: question,
      condition,
    },
    { seq, rank: m.rank },
    m.to,
  );
}

/** Whether two states differ in anything a window shows (the story by revision). */
export function sameState(a: SyncState, b: SyncState): boolean {
  return (
    a.stageId === b.stageId &&
    a.playing === b.playing &&
    a.speed === b.speed &&
    a.blackout === b.blackout &&
    a.lang === b.lang &&
    a.storyRev === b.storyRev &&
    a.condition === b.condition &&
    sameQuestion(a.classQuestion, b.classQuestion)
  );
}

/** Whether two windows show the same class question (or both none). */
export function sameQuestion(a: ClassQuestionState | null, b: ClassQuestionState | null): boolean {
  if (a === null || b === null) return a === b;
  return a.stageId === b.stageId && a.index === b.index && a.revealed === b.revealed;
}

/** The condition of a message (null: none; undefined: malformed, the message is ignored). */
function readCondition(value: unknown): ConditionId | null | undefined {
  // a window from before this field was added sends none
  if (value === null || value === undefined) return null;
  return (CONDITION_IDS as readonly unknown[]).includes(value) ? (value as ConditionId) : undefined;
}

/** The class question of a message (null: none; undefined: malformed, the message is ignored). */
function readClassQuestion(value: unknown): ClassQuestionState | null | undefined {
  // a window from before this field was added sends none
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return undefined;
  const q = value as Record<string, unknown>;
  if (
    typeof q.stageId !== 'string' ||
    typeof q.index !== 'number' ||
    !Number.isSafeInteger(q.index) ||
    q.index < 0 ||
    q.index > 99 ||
    typeof q.revealed !== 'boolean'
  ) {
    return undefined;
  }
  return { stageId: q.stageId, index: q.index, revealed: q.revealed };
}
