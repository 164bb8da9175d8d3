import { ImmsimError, type Issue } from '../../src/domain/errors.js';

/** The issues of the ImmsimError `f` throws ([] if it throws none); any other error is rethrown. */
export function issuesOf(f: () => unknown): Issue[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ImmsimError) return e.issues;
    throw e;
  }
  return [];
}
