// One file for the first load. Rolldown splits every module that a lazy chunk shares with the
// page's entry into a chunk of its own: the first screen needed 17 script files. Over HTTP/1.1
// (six connections to a server) each round of requests waits a round trip, which on a phone's
// network is most of the first screen's delay. This plugin notes which modules the entry
// reaches by static imports and groups them into the entry's chunk (`firstLoadChunks`), so
// the first load is one script; the lazy chunks import from it.
import type { Plugin } from 'vite';

export interface FirstLoad {
  plugin: Plugin;
  /** for `build.rolldownOptions.output.codeSplitting.groups` */
  isFirstLoad: (id: string) => boolean;
}

export function firstLoadChunks(): FirstLoad {
  const reached = new Set<string>();
  return {
    isFirstLoad: (id) => reached.has(id),
    plugin: {
      name: 'ketamine-synapse-first-load',
      apply: 'build',
      buildEnd() {
        reached.clear();
        const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
        const queue = [...entries];
        while (queue.length) {
          const id = queue.pop()!;
          if (reached.has(id)) continue;
          reached.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) queue.push(next);
        }
      },
    },
  };
}
