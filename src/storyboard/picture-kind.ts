// Which 2D picture a stage gets: from its cast (the 3D actors it asks for, so a stage of a
// loaded story gets the same picture), else from the built-in story's stage id (pictures with no
// 3D actor of their own: brain scale, conditions, safety, history), else the synapse with the
// stage's marks.
import type { Stage } from '../story/schema';
import type { ConditionId } from '../story/structures';

export type PictureKind =
  | 'synapse'
  | 'close-up'
  | 'dorsal-horn'
  | 'circuit'
  | 'bdnf'
  | 'mtor'
  | 'spines'
  | 'infusion'
  | 'depression'
  | 'anxiety'
  | 'ocd'
  | 'safety'
  | 'history';

export function pictureKind(
  stage: Pick<Stage, 'id' | 'cast'>,
  pain: boolean,
  condition: ConditionId | null,
): PictureKind {
  if (pain) return 'dorsal-horn';
  const cast = stage.cast ?? [];
  if (cast.includes('channelCloseUp')) return 'close-up';
  if (cast.includes('circuit')) return 'circuit';
  if (cast.includes('spineTimeLapse')) return 'spines';
  if (cast.includes('mtor')) return 'mtor';
  if (cast.includes('bdnf')) return 'bdnf';
  switch (stage.id) {
    case 'infusion':
    case 'safety':
    case 'history':
      return stage.id;
    case 'conditions':
      return condition === 'pain' ? 'dorsal-horn' : (condition ?? 'depression');
    default:
      return 'synapse';
  }
}
