/** Engine settings that apply to the whole process (or page), like zod's `z.config`. */
export interface EngineConfig {
  /**
   * Run machines without generated code (no `new Function`), for a strict Content-Security-Policy. Default: detected
   * — generated code where the runtime allows it, the interpreter where it refuses. Results are identical either way.
   */
  jitless?: boolean;
}

let setting: boolean | undefined;
let detected: boolean | undefined;

/**
 * Sets engine options for machines compiled from now on (call it before the first run).
 * @example
 * configure({ jitless: true }); // never use new Function, e.g. under a strict CSP
 */
export function configure(config: EngineConfig): void {
  if (config.jitless !== undefined && typeof config.jitless !== 'boolean') {
    throw new TypeError(`configure: jitless must be true or false; got ${JSON.stringify(config.jitless)}`);
  }
  setting = config.jitless;
}

/**
 * Whether machines run jitless: as configured, else whether this runtime refuses `new Function`.
 * @example
 * jitless() // false in Node; true in a page whose CSP has no 'unsafe-eval'
 */
export function jitless(): boolean {
  if (setting !== undefined) return setting;
  if (detected === undefined) {
    try {
      detected = new Function('return true')() !== true;
    } catch {
      detected = true;
    }
  }
  return detected;
}

/**
 * The explicit setting, if any (undefined: detect), as the pool passes it on to its workers.
 * @example
 * configure({ jitless: true }); jitlessSetting() // true
 */
export function jitlessSetting(): boolean | undefined {
  return setting;
}
