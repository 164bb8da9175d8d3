/** One problem with user input: where it is and what is wrong. */
export interface Issue {
  /** Path to the offending field, e.g. ['params', 'cfPositive', 'value']. */
  path: (string | number)[];
  message: string;
}

/**
 * The error immsim throws for bad input. `issues` is data; `message` is one readable line per issue.
 * @example
 * try { makeProfile({ citizenship: 'Mexico' } as any) } catch (e) { if (e instanceof ImmsimError) e.issues[0].path }
 */
export class ImmsimError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[] | string) {
    const list = typeof issues === 'string' ? [{ path: [], message: issues }] : issues;
    super(list.map(formatIssue).join('; '));
    this.name = 'ImmsimError';
    this.issues = list;
  }
}

/**
 * `path: message`, or just the message when the path is empty.
 * @example
 * formatIssue({ path: ['params', 'cfPositive'], message: 'must be a share' }) // 'params.cfPositive: must be a share'
 */
export function formatIssue(issue: Issue): string {
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
