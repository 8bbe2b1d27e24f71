// The one stream of narration: stage changes and model events. Captions, the screen-reader
// live region and the presenter window all subscribe to it, so each line is said once.
import { createModelState, type ModelState } from '../model/types';
import { detectModelEvents, type ModelEventId } from './model-events';
import { reportFault } from '../state/report-fault';

export type NarrationLine =
  | { kind: 'stage'; stageId: string; key: string }
  | { kind: 'model'; event: ModelEventId; key: string };

type Listener = (line: NarrationLine) => void;

export interface NarrationStream {
  subscribe(listener: Listener): () => void;
  /** a new stage is on screen (each visit narrates again) */
  stageShown(stageId: string, visit: number): void;
  /** feed every clock tick; emits each model event at most once per stage visit */
  modelTick(state: ModelState): void;
}

export function createNarrationStream(): NarrationStream {
  const listeners = new Set<Listener>();
  const previous = createModelState();
  let hasPrevious = false;
  let visitKey = '';
  const said = new Set<ModelEventId>();
  // one listener that throws (reported) never keeps the line from the others
  const emit = (line: NarrationLine) =>
    listeners.forEach((l) => {
      try {
        l(line);
      } catch (error) {
        reportFault(error, l);
      }
    });
  const onEvent = (event: ModelEventId) => {
    if (said.has(event)) return;
    said.add(event);
    emit({ kind: 'model', event, key: `${visitKey}:${event}` });
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stageShown(stageId, visit) {
      visitKey = `${stageId}#${visit}`;
      said.clear();
      hasPrevious = false;
      emit({ kind: 'stage', stageId, key: visitKey });
    },
    modelTick(state) {
      if (hasPrevious) detectModelEvents(previous, state, onEvent);
      Object.assign(previous, state);
      hasPrevious = true;
    },
  };
}
