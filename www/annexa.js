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

/** The limits of a config as mount() reads it: far above any real one. */
const MAX_DEPTH = 8;
const MAX_ENTRIES = 1000;
const MAX_JSON = 100_000;
const EXAMPLE = '{ mode: "calculator", namespace: "risk-calc" }';

/** An Error whose message is also logged, as the Rust side does. */
function failure(message) {
  console.error(message);
  return new Error(message);
}

function configError(path, message) {
  return failure(path
    ? `Annexa.mount: invalid Annexa config at ${path}: ${message}`
    : `Annexa.mount: invalid Annexa config: ${message}`);
}

function keyPath(path, key) {
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  if (/^[A-Za-z_$][\w$]*$/.test(shown)) return path ? `${path}.${shown}` : shown;
  return `${path}[${JSON.stringify(shown)}]`;
}

/** What a value is, for messages, without calling any code of it. */
function kindOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  if (type === 'object') return 'an object';
  if (type === 'undefined') return 'undefined';
  return `a ${type}`;
}

class Refused extends Error {
  constructor(path, message) {
    super(message);
    this.path = path;
  }
}

/** Raw JS operations on the config, where a Proxy's trap or a revoked
 * Proxy may throw: the reason becomes a refusal at `path`. */
function guarded(path, what, read) {
  try {
    return read();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Refused(path, `${what} cannot be read (${why}); pass plain data such as ${EXAMPLE}`);
  }
}

function plainPrototype(value, path) {
  const proto = guarded(path, 'this value', () => Object.getPrototypeOf(value));
  // null, Object.prototype, or another window's Object.prototype.
  return proto === null || proto === Object.prototype
    || guarded(path, 'this value', () => Object.getPrototypeOf(proto)) === null;
}

/**
 * The config object as JSON text, read without running any of its code:
 * only own enumerable data properties, each read once through its property
 * descriptor (getters are refused, never called), at most MAX_DEPTH levels
 * deep, MAX_ENTRIES keys and items and MAX_JSON characters in all; cycles,
 * functions, symbols, big integers, non-finite numbers and objects that are
 * not plain (Date, Map, DOM nodes…) are refused with the path to them.
 * A Proxy is read like any object, each trap once.
 */
function configJson(config) {
  let entries = 0;
  let size = 0;
  const open = new Set();
  const grow = (path, n) => {
    size += n;
    if (size > MAX_JSON) {
      throw new Refused('', `the config is larger than ${MAX_JSON / 1000} KB as JSON; a config is a few keys, such as ${EXAMPLE}`);
    }
  };
  const count = (path, n) => {
    entries += n;
    if (entries > MAX_ENTRIES) {
      throw new Refused(path, `the config has more than ${MAX_ENTRIES} keys and array items; a config is a few keys, such as ${EXAMPLE}`);
    }
  };
  const write = (value, path, depth) => {
    switch (typeof value) {
      case 'string':
        grow(path, value.length + 2);
        return JSON.stringify(value);
      case 'number':
        if (!Number.isFinite(value)) {
          throw new Refused(path, `${value} is not a number a config can hold; write a finite number such as 5`);
        }
        return String(value);
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'null';
      case 'object':
        break;
      default:
        throw new Refused(path, `${kindOf(value)} is not a config value; write a string, a number, true or false, an array or a plain object`);
    }
    if (value === null) return 'null';
    if (depth >= MAX_DEPTH) {
      throw new Refused(path, `the config is nested more than ${MAX_DEPTH} levels deep here; write it as plain data a few levels deep, such as { method: { likelihood: 5, impact: 5 } }`);
    }
    if (open.has(value)) {
      throw new Refused(path, 'the config contains itself here (a cycle); write the value out instead of referring back to an enclosing object');
    }
    const isArray = guarded(path, 'this value', () => Array.isArray(value));
    if (!isArray && !plainPrototype(value, path)) {
      throw new Refused(path, `only plain objects and arrays can be config values, not this object (a ${guarded(path, 'this value', () => Object.prototype.toString.call(value)).slice(8, -1)}); write a plain object such as { likelihood: 5 }`);
    }
    open.add(value);
    const own = (key, at) => {
      const d = guarded(at, 'this key', () => Object.getOwnPropertyDescriptor(value, key));
      if (d === undefined) return undefined;
      if (!('value' in d)) {
        throw new Refused(at, 'this key is a getter or setter, which Annexa does not call; write the value itself, such as { mode: "calculator" }');
      }
      return d;
    };
    let out;
    if (isArray) {
      const length = own('length', path)?.value;
      if (typeof length !== 'number') throw new Refused(path, 'this array has no length; write a plain array such as ["Low", "High"]');
      count(path, length);
      grow(path, length + 2);
      const items = [];
      for (let i = 0; i < length; i += 1) {
        const at = `${path}[${i}]`;
        const d = own(String(i), at);
        items.push(d === undefined ? 'null' : write(d.value, at, depth + 1));
      }
      out = `[${items.join(',')}]`;
    } else {
      const keys = guarded(path, 'this object', () => Reflect.ownKeys(value));
      count(path, keys.length);
      const members = [];
      for (const key of keys) {
        if (typeof key !== 'string') continue;
        const at = keyPath(path, key);
        const d = own(key, at);
        if (d === undefined || !d.enumerable || d.value === undefined) continue;
        grow(at, key.length + 4);
        members.push(`${JSON.stringify(key)}:${write(d.value, at, depth + 1)}`);
      }
      out = `{${members.join(',')}}`;
    }
    open.delete(value);
    return out;
  };
  if (typeof config === 'function' || typeof config === 'symbol') {
    throw configError('', `the config must be a plain object such as ${EXAMPLE}`);
  }
  try {
    return write(config, '', 0);
  } catch (e) {
    if (e instanceof Refused) throw configError(e.path, e.message);
    // A stack overflow or the like: still a readable refusal.
    throw configError('', `the config cannot be read (${e instanceof Error ? e.message : String(e)}); pass plain data such as ${EXAMPLE}`);
  }
}

/** True for a genuine element of this page (not a Proxy or a look-alike):
 * the DOM's own nodeType getter only answers for real nodes. */
function isElement(value) {
  try {
    const nodeType = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeType').get;
    return nodeType.call(value) === Node.ELEMENT_NODE && value instanceof HTMLElement;
  } catch {
    return false;
  }
}

/** The host's handle: every argument checked here, before the module. */
function handle(app) {
  return Object.freeze({
    get namespace() { return app.namespace; },
    unmount() { app.unmount(); },
    exportJson() { return app.exportJson(); },
    importJson(text) {
      if (typeof text !== 'string') {
        throw failure(`importJson: takes the text of an Annexa JSON file (a string), not ${kindOf(text)}; read a file with await file.text(), or pass the result of exportJson()`);
      }
      return app.importJson(text);
    },
  });
}

/**
 * Mounts an Annexa instance into `element` (an empty <div> is best; the app
 * lives in its shadow root, so neither page's styles reach the other).
 * `config` is a plain object of plain data; it is read once, here, without
 * calling any of its code. Unknown keys, bad values, getters, cycles and
 * configs too deep or too large reject the promise with an Error that names
 * the key and says what to write, and log the same message.
 * Resolves to a handle with unmount(), exportJson() and importJson(text).
 */
export async function mount(element, config) {
  if (!isElement(element)) {
    throw failure(`Annexa.mount needs a DOM element as its first argument, such as document.getElementById('annexa'); it got ${kindOf(element)}`);
  }
  const json = configJson(config);
  try {
    await load();
  } catch (e) {
    console.error(e.message);
    throw e;
  }
  return handle(await build.mount(element, json, build.stylesheet));
}

/** Starts the standalone page (index.html); hosts use mount(). */
export async function startPage() {
  const boot = document.getElementById('annexa-boot');
  try {
    await load();
  } catch (e) {
    console.error(e.message);
    const status = document.getElementById('annexa-boot-status');
    if (status) status.textContent = `Annexa cannot start: ${e.message}`;
    const div = document.createElement('div');
    div.className = 'annexa-panic';
    div.setAttribute('role', 'alert');
    div.textContent = `Annexa cannot start: ${e.message}`;
    document.body.append(div);
    return;
  }
  build.startPage();
  // The app has rendered its first screen: the static first paint of
  // index.html (see there) gives way to it.
  if (boot) boot.remove();
}

const Annexa = Object.freeze({ mount });
export default Annexa;
