// Spikes of the circuit view: a regular train of pulses travelling along an axon, placed from a
// firing rate and an accumulated phase. Pure functions, no three, no allocation.
//
// ILLUSTRATIVE RATES. The model gives firing relative to baseline (cascade `interneuron` and
// `pyramidal`, 1 = before ketamine); the baselines below turn that into spikes per second for the
// picture only. They are chosen so that the fast-spiking interneuron fires faster than the
// pyramidal cell, as in recordings from rodent cortex (pd.disinhibition names the rat study
// whose order of events the model follows); they are not measured values for either cell.

/** Interneuron baseline firing, spikes/s (illustrative). */
export const INTERNEURON_BASE_HZ = 10;
/** Pyramidal cell baseline firing, spikes/s (illustrative). */
export const PYRAMIDAL_BASE_HZ = 3;
/**
 * Seconds a pulse takes along each drawn axon. Real spikes cross a local axon in about a
 * millisecond; the pulses are slowed so the eye can count them. Number on the axon at once =
 * rate × travel time (interneuron 12 at baseline, pyramidal cell 9).
 */
export const INTERNEURON_TRAVEL_SEC = 1.2;
export const PYRAMIDAL_TRAVEL_SEC = 3;

/** Spikes per second from a relative activity (1 = baseline); never negative. */
export function firingHz(relative: number, baseHz: number): number {
  return Number.isFinite(relative) && relative > 0 ? relative * baseHz : 0;
}

/**
 * Places a regular train of spikes on an axon: the spike fired last is `frac(phase) / rate`
 * seconds old, each earlier one 1/rate s older, and a spike `age` seconds old sits at
 * u = age / travelSec (0 = the cell body, 1 = the end of the axon). `phase` is the number of
 * spikes fired so far (the integral of the rate over time), so a changing rate keeps the pulses
 * moving at the same speed. Writes the positions (0..1) into `out`, newest first, and returns
 * how many there are: about rate × travelSec (one more or less, as the phase turns), at most
 * out.length.
 */
export function placeSpikes(
  phase: number,
  rateHz: number,
  travelSec: number,
  out: Float32Array,
): number {
  if (!(rateHz > 0) || !(travelSec > 0)) return 0;
  const f = phase - Math.floor(phase);
  const step = 1 / (rateHz * travelSec);
  let n = 0;
  for (let u = f * step; u < 1 && n < out.length; u += step) out[n++] = u;
  return n;
}

/**
 * Seconds since the last spike reached the end of the axon, for a train placed by placeSpikes
 * with the same arguments (`drawn` = its count): the next older spike is (frac + drawn) / rate
 * seconds old and arrived when it was travelSec old. Infinity for a silent cell.
 */
export function sinceArrival(
  phase: number,
  rateHz: number,
  travelSec: number,
  drawn: number,
): number {
  if (!(rateHz > 0) || !(travelSec > 0)) return Infinity;
  const f = phase - Math.floor(phase);
  return (f + drawn) / rateHz - travelSec;
}

/** Phase of a still picture (reduced motion): every spike half an interval along, so the count
 * is rate × travelSec rounded. */
export const STILL_PHASE = 0.5;
