// Node-only helpers (file system): 'immsim/node'.
export { loadRegimeFile } from './policy/load-regime-file.js';
export { streamRecords, RECORD_FIELDS, type RecordsOptions } from './engine/records.js';
export { writeCharts } from './report/write-charts.js';
