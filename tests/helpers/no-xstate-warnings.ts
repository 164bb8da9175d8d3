// Registered in vitest.config.ts (setupFiles): a test that makes XState warn (e.g. "Event … was sent to stopped
// actor") fails, so the suite's output stays free of such warnings (issue 9). The warning still prints.
import { afterEach, beforeEach, expect, vi } from 'vitest';

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  const original = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const text = String(args[0]);
    if (/was sent to stopped actor/.test(text)) warnings.push(text.split('\n')[0]!);
    original(...args);
  });
});
afterEach(() => {
  expect(warnings, 'XState warned: send no events to a finished actor').toEqual([]);
});
