// A minimal XLSX reader for the tests: unzips with node's zlib and counts
// the rows of a named sheet. Enough to check what Annexa writes.
import { inflateRawSync } from 'node:zlib';

function entries(buf) {
  // End of central directory: signature 0x06054b50, searched from the end.
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const lNameLen = buf.readUInt16LE(local + 26);
    const lExtraLen = buf.readUInt16LE(local + 28);
    const start = local + 30 + lNameLen + lExtraLen;
    const data = buf.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** { sheetName: { rows, xml } } for every sheet of the workbook. */
export function readWorkbook(buf) {
  const files = entries(buf);
  const book = files.get('xl/workbook.xml').toString('utf8');
  const rels = files.get('xl/_rels/workbook.xml.rels').toString('utf8');
  const sheets = {};
  for (const m of book.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)
      || new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const path = 'xl/' + target[1].replace(/^\/?xl\//, '');
    const xml = files.get(path).toString('utf8');
    sheets[m[1]] = { rows: (xml.match(/<row /g) || []).length, xml };
  }
  return sheets;
}

/** Every text of the workbook's shared-strings table, XML entities decoded. */
export function sharedStrings(buf) {
  const xml = entries(buf).get('xl/sharedStrings.xml')?.toString('utf8') ?? '';
  const decode = (s) => s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)))
    .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((m) => [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1])).join(''));
}

/** The files of a zip archive (XLSX or DOCX) as text, by name. */
export function zipText(buf) {
  const out = new Map();
  for (const [name, data] of entries(buf)) out.set(name, data.toString('utf8'));
  return out;
}

/**
 * Every string cell of every sheet: { sheet, text, quotePrefix }, where
 * quotePrefix says the cell's format keeps it text when edited; and
 * whether any cell holds a formula.
 */
export function textCells(buf) {
  const files = entries(buf);
  const strings = sharedStrings(buf);
  const styles = files.get('xl/styles.xml').toString('utf8');
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)[1];
  const quoted = [...xfs.matchAll(/<xf [^>]*?\/?>/g)].map((m) => /quotePrefix="1"/.test(m[0]));
  const cells = [];
  let formulas = 0;
  for (const [name, sheet] of Object.entries(readWorkbook(buf))) {
    formulas += (sheet.xml.match(/<f[ >]/g) || []).length;
    // A cell is <c …/> (blank) or <c …>…</c>.
    for (const m of sheet.xml.matchAll(/<c ((?:[^>/]|\/(?!>))*)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      if (!/ t="s"/.test(' ' + m[1])) continue;
      const style = Number((/s="(\d+)"/.exec(m[1]) || [0, 0])[1]);
      const v = Number(/<v>(\d+)<\/v>/.exec(m[2])[1]);
      cells.push({ sheet: name, text: strings[v], quotePrefix: quoted[style] === true });
    }
  }
  return { cells, formulas };
}

/** The workbook's sheets, in order (core/src/xlsx.rs). */
export const WORKBOOK_SHEETS = ['Cover', 'SoA', 'Risk register', 'Risk treatment plan', 'Risk acceptance', 'Asset register', 'Method', 'Change history', 'Gap results', 'Risk register data'];
