// Builds the port-of-entry (OFO) arrival rows from data/reference/history-inputs.json, fiscal year by fiscal year
// (docs/history.md, "Port-of-entry arrivals"). Used by scripts/history/extract-arrivals.ts and its test.
import { ARRIVAL_SOURCES as USBP, PORT_SOURCES as P } from '../../src/history/arrival-sources.js';

interface Reference {
  series: { id: string; values: Record<string, number> }[];
  records: { id: string; value: unknown }[];
}
/** data/reference/ports-inputs.json: OFO figures found beside the shared reference. */
interface PortsReference {
  records: { id: string; value: unknown }[];
}
type Row = [string, number, number, number, number, number, number, number, number, number];

const fyOf = (m: string) => (Number(m.slice(5)) >= 10 ? Number(m.slice(0, 4)) + 1 : Number(m.slice(0, 4)));
const sum = (o: Record<string, number>) => Object.values(o).reduce((s, v) => s + v, 0);

/**
 * One row per month: [month, total, single adults, FMUA, UAC, MX, GT, HN, SV, other] (citizenship 0: unknown).
 * @example
 * const read = (f: string) => JSON.parse(readFileSync(`data/reference/${f}`, 'utf8'));
 * portArrivalRows(read('history-inputs.json'), ['2019-10'], read('ports-inputs.json'))[0][1] // 9737
 */
export function portArrivalRows(data: Reference, months: readonly string[], ports: PortsReference): Row[] {
  const S = new Map(data.series.map((s) => [s.id, s.values]));
  const R = new Map([...data.records, ...ports.records].map((r) => [r.id, r.value]));
  const s = (id: string, m: string) => S.get(id)?.[m];
  // FY2016: no monthly OFO series; the FY total follows the Border Patrol's monthly profile (assumption).
  const fy16 = months.filter((m) => fyOf(m) === 2016);
  const usbp16 = fy16.reduce((t, m) => t + s(USBP.total, m)!, 0);
  const fy16Total = R.get(P.fy2016Total) as number;
  const fy18Fmua = sum(R.get(P.fy2018Fmua) as Record<string, number>);
  const fy18Uac = sum(R.get(P.fy2018Uac) as Record<string, number>);
  const fy18Total = R.get(P.fy2018Total) as number;
  // FY2018 and FY2019 to date through January (all countries, the field-office tables): the share of UAC and family
  // units in the OFO total of October – January of that fiscal year.
  const tdJan = (fy: number) => {
    const ms = [`${fy - 1}-10`, `${fy - 1}-11`, `${fy - 1}-12`, `${fy}-01`];
    const total = ms.reduce((t, m) => t + s(P.total, m)!, 0);
    const [fmua, uac] = fy === 2018 ? [P.fy2018TdJanFmua, P.fy2018TdJanUac] : [P.fy2019TdJanFmua, P.fy2019TdJanUac];
    return [(R.get(fmua) as number) / total, (R.get(uac) as number) / total] as const;
  };
  return months.map((m) => {
    const fy = fyOf(m);
    const total = s(P.total, m) ?? (fy === 2016 ? Math.round((fy16Total * s(USBP.total, m)!) / usbp16) : 0);
    let dem: [number, number, number];
    if (s(P.singleAdults, m) !== undefined) dem = [s(P.singleAdults, m)!, s(P.fmua, m)!, s(P.uac, m)!];
    else if (s(P.fmua, m) !== undefined) dem = [total - s(P.fmua, m)! - s(P.uac, m)!, s(P.fmua, m)!, s(P.uac, m)!];
    else if (s(P.cbpFmua, m) !== undefined) {
      dem = [s(P.cbpSingleAdults, m)! - s(USBP['single-adult'], m)!, s(P.cbpFmua, m)! - s(USBP['family-unit'], m)!, s(P.cbpUc, m)! - s(USBP.uac, m)!];
    } else {
      // FY2016: the year's records. FY2018: October – January from the year-to-date table; February – September the
      // year's four-country records (a lower bound). FY2019: the year-to-date table through January, carried to
      // February – September (an assumption: no later FY2019 OFO demographic figure was found).
      const janOrEarlier = Number(m.slice(5)) >= 10 || Number(m.slice(5)) === 1;
      const [f, u] = fy === 2016
        ? [(R.get(P.fy2016Fmua) as number) / fy16Total, (R.get(P.fy2016Uac) as number) / fy16Total]
        : fy === 2019 || (fy === 2018 && janOrEarlier) ? tdJan(fy) : [fy18Fmua / fy18Total, fy18Uac / fy18Total];
      dem = [Math.round(total * (1 - f - u)), Math.round(total * f), Math.round(total * u)];
    }
    dem = dem.map((v) => Math.max(0, v)) as [number, number, number];
    // Citizenship: all-CBP (exact) minus Border Patrol (OHSS, rounded to 10) where both exist (FY2020–FY2021).
    const cit = s(P.cbpMX, m) === undefined
      ? [0, 0, 0, 0, 0]
      : ([
          [P.cbpMX, USBP.MX], [P.cbpGT, USBP.GT], [P.cbpHN, USBP.HN], [P.cbpSV, USBP.SV], [P.cbpOther, USBP.other],
        ] as const).map(([c, u]) => Math.max(0, s(c, m)! - s(u, m)!));
    return [m, total, ...dem, ...cit] as Row;
  });
}
