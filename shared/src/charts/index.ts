// Pure chart functions: data in, SVG (or an HTML data table) out. Used by the printable
// report on the server, and meant for a browser dashboard as well (no DOM, no zod).
export { distributionChart, type DistributionChartInput } from './distribution-chart.js';
export { monthlyChart, type MonthBar, type MonthlyChartInput } from './monthly-chart.js';
export { CHART_COLOURS, SCORE_COLOURS } from './palette.js';
export { dataTable, escapeMarkup, formatNumber, niceScale, type DataTable } from './svg.js';
