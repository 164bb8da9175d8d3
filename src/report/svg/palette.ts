import { isOutcomeId, type OutcomeId } from '../../domain/outcomes.js';

/**
 * One fixed colour per outcome, the same in every chart. Removal-type outcomes are warm (reds, browns), outcomes
 * that leave the person in the US are cool (green, teal, blue), third-country transfer is purple and pending is
 * grey. Neighbouring colours differ in lightness so the bars stay readable in greyscale.
 * @example
 * OUTCOME_COLORS['relief-granted'] // '#1b7837'
 */
export const OUTCOME_COLORS: Readonly<Record<OutcomeId, string>> = {
  expelled: '#b2182b',
  'voluntary-return': '#f4a582',
  'removed-expedited': '#d6604d',
  'removal-order': '#8c510a',
  'in-absentia-order': '#dfc27d',
  'relief-granted': '#1b7837',
  'voluntary-departure': '#80cdc1',
  terminated: '#4393c3',
  'transferred-third-country': '#762a83',
  pending: '#bababa',
};

/**
 * Colours of the chart furniture: text, axes, grid lines, non-outcome nodes and links.
 * @example
 * CHART_COLORS.text // '#222222'
 */
export const CHART_COLORS = {
  text: '#222222',
  muted: '#666666',
  grid: '#e3e3e3',
  axis: '#999999',
  track: '#f2f2f2',
  node: '#5b6770',
  link: '#8da0b3',
  background: '#ffffff',
} as const;

/**
 * The colour of an outcome id.
 * @example
 * outcomeColor('expelled') // '#b2182b'
 */
export function outcomeColor(id: OutcomeId): string {
  return OUTCOME_COLORS[id];
}

/**
 * The outcome id a state name stands for: the name itself, or its last segment after `.`, `/` or `#`
 * (`case.relief-granted` → `relief-granted`); undefined if none.
 * @example
 * outcomeOfState('border.expelled') // 'expelled'
 * outcomeOfState('hearing')         // undefined
 */
export function outcomeOfState(state: string): OutcomeId | undefined {
  if (isOutcomeId(state)) return state;
  const last = state.split(/[./#]/).pop() ?? '';
  return isOutcomeId(last) ? last : undefined;
}

/**
 * The colour of a flow node: its outcome's colour for an outcome state, otherwise the neutral node colour.
 * @example
 * stateColor('relief-granted') // '#1b7837'
 * stateColor('credible-fear')  // '#5b6770'
 */
export function stateColor(state: string): string {
  const o = outcomeOfState(state);
  return o ? OUTCOME_COLORS[o] : CHART_COLORS.node;
}

/**
 * Black or white, whichever reads better on a `#rrggbb` background (WCAG relative luminance).
 * @example
 * contrastText('#1b7837') // '#ffffff'
 * contrastText('#dfc27d') // '#000000'
 */
export function contrastText(background: string): '#000000' | '#ffffff' {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!m) return '#000000';
  const lin = (h: string | undefined) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
  // Contrast with black (l + 0.05) / 0.05 versus with white 1.05 / (l + 0.05).
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
