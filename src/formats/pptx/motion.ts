/**
 * @module motion
 * Adds slide transitions (`p:transition`) and bullet-by-bullet entrance builds (`p:timing`)
 * to a .pptx package. pptxgenjs writes neither, and existing decks may lack them, so this
 * edits the slide parts in place and leaves every other part of the package untouched.
 *
 * PresentationML (ECMA-376 Part 1, §19.3.1.38 CT_Slide) orders a slide's children as
 * cSld, clrMapOvr, transition, timing, extLst. A build is a click-triggered entrance effect
 * per paragraph (presetID 10 = fade, presetClass "entr") whose target is
 * `p:spTgt spid` + `p:txEl/p:pRg`, plus one `p:bldP build="p"` per shape in `p:bldLst`.
 */
import { zipSync } from 'fflate';
import JSZip from 'jszip';
import { fail } from '../../lib/errors.ts';
import type { TransitionStyle } from './theme.ts';

export type MotionOptions = {
  readonly transition: TransitionStyle | 'none';
  readonly animate: 'bullets' | 'none';
  /**
   * Per slide (in deck order), the names of the shapes whose paragraphs build. When absent,
   * every non-title text shape with two or more paragraphs builds.
   */
  readonly targets?: readonly (readonly string[] | undefined)[];
  /** Keep a slide's existing animations instead of replacing them (default true). */
  readonly keepExistingAnimations?: boolean;
};

export type SlideMotion = {
  readonly slide: number;
  readonly transition?: TransitionStyle;
  /** Shape ids (cNvPr id) that build paragraph by paragraph. */
  readonly animatedShapeIds: readonly string[];
  readonly animatedShapeNames: readonly string[];
  readonly keptExistingTiming: boolean;
};

export type MotionReport = { readonly slides: readonly SlideMotion[] };

const TRANSITION_XML: Record<TransitionStyle, string> = {
  fade: '<p:fade/>',
  push: '<p:push dir="u"/>',
  wipe: '<p:wipe dir="r"/>',
  split: '<p:split orient="vert" dir="out"/>',
  cover: '<p:cover dir="l"/>',
};

/** `<p:transition>` for a style. */
export function transitionXml(style: TransitionStyle): string {
  return `<p:transition spd="med">${TRANSITION_XML[style]}</p:transition>`;
}

export type BuildTarget = { readonly spid: string; readonly paragraphs: readonly number[] };

/** `<p:timing>` that builds each listed paragraph of each shape on a click, with a fade. */
export function timingXml(targets: readonly BuildTarget[]): string {
  let id = 3;
  const clicks: string[] = [];
  for (const target of targets) {
    for (const paragraph of target.paragraphs) {
      const outer = id++;
      const inner = id++;
      const effect = id++;
      const set = id++;
      const fade = id++;
      const tgt = `<p:tgtEl><p:spTgt spid="${target.spid}"><p:txEl><p:pRg st="${paragraph}" end="${paragraph}"/></p:txEl></p:spTgt></p:tgtEl>`;
      clicks.push(
        `<p:par><p:cTn id="${outer}" fill="hold"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst><p:childTnLst>` +
          `<p:par><p:cTn id="${inner}" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>` +
          `<p:par><p:cTn id="${effect}" presetID="10" presetClass="entr" presetSubtype="0" fill="hold" grpId="0" nodeType="clickEffect">` +
          '<p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>' +
          `<p:set><p:cBhvr><p:cTn id="${set}" dur="1" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst></p:cTn>${tgt}` +
          '<p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst></p:cBhvr><p:to><p:strVal val="visible"/></p:to></p:set>' +
          `<p:animEffect transition="in" filter="fade"><p:cBhvr><p:cTn id="${fade}" dur="500"/>${tgt}</p:cBhvr></p:animEffect>` +
          '</p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par>',
      );
    }
  }
  const builds = targets.map((target) => `<p:bldP spid="${target.spid}" grpId="0" build="p"/>`).join('');
  return (
    '<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>' +
    '<p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>' +
    clicks.join('') +
    '</p:childTnLst></p:cTn>' +
    '<p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst>' +
    '<p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst>' +
    '</p:seq></p:childTnLst></p:cTn></p:par></p:tnLst>' +
    `<p:bldLst>${builds}</p:bldLst></p:timing>`
  );
}

type ShapeInfo = { id: string; name: string; isTitle: boolean; paragraphs: number[] };

const SHAPE_RE = /<p:sp(?=[\s>])[\s\S]*?<\/p:sp>/g;

/** Text shapes of a slide: id, name, whether a title placeholder, and which paragraphs have text. */
export function slideShapes(xml: string): ShapeInfo[] {
  const shapes: ShapeInfo[] = [];
  for (const match of xml.matchAll(SHAPE_RE)) {
    const sp = match[0];
    const nv = /<p:cNvPr\b[^>]*>/.exec(sp)?.[0] ?? '';
    const id = /\bid="(\d+)"/.exec(nv)?.[1];
    if (!id) continue;
    const name = decodeXml(/\bname="([^"]*)"/.exec(nv)?.[1] ?? '');
    const ph = /<p:ph\b[^>]*>/.exec(sp)?.[0];
    const isTitle = Boolean(ph && /type="(title|ctrTitle|subTitle|sldNum|dt|ftr|hdr)"/.test(ph));
    const body = /<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(sp)?.[1] ?? '';
    const paragraphs: number[] = [];
    let index = 0;
    for (const paragraph of body.matchAll(/<a:p(?=[\s>/])(?:\/>|[\s\S]*?<\/a:p>)/g)) {
      if (/<a:t>[^<]*\S[^<]*<\/a:t>|<a:t\s[^>]*>[^<]*\S/.test(paragraph[0])) paragraphs.push(index);
      index++;
    }
    shapes.push({ id, name, isTitle, paragraphs });
  }
  return shapes;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Removes a slide's existing transition (plain or wrapped in mc:AlternateContent). */
function stripTransition(xml: string): string {
  return xml
    .replace(
      /<mc:AlternateContent\b[^>]*>(?:(?!<\/mc:AlternateContent>)[\s\S])*?<p:transition[\s\S]*?<\/mc:AlternateContent>/g,
      '',
    )
    .replace(/<p:transition\b[^>]*\/>/g, '')
    .replace(/<p:transition\b[^>]*>[\s\S]*?<\/p:transition>/g, '');
}

/** Inserts transition and timing XML at their schema position in a slide part. */
export function applySlideMotion(
  xml: string,
  transition: string,
  timing: string,
  replaceTiming: boolean,
): string {
  let out = transition ? stripTransition(xml) : xml;
  const hasTiming = /<p:timing[\s>]/.test(out);
  if (hasTiming && replaceTiming && timing) out = out.replace(/<p:timing[\s>][\s\S]*?<\/p:timing>/, '');
  const addTiming = timing && (!hasTiming || replaceTiming) ? timing : '';
  const clrEnd = out.indexOf('</p:clrMapOvr>');
  const cSldEnd = out.indexOf('</p:cSld>');
  if (cSldEnd < 0)
    fail('file_corrupt', 'A slide has no <p:cSld> element.', {
      hint: 'The deck may be damaged; open and re-save it in PowerPoint or LibreOffice.',
    });
  let at = clrEnd >= 0 ? clrEnd + '</p:clrMapOvr>'.length : cSldEnd + '</p:cSld>'.length;
  if (!transition) {
    // Keep an existing transition and put the timing after it.
    const existing =
      /^\s*(?:<p:transition\b[^>]*\/>|<p:transition\b[\s\S]*?<\/p:transition>|<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>)/.exec(
        out.slice(at),
      );
    if (existing && /<p:transition\b/.test(existing[0])) at += existing[0].length;
  }
  return out.slice(0, at) + transition + addTiming + out.slice(at);
}

/** Slide part paths in presentation order. */
export async function slidePaths(zip: JSZip): Promise<string[]> {
  const presentation = await zip.file('ppt/presentation.xml')?.async('string');
  const rels = await zip.file('ppt/_rels/presentation.xml.rels')?.async('string');
  if (!presentation || !rels)
    fail('file_corrupt', 'The file is not a PowerPoint deck (no ppt/presentation.xml).', {
      hint: 'Pass a .pptx file.',
    });
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target);
  }
  const paths: string[] = [];
  for (const match of presentation.matchAll(/<p:sldId\b[^>]*>/g)) {
    const rid = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `ppt/${target.replace(/^\.\//, '')}`;
    paths.push(path);
  }
  return paths;
}

/** Opens a .pptx package, with a typed error when it is not a zip. */
export async function openDeckZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return fail('file_corrupt', 'The deck is not a valid zip package.', {
      hint: 'Pass a .pptx saved by PowerPoint, LibreOffice or Officemate.',
    });
  }
}

export async function saveDeckZip(zip: JSZip): Promise<Buffer> {
  // fflate compresses several times faster than JSZip's deflate; compressed media is stored.
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) {
      // Keep folder entries a package already has (a zero-length entry named "dir/").
      entries[name.endsWith('/') ? name : `${name}/`] = [new Uint8Array(0), { level: 0 }];
      continue;
    }
    const stored = /\.(?:png|jpe?g|gif|mp4|m4a|mp3|zip|wdp)$/i.test(name);
    entries[name] = [await entry.async('uint8array'), { level: stored ? 0 : 6 }];
  }
  const bytes = zipSync(entries);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Adds transitions and builds to every slide of an open package and reports what it did. */
export async function applyMotion(zip: JSZip, options: MotionOptions): Promise<MotionReport> {
  const paths = await slidePaths(zip);
  const report: SlideMotion[] = [];
  for (const [index, path] of paths.entries()) {
    const file = zip.file(path);
    if (!file) continue;
    const xml = await file.async('string');
    const shapes = slideShapes(xml);
    let chosen: ShapeInfo[] = [];
    if (options.animate === 'bullets') {
      const names = options.targets?.[index];
      chosen = names
        ? names
            .map((name) => shapes.find((shape) => shape.name === name))
            .filter((shape): shape is ShapeInfo => Boolean(shape))
        : shapes.filter((shape) => !shape.isTitle && shape.paragraphs.length >= 2);
      chosen = chosen.filter((shape) => shape.paragraphs.length > 0);
    }
    const hasTiming = /<p:timing[\s>]/.test(xml);
    const keep = options.keepExistingAnimations ?? true;
    const timing =
      chosen.length > 0
        ? timingXml(chosen.map((shape) => ({ spid: shape.id, paragraphs: shape.paragraphs })))
        : '';
    const transition = options.transition === 'none' ? '' : transitionXml(options.transition);
    const keptExistingTiming = hasTiming && (keep || !timing);
    zip.file(path, applySlideMotion(xml, transition, timing, !keep), { createFolders: false });
    report.push({
      slide: index + 1,
      ...(options.transition === 'none' ? {} : { transition: options.transition }),
      animatedShapeIds: keptExistingTiming ? [] : chosen.map((shape) => shape.id),
      animatedShapeNames: keptExistingTiming ? [] : chosen.map((shape) => shape.name),
      keptExistingTiming,
    });
  }
  return { slides: report };
}

/** Adds transitions and builds to every slide of a .pptx and reports what it did. */
export async function addMotion(
  bytes: Uint8Array,
  options: MotionOptions,
): Promise<{ bytes: Buffer; report: MotionReport }> {
  const zip = await openDeckZip(bytes);
  const report = await applyMotion(zip, options);
  return { bytes: await saveDeckZip(zip), report };
}
