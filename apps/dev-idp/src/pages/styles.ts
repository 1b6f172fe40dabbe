// One small stylesheet, inlined with a nonce (no external assets). Colours follow the Suomi.fi palette;
// every text colour has at least 4.5:1 contrast on its background, and the layout works from 320 px.
export const styles = `
:root { --brand: #2a6ebb; --brand-dark: #1a4a82; --text: #1f2a36; --muted: #4a5561; --line: #c8cdd0;
  --surface: #f7f7f8; --error: #b00020; --notice: #fff4d6; --notice-line: #c98a00; --focus: #1a1a1a; }
* { box-sizing: border-box; }
html { font-size: 100%; }
a { color: var(--brand-dark); }
body { margin: 0; font-family: "Source Sans Pro", "Segoe UI", Helvetica, Arial, sans-serif; line-height: 1.5;
  color: var(--text); background: #fff; overflow-wrap: anywhere; }
.skip-link { position: absolute; left: -999px; top: 0; background: #fff; color: var(--brand-dark); padding: .5rem 1rem; }
.skip-link:focus { left: .5rem; z-index: 1; }
header { background: var(--brand-dark); color: #fff; }
.header-inner, main { max-width: 44rem; margin: 0 auto; padding: 0 1rem; }
.header-inner { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between; min-height: 3.5rem; }
.brand { margin: 0; font-weight: 600; }
header ul { display: flex; flex-wrap: wrap; gap: .25rem .75rem; list-style: none; margin: 0; padding: .5rem 0; }
header a { color: #fff; }
header a[aria-current="true"] { font-weight: 700; text-decoration: none; border-bottom: 2px solid #fff; }
main { padding-top: 1.5rem; padding-bottom: 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; color: var(--muted); }
.notice { background: var(--notice); border-left: .3rem solid var(--notice-line); padding: .75rem 1rem; }
.person-list { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
.person { display: block; width: 100%; text-align: left; font: inherit; color: var(--text); background: var(--surface);
  border: 1px solid var(--line); border-radius: .25rem; padding: .75rem 1rem; cursor: pointer; min-height: 2.75rem; }
.person:hover { border-color: var(--brand); background: #eef4fb; }
.person-name { display: block; font-weight: 600; color: var(--brand-dark); }
.person-details { display: block; color: var(--muted); font-size: .95rem; }
label { display: block; font-weight: 600; }
.hint { margin: .25rem 0 .5rem; color: var(--muted); }
.field-error { margin: .25rem 0 .5rem; color: var(--error); font-weight: 600; }
input[type="text"] { font: inherit; font-size: 1.1rem; width: 100%; max-width: 16rem; padding: .5rem .75rem;
  border: 2px solid var(--muted); border-radius: .25rem; letter-spacing: .05em; }
input[aria-invalid="true"] { border-color: var(--error); }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1rem; }
.button { font: inherit; font-weight: 600; padding: .6rem 1.25rem; min-height: 2.75rem; border-radius: .25rem; cursor: pointer;
  border: 2px solid var(--brand); background: var(--brand); color: #fff; }
.button:hover { background: var(--brand-dark); border-color: var(--brand-dark); }
.button.secondary { background: #fff; color: var(--brand-dark); }
.error-summary { border: 3px solid var(--error); padding: .75rem 1rem; margin: 1rem 0; }
.error-summary h2 { margin: 0 0 .5rem; font-size: 1.1rem; color: var(--error); }
.cancel { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 1rem; }
a:focus-visible, button:focus-visible, input:focus-visible, .error-summary:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
header a:focus-visible { outline-color: #fff; }
@media (prefers-reduced-motion: no-preference) { .person { transition: background-color .1s; } }
`;
