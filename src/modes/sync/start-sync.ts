// Keeps the projected window and the presenter window showing the same stage, play state,
// blackout, language and story, both ways, over a BroadcastChannel. Each window says 'hello'
// when it loads and the others answer with their state, so a reload of either resyncs.
import { bundledStory, useApp } from '../../state/app-store';
import { visibleStages, type AppState } from '../../state/store';
import { saveStory } from '../story/story-file';
import {
  helloMessage,
  readMessage,
  sameState,
  stateMessage,
  SYNC_CHANNEL,
  type SyncState,
} from './sync-protocol';
import { storyRevision } from './story-revision';

function snapshot(s: AppState): SyncState {
  return {
    stageId: visibleStages(s.story)[s.stageIndex]?.id ?? '',
    playing: s.playing,
    speed: s.speed,
    blackout: s.blackout,
    lang: s.lang,
    storyRev: storyRevision(s.story, bundledStory),
    story: s.story === bundledStory ? null : s.story,
  };
}

function applyState(state: SyncState): void {
  const app = useApp.getState();
  if (state.storyRev !== storyRevision(app.story, bundledStory)) {
    const story = state.story ?? bundledStory;
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
}

export function startPresentSync(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const channel = new BroadcastChannel(SYNC_CHANNEL);
  let applying = false;
  let last = snapshot(useApp.getState());

  const unsubscribe = useApp.subscribe((state) => {
    const now = snapshot(state);
    if (sameState(now, last)) return;
    last = now;
    if (!applying) channel.postMessage(stateMessage(id, now));
  });

  channel.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (!message || message.from === id) return;
    if (message.kind === 'hello') {
      channel.postMessage(stateMessage(id, snapshot(useApp.getState())));
      return;
    }
    applying = true;
    try {
      applyState(message.state);
    } finally {
      applying = false;
      last = snapshot(useApp.getState());
    }
  };
  channel.postMessage(helloMessage(id));

  return () => {
    unsubscribe();
    channel.close();
  };
}
