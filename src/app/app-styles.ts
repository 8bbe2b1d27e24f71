// Applies the app's stylesheet, which the build leaves as a preload so that it does not hold up
// the boot screen's first paint (vite-deferred-styles-plugin.ts), and resolves once it is in
// use: the first screen is never drawn unstyled. In development Vite injects the styles itself.
const SELECTOR = 'link[data-app-styles]';

export function appStylesReady(): Promise<void> {
  const links = [...document.querySelectorAll<HTMLLinkElement>(SELECTOR)];
  return Promise.all(
    links.map(
      (link) =>
        new Promise<void>((resolve) => {
          // a failed stylesheet must not stop the app: it renders, plainer
          link.addEventListener('load', () => resolve(), { once: true });
          link.addEventListener('error', () => resolve(), { once: true });
          link.rel = 'stylesheet';
          if (link.sheet) resolve();
        }),
    ),
  ).then(() => undefined);
}
