// A 2D picture of one stage (SVG), for devices without WebGL, the handout and the presenter's
// preview: the same actors and colours as the 3D scene at the stage's scale (brain, circuit,
// synapse, molecule), with what the stage is about drawn on top.
import { SCENE_STRINGS, STORYBOARD_STRINGS as S } from '../i18n/strings/scene';
import type { LocalizedText } from '../i18n/localize';
import type { Stage } from '../story/schema';
import type { ConditionId } from '../story/structures';
import { BdnfPicture } from './BdnfPicture';
import { BrainPicture } from './BrainPicture';
import { ChannelCloseUp } from './ChannelCloseUp';
import { CircuitPicture } from './CircuitPicture';
import { DorsalHornPicture } from './DorsalHornPicture';
import { HistoryPicture } from './HistoryPicture';
import { MtorPicture } from './MtorPicture';
import { SafetyPicture } from './SafetyPicture';
import { SpinesPicture } from './SpinesPicture';
import { SynapsePicture } from './SynapsePicture';
import { pictureKind, type PictureKind } from './picture-kind';
import { viewFor } from '../story/views';

interface Props {
  /** its id (data-stage; the pictures with no 3D actor of their own), view (a calm view dims
   *  the synapse), the marks it asks for and its cast (which picture: picture-kind.ts) */
  stage: Pick<Stage, 'id' | 'picture' | 'view' | 'cast' | 'conditionViews'>;
  /** the chosen condition (the conditions stage draws one picture per condition) */
  condition?: ConditionId | null;
  label: string;
  tr: (entry: LocalizedText) => string;
  small?: boolean;
}

/** What a screen reader hears after the stage's title (a reader would not guess the drawing). */
const DESCRIPTION: Partial<Record<PictureKind, LocalizedText>> = {
  'dorsal-horn': S.picPain,
  circuit: S.picCircuit,
  bdnf: S.picBdnf,
  mtor: S.picMtor,
  spines: S.picSpines,
  infusion: S.picBrainInfusion,
  depression: S.picDepression,
  anxiety: S.picAnxiety,
  ocd: S.picOcd,
  safety: S.picSafety,
  history: S.picHistory,
};

function Picture({
  kind,
  stage,
  tr,
}: {
  kind: PictureKind;
  stage: Props['stage'];
  tr: Props['tr'];
}) {
  const marks = stage.picture ?? [];
  switch (kind) {
    case 'close-up':
      return <ChannelCloseUp blocked={marks.includes('block')} tr={tr} />;
    case 'dorsal-horn':
      return <DorsalHornPicture tr={tr} />;
    case 'circuit':
      return <CircuitPicture tr={tr} />;
    case 'bdnf':
      return <BdnfPicture tr={tr} />;
    case 'mtor':
      return <MtorPicture tr={tr} />;
    case 'spines':
      return <SpinesPicture tr={tr} />;
    case 'infusion':
    case 'depression':
    case 'anxiety':
    case 'ocd':
      return <BrainPicture kind={kind} tr={tr} />;
    case 'safety':
      return <SafetyPicture tr={tr} />;
    case 'history':
      return <HistoryPicture tr={tr} />;
    case 'synapse':
      return <SynapsePicture marks={marks} calm={stage.view === 'calm'} tr={tr} />;
  }
}

export function StagePicture({ stage, condition = null, label, tr, small }: Props) {
  // the dorsal horn instead of the synapse where the chosen condition's view is pain's
  const kind = pictureKind(stage, viewFor(stage, condition) === 'dorsalHorn', condition);
  const blocked = (stage.picture ?? []).includes('block');
  const description =
    kind === 'close-up'
      ? blocked
        ? SCENE_STRINGS.closeUpBlocked
        : SCENE_STRINGS.closeUpResting
      : DESCRIPTION[kind];
  const name = label && description ? `${label}. ${tr(description)}` : label;
  return (
    <svg
      className={small ? 'sb-picture sb-small' : 'sb-picture'}
      viewBox="0 0 320 224"
      // a picture without words (the strip's thumbnails sit in labelled buttons) is decoration
      {...(name ? { role: 'img', 'aria-label': name } : { 'aria-hidden': true })}
      data-stage={stage.id}
      data-picture={kind}
    >
      <rect width={320} height={224} className="sb-ground" />
      <Picture kind={kind} stage={stage} tr={tr} />
    </svg>
  );
}
