// `pnpm bench` (widget): what an e-loket pays for the widget. Bytes on the wire, and the
// time from the script tag to five working score buttons in headless Chromium, against a
// baseline measured in the same run: a hand-written custom element without Lit that renders
// the same five buttons in a shadow root (the least any widget could cost).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const widget = readFileSync(fileURLToPath(new URL('../dist/widget.js', import.meta.url)));

const BASELINE = `customElements.define('feedback-instrument', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const labels = ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'];
    root.innerHTML = '<h2>Hoe tevreden bent u over deze online dienst?</h2>' + labels.map((l, i) => '<button data-score="' + (i + 1) + '">' + l + '</button>').join('');
    this.updateComplete = Promise.resolve();
  }
});`;

const page = (script: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<script>performance.mark('script-start')</script>
<script type="module" src="/${script}"></script>
<script type="module">
  await customElements.whenDefined('feedback-instrument');
  const el = document.querySelector('feedback-instrument');
  await el.updateComplete;
  if (el.shadowRoot.querySelectorAll('button').length !== 5) throw new Error('not interactive');
  performance.mark('interactive');
  window.benchDone = performance.measure('tti', 'script-start', 'interactive').duration;
</script></head>
<body><feedback-instrument service="bench-service" endpoint="http://127.0.0.1:9"></feedback-instrument></body></html>`;

const server = createServer((request, response) => {
  const path = request.url ?? '/';
  if (path === '/widget.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(widget);
  if (path === '/baseline.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(BASELINE);
  if (path === '/widget.html') return response.writeHead(200, { 'content-type': 'text/html' }).end(page('widget.js'));
  if (path === '/baseline.html') return response.writeHead(200, { 'content-type': 'text/html' }).end(page('baseline.js'));
  response.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

async function timeToInteractive(path: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A new context each run: nothing cached, as for a first visit.
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(base + path);
    times.push(
      await tab
        .waitForFunction(() => (window as unknown as { benchDone?: number }).benchDone)
        .then((h) => h.jsonValue() as Promise<number>),
    );
    await context.close();
  }
  return times.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
// Interleave warm-up, then measure both.
await timeToInteractive('/baseline.html');
const baseline = await timeToInteractive('/baseline.html');
const ours = await timeToInteractive('/widget.html');
await browser.close();
server.close();

const gzip = gzipSync(widget, { level: 9 }).length;
const brotli = brotliCompressSync(widget).length;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`widget bench — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${RUNS} runs each, headless Chromium`);
console.log(`  widget.js: ${widget.length} bytes, ${gzip} gzip (budget 12288: ${((gzip / 12288) * 100).toFixed(1)} %), ${brotli} brotli`);
console.log(
  `  script start → interactive, median: widget ${fmt(quantile(ours, 0.5))}, baseline ${fmt(quantile(baseline, 0.5))}, ratio ${(quantile(ours, 0.5) / quantile(baseline, 0.5)).toFixed(2)}×`,
);
console.log(`  script start → interactive, p95:    widget ${fmt(quantile(ours, 0.95))}, baseline ${fmt(quantile(baseline, 0.95))}`);
