// A fixed pool of moving molecules (positions, velocities, ages in typed arrays) written into
// one InstancedMesh. Spawning reuses slots; nothing is allocated after construction.
import { Euler, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import { createRng, type Rng } from '../../model';

const _matrix = new Matrix4();
const _quaternion = new Quaternion();
const _euler = new Euler();
const _position = new Vector3();
const _scale = new Vector3();

export class Swarm {
  readonly n: number;
  readonly px: Float32Array;
  readonly py: Float32Array;
  readonly pz: Float32Array;
  readonly vx: Float32Array;
  readonly vy: Float32Array;
  readonly vz: Float32Array;
  readonly age: Float32Array;
  readonly life: Float32Array;
  readonly rng: Rng;
  private nextSlot = 0;
  private readonly seed: number;

  constructor(n: number, seed: number) {
    this.n = n;
    this.seed = seed;
    this.px = new Float32Array(n);
    this.py = new Float32Array(n);
    this.pz = new Float32Array(n);
    this.vx = new Float32Array(n);
    this.vy = new Float32Array(n);
    this.vz = new Float32Array(n);
    this.age = new Float32Array(n);
    this.life = new Float32Array(n);
    this.rng = createRng(seed);
  }

  /** Everything gone, RNG back to its seed (for reproducible still frames). */
  reset(): void {
    this.life.fill(0);
    this.age.fill(0);
    this.nextSlot = 0;
    this.rng.setState(createRng(this.seed).getState());
  }

  /** Uniform random in [a, b). */
  rand(a: number, b: number): number {
    return a + (b - a) * this.rng.next();
  }

  spawn(x: number, y: number, z: number, vx: number, vy: number, vz: number, life: number): void {
    const i = this.nextSlot;
    this.nextSlot = (i + 1) % this.n;
    this.px[i] = x;
    this.py[i] = y;
    this.pz[i] = z;
    this.vx[i] = vx;
    this.vy[i] = vy;
    this.vz[i] = vz;
    this.age[i] = 0;
    this.life[i] = life;
  }

  alive(i: number): boolean {
    return (this.age[i] ?? 0) < (this.life[i] ?? 0);
  }

  /** Brownian-like motion: velocity relaxes and gets random kicks; then moves. */
  step(dt: number, jitter: number, drag: number): void {
    if (dt <= 0) return;
    const k = Math.exp(-drag * dt);
    const kick = jitter * Math.sqrt(dt);
    for (let i = 0; i < this.n; i++) {
      if (!this.alive(i)) continue;
      this.vx[i] = this.vx[i]! * k + (this.rng.next() - 0.5) * kick;
      this.vy[i] = this.vy[i]! * k + (this.rng.next() - 0.5) * kick;
      this.vz[i] = this.vz[i]! * k + (this.rng.next() - 0.5) * kick;
      this.px[i] = this.px[i]! + this.vx[i]! * dt;
      this.py[i] = this.py[i]! + this.vy[i]! * dt;
      this.pz[i] = this.pz[i]! + this.vz[i]! * dt;
      this.age[i] = this.age[i]! + dt;
    }
  }

  /**
   * Writes the living molecules into the first instances of the mesh (they tumble and fade in
   * and out by scale) and draws only those: dead slots cost no vertex work.
   */
  write(mesh: InstancedMesh, size: number, t: number): void {
    let k = 0;
    for (let i = 0; i < this.n; i++) {
      if (!this.alive(i)) continue;
      const a = this.age[i]!;
      const l = this.life[i]!;
      const sc = size * Math.min(1, a * 8, (l - a) * 3);
      _position.set(this.px[i]!, this.py[i]!, this.pz[i]!);
      _euler.set(i * 1.7 + t * 1.3, i * 0.9 + t * 0.7, i * 2.3);
      _quaternion.setFromEuler(_euler);
      _scale.setScalar(Math.max(0, sc));
      _matrix.compose(_position, _quaternion, _scale);
      mesh.setMatrixAt(k++, _matrix);
    }
    mesh.count = k;
    mesh.instanceMatrix.needsUpdate = true;
  }
}
