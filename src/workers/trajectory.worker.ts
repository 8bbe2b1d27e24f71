// Simulates a regimen's 14-day model trajectory off the main thread (~100 ms on a laptop, about
// 0.4-1.5 s on a throttled phone) and sends its samples back (transferred, not copied).
import { simulate, type Regimen } from '../model';
import type { TrajectoryReply } from './trajectory-messages';

addEventListener('message', (event: MessageEvent<Regimen>) => {
  const traj = simulate(event.data);
  const reply: TrajectoryReply = {
    regimen: traj.regimen,
    dtMin: traj.dtMin,
    times: traj.times,
    values: traj.values,
  };
  postMessage(reply, { transfer: [traj.times.buffer, traj.values.buffer] });
});
