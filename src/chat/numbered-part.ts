/**
 * @module numbered-part
 * "Which line of the rent form takes the deposit?", "What page does the essay start on?",
 * "Auf welcher Seite …?": a numbered part of a file is asked, and only a number (or an ordinal
 * word) names one. A line of the file that names the thing asked but no number ("… appears on
 * this line") says where it is without saying which: no answer rather than a guess.
 */
import type { SearchHit } from '../index/types.ts';

/** A question whose own words ask which numbered part of a file: line, page, row, step, section … */
const PART_ASKED =
  /(?:^|[¿,;:]\s*)\s*¿?(?:(?:on|in|at|from|under)\s+)?(?:which|what)\s+(?:line|page|row|step|section|chapter|paragraph|article|clause|item)s?\b|\b(?:auf|in|an)\s+welche[mnrs]?\s+(?:Zeile|Seite|Spalte|Abschnitt|Kapitel|Absatz|Artikel|Schritt)\b|\b(?:en|de)\s+qu[eé]\s+(?:l[ií]nea|p[aá]gina|fila|secci[oó]n|cap[ií]tulo|art[ií]culo|p[aá]rrafo|paso)\b|\b(?:à|a|de|dans)\s+quel(?:le)?\s+(?:ligne|page|section|chapitre|article|paragraphe|étape)\b|\b(?:на|в)\s+како(?:й|м)\s+(?:строке|странице|разделе|главе|статье|пункте|шаге)\b/iu;

/** Passages of files, whose parts are numbered; a chat's "which page" asks a web page. */
const FILE_TYPES: ReadonlySet<SearchHit['type']> = new Set(['document', 'slide', 'sheet']);

/** Ordinal words that name a part without a figure: "the second line", "die dritte Zeile". */
const ORDINAL =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|primer[oa]?|segund[oa]|tercer[oa]?|premi[eè]re?|deuxième|troisième)\b/iu;

/** The question asks which numbered part of a file something is on. */
export function asksNumberedPart(question: string): boolean {
  return PART_ASKED.test(question);
}

/**
 * True when a file's line answers a question asking which numbered part, and holds no number
 * nor ordinal word that could name it (the citation mark "[1]" aside).
 */
export function partNumberMissing(question: string, hit: Pick<SearchHit, 'type'>, answer: string): boolean {
  if (!FILE_TYPES.has(hit.type) || !asksNumberedPart(question)) return false;
  const text = answer.replace(/\s*\[\d+\]/g, '');
  return !/\d/.test(text) && !ORDINAL.test(text) && !/\b[IVXLC]{2,}\b/.test(text);
}
