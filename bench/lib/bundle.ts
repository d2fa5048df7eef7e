/**
 * Bundle budget: raw and gzip size of every built file, grouped by when the browser loads it.
 * Roles come from the built manifest and the extension pages' script graphs, not from file names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Role =
  | 'always-on content script'
  | 'on-demand content code'
  | 'background'
  | 'popup'
  | 'options'
  | 'popup+options'
  | 'popup (lazy)'
  | 'options (lazy)'
  | 'other code'
  | 'asset';

export interface FileSize {
  readonly file: string;
  readonly role: Role;
  readonly raw: number;
  readonly gzip: number;
}

export interface GroupSize {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleReport {
  readonly dir: string;
  readonly files: FileSize[];
  /** JS (+CSS) per load moment; a chunk shared by popup and options counts in both. */
  readonly groups: {
    readonly alwaysOn: GroupSize;
    readonly onDemandContent: GroupSize;
    readonly background: GroupSize;
    /** Everything the popup loads: eager + lazy (dynamic imports). The budget uses this. */
    readonly popupJs: GroupSize;
    readonly popupEagerJs: GroupSize;
    readonly popupLazyJs: GroupSize;
    readonly popupCss: GroupSize;
    readonly optionsJs: GroupSize;
    readonly totalJs: GroupSize;
    readonly package: GroupSize;
  };
}

/** gzip -9, the size a store reviewer or a CDN would see. */
export function gzipSize(buf: Buffer): number {
  return gzipSync(buf, { level: 9 }).length;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  web_accessible_resources?: (string | { resources?: string[] })[];
}

const norm = (p: string): string => p.replace(/^\/+/, '');

export interface PageFiles {
  /** Loaded before the page's script runs: <script>, modulepreload, stylesheets, static imports. */
  readonly eager: Set<string>;
  /** Reached only through dynamic `import()` (loaded later, e.g. after the first render). */
  readonly lazy: Set<string>;
}

/** Every file an HTML page loads, followed through static and dynamic imports. */
export function pageGraph(dir: string, html: string): PageFiles {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  if (!existsSync(join(dir, html))) return { eager, lazy };
  const text = readFileSync(join(dir, html), 'utf8');
  const queue: { file: string; lazy: boolean }[] = [];
  const resolve = (from: string, ref: string): string =>
    norm(ref.startsWith('/') ? ref : posix.join(posix.dirname(from), ref));
  for (const m of text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)) {
    const ref = m[1] as string;
    if (/^[a-z]+:/i.test(ref)) continue;
    queue.push({ file: resolve(html, ref), lazy: false });
  }
  // Eager files first, so a file reached both ways counts as eager.
  while (queue.length) {
    const i = queue.findIndex((q) => !q.lazy);
    const next = queue.splice(i >= 0 ? i : 0, 1)[0] as { file: string; lazy: boolean };
    const { file } = next;
    if (eager.has(file) || (next.lazy && lazy.has(file)) || !existsSync(join(dir, file))) continue;
    (next.lazy ? lazy : eager).add(file);
    if (!next.lazy) lazy.delete(file);
    if (!file.endsWith('.js')) continue;
    const js = readFileSync(join(dir, file), 'utf8');
    for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+)["'`]/g)) {
      const ref = m[1] as string;
      if (ref.startsWith('.') || ref.startsWith('/')) queue.push({ file: resolve(file, ref), lazy: next.lazy });
    }
    for (const m of js.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
      const ref = m[1] as string;
      if (ref.startsWith('.') || ref.startsWith('/')) queue.push({ file: resolve(file, ref), lazy: true });
    }
  }
  return { eager, lazy };
}

function group(files: readonly FileSize[], pick: (f: FileSize) => boolean): GroupSize {
  const sel = files.filter(pick);
  return {
    files: sel.length,
    raw: sel.reduce((s, f) => s + f.raw, 0),
    gzip: sel.reduce((s, f) => s + f.gzip, 0),
  };
}

export function analyzeBuild(dir: string): BundleReport {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const always = new Set<string>();
  for (const cs of manifest.content_scripts ?? [])
    for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) always.add(norm(f));
  const background = new Set<string>(
    [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])]
      .filter((x): x is string => !!x)
      .map(norm),
  );
  const war = new Set<string>();
  for (const w of manifest.web_accessible_resources ?? []) {
    for (const r of typeof w === 'string' ? [w] : (w.resources ?? [])) war.add(norm(r));
  }
  const popupHtml = norm(manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? 'popup.html');
  const optionsHtml = norm(manifest.options_ui?.page ?? manifest.options_page ?? 'options.html');
  // Scripts the background injects (scripting.executeScript({ files })) are named in its code.
  const backgroundCode = [...background]
    .filter((f) => existsSync(join(dir, f)))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const injected = (file: string): boolean =>
    /\.(js|mjs)$/.test(file) &&
    (backgroundCode.includes(`"${file}"`) ||
      backgroundCode.includes(`"/${file}"`) ||
      backgroundCode.includes(`'${file}'`) ||
      backgroundCode.includes(`'/${file}'`) ||
      backgroundCode.includes(`\`/${file}\``) ||
      backgroundCode.includes(`\`${file}\``));
  const popup = pageGraph(dir, popupHtml);
  const options = pageGraph(dir, optionsHtml);

  const files: FileSize[] = walk(dir)
    .map((abs) => {
      const file = relative(dir, abs).split('\\').join('/');
      const buf = readFileSync(abs);
      const code = /\.(js|mjs|css|html|wasm)$/.test(file);
      let role: Role = code ? 'other code' : 'asset';
      if (always.has(file)) role = 'always-on content script';
      else if (background.has(file)) role = 'background';
      else if ((war.has(file) && /\.(js|mjs|wasm)$/.test(file)) || injected(file)) role = 'on-demand content code';
      else if (popup.eager.has(file) && options.eager.has(file)) role = 'popup+options';
      else if (popup.eager.has(file) || file === popupHtml) role = 'popup';
      else if (options.eager.has(file) || file === optionsHtml) role = 'options';
      else if (popup.lazy.has(file)) role = 'popup (lazy)';
      else if (options.lazy.has(file)) role = 'options (lazy)';
      return { file, role, raw: buf.length, gzip: gzipSize(buf) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));

  const isJs = (f: FileSize): boolean => /\.(js|mjs)$/.test(f.file);
  return {
    dir,
    files,
    groups: {
      alwaysOn: group(files, (f) => f.role === 'always-on content script'),
      onDemandContent: group(files, (f) => f.role === 'on-demand content code'),
      background: group(files, (f) => f.role === 'background'),
      popupJs: group(files, (f) => isJs(f) && (popup.eager.has(f.file) || popup.lazy.has(f.file))),
      popupEagerJs: group(files, (f) => isJs(f) && popup.eager.has(f.file)),
      popupLazyJs: group(files, (f) => isJs(f) && popup.lazy.has(f.file)),
      popupCss: group(files, (f) => f.file.endsWith('.css') && popup.eager.has(f.file)),
      optionsJs: group(files, (f) => isJs(f) && (options.eager.has(f.file) || options.lazy.has(f.file))),
      totalJs: group(files, isJs),
      package: group(files, () => true),
    },
  };
}
