// The bundled story's two parts, served by src/story/vite-story-plugin.ts.
declare module 'virtual:bundled-story' {
  /** scenes/ketamine.json without its stages' speaker notes, as the story schema parsed it
   *  when the app was built (the plugin refuses a story that does not pass) */
  const story: import('./schema').Story;
  export default story;
}

declare module 'virtual:bundled-notes' {
  /** the bundled stages' speaker notes by stage id, as in scenes/ketamine.json */
  const notes: Record<string, unknown>;
  export default notes;
}
