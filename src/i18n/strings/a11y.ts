// Strings of the accessibility features: display options, captions, the reduced-motion
// storyboard readout and the screen-reader summary of the scene.
import { defineStrings } from '../localize';

export const A11Y_STRINGS = defineStrings({
  // language switch (language names are written in their own language)
  language: { en: 'Language (idioma)', es: 'Idioma (language)' },
  english: { en: 'English', es: 'English' },
  spanish: { en: 'Español', es: 'Español' },

  // display options
  display: { en: 'Display', es: 'Visualización' },
  displayOptions: { en: 'Display options', es: 'Opciones de visualización' },
  captions: { en: 'Captions', es: 'Subtítulos' },
  reducedMotion: {
    en: 'Reduce motion (still pictures)',
    es: 'Reducir el movimiento (imágenes fijas)',
  },
  highContrast: {
    en: 'High contrast (for projectors)',
    es: 'Alto contraste (para proyectores)',
  },
  savedHere: {
    en: 'These choices are kept in this browser only; nothing is sent anywhere.',
    es: 'Estas opciones se guardan solo en este navegador; no se envía nada.',
  },

  // reduced-motion storyboard: before and after the stage
  stillTitle: {
    en: 'This stage as a still: from {start} to {end}',
    es: 'Esta etapa en imagen fija: de {start} a {end}',
  },
  measurePlasma: { en: 'Ketamine in the blood', es: 'Ketamina en la sangre' },
  measureBlock: {
    en: 'NMDA channels blocked on the inhibitory cell (model’s upper estimate, not measured in people)',
    es: 'Canales NMDA bloqueados en la célula inhibidora (estimación alta del modelo, no medida en personas)',
  },
  measureGlutamate: {
    en: 'Glutamate release (rats)',
    es: 'Liberación de glutamato (ratas)',
  },
  measureBdnf: { en: 'BDNF signalling (rodents)', es: 'Señal de BDNF (roedores)' },
  measureMtor: {
    en: 'mTOR and protein synthesis (rats)',
    es: 'mTOR y síntesis de proteínas (ratas)',
  },
  measureSpines: { en: 'Dendritic spines (mice)', es: 'Espinas dendríticas (ratones)' },
  rises: { en: 'rises', es: 'sube' },
  falls: { en: 'falls', es: 'baja' },
  steady: { en: 'no change', es: 'sin cambios' },
  relativeNote: {
    en: '100% = the level before the dose. Model output; the cascade is illustrative (rodent time course).',
    es: '100 % = el nivel previo a la dosis. Salida del modelo; la cascada es ilustrativa (tiempos de roedores).',
  },
  chainTitle: { en: 'The chain of events', es: 'La cadena de acontecimientos' },
  chainArrives: { en: 'Ketamine arrives', es: 'Llega la ketamina' },
  chainBlock: { en: 'NMDA channels blocked', es: 'Canales NMDA bloqueados' },
  chainBrake: { en: 'Brake cells quieter', es: 'Células freno más calladas' },
  chainGlutamate: { en: 'More glutamate', es: 'Más glutamato' },
  chainBdnf: { en: 'BDNF and TrkB', es: 'BDNF y TrkB' },
  chainMtor: { en: 'mTOR, new proteins', es: 'mTOR, proteínas nuevas' },
  chainSpines: { en: 'New spines', es: 'Espinas nuevas' },
  chainHere: { en: '(this stage)', es: '(esta etapa)' },

  // screen-reader summary of the scene
  summaryTitle: { en: 'What the scene shows now', es: 'Qué muestra ahora la escena' },
  summaryStage: { en: 'Stage {n} of {total}: {title}.', es: 'Etapa {n} de {total}: {title}.' },
  summaryHighlights: { en: 'Marked in the scene: {list}.', es: 'Señalado en la escena: {list}.' },
  summaryStill: {
    en: 'Motion is reduced: the scene is a still of the end of this stage.',
    es: 'Movimiento reducido: la escena es una imagen fija del final de esta etapa.',
  },
  summaryModel: {
    en: 'In the model, from {start} to {end}: {list}.',
    es: 'En el modelo, de {start} a {end}: {list}.',
  },
  summaryChange: { en: '{name} from {from} to {to}', es: '{name}, de {from} a {to}' },
  summaryNoChange: {
    en: 'The model values do not change in this stage.',
    es: 'Los valores del modelo no cambian en esta etapa.',
  },
  listAnd: { en: 'and', es: 'y' },
});
