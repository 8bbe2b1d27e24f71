// Soft illustration lighting: a cool sky / warm ground fill, a warm key from the upper front
// and a cool rim from behind that outlines the membranes against the dark background.
export function Lights({ calm = false }: { calm?: boolean }) {
  return (
    <>
      <hemisphereLight args={['#c4d2ff', '#40302c', calm ? 0.9 : 1.15]} />
      <directionalLight position={[5, 7, 9]} intensity={calm ? 1.3 : 2.1} color="#fff1e0" />
      <directionalLight position={[-6, 4, -7]} intensity={calm ? 1.0 : 1.6} color="#9dbcff" />
    </>
  );
}
