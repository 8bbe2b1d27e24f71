// Strings of the waiting-room kiosk's clinic card and of its setup view (loaded with the kiosk
// only). The card is read by patients (plain words, tests/unit/kiosk/readability.test.ts); the
// setup view by staff.
import { defineStrings } from '../localize';

export const KIOSK_STRINGS = defineStrings({
  // patients
  clinicCard: { en: 'Your clinic', es: 'Su clínica' },
  clinicRule: { en: 'What your clinic asks', es: 'Lo que pide su clínica' },
  callUs: { en: 'Questions? Call us', es: '¿Dudas? Llámenos' },
  scanToRead: {
    en: 'Scan with your phone to read more at your own pace.',
    es: 'Escanee con su teléfono para leer más a su ritmo.',
  },
  qrLabel: { en: 'QR code for {url}', es: 'Código QR de {url}' },
  logoAlt: { en: '{name} logo', es: 'Logotipo de {name}' },
  pictureLabel: { en: 'Picture: {title}', es: 'Imagen: {title}' },
  // staff: the setup view (?mode=kiosk&setup=1)
  setupTitle: { en: 'Kiosk setup', es: 'Configuración del quiosco' },
  setupClose: { en: 'Close setup', es: 'Cerrar la configuración' },
  setupConfig: { en: 'clinic.json as read', es: 'clinic.json tal como se leyó' },
  setupNoFile: {
    en: 'No clinic.json next to index.html: the generic screen is shown.',
    es: 'No hay clinic.json junto a index.html: se muestra la pantalla genérica.',
  },
  setupProblems: { en: 'Problems (ignored fields)', es: 'Problemas (campos ignorados)' },
  setupNoProblems: { en: 'No problems.', es: 'Ningún problema.' },
  setupChecks: { en: 'Checks', es: 'Comprobaciones' },
  setupWakeLock: { en: 'Screen wake lock', es: 'Pantalla siempre encendida' },
  setupFullscreen: { en: 'Full screen', es: 'Pantalla completa' },
  setupFullscreenButton: { en: 'Go full screen', es: 'Pasar a pantalla completa' },
  setupOffline: { en: 'Offline cache', es: 'Caché sin conexión' },
  setupDisplay: { en: 'Display size', es: 'Tamaño de la pantalla' },
  setupLaunch: {
    en: 'Chromium launch line for this address',
    es: 'Orden para abrir Chromium en esta dirección',
  },
  checkOk: { en: 'yes', es: 'sí' },
  checkNo: { en: 'no', es: 'no' },
  checkPending: { en: 'checking…', es: 'comprobando…' },
  wakeLockHeld: { en: 'held', es: 'activa' },
  wakeLockRefused: {
    en: 'refused ({reason}); needs HTTPS or localhost',
    es: 'rechazada ({reason}); necesita HTTPS o localhost',
  },
  wakeLockMissing: {
    en: 'not supported by this browser',
    es: 'este navegador no la admite',
  },
  fullscreenOn: { en: 'on', es: 'activada' },
  fullscreenOff: {
    en: 'off (start Chromium with --kiosk, or use the button)',
    es: 'desactivada (abra Chromium con --kiosk o use el botón)',
  },
  offlineReady: {
    en: 'ready: {count} files cached, clinic.json {clinic}',
    es: 'lista: {count} archivos guardados, clinic.json {clinic}',
  },
  offlineNone: {
    en: 'no service worker yet (reload once, or the page is not served over HTTPS/localhost)',
    es: 'aún no hay service worker (recargue una vez, o la página no se sirve por HTTPS/localhost)',
  },
  displaySize: {
    en: '{w} × {h} CSS px (screen {sw} × {sh}, pixel ratio {dpr}), {orientation}',
    es: '{w} × {h} px CSS (pantalla {sw} × {sh}, densidad {dpr}), {orientation}',
  },
  landscape: { en: 'landscape', es: 'horizontal' },
  portrait: { en: 'portrait', es: 'vertical' },
});
