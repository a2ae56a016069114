// The report's one style block, inline in the page (the report is one self-contained file, and
// its policy allows inline styles): A4 pages with a running footer, cards, charts and tables.
export const REPORT_STYLE = `
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-left { content: "feedbackinstrument · jaarrapport"; font: 8pt/1 Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #5f6368; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8pt/1 Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #5f6368; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Flanders Art Sans", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; color: #1d1d1b; margin: 0; background: #fff; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
@media print { main { padding: 0; max-width: none; } }
h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 3mm; }
h2 { font-size: 15pt; margin: 0 0 1mm; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
p { margin: 0 0 2mm; }
.band { border-left: 3mm solid #ffe615; padding: 1mm 0 1mm 4mm; margin-bottom: 6mm; }
.brand { font-weight: bold; text-transform: uppercase; letter-spacing: .06em; font-size: 8.5pt; color: #5f6368; margin-bottom: 2mm; }
.scope { font-size: 13pt; margin: 0 0 3mm; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0; }
dl.meta dt { color: #5f6368; }
dl.meta dd { margin: 0; }
.subtitle { color: #5f6368; margin-bottom: 4mm; }
.cards { display: grid; grid-template-columns: repeat(6, 1fr); gap: 2mm; margin: 2mm 0 3mm; }
.card { border: 0.3mm solid #cbd2da; border-top: 1.2mm solid #0b4fa3; border-radius: 1mm; padding: 2mm 2.5mm; break-inside: avoid; }
.card .value { font-size: 14pt; font-weight: bold; display: block; line-height: 1.2; }
.card .label { font-size: 8pt; color: #3c3f42; display: block; }
.card .note { font-size: 7pt; color: #5f6368; display: block; white-space: nowrap; }
figure { margin: 0 0 2mm; break-inside: avoid; }
ol.annotations { margin: 1mm 0 0; padding-left: 6mm; font-size: 8.5pt; }
figcaption { font-weight: bold; font-size: 9.5pt; margin-bottom: 1mm; }
svg.chart { max-width: 100%; height: auto; display: block; }
.charts { display: grid; grid-template-columns: 1fr; gap: 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 0 0 2.5mm; break-inside: avoid; }
caption { text-align: left; font-weight: bold; font-size: 9.5pt; padding-bottom: 1mm; }
th, td { border-bottom: 0.2mm solid #d9dde1; padding: 0.45mm 1.4mm; text-align: right; vertical-align: top; }
td { white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 0.5mm solid #1d1d1b; font-weight: bold; }
tfoot td, tfoot th { border-top: 0.5mm solid #1d1d1b; font-weight: bold; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
table.chart-data { font-size: 8pt; }
section.service { break-before: page; }
section.definitions { break-before: page; }
dl.definitions dt { font-weight: bold; margin-top: 2.5mm; }
dl.definitions dd { margin: 0.5mm 0 0; }
.muted { color: #5f6368; }
@media screen { section.service, section.definitions { border-top: 1px solid #cbd2da; margin-top: 10mm; padding-top: 6mm; } }
`;
