// The panel area's own strings (tabs, titles, region name): the only panel strings in the
// first-load bundle. The charts' strings (./panels) load with the charts.
import { defineStrings } from '../localize';

export const PANEL_SHELL_STRINGS = defineStrings({
  region: { en: 'Charts', es: 'Gráficos' },
  tabsLabel: { en: 'Choose a chart', es: 'Elegir un gráfico' },
  followsStage: { en: 'Follows the stage', es: 'Sigue a la etapa' },
  backToStage: { en: 'Back to this stage’s chart', es: 'Volver al gráfico de esta etapa' },
  loading: { en: 'Loading the chart…', es: 'Cargando el gráfico…' },
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
});
