/**
 * @module write-placeholders
 * Post-processing of pptxgenjs output. Slide titles are written as text boxes; marking them
 * as title placeholders (`p:ph type="title"`, `ctrTitle` on a cover) lets PowerPoint's outline
 * view, accessibility checker and any reader find each slide's title. Speaker notes are
 * written by pptxgenjs as one run; here each line becomes its own paragraph.
 */
import type JSZip from 'jszip';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Marks the shapes named in `titles` (name → placeholder type) as placeholders in one slide part. */
export function markPlaceholders(
  xml: string,
  placeholders: Readonly<Record<string, 'title' | 'ctrTitle' | 'subTitle'>>,
): string {
  return xml.replace(
    /<p:nvSpPr><p:cNvPr id="(\d+)" name="([^"]*)"([^>]*)>([\s\S]*?)<\/p:nvSpPr>/g,
    (whole, id: string, name: string, rest: string, inner: string) => {
      const type = placeholders[name];
      if (!type) return whole;
      const cleaned = inner
        .replace(/<p:cNvSpPr txBox="1"\/>/, '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>')
        .replace(/<p:nvPr\/>|<p:nvPr>[\s\S]*?<\/p:nvPr>/, `<p:nvPr><p:ph type="${type}"/></p:nvPr>`);
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

/** Applies title placeholders and multi-paragraph notes to slides, in deck order. */
export async function finishSlides(
  zip: JSZip,
  slides: readonly {
    readonly placeholders: Readonly<Record<string, 'title' | 'ctrTitle' | 'subTitle'>>;
    readonly notes?: string;
  }[],
): Promise<void> {
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
