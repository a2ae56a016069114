// The dashboard's charts: the shared chart module, the same drawings as the printable
// report. Every chart function returns an SVG string whose texts are escaped; `ChartSvg` marks such a string as coming from
// them, and only a ChartSvg is ever rendered as markup (figures/chart-figure.ts).
import {
  comparisonStrip,
  distributionChart,
  monthlyChart,
  shareBar,
  shareLineChart,
  sparkline,
  type ComparisonStripInput,
  type DistributionChartInput,
  type MonthlyChartInput,
  type ShareBarInput,
  type ShareLineChartInput,
  type SparklineInput,
} from '@feedbackinstrument/shared';

declare const chartBrand: unique symbol;
export type ChartSvg = string & { readonly [chartBrand]: true };

const trusted = (svg: string) => svg as ChartSvg;

export const charts = {
  distribution: (input: DistributionChartInput) => trusted(distributionChart(input)),
  monthly: (input: MonthlyChartInput) => trusted(monthlyChart(input)),
  shareLine: (input: ShareLineChartInput) => trusted(shareLineChart(input)),
  sparkline: (input: SparklineInput) => trusted(sparkline(input)),
  shareBar: (input: ShareBarInput) => trusted(shareBar(input)),
  comparison: (input: ComparisonStripInput) => trusted(comparisonStrip(input)),
};

export type { LinePoint } from '@feedbackinstrument/shared';
