/**
 * @module cross-language
 * Words of two languages that name the same thing, for a question asked in one language over a
 * file written in another ("the Kestrovets institute" over "Кестровецкого института", "the
 * electronics deck" over "Elektronik"):
 * - a shared spelling: a name written in Cyrillic and in Latin letters, or a word borrowed with
 *   its letters respelled ("Institut", "Elektronik", "Hormon", "résultats"), compared by a rough
 *   key of its sound;
 * - a small table of nouns common to office files, contact details, dates and quantities, whose
 *   words differ from language to language ("meeting", "spotkanie", "заседание", "Sitzung",
 *   "réunion", "rapat").
 */

import { memoized } from '../memo.ts';
import { detectLanguage } from './detect-language.ts';

/** Cyrillic letters in Latin ones, as passports and road signs write them. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
};

/** Latin letters, and the pairs that write one sound, in Cyrillic ones: the passport spelling read back. */
const TO_CYRILLIC: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['x', 'кс'],
  ...Object.entries({
    a: 'а',
    b: 'б',
    c: 'к',
    d: 'д',
    e: 'е',
    f: 'ф',
    g: 'г',
    h: 'х',
    i: 'и',
    j: 'й',
    k: 'к',
    l: 'л',
    m: 'м',
    n: 'н',
    o: 'о',
    p: 'п',
    q: 'к',
    r: 'р',
    s: 'с',
    t: 'т',
    u: 'у',
    v: 'в',
    w: 'в',
    y: 'и',
    z: 'з',
  }),
];

/**
 * A name written in Latin letters as a text in Russian would write it ("Zarevsk" → "заревск",
 * "Holmgren" → "холмгрен"); undefined for a word with other letters than a to z.
 */
export function cyrillicSpelling(word: string): string | undefined {
  let rest = word.toLowerCase();
  if (!/^[a-z]+$/.test(rest)) return undefined;
  let spelled = '';
  while (rest.length > 0) {
    const [latin, cyrillic] = TO_CYRILLIC.find(([from]) => rest.startsWith(from)) ?? [rest.charAt(0), ''];
    spelled += cyrillic;
    rest = rest.slice(latin.length);
  }
  return spelled;
}

/** Latin letters that no combining mark splits off. */
const PLAIN_LATIN: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

/** A word in plain Latin letters: lower case, Cyrillic transliterated, accents dropped ("Białystok" → "bialystok"). */
export function latinSpelling(word: string): string {
  return [...word.toLowerCase()]
    .map((char) => CYRILLIC[char] ?? PLAIN_LATIN[char] ?? char)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** Spellings of one sound across European languages, folded to one ("k" and "c", "ts" and "c", "w" and "v"). */
const SOUND_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/sch|sh|sz/g, 's'],
  [/ch|kh/g, 'c'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ts|tz|cz/g, 'c'],
  [/qu|ck|k/g, 'c'],
  [/x/g, 'cs'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/z/g, 's'],
  [/h/g, ''],
  [/(.)\1+/g, '$1'],
];

/** A rough key of a word's sound, the same for most borrowings ("elektronik" and "electronic" → "electronic"). */
export const soundKey = memoized(
  (word: string): string =>
    SOUND_FOLDS.reduce((key, [pattern, to]) => key.replace(pattern, to), latinSpelling(word)),
  50_000,
);

/** The shortest key two words must share from their start to be one borrowed word. */
const MIN_SHARED = 4;
/** The share of the shorter key they must share ("institut" of "institute", "hormon" of "hormone"). */
const MIN_SHARE = 0.75;

/** True when two words of different languages are one word respelled ("Kestrovets", "Кестровецкого"). */
export function sameBorrowedWord(first: string, second: string): boolean {
  const a = soundKey(first);
  const b = soundKey(second);
  if (!/\p{L}/u.test(a) || !/\p{L}/u.test(b)) return false;
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= MIN_SHARED && shared >= MIN_SHARE * Math.min(a.length, b.length);
}

/**
 * Nouns common to office files (contact details, meetings, roles, dates, amounts) in English, German, French, Spanish, Italian, Dutch, Polish,
 * Russian, Indonesian and Arabic, one row per thing. A form ending in "*" stands for the words
 * it starts ("spotkani*": "spotkanie", "spotkania"); Arabic forms stand for the words that hold
 * them, after the article and the conjunctions written onto them.
 */
const LEXICON: readonly string[] = [
  'phone telephone tel telefon* телефон* téléphone teléfono telepon هاتف',
  'fax faks факс* telefax',
  'email e-mail mail emailu courriel correo почт* poczt* surel البريد',
  'address adres* адрес* adresse dirección direccion indirizzo alamat عنوان',
  'meeting spotkani* встреч* заседани* sitzung* besprechung* treffen réunion* reunión* reunion* riunione vergadering* rapat* اجتماع',
  'place venue ort lieu lugar luogo tempat مكان',
  'director dyrektor* директор* direktor* directeur* directora* direttore direktur مدير',
  'president prezes* президент* präsident* président* presidente* ketua presiden رئيس',
  'secretary sekretar* секретар* secrétaire* secretari* segretari* sekretaris أمين',
  'fee price cost opłat* cena* koszt* плата платы оплат* цен* стоимост* preis* kosten gebühr* prix coût* frais precio* costo* coste prezzo harga biaya رسوم سعر تكلفة',
  'deadline frist* einsendeschluss* abgabetermin* termin* срок* échéance* plazo* scadenza tenggat batas مهلة',
  'law act ustaw* закон* gesetz* loi ley legge undang* قانون',
  'author autor* автор* auteur* autore penulis مؤلف',
  'year years rok* lat год* лет jahr* année* año* anno tahun سنة عام',
  'month miesi* месяц* monat* mois mes mese bulan شهر',
  'week tydzie* tygodni* недел* woche* semaine* semana* settiman* minggu أسبوع',
  'day days dzień dnia dni день дн* tag tage tagen jour jours día días dia giorno hari يوم',
  'hour hours godzin* час* stunde* heure* hora* jam ساعة',
  'minute minutes minut* минут* minute* minuto* menit دقيقة',
  'percent percentage procent* процент* prozent* pourcent* pourcentage porcentaje por ciento percentuale persen المائة',
  'member members członk* член* mitglied* membre* miembro* membri anggota عضو أعضاء',
  'phone mobile handy* komórk* мобильн* portable móvil cellulare ponsel',
  'institute instytut* институт* institut* instituto istituto institut معهد',
  'university uniwersytet* университет* universität* université* universidad università universitas جامعة',
  'conference konferencj* конференци* konferenz* conférence* conferencia conferenza konferensi مؤتمر',
];

type Form = { readonly stem: string; readonly open: boolean };

function formOf(word: string): Form {
  const open = word.endsWith('*');
  return { stem: latinSpelling(open ? word.slice(0, -1) : word), open };
}

const ROWS: readonly (readonly Form[])[] = LEXICON.map((row) => row.split(/\s+/).map(formOf));

/** Arabic letters written onto a word in front of it: "and", "the", "by the", "for the". */
const ARABIC_PREFIX = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/u;

function fits(word: string, form: Form): boolean {
  if (/\p{Script=Arabic}/u.test(form.stem))
    return word === form.stem || word.replace(ARABIC_PREFIX, '') === form.stem.replace(ARABIC_PREFIX, '');
  return form.open ? word.startsWith(form.stem) && word.length <= form.stem.length + 8 : word === form.stem;
}

/** The rows of the table a word belongs to. */
const rowsOf = memoized((word: string): ReadonlySet<number> => {
  const spelled = latinSpelling(word);
  const rows = new Set<number>();
  ROWS.forEach((forms, row) => {
    if (forms.some((form) => fits(spelled, form))) rows.add(row);
  });
  return rows;
}, 50_000);

/** True when two words name the same thing in the table above ("forests" and "Lasów"). */
export function sameThing(first: string, second: string): boolean {
  const rows = rowsOf(first);
  if (rows.size === 0) return false;
  for (const row of rowsOf(second)) if (rows.has(row)) return true;
  return false;
}

/** True when a word of one language and a word of another name the same thing, by spelling or by the table. */
export function translates(first: string, second: string): boolean {
  if (latinSpelling(first) === latinSpelling(second)) return true;
  return sameBorrowedWord(first, second) || sameThing(first, second);
}

/** The words of an English question, for a question too short for its function words to tell. */
const ENGLISH_QUESTION =
  /\b(?:what|what's|which|who|whom|whose|when|where|why|how)\b|^\s*(?:is|are|was|were|do|does|did|can|could|should|will|would)\b/i;

/** The language of a question: an English question word tells a short one. */
export function questionLanguage(question: string): string {
  const tag = detectLanguage(question);
  return tag === 'und' && ENGLISH_QUESTION.test(question) ? 'en' : tag;
}

/** True when a text is written in another language than the question, as far as both can be told. */
export function inOtherLanguage(question: string, text: string): boolean {
  const asked = questionLanguage(question);
  const written = detectLanguage(text);
  return asked !== 'und' && written !== 'und' && asked !== written;
}
