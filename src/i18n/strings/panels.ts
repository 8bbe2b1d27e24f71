// Strings of the D3 side panels (src/panels). Every entry in English and Spanish.
import { defineStrings } from '../localize';

export const PANEL_STRINGS = defineStrings({
  // Chrome
  region: { en: 'Charts', es: 'Gráficos' },
  tabsLabel: { en: 'Choose a chart', es: 'Elegir un gráfico' },
  followsStage: { en: 'Follows the stage', es: 'Sigue a la etapa' },
  backToStage: { en: 'Back to this stage’s chart', es: 'Volver al gráfico de esta etapa' },
  loading: { en: 'Loading the chart…', es: 'Cargando el gráfico…' },
  viewAs: { en: 'Show as', es: 'Mostrar como' },
  viewChart: { en: 'Chart', es: 'Gráfico' },
  viewTable: { en: 'Table', es: 'Tabla' },
  sourceLabel: { en: 'Source:', es: 'Fuente:' },
  sourcesLabel: { en: 'Sources:', es: 'Fuentes:' },
  citationIncomplete: {
    en: 'Some details of this reference were not checked against a stored copy.',
    es: 'Algunos datos de esta referencia no se comprobaron en una copia guardada.',
  },
  now: { en: 'Now in the scene', es: 'Ahora en la escena' },
  rodentData: { en: 'rodent data', es: 'datos en roedores' },
  mouse: { en: 'mouse', es: 'ratón' },
  rat: { en: 'rat', es: 'rata' },
  modelNote: {
    en: 'Model output (see the model’s sources); a teaching aid, not a prediction for any person.',
    es: 'Salida del modelo (ver sus fuentes); una ayuda didáctica, no una predicción para ninguna persona.',
  },
  illustrativeNote: {
    en: 'Illustrative model: time constants chosen to pass the rodent findings; not measured in people.',
    es: 'Modelo ilustrativo: constantes de tiempo elegidas para ajustarse a los hallazgos en roedores; no medidas en personas.',
  },
  n: { en: 'n = {n}', es: 'n = {n}' },
  time: { en: 'Time', es: 'Tiempo' },
  timeAfterStart: { en: 'Time after the start', es: 'Tiempo desde el inicio' },
  minUnit: { en: 'min', es: 'min' },
  hourUnit: { en: 'h', es: 'h' },
  dayUnit: { en: 'd', es: 'd' },
  logScale: { en: 'log scale', es: 'escala logarítmica' },

  // Tab labels (short) and panel titles
  tabPlasma: { en: 'Plasma', es: 'Plasma' },
  tabBlock: { en: 'Block', es: 'Bloqueo' },
  tabCascade: { en: 'Cascade', es: 'Cascada' },
  tabOutcomes: { en: 'Outcomes', es: 'Resultados' },
  tabMatrix: { en: 'Evidence', es: 'Evidencia' },
  tabSideEffects: { en: 'Safety', es: 'Seguridad' },
  tabHistory: { en: 'History', es: 'Historia' },
  tabClaims: { en: 'Claims', es: 'Afirmaciones' },
  titlePlasma: { en: 'Ketamine in the blood', es: 'Ketamina en la sangre' },
  titleBlock: { en: 'NMDA receptor block', es: 'Bloqueo del receptor NMDA' },
  titleCascade: { en: 'The downstream cascade', es: 'La cascada posterior' },
  titleOutcomes: { en: 'Outcomes by condition', es: 'Resultados por trastorno' },
  titleMatrix: { en: 'Evidence: stages × conditions', es: 'Evidencia: etapas × trastornos' },
  titleSideEffects: { en: 'Side effects and safety', es: 'Efectos adversos y seguridad' },
  titleHistory: { en: 'History', es: 'Historia' },
  titleClaims: { en: 'Popular claims, checked', es: 'Afirmaciones populares, comprobadas' },
  // Plasma panel
  plasmaFigTitle: {
    en: 'Plasma ketamine over time (model)',
    es: 'Ketamina en plasma a lo largo del tiempo (modelo)',
  },
  plasmaAxes: {
    en: 'Plasma ketamine (ng/mL) against time after the start of dosing',
    es: 'Ketamina en plasma (ng/mL) frente al tiempo desde el inicio de la dosis',
  },
  plasmaCurve: { en: 'Model curve', es: 'Curva del modelo' },
  bandAnalgesia: { en: 'analgesia', es: 'analgesia' },
  bandDissociation: { en: 'dissociation', es: 'disociación' },
  bandAnesthesia: { en: 'anaesthesia', es: 'anestesia' },
  bandLegend: { en: '{band} range, {range} ng/mL', es: 'intervalo de {band}, {range} ng/mL' },
  bandOffScale: { en: '(above this scale)', es: '(por encima de esta escala)' },
  regimenInfusion: {
    en: '{dose} mg/kg IV over 40 min',
    es: '{dose} mg/kg IV en 40 min',
  },
  regimenBolus: {
    en: '{dose} mg/kg IV bolus (anaesthetic dose)',
    es: '{dose} mg/kg IV en bolo (dosis anestésica)',
  },
  plasmaSummary: {
    en: 'With {regimen}, the model peaks at about {peak} ng/mL ({peakUm} µM) {peakWhen}{inBands}{below}.',
    es: 'Con {regimen}, el modelo alcanza un máximo de unos {peak} ng/mL ({peakUm} µM) {peakWhen}{inBands}{below}.',
  },
  peakAt: { en: 'at {time}', es: 'a los {time}' },
  peakAtStart: { en: 'right at the start', es: 'justo al inicio' },
  plasmaInBands: { en: ', within the {bands} range', es: ', dentro del intervalo de {bands}' },
  plasmaBelow: {
    en: ', and falls below the analgesic range (70 ng/mL) after about {time}',
    es: ', y baja del intervalo analgésico (70 ng/mL) al cabo de unos {time}',
  },
  and: { en: 'and', es: 'y' },
  plasmaTableCaption: {
    en: 'Model plasma ketamine with {regimen}',
    es: 'Ketamina en plasma según el modelo con {regimen}',
  },
  colTime: { en: 'Time', es: 'Tiempo' },
  colNgPerMl: { en: 'ng/mL', es: 'ng/mL' },
  colMicroM: { en: 'µM', es: 'µM' },
  plasmaNote: {
    en: 'Two-compartment model fitted to the published clearance, volume and half-lives and to the ≈185 ng/mL peak; real peaks vary widely between people. Ranges from Zanos et al. 2018 (Table 1).',
    es: 'Modelo bicompartimental ajustado al aclaramiento, volumen y semividas publicados y al máximo de ≈185 ng/mL; los máximos reales varían mucho entre personas. Intervalos de Zanos et al. 2018 (tabla 1).',
  },
  peakLabel: { en: 'peak ≈{value}', es: 'máx. ≈{value}' },

  // Dose control (explore mode only)
  doseTitle: { en: 'Try another dose', es: 'Probar otra dosis' },
  doseSlider: { en: 'Infusion dose over 40 minutes', es: 'Dosis de la infusión en 40 minutos' },
  doseValue: { en: '{dose} mg/kg over 40 min', es: '{dose} mg/kg en 40 min' },
  doseStandard: { en: 'Standard 0.5 mg/kg', es: 'Estándar 0,5 mg/kg' },
  doseBolus: {
    en: 'Anaesthetic bolus 2 mg/kg (for contrast)',
    es: 'Bolo anestésico de 2 mg/kg (para comparar)',
  },
  doseBolusActive: {
    en: 'Showing a 2 mg/kg anaesthetic bolus. Move the slider to return to an infusion.',
    es: 'Se muestra un bolo anestésico de 2 mg/kg. Mueva el control para volver a una infusión.',
  },
  doseNote: {
    en: 'For learning how dose shapes the curve, not a dosing guide. Trials used 0.1–1.0 mg/kg.',
    es: 'Para aprender cómo la dosis da forma a la curva, no es una guía de dosificación. Los ensayos usaron 0,1–1,0 mg/kg.',
  },
  // Block panel
  blockFigTitle: {
    en: 'Share of NMDA receptors blocked (model)',
    es: 'Proporción de receptores NMDA bloqueados (modelo)',
  },
  blockAxes: {
    en: 'Receptors blocked (%) against time after the start of dosing',
    es: 'Receptores bloqueados (%) frente al tiempo desde el inicio de la dosis',
  },
  interneuron: { en: 'GABA interneuron', es: 'Interneurona GABA' },
  pyramidal: { en: 'Pyramidal cell', es: 'Célula piramidal' },
  blockSummary: {
    en: 'With {regimen}, the model blocks up to {interPeak} of NMDA receptors on the busy interneuron and {pyrPeak} on the pyramidal cell; the interneuron reaches half its peak block by {interHalf}, the pyramidal cell by {pyrHalf}, because ketamine only enters open channels.',
    es: 'Con {regimen}, el modelo bloquea hasta el {interPeak} de los receptores NMDA de la interneurona activa y el {pyrPeak} en la célula piramidal; la interneurona llega a la mitad de su bloqueo máximo a los {interHalf}, la piramidal a los {pyrHalf}, porque la ketamina solo entra en canales abiertos.',
  },
  blockTableCaption: {
    en: 'Model NMDA receptor block with {regimen}',
    es: 'Bloqueo de receptores NMDA según el modelo con {regimen}',
  },
  blockNote: {
    en: 'Illustrative model: occupancy from the published binding constants (Ki 0.3 µM for S-, 1.4 µM for R-ketamine, rat brain), gated by how often each cell’s channels open. Rates are not measured values.',
    es: 'Modelo ilustrativo: ocupación a partir de las constantes de unión publicadas (Ki 0,3 µM para S- y 1,4 µM para R-ketamina, cerebro de rata), según la frecuencia con que se abren los canales de cada célula. Las velocidades no son valores medidos.',
  },

  // Cascade panel
  cascadeFigTitle: {
    en: 'From block to new spines (model, rodent time course)',
    es: 'Del bloqueo a las nuevas espinas (modelo, curso temporal en roedores)',
  },
  cascadeAxes: {
    en: 'Change from baseline (%) against time after the start of dosing (log scale)',
    es: 'Cambio respecto al valor basal (%) frente al tiempo desde el inicio de la dosis (escala logarítmica)',
  },
  glutamate: { en: 'Glutamate release', es: 'Liberación de glutamato' },
  bdnf: { en: 'BDNF / TrkB', es: 'BDNF / TrkB' },
  mtor: { en: 'mTOR signalling', es: 'Señalización mTOR' },
  spineDensity: { en: 'Spine density', es: 'Densidad de espinas' },
  rodentSpanLegend: { en: 'Rodent data (mouse): {what}', es: 'Datos en roedores (ratón): {what}' },
  spanSpinesUnchanged: {
    en: 'spine formation unchanged at 3–6 h',
    es: 'formación de espinas sin cambios a las 3–6 h',
  },
  spanSpinesRaised: {
    en: 'spine formation raised at 12–24 h',
    es: 'formación de espinas aumentada a las 12–24 h',
  },
  spanSpinesLasting: {
    en: 'spine density still raised up to 2 weeks',
    es: 'densidad de espinas aún elevada hasta 2 semanas',
  },
  cascadeSummary: {
    en: 'In this illustrative model, glutamate peaks first (about {gluT}), BDNF and mTOR follow within hours, and spine density rises only after about {spineRise}, peaks near {spineT} (+{spinePeak}) and is still raised at 7 days, matching the timing seen in mice, not measured in people.',
    es: 'En este modelo ilustrativo, el glutamato llega primero a su máximo (hacia {gluT}), el BDNF y mTOR lo siguen en horas, y la densidad de espinas sube solo tras unas {spineRise}, alcanza su máximo cerca de {spineT} (+{spinePeak}) y sigue elevada a los 7 días, como se vio en ratones; no se ha medido en personas.',
  },
  cascadeTableCaption: {
    en: 'Model cascade with {regimen}: change from baseline (%)',
    es: 'Cascada del modelo con {regimen}: cambio respecto al basal (%)',
  },
  cascadeRodentBanner: {
    en: 'Rodent data: the time course is set to match findings in rats and mice.',
    es: 'Datos en roedores: el curso temporal se ajusta a hallazgos en ratas y ratones.',
  },
});
