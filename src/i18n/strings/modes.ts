// Strings of the three modes: shared playback controls, present (lecturers), kiosk (clinics).
import { defineStrings } from '../localize';

export const MODES_STRINGS = defineStrings({
  // shared controls
  timeline: { en: 'Story timeline', es: 'Línea de tiempo de la historia' },
  timelineValue: {
    en: 'Stage {n} of {total}: {title}, {percent}% through',
    es: 'Etapa {n} de {total}: {title}, al {percent} %',
  },
  jumpToStage: { en: 'Go to stage {n}: {title}', es: 'Ir a la etapa {n}: {title}' },
  speed: { en: 'Speed', es: 'Velocidad' },
  speedValue: { en: '{x}×', es: '{x}×' },
  resetAll: { en: 'Reset all', es: 'Restablecer todo' },
  help: { en: 'Keyboard shortcuts', es: 'Atajos de teclado' },
  helpIntro: {
    en: 'These keys work anywhere on the page except while typing in a field.',
    es: 'Estas teclas funcionan en toda la página, salvo al escribir en un campo.',
  },
  key: { en: 'Key', es: 'Tecla' },
  action: { en: 'Action', es: 'Acción' },
  or: { en: 'or', es: 'o' },
  close: { en: 'Close', es: 'Cerrar' },
  keySpace: { en: 'Space', es: 'Espacio' },
  keyHome: { en: 'Home', es: 'Inicio' },
  keyEnd: { en: 'End', es: 'Fin' },
  keyPageUp: { en: 'Page Up', es: 'Re Pág' },
  keyPageDown: { en: 'Page Down', es: 'Av Pág' },
  keyEscape: { en: 'Esc', es: 'Esc' },

  // present mode
  presentTools: { en: 'Presentation tools', es: 'Herramientas de presentación' },
  openPresenter: { en: 'Presenter window', es: 'Ventana del presentador' },
  fullscreen: { en: 'Full screen', es: 'Pantalla completa' },
  blackout: { en: 'Blackout', es: 'Pantalla en negro' },
  blackoutActive: {
    en: 'The screen is blanked. Press B, . or any key to show it again.',
    es: 'La pantalla está en negro. Pulse B, . o cualquier tecla para volver a mostrarla.',
  },
  handout: { en: 'Handout (print)', es: 'Material impreso (imprimir)' },
  popupBlocked: {
    en: 'The browser blocked the presenter window. Allow pop-ups for this page, then press P again.',
    es: 'El navegador bloqueó la ventana del presentador. Permita las ventanas emergentes para esta página y vuelva a pulsar P.',
  },
  fullscreenFailed: {
    en: 'Full screen is not available here (the browser refused it).',
    es: 'La pantalla completa no está disponible aquí (el navegador la rechazó).',
  },

  // presenter window
  presenterTitle: { en: 'Presenter view', es: 'Vista del presentador' },
  nowShowing: { en: 'Now showing', es: 'En pantalla' },
  speakerNotes: { en: 'Speaker notes', es: 'Notas del orador' },
  upNext: { en: 'Next', es: 'A continuación' },
  endOfStory: { en: 'End of the story', es: 'Fin de la historia' },
  elapsed: { en: 'Elapsed', es: 'Tiempo transcurrido' },
  restartTimer: { en: 'Restart timer', es: 'Reiniciar el cronómetro' },
  audienceBlackedOut: {
    en: 'The audience screen is blanked.',
    es: 'La pantalla del público está en negro.',
  },
  presenterHint: {
    en: 'This window follows the projected one and controls it: keys and buttons here move both.',
    es: 'Esta ventana sigue a la proyectada y la controla: las teclas y botones de aquí mueven ambas.',
  },
  stillOf: { en: 'Still of stage {n}: {title}', es: 'Imagen fija de la etapa {n}: {title}' },

  // custom stories
  story: { en: 'Story', es: 'Historia' },
  loadStory: { en: 'Load a story file…', es: 'Cargar un archivo de historia…' },
  downloadStory: { en: 'Download this story', es: 'Descargar esta historia' },
  useBuiltInStory: { en: 'Use the built-in story', es: 'Usar la historia incluida' },
  dropStory: {
    en: 'Drop a story file (.json) to load it',
    es: 'Suelte un archivo de historia (.json) para cargarlo',
  },
  storyLoaded: {
    en: 'Loaded your story "{title}" ({count} stages shown).',
    es: 'Se cargó su historia «{title}» ({count} etapas visibles).',
  },
  storyRejected: {
    en: 'The story file "{file}" was not loaded; the current story keeps running. Problems:',
    es: 'No se cargó el archivo de historia «{file}»; la historia actual sigue en marcha. Problemas:',
  },
  storyUnreadable: {
    en: 'The file "{file}" could not be read.',
    es: 'No se pudo leer el archivo «{file}».',
  },
  storyTooLarge: {
    en: 'The file "{file}" is too large for a story ({size} MB; at most {max} MB).',
    es: 'El archivo «{file}» es demasiado grande para una historia ({size} MB; como máximo {max} MB).',
  },
  storySyncRefused: {
    en: 'The other window sent a story that does not pass the checks; this window keeps its story. Problems:',
    es: 'La otra ventana envió una historia que no supera las comprobaciones; esta ventana conserva la suya. Problemas:',
  },
  syncUnavailable: {
    en: 'This browser cannot link two windows (no BroadcastChannel): the presenter window and the projected window will not follow each other.',
    es: 'Este navegador no puede enlazar dos ventanas (sin BroadcastChannel): la ventana del presentador y la proyectada no se seguirán.',
  },
  storyRestored: {
    en: 'Showing your own story "{title}", kept in this browser. The Story menu switches back to the built-in one.',
    es: 'Se muestra su propia historia «{title}», guardada en este navegador. El menú Historia vuelve a la incluida.',
  },
  storyDropped: {
    en: 'Your saved story no longer passes the checks, so the built-in story is shown. Problems:',
    es: 'Su historia guardada ya no supera las comprobaciones, así que se muestra la incluida. Problemas:',
  },
  builtInRestored: {
    en: 'Back to the built-in story.',
    es: 'De vuelta a la historia incluida.',
  },

  // handout
  handoutTitle: { en: 'Handout', es: 'Material impreso' },
  print: { en: 'Print or save as PDF', es: 'Imprimir o guardar como PDF' },
  handoutHint: {
    en: 'One page per stage. Use your browser’s print dialog and choose “Save as PDF” for a file.',
    es: 'Una página por etapa. Use el diálogo de impresión del navegador y elija «Guardar como PDF» para obtener un archivo.',
  },
  sources: { en: 'Sources', es: 'Fuentes' },
  evidenceId: { en: 'Evidence {id}', es: 'Evidencia {id}' },
  pageOf: { en: 'Stage {n} of {total}', es: 'Etapa {n} de {total}' },
  backToApp: { en: 'Back to the app', es: 'Volver a la aplicación' },

  // kiosk
  kioskPause: { en: 'Pause', es: 'Pausa' },
  kioskResume: { en: 'Continue', es: 'Continuar' },
  kioskPausedHint: {
    en: 'Paused. It will start again by itself in a little while.',
    es: 'En pausa. Volverá a empezar sola dentro de un rato.',
  },
  kioskSafety: {
    en: 'This screen is for learning only. It is not advice about your own care. Please ask your clinician about any treatment.',
    es: 'Esta pantalla es solo para aprender. No es un consejo para su caso. Pregunte a su profesional sanitario por cualquier tratamiento.',
  },
  kioskRecovered: {
    en: 'Something went wrong; the display restarted itself.',
    es: 'Algo falló; la pantalla se reinició sola.',
  },
});
