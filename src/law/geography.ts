import type { Sector } from '../domain/profile.js';

/**
 * Southwest Border Patrol sectors in California and Arizona, within the Court of Appeals for the 9th Circuit, where
 * an injunction limited to the circuit applied (28 USC 41: the 9th Circuit covers California and Arizona; the Texas
 * and New Mexico sectors are in the 5th and 10th Circuits).
 */
export const NINTH_CIRCUIT_SECTORS: readonly Sector[] = ['san-diego', 'el-centro', 'yuma', 'tucson'];

/**
 * Whether a sector lies in the 9th Circuit ('other' does not).
 * @example
 * inNinthCircuitSector('tucson') // true
 * inNinthCircuitSector('el-paso') // false
 */
export function inNinthCircuitSector(sector: Sector): boolean {
  return NINTH_CIRCUIT_SECTORS.includes(sector);
}
