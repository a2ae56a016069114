// Pure chart functions: data in, SVG (or an HTML data table) out. Used by the printable
// report on the server and by the dashboard in the browser (no DOM, no zod): one chart
// implementation for both.
export { distributionChart, type DistributionChartInput } from './distribution-chart.js';
export { monthlyChart, placeAnnotations, type ChartAnnotation, type MonthBar, type MonthlyChartInput } from './monthly-chart.js';
export { shareLineChart, type LinePoint, type ShareLineChartInput } from './line-chart.js';
export { shareBar, type ShareBarInput } from './share-bar.js';
export { sparkline, type SparklineInput } from './sparkline.js';
export { comparisonStrip, type ComparisonStripInput } from './comparison-strip.js';
export { CHART_COLOURS, SCORE_COLOURS } from './palette.js';
export { DUTCH_CHARTS, dataTable, escapeMarkup, formatNumber, niceScale, numberFormat, type ChartLanguage, type DataTable } from './svg.js';
