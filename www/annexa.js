// Annexa's embedding API: a small ES module. Copied into dist/ by Trunk;
// annexa-embed.js, next to it, is written by scripts/post-build.py and names
// this build's hashed files. Serve dist/ anywhere, then on a host page:
//
//   import Annexa from '/tools/annexa/annexa.js';
//   const app = await Annexa.mount(document.getElementById('risk'), {
//     mode: 'calculator', namespace: 'risk-calc',
//   });
//   app.exportJson();        // the assessment as Annexa JSON text
//   app.importJson(text);    // validated; throws with the reason if invalid
//   app.unmount();
//
// Loading needs no fetch(): the WebAssembly module arrives inside a
// JavaScript module, so a host's Content-Security-Policy needs script-src
// for these files plus 'wasm-unsafe-eval', style-src for the stylesheet,
// and nothing in connect-src. See the README, "Embed it".
import * as build from './annexa-embed.js';

let loading = null;

function bytesOf(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function load() {
  if (!loading) {
    loading = (async () => {
      let module;
      try {
        module = await WebAssembly.compile(bytesOf(build.wasm));
      } catch (e) {
        throw new Error(
          `Annexa could not compile its WebAssembly (${e.message}). `
          + "If the page has a Content-Security-Policy, its script-src must include 'wasm-unsafe-eval'.",
        );
      }
      await build.init({ module_or_path: module });
    })();
    loading.catch(() => { loading = null; });
  }
  return loading;
}

/**
 * Mounts an Annexa instance into `element` (an empty <div> is best; the app
 * lives in its shadow root, so neither page's styles reach the other).
 * `config` is a plain object; unknown keys or bad values reject the promise
 * with an Error that names the key, and log the same message.
 * Resolves to a handle with unmount(), exportJson() and importJson(text).
 */
export async function mount(element, config) {
  try {
    await load();
  } catch (e) {
    console.error(e.message);
    throw e;
  }
  return build.mount(element, config, build.stylesheet);
}

/** Starts the standalone page (index.html); hosts use mount(). */
export async function startPage() {
  try {
    await load();
  } catch (e) {
    console.error(e.message);
    const div = document.createElement('div');
    div.className = 'annexa-panic';
    div.setAttribute('role', 'alert');
    div.textContent = `Annexa cannot start: ${e.message}`;
    document.body.append(div);
    return;
  }
  build.startPage();
}

const Annexa = Object.freeze({ mount });
export default Annexa;
