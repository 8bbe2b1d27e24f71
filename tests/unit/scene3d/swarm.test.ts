import { BoxGeometry, InstancedMesh, Matrix4, MeshBasicMaterial, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { Swarm } from '../../../src/scene3d/system/swarm';

const positions = (s: Swarm) => [...s.px, ...s.py, ...s.pz];

describe('Swarm', () => {
  it('reuses slots round-robin and ages molecules out', () => {
    const s = new Swarm(3, 1);
    for (let i = 0; i < 4; i++) s.spawn(i, 0, 0, 0, 0, 0, 1);
    expect([...s.px]).toEqual([3, 1, 2]); // the fourth took the oldest slot
    expect([0, 1, 2].every((i) => s.alive(i))).toBe(true);
    s.step(0.6, 0, 0);
    s.step(0.6, 0, 0);
    expect([0, 1, 2].some((i) => s.alive(i))).toBe(false);
  });

  it('moves by velocity, relaxes it by drag, and ignores a zero or negative step', () => {
    const s = new Swarm(1, 2);
    s.spawn(0, 0, 0, 2, 0, 0, 10);
    s.step(0, 0, 1);
    s.step(-1, 0, 1);
    expect(s.px[0]).toBe(0);
    s.step(0.5, 0, Math.log(2)); // drag halves the velocity per second
    expect(s.vx[0]).toBeCloseTo(2 * Math.SQRT1_2, 5);
    expect(s.px[0]).toBeCloseTo(0.5 * 2 * Math.SQRT1_2, 5);
  });

  it('is reproducible from its seed, and reset returns to it', () => {
    const run = (s: Swarm) => {
      s.spawn(0, 0, 0, 0, 0, 0, 10);
      for (let k = 0; k < 20; k++) s.step(0.05, 1, 2);
      return positions(s);
    };
    const a = new Swarm(1, 7);
    const first = run(a);
    expect(run(new Swarm(1, 7))).toEqual(first);
    expect(run(new Swarm(1, 8))).not.toEqual(first);
    a.reset();
    expect(a.alive(0)).toBe(false);
    expect(run(a)).toEqual(first);
  });

  it('writes only living molecules into the mesh, growing in and shrinking out', () => {
    const mesh = new InstancedMesh(new BoxGeometry(), new MeshBasicMaterial(), 4);
    const s = new Swarm(4, 3);
    s.spawn(1, 2, 3, 0, 0, 0, 1);
    s.spawn(5, 5, 5, 0, 0, 0, 0.01);
    s.step(0.05, 0, 0); // the second is gone; the first is 0.05 s old
    s.write(mesh, 2, 0);
    expect(mesh.count).toBe(1);
    const m = new Matrix4();
    mesh.getMatrixAt(0, m);
    const p = new Vector3();
    const scale = new Vector3();
    m.decompose(p, new Quaternion(), scale);
    p.toArray().forEach((v, i) => expect(v).toBeCloseTo([1, 2, 3][i]!, 5));
    expect(scale.x).toBeCloseTo(2 * 0.05 * 8, 5); // fading in: size x age x 8
  });
});
