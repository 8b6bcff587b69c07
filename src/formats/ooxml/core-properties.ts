/**
 * @module core-properties
 * docProps/core.xml (Dublin Core) into DocumentMetadata: title, author, dates, language.
 */

import { meaningfulTitle } from '../document-title.ts';
import type { DocumentMetadata } from '../model.ts';
import { type OoxmlPackage, optionalPart } from './package.ts';
import { child, textOf } from './xml.ts';

export function readCoreProperties(pkg: OoxmlPackage): DocumentMetadata {
  let part = 'docProps/core.xml';
  for (const rel of pkg.rels('').values())
    if (rel.type.endsWith('/core-properties') && !rel.external) part = rel.target;
  const root = optionalPart(() => (pkg.has(part) ? pkg.xml(part) : undefined));
  if (!root) return {};
  const value = (name: string) => {
    const text = textOf(child(root, name)).trim();
    return text || undefined;
  };
  const title = meaningfulTitle(value('title'));
  const author = value('creator');
  const created = value('created');
  const modified = value('modified');
  const language = value('language');
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
    ...(language ? { language } : {}),
  };
}
