// The history-mode section of docs/calibration.md: a replay's fiscal-year outputs beside published figures of
// data/reference/history-inputs.json that history mode does NOT take as inputs (its only inputs are the monthly
// southwest-border encounters between ports (Border Patrol) and at ports of entry (OFO) and their demographic and
// citizenship splits). Deterministic: fixed seed, one worker.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { simulateHistory, simulateHistoryShard } from '../../src/index.js';
import { interval } from '../../src/history/summarise.js';
import { MPP_RATE_FIT } from '../../src/policy/params/base.js';

const SCALE = 0.05;
const SEED = 2021;
// MPP returns: replications of Oct 2018 – Jan 2021 (MPP enrolled from 28 Jan 2019 until 20 Jan 2021), so the sum
// over the months a published total covers has a 95% interval.
const MPP_REPLICATIONS = 8;

interface Rec { id: string; period: string; value: unknown; source?: string }
interface Series { id: string; values: Record<string, number> }

// Days (below 100) keep a decimal; counts are whole.
const fmt = (x: number) => (Math.abs(x) < 100 && !Number.isInteger(x) ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));

/**
 * The history section: EOIR initial receipts by fiscal year and USCIS credible-fear receipts and positive findings
 * (FY2020, FY2021) beside the replay's court receipts, fear claims and positive screens.
 * @example
 * (await historyCalibrationSection()).startsWith('## History mode') // true
 */
export async function historyCalibrationSection(): Promise<string> {
  const ref = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/reference/history-inputs.json', import.meta.url)), 'utf8')) as { records: Rec[]; series: Series[] };
  const rec = new Map(ref.records.map((r) => [r.id, r]));
  const ser = new Map(ref.series.map((s) => [s.id, s.values]));
  const h = await simulateHistory({ from: '2015-10', to: '2021-09', seed: SEED, scale: SCALE, replications: 1, workers: 1 });
  const fySum = (values: Record<string, number> | undefined, fy: number) => {
    let s = 0;
    let n = 0;
    for (const [m, v] of Object.entries(values ?? {})) {
      const [y, mm] = m.split('-').map(Number) as [number, number];
      if ((mm >= 10 ? y + 1 : y) === fy) {
        s += v;
        n++;
      }
    }
    return n === 12 ? s : NaN;
  };
  const modelFy = (id: string, fy: number) => h.months.reduce((s, m, i) => {
    const [y, mm] = m.split('-').map(Number) as [number, number];
    return (mm >= 10 ? y + 1 : y) === fy ? s + h.series[id as 'encounters'].mean[i]! : s;
  }, 0);
  const rows: string[] = [];
  const row = (published: string, value: number, model: number, why: string, ci?: [number, number]) =>
    rows.push(`| ${published} | ${fmt(value)} | ${fmt(model)}${ci ? ` (95% CI ${fmt(ci[0])}–${fmt(ci[1])})` : ''} | ${Number.isFinite(value) && value > 0 ? `${((model / value - 1) * 100).toFixed(0)}%` : '–'} | ${why} |`);
  for (const fy of [2016, 2017, 2018, 2019, 2020]) {
    const r = rec.get(`eoir_initial_receipts_fy${fy}`);
    if (r && typeof r.value === 'number') {
      row(`\`${r.id}\`: EOIR initial receipts, FY${fy} (all sources)`, r.value, h.fiscalYears[`FY${fy}`]!['court-receipts'].mean,
        'An input with capacity on: receipts from outside the southwest border fill up to this total pro rata (docs/capacity.md); a gap is the model\'s own border cases running ahead of the pro-rata total.');
    }
  }
  // Capacity (docs/capacity.md): the court's completions and pending caseload, and ICE detention, which are not inputs.
  const cal = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/reference/calibration-inputs.json', import.meta.url)), 'utf8')) as { records: Rec[] };
  const crec = new Map(cal.records.map((r) => [r.id, r]));
  const completions = crec.get('eoir_completions_fy2019');
  if (completions && typeof completions.value === 'number') {
    row('`eoir_completions_fy2019`: EOIR completions, FY2019', completions.value, h.fiscalYears.FY2019!['court-completions'].mean,
      'Completions come from judges × 678–700 completions a year (published productivity), less the judge time of dockets that run empty (the detained docket when exogenous receipts are few).');
  }
  // FY2020 and FY2021 completions (not in data/reference; public figures): EOIR's total completions of FY2020 (initial
  // and subsequent, Adjudication Statistics, data generated 19 Apr 2021) and TRAC's total of FY2021 (report 695).
  row('EOIR total completions, FY2020 (Adjudication Statistics "Pending Cases, New Cases, and Total Completions", data generated 19 Apr 2021, docslib.org/doc/3527409)', 231659, h.fiscalYears.FY2020!['court-completions'].mean,
    'The postponement of non-detained hearings from 18 Mar 2020 and their staged reopening (docs/capacity.md, "The 2020–21 postponement").');
  row('TRAC total case completions, FY2021 (trac.syr.edu/reports/695, 16 Sep 2022, Table 1)', 145306, h.fiscalYears.FY2021!['court-completions'].mean,
    'Most courts\' non-detained dockets stayed postponed until 17 May 2021; the detained docket hears every ICE interior book-in (an upper bound), so the model runs high.');
  // The COVID-19 postponement of 2020 (court-resumption-inputs.json, eoir_completions_monthly_2020_trac): completions in
  // July 2020 against January – February 2020, with capacity (the default run) and without (the staged reopening of
  // src/history/court-reopening.ts stands in for the court queues).
  const at = (x: { months: string[]; series: Record<string, { mean: number[] }> }, m: string) => x.series['court-completions']!.mean[x.months.indexOf(m)]!;
  row('`eoir_completions_monthly_2020_trac`: EOIR completions, July 2020 (TRAC, all courts)', 5960, at(h, '2020-07'),
    'With capacity on (the default): the non-detained dockets (general and family-unit) sit at the share of courts reopened (`nondetained-open`: 6/67 on 29 Jun 2020 … 20/67 from 21 Sep 2020, the schedule of src/policy/court-reopening.ts); the detained docket keeps its judges and hears ICE\'s interior book-ins in full (an upper bound, docs/capacity.md); TRAC counts 196 hearing locations completing cases, most only a few.');
  const noCap = await simulateHistory({ from: '2019-07', to: '2020-09', seed: SEED, scale: SCALE, replications: 1, workers: 1, capacity: false });
  const ratio = (x: typeof noCap) => (100 * at(x, '2020-07')) / ((at(x, '2020-01') + at(x, '2020-02')) / 2);
  row('`eoir_completions_monthly_2020_trac`: completions in July 2020 as % of the January – February 2020 mean (5,960 / 41,919)', 14, ratio(noCap),
    `Model without capacity (its own border cases only): non-detained dockets reopen court by court after 26 Jun 2020 (20 of 67 courts by 21 Sep 2020, the rest on 17 May 2021, court-resumption-inputs.json); with capacity on the same ratio is ${ratio(h as typeof noCap).toFixed(0)}%.`);
  const sep2021 = h.months.indexOf('2021-09');
  row('TRAC active backlog, end Oct 2021 (trac.syr.edu, Quick Facts, 15 Nov 2021): 1,486,495; end Sep 2021 ≈ 1,486,495 − ~50,000 October receipts + 21,154 October completions', 1457649, h.series['court-pending'].mean[sep2021]!,
    'Model: pending at the end of Sep 2021 (the queues\' cases plus the model\'s own cases still in the court after their first hearing). TRAC counts the active docket only (300,000+ recalendared cases are outside it).');
  // ICE detention (docs/capacity.md): with capacity on, ice-adp is the model's own border detainees + the interior
  // detainees, so it compares with all of ICE; ice-alos is the own detainees' stays, so it compares with ICE's ALOS of
  // book-ins arrested by CBP (ICE detention statistics by arresting agency, law-review-inputs.json).
  const lrev = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/reference/law-review-inputs.json', import.meta.url)), 'utf8')) as { records: Rec[] };
  const lrec = new Map(lrev.records.map((r) => [r.id, r]));
  const ADP_WHY = 'Model: its own border detainees (ICE custody from expedited removal to removal or release, family centres, held after a removal order) + interior detainees (ICE-arrest book-ins × the ICE-arrest ALOS, docs/capacity.md).';
  for (const [id, fy] of [['ice_adp_fy2017', 'FY2017'], ['ice_adp_fy2019', 'FY2019']] as const) {
    const r = crec.get(id);
    if (r && typeof r.value === 'number') {
      row(`\`${id}\`: ICE average daily population, ${fy}`, r.value, h.fiscalYears[fy]!['ice-adp'].mean,
        `${ADP_WHY}${id === 'ice_adp_fy2019' ? ' The own detainees\' stays are derived from the FY2019 ALOS of CBP book-ins (airRemovalDays), not from this figure; it also scales the 2020 era\'s detention shares.' : ''}`);
    }
  }
  for (const [id, fy, v] of [['ice_detention_stats_fy2020', 'FY2020', 33_724], ['ice_detention_stats_fy2021', 'FY2021', 19_254]] as const) {
    if (lrec.has(id)) row(`\`${id}\` note: ICE average daily population, ${fy} (year-end detention statistics)`, v, h.fiscalYears[fy]!['ice-adp'].mean, 'As above.');
  }
  for (const [id, fy] of [['ice_detention_stats_fy2019', 'FY2019'], ['ice_detention_stats_fy2020', 'FY2020'], ['ice_detention_stats_fy2021', 'FY2021']] as const) {
    const r = lrec.get(id);
    if (r && typeof r.value === 'number') {
      row(`\`${id}\`: ICE average length of stay (days) of book-ins arrested by CBP, ${fy}`, r.value, h.fiscalYears[fy]!['ice-alos'].mean,
        fy === 'FY2019'
          ? 'Not independent: `airRemovalDays` (how long non-Mexicans wait in ICE custody for removal by air) was derived so that the static model matches this figure. Model: the stays of its own border detainees, book-outs of at least one day.'
          : fy === 'FY2020'
            ? 'COVID: removal flights slowed and ICE held its detainees longer (CBP-arrest ALOS rose from 58 days in Oct 2019 to 135 in Jun 2020); the model keeps the FY2019 removal time.'
            : 'The model keeps the FY2019 removal time for the Title 42 and 2021 eras.');
    }
  }
  const alos2017 = crec.get('ice_alos_fy2017');
  if (alos2017 && typeof alos2017.value === 'number') {
    row('`ice_alos_fy2017`: ICE average length of stay (days), FY2017, all book-ins (no split by arresting agency published)', alos2017.value, h.fiscalYears.FY2017!['ice-alos'].mean,
      'All of ICE: interior arrests stay longer (54.5 days against 26.6 for CBP arrests in FY2019); the model\'s figure is its own border detainees only.');
  }
  for (const fy of [2020, 2021]) {
    const receipts = fySum(ser.get('uscis_cf_monthly_receipts'), fy);
    row(`\`uscis_cf_monthly_receipts\` summed: USCIS credible-fear receipts, FY${fy} (all borders and ports)`, receipts, modelFy('fear-claims', fy),
      'The model counts credible- and reasonable-fear claims of southwest-border encounters (between ports and at ports of entry); USCIS counts all borders and the interior.');
    const found = fySum(ser.get('uscis_cf_monthly_fear_established'), fy);
    row(`\`uscis_cf_monthly_fear_established\` summed: fear established, FY${fy}`, found, modelFy('fear-screens-positive', fy),
      'As above; the model screens within days of the claim, USCIS counts decisions in the month they are made.');
  }
  const mpp = await mppSection();
  return [
    '## History mode beside published figures it was not given',
    '',
    `A replay of Oct 2015 – Sep 2021 (\`simulateHistory\`, seed ${SEED}, scale ${SCALE}, one replication; counts scaled back)`,
    'beside published figures that history mode does not take as inputs (its inputs are the monthly southwest-border',
    'encounters between ports and at ports of entry and their splits, docs/history.md; with capacity on — the default — also the capacity series and the',
    'court receipts and ICE interior detainees derived from published totals, docs/capacity.md). Figures of the whole',
    "system (other borders, the interior, earlier years' cases) can be larger than the model's by construction; the gap",
    'column says by how much, not how wrong.',
    '',
    '| published figure | published | model | gap | why they may differ |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    ...mpp,
  ].join('\n');
}

/**
 * MPP in history: the sums of `mpp-returns` over the months a published count covers, and `waiting-in-mexico` at a
 * month end (mean and 95% interval across replications). The two return rates are calibrated to two of these counts
 * (scripts/calibration/mpp-rate.ts), which are therefore inputs; the others are checks.
 * @example
 * (await mppSection()).join('\n').includes('### MPP') // true
 */
async function mppSection(): Promise<string[]> {
  const s = await simulateHistoryShard({ from: '2018-10', to: '2021-01', seed: SEED, scale: SCALE, replications: MPP_REPLICATIONS, workers: 1, shard: { index: 0, count: 1 } });
  const months = s.replications[0]!.series['mpp-returns'].map((_, i) => {
    const m = 9 + i; // Oct 2018 is month 9 (0-based) of 2018
    return `${2018 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
  const sum = (from: string, to: string) => interval(s.replications.map((r) => r.series['mpp-returns'].reduce((t, v, i) => (months[i]! >= from && months[i]! <= to ? t + v : t), 0)));
  const stock = (month: string) => interval(s.replications.map((r) => r.series['waiting-in-mexico'][months.indexOf(month)]!));
  const line = (published: string, value: number, m: { mean: number; ci95: [number, number] }, why: string) =>
    `| ${published} | ${fmt(value)} | ${fmt(m.mean)} (95% CI ${fmt(m.ci95[0])}–${fmt(m.ci95[1])}) | ${Math.round((m.mean / value - 1) * 100) || 0}% | ${why} |`;
  const DEF = 'TRAC counts MPP court cases (people enrolled), CBP counts enrolments; the model counts returns to Mexico at the custody decision (the same people).';
  const inputs = [
    line('`mpp_representation_ever` note: TRAC, 67,790 MPP cases by ~Sep 2020 (model: Jan 2019 – Sep 2020)', 67_790, sum('2019-01', '2020-09'),
      `Fits the mpp-2019 era's return rate (${MPP_RATE_FIT.mpp2019}). ${DEF}`),
    line('`mpp_enrolments_cbp_monthly`: CBP, MPP enrolments Apr – Sep 2020 (model: the same months)', 2_864, sum('2020-04', '2020-09'),
      `Fits the title42-2020 era's return rate (${MPP_RATE_FIT.title42}): few were processed under Title 8, and most of those who were and could be returned were.`),
  ];
  const checks = [
    line('`mpp_outcomes_nov2019_trac`: TRAC, 56,004 MPP cases filed Jan – Nov 2019 (model: Jan – Nov 2019)', 56_004, sum('2019-01', '2019-11'),
      `When in 2019 the returns happen: the sites opened one by one (mpp-site-*), the rate is one for the era. ${DEF}`),
    ...([['2020-01', 'Jan', 1_974], ['2020-02', 'Feb', 1_829], ['2020-03', 'Mar', 2_255]] as const).map(([m, name, v]) => line(`\`mpp_enrolments_cbp_monthly\` note: CBP, MPP enrolments ${name} 2020`, v, sum(m, m),
      m === '2020-03' ? 'Title 42 from 21 Mar 2020: the last 11 days are under the title42-2020 era.' : 'One month of the mpp-2019 era, not used in the fit: the rate is one for the whole era, while enrolments fell from their 2019 peak.')),
    line('`mpp_enrolments_cbp_monthly` note: CBP, MPP enrolments Oct 2020 – Jan 2021 (model: the same months; MPP enrolment stops 20 Jan 2021)', 3_289, sum('2020-10', '2021-01'),
      'Title 42 era months after the fitted ones: arrivals grew, and so did the few processed under Title 8.'),
    line('TRAC via Arizona Republic (azcentral.com, 30 Aug 2021, "The U.S. sent back more than 71,000 migrants under \'Remain in Mexico.\'"): more than 71,000 by Jan 2021 (model: Jan 2019 – Jan 2021)', 71_000, sum('2019-01', '2021-01'),
      'Not independent: the fitted 67,790 plus four months; American Immigration Council (fact sheet, 2021–2024) says "nearly 70,000".'),
    line('`mpp_outcomes_nov2019_trac`: TRAC, 56,004 MPP cases filed − 24,231 completed = 31,773 pending, ~end Nov 2019 (derived; model: people waiting in Mexico at the end of Nov 2019)', 31_773, stock('2019-11'),
      'TRAC counts open court cases, wherever the person is; the model counts people in Mexico with an open MPP case. Hearings came every 60–120 days (mpp_hearing_wait_days), so the stock follows the returns of the months before.'),
    line('`mpp_in_absentia_jun2021_trac` note: TRAC, 26,432 MPP cases pending at the end of Jan 2021 (model: people waiting in Mexico at the end of Jan 2021)', 26_432, stock('2021-01'),
      'TRAC counts open court cases, wherever the person is (some went home or crossed again); the model counts people in Mexico with an open MPP case, whose hearings have been postponed since Mar 2020.'),
  ];
  const head = ['| published figure | published | model | gap | why they may differ |', '|---|---|---|---|---|'];
  return [
    '### MPP: returns to Mexico and people waiting there',
    '',
    `${MPP_REPLICATIONS} replays of Oct 2018 – Jan 2021 (seed ${SEED}, scale ${SCALE}), summed over the months each published count covers. The return`,
    'to Mexico is a rate among the people the law lets be returned at the custody decision (MPP-eligible); no published figure',
    'has that denominator, so the two rates are calibrated through the replay by `scripts/calibration/mpp-rate.ts` (seed 2021,',
    'scale 0.25) to the first two figures, which are therefore inputs, not checks.',
    '',
    '**Inputs (the rates are fitted to them)**',
    '',
    ...head,
    ...inputs,
    '',
    '**Checks (not used in the fit)**',
    '',
    ...head,
    ...checks,
    '',
  ];
}
