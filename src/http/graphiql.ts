// GraphiQL served whole from this server. Yoga's default page loads GraphiQL from unpkg.com,
// which a closed network (or a strict proxy) cannot reach; @graphql-yoga/render-graphiql inlines
// the same build. It is 9 MB, so it is imported on the first GraphiQL page, not at start-up.
// Two additions to the page:
//  - the Explorer (GraphiQL's @graphiql/plugin-explorer, in Yoga's build) opens by default, so a
//    person who does not write GraphQL builds a query by ticking fields;
//  - Vietnamese letters in the editors come from Noto Sans Mono. With the editors' font alone
//    (Fira Code) Chromium drew "đề nghị" as "đề`nghị", the tone mark detached. A face of our own
//    with Vietnamese's unicode-range, first in the editors' font list, takes those letters only;
//    both fonts advance 0.6 em, so columns stay aligned.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GraphiQLOptions } from 'graphql-yoga';

const require = createRequire(import.meta.url);

/** Vietnamese letters, combining tone marks and the dong sign (the range Fontsource's subset covers). */
const VIETNAMESE_RANGE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

// Monaco sets the editors' font inline; this puts the Vietnamese face first, Fira Code after it.
const EDITOR_FONT = `.monaco-editor .view-lines,.monaco-editor .view-line{font-family:"Diplograph Vietnamese Mono","Fira Code",monospace!important}`;

export const EXPLORER_PLUGIN_TITLE = 'GraphiQL Explorer';

let vietnameseFace: string | undefined;

function vietnameseMonoFace(): string {
  if (vietnameseFace) return vietnameseFace;
  const file = require.resolve('@fontsource-variable/noto-sans-mono/files/noto-sans-mono-vietnamese-wght-normal.woff2');
  const data = readFileSync(file).toString('base64');
  vietnameseFace = `@font-face{font-family:"Diplograph Vietnamese Mono";font-style:normal;font-weight:100 900;font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${VIETNAMESE_RANGE}}`;
  return vietnameseFace;
}

// GraphiQL keeps its layout in localStorage; a first visit has none. It gets the Explorer open in a
// side panel (0.4 of the rest) and the query editor twice as wide as the result, which
// leaves the example lines (EXAMPLE_LINE_WIDTH columns) whole on a 1400-pixel-wide window.
const FIRST_VISIT_LAYOUT = { visiblePlugin: EXPLORER_PLUGIN_TITLE, docExplorerFlex: '0.4', editorFlex: '2' };
const OPEN_EXPLORER = `<script>try{for(const[k,v]of Object.entries(${JSON.stringify(FIRST_VISIT_LAYOUT)}))if(localStorage.getItem('graphiql:'+k)===null)localStorage.setItem('graphiql:'+k,v)}catch(e){}</script>`;

export async function renderOfflineGraphiQL(options?: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const page = renderGraphiQL(options).replace('<head>', `<head>${OPEN_EXPLORER}`);
  // The inlined bundle contains "</body>" too: the page's own is the last one.
  const end = page.lastIndexOf('</body>');
  return `${page.slice(0, end)}<style id="diplograph-fonts">${vietnameseMonoFace()}${EDITOR_FONT}</style>${page.slice(end)}`;
}
