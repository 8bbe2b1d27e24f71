// Keeps the projected window and the presenter window showing the same stage, play state,
// blackout, language, story and the class question, both ways, over a BroadcastChannel. Each window says 'hello'
// when it loads and the others answer with their state (once per window, at most one answer
// a second), so a reload of either resyncs. Changes are ordered (./sync-protocol: a counter,
// then the presenter window), so two windows changing at once end on the same state. A story
// from another window passes the same gate as a file (../story/story-gate) before it shows.
import { bundledStory, useApp } from '../../state/app-store';
import { visibleStages, type AppState } from '../../state/store';
import { reportFault } from '../../state/report-fault';
import { localize } from '../../i18n/localize';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { problemLines } from '../story/story-file';
import { saveStory } from '../story/saved-story';
import { checkStoryValue } from '../story/story-gate';
import type { Story } from '../../story/schema';
import {
  helloMessage,
  isLater,
  readMessage,
  sameQuestion,
  sameState,
  stateMessage,
  SYNC_CHANNEL,
  type SyncOrder,
  type SyncState,
} from './sync-protocol';
import { storyRevision } from './story-revision';

/** Shortest gap between two answers to 'hello', ms (a flood gets one answer a second). */
const ANSWER_GAP_MS = 1_000;
/** Windows remembered as answered; beyond this the memory starts again. */
const MAX_PEERS = 32;
/** `to` of an answer meant for every window that has just said hello. */
const EVERY_NEW_WINDOW = '*';

function snapshot(s: AppState): SyncState {
  return {
    stageId: visibleStages(s.story)[s.stageIndex]?.id ?? '',
    playing: s.playing,
    speed: s.speed,
    blackout: s.blackout,
    lang: s.lang,
    storyRev: storyRevision(s.story, bundledStory),
    story: s.story === bundledStory ? null : s.story,
    classQuestion: s.classQuestion,
    condition: s.selectedCondition,
  };
}

function showState(state: SyncState, story: Story | null): void {
  const app = useApp.getState();
  if (story && story !== app.story) {
    app.setStory(story);
    saveStory(story);
  }
  const stages = visibleStages(useApp.getState().story);
  const index = stages.findIndex((s) => s.id === state.stageId);
  if (index >= 0 && index !== useApp.getState().stageIndex) app.goToStage(index);
  if (state.playing !== useApp.getState().playing) app.setPlaying(state.playing);
  if (state.speed !== useApp.getState().speed) app.setSpeed(state.speed);
  if (state.blackout !== useApp.getState().blackout) app.setBlackout(state.blackout);
  if (state.lang !== useApp.getState().lang) app.setLang(state.lang);
  if (!sameQuestion(state.classQuestion, useApp.getState().classQuestion))
    app.setClassQuestion(state.classQuestion);
  if (state.condition !== useApp.getState().selectedCondition) app.selectCondition(state.condition);
}

/** The story a state asks for, checked (null: refused); the current one if unchanged. */
async function storyFor(state: SyncState): Promise<Story | null> {
  const app = useApp.getState();
  if (state.storyRev === storyRevision(app.story, bundledStory)) return app.story;
  if (state.story === null) return bundledStory;
  const result = await checkStoryValue(state.story);
  if (result.ok) return result.story;
  const now = useApp.getState();
  now.notify({
    id: 'story-sync-refused',
    tone: 'warning',
    text: [localize(M.storySyncRefused, now.lang), ...problemLines(result.problems)].join('\n'),
  });
  return null;
}

export function startPresentSync(): () => void {
  const app = useApp.getState();
  let channel: BroadcastChannel;
  try {
    if (typeof BroadcastChannel === 'undefined') throw new Error('no BroadcastChannel');
    channel = new BroadcastChannel(SYNC_CHANNEL);
  } catch {
    app.notify({
      id: 'sync-unavailable',
      tone: 'warning',
      text: localize(M.syncUnavailable, app.lang),
    });
    return () => undefined;
  }
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const rank: SyncOrder['rank'] = app.view === 'presenter' ? 1 : 0;
  /** order of the state on screen, and the window it came from */
  let order: SyncOrder = { seq: 0, rank };
  let orderFrom = id;
  /** until the first answer to this window's hello (or its own first change) */
  let joining = true;
  let applying = false;
  let ticket = 0;
  let last = snapshot(app);

  const post = (message: ReturnType<typeof helloMessage>) => {
    try {
      channel.postMessage(message);
    } catch (error) {
      reportFault(error, post);
    }
  };

  const unsubscribe = useApp.subscribe((state) => {
    const now = snapshot(state);
    if (sameState(now, last)) return;
    last = now;
    if (applying) return;
    joining = false;
    ticket++; // a change here outdates any story check still under way
    order = { seq: order.seq + 1, rank };
    orderFrom = id;
    post(stateMessage(id, now, order));
  });

  const answered = new Set<string>();
  const waiting = new Set<string>();
  let lastAnswer = -Infinity;
  let answerTimer = 0;
  const answer = () => {
    answerTimer = 0;
    lastAnswer = performance.now();
    const to = waiting.size === 1 ? [...waiting][0] : EVERY_NEW_WINDOW;
    waiting.clear();
    post(stateMessage(id, snapshot(useApp.getState()), order, to));
  };
  const onHello = (from: string) => {
    if (answered.has(from)) return;
    if (answered.size >= MAX_PEERS) answered.clear();
    answered.add(from);
    waiting.add(from);
    const wait = lastAnswer + ANSWER_GAP_MS - performance.now();
    if (wait <= 0) answer();
    else if (!answerTimer) answerTimer = window.setTimeout(answer, wait);
  };

  const onState = async (message: Extract<ReturnType<typeof readMessage>, { kind: 'state' }>) => {
    const forMe = message.to === id || message.to === EVERY_NEW_WINDOW;
    if (!(joining && forMe) && !isLater(message, message.from, order, orderFrom)) return;
    joining = false;
    order = { seq: message.seq, rank: message.rank };
    orderFrom = message.from;
    const mine = ++ticket;
    const story = await storyFor(message.state);
    if (mine !== ticket || !story) return; // a later change came in, or the story was refused
    applying = true;
    try {
      showState(message.state, story);
    } finally {
      applying = false;
      last = snapshot(useApp.getState());
    }
  };

  channel.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (!message || message.from === id) return;
    if (message.kind === 'hello') onHello(message.from);
    else void onState(message).catch((error: unknown) => reportFault(error, onState));
  };
  post(helloMessage(id));

  return () => {
    window.clearTimeout(answerTimer);
    unsubscribe();
    channel.close();
  };
}
