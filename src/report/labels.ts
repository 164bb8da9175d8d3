import type { OutcomeId } from '../domain/outcomes.js';

/**
 * Short human labels for the outcome ids, used by tables, legends and tooltips (the ids stay in data attributes and
 * CSV).
 * @example
 * OUTCOME_LABELS['removed-expedited'] // 'Removed (expedited)'
 */
export const OUTCOME_LABELS: Readonly<Record<OutcomeId, string>> = {
  expelled: 'Expelled (Title 42)',
  'voluntary-return': 'Voluntary return',
  'removed-expedited': 'Removed (expedited)',
  'removal-order': 'Removal order',
  'in-absentia-order': 'In absentia order',
  'relief-granted': 'Relief granted',
  'voluntary-departure': 'Voluntary departure',
  terminated: 'Terminated',
  'transferred-third-country': 'Transferred to third country',
  pending: 'Pending',
};

/**
 * The label of an outcome id.
 * @example
 * outcomeLabel('in-absentia-order') // 'In absentia order'
 */
export function outcomeLabel(id: OutcomeId): string {
  return OUTCOME_LABELS[id];
}
