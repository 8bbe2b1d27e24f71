// Strings for the teaching tools: embedding, figure downloads, questions, glossary, citing.
import { defineStrings } from '../localize';

export const TEACH_STRINGS = defineStrings({
  embedControls: { en: 'Story controls', es: 'Controles de la historia' },
  openFull: { en: 'Open the full app', es: 'Abrir la aplicación completa' },
  teachMenu: { en: 'Teach', es: 'Enseñar' },
  copyEmbed: { en: 'Copy embed code', es: 'Copiar código para insertar' },
  embedCopied: {
    en: 'Embed code for this stage copied. Paste it into your page.',
    es: 'Código para insertar esta etapa copiado. Péguelo en su página.',
  },
  embedCopyFailed: {
    en: 'Could not copy. Select the code below and copy it.',
    es: 'No se pudo copiar. Seleccione el código de abajo y cópielo.',
  },
  embedCodeLabel: { en: 'Embed code', es: 'Código para insertar' },
  sceneStill: {
    en: 'Download a still of this stage (PNG)',
    es: 'Descargar una imagen de esta etapa (PNG)',
  },
  howToCite: { en: 'How to cite and reuse', es: 'Cómo citar y reutilizar' },
  citeText: {
    en: 'Ketamine in the brain: an interactive explainer of how ketamine works in the brain (version {version}). Accessed {date}. {url}',
    es: 'La ketamina en el cerebro: una explicación interactiva de cómo actúa la ketamina en el cerebro (versión {version}). Consultado el {date}. {url}',
  },
  licenceText: {
    en: 'Text, pictures and figures: Creative Commons Attribution 4.0 (CC BY 4.0). Share and adapt them, naming this source. The data in the figures belong to the studies cited under each one.',
    es: 'Textos, imágenes y figuras: Creative Commons Reconocimiento 4.0 (CC BY 4.0). Puede compartirlos y adaptarlos citando esta fuente. Los datos de las figuras pertenecen a los estudios citados bajo cada una.',
  },
  licenceShort: { en: 'Licence: CC BY 4.0', es: 'Licencia: CC BY 4.0' },
  close: { en: 'Close', es: 'Cerrar' },
  download: { en: 'Download', es: 'Descargar' },
  downloadSvg: { en: 'SVG', es: 'SVG' },
  downloadPng: { en: 'PNG', es: 'PNG' },
  downloadCsv: { en: 'CSV data', es: 'Datos CSV' },
  downloadLabel: { en: 'Download “{title}”', es: 'Descargar «{title}»' },
  quizOffer: {
    en: 'Check your understanding of “{title}”?',
    es: '¿Compruebas lo que has entendido de «{title}»?',
  },
  quizOfferYes: { en: 'Answer the questions', es: 'Responder a las preguntas' },
  quizOfferNo: { en: 'Not now', es: 'Ahora no' },
  downloadFailed: {
    en: 'This download could not be made in this browser. Please try again.',
    es: 'No se ha podido crear esta descarga en este navegador. Inténtalo de nuevo.',
  },
  figureSource: { en: 'Source: {sources}', es: 'Fuente: {sources}' },
  figureFooter: {
    en: 'Ketamine in the brain · {licence} · downloaded {date}',
    es: 'La ketamina en el cerebro · {licence} · descargado el {date}',
  },
  stillHeading: { en: 'Stage {n} of {total}: {title}', es: 'Etapa {n} de {total}: {title}' },
  stillModelNote: {
    en: 'Illustration driven by a simplified model; not to scale.',
    es: 'Ilustración animada por un modelo simplificado; no está a escala.',
  },
  // questions
  checkUnderstanding: { en: 'Check your understanding', es: 'Compruebe lo que ha entendido' },
  askClass: { en: 'Ask the class', es: 'Preguntar a la clase' },
  questionOf: { en: 'Question {n} of {total}', es: 'Pregunta {n} de {total}' },
  checkAnswer: { en: 'Check answer', es: 'Comprobar respuesta' },
  correct: { en: 'Correct.', es: 'Correcto.' },
  notQuite: { en: 'Not quite.', es: 'No del todo.' },
  whyEach: { en: 'Why each choice is right or wrong', es: 'Por qué cada opción es correcta o no' },
  rightChoice: { en: 'Right', es: 'Correcta' },
  wrongChoice: { en: 'Wrong', es: 'Incorrecta' },
  showInScene: { en: 'Show this in the scene', es: 'Verlo en la escena' },
  nextQuestion: { en: 'Next question', es: 'Siguiente pregunta' },
  seeSummary: { en: 'See your summary', es: 'Ver su resumen' },
  summaryTitle: { en: 'Your summary', es: 'Su resumen' },
  summaryScore: {
    en: '{right} of {answered} answered questions right ({total} questions in all).',
    es: '{right} de {answered} preguntas respondidas bien ({total} preguntas en total).',
  },
  summaryPrivate: {
    en: 'Your answers stay on this page: nothing is stored or sent anywhere.',
    es: 'Sus respuestas se quedan en esta página: no se guardan ni se envían a ninguna parte.',
  },
  startAgain: { en: 'Start the questions again', es: 'Empezar las preguntas de nuevo' },
  revealAnswer: { en: 'Reveal the answer', es: 'Mostrar la respuesta' },
  notAnswered: { en: 'not answered', es: 'sin responder' },
  // glossary
  glossary: { en: 'Glossary', es: 'Glosario' },
  glossaryTerm: { en: 'What is “{term}”?', es: '¿Qué es «{term}»?' },
});
