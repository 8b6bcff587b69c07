/**
 * @module write-placeholders
 * Post-processing of pptxgenjs output. Slide titles are written as text boxes; marking them
 * as title placeholders (`p:ph type="title"`, `ctrTitle` on a cover) lets PowerPoint's outline
 * view, accessibility checker and any reader find each slide's title. The running footer is
 * marked as a footer placeholder (`p:ph type="ftr"`) on the slide, with a matching empty one on the
 * layout and master, so PowerPoint and LibreOffice treat it as the footer and a reader keeps it out
 * of the slide's text. Speaker notes are written by pptxgenjs as one run; here each line becomes its
 * own paragraph.
 */
import type JSZip from 'jszip';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type PlaceholderType = 'title' | 'ctrTitle' | 'subTitle' | 'ftr';

/** The index that ties a slide's footer to the layout's footer placeholder. */
const FOOTER_INDEX = 11;

function placeholderElement(type: PlaceholderType): string {
  return type === 'ftr' ? `<p:ph type="ftr" sz="quarter" idx="${FOOTER_INDEX}"/>` : `<p:ph type="${type}"/>`;
}

/** Marks the shapes named in `placeholders` (name → placeholder type) as placeholders in one slide part. */
export function markPlaceholders(
  xml: string,
  placeholders: Readonly<Record<string, PlaceholderType>>,
): string {
  return xml.replace(
    /<p:nvSpPr><p:cNvPr id="(\d+)" name="([^"]*)"([^>]*)>([\s\S]*?)<\/p:nvSpPr>/g,
    (whole, id: string, name: string, rest: string, inner: string) => {
      const type = placeholders[name];
      if (!type) return whole;
      const cleaned = inner
        .replace(/<p:cNvSpPr( txBox="1")?\/>/, '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>')
        .replace(/<p:nvPr\/>|<p:nvPr>[\s\S]*?<\/p:nvPr>/, `<p:nvPr>${placeholderElement(type)}</p:nvPr>`);
      return `<p:nvSpPr><p:cNvPr id="${id}" name="${name}"${rest}>${cleaned}</p:nvSpPr>`;
    },
  );
}

/** Rewrites a notes slide's body so each line of the notes is a paragraph. */
export function splitNotesParagraphs(xml: string, notes: string): string {
  const paragraphs = notes
    .split('\n')
    .map((line) =>
      line.trim()
        ? `<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>${escapeXml(line)}</a:t></a:r></a:p>`
        : '<a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p>',
    )
    .join('');
  return xml.replace(
    /(<p:ph type="body" idx="1"\/>[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/,
    // A function replacement: notes may hold "$2"-like text (prices) that a string would expand.
    (_all, head: string, tail: string) => head + paragraphs + tail,
  );
}

/** Where the footer sits, in EMU: the box write-pptx draws the slide footer in. */
export type FooterBox = { readonly x: number; readonly y: number; readonly w: number; readonly h: number };

/**
 * Adds an empty footer placeholder to a layout or master part (unless it has one) and, on a master,
 * turns the footer on in its header/footer settings (`p:hf`), which pptxgenjs writes all off.
 */
export function addFooterPlaceholder(xml: string, box: FooterBox, index?: number): string {
  if (/<p:ph type="ftr"/.test(xml)) return xml;
  const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((match) => Number(match[1]));
  const id = Math.max(1, ...ids) + 1;
  const ph = `<p:ph type="ftr" sz="quarter"${index === undefined ? '' : ` idx="${index}"`}/>`;
  const shape =
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Footer Placeholder ${id}"/>` +
    `<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${box.x}" y="${box.y}"/><a:ext cx="${box.w}" cy="${box.h}"/></a:xfrm>` +
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>' +
    '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>';
  return xml
    .replace('</p:spTree>', `${shape}</p:spTree>`)
    .replace(/<p:hf ([^>]*)\/>/, (_all, attrs: string) => `<p:hf ${attrs.replace(/ftr="0"/, 'ftr="1"')}/>`);
}

/**
 * Applies title and footer placeholders and multi-paragraph notes to slides, in deck order. When a
 * slide has a footer, the (single) layout and master get the footer placeholder it points to.
 */
export async function finishSlides(
  zip: JSZip,
  slides: readonly {
    readonly placeholders: Readonly<Record<string, PlaceholderType>>;
    readonly notes?: string;
  }[],
  footerBox?: FooterBox,
): Promise<void> {
  if (footerBox && slides.some((slide) => Object.values(slide.placeholders).includes('ftr'))) {
    for (const [folder, index] of [
      ['ppt/slideLayouts/', FOOTER_INDEX],
      ['ppt/slideMasters/', undefined],
    ] as const) {
      for (const part of Object.keys(zip.files).filter(
        (name) => name.startsWith(folder) && name.endsWith('.xml'),
      )) {
        const xml = await zip.file(part)?.async('string');
        if (xml) zip.file(part, addFooterPlaceholder(xml, footerBox, index), { createFolders: false });
      }
    }
  }
  for (const [index, slide] of slides.entries()) {
    const slidePath = `ppt/slides/slide${index + 1}.xml`;
    const xml = await zip.file(slidePath)?.async('string');
    if (xml) zip.file(slidePath, markPlaceholders(xml, slide.placeholders), { createFolders: false });
    if (slide.notes?.includes('\n')) {
      const notesPath = `ppt/notesSlides/notesSlide${index + 1}.xml`;
      const notesXml = await zip.file(notesPath)?.async('string');
      if (notesXml)
        zip.file(notesPath, splitNotesParagraphs(notesXml, slide.notes), { createFolders: false });
    }
  }
}
