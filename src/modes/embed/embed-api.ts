// The host page's side of an embedded app (README: "Embedding"). Messages in, all of the form
// { source: 'ketamine-synapse', type, ... }:
//   { type: 'goToStage', stage: '<stage id>' }   { type: 'play' }   { type: 'pause' }
// and out, to the host: { source: 'ketamine-synapse', type: 'stage', stage, index, total }
// (on load and on every stage change) and { type: 'ready' }. Anything else is ignored.
import * as z from 'zod/mini';
import { useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';

export const EMBED_SOURCE = 'ketamine-synapse';

const inbound = z.discriminatedUnion('type', [
  z.strictObject({
    source: z.literal(EMBED_SOURCE),
    type: z.literal('goToStage'),
    stage: z.string().check(z.maxLength(64)),
  }),
  z.strictObject({ source: z.literal(EMBED_SOURCE), type: z.literal('play') }),
  z.strictObject({ source: z.literal(EMBED_SOURCE), type: z.literal('pause') }),
]);

export type EmbedMessage = z.infer<typeof inbound>;

/** The message if it has exactly the documented shape, else null. */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
  const parsed = inbound.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Applies one documented message; false when it names no stage of the story. */
export function applyEmbedMessage(message: EmbedMessage): boolean {
  const app = useApp.getState();
  if (message.type === 'play') app.setPlaying(true);
  else if (message.type === 'pause') app.setPlaying(false);
  else {
    const index = visibleStages(app.story).findIndex((s) => s.id === message.stage);
    if (index < 0) return false;
    app.goToStage(index);
  }
  return true;
}

/** Listens to the host page and tells it about stage changes. Returns the stop function. */
export function startEmbedApi(win: Window = window): () => void {
  const host = win.parent !== win ? win.parent : null;
  const post = (data: Record<string, unknown>) =>
    host?.postMessage({ source: EMBED_SOURCE, ...data }, '*');
  const tellStage = () => {
    const { story, stageIndex } = useApp.getState();
    const stages = visibleStages(story);
    post({ type: 'stage', stage: stages[stageIndex]?.id, index: stageIndex, total: stages.length });
  };
  const onMessage = (event: MessageEvent) => {
    // only the page that holds the iframe may drive it
    if (host === null || event.source !== host) return;
    const message = parseEmbedMessage(event.data);
    if (message) applyEmbedMessage(message);
  };
  win.addEventListener('message', onMessage);
  let last = useApp.getState().stageIndex;
  const unsubscribe = useApp.subscribe((s) => {
    if (s.stageIndex === last) return;
    last = s.stageIndex;
    tellStage();
  });
  post({ type: 'ready' });
  tellStage();
  return () => {
    unsubscribe();
    win.removeEventListener('message', onMessage);
  };
}
