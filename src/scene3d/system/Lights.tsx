// Soft illustration lighting: a cool sky / warm ground fill, a warm key from the upper front
// and a cool rim from behind that outlines the membranes against the dark background. The
// membranes (membrane-material.ts) take the same rig through shared uniforms.
import { useLayoutEffect } from 'react';
import { setMembraneLights } from './membrane-material';

const SKY = '#c4d2ff';
const GROUND = '#40302c';
const KEY = '#fff1e0';
const BACK = '#9dbcff';

export function Lights({ calm = false }: { calm?: boolean }) {
  // the calm view (side effects, history) is softer, not darker: dimmer than 80 % read as murky
  const hemi = calm ? 1.05 : 1.15;
  const key = calm ? 1.75 : 2.1;
  const back = calm ? 1.35 : 1.6;
  useLayoutEffect(() => {
    setMembraneLights({
      sky: SKY,
      ground: GROUND,
      hemi,
      key: KEY,
      keyIntensity: key,
      back: BACK,
      backIntensity: back,
    });
  }, [hemi, key, back]);
  return (
    <>
      <hemisphereLight args={[SKY, GROUND, hemi]} />
      <directionalLight position={[5, 7, 9]} intensity={key} color={KEY} />
      <directionalLight position={[-6, 4, -7]} intensity={back} color={BACK} />
    </>
  );
}
