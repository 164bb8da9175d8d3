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

// Port-of-entry (OFO) arrivals: monthly totals and, where published, demographics; the rest from fiscal-year records
// or derived (all-CBP minus Border Patrol). scripts/history/port-rows.ts builds the rows; docs/history.md explains.
export const PORT_SOURCES = {
  total: 'ofo_swb_monthly_total',
  fy2016Total: 'ofo_swb_fy_total_2016',
  fy2016Uac: 'ofo_swb_uac_fy2016',
  fy2016Fmua: 'ofo_swb_fmua_fy2016',
  singleAdults: 'ofo_swb_monthly_single_adults',
  fmua: 'ofo_swb_monthly_fmua',
  uac: 'ofo_swb_monthly_uac',
  fy2018Fmua: 'ofo_swb_fmua_by_country_fy2018',
  fy2018Uac: 'ofo_swb_uac_by_country_fy2018',
  fy2018Total: 'ofo_swb_fy_total_2018',
  // data/reference/ports-inputs.json: OFO UAC and family units, fiscal year to date through January (all countries).
  fy2018TdJanUac: 'ofo_swb_uac_fy2018_td_jan',
  fy2018TdJanFmua: 'ofo_swb_fmua_fy2018_td_jan',
  fy2019TdJanUac: 'ofo_swb_uac_fy2019_td_jan',
  fy2019TdJanFmua: 'ofo_swb_fmua_fy2019_td_jan',
  cbpSingleAdults: 'cbp_swb_monthly_single_adults',
  cbpFmua: 'cbp_swb_monthly_fmua',
  cbpUc: 'cbp_swb_monthly_uc',
  cbpMX: 'cbp_swb_monthly_cit_mexico',
  cbpGT: 'cbp_swb_monthly_cit_guatemala',
  cbpHN: 'cbp_swb_monthly_cit_honduras',
  cbpSV: 'cbp_swb_monthly_cit_el_salvador',
  cbpOther: 'cbp_swb_monthly_cit_other',
  cbpTotal: 'cbp_swb_monthly_total',
} as const;
