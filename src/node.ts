/**
 * Node-only helpers that use the file system: regime files, streamed per-person records, and charts written to a
 * folder.
 * @module immsim/node
 */
export { loadRegimeFile } from './policy/load-regime-file.js';
export { streamRecords, RECORD_FIELDS, type RecordsOptions } from './engine/records.js';
export { writeCharts } from './report/write-charts.js';
