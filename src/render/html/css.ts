/**
 * The page's only styling: inline, no web fonts, no network. Screen: a readable column. Print:
 * A4 or Letter margins, colors kept for bars and badges, the plan on a new page, and no
 * section or row split across pages.
 */
export const CSS = `
:root {
  --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --soft: #f3f5f8;
  --good: #1e7b45; --good-bg: #e3f4ea; --warn: #9a5b00; --warn-bg: #fdf0d5;
  --bad: #a4262c; --bad-bg: #fbe4e4; --none: #5f6b7a; --none-bg: #eceff3;
  --bar: #2f6fb2; --bar-light: #b9d2ec; --accent: #2f6fb2;
}
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Segoe UI", system-ui, -apple-system, Helvetica, Arial, sans-serif; color: var(--ink); }
body { margin: 0; background: #fff; font-size: 15px; line-height: 1.45; }
main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; margin: 0.1rem 0 0.2rem; line-height: 1.2; overflow-wrap: anywhere; }
h2 { font-size: 1.05rem; text-transform: uppercase; letter-spacing: 0.06em; margin: 0 0 0.6rem;
  padding-bottom: 0.3rem; border-bottom: 2px solid var(--ink); }
section { margin-top: 1.8rem; }
p { margin: 0.3rem 0; }
.tool { color: var(--muted); font-size: 0.85rem; margin: 0; letter-spacing: 0.04em; }
.meta { color: var(--muted); margin: 0; }
.goal { margin-top: 0.6rem; font-size: 1.05rem; }
.why { color: var(--muted); max-width: 48rem; }
.next { margin-top: 0.5rem; padding: 0.4rem 0.7rem; background: var(--soft); border-left: 4px solid var(--accent); display: inline-block; }
.muted { color: var(--muted); }
.small { font-size: 0.85rem; }
ul.standing { list-style: none; padding: 0; margin: 0; display: grid;
  grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 0.3rem 1.5rem; }
ul.standing li { display: flex; gap: 0.5rem; align-items: baseline; }
.mark { display: inline-block; width: 1.3rem; text-align: center; font-weight: bold; flex: none; }
.ok { color: var(--good); } .no { color: var(--bad); } .partial { color: var(--warn); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.5rem; border-bottom: 1px solid var(--line); }
th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
tr { break-inside: avoid; }
.cert-id { font-weight: bold; white-space: nowrap; }
table.certs-table col.c1 { width: 24%; } table.certs-table col.c2 { width: 17%; }
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 1rem; font-size: 0.85rem;
  font-weight: bold; white-space: nowrap; }
.s-eligible { color: var(--good); background: var(--good-bg); }
.s-not-yet { color: var(--warn); background: var(--warn-bg); }
.s-not-eligible { color: var(--bad); background: var(--bad-bg); }
.s-unconfirmed, .s-retired { color: var(--none); background: var(--none-bg); }
ul.missing { margin: 0.2rem 0 0; padding-left: 1.1rem; }
.have-need { color: var(--muted); font-size: 0.9rem; }
.timeline { display: grid; column-gap: 0; row-gap: 0.25rem; align-items: center; margin-bottom: 1.2rem;
  grid-template-columns: minmax(11rem, 22rem) repeat(var(--months), minmax(0, 1fr)) minmax(3.5rem, auto); }
.timeline .year { font-size: 0.8rem; font-weight: bold; color: var(--muted); border-left: 1px solid var(--line);
  padding-left: 0.2rem; white-space: nowrap; overflow: hidden; }
.timeline .month { font-size: 0.7rem; color: var(--muted); text-align: center; overflow: hidden; }
.timeline .label { padding-right: 0.6rem; font-size: 0.9rem; display: flex; gap: 0.35rem; align-items: baseline; }
.timeline .label .num { color: var(--muted); min-width: 1.2rem; text-align: right; }
.timeline .track { height: 1.5rem; background-image: linear-gradient(to right, var(--line) 1px, transparent 1px);
  background-size: calc(100% / var(--months)) 100%; background-color: var(--soft); border-radius: 2px; }
.timeline .bar { height: 1.1rem; border-radius: 3px; background: var(--bar); align-self: center; margin: 0 1px; }
.timeline .bar.pending { background: var(--bar-light); border: 1px solid var(--bar); }
.timeline .bar.open { border-top-right-radius: 0; border-bottom-right-radius: 0;
  -webkit-mask-image: linear-gradient(to right, #000 60%, transparent); mask-image: linear-gradient(to right, #000 60%, transparent); }
.timeline .note { font-size: 0.8rem; color: var(--muted); padding-left: 0.4rem; align-self: center; white-space: nowrap; overflow: hidden; }
.timeline .cost { text-align: right; font-size: 0.85rem; padding-left: 0.5rem; white-space: nowrap; }
.timeline .now { font-size: 0.7rem; color: var(--accent); font-weight: bold; }
ol.steps { list-style: none; padding: 0; margin: 0; }
ol.steps li { display: grid; grid-template-columns: 2rem 1fr; gap: 0 0.4rem; padding: 0.5rem 0;
  border-bottom: 1px solid var(--line); break-inside: avoid; }
ol.steps .n { color: var(--muted); text-align: right; }
ol.steps .title { font-weight: bold; }
ol.steps .done .title, ol.steps .n-a .title { color: var(--muted); }
.status { font-size: 0.8rem; font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; margin-left: 0.4rem; }
.st-done { color: var(--good); } .st-in-progress, .st-next { color: var(--accent); } .st-pending, .st-n-a { color: var(--muted); }
.alternatives { margin-top: 0.8rem; padding: 0.6rem 0.8rem; background: var(--soft); border-left: 4px solid var(--accent); }
.pay { display: grid; grid-template-columns: auto auto 1fr auto; gap: 0.35rem 0.8rem; align-items: center; }
.pay .when { color: var(--muted); white-space: nowrap; }
.pay .range { text-align: right; font-weight: bold; white-space: nowrap; }
.pay .track { position: relative; height: 1rem; background: var(--soft); border-radius: 2px; }
.pay .low, .pay .high { position: absolute; top: 0; bottom: 0; left: 0; border-radius: 2px; }
.pay .high { background: var(--bar-light); } .pay .low { background: var(--bar); }
.notes { padding-left: 0; list-style: none; margin: 0; }
.notes li { padding: 0.4rem 0.7rem; margin-bottom: 0.4rem; background: var(--warn-bg); border-left: 4px solid var(--warn); break-inside: avoid; }
.sources { padding-left: 1.1rem; font-size: 0.85rem; color: var(--muted); }
.sources a, a { color: var(--accent); overflow-wrap: anywhere; }
footer { margin-top: 2rem; font-size: 0.8rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: 0.6rem; }
@page { margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .standing-section, .pay-section, .timeline { break-inside: avoid; }
  .timeline { grid-template-columns: minmax(9rem, 15rem) repeat(var(--months), minmax(0, 1fr)) minmax(3rem, auto); }
  section.plan { break-before: page; }
  h2 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
