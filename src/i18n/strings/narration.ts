import { defineStrings } from '../localize';
import type { ModelEventId } from '../../a11y/model-events';

/** What the narration says when the model crosses a threshold. */
export const MODEL_EVENT_TEXT = defineStrings<ModelEventId>({
  ketamineArrives: {
    en: 'Ketamine is reaching the brain from the blood.',
    es: 'La ketamina llega al cerebro desde la sangre.',
  },
  analgesiaRange: {
    en: 'Blood level has reached the range linked to pain relief (70 to 160 ng/mL).',
    es: 'El nivel en sangre alcanza el rango asociado al alivio del dolor (70 a 160 ng/mL).',
  },
  dissociationRange: {
    en: 'Blood level has reached the range linked to dissociation (100 to 250 ng/mL).',
    es: 'El nivel en sangre alcanza el rango asociado a la disociación (100 a 250 ng/mL).',
  },
  interneuronBlocked: {
    en: 'Ketamine is now blocking many NMDA channels on the inhibitory interneuron.',
    es: 'La ketamina ya bloquea muchos canales NMDA de la interneurona inhibidora.',
  },
  glutamateSurge: {
    en: 'With the brake off, the pyramidal terminal releases more glutamate (seen in rats).',
    es: 'Sin el freno, la terminal piramidal libera más glutamato (observado en ratas).',
  },
  bdnfRising: {
    en: 'More BDNF protein is made from existing mRNA and acts on its TrkB receptors (seen in mice).',
    es: 'Se sintetiza más proteína BDNF a partir del ARNm ya presente, que actúa sobre sus receptores TrkB (observado en ratones).',
  },
  mtorActive: {
    en: 'mTOR signalling switches on local protein synthesis in the spine (seen in rats).',
    es: 'La señal de mTOR activa la síntesis local de proteínas en la espina (observado en ratas).',
  },
  spinesRising: {
    en: 'New dendritic spines are forming (seen in mice, 12 to 24 hours after a dose).',
    es: 'Se forman nuevas espinas dendríticas (observado en ratones, 12 a 24 horas después de una dosis).',
  },
  plasmaFalling: {
    en: 'Dosing is over and the blood level is falling as the body clears the drug.',
    es: 'La administración ha terminado y el nivel en sangre baja a medida que el cuerpo elimina el fármaco.',
  },
});
