/**
 * Node-only helpers that use the file system: regime files, streamed per-person records, charts written to a
 * folder, and SVG charts rendered to PNG (with the optional peer dependency @resvg/resvg-js).
 * @module immsim/node
 */
export { loadRegimeFile } from './policy/load-regime-file.js';
export { streamRecords, RECORD_FIELDS, manifestPathFor, type RecordsOptions, type RecordsManifest } from './engine/records.js';
export { writeCharts } from './report/write-charts.js';
export { svgToPng, type PngOptions } from './report/png.js';
