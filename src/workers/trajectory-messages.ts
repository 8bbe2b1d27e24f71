// What the trajectory worker sends back: a simulate() result's samples.
import type { Regimen } from '../model';

export interface TrajectoryReply {
  regimen: Regimen;
  dtMin: number;
  times: Float64Array;
  values: Float64Array;
}
