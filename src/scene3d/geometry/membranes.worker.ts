// Builds the synapse's membranes off the main thread and sends their arrays back (transferred).
import { buffersOf, buildMembranes } from './membrane-arrays';

addEventListener('message', () => {
  const set = buildMembranes();
  postMessage(set, { transfer: buffersOf(set) });
});
