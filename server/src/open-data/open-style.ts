import { createHash } from 'node:crypto';

// The one stylesheet of the /open pages, served at /open/open.css (the pages' policy allows
// 'self' styles only: no inline style, no script). Plain, readable at 320 px and 200 % zoom,
// and usable in forced-colours mode, where the system colours take over.
export const OPEN_CSS = `*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Flanders Art Sans",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1d1d1b;background:#fff}
a{color:#0055cc;text-underline-offset:.15em}
a:hover{color:#003b8e}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #0055cc;outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:1}
.skip:focus{left:.5rem;top:.5rem}
header.site{border-bottom:4px solid #ffe615;padding:1rem}
header.site .brand{font-weight:700;text-transform:uppercase;letter-spacing:.05em;font-size:.85rem;color:#4d4d4d;margin:0}
nav.languages ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.5rem 0 0;padding:0}
nav.languages a{display:inline-block;min-height:44px;min-width:44px;padding:.6rem .25rem}
nav.languages a[aria-current]{font-weight:700;color:#1d1d1b}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.4rem;margin:2rem 0 .75rem;border-bottom:1px solid #cbd2da;padding-bottom:.25rem}
h3{font-size:1.2rem;margin:1.5rem 0 .5rem}
h4,h5{font-size:1.05rem;margin:1rem 0 .5rem}
p{margin:0 0 .75rem;max-width:48rem}
form.filters{border:1px solid #cbd2da;border-radius:.4rem;padding:1rem;margin:1rem 0;display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.75rem 1rem;align-items:end}
form.filters h2{grid-column:1/-1;margin:0;border:0;font-size:1.1rem;padding:0}
form.filters label{display:block;font-weight:600;margin-bottom:.25rem}
form.filters input,form.filters select{width:100%;min-height:44px;font:inherit;padding:.4rem;border:1px solid #5f6368;border-radius:.25rem;background:#fff;color:#1d1d1b}
button{min-height:44px;font:inherit;font-weight:600;padding:.5rem 1.25rem;border:2px solid #0055cc;border-radius:.25rem;background:#0055cc;color:#fff;cursor:pointer}
.count{font-weight:600}
.services{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,30rem),1fr));gap:1rem}
article.service{border:1px solid #cbd2da;border-top:4px solid #0b4fa3;border-radius:.4rem;padding:1rem;min-width:0}
article.service h3,article.service h4,article.service h5{margin-top:0}
.org{color:#4d4d4d;margin-top:-.25rem}
dl.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem 1rem;margin:0 0 .75rem}
dl.figures div{min-width:0}
dl.figures dt{font-size:.85rem;color:#4d4d4d}
dl.figures dd{margin:0;font-size:1.2rem;font-weight:700}
dl.figures dd.sentence{font-size:.9rem;font-weight:400}
.suppressed{border-left:4px solid #5f6368;padding-left:.75rem;color:#1d1d1b}
figure{margin:0 0 .5rem}
figcaption{font-weight:600;margin-bottom:.25rem}
svg.chart{display:block;width:100%;height:auto;max-width:44rem}
details{margin:.25rem 0}
summary{cursor:pointer;min-height:44px;padding:.6rem 0;color:#0055cc;text-decoration:underline}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border-bottom:1px solid #d9dde1;padding:.3rem .5rem;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
thead th{border-bottom:2px solid #1d1d1b}
section.about,section.downloads{margin-top:2rem}
dl.definitions dt{font-weight:700;margin-top:.5rem}
dl.definitions dd{margin:0 0 .25rem}
nav.pager ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0;margin:.5rem 0}
nav.pager a{display:inline-block;min-height:44px;padding:.6rem 0}
ul.downloads li{margin:.25rem 0;min-height:44px;display:flex;align-items:center}
footer.site{border-top:1px solid #cbd2da;margin-top:2rem;padding:1rem;color:#4d4d4d}
@media (forced-colors:active){
article.service{border-top-width:1px}
button{border:2px solid ButtonText}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline-color:Highlight}
svg.chart{forced-color-adjust:auto}
}
@media print{form.filters,nav.languages,.skip{display:none}}
`;

/** Versions the stylesheet's URL, so it can be cached for a year. */
export const OPEN_CSS_VERSION = createHash('sha256').update(OPEN_CSS).digest('hex').slice(0, 12);
export const OPEN_CSS_HREF = `/open/open.${OPEN_CSS_VERSION}.css`;

/** The pages' policy: their stylesheet and nothing else; the filter form posts (GET) to this origin. */
export const OPEN_PAGE_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
