import { defineStrings } from '../localize';

export const APP_STRINGS = defineStrings({
  appTitle: { en: 'Ketamine in the brain', es: 'La ketamina en el cerebro' },
  skipToControls: { en: 'Skip to controls', es: 'Saltar a los controles' },
  previous: { en: 'Previous stage', es: 'Etapa anterior' },
  next: { en: 'Next stage', es: 'Etapa siguiente' },
  play: { en: 'Play', es: 'Reproducir' },
  pause: { en: 'Pause', es: 'Pausa' },
  stageOf: { en: 'Stage {n} of {total}', es: 'Etapa {n} de {total}' },
  timeSinceStart: { en: 'Time since infusion start', es: 'Tiempo desde el inicio de la infusión' },
  plasma: { en: 'Plasma ketamine', es: 'Ketamina en plasma' },
  dismiss: { en: 'Dismiss', es: 'Cerrar' },
  notices: { en: 'Notices', es: 'Avisos' },
  badParam: {
    en: 'The link asked for {param} "{value}", which this app does not know, so it uses the default instead.',
    es: 'El enlace pedía {param} «{value}», que la aplicación no reconoce, así que usa el valor por defecto.',
  },
  notAdvice: {
    en: 'Education, not medical advice. Ask your clinician about any treatment.',
    es: 'Material educativo, no consejo médico. Consulte a su profesional sanitario sobre cualquier tratamiento.',
  },
  sceneLoading: { en: 'Loading the 3D synapse…', es: 'Cargando la sinapsis en 3D…' },
  posterStart: { en: 'Start the 3D synapse', es: 'Iniciar la sinapsis en 3D' },
  posterNote: {
    en: 'A picture until you tap: the page opens sooner and spares your battery.',
    es: 'Una imagen hasta que toque: la página abre antes y ahorra batería.',
  },
  noWebgl: {
    en: 'This device cannot show the 3D synapse (WebGL is not available), so each stage is shown as a picture instead. Everything else works.',
    es: 'Este dispositivo no puede mostrar la sinapsis en 3D (WebGL no está disponible), así que cada etapa se muestra como una imagen. Todo lo demás funciona.',
  },
  gpuGaveUp: {
    en: 'The graphics processor stopped and did not come back, so each stage is now shown as a picture. The story, captions and charts carry on.',
    es: 'El procesador gráfico se detuvo y no se recuperó, así que cada etapa se muestra ahora como una imagen. La historia, los subtítulos y los gráficos siguen.',
  },
  sceneError: {
    en: 'The 3D view stopped working. The story, captions and charts carry on.',
    es: 'La vista 3D dejó de funcionar. La historia, los subtítulos y los gráficos siguen.',
  },
  panelError: {
    en: 'This chart could not be drawn. The rest of the app carries on.',
    es: 'No se pudo dibujar este gráfico. El resto de la aplicación sigue funcionando.',
  },
  retry: { en: 'Try again', es: 'Reintentar' },
  menu: { en: 'Menu', es: 'Menú' },
  charts: { en: 'Charts', es: 'Gráficos' },
  minutesShort: { en: 'min', es: 'min' },
  hoursShort: { en: 'h', es: 'h' },
  daysShort: { en: 'days', es: 'días' },
  afterStart: { en: '{time} after start', es: '{time} desde el inicio' },
  beforeDose: { en: 'before the dose', es: 'antes de la dosis' },
  perSecond: { en: '1 s = {time}', es: '1 s = {time}' },
  paused: { en: 'paused', es: 'en pausa' },
  modelIllustrative: {
    en: 'Model output: plasma curve from published pharmacokinetics; the cascade is illustrative.',
    es: 'Salida del modelo: curva plasmática según farmacocinética publicada; la cascada es ilustrativa.',
  },
});
