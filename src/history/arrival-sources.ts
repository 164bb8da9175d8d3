// The series of data/reference/history-inputs.json used as arrivals (see docs/history.md): exact CBP USBP totals and
// demographics; citizenship only exists monthly as OHSS values rounded to 10, used as shares. One list for the
// library (src/history/arrivals.ts) and the script that extracts the data (scripts/history/extract-arrivals.ts).
export const ARRIVAL_SOURCES = {
  total: 'usbp_swb_monthly_total',
  'single-adult': 'usbp_swb_monthly_single_adults',
  'family-unit': 'usbp_swb_monthly_fmua',
  uac: 'usbp_swb_monthly_uac',
  MX: 'usbp_swb_monthly_cit_mexico_ohss',
  GT: 'usbp_swb_monthly_cit_guatemala_ohss',
  HN: 'usbp_swb_monthly_cit_honduras_ohss',
  SV: 'usbp_swb_monthly_cit_el_salvador_ohss',
  other: 'usbp_swb_monthly_cit_other_ohss',
} as const;
