// Strings of the D3 side panels (src/panels). Every entry in English and Spanish.
import { defineStrings } from '../localize';
import { PANEL_SHELL_STRINGS } from './panel-shell';
import { PANEL_EVIDENCE_STRINGS } from './panel-evidence';

export const PANEL_STRINGS = defineStrings({
  ...PANEL_SHELL_STRINGS,
  ...PANEL_EVIDENCE_STRINGS,
  // Chrome
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
  illustrativeNote: {
    en: 'Illustrative model: the time constants are chosen to pass the rodent findings and the sizes of the changes are invented for display; nothing here was measured in people.',
    es: 'Modelo ilustrativo: las constantes de tiempo se eligieron para ajustarse a los hallazgos en roedores y el tamaño de los cambios es inventado para mostrarlo; nada de esto se midió en personas.',
  },
  n: { en: 'n = {n}', es: 'n = {n}' },
  minUnit: { en: 'min', es: 'min' },
  hourUnit: { en: 'h', es: 'h' },
  dayUnit: { en: 'd', es: 'd' },
  // Plasma panel
  plasmaFigTitle: {
    en: 'Plasma ketamine over time (model)',
    es: 'Ketamina en plasma a lo largo del tiempo (modelo)',
  },
  plasmaAxes: {
    en: 'Plasma ketamine (ng/mL) against time after the start of dosing',
    es: 'Ketamina en plasma (ng/mL) frente al tiempo desde el inicio de la dosis',
  },
  plasmaCurve: {
    en: 'Model curve: total plasma ketamine, dose as base',
    es: 'Curva del modelo: ketamina total en plasma, dosis como base',
  },
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
  // CSV headers: the unit beside each column's name
  csvTimeMin: { en: 'Time (min)', es: 'Tiempo (min)' },
  csvPlasmaNg: { en: 'Plasma ketamine (ng/mL)', es: 'Ketamina en plasma (ng/mL)' },
  csvPlasmaMicroM: { en: 'Plasma ketamine (µM)', es: 'Ketamina en plasma (µM)' },
  csvLower: { en: '{what}, lower scenario (%)', es: '{what}, escenario inferior (%)' },
  csvUpper: { en: '{what}, upper scenario (%)', es: '{what}, escenario superior (%)' },
  csvChange: {
    en: '{what} (% change from baseline)',
    es: '{what} (% de cambio respecto al basal)',
  },
  plasmaNote: {
    en: 'Two-compartment model of one well-mixed plasma pool: it does not separate arterial from venous blood (Kamp et al. 2020 model arterial blood with venous delay compartments). Doses are mg of ketamine base: US vials state their strength as base, while trials report “ketamine hydrochloride 0.5 mg/kg” without saying which; had the salt been weighed, levels would be 13% lower. Fitted to the published clearance, volume and half-lives and to the ≈185 ng/mL peak; checked against other studies’ exposure (area under the curve) and steady-state levels. It underestimates the first minutes after a bolus, when measured levels run 2–5 times higher, and arterial levels during a short infusion (about half the measured peak). Real peaks vary widely between people. Ranges from Zanos et al. 2018 (Table 1).',
    es: 'Modelo bicompartimental de un único plasma bien mezclado: no distingue sangre arterial de venosa (Kamp et al. 2020 modelan la sangre arterial con compartimentos venosos de retardo). Las dosis son mg de ketamina base: los viales de EE. UU. indican su contenido como base, mientras que los ensayos hablan de «clorhidrato de ketamina 0,5 mg/kg» sin precisarlo; si se hubiera pesado la sal, los niveles serían un 13 % menores. Ajustado al aclaramiento, volumen y semividas publicados y al máximo de ≈185 ng/mL; comprobado con la exposición (área bajo la curva) y los niveles estables de otros estudios. Subestima los primeros minutos tras un bolo, cuando los niveles medidos son de 2 a 5 veces mayores, y los niveles arteriales durante una infusión corta (cerca de la mitad del pico medido). Los máximos reales varían mucho entre personas. Intervalos de Zanos et al. 2018 (tabla 1).',
  },

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
    en: 'NMDA receptors blocked: a model range, not a measurement',
    es: 'Receptores NMDA bloqueados: un intervalo del modelo, no una medición',
  },
  blockAxes: {
    en: 'Receptors blocked in the model (%) against time after the start of dosing; each shaded band runs from the lower to the upper assumption',
    es: 'Receptores bloqueados en el modelo (%) frente al tiempo desde el inicio de la dosis; cada banda sombreada va de la hipótesis baja a la alta',
  },
  interneuron: { en: 'GABA interneuron', es: 'Interneurona GABA' },
  pyramidal: { en: 'Pyramidal cell', es: 'Célula piramidal' },
  blockNotMeasured: {
    en: 'No one has measured how many NMDA receptors ketamine blocks in people: a brain-scan tracer tried for this showed no consistent change. The band is what a model gives under two sets of assumptions.',
    es: 'Nadie ha medido cuántos receptores NMDA bloquea la ketamina en personas: un trazador de imagen cerebral probado para ello no mostró cambios consistentes. La banda es lo que da un modelo con dos conjuntos de hipótesis.',
  },
  blockUpper: {
    en: 'Upper edge: all ketamine in plasma reaches the receptor and magnesium does not compete.',
    es: 'Borde superior: toda la ketamina del plasma llega al receptor y el magnesio no compite.',
  },
  blockLower: {
    en: 'Lower edge: only ketamine not bound to plasma proteins acts, and magnesium in the channel makes it ten times less potent (assumed).',
    es: 'Borde inferior: solo actúa la ketamina no unida a las proteínas del plasma, y el magnesio del canal la hace diez veces menos potente (supuesto).',
  },
  blockSummary: {
    en: 'With {regimen}, the model puts the peak share of NMDA receptors blocked between {interLow} and {interHigh} on the busy interneuron and between {pyrLow} and {pyrHigh} on the pyramidal cell, depending on the assumptions. The interneuron blocks sooner (half its upper peak by {interHalf}, the pyramidal cell by {pyrHalf}) because ketamine enters only open channels. These are model values, not measurements in people.',
    es: 'Con {regimen}, el modelo sitúa la proporción máxima de receptores NMDA bloqueados entre el {interLow} y el {interHigh} en la interneurona activa y entre el {pyrLow} y el {pyrHigh} en la célula piramidal, según las hipótesis. La interneurona se bloquea antes (la mitad de su máximo superior a los {interHalf}, la piramidal a los {pyrHalf}) porque la ketamina solo entra en canales abiertos. Son valores del modelo, no mediciones en personas.',
  },
  blockTableCaption: {
    en: 'Model range of NMDA receptor block with {regimen}: lower to upper assumption (%), not measured values',
    es: 'Intervalo del modelo para el bloqueo de receptores NMDA con {regimen}: de la hipótesis baja a la alta (%), no valores medidos',
  },
  blockNote: {
    en: 'Illustrative model. Pore binding uses constants measured in rat brain (Ki 0.3 µM for S-, 1.4 µM for R-ketamine; Ebert 1997), gated by how often each cell’s channels open; the rates are not measured. Up to 47% of ketamine is bound to plasma proteins (Dayton 1983). Magnesium competes with ketamine in the channel (Kotermanski and Johnson 2009); the tenfold factor is an assumption. Not modelled: ketamine also makes channels open less often (Orser 1997), and receptor types differ. A PET tracer tested in people showed no consistent change after ketamine (van der Aart 2018).',
    es: 'Modelo ilustrativo. La unión en el poro usa constantes medidas en cerebro de rata (Ki 0,3 µM para S- y 1,4 µM para R-ketamina; Ebert 1997), según la frecuencia con que se abren los canales de cada célula; las velocidades no son medidas. Hasta un 47 % de la ketamina se une a las proteínas del plasma (Dayton 1983). El magnesio compite con la ketamina en el canal (Kotermanski y Johnson 2009); el factor de diez es un supuesto. No modelado: la ketamina también hace que los canales se abran menos (Orser 1997), y los tipos de receptor difieren. Un trazador PET probado en personas no mostró cambios consistentes tras la ketamina (van der Aart 2018).',
  },

  // Cascade panel
  cascadeFigTitle: {
    en: 'From block to new spines (illustrative model, rodent time course)',
    es: 'Del bloqueo a las nuevas espinas (modelo ilustrativo, curso temporal en roedores)',
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
    en: 'In this illustrative model, glutamate peaks first (about {gluT}), BDNF and mTOR follow within hours, and spine density rises only after about {spineRise}, peaks near {spineT} (+{spinePeak}) and is still raised at 7 days, matching the timing seen in mice. In people, PET imaging found no overall change in synaptic density 24 h after one dose (Holmes 2022).',
    es: 'En este modelo ilustrativo, el glutamato llega primero a su máximo (hacia {gluT}), el BDNF y mTOR lo siguen en horas, y la densidad de espinas sube solo tras unas {spineRise}, alcanza su máximo cerca de {spineT} (+{spinePeak}) y sigue elevada a los 7 días, como se vio en ratones. En personas, la PET no halló un cambio global de densidad sináptica 24 h tras una dosis (Holmes 2022).',
  },
  cascadeTableCaption: {
    en: 'Illustrative model with {regimen}: change from baseline (%), rounded to 5; not measurements',
    es: 'Modelo ilustrativo con {regimen}: cambio respecto al basal (%), redondeado a 5; no son mediciones',
  },
  cascadeRodentBanner: {
    en: 'Illustrative model, not data: its timing follows findings in rats and mice, and the sizes of the changes are invented for display.',
    es: 'Modelo ilustrativo, no datos: su curso temporal sigue hallazgos en ratas y ratones, y el tamaño de los cambios es inventado para mostrarlo.',
  },
  // Numbers and tables
  nNotGiven: { en: 'n not given in the source', es: 'n no indicado en la fuente' },
  valueCi: {
    en: '{value} (95% CI {low} to {high})',
    es: '{value} (IC del 95 %: {low} a {high})',
  },
  ciParen: { en: '(95% CI {low} to {high})', es: '(IC del 95 %: {low} a {high})' },
  ciText: { en: '95% CI {low} to {high}', es: 'IC del 95 %: {low} a {high}' },
  ciWilsonText: {
    en: '95% interval {low}–{high}% (from counts)',
    es: 'intervalo del 95 %: {low}–{high} % (a partir de los recuentos)',
  },
  rangeText: { en: 'range {range}', es: 'intervalo {range}' },
  noCiGiven: { en: 'not given', es: 'no indicado' },
  spreadSd: { en: 'SD {value}', es: 'DE {value}' },
  spreadSe: { en: 'SE {value}', es: 'EE {value}' },
  spreadPm: { en: '± {value}', es: '± {value}' },
  countOf: { en: '{events} of {total}', es: '{events} de {total}' },
  oddsRatioValue: { en: 'OR {value}', es: 'OR {value}' },
  hazardRatioValue: { en: 'HR {value}', es: 'HR {value}' },
  colMeasure: { en: 'Measure', es: 'Medida' },
  colGroup: { en: 'Group', es: 'Grupo' },
  colValue: { en: 'Value', es: 'Valor' },
  colUncertainty: { en: 'Uncertainty', es: 'Incertidumbre' },
  colN: { en: 'n', es: 'n' },
  // the CSV of a measure table: raw numbers, one column each
  csvTimepoint: { en: 'Timepoint', es: 'Momento' },
  csvUnit: { en: 'Unit', es: 'Unidad' },
  csvLow: { en: 'Interval low', es: 'Intervalo, mínimo' },
  csvHigh: { en: 'Interval high', es: 'Intervalo, máximo' },
  csvInterval: {
    en: 'Interval (ci: 95% CI as published; wilson: 95% Wilson interval from the counts; range: range as published)',
    es: 'Intervalo (ci: IC del 95 % publicado; wilson: intervalo de Wilson del 95 % a partir de los recuentos; range: rango publicado)',
  },
  csvEvents: { en: 'Events', es: 'Eventos' },
  csvTotal: { en: 'Total', es: 'Total' },
  colFinding: { en: 'Finding', es: 'Hallazgo' },
  colWhen: { en: 'When', es: 'Cuándo' },
  // the CSV of a timeline: each row's span in minutes
  csvStartMin: {
    en: 'Start (min after the start of dosing)',
    es: 'Inicio (min desde el inicio de la dosis)',
  },
  csvEndMin: {
    en: 'End (min after the start of dosing)',
    es: 'Fin (min desde el inicio de la dosis)',
  },
  csvKind: { en: 'Kind', es: 'Tipo' },
  csvKindEffect: { en: 'side effect', es: 'efecto secundario' },
  csvKindMonitoring: { en: 'monitoring', es: 'vigilancia' },
  csvKindBp: { en: 'blood-pressure rise', es: 'subida de la presión arterial' },
  csvBpPeak: {
    en: 'Largest mean blood-pressure rise with IV ketamine',
    es: 'Mayor subida media de la presión arterial con ketamina IV',
  },
  csvSystolicRise: { en: 'Systolic rise (mmHg)', es: 'Subida sistólica (mmHg)' },
  csvDiastolicRise: { en: 'Diastolic rise (mmHg)', es: 'Subida diastólica (mmHg)' },
  // the CSV of the history timeline and the evidence matrix
  csvDateAsGiven: { en: 'Date as given', es: 'Fecha según la fuente' },
  csvYearApproximate: { en: 'Year is approximate', es: 'Año aproximado' },
  csvYes: { en: 'yes', es: 'sí' },
  csvNo: { en: 'no', es: 'no' },
  csvEvidenceBasis: { en: 'Evidence basis', es: 'Base de la evidencia' },
  csvAnimalGrade: {
    en: 'Grade in animals (where stronger)',
    es: 'Grado en animales (si es mayor)',
  },
  csvReason: { en: 'Reason', es: 'Motivo' },

  // Outcomes panel
  conditionPicker: { en: 'Condition', es: 'Trastorno' },
  condDepression: { en: 'Depression', es: 'Depresión' },
  condPain: { en: 'Chronic pain', es: 'Dolor crónico' },
  condAnxiety: { en: 'Anxiety', es: 'Ansiedad' },
  condOcd: { en: 'OCD', es: 'TOC' },
  legendDrug: { en: 'Ketamine or esketamine', es: 'Ketamina o esketamina' },
  legendControl: {
    en: 'Placebo, saline or midazolam',
    es: 'Placebo, suero salino o midazolam',
  },
  legendSingleArm: {
    en: 'Ketamine, no control group (open bar)',
    es: 'Ketamina, sin grupo control (barra abierta)',
  },
  wilsonNote: {
    en: 'Where a study gives only counts, the 95% interval is computed here from the counts (Wilson method), not taken from the paper.',
    es: 'Cuando un estudio solo da recuentos, el intervalo del 95 % se calcula aquí a partir de ellos (método de Wilson); no procede del artículo.',
  },
  noCiInSource: {
    en: 'The pooled source as checked gives no confidence intervals for these rates.',
    es: 'La fuente agrupada, tal como se revisó, no da intervalos de confianza para estas tasas.',
  },
  axisTimeLog: {
    en: 'Time after the start of the infusion (log scale)',
    es: 'Tiempo desde el inicio de la infusión (escala logarítmica)',
  },
  axisSharePatients: { en: 'Share of patients (%)', es: 'Porcentaje de pacientes' },
  axisCohensD: {
    en: 'Effect size, Cohen’s d (0 = no difference)',
    es: 'Tamaño del efecto, d de Cohen (0 = sin diferencia)',
  },
  axisOddsRatio: {
    en: 'Odds ratio, log scale (1 = no difference)',
    es: 'Odds ratio, escala logarítmica (1 = sin diferencia)',
  },
  axisPainDifference: {
    en: 'Difference in pain vs placebo, points on a 0–10 scale (0 = no difference)',
    es: 'Diferencia de dolor frente a placebo, puntos en una escala de 0 a 10 (0 = sin diferencia)',
  },
  axisPainScore: { en: 'Pain score, 0–10', es: 'Puntuación de dolor, 0–10' },
  depTimelineSummary: {
    en: 'After one infusion, ketamine beats placebo from 40 minutes, is strongest at day 1 ({g}; n = {n}) and loses its advantage by days 10–12; suicidal thoughts fall within a day (d = {dRange} up to day 7; n = {nSi}).',
    es: 'Tras una infusión, la ketamina supera al placebo desde los 40 minutos, es más eficaz el día 1 ({g}; n = {n}) y pierde su ventaja hacia los días 10–12; los pensamientos suicidas bajan en un día (d = {dRange} hasta el día 7; n = {nSi}).',
  },
  depRatesSummary: {
    en: 'In pooled trials (n = {n}), {r24} of ketamine-treated patients responded and {m24} remitted at 24 h; by day 7, {r7} responded and {m7} remitted.',
    es: 'En los ensayos agrupados (n = {n}), el {r24} de los pacientes tratados con ketamina respondió y el {m24} remitió a las 24 h; al día 7, el {r7} respondió y el {m7} remitió.',
  },
  depBlindingSummary: {
    en: 'Against saline the day-1 effect looks large ({dSaline}); against midazolam, an active placebo people can feel, it is smaller ({dMidazolam}). Estimated response: ketamine {rK}, midazolam {rM}, saline {rS} (N = {n}).',
    es: 'Frente a suero salino, el efecto del día 1 parece grande ({dSaline}); frente a midazolam, un placebo activo que se nota, es menor ({dMidazolam}). Respuesta estimada: ketamina {rK}, midazolam {rM}, suero salino {rS} (N = {n}).',
  },
  depOddsTitle: {
    en: 'Odds of response at 24 h, by comparison',
    es: 'Probabilidad de respuesta a las 24 h, según la comparación',
  },
  depOddsSummary: {
    en: 'Against placebo the odds of response at 24 h were {orPlacebo} ({nNewport} ketamine-treated patients); against midazolam they were {orMidazolam} ({nCochrane} participants, {certainty}): {pK} vs {pM} responded.',
    es: 'Frente a placebo, la odds ratio de respuesta a las 24 h fue {orPlacebo} ({nNewport} pacientes tratados con ketamina); frente a midazolam fue {orMidazolam} ({nCochrane} participantes, {certainty}): respondió el {pK} frente al {pM}.',
  },
  ocdTitle: {
    en: 'OCD: responders in the two trials',
    es: 'TOC: pacientes que respondieron en los dos ensayos',
  },
  ocdSummary: {
    en: 'In a small randomised trial {k} responded with ketamine vs {p} with saline at 1 week, but in an open-label trial {b} OCD patients responded: two small studies that disagree.',
    es: 'En un ensayo aleatorizado pequeño respondieron {k} con ketamina frente a {p} con suero salino a la semana, pero en un ensayo abierto respondieron {b} pacientes con TOC: dos estudios pequeños que no coinciden.',
  },
  anxietyTitle: {
    en: 'Anxiety: small studies only',
    es: 'Ansiedad: solo estudios pequeños',
  },
  anxietySummary: {
    en: 'All {count} anxiety studies are small ({min} to {max} people) and mostly without a control group, so these response rates are early signals, not proof.',
    es: 'Los {count} estudios de ansiedad son pequeños (de {min} a {max} personas) y casi todos sin grupo control, así que estas tasas de respuesta son señales tempranas, no una prueba.',
  },
  painMetaSummary: {
    en: 'Across trials, the difference in chronic pain between IV ketamine and placebo was {value} (n = {n}; {caveats}): a small effect, lasting up to 2 weeks.',
    es: 'En el conjunto de ensayos, la diferencia de dolor crónico entre la ketamina IV y el placebo fue de {value} (n = {n}; {caveats}): un efecto pequeño que dura hasta 2 semanas.',
  },
  painCrpsSummary: {
    en: 'In CRPS, pain at the end of week 1 was {drug} with an esketamine infusion vs {placebo} with placebo (n = {n}), but the difference was no longer significant by {lost}.',
    es: 'En el SDRC, el dolor al final de la semana 1 fue de {drug} con una infusión de esketamina frente a {placebo} con placebo (n = {n}), pero la diferencia ya no era significativa en la {lost}.',
  },
  painGuidelineTitle: {
    en: 'What the chronic-pain guideline says (ASRA/AAPM/ASA; Cohen 2018)',
    es: 'Qué dice la guía sobre el dolor crónico (ASRA/AAPM/ASA; Cohen 2018)',
  },
  acutePainGuidelineTitle: {
    en: 'Acute and perioperative pain (ASRA/AAPM/ASA; Schwenk 2018)',
    es: 'Dolor agudo y perioperatorio (ASRA/AAPM/ASA; Schwenk 2018)',
  },
  acutePainGuidelineSummary: {
    en: 'After surgery and in emergencies, low-dose ketamine can ease pain and reduce the opioids needed; the guideline lists pregnancy and active psychosis among reasons not to use it.',
    es: 'Tras la cirugía y en urgencias, la ketamina a dosis bajas puede aliviar el dolor y reducir los opioides necesarios; la guía cita el embarazo y la psicosis activa entre los motivos para no usarla.',
  },
  painGuidelineSummary: {
    en: 'Moderate evidence for CRPS only, with benefit up to 12 weeks; weak or no evidence for the other kinds of chronic pain studied.',
    es: 'Evidencia moderada solo para el SDRC, con beneficio hasta 12 semanas; evidencia débil o nula para los demás tipos de dolor crónico estudiados.',
  },
  moreStudies: { en: 'More studies', es: 'Otros estudios' },
  colUse: { en: 'Use', es: 'Uso' },
  colGrade: { en: 'Grade', es: 'Grado' },
  stageBearsOn: {
    en: 'This stage bears on: {list}.',
    es: 'Esta etapa se relaciona con: {list}.',
  },
  stageBearsOnNone: {
    en: 'This stage is not a mechanism step of the evidence matrix.',
    es: 'Esta etapa no es un paso del mecanismo en la matriz de evidencia.',
  },
  // Evidence matrix
  matrixCaption: {
    en: 'Evidence grade for each mechanism stage (rows) and condition (columns)',
    es: 'Grado de evidencia para cada etapa del mecanismo (filas) y trastorno (columnas)',
  },
  matrixHint: {
    en: 'Choose a condition to light up the stages it rests on; choose a stage to go to it in the scene.',
    es: 'Elija un trastorno para resaltar las etapas en que se apoya; elija una etapa para ir a ella en la escena.',
  },
  colStage: { en: 'Stage', es: 'Etapa' },
  noData: { en: 'No data', es: 'Sin datos' },
  basisHuman: { en: 'in people', es: 'en personas' },
  basisAnimal: { en: 'in animals', es: 'en animales' },
  basisLab: { en: 'in the lab', es: 'en el laboratorio' },
  basisMixed: { en: 'people and animals', es: 'personas y animales' },
  basisNone: { en: 'no data', es: 'sin datos' },
  animalGrade: { en: '{grade} in animals', es: '{grade} en animales' },
  matrixSummary: {
    en: 'Of {total} mechanism stages, depression rests on {depression}, chronic pain on {pain}, anxiety on {anxiety} and OCD on {ocd} (strong, moderate or preliminary evidence).',
    es: 'De {total} etapas del mecanismo, la depresión se apoya en {depression}, el dolor crónico en {pain}, la ansiedad en {anxiety} y el TOC en {ocd} (evidencia sólida, moderada o preliminar).',
  },
  evidenceBasis: { en: 'evidence {basis}', es: 'evidencia {basis}' },
  conditionAria: {
    en: '{condition}: highlight the stages it rests on',
    es: '{condition}: resaltar las etapas en que se apoya',
  },
  stageAria: { en: 'Go to the stage “{stage}”', es: 'Ir a la etapa «{stage}»' },
  cellDetailTitle: { en: '{stage} · {condition}', es: '{stage} · {condition}' },
  restsOnList: {
    en: '{condition} rests on: {list}.',
    es: '{condition} se apoya en: {list}.',
  },
  gradesMeaning: { en: 'What the grades mean', es: 'Qué significan los grados' },
  showAllConditions: { en: 'Clear the condition', es: 'Quitar el trastorno' },
});
