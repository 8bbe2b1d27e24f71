// Strings of the 3D scene and the 2D storyboard: structure names with a one-line explanation,
// and the scene's controls. No figures here: numbers come from the model or the fact sheet.
import { defineStrings, type LocalizedText } from '../localize';
import type { StructureId } from '../../story/structures';

export const SCENE_STRINGS = defineStrings({
  sceneLabel: {
    en: '3D synapse. Drag to turn, scroll to zoom; the structure list names every part.',
    es: 'Sinapsis en 3D. Arrastre para girar y use la rueda para acercar; la lista de estructuras nombra cada parte.',
  },
  structures: { en: 'Structures', es: 'Estructuras' },
  showStructures: { en: 'Show the list of structures', es: 'Mostrar la lista de estructuras' },
  clearSelection: { en: 'Clear selection', es: 'Quitar la selección' },
  windupLabel: {
    en: 'Response to repeated pain signals (wind-up)',
    es: 'Respuesta a señales de dolor repetidas (wind-up)',
  },
  calmLabel: {
    en: 'The synapse at rest between the stages',
    es: 'La sinapsis en reposo entre las etapas',
  },
  contextLost: {
    en: 'The graphics card reset; bringing the 3D view back…',
    es: 'La tarjeta gráfica se reinició; recuperando la vista 3D…',
  },
  storyboardTitle: { en: 'Storyboard of the stages', es: 'Guion gráfico de las etapas' },
  storyboardGoTo: { en: 'Go to stage {n}: {title}', es: 'Ir a la etapa {n}: {title}' },
  before: { en: 'before', es: 'antes' },
  moleculeScale: {
    en: 'Molecular view: one NMDA receptor in a cut membrane (about 5 nm thick), drawn about 9 times larger than the synapse views. Shapes simplified.',
    es: 'Vista molecular: un receptor NMDA en una membrana cortada (de unos 5 nm de grosor), dibujado unas 9 veces más grande que en las vistas de la sinapsis. Formas simplificadas.',
  },
  after: { en: 'after', es: 'después' },
  circuitScale: {
    en: 'Not to scale: a real pyramidal cell body is about 20 µm across, and its dendrites run for hundreds of µm. Pulses slowed down.',
    es: 'No a escala: el cuerpo de una neurona piramidal real mide unos 20 µm y sus dendritas se extienden cientos de µm. Impulsos ralentizados.',
  },
  circuitRatesTitle: {
    en: 'Firing vs. before ketamine (model):',
    es: 'Disparo frente a antes de la ketamina (modelo):',
  },
  circuitInterneuronRate: {
    en: 'interneuron {percent} %',
    es: 'interneurona {percent} %',
  },
  circuitPyramidalRate: {
    en: 'pyramidal cell {percent} %',
    es: 'neurona piramidal {percent} %',
  },
  closeUpBlocked: {
    en: 'Close-up drawing: one NMDA receptor channel crossing the cell membrane, glutamate and glycine bound on top, a ketamine molecule lodged in its pore so no calcium or sodium passes, and the magnesium ion that has left it.',
    es: 'Dibujo de cerca: un canal del receptor NMDA que atraviesa la membrana celular, con glutamato y glicina unidos arriba, una molécula de ketamina alojada en su poro, de modo que no pasan calcio ni sodio, y el ion magnesio que lo ha dejado.',
  },
  closeUpResting: {
    en: 'Close-up drawing: one NMDA receptor channel crossing the cell membrane, with a magnesium ion plugging its pore.',
    es: 'Dibujo de cerca: un canal del receptor NMDA que atraviesa la membrana celular, con un ion magnesio que tapona su poro.',
  },
  spineClock: {
    en: '{time} after one dose',
    es: '{time} tras una dosis',
  },
  brainScale: {
    en: 'Whole brain, some 15 cm long in life; simplified.',
    es: 'Cerebro entero, de unos 15 cm de largo en la realidad; simplificado.',
  },
  synapseScale: {
    en: 'Synapse: about 1 µm across in life, drawn some 100,000 times larger on a laptop screen; shapes simplified.',
    es: 'Sinapsis: mide cerca de 1 µm en la realidad, dibujada unas 100 000 veces más grande en la pantalla de un portátil; formas simplificadas.',
  },
  cascadeScale: {
    en: 'Molecular view: molecules drawn about 10 times larger than in the synapse views (TrkB’s outer part is about 10 nm tall). Shapes simplified.',
    es: 'Vista molecular: moléculas dibujadas unas 10 veces más grandes que en las vistas de la sinapsis (la parte externa de TrkB mide unos 10 nm). Formas simplificadas.',
  },
  brainDepression: {
    en: 'Depression: prefrontal cortex and hippocampus',
    es: 'Depresión: corteza prefrontal e hipocampo',
  },
  brainDepressionLine: {
    en: 'In people, ketamine raised prefrontal glutamate release; in mice, its effect needed AMPA receptors (measured in the hippocampus).',
    es: 'En personas, la ketamina aumentó la liberación de glutamato prefrontal; en ratones, su efecto necesitó receptores AMPA (medidos en el hipocampo).',
  },
  brainAnxiety: {
    en: 'Anxiety: the amygdala–prefrontal loop',
    es: 'Ansiedad: el circuito amígdala–corteza prefrontal',
  },
  brainOcd: {
    en: 'OCD: the cortico-striato-thalamo-cortical loop',
    es: 'TOC: el circuito córtico-estriado-tálamo-cortical',
  },
  painCircuit: {
    en: 'Chronic pain: a pain fibre on a spinal dorsal horn neuron',
    es: 'Dolor crónico: una fibra del dolor sobre una neurona del asta dorsal',
  },
  painCircuitLine: {
    en: 'Repeated pain signals build up the response through NMDA receptors (wind-up, a model of central sensitisation); in 6 volunteers, ketamine reduced wind-up.',
    es: 'Las señales de dolor repetidas aumentan la respuesta a través de los receptores NMDA (wind-up, un modelo de sensibilización central); en 6 voluntarios, la ketamina redujo el wind-up.',
  },
  brainLoopBack: { en: 'back to the cortex', es: 'de vuelta a la corteza' },
  brainHypothesis: {
    en: 'A hypothesis: no data here on ketamine in this loop.',
    es: 'Una hipótesis: no hay datos aquí sobre la ketamina en este circuito.',
  },
  brainGrade: {
    en: '{condition}, evidence that ketamine helps: {grade}',
    es: '{condition}, evidencia de que la ketamina ayuda: {grade}',
  },
  spineClockNote: {
    en: 'Time course seen in mice (illustrative)',
    es: 'Curso temporal visto en ratones (ilustrativo)',
  },
});

export interface StructureText {
  name: LocalizedText;
  line: LocalizedText;
}

export const STRUCTURE_TEXT: Record<StructureId, StructureText> = {
  presynapticBouton: {
    name: { en: 'Presynaptic bouton', es: 'Botón presináptico' },
    line: {
      en: 'The swollen end of a pyramidal cell’s axon; it stores glutamate in vesicles.',
      es: 'El extremo engrosado del axón de una neurona piramidal; guarda glutamato en vesículas.',
    },
  },
  vesicles: {
    name: { en: 'Synaptic vesicles', es: 'Vesículas sinápticas' },
    line: {
      en: 'Small bubbles of glutamate that fuse with the membrane when a spike arrives.',
      es: 'Pequeñas burbujas de glutamato que se fusionan con la membrana cuando llega un impulso.',
    },
  },
  releaseSites: {
    name: { en: 'Release sites', es: 'Sitios de liberación' },
    line: {
      en: 'Docking spots in the active zone where vesicles empty into the cleft.',
      es: 'Puntos de anclaje de la zona activa donde las vesículas se vacían en la hendidura.',
    },
  },
  cleft: {
    name: { en: 'Synaptic cleft', es: 'Hendidura sináptica' },
    line: {
      en: 'The gap, about 20 nm wide, that glutamate crosses (drawn wider here).',
      es: 'El espacio, de unos 20 nm, que cruza el glutamato (aquí dibujado más ancho).',
    },
  },
  dendriteShaft: {
    name: { en: 'Dendrite shaft', es: 'Tronco dendrítico' },
    line: {
      en: 'A branch of the pyramidal cell that collects inputs on its spines.',
      es: 'Una rama de la neurona piramidal que recoge señales en sus espinas.',
    },
  },
  spineNeck: {
    name: { en: 'Spine neck', es: 'Cuello de la espina' },
    line: {
      en: 'The thin stalk that links the spine head to the dendrite.',
      es: 'El tallo delgado que une la cabeza de la espina con la dendrita.',
    },
  },
  spineHead: {
    name: { en: 'Spine head', es: 'Cabeza de la espina' },
    line: {
      en: 'The receiving side of the synapse, packed with receptors.',
      es: 'El lado receptor de la sinapsis, lleno de receptores.',
    },
  },
  psd: {
    name: { en: 'Postsynaptic density', es: 'Densidad postsináptica' },
    line: {
      en: 'A dense protein scaffold that holds the receptors in place.',
      es: 'Un andamio denso de proteínas que sujeta los receptores.',
    },
  },
  interneuronTerminal: {
    name: { en: 'GABA interneuron', es: 'Interneurona GABA' },
    line: {
      en: 'A tonically active “brake” cell; its terminal releases GABA onto the pyramidal cell.',
      es: 'Una célula «freno» de actividad tónica; su terminal libera GABA sobre la neurona piramidal.',
    },
  },
  nmdaReceptor: {
    name: { en: 'NMDA receptor', es: 'Receptor NMDA' },
    line: {
      en: 'A four-part glutamate channel; ketamine blocks it from inside its open pore.',
      es: 'Un canal de glutamato de cuatro partes; la ketamina lo bloquea desde dentro del poro abierto.',
    },
  },
  magnesium: {
    name: { en: 'Mg²⁺ ion', es: 'Ion Mg²⁺' },
    line: {
      en: 'Plugs the NMDA pore at rest and leaves when the cell is depolarised.',
      es: 'Tapona el poro NMDA en reposo y sale cuando la célula se despolariza.',
    },
  },
  ampaReceptor: {
    name: { en: 'AMPA receptor', es: 'Receptor AMPA' },
    line: {
      en: 'A fast glutamate channel; in mice, ketamine’s effect needs it.',
      es: 'Un canal rápido de glutamato; en ratones, el efecto de la ketamina lo necesita.',
    },
  },
  trkB: {
    name: { en: 'TrkB receptor', es: 'Receptor TrkB' },
    line: {
      en: 'The BDNF receptor; when bound it switches on growth signals.',
      es: 'El receptor del BDNF; al unirse activa señales de crecimiento.',
    },
  },
  glutamate: {
    name: { en: 'Glutamate', es: 'Glutamato' },
    line: {
      en: 'The main excitatory transmitter; it surges when the brake cells go quiet.',
      es: 'El principal transmisor excitador; aumenta cuando las células freno se calman.',
    },
  },
  gaba: {
    name: { en: 'GABA', es: 'GABA' },
    line: {
      en: 'The main inhibitory transmitter, released by the interneuron.',
      es: 'El principal transmisor inhibidor, liberado por la interneurona.',
    },
  },
  ketamine: {
    name: { en: 'Ketamine', es: 'Ketamina' },
    line: {
      en: 'Arrives from the blood and lodges in open NMDA channels, blocking them.',
      es: 'Llega desde la sangre y se aloja en canales NMDA abiertos, que bloquea.',
    },
  },
  bdnf: {
    name: { en: 'BDNF', es: 'BDNF' },
    line: {
      en: 'A growth factor (a dimer); in mice, ketamine’s effect needs a quick burst of its production.',
      es: 'Un factor de crecimiento (un dímero); en ratones, el efecto de la ketamina requiere que se produzca rápidamente.',
    },
  },
  mtor: {
    name: { en: 'mTOR signal', es: 'Señal mTOR' },
    line: {
      en: 'Switches on local protein synthesis for new synapses (rat studies).',
      es: 'Activa la síntesis local de proteínas para nuevas sinapsis (estudios en ratas).',
    },
  },
  newSpines: {
    name: { en: 'New spines', es: 'Espinas nuevas' },
    line: {
      en: 'In mice they grow over 12–24 h and can last up to two weeks.',
      es: 'En ratones crecen en 12–24 h y pueden durar hasta dos semanas.',
    },
  },
  dorsalHorn: {
    name: { en: 'Dorsal horn synapse', es: 'Sinapsis del asta dorsal' },
    line: {
      en: 'Pain fibres meet spinal neurons here; NMDA receptors drive wind-up.',
      es: 'Aquí las fibras del dolor contactan con neuronas espinales; los receptores NMDA causan el wind-up.',
    },
  },
  gluN1: {
    name: { en: 'GluN1 subunit', es: 'Subunidad GluN1' },
    line: {
      en: 'One of the receptor’s four parts (two GluN1, two GluN2); it binds glycine.',
      es: 'Una de las cuatro partes del receptor (dos GluN1, dos GluN2); une glicina.',
    },
  },
  gluN2: {
    name: { en: 'GluN2 subunit', es: 'Subunidad GluN2' },
    line: {
      en: 'The receptor part that binds glutamate; there are two in each receptor.',
      es: 'La parte del receptor que une glutamato; cada receptor tiene dos.',
    },
  },
  glycine: {
    name: { en: 'Glycine', es: 'Glicina' },
    line: {
      en: 'The co-agonist: the channel opens only with glutamate and glycine bound.',
      es: 'El coagonista: el canal solo se abre con glutamato y glicina unidos.',
    },
  },
  channelGate: {
    name: { en: 'Channel gate', es: 'Compuerta del canal' },
    line: {
      en: 'Helix ends that part to open the pore; ketamine binds just below them, inside.',
      es: 'Extremos de hélices que se separan para abrir el poro; la ketamina se une justo debajo, dentro.',
    },
  },
  ions: {
    name: { en: 'Ca²⁺ and Na⁺ ions', es: 'Iones Ca²⁺ y Na⁺' },
    line: {
      en: 'Flow into the cell through the open channel; calcium also acts as a signal.',
      es: 'Entran en la célula por el canal abierto; el calcio también actúa como señal.',
    },
  },
  interneuron: {
    name: { en: 'Inhibitory interneuron (GABA)', es: 'Interneurona inhibidora (GABA)' },
    line: {
      en: 'A small “brake” cell; each spike makes its terminal release GABA onto the pyramidal cell.',
      es: 'Una pequeña célula «freno»; cada impulso hace que su terminal libere GABA sobre la neurona piramidal.',
    },
  },
  pyramidalCell: {
    name: { en: 'Pyramidal cell (excitatory)', es: 'Neurona piramidal (excitadora)' },
    line: {
      en: 'The main nerve cell of the cortex; its spikes release glutamate onto other cells.',
      es: 'La principal neurona de la corteza; sus impulsos liberan glutamato sobre otras células.',
    },
  },
  spikes: {
    name: { en: 'Spikes', es: 'Impulsos' },
    line: {
      en: 'Electrical pulses running along each axon; their number shows how fast the cell fires.',
      es: 'Pulsos eléctricos que recorren cada axón; su número muestra la rapidez con que dispara la célula.',
    },
  },
  akt: {
    name: { en: 'Akt', es: 'Akt' },
    line: {
      en: 'A kinase that passes the signal from TrkB on to mTORC1.',
      es: 'Una cinasa que pasa la señal de TrkB a mTORC1.',
    },
  },
  ribosome: {
    name: { en: 'Ribosomes', es: 'Ribosomas' },
    line: {
      en: 'They make proteins; mTORC1 speeds them up.',
      es: 'Fabrican proteínas; mTORC1 las acelera.',
    },
  },
  synapticProtein: {
    name: { en: 'New synaptic proteins', es: 'Proteínas sinápticas nuevas' },
    line: {
      en: 'Made by ribosomes, they build up the synapse (rat studies).',
      es: 'Las fabrican los ribosomas y refuerzan la sinapsis (estudios en ratas).',
    },
  },
  stressedDendrite: {
    name: {
      en: 'Stressed dendrite (rodent data)',
      es: 'Dendrita estresada (datos en roedores)',
    },
    line: {
      en: 'Stress leaves fewer spines; in mice, ketamine restored them.',
      es: 'El estrés deja menos espinas; en ratones, la ketamina las recuperó.',
    },
  },
  prefrontalCortex: {
    name: { en: 'Prefrontal cortex', es: 'Corteza prefrontal' },
    line: {
      en: 'The front of the brain, for planning and mood; in people, ketamine raised glutamate release here.',
      es: 'La parte delantera del cerebro, para planificar y para el ánimo; en personas, la ketamina aumentó aquí la liberación de glutamato.',
    },
  },
  orbitofrontalCortex: {
    name: {
      en: 'Orbitofrontal and anterior cingulate cortex',
      es: 'Corteza orbitofrontal y cingulada anterior',
    },
    line: {
      en: 'Cortex above the eyes and along the midline; the loop drawn for OCD starts here.',
      es: 'Corteza sobre los ojos y junto a la línea media; aquí empieza el circuito dibujado para el TOC.',
    },
  },
  hippocampus: {
    name: { en: 'Hippocampus', es: 'Hipocampo' },
    line: {
      en: 'A curved region deep in each temporal lobe, for memory; mouse studies of ketamine measured AMPA receptor signals here.',
      es: 'Una región curva en lo hondo de cada lóbulo temporal, para la memoria; los estudios de la ketamina en ratones midieron aquí señales de los receptores AMPA.',
    },
  },
  amygdala: {
    name: { en: 'Amygdala', es: 'Amígdala' },
    line: {
      en: 'An almond-sized region that reacts to threat; it trades signals with the prefrontal cortex.',
      es: 'Una región del tamaño de una almendra que reacciona a las amenazas; intercambia señales con la corteza prefrontal.',
    },
  },
  striatum: {
    name: { en: 'Striatum', es: 'Estriado' },
    line: {
      en: 'A deep region for habits and actions, in the loop drawn for OCD.',
      es: 'Una región profunda para hábitos y acciones, en el circuito dibujado para el TOC.',
    },
  },
  thalamus: {
    name: { en: 'Thalamus', es: 'Tálamo' },
    line: {
      en: 'A relay in the middle of the brain that passes signals back to the cortex.',
      es: 'Un relevo en el centro del cerebro que devuelve señales a la corteza.',
    },
  },
  arteries: {
    name: { en: 'Arteries', es: 'Arterias' },
    line: {
      en: 'They carry blood, and the ketamine in it, to every part of the brain.',
      es: 'Llevan la sangre, y la ketamina que contiene, a todas las partes del cerebro.',
    },
  },
};

// The storyboard's pictures (the no-WebGL view, the handout and the presenter's preview): region
// names on the brain outline, and one sentence per picture for screen readers.
export const STORYBOARD_STRINGS = defineStrings({
  prefrontalCortex: { en: 'Prefrontal cortex', es: 'Corteza prefrontal' },
  hippocampus: { en: 'Hippocampus', es: 'Hipocampo' },
  amygdala: { en: 'Amygdala', es: 'Amígdala' },
  striatum: { en: 'Striatum', es: 'Estriado' },
  thalamus: { en: 'Thalamus', es: 'Tálamo' },
  orbitofrontal: {
    en: 'Orbitofrontal and cingulate cortex',
    es: 'Corteza orbitofrontal y cingulada',
  },
  bloodKetamine: { en: 'Ketamine in the blood', es: 'Ketamina en la sangre' },
  painSignal: { en: 'Pain signal in', es: 'Señal de dolor que entra' },
  sensitised: { en: 'Same input, bigger response', es: 'Misma entrada, más respuesta' },
  mtorc1: { en: 'mTORC1', es: 'mTORC1' },
  beforeHeading: { en: 'Before', es: 'Antes' },
  withKetamine: { en: 'With ketamine', es: 'Con ketamina' },
  spikesPerSecond: { en: 'Spikes in one second', es: 'Impulsos en un segundo' },
  bdnfDimer: { en: 'BDNF dimer', es: 'Dímero de BDNF' },
  trkbPair: { en: 'Two TrkB receptors pair', es: 'Dos receptores TrkB se emparejan' },
  signalInside: { en: 'Signal inside the cell', es: 'Señal en la célula' },
  thinBuds: { en: 'Thin buds', es: 'Brotes finos' },
  mushroomSpines: { en: 'Mushroom spines', es: 'Espinas en forma de hongo' },
  hoursLater: { en: '{hours} h later', es: '{hours} h después' },
  picBrainInfusion: {
    en: 'Drawing of the brain from the side: ketamine arrives in the blood; the prefrontal cortex and the hippocampus are highlighted.',
    es: 'Dibujo del cerebro de perfil: la ketamina llega con la sangre; la corteza prefrontal y el hipocampo están resaltados.',
  },
  picDepression: {
    en: 'Drawing of the brain from the side for depression: the prefrontal cortex and the hippocampus are highlighted.',
    es: 'Dibujo del cerebro de perfil para la depresión: la corteza prefrontal y el hipocampo están resaltados.',
  },
  picAnxiety: {
    en: 'Drawing of the brain from the side for anxiety: a loop between the amygdala and the prefrontal cortex.',
    es: 'Dibujo del cerebro de perfil para la ansiedad: un circuito entre la amígdala y la corteza prefrontal.',
  },
  picOcd: {
    en: 'Drawing of the brain from the side for OCD: a loop from the orbitofrontal and cingulate cortex to the striatum, the thalamus and back to the cortex.',
    es: 'Dibujo del cerebro de perfil para el TOC: un circuito de la corteza orbitofrontal y cingulada al estriado, al tálamo y de vuelta a la corteza.',
  },
  picPain: {
    en: 'Drawing of a synapse in the spinal cord’s dorsal horn: a pain signal comes in and, with central sensitisation, the same input gives a growing response; ketamine blocks one NMDA receptor.',
    es: 'Dibujo de una sinapsis del asta dorsal de la médula espinal: entra una señal de dolor y, con la sensibilización central, la misma entrada da una respuesta creciente; la ketamina bloquea un receptor NMDA.',
  },
  picCircuit: {
    en: 'Drawing of the circuit: the inhibitory interneuron fires less with ketamine, so the pyramidal cell it holds back fires more and releases more glutamate. Spike marks before and with ketamine.',
    es: 'Dibujo del circuito: con ketamina la interneurona inhibidora dispara menos, así que la neurona piramidal que frena dispara más y libera más glutamato. Marcas de impulsos antes y con ketamina.',
  },
  picBdnf: {
    en: 'Drawing: one BDNF dimer binds two TrkB receptors in the membrane, which pair and signal inside the cell.',
    es: 'Dibujo: un dímero de BDNF se une a dos receptores TrkB de la membrana, que se emparejan y envían una señal al interior de la célula.',
  },
  picMtor: {
    en: 'Drawing of the chain inside the spine: TrkB, then Akt, then mTORC1, then ribosomes making new synaptic proteins.',
    es: 'Dibujo de la cadena dentro de la espina: TrkB, luego Akt, luego mTORC1 y luego ribosomas que fabrican proteínas sinápticas nuevas.',
  },
  picSpines: {
    en: 'Drawing of a time-lapse: thin buds on a dendrite become mushroom spines hours later; beside it a stressed dendrite with fewer spines.',
    es: 'Dibujo de una secuencia temporal: brotes finos de una dendrita se vuelven espinas en forma de hongo horas después; al lado, una dendrita estresada con menos espinas.',
  },
  picSafety: {
    en: 'Drawing of a blood pressure trace: it rises during a treatment session and settles within hours, while staff watch it.',
    es: 'Dibujo de una curva de presión arterial: sube durante una sesión de tratamiento y se normaliza en unas horas, mientras el personal la vigila.',
  },
  monitored: { en: 'Monitored', es: 'Vigilada' },
  bloodPressure: { en: 'Blood pressure', es: 'Presión arterial' },
  picHistory: {
    en: 'Timeline of ketamine: made in 1962, an anaesthetic from 1970, tested for depression in 2000, a nasal spray approved in 2019.',
    es: 'Cronología de la ketamina: creada en 1962, anestésico desde 1970, probada para la depresión en 2000, un aerosol nasal aprobado en 2019.',
  },
});
